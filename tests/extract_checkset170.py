"""A hundred-and-seventieth check set for the extractor, written blind: AI in beauty, cosmetics and personal care: AI
skin analysis and virtual try-on, AI shade matching and product recommendation, AI formulation and ingredient
discovery, beauty-tech devices with AI, AI in salon and spa booking and marketing, sized in money by beauty-industry
analysts, trade associations, cosmetics groups' capital-markets days, retail brokers, e-commerce platforms,
consultancies, and research houses in France, Korea, Japan, India and China. Distractors a careful reader leaves out:
the whole beauty or skincare market beside the AI part, a brand's own sales or R&D budget, app downloads and users,
units of devices sold, store counts, a quarter's or a shopping festival's figures, price per device.

Snippets 1-20: AI in beauty, cosmetics and personal care: eight English prose pieces (a Paris Business Wire release on
the global AI-in-beauty market with a part's share, a stated CAGR only some reading reaches and the whole beauty
market as a distractor, a Seoul broker note on Korean AI skin diagnosis with a later figure in another scale, a won
aside, store count and price target, a New York news article on AI shade matching quoting two publishers, a Paris
cosmetics group's capital markets day sizing a TAM with a multiple and an inferred CAGR beside its own revenue, R&D
budget, margin and share target, a Japanese association white paper in yen with a revised prior-year figure, a part's
share and a quarter, a Bengaluru research house on AI salon and spa booking and marketing with an inconsistent
year-on-year rate, a rupee aside and a range, a Tokyo research house on AI beauty devices in fiscal years with a price
per device, and a London consultancy on AI skincare formulation with a multiple and a second market named beside the
first); seven Chinese prose pieces (a Simplified broker note with a part and its share and the whole cosmetics retail
market, a Hangzhou plan with 增长3倍 and a 力争 target beside enterprise and store counts, in Traditional Chinese a Taipei
CNA wire in 新台幣億元 with a rounding rate and an anniversary-sale figure, a Hong Kong paper in 億港元 with 前年/去年/今年, a
part's share and a first-quarter figure, a Taiwan business paper quoting two research houses on AI formulation, then a
Xinhua item on AI virtual try-on with an inconsistent rate, 约占四成 and a 618 festival count, and an e-commerce
platform's year-end review with 今年/明年 and a part's share); and five tables (a markdown Korean broker exhibit with E/F
columns and a Total row, a space-aligned French table in M€ with e columns and a rounding total, a tab-separated
Japanese years-as-rows table in ¥ billion with a YoY column, a Simplified Chinese tab table with 单位：亿元 and 合计, and a
markdown Indian exhibit with a stated CAGR column and a Total row). Distractors: datelines, report, exhibit and
document numbers, report title years, counts of members, firms, salons, stores and enterprises, survey answers, a
brand's own sales, R&D budget, margin and share target, a price target and its upside, a price per device, a quarter's
and a shopping festival's figures, won and rupee amounts, exchange rates, a second publisher's figure, a superseded
figure and the whole beauty market beside the AI part.

Snippets 21-40: AI in beauty, cosmetics and personal care (AI skin analysis, virtual try-on, shade matching and
recommendation, AI formulation and ingredient discovery, AI beauty devices, salon and spa booking and marketing AI).
Eight English prose pieces (a French group's sales-call transcript, a Korean research abstract, an Indian LinkedIn
post, a trade-press web page carrying a correction, a Japanese investor-day slide, a forum answer that sets two
publishers side by side, a French trade federation's barometer, an Indian wire press release with a range), seven
Chinese prose pieces (a Simplified research-institute release, an e-commerce platform's post after Singles' Day, a
provincial action plan in 万元 and 亿元, a Taiwan newspaper report in 新台幣億元, a Hong Kong association survey in 億港元 and HK$
million, a Taiwan PTT forum post about Japan in 億日圓 with a won figure beside it, a Simplified broker note with a
second publisher), and five tables (markdown with E columns and a total that is off by rounding, tab-separated by
region with a CAGR column, a Simplified table with years as rows and a year-on-year column, space-aligned segment
shares of a yen total, a Traditional Chinese table with a change column and a decline). Distractors throughout: the
whole beauty, skincare or salon market beside the AI part, a brand's own quarterly sales, R&D budget, revenue goal and
share target, try-on sessions and festival sales growth, store, brand and respondent counts, headcounts, device
prices, a quarter's figure, a price target and upside, percentages of respondents, a superseded figure, a second
publisher's figure, rupee and won amounts, document numbers and report-title years.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Business Wire release (Paris, 12 March 2025): year-on-year rate, a part with its share, a stated CAGR that only
    # some reading reaches. Nowhere: report title years, 4,800 consumers, 45% (survey answer), the ~€590 billion
    # global beauty market (the whole beside the AI part).
    dict(
        text=(
            "PARIS--(BUSINESS WIRE)--12 March 2025--Global revenue from AI-driven beauty technology, from skin "
            "analysis apps to virtual try-on mirrors and algorithmic product recommendation, rose 27% to €3.12 "
            "billion in 2024, up from €2.46 billion in 2023, according to \"Beauty Intelligence 2025-2030\", a study "
            "released today by Atelier Data. Virtual try-on, the largest segment, generated €1.05 billion, or 34% of "
            "the total. Atelier Data expects the market to climb to €11.4 billion by 2030, a compound annual growth "
            "rate of 24.2% over 2024-2030 - still a sliver of a global beauty market worth roughly €590 billion. In "
            "a companion survey of 4,800 consumers in eight countries, 45% said they had tried on make-up virtually "
            "before buying it."
        ),
        obs=[
            ("Total", 2023, 2.46, "EUR billion", "actual"),
            ("Total", 2024, 3.12, "EUR billion", "actual"),
            ("Total", 2030, 11.4, "EUR billion", "estimate"),
            ("Virtual try-on", 2024, 1.05, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("share", 34, "percent", 2024, 2024, None),
            ("cagr", 24.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 3.12 / 2.46 - 1 = 26.83% -> 27
            ("arithmetic", "exact"),       # 1.05 / 3.12 = 33.65% -> 34
            ("cagr|implied", "rounding"),  # (11.4 / 3.12) ** (1/6) - 1 = 24.11% -> 24.1, not 24.2;
                                           # bounds (11.35/3.125)**(1/6)-1 = 23.98% .. (11.45/3.115)**(1/6)-1 = 24.23%: 24.2 reached
        ],
    ),
    # 2. Seoul broker note (9 July 2025): "last year" is 2024; the 2028 figure printed in billions is expected in the
    # series' unit (USD million); CAGR whose span only its amounts' years give. Nowhere: ₩560 billion and ₩184 billion
    # (won not held), the pick's own beauty-tech sales, its 1,370 stores, the ₩152,000 price target and 21% upside.
    dict(
        text=(
            "Seoul, 9 July 2025 - K-Beauty Tech: Initiating coverage. We estimate Korea's market for AI skin "
            "diagnosis and personalised cosmetics (in-store scanners, app-based skin analysis and made-to-order "
            "serums) at US$412 million last year, roughly ₩560 billion, and forecast US$1.05 billion by 2028, a "
            "CAGR of roughly 26%. Our top pick lifted beauty-tech sales to ₩184 billion in 2024 and is rolling "
            "diagnosis kiosks out across its 1,370 stores; we start at Buy with a target price of ₩152,000, 21% "
            "upside from the last close."
        ),
        obs=[
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2028, 1050, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 26, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1050 / 412) ** (1/4) - 1 = 26.35% -> 26
        ],
    ),
    # 3. News article (New York, 6 May 2025) quoting two publishers on AI shade matching and recommendation; the first
    # gives base, target and span. Nowhere: Corvid Analytics' $1.7 billion for 2024, 38% of shoppers (survey),
    # 50 shades.
    dict(
        text=(
            "NEW YORK, May 6, 2025 - Finding the right foundation used to mean a dozen swatches on the back of a "
            "hand. Now an algorithm does it. Spending on AI shade-matching and product-recommendation tools for "
            "beauty retailers worldwide reached $1.38 billion in 2024 and will rise to $4.9 billion by 2029, "
            "growing at a compound annual rate of 28.8% over 2024-2029, Halcyon Research said in a report this "
            "week. Not everyone counts the same way: Corvid Analytics puts the 2024 market at $1.7 billion because "
            "it includes in-store hardware. Whatever the size, shoppers are receptive - 38% of those Halcyon "
            "surveyed said a tool had matched them better than a sales associate, and some foundation lines now "
            "run to 50 shades."
        ),
        obs=[
            ("Total", 2024, 1.38, "USD billion", "actual"),
            ("Total", 2029, 4.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 28.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.9 / 1.38) ** (1/5) - 1 = 28.84% -> 28.8
        ],
    ),
    # 4. Cosmetics group's capital markets day (Paris, 18 June 2025): the TAM it sizes is the market; a multiple
    # between 2024 and 2030 and a yearly rate whose span only the amounts give. Nowhere: the group's €310 million
    # beauty-tech revenue, its 10% share target, €1.2 billion R&D budget, 20% operating margin, 36 laboratories.
    dict(
        text=(
            "Capital Markets Day, Paris, 18 June 2025 - Chief Digital Officer's remarks. \"We size the total "
            "addressable market for AI-powered beauty services - diagnostics, personalisation and virtual try-on "
            "- at €8.2 billion in 2024, and we see it reaching €19.7 billion in 2030. That is 2.4 times today's "
            "level, or growth of about 16% a year. Our own beauty-tech revenue was €310 million last year, and our "
            "ambition is to hold at least 10% of that market by 2030. We will keep investing: our research budget "
            "is €1.2 billion across 36 laboratories, and we intend to protect an operating margin of about 20%.\""
        ),
        obs=[
            ("Total", 2024, 8.2, "EUR billion", "actual"),
            ("Total", 2030, 19.7, "EUR billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.4, "multiple", 2024, 2030, 6.0),
            ("cagr", 16, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (19.7 / 8.2) ** (1/6) - 1 = 15.73% -> 16  (multiple 19.7/8.2 = 2.40: no verdict)
        ],
    ),
    # 5. Japanese trade association white paper (30 September 2025), yen, fiscal years; the prior year revised, the
    # superseded ¥39.8 billion expected nowhere; a part with its share. Nowhere: the April-June quarter's ¥13.2
    # billion, 142 member companies, the white paper's edition number.
    dict(
        text=(
            "Japan Beauty Technology Association - Beauty Tech White Paper, 7th edition (published 30 September "
            "2025). The domestic market for AI beauty services, covering skin analysis, virtual make-up and "
            "personalised counselling, reached ¥48.6 billion in fiscal 2024, an increase of 18.2% on fiscal 2023's "
            "¥41.1 billion (revised from the ¥39.8 billion given in last year's edition after two large "
            "drugstore chains restated their data). AI skin analysis accounted for ¥17.9 billion, or 36.8% of the "
            "total. Momentum has carried into the new fiscal year, with ¥13.2 billion booked in the April-June "
            "quarter alone. The association's 142 member companies supplied the underlying data."
        ),
        obs=[
            ("Total", 2023, 41.1, "JPY billion", "actual"),
            ("Total", 2024, 48.6, "JPY billion", "actual"),
            ("AI skin analysis", 2024, 17.9, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 18.2, "percent", 2023, 2024, 1.0),
            ("share", 36.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 41.1 - 1 = 18.25% (18.248) -> 18.2
            ("arithmetic", "exact"),    # 17.9 / 48.6 = 36.83% -> 36.8
        ],
    ),
    # 6. Bengaluru research house release (22 January 2025): the stated 41% is contradicted by its own amounts (a
    # typo or rebasing); a 2030 range gives two value claims. Nowhere: ₹1,090 crore (rupees not held), 6.5 lakh
    # salons, 52% of salon owners (survey answer).
    dict(
        text=(
            "Bengaluru, 22 January 2025: Indian salons and spas spent $131 million (~₹1,090 crore) on AI-based "
            "appointment booking, client-retention and marketing software in 2024, up 41% from $96 million in "
            "2023, says a new report from Kesar Research. Chatbots that fill cancelled slots and tools that write "
            "Instagram captions are spreading fast among the country's estimated 6.5 lakh organised salons, 52% of "
            "whose owners told Kesar they plan to adopt such tools this year. The firm sees the market at between "
            "$420 million and $480 million by 2030."
        ),
        obs=[
            ("Total", 2023, 96, "USD million", "actual"),
            ("Total", 2024, 131, "USD million", "actual"),
        ],
        claims=[
            ("growth", 41, "percent", 2023, 2024, 1.0),
            ("value", 420, "USD million", 2030, 2030, None),
            ("value", 480, "USD million", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 131 / 96 - 1 = 36.46% -> 36, not 41 (deliberate inconsistency);
                                               # bounds 130.5/96.5-1 = 35.23% .. 131.5/95.5-1 = 37.70%: 41 not reached
        ],
    ),
    # 7. Tokyo research house (5 August 2025), yen, fiscal years: a year-on-year rate against "a year earlier" and a
    # stated CAGR. Nowhere: the ¥34,000 average price per device, 38 manufacturers surveyed.
    dict(
        text=(
            "TOKYO, 5 August 2025 - Sakura Market Intelligence estimates that domestic sales of AI-equipped beauty "
            "devices (facial devices that read skin condition before adjusting their output, smart mirrors and "
            "app-linked hair dryers) came to ¥62.0 billion in fiscal 2024, up 14.2% from ¥54.3 billion a year "
            "earlier. It forecasts ¥95 billion for fiscal 2028, which works out to a CAGR of 11.3% for fiscal "
            "2024-2028, even as the average selling price slips to about ¥34,000 per device. The survey covered 38 "
            "manufacturers and importers."
        ),
        obs=[
            ("Total", 2023, 54.3, "JPY billion", "actual"),
            ("Total", 2024, 62.0, "JPY billion", "actual"),
            ("Total", 2028, 95, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 14.2, "percent", 2023, 2024, 1.0),
            ("cagr", 11.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 62.0 / 54.3 - 1 = 14.18% -> 14.2
            ("cagr|implied", "exact"),  # (95 / 62.0) ** (1/4) - 1 = 11.26% -> 11.3
        ],
    ),
    # 8. London consultancy note (11 February 2025): a year-on-year rate, a multiple over three years, and a second
    # market named beside the first as an item of its own (never summed with Total). Nowhere: the ~£27 billion UK
    # beauty and personal-care market, 2,100 pharmacy stores.
    dict(
        text=(
            "London, 11 February 2025 - UK spending on AI-personalised skincare formulation, in which serums and "
            "moisturisers are blended to an algorithm's reading of a customer's skin, reached £184 million in 2024, "
            "22% more than the £151 million of 2023, according to Thistle & Pike Consulting. The consultancy "
            "expects £350 million by 2027, 1.9x the 2024 level, helped by a high-street chain putting skin scanners "
            "into 2,100 pharmacy stores. AI scalp diagnostics, a separate market worth £46 million in 2024, is not "
            "included; neither figure comes close to the roughly £27 billion that Britons spend on beauty and "
            "personal care each year."
        ),
        obs=[
            ("Total", 2023, 151, "GBP million", "actual"),
            ("Total", 2024, 184, "GBP million", "actual"),
            ("Total", 2027, 350, "GBP million", "estimate"),
            ("AI scalp diagnostics", 2024, 46, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("multiple", 1.9, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 184 / 151 - 1 = 21.85% -> 22  (multiple 350/184 = 1.90: no verdict)
        ],
    ),
    # 9. Simplified Chinese broker note (April 2025): year-on-year rate with its base in brackets, a part and its
    # share, a stated CAGR with approximate value. Nowhere: 化妆品类零售总额4357亿元 (the whole market), the leader's
    # 12.6亿元 R&D spend, 报告编号.
    dict(
        text=(
            "华锦证券｜美妆行业深度报告（2025年4月，报告编号HJ-2025-0417）：据我们测算，2024年中国AI美妆市场规模为"
            "186.4亿元，同比增长32.5%（2023年为140.7亿元）；其中AI肌肤检测48.5亿元，占比26.0%，虚拟试妆与智能推荐"
            "紧随其后。我们预计2027年市场规模将达412亿元，2024-2027年复合增速约30%。作为参照，2024年全国化妆品类"
            "零售总额为4357亿元，AI渗透空间依然广阔；行业龙头去年研发投入12.6亿元，领跑同业。"
        ),
        obs=[
            ("Total", 2023, 140.7, "CNY 100 million", "actual"),
            ("Total", 2024, 186.4, "CNY 100 million", "actual"),
            ("Total", 2027, 412, "CNY 100 million", "estimate"),
            ("AI肌肤检测", 2024, 48.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 32.5, "percent", 2023, 2024, 1.0),
            ("share", 26.0, "percent", 2024, 2024, None),
            ("cagr", 30, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186.4 / 140.7 - 1 = 32.48% -> 32.5
            ("arithmetic", "exact"),    # 48.5 / 186.4 = 26.02% -> 26.0
            ("cagr|implied", "exact"),  # (412 / 186.4) ** (1/3) - 1 = 30.26% -> 30
        ],
    ),
    # 10. Simplified Chinese municipal plan (issued 12 March 2025): 增长3倍 kept as x3 over 2021-2024, a 力争 target
    # with 突破 at its printed figure. Nowhere: 文件号, the plan's title years, 10家龙头企业, 100家体验门店, 5个公共平台.
    dict(
        text=(
            "杭州市推进美妆产业数字化发展行动方案（2025—2027年）\n"
            "杭政办发〔2025〕8号　　发布日期：2025年3月12日\n"
            "一、发展基础。2024年，全市AI美妆相关产业规模达到96亿元，较2021年增长3倍，智能测肤、虚拟试妆、"
            "AI配方研发等应用加快落地。\n"
            "二、主要目标。到2027年，力争全市AI美妆产业规模突破300亿元；培育10家以上AI美妆龙头企业，建设100家"
            "智慧美妆体验门店，打造5个美妆大模型公共服务平台。"
        ),
        obs=[
            ("Total", 2024, 96, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 11. Traditional Chinese CNA wire (Taipei, 16 April 2025), 新台幣億元: a year-on-year rate only some reading of
    # the printed amounts reaches, a 預估 figure. Nowhere: the 週年慶 anniversary-sale 新台幣210億元 (a festival's
    # figure), 1,350 chain stores, the association's 86 members.
    dict(
        text=(
            "（中央社記者林郁婷台北2025年4月16日電）台灣美妝科技協會今天發布調查指出，台灣AI美妝科技市場規模2024年"
            "達新台幣38.5億元，較2023年的31.7億元年增21.4%，主要受惠於AI膚質檢測與虛擬試妝在藥妝通路普及；協會預估"
            "2025年市場可望成長至46億元。協會也提到，去年百貨週年慶期間化妝品業績衝上新台幣210億元，國內美妝連鎖門市"
            "約1,350家，已有近半導入AI測膚設備。協會目前有86家會員企業。"
        ),
        obs=[
            ("Total", 2023, 31.7, "TWD 100 million", "actual"),
            ("Total", 2024, 38.5, "TWD 100 million", "actual"),
            ("Total", 2025, 46, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 38.5 / 31.7 - 1 = 21.45% (21.451) -> 21.5, not 21.4;
                                           # bounds 38.45/31.75-1 = 21.10% .. 38.55/31.65-1 = 21.80%: 21.4 reached
        ],
    ),
    # 12. Traditional Chinese Hong Kong newspaper (20 May 2025), 億港元: 前年 2023, 去年 2024, 今年 2025 (estimate);
    # a part with its share. Nowhere: 首季1.9億港元 (a quarter beside yearly figures), 8,600間美容院, 37歲 owner's age.
    dict(
        text=(
            "【本報訊】（2025年5月20日）香港美容及水療業界採用AI預約與營銷平台的步伐加快。業界協會昨日公布，本港相關"
            "市場去年規模達6.8億港元，較前年的5.9億港元按年增長15.3%；其中AI營銷工具佔41%，約2.8億港元。今年首季"
            "市場收入已錄得1.9億港元，協會預計全年規模將增至7.9億港元，按年增長16%。本港現有約8,600間美容院，"
            "一名37歲的美容院東主表示，AI自動補位功能令爽約率明顯下降。"
        ),
        obs=[
            ("Total", 2023, 5.9, "HKD 100 million", "actual"),
            ("Total", 2024, 6.8, "HKD 100 million", "actual"),
            ("Total", 2025, 7.9, "HKD 100 million", "estimate"),
            ("AI營銷工具", 2024, 2.8, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 15.3, "percent", 2023, 2024, 1.0),
            ("share", 41, "percent", 2024, 2024, None),
            ("growth", 16, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6.8 / 5.9 - 1 = 15.25% (15.254) -> 15.3
            ("arithmetic", "exact"),    # 2.8 / 6.8 = 41.18% -> 41
            ("cagr|implied", "exact"),  # 7.9 / 6.8 - 1 = 16.18% -> 16
        ],
    ),
    # 13. Traditional Chinese Taiwan business paper (24 February 2025) quoting two research houses on global AI
    # formulation and ingredient discovery; the first gives base, target and rate. Nowhere: Lumina Research's 10.2億美元
    # for 2024, a raw-material maker's 新台幣4.5億元 R&D budget, 63% of brands surveyed, 120 candidate molecules.
    dict(
        text=(
            "【經濟日報／記者陳思妤／台北24日電】2025年2月24日　AI正改寫保養品的研發流程。美國研調機構Verity Insights"
            "最新報告指出，全球AI美妝配方與成分研發市場2024年規模為8.6億美元，預估2030年將達31億美元，2024至2030年"
            "複合年增長率（CAGR）為23.8%。另一家研調機構Lumina Research則估計，2024年該市場規模已達10.2億美元。"
            "國內一家原料大廠今年編列研發預算新台幣4.5億元，利用AI從120種候選分子中篩選新成分；報告並指出，受訪品牌"
            "中有63%計畫在兩年內導入AI配方工具。"
        ),
        obs=[
            ("Total", 2024, 8.6, "USD 100 million", "actual"),
            ("Total", 2030, 31, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31 / 8.6) ** (1/6) - 1 = 23.83% -> 23.8
        ],
    ),
    # 14. Simplified Chinese Xinhua item (Shanghai, 18 June 2025): 去年 2024, 今年 2025 (estimate, 左右 at its printed
    # figure); the stated 35% is contradicted by the printed 2023 base (a rebasing the item does not explain).
    # Nowhere: 约占四成 (a share in words), the 618 festival's 12亿次 calls, 联盟 of 230 enterprises.
    dict(
        text=(
            "新华社上海2025年6月18日电（记者周敏）记者从中国美容美妆科技联盟获悉，去年我国AI虚拟试妆市场规模达到"
            "58.3亿元，同比增长35%；2023年这一数字为46.2亿元。从应用场景看，电商平台约占四成，线下专柜和美妆集合店"
            "占比快速提升。联盟预计，今年市场规模将达到73亿元左右，增速约25%。今年“618”期间，主要平台AI试妆功能"
            "累计调用超过12亿次。该联盟目前有成员企业230家。"
        ),
        obs=[
            ("Total", 2023, 46.2, "CNY 100 million", "actual"),
            ("Total", 2024, 58.3, "CNY 100 million", "actual"),
            ("Total", 2025, 73, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 58.3 / 46.2 - 1 = 26.19% -> 26, not 35 (deliberate inconsistency);
                                               # bounds 58.25/46.25-1 = 25.95% .. 58.35/46.15-1 = 26.44%: 35 not reached
            ("cagr|implied", "exact"),         # 73 / 58.3 - 1 = 25.21% -> 25
        ],
    ),
    # 15. Simplified Chinese e-commerce platform year-end review (28 December 2025): 今年 2025 and 明年 2026 are
    # estimates; a part of this year's figure with its share. Nowhere: 双十一 GMV 386亿元 (a festival's figure),
    # 5.2万个 brands, 68% of users who used AI recommendation (not a share of the market).
    dict(
        text=(
            "云购研究院《2025美妆消费年度观察》（2025年12月28日）：回顾全年，AI美妆导购与个性化推荐服务市场继续扩容。"
            "2024年该市场规模为112.6亿元，今年预计增长29%至145亿元，其中直播电商场景贡献62.3亿元，占43%。双十一期间"
            "平台美妆品类成交额达386亿元，入驻美妆品牌超过5.2万个，68%的下单用户使用过AI推荐功能。研究院预计，明年"
            "市场规模有望达到183亿元。"
        ),
        obs=[
            ("Total", 2024, 112.6, "CNY 100 million", "actual"),
            ("Total", 2025, 145, "CNY 100 million", "estimate"),
            ("Total", 2026, 183, "CNY 100 million", "estimate"),
            ("直播电商场景", 2025, 62.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2024, 2025, 1.0),
            ("share", 43, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 145 / 112.6 - 1 = 28.77% -> 29
            ("arithmetic", "exact"),    # 62.3 / 145 = 42.97% -> 43
        ],
    ),
    # 16. Korean broker exhibit, markdown pipes, E/F columns and a Total row; rows add to the total in every year.
    # Nowhere: exhibit number, note date, the KRW/USD rate in the note.
    dict(
        text=(
            "Hanbit Investment | Consumer - Beauty | 24 April 2025\n"
            "Exhibit 9: Korea AI beauty-tech market by segment (US$ million)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2026F | 2028F |\n"
            "|---|---:|---:|---:|---:|---:|\n"
            "| AI skin analysis & diagnostics | 96 | 128 | 166 | 212 | 335 |\n"
            "| Virtual try-on | 71 | 94 | 121 | 153 | 238 |\n"
            "| AI shade matching & recommendation | 58 | 79 | 104 | 134 | 214 |\n"
            "| AI-enabled beauty devices | 112 | 139 | 170 | 205 | 290 |\n"
            "| Total | 337 | 440 | 561 | 704 | 1,077 |\n"
            "\n"
            "Note: E/F = Hanbit estimates; converted at KRW1,360/US$. Source: KCII, company data, Hanbit Investment."
        ),
        obs=[
            ("AI skin analysis & diagnostics", 2023, 96, "USD million", "actual"),
            ("AI skin analysis & diagnostics", 2024, 128, "USD million", "actual"),
            ("AI skin analysis & diagnostics", 2025, 166, "USD million", "estimate"),
            ("AI skin analysis & diagnostics", 2026, 212, "USD million", "estimate"),
            ("AI skin analysis & diagnostics", 2028, 335, "USD million", "estimate"),
            ("Virtual try-on", 2023, 71, "USD million", "actual"),
            ("Virtual try-on", 2024, 94, "USD million", "actual"),
            ("Virtual try-on", 2025, 121, "USD million", "estimate"),
            ("Virtual try-on", 2026, 153, "USD million", "estimate"),
            ("Virtual try-on", 2028, 238, "USD million", "estimate"),
            ("AI shade matching & recommendation", 2023, 58, "USD million", "actual"),
            ("AI shade matching & recommendation", 2024, 79, "USD million", "actual"),
            ("AI shade matching & recommendation", 2025, 104, "USD million", "estimate"),
            ("AI shade matching & recommendation", 2026, 134, "USD million", "estimate"),
            ("AI shade matching & recommendation", 2028, 214, "USD million", "estimate"),
            ("AI-enabled beauty devices", 2023, 112, "USD million", "actual"),
            ("AI-enabled beauty devices", 2024, 139, "USD million", "actual"),
            ("AI-enabled beauty devices", 2025, 170, "USD million", "estimate"),
            ("AI-enabled beauty devices", 2026, 205, "USD million", "estimate"),
            ("AI-enabled beauty devices", 2028, 290, "USD million", "estimate"),
            ("Total", 2023, 337, "USD million", "actual"),
            ("Total", 2024, 440, "USD million", "actual"),
            ("Total", 2025, 561, "USD million", "estimate"),
            ("Total", 2026, 704, "USD million", "estimate"),
            ("Total", 2028, 1077, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 96+71+58+112 = 337
            ("hierarchy", "exact"),  # 2024: 128+94+79+139 = 440
            ("hierarchy", "exact"),  # 2025E: 166+121+104+170 = 561
            ("hierarchy", "exact"),  # 2026F: 212+153+134+205 = 704
            ("hierarchy", "exact"),  # 2028F: 335+238+214+290 = 1077
        ],
    ),
    # 17. French consultancy table, space-aligned, unit M€, e columns; the 2024 total is one above its rows' sum,
    # within rounding. Nowhere: table number, source date.
    dict(
        text=(
            "Tableau 2 - France : marché de l'IA appliquée à la beauté, par usage (M€)\n"
            "\n"
            "Usage                           2022   2023   2024   2025e   2026e\n"
            "Diagnostic de peau par IA         38     47     59      73      90\n"
            "Essayage virtuel                  27     35     46      59      75\n"
            "Recommandation personnalisée      22     28     36      46      58\n"
            "Formulation assistée par IA        9     13     18      24      32\n"
            "Total                             96    123    160     202     255\n"
            "\n"
            "e : estimations. Les totaux peuvent différer de la somme des lignes en raison des arrondis.\n"
            "Source : Lumière Conseil, mai 2025."
        ),
        obs=[
            ("Diagnostic de peau par IA", 2022, 38, "EUR million", "actual"),
            ("Diagnostic de peau par IA", 2023, 47, "EUR million", "actual"),
            ("Diagnostic de peau par IA", 2024, 59, "EUR million", "actual"),
            ("Diagnostic de peau par IA", 2025, 73, "EUR million", "estimate"),
            ("Diagnostic de peau par IA", 2026, 90, "EUR million", "estimate"),
            ("Essayage virtuel", 2022, 27, "EUR million", "actual"),
            ("Essayage virtuel", 2023, 35, "EUR million", "actual"),
            ("Essayage virtuel", 2024, 46, "EUR million", "actual"),
            ("Essayage virtuel", 2025, 59, "EUR million", "estimate"),
            ("Essayage virtuel", 2026, 75, "EUR million", "estimate"),
            ("Recommandation personnalisée", 2022, 22, "EUR million", "actual"),
            ("Recommandation personnalisée", 2023, 28, "EUR million", "actual"),
            ("Recommandation personnalisée", 2024, 36, "EUR million", "actual"),
            ("Recommandation personnalisée", 2025, 46, "EUR million", "estimate"),
            ("Recommandation personnalisée", 2026, 58, "EUR million", "estimate"),
            ("Formulation assistée par IA", 2022, 9, "EUR million", "actual"),
            ("Formulation assistée par IA", 2023, 13, "EUR million", "actual"),
            ("Formulation assistée par IA", 2024, 18, "EUR million", "actual"),
            ("Formulation assistée par IA", 2025, 24, "EUR million", "estimate"),
            ("Formulation assistée par IA", 2026, 32, "EUR million", "estimate"),
            ("Total", 2022, 96, "EUR million", "actual"),
            ("Total", 2023, 123, "EUR million", "actual"),
            ("Total", 2024, 160, "EUR million", "actual"),
            ("Total", 2025, 202, "EUR million", "estimate"),
            ("Total", 2026, 255, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2022: 38+27+22+9 = 96
            ("hierarchy", "exact"),     # 2023: 47+35+28+13 = 123
            ("hierarchy", "rounding"),  # 2024: 59+46+36+18 = 159, printed 160;
                                        # bounds 157.0 .. 161.0 (each row +/-0.5): 160 reached
            ("hierarchy", "exact"),     # 2025e: 73+59+46+24 = 202
            ("hierarchy", "exact"),     # 2026e: 90+75+58+32 = 255
        ],
    ),
    # 18. Japanese broker figure, tab-separated, years as rows (fiscal years); the lone value column headed by its
    # unit is the Total; a YoY column gives a rate per year, the last one only some reading reaches. Nowhere: figure
    # number, the 4,200 salons in the note, the fiscal-year note.
    dict(
        text=(
            "Figure 5: Japan - AI beauty and personal-care services market\n"
            "Fiscal year\t¥ billion\tYoY (%)\n"
            "FY2021\t28.4\t-\n"
            "FY2022\t33.9\t19.4\n"
            "FY2023\t40.6\t19.8\n"
            "FY2024\t48.1\t18.5\n"
            "FY2025E\t56.5\t17.5\n"
            "FY2026F\t65.8\t16.6\n"
            "Fiscal years end in March. E/F: Kotobuki Securities estimates. Smart-mirror counselling installed at "
            "4,200 salons (Mar-25)."
        ),
        obs=[
            ("Total", 2021, 28.4, "JPY billion", "actual"),
            ("Total", 2022, 33.9, "JPY billion", "actual"),
            ("Total", 2023, 40.6, "JPY billion", "actual"),
            ("Total", 2024, 48.1, "JPY billion", "actual"),
            ("Total", 2025, 56.5, "JPY billion", "estimate"),
            ("Total", 2026, 65.8, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 19.4, "percent", 2021, 2022, 1.0),
            ("growth", 19.8, "percent", 2022, 2023, 1.0),
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("growth", 17.5, "percent", 2024, 2025, 1.0),
            ("growth", 16.6, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 33.9 / 28.4 - 1 = 19.37% -> 19.4
            ("cagr|implied", "exact"),     # 40.6 / 33.9 - 1 = 19.76% -> 19.8
            ("cagr|implied", "exact"),     # 48.1 / 40.6 - 1 = 18.47% -> 18.5
            ("cagr|implied", "exact"),     # 56.5 / 48.1 - 1 = 17.46% -> 17.5
            ("cagr|implied", "rounding"),  # 65.8 / 56.5 - 1 = 16.46% -> 16.5, not 16.6;
                                           # bounds 65.75/56.55-1 = 16.27% .. 65.85/56.45-1 = 16.65%: 16.6 reached
        ],
    ),
    # 19. Simplified Chinese broker table, tab-separated, 单位：亿元 line, E columns, a 合计 row adding up every year.
    # Nowhere: 表3, the title's years, the note text.
    dict(
        text=(
            "表3  中国AI美妆细分市场规模（2023-2027E）\n"
            "单位：亿元\n"
            "细分领域\t2023\t2024\t2025E\t2027E\n"
            "智能肌肤检测\t41.3\t55.8\t73.2\t121.5\n"
            "AI虚拟试妆\t36.7\t49.2\t64.9\t108.4\n"
            "智能配方研发\t12.4\t18.1\t25.6\t47.3\n"
            "智能美容仪器\t58.9\t70.6\t84.2\t117.8\n"
            "合计\t149.3\t193.7\t247.9\t395.0\n"
            "注：2025E、2027E为预测值；美容仪器按零售额口径，不含出口。资料来源：华锦证券研究所。"
        ),
        obs=[
            ("智能肌肤检测", 2023, 41.3, "CNY 100 million", "actual"),
            ("智能肌肤检测", 2024, 55.8, "CNY 100 million", "actual"),
            ("智能肌肤检测", 2025, 73.2, "CNY 100 million", "estimate"),
            ("智能肌肤检测", 2027, 121.5, "CNY 100 million", "estimate"),
            ("AI虚拟试妆", 2023, 36.7, "CNY 100 million", "actual"),
            ("AI虚拟试妆", 2024, 49.2, "CNY 100 million", "actual"),
            ("AI虚拟试妆", 2025, 64.9, "CNY 100 million", "estimate"),
            ("AI虚拟试妆", 2027, 108.4, "CNY 100 million", "estimate"),
            ("智能配方研发", 2023, 12.4, "CNY 100 million", "actual"),
            ("智能配方研发", 2024, 18.1, "CNY 100 million", "actual"),
            ("智能配方研发", 2025, 25.6, "CNY 100 million", "estimate"),
            ("智能配方研发", 2027, 47.3, "CNY 100 million", "estimate"),
            ("智能美容仪器", 2023, 58.9, "CNY 100 million", "actual"),
            ("智能美容仪器", 2024, 70.6, "CNY 100 million", "actual"),
            ("智能美容仪器", 2025, 84.2, "CNY 100 million", "estimate"),
            ("智能美容仪器", 2027, 117.8, "CNY 100 million", "estimate"),
            ("合计", 2023, 149.3, "CNY 100 million", "actual"),
            ("合计", 2024, 193.7, "CNY 100 million", "actual"),
            ("合计", 2025, 247.9, "CNY 100 million", "estimate"),
            ("合计", 2027, 395.0, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 41.3+36.7+12.4+58.9 = 149.3
            ("hierarchy", "exact"),  # 2024: 55.8+49.2+18.1+70.6 = 193.7
            ("hierarchy", "exact"),  # 2025E: 73.2+64.9+25.6+84.2 = 247.9
            ("hierarchy", "exact"),  # 2027E: 121.5+108.4+47.3+117.8 = 395.0
        ],
    ),
    # 20. Indian broker exhibit, markdown pipes, fiscal-year columns with a stated CAGR column and a Total row; one
    # row's CAGR only some reading reaches. Nowhere: exhibit number, the ₹/US$ rate, the FY note.
    dict(
        text=(
            "Exhibit 12: India - AI beauty & personal care market by segment (US$ mn)\n"
            "\n"
            "| Segment | FY24 | FY25E | FY28F | CAGR FY24-28F |\n"
            "|:--|--:|--:|--:|--:|\n"
            "| AI skin analysis | 118 | 152 | 312 | 27.7% |\n"
            "| Virtual try-on | 86 | 114 | 246 | 30.0% |\n"
            "| AI salon & spa booking/marketing | 41 | 55 | 118 | 30.2% |\n"
            "| AI formulation | 23 | 32 | 76 | 34.8% |\n"
            "| Total | 268 | 353 | 752 | 29.4% |\n"
            "\n"
            "Source: Company data, Ashoka Capital estimates. FY = year ending March; ₹/US$ 83.5."
        ),
        obs=[
            ("AI skin analysis", 2024, 118, "USD million", "actual"),
            ("AI skin analysis", 2025, 152, "USD million", "estimate"),
            ("AI skin analysis", 2028, 312, "USD million", "estimate"),
            ("Virtual try-on", 2024, 86, "USD million", "actual"),
            ("Virtual try-on", 2025, 114, "USD million", "estimate"),
            ("Virtual try-on", 2028, 246, "USD million", "estimate"),
            ("AI salon & spa booking/marketing", 2024, 41, "USD million", "actual"),
            ("AI salon & spa booking/marketing", 2025, 55, "USD million", "estimate"),
            ("AI salon & spa booking/marketing", 2028, 118, "USD million", "estimate"),
            ("AI formulation", 2024, 23, "USD million", "actual"),
            ("AI formulation", 2025, 32, "USD million", "estimate"),
            ("AI formulation", 2028, 76, "USD million", "estimate"),
            ("Total", 2024, 268, "USD million", "actual"),
            ("Total", 2025, 353, "USD million", "estimate"),
            ("Total", 2028, 752, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 27.7, "percent", 2024, 2028, None, "stated"),
            ("cagr", 30.0, "percent", 2024, 2028, None, "stated"),
            ("cagr", 30.2, "percent", 2024, 2028, None, "stated"),
            ("cagr", 34.8, "percent", 2024, 2028, None, "stated"),
            ("cagr", 29.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (312 / 118) ** (1/4) - 1 = 27.52% -> 27.5, not 27.7;
                                           # bounds (311.5/118.5)**(1/4)-1 = 27.33% .. (312.5/117.5)**(1/4)-1 = 27.70%: 27.7 reached
            ("cagr|implied", "exact"),     # (246 / 86) ** (1/4) - 1 = 30.05% (30.0496) -> 30.0
            ("cagr|implied", "exact"),     # (118 / 41) ** (1/4) - 1 = 30.25% (30.249) -> 30.2
            ("cagr|implied", "exact"),     # (76 / 23) ** (1/4) - 1 = 34.83% (34.825) -> 34.8
            ("cagr|implied", "exact"),     # (752 / 268) ** (1/4) - 1 = 29.43% -> 29.4
            ("hierarchy", "exact"),        # FY24: 118+86+41+23 = 268
            ("hierarchy", "exact"),        # FY25E: 152+114+55+32 = 353
            ("hierarchy", "exact"),        # FY28F: 312+246+118+76 = 752
        ],
    ),
    # 21. Earnings-call transcript (French cosmetics group, dateline Oct 2024): TAM = Total; "this year" = 2024 estimate.
    # Nowhere: €412m quarterly beauty-tech sales (own revenue, quarter), 140 counters, the 15% share ambition.
    dict(
        text=(
            "Transcript excerpt - Q3 2024 sales call, 24 October 2024. Chief Digital Officer: \"A word on beauty tech, "
            "since several of you asked. We size the addressable market for AI diagnosis and personalisation - skin "
            "diagnostics, virtual try-on, shade matching - at about \u20ac3.1 billion this year, up roughly 19% from "
            "\u20ac2.6 billion in 2023. By 2028 we see it at \u20ac7.4 billion, which is roughly 25% a year from 2024 to "
            "2028. For context, our own beauty-tech-enabled sales were \u20ac412 million in the quarter, and we now have "
            "140 diagnostic counters live in Europe. Our ambition is a 15% share of that market by 2028 - I won't go "
            "further on guidance today.\""
        ),
        obs=[
            ("Total", 2023, 2.6, "EUR billion", "actual"),
            ("Total", 2024, 3.1, "EUR billion", "estimate"),
            ("Total", 2028, 7.4, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("cagr", 25, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 3.1 / 2.6 - 1 = 19.23% -> 19
            ("cagr|implied", "rounding"),  # (7.4 / 3.1) ** (1/4) - 1 = 24.30% -> 24, not 25; bounds
                                           # (7.35 / 3.15) ** 0.25 - 1 = 23.59% .. (7.45 / 3.05) ** 0.25 - 1 = 25.02% reaches 25
        ],
    ),
    # 22. Research abstract (Korean institute): CAGR span only from the amounts' years (inferred); region share with part
    # and whole. Nowhere: volume/issue numbers, 1,240 consumers, 38 brands, the US$190bn skincare category, 57% of respondents.
    dict(
        text=(
            "Abstract - Journal of Cosmetic Science and Technology, Vol. 14, No. 2 (2025). Researchers at a Seoul-based "
            "cosmetics industry institute combined a survey of 1,240 consumers with interviews at 38 brands to size the "
            "global market for AI skin-analysis software and services. We estimate the market at US$1.46 billion in 2023 "
            "and project US$4.02 billion in 2030, a compound annual growth rate of 15.6%. Asia-Pacific generated "
            "US$0.61 billion, or 41.8% of the 2023 total. The figures exclude hardware and sit inside a skincare category "
            "worth roughly US$190 billion. Notably, 57% of respondents said they would trust an AI skin score over a "
            "sales associate's judgement."
        ),
        obs=[
            ("Total", 2023, 1.46, "USD billion", "actual"),
            ("Total", 2030, 4.02, "USD billion", "estimate"),
            ("Asia-Pacific", 2023, 0.61, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 15.6, "percent", 2023, 2030, None, "inferred"),
            ("share", 41.8, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),   # (4.02 / 1.46) ** (1/7) - 1 = 15.57% -> 15.6
            ("arithmetic", "exact"),    # 0.61 / 1.46 = 41.78% -> 41.8
        ],
    ),
    # 23. LinkedIn post (Indian analyst, Feb 2025): "last year" = 2024 actual; "$1 billion" converted to the series'
    # USD million; "almost 5x in six years" a multiple. Nowhere: the rupee amount (crore), 40 million festival try-on sessions.
    dict(
        text=(
            "Posted 3 Feb 2025 \u00b7 Bengaluru. Quick numbers on virtual try-on in India \U0001F447 Our desk estimates "
            "India's AI virtual try-on market at $212 million last year - up 41% on $150 million in 2023 (\u2248 "
            "\u20b91,780 crore at today's rate). Our base case has it crossing $1 billion by 2030, almost 5x in six "
            "years. What's driving it? Quick-commerce beauty, regional-language shade finders and lipstick try-ons "
            "inside chat apps. (Side note: one marketplace alone logged 40 million try-on sessions during its Diwali "
            "sale.) #BeautyTech #AI"
        ),
        obs=[
            ("Total", 2023, 150, "USD million", "actual"),
            ("Total", 2024, 212, "USD million", "actual"),
            ("Total", 2030, 1000, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 41, "percent", 2023, 2024, 1.0),
            ("multiple", 5.0, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 212 / 150 - 1 = 41.33% -> 41
        ],
    ),
    # 24. Trade-press web page with a correction: the corrected $486m is the 2024 figure, the $548m nowhere; the 43%
    # was left computed on the superseded figure (inconsistent). Nowhere: a group's own €1.3bn R&D budget.
    dict(
        text=(
            "AI is rewriting the cosmetics lab notebook\n"
            "Published 4 March 2025 \u00b7 Updated 12 March 2025\n"
            "Correction: An earlier version of this article put the 2024 market at $548 million. The correct figure, "
            "supplied by the research firm, is $486 million.\n"
            "Spending on AI tools for cosmetic formulation and ingredient discovery - generative models that propose "
            "emulsions, predict preservative efficacy or screen peptides - reached $486 million worldwide in 2024, up "
            "43% from $382 million in 2023, according to the firm's Beauty R&D Tracker. It forecasts $1.9 billion by "
            "2029, a 2024-2029 CAGR of 31.4%. One Paris-based group told us its own R&D budget for the year is "
            "\u20ac1.3 billion, of which 'a low single-digit percentage' goes to AI."
        ),
        obs=[
            ("Total", 2023, 382, "USD million", "actual"),
            ("Total", 2024, 486, "USD million", "actual"),
            ("Total", 2029, 1900, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 43, "percent", 2023, 2024, 1.0),
            ("cagr", 31.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 486 / 382 - 1 = 27.23%; bounds 485.5 / 382.5 - 1 = 26.93% ..
                                               # 486.5 / 381.5 - 1 = 27.52%, never 43 (548 / 382 - 1 = 43.46%: stale figure)
            ("cagr|implied", "rounding"),      # (1900 / 486) ** (1/5) - 1 = 31.35% -> 31.3; bounds
                                               # (1850 / 486.5) ** 0.2 - 1 = 30.62% .. (1950 / 485.5) ** 0.2 - 1 = 32.06% reaches 31.4
        ],
    ),
    # 25. Investor-day slide bullets (Japanese cosmetics group, yen): TAM = Total, FY years count as their number.
    # Nowhere: ¥2.9tn whole beauty market, 1,450 stores, ¥39,800 device price, 30% share goal and ¥60bn revenue goal.
    dict(
        text=(
            "Investor Day 2025 | Beauty Tech - slide 14\n"
            "\u2022 Market we address: AI skin diagnostics & beauty counselling, Japan\n"
            "\u2022 TAM \u00a596.0bn (FY2024) \u2192 \u00a5212bn (FY2030E); CAGR FY24-30E \u224814%\n"
            "\u2022 Context: Japan beauty & personal care overall \u00a52.9tn\n"
            "\u2022 Counselling tablets live in 1,450 stores; handheld scanner retail price \u00a539,800\n"
            "\u2022 Our goal: 30% share of TAM, \u00a560bn revenue by FY2030"
        ),
        obs=[
            ("Total", 2024, 96.0, "JPY billion", "actual"),
            ("Total", 2030, 212, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 14, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (212 / 96.0) ** (1/6) - 1 = 14.12% -> 14
        ],
    ),
    # 26. Forum answer (Q&A site, March 2025): first publisher's base, forecast and rate are the figures; the second
    # publisher's $1.5bn for 2024 is expected nowhere; a part with its share. Nowhere: the 18% drop in returns.
    dict(
        text=(
            "Q: Is AI shade matching actually a big market or just hype?\n"
            "A (answered March 2025 by a cosmetics retail buyer): Bigger than people think, but the numbers depend on who "
            "you read. BeautyMetrics - the one most brands cite - puts global AI shade matching and product "
            "recommendation at $1.18 billion in 2024, up from $0.94 billion in 2023 (+25.5% y/y), and sees $3.3 billion "
            "in 2030 (CAGR 18.7% for 2024-2030). Foundation matching is the biggest slice: roughly $0.52 billion of the "
            "2024 figure, about 44%. Halden Research says $1.5 billion for 2024, but they count in-store kiosks and "
            "hardware, so I wouldn't mix the two. Anecdotally, our returns on complexion products dropped 18% after we "
            "switched the tool on."
        ),
        obs=[
            ("Total", 2023, 0.94, "USD billion", "actual"),
            ("Total", 2024, 1.18, "USD billion", "actual"),
            ("Total", 2030, 3.3, "USD billion", "estimate"),
            ("Foundation matching", 2024, 0.52, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 25.5, "percent", 2023, 2024, 1.0),
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
            ("share", 44, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.18 / 0.94 - 1 = 25.53% -> 25.5
            ("cagr|implied", "exact"),  # (3.3 / 1.18) ** (1/6) - 1 = 18.70% -> 18.7
            ("arithmetic", "exact"),    # 0.52 / 1.18 = 44.07% -> 44
        ],
    ),
    # 27. Trade federation barometer (Paris, May 2025): "last year" = 2024; two parts by name; 24% reachable only by
    # rounding. Nowhere: 2,150 establishments, €6.4bn sector turnover, 61% of respondents, €49 a month.
    dict(
        text=(
            "PARIS, 14 May 2025 - French hair salons, beauty institutes and spas spent \u20ac138 million on "
            "artificial-intelligence software for booking, client messaging and marketing last year, 24% more than the "
            "\u20ac112 million of 2023, according to the annual barometer of a national beauty-trades federation, which "
            "polled 2,150 establishments. AI booking assistants accounted for \u20ac81 million (58.7%), with marketing "
            "and client-messaging tools making up the remaining \u20ac57 million. The federation put the sector's total "
            "turnover at \u20ac6.4 billion; 61% of respondents now use at least one AI tool, typically on subscriptions "
            "averaging \u20ac49 a month."
        ),
        obs=[
            ("Total", 2023, 112, "EUR million", "actual"),
            ("Total", 2024, 138, "EUR million", "actual"),
            ("AI booking assistants", 2024, 81, "EUR million", "actual"),
            ("Marketing and client-messaging tools", 2024, 57, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("share", 58.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 138 / 112 - 1 = 23.21% -> 23; bounds 137.5 / 112.5 - 1 = 22.22% ..
                                           # 138.5 / 111.5 - 1 = 24.22% reaches 24
            ("arithmetic", "exact"),       # 81 / 138 = 58.70% -> 58.7
        ],
    ),
    # 28. Wire press release (Mumbai, June 2025): FY2025 = 2025 actual; a range for FY2030 gives two value claims and
    # no observation; "more than threefold" x3. Nowhere: ₹1,240 crore, ₹9,000 price, "Outlook 2030" title year, 14 years.
    dict(
        text=(
            "MUMBAI, 18 June 2025 /PRNewswire/ -- India's market for AI-enabled beauty devices - smart mirrors, handheld "
            "skin scanners and hair-analysis combs sold with companion apps - stood at US$146 million in FY2025 (about "
            "\u20b91,240 crore), says the India Beauty-Tech Outlook 2030 released today by a Pune-based research house. "
            "The report projects the market at between US$480 million and US$560 million by FY2030, more than "
            "threefold, as entry-level scanners fall below \u20b99,000 and salons in tier-2 cities adopt AI hair "
            "diagnostics. \"Price is the unlock,\" said the firm's lead analyst, who has covered consumer electronics "
            "for 14 years."
        ),
        obs=[
            ("Total", 2025, 146, "USD million", "actual"),
        ],
        claims=[
            ("value", 480, "USD million", 2030, 2030, None),
            ("value", 560, "USD million", 2030, 2030, None),
            ("multiple", 3.0, "multiple", 2025, 2030, 5.0),
        ],
        verdicts=[],
    ),
    # 29. Simplified research-institute release (Apr 2025): growth without a printed 2023 amount (no verdict); part with
    # share; CAGR span only from amounts' years. Nowhere: report-title year 2025, 4357亿元 whole cosmetics retail, 312 brands.
    dict(
        text=(
            "【美业财经讯，2025年4月】某研究院近日发布《2025年中国AI美妆行业研究报告》。报告显示，2024年中国AI美妆市场"
            "（涵盖AI测肤、虚拟试妆、智能配方与AI美容仪）规模达到68.5亿元，同比增长31.2%；其中虚拟试妆规模约25.3亿元，"
            "占比约37%。报告预计，到2027年该市场规模将增至152亿元，年均复合增长率为30.4%。作为对比，同年全国化妆品类"
            "零售总额为4357亿元。本次调研覆盖312个美妆品牌。"
        ),
        obs=[
            ("Total", 2024, 68.5, "CNY 100 million", "actual"),
            ("虚拟试妆", 2024, 25.3, "CNY 100 million", "actual"),
            ("Total", 2027, 152, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
            ("share", 37, "percent", 2024, 2024, None),
            ("cagr", 30.4, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),   # 25.3 / 68.5 = 36.93% -> 37
            ("cagr|period", "exact"),  # (152 / 68.5) ** (1/3) - 1 = 30.43% -> 30.4
        ],
    ),
    # 30. E-commerce platform post after Singles' Day (dateline 2024-11-13): 今年 = 2024 estimate; 增长3倍 = x3;
    # 明年 = 2025 estimate. Nowhere: 3.6亿次 try-on calls, 62% festival GMV growth, 1800 brands.
    dict(
        text=(
            "（2024年11月13日）双11收官后，某电商平台美妆事业部在其公众号发文称：大促期间平台AI试妆功能累计调用超过3.6亿次，"
            "带动彩妆成交额同比增长62%，接入AI试色的品牌超过1800个。文章援引平台研究院测算：今年国内美妆AI导购与智能推荐"
            "服务市场规模约为41亿元，较2021年的10.2亿元增长3倍；明年有望突破55亿元。"
        ),
        obs=[
            ("Total", 2021, 10.2, "CNY 100 million", "actual"),
            ("Total", 2024, 41, "CNY 100 million", "estimate"),
            ("Total", 2025, 55, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2021, 2024, 3.0),  # 41 / 10.2 = 4.02 times, i.e. grown by 3 times
        ],
        verdicts=[],
    ),
    # 31. Provincial action plan (Simplified): the series opens in 万元, so the 2027 target of 3.2亿元 is expected as
    # 32000 CNY 10 thousand; a target is an estimate. Nowhere: document number, plan-title years, 10 firms, 1000亿元 industry revenue.
    dict(
        text=(
            "某省人民政府办公厅关于印发《某省化妆品产业高质量发展行动方案（2024—2027年）》的通知（某政办发〔2024〕15号）"
            "……（三）推动“AI+化妆品”融合发展。2023年，全省AI配方研发与原料筛选服务市场规模为8600万元。力争到2027年，"
            "全省AI配方研发与原料筛选服务市场规模达到3.2亿元，年均增长39%左右；培育10家以上AI美妆示范企业，"
            "全省化妆品产业营业收入突破1000亿元。"
        ),
        obs=[
            ("Total", 2023, 8600, "CNY 10 thousand", "actual"),
            ("Total", 2027, 32000, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("cagr", 39, "percent", 2023, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (32000 / 8600) ** (1/4) - 1 = 38.89% -> 39
        ],
    ),
    # 32. Taiwan newspaper (Traditional, dateline 2025-03-06), 新台幣億元. Nowhere: 1.2萬家 stores, device average price
    # 新台幣1萬2千元, 1,200億元 whole cosmetics and skincare market.
    dict(
        text=(
            "〔記者王心怡／台北報導〕2025年3月6日　國內某產業研究機構今（6）日發布美業科技趨勢報告指出，台灣AI美容科技市場"
            "（含AI膚質檢測、虛擬試妝與AI美容儀）2024年規模達新台幣48.6億元，較前一年的39.8億元成長22.1%；預估2027年將"
            "攀升至新台幣92億元，2024至2027年年複合成長率約23.7%。報告也提到，全台美容美髮門市約1.2萬家，具AI功能的家用"
            "美容儀均價約新台幣1萬2千元；整體化妝保養品市場規模則約新台幣1,200億元。"
        ),
        obs=[
            ("Total", 2023, 39.8, "TWD 100 million", "actual"),
            ("Total", 2024, 48.6, "TWD 100 million", "actual"),
            ("Total", 2027, 92, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.1, "percent", 2023, 2024, 1.0),
            ("cagr", 23.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 39.8 - 1 = 22.11% -> 22.1
            ("cagr|implied", "exact"),  # (92 / 48.6) ** (1/3) - 1 = 23.70% -> 23.7
        ],
    ),
    # 33. Hong Kong association survey (Traditional, dateline 2025-02-20): 去年 = 2024 actual, 今年 = 2025 estimate given
    # as HK$548 million, expected converted to the series' 億港元 (5.48); a second market named beside is its own item.
    # Nowhere: 312 salons, the fourth quarter's 1.3億港元, 2.4萬人 headcount.
    dict(
        text=(
            "（本報訊）2025年2月20日　本港一個美容業商會昨日公布年度調查，綜合312間受訪美容院及水療中心的資料，業界在AI預約、"
            "客戶管理及精準營銷方面的開支，由2023年的3.9億港元增至去年的4.6億港元，按年升17.9%，單計第四季已達1.3億港元。"
            "商會預計，今年開支可再升約19%至HK$548 million。另外，AI美甲設計工具市場去年約0.8億港元，屬獨立統計。"
            "業界現時僱員約2.4萬人。"
        ),
        obs=[
            ("Total", 2023, 3.9, "HKD 100 million", "actual"),
            ("Total", 2024, 4.6, "HKD 100 million", "actual"),
            ("Total", 2025, 5.48, "HKD 100 million", "estimate"),
            ("AI美甲設計工具", 2024, 0.8, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 17.9, "percent", 2023, 2024, 1.0),
            ("growth", 19, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.6 / 3.9 - 1 = 17.949% -> 17.9
            ("cagr|implied", "exact"),  # 5.48 / 4.6 - 1 = 19.13% -> 19
        ],
    ),
    # 34. PTT forum post (Traditional, 2025-01-08) on Japan in 億日圓 (JPY 100 million): 去年 = 2024; "約為2021年的2倍"
    # x2; part with share; CAGR span only from amounts' years. Nowhere: Korea's 2.3兆韓元 (won), device price 49,800日圓,
    # 300萬次 downloads, the reply's date.
    dict(
        text=(
            "作者 skincarenerd　看板 MakeUp\n"
            "標題 [情報] 日本AI美妝諮詢市場有多大？\n"
            "時間 Wed Jan  8 21:14:03 2025\n"
            "最近在看日本的產業資料，整理一下給版友參考：\n"
            "日本AI美妝諮詢與膚質檢測市場，去年規模約1,280億日圓，大約是2021年（640億日圓）的2倍。其中AI膚質檢測約412億"
            "日圓，占32.2%。日本那邊的研究所預測2028年會來到2,150億日圓，年均成長約13.8%。\n"
            "順便一提，韓國同類市場去年約2.3兆韓元，不過統計口徑不太一樣。\n"
            "某日系品牌的AI美容儀一台要價49,800日圓，APP下載已破300萬次，但那是品牌自己的數字就不列了。\n"
            "--\n"
            "推 glowup: 感謝整理 01/08 21:30"
        ),
        obs=[
            ("Total", 2021, 640, "JPY 100 million", "actual"),
            ("Total", 2024, 1280, "JPY 100 million", "actual"),
            ("AI膚質檢測", 2024, 412, "JPY 100 million", "actual"),
            ("Total", 2028, 2150, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2021, 2024, 3.0),
            ("share", 32.2, "percent", 2024, 2024, None),
            ("cagr", 13.8, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),   # 412 / 1280 = 32.19% -> 32.2
            ("cagr|period", "exact"),  # (2150 / 1280) ** (1/4) - 1 = 13.84% -> 13.8
        ],
    ),
    # 35. Broker research note (Simplified, May 2025): 35% year-on-year contradicts the printed 152 and 214 (inconsistent,
    # as if left from an earlier 2023 base of about 158.5); second publisher's 236亿元 nowhere. Nowhere: 2025Q1 58亿元,
    # a company's 3.2亿元 AI revenue, 目标价45元 and 28% upside.
    dict(
        text=(
            "【某证券｜美妆个护AI化深度报告】（2025年5月12日）核心观点：我们测算2024年中国AI美妆个护市场规模为214亿元，"
            "同比增长35%（2023年为152亿元）；预计2026年达到368亿元，2024—2026年CAGR为31.1%。第三方咨询机构口径下，"
            "2024年市场规模为236亿元，差异主要来自对美容仪硬件的统计口径。高频数据看，2025Q1行业规模约58亿元。公司层面，"
            "某龙头AI相关收入3.2亿元，维持“买入”评级，目标价45元，较现价有28%上行空间。风险提示：行业竞争加剧、技术迭代不及预期。"
        ),
        obs=[
            ("Total", 2023, 152, "CNY 100 million", "actual"),
            ("Total", 2024, 214, "CNY 100 million", "actual"),
            ("Total", 2026, 368, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
            ("cagr", 31.1, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 214 / 152 - 1 = 40.79%; bounds 213.5 / 152.5 - 1 = 40.00% ..
                                               # 214.5 / 151.5 - 1 = 41.58%, never 35
            ("cagr|implied", "exact"),         # (368 / 214) ** (1/2) - 1 = 31.13% -> 31.1
        ],
    ),
    # 36. Markdown table, years as columns with E columns, a Total row that is 1 off in 2024 ("may not add").
    # Nowhere: table number, the source line's date.
    dict(
        text=(
            "Table 3. Global AI-in-beauty market by application, 2022-2026E (US$ million)\n"
            "| Application | 2022 | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|---|\n"
            "| Skin analysis & diagnostics | 612 | 748 | 915 | 1,122 | 1,368 |\n"
            "| Virtual try-on | 488 | 597 | 731 | 889 | 1,074 |\n"
            "| Shade matching & recommendation | 355 | 436 | 538 | 661 | 806 |\n"
            "| AI formulation & ingredient discovery | 142 | 188 | 246 | 318 | 409 |\n"
            "| Salon, spa & marketing AI | 203 | 239 | 281 | 330 | 386 |\n"
            "| Total | 1,800 | 2,208 | 2,712 | 3,320 | 4,043 |\n"
            "Note: E = estimate. Totals may not add due to rounding. Source: research-house estimates, March 2025."
        ),
        obs=[
            ("Skin analysis & diagnostics", 2022, 612, "USD million", "actual"),
            ("Skin analysis & diagnostics", 2023, 748, "USD million", "actual"),
            ("Skin analysis & diagnostics", 2024, 915, "USD million", "actual"),
            ("Skin analysis & diagnostics", 2025, 1122, "USD million", "estimate"),
            ("Skin analysis & diagnostics", 2026, 1368, "USD million", "estimate"),
            ("Virtual try-on", 2022, 488, "USD million", "actual"),
            ("Virtual try-on", 2023, 597, "USD million", "actual"),
            ("Virtual try-on", 2024, 731, "USD million", "actual"),
            ("Virtual try-on", 2025, 889, "USD million", "estimate"),
            ("Virtual try-on", 2026, 1074, "USD million", "estimate"),
            ("Shade matching & recommendation", 2022, 355, "USD million", "actual"),
            ("Shade matching & recommendation", 2023, 436, "USD million", "actual"),
            ("Shade matching & recommendation", 2024, 538, "USD million", "actual"),
            ("Shade matching & recommendation", 2025, 661, "USD million", "estimate"),
            ("Shade matching & recommendation", 2026, 806, "USD million", "estimate"),
            ("AI formulation & ingredient discovery", 2022, 142, "USD million", "actual"),
            ("AI formulation & ingredient discovery", 2023, 188, "USD million", "actual"),
            ("AI formulation & ingredient discovery", 2024, 246, "USD million", "actual"),
            ("AI formulation & ingredient discovery", 2025, 318, "USD million", "estimate"),
            ("AI formulation & ingredient discovery", 2026, 409, "USD million", "estimate"),
            ("Salon, spa & marketing AI", 2022, 203, "USD million", "actual"),
            ("Salon, spa & marketing AI", 2023, 239, "USD million", "actual"),
            ("Salon, spa & marketing AI", 2024, 281, "USD million", "actual"),
            ("Salon, spa & marketing AI", 2025, 330, "USD million", "estimate"),
            ("Salon, spa & marketing AI", 2026, 386, "USD million", "estimate"),
            ("Total", 2022, 1800, "USD million", "actual"),
            ("Total", 2023, 2208, "USD million", "actual"),
            ("Total", 2024, 2712, "USD million", "actual"),
            ("Total", 2025, 3320, "USD million", "estimate"),
            ("Total", 2026, 4043, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2022: 612 + 488 + 355 + 142 + 203 = 1800
            ("hierarchy", "exact"),     # 2023: 748 + 597 + 436 + 188 + 239 = 2208
            ("hierarchy", "rounding"),  # 2024: 915 + 731 + 538 + 246 + 281 = 2711 vs 2712; bounds 2708.5 .. 2713.5 reach 2712
            ("hierarchy", "exact"),     # 2025E: 1122 + 889 + 661 + 318 + 330 = 3320
            ("hierarchy", "exact"),     # 2026E: 1368 + 1074 + 806 + 409 + 386 = 4043
        ],
    ),
    # 37. Tab-separated regional table with a CAGR column (span printed in its header: stated). Nowhere: table number,
    # the "2025 edition" year.
    dict(
        text=(
            "Table 2 - AI beauty-tech market by region (EUR million)\n"
            "Region\t2024\t2029F\tCAGR 2024-29F\n"
            "Europe\t684\t1,702\t20.0%\n"
            "North America\t912\t2,236\t19.6%\n"
            "Asia-Pacific\t1,046\t3,018\t23.6%\n"
            "Rest of world\t158\t402\t20.6%\n"
            "Total\t2,800\t7,358\t21.3%\n"
            "Note: F = forecast. CAGRs computed on unrounded values. Source: Paris consultancy, Beauty Tech Barometer, "
            "2025 edition."
        ),
        obs=[
            ("Europe", 2024, 684, "EUR million", "actual"),
            ("Europe", 2029, 1702, "EUR million", "estimate"),
            ("North America", 2024, 912, "EUR million", "actual"),
            ("North America", 2029, 2236, "EUR million", "estimate"),
            ("Asia-Pacific", 2024, 1046, "EUR million", "actual"),
            ("Asia-Pacific", 2029, 3018, "EUR million", "estimate"),
            ("Rest of world", 2024, 158, "EUR million", "actual"),
            ("Rest of world", 2029, 402, "EUR million", "estimate"),
            ("Total", 2024, 2800, "EUR million", "actual"),
            ("Total", 2029, 7358, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 20.0, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 23.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 20.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 21.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # (1702 / 684) ** (1/5) - 1 = 20.00% -> 20.0
            ("cagr|implied", "exact"),     # (2236 / 912) ** (1/5) - 1 = 19.65% -> 19.6
            ("cagr|implied", "exact"),     # (3018 / 1046) ** (1/5) - 1 = 23.61% -> 23.6
            ("cagr|implied", "rounding"),  # (402 / 158) ** (1/5) - 1 = 20.54% -> 20.5; bounds
                                           # (401.5 / 158.5) ** 0.2 - 1 = 20.43% .. (402.5 / 157.5) ** 0.2 - 1 = 20.64% reaches 20.6
            ("cagr|implied", "exact"),     # (7358 / 2800) ** (1/5) - 1 = 21.32% -> 21.3
            ("hierarchy", "exact"),        # 2024: 684 + 912 + 1046 + 158 = 2800
            ("hierarchy", "exact"),        # 2029F: 1702 + 2236 + 3018 + 402 = 7358
        ],
    ),
    # 38. Simplified table, years as rows, a lone value column headed by its unit (亿元) = Total, year-on-year column;
    # 2023's 38.2% only by rounding (the note says rates use unrounded data). Nowhere: table number 4.
    dict(
        text=(
            "表4  中国AI美妆市场规模及增速（2020—2026E）\n"
            "年份        亿元      同比\n"
            "2020        18.6        —\n"
            "2021        26.4     41.9%\n"
            "2022        33.1     25.4%\n"
            "2023        45.7     38.2%\n"
            "2024        61.8     35.2%\n"
            "2025E       80.5     30.3%\n"
            "2026E      102.3     27.1%\n"
            "注：E为预测值；同比增速按未取整数据计算。资料来源：某证券研究所整理。"
        ),
        obs=[
            ("Total", 2020, 18.6, "CNY 100 million", "actual"),
            ("Total", 2021, 26.4, "CNY 100 million", "actual"),
            ("Total", 2022, 33.1, "CNY 100 million", "actual"),
            ("Total", 2023, 45.7, "CNY 100 million", "actual"),
            ("Total", 2024, 61.8, "CNY 100 million", "actual"),
            ("Total", 2025, 80.5, "CNY 100 million", "estimate"),
            ("Total", 2026, 102.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.9, "percent", 2020, 2021, 1.0),
            ("growth", 25.4, "percent", 2021, 2022, 1.0),
            ("growth", 38.2, "percent", 2022, 2023, 1.0),
            ("growth", 35.2, "percent", 2023, 2024, 1.0),
            ("growth", 30.3, "percent", 2024, 2025, 1.0),
            ("growth", 27.1, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 26.4 / 18.6 - 1 = 41.94% -> 41.9
            ("cagr|implied", "exact"),     # 33.1 / 26.4 - 1 = 25.38% -> 25.4
            ("cagr|implied", "rounding"),  # 45.7 / 33.1 - 1 = 38.07% -> 38.1; bounds 45.65 / 33.15 - 1 = 37.71% ..
                                           # 45.75 / 33.05 - 1 = 38.43% reaches 38.2
            ("cagr|implied", "exact"),     # 61.8 / 45.7 - 1 = 35.23% -> 35.2
            ("cagr|implied", "exact"),     # 80.5 / 61.8 - 1 = 30.26% -> 30.3
            ("cagr|implied", "exact"),     # 102.3 / 80.5 - 1 = 27.08% -> 27.1
        ],
    ),
    # 39. Space-aligned table of segment shares of a yen total (FY2024 = 2024); the 100.0% total is no claim; the
    # last share was forced so shares sum to 100 (rounding). Nowhere: 420 companies.
    dict(
        text=(
            "Japan: AI beauty and personal-care services by segment, FY2024 (\u00a5 billion)\n"
            "Segment                               FY2024     Share\n"
            "AI skin diagnostics & counselling       38.4     31.0%\n"
            "Virtual try-on & recommendation         29.7     24.0%\n"
            "AI-enabled beauty devices               24.1     19.5%\n"
            "Salon booking & marketing AI            19.1     15.4%\n"
            "AI formulation & R&D services           12.6     10.1%\n"
            "Total                                  123.9    100.0%\n"
            "Note: shares adjusted to sum to 100%. Fiscal years end in March. Source: Tokyo research house survey of "
            "420 companies."
        ),
        obs=[
            ("AI skin diagnostics & counselling", 2024, 38.4, "JPY billion", "actual"),
            ("Virtual try-on & recommendation", 2024, 29.7, "JPY billion", "actual"),
            ("AI-enabled beauty devices", 2024, 24.1, "JPY billion", "actual"),
            ("Salon booking & marketing AI", 2024, 19.1, "JPY billion", "actual"),
            ("AI formulation & R&D services", 2024, 12.6, "JPY billion", "actual"),
            ("Total", 2024, 123.9, "JPY billion", "actual"),
        ],
        claims=[
            ("share", 31.0, "percent", 2024, 2024, None),
            ("share", 24.0, "percent", 2024, 2024, None),
            ("share", 19.5, "percent", 2024, 2024, None),
            ("share", 15.4, "percent", 2024, 2024, None),
            ("share", 10.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),     # 38.4 / 123.9 = 30.99% -> 31.0
            ("arithmetic", "exact"),     # 29.7 / 123.9 = 23.97% -> 24.0
            ("arithmetic", "exact"),     # 24.1 / 123.9 = 19.451% -> 19.5
            ("arithmetic", "exact"),     # 19.1 / 123.9 = 15.42% -> 15.4
            ("arithmetic", "rounding"),  # 12.6 / 123.9 = 10.17% -> 10.2; bounds 12.55 / 123.95 = 10.125% ..
                                         # 12.65 / 123.85 = 10.214% reaches 10.1
            ("hierarchy", "exact"),      # 38.4 + 29.7 + 24.1 + 19.1 + 12.6 = 123.9
        ],
    ),
    # 40. Traditional Chinese markdown table (Taiwan, 新台幣億元) with a year-on-year column, one decline, a 合計 row.
    # Nowhere: table number, the source line's date.
    dict(
        text=(
            "表三　台灣AI美業科技市場規模（單位：新台幣億元）\n"
            "| 項目 | 2023年 | 2024年 | 年增率 |\n"
            "|---|---|---|---|\n"
            "| AI膚質檢測 | 14.2 | 17.9 | 26.1% |\n"
            "| 虛擬試妝 | 11.6 | 15.3 | 31.9% |\n"
            "| 智慧美容儀 | 13.5 | 12.8 | -5.2% |\n"
            "| AI美業預約與行銷 | 6.5 | 8.6 | 32.3% |\n"
            "| 合計 | 45.8 | 54.6 | 19.2% |\n"
            "註：智慧美容儀含具AI功能之導入儀、洗臉機與美容鏡，2024年因價格戰產值下滑。資料來源：某產業研究機構，2025年2月。"
        ),
        obs=[
            ("AI膚質檢測", 2023, 14.2, "TWD 100 million", "actual"),
            ("AI膚質檢測", 2024, 17.9, "TWD 100 million", "actual"),
            ("虛擬試妝", 2023, 11.6, "TWD 100 million", "actual"),
            ("虛擬試妝", 2024, 15.3, "TWD 100 million", "actual"),
            ("智慧美容儀", 2023, 13.5, "TWD 100 million", "actual"),
            ("智慧美容儀", 2024, 12.8, "TWD 100 million", "actual"),
            ("AI美業預約與行銷", 2023, 6.5, "TWD 100 million", "actual"),
            ("AI美業預約與行銷", 2024, 8.6, "TWD 100 million", "actual"),
            ("合計", 2023, 45.8, "TWD 100 million", "actual"),
            ("合計", 2024, 54.6, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 26.1, "percent", 2023, 2024, 1.0),
            ("growth", 31.9, "percent", 2023, 2024, 1.0),
            ("growth", -5.2, "percent", 2023, 2024, 1.0),
            ("growth", 32.3, "percent", 2023, 2024, 1.0),
            ("growth", 19.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 17.9 / 14.2 - 1 = 26.06% -> 26.1
            ("cagr|implied", "exact"),  # 15.3 / 11.6 - 1 = 31.90% -> 31.9
            ("cagr|implied", "exact"),  # 12.8 / 13.5 - 1 = -5.19% -> -5.2
            ("cagr|implied", "exact"),  # 8.6 / 6.5 - 1 = 32.31% -> 32.3
            ("cagr|implied", "exact"),  # 54.6 / 45.8 - 1 = 19.21% -> 19.2
            ("hierarchy", "exact"),     # 2023: 14.2 + 11.6 + 13.5 + 6.5 = 45.8
            ("hierarchy", "exact"),     # 2024: 17.9 + 15.3 + 12.8 + 8.6 = 54.6
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-seventieth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 4, 'rounding': 12, 'exact': 90}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'PARIS--(BUSINESS WIRE)--12 March 2025--',
    'a compound annual growth rate of 24.2% over 2024-2030',
    'US$412 million last year, roughly ₩560 billion',
    'forecast US$1.05 billion by 2028, a CAGR of roughly 26%',
    'Corvid Analytics puts the 2024 market at $1.7 billion',
    'We size the total addressable market',
    "That is 2.4 times today's level, or growth of about 16% a year",
    "(revised from the ¥39.8 billion given in last year's edition",
    '$131 million (~₹1,090 crore)',
    'between $420 million and $480 million by 2030',
    'up 14.2% from ¥54.3 billion a year earlier',
    'AI scalp diagnostics, a separate market worth £46 million in 2024',
    '同比增长32.5%（2023年为140.7亿元）',
    '较2021年增长3倍',
    '力争全市AI美妆产业规模突破300亿元',
    '達新台幣38.5億元，較2023年的31.7億元年增21.4%',
    '較前年的5.9億港元按年增長15.3%',
    '另一家研調機構Lumina Research則估計',
    '电商平台约占四成',
    '明年市场规模有望达到183亿元',
    '| Total | 337 | 440 | 561 | 704 | 1,077 |',
    'Total                             96    123    160     202     255',
    'Fiscal year\t¥ billion\tYoY (%)',
    '单位：亿元',
    '| Segment | FY24 | FY25E | FY28F | CAGR FY24-28F |',
    'at about €3.1 billion this year',
    'roughly 25% a year from 2024 to 2028',
    'a compound annual growth rate of 15.6%',
    'crossing $1 billion by 2030, almost 5x in six years',
    'Correction: An earlier version of this article put the 2024 market at $548 million',
    'TAM ¥96.0bn (FY2024) → ¥212bn (FY2030E)',
    'Halden Research says $1.5 billion for 2024',
    '(CAGR 18.7% for 2024-2030)',
    'AI booking assistants accounted for €81 million (58.7%)',
    'between US$480 million and US$560 million by FY2030',
    '占比约37%',
    '较2021年的10.2亿元增长3倍',
    '力争到2027年',
    '較前一年的39.8億元成長22.1%',
    '今年開支可再升約19%至HK$548 million',
    '韓國同類市場去年約2.3兆韓元',
    '大約是2021年（640億日圓）的2倍',
    '第三方咨询机构口径下',
    '| Total | 1,800 | 2,208 | 2,712 | 3,320 | 4,043 |',
    'CAGR 2024-29F',
    '2025E       80.5     30.3%',
    'Total                                  123.9    100.0%',
    '| 智慧美容儀 | 13.5 | 12.8 | -5.2% |',
)
LAYOUT = (40, 15, 14, 11)
#: the set's blind score (written without reading or running the extractor, and kept unread): 252
#: figures, 69 rates, 98 verdicts and 2 false inconsistent
#: after the readings chosen on it and the hundred-and-sixty-eighth set: 261, 71, 106 and 0
FLOORS = {"figures_found": 261, "rates_found": 71, "verdicts_right": 106}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset170.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
