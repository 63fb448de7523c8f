"""A two-hundred-and-thirteenth check set for the extractor, written blind: AI in museums, libraries, heritage and cultural
venues: AI audio guides and visitor chatbots, AI collection digitisation and cataloguing (image recognition of artworks,
OCR of archives), AI visitor-flow forecasting and dynamic ticketing at museums and heritage sites, AI restoration and
conservation tools, AI in public libraries' search and lending systems; sized in money by museum associations, culture
ministries and heritage agencies, library bodies, brokers, consultancies, research houses and vendors' investor days, in
the United Kingdom, France, Italy, Spain, Germany, the Netherlands, the United States, Japan, South Korea, Singapore,
mainland China, Taiwan and Hong Kong (currencies: US dollars, euros, pounds, yen, won only as an aside, yuan 亿元/万元,
新台幣億元, 億港元). Distractors a careful reader leaves out: total museum or cultural spending beside the AI part, numbers of
visitors, objects, books or venues, a venue's own ticket revenue, a ticket price, a grant or lottery award, a funding
round and valuation, a single exhibition's takings, a quarter's or a holiday week's figures, a survey's percentages.

Snippets 1-20: Twenty snippets on money spent on AI in museums, libraries, heritage sites and cultural venues: eight
English prose texts (a Boston wire release, a Tokyo broker note in fiscal years and yen, a Paris briefing with three
segments and shares, a Madrid article quoting two research houses, an investor-day TAM, a Rome national plan with last-
year/this-year figures and a target, a correction notice on a German library story with a range, a blog post with 'more
than doubled'), seven Chinese prose texts (a Xi'an industry report, a Henan plan with 力争到 and 增长3倍, a Xinhua story
quoting two institutes, a Taiwan white paper in 新台幣億元, a Hong Kong story in 億港元, a CNA story with 去年/今年, a broker deep-
dive with a range) and five tables (markdown with a CAGR column, tab-separated with a 合计 row, space-aligned with shares,
a vertical table of years with YoY, a tab-separated segment table with a Total row). Left out: whole museum budgets and
heritage spending, visitor, object, loan, library and venue counts, vendors' revenue, margins, contracts and target
prices, ticket prices and a venue's takings, grants and lottery awards, funding rounds and valuations, quarter and
holiday-week figures, survey answers and coverage rates, a won amount, a second house's figure, a correction's wrong
figures, shares in words. Inconsistent: the Madrid YoY, the Hong Kong CAGR, the US libraries' 2023 YoY and the Italian
2024 total. Only by rounding: the Tokyo and Taiwan CAGRs, the Paris audio-guide share, the broker's 33.4% YoY, the
restoration row's CAGR, the 2024 合计 and the UK digitisation share.

Snippets 21-40: Twenty snippets on AI in museums, libraries, heritage sites and cultural venues, numbered 21-40: eight
English prose pieces (an earnings-call answer sizing a TAM with 'this year' read from the call's date, an Italian
working-paper abstract, a numbered social-media thread on US public libraries, a UK web article with a correction line,
a Dutch annual-report letter whose 2030 figure in billions is converted to EUR million, investor-day slide bullets, a
forum answer quoting two research houses on France, and a Korean broker note in won that gives claims but no
observations), seven Chinese prose pieces (a Xinhua-style release, a Nanjing municipal plan, a Taipei research release,
a Hong Kong association report in 億港元, a PTT post, a broker abstract with a 2026 range, a results-briefing transcript
with 今年/去年/明年) and five tables (markdown USD with a CAGR column, tab-separated yen in fiscal years with a YoY column,
space-aligned euros with a share column, a vertical pound table of years, a Traditional Chinese table in 新台幣百萬元 with a
合計 row). Left out everywhere: total heritage or cultural spending, visitor, object, venue and library counts, ticket
prices and a blockbuster show's takings, grants, lottery awards and subsidy funds, firms' revenue, margins, ARR and
share goals, target prices, holiday-week and quarter figures, survey and digitisation-rate percentages, a second house's
figure, a corrected misprint. Inconsistent: the working paper's 16.8% CAGR, the Hong Kong 24.9% growth, the markdown
table's visitor-flow CAGR and the yen table's library YoY. Holding only by rounding: the UK article's 35% share, the
Xinhua 32.4% share, the Taipei 20.9% CAGR, the markdown table's conservation CAGR, the euro table's 18.6% share, the
vertical table's 2024 YoY and the Taiwan table's 2024 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Boston wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2030 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere:
    #    the census's title year, the 1,320 directors surveyed, US museums' total operating budgets, the 57% answer.
    dict(
        text=(
            "BOSTON, March 11, 2025 /PRNewswire/ -- Museums in the United States spent $214 million on AI audio guides, "
            "visitor chatbots and multilingual interpretation apps in 2024, up 31% from $163 million in 2023, according "
            "to the 2025 Museum Visitor Technology Census published today by Larchmont Cultural Analytics. The "
            "Cambridge, Massachusetts research firm, which surveyed 1,320 museum directors, forecasts spending of "
            "$1.1 billion by 2030, a compound annual growth rate of 31.4% over 2024-2030. American museums' operating "
            "budgets run to roughly $15 billion a year in total, and 57% of the directors surveyed said they planned to "
            "retire rented handheld guides in favour of phone-based assistants."
        ),
        obs=[
            ("Total", 2023, 163, "USD million", "actual"),
            ("Total", 2024, 214, "USD million", "actual"),
            ("Total", 2030, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 31.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (214 / 163) ** (1 / 1) - 1 = 31.29% -> 31
            ("cagr|implied", "exact"),  # (1100 / 214) ** (1 / 6) - 1 = 31.37% -> 31.4
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion); the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "about 21%" where the amounts give 20.42%. Expected nowhere: the dateline, the 158
    #    million museum visits, Korea's market in won, the covered company's revenue, growth and margin, its target
    #    price and upside, the audio-guide rental price.
    dict(
        text=(
            "JAPAN LEISURE & CULTURE - Sector note - Tokyo, 22 April 2025\n"
            "Galleries that talk back. We size Japan's market for AI services at museums, art galleries and heritage "
            "sites (multilingual guides, collection digitisation, crowd forecasting) at ¥18.4bn in FY2024 (year to "
            "March) and forecast ¥46.6bn by FY2029e, a CAGR of about 21%. Inbound tourism is the driver: the country's "
            "museums logged some 158 million visits last year. Korea's equivalent market, by one Seoul estimate, came "
            "to about ₩160 billion. Our top pick, Kurosawa Digital Archives (BUY, TP ¥2,450, 31% upside), grew FY2024 "
            "revenue 15% to ¥6.1bn at a 12% operating margin; its AI guide rents for ¥700 per visit."
        ),
        obs=[
            ("Total", 2024, 18.4, "JPY billion", "actual"),
            ("Total", 2029, 46.6, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (46.6 / 18.4) ** (1 / 5) - 1 = 20.42% -> 20, not 21; bounds (46.55 / 18.45) ** (1/5) - 1 = 20.33%,
            # (46.65 / 18.35) ** (1/5) - 1 = 20.52% -> 21 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Paris research briefing: a total in EUR million, three segments with shares (the audio-guide share of 29%
    #    holds only by rounding) and a 2028 forecast printed in billions, expected converted to EUR million. Expected
    #    nowhere: the 310 institutions interviewed, the state's €4.6 billion heritage budget, the 8.7 million visitors.
    dict(
        text=(
            "PARIS, 14 October 2025 - French museums, monuments and heritage sites spent €186 million on artificial "
            "intelligence in 2024, according to a briefing from the Observatoire Lumière du Patrimoine Numérique. "
            "Collection digitisation and cataloguing, including image recognition of artworks and OCR of archives, took "
            "the largest share, €74 million or about 40%. AI visitor assistants and audio guides came to €53 million "
            "(29%). Visitor-flow forecasting with dynamic ticketing accounted for €24 million, some 13% of the total. "
            "The observatory, which interviewed 310 institutions, expects the market to reach €0.42 billion in 2028. "
            "That remains a sliver of the €4.6 billion the state devotes to heritage each year; the country's busiest "
            "museum alone welcomed 8.7 million visitors in 2024."
        ),
        obs=[
            ("Total", 2024, 186, "EUR million", "actual"),
            ("Collection digitisation and cataloguing", 2024, 74, "EUR million", "actual"),
            ("AI visitor assistants and audio guides", 2024, 53, "EUR million", "actual"),
            ("Visitor-flow forecasting with dynamic ticketing", 2024, 24, "EUR million", "actual"),
            ("Total", 2028, 420, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 40, "percent", 2024, 2024, None),
            ("share", 29, "percent", 2024, 2024, None),
            ("share", 13, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 74 / 186 = 39.78% -> 40
            # 53 / 186 = 28.49% -> 28, not 29; bounds 52.5 / 186.5 = 28.15%, 53.5 / 185.5 = 28.84% -> 29 only by
            # some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 24 / 186 = 12.90% -> 13
        ],
    ),
    # 4. Madrid article quoting two research houses: the first house's base, target and rates are the snippet's; its
    #    "increase of 36%" is inconsistent. Expected nowhere: Tramontana Research's €44 million for 2024, the palace's
    #    2.9 million visitors, its €19 ticket and €41 million ticket revenue, the Holy Week bookings jump.
    dict(
        text=(
            "MADRID, 20 May 2025 - Spending by Spanish museums and heritage sites on AI visitor-flow forecasting and "
            "dynamic ticketing rose to €38 million in 2024 from €29 million in 2023, an increase of 36%, according to "
            "Iberia Cultural Insights. The consultancy expects €92 million by 2028, a compound annual rate of 24.7% "
            "over 2024-2028. Another house, Tramontana Research, puts the 2024 market at €44 million. The technology is "
            "spreading fastest at monuments that sell timed entry: one Andalusian palace that received 2.9 million "
            "visitors last year charges €19 a ticket and took €41 million at the gate. Online bookings for Holy Week "
            "rose 18% on the year."
        ),
        obs=[
            ("Total", 2023, 29, "EUR million", "actual"),
            ("Total", 2024, 38, "EUR million", "actual"),
            ("Total", 2028, 92, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 36, "percent", 2023, 2024, 1.0),
            ("cagr", 24.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (38 / 29) ** (1 / 1) - 1 = 31.03% -> 31, not 36; bounds 37.5 / 29.5 - 1 = 27.12%, 38.5 / 28.5 - 1 =
            # 35.09% -> 36 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (92 / 38) ** (1 / 4) - 1 = 24.74% -> 24.7
        ],
    ),
    # 5. Investor-day transcript (New York): the total addressable market the company sizes is the market (Total),
    #    with a CAGR whose span is printed. Expected nowhere: the company's revenue and margin, the 2,100 institutions,
    #    the third quarter's contracts, the 40 million objects catalogued.
    dict(
        text=(
            "Museon Technologies Investor Day, New York, November 6, 2025 - transcript excerpt. Priya Castellanos, "
            "chief executive: \"We size the total addressable market for AI collection management - digitisation, "
            "cataloguing, image recognition and rights tracking for museums, libraries and archives - at $4.6 billion "
            "worldwide in 2024, growing to $11.8 billion by 2030. That's about a 17% CAGR from 2024 to 2030. Last year "
            "we generated $212 million of revenue at a 9% operating margin. We work with more than 2,100 institutions, "
            "our platform has catalogued some 40 million objects, and in the third quarter we signed $64 million of new "
            "contracts.\""
        ),
        obs=[
            ("Total", 2024, 4.6, "USD billion", "actual"),
            ("Total", 2030, 11.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11.8 / 4.6) ** (1 / 6) - 1 = 17.00% -> 17
        ],
    ),
    # 6. Rome national plan: "last year" is 2024 (actual), "this year" 2025 (an estimate, about €124 million at its
    #    printed figure), a 2030 target printed in billions expected converted to EUR million. Expected nowhere: the
    #    €55 million grants and 180 projects, the 12 million objects, the 60 million visits.
    dict(
        text=(
            "ROME, 3 June 2025 - Italy's national plan for digital heritage, presented today by the Ministry of Culture, "
            "estimates that Italian museums, archives and archaeological parks spent €96 million on artificial-"
            "intelligence tools last year and will spend about €124 million this year, growth of roughly 29%. The plan "
            "sets a target of €0.4 billion a year by 2030. It earmarks €55 million in grants for 180 digitisation "
            "projects and aims to catalogue 12 million objects with image recognition by 2027. State museums and parks "
            "recorded 60 million visits in 2024."
        ),
        obs=[
            ("Total", 2024, 96, "EUR million", "actual"),
            ("Total", 2025, 124, "EUR million", "estimate"),
            ("Total", 2030, 400, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (124 / 96) ** (1 / 1) - 1 = 29.17% -> 29
        ],
    ),
    # 7. Correction notice on a German library story: the 2029 range gives two value claims (no observation), expected
    #    once though printed twice; the 2024 figure is the year's observation. Expected nowhere: the misstated
    #    €3.1-3.6 billion, the 9,000 libraries, the 300 million loans, the €20 million federal grants.
    dict(
        text=(
            "Correction, 18 September 2025: An earlier version of this article gave the 2029 forecast for Germany as "
            "€3.1 billion to €3.6 billion. The correct figures are €310 million to €360 million.\n"
            "German public and academic libraries spent €128 million on AI search, recommendation and automated lending "
            "systems in 2024, according to Buchfeld Analytics in Leipzig. The firm expects spending of €310 million to "
            "€360 million in 2029 as OCR of historical holdings and chat-style catalogue search spread. The country's "
            "roughly 9,000 public libraries lent some 300 million items last year, and a federal programme has awarded "
            "€20 million in grants for pilot projects."
        ),
        obs=[
            ("Total", 2024, 128, "EUR million", "actual"),
        ],
        claims=[
            ("value", 310, "EUR million", 2029, 2029, None),
            ("value", 360, "EUR million", 2029, 2029, None),
        ],
        verdicts=[],
    ),
    # 8. Heritage-tech blog post (UK): "more than doubled" between 2021 and 2024 is a multiple x2 over 3 years (no
    #    verdict). Expected nowhere: the lottery award, the start-up's funding round and valuation, the exhibition's
    #    takings, the bank-holiday week's rise, the ticket price.
    dict(
        text=(
            "Stone & Pixel blog, 2 July 2025 - Who restores the restorers' tools? British museums and heritage sites "
            "spent £21 million on AI restoration and conservation tools, from multispectral imaging to crack detection "
            "and virtual reconstruction, in 2021; by 2024 the figure had more than doubled to £49 million, according to "
            "Wrenfield Heritage Research. A cathedral workshop in the north won a £1.5 million lottery award for its "
            "imaging lab, and the Cambridge start-up Patina AI raised £8 million this spring at a £40 million "
            "valuation. The summer's blockbuster exhibition took £3.2 million at the door, with tickets at £22; visits "
            "over the late-May bank-holiday week rose 22%."
        ),
        obs=[
            ("Total", 2021, 21, "GBP million", "actual"),
            ("Total", 2024, 49, "GBP million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Xi'an industry report (Simplified): 同比增长 with both amounts, a part (AI藏品数字化与智能编目) with its share, a
    #    CAGR with its printed span. Expected nowhere: the report's title year, the 6,833 museums, the 14.9亿人次
    #    visitors, the 71% of museums with AI guides (a survey answer).
    dict(
        text=(
            "《2025中国智慧文博产业发展报告》日前在西安发布。报告显示,2024年我国文博领域人工智能应用市场规模达到58.6亿元,"
            "同比增长27.9%,2023年为45.8亿元。其中,AI藏品数字化与智能编目市场规模为21.4亿元,占比36.5%,为第一大细分"
            "领域。报告预计,到2029年该市场规模将达到186亿元,2024—2029年复合增长率为26.0%。报告同时指出,截至2024年底"
            "全国备案博物馆达6,833家,全年接待观众14.9亿人次;受访博物馆中有71%已上线AI导览服务。"
        ),
        obs=[
            ("Total", 2023, 45.8, "CNY 100 million", "actual"),
            ("Total", 2024, 58.6, "CNY 100 million", "actual"),
            ("AI藏品数字化与智能编目", 2024, 21.4, "CNY 100 million", "actual"),
            ("Total", 2029, 186, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.9, "percent", 2023, 2024, 1.0),
            ("share", 36.5, "percent", 2024, 2024, None),
            ("cagr", 26.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58.6 / 45.8) ** (1 / 1) - 1 = 27.95% (27.948) -> 27.9
            ("arithmetic", "exact"),  # 21.4 / 58.6 = 36.52% -> 36.5
            ("cagr|implied", "exact"),  # (186 / 58.6) ** (1 / 5) - 1 = 25.99% -> 26.0
        ],
    ),
    # 10. Henan provincial action plan (Simplified): 2023 and 2024 actuals with a rate, a 力争到2027年 target (突破,
    #     expected at its printed figure, an estimate) and 较2024年增长3倍 kept as a multiple x3 over 3 years (no
    #     verdict). Expected nowhere: the plan's title years, the 120 smart museums, the 1.2亿人次 visitors, the 80%
    #     coverage rate, the 2亿元 special fund.
    dict(
        text=(
            "《河南省智慧文博建设行动方案(2025—2027年)》近日印发。方案提出,2024年全省文博场馆人工智能应用规模达到9.6亿元,"
            "较2023年的7.3亿元增长31.5%;力争到2027年突破40亿元,较2024年增长3倍。方案明确,到2027年建成120家智慧"
            "博物馆,全省博物馆年接待观众超过1.2亿人次,AI导览覆盖率达到80%以上;省级财政每年安排专项资金2亿元支持"
            "重点项目建设。"
        ),
        obs=[
            ("Total", 2023, 7.3, "CNY 100 million", "actual"),
            ("Total", 2024, 9.6, "CNY 100 million", "actual"),
            ("Total", 2027, 40, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.5, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.6 / 7.3) ** (1 / 1) - 1 = 31.51% -> 31.5
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes: the first institute's 2023 (上年), 2024 and 2025
    #     figures and its rate are the snippet's. Expected nowhere: 华典数字研究所's 35亿元 for 2024, the conference's
    #     title year, the 3,248 public libraries, the 6亿册次 loans.
    dict(
        text=(
            "新华社北京2025年5月18日电(记者王一鸣)记者从18日开幕的2025中国数字图书馆大会上获悉,我国公共图书馆人工智能"
            "应用市场持续扩容。中图智研研究院发布的数据显示,2024年我国图书馆AI检索、智能借阅与古籍OCR市场规模为31.2亿元,"
            "较上年的24.5亿元增长27.3%,预计2025年将达到39.8亿元。另一家机构华典数字研究所测算的2024年市场规模为35亿元。"
            "数据还显示,截至2024年底全国共有公共图书馆3,248个,全年书刊文献外借量超过6亿册次。"
        ),
        obs=[
            ("Total", 2023, 24.5, "CNY 100 million", "actual"),
            ("Total", 2024, 31.2, "CNY 100 million", "actual"),
            ("Total", 2025, 39.8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31.2 / 24.5) ** (1 / 1) - 1 = 27.35% (27.347) -> 27.3
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元 (TWD 100 million): YoY with both amounts, and a CAGR with its
    #     printed span that holds only by rounding. Expected nowhere: the white paper's title year, the 510 museums,
    #     約占四成 (a share in words), the 3,200萬人次 visits, the 53% survey answer.
    dict(
        text=(
            "文化科技研究院發布的《2025臺灣文化科技白皮書》指出,2024年國內博物館、美術館與文化資產場域導入人工智慧應用的"
            "市場規模為新台幣27.4億元,較2023年的21.9億元成長25.1%。白皮書預估,2028年市場規模將達新台幣68億元,2024至"
            "2028年年均複合成長率為25.8%。全台目前共有約510座博物館,其中AI語音導覽相關支出約占四成;去年各館參觀人次合計"
            "約3,200萬人次。調查亦顯示,53%的受訪場館計畫在兩年內導入AI典藏編目系統。"
        ),
        obs=[
            ("Total", 2023, 21.9, "TWD 100 million", "actual"),
            ("Total", 2024, 27.4, "TWD 100 million", "actual"),
            ("Total", 2028, 68, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.1, "percent", 2023, 2024, 1.0),
            ("cagr", 25.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.4 / 21.9) ** (1 / 1) - 1 = 25.11% -> 25.1
            # (68 / 27.4) ** (1 / 4) - 1 = 25.51% -> 25.5, not 25.8; bounds (67.5 / 27.45) ** (1/4) - 1 = 25.22%,
            # (68.5 / 27.35) ** (1/4) - 1 = 25.80% -> 25.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million): 約4.8億港元 expected at its printed figure; YoY
    #     exact; the 2024-2028 CAGR of 約25% is inconsistent. Expected nowhere: the 560萬 admissions, the exhibition's
    #     3,200萬港元 takings, the start-up's funding round and valuation.
    dict(
        text=(
            "香港博物館科技協會昨日發表報告指出,2024年本港博物館及文化場館在AI導賞、聊天機械人及人流預測方面的開支約4.8億"
            "港元,較2023年的3.9億港元增長23.1%。報告預計,2028年有關開支將增至9.6億港元,2024至2028年年均複合增長率約25%。"
            "報告又指,本港公共博物館去年錄得約560萬入場人次,一項大型特別展覽的門票收入約3,200萬港元。本地初創公司"
            "藝述科技上月完成1.2億港元A輪融資,估值約8億港元。"
        ),
        obs=[
            ("Total", 2023, 3.9, "HKD 100 million", "actual"),
            ("Total", 2024, 4.8, "HKD 100 million", "actual"),
            ("Total", 2028, 9.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("cagr", 25, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.8 / 3.9) ** (1 / 1) - 1 = 23.08% -> 23.1
            # (9.6 / 4.8) ** (1 / 4) - 1 = 18.92% -> 19, not 25; bounds (9.55 / 4.85) ** (1/4) - 1 = 18.46%,
            # (9.65 / 4.75) ** (1/4) - 1 = 19.39% -> 25 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025): 去年 is 2024 (actual, 約 at its printed figure),
    #     今年 2025 (an estimate, 預估), YoY with both amounts. Expected nowhere: the first quarter's 3.2億元, the
    #     vendor's own AI revenue and gross margin, the Lunar New Year holiday visits.
    dict(
        text=(
            "(中央社記者林書妍台北2025年4月9日電)研調機構創藝數據今天指出,去年台灣博物館與藝文場館導入AI語音導覽、智慧票務"
            "與人流預測的市場規模約新台幣14.5億元,今年在多座國家級場館擴大採用帶動下,預估將成長22%至17.7億元。不過今年"
            "第一季市場規模僅約新台幣3.2億元,採購多集中在下半年。系統商藝聯科技去年AI相關營收達新台幣2.6億元,毛利率約"
            "38%;春節連假期間,主要博物館參觀人次較去年同期增加15%。"
        ),
        obs=[
            ("Total", 2024, 14.5, "TWD 100 million", "actual"),
            ("Total", 2025, 17.7, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (17.7 / 14.5) ** (1 / 1) - 1 = 22.07% -> 22
        ],
    ),
    # 15. Broker deep-dive (Simplified): 2023/2024 actuals with a 33.4% YoY that holds only by rounding; the 2027
    #     range 65亿—78亿元 gives two value claims (no observation). Expected nowhere: the report's date, the leading
    #     firm's revenue, gross margin, rating and target price, the 五一 holiday ticket sales, the 5,000 scenic spots.
    dict(
        text=(
            "东岳证券研究所2025年8月深度报告《AI+文旅:从智慧导览到动态票务》。我们测算,2024年国内博物馆与文化遗产景区AI"
            "客流预测及动态票务系统市场规模为27.6亿元,同比增长33.4%,2023年为20.7亿元。随着分时预约全面普及,我们预计"
            "2027年市场规模将达到65亿—78亿元。行业龙头华景科技2024年营收9.2亿元,毛利率52%,给予“买入”评级,目标价48元;"
            "今年“五一”假期,重点景区线上预约门票销量同比增长26%。目前全国已有超过5,000家景区实行分时预约。"
        ),
        obs=[
            ("Total", 2023, 20.7, "CNY 100 million", "actual"),
            ("Total", 2024, 27.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 33.4, "percent", 2023, 2024, 1.0),
            ("value", 65, "CNY 100 million", 2027, 2027, None),
            ("value", 78, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            # (27.6 / 20.7) ** (1 / 1) - 1 = 33.33% -> 33.3, not 33.4; bounds 27.55 / 20.75 - 1 = 32.77%,
            # 27.65 / 20.65 - 1 = 33.90% -> 33.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown table (Europe, EUR million) with a CAGR 2024-30 column and a Total row: each row's CAGR is stated
    #     (span in the header); the restoration row's 21.3% holds only by rounding; rows add to the Total in both
    #     years; 2030F is an estimate. Expected nowhere: the table number, the outlook's title year.
    dict(
        text=(
            "Table 3. AI spending by European museums and heritage sites, by application (EUR million)\n"
            "| Application | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| AI collection digitisation and cataloguing | 142 | 388 | 18.2% |\n"
            "| AI audio guides and visitor chatbots | 118 | 356 | 20.2% |\n"
            "| AI visitor-flow forecasting and dynamic ticketing | 64 | 221 | 22.9% |\n"
            "| AI restoration and conservation tools | 31 | 97 | 21.3% |\n"
            "| Total | 355 | 1062 | 20.0% |\n"
            "Source: Vermeer & Lisle Advisory, European Heritage Tech Outlook 2025. F = forecast."
        ),
        obs=[
            ("AI collection digitisation and cataloguing", 2024, 142, "EUR million", "actual"),
            ("AI collection digitisation and cataloguing", 2030, 388, "EUR million", "estimate"),
            ("AI audio guides and visitor chatbots", 2024, 118, "EUR million", "actual"),
            ("AI audio guides and visitor chatbots", 2030, 356, "EUR million", "estimate"),
            ("AI visitor-flow forecasting and dynamic ticketing", 2024, 64, "EUR million", "actual"),
            ("AI visitor-flow forecasting and dynamic ticketing", 2030, 221, "EUR million", "estimate"),
            ("AI restoration and conservation tools", 2024, 31, "EUR million", "actual"),
            ("AI restoration and conservation tools", 2030, 97, "EUR million", "estimate"),
            ("Total", 2024, 355, "EUR million", "actual"),
            ("Total", 2030, 1062, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 18.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (388 / 142) ** (1 / 6) - 1 = 18.24% -> 18.2
            ("cagr|implied", "exact"),  # (356 / 118) ** (1 / 6) - 1 = 20.21% -> 20.2
            ("cagr|implied", "exact"),  # (221 / 64) ** (1 / 6) - 1 = 22.94% -> 22.9
            # (97 / 31) ** (1 / 6) - 1 = 20.94% -> 20.9, not 21.3; bounds (96.5 / 31.5) ** (1/6) - 1 = 20.51%,
            # (97.5 / 30.5) ** (1/6) - 1 = 21.37% -> 21.3 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (1062 / 355) ** (1 / 6) - 1 = 20.04% -> 20.0
            ("hierarchy", "exact"),  # 2024: 142 + 118 + 64 + 31 = 355
            ("hierarchy", "exact"),  # 2030F: 388 + 356 + 221 + 97 = 1062
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024 合计 holds only by rounding. Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表4 2023—2025年中国文博人工智能应用细分市场规模(单位:亿元)\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "AI导览与讲解\t8.4\t10.9\t14.0\n"
            "藏品数字化与智能编目\t6.1\t8.3\t11.2\n"
            "客流预测与智慧票务\t3.7\t5.1\t7.0\n"
            "文物修复与预防性保护\t2.2\t2.9\t3.8\n"
            "合计\t20.4\t27.3\t36.0\n"
            "资料来源:文博数字化研究中心;2025年E为预测值。"
        ),
        obs=[
            ("AI导览与讲解", 2023, 8.4, "CNY 100 million", "actual"),
            ("AI导览与讲解", 2024, 10.9, "CNY 100 million", "actual"),
            ("AI导览与讲解", 2025, 14.0, "CNY 100 million", "estimate"),
            ("藏品数字化与智能编目", 2023, 6.1, "CNY 100 million", "actual"),
            ("藏品数字化与智能编目", 2024, 8.3, "CNY 100 million", "actual"),
            ("藏品数字化与智能编目", 2025, 11.2, "CNY 100 million", "estimate"),
            ("客流预测与智慧票务", 2023, 3.7, "CNY 100 million", "actual"),
            ("客流预测与智慧票务", 2024, 5.1, "CNY 100 million", "actual"),
            ("客流预测与智慧票务", 2025, 7.0, "CNY 100 million", "estimate"),
            ("文物修复与预防性保护", 2023, 2.2, "CNY 100 million", "actual"),
            ("文物修复与预防性保护", 2024, 2.9, "CNY 100 million", "actual"),
            ("文物修复与预防性保护", 2025, 3.8, "CNY 100 million", "estimate"),
            ("合计", 2023, 20.4, "CNY 100 million", "actual"),
            ("合计", 2024, 27.3, "CNY 100 million", "actual"),
            ("合计", 2025, 36.0, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 8.4 + 6.1 + 3.7 + 2.2 = 20.4
            # 2024: 10.9 + 8.3 + 5.1 + 2.9 = 27.2, not 27.3; bounds 27.0..27.4 (each part +/-0.05) reach
            # 27.25..27.35 -> 27.3 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 14.0 + 11.2 + 7.0 + 3.8 = 36.0
        ],
    ),
    # 18. Space-aligned table (UK, GBP million, 2024) with a share column and a Total row: four shares (the
    #     digitisation row's 25.4% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the 2,500 museums and 3,000 libraries.
    dict(
        text=(
            "United Kingdom: AI spending by museums, galleries and libraries, 2024\n"
            "Application                              £ million      Share\n"
            "Visitor chatbots and audio guides             71.3      30.8%\n"
            "Collection digitisation and OCR               58.6      25.4%\n"
            "Library search and lending systems            56.6      24.5%\n"
            "Ticketing and visitor-flow forecasting        44.8      19.4%\n"
            "Total                                        231.3     100.0%\n"
            "Note 2: covers some 2,500 museums and 3,000 public libraries. Source: Albion Cultural Data Trust."
        ),
        obs=[
            ("Visitor chatbots and audio guides", 2024, 71.3, "GBP million", "actual"),
            ("Collection digitisation and OCR", 2024, 58.6, "GBP million", "actual"),
            ("Library search and lending systems", 2024, 56.6, "GBP million", "actual"),
            ("Ticketing and visitor-flow forecasting", 2024, 44.8, "GBP million", "actual"),
            ("Total", 2024, 231.3, "GBP million", "actual"),
        ],
        claims=[
            ("share", 30.8, "percent", 2024, 2024, None),
            ("share", 25.4, "percent", 2024, 2024, None),
            ("share", 24.5, "percent", 2024, 2024, None),
            ("share", 19.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 71.3 / 231.3 = 30.83% -> 30.8
            # 58.6 / 231.3 = 25.335% -> 25.3, not 25.4; bounds 58.55 / 231.35 = 25.308%, 58.65 / 231.25 = 25.362%
            # -> 25.4 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 56.6 / 231.3 = 24.47% -> 24.5
            ("arithmetic", "exact"),  # 44.8 / 231.3 = 19.37% -> 19.4
            ("hierarchy", "exact"),  # 71.3 + 58.6 + 56.6 + 44.8 = 231.3
        ],
    ),
    # 19. Vertical table (US libraries) whose rows are years, a lone value column headed by its unit only (Total, USD
    #     million) and a YoY column; 2025E an estimate; the 2023 YoY of 24.2% is inconsistent. Expected nowhere: the
    #     source's month and year, the 2021 dash.
    dict(
        text=(
            "U.S. public and academic libraries: spending on AI search, discovery and lending systems\n"
            "Year | USD million | YoY\n"
            "2021 | 96 | -\n"
            "2022 | 124 | 29.2%\n"
            "2023 | 158 | 24.2%\n"
            "2024 | 197 | 24.7%\n"
            "2025E | 241 | 22.3%\n"
            "Source: Stackwell Library Technology Survey, March 2025. E = estimate."
        ),
        obs=[
            ("Total", 2021, 96, "USD million", "actual"),
            ("Total", 2022, 124, "USD million", "actual"),
            ("Total", 2023, 158, "USD million", "actual"),
            ("Total", 2024, 197, "USD million", "actual"),
            ("Total", 2025, 241, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 29.2, "percent", 2021, 2022, 1.0),
            ("growth", 24.2, "percent", 2022, 2023, 1.0),
            ("growth", 24.7, "percent", 2023, 2024, 1.0),
            ("growth", 22.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (124 / 96) ** (1 / 1) - 1 = 29.17% -> 29.2
            # (158 / 124) ** (1 / 1) - 1 = 27.42% -> 27.4, not 24.2; bounds 157.5 / 124.5 - 1 = 26.51%,
            # 158.5 / 123.5 - 1 = 28.34% -> 24.2 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (197 / 158) ** (1 / 1) - 1 = 24.68% -> 24.7
            ("cagr|implied", "exact"),  # (241 / 197) ** (1 / 1) - 1 = 22.34% -> 22.3
        ],
    ),
    # 20. Tab-separated segment table (Italy, EUR million) with a Total row: rows add to the Total in 2023 and 2025F
    #     but not in 2024 (146 printed, 136 summed: inconsistent); 2025F an estimate. Expected nowhere: the note on
    #     the 4,400 institutions covered.
    dict(
        text=(
            "Italy: AI spending by museums, archives and archaeological parks (EUR million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI audio guides and visitor assistants\t34\t43\t55\n"
            "AI digitisation of collections and archives\t41\t52\t66\n"
            "AI visitor-flow forecasting and ticketing\t18\t25\t33\n"
            "AI restoration and conservation\t12\t16\t21\n"
            "Total\t105\t146\t175\n"
            "Source: Osservatorio Arte Digitale; covers 4,400 public and private institutions."
        ),
        obs=[
            ("AI audio guides and visitor assistants", 2023, 34, "EUR million", "actual"),
            ("AI audio guides and visitor assistants", 2024, 43, "EUR million", "actual"),
            ("AI audio guides and visitor assistants", 2025, 55, "EUR million", "estimate"),
            ("AI digitisation of collections and archives", 2023, 41, "EUR million", "actual"),
            ("AI digitisation of collections and archives", 2024, 52, "EUR million", "actual"),
            ("AI digitisation of collections and archives", 2025, 66, "EUR million", "estimate"),
            ("AI visitor-flow forecasting and ticketing", 2023, 18, "EUR million", "actual"),
            ("AI visitor-flow forecasting and ticketing", 2024, 25, "EUR million", "actual"),
            ("AI visitor-flow forecasting and ticketing", 2025, 33, "EUR million", "estimate"),
            ("AI restoration and conservation", 2023, 12, "EUR million", "actual"),
            ("AI restoration and conservation", 2024, 16, "EUR million", "actual"),
            ("AI restoration and conservation", 2025, 21, "EUR million", "estimate"),
            ("Total", 2023, 105, "EUR million", "actual"),
            ("Total", 2024, 146, "EUR million", "actual"),
            ("Total", 2025, 175, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 34 + 41 + 18 + 12 = 105
            # 2024: 43 + 52 + 25 + 16 = 136, not 146; bounds 134..138 (each part +/-0.5) miss 145.5..146.5
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025F: 55 + 66 + 33 + 21 = 175
        ],
    ),
    # 21. US earnings-call answer sizing a TAM (the market, Total): "this year" is the call's year (2025, estimate),
    #     "last year" 2024 (actual), a 2030 forecast; YoY with both amounts, CAGR with printed span. Expected nowhere:
    #     the quarter's revenue and gross margin, the 1,270 venues, the 10% share goal, the $4 per-visitor price.
    dict(
        text=(
            "Lanternfield Systems Q3 2025 earnings call, November 6, 2025 - Q&A\n"
            "Analyst (Marcus Oyelaran, Pell & Whitcombe): How big do you think the opportunity is for AI guides at "
            "museums?\n"
            "CEO Helena Marsh: We size the total addressable market for AI audio guides and visitor chatbots at museums, "
            "galleries and heritage sites in North America and Europe at about $2.8 billion this year, up roughly 22% "
            "from $2.3 billion last year. By 2030 we think it reaches about $6.1 billion, a compound annual growth rate "
            "of roughly 17% from 2025 to 2030. On our own numbers, revenue for the quarter was $48.6 million at a 71% "
            "gross margin, and we are now live in 1,270 venues. We'd like to hold 10% of that market by 2028. Every "
            "visitor who taps our guide pays about $4 on average."
        ),
        obs=[
            ("Total", 2024, 2.3, "USD billion", "actual"),
            ("Total", 2025, 2.8, "USD billion", "estimate"),
            ("Total", 2030, 6.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
            ("cagr", 17, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.8 / 2.3) ** (1 / 1) - 1 = 21.74% -> 22
            ("cagr|implied", "exact"),  # (6.1 / 2.8) ** (1 / 5) - 1 = 16.85% -> 17
        ],
    ),
    # 22. Italian working-paper abstract (EUR million): YoY with both amounts, a CAGR with printed span that the
    #     amounts cannot give (inconsistent). Expected nowhere: the paper number, the 2019-2024 sample years, the
    #     €5.2 billion state heritage spending, the €500 million recovery-plan grant, the 312 conservators, the 37%
    #     survey answer, the JEL codes.
    dict(
        text=(
            "Fondazione Ardesia per l'Economia della Cultura, Working Paper No. 2025/09. Abstract: We estimate, for the "
            "first time, what Italian museums, archives and heritage superintendencies spend on AI restoration and "
            "conservation tools - multispectral image analysis, crack and corrosion detection, pigment identification "
            "and predictive climate control for galleries. Using procurement records from 2019-2024 and vendor "
            "interviews, we put the market at \u20ac96 million in 2024, up 18.5% from \u20ac81 million in 2023, and "
            "project \u20ac210 million by 2030, a compound annual growth rate of 16.8% over 2024-2030. The AI slice "
            "remains small next to the roughly \u20ac5.2 billion the state spent on cultural heritage in 2024, and a "
            "\u20ac500 million recovery-plan grant for digitising heritage is only partly spent. Of 312 conservators "
            "surveyed, 37% report using at least one AI tool. JEL codes: Z11, O33."
        ),
        obs=[
            ("Total", 2023, 81, "EUR million", "actual"),
            ("Total", 2024, 96, "EUR million", "actual"),
            ("Total", 2030, 210, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("cagr", 16.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (96 / 81) ** (1 / 1) - 1 = 18.52% -> 18.5
            # (210 / 96) ** (1 / 6) - 1 = 13.93%; bounds (209.5 / 96.5) ** (1/6) - 1 = 13.79%,
            # (210.5 / 95.5) ** (1/6) - 1 = 14.08% -> 16.8 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. Social-media thread (numbered posts "1/" to "4/") on US public libraries: YoY with both amounts, a part with
    #     its share, a 2028 forecast and "nearly double" 2024 (a multiple, x2 over four years, no verdict). Expected
    #     nowhere: the 9,200 library systems, the 1.2 billion visits, the $2 million federal grant, the 71% survey
    #     answer.
    dict(
        text=(
            "1/ Quick thread on AI in US public libraries, because the new numbers from the Lakeshore Library Futures "
            "Group are wild. Public libraries spent $318 million on AI search, discovery and lending systems in 2024, "
            "up 24% from $256 million in 2023.\n"
            "2/ Biggest slice: AI-assisted cataloguing and metadata clean-up, $121 million, or 38% of the total. "
            "Chatbot reference desks and recommendation engines make up most of the rest.\n"
            "3/ Their forecast: $590 million by 2028, nearly double 2024. For scale, there are about 9,200 public "
            "library systems and they logged some 1.2 billion visits last year.\n"
            "4/ One state library just won a $2 million federal grant for an AI lending pilot, and 71% of directors in "
            "the survey said staff training is the main bottleneck. /end"
        ),
        obs=[
            ("Total", 2023, 256, "USD million", "actual"),
            ("Total", 2024, 318, "USD million", "actual"),
            ("AI-assisted cataloguing and metadata clean-up", 2024, 121, "USD million", "actual"),
            ("Total", 2028, 590, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("share", 38, "percent", 2024, 2024, None),
            ("multiple", 2, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (318 / 256) ** (1 / 1) - 1 = 24.22% -> 24
            ("arithmetic", "exact"),  # 121 / 318 = 38.05% -> 38
        ],
    ),
    # 24. UK web article with a correction line (GBP million): YoY with both amounts, a part with its share (rounding
    #     only), a 2028 forecast. Expected nowhere: the byline date, the misprinted £59 million the correction
    #     withdraws, the 5.8 million visitors, the 24 languages, the £6 guide price and £22 ticket, the £3.5 million
    #     lottery award and its 40 museums.
    dict(
        text=(
            "Museums hand the audio guide to AI\n"
            "By Clara Whitlow, 2 July 2025\n"
            "Britain's museums and galleries spent \u00a364 million on AI audio guides and visitor chatbots in 2024, up "
            "31% from \u00a349 million in 2023, according to figures from the Heritage Digital Forum. Chatbots on "
            "websites and messaging apps accounted for \u00a323 million, or 35% of the total, with the rest going on "
            "handheld and app-based AI guides. The forum expects spending to reach \u00a3140 million by 2028. The shift "
            "is visible at the biggest venues: one London museum that welcomed 5.8 million visitors last year now offers "
            "its AI guide in 24 languages for \u00a36, alongside a \u00a322 ticket for its summer show. A \u00a33.5 "
            "million lottery award will fund similar guides at 40 regional museums.\n"
            "Correction, 4 July 2025: An earlier version of this article gave the 2023 figure as \u00a359 million. It "
            "was \u00a349 million."
        ),
        obs=[
            ("Total", 2023, 49, "GBP million", "actual"),
            ("Total", 2024, 64, "GBP million", "actual"),
            ("Chatbots on websites and messaging apps", 2024, 23, "GBP million", "actual"),
            ("Total", 2028, 140, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("share", 35, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (64 / 49) ** (1 / 1) - 1 = 30.61% -> 31
            # 23 / 64 = 35.94% -> 36, not 35; bounds 22.5 / 64.5 = 34.88%, 23.5 / 63.5 = 37.01%
            # -> 35 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 25. Dutch annual-report letter to shareholders (EUR million): YoY with both amounts, a 2030 figure printed in
    #     billions and converted to the series' unit (1,100 EUR million), CAGR with printed span. Expected nowhere:
    #     the report's title year, the firm's revenue, growth and EBITDA margin, the 14 million objects, the 230
    #     institutions, the dividend, the letter's date.
    dict(
        text=(
            "Rijnvaart Heritage Technologies N.V. - Annual Report 2024\n"
            "To our shareholders,\n"
            "2024 was the year Europe's memory institutions moved AI from pilot to practice. The European market for AI "
            "collection digitisation and cataloguing - image recognition of paintings and prints, handwritten-text "
            "recognition and OCR of archives - grew 22% to \u20ac412 million in 2024, from \u20ac338 million in 2023. "
            "We expect it to reach \u20ac1.1 billion by 2030, a compound annual growth rate of about 18% from 2024 to "
            "2030. Our own revenue rose 15% to \u20ac96.4 million, and our adjusted EBITDA margin reached 24%. Our teams "
            "digitised 14 million objects for 230 institutions last year. The board proposes a dividend of \u20ac0.42 "
            "per share.\n"
            "Amsterdam, 12 March 2025\n"
            "Jan-Willem Overbeek, Chief Executive Officer"
        ),
        obs=[
            ("Total", 2023, 338, "EUR million", "actual"),
            ("Total", 2024, 412, "EUR million", "actual"),
            ("Total", 2030, 1100, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 18, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (412 / 338) ** (1 / 1) - 1 = 21.89% -> 22
            ("cagr|implied", "exact"),  # (1100 / 412) ** (1 / 6) - 1 = 17.78% -> 18
        ],
    ),
    # 26. Investor-day slide bullets: the company's TAM is the market (Total); 2024A actual, 2025E and 2028E
    #     estimates; YoY with both amounts, CAGR with printed span, "more than 2x" a multiple (x2 over four years, no
    #     verdict). Expected nowhere: the slide number, the 640 venues, the ARR, the 118% retention, the 25% share goal.
    dict(
        text=(
            "Turnstile Labs Investor Day, 18 September 2025 - Slide 7: Market opportunity\n"
            "- AI visitor-flow forecasting and dynamic ticketing for museums, zoos, aquariums and heritage sites, "
            "worldwide\n"
            "- 2024A TAM: $1.6B\n"
            "- 2025E TAM: $1.9B (+19% YoY)\n"
            "- 2028E TAM: $3.4B, a 21% CAGR over 2025E-2028E\n"
            "- 2028E TAM more than 2x 2024A, as timed entry becomes the norm at major venues\n"
            "- Turnstile today: 640 venues live, $112M ARR, 118% net revenue retention\n"
            "- Goal: 25% of TAM by 2030"
        ),
        obs=[
            ("Total", 2024, 1.6, "USD billion", "actual"),
            ("Total", 2025, 1.9, "USD billion", "estimate"),
            ("Total", 2028, 3.4, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
            ("cagr", 21, "percent", 2025, 2028, None, "stated"),
            ("multiple", 2, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.9 / 1.6) ** (1 / 1) - 1 = 18.75% -> 19
            ("cagr|implied", "exact"),  # (3.4 / 1.9) ** (1 / 3) - 1 = 21.41% -> 21
        ],
    ),
    # 27. Forum answer quoting two research houses on France (EUR million): the first house (base, target and rate
    #     given) is the figure; Valmorel's €44 million for 2024 is expected nowhere. YoY with both amounts, CAGR with
    #     printed span. Expected nowhere: the 8.7 million entries, the €22 ticket, the €14 million blockbuster show,
    #     the 55% poll answer.
    dict(
        text=(
            "Re: Is AI crowd management at French museums and monuments actually a business?\n"
            "Reply from quai_de_conti:\n"
            "It's real, but sizes vary. Orsant Conseil puts French spending on AI visitor-flow forecasting, timed-entry "
            "and dynamic pricing systems at museums and monuments at \u20ac58 million in 2024, up 26% from \u20ac46 "
            "million in 2023, and expects \u20ac150 million by 2029, a 21% CAGR over 2024-2029. Valmorel Research is "
            "more cautious and has 2024 at \u20ac44 million. Either way, it's small next to ticketing itself: the "
            "biggest Paris museum sells 8.7 million entries a year at \u20ac22, and a single blockbuster show there "
            "took \u20ac14 million. For what it's worth, 55% of visitors in one poll said they'd accept higher prices "
            "at peak hours."
        ),
        obs=[
            ("Total", 2023, 46, "EUR million", "actual"),
            ("Total", 2024, 58, "EUR million", "actual"),
            ("Total", 2029, 150, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58 / 46) ** (1 / 1) - 1 = 26.09% -> 26
            ("cagr|implied", "exact"),  # (150 / 58) ** (1 / 5) - 1 = 20.93% -> 21
        ],
    ),
    # 28. Korean broker note in won: won is not in the unit table, so the ₩390 billion is no observation; its YoY,
    #     CAGR and share are claims, with no amounts in a held currency, so no verdicts. Expected nowhere: the
    #     dateline, the 16.2 million palace visitors, the target price and upside, the pick's operating margin,
    #     "about a third" (a fraction in words).
    dict(
        text=(
            "Hanul Investment & Securities, Korea Leisure & Culture, 12 May 2025\n"
            "Palaces get a talking guide. We estimate that Korean spending on AI docent and guide services at museums, "
            "palaces and heritage sites grew 31% year on year in 2024, and we forecast \u20a9390 billion in 2029, a CAGR "
            "of 22% over 2024-2029. Multilingual AI docents for foreign visitors account for 44% of 2024 spending, and "
            "the five royal palaces in Seoul drew 16.2 million visitors last year. Our top pick is Bomun Digital (BUY, "
            "TP \u20a938,000, 27% upside), whose operating margin we expect to reach 14% this year. About a third of "
            "national museums already run an AI docent, and we see regional museums following in 2026."
        ),
        obs=[],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2029, None, "stated"),
            ("share", 44, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元): YoY with both amounts, a part with its share (rounding only), a 2025
    #     figure (有望突破, printed figure, estimate). Expected nowhere: the dateline, 5·18, the 6833 museums, the
    #     14.9亿人次 visitors, the Spring Festival holiday growth of 23%.
    dict(
        text=(
            "新华社北京2025年5月18日电(记者陈思远)在5·18国际博物馆日到来之际,记者从中国文物与博物馆数字化联盟获悉,"
            "2024年我国博物馆人工智能应用市场规模达到46.8亿元,比2023年的37.5亿元增长24.8%。其中,AI导览与智能讲解"
            "市场规模为15.2亿元,占比32.4%,藏品数字化与智能编目、客流预测与智能票务紧随其后。截至2024年底,全国备案"
            "博物馆达6833家,全年接待观众14.9亿人次。联盟预计,2025年我国博物馆AI应用市场规模有望突破58亿元。另据统计,"
            "今年春节假期全国博物馆接待观众同比增长23%。业内人士表示,大模型正加速走进展厅,让文物“开口说话”。"
        ),
        obs=[
            ("Total", 2023, 37.5, "CNY 100 million", "actual"),
            ("Total", 2024, 46.8, "CNY 100 million", "actual"),
            ("AI导览与智能讲解", 2024, 15.2, "CNY 100 million", "actual"),
            ("Total", 2025, 58, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.8, "percent", 2023, 2024, 1.0),
            ("share", 32.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46.8 / 37.5) ** (1 / 1) - 1 = 24.80% -> 24.8
            # 15.2 / 46.8 = 32.48% -> 32.5, not 32.4; bounds 15.15 / 46.85 = 32.34%, 15.25 / 46.75 = 32.62%
            # -> 32.4 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 30. Nanjing municipal plan (Simplified): 2024 base (actual) and a 2027 target (突破, printed figure, estimate);
    #     the CAGR's span is given only by the amounts' years (inferred). Expected nowhere: the plan title's years,
    #     the 20 demonstration museums, the 100 scenarios, the 4000万人次 visitors, the 5000万元 support fund.
    dict(
        text=(
            "《南京市文博场馆人工智能应用创新发展行动方案(2025—2027年)》近日印发。方案提出,围绕智能导览、藏品数字化、"
            "客流预测与分时预约、文物预防性保护等场景,推动AI技术在博物馆、图书馆、纪念馆全面应用。2024年全市文博领域"
            "AI应用市场规模为6.5亿元,到2027年突破10亿元,年均增长15%以上。方案明确,到2027年建成智慧博物馆示范馆20家,"
            "打造AI应用典型场景100个,全市文博场馆年接待观众超过4000万人次,并设立每年5000万元的专项扶持资金。"
        ),
        obs=[
            ("Total", 2024, 6.5, "CNY 100 million", "actual"),
            ("Total", 2027, 10, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 15, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (10 / 6.5) ** (1 / 3) - 1 = 15.44% -> 15
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): YoY with both amounts, CAGR with printed span (rounding
    #     only), a part with its share. Expected nowhere: 今(12)日, the ~500 museums, the 4,800萬 visits, the 62%
    #     survey answer.
    dict(
        text=(
            "【台北訊】臺灣文化科技研究院今(12)日發布調查指出,2024年台灣博物館、圖書館及文化場館AI應用市場規模達新台幣"
            "28.6億元,較2023年的23.4億元成長22.2%;預估2028年將達新台幣61億元,2024至2028年年複合成長率為20.9%。其中,"
            "典藏數位化與影像辨識市場規模為新台幣10.3億元,占比36.0%,為最大應用領域。研究院指出,全台登錄博物館約500家,"
            "2024年參觀人次逾4,800萬;受訪館舍中有62%表示今年將擴編AI預算。研究院建議政府延續文化內容數位化補助,並建立"
            "跨館共用的AI模型平台。"
        ),
        obs=[
            ("Total", 2023, 23.4, "TWD 100 million", "actual"),
            ("Total", 2024, 28.6, "TWD 100 million", "actual"),
            ("典藏數位化與影像辨識", 2024, 10.3, "TWD 100 million", "actual"),
            ("Total", 2028, 61, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.2, "percent", 2023, 2024, 1.0),
            ("cagr", 20.9, "percent", 2024, 2028, None, "stated"),
            ("share", 36.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (28.6 / 23.4) ** (1 / 1) - 1 = 22.22% -> 22.2
            # (61 / 28.6) ** (1 / 4) - 1 = 20.848% -> 20.8, not 20.9; bounds (60.5 / 28.65) ** (1/4) - 1 = 20.55%,
            # (61.5 / 28.55) ** (1/4) - 1 = 21.15% -> 20.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 10.3 / 28.6 = 36.01% -> 36.0
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): YoY with both amounts that the amounts cannot give
    #     (inconsistent), a part with its share, a 2027 forecast; 約為7.8億港元 at its printed figure. Expected
    #     nowhere: the report title's year, the 650萬 visits, the 1.2億港元 takings of one exhibition, the 5億港元
    #     government grant.
    dict(
        text=(
            "香港文化科技協會今日發表《2025香港博物館及文化場館AI應用報告》。報告指出,2024年本港博物館、圖書館及表演場地"
            "的AI應用市場規模約為7.8億港元,較2023年的6.1億港元增長24.9%。其中,AI導賞及聊天機械人為2.9億港元,佔37.2%,"
            "其次為藏品數碼化及客流管理系統。協會預計,2027年市場規模將達14億港元。報告亦提到,全港公共博物館去年共錄得約"
            "650萬參觀人次,一個大型特備展覽的門票收入便達1.2億港元;政府早前亦宣布撥款5億港元推動文化場館數碼化。協會"
            "建議業界加強AI導賞的粵語及多語支援。"
        ),
        obs=[
            ("Total", 2023, 6.1, "HKD 100 million", "actual"),
            ("Total", 2024, 7.8, "HKD 100 million", "actual"),
            ("AI導賞及聊天機械人", 2024, 2.9, "HKD 100 million", "actual"),
            ("Total", 2027, 14, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.9, "percent", 2023, 2024, 1.0),
            ("share", 37.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (7.8 / 6.1) ** (1 / 1) - 1 = 27.87%; bounds 7.75 / 6.15 - 1 = 26.02%, 7.85 / 6.05 - 1 = 29.75%
            # -> 24.9 unreachable
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 2.9 / 7.8 = 37.18% -> 37.2
        ],
    ),
    # 33. PTT post (Traditional, 標題 [情報]): "去年" is 2024 from the post's date; the title's 近15億 yields to the
    #     more precise 14.7億; YoY with both amounts, a part with its share, a 2027 forecast. Expected nowhere: the
    #     list numbers, the 228 holiday week's ticket takings, the 350元 ticket, the 4,700萬 visits.
    dict(
        text=(
            "作者 museumcat (貓館長)\n"
            "看板 Museum\n"
            "標題 [情報] 台灣博物館AI導覽市場 去年近15億\n"
            "時間 Sat Apr 12 21:40:05 2025\n"
            "看到研調機構晨星文策的新報告,整理幾個重點:\n"
            "1. 2024年台灣博物館與文化場館的AI導覽及客服市場(語音導覽、聊天機器人、AR講解)約新台幣14.7億元,2023年是"
            "11.9億元,年增24%。\n"
            "2. 其中多語AI語音導覽占5.6億元,大概38%。\n"
            "3. 報告預估2027年會到新台幣25億元。\n"
            "4. 228連假那一週,北部幾個大館光門票就賣了6,000多萬,門票一張350元。\n"
            "推文有人問參觀人次,報告說去年全台博物館大約4,700萬人次。"
        ),
        obs=[
            ("Total", 2023, 11.9, "TWD 100 million", "actual"),
            ("Total", 2024, 14.7, "TWD 100 million", "actual"),
            ("多語AI語音導覽", 2024, 5.6, "TWD 100 million", "actual"),
            ("Total", 2027, 25, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.7 / 11.9) ** (1 / 1) - 1 = 23.53% -> 24
            ("arithmetic", "exact"),  # 5.6 / 14.7 = 38.10% -> 38
        ],
    ),
    # 34. Broker abstract (Simplified) with a 2026 range (two value claims, no observation), a YoY without its base
    #     (no verdict) and a CAGR with printed span. Expected nowhere: the report date, the 30% and 15% digitisation
    #     rates, the rating, the target price and upside, the pick's revenue growth.
    dict(
        text=(
            "鼎衡证券传媒行业深度报告摘要(2025年6月):我们测算,2024年中国文博数字化AI服务(藏品三维采集与智能编目、"
            "古籍OCR识别、AI辅助修复)市场规模为32.4亿元,同比增长29%;预计2026年市场规模在45亿—52亿元之间,2027年有望"
            "达到63亿元,2024—2027年复合增长率约25%。目前全国可移动文物中完成数字化的比例不足30%,古籍数字化率约15%,"
            "政策与大模型双轮驱动行业扩容。维持行业“增持”评级,重点推荐书云科技(目标价36元,上涨空间24%),其2024年"
            "营业收入同比增长18%。"
        ),
        obs=[
            ("Total", 2024, 32.4, "CNY 100 million", "actual"),
            ("Total", 2027, 63, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2023, 2024, 1.0),
            ("value", 45, "CNY 100 million", 2026, 2026, None),
            ("value", 52, "CNY 100 million", 2026, 2026, None),
            ("cagr", 25, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (63 / 32.4) ** (1 / 3) - 1 = 24.82% -> 25
        ],
    ),
    # 35. Results-briefing transcript (Simplified), dated 2025: 今年 2025 (estimate), 去年 2024 (actual), 明年 2026
    #     (estimate), a 2027 figure (接近, printed figure); YoY with both amounts. Expected nowhere: the company's
    #     revenue, growth and gross margin, its 25% share goal, the second quarter's figure, the summer-week bookings.
    dict(
        text=(
            "云岫科技2025年半年度业绩说明会文字实录(2025年8月26日)\n"
            "问:公司如何看待博物馆和景区AI客流预测与分时预约票务的市场空间?\n"
            "答(董事长周启明):根据我们的测算,今年国内文博场馆和遗产地AI客流预测与智能票务市场规模约为18亿元,去年为"
            "14.6亿元,增长约23%;明年有望达到22亿元,到2027年接近30亿元。公司上半年营业收入5.82亿元,同比增长16.7%,"
            "毛利率41.3%;我们希望三年内市占率做到25%。二季度该市场规模约4.9亿元,暑期高峰一周内我们系统承接预约超过"
            "1200万人次。"
        ),
        obs=[
            ("Total", 2024, 14.6, "CNY 100 million", "actual"),
            ("Total", 2025, 18, "CNY 100 million", "estimate"),
            ("Total", 2026, 22, "CNY 100 million", "estimate"),
            ("Total", 2027, 30, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18 / 14.6) ** (1 / 1) - 1 = 23.29% -> 23
        ],
    ),
    # 36. Markdown table by application (USD million) with a CAGR column whose header prints the span: rows add to
    #     the Total row in both years; the visitor-flow CAGR is inconsistent, the conservation CAGR rounding only.
    #     Expected nowhere: the table number, the source's date.
    dict(
        text=(
            "Table 5. U.S. museum AI spending by application, 2024 and 2029F (USD million)\n"
            "| Application | 2024 | 2029F | CAGR 2024-29 |\n"
            "|---|---|---|---|\n"
            "| AI audio guides and chatbots | 412 | 968 | 18.6% |\n"
            "| Collection digitisation and image recognition | 356 | 842 | 18.8% |\n"
            "| Visitor-flow forecasting and dynamic ticketing | 198 | 534 | 22.9% |\n"
            "| AI conservation and restoration tools | 87 | 241 | 22.7% |\n"
            "| Total | 1,053 | 2,585 | 19.7% |\n"
            "Source: Carrick & Dunmore Advisory, April 2025. Note: 2029F figures are forecasts; excludes museums' "
            "general IT and ticketing-platform spend."
        ),
        obs=[
            ("AI audio guides and chatbots", 2024, 412, "USD million", "actual"),
            ("AI audio guides and chatbots", 2029, 968, "USD million", "estimate"),
            ("Collection digitisation and image recognition", 2024, 356, "USD million", "actual"),
            ("Collection digitisation and image recognition", 2029, 842, "USD million", "estimate"),
            ("Visitor-flow forecasting and dynamic ticketing", 2024, 198, "USD million", "actual"),
            ("Visitor-flow forecasting and dynamic ticketing", 2029, 534, "USD million", "estimate"),
            ("AI conservation and restoration tools", 2024, 87, "USD million", "actual"),
            ("AI conservation and restoration tools", 2029, 241, "USD million", "estimate"),
            ("Total", 2024, 1053, "USD million", "actual"),
            ("Total", 2029, 2585, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 18.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 22.9, "percent", 2024, 2029, None, "stated"),
            ("cagr", 22.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (968 / 412) ** (1 / 5) - 1 = 18.63% -> 18.6
            ("cagr|implied", "exact"),  # (842 / 356) ** (1 / 5) - 1 = 18.79% -> 18.8
            # (534 / 198) ** (1 / 5) - 1 = 21.95%; bounds (533.5 / 198.5) ** (1/5) - 1 = 21.86%,
            # (534.5 / 197.5) ** (1/5) - 1 = 22.03% -> 22.9 unreachable
            ("cagr|implied", "inconsistent"),
            # (241 / 87) ** (1 / 5) - 1 = 22.60% -> 22.6, not 22.7; bounds (240.5 / 87.5) ** (1/5) - 1 = 22.41%,
            # (241.5 / 86.5) ** (1/5) - 1 = 22.80% -> 22.7 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (2585 / 1053) ** (1 / 5) - 1 = 19.68% -> 19.7
            ("hierarchy", "exact"),  # 2024: 412 + 356 + 198 + 87 = 1053
            ("hierarchy", "exact"),  # 2029F: 968 + 842 + 534 + 241 = 2585
        ],
    ),
    # 37. Tab-separated Japanese table in yen (JPY billion), fiscal years, with a YoY column: rows add to the Total
    #     row; the library YoY is inconsistent. Expected nowhere: the exhibit number, the source's date.
    dict(
        text=(
            "Exhibit 4: Japan AI spending by museums and libraries, by application (\u00a5 billion)\n"
            "Application\tFY2023\tFY2024\tYoY\n"
            "AI collection digitisation and OCR\t14.2\t17.1\t20.4%\n"
            "AI audio guides and chatbots\t9.6\t11.8\t22.9%\n"
            "Visitor-flow forecasting and ticketing\t5.3\t6.9\t30.2%\n"
            "Library search and lending AI\t7.4\t8.3\t16.2%\n"
            "AI conservation tools\t2.1\t2.7\t28.6%\n"
            "Total\t38.6\t46.8\t21.2%\n"
            "Note: fiscal years ending March; national, public and private institutions. Source: Hakuo Research "
            "Institute, June 2025."
        ),
        obs=[
            ("AI collection digitisation and OCR", 2023, 14.2, "JPY billion", "actual"),
            ("AI collection digitisation and OCR", 2024, 17.1, "JPY billion", "actual"),
            ("AI audio guides and chatbots", 2023, 9.6, "JPY billion", "actual"),
            ("AI audio guides and chatbots", 2024, 11.8, "JPY billion", "actual"),
            ("Visitor-flow forecasting and ticketing", 2023, 5.3, "JPY billion", "actual"),
            ("Visitor-flow forecasting and ticketing", 2024, 6.9, "JPY billion", "actual"),
            ("Library search and lending AI", 2023, 7.4, "JPY billion", "actual"),
            ("Library search and lending AI", 2024, 8.3, "JPY billion", "actual"),
            ("AI conservation tools", 2023, 2.1, "JPY billion", "actual"),
            ("AI conservation tools", 2024, 2.7, "JPY billion", "actual"),
            ("Total", 2023, 38.6, "JPY billion", "actual"),
            ("Total", 2024, 46.8, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 20.4, "percent", 2023, 2024, 1.0),
            ("growth", 22.9, "percent", 2023, 2024, 1.0),
            ("growth", 30.2, "percent", 2023, 2024, 1.0),
            ("growth", 16.2, "percent", 2023, 2024, 1.0),
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("growth", 21.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 17.1 / 14.2 - 1 = 20.42% -> 20.4
            ("cagr|implied", "exact"),  # 11.8 / 9.6 - 1 = 22.92% -> 22.9
            ("cagr|implied", "exact"),  # 6.9 / 5.3 - 1 = 30.19% -> 30.2
            # 8.3 / 7.4 - 1 = 12.16%; bounds 8.25 / 7.45 - 1 = 10.74%, 8.35 / 7.35 - 1 = 13.61% -> 16.2 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 2.7 / 2.1 - 1 = 28.57% -> 28.6
            ("cagr|implied", "exact"),  # 46.8 / 38.6 - 1 = 21.24% -> 21.2
            ("hierarchy", "exact"),  # FY2023: 14.2 + 9.6 + 5.3 + 7.4 + 2.1 = 38.6
            ("hierarchy", "exact"),  # FY2024: 17.1 + 11.8 + 6.9 + 8.3 + 2.7 = 46.8
        ],
    ),
    # 38. Space-aligned Spanish table (EUR million, 2024) with a share column: rows add to the Total row; the Total's
    #     100.0% is no claim; the visitor-flow share holds only by rounding. Expected nowhere: the source's date.
    dict(
        text=(
            "Spain: AI spending by museums, libraries and heritage sites, 2024\n"
            "Application                                     EUR million     Share\n"
            "AI collection digitisation and cataloguing             31.4     33.1%\n"
            "AI audio guides and visitor chatbots                   24.8     26.1%\n"
            "Visitor-flow forecasting and dynamic ticketing         17.6     18.6%\n"
            "AI conservation and restoration tools                  12.9     13.6%\n"
            "Library search and lending systems                      8.3      8.7%\n"
            "Total                                                  95.0    100.0%\n"
            "Note: public and private institutions; software, services and AI modules only, excluding hardware. "
            "Source: Observatorio Meridiano de Cultura Digital, May 2025."
        ),
        obs=[
            ("AI collection digitisation and cataloguing", 2024, 31.4, "EUR million", "actual"),
            ("AI audio guides and visitor chatbots", 2024, 24.8, "EUR million", "actual"),
            ("Visitor-flow forecasting and dynamic ticketing", 2024, 17.6, "EUR million", "actual"),
            ("AI conservation and restoration tools", 2024, 12.9, "EUR million", "actual"),
            ("Library search and lending systems", 2024, 8.3, "EUR million", "actual"),
            ("Total", 2024, 95.0, "EUR million", "actual"),
        ],
        claims=[
            ("share", 33.1, "percent", 2024, 2024, None),
            ("share", 26.1, "percent", 2024, 2024, None),
            ("share", 18.6, "percent", 2024, 2024, None),
            ("share", 13.6, "percent", 2024, 2024, None),
            ("share", 8.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 31.4 / 95.0 = 33.05% -> 33.1
            ("arithmetic", "exact"),  # 24.8 / 95.0 = 26.11% -> 26.1
            # 17.6 / 95.0 = 18.53% -> 18.5, not 18.6; bounds 17.55 / 95.05 = 18.46%, 17.65 / 94.95 = 18.59%
            # -> 18.6 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 12.9 / 95.0 = 13.58% -> 13.6
            ("arithmetic", "exact"),  # 8.3 / 95.0 = 8.74% -> 8.7
            ("hierarchy", "exact"),  # 31.4 + 24.8 + 17.6 + 12.9 + 8.3 = 95.0
        ],
    ),
    # 39. Vertical pipe table whose rows are years, a lone value column headed by its unit only (the market's
    #     Total, GBP million), with a YoY column; 2025F and 2026F are estimates; the 2024 YoY holds only by rounding.
    #     Expected nowhere: the title's year span, the source's date.
    dict(
        text=(
            "UK heritage sites: AI visitor-flow forecasting and dynamic ticketing market, 2021-2026F\n"
            "Year | \u00a3 million | YoY\n"
            "2021 | 21.4 | -\n"
            "2022 | 27.9 | 30.4%\n"
            "2023 | 35.2 | 26.2%\n"
            "2024 | 44.6 | 26.9%\n"
            "2025F | 55.8 | 25.1%\n"
            "2026F | 68.9 | 23.5%\n"
            "Note: F = forecast. Covers castles, historic houses, cathedrals and gardens open to the public; excludes "
            "ticket revenue itself. Source: Tamsin Hale Associates, March 2025."
        ),
        obs=[
            ("Total", 2021, 21.4, "GBP million", "actual"),
            ("Total", 2022, 27.9, "GBP million", "actual"),
            ("Total", 2023, 35.2, "GBP million", "actual"),
            ("Total", 2024, 44.6, "GBP million", "actual"),
            ("Total", 2025, 55.8, "GBP million", "estimate"),
            ("Total", 2026, 68.9, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 30.4, "percent", 2021, 2022, 1.0),
            ("growth", 26.2, "percent", 2022, 2023, 1.0),
            ("growth", 26.9, "percent", 2023, 2024, 1.0),
            ("growth", 25.1, "percent", 2024, 2025, 1.0),
            ("growth", 23.5, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 27.9 / 21.4 - 1 = 30.37% -> 30.4
            ("cagr|implied", "exact"),  # 35.2 / 27.9 - 1 = 26.16% -> 26.2
            # 44.6 / 35.2 - 1 = 26.70% -> 26.7, not 26.9; bounds 44.55 / 35.25 - 1 = 26.38%, 44.65 / 35.15 - 1 = 27.03%
            # -> 26.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 55.8 / 44.6 - 1 = 25.11% -> 25.1
            ("cagr|implied", "exact"),  # 68.9 / 55.8 - 1 = 23.48% -> 23.5
        ],
    ),
    # 40. Traditional Chinese pipe table (新台幣百萬元, TWD million) with a 合計 row; 2025年(F) is an estimate; the
    #     2024 合計 is two tenths above its rows' sum, within rounding. Expected nowhere: the table number, the source's
    #     date.
    dict(
        text=(
            "表3 台灣圖書館AI服務市場規模(單位:新台幣百萬元)\n"
            "項目 | 2023年 | 2024年 | 2025年(F)\n"
            "AI館藏檢索與推薦 | 126.4 | 158.9 | 197.3\n"
            "智慧借還與預約 | 88.7 | 109.2 | 134.6\n"
            "古籍與檔案OCR | 64.5 | 82.1 | 103.8\n"
            "AI參考諮詢聊天機器人 | 41.8 | 50.6 | 61.2\n"
            "AI館舍人流分析 | 23.1 | 29.4 | 36.7\n"
            "合計 | 344.5 | 430.4 | 533.6\n"
            "註:2025年(F)為預估值;各項數字經四捨五入,加總容有尾差。資料來源:臺灣圖書資訊產業協會,2025年5月。"
        ),
        obs=[
            ("AI館藏檢索與推薦", 2023, 126.4, "TWD million", "actual"),
            ("AI館藏檢索與推薦", 2024, 158.9, "TWD million", "actual"),
            ("AI館藏檢索與推薦", 2025, 197.3, "TWD million", "estimate"),
            ("智慧借還與預約", 2023, 88.7, "TWD million", "actual"),
            ("智慧借還與預約", 2024, 109.2, "TWD million", "actual"),
            ("智慧借還與預約", 2025, 134.6, "TWD million", "estimate"),
            ("古籍與檔案OCR", 2023, 64.5, "TWD million", "actual"),
            ("古籍與檔案OCR", 2024, 82.1, "TWD million", "actual"),
            ("古籍與檔案OCR", 2025, 103.8, "TWD million", "estimate"),
            ("AI參考諮詢聊天機器人", 2023, 41.8, "TWD million", "actual"),
            ("AI參考諮詢聊天機器人", 2024, 50.6, "TWD million", "actual"),
            ("AI參考諮詢聊天機器人", 2025, 61.2, "TWD million", "estimate"),
            ("AI館舍人流分析", 2023, 23.1, "TWD million", "actual"),
            ("AI館舍人流分析", 2024, 29.4, "TWD million", "actual"),
            ("AI館舍人流分析", 2025, 36.7, "TWD million", "estimate"),
            ("合計", 2023, 344.5, "TWD million", "actual"),
            ("合計", 2024, 430.4, "TWD million", "actual"),
            ("合計", 2025, 533.6, "TWD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 126.4 + 88.7 + 64.5 + 41.8 + 23.1 = 344.5
            # 2024: 158.9 + 109.2 + 82.1 + 50.6 + 29.4 = 430.2 vs 430.4; rows' bounds 429.95-430.45 reach 430.35-430.45
            # -> 430.4 reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025(F): 197.3 + 134.6 + 103.8 + 61.2 + 36.7 = 533.6
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-thirteenth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 14, 'exact': 76}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'some 13% of the total',
    'Another house, Tramontana Research, puts the 2024 market',
    'total addressable market',
    'last year and will spend about €124 million this year',
    'An earlier version of this article',
    'more than doubled',
    '较2024年增长3倍',
    '新台幣27.4億元',
    '億港元',
    '中央社記者林書妍台北2025年4月9日電',
    '| Application | 2024 | 2030F | CAGR 2024-30 |',
    'Q3 2025 earnings call, November 6, 2025',
    'Working Paper No. 2025/09. Abstract:',
    '2/ Biggest slice:',
    'Correction, 4 July 2025: An earlier version',
    'To our shareholders',
    '- 2025E TAM: $1.9B (+19% YoY)',
    'Valmorel Research is more cautious and has 2024 at €44 million',
    'we forecast ₩390 billion in 2029',
    '新华社北京2025年5月18日电',
    '標題 [情報] 台灣博物館AI導覽市場 去年近15億',
    '预计2026年市场规模在45亿—52亿元之间',
    '| Application | 2024 | 2029F | CAGR 2024-29 |',
    '合計 | 344.5 | 430.4 | 533.6',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 208
#: figures, 65 rates, 96 verdicts and 1 false inconsistent
FLOORS = {"figures_found": 214, "rates_found": 67, "verdicts_right": 97}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset213.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
