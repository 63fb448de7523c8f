"""A sixty-eighth check set for the extractor, written blind: technology-market figures as official and industry
statistics word them -- customs administrations' trade releases ("exports of integrated circuits rose", "January to
December", 出口金额, 进口金额, a 进出口总额 row), ministries' and provincial departments' operating reports and communiqués
(软件业务收入, 电信业务收入, 1-12月累计, 全年, 同比增长, 比上年, 经核实修订为, 个百分点, 景气指数), city statistics bureaus' bulletins, Taiwan's and
Hong Kong's statistics offices in Traditional Chinese (年增率, 較上年, 按年變動百分率, 億元, 億港元, 百萬港元, 經修訂後), and the English
releases of statistics agencies and trade associations in the US, UK, EU, Japan, Korea, Singapore and India ("rose 9.1
per cent on the year", "year-on-year growth of", "full-year", "the 2023 figure was restated to", a December outlook's
"this year" and "next year"), with tables in "(US$ million)", "£000", "('000)", 亿元, 新台幣億元 and 百萬港元 under "Percentage
change", "Full year 2024", 比上年增长（%）, 年增率 and 按年變動百分率 headers.

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

What this set's sources add to them. An official release's full year is the year ("January to December", "full-year",
"Full year 2024", 全年, 1-12月累计), while the part of a year printed beside it (a single December, a half year, the first
nine months, a fourth quarter, 上半年, 四季度, 12月份, 12月单月, an "H1 2024" or 1-6月 column) is expected nowhere with its rate. A
revised prior-year figure ("the 2023 figure was restated to", 经核实修订为, 經修訂後) is that year's figure and the number it
replaces (previously, 原公布为, 較早前公布的) is expected nowhere. Percentage points, index levels (a production index, an output
index, a business conditions index, 景气指数), counts of businesses, establishments, enterprises, member companies,
employees and workers (企业, 从业人员, 業者家數, 受僱員工人數, 從業員人數), an industry's profit (利润总额) and a capacity utilisation rate are
expected nowhere. An amount in Singapore dollars is no observation, though its rate and its share are claims.

In English: a finance ministry's customs release gives "exports of integrated circuits rose 27.4% to US$165.1 billion
over January to December 2024, up from US$129.6 billion in 2023" both years and an exact rate, December's shipments
nowhere and "Imports of integrated circuits grew 11.2%" a second market's rate without its amount. A statistics office's
"fell 2.4 per cent on the year to £41.86 billion" is checked against "the 2023 figure was restated to £42.89 billion",
"£43.37 billion previously" and the 9,140 businesses and 187,000 people nowhere. A trade association's December 2024
outlook gives "this year" (2024) an ``estimate`` of $38.6 billion "up 7.2% from $36.0 billion in 2023" and "a further
8.1% rise to $41.3 billion next year", 2025's ``estimate`` with a rate its amounts contradict. A Japanese federation's
"rose 9.1 per cent on the year to ¥1,046.8 billion in calendar 2024, from ¥959.4 billion" is exact in JPY billion, its
half-year and its business conditions index nowhere. An EU statistical agency's "dropped to €11.42 billion in 2024, 8.7%
below the €12.68 billion recorded a year before" is a decline its amounts contradict, the persons employed and "2.3
percentage points to 71.4%" nowhere. A Singapore survey office's "grew 6.8 per cent to S$142.7 billion" is a rate
without an observation and "IT services accounted for 41.6 per cent" a share, the establishments, workers and output
index nowhere. An Indian federation's "is estimated at US$ 286.4 billion for FY2025, year-on-year growth of 5.3%" is
2025's ``estimate`` with a rate whose base is not printed and "Exports are estimated at US$ 226.1 billion, 78.9% of the
total" a part's ``estimate`` with its share. A Korean association's "reached a full-year US$ 235.8 billion in 2024,
22.1% more than the US$ 193.1 billion shipped in 2023" is exact, "Semiconductors contributed US$ 141.9 billion, 60.2%" a
part with its share and "US$ 246 billion" for 2025 an ``estimate``. A statistics bureau's December 2024 survey gives
2023 and 2022 with "a rise of 6.4 percent" that they contradict, the establishments and employees nowhere. A UK
operators' forum in November 2025 gives "Full-year ... on course for £6.34 billion in 2025" (an ``estimate``), 2024's
£5.71 billion, the first nine months nowhere and "For next year ... £7.02 billion, an increase of 10.7%" 2026's
``estimate`` with an exact rate. A European association's "fell 8.1% to €47.3 billion in 2024 from €51.5 billion" is
reached only at the rounding, and its two applications are parts with their shares (37.3% only at the rounding, 23.7%
exact). A ministry's "Cumulative production ... from January to December 2024 came to ¥6,842.5 billion, down 3.6% from
the previous year's ¥7,097.9 billion" is the year with an exact decline, December's output and the production index
nowhere. A carriers' association gives 2024's revenue and "Data services generated $148.6 billion of that, a 70.3%
share", its employees and percentage points nowhere. A Korean council's "fell 5.6% year on year in 2024 to US$18.4
billion, compared with US$19.4 billion in 2023" is reached only at the rounding, the second half's exports nowhere. A
ministry cell's "US$ 114.6 billion in FY2024, nearly double the US$ 58.2 billion of FY2020" is a multiple, x2 over
2020-2024, and "Mobile phones made up 43.5%" a share without its part, the manufacturing units nowhere. A quarterly
services report's "$412 billion in 2024, up 8.9 percent from $378 billion in 2023" is reached only at the rounding and
the fourth quarter with its rate nowhere.

In Chinese: a customs district's 集成电路出口金额为3,126.8亿元，比上年增长19.6% with 2023年关区该项出口为2,614.3亿元 is exact, 存储芯片 a part with its
占……33.3%, 进口金额同比下降4.3% a second market's rate without its amount and the 1,284家 enterprises nowhere. A 通信业统计公报's
电信业务收入累计完成17,486亿元，比上年增长3.2% is checked against 经核实修订为16,943亿元 (原公布为 nowhere), 增速较上年回落3.0个百分点 nowhere, 移动数据流量业务 a part
with its share and 固定互联网宽带业务 a part's rate without its amount. A province's 工业和信息化厅 gives
1-12月……软件业务收入4,586.3亿元，同比增长14.2%, a rate 2023年同期为3,912.6亿元 contradicts, 上半年 and 利润总额 nowhere, and 软件业务出口21.4亿美元 an item
of its own name in USD 100 million with its decline. A city bureau's 统计公报 gives 全年……2,864亿元，比上年增长9.7%（2023年： 2,612亿元）,
reached only at the rounding, 四季度, the enterprises and the 从业人员 nowhere. An association's December 2024 forecast gives
今年……约2.21万亿元 (2024, an approximate ``estimate`` in CNY trillion) with 同比增长8.4% (no base) and 明年有望达到2.36万亿元， 增长6.5%
(2025) reached only at the rounding, the member units nowhere. A province's 统计公报 gives 集成电路产业 销售收入 with a rate whose
base is not printed, 设计业 a part with its share, 封装测试业 a part's decline without its amount, and 个百分点 and 景气指数 nowhere. A
ministry institute's white paper gives 2023 and 2024 with 增幅35.9%, 公有云 a part with its share, 将超过2.1万亿元 2027's
approximate ``estimate`` in the series' unit (21,000) and 2024-2027年年均复合增长率约为36% ``stated``, the title's year nowhere. A
city bureau's 互联网业务收入 比上年下降3.7% with 2023年为 is an exact decline and 生活服务平台 a part with its share. A ministry's 运行简报
gives 微型计算机设备产量3.42亿台，同比下降2.7%，2023年为3.51亿台 (``count 100 million``), reached only at the rounding, 12月份's 万台 and its
rate nowhere. In Traditional Chinese a Taiwan statistics centre's 營業額為新台幣3,486億元，較上年增加12.7%，2023年為 3,092億元 is exact,
12月單月, 業者家數 and 受僱員工人數 nowhere; a Taiwan customs release's 積體電路出口金額達1,652億美元，年增率29.6%，2023年為 1,296億美元 is contradicted by
its amounts, 記憶體 a part with its 比重 and 較上年提高4.6個百分點 nowhere; a Hong Kong trade statistics section's
轉口貨值為3,862億港元，較2023年的3,415億港元上升13.1% is exact in HKD 100 million, 12月份 nowhere; a Hong Kong statistics unit's
238.6億港元，按年減少2.9% is checked against 2023年的收益經修訂後為245.8億港元 (較早前公布的244.1億港元 nowhere), the 從業員人數 nowhere; and a Taiwan
association's December 2024 預估，明年……將達新台幣9,860億元，較今年的8,412億元成長17.2% gives 2025 and 2024, both ``estimate`` figures, an
exact rate and 今年……較上年增加11.3% a rate without its base, the member firms nowhere.

In tables: a customs bureau's pipe table "January to December (US$ million)" gives each item its 2023 and 2024 exports
and "Percentage change" and adds to its Total row; a statistics office's aligned table in "£000" gives each industry its
"Full year 2024" and "Full year 2023" turnover (``GBP thousand``), its "H1 2024" column nowhere, and adds to its Total;
a makers' association's tab table in "('000)" gives each type its fiscal-year shipments (``count thousand``) with their
"Percentage change" and adds to its Total; a ministry's aligned table under （单位：亿元） gives each 领域 its 1-12月累计 (the year)
with a 比上年增长（%） rate whose base is not printed, its 1-6月 column nowhere, and adds to its 合计 row; a vertical tab table
gives ``电信业务收入`` each year from 2020 with its 比上年增长（%） (2020's without a base, 2022's contradicted by its figures), the
title's years and revision note nowhere; a Taiwan pipe table in 新台幣億元 gives each 服務別 its 2023年 and 2024年 and 年增率 (one
reached only at the rounding) and adds to its 總計 row; a Hong Kong tab table in 百萬港元 gives each 行業 its 按年變動百分率 (one
contradicted) and adds to its 總計 row; a council's January outlook aligned in "(US$ billion)" gives each sector its 2024
``actual`` and 2025F ``estimate`` with the forecast year's "Change" (one reached only at the rounding) and adds to its
Total; an association's vertical pipe table gives ``Exports`` each fiscal year (FY2026F an ``estimate``) and its "YoY"
(one reached only at the rounding); and a customs district's aligned table in 亿美元 gives 出口金额 and 进口金额 with their 比上年增长
and adds them to its 进出口总额 row. Markets vary (integrated circuit exports, UK telecommunications, US smart home devices,
Japanese communications equipment, EU computers and peripherals, Singapore infocomm, Indian technology services, Korean
ICT exports, US semiconductor shipments, UK data-centre colocation, European semiconductor sales, Japanese electronic
parts, US wireless services, Korean display panels, Indian electronics production, US software publishers, 集成电路出口,
电信业务收入, 软件业务收入, 电子信息制造业, 电子元件, 集成电路产业, 云计算, 互联网业务收入, 微型计算机设备, 資訊服務業, 積體電路出口, 電腦及周邊設備轉口, 流動通訊服務, 半導體設備, Korean ICT goods,
UK software and IT services, Japanese mobile phones, 软件业务 by 领域, 電信服務營收, 資訊及通訊業, Korean ICT exports by sector, Indian
smartphone exports, 集成电路进出口); agencies, associations and their figures are invented, the sentences are the project's own
and the figures plausible. ``python tests/extract_checkset68.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a finance ministry's customs release in English: "exports of integrated circuits rose ... over January to
    #    December", its 2023 base; December's shipments nowhere, "Imports of integrated circuits grew" a second market's
    #    rate without its amount
    dict(
        text=(
            "TAIPEI, Jan. 9, 2025 — Taiwan's exports of integrated circuits rose 27.4% to US$165.1 billion over "
            "January to December 2024, up from US$129.6 billion in 2023, according to the Customs Data Office of "
            "the finance ministry. Chip shipments in December alone reached US$16.3 billion. Imports of integrated "
            "circuits grew 11.2% over the same twelve months."
        ),
        obs=[
            ("Total", 2024, 165.1, "USD billion", "actual"),
            ("Total", 2023, 129.6, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
            ("growth", 11.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 165.1 / 129.6 - 1 = 27.392% -> 27.4
        ],
    ),
    # 2. a statistics office's annual estimates: "fell 2.4 per cent on the year", "the 2023 figure was restated to" its
    #    base (the figure it replaces nowhere); the businesses and the people they employ nowhere
    dict(
        text=(
            "Telecommunications turnover: annual estimates, UK. Released 27 June 2025.\n"
            "Turnover of UK telecommunications businesses fell 2.4 per cent on the year to £41.86 billion in 2024, "
            "the National Digital Statistics Office said. With this release the 2023 figure was restated to £42.89 "
            "billion, from £43.37 billion previously, after late survey returns from two large operators. The "
            "industry comprised 9,140 businesses employing 187,000 people."
        ),
        obs=[
            ("Total", 2024, 41.86, "GBP billion", "actual"),
            ("Total", 2023, 42.89, "GBP billion", "actual"),
        ],
        claims=[("growth", -2.4, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 41.86 / 42.89 - 1 = -2.401% -> -2.4 (against the restated 2023 figure)
        ],
    ),
    # 3. a trade association's December outlook: "this year" (2024, an estimate) "up ... from ... in 2023", and "a
    #    further 8.1% rise to ... next year" (2025) that its amounts contradict; the member companies nowhere
    dict(
        text=(
            "WASHINGTON, Dec. 3, 2024 — U.S. retail sales of smart home devices will total $38.6 billion this year, "
            "up 7.2% from $36.0 billion in 2023, according to the mid-winter outlook of the Connected Home Products "
            "Association. The association, which represents 1,150 member companies, forecasts a further 8.1% rise "
            "to $41.3 billion next year."
        ),
        obs=[
            ("Total", 2024, 38.6, "USD billion", "estimate"),
            ("Total", 2023, 36.0, "USD billion", "actual"),
            ("Total", 2025, 41.3, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 7.2, "percent", 2023, 2024, 1.0),
            ("growth", 8.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.6 / 36.0 - 1 = 7.222% -> 7.2
            # 41.3 / 38.6 - 1 = 6.995%; bounds (41.25 / 38.65) -> 6.727%, (41.35 / 38.55) -> 7.263%:
            # 8.1 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 4. a Japanese makers' federation in yen: "rose 9.1 per cent on the year to ... in calendar 2024, from ...";
    #    the April-September half of fiscal 2024 and the business conditions index nowhere
    dict(
        text=(
            "TOKYO, Feb. 27, 2025 — Domestic shipments of communications equipment by Japanese manufacturers rose "
            "9.1 per cent on the year to ¥1,046.8 billion in calendar 2024, from ¥959.4 billion, according to the "
            "Japan Network Equipment Makers' Federation. Shipments in the April–September half of fiscal 2024 were "
            "¥512.6 billion. The federation's business conditions index improved to 54.2."
        ),
        obs=[
            ("Total", 2024, 1046.8, "JPY billion", "actual"),
            ("Total", 2023, 959.4, "JPY billion", "actual"),
        ],
        claims=[("growth", 9.1, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1046.8 / 959.4 - 1 = 9.110% -> 9.1
        ],
    ),
    # 5. an EU statistical agency: "dropped to ... in 2024, 8.7% below the ... recorded a year before" (a decline its
    #    amounts contradict); persons employed, percentage points and the capacity utilisation rate nowhere
    dict(
        text=(
            "LUXEMBOURG, 14 May 2025 — The value of sold production of computers and peripheral equipment in the "
            "European Union dropped to €11.42 billion in 2024, 8.7% below the €12.68 billion recorded a year "
            "before, the EU's statistical agency reported. Persons employed in the industry fell to 61,300, and "
            "capacity utilisation slipped 2.3 percentage points to 71.4%."
        ),
        obs=[
            ("Total", 2024, 11.42, "EUR billion", "actual"),
            ("Total", 2023, 12.68, "EUR billion", "actual"),
        ],
        claims=[("growth", -8.7, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 11.42 / 12.68 - 1 = -9.937%; bounds (11.415 / 12.685) -> -10.012%, (11.425 / 12.675) -> -9.862%:
            # -8.7 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 6. a Singapore survey office in Singapore dollars (no observation): a rate and a share stay claims; the
    #    establishments, the workers and the output index nowhere
    dict(
        text=(
            "SINGAPORE, 18 March 2025 — Operating receipts of the infocomm industry grew 6.8 per cent to S$142.7 "
            "billion in 2024, the Infocomm Survey Office said in its annual release. IT services accounted for 41.6 "
            "per cent of receipts. The survey covered 6,420 establishments with 128,300 workers, and the industry's "
            "output index stood at 131.5."
        ),
        obs=[],
        claims=[
            ("growth", 6.8, "percent", 2023, 2024, 1.0),
            ("share", 41.6, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 7. an Indian federation in fiscal years: "is estimated at ... for FY2025, year-on-year growth of" (no FY2024
    #    amount printed), exports a part's estimate with its share; the workforce nowhere
    dict(
        text=(
            "NEW DELHI, Feb. 18, 2025 — Revenue of India's technology services industry is estimated at US$ 286.4 "
            "billion for FY2025, year-on-year growth of 5.3%, the Indian Software and Services Federation said at "
            "its annual leadership forum. Exports are estimated at US$ 226.1 billion, 78.9% of the total. The "
            "industry's workforce is put at 5.81 million."
        ),
        obs=[
            ("Total", 2025, 286.4, "USD billion", "estimate"),
            ("Exports", 2025, 226.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 5.3, "percent", 2024, 2025, 1.0),
            ("share", 78.9, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 226.1 / 286.4 = 78.946% -> 78.9
        ],
    ),
    # 8. a Korean trade association: "reached a full-year ... in 2024, 22.1% more than the ... shipped in 2023", a part
    #    with its share, the association's figure for the coming year
    dict(
        text=(
            "SEOUL, Jan. 14, 2025 — Korea's exports of information and communications technology products reached a "
            "full-year US$ 235.8 billion in 2024, 22.1% more than the US$ 193.1 billion shipped in 2023, the Korea "
            "ICT Trade Association said. Semiconductors contributed US$ 141.9 billion, 60.2% of the total. For 2025 "
            "the association sees ICT exports edging up to US$ 246 billion."
        ),
        obs=[
            ("Total", 2024, 235.8, "USD billion", "actual"),
            ("Total", 2023, 193.1, "USD billion", "actual"),
            ("Semiconductors", 2024, 141.9, "USD billion", "actual"),
            ("Total", 2025, 246, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 22.1, "percent", 2023, 2024, 1.0),
            ("share", 60.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 235.8 / 193.1 - 1 = 22.113% -> 22.1
            ("arithmetic", "exact"),  # 141.9 / 235.8 = 60.178% -> 60.2
        ],
    ),
    # 9. a statistics bureau's annual survey (December 2024) on 2023: "a rise of 6.4 percent from ... in 2022" its
    #    amounts contradict; the establishments and employees nowhere
    dict(
        text=(
            "WASHINGTON, Dec. 12, 2024 — The value of shipments of the U.S. semiconductor and related device "
            "manufacturing industry reached $98.7 billion in 2023, a rise of 6.4 percent from $94.1 billion in 2022, "
            "according to annual survey data released by the Bureau of Manufacturing Statistics. The industry had "
            "1,012 establishments and 184,600 employees."
        ),
        obs=[
            ("Total", 2023, 98.7, "USD billion", "actual"),
            ("Total", 2022, 94.1, "USD billion", "actual"),
        ],
        claims=[("growth", 6.4, "percent", 2022, 2023, 1.0)],
        verdicts=[
            # 98.7 / 94.1 - 1 = 4.888%; bounds (98.65 / 94.15) -> 4.780%, (98.75 / 94.05) -> 4.997%: 6.4 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 10. a UK operators' forum in November 2025: "Full-year ... is on course for ... in 2025" (an estimate) against
    #     2024, the first nine months nowhere, "For next year ... an increase of" (2026) with its verdict
    dict(
        text=(
            "LONDON, 6 November 2025 — Full-year UK spending on data-centre colocation is on course for £6.34 "
            "billion in 2025, against £5.71 billion in 2024, the Data Centre Operators' Forum said. Spending in the "
            "first nine months of the year came to £4.68 billion. For next year the forum forecasts £7.02 billion, "
            "an increase of 10.7%."
        ),
        obs=[
            ("Total", 2025, 6.34, "GBP billion", "estimate"),
            ("Total", 2024, 5.71, "GBP billion", "actual"),
            ("Total", 2026, 7.02, "GBP billion", "estimate"),
        ],
        claims=[("growth", 10.7, "percent", 2025, 2026, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 7.02 / 6.34 - 1 = 10.726% -> 10.7
        ],
    ),
    # 11. a European distributors' association: "fell 8.1% to ... from ..." (reached only at the rounding), two parts
    #     with their shares (one reached only at the rounding)
    dict(
        text=(
            "BRUSSELS, 20 February 2025 — Semiconductor sales in Europe fell 8.1% to €47.3 billion in 2024 from "
            "€51.5 billion, the European Chip Distribution Association reported. Automotive applications made up "
            "€17.6 billion, or 37.3% of the total, and industrial applications €11.2 billion, or 23.7%."
        ),
        obs=[
            ("Total", 2024, 47.3, "EUR billion", "actual"),
            ("Total", 2023, 51.5, "EUR billion", "actual"),
            ("Automotive applications", 2024, 17.6, "EUR billion", "actual"),
            ("Industrial applications", 2024, 11.2, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", -8.1, "percent", 2023, 2024, 1.0),
            ("share", 37.3, "percent", 2024, 2024, None),
            ("share", 23.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 47.3 / 51.5 - 1 = -8.155%, not -8.1 +- 0.05; bounds (47.25 / 51.55) -> -8.341%, (47.35 / 51.45) ->
            # -7.969%: -8.1 is reached only at the rounding
            ("cagr|implied", "rounding"),
            # 17.6 / 47.3 = 37.209%, not 37.3 +- 0.05; bounds (17.55 / 47.35) -> 37.064%, (17.65 / 47.25) -> 37.354%:
            # 37.3 is reached only at the rounding
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 11.2 / 47.3 = 23.679% -> 23.7
        ],
    ),
    # 12. a ministry's production survey: "Cumulative production ... from January to December 2024" is the year, "down
    #     3.6% from the previous year's"; December's output and the production index nowhere
    dict(
        text=(
            "TOKYO, 31 January 2025 — Cumulative production of electronic parts and devices from January to December "
            "2024 came to ¥6,842.5 billion, down 3.6% from the previous year's ¥7,097.9 billion, according to the "
            "production dynamics survey of the Ministry of Industry and Trade. December output was ¥571.2 billion, "
            "and the sector's production index stood at 94.8 against a 2020 base of 100."
        ),
        obs=[
            ("Total", 2024, 6842.5, "JPY billion", "actual"),
            ("Total", 2023, 7097.9, "JPY billion", "actual"),
        ],
        claims=[("growth", -3.6, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 6842.5 / 7097.9 - 1 = -3.598% -> -3.6
        ],
    ),
    # 13. a carriers' association survey: the year's revenue, "Data services generated ... of that, a 70.3% share" (a
    #     part with its share); the people employed and the percentage points nowhere
    dict(
        text=(
            "WASHINGTON, May 20, 2025 — Wireless service revenue in the United States came to $211.4 billion in "
            "2024, the Wireless Carriers Association of America said in its annual industry survey. Data services "
            "generated $148.6 billion of that, a 70.3% share. Carriers employed 142,800 people at year-end, and "
            "capital spending as a proportion of revenue fell 1.6 percentage points."
        ),
        obs=[
            ("Total", 2024, 211.4, "USD billion", "actual"),
            ("Data services", 2024, 148.6, "USD billion", "actual"),
        ],
        claims=[("share", 70.3, "percent", 2024, 2024, None)],
        verdicts=[
            ("arithmetic", "exact"),  # 148.6 / 211.4 = 70.293% -> 70.3
        ],
    ),
    # 14. a Korean display council: "fell 5.6% year on year in 2024 to ..., compared with ... in 2023" (reached only at
    #     the rounding); the second half's exports nowhere
    dict(
        text=(
            "SEOUL, Feb. 4, 2025 — Korean display panel exports fell 5.6% year on year in 2024 to US$18.4 billion, "
            "compared with US$19.4 billion in 2023, the Korea Display Trade Council said. Second-half exports "
            "recovered to US$9.6 billion."
        ),
        obs=[
            ("Total", 2024, 18.4, "USD billion", "actual"),
            ("Total", 2023, 19.4, "USD billion", "actual"),
        ],
        claims=[("growth", -5.6, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 18.4 / 19.4 - 1 = -5.155%, not -5.6 +- 0.05; bounds (18.35 / 19.45) -> -5.656%, (18.45 / 19.35) ->
            # -4.651%: -5.6 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. a ministry cell's annual report in fiscal years: "nearly double the ... of FY2020" (x2 over 2020-2024), a
    #     share whose part is not printed; the manufacturing units nowhere
    dict(
        text=(
            "NEW DELHI, Aug. 8, 2024 — India's domestic production of electronic goods rose to US$ 114.6 billion in "
            "FY2024, nearly double the US$ 58.2 billion of FY2020, the Electronics Statistics Cell of the ministry "
            "said in its annual report. Mobile phones made up 43.5% of production. The number of registered "
            "manufacturing units rose to 2,140."
        ),
        obs=[
            ("Total", 2024, 114.6, "USD billion", "actual"),
            ("Total", 2020, 58.2, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2020, 2024, 4.0),  # 114.6 / 58.2 = 1.969: nearly double
            ("share", 43.5, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 16. a statistics bureau's quarterly services report: the year's revenue "up 8.9 percent from ... in 2023"
    #     (reached only at the rounding); the fourth quarter and its rate nowhere
    dict(
        text=(
            "SUITLAND, Md., March 11, 2025 — Revenue of U.S. software publishers totaled $412 billion in 2024, up "
            "8.9 percent from $378 billion in 2023, according to the quarterly services report of the Federal "
            "Business Statistics Bureau. Fourth-quarter revenue was $109.6 billion, 9.4 percent above the fourth "
            "quarter of 2023."
        ),
        obs=[
            ("Total", 2024, 412, "USD billion", "actual"),
            ("Total", 2023, 378, "USD billion", "actual"),
        ],
        claims=[("growth", 8.9, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 412 / 378 - 1 = 8.995%, not 8.9 +- 0.05; bounds (411.5 / 378.5) -> 8.719%, (412.5 / 377.5) -> 9.272%:
            # 8.9 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. a customs district's release: 集成电路出口金额……比上年增长, its 2023 amount after it, 其中存储芯片 a part with its share,
    #     进口金额同比下降 a second market's rate without its amount; the enterprises nowhere
    dict(
        text=(
            "滨海海关1月16日发布：2024年，关区集成电路出口金额为3,126.8亿元，比上年增长19.6%，2023年关区该项出口为2,614.3亿元；"
            "其中存储芯片出口金额1,042.5亿元，占集成电路出口的33.3%。同期关区集成电路进口金额同比下降4.3%。全年有进出口实绩的"
            "集成电路企业1,284家。"
        ),
        obs=[
            ("Total", 2024, 3126.8, "CNY 100 million", "actual"),
            ("Total", 2023, 2614.3, "CNY 100 million", "actual"),
            ("存储芯片", 2024, 1042.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 19.6, "percent", 2023, 2024, 1.0),
            ("share", 33.3, "percent", 2024, 2024, None),
            ("growth", -4.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3126.8 / 2614.3 - 1 = 19.604% -> 19.6
            ("arithmetic", "exact"),  # 1042.5 / 3126.8 = 33.341% -> 33.3
        ],
    ),
    # 18. a 通信业统计公报: 电信业务收入累计完成……比上年增长 against 2023's 经核实修订为 figure (原公布为 nowhere), 增速较上年回落……
    #     个百分点 nowhere, 移动数据流量业务 a part with its share, 固定互联网宽带业务 a part's rate without its amount
    dict(
        text=(
            "《2024年通信业统计公报》显示，全年电信业务收入累计完成17,486亿元，比上年增长3.2%，增速较上年回落3.0个百分点；2023年"
            "电信业务收入经核实修订为16,943亿元（原公布为16,812亿元）。分业务看，移动数据流量业务收入6,318亿元，占电信业务收入的"
            "36.1%；固定互联网宽带业务收入比上年增长4.7%。"
        ),
        obs=[
            ("Total", 2024, 17486, "CNY 100 million", "actual"),
            ("Total", 2023, 16943, "CNY 100 million", "actual"),
            ("移动数据流量业务", 2024, 6318, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 3.2, "percent", 2023, 2024, 1.0),
            ("share", 36.1, "percent", 2024, 2024, None),
            ("growth", 4.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 17486 / 16943 - 1 = 3.205% -> 3.2 (against the revised 2023 figure)
            ("arithmetic", "exact"),  # 6318 / 17486 = 36.132% -> 36.1
        ],
    ),
    # 19. a province's 工业和信息化厅: 1-12月……累计完成软件业务收入……同比增长14.2%，2023年同期为 (its amounts contradict it), 上半年
    #     nowhere, 软件业务出口 in 亿美元 an item of its own with its decline, 利润总额 nowhere
    dict(
        text=(
            "湘岚省工业和信息化厅消息：2024年1-12月，全省软件和信息技术服务业累计完成软件业务收入4,586.3亿元，同比增长14.2%，"
            "2023年同期为3,912.6亿元；其中上半年完成2,105.7亿元。全年软件业务出口21.4亿美元，同比下降6.1%。全行业实现利润总额"
            "612.8亿元。"
        ),
        obs=[
            ("Total", 2024, 4586.3, "CNY 100 million", "actual"),
            ("Total", 2023, 3912.6, "CNY 100 million", "actual"),
            ("软件业务出口", 2024, 21.4, "USD 100 million", "actual"),
        ],
        claims=[
            ("growth", 14.2, "percent", 2023, 2024, 1.0),
            ("growth", -6.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 4586.3 / 3912.6 - 1 = 17.219%; bounds (4586.25 / 3912.65) -> 17.216%, (4586.35 / 3912.55) -> 17.222%:
            # 14.2 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 20. a city bureau's 统计公报: 全年……营业收入……比上年增长9.7%（2023年：……） (reached only at the rounding); 四季度, the
    #     enterprises and the employees nowhere
    dict(
        text=(
            "鹭川市统计局2025年3月发布的统计公报显示：全年全市规模以上电子信息制造业实现营业收入2,864亿元，比上年增长9.7%"
            "（2023年：2,612亿元）。其中四季度实现营业收入812亿元。年末全市规模以上电子信息制造企业612家，从业人员18.6万人。"
        ),
        obs=[
            ("Total", 2024, 2864, "CNY 100 million", "actual"),
            ("Total", 2023, 2612, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 9.7, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 2864 / 2612 - 1 = 9.648%, not 9.7 +- 0.05; bounds (2863.5 / 2612.5) -> 9.608%, (2864.5 / 2611.5) ->
            # 9.688%: 9.7 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 21. an association's December forecast: 今年……约2.21万亿元 (2024, an approximate estimate) with a rate whose base is not
    #     printed, 明年有望达到……，增长6.5% (2025) reached only at the rounding; the member units nowhere
    dict(
        text=(
            "（2024年12月18日）华东电子元件行业协会在年会上发布预测：今年全国电子元件销售总额约2.21万亿元，同比增长8.4%；明年有望"
            "达到2.36万亿元，增长6.5%。协会现有会员单位1,460家。"
        ),
        obs=[
            ("Total", 2024, 2.21, "CNY trillion", "estimate"),
            ("Total", 2025, 2.36, "CNY trillion", "estimate"),
        ],
        claims=[
            ("growth", 8.4, "percent", 2023, 2024, 1.0),
            ("growth", 6.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 2.36 / 2.21 - 1 = 6.787%, not 6.5 +- 0.05; bounds (2.355 / 2.215) -> 6.321%, (2.365 / 2.205) -> 7.256%:
            # 6.5 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 22. a province's 统计公报: 集成电路产业实现销售收入……比上年增长 (no base), 增速比上年提高……个百分点 nowhere, 设计业 a part with
    #     its share, 封装测试业 a part's decline without its amount; the 景气指数 nowhere
    dict(
        text=(
            "岭西省统计局发布2024年统计公报：全年全省集成电路产业实现销售收入1,326.8亿元，比上年增长15.4%，增速比上年提高2.6个"
            "百分点。其中，设计业销售收入412.6亿元，占31.1%；封装测试业销售收入同比下降2.4%。12月份，全省集成电路产业景气指数为"
            "112.6。"
        ),
        obs=[
            ("Total", 2024, 1326.8, "CNY 100 million", "actual"),
            ("设计业", 2024, 412.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 15.4, "percent", 2023, 2024, 1.0),
            ("share", 31.1, "percent", 2024, 2024, None),
            ("growth", -2.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 412.6 / 1326.8 = 31.097% -> 31.1
        ],
    ),
    # 23. a ministry institute's white paper: 2023年……为……，2024年增至……，增幅 (a rate with both amounts), a part with its share,
    #     将超过2.1万亿元 (2027, approximate, in the series' unit 21,000) and 2024-2027年年均复合增长率约为36% (stated); the
    #     title's year nowhere
    dict(
        text=(
            "华信数字经济研究院发布《云计算发展白皮书（2025年）》：2023年我国云计算市场规模为6,165亿元，2024年增至8,378亿元，增幅"
            "35.9%；其中公有云市场6,012亿元，占71.8%。预计到2027年，我国云计算市场规模将超过2.1万亿元，2024-2027年年均复合增长率"
            "约为36%。"
        ),
        obs=[
            ("Total", 2023, 6165, "CNY 100 million", "actual"),
            ("Total", 2024, 8378, "CNY 100 million", "actual"),
            ("公有云", 2024, 6012, "CNY 100 million", "actual"),
            ("Total", 2027, 21000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35.9, "percent", 2023, 2024, 1.0),
            ("share", 71.8, "percent", 2024, 2024, None),
            ("cagr", 36, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8378 / 6165 - 1 = 35.896% -> 35.9
            ("arithmetic", "exact"),  # 6012 / 8378 = 71.759% -> 71.8
            # (21000 / 8378) ** (1 / 3) - 1 = 35.840% -> 36 (bounds, 2.1万亿 at half its last digit: (20500 / 8378.5)
            # -> 34.750%, (21500 / 8377.5) -> 36.912%)
            ("cagr", "exact"),
        ],
    ),
    # 24. a city bureau: 累计完成互联网业务收入……比上年下降3.7%，2023年为 (a decline with its base), 生活服务平台 a part with its
    #     share of the whole; the enterprises nowhere
    dict(
        text=(
            "榕溪市统计局：2024年，全市规模以上互联网和相关服务企业累计完成互联网业务收入1,186.4亿元，比上年下降3.7%，2023年为"
            "1,232.1亿元。分领域看，生活服务平台收入486.2亿元，占全部互联网业务收入的41.0%。年末全市规模以上互联网企业有358家。"
        ),
        obs=[
            ("Total", 2024, 1186.4, "CNY 100 million", "actual"),
            ("Total", 2023, 1232.1, "CNY 100 million", "actual"),
            ("生活服务平台", 2024, 486.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", -3.7, "percent", 2023, 2024, 1.0),
            ("share", 41.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1186.4 / 1232.1 - 1 = -3.709% -> -3.7
            ("arithmetic", "exact"),  # 486.2 / 1186.4 = 40.981% -> 41.0
        ],
    ),
    # 25. a ministry's 运行简报: 1-12月……产量3.42亿台，同比下降2.7%，2023年为 (a count, reached only at the rounding); 12月份 in 万台
    #     and its rate and 增速……回落……个百分点 nowhere
    dict(
        text=(
            "电子信息制造业运行简报（2025年1月）：1-12月，全国规模以上工业微型计算机设备产量3.42亿台，同比下降2.7%，2023年为3.51亿台；"
            "12月份产量3,126万台，同比增长1.9%。全年行业增加值增速比上年回落0.8个百分点。"
        ),
        obs=[
            ("Total", 2024, 3.42, "count 100 million", "actual"),
            ("Total", 2023, 3.51, "count 100 million", "actual"),
        ],
        claims=[("growth", -2.7, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 3.42 / 3.51 - 1 = -2.564%, not -2.7 +- 0.05; bounds (3.415 / 3.515) -> -2.845%, (3.425 / 3.505) ->
            # -2.282%: -2.7 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. a Taiwan statistics centre in Traditional Chinese: 營業額為新台幣……億元，較上年增加……，2023年為 (exact); 12月單月, 業者家數
    #     and 受僱員工人數 nowhere
    dict(
        text=(
            "（2025/03/05）數位產業統計研究中心公布，2024年資訊服務業營業額為新台幣3,486億元，較上年增加12.7%，2023年為3,092億元；"
            "12月單月營業額為341億元。業者家數共2,318家，受僱員工人數8.6萬人。"
        ),
        obs=[
            ("Total", 2024, 3486, "TWD 100 million", "actual"),
            ("Total", 2023, 3092, "TWD 100 million", "actual"),
        ],
        claims=[("growth", 12.7, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 3486 / 3092 - 1 = 12.743% -> 12.7
        ],
    ),
    # 27. a Taiwan customs release in Traditional Chinese: 出口金額達……億美元，年增率29.6%，2023年為 (its amounts contradict it),
    #     記憶體 a part with its 比重; 占總出口比重較上年提高……個百分點 nowhere
    dict(
        text=(
            "關務統計處2025年1月發布：2024年積體電路出口金額達1,652億美元，年增率29.6%，2023年為1,296億美元；其中記憶體出口318億"
            "美元，占積體電路出口比重19.2%。積體電路占總出口比重較上年提高4.6個百分點。"
        ),
        obs=[
            ("Total", 2024, 1652, "USD 100 million", "actual"),
            ("Total", 2023, 1296, "USD 100 million", "actual"),
            ("記憶體", 2024, 318, "USD 100 million", "actual"),
        ],
        claims=[
            ("growth", 29.6, "percent", 2023, 2024, 1.0),
            ("share", 19.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 1652 / 1296 - 1 = 27.469%; bounds (1651.5 / 1296.5) -> 27.381%, (1652.5 / 1295.5) -> 27.557%:
            # 29.6 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 318 / 1652 = 19.249% -> 19.2
        ],
    ),
    # 28. a Hong Kong trade statistics section in Traditional Chinese: 全年……轉口貨值為……億港元，較2023年的……上升 (exact);
    #     12月份 and its 按年 rate nowhere
    dict(
        text=(
            "香港貿易統計科今日公布，2024年全年電腦及周邊設備的轉口貨值為3,862億港元，較2023年的3,415億港元上升13.1%；12月份"
            "轉口貨值按年上升21.4%。"
        ),
        obs=[
            ("Total", 2024, 3862, "HKD 100 million", "actual"),
            ("Total", 2023, 3415, "HKD 100 million", "actual"),
        ],
        claims=[("growth", 13.1, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 3862 / 3415 - 1 = 13.089% -> 13.1
        ],
    ),
    # 29. a Hong Kong communications statistics unit in Traditional Chinese: ……在2024年為……億港元，按年減少2.9% against 2023's
    #     經修訂後 figure (較早前公布的 nowhere); 從業員人數 nowhere
    dict(
        text=(
            "通訊事務統計組公布，本港流動通訊服務收益在2024年為238.6億港元，按年減少2.9%；2023年的收益經修訂後為245.8億港元，較早前"
            "公布的244.1億港元略高。業界從業員人數為1.42萬人。"
        ),
        obs=[
            ("Total", 2024, 238.6, "HKD 100 million", "actual"),
            ("Total", 2023, 245.8, "HKD 100 million", "actual"),
        ],
        claims=[("growth", -2.9, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 238.6 / 245.8 - 1 = -2.929% -> -2.9 (against the revised 2023 figure)
        ],
    ),
    # 30. a Taiwan equipment association in December 2024 (Traditional Chinese): 預估，明年……將達……，較今年的……成長 (2025 and 2024,
    #     both estimates) and 今年……較上年增加 (no base); the member firms nowhere
    dict(
        text=(
            "（2024年12月10日）台灣半導體設備產業協會預估，明年台灣半導體設備銷售額將達新台幣9,860億元，較今年的8,412億元成長"
            "17.2%；今年銷售額則較上年增加11.3%。協會會員廠商共計246家。"
        ),
        obs=[
            ("Total", 2025, 9860, "TWD 100 million", "estimate"),
            ("Total", 2024, 8412, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.2, "percent", 2024, 2025, 1.0),
            ("growth", 11.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 9860 / 8412 - 1 = 17.214% -> 17.2
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. a customs bureau's pipe table, "January to December (US$ million)": 2023, 2024 and "Percentage change"
    #     columns, a Total row; the provisional note nowhere
    dict(
        text=(
            "Korea Customs Statistics Bureau · Trade release, 15 January 2025\n"
            "Exports of ICT goods by item, January to December (US$ million)\n"
            "| Item | 2023 | 2024 | Percentage change |\n"
            "|---|---|---|---|\n"
            "| Semiconductors | 98,962 | 141,907 | 43.4 |\n"
            "| Computers and peripherals | 8,214 | 13,386 | 63.0 |\n"
            "| Mobile phones and parts | 11,658 | 11,902 | 2.1 |\n"
            "| Displays | 19,436 | 18,372 | -5.5 |\n"
            "| Total | 138,270 | 185,567 | 34.2 |\n"
            "Note: December 2024 figures are provisional."
        ),
        obs=[
            ("Semiconductors", 2023, 98962, "USD million", "actual"),
            ("Semiconductors", 2024, 141907, "USD million", "actual"),
            ("Computers and peripherals", 2023, 8214, "USD million", "actual"),
            ("Computers and peripherals", 2024, 13386, "USD million", "actual"),
            ("Mobile phones and parts", 2023, 11658, "USD million", "actual"),
            ("Mobile phones and parts", 2024, 11902, "USD million", "actual"),
            ("Displays", 2023, 19436, "USD million", "actual"),
            ("Displays", 2024, 18372, "USD million", "actual"),
            ("Total", 2023, 138270, "USD million", "actual"),
            ("Total", 2024, 185567, "USD million", "actual"),
        ],
        claims=[
            ("growth", 43.4, "percent", 2023, 2024, 1.0),
            ("growth", 63.0, "percent", 2023, 2024, 1.0),
            ("growth", 2.1, "percent", 2023, 2024, 1.0),
            ("growth", -5.5, "percent", 2023, 2024, 1.0),
            ("growth", 34.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 141907 / 98962 - 1 = 43.395% -> 43.4
            ("cagr|implied", "exact"),  # 13386 / 8214 - 1 = 62.966% -> 63.0
            ("cagr|implied", "exact"),  # 11902 / 11658 - 1 = 2.093% -> 2.1
            ("cagr|implied", "exact"),  # 18372 / 19436 - 1 = -5.474% -> -5.5
            ("cagr|implied", "exact"),  # 185567 / 138270 - 1 = 34.206% -> 34.2
            # 98962 + 8214 + 11658 + 19436 = 138270; 141907 + 13386 + 11902 + 18372 = 185567
            ("hierarchy", "exact"),
        ],
    ),
    # 32. a statistics office's aligned table in "£000" with an "H1 2024" column (part of a year, nowhere) beside "Full
    #     year 2024" and "Full year 2023", a Total row
    dict(
        text=(
            "Annual Business Survey release, 19 June 2025\n"
            "Turnover of UK software and IT services businesses, £000\n"
            "Industry                          H1 2024    Full year 2024    Full year 2023\n"
            "Software publishing             9,842,615        20,417,382        18,906,204\n"
            "Computer programming           28,316,044        58,930,127        55,214,866\n"
            "IT consultancy                 11,204,583        23,506,911        22,817,430\n"
            "Data processing and hosting     6,158,207        12,884,509        11,026,375\n"
            "Total                          55,521,449       115,738,929       107,964,875\n"
            "Source: National Digital Statistics Office."
        ),
        obs=[
            ("Software publishing", 2024, 20417382, "GBP thousand", "actual"),
            ("Software publishing", 2023, 18906204, "GBP thousand", "actual"),
            ("Computer programming", 2024, 58930127, "GBP thousand", "actual"),
            ("Computer programming", 2023, 55214866, "GBP thousand", "actual"),
            ("IT consultancy", 2024, 23506911, "GBP thousand", "actual"),
            ("IT consultancy", 2023, 22817430, "GBP thousand", "actual"),
            ("Data processing and hosting", 2024, 12884509, "GBP thousand", "actual"),
            ("Data processing and hosting", 2023, 11026375, "GBP thousand", "actual"),
            ("Total", 2024, 115738929, "GBP thousand", "actual"),
            ("Total", 2023, 107964875, "GBP thousand", "actual"),
        ],
        claims=[],
        verdicts=[
            # 20417382 + 58930127 + 23506911 + 12884509 = 115738929;
            # 18906204 + 55214866 + 22817430 + 11026375 = 107964875
            ("hierarchy", "exact"),
        ],
    ),
    # 33. a makers' association's tab table in "('000)": fiscal-year shipments (count thousand) with a "Percentage
    #     change" column, a Total row; the fiscal-year note nowhere
    dict(
        text=(
            "Japan Mobile Terminal Association · Domestic shipments of mobile phones ('000)\n"
            "Type\tFY2023\tFY2024\tPercentage change\n"
            "Smartphones\t26,412\t28,937\t9.6%\n"
            "Feature phones\t1,206\t874\t-27.5%\n"
            "Total\t27,618\t29,811\t7.9%\n"
            "Fiscal years run from April to March."
        ),
        obs=[
            ("Smartphones", 2023, 26412, "count thousand", "actual"),
            ("Smartphones", 2024, 28937, "count thousand", "actual"),
            ("Feature phones", 2023, 1206, "count thousand", "actual"),
            ("Feature phones", 2024, 874, "count thousand", "actual"),
            ("Total", 2023, 27618, "count thousand", "actual"),
            ("Total", 2024, 29811, "count thousand", "actual"),
        ],
        claims=[
            ("growth", 9.6, "percent", 2023, 2024, 1.0),
            ("growth", -27.5, "percent", 2023, 2024, 1.0),
            ("growth", 7.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 28937 / 26412 - 1 = 9.560% -> 9.6
            ("cagr|implied", "exact"),  # 874 / 1206 - 1 = -27.529% -> -27.5
            ("cagr|implied", "exact"),  # 29811 / 27618 - 1 = 7.940% -> 7.9
            ("hierarchy", "exact"),  # 26412 + 1206 = 27618; 28937 + 874 = 29811
        ],
    ),
    # 34. a ministry's aligned table in 亿元: a 1-6月 column (part of a year, nowhere) beside 1-12月累计 (the year) and
    #     比上年增长（%） (no bases printed), a 合计 row
    dict(
        text=(
            "表2 2024年软件业务收入分领域情况（单位：亿元）\n"
            "领域                1-6月     1-12月累计     比上年增长（%）\n"
            "软件产品           13,486        29,518            6.2\n"
            "信息技术服务       41,207        90,364           11.4\n"
            "信息安全            1,052         2,286            5.1\n"
            "嵌入式系统软件      5,361        11,972            8.7\n"
            "合计               61,106       134,140           10.0"
        ),
        obs=[
            ("软件产品", 2024, 29518, "CNY 100 million", "actual"),
            ("信息技术服务", 2024, 90364, "CNY 100 million", "actual"),
            ("信息安全", 2024, 2286, "CNY 100 million", "actual"),
            ("嵌入式系统软件", 2024, 11972, "CNY 100 million", "actual"),
            ("合计", 2024, 134140, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 6.2, "percent", 2023, 2024, 1.0),
            ("growth", 11.4, "percent", 2023, 2024, 1.0),
            ("growth", 5.1, "percent", 2023, 2024, 1.0),
            ("growth", 8.7, "percent", 2023, 2024, 1.0),
            ("growth", 10.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 29518 + 90364 + 2286 + 11972 = 134140
        ],
    ),
    # 35. a vertical tab table of years: 电信业务收入 each year and 比上年增长（%） (2020's without its base, one contradicted
    #     by its figures); the title's years and the revision note nowhere
    dict(
        text=(
            "表1 2020-2024年电信业务收入及增速（单位：亿元）\n"
            "年份\t电信业务收入\t比上年增长（%）\n"
            "2020年\t13,588\t3.6\n"
            "2021年\t14,653\t7.8\n"
            "2022年\t15,812\t8.9\n"
            "2023年\t16,795\t6.2\n"
            "2024年\t17,473\t4.0\n"
            "注：2023年数据为修订数。"
        ),
        obs=[
            ("电信业务收入", 2020, 13588, "CNY 100 million", "actual"),
            ("电信业务收入", 2021, 14653, "CNY 100 million", "actual"),
            ("电信业务收入", 2022, 15812, "CNY 100 million", "actual"),
            ("电信业务收入", 2023, 16795, "CNY 100 million", "actual"),
            ("电信业务收入", 2024, 17473, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 3.6, "percent", 2019, 2020, 1.0),
            ("growth", 7.8, "percent", 2020, 2021, 1.0),
            ("growth", 8.9, "percent", 2021, 2022, 1.0),
            ("growth", 6.2, "percent", 2022, 2023, 1.0),
            ("growth", 4.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 14653 / 13588 - 1 = 7.838% -> 7.8
            # 15812 / 14653 - 1 = 7.910%; bounds (15811.5 / 14653.5) -> 7.903%, (15812.5 / 14652.5) -> 7.917%:
            # 8.9 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 16795 / 15812 - 1 = 6.217% -> 6.2
            ("cagr|implied", "exact"),  # 17473 / 16795 - 1 = 4.037% -> 4.0
        ],
    ),
    # 36. a Taiwan statistics centre's pipe table in 新台幣億元 (Traditional Chinese): 2023年, 2024年 and 年增率 columns
    #     (one reached only at the rounding), a 總計 row
    dict(
        text=(
            "國家通訊統計中心｜2024年電信服務營收（單位：新台幣億元）\n"
            "| 服務別 | 2023年 | 2024年 | 年增率 |\n"
            "|---|---|---|---|\n"
            "| 行動通信 | 1,819 | 1,786 | -1.8% |\n"
            "| 固定寬頻 | 642 | 671 | 4.5% |\n"
            "| 市內及長途電話 | 96 | 89 | -7.8% |\n"
            "| 數據通信及其他 | 388 | 421 | 8.5% |\n"
            "| 總計 | 2,945 | 2,967 | 0.7% |"
        ),
        obs=[
            ("行動通信", 2023, 1819, "TWD 100 million", "actual"),
            ("行動通信", 2024, 1786, "TWD 100 million", "actual"),
            ("固定寬頻", 2023, 642, "TWD 100 million", "actual"),
            ("固定寬頻", 2024, 671, "TWD 100 million", "actual"),
            ("市內及長途電話", 2023, 96, "TWD 100 million", "actual"),
            ("市內及長途電話", 2024, 89, "TWD 100 million", "actual"),
            ("數據通信及其他", 2023, 388, "TWD 100 million", "actual"),
            ("數據通信及其他", 2024, 421, "TWD 100 million", "actual"),
            ("總計", 2023, 2945, "TWD 100 million", "actual"),
            ("總計", 2024, 2967, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", -1.8, "percent", 2023, 2024, 1.0),
            ("growth", 4.5, "percent", 2023, 2024, 1.0),
            ("growth", -7.8, "percent", 2023, 2024, 1.0),
            ("growth", 8.5, "percent", 2023, 2024, 1.0),
            ("growth", 0.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1786 / 1819 - 1 = -1.814% -> -1.8
            ("cagr|implied", "exact"),  # 671 / 642 - 1 = 4.517% -> 4.5
            # 89 / 96 - 1 = -7.292%, not -7.8 +- 0.05; bounds (88.5 / 96.5) -> -8.290%, (89.5 / 95.5) -> -6.283%:
            # -7.8 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 421 / 388 - 1 = 8.505% -> 8.5
            ("cagr|implied", "exact"),  # 2967 / 2945 - 1 = 0.747% -> 0.7
            # 1819 + 642 + 96 + 388 = 2945; 1786 + 671 + 89 + 421 = 2967
            ("hierarchy", "exact"),
        ],
    ),
    # 37. a Hong Kong statistics page's tab table in 百萬港元 (Traditional Chinese): 2023年, 2024年 and 按年變動百分率 (one
    #     contradicted by its figures), a 總計 row; the note on establishments and persons engaged nowhere
    dict(
        text=(
            "香港資訊及通訊業統計（2025年3月）\n"
            "表3 資訊及通訊業的業務收益（百萬港元）\n"
            "行業\t2023年\t2024年\t按年變動百分率\n"
            "電訊\t58,426\t60,318\t+3.2\n"
            "資訊科技服務\t73,915\t81,247\t+9.9\n"
            "出版及廣播\t21,604\t20,187\t-4.6\n"
            "總計\t153,945\t161,752\t+5.1\n"
            "註：2024年數字為臨時數字；機構單位數目及就業人數見表4。"
        ),
        obs=[
            ("電訊", 2023, 58426, "HKD million", "actual"),
            ("電訊", 2024, 60318, "HKD million", "actual"),
            ("資訊科技服務", 2023, 73915, "HKD million", "actual"),
            ("資訊科技服務", 2024, 81247, "HKD million", "actual"),
            ("出版及廣播", 2023, 21604, "HKD million", "actual"),
            ("出版及廣播", 2024, 20187, "HKD million", "actual"),
            ("總計", 2023, 153945, "HKD million", "actual"),
            ("總計", 2024, 161752, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 3.2, "percent", 2023, 2024, 1.0),
            ("growth", 9.9, "percent", 2023, 2024, 1.0),
            ("growth", -4.6, "percent", 2023, 2024, 1.0),
            ("growth", 5.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 60318 / 58426 - 1 = 3.238% -> 3.2
            ("cagr|implied", "exact"),  # 81247 / 73915 - 1 = 9.920% -> 9.9
            # 20187 / 21604 - 1 = -6.559%; bounds (20186.5 / 21604.5) -> -6.563%, (20187.5 / 21603.5) -> -6.554%:
            # -4.6 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 161752 / 153945 - 1 = 5.071% -> 5.1
            # 58426 + 73915 + 21604 = 153945; 60318 + 81247 + 20187 = 161752
            ("hierarchy", "exact"),
        ],
    ),
    # 38. an industry council's January outlook, aligned in "(US$ billion)": 2024 and 2025F (estimate) columns and a
    #     "Change" column of the forecast year (one reached only at the rounding), a Total row
    dict(
        text=(
            "Korea Electronics Industry Council · ICT export outlook, released 22 January 2025\n"
            "ICT exports by sector (US$ billion)\n"
            "Sector            2024     2025F    Change\n"
            "Semiconductors   142.6     168.3     18.0%\n"
            "Displays          24.1      23.5     -2.5%\n"
            "Mobile devices    31.8      33.2      4.4%\n"
            "Computers          4.2       4.6     10.5%\n"
            "Total            202.7     229.6     13.3%\n"
            "F = council forecast."
        ),
        obs=[
            ("Semiconductors", 2024, 142.6, "USD billion", "actual"),
            ("Semiconductors", 2025, 168.3, "USD billion", "estimate"),
            ("Displays", 2024, 24.1, "USD billion", "actual"),
            ("Displays", 2025, 23.5, "USD billion", "estimate"),
            ("Mobile devices", 2024, 31.8, "USD billion", "actual"),
            ("Mobile devices", 2025, 33.2, "USD billion", "estimate"),
            ("Computers", 2024, 4.2, "USD billion", "actual"),
            ("Computers", 2025, 4.6, "USD billion", "estimate"),
            ("Total", 2024, 202.7, "USD billion", "actual"),
            ("Total", 2025, 229.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18.0, "percent", 2024, 2025, 1.0),
            ("growth", -2.5, "percent", 2024, 2025, 1.0),
            ("growth", 4.4, "percent", 2024, 2025, 1.0),
            ("growth", 10.5, "percent", 2024, 2025, 1.0),
            ("growth", 13.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 168.3 / 142.6 - 1 = 18.022% -> 18.0
            ("cagr|implied", "exact"),  # 23.5 / 24.1 - 1 = -2.490% -> -2.5
            ("cagr|implied", "exact"),  # 33.2 / 31.8 - 1 = 4.403% -> 4.4
            # 4.6 / 4.2 - 1 = 9.524%, not 10.5 +- 0.05; bounds (4.55 / 4.25) -> 7.059%, (4.65 / 4.15) -> 12.048%:
            # 10.5 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 229.6 / 202.7 - 1 = 13.271% -> 13.3
            # 142.6 + 24.1 + 31.8 + 4.2 = 202.7; 168.3 + 23.5 + 33.2 + 4.6 = 229.6
            ("hierarchy", "exact"),
        ],
    ),
    # 39. an association's vertical pipe table of fiscal years in "(US$ billion)": Exports each year (FY2026F an
    #     estimate) and a "YoY" column (one reached only at the rounding); the fiscal-year note nowhere
    dict(
        text=(
            "India Cellular Devices Association · Smartphone exports by fiscal year\n"
            "(US$ billion)\n"
            "| Fiscal year | Exports | YoY |\n"
            "|---|---|---|\n"
            "| FY2021 | 3.1 | — |\n"
            "| FY2022 | 5.8 | 87.1% |\n"
            "| FY2023 | 11.1 | 91.4% |\n"
            "| FY2024 | 15.6 | 40.5% |\n"
            "| FY2025 | 24.1 | 54.5% |\n"
            "| FY2026F | 31.5 | 31.0% |\n"
            "FY = April to March; F = association forecast."
        ),
        obs=[
            ("Exports", 2021, 3.1, "USD billion", "actual"),
            ("Exports", 2022, 5.8, "USD billion", "actual"),
            ("Exports", 2023, 11.1, "USD billion", "actual"),
            ("Exports", 2024, 15.6, "USD billion", "actual"),
            ("Exports", 2025, 24.1, "USD billion", "actual"),
            ("Exports", 2026, 31.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 87.1, "percent", 2021, 2022, 1.0),
            ("growth", 91.4, "percent", 2022, 2023, 1.0),
            ("growth", 40.5, "percent", 2023, 2024, 1.0),
            ("growth", 54.5, "percent", 2024, 2025, 1.0),
            ("growth", 31.0, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5.8 / 3.1 - 1 = 87.097% -> 87.1
            ("cagr|implied", "exact"),  # 11.1 / 5.8 - 1 = 91.379% -> 91.4
            ("cagr|implied", "exact"),  # 15.6 / 11.1 - 1 = 40.541% -> 40.5
            ("cagr|implied", "exact"),  # 24.1 / 15.6 - 1 = 54.487% -> 54.5
            # 31.5 / 24.1 - 1 = 30.705%, not 31.0 +- 0.05; bounds (31.45 / 24.15) -> 30.228%, (31.55 / 24.05) ->
            # 31.185%: 31.0 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 40. a customs district's aligned table in 亿美元: 出口金额 and 进口金额 rows adding to a 进出口总额 row, each with its
    #     比上年增长
    dict(
        text=(
            "江城海关统计：2024年关区集成电路进出口情况（单位：亿美元）\n"
            "项目            2023年      2024年     比上年增长\n"
            "出口金额        1,262.4     1,485.7      17.7%\n"
            "进口金额        3,493.8     3,856.2      10.4%\n"
            "进出口总额      4,756.2     5,341.9      12.3%"
        ),
        obs=[
            ("出口金额", 2023, 1262.4, "USD 100 million", "actual"),
            ("出口金额", 2024, 1485.7, "USD 100 million", "actual"),
            ("进口金额", 2023, 3493.8, "USD 100 million", "actual"),
            ("进口金额", 2024, 3856.2, "USD 100 million", "actual"),
            ("进出口总额", 2023, 4756.2, "USD 100 million", "actual"),
            ("进出口总额", 2024, 5341.9, "USD 100 million", "actual"),
        ],
        claims=[
            ("growth", 17.7, "percent", 2023, 2024, 1.0),
            ("growth", 10.4, "percent", 2023, 2024, 1.0),
            ("growth", 12.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1485.7 / 1262.4 - 1 = 17.689% -> 17.7
            ("cagr|implied", "exact"),  # 3856.2 / 3493.8 - 1 = 10.373% -> 10.4
            ("cagr|implied", "exact"),  # 5341.9 / 4756.2 - 1 = 12.314% -> 12.3
            ("hierarchy", "exact"),  # 1262.4 + 3493.8 = 4756.2; 1485.7 + 3856.2 = 5341.9
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "sixty-eighth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 7, "inconsistent": 7, "rounding": 10, "exact": 63}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "exports of integrated circuits rose 27.4%",
    "January to December 2024",
    "Imports of integrated circuits grew 11.2%",
    "fell 2.4 per cent on the year",
    "the 2023 figure was restated to £42.89",
    "from £43.37 billion previously",
    "forecasts a further 8.1% rise",
    "rose 9.1 per cent on the year",
    "April–September half of fiscal 2024",
    "8.7% below the €12.68 billion recorded a year before",
    "2.3 percentage points",
    "S$142.7 billion",
    "year-on-year growth of 5.3%",
    "reached a full-year US$ 235.8 billion",
    "1,012 establishments and 184,600 employees",
    "first nine months of the year",
    "or 37.3% of the total",
    "against a 2020 base of 100",
    "a 70.3% share",
    "nearly double the US$ 58.2 billion of FY2020",
    "Fourth-quarter revenue",
    "集成电路出口金额为3,126.8亿元",
    "进口金额同比下降4.3%",
    "经核实修订为16,943亿元",
    "增速较上年回落3.0个百分点",
    "累计完成软件业务收入",
    "软件业务出口21.4亿美元",
    "（2023年：2,612亿元）",
    "明年有望",
    "景气指数",
    "将超过2.1万亿元",
    "較上年增加12.7%",
    "受僱員工人數",
    "年增率29.6%",
    "經修訂後為245.8億港元",
    "較今年的8,412億元",
    "| Percentage change |",
    "£000",
    "Full year 2024",
    "('000)",
    "1-12月累计",
    "比上年增长（%）",
    "按年變動百分率",
    "百萬港元",
    "2025F",
    "| FY2026F |",
    "进出口总额",
)
#: the set's blind score (written without reading or running the extractor, scored once on each of two commits): 122
#: figures, 58 rates, 58 verdicts and 3 false inconsistent before the rules chosen on the sixty-fifth set (the whole
#: year of an official release, revisions, '000, "percentage change", a year a rise's base restates); 132, 73, 73 and
#: 2 after them; held out (its misses not looked at) while rules were chosen on the sixty-seventh: 143, 74, 75, 2; and
#: while the second round chosen on the sixty-seventh (Taiwan's years, a month's column, revisions, parts' shares of
#: "the EU total", 全行业): 150, 75, 76, 1
FLOORS = {"figures_found": 150, "rates_found": 76, "verdicts_right": 77}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset68.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
