"""A two-hundred-and-twenty-ninth check set for the extractor, written blind: AI in car dealerships and used-car
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
texts (a Dallas wire release on dealer lead scoring and sales chat, a Tokyo broker note in fiscal years and yen on used-
car inspection and auction pricing, a London briefing with three segments and shares, a Stuttgart article on AI trade-in
pricing quoting two research houses, a Houston dealer-group investor-day TAM for AI auto finance and trade-in appraisal,
an Italian ministry plan with last-year/this-year figures and a 2030 target, a correction notice on a Mexican story with
a range, an Australian automotive-retail blog post with 'more than doubled'), seven Chinese prose texts (a used-car
digitalisation report, a Guangdong plan with 力争到 and 增长2.5倍, a Xinhua story on dealer AI sales tools quoting two
institutes, a Taiwan white paper in 新台幣億元, a Hong Kong story in 億港元, a CNA story on dealer lead scoring with 去年/今年, a
broker deep-dive on auto-finance AI with a range) and five tables (markdown with a CAGR column, tab-separated with a 合计
row, space-aligned with shares, a vertical table of years with YoY, a tab-separated Indian segment table). Left out:
total new- and used-car sales and their value beside the AI part, counts of cars, dealers, rooftops, auctions and
transfers, average car and hammer prices, dealer groups' revenue, margins and share goals, funding rounds and
valuations, quarter figures, survey answers, penetration rates, won, peso, rupee and Australian-dollar amounts, a second
house's figure, a correction's wrong range, shares in words. Inconsistent: the Stuttgart 22.5% CAGR, the 2024年 合计 of the
Chinese table and the Korean 2024 YoY. Only by rounding: the Tokyo CAGR, the London lead-scoring share, the Guangdong
31.2% and broker 27.8% YoYs, the Taiwan CAGR, the Canadian lead-scoring row's CAGR, the French inspection share and the
Indian 2025F Total.

Snippets 21-40: Twenty snippets on AI in car dealerships and used-car marketplaces, numbered 21-40: eight English prose
pieces (a US earnings-call answer sizing a TAM for AI dealer software with 'this year' and 'last year' read from the
call's date, a UK working-paper abstract on AI trade-in appraisal whose 2030 figure in billions is converted to the
series' millions, a numbered social-media thread on Japanese AI auction tools in yen, a Toronto web article on AI lead
scoring with a correction line, a German dealer group's letter to shareholders with an inferred-span CAGR, investor-day
slide bullets with a multiple, a forum answer quoting two research houses on French photo inspection, and a Seoul broker
note in won that gives claims but no observations), seven Chinese prose pieces (a Xinhua-style release, a Suzhou plan
with a part in 万元 and a 增长1.5倍 multiple, a Taipei research release, a Hong Kong association report in 億港元, a PTT post, a
broker abstract with a 2027 range, a results-briefing transcript) and five tables (markdown euros with a CAGR column,
tab-separated pounds with a YoY column, space-aligned US dollars with a share column, a vertical table of years headed
by its unit only, a Traditional Chinese table in 新台幣億元 with a 合計 row). Left out everywhere: total used-car and new-car
sales beside the AI part, numbers of cars, dealers, listings, lots and inspections, a car's average price, dealer
groups' own revenue, margins and share targets, funding rounds and valuations, a quarter's figures, survey and
penetration percentages, Canadian-dollar, won and rupee asides, a second house's figure and a corrected misprint.
Inconsistent: the thread's 15% CAGR, the Hong Kong report's 17% CAGR and the Taiwan table's 2025 合計. Holding only by
rounding: the working paper's 18.5% growth, the letter's 17% CAGR, the Taipei release's 27.9% growth, the PTT post's 29%
growth, the inspection CAGR in the markdown table, the stock-planning YoY in the pounds table, the lead-scoring share in
the space-aligned table and the Taiwan table's 2024 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Dallas wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2030 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere:
    #    the study's title year, the 1,320 dealer principals surveyed, the 15.9 million new and 19 million used
    #    vehicles retailed (numbers of cars sold), the $48,000 average transaction price, the 61% survey answer.
    dict(
        text=(
            "DALLAS, April 8, 2025 /PRNewswire/ -- Franchised and independent car dealers in the United States spent "
            "$612 million on AI lead scoring, sales chat and digital-retail assistants in 2024, up 24% from $494 "
            "million in 2023, according to the 2025 Dealer AI Adoption Study released today by Trinity Auto Retail "
            "Research. The Dallas firm, which surveyed 1,320 dealer principals and general managers, forecasts spending "
            "of $2.3 billion by 2030, a compound annual growth rate of 24.7% from 2024 to 2030. U.S. dealers retailed "
            "about 15.9 million new vehicles and some 19 million used vehicles last year, and the average new-vehicle "
            "transaction price was near $48,000. Some 61% of respondents said AI chat had cut their lead response time "
            "to under five minutes."
        ),
        obs=[
            ("Total", 2023, 494, "USD million", "actual"),
            ("Total", 2024, 612, "USD million", "actual"),
            ("Total", 2030, 2300, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 24.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (612 / 494) ** (1 / 1) - 1 = 23.89% -> 24
            ("cagr|implied", "exact"),  # (2300 / 612) ** (1 / 6) - 1 = 24.69% -> 24.7
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "about 22%" where the amounts give 21.44%. Expected nowhere: the dateline, the 7.4
    #    million cars through auctions, the ¥850,000 average hammer price, Korean spending in won, the covered
    #    firm's sales, growth, margin, target price and upside.
    dict(
        text=(
            "Tokyo, 22 May 2025. Japan Auto Retail, sector note. We size the market for AI used-car inspection, damage "
            "grading from photos and auction pricing in Japan at ¥14.2 billion in FY2024 (year to March 2025) and "
            "forecast ¥37.5 billion by FY2029e, a CAGR of about 22%. Japan's used-vehicle auctions handle some 7.4 "
            "million cars a year, at an average hammer price of roughly ¥850,000. In South Korea, dealers spend an "
            "estimated ₩78 billion on similar tools. Our top pick, Hanamichi Auto Link (Buy, TP ¥3,150, 24% upside), "
            "lifted FY2024 sales 15% to ¥61.4 billion at a 9.8% operating margin."
        ),
        obs=[
            ("Total", 2024, 14.2, "JPY billion", "actual"),
            ("Total", 2029, 37.5, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (37.5 / 14.2) ** (1 / 5) - 1 = 21.44% -> 21, not 22; bounds (37.45 / 14.25) ** (1/5) - 1 = 21.32%,
            # (37.55 / 14.15) ** (1/5) - 1 = 21.55% -> 22 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. London research briefing: a total in GBP million and three segments with shares (lead scoring's "some 17%"
    #    holds only by rounding); the 2029 forecast printed in billions is expected converted to GBP million.
    #    Expected nowhere: the 420 dealer groups interviewed, the 1.95 million new cars and 7.6 million used-car
    #    transactions, the £17,000 average used price.
    dict(
        text=(
            "LONDON, 9 September 2025 - Britain's franchised dealers and used-car supermarkets spent £184 million on AI "
            "tools in 2024, a briefing from the Marylebone Motor Retail Institute finds. AI vehicle pricing and stock "
            "valuation took the largest slice, £71 million or about 39%, followed by photo-based inspection and damage "
            "grading at £52 million (28%). AI lead scoring and sales chat came to £30 million, some 17% of the total. "
            "The institute, which interviewed 420 dealer groups, expects spending to reach £0.52 billion in 2029. "
            "Britain registered 1.95 million new cars and saw 7.6 million used-car transactions in 2024, at an average "
            "used price of about £17,000."
        ),
        obs=[
            ("Total", 2024, 184, "GBP million", "actual"),
            ("AI vehicle pricing and stock valuation", 2024, 71, "GBP million", "actual"),
            ("Photo-based inspection and damage grading", 2024, 52, "GBP million", "actual"),
            ("AI lead scoring and sales chat", 2024, 30, "GBP million", "actual"),
            ("Total", 2029, 520, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 39, "percent", 2024, 2024, None),
            ("share", 28, "percent", 2024, 2024, None),
            ("share", 17, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 71 / 184 = 38.59% -> 39
            ("arithmetic", "exact"),  # 52 / 184 = 28.26% -> 28
            # 30 / 184 = 16.30% -> 16, not 17; bounds 29.5 / 184.5 = 15.99%, 30.5 / 183.5 = 16.62% -> 17 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Stuttgart article quoting two research houses: the first house's base, target and rates are the snippet's;
    #    its "rose 30%" holds, its 22.5% CAGR is inconsistent. Expected nowhere: Filderhaus Analytics' €121 million
    #    for 2024, the 6.4 million used-car changes of ownership, the 38,000 dealers, the 44% survey answer.
    dict(
        text=(
            "STUTTGART, 14 October 2025 - German car dealers are handing more of their trade-in pricing to algorithms. "
            "Spending on AI vehicle pricing and valuation tools by German dealerships and used-car platforms rose 30% "
            "to €96 million in 2024, from €74 million in 2023, according to Neckar Mobility Research, which expects "
            "€260 million by 2030, a compound annual growth rate of 22.5% from 2024 to 2030. A rival house, Filderhaus "
            "Analytics, puts 2024 spending at €121 million. Germany recorded about 6.4 million used-car changes of "
            "ownership last year through roughly 38,000 dealers, and 44% of dealers in a trade survey said they already "
            "price trade-ins with software."
        ),
        obs=[
            ("Total", 2023, 74, "EUR million", "actual"),
            ("Total", 2024, 96, "EUR million", "actual"),
            ("Total", 2030, 260, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2023, 2024, 1.0),
            ("cagr", 22.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (96 / 74) ** (1 / 1) - 1 = 29.73% -> 30
            # (260 / 96) ** (1 / 6) - 1 = 18.06% -> 18.1, not 22.5; bounds (259.5 / 96.5) ** (1/6) - 1 = 17.92%,
            # (260.5 / 95.5) ** (1/6) - 1 = 18.21% -> 22.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Dealer-group investor-day transcript (Houston): the total addressable market the company sizes is the market
    #    (Total), in USD billion, with "about a 16.5% CAGR" over a printed span. Expected nowhere: the 412,000 vehicles
    #    retailed, the 238 rooftops, the group's revenue and gross margin, its 10% share goal, the first quarter's
    #    96,000 trade-ins priced.
    dict(
        text=(
            "Lone Star Auto Group Investor Day, Houston, March 12, 2025 - transcript excerpt. Dana Whitfield, chief "
            "digital officer: \"Let me size the prize. The total addressable market for AI in auto finance and trade-in "
            "appraisal, meaning instant credit decisioning, F&I product matching and AI appraisal of the car you trade "
            "in, was $7.4 billion in 2024, and we see it reaching $18.5 billion by 2030. That's about a 16.5% CAGR from "
            "2024 to 2030. We retailed 412,000 vehicles last year across 238 rooftops, our revenue was $26.8 billion at "
            "a 16.2% gross margin, and we want a 10% share of that market by 2030. In the first quarter alone our AI "
            "appraisal tool priced 96,000 trade-ins.\""
        ),
        obs=[
            ("Total", 2024, 7.4, "USD billion", "actual"),
            ("Total", 2030, 18.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.5 / 7.4) ** (1 / 6) - 1 = 16.50% -> 16.5
        ],
    ),
    # 6. Rome ministry plan: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 target (an
    #    estimate). Expected nowhere: the €10 million for pilots at 80 dealerships, the 1.56 million new cars and 3.1
    #    million ownership transfers, the 57% survey answer.
    dict(
        text=(
            "ROME, 18 February 2025 - The national plan for the digital car trade published today by the Ministry of "
            "Enterprises estimates that Italian dealerships spent €58 million on AI lead management, pricing and "
            "inventory tools last year, and expects €73 million this year, an increase of 26%. The plan sets a target "
            "of €200 million by 2030. It sets aside €10 million for pilots at 80 dealerships and notes that Italy "
            "registered about 1.56 million new cars in 2024 and some 3.1 million used-car ownership transfers. In a "
            "survey it cites, 57% of dealers planned to adopt AI stocking tools."
        ),
        obs=[
            ("Total", 2024, 58, "EUR million", "actual"),
            ("Total", 2025, 73, "EUR million", "estimate"),
            ("Total", 2030, 200, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (73 / 58) ** (1 / 1) - 1 = 25.86% -> 26
        ],
    ),
    # 7. Correction notice on a Mexican story (US dollars): the 2030 range gives two value claims (no observation);
    #    the 2024 figure is the year's observation. Expected nowhere: the misstated $3.9-4.5 billion, the 2.4 billion
    #    pesos (a currency the unit table does not hold), the 1.5 million new light vehicles, the $28,000 average
    #    price; the range is expected once though printed twice.
    dict(
        text=(
            "Correction, 6 November 2025: An earlier version of this article misstated the 2030 forecast. Sierra Madre "
            "Consultores expects Mexican spending to reach $390 million to $450 million in 2030, not $3.9 billion to "
            "$4.5 billion.\n"
            "Mexican car dealers and online used-car platforms spent $138 million in 2024 on AI pricing, photo "
            "inspection and credit pre-approval, according to Sierra Madre Consultores, a Monterrey consultancy. It "
            "expects the market to reach $390 million to $450 million in 2030 as dealers' financing arms adopt instant "
            "appraisal. The 2024 figure equals roughly 2.4 billion pesos. Mexico sold about 1.5 million new light "
            "vehicles last year at an average price of some $28,000."
        ),
        obs=[
            ("Total", 2024, 138, "USD million", "actual"),
        ],
        claims=[
            ("value", 390, "USD million", 2030, 2030, None),
            ("value", 450, "USD million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Automotive-retail blog post (Australia, in US dollars): "more than doubled" between 2022 and 2024 is a
    #    multiple x2 over 2 years (no verdict). Expected nowhere: the A$70 billion of car sales (total sales, in a
    #    currency the unit table does not hold), the Sydney start-up's funding round and valuation, the first
    #    quarter's 37% rise in bookings, the 3,000 dealers.
    dict(
        text=(
            "Yard Talk, an automotive-retail blog, July 2, 2025 - The chatbot will see you now. Australian dealers and "
            "online car marketplaces spent US$29 million on AI sales chat and lead scoring in 2022; by 2024 spending had "
            "more than doubled, to US$64 million, according to Southern Cross Motor Insights. That is small change beside "
            "the roughly A$70 billion Australians spend on new and used cars each year. Sydney start-up Kerbside AI "
            "raised US$18 million in May at a US$120 million valuation, and in the first quarter of 2025 chat-led "
            "test-drive bookings rose 37%. There are around 3,000 new-car dealers in the country."
        ),
        obs=[
            ("Total", 2022, 29, "USD million", "actual"),
            ("Total", 2024, 64, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2022, 2024, 2.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): 同比增长 with both amounts, a part (AI车况检测) with its share, a CAGR
    #    with its printed span. Expected nowhere: the report's title year, the 1,961万辆 used cars traded and their
    #    约1.28万亿元 value (total used-car sales), the 1.2万家 dealers, the 66% survey answer.
    dict(
        text=(
            "《2025中国二手车数智化发展报告》日前在上海发布。报告显示，2024年我国二手车领域人工智能应用（AI定价估值、"
            "AI车况检测、线上智能拍卖等）市场规模达到46.8亿元，同比增长31.1%，2023年为35.7亿元。其中，AI车况检测市场"
            "规模为19.3亿元，占比41.2%，是最大的细分领域。报告预计，到2028年该市场规模将达到128.5亿元，2024—2028年"
            "复合增长率为28.7%。报告同时指出，2024年全国二手车累计交易1,961万辆，交易金额约1.28万亿元，全国二手车经销"
            "企业超过1.2万家；受访经销商中有66%表示已使用AI估价工具。"
        ),
        obs=[
            ("Total", 2023, 35.7, "CNY 100 million", "actual"),
            ("Total", 2024, 46.8, "CNY 100 million", "actual"),
            ("AI车况检测", 2024, 19.3, "CNY 100 million", "actual"),
            ("Total", 2028, 128.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.1, "percent", 2023, 2024, 1.0),
            ("share", 41.2, "percent", 2024, 2024, None),
            ("cagr", 28.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46.8 / 35.7) ** (1 / 1) - 1 = 31.09% -> 31.1
            ("arithmetic", "exact"),  # 19.3 / 46.8 = 41.24% -> 41.2
            ("cagr|implied", "exact"),  # (128.5 / 46.8) ** (1 / 4) - 1 = 28.73% -> 28.7
        ],
    ),
    # 10. Guangdong provincial action plan (Simplified): 2023 and 2024 actuals with a 同比增长31.2% that holds only by
    #     rounding, a 力争到2027年 target (突破, expected at its printed figure, an estimate) and 较2023年增长2.5倍 kept
    #     as a multiple x2.5 over 4 years (no verdict). Expected nowhere: the plan's title years, the 100 showrooms
    #     and 20 platforms, the 30% subsidy rate and its 200万元 cap.
    dict(
        text=(
            "《广东省汽车流通数字化转型行动方案（2025—2027年）》近日印发。方案提出，2023年全省汽车经销商和二手车交易"
            "平台人工智能应用市场规模为8.6亿元，2024年达到11.3亿元，同比增长31.2%。力争到2027年，全省汽车流通领域"
            "人工智能应用市场规模突破30亿元，较2023年增长2.5倍；建设100家智慧展厅示范店，培育20家二手车数字化交易"
            "平台，对企业购置AI检测设备给予不超过30%、最高200万元的补贴。"
        ),
        obs=[
            ("Total", 2023, 8.6, "CNY 100 million", "actual"),
            ("Total", 2024, 11.3, "CNY 100 million", "actual"),
            ("Total", 2027, 30, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
            ("multiple", 2.5, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[
            # (11.3 / 8.6) ** (1 / 1) - 1 = 31.40% -> 31.4, not 31.2; bounds 11.25 / 8.65 - 1 = 30.06%,
            # 11.35 / 8.55 - 1 = 32.75% -> 31.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes: the first institute's 2023, 2024 and 2025 figures
    #     and its growth rate are the snippet's. Expected nowhere: 北方汽车数据研究所's 约45亿元 for 2024, the
    #     conference's title year, the 约2,289万辆 passenger cars retailed, the 约3万家 4S stores.
    dict(
        text=(
            "新华社北京2025年6月18日电（记者王磊）记者从18日在京举行的2025中国汽车流通数字化大会上获悉，汽车经销商"
            "智能线索评分、AI销售助手等应用加速落地。中汽流通数字研究院发布的数据显示，2024年我国汽车经销商AI营销与"
            "销售应用市场规模达到38.4亿元，较2023年的30.1亿元增长27.6%，预计2025年将达到49.2亿元。另一家机构北方"
            "汽车数据研究所则估计，2024年该市场规模约为45亿元。大会披露，2024年全国乘用车零售量约2,289万辆，全国4S店"
            "数量约3万家。"
        ),
        obs=[
            ("Total", 2023, 30.1, "CNY 100 million", "actual"),
            ("Total", 2024, 38.4, "CNY 100 million", "actual"),
            ("Total", 2025, 49.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.4 / 30.1) ** (1 / 1) - 1 = 27.57% -> 27.6
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元 (TWD 100 million): YoY and a part's share exact; the 25.4% CAGR
    #     holds only by rounding. Expected nowhere: the white paper's title year, the 約1,800處 dealer sites, the
    #     約68萬輛 used-car transfers, the 新台幣112萬元 average new-car price.
    dict(
        text=(
            "經濟部產業發展署今天發布《2025台灣汽車流通數位轉型白皮書》指出，2024年國內汽車經銷商與中古車平台導入AI"
            "車輛估價、AI車況檢測及智慧庫存管理的市場規模為新台幣18.4億元，較2023年的14.6億元成長26.0%。其中，AI"
            "中古車估價與收購鑑價為6.9億元，占37.5%。白皮書預估，2028年市場規模將達新台幣45.6億元，2024至2028年"
            "年均複合成長率為25.4%。全台現有汽車經銷據點約1,800處，2024年中古車過戶量約68萬輛，新車平均售價約新台幣"
            "112萬元。"
        ),
        obs=[
            ("Total", 2023, 14.6, "TWD 100 million", "actual"),
            ("Total", 2024, 18.4, "TWD 100 million", "actual"),
            ("AI中古車估價與收購鑑價", 2024, 6.9, "TWD 100 million", "actual"),
            ("Total", 2028, 45.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.0, "percent", 2023, 2024, 1.0),
            ("share", 37.5, "percent", 2024, 2024, None),
            ("cagr", 25.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.4 / 14.6) ** (1 / 1) - 1 = 26.03% -> 26.0
            ("arithmetic", "exact"),  # 6.9 / 18.4 = 37.50% -> 37.5
            # (45.6 / 18.4) ** (1 / 4) - 1 = 25.47% -> 25.5, not 25.4; bounds (45.55 / 18.45) ** (1/4) - 1 = 25.35%,
            # (45.65 / 18.35) ** (1/4) - 1 = 25.59% -> 25.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million): 約2.6億港元 expected at its printed figure; YoY and
    #     CAGR exact. Expected nowhere: the 約4.2萬輛 new private cars, the 約7萬宗 used-car deals, the 35萬港元 average
    #     EV price, the 約三成 dealers (a share in words and a survey), the start-up's 3,000萬港元 funding round.
    dict(
        text=(
            "香港汽車商會昨日公布研究報告指出，2024年本港汽車代理商、二手車行及網上車輛拍賣平台採用的AI估價、相片驗車"
            "及智能客服系統，市場規模約2.6億港元，較2023年的2.1億港元增長23.8%。報告預計，2028年市場規模將升至5.8億"
            "港元，2024至2028年年均複合增長率約22%。報告又指，2024年本港新登記私家車約4.2萬輛，二手車成交約7萬宗，一輛"
            "新電動車平均售價約35萬港元，約三成受訪車行已試用AI客服。本地初創車估科技上月完成3,000萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 2.1, "HKD 100 million", "actual"),
            ("Total", 2024, 2.6, "HKD 100 million", "actual"),
            ("Total", 2028, 5.8, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.8, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.6 / 2.1) ** (1 / 1) - 1 = 23.81% -> 23.8
            ("cagr|implied", "exact"),  # (5.8 / 2.6) ** (1 / 4) - 1 = 22.21% -> 22
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025) on dealer lead scoring and sales chat: 去年 is 2024
    #     (actual, 約 at its printed figure), 今年 2025 (an estimate, 可望), YoY with both amounts. Expected nowhere:
    #     the first quarter's 1.4億元, the dealer group's own revenue and gross margin, the 約45.8萬輛 new-car
    #     registrations.
    dict(
        text=(
            "（中央社記者林佳慧台北2025年4月22日電）市調機構凱瑞車業研究今天表示，去年台灣汽車經銷商AI潛在客戶評分與"
            "智慧銷售聊天系統市場規模約新台幣5.3億元，今年在車商搶攻線上詢車帶動下，可望成長28%至6.8億元。不過今年第一"
            "季市場規模約新台幣1.4億元，略低於預期。國內大型汽車經銷集團北辰汽車去年營收新台幣1,280億元，毛利率約11%；"
            "去年全台新車掛牌約45.8萬輛。"
        ),
        obs=[
            ("Total", 2024, 5.3, "TWD 100 million", "actual"),
            ("Total", 2025, 6.8, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.8 / 5.3) ** (1 / 1) - 1 = 28.30% -> 28
        ],
    ),
    # 15. Broker deep-dive (Simplified) on auto-finance and trade-in AI: 2023/2024 actuals with a 27.8% YoY that holds
    #     only by rounding; the 2027 range 100亿—120亿元 gives two value claims (no observation). Expected nowhere: the
    #     report's date and title, the leading firm's revenue, gross margin, rating and target price, its
    #     second-quarter contracts, the 约58% finance penetration rate.
    dict(
        text=(
            "华信源证券研究所2025年10月深度报告《汽车金融AI：从秒批到智能置换评估》。我们测算，2024年国内汽车金融与"
            "置换评估AI（智能风控审批、AI残值预测、置换车辆AI估价等）市场规模为52.7亿元，同比增长27.8%，2023年为41.3"
            "亿元。随着以旧换新政策推进和厂商金融渗透率提升，我们预计2027年市场规模将达到100亿—120亿元。行业龙头车易估"
            "科技2024年营收9.6亿元，毛利率52%，首次覆盖给予“增持”评级，目标价46元；公司二季度新签合同同比增长61%。"
            "2024年全国新车汽车金融渗透率约58%。"
        ),
        obs=[
            ("Total", 2023, 41.3, "CNY 100 million", "actual"),
            ("Total", 2024, 52.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 27.8, "percent", 2023, 2024, 1.0),
            ("value", 100, "CNY 100 million", 2027, 2027, None),
            ("value", 120, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            # (52.7 / 41.3) ** (1 / 1) - 1 = 27.60% -> 27.6, not 27.8; bounds 52.65 / 41.35 - 1 = 27.33%,
            # 52.75 / 41.25 - 1 = 27.88% -> 27.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown table (Canada, USD million) with a 2024-30 CAGR column and a Total row: each row's CAGR is stated
    #     (span in the header); the lead-scoring row's 19.5% holds only by rounding; rows add to the Total in both
    #     years; 2030F is an estimate. Expected nowhere: the table number, the outlook's title year, the
    #     Canadian-dollar conversion rate, the 3,300 franchised dealers.
    dict(
        text=(
            "Table 3. Canada: AI in car dealerships by use case (USD million)\n"
            "| Use case | 2024 | 2030F | 2024-30 CAGR |\n"
            "|---|---|---|---|\n"
            "| AI trade-in appraisal and pricing | 38.6 | 112.4 | 19.5% |\n"
            "| Photo inspection and damage grading | 21.3 | 68.9 | 21.6% |\n"
            "| AI lead scoring and sales chat | 27.9 | 81.5 | 19.5% |\n"
            "| Inventory and stocking AI | 12.7 | 44.2 | 23.1% |\n"
            "| Total | 100.5 | 307.0 | 20.5% |\n"
            "Source: Maple Leaf Auto Retail Insight, Dealer Technology Outlook 2025; converted from Canadian dollars at "
            "C$1.37 to the US dollar; covers about 3,300 franchised dealers. F = forecast."
        ),
        obs=[
            ("AI trade-in appraisal and pricing", 2024, 38.6, "USD million", "actual"),
            ("AI trade-in appraisal and pricing", 2030, 112.4, "USD million", "estimate"),
            ("Photo inspection and damage grading", 2024, 21.3, "USD million", "actual"),
            ("Photo inspection and damage grading", 2030, 68.9, "USD million", "estimate"),
            ("AI lead scoring and sales chat", 2024, 27.9, "USD million", "actual"),
            ("AI lead scoring and sales chat", 2030, 81.5, "USD million", "estimate"),
            ("Inventory and stocking AI", 2024, 12.7, "USD million", "actual"),
            ("Inventory and stocking AI", 2030, 44.2, "USD million", "estimate"),
            ("Total", 2024, 100.5, "USD million", "actual"),
            ("Total", 2030, 307.0, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (112.4 / 38.6) ** (1 / 6) - 1 = 19.499% -> 19.5
            ("cagr|implied", "exact"),  # (68.9 / 21.3) ** (1 / 6) - 1 = 21.61% -> 21.6
            # (81.5 / 27.9) ** (1 / 6) - 1 = 19.56% -> 19.6, not 19.5; bounds (81.45 / 27.95) ** (1/6) - 1 = 19.51%,
            # (81.55 / 27.85) ** (1/6) - 1 = 19.61% -> 19.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (44.2 / 12.7) ** (1 / 6) - 1 = 23.10% -> 23.1
            ("cagr|implied", "exact"),  # (307.0 / 100.5) ** (1 / 6) - 1 = 20.46% -> 20.5
            ("hierarchy", "exact"),  # 2024: 38.6 + 21.3 + 27.9 + 12.7 = 100.5
            ("hierarchy", "exact"),  # 2030F: 112.4 + 68.9 + 81.5 + 44.2 = 307.0
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024年 合计 of 35.9 is inconsistent with its rows (33.9). Expected nowhere: the table
    #     number, the title's year span.
    dict(
        text=(
            "表4 2023—2025年中国汽车流通AI细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "二手车AI定价估值\t9.4\t12.6\t16.5\n"
            "AI车况检测\t7.2\t9.8\t13.1\n"
            "线上智能拍卖\t5.1\t6.9\t9.2\n"
            "经销商智能库存管理\t3.3\t4.6\t6.2\n"
            "合计\t25.0\t35.9\t45.0\n"
            "资料来源：汽车流通数智化研究中心；2025年E为预测值。"
        ),
        obs=[
            ("二手车AI定价估值", 2023, 9.4, "CNY 100 million", "actual"),
            ("二手车AI定价估值", 2024, 12.6, "CNY 100 million", "actual"),
            ("二手车AI定价估值", 2025, 16.5, "CNY 100 million", "estimate"),
            ("AI车况检测", 2023, 7.2, "CNY 100 million", "actual"),
            ("AI车况检测", 2024, 9.8, "CNY 100 million", "actual"),
            ("AI车况检测", 2025, 13.1, "CNY 100 million", "estimate"),
            ("线上智能拍卖", 2023, 5.1, "CNY 100 million", "actual"),
            ("线上智能拍卖", 2024, 6.9, "CNY 100 million", "actual"),
            ("线上智能拍卖", 2025, 9.2, "CNY 100 million", "estimate"),
            ("经销商智能库存管理", 2023, 3.3, "CNY 100 million", "actual"),
            ("经销商智能库存管理", 2024, 4.6, "CNY 100 million", "actual"),
            ("经销商智能库存管理", 2025, 6.2, "CNY 100 million", "estimate"),
            ("合计", 2023, 25.0, "CNY 100 million", "actual"),
            ("合计", 2024, 35.9, "CNY 100 million", "actual"),
            ("合计", 2025, 45.0, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 9.4 + 7.2 + 5.1 + 3.3 = 25.0
            # 2024: 12.6 + 9.8 + 6.9 + 4.6 = 33.9, not 35.9; bounds 33.7..34.1 (each part +/-0.05) miss 35.85..35.95
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025E: 16.5 + 13.1 + 9.2 + 6.2 = 45.0
        ],
    ),
    # 18. Space-aligned table (France, EUR million, 2024) with a share column and a Total row: four shares (the
    #     inspection row's 23.7% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the 5.4 million used-car transactions, the 9,500 dealerships.
    dict(
        text=(
            "France: AI spending by car dealerships and used-car platforms by use, 2024\n"
            "Use                                        EUR m     Share\n"
            "AI trade-in and used-car pricing            58.4     43.5%\n"
            "Photo inspection and damage grading         31.7     23.7%\n"
            "AI lead scoring and sales chat              26.2     19.5%\n"
            "Inventory and stocking optimisation         17.9     13.3%\n"
            "Total                                      134.2    100.0%\n"
            "Note 2: France recorded about 5.4 million used-car transactions in 2024 through some 9,500 dealerships. "
            "Source: Bureau Lumière Auto Études."
        ),
        obs=[
            ("AI trade-in and used-car pricing", 2024, 58.4, "EUR million", "actual"),
            ("Photo inspection and damage grading", 2024, 31.7, "EUR million", "actual"),
            ("AI lead scoring and sales chat", 2024, 26.2, "EUR million", "actual"),
            ("Inventory and stocking optimisation", 2024, 17.9, "EUR million", "actual"),
            ("Total", 2024, 134.2, "EUR million", "actual"),
        ],
        claims=[
            ("share", 43.5, "percent", 2024, 2024, None),
            ("share", 23.7, "percent", 2024, 2024, None),
            ("share", 19.5, "percent", 2024, 2024, None),
            ("share", 13.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 58.4 / 134.2 = 43.52% -> 43.5
            # 31.7 / 134.2 = 23.621% -> 23.6, not 23.7; bounds 31.65 / 134.25 = 23.575%, 31.75 / 134.15 = 23.668%
            # -> 23.7 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 26.2 / 134.2 = 19.52% -> 19.5
            ("arithmetic", "exact"),  # 17.9 / 134.2 = 13.34% -> 13.3
            ("hierarchy", "exact"),  # 58.4 + 31.7 + 26.2 + 17.9 = 134.2
        ],
    ),
    # 19. Vertical table (South Korea) whose rows are years, a lone value column headed by its unit only (Total, USD
    #     million) and a YoY column; 2025E an estimate; the 2024 YoY of 31.2% is inconsistent. Expected nowhere: the
    #     source's month and year, the won conversion rate, the 2.3 million used-car transfers, the 2021 dash.
    dict(
        text=(
            "South Korea: spending on AI used-car pricing, inspection and online auctions\n"
            "Year | USD million | YoY\n"
            "2021 | 21.6 | -\n"
            "2022 | 28.9 | 33.8%\n"
            "2023 | 37.4 | 29.4%\n"
            "2024 | 47.2 | 31.2%\n"
            "2025E | 59.8 | 26.7%\n"
            "Source: Hangang Mobility Data, April 2025; won spending converted at ₩1,364 to the dollar; the market saw "
            "some 2.3 million used-car transfers in 2024. E = estimate."
        ),
        obs=[
            ("Total", 2021, 21.6, "USD million", "actual"),
            ("Total", 2022, 28.9, "USD million", "actual"),
            ("Total", 2023, 37.4, "USD million", "actual"),
            ("Total", 2024, 47.2, "USD million", "actual"),
            ("Total", 2025, 59.8, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 33.8, "percent", 2021, 2022, 1.0),
            ("growth", 29.4, "percent", 2022, 2023, 1.0),
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
            ("growth", 26.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (28.9 / 21.6) ** (1 / 1) - 1 = 33.80% -> 33.8
            ("cagr|implied", "exact"),  # (37.4 / 28.9) ** (1 / 1) - 1 = 29.41% -> 29.4
            # (47.2 / 37.4) ** (1 / 1) - 1 = 26.20% -> 26.2, not 31.2; bounds 47.15 / 37.45 - 1 = 25.90%,
            # 47.25 / 37.35 - 1 = 26.51% -> 31.2 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (59.8 / 47.2) ** (1 / 1) - 1 = 26.69% -> 26.7
        ],
    ),
    # 20. Tab-separated segment table (India, USD million) with a Total row: rows add to the Total in 2023 and 2024
    #     but reach the 2025F Total only by rounding (66.0 summed, 66.1 printed); 2025F an estimate. Expected
    #     nowhere: the rupee conversion rate, the 5.9 million used cars sold.
    dict(
        text=(
            "India: AI in car retail and used-car platforms by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI pricing on online used-car platforms\t14.6\t19.8\t26.4\n"
            "AI inspection from photos\t8.3\t11.7\t16.2\n"
            "Dealer lead scoring and sales chat\t6.9\t9.4\t12.8\n"
            "AI credit decisioning for car loans\t5.2\t7.5\t10.6\n"
            "Total\t35.0\t48.4\t66.1\n"
            "Source: Deccan Auto Analytics; rupee spending converted at ₹83.5 to the dollar; India sold about 5.9 "
            "million used cars in FY2024. F = forecast."
        ),
        obs=[
            ("AI pricing on online used-car platforms", 2023, 14.6, "USD million", "actual"),
            ("AI pricing on online used-car platforms", 2024, 19.8, "USD million", "actual"),
            ("AI pricing on online used-car platforms", 2025, 26.4, "USD million", "estimate"),
            ("AI inspection from photos", 2023, 8.3, "USD million", "actual"),
            ("AI inspection from photos", 2024, 11.7, "USD million", "actual"),
            ("AI inspection from photos", 2025, 16.2, "USD million", "estimate"),
            ("Dealer lead scoring and sales chat", 2023, 6.9, "USD million", "actual"),
            ("Dealer lead scoring and sales chat", 2024, 9.4, "USD million", "actual"),
            ("Dealer lead scoring and sales chat", 2025, 12.8, "USD million", "estimate"),
            ("AI credit decisioning for car loans", 2023, 5.2, "USD million", "actual"),
            ("AI credit decisioning for car loans", 2024, 7.5, "USD million", "actual"),
            ("AI credit decisioning for car loans", 2025, 10.6, "USD million", "estimate"),
            ("Total", 2023, 35.0, "USD million", "actual"),
            ("Total", 2024, 48.4, "USD million", "actual"),
            ("Total", 2025, 66.1, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 14.6 + 8.3 + 6.9 + 5.2 = 35.0
            ("hierarchy", "exact"),  # 2024: 19.8 + 11.7 + 9.4 + 7.5 = 48.4
            # 2025F: 26.4 + 16.2 + 12.8 + 10.6 = 66.0, not 66.1; bounds 65.8..66.2 (each part +/-0.05)
            # reach 66.05..66.15 -> 66.1 only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 21. US earnings-call answer sizing a TAM (USD billion): the TAM the company sizes is the market (Total); "this
    #     year" is the call's year (2025, "about", printed figure, estimate), "last year" 2024 (actual); YoY with both
    #     amounts, CAGR with printed span. Expected nowhere: the call's date and quarter, the quarter's revenue and
    #     gross margin, the 4,800 rooftops, the $25,600 average used-car price, the 36 million used cars sold.
    dict(
        text=(
            "Lotwise Technologies Q1 2025 earnings call, May 7, 2025 - Q&A\n"
            "Analyst (Marcus Feld, Harlow Brothers): How big do you think the opportunity is outside your current "
            "rooftops?\n"
            "CEO Renata Vasquez: We size the U.S. total addressable market for AI in dealer retail, that is vehicle "
            "pricing, trade-in appraisal, lead scoring and the sales chat that sits on dealer websites, at about $6.1 "
            "billion this year, up 22% from $5.0 billion last year. We expect it to reach $11.4 billion by 2029, a "
            "16.9% CAGR from 2025 to 2029. In the quarter we did $318 million of revenue at a 71% gross margin and "
            "we are live in about 4,800 rooftops. Keep in mind Americans bought roughly 36 million used vehicles last "
            "year at an average price near $25,600, so the data exhaust is enormous."
        ),
        obs=[
            ("Total", 2024, 5.0, "USD billion", "actual"),
            ("Total", 2025, 6.1, "USD billion", "estimate"),
            ("Total", 2029, 11.4, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
            ("cagr", 16.9, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.1 / 5.0) ** (1 / 1) - 1 = 22.00% -> 22
            ("cagr|implied", "exact"),  # (11.4 / 6.1) ** (1 / 4) - 1 = 16.92% -> 16.9
        ],
    ),
    # 22. UK working-paper abstract (GBP million): YoY with both amounts that holds only by rounding, a 2030 figure in
    #     billions converted to the series' unit (GBP million), CAGR with printed span. Expected nowhere: the paper
    #     number, the 2,150 dealers sampled, the 7.6 million used cars, the £17,300 average price, the 61% survey answer.
    dict(
        text=(
            "Midlands Institute for Motor Retail Studies, Working Paper WP 2025/07. Abstract: Using invoices from "
            "2,150 franchised and independent dealers, we measure what UK car retailers spend on AI trade-in appraisal "
            "and vehicle valuation tools. Spending rose from \u00a3158m in 2023 to \u00a3187m in 2024, an 18.5% "
            "increase, as dealers replaced guide-book pricing with models trained on auction and retail transactions. "
            "On current adoption curves we project spending of \u00a30.43bn by 2030, a compound annual growth rate of "
            "14.9% over 2024-2030. The market is small beside the 7.6 million used cars that changed hands in 2024 at "
            "an average price of about \u00a317,300. Some 61% of the dealers surveyed said AI valuations had narrowed "
            "the gap between appraisal and auction price."
        ),
        obs=[
            ("Total", 2023, 158, "GBP million", "actual"),
            ("Total", 2024, 187, "GBP million", "actual"),
            ("Total", 2030, 430, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("cagr", 14.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (187 / 158) ** (1 / 1) - 1 = 18.35% -> 18.4, not 18.5; bounds 186.5 / 158.5 - 1 = 17.67%,
            # 187.5 / 157.5 - 1 = 19.05% -> 18.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (430 / 187) ** (1 / 6) - 1 = 14.89% -> 14.9
        ],
    ),
    # 23. Numbered social-media thread on Japan (JPY billion), fiscal years: YoY with both amounts, a FY2029 forecast
    #     (estimate) whose printed 15% CAGR the amounts do not give. Expected nowhere: the 7.1 million auction lots,
    #     the 130 auction venues, the ¥720,000 average hammer price, the 38% survey answer.
    dict(
        text=(
            "1/ Quick thread on the most underrated AI niche in Japanese autos: the software that grades, prices and "
            "sells used cars at dealer auctions.\n"
            "2/ Per Kisaragi Mobility Research, the market hit \u00a538.5 billion in FY2024, up 23% from \u00a531.2 "
            "billion in FY2023. Photo-based condition grading is doing most of the lifting.\n"
            "3/ Their forecast: \u00a592 billion by FY2029, which they describe as a 15% CAGR over FY2024-FY2029.\n"
            "4/ Context: roughly 7.1 million lots cross Japan's 130 or so auction venues each year, at an average "
            "hammer price near \u00a5720,000.\n"
            "5/ And 38% of dealers in their survey already trust an AI grade over a human inspector's. Wild."
        ),
        obs=[
            ("Total", 2023, 31.2, "JPY billion", "actual"),
            ("Total", 2024, 38.5, "JPY billion", "actual"),
            ("Total", 2029, 92, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 15, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.5 / 31.2) ** (1 / 1) - 1 = 23.40% -> 23
            # (92 / 38.5) ** (1 / 5) - 1 = 19.03%; bounds (91.5 / 38.55) ** (1/5) - 1 = 18.87%,
            # (92.5 / 38.45) ** (1/5) - 1 = 19.19% -> 15 not reached by any reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Toronto web article with a correction line (USD million): YoY with both amounts (the corrected 2023 figure),
    #     a 2027 figure ("top", printed figure, estimate). Expected nowhere: the misprinted US$196 million, the C$290
    #     million aside (Canadian dollars are not in the unit table), the 3,400 dealers, the 1.9 million used vehicles,
    #     the startup's US$38 million round and US$310 million valuation.
    dict(
        text=(
            "TORONTO - Canadian car dealers spent US$214 million on AI lead scoring and automated sales chat in 2024, "
            "up 27% from US$169 million in 2023, according to a report from Lakeshore Automotive Insights. That is "
            "about C$290 million. The firm expects spending to top US$400 million in 2027 as the country's roughly "
            "3,400 franchised dealers hand first replies on their websites to software. Canadians bought about 1.9 "
            "million used vehicles from dealers last year. Montreal-based ChatLot, which sells a bilingual sales "
            "assistant, raised a US$38 million Series B in March at a US$310 million valuation.\n"
            "Correction: An earlier version of this article gave the 2023 spending figure as US$196 million. The "
            "correct figure is US$169 million."
        ),
        obs=[
            ("Total", 2023, 169, "USD million", "actual"),
            ("Total", 2024, 214, "USD million", "actual"),
            ("Total", 2027, 400, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (214 / 169) ** (1 / 1) - 1 = 26.63% -> 27
        ],
    ),
    # 25. German dealer group's annual-report letter to shareholders (EUR million): 2024 actual, 2027 (expect,
    #     estimate), a CAGR whose span only the amounts' years give (inferred) that holds only by rounding. Expected
    #     nowhere: the report's title year, the group's revenue, vehicles sold, pre-tax margin and dividend, the 74
    #     locations, the 6.4 million ownership changes.
    dict(
        text=(
            "Rheinmark Auto Group AG, Annual Report 2024. To our shareholders\n"
            "Dear shareholders, last year our group sold 92,400 vehicles from 74 locations and grew revenue to \u20ac4.8 "
            "billion at a pre-tax margin of 2.9%. We propose a dividend of \u20ac1.10 per share. Much of the progress "
            "came from how we stock our forecourts. We put the German market for AI inventory and stocking tools for "
            "dealer groups at \u20ac263 million in 2024 and expect it to reach \u20ac415 million in 2027, growth of "
            "roughly 17% a year. In a used-car market of some 6.4 million ownership changes a year, buying the right "
            "car at the right price is our business, and we intend to own these tools rather than rent them."
        ),
        obs=[
            ("Total", 2024, 263, "EUR million", "actual"),
            ("Total", 2027, 415, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (415 / 263) ** (1 / 3) - 1 = 16.42% -> 16, not 17; bounds (414.5 / 263.5) ** (1/3) - 1 = 16.30%,
            # (415.5 / 262.5) ** (1/3) - 1 = 16.54% -> 17 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 26. Investor-day slide bullets (USD billion), dated 2025: 2023 actual, 2025E and 2028E estimates; a CAGR with
    #     printed span, a multiple between 2023 and 2028 (x3, period 5, no verdict). Expected nowhere: the 15% share
    #     goal, the 21,000 rooftops, the company's FY2024 revenue and adjusted EBITDA margin, the slide number.
    dict(
        text=(
            "Carvista Holdings Investor Day, June 10, 2025 - Slide 14: Market opportunity\n"
            "- 2023 TAM: $3.2B (AI pricing, appraisal, reconditioning and retail tools for U.S. dealers and used-car "
            "marketplaces)\n"
            "- 2025E TAM: $5.1B; CAGR 2023-2025E: 26%\n"
            "- 2028E TAM: $9.6B, 3x the 2023 base\n"
            "- Goal: 15% share of TAM by 2028\n"
            "- Today: 21,000 dealer rooftops on the platform; FY2024 revenue $1.14B; adj. EBITDA margin 24%\n"
            "- Drivers: AI appraisal replacing manual walk-arounds, instant cash offers online, and dealer groups "
            "centralising pricing desks"
        ),
        obs=[
            ("Total", 2023, 3.2, "USD billion", "actual"),
            ("Total", 2025, 5.1, "USD billion", "estimate"),
            ("Total", 2028, 9.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 26, "percent", 2023, 2025, None, "stated"),
            ("multiple", 3, "multiple", 2023, 2028, 5.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.1 / 3.2) ** (1 / 2) - 1 = 26.24% -> 26
        ],
    ),
    # 27. Forum answer quoting two research houses (EUR million, France): the first house's base, rate and target are
    #     the snippet's figures; the second house's 2024 figure is expected nowhere. Expected nowhere too: the 5.2
    #     million used cars, the 18,000 daily inspections, the 44% survey answer.
    dict(
        text=(
            "Re: How big is AI damage inspection in France, really?\n"
            "Answer from user 'garage_du_nord': Depends whose numbers you trust. Halden Research puts the French market "
            "for AI inspection from photos and damage grading at \u20ac96 million in 2024, up 23% from \u20ac78 million "
            "in 2023, and sees it at \u20ac240 million by 2029, a CAGR of 20.1% for 2024-2029. Orvane Partners counts "
            "more, \u20ac120 million for 2024, because it includes insurers' claims apps. For scale, about 5.2 million "
            "used cars changed hands in France last year and the big remarketing firms run around 18,000 inspections "
            "a day. In Halden's survey 44% of dealers said they no longer send a human inspector to trade-ins."
        ),
        obs=[
            ("Total", 2023, 78, "EUR million", "actual"),
            ("Total", 2024, 96, "EUR million", "actual"),
            ("Total", 2029, 240, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 20.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (96 / 78) ** (1 / 1) - 1 = 23.08% -> 23
            ("cagr|implied", "exact"),  # (240 / 96) ** (1 / 5) - 1 = 20.11% -> 20.1
        ],
    ),
    # 28. Seoul broker note in won: won are not in the unit table, so no observation; its YoY, CAGR and share are
    #     claims, none with two amounts in a held currency, so no verdicts. Expected nowhere: the dateline, the W412
    #     billion and W1.0 trillion, the 2.5 million used-car transfers, the W16 million average price, the target
    #     price and upside, the pick's margin.
    dict(
        text=(
            "Hanbit Investment, Korea Autos, Seoul, 8 April 2025\n"
            "The algorithm will see you now. We size Korea's market for AI vehicle pricing, inspection and online "
            "used-car sales tools at W412 billion in 2024, up 27% year on year, and forecast W1.0 trillion by 2029, a "
            "CAGR of 19% over 2024-2029. Online used-car platforms and auctions account for 36% of that spend. The "
            "country records about 2.5 million used-car transfers a year at an average price of some W16 million. Our "
            "top pick, Daon Motors Digital (BUY, TP W41,000, 33% upside), runs a 12% operating margin."
        ),
        obs=[],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2029, None, "stated"),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元): YoY with both amounts, a part with its share, a 2027 figure (突破,
    #     printed figure, estimate). Expected nowhere: the dateline, the 1,961万辆 used cars and 1.3万亿元 of trades,
    #     the 3.2万家 dealers, the 8.6万元 average price, the 67% survey answer.
    dict(
        text=(
            "新华社北京2025年3月12日电(记者周明远)记者从中国汽车流通数字化联盟获悉,2024年我国二手车交易平台人工智能"
            "应用市场规模达到46.8亿元,较2023年的35.6亿元增长31.5%。其中,AI车况检测与定损市场规模为12.9亿元,占比27.6%。"
            "联盟预计,到2027年该市场规模将突破100亿元。数据显示,2024年全国二手车交易量1,961万辆,交易金额约1.3万亿元,"
            "二手车经销企业约3.2万家,平均成交价约8.6万元。调查显示,67%的经销商已使用AI工具给收购车辆定价。"
        ),
        obs=[
            ("Total", 2023, 35.6, "CNY 100 million", "actual"),
            ("Total", 2024, 46.8, "CNY 100 million", "actual"),
            ("AI车况检测与定损", 2024, 12.9, "CNY 100 million", "actual"),
            ("Total", 2027, 100, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.5, "percent", 2023, 2024, 1.0),
            ("share", 27.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46.8 / 35.6) ** (1 / 1) - 1 = 31.46% -> 31.5
            ("arithmetic", "exact"),  # 12.9 / 46.8 = 27.56% -> 27.6
        ],
    ),
    # 30. Suzhou municipal plan (Simplified): Total in 亿元 (约, printed figure), a part in 万元 (its own series and
    #     unit) with its share, a 2027 target (突破, printed figure, estimate) and a multiple (增长1.5倍 keeps 1.5,
    #     period 3, no verdict). Expected nowhere: the plan's title years, the 200 dealers to upgrade, the 30万元
    #     subsidy, the 45万辆 used-car trades, the 80% coverage rate.
    dict(
        text=(
            "《苏州市汽车流通数字化转型行动方案(2025—2027年)》近日印发。方案显示,2024年全市汽车流通领域人工智能应用规模"
            "约9.6亿元,其中AI二手车估价服务规模7,380万元,占比约7.7%。方案提出,到2027年全市汽车流通领域人工智能应用规模"
            "突破24亿元,较2024年增长1.5倍;推动200家汽车经销企业完成智能化改造,对每家最高给予30万元补贴。2024年全市二手车"
            "交易量约45万辆,方案要求到2027年二手车AI检测覆盖率达到80%。"
        ),
        obs=[
            ("Total", 2024, 9.6, "CNY 100 million", "actual"),
            ("AI二手车估价服务", 2024, 7380, "CNY 10 thousand", "actual"),
            ("Total", 2027, 24, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 7.7, "percent", 2024, 2024, None),
            ("multiple", 1.5, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 7,380万 / 96,000万 = 7.69% -> 7.7
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): YoY with both amounts that holds only by rounding, a CAGR
    #     with printed span. Expected nowhere: the dateline, the 82萬輛 used cars, the 1,200 dealer outlets, the
    #     45萬輛 new registrations, the 58% survey answer.
    dict(
        text=(
            "【台北訊】鼎峰產業研究院2025年6月3日發布研究指出,2024年台灣汽車經銷與中古車平台AI應用市場規模達新台幣28.6億元,"
            "較2023年的22.4億元成長27.9%,主要來自AI車輛估價、照片車況檢測與潛在客戶評分系統。該院預估,2028年市場規模將達"
            "65億元,2024至2028年年複合成長率為22.8%。研究院指出,全台中古車年交易量約82萬輛,新車掛牌約45萬輛,經銷據點約"
            "1,200處;受訪業者中有58%表示已導入AI估價工具。"
        ),
        obs=[
            ("Total", 2023, 22.4, "TWD 100 million", "actual"),
            ("Total", 2024, 28.6, "TWD 100 million", "actual"),
            ("Total", 2028, 65, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.9, "percent", 2023, 2024, 1.0),
            ("cagr", 22.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (28.6 / 22.4) ** (1 / 1) - 1 = 27.68% -> 27.7, not 27.9; bounds 28.55 / 22.45 - 1 = 27.17%,
            # 28.65 / 22.35 - 1 = 28.19% -> 27.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (65 / 28.6) ** (1 / 4) - 1 = 22.78% -> 22.8
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): YoY with both amounts, a part with its share, a CAGR with
    #     printed span that the amounts do not give. Expected nowhere: the report date, the 320 member dealers, the
    #     7.8萬宗 used-car deals, the HK$28萬 average price, the 65萬輛 licensed private cars.
    dict(
        text=(
            "香港汽車零售商會2025年9月發表《汽車零售科技應用報告》指出,2024年本港汽車經銷商及二手車平台的人工智能應用市場"
            "規模為4.2億港元,較2023年的3.5億港元增長20%。當中「網上二手車平台及拍賣」分部為1.6億港元,佔約38%。商會預計,"
            "2028年市場規模將達8.9億港元,2024至2028年年均複合增長率約17%。報告又指,商會現有會員車行約320家,去年本港"
            "二手車成交約7.8萬宗,平均成交價約28萬港元,全港領有牌照的私家車約65萬輛。"
        ),
        obs=[
            ("Total", 2023, 3.5, "HKD 100 million", "actual"),
            ("Total", 2024, 4.2, "HKD 100 million", "actual"),
            ("網上二手車平台及拍賣", 2024, 1.6, "HKD 100 million", "actual"),
            ("Total", 2028, 8.9, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2023, 2024, 1.0),
            ("share", 38, "percent", 2024, 2024, None),
            ("cagr", 17, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.2 / 3.5) ** (1 / 1) - 1 = 20.00% -> 20
            ("arithmetic", "exact"),  # 1.6 / 4.2 = 38.10% -> 38
            # (8.9 / 4.2) ** (1 / 4) - 1 = 20.65%; bounds (8.85 / 4.25) ** (1/4) - 1 = 20.13%,
            # (8.95 / 4.15) ** (1/4) - 1 = 21.18% -> 17 not reached by any reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional), dated 2025: 去年 2024 (actual), 今年 2025 (預估, estimate) with a YoY that holds only
    #     by rounding; the title's rounded 近20億 is the same year at lower precision (expected once, at 19.6).
    #     Expected nowhere: the post time, the 12萬台 listings, the 85萬輛 used cars, the 48萬元 average price.
    dict(
        text=(
            "作者 kuroneko0412 (黑貓) 看板 car\n"
            "標題 [情報] 中古車AI鑑價市場規模出爐 今年估近20億\n"
            "時間 Wed Apr 16 21:08:44 2025\n"
            "剛看到某研究機構的新報告,整理重點給大家:\n"
            "去年台灣中古車AI鑑價與車況檢測市場規模為新台幣15.3億元,今年預估將達19.6億元,成長約29%。\n"
            "主要是各大中古車平台都在推拍照估價,上架車輛已經超過12萬台。\n"
            "順帶一提,台灣中古車一年交易量大概85萬輛,平均成交價約48萬元。\n"
            "以後賣車是不是不用跑車行了XD\n"
            "--\n"
            "※ 發信站: 批踢踢實業坊(ptt.cc)"
        ),
        obs=[
            ("Total", 2024, 15.3, "TWD 100 million", "actual"),
            ("Total", 2025, 19.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (19.6 / 15.3) ** (1 / 1) - 1 = 28.10% -> 28, not 29; bounds 19.55 / 15.35 - 1 = 27.36%,
            # 19.65 / 15.25 - 1 = 28.85% -> 29 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) with a 2027 range (two value claims, no observation), a YoY with both
    #     amounts, a share without its part's amount (claim, no verdict). Expected nowhere: the report date, the 56%
    #     finance penetration rate, the target price and upside, the pick's revenue, its 6亿元 round and 45亿元
    #     valuation.
    dict(
        text=(
            "【华岳证券】汽车金融AI深度报告:车贷风控的智能拐点(2025年7月2日)\n"
            "摘要:我们测算,2024年我国汽车金融AI风控与置换评估市场规模为41.2亿元,较2023年的31.8亿元同比增长29.6%;"
            "预计2027年市场规模将达到85—110亿元。其中二手车置换评估占比约35%,增速最快。2024年我国新车金融渗透率约56%。"
            "首次覆盖给予行业“推荐”评级,重点推荐车信智能(目标价36元,上涨空间24%),公司2024年营业收入5.3亿元;公司近期"
            "完成C轮融资6亿元,投后估值45亿元。"
        ),
        obs=[
            ("Total", 2023, 31.8, "CNY 100 million", "actual"),
            ("Total", 2024, 41.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 29.6, "percent", 2023, 2024, 1.0),
            ("value", 85, "CNY 100 million", 2027, 2027, None),
            ("value", 110, "CNY 100 million", 2027, 2027, None),
            ("share", 35, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (41.2 / 31.8) ** (1 / 1) - 1 = 29.56% -> 29.6
        ],
    ),
    # 35. Results-briefing transcript (Simplified, 亿元), dated 2025: 今年 2025 (约, printed figure, estimate), 去年
    #     2024 (actual) with a YoY, 2028 (有望, estimate) with a CAGR of printed span. Expected nowhere: the company's
    #     revenue and gross margin, the first quarter's net profit, the 480 stores, the 21万辆 new cars sold.
    dict(
        text=(
            "远驰汽车集团2024年度业绩说明会文字实录(2025年5月15日)\n"
            "投资者:公司怎么看经销商集团AI库存与调拨管理的市场空间?\n"
            "董事会秘书:根据公司测算,今年国内经销商集团AI库存与调拨管理市场规模约为23亿元,去年为18.1亿元,增长约27%。"
            "到2028年,这一市场有望达到48亿元,2025—2028年复合增长率约28%。公司2024年实现营业收入612亿元,毛利率6.8%,"
            "一季度归母净利润2.4亿元;集团旗下480家门店去年共销售新车21万辆,已全部接入智能调拨系统。"
        ),
        obs=[
            ("Total", 2024, 18.1, "CNY 100 million", "actual"),
            ("Total", 2025, 23, "CNY 100 million", "estimate"),
            ("Total", 2028, 48, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2024, 2025, 1.0),
            ("cagr", 28, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23 / 18.1) ** (1 / 1) - 1 = 27.07% -> 27
            ("cagr|implied", "exact"),  # (48 / 23) ** (1 / 3) - 1 = 27.79% -> 28
        ],
    ),
    # 36. Markdown table (EUR million, Italy) by segment with a Total row and a CAGR column (span printed in the
    #     header); 2029F is an estimate; the inspection CAGR holds only by rounding. Expected nowhere: the table
    #     number, the 1.6 million new cars and the 3.1 million used-car transfers in the note.
    dict(
        text=(
            "Table 2. Italy: AI in car retail by segment (EUR million)\n"
            "| Segment | 2024 | 2029F | CAGR 2024-29 |\n"
            "|---|---|---|---|\n"
            "| AI pricing and valuation | 58 | 131 | 17.7% |\n"
            "| Photo inspection and damage grading | 34 | 92 | 22.4% |\n"
            "| Lead scoring and sales chat | 47 | 104 | 17.2% |\n"
            "| Total | 139 | 327 | 18.7% |\n"
            "Note: F = forecast. Source: Osservatorio Retail Auto Brera estimates from dealer and marketplace "
            "surveys. Italy registered about 1.6 million new cars and 3.1 million used-car transfers in 2024."
        ),
        obs=[
            ("AI pricing and valuation", 2024, 58, "EUR million", "actual"),
            ("AI pricing and valuation", 2029, 131, "EUR million", "estimate"),
            ("Photo inspection and damage grading", 2024, 34, "EUR million", "actual"),
            ("Photo inspection and damage grading", 2029, 92, "EUR million", "estimate"),
            ("Lead scoring and sales chat", 2024, 47, "EUR million", "actual"),
            ("Lead scoring and sales chat", 2029, 104, "EUR million", "estimate"),
            ("Total", 2024, 139, "EUR million", "actual"),
            ("Total", 2029, 327, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 17.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 22.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 17.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 18.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (131 / 58) ** (1 / 5) - 1 = 17.70% -> 17.7
            # (92 / 34) ** (1 / 5) - 1 = 22.03% -> 22.0, not 22.4; bounds (91.5 / 34.5) ** (1/5) - 1 = 21.54%,
            # (92.5 / 33.5) ** (1/5) - 1 = 22.52% -> 22.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (104 / 47) ** (1 / 5) - 1 = 17.22% -> 17.2
            ("cagr|implied", "exact"),  # (327 / 139) ** (1 / 5) - 1 = 18.66% -> 18.7
            ("hierarchy", "exact"),  # 2024: 58 + 34 + 47 = 139
            ("hierarchy", "exact"),  # 2029F: 131 + 92 + 104 = 327
        ],
    ),
    # 37. Tab-separated table (GBP million, UK) by use case with a YoY column and a Total row; the stock-planning YoY
    #     holds only by rounding. Expected nowhere: the table number, the 612 dealers surveyed, the Q1 2025 figure
    #     (a quarter beside yearly ones), the 2.0 million new cars.
    dict(
        text=(
            "Table 3: UK dealers' AI spend by use case (\u00a3m)\n"
            "Use case\t2023\t2024\tYoY\n"
            "AI trade-in appraisal\t46.2\t58.9\t27.5%\n"
            "AI finance decisioning\t38.5\t47.1\t22.3%\n"
            "AI stock and inventory planning\t27.4\t36.0\t31.7%\n"
            "Total\t112.1\t142.0\t26.7%\n"
            "Source: Motor Retail Data Council, survey of 612 dealers. Q1 2025 spend of \u00a339.8m not shown. UK new-car "
            "registrations were about 2.0 million in 2024."
        ),
        obs=[
            ("AI trade-in appraisal", 2023, 46.2, "GBP million", "actual"),
            ("AI trade-in appraisal", 2024, 58.9, "GBP million", "actual"),
            ("AI finance decisioning", 2023, 38.5, "GBP million", "actual"),
            ("AI finance decisioning", 2024, 47.1, "GBP million", "actual"),
            ("AI stock and inventory planning", 2023, 27.4, "GBP million", "actual"),
            ("AI stock and inventory planning", 2024, 36.0, "GBP million", "actual"),
            ("Total", 2023, 112.1, "GBP million", "actual"),
            ("Total", 2024, 142.0, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
            ("growth", 22.3, "percent", 2023, 2024, 1.0),
            ("growth", 31.7, "percent", 2023, 2024, 1.0),
            ("growth", 26.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58.9 / 46.2) ** (1 / 1) - 1 = 27.49% -> 27.5
            ("cagr|implied", "exact"),  # (47.1 / 38.5) ** (1 / 1) - 1 = 22.34% -> 22.3
            # (36.0 / 27.4) ** (1 / 1) - 1 = 31.39% -> 31.4, not 31.7; bounds 35.95 / 27.45 - 1 = 30.97%,
            # 36.05 / 27.35 - 1 = 31.81% -> 31.7 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (142.0 / 112.1) ** (1 / 1) - 1 = 26.67% -> 26.7
            ("hierarchy", "exact"),  # 2023: 46.2 + 38.5 + 27.4 = 112.1
            ("hierarchy", "exact"),  # 2024: 58.9 + 47.1 + 36.0 = 142.0
        ],
    ),
    # 38. Space-aligned table (USD million, US, 2024) with a share column and a Total row; the 100% total is no claim;
    #     the lead-scoring share holds only by rounding. Expected nowhere: the exhibit number, the 16,800 franchised
    #     dealers and the 38.9 million used cars in the note.
    dict(
        text=(
            "Exhibit 7  U.S. AI spend in car retail by segment, 2024\n"
            "Segment                                    US$ million    Share\n"
            "Online used-car marketplaces and auctions          512      37%\n"
            "Vehicle pricing and valuation                      388      28%\n"
            "Lead scoring and sales chat                        285      21%\n"
            "Inspection and damage grading                      206      15%\n"
            "Total                                            1,391     100%\n"
            "Source: Crestline Auto Retail Research. Covers 16,800 franchised dealers and the main online platforms; "
            "about 38.9 million used cars were sold in 2024."
        ),
        obs=[
            ("Online used-car marketplaces and auctions", 2024, 512, "USD million", "actual"),
            ("Vehicle pricing and valuation", 2024, 388, "USD million", "actual"),
            ("Lead scoring and sales chat", 2024, 285, "USD million", "actual"),
            ("Inspection and damage grading", 2024, 206, "USD million", "actual"),
            ("Total", 2024, 1391, "USD million", "actual"),
        ],
        claims=[
            ("share", 37, "percent", 2024, 2024, None),
            ("share", 28, "percent", 2024, 2024, None),
            ("share", 21, "percent", 2024, 2024, None),
            ("share", 15, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 512 / 1,391 = 36.81% -> 37
            ("arithmetic", "exact"),  # 388 / 1,391 = 27.89% -> 28
            # 285 / 1,391 = 20.49% -> 20, not 21; bounds 284.5 / 1,391.5 = 20.45%, 285.5 / 1,390.5 = 20.53%
            # -> 21 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 206 / 1,391 = 14.81% -> 15
            ("hierarchy", "exact"),  # 512 + 388 + 285 + 206 = 1,391
        ],
    ),
    # 39. Vertical table whose rows are years (USD million, India priced in US dollars), a lone value column headed by
    #     its unit only (Total); 2025E and 2026E are estimates; a CAGR with printed span in the note. Expected nowhere:
    #     the ₹9,100 crore aside (rupees are not in the unit table), the 4.1 million listings, the 5.2 million used
    #     cars.
    dict(
        text=(
            "India: AI in online used-car platforms and dealer tools\n"
            "Year | US$ million\n"
            "2021 | 38\n"
            "2022 | 55\n"
            "2023 | 79\n"
            "2024 | 108\n"
            "2025E | 142\n"
            "2026E | 183\n"
            "Note: E = estimate; CAGR 2021-2024: 42%. Source: Deccan Mobility Analytics. Platform revenue of about "
            "\u20b99,100 crore in 2024 is not included; the platforms carried some 4.1 million listings and India sold "
            "roughly 5.2 million used cars that year."
        ),
        obs=[
            ("Total", 2021, 38, "USD million", "actual"),
            ("Total", 2022, 55, "USD million", "actual"),
            ("Total", 2023, 79, "USD million", "actual"),
            ("Total", 2024, 108, "USD million", "actual"),
            ("Total", 2025, 142, "USD million", "estimate"),
            ("Total", 2026, 183, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 42, "percent", 2021, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (108 / 38) ** (1 / 3) - 1 = 41.65% -> 42
        ],
    ),
    # 40. Traditional Chinese table (新台幣億元) by segment with a 合計 row (item 合計 as printed); 2025年(預估) is an
    #     estimate; 2024's 合計 holds only by rounding, 2025's is inconsistent. Expected nowhere: the table number, the
    #     title's year span, the 82萬輛 used cars in the note.
    dict(
        text=(
            "表3 2023—2025年台灣汽車經銷與中古車平台AI應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "AI車輛估價 | 6.8 | 8.7 | 11.2\n"
            "AI車況檢測與損傷分級 | 4.3 | 5.9 | 7.8\n"
            "AI潛客評分與銷售對話 | 3.9 | 5.1 | 6.6\n"
            "AI庫存與調度 | 2.2 | 3.0 | 4.1\n"
            "合計 | 17.2 | 22.8 | 30.6\n"
            "資料來源:鼎峰產業研究院;2025年為預估值。全台中古車年交易量約82萬輛。"
        ),
        obs=[
            ("AI車輛估價", 2023, 6.8, "TWD 100 million", "actual"),
            ("AI車輛估價", 2024, 8.7, "TWD 100 million", "actual"),
            ("AI車輛估價", 2025, 11.2, "TWD 100 million", "estimate"),
            ("AI車況檢測與損傷分級", 2023, 4.3, "TWD 100 million", "actual"),
            ("AI車況檢測與損傷分級", 2024, 5.9, "TWD 100 million", "actual"),
            ("AI車況檢測與損傷分級", 2025, 7.8, "TWD 100 million", "estimate"),
            ("AI潛客評分與銷售對話", 2023, 3.9, "TWD 100 million", "actual"),
            ("AI潛客評分與銷售對話", 2024, 5.1, "TWD 100 million", "actual"),
            ("AI潛客評分與銷售對話", 2025, 6.6, "TWD 100 million", "estimate"),
            ("AI庫存與調度", 2023, 2.2, "TWD 100 million", "actual"),
            ("AI庫存與調度", 2024, 3.0, "TWD 100 million", "actual"),
            ("AI庫存與調度", 2025, 4.1, "TWD 100 million", "estimate"),
            ("合計", 2023, 17.2, "TWD 100 million", "actual"),
            ("合計", 2024, 22.8, "TWD 100 million", "actual"),
            ("合計", 2025, 30.6, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 6.8 + 4.3 + 3.9 + 2.2 = 17.2
            # 2024: 8.7 + 5.9 + 5.1 + 3.0 = 22.7, not 22.8; bounds 22.7 -/+ 4 x 0.05 = 22.5 to 22.9 -> 22.8 reached
            # only by some reading
            ("hierarchy", "rounding"),
            # 2025: 11.2 + 7.8 + 6.6 + 4.1 = 29.7; bounds 29.5 to 29.9 -> 30.6 not reached by any reading
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-twenty-ninth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 16, 'exact': 66}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'some 17% of the total',
    'A rival house, Filderhaus Analytics, puts 2024 spending',
    'total addressable market',
    'An earlier version of this article',
    'more than doubled',
    '较2023年增长2.5倍',
    '新台幣18.4億元',
    '億港元',
    '中央社記者林佳慧台北2025年4月22日電',
    '| Use case | 2024 | 2030F | 2024-30 CAGR |',
    '2024 | 47.2 | 31.2%',
    'Lotwise Technologies Q1 2025 earnings call, May 7, 2025',
    'Working Paper WP 2025/07. Abstract:',
    '2/ Per Kisaragi Mobility Research, the market hit',
    'Correction: An earlier version of this article',
    'To our shareholders',
    '- 2025E TAM: $5.1B; CAGR 2023-2025E: 26%',
    'Orvane Partners counts more',
    'Hanbit Investment, Korea Autos, Seoul, 8 April 2025',
    '新华社北京2025年3月12日电',
    '標題 [情報] 中古車AI鑑價市場規模出爐 今年估近20億',
    '预计2027年市场规模将达到85—110亿元',
    '| Segment | 2024 | 2029F | CAGR 2024-29 |',
    '合計 | 17.2 | 22.8 | 30.6',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 197
#: figures, 60 rates, 88 verdicts and 0 false inconsistent
FLOORS = {"figures_found": 197, "rates_found": 60, "verdicts_right": 88}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset229.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
