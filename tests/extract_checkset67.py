"""A sixty-seventh check set for the extractor, written blind: market figures as official statistics offices and
industry associations release them, in their own habitual forms -- a national 国民经济和社会发展统计公报 (全年, 比上年增长, 按可比价格计算,
products' output in 亿台, 亿块 and 万套), a province's 统计公报 (占全国的比重, 回落1.6个百分点), a provincial bureau's monthly data
(2024年1-12月 beside 12月份 and 1—11月, 上年同期), a city bureau's analysis (初步核算, 是2020年的2.6倍), a provincial press conference
(四季度, 前三季度), the ministry's 软件业运行情况 (全年, 修订为, 万亿元) and its 1-12月累计 table beside a 12月 column, Chinese chip, robot,
service-robot and software associations (协会预计, 左右, 上下, 翻番有余, 年均增长, 市场占有率), Taiwan's 經濟部統計處 (113年 and 112年, 修正為,
新臺幣億元, 生產指數, 年增率(%)) and a Taiwan chip association's forecast, Hong Kong's 政府統計處 (億港元, 港幣……百萬元, 扣除價格變動後, 臨時估計), and
trade associations and statistics offices in English from the US, the EU, the UK, Japan, Korea and Hong Kong ("up
61.3 percent from the prior year's", "calendar 2024 shipments of", "fell 4.2% to ¥1.26 trillion", "revised up from",
"compared with the revised figure of", "at current prices" beside "At constant 2015 prices", "percentage points",
orders and volume indexes, "January through December", "Fourth-quarter", member counts), and tables headed "('000
units)", "(US$ million)", "(HK$ million)", "(¥ billion)", "(€ million)", "(£ million)", 亿元 and 新臺幣億元, with "Jan-Dec",
"% change", "Q4 2024", "FY2025F", "2025F", 2025E, a 计量单位 column and total rows.

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

What this set's sources add to them. An official release prints much that is no market figure, and it is expected
nowhere: index values and their base years (an orders index "(2020 = 100)", a turnover volume index, 生產指數, a
federation's software index "rose 4.8 points"), counts of enterprises, establishments, members, respondents, networks,
patents and persons (214 member companies, 2,418 enterprises, 规模以上工业企业51.2万家, 機構單位, 就業人數), percentage points
(增速比1—11月提高0.3个百分点, "3.4 percentage points slower"), profits (利润总额), a month's, a quarter's or a year-to-date figure
beside the year's, with its rate ("Fourth-quarter sales", "December sales alone", 12月份, 1—11月累计, 四季度, 前三季度, a 12月 or "Q4
2024" column), and a rate at constant prices or in volume ("At constant 2015 prices", 按可比价格计算, 扣除價格變動後): the amounts
printed are at current prices, and only the nominal rate is theirs. A whole year's cumulative total (1-12月, "for the
full year, January through December", "Jan-Dec 2024") is that year's figure. A revised prior-year figure ("revised up
from £8.51 billion to £8.64 billion", "compared with the revised figure of", "the revised 2023 figure of", 修订为, 修正為) is
that year's figure and the one it replaces is expected nowhere. A product's output is an item of the product's name in
its printed scale (亿台 and 亿块 ``count 100 million``, 万台 and 万套 ``count 10 thousand``, 套 and "units" ``count``, "million
units" ``count million``, "('000 units)" ``count thousand``). A share of a national total whose whole is not printed
(占全国的比重, 产量占全国的33.4%) is a share claim without a verdict. Taiwan's Minguo years count as the common era's (113年 -> 2024,
112年 -> 2023).

In English: a US chip council's "reached $118.4 billion in calendar 2024, up 61.3 percent from the prior year's $73.4
billion" gives both years and their rate and "expects sales of $151 billion in 2025, a further rise of 27.5 percent" the
coming year's ``estimate`` with its rate, the fourth quarter, its rate and the 214 members nowhere; a Japanese robot
federation's "fell 4.2% to ¥1.26 trillion in 2024, from ¥1.32 trillion a year earlier" is a decline reached only at the
rounding of its amounts (JPY trillion), "a recovery to ¥1.33 trillion, up 5.6%" 2025's ``estimate`` with its rate and
the orders index nowhere; a UK software trade body's "£9.87 billion in 2024 ... 14.2% more than in 2023, whose total has
been revised up from £8.51 billion to £8.64 billion" gives 2023 at its revised figure (the £8.51 billion nowhere) and
"Exports brought in £3.12 billion, or 31.6% of the total" a part with its share; a Korean association's "calendar 2024
shipments of 1.42 million service robots, up 17.4 percent on the 1.21 million units shipped in 2023" is ``count
million`` with its rate, "2.31 trillion won" no observation, "1.6 million units in 2025" an ``estimate`` and the 486
members nowhere; a statistics office's "€18.74 billion in 2024 at current prices" set against "2023 (€16.92 billion)" is
"a nominal increase of 10.8%", while "At constant 2015 prices the gain shrinks to 6.1%", the volume index and the
enterprises are expected nowhere; an EU components association's "€4.62 billion in 2024, 12.9% more than 2023's €4.18
billion" is a rate its amounts contradict, "3.4 percentage points slower" nowhere and "Germany, with €1.57 billion,
represented 34.0% of the EU total" a part with its share; a US wireless alliance's "$3.86 billion in 2024, compared with
$3.12 billion in 2023" gives both years (no rate stated), "$4.6 billion this year" 2025's ``estimate`` and "$6.9 billion
by 2027, a compound annual growth rate of 21.4% over 2024-2027" a ``stated`` CAGR, the 1,870 networks nowhere; a
Japanese software association's "¥642.5 billion in fiscal 2024, the twelve months to March 2025, up 22.7% year on year"
is fiscal 2024's ``actual`` with a rate whose base is not printed and "¥781 billion for fiscal 2025, growth of 21.6%" an
``estimate`` with its verdict, the respondents and members nowhere; a North American alliance's "17,930 units in 2024,
up 9.3% from 16,405 units in 2023" is a plain ``count`` with its rate, the fourth quarter's 4,812 units nowhere and
"Automotive took 5,236 units, or 29.2% of the total" a part with its share; Hong Kong's statistics department in English
gives "HK$24,318 million in 2024, 14.6% higher than the revised 2023 figure of HK$21,226 million" (HKD million), the
fourth quarter, its rate, the establishments and the persons nowhere; a US consumer electronics alliance's "for the full
year, January through December 2024, totalled 41.2 million units" is 2024's ``Total`` (``count million``), "AI-capable
models accounted for 14.8 million of them, 36% of the national total" a part with its share, "December sales alone"
nowhere and "expects AI-capable models to reach 22 million units in 2025" the part's ``estimate``; an EU robotics
federation's "fell to 71,460 units in 2024 from 80,230 in 2023, a decrease of 10.2%" is a decline its amounts contradict
and "Italy installed 9,120 units, 12.8% of the EU total" a part with its share, the members nowhere; a UK electronics
council's "Annual Review 2025" is a title year, "£104.3 billion in 2024, up from £72.6 billion in 2019, a compound
annual growth rate of 7.6% between 2019 and 2024" a ``stated`` CAGR its amounts contradict, "forecasts growth of 4.5%,
taking revenue to £109.0 billion" 2025's ``estimate`` with its rate, and the members and the 86,000 people nowhere; a US
software federation's "$6.2 billion in 2024 and projects $13.5 billion in 2029, implying average growth of about 17% a
year" is an ``inferred`` CAGR, the 96 publishers and the index's 4.8 points nowhere; a European chip association's
"€47.9 billion in 2024, down 8.5% compared with the revised figure of €52.3 billion for 2023" is a decline reached only
at the rounding, "December sales were €3.82 billion" nowhere and "a modest rebound of 2.3%" for 2025 a rate whose end is
not printed; and a Japanese electronics association's "¥8,462.1 billion in 2024, 3.1% lower than in 2023" is a decline
whose base is not printed, "Electronic components accounted for ¥3,905.4 billion, 46.2% of the total" a part with its
share, December's production nowhere and "expects output to edge up 1.8% to ¥8,614 billion in 2025" an ``estimate`` with
its rate.

In Chinese: the national 统计公报 gives 智能手机产量11.68亿台 and 微型计算机设备产量3.42亿台 (``count 100 million``), 集成电路产量4,386.2亿块 (``count
100 million``) and 服务机器人产量1,046万套 (``count 10 thousand``), each an item with a 比上年增长 or 增长 rate whose base is not
printed, while 规模以上工业增加值按可比价格计算比上年增长5.7% and 规模以上工业企业51.2万家 are expected nowhere; a province's monthly data gives
2024年1-12月……8,642.3亿元 as 2024's figure and 上年同期为7,758.1亿元 as 2023's, with 同比增长11.4% between them, and 12月份, 1—11月 and
提高0.3个百分点 nowhere; the ministry's 软件业运行情况 gives 全年……软件业务收入12.84万亿元 (CNY trillion) and 2023年软件业务收入修订为11.67万亿元 (2023's
figure) with 同比增长10.0%, 信息技术服务 a part with 占全行业收入的比重为65.7% and a rate whose base is not printed, and the 利润总额 and 3.8万家
firms nowhere; a province's 统计公报 gives 比上年增长16.3%（上年为1,892亿元）, a rate its amounts contradict, and 占全国的比重为12.4% a share
whose whole is not printed, 增加值按可比价格计算增长11.2%, 回落1.6个百分点 and the 1,022家 enterprises nowhere; a chip association's
销售额为14,313亿元，同比增长16.6% has no printed base, its three parts in prose (设计业 with 占全行业的45.1%, 制造业, 封装测试业) add up to it but
draw no ``hierarchy`` verdict, and 协会预计……16,500亿元左右，增速在15%上下 is an approximate ``estimate`` with its rate; a robot
alliance's 28.6万台，较2023年的30.2万台下降5.3% is a decline with its base (``count 10 thousand``), 国产品牌销量15.1万台，市场占有率达到52.8% a
part with its share, 首次过半 no share and 重回30万台以上 2025's approximate ``estimate``; a provincial press conference gives
工业机器人产量18.6万套， 上年为14.9万套，比上年增长24.6%, a rate reached only at the rounding, and 产量占全国的33.4% a share without its whole,
加快1.3个百分点 and 四季度 with its rate nowhere; a city bureau's analysis gives 初步核算……1,035亿元 with 比上年增长21.8% (no base),
是2020年的2.6倍 x2.6 over 2020-2024 and 智能硬件制造规模486亿元，占47.0% a part with its share, the patents and the per-10,000 ratio
nowhere; a service robot association's 《2025中国服务机器人产业发展报告》 is a title year, 较2020年的245亿元实现翻番有余 x2 over 2020-2024,
2020—2024年年均增长26.5% a ``stated`` CAGR its amounts contradict and 预计2025年……740亿元，同比增长20.9% an ``estimate`` with its rate,
the members nowhere. In Traditional Chinese Taiwan's 經濟部統計處 gives 113年……全年營業額達新臺幣7,842億元 (2024, TWD 100 million) with
較上年增加14.8% and 112年營業額已修正為 6,831億元 (2023's figure), and 電腦程式設計業 a part with 占44.8%; the same office's
產值為新臺幣29,874億元，年增24.9% is contradicted by 2023年產值為24,318億元, while 12月產值, its 年增 and the 生產指數 are expected nowhere; Hong
Kong's 政府統計處 gives 臨時估計為482.6億港元，較2023年的 441.9億港元上升9.2% (HKD 100 million), 扣除價格變動後 the volume's 7.4% and December's
figure nowhere; a Taiwan chip association's 預估2025年……可望達新臺幣64,870億元 is an ``estimate`` with 較2024年的55,310億元成長17.3%,
IC設計業產值預估為14,960億元，占比23.1% a part's ``estimate`` with its share of 2025 and the 198 members nowhere; and Hong Kong's
政府統計處 in 百萬 gives 業務收益為港幣87,460百萬元 (HKD million) with 較2023年上升8.1% (no base) and 電腦程式編寫活動 a part with 佔整體的36.4%, the
機構單位 and 就業人數 nowhere.

In tables: a Korean association's space-aligned table in "('000 units)" gives each application its "Jan-Dec 2023" and
"Jan-Dec 2024" figures (``count thousand``) and its "% change" (Other's reached only at the rounding) and adds to its
Total row, the table number and the respondents nowhere; a chip council's pipe table in "(US$ million)" gives each
product group its figures and "% change" (Analog's contradicted by its figures) and adds to its Total row; the
ministry's tab table (表1) in 亿元 gives each 行业 its 1-12月累计 figure as 2024's and its 累计同比增长 (no base printed), the 12月
column is a month's and expected nowhere, and the 累计 figures add to its 合计 row; a Traditional Chinese pipe table (表3) in
新臺幣億元 gives each 產品別 its 2023年 and 2024年 figures and its 年增率(%) (印刷電路板's reached only at the rounding) and adds to its
總計 row; Hong Kong's statistics department's tab table in "(HK$ million)" gives each service its 2023 and 2024 figures
and its "% change 2023-2024" and adds to its "All services" row, its "Q4 2024" column nowhere; a Japanese equipment
council's vertical table in "(¥ billion)" gives ``Shipments`` each fiscal year (FY2025F an ``estimate`` by its "F:
forecast" note) and its "% change" each year's rate (FY2024's contradicted by its figures); a province's table (表2) of
products' output gives each product its 2023年 and 2024年 figures in the scale of its 计量单位 (亿块, 万台, 套) and its 比上年增长
(服务器's reached only at the rounding), with no total row and the note's 2000万元 threshold nowhere; an EU association's
aligned table in "(€ million)" gives each country its figures and "% change", and its "EU-27 total" row is reached by
its parts only at the rounding in 2024 ("Figures may not add up due to rounding"); a UK association's pipe table in "(£
million)" gives each segment its 2024 ``actual`` and its "2025F" ``estimate`` with the "% change" between them and adds
to its Total row; and a software association's vertical tab table (图3) under （单位：亿元） gives ``销售额`` each year (2025E an
``estimate``, the title's years nowhere) and its 同比增长 each year's rate (2022's reached only at the rounding). Markets
vary (AI accelerator chips, industrial robots, AI software, service robots, data processing and hosting, machine vision
components, private 5G equipment, enterprise AI software, collaborative robots, AI-capable laptops, electronic systems,
AI coding tools, semiconductors, electronics production, 智能手机, 集成电路, 电子信息制造业, 软件业, 人工智能核心产业, 工业机器人, 服务机器人, 資訊服務業,
電腦電子產品及光學製品業, 電器及攝影器材零售, IC產業, 資訊科技服務業, telecommunications services and equipment, semiconductor equipment, 人工智能基础软件);
the offices' and associations' names, where not a real statistics office's, are invented, the sentences are the
project's own and the figures plausible. ``python tests/extract_checkset67.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a US chip council's annual release: "up 61.3 percent from the prior year's", a fourth quarter beside the year
    #    (nowhere), the member count (nowhere), the council's forecast for 2025 with its rate
    dict(
        text=(
            "WASHINGTON, Feb. 6, 2025 — The Advanced Microelectronics Council (AMC), which represents 214 member "
            "companies, today reported that worldwide sales of AI accelerator chips reached $118.4 billion in calendar "
            "2024, up 61.3 percent from the prior year's $73.4 billion. Fourth-quarter sales came to $34.2 billion, "
            "9.1 percent more than in the third quarter. \"Data-centre demand showed no sign of easing through "
            "December,\" said AMC president Carla Denholm. The Council expects sales of $151 billion in 2025, a "
            "further rise of 27.5 percent."
        ),
        obs=[
            ("Total", 2024, 118.4, "USD billion", "actual"),
            ("Total", 2023, 73.4, "USD billion", "actual"),
            ("Total", 2025, 151, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 61.3, "percent", 2023, 2024, 1.0),
            ("growth", 27.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 118.4 / 73.4 - 1 = 61.308% -> 61.3
            ("cagr|implied", "exact"),  # 151 / 118.4 - 1 = 27.534% -> 27.5 (bounds 27.058-28.010)
        ],
    ),
    # 2. a Japanese robot federation in yen trillions: "fell 4.2% to ... from ... a year earlier" (reached only at the
    #    rounding), the orders index (nowhere), a recovery projected for 2025
    dict(
        text=(
            "TOKYO, January 30, 2025 — Shipments of industrial robots by members of the Nippon Robotic Machinery "
            "Federation fell 4.2% to ¥1.26 trillion in 2024, from ¥1.32 trillion a year earlier, as orders from chip "
            "and car plants in China weakened. The federation's orders index (2020 = 100) slipped to 93.8 in December. "
            "For 2025 it projects a recovery to ¥1.33 trillion, up 5.6%."
        ),
        obs=[
            ("Total", 2024, 1.26, "JPY trillion", "actual"),
            ("Total", 2023, 1.32, "JPY trillion", "actual"),
            ("Total", 2025, 1.33, "JPY trillion", "estimate"),
        ],
        claims=[
            ("growth", -4.2, "percent", 2023, 2024, 1.0),
            ("growth", 5.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 1.26 / 1.32 - 1 = -4.545%, not -4.2 +- 0.05; bounds (1.255 / 1.325) -> -5.283%,
            # (1.265 / 1.315) -> -3.802%: -4.2 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 1.33 / 1.26 - 1 = 5.556% -> 5.6
        ],
    ),
    # 3. a UK software trade body's annual review: the prior year "revised up from ... to ..." (the old figure nowhere),
    #    "That is 14.2% more than in 2023", exports a part with its share; the member firms nowhere
    dict(
        text=(
            "London, 3 April 2025. UK revenue from AI software and platforms reached £9.87 billion in 2024, according "
            "to the Annual Review published today by TechBritannia, the trade body for the software sector. That is "
            "14.2% more than in 2023, whose total has been revised up from £8.51 billion to £8.64 billion after late "
            "returns from members. Exports brought in £3.12 billion, or 31.6% of the total. The review draws on "
            "returns from 1,140 member firms."
        ),
        obs=[
            ("Total", 2024, 9.87, "GBP billion", "actual"),
            ("Total", 2023, 8.64, "GBP billion", "actual"),
            ("Exports", 2024, 3.12, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 14.2, "percent", 2023, 2024, 1.0),
            ("share", 31.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 9.87 / 8.64 - 1 = 14.236% -> 14.2
            ("arithmetic", "exact"),  # 3.12 / 9.87 = 31.611% -> 31.6
        ],
    ),
    # 4. a Korean association's units: "calendar 2024 shipments of 1.42 million service robots, up 17.4 percent on the
    #    1.21 million units shipped in 2023" (count million), the won figure and the membership nowhere, a 2025 forecast
    dict(
        text=(
            "SEOUL, Feb. 18, 2025 -- Korean manufacturers reported calendar 2024 shipments of 1.42 million service "
            "robots, up 17.4 percent on the 1.21 million units shipped in 2023, the Korea Service Robot Industry "
            "Association (KSRIA) said on Tuesday. Sales by value reached 2.31 trillion won. The association, whose "
            "membership rose to 486 companies, forecasts shipments of 1.6 million units in 2025."
        ),
        obs=[
            ("Total", 2024, 1.42, "count million", "actual"),
            ("Total", 2023, 1.21, "count million", "actual"),
            ("Total", 2025, 1.6, "count million", "estimate"),
        ],
        claims=[("growth", 17.4, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.42 / 1.21 - 1 = 17.355% -> 17.4
        ],
    ),
    # 5. a statistics office's release: "€18.74 billion in 2024 at current prices", "a nominal increase of 10.8%" over
    #    "Set against 2023 (€16.92 billion)"; the rate "At constant 2015 prices", the volume index and the enterprises
    #    nowhere
    dict(
        text=(
            "Statistical release · 27 March 2025\n"
            "Data processing and hosting: annual structural survey\n"
            "Turnover of enterprises in data processing, hosting and related activities amounted to €18.74 billion in "
            "2024 at current prices, Statistics Norland reports. Set against 2023 (€16.92 billion), that is a nominal "
            "increase of 10.8%. At constant 2015 prices the gain shrinks to 6.1%. The industry's turnover volume index "
            "(2021 = 100) reached 131.4, and 2,418 enterprises were active at year-end."
        ),
        obs=[
            ("Total", 2024, 18.74, "EUR billion", "actual"),
            ("Total", 2023, 16.92, "EUR billion", "actual"),
        ],
        claims=[("growth", 10.8, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 18.74 / 16.92 - 1 = 10.757% -> 10.8
        ],
    ),
    # 6. an EU components association: "12.9% more than 2023's €4.18 billion" (its amounts contradict it), percentage
    #    points (nowhere), "Germany, with €1.57 billion, represented 34.0% of the EU total"
    dict(
        text=(
            "BRUSSELS, 12 March 2025 — Sales of AI-enabled machine vision components in the European Union grew to "
            "€4.62 billion in 2024, 12.9% more than 2023's €4.18 billion, the European Machine Vision Components "
            "Association (EMVCA) said in its annual market report. Growth was 3.4 percentage points slower than a year "
            "earlier. Germany, with €1.57 billion, represented 34.0% of the EU total."
        ),
        obs=[
            ("Total", 2024, 4.62, "EUR billion", "actual"),
            ("Total", 2023, 4.18, "EUR billion", "actual"),
            ("Germany", 2024, 1.57, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 12.9, "percent", 2023, 2024, 1.0),
            ("share", 34.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 4.62 / 4.18 - 1 = 10.526%; bounds (4.615 / 4.185) -> 10.275%, (4.625 / 4.175) -> 10.778%:
            # 12.9 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 1.57 / 4.62 = 33.983% -> 34.0
        ],
    ),
    # 7. a US wireless alliance's outlook: "compared with $3.12 billion in 2023", "this year" (2025's estimate), "by
    #    2027", "a compound annual growth rate of 21.4% over 2024-2027" (stated); the networks counted nowhere
    dict(
        text=(
            "WASHINGTON, Jan. 22, 2025 — U.S. sales of private 5G network equipment came to $3.86 billion in 2024, "
            "compared with $3.12 billion in 2023, according to the annual outlook of the Wireless Infrastructure "
            "Alliance of America. The alliance expects $4.6 billion this year and $6.9 billion by 2027, a compound "
            "annual growth rate of 21.4% over 2024-2027. It counted 1,870 private networks in operation at year-end."
        ),
        obs=[
            ("Total", 2024, 3.86, "USD billion", "actual"),
            ("Total", 2023, 3.12, "USD billion", "actual"),
            ("Total", 2025, 4.6, "USD billion", "estimate"),
            ("Total", 2027, 6.9, "USD billion", "estimate"),
        ],
        claims=[("cagr", 21.4, "percent", 2024, 2027, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (6.9 / 3.86) ** (1 / 3) - 1 = 21.363% -> 21.4 (bounds 21.017-21.708)
        ],
    ),
    # 8. a Japanese software association's fiscal years in yen billions: "up 22.7% year on year" (its base not
    #    printed), "expects ¥781 billion for fiscal 2025, growth of 21.6%"; the respondents and members nowhere
    dict(
        text=(
            "TOKYO, June 12, 2025 — Domestic sales of enterprise AI software reached ¥642.5 billion in fiscal 2024, "
            "the twelve months to March 2025, up 22.7% year on year, according to the annual survey of the Japan "
            "Information Software Association. The association expects ¥781 billion for fiscal 2025, growth of 21.6%. "
            "Responses came from 318 of its 624 member firms."
        ),
        obs=[
            ("Total", 2024, 642.5, "JPY billion", "actual"),
            ("Total", 2025, 781, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 22.7, "percent", 2023, 2024, 1.0),
            ("growth", 21.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # the 22.7% has no printed fiscal 2023 amount
            ("cagr|implied", "exact"),  # 781 / 642.5 - 1 = 21.556% -> 21.6
        ],
    ),
    # 9. a North American automation alliance in plain units: "up 9.3% from 16,405 units in 2023", the fourth
    #    quarter's shipments (nowhere), "Automotive took 5,236 units, or 29.2% of the total"
    dict(
        text=(
            "ANN ARBOR, Mich., Feb. 11, 2025 — Collaborative robot shipments to North American customers totalled "
            "17,930 units in 2024, up 9.3% from 16,405 units in 2023, according to the Automation Alliance of North "
            "America. Fourth-quarter shipments of 4,812 units made it the strongest quarter on record. Automotive took "
            "5,236 units, or 29.2% of the total, while electronics makers were the fastest-growing buyers."
        ),
        obs=[
            ("Total", 2024, 17930, "count", "actual"),
            ("Total", 2023, 16405, "count", "actual"),
            ("Automotive", 2024, 5236, "count", "actual"),
        ],
        claims=[
            ("growth", 9.3, "percent", 2023, 2024, 1.0),
            ("share", 29.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 17930 / 16405 - 1 = 9.296% -> 9.3
            ("arithmetic", "exact"),  # 5236 / 17930 = 29.202% -> 29.2
        ],
    ),
    # 10. Hong Kong's statistics department in English: "HK$24,318 million in 2024, 14.6% higher than the revised 2023
    #     figure of HK$21,226 million" (HKD million); the fourth quarter, its rate, the establishments and persons
    #     nowhere
    dict(
        text=(
            "Hong Kong, 14 March 2025 — Business receipts of the data processing, hosting and related activities "
            "industry amounted to HK$24,318 million in 2024, 14.6% higher than the revised 2023 figure of HK$21,226 "
            "million, according to the Census and Statistics Department's annual survey. Receipts in the fourth "
            "quarter of 2024 alone were HK$6,702 million, up 17.3% year on year. The industry comprised 642 "
            "establishments engaging 11,870 persons."
        ),
        obs=[
            ("Total", 2024, 24318, "HKD million", "actual"),
            ("Total", 2023, 21226, "HKD million", "actual"),
        ],
        claims=[("growth", 14.6, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 24318 / 21226 - 1 = 14.567% -> 14.6
        ],
    ),
    # 11. a US consumer electronics alliance: "for the full year, January through December 2024" (the year), a part
    #     with "36% of the national total", December alone (nowhere), the part's 2025 forecast (count million)
    dict(
        text=(
            "ARLINGTON, Va., Jan. 28, 2025 — U.S. retail sales of laptops for the full year, January through December "
            "2024, totalled 41.2 million units, the Consumer Electronics Trade Alliance said. AI-capable models "
            "accounted for 14.8 million of them, 36% of the national total. December sales alone reached 5.1 million "
            "units. The alliance expects AI-capable models to reach 22 million units in 2025."
        ),
        obs=[
            ("Total", 2024, 41.2, "count million", "actual"),
            ("AI-capable models", 2024, 14.8, "count million", "actual"),
            ("AI-capable models", 2025, 22, "count million", "estimate"),
        ],
        claims=[("share", 36, "percent", 2024, 2024, None)],
        verdicts=[
            ("arithmetic", "exact"),  # 14.8 / 41.2 = 35.922% -> 36
        ],
    ),
    # 12. an EU robotics federation's statistics: "fell to 71,460 units in 2024 from 80,230 in 2023, a decrease of
    #     10.2%" (its amounts contradict it), "Italy installed 9,120 units, 12.8% of the EU total"; the members nowhere
    dict(
        text=(
            "Frankfurt, 3 June 2025. Installations of industrial robots in the EU fell to 71,460 units in 2024 from "
            "80,230 in 2023, a decrease of 10.2%, the European Robotics Federation said in its annual statistics "
            "release. Italy installed 9,120 units, 12.8% of the EU total. The federation, which speaks for 312 member "
            "organisations, expects installations to stabilise this year."
        ),
        obs=[
            ("Total", 2024, 71460, "count", "actual"),
            ("Total", 2023, 80230, "count", "actual"),
            ("Italy", 2024, 9120, "count", "actual"),
        ],
        claims=[
            ("growth", -10.2, "percent", 2023, 2024, 1.0),
            ("share", 12.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 71460 / 80230 - 1 = -10.931%; bounds (71459.5 / 80230.5) -> -10.932%, (71460.5 / 80229.5) -> -10.930%:
            # -10.2 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 9120 / 71460 = 12.762% -> 12.8
        ],
    ),
    # 13. a UK electronics council's annual review: the review's title year nowhere, "a compound annual growth rate of
    #     7.6% between 2019 and 2024" (stated) its amounts contradict, a forecast for 2025 with its rate; the members
    #     and the headcount nowhere
    dict(
        text=(
            "Annual Review 2025 · UK Electronic Systems Council\n"
            "Published 20 May 2025\n"
            "The design and manufacture of electronic systems generated UK revenue of £104.3 billion in 2024, up from "
            "£72.6 billion in 2019, a compound annual growth rate of 7.6% between 2019 and 2024. The council's 450 "
            "member companies employ some 86,000 people. For 2025 the council forecasts growth of 4.5%, taking revenue "
            "to £109.0 billion."
        ),
        obs=[
            ("Total", 2024, 104.3, "GBP billion", "actual"),
            ("Total", 2019, 72.6, "GBP billion", "actual"),
            ("Total", 2025, 109.0, "GBP billion", "estimate"),
        ],
        claims=[
            ("cagr", 7.6, "percent", 2019, 2024, None, "stated"),
            ("growth", 4.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (104.3 / 72.6) ** (1 / 5) - 1 = 7.515%; bounds (104.25 / 72.65) -> 7.490%, (104.35 / 72.55) -> 7.540%:
            # 7.6 +- 0.05 outside
            ("cagr", "inconsistent"),
            ("cagr|implied", "exact"),  # 109.0 / 104.3 - 1 = 4.506% -> 4.5
        ],
    ),
    # 14. a US software federation's yearly report: "at $6.2 billion in 2024 and projects $13.5 billion in 2029,
    #     implying average growth of about 17% a year" (inferred); the contributors and the index's points nowhere
    dict(
        text=(
            "Released Jan. 15, 2025: the Business Software Federation's State of the Industry report estimates U.S. "
            "spending on AI coding and developer tools at $6.2 billion in 2024 and projects $13.5 billion in 2029, "
            "implying average growth of about 17% a year. Ninety-six publishers contributed data; the federation's "
            "software confidence index rose 4.8 points over the year."
        ),
        obs=[
            ("Total", 2024, 6.2, "USD billion", "actual"),
            ("Total", 2029, 13.5, "USD billion", "estimate"),
        ],
        claims=[("cagr", 17, "percent", 2024, 2029, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (13.5 / 6.2) ** (1 / 5) - 1 = 16.839% -> 17 (bounds 16.565-17.115)
        ],
    ),
    # 15. a European chip association: "down 8.5% compared with the revised figure of €52.3 billion for 2023" (reached
    #     only at the rounding), December sales (nowhere), "a modest rebound of 2.3%" for 2025 (no amount printed)
    dict(
        text=(
            "BRUSSELS, 5 February 2025 — Semiconductor sales in Europe totalled €47.9 billion in 2024, down 8.5% "
            "compared with the revised figure of €52.3 billion for 2023, the European Chip Industry Association "
            "reported. December sales were €3.82 billion. For 2025 the association forecasts a modest rebound of 2.3%."
        ),
        obs=[
            ("Total", 2024, 47.9, "EUR billion", "actual"),
            ("Total", 2023, 52.3, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", -8.5, "percent", 2023, 2024, 1.0),
            ("growth", 2.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 47.9 / 52.3 - 1 = -8.413%, not -8.5 +- 0.05; bounds (47.85 / 52.35) -> -8.596%,
            # (47.95 / 52.25) -> -8.230%: -8.5 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. a Japanese electronics association: "3.1% lower than in 2023" (its base not printed), "Electronic components
    #     accounted for ¥3,905.4 billion, 46.2% of the total", December production (nowhere), "edge up 1.8% to" 2025
    dict(
        text=(
            "TOKYO, February 14, 2025 — Production by Japan's electronics industry came to ¥8,462.1 billion in 2024, "
            "3.1% lower than in 2023, the Japan Electronics and Devices Industries Association (JEDIA) announced. "
            "Electronic components accounted for ¥3,905.4 billion, 46.2% of the total. December production was "
            "¥712.6 billion. JEDIA expects output to edge up 1.8% to ¥8,614 billion in 2025."
        ),
        obs=[
            ("Total", 2024, 8462.1, "JPY billion", "actual"),
            ("Electronic components", 2024, 3905.4, "JPY billion", "actual"),
            ("Total", 2025, 8614, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", -3.1, "percent", 2023, 2024, 1.0),
            ("share", 46.2, "percent", 2024, 2024, None),
            ("growth", 1.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 3905.4 / 8462.1 = 46.152% -> 46.2
            ("cagr|implied", "exact"),  # 8614 / 8462.1 - 1 = 1.795% -> 1.8
        ],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. the national 统计公报: products' output (亿台 and 亿块 ``count 100 million``, 万套 ``count 10 thousand``), each 比上年增长 or
    #     增长 a rate whose base is not printed; 工业增加值按可比价格计算 and the enterprises counted nowhere
    dict(
        text=(
            "中华人民共和国2024年国民经济和社会发展统计公报（摘录）\n"
            "全年规模以上工业增加值按可比价格计算比上年增长5.7%。全年智能手机产量11.68亿台，比上年增长7.6%；微型计算机设备产量"
            "3.42亿台，增长2.9%；集成电路产量4,386.2亿块，增长21.4%；服务机器人产量1,046万套，增长15.8%。年末规模以上工业企业"
            "51.2万家。"
        ),
        obs=[
            ("智能手机", 2024, 11.68, "count 100 million", "actual"),
            ("微型计算机设备", 2024, 3.42, "count 100 million", "actual"),
            ("集成电路", 2024, 4386.2, "count 100 million", "actual"),
            ("服务机器人", 2024, 1046, "count 10 thousand", "actual"),
        ],
        claims=[
            ("growth", 7.6, "percent", 2023, 2024, 1.0),
            ("growth", 2.9, "percent", 2023, 2024, 1.0),
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("growth", 15.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[],  # no rate's base is printed
    ),
    # 18. a province's monthly data: 2024年1-12月 (the whole year) with 上年同期 (2023's figure) and 同比增长11.4%; 12月份 and
    #     1—11月 and their rates, and 提高0.3个百分点, nowhere
    dict(
        text=(
            "江淮省统计局 月度数据 发布日期：2025-01-24\n"
            "2024年1-12月，全省规模以上电子信息制造业实现营业收入8,642.3亿元，同比增长11.4%，增速比1—11月提高0.3个百分点；上年"
            "同期为7,758.1亿元。其中，12月份实现营业收入812.6亿元，同比增长13.9%。1—11月，全省累计实现营业收入7,829.7亿元。"
        ),
        obs=[
            ("Total", 2024, 8642.3, "CNY 100 million", "actual"),
            ("Total", 2023, 7758.1, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 11.4, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 8642.3 / 7758.1 - 1 = 11.397% -> 11.4
        ],
    ),
    # 19. a ministry's 软件业运行情况: 全年……软件业务收入12.84万亿元 (CNY trillion), 2023年……修订为11.67万亿元 (2023's figure), 信息技术服务
    #     a part with 占全行业收入的比重为65.7% and a rate whose base is not printed; the profit, its rate and the firms nowhere
    dict(
        text=(
            "2024年软件业经济运行情况\n"
            "发布时间：2025-01-27 来源：工业和信息化部运行监测协调局\n"
            "全年，我国软件和信息技术服务业运行稳中向好，软件业务收入12.84万亿元，同比增长10.0%（2023年软件业务收入修订为"
            "11.67万亿元）。利润总额1.58万亿元，同比增长8.7%。分领域看，信息技术服务实现收入8.43万亿元，同比增长11.2%，占全行业"
            "收入的比重为65.7%。截至12月末，全国软件业企业超过3.8万家。"
        ),
        obs=[
            ("Total", 2024, 12.84, "CNY trillion", "actual"),
            ("Total", 2023, 11.67, "CNY trillion", "actual"),
            ("信息技术服务", 2024, 8.43, "CNY trillion", "actual"),
        ],
        claims=[
            ("growth", 10.0, "percent", 2023, 2024, 1.0),
            ("growth", 11.2, "percent", 2023, 2024, 1.0),
            ("share", 65.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 12.84 / 11.67 - 1 = 10.026% -> 10.0
            ("arithmetic", "exact"),  # 8.43 / 12.84 = 65.654% -> 65.7
        ],
    ),
    # 20. a province's 统计公报: 比上年增长16.3%（上年为1,892亿元） contradicted by its amounts, 占全国的比重为12.4% (a share of a
    #     national total not printed); 增加值按可比价格计算增长, 回落1.6个百分点 and the enterprises nowhere
    dict(
        text=(
            "青川省2024年国民经济和社会发展统计公报（节选）\n"
            "全年人工智能核心产业营业收入2,186亿元，比上年增长16.3%（上年为1,892亿元），占全国的比重为12.4%；核心产业增加值按可比"
            "价格计算增长11.2%，增速比上年回落1.6个百分点。年末全省拥有规模以上人工智能企业1,022家。"
        ),
        obs=[
            ("Total", 2024, 2186, "CNY 100 million", "actual"),
            ("Total", 2023, 1892, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 16.3, "percent", 2023, 2024, 1.0),
            ("share", 12.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 2186 / 1892 - 1 = 15.539%; bounds (2185.5 / 1892.5) -> 15.482%, (2186.5 / 1891.5) -> 15.596%:
            # 16.3 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 21. a chip industry association: 销售额为14,313亿元，同比增长16.6% (no base), three parts in prose (设计业 with its share,
    #     no hierarchy verdict in prose), 预计……16,500亿元左右，增速在15%上下 (an approximate estimate with its rate)
    dict(
        text=(
            "中华集成电路行业协会发布的数据显示，2024年中国集成电路产业销售额为14,313亿元，同比增长16.6%。其中，设计业销售额"
            "6,460亿元，同比增长19.8%，占全行业的45.1%；制造业销售额4,108亿元；封装测试业销售额3,745亿元。协会预计，2025年产业"
            "销售额将达到16,500亿元左右，增速在15%上下。"
        ),
        obs=[
            ("Total", 2024, 14313, "CNY 100 million", "actual"),
            ("设计业", 2024, 6460, "CNY 100 million", "actual"),
            ("制造业", 2024, 4108, "CNY 100 million", "actual"),
            ("封装测试业", 2024, 3745, "CNY 100 million", "actual"),
            ("Total", 2025, 16500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16.6, "percent", 2023, 2024, 1.0),
            ("growth", 19.8, "percent", 2023, 2024, 1.0),
            ("share", 45.1, "percent", 2024, 2024, None),
            ("growth", 15, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 6460 / 14313 = 45.134% -> 45.1
            ("cagr|implied", "exact"),  # 16500 / 14313 - 1 = 15.280% -> 15
        ],
    ),
    # 22. a robot industry alliance: 较2023年的30.2万台下降5.3% (a negative rate with its base, ``count 10 thousand``),
    #     国产品牌 a part with its 市场占有率, 首次过半 no share, 重回30万台以上 2025's approximate estimate
    dict(
        text=(
            "华夏机器人产业联盟2月发布的统计显示，2024年国内工业机器人市场销量为28.6万台，较2023年的30.2万台下降5.3%，为连续第二年"
            "回落；其中，国产品牌销量15.1万台，市场占有率达到52.8%，首次过半。联盟预计，2025年市场销量将重回30万台以上。"
        ),
        obs=[
            ("Total", 2024, 28.6, "count 10 thousand", "actual"),
            ("Total", 2023, 30.2, "count 10 thousand", "actual"),
            ("国产品牌", 2024, 15.1, "count 10 thousand", "actual"),
            ("Total", 2025, 30, "count 10 thousand", "estimate"),
        ],
        claims=[
            ("growth", -5.3, "percent", 2023, 2024, 1.0),
            ("share", 52.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 28.6 / 30.2 - 1 = -5.298% -> -5.3
            ("arithmetic", "exact"),  # 15.1 / 28.6 = 52.797% -> 52.8
        ],
    ),
    # 23. a provincial statistics bureau's press conference: 全年……工业机器人产量18.6万套，上年为14.9万套，比上年增长24.6% (reached only
    #     at the rounding), 占全国的33.4% (no national figure printed); 加快1.3个百分点 and 四季度 with its rate nowhere
    dict(
        text=(
            "在2024年全省经济运行情况新闻发布会上，省统计局新闻发言人介绍，全年全省工业机器人产量18.6万套，上年为14.9万套，比上年"
            "增长24.6%，增速比前三季度加快1.3个百分点，产量占全国的33.4%。其中，四季度产量5.3万套，同比增长31.2%。"
        ),
        obs=[
            ("工业机器人", 2024, 18.6, "count 10 thousand", "actual"),
            ("工业机器人", 2023, 14.9, "count 10 thousand", "actual"),
        ],
        claims=[
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("share", 33.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 18.6 / 14.9 - 1 = 24.832%, not 24.6 +- 0.05; bounds (18.55 / 14.95) -> 24.080%,
            # (18.65 / 14.85) -> 25.589%: 24.6 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 24. a city statistics bureau's analysis: 初步核算 the year's figure with 比上年增长 (no base), 是2020年的2.6倍 (x2.6 over
    #     2020-2024), 智能硬件制造 a part with 占47.0%; the patents and the per-10,000 ratio nowhere
    dict(
        text=(
            "市统计局：2024年我市人工智能产业发展情况分析\n"
            "初步核算，2024年临港市人工智能核心产业规模达到1,035亿元，比上年增长21.8%，是2020年的2.6倍。其中，智能硬件制造规模"
            "486亿元，占47.0%。年末全市人工智能领域有效发明专利1.86万件，每万人口高价值发明专利拥有量48.3件。"
        ),
        obs=[
            ("Total", 2024, 1035, "CNY 100 million", "actual"),
            ("智能硬件制造", 2024, 486, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.8, "percent", 2023, 2024, 1.0),
            ("multiple", 2.6, "multiple", 2020, 2024, 4.0),
            ("share", 47.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 486 / 1035 = 46.957% -> 47.0
        ],
    ),
    # 25. a service robot association's yearly report: the report's title year nowhere, 较2020年的245亿元实现翻番有余 (x2 over
    #     2020-2024), 2020—2024年年均增长26.5% (stated) its amounts contradict, 预计2025年……同比增长20.9%; the members nowhere
    dict(
        text=(
            "中华服务机器人产业促进会日前发布《2025中国服务机器人产业发展报告》。报告显示，2024年我国服务机器人市场规模为612亿元，"
            "较2020年的245亿元实现翻番有余，2020—2024年年均增长26.5%。促进会预计，2025年市场规模将达到740亿元，同比增长20.9%。"
            "促进会现有会员单位380余家。"
        ),
        obs=[
            ("Total", 2024, 612, "CNY 100 million", "actual"),
            ("Total", 2020, 245, "CNY 100 million", "actual"),
            ("Total", 2025, 740, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2020, 2024, 4.0),  # 612 / 245 = 2.498: 翻番有余
            ("cagr", 26.5, "percent", 2020, 2024, None, "stated"),
            ("growth", 20.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (612 / 245) ** (1 / 4) - 1 = 25.718%; bounds (611.5 / 245.5) -> 25.628%, (612.5 / 244.5) -> 25.808%:
            # 26.5 +- 0.05 outside
            ("cagr", "inconsistent"),
            ("cagr|implied", "exact"),  # 740 / 612 - 1 = 20.915% -> 20.9
        ],
    ),
    # 26. Taiwan's 經濟部統計處 in Traditional Chinese and Minguo years: 113年 (2024) 全年營業額達新臺幣7,842億元 (TWD 100 million),
    #     112年營業額已修正為6,831億元 (2023's figure), 較上年增加14.8%, 電腦程式設計業 a part with 占44.8%
    dict(
        text=(
            "經濟部統計處今（20）日發布113年資訊服務業營運概況，全年營業額達新臺幣7,842億元，較上年增加14.8%，續創歷年新高；112年"
            "營業額已修正為6,831億元。按細業別觀察，電腦程式設計業營業額3,516億元，占44.8%，主因企業導入生成式AI相關系統需求暢旺。"
        ),
        obs=[
            ("Total", 2024, 7842, "TWD 100 million", "actual"),
            ("Total", 2023, 6831, "TWD 100 million", "actual"),
            ("電腦程式設計業", 2024, 3516, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 14.8, "percent", 2023, 2024, 1.0),
            ("share", 44.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 7842 / 6831 - 1 = 14.800% -> 14.8
            ("arithmetic", "exact"),  # 3516 / 7842 = 44.836% -> 44.8
        ],
    ),
    # 27. Taiwan's 經濟部統計處 on an industry's output: 產值為新臺幣29,874億元，年增24.9% with 2023年產值為24,318億元 (contradicted);
    #     12月 output, its rate and the 生產指數 nowhere
    dict(
        text=(
            "經濟部統計處指出，2024年電腦電子產品及光學製品業產值為新臺幣29,874億元，年增24.9%，主因AI伺服器及繪圖卡出貨暢旺；"
            "2023年產值為24,318億元。12月產值為2,846億元，年增31.2%；同月該業生產指數為142.37。"
        ),
        obs=[
            ("Total", 2024, 29874, "TWD 100 million", "actual"),
            ("Total", 2023, 24318, "TWD 100 million", "actual"),
        ],
        claims=[("growth", 24.9, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 29874 / 24318 - 1 = 22.847%; bounds (29873.5 / 24318.5) -> 22.843%, (29874.5 / 24317.5) -> 22.852%:
            # 24.9 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 28. Hong Kong's 政府統計處 on retail sales: 臨時估計為482.6億港元，較2023年的441.9億港元上升9.2% (HKD 100 million); 扣除價格變動後
    #     (a volume rate) and the December figure with its rate nowhere
    dict(
        text=(
            "政府統計處今日（2月3日）公布零售業銷貨額臨時統計數字。2024年電器及攝影器材零售業的總銷貨價值臨時估計為482.6億港元，"
            "較2023年的441.9億港元上升9.2%；扣除價格變動後，總銷貨數量上升7.4%。2024年12月的銷貨價值為45.3億港元，按年上升3.1%。"
        ),
        obs=[
            ("Total", 2024, 482.6, "HKD 100 million", "actual"),
            ("Total", 2023, 441.9, "HKD 100 million", "actual"),
        ],
        claims=[("growth", 9.2, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 482.6 / 441.9 - 1 = 9.210% -> 9.2
        ],
    ),
    # 29. a Taiwan chip association's forecast: 預估2025年……可望達新臺幣64,870億元 (an estimate), 較2024年的55,310億元成長17.3%, IC設計業
    #     a part of 2025 with 占比23.1%; the member firms nowhere
    dict(
        text=(
            "（2025年2月18日）台灣積體電路產業協進會預估，2025年台灣IC產業產值可望達新臺幣64,870億元，較2024年的55,310億元成長17.3%；"
            "其中IC設計業產值預估為14,960億元，占比23.1%。協進會會員廠商共198家。"
        ),
        obs=[
            ("Total", 2025, 64870, "TWD 100 million", "estimate"),
            ("Total", 2024, 55310, "TWD 100 million", "actual"),
            ("IC設計業", 2025, 14960, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.3, "percent", 2024, 2025, 1.0),
            ("share", 23.1, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 64870 / 55310 - 1 = 17.284% -> 17.3
            ("arithmetic", "exact"),  # 14960 / 64870 = 23.062% -> 23.1
        ],
    ),
    # 30. Hong Kong's 政府統計處 in 百萬: 業務收益為港幣87,460百萬元 (HKD million), 較2023年上升8.1% (no base), 電腦程式編寫活動 a part
    #     with 佔整體的36.4%; the establishments and persons engaged nowhere
    dict(
        text=(
            "根據政府統計處最新公布的資料，2024年本港資訊科技服務業的業務收益為港幣87,460百萬元，較2023年上升8.1%；其中電腦程式"
            "編寫活動的業務收益為港幣31,842百萬元，佔整體的36.4%。同年業內機構單位有4,236個，就業人數約52,800人。"
        ),
        obs=[
            ("Total", 2024, 87460, "HKD million", "actual"),
            ("電腦程式編寫活動", 2024, 31842, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 8.1, "percent", 2023, 2024, 1.0),
            ("share", 36.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 31842 / 87460 = 36.408% -> 36.4
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. a Korean association's space-aligned table in "('000 units)" with "Jan-Dec 2023" and "Jan-Dec 2024" columns
    #     and a "% change" column (Other's reached only at the rounding), a Total row; the table number and the
    #     respondents nowhere
    dict(
        text=(
            "Korea Robot Makers' Association — Annual statistics 2024\n"
            "Table 2. Robot shipments by application ('000 units)\n"
            "Application        Jan-Dec 2023   Jan-Dec 2024   % change\n"
            "Material handling          41.6           44.9        7.9\n"
            "Welding                    27.3           25.8       -5.5\n"
            "Assembly                   18.9           21.7       14.8\n"
            "Other                      12.4           13.1        5.7\n"
            "Total                     100.2          105.5        5.3\n"
            "Source: KRMA member survey (87 respondents)."
        ),
        obs=[
            ("Material handling", 2023, 41.6, "count thousand", "actual"),
            ("Material handling", 2024, 44.9, "count thousand", "actual"),
            ("Welding", 2023, 27.3, "count thousand", "actual"),
            ("Welding", 2024, 25.8, "count thousand", "actual"),
            ("Assembly", 2023, 18.9, "count thousand", "actual"),
            ("Assembly", 2024, 21.7, "count thousand", "actual"),
            ("Other", 2023, 12.4, "count thousand", "actual"),
            ("Other", 2024, 13.1, "count thousand", "actual"),
            ("Total", 2023, 100.2, "count thousand", "actual"),
            ("Total", 2024, 105.5, "count thousand", "actual"),
        ],
        claims=[
            ("growth", 7.9, "percent", 2023, 2024, 1.0),
            ("growth", -5.5, "percent", 2023, 2024, 1.0),
            ("growth", 14.8, "percent", 2023, 2024, 1.0),
            ("growth", 5.7, "percent", 2023, 2024, 1.0),
            ("growth", 5.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 44.9 / 41.6 - 1 = 7.933% -> 7.9
            ("cagr|implied", "exact"),  # 25.8 / 27.3 - 1 = -5.495% -> -5.5
            ("cagr|implied", "exact"),  # 21.7 / 18.9 - 1 = 14.815% -> 14.8
            # 13.1 / 12.4 - 1 = 5.645%, not 5.7 +- 0.05; bounds (13.05 / 12.45) -> 4.819%, (13.15 / 12.35) -> 6.478%:
            # 5.7 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 105.5 / 100.2 - 1 = 5.289% -> 5.3
            # 41.6 + 27.3 + 18.9 + 12.4 = 100.2; 44.9 + 25.8 + 21.7 + 13.1 = 105.5
            ("hierarchy", "exact"),
        ],
    ),
    # 32. a chip council's pipe table in "(US$ million)" by product group with a "% change" column (Analog's
    #     contradicted by its figures) and a Total row; the source line's month nowhere
    dict(
        text=(
            "Worldwide semiconductor sales by product group (US$ million)\n"
            "| Product group | 2023 | 2024 | % change |\n"
            "|---|---|---|---|\n"
            "| Logic | 178,652 | 212,318 | 18.8 |\n"
            "| Memory | 92,345 | 165,516 | 79.2 |\n"
            "| Analog | 81,208 | 79,613 | -2.6 |\n"
            "| Discretes and sensors | 58,904 | 55,187 | -6.3 |\n"
            "| Total | 411,109 | 512,634 | 24.7 |\n"
            "Source: Advanced Microelectronics Council, Global Sales Report, February 2025."
        ),
        obs=[
            ("Logic", 2023, 178652, "USD million", "actual"),
            ("Logic", 2024, 212318, "USD million", "actual"),
            ("Memory", 2023, 92345, "USD million", "actual"),
            ("Memory", 2024, 165516, "USD million", "actual"),
            ("Analog", 2023, 81208, "USD million", "actual"),
            ("Analog", 2024, 79613, "USD million", "actual"),
            ("Discretes and sensors", 2023, 58904, "USD million", "actual"),
            ("Discretes and sensors", 2024, 55187, "USD million", "actual"),
            ("Total", 2023, 411109, "USD million", "actual"),
            ("Total", 2024, 512634, "USD million", "actual"),
        ],
        claims=[
            ("growth", 18.8, "percent", 2023, 2024, 1.0),
            ("growth", 79.2, "percent", 2023, 2024, 1.0),
            ("growth", -2.6, "percent", 2023, 2024, 1.0),
            ("growth", -6.3, "percent", 2023, 2024, 1.0),
            ("growth", 24.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 212318 / 178652 - 1 = 18.844% -> 18.8
            ("cagr|implied", "exact"),  # 165516 / 92345 - 1 = 79.237% -> 79.2
            # 79613 / 81208 - 1 = -1.964%; bounds (79612.5 / 81208.5) -> -1.965%, (79613.5 / 81207.5) -> -1.963%:
            # -2.6 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 55187 / 58904 - 1 = -6.310% -> -6.3
            ("cagr|implied", "exact"),  # 512634 / 411109 - 1 = 24.695% -> 24.7
            # 178652 + 92345 + 81208 + 58904 = 411109; 212318 + 165516 + 79613 + 55187 = 512634
            ("hierarchy", "exact"),
        ],
    ),
    # 33. a ministry's tab table (表1) in 亿元: a 12月 column (a month: nowhere), a 1-12月累计 column (2024, the title's year)
    #     and 累计同比增长（%） (rates whose bases are not printed), a 合计 row
    dict(
        text=(
            "表1 2024年电子信息制造业主要行业营业收入（单位：亿元）\n"
            "行业\t12月\t1-12月累计\t累计同比增长（%）\n"
            "通信设备\t3,286.4\t37,512.8\t9.6\n"
            "计算机\t2,154.7\t25,036.2\t4.1\n"
            "电子元件及器件\t1,862.3\t21,784.5\t12.3\n"
            "合计\t7,303.4\t84,333.5\t8.3\n"
            "资料来源：工业和信息化部运行监测协调局"
        ),
        obs=[
            ("通信设备", 2024, 37512.8, "CNY 100 million", "actual"),
            ("计算机", 2024, 25036.2, "CNY 100 million", "actual"),
            ("电子元件及器件", 2024, 21784.5, "CNY 100 million", "actual"),
            ("合计", 2024, 84333.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 9.6, "percent", 2023, 2024, 1.0),
            ("growth", 4.1, "percent", 2023, 2024, 1.0),
            ("growth", 12.3, "percent", 2023, 2024, 1.0),
            ("growth", 8.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 37512.8 + 25036.2 + 21784.5 = 84333.5
        ],
    ),
    # 34. a Traditional Chinese pipe table (表3) in 新台幣億元 by 產品別: 2023年, 2024年 and 年增率(%) (印刷電路板's reached only at
    #     the rounding), a 總計 row; the source line nowhere
    dict(
        text=(
            "表3 電子零組件業產值－按產品別（單位：新臺幣億元）\n"
            "| 產品別 | 2023年 | 2024年 | 年增率(%) |\n"
            "|---|---|---|---|\n"
            "| 積體電路 | 19,862 | 23,415 | 17.9 |\n"
            "| 印刷電路板 | 2,418 | 2,652 | 9.6 |\n"
            "| 面板及其組件 | 3,105 | 2,987 | -3.8 |\n"
            "| 其他電子零組件 | 2,720 | 3,432 | 26.2 |\n"
            "| 總計 | 28,105 | 32,486 | 15.6 |\n"
            "資料來源：經濟部統計處工業生產統計"
        ),
        obs=[
            ("積體電路", 2023, 19862, "TWD 100 million", "actual"),
            ("積體電路", 2024, 23415, "TWD 100 million", "actual"),
            ("印刷電路板", 2023, 2418, "TWD 100 million", "actual"),
            ("印刷電路板", 2024, 2652, "TWD 100 million", "actual"),
            ("面板及其組件", 2023, 3105, "TWD 100 million", "actual"),
            ("面板及其組件", 2024, 2987, "TWD 100 million", "actual"),
            ("其他電子零組件", 2023, 2720, "TWD 100 million", "actual"),
            ("其他電子零組件", 2024, 3432, "TWD 100 million", "actual"),
            ("總計", 2023, 28105, "TWD 100 million", "actual"),
            ("總計", 2024, 32486, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 17.9, "percent", 2023, 2024, 1.0),
            ("growth", 9.6, "percent", 2023, 2024, 1.0),
            ("growth", -3.8, "percent", 2023, 2024, 1.0),
            ("growth", 26.2, "percent", 2023, 2024, 1.0),
            ("growth", 15.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 23415 / 19862 - 1 = 17.888% -> 17.9
            # 2652 / 2418 - 1 = 9.677%, not 9.6 +- 0.05; bounds (2651.5 / 2418.5) -> 9.634%,
            # (2652.5 / 2417.5) -> 9.721%: 9.6 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 2987 / 3105 - 1 = -3.800% -> -3.8
            ("cagr|implied", "exact"),  # 3432 / 2720 - 1 = 26.176% -> 26.2
            ("cagr|implied", "exact"),  # 32486 / 28105 - 1 = 15.588% -> 15.6
            # 19862 + 2418 + 3105 + 2720 = 28105; 23415 + 2652 + 2987 + 3432 = 32486
            ("hierarchy", "exact"),
        ],
    ),
    # 35. Hong Kong's statistics department in tabs, "(HK$ million)": 2023 and 2024 columns, a "Q4 2024" column (a
    #     quarter: nowhere) and a "% change 2023-2024" column, an "All services" row; the table number nowhere
    dict(
        text=(
            "Table 7: Business receipts of the telecommunications industry by service (HK$ million)\n"
            "Service\t2023\t2024\tQ4 2024\t% change 2023-2024\n"
            "Mobile services\t29,884\t29,407\t7,512\t-1.6\n"
            "Fixed broadband\t9,652\t9,813\t2,468\t1.7\n"
            "Fixed-line voice\t3,218\t2,946\t721\t-8.5\n"
            "External and other services\t9,418\t9,305\t2,390\t-1.2\n"
            "All services\t52,172\t51,471\t13,091\t-1.3\n"
            "Source: Census and Statistics Department"
        ),
        obs=[
            ("Mobile services", 2023, 29884, "HKD million", "actual"),
            ("Mobile services", 2024, 29407, "HKD million", "actual"),
            ("Fixed broadband", 2023, 9652, "HKD million", "actual"),
            ("Fixed broadband", 2024, 9813, "HKD million", "actual"),
            ("Fixed-line voice", 2023, 3218, "HKD million", "actual"),
            ("Fixed-line voice", 2024, 2946, "HKD million", "actual"),
            ("External and other services", 2023, 9418, "HKD million", "actual"),
            ("External and other services", 2024, 9305, "HKD million", "actual"),
            ("All services", 2023, 52172, "HKD million", "actual"),
            ("All services", 2024, 51471, "HKD million", "actual"),
        ],
        claims=[
            ("growth", -1.6, "percent", 2023, 2024, 1.0),
            ("growth", 1.7, "percent", 2023, 2024, 1.0),
            ("growth", -8.5, "percent", 2023, 2024, 1.0),
            ("growth", -1.2, "percent", 2023, 2024, 1.0),
            ("growth", -1.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 29407 / 29884 - 1 = -1.596% -> -1.6
            ("cagr|implied", "exact"),  # 9813 / 9652 - 1 = 1.668% -> 1.7
            ("cagr|implied", "exact"),  # 2946 / 3218 - 1 = -8.452% -> -8.5
            ("cagr|implied", "exact"),  # 9305 / 9418 - 1 = -1.200% -> -1.2
            ("cagr|implied", "exact"),  # 51471 / 52172 - 1 = -1.344% -> -1.3
            # 29884 + 9652 + 3218 + 9418 = 52172; 29407 + 9813 + 2946 + 9305 = 51471 (and the quarter's 13091, nowhere)
            ("hierarchy", "exact"),
        ],
    ),
    # 36. a Japanese equipment council's vertical tab table in "(¥ billion)": fiscal years as rows (FY2025F an estimate
    #     by its "F: forecast" note), Shipments and "% change" (FY2024's contradicted by its figures)
    dict(
        text=(
            "Japan Semiconductor Equipment Council — domestic shipments of Japanese-made equipment (¥ billion)\n"
            "Fiscal year\tShipments\t% change\n"
            "FY2021\t3,342.7\t—\n"
            "FY2022\t3,990.1\t19.4\n"
            "FY2023\t3,762.6\t-5.7\n"
            "FY2024\t4,471.4\t16.8\n"
            "FY2025F\t4,820.0\t7.8\n"
            "F: forecast by the council, July 2025. Fiscal years end in March."
        ),
        obs=[
            ("Shipments", 2021, 3342.7, "JPY billion", "actual"),
            ("Shipments", 2022, 3990.1, "JPY billion", "actual"),
            ("Shipments", 2023, 3762.6, "JPY billion", "actual"),
            ("Shipments", 2024, 4471.4, "JPY billion", "actual"),
            ("Shipments", 2025, 4820.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 19.4, "percent", 2021, 2022, 1.0),
            ("growth", -5.7, "percent", 2022, 2023, 1.0),
            ("growth", 16.8, "percent", 2023, 2024, 1.0),
            ("growth", 7.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3990.1 / 3342.7 - 1 = 19.368% -> 19.4
            ("cagr|implied", "exact"),  # 3762.6 / 3990.1 - 1 = -5.702% -> -5.7
            # 4471.4 / 3762.6 - 1 = 18.838%; bounds (4471.35 / 3762.65) -> 18.835%, (4471.45 / 3762.55) -> 18.841%:
            # 16.8 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 4820.0 / 4471.4 - 1 = 7.796% -> 7.8
        ],
    ),
    # 37. a province's tab table (表2) of products' output with a 计量单位 column (亿块 ``count 100 million``, 万台 ``count 10
    #     thousand``, 套 ``count``), 2023年 and 2024年 and 比上年增长（%） (服务器's reached only at the rounding); no total row, the
    #     note's threshold nowhere
    dict(
        text=(
            "表2 2024年全省主要电子信息产品产量\n"
            "产品名称\t计量单位\t2023年\t2024年\t比上年增长（%）\n"
            "集成电路\t亿块\t268.4\t312.6\t16.5\n"
            "智能手机\t万台\t8,135.2\t8,642.5\t6.2\n"
            "服务器\t万台\t141.5\t186.4\t31.8\n"
            "工业机器人\t套\t43,712\t42,315\t-3.2\n"
            "注：统计范围为年主营业务收入2000万元及以上的工业企业。"
        ),
        obs=[
            ("集成电路", 2023, 268.4, "count 100 million", "actual"),
            ("集成电路", 2024, 312.6, "count 100 million", "actual"),
            ("智能手机", 2023, 8135.2, "count 10 thousand", "actual"),
            ("智能手机", 2024, 8642.5, "count 10 thousand", "actual"),
            ("服务器", 2023, 141.5, "count 10 thousand", "actual"),
            ("服务器", 2024, 186.4, "count 10 thousand", "actual"),
            ("工业机器人", 2023, 43712, "count", "actual"),
            ("工业机器人", 2024, 42315, "count", "actual"),
        ],
        claims=[
            ("growth", 16.5, "percent", 2023, 2024, 1.0),
            ("growth", 6.2, "percent", 2023, 2024, 1.0),
            ("growth", 31.8, "percent", 2023, 2024, 1.0),
            ("growth", -3.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 312.6 / 268.4 - 1 = 16.468% -> 16.5
            ("cagr|implied", "exact"),  # 8642.5 / 8135.2 - 1 = 6.236% -> 6.2
            # 186.4 / 141.5 - 1 = 31.731%, not 31.8 +- 0.05; bounds (186.35 / 141.55) -> 31.650%,
            # (186.45 / 141.45) -> 31.813%: 31.8 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 42315 / 43712 - 1 = -3.196% -> -3.2
        ],
    ),
    # 38. an EU association's space-aligned table in "(€ million)" with a "% change" column and an "EU-27 total" row
    #     whose 2024 figure its parts reach only at the rounding ("Figures may not add up due to rounding")
    dict(
        text=(
            "EU-27 sales of AI-enabled industrial automation software (€ million)\n"
            "Country          2023       2024    % change\n"
            "Germany       1,284.6    1,452.3       13.1\n"
            "France          612.4      701.8       14.6\n"
            "Italy           398.7      447.2       12.2\n"
            "Spain           276.5      318.9       15.3\n"
            "Rest of EU      905.3    1,017.6       12.4\n"
            "EU-27 total   3,477.5    3,937.9       13.2\n"
            "Figures may not add up due to rounding. Source: European Automation Software Association."
        ),
        obs=[
            ("Germany", 2023, 1284.6, "EUR million", "actual"),
            ("Germany", 2024, 1452.3, "EUR million", "actual"),
            ("France", 2023, 612.4, "EUR million", "actual"),
            ("France", 2024, 701.8, "EUR million", "actual"),
            ("Italy", 2023, 398.7, "EUR million", "actual"),
            ("Italy", 2024, 447.2, "EUR million", "actual"),
            ("Spain", 2023, 276.5, "EUR million", "actual"),
            ("Spain", 2024, 318.9, "EUR million", "actual"),
            ("Rest of EU", 2023, 905.3, "EUR million", "actual"),
            ("Rest of EU", 2024, 1017.6, "EUR million", "actual"),
            ("EU-27 total", 2023, 3477.5, "EUR million", "actual"),
            ("EU-27 total", 2024, 3937.9, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 13.1, "percent", 2023, 2024, 1.0),
            ("growth", 14.6, "percent", 2023, 2024, 1.0),
            ("growth", 12.2, "percent", 2023, 2024, 1.0),
            ("growth", 15.3, "percent", 2023, 2024, 1.0),
            ("growth", 12.4, "percent", 2023, 2024, 1.0),
            ("growth", 13.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1452.3 / 1284.6 - 1 = 13.055% -> 13.1
            ("cagr|implied", "exact"),  # 701.8 / 612.4 - 1 = 14.598% -> 14.6
            ("cagr|implied", "exact"),  # 447.2 / 398.7 - 1 = 12.165% -> 12.2
            ("cagr|implied", "exact"),  # 318.9 / 276.5 - 1 = 15.335% -> 15.3
            ("cagr|implied", "exact"),  # 1017.6 / 905.3 - 1 = 12.405% -> 12.4
            ("cagr|implied", "exact"),  # 3937.9 / 3477.5 - 1 = 13.239% -> 13.2
            # 2023: 1284.6 + 612.4 + 398.7 + 276.5 + 905.3 = 3477.5; 2024: 1452.3 + 701.8 + 447.2 + 318.9 + 1017.6 =
            # 3937.8, not 3937.9; bounds 3937.55-3938.05 against 3937.85-3937.95: reached only at the rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 39. a UK telecoms association's pipe table in "(£ million)": a 2024 column and a "2025F" column (the association's
    #     forecast, ``estimate``) with a "% change" column, a Total row; "2024 figures are provisional" (still actual)
    dict(
        text=(
            "UK Telecoms Equipment Association — market outlook, January 2025\n"
            "UK telecoms equipment market by segment (£ million)\n"
            "| Segment | 2024 | 2025F | % change |\n"
            "|---|---|---|---|\n"
            "| Mobile radio access | 1,146 | 1,108 | -3.3 |\n"
            "| Fixed access and optical | 872 | 951 | 9.1 |\n"
            "| Core and transport | 531 | 574 | 8.1 |\n"
            "| Enterprise networking | 689 | 742 | 7.7 |\n"
            "| Total | 3,238 | 3,375 | 4.2 |\n"
            "2024 figures are provisional."
        ),
        obs=[
            ("Mobile radio access", 2024, 1146, "GBP million", "actual"),
            ("Mobile radio access", 2025, 1108, "GBP million", "estimate"),
            ("Fixed access and optical", 2024, 872, "GBP million", "actual"),
            ("Fixed access and optical", 2025, 951, "GBP million", "estimate"),
            ("Core and transport", 2024, 531, "GBP million", "actual"),
            ("Core and transport", 2025, 574, "GBP million", "estimate"),
            ("Enterprise networking", 2024, 689, "GBP million", "actual"),
            ("Enterprise networking", 2025, 742, "GBP million", "estimate"),
            ("Total", 2024, 3238, "GBP million", "actual"),
            ("Total", 2025, 3375, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", -3.3, "percent", 2024, 2025, 1.0),
            ("growth", 9.1, "percent", 2024, 2025, 1.0),
            ("growth", 8.1, "percent", 2024, 2025, 1.0),
            ("growth", 7.7, "percent", 2024, 2025, 1.0),
            ("growth", 4.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1108 / 1146 - 1 = -3.316% -> -3.3
            ("cagr|implied", "exact"),  # 951 / 872 - 1 = 9.060% -> 9.1
            ("cagr|implied", "exact"),  # 574 / 531 - 1 = 8.098% -> 8.1
            ("cagr|implied", "exact"),  # 742 / 689 - 1 = 7.692% -> 7.7
            ("cagr|implied", "exact"),  # 3375 / 3238 - 1 = 4.231% -> 4.2
            # 1146 + 872 + 531 + 689 = 3238; 1108 + 951 + 574 + 742 = 3375
            ("hierarchy", "exact"),
        ],
    ),
    # 40. a software association's vertical tab table (图3, its title years nowhere) under （单位：亿元）: 销售额 each year (2025E
    #     an estimate by its E note) and 同比增长 each year's rate (2022's reached only at the rounding)
    dict(
        text=(
            "图3 2019-2025年中国人工智能基础软件销售额及增速（单位：亿元）\n"
            "年份\t销售额\t同比增长\n"
            "2019\t38.6\t—\n"
            "2020\t52.9\t37.0%\n"
            "2021\t71.4\t35.0%\n"
            "2022\t98.2\t37.6%\n"
            "2023\t131.5\t33.9%\n"
            "2024\t168.0\t27.8%\n"
            "2025E\t205.0\t22.0%\n"
            "资料来源：中华软件行业促进会年度报告；E为协会预测值。"
        ),
        obs=[
            ("销售额", 2019, 38.6, "CNY 100 million", "actual"),
            ("销售额", 2020, 52.9, "CNY 100 million", "actual"),
            ("销售额", 2021, 71.4, "CNY 100 million", "actual"),
            ("销售额", 2022, 98.2, "CNY 100 million", "actual"),
            ("销售额", 2023, 131.5, "CNY 100 million", "actual"),
            ("销售额", 2024, 168.0, "CNY 100 million", "actual"),
            ("销售额", 2025, 205.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 37.0, "percent", 2019, 2020, 1.0),
            ("growth", 35.0, "percent", 2020, 2021, 1.0),
            ("growth", 37.6, "percent", 2021, 2022, 1.0),
            ("growth", 33.9, "percent", 2022, 2023, 1.0),
            ("growth", 27.8, "percent", 2023, 2024, 1.0),
            ("growth", 22.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 52.9 / 38.6 - 1 = 37.047% -> 37.0
            ("cagr|implied", "exact"),  # 71.4 / 52.9 - 1 = 34.972% -> 35.0
            # 98.2 / 71.4 - 1 = 37.535%, not 37.6 +- 0.05; bounds (98.15 / 71.45) -> 37.369%,
            # (98.25 / 71.35) -> 37.701%: 37.6 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 131.5 / 98.2 - 1 = 33.910% -> 33.9
            ("cagr|implied", "exact"),  # 168.0 / 131.5 - 1 = 27.757% -> 27.8
            ("cagr|implied", "exact"),  # 205.0 / 168.0 - 1 = 22.024% -> 22.0
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "sixty-seventh check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 6, "inconsistent": 8, "rounding": 8, "exact": 79}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "up 61.3 percent from the prior year's",
    "Fourth-quarter sales came to",
    "fell 4.2% to ¥1.26 trillion",
    "orders index (2020 = 100)",
    "revised up from £8.51 billion to £8.64 billion",
    "calendar 2024 shipments of 1.42 million service robots",
    "2.31 trillion won",
    "at current prices",
    "At constant 2015 prices",
    "3.4 percentage points slower",
    "represented 34.0% of the EU total",
    "a compound annual growth rate of 21.4% over 2024-2027",
    "the twelve months to March 2025",
    "the revised 2023 figure of",
    "January through December 2024",
    "36% of the national total",
    "December sales alone",
    "a compound annual growth rate of 7.6% between 2019 and 2024",
    "implying average growth of about 17% a year",
    "compared with the revised figure of",
    "edge up 1.8% to",
    "国民经济和社会发展统计公报",
    "按可比价格计算",
    "亿块",
    "2024年1-12月",
    "12月份",
    "1—11月",
    "上年同期为",
    "修订为11.67万亿元",
    "占全国的比重为12.4%",
    "个百分点",
    "增速在15%上下",
    "市场占有率达到52.8%",
    "四季度产量",
    "是2020年的2.6倍",
    "翻番有余",
    "113年",
    "修正為6,831億元",
    "生產指數",
    "扣除價格變動後",
    "港幣87,460百萬元",
    "('000 units)",
    "Jan-Dec 2024",
    "(US$ million)",
    "1-12月累计",
    "年增率(%)",
    "Q4 2024",
    "FY2025F",
    "| 2025F | % change |",
)
#: the set's blind score (written without reading or running the extractor, scored once on each of two commits): 131
#: figures, 80 rates, 74 verdicts and 4 false inconsistent before the rules chosen on the sixty-fifth set (the whole
#: year of an official release, revisions, '000, "percentage change", a year a rise's base restates); 135, 85, 74 and
#: 3 after them. Then chosen on (columns of "Jan-Dec 2024", a column of each row's unit of measure, a release date
#: no title's year, "¥" of a text that names Japan before China, "上年(同期)为" of a whole year): 159, 85, 81, 3; then
#: (Taiwan's years, a month's column beside the year's, revisions, parts' shares of "the EU total" and 全行业, a generic
#: name after a list of parts, a bare base after "from"): 177, 93, 94, 1
FLOORS = {"figures_found": 177, "rates_found": 93, "verdicts_right": 95}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset67.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
