"""A two-hundred-and-eighth check set for the extractor, written blind: AI in elderly care and ageing: AI fall detection
and remote monitoring for seniors, AI companion robots and voice assistants for older people, AI care-planning and
scheduling software for care homes and home-care agencies, AI medication-adherence tools, AI for dementia screening in
community settings; sized in money by ageing-policy bodies, care-home and home-care associations, insurers' long-term-
care units, brokers, consultancies, research houses and vendors' investor days, in Japan, South Korea, the United
States, the United Kingdom, Germany, the Netherlands, Sweden, Australia, Singapore, mainland China, Taiwan and Hong Kong
(currencies: US dollars, yen, euros, pounds, Australian dollars only as an aside, yuan 亿元/万元, 新台幣億元, 億港元). Distractors a
careful reader leaves out: total eldercare or long-term-care spending beside the AI part, numbers of older people, beds,
care homes or carers, a vendor's own revenue or margin, a device's unit price, a funding round and valuation, a
quarter's figures, a survey's percentages, a pension or subsidy amount.

Snippets 1-20: Twenty snippets on AI in elderly care and ageing, sized in money. Eight are English prose: an Austin wire
release on US fall detection and remote monitoring (YoY with both amounts, CAGR with printed span, 2029 figure in
billions converted to USD million), a Tokyo broker note in fiscal years in yen whose CAGR span only its amounts' years
give, a London briefing with a total and three segments with shares, a Berlin article quoting two research houses (the
second house's 2024 figure left out), an investor-day transcript sizing a TAM in USD billion with last-year/this-year
figures, a Dutch strategy with last year, this year and a 2030 target, a Singapore correction notice with a 2030 range,
and a blog post with a 'nearly 3x' multiple. Seven are Chinese prose: a Simplified industry report, a Jiangsu plan (力争到,
增长3倍), a Xinhua story quoting two institutes, a Taiwan white paper in 新台幣億元, a Hong Kong story in 億港元, a Taipei agency
story with 去年/今年 and a broker deep-dive with a 2027 range. Five are tables: markdown with a CAGR column (¥ billion),
tab-separated 万元 with a 合计 row, space-aligned with a share column, a vertical year table with a YoY column, and a tab-
separated US segment table with a Total row. Left out everywhere: elderly populations, beds, care homes and carers,
total long-term-care budgets, vendors' revenue, margins and price targets, unit prices, funding rounds, subsidies, a
quarter's growth, survey answers, penetration rates and the erroneous figures a correction withdraws. Inconsistent: the
Xinhua CAGR (26% printed, 28.1% computed), the markdown table's companion-robot CAGR, the Korean table's 2025E YoY and
the US table's 2025F total. Holding only by rounding: the yen broker CAGR, the UK medication-adherence share, the Taiwan
CAGR, the broker deep-dive's YoY, the markdown medication-adherence CAGR, the 2023 合计 row, the Swedish medication share
and the Korean 2023 YoY.

Snippets 21-40: Twenty snippets on AI in elderly care and ageing, numbered 21-40: eight English prose passages (a US
earnings-call answer sizing a TAM with 'this year' and 'last year', a German working-paper abstract, a numbered social-
media thread on Japan in yen, a US web article with a correction line, a UK chair's letter to shareholders, investor-day
slide bullets, a forum answer quoting two research houses, and a Seoul broker note in won that yields claims but no
observations); seven Chinese prose passages (a Xinhua-style release, a Hangzhou municipal plan, a Taipei research
release in 新台幣億元, a Hong Kong association report in 億港元, a PTT post, a broker abstract with a 2030 range, a results-
briefing transcript); and five tables (markdown by segment with a CAGR column, tab-separated yen with a YoY column,
space-aligned US dollars with a share column, a vertical table of years under a lone unit column, a Traditional Chinese
table with a 合計 row). Left out everywhere: datelines, report, working-paper and table numbers, title years, counts of
older people, beds, homes, providers and respondents, total long-term-care or eldercare spending (including an
Australian-dollar aside), vendors' own revenue, margins, guidance ranges and dividends, quarters, unit prices, funding
rounds and valuations, target prices, subsidies and pensions, survey percentages, shares given as fractions in words,
the misstated figure a correction withdraws and a second house's figure. Inconsistent: the thread's 19% YoY (16.3%), the
letter's 41% share (36.8%), the Japanese table's 17.3% residential-care YoY (15.3%) and the Taiwan table's 2025 合計
(1,297 vs 1,307). Holding only by rounding: the working paper's 22.4% CAGR, the Hangzhou 20.9%, the PTT 27%, the
broker's 31.4%, the UK medication-adherence 20.9% CAGR, the Singapore 13.2% dementia-screening share, the Dutch 19.2%
CAGR and the Taiwan table's 2024 合計 of 1,012.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Austin wire press release (/PRNewswire/): YoY growth with both amounts, CAGR with printed span 2024-2029;
    #    the 2029 figure in billions converted to the series' unit (USD million). Expected nowhere: the tracker's
    #    title year, the 58 million Americans aged 65+, the $470 billion long-term services spending, the 900
    #    caregivers surveyed and their 41% answer.
    dict(
        text=(
            "AUSTIN, Texas, March 11, 2025 /PRNewswire/ -- Spending by U.S. senior-living operators, home-care agencies "
            "and families on AI-enabled fall detection and remote monitoring reached $742 million in 2024, up 31% from "
            "$566 million in 2023, according to the Silver Signal Market Tracker 2025 published today by Lonestar Aging "
            "Insights. The Austin-based firm expects the market to climb to $2.35 billion in 2029, a compound annual "
            "growth rate of 25.9% over 2024-2029. The report notes that roughly 58 million Americans are now 65 or older "
            "and that U.S. spending on long-term services and supports tops $470 billion a year. In a companion survey "
            "of 900 family caregivers, 41% said a parent's fall had once gone unnoticed for more than an hour."
        ),
        obs=[
            ("Total", 2023, 566, "USD million", "actual"),
            ("Total", 2024, 742, "USD million", "actual"),
            ("Total", 2029, 2350, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 25.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (742 / 566) ** (1 / 1) - 1 = 31.10% -> 31
            ("cagr|implied", "exact"),  # (2350 / 742) ** (1 / 5) - 1 = 25.93% -> 25.9
        ],
    ),
    # 2. Tokyo broker sector update in fiscal years, in yen (JPY billion); CAGR "around 19%" with no span printed, so
    #    its span comes from the amounts' years (FY2024 -> FY2029e); the amounts give 19.52%. Expected nowhere: the
    #    dateline, the ¥11.5 trillion long-term-care insurance outlay, the 570,000 missing care workers, the covered
    #    company's sales, sales growth and margin, its target price and upside, the per-facility monthly price.
    dict(
        text=(
            "JAPAN ELDERCARE TECH - Sector update - Tokyo, 9 June 2025\n"
            "Scheduling the silver wave. We put the Japanese market for AI care-planning and shift-scheduling software "
            "used by nursing homes and home-care operators at ¥41bn in FY2024 (year to March 2025) and expect it to "
            "reach ¥100bn by FY2029e, a CAGR of around 19%. That is small beside the roughly ¥11.5 trillion paid out "
            "each year under long-term-care insurance, and the sector is still short of some 570,000 care workers. Our "
            "top pick, Kizuna Care Systems (OUTPERFORM, TP ¥2,850, 24% upside), grew FY2024 sales 16% to ¥12.7bn at a "
            "14% operating margin and charges about ¥38,000 per facility per month for its planning module."
        ),
        obs=[
            ("Total", 2024, 41, "JPY billion", "actual"),
            ("Total", 2029, 100, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (100 / 41) ** (1 / 5) - 1 = 19.52% -> 20, not 19; bounds (99.5 / 41.5) ** (1/5) - 1 = 19.11%,
            # (100.5 / 40.5) ** (1/5) - 1 = 19.93% -> 19 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. London research briefing: a total and three segments with shares; the medication-adherence share holds only
    #    by rounding. Expected nowhere: the dateline, the 62 providers interviewed, the £14 billion adult social care
    #    bill, the 14,000 registered care homes.
    dict(
        text=(
            "LONDON, 22 September 2025 - Care homes and home-care agencies in the UK spent £186 million on "
            "artificial-intelligence tools in 2024, according to a briefing from the Hartwell Centre for Later Life. "
            "Care-planning and rota-scheduling software accounted for £74 million, or 40% of the total, while acoustic "
            "and sensor-based fall detection took £52 million (28%). AI medication-adherence tools, from smart "
            "dispensers to reminder apps, came to £23 million, about 13%. The centre, which spoke to 62 providers, "
            "expects the figure to reach £410 million by 2028. The public bill for adult social care for older people "
            "runs to more than £14 billion a year, spread across some 14,000 registered care homes."
        ),
        obs=[
            ("Total", 2024, 186, "GBP million", "actual"),
            ("Care-planning and rota-scheduling software", 2024, 74, "GBP million", "actual"),
            ("Acoustic and sensor-based fall detection", 2024, 52, "GBP million", "actual"),
            ("AI medication-adherence tools", 2024, 23, "GBP million", "actual"),
            ("Total", 2028, 410, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 40, "percent", 2024, 2024, None),
            ("share", 28, "percent", 2024, 2024, None),
            ("share", 13, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 74 / 186 = 39.78% -> 40
            ("arithmetic", "exact"),  # 52 / 186 = 27.96% -> 28
            # 23 / 186 = 12.37% -> 12, not 13; bounds 22.5 / 186.5 = 12.06%, 23.5 / 185.5 = 12.67% -> 13 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Berlin article quoting two research houses: Isarblick's base, target and CAGR (printed span) are the
    #    snippet's figures; the 2030 figure in billions converted to EUR million. Expected nowhere: Mainstrom's
    #    €455 million for the same 2024 market, the €63 billion long-term care insurance payout and its 5.6 million
    #    recipients, the start-up's €22 million round and €140 million valuation.
    dict(
        text=(
            "BERLIN, April 14, 2025 - How big is Germany's market for AI remote monitoring of older people living at "
            "home? It depends whom you ask. Munich-based Isarblick Research puts it at €318 million in 2024 and "
            "forecasts €1.13 billion by 2030, a compound annual growth rate of 23.5% over 2024-2030, driven by "
            "fall-detection sensors and software that flags changes in daily routines. Frankfurt consultancy Mainstrom "
            "Partners, which also counts emergency-call hardware, sizes the 2024 market at €455 million. Either figure "
            "is a sliver of the roughly €63 billion that Germany's long-term care insurance paid out last year to its "
            "5.6 million care recipients. A Leipzig start-up in the field, Nestwacht, raised €22 million this month at "
            "a valuation of €140 million."
        ),
        obs=[
            ("Total", 2024, 318, "EUR million", "actual"),
            ("Total", 2030, 1130, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 23.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1130 / 318) ** (1 / 6) - 1 = 23.53% -> 23.5
        ],
    ),
    # 5. New York investor-day transcript: the TAM the company sizes is the market (Total), in USD billion (the first
    #    unit printed); "this year" (2025, the dateline's) is an estimate, "last year" 2024 actual; YoY with both
    #    amounts and a CAGR with printed span. Expected nowhere: the company's own revenue and gross margin, its 10%
    #    share target, the robot's $1,299 retail price, the 2,100 employees, the four countries.
    dict(
        text=(
            "Halcyon Devices Investor Day 2025 - edited transcript - New York, November 6, 2025\n"
            "MARGARET OYELARAN, CHIEF STRATEGY OFFICER: Let me start with the size of the prize. We size the total "
            "addressable market for AI companion robots and voice assistants for older adults, across the U.S. and "
            "Japan, at $6.8 billion this year, up about 31% from $5.2 billion last year. By 2030 we see that TAM at "
            "$15.5 billion, a compound annual growth rate of about 18% over 2025 to 2030. Today we are a small player "
            "in it: our revenue last year was $412 million at a 38% gross margin, and we are targeting a 10% share of "
            "the TAM by 2030. Our flagship robot retails at $1,299, and we now employ about 2,100 people across four "
            "countries."
        ),
        obs=[
            ("Total", 2024, 5.2, "USD billion", "actual"),
            ("Total", 2025, 6.8, "USD billion", "estimate"),
            ("Total", 2030, 15.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2024, 2025, 1.0),
            ("cagr", 18, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.8 / 5.2) ** (1 / 1) - 1 = 30.77% -> 31
            ("cagr|implied", "exact"),  # (15.5 / 6.8) ** (1 / 5) - 1 = 17.91% -> 18
        ],
    ),
    # 6. The Hague national strategy: last year (2024) actual, this year (2025) an estimate, a 2030 target (estimate);
    #    a year-on-year rise between them. Expected nowhere: the 2.5 million residents aged 75+, the €45 million
    #    subsidy scheme, the 58% survey answer, the 2040 population year.
    dict(
        text=(
            "THE HAGUE, 20 May 2025 - The Dutch health ministry's new strategy for ageing at home, 'Langer Thuis, "
            "Slimmer Thuis', puts spending on artificial intelligence for older people living independently, chiefly "
            "remote monitoring, fall sensors and medication reminders, at €96 million last year and about €125 million "
            "this year, a rise of some 30%. The ministry's target is €400 million by 2030. The strategy notes that the "
            "number of Dutch residents aged 75 or over will pass 2.5 million by 2040, and it sets aside a €45 million "
            "subsidy scheme to help municipalities lend devices to low-income pensioners. In a survey for the ministry, "
            "58% of over-70s said they would accept a sensor in their home."
        ),
        obs=[
            ("Total", 2024, 96, "EUR million", "actual"),
            ("Total", 2025, 125, "EUR million", "estimate"),
            ("Total", 2030, 400, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (125 / 96) ** (1 / 1) - 1 = 30.21% -> 30
        ],
    ),
    # 7. Singapore correction notice: the corrected 2024 figure is the observation; the 2030 range gives two value
    #    claims. Expected nowhere: the withdrawn US$310 million and US$83 million, the "one in four" citizens aged 65+,
    #    the 200 Active Ageing Centres, Australia's A$90 million (a currency the unit table does not hold).
    dict(
        text=(
            "Correction, August 12, 2025: An earlier version of this article misstated the forecast for Singapore's "
            "market for AI dementia-screening tools used in community care. Kallang Advisory expects the market to be "
            "worth between US$130 million and US$170 million in 2030, not US$310 million. The earlier version also gave "
            "the 2024 figure as US$83 million; it is US$38 million. Around one in four Singapore citizens will be 65 or "
            "older by 2030, and the country runs more than 200 Active Ageing Centres, where many of the tools are "
            "trialled. Australia's equivalent market was put at roughly A$90 million last year."
        ),
        obs=[
            ("Total", 2024, 38, "USD million", "actual"),
        ],
        claims=[
            ("value", 130, "USD million", 2030, 2030, None),
            ("value", 170, "USD million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Blog post: "nearly 3x" between 2021 and 2024 (x3 over 3 years, no verdict) and a YoY with both amounts.
    #    Expected nowhere: the $199 bundle price, HearthVoice's $48 million Series C and $610 million valuation,
    #    "four in ten" residents, the post's date.
    dict(
        text=(
            "Posted on January 28, 2025 by Priya Lindqvist\n"
            "Three years ago, AI voice assistants built for older people were a curiosity. Not any more. By my tally of "
            "vendor filings and two analyst reports, U.S. households and senior-living communities spent about $142 "
            "million on them in 2021. In 2024 they spent $405 million, nearly 3x as much, and up 38% on 2023's $293 "
            "million. The hardware is cheap (the best-selling speaker-and-subscription bundle costs $199 a year), and "
            "last month a start-up called HearthVoice raised a $48 million Series C at a $610 million valuation. Four in "
            "ten residents at the communities I visited said they talk to theirs every day."
        ),
        obs=[
            ("Total", 2021, 142, "USD million", "actual"),
            ("Total", 2023, 293, "USD million", "actual"),
            ("Total", 2024, 405, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
            ("growth", 38, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (405 / 293) ** (1 / 1) - 1 = 38.23% -> 38
        ],
    ),
    # 9. Mainland industry report (Simplified): 同比增长 with both amounts, a part with its share, a CAGR with printed
    #    span. Expected nowhere: the report's title year, the 3.1亿 people aged 60+, the 820万 beds, the 57% survey
    #    answer.
    dict(
        text=(
            "《2025中国智慧养老人工智能应用发展报告》近日在上海发布。报告显示,2024年我国养老领域人工智能应用市场规模"
            "达到46.2亿元,较2023年的35.9亿元同比增长28.7%。其中,智能跌倒监测与远程照护市场规模为16.5亿元,占比35.7%,"
            "为第一大细分领域。报告预计,到2029年该市场规模将达到148.3亿元,2024—2029年年均复合增长率为26.3%。截至2024"
            "年末,全国60岁及以上老年人口约3.1亿人,各类养老机构和设施床位约820万张;受访养老机构中有57%表示计划在两年"
            "内部署AI照护系统。"
        ),
        obs=[
            ("Total", 2023, 35.9, "CNY 100 million", "actual"),
            ("Total", 2024, 46.2, "CNY 100 million", "actual"),
            ("智能跌倒监测与远程照护", 2024, 16.5, "CNY 100 million", "actual"),
            ("Total", 2029, 148.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.7, "percent", 2023, 2024, 1.0),
            ("share", 35.7, "percent", 2024, 2024, None),
            ("cagr", 26.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46.2 / 35.9) ** (1 / 1) - 1 = 28.69% -> 28.7
            ("arithmetic", "exact"),  # 16.5 / 46.2 = 35.71% -> 35.7
            ("cagr|implied", "exact"),  # (148.3 / 46.2) ** (1 / 5) - 1 = 26.27% -> 26.3
        ],
    ),
    # 10. Jiangsu provincial plan (Simplified): 力争到2027年 target (突破150亿元 at its printed figure, an estimate), a
    #     part's 2027 target, 2024 actual; 较2022年增长3倍 is x3 over 5 years with no verdict (no 2022 amount printed).
    #     Expected nowhere: the plan's title years, the 70% nursing-bed ratio (no share of the market), the 300
    #     facilities, the 1000元 per-device subsidy.
    dict(
        text=(
            "近日,江苏省印发《智慧健康养老产业高质量发展行动方案(2025—2027年)》。方案提出,力争到2027年,全省养老领域"
            "人工智能产品和服务市场规模突破150亿元,较2022年增长3倍;其中,AI陪伴机器人与智能语音助手市场规模达到40亿元。"
            "据省工业和信息化厅测算,2024年全省该市场规模为68亿元。方案同时明确,到2027年全省养老机构护理型床位占比达到"
            "70%,新建社区嵌入式养老服务设施300个,并对购买智能看护设备的经济困难老年人给予每台最高1000元补贴。"
        ),
        obs=[
            ("Total", 2024, 68, "CNY 100 million", "actual"),
            ("Total", 2027, 150, "CNY 100 million", "estimate"),
            ("AI陪伴机器人与智能语音助手", 2027, 40, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2022, 2027, 5.0),
        ],
        verdicts=[],
    ),
    # 11. Xinhua-style story quoting two institutes (Simplified): the first institute's base, target and CAGR (printed
    #     span) are the snippet's; the printed 26% is inconsistent with its amounts. Expected nowhere: 北辰产业研究院's
    #     约12亿元 for the same 2024 market, the 1500万 patients, the 2000 pilot communities, the 3.8万元 terminal price.
    dict(
        text=(
            "新华社北京5月18日电(记者刘晓岚)中国银龄健康科技研究院18日发布研究报告称,2024年我国社区认知障碍AI筛查"
            "市场规模为9.4亿元,预计到2030年将增至41.5亿元,2024—2030年年均复合增长率约为26%。另据北辰产业研究院测算,"
            "2024年该市场规模约为12亿元。报告指出,我国60岁及以上人群中认知障碍患者约1500万人,目前全国已有超过2000个"
            "社区开展认知障碍筛查试点,一台便携式AI筛查终端售价约3.8万元。"
        ),
        obs=[
            ("Total", 2024, 9.4, "CNY 100 million", "actual"),
            ("Total", 2030, 41.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 26, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (41.5 / 9.4) ** (1 / 6) - 1 = 28.08% -> 28, not 26; bounds (41.45 / 9.45) ** (1/6) - 1 = 27.94%,
            # (41.55 / 9.35) ** (1/6) - 1 = 28.22% -> 26 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. Taiwan white paper (Traditional, 新台幣億元 -> TWD 100 million): YoY with both amounts; the printed-span CAGR
    #     holds only by rounding. Expected nowhere: the title year, the 440萬 people aged 65+, the 長照2.0 budget of
    #     新台幣900億元, the 1,100 institutions, the 9萬 care workers.
    dict(
        text=(
            "《2025臺灣智慧長照產業白皮書》指出,2024年國內長照機構與居家照顧服務單位導入AI照護排班、遠距生理監測及跌倒"
            "偵測等解決方案的市場規模達新台幣38.6億元,較2023年的30.2億元成長27.8%。白皮書預估,2028年市場規模可望達"
            "新台幣91億元,2024至2028年年複合成長率為23.7%。白皮書同時指出,臺灣65歲以上人口已突破440萬人,長照2.0年度"
            "預算逾新台幣900億元,全國約有1,100家長照機構,照顧服務員約9萬人。"
        ),
        obs=[
            ("Total", 2023, 30.2, "TWD 100 million", "actual"),
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("Total", 2028, 91, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.8, "percent", 2023, 2024, 1.0),
            ("cagr", 23.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 30.2) ** (1 / 1) - 1 = 27.81% -> 27.8
            # (91 / 38.6) ** (1 / 4) - 1 = 23.91% -> 23.9, not 23.7; bounds (90.5 / 38.65) ** (1/4) - 1 = 23.70%,
            # (91.5 / 38.55) ** (1/4) - 1 = 24.12% -> 23.7 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional, 億港元 -> HKD 100 million): YoY with both amounts, a 2027 forecast. Expected
    #     nowhere: the survey's title year, the 170萬 elders, the 7.5萬 places, the 20億港元 fund injection, the
    #     start-up's 8,000萬港元 Series A.
    dict(
        text=(
            "【本報訊】本港安老服務業界正加快引入人工智能。香港智齡科技協會昨日公布的《2025安老科技應用調查》顯示,本港"
            "安老院舍及社區照顧服務在AI照護排程、跌倒監測及用藥提醒系統上的開支,由2023年的2.6億港元增至2024年的3.4億"
            "港元,增幅約31%;協會預計2027年開支將達7.2億港元。報告指出,全港65歲或以上長者約170萬人,安老院舍宿位約7.5"
            "萬個;政府今年再向樂齡科技相關基金注資20億港元。另外,一家本地初創公司上月完成8,000萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 2.6, "HKD 100 million", "actual"),
            ("Total", 2024, 3.4, "HKD 100 million", "actual"),
            ("Total", 2027, 7.2, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.4 / 2.6) ** (1 / 1) - 1 = 30.77% -> 31
        ],
    ),
    # 14. Taipei news-agency story (Traditional) dated 2025: 去年 = 2024 (actual, 約 at its printed figure), 今年 = 2025
    #     (estimate, 可望); a YoY with both amounts. Expected nowhere: the 新台幣3.5萬元 robot price, the leader's
    #     first-quarter revenue growth of 42%, the 46% survey answer.
    dict(
        text=(
            "(寶島通訊社記者林怡君台北2025年4月9日電)AI陪伴機器人逐步走進臺灣長者家中。臺灣數位產業研究院今天發布報告"
            "指出,去年國內長者AI陪伴機器人與語音助理市場規模約新台幣6.8億元,今年可望成長35%至9.2億元。報告指出,一台"
            "具備對話與用藥提醒功能的陪伴機器人售價約新台幣3.5萬元;國內龍頭業者今年第一季營收年增42%,受訪長者中有46%"
            "表示願意與機器人聊天。"
        ),
        obs=[
            ("Total", 2024, 6.8, "TWD 100 million", "actual"),
            ("Total", 2025, 9.2, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.2 / 6.8) ** (1 / 1) - 1 = 35.29% -> 35
        ],
    ),
    # 15. Mainland broker deep-dive (Simplified): YoY with both amounts holding only by rounding; a 2027 range gives
    #     two value claims. Expected nowhere: the report date, the rating, the covered company's revenue, margin,
    #     target price and upside, the 4% penetration rate.
    dict(
        text=(
            "东岳证券医药行业深度报告(2025年6月):AI用药依从性管理,银发经济的下一片蓝海。我们测算,2024年国内面向老年"
            "慢病人群的AI用药依从性管理市场规模为18.4亿元,较2023年的14.6亿元增长26.3%。随着智能药盒普及和医保支付探索"
            "推进,我们预计2027年市场规模将在42亿元至55亿元之间。维持行业“推荐”评级。重点公司康泰智联2024年营收5.3亿元,"
            "毛利率61%,目标价38.6元,对应上涨空间27%。当前智能药盒在老年慢病患者中的渗透率仅约4%。"
        ),
        obs=[
            ("Total", 2023, 14.6, "CNY 100 million", "actual"),
            ("Total", 2024, 18.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 26.3, "percent", 2023, 2024, 1.0),
            ("value", 42, "CNY 100 million", 2027, 2027, None),
            ("value", 55, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            # (18.4 / 14.6) ** (1 / 1) - 1 = 26.03% -> 26.0, not 26.3; bounds 18.35 / 14.65 - 1 = 25.26%,
            # 18.45 / 14.55 - 1 = 26.80% -> 26.3 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown table in ¥ billion (JPY billion) with a CAGR column whose header prints the span (stated); rows add
    #     to the Total row. Companion robots' CAGR is inconsistent; medication adherence's holds only by rounding.
    #     Expected nowhere: the table number, the 36.2 million people aged 65+.
    dict(
        text=(
            "Table 3: Japan AI eldercare market by segment (¥ billion)\n"
            "| Segment | 2024 | 2029E | CAGR 2024-29E |\n"
            "|---|---|---|---|\n"
            "| Fall detection & remote monitoring | 21.4 | 53.0 | 19.9% |\n"
            "| Companion robots & voice assistants | 12.6 | 38.9 | 27.3% |\n"
            "| Care-planning & scheduling software | 30.5 | 61.0 | 14.9% |\n"
            "| Medication adherence | 6.3 | 17.4 | 22.8% |\n"
            "| Total | 70.8 | 170.3 | 19.2% |\n"
            "Source: Sakura Longevity Research estimates; E = estimate. Japan counted about 36.2 million people aged 65 "
            "or over in 2024."
        ),
        obs=[
            ("Fall detection & remote monitoring", 2024, 21.4, "JPY billion", "actual"),
            ("Fall detection & remote monitoring", 2029, 53.0, "JPY billion", "estimate"),
            ("Companion robots & voice assistants", 2024, 12.6, "JPY billion", "actual"),
            ("Companion robots & voice assistants", 2029, 38.9, "JPY billion", "estimate"),
            ("Care-planning & scheduling software", 2024, 30.5, "JPY billion", "actual"),
            ("Care-planning & scheduling software", 2029, 61.0, "JPY billion", "estimate"),
            ("Medication adherence", 2024, 6.3, "JPY billion", "actual"),
            ("Medication adherence", 2029, 17.4, "JPY billion", "estimate"),
            ("Total", 2024, 70.8, "JPY billion", "actual"),
            ("Total", 2029, 170.3, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.9, "percent", 2024, 2029, None, "stated"),
            ("cagr", 27.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 14.9, "percent", 2024, 2029, None, "stated"),
            ("cagr", 22.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (53.0 / 21.4) ** (1 / 5) - 1 = 19.89% -> 19.9
            # (38.9 / 12.6) ** (1 / 5) - 1 = 25.29% -> 25.3, not 27.3; bounds (38.85 / 12.65) ** (1/5) - 1 = 25.16%,
            # (38.95 / 12.55) ** (1/5) - 1 = 25.42% -> 27.3 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (61.0 / 30.5) ** (1 / 5) - 1 = 14.87% -> 14.9
            # (17.4 / 6.3) ** (1 / 5) - 1 = 22.53% -> 22.5, not 22.8; bounds (17.35 / 6.35) ** (1/5) - 1 = 22.27%,
            # (17.45 / 6.25) ** (1/5) - 1 = 22.80% -> 22.8 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (170.3 / 70.8) ** (1 / 5) - 1 = 19.19% -> 19.2
            ("hierarchy", "exact"),  # 2024: 21.4 + 12.6 + 30.5 + 6.3 = 70.8
            ("hierarchy", "exact"),  # 2029E: 53.0 + 38.9 + 61.0 + 17.4 = 170.3
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 万元 (CNY 10 thousand) with a 合计 row; the 2023 合计 holds only
    #     by rounding. Expected nowhere: the table number, the title's year span, the 38亿元 subsidy outlay in the note.
    dict(
        text=(
            "表5 2022—2024年上海市社区养老AI服务采购规模(单位:万元)\n"
            "服务类别\t2022年\t2023年\t2024年\n"
            "智能跌倒监测\t4263\t5718\t7352\n"
            "AI照护排班系统\t1378\t2046\t2861\n"
            "智能用药提醒\t2154\t2893\t3708\n"
            "认知障碍AI筛查\t3869\t4961\t6417\n"
            "合计\t11664\t15619\t20338\n"
            "资料来源:上海银龄数字化促进中心。注:同期全市养老服务补贴支出约38亿元,不含在上表内。"
        ),
        obs=[
            ("智能跌倒监测", 2022, 4263, "CNY 10 thousand", "actual"),
            ("智能跌倒监测", 2023, 5718, "CNY 10 thousand", "actual"),
            ("智能跌倒监测", 2024, 7352, "CNY 10 thousand", "actual"),
            ("AI照护排班系统", 2022, 1378, "CNY 10 thousand", "actual"),
            ("AI照护排班系统", 2023, 2046, "CNY 10 thousand", "actual"),
            ("AI照护排班系统", 2024, 2861, "CNY 10 thousand", "actual"),
            ("智能用药提醒", 2022, 2154, "CNY 10 thousand", "actual"),
            ("智能用药提醒", 2023, 2893, "CNY 10 thousand", "actual"),
            ("智能用药提醒", 2024, 3708, "CNY 10 thousand", "actual"),
            ("认知障碍AI筛查", 2022, 3869, "CNY 10 thousand", "actual"),
            ("认知障碍AI筛查", 2023, 4961, "CNY 10 thousand", "actual"),
            ("认知障碍AI筛查", 2024, 6417, "CNY 10 thousand", "actual"),
            ("合计", 2022, 11664, "CNY 10 thousand", "actual"),
            ("合计", 2023, 15619, "CNY 10 thousand", "actual"),
            ("合计", 2024, 20338, "CNY 10 thousand", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 4263 + 1378 + 2154 + 3869 = 11664
            # 2023: 5718 + 2046 + 2893 + 4961 = 15618, not 15619; parts at +-0.5 each give 15616 to 15620 and the
            # total 15618.5 to 15619.5 -> reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2024: 7352 + 2861 + 3708 + 6417 = 20338
        ],
    ),
    # 18. Space-aligned table (Sweden, EUR million, 2024) with a share column; the 100.0% total is no claim; the
    #     medication-adherence share holds only by rounding; rows add to the Total row. Expected nowhere: the 290
    #     municipalities surveyed, the 2.2 million residents aged 65+.
    dict(
        text=(
            "Sweden: AI in elderly care, spending by segment, 2024\n"
            "Segment                               EUR million     Share\n"
            "Remote monitoring and fall alerts            38.2     41.5%\n"
            "Care-planning and scheduling                 27.6     30.0%\n"
            "Medication adherence                         14.1     15.4%\n"
            "Dementia screening                           12.1     13.2%\n"
            "Total                                        92.0    100.0%\n"
            "Source: Nordvik Care Analytics survey of 290 municipalities and private providers. Sweden has some "
            "2.2 million residents aged 65 or over."
        ),
        obs=[
            ("Remote monitoring and fall alerts", 2024, 38.2, "EUR million", "actual"),
            ("Care-planning and scheduling", 2024, 27.6, "EUR million", "actual"),
            ("Medication adherence", 2024, 14.1, "EUR million", "actual"),
            ("Dementia screening", 2024, 12.1, "EUR million", "actual"),
            ("Total", 2024, 92.0, "EUR million", "actual"),
        ],
        claims=[
            ("share", 41.5, "percent", 2024, 2024, None),
            ("share", 30.0, "percent", 2024, 2024, None),
            ("share", 15.4, "percent", 2024, 2024, None),
            ("share", 13.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 38.2 / 92.0 = 41.52% -> 41.5
            ("arithmetic", "exact"),  # 27.6 / 92.0 = 30.00% -> 30.0
            # 14.1 / 92.0 = 15.33% -> 15.3, not 15.4; bounds 14.05 / 92.05 = 15.26%, 14.15 / 91.95 = 15.39% -> 15.4
            # reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 12.1 / 92.0 = 13.15% -> 13.2
            ("hierarchy", "exact"),  # 2024: 38.2 + 27.6 + 14.1 + 12.1 = 92.0
        ],
    ),
    # 19. Vertical table (rows are years) for South Korea with a lone value column headed by its unit only (US$
    #     million -> Total) and a YoY column; 2025E is an estimate. The 2023 YoY holds only by rounding, the 2025E
    #     YoY is inconsistent. Expected nowhere: the 10 million people aged 65+, the US$25 monthly rental.
    dict(
        text=(
            "South Korea: spending on AI companion robots and voice assistants for seniors\n"
            "| Year | US$ million | YoY |\n"
            "|---|---|---|\n"
            "| 2021 | 48.5 | - |\n"
            "| 2022 | 63.0 | 29.9% |\n"
            "| 2023 | 84.7 | 34.6% |\n"
            "| 2024 | 109.2 | 28.9% |\n"
            "| 2025E | 141.0 | 31.4% |\n"
            "Source: Hangang Silver-Tech Institute. Korea's population aged 65 and over passed 10 million in 2024; "
            "public rental of a companion robot runs about US$25 a month."
        ),
        obs=[
            ("Total", 2021, 48.5, "USD million", "actual"),
            ("Total", 2022, 63.0, "USD million", "actual"),
            ("Total", 2023, 84.7, "USD million", "actual"),
            ("Total", 2024, 109.2, "USD million", "actual"),
            ("Total", 2025, 141.0, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 29.9, "percent", 2021, 2022, 1.0),
            ("growth", 34.6, "percent", 2022, 2023, 1.0),
            ("growth", 28.9, "percent", 2023, 2024, 1.0),
            ("growth", 31.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 63.0 / 48.5 - 1 = 29.90% -> 29.9
            # 84.7 / 63.0 - 1 = 34.44% -> 34.4, not 34.6; bounds 84.65 / 63.05 - 1 = 34.26%, 84.75 / 62.95 - 1 =
            # 34.63% -> 34.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 109.2 / 84.7 - 1 = 28.93% -> 28.9
            # 141.0 / 109.2 - 1 = 29.12% -> 29.1, not 31.4; bounds 140.95 / 109.25 - 1 = 29.02%, 141.05 / 109.15 - 1 =
            # 29.23% -> 31.4 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 20. Tab-separated US segment table (USD million) with a Total row; 2025F is an estimate. The 2025F Total is
    #     inconsistent with its rows. Expected nowhere: the exhibit number, the $460 billion Medicare and Medicaid
    #     long-term-care outlays in the note.
    dict(
        text=(
            "Exhibit 7\tU.S. AI eldercare spending by segment (US$ million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "Fall detection and remote monitoring\t412\t538\t689\n"
            "Care-planning and scheduling software\t286\t371\t468\n"
            "Companion robots and voice assistants\t195\t262\t341\n"
            "Medication-adherence tools\t143\t187\t248\n"
            "Dementia screening\t88\t121\t163\n"
            "Total\t1,124\t1,479\t1,921\n"
            "Source: Cobalt Ridge Advisors; F = forecast. Figures exclude Medicare and Medicaid long-term-care outlays "
            "of roughly $460 billion."
        ),
        obs=[
            ("Fall detection and remote monitoring", 2023, 412, "USD million", "actual"),
            ("Fall detection and remote monitoring", 2024, 538, "USD million", "actual"),
            ("Fall detection and remote monitoring", 2025, 689, "USD million", "estimate"),
            ("Care-planning and scheduling software", 2023, 286, "USD million", "actual"),
            ("Care-planning and scheduling software", 2024, 371, "USD million", "actual"),
            ("Care-planning and scheduling software", 2025, 468, "USD million", "estimate"),
            ("Companion robots and voice assistants", 2023, 195, "USD million", "actual"),
            ("Companion robots and voice assistants", 2024, 262, "USD million", "actual"),
            ("Companion robots and voice assistants", 2025, 341, "USD million", "estimate"),
            ("Medication-adherence tools", 2023, 143, "USD million", "actual"),
            ("Medication-adherence tools", 2024, 187, "USD million", "actual"),
            ("Medication-adherence tools", 2025, 248, "USD million", "estimate"),
            ("Dementia screening", 2023, 88, "USD million", "actual"),
            ("Dementia screening", 2024, 121, "USD million", "actual"),
            ("Dementia screening", 2025, 163, "USD million", "estimate"),
            ("Total", 2023, 1124, "USD million", "actual"),
            ("Total", 2024, 1479, "USD million", "actual"),
            ("Total", 2025, 1921, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 412 + 286 + 195 + 143 + 88 = 1124
            ("hierarchy", "exact"),  # 2024: 538 + 371 + 262 + 187 + 121 = 1479
            # 2025F: 689 + 468 + 341 + 248 + 163 = 1909, not 1921; parts at +-0.5 each give 1906.5 to 1911.5 and the
            # total 1920.5 to 1921.5 -> reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 21. US earnings-call answer (Q&A) sizing the TAM: "this year" (2025, the call's year) is an estimate, "last
    #     year" (2024) actual; a YoY with both amounts; "more than double" as x2 over 2025-2029.
    #     Expected nowhere: the 58 million Americans over 65, the company's Q3 revenue, its 38% growth and 64% gross
    #     margin, the 212,000 kits shipped and the $249 unit price.
    dict(
        text=(
            "Halden Care Technologies (NASDAQ: HLDN) Q3 2025 earnings call, October 30, 2025 - Q&A\n"
            "Priya Sandoval, Westmark Securities: Can you size the opportunity for us?\n"
            "Martin Olvera, CEO: Sure. We put the U.S. addressable market for AI fall detection and remote monitoring "
            "for seniors at roughly $4.2 billion this year, up from $3.4 billion last year, so call it 24% growth. By "
            "2029 we think it will be more than double this year's level, around $9 billion. There are 58 million "
            "Americans over 65, and most of them want to age at home. For our part, third-quarter revenue was $61.3 "
            "million, up 38%, with a gross margin of 64%, and we shipped 212,000 sensor kits at about $249 apiece."
        ),
        obs=[
            ("Total", 2024, 3.4, "USD billion", "actual"),
            ("Total", 2025, 4.2, "USD billion", "estimate"),
            ("Total", 2029, 9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
            ("multiple", 2, "multiple", 2025, 2029, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.2 / 3.4) ** (1 / 1) - 1 = 23.53% -> 24
        ],
    ),
    # 22. German working-paper abstract: CAGR with printed span 2019-2023 that holds only by rounding; a 2027
    #     projection. Expected nowhere: the working-paper number, the 1,860 providers, the ~EUR 63 billion paid out
    #     by long-term care insurance, the 5.2 million beneficiaries, the 41% survey answer.
    dict(
        text=(
            "Working Paper No. 2025-07, Institut f\u00fcr Pflege\u00f6konomie Rheinland\n"
            "Abstract. Digitising the duty roster: demand for AI care planning in German long-term care. Using "
            "procurement data from 1,860 inpatient and outpatient providers, we estimate that spending in Germany on "
            "AI care-planning and scheduling software reached \u20ac214 million in 2023, up from \u20ac96 million in "
            "2019, a compound annual growth rate of 22.4% over 2019-2023. We project \u20ac505 million in 2027. The sums "
            "remain small against the roughly \u20ac63 billion that long-term care insurance paid out in 2023 and the "
            "5.2 million people drawing its benefits. In our survey, 41% of home-care agencies reported unfilled shifts "
            "every week."
        ),
        obs=[
            ("Total", 2019, 96, "EUR million", "actual"),
            ("Total", 2023, 214, "EUR million", "actual"),
            ("Total", 2027, 505, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 22.4, "percent", 2019, 2023, None, "stated"),
        ],
        verdicts=[
            # (214 / 96) ** (1 / 4) - 1 = 22.19% -> 22.2, not 22.4; bounds (213.5 / 96.5) ** (1/4) - 1 = 21.96%,
            # (214.5 / 95.5) ** (1/4) - 1 = 22.42% -> 22.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 23. Social-media thread (numbered posts) on Japan in yen, fiscal years: a YoY that the amounts cannot give.
    #     Expected nowhere: the 36.2 million people aged 65+, the ~JPY 13 trillion care-insurance spending, the
    #     startup's JPY 2.4 billion round and JPY 18 billion valuation, the JPY 98,000 robot price, the "5/5" count.
    dict(
        text=(
            "1/ Quick thread on a corner of Japan's eldercare market nobody talks about: AI companion robots and voice "
            "assistants for older people. Per a new Kitamura Research Institute report, the market hit \u00a538.5 "
            "billion in FY2024.\n"
            "2/ That's up 19% from \u00a533.1 billion in FY2023, they say, and they forecast \u00a572 billion by FY2028.\n"
            "3/ Context: Japan has 36.2 million people aged 65+, and long-term care insurance spending runs to about "
            "\u00a513 trillion a year. The AI slice is tiny.\n"
            "4/ One startup, Mimamori Labs, just raised \u00a52.4 billion at a \u00a518 billion valuation. Its companion "
            "robot retails for about \u00a598,000. 5/5"
        ),
        obs=[
            ("Total", 2023, 33.1, "JPY billion", "actual"),
            ("Total", 2024, 38.5, "JPY billion", "actual"),
            ("Total", 2028, 72, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (38.5 / 33.1) ** (1 / 1) - 1 = 16.31%; bounds 38.45 / 33.15 - 1 = 15.99%, 38.55 / 33.05 - 1 = 16.64%
            # -> 19 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. US web article with a correction line: the corrected 2023 figure is the observation; YoY with both amounts;
    #     "approach $2.9 billion" is expected at its printed figure. Expected nowhere: the misstated $1.6 billion,
    #     the 3 million ER visits, the 30,600 communities, the $1,150 unit price, the 57% survey answer.
    dict(
        text=(
            "Smart floors and watchful cameras: AI fall detection goes mainstream in assisted living\n"
            "By Dana Whitfield, updated March 6, 2025\n"
            "Assisted-living operators across the United States spent $1.52 billion on AI fall-detection and "
            "remote-monitoring systems in 2024, up 31% from $1.16 billion in 2023, according to Crestline Senior Living "
            "Analytics. The firm expects spending to approach $2.9 billion in 2027. Falls send about 3 million older "
            "Americans to emergency rooms each year, and the country has roughly 30,600 assisted-living communities. A "
            "typical ceiling-mounted radar unit costs $1,150 installed. Crestline's survey found 57% of operators plan "
            "to expand monitoring this year.\n"
            "Correction, March 6, 2025: An earlier version of this article misstated 2023 spending as $1.6 billion. "
            "The correct figure is $1.16 billion."
        ),
        obs=[
            ("Total", 2023, 1.16, "USD billion", "actual"),
            ("Total", 2024, 1.52, "USD billion", "actual"),
            ("Total", 2027, 2.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.52 / 1.16) ** (1 / 1) - 1 = 31.03% -> 31
        ],
    ),
    # 25. UK chair's letter to shareholders: YoY with both amounts, a part with a share that is inconsistent, a CAGR
    #     with printed span. Expected nowhere: the company's revenue, its 29% growth and 17.2% margin, the 4.1p
    #     dividend, the 12.9 million people aged 65+, the letter's date.
    dict(
        text=(
            "Letter to shareholders\n"
            "Dear shareholders, 2024 was the year medication support for older people went digital at scale. By our "
            "estimate, the UK market for AI medication-adherence tools, from smart dispensers to pharmacy apps that "
            "learn a patient's routine, grew 31% to \u00a3182 million in 2024 from \u00a3139 million in 2023. "
            "Domiciliary care providers bought \u00a367 million of it, or 41% of the market. We expect the market to "
            "reach \u00a3420 million in 2028, a compound annual growth of 23.3% over 2024-2028. Pillwise Group's own "
            "revenue rose 29% to \u00a338.4 million and our adjusted operating margin widened to 17.2%. The board "
            "proposes a final dividend of 4.1p per share. With 12.9 million people aged 65 and over in the UK, our "
            "mission has never mattered more.\n"
            "Eleanor Marsh, Chair, Pillwise Group plc, 24 March 2025"
        ),
        obs=[
            ("Total", 2023, 139, "GBP million", "actual"),
            ("Total", 2024, 182, "GBP million", "actual"),
            ("Domiciliary care providers", 2024, 67, "GBP million", "actual"),
            ("Total", 2028, 420, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("share", 41, "percent", 2024, 2024, None),
            ("cagr", 23.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (182 / 139) ** (1 / 1) - 1 = 30.94% -> 31
            # 67 / 182 = 36.81%; bounds 66.5 / 182.5 = 36.44%, 67.5 / 181.5 = 37.19% -> 41 reached by no reading
            ("arithmetic", "inconsistent"),
            ("cagr|implied", "exact"),  # (420 / 182) ** (1 / 4) - 1 = 23.25% -> 23.3
        ],
    ),
    # 26. Investor-day slide bullets ("- 2025E TAM: ..."): 2024 TAM actual, 2025E and 2028E estimates, a part with its
    #     share, a YoY and a stated CAGR. Expected nowhere: the investor-day date and slide numbers, the company's
    #     revenue guidance range (no value claims), its EBITDA margin target, the 1,450 customers, the 54 million people.
    dict(
        text=(
            "Aldergrove Health Investor Day 2025, New York, 11 June 2025\n"
            "Slide 14: A large and growing market\n"
            "- 2024 TAM: $6.8B (AI remote monitoring and fall detection for seniors, US and Western Europe)\n"
            "- 2025E TAM: $8.1B, 2025E growth 19%\n"
            "- 2028E TAM: $13.5B, 18.6% CAGR 2025E-2028E\n"
            "- Care-home monitoring: $2.9B of 2025E TAM (36%)\n"
            "Slide 15: Our path\n"
            "- FY2025 revenue guidance: $410M-$430M\n"
            "- Adjusted EBITDA margin of 21% by FY2027\n"
            "- 1,450 care-home customers; 54 million people aged 65+ in our footprint"
        ),
        obs=[
            ("Total", 2024, 6.8, "USD billion", "actual"),
            ("Total", 2025, 8.1, "USD billion", "estimate"),
            ("Total", 2028, 13.5, "USD billion", "estimate"),
            ("Care-home monitoring", 2025, 2.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
            ("cagr", 18.6, "percent", 2025, 2028, None, "stated"),
            ("share", 36, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.1 / 6.8) ** (1 / 1) - 1 = 19.12% -> 19
            ("cagr|implied", "exact"),  # (13.5 / 8.1) ** (1 / 3) - 1 = 18.56% -> 18.6
            ("arithmetic", "exact"),  # 2.9 / 8.1 = 35.80% -> 36
        ],
    ),
    # 27. Forum answer quoting two research houses: the first house's base, target and rate are the snippet's figures;
    #     the 2030 figure in billions is converted to the series' unit (USD million); the CAGR's span comes only from
    #     the amounts' years (inferred). Expected nowhere: Marrowby's $530 million, the A$36 billion aged-care budget
    #     (an aside in a currency the table does not hold), the 7 million Americans, the 61% poll, the score 42.
    dict(
        text=(
            "Re: How big is the market for AI dementia screening in the community?\n"
            "Answer from gerontech_nerd (score 42): Depends whose numbers you trust. Halvorsen Research sizes the U.S. "
            "market for AI dementia-screening tools used in primary care, pharmacies and senior centres at $412 "
            "million in 2024 and sees it reaching $1.38 billion by 2030, a compound annual growth rate of 22.3%. "
            "Marrowby Insights puts 2024 at $530 million, but it counts hospital memory clinics too, so I'd go with "
            "Halvorsen. For comparison, Australia's aged-care budget is over A$36 billion, which tells you how small "
            "this niche still is. About 7 million Americans live with Alzheimer's, and in one poll 61% of adults over "
            "60 said they'd take a free cognitive check. Edit: fixed a typo."
        ),
        obs=[
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2030, 1380, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 22.3, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1380 / 412) ** (1 / 6) - 1 = 22.32% -> 22.3
        ],
    ),
    # 28. Seoul broker note in won: won is not in the unit table, so no observation; its YoY, stated CAGR and share
    #     are claims, with no verdict (no observations to check them against). Expected nowhere: the dateline, the
    #     10 million Koreans aged 65+, the target price and upside, the covered company's 1H25 sales growth, the
    #     implied rest of spending.
    dict(
        text=(
            "Seoul, 9 September 2025 - Hanbit Investment & Securities, ageing-tech sector note\n"
            "Korea's silver-tech moment. We estimate the Korean market for AI monitoring and companion services for "
            "seniors at KRW 412 billion in 2024, up 28% year on year, and expect a 2024-2029 CAGR of 24%. Home-care "
            "agencies account for 46% of spending, care facilities for the rest. With 10 million Koreans now aged 65 "
            "or older, municipal pilots are turning into contracts. Top pick: Dasom Robotics (BUY, TP KRW 38,000, 31% "
            "upside), whose 1H25 sales rose 44% on orders from district health centres."
        ),
        obs=[],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
            ("cagr", 24, "percent", 2024, 2029, None, "stated"),
            ("share", 46, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified): YoY with both amounts, a part (居家场景) with its share, a 2027 forecast
    #     at its printed figure (突破150亿元). Expected nowhere: the dateline, the 3.1亿 older people, the 520万 beds,
    #     the device price (数百元), the 47% survey answer.
    dict(
        text=(
            "新华社北京3月18日电(记者林晓峰)记者从中国老龄科技产业联盟获悉,2024年我国面向老年人的AI跌倒检测与远程监护"
            "市场规模达到86.4亿元,较2023年的71.0亿元增长21.7%。其中,居家场景市场规模为52.6亿元,占比60.9%。联盟预计,"
            "2027年该市场规模将突破150亿元。截至2024年底,我国60周岁及以上老年人口达3.1亿人,全国养老机构床位约520万张。"
            "联盟负责人介绍,智能手环、毫米波雷达等设备单价已降至数百元,受访老年家庭中有47%表示愿意为远程监护服务付费。"
        ),
        obs=[
            ("Total", 2023, 71.0, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("居家场景", 2024, 52.6, "CNY 100 million", "actual"),
            ("Total", 2027, 150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.7, "percent", 2023, 2024, 1.0),
            ("share", 60.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.4 / 71.0) ** (1 / 1) - 1 = 21.69% -> 21.7
            ("arithmetic", "exact"),  # 52.6 / 86.4 = 60.88% -> 60.9
        ],
    ),
    # 30. Municipal plan (Simplified, Hangzhou): a 2024 base (约68亿元) and a 2027 target (力争, estimate); 年均增长 is a
    #     CAGR whose span only the amounts' years give (inferred) and holds only by rounding. Expected nowhere: the
    #     plan's title years, the 50 homes, the 10万 households, the 2000元 per-bed subsidy, the 190万 older people.
    dict(
        text=(
            "《杭州市智慧养老高质量发展三年行动计划(2025—2027年)》近日印发。计划提出,依托人工智能推动养老服务提质增效,"
            "2024年全市养老领域人工智能应用产业规模约为68亿元,到2027年力争达到120亿元,年均增长20.9%。计划明确,新建智慧"
            "养老院50家,为10万户独居、失能老年人家庭安装智能监测设备,对符合条件的养老机构按每张床位最高2000元给予智能化"
            "改造补贴。杭州现有60岁及以上户籍老年人口约190万人,其中80岁以上高龄老人占比持续上升。"
        ),
        obs=[
            ("Total", 2024, 68, "CNY 100 million", "actual"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.9, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (120 / 68) ** (1 / 3) - 1 = 20.84% -> 20.8, not 20.9; bounds (119.5 / 68.5) ** (1/3) - 1 = 20.38%,
            # (120.5 / 67.5) ** (1/3) - 1 = 21.31% -> 20.9 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): YoY with both amounts and a CAGR with printed span, both
    #     exact. Expected nowhere: the dateline 今(12)日, this year's 長照2.0 budget of 930億元, the 440萬 people aged
    #     65+, the 1,100 institutions, the 62% survey answer.
    dict(
        text=(
            "【台北訊】台灣長照科技研究院今(12)日發布最新調查指出,2024年台灣長照機構與居家服務單位採用的AI照護計畫與排班"
            "軟體市場規模達新台幣18.6億元,較2023年的14.9億元成長24.8%。研究院預估,2027年市場規模可望達新台幣36億元,"
            "2024至2027年複合成長率為24.6%。報告指出,政府長照2.0今年預算約新台幣930億元,全台65歲以上人口已逾440萬人,"
            "長照機構約1,100家;受訪機構中有62%表示人力短缺是導入AI的主因。"
        ),
        obs=[
            ("Total", 2023, 14.9, "TWD 100 million", "actual"),
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("Total", 2027, 36, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.8, "percent", 2023, 2024, 1.0),
            ("cagr", 24.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 14.9) ** (1 / 1) - 1 = 24.83% -> 24.8
            ("cagr|implied", "exact"),  # (36 / 18.6) ** (1 / 3) - 1 = 24.62% -> 24.6
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): YoY with both amounts, a part with its share, a 2028
    #     forecast. Expected nowhere: the report's title year, the 165萬 elders, the 7.6萬 places, the 180億港元
    #     government eldercare spending, the 4,345港元 monthly allowance.
    dict(
        text=(
            "香港安老科技協會今日發表《2025年香港樂齡科技應用報告》。報告估算,2024年本港安老院舍及社區照顧服務應用人工"
            "智能的市場規模約為5.8億港元,較2023年的4.6億港元增長26%;其中AI跌倒偵測及遙距監察佔2.3億港元,約佔40%。"
            "協會預計,至2028年市場規模將增至14億港元。報告亦指出,本港65歲或以上長者約165萬人,資助及私營院舍宿位合共"
            "約7.6萬個,政府今個財政年度安老服務開支逾180億港元,而長者生活津貼每月金額為4,345港元。"
        ),
        obs=[
            ("Total", 2023, 4.6, "HKD 100 million", "actual"),
            ("Total", 2024, 5.8, "HKD 100 million", "actual"),
            ("AI跌倒偵測及遙距監察", 2024, 2.3, "HKD 100 million", "actual"),
            ("Total", 2028, 14, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("share", 40, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.8 / 4.6) ** (1 / 1) - 1 = 26.09% -> 26
            ("arithmetic", "exact"),  # 2.3 / 5.8 = 39.66% -> 40
        ],
    ),
    # 33. PTT post (Traditional, 標題 [情報] ...) dated 2025: 去年 = 2024 actual, 今年 = 2025 estimate; the YoY holds
    #     only by rounding; 約為去年的2.1倍 is x2.1 over 2024-2027. Expected nowhere: the post time, the listed
    #     company's last-quarter revenue, 41% gross margin and 168元 target price, the 450萬 elders, 約三成 (a fraction
    #     in words, and no share of the market), the push comment.
    dict(
        text=(
            "作者 oldfox88 (老狐狸) 看板 Stock\n"
            "標題 [情報] 銀髮AI用藥管理商機 研調看好\n"
            "時間 Thu Apr 10 21:15:32 2025\n"
            "研調機構寶島健康科技顧問最新報告指出,台灣AI服藥提醒與用藥管理工具市場去年規模約新台幣7.2億元,今年可望達"
            "9.1億元,年增27%;2027年更上看15億元,約為去年的2.1倍。主要買家是居家照護單位與社區藥局。相關概念股昇安醫電"
            "上季營收2.3億元,毛利率41%,外資給目標價168元。全台65歲以上長者逾450萬人,其中約三成每天服用五種以上藥物。\n"
            "心得:長照題材有想像空間,但市場還很小,別追太高。\n"
            "推 silverwolf: 長照概念股要起飛了嗎"
        ),
        obs=[
            ("Total", 2024, 7.2, "TWD 100 million", "actual"),
            ("Total", 2025, 9.1, "TWD 100 million", "estimate"),
            ("Total", 2027, 15, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2024, 2025, 1.0),
            ("multiple", 2.1, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            # (9.1 / 7.2) ** (1 / 1) - 1 = 26.39% -> 26, not 27; bounds 9.05 / 7.25 - 1 = 24.83%,
            # 9.15 / 7.15 - 1 = 27.97% -> 27 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Broker abstract (Simplified) with a 2030 range (two value claims, no observation); a YoY that holds only by
    #     rounding; a part (护理计划生成模块) with its share. Expected nowhere: the report date, the 4万 institutions,
    #     the 200万 carer gap, the rating, the covered company's 6.2亿元 revenue and 58% gross margin.
    dict(
        text=(
            "恒岳证券 养老科技行业深度报告摘要 2025年5月20日\n"
            "AI重塑机构照护,排班与护理计划软件迎来放量期。我们测算,2024年我国养老机构AI照护排班与护理计划软件市场规模"
            "为23.5亿元,同比增长31.4%(2023年为17.9亿元)。随着护理员缺口扩大与长护险试点扩围,我们预计2030年市场规模将"
            "达到95亿—110亿元。细分来看,护理计划生成模块2024年规模为9.8亿元,占比41.7%。当前全国养老机构约4万家,护理员"
            "缺口超过200万人。首次覆盖,给予行业“推荐”评级;重点公司颐康云2024年营收6.2亿元,毛利率58%。"
            "风险提示:政策推进不及预期,机构付费意愿低于预期。"
        ),
        obs=[
            ("Total", 2023, 17.9, "CNY 100 million", "actual"),
            ("Total", 2024, 23.5, "CNY 100 million", "actual"),
            ("护理计划生成模块", 2024, 9.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 31.4, "percent", 2023, 2024, 1.0),
            ("value", 95, "CNY 100 million", 2030, 2030, None),
            ("value", 110, "CNY 100 million", 2030, 2030, None),
            ("share", 41.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (23.5 / 17.9) ** (1 / 1) - 1 = 31.28% -> 31.3, not 31.4; bounds 23.45 / 17.95 - 1 = 30.64%,
            # 23.55 / 17.85 - 1 = 31.93% -> 31.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 9.8 / 23.5 = 41.70% -> 41.7
        ],
    ),
    # 35. Results-briefing transcript (Simplified) dated 2025-05-14: 今年 (2025, estimate) and 去年 (2024, actual),
    #     a YoY with both amounts, 突破100亿元 in 2028 at its printed figure, 是去年的3倍多 as x3 over 2024-2028.
    #     Expected nowhere: the stock code, the briefing's title years, the company's own 2024 revenue and 52% growth,
    #     its first-quarter revenue and 39% margin, the 3500万 disabled elders, the 2999元 unit price.
    dict(
        text=(
            "安颐智能(688917)2024年度暨2025年第一季度业绩说明会文字实录(2025年5月14日)\n"
            "投资者提问:公司如何看待老年AI陪伴机器人的市场空间?\n"
            "董事长王立群:根据我们的测算,今年国内面向老年人的AI陪伴机器人及语音助手市场规模约为42亿元,去年是31亿元,"
            "增长约35%。到2028年,这一市场有望突破100亿元,是去年的3倍多。公司该业务2024年收入3.6亿元,同比增长52%;今年"
            "一季度收入0.9亿元,毛利率39%。目前我国失能、半失能老年人约3500万人,我们的陪伴机器人终端售价在2999元左右,"
            "我们会继续加大在方言识别和情感陪伴上的投入。"
        ),
        obs=[
            ("Total", 2024, 31, "CNY 100 million", "actual"),
            ("Total", 2025, 42, "CNY 100 million", "estimate"),
            ("Total", 2028, 100, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2024, 2025, 1.0),
            ("multiple", 3, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (42 / 31) ** (1 / 1) - 1 = 35.48% -> 35
        ],
    ),
    # 36. Markdown table by segment (GBP million) with a CAGR column over a printed span; 2029F is an estimate; the
    #     medication-adherence CAGR holds only by rounding; rows add to the Total row each year. Expected nowhere:
    #     the table number, the 640 providers surveyed.
    dict(
        text=(
            "Table 4. UK market for AI in older people's care by segment (\u00a3 million)\n"
            "| Segment | 2023 | 2024 | 2029F | CAGR 2024-29F |\n"
            "|---|---|---|---|---|\n"
            "| Remote monitoring and fall detection | 118 | 146 | 352 | 19.2% |\n"
            "| Care planning and scheduling software | 64 | 83 | 231 | 22.7% |\n"
            "| Medication adherence tools | 41 | 52 | 133 | 20.9% |\n"
            "| Companion robots and voice assistants | 22 | 29 | 94 | 26.5% |\n"
            "| Total | 245 | 310 | 810 | 21.2% |\n"
            "Source: Ashcombe Care Economics, survey of 640 providers. F = forecast."
        ),
        obs=[
            ("Remote monitoring and fall detection", 2023, 118, "GBP million", "actual"),
            ("Remote monitoring and fall detection", 2024, 146, "GBP million", "actual"),
            ("Remote monitoring and fall detection", 2029, 352, "GBP million", "estimate"),
            ("Care planning and scheduling software", 2023, 64, "GBP million", "actual"),
            ("Care planning and scheduling software", 2024, 83, "GBP million", "actual"),
            ("Care planning and scheduling software", 2029, 231, "GBP million", "estimate"),
            ("Medication adherence tools", 2023, 41, "GBP million", "actual"),
            ("Medication adherence tools", 2024, 52, "GBP million", "actual"),
            ("Medication adherence tools", 2029, 133, "GBP million", "estimate"),
            ("Companion robots and voice assistants", 2023, 22, "GBP million", "actual"),
            ("Companion robots and voice assistants", 2024, 29, "GBP million", "actual"),
            ("Companion robots and voice assistants", 2029, 94, "GBP million", "estimate"),
            ("Total", 2023, 245, "GBP million", "actual"),
            ("Total", 2024, 310, "GBP million", "actual"),
            ("Total", 2029, 810, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 19.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 22.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 20.9, "percent", 2024, 2029, None, "stated"),
            ("cagr", 26.5, "percent", 2024, 2029, None, "stated"),
            ("cagr", 21.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (352 / 146) ** (1 / 5) - 1 = 19.24% -> 19.2
            ("cagr|implied", "exact"),  # (231 / 83) ** (1 / 5) - 1 = 22.72% -> 22.7
            # (133 / 52) ** (1 / 5) - 1 = 20.66% -> 20.7, not 20.9; bounds (132.5 / 52.5) ** (1/5) - 1 = 20.34%,
            # (133.5 / 51.5) ** (1/5) - 1 = 20.99% -> 20.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (94 / 29) ** (1 / 5) - 1 = 26.52% -> 26.5
            ("cagr|implied", "exact"),  # (810 / 310) ** (1 / 5) - 1 = 21.18% -> 21.2
            ("hierarchy", "exact"),  # 2023: 118 + 64 + 41 + 22 = 245
            ("hierarchy", "exact"),  # 2024: 146 + 83 + 52 + 29 = 310
            ("hierarchy", "exact"),  # 2029F: 352 + 231 + 133 + 94 = 810
        ],
    ),
    # 37. Tab-separated table in yen (JPY billion) by channel with a YoY column, fiscal years; the residential-care
    #     YoY is inconsistent; rows add to the Total row. Expected nowhere: the figure number, the fiscal-year note,
    #     the 310 operators interviewed.
    dict(
        text=(
            "Figure 2: Japan, AI watch-over and fall-detection services for older people, by channel (\u00a5 billion)\n"
            "Channel\tFY2023\tFY2024\tYoY\n"
            "Home-care agencies\t14.2\t17.1\t20.4%\n"
            "Residential care homes\t21.6\t24.9\t17.3%\n"
            "Municipal watch-over programmes\t6.8\t8.5\t25.0%\n"
            "Total\t42.6\t50.5\t18.5%\n"
            "Note: fiscal years end in March. Source: Tsukuba Silver Economy Research, interviews with 310 operators."
        ),
        obs=[
            ("Home-care agencies", 2023, 14.2, "JPY billion", "actual"),
            ("Home-care agencies", 2024, 17.1, "JPY billion", "actual"),
            ("Residential care homes", 2023, 21.6, "JPY billion", "actual"),
            ("Residential care homes", 2024, 24.9, "JPY billion", "actual"),
            ("Municipal watch-over programmes", 2023, 6.8, "JPY billion", "actual"),
            ("Municipal watch-over programmes", 2024, 8.5, "JPY billion", "actual"),
            ("Total", 2023, 42.6, "JPY billion", "actual"),
            ("Total", 2024, 50.5, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 20.4, "percent", 2023, 2024, 1.0),
            ("growth", 17.3, "percent", 2023, 2024, 1.0),
            ("growth", 25.0, "percent", 2023, 2024, 1.0),
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 17.1 / 14.2 - 1 = 20.42% -> 20.4
            # 24.9 / 21.6 - 1 = 15.28%; bounds 24.85 / 21.65 - 1 = 14.78%, 24.95 / 21.55 - 1 = 15.78%
            # -> 17.3 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 8.5 / 6.8 - 1 = 25.00% -> 25.0
            ("cagr|implied", "exact"),  # 50.5 / 42.6 - 1 = 18.54% -> 18.5
            ("hierarchy", "exact"),  # FY2023: 14.2 + 21.6 + 6.8 = 42.6
            ("hierarchy", "exact"),  # FY2024: 17.1 + 24.9 + 8.5 = 50.5
        ],
    ),
    # 38. Space-aligned table (USD million) for Singapore in 2024 with a share column; the dementia-screening share
    #     holds only by rounding; the Total row's 100.0% is no claim; rows add to the total. Expected nowhere: the
    #     S$1.34 conversion rate, the source line.
    dict(
        text=(
            "Singapore: spending on AI tools in eldercare by application, 2024\n"
            "Application                              US$ million     Share\n"
            "Remote monitoring and fall detection            38.4     40.0%\n"
            "Care planning and scheduling                    24.1     25.1%\n"
            "Dementia screening in community settings        12.6     13.2%\n"
            "Medication adherence                            11.2     11.7%\n"
            "Companion robots and voice assistants            9.7     10.1%\n"
            "Total                                           96.0    100.0%\n"
            "Source: Lion City Ageing Institute; converted at S$1.34 per US$."
        ),
        obs=[
            ("Remote monitoring and fall detection", 2024, 38.4, "USD million", "actual"),
            ("Care planning and scheduling", 2024, 24.1, "USD million", "actual"),
            ("Dementia screening in community settings", 2024, 12.6, "USD million", "actual"),
            ("Medication adherence", 2024, 11.2, "USD million", "actual"),
            ("Companion robots and voice assistants", 2024, 9.7, "USD million", "actual"),
            ("Total", 2024, 96.0, "USD million", "actual"),
        ],
        claims=[
            ("share", 40.0, "percent", 2024, 2024, None),
            ("share", 25.1, "percent", 2024, 2024, None),
            ("share", 13.2, "percent", 2024, 2024, None),
            ("share", 11.7, "percent", 2024, 2024, None),
            ("share", 10.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 38.4 / 96.0 = 40.00% -> 40.0
            ("arithmetic", "exact"),  # 24.1 / 96.0 = 25.10% -> 25.1
            # 12.6 / 96.0 = 13.125% -> 13.1, not 13.2; bounds 12.55 / 96.05 = 13.07%, 12.65 / 95.95 = 13.18%
            # -> 13.2 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 11.2 / 96.0 = 11.67% -> 11.7
            ("arithmetic", "exact"),  # 9.7 / 96.0 = 10.10% -> 10.1
            ("hierarchy", "exact"),  # 38.4 + 24.1 + 12.6 + 11.2 + 9.7 = 96.0
        ],
    ),
    # 39. Vertical table (rows are years) with a lone column headed by its unit only (EUR million): the Dutch
    #     market's Total; F years are estimates; the note's CAGR (printed span) holds only by rounding. Expected
    #     nowhere: the source's edition year.
    dict(
        text=(
            "Netherlands: AI care-planning and scheduling software for home-care agencies and care homes\n"
            "Year | \u20ac million\n"
            "2021 | 31.5\n"
            "2022 | 38.2\n"
            "2023 | 46.9\n"
            "2024 | 57.0\n"
            "2025F | 68.4\n"
            "2026F | 80.9\n"
            "Note: 2024-2026F CAGR 19.2%. F = forecast. Source: Zorgdata Advies, 2025 edition."
        ),
        obs=[
            ("Total", 2021, 31.5, "EUR million", "actual"),
            ("Total", 2022, 38.2, "EUR million", "actual"),
            ("Total", 2023, 46.9, "EUR million", "actual"),
            ("Total", 2024, 57.0, "EUR million", "actual"),
            ("Total", 2025, 68.4, "EUR million", "estimate"),
            ("Total", 2026, 80.9, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 19.2, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            # (80.9 / 57.0) ** (1 / 2) - 1 = 19.13% -> 19.1, not 19.2; bounds (80.85 / 57.05) ** (1/2) - 1 = 19.05%,
            # (80.95 / 56.95) ** (1/2) - 1 = 19.22% -> 19.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 40. Traditional Chinese tab-separated table (新台幣百萬元, TWD million) with a 合計 row; 2025年(預估) is an
    #     estimate; the 2024 合計 holds only by rounding and the 2025 合計 is inconsistent. Expected nowhere: the
    #     table number, the source line.
    dict(
        text=(
            "表5 台灣高齡者AI陪伴與認知照護應用市場規模(單位:新台幣百萬元)\n"
            "項目\t2023年\t2024年\t2025年(預估)\n"
            "陪伴機器人\t412\t538\t690\n"
            "語音助理服務\t265\t331\t402\n"
            "社區失智篩檢\t96\t142\t205\n"
            "合計\t773\t1,012\t1,307\n"
            "資料來源:台灣銀髮科技產業協會;2025年為預估值。"
        ),
        obs=[
            ("陪伴機器人", 2023, 412, "TWD million", "actual"),
            ("陪伴機器人", 2024, 538, "TWD million", "actual"),
            ("陪伴機器人", 2025, 690, "TWD million", "estimate"),
            ("語音助理服務", 2023, 265, "TWD million", "actual"),
            ("語音助理服務", 2024, 331, "TWD million", "actual"),
            ("語音助理服務", 2025, 402, "TWD million", "estimate"),
            ("社區失智篩檢", 2023, 96, "TWD million", "actual"),
            ("社區失智篩檢", 2024, 142, "TWD million", "actual"),
            ("社區失智篩檢", 2025, 205, "TWD million", "estimate"),
            ("合計", 2023, 773, "TWD million", "actual"),
            ("合計", 2024, 1012, "TWD million", "actual"),
            ("合計", 2025, 1307, "TWD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 412 + 265 + 96 = 773
            # 2024: 538 + 331 + 142 = 1,011, not 1,012; bounds 1,009.5 to 1,012.5 -> 1,012 reached only by some reading
            ("hierarchy", "rounding"),
            # 2025: 690 + 402 + 205 = 1,297; bounds 1,295.5 to 1,298.5 -> 1,307 reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-eighth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 16, 'exact': 64}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'An earlier version of this article',
    'Investor Day 2025 - edited transcript',
    'nearly 3x as much',
    '较2022年增长3倍',
    '新台幣38.6億元',
    '由2023年的2.6億港元增至2024年的3.4億',
    '去年國內長者AI陪伴機器人',
    '| CAGR 2024-29E |',
    '合计\t11664',
    '| 2025E | 141.0 | 31.4% |',
    'Medication adherence                         14.1     15.4%',
    'Q3 2025 earnings call, October 30, 2025',
    'Working Paper No. 2025-07',
    "2/ That's up 19% from",
    'Correction, March 6, 2025:',
    'Letter to shareholders',
    '- 2025E TAM: $8.1B',
    'Marrowby Insights puts 2024 at $530 million',
    'KRW 412 billion in 2024',
    '新华社北京3月18日电',
    '標題 [情報]',
    '95亿—110亿元',
    '| Segment | 2023 | 2024 | 2029F | CAGR 2024-29F |',
    '合計\t773\t1,012\t1,307',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 198
#: figures, 57 rates, 85 verdicts and 3 false inconsistent
#: after the readings chosen on it and on the other sets chosen on (208, 210, 212, 214): 210, 58, 88 and 1
FLOORS = {"figures_found": 210, "rates_found": 58, "verdicts_right": 88}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset208.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
