"""A hundred-and-seventy-fourth check set for the extractor, written blind: AI in weather, climate and environmental
monitoring: AI weather-forecasting models and services, climate-risk and catastrophe analytics, carbon accounting and
emissions-tracking software with AI, air- and water-quality monitoring, wildfire, flood and drought early warning,
sized in money by climate-tech investors and analysts, meteorological agencies, reinsurers, environmental ministries'
plans, consultancies, and research houses in the United Kingdom, Switzerland, Australia, India and China. Distractors
a careful reader leaves out: damages and insured losses from disasters, tonnes of CO2, numbers of stations or
satellites, venture rounds and a start-up's valuation, the whole weather-services or environmental market beside the
AI part, a quarter's figures, carbon prices.

Snippets 1-20: AI in weather, climate and environmental monitoring. Eight English prose pieces (a London wire press
release, a Mumbai broker sector note in fiscal years, a Zurich reinsurer's research briefing with segment shares, a
Sydney news article quoting two research houses, a London capital-markets-day transcript sizing a TAM, a UK government
plan with targets, a Geneva research note carrying a correction and a range, an Australian climate-tech investor's
blog post); seven Chinese prose pieces (a meteorological industry report, a provincial action plan with 力争 targets and
增长N倍, a wire story quoting two institutes with a rebased CAGR, a Taiwanese industry association report, a Hong Kong
insurtech story in 億港元 with a part and its share, a CNA story using 去年/今年 with a mistyped rate, a broker deep-dive
with a target price); and five tables (a markdown pipe table with E/F columns and a total row off by one, a
space-aligned yearbook table with years as rows and a YoY column, a tab-separated Chinese table in 亿元, a tab-separated
Indian fiscal-year table with years as rows and a Total column, a Traditional Chinese pipe table in 新台幣百萬元 with its 合計
row printed first and a share column). Distractors: insured and disaster losses, respondent and station counts,
satellites, venture rounds and valuations, rupee figures, a company's own revenue, margin and share ambition, a
quarter's figures, carbon prices, the whole weather-services market beside the AI part, a second publisher's estimate,
a corrected figure, report titles' years and table numbers, a price target and its upside, a penetration rate.

Snippets 21-40: AI in weather, climate and environmental monitoring: eight English prose pieces (an earnings-call
transcript sizing a TAM, a Swiss working-paper abstract, a climate-tech investor's thread, a UK web article carrying a
correction, an Australian annual-report letter quoting US$ figures, investor-day slide bullets, a forum answer, an
Indian research-house note with a rupee aside), seven Chinese prose pieces (a Xinhua-style release, a ministry
implementation plan, a Taiwanese MIC release, a Hong Kong press report, a Taiwanese forum post, a brokerage research
abstract with a range, a listed company's results-briefing transcript; three of them in Traditional Chinese) and five
tables (markdown pipes by segment, a tab-separated vertical table headed only by its unit with a YoY column, a
space-aligned Simplified Chinese table with a 合计 row, a regional table with a CAGR column, a UK statistics table with
a share column). Distractors a careful reader leaves out: company revenue, quarterly revenue, ARR, margins and
headcounts, venture rounds and valuations, carbon prices, insured and disaster losses, counts of stations, satellites,
cities, vendors and firms surveyed, the whole weather-services or environmental-monitoring market beside the AI part,
a second publisher's figure for the same year, a corrected figure, rupee amounts, shares in words, PM2.5 reduction
targets, government budgets, report, slide, table and issue numbers and title years. Two rates are inconsistent with
their amounts (19.5% CAGR against 310->745; a 38% YoY typo against 1.04->1.38), three rates and one share hold only by
rounding, and two tables' totals add only by rounding.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. London wire press release from a consultancy: YoY growth with both amounts, CAGR with printed span.
    #    Expected nowhere: the edition number, survey respondents and countries, insured catastrophe losses.
    dict(
        text=(
            "LONDON, 12 March 2025 /PRNewswire/ -- Spending on AI-driven weather forecasting worldwide rose 21% to "
            "$1.42 billion in 2024, from $1.17 billion a year earlier, according to the third edition of the AI Weather "
            "Intelligence Outlook published today by Halden & Pryce, a London-based climate-technology consultancy. "
            "The firm, which surveyed 212 forecasting buyers in 31 countries, expects the market to reach $4.6 billion "
            "in 2030, a compound annual growth rate of 21.6% between 2024 and 2030. Demand is being pushed along by "
            "losses: insured losses from weather catastrophes came to some $137 billion last year, the report notes."
        ),
        obs=[
            ("Total", 2023, 1.17, "USD billion", "actual"),
            ("Total", 2024, 1.42, "USD billion", "actual"),
            ("Total", 2030, 4.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 21.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.42 / 1.17) ** (1 / 1) - 1 = 21.37% -> 21
            ("cagr|implied", "exact"),  # (4.6 / 1.42) ** (1 / 6) - 1 = 21.64% -> 21.6
        ],
    ),
    # 2. Mumbai broker sector note, fiscal years; a CAGR whose span only the amounts' years give, printed as "about 22%"
    #    while the amounts give 21.49%. Expected nowhere: the rupee (crore) figure for India, the covered company's
    #    revenue and growth, its target price and upside, the note's date.
    dict(
        text=(
            "INDIA CLIMATE TECH | Sector initiation | Mumbai, 7 January 2025\n"
            "Climate-risk analytics: a quiet compounder. We size the global market for AI-based climate-risk "
            "analytics at US$2.8bn in FY2024 and expect it to reach US$6.1bn by FY2028e, a CAGR of about 22%. India "
            "is still a rounding error in that picture - we put domestic spend at roughly Rs3,900 crore - but lenders' "
            "new climate stress-test rules should change that. Our top pick, Monsoon Analytics (BUY, TP Rs1,240, 18% "
            "upside), grew FY2024 revenue 34% to Rs612 crore."
        ),
        obs=[
            ("Total", 2024, 2.8, "USD billion", "actual"),
            ("Total", 2028, 6.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (6.1 / 2.8) ** (1 / 4) - 1 = 21.49% -> 21, not 22; bounds (6.05 / 2.85) ** (1/4) - 1 = 20.71%,
            # (6.15 / 2.75) ** (1/4) - 1 = 22.29% -> 22 is reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Zurich reinsurer's research briefing: a total and two segments with their shares.
    #    Expected nowhere: insured nat-cat losses, the satellite count.
    dict(
        text=(
            "Zurich, 24 June 2025 - Insurers, governments and large corporates spent USD 3.35 billion on AI-enabled "
            "catastrophe and climate-risk modelling in 2024, the Alpenrueck Re Institute says in its latest briefing. "
            "Flood modelling accounted for USD 1.21 billion of that, or 36%, and tropical-cyclone modelling for USD 0.94 "
            "billion (28%). For comparison, global insured losses from natural catastrophes were USD 137 billion in the "
            "same year, while more than 60 commercial Earth-observation satellites now feed the models. The institute "
            "expects modelling spend to climb to USD 5.9 billion by 2028."
        ),
        obs=[
            ("Total", 2024, 3.35, "USD billion", "actual"),
            ("Flood modelling", 2024, 1.21, "USD billion", "actual"),
            ("Tropical-cyclone modelling", 2024, 0.94, "USD billion", "actual"),
            ("Total", 2028, 5.9, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 36, "percent", 2024, 2024, None),
            ("share", 28, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.21 / 3.35 = 36.12% -> 36
            ("arithmetic", "exact"),  # 0.94 / 3.35 = 28.06% -> 28
        ],
    ),
    # 4. Sydney news article quoting two research houses; series unit is the first printed (USD million), so the 2031
    #    figure in billions is converted. Expected nowhere: the second house's 2024 figure, the A$ Series B and
    #    valuation, the hectares covered, the Black Summer damage bill.
    dict(
        text=(
            "SYDNEY, Oct 8 2025 - Bushfire season is arriving early, and so are the sensors. The market for AI wildfire "
            "detection and early-warning systems was worth US$610 million in 2024 and is forecast to reach US$2.05 "
            "billion by 2031, a compound annual growth rate of 18.9%, according to Canberra-based research house "
            "Southern Cross Insights. London's Firewatch Analytics is more bullish, putting the 2024 market at "
            "US$740 million. Local start-up EmberEye, whose camera network covers 4.2 million hectares, closed an A$42 "
            "million Series B last month at a valuation of about A$310 million. The 2019-20 Black Summer fires cost "
            "the Australian economy an estimated A$10 billion."
        ),
        obs=[
            ("Total", 2024, 610, "USD million", "actual"),
            ("Total", 2031, 2050, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.9, "percent", 2024, 2031, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2050 / 610) ** (1 / 7) - 1 = 18.91% -> 18.9
        ],
    ),
    # 5. London capital markets day transcript: the TAM a company sizes is the market; "this year" of a November 2024
    #    event is an estimate; "2.5x in five years" a multiple. Expected nowhere: the company's Q3 revenue and growth,
    #    its 10% share ambition, its EBITDA margin.
    dict(
        text=(
            "Verdantis plc - Capital Markets Day, London, 19 November 2024 (edited transcript)\n"
            "CHIEF EXECUTIVE: Let me start with the opportunity. We size the total addressable market for AI-enabled "
            "emissions tracking and carbon accounting at about $9.6 billion this year, and we think it gets to $24 "
            "billion by 2029 - that's 2.5x in five years. Our third-quarter revenue was $84 million, up 41%, and our "
            "ambition is to hold 10% of that TAM by the end of the decade.\n"
            "CHIEF FINANCIAL OFFICER: And we'd expect adjusted EBITDA margin to move from 18% to the mid-twenties."
        ),
        obs=[
            ("Total", 2024, 9.6, "USD billion", "estimate"),
            ("Total", 2029, 24, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2024, 2029, 5.0),
        ],
        verdicts=[],
    ),
    # 6. UK government plan with targets (aims, milestone): base actual, targets estimate; a stated-span annual rate
    #    and "nearly threefold" as x3. Expected nowhere: monitoring-site count, UK ETS carbon price.
    dict(
        text=(
            "Clean Air Innovation Plan (published 3 February 2025), section 4.2. The Government aims to grow the UK "
            "market for AI-enabled air-quality monitoring and forecasting services from \u00a3310 million in 2023 to "
            "\u00a3850 million by 2030 - nearly threefold, or average growth of 15.5% a year between 2023 and 2030 - "
            "with an interim milestone of \u00a3500 million in 2027. The national network already spans some 1,700 "
            "monitoring sites. (With UK ETS allowances trading near \u00a337 a tonne, the plan treats carbon-price "
            "co-benefits separately.)"
        ),
        obs=[
            ("Total", 2023, 310, "GBP million", "actual"),
            ("Total", 2027, 500, "GBP million", "estimate"),
            ("Total", 2030, 850, "GBP million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2030, 7.0),
            ("cagr", 15.5, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (850 / 310) ** (1 / 7) - 1 = 15.499% -> 15.5
        ],
    ),
    # 7. Geneva research note with a correction and a range. The corrected 2024 figure is the figure; the one it
    #    corrects ($1.9 billion) is expected nowhere. "up 25%" against amounts printed to one decimal: rounding.
    #    The range gives two value claims for 2029.
    dict(
        text=(
            "Kestrel Climate Research - Note 14/2025, Geneva, 2 April 2025 (updated 9 April)\n"
            "Correction: an earlier version of this note put the 2024 global market for AI flood forecasting and early "
            "warning at $1.9 billion. The correct figure is $1.6 billion, up 25% from $1.3 billion in 2023. We expect "
            "the market to be worth $3.5-4.0 billion by 2029 as national hydrological services move from pilots to "
            "procurement."
        ),
        obs=[
            ("Total", 2023, 1.3, "USD billion", "actual"),
            ("Total", 2024, 1.6, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("value", 3.5, "USD billion", 2029, 2029, None),
            ("value", 4.0, "USD billion", 2029, 2029, None),
        ],
        verdicts=[
            # (1.6 / 1.3) ** (1 / 1) - 1 = 23.08% -> 23, not 25; bounds 1.55 / 1.35 - 1 = 14.81%,
            # 1.65 / 1.25 - 1 = 32.00% -> 25 is reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 8. Melbourne climate-tech investor's blog post: "last year" of a May 2025 post is 2024; approximate figures at
    #    their printed value; the 2027 figure converted to the series' unit (USD million); inferred CAGR.
    #    Expected nowhere: Q1 deal volume and deal count, the penetration rate, the Series A and valuation.
    dict(
        text=(
            "Why we're backing water intelligence\n"
            "Posted 14 May 2025 by a partner at Banksia Climate Ventures, Melbourne\n"
            "Our house view is simple. The global market for AI-driven water-quality and drought monitoring was "
            "roughly US$900 million last year and should top US$1.5 billion in 2027 - a compound rate of around 19%. "
            "Adoption is still early: only 14% of utilities we spoke to run machine-learning anomaly detection on their "
            "networks. Investors noticed: Q1 2025 saw US$212 million go into 19 water-tech deals, including the US$18 "
            "million Series A we led in Riverlens at a US$95 million post-money valuation."
        ),
        obs=[
            ("Total", 2024, 900, "USD million", "actual"),
            ("Total", 2027, 1500, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1500 / 900) ** (1 / 3) - 1 = 18.56% -> 19
        ],
    ),
    # 9. Simplified Chinese industry report: YoY growth with both amounts; 2027 target with 有望/突破 at its printed
    #    figure. Expected nowhere: the report title's year, the whole weather-services industry beside the AI part,
    #    the automatic-station count.
    dict(
        text=(
            "2025年4月发布的《中国气象服务产业发展报告（2025）》显示，2024年我国人工智能气象服务市场规模达到48.6亿元，"
            "较2023年的36.7亿元增长32.4%；同期气象服务产业总产值约3200亿元。截至2024年底，全国已建成自动气象站7万余个。"
            "报告认为，随着气象大模型加快落地，2027年人工智能气象服务市场规模有望突破120亿元。"
        ),
        obs=[
            ("Total", 2023, 36.7, "CNY 100 million", "actual"),
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.6 / 36.7) ** (1 / 1) - 1 = 32.43% -> 32.4
        ],
    ),
    # 10. Simplified Chinese provincial action plan: 力争 targets are estimates; 增长2倍以上 keeps 2 as the multiple;
    #     a part target with its share. Expected nowhere: the plan's title years, the station count.
    dict(
        text=(
            "广东省生态环境厅2024年9月印发《生态环境智慧监测提升行动方案（2024—2027年）》。《方案》提出，力争到2027年，"
            "全省人工智能环境监测产业规模突破300亿元，较2023年的96亿元增长2倍以上；其中水环境智能监测达到110亿元，"
            "占全省人工智能环境监测产业的36.7%。到2027年，全省各类自动监测站点将超过1.2万个。"
        ),
        obs=[
            ("Total", 2023, 96, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
            ("水环境智能监测", 2027, 110, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2023, 2027, 4.0),
            ("share", 36.7, "percent", 2027, 2027, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 110 / 300 = 36.67% -> 36.7
        ],
    ),
    # 11. Simplified Chinese wire story quoting two institutes. The first institute's base, target and rate are the
    #     snippet's; its printed CAGR (35.1%) is contradicted by its own amounts (as when a rate from an earlier,
    #     lower base is carried over): inconsistent. Expected nowhere: the second institute's 31亿元, the Q4 orders,
    #     the carbon price.
    dict(
        text=(
            "新华财经北京2025年1月16日电 据中研智库最新发布的研究，2024年中国AI碳核算与碳管理软件市场规模为27.5亿元，"
            "预计到2028年将增长至86.3亿元，2024—2028年年均复合增长率达35.1%。观澜咨询则估计，2024年该市场规模约为31亿元。"
            "业内人士表示，仅2024年第四季度，相关企业新签订单就超过6亿元；全国碳市场配额价格近期在每吨95元上下波动。"
        ),
        obs=[
            ("Total", 2024, 27.5, "CNY 100 million", "actual"),
            ("Total", 2028, 86.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 35.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (86.3 / 27.5) ** (1 / 4) - 1 = 33.10%; bounds (86.25 / 27.55) ** (1/4) - 1 = 33.02%,
            # (86.35 / 27.45) ** (1/4) - 1 = 33.18% -> 35.1 is reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. Traditional Chinese (Taiwan) association report in 新台幣億元: YoY growth with both amounts, and a CAGR whose
    #     span only the amounts' years give. Expected nowhere: the air-quality station count, a vendor's revenue.
    dict(
        text=(
            "【記者林郁婷／台北報導】台灣環境科技產業協會今（2025年4月22日）發布年度報告指出，國內AI空氣品質監測市場"
            "2024年產值約新台幣38.5億元，較2023年的31.5億元年增22.2%；預估2026年可達62億元，年複合成長率26.9%。"
            "目前環境部全台空品監測站共85站，協會理事長所屬的感測器廠商去年營收則為4.3億元。"
        ),
        obs=[
            ("Total", 2023, 31.5, "TWD 100 million", "actual"),
            ("Total", 2024, 38.5, "TWD 100 million", "actual"),
            ("Total", 2026, 62, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.2, "percent", 2023, 2024, 1.0),
            ("cagr", 26.9, "percent", 2024, 2026, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.5 / 31.5) ** (1 / 1) - 1 = 22.22% -> 22.2
            ("cagr|period", "exact"),   # (62 / 38.5) ** (1 / 2) - 1 = 26.90% -> 26.9
        ],
    ),
    # 13. Traditional Chinese (Hong Kong) story in 億港元: YoY growth with both amounts, a part and its share.
    #     Expected nowhere: Typhoon Saola's insured losses, the number of insurers surveyed.
    dict(
        text=(
            "（本報訊）2025年2月18日 本地保險科技研究機構「港灣氣候實驗室」訪問了42家保險公司後估算，香港AI氣候風險分析"
            "服務市場2024年規模為12.6億港元，較2023年的10.7億港元增長18%。當中，AI洪水及風暴潮預警約4.86億港元，佔整體"
            "市場38.6%。報告提到，2023年超強颱風「蘇拉」及其後的黑雨令本港保險業錄得逾30億港元索償，是需求急升的主因。"
        ),
        obs=[
            ("Total", 2023, 10.7, "HKD 100 million", "actual"),
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("AI洪水及風暴潮預警", 2024, 4.86, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("share", 38.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.6 / 10.7) ** (1 / 1) - 1 = 17.76% -> 18
            ("arithmetic", "exact"),    # 4.86 / 12.6 = 38.57% -> 38.6
        ],
    ),
    # 14. Traditional Chinese CNA story dated 2025: 去年 = 2024 (actual), 今年 = 2025 (estimate). The printed 年增約31%
    #     is contradicted by the amounts (a typo for 26%): inconsistent. Expected nowhere: the satellite count,
    #     typhoon farm damages.
    dict(
        text=(
            "（中央社記者陳怡君台北2025年3月5日電）氣象署與民間業者合作導入AI天氣預報模型，據台灣氣象服務業者公會統計，"
            "去年國內AI氣象預報服務市場規模達新台幣21.4億元，今年預估成長至27億元，年增約31%。氣象署表示，隨著福衛八號"
            "星系6枚衛星陸續升空，資料量將倍增；去年颱風凱米造成的農業損失則逾新台幣70億元。"
        ),
        obs=[
            ("Total", 2024, 21.4, "TWD 100 million", "actual"),
            ("Total", 2025, 27, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (27 / 21.4) ** (1 / 1) - 1 = 26.17%; bounds 26.5 / 21.45 - 1 = 23.54%, 27.5 / 21.35 - 1 = 28.81%
            # -> 31 is reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 15. Simplified Chinese broker deep-dive: 较2021年增长3倍 is x3 over 3 years (the 2021 amount is not printed);
    #     a CAGR with printed span. Expected nowhere: the report date, the company's Q1 revenue, the target price,
    #     the company's gross margin.
    dict(
        text=(
            "【华晟证券】AI+环保行业深度报告（2025年6月）：我们测算，2024年国内AI环境监测与预警（含空气、水质、森林火险、"
            "洪涝干旱）市场规模约为185亿元，较2021年增长3倍；预计2026年达到290亿元，2024-2026年CAGR为25.2%。重点推荐"
            "公司2025Q1营收3.2亿元，同比增长46%，毛利率52.3%；给予目标价38.5元，维持“买入”评级。"
        ),
        obs=[
            ("Total", 2024, 185, "CNY 100 million", "actual"),
            ("Total", 2026, 290, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
            ("cagr", 25.2, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (290 / 185) ** (1 / 2) - 1 = 25.20% -> 25.2
        ],
    ),
    # 16. Markdown pipe table, years as columns with E/F columns, a Total row, a note line with a stated CAGR.
    #     2024's segments sum to 6,852 against a printed 6,853: rounding. Expected nowhere: the table number, the
    #     source date.
    dict(
        text=(
            "Table 3. Global AI in weather, climate and environmental monitoring, by segment (USD million)\n"
            "| Segment | 2022 | 2023 | 2024 | 2025E | 2026F |\n"
            "|---|---:|---:|---:|---:|---:|\n"
            "| AI weather forecasting | 812 | 1,050 | 1,384 | 1,790 | 2,310 |\n"
            "| Climate-risk & catastrophe analytics | 1,460 | 1,785 | 2,190 | 2,700 | 3,320 |\n"
            "| Emissions tracking & carbon accounting | 905 | 1,240 | 1,655 | 2,180 | 2,840 |\n"
            "| Air- & water-quality monitoring | 640 | 742 | 868 | 1,015 | 1,190 |\n"
            "| Wildfire, flood & drought early warning | 488 | 601 | 755 | 960 | 1,215 |\n"
            "| Total | 4,305 | 5,418 | 6,853 | 8,645 | 10,875 |\n"
            "Note: E = estimate, F = forecast; totals may not sum because of rounding. Total CAGR 2024-2026F: 26.0%. "
            "Source: Northgate Climate Research, March 2025."
        ),
        obs=[
            ('AI weather forecasting', 2022, 812, 'USD million', 'actual'),
            ('AI weather forecasting', 2023, 1050, 'USD million', 'actual'),
            ('AI weather forecasting', 2024, 1384, 'USD million', 'actual'),
            ('AI weather forecasting', 2025, 1790, 'USD million', 'estimate'),
            ('AI weather forecasting', 2026, 2310, 'USD million', 'estimate'),
            ('Climate-risk & catastrophe analytics', 2022, 1460, 'USD million', 'actual'),
            ('Climate-risk & catastrophe analytics', 2023, 1785, 'USD million', 'actual'),
            ('Climate-risk & catastrophe analytics', 2024, 2190, 'USD million', 'actual'),
            ('Climate-risk & catastrophe analytics', 2025, 2700, 'USD million', 'estimate'),
            ('Climate-risk & catastrophe analytics', 2026, 3320, 'USD million', 'estimate'),
            ('Emissions tracking & carbon accounting', 2022, 905, 'USD million', 'actual'),
            ('Emissions tracking & carbon accounting', 2023, 1240, 'USD million', 'actual'),
            ('Emissions tracking & carbon accounting', 2024, 1655, 'USD million', 'actual'),
            ('Emissions tracking & carbon accounting', 2025, 2180, 'USD million', 'estimate'),
            ('Emissions tracking & carbon accounting', 2026, 2840, 'USD million', 'estimate'),
            ('Air- & water-quality monitoring', 2022, 640, 'USD million', 'actual'),
            ('Air- & water-quality monitoring', 2023, 742, 'USD million', 'actual'),
            ('Air- & water-quality monitoring', 2024, 868, 'USD million', 'actual'),
            ('Air- & water-quality monitoring', 2025, 1015, 'USD million', 'estimate'),
            ('Air- & water-quality monitoring', 2026, 1190, 'USD million', 'estimate'),
            ('Wildfire, flood & drought early warning', 2022, 488, 'USD million', 'actual'),
            ('Wildfire, flood & drought early warning', 2023, 601, 'USD million', 'actual'),
            ('Wildfire, flood & drought early warning', 2024, 755, 'USD million', 'actual'),
            ('Wildfire, flood & drought early warning', 2025, 960, 'USD million', 'estimate'),
            ('Wildfire, flood & drought early warning', 2026, 1215, 'USD million', 'estimate'),
            ('Total', 2022, 4305, 'USD million', 'actual'),
            ('Total', 2023, 5418, 'USD million', 'actual'),
            ('Total', 2024, 6853, 'USD million', 'actual'),
            ('Total', 2025, 8645, 'USD million', 'estimate'),
            ('Total', 2026, 10875, 'USD million', 'estimate'),
        ],
        claims=[
            ("cagr", 26.0, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (10875 / 6853) ** (1 / 2) - 1 = 25.97% -> 26.0
            ("hierarchy", "exact"),     # 2022: 812 + 1460 + 905 + 640 + 488 = 4305
            ("hierarchy", "exact"),     # 2023: 1050 + 1785 + 1240 + 742 + 601 = 5418
            # 2024: 1384 + 2190 + 1655 + 868 + 755 = 6852, not 6853; bounds 6849.5 to 6854.5 -> 6853 reached only by
            # some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2025E: 1790 + 2700 + 2180 + 1015 + 960 = 8645
            ("hierarchy", "exact"),     # 2026F: 2310 + 3320 + 2840 + 1190 + 1215 = 10875
        ],
    ),
    # 17. Space-aligned yearbook table, years as rows, a lone value column headed by its unit only (the market's
    #     Total) and a YoY column; 2023's printed 17.2 is reached only by some reading. Expected nowhere: the
    #     yearbook's title year, the table number.
    dict(
        text=(
            "UK Environmental Data Association - Yearbook 2025, Table 7.2\n"
            "AI-enabled flood and drought early-warning services, UK market\n"
            "Year      GBP million     YoY %\n"
            "2020             58.2         -\n"
            "2021             66.9      14.9\n"
            "2022             79.4      18.7\n"
            "2023             93.0      17.2\n"
            "2024            108.6      16.8\n"
            "2025F           124.0      14.2\n"
            "Note: 2025F is the Association's forecast. Excludes Environment Agency in-house spend; growth rates as "
            "reported by member firms."
        ),
        obs=[
            ('Total', 2020, 58.2, 'GBP million', 'actual'),
            ('Total', 2021, 66.9, 'GBP million', 'actual'),
            ('Total', 2022, 79.4, 'GBP million', 'actual'),
            ('Total', 2023, 93.0, 'GBP million', 'actual'),
            ('Total', 2024, 108.6, 'GBP million', 'actual'),
            ('Total', 2025, 124.0, 'GBP million', 'estimate'),
        ],
        claims=[
            ("growth", 14.9, "percent", 2020, 2021, 1.0),
            ("growth", 18.7, "percent", 2021, 2022, 1.0),
            ("growth", 17.2, "percent", 2022, 2023, 1.0),
            ("growth", 16.8, "percent", 2023, 2024, 1.0),
            ("growth", 14.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # (66.9 / 58.2) ** (1 / 1) - 1 = 14.95% -> 14.9
            ("cagr|implied", "exact"),     # (79.4 / 66.9) ** (1 / 1) - 1 = 18.68% -> 18.7
            # (93.0 / 79.4) ** (1 / 1) - 1 = 17.13% -> 17.1, not 17.2; bounds 92.95 / 79.45 - 1 = 16.99%,
            # 93.05 / 79.35 - 1 = 17.27% -> 17.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),     # (108.6 / 93.0) ** (1 / 1) - 1 = 16.77% -> 16.8
            ("cagr|implied", "exact"),     # (124.0 / 108.6) ** (1 / 1) - 1 = 14.18% -> 14.2
        ],
    ),
    # 18. Tab-separated Simplified Chinese table in 亿元, years as columns with E columns and a 合计 row; a note line.
    #     Expected nowhere: the table number, the source date.
    dict(
        text=(
            "表2-4 中国AI生态环境监测市场细分结构（单位：亿元）\n"
            "细分领域\t2022\t2023\t2024\t2025E\t2026E\n"
            "大气环境智能监测\t21.4\t27.9\t36.2\t46.5\t58.8\n"
            "水环境智能监测\t15.7\t20.3\t26.8\t34.9\t44.6\n"
            "碳排放智能核算\t6.2\t9.8\t14.5\t20.6\t28.3\n"
            "森林草原火险智能预警\t3.1\t4.5\t6.3\t8.7\t11.8\n"
            "合计\t46.4\t62.5\t83.8\t110.7\t143.5\n"
            "注：2025E、2026E为预测值；数据来源：清源生态环境研究院，2025年5月。"
        ),
        obs=[
            ('大气环境智能监测', 2022, 21.4, 'CNY 100 million', 'actual'),
            ('大气环境智能监测', 2023, 27.9, 'CNY 100 million', 'actual'),
            ('大气环境智能监测', 2024, 36.2, 'CNY 100 million', 'actual'),
            ('大气环境智能监测', 2025, 46.5, 'CNY 100 million', 'estimate'),
            ('大气环境智能监测', 2026, 58.8, 'CNY 100 million', 'estimate'),
            ('水环境智能监测', 2022, 15.7, 'CNY 100 million', 'actual'),
            ('水环境智能监测', 2023, 20.3, 'CNY 100 million', 'actual'),
            ('水环境智能监测', 2024, 26.8, 'CNY 100 million', 'actual'),
            ('水环境智能监测', 2025, 34.9, 'CNY 100 million', 'estimate'),
            ('水环境智能监测', 2026, 44.6, 'CNY 100 million', 'estimate'),
            ('碳排放智能核算', 2022, 6.2, 'CNY 100 million', 'actual'),
            ('碳排放智能核算', 2023, 9.8, 'CNY 100 million', 'actual'),
            ('碳排放智能核算', 2024, 14.5, 'CNY 100 million', 'actual'),
            ('碳排放智能核算', 2025, 20.6, 'CNY 100 million', 'estimate'),
            ('碳排放智能核算', 2026, 28.3, 'CNY 100 million', 'estimate'),
            ('森林草原火险智能预警', 2022, 3.1, 'CNY 100 million', 'actual'),
            ('森林草原火险智能预警', 2023, 4.5, 'CNY 100 million', 'actual'),
            ('森林草原火险智能预警', 2024, 6.3, 'CNY 100 million', 'actual'),
            ('森林草原火险智能预警', 2025, 8.7, 'CNY 100 million', 'estimate'),
            ('森林草原火险智能预警', 2026, 11.8, 'CNY 100 million', 'estimate'),
            ('合计', 2022, 46.4, 'CNY 100 million', 'actual'),
            ('合计', 2023, 62.5, 'CNY 100 million', 'actual'),
            ('合计', 2024, 83.8, 'CNY 100 million', 'actual'),
            ('合计', 2025, 110.7, 'CNY 100 million', 'estimate'),
            ('合计', 2026, 143.5, 'CNY 100 million', 'estimate'),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 21.4 + 15.7 + 6.2 + 3.1 = 46.4
            ("hierarchy", "exact"),  # 2023: 27.9 + 20.3 + 9.8 + 4.5 = 62.5
            ("hierarchy", "exact"),  # 2024: 36.2 + 26.8 + 14.5 + 6.3 = 83.8
            ("hierarchy", "exact"),  # 2025E: 46.5 + 34.9 + 20.6 + 8.7 = 110.7
            ("hierarchy", "exact"),  # 2026E: 58.8 + 44.6 + 28.3 + 11.8 = 143.5
        ],
    ),
    # 19. Tab-separated broker exhibit, Indian fiscal years as rows (FY2024 -> 2024), value columns named by buyer
    #     and a Total column. Expected nowhere: the exhibit number, the exchange-rate remark, the note's date.
    dict(
        text=(
            "Exhibit 12: India - spend on AI-based flood and cyclone early warning, by buyer (USD million)\n"
            "Year\tGovernment & disaster agencies\tUtilities & infrastructure\tInsurers & banks\tTotal\n"
            "FY2022\t41.6\t38.2\t19.5\t99.3\n"
            "FY2023\t52.3\t47.9\t25.8\t126.0\n"
            "FY2024\t64.8\t60.1\t33.4\t158.3\n"
            "FY2025E\t79.5\t75.6\t43.2\t198.3\n"
            "FY2026E\t97.1\t94.3\t55.8\t247.2\n"
            "Note: fiscal years end 31 March; FY2025E-FY2026E are our estimates. Rupee spend converted at each year's "
            "average rate. Source: Deccan Street Securities, 10 February 2025; IMD; NDMA."
        ),
        obs=[
            ('Government & disaster agencies', 2022, 41.6, 'USD million', 'actual'),
            ('Government & disaster agencies', 2023, 52.3, 'USD million', 'actual'),
            ('Government & disaster agencies', 2024, 64.8, 'USD million', 'actual'),
            ('Government & disaster agencies', 2025, 79.5, 'USD million', 'estimate'),
            ('Government & disaster agencies', 2026, 97.1, 'USD million', 'estimate'),
            ('Utilities & infrastructure', 2022, 38.2, 'USD million', 'actual'),
            ('Utilities & infrastructure', 2023, 47.9, 'USD million', 'actual'),
            ('Utilities & infrastructure', 2024, 60.1, 'USD million', 'actual'),
            ('Utilities & infrastructure', 2025, 75.6, 'USD million', 'estimate'),
            ('Utilities & infrastructure', 2026, 94.3, 'USD million', 'estimate'),
            ('Insurers & banks', 2022, 19.5, 'USD million', 'actual'),
            ('Insurers & banks', 2023, 25.8, 'USD million', 'actual'),
            ('Insurers & banks', 2024, 33.4, 'USD million', 'actual'),
            ('Insurers & banks', 2025, 43.2, 'USD million', 'estimate'),
            ('Insurers & banks', 2026, 55.8, 'USD million', 'estimate'),
            ('Total', 2022, 99.3, 'USD million', 'actual'),
            ('Total', 2023, 126.0, 'USD million', 'actual'),
            ('Total', 2024, 158.3, 'USD million', 'actual'),
            ('Total', 2025, 198.3, 'USD million', 'estimate'),
            ('Total', 2026, 247.2, 'USD million', 'estimate'),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # FY2022: 41.6 + 38.2 + 19.5 = 99.3
            ("hierarchy", "exact"),  # FY2023: 52.3 + 47.9 + 25.8 = 126.0
            ("hierarchy", "exact"),  # FY2024: 64.8 + 60.1 + 33.4 = 158.3
            ("hierarchy", "exact"),  # FY2025E: 79.5 + 75.6 + 43.2 = 198.3
            ("hierarchy", "exact"),  # FY2026E: 97.1 + 94.3 + 55.8 = 247.2
        ],
    ),
    # 20. Traditional Chinese markdown pipe table in 新台幣百萬元, its 合計 row printed first, an F column and a 2024
    #     share column (the 合計 row's 100.0% is no claim). Expected nowhere: the table number, the data date.
    dict(
        text=(
            "表五　台灣AI防災與環境預警服務市場規模（單位：新台幣百萬元）\n"
            "| 項目 | 2023 | 2024 | 2025F | 2024年占比 |\n"
            "|---|---:|---:|---:|---:|\n"
            "| 合計 | 865 | 1,116 | 1,410 | 100.0% |\n"
            "| AI颱風與豪雨預警 | 412 | 538 | 690 | 48.2% |\n"
            "| AI淹水與坡地災害監測 | 265 | 331 | 402 | 29.7% |\n"
            "| AI空污預報 | 188 | 247 | 318 | 22.1% |\n"
            "註：2025F為預測值。資料時間：2025年1月；資料來源：台灣防災科技產業聯盟。"
        ),
        obs=[
            ('合計', 2023, 865, 'TWD million', 'actual'),
            ('合計', 2024, 1116, 'TWD million', 'actual'),
            ('合計', 2025, 1410, 'TWD million', 'estimate'),
            ('AI颱風與豪雨預警', 2023, 412, 'TWD million', 'actual'),
            ('AI颱風與豪雨預警', 2024, 538, 'TWD million', 'actual'),
            ('AI颱風與豪雨預警', 2025, 690, 'TWD million', 'estimate'),
            ('AI淹水與坡地災害監測', 2023, 265, 'TWD million', 'actual'),
            ('AI淹水與坡地災害監測', 2024, 331, 'TWD million', 'actual'),
            ('AI淹水與坡地災害監測', 2025, 402, 'TWD million', 'estimate'),
            ('AI空污預報', 2023, 188, 'TWD million', 'actual'),
            ('AI空污預報', 2024, 247, 'TWD million', 'actual'),
            ('AI空污預報', 2025, 318, 'TWD million', 'estimate'),
        ],
        claims=[
            ("share", 48.2, "percent", 2024, 2024, None),
            ("share", 29.7, "percent", 2024, 2024, None),
            ("share", 22.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 538 / 1116 = 48.21% -> 48.2
            ("arithmetic", "exact"),  # 331 / 1116 = 29.66% -> 29.7
            ("arithmetic", "exact"),  # 247 / 1116 = 22.13% -> 22.1
            ("hierarchy", "exact"),   # 2023: 412 + 265 + 188 = 865
            ("hierarchy", "exact"),   # 2024: 538 + 331 + 247 = 1116
            ("hierarchy", "exact"),   # 2025F: 690 + 402 + 318 = 1410
        ],
    ),
    # 21. Earnings-call transcript: the CEO sizes the TAM (the market, Total); "this year" (2025) is an estimate.
    # Nowhere: company revenue $212m, its 38% growth, Q4 revenue $61m, fiscal 2024 as a label, the call's date.
    dict(
        text=(
            "Transcript excerpt - fourth-quarter fiscal 2024 earnings call, 27 February 2025\n"
            "Chief Executive Officer: Before we open the line for questions, a word on the size of the prize. "
            "We size the total addressable market for AI-driven weather intelligence - forecasting, nowcasting "
            "and the decision APIs that sit on top of them - at $14.2 billion in 2024, and we see it reaching "
            "$31.5 billion in 2030, a compound annual growth rate of about 14% between 2024 and 2030. "
            "For this year we expect that market to land at around $16.3 billion. Against that, our own revenue "
            "grew 38% to $212 million for the full fiscal year, with $61 million in the fourth quarter alone, "
            "so we have barely scratched the surface."
        ),
        obs=[
            ("Total", 2024, 14.2, "USD billion", "actual"),
            ("Total", 2025, 16.3, "USD billion", "estimate"),
            ("Total", 2030, 31.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 14, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31.5 / 14.2) ** (1 / 6) - 1 = 14.20% -> 14
        ],
    ),
    # 22. Research-paper abstract (Zurich): a part with its amount and share; a stated CAGR with its span.
    # Nowhere: 212 vendors, insured losses USD 108bn, a second publisher's USD 4.4bn for 2023, working-paper No. 7/2024.
    dict(
        text=(
            "Abstract. Drawing on a bottom-up model of 212 vendors, we estimate that the global market for "
            "AI-enabled catastrophe and climate-risk analytics was worth USD 3.86 billion in 2023, of which "
            "North America contributed USD 1.58 billion (41%). We project the market to reach USD 9.1 billion "
            "in 2029, implying a 2023-2029 CAGR of 15.4%. (A London-based research firm, by contrast, puts the "
            "2023 market at USD 4.4 billion.) Insured losses from natural catastrophes, roughly USD 108 billion "
            "in 2023, remain the main driver of demand. - Swiss Re Institute working paper No. 7/2024, Zurich"
        ),
        obs=[
            ("Total", 2023, 3.86, "USD billion", "actual"),
            ("Total", 2029, 9.1, "USD billion", "estimate"),
            ("North America", 2023, 1.58, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 15.4, "percent", 2023, 2029, None, "stated"),
            ("share", 41, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.1 / 3.86) ** (1 / 6) - 1 = 15.37% -> 15.4
            ("arithmetic", "exact"),    # 1.58 / 3.86 = 40.93% -> 41
        ],
    ),
    # 23. Investor's social thread (January 2025): approximate base, YoY rate that holds only by rounding,
    # a "5B+" target for 2027. Nowhere: thread numbers 1/ 2/ 3/, EU ETS price EUR 65/t, $45M Series B, $400M valuation.
    dict(
        text=(
            "Carbon accounting is quietly eating climate software. A thread (posted 14 Jan 2025)\n"
            "1/ AI-native carbon accounting & emissions-tracking tools: ~$2.1B in 2023 -> $2.6B in 2024. "
            "That's +25% YoY while most of SaaS slowed down.\n"
            "2/ Meanwhile EU ETS carbon hovered around EUR 65/t, and one of our portfolio cos closed a $45M "
            "Series B at a $400M post. Nobody is pricing the tailwind.\n"
            "3/ My bet: $5B+ by 2027. #climatetech #carbonaccounting"
        ),
        obs=[
            ("Total", 2023, 2.1, "USD billion", "actual"),
            ("Total", 2024, 2.6, "USD billion", "actual"),
            ("Total", 2027, 5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 2.6 / 2.1 - 1 = 23.81% -> 24, not 25; bounds 2.55/2.15 - 1 = 18.60%
                                           # to 2.65/2.05 - 1 = 29.27% include 25
        ],
    ),
    # 24. UK web article with a correction: the revised £168m is the figure; "about 16%" span only from the years.
    # Nowhere: the corrected £182m, 300+ monitoring stations, the £1.9bn broader environmental-monitoring market.
    dict(
        text=(
            "UK spending on AI air-quality monitoring set to top £400m by 2030\n"
            "Updated 12 March 2025. Correction: an earlier version of this article gave the 2024 market size as "
            "£182 million. The consultancy has since revised that figure to £168 million, and the text below "
            "has been amended.\n"
            "Spending on AI-powered air-quality sensing, analytics and pollution forecasting in the UK reached "
            "£168 million in 2024 and should climb to £410 million by 2030, according to the Manchester-based "
            "consultancy - annual growth of about 16%. Local authorities already run more than 300 automatic "
            "monitoring stations, and the broader UK environmental-monitoring market is worth some £1.9 billion."
        ),
        obs=[
            ("Total", 2024, 168, "GBP million", "actual"),
            ("Total", 2030, 410, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (410 / 168) ** (1 / 6) - 1 = 16.03% -> 16
        ],
    ),
    # 25. Australian annual report (year to 30 June 2024) quoting US$: fiscal years count as their number;
    # a part with amount and share. Nowhere: A$84.6m group revenue, 18.2% EBITDA margin, 412 employees, seven countries.
    dict(
        text=(
            "2024 Annual Report - Chair's letter (year ended 30 June 2024)\n"
            "Independent research commissioned by the Board sizes the Asia-Pacific market for AI-based flood, "
            "bushfire and drought early-warning systems at US$1.24 billion in fiscal 2024, up from US$0.97 billion "
            "in fiscal 2023 - growth of 27.8%. Australia represented US$0.31 billion, or 25%, of that regional "
            "total. Group revenue rose to A$84.6 million and our EBITDA margin improved to 18.2%; we now employ "
            "412 people across seven countries."
        ),
        obs=[
            ("Total", 2023, 0.97, "USD billion", "actual"),
            ("Total", 2024, 1.24, "USD billion", "actual"),
            ("Australia", 2024, 0.31, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 27.8, "percent", 2023, 2024, 1.0),
            ("share", 25, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.24 / 0.97 - 1 = 27.84% -> 27.8
            ("arithmetic", "exact"),    # 0.31 / 1.24 = 25.00% -> 25
        ],
    ),
    # 26. Investor-day slide bullets (June 2025): TAM is the Total; 2025E and 2028E estimates; two parts with shares.
    # Nowhere: slide 14, 1,150 customers, 124% net revenue retention, FY25 ARR guidance $310M.
    dict(
        text=(
            "Slide 14 | Investor Day, London, 18 June 2025\n"
            "Climate-risk intelligence: the opportunity\n"
            "- TAM: $6.8B (2025E) -> $12.0B (2028E)\n"
            "- ~21% CAGR, 2025-28E\n"
            "- Insurance & reinsurance: $2.9B of 2025E TAM (43%)\n"
            "- Banks & asset managers: $1.6B (24%)\n"
            "- 1,150 enterprise customers; net revenue retention 124%\n"
            "- FY25 ARR guidance: $310M"
        ),
        obs=[
            ("Total", 2025, 6.8, "USD billion", "estimate"),
            ("Total", 2028, 12.0, "USD billion", "estimate"),
            ("Insurance & reinsurance", 2025, 2.9, "USD billion", "estimate"),
            ("Banks & asset managers", 2025, 1.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2025, 2028, None, "stated"),
            ("share", 43, "percent", 2025, 2025, None),
            ("share", 24, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.0 / 6.8) ** (1 / 3) - 1 = 20.84% -> 21
            ("arithmetic", "exact"),    # 2.9 / 6.8 = 42.65% -> 43
            ("arithmetic", "exact"),    # 1.6 / 6.8 = 23.53% -> 24
        ],
    ),
    # 27. Forum answer (March 2025): "last year" = 2024; the series keeps USD million, so $1.1 billion -> 1100;
    # a multiple over three years. Nowhere: the ~$8bn weather-services market overall, the 2024 report's year.
    dict(
        text=(
            "r/meteorology - posted 11 March 2025\n"
            "Q: Is AI weather forecasting actually a real business yet?\n"
            "Top answer: Depends who you ask. The numbers I trust (a Bengaluru research house's 2024 report) put "
            "commercial AI weather-forecasting services at around $420 million in 2021 and roughly $1.1 billion "
            "last year, so about 2.6x in three years. That's still small change next to the ~$8bn weather-services "
            "market overall, and nobody is making money on the open models themselves."
        ),
        obs=[
            ("Total", 2021, 420, "USD million", "actual"),
            ("Total", 2024, 1100, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 2.6, "multiple", 2021, 2024, 3.0),  # 1100 / 420 = 2.62; no verdict for a multiple
        ],
        verdicts=[],
    ),
    # 28. Indian research-house note (dateline October 2024): FY24 and FY29; the stated CAGR is INCONSISTENT with
    # its amounts (a rebased-model typo). Nowhere: the rupee conversion, 131 cities, "about a quarter", title year 2030.
    dict(
        text=(
            "MUMBAI, 9 October 2024 - In its sector note 'Clean Air, Smart Water 2030', a Mumbai research house "
            "estimates that India's market for AI-enabled air- and water-quality monitoring stood at US$310 million "
            "(about Rs 2,570 crore) in FY2024 and will reach US$745 million by FY2029, a CAGR of 19.5% over FY24-29. "
            "Sensor roll-outs under the National Clean Air Programme, which covers 131 cities, account for about "
            "a quarter of demand, the note says."
        ),
        obs=[
            ("Total", 2024, 310, "USD million", "actual"),
            ("Total", 2029, 745, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # (745 / 310) ** (1 / 5) - 1 = 19.17%; bounds (744.5/310.5) -> 19.11%
                                               # to (745.5/309.5) -> 19.22%; 19.5 never reached
        ],
    ),
    # 29. Xinhua-style release (March 2025): base and rate printed; 今年 = 2025 with 有望突破 -> estimate at 65.
    # Nowhere: 9 satellites, 7万 stations, the ~3000亿元 whole weather-services industry, the dateline.
    dict(
        text=(
            "新华社北京2025年3月18日电 记者从中国气象局获悉，依托“风清”“风雷”等人工智能气象大模型，"
            "我国人工智能气象服务市场快速扩张。据中国气象服务协会测算，2024年该市场规模达到48.6亿元，"
            "较2023年的37.0亿元增长31.4%；今年有望突破65亿元。目前我国在轨运行的风云气象卫星共9颗，"
            "地面自动气象站超过7万个，全国气象服务产业总规模约3000亿元。"
        ),
        obs=[
            ("Total", 2023, 37.0, "CNY 100 million", "actual"),
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("Total", 2025, 65, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 37.0 - 1 = 31.35% -> 31.4
        ],
    ),
    # 30. Ministry implementation plan: 力争 target is an estimate; stated CAGR with span; 突破 at its printed figure.
    # Nowhere: the plan's title years 2025-2027, 500 new water stations, the 10% PM2.5 reduction.
    dict(
        text=(
            "《关于加快生态环境监测智能化的实施方案（2025—2027年）》提出，以人工智能赋能生态环境监测，"
            "力争到2027年全国人工智能生态环境监测市场规模达到1200亿元，2024—2027年年均复合增长率达24.6%"
            "（2024年为620亿元）；到2030年突破2000亿元。方案同时要求新建国家地表水自动监测站500个，"
            "地级及以上城市PM2.5平均浓度较2020年下降10%。"
        ),
        obs=[
            ("Total", 2024, 620, "CNY 100 million", "actual"),
            ("Total", 2027, 1200, "CNY 100 million", "estimate"),
            ("Total", 2030, 2000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 24.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1200 / 620) ** (1 / 3) - 1 = 24.62% -> 24.6
        ],
    ),
    # 31. Traditional Chinese (Taiwan) MIC release: 新台幣億元 -> TWD 100 million; 預估 estimate; a part with share.
    # Nowhere: a second research firm's NT$95億 for 2024, 1,800 sensor points, the date 14日.
    dict(
        text=(
            "【台北訊／2025年5月14日】資策會產業情報研究所（MIC）今（14）日發布報告指出，2024年臺灣AI災害預警"
            "與環境監測市場規模達新台幣86.4億元，預估2027年將成長至新台幣142億元，2024至2027年複合成長率約18%。"
            "其中，淹水與坡地災害預警達新台幣31.2億元，約占36%。MIC指出，全台已布建逾1,800個空品感測點；"
            "另一家研究機構則估計2024年市場為新台幣95億元。"
        ),
        obs=[
            ("Total", 2024, 86.4, "TWD 100 million", "actual"),
            ("Total", 2027, 142, "TWD 100 million", "estimate"),
            ("淹水與坡地災害預警", 2024, 31.2, "TWD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2027, None, "stated"),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (142 / 86.4) ** (1 / 3) - 1 = 18.01% -> 18
            ("arithmetic", "exact"),    # 31.2 / 86.4 = 36.11% -> 36
        ],
    ),
    # 32. Traditional Chinese (Hong Kong) press report, April 2025: 去年 = 2024, 前年 = 2023, 明年 = 2026 (左右, estimate);
    # 億港元 -> HKD 100 million; the YoY rate holds only by rounding. Nowhere: green-bond issuance, ~60 analysts.
    dict(
        text=(
            "（香港2025年4月2日）本港綠色金融持續升溫，帶動氣候風險分析需求。一家本地顧問公司最新估算，"
            "以人工智能驅動的氣候風險分析服務市場去年規模為12.8億港元，按年增長22%，前年則為10.4億港元；"
            "該公司預計明年市場可達19億港元左右。報告又提到，去年本港綠色債券發行量逾千億港元，"
            "而該公司本身已聘用約60名分析師。"
        ),
        obs=[
            ("Total", 2023, 10.4, "HKD 100 million", "actual"),
            ("Total", 2024, 12.8, "HKD 100 million", "actual"),
            ("Total", 2026, 19, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 12.8 / 10.4 - 1 = 23.08% -> 23, not 22; bounds 12.75/10.45 - 1 = 22.01%
                                           # to 12.85/10.35 - 1 = 24.15% include 22
        ],
    ),
    # 33. Traditional Chinese (Taiwan) forum post, January 2025: 去年 = 2024, 今年 = 2025 estimate; 增長3倍 -> x3
    # over 2021-2024; a part with share. Nowhere: the weather agency's NT$60億 budget, the reply's handle.
    dict(
        text=(
            "[情報] AI氣象預報越來越夯\n"
            "發文時間：2025/01/20\n"
            "看到工研院產科國際所的簡報：台灣AI氣象預報服務市場去年約新台幣15億元，較2021年增長3倍，"
            "今年估計可到20億元。最大客戶是能源業，占了6.3億元、大約42%。順帶一提，中央氣象署今年預算"
            "約新台幣60億元，那跟市場規模是兩回事喔。\n"
            "推 abc123: 農業應該也很需要吧"
        ),
        obs=[
            ("Total", 2024, 15, "TWD 100 million", "actual"),
            ("Total", 2025, 20, "TWD 100 million", "estimate"),
            ("能源業", 2024, 6.3, "TWD 100 million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),  # 增長3倍 keeps its printed 3; no verdict
            ("share", 42, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 6.3 / 15 = 42.00% -> 42
        ],
    ),
    # 34. Brokerage research abstract (mid-2024): 2024 预计 is an estimate; YoY holds only by rounding; a 2030 range
    # gives two value claims (no single observation for 2030). Nowhere: issue 2024年第12期, 3454.5亿元 disaster losses.
    dict(
        text=(
            "【研报摘要】《巨灾风险建模的AI时代》（2024年第12期，2024年6月）\n"
            "核心观点：据我们测算，2023年国内AI巨灾模型及气候风险评估服务市场规模约为21亿元，"
            "2024年预计增至27亿元，同比增长27%。考虑到政策推动与偿付能力监管要求，我们预计2030年"
            "市场规模在90亿至120亿元之间。风险提示：2023年全国自然灾害造成直接经济损失3454.5亿元，"
            "极端事件频发可能导致模型失效。维持行业“推荐”评级。"
        ),
        obs=[
            ("Total", 2023, 21, "CNY 100 million", "actual"),
            ("Total", 2024, 27, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("value", 90, "CNY 100 million", 2030, 2030, None),
            ("value", 120, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 27 / 21 - 1 = 28.57% -> 29, not 27; bounds 26.5/21.5 - 1 = 23.26%
                                           # to 27.5/20.5 - 1 = 34.15% include 27
        ],
    ),
    # 35. Listed company's half-year results briefing (2025): the addressable market it sizes is Total; 2025 (this
    # year) estimate; 翻一番 -> x2 over three years. Nowhere: 2.3亿元 revenue, 41%, Q2 1.4亿元, 5% share target.
    dict(
        text=(
            "2025年半年度业绩说明会文字实录（节选）\n"
            "投资者：公司如何看待AI气象业务的市场空间？\n"
            "董事长：根据我们的测算，国内“AI+气象”专业服务的可触达市场在2025年约为180亿元，到2028年预计达到"
            "360亿元，三年时间翻一番，2025—2028年年复合增速约26%。公司上半年实现营业收入2.3亿元，同比增长41%，"
            "其中第二季度收入1.4亿元；我们争取三年内把市场占有率提升到5%。"
        ),
        obs=[
            ("Total", 2025, 180, "CNY 100 million", "estimate"),
            ("Total", 2028, 360, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2025, 2028, 3.0),  # 翻一番 = doubling; no verdict
            ("cagr", 26, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (360 / 180) ** (1 / 3) - 1 = 25.99% -> 26
        ],
    ),
    # 36. Markdown table by segment (USD million), 2025E estimate; the 2023 rows add to the total only by rounding.
    # Nowhere: "Table 3", the report title's 2025.
    dict(
        text=(
            "Table 3. Global AI climate-risk analytics market by segment (USD million)\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---:|---:|---:|\n"
            "| Physical-risk scoring | 412.4 | 498.1 | 601.7 |\n"
            "| Catastrophe modelling | 288.7 | 331.0 | 379.4 |\n"
            "| Transition-risk & carbon analytics | 151.6 | 197.3 | 255.9 |\n"
            "| Total | 852.8 | 1,026.4 | 1,237.0 |\n"
            "Note: 2025E = estimate. Figures may not sum because of rounding. Source: Climate Analytics "
            "Outlook 2025, London, February 2025."
        ),
        obs=[
            ("Physical-risk scoring", 2023, 412.4, "USD million", "actual"),
            ("Physical-risk scoring", 2024, 498.1, "USD million", "actual"),
            ("Physical-risk scoring", 2025, 601.7, "USD million", "estimate"),
            ("Catastrophe modelling", 2023, 288.7, "USD million", "actual"),
            ("Catastrophe modelling", 2024, 331.0, "USD million", "actual"),
            ("Catastrophe modelling", 2025, 379.4, "USD million", "estimate"),
            ("Transition-risk & carbon analytics", 2023, 151.6, "USD million", "actual"),
            ("Transition-risk & carbon analytics", 2024, 197.3, "USD million", "actual"),
            ("Transition-risk & carbon analytics", 2025, 255.9, "USD million", "estimate"),
            ("Total", 2023, 852.8, "USD million", "actual"),
            ("Total", 2024, 1026.4, "USD million", "actual"),
            ("Total", 2025, 1237.0, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "rounding"),  # 2023: 412.4 + 288.7 + 151.6 = 852.7 vs 852.8; rows at +/-0.05 each
                                        # give 852.55..852.85, which reaches 852.8
            ("hierarchy", "exact"),     # 2024: 498.1 + 331.0 + 197.3 = 1026.4
            ("hierarchy", "exact"),     # 2025: 601.7 + 379.4 + 255.9 = 1237.0
        ],
    ),
    # 37. Tab-separated vertical table, rows are years, lone value column headed by its unit -> Total; F rows
    # estimates; YoY column gives growth claims, the 2025F 38% is a typo (INCONSISTENT). Nowhere: the source's date.
    dict(
        text=(
            "AI weather-forecasting services, worldwide\n"
            "Year\tUSD billion\tYoY change\n"
            "2021\t0.38\t-\n"
            "2022\t0.55\t45%\n"
            "2023\t0.77\t40%\n"
            "2024\t1.04\t35%\n"
            "2025F\t1.38\t38%\n"
            "2026F\t1.81\t31%\n"
            "F = forecast. Source: Bengaluru-based research house, market tracker, March 2025."
        ),
        obs=[
            ("Total", 2021, 0.38, "USD billion", "actual"),
            ("Total", 2022, 0.55, "USD billion", "actual"),
            ("Total", 2023, 0.77, "USD billion", "actual"),
            ("Total", 2024, 1.04, "USD billion", "actual"),
            ("Total", 2025, 1.38, "USD billion", "estimate"),
            ("Total", 2026, 1.81, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 45, "percent", 2021, 2022, 1.0),
            ("growth", 40, "percent", 2022, 2023, 1.0),
            ("growth", 35, "percent", 2023, 2024, 1.0),
            ("growth", 38, "percent", 2024, 2025, 1.0),
            ("growth", 31, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # 0.55 / 0.38 - 1 = 44.74% -> 45
            ("cagr|implied", "exact"),         # 0.77 / 0.55 - 1 = 40.00% -> 40
            ("cagr|implied", "exact"),         # 1.04 / 0.77 - 1 = 35.06% -> 35
            ("cagr|implied", "inconsistent"),  # 1.38 / 1.04 - 1 = 32.69%; bounds 1.375/1.045 - 1 = 31.58%
                                               # to 1.385/1.035 - 1 = 33.82%; 38 never reached
            ("cagr|implied", "exact"),         # 1.81 / 1.38 - 1 = 31.16% -> 31
        ],
    ),
    # 38. Space-aligned Simplified Chinese table (亿元), 2025年E estimate; total row labelled 合计; the 2023 total adds
    # only by rounding. Nowhere: 表2, the source's date.
    dict(
        text=(
            "表2  我国人工智能环境监测细分市场规模（单位：亿元）\n"
            "细分领域          2022年    2023年    2024年    2025年E\n"
            "大气环境监测        38.2      49.6      63.1      79.8\n"
            "水环境监测          27.5      34.9      44.2      55.6\n"
            "生态遥感与评估      14.8      20.3      27.4      36.1\n"
            "合计                80.5     104.9     134.7     171.5\n"
            "注：2025年E为预测值；合计数因四舍五入可能存在尾差。资料来源：某证券研究所，2025年2月。"
        ),
        obs=[
            ("大气环境监测", 2022, 38.2, "CNY 100 million", "actual"),
            ("大气环境监测", 2023, 49.6, "CNY 100 million", "actual"),
            ("大气环境监测", 2024, 63.1, "CNY 100 million", "actual"),
            ("大气环境监测", 2025, 79.8, "CNY 100 million", "estimate"),
            ("水环境监测", 2022, 27.5, "CNY 100 million", "actual"),
            ("水环境监测", 2023, 34.9, "CNY 100 million", "actual"),
            ("水环境监测", 2024, 44.2, "CNY 100 million", "actual"),
            ("水环境监测", 2025, 55.6, "CNY 100 million", "estimate"),
            ("生态遥感与评估", 2022, 14.8, "CNY 100 million", "actual"),
            ("生态遥感与评估", 2023, 20.3, "CNY 100 million", "actual"),
            ("生态遥感与评估", 2024, 27.4, "CNY 100 million", "actual"),
            ("生态遥感与评估", 2025, 36.1, "CNY 100 million", "estimate"),
            ("合计", 2022, 80.5, "CNY 100 million", "actual"),
            ("合计", 2023, 104.9, "CNY 100 million", "actual"),
            ("合计", 2024, 134.7, "CNY 100 million", "actual"),
            ("合计", 2025, 171.5, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2022: 38.2 + 27.5 + 14.8 = 80.5
            ("hierarchy", "rounding"),  # 2023: 49.6 + 34.9 + 20.3 = 104.8 vs 104.9; rows at +/-0.05 each give
                                        # 104.65..104.95, which reaches 104.9
            ("hierarchy", "exact"),     # 2024: 63.1 + 44.2 + 27.4 = 134.7
            ("hierarchy", "exact"),     # 2025: 79.8 + 55.6 + 36.1 = 171.5
        ],
    ),
    # 39. Markdown regional table (USD million) with a CAGR column whose span the header prints; 2030F estimates.
    # Nowhere: the publisher's name and date.
    dict(
        text=(
            "AI wildfire, flood and drought early-warning systems by region, USD million\n"
            "| Region | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| North America | 540 | 1,420 | 17.5% |\n"
            "| Europe | 380 | 1,060 | 18.6% |\n"
            "| Asia-Pacific | 310 | 1,120 | 23.9% |\n"
            "| Rest of world | 90 | 260 | 19.3% |\n"
            "| Total | 1,320 | 3,860 | 19.6% |\n"
            "F = forecast. Source: Zurich-based reinsurer's natural-catastrophe research unit, April 2025."
        ),
        obs=[
            ("North America", 2024, 540, "USD million", "actual"),
            ("North America", 2030, 1420, "USD million", "estimate"),
            ("Europe", 2024, 380, "USD million", "actual"),
            ("Europe", 2030, 1060, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 310, "USD million", "actual"),
            ("Asia-Pacific", 2030, 1120, "USD million", "estimate"),
            ("Rest of world", 2024, 90, "USD million", "actual"),
            ("Rest of world", 2030, 260, "USD million", "estimate"),
            ("Total", 2024, 1320, "USD million", "actual"),
            ("Total", 2030, 3860, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1420 / 540) ** (1 / 6) - 1 = 17.49% -> 17.5
            ("cagr|implied", "exact"),  # (1060 / 380) ** (1 / 6) - 1 = 18.65% (18.646) -> 18.6
            ("cagr|implied", "exact"),  # (1120 / 310) ** (1 / 6) - 1 = 23.87% -> 23.9
            ("cagr|implied", "exact"),  # (260 / 90) ** (1 / 6) - 1 = 19.34% -> 19.3
            ("cagr|implied", "exact"),  # (3860 / 1320) ** (1 / 6) - 1 = 19.58% -> 19.6
            ("hierarchy", "exact"),     # 2024: 540 + 380 + 310 + 90 = 1320
            ("hierarchy", "exact"),     # 2030: 1420 + 1060 + 1120 + 260 = 3860
        ],
    ),
    # 40. Space-aligned UK official-statistics table (GBP million) with a share-of-2024 column; the 100 on the total
    # row is no claim; one share holds only by rounding. Nowhere: Table 4.2, 1,240 firms surveyed.
    dict(
        text=(
            "Environmental AI software: UK sales by application, GBP million (experimental statistics, Table 4.2)\n"
            "Application                        2023     2024   Share of 2024 (%)\n"
            "Carbon accounting & reporting       172      214         46\n"
            "Air & water quality monitoring      109      131         28\n"
            "Flood & drought early warning        97      118         26\n"
            "All applications                    378      463        100\n"
            "Note: figures rounded to the nearest GBP 1 million; shares may not sum exactly. Firms surveyed: 1,240. "
            "Published 30 April 2025."
        ),
        obs=[
            ("Carbon accounting & reporting", 2023, 172, "GBP million", "actual"),
            ("Carbon accounting & reporting", 2024, 214, "GBP million", "actual"),
            ("Air & water quality monitoring", 2023, 109, "GBP million", "actual"),
            ("Air & water quality monitoring", 2024, 131, "GBP million", "actual"),
            ("Flood & drought early warning", 2023, 97, "GBP million", "actual"),
            ("Flood & drought early warning", 2024, 118, "GBP million", "actual"),
            ("All applications", 2023, 378, "GBP million", "actual"),
            ("All applications", 2024, 463, "GBP million", "actual"),
        ],
        claims=[
            ("share", 46, "percent", 2024, 2024, None),
            ("share", 28, "percent", 2024, 2024, None),
            ("share", 26, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),     # 214 / 463 = 46.22% -> 46
            ("arithmetic", "exact"),     # 131 / 463 = 28.29% -> 28
            ("arithmetic", "rounding"),  # 118 / 463 = 25.49% -> 25, not 26; bounds 117.5/463.5 = 25.35% to
                                         # 118.5/462.5 = 25.62%, which rounds to 26
            ("hierarchy", "exact"),      # 2023: 172 + 109 + 97 = 378
            ("hierarchy", "exact"),      # 2024: 214 + 131 + 118 = 463
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-seventy-fourth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 4, 'rounding': 10, 'exact': 74}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'LONDON, 12 March 2025 /PRNewswire/ --',
    'rose 21% to $1.42 billion in 2024, from $1.17 billion a year earlier',
    'US$6.1bn by FY2028e, a CAGR of about 22%',
    'roughly Rs3,900 crore',
    '(BUY, TP Rs1,240, 18% upside)',
    'Flood modelling accounted for USD 1.21 billion of that, or 36%',
    'is more bullish, putting the 2024 market at',
    'at about $9.6 billion this year',
    "that's 2.5x in five years",
    'nearly threefold, or average growth of 15.5% a year',
    'Correction: an earlier version of this note',
    '$3.5-4.0 billion by 2029',
    'roughly US$900 million last year and should top US$1.5 billion',
    '较2023年的36.7亿元增长32.4%',
    '力争到2027年',
    '较2023年的96亿元增长2倍以上',
    '观澜咨询则估计',
    '年複合成長率26.9%',
    '佔整體市場38.6%',
    '去年國內AI氣象預報服務市場規模達新台幣21.4億元',
    '较2021年增长3倍',
    '| 2025E | 2026F |',
    'Year      GBP million     YoY %',
    '（单位：亿元）',
    'FY2025E\t79.5',
    '| 合計 | 865 | 1,116 | 1,410 | 100.0% |',
    'a compound annual growth rate of about 14% between 2024 and 2030',
    'For this year we expect that market to land at around $16.3 billion',
    'of which North America contributed USD 1.58 billion (41%)',
    'puts the 2023 market at USD 4.4 billion',
    '~$2.1B in 2023 -> $2.6B in 2024',
    'My bet: $5B+ by 2027',
    'has since revised that figure to £168 million',
    'annual growth of about 16%',
    'at US$1.24 billion in fiscal 2024',
    'TAM: $6.8B (2025E) -> $12.0B (2028E)',
    'roughly $1.1 billion last year, so about 2.6x in three years',
    'a CAGR of 19.5% over FY24-29',
    '今年有望突破65亿元',
    '力争到2027年全国人工智能生态环境监测市场规模达到1200亿元',
    '預估2027年將成長至新台幣142億元',
    '去年規模為12.8億港元，按年增長22%',
    '較2021年增長3倍',
    '市场规模在90亿至120亿元之间',
    '三年时间翻一番',
    '2025F\t1.38\t38%',
    '| Total | 1,320 | 3,860 | 19.6% |',
    'All applications                    378      463        100',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 236
#: figures, 49 rates, 85 verdicts and 1 false inconsistent
#: after the readings chosen on it and the hundred-and-seventy-second set: 241, 49, 86 and 0
FLOORS = {"figures_found": 242, "rates_found": 49, "verdicts_right": 86}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset174.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
