"""A two-hundred-and-twenty-eighth check set for the extractor, written blind: AI in car dealerships and used-car
marketplaces: AI vehicle pricing and valuation, AI inspection from photos and damage grading, AI lead scoring and sales
chat for dealers, AI inventory and stocking for dealer groups, AI auto- finance and trade-in appraisal, AI in online
used-car platforms and auctions; sized in money by dealer associations, automotive-retail bodies, transport ministries,
brokers, consultancies, research houses and dealer groups' investor days, in the United States, Canada, the United
Kingdom, Germany, France, Italy, Mexico (pesos only as an aside), India (rupees only as an aside), Japan, South Korea
(won only as an aside), Australia, mainland China, Taiwan and Hong Kong (currencies: US dollars, euros, pounds, yen,
yuan 亿元/万元, 新台幣億元, 億港元). Distractors a careful reader leaves out: total used-car or new-car sales beside the AI part,
numbers of cars sold, dealers, listings or inspections, a car's average price, a dealer group's own revenue or margin, a
funding round and valuation, a quarter's figures, a survey's percentages.

Snippets 1-20: Twenty snippets on money spent on AI in car dealerships and used-car marketplaces: eight English prose
texts (a Detroit wire release on AI vehicle pricing and valuation, a Tokyo broker note in fiscal years and yen on AI
appraisal and photo inspection, a London briefing with three segments and shares, a Munich article on dealer inventory
AI quoting two research houses, an Atlanta dealer group's investor-day TAM for AI auto finance and trade-in appraisal, a
French ministry plan with last-year/this-year figures and a 2030 target, a correction notice on an Italian story with a
range, a Canadian dealer-technology blog post with 'more than doubled'), seven Chinese prose texts (a used-car
inspection report, a Guangdong plan with 力争到 and 增长2倍, a Xinhua story on AI used-car pricing quoting two institutes, a
Taiwan white paper in 新台幣億元, a Hong Kong story in 億港元, a CNA story on dealer lead scoring with 去年/今年, a broker deep-dive
on auto-finance AI with a range) and five tables (markdown with a CAGR column, tab-separated with a 合计 row, space-
aligned with shares, a vertical Mexican table of years with YoY, a tab-separated Korean segment table). Left out: total
used-car sales and counts of cars sold, ownership transfers, listings, dealers and stores beside the AI part, average
car prices, licence fees, dealer groups' and vendors' revenue and margins, a share goal, funding rounds and valuations,
quarter figures, survey answers, a finance penetration rate, peso and won conversion rates, a second house's figure, a
correction's wrong range, shares in words. Inconsistent: the Munich 24.5% CAGR, the Mexican 2024 YoY and the Korean 2023
Total. Only by rounding: the Tokyo and Taiwan CAGRs, the London valuation share, the Guangdong 31.6% YoY, the US photo-
inspection row's CAGR, the 2025年E 合计 and the German photo-inspection share.

Snippets 21-40: Twenty snippets on AI in car dealerships and used-car marketplaces, numbered 21-40: eight English prose
pieces (a US dealer-software earnings-call answer sizing a TAM, with 'this year' and 'last year' read from the call's
date; a Mannheim discussion-paper abstract on AI trade-in appraisal whose 2030 figure in billions is converted to the
series' millions; a numbered thread on AI grading at Japanese auctions in yen and fiscal years; a Toronto web article on
AI lead scoring priced in US dollars, with a correction line; a UK dealer group's letter to shareholders with an
inferred-span CAGR; investor-day slide bullets on AI auto-finance with a multiple; a forum answer quoting two French
research houses; a Mumbai broker note in rupees that yields claims but no observations), seven Chinese prose pieces (a
Xinhua-style release, a Hangzhou plan with a part in 万元, a Taipei research release, a Hong Kong association report in
億港元, a PTT post, a broker abstract with a 2027 range, a dealer group's results-briefing transcript) and five tables
(markdown euros for Italy with a CAGR column, tab-separated 亿元 with a 同比 column, space-aligned US dollars for Mexico
with a share column, a vertical Australian table of years headed by its unit only, a Traditional Chinese table in 新台幣億元
with a 合計 row). Left out everywhere: total used- and new-car sales and transactions beside the AI part, numbers of cars,
dealers, rooftops, listings and loans, average car prices and loan sizes, dealer groups' own revenue, margins and share
targets, funding rounds and valuations, a quarter's figures, survey and penetration percentages, Canadian-dollar,
Australian-dollar, peso and rupee asides, a second house's figure and a corrected misprint. Inconsistent: the thread's
15% CAGR, the PTT post's 25% growth, the Mexican table's 13% share and the Taiwan table's 2025 合計. Holding only by
rounding: the discussion paper's 23.4% growth, the slides' 25% 2023-2025E CAGR, the Xinhua release's 29.5% share, the
briefing's 28% growth, the inspection CAGR in the Italian table, the sales-assistant 同比 in the 亿元 table and the Taiwan
table's 2024 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Detroit wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2030 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere:
    #    the outlook's title year, the 1,420 dealers polled, the 36.2 million used vehicles (count of cars sold), the
    #    $25,900 average listing price, the 57% survey answer.
    dict(
        text=(
            "DETROIT, March 4, 2025 /PRNewswire/ -- Franchised and independent car dealers in the United States spent "
            "$538 million on AI vehicle-pricing and valuation software in 2024, up 23% from $437 million in 2023, "
            "according to the 2025 Dealer Pricing Intelligence Outlook released today by Motor City Retail Analytics. "
            "The Detroit research house, which polled 1,420 dealer principals and used-car managers, projects spending "
            "of $1.62 billion by 2030, a compound annual growth rate of 20.2% over 2024-2030. Dealers retailed some "
            "36.2 million used vehicles last year at an average listing price near $25,900, and 57% of respondents "
            "said algorithmic pricing had cut the time their cars sat on the lot."
        ),
        obs=[
            ("Total", 2023, 437, "USD million", "actual"),
            ("Total", 2024, 538, "USD million", "actual"),
            ("Total", 2030, 1620, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 20.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (538 / 437) ** (1 / 1) - 1 = 23.11% -> 23
            ("cagr|implied", "exact"),  # (1620 / 538) ** (1 / 6) - 1 = 20.17% -> 20.2
        ],
    ),
    # 2. Tokyo broker sector update in fiscal years and yen (JPY billion): the CAGR's span only from its amounts'
    #    years (FY2024 -> FY2029e), "about 21%" holds only by rounding. Expected nowhere: the dateline, the 7.4
    #    million vehicles listed at auction (a count), the covered company's revenue, growth, operating margin,
    #    target price and upside, the ¥30,000 monthly app fee.
    dict(
        text=(
            "JAPAN USED-CAR RETAIL - Sector update - Tokyo, 8 April 2025\n"
            "Appraisal goes algorithmic. We estimate that Japanese used-car dealers, auction houses and trade-in buyers "
            "spent ¥24.6bn on AI appraisal, photo-based inspection and damage grading in FY2024 (year to March 2025), "
            "and we forecast ¥62.4bn by FY2029e, a CAGR of about 21%. Auction venues listed roughly 7.4 million "
            "vehicles last year. Our top pick, Kaede Auto Holdings (Buy, TP ¥3,400, 24% upside), grew FY2024 revenue "
            "11% to ¥186bn at an 8.7% operating margin; its inspection app costs dealers about ¥30,000 a month per site."
        ),
        obs=[
            ("Total", 2024, 24.6, "JPY billion", "actual"),
            ("Total", 2029, 62.4, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (62.4 / 24.6) ** (1 / 5) - 1 = 20.46% -> 20, not 21; bounds (62.35 / 24.65) ** (1/5) - 1 = 20.39%,
            # (62.45 / 24.55) ** (1/5) - 1 = 20.53% -> 21 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. London research briefing: a total in GBP million and three segments with shares (the valuation share of
    #    "some 17%" holds only by rounding); the 2029 forecast an estimate. Expected nowhere: the 62 dealer groups
    #    interviewed, the 7.6 million used cars that changed hands (count of cars sold), the £17,200 average price.
    dict(
        text=(
            "LONDON, 16 September 2025 - UK car dealers and online used-car marketplaces spent £176 million on AI "
            "tools in 2024, a briefing from the Chiltern Automotive Retail Institute finds. AI lead scoring and sales "
            "chat took the biggest slice, £61 million or about 35%, followed by AI inspection from photos and damage "
            "grading at £48 million (27%). AI valuation and trade-in appraisal came to £31 million, some 17% of the "
            "total. The institute, which interviewed 62 dealer groups, expects spending to reach £430 million in 2029. "
            "Some 7.6 million used cars changed hands in the UK last year, at an average price of about £17,200."
        ),
        obs=[
            ("Total", 2024, 176, "GBP million", "actual"),
            ("AI lead scoring and sales chat", 2024, 61, "GBP million", "actual"),
            ("AI inspection from photos and damage grading", 2024, 48, "GBP million", "actual"),
            ("AI valuation and trade-in appraisal", 2024, 31, "GBP million", "actual"),
            ("Total", 2029, 430, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 35, "percent", 2024, 2024, None),
            ("share", 27, "percent", 2024, 2024, None),
            ("share", 17, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 61 / 176 = 34.66% -> 35
            ("arithmetic", "exact"),  # 48 / 176 = 27.27% -> 27
            # 31 / 176 = 17.61% -> 18, not 17; bounds 30.5 / 176.5 = 17.28%, 31.5 / 175.5 = 17.95% -> 17 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Munich article quoting two research houses: the first house's base, target and rates are the snippet's; its
    #    "up 26%" holds, its 24.5% CAGR is inconsistent. Expected nowhere: Isar Automotive Research's €104 million
    #    for 2024, the 7.1 million used cars that changed owners (count), the €18,900 average price, the 44% survey
    #    answer.
    dict(
        text=(
            "MUNICH, 2 July 2025 - German dealer groups spent €88 million on AI inventory planning and stocking tools "
            "in 2024, up 26% on the €70 million of 2023, estimates the Munich research house Bavaria Mobility "
            "Insights. It forecasts €290 million in 2030, which it calls compound annual growth of 24.5% between 2024 "
            "and 2030. A second house, Isar Automotive Research, puts 2024 spending at €104 million because it also "
            "counts pricing software. About 7.1 million used cars changed owners in Germany last year at an average "
            "price of roughly €18,900, and 44% of dealers polled named ageing stock as their biggest cost."
        ),
        obs=[
            ("Total", 2023, 70, "EUR million", "actual"),
            ("Total", 2024, 88, "EUR million", "actual"),
            ("Total", 2030, 290, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("cagr", 24.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (88 / 70) ** (1 / 1) - 1 = 25.71% -> 26
            # (290 / 88) ** (1 / 6) - 1 = 21.99% -> 22.0, not 24.5; bounds (289.5 / 88.5) ** (1/6) - 1 = 21.84%,
            # (290.5 / 87.5) ** (1/6) - 1 = 22.14% -> 24.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript (Atlanta): the total addressable market the dealer group sizes is the market (Total),
    #    in USD billion, with "a CAGR of around 14%" over a printed span. Expected nowhere: the group's revenue,
    #    operating margin and 212 stores, its 15% share goal, the first quarter's $640 million of trade-ins.
    dict(
        text=(
            "Harborline Automotive Investor Day, Atlanta, May 20, 2025 - transcript excerpt. Dana Whitcomb, chief "
            "digital officer: \"So how big is this? We put the total addressable market for AI in auto finance and "
            "trade-in appraisal, meaning instant cash offers, credit decisioning at the desk and F&I product matching, "
            "at $5.4 billion in 2024, and we see it reaching $11.8 billion by 2030. That's a CAGR of around 14% from "
            "2024 to 2030. Our goal is a 15% share of that market. For context, Harborline posted $21.7 billion of "
            "revenue last year at a 4.9% operating margin across 212 stores, and in the first quarter our AI appraisal "
            "tool handled $640 million of trade-ins.\""
        ),
        obs=[
            ("Total", 2024, 5.4, "USD billion", "actual"),
            ("Total", 2030, 11.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 14, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11.8 / 5.4) ** (1 / 6) - 1 = 13.92% -> 14
        ],
    ),
    # 6. Paris ministry plan: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 target (an
    #    estimate). Expected nowhere: the €12 million support fund for 800 garages, the 5.4 million used cars sold
    #    (count), the 31% survey answer.
    dict(
        text=(
            "PARIS, 21 January 2025 - The national plan for the digitalisation of car retail, presented today by the "
            "Ministry of Transport, estimates that French dealers and used-car marketplaces spent €62 million on AI "
            "pricing, photo inspection and lead-management tools last year, and expects €79 million this year, an "
            "increase of 27%. It sets a target of €240 million by 2030. The ministry is putting €12 million into a "
            "support fund for 800 small independent garages and notes that 5.4 million used cars were sold in France "
            "in 2024. In a survey it cites, 31% of dealers already use an AI chat assistant."
        ),
        obs=[
            ("Total", 2024, 62, "EUR million", "actual"),
            ("Total", 2025, 79, "EUR million", "estimate"),
            ("Total", 2030, 240, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (79 / 62) ** (1 / 1) - 1 = 27.42% -> 27
        ],
    ),
    # 7. Correction notice on an Italian story: the 2028 range in euros gives two value claims (no observation); the
    #    2024 figure is the year's observation. Expected nowhere: the misstated €150-180 million, the 3.1 million
    #    ownership transfers (count), the €350 monthly licence; the range is expected once though printed twice.
    dict(
        text=(
            "Correction, 12 September 2025: An earlier version of this article misstated the 2028 forecast. Lombardia "
            "Mobility Research expects the Italian market to reach €115 million to €135 million in 2028, not €150 "
            "million to €180 million.\n"
            "Italian car dealers and online used-car platforms spent €47 million in 2024 on AI trade-in appraisal, "
            "auto-finance scoring and remote vehicle inspection, according to Lombardia Mobility Research, a Milan "
            "consultancy. It expects the market to reach €115 million to €135 million in 2028 as dealer groups "
            "consolidate. Italy recorded about 3.1 million used-car ownership transfers last year, and a typical AI "
            "appraisal licence costs some €350 a month per showroom."
        ),
        obs=[
            ("Total", 2024, 47, "EUR million", "actual"),
        ],
        claims=[
            ("value", 115, "EUR million", 2028, 2028, None),
            ("value", 135, "EUR million", 2028, 2028, None),
        ],
        verdicts=[],
    ),
    # 8. Dealer-technology blog post (Canada, in US dollars): "more than doubled" between 2022 and 2024 is a multiple
    #    x2 over 2 years (no verdict). Expected nowhere: the 1.9 million used vehicles bought (count), the Toronto
    #    start-up's funding round and valuation, the first quarter's 35% rise in leads, the US$1,200 monthly fee.
    dict(
        text=(
            "The Lot Report, a dealer-technology blog, June 10, 2025 - Chatbots on the forecourt. Canadian dealers "
            "spent US$31 million on AI lead scoring and sales chat in 2022; by 2024 that had more than doubled to "
            "US$68 million, according to Maple Leaf Auto Data. Compare that with the roughly 1.9 million used vehicles "
            "Canadians bought last year. The Toronto start-up DealerPulse raised US$40 million in March at a US$310 "
            "million valuation, and in the first quarter of 2025 chat-generated leads rose 35%. Most vendors charge "
            "about US$1,200 a month per rooftop."
        ),
        obs=[
            ("Total", 2022, 31, "USD million", "actual"),
            ("Total", 2024, 68, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2022, 2024, 2.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): 同比增长 with both amounts, a part (AI拍照验车与损伤分级) with its share,
    #    a CAGR with its printed span. Expected nowhere: the report's title year, the 约1,960万辆 used cars traded
    #    (count) and their 约1.3万亿元 value (total used-car sales), the 超过10万家 dealers, the 62% survey answer.
    dict(
        text=(
            "《2025中国二手车智能检测与评估发展报告》日前在上海发布。报告显示，2024年我国二手车AI检测、车况评估与智能"
            "定价市场规模达到31.8亿元，同比增长27.2%，2023年为25.0亿元。其中，AI拍照验车与损伤分级市场规模为10.6亿元，"
            "占比33.3%。报告预计，到2029年该市场规模将达到96亿元，2024—2029年复合增长率为24.7%。报告同时指出，2024年"
            "全国二手车交易量约1,960万辆，交易金额约1.3万亿元，二手车经营主体超过10万家；受访车商中有62%计划在一年内"
            "引入AI检测工具。"
        ),
        obs=[
            ("Total", 2023, 25.0, "CNY 100 million", "actual"),
            ("Total", 2024, 31.8, "CNY 100 million", "actual"),
            ("AI拍照验车与损伤分级", 2024, 10.6, "CNY 100 million", "actual"),
            ("Total", 2029, 96, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.2, "percent", 2023, 2024, 1.0),
            ("share", 33.3, "percent", 2024, 2024, None),
            ("cagr", 24.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31.8 / 25.0) ** (1 / 1) - 1 = 27.20% -> 27.2
            ("arithmetic", "exact"),  # 10.6 / 31.8 = 33.33% -> 33.3
            ("cagr|implied", "exact"),  # (96 / 31.8) ** (1 / 5) - 1 = 24.73% -> 24.7
        ],
    ),
    # 10. Guangdong provincial action plan (Simplified): 2023 and 2024 actuals with a 同比增长31.6% that holds only by
    #     rounding, a 力争到2027年 target (突破, expected at its printed figure, an estimate) and 较2023年增长2倍 kept
    #     as a multiple x2 over 4 years (no verdict). Expected nowhere: the plan's title years, the 50 model dealer
    #     groups, the 20% subsidy rate and its 100万元 cap.
    dict(
        text=(
            "广东省商务厅等七部门近日联合印发《广东省汽车流通数字化转型行动方案（2025—2027年）》。方案显示，2023年全省"
            "汽车经销商和二手车交易平台人工智能应用（含AI定价估值、智能验车、线索评分与智能客服等）市场规模为8.6亿元，"
            "2024年增至11.3亿元，同比增长31.6%。方案提出，力争到2027年全省相关市场规模突破26亿元，较2023年增长2倍；培育"
            "50家以上数字化标杆经销商集团，并对单个项目按投资额的20%给予最高100万元补助。"
        ),
        obs=[
            ("Total", 2023, 8.6, "CNY 100 million", "actual"),
            ("Total", 2024, 11.3, "CNY 100 million", "actual"),
            ("Total", 2027, 26, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.6, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[
            # (11.3 / 8.6) ** (1 / 1) - 1 = 31.40% -> 31.4, not 31.6; bounds 11.25 / 8.65 - 1 = 30.06%,
            # 11.35 / 8.55 - 1 = 32.75% -> 31.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes: the first institute's 2023, 2024 and 2025 figures
    #     and its growth rate are the snippet's. Expected nowhere: 华东汽车产业研究所's 约23亿元 for 2024, the
    #     meeting's title year, the 约1,960万辆 used cars traded (count), the 300万次 daily valuation requests.
    dict(
        text=(
            "新华社北京4月9日电（记者 许清和）记者从日前举行的2025中国汽车流通行业年会上获悉，据中国汽车流通数智研究院"
            "测算，2024年我国二手车AI定价与估值市场规模为19.4亿元，比2023年的14.6亿元增长32.9%，预计2025年将达到25亿元。"
            "另据华东汽车产业研究所统计，2024年这一市场规模约为23亿元。去年全国二手车交易量约1,960万辆，二手车电商平台"
            "日均估价请求超过300万次。"
        ),
        obs=[
            ("Total", 2023, 14.6, "CNY 100 million", "actual"),
            ("Total", 2024, 19.4, "CNY 100 million", "actual"),
            ("Total", 2025, 25, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (19.4 / 14.6) ** (1 / 1) - 1 = 32.88% -> 32.9
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元 (TWD 100 million): YoY and a part's share exact; the 25.2% CAGR
    #     holds only by rounding. Expected nowhere: the white paper's title year, the 約82萬輛 used-car transfers
    #     (count), the 約5,200家 used-car dealers, the 新台幣52萬元 average price.
    dict(
        text=(
            "經濟部委託台灣汽車流通發展協會編撰的《2025臺灣汽車零售數位轉型白皮書》指出，2024年國內汽車經銷商與中古車"
            "平台AI應用（含AI車價評估、拍照驗車與損傷分級、潛在客戶評分）市場規模達新台幣14.6億元，較2023年的新台幣"
            "11.2億元成長30.4%。其中，AI拍照驗車市場規模為新台幣5.1億元，占比34.9%。白皮書預估，2028年市場規模將達"
            "新台幣36億元，2024至2028年年複合成長率為25.2%。白皮書也指出，2024年全台中古車過戶數約82萬輛，中古車商約"
            "5,200家，中古車平均成交價約新台幣52萬元。"
        ),
        obs=[
            ("Total", 2023, 11.2, "TWD 100 million", "actual"),
            ("Total", 2024, 14.6, "TWD 100 million", "actual"),
            ("AI拍照驗車", 2024, 5.1, "TWD 100 million", "actual"),
            ("Total", 2028, 36, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.4, "percent", 2023, 2024, 1.0),
            ("share", 34.9, "percent", 2024, 2024, None),
            ("cagr", 25.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.6 / 11.2) ** (1 / 1) - 1 = 30.36% -> 30.4
            ("arithmetic", "exact"),  # 5.1 / 14.6 = 34.93% -> 34.9
            # (36 / 14.6) ** (1 / 4) - 1 = 25.31% -> 25.3, not 25.2; bounds (35.5 / 14.65) ** (1/4) - 1 = 24.77%,
            # (36.5 / 14.55) ** (1/4) - 1 = 25.85% -> 25.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million): 約2.6億港元 expected at its printed figure; YoY and
    #     CAGR exact. Expected nowhere: the 約8.3萬宗 used-car transfers (count), the 18萬港元 average price, the
    #     約三成 dealers (a share in words and a survey), the start-up's 3,000萬港元 funding round.
    dict(
        text=(
            "香港汽車商會昨日公布研究報告指出，2024年本港汽車代理商、二手車商及網上二手車平台採用的AI車價評估、拍照"
            "驗車及智能客服系統，市場規模約2.6億港元，較2023年的2.1億港元增長23.8%。報告預計，2028年市場規模將升至"
            "5.4億港元，2024至2028年年均複合增長率約20%。報告又指，本港去年二手私家車轉讓約8.3萬宗，平均成交價約18萬"
            "港元，約三成受訪車商已試用AI估價工具。本地初創車估科技上月完成3,000萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 2.1, "HKD 100 million", "actual"),
            ("Total", 2024, 2.6, "HKD 100 million", "actual"),
            ("Total", 2028, 5.4, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.8, "percent", 2023, 2024, 1.0),
            ("cagr", 20, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.6 / 2.1) ** (1 / 1) - 1 = 23.81% -> 23.8
            ("cagr|implied", "exact"),  # (5.4 / 2.6) ** (1 / 4) - 1 = 20.05% -> 20
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025) on dealer lead scoring and online chat: 去年 is
    #     2024 (actual, 約 at its printed figure), 今年 2025 (an estimate, 可望), YoY with both amounts. Expected
    #     nowhere: the first quarter's 1.2億元, the dealer group's own revenue and operating margin, the 約45.8萬輛
    #     new-car registrations (count).
    dict(
        text=(
            "（中央社記者林雅婷台北2025年4月22日電）市調機構宏觀車市研究今天表示，去年台灣汽車經銷商AI潛在客戶評分與"
            "線上智能客服市場規模約新台幣4.6億元，今年在電動車價格戰與線上賞車需求帶動下，可望成長26%至5.8億元。不過"
            "今年第一季市場規模約新台幣1.2億元，低於預期。經銷集團福昇汽車去年營收新台幣1,260億元，營業利益率約6%；"
            "去年全台新車掛牌數約45.8萬輛。"
        ),
        obs=[
            ("Total", 2024, 4.6, "TWD 100 million", "actual"),
            ("Total", 2025, 5.8, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.8 / 4.6) ** (1 / 1) - 1 = 26.09% -> 26
        ],
    ),
    # 15. Broker deep-dive (Simplified) on auto-finance and trade-in AI: 2023/2024 actuals with an exact 27.6% YoY;
    #     the 2027 range 55亿—65亿元 gives two value claims (no observation). Expected nowhere: the report's date, the
    #     leading firm's revenue, gross margin, rating and target price, its third-quarter contracts, the 约58%
    #     auto-finance penetration rate (no share of the market).
    dict(
        text=(
            "鼎衡证券研究所2025年10月深度报告《汽车金融AI：从智能风控到置换估值》。我们测算，2024年国内汽车金融与置换"
            "评估AI（智能审批风控、二手车残值预测、置换在线估价等）市场规模为27.3亿元，同比增长27.6%，2023年为21.4亿元。"
            "随着以旧换新政策加码，我们预计2027年市场规模将达到55亿—65亿元。行业龙头车信智能2024年营收6.2亿元，毛利率"
            "51%，首次覆盖给予“增持”评级，目标价42元；公司三季度新签合同同比增长46%。目前国内新车汽车金融渗透率约为58%。"
        ),
        obs=[
            ("Total", 2023, 21.4, "CNY 100 million", "actual"),
            ("Total", 2024, 27.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 27.6, "percent", 2023, 2024, 1.0),
            ("value", 55, "CNY 100 million", 2027, 2027, None),
            ("value", 65, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.3 / 21.4) ** (1 / 1) - 1 = 27.57% -> 27.6
        ],
    ),
    # 16. Markdown table (United States, USD million) with a CAGR 2024-30 column and a Total row: each row's CAGR is
    #     stated (span in the header); the photo-inspection row's 22.7% holds only by rounding; rows add to the Total
    #     in both years; 2030F is an estimate. Expected nowhere: the table number, the outlook's title year.
    dict(
        text=(
            "Table 3. United States: AI in car dealerships and used-car marketplaces by segment (USD million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| AI vehicle pricing and valuation | 212.4 | 598.7 | 18.9% |\n"
            "| AI photo inspection and damage grading | 96.8 | 331.2 | 22.7% |\n"
            "| AI lead scoring and sales chat | 143.1 | 402.6 | 18.8% |\n"
            "| Total | 452.3 | 1,332.5 | 19.7% |\n"
            "Source: Lakeshore Auto Retail Research, Dealer AI Outlook 2025. F = forecast."
        ),
        obs=[
            ("AI vehicle pricing and valuation", 2024, 212.4, "USD million", "actual"),
            ("AI vehicle pricing and valuation", 2030, 598.7, "USD million", "estimate"),
            ("AI photo inspection and damage grading", 2024, 96.8, "USD million", "actual"),
            ("AI photo inspection and damage grading", 2030, 331.2, "USD million", "estimate"),
            ("AI lead scoring and sales chat", 2024, 143.1, "USD million", "actual"),
            ("AI lead scoring and sales chat", 2030, 402.6, "USD million", "estimate"),
            ("Total", 2024, 452.3, "USD million", "actual"),
            ("Total", 2030, 1332.5, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (598.7 / 212.4) ** (1 / 6) - 1 = 18.85% -> 18.9
            # (331.2 / 96.8) ** (1 / 6) - 1 = 22.754% -> 22.8, not 22.7; bounds (331.15 / 96.85) ** (1/6) - 1 =
            # 22.740%, (331.25 / 96.75) ** (1/6) - 1 = 22.768% -> 22.7 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (402.6 / 143.1) ** (1 / 6) - 1 = 18.82% -> 18.8
            ("cagr|implied", "exact"),  # (1332.5 / 452.3) ** (1 / 6) - 1 = 19.73% -> 19.7
            ("hierarchy", "exact"),  # 2024: 212.4 + 96.8 + 143.1 = 452.3
            ("hierarchy", "exact"),  # 2030F: 598.7 + 331.2 + 402.6 = 1332.5
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2025年E 合计 holds only by rounding. Expected nowhere: the table number, the title's year
    #     span.
    dict(
        text=(
            "表5 2023—2025年中国汽车经销商人工智能应用细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "AI定价与估值\t5.4\t7.1\t9.2\n"
            "AI车况检测与定损\t3.8\t5.2\t7.0\n"
            "AI线索评分与智能客服\t4.6\t6.0\t7.9\n"
            "AI库存与采购决策\t2.3\t3.1\t4.2\n"
            "合计\t16.1\t21.4\t28.4\n"
            "资料来源：汽车流通数字化研究中心；2025年E为预测值。"
        ),
        obs=[
            ("AI定价与估值", 2023, 5.4, "CNY 100 million", "actual"),
            ("AI定价与估值", 2024, 7.1, "CNY 100 million", "actual"),
            ("AI定价与估值", 2025, 9.2, "CNY 100 million", "estimate"),
            ("AI车况检测与定损", 2023, 3.8, "CNY 100 million", "actual"),
            ("AI车况检测与定损", 2024, 5.2, "CNY 100 million", "actual"),
            ("AI车况检测与定损", 2025, 7.0, "CNY 100 million", "estimate"),
            ("AI线索评分与智能客服", 2023, 4.6, "CNY 100 million", "actual"),
            ("AI线索评分与智能客服", 2024, 6.0, "CNY 100 million", "actual"),
            ("AI线索评分与智能客服", 2025, 7.9, "CNY 100 million", "estimate"),
            ("AI库存与采购决策", 2023, 2.3, "CNY 100 million", "actual"),
            ("AI库存与采购决策", 2024, 3.1, "CNY 100 million", "actual"),
            ("AI库存与采购决策", 2025, 4.2, "CNY 100 million", "estimate"),
            ("合计", 2023, 16.1, "CNY 100 million", "actual"),
            ("合计", 2024, 21.4, "CNY 100 million", "actual"),
            ("合计", 2025, 28.4, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 5.4 + 3.8 + 4.6 + 2.3 = 16.1
            ("hierarchy", "exact"),  # 2024: 7.1 + 5.2 + 6.0 + 3.1 = 21.4
            # 2025E: 9.2 + 7.0 + 7.9 + 4.2 = 28.3, not 28.4; bounds 28.1..28.5 (each part +/-0.05) reach
            # 28.35..28.45 -> 28.4 only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 18. Space-aligned table (Germany, EUR million, 2024) with a share column and a Total row: four shares (the
    #     photo-inspection row's 17.0% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the 38,000 dealerships (count), the €18,900 average used-car price.
    dict(
        text=(
            "Germany: AI spending by car dealers and used-car platforms by use, 2024\n"
            "Use                                           EUR m     Share\n"
            "Online used-car platforms and auctions         46.2     42.6%\n"
            "AI trade-in appraisal and auto finance         29.7     27.4%\n"
            "AI photo inspection and damage grading         18.5     17.0%\n"
            "AI lead scoring and sales chat                 14.1     13.0%\n"
            "Total                                         108.5    100.0%\n"
            "Note 2: Germany has about 38,000 car dealerships; the average used car sold for roughly €18,900. Source: "
            "Rheinland Autohandel Analytics."
        ),
        obs=[
            ("Online used-car platforms and auctions", 2024, 46.2, "EUR million", "actual"),
            ("AI trade-in appraisal and auto finance", 2024, 29.7, "EUR million", "actual"),
            ("AI photo inspection and damage grading", 2024, 18.5, "EUR million", "actual"),
            ("AI lead scoring and sales chat", 2024, 14.1, "EUR million", "actual"),
            ("Total", 2024, 108.5, "EUR million", "actual"),
        ],
        claims=[
            ("share", 42.6, "percent", 2024, 2024, None),
            ("share", 27.4, "percent", 2024, 2024, None),
            ("share", 17.0, "percent", 2024, 2024, None),
            ("share", 13.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 46.2 / 108.5 = 42.58% -> 42.6
            ("arithmetic", "exact"),  # 29.7 / 108.5 = 27.37% -> 27.4
            # 18.5 / 108.5 = 17.051% -> 17.1, not 17.0; bounds 18.45 / 108.55 = 16.997%, 18.55 / 108.45 = 17.105%
            # -> 17.0 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 14.1 / 108.5 = 12.995% -> 13.0
            ("hierarchy", "exact"),  # 46.2 + 29.7 + 18.5 + 14.1 = 108.5
        ],
    ),
    # 19. Vertical table (Mexico) whose rows are years, a lone value column headed by its unit only (Total, USD
    #     million) and a YoY column; 2025E an estimate; the 2024 YoY of 34.9% is inconsistent. Expected nowhere: the
    #     source's month and year, the peso conversion rate, the 2,400 dealerships, the 2021 dash.
    dict(
        text=(
            "Mexico: dealer spending on AI pricing, inspection and lead tools\n"
            "Year | USD million | YoY\n"
            "2021 | 14.2 | -\n"
            "2022 | 19.0 | 33.8%\n"
            "2023 | 25.1 | 32.1%\n"
            "2024 | 32.6 | 34.9%\n"
            "2025E | 41.9 | 28.5%\n"
            "Source: Valle Auto Analytics, February 2025; peso spending converted at MXN 18.3 to the US dollar; covers "
            "some 2,400 franchised dealerships. E = estimate."
        ),
        obs=[
            ("Total", 2021, 14.2, "USD million", "actual"),
            ("Total", 2022, 19.0, "USD million", "actual"),
            ("Total", 2023, 25.1, "USD million", "actual"),
            ("Total", 2024, 32.6, "USD million", "actual"),
            ("Total", 2025, 41.9, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 33.8, "percent", 2021, 2022, 1.0),
            ("growth", 32.1, "percent", 2022, 2023, 1.0),
            ("growth", 34.9, "percent", 2023, 2024, 1.0),
            ("growth", 28.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (19.0 / 14.2) ** (1 / 1) - 1 = 33.80% -> 33.8
            ("cagr|implied", "exact"),  # (25.1 / 19.0) ** (1 / 1) - 1 = 32.11% -> 32.1
            # (32.6 / 25.1) ** (1 / 1) - 1 = 29.88% -> 29.9, not 34.9; bounds 32.55 / 25.15 - 1 = 29.42%,
            # 32.65 / 25.05 - 1 = 30.34% -> 34.9 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (41.9 / 32.6) ** (1 / 1) - 1 = 28.53% -> 28.5
        ],
    ),
    # 20. Tab-separated segment table (South Korea, USD million) with a Total row: rows add to the Total in 2024 and
    #     2025F but not in 2023 (98 printed, 89 summed: inconsistent); 2025F an estimate. Expected nowhere: the won
    #     conversion rate.
    dict(
        text=(
            "South Korea: AI in car retail by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI used-car pricing and valuation\t38\t49\t62\n"
            "AI vehicle inspection from photos\t22\t30\t41\n"
            "AI dealer lead scoring and chatbots\t17\t23\t31\n"
            "AI used-car auction platforms\t12\t16\t22\n"
            "Total\t98\t118\t156\n"
            "Source: Hanbit Mobility Data; won spending converted at ₩1,370 to the dollar. F = forecast."
        ),
        obs=[
            ("AI used-car pricing and valuation", 2023, 38, "USD million", "actual"),
            ("AI used-car pricing and valuation", 2024, 49, "USD million", "actual"),
            ("AI used-car pricing and valuation", 2025, 62, "USD million", "estimate"),
            ("AI vehicle inspection from photos", 2023, 22, "USD million", "actual"),
            ("AI vehicle inspection from photos", 2024, 30, "USD million", "actual"),
            ("AI vehicle inspection from photos", 2025, 41, "USD million", "estimate"),
            ("AI dealer lead scoring and chatbots", 2023, 17, "USD million", "actual"),
            ("AI dealer lead scoring and chatbots", 2024, 23, "USD million", "actual"),
            ("AI dealer lead scoring and chatbots", 2025, 31, "USD million", "estimate"),
            ("AI used-car auction platforms", 2023, 12, "USD million", "actual"),
            ("AI used-car auction platforms", 2024, 16, "USD million", "actual"),
            ("AI used-car auction platforms", 2025, 22, "USD million", "estimate"),
            ("Total", 2023, 98, "USD million", "actual"),
            ("Total", 2024, 118, "USD million", "actual"),
            ("Total", 2025, 156, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2023: 38 + 22 + 17 + 12 = 89, not 98; bounds 87..91 (each part +/-0.5) miss 97.5..98.5
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2024: 49 + 30 + 23 + 16 = 118
            ("hierarchy", "exact"),  # 2025F: 62 + 41 + 31 + 22 = 156
        ],
    ),
    # 21. US earnings-call answer sizing a TAM (USD billion): the TAM the company sizes is the market (Total); "this
    #     year" is the call's year (2025, "roughly", printed figure, estimate), "last year" 2024 (actual); YoY with
    #     both amounts, CAGR with printed span. Expected nowhere: the call's date and quarter, the quarter's revenue
    #     and gross margin, the 18,000 rooftops, the 20 million used vehicles retailed, the $25,400 average listing.
    dict(
        text=(
            "Lotwise Software Q1 2025 earnings call, May 6, 2025 - Q&A\n"
            "Analyst (Trevor Hask, Pinecrest Capital): How big is the AI opportunity inside the dealership, beyond "
            "your current customers?\n"
            "CEO Marisa Quintal: We size the U.S. total addressable market for AI in dealership retail, meaning "
            "vehicle pricing and appraisal, photo inspection, lead scoring and sales chat, at roughly $3.1 billion "
            "this year, up 19% from $2.6 billion last year. By 2029 we see $5.9 billion, a CAGR of about 17.5% from "
            "2025 through 2029. In the quarter we booked $418 million of revenue at a 61% gross margin. There are "
            "about 18,000 franchised rooftops in the country, dealers retailed some 20 million used vehicles last "
            "year, and the average used listing sits near $25,400, so software is still a small line in a "
            "dealer's P&L."
        ),
        obs=[
            ("Total", 2024, 2.6, "USD billion", "actual"),
            ("Total", 2025, 3.1, "USD billion", "estimate"),
            ("Total", 2029, 5.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
            ("cagr", 17.5, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.1 / 2.6) ** (1 / 1) - 1 = 19.23% -> 19
            ("cagr|implied", "exact"),  # (5.9 / 3.1) ** (1 / 4) - 1 = 17.46% -> 17.5
        ],
    ),
    # 22. Mannheim discussion-paper abstract (EUR million): YoY with both amounts that holds only by rounding; a 2030
    #     figure in billions converted to the series' unit (EUR million); CAGR with printed span. Expected nowhere:
    #     the paper number, the 6.1 million used-car transactions, the 36,000 dealers, the EUR 18,600 average price.
    dict(
        text=(
            "Mannheim Centre for Mobility Economics, Discussion Paper No. 25-017. Abstract: Using dealer invoices and "
            "vendor filings, we estimate what German car dealers spend on AI trade-in appraisal and used-vehicle "
            "valuation tools. Spending rose from €118 million in 2023 to €146 million in 2024, an increase of 23.4%, "
            "and we project €0.41 billion by 2030, a compound annual growth rate of 18.8% over 2024-2030. The tools "
            "priced a growing part of Germany's roughly 6.1 million used-car transactions, handled by some 36,000 "
            "dealers at an average price near €18,600. We find that appraisal models narrow the gap between the "
            "trade-in offer and the later retail price, but mainly for cars under five years old."
        ),
        obs=[
            ("Total", 2023, 118, "EUR million", "actual"),
            ("Total", 2024, 146, "EUR million", "actual"),
            ("Total", 2030, 410, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
            ("cagr", 18.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (146 / 118) ** (1 / 1) - 1 = 23.73% -> 23.7, not 23.4; bounds 145.5 / 118.5 - 1 = 22.78%,
            # 146.5 / 117.5 - 1 = 24.68% -> 23.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (410 / 146) ** (1 / 6) - 1 = 18.78% -> 18.8
        ],
    ),
    # 23. Numbered social-media thread on Japan (JPY billion, fiscal years): YoY with both amounts, a part with its
    #     share, a CAGR with printed span that no reading reaches (inconsistent). Expected nowhere: the 7.5 million
    #     cars auctioned and their ¥4.2 trillion hammer value, the 15 minutes and 90 seconds, the 64% survey answer,
    #     the likes.
    dict(
        text=(
            "1/ Thread: Japan's used-car auctions are letting cameras grade the cars. Numbers from a Nagoya research "
            "firm's new report on AI inspection, damage grading and auction-price prediction.\n"
            "2/ The market reached ¥38.6 billion in FY2024, up 18% from ¥32.7 billion in FY2023. Photo-based damage "
            "grading at auction halls was ¥11.2 billion of that, about 29%.\n"
            "3/ Their forecast: ¥71 billion by FY2029, which they call a 15% CAGR for FY2024-29. The auction houses "
            "moved some 7.5 million cars last year, worth around ¥4.2 trillion at the hammer, so this is still tiny.\n"
            "4/ A human inspector needs about 15 minutes per car; the camera lane does it in 90 seconds. 64% of dealers "
            "polled want an AI grade on every lot. (428 likes)"
        ),
        obs=[
            ("Total", 2023, 32.7, "JPY billion", "actual"),
            ("Total", 2024, 38.6, "JPY billion", "actual"),
            ("Photo-based damage grading at auction halls", 2024, 11.2, "JPY billion", "actual"),
            ("Total", 2029, 71, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("share", 29, "percent", 2024, 2024, None),
            ("cagr", 15, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 32.7) ** (1 / 1) - 1 = 18.04% -> 18
            ("arithmetic", "exact"),  # 11.2 / 38.6 = 29.02% -> 29
            # (71 / 38.6) ** (1 / 5) - 1 = 12.96%; bounds (70.5 / 38.65) ** (1/5) - 1 = 12.77%,
            # (71.5 / 38.55) ** (1/5) - 1 = 13.15% -> 15 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Toronto web article with a correction line (USD million, Canadian market priced in US dollars): YoY with
    #     both amounts, a part with its share. Expected nowhere: the misprinted US$69 million, the C$1,200 monthly
    #     fee (Canadian dollars are not in the unit table), the 3,500 dealerships, the 1.9 million new vehicles, the
    #     57% survey answer, the update date.
    dict(
        text=(
            "TORONTO - Updated April 22, 2025. Canadian new- and used-car dealers spent US$96 million on AI lead "
            "scoring and automated sales chat in 2024, up 26% from US$76 million in 2023, according to a report from "
            "Maplegate Automotive Research. After-hours website chat assistants accounted for US$41 million, or 43% "
            "of the total, as shoppers increasingly send their first message after the showroom has closed. Dealers "
            "typically pay about C$1,200 per rooftop per month for the tools. Canada has some 3,500 franchised "
            "dealerships, which sold about 1.9 million new vehicles last year, and 57% of dealer principals surveyed "
            "said AI chat had lifted their appointment rates.\n"
            "Correction: An earlier version of this story said dealers spent US$69 million in 2024. The correct figure "
            "is US$96 million."
        ),
        obs=[
            ("Total", 2023, 76, "USD million", "actual"),
            ("Total", 2024, 96, "USD million", "actual"),
            ("After-hours website chat assistants", 2024, 41, "USD million", "actual"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("share", 43, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (96 / 76) ** (1 / 1) - 1 = 26.32% -> 26
            ("arithmetic", "exact"),  # 41 / 96 = 42.71% -> 43
        ],
    ),
    # 25. UK dealer group's letter to shareholders (GBP million), signed March 2025: "last year" is 2024 (actual);
    #     YoY with both amounts; "roughly £150 million" by 2029 (printed figure, estimate); the CAGR's span is given
    #     only by the amounts' years (inferred). Expected nowhere: the report's title year, the letter's date, the
    #     90 days, the group's revenue and margin, its 212,000 vehicles and 164 sites, the 7.6 million transactions.
    dict(
        text=(
            "Ashcombe Motor Group plc, Annual Report and Accounts 2024. Letter to shareholders\n"
            "Last year, UK spending on AI inventory planning and used-stock sourcing by dealer groups rose 24% to "
            "£67 million, from £54 million in 2023, as groups learned what a car sitting on the forecourt for 90 days "
            "really costs. We expect the market to reach roughly £150 million by 2029, growth of about 17% a year. "
            "Our own revenue was £4.6 billion at an underlying operating margin of 2.3%, and we sold 212,000 vehicles "
            "through 164 sites. The UK used-car market saw some 7.6 million transactions, so there is plenty of stock "
            "to buy wrongly, and plenty to buy well.\n"
            "Sir Alan Petherick, Chairman, 12 March 2025"
        ),
        obs=[
            ("Total", 2023, 54, "GBP million", "actual"),
            ("Total", 2024, 67, "GBP million", "actual"),
            ("Total", 2029, 150, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 17, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (67 / 54) ** (1 / 1) - 1 = 24.07% -> 24
            ("cagr|period", "exact"),  # (150 / 67) ** (1 / 5) - 1 = 17.49% -> 17
        ],
    ),
    # 26. Investor-day slide bullets (USD billion), September 2025: the TAM the company sizes is the market (Total);
    #     2023 actual, 2025E and 2028E estimates; two CAGRs with printed spans, the 2023-2025E one holds only by
    #     rounding; a multiple over five years (no verdict). Expected nowhere: the slide number, the 14.6 million
    #     loans, the $27,800 average amount financed, the company's FY2024 revenue, margin and 2028 share target.
    dict(
        text=(
            "Fairlane Credit Technologies Investor Day, Dallas, September 10, 2025. Slide 9: Market opportunity, AI "
            "auto-finance decisioning and trade-in appraisal\n"
            "- 2023 TAM: $2.4B\n"
            "- 2025E TAM: $3.7B\n"
            "- 2028E TAM: $6.9B\n"
            "- 2023-2025E CAGR: 25%; 2025E-2028E CAGR: 23%\n"
            "- TAM grows 2.9x from 2023 to 2028E as lenders price risk at the desk, not the next morning\n"
            "- 14.6M U.S. auto loans originated in 2024; average amount financed $27,800\n"
            "- Fairlane FY2024 revenue $612M, adj. EBITDA margin 28%; target 15% share of TAM by 2028"
        ),
        obs=[
            ("Total", 2023, 2.4, "USD billion", "actual"),
            ("Total", 2025, 3.7, "USD billion", "estimate"),
            ("Total", 2028, 6.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 25, "percent", 2023, 2025, None, "stated"),
            ("cagr", 23, "percent", 2025, 2028, None, "stated"),
            ("multiple", 2.9, "multiple", 2023, 2028, 5.0),
        ],
        verdicts=[
            # (3.7 / 2.4) ** (1 / 2) - 1 = 24.16% -> 24, not 25; bounds (3.65 / 2.45) ** (1/2) - 1 = 22.06%,
            # (3.75 / 2.35) ** (1/2) - 1 = 26.32% -> 25 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (6.9 / 3.7) ** (1 / 3) - 1 = 23.09% -> 23
        ],
    ),
    # 27. Forum answer quoting two research houses (EUR million, France): the first house's figures (base, target and
    #     rate) are the snippet's; YoY with both amounts, CAGR with printed span. Expected nowhere: the second house's
    #     €131 million for 2024, the 5.4 million used-car sales, the €17,000 average ticket, the 600,000 listings,
    #     the upvotes.
    dict(
        text=(
            "Re: Is AI pricing on French used-car sites a real market or just marketing? (answered, 38 upvotes)\n"
            "Depends on which house you read. Arvel Études says French online used-car platforms and dealers spent "
            "€164 million on AI pricing, listing-photo inspection and buyer matching in 2024, up 21% from €136 million "
            "in 2023, and expects €340 million in 2028, a CAGR of 20% over 2024-2028. Lancier Conseil counts more "
            "narrowly and puts 2024 at €131 million. For scale, France sees about 5.4 million used-car sales a year at "
            "an average ticket near €17,000, and the big portals carry more than 600,000 listings on any given day, "
            "which is exactly why nobody prices them by hand any more."
        ),
        obs=[
            ("Total", 2023, 136, "EUR million", "actual"),
            ("Total", 2024, 164, "EUR million", "actual"),
            ("Total", 2028, 340, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 20, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (164 / 136) ** (1 / 1) - 1 = 20.59% -> 21
            ("cagr|implied", "exact"),  # (340 / 164) ** (1 / 4) - 1 = 19.99% -> 20
        ],
    ),
    # 28. Mumbai broker note in rupees: rupees are not in the unit table, so no observation; its YoY, CAGR and share
    #     are claims (FY2025 counts as 2025), none with two amounts in a held currency, so no verdicts. Expected
    #     nowhere: the dateline, the Rs 1,240 crore, the 5.9 million used cars, the target price and upside, the
    #     pick's margin and December quarter, its $120 million round and $1.4 billion valuation.
    dict(
        text=(
            "Kestrel Capital, India Autos, Mumbai, 9 April 2025\n"
            "Used cars go algorithmic. We estimate that Indian used-car platforms and dealers spent Rs 1,240 crore on "
            "AI pricing, inspection and lending tools in FY2025, up 38% year on year, and forecast a CAGR of 27% over "
            "FY2025-FY2030 as organised players take share from roadside lots. Inspection and condition-grading tools "
            "take 34% of that spend. India sells about 5.9 million used cars a year, still more than its new cars. Our "
            "top pick, CarTrove (BUY, TP Rs 1,150, 24% upside), posted a 9% EBITDA margin in the December quarter; it "
            "raised $120 million at a $1.4 billion valuation last year."
        ),
        obs=[],
        claims=[
            ("growth", 38, "percent", 2024, 2025, 1.0),
            ("cagr", 27, "percent", 2025, 2030, None, "stated"),
            ("share", 34, "percent", 2025, 2025, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元): YoY with both amounts, a part with its share that holds only by
    #     rounding, a 2027 figure (突破, printed figure, estimate). Expected nowhere: the dateline, the 1,961万辆 used
    #     cars traded and their 1.28万亿元, the 4.6万家 dealers, the 68% survey answer.
    dict(
        text=(
            "新华社上海2025年3月18日电(记者周启航)记者从中国二手车流通数字化联盟获悉,2024年我国二手车AI检测评估与"
            "智能定价市场规模达到46.3亿元,较2023年的35.9亿元增长29.0%。其中,AI图像验车与损伤分级市场规模为13.6亿元,"
            "占比29.5%。联盟预计,到2027年该市场规模将突破100亿元。数据显示,2024年全国二手车累计交易1,961万辆,交易"
            "金额约1.28万亿元,从事二手车经营的市场主体约4.6万家。调查显示,68%的二手车商表示已在收车环节使用AI估价"
            "工具。"
        ),
        obs=[
            ("Total", 2023, 35.9, "CNY 100 million", "actual"),
            ("Total", 2024, 46.3, "CNY 100 million", "actual"),
            ("AI图像验车与损伤分级", 2024, 13.6, "CNY 100 million", "actual"),
            ("Total", 2027, 100, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.0, "percent", 2023, 2024, 1.0),
            ("share", 29.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46.3 / 35.9) ** (1 / 1) - 1 = 28.97% -> 29.0
            # 13.6 / 46.3 = 29.37% -> 29.4, not 29.5; bounds 13.55 / 46.35 = 29.23%, 13.65 / 46.25 = 29.51%
            # -> 29.5 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 30. Hangzhou municipal plan (Simplified): Total in 亿元 (约, printed figure), a part in 万元 (its own series and
    #     unit) with its share, a 2027 target (突破, printed figure, estimate), a CAGR whose span only the amounts'
    #     years give (inferred). Expected nowhere: the plan's title years, the 20 demonstration markets, the 100万元
    #     subsidy, the 620 4S stores, the 58万辆 used cars, the 80% coverage rate.
    dict(
        text=(
            "《杭州市汽车流通数字化转型行动方案(2025—2027年)》近日印发。方案提出,2024年全市汽车经销与二手车交易领域"
            "人工智能应用规模约8.2亿元,其中AI二手车估值与收车定价服务规模6,480万元,占比约7.9%。到2027年,全市汽车流通"
            "AI应用规模突破18亿元,年均复合增长率约30%;建设20个数字化示范车市,对符合条件的项目给予最高100万元补贴。"
            "全市现有品牌4S店约620家,2024年二手车交易量约58万辆,方案提出到2027年经销商线上智能客服覆盖率达到80%。"
        ),
        obs=[
            ("Total", 2024, 8.2, "CNY 100 million", "actual"),
            ("AI二手车估值与收车定价服务", 2024, 6480, "CNY 10 thousand", "actual"),
            ("Total", 2027, 18, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 7.9, "percent", 2024, 2024, None),
            ("cagr", 30, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 6,480万 / 82,000万 = 7.90% -> 7.9
            ("cagr|period", "exact"),  # (18 / 8.2) ** (1 / 3) - 1 = 29.96% -> 30
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): YoY with both amounts, a CAGR with printed span.
    #     Expected nowhere: the dateline, the 45萬輛 new registrations, the 70萬輛 used-car transfers, the 1,200
    #     dealer sites, a dealer group's 1,900億元 revenue.
    dict(
        text=(
            "【台北訊】瀚洋產業研究所2025年6月3日發布研究指出,2024年台灣汽車經銷商AI銷售與客服應用市場規模達新台幣"
            "9.4億元,較2023年的7.3億元成長28.8%,成長動能主要來自潛在客戶評分、線上智慧客服與試乘預約系統。該所預估,"
            "2028年市場規模將達21.6億元,2024至2028年年複合成長率為23.1%。研究所指出,2024年全台新車掛牌約45萬輛、"
            "中古車過戶約70萬輛,各品牌經銷據點約1,200處;國內最大汽車經銷集團2024年營收約新台幣1,900億元。"
        ),
        obs=[
            ("Total", 2023, 7.3, "TWD 100 million", "actual"),
            ("Total", 2024, 9.4, "TWD 100 million", "actual"),
            ("Total", 2028, 21.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.8, "percent", 2023, 2024, 1.0),
            ("cagr", 23.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.4 / 7.3) ** (1 / 1) - 1 = 28.77% -> 28.8
            ("cagr|implied", "exact"),  # (21.6 / 9.4) ** (1 / 4) - 1 = 23.12% -> 23.1
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): YoY with both amounts, a part with its share, a CAGR
    #     with printed span, all exact. Expected nowhere: the report's title year, the 57萬 private cars, the 7.5萬宗
    #     used-car deals, the 28萬港元 average price, the 58% survey answer.
    dict(
        text=(
            "香港汽車商會發表《2025香港汽車零售數碼化報告》指出,2024年本港汽車經銷商及二手車平台人工智能應用市場規模為"
            "2.38億港元,較2023年的1.94億港元增長23%。其中,AI估價及收車評估為0.71億港元,佔30%。報告預測,2027年市場"
            "規模將達3.9億港元,2024至2027年複合年增長率為18%。報告又指,全港登記私家車約57萬輛,全年二手車成交約7.5萬"
            "宗,平均成交價約28萬港元;受訪車行中有58%表示網上查詢量上升是引入AI的主因。"
        ),
        obs=[
            ("Total", 2023, 1.94, "HKD 100 million", "actual"),
            ("Total", 2024, 2.38, "HKD 100 million", "actual"),
            ("AI估價及收車評估", 2024, 0.71, "HKD 100 million", "actual"),
            ("Total", 2027, 3.9, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("share", 30, "percent", 2024, 2024, None),
            ("cagr", 18, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.38 / 1.94) ** (1 / 1) - 1 = 22.68% -> 23
            ("arithmetic", "exact"),  # 0.71 / 2.38 = 29.83% -> 30
            ("cagr|implied", "exact"),  # (3.9 / 2.38) ** (1 / 3) - 1 = 17.90% -> 18
        ],
    ),
    # 33. PTT post (Traditional, 新台幣億元), dated 2025: YoY with both amounts that no reading reaches
    #     (inconsistent); 明年 is 2026 (上看, forecast cue, printed figure, estimate). Expected nowhere: the post's
    #     date and header, the 70萬台 transfers, the big dealer's nearly 3萬 listings and its 300億元 revenue, the
    #     push count.
    dict(
        text=(
            "作者 wheelman88 (輪子先生)\n"
            "標題 [情報] 中古車AI估價市場規模出爐\n"
            "時間 Sat May 17 22:41:09 2025\n"
            "剛看到顧問公司的報告,台灣中古車AI估價與車況辨識市場,2024年規模約新台幣4.6億元,2023年是3.8億元,報告寫"
            "成長25%。報告說明年上看6億元,主要是大車商跟拍賣場在導入。全台一年中古車過戶大概70萬台,某大車商網站上"
            "就掛了快3萬台車,去年營收破300億元,所以這塊其實還很小。推 估價AI會比老師傅準嗎?(推文 52)"
        ),
        obs=[
            ("Total", 2023, 3.8, "TWD 100 million", "actual"),
            ("Total", 2024, 4.6, "TWD 100 million", "actual"),
            ("Total", 2026, 6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (4.6 / 3.8) ** (1 / 1) - 1 = 21.05%; bounds 4.55 / 3.85 - 1 = 18.18%, 4.65 / 3.75 - 1 = 24.00%
            # -> 25 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) with a 2027 range (two value claims), a YoY with both amounts, a share
    #     without its part's amount (claim, no verdict). Expected nowhere: the report date, the 52% finance
    #     penetration rate, the 2,250万辆 cars sold, the target price and upside, the pick's revenue, its 6亿元 round
    #     and 45亿元 valuation.
    dict(
        text=(
            "【华屿证券】汽车金融AI深度报告:风控前移到展厅(2025年5月20日)\n"
            "摘要:我们测算,2024年我国汽车金融AI风控与残值评估市场规模为63.8亿元,较2023年的49.5亿元同比增长28.9%;"
            "预计2027年市场规模将达到120—150亿元。其中二手车残值评估约占41%,增速最快。2024年国内新车金融渗透率约52%,"
            "全年汽车销量约2,250万辆。首次覆盖给予行业“增持”评级,重点推荐车信智算(目标价36元,上涨空间31%),公司2024年"
            "营业收入4.2亿元;公司近期完成B轮融资6亿元,投后估值45亿元。"
        ),
        obs=[
            ("Total", 2023, 49.5, "CNY 100 million", "actual"),
            ("Total", 2024, 63.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 28.9, "percent", 2023, 2024, 1.0),
            ("value", 120, "CNY 100 million", 2027, 2027, None),
            ("value", 150, "CNY 100 million", 2027, 2027, None),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (63.8 / 49.5) ** (1 / 1) - 1 = 28.89% -> 28.9
        ],
    ),
    # 35. Dealer group's results-briefing transcript (Simplified, 亿元), dated 2025: 今年 2025 (约, printed figure,
    #     estimate), 去年 2024 (actual) with a YoY that holds only by rounding, 2027 (有望, estimate) with a CAGR of
    #     printed span. Expected nowhere: the company's revenue and gross margin, the first quarter's net profit, the
    #     41万辆 new cars, the 780 stores.
    dict(
        text=(
            "远驰汽车集团2024年度业绩说明会文字实录(2025年4月25日)\n"
            "投资者:公司如何看待经销商集团AI库存管理的市场空间?\n"
            "董事会秘书:据公司测算,今年国内经销商集团AI库存管理与智能调拨市场规模约为22亿元,去年为17亿元,增长约28%。"
            "到2027年,这一市场有望达到36亿元,2025—2027年复合增长率约28%。公司2024年实现营业收入1,320亿元,毛利率"
            "5.6%,一季度归母净利润4.3亿元,全年销售新车41万辆;目前旗下780家门店已全部接入智能调拨系统。"
        ),
        obs=[
            ("Total", 2024, 17, "CNY 100 million", "actual"),
            ("Total", 2025, 22, "CNY 100 million", "estimate"),
            ("Total", 2027, 36, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2024, 2025, 1.0),
            ("cagr", 28, "percent", 2025, 2027, None, "stated"),
        ],
        verdicts=[
            # (22 / 17) ** (1 / 1) - 1 = 29.41% -> 29, not 28; bounds 21.5 / 17.5 - 1 = 22.86%,
            # 22.5 / 16.5 - 1 = 36.36% -> 28 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (36 / 22) ** (1 / 2) - 1 = 27.92% -> 28
        ],
    ),
    # 36. Markdown table (EUR million, Italy) by segment with a Total row and a CAGR column (span printed in the
    #     header); 2029F is an estimate; the inspection CAGR holds only by rounding. Expected nowhere: the table
    #     number, the first quarter's €24 million, the 3.0 million ownership transfers and 1.6 million new
    #     registrations in the note.
    dict(
        text=(
            "Table 3. Italy: AI at car dealers and used-car platforms by segment (EUR million)\n"
            "| Segment | 2024 | 2029F | CAGR 2024-29 |\n"
            "|---|---|---|---|\n"
            "| AI pricing and valuation | 38 | 84 | 17.2% |\n"
            "| Photo inspection and damage grading | 21 | 57 | 22.4% |\n"
            "| Lead scoring and sales chat | 29 | 61 | 16.0% |\n"
            "| Total | 88 | 202 | 18.1% |\n"
            "Note: F = forecast. Source: Osservatorio Ruota Digitale, Turin. First-quarter 2025 spending came to about "
            "€24 million. Italy records some 3.0 million used-car ownership transfers and 1.6 million new "
            "registrations a year; vehicle sales themselves are excluded."
        ),
        obs=[
            ("AI pricing and valuation", 2024, 38, "EUR million", "actual"),
            ("AI pricing and valuation", 2029, 84, "EUR million", "estimate"),
            ("Photo inspection and damage grading", 2024, 21, "EUR million", "actual"),
            ("Photo inspection and damage grading", 2029, 57, "EUR million", "estimate"),
            ("Lead scoring and sales chat", 2024, 29, "EUR million", "actual"),
            ("Lead scoring and sales chat", 2029, 61, "EUR million", "estimate"),
            ("Total", 2024, 88, "EUR million", "actual"),
            ("Total", 2029, 202, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 17.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 22.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 16.0, "percent", 2024, 2029, None, "stated"),
            ("cagr", 18.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (84 / 38) ** (1 / 5) - 1 = 17.19% -> 17.2
            # (57 / 21) ** (1 / 5) - 1 = 22.10% -> 22.1, not 22.4; bounds (56.5 / 21.5) ** (1/5) - 1 = 21.32%,
            # (57.5 / 20.5) ** (1/5) - 1 = 22.91% -> 22.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (61 / 29) ** (1 / 5) - 1 = 16.03% -> 16.0
            ("cagr|implied", "exact"),  # (202 / 88) ** (1 / 5) - 1 = 18.08% -> 18.1
            ("hierarchy", "exact"),  # 2024: 38 + 21 + 29 = 88
            ("hierarchy", "exact"),  # 2029F: 84 + 57 + 61 = 202
        ],
    ),
    # 37. Tab-separated table (Simplified, 亿元) with a 合计 row and a 同比 column; the sales-assistant 同比 holds only
    #     by rounding. Expected nowhere: the table number, the title's year span, the 3.1万家 4S stores and the
    #     2,250万辆 cars sold in the note.
    dict(
        text=(
            "表1 2023—2024年中国汽车经销商AI应用细分市场规模(单位:亿元)\n"
            "细分领域\t2023年\t2024年\t同比\n"
            "智能定价与估值\t9.6\t12.7\t32.3%\n"
            "AI验车与车况评级\t7.4\t9.1\t23.0%\n"
            "线索评分与智能销售助理\t4.2\t5.9\t41.0%\n"
            "库存调度与采购决策\t3.1\t3.8\t22.6%\n"
            "合计\t24.3\t31.5\t29.6%\n"
            "资料来源:车联数智研究院;统计范围为全国约3.1万家品牌4S店及二手车经销商的AI软件与服务采购,不含整车销售"
            "(2024年全国汽车销量约2,250万辆)。"
        ),
        obs=[
            ("智能定价与估值", 2023, 9.6, "CNY 100 million", "actual"),
            ("智能定价与估值", 2024, 12.7, "CNY 100 million", "actual"),
            ("AI验车与车况评级", 2023, 7.4, "CNY 100 million", "actual"),
            ("AI验车与车况评级", 2024, 9.1, "CNY 100 million", "actual"),
            ("线索评分与智能销售助理", 2023, 4.2, "CNY 100 million", "actual"),
            ("线索评分与智能销售助理", 2024, 5.9, "CNY 100 million", "actual"),
            ("库存调度与采购决策", 2023, 3.1, "CNY 100 million", "actual"),
            ("库存调度与采购决策", 2024, 3.8, "CNY 100 million", "actual"),
            ("合计", 2023, 24.3, "CNY 100 million", "actual"),
            ("合计", 2024, 31.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 32.3, "percent", 2023, 2024, 1.0),
            ("growth", 23.0, "percent", 2023, 2024, 1.0),
            ("growth", 41.0, "percent", 2023, 2024, 1.0),
            ("growth", 22.6, "percent", 2023, 2024, 1.0),
            ("growth", 29.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 12.7 / 9.6 - 1 = 32.29% -> 32.3
            ("cagr|implied", "exact"),  # 9.1 / 7.4 - 1 = 22.97% -> 23.0
            # 5.9 / 4.2 - 1 = 40.48% -> 40.5, not 41.0; bounds 5.85 / 4.25 - 1 = 37.65%, 5.95 / 4.15 - 1 = 43.37%
            # -> 41.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 3.8 / 3.1 - 1 = 22.58% -> 22.6
            ("cagr|implied", "exact"),  # 31.5 / 24.3 - 1 = 29.63% -> 29.6
            ("hierarchy", "exact"),  # 2023: 9.6 + 7.4 + 4.2 + 3.1 = 24.3
            ("hierarchy", "exact"),  # 2024: 12.7 + 9.1 + 5.9 + 3.8 = 31.5
        ],
    ),
    # 38. Space-aligned table (USD million, Mexico, 2024) with a share column and a Total row (its 100% is no claim);
    #     the photo-inspection share is reached by no reading (inconsistent). Expected nowhere: the peso aside
    #     (MXN 1.46 billion; pesos are not in the unit table), the 1.5 million new vehicles, the 2,200 dealerships.
    dict(
        text=(
            "Mexico: AI tools at car dealers by application, 2024 (US$ million)\n"
            "Application                          US$ m     Share\n"
            "Lead scoring and sales chat          31.4      37%\n"
            "Pricing and trade-in appraisal       22.8      27%\n"
            "Auto-finance decisioning             18.5      22%\n"
            "Photo inspection                     12.6      13%\n"
            "Total                                85.3      100%\n"
            "Source: Asociación Digital de Distribuidores survey; equivalent to about MXN 1.46 billion. Covers some "
            "2,200 franchised dealerships, which sold roughly 1.5 million new vehicles in 2024."
        ),
        obs=[
            ("Lead scoring and sales chat", 2024, 31.4, "USD million", "actual"),
            ("Pricing and trade-in appraisal", 2024, 22.8, "USD million", "actual"),
            ("Auto-finance decisioning", 2024, 18.5, "USD million", "actual"),
            ("Photo inspection", 2024, 12.6, "USD million", "actual"),
            ("Total", 2024, 85.3, "USD million", "actual"),
        ],
        claims=[
            ("share", 37, "percent", 2024, 2024, None),
            ("share", 27, "percent", 2024, 2024, None),
            ("share", 22, "percent", 2024, 2024, None),
            ("share", 13, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 31.4 / 85.3 = 36.81% -> 37
            ("arithmetic", "exact"),  # 22.8 / 85.3 = 26.73% -> 27
            ("arithmetic", "exact"),  # 18.5 / 85.3 = 21.69% -> 22
            # 12.6 / 85.3 = 14.77%; bounds 12.55 / 85.35 = 14.70%, 12.65 / 85.25 = 14.84% -> 13 unreachable
            ("arithmetic", "inconsistent"),
            ("hierarchy", "exact"),  # 31.4 + 22.8 + 18.5 + 12.6 = 85.3
        ],
    ),
    # 39. Vertical table whose rows are years (USD million, Australia priced in US dollars), a lone value column
    #     headed by its unit only (Total); 2025F and 2026F are estimates; a CAGR with printed span in the note.
    #     Expected nowhere: the A$ aside (Australian dollars are not in the unit table), the 2.3 million used-car
    #     sales, the 190,000 listings.
    dict(
        text=(
            "Australia: AI in online used-car marketplaces and auctions\n"
            "Year | US$ million\n"
            "2021 | 34\n"
            "2022 | 43\n"
            "2023 | 55\n"
            "2024 | 69\n"
            "2025F | 86\n"
            "2026F | 107\n"
            "Note: F = forecast; CAGR 2021-2026F: 26%. Source: Harbourline Auto Analytics, from platform and auction-house "
            "disclosures on AI pricing, photo condition reports and bidder matching; A$ amounts converted at each "
            "year's average rate. The market excludes the vehicles themselves: Australians bought some 2.3 million used "
            "cars in 2024, and the largest portal lists about 190,000 at any time."
        ),
        obs=[
            ("Total", 2021, 34, "USD million", "actual"),
            ("Total", 2022, 43, "USD million", "actual"),
            ("Total", 2023, 55, "USD million", "actual"),
            ("Total", 2024, 69, "USD million", "actual"),
            ("Total", 2025, 86, "USD million", "estimate"),
            ("Total", 2026, 107, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 26, "percent", 2021, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (107 / 34) ** (1 / 5) - 1 = 25.77% -> 26
        ],
    ),
    # 40. Traditional Chinese table (新台幣億元) with a 合計 row; 2025年(預估) is an estimate; the 2024 合計 holds only
    #     by rounding, the 2025 合計 is reached by no reading (inconsistent). Expected nowhere: the table number, the
    #     title's year span, the 70萬輛 transfers and 1,200 dealer sites in the note.
    dict(
        text=(
            "表5 2023—2025年台灣中古車AI應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "AI估價與定價 | 2.1 | 2.6 | 3.2\n"
            "車況影像檢測 | 1.4 | 1.8 | 2.3\n"
            "線上拍賣AI媒合 | 0.9 | 1.2 | 1.6\n"
            "經銷商AI客服 | 0.7 | 0.9 | 1.2\n"
            "合計 | 5.1 | 6.6 | 8.7\n"
            "資料來源:瀚洋產業研究所;涵蓋全台約1,200處經銷據點及主要中古車拍賣場,不含車輛本身交易(年過戶約70萬輛);"
            "2025年為預估值,合計欄依原報告數字列示。"
        ),
        obs=[
            ("AI估價與定價", 2023, 2.1, "TWD 100 million", "actual"),
            ("AI估價與定價", 2024, 2.6, "TWD 100 million", "actual"),
            ("AI估價與定價", 2025, 3.2, "TWD 100 million", "estimate"),
            ("車況影像檢測", 2023, 1.4, "TWD 100 million", "actual"),
            ("車況影像檢測", 2024, 1.8, "TWD 100 million", "actual"),
            ("車況影像檢測", 2025, 2.3, "TWD 100 million", "estimate"),
            ("線上拍賣AI媒合", 2023, 0.9, "TWD 100 million", "actual"),
            ("線上拍賣AI媒合", 2024, 1.2, "TWD 100 million", "actual"),
            ("線上拍賣AI媒合", 2025, 1.6, "TWD 100 million", "estimate"),
            ("經銷商AI客服", 2023, 0.7, "TWD 100 million", "actual"),
            ("經銷商AI客服", 2024, 0.9, "TWD 100 million", "actual"),
            ("經銷商AI客服", 2025, 1.2, "TWD 100 million", "estimate"),
            ("合計", 2023, 5.1, "TWD 100 million", "actual"),
            ("合計", 2024, 6.6, "TWD 100 million", "actual"),
            ("合計", 2025, 8.7, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 2.1 + 1.4 + 0.9 + 0.7 = 5.1
            # 2024: 2.6 + 1.8 + 1.2 + 0.9 = 6.5 vs 6.6; rows' bounds 6.3-6.7, total's 6.55-6.65
            # -> reached only by some reading
            ("hierarchy", "rounding"),
            # 2025(預估): 3.2 + 2.3 + 1.6 + 1.2 = 8.3 vs 8.7; rows' bounds 8.1-8.5, total's 8.65-8.75
            # -> no reading reaches
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-twenty-eighth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 7, 'rounding': 14, 'exact': 72}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'some 17% of the total',
    'A second house, Isar Automotive Research, puts 2024 spending',
    'total addressable market',
    'An earlier version of this article',
    'more than doubled',
    '较2023年增长2倍',
    '新台幣14.6億元',
    '億港元',
    '中央社記者林雅婷台北2025年4月22日電',
    '| Segment | 2024 | 2030F | CAGR 2024-30 |',
    '2024 | 32.6 | 34.9%',
    'Lotwise Software Q1 2025 earnings call, May 6, 2025',
    'Discussion Paper No. 25-017. Abstract:',
    '3/ Their forecast: ¥71 billion by FY2029',
    'Correction: An earlier version of this story',
    'Letter to shareholders',
    '- 2025E TAM: $3.7B',
    'Lancier Conseil counts more',
    'Rs 1,240 crore',
    '新华社上海2025年3月18日电',
    '標題 [情報] 中古車AI估價市場規模出爐',
    '预计2027年市场规模将达到120—150亿元',
    '| Segment | 2024 | 2029F | CAGR 2024-29 |',
    '合計 | 5.1 | 6.6 | 8.7',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 201
#: figures, 63 rates, 90 verdicts and 0 false inconsistent
#: after the readings chosen on it and the two-hundred-and-thirtieth set: 203, 63, 91 and 0
FLOORS = {"figures_found": 203, "rates_found": 63, "verdicts_right": 91}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset228.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
