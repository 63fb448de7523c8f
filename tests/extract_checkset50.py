"""A fiftieth check set for the extractor, written blind: a general mix an analyst pastes in one afternoon, on AI and on
the markets beside it (chip-making equipment, cloud software, cybersecurity, industrial and warehouse robots, EV
batteries, digital health, edtech, fintech) -- a listed company's annual report's "Industry Overview" that ends on the
group's own revenue, an investor presentation's slide bullets ("Addressable market, 2024A:", "Implied growth: ~18% a
year"), a ministry's numbered statistical bulletin in yen, a trade association's yearbook with a range ("between €24
billion and €27 billion"), a sell-side summary with a "2024-27E CAGR", a central bank's box in "end-2024" stocks, a
development bank's outlook, a research firm's FAQ page ("What is the market size in 2024?"), a conference paper's
introduction with bracketed references, a podcast transcript with timestamps, two e-mails, a Hong Kong MD&A in HK$
million, a Taiwan office's English release in NT$ and a Tokyo release in fiscal years; Chinese 年报 行业情况 that ends on the
company's own 营业收入, 招股说明书 行业概况 (自……扩大至……，期间年均复合增长率 and 2024年至2028年间的年复合增速), a provincial 统计公报 with a second market
beside the first, a 动力电池 年鉴 with 减少, a 研报 摘要 (预计2025-2027年分别为……, CAGR约为), a 政府工作报告's 力争突破 and 左右 targets, a 公众号 article
under its 原创 line (去年, 今年), 扩大至原来的4.3倍, 下滑; Traditional Chinese from a Taiwan 產業年鑑 (衰退), a Hong Kong 政府新聞公報 with its 完
and time lines, a Taiwan research firm's 年複合成長率 and a Hong Kong trade body's 按年增長; and tables in pipes, tabs and aligned
columns (a unit line above the header, years as columns and as rows, segment rows over a Total or 合计 row, a "Total YoY"
column, a "2024–29 CAGR" and a "Share 2024" column, a 占比 column, an AI产品渗透率 column that is no share, E and F years,
fiscal years in yen).

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

What this set's sources add to them. An annual report's "Industry Overview" gives "US$104.6 billion in 2024, 9.4% higher
than the US$95.6 billion of 2023" both years with their rate, "Mainland China accounted for US$43.9 billion, or 42.0% of
the world total" a part with its share and an ``arithmetic`` verdict, and "Saltmarsh forecasts sales of US$109.8 billion
in 2025 and US$121.5 billion in 2026" two ``estimate`` figures, while the group's own revenue and its 14% are expected
nowhere. An investor presentation's slide bullets size the addressable market (the ``Total``): "Addressable market,
2024A: $7.4bn" is ``actual`` and "2029E: $16.9bn" an ``estimate``, "Implied growth: ~18% a year" is ``inferred`` over
2024-2029, "Europe: $2.6bn of the 2024A total (35%)" a part with its share in brackets, and the slide number and "Our
FY2024 revenue" nothing. A ministry's "Statistical Bulletin No. 212" gives "¥896.4 billion in 2024, a fall of 5.2% from
¥945.5 billion in 2023" both years in JPY billion with a negative rate, and "Exports accounted for ¥681.3 billion,
equivalent to 76.0% of shipments" a part with its share; the bulletin number, the release date and the 41 establishments
are boilerplate. A trade association's yearbook gives "€21.7 billion in 2024, an increase of 21.2% on the €17.9 billion
recorded a year earlier" both years and their rate, "Automotive cells made up €16.2 billion of that, or 74.7%" a part
with its share, and "between €24 billion and €27 billion" for 2025 a range (two ``value`` claims), the edition's year,
the chapter and the 64 members nowhere. A sell-side summary's "$19.8bn in 2024 and forecast $29.0bn in 2027E, a 2024-27E
CAGR of 15.2%" prints its span in short digits with an E (``stated``) and is contradicted by its amounts; "28% of 2024
spend" is a share whose part is not printed and the rating, price target and upside are boilerplate. A central bank's
box counts stocks at year-ends: "€18.3 billion at end-2024 from €11.9 billion at end-2022" gives 2024 and 2022,
"equivalent to average annual growth of roughly 24%" is ``inferred`` over two years, "about 31% of the end-2024 stock" a
share and the arrears rate no share of the market. A development bank's outlook gives "US$6.8 billion in 2023" (a past
year's estimate is ``actual``) and "could reach US$19.5 billion by 2030, average growth of 16% a year" an ``estimate``
with an ``inferred`` rate over seven years, and "37% of 2023 spending" a share. A research firm's FAQ page answers "What
is the market size in 2024?" with "USD 5.47 billion in 2024", "a CAGR of 31.5% from 2024 to 2030" is ``stated`` and
borne out by "USD 28.30 billion in 2030", and "a 41.8% share of 2024 revenue" is a share. A conference paper's
introduction gives "$118 billion in 2024, a 2.6-fold increase over the $45 billion of 2023" both years and a multiple
(x2.6 over one year, no verdict), "exceeding $300 billion by 2028" an approximate ``estimate``, and its bracketed
references and section numbers nothing. A podcast recorded on 4 March 2025 has "about $9.6 billion last year" (2024,
approximate), "This year ... $11.9 billion, so call it 24% growth" (2025's ``estimate`` with its rate) and "by 2030 ...
somewhere around $30 billion"; the episode number and the timestamps are boilerplate. An e-mail to a client gives
"$4.35bn in 2023 and $5.62bn in 2024 (+29.2%)" both years and their rate in brackets, "Their 2027 forecast is $9.1bn" an
``estimate`` and "Hospital-at-home programmes were $1.48bn of the 2024 figure, i.e. 26.3%" a part with its share. A
London story's "rose 38% to £212m in 2024, from £153m the year before" opens the series in GBP million with a rate
reached only at the rounding of its amounts, and "pass £1bn by 2030" is expected as 1000. A Hong Kong MD&A's industry
review in HK$ million gives 2021, 2024 and 2028, "a compound annual growth rate of 25.0% over the period" ``inferred``
over 2021-2024 and "a CAGR of 19.4% between 2024 and 2028" ``stated``. A Taiwan office's English release gives "NT$80.6
billion in 2024, up 12.4% from NT$71.7 billion in 2023" in TWD billion with its rate, "above NT$100 billion by 2026" an
approximate target (``estimate``) and "Security services made up NT$31.2 billion of last year's total" a part without a
share. An e-mail headed "Date: 2 October 2025" gives "$28.4bn this year, up 64% on 2024" (2025's ``estimate``, the
rate's base not printed) and "$41.0bn next year (+44%)" 2026's with its verdict; "Roughly half" is a fraction in words.
A Tokyo release gives "¥38.6 billion in fiscal 2024" and "¥72.0 billion for fiscal 2029" (an ``estimate``), "compound
growth of 13.3% a year between fiscal 2024 and fiscal 2029" ``stated``, and "64% of fiscal 2024 sales" a share.

In Chinese: a 年报's 报告期内公司所处行业情况 gives 14,313亿元 and 较2023年的12,276亿元增长16.6% both years and their rate,
设计业销售额为6,460亿元，占全行业的45.1% a part (``设计业``) with its share, and the company's own 营业收入18.62亿元 and its 21.3% nothing; a
招股说明书's 自2020年的11.6亿元扩大至2024年的39.8亿元，期间年均复合增长率为36.1% is ``inferred`` (期间 prints no span) and 2024-2029年年均复合增长率为32.5%
``stated``, 于2029年将达到 an ``estimate``; a provincial 统计公报摘要 names 锂离子电池制造业 first (the ``Total``) and 人工智能核心产业 beside it
(an item of its own name), each with a rate whose base is not printed, and the title's year and the 21,480家 firms
nowhere; a 动力电池 年鉴's 较2023年的4,686亿元减少12.1% is a negative rate with its base and 乘用车领域3,072亿元，占74.6% a part with its
share; a 研报 摘要's 预计2025-2027年分别为186亿元、229亿元、281亿元 gives each year, in order, its ``estimate``, 2024-2027年CAGR约为22.8% is
``stated`` and reached only at the rounding of its amounts, and the 评级 and 风险提示 lines are nothing; a 政府工作报告 dated
2025年1月14日 gives 2024's 862亿元 with 增长31% (no base), 今年将力争突破1,000亿元 2025's approximate ``estimate`` and 到2027年达到1,800亿元左右
2027's; a 公众号 article under 原创 医健前哨 2025年8月6日 gives 去年 2024's 3,480亿元 with 同比增长18.9%, 今年……4,100亿元左右，同比增长约18% 2025's
``estimate`` with its verdict, 接近6,000亿元 2027's and 去年，在线问诊约占市场规模的27% a share of 2024;
由2022年的55亿元增至2024年的236亿元，两年间扩大至原来的4.3倍 is a multiple, x4.3 over 2022-2024, and 预计2025年将达到410亿元，同比增长73.7% an ``estimate``
with its rate; a second 招股说明书 gives 下降至 and 回升至 years without rates and 2024年至2028年间的年复合增速为16.8% ``stated`` and
contradicted by its amounts; an alliance's 2024年……165亿美元，较上年下滑4.3%，2023年为172亿美元 is a negative rate whose base follows
it, reached only at the rounding, and 占比约为41% a share. In Traditional Chinese a Taiwan 產業年鑑's
新台幣318.6億元，較2023年的352.1億元衰退9.5% is a negative rate with its base in TWD 100 million and 年鑑預估……可望回升至341億元 2025's
``estimate``, the edition's year nothing; a Hong Kong 政府新聞公報 gives 186.4億港元 and 較2023年的152.7億港元上升22.1% in HKD 100
million and 金融及保險業的開支為63.2億港元，佔總額的33.9% a part with its share, its 今日（六月二十日）, 完, release date and 香港時間 lines
boilerplate; a Taiwan research firm's 預估將由2024年的1,180億美元成長至2030年的2,650億美元，年複合成長率達15.4% is ``inferred`` and contradicted
by its amounts, and 亞太地區2024年占比為56.8% a share; a Hong Kong trade body dated 2025年4月22日 gives 去年……42.6億港元，按年增長14.8% (no
base), 預計今年可達49億港元，增長約15% 2025's ``estimate`` with its verdict and 2027年更將增至65億港元, the 近七成 of respondents a survey's
answer.

In tables: a pipe table under a unit line ("Units: US$ billion") gives each segment its 2023 and 2024 ``actual`` and
2025E and 2026E ``estimate`` figures, its Total row the whole (``hierarchy``) and its source line nothing; a Chinese
tab-separated table of years under 单位：亿元 gives ``销售额`` each year (2025E an ``estimate``) and its 同比增长 column each year's
rate, a decline among them and 2024's contradicted by its figures, the title's years and 注 line boilerplate; an aligned
table of years in "(EUR billion)" gives its Cells and Packs columns and their Total column each year (2025F an
``estimate``), the columns adding to the Total; a Traditional Chinese pipe table whose title carries the year and
單位：新台幣億元 gives each 類別 its 產值 and its 占比 (``arithmetic``), its 合計 the whole and its 100.0% no claim; a tab-separated
table in "(£ million)" gives each segment its 2023 and 2024 figures and its YoY rate (Mortgage tech's reached only at
the rounding of its figures) and its Total the whole; a Chinese aligned table under （单位：亿元） with years as columns gives
each 细分领域 its figures (2025E and 2026E ``estimate``) over a 合计 row; a pipe table in "(USD billion)" with a 2029F column
gives each region its ``stated`` "2024–29 CAGR" and its "Share 2024" (``arithmetic``), its Total the whole and its
100.0% no claim; a Chinese tab-separated table of years under 单位：亿元 gives ``市场规模`` each year and its 同比增速 (a decline
first), while its AI产品渗透率 column is a penetration rate expected nowhere, as are 表2-3 and the title's years; an aligned
table in "(¥ billion; fiscal years ending March)" counts FY2023, FY2024 and FY2025E as 2023, 2024 and 2025 (the last an
``estimate``), its "YoY FY2025E" column each segment's 2024-2025 rate (Learning apps' reached only at the rounding) and
its Total row the whole; and a pipe table of years under "(US$ bn)" gives its Data center and Edge columns and their
Total column each year (2025F and 2026F ``estimate``) and its "Total YoY" column the Total's rates, 2026F's contradicted
by its figures. Markets vary (wafer fabrication equipment, cloud ERP for mid-sized manufacturers, industrial robots in
Japan, EU battery cells and packs, identity security, buy-now-pay-later credit in the euro area, digital health in South
and Southeast Asia, AI in education, data-center AI accelerators, warehouse robotics, US remote patient monitoring, UK
EV battery recycling, Hong Kong wealthtech platforms, Taiwan's cybersecurity industry, AI PC processors, online medical
consultations in Japan, 集成电路, 协作机器人, 锂离子电池制造业, 人工智能核心产业, 动力电池, 数据安全, 互联网医疗, AI智能体, K12智能教育硬件, 全球工业机器人, 工業機器人, 雲端服務,
電動車電池, 網絡安全服務, public cloud application software, 中国工业机器人, European EV batteries, 智慧醫療, UK digital lending, 数字医疗,
AI-driven cybersecurity, 在线教育, Japan's EdTech, AI chips); publishers, speakers and companies are invented, the sentences
are the project's own and the figures plausible. ``python tests/extract_checkset50.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. an annual report's "Industry Overview": "9.4% higher than the ... of 2023", a region's amount with its share of
    #    the world total, a research firm's two forecasts; the group's own revenue and its rate nowhere
    dict(
        text=(
            "Industry Overview\n"
            "According to Saltmarsh Semiconductor Research, worldwide sales of wafer fabrication equipment amounted to "
            "US$104.6 billion in 2024, 9.4% higher than the US$95.6 billion of 2023. Mainland China accounted for "
            "US$43.9 billion, or 42.0% of the world total. Saltmarsh forecasts sales of US$109.8 billion in 2025 and "
            "US$121.5 billion in 2026. For the year, the Group's revenue rose 14% to HK$8.2 billion."
        ),
        obs=[
            ("Total", 2024, 104.6, "USD billion", "actual"),
            ("Total", 2023, 95.6, "USD billion", "actual"),
            ("Mainland China", 2024, 43.9, "USD billion", "actual"),
            ("Total", 2025, 109.8, "USD billion", "estimate"),
            ("Total", 2026, 121.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 9.4, "percent", 2023, 2024, 1.0),
            ("share", 42.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 104.6 / 95.6 - 1 = 9.414% -> 9.4 (bounds 9.305-9.524)
            ("arithmetic", "exact"),  # 43.9 / 104.6 = 41.969% -> 42.0
        ],
    ),
    # 2. an investor presentation's slide bullets: the addressable market (Total) in 2024A and 2029E, "Implied growth:
    #    ~18% a year" (inferred), a region's amount with its share in brackets; the company's FY2024 revenue nowhere
    dict(
        text=(
            "Investor Presentation — September 2025\n"
            "Slide 9: A large, under-penetrated market\n"
            "• Addressable market, 2024A: $7.4bn (cloud ERP for mid-sized manufacturers)\n"
            "• Addressable market, 2029E: $16.9bn\n"
            "• Implied growth: ~18% a year\n"
            "• Europe: $2.6bn of the 2024A total (35%)\n"
            "• Our FY2024 revenue: $312m"
        ),
        obs=[
            ("Total", 2024, 7.4, "USD billion", "actual"),
            ("Total", 2029, 16.9, "USD billion", "estimate"),
            ("Europe", 2024, 2.6, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2029, None, "inferred"),
            ("share", 35, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (16.9 / 7.4) ** (1 / 5) - 1 = 17.959% -> 18 (bounds 17.730-18.189)
            ("arithmetic", "exact"),  # 2.6 / 7.4 = 35.135% -> 35
        ],
    ),
    # 3. a ministry's numbered statistical bulletin in yen: "a fall of 5.2% from ... in 2023", a part "equivalent to
    #    76.0% of shipments"; the bulletin number and the establishments counted nowhere
    dict(
        text=(
            "Statistical Bulletin No. 212 (released 28 February 2025)\n"
            "Industrial robot shipments by domestic manufacturers were valued at ¥896.4 billion in 2024, a fall of "
            "5.2% from ¥945.5 billion in 2023. Exports accounted for ¥681.3 billion, equivalent to 76.0% of "
            "shipments. The figures are compiled from returns by 41 establishments."
        ),
        obs=[
            ("Total", 2024, 896.4, "JPY billion", "actual"),
            ("Total", 2023, 945.5, "JPY billion", "actual"),
            ("Exports", 2024, 681.3, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", -5.2, "percent", 2023, 2024, 1.0),
            ("share", 76.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 896.4 / 945.5 - 1 = -5.193% -> -5.2 (bounds -5.203 to -5.183)
            ("arithmetic", "exact"),  # 681.3 / 896.4 = 76.004% -> 76.0
        ],
    ),
    # 4. a trade association's yearbook: "an increase of 21.2% on the ... recorded a year earlier", a part "made up ...
    #    of that, or 74.7%", a range for 2025 (two value claims); the edition, chapter and members nowhere
    dict(
        text=(
            "Battery Europe Yearbook 2025, Chapter 3: Production\n"
            "Turnover of cell and pack producers located in the EU reached €21.7 billion in 2024, an increase of 21.2% "
            "on the €17.9 billion recorded a year earlier. Automotive cells made up €16.2 billion of that, or 74.7%. "
            "For 2025, the association's 64 member companies expect turnover of between €24 billion and €27 billion."
        ),
        obs=[
            ("Total", 2024, 21.7, "EUR billion", "actual"),
            ("Total", 2023, 17.9, "EUR billion", "actual"),
            ("Automotive cells", 2024, 16.2, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 21.2, "percent", 2023, 2024, 1.0),
            ("share", 74.7, "percent", 2024, 2024, None),
            ("value", 24, "EUR billion", 2025, 2025, None),
            ("value", 27, "EUR billion", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 21.7 / 17.9 - 1 = 21.229% -> 21.2 (bounds 20.613-21.849)
            ("arithmetic", "exact"),  # 16.2 / 21.7 = 74.654% -> 74.7
        ],
    ),
    # 5. a sell-side note's summary: "a 2024-27E CAGR of 15.2%" (stated, short digits with an E) its amounts contradict;
    #    a share of 2024 whose part is not printed; the rating, price target and upside nowhere
    dict(
        text=(
            "Brandt Sterling Equity Research — Identity security: initiating coverage (14 May 2025)\n"
            "Summary: We estimate the identity security market at $19.8bn in 2024 and forecast $29.0bn in 2027E, a "
            "2024-27E CAGR of 15.2%. Privileged access management made up 28% of 2024 spend. We initiate on Tollund "
            "at Overweight with a $148 price target, 22% upside."
        ),
        obs=[
            ("Total", 2024, 19.8, "USD billion", "actual"),
            ("Total", 2027, 29.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.2, "percent", 2024, 2027, None, "stated"),
            ("share", 28, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (29.0 / 19.8) ** (1 / 3) - 1 = 13.565%; bounds (28.95 / 19.85) -> 13.404%, (29.05 / 19.75) -> 13.726%:
            # 15.2 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 6. a central bank's box: stocks "at end-2024 from ... at end-2022" (2024, 2022), "equivalent to average annual
    #    growth of roughly 24%" (inferred); "about 31%" a share, the arrears rate no share; the box number nowhere
    dict(
        text=(
            "Financial Stability Review, November 2025 — Box 4\n"
            "Outstanding buy-now-pay-later credit in the euro area rose to €18.3 billion at end-2024 from €11.9 "
            "billion at end-2022, equivalent to average annual growth of roughly 24%. Cross-border purchases made up "
            "about 31% of the end-2024 stock, while the arrears rate on those balances stood at 3.4%."
        ),
        obs=[
            ("Total", 2024, 18.3, "EUR billion", "actual"),
            ("Total", 2022, 11.9, "EUR billion", "actual"),
        ],
        claims=[
            ("cagr", 24, "percent", 2022, 2024, None, "inferred"),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (18.3 / 11.9) ** (1 / 2) - 1 = 24.009% -> 24 (bounds 23.580-24.440)
        ],
    ),
    # 7. a development bank's outlook: a past year's estimate is actual, "could reach ... by 2030, average growth of 16%
    #    a year" (inferred over seven years), a share of 2023; the chapter and the title's year nowhere
    dict(
        text=(
            "Chapter 2 of the Bank's Digital Economy Outlook 2025 estimates that spending on digital health services "
            "in South and Southeast Asia came to US$6.8 billion in 2023 and could reach US$19.5 billion by 2030, "
            "average growth of 16% a year. Telemedicine held the largest slice, at 37% of 2023 spending."
        ),
        obs=[
            ("Total", 2023, 6.8, "USD billion", "actual"),
            ("Total", 2030, 19.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2023, 2030, None, "inferred"),
            ("share", 37, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (19.5 / 6.8) ** (1 / 7) - 1 = 16.241% -> 16 (bounds 16.077-16.407)
        ],
    ),
    # 8. a research firm's FAQ page: the year in the question and in the answer, "a CAGR of 31.5% from 2024 to 2030"
    #    (stated), a share of 2024 revenue whose part is not printed
    dict(
        text=(
            "Frequently Asked Questions\n"
            "What is the market size in 2024?\n"
            "The global AI in education market was valued at USD 5.47 billion in 2024.\n"
            "How fast will it grow?\n"
            "We project a CAGR of 31.5% from 2024 to 2030, lifting revenue to USD 28.30 billion in 2030.\n"
            "Which segment leads?\n"
            "Higher education, with a 41.8% share of 2024 revenue."
        ),
        obs=[
            ("Total", 2024, 5.47, "USD billion", "actual"),
            ("Total", 2030, 28.30, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 31.5, "percent", 2024, 2030, None, "stated"),
            ("share", 41.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (28.30 / 5.47) ** (1 / 6) - 1 = 31.512% -> 31.5 (bounds 31.488-31.536)
        ],
    ),
    # 9. a conference paper's introduction: "a 2.6-fold increase over the ... of 2023" (x2.6 over one year), "exceeding
    #    $300 billion by 2028" (approximate, estimate); the bracketed references and section numbers nowhere
    dict(
        text=(
            "1. Introduction\n"
            "The spread of large language models has reshaped demand for inference hardware. Industry estimates put "
            "data-center AI accelerator revenue at $118 billion in 2024, a 2.6-fold increase over the $45 billion of "
            "2023 [3], and one forecast has it exceeding $300 billion by 2028 [7]. Energy per token, however, has "
            "fallen far more slowly than cost per token [12]. Section 2 surveys related work and Section 3 describes "
            "our simulator."
        ),
        obs=[
            ("Total", 2024, 118, "USD billion", "actual"),
            ("Total", 2023, 45, "USD billion", "actual"),
            ("Total", 2028, 300, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.6, "multiple", 2023, 2024, 1.0),  # 118 / 45 = 2.62: a 2.6-fold increase
        ],
        verdicts=[],
    ),
    # 10. a podcast transcript under its recording date: "about $9.6 billion last year", "This year ... $11.9 billion,
    #     so call it 24% growth", "somewhere around $30 billion" by 2030; the episode number and timestamps nowhere
    dict(
        text=(
            "The Automation Hour, episode 112 (recorded 4 March 2025)\n"
            "[00:14:32] MAYA: So how big is this market, really?\n"
            "[00:14:36] DEV: On our numbers, warehouse robotics worldwide was about $9.6 billion last year. This year "
            "we think it does $11.9 billion, so call it 24% growth, and by 2030 you're somewhere around $30 billion.\n"
            "[00:15:02] MAYA: Does that include the fleets retailers build themselves?\n"
            "[00:15:05] DEV: No, in-house builds sit outside the number."
        ),
        obs=[
            ("Total", 2024, 9.6, "USD billion", "actual"),
            ("Total", 2025, 11.9, "USD billion", "estimate"),
            ("Total", 2030, 30, "USD billion", "estimate"),
        ],
        claims=[("growth", 24, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 11.9 / 9.6 - 1 = 23.958% -> 24 (bounds 22.798-25.131)
        ],
    ),
    # 11. an e-mail to a client: "$4.35bn in 2023 and $5.62bn in 2024 (+29.2%)", "Their 2027 forecast", a part "of the
    #     2024 figure, i.e. 26.3%"
    dict(
        text=(
            "Subject: RE: sizing for Thursday's board pack\n"
            "Hi Priya,\n"
            "As promised: Rowan & Pike Health Analytics puts US remote patient monitoring at $4.35bn in 2023 and "
            "$5.62bn in 2024 (+29.2%). Their 2027 forecast is $9.1bn. Hospital-at-home programmes were $1.48bn of the "
            "2024 figure, i.e. 26.3%.\n"
            "Shout if you need the regional split.\n"
            "Best,\n"
            "Tom"
        ),
        obs=[
            ("Total", 2023, 4.35, "USD billion", "actual"),
            ("Total", 2024, 5.62, "USD billion", "actual"),
            ("Total", 2027, 9.1, "USD billion", "estimate"),
            ("Hospital-at-home programmes", 2024, 1.48, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 29.2, "percent", 2023, 2024, 1.0),
            ("share", 26.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5.62 / 4.35 - 1 = 29.195% -> 29.2
            ("arithmetic", "exact"),  # 1.48 / 5.62 = 26.335% -> 26.3
        ],
    ),
    # 12. a news story: "rose 38% to £212m in 2024, from £153m the year before" (a rate reached only at the rounding of
    #     its amounts); "£212m" opens the series in GBP million, so "pass £1bn by 2030" is expected as 1000
    dict(
        text=(
            "LONDON, 11 February 2025 — UK spending on EV battery recycling rose 38% to £212m in 2024, from £153m the "
            "year before, according to research firm Grayling & Mott, which expects the market to pass £1bn by 2030."
        ),
        obs=[
            ("Total", 2024, 212, "GBP million", "actual"),
            ("Total", 2023, 153, "GBP million", "actual"),
            ("Total", 2030, 1000, "GBP million", "estimate"),
        ],
        claims=[("growth", 38, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 212 / 153 - 1 = 38.562%, not 38 +- 0.5; bounds (211.5 / 153.5) -> 37.785%, (212.5 / 152.5) -> 39.344%:
            # 38 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. a Hong Kong MD&A's industry review in HK$ million: "a compound annual growth rate of 25.0% over the period"
    #     (inferred, 2021-2024) and "a CAGR of 19.4% between 2024 and 2028" (stated)
    dict(
        text=(
            "Management Discussion and Analysis — Industry review\n"
            "According to an industry report commissioned from Harbourline Consulting, revenue of Hong Kong's "
            "wealthtech platforms grew from HK$1,286 million in 2021 to HK$2,514 million in 2024, a compound annual "
            "growth rate of 25.0% over the period, and is expected to reach HK$5,102 million in 2028, a CAGR of 19.4% "
            "between 2024 and 2028."
        ),
        obs=[
            ("Total", 2021, 1286, "HKD million", "actual"),
            ("Total", 2024, 2514, "HKD million", "actual"),
            ("Total", 2028, 5102, "HKD million", "estimate"),
        ],
        claims=[
            ("cagr", 25.0, "percent", 2021, 2024, None, "inferred"),
            ("cagr", 19.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2514 / 1286) ** (1 / 3) - 1 = 25.038% -> 25.0 (bounds 25.013-25.062)
            ("cagr", "exact"),  # (5102 / 2514) ** (1 / 4) - 1 = 19.356% -> 19.4 (bounds 19.347-19.365)
        ],
    ),
    # 14. a Taiwan office's English release in NT$ billion: "up 12.4% from", a target "above NT$100 billion by 2026"
    #     (approximate, estimate), a part "of last year's total" without a share
    dict(
        text=(
            "TAIPEI, 18 March 2025 — Taiwan's cybersecurity industry generated output of NT$80.6 billion in 2024, up "
            "12.4% from NT$71.7 billion in 2023, the Digital Industry Office said on Tuesday. The office aims to lift "
            "annual output above NT$100 billion by 2026. Security services made up NT$31.2 billion of last year's "
            "total."
        ),
        obs=[
            ("Total", 2024, 80.6, "TWD billion", "actual"),
            ("Total", 2023, 71.7, "TWD billion", "actual"),
            ("Total", 2026, 100, "TWD billion", "estimate"),
            ("Security services", 2024, 31.2, "TWD billion", "actual"),
        ],
        claims=[("growth", 12.4, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 80.6 / 71.7 - 1 = 12.413% -> 12.4 (bounds 12.265-12.561)
        ],
    ),
    # 15. an e-mail under its "Date:" header: "this year, up 64% on 2024" (no base printed), "$41.0bn next year (+44%)";
    #     "Roughly half" a fraction in words
    dict(
        text=(
            "From: Lena Vos\n"
            "To: Harbor Capital deal team\n"
            "Date: 2 October 2025\n"
            "Subject: AI PC processor sizing\n"
            "Quick answer to yesterday's question: we have the AI PC processor market at $28.4bn this year, up 64% on "
            "2024, and $41.0bn next year (+44%). Roughly half of this year's spend goes on notebook CPUs with an NPU."
        ),
        obs=[
            ("Total", 2025, 28.4, "USD billion", "estimate"),
            ("Total", 2026, 41.0, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 64, "percent", 2024, 2025, 1.0),
            ("growth", 44, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 41.0 / 28.4 - 1 = 44.366% -> 44 (bounds 43.937-44.797)
        ],
    ),
    # 16. a Tokyo release in fiscal years: "between fiscal 2024 and fiscal 2029" (stated), a share of fiscal 2024 sales
    dict(
        text=(
            "TOKYO, 9 July 2025 — Japan's market for online medical consultations reached ¥38.6 billion in fiscal "
            "2024, Hanamichi Research Institute said. It projects ¥72.0 billion for fiscal 2029, which implies "
            "compound growth of 13.3% a year between fiscal 2024 and fiscal 2029. Consultations booked through "
            "smartphone apps accounted for 64% of fiscal 2024 sales."
        ),
        obs=[
            ("Total", 2024, 38.6, "JPY billion", "actual"),
            ("Total", 2029, 72.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 13.3, "percent", 2024, 2029, None, "stated"),
            ("share", 64, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (72.0 / 38.6) ** (1 / 5) - 1 = 13.279% -> 13.3 (bounds 13.234-13.324)
        ],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. a 年报's 行业情况: 较2023年的……增长16.6% (a rate with its base), 设计业……占全行业的45.1% (a part with its share); the
    #     company's own 营业收入 and its rate nowhere
    dict(
        text=(
            "二、报告期内公司所处行业情况\n"
            "根据中国芯片产业促进会统计，2024年我国集成电路产业销售额为14,313亿元，较2023年的12,276亿元增长16.6%。其中，设计业"
            "销售额为6,460亿元，占全行业的45.1%。报告期内，公司实现营业收入18.62亿元，同比增长21.3%。"
        ),
        obs=[
            ("Total", 2024, 14313, "CNY 100 million", "actual"),
            ("Total", 2023, 12276, "CNY 100 million", "actual"),
            ("设计业", 2024, 6460, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 16.6, "percent", 2023, 2024, 1.0),
            ("share", 45.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 14313 / 12276 - 1 = 16.593% -> 16.6
            ("arithmetic", "exact"),  # 6460 / 14313 = 45.134% -> 45.1
        ],
    ),
    # 18. a 招股说明书's 行业概况: 自2020年的……扩大至2024年的……，期间年均复合增长率 (inferred) and 2024-2029年年均复合增长率 (stated)
    dict(
        text=(
            "第六节 业务与技术 二、发行人所处行业基本情况\n"
            "根据景略咨询的资料，按销售收入计，中国协作机器人市场规模自2020年的11.6亿元扩大至2024年的39.8亿元，期间年均复合增长率"
            "为36.1%；预计该市场规模于2029年将达到162.3亿元，2024-2029年年均复合增长率为32.5%。"
        ),
        obs=[
            ("Total", 2020, 11.6, "CNY 100 million", "actual"),
            ("Total", 2024, 39.8, "CNY 100 million", "actual"),
            ("Total", 2029, 162.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 36.1, "percent", 2020, 2024, None, "inferred"),
            ("cagr", 32.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (39.8 / 11.6) ** (1 / 4) - 1 = 36.099% -> 36.1 (bounds 35.910-36.289)
            ("cagr", "exact"),  # (162.3 / 39.8) ** (1 / 5) - 1 = 32.461% -> 32.5 (bounds 32.419-32.502)
        ],
    ),
    # 19. a provincial 统计公报: the first industry the Total, a second (人工智能核心产业) an item of its own name, each with its
    #     比上年增长 / 增长 (bases not printed); the title's year and the firms counted nowhere
    dict(
        text=(
            "（2025年3月1日）临江省2024年国民经济和社会发展统计公报摘要：2024年，全省规模以上工业中，锂离子电池制造业营业收入"
            "2,846.3亿元，比上年增长12.8%；人工智能核心产业营业收入1,120.5亿元，增长21.5%。年末全省规模以上工业企业21,480家。"
        ),
        obs=[
            ("Total", 2024, 2846.3, "CNY 100 million", "actual"),
            ("人工智能核心产业", 2024, 1120.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 12.8, "percent", 2023, 2024, 1.0),
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[],
    ),
    # 20. an association's 年鉴: 较2023年的……减少12.1% (a negative rate with its base), 乘用车领域……，占74.6%; the edition's year
    #     nowhere
    dict(
        text=(
            "《中国动力电池产业年鉴（2025）》显示，2024年我国动力电池企业实现销售收入4,120亿元，较2023年的4,686亿元减少12.1%，"
            "主要受电芯价格下行影响。其中，乘用车领域3,072亿元，占74.6%。"
        ),
        obs=[
            ("Total", 2024, 4120, "CNY 100 million", "actual"),
            ("Total", 2023, 4686, "CNY 100 million", "actual"),
            ("乘用车领域", 2024, 3072, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", -12.1, "percent", 2023, 2024, 1.0),
            ("share", 74.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4120 / 4686 - 1 = -12.079% -> -12.1
            ("arithmetic", "exact"),  # 3072 / 4120 = 74.563% -> 74.6
        ],
    ),
    # 21. a 研报 摘要: 预计2025-2027年分别为…… (each year, in order, an estimate), 2024-2027年CAGR约为22.8% (stated) reached only at
    #     the rounding of its amounts; the rating and the risk line nowhere
    dict(
        text=(
            "【投资要点】我们测算2024年我国数据安全市场规模为152亿元，预计2025-2027年分别为186亿元、229亿元、281亿元，2024-2027年"
            "CAGR约为22.8%。维持行业“增持”评级。风险提示：政策落地不及预期。"
        ),
        obs=[
            ("Total", 2024, 152, "CNY 100 million", "actual"),
            ("Total", 2025, 186, "CNY 100 million", "estimate"),
            ("Total", 2026, 229, "CNY 100 million", "estimate"),
            ("Total", 2027, 281, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 22.8, "percent", 2024, 2027, None, "stated")],
        verdicts=[
            # (281 / 152) ** (1 / 3) - 1 = 22.731%, not 22.8 +- 0.05; bounds (280.5 / 152.5) -> 22.524%,
            # (281.5 / 151.5) -> 22.939%: 22.8 is reached only at the rounding
            ("cagr", "rounding"),
        ],
    ),
    # 22. a 政府工作报告 under its dateline: 2024年……达到862亿元，增长31% (no base), 今年将力争突破1,000亿元 and 到2027年达到……左右
    #     (approximate targets, estimates); the session numbers are in words
    dict(
        text=(
            "（2025年1月14日）在市十七届人大四次会议开幕式上，市长作政府工作报告。报告指出，2024年全市人工智能核心产业规模达到862"
            "亿元，增长31%；今年将力争突破1,000亿元，到2027年达到1,800亿元左右。"
        ),
        obs=[
            ("Total", 2024, 862, "CNY 100 million", "actual"),
            ("Total", 2025, 1000, "CNY 100 million", "estimate"),
            ("Total", 2027, 1800, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 31, "percent", 2023, 2024, 1.0)],
        verdicts=[],
    ),
    # 23. a 公众号 article under its 原创 line: 去年 (2024), 今年……左右，同比增长约18% (2025, with its verdict), 到2027年接近6,000亿元,
    #     去年……约占市场规模的27% (a share of 2024)
    dict(
        text=(
            "原创 医健前哨 2025年8月6日\n"
            "一文读懂互联网医疗：据溪岚咨询统计，去年我国互联网医疗市场规模为3,480亿元，同比增长18.9%；预计今年将增至4,100亿元"
            "左右，同比增长约18%，到2027年接近6,000亿元。去年，在线问诊约占市场规模的27%。"
        ),
        obs=[
            ("Total", 2024, 3480, "CNY 100 million", "actual"),
            ("Total", 2025, 4100, "CNY 100 million", "estimate"),
            ("Total", 2027, 6000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.9, "percent", 2023, 2024, 1.0),
            ("growth", 18, "percent", 2024, 2025, 1.0),
            ("share", 27, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4100 / 3480 - 1 = 17.816% -> 18 (bounds 17.785-17.847)
        ],
    ),
    # 24. a dated research note: 由2022年的……增至2024年的……，两年间扩大至原来的4.3倍 (x4.3 over two years), 预计2025年……同比增长
    dict(
        text=(
            "（2025年5月20日）据智研前瞻统计，我国AI智能体市场规模由2022年的55亿元增至2024年的236亿元，两年间扩大至原来的4.3倍；"
            "预计2025年将达到410亿元，同比增长73.7%。"
        ),
        obs=[
            ("Total", 2022, 55, "CNY 100 million", "actual"),
            ("Total", 2024, 236, "CNY 100 million", "actual"),
            ("Total", 2025, 410, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4.3, "multiple", 2022, 2024, 2.0),  # 236 / 55 = 4.29: 扩大至原来的4.3倍
            ("growth", 73.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 410 / 236 - 1 = 73.729% -> 73.7
        ],
    ),
    # 25. a second 招股说明书: a fall (下降至) and a recovery (回升至) without rates, 2024年至2028年间的年复合增速为16.8% (stated)
    #     its amounts contradict
    dict(
        text=(
            "根据弗迪咨询出具的行业报告，中国K12智能教育硬件市场规模由2022年的412亿元下降至2023年的389亿元，随后回升至2024年的"
            "468亿元；预计2028年将达到826亿元，2024年至2028年间的年复合增速为16.8%。"
        ),
        obs=[
            ("Total", 2022, 412, "CNY 100 million", "actual"),
            ("Total", 2023, 389, "CNY 100 million", "actual"),
            ("Total", 2024, 468, "CNY 100 million", "actual"),
            ("Total", 2028, 826, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 16.8, "percent", 2024, 2028, None, "stated")],
        verdicts=[
            # (826 / 468) ** (1 / 4) - 1 = 15.261%; bounds (825.5 / 468.5) -> 15.213%, (826.5 / 467.5) -> 15.310%:
            # 16.8 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 26. an alliance citing international data in 亿美元: 较上年下滑4.3% (a negative rate, its base in the next clause)
    #     reached only at the rounding; 占比约为41% a share of 2024
    dict(
        text=(
            "东部机器人产业联盟援引国际机构数据称，2024年全球工业机器人市场规模为165亿美元，较上年下滑4.3%，2023年为172亿美元；"
            "其中中国市场占比约为41%。"
        ),
        obs=[
            ("Total", 2024, 165, "USD 100 million", "actual"),
            ("Total", 2023, 172, "USD 100 million", "actual"),
        ],
        claims=[
            ("growth", -4.3, "percent", 2023, 2024, 1.0),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 165 / 172 - 1 = -4.070%, not -4.3 +- 0.05; bounds (164.5 / 172.5) -> -4.638%, (165.5 / 171.5) -> -3.499%:
            # -4.3 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. a Taiwan 產業年鑑 in Traditional Chinese: 較2023年的……衰退9.5% (a negative rate with its base), 年鑑預估……可望回升至;
    #     the edition's year nowhere
    dict(
        text=(
            "依據《2025台灣機械產業年鑑》，2024年我國工業機器人產值為新台幣318.6億元，較2023年的352.1億元衰退9.5%；年鑑預估，"
            "2025年產值可望回升至341億元。"
        ),
        obs=[
            ("Total", 2024, 318.6, "TWD 100 million", "actual"),
            ("Total", 2023, 352.1, "TWD 100 million", "actual"),
            ("Total", 2025, 341, "TWD 100 million", "estimate"),
        ],
        claims=[("growth", -9.5, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 318.6 / 352.1 - 1 = -9.514% -> -9.5
        ],
    ),
    # 28. a Hong Kong 政府新聞公報 in Traditional Chinese: 較2023年的……上升22.1%, 金融及保險業……佔總額的33.9%; the date in words,
    #     the 完 line, the release date and the time line nowhere
    dict(
        text=(
            "政府統計處今日（六月二十日）公布，2024年本港企業在雲端服務方面的開支為186.4億港元，較2023年的152.7億港元上升22.1%。"
            "按行業劃分，金融及保險業的開支為63.2億港元，佔總額的33.9%。\n"
            "完\n"
            "2025年6月20日（星期五）\n"
            "香港時間16時30分"
        ),
        obs=[
            ("Total", 2024, 186.4, "HKD 100 million", "actual"),
            ("Total", 2023, 152.7, "HKD 100 million", "actual"),
            ("金融及保險業", 2024, 63.2, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 22.1, "percent", 2023, 2024, 1.0),
            ("share", 33.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186.4 / 152.7 - 1 = 22.069% -> 22.1
            ("arithmetic", "exact"),  # 63.2 / 186.4 = 33.906% -> 33.9
        ],
    ),
    # 29. a Taiwan research firm in Traditional Chinese: 預估將由2024年的……成長至2030年的……，年複合成長率達15.4% (inferred) its
    #     amounts contradict; 亞太地區2024年占比 a share
    dict(
        text=(
            "研調機構創研產業研究所最新報告指出，全球電動車電池市場規模預估將由2024年的1,180億美元成長至2030年的2,650億美元，"
            "年複合成長率達15.4%；以區域來看，亞太地區2024年占比為56.8%。"
        ),
        obs=[
            ("Total", 2024, 1180, "USD 100 million", "actual"),
            ("Total", 2030, 2650, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 15.4, "percent", 2024, 2030, None, "inferred"),
            ("share", 56.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (2650 / 1180) ** (1 / 6) - 1 = 14.435%; bounds (2649.5 / 1180.5) -> 14.424%, (2650.5 / 1179.5) -> 14.447%:
            # 15.4 +- 0.05 outside
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 30. a Hong Kong trade body in Traditional Chinese under its dateline: 去年……按年增長14.8% (no base), 今年可達……，增長約15%,
    #     2027年更將增至; the respondents' 近七成 a survey's answer
    dict(
        text=(
            "（2025年4月22日）香港數碼保安業界聯會發表調查報告指，去年本港網絡安全服務市場規模為42.6億港元，按年增長14.8%，預計今年"
            "可達49億港元，增長約15%，2027年更將增至65億港元。受訪企業中，近七成計劃今年增加相關預算。"
        ),
        obs=[
            ("Total", 2024, 42.6, "HKD 100 million", "actual"),
            ("Total", 2025, 49, "HKD 100 million", "estimate"),
            ("Total", 2027, 65, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14.8, "percent", 2023, 2024, 1.0),
            ("growth", 15, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 49 / 42.6 - 1 = 15.023% -> 15 (bounds 13.716-16.334)
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. a pipe table under a unit line ("Units: US$ billion"): years as columns, 2025E and 2026E, a Total row last
    dict(
        text=(
            "Public cloud application software revenue by segment, 2023–2026E\n"
            "Units: US$ billion\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| CRM | 68.2 | 76.5 | 85.9 | 96.0 |\n"
            "| ERP | 44.7 | 51.3 | 58.8 | 66.9 |\n"
            "| Collaboration | 39.5 | 43.1 | 47.0 | 51.2 |\n"
            "| Other | 52.1 | 58.6 | 65.4 | 72.8 |\n"
            "| Total | 204.5 | 229.5 | 257.1 | 286.9 |\n"
            "Source: Oxbury Cloud Tracker; E = estimate."
        ),
        obs=[
            ("CRM", 2023, 68.2, "USD billion", "actual"),
            ("CRM", 2024, 76.5, "USD billion", "actual"),
            ("CRM", 2025, 85.9, "USD billion", "estimate"),
            ("CRM", 2026, 96.0, "USD billion", "estimate"),
            ("ERP", 2023, 44.7, "USD billion", "actual"),
            ("ERP", 2024, 51.3, "USD billion", "actual"),
            ("ERP", 2025, 58.8, "USD billion", "estimate"),
            ("ERP", 2026, 66.9, "USD billion", "estimate"),
            ("Collaboration", 2023, 39.5, "USD billion", "actual"),
            ("Collaboration", 2024, 43.1, "USD billion", "actual"),
            ("Collaboration", 2025, 47.0, "USD billion", "estimate"),
            ("Collaboration", 2026, 51.2, "USD billion", "estimate"),
            ("Other", 2023, 52.1, "USD billion", "actual"),
            ("Other", 2024, 58.6, "USD billion", "actual"),
            ("Other", 2025, 65.4, "USD billion", "estimate"),
            ("Other", 2026, 72.8, "USD billion", "estimate"),
            ("Total", 2023, 204.5, "USD billion", "actual"),
            ("Total", 2024, 229.5, "USD billion", "actual"),
            ("Total", 2025, 257.1, "USD billion", "estimate"),
            ("Total", 2026, 286.9, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 68.2 + 44.7 + 39.5 + 52.1 = 204.5; 76.5 + 51.3 + 43.1 + 58.6 = 229.5; 85.9 + 58.8 + 47.0 + 65.4 = 257.1;
            # 96.0 + 66.9 + 51.2 + 72.8 = 286.9
            ("hierarchy", "exact"),
        ],
    ),
    # 32. a Chinese tab-separated table of years under 单位：亿元: 销售额 and 同比增长 (a decline among them, 2024's contradicted
    #     by its figures), 2025E an estimate; the title's years and the 注 line nowhere
    dict(
        text=(
            "2020-2025年中国工业机器人市场销售额\n"
            "单位：亿元\n"
            "年份\t销售额\t同比增长\n"
            "2020\t422.5\t—\n"
            "2021\t587.3\t39.0%\n"
            "2022\t641.8\t9.3%\n"
            "2023\t618.4\t-3.6%\n"
            "2024\t652.0\t6.4%\n"
            "2025E\t701.5\t7.6%\n"
            "注：2025E为预测值。"
        ),
        obs=[
            ("销售额", 2020, 422.5, "CNY 100 million", "actual"),
            ("销售额", 2021, 587.3, "CNY 100 million", "actual"),
            ("销售额", 2022, 641.8, "CNY 100 million", "actual"),
            ("销售额", 2023, 618.4, "CNY 100 million", "actual"),
            ("销售额", 2024, 652.0, "CNY 100 million", "actual"),
            ("销售额", 2025, 701.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 39.0, "percent", 2020, 2021, 1.0),
            ("growth", 9.3, "percent", 2021, 2022, 1.0),
            ("growth", -3.6, "percent", 2022, 2023, 1.0),
            ("growth", 6.4, "percent", 2023, 2024, 1.0),
            ("growth", 7.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 587.3 / 422.5 - 1 = 39.006% -> 39.0
            ("cagr|implied", "exact"),  # 641.8 / 587.3 - 1 = 9.280% -> 9.3
            ("cagr|implied", "exact"),  # 618.4 / 641.8 - 1 = -3.646% -> -3.6
            # 652.0 / 618.4 - 1 = 5.433%; bounds (651.95 / 618.45) -> 5.417%, (652.05 / 618.35) -> 5.450%:
            # 6.4 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 701.5 / 652.0 - 1 = 7.592% -> 7.6
        ],
    ),
    # 33. an aligned table of years in "(EUR billion)": Cells and Packs columns beside a Total column, 2025F an estimate
    dict(
        text=(
            "European EV battery market by product (EUR billion)\n"
            "Year       Cells     Packs     Total\n"
            "2022        14.6       6.1      20.7\n"
            "2023        18.9       7.4      26.3\n"
            "2024        21.2       8.0      29.2\n"
            "2025F       24.8       9.1      33.9\n"
            "F = forecast."
        ),
        obs=[
            ("Cells", 2022, 14.6, "EUR billion", "actual"),
            ("Cells", 2023, 18.9, "EUR billion", "actual"),
            ("Cells", 2024, 21.2, "EUR billion", "actual"),
            ("Cells", 2025, 24.8, "EUR billion", "estimate"),
            ("Packs", 2022, 6.1, "EUR billion", "actual"),
            ("Packs", 2023, 7.4, "EUR billion", "actual"),
            ("Packs", 2024, 8.0, "EUR billion", "actual"),
            ("Packs", 2025, 9.1, "EUR billion", "estimate"),
            ("Total", 2022, 20.7, "EUR billion", "actual"),
            ("Total", 2023, 26.3, "EUR billion", "actual"),
            ("Total", 2024, 29.2, "EUR billion", "actual"),
            ("Total", 2025, 33.9, "EUR billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 14.6 + 6.1 = 20.7; 18.9 + 7.4 = 26.3; 21.2 + 8.0 = 29.2; 24.8 + 9.1 = 33.9
        ],
    ),
    # 34. a Traditional Chinese pipe table (單位 in the title, the year from the title) with a 占比 column over a 合計 row;
    #     its 100.0% no claim, the source line nowhere
    dict(
        text=(
            "2024年台灣智慧醫療產業產值結構（單位：新台幣億元）\n"
            "| 類別 | 產值 | 占比 |\n"
            "|---|---|---|\n"
            "| 遠距醫療服務 | 312.4 | 38.6% |\n"
            "| 醫療AI軟體 | 268.9 | 33.2% |\n"
            "| 智慧醫材 | 228.5 | 28.2% |\n"
            "| 合計 | 809.8 | 100.0% |\n"
            "資料來源：本研究整理"
        ),
        obs=[
            ("遠距醫療服務", 2024, 312.4, "TWD 100 million", "actual"),
            ("醫療AI軟體", 2024, 268.9, "TWD 100 million", "actual"),
            ("智慧醫材", 2024, 228.5, "TWD 100 million", "actual"),
            ("合計", 2024, 809.8, "TWD 100 million", "actual"),
        ],
        claims=[
            ("share", 38.6, "percent", 2024, 2024, None),
            ("share", 33.2, "percent", 2024, 2024, None),
            ("share", 28.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 312.4 / 809.8 = 38.577% -> 38.6
            ("arithmetic", "exact"),  # 268.9 / 809.8 = 33.206% -> 33.2
            ("arithmetic", "exact"),  # 228.5 / 809.8 = 28.217% -> 28.2
            ("hierarchy", "exact"),  # 312.4 + 268.9 + 228.5 = 809.8
        ],
    ),
    # 35. a tab-separated table in "(£ million)" with a YoY column: one rate reached only at the rounding of its figures
    dict(
        text=(
            "UK digital lending platforms: revenue by segment (£ million)\n"
            "Segment\t2023\t2024\tYoY\n"
            "Consumer\t1,124\t1,302\t15.8%\n"
            "SME\t688\t815\t18.5%\n"
            "Mortgage tech\t241\t296\t22.6%\n"
            "Total\t2,053\t2,413\t17.5%"
        ),
        obs=[
            ("Consumer", 2023, 1124, "GBP million", "actual"),
            ("Consumer", 2024, 1302, "GBP million", "actual"),
            ("SME", 2023, 688, "GBP million", "actual"),
            ("SME", 2024, 815, "GBP million", "actual"),
            ("Mortgage tech", 2023, 241, "GBP million", "actual"),
            ("Mortgage tech", 2024, 296, "GBP million", "actual"),
            ("Total", 2023, 2053, "GBP million", "actual"),
            ("Total", 2024, 2413, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 15.8, "percent", 2023, 2024, 1.0),
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("growth", 22.6, "percent", 2023, 2024, 1.0),
            ("growth", 17.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1302 / 1124 - 1 = 15.836% -> 15.8
            ("cagr|implied", "exact"),  # 815 / 688 - 1 = 18.459% -> 18.5
            # 296 / 241 - 1 = 22.822%, not 22.6 +- 0.05; bounds (295.5 / 241.5) -> 22.360%, (296.5 / 240.5) -> 23.285%:
            # 22.6 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 2413 / 2053 - 1 = 17.535% -> 17.5
            ("hierarchy", "exact"),  # 1124 + 688 + 241 = 2053; 1302 + 815 + 296 = 2413
        ],
    ),
    # 36. a Chinese aligned table under （单位：亿元）: years as columns (2025E, 2026E), 细分领域 rows over a 合计 row
    dict(
        text=(
            "中国数字医疗市场细分规模\n"
            "（单位：亿元）\n"
            "细分领域        2023      2024      2025E     2026E\n"
            "在线问诊         612       735       868      1,012\n"
            "医药电商       1,905     2,210     2,530      2,874\n"
            "数字疗法          48        71       103        146\n"
            "合计           2,565     3,016     3,501      4,032\n"
            "注：E为预测值"
        ),
        obs=[
            ("在线问诊", 2023, 612, "CNY 100 million", "actual"),
            ("在线问诊", 2024, 735, "CNY 100 million", "actual"),
            ("在线问诊", 2025, 868, "CNY 100 million", "estimate"),
            ("在线问诊", 2026, 1012, "CNY 100 million", "estimate"),
            ("医药电商", 2023, 1905, "CNY 100 million", "actual"),
            ("医药电商", 2024, 2210, "CNY 100 million", "actual"),
            ("医药电商", 2025, 2530, "CNY 100 million", "estimate"),
            ("医药电商", 2026, 2874, "CNY 100 million", "estimate"),
            ("数字疗法", 2023, 48, "CNY 100 million", "actual"),
            ("数字疗法", 2024, 71, "CNY 100 million", "actual"),
            ("数字疗法", 2025, 103, "CNY 100 million", "estimate"),
            ("数字疗法", 2026, 146, "CNY 100 million", "estimate"),
            ("合计", 2023, 2565, "CNY 100 million", "actual"),
            ("合计", 2024, 3016, "CNY 100 million", "actual"),
            ("合计", 2025, 3501, "CNY 100 million", "estimate"),
            ("合计", 2026, 4032, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 612 + 1905 + 48 = 2565; 735 + 2210 + 71 = 3016; 868 + 2530 + 103 = 3501; 1012 + 2874 + 146 = 4032
            ("hierarchy", "exact"),
        ],
    ),
    # 37. a pipe table in "(USD billion)" with a 2029F column, a "2024–29 CAGR" column (stated, 2024-2029) and a
    #     "Share 2024" column; the Total's 100.0% no claim
    dict(
        text=(
            "AI-driven cybersecurity spending by region, 2024 and 2029F (USD billion)\n"
            "| Region | 2024 | 2029F | 2024–29 CAGR | Share 2024 |\n"
            "|---|---|---|---|---|\n"
            "| North America | 11.8 | 29.4 | 20.0% | 44.2% |\n"
            "| Europe | 7.1 | 17.0 | 19.1% | 26.6% |\n"
            "| Asia Pacific | 5.9 | 17.6 | 24.4% | 22.1% |\n"
            "| Rest of world | 1.9 | 4.6 | 19.3% | 7.1% |\n"
            "| Total | 26.7 | 68.6 | 20.8% | 100.0% |"
        ),
        obs=[
            ("North America", 2024, 11.8, "USD billion", "actual"),
            ("North America", 2029, 29.4, "USD billion", "estimate"),
            ("Europe", 2024, 7.1, "USD billion", "actual"),
            ("Europe", 2029, 17.0, "USD billion", "estimate"),
            ("Asia Pacific", 2024, 5.9, "USD billion", "actual"),
            ("Asia Pacific", 2029, 17.6, "USD billion", "estimate"),
            ("Rest of world", 2024, 1.9, "USD billion", "actual"),
            ("Rest of world", 2029, 4.6, "USD billion", "estimate"),
            ("Total", 2024, 26.7, "USD billion", "actual"),
            ("Total", 2029, 68.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.0, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.1, "percent", 2024, 2029, None, "stated"),
            ("cagr", 24.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 20.8, "percent", 2024, 2029, None, "stated"),
            ("share", 44.2, "percent", 2024, 2024, None),
            ("share", 26.6, "percent", 2024, 2024, None),
            ("share", 22.1, "percent", 2024, 2024, None),
            ("share", 7.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (29.4 / 11.8) ** (1 / 5) - 1 = 20.031% -> 20.0
            ("cagr", "exact"),  # (17.0 / 7.1) ** (1 / 5) - 1 = 19.080% -> 19.1
            ("cagr", "exact"),  # (17.6 / 5.9) ** (1 / 5) - 1 = 24.432% -> 24.4
            ("cagr", "exact"),  # (4.6 / 1.9) ** (1 / 5) - 1 = 19.344% -> 19.3
            ("cagr", "exact"),  # (68.6 / 26.7) ** (1 / 5) - 1 = 20.771% -> 20.8
            ("arithmetic", "exact"),  # 11.8 / 26.7 = 44.195% -> 44.2
            ("arithmetic", "exact"),  # 7.1 / 26.7 = 26.592% -> 26.6
            ("arithmetic", "exact"),  # 5.9 / 26.7 = 22.097% -> 22.1
            ("arithmetic", "exact"),  # 1.9 / 26.7 = 7.116% -> 7.1
            ("hierarchy", "exact"),  # 11.8 + 7.1 + 5.9 + 1.9 = 26.7; 29.4 + 17.0 + 17.6 + 4.6 = 68.6
        ],
    ),
    # 38. a Chinese tab-separated table of years under 单位：亿元: 市场规模 with its 同比增速 (a decline among them), 2025E an
    #     estimate; the AI产品渗透率 column is no share of the market, the table number and title years nowhere
    dict(
        text=(
            "表2-3 2021-2025年中国在线教育市场规模\n"
            "单位：亿元\n"
            "年份\t市场规模\t同比增速\tAI产品渗透率\n"
            "2021\t3,620\t—\t8.2%\n"
            "2022\t3,418\t-5.6%\t11.5%\n"
            "2023\t3,705\t8.4%\t15.9%\n"
            "2024\t4,052\t9.4%\t21.3%\n"
            "2025E\t4,480\t10.6%\t27.0%"
        ),
        obs=[
            ("市场规模", 2021, 3620, "CNY 100 million", "actual"),
            ("市场规模", 2022, 3418, "CNY 100 million", "actual"),
            ("市场规模", 2023, 3705, "CNY 100 million", "actual"),
            ("市场规模", 2024, 4052, "CNY 100 million", "actual"),
            ("市场规模", 2025, 4480, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", -5.6, "percent", 2021, 2022, 1.0),
            ("growth", 8.4, "percent", 2022, 2023, 1.0),
            ("growth", 9.4, "percent", 2023, 2024, 1.0),
            ("growth", 10.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3418 / 3620 - 1 = -5.580% -> -5.6
            ("cagr|implied", "exact"),  # 3705 / 3418 - 1 = 8.397% -> 8.4
            ("cagr|implied", "exact"),  # 4052 / 3705 - 1 = 9.366% -> 9.4
            ("cagr|implied", "exact"),  # 4480 / 4052 - 1 = 10.563% -> 10.6
        ],
    ),
    # 39. an aligned table in "(¥ billion; fiscal years ending March)": FY columns (FY2025E an estimate), a "YoY
    #     FY2025E" column with one rate reached only at the rounding, a Total row
    dict(
        text=(
            "Japan's EdTech market by segment (¥ billion; fiscal years ending March)\n"
            "Segment                 FY2023    FY2024    FY2025E    YoY FY2025E\n"
            "School ICT services      142.6     158.3      171.0        8.0%\n"
            "Learning apps             96.4     104.8      117.2       11.9%\n"
            "Corporate e-learning      88.1      93.5       99.6        6.5%\n"
            "Total                    327.1     356.6      387.8        8.7%"
        ),
        obs=[
            ("School ICT services", 2023, 142.6, "JPY billion", "actual"),
            ("School ICT services", 2024, 158.3, "JPY billion", "actual"),
            ("School ICT services", 2025, 171.0, "JPY billion", "estimate"),
            ("Learning apps", 2023, 96.4, "JPY billion", "actual"),
            ("Learning apps", 2024, 104.8, "JPY billion", "actual"),
            ("Learning apps", 2025, 117.2, "JPY billion", "estimate"),
            ("Corporate e-learning", 2023, 88.1, "JPY billion", "actual"),
            ("Corporate e-learning", 2024, 93.5, "JPY billion", "actual"),
            ("Corporate e-learning", 2025, 99.6, "JPY billion", "estimate"),
            ("Total", 2023, 327.1, "JPY billion", "actual"),
            ("Total", 2024, 356.6, "JPY billion", "actual"),
            ("Total", 2025, 387.8, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 8.0, "percent", 2024, 2025, 1.0),
            ("growth", 11.9, "percent", 2024, 2025, 1.0),
            ("growth", 6.5, "percent", 2024, 2025, 1.0),
            ("growth", 8.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 171.0 / 158.3 - 1 = 8.023% -> 8.0
            # 117.2 / 104.8 - 1 = 11.832%, not 11.9 +- 0.05; bounds (117.15 / 104.85) -> 11.731%,
            # (117.25 / 104.75) -> 11.933%: 11.9 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 99.6 / 93.5 - 1 = 6.524% -> 6.5
            ("cagr|implied", "exact"),  # 387.8 / 356.6 - 1 = 8.749% -> 8.7
            # 142.6 + 96.4 + 88.1 = 327.1; 158.3 + 104.8 + 93.5 = 356.6; 171.0 + 117.2 + 99.6 = 387.8
            ("hierarchy", "exact"),
        ],
    ),
    # 40. a pipe table of years under a unit line "(US$ bn)": Data center and Edge columns beside a Total column, a
    #     "Total YoY" column (the Total's rates, 2026F's contradicted by its figures), 2025F and 2026F estimates
    dict(
        text=(
            "Global AI chip revenue, 2022–2026F\n"
            "(US$ bn)\n"
            "| Year | Data center | Edge | Total | Total YoY |\n"
            "|---|---|---|---|---|\n"
            "| 2022 | 21.4 | 8.9 | 30.3 | — |\n"
            "| 2023 | 48.6 | 10.2 | 58.8 | 94.1% |\n"
            "| 2024 | 121.3 | 13.5 | 134.8 | 129.3% |\n"
            "| 2025F | 182.0 | 17.4 | 199.4 | 47.9% |\n"
            "| 2026F | 231.5 | 22.1 | 253.6 | 28.7% |\n"
            "F = forecast"
        ),
        obs=[
            ("Data center", 2022, 21.4, "USD billion", "actual"),
            ("Data center", 2023, 48.6, "USD billion", "actual"),
            ("Data center", 2024, 121.3, "USD billion", "actual"),
            ("Data center", 2025, 182.0, "USD billion", "estimate"),
            ("Data center", 2026, 231.5, "USD billion", "estimate"),
            ("Edge", 2022, 8.9, "USD billion", "actual"),
            ("Edge", 2023, 10.2, "USD billion", "actual"),
            ("Edge", 2024, 13.5, "USD billion", "actual"),
            ("Edge", 2025, 17.4, "USD billion", "estimate"),
            ("Edge", 2026, 22.1, "USD billion", "estimate"),
            ("Total", 2022, 30.3, "USD billion", "actual"),
            ("Total", 2023, 58.8, "USD billion", "actual"),
            ("Total", 2024, 134.8, "USD billion", "actual"),
            ("Total", 2025, 199.4, "USD billion", "estimate"),
            ("Total", 2026, 253.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 94.1, "percent", 2022, 2023, 1.0),
            ("growth", 129.3, "percent", 2023, 2024, 1.0),
            ("growth", 47.9, "percent", 2024, 2025, 1.0),
            ("growth", 28.7, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 58.8 / 30.3 - 1 = 94.059% -> 94.1
            ("cagr|implied", "exact"),  # 134.8 / 58.8 - 1 = 129.252% -> 129.3
            ("cagr|implied", "exact"),  # 199.4 / 134.8 - 1 = 47.923% -> 47.9
            # 253.6 / 199.4 - 1 = 27.182%; bounds (253.55 / 199.45) -> 27.125%, (253.65 / 199.35) -> 27.239%:
            # 28.7 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            # 21.4 + 8.9 = 30.3; 48.6 + 10.2 = 58.8; 121.3 + 13.5 = 134.8; 182.0 + 17.4 = 199.4; 231.5 + 22.1 = 253.6
            ("hierarchy", "exact"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "fiftieth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 4, "inconsistent": 5, "rounding": 5, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "9.4% higher than the US$95.6 billion of 2023",
    "the Group's revenue rose 14% to HK$8.2 billion",
    "• Addressable market, 2024A: $7.4bn",
    "• Implied growth: ~18% a year",
    "Statistical Bulletin No. 212",
    "a fall of 5.2% from ¥945.5 billion in 2023",
    "between €24 billion and €27 billion",
    "a 2024-27E CAGR of 15.2%",
    "at end-2024 from €11.9 billion at end-2022",
    "could reach US$19.5 billion by 2030, average growth of 16% a year",
    "What is the market size in 2024?",
    "a 2.6-fold increase over the $45 billion of 2023 [3]",
    "[00:14:36] DEV:",
    "so call it 24% growth",
    "$4.35bn in 2023 and $5.62bn in 2024 (+29.2%)",
    "rose 38% to £212m in 2024",
    "pass £1bn by 2030",
    "a compound annual growth rate of 25.0% over the period",
    "NT$80.6 billion in 2024, up 12.4% from NT$71.7 billion in 2023",
    "and $41.0bn next year (+44%)",
    "between fiscal 2024 and fiscal 2029",
    "报告期内公司所处行业情况",
    "自2020年的11.6亿元扩大至2024年的39.8亿元，期间年均复合增长率",
    "比上年增长12.8%；人工智能核心产业营业收入1,120.5亿元，增长21.5%",
    "较2023年的4,686亿元减少12.1%",
    "预计2025-2027年分别为186亿元、229亿元、281亿元",
    "CAGR约为22.8%",
    "今年将力争突破1,000亿元",
    "原创 医健前哨 2025年8月6日\n",
    "两年间扩大至原来的4.3倍",
    "2024年至2028年间的年复合增速为16.8%",
    "较上年下滑4.3%",
    "較2023年的352.1億元衰退9.5%",
    "政府統計處今日（六月二十日）公布",
    "完\n2025年6月20日（星期五）\n香港時間16時30分",
    "年複合成長率達15.4%",
    "按年增長14.8%",
    "Units: US$ billion\n| Segment |",
    "单位：亿元\n年份\t销售额\t同比增长",
    "Year       Cells     Packs     Total",
    "| 類別 | 產值 | 占比 |",
    "Segment\t2023\t2024\tYoY",
    "（单位：亿元）\n细分领域",
    "| 2024–29 CAGR | Share 2024 |",
    "AI产品渗透率",
    "(¥ billion; fiscal years ending March)",
    "| Total YoY |",
)
#: the set's blind score (set when it is first scored)
#: the set's blind score (scored once, before any rule was written for it): 211 figures, 56 rates, 67 verdicts and 2
#: false inconsistent; held out while the 48th's and 49th's rules were chosen, scored then at 211 figures, 57 rates, 67
#: verdicts and 2 false inconsistent; then chosen on; now 216 figures, 62 rates, 74 verdicts, 1 false inconsistent
FLOORS = {"figures_found": 219, "rates_found": 62, "verdicts_right": 76}
#: at most this many false inconsistent verdicts
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset50.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
