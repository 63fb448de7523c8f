"""A hundred-and-seventy-fifth check set for the extractor, written blind: AI in weather, climate and environmental
monitoring: AI weather-forecasting models and services, climate-risk and catastrophe analytics, carbon accounting and
emissions-tracking software with AI, air- and water-quality monitoring, wildfire, flood and drought early warning,
sized in money by climate-tech investors and analysts, meteorological agencies, reinsurers, environmental ministries'
plans, consultancies, and research houses in the United Kingdom, Switzerland, Australia, India and China. Distractors
a careful reader leaves out: damages and insured losses from disasters, tonnes of CO2, numbers of stations or
satellites, venture rounds and a start-up's valuation, the whole weather-services or environmental market beside the
AI part, a quarter's figures, carbon prices.

Snippets 1-20: AI in weather, climate and environmental monitoring: eight English prose pieces (a London PRNewswire
release on AI weather forecasting in pounds with a part's share, a year-on-year rate and a stated CAGR only some
reading reaches, a later figure in billions converted to the series' millions and the whole weather-services market
beside it; a Zurich reinsurer's institute on AI catastrophe-risk analytics with a report number, insured losses and a
first-quarter loss figure; a Sydney news item on bushfire and flood early warning quoting two publishers with an A$
aside; a London capital markets day sizing a TAM with a 2.5x expansion beside the group's revenue, margin and share
ambition and a price target; a New Delhi report on AI air-quality monitoring in fiscal years with an inconsistent
year-on-year rate, a rounding CAGR, a rupee aside and station counts; a Zurich broker note on AI weather models with a
this-year estimate, a 2030 range, a quarter's contracts, a company's revenue and a price target; a London consultancy
on AI carbon accounting in euros with last year/this year, a part's share, a carbon price and tonnes of CO2e; and a
Geneva alliance yearbook on AI wildfire detection with a more-than-fivefold multiple and a revised prior-year figure);
seven Chinese prose pieces (a Simplified broker note on AI 气象 with a rate lacking its base amount, a part's share and
the whole 千亿 weather-services market; a provincial 行动方案 with 力争, 突破 and 增长2倍 beside document numbers, station and firm
counts; in Traditional Chinese a CNA wire in 新台幣億元 with a rounding rate, a part's share and an inferred CAGR, a Hong
Kong paper in 億港元 with 今年, a part's share and a third-quarter figure, and a Taiwan business paper in 億美元 quoting two
research houses with a rounding CAGR and a carbon fee; then a Xinhua item with 去年/今年, 增长近2倍 and a share in words; and
a year-end review of flood and drought warning with an inconsistent rate, 明年, a firm's sales and disaster losses); and
five tables (a markdown London broker exhibit with 2025E/2027F columns, a Total row and a CAGR note; a space-aligned
Zurich table in EUR million with an e column, a total that only rounding reaches and a memo line with the whole
market; a tab-separated Indian fiscal-year table with years as rows, a lone unit-headed column and a YoY column; a
Simplified Chinese tab table with a 单位 line, E columns, a 合计 row and a carbon price in its note; and a markdown
Australian years-as-rows table with hazard columns, a Total column, an F row and a CAGR note).

Snippets 21-40: AI in weather, climate and environmental monitoring: AI weather-forecasting services, climate-risk and
catastrophe analytics, AI carbon accounting and emissions tracking, air- and water-quality monitoring, and wildfire,
flood and drought early warning. The sources are a UK earnings-call transcript (the TAM a company sizes), a research
abstract, an Indian founder's LinkedIn post with a rupee figure, Australian slide bullets, a Swiss web page carrying a
correction, a UK annual report's market review, a forum answer that sets two publishers side by side, and a Zurich
press release with a range (English prose, 21-28). Then a Taiwanese white-paper release, a Hong Kong news item, a
Taiwanese research note (Traditional Chinese, 29-31), a provincial action plan with a target, a brokerage note with a
price target, a Zhihu answer and an earnings-briefing Q&A (Simplified Chinese, 32-35). Then five tables (36-40): a
markdown segment table with E columns and a total row that does not quite add up, a tab-separated Chinese table with a
合计 row, a space-aligned vertical table (years as rows) with a YoY column, a markdown table of regional shares, and a
Traditional Chinese table with a CAGR column. The distractors a careful reader leaves out are disaster damages and
insured losses, tonnes of CO2e, carbon prices, counts of stations, satellites, firms, clients and respondents, venture
rounds, a company's own revenue, orders, margin and share ambition, a quarter's figures, a price target and its
upside, a second publisher's figure, a corrected figure, amounts in rupees, and the whole weather-services market set
beside its AI part. The set holds three inconsistent rates (a typo or rebasing), four rounding rates, one rounding
total, several shares with their part and whole, three multiples and one range.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. PRNewswire release (London, 3 February 2025): year-on-year rate, a part with its share, a 2030 figure in
    # billions converted to the series' GBP million, a stated CAGR that only some reading reaches. Nowhere: the
    # review's edition ("third"), the ~GBP 2.3 billion whole UK weather-services market, 240 firms surveyed.
    dict(
        text=(
            "LONDON, 3 February 2025 /PRNewswire/ -- British businesses and public bodies spent £412 million on "
            "AI-based weather forecasting and nowcasting services in 2024, up 19% from £346 million a year earlier, "
            "according to the third annual UK Weather Intelligence Review, published today by the Weather Data "
            "Association. Renewable-energy forecasting, used by wind and solar operators to bid into day-ahead "
            "markets, was the largest segment at £136 million, or 33% of the total. The Association expects "
            "spending to reach £1.1 billion by 2030, implying a compound annual growth rate of 17.6% between 2024 "
            "and 2030, although AI still accounts for a modest slice of the UK's wider weather-services market, "
            "worth roughly £2.3 billion. The review is based on responses from 240 firms."
        ),
        obs=[
            ("Total", 2023, 346, "GBP million", "actual"),
            ("Total", 2024, 412, "GBP million", "actual"),
            ("Renewable-energy forecasting", 2024, 136, "GBP million", "actual"),
            ("Total", 2030, 1100, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("share", 33, "percent", 2024, 2024, None),
            ("cagr", 17.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 412 / 346 - 1 = 19.08% -> 19
            ("arithmetic", "exact"),       # 136 / 412 = 33.01% -> 33
            ("cagr|implied", "rounding"),  # (1100 / 412) ** (1/6) - 1 = 17.78% -> 17.8, not 17.6; bounds (1.1bn +/-0.05bn,
                                           # 412 +/-0.5): (1050/412.5)**(1/6)-1 = 16.85% .. (1150/411.5)**(1/6)-1 = 18.68%: 17.6 reached
        ],
    ),
    # 2. Reinsurer's research institute (Zurich, 14 May 2025): a part with its share, a CAGR whose span only its
    # amounts' years give. Nowhere: report number 3/2025, USD 137 billion insured losses, USD 100 billion threshold,
    # first-quarter 2025 losses of USD 53 billion.
    dict(
        text=(
            "ZURICH, 14 May 2025 - Spending on AI-driven catastrophe-risk analytics keeps outpacing the wider "
            "risk-modelling trade, the Alpine Re Institute says in 'Nat Cat Modelling 2.0' (Research Report "
            "No. 3/2025). Insurers, reinsurers and public agencies spent USD 3.2 billion on machine-learning hazard "
            "and loss models in 2024; flood analytics alone took USD 1.1 billion, some 34% of the total. The "
            "institute projects USD 7.4 billion in 2029, growth of about 18% a year. The backdrop is stark: "
            "insured losses from natural catastrophes reached USD 137 billion in 2024, the fifth straight year "
            "above USD 100 billion, and first-quarter 2025 losses of USD 53 billion were swollen by the Los Angeles "
            "wildfires."
        ),
        obs=[
            ("Total", 2024, 3.2, "USD billion", "actual"),
            ("Flood analytics", 2024, 1.1, "USD billion", "actual"),
            ("Total", 2029, 7.4, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 34, "percent", 2024, 2024, None),
            ("cagr", 18, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),   # 1.1 / 3.2 = 34.38% -> 34
            ("cagr|period", "exact"),  # (7.4 / 3.2) ** (1/5) - 1 = 18.25% -> 18
        ],
    ),
    # 3. News article (Sydney, 22 August 2024) quoting two publishers; the first gives base, target and rate.
    # Nowhere: A$640 million (AUD not in the unit table), Meridian Insights' US$510 million for 2023, Black Summer
    # insured losses of A$2.3 billion, 700 weather stations.
    dict(
        text=(
            "SYDNEY, Aug 22, 2024 - Australian governments, utilities and insurers spent US$420 million "
            "(A$640 million) on AI-powered bushfire and flood early-warning systems in 2023, Canberra-based "
            "Southern Cross Analytics estimates, and the firm forecasts the market will reach US$1.35 billion by "
            "2030, a compound annual growth rate of 18.2% over 2023-2030. Melbourne research house Meridian "
            "Insights puts last year's market higher, at US$510 million, because it counts satellite imagery "
            "contracts. Demand has been building since the Black Summer fires of 2019-20, which left insured losses "
            "of about A$2.3 billion; the Bureau of Meteorology now feeds data from more than 700 automatic weather "
            "stations into the new models."
        ),
        obs=[
            ("Total", 2023, 420, "USD million", "actual"),
            ("Total", 2030, 1350, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.2, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1350 / 420) ** (1/7) - 1 = 18.15% -> 18.2
        ],
    ),
    # 4. Capital markets day (London, 18 June 2025): a TAM is the market (Total); 2025 is the dateline's year, so an
    # estimate; a 2.5x multiple over 2025-2030 and a rate whose span only the amounts give. Nowhere: the group's
    # 31% revenue growth and GBP 212 million revenue, 24% margin, 10% share ambition, 640p target and 22% upside.
    dict(
        text=(
            "London, 18 June 2025 - At its first capital markets day, Isobar Climate plc sized its total "
            "addressable market - physical-risk scoring, transition analytics and AI-driven emissions tracking for "
            "banks, insurers and corporates - at $18 billion this year, rising to $45 billion by 2030, a 2.5x "
            "expansion that compounds at roughly 20% a year. The group, whose revenue rose 31% to £212 million "
            "last year at an adjusted operating margin of 24%, aims to win 10% of that market by the end of the "
            "decade. Broker Halden & Co reiterated its buy rating with a 640p price target, 22% above Tuesday's "
            "close."
        ),
        obs=[
            ("Total", 2025, 18, "USD billion", "estimate"),
            ("Total", 2030, 45, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2025, 2030, 5.0),
            ("cagr", 20, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (45 / 18) ** (1/5) - 1 = 20.11% -> 20
        ],
    ),
    # 5. Research report (New Delhi, 9 July 2024), fiscal years: a year-on-year rate the amounts contradict (a typo
    # for 35%), a stated CAGR only some reading reaches. Nowhere: Rs 1,550 crore (rupees not in the unit table),
    # 131 non-attainment cities, 40 continuous monitoring stations, Rs 9,600 crore NCAP allocation.
    dict(
        text=(
            "NEW DELHI, 9 July 2024: India's market for AI-enabled air-quality monitoring - low-cost sensor "
            "networks, satellite-derived PM2.5 estimation and source-apportionment software - grew 31% to US$186 "
            "million (about ₹1,550 crore) in FY2024 from US$138 million in FY2023, says a report by Bengaluru-based "
            "CleanAir Insights. The 131 non-attainment cities under the National Clean Air Programme, which has "
            "an outlay of nearly ₹9,600 crore, are the biggest buyers; Delhi alone runs 40 continuous ambient "
            "monitoring stations. The firm expects the market to touch US$420 million by FY2028, a CAGR of 22.5% "
            "between FY2024 and FY2028."
        ),
        obs=[
            ("Total", 2023, 138, "USD million", "actual"),
            ("Total", 2024, 186, "USD million", "actual"),
            ("Total", 2028, 420, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 22.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 186 / 138 - 1 = 34.78%; bounds 185.5/138.5-1 = 33.94% .. 186.5/137.5-1 = 35.64%: 31 not reached
            ("cagr|implied", "rounding"),      # (420 / 186) ** (1/4) - 1 = 22.58% -> 22.6, not 22.5; bounds
                                               # (419.5/186.5)**(1/4)-1 = 22.47% .. (420.5/185.5)**(1/4)-1 = 22.70%: 22.5 reached
        ],
    ),
    # 6. Broker note (Zurich, 2 April 2025): a year-on-year rate, this year's estimate, a 2030 range (two value
    # claims, no observation). Nowhere: MeteoSwift's USD 38m Q4 2024 contracts, CHF 112m revenue, CHF 84 target, 19% upside.
    dict(
        text=(
            "Zurich, 2 April 2025 | Equity Research - Weather & Climate Data. Machine-learning weather models have "
            "gone from research curiosity to product in under three years. We size the global market for AI "
            "weather-prediction models and services, sold mainly by API to utilities, commodity traders and "
            "airlines, at USD 1.9bn in 2024, up 46% on USD 1.3bn in 2023, and we expect USD 2.6bn this year. By "
            "2030 we see USD 6-8bn. Our top pick MeteoSwift booked USD 38m of new contracts in Q4 2024 on FY2024 "
            "revenue of CHF 112m; we raise our price target to CHF 84 (19% upside)."
        ),
        obs=[
            ("Total", 2023, 1.3, "USD billion", "actual"),
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2025, 2.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 46, "percent", 2023, 2024, 1.0),
            ("value", 6, "USD billion", 2030, 2030, None),
            ("value", 8, "USD billion", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.9 / 1.3 - 1 = 46.15% -> 46
        ],
    ),
    # 7. Consultancy release (London, 11 March 2025): "last year" = 2024, "this year" = 2025 (estimate), a part with
    # its share, an approximate rate. Nowhere: EU allowances at EUR 65 a tonne, 1.2 billion tonnes of CO2e, 180 clients.
    dict(
        text=(
            "London, 11 March 2025. Europe's market for carbon-accounting and emissions-tracking software with "
            "built-in AI - tools that estimate supply-chain emissions from invoices, map activity data to emission "
            "factors and draft CSRD disclosures - was worth €2.4 billion last year, consultancy Greenfield "
            "Partners said today. AI-driven Scope 3 estimation made up €0.91 billion of that, or 38%. Greenfield "
            "expects the market to reach €2.9 billion this year, up about 21%, as the first wave of CSRD reports "
            "lands. The software now tracks some 1.2 billion tonnes of CO2e for the firm's 180 clients, while EU "
            "carbon allowances traded at around €65 a tonne in February."
        ),
        obs=[
            ("Total", 2024, 2.4, "EUR billion", "actual"),
            ("AI-driven Scope 3 estimation", 2024, 0.91, "EUR billion", "actual"),
            ("Total", 2025, 2.9, "EUR billion", "estimate"),
        ],
        claims=[
            ("share", 38, "percent", 2024, 2024, None),
            ("growth", 21, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 0.91 / 2.4 = 37.92% -> 38
            ("cagr|implied", "exact"),  # 2.9 / 2.4 - 1 = 20.83% -> 21
        ],
    ),
    # 8. Association yearbook (Geneva, 30 January 2025): a revised 2023 figure (the superseded USD 560 million
    # nowhere), a more-than-fivefold multiple over 2019-2024 (2019 amount unprinted), a stated CAGR, a 2027 figure
    # in billions converted to USD million. Nowhere: the yearbook's title year, 86 members, 3,000 cameras.
    dict(
        text=(
            "GENEVA, 30 January 2025 - Global Wildfire Technology Alliance, Yearbook 2025, chapter 2. Spending on "
            "AI wildfire detection and spread prediction - camera towers with computer-vision smoke detection, "
            "satellite hotspot classification and fire-behaviour models - reached USD 742 million in 2024, more "
            "than fivefold its 2019 level. The Alliance has revised its 2023 estimate to USD 598 million (previously "
            "USD 560 million), so growth last year was 24%. It forecasts USD 1.52 billion in 2027, a compound "
            "annual rate of 27% for 2024-2027. The Alliance's 86 members now operate more than 3,000 detection "
            "cameras."
        ),
        obs=[
            ("Total", 2023, 598, "USD million", "actual"),
            ("Total", 2024, 742, "USD million", "actual"),
            ("Total", 2027, 1520, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 5, "multiple", 2019, 2024, 5.0),
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 27, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 742 / 598 - 1 = 24.08% -> 24
            ("cagr|implied", "exact"),  # (1520 / 742) ** (1/3) - 1 = 27.00% -> 27
        ],
    ),
    # 9. Simplified Chinese broker note (18 March 2025): a year-on-year rate whose 2023 amount is unprinted (no
    # verdict), a part with its share, a stated CAGR. Nowhere: 7万余个 stations, the 千亿元 whole weather-services market.
    dict(
        text=(
            "【行业深度】AI气象:从数值预报走向大模型(2025年3月18日)据我们测算,2024年我国AI气象服务市场规模为"
            "48.6亿元,同比增长31.4%;其中新能源功率预测是最大的细分领域,规模19.7亿元,占比40.5%。随着气象大模型"
            "在电力交易、航空和农业保险中的落地,我们预计2027年市场规模将达到105亿元,2024-2027年复合增速约29%。"
            "作为对比,目前全国地面气象观测站已超过7万个,气象服务整体市场规模超过千亿元。风险提示:数据开放进度不及预期。"
        ),
        obs=[
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("新能源功率预测", 2024, 19.7, "CNY 100 million", "actual"),
            ("Total", 2027, 105, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.4, "percent", 2023, 2024, 1.0),
            ("share", 40.5, "percent", 2024, 2024, None),
            ("cagr", 29, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 19.7 / 48.6 = 40.53% -> 40.5
            ("cagr|implied", "exact"),  # (105 / 48.6) ** (1/3) - 1 = 29.28% -> 29
        ],
    ),
    # 10. Simplified Chinese provincial plan (May 2024): 约102亿元 base (actual), 力争...突破300亿元 target (estimate),
    # 较2023年增长2倍 as x2 over four years. Nowhere: document number, 2024—2027 title years, 1 platform, 500 stations,
    # 5 firms, 10亿元 revenue threshold.
    dict(
        text=(
            "近日,省生态环境厅、省工业和信息化厅联合印发《智慧生态环境监测产业高质量发展行动方案(2024—2027年)》"
            "(环发〔2024〕12号,2024年5月20日)。方案显示,2023年全省生态环境智慧监测产业规模约102亿元。方案提出,"
            "到2027年,力争全省产业规模突破300亿元,较2023年增长2倍;建成省级空气质量AI预报预警平台1个,新增水质"
            "自动监测站500个,培育年营收超过10亿元的龙头企业5家。"
        ),
        obs=[
            ("Total", 2023, 102, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 11. Traditional Chinese CNA wire (Taipei, 10 April 2025), 新台幣億元: a year-on-year rate only some reading
    # reaches, a part with its share, a CAGR whose span only its amounts' years give. Nowhere: 77 monitoring
    # stations, 120 member firms.
    dict(
        text=(
            "(中央社記者林怡君台北2025年4月10日電)台灣智慧環境產業協會今天發布調查指出,2024年台灣AI環境監測"
            "市場規模達新台幣86億元,較2023年的新台幣71億元成長22%;其中空氣品質監測為最大應用,產值新台幣37億元,"
            "占43%。協會預估,2026年市場規模可望達新台幣128億元,年複合成長率約22%。環境部目前在全台設有77座"
            "空氣品質監測站,協會120家會員中逾半數已導入AI影像辨識。"
        ),
        obs=[
            ("Total", 2023, 71, "TWD 100 million", "actual"),
            ("Total", 2024, 86, "TWD 100 million", "actual"),
            ("空氣品質監測", 2024, 37, "TWD 100 million", "actual"),
            ("Total", 2026, 128, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("share", 43, "percent", 2024, 2024, None),
            ("cagr", 22, "percent", 2024, 2026, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 86 / 71 - 1 = 21.13% -> 21, not 22; bounds 85.5/71.5-1 = 19.58% .. 86.5/70.5-1 = 22.70%: 22 reached
            ("arithmetic", "exact"),       # 37 / 86 = 43.02% -> 43
            ("cagr|period", "exact"),      # (128 / 86) ** (1/2) - 1 = 22.00% -> 22
        ],
    ),
    # 12. Traditional Chinese Hong Kong paper (6 November 2024), 億港元: 今年 = 2024 (estimate), a year-on-year rate,
    # a part with its share. Nowhere: third-quarter 2.1億港元 contracts, issue number 第4期, 摩羯 insured losses, 60 stations.
    dict(
        text=(
            "【本報訊】香港科技園公司昨日(11月5日)發表《氣候科技市場觀察》第4期報告,指本港AI天氣預測及氣候風險"
            "分析服務市場規模由2023年的12.4億港元,預計今年增至14.9億港元,按年增長20%。其中,銀行及保險公司採用的"
            "氣候風險評估平台預計佔5.8億港元,約佔今年市場的39%。報告又指,今年第三季相關合約金額達2.1億港元;"
            "颱風「摩羯」在區內造成的保險損失逾百億港元,天文台現時在全港設有約60個自動氣象站。"
            "(2024年11月6日)"
        ),
        obs=[
            ("Total", 2023, 12.4, "HKD 100 million", "actual"),
            ("Total", 2024, 14.9, "HKD 100 million", "estimate"),
            ("氣候風險評估平台", 2024, 5.8, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2023, 2024, 1.0),
            ("share", 39, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 14.9 / 12.4 - 1 = 20.16% -> 20
            ("arithmetic", "exact"),    # 5.8 / 14.9 = 38.93% -> 39
        ],
    ),
    # 13. Traditional Chinese Taiwan business paper (Taipei, 8 January 2025) quoting two research houses, 億美元: the
    # first house's base, this-year estimate, target and a stated CAGR only some reading reaches. Nowhere: the second
    # house's 38億美元 for this year, the carbon fee of NT$300 a tonne, a listed vendor's 12% revenue growth.
    dict(
        text=(
            "【經濟日報/記者陳冠宇/台北8日電】2025年1月8日 企業碳盤查需求升溫,帶動AI碳管理軟體商機。研究機構"
            "宏觀研究指出,2024年全球AI碳盤查與排放追蹤軟體市場規模為28億美元,今年可望成長至35億美元,2028年上看"
            "64億美元,2024至2028年年複合成長率達23.5%。另一家研究機構亞太永續研究則估計今年市場約38億美元。台灣"
            "碳費今年起徵收,一般費率每公噸新台幣300元;國內某上市碳盤查軟體商去年營收年增12%。"
        ),
        obs=[
            ("Total", 2024, 28, "USD 100 million", "actual"),
            ("Total", 2025, 35, "USD 100 million", "estimate"),
            ("Total", 2028, 64, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (64 / 28) ** (1/4) - 1 = 22.96% -> 23.0, not 23.5; bounds
                                           # (63.5/28.5)**(1/4)-1 = 22.17% .. (64.5/27.5)**(1/4)-1 = 23.75%: 23.5 reached
        ],
    ),
    # 14. Simplified Chinese Xinhua item (Beijing, 5 June 2025): 去年 = 2024 (actual), 今年 = 2025 (有望突破, estimate),
    # 较2021年增长近2倍 as x2 over three years. Nowhere: a share in words (约占四成), 3641 monitoring stations.
    dict(
        text=(
            "新华社北京6月5日电(记者王磊)记者5日从中国环境科学学会获悉,去年我国AI水环境监测与水质预警市场规模"
            "达到63.2亿元,较2021年增长近2倍,其中基于机器视觉的蓝藻水华识别约占四成;今年市场规模有望突破80亿元。"
            "截至去年底,全国已建成国家地表水水质自动监测站3641个。(2025年6月5日)"
        ),
        obs=[
            ("Total", 2024, 63.2, "CNY 100 million", "actual"),
            ("Total", 2025, 80, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 15. Simplified Chinese year-end review (28 December 2024): 今年 = 2024 (预计, estimate), 去年 = 2023, a rate the
    # amounts contradict (an old base's rate left in), 明年 = 2025 target. Nowhere: a firm's 6.2亿元 sales, 2,300亿元
    # direct economic losses, 12万个 rain gauges.
    dict(
        text=(
            "年终盘点|AI洪涝与干旱预警:从试点走向规模化(2024年12月28日)据水利信息化产业联盟统计,今年全国AI洪涝"
            "干旱监测预警市场规模预计为36.8亿元,较去年的27.5亿元增长28.5%。今年汛期全国洪涝灾害造成直接经济损失"
            "约2300亿元,倒逼各地加快部署基于AI的降雨临近预报和山洪预警;全国自动雨量站已超过12万个。头部企业"
            "全年销售额约6.2亿元。业内预计,明年市场规模将超过45亿元。"
        ),
        obs=[
            ("Total", 2023, 27.5, "CNY 100 million", "actual"),
            ("Total", 2024, 36.8, "CNY 100 million", "estimate"),
            ("Total", 2025, 45, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 36.8 / 27.5 - 1 = 33.82%; bounds 36.75/27.55-1 = 33.39% .. 36.85/27.45-1 = 34.24%: 28.5 not reached
        ],
    ),
    # 16. Markdown pipe broker exhibit (London, 3 March 2025): years as columns with E/F, a Total row, a CAGR note
    # with its span. Nowhere: the exhibit number, the note number, the USD 4.8bn whole risk-modelling market.
    dict(
        text=(
            "Exhibit 7: Global AI climate-risk analytics market by segment (USD billion)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---|---|---|---|\n"
            "| Physical-risk scoring | 1.12 | 1.38 | 1.70 | 2.55 |\n"
            "| Catastrophe modelling | 0.86 | 1.02 | 1.21 | 1.68 |\n"
            "| Transition-risk analytics | 0.41 | 0.55 | 0.72 | 1.18 |\n"
            "| Total | 2.39 | 2.95 | 3.63 | 5.41 |\n"
            "\n"
            "Source: Halden & Co estimates, 3 March 2025. CAGR 2024-27F: 22%. Note 2: excludes the wider "
            "risk-modelling market (c. USD 4.8bn in 2024)."
        ),
        obs=[
            ("Physical-risk scoring", 2023, 1.12, "USD billion", "actual"),
            ("Physical-risk scoring", 2024, 1.38, "USD billion", "actual"),
            ("Physical-risk scoring", 2025, 1.70, "USD billion", "estimate"),
            ("Physical-risk scoring", 2027, 2.55, "USD billion", "estimate"),
            ("Catastrophe modelling", 2023, 0.86, "USD billion", "actual"),
            ("Catastrophe modelling", 2024, 1.02, "USD billion", "actual"),
            ("Catastrophe modelling", 2025, 1.21, "USD billion", "estimate"),
            ("Catastrophe modelling", 2027, 1.68, "USD billion", "estimate"),
            ("Transition-risk analytics", 2023, 0.41, "USD billion", "actual"),
            ("Transition-risk analytics", 2024, 0.55, "USD billion", "actual"),
            ("Transition-risk analytics", 2025, 0.72, "USD billion", "estimate"),
            ("Transition-risk analytics", 2027, 1.18, "USD billion", "estimate"),
            ("Total", 2023, 2.39, "USD billion", "actual"),
            ("Total", 2024, 2.95, "USD billion", "actual"),
            ("Total", 2025, 3.63, "USD billion", "estimate"),
            ("Total", 2027, 5.41, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 1.12 + 0.86 + 0.41 = 2.39
            ("hierarchy", "exact"),     # 2024: 1.38 + 1.02 + 0.55 = 2.95
            ("hierarchy", "exact"),     # 2025E: 1.70 + 1.21 + 0.72 = 3.63
            ("hierarchy", "exact"),     # 2027F: 2.55 + 1.68 + 1.18 = 5.41
            ("cagr|implied", "exact"),  # (5.41 / 2.95) ** (1/3) - 1 = 22.40% -> 22
        ],
    ),
    # 17. Space-aligned table (Zurich, March 2025), EUR million, years as columns with an e column; the 2023 total
    # only rounding reaches. Nowhere: the table number, the memo line's EUR 4.1bn whole weather-services market.
    dict(
        text=(
            "Table 4  European AI weather-forecasting services by customer segment, EUR million\n"
            "Helvetia Climate Research, Zurich, March 2025\n"
            "\n"
            "Segment                2022   2023   2024   2025e\n"
            "Energy & utilities      212    268    331     402\n"
            "Aviation                 64     77     93     110\n"
            "Agriculture              48     59     72      88\n"
            "Insurance                35     44     56      71\n"
            "Total                   359    449    552     671\n"
            "\n"
            "Figures rounded; totals may not add. Memo: total European weather-services market 2024, EUR 4.1bn."
        ),
        obs=[
            ("Energy & utilities", 2022, 212, "EUR million", "actual"),
            ("Energy & utilities", 2023, 268, "EUR million", "actual"),
            ("Energy & utilities", 2024, 331, "EUR million", "actual"),
            ("Energy & utilities", 2025, 402, "EUR million", "estimate"),
            ("Aviation", 2022, 64, "EUR million", "actual"),
            ("Aviation", 2023, 77, "EUR million", "actual"),
            ("Aviation", 2024, 93, "EUR million", "actual"),
            ("Aviation", 2025, 110, "EUR million", "estimate"),
            ("Agriculture", 2022, 48, "EUR million", "actual"),
            ("Agriculture", 2023, 59, "EUR million", "actual"),
            ("Agriculture", 2024, 72, "EUR million", "actual"),
            ("Agriculture", 2025, 88, "EUR million", "estimate"),
            ("Insurance", 2022, 35, "EUR million", "actual"),
            ("Insurance", 2023, 44, "EUR million", "actual"),
            ("Insurance", 2024, 56, "EUR million", "actual"),
            ("Insurance", 2025, 71, "EUR million", "estimate"),
            ("Total", 2022, 359, "EUR million", "actual"),
            ("Total", 2023, 449, "EUR million", "actual"),
            ("Total", 2024, 552, "EUR million", "actual"),
            ("Total", 2025, 671, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2022: 212 + 64 + 48 + 35 = 359
            ("hierarchy", "rounding"),  # 2023: 268 + 77 + 59 + 44 = 448, printed 449; bounds 446 .. 450 (each +/-0.5): 449 reached
            ("hierarchy", "exact"),     # 2024: 331 + 93 + 72 + 56 = 552
            ("hierarchy", "exact"),     # 2025e: 402 + 110 + 88 + 71 = 671
        ],
    ),
    # 18. Tab-separated Indian table (June 2025): years as rows in fiscal years, a lone column headed by its unit
    # (Total), a YoY column (period 1 each), E and F rows. Nowhere: the table number, the Rs 83/US$ rate, 36 states.
    dict(
        text=(
            "Table 3: India - AI-based flood and drought early-warning solutions, market size\n"
            "Fiscal year\tUSD million\tYoY growth (%)\n"
            "FY2021\t48\t-\n"
            "FY2022\t61\t27.1\n"
            "FY2023\t79\t29.5\n"
            "FY2024\t104\t31.6\n"
            "FY2025E\t133\t27.9\n"
            "FY2027F\t212\t-\n"
            "Note: FY = April-March; E = estimate, F = forecast. Converted at Rs 83/US$. Covers 36 states and union "
            "territories. Source: Monsoon Analytics, June 2025."
        ),
        obs=[
            ("Total", 2021, 48, "USD million", "actual"),
            ("Total", 2022, 61, "USD million", "actual"),
            ("Total", 2023, 79, "USD million", "actual"),
            ("Total", 2024, 104, "USD million", "actual"),
            ("Total", 2025, 133, "USD million", "estimate"),
            ("Total", 2027, 212, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 27.1, "percent", 2021, 2022, 1.0),
            ("growth", 29.5, "percent", 2022, 2023, 1.0),
            ("growth", 31.6, "percent", 2023, 2024, 1.0),
            ("growth", 27.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 61 / 48 - 1 = 27.08% -> 27.1
            ("cagr|implied", "exact"),  # 79 / 61 - 1 = 29.51% -> 29.5
            ("cagr|implied", "exact"),  # 104 / 79 - 1 = 31.65% -> 31.6
            ("cagr|implied", "exact"),  # 133 / 104 - 1 = 27.88% -> 27.9
        ],
    ),
    # 19. Simplified Chinese tab table (April 2025) with a 单位 line, E columns and a 合计 row (its label as printed).
    # Nowhere: the table number, the 2022—2026 title years, the ~100元/吨 carbon price in the note.
    dict(
        text=(
            "表2  我国AI碳排放监测与核算软件市场规模(按行业)\n"
            "单位:亿元\n"
            "行业\t2022\t2023\t2024\t2025E\t2026E\n"
            "电力\t8.6\t11.2\t14.5\t18.3\t22.9\n"
            "钢铁\t3.1\t4.0\t5.2\t6.6\t8.1\n"
            "建材\t2.2\t2.9\t3.7\t4.8\t6.0\n"
            "化工\t1.9\t2.6\t3.4\t4.4\t5.5\n"
            "合计\t15.8\t20.7\t26.8\t34.1\t42.5\n"
            "注:2025E、2026E为预测值;全国碳市场配额成交均价约100元/吨,未计入本表。资料来源:绿碳研究院,2025年4月。"
        ),
        obs=[
            ("电力", 2022, 8.6, "CNY 100 million", "actual"),
            ("电力", 2023, 11.2, "CNY 100 million", "actual"),
            ("电力", 2024, 14.5, "CNY 100 million", "actual"),
            ("电力", 2025, 18.3, "CNY 100 million", "estimate"),
            ("电力", 2026, 22.9, "CNY 100 million", "estimate"),
            ("钢铁", 2022, 3.1, "CNY 100 million", "actual"),
            ("钢铁", 2023, 4.0, "CNY 100 million", "actual"),
            ("钢铁", 2024, 5.2, "CNY 100 million", "actual"),
            ("钢铁", 2025, 6.6, "CNY 100 million", "estimate"),
            ("钢铁", 2026, 8.1, "CNY 100 million", "estimate"),
            ("建材", 2022, 2.2, "CNY 100 million", "actual"),
            ("建材", 2023, 2.9, "CNY 100 million", "actual"),
            ("建材", 2024, 3.7, "CNY 100 million", "actual"),
            ("建材", 2025, 4.8, "CNY 100 million", "estimate"),
            ("建材", 2026, 6.0, "CNY 100 million", "estimate"),
            ("化工", 2022, 1.9, "CNY 100 million", "actual"),
            ("化工", 2023, 2.6, "CNY 100 million", "actual"),
            ("化工", 2024, 3.4, "CNY 100 million", "actual"),
            ("化工", 2025, 4.4, "CNY 100 million", "estimate"),
            ("化工", 2026, 5.5, "CNY 100 million", "estimate"),
            ("合计", 2022, 15.8, "CNY 100 million", "actual"),
            ("合计", 2023, 20.7, "CNY 100 million", "actual"),
            ("合计", 2024, 26.8, "CNY 100 million", "actual"),
            ("合计", 2025, 34.1, "CNY 100 million", "estimate"),
            ("合计", 2026, 42.5, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 8.6 + 3.1 + 2.2 + 1.9 = 15.8
            ("hierarchy", "exact"),  # 2023: 11.2 + 4.0 + 2.9 + 2.6 = 20.7
            ("hierarchy", "exact"),  # 2024: 14.5 + 5.2 + 3.7 + 3.4 = 26.8
            ("hierarchy", "exact"),  # 2025E: 18.3 + 6.6 + 4.8 + 4.4 = 34.1
            ("hierarchy", "exact"),  # 2026E: 22.9 + 8.1 + 6.0 + 5.5 = 42.5
        ],
    ),
    # 20. Markdown years-as-rows table (Australian yearbook, 2025): each figure to its column's header, a Total column,
    # an F row, a CAGR note with its span. Nowhere: the yearbook's title year, the A$ conversion rate 0.66, 54 members.
    dict(
        text=(
            "**Australia: AI early-warning spend by hazard, US$ million** (Australian Climate Tech Association, "
            "Yearbook 2025)\n"
            "\n"
            "| Year | Bushfire | Flood | Drought | Total |\n"
            "|------|----------|-------|---------|-------|\n"
            "| 2021 | 92 | 71 | 28 | 191 |\n"
            "| 2022 | 118 | 90 | 35 | 243 |\n"
            "| 2023 | 151 | 112 | 43 | 306 |\n"
            "| 2024 | 189 | 138 | 52 | 379 |\n"
            "| 2025F | 236 | 170 | 63 | 469 |\n"
            "\n"
            "A$ amounts converted at US$0.66. CAGR 2021-2024: 26%. Survey of 54 member organisations."
        ),
        obs=[
            ("Bushfire", 2021, 92, "USD million", "actual"),
            ("Bushfire", 2022, 118, "USD million", "actual"),
            ("Bushfire", 2023, 151, "USD million", "actual"),
            ("Bushfire", 2024, 189, "USD million", "actual"),
            ("Bushfire", 2025, 236, "USD million", "estimate"),
            ("Flood", 2021, 71, "USD million", "actual"),
            ("Flood", 2022, 90, "USD million", "actual"),
            ("Flood", 2023, 112, "USD million", "actual"),
            ("Flood", 2024, 138, "USD million", "actual"),
            ("Flood", 2025, 170, "USD million", "estimate"),
            ("Drought", 2021, 28, "USD million", "actual"),
            ("Drought", 2022, 35, "USD million", "actual"),
            ("Drought", 2023, 43, "USD million", "actual"),
            ("Drought", 2024, 52, "USD million", "actual"),
            ("Drought", 2025, 63, "USD million", "estimate"),
            ("Total", 2021, 191, "USD million", "actual"),
            ("Total", 2022, 243, "USD million", "actual"),
            ("Total", 2023, 306, "USD million", "actual"),
            ("Total", 2024, 379, "USD million", "actual"),
            ("Total", 2025, 469, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 26, "percent", 2021, 2024, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2021: 92 + 71 + 28 = 191
            ("hierarchy", "exact"),     # 2022: 118 + 90 + 35 = 243
            ("hierarchy", "exact"),     # 2023: 151 + 112 + 43 = 306
            ("hierarchy", "exact"),     # 2024: 189 + 138 + 52 = 379
            ("hierarchy", "exact"),     # 2025F: 236 + 170 + 63 = 469
            ("cagr|implied", "exact"),  # (379 / 191) ** (1/3) - 1 = 25.66% -> 26
        ],
    ),
    # 21. UK-listed firm's earnings-call transcript: the TAM the company sizes is the Total; its CAGR span is printed.
    #     Expected nowhere: quarter revenue £18.4m and its 22%, 71% gross margin, 310 staff, "a tenth" share ambition.
    dict(
        text=(
            "Meridian Climate Analytics plc - Q3 FY2025 results call, 12 November 2025 (edited transcript)\n"
            "Chief Executive: Thanks, operator. Third-quarter revenue came in at £18.4 million, up 22% on the "
            "prior-year quarter, and gross margin held at 71%. We ended the period with 310 colleagues across London "
            "and Zurich. On the opportunity: we size the total addressable market for AI-driven physical climate-risk "
            "analytics - flood, heat, wind and subsidence scoring for lenders, insurers and asset owners - at about "
            "$3.8 billion in calendar 2024, and we think it gets to $9.6 billion by 2030. That is roughly 17% compound "
            "growth over 2024-2030, and frankly we'd be disappointed to hold less than a tenth of it by then."
        ),
        obs=[
            ("Total", 2024, 3.8, "USD billion", "actual"),
            ("Total", 2030, 9.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.6 / 3.8) ** (1 / 6) - 1 = 16.70% -> 17
        ],
    ),
    # 22. Research abstract: MLWP services market; the CAGR's span comes only from its amounts' years (inferred); the
    #     2032 figure in billions is converted to the series' USD million. Nowhere: 40 years of ERA5, 142 firms,
    #     11 countries, the USD 8.1 billion whole weather-services industry, 72% of surveyed firms.
    dict(
        text=(
            "Abstract. Machine-learning weather prediction (MLWP) models - graph-neural-network emulators trained on "
            "40 years of ERA5 reanalysis - now rival physics-based ensembles at medium range. We assess their "
            "commercial uptake from a survey of 142 firms in 11 countries and bottom-up vendor data. We estimate the "
            "global market for MLWP-based forecasting services at USD 612 million in 2023, a small slice of a "
            "commercial weather-services industry worth some USD 8.1 billion that year, and project it to reach "
            "USD 2.9 billion in 2032, a compound annual growth rate of 18.9%. Energy traders are the largest buyers; "
            "72% of surveyed firms reported piloting at least one MLWP product."
        ),
        obs=[
            ("Total", 2023, 612.0, "USD million", "actual"),
            ("Total", 2032, 2900.0, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.9, "percent", 2023, 2032, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2900 / 612) ** (1 / 9) - 1 = 18.87% -> 18.9
        ],
    ),
    # 23. Founder's LinkedIn post, India: the rupee figure is no observation, its USD equivalent is; FY counts as its
    #     number. Nowhere: ₹2,150 crore, 1,400+ CAAQMS stations, the US$4 million seed round.
    dict(
        text=(
            "Posted 3 Feb 2025 - Founder & CEO, AirSense Labs (Bengaluru)\n"
            "Everyone asks me how big AI air-quality monitoring really is in India. Our internal sizing: ₹2,150 crore "
            "in FY2024 (~US$258 million), and we reckon US$310 million for FY2025 - call it 20% growth. Context: CPCB "
            "now runs 1,400+ continuous ambient stations, and we just closed a US$4 million seed round. "
            "Hiring in Pune & Delhi! #cleanair #climatetech"
        ),
        obs=[
            ("Total", 2024, 258.0, "USD million", "actual"),
            ("Total", 2025, 310.0, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 20.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 310 / 258 - 1 = 20.16% -> 20
        ],
    ),
    # 24. Australian consultancy slide bullets: global AI early-warning market, a regional part with its share, a
    #     printed-span CAGR at 19.5% that only some reading of the amounts reaches. Nowhere: A$2.3bn Black Summer
    #     insured losses, 1,120 fire-weather stations, 9 satellites.
    dict(
        text=(
            "Slide 7 | Early warning goes AI\n"
            "- Global market for AI wildfire, flood & drought early warning: US$1.46bn (2024) -> US$4.2bn (2030F)\n"
            "- CAGR 2024-30F: 19.5%\n"
            "- Asia-Pacific: US$0.39bn in 2024, 27% of global\n"
            "- Black Summer 2019-20 insured losses: A$2.3bn (context only)\n"
            "- 1,120 fire-weather stations + 9 satellites feed our pilot models\n"
            "Source: Southern Cross Advisory analysis, May 2025"
        ),
        obs=[
            ("Total", 2024, 1.46, "USD billion", "actual"),
            ("Total", 2030, 4.2, "USD billion", "estimate"),
            ("Asia-Pacific", 2024, 0.39, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 19.5, "percent", 2024, 2030, None, "stated"),
            ("share", 27.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (4.2 / 1.46) ** (1/6) - 1 = 19.26% -> 19.3, not 19.5; bounds
                                           # (4.15 / 1.465) -> 18.95% .. (4.25 / 1.455) -> 19.56%: 19.5 reachable
            ("arithmetic", "exact"),       # 0.39 / 1.46 = 26.71% -> 27
        ],
    ),
    # 25. Swiss risk-institute web page with a correction: the corrected $2.4bn is the 2024 figure, the $2.7bn it
    #     corrects is expected nowhere; "last year"/"this year" from the 2025 dateline. Nowhere: $140bn insured
    #     catastrophe losses, the $100bn threshold.
    dict(
        text=(
            "Zurich Risk Notes | Catastrophe analytics: how big is the AI slice? | First published 6 March 2025, "
            "updated 14 March 2025\n"
            "Correction: an earlier version of this article put the 2024 market at $2.7 billion. That figure wrongly "
            "included licences for conventional catastrophe models; the correct figure is $2.4 billion.\n"
            "Insured losses from natural catastrophes topped $140 billion in 2024, the fifth year running above "
            "$100 billion, and that is pushing reinsurers toward machine-learning hazard and exposure models. We put "
            "spending on AI-driven catastrophe and climate-risk analytics at $2.4 billion last year and expect it to "
            "rise about 16% this year, to $2.77 billion, as climate scenarios in solvency tests bed in."
        ),
        obs=[
            ("Total", 2024, 2.4, "USD billion", "actual"),
            ("Total", 2025, 2.77, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 16.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 2.77 / 2.4 - 1 = 15.42% -> 15, not 16; bounds 2.765 / 2.45 -> 12.86% ..
                                           # 2.775 / 2.35 -> 18.09%: 16 reachable
        ],
    ),
    # 26. UK annual report, market review: inferred-span CAGR, a part (Scope 3 modules) with its share, a multiple in
    #     words ("roughly double again by 2027", x2 over 3 years). Nowhere: £36 per tonne carbon price, 81 million
    #     tonnes CO2e, 420 clients, group revenue £46.2m and its 19%.
    dict(
        text=(
            "Strategic report - Market review (Annual Report and Accounts 2024)\n"
            "We estimate that the UK market for AI-enabled carbon accounting and emissions-tracking software grew at "
            "a compound rate of around 23% a year, from £205 million in 2022 to £310 million in 2024. Scope 3 "
            "modules, which map supplier emissions with machine learning, accounted for £118 million of the 2024 "
            "total (38%). With ISSB-aligned disclosure rules arriving, we expect the market to roughly double again "
            "by 2027. For context, UK ETS allowances averaged about £36 per tonne in 2024, and our platform now tracks "
            "81 million tonnes of CO2e for 420 clients. Group revenue rose 19% to £46.2 million."
        ),
        obs=[
            ("Total", 2022, 205.0, "GBP million", "actual"),
            ("Total", 2024, 310.0, "GBP million", "actual"),
            ("Scope 3 modules", 2024, 118.0, "GBP million", "actual"),
        ],
        claims=[
            ("cagr", 23.0, "percent", 2022, 2024, None, "inferred"),
            ("share", 38.0, "percent", 2024, 2024, None),
            ("multiple", 2.0, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (310 / 205) ** (1 / 2) - 1 = 22.97% -> 23
            ("arithmetic", "exact"),   # 118 / 310 = 38.06% -> 38
        ],
    ),
    # 27. Forum answer setting two publishers side by side: the first (base, target, rate given) is the figure; the
    #     second publisher's $1.05B for 2023 is expected nowhere. 1.9B converted to the series' USD million.
    #     Nowhere: 212 upvotes, 15 years, 80+ countries.
    dict(
        text=(
            "Re: Is the 'AI flood forecasting' market real or just hype? (answered 18 June 2024 - 212 upvotes)\n"
            "Hydrologist here, 15 years in the game. It's real but smaller than the pitch decks suggest. The most "
            "careful estimate I've seen is Riverine Insight's: $640M in 2023, rising to $1.9B by 2029, which they put "
            "at a 19.5% CAGR for 2023-2029. Another shop, BlueDelta Research, claims the 2023 market was already "
            "$1.05B, but they lump in hardware like river gauges and radar. Either way, a free flood hub covering "
            "80+ countries caps what anyone can charge for basic riverine alerts."
        ),
        obs=[
            ("Total", 2023, 640.0, "USD million", "actual"),
            ("Total", 2029, 1900.0, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.5, "percent", 2023, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (1900 / 640) ** (1/6) - 1 = 19.88% -> 19.9, not 19.5; bounds
                                           # (1850 / 640.5) -> 19.34% .. (1950 / 639.5) -> 20.42%: 19.5 reachable
        ],
    ),
    # 28. Zurich press release: "up 31%" contradicts its own amounts (a typo for 21%: inconsistent); a 2030 range gives
    #     two value claims. Nowhere: report no. 14, title years, CHF 22m Series B, 85 staff, EUR 5bn hail damage,
    #     "more than half" of demand.
    dict(
        text=(
            "ZURICH, June 2, 2025 /PRNewswire/ -- Alpenlytics AG, a Swiss provider of AI hail and storm nowcasting, "
            "today released its Weather Intelligence Outlook 2025-2030 (report no. 14). The study sizes the European "
            "market for AI-based severe-weather nowcasting at EUR 1.24 billion in 2024, up 31% from EUR 1.02 billion "
            "a year earlier, and expects it to reach between EUR 3.1 billion and EUR 3.6 billion in 2030. Farmers and "
            "grid operators together make up more than half of demand, the report says. Alpenlytics, which raised "
            "CHF 22 million in a Series B round in March, employs 85 people in Zurich and Munich. Hail alone caused "
            "an estimated EUR 5 billion of insured damage across Europe in 2023."
        ),
        obs=[
            ("Total", 2023, 1.02, "EUR billion", "actual"),
            ("Total", 2024, 1.24, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 31.0, "percent", 2023, 2024, 1.0),
            ("value", 3.1, "EUR billion", 2030, 2030, None),
            ("value", 3.6, "EUR billion", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 1.24 / 1.02 - 1 = 21.57%; bounds 1.235 / 1.025 -> 20.49% ..
                                               # 1.245 / 1.015 -> 22.66%: 31 unreachable
        ],
    ),
    # 29. Taiwanese white-paper release (Traditional): 新台幣億元 is TWD 100 million. Nowhere: the dateline, title year,
    #     typhoon farm losses 50億, about 600 weather stations, the whole weather-services market 210億.
    dict(
        text=(
            "【2025/03/18 台北訊】產業研究機構「臺灣智慧防災研究中心」今（18）日發布《2025台灣AI氣象與防災預警產業白皮書》"
            "指出，受極端降雨與颱風侵襲頻率升高帶動，2024年台灣AI防災預警市場規模為新台幣39.2億元，預估2025年將達"
            "新台幣48.6億元，年增24%。白皮書也提到，2024年凱米颱風造成全台農業損失逾新台幣50億元；中央氣象署目前在"
            "全台布建約600座自動氣象站。至於整體氣象服務市場，規模約新台幣210億元，AI應用仍屬起步。"
        ),
        obs=[
            ("Total", 2024, 39.2, "TWD 100 million", "actual"),
            ("Total", 2025, 48.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 39.2 - 1 = 23.98% -> 24
        ],
    ),
    # 30. Hong Kong news item (Traditional): 億港元 is HKD 100 million; 去年/今年 from the 2025 dateline; a part with its
    #     share. Nowhere: 126 member firms, 逾六成 (survey answer, fraction in words), HK$80m Series A, the listed
    #     company's first-quarter contracts 2.1億港元.
    dict(
        text=(
            "（本報訊）2025年5月9日——本地環保科技商會昨日公布調查，香港AI空氣質素及水質監測方案市場去年規模約12.5億港元，"
            "預期今年可增至14.8億港元，按年增長約18%。其中水質監測約4.3億港元，佔整體約34%。商會表示，受訪的126間會員"
            "公司中，逾六成計劃於未來兩年增加投資。另外，一間本地初創上月完成8,000萬港元A輪融資；一間上市公司首季相關"
            "合約額則為2.1億港元。"
        ),
        obs=[
            ("Total", 2024, 12.5, "HKD 100 million", "actual"),
            ("Total", 2025, 14.8, "HKD 100 million", "estimate"),
            ("水質監測", 2024, 4.3, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.0, "percent", 2024, 2025, 1.0),
            ("share", 34.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 14.8 / 12.5 - 1 = 18.40% -> 18
            ("arithmetic", "exact"),    # 4.3 / 12.5 = 34.40% -> 34
        ],
    ),
    # 31. Taiwanese research note (Traditional): 增長3倍 keeps its printed 3 as the multiple (2023->2027, 4 years); the
    #     CAGR's span is printed. Nowhere: 碳費 NT$300 per tonne, the 2025 levy year, 1,800 listed firms, 2.1億噸 CO2e.
    dict(
        text=(
            "研究筆記｜碳盤查AI化：台灣市場五年翻身（2024年11月）\n"
            "隨金管會要求上市櫃公司分階段完成溫室氣體盤查，加上碳費自2025年起開徵（一般費率每噸新台幣300元），企業導入"
            "AI碳盤查與排放追蹤軟體的需求快速升溫。我們估計，2023年台灣相關軟體市場規模約新台幣15.6億元，2027年可望達"
            "新台幣62億元，較2023年增長3倍，2023至2027年年複合成長率約41.2%。目前約1,800家上市櫃公司納管，年排放量"
            "合計約2.1億噸二氧化碳當量。"
        ),
        obs=[
            ("Total", 2023, 15.6, "TWD 100 million", "actual"),
            ("Total", 2027, 62.0, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2023, 2027, 4.0),
            ("cagr", 41.2, "percent", 2023, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (62 / 15.6) ** (1 / 4) - 1 = 41.19% -> 41.2
        ],
    ),
    # 32. Provincial action plan (Simplified): a 力争 target is an estimate at its printed 突破 figure; the 年均 rate's
    #     span only from its amounts' years (2024 -> 2027). Nowhere: title years 2025-2027, 1,260 and 300 monitoring
    #     stations, 10亿元 revenue threshold, 10 leading firms.
    dict(
        text=(
            "《生态环境智能监测产业高质量发展行动方案（2025—2027年）》（征求意见稿）摘录\n"
            "二、主要目标。2024年，全省生态环境智能监测产业规模为118亿元。到2027年，力争全省生态环境智能监测产业规模"
            "突破200亿元，年均增长约19%；新建空气质量自动监测站点1,260个、水质自动监测站300个，培育年营业收入超10亿元"
            "的龙头企业10家。"
        ),
        obs=[
            ("Total", 2024, 118.0, "CNY 100 million", "actual"),
            ("Total", 2027, 200.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.0, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (200 / 118) ** (1 / 3) - 1 = 19.23% -> 19
        ],
    ),
    # 33. Brokerage sector note (Simplified): 同比增长41.2% contradicts 19.8 -> 26.3 (a rebased base: inconsistent); a part
    #     with its share; 35亿元左右 at its printed figure. Nowhere: the dateline, 目标价48元 and its 23% upside.
    dict(
        text=(
            "【计算机行业点评】AI气象大模型：从“能用”到“好用”（2025年4月22日）\n"
            "据我们测算，2024年中国AI气象大模型市场规模约为26.3亿元，同比增长41.2%（2023年为19.8亿元）；其中电力气象"
            "服务8.2亿元，占比31.2%。盘古、风乌、伏羲等模型陆续业务化，我们预计2025年市场规模将达35亿元左右。维持公司"
            "“买入”评级，目标价48元，较现价有23%上行空间。风险提示：技术迭代不及预期。"
        ),
        obs=[
            ("Total", 2023, 19.8, "CNY 100 million", "actual"),
            ("Total", 2024, 26.3, "CNY 100 million", "actual"),
            ("电力气象服务", 2024, 8.2, "CNY 100 million", "actual"),
            ("Total", 2025, 35.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.2, "percent", 2023, 2024, 1.0),
            ("share", 31.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 26.3 / 19.8 - 1 = 32.83%; bounds 26.25 / 19.85 -> 32.24% ..
                                               # 26.35 / 19.75 -> 33.42%: 41.2 unreachable
            ("arithmetic", "exact"),           # 8.2 / 26.3 = 31.18% -> 31.2
        ],
    ),
    # 34. Zhihu answer (Simplified): 去年/今年/明年 from the 2025 dateline; 上下 at its printed figure; 是2021年的4倍多 is
    #     x4 over 3 years (2021 amount not printed, no verdict). Nowhere: three years' tenure, 51亿吨 emissions, 碳价90元/吨,
    #     the company's own first-half orders 1.2亿.
    dict(
        text=(
            "知乎 · 回答于 2025-07-03\n"
            "问：AI碳管理软件在国内到底有多大市场？\n"
            "利益相关，在一家碳核算SaaS公司干了三年。说下我看到的数字：去年国内AI碳管理（碳核算+排放追踪）软件市场大概"
            "38亿元上下，是2021年的4倍多；今年有第三方机构预计能到50亿，明年冲60亿应该问题不大。别被“全国碳排放51亿吨”"
            "“碳价90元/吨”这些数字带偏，那是碳市场，不是软件市场。我们自己今年上半年签单1.2亿，不代表行业。"
        ),
        obs=[
            ("Total", 2024, 38.0, "CNY 100 million", "actual"),
            ("Total", 2025, 50.0, "CNY 100 million", "estimate"),
            ("Total", 2026, 60.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 35. Annual-results briefing Q&A (Simplified): the TAM the company sizes is the Total; CAGR span inferred from its
    #     amounts. Nowhere: 2024年度 title year, revenue 8.6亿元 and its 12%, 52.3% gross margin, 2,800 counties.
    dict(
        text=(
            "2024年度业绩说明会（2025年4月28日）问答摘录\n"
            "投资者：公司如何看待气象AI与灾害预警的市场空间？\n"
            "董事长：我们测算，国内气象AI+灾害预警的总潜在市场（TAM）2024年约为120亿元，到2030年有望达到400亿元，对应"
            "年均复合增速约22%。公司2024年营业收入8.6亿元，同比增长12%，毛利率52.3%；预警平台已覆盖全国2,800多个区县。"
        ),
        obs=[
            ("Total", 2024, 120.0, "CNY 100 million", "actual"),
            ("Total", 2030, 400.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.0, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (400 / 120) ** (1 / 6) - 1 = 22.22% -> 22
        ],
    ),
    # 36. UK consultancy markdown table, segments x years with E columns and a Total row; 2025E rows add to 172.3 while
    #     the Total prints 172.4 (rounding). Nowhere: table number, survey year, n = 96 firms.
    dict(
        text=(
            "Table 3. UK AI climate-risk analytics market by segment (GBP million)\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Physical-risk modelling | 42.5 | 55.1 | 70.4 | 88.9 |\n"
            "| Transition-risk & disclosure | 31.2 | 40.8 | 52.6 | 66.0 |\n"
            "| Catastrophe & insurance analytics | 24.7 | 29.9 | 36.1 | 43.5 |\n"
            "| Other | 8.3 | 10.6 | 13.2 | 16.4 |\n"
            "| Total | 106.7 | 136.4 | 172.4 | 214.8 |\n"
            "Note: E = estimate; totals may not sum due to rounding. Excludes weather agencies' data licensing. "
            "Source: Thamesbridge Consulting, Climate Data Survey 2025 (n = 96 firms)."
        ),
        obs=[
            ("Physical-risk modelling", 2023, 42.5, "GBP million", "actual"),
            ("Physical-risk modelling", 2024, 55.1, "GBP million", "actual"),
            ("Physical-risk modelling", 2025, 70.4, "GBP million", "estimate"),
            ("Physical-risk modelling", 2026, 88.9, "GBP million", "estimate"),
            ("Transition-risk & disclosure", 2023, 31.2, "GBP million", "actual"),
            ("Transition-risk & disclosure", 2024, 40.8, "GBP million", "actual"),
            ("Transition-risk & disclosure", 2025, 52.6, "GBP million", "estimate"),
            ("Transition-risk & disclosure", 2026, 66.0, "GBP million", "estimate"),
            ("Catastrophe & insurance analytics", 2023, 24.7, "GBP million", "actual"),
            ("Catastrophe & insurance analytics", 2024, 29.9, "GBP million", "actual"),
            ("Catastrophe & insurance analytics", 2025, 36.1, "GBP million", "estimate"),
            ("Catastrophe & insurance analytics", 2026, 43.5, "GBP million", "estimate"),
            ("Other", 2023, 8.3, "GBP million", "actual"),
            ("Other", 2024, 10.6, "GBP million", "actual"),
            ("Other", 2025, 13.2, "GBP million", "estimate"),
            ("Other", 2026, 16.4, "GBP million", "estimate"),
            ("Total", 2023, 106.7, "GBP million", "actual"),
            ("Total", 2024, 136.4, "GBP million", "actual"),
            ("Total", 2025, 172.4, "GBP million", "estimate"),
            ("Total", 2026, 214.8, "GBP million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 42.5 + 31.2 + 24.7 + 8.3 = 106.7
            ("hierarchy", "exact"),     # 2024: 55.1 + 40.8 + 29.9 + 10.6 = 136.4
            ("hierarchy", "rounding"),  # 2025E: 70.4 + 52.6 + 36.1 + 13.2 = 172.3, printed 172.4; bounds
                                        # 172.3 -/+ 4 x 0.05 = 172.1 .. 172.5: 172.4 reachable
            ("hierarchy", "exact"),     # 2026E: 88.9 + 66.0 + 43.5 + 16.4 = 214.8
        ],
    ),
    # 37. Chinese research-institute table, tab-separated, unit line 亿元, years as columns with an E column; the total
    #     row's label 合计 is its item. Nowhere: 表2, the report's title year, hardware excluded.
    dict(
        text=(
            "表2  中国AI环境监测市场规模（按细分领域）\n"
            "单位：亿元\n"
            "细分领域\t2023年\t2024年\t2025E\n"
            "空气质量智能监测\t31.6\t38.9\t47.2\n"
            "水环境智能监测\t22.4\t27.5\t33.8\n"
            "碳排放监测与核算\t12.1\t17.3\t24.6\n"
            "山火与洪旱预警\t9.8\t12.6\t16.1\n"
            "合计\t75.9\t96.3\t121.7\n"
            "注：E为预测值；不含监测站房、传感器等硬件销售。资料来源：某研究院《2025中国生态环境数字化报告》。"
        ),
        obs=[
            ("空气质量智能监测", 2023, 31.6, "CNY 100 million", "actual"),
            ("空气质量智能监测", 2024, 38.9, "CNY 100 million", "actual"),
            ("空气质量智能监测", 2025, 47.2, "CNY 100 million", "estimate"),
            ("水环境智能监测", 2023, 22.4, "CNY 100 million", "actual"),
            ("水环境智能监测", 2024, 27.5, "CNY 100 million", "actual"),
            ("水环境智能监测", 2025, 33.8, "CNY 100 million", "estimate"),
            ("碳排放监测与核算", 2023, 12.1, "CNY 100 million", "actual"),
            ("碳排放监测与核算", 2024, 17.3, "CNY 100 million", "actual"),
            ("碳排放监测与核算", 2025, 24.6, "CNY 100 million", "estimate"),
            ("山火与洪旱预警", 2023, 9.8, "CNY 100 million", "actual"),
            ("山火与洪旱预警", 2024, 12.6, "CNY 100 million", "actual"),
            ("山火与洪旱预警", 2025, 16.1, "CNY 100 million", "estimate"),
            ("合计", 2023, 75.9, "CNY 100 million", "actual"),
            ("合计", 2024, 96.3, "CNY 100 million", "actual"),
            ("合计", 2025, 121.7, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 31.6 + 22.4 + 12.1 + 9.8 = 75.9
            ("hierarchy", "exact"),  # 2024: 38.9 + 27.5 + 17.3 + 12.6 = 96.3
            ("hierarchy", "exact"),  # 2025E: 47.2 + 33.8 + 24.6 + 16.1 = 121.7
        ],
    ),
    # 38. Indian research house, space-aligned vertical table (years as rows) with a YoY column; the lone value column
    #     headed by its unit only is the Total; the 2023 YoY 31.2 is only reachable by rounding. Nowhere: Exhibit 5,
    #     IMD's budget, radars and stations excluded.
    dict(
        text=(
            "Exhibit 5: India - AI-based weather forecasting & agro-advisory services\n"
            "Year      USD million    YoY (%)\n"
            "2021               48          -\n"
            "2022               62       29.2\n"
            "2023               81       31.2\n"
            "2024              104       28.4\n"
            "2025F             133       27.9\n"
            "2026F             168       26.3\n"
            "Note: F = forecast. Excludes IMD's own budget and hardware (Doppler radars, automatic weather stations). "
            "Source: Deccan Insight Research, February 2025."
        ),
        obs=[
            ("Total", 2021, 48.0, "USD million", "actual"),
            ("Total", 2022, 62.0, "USD million", "actual"),
            ("Total", 2023, 81.0, "USD million", "actual"),
            ("Total", 2024, 104.0, "USD million", "actual"),
            ("Total", 2025, 133.0, "USD million", "estimate"),
            ("Total", 2026, 168.0, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 29.2, "percent", 2021, 2022, 1.0),
            ("growth", 31.2, "percent", 2022, 2023, 1.0),
            ("growth", 28.4, "percent", 2023, 2024, 1.0),
            ("growth", 27.9, "percent", 2024, 2025, 1.0),
            ("growth", 26.3, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 62 / 48 - 1 = 29.17% -> 29.2
            ("cagr|implied", "rounding"),  # 81 / 62 - 1 = 30.65% -> 30.6, not 31.2; bounds 80.5 / 62.5 -> 28.80% ..
                                           # 81.5 / 61.5 -> 32.52%: 31.2 reachable
            ("cagr|implied", "exact"),     # 104 / 81 - 1 = 28.40% -> 28.4
            ("cagr|implied", "exact"),     # 133 / 104 - 1 = 27.88% -> 27.9
            ("cagr|implied", "exact"),     # 168 / 133 - 1 = 26.32% -> 26.3
        ],
    ),
    # 39. Australian consultancy markdown table of regional shares for one year; the total row's label "Global total"
    #     is its item; its 100.0% is no claim. Nowhere: figure number, suppression spending and fire losses excluded.
    dict(
        text=(
            "Figure 2 data - AI wildfire detection and fire-weather analytics: revenue by region, 2024\n"
            "| Region | USD million | Share of total |\n"
            "|---|---|---|\n"
            "| North America | 214.6 | 41.8% |\n"
            "| Europe | 118.3 | 23.0% |\n"
            "| Asia-Pacific | 126.9 | 24.7% |\n"
            "| Rest of world | 53.7 | 10.5% |\n"
            "| Global total | 513.5 | 100.0% |\n"
            "Note: shares computed on unrounded data; wildfire suppression budgets and insured fire losses are "
            "excluded. Source: Eucalypt Partners, March 2025."
        ),
        obs=[
            ("North America", 2024, 214.6, "USD million", "actual"),
            ("Europe", 2024, 118.3, "USD million", "actual"),
            ("Asia-Pacific", 2024, 126.9, "USD million", "actual"),
            ("Rest of world", 2024, 53.7, "USD million", "actual"),
            ("Global total", 2024, 513.5, "USD million", "actual"),
        ],
        claims=[
            ("share", 41.8, "percent", 2024, 2024, None),
            ("share", 23.0, "percent", 2024, 2024, None),
            ("share", 24.7, "percent", 2024, 2024, None),
            ("share", 10.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 214.6 / 513.5 = 41.79% -> 41.8
            ("arithmetic", "exact"),  # 118.3 / 513.5 = 23.04% -> 23.0
            ("arithmetic", "exact"),  # 126.9 / 513.5 = 24.71% -> 24.7
            ("arithmetic", "exact"),  # 53.7 / 513.5 = 10.46% -> 10.5
            ("hierarchy", "exact"),   # 214.6 + 118.3 + 126.9 + 53.7 = 513.5
        ],
    ),
    # 40. Hong Kong research house table (Traditional), markdown pipes, 億美元 (USD 100 million), 2024 and 2030F with a
    #     CAGR column whose span the header prints; the air/water row's 19.6% is a typo for 17.6% (inconsistent);
    #     total row 總計 is its item. Nowhere: 表4, satellites and radar hardware excluded.
    dict(
        text=(
            "表4：全球AI氣候與環境智慧應用市場規模（單位：億美元）\n"
            "| 應用領域 | 2024 | 2030F | 2024-30年複合成長率 |\n"
            "|---|---|---|---|\n"
            "| AI天氣預報 | 14.2 | 52.8 | 24.5% |\n"
            "| 氣候風險與巨災分析 | 21.6 | 63.0 | 19.5% |\n"
            "| 碳盤查與排放追蹤 | 11.8 | 47.4 | 26.1% |\n"
            "| 空氣與水質監測 | 9.4 | 24.9 | 19.6% |\n"
            "| 野火、洪水與乾旱預警 | 13.1 | 41.2 | 21.0% |\n"
            "| 總計 | 70.1 | 229.3 | 21.8% |\n"
            "註：F為預測值；不含氣象衛星、雷達等硬體。資料來源：維港氣候研究，2025年6月。"
        ),
        obs=[
            ("AI天氣預報", 2024, 14.2, "USD 100 million", "actual"),
            ("AI天氣預報", 2030, 52.8, "USD 100 million", "estimate"),
            ("氣候風險與巨災分析", 2024, 21.6, "USD 100 million", "actual"),
            ("氣候風險與巨災分析", 2030, 63.0, "USD 100 million", "estimate"),
            ("碳盤查與排放追蹤", 2024, 11.8, "USD 100 million", "actual"),
            ("碳盤查與排放追蹤", 2030, 47.4, "USD 100 million", "estimate"),
            ("空氣與水質監測", 2024, 9.4, "USD 100 million", "actual"),
            ("空氣與水質監測", 2030, 24.9, "USD 100 million", "estimate"),
            ("野火、洪水與乾旱預警", 2024, 13.1, "USD 100 million", "actual"),
            ("野火、洪水與乾旱預警", 2030, 41.2, "USD 100 million", "estimate"),
            ("總計", 2024, 70.1, "USD 100 million", "actual"),
            ("總計", 2030, 229.3, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 24.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 26.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # (52.8 / 14.2) ** (1/6) - 1 = 24.47% -> 24.5
            ("cagr|implied", "exact"),         # (63.0 / 21.6) ** (1/6) - 1 = 19.53% -> 19.5
            ("cagr|implied", "exact"),         # (47.4 / 11.8) ** (1/6) - 1 = 26.08% -> 26.1
            ("cagr|implied", "inconsistent"),  # (24.9 / 9.4) ** (1/6) - 1 = 17.63%; bounds (24.85 / 9.45) -> 17.49% ..
                                               # (24.95 / 9.35) -> 17.77%: 19.6 unreachable
            ("cagr|implied", "exact"),         # (41.2 / 13.1) ** (1/6) - 1 = 21.04% -> 21.0
            ("cagr|implied", "exact"),         # (229.3 / 70.1) ** (1/6) - 1 = 21.84% -> 21.8
            ("hierarchy", "exact"),            # 2024: 14.2 + 21.6 + 11.8 + 9.4 + 13.1 = 70.1
            ("hierarchy", "exact"),            # 2030F: 52.8 + 63.0 + 47.4 + 24.9 + 41.2 = 229.3
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-seventy-fifth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 10, 'exact': 75}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'LONDON, 3 February 2025 /PRNewswire/ --',
    '£1.1 billion by 2030',
    'some 34% of the total',
    'first-quarter 2025 losses of USD 53 billion',
    'US$420 million (A$640 million)',
    "puts last year's market higher, at US$510 million",
    'total addressable market',
    'a 2.5x expansion that compounds at roughly 20% a year',
    'in FY2024 from US$138 million in FY2023',
    'By 2030 we see USD 6-8bn.',
    'was worth €2.4 billion last year',
    'more than fivefold its 2019 level',
    '(previously USD 560 million)',
    '同比增长31.4%',
    '力争全省产业规模突破300亿元,较2023年增长2倍',
    '新台幣86億元',
    '預計今年增至14.9億港元',
    '另一家研究機構亞太永續研究則估計今年市場約38億美元',
    '较2021年增长近2倍',
    '约占四成',
    '明年市场规模将超过45亿元',
    '| Total | 2.39 | 2.95 | 3.63 | 5.41 |',
    'Figures rounded; totals may not add.',
    'Fiscal year\tUSD million\tYoY growth (%)',
    '合计\t15.8\t20.7\t26.8\t34.1\t42.5',
    '| 2025F | 236 | 170 | 63 | 469 |',
    'total addressable market for AI-driven physical climate-risk',
    'roughly 17% compound growth over 2024-2030',
    'a compound annual growth rate of 18.9%',
    '₹2,150 crore in FY2024 (~US$258 million)',
    'US$1.46bn (2024) -> US$4.2bn (2030F)',
    'Asia-Pacific: US$0.39bn in 2024, 27% of global',
    'the correct figure is $2.4 billion',
    'rise about 16% this year, to $2.77 billion',
    'roughly double again by 2027',
    'Another shop, BlueDelta Research, claims',
    'between EUR 3.1 billion and EUR 3.6 billion in 2030',
    'up 31% from EUR 1.02 billion a year earlier',
    '預估2025年將達新台幣48.6億元，年增24%',
    '去年規模約12.5億港元',
    '較2023年增長3倍',
    '力争全省生态环境智能监测产业规模突破200亿元',
    '目标价48元，较现价有23%上行空间',
    '是2021年的4倍多',
    '总潜在市场（TAM）2024年约为120亿元',
    '合计\t75.9\t96.3\t121.7',
    '2025F             133       27.9',
    '| Global total | 513.5 | 100.0% |',
    '| 2024-30年複合成長率 |',
)
LAYOUT = (40, 13, 13, 14)
#: the set's blind score (written without reading or running the extractor, and kept unread): 230
#: figures, 54 rates, 86 verdicts and 3 false inconsistent
#: after the readings chosen on the hundred-and-seventy-second and -fourth sets
#: (it kept unread): 233, 54, 87 and 2
FLOORS = {"figures_found": 234, "rates_found": 54, "verdicts_right": 89}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset175.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
