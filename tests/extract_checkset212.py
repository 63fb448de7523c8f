"""A two-hundred-and-twelfth check set for the extractor, written blind: AI in museums, libraries, heritage and cultural
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
English prose texts (a London wire release, a Tokyo broker note in fiscal years and yen, a Rome briefing with three
segments and shares, a Berlin article quoting two research houses, an investor-day TAM, a Paris strategy with last-
year/this-year figures and a target, a correction notice with a Spanish range, a library blog post with 'more than
doubled'), seven Chinese prose texts (an industry report, a Shaanxi plan with 力争到 and 增长2倍, a Xinhua story quoting two
institutes, a Taiwan white paper in 新台幣億元, a Hong Kong story in 億港元, a CNA story with 去年/今年, a broker deep-dive with a
range) and five tables (markdown with a CAGR column, tab-separated with a 合计 row, space-aligned with shares, a vertical
table of years with YoY, a tab-separated segment table). Left out: total museum and cultural spending, visitors,
objects, loans, venues and firm counts, ticket revenue and prices, grants and lottery awards, exhibition takings,
holiday-week and quarter figures, a vendor's revenue, margin, bookings and share goal, a target price, survey answers,
won amounts, a second house's figure, a correction's wrong range, shares in words. Inconsistent: the Berlin 17% YoY, the
Hong Kong 約28% CAGR, the UK libraries' 2024 YoY and Singapore's 2025F total. Only by rounding: the Tokyo CAGR, the Rome
restoration share, the Taiwan CAGR, the broker's 28.6% YoY, the markdown table's visitor-flow CAGR, the 2024 合计 and the
French audio-guide share.

Snippets 21-40: Twenty snippets on AI in museums, libraries, heritage sites and cultural venues, numbered 21-40: eight
English prose pieces (a US earnings-call answer sizing a TAM with 'this year' and 'last year' read from the call's date,
an Italian working-paper abstract, a numbered social-media thread, a UK web article with a correction line, a Japanese
annual-report letter in yen and fiscal years, library-platform investor-day slide bullets, a forum answer quoting two
research houses of which only the first counts, and a Korean broker note in won that gives claims but no observations),
seven Chinese prose pieces (a Xinhua-style release, a Suzhou municipal plan, a Taipei research release, a Hong Kong
association report in 億港元, a PTT post, a broker abstract with a 2026 range, a results-briefing transcript) and five
tables (French markdown with a CAGR column, tab-separated yen with a YoY column, space-aligned US dollars with a share
column, a vertical German table of years, a Traditional Chinese table with a 合計 row). Left out everywhere: whole
cultural budgets, visits, museums, libraries, loans and objects counted, ticket prices and a single exhibition's
takings, lottery grants and special funds, funding rounds and valuations, companies' revenue, margins and share targets,
quarter and holiday-week figures, survey and penetration percentages, a second house's figure, a corrected misprint.
Inconsistent: the working paper's 24.1% CAGR, the French restoration CAGR (26.2%), the yen table's conservation-
monitoring YoY (12.4%) and the Taiwan table's 2025年(E) 合計. Holding only by rounding: the call's 23.2% CAGR, the UK
article's 36.8% share, the investor day's 20.6% CAGR, the Xinhua 26.0% share, the Hong Kong 20.8% growth, the French
audio-guide CAGR (20.1%), the 25.9% cataloguing share in the dollar table and the German 2023 YoY of 25.2%.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. London wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the 2032
    #    figure printed in billions is expected converted to the series' unit (GBP million). Expected nowhere: the
    #    barometer's title year, the sector's total operating spending (£4.3 billion), the 910 venues surveyed, their
    #    48 million visits, the 62% survey answer.
    dict(
        text=(
            "LONDON, March 4, 2025 /PRNewswire/ -- Museums, galleries and heritage sites in the United Kingdom spent "
            "\u00a3186 million on AI audio guides, visitor chatbots and collection-digitisation tools in 2024, up 31% "
            "from \u00a3142 million in 2023, according to the 2025 UK Heritage Technology Barometer released today by "
            "Kingsmere Cultural Insight. The consultancy projects spending of \u00a31.02 billion by 2032, a compound "
            "annual growth rate of 23.7% over 2024-2032. The sector's total operating spending came to about "
            "\u00a34.3 billion last year, and the 910 venues surveyed recorded 48 million visits. Some 62% of "
            "respondents said a chatbot now answers most of their visitor e-mails."
        ),
        obs=[
            ("Total", 2023, 142, "GBP million", "actual"),
            ("Total", 2024, 186, "GBP million", "actual"),
            ("Total", 2032, 1020, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 23.7, "percent", 2024, 2032, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (186 / 142) ** (1 / 1) - 1 = 30.99% -> 31
            ("cagr|implied", "exact"),  # (1020 / 186) ** (1 / 8) - 1 = 23.705% -> 23.7
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion); the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "roughly 19%" where the amounts give 19.54%. Expected nowhere: the dateline, Korea's
    #    market in won, the covered company's sales, growth and margin, its target price and upside, the 280 million
    #    museum visits.
    dict(
        text=(
            "JAPAN LEISURE & CULTURE - Sector note - Tokyo, 9 June 2025\n"
            "Museums learn to talk. We size Japan's market for AI at museums, temples and heritage sites (multilingual "
            "audio guides, visitor-flow forecasting and OCR of temple archives) at \u00a521.3bn in FY2024 (year to "
            "March 2025) and forecast \u00a552.0bn in FY2029e, a CAGR of roughly 19%. Korea's comparable market is put "
            "at about \u20a9310bn. Our top pick, Kotodama Guide KK (BUY, TP \u00a53,400, 24% upside), lifted FY2024 "
            "sales 16% to \u00a58.9bn at an 18% operating margin. Japan's museums recorded some 280 million visits "
            "last year, with inbound tourists a growing part of them."
        ),
        obs=[
            ("Total", 2024, 21.3, "JPY billion", "actual"),
            ("Total", 2029, 52.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (52.0 / 21.3) ** (1 / 5) - 1 = 19.54% -> 20, not 19; bounds (51.95 / 21.35) ** (1/5) - 1 = 19.46%,
            # (52.05 / 21.25) ** (1/5) - 1 = 19.62% -> 19 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Rome research briefing: a total in EUR million and three segments with shares (the restoration share of
    #    "some 16%" holds only by rounding) and a 2029 forecast. Expected nowhere: the 430 institutions surveyed, the
    #    state museums' ticket revenue (€380 million), the 12 million visitors of the busiest archaeological park.
    dict(
        text=(
            "ROME, 22 September 2025 - Italian museums, archives and heritage sites spent \u20ac106 million on AI "
            "tools in 2024, a briefing from the Osservatorio Tiberino sul Patrimonio Digitale finds. Collection "
            "digitisation and cataloguing, including image recognition of artworks and OCR of archival records, took "
            "\u20ac44 million, or about 42%; visitor-flow forecasting and dynamic ticketing came to \u20ac27 million "
            "(25%); restoration and conservation tools accounted for \u20ac16 million, some 16% of the total. The "
            "observatory, which surveyed 430 institutions, expects spending to reach \u20ac260 million in 2029. "
            "Italy's state museums sold \u20ac380 million of tickets in 2024, and the busiest archaeological park "
            "alone drew more than 12 million visitors."
        ),
        obs=[
            ("Total", 2024, 106, "EUR million", "actual"),
            ("Collection digitisation and cataloguing", 2024, 44, "EUR million", "actual"),
            ("Visitor-flow forecasting and dynamic ticketing", 2024, 27, "EUR million", "actual"),
            ("Restoration and conservation tools", 2024, 16, "EUR million", "actual"),
            ("Total", 2029, 260, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 42, "percent", 2024, 2024, None),
            ("share", 25, "percent", 2024, 2024, None),
            ("share", 16, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 44 / 106 = 41.51% -> 42
            ("arithmetic", "exact"),  # 27 / 106 = 25.47% -> 25
            # 16 / 106 = 15.09% -> 15, not 16; bounds 15.5 / 106.5 = 14.55%, 16.5 / 105.5 = 15.64% -> 16 reached
            # only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Berlin article quoting two research houses: the first house's base, target and rate are the snippet's; its
    #    2029 figure printed in billions is expected in EUR million (the series' unit); its "up 17%" is inconsistent.
    #    Expected nowhere: Isar Analytics' €92 million for 2024, the 6,800 museums and 111 million visits, the
    #    €15 million grant pot, the Munich exhibition's €6.4 million takings.
    dict(
        text=(
            "BERLIN, 11 April 2025 - German museums, libraries and archives are buying artificial intelligence faster "
            "than their budgets suggest. Spreebogen Research puts their spending on AI tools, from archive OCR to "
            "visitor chatbots, at \u20ac74 million in 2024, up 17% from \u20ac61 million a year earlier, and forecasts "
            "\u20ac0.19 billion by 2029, an average annual rise of 20.8% over 2024-2029. Rival house Isar Analytics puts "
            "the 2024 figure higher, at \u20ac92 million. For scale, the country's roughly 6,800 museums logged 111 "
            "million visits in 2024, and a federal foundation has set aside \u20ac15 million in grants for AI pilots. "
            "One blockbuster exhibition in Munich took \u20ac6.4 million at the box office."
        ),
        obs=[
            ("Total", 2023, 61, "EUR million", "actual"),
            ("Total", 2024, 74, "EUR million", "actual"),
            ("Total", 2029, 190, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("cagr", 20.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (74 / 61) ** (1 / 1) - 1 = 21.31% -> 21, not 17; bounds 73.5 / 61.5 - 1 = 19.51%,
            # 74.5 / 60.5 - 1 = 23.14% -> 17 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (190 / 74) ** (1 / 5) - 1 = 20.755% -> 20.8
        ],
    ),
    # 5. Investor-day transcript (Boston): the total addressable market the company sizes is the market (Total), with
    #    a CAGR whose span is printed. Expected nowhere: the company's revenue and gross margin, its 15% share goal,
    #    the 1,850 institutions it serves, the third quarter's bookings growth.
    dict(
        text=(
            "Transcript excerpt - Archivo Systems Investor Day, Boston, November 13, 2025\n"
            "Maya Lindqvist, Chief Executive Officer: Let me start with the opportunity. We size the total addressable "
            "market for AI across museums, libraries and archives - cataloguing, search, visitor engagement and "
            "conservation imaging - at $3.2 billion in 2024, and we think it reaches $8.5 billion by 2029. That's a "
            "compound annual growth rate of about 22% from 2024 to 2029. We did $214 million of revenue last fiscal "
            "year at a 71% gross margin, and our goal is 15% of that market by 2029. We now serve 1,850 institutions, "
            "and third-quarter bookings rose 34% year on year."
        ),
        obs=[
            ("Total", 2024, 3.2, "USD billion", "actual"),
            ("Total", 2029, 8.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.5 / 3.2) ** (1 / 5) - 1 = 21.58% -> 22
        ],
    ),
    # 6. Paris national strategy: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 target (an
    #    estimate); the 24% rise between them is a year-on-year rate. Expected nowhere: the €25 million call for
    #    projects, the 2 million objects to digitise, the largest museum's 9 million visitors, its €22 ticket.
    dict(
        text=(
            "PARIS, 3 March 2025 - France's culture ministry on Monday published its strategy for artificial "
            "intelligence in heritage. Spending by French museums, monuments and archives on AI tools reached "
            "\u20ac58 million last year and is expected to rise 24% to \u20ac72 million this year, the ministry said, "
            "and the plan sets a target of \u20ac150 million by 2030. The ministry will back the effort with a "
            "\u20ac25 million call for projects and aims to digitise 2 million more objects from national collections. "
            "The capital's largest museum alone welcomed close to 9 million visitors in 2024, and its standard ticket "
            "now costs \u20ac22."
        ),
        obs=[
            ("Total", 2024, 58, "EUR million", "actual"),
            ("Total", 2025, 72, "EUR million", "estimate"),
            ("Total", 2030, 150, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (72 / 58) ** (1 / 1) - 1 = 24.14% -> 24
        ],
    ),
    # 7. Correction notice on a Spanish market story: the 2027 range gives two value claims (no observation); the
    #    2024 figure is the year's observation. Expected nowhere: the misstated €1.2-1.5 billion, the 38 million
    #    visitors, the Seville exhibition's €9 million takings, the Easter-week ticket rise; the range is expected
    #    once though printed twice.
    dict(
        text=(
            "Correction, July 14, 2025: An earlier version of this article gave the 2027 forecast as \u20ac1.2 billion "
            "to \u20ac1.5 billion. The correct range is \u20ac120 million to \u20ac150 million.\n"
            "Spain's museums and heritage sites spent \u20ac63 million on AI visitor-flow forecasting, dynamic "
            "ticketing and multilingual chatbots in 2024, according to Meseta Consulting, a Madrid firm, which expects "
            "the market to reach \u20ac120 million to \u20ac150 million in 2027. The country's heritage sites received "
            "some 38 million visitors last year; one touring exhibition in Seville took \u20ac9 million at the box "
            "office, and Easter-week ticket sales rose 14%."
        ),
        obs=[
            ("Total", 2024, 63, "EUR million", "actual"),
        ],
        claims=[
            ("value", 120, "EUR million", 2027, 2027, None),
            ("value", 150, "EUR million", 2027, 2027, None),
        ],
        verdicts=[],
    ),
    # 8. Library blog post: "more than doubled" between 2021 and 2024 is a multiple x2 over 3 years (no verdict).
    #    Expected nowhere: the 65 million loans, the 150 library organisations, the €3 million lottery award, the
    #    ten provinces, the Christmas-week e-book jump.
    dict(
        text=(
            "Shelf Notes blog, August 18, 2025 - Ask the catalogue anything. Dutch public libraries' spending on AI "
            "search, recommendation and self-service lending systems more than doubled between 2021 and 2024, from "
            "\u20ac8.4 million to \u20ac19.1 million, according to Polder Library Research. Libraries lent some 65 "
            "million books last year across about 150 library organisations, and a \u20ac3 million lottery award is "
            "paying for a chatbot pilot in ten provinces. Over the Christmas week, e-book loans jumped 40%."
        ),
        obs=[
            ("Total", 2021, 8.4, "EUR million", "actual"),
            ("Total", 2024, 19.1, "EUR million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): 同比增长 with both amounts, a part (AI藏品数字化与编目) with its share, a
    #    CAGR with its printed span. Expected nowhere: the report's title year, the 7,000 museums, the 14亿人次 visits,
    #    the special exhibition's 1.3亿元 ticket takings, the 71% survey answer.
    dict(
        text=(
            "《2025中国智慧博物馆发展报告》日前在杭州发布。报告显示,2024年我国博物馆人工智能应用市场规模达到46.8亿元,"
            "同比增长28.2%,2023年为36.5亿元。其中,AI藏品数字化与编目市场规模为18.2亿元,占比38.9%,为最大细分领域。"
            "报告预计,到2028年该市场规模将达到112.5亿元,2024—2028年复合增长率为24.5%。报告同时指出,截至2024年底"
            "全国备案博物馆超过7,000家,全年接待观众约14亿人次,某大型特展门票收入逾1.3亿元;受访博物馆中有71%已部署"
            "智能导览。"
        ),
        obs=[
            ("Total", 2023, 36.5, "CNY 100 million", "actual"),
            ("Total", 2024, 46.8, "CNY 100 million", "actual"),
            ("AI藏品数字化与编目", 2024, 18.2, "CNY 100 million", "actual"),
            ("Total", 2028, 112.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.2, "percent", 2023, 2024, 1.0),
            ("share", 38.9, "percent", 2024, 2024, None),
            ("cagr", 24.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46.8 / 36.5) ** (1 / 1) - 1 = 28.22% -> 28.2
            ("arithmetic", "exact"),  # 18.2 / 46.8 = 38.89% -> 38.9
            ("cagr|implied", "exact"),  # (112.5 / 46.8) ** (1 / 4) - 1 = 24.52% -> 24.5
        ],
    ),
    # 10. Shaanxi provincial action plan (Simplified): 2023 and 2024 actuals with 同比增长, a 力争到2027年 target (突破,
    #     expected at its printed figure, an estimate) and 较2024年增长2倍 kept as a multiple x2 over 3 years (no
    #     verdict). Expected nowhere: the plan's title years, the 50 smart museums, the 10 leading firms, the 80%
    #     digitisation rate, the 1.2亿人次 visitors.
    dict(
        text=(
            "近日,陕西省印发《陕西省智慧文博发展行动计划(2025—2027年)》。计划显示,2024年全省文博领域人工智能应用"
            "市场规模达到8.6亿元,较2023年的6.5亿元同比增长32.3%。计划提出,力争到2027年全省文博人工智能应用市场规模"
            "突破25亿元,较2024年增长2倍,建成50家智慧博物馆,培育10家以上骨干企业,馆藏珍贵文物数字化率达到80%。"
            "2024年,全省博物馆接待观众超过1.2亿人次。"
        ),
        obs=[
            ("Total", 2023, 6.5, "CNY 100 million", "actual"),
            ("Total", 2024, 8.6, "CNY 100 million", "actual"),
            ("Total", 2027, 25, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.3, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.6 / 6.5) ** (1 / 1) - 1 = 32.31% -> 32.3
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes: the first institute's 2024 figure, its 2025 forecast
    #     and their growth rate are the snippet's. Expected nowhere: 华夏数字文化智库's 约26亿元 for 2024, the
    #     conference's title year, the 3,248 public libraries, the 6.1亿册次 loans, the Spring Festival holiday rise.
    dict(
        text=(
            "新华社北京6月9日电(记者李明远)记者从日前举行的2025全国智慧图书馆创新大会上获悉,据中国文化科技研究院测算,"
            "2024年我国图书馆人工智能应用市场规模为21.4亿元,预计2025年将达到27.8亿元,增长29.9%,智能检索、古籍OCR"
            "和智能借还是主要增长点。另据华夏数字文化智库测算,2024年这一市场规模约为26亿元。截至2024年底,全国共有"
            "公共图书馆3,248个,全年外借图书6.1亿册次;今年春节假期,全国公共图书馆接待读者同比增长17%。"
        ),
        obs=[
            ("Total", 2024, 21.4, "CNY 100 million", "actual"),
            ("Total", 2025, 27.8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.8 / 21.4) ** (1 / 1) - 1 = 29.91% -> 29.9
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元 (TWD 100 million): YoY with both amounts and a CAGR with its
    #     printed span that holds only by rounding. Expected nowhere: the white paper's title year, 約占四成 (a share
    #     in words), the 500 museums, the 4,800萬 visits, the 新台幣3億元 grant, the 58% survey answer.
    dict(
        text=(
            "《2025臺灣文化科技白皮書》指出,國內博物館、美術館及文化場館導入AI導覽、典藏數位化與觀眾流量預測的市場規模,"
            "2024年達新台幣32.6億元,較2023年的新台幣25.8億元成長26.4%;白皮書預估2028年將達新台幣80.4億元,2024至"
            "2028年年複合成長率為25.4%。其中AI導覽約占四成。全臺登錄博物館約500家,2024年參觀人次約4,800萬;文化部今年"
            "另編列新台幣3億元補助場館導入AI,受訪場館中有58%表示缺乏相關人才。"
        ),
        obs=[
            ("Total", 2023, 25.8, "TWD 100 million", "actual"),
            ("Total", 2024, 32.6, "TWD 100 million", "actual"),
            ("Total", 2028, 80.4, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2023, 2024, 1.0),
            ("cagr", 25.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (32.6 / 25.8) ** (1 / 1) - 1 = 26.36% -> 26.4
            # (80.4 / 32.6) ** (1 / 4) - 1 = 25.32% -> 25.3, not 25.4; bounds (80.35 / 32.65) ** (1/4) - 1 = 25.25%,
            # (80.45 / 32.55) ** (1/4) - 1 = 25.38% -> 25.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million): 約3.8億港元 expected at its printed figure; YoY
    #     exact; the 2024-2027 CAGR of 約28% is inconsistent. Expected nowhere: 約三成 (a share in words), the
    #     museum's 300萬 admissions, the HK$60 ticket, the 5,000萬港元 grant scheme.
    dict(
        text=(
            "香港博物館、圖書館及文化場館在人工智能導覽、聊天機械人及館藏數碼化方面的開支持續上升。本地研究機構維港文化"
            "科技研究所昨日發表報告指出,2024年相關開支約為3.8億港元,較2023年的2.9億港元按年增長31%,預計2027年將增至"
            "7.2億港元,2024至2027年年均複合增長率約28%。報告指,當中約三成用於館藏數碼化。西九文化區一間博物館去年錄得"
            "逾300萬入場人次,成人門票為60港元;藝術發展局亦推出5,000萬港元資助計劃。"
        ),
        obs=[
            ("Total", 2023, 2.9, "HKD 100 million", "actual"),
            ("Total", 2024, 3.8, "HKD 100 million", "actual"),
            ("Total", 2027, 7.2, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 28, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.8 / 2.9) ** (1 / 1) - 1 = 31.03% -> 31
            # (7.2 / 3.8) ** (1 / 3) - 1 = 23.74% -> 24, not 28; bounds (7.15 / 3.85) ** (1/3) - 1 = 22.92%,
            # (7.25 / 3.75) ** (1/3) - 1 = 24.58% -> 28 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. Taipei news-agency story (Traditional): 去年 is 2024 (actual), 今年 2025 (an estimate) and 年增約26% a
    #     year-on-year rate. Expected nowhere: the dateline, the 500 public libraries, the 8,200萬冊 loans, the
    #     新台幣5億元 grant, the Qingming holiday rise.
    dict(
        text=(
            "(中央社記者張念慈台北2025年4月18日電)文化部今天公布調查指出,去年國內公共圖書館AI檢索、智慧借還與館藏盤點"
            "系統的市場規模達新台幣9.6億元,今年預估成長至新台幣12.1億元,年增約26%。全台公共圖書館逾500所,去年借閱冊數"
            "達8,200萬冊;文化部今年編列新台幣5億元補助各館更新系統,清明連假期間入館人次則較去年同期增加12%。"
        ),
        obs=[
            ("Total", 2024, 9.6, "TWD 100 million", "actual"),
            ("Total", 2025, 12.1, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.1 / 9.6) ** (1 / 1) - 1 = 26.04% -> 26
        ],
    ),
    # 15. Broker deep-dive (Simplified): YoY of 28.6% with both amounts holds only by rounding; the 2030 range gives two
    #     value claims (no observation). Expected nowhere: the report's title, the target price and its upside, the
    #     covered company's revenue, gross margin and first-quarter orders.
    dict(
        text=(
            "东岳证券传媒团队近日发布深度报告《AI+文博:千馆万物的智慧化》。我们测算,2024年国内博物馆与文化场馆AI解决方案"
            "市场规模为58.2亿元,较2023年的45.3亿元同比增长28.6%;预计到2030年,市场规模将达到180亿—220亿元。首次覆盖"
            "文博数字化龙头敦煌智联,给予“买入”评级,目标价42.6元,对应上涨空间31%;公司2024年营收7.8亿元,毛利率46%,"
            "今年一季度新签订单同比增长52%。"
        ),
        obs=[
            ("Total", 2023, 45.3, "CNY 100 million", "actual"),
            ("Total", 2024, 58.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("value", 180, "CNY 100 million", 2030, 2030, None),
            ("value", 220, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[
            # (58.2 / 45.3) ** (1 / 1) - 1 = 28.48% -> 28.5, not 28.6; bounds 58.15 / 45.35 - 1 = 28.22%,
            # 58.25 / 45.25 - 1 = 28.73% -> 28.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown table (US, USD million) with a CAGR 2024-29 column and a Total row: each row's CAGR is stated (span
    #     in the header); the visitor-flow row's 23.1% holds only by rounding; rows add to the Total in both years;
    #     2029F is an estimate. Expected nowhere: the table number, the outlook's title year.
    dict(
        text=(
            "Table 3. U.S. museums' AI spending by segment (USD million)\n"
            "| Segment | 2024 | 2029F | CAGR 2024-29 |\n"
            "|---|---|---|---|\n"
            "| AI audio guides and visitor chatbots | 412 | 1,038 | 20.3% |\n"
            "| Collection digitisation and cataloguing | 356 | 842 | 18.8% |\n"
            "| Visitor-flow forecasting and dynamic ticketing | 198 | 561 | 23.1% |\n"
            "| Total | 966 | 2,441 | 20.4% |\n"
            "Source: Larkspur & Vane Research, Museum Technology Outlook 2025. F = forecast."
        ),
        obs=[
            ("AI audio guides and visitor chatbots", 2024, 412, "USD million", "actual"),
            ("AI audio guides and visitor chatbots", 2029, 1038, "USD million", "estimate"),
            ("Collection digitisation and cataloguing", 2024, 356, "USD million", "actual"),
            ("Collection digitisation and cataloguing", 2029, 842, "USD million", "estimate"),
            ("Visitor-flow forecasting and dynamic ticketing", 2024, 198, "USD million", "actual"),
            ("Visitor-flow forecasting and dynamic ticketing", 2029, 561, "USD million", "estimate"),
            ("Total", 2024, 966, "USD million", "actual"),
            ("Total", 2029, 2441, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 18.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 23.1, "percent", 2024, 2029, None, "stated"),
            ("cagr", 20.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1038 / 412) ** (1 / 5) - 1 = 20.30% -> 20.3
            ("cagr|implied", "exact"),  # (842 / 356) ** (1 / 5) - 1 = 18.79% -> 18.8
            # (561 / 198) ** (1 / 5) - 1 = 23.16% -> 23.2, not 23.1; bounds (560.5 / 198.5) ** (1/5) - 1 = 23.07%,
            # (561.5 / 197.5) ** (1/5) - 1 = 23.24% -> 23.1 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (2441 / 966) ** (1 / 5) - 1 = 20.37% -> 20.4
            ("hierarchy", "exact"),  # 2024: 412 + 356 + 198 = 966
            ("hierarchy", "exact"),  # 2029F: 1038 + 842 + 561 = 2441
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024 合计 holds only by rounding. Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表2 2023—2025年中国图书馆AI应用细分市场规模(单位:亿元)\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能检索与推荐\t5.8\t7.4\t9.5\n"
            "古籍与档案OCR\t3.6\t4.7\t6.1\n"
            "智能借还与盘点\t2.9\t3.6\t4.5\n"
            "读者服务机器人\t1.4\t1.9\t2.5\n"
            "合计\t13.7\t17.7\t22.6\n"
            "资料来源:中图智库;2025年E为预测值。"
        ),
        obs=[
            ("智能检索与推荐", 2023, 5.8, "CNY 100 million", "actual"),
            ("智能检索与推荐", 2024, 7.4, "CNY 100 million", "actual"),
            ("智能检索与推荐", 2025, 9.5, "CNY 100 million", "estimate"),
            ("古籍与档案OCR", 2023, 3.6, "CNY 100 million", "actual"),
            ("古籍与档案OCR", 2024, 4.7, "CNY 100 million", "actual"),
            ("古籍与档案OCR", 2025, 6.1, "CNY 100 million", "estimate"),
            ("智能借还与盘点", 2023, 2.9, "CNY 100 million", "actual"),
            ("智能借还与盘点", 2024, 3.6, "CNY 100 million", "actual"),
            ("智能借还与盘点", 2025, 4.5, "CNY 100 million", "estimate"),
            ("读者服务机器人", 2023, 1.4, "CNY 100 million", "actual"),
            ("读者服务机器人", 2024, 1.9, "CNY 100 million", "actual"),
            ("读者服务机器人", 2025, 2.5, "CNY 100 million", "estimate"),
            ("合计", 2023, 13.7, "CNY 100 million", "actual"),
            ("合计", 2024, 17.7, "CNY 100 million", "actual"),
            ("合计", 2025, 22.6, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 5.8 + 3.6 + 2.9 + 1.4 = 13.7
            # 2024: 7.4 + 4.7 + 3.6 + 1.9 = 17.6, not 17.7; bounds 17.4..17.8 (each part +/-0.05) reach
            # 17.65..17.75 -> 17.7 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 9.5 + 6.1 + 4.5 + 2.5 = 22.6
        ],
    ),
    # 18. Space-aligned table (France, EUR million, 2024) with a share column and a Total row: four shares (the audio
    #     guides' 39.7% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim. Expected
    #     nowhere: the note number, the 1,220 museums and their 62 million visits.
    dict(
        text=(
            "France: AI spending by museums and monuments, by use\n"
            "Use                                         2024 (\u20ac m)      Share\n"
            "AI audio guides and visitor chatbots                 38.4      39.7%\n"
            "Collection digitisation and cataloguing              31.7      32.7%\n"
            "Visitor-flow forecasting and ticketing               17.3      17.9%\n"
            "Restoration and conservation tools                    9.5       9.8%\n"
            "Total                                                96.9     100.0%\n"
            "Note 2: the 1,220 musees de France in the panel received 62 million visits. Source: Observatoire "
            "Lumiere du Patrimoine."
        ),
        obs=[
            ("AI audio guides and visitor chatbots", 2024, 38.4, "EUR million", "actual"),
            ("Collection digitisation and cataloguing", 2024, 31.7, "EUR million", "actual"),
            ("Visitor-flow forecasting and ticketing", 2024, 17.3, "EUR million", "actual"),
            ("Restoration and conservation tools", 2024, 9.5, "EUR million", "actual"),
            ("Total", 2024, 96.9, "EUR million", "actual"),
        ],
        claims=[
            ("share", 39.7, "percent", 2024, 2024, None),
            ("share", 32.7, "percent", 2024, 2024, None),
            ("share", 17.9, "percent", 2024, 2024, None),
            ("share", 9.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 38.4 / 96.9 = 39.63% -> 39.6, not 39.7; bounds 38.35 / 96.95 = 39.56%, 38.45 / 96.85 = 39.70%
            # -> 39.7 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 31.7 / 96.9 = 32.71% -> 32.7
            ("arithmetic", "exact"),  # 17.3 / 96.9 = 17.85% (17.853) -> 17.9
            ("arithmetic", "exact"),  # 9.5 / 96.9 = 9.80% -> 9.8
            ("hierarchy", "exact"),  # 38.4 + 31.7 + 17.3 + 9.5 = 96.9
        ],
    ),
    # 19. Vertical table (United Kingdom) whose rows are years, a lone value column headed by its unit only (Total,
    #     GBP million) and a YoY column; 2025E an estimate; the 2024 YoY of 29.7% is inconsistent. Expected nowhere:
    #     the source's month and year, the 2021 dash.
    dict(
        text=(
            "United Kingdom: AI in public library search, discovery and lending systems\n"
            "Year | GBP million | YoY\n"
            "2021 | 14.2 | -\n"
            "2022 | 18.9 | 33.1%\n"
            "2023 | 24.1 | 27.5%\n"
            "2024 | 30.6 | 29.7%\n"
            "2025E | 37.8 | 23.5%\n"
            "Source: Albion Library Futures Monitor, May 2025. E = estimate."
        ),
        obs=[
            ("Total", 2021, 14.2, "GBP million", "actual"),
            ("Total", 2022, 18.9, "GBP million", "actual"),
            ("Total", 2023, 24.1, "GBP million", "actual"),
            ("Total", 2024, 30.6, "GBP million", "actual"),
            ("Total", 2025, 37.8, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 33.1, "percent", 2021, 2022, 1.0),
            ("growth", 27.5, "percent", 2022, 2023, 1.0),
            ("growth", 29.7, "percent", 2023, 2024, 1.0),
            ("growth", 23.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.9 / 14.2) ** (1 / 1) - 1 = 33.10% -> 33.1
            ("cagr|implied", "exact"),  # (24.1 / 18.9) ** (1 / 1) - 1 = 27.51% -> 27.5
            # (30.6 / 24.1) ** (1 / 1) - 1 = 26.97% -> 27.0, not 29.7; bounds 30.55 / 24.15 - 1 = 26.50%,
            # 30.65 / 24.05 - 1 = 27.44% -> 29.7 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (37.8 / 30.6) ** (1 / 1) - 1 = 23.53% -> 23.5
        ],
    ),
    # 20. Tab-separated segment table (Singapore, USD million) with a Total row: rows add to the Total in 2023 and
    #     2024 but not in 2025F (82 printed, 77 summed: inconsistent); 2025F an estimate. Expected nowhere: the note
    #     on currency conversion.
    dict(
        text=(
            "Singapore: AI at museums, heritage sites and libraries by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI audio guides and visitor chatbots\t18\t24\t31\n"
            "Collection digitisation and archive OCR\t12\t16\t21\n"
            "Visitor-flow forecasting and dynamic ticketing\t9\t13\t17\n"
            "AI conservation tools\t4\t6\t8\n"
            "Total\t43\t59\t82\n"
            "Source: Merlion Culture Tech Tracker; figures converted from Singapore dollars at average annual rates."
        ),
        obs=[
            ("AI audio guides and visitor chatbots", 2023, 18, "USD million", "actual"),
            ("AI audio guides and visitor chatbots", 2024, 24, "USD million", "actual"),
            ("AI audio guides and visitor chatbots", 2025, 31, "USD million", "estimate"),
            ("Collection digitisation and archive OCR", 2023, 12, "USD million", "actual"),
            ("Collection digitisation and archive OCR", 2024, 16, "USD million", "actual"),
            ("Collection digitisation and archive OCR", 2025, 21, "USD million", "estimate"),
            ("Visitor-flow forecasting and dynamic ticketing", 2023, 9, "USD million", "actual"),
            ("Visitor-flow forecasting and dynamic ticketing", 2024, 13, "USD million", "actual"),
            ("Visitor-flow forecasting and dynamic ticketing", 2025, 17, "USD million", "estimate"),
            ("AI conservation tools", 2023, 4, "USD million", "actual"),
            ("AI conservation tools", 2024, 6, "USD million", "actual"),
            ("AI conservation tools", 2025, 8, "USD million", "estimate"),
            ("Total", 2023, 43, "USD million", "actual"),
            ("Total", 2024, 59, "USD million", "actual"),
            ("Total", 2025, 82, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 18 + 12 + 9 + 4 = 43
            ("hierarchy", "exact"),  # 2024: 24 + 16 + 13 + 6 = 59
            # 2025F: 31 + 21 + 17 + 8 = 77, not 82; bounds 75..79 (each part +/-0.5) miss 81.5..82.5
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 21. US earnings-call answer sizing a TAM: "this year" is the call's year (2025, estimate), "last year" 2024
    #     (actual); YoY with both amounts, CAGR with printed span (rounding only). Expected nowhere: the quarter's
    #     revenue, the 612 institutions live, the 10% share aim, the client's $9 million exhibition takings.
    dict(
        text=(
            "Halvorsen Interactive Q2 2025 earnings call, August 7, 2025 - Q&A\n"
            "Analyst (Marcus Oyelaran, Tidewell Capital): How big is the market you sell into at museums?\n"
            "CFO Renata Solberg: We size the total addressable market for AI visitor-experience software at U.S. "
            "museums, zoos and historic sites, meaning multilingual audio guides, visitor chatbots and dynamic "
            "ticketing, at roughly $1.38 billion this year, up about 23% from $1.12 billion last year. We see it "
            "reaching $2.6 billion by 2028, a compound rate of about 23.2% from 2025 to 2028. For the quarter we booked "
            "$47.3 million of revenue, and we now have 612 institutions live on the platform. Our aim is a 10% share of "
            "that TAM by 2027. One of our flagship clients sold $9 million of tickets to a single blockbuster "
            "exhibition this spring, with timed entry priced by our model."
        ),
        obs=[
            ("Total", 2024, 1.12, "USD billion", "actual"),
            ("Total", 2025, 1.38, "USD billion", "estimate"),
            ("Total", 2028, 2.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
            ("cagr", 23.2, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.38 / 1.12) ** (1 / 1) - 1 = 23.21% -> 23
            # (2.6 / 1.38) ** (1 / 3) - 1 = 23.51% -> 23.5, not 23.2; bounds (2.55 / 1.385) ** (1/3) - 1 = 22.56%,
            # (2.65 / 1.375) ** (1/3) - 1 = 24.45% -> 23.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 22. Italian working-paper abstract: CAGR with printed span that the amounts cannot give (inconsistent), a
    #     multiple over four years (no verdict), a 2027 projection. Expected nowhere: the paper number, the 1,160
    #     institutions, the Ministry of Culture's EUR 3.5 billion budget, the 41% survey answer.
    dict(
        text=(
            "Quaderni di Economia della Cultura, Working Paper n. 2025/08. Abstract: This paper estimates spending on "
            "artificial-intelligence tools for the digitisation and cataloguing of Italy's cultural heritage, from "
            "image recognition of paintings and archaeological finds to OCR and handwriting recognition of notarial "
            "archives. Using procurement records of 1,160 state museums, archives and libraries, we find that such "
            "spending rose from \u20ac96 million in 2020 to \u20ac214 million in 2024, a compound annual growth rate of "
            "24.1% over 2020-2024, or 2.2 times the 2020 level. The AI line remains small within the Ministry of "
            "Culture's \u20ac3.5 billion annual budget. Helped by the recovery plan's digitisation calls, we project AI "
            "spending of \u20ac390 million in 2027. In a companion survey, 41% of curators said automated cataloguing "
            "had shortened their backlog."
        ),
        obs=[
            ("Total", 2020, 96, "EUR million", "actual"),
            ("Total", 2024, 214, "EUR million", "actual"),
            ("Total", 2027, 390, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 24.1, "percent", 2020, 2024, None, "stated"),
            ("multiple", 2.2, "multiple", 2020, 2024, 4.0),
        ],
        verdicts=[
            # (214 / 96) ** (1 / 4) - 1 = 22.19%; bounds (213.5 / 96.5) ** (1/4) - 1 = 21.96%,
            # (214.5 / 95.5) ** (1/4) - 1 = 22.42% -> 24.1 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. Social-media thread (numbered posts): YoY with both amounts, a part (Chatbots) with its share, a CAGR with
    #     printed span. Expected nowhere: the post numbers, the 850M visits, the $30 ticket, the $14M blockbuster
    #     takings, the 58% poll answer.
    dict(
        text=(
            "1/ Thread: how much are US museums actually spending on AI audio guides and visitor chatbots? Numbers from "
            "Kestrel Arts Data's new report.\n"
            "2/ Total spend hit $318M in 2024, up 31% from $243M in 2023. That covers AI audio guides, multilingual "
            "chatbots on websites and in galleries, and AI docent apps.\n"
            "3/ Chatbots alone were $127M of the 2024 total, about 40%.\n"
            "4/ Kestrel expects $760M by 2028, which works out to a 24% CAGR over 2024-2028.\n"
            "5/ For scale: US museums logged roughly 850M visits last year, and an adult ticket at a big-city art "
            "museum now runs about $30. One Impressionist blockbuster grossed $14M at the box office alone.\n"
            "6/ Also: 58% of museum-goers in Kestrel's poll said they'd try an AI guide if it came free with entry."
        ),
        obs=[
            ("Total", 2023, 243, "USD million", "actual"),
            ("Total", 2024, 318, "USD million", "actual"),
            ("Chatbots", 2024, 127, "USD million", "actual"),
            ("Total", 2028, 760, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("share", 40, "percent", 2024, 2024, None),
            ("cagr", 24, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (318 / 243) ** (1 / 1) - 1 = 30.86% -> 31
            ("arithmetic", "exact"),  # 127 / 318 = 39.94% -> 40
            ("cagr|implied", "exact"),  # (760 / 318) ** (1 / 4) - 1 = 24.34% -> 24
        ],
    ),
    # 24. UK web article with a correction line: YoY with both amounts, a part's share (rounding only), a CAGR with
    #     printed span. Expected nowhere: the misprinted GBP 121 million, the GBP 2.4 million lottery award, the
    #     1.2 million photographs, the 48 million visits, the byline and correction dates.
    dict(
        text=(
            "Machines learn to read the archive: UK heritage bodies step up AI cataloguing spend\n"
            "By Eleanor Whitcombe, 2 July 2025\n"
            "Museums, archives and libraries across the UK spent \u00a3112 million on AI tools for digitising and "
            "cataloguing their collections in 2024, up 18% from \u00a395 million in 2023, according to a report by the "
            "consultancy Ashgrove Cultural Economics. Handwriting and OCR recognition of archive documents accounted "
            "for \u00a341 million, or 36.8% of the total. Ashgrove expects spending to reach \u00a3260 million by 2029, "
            "growing 18.3% a year over 2024-2029. The National Lottery Heritage Fund separately awarded \u00a32.4 "
            "million last month to a pilot that uses image recognition to tag 1.2 million photographs, and UK museums "
            "recorded some 48 million visits in the year.\n"
            "Correction, 3 July 2025: An earlier version of this article put 2024 spending at \u00a3121 million. The "
            "correct figure is \u00a3112 million."
        ),
        obs=[
            ("Total", 2023, 95, "GBP million", "actual"),
            ("Total", 2024, 112, "GBP million", "actual"),
            ("Handwriting and OCR recognition of archive documents", 2024, 41, "GBP million", "actual"),
            ("Total", 2029, 260, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("share", 36.8, "percent", 2024, 2024, None),
            ("cagr", 18.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (112 / 95) ** (1 / 1) - 1 = 17.89% -> 18
            # 41 / 112 = 36.61% -> 36.6, not 36.8; bounds 40.5 / 112.5 = 36.00%, 41.5 / 111.5 = 37.22%
            # -> 36.8 reached only by some reading
            ("arithmetic", "rounding"),
            ("cagr|implied", "exact"),  # (260 / 112) ** (1 / 5) - 1 = 18.35% -> 18.3
        ],
    ),
    # 25. Japanese annual-report letter to shareholders in yen (JPY billion), fiscal years: YoY with both amounts,
    #     CAGR with printed span. Expected nowhere: the company's net sales and their growth, its operating margin,
    #     the 2,300 sites, the 36.9 million foreign visitors, the letter's date.
    dict(
        text=(
            "To our shareholders\n"
            "Fiscal 2024 was the year in which visitors to Japan's temples, castles and museums began to talk to the "
            "exhibits. By our estimate, the Japanese market for AI multilingual guides and visitor chatbots at museums "
            "and cultural sites grew 22% to \u00a518.4 billion in fiscal 2024 from \u00a515.1 billion in fiscal 2023. "
            "We expect it to reach \u00a541 billion in fiscal 2028, a compound annual growth rate of 22% over fiscal "
            "2024-2028. Your company's net sales rose 11.6% to \u00a562.8 billion, and our operating margin reached "
            "9.4%. Our guides are now in service at some 2,300 sites, and Japan welcomed 36.9 million foreign visitors "
            "in calendar 2024, many of whom never speak to a human docent.\n"
            "Aiko Morisawa, President and CEO, Tsukimi Digital Culture Co., Ltd., June 2025"
        ),
        obs=[
            ("Total", 2023, 15.1, "JPY billion", "actual"),
            ("Total", 2024, 18.4, "JPY billion", "actual"),
            ("Total", 2028, 41, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.4 / 15.1) ** (1 / 1) - 1 = 21.85% -> 22
            ("cagr|implied", "exact"),  # (41 / 18.4) ** (1 / 4) - 1 = 22.18% -> 22
        ],
    ),
    # 26. Library-platform investor-day slide bullets: the company's TAM is the market (Total); 2024 actual, 2025E
    #     and 2028E estimates; CAGR with printed span (rounding only). Expected nowhere: the slide number, the 7,800
    #     libraries, the company's revenue and 25% share target, the Series C round and valuation.
    dict(
        text=(
            "Folio Systems Investor Day 2025, Chicago, March 18, 2025\n"
            "Slide 9: AI for libraries\n"
            "- 2024 TAM: $1.92B (AI search, discovery and lending platforms for public and academic libraries, North "
            "America and Europe)\n"
            "- 2025E TAM: $2.35B\n"
            "- 2028E TAM: $4.1B\n"
            "- 2025E-2028E CAGR: 20.6%\n"
            "- Libraries on the Folio platform: 7,800\n"
            "- Folio 2024 revenue: $286M; target 25% share of TAM by 2028\n"
            "- Series C (2022): $95M raised at a $1.1B valuation\n"
            "Speaker notes: semantic catalogue search and AI reading recommendations are moving from pilots into "
            "standard library-system contracts, and e-lending demand forecasting is next."
        ),
        obs=[
            ("Total", 2024, 1.92, "USD billion", "actual"),
            ("Total", 2025, 2.35, "USD billion", "estimate"),
            ("Total", 2028, 4.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.6, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            # (4.1 / 2.35) ** (1 / 3) - 1 = 20.38% -> 20.4, not 20.6; bounds (4.05 / 2.355) ** (1/3) - 1 = 19.81%,
            # (4.15 / 2.345) ** (1/3) - 1 = 20.96% -> 20.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. Forum answer quoting two research houses: the first house (base, target and rate given) is the figure;
    #     the second house's 2024 EUR 510 million is expected nowhere. The EUR 1.1 billion 2029 figure is converted to
    #     the series' unit (EUR million). Expected nowhere: the 9 million tickets, the EUR 22 price, the Easter-week
    #     price rise, the 47% survey answer.
    dict(
        text=(
            "Re: Is AI crowd forecasting at museums a real market or just hype?\n"
            "Answer from cloakroom_ticket:\n"
            "It's real, just small. Larchmont Research puts European spending on AI visitor-flow forecasting and "
            "dynamic ticketing at museums and heritage sites at \u20ac420 million in 2024, up 26% from \u20ac333 million "
            "in 2023, and expects \u20ac1.1 billion by 2029, a CAGR of 21.2% over 2024-2029. Ostrava Partners has a "
            "bigger 2024 number, \u20ac510 million, but they lump in plain ticketing software. For context, one big "
            "Paris museum alone sells close to 9 million tickets a year at \u20ac22 each, and during Easter week some "
            "sites' dynamic prices rose 30%. A survey I saw found 47% of visitors dislike surge pricing at museums."
        ),
        obs=[
            ("Total", 2023, 333, "EUR million", "actual"),
            ("Total", 2024, 420, "EUR million", "actual"),
            ("Total", 2029, 1100, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("cagr", 21.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (420 / 333) ** (1 / 1) - 1 = 26.13% -> 26
            ("cagr|implied", "exact"),  # (1100 / 420) ** (1 / 5) - 1 = 21.24% -> 21.2
        ],
    ),
    # 28. Korean broker note in won: won is not in the unit table, so no observation; its YoY, CAGR and share are
    #     claims, none with two amounts in a held currency, so no verdicts. Expected nowhere: the dateline, the 2028
    #     won amount, the target price and upside, the pick's margin, "about a third" (a fraction in words), the
    #     900-odd museums.
    dict(
        text=(
            "Hanyang Investment & Securities, Korea Leisure & Culture, Seoul, 14 May 2025\n"
            "Digital docents go mainstream. We estimate that Korean spending on AI docents, visitor chatbots and "
            "crowd-forecasting systems at museums, palaces and cultural venues grew 27% year on year in 2024, and we "
            "forecast it to reach \u20a9540 billion in 2028, a CAGR of 24% over 2024-2028. AI docent and audio-guide "
            "services made up 38% of the 2024 total. Our top pick is Gyeongbok Media Tech (BUY, TP \u20a946,000, 31% "
            "upside), whose culture segment we expect to post an 11.2% operating margin this year. About a third of the "
            "country's 900-odd registered museums now run at least one AI service, and we expect national museums to "
            "standardise on AI docents within two budget cycles."
        ),
        obs=[],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("cagr", 24, "percent", 2024, 2028, None, "stated"),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified): YoY with both amounts, a part with its share (rounding only), a 2027
    #     target (有望突破, printed figure, estimate). Expected nowhere: the dateline, the 6833 museums, the 14.9亿人次
    #     visits.
    dict(
        text=(
            "新华社西安2025年5月18日电(记者李晓东)在5·18国际博物馆日主会场活动上,记者从中国博物馆数字化发展联盟获悉,"
            "2024年我国博物馆人工智能应用市场规模达到46.8亿元,比2023年的36.4亿元增长28.6%。其中,AI智能导览与讲解"
            "市场规模为12.1亿元,占比26.0%,文物图像识别与数字化采集、客流预测与智慧票务位列其后。截至2024年底,全国"
            "备案博物馆达6833家,全年接待观众14.9亿人次。联盟预计,2027年我国博物馆人工智能应用市场规模有望突破90亿元。"
            "业内人士表示,大模型正加速进入文物研究、展陈策划和观众服务等环节。"
        ),
        obs=[
            ("Total", 2023, 36.4, "CNY 100 million", "actual"),
            ("Total", 2024, 46.8, "CNY 100 million", "actual"),
            ("AI智能导览与讲解", 2024, 12.1, "CNY 100 million", "actual"),
            ("Total", 2027, 90, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("share", 26.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46.8 / 36.4) ** (1 / 1) - 1 = 28.57% -> 28.6
            # 12.1 / 46.8 = 25.85% -> 25.9, not 26.0; bounds 12.05 / 46.85 = 25.72%, 12.15 / 46.75 = 25.99%
            # -> 26.0 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 30. Municipal plan (Simplified): 2024 base (actual) and a 2027 target (突破, printed figure, estimate); the
    #     CAGR's span is given only by the amounts' years (inferred). Expected nowhere: the plan title's years, the 30
    #     demonstration museums, the 5000万元 special fund, the 300万人次 readers.
    dict(
        text=(
            "《苏州市文博场馆智慧化建设三年行动方案(2025—2027年)》日前印发。方案提出,围绕AI智能导览、文物数字化采集与"
            "识别、客流预测与分时预约、AI辅助文物修复四大方向,推动全市博物馆、美术馆和公共图书馆智慧化升级。2024年全市"
            "文博领域人工智能应用产业规模为12.6亿元,到2027年力争突破22亿元,年均增长20%以上。方案明确,到2027年建成"
            "智慧博物馆示范馆30家,市级财政每年安排专项资金5000万元,全市公共图书馆AI借阅服务覆盖读者300万人次。"
        ),
        obs=[
            ("Total", 2024, 12.6, "CNY 100 million", "actual"),
            ("Total", 2027, 22, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (22 / 12.6) ** (1 / 3) - 1 = 20.42% -> 20
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): YoY with both amounts, CAGR with printed span, a part
    #     with its share. Expected nowhere: 今(22)日, the 490 museums, the 4,600萬 visits, the 62% survey answer.
    dict(
        text=(
            "【台北訊】臺灣文化科技研究院今(22)日發布調查指出,2024年台灣博物館、美術館與古蹟場館的AI應用市場規模達"
            "新台幣18.6億元,較2023年的14.9億元成長24.8%;預估2028年將達新台幣41億元,2024至2028年年複合成長率為21.8%。"
            "其中,AI典藏數位化與影像辨識市場規模為新台幣7.2億元,占比38.7%,為最大項目。研究院指出,全台登錄博物館約"
            "490座,2024年參觀人次約4,600萬;受訪館方中有62%計畫在兩年內導入AI導覽。研究院建議文化部擴大典藏開放資料,"
            "協助中小型場館共用AI平台。"
        ),
        obs=[
            ("Total", 2023, 14.9, "TWD 100 million", "actual"),
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("AI典藏數位化與影像辨識", 2024, 7.2, "TWD 100 million", "actual"),
            ("Total", 2028, 41, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.8, "percent", 2023, 2024, 1.0),
            ("cagr", 21.8, "percent", 2024, 2028, None, "stated"),
            ("share", 38.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 14.9) ** (1 / 1) - 1 = 24.83% -> 24.8
            ("cagr|implied", "exact"),  # (41 / 18.6) ** (1 / 4) - 1 = 21.848% -> 21.8
            ("arithmetic", "exact"),  # 7.2 / 18.6 = 38.71% -> 38.7
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): YoY with both amounts (rounding only), a part with its
    #     share, a 2027 forecast. Expected nowhere: the report title's year, the 68 member institutions, the 1,050萬
    #     admissions, the special exhibition's 4,800萬港元 takings.
    dict(
        text=(
            "香港博物館及文化場館協會今日發表《2025香港文化場館科技應用報告》。報告指出,2024年本港博物館、表演場地及"
            "文物景點在人工智能方面的支出約為8.6億港元,較2023年的7.1億港元增長20.8%。其中,AI客流預測及動態票務系統"
            "支出為2.3億港元,佔整體約27%。協會預計,2027年有關支出將達15億港元。報告亦提到,協會現有會員機構68間,"
            "2024年本港主要博物館共錄得約1,050萬人次入場;西九一個大型特展的門票收入約4,800萬港元。協會建議政府設立"
            "專項基金,協助中小型場館引入AI導賞。"
        ),
        obs=[
            ("Total", 2023, 7.1, "HKD 100 million", "actual"),
            ("Total", 2024, 8.6, "HKD 100 million", "actual"),
            ("AI客流預測及動態票務系統", 2024, 2.3, "HKD 100 million", "actual"),
            ("Total", 2027, 15, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20.8, "percent", 2023, 2024, 1.0),
            ("share", 27, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (8.6 / 7.1) ** (1 / 1) - 1 = 21.13% -> 21.1, not 20.8; bounds 8.55 / 7.15 - 1 = 19.58%,
            # 8.65 / 7.05 - 1 = 22.70% -> 20.8 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 2.3 / 8.6 = 26.74% -> 27
        ],
    ),
    # 33. PTT post (Traditional, 標題 [情報]): "去年" is 2024 from the post's date; the title's 近9億 yields to the
    #     more precise 8.7億; YoY with both amounts, a part with its share, a 2026 forecast. Expected nowhere: the
    #     list numbers, the 8,900萬冊 loans, the 550 libraries.
    dict(
        text=(
            "作者 bookworm0712 (圖書館常客)\n"
            "看板 Library\n"
            "標題 [情報] 台灣公共圖書館AI檢索與借閱系統市場 去年近9億\n"
            "時間 Tue Apr 15 21:08:44 2025\n"
            "看到研調機構青禾顧問的新報告,整理一下重點:\n"
            "1. 2024年台灣公共與大學圖書館的AI檢索、推薦與智慧借閱系統市場約新台幣8.7億元,2023年是7.2億元,年增21%。\n"
            "2. 其中AI館藏推薦引擎占3.1億元,大概36%。\n"
            "3. 報告預估2026年會到新台幣13億元。\n"
            "4. 去年全台公共圖書館借閱量大約8,900萬冊,預約書等待時間是AI最想解決的痛點。\n"
            "推文有人問館數,報告說全台公共圖書館約550所。"
        ),
        obs=[
            ("Total", 2023, 7.2, "TWD 100 million", "actual"),
            ("Total", 2024, 8.7, "TWD 100 million", "actual"),
            ("AI館藏推薦引擎", 2024, 3.1, "TWD 100 million", "actual"),
            ("Total", 2026, 13, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.7 / 7.2) ** (1 / 1) - 1 = 20.83% -> 21
            ("arithmetic", "exact"),  # 3.1 / 8.7 = 35.63% -> 36
        ],
    ),
    # 34. Broker abstract (Simplified) with a 2026 range (two value claims, no observation), a YoY without its base
    #     (no verdict) and a CAGR with printed span. Expected nowhere: the report date, the 35% penetration rate and
    #     its 20 percentage points, the rating, the target price and upside, the pick's revenue growth.
    dict(
        text=(
            "岳麓证券传媒与文旅行业深度报告摘要(2025年6月):我们测算,2024年中国文博与文旅场景AI应用(智能导览、文物"
            "图像识别、客流预测与动态票务、AI文物修复)市场规模为128亿元,同比增长31%;预计2026年市场规模在185亿—210亿元"
            "之间,2028年有望达到320亿元,2024—2028年复合增长率约26%。目前国内一级博物馆AI导览渗透率约35%,较2022年提升"
            "20个百分点。维持行业“增持”评级,重点推荐云栖文旅科技(目标价38元,上涨空间22%),其2024年营业收入同比增长17%。"
        ),
        obs=[
            ("Total", 2024, 128, "CNY 100 million", "actual"),
            ("Total", 2028, 320, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("value", 185, "CNY 100 million", 2026, 2026, None),
            ("value", 210, "CNY 100 million", 2026, 2026, None),
            ("cagr", 26, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (320 / 128) ** (1 / 4) - 1 = 25.74% -> 26
        ],
    ),
    # 35. Results-briefing transcript (Simplified), dated 2025: 今年 2025 (estimate), 去年 2024 (actual), YoY with both
    #     amounts, a 2028 target. Expected nowhere: the company's revenue, its growth and gross margin, its 15% share
    #     target, the second quarter's figure, the 五一 holiday growth.
    dict(
        text=(
            "博雅数字文化2025年半年度业绩说明会文字实录(2025年8月26日)\n"
            "问:请问公司如何看待AI文物修复与预防性保护的市场空间?\n"
            "答(董事长陈远航):根据我们的测算,今年国内AI文物修复与预防性保护市场规模约为24亿元,去年为19.5亿元,增长约"
            "23%;到2028年有望达到52亿元。公司上半年营业收入3.86亿元,同比增长14.2%,毛利率41.5%;我们的目标是到2028年"
            "市场占有率达到15%。二季度行业规模约6.1亿元。另外,今年五一假期期间,合作博物馆的数字文创销售额同比增长38%。"
        ),
        obs=[
            ("Total", 2024, 19.5, "CNY 100 million", "actual"),
            ("Total", 2025, 24, "CNY 100 million", "estimate"),
            ("Total", 2028, 52, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24 / 19.5) ** (1 / 1) - 1 = 23.08% -> 23
        ],
    ),
    # 36. Markdown table by segment (EUR million, France) with a CAGR column whose header prints the span: rows add
    #     to the Total row in both years; the restoration CAGR is inconsistent, the audio-guide CAGR rounding only.
    #     Expected nowhere: the table number, the source's date.
    dict(
        text=(
            "Table 2. France: AI in museums and heritage sites by segment, 2024 and 2029F (EUR million)\n"
            "| Segment | 2024 | 2029F | CAGR 2024-29 |\n"
            "|---|---|---|---|\n"
            "| AI audio guides and chatbots | 86 | 214 | 20.1% |\n"
            "| AI collection digitisation | 64 | 148 | 18.3% |\n"
            "| Visitor-flow forecasting and dynamic ticketing | 38 | 112 | 24.1% |\n"
            "| AI restoration and conservation | 22 | 61 | 26.2% |\n"
            "| Total | 210 | 535 | 20.6% |\n"
            "Source: Cabinet Verlaine Conseil, April 2025. Note: 2029F figures are forecasts; spending by museums, "
            "monuments and heritage sites on AI software and services, excluding hardware and building works."
        ),
        obs=[
            ("AI audio guides and chatbots", 2024, 86, "EUR million", "actual"),
            ("AI audio guides and chatbots", 2029, 214, "EUR million", "estimate"),
            ("AI collection digitisation", 2024, 64, "EUR million", "actual"),
            ("AI collection digitisation", 2029, 148, "EUR million", "estimate"),
            ("Visitor-flow forecasting and dynamic ticketing", 2024, 38, "EUR million", "actual"),
            ("Visitor-flow forecasting and dynamic ticketing", 2029, 112, "EUR million", "estimate"),
            ("AI restoration and conservation", 2024, 22, "EUR million", "actual"),
            ("AI restoration and conservation", 2029, 61, "EUR million", "estimate"),
            ("Total", 2024, 210, "EUR million", "actual"),
            ("Total", 2029, 535, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 20.1, "percent", 2024, 2029, None, "stated"),
            ("cagr", 18.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 24.1, "percent", 2024, 2029, None, "stated"),
            ("cagr", 26.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 20.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (214 / 86) ** (1 / 5) - 1 = 20.00% -> 20.0, not 20.1; bounds (213.5 / 86.5) ** (1/5) - 1 = 19.81%,
            # (214.5 / 85.5) ** (1/5) - 1 = 20.20% -> 20.1 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (148 / 64) ** (1 / 5) - 1 = 18.25% -> 18.3
            ("cagr|implied", "exact"),  # (112 / 38) ** (1 / 5) - 1 = 24.13% -> 24.1
            # (61 / 22) ** (1 / 5) - 1 = 22.63%; bounds (60.5 / 22.5) ** (1/5) - 1 = 21.88%,
            # (61.5 / 21.5) ** (1/5) - 1 = 23.39% -> 26.2 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (535 / 210) ** (1 / 5) - 1 = 20.57% -> 20.6
            ("hierarchy", "exact"),  # 2024: 86 + 64 + 38 + 22 = 210
            ("hierarchy", "exact"),  # 2029F: 214 + 148 + 112 + 61 = 535
        ],
    ),
    # 37. Tab-separated Japanese table in yen (JPY billion), fiscal years, with a YoY column: rows add to the Total
    #     row; the conservation-monitoring YoY is inconsistent. Expected nowhere: the exhibit number, the source's
    #     date.
    dict(
        text=(
            "Exhibit 4: Japan AI spending by museums, archives and libraries, by category (\u00a5 billion)\n"
            "Category\tFY2023\tFY2024\tYoY\n"
            "AI multilingual guides\t8.6\t10.9\t26.7%\n"
            "AI archive OCR and digitisation\t5.2\t6.3\t21.2%\n"
            "AI crowd forecasting and dynamic ticketing\t2.9\t3.8\t31.0%\n"
            "AI conservation monitoring\t1.4\t1.7\t12.4%\n"
            "Total\t18.1\t22.7\t25.4%\n"
            "Note: fiscal years ending March; national, prefectural and municipal institutions. Source: Hoshizora "
            "Research, May 2025."
        ),
        obs=[
            ("AI multilingual guides", 2023, 8.6, "JPY billion", "actual"),
            ("AI multilingual guides", 2024, 10.9, "JPY billion", "actual"),
            ("AI archive OCR and digitisation", 2023, 5.2, "JPY billion", "actual"),
            ("AI archive OCR and digitisation", 2024, 6.3, "JPY billion", "actual"),
            ("AI crowd forecasting and dynamic ticketing", 2023, 2.9, "JPY billion", "actual"),
            ("AI crowd forecasting and dynamic ticketing", 2024, 3.8, "JPY billion", "actual"),
            ("AI conservation monitoring", 2023, 1.4, "JPY billion", "actual"),
            ("AI conservation monitoring", 2024, 1.7, "JPY billion", "actual"),
            ("Total", 2023, 18.1, "JPY billion", "actual"),
            ("Total", 2024, 22.7, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 26.7, "percent", 2023, 2024, 1.0),
            ("growth", 21.2, "percent", 2023, 2024, 1.0),
            ("growth", 31.0, "percent", 2023, 2024, 1.0),
            ("growth", 12.4, "percent", 2023, 2024, 1.0),
            ("growth", 25.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 10.9 / 8.6 - 1 = 26.74% -> 26.7
            ("cagr|implied", "exact"),  # 6.3 / 5.2 - 1 = 21.15% -> 21.2
            ("cagr|implied", "exact"),  # 3.8 / 2.9 - 1 = 31.03% -> 31.0
            # 1.7 / 1.4 - 1 = 21.43%; bounds 1.65 / 1.45 - 1 = 13.79%, 1.75 / 1.35 - 1 = 29.63% -> 12.4 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 22.7 / 18.1 - 1 = 25.41% -> 25.4
            ("hierarchy", "exact"),  # FY2023: 8.6 + 5.2 + 2.9 + 1.4 = 18.1
            ("hierarchy", "exact"),  # FY2024: 10.9 + 6.3 + 3.8 + 1.7 = 22.7
        ],
    ),
    # 38. Space-aligned US table (USD million, 2024) with a share column: rows add to the Total row; the Total's
    #     100.0% is no claim; the cataloguing share holds only by rounding. Expected nowhere: the source's date.
    dict(
        text=(
            "U.S. public and academic libraries: AI spending by application, 2024\n"
            "Application                               USD million     Share\n"
            "AI search and discovery                           142     31.1%\n"
            "AI recommendation and reader services              96     21.0%\n"
            "Automated cataloguing and metadata                118     25.9%\n"
            "AI lending and collection analytics                64     14.0%\n"
            "Chatbots and virtual reference                     37      8.1%\n"
            "Total                                             457    100.0%\n"
            "Note: software and services bought by libraries; excludes e-book licences and hardware. Source: Wexford "
            "Library Market Monitor, March 2025."
        ),
        obs=[
            ("AI search and discovery", 2024, 142, "USD million", "actual"),
            ("AI recommendation and reader services", 2024, 96, "USD million", "actual"),
            ("Automated cataloguing and metadata", 2024, 118, "USD million", "actual"),
            ("AI lending and collection analytics", 2024, 64, "USD million", "actual"),
            ("Chatbots and virtual reference", 2024, 37, "USD million", "actual"),
            ("Total", 2024, 457, "USD million", "actual"),
        ],
        claims=[
            ("share", 31.1, "percent", 2024, 2024, None),
            ("share", 21.0, "percent", 2024, 2024, None),
            ("share", 25.9, "percent", 2024, 2024, None),
            ("share", 14.0, "percent", 2024, 2024, None),
            ("share", 8.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 142 / 457 = 31.07% -> 31.1
            ("arithmetic", "exact"),  # 96 / 457 = 21.01% -> 21.0
            # 118 / 457 = 25.82% -> 25.8, not 25.9; bounds 117.5 / 457.5 = 25.68%, 118.5 / 456.5 = 25.96%
            # -> 25.9 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 64 / 457 = 14.00% -> 14.0
            ("arithmetic", "exact"),  # 37 / 457 = 8.10% -> 8.1
            ("hierarchy", "exact"),  # 142 + 96 + 118 + 64 + 37 = 457
        ],
    ),
    # 39. Vertical pipe table whose rows are years, a lone value column headed by its unit only (the market's
    #     Total), with a YoY column; 2025F and 2026F are estimates; the 2023 YoY holds only by rounding. Expected
    #     nowhere: the source's date.
    dict(
        text=(
            "Germany: AI audio guides and visitor chatbots in museums and palaces, 2020-2026F\n"
            "Year | EUR million | YoY\n"
            "2020 | 34 | -\n"
            "2021 | 41 | 20.6%\n"
            "2022 | 55 | 34.1%\n"
            "2023 | 69 | 25.2%\n"
            "2024 | 88 | 27.5%\n"
            "2025F | 106 | 20.5%\n"
            "2026F | 127 | 19.8%\n"
            "Note: F = forecast. Licences, content production and hosting bought by museums, palaces and memorial "
            "sites; excludes handheld devices. Source: Rheinblick Kulturanalyse, January 2025."
        ),
        obs=[
            ("Total", 2020, 34, "EUR million", "actual"),
            ("Total", 2021, 41, "EUR million", "actual"),
            ("Total", 2022, 55, "EUR million", "actual"),
            ("Total", 2023, 69, "EUR million", "actual"),
            ("Total", 2024, 88, "EUR million", "actual"),
            ("Total", 2025, 106, "EUR million", "estimate"),
            ("Total", 2026, 127, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 20.6, "percent", 2020, 2021, 1.0),
            ("growth", 34.1, "percent", 2021, 2022, 1.0),
            ("growth", 25.2, "percent", 2022, 2023, 1.0),
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
            ("growth", 20.5, "percent", 2024, 2025, 1.0),
            ("growth", 19.8, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 41 / 34 - 1 = 20.59% -> 20.6
            ("cagr|implied", "exact"),  # 55 / 41 - 1 = 34.15% -> 34.1
            # 69 / 55 - 1 = 25.45% -> 25.5, not 25.2; bounds 68.5 / 55.5 - 1 = 23.42%, 69.5 / 54.5 - 1 = 27.52%
            # -> 25.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 88 / 69 - 1 = 27.54% -> 27.5
            ("cagr|implied", "exact"),  # 106 / 88 - 1 = 20.45% -> 20.5
            ("cagr|implied", "exact"),  # 127 / 106 - 1 = 19.81% -> 19.8
        ],
    ),
    # 40. Pipe-separated Traditional Chinese table (新台幣億元) with a 合計 row; 2025年(E) is an estimate; the
    #     2025年(E) 合計 exceeds its rows' sum beyond rounding (inconsistent). Expected nowhere: the table number, the
    #     source's date.
    dict(
        text=(
            "表3 台灣文化場館與圖書館AI應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(E)\n"
            "AI導覽與語音解說 | 4.8 | 6.1 | 7.6\n"
            "典藏數位化與影像辨識 | 5.9 | 7.2 | 8.8\n"
            "客流預測與智慧票務 | 2.1 | 2.9 | 3.9\n"
            "AI修復與預防性保存 | 1.3 | 1.7 | 2.2\n"
            "圖書館AI檢索與借閱 | 3.4 | 4.1 | 5.0\n"
            "合計 | 17.5 | 22.0 | 28.3\n"
            "資料來源:島嶼文化數位研究中心,2025年3月;2025年(E)為預估值,僅計軟體與服務,不含硬體設備。"
        ),
        obs=[
            ("AI導覽與語音解說", 2023, 4.8, "TWD 100 million", "actual"),
            ("AI導覽與語音解說", 2024, 6.1, "TWD 100 million", "actual"),
            ("AI導覽與語音解說", 2025, 7.6, "TWD 100 million", "estimate"),
            ("典藏數位化與影像辨識", 2023, 5.9, "TWD 100 million", "actual"),
            ("典藏數位化與影像辨識", 2024, 7.2, "TWD 100 million", "actual"),
            ("典藏數位化與影像辨識", 2025, 8.8, "TWD 100 million", "estimate"),
            ("客流預測與智慧票務", 2023, 2.1, "TWD 100 million", "actual"),
            ("客流預測與智慧票務", 2024, 2.9, "TWD 100 million", "actual"),
            ("客流預測與智慧票務", 2025, 3.9, "TWD 100 million", "estimate"),
            ("AI修復與預防性保存", 2023, 1.3, "TWD 100 million", "actual"),
            ("AI修復與預防性保存", 2024, 1.7, "TWD 100 million", "actual"),
            ("AI修復與預防性保存", 2025, 2.2, "TWD 100 million", "estimate"),
            ("圖書館AI檢索與借閱", 2023, 3.4, "TWD 100 million", "actual"),
            ("圖書館AI檢索與借閱", 2024, 4.1, "TWD 100 million", "actual"),
            ("圖書館AI檢索與借閱", 2025, 5.0, "TWD 100 million", "estimate"),
            ("合計", 2023, 17.5, "TWD 100 million", "actual"),
            ("合計", 2024, 22.0, "TWD 100 million", "actual"),
            ("合計", 2025, 28.3, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 4.8 + 5.9 + 2.1 + 1.3 + 3.4 = 17.5
            ("hierarchy", "exact"),  # 2024: 6.1 + 7.2 + 2.9 + 1.7 + 4.1 = 22.0
            # 2025(E): 7.6 + 8.8 + 3.9 + 2.2 + 5.0 = 27.5 vs 28.3; rows' bounds 27.25-27.75, total's 28.25-28.35
            # -> no reading reaches
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-twelfth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 15, 'exact': 74}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'some 16% of the total',
    'Rival house Isar Analytics puts the 2024 figure higher',
    'total addressable market',
    'An earlier version of this article',
    'more than doubled',
    '较2024年增长2倍',
    '新台幣80.4億元',
    '億港元',
    '中央社記者張念慈台北2025年4月18日電',
    '| Segment | 2024 | 2029F | CAGR 2024-29 |',
    '2025E | 37.8 | 23.5%',
    'Q2 2025 earnings call, August 7, 2025',
    'Working Paper n. 2025/08. Abstract:',
    '2/ Total spend hit $318M in 2024',
    'Correction, 3 July 2025: An earlier version',
    'To our shareholders',
    '- 2025E TAM: $2.35B',
    'Ostrava Partners has a bigger 2024 number',
    'Hanyang Investment & Securities, Korea Leisure & Culture',
    '新华社西安2025年5月18日电',
    '年均增长20%以上',
    '標題 [情報] 台灣公共圖書館AI檢索與借閱系統市場 去年近9億',
    '| Segment | 2024 | 2029F | CAGR 2024-29 |',
    '合計 | 17.5 | 22.0 | 28.3',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 207
#: figures, 66 rates, 96 verdicts and 0 false inconsistent
#: after the readings chosen on it and on the other sets chosen on (208, 210, 212, 214): 210, 67, 96 and 0
FLOORS = {"figures_found": 210, "rates_found": 67, "verdicts_right": 97}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset212.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
