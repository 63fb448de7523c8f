"""A fifty-second check set for the extractor, written blind: the money side of market sizing -- sell-side research in
English (an initiation note's "a 2024-27E CAGR of", "implies growth of ... on last year", a China note in "RMB...bn"
with 2024A and 2026E, a deep dive that begins "Assuming ..."), an earnings call's "a US$1 trillion opportunity by 2030"
and its question-and-answer session in "calendar 2024", an investor day's "TAM ... expanding from $45bn in 2024 to
$400bn in 2030", a Hong Kong prospectus's industry overview ("It grew at a CAGR of ... from 2019 to 2023 and is expected
to grow at a CAGR of ... from 2023 to 2028", a numbered note whose "Source:" names the consultancy, "representing CAGRs
of ... and ..., respectively"), fund letters (a quarter's returns beside the market, "compound at about 35% a year"),
rating agencies' comments (ratings and leverage beside capital spending, a credit outlook's "nearly double"), venture
and private-capital reports whose deal counts are no market figure, and exchange announcements in English (a voluntary
announcement's "over the period", a spin-off announcement in HK$ million with HK$ billion after it); Chinese brokers'
行业深度 and 点评 (我们测算, 我们预计, 分别达到, 有望达到, 2023-2025年CAGR, 假设 on a penetration rate, 测算对应, 2025E、2026E with 同比+64%/+58%, EPS,
PE and ratings beside them), a 科创板 prospectus and an 问询函 reply (按销售额计, 年均复合增长率, the issuer's own revenue), a venture
tracker's 投资事件 and 投资金额, a fund's quarterly report (年均增速接近, 份额净值增长率), a rating agency's 行业研究评论, an SSE announcement with
its 证券代码 and 公告编号, and Traditional Chinese from a Hong Kong prospectus (根據……的資料，按收入計, 達致), a Taiwan advisory's 產值 with
EPS, a Hong Kong broker's 三年間的複合年增長率 in 億港元 and a voluntary announcement (自願公告, 承董事會命); and tables as these sources
print them (a prospectus's segment table with a CAGR column per period, a Traditional Chinese one under 單位：人民幣十億元, a
broker's model with years as columns and E years, a venture tracker's years as rows with a deal count and a YoY column,
an investor day's TAM by segment with a "CAGR 2024A-30E" column, a private-capital table by region whose deal counts are
nothing, a 科创板 table of years with a transposed rate, a Taiwan table with 2025(F) and 年增率, a broker's 2023-2025年CAGR
column whose 合计 its parts miss by rounding, and an exhibit whose corner cell is its unit).

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

What this set's sources add to them. An initiation note dated April 2025 gives "US$58.6bn in 2024" the ``actual``,
"US$96.0bn in 2025E and US$214.5bn in 2027E" two ``estimate`` figures, "a 2024-27E CAGR of 54.1%" a ``stated`` rate over
2024-2027 (short digits with an E) and "implies growth of 63.8% on last year" 2025's rate, while the rating, the price
target, its upside and "31x our 2026E EPS" are expected nowhere. On an earnings call dated November 2025 "Last year
customers spent about US$205 billion" opens the series in USD billion, so "a US$1 trillion opportunity by 2030" is
expected as 1000, "nearly five times last year's level" is x5 over 2024-2030, and the title's fiscal year and the
company's quarter (its revenue and its 71%) are expected nowhere. An investor day's "TAM for AI scale-out networking
expanding from $45bn in 2024 to $400bn in 2030, a compound annual rate of about 44%" is the market with an ``inferred``
rate, "62% of the 2030 TAM" a share of 2030, and the company's 30% share target and margin nowhere. A Hong Kong
prospectus's "was RMB4.7 billion in 2019 and RMB12.9 billion in 2023. It grew at a CAGR of 28.7% from 2019 to 2023 and
is expected to grow at a CAGR of 31.1% from 2023 to 2028, reaching RMB49.8 billion in 2028" gives three years in CNY
billion and two ``stated`` rates, the second reached only at the rounding of its amounts; the note mark "(1)" and the
"Source:" note are boilerplate. A fund letter's "roughly $38 billion ... last year" and "some $170 billion in 2029" are
approximate figures at their printed values with "compound at about 35% a year" ``inferred`` between them, and the
fund's 6.8% and its benchmark's 4.1% are no market figures. A rating agency's comment of January 2025 gives "about $390
billion this year from $256 billion in 2024, an increase of about 52%" 2025's ``estimate``, its base and its rate, and
"exceed $450 billion in 2026" an approximate ``estimate``; "debt/EBITDA of 0.9x" is no multiple of the market and the
ratings are boilerplate. A venture tracker's "$131.5 billion ... in 2024, up 52.0% from $86.5 billion in 2023, across
4,212 deals" makes the deal value the market (``Total``) and the deals counted nothing, "Generative AI start-ups took
$56.0 billion, or 42.6% of AI deal value" a part with its share and the median valuation nothing. A private-capital
review's "US$48bn ... in 2024, against US$30bn a year earlier, a 62% jump" is a rate reached only at the rounding of its
whole-billion amounts, the transactions counted nothing, and "expect deployment to reach US$65bn in 2025" an
``estimate``. A voluntary announcement's "RMB14.6 billion in 2024 ... RMB52.3 billion in 2029, representing a CAGR of
29.1% over the period" is ``inferred`` ("the period" prints no span), and its stock code and the group's revenue are
expected nowhere. An earnings call's question-and-answer session gives "$12.6 billion in calendar 2024" and "$31 billion
by 2028, roughly a 25% CAGR" (``inferred``), the annual recurring revenue nowhere. A China note's "RMB286.0bn in 2025E
and RMB412.0bn in 2026E, from RMB186.5bn in 2024A" is CNY billion, "a 2024A-26E CAGR of 51.2%" ``stated`` and
contradicted by its amounts, "53.4% above 2024A" 2025's rate and "38% of the 2026E market" a share, the top pick's
rating, target price and PE nothing. A credit outlook's "about $34 billion this year, nearly double the $18 billion of
2024" is x2 over one year, and the contract prices of a half year nothing. A deep dive's "Assuming AI-capable machines
reach 55% of notebook shipments" is a penetration rate (nowhere), "$112.7bn in 2027E, up from $38.4bn in 2024" two
figures and "a 43.2% CAGR over 2024-27E" ``stated``. A prospectus's "rose from US$0.9 billion in 2021 to US$4.2 billion
in 2024 and is projected to increase to US$19.8 billion in 2029, representing CAGRs of 67.1% and 36.4%, respectively"
pairs each rate, in order, with its two amounts (both ``inferred``), and "the five largest providers together accounted
for 47.3%" is a share of 2024. A shareholder letter dated March 2025 gives "€21.4 billion ... last year, 19.6% more than
the €18.2 billion they spent in 2023", a rate its amounts contradict, the holdings' 31% nothing. A spin-off
announcement's "HK$2,360 million in 2024" opens the series in HKD million, "of which mobile-first platforms accounted
for HK$1,054 million, or 44.7%" is a part with its share, and "HK$5.1 billion in 2028" is expected as 5100 with "a CAGR
of 21.2% from 2024 to 2028" ``stated``; the closing dateline is boilerplate.

In Chinese: a broker's 行业深度 gives 我们测算2024年……约为1,251亿美元 the approximate ``actual``,
预计2025-2027年分别达到1,870亿美元、2,540亿美元和3,180亿美元 each year, in order, its ``estimate`` in USD 100 million (the span before 分别
is no rate) and 2024-2027年CAGR为36.5% ``stated``, while 龙头公司2025年EPS, 对应PE 32倍 and the rating are expected nowhere. A
点评's 2023年……为28.4亿元 and 有望达到96.5亿元 give two years and 2023-2025年CAGR约84% a ``stated`` rate, and 假设……渗透率提升至30% is a
penetration rate, the 风险提示 nothing. A 科创板 prospectus's 由2020年的18.6亿元增长至2024年的71.3亿元，年均复合增长率为39.9% is ``inferred``,
2024-2029年年均复合增长率为29.9% ``stated``, and 报告期内，公司营业收入分别为 the issuer's own revenue (nowhere). A Hong Kong prospectus in
Traditional Chinese gives 2023年……達人民幣86億元 with 2019年至2023年的複合年增長率為41.2% (``stated``; its base not printed, so no
verdict) and 預期該市場於2023年至2028年將按32.5%的複合年增長率增長，並於2028年達致人民幣351億元 a rate before its amount with its verdict. A venture
tracker's 共发生股权投资事件1,286起，同比减少9.7% is a count and its change (nowhere), 投资金额合计1,052.6亿元，同比下降12.4% the market with a
negative rate whose base is not printed, and 大模型赛道融资金额为426.8亿元，占比40.5% a part with its share; the report's title year is
boilerplate. A fund's quarterly report gives 从2024年的约1,200亿美元增长至2027年的3,500亿美元以上 two approximate figures with 年均增速接近43%
``inferred`` between them, and 份额净值增长率 and the benchmark's return nowhere. A rating agency's
2025年……预计达到586亿元，较2024年的402亿元增长48.5% is a rate its amounts contradict, the ratings (AA至AA+) nothing. An SSE
announcement's 证券代码, 公告编号 and 募集资金总额 are boilerplate or the company's own, and
2024年……386亿元，预计2027年将达到1,024亿元，2024-2027年复合增长率约为38% gives two years and a ``stated`` rate. A Taiwan advisory's (dated
August 2025) 今年……產值將達新台幣2,860億元，年增68% is 2025's ``estimate`` in TWD 100 million (its base not printed),
2026年可望再增至4,150億元，年增45.1% an ``estimate`` with its verdict, and 每股純益（EPS）38.5元 and the rating nothing. A Hong Kong
broker's 由2021年的18.6億港元增至2024年的47.2億港元，三年間的複合年增長率為36.4% is HKD 100 million with a span in words (``inferred``), and
預期今年支出將按年增長31%至約62億港元 2025's approximate ``estimate`` with its rate. A broker's weekly note gives
2025E、2026E……分别为286亿美元、452亿美元 each year its ``estimate``, 同比+64%/+58% each its rate, in order, and 2024年约为174亿美元 their
base; 25倍PE is nothing. A voluntary announcement in Traditional Chinese gives
由2024年的人民幣32.4億元增長至2030年的人民幣158.6億元，複合年增長率為32.7% an ``inferred`` rate its amounts contradict, 本公司……的收入 and 承董事會命
nothing. A broker's 假设……渗透率达到12%、单车智驾芯片价值量下降至2,800元 are assumptions (a penetration rate and a unit price, nowhere),
测算对应2027年……约为372亿元 an approximate ``estimate`` and 2024-2027年CAGR达62.9% ``stated`` over it and 2024年……86亿元. A 问询函
reply's 2022年、2023年和2024年……分别为46.2亿元、61.8亿元和83.5亿元 gives three years, 2022-2024年年均复合增长率为34.4% a ``stated`` rate and
2024年同比增长35.1% a year-on-year one, the issuer's revenue nowhere.

In tables: a Hong Kong prospectus's pipe table under "(RMB billion)" gives each modality its 2019 and 2023 ``actual``
and 2024E and 2028E ``estimate`` figures, its "CAGR 2019-2023" and "CAGR 2023-2028E" ``stated`` rates (one reached only
at the rounding of its one-decimal figures) and its Total the whole; a Traditional Chinese tab-separated prospectus
table under 單位：人民幣十億元 gives each 應用 its figures in CNY billion (2028年估計 an ``estimate``), a ``stated`` rate per 複合年增長率
column and its 總計 the whole; a broker's aligned model under 单位：亿元 gives its 市场规模 row each year (2025E-2027E
``estimate``) and its 同比增速 row each year's rate, its 上架率 row (a utilisation rate) and the 图表 number nothing; a venture
tracker's tab-separated table of years gives ``Deal value`` its figures in USD billion and its "YoY (value)" column each
year's rate (two declines), its "Deals" column nothing; an investor day's aligned table in "($bn)" gives each segment
its 2024A ``actual`` and 2030E ``estimate`` and its "CAGR 2024A-30E" (``stated``), and its Total the whole; a
private-capital pipe table by region gives each region its 2023 and 2024 figures and its "YoY" (one reached only at the
rounding), its Total the whole and its "Deals, 2024" column nothing; a 科创板 pipe table of years under 单位：亿元 gives
``市场规模`` each year (2025E and 2026E ``estimate``) and its 增长率 column each year's rate, one of them transposed (13.1% for
31.1%) and contradicted; a Taiwan aligned table under 單位：新台幣億元 gives each 品項 its 2024 and 2025(F) figures and its 年增率,
and its 合計 the whole; a broker's tab-separated table in 亿美元 gives each 细分 its figures (2025E an ``estimate``) and its
``stated`` 2023-2025年CAGR, and its 合计, which its parts miss by 0.1 in two years, a ``hierarchy`` verdict reached only at
the rounding; and an exhibit whose corner cell is its unit ("US$bn") gives its "Market size" row each year (2025E-2027E
``estimate``) and its "YoY growth" row each year's rate (2023's without its base printed), its attach rate nothing.
Markets vary (AI inference accelerators, AI data-centre infrastructure, AI scale-out networking, AI-powered warehouse
automation in China, AI-native enterprise applications, AI data-centre capital spending, AI venture funding, private
capital in AI infrastructure, AI-enabled logistics robots, AI-driven customer-experience software, AI servers in China,
high-bandwidth memory, AI PCs, AI-generated short-video tools, AI software in Europe, AI-driven wealth-management
platforms in Hong Kong, AI服务器, AI眼镜, 工业AI视觉质检设备, AI藥物研發外包服務, 人工智能投融资, AI算力芯片, 算力租赁, 智能驾驶域控制器, CoWoS先進封裝, 生成式AI方案 in Hong
Kong, AI ASIC, AI臨床決策支持系統, 高阶智驾芯片, AI语音交互芯片, AI medical imaging software, AI智慧客服解決方案, 智算中心运营服务, venture funding by year,
AI data-centre silicon, private-equity AI data-centre deals, AI视觉芯片, AI伺服器關鍵零組件, AI服务器液冷, AI data-centre power
equipment); publishers, speakers and companies are invented, the sentences are the project's own and the figures
plausible. ``python tests/extract_checkset52.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a sell-side initiation note: E years in prose, "a 2024-27E CAGR of" (stated), "implies growth of ... on last
    #    year"; the rating, price target, upside and EPS nowhere
    dict(
        text=(
            "Marlow Kent Securities — Asia Technology — Sector initiation, 14 April 2025\n"
            "We size the global market for AI inference accelerators at US$58.6bn in 2024 and forecast US$96.0bn in "
            "2025E and US$214.5bn in 2027E, a 2024-27E CAGR of 54.1%. Our 2025E figure implies growth of 63.8% on last "
            "year. We initiate Tessaline Semiconductor at Buy with a price target of US$148 (22% upside), on 31x our "
            "2026E EPS of US$4.77."
        ),
        obs=[
            ("Total", 2024, 58.6, "USD billion", "actual"),
            ("Total", 2025, 96.0, "USD billion", "estimate"),
            ("Total", 2027, 214.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 54.1, "percent", 2024, 2027, None, "stated"),
            ("growth", 63.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr", "exact"),  # (214.5 / 58.6) ** (1 / 3) - 1 = 54.114% -> 54.1 (bounds 54.059-54.170)
            ("cagr|implied", "exact"),  # 96.0 / 58.6 - 1 = 63.823% -> 63.8 (bounds 63.598-64.048)
        ],
    ),
    # 2. an earnings call: "Last year ... about US$205 billion" opens the series in USD billion, so "a US$1 trillion
    #    opportunity by 2030" is 1000; "nearly five times" x5 over six years; the company's quarter nowhere
    dict(
        text=(
            "Corvane Systems, fiscal 2026 third-quarter earnings call, 19 November 2025\n"
            "Operator: Our next question comes from Priya Nandan with Eastgate Securities.\n"
            "Chief Executive Officer: Thanks, Priya. Last year customers spent about US$205 billion on AI "
            "data-centre infrastructure, and we think it becomes a US$1 trillion opportunity by 2030, nearly five "
            "times last year's level. Our own data-centre revenue in the quarter was US$8.4 billion, up 71%."
        ),
        obs=[
            ("Total", 2024, 205, "USD billion", "actual"),
            ("Total", 2030, 1000, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 5, "multiple", 2024, 2030, 6.0),  # 1000 / 205 = 4.88: nearly five times
        ],
        verdicts=[],
    ),
    # 3. an investor day: "the TAM ... expanding from $45bn in 2024 to $400bn in 2030" (the market), "about 44%"
    #    (inferred), a share of the 2030 TAM; the company's share target and margin nowhere
    dict(
        text=(
            "At its investor day in New York on 10 June 2025, Arlen Micro said it sees the TAM for AI scale-out "
            "networking expanding from $45bn in 2024 to $400bn in 2030, a compound annual rate of about 44%. Ethernet "
            "fabrics should make up 62% of the 2030 TAM, executives said; the company is targeting a 30% share of that "
            "market and a gross margin above 55%."
        ),
        obs=[
            ("Total", 2024, 45, "USD billion", "actual"),
            ("Total", 2030, 400, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 44, "percent", 2024, 2030, None, "inferred"),
            ("share", 62, "percent", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (400 / 45) ** (1 / 6) - 1 = 43.927% -> 44 (bounds 43.632-44.225)
        ],
    ),
    # 4. a Hong Kong prospectus's industry overview: "It grew at a CAGR of ... from 2019 to 2023 and is expected to grow
    #    at a CAGR of ... from 2023 to 2028" (both stated, the second reached only at the rounding); a numbered note
    dict(
        text=(
            "INDUSTRY OVERVIEW\n"
            "The market size of China's AI-powered warehouse automation solutions, in terms of revenue, was RMB4.7 "
            "billion in 2019 and RMB12.9 billion in 2023. It grew at a CAGR of 28.7% from 2019 to 2023 and is expected "
            "to grow at a CAGR of 31.1% from 2023 to 2028, reaching RMB49.8 billion in 2028.(1)\n"
            "Note:\n"
            "(1) Source: Harwell & Sullivan Report, commissioned by us"
        ),
        obs=[
            ("Total", 2019, 4.7, "CNY billion", "actual"),
            ("Total", 2023, 12.9, "CNY billion", "actual"),
            ("Total", 2028, 49.8, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 28.7, "percent", 2019, 2023, None, "stated"),
            ("cagr", 31.1, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (12.9 / 4.7) ** (1 / 4) - 1 = 28.713% -> 28.7 (bounds 28.249-29.183)
            # (49.8 / 12.9) ** (1 / 5) - 1 = 31.017%, not 31.1 +- 0.05; bounds (49.75 / 12.95) -> 30.889%,
            # (49.85 / 12.85) -> 31.145%: 31.1 is reached only at the rounding
            ("cagr", "rounding"),
        ],
    ),
    # 5. a fund letter: the fund's returns nowhere; "roughly $38 billion ... last year", "compound at about 35% a year"
    #    (inferred), "some $170 billion in 2029"
    dict(
        text=(
            "Letter to co-investors, second quarter 2025 (15 July 2025)\n"
            "The fund returned 6.8% net in the quarter, against 4.1% for its benchmark. We estimate that enterprises "
            "spent roughly $38 billion on AI-native applications last year, and we expect that spend to compound at "
            "about 35% a year to reach some $170 billion in 2029. We added to two positions in the category during the "
            "quarter."
        ),
        obs=[
            ("Total", 2024, 38, "USD billion", "actual"),
            ("Total", 2029, 170, "USD billion", "estimate"),
        ],
        claims=[("cagr", 35, "percent", 2024, 2029, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (170 / 38) ** (1 / 5) - 1 = 34.938% -> 35 (bounds 34.506-35.375)
        ],
    ),
    # 6. a rating agency's sector comment: "about $390 billion this year from $256 billion in 2024, an increase of about
    #    52%", "exceed $450 billion in 2026"; the leverage multiple and the ratings nowhere
    dict(
        text=(
            "Halberd Ratings — Sector Comment, 9 January 2025\n"
            "We expect capital spending on AI data centres by the largest cloud providers to rise to about $390 "
            "billion this year from $256 billion in 2024, an increase of about 52%, and to exceed $450 billion in "
            "2026. Most of it is funded from operating cash flow; the group's median debt/EBITDA of 0.9x leaves ample "
            "headroom at current ratings (Aa3 to A2)."
        ),
        obs=[
            ("Total", 2025, 390, "USD billion", "estimate"),
            ("Total", 2024, 256, "USD billion", "actual"),
            ("Total", 2026, 450, "USD billion", "estimate"),
        ],
        claims=[("growth", 52, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 390 / 256 - 1 = 52.344% -> 52 (bounds 51.852-52.838)
        ],
    ),
    # 7. a venture tracker's annual report: the deal value is the market, the deals counted and the valuation nowhere;
    #    a part "or 42.6% of AI deal value"
    dict(
        text=(
            "Ashcombe Venture Monitor, 2024 Annual AI Report (published 16 January 2025)\n"
            "Venture investors put $131.5 billion into AI and machine-learning companies in 2024, up 52.0% from $86.5 "
            "billion in 2023, across 4,212 deals. Generative AI start-ups took $56.0 billion, or 42.6% of AI deal "
            "value, and the median late-stage pre-money valuation rose to $310 million."
        ),
        obs=[
            ("Total", 2024, 131.5, "USD billion", "actual"),
            ("Total", 2023, 86.5, "USD billion", "actual"),
            ("Generative AI start-ups", 2024, 56.0, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 52.0, "percent", 2023, 2024, 1.0),
            ("share", 42.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 131.5 / 86.5 - 1 = 52.023% -> 52.0 (bounds 51.878-52.169)
            ("arithmetic", "exact"),  # 56.0 / 131.5 = 42.586% -> 42.6
        ],
    ),
    # 8. a private-capital review: "US$48bn ... against US$30bn a year earlier, a 62% jump" (reached only at the
    #    rounding of whole billions); the transactions counted nowhere; an expected 2025
    dict(
        text=(
            "Private capital in AI infrastructure: full-year 2024 review\n"
            "Buyout and infrastructure funds committed US$48bn to data-centre and power assets tied to AI in 2024, "
            "against US$30bn a year earlier, a 62% jump, across 57 transactions. The fund managers we track expect "
            "deployment to reach US$65bn in 2025."
        ),
        obs=[
            ("Total", 2024, 48, "USD billion", "actual"),
            ("Total", 2023, 30, "USD billion", "actual"),
            ("Total", 2025, 65, "USD billion", "estimate"),
        ],
        claims=[("growth", 62, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 48 / 30 - 1 = 60.000%, not 62 +- 0.5; bounds (47.5 / 30.5) -> 55.738%, (48.5 / 29.5) -> 64.407%:
            # 62 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 9. a voluntary announcement on the exchange: "representing a CAGR of 29.1% over the period" (inferred); the stock
    #    code and the group's revenue nowhere
    dict(
        text=(
            "VOLUNTARY ANNOUNCEMENT: INDUSTRY REPORT\n"
            "(Stock Code: 2597)\n"
            "The board of directors is pleased to inform shareholders that, according to an industry report "
            "commissioned by the Company from Pellham Advisory, the market for AI-enabled logistics robots in China "
            "reached RMB14.6 billion in 2024 and is expected to reach RMB52.3 billion in 2029, representing a CAGR of "
            "29.1% over the period. For reference, the Group's revenue for 2024 was RMB612.4 million.\n"
            "By order of the Board"
        ),
        obs=[
            ("Total", 2024, 14.6, "CNY billion", "actual"),
            ("Total", 2029, 52.3, "CNY billion", "estimate"),
        ],
        claims=[("cagr", 29.1, "percent", 2024, 2029, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (52.3 / 14.6) ** (1 / 5) - 1 = 29.071% -> 29.1 (bounds 28.958-29.185)
        ],
    ),
    # 10. an earnings call's question-and-answer session: "in calendar 2024", "roughly a 25% CAGR" (inferred); the
    #     company's annual recurring revenue nowhere
    dict(
        text=(
            "Question-and-answer session\n"
            "Analyst, Brennan Capital: How big do you think the opportunity is?\n"
            "Chief Financial Officer: We size the addressable market for AI-driven customer-experience software at "
            "$12.6 billion in calendar 2024, and we see it getting to $31 billion by 2028, roughly a 25% CAGR. For our "
            "part, we closed the fiscal year with $1.14 billion in annual recurring revenue."
        ),
        obs=[
            ("Total", 2024, 12.6, "USD billion", "actual"),
            ("Total", 2028, 31, "USD billion", "estimate"),
        ],
        claims=[("cagr", 25, "percent", 2024, 2028, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (31 / 12.6) ** (1 / 4) - 1 = 25.241% -> 25 (bounds 24.610-25.868)
        ],
    ),
    # 11. a China note in "RMB...bn" with 2024A, 2025E and 2026E: "a 2024A-26E CAGR" (stated) its amounts contradict,
    #     a share of 2026E; the top pick's rating, target price and PE nowhere
    dict(
        text=(
            "Sunbridge Research — China AI servers, 22 May 2025\n"
            "We forecast China's AI server market at RMB286.0bn in 2025E and RMB412.0bn in 2026E, from RMB186.5bn "
            "in 2024A, a 2024A-26E CAGR of 51.2%; the 2025E figure is 53.4% above 2024A. Domestic accelerators should "
            "make up 38% of the 2026E market. Top pick: Qianhe Technology (Outperform, TP RMB96.00, 24x 2026E PE)."
        ),
        obs=[
            ("Total", 2025, 286.0, "CNY billion", "estimate"),
            ("Total", 2026, 412.0, "CNY billion", "estimate"),
            ("Total", 2024, 186.5, "CNY billion", "actual"),
        ],
        claims=[
            ("cagr", 51.2, "percent", 2024, 2026, None, "stated"),
            ("growth", 53.4, "percent", 2024, 2025, 1.0),
            ("share", 38, "percent", 2026, 2026, None),
        ],
        verdicts=[
            # (412.0 / 186.5) ** (1 / 2) - 1 = 48.631%; bounds (411.95 / 186.55) -> 48.602%, (412.05 / 186.45) ->
            # 48.660%: 51.2 +- 0.05 outside
            ("cagr", "inconsistent"),
            ("cagr|implied", "exact"),  # 286.0 / 186.5 - 1 = 53.351% -> 53.4 (bounds 53.283-53.419)
        ],
    ),
    # 12. a credit outlook: "about $34 billion this year, nearly double the $18 billion of 2024" (x2 over one year);
    #     the half year's contract prices nowhere
    dict(
        text=(
            "Norwick Credit Research, Credit Outlook: Memory, 3 March 2025\n"
            "We estimate that sales of high-bandwidth memory, used in AI accelerators, will total about $34 billion "
            "this year, nearly double the $18 billion of 2024. We keep a positive outlook on the sector; our base case "
            "assumes DRAM contract prices rise 8% in the first half."
        ),
        obs=[
            ("Total", 2025, 34, "USD billion", "estimate"),
            ("Total", 2024, 18, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2025, 1.0),  # 34 / 18 = 1.89: nearly double
        ],
        verdicts=[],
    ),
    # 13. a deep dive that begins "Assuming ..." (a penetration rate, nowhere): "a 43.2% CAGR over 2024-27E" (stated)
    dict(
        text=(
            "Industry deep dive: AI PCs (Greyfriars Capital, 8 September 2025)\n"
            "Assuming AI-capable machines reach 55% of notebook shipments by 2027, we estimate the AI PC market at "
            "$112.7bn in 2027E, up from $38.4bn in 2024. That is a 43.2% CAGR over 2024-27E."
        ),
        obs=[
            ("Total", 2027, 112.7, "USD billion", "estimate"),
            ("Total", 2024, 38.4, "USD billion", "actual"),
        ],
        claims=[("cagr", 43.2, "percent", 2024, 2027, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (112.7 / 38.4) ** (1 / 3) - 1 = 43.174% -> 43.2 (bounds 43.091-43.257)
        ],
    ),
    # 14. a prospectus's "Our Industry": "representing CAGRs of 67.1% and 36.4%, respectively" (each inferred over its
    #     two amounts, in order), the five largest providers' share of 2024; the "Source:" line nowhere
    dict(
        text=(
            "Our Industry\n"
            "According to the Kingsley Sullivan Report, global revenue from AI-generated short-video tools rose from "
            "US$0.9 billion in 2021 to US$4.2 billion in 2024 and is projected to increase to US$19.8 billion in 2029, "
            "representing CAGRs of 67.1% and 36.4%, respectively. In 2024 the five largest providers together "
            "accounted for 47.3% of the market by revenue.\n"
            "Source: Kingsley Sullivan Report"
        ),
        obs=[
            ("Total", 2021, 0.9, "USD billion", "actual"),
            ("Total", 2024, 4.2, "USD billion", "actual"),
            ("Total", 2029, 19.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 67.1, "percent", 2021, 2024, None, "inferred"),
            ("cagr", 36.4, "percent", 2024, 2029, None, "inferred"),
            ("share", 47.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (4.2 / 0.9) ** (1 / 3) - 1 = 67.110% -> 67.1 (bounds 63.471-70.998)
            ("cagr|period", "exact"),  # (19.8 / 4.2) ** (1 / 5) - 1 = 36.359% -> 36.4 (bounds 35.968-36.755)
        ],
    ),
    # 15. a shareholder letter in euros: "19.6% more than the €18.2 billion" a rate its amounts contradict; the
    #     holdings' 31% nowhere
    dict(
        text=(
            "Annual letter to shareholders, March 2025\n"
            "European businesses spent €21.4 billion on AI software last year, 19.6% more than the €18.2 billion they "
            "spent in 2023, by our reckoning from vendor filings. Our holdings in the space rose 31% over the same "
            "period."
        ),
        obs=[
            ("Total", 2024, 21.4, "EUR billion", "actual"),
            ("Total", 2023, 18.2, "EUR billion", "actual"),
        ],
        claims=[("growth", 19.6, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 21.4 / 18.2 - 1 = 17.582%; bounds (21.35 / 18.25) -> 16.986%, (21.45 / 18.15) -> 18.182%:
            # 19.6 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 16. a spin-off announcement in HK$ million: a part "of which ... accounted for ..., or 44.7%", "HK$5.1 billion
    #     in 2028" expected as 5100, "a CAGR of 21.2% from 2024 to 2028" (stated); the closing dateline nowhere
    dict(
        text=(
            "ANNOUNCEMENT\n"
            "PROPOSED SPIN-OFF AND SEPARATE LISTING OF THE WEALTHTECH BUSINESS\n"
            "According to the industry consultant engaged by the Company, Hong Kong's market for AI-driven "
            "wealth-management platforms reached HK$2,360 million in 2024, of which mobile-first platforms accounted "
            "for HK$1,054 million, or 44.7%. The market is forecast to grow to HK$5.1 billion in 2028, representing a "
            "CAGR of 21.2% from 2024 to 2028.\n"
            "Hong Kong, 27 June 2025"
        ),
        obs=[
            ("Total", 2024, 2360, "HKD million", "actual"),
            ("Mobile-first platforms", 2024, 1054, "HKD million", "actual"),
            ("Total", 2028, 5100, "HKD million", "estimate"),
        ],
        claims=[
            ("share", 44.7, "percent", 2024, 2024, None),
            ("cagr", 21.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1054 / 2360 = 44.661% -> 44.7
            # (5100 / 2360) ** (1 / 4) - 1 = 21.245% -> 21.2 (HK$5.1 billion read 5,050-5,150 million: 20.94-21.55)
            ("cagr", "exact"),
        ],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. a broker's 行业深度: 我们测算……约为 (the approximate base), 预计2025-2027年分别达到 (each year, in order), a stated CAGR; the
    #     leader's EPS, 对应PE and the rating nowhere
    dict(
        text=(
            "【恒岳证券·AI服务器行业深度报告】我们测算2024年全球AI服务器市场规模约为1,251亿美元，预计2025-2027年分别达到1,870亿美元、"
            "2,540亿美元和3,180亿美元，2024-2027年CAGR为36.5%。我们预计龙头公司2025年EPS为2.35元，对应PE 32倍，维持“买入”评级。"
        ),
        obs=[
            ("Total", 2024, 1251, "USD 100 million", "actual"),
            ("Total", 2025, 1870, "USD 100 million", "estimate"),
            ("Total", 2026, 2540, "USD 100 million", "estimate"),
            ("Total", 2027, 3180, "USD 100 million", "estimate"),
        ],
        claims=[("cagr", 36.5, "percent", 2024, 2027, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (3180 / 1251) ** (1 / 3) - 1 = 36.476% -> 36.5 (bounds 36.451-36.501)
        ],
    ),
    # 18. a broker's 点评: 假设……渗透率 (a penetration rate, nowhere), 有望达到, 2023-2025年CAGR约84% (stated); 风险提示 nowhere
    dict(
        text=(
            "【点评】AI眼镜：新品密集发布，行业拐点已至\n"
            "2023年国内AI眼镜市场规模为28.4亿元。假设2025年AI眼镜在智能眼镜中的渗透率提升至30%，我们预计2025年市场规模有望达到96.5亿元，"
            "2023-2025年CAGR约84%。风险提示：新品销量不及预期；供应链降本不及预期。"
        ),
        obs=[
            ("Total", 2023, 28.4, "CNY 100 million", "actual"),
            ("Total", 2025, 96.5, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 84, "percent", 2023, 2025, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (96.5 / 28.4) ** (1 / 2) - 1 = 84.334% -> 84 (bounds 84.124-84.544)
        ],
    ),
    # 19. a 科创板 prospectus: 按销售额计，由……增长至……，年均复合增长率 (inferred), 2024-2029年年均复合增长率 (stated); the issuer's
    #     own revenue nowhere
    dict(
        text=(
            "（二）行业市场规模\n"
            "根据睿桥咨询的统计，按销售额计，中国工业AI视觉质检设备市场规模由2020年的18.6亿元增长至2024年的71.3亿元，年均复合增长率为"
            "39.9%；预计到2029年将增长至263.5亿元，2024-2029年年均复合增长率为29.9%。报告期内，公司营业收入分别为2.16亿元、3.05亿元和"
            "4.12亿元。"
        ),
        obs=[
            ("Total", 2020, 18.6, "CNY 100 million", "actual"),
            ("Total", 2024, 71.3, "CNY 100 million", "actual"),
            ("Total", 2029, 263.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 39.9, "percent", 2020, 2024, None, "inferred"),
            ("cagr", 29.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (71.3 / 18.6) ** (1 / 4) - 1 = 39.925% -> 39.9 (bounds 39.806-40.043)
            ("cagr", "exact"),  # (263.5 / 71.3) ** (1 / 5) - 1 = 29.879% -> 29.9 (bounds 29.856-29.902)
        ],
    ),
    # 20. a Hong Kong prospectus in Traditional Chinese: 根據……的資料，按收入計, a stated CAGR whose base is not printed,
    #     預期……將按……的複合年增長率增長，並於2028年達致 (stated, a rate before its amount)
    dict(
        text=(
            "行業概覽\n"
            "根據沙利恆諮詢的資料，按收入計，2023年中國AI藥物研發外包服務市場規模達人民幣86億元，2019年至2023年的複合年增長率為41.2%；"
            "預期該市場於2023年至2028年將按32.5%的複合年增長率增長，並於2028年達致人民幣351億元。"
        ),
        obs=[
            ("Total", 2023, 86, "CNY 100 million", "actual"),
            ("Total", 2028, 351, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 41.2, "percent", 2019, 2023, None, "stated"),
            ("cagr", 32.5, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (351 / 86) ** (1 / 5) - 1 = 32.483% -> 32.5 (bounds 32.292-32.676); 41.2% has no base
        ],
    ),
    # 21. a venture tracker: 投资事件……起 and its 同比减少 nowhere, 投资金额合计 the market with 同比下降 (no base), a part 占比; the title's
    #     year nowhere
    dict(
        text=(
            "投瞻数据发布的《2024年中国人工智能投融资报告》显示，2024年中国人工智能领域共发生股权投资事件1,286起，同比减少9.7%；披露的"
            "投资金额合计1,052.6亿元，同比下降12.4%。其中，大模型赛道融资金额为426.8亿元，占比40.5%。"
        ),
        obs=[
            ("Total", 2024, 1052.6, "CNY 100 million", "actual"),
            ("大模型赛道", 2024, 426.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", -12.4, "percent", 2023, 2024, 1.0),
            ("share", 40.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 426.8 / 1052.6 = 40.547% -> 40.5
        ],
    ),
    # 22. a fund's quarterly report: 从……约……增长至……以上 (two approximate figures), 年均增速接近43% (inferred); the fund's
    #     份额净值增长率 and its benchmark nowhere
    dict(
        text=(
            "华钧科技创新混合型证券投资基金2025年第2季度报告\n"
            "报告期内基金投资策略和运作分析：我们判断，全球AI算力芯片市场规模将从2024年的约1,200亿美元增长至2027年的3,500亿美元以上，"
            "年均增速接近43%。本报告期内，本基金份额净值增长率为12.36%，同期业绩比较基准收益率为3.05%。"
        ),
        obs=[
            ("Total", 2024, 1200, "USD 100 million", "actual"),
            ("Total", 2027, 3500, "USD 100 million", "estimate"),
        ],
        claims=[("cagr", 43, "percent", 2024, 2027, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (3500 / 1200) ** (1 / 3) - 1 = 42.877% -> 43 (bounds 42.850-42.904)
        ],
    ),
    # 23. a rating agency's 行业研究评论: 预计达到……，较2024年的……增长48.5% (contradicted by its amounts); the ratings nowhere
    dict(
        text=(
            "中恒信评发布行业研究评论称，2025年国内算力租赁市场规模预计达到586亿元，较2024年的402亿元增长48.5%，但行业竞争加剧，租赁价格"
            "承压。该机构维持行业展望为“稳定”，主要受评主体级别集中在AA至AA+。"
        ),
        obs=[
            ("Total", 2025, 586, "CNY 100 million", "estimate"),
            ("Total", 2024, 402, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 48.5, "percent", 2024, 2025, 1.0)],
        verdicts=[
            # 586 / 402 - 1 = 45.771%; bounds (585.5 / 402.5) -> 45.466%, (586.5 / 401.5) -> 46.077%:
            # 48.5 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. an SSE announcement: 证券代码, 公告编号 and 募集资金总额 nowhere; 复合增长率约为38% (stated)
    dict(
        text=(
            "证券代码：688517 证券简称：恒驰智驾 公告编号：2025-031\n"
            "恒驰智驾科技股份有限公司关于向特定对象发行A股股票募集资金使用可行性分析报告（修订稿）的公告\n"
            "根据第三方机构测算，2024年我国智能驾驶域控制器市场规模为386亿元，预计2027年将达到1,024亿元，2024-2027年复合增长率约为38%。"
            "本次发行募集资金总额不超过12.00亿元（含本数）。"
        ),
        obs=[
            ("Total", 2024, 386, "CNY 100 million", "actual"),
            ("Total", 2027, 1024, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 38, "percent", 2024, 2027, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (1024 / 386) ** (1 / 3) - 1 = 38.432% -> 38 (bounds 38.350-38.515)
        ],
    ),
    # 25. a Taiwan advisory in Traditional Chinese: 今年……產值將達新台幣……，年增68% (no base printed), 2026年可望再增至……，年增45.1%;
    #     the leader's EPS and the rating nowhere
    dict(
        text=(
            "（2025年8月12日）凱勤投顧最新產業報告指出，受惠雲端業者擴大資本支出，今年全球CoWoS先進封裝產值將達新台幣2,860億元，年增68%，"
            "2026年可望再增至4,150億元，年增45.1%。該投顧預估龍頭廠今年每股純益（EPS）38.5元，給予「買進」評等。"
        ),
        obs=[
            ("Total", 2025, 2860, "TWD 100 million", "estimate"),
            ("Total", 2026, 4150, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 68, "percent", 2024, 2025, 1.0),
            ("growth", 45.1, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4150 / 2860 - 1 = 45.105% -> 45.1 (bounds 45.062-45.148)
        ],
    ),
    # 26. a Hong Kong broker in Traditional Chinese, in 億港元: 三年間的複合年增長率 (a span in words, inferred), 預期今年……按年增長31%至約
    dict(
        text=(
            "（2025年3月18日）港華證券研究部估算，香港金融機構在生成式AI方案上的支出由2021年的18.6億港元增至2024年的47.2億港元，"
            "三年間的複合年增長率為36.4%；研究部預期今年支出將按年增長31%至約62億港元。"
        ),
        obs=[
            ("Total", 2021, 18.6, "HKD 100 million", "actual"),
            ("Total", 2024, 47.2, "HKD 100 million", "actual"),
            ("Total", 2025, 62, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 36.4, "percent", 2021, 2024, None, "inferred"),
            ("growth", 31, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (47.2 / 18.6) ** (1 / 3) - 1 = 36.399% -> 36.4 (bounds 36.228-36.569)
            ("cagr|implied", "exact"),  # 62 / 47.2 - 1 = 31.356% -> 31 (bounds 30.159-32.556)
        ],
    ),
    # 27. a broker's weekly note: 2025E、2026E……分别为 (each year, in order), 同比+64%/+58% (each its rate, in order), 约为 the
    #     2024 base; 对应……25倍PE nowhere
    dict(
        text=(
            "【华屹证券·电子行业周报】我们预计2025E、2026E全球AI ASIC市场规模分别为286亿美元、452亿美元，同比+64%/+58%，2024年约为174亿美元。"
            "建议关注定制芯片设计服务龙头，其对应2026年估值仅25倍PE。"
        ),
        obs=[
            ("Total", 2025, 286, "USD 100 million", "estimate"),
            ("Total", 2026, 452, "USD 100 million", "estimate"),
            ("Total", 2024, 174, "USD 100 million", "actual"),
        ],
        claims=[
            ("growth", 64, "percent", 2024, 2025, 1.0),
            ("growth", 58, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 286 / 174 - 1 = 64.368% -> 64 (bounds 63.610-65.130)
            ("cagr|implied", "exact"),  # 452 / 286 - 1 = 58.042% -> 58 (bounds 57.592-58.494)
        ],
    ),
    # 28. a voluntary announcement in Traditional Chinese (自願公告): 預計將由……增長至……，複合年增長率 (inferred, contradicted);
    #     the company's 收入 and 承董事會命 nowhere
    dict(
        text=(
            "自願公告\n"
            "業務最新情況\n"
            "董事會欣然宣佈，根據本公司委託獨立第三方諮詢機構編製的行業報告，中國AI臨床決策支持系統市場規模預計將由2024年的人民幣32.4億元"
            "增長至2030年的人民幣158.6億元，複合年增長率為32.7%。本公司於2024年的收入為人民幣3.86億元。\n"
            "承董事會命"
        ),
        obs=[
            ("Total", 2024, 32.4, "CNY 100 million", "actual"),
            ("Total", 2030, 158.6, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 32.7, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            # (158.6 / 32.4) ** (1 / 6) - 1 = 30.305%; bounds (158.55 / 32.45) -> 30.264%, (158.65 / 32.35) ->
            # 30.345%: 32.7 +- 0.05 outside
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 29. a broker's 行业深度: 假设 a penetration rate and a unit value (nowhere), 测算对应2027年……约为 (an approximate estimate),
    #     2024-2027年CAGR达 (stated), its 2024 base after it
    dict(
        text=(
            "【澄岳证券·高阶智驾芯片行业深度】我们假设2027年国内L3及以上车型渗透率达到12%、单车智驾芯片价值量下降至2,800元，测算对应2027年"
            "国内高阶智驾芯片市场空间约为372亿元，2024-2027年CAGR达62.9%；2024年该市场规模为86亿元。"
        ),
        obs=[
            ("Total", 2027, 372, "CNY 100 million", "estimate"),
            ("Total", 2024, 86, "CNY 100 million", "actual"),
        ],
        claims=[("cagr", 62.9, "percent", 2024, 2027, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (372 / 86) ** (1 / 3) - 1 = 62.935% -> 62.9 (bounds 62.548-63.325)
        ],
    ),
    # 30. a 问询函 reply: 2022年、2023年和2024年……分别为 (each year, in order), a stated CAGR, 2024年同比增长; the issuer's revenue
    #     nowhere
    dict(
        text=(
            "关于恒声微电子首次公开发行股票并在科创板上市申请文件审核问询函的回复\n"
            "根据弗睿咨询的数据，2022年、2023年和2024年，我国AI语音交互芯片市场规模分别为46.2亿元、61.8亿元和83.5亿元，2022-2024年"
            "年均复合增长率为34.4%，其中2024年同比增长35.1%。发行人同期营业收入为2.64亿元。"
        ),
        obs=[
            ("Total", 2022, 46.2, "CNY 100 million", "actual"),
            ("Total", 2023, 61.8, "CNY 100 million", "actual"),
            ("Total", 2024, 83.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 34.4, "percent", 2022, 2024, None, "stated"),
            ("growth", 35.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr", "exact"),  # (83.5 / 46.2) ** (1 / 2) - 1 = 34.438% -> 34.4 (bounds 34.325-34.551)
            ("cagr|implied", "exact"),  # 83.5 / 61.8 - 1 = 35.113% -> 35.1 (bounds 34.923-35.304)
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. a Hong Kong prospectus's pipe table under "(RMB billion)": segments with 2024E and 2028E columns and a CAGR
    #     column per period (stated), a Total row; the "Source:" line nowhere
    dict(
        text=(
            "Market size of China's AI medical imaging software by modality, 2019-2028E\n"
            "(RMB billion)\n"
            "| Modality | 2019 | 2023 | 2024E | 2028E | CAGR 2019-2023 | CAGR 2023-2028E |\n"
            "|---|---|---|---|---|---|---|\n"
            "| CT | 1.2 | 3.9 | 5.0 | 12.6 | 34.3% | 26.4% |\n"
            "| MRI | 0.5 | 1.8 | 2.4 | 6.7 | 37.7% | 30.1% |\n"
            "| X-ray | 0.7 | 1.6 | 1.9 | 3.8 | 22.9% | 18.9% |\n"
            "| Total | 2.4 | 7.3 | 9.3 | 23.1 | 32.1% | 25.9% |\n"
            "Source: Lindell Sullivan Consulting"
        ),
        obs=[
            ("CT", 2019, 1.2, "CNY billion", "actual"),
            ("CT", 2023, 3.9, "CNY billion", "actual"),
            ("CT", 2024, 5.0, "CNY billion", "estimate"),
            ("CT", 2028, 12.6, "CNY billion", "estimate"),
            ("MRI", 2019, 0.5, "CNY billion", "actual"),
            ("MRI", 2023, 1.8, "CNY billion", "actual"),
            ("MRI", 2024, 2.4, "CNY billion", "estimate"),
            ("MRI", 2028, 6.7, "CNY billion", "estimate"),
            ("X-ray", 2019, 0.7, "CNY billion", "actual"),
            ("X-ray", 2023, 1.6, "CNY billion", "actual"),
            ("X-ray", 2024, 1.9, "CNY billion", "estimate"),
            ("X-ray", 2028, 3.8, "CNY billion", "estimate"),
            ("Total", 2019, 2.4, "CNY billion", "actual"),
            ("Total", 2023, 7.3, "CNY billion", "actual"),
            ("Total", 2024, 9.3, "CNY billion", "estimate"),
            ("Total", 2028, 23.1, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 34.3, "percent", 2019, 2023, None, "stated"),
            ("cagr", 37.7, "percent", 2019, 2023, None, "stated"),
            ("cagr", 22.9, "percent", 2019, 2023, None, "stated"),
            ("cagr", 32.1, "percent", 2019, 2023, None, "stated"),
            ("cagr", 26.4, "percent", 2023, 2028, None, "stated"),
            ("cagr", 30.1, "percent", 2023, 2028, None, "stated"),
            ("cagr", 18.9, "percent", 2023, 2028, None, "stated"),
            ("cagr", 25.9, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (3.9 / 1.2) ** (1 / 4) - 1 = 34.267% -> 34.3
            ("cagr", "exact"),  # (1.8 / 0.5) ** (1 / 4) - 1 = 37.745% -> 37.7
            # (1.6 / 0.7) ** (1 / 4) - 1 = 22.958%, not 22.9 +- 0.05; bounds (1.55 / 0.75) -> 19.900%,
            # (1.65 / 0.65) -> 26.224%: 22.9 is reached only at the rounding
            ("cagr", "rounding"),
            ("cagr", "exact"),  # (7.3 / 2.4) ** (1 / 4) - 1 = 32.062% -> 32.1
            ("cagr", "exact"),  # (12.6 / 3.9) ** (1 / 5) - 1 = 26.433% -> 26.4
            ("cagr", "exact"),  # (6.7 / 1.8) ** (1 / 5) - 1 = 30.065% -> 30.1
            ("cagr", "exact"),  # (3.8 / 1.6) ** (1 / 5) - 1 = 18.887% -> 18.9
            ("cagr", "exact"),  # (23.1 / 7.3) ** (1 / 5) - 1 = 25.909% -> 25.9
            # 1.2 + 0.5 + 0.7 = 2.4; 3.9 + 1.8 + 1.6 = 7.3; 5.0 + 2.4 + 1.9 = 9.3; 12.6 + 6.7 + 3.8 = 23.1
            ("hierarchy", "exact"),
        ],
    ),
    # 32. a Hong Kong prospectus's tab-separated table in Traditional Chinese under 單位：人民幣十億元 (CNY billion): 應用 rows,
    #     2028年估計 an estimate, a 複合年增長率 column per period (stated), a 總計 row; 資料來源 nowhere
    dict(
        text=(
            "中國AI智慧客服解決方案市場規模（按應用劃分）\n"
            "單位：人民幣十億元\n"
            "應用\t2019年\t2023年\t2028年估計\t2019年至2023年複合年增長率\t2023年至2028年估計複合年增長率\n"
            "生成式客服代理\t0.8\t4.6\t21.5\t54.9%\t36.1%\n"
            "文字機器人\t2.1\t5.3\t14.8\t26.0%\t22.8%\n"
            "坐席輔助\t0.9\t1.9\t4.6\t20.5%\t19.3%\n"
            "總計\t3.8\t11.8\t40.9\t32.7%\t28.2%\n"
            "資料來源：沙利恆諮詢"
        ),
        obs=[
            ("生成式客服代理", 2019, 0.8, "CNY billion", "actual"),
            ("生成式客服代理", 2023, 4.6, "CNY billion", "actual"),
            ("生成式客服代理", 2028, 21.5, "CNY billion", "estimate"),
            ("文字機器人", 2019, 2.1, "CNY billion", "actual"),
            ("文字機器人", 2023, 5.3, "CNY billion", "actual"),
            ("文字機器人", 2028, 14.8, "CNY billion", "estimate"),
            ("坐席輔助", 2019, 0.9, "CNY billion", "actual"),
            ("坐席輔助", 2023, 1.9, "CNY billion", "actual"),
            ("坐席輔助", 2028, 4.6, "CNY billion", "estimate"),
            ("總計", 2019, 3.8, "CNY billion", "actual"),
            ("總計", 2023, 11.8, "CNY billion", "actual"),
            ("總計", 2028, 40.9, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 54.9, "percent", 2019, 2023, None, "stated"),
            ("cagr", 26.0, "percent", 2019, 2023, None, "stated"),
            ("cagr", 20.5, "percent", 2019, 2023, None, "stated"),
            ("cagr", 32.7, "percent", 2019, 2023, None, "stated"),
            ("cagr", 36.1, "percent", 2023, 2028, None, "stated"),
            ("cagr", 22.8, "percent", 2023, 2028, None, "stated"),
            ("cagr", 19.3, "percent", 2023, 2028, None, "stated"),
            ("cagr", 28.2, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (4.6 / 0.8) ** (1 / 4) - 1 = 54.852% -> 54.9
            ("cagr", "exact"),  # (5.3 / 2.1) ** (1 / 4) - 1 = 26.042% -> 26.0
            ("cagr", "exact"),  # (1.9 / 0.9) ** (1 / 4) - 1 = 20.539% -> 20.5
            ("cagr", "exact"),  # (11.8 / 3.8) ** (1 / 4) - 1 = 32.747% -> 32.7
            ("cagr", "exact"),  # (21.5 / 4.6) ** (1 / 5) - 1 = 36.124% -> 36.1
            ("cagr", "exact"),  # (14.8 / 5.3) ** (1 / 5) - 1 = 22.800% -> 22.8
            ("cagr", "exact"),  # (4.6 / 1.9) ** (1 / 5) - 1 = 19.344% -> 19.3
            ("cagr", "exact"),  # (40.9 / 11.8) ** (1 / 5) - 1 = 28.224% -> 28.2
            # 0.8 + 2.1 + 0.9 = 3.8; 4.6 + 5.3 + 1.9 = 11.8; 21.5 + 14.8 + 4.6 = 40.9
            ("hierarchy", "exact"),
        ],
    ),
    # 33. a broker's model in aligned columns under 单位：亿元: years as columns with E, a 市场规模 row, a 同比增速 row; the
    #     上架率 row (a utilisation rate) and the 图表 number nowhere
    dict(
        text=(
            "图表12：中国智算中心运营服务市场规模测算\n"
            "单位：亿元\n"
            "指标          2023      2024      2025E     2026E     2027E\n"
            "市场规模       186       312       526       804     1,126\n"
            "同比增速        —      67.7%     68.6%     52.9%     40.0%\n"
            "上架率         58%       63%       69%       74%       78%\n"
            "资料来源：澄岳证券研究所测算"
        ),
        obs=[
            ("市场规模", 2023, 186, "CNY 100 million", "actual"),
            ("市场规模", 2024, 312, "CNY 100 million", "actual"),
            ("市场规模", 2025, 526, "CNY 100 million", "estimate"),
            ("市场规模", 2026, 804, "CNY 100 million", "estimate"),
            ("市场规模", 2027, 1126, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 67.7, "percent", 2023, 2024, 1.0),
            ("growth", 68.6, "percent", 2024, 2025, 1.0),
            ("growth", 52.9, "percent", 2025, 2026, 1.0),
            ("growth", 40.0, "percent", 2026, 2027, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 312 / 186 - 1 = 67.742% -> 67.7
            ("cagr|implied", "exact"),  # 526 / 312 - 1 = 68.590% -> 68.6
            ("cagr|implied", "exact"),  # 804 / 526 - 1 = 52.852% -> 52.9
            ("cagr|implied", "exact"),  # 1126 / 804 - 1 = 40.050% -> 40.0 (bounds 39.901-40.199)
        ],
    ),
    # 34. a venture tracker's tab-separated table of years in "(US$ billion)": a "Deal value" column, a "Deals" count
    #     column (nowhere) and a "YoY (value)" column (two declines)
    dict(
        text=(
            "Global venture funding to AI companies, 2021-2024 (US$ billion)\n"
            "Year\tDeal value\tDeals\tYoY (value)\n"
            "2021\t112.4\t5,870\t—\n"
            "2022\t78.6\t5,210\t-30.1%\n"
            "2023\t69.8\t4,630\t-11.2%\n"
            "2024\t104.3\t4,405\t49.4%\n"
            "Deal counts include undisclosed rounds. Source: Ashcombe Venture Monitor"
        ),
        obs=[
            ("Deal value", 2021, 112.4, "USD billion", "actual"),
            ("Deal value", 2022, 78.6, "USD billion", "actual"),
            ("Deal value", 2023, 69.8, "USD billion", "actual"),
            ("Deal value", 2024, 104.3, "USD billion", "actual"),
        ],
        claims=[
            ("growth", -30.1, "percent", 2021, 2022, 1.0),
            ("growth", -11.2, "percent", 2022, 2023, 1.0),
            ("growth", 49.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 78.6 / 112.4 - 1 = -30.071% -> -30.1
            ("cagr|implied", "exact"),  # 69.8 / 78.6 - 1 = -11.196% -> -11.2
            ("cagr|implied", "exact"),  # 104.3 / 69.8 - 1 = 49.427% -> 49.4
        ],
    ),
    # 35. an investor day's aligned table in "($bn)": 2024A and 2030E columns, a "CAGR 2024A-30E" column (stated), a
    #     Total row
    dict(
        text=(
            "Investor Day 2025: AI data-centre silicon TAM by segment ($bn)\n"
            "Segment                2024A     2030E    CAGR 2024A-30E\n"
            "Data-centre GPUs       118.0     512.0        27.7%\n"
            "Custom accelerators     21.0     158.0        40.0%\n"
            "Networking              18.0      96.0        32.2%\n"
            "Total                  157.0     766.0        30.2%\n"
            "A = actual; E = company estimate."
        ),
        obs=[
            ("Data-centre GPUs", 2024, 118.0, "USD billion", "actual"),
            ("Data-centre GPUs", 2030, 512.0, "USD billion", "estimate"),
            ("Custom accelerators", 2024, 21.0, "USD billion", "actual"),
            ("Custom accelerators", 2030, 158.0, "USD billion", "estimate"),
            ("Networking", 2024, 18.0, "USD billion", "actual"),
            ("Networking", 2030, 96.0, "USD billion", "estimate"),
            ("Total", 2024, 157.0, "USD billion", "actual"),
            ("Total", 2030, 766.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 27.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 40.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 32.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 30.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (512.0 / 118.0) ** (1 / 6) - 1 = 27.712% -> 27.7
            ("cagr", "exact"),  # (158.0 / 21.0) ** (1 / 6) - 1 = 39.982% -> 40.0
            ("cagr", "exact"),  # (96.0 / 18.0) ** (1 / 6) - 1 = 32.180% -> 32.2
            ("cagr", "exact"),  # (766.0 / 157.0) ** (1 / 6) - 1 = 30.233% -> 30.2
            ("hierarchy", "exact"),  # 118.0 + 21.0 + 18.0 = 157.0; 512.0 + 158.0 + 96.0 = 766.0
        ],
    ),
    # 36. a private-capital pipe table by region in "(US$ billion)": 2023 and 2024 columns, a "YoY" column (one reached
    #     only at the rounding), a "Deals, 2024" count column (nowhere), a Total row
    dict(
        text=(
            "AI data-centre deals by private equity and infrastructure funds, by region (US$ billion)\n"
            "| Region | 2023 | 2024 | YoY | Deals, 2024 |\n"
            "|---|---|---|---|---|\n"
            "| North America | 17.9 | 30.8 | 72.1% | 38 |\n"
            "| Europe | 6.2 | 9.1 | 47.5% | 17 |\n"
            "| Asia-Pacific | 5.4 | 7.6 | 40.7% | 12 |\n"
            "| Total | 29.5 | 47.5 | 61.0% | 67 |\n"
            "YoY is calculated on unrounded deal values."
        ),
        obs=[
            ("North America", 2023, 17.9, "USD billion", "actual"),
            ("North America", 2024, 30.8, "USD billion", "actual"),
            ("Europe", 2023, 6.2, "USD billion", "actual"),
            ("Europe", 2024, 9.1, "USD billion", "actual"),
            ("Asia-Pacific", 2023, 5.4, "USD billion", "actual"),
            ("Asia-Pacific", 2024, 7.6, "USD billion", "actual"),
            ("Total", 2023, 29.5, "USD billion", "actual"),
            ("Total", 2024, 47.5, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 72.1, "percent", 2023, 2024, 1.0),
            ("growth", 47.5, "percent", 2023, 2024, 1.0),
            ("growth", 40.7, "percent", 2023, 2024, 1.0),
            ("growth", 61.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 30.8 / 17.9 - 1 = 72.067% -> 72.1
            # 9.1 / 6.2 - 1 = 46.774%, not 47.5 +- 0.05; bounds (9.05 / 6.25) -> 44.800%, (9.15 / 6.15) -> 48.780%:
            # 47.5 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 7.6 / 5.4 - 1 = 40.741% -> 40.7
            ("cagr|implied", "exact"),  # 47.5 / 29.5 - 1 = 61.017% -> 61.0
            ("hierarchy", "exact"),  # 17.9 + 6.2 + 5.4 = 29.5; 30.8 + 9.1 + 7.6 = 47.5
        ],
    ),
    # 37. a 科创板 pipe table of years under 单位：亿元: 市场规模 and 增长率 columns, 2025E and 2026E estimates, one rate
    #     transposed (13.1% for 31.1%) and contradicted; the title's years and 数据来源 nowhere
    dict(
        text=(
            "图表：2020-2026年中国AI视觉芯片市场规模及增长率\n"
            "单位：亿元\n"
            "| 年份 | 市场规模 | 增长率 |\n"
            "|---|---|---|\n"
            "| 2020 | 21.4 | — |\n"
            "| 2021 | 30.2 | 41.1% |\n"
            "| 2022 | 39.6 | 13.1% |\n"
            "| 2023 | 52.8 | 33.3% |\n"
            "| 2024 | 70.9 | 34.3% |\n"
            "| 2025E | 93.1 | 31.3% |\n"
            "| 2026E | 120.4 | 29.3% |\n"
            "数据来源：弗睿咨询"
        ),
        obs=[
            ("市场规模", 2020, 21.4, "CNY 100 million", "actual"),
            ("市场规模", 2021, 30.2, "CNY 100 million", "actual"),
            ("市场规模", 2022, 39.6, "CNY 100 million", "actual"),
            ("市场规模", 2023, 52.8, "CNY 100 million", "actual"),
            ("市场规模", 2024, 70.9, "CNY 100 million", "actual"),
            ("市场规模", 2025, 93.1, "CNY 100 million", "estimate"),
            ("市场规模", 2026, 120.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.1, "percent", 2020, 2021, 1.0),
            ("growth", 13.1, "percent", 2021, 2022, 1.0),
            ("growth", 33.3, "percent", 2022, 2023, 1.0),
            ("growth", 34.3, "percent", 2023, 2024, 1.0),
            ("growth", 31.3, "percent", 2024, 2025, 1.0),
            ("growth", 29.3, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 30.2 / 21.4 - 1 = 41.121% -> 41.1
            # 39.6 / 30.2 - 1 = 31.126%; bounds (39.55 / 30.25) -> 30.744%, (39.65 / 30.15) -> 31.509%:
            # 13.1 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 52.8 / 39.6 - 1 = 33.333% -> 33.3
            ("cagr|implied", "exact"),  # 70.9 / 52.8 - 1 = 34.280% -> 34.3
            ("cagr|implied", "exact"),  # 93.1 / 70.9 - 1 = 31.312% -> 31.3
            ("cagr|implied", "exact"),  # 120.4 / 93.1 - 1 = 29.323% -> 29.3
        ],
    ),
    # 38. a Taiwan advisory's aligned table in Traditional Chinese under 單位：新台幣億元: 品項 rows, 2024 and 2025(F)
    #     columns, a 年增率 column, a 合計 row
    dict(
        text=(
            "表三：AI伺服器關鍵零組件產值預估\n"
            "單位：新台幣億元\n"
            "品項            2024     2025(F)    年增率\n"
            "散熱模組         612      1,018     66.3%\n"
            "電源供應器       845      1,262     49.3%\n"
            "機殼及滑軌       398        541     35.9%\n"
            "合計           1,855      2,821     52.1%\n"
            "資料來源：凱勤投顧"
        ),
        obs=[
            ("散熱模組", 2024, 612, "TWD 100 million", "actual"),
            ("散熱模組", 2025, 1018, "TWD 100 million", "estimate"),
            ("電源供應器", 2024, 845, "TWD 100 million", "actual"),
            ("電源供應器", 2025, 1262, "TWD 100 million", "estimate"),
            ("機殼及滑軌", 2024, 398, "TWD 100 million", "actual"),
            ("機殼及滑軌", 2025, 541, "TWD 100 million", "estimate"),
            ("合計", 2024, 1855, "TWD 100 million", "actual"),
            ("合計", 2025, 2821, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 66.3, "percent", 2024, 2025, 1.0),
            ("growth", 49.3, "percent", 2024, 2025, 1.0),
            ("growth", 35.9, "percent", 2024, 2025, 1.0),
            ("growth", 52.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1018 / 612 - 1 = 66.340% -> 66.3
            ("cagr|implied", "exact"),  # 1262 / 845 - 1 = 49.349% -> 49.3
            ("cagr|implied", "exact"),  # 541 / 398 - 1 = 35.930% -> 35.9
            ("cagr|implied", "exact"),  # 2821 / 1855 - 1 = 52.075% -> 52.1
            ("hierarchy", "exact"),  # 612 + 845 + 398 = 1855; 1018 + 1262 + 541 = 2821
        ],
    ),
    # 39. a broker's tab-separated table in 亿美元 with a 2023-2025年CAGR column (stated); its 合计 misses its parts by 0.1
    #     in two years (a hierarchy verdict reached only at the rounding); the 注 line nowhere
    dict(
        text=(
            "图表8：全球AI服务器液冷市场规模测算（亿美元）\n"
            "细分\t2023\t2024\t2025E\t2023-2025年CAGR\n"
            "冷板式\t18.6\t32.4\t55.8\t73.2%\n"
            "浸没式\t4.2\t8.1\t15.6\t92.7%\n"
            "其他\t1.1\t1.6\t2.3\t44.6%\n"
            "合计\t23.8\t42.1\t73.8\t76.1%\n"
            "注：E为华屹证券研究所预测值；因四舍五入，合计与分项之和或有差异。"
        ),
        obs=[
            ("冷板式", 2023, 18.6, "USD 100 million", "actual"),
            ("冷板式", 2024, 32.4, "USD 100 million", "actual"),
            ("冷板式", 2025, 55.8, "USD 100 million", "estimate"),
            ("浸没式", 2023, 4.2, "USD 100 million", "actual"),
            ("浸没式", 2024, 8.1, "USD 100 million", "actual"),
            ("浸没式", 2025, 15.6, "USD 100 million", "estimate"),
            ("其他", 2023, 1.1, "USD 100 million", "actual"),
            ("其他", 2024, 1.6, "USD 100 million", "actual"),
            ("其他", 2025, 2.3, "USD 100 million", "estimate"),
            ("合计", 2023, 23.8, "USD 100 million", "actual"),
            ("合计", 2024, 42.1, "USD 100 million", "actual"),
            ("合计", 2025, 73.8, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 73.2, "percent", 2023, 2025, None, "stated"),
            ("cagr", 92.7, "percent", 2023, 2025, None, "stated"),
            ("cagr", 44.6, "percent", 2023, 2025, None, "stated"),
            ("cagr", 76.1, "percent", 2023, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (55.8 / 18.6) ** (1 / 2) - 1 = 73.205% -> 73.2
            ("cagr", "exact"),  # (15.6 / 4.2) ** (1 / 2) - 1 = 92.725% -> 92.7
            ("cagr", "exact"),  # (2.3 / 1.1) ** (1 / 2) - 1 = 44.600% -> 44.6
            ("cagr", "exact"),  # (73.8 / 23.8) ** (1 / 2) - 1 = 76.092% -> 76.1
            # 18.6 + 4.2 + 1.1 = 23.9, not 23.8; 32.4 + 8.1 + 1.6 = 42.1; 55.8 + 15.6 + 2.3 = 73.7, not 73.8; each
            # figure +- 0.05 (the parts +- 0.15, the total +- 0.05) reaches it: only at the rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 40. an exhibit whose corner cell is its unit ("US$bn"): years as columns with E, a "Market size" row, a "YoY
    #     growth" row (2023's without its base printed), an attach rate row (nowhere)
    dict(
        text=(
            "Exhibit 7: Global AI data-centre power equipment, our market model\n"
            "| US$bn | 2023 | 2024 | 2025E | 2026E | 2027E |\n"
            "|---|---|---|---|---|---|\n"
            "| Market size | 14.2 | 21.9 | 31.4 | 41.0 | 50.3 |\n"
            "| YoY growth | 18.3% | 54.2% | 43.4% | 30.6% | 22.7% |\n"
            "| Liquid-cooling attach rate | 9% | 14% | 22% | 31% | 40% |\n"
            "Source: Brackwell Partners estimates"
        ),
        obs=[
            ("Market size", 2023, 14.2, "USD billion", "actual"),
            ("Market size", 2024, 21.9, "USD billion", "actual"),
            ("Market size", 2025, 31.4, "USD billion", "estimate"),
            ("Market size", 2026, 41.0, "USD billion", "estimate"),
            ("Market size", 2027, 50.3, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18.3, "percent", 2022, 2023, 1.0),
            ("growth", 54.2, "percent", 2023, 2024, 1.0),
            ("growth", 43.4, "percent", 2024, 2025, 1.0),
            ("growth", 30.6, "percent", 2025, 2026, 1.0),
            ("growth", 22.7, "percent", 2026, 2027, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 21.9 / 14.2 - 1 = 54.225% -> 54.2
            ("cagr|implied", "exact"),  # 31.4 / 21.9 - 1 = 43.379% -> 43.4
            ("cagr|implied", "exact"),  # 41.0 / 31.4 - 1 = 30.573% -> 30.6
            ("cagr|implied", "exact"),  # 50.3 / 41.0 - 1 = 22.683% -> 22.7
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "fifty-second check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 6, "inconsistent": 5, "rounding": 5, "exact": 83}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "a 2024-27E CAGR of 54.1%",
    "implies growth of 63.8% on last year",
    "a US$1 trillion opportunity by 2030",
    "nearly five times last year's level",
    "expanding from $45bn in 2024 to $400bn in 2030",
    "It grew at a CAGR of 28.7% from 2019 to 2023 and is expected to grow at a CAGR of",
    "(1) Source: Harwell & Sullivan Report",
    "compound at about 35% a year",
    "and to exceed $450 billion in 2026",
    "median debt/EBITDA of 0.9x",
    "across 4,212 deals",
    "or 42.6% of AI deal value",
    "a 62% jump, across 57 transactions",
    "(Stock Code: 2597)",
    "representing a CAGR of 29.1% over the period",
    "in calendar 2024",
    "roughly a 25% CAGR",
    "a 2024A-26E CAGR of 51.2%",
    "TP RMB96.00, 24x 2026E PE",
    "nearly double the $18 billion of 2024",
    "Assuming AI-capable machines reach 55% of notebook shipments",
    "a 43.2% CAGR over 2024-27E",
    "representing CAGRs of 67.1% and 36.4%, respectively",
    "19.6% more than the €18.2 billion",
    "of which mobile-first platforms accounted for HK$1,054 million",
    "HK$5.1 billion in 2028",
    "我们测算2024年全球AI服务器市场规模约为1,251亿美元",
    "预计2025-2027年分别达到",
    "对应PE 32倍",
    "2023-2025年CAGR约84%",
    "渗透率提升至30%",
    "根据睿桥咨询的统计，按销售额计",
    "根據沙利恆諮詢的資料，按收入計",
    "並於2028年達致人民幣351億元",
    "共发生股权投资事件1,286起",
    "年均增速接近43%",
    "份额净值增长率为12.36%",
    "较2024年的402亿元增长48.5%",
    "公告编号：2025-031",
    "复合增长率约为38%",
    "產值將達新台幣2,860億元，年增68%",
    "三年間的複合年增長率為36.4%",
    "同比+64%/+58%",
    "承董事會命",
    "测算对应2027年",
    "2022-2024年年均复合增长率为34.4%",
    "| CAGR 2019-2023 | CAGR 2023-2028E |",
    "單位：人民幣十億元",
    "2023年至2028年估計複合年增長率",
    "上架率",
    "Year\tDeal value\tDeals\tYoY (value)",
    "CAGR 2024A-30E",
    "| Deals, 2024 |",
    "| 2022 | 39.6 | 13.1% |",
    "2025(F)",
    "2023-2025年CAGR\n",
    "| Liquid-cooling attach rate |",
)
#: the set's blind score (scored once, before any rule was written for it): 158 figures, 75 rates, 81 verdicts and 9
#: false inconsistent; chosen on with the 51st; now 159 figures, 89 rates, 90 verdicts, no false inconsistent
FLOORS = {"figures_found": 161, "rates_found": 90, "verdicts_right": 92}
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset52.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
