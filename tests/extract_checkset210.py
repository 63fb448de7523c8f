"""A two-hundred-and-tenth check set for the extractor, written blind: AI in smart homes and household appliances: AI voice
assistants and smart speakers' AI services, AI in white goods (refrigerators, washing machines, air conditioners with
on-device AI), AI home-security cameras and doorbells, AI energy management and home robots (robot vacuums and lawn
mowers' AI features), AI home-automation platforms; sized in money by appliance makers' associations, consumer-
electronics bodies, brokers, consultancies, research houses and platform vendors' investor days, in the United States,
Germany, France, the United Kingdom, Italy, Japan, South Korea, India, Australia, mainland China, Taiwan and Hong Kong
(currencies: US dollars, euros, pounds, yen, won only as an aside, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader
leaves out: the whole appliance or consumer electronics market beside the AI part, unit shipments and households, a
maker's own revenue, margin or share target, a device's price, a funding round and valuation, a quarter's or a shopping
festival's figures (618, Double 11), a survey's percentages.

Snippets 1-20: Twenty snippets on AI in smart homes and appliances. English prose: a San Jose wire release (YoY, CAGR
with span), a Tokyo broker note in fiscal years and yen, a Berlin briefing with three segment shares, a Paris article
quoting two houses, an investor-day TAM, a London strategy with last-year/this-year figures and a target, an Italian
correction notice with a range, a blog post with 'nearly 3x' and 'more than doubled'. Chinese prose: a Simplified
industry report, a Zhejiang plan (力争到, 增长3倍), a Xinhua-style story quoting two institutes, a Taiwan white paper in
新台幣億元, a Hong Kong story in 億港元, a Taipei agency story with 去年/今年, a broker deep-dive with a range. Tables: markdown
with a CAGR column, tab-separated 合计 table, space-aligned share table, vertical year table with YoY, tab-separated UK
segment table with a Total row. Left out: whole appliance or smart-home markets, units and households, makers' revenue,
margins, share targets and prices, funding, quarter and 618/Double 11/Prime Day figures, surveys, penetration rates,
words-only fractions, the second house's figure, the corrected-away figure. Inconsistent: the report's 19.8% CAGR, the
home robots' 24.2% CAGR, the 2025E 合计 row, Germany's 2024 YoY. Only by rounding: the yen CAGR, the 34% share, Taiwan's
20.7% CAGR, the 19.4% CAGR, the 2024 合计 row, two Japanese shares, the UK 2024 Total row.

Snippets 21-40: Twenty snippets (21-40) on the money spent on AI in smart homes and household appliances: AI voice
assistants and smart-speaker services, AI white goods, AI security cameras and doorbells, AI home energy management, AI
home robots and home-automation platforms, in the US, Germany, France, the UK, Italy, Japan, South Korea, Australia,
mainland China, Taiwan and Hong Kong. Eight are English prose (an earnings-call answer sizing a TAM with 'this year' and
'last year', a working-paper abstract, a numbered social-media thread, a web article with a correction line, an annual-
report letter in yen and fiscal years, investor-day slide bullets, a forum answer quoting two research houses of which
only the first is kept, and a won-denominated broker note whose rates and share are claims without observations or
verdicts); seven are Chinese prose (a Xinhua-style release, a municipal plan, a Taipei release in 新台幣億元, a Hong Kong
association report in 億港元, a PTT post with 去年/今年, a broker abstract with a 2026 range, a results-briefing transcript);
five are tables (markdown by segment with a CAGR column, tab-separated yen table with a YoY column and a decline, space-
aligned euro table with a share column, a vertical table whose lone unit column is the Total, a Traditional Chinese
table with a 合計 row). Left out everywhere: whole appliance and consumer-electronics markets, unit shipments and
households, makers' revenue, margins and share targets, prices, funding rounds and valuations, quarter, Black Friday,
618 and Double 11 figures, survey answers, penetration rates, fractions in words, datelines, report and table numbers.
Inconsistent: the 28% doorbell share in 24 (25.0%), the +16.3% washing-machine YoY in 37 (13.6%), the 2025 合計 in 40
(parts sum to 224.0, not 226.4). Rounding only: the 25.4% rise in 22, the 22.5% rise in 27, the 11.9% rise in 32, the
17.1% rise in 33, the 21.8% home-robot CAGR in 36, the 20.2% robot-vacuum share in 38, the 17.6% 2025F YoY in 39 and the
2024 合計 in 40.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. San Jose wire press release (PRNewswire): YoY growth with both amounts, CAGR with printed span; the series
    #    unit is USD billion (first printed), so the 2023 "$960 million" is expected as 0.96 USD billion.
    #    Expected nowhere: the tracker's title year, the 41 million homes, the whole U.S. smart-home device market,
    #    the doorbell's $189 price, the 58% survey answer.
    dict(
        text=(
            "SAN JOSE, Calif., March 4, 2025 /PRNewswire/ -- U.S. consumers spent $1.24 billion on AI-powered "
            "home-security cameras and video doorbells in 2024, up 29% from $960 million in 2023, according to the "
            "2025 Smart Home Vision Tracker released today by Redwood Lane Research. The firm projects the market will "
            "reach $3.9 billion by 2030, a compound annual growth rate of 21% over 2024-2030. Some 41 million U.S. homes "
            "now have at least one connected camera, and the broader U.S. smart-home device market totaled $36.2 "
            "billion last year. The average AI video doorbell sold for $189, and 58% of surveyed owners named package "
            "and person detection as the feature they value most."
        ),
        obs=[
            ("Total", 2023, 0.96, "USD billion", "actual"),
            ("Total", 2024, 1.24, "USD billion", "actual"),
            ("Total", 2030, 3.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.24 / 0.96) ** (1 / 1) - 1 = 29.17% -> 29
            ("cagr|implied", "exact"),  # (3.9 / 1.24) ** (1 / 6) - 1 = 21.04% -> 21
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years, yen (JPY billion); CAGR span only from the amounts' years
    #    (FY2024 -> FY2029e), printed "roughly 18%" while the amounts give 17.46%.
    #    Expected nowhere: the dateline, the ¥2.6 trillion white-goods market, the 3.1 million units, the covered
    #    company's revenue, growth, margin, target price, upside and share target.
    dict(
        text=(
            "JAPAN CONSUMER ELECTRONICS - Sector report - Tokyo, 9 June 2025\n"
            "Thinking fridges. We estimate Japan's market for AI-enabled white goods (refrigerators, washing machines "
            "and air conditioners running on-device AI) at \u00a5182 billion in FY2024 (year to March 2025) and forecast "
            "\u00a5407 billion by FY2029e, a CAGR of roughly 18%. That is a sliver of the \u00a52.6 trillion white-goods "
            "market, and domestic shipments of AI models, at 3.1 million units, are still under a fifth of the total. "
            "Our top pick, Hanazono Electric (BUY, TP \u00a54,200, 22% upside), grew FY2024 revenue 11% to \u00a596.4 "
            "billion at a 9.8% operating margin and targets a 30% share of AI white goods by FY2027."
        ),
        obs=[
            ("Total", 2024, 182, "JPY billion", "actual"),
            ("Total", 2029, 407, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (407 / 182) ** (1 / 5) - 1 = 17.46% -> 17, not 18; bounds (406.5 / 182.5) ** (1/5) - 1 = 17.37%,
            # (407.5 / 181.5) ** (1/5) - 1 = 17.56% -> 18 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Berlin research briefing: a total and three segments with shares; the 34% share holds only by rounding;
    #    the 2028 "€1.5 billion" is expected in the series' unit (EUR million). Expected nowhere: the 52
    #    manufacturers and 2,000 households interviewed, the €8.9 billion whole smart-home market, the 13.4 million
    #    households.
    dict(
        text=(
            "BERLIN, 8 July 2025 - German households spent \u20ac684 million on AI features in smart-home devices and "
            "appliances in 2024, a briefing from the Spreeufer Institut f\u00fcr Haushaltstechnik finds. AI heating and "
            "energy management took the largest slice, \u20ac229 million or about 34%, followed by AI security cameras "
            "and doorbells at \u20ac148 million (22%). AI features in robot vacuums and mowers came to \u20ac97 million, "
            "some 14% of the total. The institute, which interviewed 52 manufacturers and 2,000 households, expects "
            "spending to reach \u20ac1.5 billion in 2028. Germany's overall smart-home market was worth \u20ac8.9 "
            "billion last year, and 13.4 million households use at least one smart-home application."
        ),
        obs=[
            ("Total", 2024, 684, "EUR million", "actual"),
            ("AI heating and energy management", 2024, 229, "EUR million", "actual"),
            ("AI security cameras and doorbells", 2024, 148, "EUR million", "actual"),
            ("AI features in robot vacuums and mowers", 2024, 97, "EUR million", "actual"),
            ("Total", 2028, 1500, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 34, "percent", 2024, 2024, None),
            ("share", 22, "percent", 2024, 2024, None),
            ("share", 14, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 229 / 684 = 33.48% -> 33, not 34; bounds 228.5 / 684.5 = 33.38%, 229.5 / 683.5 = 33.58% -> 34 by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 148 / 684 = 21.64% -> 22
            ("arithmetic", "exact"),  # 97 / 684 = 14.18% -> 14
        ],
    ),
    # 4. Paris article quoting two research houses: Lumière Insights gives base, target and rate, so its figures are
    #    the snippet's; CAGR with printed span. Expected nowhere: Cabinet Orsay Conseil's €1.1 billion for the same
    #    year, the €9.8 billion large-appliance market, the 14.5 million machines, the €1,200 oven price.
    dict(
        text=(
            "PARIS, 21 May 2025 - Fridges that plan the week's meals and washing machines that dose their own detergent "
            "are turning into a real business in France. Lumi\u00e8re Insights values the French market for AI features "
            "in household appliances at \u20ac1.3 billion in 2024 and forecasts \u20ac2.9 billion in 2028, a compound "
            "annual growth rate of 22% between 2024 and 2028. A rival estimate from Cabinet Orsay Conseil puts the 2024 "
            "market lower, at \u20ac1.1 billion. Either way it is a small slice of the \u20ac9.8 billion French "
            "households spent on large appliances last year, when 14.5 million machines were sold. A connected AI oven "
            "still costs around \u20ac1,200."
        ),
        obs=[
            ("Total", 2024, 1.3, "EUR billion", "actual"),
            ("Total", 2028, 2.9, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.9 / 1.3) ** (1 / 4) - 1 = 22.21% -> 22
        ],
    ),
    # 5. New York investor-day transcript: the TAM the company sizes is the market (Total); CAGR with printed span.
    #    Expected nowhere: the 9 million homes, the company's own revenue and gross margin, its 15% share goal, the
    #    third quarter's subscription revenue.
    dict(
        text=(
            "Halcyon Home Systems Investor Day, New York, November 13, 2025 - transcript excerpt\n"
            "PRIYA NATARAJAN, CHIEF STRATEGY OFFICER: Let me start with the size of the prize. We size the total "
            "addressable market for AI home-automation platforms in the U.S. and Europe at $12.4 billion in 2024, and "
            "we expect it to reach $31 billion in 2029. That's a 20% CAGR from 2024 to 2029. Today our software runs in "
            "about 9 million homes. Our revenue last year was $1.1 billion at a 61% gross margin, and our goal is to win "
            "15% of that market by 2029. In the third quarter alone, AI subscriptions brought in $310 million."
        ),
        obs=[
            ("Total", 2024, 12.4, "USD billion", "actual"),
            ("Total", 2029, 31, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31 / 12.4) ** (1 / 5) - 1 = 20.11% -> 20
        ],
    ),
    # 6. London national strategy: "last year" = 2024 (actual), "this year" = 2025 (estimate), a 2030 target in
    #    billions converted to the series' unit (GBP million); YoY rate with both amounts.
    #    Expected nowhere: the 10 million homes with smart thermostats, the £7,500 grant, the £350 hub price.
    dict(
        text=(
            "LONDON, 17 April 2025 - The government's Smart Home Energy Strategy, published today, says the UK market "
            "for AI-enabled home energy management, the software that schedules heat pumps, home batteries and EV "
            "chargers around tariffs, was worth \u00a3410 million last year and is expected to reach \u00a3520 million "
            "this year, a rise of 27%. The strategy sets a target of \u00a31.5 billion by 2030 and wants 10 million homes "
            "fitted with smart thermostats by then. Households installing a heat pump can claim a grant of up to "
            "\u00a37,500, and a typical AI energy hub retails for about \u00a3350."
        ),
        obs=[
            ("Total", 2024, 410, "GBP million", "actual"),
            ("Total", 2025, 520, "GBP million", "estimate"),
            ("Total", 2030, 1500, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (520 / 410) ** (1 / 1) - 1 = 26.83% -> 27
        ],
    ),
    # 7. Italian correction notice: the corrected 2027 figure is a range (two value claims, no observation); the 2024
    #    base is actual. Expected nowhere: the erroneous €900 million, the 1.3 million and 1.8 million robot vacuums
    #    sold, the €1,490 mower price.
    dict(
        text=(
            "Correction, 12 September 2025: An earlier version of this article said Italy's market for AI features in "
            "robot vacuums and robotic lawn mowers would reach \u20ac900 million in 2027. Osservatorio Casa Intelligente, "
            "the Turin research group cited, forecasts \u20ac780 million to \u20ac860 million for that year, up from "
            "\u20ac410 million in 2024. The article also misstated the number of robot vacuums sold in Italy last year; "
            "it was 1.3 million, not 1.8 million. A mid-range AI robot mower retails for about \u20ac1,490."
        ),
        obs=[
            ("Total", 2024, 410, "EUR million", "actual"),
        ],
        claims=[
            ("value", 780, "EUR million", 2027, 2027, None),
            ("value", 860, "EUR million", 2027, 2027, None),
        ],
        verdicts=[],
    ),
    # 8. Blog post with multiples: "nearly 3x" (2021 -> 2024, x3, 3 years) and "more than doubled" (2022 -> 2024, x2,
    #    2 years); multiples get no verdict. Expected nowhere: the Series B and valuation, the $2,499 mower price,
    #    the Prime Day units, the 62% reader poll.
    dict(
        text=(
            "Why your lawn mower suddenly needs a GPU (posted July 22, 2025)\n"
            "I've been tracking this corner of the smart-home world for a while, and the numbers finally caught up with "
            "the hype. Americans spent $690 million on AI features in robotic lawn mowers in 2024, nearly 3x the $240 "
            "million of 2021, according to Greenfield Robotics Research. The market more than doubled from 2022, when "
            "it stood at $310 million. Funding followed: Mowbot Labs closed a $45 million Series B in June at a $600 "
            "million valuation. My own mower cost $2,499, and Prime Day discounts pushed 18,000 units in two days. In "
            "my reader poll, 62% said they would never go back to pushing a mower."
        ),
        obs=[
            ("Total", 2021, 240, "USD million", "actual"),
            ("Total", 2022, 310, "USD million", "actual"),
            ("Total", 2024, 690, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
            ("multiple", 2, "multiple", 2022, 2024, 2.0),
        ],
        verdicts=[],
    ),
    # 9. Shanghai industry report (Simplified): 同比增长 with both amounts, a part (AI空调) with its share, a CAGR with
    #    printed span that the amounts do not support (inconsistent). Expected nowhere: the report's title year,
    #    the whole appliance industry's revenue, the shipments, the 618 growth, the 68% survey answer.
    dict(
        text=(
            "《2025中国智能家电AI应用发展报告》日前在沪发布。报告显示，2024年我国家电AI功能市场规模达到1,285亿元，"
            "同比增长21.5%，2023年为1,058亿元。其中，AI空调市场规模为411亿元，占比32.0%，是最大的细分品类。报告预计，"
            "到2028年该市场规模将达到2,700亿元，2024—2028年复合增长率为19.8%。报告同时指出，2024年全国家电行业主营"
            "业务收入约1.9万亿元，智能家电出货量超过1.2亿台；今年“618”期间AI家电线上销售额同比增长45%；受访消费者中"
            "有68%表示愿意为AI功能支付溢价。"
        ),
        obs=[
            ("Total", 2023, 1058, "CNY 100 million", "actual"),
            ("Total", 2024, 1285, "CNY 100 million", "actual"),
            ("AI空调", 2024, 411, "CNY 100 million", "actual"),
            ("Total", 2028, 2700, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("share", 32.0, "percent", 2024, 2024, None),
            ("cagr", 19.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1285 / 1058) ** (1 / 1) - 1 = 21.46% -> 21.5
            ("arithmetic", "exact"),  # 411 / 1285 = 31.98% -> 32.0
            # (2700 / 1285) ** (1 / 4) - 1 = 20.40%; bounds (2699.5 / 1285.5) ** (1/4) - 1 = 20.38%,
            # (2700.5 / 1284.5) ** (1/4) - 1 = 20.41% -> 19.8 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 10. Zhejiang provincial plan (Simplified): 力争到2027年 target (estimate), 较2022年增长3倍 as x3 over 5 years
    #     (no verdict), the 2024 level actual. Expected nowhere: the plan's title years, the 10 leading firms and
    #     their 百亿元 revenue threshold, the 50 demonstration communities, the 300万户 households.
    dict(
        text=(
            "浙江省人民政府办公厅近日印发《浙江省智能家居产业高质量发展行动方案（2025—2027年）》。方案提出，力争到2027年"
            "全省智能家居AI产业规模达到1,200亿元，较2022年增长3倍。据省经信部门统计，2024年全省智能家居AI产业规模为"
            "468亿元。方案还明确，到2027年培育营收超百亿元的龙头企业10家以上，建设50个全屋智能示范社区，推动AI家电进入"
            "300万户家庭。"
        ),
        obs=[
            ("Total", 2024, 468, "CNY 100 million", "actual"),
            ("Total", 2027, 1200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2022, 2027, 5.0),
        ],
        verdicts=[],
    ),
    # 11. Xinhua-style story quoting two institutes: the first gives base, forecast and rate (its figures are the
    #     snippet's); 同比增长 with both amounts. Expected nowhere: the second institute's 196亿元 for 2024, the 618 unit
    #     growth, the 3,000万户 households, the 2,000-4,000元 price band (a price range, not a market range).
    dict(
        text=(
            "新华社北京8月6日电（记者林晓雯）记者从中国家用电器智能化研究院获悉，2024年我国扫地机器人AI功能市场规模为"
            "218亿元，预计2025年将达到265亿元，同比增长21.6%。另据智研未来产业研究所测算，2024年该市场规模约为196亿元。"
            "数据显示，今年“618”期间扫地机器人线上销量同比增长30%，全国拥有扫地机器人的家庭已超过3,000万户，主流AI机型"
            "售价集中在2,000元至4,000元之间。"
        ),
        obs=[
            ("Total", 2024, 218, "CNY 100 million", "actual"),
            ("Total", 2025, 265, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (265 / 218) ** (1 / 1) - 1 = 21.56% -> 21.6
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元 (TWD 100 million): YoY with both amounts, a part (AI冷氣機) with
    #     its share, a CAGR with printed span holding only by rounding. Expected nowhere: the white paper's title
    #     year, the 910萬戶 households, the 126 firms surveyed and their 71% answer.
    dict(
        text=(
            "《2025臺灣智慧家庭AI產業白皮書》指出，2024年臺灣AI智慧家電市場規模達新台幣386億元，較2023年的312億元成長"
            "23.7%。其中，AI冷氣機市場規模為新台幣142億元，占比36.8%，居各品類之首。白皮書預估，2028年市場規模將達新台幣"
            "822億元，2024至2028年年複合成長率為20.7%。白皮書並指出，全臺約有910萬戶家庭，受訪的126家業者中有71%計畫於"
            "明年導入生成式AI功能。"
        ),
        obs=[
            ("Total", 2023, 312, "TWD 100 million", "actual"),
            ("Total", 2024, 386, "TWD 100 million", "actual"),
            ("AI冷氣機", 2024, 142, "TWD 100 million", "actual"),
            ("Total", 2028, 822, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2023, 2024, 1.0),
            ("share", 36.8, "percent", 2024, 2024, None),
            ("cagr", 20.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (386 / 312) ** (1 / 1) - 1 = 23.72% -> 23.7
            ("arithmetic", "exact"),  # 142 / 386 = 36.79% -> 36.8
            # (822 / 386) ** (1 / 4) - 1 = 20.80% -> 20.8, not 20.7; bounds (821.5 / 386.5) ** (1/4) - 1 = 20.74%,
            # (822.5 / 385.5) ** (1/4) - 1 = 20.86% -> 20.7 (20.65-20.75) reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong newspaper story in 億港元 (HKD 100 million): 按年增長 with both amounts, a part (智能門鐘) whose share
    #     is given only as a fraction in words (約佔三分之一, no claim), an approximate 2027 forecast at its printed
    #     figure. Expected nowhere: the 270萬 households, the HK$1,299 doorbell price, last year's whole electrical
    #     and photographic retail sales.
    dict(
        text=(
            "【本報訊】香港智慧家居聯盟昨日（6月18日）發表年度報告指出，2024年本港AI家居保安鏡頭及智能門鐘市場規模達"
            "12.6億港元，按年增長18%，2023年為10.7億港元。其中智能門鐘銷售額為4.1億港元，約佔三分之一。聯盟預計，2027年"
            "市場規模將增至約21億港元。報告又指，全港約有270萬個住戶，一款具人臉辨識功能的AI門鐘售價約1,299港元；本港"
            "去年電器及攝影器材零售總額則約為230億港元。"
        ),
        obs=[
            ("Total", 2023, 10.7, "HKD 100 million", "actual"),
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("智能門鐘", 2024, 4.1, "HKD 100 million", "actual"),
            ("Total", 2027, 21, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.6 / 10.7) ** (1 / 1) - 1 = 17.76% -> 18
        ],
    ),
    # 14. Taipei news-agency story (Traditional), dateline 2025: 去年 = 2024 (actual), 今年 = 2025 (estimate, 可望);
    #     YoY with both amounts. Expected nowhere: 掃地機器人 占比約七成 (a fraction in words), the 雙11 growth, the
    #     42萬台 units, the leading maker's revenue and margin.
    dict(
        text=(
            "（寶島通訊社記者陳怡君台北2025年3月12日電）產業研究機構遠見產業研究所今天發布報告指出，台灣家用機器人AI"
            "功能市場去年規模為新台幣58億元，今年可望成長24%至72億元，其中掃地機器人占比約七成。報告指出，去年「雙11」"
            "檔期掃地機器人線上銷售額年增35%，全年銷量約42萬台；龍頭業者宏遠科技去年營收新台幣31億元，毛利率約38%。"
        ),
        obs=[
            ("Total", 2024, 58, "TWD 100 million", "actual"),
            ("Total", 2025, 72, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (72 / 58) ** (1 / 1) - 1 = 24.14% -> 24
        ],
    ),
    # 15. Broker deep-dive (Simplified): an approximate 2024 base (约76亿元, actual, at its printed figure) and a 2027
    #     range (two value claims, CNY 100 million). Expected nowhere: the report date, the penetration rates (no
    #     share of the market), the covered company's revenue, margin, target price and upside, the 2,500万台 shipments.
    dict(
        text=(
            "华岳证券研究所 2025年4月 深度报告：割草机器人——AI视觉开启替代周期。我们测算，2024年中国品牌割草机器人AI"
            "功能市场规模约为76亿元，预计2027年将达到180亿—220亿元。核心驱动在于免布线方案渗透率由2024年的约15%提升至"
            "2027年的45%以上。重点公司绿岭智能2024年营收23.6亿元，毛利率41%，给予“买入”评级，目标价86元，对应约28%上涨"
            "空间。全球割草机年出货量约2,500万台。"
        ),
        obs=[
            ("Total", 2024, 76, "CNY 100 million", "actual"),
        ],
        claims=[
            ("value", 180, "CNY 100 million", 2027, 2027, None),
            ("value", 220, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[],
    ),
    # 16. Markdown table (US$ billion) with a CAGR column whose header prints the span (stated); 2030F is an
    #     estimate; a Total row that the segments add to. The white-goods CAGR holds only by rounding, the home
    #     robots CAGR is inconsistent. Expected nowhere: the table number, the source's year.
    dict(
        text=(
            "Table 3: U.S. AI smart-home market by segment (US$ billion)\n"
            "\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| AI voice assistant services | 3.8 | 9.6 | 16.7% |\n"
            "| AI-enabled white goods | 5.2 | 14.9 | 19.4% |\n"
            "| AI security cameras and doorbells | 2.6 | 7.8 | 20.1% |\n"
            "| AI home robots | 1.9 | 6.4 | 24.2% |\n"
            "| Total | 13.5 | 38.7 | 19.2% |\n"
            "\n"
            "Source: Northgate Consumer Tech Research, 2025. F = forecast."
        ),
        obs=[
            ("AI voice assistant services", 2024, 3.8, "USD billion", "actual"),
            ("AI voice assistant services", 2030, 9.6, "USD billion", "estimate"),
            ("AI-enabled white goods", 2024, 5.2, "USD billion", "actual"),
            ("AI-enabled white goods", 2030, 14.9, "USD billion", "estimate"),
            ("AI security cameras and doorbells", 2024, 2.6, "USD billion", "actual"),
            ("AI security cameras and doorbells", 2030, 7.8, "USD billion", "estimate"),
            ("AI home robots", 2024, 1.9, "USD billion", "actual"),
            ("AI home robots", 2030, 6.4, "USD billion", "estimate"),
            ("Total", 2024, 13.5, "USD billion", "actual"),
            ("Total", 2030, 38.7, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 24.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.6 / 3.8) ** (1 / 6) - 1 = 16.70% -> 16.7
            # (14.9 / 5.2) ** (1 / 6) - 1 = 19.18% -> 19.2, not 19.4; bounds (14.85 / 5.25) ** (1/6) - 1 = 18.92%,
            # (14.95 / 5.15) ** (1/6) - 1 = 19.44% -> 19.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (7.8 / 2.6) ** (1 / 6) - 1 = 20.09% -> 20.1
            # (6.4 / 1.9) ** (1 / 6) - 1 = 22.43%; bounds (6.35 / 1.95) ** (1/6) - 1 = 21.75%,
            # (6.45 / 1.85) ** (1/6) - 1 = 23.14% -> 24.2 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (38.7 / 13.5) ** (1 / 6) - 1 = 19.19% -> 19.2
            ("hierarchy", "exact"),  # 2024: 3.8 + 5.2 + 2.6 + 1.9 = 13.5
            ("hierarchy", "exact"),  # 2030F: 9.6 + 14.9 + 7.8 + 6.4 = 38.7
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row; 2025年E is an estimate. 2023 adds exactly,
    #     2024 only by rounding, 2025E is inconsistent. Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表4 2023—2025年中国AI家电细分市场规模（单位：亿元）\n"
            "品类\t2023年\t2024年\t2025年E\n"
            "AI冰箱\t182.6\t221.4\t268.9\n"
            "AI洗衣机\t141.3\t170.2\t207.5\n"
            "AI空调\t205.8\t249.7\t301.2\n"
            "AI厨电\t82.6\t104.5\t138.4\n"
            "合计\t612.3\t745.9\t918.0\n"
            "资料来源：中家智研；2025年E为预测值。"
        ),
        obs=[
            ("AI冰箱", 2023, 182.6, "CNY 100 million", "actual"),
            ("AI冰箱", 2024, 221.4, "CNY 100 million", "actual"),
            ("AI冰箱", 2025, 268.9, "CNY 100 million", "estimate"),
            ("AI洗衣机", 2023, 141.3, "CNY 100 million", "actual"),
            ("AI洗衣机", 2024, 170.2, "CNY 100 million", "actual"),
            ("AI洗衣机", 2025, 207.5, "CNY 100 million", "estimate"),
            ("AI空调", 2023, 205.8, "CNY 100 million", "actual"),
            ("AI空调", 2024, 249.7, "CNY 100 million", "actual"),
            ("AI空调", 2025, 301.2, "CNY 100 million", "estimate"),
            ("AI厨电", 2023, 82.6, "CNY 100 million", "actual"),
            ("AI厨电", 2024, 104.5, "CNY 100 million", "actual"),
            ("AI厨电", 2025, 138.4, "CNY 100 million", "estimate"),
            ("合计", 2023, 612.3, "CNY 100 million", "actual"),
            ("合计", 2024, 745.9, "CNY 100 million", "actual"),
            ("合计", 2025, 918.0, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 182.6 + 141.3 + 205.8 + 82.6 = 612.3
            # 2024: 221.4 + 170.2 + 249.7 + 104.5 = 745.8 vs 745.9; slack 4 x 0.05 + 0.05 = 0.25 -> by rounding only
            ("hierarchy", "rounding"),
            # 2025E: 268.9 + 207.5 + 301.2 + 138.4 = 916.0 vs 918.0; gap 2.0 > slack 0.25 -> inconsistent
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 18. Space-aligned table (Japan, ¥ billion = JPY billion, FY2024 -> 2024) with a share column and a Total row;
    #     the Total's 100.0% is no claim. The 23.0% and 18.1% shares hold only by rounding. Expected nowhere: the
    #     source's name, the FY label.
    dict(
        text=(
            "Japan: AI features in home appliances by category, FY2024\n"
            "(source: Kansai Appliance Data Lab; \u00a5 billion)\n"
            "\n"
            "Category                 \u00a5 bn      Share\n"
            "Air conditioners          71.6      37.4%\n"
            "Refrigerators             43.9      23.0%\n"
            "Washing machines          34.8      18.1%\n"
            "Robot vacuums             22.5      11.7%\n"
            "Other                     18.7       9.8%\n"
            "Total                    191.5     100.0%"
        ),
        obs=[
            ("Air conditioners", 2024, 71.6, "JPY billion", "actual"),
            ("Refrigerators", 2024, 43.9, "JPY billion", "actual"),
            ("Washing machines", 2024, 34.8, "JPY billion", "actual"),
            ("Robot vacuums", 2024, 22.5, "JPY billion", "actual"),
            ("Other", 2024, 18.7, "JPY billion", "actual"),
            ("Total", 2024, 191.5, "JPY billion", "actual"),
        ],
        claims=[
            ("share", 37.4, "percent", 2024, 2024, None),
            ("share", 23.0, "percent", 2024, 2024, None),
            ("share", 18.1, "percent", 2024, 2024, None),
            ("share", 11.7, "percent", 2024, 2024, None),
            ("share", 9.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 71.6 / 191.5 = 37.39% -> 37.4
            # 43.9 / 191.5 = 22.92% -> 22.9, not 23.0; bounds 43.85 / 191.55 = 22.89%, 43.95 / 191.45 = 22.96%
            # -> 23.0 (22.95-23.05) reached only by some reading
            ("arithmetic", "rounding"),
            # 34.8 / 191.5 = 18.17% -> 18.2, not 18.1; bounds 34.75 / 191.55 = 18.14%, 34.85 / 191.45 = 18.20%
            # -> 18.1 (18.05-18.15) reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 22.5 / 191.5 = 11.749% -> 11.7
            ("arithmetic", "exact"),  # 18.7 / 191.5 = 9.77% -> 9.8
            ("hierarchy", "exact"),  # 71.6 + 43.9 + 34.8 + 22.5 + 18.7 = 191.5
        ],
    ),
    # 19. Vertical pipe table whose rows are years; the lone value column is headed by its unit only, so it is the
    #     market's Total (EUR million); a YoY column (each rate 1 year); 2025E an estimate; the 2024 YoY is
    #     inconsistent. Expected nowhere: the 1.9 million AI units and 9.4 million appliances in the note.
    dict(
        text=(
            "Germany: sales of AI-enabled white goods (fridges, washers, dryers and dishwashers with on-device AI)\n"
            "Year | EUR million | YoY\n"
            "2021 | 312 | -\n"
            "2022 | 398 | 27.6%\n"
            "2023 | 471 | 18.3%\n"
            "2024 | 566 | 21.2%\n"
            "2025E | 660 | 16.6%\n"
            "Source: Fachverband Hausger\u00e4te-Intelligenz (FHI), Cologne; 2025E = association estimate. AI models were "
            "1.9 million of the 9.4 million large appliances sold in 2024."
        ),
        obs=[
            ("Total", 2021, 312, "EUR million", "actual"),
            ("Total", 2022, 398, "EUR million", "actual"),
            ("Total", 2023, 471, "EUR million", "actual"),
            ("Total", 2024, 566, "EUR million", "actual"),
            ("Total", 2025, 660, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 27.6, "percent", 2021, 2022, 1.0),
            ("growth", 18.3, "percent", 2022, 2023, 1.0),
            ("growth", 21.2, "percent", 2023, 2024, 1.0),
            ("growth", 16.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (398 / 312) ** (1 / 1) - 1 = 27.56% -> 27.6
            ("cagr|implied", "exact"),  # (471 / 398) ** (1 / 1) - 1 = 18.34% -> 18.3
            # (566 / 471) ** (1 / 1) - 1 = 20.17%; bounds 565.5 / 471.5 - 1 = 19.94%, 566.5 / 470.5 - 1 = 20.40%
            # -> 21.2 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (660 / 566) ** (1 / 1) - 1 = 16.61% -> 16.6
        ],
    ),
    # 20. Tab-separated UK segment table (GBP million) with a Total row; 2023 adds exactly, 2024 only by rounding.
    #     Expected nowhere: the table number, the 2,400 households surveyed.
    dict(
        text=(
            "Table 6. UK consumer spending on AI smart-home features by segment (GBP million)\n"
            "Segment\t2023\t2024\n"
            "AI voice assistants and smart speakers\t318\t384\n"
            "AI security cameras and doorbells\t287\t352\n"
            "AI home energy management\t214\t271\n"
            "Robot vacuums and mowers (AI features)\t196\t240\n"
            "Total\t1,015\t1,248\n"
            "Source: Thamesbridge Consumer Research, survey of 2,400 households."
        ),
        obs=[
            ("AI voice assistants and smart speakers", 2023, 318, "GBP million", "actual"),
            ("AI voice assistants and smart speakers", 2024, 384, "GBP million", "actual"),
            ("AI security cameras and doorbells", 2023, 287, "GBP million", "actual"),
            ("AI security cameras and doorbells", 2024, 352, "GBP million", "actual"),
            ("AI home energy management", 2023, 214, "GBP million", "actual"),
            ("AI home energy management", 2024, 271, "GBP million", "actual"),
            ("Robot vacuums and mowers (AI features)", 2023, 196, "GBP million", "actual"),
            ("Robot vacuums and mowers (AI features)", 2024, 240, "GBP million", "actual"),
            ("Total", 2023, 1015, "GBP million", "actual"),
            ("Total", 2024, 1248, "GBP million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 318 + 287 + 214 + 196 = 1,015
            # 2024: 384 + 352 + 271 + 240 = 1,247 vs 1,248; slack 4 x 0.5 + 0.5 = 2.5 -> by rounding only
            ("hierarchy", "rounding"),
        ],
    ),
    # 21. Earnings-call answer (English prose): a company sizes its TAM (Total) for "this year" (2025, the call's
    #     year, an estimate) beside "last year" (2024, actual), YoY growth and a CAGR over a printed span to a 2029
    #     forecast, all in USD billion. Expected nowhere: the quarter label, third-quarter revenue, gross margin, hubs
    #     shipped in the quarter, the 20% share target, the 2028 of that target.
    dict(
        text=(
            "Harborline Home Systems, Q3 2025 earnings call, October 29, 2025 (transcript excerpt)\n"
            "Analyst, Wexford Securities: Can you help us size the opportunity for the AI assistant layer?\n"
            "Dana Whitcombe, CEO: Sure. We think the total addressable market for AI voice and automation services "
            "across U.S. connected homes is about $14.2 billion this year, up from $11.6 billion last year, so "
            "roughly 22% growth. By 2029 we see it at $31 billion, which is a compound rate of around 22% from 2025 "
            "to 2029. For our part, third-quarter revenue was $418 million, gross margin came in at 41.3%, and we "
            "shipped 2.6 million hubs in the quarter. Longer term we're aiming for a 20% share of that TAM by 2028, "
            "and the assistant is what gets us there."
        ),
        obs=[
            ("Total", 2024, 11.6, "USD billion", "actual"),
            ("Total", 2025, 14.2, "USD billion", "estimate"),
            ("Total", 2029, 31, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
            ("cagr", 22, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.2 / 11.6) ** (1 / 1) - 1 = 22.41% -> 22; bounds 21.46..23.38
            ("cagr|implied", "exact"),  # (31 / 14.2) ** (1 / 4) - 1 = 21.55% -> 22; bounds 20.95..22.15
        ],
    ),
    # 22. Working-paper abstract (English prose), Germany, EUR billion: a rise printed as 25.4% while the amounts
    #     give 25.54% (rounding only), a CAGR with printed span to 2030. Expected nowhere: the paper number, the
    #     revision date, the 3,200 households, the 9% of homes (a penetration rate), the EUR 9.8 billion appliance market.
    dict(
        text=(
            "Working Paper No. 24-117, Leipzig Institute for Household Technology and Energy Economics, revised "
            "March 2025.\n"
            "Abstract: Using transaction data from 3,200 households and installer price lists, we estimate that "
            "German spending on AI-based home energy management, meaning software and controllers that schedule "
            "heat pumps, wallboxes and rooftop-solar batteries, rose from \u20ac1.84 billion in 2023 to \u20ac2.31 "
            "billion in 2024, an increase of 25.4%. Under our baseline scenario the market reaches \u20ac5.6 billion "
            "in 2030, a compound annual rate of 16% over 2024-2030. Adoption remains thin: only 9% of owner-occupied "
            "homes run such a system, and the broader German household-appliance market, worth \u20ac9.8 billion, "
            "dwarfs it. We discuss how dynamic tariffs and the 2024 building-energy law change the payback of "
            "these systems and why installers, not appliance makers, capture most of the value."
        ),
        obs=[
            ("Total", 2023, 1.84, "EUR billion", "actual"),
            ("Total", 2024, 2.31, "EUR billion", "actual"),
            ("Total", 2030, 5.6, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 25.4, "percent", 2023, 2024, 1.0),
            ("cagr", 16, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (2.31 / 1.84) ** (1 / 1) - 1 = 25.54% -> 25.5, not 25.4; bounds (2.305 / 1.845) - 1 = 24.93%,
            # (2.315 / 1.835) - 1 = 26.16% -> 25.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (5.6 / 2.31) ** (1 / 6) - 1 = 15.90% -> 16; bounds 15.69..16.12
        ],
    ),
    # 23. Social-media thread (English prose, numbered posts), UK home robots in GBP million; the 2030 figure in
    #     billions converted to GBP million; "more than triple" is a x3 multiple over 2024-2030 with no verdict.
    #     Expected nowhere: the Black Friday week's sales, the 1.1m units, the GBP 449 price, the 38% survey answer.
    dict(
        text=(
            "1/ New numbers on the UK's AI home-robot market (robot vacuums plus robotic lawn mowers with on-board "
            "AI), from Kestrel Insight's spring tracker. Thread.\n"
            "2/ Spending hit \u00a3412m in 2024, up 31% from \u00a3315m in 2023.\n"
            "3/ Robot vacuums did the heavy lifting: \u00a3287m, about 70% of the total. Mowers were \u00a3125m.\n"
            "4/ Black Friday week alone moved \u00a358m of kit, and Kestrel counts 1.1m units sold across the year. "
            "Average vacuum price: \u00a3449.\n"
            "5/ Kestrel's call: \u00a31.3bn by 2030, more than triple 2024's level.\n"
            "6/ Caveat: 38% of owners in their survey say they never use the AI mapping features. /end"
        ),
        obs=[
            ("Total", 2023, 315, "GBP million", "actual"),
            ("Total", 2024, 412, "GBP million", "actual"),
            ("Robot vacuums", 2024, 287, "GBP million", "actual"),
            ("Mowers", 2024, 125, "GBP million", "actual"),
            ("Total", 2030, 1300, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("share", 70, "percent", 2024, 2024, None),
            ("multiple", 3, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (412 / 315) ** (1 / 1) - 1 = 30.79% -> 31; bounds 30.43..31.16
            ("arithmetic", "exact"),  # 287 / 412 = 69.66% -> 70; bounds 69.46..69.87
        ],
    ),
    # 24. Web article with a correction line (English prose), France, EUR million: the corrected 2024 figure (604)
    #     is the one expected; the doorbell share printed 28% while its amounts give 25.0% (inconsistent); 2027 in
    #     billions converted. Expected nowhere: the misstated EUR 640 million, the 2.3 million cameras, the EUR 129
    #     price, the EUR 15.8 billion consumer-electronics market, the dateline and correction date.
    dict(
        text=(
            "Smart doorbells learn to tell a courier from a burglar\n"
            "Technology desk, Paris, 11 June 2025\n"
            "French households and landlords spent \u20ac604 million on AI-enabled home-security cameras and video "
            "doorbells in 2024, up 18% from \u20ac512 million a year earlier, according to the Observatoire Domotique "
            "Hexagone. Video doorbells with on-device person detection accounted for \u20ac151 million, or 28% of the "
            "total, while indoor and outdoor cameras made up the rest. The observatory expects the segment to reach "
            "\u20ac1.02 billion in 2027. Some 2.3 million AI cameras were sold last year at an average price of "
            "\u20ac129, and the wider French consumer-electronics market was worth \u20ac15.8 billion.\n"
            "Correction, 12 June 2025: An earlier version of this article gave the 2024 market as \u20ac640 million. "
            "The correct figure is \u20ac604 million."
        ),
        obs=[
            ("Total", 2023, 512, "EUR million", "actual"),
            ("Total", 2024, 604, "EUR million", "actual"),
            ("Video doorbells with on-device person detection", 2024, 151, "EUR million", "actual"),
            ("Total", 2027, 1020, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("share", 28, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (604 / 512) ** (1 / 1) - 1 = 17.97% -> 18; bounds 17.76..18.18
            # 151 / 604 = 25.00% -> 25, not 28; bounds 150.5 / 604.5 = 24.90%, 151.5 / 603.5 = 25.10% -> never 28
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 25. Annual-report letter to shareholders (English prose), Japan, JPY billion, fiscal years counted as their
    #     number; YoY growth and a CAGR over a printed fiscal span. Expected nowhere: the company's own net sales
    #     (JPY 1.12 trillion) and operating margin, the 30% share goal and its fiscal 2027, the 28,400 employees.
    dict(
        text=(
            "To our shareholders\n"
            "Fiscal 2024 was the year on-device AI moved from the showroom to the laundry room. By our estimate, "
            "drawing on figures from the Japan Home Appliance Institute, the domestic market for AI-equipped white "
            "goods, meaning refrigerators, washing machines and air conditioners that learn a household's routines, "
            "reached \u00a5386 billion in fiscal 2024, up 12.9% from \u00a5342 billion in fiscal 2023. We expect it "
            "to reach \u00a5600 billion in fiscal 2028, a compound annual growth rate of 11.7% over fiscal 2024-2028. "
            "Your company's own net sales were \u00a51.12 trillion, with an operating margin of 6.8%, and we have set "
            "ourselves the goal of a 30% share of the AI white-goods market by fiscal 2027. I thank our 28,400 "
            "employees for their work and you for your continued support.\n"
            "Kenji Moriyama, President and CEO, Sakuragawa Electric Co., Ltd., June 2025"
        ),
        obs=[
            ("Total", 2023, 342, "JPY billion", "actual"),
            ("Total", 2024, 386, "JPY billion", "actual"),
            ("Total", 2028, 600, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 12.9, "percent", 2023, 2024, 1.0),
            ("cagr", 11.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (386 / 342) ** (1 / 1) - 1 = 12.87% -> 12.9; bounds 12.56..13.18
            ("cagr|implied", "exact"),  # (600 / 386) ** (1 / 4) - 1 = 11.66% -> 11.7; bounds 11.60..11.72
        ],
    ),
    # 26. Investor-day slide bullets (English prose): the platform vendor's TAM is the Total (2024A actual, 2025E
    #     and 2028E estimates, USD billion); YoY and a CAGR with printed span. Expected nowhere: the event's title
    #     year, the slide number, the vendor's FY2024 revenue and EBITDA margin, the 14M households, the 25% share
    #     target, the Series D round and its valuation.
    dict(
        text=(
            "Nestwise Investor Day 2025, New York, September 16, 2025\n"
            "Slide 14: The AI home-automation opportunity\n"
            "- 2024A TAM: $8.7B (AI home-automation platforms and services, U.S. and Europe)\n"
            "- 2025E TAM: $10.9B, +25% YoY\n"
            "- 2028E TAM: $19.4B, a 21% CAGR 2025E-2028E\n"
            "- Nestwise FY2024 revenue: $612M; adj. EBITDA margin 18%\n"
            "- 14M households on the platform; target 25% share of TAM by 2028\n"
            "- Series D (2023): $240M raised at a $3.1B valuation\n"
            "- Drivers: on-device models in hubs, energy tariffs, insurer discounts for AI security"
        ),
        obs=[
            ("Total", 2024, 8.7, "USD billion", "actual"),
            ("Total", 2025, 10.9, "USD billion", "estimate"),
            ("Total", 2028, 19.4, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
            ("cagr", 21, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (10.9 / 8.7) ** (1 / 1) - 1 = 25.29% -> 25; bounds 24.00..26.59
            ("cagr|implied", "exact"),  # (19.4 / 10.9) ** (1 / 3) - 1 = 21.19% -> 21; bounds 20.90..21.48
        ],
    ),
    # 27. Forum answer quoting two research houses (English prose), Italy, EUR million: the first house (base,
    #     forecast and rates) gives the figures; its rise printed 22.5% while the amounts give 22.31% (rounding
    #     only). Expected nowhere: the second house's EUR 175 million for 2024, the EUR 3.9 billion consumer-
    #     electronics spend, the 7 million speakers, the answer and upvote counts.
    dict(
        text=(
            "Q: Does anyone have a reliable figure for the Italian market for AI voice assistants and smart-speaker "
            "services?\n"
            "A (domotica_milano, 3 answers, 14 upvotes): Two houses publish on this and they don't agree. Lumen "
            "Ricerche puts Italian spending on AI voice-assistant and smart-speaker services at \u20ac148 million "
            "in 2024, up 22.5% from \u20ac121 million in 2023, and forecasts \u20ac290 million in 2028, a CAGR of "
            "18.3% over 2024-2028. Vantage Analytics Europe has a higher 2024 figure, \u20ac175 million, because it "
            "counts part of the speaker hardware as well. Either way it is a sliver of the \u20ac3.9 billion "
            "Italians spend on consumer electronics each year, and there are roughly 7 million smart speakers in "
            "Italian homes. I'd go with Lumen's series since it gives a base, a forecast and the method."
        ),
        obs=[
            ("Total", 2023, 121, "EUR million", "actual"),
            ("Total", 2024, 148, "EUR million", "actual"),
            ("Total", 2028, 290, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 22.5, "percent", 2023, 2024, 1.0),
            ("cagr", 18.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (148 / 121) ** (1 / 1) - 1 = 22.31% -> 22.3, not 22.5; bounds 147.5 / 121.5 - 1 = 21.40%,
            # 148.5 / 120.5 - 1 = 23.24% -> 22.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (290 / 148) ** (1 / 4) - 1 = 18.31% -> 18.3; bounds 18.16..18.47
        ],
    ),
    # 28. Broker note in won (English prose), South Korea: won is not in the unit table, so no observation; its
    #     YoY rate, CAGR (printed span) and the 46% segment share are claims, with no verdicts (no figures to audit
    #     them against). Expected nowhere: the dateline, the 11.2x P/E, the target price and its 24% upside, the
    #     5.8 million appliances shipped.
    dict(
        text=(
            "Seoul, 7 April 2025. Hanul Investment & Securities, Korea Consumer Tech (Overweight)\n"
            "AI is now the selling point, not the sticker. We estimate the Korean market for AI-enabled home "
            "appliances at \u20a94.2 trillion in 2024, up 19% from \u20a93.53 trillion in 2023, and forecast "
            "\u20a98.1 trillion in 2028, a 17.8% CAGR over 2024-2028. AI refrigerators and washing machines account "
            "for 46% of the market, with AI air conditioners the fastest-growing category. Our top pick trades at "
            "11.2x 2025E earnings; our target price of \u20a9128,000 implies 24% upside. The country shipped 5.8 "
            "million AI appliances last year, and we expect replacement demand to keep the category ahead of the "
            "wider appliance cycle."
        ),
        obs=[],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("cagr", 17.8, "percent", 2024, 2028, None, "stated"),
            ("share", 46, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified Chinese prose), CNY 100 million: YoY with both amounts, a part (AI空调)
    #     with its share, a 2027 target (突破, at its printed figure) with a CAGR over a printed span. Expected
    #     nowhere: the dateline, the white paper's title year, 约三成 (a fraction in words), the 双11 online sales,
    #     the 1.1亿台 units.
    dict(
        text=(
            "新华社北京3月18日电(记者王晓帆)中国家用电器研究会18日在京发布的《2025年中国AI家电产业发展白皮书》显示,"
            "2024年我国AI智能家电市场规模达到2860亿元,较2023年的2482亿元增长15.2%,约占家电行业整体规模的三成。"
            "其中,AI空调市场规模为812亿元,占比28.4%,是最大的细分品类。白皮书预计,到2027年我国AI智能家电市场"
            "规模将突破4500亿元,2024—2027年年均复合增长率约为16.3%。另据统计,2024年“双11”期间AI家电线上销售额"
            "达到326亿元,全年AI家电销量超过1.1亿台。业内人士表示,端侧大模型正从高端机型向主流价位段下沉。"
        ),
        obs=[
            ("Total", 2023, 2482, "CNY 100 million", "actual"),
            ("Total", 2024, 2860, "CNY 100 million", "actual"),
            ("AI空调", 2024, 812, "CNY 100 million", "actual"),
            ("Total", 2027, 4500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 15.2, "percent", 2023, 2024, 1.0),
            ("share", 28.4, "percent", 2024, 2024, None),
            ("cagr", 16.3, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2860 / 2482) ** (1 / 1) - 1 = 15.23% -> 15.2; bounds 15.19..15.27
            ("arithmetic", "exact"),  # 812 / 2860 = 28.39% -> 28.4; bounds 28.37..28.41
            ("cagr|implied", "exact"),  # (4500 / 2860) ** (1 / 3) - 1 = 16.31% -> 16.3; bounds 16.30..16.32
        ],
    ),
    # 30. Municipal action plan (Simplified Chinese prose), CNY 100 million: a 2024 base, 2027 targets for the
    #     whole and two parts (estimates; 突破 at its printed figure), and an average growth rate whose span only
    #     the amounts' years give (inferred, cagr|period). Expected nowhere: the plan's title years and document
    #     number, the 10亿元 revenue threshold, the 15 firms, the 200 communities, the 60% penetration rate, the
    #     whole appliance industry's 3500亿元 target.
    dict(
        text=(
            "《杭州市人工智能+智能家居产业高质量发展行动计划(2025—2027年)》(杭政办函〔2025〕31号)提出:2024年,"
            "全市AI智能家居产业规模达到680亿元。到2027年,全市AI智能家居产业规模突破1200亿元,年均增长约21%;"
            "其中,AI家庭服务机器人产业规模达到260亿元,AI家庭能源管理产业规模达到150亿元。培育营业收入超10亿元的"
            "龙头企业15家以上,建设智能家居示范社区200个,新建住宅智能家居渗透率达到60%,全市家电产业总规模力争突破"
            "3500亿元。计划要求各区县加强用地、人才和算力保障,支持企业开展端侧大模型适配和家居场景数据开放。"
        ),
        obs=[
            ("Total", 2024, 680, "CNY 100 million", "actual"),
            ("Total", 2027, 1200, "CNY 100 million", "estimate"),
            ("AI家庭服务机器人", 2027, 260, "CNY 100 million", "estimate"),
            ("AI家庭能源管理", 2027, 150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1200 / 680) ** (1 / 3) - 1 = 20.84% -> 21; bounds 20.80..20.89
        ],
    ),
    # 31. Taipei research release (Traditional Chinese prose), TWD 100 million: YoY with both amounts, a part
    #     (AI冷氣, 約 at its printed figure) with its share, a 2027 forecast with a CAGR over a printed span.
    #     Expected nowhere: the release date, the report's title year, the 1,050 consumers, the 58% survey answer,
    #     the 52萬台 smart speakers shipped.
    dict(
        text=(
            "【台北訊】財團法人台灣智慧生活產業研究院今(15)日發布《2025台灣智慧家庭市場展望》指出,2024年台灣AI家電"
            "市場規模達新台幣186億元,較2023年的152億元成長22.4%;其中AI冷氣約71億元,占比約38%,為最大品類。研究院"
            "預估,2027年市場規模將達新台幣325億元,2024至2027年年複合成長率為20.4%。研究院同時調查1,050位消費者,"
            "有58%表示願意為AI節能功能多付費;智慧音箱去年出貨約52萬台。研究院分析,電價調漲與節能補助是推升AI冷氣"
            "與AI冰箱換機需求的兩大動力。"
        ),
        obs=[
            ("Total", 2023, 152, "TWD 100 million", "actual"),
            ("Total", 2024, 186, "TWD 100 million", "actual"),
            ("AI冷氣", 2024, 71, "TWD 100 million", "actual"),
            ("Total", 2027, 325, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
            ("share", 38, "percent", 2024, 2024, None),
            ("cagr", 20.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (186 / 152) ** (1 / 1) - 1 = 22.37% -> 22.4; bounds 21.64..23.10
            ("arithmetic", "exact"),  # 71 / 186 = 38.17% -> 38; bounds 37.80..38.54
            ("cagr|implied", "exact"),  # (325 / 186) ** (1 / 3) - 1 = 20.45% -> 20.4; bounds 20.28..20.62
        ],
    ),
    # 32. Hong Kong association report (Traditional Chinese prose), HKD 100 million: a YoY printed 11.9% while the
    #     amounts give 11.81% (rounding only), two parts with shares, a 2026 forecast. Expected nowhere: the
    #     report's title year, the 312億港元 appliance retail total, the 雙十一 rise (三成, a fraction in words),
    #     the 1,200 households and the 41% survey answer, the founding year and the 230 member firms.
    dict(
        text=(
            "香港智能家居及電器商會昨日發表《2025年度香港智能家居市場報告》。報告指出,2024年本港AI智能家居市場規模約為"
            "42.6億港元,按年增長11.9%,2023年則為38.1億港元。其中AI保安攝錄機及智能門鐘市場規模為9.8億港元,佔整體"
            "約23%;AI家居能源管理則有5.2億港元,佔12%。商會預計,市場規模於2026年可達55億港元。報告亦提到,本港家電"
            "零售總額去年約為312億港元,「雙十一」期間網購智能家居產品按年增加三成;商會訪問了1,200個家庭,其中41%"
            "已使用語音助理。商會成立於1998年,現有會員企業230間。"
        ),
        obs=[
            ("Total", 2023, 38.1, "HKD 100 million", "actual"),
            ("Total", 2024, 42.6, "HKD 100 million", "actual"),
            ("AI保安攝錄機及智能門鐘", 2024, 9.8, "HKD 100 million", "actual"),
            ("AI家居能源管理", 2024, 5.2, "HKD 100 million", "actual"),
            ("Total", 2026, 55, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 11.9, "percent", 2023, 2024, 1.0),
            ("share", 23, "percent", 2024, 2024, None),
            ("share", 12, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (42.6 / 38.1) ** (1 / 1) - 1 = 11.81% -> 11.8, not 11.9; bounds 42.55 / 38.15 - 1 = 11.53%,
            # 42.65 / 38.05 - 1 = 12.09% -> 11.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 9.8 / 42.6 = 23.00% -> 23; bounds 22.86..23.15
            ("arithmetic", "exact"),  # 5.2 / 42.6 = 12.21% -> 12; bounds 12.08..12.34
        ],
    ),
    # 33. PTT post (Traditional Chinese prose, 標題 [情報]), TWD 100 million: 去年 is 2024 (the post is dated
    #     2025), 今年 is 2025 (an estimate), 2028 a forecast; the title's rounded 56億 yields to the body's 56.7;
    #     the YoY printed 17.1% while the amounts give 16.91% (rounding only). Expected nowhere: 約八成 (a fraction in
    #     words), the 618 and 雙11 sales, the 3.2億元 single-day figure, the 29,990元 price.
    dict(
        text=(
            "作者 robotmomo (掃地阿伯) 看板 E-appliance\n"
            "標題 [情報] 掃地機器人+割草機AI功能市場 今年估破56億\n"
            "時間 Sat Jul 19 21:43:08 2025\n"
            "看到山嵐顧問的新報告,整理一下重點:\n"
            "台灣掃地機器人和割草機器人的AI功能市場(避障、建圖、語音那些),去年規模約新台幣48.5億元,今年預估成長"
            "17.1%到56.7億元,2028年上看90億元。\n"
            "報告說掃地機的AI功能佔了約八成,割草機還很小眾。\n"
            "618跟雙11各賣了一波,光雙11單日就有3.2億元成交,不過那是全品項,不只AI。\n"
            "我家那台新機29,990元,避障真的有差,不會再吃襪子了。\n"
            "--\n"
            "※ 發信站: 批踢踢實業坊(ptt.cc)"
        ),
        obs=[
            ("Total", 2024, 48.5, "TWD 100 million", "actual"),
            ("Total", 2025, 56.7, "TWD 100 million", "estimate"),
            ("Total", 2028, 90, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (56.7 / 48.5) ** (1 / 1) - 1 = 16.91% -> 16.9, not 17.1; bounds 56.65 / 48.55 - 1 = 16.68%,
            # 56.75 / 48.45 - 1 = 17.13% -> 17.1 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Broker abstract (Simplified Chinese prose), CNY 100 million: YoY with both amounts, a part with its
    #     share, a 2026 range (two value claims, no observation for that year), a 2030 target (有望, estimate).
    #     Expected nowhere: the title's 千亿 phrase, the dateline, the covered firm's target price and 35% upside,
    #     its revenue and gross margin, the rating.
    dict(
        text=(
            "【华岳证券·行业深度】AI家庭机器人:从扫地到陪伴,千亿赛道开启(2025年5月20日)\n"
            "投资要点:我们测算,2024年中国AI家庭机器人市场规模为186亿元,同比增长28%(2023年为145亿元);其中AI扫地"
            "机器人112亿元,占比60%,割草、泳池清洁与陪伴机器人仍处导入期。我们预计2026年市场规模为320亿—360亿元,"
            "2030年有望达到1000亿元。受益标的XX科技(目标价68元,较现价有35%上涨空间)2024年营收58.6亿元、毛利率"
            "46.2%。维持行业“强于大市”评级。风险提示:大模型落地不及预期,价格竞争加剧。"
        ),
        obs=[
            ("Total", 2023, 145, "CNY 100 million", "actual"),
            ("Total", 2024, 186, "CNY 100 million", "actual"),
            ("AI扫地机器人", 2024, 112, "CNY 100 million", "actual"),
            ("Total", 2030, 1000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
            ("share", 60, "percent", 2024, 2024, None),
            ("value", 320, "CNY 100 million", 2026, 2026, None),
            ("value", 360, "CNY 100 million", 2026, 2026, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (186 / 145) ** (1 / 1) - 1 = 28.28% -> 28; bounds 27.49..29.07
            ("arithmetic", "exact"),  # 112 / 186 = 60.22% -> 60; bounds 59.79..60.65
        ],
    ),
    # 35. Results-briefing transcript (Simplified Chinese prose), CNY 100 million: 今年 is 2025 (the briefing's
    #     year, an estimate, 左右 at its printed figure), 去年 2024 (actual), 2027 (有望, estimate); YoY with both
    #     amounts. Expected nowhere: the dateline, the company's half-year revenue and its growth, the second
    #     quarter's revenue, the gross margin, the 30% share target, the 618 growth.
    dict(
        text=(
            "【2025年半年度业绩说明会文字实录】(2025年8月29日)\n"
            "投资者提问:请问公司如何看待AI空调的市场空间?\n"
            "董事会秘书周立新:感谢您的关注。据行业机构测算,今年国内AI空调市场规模预计在480亿元左右,去年约为395"
            "亿元,同比增长约21.5%;到2027年有望超过700亿元。公司上半年实现营业收入126.4亿元,同比增长9.8%,其中"
            "第二季度营收68.1亿元,毛利率27.5%。公司力争2027年AI空调市场占有率达到30%。今年“618”期间,公司AI空调"
            "线上销售额同比增长42%。后续我们将持续投入端侧大模型与变频控制算法。"
        ),
        obs=[
            ("Total", 2024, 395, "CNY 100 million", "actual"),
            ("Total", 2025, 480, "CNY 100 million", "estimate"),
            ("Total", 2027, 700, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (480 / 395) ** (1 / 1) - 1 = 21.52% -> 21.5; bounds 21.24..21.80
        ],
    ),
    # 36. Markdown table by segment with a CAGR column (US, USD billion): rows by label, 2025E and 2030F estimates,
    #     a CAGR per row over the printed 2024-30 span; the home-robot CAGR printed 21.8% while its amounts give
    #     22.04% (rounding only); the Total row adds up in every year. Expected nowhere: the table number, the
    #     title's year span, the tracker's quarter edition, the 62 million devices shipped.
    dict(
        text=(
            "Table 4. U.S. AI smart-home market by segment, 2024-2030 (US$ billion)\n"
            "| Segment | 2024 | 2025E | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|---|\n"
            "| AI voice assistants & smart-speaker services | 3.8 | 4.5 | 9.6 | 16.7% |\n"
            "| AI in white goods | 5.2 | 6.3 | 15.1 | 19.4% |\n"
            "| AI security cameras & doorbells | 4.1 | 4.8 | 9.9 | 15.8% |\n"
            "| AI energy management | 1.6 | 2.1 | 6.2 | 25.3% |\n"
            "| Home robots (AI features) | 2.3 | 2.9 | 7.6 | 21.8% |\n"
            "| Total | 17.0 | 20.6 | 48.4 | 19.1% |\n"
            "Source: Meridian Consumer Research, U.S. Smart Home Tracker, Q2 2025 edition. E = estimate, "
            "F = forecast. Unit shipments (62 million devices in 2024) are not included."
        ),
        obs=[
            ("AI voice assistants & smart-speaker services", 2024, 3.8, "USD billion", "actual"),
            ("AI voice assistants & smart-speaker services", 2025, 4.5, "USD billion", "estimate"),
            ("AI voice assistants & smart-speaker services", 2030, 9.6, "USD billion", "estimate"),
            ("AI in white goods", 2024, 5.2, "USD billion", "actual"),
            ("AI in white goods", 2025, 6.3, "USD billion", "estimate"),
            ("AI in white goods", 2030, 15.1, "USD billion", "estimate"),
            ("AI security cameras & doorbells", 2024, 4.1, "USD billion", "actual"),
            ("AI security cameras & doorbells", 2025, 4.8, "USD billion", "estimate"),
            ("AI security cameras & doorbells", 2030, 9.9, "USD billion", "estimate"),
            ("AI energy management", 2024, 1.6, "USD billion", "actual"),
            ("AI energy management", 2025, 2.1, "USD billion", "estimate"),
            ("AI energy management", 2030, 6.2, "USD billion", "estimate"),
            ("Home robots (AI features)", 2024, 2.3, "USD billion", "actual"),
            ("Home robots (AI features)", 2025, 2.9, "USD billion", "estimate"),
            ("Home robots (AI features)", 2030, 7.6, "USD billion", "estimate"),
            ("Total", 2024, 17.0, "USD billion", "actual"),
            ("Total", 2025, 20.6, "USD billion", "estimate"),
            ("Total", 2030, 48.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 25.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.6 / 3.8) ** (1 / 6) - 1 = 16.70% -> 16.7; bounds 16.35..17.06
            ("cagr|implied", "exact"),  # (15.1 / 5.2) ** (1 / 6) - 1 = 19.44% -> 19.4; bounds 19.19..19.70
            ("cagr|implied", "exact"),  # (9.9 / 4.1) ** (1 / 6) - 1 = 15.83% -> 15.8; bounds 15.50..16.16
            ("cagr|implied", "exact"),  # (6.2 / 1.6) ** (1 / 6) - 1 = 25.33% -> 25.3; bounds 24.52..26.16
            # (7.6 / 2.3) ** (1 / 6) - 1 = 22.04% -> 22.0, not 21.8; bounds (7.55 / 2.35) ** (1/6) - 1 = 21.47%,
            # (7.65 / 2.25) ** (1/6) - 1 = 22.63% -> 21.8 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (48.4 / 17.0) ** (1 / 6) - 1 = 19.05% -> 19.1; bounds 18.97..19.13
            ("hierarchy", "exact"),  # 2024: 3.8 + 5.2 + 4.1 + 1.6 + 2.3 = 17.0
            ("hierarchy", "exact"),  # 2025E: 4.5 + 6.3 + 4.8 + 2.1 + 2.9 = 20.6
            ("hierarchy", "exact"),  # 2030F: 9.6 + 15.1 + 9.9 + 6.2 + 7.6 = 48.4
        ],
    ),
    # 37. Tab-separated table in yen (JPY billion, fiscal years as their number) with a YoY column: one YoY is a
    #     decline (negative rate); the washing-machine YoY printed +16.3% while its amounts give 13.62%
    #     (inconsistent); the Total row adds up in both years. Expected nowhere: the table number, the 4.6 million
    #     units, the fiscal year-end month.
    dict(
        text=(
            "Table 2: Japan AI home-appliance market by product (\u00a5 billion, fiscal years)\n"
            "Product\tFY2023\tFY2024\tYoY\n"
            "AI refrigerators\t98.4\t112.6\t+14.4%\n"
            "AI washing machines\t71.2\t80.9\t+16.3%\n"
            "AI air conditioners\t142.5\t168.3\t+18.1%\n"
            "AI robot vacuums\t31.6\t29.4\t-7.0%\n"
            "Total\t343.7\t391.2\t+13.8%\n"
            "Source: Japan Home Appliance Institute; fiscal years end in March. Unit shipments (4.6 million in FY2024) "
            "are excluded."
        ),
        obs=[
            ("AI refrigerators", 2023, 98.4, "JPY billion", "actual"),
            ("AI refrigerators", 2024, 112.6, "JPY billion", "actual"),
            ("AI washing machines", 2023, 71.2, "JPY billion", "actual"),
            ("AI washing machines", 2024, 80.9, "JPY billion", "actual"),
            ("AI air conditioners", 2023, 142.5, "JPY billion", "actual"),
            ("AI air conditioners", 2024, 168.3, "JPY billion", "actual"),
            ("AI robot vacuums", 2023, 31.6, "JPY billion", "actual"),
            ("AI robot vacuums", 2024, 29.4, "JPY billion", "actual"),
            ("Total", 2023, 343.7, "JPY billion", "actual"),
            ("Total", 2024, 391.2, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 14.4, "percent", 2023, 2024, 1.0),
            ("growth", 16.3, "percent", 2023, 2024, 1.0),
            ("growth", 18.1, "percent", 2023, 2024, 1.0),
            ("growth", -7.0, "percent", 2023, 2024, 1.0),
            ("growth", 13.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (112.6 / 98.4) ** (1 / 1) - 1 = 14.43% -> 14.4; bounds 14.32..14.54
            # (80.9 / 71.2) ** (1 / 1) - 1 = 13.62% -> 13.6, not 16.3; bounds 80.85 / 71.25 - 1 = 13.47%,
            # 80.95 / 71.15 - 1 = 13.77% -> never 16.3
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (168.3 / 142.5) ** (1 / 1) - 1 = 18.11% -> 18.1; bounds 18.03..18.18
            ("cagr|implied", "exact"),  # (29.4 / 31.6) ** (1 / 1) - 1 = -6.96% -> -7.0; bounds -7.27..-6.66
            ("cagr|implied", "exact"),  # (391.2 / 343.7) ** (1 / 1) - 1 = 13.82% -> 13.8; bounds 13.79..13.85
            ("hierarchy", "exact"),  # FY2023: 98.4 + 71.2 + 142.5 + 31.6 = 343.7
            ("hierarchy", "exact"),  # FY2024: 112.6 + 80.9 + 168.3 + 29.4 = 391.2
        ],
    ),
    # 38. Space-aligned table with a share column (Germany, EUR million, 2024): five categories and a Total row
    #     that adds up; the robot-vacuum share printed 20.2% while its amounts give 20.15% (rounding only); the
    #     Total's 100.0% is no claim. Expected nowhere: the association's EUR 10.4 billion appliance market, the
    #     7.9 million appliances sold.
    dict(
        text=(
            "Germany: AI-enabled household appliances by category, 2024\n"
            "Category                        EUR million     Share\n"
            "AI washing machines & dryers            412     27.6%\n"
            "AI refrigerators                        356     23.8%\n"
            "AI ovens & cooktops                     238     15.9%\n"
            "AI dishwashers                          187     12.5%\n"
            "AI robot vacuums                        301     20.2%\n"
            "Total                                 1,494    100.0%\n"
            "Note: sell-out value to consumers, Fachverband Hausger\u00e4te-Intelligenz, Frankfurt. The whole German "
            "household-appliance market came to EUR 10.4 billion, with 7.9 million AI-capable appliances sold."
        ),
        obs=[
            ("AI washing machines & dryers", 2024, 412, "EUR million", "actual"),
            ("AI refrigerators", 2024, 356, "EUR million", "actual"),
            ("AI ovens & cooktops", 2024, 238, "EUR million", "actual"),
            ("AI dishwashers", 2024, 187, "EUR million", "actual"),
            ("AI robot vacuums", 2024, 301, "EUR million", "actual"),
            ("Total", 2024, 1494, "EUR million", "actual"),
        ],
        claims=[
            ("share", 27.6, "percent", 2024, 2024, None),
            ("share", 23.8, "percent", 2024, 2024, None),
            ("share", 15.9, "percent", 2024, 2024, None),
            ("share", 12.5, "percent", 2024, 2024, None),
            ("share", 20.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 412 / 1494 = 27.58% -> 27.6; bounds 27.53..27.62
            ("arithmetic", "exact"),  # 356 / 1494 = 23.83% -> 23.8; bounds 23.79..23.87
            ("arithmetic", "exact"),  # 238 / 1494 = 15.93% -> 15.9; bounds 15.89..15.97
            ("arithmetic", "exact"),  # 187 / 1494 = 12.52% -> 12.5; bounds 12.48..12.55
            # 301 / 1494 = 20.147% -> 20.1, not 20.2; bounds 300.5 / 1494.5 = 20.107%,
            # 301.5 / 1493.5 = 20.187% -> 20.2 reached only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 412 + 356 + 238 + 187 + 301 = 1,494
        ],
    ),
    # 39. Vertical table whose rows are years (Australia, in US dollars): its lone value column is headed by its
    #     unit only, so its figures are the Total; 2025F and 2026F are estimates; a YoY per year, the 2025F one
    #     printed 17.6% while the amounts give 17.82% (rounding only). Expected nowhere: the 2021 dash, the
    #     publication month, the 3.9 million households with a camera.
    dict(
        text=(
            "Australia: AI home-security cameras and video doorbells, consumer spending\n"
            "Year | US$ million | YoY\n"
            "2021 | 212 | -\n"
            "2022 | 268 | +26.4%\n"
            "2023 | 331 | +23.5%\n"
            "2024 | 404 | +22.1%\n"
            "2025F | 476 | +17.6%\n"
            "2026F | 551 | +15.8%\n"
            "Source: Southern Cross Home Tech Monitor, May 2025. F = forecast. Figures converted from Australian "
            "dollars at each year's average rate; households with an AI camera (3.9 million in 2024) not shown."
        ),
        obs=[
            ("Total", 2021, 212, "USD million", "actual"),
            ("Total", 2022, 268, "USD million", "actual"),
            ("Total", 2023, 331, "USD million", "actual"),
            ("Total", 2024, 404, "USD million", "actual"),
            ("Total", 2025, 476, "USD million", "estimate"),
            ("Total", 2026, 551, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2021, 2022, 1.0),
            ("growth", 23.5, "percent", 2022, 2023, 1.0),
            ("growth", 22.1, "percent", 2023, 2024, 1.0),
            ("growth", 17.6, "percent", 2024, 2025, 1.0),
            ("growth", 15.8, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (268 / 212) ** (1 / 1) - 1 = 26.42% -> 26.4; bounds 25.88..26.95
            ("cagr|implied", "exact"),  # (331 / 268) ** (1 / 1) - 1 = 23.51% -> 23.5; bounds 23.09..23.93
            ("cagr|implied", "exact"),  # (404 / 331) ** (1 / 1) - 1 = 22.05% -> 22.1; bounds 21.72..22.39
            # (476 / 404) ** (1 / 1) - 1 = 17.82% -> 17.8, not 17.6; bounds 475.5 / 404.5 - 1 = 17.55%,
            # 476.5 / 403.5 - 1 = 18.09% -> 17.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (551 / 476) ** (1 / 1) - 1 = 15.76% -> 15.8; bounds 15.53..15.98
        ],
    ),
    # 40. Traditional Chinese space-aligned table with a 合計 row (Taiwan, TWD 100 million): the 合計 row is
    #     its own item; 2025年(預估) is an estimate; 2023 adds up exactly, 2024 only by rounding (parts 185.5
    #     against 185.6), 2025 not at all (parts 224.0 against 226.4, inconsistent). Expected nowhere: the table
    #     number, the title's year span, the 52萬台 smart speakers in the note.
    dict(
        text=(
            "表3 2023~2025年台灣AI智慧家庭市場規模(單位:新台幣億元)\n"
            "項目                      2023年    2024年    2025年(預估)\n"
            "AI語音助理及智慧音箱服務    21.4      25.9      30.7\n"
            "AI白色家電                  86.3     104.8     126.5\n"
            "AI居家安全監控              34.7      41.2      48.9\n"
            "AI家庭能源管理               9.8      13.6      17.9\n"
            "合計                       152.2     185.6     226.4\n"
            "資料來源:台灣智慧生活產業研究院;智慧音箱2024年出貨約52萬台,未列入表中。"
        ),
        obs=[
            ("AI語音助理及智慧音箱服務", 2023, 21.4, "TWD 100 million", "actual"),
            ("AI語音助理及智慧音箱服務", 2024, 25.9, "TWD 100 million", "actual"),
            ("AI語音助理及智慧音箱服務", 2025, 30.7, "TWD 100 million", "estimate"),
            ("AI白色家電", 2023, 86.3, "TWD 100 million", "actual"),
            ("AI白色家電", 2024, 104.8, "TWD 100 million", "actual"),
            ("AI白色家電", 2025, 126.5, "TWD 100 million", "estimate"),
            ("AI居家安全監控", 2023, 34.7, "TWD 100 million", "actual"),
            ("AI居家安全監控", 2024, 41.2, "TWD 100 million", "actual"),
            ("AI居家安全監控", 2025, 48.9, "TWD 100 million", "estimate"),
            ("AI家庭能源管理", 2023, 9.8, "TWD 100 million", "actual"),
            ("AI家庭能源管理", 2024, 13.6, "TWD 100 million", "actual"),
            ("AI家庭能源管理", 2025, 17.9, "TWD 100 million", "estimate"),
            ("合計", 2023, 152.2, "TWD 100 million", "actual"),
            ("合計", 2024, 185.6, "TWD 100 million", "actual"),
            ("合計", 2025, 226.4, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 21.4 + 86.3 + 34.7 + 9.8 = 152.2
            # 2024: 25.9 + 104.8 + 41.2 + 13.6 = 185.5, not 185.6; bounds 185.3..185.7 for the parts against
            # 185.55..185.65 for the total -> met only by some reading
            ("hierarchy", "rounding"),
            # 2025E: 30.7 + 126.5 + 48.9 + 17.9 = 224.0 against 226.4; parts 223.8..224.2, total 226.35..226.45
            # -> never met
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-tenth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 7, 'rounding': 16, 'exact': 75}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'forecast ¥407 billion by FY2029e, a CAGR of roughly 18%',
    '€229 million or about 34%',
    'A rival estimate from Cabinet Orsay Conseil',
    'total addressable market',
    'last year and is expected to reach £520 million this year',
    'An earlier version of this article',
    'nearly 3x the $240 million of 2021',
    '力争到2027年',
    '新台幣386億元',
    '12.6億港元，按年增長18%',
    '台北2025年3月12日電',
    '| CAGR 2024-30 |',
    'about $14.2 billion this year, up from $11.6 billion last year',
    'Working Paper No. 24-117',
    '2/ Spending hit £412m in 2024',
    'Correction, 12 June 2025:',
    'To our shareholders',
    '- 2025E TAM: $10.9B, +25% YoY',
    'Vantage Analytics Europe has a higher 2024 figure',
    '₩4.2 trillion in 2024',
    '新华社北京3月18日电',
    '標題 [情報]',
    '320亿—360亿元',
    '| Segment | 2024 | 2025E | 2030F | CAGR 2024-30 |',
    '合計                       152.2',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 210
#: figures, 63 rates, 93 verdicts and 0 false inconsistent
#: after the readings chosen on it and on the other sets chosen on (208, 210, 212, 214): 214, 65, 96 and 0
FLOORS = {"figures_found": 214, "rates_found": 65, "verdicts_right": 96}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset210.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
