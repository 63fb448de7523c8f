"""A sixty-fifth check set for the extractor, written blind: market figures as official statistics and industry
associations publish them -- a national statistics bureau's annual communiqué and tables (统计公报, 国家统计局, 比上年增长, 全年, 规模以上),
a ministry's monthly operating report (工业和信息化部 运行情况, 1-12月, 累计, 12月份, 同比增长, 个百分点), a provincial bureau's bulletin
(占全部规模以上工业增加值的比重, 按可比口径计算, an index level, 1-11月 beside the full year), customs data (出口金额, 进口金额), Taiwan's 經濟部統計處 and
主計總處, Hong Kong's 政府統計處 (整體出口, 港產品出口, 轉口, 百萬港元), industry associations' yearbooks and releases (a semiconductor
association, a chip-equipment association, a robotics federation, a software association, an electronics parts
association's English release in yen, a European association in euros, a Korean association in won, 协会 and 联盟 statistics
with 修订为 and 修正為), a ministry's white-paper summary, and tables of an industry's sub-sectors, regions or products with a
total row, a change column, a unit column or a forecast column.

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

What this set's sources add to them. An official release counts a full year as the year: 全年, "in 2024" and a cumulative
1-12月 total are the year's figure, while a cumulative total to an earlier month (1-11月, "January to November"), a single
month (12月份, 12月当月, "December sales"), a quarter and their rates are parts of a year and expected nowhere. Output in
units is a count in its printed scale (units and installations ``count``, "'000 units" ``count thousand``, 万台 万套 万只
``count 10 thousand``, "million units" ``count million``, 亿块 亿台 ``count 100 million``). An industry's revenue (营业收入,
软件业务收入, 销售额, turnover, sales, business receipts) is the market's figure; the same industry's 增加值 gives no amount but its
year-on-year rate is a rate of 2024 and its 占全部规模以上工业增加值的比重 a share. Percentage points (增速比上年加快2.1个百分点, 高4.8个百分点), index
levels and their rates (景气指数, 生產指數, 出口貨量指數, "the production index", "the export orders index"), counts of enterprises,
members and surveyed firms, an industry's profit and profit margin, employment, an exchange rate, a GDP growth forecast
and the year in a white paper's or yearbook's title are expected nowhere. A revised figure (修订为, 修正為, "revised from",
"the revised 2022 figure") is its year's figure and the number it replaces is expected nowhere; "at current prices"
changes nothing. A rate 按可比口径计算 whose base the release does not print is a claim without a verdict. An amount in won is
no observation, though its rate and share are claims.

In English: a semiconductor association's "totalled $618.4 billion in 2024, an increase of 18.6 percent from the 2023
total of $521.3 billion" gives both years and their rate, "Memory ... at $168.9 billion, or 27.3 percent of the total" a
part with its share, and the fourth quarter, December and the member count nowhere. A Japanese association's "rose 8.4
percent from the previous year to 2.31 trillion yen in calendar 2024, up from 2.14 trillion yen in 2023" is a JPY
trillion series whose rate is reached only at the rounding of its amounts, "2.42 trillion yen, a 4.8 percent increase"
2025's ``estimate`` with its rate, the yen's average rate nowhere. A robotics federation's "installed 523,400 industrial
robots in 2024, 3.1% fewer than the 540,200 units installed in 2023" is a count with a negative rate and "544,000
installations in 2025, up 4%" an ``estimate`` with its rate (the release is dated September 2025), the robot density
nowhere. A European association's "4.6% more than in 2023, when it stood at €3.26 billion (revised from €3.19 billion)"
gives 2023 its revised figure and the rate its verdict, the old figure and the 1,140 companies nowhere, and "Exports
outside Europe made up 57.2% of turnover" a share whose part is not printed. A trade ministry's "a record US$136.4
billion in 2024, up 38.6% from US$98.4 billion a year earlier" gives both years, December's shipments and the "January
to November" total nowhere, and "to grow about 8% this year" a rate of 2025 without its amount. A software association's
"grew 9.4% to €112.6 billion in 2024 from €102.9 billion" and "an increase of 6.2% to €119.6 billion" for 2025 are rates
with their verdicts, "Cloud software accounted for €31.4 billion, or 27.9%" a part with its share and the sector's
employment nowhere. A ministry's white-paper summary sizes fiscal 2024 at ¥1.27 trillion and fiscal 2030 at ¥4.3
trillion with "an average annual growth rate of 24.8%" (``inferred``) its amounts contradict; the survey's 46.8% and the
title's year are nowhere. Hong Kong's statistics department gives "business receipts ... HK$142.6 billion in 2024, up
8.3% from HK$131.7 billion" its verdict and the receipts index nowhere; Taiwan's statistics department "rose 11.4% in
2024 to US$68.3 billion from US$61.4 billion", a rate reached only at the rounding, December's orders and the index
nowhere. A European statistical office's "€21.8 billion at current prices in 2024, down 7.3% on 2023, when it stood at
€23.3 billion" is a decline its amounts contradict, the volume index and its base year nowhere. A consumer-technology
trade body's "projected to reach $537 billion in 2025, up 3.1% from $512 billion in 2024" is contradicted by its
amounts, and "Shipments of smart speakers ... 28.4 million units this year" is a second market, an item of its own name
in ``count million``. A robot makers' society's "fell 6.9% in 2024 to ¥781.6 billion from ¥839.5 billion" has its
verdict, "Exports accounted for 71.4% of production" is a share and "¥830 billion in 2025" an ``estimate``. A business
survey's "£96.3 billion in 2023 at current prices, a rise of 7.8% on the revised 2022 figure of £89.3 billion" dates its
years by its text (the release is of November 2024), the businesses surveyed nowhere. A chip-equipment association's
"rose 10% to $117.1 billion in 2024 from $106.3 billion in 2023" is exact, "Mainland China ... at $49.6 billion, 42.4%
of the total" a part with its share, and "$125.5 billion in 2025 and $138.1 billion in 2026, a further 9.8% rise" two
``estimate`` figures and a rate they contradict. "Shipments ... totalled 1.2 million units in calendar 2024, nearly
tripling from 0.41 million units in 2023" is a count series with a multiple (x3 over 2023-2024), the next quarter's
shipments nowhere. A Korean association's "fell 4.1% to 62.3 trillion won" is a rate without an observation, "OLED
panels accounted for 71.6% of production" a share, the production index nowhere.

In Chinese: the 国家统计局's 统计公报 gives 3D打印设备产量328.6万台，比上年增长26.4% (the market's count and its rate; its 个百分点 and the
enterprises nowhere). The ministry's 运行情况 gives 1-12月……营业收入15.84万亿元，同比增长6.9% as the year (CNY trillion), the 增加值's 1-12月
rate a rate of 2024 and 12月份's nowhere, 手机产量15.92亿台 and 其中智能手机产量11.87亿台 each an item of its own name in ``count 100
million`` with its rate, and 利润总额, its rate and the 营业收入利润率 nowhere. A 软件业 统计公报 gives 累计完成软件业务收入128,462亿元 and two parts
(软件产品, 信息技术服务), each with its rate and its 占全行业收入的比重, the enterprises nowhere. A provincial bureau gives the industry's
增加值 rate and 占全部规模以上工业增加值的比重为15.8% (a share whose part is not printed), 营业收入9,842.6亿元 with 按可比口径计算，同比增长9.1% (no base, no
verdict), and the 景气指数 and enterprises nowhere. An association's yearbook gives 2024's 销售额 with 同比增长16.1% and
将2023年销售额修订为12,305.2亿元 its base (此前公布为 nowhere), 设计业 a part with its share and 制造业 a part with a rate whose base is not
printed. A robot alliance's 销量29.8万台，同比下降5.1%，2023年为 31.4万台 is a decline with its verdict and 国产品牌……市场占有率为51.3% a share
reached only at the rounding; the members counted nowhere. A ministry institute's 白皮书摘要 gives 2024年……2.46万亿元，比上年增长24.2%
and 2024-2027年年均复合增长率为21.2% (``stated``) its amounts contradict, the 算力发展指数 nowhere. Customs data give
出口金额……1,486.3亿美元，比上年增长17.9%，2023年为 1,260.6亿美元 its verdict, 进口金额增长10.2% a rate of a second market without its amount and
12月当月 nowhere. In Traditional Chinese the 經濟部統計處's 電子零組件業產值 較2023年的27,312億元增加18.9% is exact and the 生產指數 and its 年增
nowhere; the 主計總處's 預估今年商品出口將達5,268億美元，年增12.4% is 2025's ``estimate`` (the dateline's year) and
其中資通訊產品出口預估為2,480億美元，占出口比重 47.1% a part with its share, 上修今年經濟成長率至3.1% nowhere; the 政府統計處's 電子產品整體出口貨值為31,426億港元 is HKD
100 million with its rate, 集成電路 a part with its 佔……63.1%, 進口貨值上升9.8% a rate without its amount and the 出口貨量指數 nowhere; a
chip association's 新台幣5.32兆元 (TWD trillion) with 較2023年成長22.0% and 2023年產值修正為4.36兆元 (原公布 nowhere), IC設計業 a part with its
占比 and 預估2025年……6.15兆元，年增15.4% an ``estimate`` with a rate reached only at the rounding; a server association's 163萬台
and 預估今年……210萬台，年增32.6% a rate its counts contradict, the member firms nowhere. A provincial bureau in December 2024
gives 1-11月……累计完成 and 11月当月 nowhere, 2023年全年……6,312万台 ``actual`` and 预计2024年全年产量将突破 7,000万台，较上年增长约11% an approximate
``estimate`` (the year not yet over) with its rate.

In tables: a 统计公报 table with a 单位 column gives each product its 2024 count in its own unit (亿块, 万台, 万套, 万只) and its
比上年增长 (no bases printed); a ministry's aligned table of sub-sectors under 1-12月累计 adds to its 合计 row, its 同比增长 column
rates without printed bases; a Japanese association's aligned table in "(¥ trillion)" gives each category its 2023, 2024
and 2025F (``estimate``) figures, its "Change" (one reached only at the rounding) and adds to its Total row; a European
association's pipe table in "(€ million)" gives each country its 2023 and 2024 figures and its "Change" (one
contradicted by its figures) and adds to its Total; the 經濟部統計處's tab table in 億美元 gives each 貨品類別 both years and its
年增率(%) and adds to its 總計 row, the 外銷訂單指數 nowhere; the 政府統計處's tab table in 百萬港元 gives 港產品出口 and 轉口 adding to 整體出口 with
their 變動百分率; a robotics federation's tab table in "('000 units)" gives each region its counts (``count thousand``) and
"Change" (one reached only at the rounding) and adds to its World row; a chip association's pipe table in "(US$
billion)" gives each region its "YoY" (one contradicted) and adds to its Worldwide row; a ministry's vertical tab table
gives ``软件业务收入`` each year in 万亿元 with its 比上年增长（%） (one reached only at the rounding), the 2025年1-6月 row nowhere; and
an alliance's aligned table in 万台 gives each 类型 both years and its 同比 (one contradicted) and adds to its 合计 row. Markets
vary (semiconductors, electronic components in yen, industrial robots, machine vision in Europe, Korean chip exports,
German software and IT services, AI systems in Japan, Hong Kong IT services, Taiwan's electronic export orders, EU
integrated circuits, US consumer technology, Japanese robot production, UK computer programming, chip-making equipment,
AI-capable PCs in Japan, Korean displays, 3D打印设备, 电子信息制造业, 软件和信息技术服务业, 电子设备制造业, 集成电路产业, 工业机器人, 算力核心产业, 集成电路出口, 電子零組件業,
商品出口, 電子產品出口, IC產業, AI伺服器, 智能终端, 主要产品产量, collaborative robots in Europe, 外銷訂單, 整體出口); agencies' and associations'
figures are invented, the sentences are the project's own and the figures plausible. ``python
tests/extract_checkset65.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a semiconductor association's annual release: "an increase of ... from the 2023 total of", a part "or ...
    #    percent of the total"; the fourth quarter, December and the member count nowhere
    dict(
        text=(
            "WASHINGTON, Feb. 5, 2025 — The Alliance of Chip Manufacturers (ACM) today announced that worldwide "
            "semiconductor sales totalled $618.4 billion in 2024, an increase of 18.6 percent from the 2023 total of "
            "$521.3 billion. Fourth-quarter sales reached $171.2 billion, and December sales alone came to $57.3 "
            "billion. Memory was the largest product category at $168.9 billion, or 27.3 percent of the total. ACM's "
            "42 member companies report their sales monthly."
        ),
        obs=[
            ("Total", 2024, 618.4, "USD billion", "actual"),
            ("Total", 2023, 521.3, "USD billion", "actual"),
            ("Memory", 2024, 168.9, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 18.6, "percent", 2023, 2024, 1.0),
            ("share", 27.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 618.4 / 521.3 - 1 = 18.627% -> 18.6
            ("arithmetic", "exact"),  # 168.9 / 618.4 = 27.312% -> 27.3
        ],
    ),
    # 2. a Japanese association's English release in yen: "rose 8.4 percent from the previous year to 2.31 trillion yen
    #    in calendar 2024, up from ..." (reached only at the rounding), a projection with its rate; the yen's rate
    #    nowhere
    dict(
        text=(
            "TOKYO, January 29, 2025 — Global shipments of electronic components by member companies of the Japan "
            "Association of Electronic Parts Makers rose 8.4 percent from the previous year to 2.31 trillion yen in "
            "calendar 2024, up from 2.14 trillion yen in 2023, the association said. For 2025 it projects shipments "
            "of 2.42 trillion yen, a 4.8 percent increase. The yen averaged 151.5 to the dollar during 2024."
        ),
        obs=[
            ("Total", 2024, 2.31, "JPY trillion", "actual"),
            ("Total", 2023, 2.14, "JPY trillion", "actual"),
            ("Total", 2025, 2.42, "JPY trillion", "estimate"),
        ],
        claims=[
            ("growth", 8.4, "percent", 2023, 2024, 1.0),
            ("growth", 4.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 2.31 / 2.14 - 1 = 7.944%, not 8.4 +- 0.05; bounds (2.305 / 2.145) -> 7.459%, (2.315 / 2.135) -> 8.431%:
            # 8.4 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 2.42 / 2.31 - 1 = 4.762% -> 4.8
        ],
    ),
    # 3. a robotics federation's preliminary figures: installations as a count, "3.1% fewer than the ... units
    #    installed in 2023", a projection "up 4%"; the robot density nowhere
    dict(
        text=(
            "FRANKFURT, 24 September 2025 — Factories worldwide installed 523,400 industrial robots in 2024, 3.1% "
            "fewer than the 540,200 units installed in 2023, according to preliminary figures from the World "
            "Robotics Federation. The federation projects 544,000 installations in 2025, up 4%. Robot density in "
            "manufacturing reached 177 units per 10,000 employees."
        ),
        obs=[
            ("Total", 2024, 523400, "count", "actual"),
            ("Total", 2023, 540200, "count", "actual"),
            ("Total", 2025, 544000, "count", "estimate"),
        ],
        claims=[
            ("growth", -3.1, "percent", 2023, 2024, 1.0),
            ("growth", 4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 523400 / 540200 - 1 = -3.110% -> -3.1
            ("cagr|implied", "exact"),  # 544000 / 523400 - 1 = 3.936% -> 4
        ],
    ),
    # 4. a European association in euros: "4.6% more than in 2023, when it stood at ... (revised from ...)" (the old
    #    figure nowhere), a share whose part is not printed; the companies contributing nowhere
    dict(
        text=(
            "BRUSSELS, 12 June 2025 — Turnover of Europe's machine vision industry reached €3.41 billion in 2024, "
            "4.6% more than in 2023, when it stood at €3.26 billion (revised from €3.19 billion), the European "
            "Imaging and Vision Association said in its annual market survey, to which 1,140 companies contributed. "
            "Exports outside Europe made up 57.2% of turnover."
        ),
        obs=[
            ("Total", 2024, 3.41, "EUR billion", "actual"),
            ("Total", 2023, 3.26, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 4.6, "percent", 2023, 2024, 1.0),
            ("share", 57.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.41 / 3.26 - 1 = 4.601% -> 4.6 (against the revised 2023 figure)
        ],
    ),
    # 5. a trade ministry's release: the full year with its base; December and the cumulative January-to-November
    #    total nowhere; "to grow about 8% this year" a rate of 2025 without its amount
    dict(
        text=(
            "SEJONG, Jan. 1, 2025 — South Korea's semiconductor exports climbed to a record US$136.4 billion in "
            "2024, up 38.6% from US$98.4 billion a year earlier, the trade ministry said. December shipments alone "
            "reached US$13.8 billion; cumulative exports for January to November had stood at US$122.6 billion. The "
            "ministry expects chip exports to grow about 8% this year."
        ),
        obs=[
            ("Total", 2024, 136.4, "USD billion", "actual"),
            ("Total", 2023, 98.4, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 38.6, "percent", 2023, 2024, 1.0),
            ("growth", 8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 136.4 / 98.4 - 1 = 38.618% -> 38.6
        ],
    ),
    # 6. a software association's press conference: "grew 9.4% to ... in 2024 from ...", "an increase of 6.2% to ...",
    #    a part with its share of last year's market; the sector's employment nowhere
    dict(
        text=(
            "BERLIN, 4 March 2025 — Revenue in Germany's software and IT services market grew 9.4% to €112.6 billion "
            "in 2024 from €102.9 billion, the German Software Industry Association said at its annual press "
            "conference. For 2025 the association expects an increase of 6.2% to €119.6 billion. Cloud software "
            "accounted for €31.4 billion, or 27.9% of last year's market. Employment in the sector rose to 1.38 "
            "million."
        ),
        obs=[
            ("Total", 2024, 112.6, "EUR billion", "actual"),
            ("Total", 2023, 102.9, "EUR billion", "actual"),
            ("Total", 2025, 119.6, "EUR billion", "estimate"),
            ("Cloud software", 2024, 31.4, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 9.4, "percent", 2023, 2024, 1.0),
            ("growth", 6.2, "percent", 2024, 2025, 1.0),
            ("share", 27.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 112.6 / 102.9 - 1 = 9.427% -> 9.4
            ("cagr|implied", "exact"),  # 119.6 / 112.6 - 1 = 6.217% -> 6.2
            ("arithmetic", "exact"),  # 31.4 / 112.6 = 27.886% -> 27.9
        ],
    ),
    # 7. a ministry's white-paper summary in fiscal years: "an average annual growth rate of" (inferred) its amounts
    #    contradict; the survey's percentage and the title's year nowhere
    dict(
        text=(
            "TOKYO, July 8, 2025 — A summary of the 2025 White Paper on the Digital Economy, released by the "
            "Ministry of Digital Industry on Tuesday, puts Japan's domestic market for AI systems at ¥1.27 trillion "
            "in fiscal 2024 and projects ¥4.3 trillion in fiscal 2030, an average annual growth rate of 24.8%. In "
            "the white paper's survey, 46.8% of companies said they had deployed generative AI."
        ),
        obs=[
            ("Total", 2024, 1.27, "JPY trillion", "actual"),
            ("Total", 2030, 4.3, "JPY trillion", "estimate"),
        ],
        claims=[("cagr", 24.8, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            # (4.3 / 1.27) ** (1 / 6) - 1 = 22.540%; bounds (4.25 / 1.275) -> 22.221%, (4.35 / 1.265) -> 22.857%:
            # 24.8 +- 0.05 outside
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 8. Hong Kong's statistics department in English: business receipts with their base; the receipts index nowhere
    dict(
        text=(
            "Provisional figures released today (February 14, 2025) by the Census and Statistics Department show "
            "that business receipts of the information technology services industry totalled HK$142.6 billion in "
            "2024, up 8.3% from HK$131.7 billion in 2023. The business receipts index of the industry (2020 = 100) "
            "rose to 128.4."
        ),
        obs=[
            ("Total", 2024, 142.6, "HKD billion", "actual"),
            ("Total", 2023, 131.7, "HKD billion", "actual"),
        ],
        claims=[("growth", 8.3, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 142.6 / 131.7 - 1 = 8.276% -> 8.3
        ],
    ),
    # 9. Taiwan's statistics department in English: "rose 11.4% in 2024 to ... from ..." (reached only at the rounding);
    #    December's orders and the orders index nowhere
    dict(
        text=(
            "TAIPEI, Jan. 20, 2025 — Export orders for electronic products rose 11.4% in 2024 to US$68.3 billion "
            "from US$61.4 billion, driven by demand for AI server chips, the Department of Statistics at the Ministry "
            "of Economic Affairs said. December orders for the category reached US$6.2 billion, and the export "
            "orders index stood at 112.8."
        ),
        obs=[
            ("Total", 2024, 68.3, "USD billion", "actual"),
            ("Total", 2023, 61.4, "USD billion", "actual"),
        ],
        claims=[("growth", 11.4, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 68.3 / 61.4 - 1 = 11.238%, not 11.4 +- 0.05; bounds (68.25 / 61.45) -> 11.066%, (68.35 / 61.35) ->
            # 11.410%: 11.4 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 10. a European statistical office: "at current prices", "down 7.3% on 2023, when it stood at" (a decline its
    #     amounts contradict); the volume index and its base year nowhere
    dict(
        text=(
            "LUXEMBOURG, 9 July 2025 — The value of sold production of electronic integrated circuits in the EU "
            "amounted to €21.8 billion at current prices in 2024, down 7.3% on 2023, when it stood at €23.3 billion, "
            "the European statistical office reported. The sector's volume index of production fell to 96.2 "
            "(2021 = 100)."
        ),
        obs=[
            ("Total", 2024, 21.8, "EUR billion", "actual"),
            ("Total", 2023, 23.3, "EUR billion", "actual"),
        ],
        claims=[("growth", -7.3, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 21.8 / 23.3 - 1 = -6.438%; bounds (21.75 / 23.35) -> -6.852%, (21.85 / 23.25) -> -6.022%:
            # -7.3 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 11. a consumer-technology trade body's forecast: "projected to reach ... in 2025, up 3.1% from ... in 2024" (its
    #     amounts contradict it), a second market in units this year
    dict(
        text=(
            "LAS VEGAS, Jan. 6, 2025 — U.S. retail revenues from consumer technology are projected to reach $537 "
            "billion in 2025, up 3.1% from $512 billion in 2024, the Consumer Technology Trade Council said in its "
            "semi-annual forecast. Shipments of smart speakers are expected to total 28.4 million units this year."
        ),
        obs=[
            ("Total", 2025, 537, "USD billion", "estimate"),
            ("Total", 2024, 512, "USD billion", "actual"),
            ("Smart speakers", 2025, 28.4, "count million", "estimate"),
        ],
        claims=[("growth", 3.1, "percent", 2024, 2025, 1.0)],
        verdicts=[
            # 537 / 512 - 1 = 4.883%; bounds (536.5 / 512.5) -> 4.683%, (537.5 / 511.5) -> 5.083%: 3.1 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. a robot makers' society: "fell 6.9% in 2024 to ... from ...", a share whose part is not printed, next year's
    #     expectation
    dict(
        text=(
            "TOKYO, Jan. 23, 2025 — Production of industrial robots by member companies of the Japan Robot Makers' "
            "Society fell 6.9% in 2024 to ¥781.6 billion from ¥839.5 billion, as orders from electronics factories "
            "in China weakened. Exports accounted for 71.4% of production. The society expects production of ¥830 "
            "billion in 2025."
        ),
        obs=[
            ("Total", 2024, 781.6, "JPY billion", "actual"),
            ("Total", 2023, 839.5, "JPY billion", "actual"),
            ("Total", 2025, 830, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", -6.9, "percent", 2023, 2024, 1.0),
            ("share", 71.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 781.6 / 839.5 - 1 = -6.897% -> -6.9
        ],
    ),
    # 13. a statistics office's annual business survey (November 2024): "at current prices", "on the revised 2022
    #     figure of"; the businesses surveyed nowhere
    dict(
        text=(
            "Annual business survey, published 12 November 2024. Turnover of the UK's computer programming and "
            "consultancy industry was £96.3 billion in 2023 at current prices, a rise of 7.8% on the revised 2022 "
            "figure of £89.3 billion, the Office for Business Statistics said. The survey covered 96,400 businesses."
        ),
        obs=[
            ("Total", 2023, 96.3, "GBP billion", "actual"),
            ("Total", 2022, 89.3, "GBP billion", "actual"),
        ],
        claims=[("growth", 7.8, "percent", 2022, 2023, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 96.3 / 89.3 - 1 = 7.839% -> 7.8
        ],
    ),
    # 14. a chip-equipment association: "rose 10% to ... in 2024 from ... in 2023", a part with its share, two forecast
    #     years and "a further 9.8% rise" they contradict
    dict(
        text=(
            "MILPITAS, Calif., April 10, 2025 — Global sales of semiconductor manufacturing equipment by original "
            "equipment makers rose 10% to $117.1 billion in 2024 from $106.3 billion in 2023, the Semiconductor "
            "Equipment Suppliers Association reported. Mainland China remained the largest market at $49.6 billion, "
            "42.4% of the total. The association forecasts $125.5 billion in 2025 and $138.1 billion in 2026, a "
            "further 9.8% rise."
        ),
        obs=[
            ("Total", 2024, 117.1, "USD billion", "actual"),
            ("Total", 2023, 106.3, "USD billion", "actual"),
            ("Mainland China", 2024, 49.6, "USD billion", "actual"),
            ("Total", 2025, 125.5, "USD billion", "estimate"),
            ("Total", 2026, 138.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 10, "percent", 2023, 2024, 1.0),
            ("share", 42.4, "percent", 2024, 2024, None),
            ("growth", 9.8, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 117.1 / 106.3 - 1 = 10.160% -> 10
            ("arithmetic", "exact"),  # 49.6 / 117.1 = 42.357% -> 42.4
            # 138.1 / 125.5 - 1 = 10.040%; bounds (138.05 / 125.55) -> 9.956%, (138.15 / 125.45) -> 10.124%:
            # 9.8 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 15. a PC makers' council: "totalled 1.2 million units in calendar 2024, nearly tripling from ... million units"
    #     (x3 over 2023-2024); the next quarter's shipments nowhere
    dict(
        text=(
            "TOKYO, Feb. 10, 2025 — Shipments of AI-capable PCs in Japan totalled 1.2 million units in calendar 2024, "
            "nearly tripling from 0.41 million units in 2023, according to the Japan PC Makers' Council. In the "
            "January–March quarter of 2025, members expect to ship 0.52 million units."
        ),
        obs=[
            ("Total", 2024, 1.2, "count million", "actual"),
            ("Total", 2023, 0.41, "count million", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2024, 1.0),  # 1.2 / 0.41 = 2.927: nearly triple
        ],
        verdicts=[],
    ),
    # 16. a Korean association in won (no observation): a decline and a share; the production index nowhere
    dict(
        text=(
            "SEOUL, Feb. 20, 2025 — Domestic production of display panels fell 4.1% to 62.3 trillion won in 2024, the "
            "Korea Display Makers Association said. OLED panels accounted for 71.6% of production, and the "
            "association's production index for the sector dropped to 92.4."
        ),
        obs=[],
        claims=[
            ("growth", -4.1, "percent", 2023, 2024, 1.0),
            ("share", 71.6, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. the 国家统计局's 统计公报: 全年……产量……万台，比上年增长 (a count with its rate), 增速比上年加快……个百分点 and the enterprises
    #     nowhere
    dict(
        text=(
            "国家统计局2月28日发布《中华人民共和国2024年国民经济和社会发展统计公报》。公报显示，全年规模以上工业中，3D打印设备产量"
            "328.6万台，比上年增长26.4%，增速比上年加快2.1个百分点；年末规模以上3D打印设备制造企业652家。"
        ),
        obs=[("Total", 2024, 328.6, "count 10 thousand", "actual")],
        claims=[("growth", 26.4, "percent", 2023, 2024, 1.0)],
        verdicts=[],
    ),
    # 18. the ministry's 运行情况: 1-12月 the year (营业收入 in 万亿元), the 增加值's 1-12月 rate a rate of 2024, 12月份 nowhere,
    #     products in 亿台 as items of their own names; 个百分点, 利润总额 and the 营业收入利润率 nowhere
    dict(
        text=(
            "工业和信息化部运行监测协调局：2024年电子信息制造业运行情况\n"
            "一、生产情况。1-12月，规模以上电子信息制造业增加值同比增长10.6%，增速比同期工业高4.8个百分点。12月份，规模以上电子信息"
            "制造业增加值同比增长11.3%。主要产品中，手机产量15.92亿台，同比增长6.5%，其中智能手机产量11.87亿台，同比增长7.1%。\n"
            "二、效益情况。1-12月，规模以上电子信息制造业实现营业收入15.84万亿元，同比增长6.9%；实现利润总额6,186亿元，同比增长2.8%；"
            "营业收入利润率为3.9%。"
        ),
        obs=[
            ("手机", 2024, 15.92, "count 100 million", "actual"),
            ("智能手机", 2024, 11.87, "count 100 million", "actual"),
            ("Total", 2024, 15.84, "CNY trillion", "actual"),
        ],
        claims=[
            ("growth", 10.6, "percent", 2023, 2024, 1.0),
            ("growth", 6.5, "percent", 2023, 2024, 1.0),
            ("growth", 7.1, "percent", 2023, 2024, 1.0),
            ("growth", 6.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[],  # no rate's base is printed
    ),
    # 19. a 软件业 统计公报: 累计完成软件业务收入, two parts each with its rate and 占全行业收入的比重; the enterprises nowhere
    dict(
        text=(
            "2024年软件和信息技术服务业统计公报\n"
            "2024年，全国软件和信息技术服务业规模以上企业超3.8万家，累计完成软件业务收入128,462亿元，同比增长10.4%。分领域看，"
            "软件产品收入28,736亿元，同比增长6.8%，占全行业收入的比重为22.4%；信息技术服务收入86,915亿元，同比增长11.6%，占全行业"
            "收入的67.7%。"
        ),
        obs=[
            ("Total", 2024, 128462, "CNY 100 million", "actual"),
            ("软件产品", 2024, 28736, "CNY 100 million", "actual"),
            ("信息技术服务", 2024, 86915, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 10.4, "percent", 2023, 2024, 1.0),
            ("growth", 6.8, "percent", 2023, 2024, 1.0),
            ("share", 22.4, "percent", 2024, 2024, None),
            ("growth", 11.6, "percent", 2023, 2024, 1.0),
            ("share", 67.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 28736 / 128462 = 22.369% -> 22.4
            ("arithmetic", "exact"),  # 86915 / 128462 = 67.658% -> 67.7
        ],
    ),
    # 20. a provincial bureau: 增加值比上年增长 (a rate), 增速比上年加快……个百分点 (nowhere), 占全部规模以上工业增加值的比重 (a share),
    #     按可比口径计算 (no base, no verdict); the 景气指数 and the enterprises nowhere
    dict(
        text=(
            "江渚省统计局：2024年全省电子信息制造业运行简况\n"
            "2024年，全省规模以上计算机、通信和其他电子设备制造业增加值比上年增长13.6%，增速比上年加快2.1个百分点，占全部规模以上工业"
            "增加值的比重为15.8%。全年实现营业收入9,842.6亿元，按可比口径计算，同比增长9.1%。12月份，全省电子信息制造业景气指数为"
            "108.3。年末全省规模以上电子信息制造企业2,416家。"
        ),
        obs=[("Total", 2024, 9842.6, "CNY 100 million", "actual")],
        claims=[
            ("growth", 13.6, "percent", 2023, 2024, 1.0),
            ("share", 15.8, "percent", 2024, 2024, None),
            ("growth", 9.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[],
    ),
    # 21. an association's yearbook: 同比增长 with 将2023年销售额修订为 its base (此前公布为 nowhere), 设计业 a part with its
    #     share, 制造业 a part with a rate whose base is not printed; the yearbook's title year nowhere
    dict(
        text=(
            "《中国集成电路产业年鉴（2025）》显示，据华夏半导体行业协会统计，2024年我国集成电路产业销售额为14,286.5亿元，同比增长"
            "16.1%；协会同时将2023年销售额修订为12,305.2亿元（此前公布为12,276.9亿元）。分环节看，设计业销售额6,418.3亿元，占"
            "44.9%；制造业销售额4,602.1亿元，同比增长18.7%。"
        ),
        obs=[
            ("Total", 2024, 14286.5, "CNY 100 million", "actual"),
            ("Total", 2023, 12305.2, "CNY 100 million", "actual"),
            ("设计业", 2024, 6418.3, "CNY 100 million", "actual"),
            ("制造业", 2024, 4602.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 16.1, "percent", 2023, 2024, 1.0),
            ("share", 44.9, "percent", 2024, 2024, None),
            ("growth", 18.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 14286.5 / 12305.2 - 1 = 16.101% -> 16.1 (against the revised 2023 figure)
            ("arithmetic", "exact"),  # 6418.3 / 14286.5 = 44.926% -> 44.9
        ],
    ),
    # 22. a robot alliance: 销量……万台，同比下降……，2023年为 (a decline with its base), 国产品牌……市场占有率为 (a share reached
    #     only at the rounding); the member units nowhere
    dict(
        text=(
            "华夏机器人产业联盟发布统计数据：2024年，国内工业机器人市场销量为29.8万台，同比下降5.1%，2023年为31.4万台；其中，国产"
            "品牌销量15.2万台，市场占有率为51.3%，首次超过外资品牌。联盟成员单位共计312家。"
        ),
        obs=[
            ("Total", 2024, 29.8, "count 10 thousand", "actual"),
            ("Total", 2023, 31.4, "count 10 thousand", "actual"),
            ("国产品牌", 2024, 15.2, "count 10 thousand", "actual"),
        ],
        claims=[
            ("growth", -5.1, "percent", 2023, 2024, 1.0),
            ("share", 51.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 29.8 / 31.4 - 1 = -5.096% -> -5.1
            # 15.2 / 29.8 = 51.007%, not 51.3 +- 0.05; bounds (15.15 / 29.85) -> 50.754%, (15.25 / 29.75) -> 51.261%:
            # 51.3 is reached only at the rounding
            ("arithmetic", "rounding"),
        ],
    ),
    # 23. a ministry institute's 白皮书摘要: 万亿元, 比上年增长 (no base), 2024-2027年年均复合增长率为 (stated) its amounts
    #     contradict; the 算力发展指数 and the title's year nowhere
    dict(
        text=(
            "工业和信息化部所属华信研究院发布《中国算力产业发展白皮书（2025年）》。白皮书摘要显示，2024年我国算力核心产业规模达到"
            "2.46万亿元，比上年增长24.2%；预计2027年将达到4.35万亿元，2024-2027年年均复合增长率为21.2%。2024年全国算力发展指数为"
            "62.8。"
        ),
        obs=[
            ("Total", 2024, 2.46, "CNY trillion", "actual"),
            ("Total", 2027, 4.35, "CNY trillion", "estimate"),
        ],
        claims=[
            ("growth", 24.2, "percent", 2023, 2024, 1.0),
            ("cagr", 21.2, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (4.35 / 2.46) ** (1 / 3) - 1 = 20.926%; bounds (4.345 / 2.465) -> 20.797%, (4.355 / 2.455) -> 21.054%:
            # 21.2 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 24. customs data: 出口金额……比上年增长……，2023年为 (its base after it), 进口金额增长 (a second market's rate, no amount);
    #     12月当月 nowhere
    dict(
        text=(
            "海关总署1月13日发布数据，2024年我国集成电路出口金额为1,486.3亿美元，比上年增长17.9%，2023年为1,260.6亿美元；同期"
            "集成电路进口金额增长10.2%。12月当月，集成电路出口172.4亿美元，创单月新高。"
        ),
        obs=[
            ("Total", 2024, 1486.3, "USD 100 million", "actual"),
            ("Total", 2023, 1260.6, "USD 100 million", "actual"),
        ],
        claims=[
            ("growth", 17.9, "percent", 2023, 2024, 1.0),
            ("growth", 10.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1486.3 / 1260.6 - 1 = 17.904% -> 17.9
        ],
    ),
    # 25. Taiwan's 經濟部統計處 in Traditional Chinese: 產值為新台幣……億元，較2023年的……億元增加 (exact); the 生產指數 and its
    #     年增 nowhere
    dict(
        text=(
            "2025/01/23 經濟部統計處今日發布工業生產統計，2024年電子零組件業產值為新台幣32,486億元，較2023年的27,312億元增加18.9%，"
            "主因AI伺服器相關晶片與載板需求強勁；12月電子零組件業生產指數為121.36，年增14.8%。"
        ),
        obs=[
            ("Total", 2024, 32486, "TWD 100 million", "actual"),
            ("Total", 2023, 27312, "TWD 100 million", "actual"),
        ],
        claims=[("growth", 18.9, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 32486 / 27312 - 1 = 18.944% -> 18.9
        ],
    ),
    # 26. Taiwan's 主計總處 in Traditional Chinese: 預估今年……億美元，年增 (2025's estimate, no base), 其中……預估為……，占出口比重
    #     (a part with its share); 上修今年經濟成長率 nowhere
    dict(
        text=(
            "（2025年8月15日）行政院主計總處今日發布最新經濟預測，上修今年經濟成長率至3.1%；預估今年商品出口將達5,268億美元，"
            "年增12.4%，其中資通訊產品出口預估為2,480億美元，占出口比重47.1%。"
        ),
        obs=[
            ("Total", 2025, 5268, "USD 100 million", "estimate"),
            ("資通訊產品", 2025, 2480, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.4, "percent", 2024, 2025, 1.0),
            ("share", 47.1, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 2480 / 5268 = 47.077% -> 47.1
        ],
    ),
    # 27. Hong Kong's 政府統計處 in Traditional Chinese: 整體出口貨值……億港元，較2023年上升 (no base), 集成電路 a part with its
    #     佔……, 進口貨值上升 (a rate without its amount); the 出口貨量指數 nowhere
    dict(
        text=(
            "政府統計處今日（2025年1月27日）公布，2024年全年電子產品整體出口貨值為31,426億港元，較2023年上升12.6%。其中，集成電路"
            "出口貨值為19,842億港元，佔電子產品整體出口的63.1%。同期，電子產品進口貨值上升9.8%，出口貨量指數則上升8.7%。"
        ),
        obs=[
            ("Total", 2024, 31426, "HKD 100 million", "actual"),
            ("集成電路", 2024, 19842, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 12.6, "percent", 2023, 2024, 1.0),
            ("share", 63.1, "percent", 2024, 2024, None),
            ("growth", 9.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 19842 / 31426 = 63.139% -> 63.1
        ],
    ),
    # 28. a Taiwan chip association in Traditional Chinese: 兆元, 較2023年成長 with 2023年產值修正為 its base (原公布 nowhere), a
    #     part with its 占比, 預估2025年……年增 (reached only at the rounding)
    dict(
        text=(
            "2025/02/18 台灣晶片產業協會今日公布，2024年台灣IC產業產值達新台幣5.32兆元，較2023年成長22.0%，2023年產值修正為4.36兆元"
            "（原公布為4.32兆元）；其中IC設計業產值1.32兆元，占比24.8%。協會預估2025年產值將成長至6.15兆元，年增15.4%。"
        ),
        obs=[
            ("Total", 2024, 5.32, "TWD trillion", "actual"),
            ("Total", 2023, 4.36, "TWD trillion", "actual"),
            ("IC設計業", 2024, 1.32, "TWD trillion", "actual"),
            ("Total", 2025, 6.15, "TWD trillion", "estimate"),
        ],
        claims=[
            ("growth", 22.0, "percent", 2023, 2024, 1.0),
            ("share", 24.8, "percent", 2024, 2024, None),
            ("growth", 15.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5.32 / 4.36 - 1 = 22.018% -> 22.0
            ("arithmetic", "exact"),  # 1.32 / 5.32 = 24.812% -> 24.8
            # 6.15 / 5.32 - 1 = 15.602%, not 15.4 +- 0.05; bounds (6.145 / 5.325) -> 15.399%, (6.155 / 5.315) ->
            # 15.804%: 15.4 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 29. a Taiwan server association in Traditional Chinese: 萬台 counts, 預估今年……年增 (its counts contradict it); the
    #     member firms nowhere
    dict(
        text=(
            "（2025年3月12日）台灣伺服器產業協進會今日發布年度報告指出，2024年全球AI伺服器出貨量為163萬台；預估今年出貨量將達210萬台，"
            "年增32.6%。協進會目前會員廠商達128家。"
        ),
        obs=[
            ("Total", 2024, 163, "count 10 thousand", "actual"),
            ("Total", 2025, 210, "count 10 thousand", "estimate"),
        ],
        claims=[("growth", 32.6, "percent", 2024, 2025, 1.0)],
        verdicts=[
            # 210 / 163 - 1 = 28.834%; bounds (209.5 / 163.5) -> 28.135%, (210.5 / 162.5) -> 29.538%: 32.6 +- 0.05
            # outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 30. a provincial bureau in December 2024: 1-11月……累计完成 and 11月当月 nowhere, 2023年全年 actual, 预计2024年全年……突破
    #     (an approximate estimate, the year not over) with 较上年增长约
    dict(
        text=(
            "江岭省统计局2024年12月20日发布：1-11月，全省规模以上工业智能终端产量累计完成6,486.2万台，同比增长12.4%；其中11月当月"
            "产量682.5万台，同比增长15.8%。2023年全年，全省智能终端产量为6,312万台。按目前进度测算，预计2024年全年产量将突破7,000"
            "万台，较上年增长约11%。"
        ),
        obs=[
            ("Total", 2023, 6312, "count 10 thousand", "actual"),
            ("Total", 2024, 7000, "count 10 thousand", "estimate"),
        ],
        claims=[("growth", 11, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 7000 / 6312 - 1 = 10.900% -> 11
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. a 统计公报 pipe table with a 单位 column: each product its 2024 count in its own unit (亿块, 万台, 万套, 万只) and
    #     its 比上年增长 (no bases printed, a decline among them); the table's number and the source line nowhere
    dict(
        text=(
            "表3 2024年主要工业产品产量及其增长速度（摘录）\n"
            "| 产品名称 | 单位 | 产量 | 比上年增长（%） |\n"
            "|---|---|---|---|\n"
            "| 集成电路 | 亿块 | 4,186.5 | 19.4 |\n"
            "| 微型计算机设备 | 万台 | 33,862 | 1.8 |\n"
            "| 服务机器人 | 万套 | 1,208.4 | 17.3 |\n"
            "| 工业机器人 | 万套 | 58.6 | 12.9 |\n"
            "| 智能手表 | 万只 | 8,426 | -3.2 |\n"
            "资料来源：国家统计局。"
        ),
        obs=[
            ("集成电路", 2024, 4186.5, "count 100 million", "actual"),
            ("微型计算机设备", 2024, 33862, "count 10 thousand", "actual"),
            ("服务机器人", 2024, 1208.4, "count 10 thousand", "actual"),
            ("工业机器人", 2024, 58.6, "count 10 thousand", "actual"),
            ("智能手表", 2024, 8426, "count 10 thousand", "actual"),
        ],
        claims=[
            ("growth", 19.4, "percent", 2023, 2024, 1.0),
            ("growth", 1.8, "percent", 2023, 2024, 1.0),
            ("growth", 17.3, "percent", 2023, 2024, 1.0),
            ("growth", 12.9, "percent", 2023, 2024, 1.0),
            ("growth", -3.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[],
    ),
    # 32. a ministry's aligned table of sub-sectors under 1-12月累计 (the year) and 同比增长 (no bases printed), a 合计 row
    dict(
        text=(
            "表1 2024年1-12月电子信息制造业分行业营业收入（单位：亿元）\n"
            "行业                  1-12月累计     同比增长\n"
            "计算机制造              29,846         4.2%\n"
            "通信设备制造            48,372         8.6%\n"
            "电子器件制造            27,915        11.9%\n"
            "电子元件及专用材料      24,508         9.3%\n"
            "其他                    10,219         2.7%\n"
            "合计                   140,860         7.5%\n"
            "注：统计范围为规模以上工业企业。"
        ),
        obs=[
            ("计算机制造", 2024, 29846, "CNY 100 million", "actual"),
            ("通信设备制造", 2024, 48372, "CNY 100 million", "actual"),
            ("电子器件制造", 2024, 27915, "CNY 100 million", "actual"),
            ("电子元件及专用材料", 2024, 24508, "CNY 100 million", "actual"),
            ("其他", 2024, 10219, "CNY 100 million", "actual"),
            ("合计", 2024, 140860, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 4.2, "percent", 2023, 2024, 1.0),
            ("growth", 8.6, "percent", 2023, 2024, 1.0),
            ("growth", 11.9, "percent", 2023, 2024, 1.0),
            ("growth", 9.3, "percent", 2023, 2024, 1.0),
            ("growth", 2.7, "percent", 2023, 2024, 1.0),
            ("growth", 7.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 29846 + 48372 + 27915 + 24508 + 10219 = 140860
        ],
    ),
    # 33. a Japanese association's aligned table in "(¥ trillion)": 2023, 2024, "Change" (one reached only at the
    #     rounding) and 2025F (estimate) columns, a Total row
    dict(
        text=(
            "Tokyo, 20 February 2025 · Japan Electronics Producers' Association\n"
            "Production by Japanese electronics makers, worldwide (¥ trillion)\n"
            "Category                 2023     2024   Change    2025F\n"
            "Consumer electronics     3.21     3.09    -3.6%     3.02\n"
            "Industrial electronics   8.45     8.87     5.0%     9.24\n"
            "Electronic components   10.24    11.10     8.4%    11.65\n"
            "Total                   21.90    23.06     5.3%    23.91\n"
            "F = association forecast."
        ),
        obs=[
            ("Consumer electronics", 2023, 3.21, "JPY trillion", "actual"),
            ("Consumer electronics", 2024, 3.09, "JPY trillion", "actual"),
            ("Consumer electronics", 2025, 3.02, "JPY trillion", "estimate"),
            ("Industrial electronics", 2023, 8.45, "JPY trillion", "actual"),
            ("Industrial electronics", 2024, 8.87, "JPY trillion", "actual"),
            ("Industrial electronics", 2025, 9.24, "JPY trillion", "estimate"),
            ("Electronic components", 2023, 10.24, "JPY trillion", "actual"),
            ("Electronic components", 2024, 11.10, "JPY trillion", "actual"),
            ("Electronic components", 2025, 11.65, "JPY trillion", "estimate"),
            ("Total", 2023, 21.90, "JPY trillion", "actual"),
            ("Total", 2024, 23.06, "JPY trillion", "actual"),
            ("Total", 2025, 23.91, "JPY trillion", "estimate"),
        ],
        claims=[
            ("growth", -3.6, "percent", 2023, 2024, 1.0),
            ("growth", 5.0, "percent", 2023, 2024, 1.0),
            ("growth", 8.4, "percent", 2023, 2024, 1.0),
            ("growth", 5.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 3.09 / 3.21 - 1 = -3.738%, not -3.6 +- 0.05; bounds (3.085 / 3.215) -> -4.044%, (3.095 / 3.205) ->
            # -3.432%: -3.6 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 8.87 / 8.45 - 1 = 4.970% -> 5.0
            ("cagr|implied", "exact"),  # 11.10 / 10.24 - 1 = 8.398% -> 8.4
            ("cagr|implied", "exact"),  # 23.06 / 21.90 - 1 = 5.297% -> 5.3
            # 3.21 + 8.45 + 10.24 = 21.90; 3.09 + 8.87 + 11.10 = 23.06; 3.02 + 9.24 + 11.65 = 23.91
            ("hierarchy", "exact"),
        ],
    ),
    # 34. a European association's pipe table in "(€ million)": 2023, 2024 and "Change" (one contradicted by its
    #     figures), a Total row; the edition's year nowhere
    dict(
        text=(
            "European Collaborative Robot Association · Annual statistics 2025\n"
            "Sales of collaborative robots in Europe by country (€ million)\n"
            "| Country | 2023 | 2024 | Change |\n"
            "|---|---|---|---|\n"
            "| Germany | 1,248 | 1,322 | 5.9% |\n"
            "| Italy | 612 | 655 | 7.6% |\n"
            "| France | 486 | 471 | -3.1% |\n"
            "| Rest of Europe | 1,021 | 1,106 | 8.3% |\n"
            "| Total | 3,367 | 3,554 | 5.6% |\n"
            "Figures at current prices; 2023 revised."
        ),
        obs=[
            ("Germany", 2023, 1248, "EUR million", "actual"),
            ("Germany", 2024, 1322, "EUR million", "actual"),
            ("Italy", 2023, 612, "EUR million", "actual"),
            ("Italy", 2024, 655, "EUR million", "actual"),
            ("France", 2023, 486, "EUR million", "actual"),
            ("France", 2024, 471, "EUR million", "actual"),
            ("Rest of Europe", 2023, 1021, "EUR million", "actual"),
            ("Rest of Europe", 2024, 1106, "EUR million", "actual"),
            ("Total", 2023, 3367, "EUR million", "actual"),
            ("Total", 2024, 3554, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 5.9, "percent", 2023, 2024, 1.0),
            ("growth", 7.6, "percent", 2023, 2024, 1.0),
            ("growth", -3.1, "percent", 2023, 2024, 1.0),
            ("growth", 8.3, "percent", 2023, 2024, 1.0),
            ("growth", 5.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1322 / 1248 - 1 = 5.929% -> 5.9
            # 655 / 612 - 1 = 7.026%; bounds (654.5 / 612.5) -> 6.857%, (655.5 / 611.5) -> 7.195%: 7.6 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 471 / 486 - 1 = -3.086% -> -3.1
            ("cagr|implied", "exact"),  # 1106 / 1021 - 1 = 8.325% -> 8.3
            ("cagr|implied", "exact"),  # 3554 / 3367 - 1 = 5.554% -> 5.6
            # 1248 + 612 + 486 + 1021 = 3367; 1322 + 655 + 471 + 1106 = 3554
            ("hierarchy", "exact"),
        ],
    ),
    # 35. the 經濟部統計處's tab table in 億美元 (Traditional Chinese): 2023年, 2024年 and 年增率(%) columns, a 總計 row; the
    #     release date and the 外銷訂單指數 nowhere
    dict(
        text=(
            "經濟部統計處 外銷訂單統計（2025年1月20日發布）\n"
            "表 2024年外銷訂單－按主要貨品分（億美元）\n"
            "貨品類別\t2023年\t2024年\t年增率(%)\n"
            "資通訊產品\t1,821.4\t2,476.9\t36.0\n"
            "電子產品\t1,587.2\t1,704.3\t7.4\n"
            "光學器材\t186.5\t179.2\t-3.9\n"
            "其他\t1,994.7\t2,055.3\t3.0\n"
            "總計\t5,589.8\t6,415.7\t14.8\n"
            "註：2024年12月外銷訂單指數為118.6。"
        ),
        obs=[
            ("資通訊產品", 2023, 1821.4, "USD 100 million", "actual"),
            ("資通訊產品", 2024, 2476.9, "USD 100 million", "actual"),
            ("電子產品", 2023, 1587.2, "USD 100 million", "actual"),
            ("電子產品", 2024, 1704.3, "USD 100 million", "actual"),
            ("光學器材", 2023, 186.5, "USD 100 million", "actual"),
            ("光學器材", 2024, 179.2, "USD 100 million", "actual"),
            ("其他", 2023, 1994.7, "USD 100 million", "actual"),
            ("其他", 2024, 2055.3, "USD 100 million", "actual"),
            ("總計", 2023, 5589.8, "USD 100 million", "actual"),
            ("總計", 2024, 6415.7, "USD 100 million", "actual"),
        ],
        claims=[
            ("growth", 36.0, "percent", 2023, 2024, 1.0),
            ("growth", 7.4, "percent", 2023, 2024, 1.0),
            ("growth", -3.9, "percent", 2023, 2024, 1.0),
            ("growth", 3.0, "percent", 2023, 2024, 1.0),
            ("growth", 14.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2476.9 / 1821.4 - 1 = 35.989% -> 36.0
            ("cagr|implied", "exact"),  # 1704.3 / 1587.2 - 1 = 7.378% -> 7.4
            ("cagr|implied", "exact"),  # 179.2 / 186.5 - 1 = -3.914% -> -3.9
            ("cagr|implied", "exact"),  # 2055.3 / 1994.7 - 1 = 3.038% -> 3.0
            ("cagr|implied", "exact"),  # 6415.7 / 5589.8 - 1 = 14.775% -> 14.8
            # 1821.4 + 1587.2 + 186.5 + 1994.7 = 5589.8; 2476.9 + 1704.3 + 179.2 + 2055.3 = 6415.7
            ("hierarchy", "exact"),
        ],
    ),
    # 36. the 政府統計處's tab table in 百萬港元 (Traditional Chinese): 港產品出口 and 轉口 adding to 整體出口, each with its
    #     變動百分率; the note on provisional figures nowhere
    dict(
        text=(
            "香港政府統計處 2025年1月27日\n"
            "表1 整體出口貨值（百萬港元）\n"
            "項目\t2023年\t2024年\t變動百分率\n"
            "港產品出口\t38,612\t42,118\t+9.1%\n"
            "轉口\t2,745,706\t3,084,731\t+12.3%\n"
            "整體出口\t2,784,318\t3,126,849\t+12.3%\n"
            "註：數字為臨時數字。"
        ),
        obs=[
            ("港產品出口", 2023, 38612, "HKD million", "actual"),
            ("港產品出口", 2024, 42118, "HKD million", "actual"),
            ("轉口", 2023, 2745706, "HKD million", "actual"),
            ("轉口", 2024, 3084731, "HKD million", "actual"),
            ("整體出口", 2023, 2784318, "HKD million", "actual"),
            ("整體出口", 2024, 3126849, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 9.1, "percent", 2023, 2024, 1.0),
            ("growth", 12.3, "percent", 2023, 2024, 1.0),
            ("growth", 12.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 42118 / 38612 - 1 = 9.080% -> 9.1
            ("cagr|implied", "exact"),  # 3084731 / 2745706 - 1 = 12.347% -> 12.3
            ("cagr|implied", "exact"),  # 3126849 / 2784318 - 1 = 12.302% -> 12.3
            # 38612 + 2745706 = 2784318; 42118 + 3084731 = 3126849
            ("hierarchy", "exact"),
        ],
    ),
    # 37. a robotics federation's tab table in "('000 units)": counts in thousands, a "Change" column (one reached only
    #     at the rounding), a World row; the survey's count of associations nowhere
    dict(
        text=(
            "World Robotics Federation · Preliminary results, September 2025\n"
            "Annual installations of industrial robots by region ('000 units)\n"
            "Region\t2023\t2024\tChange\n"
            "Asia\t381.2\t370.0\t-2.9%\n"
            "Europe\t92.4\t85.7\t-7.3%\n"
            "Americas\t55.4\t50.1\t-9.6%\n"
            "Other\t11.2\t17.6\t+57.6%\n"
            "World\t540.2\t523.4\t-3.1%\n"
            "Source: WRF survey of 61 national robot associations."
        ),
        obs=[
            ("Asia", 2023, 381.2, "count thousand", "actual"),
            ("Asia", 2024, 370.0, "count thousand", "actual"),
            ("Europe", 2023, 92.4, "count thousand", "actual"),
            ("Europe", 2024, 85.7, "count thousand", "actual"),
            ("Americas", 2023, 55.4, "count thousand", "actual"),
            ("Americas", 2024, 50.1, "count thousand", "actual"),
            ("Other", 2023, 11.2, "count thousand", "actual"),
            ("Other", 2024, 17.6, "count thousand", "actual"),
            ("World", 2023, 540.2, "count thousand", "actual"),
            ("World", 2024, 523.4, "count thousand", "actual"),
        ],
        claims=[
            ("growth", -2.9, "percent", 2023, 2024, 1.0),
            ("growth", -7.3, "percent", 2023, 2024, 1.0),
            ("growth", -9.6, "percent", 2023, 2024, 1.0),
            ("growth", 57.6, "percent", 2023, 2024, 1.0),
            ("growth", -3.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 370.0 / 381.2 - 1 = -2.938% -> -2.9
            ("cagr|implied", "exact"),  # 85.7 / 92.4 - 1 = -7.251% -> -7.3
            ("cagr|implied", "exact"),  # 50.1 / 55.4 - 1 = -9.567% -> -9.6
            # 17.6 / 11.2 - 1 = 57.143%, not 57.6 +- 0.05; bounds (17.55 / 11.25) -> 56.000%, (17.65 / 11.15) ->
            # 58.296%: 57.6 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 523.4 / 540.2 - 1 = -3.110% -> -3.1
            # 381.2 + 92.4 + 55.4 + 11.2 = 540.2; 370.0 + 85.7 + 50.1 + 17.6 = 523.4
            ("hierarchy", "exact"),
        ],
    ),
    # 38. a chip association's pipe table in "(US$ billion)": regions with 2023, 2024 and "YoY" (one contradicted by its
    #     figures), a Worldwide row; the averaging note nowhere
    dict(
        text=(
            "Semiconductor Trade Statistics Council · Annual sales by region\n"
            "(US$ billion)\n"
            "| Region | 2023 | 2024 | YoY |\n"
            "|---|---|---|---|\n"
            "| Americas | 128.6 | 176.4 | 37.2% |\n"
            "| China | 172.5 | 189.3 | 9.7% |\n"
            "| Europe | 53.2 | 49.8 | -8.4% |\n"
            "| Japan | 45.1 | 44.6 | -1.1% |\n"
            "| Asia Pacific/All Other | 104.9 | 128.7 | 22.7% |\n"
            "| Worldwide | 504.3 | 588.8 | 16.8% |\n"
            "Three-month moving averages of member data; December 2024 release."
        ),
        obs=[
            ("Americas", 2023, 128.6, "USD billion", "actual"),
            ("Americas", 2024, 176.4, "USD billion", "actual"),
            ("China", 2023, 172.5, "USD billion", "actual"),
            ("China", 2024, 189.3, "USD billion", "actual"),
            ("Europe", 2023, 53.2, "USD billion", "actual"),
            ("Europe", 2024, 49.8, "USD billion", "actual"),
            ("Japan", 2023, 45.1, "USD billion", "actual"),
            ("Japan", 2024, 44.6, "USD billion", "actual"),
            ("Asia Pacific/All Other", 2023, 104.9, "USD billion", "actual"),
            ("Asia Pacific/All Other", 2024, 128.7, "USD billion", "actual"),
            ("Worldwide", 2023, 504.3, "USD billion", "actual"),
            ("Worldwide", 2024, 588.8, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 37.2, "percent", 2023, 2024, 1.0),
            ("growth", 9.7, "percent", 2023, 2024, 1.0),
            ("growth", -8.4, "percent", 2023, 2024, 1.0),
            ("growth", -1.1, "percent", 2023, 2024, 1.0),
            ("growth", 22.7, "percent", 2023, 2024, 1.0),
            ("growth", 16.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 176.4 / 128.6 - 1 = 37.170% -> 37.2
            ("cagr|implied", "exact"),  # 189.3 / 172.5 - 1 = 9.739% -> 9.7
            # 49.8 / 53.2 - 1 = -6.391%; bounds (49.75 / 53.25) -> -6.573%, (49.85 / 53.15) -> -6.209%:
            # -8.4 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 44.6 / 45.1 - 1 = -1.109% -> -1.1
            ("cagr|implied", "exact"),  # 128.7 / 104.9 - 1 = 22.688% -> 22.7
            ("cagr|implied", "exact"),  # 588.8 / 504.3 - 1 = 16.756% -> 16.8
            # 128.6 + 172.5 + 53.2 + 45.1 + 104.9 = 504.3; 176.4 + 189.3 + 49.8 + 44.6 + 128.7 = 588.8
            ("hierarchy", "exact"),
        ],
    ),
    # 39. a ministry's vertical tab table of years in 万亿元: 软件业务收入 each year and 比上年增长（%） (one reached only at the
    #     rounding); the 2025年1-6月 row (part of a year) and the revision note nowhere
    dict(
        text=(
            "表2 2020-2024年全国软件业务收入及增速（单位：万亿元）\n"
            "年份\t软件业务收入\t比上年增长（%）\n"
            "2020年\t8.16\t—\n"
            "2021年\t9.50\t16.3\n"
            "2022年\t10.81\t13.8\n"
            "2023年\t12.33\t14.1\n"
            "2024年\t13.73\t11.4\n"
            "2025年1-6月\t7.06\t11.9\n"
            "注：2023年数据为修订数。"
        ),
        obs=[
            ("软件业务收入", 2020, 8.16, "CNY trillion", "actual"),
            ("软件业务收入", 2021, 9.50, "CNY trillion", "actual"),
            ("软件业务收入", 2022, 10.81, "CNY trillion", "actual"),
            ("软件业务收入", 2023, 12.33, "CNY trillion", "actual"),
            ("软件业务收入", 2024, 13.73, "CNY trillion", "actual"),
        ],
        claims=[
            ("growth", 16.3, "percent", 2020, 2021, 1.0),
            ("growth", 13.8, "percent", 2021, 2022, 1.0),
            ("growth", 14.1, "percent", 2022, 2023, 1.0),
            ("growth", 11.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 9.50 / 8.16 - 1 = 16.422%, not 16.3 +- 0.05; bounds (9.495 / 8.165) -> 16.289%, (9.505 / 8.155) ->
            # 16.554%: 16.3 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 10.81 / 9.50 - 1 = 13.789% -> 13.8
            ("cagr|implied", "exact"),  # 12.33 / 10.81 - 1 = 14.061% -> 14.1
            ("cagr|implied", "exact"),  # 13.73 / 12.33 - 1 = 11.354% -> 11.4
        ],
    ),
    # 40. an alliance's aligned table in 万台: each 类型 its 2023年 and 2024年 counts and 同比 (one contradicted by its
    #     figures), a 合计 row; the yearbook's title year nowhere
    dict(
        text=(
            "华夏机器人产业联盟 统计年报（2025）\n"
            "表4 国内工业机器人销量按类型分（万台）\n"
            "类型            2023年    2024年      同比\n"
            "多关节机器人      18.6      17.4     -6.5%\n"
            "SCARA机器人        6.8       6.9      4.5%\n"
            "协作机器人         2.1       2.9     38.1%\n"
            "其他               3.9       2.6    -33.3%\n"
            "合计              31.4      29.8     -5.1%"
        ),
        obs=[
            ("多关节机器人", 2023, 18.6, "count 10 thousand", "actual"),
            ("多关节机器人", 2024, 17.4, "count 10 thousand", "actual"),
            ("SCARA机器人", 2023, 6.8, "count 10 thousand", "actual"),
            ("SCARA机器人", 2024, 6.9, "count 10 thousand", "actual"),
            ("协作机器人", 2023, 2.1, "count 10 thousand", "actual"),
            ("协作机器人", 2024, 2.9, "count 10 thousand", "actual"),
            ("其他", 2023, 3.9, "count 10 thousand", "actual"),
            ("其他", 2024, 2.6, "count 10 thousand", "actual"),
            ("合计", 2023, 31.4, "count 10 thousand", "actual"),
            ("合计", 2024, 29.8, "count 10 thousand", "actual"),
        ],
        claims=[
            ("growth", -6.5, "percent", 2023, 2024, 1.0),
            ("growth", 4.5, "percent", 2023, 2024, 1.0),
            ("growth", 38.1, "percent", 2023, 2024, 1.0),
            ("growth", -33.3, "percent", 2023, 2024, 1.0),
            ("growth", -5.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 17.4 / 18.6 - 1 = -6.452% -> -6.5
            # 6.9 / 6.8 - 1 = 1.471%; bounds (6.85 / 6.85) -> 0.000%, (6.95 / 6.75) -> 2.963%: 4.5 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 2.9 / 2.1 - 1 = 38.095% -> 38.1
            ("cagr|implied", "exact"),  # 2.6 / 3.9 - 1 = -33.333% -> -33.3
            ("cagr|implied", "exact"),  # 29.8 / 31.4 - 1 = -5.096% -> -5.1
            # 18.6 + 6.8 + 2.1 + 3.9 = 31.4; 17.4 + 6.9 + 2.9 + 2.6 = 29.8
            ("hierarchy", "exact"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "sixty-fifth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 7, "inconsistent": 9, "rounding": 7, "exact": 66}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "an increase of 18.6 percent from the 2023 total of",
    "Fourth-quarter sales reached",
    "rose 8.4 percent from the previous year to 2.31 trillion yen",
    "in calendar 2024",
    "3.1% fewer than the 540,200 units installed in 2023",
    "(revised from €3.19 billion)",
    "cumulative exports for January to November",
    "Employment in the sector rose to 1.38",
    "an average annual growth rate of 24.8%",
    "Census and Statistics Department",
    "the export orders index stood at 112.8",
    "at current prices in 2024, down 7.3% on 2023",
    "(2021 = 100)",
    "28.4 million units this year",
    "Exports accounted for 71.4% of production",
    "on the revised 2022 figure of",
    "a further 9.8% rise",
    "Shipments of AI-capable PCs in Japan totalled 1.2 million units in calendar 2024",
    "62.3 trillion won",
    "统计公报",
    "比上年增长26.4%，增速比上年加快2.1个百分点",
    "1-12月",
    "12月份",
    "实现利润总额",
    "累计完成软件业务收入",
    "占全部规模以上工业增加值的比重为15.8%",
    "按可比口径计算",
    "景气指数",
    "修订为12,305.2亿元",
    "市场占有率为51.3%",
    "年均复合增长率为21.2%",
    "进口金额增长10.2%",
    "12月当月",
    "經濟部統計處",
    "生產指數",
    "主計總處",
    "上修今年經濟成長率",
    "政府統計處",
    "出口貨量指數",
    "修正為4.36兆元",
    "會員廠商",
    "1-11月",
    "| 单位 |",
    "1-12月累计",
    "(¥ trillion)",
    "2025F",
    "年增率(%)",
    "變動百分率",
    "('000 units)",
    "| Worldwide |",
)
#: the set's blind score (scored once, before any rule was written for it): 143 figures, 78 rates, 70 verdicts, 1 false
#: inconsistent; then chosen on (the whole year of an official release, '000 and "percentage change" in a table, "fewer
#: than", a year a rise's base or a revision restates, 将 before a revision no cue): 168, 92, 76, 1 false inconsistent
FLOORS = {"figures_found": 168, "rates_found": 92, "verdicts_right": 82}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset65.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
