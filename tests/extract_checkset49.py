"""A forty-ninth check set for the extractor, written blind: news and press releases about AI and adjacent technology
markets worldwide -- market-research releases in the styles of Indian, UK and US publishers ("valued at USD 2.14 Bn in
2023 ... registering a CAGR of 28.1% from 2024 to 2032", "is poised to grow from", "is slated to jump", "crossing the
$200 billion mark", "ran to the tune of", "USD 684.2 Mn", "during 2024–2033"), wire stories (a rival tracker's figure
beside the first's), tech press in units, a company blog, a conference keynote recap ("a nineteenfold increase"), a
LinkedIn-style post, a newsletter's "This week's number", an article that sets two publishers side by side, a range
("anywhere between"), a British "shrank by ... per cent", Hong Kong dollars and yen in English; Chinese 新华社-style 通稿 in
万亿元, 证券时报-style and 第一财经-style reports (翻番, 同比增长, 年均复合增长率, a second institution's figure), a 36氪-style article
(是……的3.1倍, 突破千亿元), a provincial 发布会 summary, a city bureau's 翻番 with both its amounts, AI PCs in 万台, a 工商時報-style Taiwan
story in 兆元, a 信報-style Hong Kong story in 億港元 and two more Traditional Chinese sources; and tables in pipes, tabs and
aligned columns (region and application rows with a total row, years as rows, a CAGR column and a CAGR line, share
columns, units in millions, two value columns side by side, Traditional Chinese, a total row its parts miss by
rounding).

Conventions, as in the earlier sets: a whole market's figure belongs to item ``Total``; a part's amount in prose to the
part's name as printed, less a leading "the", first letter in capitals; a table's figure to its row label as printed (a
total row's label too, wherever the table prints it), and in a vertical table, whose rows are years, to its value
column's header (a lone column headed by its unit only is the market's ``Total``). On an earnings call or at an investor
day, the total addressable market a company sizes is the market (``Total``). A second market named beside the first is
an item of its own name, never summed with the ``Total``. Each (item, year) is expected once, at its most precise
statement, in its printed unit, except that one series keeps one unit (the first its text prints): a later figure in
another scale of the same currency is expected converted to the series' unit; an approximate figure ("roughly",
"nearly", "some", 约, 近, 接近, 超过, 突破, 左右) is expected at its printed figure. When an article sets a second publisher's
figure for the same year beside the first publisher's, the first one (whose base, target and rate the text gives) is the
snippet's figure and the second is expected nowhere. A range gives two ``value`` claims for its year. Boilerplate
figures (datelines, report and table numbers, a report's title years, issue numbers, list and note numbers, headcounts,
counts of firms and respondents, ages, a price target and its upside) are expected nowhere; so are a quarter's figure
beside yearly ones, percentage points, a company's own revenue, orders, share target or margin, a share given only as a
fraction in words ("about a quarter of", 约占四成, 占比超过一半), and a percentage that is no share of the market (a margin, a
penetration rate, a survey's answer). An amount in a currency the bundled unit table holds (yen, New Taiwan dollars,
Hong Kong dollars) is the year's observation in that currency (¥ billion ``JPY billion``, 新台幣億元 ``TWD 100 million``, 億港元
``HKD 100 million``, "HK$486 million" ``HKD million``) and its rates get their verdicts from its own amounts; an amount
in a currency the table does not hold (won, rupees, riyals) is no observation. A fiscal year counts as its number
(fiscal 2024, FY2025e -> 2024, 2025). "Last year" / 去年 is the year before the dateline's, "this year" / 今年 / "by
year-end" the dateline's, and a figure of it an ``estimate`` (the year is not over), "next year" / 明年 the year after. A
share is ("share", N, "percent", YEAR, YEAR, None); a table's 100% total is no claim. A stated CAGR carries no
``period_years`` and is ``stated`` when its span is printed, ``inferred`` when only the years of its amounts give it
(its verdict then read as ``cagr|period``); a year-on-year rate carries 1 (its verdict read as ``cagr|implied``); a
decline is a negative rate; a multiple between two years carries their distance ("2.5x" as x2.5, "more than fivefold" as
x5, and "增长N倍" keeps its printed N as the multiple's value: 较2021年增长3倍 is x3) and gets no verdict. The base of a
forecast is ``actual``; a figure a forecast cue or a target governs (expects, is on track to, forecast, 预计, 預估, 有望), an
E, e, F or P column, or a year after the dateline's, ``estimate``. A share whose part and whole are printed gets an
``arithmetic`` verdict, a rate whose two amounts are printed a ``cagr`` one and a table whose rows add to its total row
a ``hierarchy`` one: ``exact`` when the recomputed figure rounds to the printed one, ``rounding`` when only some reading
of the printed inputs (each at half its last digit either way) reaches it, ``inconsistent`` when none does; (end /
start) ** (1 / years) - 1, with the arithmetic and its bounds in the comment beside each verdict.

What this set's sources add to them. An Indian publisher's wire release, "was valued at USD 2.14 Bn in 2023 and is
anticipated to reach USD 19.87 Bn by 2032, registering a CAGR of 28.1% from 2024 to 2032", gives 2023's ``actual`` and
2032's ``estimate`` in USD billion ("Bn") and a ``stated`` rate over 2024-2032 that gets no verdict (its first year's
amount is not printed: 2023-2032 would be another span); "North America held USD 0.83 Bn, or 38.8% of the 2023 total" is
a part with its share and an ``arithmetic`` verdict, and the rupee figure ("₹1,420 crore"), the pages and the vendors
are expected nowhere. A UK publisher's "is poised to grow from £418 million in 2024 to £1.37 billion by 2030, a compound
annual growth rate of 21.9%" opens the series in GBP million, so 2030 is expected as 1370, and the rate is ``inferred``;
"Robo-advice platforms made up £161 million, or 38.5%, of last year's spending" is a part of 2024 with its share. A US
publisher's "is slated to jump 66.5% this year to $96.4 billion, from $57.9 billion in 2024" is a rate before its amount
(2025 an ``estimate`` under the January dateline), "crossing the $200 billion mark in 2028" an approximate ``estimate``
at its printed figure and "61% of this year's revenue" a share of 2025. "Ran to the tune of USD 1.46 billion (around
₹12,400 crore) in 2024" is the ``actual`` base (the rupees nowhere), "is projected to touch USD 5.9 billion by 2030, a
CAGR of 26.2%" an ``estimate`` with an ``inferred`` rate, and "58% of the 2024 investment" a share. A wire story's
"jumped 81% to $142.3 billion in 2024 from $78.5 billion a year earlier" gives both years and their rate, "to reach $214
billion this year" 2025's ``estimate``, and a rival tracker's "$131 billion" for last year (a second publisher's figure)
is expected nowhere. Tech press under "Published 14 February 2025" gives "46.7 million units in 2024" (``count
million``) and "to more than double this year, to 103 million units" x2 over one year with 2025's ``estimate``, while
"43% of all PCs shipped" is a penetration rate, nowhere. A company blog's "$5.1 billion ... in 2024, and we expect that
to reach $8.4 billion in 2025, growth of 65%" is a rate with its verdict, "42% of 2024 spending" a share and the
blogger's own revenue, which "tripled", nowhere. A keynote recap dated 16 October 2025 quotes "roughly a $2 billion
market last year" (2024, approximate), "$38 billion by 2035, a nineteenfold increase" (x19 over eleven years) and "about
31% a year" (``inferred``), and the speaker's company's robots shipped in a quarter are expected nowhere. A
LinkedIn-style post's "$6.3B market in 2024, up from $4.9B in 2023. That's +31% in a single year" is a rate reached only
at the rounding of its amounts, "pegs it at $11.5B by 2027" an ``estimate`` and its hashtags nothing. A newsletter's
"This week's number: $27.6 billion" is the 2024 figure its next sentence dates (expected once), "44.5% more than the
$19.1 billion of 2023" a rate with its base, "Liquid cooling made up $6.1 billion of the 2024 total, or 22.1%" a part
with its share and the issue number boilerplate. An article that sets two publishers side by side gives the first's
"$4.21 billion in 2024" and "$15.6 billion in 2031" with "growth of 21.9% a year" (``inferred``, contradicted by them),
and the second's "puts 2024 at $3.4 billion and 2031 at $11.9 billion" nowhere. "€4.3 billion in 2024, 37% more than
2023's €3.1 billion" is a rate reached only at the rounding, "could land anywhere between €11 billion and €14 billion in
2028" a range (two ``value`` claims for 2028) and "31.6% of the 2024 figure" a share whose part is not printed. An
Indian publisher in "Mn" gives "USD 684.2 Mn in 2024" and "USD 3,150.0 Mn by 2033" in USD million, "expanding at a CAGR
of 18.5% during 2024–2033" ``stated`` (an en dash), "In 2024, China accounted for USD 241.6 Mn, a 35.3% share" a part
with its share and "27.4% of revenue" a share. Under "Published: 11 February 2025" "shrank by 6.8 per cent last year to
€1.92 billion, from €2.06 billion in 2023" is a negative rate with both its amounts and "a return to growth this year,
with sales of €1.98 billion" 2025's ``estimate``. A Hong Kong dateline's "HK$3.84 billion on AI systems in 2024, up
31.3% from HK$2.97 billion in 2023" is HKD billion and a rate its amounts contradict, "HK$4.9 billion this year" an
``estimate``, "Banks accounted for HK$2.71 billion, or 70.6% of the total" a part with its share and the firms polled a
count. A Tokyo dateline's "grew 47.6% in fiscal 2024 to ¥318.5 billion, from ¥215.8 billion a year earlier" gives fiscal
2024 and 2023 in JPY billion with their rate, and "¥1.02 trillion in fiscal 2028" is expected in the series' unit as
1020.

In Chinese: a 新华社-style 通稿's 2024年我国算力核心产业规模达到1.86万亿元 opens the series in ``CNY trillion``, 同比增长21.3% is a rate whose
base is not printed, 其中，智能算力服务规模为4,130亿元，占比22.2% a part (``智能算力服务``, in CNY 100 million) with its share and an
``arithmetic`` verdict, 将超过2.2万亿元 2025's approximate ``estimate`` and the dateline's 18日 boilerplate; a 证券时报-style
report's 2,860亿元 is 2024's ``actual``, 预计2025年……4,510亿元，同比增长57.7% an ``estimate`` with its verdict and
到2027年有望在2025年的基础上再翻番 x2 over 2025-2027 without a 2027 amount; a 第一财经-style report's 约为31.5亿元 is approximate,
2025年预计增至82.6亿元，同比增长162% an ``estimate`` with its rate and 2024—2030年年均复合增长率为71.3% ``stated`` (an em dash); a 36氪-style
article's 是2023年的3.1倍 is x3.1 over one year (its base not printed), 同比增长122% 2025's rate, 2028年有望突破千亿元 an approximate
``estimate`` at 1000 and 金融行业占比约27.5% a share of 2024 whose part is not printed; a provincial 发布会 summary's
较上年增长24.1%（2023年为1,117亿元） is a rate with its base in brackets, 人工智能软件和服务收入612亿元，占比44.2% a part (``人工智能软件和服务``) with its
share, and 个百分点 and the firms counted nowhere; a research institute's 2024-2029年年均复合增长率为23.1% is ``stated`` and
contradicted by 486.2亿元 and 1,312.5亿元, the report's title year and 占比超过六成 nowhere; a 第一财经-style story on two
institutions' 统计口径 gives the first's 362亿元， 较2023年的205亿元增长76.6% and 2026年将达到910亿元, while the second's 约为298亿元 for the
same year is expected nowhere; AI PC shipments in 万台 (``count 10 thousand``) give 1,270万台 and 2,960万台 with 同比增长133%, the
渗透率 no share; a city bureau's 实现翻番，由2023年的58.6亿元增至121.3亿元 is x2 over one year with both its amounts,
大模型服务收入46.8亿元，占38.6% a part with its share and 今年……180亿元左右 2025's approximate ``estimate`` under the dateline; a
research house's 较2023年的1,036亿元增长36.2% is reached only at the rounding of its amounts and 年均复合增长率约为32.7% ``inferred``
over 2024-2028. In Traditional Chinese a 工商時報-style Taiwan story's 今年……可望達新台幣3.86兆元，年增46.2% is 2025's ``estimate`` in
``TWD trillion``, 明年將再成長至4.95兆元，年增28.2% 2026's, both borne out by 2024年產值為2.64兆元 printed after them, and 逾九成 a fraction
in words; a 信報-style Hong Kong story's 去年……42.6億港元， 按年增長41.2%，2023年為30.7億港元 is a rate its amounts contradict,
生成式AI應用佔15.3億港元，佔整體35.9% a part with its share and 今年投資額將增至56億港元 an ``estimate``; a Taiwan research firm's 286億美元 and
預估2025年將成長至372億美元，年增30.1% are in USD 100 million, 2026年將逼近450億美元 an approximate ``estimate`` and 旗艦機種處理器占2024年市場規模的58.4%
a share; a Hong Kong research centre's 是2022年的3倍 is x3 over two years (its base not printed) and 2024至2027年複合年增長率約為35.8%
``stated``, reached only at the rounding of 46億港元.

In tables: a pipe table of regions in "(US$ billion)" with 2025E and 2030F columns and a "2024–30F CAGR" column gives
each region its ``stated`` rate over 2024-2030 (one contradicted by its figures) and its Total the whole, the table
number and title years boilerplate; a tab-separated table of applications of one year (from its title) in "(USD Mn)"
with a "Share (%)" column gives each its share (``arithmetic``) and its Total the whole, its 100.0 no claim; an aligned
table of years in "(USD billion)" gives ``Revenue`` its figures (2025F and 2026F ``estimate``, "F = forecast") and its
"YoY" column each year's rate (the last contradicted by its figures, "—" none); a Chinese pipe table of 区域 whose title
carries its unit （亿元） gives each its 2023年 and 2024年 figures and its 同比 (one reached only at the rounding of its
figures) and its 合计 the whole; a Chinese tab-separated table of years under （单位：亿元） gives ``市场规模`` its figures
(2025E-2027E ``estimate``), its 同比增长 column each year's rate and its 2024-2027年CAGR line a ``stated`` rate, the 注 line
boilerplate; a Traditional Chinese aligned table under 單位：新台幣億元 gives each 項目 its 2024年 and 2025年(F) figures, its 年增率
and its 合計 the whole; a Hong Kong pipe table in Traditional Chinese under 單位：百萬港元 gives each 行業 its 開支 of 2024 (from the
title) and its 佔比 (``arithmetic``) and its 總計 the whole, its 100.0% no claim; a tab-separated table in "(million units)"
(``count million``) with 2025F and 2026F columns adds to its Total row; an aligned table of use cases in "(US$ m)" with
a 2025E column whose parts miss their Total by 0.1 in both years gets a ``hierarchy`` verdict reached only at the
rounding, its note boilerplate; and a Chinese aligned table of years under （单位：亿美元） with two value columns (``全球`` and
``中国``, items of their own, never summed) and a 中国占比 column gives each year's share with an ``arithmetic`` verdict,
2025E an ``estimate``. Markets vary (generative AI in banking and financial services, AI-driven wealth-management tools
in Britain, AI PCs, AI-ready data centre capacity in India, AI accelerator chips, AI agents, humanoid robots, AI fraud
prevention in card payments, power and cooling gear for AI data centres, AI in insurance, sovereign AI cloud services in
Europe, conversational AI in Asia-Pacific, AI-enabled smart speakers, AI systems at Hong Kong banks and insurers,
generative AI cloud services in Japan, 算力核心产业, AI手机, 人形机器人, AI智能体应用, 人工智能产业, 金融业人工智能技术投入, GPU云服务, AI PC, 生成式人工智能产业,
AI芯片, AI伺服器, 銀行業人工智能投資, AI手機處理器, 生成式人工智能服務, AI accelerators by region, AI in BFSI in India, generative AI software,
智算中心服务, MaaS（模型即服务）, AI資料中心基礎設施, 企業雲端人工智能服務, GenAI smartphones, AI in capital markets, 全球及中国AI芯片); publishers, speakers
and companies are invented, the sentences are the project's own and the figures plausible. ``python
tests/extract_checkset49.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. an Indian publisher's wire release in "Bn": a base year (2023) before the CAGR's printed span (2024-2032), so
    #    no rate verdict; a region's amount with its share; a rupee figure and the report's pages and vendors nowhere
    dict(
        text=(
            "PUNE, India, Aug. 12, 2025 (Wire India) -- The global generative AI in banking and financial services "
            "market was valued at USD 2.14 Bn in 2023 and is anticipated to reach USD 19.87 Bn by 2032, registering a "
            "CAGR of 28.1% from 2024 to 2032, says a new report by Vantage Point Analytics. North America held USD "
            "0.83 Bn, or 38.8% of the 2023 total. In India the segment was worth ₹1,420 crore in 2023, the study adds; "
            "the 236-page report profiles 22 vendors."
        ),
        obs=[
            ("Total", 2023, 2.14, "USD billion", "actual"),
            ("Total", 2032, 19.87, "USD billion", "estimate"),
            ("North America", 2023, 0.83, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 28.1, "percent", 2024, 2032, None, "stated"),
            ("share", 38.8, "percent", 2023, 2023, None),
        ],
        verdicts=[
            # the span starts in 2024, whose amount is not printed: no rate verdict ((19.87 / 2.14) ** (1 / 9) - 1 =
            # 28.095% over 2023-2032 would be another span)
            ("arithmetic", "exact"),  # 0.83 / 2.14 = 38.785% -> 38.8 (bounds 38.462-39.110)
        ],
    ),
    # 2. a UK publisher's "is poised to grow from ... to ... by 2030": £ million then £ billion (expected as 1370), an
    #    inferred CAGR; "last year's spending" a part with its share
    dict(
        text=(
            "LONDON, 2 June 2025 -- Britain's market for AI-driven wealth-management tools is poised to grow from £418 "
            "million in 2024 to £1.37 billion by 2030, a compound annual growth rate of 21.9%, Thamesbridge Research "
            "said in a report published today. Robo-advice platforms made up £161 million, or 38.5%, of last year's "
            "spending."
        ),
        obs=[
            ("Total", 2024, 418, "GBP million", "actual"),
            ("Total", 2030, 1370, "GBP million", "estimate"),
            ("Robo-advice platforms", 2024, 161, "GBP million", "actual"),
        ],
        claims=[
            ("cagr", 21.9, "percent", 2024, 2030, None, "inferred"),
            ("share", 38.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (1370 / 418) ** (1 / 6) - 1 = 21.878% -> 21.9 (£1.37 billion read 1365-1375: bounds (1365 / 418.5) ->
            # 21.779%, (1375 / 417.5) -> 21.976%)
            ("cagr|period", "exact"),
            ("arithmetic", "exact"),  # 161 / 418 = 38.517% -> 38.5
        ],
    ),
    # 3. a US publisher's "is slated to jump 66.5% this year to" (a rate before its amount) and "crossing the $200
    #    billion mark" (an approximate estimate); a share of this year
    dict(
        text=(
            "SEATTLE, Jan. 21, 2025 -- Worldwide revenue from AI PCs is slated to jump 66.5% this year to $96.4 "
            "billion, from $57.9 billion in 2024, Rainier Device Research said Tuesday, with revenue crossing the $200 "
            "billion mark in 2028. Commercial buyers are expected to account for 61% of this year's revenue."
        ),
        obs=[
            ("Total", 2025, 96.4, "USD billion", "estimate"),
            ("Total", 2024, 57.9, "USD billion", "actual"),
            ("Total", 2028, 200, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 66.5, "percent", 2024, 2025, 1.0),
            ("share", 61, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 96.4 / 57.9 - 1 = 66.494% -> 66.5 (bounds 66.264-66.724)
        ],
    ),
    # 4. "ran to the tune of" a base in USD with rupees in brackets (nowhere), "is projected to touch" by 2030, an
    #    inferred CAGR; a share of the 2024 investment
    dict(
        text=(
            "MUMBAI, 5 March 2025: Investment in AI-ready data centre capacity in India ran to the tune of USD 1.46 "
            "billion (around ₹12,400 crore) in 2024 and is projected to touch USD 5.9 billion by 2030, a CAGR of "
            "26.2%, according to Deccan Infra Research. Hyperscale cloud providers accounted for 58% of the 2024 "
            "investment."
        ),
        obs=[
            ("Total", 2024, 1.46, "USD billion", "actual"),
            ("Total", 2030, 5.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 26.2, "percent", 2024, 2030, None, "inferred"),
            ("share", 58, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (5.9 / 1.46) ** (1 / 6) - 1 = 26.207% -> 26.2 (bounds (5.85 / 1.465) -> 25.956%, (5.95 / 1.455) ->
            # 26.457%)
            ("cagr|period", "exact"),
        ],
    ),
    # 5. a wire story: "jumped 81% to ... from ... a year earlier", this year's forecast; a rival tracker's figure for
    #    the same year (a second publisher's) nowhere
    dict(
        text=(
            "TAIPEI, March 4, 2025 (Asia Business Wire) - Global sales of AI accelerator chips jumped 81% to $142.3 "
            "billion in 2024 from $78.5 billion a year earlier, market tracker Corvel Research said on Tuesday, and it "
            "expects sales to reach $214 billion this year. Stratagem Analytics, a rival tracker, put last year's "
            "sales at $131 billion, a gap it attributes to how custom chips are counted."
        ),
        obs=[
            ("Total", 2024, 142.3, "USD billion", "actual"),
            ("Total", 2023, 78.5, "USD billion", "actual"),
            ("Total", 2025, 214, "USD billion", "estimate"),
        ],
        claims=[("growth", 81, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 142.3 / 78.5 - 1 = 81.274% -> 81 (bounds 81.095-81.453)
        ],
    ),
    # 6. tech press under a publication date: units in millions, "to more than double this year" (x2 over one year);
    #    the share of all PCs shipped is a penetration rate, nowhere
    dict(
        text=(
            "Published 14 February 2025 · Devices\n"
            "Shipments of AI-capable PCs reached 46.7 million units in 2024, and Glasshouse Data expects them to more "
            "than double this year, to 103 million units, which would be 43% of all PCs shipped worldwide."
        ),
        obs=[
            ("Total", 2024, 46.7, "count million", "actual"),
            ("Total", 2025, 103, "count million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2025, 1.0),  # 103 / 46.7 = 2.21: more than double
        ],
        verdicts=[],
    ),
    # 7. a company blog: "we expect that to reach ... growth of 65%", a share of 2024; the company's own revenue nowhere
    dict(
        text=(
            "From the Lumenfield blog — 8 April 2025\n"
            "By our estimate, enterprises spent $5.1 billion on AI agents in 2024, and we expect that to reach $8.4 "
            "billion in 2025, growth of 65%. Customer-service agents took 42% of 2024 spending. Looking further out, "
            "we see the category at $27 billion by 2028. (Lumenfield's own agent-platform revenue tripled last year.)"
        ),
        obs=[
            ("Total", 2024, 5.1, "USD billion", "actual"),
            ("Total", 2025, 8.4, "USD billion", "estimate"),
            ("Total", 2028, 27, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 65, "percent", 2024, 2025, 1.0),
            ("share", 42, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8.4 / 5.1 - 1 = 64.706% -> 65 (bounds 62.136-67.327)
        ],
    ),
    # 8. a conference keynote recap: a speaker's "roughly a $2 billion market last year" (approximate, 2024 under the
    #    recap's date), "a nineteenfold increase" (x19 over eleven years), "about 31% a year" (inferred); the
    #    company's own shipments in a quarter nowhere
    dict(
        text=(
            "Keynote recap: RoboWorld Summit, Shenzhen, 16 October 2025\n"
            "Orrin Robotics chief executive Dana Whitlock opened the second day by calling humanoid robots \"roughly a "
            "$2 billion market last year\" and predicting they would be worth $38 billion by 2035, a nineteenfold "
            "increase, or about 31% a year. Orrin itself shipped 1,200 robots in the third quarter, she said."
        ),
        obs=[
            ("Total", 2024, 2, "USD billion", "actual"),
            ("Total", 2035, 38, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 19, "multiple", 2024, 2035, 11.0),  # 38 / 2 = 19.0: a nineteenfold increase
            ("cagr", 31, "percent", 2024, 2035, None, "inferred"),
        ],
        verdicts=[
            # (38 / 2) ** (1 / 11) - 1 = 30.692% -> 31 (bounds (37.5 / 2.5) -> 27.914%, (38.5 / 1.5) -> 34.315%)
            ("cagr|period", "exact"),
        ],
    ),
    # 9. a LinkedIn-style post: "$6.3B ... up from $4.9B", "+31% in a single year" reached only at the rounding; the
    #    poster's firm "pegs it at" a forecast; hashtags nothing
    dict(
        text=(
            "Quick stat for my network 👇\n"
            "AI fraud prevention in card payments was a $6.3B market in 2024, up from $4.9B in 2023. That's +31% in a "
            "single year.\n"
            "Where next? Our research team pegs it at $11.5B by 2027.\n"
            "#payments #fraud #AI"
        ),
        obs=[
            ("Total", 2024, 6.3, "USD billion", "actual"),
            ("Total", 2023, 4.9, "USD billion", "actual"),
            ("Total", 2027, 11.5, "USD billion", "estimate"),
        ],
        claims=[("growth", 31, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 6.3 / 4.9 - 1 = 28.571%, not 31 +- 0.5; bounds (6.25 / 4.95) -> 26.263%, (6.35 / 4.85) -> 30.928%:
            # 31 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 10. a newsletter's "This week's number" repeating the 2024 figure (expected once), "44.5% more than the ... of
    #     2023", a part "of the 2024 total, or 22.1%"; the issue number nowhere
    dict(
        text=(
            "The Rack Report — Issue 87, 3 September 2025\n"
            "This week's number: $27.6 billion. That is what data-centre operators spent on power and cooling gear for "
            "AI halls in 2024, according to Coldline Analytics — 44.5% more than the $19.1 billion of 2023. Liquid "
            "cooling made up $6.1 billion of the 2024 total, or 22.1%. Coldline sees spending reaching $61 billion in "
            "2028."
        ),
        obs=[
            ("Total", 2024, 27.6, "USD billion", "actual"),
            ("Total", 2023, 19.1, "USD billion", "actual"),
            ("Liquid cooling", 2024, 6.1, "USD billion", "actual"),
            ("Total", 2028, 61, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 44.5, "percent", 2023, 2024, 1.0),
            ("share", 22.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 27.6 / 19.1 - 1 = 44.503% -> 44.5
            ("arithmetic", "exact"),  # 6.1 / 27.6 = 22.101% -> 22.1
        ],
    ),
    # 11. an article setting two publishers side by side: the first's base, forecast and "growth of 21.9% a year"
    #     (inferred, contradicted by its amounts); the second's figures for both years nowhere
    dict(
        text=(
            "Estimates of the AI-in-insurance market vary widely. Kestrel Insights values it at $4.21 billion in 2024 "
            "and forecasts $15.6 billion in 2031, which it describes as growth of 21.9% a year. Marlow & Finch, which "
            "leaves out claims-automation software, puts 2024 at $3.4 billion and 2031 at $11.9 billion."
        ),
        obs=[
            ("Total", 2024, 4.21, "USD billion", "actual"),
            ("Total", 2031, 15.6, "USD billion", "estimate"),
        ],
        claims=[("cagr", 21.9, "percent", 2024, 2031, None, "inferred")],
        verdicts=[
            # (15.6 / 4.21) ** (1 / 7) - 1 = 20.577%; bounds (15.55 / 4.215) -> 20.501%, (15.65 / 4.205) -> 20.652%:
            # 21.9 +- 0.05 outside
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 12. "37% more than 2023's" (a rate reached only at the rounding), "could land anywhere between ... and ..." (a
    #     range: two value claims), a share of the 2024 figure whose part is not printed
    dict(
        text=(
            "Spending on sovereign AI cloud services in Europe reached €4.3 billion in 2024, 37% more than 2023's €3.1 "
            "billion, and could land anywhere between €11 billion and €14 billion in 2028, Brandt & Aalto estimates in "
            "a study for European cloud operators. Germany alone accounted for 31.6% of the 2024 figure."
        ),
        obs=[
            ("Total", 2024, 4.3, "EUR billion", "actual"),
            ("Total", 2023, 3.1, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 37, "percent", 2023, 2024, 1.0),
            ("value", 11, "EUR billion", 2028, 2028, None),
            ("value", 14, "EUR billion", 2028, 2028, None),
            ("share", 31.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 4.3 / 3.1 - 1 = 38.710%, not 37 +- 0.5; bounds (4.25 / 3.15) -> 34.921%, (4.35 / 3.05) -> 42.623%:
            # 37 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. an Indian publisher in "Mn": "stood at", "expanding at a CAGR of 18.5% during 2024–2033" (stated, an en
    #     dash); "In 2024, China accounted for ..., a 35.3% share" a part with its share; a vertical's share
    dict(
        text=(
            "NEW DELHI, 19 Nov 2025 -- The Asia-Pacific conversational AI market stood at USD 684.2 Mn in 2024 and is "
            "expected to reach USD 3,150.0 Mn by 2033, expanding at a CAGR of 18.5% during 2024–2033, states a fresh "
            "study by Indus Horizon Research. In 2024, China accounted for USD 241.6 Mn, a 35.3% share, while the BFSI "
            "vertical captured 27.4% of revenue."
        ),
        obs=[
            ("Total", 2024, 684.2, "USD million", "actual"),
            ("Total", 2033, 3150.0, "USD million", "estimate"),
            ("China", 2024, 241.6, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 18.5, "percent", 2024, 2033, None, "stated"),
            ("share", 35.3, "percent", 2024, 2024, None),
            ("share", 27.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (3150.0 / 684.2) ** (1 / 9) - 1 = 18.490% -> 18.5 (bounds 18.489-18.491)
            ("arithmetic", "exact"),  # 241.6 / 684.2 = 35.311% -> 35.3
        ],
    ),
    # 14. a British-style decline: "shrank by 6.8 per cent last year to ..., from ... in 2023" under a publication
    #     date; "a return to growth this year" an estimate
    dict(
        text=(
            "Published: 11 February 2025\n"
            "Sales of AI-enabled smart speakers in Western Europe shrank by 6.8 per cent last year to €1.92 billion, "
            "from €2.06 billion in 2023, as households held back on upgrades, according to Vireo Consumer Tech. The "
            "consultancy expects a return to growth this year, with sales of €1.98 billion."
        ),
        obs=[
            ("Total", 2024, 1.92, "EUR billion", "actual"),
            ("Total", 2023, 2.06, "EUR billion", "actual"),
            ("Total", 2025, 1.98, "EUR billion", "estimate"),
        ],
        claims=[("growth", -6.8, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.92 / 2.06 - 1 = -6.796% -> -6.8 (bounds -7.264 to -6.326)
        ],
    ),
    # 15. Hong Kong dollars in billions: "up 31.3% from" (contradicted by its amounts), this year's estimate, a part
    #     with its share; the firms polled nowhere
    dict(
        text=(
            "HONG KONG, 27 May 2025 -- Hong Kong's banks and insurers spent HK$3.84 billion on AI systems in 2024, up "
            "31.3% from HK$2.97 billion in 2023, according to a survey by the Harbourview Fintech Institute, which "
            "expects the figure to rise to HK$4.9 billion this year. Banks accounted for HK$2.71 billion, or 70.6% of "
            "the total. The institute polled 212 financial firms."
        ),
        obs=[
            ("Total", 2024, 3.84, "HKD billion", "actual"),
            ("Total", 2023, 2.97, "HKD billion", "actual"),
            ("Total", 2025, 4.9, "HKD billion", "estimate"),
            ("Banks", 2024, 2.71, "HKD billion", "actual"),
        ],
        claims=[
            ("growth", 31.3, "percent", 2023, 2024, 1.0),
            ("share", 70.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 3.84 / 2.97 - 1 = 29.293%; bounds (3.835 / 2.975) -> 28.908%, (3.845 / 2.965) -> 29.680%:
            # 31.3 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 2.71 / 3.84 = 70.573% -> 70.6
        ],
    ),
    # 16. yen in fiscal years: "grew 47.6% in fiscal 2024 to ..., from ... a year earlier"; "¥1.02 trillion in fiscal
    #     2028" expected in the series' JPY billion (1020)
    dict(
        text=(
            "TOKYO, 30 June 2025 -- Japan's market for generative AI cloud services grew 47.6% in fiscal 2024 to "
            "¥318.5 billion, from ¥215.8 billion a year earlier, according to Sakura Tech Research. The firm forecasts "
            "¥455 billion for fiscal 2025 and ¥1.02 trillion in fiscal 2028."
        ),
        obs=[
            ("Total", 2024, 318.5, "JPY billion", "actual"),
            ("Total", 2023, 215.8, "JPY billion", "actual"),
            ("Total", 2025, 455, "JPY billion", "estimate"),
            ("Total", 2028, 1020, "JPY billion", "estimate"),
        ],
        claims=[("growth", 47.6, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 318.5 / 215.8 - 1 = 47.590% -> 47.6
        ],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. a 新华社-style 通稿: 1.86万亿元 opens the series in CNY trillion (将超过2.2万亿元 an approximate estimate), 同比增长 with no
    #     printed base, a part 规模为……亿元，占比 with its share; the dateline's day nowhere
    dict(
        text=(
            "新华社北京2025年5月18日电 记者18日从全国算力产业联盟获悉，2024年我国算力核心产业规模达到1.86万亿元，同比增长21.3%；"
            "其中，智能算力服务规模为4,130亿元，占比22.2%。联盟预计，2025年我国算力核心产业规模将超过2.2万亿元。"
        ),
        obs=[
            ("Total", 2024, 1.86, "CNY trillion", "actual"),
            ("智能算力服务", 2024, 4130, "CNY 100 million", "actual"),
            ("Total", 2025, 2.2, "CNY trillion", "estimate"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
            ("share", 22.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 4130 / 18600 = 22.204% -> 22.2 (1.86万亿元 read 18550-18650亿元: 22.145-22.264)
            ("arithmetic", "exact"),
        ],
    ),
    # 18. a 证券时报-style report: 预计……同比增长 a rate with its base, 在2025年的基础上再翻番 (x2 over 2025-2027, no 2027 amount)
    dict(
        text=(
            "证券时报记者从移动智能终端研究会获悉，2024年中国AI手机市场规模为2,860亿元；该机构预计，2025年市场规模将达到4,510亿元，"
            "同比增长57.7%，到2027年有望在2025年的基础上再翻番。"
        ),
        obs=[
            ("Total", 2024, 2860, "CNY 100 million", "actual"),
            ("Total", 2025, 4510, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 57.7, "percent", 2024, 2025, 1.0),
            ("multiple", 2, "multiple", 2025, 2027, 2.0),  # 翻番: x2, its 2027 amount not printed
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4510 / 2860 - 1 = 57.692% -> 57.7 (bounds 57.647-57.737)
        ],
    ),
    # 19. a 第一财经-style report: 约为 (approximate), 预计增至……同比增长162%, 2024—2030年年均复合增长率 (stated, an em dash)
    dict(
        text=(
            "第一财经记者从鼎石产业研究院获悉，2024年中国人形机器人市场规模约为31.5亿元，2025年预计增至82.6亿元，同比增长162%；"
            "到2030年，市场规模有望达到795亿元，2024—2030年年均复合增长率为71.3%。"
        ),
        obs=[
            ("Total", 2024, 31.5, "CNY 100 million", "actual"),
            ("Total", 2025, 82.6, "CNY 100 million", "estimate"),
            ("Total", 2030, 795, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 162, "percent", 2024, 2025, 1.0),
            ("cagr", 71.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 82.6 / 31.5 - 1 = 162.222% -> 162 (bounds 161.648-162.798)
            ("cagr", "exact"),  # (795 / 31.5) ** (1 / 6) - 1 = 71.268% -> 71.3 (bounds 71.205-71.331)
        ],
    ),
    # 20. a 36氪-style article: 是2023年的3.1倍 (x3.1 over one year, its base not printed), 同比增长122%, 有望突破千亿元 (2028's
    #     approximate estimate at 1000), a share of 2024 whose part is not printed
    dict(
        text=(
            "鲸研智库最新发布的报告显示，2024年中国AI智能体应用市场规模为68.4亿元，是2023年的3.1倍；预计2025年将达到152亿元，"
            "同比增长122%，2028年有望突破千亿元。从行业分布看，金融行业占比约27.5%，位居首位。"
        ),
        obs=[
            ("Total", 2024, 68.4, "CNY 100 million", "actual"),
            ("Total", 2025, 152, "CNY 100 million", "estimate"),
            ("Total", 2028, 1000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3.1, "multiple", 2023, 2024, 1.0),  # 是2023年的3.1倍: its 2023 amount not printed
            ("growth", 122, "percent", 2024, 2025, 1.0),
            ("share", 27.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 152 / 68.4 - 1 = 122.222% -> 122 (bounds 121.329-123.116)
        ],
    ),
    # 21. a provincial 发布会 summary: 较上年增长24.1%（2023年为……） a rate with its base in brackets, a part ……收入……，占比 with its
    #     share; 个百分点 and the firms counted nowhere
    dict(
        text=(
            "4月22日，江川省人民政府新闻办公室举行新闻发布会。省工业和信息化厅负责人介绍，2024年全省人工智能产业规模达到1,386亿元，"
            "较上年增长24.1%（2023年为1,117亿元）；其中，人工智能软件和服务收入612亿元，占比44.2%，比重较上年提高3.5个百分点。"
            "截至2024年底，全省人工智能企业达到1,240家。"
        ),
        obs=[
            ("Total", 2024, 1386, "CNY 100 million", "actual"),
            ("Total", 2023, 1117, "CNY 100 million", "actual"),
            ("人工智能软件和服务", 2024, 612, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("share", 44.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1386 / 1117 - 1 = 24.082% -> 24.1 (bounds 23.982-24.183)
            ("arithmetic", "exact"),  # 612 / 1386 = 44.156% -> 44.2
        ],
    ),
    # 22. a research institute's report: a stated 2024-2029年年均复合增长率 its amounts contradict; the title's year and 占比超过六成
    #     nowhere
    dict(
        text=(
            "据融智研究院日前发布的《金融业人工智能应用发展报告（2025）》，2024年中国金融业人工智能技术投入为486.2亿元，预计2029年"
            "将达到1,312.5亿元，2024-2029年年均复合增长率为23.1%。其中，银行业投入占比超过六成，保险业次之。"
        ),
        obs=[
            ("Total", 2024, 486.2, "CNY 100 million", "actual"),
            ("Total", 2029, 1312.5, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 23.1, "percent", 2024, 2029, None, "stated")],
        verdicts=[
            # (1312.5 / 486.2) ** (1 / 5) - 1 = 21.971%; bounds (1312.45 / 486.25) -> 21.968%, (1312.55 / 486.15) ->
            # 21.975%: 23.1 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 23. a 第一财经-style story with two publishers: the first's 较2023年的……增长 with both amounts and 2026's estimate;
    #     the second institution's 约为298亿元 for the same year nowhere
    dict(
        text=(
            "记者注意到，对于2024年中国GPU云服务市场的规模，各家机构的统计口径不尽相同。数云智库的数据显示，该市场规模为362亿元，"
            "较2023年的205亿元增长76.6%，并预计2026年将达到910亿元；另一家机构观澜数据则估算2024年规模约为298亿元。"
        ),
        obs=[
            ("Total", 2024, 362, "CNY 100 million", "actual"),
            ("Total", 2023, 205, "CNY 100 million", "actual"),
            ("Total", 2026, 910, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 76.6, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 362 / 205 - 1 = 76.585% -> 76.6
        ],
    ),
    # 24. AI PC shipments in 万台 (count 10 thousand): 预计……将增至……，同比增长133%; the 渗透率 no share
    dict(
        text=(
            "据鸿鹄咨询统计，2024年中国AI PC出货量为1,270万台，预计2025年将增至2,960万台，同比增长133%，在整体PC出货量中的渗透率"
            "将提升至约34%。"
        ),
        obs=[
            ("Total", 2024, 1270, "count 10 thousand", "actual"),
            ("Total", 2025, 2960, "count 10 thousand", "estimate"),
        ],
        claims=[("growth", 133, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 2960 / 1270 - 1 = 133.071% -> 133
        ],
    ),
    # 25. a city bureau under a dateline: 实现翻番，由2023年的……增至…… (x2 over one year with both amounts), a part with its share
    #     (占38.6%), 今年……左右 an approximate estimate
    dict(
        text=(
            "（2025年2月26日）记者从临港市数据局获悉，2024年全市生成式人工智能产业营业收入实现翻番，由2023年的58.6亿元增至121.3亿元；"
            "其中，大模型服务收入46.8亿元，占38.6%。今年全市相关营收预计将达到180亿元左右。"
        ),
        obs=[
            ("大模型服务", 2024, 46.8, "CNY 100 million", "actual"),
            ("Total", 2023, 58.6, "CNY 100 million", "actual"),
            ("Total", 2024, 121.3, "CNY 100 million", "actual"),
            ("Total", 2025, 180, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2023, 2024, 1.0),  # 121.3 / 58.6 = 2.07: 翻番
            ("share", 38.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 46.8 / 121.3 = 38.582% -> 38.6
        ],
    ),
    # 26. a brokerage institute: 较2023年的……增长36.2% reached only at the rounding, 年均复合增长率约为 (inferred over 2024-2028)
    dict(
        text=(
            "据宏芯研究所测算，2024年国内AI芯片市场规模为1,412亿元，较2023年的1,036亿元增长36.2%；预计到2028年，市场规模将达到"
            "4,380亿元，年均复合增长率约为32.7%。"
        ),
        obs=[
            ("Total", 2024, 1412, "CNY 100 million", "actual"),
            ("Total", 2023, 1036, "CNY 100 million", "actual"),
            ("Total", 2028, 4380, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 36.2, "percent", 2023, 2024, 1.0),
            ("cagr", 32.7, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # 1412 / 1036 - 1 = 36.293%, not 36.2 +- 0.05; bounds (1411.5 / 1036.5) -> 36.179%, (1412.5 / 1035.5) ->
            # 36.408%: 36.2 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|period", "exact"),  # (4380 / 1412) ** (1 / 4) - 1 = 32.712% -> 32.7 (bounds 32.696-32.727)
        ],
    ),
    # 27. a 工商時報-style Taiwan story in Traditional Chinese: 今年……可望達新台幣3.86兆元，年增46.2% (TWD trillion), 明年將再成長至……，
    #     年增28.2%, its base 2024年產值為 after them; 逾九成 a fraction in words
    dict(
        text=(
            "記者林怡君／台北報導（2025年6月10日）研調機構晶觀研究預估，今年台灣AI伺服器產值可望達新台幣3.86兆元，年增46.2%，"
            "明年將再成長至4.95兆元，年增28.2%；2024年產值為2.64兆元。台灣廠商在全球AI伺服器組裝的比重已逾九成。"
        ),
        obs=[
            ("Total", 2025, 3.86, "TWD trillion", "estimate"),
            ("Total", 2026, 4.95, "TWD trillion", "estimate"),
            ("Total", 2024, 2.64, "TWD trillion", "actual"),
        ],
        claims=[
            ("growth", 46.2, "percent", 2024, 2025, 1.0),
            ("growth", 28.2, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.86 / 2.64 - 1 = 46.212% -> 46.2
            ("cagr|implied", "exact"),  # 4.95 / 3.86 - 1 = 28.238% -> 28.2
        ],
    ),
    # 28. a 信報-style Hong Kong story in Traditional Chinese: 去年……按年增長41.2%，2023年為…… (contradicted by its amounts),
    #     a part 佔……億港元，佔整體 with its share, 今年 an estimate; 昨日 nowhere
    dict(
        text=(
            "（2025年3月12日）本港銀行業的人工智能投資持續上升。金融科技研究機構港智研究昨日公布，去年本港銀行業在人工智能方面的"
            "投資達42.6億港元，按年增長41.2%，2023年為30.7億港元；其中，生成式AI應用佔15.3億港元，佔整體35.9%。該機構預料，"
            "今年投資額將增至56億港元。"
        ),
        obs=[
            ("Total", 2024, 42.6, "HKD 100 million", "actual"),
            ("Total", 2023, 30.7, "HKD 100 million", "actual"),
            ("生成式AI應用", 2024, 15.3, "HKD 100 million", "actual"),
            ("Total", 2025, 56, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.2, "percent", 2023, 2024, 1.0),
            ("share", 35.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 42.6 / 30.7 - 1 = 38.762%; bounds (42.55 / 30.75) -> 38.374%, (42.65 / 30.65) -> 39.152%:
            # 41.2 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 15.3 / 42.6 = 35.915% -> 35.9
        ],
    ),
    # 29. a Taiwan research firm in Traditional Chinese: 億美元, 預估……將成長至……，年增30.1%, 將逼近450億美元 (an approximate
    #     estimate), a share of 2024 whose part is not printed
    dict(
        text=(
            "研調機構宏景科技研究指出，2024年全球AI手機處理器市場規模為286億美元，預估2025年將成長至372億美元，年增30.1%，"
            "2026年將逼近450億美元；其中，旗艦機種處理器占2024年市場規模的58.4%。"
        ),
        obs=[
            ("Total", 2024, 286, "USD 100 million", "actual"),
            ("Total", 2025, 372, "USD 100 million", "estimate"),
            ("Total", 2026, 450, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.1, "percent", 2024, 2025, 1.0),
            ("share", 58.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 372 / 286 - 1 = 30.070% -> 30.1
        ],
    ),
    # 30. a Hong Kong research centre in Traditional Chinese: 是2022年的3倍 (x3 over two years, its base not printed),
    #     2024至2027年複合年增長率約為35.8% (stated) reached only at the rounding of 46億港元
    dict(
        text=(
            "香港數碼經濟研究中心發表報告指出，2024年本港生成式人工智能服務市場規模達18.4億港元，是2022年的3倍；報告預計，"
            "2027年市場規模將達到46億港元，2024至2027年複合年增長率約為35.8%。"
        ),
        obs=[
            ("Total", 2024, 18.4, "HKD 100 million", "actual"),
            ("Total", 2027, 46, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2022, 2024, 2.0),  # 是2022年的3倍: its 2022 amount not printed
            ("cagr", 35.8, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (46 / 18.4) ** (1 / 3) - 1 = 35.721%, not 35.8 +- 0.05; bounds (45.5 / 18.45) -> 35.105%, (46.5 / 18.35)
            # -> 36.334%: 35.8 is reached only at the rounding
            ("cagr", "rounding"),
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. a pipe table of regions in "(US$ billion)" with 2025E and 2030F columns and a "2024–30F CAGR" column (stated,
    #     2024-2030; one contradicted by its figures) and a Total row; the table number and title years nowhere
    dict(
        text=(
            "Table 3: AI accelerator revenue by region, 2024-2030F (US$ billion)\n"
            "| Region | 2024 | 2025E | 2030F | 2024–30F CAGR |\n"
            "|---|---|---|---|---|\n"
            "| North America | 68.2 | 98.5 | 241.6 | 23.5% |\n"
            "| Asia Pacific | 47.5 | 66.1 | 182.3 | 25.1% |\n"
            "| Europe | 18.9 | 25.4 | 61.8 | 22.8% |\n"
            "| Rest of world | 7.7 | 10.3 | 27.4 | 23.6% |\n"
            "| Total | 142.3 | 200.3 | 513.1 | 23.8% |"
        ),
        obs=[
            ("North America", 2024, 68.2, "USD billion", "actual"),
            ("North America", 2025, 98.5, "USD billion", "estimate"),
            ("North America", 2030, 241.6, "USD billion", "estimate"),
            ("Asia Pacific", 2024, 47.5, "USD billion", "actual"),
            ("Asia Pacific", 2025, 66.1, "USD billion", "estimate"),
            ("Asia Pacific", 2030, 182.3, "USD billion", "estimate"),
            ("Europe", 2024, 18.9, "USD billion", "actual"),
            ("Europe", 2025, 25.4, "USD billion", "estimate"),
            ("Europe", 2030, 61.8, "USD billion", "estimate"),
            ("Rest of world", 2024, 7.7, "USD billion", "actual"),
            ("Rest of world", 2025, 10.3, "USD billion", "estimate"),
            ("Rest of world", 2030, 27.4, "USD billion", "estimate"),
            ("Total", 2024, 142.3, "USD billion", "actual"),
            ("Total", 2025, 200.3, "USD billion", "estimate"),
            ("Total", 2030, 513.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 25.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (241.6 / 68.2) ** (1 / 6) - 1 = 23.467% -> 23.5
            ("cagr", "exact"),  # (182.3 / 47.5) ** (1 / 6) - 1 = 25.126% -> 25.1
            # (61.8 / 18.9) ** (1 / 6) - 1 = 21.830%; bounds (61.75 / 18.95) -> 21.760%, (61.85 / 18.85) -> 21.900%:
            # 22.8 +- 0.05 outside
            ("cagr", "inconsistent"),
            ("cagr", "exact"),  # (27.4 / 7.7) ** (1 / 6) - 1 = 23.560% -> 23.6
            ("cagr", "exact"),  # (513.1 / 142.3) ** (1 / 6) - 1 = 23.832% -> 23.8
            # 68.2 + 47.5 + 18.9 + 7.7 = 142.3; 98.5 + 66.1 + 25.4 + 10.3 = 200.3; 241.6 + 182.3 + 61.8 + 27.4 = 513.1
            ("hierarchy", "exact"),
        ],
    ),
    # 32. a tab-separated table in "(USD Mn)" of one year (from its title) with a "Share (%)" column: each application
    #     its share (arithmetic), its Total the whole and its 100.0 no claim
    dict(
        text=(
            "India AI in BFSI market by application, 2024 (USD Mn)\n"
            "Application\tRevenue\tShare (%)\n"
            "Fraud detection\t412.6\t33.6\n"
            "Credit underwriting\t287.4\t23.4\n"
            "Conversational banking\t245.9\t20.0\n"
            "Wealth and advisory\t151.2\t12.3\n"
            "Others\t131.5\t10.7\n"
            "Total\t1,228.6\t100.0"
        ),
        obs=[
            ("Fraud detection", 2024, 412.6, "USD million", "actual"),
            ("Credit underwriting", 2024, 287.4, "USD million", "actual"),
            ("Conversational banking", 2024, 245.9, "USD million", "actual"),
            ("Wealth and advisory", 2024, 151.2, "USD million", "actual"),
            ("Others", 2024, 131.5, "USD million", "actual"),
            ("Total", 2024, 1228.6, "USD million", "actual"),
        ],
        claims=[
            ("share", 33.6, "percent", 2024, 2024, None),
            ("share", 23.4, "percent", 2024, 2024, None),
            ("share", 20.0, "percent", 2024, 2024, None),
            ("share", 12.3, "percent", 2024, 2024, None),
            ("share", 10.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 412.6 / 1228.6 = 33.583% -> 33.6
            ("arithmetic", "exact"),  # 287.4 / 1228.6 = 23.392% -> 23.4
            ("arithmetic", "exact"),  # 245.9 / 1228.6 = 20.015% -> 20.0
            ("arithmetic", "exact"),  # 151.2 / 1228.6 = 12.307% -> 12.3
            ("arithmetic", "exact"),  # 131.5 / 1228.6 = 10.703% -> 10.7
            ("hierarchy", "exact"),  # 412.6 + 287.4 + 245.9 + 151.2 + 131.5 = 1228.6
        ],
    ),
    # 33. an aligned table of years in "(USD billion)": ``Revenue`` and a "YoY" column (2025F and 2026F estimates,
    #     "F = forecast"; "—" none), the last rate contradicted by its figures
    dict(
        text=(
            "Generative AI software revenue, worldwide (USD billion)\n"
            "Year        Revenue        YoY\n"
            "2021            9.8          —\n"
            "2022           16.4       67.3%\n"
            "2023           33.7      105.5%\n"
            "2024           61.2       81.6%\n"
            "2025F         104.9       71.4%\n"
            "2026F         158.0       52.6%\n"
            "F = forecast"
        ),
        obs=[
            ("Revenue", 2021, 9.8, "USD billion", "actual"),
            ("Revenue", 2022, 16.4, "USD billion", "actual"),
            ("Revenue", 2023, 33.7, "USD billion", "actual"),
            ("Revenue", 2024, 61.2, "USD billion", "actual"),
            ("Revenue", 2025, 104.9, "USD billion", "estimate"),
            ("Revenue", 2026, 158.0, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 67.3, "percent", 2021, 2022, 1.0),
            ("growth", 105.5, "percent", 2022, 2023, 1.0),
            ("growth", 81.6, "percent", 2023, 2024, 1.0),
            ("growth", 71.4, "percent", 2024, 2025, 1.0),
            ("growth", 52.6, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 16.4 / 9.8 - 1 = 67.347% -> 67.3
            ("cagr|implied", "exact"),  # 33.7 / 16.4 - 1 = 105.488% -> 105.5
            ("cagr|implied", "exact"),  # 61.2 / 33.7 - 1 = 81.602% -> 81.6
            ("cagr|implied", "exact"),  # 104.9 / 61.2 - 1 = 71.405% -> 71.4
            # 158.0 / 104.9 - 1 = 50.620%; bounds (157.95 / 104.95) -> 50.500%, (158.05 / 104.85) -> 50.739%:
            # 52.6 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 34. a Chinese pipe table of regions (区域) with its unit in the title （亿元）, 2023年 and 2024年 columns, a 同比 column
    #     (one rate reached only at the rounding) and a 合计 row
    dict(
        text=(
            "2023-2024年中国智算中心服务市场区域结构（亿元）\n"
            "| 区域 | 2023年 | 2024年 | 同比 |\n"
            "|---|---|---|---|\n"
            "| 华东 | 186.4 | 262.1 | 40.6% |\n"
            "| 华北 | 142.8 | 197.5 | 38.2% |\n"
            "| 华南 | 98.7 | 141.2 | 43.1% |\n"
            "| 西部 | 61.5 | 94.6 | 53.8% |\n"
            "| 合计 | 489.4 | 695.4 | 42.1% |"
        ),
        obs=[
            ("华东", 2023, 186.4, "CNY 100 million", "actual"),
            ("华东", 2024, 262.1, "CNY 100 million", "actual"),
            ("华北", 2023, 142.8, "CNY 100 million", "actual"),
            ("华北", 2024, 197.5, "CNY 100 million", "actual"),
            ("华南", 2023, 98.7, "CNY 100 million", "actual"),
            ("华南", 2024, 141.2, "CNY 100 million", "actual"),
            ("西部", 2023, 61.5, "CNY 100 million", "actual"),
            ("西部", 2024, 94.6, "CNY 100 million", "actual"),
            ("合计", 2023, 489.4, "CNY 100 million", "actual"),
            ("合计", 2024, 695.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 40.6, "percent", 2023, 2024, 1.0),
            ("growth", 38.2, "percent", 2023, 2024, 1.0),
            ("growth", 43.1, "percent", 2023, 2024, 1.0),
            ("growth", 53.8, "percent", 2023, 2024, 1.0),
            ("growth", 42.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 262.1 / 186.4 - 1 = 40.612% -> 40.6
            # 197.5 / 142.8 - 1 = 38.305%, not 38.2 +- 0.05; bounds (197.45 / 142.85) -> 38.222%, (197.55 / 142.75)
            # -> 38.389%: 38.2 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 141.2 / 98.7 - 1 = 43.060% -> 43.1
            ("cagr|implied", "exact"),  # 94.6 / 61.5 - 1 = 53.821% -> 53.8
            ("cagr|implied", "exact"),  # 695.4 / 489.4 - 1 = 42.092% -> 42.1
            # 186.4 + 142.8 + 98.7 + 61.5 = 489.4; 262.1 + 197.5 + 141.2 + 94.6 = 695.4
            ("hierarchy", "exact"),
        ],
    ),
    # 35. a Chinese tab-separated table of years under （单位：亿元）: 市场规模 and 同比增长 columns (2025E-2027E estimates) and a
    #     2024-2027年CAGR line under it (stated); the 注 line boilerplate
    dict(
        text=(
            "中国MaaS（模型即服务）市场规模及预测（单位：亿元）\n"
            "年份\t市场规模\t同比增长\n"
            "2023\t21.6\t—\n"
            "2024\t47.9\t121.8%\n"
            "2025E\t96.3\t101.0%\n"
            "2026E\t168.5\t75.0%\n"
            "2027E\t262.0\t55.5%\n"
            "2024-2027年CAGR\t\t76.2%\n"
            "注：2025-2027年为预测数据。"
        ),
        obs=[
            ("市场规模", 2023, 21.6, "CNY 100 million", "actual"),
            ("市场规模", 2024, 47.9, "CNY 100 million", "actual"),
            ("市场规模", 2025, 96.3, "CNY 100 million", "estimate"),
            ("市场规模", 2026, 168.5, "CNY 100 million", "estimate"),
            ("市场规模", 2027, 262.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 121.8, "percent", 2023, 2024, 1.0),
            ("growth", 101.0, "percent", 2024, 2025, 1.0),
            ("growth", 75.0, "percent", 2025, 2026, 1.0),
            ("growth", 55.5, "percent", 2026, 2027, 1.0),
            ("cagr", 76.2, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 47.9 / 21.6 - 1 = 121.759% -> 121.8
            ("cagr|implied", "exact"),  # 96.3 / 47.9 - 1 = 101.044% -> 101.0
            ("cagr|implied", "exact"),  # 168.5 / 96.3 - 1 = 74.974% -> 75.0
            ("cagr|implied", "exact"),  # 262.0 / 168.5 - 1 = 55.490% -> 55.5
            ("cagr", "exact"),  # (262.0 / 47.9) ** (1 / 3) - 1 = 76.193% -> 76.2
        ],
    ),
    # 36. a Traditional Chinese aligned table under 單位：新台幣億元: 項目 rows with 2024年 and 2025年(F) columns, a 年增率 column
    #     and a 合計 row
    dict(
        text=(
            "台灣AI資料中心基礎設施產值\n"
            "單位：新台幣億元\n"
            "項目            2024年      2025年(F)     年增率\n"
            "伺服器機櫃      16,842        24,915       47.9%\n"
            "散熱系統         1,286         2,035       58.2%\n"
            "電源系統           962         1,418       47.4%\n"
            "網通設備           734           986       34.3%\n"
            "合計            19,824        29,354       48.1%\n"
            "資料來源：產業研究機構，F為預測值"
        ),
        obs=[
            ("伺服器機櫃", 2024, 16842, "TWD 100 million", "actual"),
            ("伺服器機櫃", 2025, 24915, "TWD 100 million", "estimate"),
            ("散熱系統", 2024, 1286, "TWD 100 million", "actual"),
            ("散熱系統", 2025, 2035, "TWD 100 million", "estimate"),
            ("電源系統", 2024, 962, "TWD 100 million", "actual"),
            ("電源系統", 2025, 1418, "TWD 100 million", "estimate"),
            ("網通設備", 2024, 734, "TWD 100 million", "actual"),
            ("網通設備", 2025, 986, "TWD 100 million", "estimate"),
            ("合計", 2024, 19824, "TWD 100 million", "actual"),
            ("合計", 2025, 29354, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 47.9, "percent", 2024, 2025, 1.0),
            ("growth", 58.2, "percent", 2024, 2025, 1.0),
            ("growth", 47.4, "percent", 2024, 2025, 1.0),
            ("growth", 34.3, "percent", 2024, 2025, 1.0),
            ("growth", 48.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 24915 / 16842 - 1 = 47.934% -> 47.9
            ("cagr|implied", "exact"),  # 2035 / 1286 - 1 = 58.243% -> 58.2
            ("cagr|implied", "exact"),  # 1418 / 962 - 1 = 47.401% -> 47.4
            ("cagr|implied", "exact"),  # 986 / 734 - 1 = 34.332% -> 34.3
            ("cagr|implied", "exact"),  # 29354 / 19824 - 1 = 48.073% -> 48.1
            # 16842 + 1286 + 962 + 734 = 19824; 24915 + 2035 + 1418 + 986 = 29354
            ("hierarchy", "exact"),
        ],
    ),
    # 37. a Hong Kong pipe table in Traditional Chinese under 單位：百萬港元, one year (from its title): each 行業 its 開支 and
    #     its 佔比 (arithmetic), its 總計 the whole and its 100.0% no claim
    dict(
        text=(
            "2024年香港企業雲端人工智能服務開支（按行業劃分）\n"
            "單位：百萬港元\n"
            "| 行業 | 開支 | 佔比 |\n"
            "|---|---|---|\n"
            "| 金融服務 | 1,532 | 49.1% |\n"
            "| 貿易及物流 | 684 | 21.9% |\n"
            "| 零售 | 421 | 13.5% |\n"
            "| 專業服務 | 296 | 9.5% |\n"
            "| 其他 | 187 | 6.0% |\n"
            "| 總計 | 3,120 | 100.0% |"
        ),
        obs=[
            ("金融服務", 2024, 1532, "HKD million", "actual"),
            ("貿易及物流", 2024, 684, "HKD million", "actual"),
            ("零售", 2024, 421, "HKD million", "actual"),
            ("專業服務", 2024, 296, "HKD million", "actual"),
            ("其他", 2024, 187, "HKD million", "actual"),
            ("總計", 2024, 3120, "HKD million", "actual"),
        ],
        claims=[
            ("share", 49.1, "percent", 2024, 2024, None),
            ("share", 21.9, "percent", 2024, 2024, None),
            ("share", 13.5, "percent", 2024, 2024, None),
            ("share", 9.5, "percent", 2024, 2024, None),
            ("share", 6.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1532 / 3120 = 49.103% -> 49.1
            ("arithmetic", "exact"),  # 684 / 3120 = 21.923% -> 21.9
            ("arithmetic", "exact"),  # 421 / 3120 = 13.494% -> 13.5
            ("arithmetic", "exact"),  # 296 / 3120 = 9.487% -> 9.5
            ("arithmetic", "exact"),  # 187 / 3120 = 5.994% -> 6.0
            ("hierarchy", "exact"),  # 1532 + 684 + 421 + 296 + 187 = 3120
        ],
    ),
    # 38. a tab-separated table in "(million units)" (count million) with 2025F and 2026F columns: price bands that add
    #     to their Total row
    dict(
        text=(
            "GenAI smartphone shipments by price band (million units)\n"
            "Price band\t2024\t2025F\t2026F\n"
            "Premium\t162.4\t208.7\t246.1\n"
            "High-end\t78.5\t121.3\t163.8\n"
            "Mid-range\t41.2\t96.4\t171.5\n"
            "Total\t282.1\t426.4\t581.4\n"
            "F = forecast. Source: Glasshouse Data."
        ),
        obs=[
            ("Premium", 2024, 162.4, "count million", "actual"),
            ("Premium", 2025, 208.7, "count million", "estimate"),
            ("Premium", 2026, 246.1, "count million", "estimate"),
            ("High-end", 2024, 78.5, "count million", "actual"),
            ("High-end", 2025, 121.3, "count million", "estimate"),
            ("High-end", 2026, 163.8, "count million", "estimate"),
            ("Mid-range", 2024, 41.2, "count million", "actual"),
            ("Mid-range", 2025, 96.4, "count million", "estimate"),
            ("Mid-range", 2026, 171.5, "count million", "estimate"),
            ("Total", 2024, 282.1, "count million", "actual"),
            ("Total", 2025, 426.4, "count million", "estimate"),
            ("Total", 2026, 581.4, "count million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 162.4 + 78.5 + 41.2 = 282.1; 208.7 + 121.3 + 96.4 = 426.4; 246.1 + 163.8 + 171.5 = 581.4
            ("hierarchy", "exact"),
        ],
    ),
    # 39. an aligned table of use cases in "(US$ m)" with a 2025E column whose Total row the parts miss by 0.1 in both
    #     years: a hierarchy verdict reached only at the rounding; the rounding note boilerplate
    dict(
        text=(
            "AI in capital markets: spending by use case (US$ m)\n"
            "Use case                   2024        2025E\n"
            "Trade surveillance       1,842.6     2,215.3\n"
            "Research and analytics   1,537.2     1,968.4\n"
            "Algorithmic execution      984.5     1,240.8\n"
            "Client onboarding          612.9       801.7\n"
            "Total                    4,977.1     6,226.3\n"
            "Totals may differ from the sum of rows because of rounding."
        ),
        obs=[
            ("Trade surveillance", 2024, 1842.6, "USD million", "actual"),
            ("Trade surveillance", 2025, 2215.3, "USD million", "estimate"),
            ("Research and analytics", 2024, 1537.2, "USD million", "actual"),
            ("Research and analytics", 2025, 1968.4, "USD million", "estimate"),
            ("Algorithmic execution", 2024, 984.5, "USD million", "actual"),
            ("Algorithmic execution", 2025, 1240.8, "USD million", "estimate"),
            ("Client onboarding", 2024, 612.9, "USD million", "actual"),
            ("Client onboarding", 2025, 801.7, "USD million", "estimate"),
            ("Total", 2024, 4977.1, "USD million", "actual"),
            ("Total", 2025, 6226.3, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 1842.6 + 1537.2 + 984.5 + 612.9 = 4977.2, not 4977.1; 2215.3 + 1968.4 + 1240.8 + 801.7 = 6226.2, not
            # 6226.3; each figure +- 0.05 (the parts +- 0.20, the total +- 0.05) reaches both: only at the rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 40. a Chinese aligned table of years under （单位：亿美元） with two value columns (全球, 中国: items of their own) and a
    #     中国占比 column: each year's share of 中国 in 全球 with an arithmetic verdict, 2025E an estimate
    dict(
        text=(
            "全球及中国AI芯片市场规模（单位：亿美元）\n"
            "年份        全球        中国      中国占比\n"
            "2023         536         128        23.9%\n"
            "2024         948         231        24.4%\n"
            "2025E      1,352         342        25.3%\n"
            "注：E为预估值。"
        ),
        obs=[
            ("全球", 2023, 536, "USD 100 million", "actual"),
            ("全球", 2024, 948, "USD 100 million", "actual"),
            ("全球", 2025, 1352, "USD 100 million", "estimate"),
            ("中国", 2023, 128, "USD 100 million", "actual"),
            ("中国", 2024, 231, "USD 100 million", "actual"),
            ("中国", 2025, 342, "USD 100 million", "estimate"),
        ],
        claims=[
            ("share", 23.9, "percent", 2023, 2023, None),
            ("share", 24.4, "percent", 2024, 2024, None),
            ("share", 25.3, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 128 / 536 = 23.881% -> 23.9
            ("arithmetic", "exact"),  # 231 / 948 = 24.367% -> 24.4
            ("arithmetic", "exact"),  # 342 / 1352 = 25.296% -> 25.3
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "forty-ninth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 6, "inconsistent": 6, "rounding": 6, "exact": 71}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "was valued at USD 2.14 Bn in 2023 and is anticipated to reach USD 19.87 Bn by 2032",
    "registering a CAGR of 28.1% from 2024 to 2032",
    "is poised to grow from £418 million in 2024 to £1.37 billion by 2030",
    "is slated to jump 66.5% this year to",
    "crossing the $200 billion mark",
    "ran to the tune of USD 1.46 billion (around ₹12,400 crore)",
    "is projected to touch USD 5.9 billion by 2030",
    "Stratagem Analytics, a rival tracker, put last year's sales at $131 billion",
    "than double this year, to 103 million units",
    "43% of all PCs shipped",
    "a nineteenfold increase",
    "\"roughly a $2 billion market last year\"",
    "That's +31% in a single year.",
    "pegs it at $11.5B by 2027",
    "This week's number: $27.6 billion.",
    "puts 2024 at $3.4 billion and 2031 at $11.9 billion",
    "could land anywhere between €11 billion and €14 billion in 2028",
    "USD 684.2 Mn",
    "during 2024–2033",
    "shrank by 6.8 per cent last year",
    "up 31.3% from HK$2.97 billion in 2023",
    "¥1.02 trillion in fiscal 2028",
    "新华社北京2025年5月18日电",
    "达到1.86万亿元",
    "有望在2025年的基础上再翻番",
    "2024—2030年年均复合增长率为71.3%",
    "是2023年的3.1倍",
    "2028年有望突破千亿元",
    "较上年增长24.1%（2023年为1,117亿元）",
    "2024-2029年年均复合增长率为23.1%",
    "另一家机构观澜数据则估算2024年规模约为298亿元",
    "1,270万台",
    "实现翻番，由2023年的58.6亿元增至121.3亿元",
    "较2023年的1,036亿元增长36.2%",
    "可望達新台幣3.86兆元，年增46.2%",
    "按年增長41.2%，2023年為30.7億港元",
    "2026年將逼近450億美元",
    "是2022年的3倍",
    "複合年增長率約為35.8%",
    "| 2024–30F CAGR |",
    "Application\tRevenue\tShare (%)",
    "Year        Revenue        YoY",
    "| 区域 | 2023年 | 2024年 | 同比 |",
    "2024-2027年CAGR\t\t76.2%",
    "單位：新台幣億元\n項目",
    "單位：百萬港元",
    "Totals may differ from the sum of rows because of rounding.",
    "年份        全球        中国      中国占比",
)
#: the set's blind score (scored once, before any rule was written for it): 191 figures, 59 rates, 74 verdicts and 3
#: false inconsistent; chosen on; now 202 figures, 61 rates, 82 verdicts, no false inconsistent
FLOORS = {"figures_found": 202, "rates_found": 61, "verdicts_right": 82}
#: at most this many false inconsistent verdicts
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset49.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
