"""A two-hundred-and-ninth check set for the extractor, written blind: AI in elderly care and ageing: AI fall detection and
remote monitoring for seniors, AI companion robots and voice assistants for older people, AI care-planning and
scheduling software for care homes and home-care agencies, AI medication-adherence tools, AI for dementia screening in
community settings; sized in money by ageing-policy bodies, care-home and home-care associations, insurers' long-term-
care units, brokers, consultancies, research houses and vendors' investor days, in Japan, South Korea, the United
States, the United Kingdom, Germany, the Netherlands, Sweden, Australia, Singapore, mainland China, Taiwan and Hong Kong
(currencies: US dollars, yen, euros, pounds, Australian dollars only as an aside, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a
careful reader leaves out: total eldercare or long-term-care spending beside the AI part, numbers of older people, beds,
care homes or carers, a vendor's own revenue or margin, a device's unit price, a funding round and valuation, a
quarter's figures, a survey's percentages, a pension or subsidy amount.

Snippets 1-20: Twenty market-size snippets on AI in elderly care and ageing (fall detection and remote monitoring,
companion robots and voice assistants, care-planning and scheduling software, medication-adherence tools, community
dementia screening). Eight English prose pieces: a Chicago PRNewswire release (YoY with both amounts, a CAGR with
printed span, a 2031 figure in billions converted to USD million), a Tokyo broker note in fiscal years and yen whose
CAGR span only its amounts give, a London briefing with a total and three segment shares, a Berlin article quoting two
houses (the rival's 2024 figure left out), an investor-day transcript sizing a TAM, a Hague strategy with last-
year/this-year figures and a 2030 target, a correction notice with a 2028 range, and a blog post with 'nearly tripled'
and 'more than double' multiples. Seven Chinese prose pieces: a mainland industry report, a provincial plan (力争到, 增长3倍),
a Xinhua-style story quoting two institutes (the second left out), a Taiwan white paper in 新台幣億元, a Hong Kong story in
億港元, a Taipei news-agency story with 去年/今年/明年 and a broker deep-dive with a range. Five tables: markdown with a CAGR
column, tab-separated Chinese with a 合计 row, space-aligned with a share column, a vertical year table with a YoY column
and a tab-separated segment table with a Total row. Left out everywhere: datelines, title years, table and report
numbers, headcounts of older people, carers, beds and care homes, total long-term-care spending, vendors' revenue,
margins, share targets, price targets, unit prices, funding rounds, subsidies, a quarter's figure, survey answers and
won amounts. Inconsistent: the Berlin CAGR (23.5% printed, 22.70% computed), the Taiwan CAGR (27% vs 29.31%), the German
table's 7.9% share (9.71%) and the Hong Kong table's 2024 YoY (21.9% vs 21.10%). Holding only by rounding: the Tokyo
CAGR, the London 25% share, the Hague 21% rise, the Japanese table's dementia-screening CAGR, the Hong Kong 2023 YoY and
the 2024 totals of the Chinese 合计 table and the US segment table.

Snippets 21-40: Twenty snippets (21-40) on AI in elderly care and ageing, all invented: eight English prose passages (a
U.S. vendor's earnings-call answer sizing its TAM with last-year/this-year figures, a UK working-paper abstract, a
numbered social-media thread on Japan in yen, a U.S. web article whose correction line replaces a misprinted figure, a
European annual-report letter to shareholders, Singapore investor-day slide bullets, a forum answer quoting two research
houses, a Korean broker note in won that yields claims but no observations); seven Chinese prose passages (a Xinhua-
style release, a Hangzhou municipal plan with 增长1.5倍, a Taipei research release, a Hong Kong association report in 億港元,
a PTT post, a broker abstract with a 2030 range, a results-briefing transcript); and five tables (markdown with a CAGR
column, tab-separated yen with a YoY column, space-aligned pounds with a share column, a vertical pipe table in euros
whose lone value column is headed by its unit, and a Traditional Chinese table with a 合計 row). Left out everywhere:
population and carer counts, beds and care homes, total long-term-care or social-care spending, vendors' revenue and
margins, unit prices, funding rounds, price targets, quarters, survey answers, penetration rates, subsidies, titles and
table numbers, and the second house's figure. Inconsistent: the article's 22.4% CAGR (24), the Hong Kong 26% share (32),
the 2029E hierarchy of the markdown table (36) and the German 2024 YoY of 22.8% (39). Holding only by rounding: the
working paper's 15.0% CAGR (22), the letter's inferred 'about 20%' (25), the forum's 15.2% (27), the Taipei 25.4% (31),
the markdown 25.7% row (36), the yen 28.1% YoY (37), the 10% share (38) and the 2025(E) 合計 (40); every other verdict is
exact.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Chicago wire press release: YoY growth with both amounts, CAGR with printed span; the 2031 figure in billions
    #    converted to the series' unit (USD million). Expected nowhere: the outlook's title year, the 860 surveyed
    #    operators, total US long-term services and supports spending, the 59 million people aged 65+, the $199
    #    sensor price.
    dict(
        text=(
            "CHICAGO, April 8, 2025 /PRNewswire/ -- Home-care agencies and senior-living operators in the United States "
            "spent $738 million on AI-based fall detection and remote monitoring for older adults in 2024, up 22% from "
            "$605 million in 2023, according to the 2025 Aging-in-Place Technology Outlook released today by Lakeshore "
            "Silver Economy Research. The firm, which surveyed 860 operators, forecasts the market will reach $2.45 "
            "billion in 2031, a compound annual growth rate of 18.7% over 2024-2031. Total U.S. spending on long-term "
            "services and supports ran to roughly $470 billion in 2023, and the country is home to some 59 million "
            "people aged 65 and older. A typical wearable fall sensor retails for $199."
        ),
        obs=[
            ("Total", 2023, 605, "USD million", "actual"),
            ("Total", 2024, 738, "USD million", "actual"),
            ("Total", 2031, 2450, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 18.7, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (738 / 605) ** (1 / 1) - 1 = 21.98% -> 22; bounds 21.80%..22.17%
            ("cagr|implied", "exact"),  # (2450 / 738) ** (1 / 7) - 1 = 18.70% -> 18.7; bounds 18.68%..18.71%
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion); the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), printed "roughly 22%" while the amounts give 21.42%. Expected nowhere: the dateline, the
    #    Korean market in won (a currency the unit table does not hold), long-term care insurance benefits, the 36
    #    million people aged 65+, the 570,000 care-worker shortfall, the covered company's revenue, growth, margin,
    #    target price and upside.
    dict(
        text=(
            "JAPAN CARE TECHNOLOGY \u2014 Sector update \u2014 Tokyo, 22 July 2025\n"
            "Scheduling is the new bottleneck. We estimate Japan's market for AI care-planning and shift-scheduling "
            "software for care homes and home-care providers at \u00a521.6bn in FY2024 (year to March 2025) and forecast "
            "\u00a557bn in FY2029e, a CAGR of roughly 22%. Korea's equivalent market, which we put at \u20a9410bn, is "
            "growing faster from a lower base. The spend is tiny beside the \u00a511.5trn that long-term care insurance "
            "paid out in FY2023, but with 36 million people aged 65 or over and a shortfall of some 570,000 care workers "
            "forecast, operators have little choice. Our top pick, Sakuragawa Care Systems (BUY, TP \u00a52,850, 31% "
            "upside), grew FY2024 revenue 26% to \u00a56.4bn at an 18% operating margin."
        ),
        obs=[
            ("Total", 2024, 21.6, "JPY billion", "actual"),
            ("Total", 2029, 57, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (57 / 21.6) ** (1 / 5) - 1 = 21.42% -> 21, not 22; bounds (56.5 / 21.65) ** (1/5) - 1 = 21.15%,
            # (57.5 / 21.55) ** (1/5) - 1 = 21.69% -> 22 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. London research briefing: a total and three segments with shares; the 25% share holds only by rounding.
    #    Expected nowhere: the 212 providers interviewed, English councils' adult social care spending, the 1.6 million
    #    workers, the 14,600 care homes.
    dict(
        text=(
            "LONDON, 17 June 2025 \u2014 Care homes and home-care agencies in the UK spent \u00a3164 million on AI "
            "software and devices in 2024, according to a briefing from the Wycombe Centre for Later-Life Technology. "
            "Remote monitoring and fall detection was the largest category at \u00a367 million, or 41% of the total, "
            "followed by care-planning and rostering software at \u00a348 million (29%). AI medication-adherence tools "
            "accounted for \u00a340 million, about 25%. The centre, which interviewed 212 providers, expects spending to "
            "reach \u00a3390 million by 2029. Councils in England spent \u00a323.7 billion on adult social care in "
            "2023-24, and the sector employs around 1.6 million people in some 14,600 care homes."
        ),
        obs=[
            ("Total", 2024, 164, "GBP million", "actual"),
            ("Remote monitoring and fall detection", 2024, 67, "GBP million", "actual"),
            ("Care-planning and rostering software", 2024, 48, "GBP million", "actual"),
            ("AI medication-adherence tools", 2024, 40, "GBP million", "actual"),
            ("Total", 2029, 390, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 41, "percent", 2024, 2024, None),
            ("share", 29, "percent", 2024, 2024, None),
            ("share", 25, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 67 / 164 = 40.85% -> 41; bounds 40.43%..41.28%
            ("arithmetic", "exact"),  # 48 / 164 = 29.27% -> 29; bounds 28.88%..29.66%
            # 40 / 164 = 24.39% -> 24, not 25; bounds 39.5 / 164.5 = 24.01%, 40.5 / 163.5 = 24.77% -> 25 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Berlin trade article quoting two research houses: the first house's base, target and CAGR with printed span
    #    (23.5% printed, 22.70% computed: inconsistent). Expected nowhere: the rival house's 2024 figure (EUR 118
    #    million), the 5.7 million people in need of care, statutory care insurance benefits, the start-up's Series B
    #    and valuation.
    dict(
        text=(
            "BERLIN, 9 April 2025 \u2014 Germany's market for AI companion robots and voice assistants for older people "
            "reached \u20ac142 million in 2024, according to Rheinfeld Marktforschung, which expects it to climb to "
            "\u20ac395 million by 2029, a compound annual growth rate of 23.5% between 2024 and 2029. Rival house Elbtal "
            "Insights puts the 2024 market at a more modest \u20ac118 million. Demand is driven by demographics: some 5.7 "
            "million Germans are now classed as in need of long-term care, and statutory care insurance paid out about "
            "\u20ac59 billion in benefits in 2024. Munich start-up Omasprech GmbH, whose tablet companion talks residents "
            "through their day, closed a \u20ac24 million Series B this month at a \u20ac180 million valuation."
        ),
        obs=[
            ("Total", 2024, 142, "EUR million", "actual"),
            ("Total", 2029, 395, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 23.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (395 / 142) ** (1 / 5) - 1 = 22.70% -> 22.7, not 23.5; bounds (394.5 / 142.5) ** (1/5) - 1 = 22.59%,
            # (395.5 / 141.5) ** (1/5) - 1 = 22.82% -> 23.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. New York investor-day transcript: the company's TAM is the market (Total), 2024 actual and 2030 target in
    #    USD billion, a CAGR with printed span. Expected nowhere: the company's 8% share ambition, its own revenue and
    #    gross margin, units shipped, the average selling price, the 14,000 care facilities served.
    dict(
        text=(
            "Transcript excerpt, Halcyon Care Robotics Investor Day, New York, March 6, 2025\n"
            "Priya Raman, Chief Strategy Officer: Let me start with the size of the prize. We put the total addressable "
            "market for AI remote monitoring and companion devices for seniors across the U.S., Japan and Western Europe "
            "at $11.8 billion in 2024, and we see it reaching $27.5 billion by 2030. That's a compound annual growth "
            "rate of about 15% over 2024 to 2030. We think we can win 8% of that TAM by the end of the decade. For "
            "reference, our own revenue last year was $412 million at a 61% gross margin, we shipped about 1.3 million "
            "units at an average selling price near $320, and we now serve some 14,000 care facilities."
        ),
        obs=[
            ("Total", 2024, 11.8, "USD billion", "actual"),
            ("Total", 2030, 27.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.5 / 11.8) ** (1 / 6) - 1 = 15.14% -> 15; bounds 15.03%..15.26%
        ],
    ),
    # 6. The Hague national strategy: "last year" = 2024 (actual), "this year" = 2025 (estimate), a 2030 target
    #    (estimate); the 21% rise holds only by rounding. Expected nowhere: the 3.7 million residents aged 65+, the
    #    2,300 nursing-home locations, total Wlz long-term care spending, the EUR 45 million subsidy pot.
    dict(
        text=(
            "THE HAGUE, 3 June 2025 \u2014 The Dutch health ministry's strategy 'Langer Thuis met Slimme Zorg', presented "
            "today, says care providers spent \u20ac88 million on AI tools for older people last year, from sensor-based "
            "fall detection to dementia-screening apps used by district nurses, and expects that to reach \u20ac107 "
            "million this year, an increase of 21%. The strategy sets a target of \u20ac250 million a year by 2030. The "
            "Netherlands has 3.7 million residents aged 65 and over and about 2,300 nursing-home locations, and total "
            "long-term care spending under the Wlz came to \u20ac33 billion last year. The plan also sets aside a "
            "\u20ac45 million subsidy pot for small home-care providers."
        ),
        obs=[
            ("Total", 2024, 88, "EUR million", "actual"),
            ("Total", 2025, 107, "EUR million", "estimate"),
            ("Total", 2030, 250, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (107 / 88) ** (1 / 1) - 1 = 21.59% -> 22, not 21; bounds 106.5 / 88.5 - 1 = 20.34%,
            # 107.5 / 87.5 - 1 = 22.86% -> 21 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 7. US correction notice: the corrected 2028 range gives two value claims (USD million); a YoY rise with both
    #    amounts. Expected nowhere: the correction's date, the earlier wrong range ($78-92 million), the 7.2 million
    #    (and wrong 72 million) Americans with Alzheimer's dementia.
    dict(
        text=(
            "Correction, Oct. 2, 2025: An earlier version of this article misstated Marlow & Finch Advisory's forecast for "
            "AI dementia-screening tools used in U.S. community clinics and senior centers. The firm expects the market "
            "to be worth between $780 million and $920 million in 2028, not between $78 million and $92 million. "
            "Spending on the tools rose 27% to $312 million in 2024 from $246 million in 2023. The article also gave the "
            "wrong figure for Americans living with Alzheimer's dementia; it is about 7.2 million, not 72 million."
        ),
        obs=[
            ("Total", 2023, 246, "USD million", "actual"),
            ("Total", 2024, 312, "USD million", "actual"),
        ],
        claims=[
            ("value", 780, "USD million", 2028, 2028, None),
            ("value", 920, "USD million", 2028, 2028, None),
            ("growth", 27, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (312 / 246) ** (1 / 1) - 1 = 26.83% -> 27; bounds 26.37%..27.29%
        ],
    ),
    # 8. UK blog post with two multiples ("nearly tripled" 2021-2024 as x3, "more than double again by 2028" as x2);
    #    multiples get no verdict. Expected nowhere: the posting date, the GBP 299 dispenser price, the start-up's
    #    GBP 8 million round, the 1.2 million over-65s on ten or more medicines, NHS prescription spending.
    dict(
        text=(
            "The Care Tech Notebook \u2014 posted 9 September 2025\n"
            "Why Gran's pillbox got clever. UK spending on AI medication-adherence tools, from smart dispensers that chime "
            "when a dose is missed to apps that flag a skipped statin to the GP, nearly tripled between 2021 and 2024, "
            "from \u00a319 million to \u00a354 million, by the reckoning of Penrose Care Analytics. Penrose thinks it "
            "will more than double again by 2028, to \u00a3118 million. A connected dispenser now costs about \u00a3299, "
            "and one start-up, PillPal, raised \u00a38 million last spring. The numbers of people involved are large: "
            "roughly 1.2 million over-65s in England take ten or more medicines a day, and the NHS spends around \u00a310 "
            "billion a year on primary-care prescriptions."
        ),
        obs=[
            ("Total", 2021, 19, "GBP million", "actual"),
            ("Total", 2024, 54, "GBP million", "actual"),
            ("Total", 2028, 118, "GBP million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
            ("multiple", 2, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): 同比增长 with the base in brackets, a part with its share, a CAGR with
    #    printed span. Expected nowhere: the report's title year, the 3.1亿 people aged 60+, the 820万 beds, the 41%
    #    survey answer.
    dict(
        text=(
            "《2025中国智慧康养人工智能产业发展报告》近日在沪发布。报告显示,2024年我国养老领域人工智能应用市场规模"
            "达到68.4亿元,同比增长27.6%(2023年为53.6亿元)。其中,AI跌倒监测与远程照护设备市场规模为24.9亿元,"
            "占比36.4%,为第一大细分领域。报告预计,到2029年该市场规模将达到203.1亿元,2024—2029年复合增长率为"
            "24.3%。报告同时指出,截至2024年底全国60周岁及以上老年人口超过3.1亿,养老机构床位约820万张;受访老年人中"
            "有41%表示愿意尝试AI陪伴机器人。"
        ),
        obs=[
            ("Total", 2023, 53.6, "CNY 100 million", "actual"),
            ("Total", 2024, 68.4, "CNY 100 million", "actual"),
            ("AI跌倒监测与远程照护设备", 2024, 24.9, "CNY 100 million", "actual"),
            ("Total", 2029, 203.1, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.6, "percent", 2023, 2024, 1.0),
            ("share", 36.4, "percent", 2024, 2024, None),
            ("cagr", 24.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (68.4 / 53.6) ** (1 / 1) - 1 = 27.61% -> 27.6; bounds 27.40%..27.82%
            ("arithmetic", "exact"),  # 24.9 / 68.4 = 36.40% -> 36.4; bounds 36.30%..36.50%
            ("cagr|implied", "exact"),  # (203.1 / 68.4) ** (1 / 5) - 1 = 24.32% -> 24.3; bounds 24.29%..24.34%
        ],
    ),
    # 10. Provincial action plan (Simplified): a 2025 goal and a 力争到2027年 target (突破150亿元, at its printed figure),
    #     both estimates; 较2023年的37.5亿元增长3倍 is a multiple x3 over four years, no verdict. Expected nowhere: the
    #     plan's title years, the 300 smart care homes and 50 firms, the 70% nursing-bed ratio (no share of the
    #     market), the 1万元 per-bed subsidy.
    dict(
        text=(
            "江苏省近日印发《人工智能+智慧养老行动计划(2024—2027年)》。计划提出,到2025年,全省人工智能养老服务产业"
            "规模达到65亿元;力争到2027年,产业规模突破150亿元,较2023年的37.5亿元增长3倍。计划还提出,到2027年建成"
            "AI智慧养老院300家、培育照护机器人骨干企业50家,养老机构护理型床位占比提高到70%,并对新建认知障碍照护"
            "专区每张床位给予一次性补助1万元。"
        ),
        obs=[
            ("Total", 2023, 37.5, "CNY 100 million", "actual"),
            ("Total", 2025, 65, "CNY 100 million", "estimate"),
            ("Total", 2027, 150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes: the first gives base, 2024 figure, target and rates;
    #     the second institute's 2024 figure (约27亿元) is expected nowhere. Also nowhere: the dateline, the 2.2亿
    #     people aged 65+, the 40.6万 care institutions and facilities.
    dict(
        text=(
            "新华社北京3月18日电(记者李明哲)记者18日从中康老龄科技研究院获悉,2024年我国AI养老陪伴机器人及智能语音"
            "助手市场规模为31.2亿元,比2023年的23.1亿元增长35.1%。该院预计,到2028年市场规模将增至96.5亿元,"
            "2024—2028年年均复合增长率为32.6%。另据华康智库测算,2024年该市场规模约为27亿元。截至2024年底,我国65"
            "周岁及以上老年人口约2.2亿,全国共有各类养老机构和设施约40.6万个。"
        ),
        obs=[
            ("Total", 2023, 23.1, "CNY 100 million", "actual"),
            ("Total", 2024, 31.2, "CNY 100 million", "actual"),
            ("Total", 2028, 96.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35.1, "percent", 2023, 2024, 1.0),
            ("cagr", 32.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31.2 / 23.1) ** (1 / 1) - 1 = 35.06% -> 35.1; bounds 34.56%..35.57%
            ("cagr|implied", "exact"),  # (96.5 / 31.2) ** (1 / 4) - 1 = 32.62% -> 32.6; bounds 32.54%..32.69%
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元 (TWD 100 million): YoY with both amounts; the printed 約27%
    #     CAGR over 2024-2028 is inconsistent with 29.31%. Expected nowhere: the white paper's title year, the 436萬
    #     people aged 65+ and their 18.9% of the population (no share of the market), the long-term care budget, the
    #     1,100 institutions.
    dict(
        text=(
            "《2025臺灣高齡科技產業白皮書》指出,2024年國內長照機構與居家服務單位導入AI照護計畫與排班軟體的市場規模約"
            "新台幣18.6億元,較2023年的14.2億元成長31.0%;白皮書預估,2028年市場規模將達新台幣52億元,2024至2028年"
            "年複合成長率約27%。白皮書同時指出,全台65歲以上人口已逾436萬人,約占總人口18.9%,長照十年計畫2.0今年"
            "預算達新台幣828億元,全國長照機構約1,100家。"
        ),
        obs=[
            ("Total", 2023, 14.2, "TWD 100 million", "actual"),
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("Total", 2028, 52, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.0, "percent", 2023, 2024, 1.0),
            ("cagr", 27, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 14.2) ** (1 / 1) - 1 = 30.99% -> 31.0; bounds 30.18%..31.80%
            # (52 / 18.6) ** (1 / 4) - 1 = 29.31% -> 29, not 27; bounds (51.5 / 18.65) ** (1/4) - 1 = 28.91%,
            # (52.5 / 18.55) ** (1/4) - 1 = 29.70% -> 27 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 13. Hong Kong newspaper story (Traditional) in 億港元 (HKD 100 million): 去年 = 2024 by the dateline, YoY with
    #     both amounts, a 2028 forecast (約, at its printed figure). Expected nowhere: the dateline, the 750 care homes
    #     and 7.4萬 places, the 52% survey answer, the 16億港元 subsidy scheme.
    dict(
        text=(
            "【本報訊】2025年5月14日,香港安老科技服務聯會昨日發表調查報告,指本港安老院舍及社區照顧服務單位去年在"
            "人工智能跌倒偵測及遙距監察系統上的開支達3.7億港元,較2023年的3.1億港元增長19.4%。聯會預計,有關開支至"
            "2028年將升至約8.5億港元。報告指,全港現有約750間安老院舍,提供約7.4萬個宿位;受訪院舍中有52%表示人手"
            "不足是引入科技的主因。政府安老科技資助計劃迄今已批出約16億港元資助。"
        ),
        obs=[
            ("Total", 2023, 3.1, "HKD 100 million", "actual"),
            ("Total", 2024, 3.7, "HKD 100 million", "actual"),
            ("Total", 2028, 8.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.7 / 3.1) ** (1 / 1) - 1 = 19.35% -> 19.4; bounds 15.87%..22.95%
        ],
    ),
    # 14. Taipei news-agency story (Traditional) dated 2025: 去年 = 2024 actual, 今年 = 2025 estimate (可望), 明年 =
    #     2026 estimate (突破10億元, at its printed figure); 年增26.6% with both amounts. Expected nowhere: the
    #     dateline, the 37% of pharmacies (survey answer), the NT$4,990 device price, 四成 of seniors (a fraction in
    #     words, no share of the market).
    dict(
        text=(
            "(中央社記者陳映蓉台北2025年8月12日電)台灣智慧長照產業研究中心今天發布報告指出,國內AI用藥提醒與智慧藥盒"
            "市場去年規模為新台幣6.4億元,今年可望成長至8.1億元,年增26.6%,明年有望突破10億元。研究中心調查也發現,"
            "受訪的社區藥局中有37%已提供智慧藥盒租借服務;一台智慧藥盒售價約新台幣4,990元。國內65歲以上長者中,約有"
            "四成同時服用5種以上藥物。"
        ),
        obs=[
            ("Total", 2024, 6.4, "TWD 100 million", "actual"),
            ("Total", 2025, 8.1, "TWD 100 million", "estimate"),
            ("Total", 2026, 10, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.1 / 6.4) ** (1 / 1) - 1 = 26.56% -> 26.6; bounds 24.81%..28.35%
        ],
    ),
    # 15. Mainland broker deep-dive (Simplified): 同比增长 with its base, a 2027 range (20亿—24亿元) giving two value
    #     claims. Expected nowhere: the report date, the covered company's rating, target price, 26% upside, revenue
    #     and gross margin, the 1,500万 patients, the 20% screening coverage (a penetration rate).
    dict(
        text=(
            "【华岳证券深度报告】AI认知症筛查:社区养老的下一个入口(2025年7月8日)\n"
            "我们测算,2024年我国社区场景AI认知障碍筛查市场规模为9.8亿元,同比增长21%(2023年为8.1亿元)。随着各地将"
            "认知功能筛查纳入老年人健康管理服务,我们预计2027年市场规模将达到20亿—24亿元。首次覆盖康脑科技,给予"
            "“买入”评级,目标价38.5元,较现价有26%上涨空间;公司2024年营收3.2亿元,毛利率58%。据估算,我国60岁及以上"
            "认知障碍患者约1,500万人,社区筛查覆盖率不足20%。"
        ),
        obs=[
            ("Total", 2023, 8.1, "CNY 100 million", "actual"),
            ("Total", 2024, 9.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("value", 20, "CNY 100 million", 2027, 2027, None),
            ("value", 24, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.8 / 8.1) ** (1 / 1) - 1 = 20.99% -> 21; bounds 19.63%..22.36%
        ],
    ),
    # 16. Markdown table (Japan, JPY billion) with a stated CAGR column (span in the header) and a Total row; 2030F
    #     figures are estimates; the dementia-screening CAGR (24.9% printed, 24.40% computed) holds only by rounding.
    #     Expected nowhere: the table number, the source's date.
    dict(
        text=(
            "Table 3: Japan AI eldercare market by segment (\u00a5 billion)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| Fall detection & remote monitoring | 16.4 | 41.2 | 16.6% |\n"
            "| Companion robots & voice assistants | 7.8 | 24.6 | 21.1% |\n"
            "| Care-planning & scheduling software | 21.6 | 57.6 | 17.8% |\n"
            "| Medication-adherence tools | 3.9 | 10.9 | 18.7% |\n"
            "| Dementia screening | 1.7 | 6.3 | 24.9% |\n"
            "| Total | 51.4 | 140.6 | 18.3% |\n"
            "Source: Kisaragi Research Institute, March 2025. F = forecast."
        ),
        obs=[
            ("Fall detection & remote monitoring", 2024, 16.4, "JPY billion", "actual"),
            ("Fall detection & remote monitoring", 2030, 41.2, "JPY billion", "estimate"),
            ("Companion robots & voice assistants", 2024, 7.8, "JPY billion", "actual"),
            ("Companion robots & voice assistants", 2030, 24.6, "JPY billion", "estimate"),
            ("Care-planning & scheduling software", 2024, 21.6, "JPY billion", "actual"),
            ("Care-planning & scheduling software", 2030, 57.6, "JPY billion", "estimate"),
            ("Medication-adherence tools", 2024, 3.9, "JPY billion", "actual"),
            ("Medication-adherence tools", 2030, 10.9, "JPY billion", "estimate"),
            ("Dementia screening", 2024, 1.7, "JPY billion", "actual"),
            ("Dementia screening", 2030, 6.3, "JPY billion", "estimate"),
            ("Total", 2024, 51.4, "JPY billion", "actual"),
            ("Total", 2030, 140.6, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 24.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (41.2 / 16.4) ** (1 / 6) - 1 = 16.59% -> 16.6; bounds 16.51%..16.68%
            ("cagr|implied", "exact"),  # (24.6 / 7.8) ** (1 / 6) - 1 = 21.10% -> 21.1; bounds 20.93%..21.27%
            ("cagr|implied", "exact"),  # (57.6 / 21.6) ** (1 / 6) - 1 = 17.76% -> 17.8; bounds 17.70%..17.82%
            ("cagr|implied", "exact"),  # (10.9 / 3.9) ** (1 / 6) - 1 = 18.68% -> 18.7; bounds 18.34%..19.03%
            # (6.3 / 1.7) ** (1 / 6) - 1 = 24.40% -> 24.4, not 24.9; bounds (6.25 / 1.75) ** (1/6) - 1 = 23.63%,
            # (6.35 / 1.65) ** (1/6) - 1 = 25.18% -> 24.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (140.6 / 51.4) ** (1 / 6) - 1 = 18.26% -> 18.3; bounds 18.23%..18.29%
            ("hierarchy", "exact"),  # 2024: 16.4 + 7.8 + 21.6 + 3.9 + 1.7 = 51.4
            ("hierarchy", "exact"),  # 2030F: 41.2 + 24.6 + 57.6 + 10.9 + 6.3 = 140.6
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 万元 (CNY 10 thousand) with a 合计 row; 2025年E is an estimate;
    #     the 2024 合计 (12651) exceeds the rows' sum (12650) but holds by rounding. Expected nowhere: the table
    #     number, the title's year span.
    dict(
        text=(
            "表4 2023—2025年苏州市智慧养老人工智能服务采购规模(单位:万元)\n"
            "服务类别\t2023年\t2024年\t2025年E\n"
            "AI跌倒监测与远程看护\t4820\t6310\t8050\n"
            "智能陪伴机器人\t2150\t2980\t3920\n"
            "照护计划与排班系统\t1630\t2240\t2870\n"
            "社区认知症AI筛查\t760\t1120\t1510\n"
            "合计\t9360\t12651\t16350\n"
            "注:2025年E为预测值;数据来源:苏城养老产业研究院。"
        ),
        obs=[
            ("AI跌倒监测与远程看护", 2023, 4820, "CNY 10 thousand", "actual"),
            ("AI跌倒监测与远程看护", 2024, 6310, "CNY 10 thousand", "actual"),
            ("AI跌倒监测与远程看护", 2025, 8050, "CNY 10 thousand", "estimate"),
            ("智能陪伴机器人", 2023, 2150, "CNY 10 thousand", "actual"),
            ("智能陪伴机器人", 2024, 2980, "CNY 10 thousand", "actual"),
            ("智能陪伴机器人", 2025, 3920, "CNY 10 thousand", "estimate"),
            ("照护计划与排班系统", 2023, 1630, "CNY 10 thousand", "actual"),
            ("照护计划与排班系统", 2024, 2240, "CNY 10 thousand", "actual"),
            ("照护计划与排班系统", 2025, 2870, "CNY 10 thousand", "estimate"),
            ("社区认知症AI筛查", 2023, 760, "CNY 10 thousand", "actual"),
            ("社区认知症AI筛查", 2024, 1120, "CNY 10 thousand", "actual"),
            ("社区认知症AI筛查", 2025, 1510, "CNY 10 thousand", "estimate"),
            ("合计", 2023, 9360, "CNY 10 thousand", "actual"),
            ("合计", 2024, 12651, "CNY 10 thousand", "actual"),
            ("合计", 2025, 16350, "CNY 10 thousand", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 4820 + 2150 + 1630 + 760 = 9360
            # 2024: 6310 + 2980 + 2240 + 1120 = 12650, not 12651; parts' slack 4 x 0.5 = 2, total's 0.5 -> bounds
            # 12648..12652 vs 12650.5..12651.5 overlap -> by rounding only
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 8050 + 3920 + 2870 + 1510 = 16350
        ],
    ),
    # 18. Space-aligned table (Germany, EUR million, 2024 from the title) with a share column and a Total row; the
    #     7.9% share of medication-adherence tools is inconsistent (9.71%); the 100.0% total is no claim. Expected
    #     nowhere: the monitor's issue number and year.
    dict(
        text=(
            "German market for AI in elderly care by segment, 2024\n"
            "Segment                                  EUR m     Share\n"
            "Fall detection & remote monitoring        61.4     38.2%\n"
            "Companion robots & voice assistants       38.7     24.1%\n"
            "Care-planning & scheduling software       34.9     21.7%\n"
            "Medication-adherence tools                15.6      7.9%\n"
            "Dementia screening                        10.1      6.3%\n"
            "Total                                    160.7    100.0%\n"
            "Source: Nordmark Pflegeoekonomie, Marktmonitor Nr. 12 (2025)"
        ),
        obs=[
            ("Fall detection & remote monitoring", 2024, 61.4, "EUR million", "actual"),
            ("Companion robots & voice assistants", 2024, 38.7, "EUR million", "actual"),
            ("Care-planning & scheduling software", 2024, 34.9, "EUR million", "actual"),
            ("Medication-adherence tools", 2024, 15.6, "EUR million", "actual"),
            ("Dementia screening", 2024, 10.1, "EUR million", "actual"),
            ("Total", 2024, 160.7, "EUR million", "actual"),
        ],
        claims=[
            ("share", 38.2, "percent", 2024, 2024, None),
            ("share", 24.1, "percent", 2024, 2024, None),
            ("share", 21.7, "percent", 2024, 2024, None),
            ("share", 7.9, "percent", 2024, 2024, None),
            ("share", 6.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 61.4 / 160.7 = 38.21% -> 38.2; bounds 38.16%..38.25%
            ("arithmetic", "exact"),  # 38.7 / 160.7 = 24.08% -> 24.1; bounds 24.04%..24.12%
            ("arithmetic", "exact"),  # 34.9 / 160.7 = 21.72% -> 21.7; bounds 21.68%..21.76%
            # 15.6 / 160.7 = 9.71% -> 9.7, not 7.9; bounds 15.55 / 160.75 = 9.67%, 15.65 / 160.65 = 9.74% -> no reading
            ("arithmetic", "inconsistent"),
            ("arithmetic", "exact"),  # 10.1 / 160.7 = 6.29% -> 6.3; bounds 6.25%..6.32%
            ("hierarchy", "exact"),  # 61.4 + 38.7 + 34.9 + 15.6 + 10.1 = 160.7
        ],
    ),
    # 19. Vertical space-aligned table (Hong Kong), rows are years, a lone value column headed by its unit only
    #     (HK$ m -> Total, HKD million) and a YoY column; 2025F is an estimate. The 2023 YoY (23.5%) holds only by
    #     rounding, the 2024 YoY (21.9%) is inconsistent. Expected nowhere: the 1.7 million residents aged 65+.
    dict(
        text=(
            "Hong Kong: spending on AI fall detection and remote monitoring in residential care homes\n"
            "Year     HK$ m     YoY\n"
            "2020     42.5      -\n"
            "2021     55.1      29.6%\n"
            "2022     68.0      23.4%\n"
            "2023     83.9      23.5%\n"
            "2024     101.6     21.9%\n"
            "2025F    122.4     20.5%\n"
            "Source: Victoria Harbour Ageing Research; F = forecast. Memo: Hong Kong had about 1.7 million residents "
            "aged 65 and over in 2024."
        ),
        obs=[
            ("Total", 2020, 42.5, "HKD million", "actual"),
            ("Total", 2021, 55.1, "HKD million", "actual"),
            ("Total", 2022, 68.0, "HKD million", "actual"),
            ("Total", 2023, 83.9, "HKD million", "actual"),
            ("Total", 2024, 101.6, "HKD million", "actual"),
            ("Total", 2025, 122.4, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", 29.6, "percent", 2020, 2021, 1.0),
            ("growth", 23.4, "percent", 2021, 2022, 1.0),
            ("growth", 23.5, "percent", 2022, 2023, 1.0),
            ("growth", 21.9, "percent", 2023, 2024, 1.0),
            ("growth", 20.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 55.1 / 42.5 - 1 = 29.65% (29.647) -> 29.6; bounds 29.38%..29.92%
            ("cagr|implied", "exact"),  # 68.0 / 55.1 - 1 = 23.41% -> 23.4; bounds 23.21%..23.61%
            # 83.9 / 68.0 - 1 = 23.38% -> 23.4, not 23.5; bounds 83.85 / 68.05 - 1 = 23.22%,
            # 83.95 / 67.95 - 1 = 23.55% -> 23.5 reached only by some reading
            ("cagr|implied", "rounding"),
            # 101.6 / 83.9 - 1 = 21.10% -> 21.1, not 21.9; bounds 101.55 / 83.95 - 1 = 20.96%,
            # 101.65 / 83.85 - 1 = 21.23% -> 21.9 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 122.4 / 101.6 - 1 = 20.47% -> 20.5; bounds 20.36%..20.58%
        ],
    ),
    # 20. Tab-separated English segment table (US, USD million) with a Total row; 2025E is an estimate; the 2024
    #     Total (579) exceeds the rows' sum (578) but holds by rounding. Expected nowhere: the exhibit number, the Q1
    #     2025 quarter's figure, US nursing-home spending.
    dict(
        text=(
            "Exhibit 5. U.S. spending on AI tools for senior care, by segment (USD million)\n"
            "Segment\t2023\t2024\t2025E\n"
            "Fall detection and remote monitoring\t148\t187\t232\n"
            "Companion robots and voice assistants\t96\t124\t158\n"
            "Care-planning and scheduling software\t131\t162\t199\n"
            "Medication adherence\t54\t71\t92\n"
            "Dementia screening\t23\t34\t49\n"
            "Total\t452\t579\t730\n"
            "Source: Ridgeline Senior Tech Tracker. Note: Q1 2025 spending was $161 million; U.S. nursing-home spending "
            "was about $200 billion in 2023."
        ),
        obs=[
            ("Fall detection and remote monitoring", 2023, 148, "USD million", "actual"),
            ("Fall detection and remote monitoring", 2024, 187, "USD million", "actual"),
            ("Fall detection and remote monitoring", 2025, 232, "USD million", "estimate"),
            ("Companion robots and voice assistants", 2023, 96, "USD million", "actual"),
            ("Companion robots and voice assistants", 2024, 124, "USD million", "actual"),
            ("Companion robots and voice assistants", 2025, 158, "USD million", "estimate"),
            ("Care-planning and scheduling software", 2023, 131, "USD million", "actual"),
            ("Care-planning and scheduling software", 2024, 162, "USD million", "actual"),
            ("Care-planning and scheduling software", 2025, 199, "USD million", "estimate"),
            ("Medication adherence", 2023, 54, "USD million", "actual"),
            ("Medication adherence", 2024, 71, "USD million", "actual"),
            ("Medication adherence", 2025, 92, "USD million", "estimate"),
            ("Dementia screening", 2023, 23, "USD million", "actual"),
            ("Dementia screening", 2024, 34, "USD million", "actual"),
            ("Dementia screening", 2025, 49, "USD million", "estimate"),
            ("Total", 2023, 452, "USD million", "actual"),
            ("Total", 2024, 579, "USD million", "actual"),
            ("Total", 2025, 730, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 148 + 96 + 131 + 54 + 23 = 452
            # 2024: 187 + 124 + 162 + 71 + 34 = 578, not 579; parts' slack 5 x 0.5 = 2.5, total's 0.5 -> bounds
            # 575.5..580.5 vs 578.5..579.5 overlap -> by rounding only
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 232 + 158 + 199 + 92 + 49 = 730
        ],
    ),
    # 21. U.S. vendor earnings-call Q&A (English prose): the CEO sizes the TAM (Total) at ~$4.2bn "this year" (2025 from
    #     the call's date, an estimate), $3.4bn "last year" (2024, actual) and $9.8bn by 2030; YoY 24% and a CAGR with
    #     printed span 2025-2030. Expected nowhere: the call's date, the third-quarter revenue and its 22% growth (a
    #     quarter and the company's own revenue), the 58% gross margin, the 2,300 communities, the $249 hub price.
    dict(
        text=(
            "Harbor Lane Health (NASDAQ: HLNH) Q3 2025 earnings call, November 6, 2025, question-and-answer session.\n"
            "Analyst, Whitcombe Securities: Can you frame the size of the opportunity for us?\n"
            "Chief executive Daniel Okafor: Sure. We size the U.S. total addressable market for AI fall detection and "
            "remote monitoring for older adults, at home and in senior living, at roughly $4.2 billion this year, up "
            "about 24% from $3.4 billion last year. We think it gets to $9.8 billion by 2030, which is a compound "
            "annual growth rate of around 18.5% from 2025 to 2030. For us, third-quarter revenue was $61.3 million, up "
            "22%, at a 58% gross margin, and we are now live in about 2,300 senior-living communities. Our bedside hub "
            "sells for $249, and most families still pay for it out of pocket."
        ),
        obs=[
            ("Total", 2024, 3.4, "USD billion", "actual"),
            ("Total", 2025, 4.2, "USD billion", "estimate"),
            ("Total", 2030, 9.8, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
            ("cagr", 18.5, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.2 / 3.4) ** (1 / 1) - 1 = 23.53% -> 24
            ("cagr|implied", "exact"),  # (9.8 / 4.2) ** (1 / 5) - 1 = 18.47% -> 18.5
        ],
    ),
    # 22. UK working-paper abstract (English prose): £212m (2023) and £265m (2024) with a 25% YoY, £610m in 2030 with a
    #     15.0% CAGR over 2024-2030 that holds only by rounding. Expected nowhere: the paper number and date, the 1,912
    #     providers, the £23.7bn adult-social-care spending, the 38% survey answer, the 131,000 vacancies, JEL codes.
    dict(
        text=(
            "Centre for Ageing and Care Economics, Working Paper No. 25/07 (March 2025). Algorithms at the bedside: "
            "AI care-planning and rostering software in English social care. Abstract: Using procurement records from "
            "1,912 providers, we estimate that English care homes and home-care agencies spent \u00a3212 million on AI "
            "care-planning and rostering software in 2023 and \u00a3265 million in 2024, a year-on-year increase of 25%. "
            "That is a sliver of the \u00a323.7 billion local authorities spent on adult social care. On current adoption "
            "curves we project spending of \u00a3610 million in 2030, a compound annual growth rate of 15.0% over "
            "2024-2030. Gains are uneven: 38% of registered managers report that the tools cut rota-planning time, yet "
            "we find no evidence that adoption has reduced the 131,000 vacant care-worker posts. JEL: I18, J14, O33."
        ),
        obs=[
            ("Total", 2023, 212, "GBP million", "actual"),
            ("Total", 2024, 265, "GBP million", "actual"),
            ("Total", 2030, 610, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("cagr", 15.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (265 / 212) ** (1 / 1) - 1 = 25.00% -> 25
            # (610 / 265) ** (1 / 6) - 1 = 14.91% -> 14.9, not 15.0; bounds (609.5 / 265.5) ** (1/6) - 1 = 14.86%,
            # (610.5 / 264.5) ** (1/6) - 1 = 14.96% -> 15.0 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 23. Social-media thread on Japan (numbered posts, yen): ¥29.4bn FY2023, ¥38.6bn FY2024 (fiscal years count as their
    #     number), 31% YoY, ¥112bn by FY2030 and "about 2.9x" the FY2024 level (a multiple over 6 years, no verdict).
    #     Expected nowhere: the post numbers, 36.2 million people aged 65+, the ~¥11 trillion long-term-care outlays,
    #     the ¥198,000 robot price, the 41% survey answer.
    dict(
        text=(
            "1/ New numbers on Japan's AI companion robots and voice assistants for older people, from Seiran "
            "Research's annual ageing-tech survey. Short thread.\n"
            "2/ Market size hit \u00a538.6 billion in FY2024, up 31% from \u00a529.4 billion in FY2023. Chat-style "
            "companions for people living alone drove most of it.\n"
            "3/ Seiran's forecast: \u00a5112 billion by FY2030, about 2.9x the FY2024 level.\n"
            "4/ For scale: Japan has 36.2 million people aged 65 or over, and long-term-care insurance outlays run near "
            "\u00a511 trillion a year. The AI slice is still tiny.\n"
            "5/ Prices are falling too: the best-selling tabletop robot now lists at \u00a5198,000, and 41% of surveyed "
            "users say they talk to theirs every day. /end"
        ),
        obs=[
            ("Total", 2023, 29.4, "JPY billion", "actual"),
            ("Total", 2024, 38.6, "JPY billion", "actual"),
            ("Total", 2030, 112, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("multiple", 2.9, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 29.4) ** (1 / 1) - 1 = 31.29% -> 31
        ],
    ),
    # 24. U.S. web article with a correction line (English prose): $1.02bn in 2024 (the corrected figure), $2.6bn in
    #     2029 and a stated 22.4% CAGR for 2024-2029 that the amounts cannot give. Expected nowhere: the misprinted
    #     $1.2bn, the update date, 58 million Americans 65+, the $40m Series B and $310m valuation, the $499 price.
    dict(
        text=(
            "Pill reminders get smarter, and the market gets bigger. Updated July 22, 2025. U.S. spending on AI "
            "medication-adherence tools for older adults (smart dispensers, app-based reminders and pharmacist "
            "dashboards that flag missed doses) reached $1.02 billion in 2024, according to Harlow & Finch Research. "
            "The firm expects the market to reach $2.6 billion in 2029, which it describes as a compound annual growth "
            "rate of 22.4% between 2024 and 2029. Roughly 58 million Americans are 65 or older, and many take five or "
            "more prescriptions a day. Startup DoseWell raised $40 million in a Series B last month at a $310 million "
            "valuation; its countertop dispenser retails for $499.\n"
            "Correction: An earlier version of this article misstated the 2024 market size as $1.2 billion. The "
            "correct figure is $1.02 billion."
        ),
        obs=[
            ("Total", 2024, 1.02, "USD billion", "actual"),
            ("Total", 2029, 2.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (2.6 / 1.02) ** (1 / 5) - 1 = 20.58%; bounds (2.55 / 1.025) ** (1/5) - 1 = 20.00%,
            # (2.65 / 1.015) ** (1/5) - 1 = 21.16% -> 22.4 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 25. Annual-report letter to shareholders (English prose, euros): EUR 1.18bn (2023), 1.46bn (2024), 24% growth;
    #     Germany (a part, its own series in EUR million) EUR 410m = 28%; EUR 3.1bn in 2028 with "about 20%" whose span
    #     only the amounts' years give (inferred; holds only by rounding). Expected nowhere: the report's title year,
    #     the company's own net sales, 19% growth and 17% margin, the 4,600 care homes, the nine countries.
    dict(
        text=(
            "Letter to shareholders, Vardkraft AB Annual Report 2024.\n"
            "Dear shareholders,\n"
            "2024 was the year AI monitoring moved from pilot to procurement in European elderly care. By our "
            "estimate, the market for AI fall detection and remote monitoring in care homes and home care across the "
            "EU, Norway and the UK reached EUR 1.46 billion in 2024, up 24% from EUR 1.18 billion in 2023. Germany "
            "alone accounted for EUR 410 million, or 28% of the total. We expect the market to reach EUR 3.1 billion in "
            "2028, a compound growth rate of about 20% a year. Our own net sales rose 19% to EUR 212 million and our "
            "EBITDA margin widened to 17%. We now serve 4,600 care homes in nine countries, and we intend to keep "
            "investing ahead of demand."
        ),
        obs=[
            ("Total", 2023, 1.18, "EUR billion", "actual"),
            ("Total", 2024, 1.46, "EUR billion", "actual"),
            ("Germany", 2024, 410, "EUR million", "actual"),
            ("Total", 2028, 3.1, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("share", 28, "percent", 2024, 2024, None),
            ("cagr", 20, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.46 / 1.18) ** (1 / 1) - 1 = 23.73% -> 24
            ("arithmetic", "exact"),  # 410 / 1460 = 28.08% -> 28
            # (3.1 / 1.46) ** (1 / 4) - 1 = 20.71% -> 21, not 20; bounds (3.05 / 1.465) ** (1/4) - 1 = 20.12%,
            # (3.15 / 1.455) ** (1/4) - 1 = 21.30% -> 20 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 26. Singapore investor-day slide bullets (English): 2022A TAM US$410m (actual), 2025E US$780m, 2030E US$2.4bn
    #     converted to the series' unit (2,400 USD million), a stated 2022A-2025E CAGR of 24% and "~3.1x 2025E" (a
    #     multiple over 5 years, no verdict). Expected nowhere: the dateline, slide number, the 14 screening programmes,
    #     the FY2024 revenue, its 46% growth and 12% margin, 1,150 clinics, 230,000 screenings.
    dict(
        text=(
            "Kinsgate Health Investor Day, Singapore, 4 March 2025\n"
            "Slide 7: Community dementia screening in Asia-Pacific, the AI opportunity\n"
            "- 2022A TAM: US$410 million\n"
            "- 2025E TAM: US$780 million\n"
            "- 2022A-2025E CAGR: 24%\n"
            "- 2030E TAM: US$2.4 billion, ~3.1x 2025E\n"
            "- Drivers: 14 national screening programmes; tablet-based cognitive tests now cost a fraction of a clinic visit\n"
            "- Kinsgate FY2024 revenue: US$38.5 million (+46% YoY); adjusted EBITDA margin 12%\n"
            "- Installed base: 1,150 community clinics running 230,000 screenings a year"
        ),
        obs=[
            ("Total", 2022, 410, "USD million", "actual"),
            ("Total", 2025, 780, "USD million", "estimate"),
            ("Total", 2030, 2400, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2022, 2025, None, "stated"),
            ("multiple", 3.1, "multiple", 2025, 2030, 5.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (780 / 410) ** (1 / 3) - 1 = 23.91% -> 24
        ],
    ),
    # 27. Forum answer quoting two research houses (English prose): the first house (Calder: base $640m 2024, target
    #     $1.5bn 2030 converted to 1,500 USD million, CAGR 15.2% over 2024-2030) is the snippet's figure; 15.2 holds only
    #     by rounding. Expected nowhere: Northmere's $810m for the same year, 12,000 agencies, the $17 hourly wage, the
    #     $9 per-caregiver price, the 62% survey answer.
    dict(
        text=(
            "Re: How big is the market for AI scheduling in U.S. home care? Answer from caregiver_ops, posted September "
            "2025: Depends whose numbers you trust. Calder Insights puts the U.S. market for AI care-planning and "
            "scheduling software used by home-care agencies at $640 million in 2024 and expects it to reach $1.5 "
            "billion by 2030, a CAGR of 15.2% for 2024-2030. Northmere Partners counts a wider set of tools and puts "
            "2024 at $810 million. For context, there are about 12,000 Medicare-certified home-health agencies, the "
            "median aide earns about $17 an hour, and the agency I work for pays roughly $9 per caregiver per month for "
            "its scheduling tool. In a quick poll of our schedulers, 62% said the AI suggestions save them at least an "
            "hour a day."
        ),
        obs=[
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2030, 1500, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 15.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (1500 / 640) ** (1 / 6) - 1 = 15.25% -> 15.3, not 15.2; bounds ($1.5bn at 0.05bn either way)
            # (1450 / 640.5) ** (1/6) - 1 = 14.59%, (1550 / 639.5) ** (1/6) - 1 = 15.90% -> 15.2 only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Korean broker note in won (English prose): won is not in the unit table, so no observation; the 28% YoY, the
    #     stated 2024-2029 CAGR of 21.5% and the 37% home-care share are claims without verdicts (no amounts to check).
    #     Expected nowhere: ₩412bn and ₩96bn, the dateline, 10.2 million people 65+, ₩15 trillion insurance benefits, the
    #     price target and upside, the covered company's 34% revenue growth and 11% margin.
    dict(
        text=(
            "Hanbit Investment & Securities, Korea Healthcare, Seoul, 12 June 2025. Silver tech goes mainstream. "
            "Korea's market for AI monitoring and companion services for seniors reached \u20a9412 billion in 2024, up 28% "
            "on the year, and we forecast a 2024-2029 CAGR of 21.5% as municipalities roll out AI check-in calls for "
            "people living alone. Home-care providers took a 37% share of spending, care facilities the rest. Korea now "
            "has 10.2 million people aged 65 or older, and long-term-care insurance benefits topped \u20a915 trillion last "
            "year. Top pick: Dasom Care (BUY, TP \u20a952,000, 31% upside), whose 2024 revenue grew 34% to \u20a996 billion "
            "at an 11% operating margin."
        ),
        obs=[],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
            ("cagr", 21.5, "percent", 2024, 2029, None, "stated"),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified prose): Total 235亿元 (2023, 上年) and 286亿元 (2024), growth 21.7%; the part
    #     AI跌倒监测与远程看护 约98亿元 (printed figure) with its 34.3% share; AI陪伴机器人 41亿元; 2027 突破500亿元 (an
    #     estimate at its printed figure). Expected nowhere: the dateline, 3.1亿 older people, 40.6万 institutions,
    #     820万 beds.
    dict(
        text=(
            "新华社北京3月18日电(记者王晓岚)记者从中国老龄产业促进会获悉,2024年我国智慧养老领域人工智能应用市场规模"
            "达到286亿元,较上年的235亿元增长21.7%。其中,AI跌倒监测与远程看护市场规模约98亿元,占比34.3%,是最大的"
            "细分领域;AI陪伴机器人市场规模为41亿元。促进会预计,2027年该市场规模将突破500亿元。截至2024年底,全国60岁"
            "及以上老年人口达3.1亿人,各类养老机构和设施约40.6万个,养老床位合计820万张。"
        ),
        obs=[
            ("Total", 2023, 235, "CNY 100 million", "actual"),
            ("Total", 2024, 286, "CNY 100 million", "actual"),
            ("AI跌倒监测与远程看护", 2024, 98, "CNY 100 million", "actual"),
            ("AI陪伴机器人", 2024, 41, "CNY 100 million", "actual"),
            ("Total", 2027, 500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.7, "percent", 2023, 2024, 1.0),
            ("share", 34.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (286 / 235) ** (1 / 1) - 1 = 21.70% -> 21.7
            ("arithmetic", "exact"),  # 98 / 286 = 34.27% -> 34.3
        ],
    ),
    # 30. Hangzhou municipal plan (Simplified prose): 2024 base 48亿元 (actual), 2027 target 120亿元 (力争, estimate),
    #     "增长1.5倍" kept as x1.5 over 3 years (no verdict), the part 社区认知障碍AI筛查服务 18亿元 with a 15% share.
    #     Expected nowhere: the plan's title years, 10 firms, 100 care homes, ages 80/60, the 2000元 subsidy, 185万 people.
    dict(
        text=(
            "《杭州市智慧养老产业高质量发展三年行动计划(2025—2027年)》日前印发。计划提出,到2027年,全市人工智能养老"
            "应用产业规模力争达到120亿元,较2024年的48亿元增长1.5倍;其中,社区认知障碍AI筛查服务规模达到18亿元,"
            "占比15%。计划还明确,培育10家以上智慧养老龙头企业,建成100家智慧养老院,为80周岁以上独居老人免费安装"
            "智能跌倒报警设备,每户补贴不超过2000元。全市现有60周岁以上户籍老年人口约185万人。"
        ),
        obs=[
            ("Total", 2024, 48, "CNY 100 million", "actual"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
            ("社区认知障碍AI筛查服务", 2027, 18, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 1.5, "multiple", 2024, 2027, 3.0),
            ("share", 15, "percent", 2027, 2027, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 18 / 120 = 15.00% -> 15
        ],
    ),
    # 31. Taipei research release (Traditional prose, 新台幣億元): 33.8 (2023), 42.6 (2024), 26% growth; the part
    #     AI照護排班與照護計畫軟體 11.9 with 28%; 105 in 2028 (預估) with a stated 25.4% CAGR holding only by rounding.
    #     Expected nowhere: 今(15)日, the report's title year, 446萬 people 65+, the 862億 長照2.0 budget, the 312
    #     institutions and the 57% survey answer.
    dict(
        text=(
            "【台北訊】台灣長照科技研究院今(15)日發布《2025台灣AI長照應用市場報告》指出,2024年台灣AI長照應用市場規模"
            "達新台幣42.6億元,較2023年的33.8億元成長26%;其中AI照護排班與照護計畫軟體為新台幣11.9億元,占整體市場28%。"
            "該院預估,2028年市場規模將達新台幣105億元,2024至2028年複合年成長率為25.4%。報告也提到,台灣65歲以上人口"
            "已達446萬人,長照2.0年度預算約新台幣862億元,受訪的312家長照機構中有57%計畫於兩年內導入AI工具。"
        ),
        obs=[
            ("Total", 2023, 33.8, "TWD 100 million", "actual"),
            ("Total", 2024, 42.6, "TWD 100 million", "actual"),
            ("AI照護排班與照護計畫軟體", 2024, 11.9, "TWD 100 million", "actual"),
            ("Total", 2028, 105, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("share", 28, "percent", 2024, 2024, None),
            ("cagr", 25.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (42.6 / 33.8) ** (1 / 1) - 1 = 26.04% -> 26
            ("arithmetic", "exact"),  # 11.9 / 42.6 = 27.93% -> 28
            # (105 / 42.6) ** (1 / 4) - 1 = 25.30% -> 25.3, not 25.4; bounds (104.5 / 42.65) ** (1/4) - 1 = 25.11%,
            # (105.5 / 42.55) ** (1/4) - 1 = 25.48% -> 25.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Hong Kong association report (Traditional prose, 億港元): 5.2 (2023), 約6.8 (2024, printed figure), 31% growth;
    #     the part 人工智能藥物管理工具 1.9 with a printed 26% share no reading gives; 12.5 in 2027 (預計). Expected
    #     nowhere: the report's title year, 1,100 homes, the 8,000 shortfall, the 4,195港元 allowance, 六成 (a fraction in
    #     words and a survey answer).
    dict(
        text=(
            "香港安老服務協會今日發表《2025年安老科技應用報告》。報告估計,2024年本港安老院舍及社區照顧服務在人工智能方案上"
            "的開支約為6.8億港元,較2023年的5.2億港元增長31%;其中人工智能藥物管理工具開支為1.9億港元,佔總額的26%。協會"
            "預計,2027年相關開支將增至12.5億港元。報告指出,全港約有1,100間安老院舍,社福界前線人手短缺約8,000人,長者生活"
            "津貼則為每月4,195港元。受訪院舍中,六成表示資金是導入人工智能的最大障礙。"
        ),
        obs=[
            ("Total", 2023, 5.2, "HKD 100 million", "actual"),
            ("Total", 2024, 6.8, "HKD 100 million", "actual"),
            ("人工智能藥物管理工具", 2024, 1.9, "HKD 100 million", "actual"),
            ("Total", 2027, 12.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("share", 26, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.8 / 5.2) ** (1 / 1) - 1 = 30.77% -> 31
            # 1.9 / 6.8 = 27.94%; bounds 1.85 / 6.85 = 27.01%, 1.95 / 6.75 = 28.89% -> 26 reached by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional prose, 標題 [情報], 新台幣億元): 去年 = 2024 (post dated 2025) 約18.4 actual, 今年 = 2025
    #     23.4 estimate with 27% growth, 2027 突破40 (estimate at its printed figure). Expected nowhere: the post header
    #     and list numbers, the 第一季 4.9 (a quarter), the 1.2萬 device price, the OTC firm's 2.3億 revenue and 45%
    #     margin, the 450萬 people 65+.
    dict(
        text=(
            "作者 longtermcare88 (照服員轉職中)\n"
            "看板 Stock\n"
            "標題 [情報] 台灣AI跌倒偵測遠距照護市場 今年估成長27%\n"
            "時間 Tue Apr 8 21:14:05 2025\n"
            "1.新聞來源: 寶島健康產業研究所報告(自行整理)\n"
            "2.內容: 根據寶島健康產業研究所最新報告,去年台灣AI跌倒偵測與遠距照護市場約新台幣18.4億元,今年預估成長27%至"
            "23.4億元,2027年可望突破40億元。今年第一季市場規模約4.9億元。一套居家跌倒偵測雷達要價約新台幣1.2萬元,某上櫃"
            "廠去年相關營收2.3億元、毛利率45%。\n"
            "3.心得: 全台65歲以上人口快破450萬,長照需求只會越來越大,相關概念股可以留意。"
        ),
        obs=[
            ("Total", 2024, 18.4, "TWD 100 million", "actual"),
            ("Total", 2025, 23.4, "TWD 100 million", "estimate"),
            ("Total", 2027, 40, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23.4 / 18.4) ** (1 / 1) - 1 = 27.17% -> 27
        ],
    ),
    # 34. Broker abstract with a range (Simplified prose): 28亿元 (2021) and 74亿元 (2024) with a stated 2021-2024 CAGR
    #     of 38.3%; the 2030 range 320亿~380亿元 gives two value claims and no observation. Expected nowhere: 1.2亿
    #     people living alone, the <3% penetration rate, the 48.6元 price target, the company's 9.3亿元 revenue and 52%.
    dict(
        text=(
            "【东岳证券·养老科技深度报告】AI陪伴机器人:银发经济的下一个入口。投资要点:我们测算,2024年中国面向老年人的"
            "AI陪伴机器人及语音助手市场规模为74亿元,2021—2024年复合增长率达38.3%(2021年为28亿元)。随着大模型推理成本"
            "下降与居家养老政策推进,我们预计2030年市场规模有望达到320亿~380亿元。当前我国独居及空巢老人超过1.2亿人,"
            "产品渗透率不足3%。重点推荐安伴科技(目标价48.6元),公司2024年营收9.3亿元,同比增长52%。风险提示:技术迭代"
            "不及预期、政策推进不及预期。"
        ),
        obs=[
            ("Total", 2021, 28, "CNY 100 million", "actual"),
            ("Total", 2024, 74, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 38.3, "percent", 2021, 2024, None, "stated"),
            ("value", 320, "CNY 100 million", 2030, 2030, None),
            ("value", 380, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (74 / 28) ** (1 / 3) - 1 = 38.26% -> 38.3
        ],
    ),
    # 35. Results-briefing transcript (Simplified prose, dated 2025-04-28): 今年 = 2025 35亿元左右 (estimate, printed
    #     figure), 去年 = 2024 27亿元, 增长接近30% (printed 30), 2028 有望 80亿元. Expected nowhere: the briefing's title
    #     years, the company's 2.1亿 revenue, 42% growth and 58.6% margin, the 一季度 0.46亿 (a quarter), 1,300 homes.
    dict(
        text=(
            "颐康智能2024年度暨2025年第一季度业绩说明会文字实录(2025年4月28日)\n"
            "投资者提问:公司如何看待养老机构AI护理计划与排班软件的市场空间?\n"
            "董事会秘书刘敏回答:感谢您的关注。根据我们的测算,今年国内养老机构AI护理计划与排班软件市场规模大概在35亿元左右,"
            "去年是27亿元,增长接近30%;到2028年有望达到80亿元。公司该业务2024年实现营收2.1亿元,同比增长42%,毛利率58.6%;"
            "今年一季度实现营收0.46亿元。目前公司产品已覆盖全国约1,300家养老机构。"
        ),
        obs=[
            ("Total", 2024, 27, "CNY 100 million", "actual"),
            ("Total", 2025, 35, "CNY 100 million", "estimate"),
            ("Total", 2028, 80, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (35 / 27) ** (1 / 1) - 1 = 29.63% -> 30
        ],
    ),
    # 36. Markdown table by segment (USD million) with a CAGR 2024-29E column: each row's figures under its label as
    #     printed, the Total row too; 2029E estimates; six stated CAGRs (25.7% holds only by rounding) and two
    #     hierarchies (2029E parts sum to 11,980, not the printed 11,990: inconsistent). Expected nowhere: the table
    #     number, the source's date.
    dict(
        text=(
            "Table 2. U.S. AI-in-eldercare market by segment, 2024 and 2029E (USD million)\n"
            "| Segment | 2024 | 2029E | CAGR 2024-29E |\n"
            "|---|---|---|---|\n"
            "| Fall detection & remote monitoring | 1,840 | 4,310 | 18.6% |\n"
            "| Companion robots & voice assistants | 620 | 1,950 | 25.7% |\n"
            "| Care-planning & scheduling software | 910 | 2,240 | 19.7% |\n"
            "| Medication-adherence tools | 1,020 | 2,600 | 20.6% |\n"
            "| Dementia screening | 240 | 880 | 29.7% |\n"
            "| Total | 4,630 | 11,990 | 21.0% |\n"
            "Source: Redfern Ageing Economics, May 2025. 2029E = estimate; figures exclude hardware resale."
        ),
        obs=[
            ("Fall detection & remote monitoring", 2024, 1840, "USD million", "actual"),
            ("Fall detection & remote monitoring", 2029, 4310, "USD million", "estimate"),
            ("Companion robots & voice assistants", 2024, 620, "USD million", "actual"),
            ("Companion robots & voice assistants", 2029, 1950, "USD million", "estimate"),
            ("Care-planning & scheduling software", 2024, 910, "USD million", "actual"),
            ("Care-planning & scheduling software", 2029, 2240, "USD million", "estimate"),
            ("Medication-adherence tools", 2024, 1020, "USD million", "actual"),
            ("Medication-adherence tools", 2029, 2600, "USD million", "estimate"),
            ("Dementia screening", 2024, 240, "USD million", "actual"),
            ("Dementia screening", 2029, 880, "USD million", "estimate"),
            ("Total", 2024, 4630, "USD million", "actual"),
            ("Total", 2029, 11990, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 25.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 20.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 29.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 21.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4310 / 1840) ** (1 / 5) - 1 = 18.56% -> 18.6
            # (1950 / 620) ** (1 / 5) - 1 = 25.76% -> 25.8, not 25.7; bounds (1949.5 / 620.5) ** (1/5) - 1 = 25.73%,
            # (1950.5 / 619.5) ** (1/5) - 1 = 25.78% -> 25.7 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (2240 / 910) ** (1 / 5) - 1 = 19.74% -> 19.7
            ("cagr|implied", "exact"),  # (2600 / 1020) ** (1 / 5) - 1 = 20.58% -> 20.6
            ("cagr|implied", "exact"),  # (880 / 240) ** (1 / 5) - 1 = 29.67% -> 29.7
            ("cagr|implied", "exact"),  # (11990 / 4630) ** (1 / 5) - 1 = 20.96% -> 21.0
            ("hierarchy", "exact"),  # 2024: 1840 + 620 + 910 + 1020 + 240 = 4630
            # 2029E: 4310 + 1950 + 2240 + 2600 + 880 = 11980; bounds 11977.5 to 11982.5 -> 11990 reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 37. Tab-separated table in yen (¥ billion = JPY billion) by segment, FY2023 and FY2024 (fiscal years count as
    #     their number) with a YoY column: five YoY claims (28.1% holds only by rounding) and two exact hierarchies.
    #     Expected nowhere: the table number, the title year of the outlook, the fiscal year-end month.
    dict(
        text=(
            "Table 4\tJapan: AI monitoring and care-support systems for older people, by segment (\u00a5 billion)\n"
            "Segment\tFY2023\tFY2024\tYoY\n"
            "Bed-sensor and vital-sign monitoring\t21.4\t27.9\t30.4%\n"
            "Fall detection cameras and radar\t12.6\t16.1\t28.1%\n"
            "Care-record and scheduling AI\t9.8\t12.7\t29.6%\n"
            "Medication-adherence assistants\t3.1\t4.2\t35.5%\n"
            "Total\t46.9\t60.9\t29.9%\n"
            "Note: fiscal years ending March. Source: Kisaragi Research Institute, Japan Care-Tech Outlook 2025."
        ),
        obs=[
            ("Bed-sensor and vital-sign monitoring", 2023, 21.4, "JPY billion", "actual"),
            ("Bed-sensor and vital-sign monitoring", 2024, 27.9, "JPY billion", "actual"),
            ("Fall detection cameras and radar", 2023, 12.6, "JPY billion", "actual"),
            ("Fall detection cameras and radar", 2024, 16.1, "JPY billion", "actual"),
            ("Care-record and scheduling AI", 2023, 9.8, "JPY billion", "actual"),
            ("Care-record and scheduling AI", 2024, 12.7, "JPY billion", "actual"),
            ("Medication-adherence assistants", 2023, 3.1, "JPY billion", "actual"),
            ("Medication-adherence assistants", 2024, 4.2, "JPY billion", "actual"),
            ("Total", 2023, 46.9, "JPY billion", "actual"),
            ("Total", 2024, 60.9, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 30.4, "percent", 2023, 2024, 1.0),
            ("growth", 28.1, "percent", 2023, 2024, 1.0),
            ("growth", 29.6, "percent", 2023, 2024, 1.0),
            ("growth", 35.5, "percent", 2023, 2024, 1.0),
            ("growth", 29.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 27.9 / 21.4 - 1 = 30.37% -> 30.4
            # 16.1 / 12.6 - 1 = 27.78% -> 27.8, not 28.1; bounds 16.05 / 12.65 - 1 = 26.88%,
            # 16.15 / 12.55 - 1 = 28.69% -> 28.1 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 12.7 / 9.8 - 1 = 29.59% -> 29.6
            ("cagr|implied", "exact"),  # 4.2 / 3.1 - 1 = 35.48% -> 35.5
            ("cagr|implied", "exact"),  # 60.9 / 46.9 - 1 = 29.85% -> 29.9
            ("hierarchy", "exact"),  # FY2023: 21.4 + 12.6 + 9.8 + 3.1 = 46.9
            ("hierarchy", "exact"),  # FY2024: 27.9 + 16.1 + 12.7 + 4.2 = 60.9
        ],
    ),
    # 38. Space-aligned UK table (£m = GBP million) for 2024 with a share column: five shares (10% holds only by
    #     rounding), one exact hierarchy; the Total row's 100% is no claim. Expected nowhere: the 640 providers surveyed.
    dict(
        text=(
            "UK AI elderly-care technology spend by segment, 2024\n"
            "Segment                                   \u00a3m     Share\n"
            "Remote monitoring & fall detection      96.4       41%\n"
            "Care planning & rostering software      71.8       31%\n"
            "Companion robots & voice assistants     28.5       12%\n"
            "Medication-adherence tools              22.2       10%\n"
            "Dementia screening (community)          14.9        6%\n"
            "Total                                  233.8      100%\n"
            "Source: Marchbank Care Analytics survey of 640 providers; excludes NHS hospital spend."
        ),
        obs=[
            ("Remote monitoring & fall detection", 2024, 96.4, "GBP million", "actual"),
            ("Care planning & rostering software", 2024, 71.8, "GBP million", "actual"),
            ("Companion robots & voice assistants", 2024, 28.5, "GBP million", "actual"),
            ("Medication-adherence tools", 2024, 22.2, "GBP million", "actual"),
            ("Dementia screening (community)", 2024, 14.9, "GBP million", "actual"),
            ("Total", 2024, 233.8, "GBP million", "actual"),
        ],
        claims=[
            ("share", 41, "percent", 2024, 2024, None),
            ("share", 31, "percent", 2024, 2024, None),
            ("share", 12, "percent", 2024, 2024, None),
            ("share", 10, "percent", 2024, 2024, None),
            ("share", 6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 96.4 / 233.8 = 41.23% -> 41
            ("arithmetic", "exact"),  # 71.8 / 233.8 = 30.71% -> 31
            ("arithmetic", "exact"),  # 28.5 / 233.8 = 12.19% -> 12
            # 22.2 / 233.8 = 9.495% -> 9, not 10; bounds 22.15 / 233.85 = 9.47%, 22.25 / 233.75 = 9.52% -> 10 reached
            # only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 14.9 / 233.8 = 6.37% -> 6
            ("hierarchy", "exact"),  # 96.4 + 71.8 + 28.5 + 22.2 + 14.9 = 233.8
        ],
    ),
    # 39. Vertical pipe table whose rows are years (Germany, EUR million): the lone value column headed by its unit
    #     only is the market's Total; 2025F-2027F estimates; six YoY claims, 2024's 22.8% inconsistent. Expected
    #     nowhere: the EUR 63bn long-term-care insurance outlays in the note, the dash for 2021.
    dict(
        text=(
            "Germany: AI remote monitoring and fall detection in elderly care, 2021-2027F\n"
            "Year | EUR million | YoY\n"
            "2021 | 148 | -\n"
            "2022 | 187 | 26.4%\n"
            "2023 | 231 | 23.5%\n"
            "2024 | 279 | 22.8%\n"
            "2025F | 332 | 19.0%\n"
            "2026F | 392 | 18.1%\n"
            "2027F | 455 | 16.1%\n"
            "Source: Institut fuer Pflegeoekonomie Rhein-Main; F = forecast. Statutory long-term-care insurance outlays "
            "(EUR 63 billion in 2024) are not included."
        ),
        obs=[
            ("Total", 2021, 148, "EUR million", "actual"),
            ("Total", 2022, 187, "EUR million", "actual"),
            ("Total", 2023, 231, "EUR million", "actual"),
            ("Total", 2024, 279, "EUR million", "actual"),
            ("Total", 2025, 332, "EUR million", "estimate"),
            ("Total", 2026, 392, "EUR million", "estimate"),
            ("Total", 2027, 455, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2021, 2022, 1.0),
            ("growth", 23.5, "percent", 2022, 2023, 1.0),
            ("growth", 22.8, "percent", 2023, 2024, 1.0),
            ("growth", 19.0, "percent", 2024, 2025, 1.0),
            ("growth", 18.1, "percent", 2025, 2026, 1.0),
            ("growth", 16.1, "percent", 2026, 2027, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 187 / 148 - 1 = 26.35% -> 26.4
            ("cagr|implied", "exact"),  # 231 / 187 - 1 = 23.53% -> 23.5
            # 279 / 231 - 1 = 20.78%; bounds 278.5 / 231.5 - 1 = 20.30%, 279.5 / 230.5 - 1 = 21.26% -> 22.8 by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 332 / 279 - 1 = 19.00% -> 19.0
            ("cagr|implied", "exact"),  # 392 / 332 - 1 = 18.07% -> 18.1
            ("cagr|implied", "exact"),  # 455 / 392 - 1 = 16.07% -> 16.1
        ],
    ),
    # 40. Traditional Chinese table (新台幣億元) by segment with a 合計 row, 2023年-2025年(E): row labels as printed,
    #     合計 too; 2025年(E) estimates; three hierarchies, 2025年(E) holding only by rounding. Expected nowhere: the
    #     table number.
    dict(
        text=(
            "表3 台灣AI長照應用市場細分規模(單位:新台幣億元)\n"
            "細分市場 | 2023年 | 2024年 | 2025年(E)\n"
            "AI跌倒偵測與遠距照護 | 14.2 | 18.4 | 23.4\n"
            "AI照護排班與照護計畫軟體 | 9.1 | 11.9 | 15.3\n"
            "AI陪伴機器人與語音助理 | 5.6 | 6.3 | 8.2\n"
            "AI用藥提醒工具 | 3.2 | 3.9 | 4.8\n"
            "失智症社區AI篩檢 | 1.7 | 2.1 | 2.8\n"
            "合計 | 33.8 | 42.6 | 54.7\n"
            "資料來源:台灣長照科技研究院;2025年(E)為預估值。"
        ),
        obs=[
            ("AI跌倒偵測與遠距照護", 2023, 14.2, "TWD 100 million", "actual"),
            ("AI跌倒偵測與遠距照護", 2024, 18.4, "TWD 100 million", "actual"),
            ("AI跌倒偵測與遠距照護", 2025, 23.4, "TWD 100 million", "estimate"),
            ("AI照護排班與照護計畫軟體", 2023, 9.1, "TWD 100 million", "actual"),
            ("AI照護排班與照護計畫軟體", 2024, 11.9, "TWD 100 million", "actual"),
            ("AI照護排班與照護計畫軟體", 2025, 15.3, "TWD 100 million", "estimate"),
            ("AI陪伴機器人與語音助理", 2023, 5.6, "TWD 100 million", "actual"),
            ("AI陪伴機器人與語音助理", 2024, 6.3, "TWD 100 million", "actual"),
            ("AI陪伴機器人與語音助理", 2025, 8.2, "TWD 100 million", "estimate"),
            ("AI用藥提醒工具", 2023, 3.2, "TWD 100 million", "actual"),
            ("AI用藥提醒工具", 2024, 3.9, "TWD 100 million", "actual"),
            ("AI用藥提醒工具", 2025, 4.8, "TWD 100 million", "estimate"),
            ("失智症社區AI篩檢", 2023, 1.7, "TWD 100 million", "actual"),
            ("失智症社區AI篩檢", 2024, 2.1, "TWD 100 million", "actual"),
            ("失智症社區AI篩檢", 2025, 2.8, "TWD 100 million", "estimate"),
            ("合計", 2023, 33.8, "TWD 100 million", "actual"),
            ("合計", 2024, 42.6, "TWD 100 million", "actual"),
            ("合計", 2025, 54.7, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023年: 14.2 + 9.1 + 5.6 + 3.2 + 1.7 = 33.8
            ("hierarchy", "exact"),  # 2024年: 18.4 + 11.9 + 6.3 + 3.9 + 2.1 = 42.6
            # 2025年(E): 23.4 + 15.3 + 8.2 + 4.8 + 2.8 = 54.5, not 54.7; bounds 54.25 to 54.75 -> 54.7 reached only by
            # some reading
            ("hierarchy", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-ninth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 15, 'exact': 74}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'CHICAGO, April 8, 2025 /PRNewswire/ --',
    '¥57bn in FY2029e, a CAGR of roughly 22%',
    'or 41% of the total',
    'Rival house Elbtal Insights puts the 2024 market',
    'We put the total addressable market',
    'last year, from sensor-based',
    'An earlier version of this article misstated',
    'nearly tripled between 2021 and 2024',
    '同比增长27.6%(2023年为53.6亿元)',
    '力争到2027年,产业规模突破150亿元,较2023年的37.5亿元增长3倍',
    '另据华康智库测算',
    '(中央社記者陳映蓉台北2025年8月12日電)',
    '| Segment | 2024 | 2030F | CAGR 2024-30 |',
    'Q3 2025 earnings call, November 6, 2025',
    'Working Paper No. 25/07',
    '2/ Market size hit ¥38.6 billion in FY2024',
    'Correction: An earlier version of this article misstated',
    '- 2025E TAM: US$780 million',
    '₩412 billion',
    '新华社北京3月18日电',
    '較2023年的5.2億港元增長31%',
    '標題 [情報]',
    '320亿~380亿元',
    '| Segment | 2024 | 2029E | CAGR 2024-29E |',
    'Total\t46.9\t60.9\t29.9%',
    '合計 | 33.8 | 42.6 | 54.7',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 221
#: figures, 65 rates, 97 verdicts and 1 false inconsistent
FLOORS = {"figures_found": 221, "rates_found": 65, "verdicts_right": 97}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset209.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
