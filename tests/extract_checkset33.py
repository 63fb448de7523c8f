"""A thirty-third check set for the extractor, written blind: an earnings call sizing a total addressable market, an
investor day in fiscal years, a newswire release whose dateline fixes "this year" and "last year", figures with the
currency after them (dollars, euros and yen), an absolute change, a raised forecast, a scenario range, percentage-point
changes, a part with its share, a spending guide's "more than double", a British forum, a statistics portal, a Business
Wire release, Chinese ministry, academy, statistics-bureau and association releases, a dated wire story, brokers'
revisions, Taiwan institutes, a financial daily and a statistics office in Traditional Chinese, and analyst-firm and
statistics tables: growth columns between the years, a note under the table, years down the rows, a CAGR as the last
row, a units line above, regional shares, a row that does not add up, and Chinese tables of 年份 / 市场规模 / 同比增速.

Conventions, as in the earlier sets: a whole market's figure belongs to item ``Total``; a part's amount in prose to the
part's name as printed, less a leading "the", first letter in capitals; a table's figure to its row label as printed (a
total row's label too), and in a vertical table, whose rows are years, to its value column's header (a lone column
headed by its unit only is the market's ``Total``). On an earnings call, the total addressable market a company sizes is
the market (``Total``). A second market named beside the first is an item of its own name, never summed with the
``Total``. Each (item, year) is expected once, at its most precise statement, in its printed unit, except that one
series keeps one unit (the first its text prints): a later figure in another scale of the same currency is expected in
the series' unit; an approximate figure ("roughly", "nearly", "just over", 约, 近, 超过, 突破) is expected at its printed
figure. When an article sets a second publisher's figure for the same year beside the first publisher's, the first one
(whose base, target and rate the text gives) is the snippet's figure and the second is expected nowhere. A range gives
two ``value`` claims for its year. Boilerplate figures (datelines, report and exhibit numbers, a plan's title years,
footnote marks, headcounts, counts of firms, gigawatts of capacity, a listicle's count) are expected nowhere; so are a
quarter's figure beside yearly ones, the figure a restated or revised one replaces, a bull case beside the base case, a
share given only as a fraction in words ("about a third of the market"), and a percentage that is no share of the market
(a margin, a penetration, adoption or 導入率 rate, a survey's answer). An amount in a currency the bundled unit table holds
(yen) is the year's observation in that currency, and a rough dollar conversion printed beside it is none; an amount in
a currency the table does not hold (won, rupees, riyals, 新台幣) is no observation, but a US$ figure printed beside it is
the year's observation, and its stated rate is a claim and gets its verdict from the amounts in that currency. A fiscal
year counts as its number (fiscal 2027, FY24 -> 2027, 2024). "Last year" / 去年 is the year before the dateline's, "this
year" / 今年 the dateline's. A share is ("share", N, "percent", YEAR, YEAR, None); a table's 100% total is no claim. A
stated CAGR carries no ``period_years`` and is ``stated`` when its span is printed, ``inferred`` when only the years of
its amounts give it (its verdict then read as ``cagr|period``); a year-on-year rate carries 1 (its verdict read as
``cagr|implied``; "grew by half" is 50%); a multiple between two years carries their distance ("nearly tripled" as x3,
"five-fold" as x5, "doubled", 翻番 and 翻了一番多 as x2, 增长4倍 -- grew by four times over -- as x5) and gets no verdict. The
base of a forecast is ``actual``; a figure a forecast cue or a target governs (expects, project, could be, 预计, 預估, 力争,
突破), an E or F column, or a year after the dateline's, ``estimate``. A share whose part and whole are printed gets an
``arithmetic`` verdict, a rate whose two amounts are printed a ``cagr`` one and a table whose rows add to its total row
a ``hierarchy`` one: ``exact`` when the recomputed figure rounds to the printed one, ``rounding`` when only some reading
of the printed inputs (each at half its last digit either way) reaches it, ``inconsistent`` when none does; (end /
start) ** (1 / years) - 1, with the arithmetic and its bounds in the comment beside each verdict.

What this set's sources add to them: on an earnings call whose transcript is dated February 26, 2025, "the accelerated
computing market grew roughly 40% last year" is an approximate year-on-year rate of 2024 whose amounts are not printed
(no verdict) and "we see a $400 billion TAM by 2027" the market's (``Total``) ``estimate``; the company's quarterly
revenue, its growth on a year ago and its gross margin are expected nowhere. At an investor day "sized the total
addressable market for AI networking at $23 billion in fiscal 2024" is the ``actual`` base, "$68 billion in fiscal
2028" the ``estimate`` and "a compound annual growth rate of about 31%" approximate and ``inferred``; the company's
revenue target, its operating margin and its customers counted are expected nowhere. In a release datelined "SAN JOSE,
Calif., March 4, 2025 /PRNewswire/ --" "this year" is 2025 (an ``estimate``), "last year" 2024 (``actual``), "a CAGR of
26.4% from 2025 to 2030" is ``stated`` and contradicted by its amounts, and the report's pages and the vendors profiled
are boilerplate. "157 billion USD" and "412 billion USD" are USD billion, "a compound growth rate of 27.3% over
2024-2028" is ``stated``, and Europe's "4.2 bn EUR" and "11.6 bn EUR" a second market in EUR billion (``Europe``), never
summed with the ``Total``. In a Tokyo wire story "1.34 trillion yen" is JPY trillion, "up 31.4% from 1.02 trillion yen
in 2023" a year-on-year rate with its base, "an average annual rate of 18.3%" to "3.1 trillion yen ... in 2029"
``inferred``, and "(about $21 billion)" a rough dollar conversion, expected nowhere. "Up $3.2 billion from 2023" is an
absolute change, expected nowhere (the 2023 figure it implies is not printed), and "$22.9 billion this year, an
increase of 23.1%" the dateline's year under a forecast cue with its year-on-year rate. "Raised its forecast for ...
this year to $285 billion from $242 billion" gives 2025 its new figure only (the one it replaces is expected nowhere),
"a 43.9% jump from the $198 billion spent in 2024" is a year-on-year rate with its base and "up a further 23.5%" 2026's
rate. "Could be worth between $11 billion and $16 billion by 2030" is a scenario range, two ``value`` claims for 2030,
beside its ``actual`` 2024 figure, and "41% of 2024 revenue" a share. "Growth ... slowed to 21% in 2024 from 29% in
2023" gives each of the two years its year-on-year rate, "a drop of eight percentage points" and "rose 5.2 percentage
points" are no rates, and "to 24.6% over the year" is voice agents' share of 2024. "Claims automation accounted for
$1.84 billion of the $6.27 billion ..., or 29.3% of the total" is a part with a share and its ``arithmetic`` verdict,
and "rose 22.4% from $5.12 billion in 2023" is reached only at the rounding of its amounts. In a spending guide "will
more than double between 2024 and 2028, from $31.4 billion to $78.2 billion" is a multiple, x2 over four years, beside
a CAGR over "the 2024-2028 forecast period" (``stated``) and a use case's share of 2028. "Rose 18.5% to $9.4 billion in
2024 from $7.9 billion a year earlier" is reached only at the rounding of its amounts. "£2.36 billion" is GBP billion,
"19.8% over 2024-2030" ``stated`` and contradicted by its amounts, and the member firms a count. On a statistics portal
"is projected to amount to US$254.50bn in 2025" is an ``estimate`` that opens a series in USD billion, so "US$1.01tn by
2031" is expected as 1010, "(CAGR 2025-2031) of 25.83%" is ``stated`` (its verdict read from the trillion figure at its
hundredths) and "the United States (US$74.16bn in 2025)" is a second market (``United States``). In a Business Wire
release the dateline, the report's title and the offering are boilerplate, "was estimated at US$2.1 Billion in 2024" is
a past year's figure (``actual``: "estimated" is no forecast cue), "growing at a CAGR of 26.0% from 2024 to 2030"
``stated`` and Asia-Pacific's "28.5% of 2024 revenue" a share. In a 工信部 briefing 人工智能核心产业规模达到9,260亿元 is
the market's figure, 同比增长24.6% a rate whose base is not printed, the firms a count and 预计2025年……将突破1.2万亿元 an
approximate ``estimate`` in the series' unit (12000, CNY 100 million). In a 中国信通院 白皮书 较2023年的2,402亿元增长32.6%
is a year-on-year rate with its base, 其中……1,406亿元，占比44.1% a part with a share and its ``arithmetic`` verdict, and
the firms surveyed a count. In a 国家统计局 release 规模以上……企业实现营业收入1.42万亿元 is the market's figure (CNY
trillion) and 同比增长9.8% its rate, while 增速较上年回落1.6个百分点, the 利润总额 (a profit is no market size) and the
profit's 同比增长6.1% are expected nowhere. In a 中新网 story datelined 2025年3月4日 去年 is 2024 and 今年 2025 (an
``estimate``) with its 同比增长26.6%, and the cases collected a count. 较上年增加31.8亿元 is an absolute change, expected
nowhere, so 同比增长25.5% has no printed base and no verdict; 预计2027年 is an ``estimate``. In a broker's note
将2025年……预测由1,650亿元上调至1,980亿元 gives 2025 its raised figure only, 同比增长31.8% is 2026's rate with its verdict and
the rating is boilerplate. 较2023年提升7.5个百分点 is no rate, while 其中，企业级应用规模为312亿元，占比64.2% is a part with its
``arithmetic`` verdict and 同比增长41.3% a rate whose base is not printed. 将达到3,000亿元至4,500亿元 is a scenario range, two
``value`` claims for 2030, beside 约为420亿元 (``actual``). 较2023年的1,058亿元增长36.8% is contradicted by its amounts and
国产芯片占比 a share. 由2021年的38亿元增长至2024年的71亿元，年复合增长率为23.0% is ``inferred`` and reached only at the rounding
of its amounts, and 2024-2029年年复合增长率为24.8% ``stated``. In a 資策會 MIC release 412億元新台幣（約12.9億美元） gives 2024
its observation in US$ (USD 100 million), 較2023年的268億元年增53.7% is a rate with its verdict from the 新台幣 amounts,
預估2025年……590億元新台幣（約18.4億美元） is the ``estimate`` in US$ and the 38.6% of firms that have adopted the tools an
adoption rate. In a 產科國際所 item 由2024年的326億美元成長至2029年的1,084億美元，年複合成長率達27.2% is ``inferred`` and
工業應用占比 a share in each of its two years. In 經濟日報 the dated byline fixes 今年 (2025, an ``estimate``) and 去年 (2024),
年增45.4% is their year-on-year rate, the ASIC machines' 占比 a share of 2025 and 仍占多數 a fraction in words. In a
經濟部統計處 release 新台幣1兆2,860億元 is no observation, but 較2023年的9,410億元年增36.7% is a rate with its verdict from the
新台幣 amounts, and the firms a count. In tables: an analyst firm's forecast table "| Segment | 2024 Spending | 2024 Growth
(%) | 2025 Spending | 2025 Growth (%) | 2026 Spending | 2026 Growth (%) |" under a title in "(Millions of U.S. Dollars)"
gives each segment its spending (2024 ``actual``, 2025 and 2026 ``estimate`` under the forecast's title), each growth
column the year-on-year rate of the spending beside it (2024's, whose base is not printed, without a verdict, and one of
2026's contradicted by its figures), its Total row the whole, and its "Source: ..., March 2025" line is boilerplate; a
table whose "Note: totals may not add due to rounding." is borne out (its 2025E column's parts sum to 14.6 against a
Total of 14.7) gets a ``rounding`` hierarchy verdict; a space-aligned table of years down the rows gives its value
column to ``Revenue`` and its "YoY" column each year's rate (one reached only at the rounding of its figures), "—" no
figure and 2025F an ``estimate``; a tab-separated table of years down the rows whose last row is "CAGR 2024-2029" gives
each column its ``stated`` CAGR (one reached only at the rounding of its figures) and its Total column the whole; a
units line "US$ millions" above a pipe table gives its cells USD million; a table of regional shares in % for 2024 and
2030F gives each region its share in each year and its 100.0 totals no claim; a table whose 2023 row's parts (2,520) do
not reach its Total (2,610) gets an ``inconsistent`` hierarchy verdict; a Chinese table headed 年份 / 市场规模（亿元）/ 同比增速
gives its value column to ``市场规模`` (its header less its unit) in CNY 100 million and its 同比增速 column each year's rate
(one contradicted by its figures), and its title years and 资料来源 line are boilerplate; a 单位：亿元 line above a
tab-separated Chinese table gives its cells CNY 100 million and its 合计 the whole; and a Traditional Chinese table under
單位：億美元 gives ``產值`` its figures, its 年增率 column each year's rate, its (預估) rows ``estimate`` and its last row
2024-2028年複合成長率 a ``stated`` CAGR. Markets vary (AI in cybersecurity, accelerated computing, AI networking, AI
inference chips, generative AI software, AI systems in Japan, AI in retail, AI servers, AI in drug discovery,
conversational AI, AI in insurance, AI in banking, video analytics, AI in financial services, AI, AI in agriculture,
人工智能, 智能算力服务, 智能消费设备, AI+制造, 智能客服, AI服务器, AI大模型应用, 具身智能, AI芯片, AI营销SaaS, 生成式AI軟體與服務,
邊緣AI, AI伺服器, AI晶片製造, AI in customer service, AI in supply chain, AI chatbots, AI in medical imaging, generative
AI in gaming, AI in education, 智能语音, AI+金融, AI PC); publishers, speakers and companies are invented, the sentences
are the project's own and the figures plausible. ``python tests/extract_checkset33.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a research firm's page: valued at, expected to reach, a CAGR over a printed span, a segment's share
    dict(
        text=(
            "The global AI in cybersecurity market size was valued at USD 26.55 billion in 2024 and is expected to "
            "reach USD 109.33 billion by 2032, growing at a CAGR of 19.35% from 2024 to 2032. Network security held "
            "the largest share of the market, 31.8%, in 2024, and cloud deployment is the fastest-growing mode."
        ),
        obs=[
            ("Total", 2024, 26.55, "USD billion", "actual"),
            ("Total", 2032, 109.33, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.35, "percent", 2024, 2032, None, "stated"),
            ("share", 31.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (109.33 / 26.55) ** (1 / 8) - 1 = 19.353% -> 19.35
        ],
    ),
    # 2. an earnings call: the company's quarter and margin, the market's growth last year, a TAM by 2027
    dict(
        text=(
            "Q4 fiscal 2025 earnings call, February 26, 2025 (prepared remarks)\n"
            "Chief executive Marcus Hale: Data-center revenue was $9.8 billion in the quarter, up 68% from a year "
            "ago, and gross margin was 73.5%. Stepping back, the accelerated computing market grew roughly 40% last "
            "year, and we see a $400 billion TAM by 2027 as inference moves into every enterprise."
        ),
        obs=[("Total", 2027, 400, "USD billion", "estimate")],
        claims=[("growth", 40, "percent", 2023, 2024, 1.0)],
        verdicts=[],  # the 2023 and 2024 amounts are not printed
    ),
    # 3. an investor day: a TAM in fiscal years, an approximate CAGR; the company's target and margin
    dict(
        text=(
            "At its investor day on Thursday, Corvane Networks sized the total addressable market for AI networking "
            "at $23 billion in fiscal 2024 and said it expects the TAM to reach $68 billion in fiscal 2028, a compound "
            "annual growth rate of about 31%. Management set a target of $9 billion in AI networking revenue by "
            "fiscal 2028 and a long-term operating margin of 40%, and said 14 of its top 20 customers are already "
            "deploying its 800-gigabit switches."
        ),
        obs=[
            ("Total", 2024, 23, "USD billion", "actual"),
            ("Total", 2028, 68, "USD billion", "estimate"),
        ],
        claims=[("cagr", 31, "percent", 2024, 2028, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (68 / 23) ** (1 / 4) - 1 = 31.128% -> 31
        ],
    ),
    # 4. a newswire release: the dateline fixes this year and last year; a stated CAGR its amounts contradict
    dict(
        text=(
            "SAN JOSE, Calif., March 4, 2025 /PRNewswire/ -- Sales of AI inference chips will reach $56.4 billion "
            "this year, up from $41.7 billion last year, and are forecast to climb to $171.3 billion in 2030, a CAGR "
            "of 26.4% from 2025 to 2030, according to a new report from Ridgeline Semiconductor Research. The "
            "186-page report profiles 42 chip vendors."
        ),
        obs=[
            ("Total", 2025, 56.4, "USD billion", "estimate"),
            ("Total", 2024, 41.7, "USD billion", "actual"),
            ("Total", 2030, 171.3, "USD billion", "estimate"),
        ],
        claims=[("cagr", 26.4, "percent", 2025, 2030, None, "stated")],
        verdicts=[
            # (171.3 / 56.4) ** (1 / 5) - 1 = 24.881%; bounds (171.25 / 56.45) -> 24.851%, (171.35 / 56.35) -> 24.910%:
            # 26.4 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 5. figures with the currency after them: "157 billion USD", "4.2 bn EUR" (a second market)
    dict(
        text=(
            "Global spending on generative AI software reached 157 billion USD in 2024, according to Norrland "
            "Analytics, which projects 412 billion USD by 2028, a compound growth rate of 27.3% over 2024-2028. "
            "Europe, where buyers spent 4.2 bn EUR in 2024, is expected to reach 11.6 bn EUR by 2028."
        ),
        obs=[
            ("Total", 2024, 157, "USD billion", "actual"),
            ("Total", 2028, 412, "USD billion", "estimate"),
            ("Europe", 2024, 4.2, "EUR billion", "actual"),
            ("Europe", 2028, 11.6, "EUR billion", "estimate"),
        ],
        claims=[("cagr", 27.3, "percent", 2024, 2028, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (412 / 157) ** (1 / 4) - 1 = 27.277% -> 27.3
        ],
    ),
    # 6. yen after the figure, a rough dollar conversion beside it (expected nowhere)
    dict(
        text=(
            "TOKYO, June 12, 2025 -- Japan's domestic market for AI systems and services reached 1.34 trillion yen in "
            "2024, up 31.4% from 1.02 trillion yen in 2023, and will grow at an average annual rate of 18.3% to 3.1 "
            "trillion yen (about $21 billion) in 2029, Kanda Research Institute said on Thursday."
        ),
        obs=[
            ("Total", 2024, 1.34, "JPY trillion", "actual"),
            ("Total", 2023, 1.02, "JPY trillion", "actual"),
            ("Total", 2029, 3.1, "JPY trillion", "estimate"),
        ],
        claims=[
            ("growth", 31.4, "percent", 2023, 2024, 1.0),
            ("cagr", 18.3, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.34 / 1.02 - 1 = 31.373% -> 31.4
            ("cagr|period", "exact"),  # (3.1 / 1.34) ** (1 / 5) - 1 = 18.264% -> 18.3
        ],
    ),
    # 7. an absolute change ("up $3.2 billion from 2023", expected nowhere); this year with its rate
    dict(
        text=(
            "May 8, 2025 -- Retailers spent $18.6 billion on AI software and services in 2024, up $3.2 billion from "
            "2023, according to Brightline Retail Research, and are on track to spend $22.9 billion this year, an "
            "increase of 23.1%."
        ),
        obs=[
            ("Total", 2024, 18.6, "USD billion", "actual"),
            ("Total", 2025, 22.9, "USD billion", "estimate"),
        ],
        claims=[("growth", 23.1, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 22.9 / 18.6 - 1 = 23.118% -> 23.1
        ],
    ),
    # 8. a forecast revision: only the raised figure; the actual base; the next year's rate
    dict(
        text=(
            "July 15, 2025 -- Ardent Metrics raised its forecast for global AI server spending this year to $285 "
            "billion from $242 billion, a 43.9% jump from the $198 billion spent in 2024, and now expects spending of "
            "$352 billion in 2026, up a further 23.5%."
        ),
        obs=[
            ("Total", 2025, 285, "USD billion", "estimate"),
            ("Total", 2024, 198, "USD billion", "actual"),
            ("Total", 2026, 352, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 43.9, "percent", 2024, 2025, 1.0),
            ("growth", 23.5, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 285 / 198 - 1 = 43.939% -> 43.9
            ("cagr|implied", "exact"),  # 352 / 285 - 1 = 23.509% -> 23.5
        ],
    ),
    # 9. a scenario range: two value claims for 2030
    dict(
        text=(
            "Corvid Research puts the market for AI in drug discovery at $2.9 billion in 2024 and says it could be "
            "worth between $11 billion and $16 billion by 2030, depending on how many AI-designed molecules clear "
            "mid-stage trials. Platform licensing was 41% of 2024 revenue."
        ),
        obs=[("Total", 2024, 2.9, "USD billion", "actual")],
        claims=[
            ("value", 11, "USD billion", 2030, 2030, None),
            ("value", 16, "USD billion", 2030, 2030, None),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 10. percentage-point changes (no rates): growth slowing from one year to the next, a share's rise
    dict(
        text=(
            "Growth in the conversational AI market slowed to 21% in 2024 from 29% in 2023, a drop of eight "
            "percentage points, according to Pell & Forsyth, which puts 2024 revenue at $14.9 billion. Voice agents' "
            "share of the market rose 5.2 percentage points to 24.6% over the year."
        ),
        obs=[("Total", 2024, 14.9, "USD billion", "actual")],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("growth", 29, "percent", 2022, 2023, 1.0),
            ("share", 24.6, "percent", 2024, 2024, None),
        ],
        verdicts=[],  # neither rate has both its amounts printed
    ),
    # 11. a part with its share of the whole; a year-on-year rate reached only at the rounding of its amounts
    dict(
        text=(
            "Claims automation accounted for $1.84 billion of the $6.27 billion insurers spent on AI in 2024, or "
            "29.3% of the total, Lumen Market Insights said. Total spending rose 22.4% from $5.12 billion in 2023."
        ),
        obs=[
            ("Claims automation", 2024, 1.84, "USD billion", "actual"),
            ("Total", 2024, 6.27, "USD billion", "actual"),
            ("Total", 2023, 5.12, "USD billion", "actual"),
        ],
        claims=[
            ("share", 29.3, "percent", 2024, 2024, None),
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.84 / 6.27 = 29.346% -> 29.3
            # 6.27 / 5.12 - 1 = 22.461%, not 22.4 +- 0.05; bounds (6.265 / 5.125) -> 22.244%, (6.275 / 5.115) -> 22.678%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 12. a spending guide: "will more than double" (x2 over four years), a CAGR over the forecast period
    dict(
        text=(
            "Worldwide spending on AI by retail banks will more than double between 2024 and 2028, from $31.4 "
            "billion to $78.2 billion, according to the latest AI in Banking Spending Guide from Meridian Data Corp., "
            "a compound annual growth rate (CAGR) of 25.6% over the 2024-2028 forecast period. Fraud and risk "
            "analytics will remain the largest use case, at 24.7% of spending in 2028."
        ),
        obs=[
            ("Total", 2024, 31.4, "USD billion", "actual"),
            ("Total", 2028, 78.2, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2028, 4.0),
            ("cagr", 25.6, "percent", 2024, 2028, None, "stated"),
            ("share", 24.7, "percent", 2028, 2028, None),
        ],
        verdicts=[
            # 78.2 / 31.4 = 2.49, "more than double" (x2, no verdict)
            ("cagr", "exact"),  # (78.2 / 31.4) ** (1 / 4) - 1 = 25.623% -> 25.6
        ],
    ),
    # 13. a year-on-year rate reached only at the rounding of its amounts; a share without its part printed
    dict(
        text=(
            "Revenue from AI-powered video analytics rose 18.5% to $9.4 billion in 2024 from $7.9 billion a year "
            "earlier, Pixelwise Research said, as retailers and cities added cameras. Cloud-based analytics made up "
            "44% of the total."
        ),
        obs=[
            ("Total", 2024, 9.4, "USD billion", "actual"),
            ("Total", 2023, 7.9, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("share", 44, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 9.4 / 7.9 - 1 = 18.987%, not 18.5 +- 0.05; bounds (9.35 / 7.95) -> 17.610%, (9.45 / 7.85) -> 20.382%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. pounds; a stated CAGR its amounts contradict; member firms a count
    dict(
        text=(
            "Britain's market for AI in financial services was worth £2.36 billion in 2024 and will reach £6.14 "
            "billion by 2030, a compound annual growth rate of 19.8% over 2024-2030, the City Fintech Forum said in "
            "its annual review, which drew on 140 member firms."
        ),
        obs=[
            ("Total", 2024, 2.36, "GBP billion", "actual"),
            ("Total", 2030, 6.14, "GBP billion", "estimate"),
        ],
        claims=[("cagr", 19.8, "percent", 2024, 2030, None, "stated")],
        verdicts=[
            # (6.14 / 2.36) ** (1 / 6) - 1 = 17.276%; bounds (6.135 / 2.365) -> 17.219%, (6.145 / 2.355) -> 17.333%:
            # 19.8 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 15. a statistics portal: "US$254.50bn" opens the series in USD billion, "US$1.01tn" in it; a second market
    dict(
        text=(
            "Artificial Intelligence - Worldwide\n"
            "Revenue in the AI market is projected to amount to US$254.50bn in 2025.\n"
            "Revenue is expected to show an annual growth rate (CAGR 2025-2031) of 25.83%, resulting in a projected "
            "market volume of US$1.01tn by 2031.\n"
            "Compared globally, the largest market will be the United States (US$74.16bn in 2025)."
        ),
        obs=[
            ("Total", 2025, 254.5, "USD billion", "estimate"),
            ("Total", 2031, 1010, "USD billion", "estimate"),
            ("United States", 2025, 74.16, "USD billion", "estimate"),
        ],
        claims=[("cagr", 25.83, "percent", 2025, 2031, None, "stated")],
        verdicts=[
            # (1010 / 254.50) ** (1 / 6) - 1 = 25.827% -> 25.83 (bounds, 1.005tn to 1.015tn: 25.723% to 25.930%)
            ("cagr", "exact"),
        ],
    ),
    # 16. a Business Wire release: "was estimated at" a past year's figure, a stated CAGR, a region's share
    dict(
        text=(
            "DUBLIN--(BUSINESS WIRE)--The \"AI in Agriculture - Global Strategic Business Report\" has been added to "
            "Marketscope's offering. The global market for AI in Agriculture was estimated at US$2.1 Billion in 2024 "
            "and is projected to reach US$8.4 Billion by 2030, growing at a CAGR of 26.0% from 2024 to 2030. "
            "Asia-Pacific accounted for 28.5% of 2024 revenue."
        ),
        obs=[
            ("Total", 2024, 2.1, "USD billion", "actual"),
            ("Total", 2030, 8.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 26.0, "percent", 2024, 2030, None, "stated"),
            ("share", 28.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (8.4 / 2.1) ** (1 / 6) - 1 = 25.992% -> 26.0
        ],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. 工信部: 核心产业规模达到, a rate without its base, 1.2万亿元 in the series' unit (亿元)
    dict(
        text=(
            "工业和信息化部在国新办新闻发布会上介绍，2024年我国人工智能核心产业规模达到9,260亿元，同比增长24.6%，"
            "人工智能企业数量超过4,700家；预计2025年核心产业规模将突破1.2万亿元。"
        ),
        obs=[
            ("Total", 2024, 9260, "CNY 100 million", "actual"),
            ("Total", 2025, 12000, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 24.6, "percent", 2023, 2024, 1.0)],
        verdicts=[],  # 2023's amount is not printed
    ),
    # 18. 中国信通院: a rate with its base, a part with its 占比
    dict(
        text=(
            "中国信息通信研究院发布的《智能算力发展白皮书》显示，2024年我国智能算力服务市场规模达到3,185亿元，较2023年的"
            "2,402亿元增长32.6%；其中，训练算力服务规模为1,406亿元，占比44.1%。白皮书共调研企业320家。"
        ),
        obs=[
            ("Total", 2024, 3185, "CNY 100 million", "actual"),
            ("Total", 2023, 2402, "CNY 100 million", "actual"),
            ("训练算力服务", 2024, 1406, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 32.6, "percent", 2023, 2024, 1.0),
            ("share", 44.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3185 / 2402 - 1 = 32.598% -> 32.6
            ("arithmetic", "exact"),  # 1406 / 3185 = 44.144% -> 44.1
        ],
    ),
    # 19. 国家统计局: 规模以上企业营业收入 and its rate; 个百分点, 利润总额 and its rate expected nowhere
    dict(
        text=(
            "国家统计局发布数据显示，2024年全国规模以上智能消费设备制造企业实现营业收入1.42万亿元，同比增长9.8%，增速较上年"
            "回落1.6个百分点；实现利润总额862亿元，同比增长6.1%。"
        ),
        obs=[("Total", 2024, 1.42, "CNY trillion", "actual")],
        claims=[("growth", 9.8, "percent", 2023, 2024, 1.0)],
        verdicts=[],
    ),
    # 20. 中新网 with a dated dateline: 去年, 今年 and its 同比增长; cases a count
    dict(
        text=(
            "中新网北京2025年3月4日电 中国人工智能产业发展联盟今日发布报告称，去年我国AI+制造市场规模达到2,180亿元，"
            "预计今年将增长至2,760亿元，同比增长26.6%。报告共收录典型案例486个。"
        ),
        obs=[
            ("Total", 2024, 2180, "CNY 100 million", "actual"),
            ("Total", 2025, 2760, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 26.6, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 2760 / 2180 - 1 = 26.606% -> 26.6
        ],
    ),
    # 21. 较上年增加……亿元: an absolute change, expected nowhere
    dict(
        text=(
            "据智研观察统计，2024年中国智能客服市场规模为156.3亿元，较上年增加31.8亿元，同比增长25.5%。该机构预计，"
            "2027年市场规模将达到286亿元。"
        ),
        obs=[
            ("Total", 2024, 156.3, "CNY 100 million", "actual"),
            ("Total", 2027, 286, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 25.5, "percent", 2023, 2024, 1.0)],
        verdicts=[],  # 2023's amount is not printed (only the absolute change)
    ),
    # 22. a broker's revision: 预测由……上调至……; the next year's rate; the rating boilerplate
    dict(
        text=(
            "鼎石证券最新研报将2025年中国AI服务器市场规模预测由1,650亿元上调至1,980亿元，并预计2026年将达到2,610亿元，"
            "同比增长31.8%，维持行业“增持”评级。"
        ),
        obs=[
            ("Total", 2025, 1980, "CNY 100 million", "estimate"),
            ("Total", 2026, 2610, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 31.8, "percent", 2025, 2026, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 2610 / 1980 - 1 = 31.818% -> 31.8
        ],
    ),
    # 23. 个百分点 (no rate) beside a part with its 占比
    dict(
        text=(
            "据艾迈咨询数据，2024年中国AI大模型应用市场规模为486亿元，同比增长41.3%。其中，企业级应用规模为312亿元，"
            "占比64.2%，较2023年提升7.5个百分点。"
        ),
        obs=[
            ("Total", 2024, 486, "CNY 100 million", "actual"),
            ("企业级应用", 2024, 312, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 41.3, "percent", 2023, 2024, 1.0),
            ("share", 64.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 312 / 486 = 64.198% -> 64.2
        ],
    ),
    # 24. a scenario range in Chinese: 将达到……亿元至……亿元
    dict(
        text=(
            "据华辰研究院测算，2024年中国具身智能市场规模约为420亿元。研究院预计，到2030年市场规模将达到3,000亿元至"
            "4,500亿元，具体取决于人形机器人的量产进度。"
        ),
        obs=[("Total", 2024, 420, "CNY 100 million", "actual")],
        claims=[
            ("value", 3000, "CNY 100 million", 2030, 2030, None),
            ("value", 4500, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 25. 较2023年的……增长 contradicted by its amounts; a share
    dict(
        text=(
            "据赛思顾问统计，2024年中国AI芯片市场规模达1,412亿元，较2023年的1,058亿元增长36.8%，国产芯片占比提升至31.5%。"
        ),
        obs=[
            ("Total", 2024, 1412, "CNY 100 million", "actual"),
            ("Total", 2023, 1058, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 36.8, "percent", 2023, 2024, 1.0),
            ("share", 31.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 1412 / 1058 - 1 = 33.459%; bounds (1411.5 / 1058.5) -> 33.349%, (1412.5 / 1057.5) -> 33.570%:
            # 36.8 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 26. 由……增长至……，年复合增长率 reached only at the rounding; then a stated span
    dict(
        text=(
            "根据弗若斯研究院的资料，中国AI营销SaaS市场规模由2021年的38亿元增长至2024年的71亿元，年复合增长率为23.0%；"
            "预计2029年将达到215亿元，2024-2029年年复合增长率为24.8%。"
        ),
        obs=[
            ("Total", 2021, 38, "CNY 100 million", "actual"),
            ("Total", 2024, 71, "CNY 100 million", "actual"),
            ("Total", 2029, 215, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23.0, "percent", 2021, 2024, None, "inferred"),
            ("cagr", 24.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (71 / 38) ** (1 / 3) - 1 = 23.166%, not 23.0 +- 0.05; bounds (70.5 / 38.5) -> 22.342%,
            # (71.5 / 37.5) -> 24.001%
            ("cagr|period", "rounding"),
            ("cagr", "exact"),  # (215 / 71) ** (1 / 5) - 1 = 24.806% -> 24.8
        ],
    ),
    # 27. 資策會 MIC (Traditional): 億元新台幣 with US$ beside it; a rate from the 新台幣 amounts; an adoption rate
    dict(
        text=(
            "資策會產業情報研究所（MIC）今（26）日發布調查，2024年台灣企業生成式AI軟體與服務支出達412億元新台幣（約12.9億美元），"
            "較2023年的268億元年增53.7%；MIC預估2025年支出將成長至590億元新台幣（約18.4億美元）。受訪企業中，已有38.6%導入"
            "生成式AI工具。"
        ),
        obs=[
            ("Total", 2024, 12.9, "USD 100 million", "actual"),
            ("Total", 2025, 18.4, "USD 100 million", "estimate"),
        ],
        claims=[("growth", 53.7, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 412 / 268 - 1 = 53.731% -> 53.7 (新台幣 amounts)
        ],
    ),
    # 28. 工研院產科國際所 (Traditional): 由……成長至……，年複合成長率; a share in each of two years
    dict(
        text=(
            "工研院產業科技國際策略發展所（產科國際所）預估，全球邊緣AI市場規模將由2024年的326億美元成長至2029年的1,084億美元，"
            "年複合成長率達27.2%；其中，工業應用占比將由2024年的28%提升至2029年的35%。"
        ),
        obs=[
            ("Total", 2024, 326, "USD 100 million", "actual"),
            ("Total", 2029, 1084, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 27.2, "percent", 2024, 2029, None, "inferred"),
            ("share", 28, "percent", 2024, 2024, None),
            ("share", 35, "percent", 2029, 2029, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1084 / 326) ** (1 / 5) - 1 = 27.163% -> 27.2
        ],
    ),
    # 29. 經濟日報 (Traditional): the dated byline fixes 今年 and 去年; a share; a fraction in words
    dict(
        text=(
            "2025-05-14 經濟日報 記者林宜安／台北報導\n"
            "研調機構鼎峰研究今天預估，今年全球AI伺服器市場產值將達2,980億美元，較去年的2,050億美元年增45.4%；其中，採用"
            "ASIC架構的機種占比將提高至27.5%，GPU機種仍占多數。"
        ),
        obs=[
            ("Total", 2025, 2980, "USD 100 million", "estimate"),
            ("Total", 2024, 2050, "USD 100 million", "actual"),
        ],
        claims=[
            ("growth", 45.4, "percent", 2024, 2025, 1.0),
            ("share", 27.5, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2980 / 2050 - 1 = 45.366% -> 45.4
        ],
    ),
    # 30. 經濟部統計處 (Traditional): 新台幣1兆2,860億元 no observation, its rate a claim with a verdict
    dict(
        text=(
            "經濟部統計處今（20）日發布統計，受雲端服務商擴大採購帶動，2024年我國AI相關晶片製造產值達新台幣1兆2,860億元，"
            "較2023年的9,410億元年增36.7%，創歷年新高；相關廠商家數增至58家。"
        ),
        obs=[],
        claims=[("growth", 36.7, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 12860 / 9410 - 1 = 36.663% -> 36.7 (新台幣 amounts)
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. an analyst firm's forecast table: spending and growth columns for three years, a Source line under it
    dict(
        text=(
            "Table 1. Worldwide AI in Customer Service Spending Forecast by Segment, 2024-2026 (Millions of U.S. "
            "Dollars)\n"
            "| Segment | 2024 Spending | 2024 Growth (%) | 2025 Spending | 2025 Growth (%) | 2026 Spending | 2026 "
            "Growth (%) |\n"
            "|---|---|---|---|---|---|---|\n"
            "| AI Software | 12,480 | 28.6 | 16,210 | 29.9 | 20,540 | 26.7 |\n"
            "| AI Services | 9,370 | 17.4 | 10,920 | 16.5 | 12,610 | 15.5 |\n"
            "| AI Hardware | 3,150 | 41.2 | 4,380 | 39.0 | 5,790 | 35.2 |\n"
            "| Total | 25,000 | 25.5 | 31,510 | 26.0 | 38,940 | 23.6 |\n"
            "Source: Halvorsen Insight (March 2025)"
        ),
        obs=[
            ("AI Software", 2024, 12480, "USD million", "actual"),
            ("AI Software", 2025, 16210, "USD million", "estimate"),
            ("AI Software", 2026, 20540, "USD million", "estimate"),
            ("AI Services", 2024, 9370, "USD million", "actual"),
            ("AI Services", 2025, 10920, "USD million", "estimate"),
            ("AI Services", 2026, 12610, "USD million", "estimate"),
            ("AI Hardware", 2024, 3150, "USD million", "actual"),
            ("AI Hardware", 2025, 4380, "USD million", "estimate"),
            ("AI Hardware", 2026, 5790, "USD million", "estimate"),
            ("Total", 2024, 25000, "USD million", "actual"),
            ("Total", 2025, 31510, "USD million", "estimate"),
            ("Total", 2026, 38940, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("growth", 17.4, "percent", 2023, 2024, 1.0),
            ("growth", 41.2, "percent", 2023, 2024, 1.0),
            ("growth", 25.5, "percent", 2023, 2024, 1.0),
            ("growth", 29.9, "percent", 2024, 2025, 1.0),
            ("growth", 16.5, "percent", 2024, 2025, 1.0),
            ("growth", 39.0, "percent", 2024, 2025, 1.0),
            ("growth", 26.0, "percent", 2024, 2025, 1.0),
            ("growth", 26.7, "percent", 2025, 2026, 1.0),
            ("growth", 15.5, "percent", 2025, 2026, 1.0),
            ("growth", 35.2, "percent", 2025, 2026, 1.0),
            ("growth", 23.6, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            # 2024's growth has no printed base
            ("cagr|implied", "exact"),  # 16210 / 12480 - 1 = 29.888% -> 29.9
            ("cagr|implied", "exact"),  # 10920 / 9370 - 1 = 16.542% -> 16.5
            ("cagr|implied", "exact"),  # 4380 / 3150 - 1 = 39.048% -> 39.0
            ("cagr|implied", "exact"),  # 31510 / 25000 - 1 = 26.040% -> 26.0
            ("cagr|implied", "exact"),  # 20540 / 16210 - 1 = 26.712% -> 26.7
            ("cagr|implied", "exact"),  # 12610 / 10920 - 1 = 15.476% -> 15.5
            # 5790 / 4380 - 1 = 32.192%; bounds (5789.5 / 4380.5) -> 32.165%, (5790.5 / 4379.5) -> 32.218%:
            # 35.2 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 38940 / 31510 - 1 = 23.580% -> 23.6
            # 12480 + 9370 + 3150 = 25000; 16210 + 10920 + 4380 = 31510; 20540 + 12610 + 5790 = 38940
            ("hierarchy", "exact"),
        ],
    ),
    # 32. a table with a "Note: totals may not add due to rounding." line, borne out in one column
    dict(
        text=(
            "AI in supply chain market by component (USD billion)\n"
            "| Component | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Software | 5.4 | 6.7 | 8.3 |\n"
            "| Services | 3.1 | 3.8 | 4.6 |\n"
            "| Hardware | 1.2 | 1.4 | 1.7 |\n"
            "| Total | 9.7 | 11.9 | 14.7 |\n"
            "Note: totals may not add due to rounding."
        ),
        obs=[
            ("Software", 2023, 5.4, "USD billion", "actual"),
            ("Software", 2024, 6.7, "USD billion", "actual"),
            ("Software", 2025, 8.3, "USD billion", "estimate"),
            ("Services", 2023, 3.1, "USD billion", "actual"),
            ("Services", 2024, 3.8, "USD billion", "actual"),
            ("Services", 2025, 4.6, "USD billion", "estimate"),
            ("Hardware", 2023, 1.2, "USD billion", "actual"),
            ("Hardware", 2024, 1.4, "USD billion", "actual"),
            ("Hardware", 2025, 1.7, "USD billion", "estimate"),
            ("Total", 2023, 9.7, "USD billion", "actual"),
            ("Total", 2024, 11.9, "USD billion", "actual"),
            ("Total", 2025, 14.7, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 5.4 + 3.1 + 1.2 = 9.7 and 6.7 + 3.8 + 1.4 = 11.9, but 8.3 + 4.6 + 1.7 = 14.6, not 14.7; the parts at
            # 8.35 + 4.65 + 1.75 = 14.75 and the total at 14.65 reach it: rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 33. a space-aligned table of years down the rows with a YoY column
    dict(
        text=(
            "Global AI chatbot market revenue (US$ billion)\n"
            "Year     Revenue     YoY\n"
            "2020     4.12        —\n"
            "2021     5.38        30.8%\n"
            "2022     6.91        28.4%\n"
            "2023     9.15        32.4%\n"
            "2024     11.87       29.7%\n"
            "2025F    15.02       26.5%"
        ),
        obs=[
            ("Revenue", 2020, 4.12, "USD billion", "actual"),
            ("Revenue", 2021, 5.38, "USD billion", "actual"),
            ("Revenue", 2022, 6.91, "USD billion", "actual"),
            ("Revenue", 2023, 9.15, "USD billion", "actual"),
            ("Revenue", 2024, 11.87, "USD billion", "actual"),
            ("Revenue", 2025, 15.02, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 30.8, "percent", 2020, 2021, 1.0),
            ("growth", 28.4, "percent", 2021, 2022, 1.0),
            ("growth", 32.4, "percent", 2022, 2023, 1.0),
            ("growth", 29.7, "percent", 2023, 2024, 1.0),
            ("growth", 26.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 5.38 / 4.12 - 1 = 30.583%, not 30.8 +- 0.05; bounds (5.375 / 4.125) -> 30.303%, (5.385 / 4.115) -> 30.863%
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 6.91 / 5.38 - 1 = 28.439% -> 28.4
            ("cagr|implied", "exact"),  # 9.15 / 6.91 - 1 = 32.417% -> 32.4
            ("cagr|implied", "exact"),  # 11.87 / 9.15 - 1 = 29.727% -> 29.7
            ("cagr|implied", "exact"),  # 15.02 / 11.87 - 1 = 26.537% -> 26.5
        ],
    ),
    # 34. a tab-separated table of years down the rows whose last row is a CAGR
    dict(
        text=(
            "AI in medical imaging market by modality (USD billion)\n"
            "Year\tCT\tMRI\tX-ray\tTotal\n"
            "2024\t2.4\t1.9\t1.3\t5.6\n"
            "2025E\t2.9\t2.3\t1.5\t6.7\n"
            "2027E\t4.1\t3.2\t2.0\t9.3\n"
            "2029E\t5.8\t4.4\t2.6\t12.8\n"
            "CAGR 2024-2029\t19.3%\t18.3%\t15.6%\t18.0%"
        ),
        obs=[
            ("CT", 2024, 2.4, "USD billion", "actual"),
            ("CT", 2025, 2.9, "USD billion", "estimate"),
            ("CT", 2027, 4.1, "USD billion", "estimate"),
            ("CT", 2029, 5.8, "USD billion", "estimate"),
            ("MRI", 2024, 1.9, "USD billion", "actual"),
            ("MRI", 2025, 2.3, "USD billion", "estimate"),
            ("MRI", 2027, 3.2, "USD billion", "estimate"),
            ("MRI", 2029, 4.4, "USD billion", "estimate"),
            ("X-ray", 2024, 1.3, "USD billion", "actual"),
            ("X-ray", 2025, 1.5, "USD billion", "estimate"),
            ("X-ray", 2027, 2.0, "USD billion", "estimate"),
            ("X-ray", 2029, 2.6, "USD billion", "estimate"),
            ("Total", 2024, 5.6, "USD billion", "actual"),
            ("Total", 2025, 6.7, "USD billion", "estimate"),
            ("Total", 2027, 9.3, "USD billion", "estimate"),
            ("Total", 2029, 12.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 18.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 15.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 18.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (5.8 / 2.4) ** (1 / 5) - 1 = 19.301% -> 19.3
            ("cagr", "exact"),  # (4.4 / 1.9) ** (1 / 5) - 1 = 18.288% -> 18.3
            # (2.6 / 1.3) ** (1 / 5) - 1 = 14.870%, not 15.6 +- 0.05; bounds (2.55 / 1.35) -> 13.564%,
            # (2.65 / 1.25) -> 16.216%
            ("cagr", "rounding"),
            ("cagr", "exact"),  # (12.8 / 5.6) ** (1 / 5) - 1 = 17.979% -> 18.0
            # 2.4 + 1.9 + 1.3 = 5.6; 2.9 + 2.3 + 1.5 = 6.7; 4.1 + 3.2 + 2.0 = 9.3; 5.8 + 4.4 + 2.6 = 12.8
            ("hierarchy", "exact"),
        ],
    ),
    # 35. a units line ("US$ millions") above a pipe table of regions whose rows add to its Total
    dict(
        text=(
            "Generative AI in gaming revenue by region\n"
            "US$ millions\n"
            "| Region | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| North America | 1,184 | 1,562 | 2,035 |\n"
            "| Europe | 742 | 968 | 1,251 |\n"
            "| Asia Pacific | 1,026 | 1,418 | 1,942 |\n"
            "| Rest of World | 213 | 287 | 379 |\n"
            "| Total | 3,165 | 4,235 | 5,607 |"
        ),
        obs=[
            ("North America", 2023, 1184, "USD million", "actual"),
            ("North America", 2024, 1562, "USD million", "actual"),
            ("North America", 2025, 2035, "USD million", "estimate"),
            ("Europe", 2023, 742, "USD million", "actual"),
            ("Europe", 2024, 968, "USD million", "actual"),
            ("Europe", 2025, 1251, "USD million", "estimate"),
            ("Asia Pacific", 2023, 1026, "USD million", "actual"),
            ("Asia Pacific", 2024, 1418, "USD million", "actual"),
            ("Asia Pacific", 2025, 1942, "USD million", "estimate"),
            ("Rest of World", 2023, 213, "USD million", "actual"),
            ("Rest of World", 2024, 287, "USD million", "actual"),
            ("Rest of World", 2025, 379, "USD million", "estimate"),
            ("Total", 2023, 3165, "USD million", "actual"),
            ("Total", 2024, 4235, "USD million", "actual"),
            ("Total", 2025, 5607, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 1184 + 742 + 1026 + 213 = 3165; 1562 + 968 + 1418 + 287 = 4235; 2035 + 1251 + 1942 + 379 = 5607
            ("hierarchy", "exact"),
        ],
    ),
    # 36. a table of regional shares in % for two years, each summing to 100
    dict(
        text=(
            "Share of global AI in cybersecurity revenue by region (%)\n"
            "| Region | 2024 | 2030F |\n"
            "|---|---|---|\n"
            "| North America | 38.6 | 34.1 |\n"
            "| Europe | 26.2 | 24.8 |\n"
            "| Asia Pacific | 24.9 | 30.3 |\n"
            "| Latin America | 5.7 | 6.2 |\n"
            "| Middle East & Africa | 4.6 | 4.6 |\n"
            "| Total | 100.0 | 100.0 |"
        ),
        obs=[],
        claims=[
            ("share", 38.6, "percent", 2024, 2024, None),
            ("share", 26.2, "percent", 2024, 2024, None),
            ("share", 24.9, "percent", 2024, 2024, None),
            ("share", 5.7, "percent", 2024, 2024, None),
            ("share", 4.6, "percent", 2024, 2024, None),
            ("share", 34.1, "percent", 2030, 2030, None),
            ("share", 24.8, "percent", 2030, 2030, None),
            ("share", 30.3, "percent", 2030, 2030, None),
            ("share", 6.2, "percent", 2030, 2030, None),
            ("share", 4.6, "percent", 2030, 2030, None),
        ],
        # 38.6 + 26.2 + 24.9 + 5.7 + 4.6 = 100.0; 34.1 + 24.8 + 30.3 + 6.2 + 4.6 = 100.0 (the total rows, no claims)
        verdicts=[],
    ),
    # 37. a table in which one row does not add up: an inconsistent hierarchy
    dict(
        text=(
            "AI in education spending by segment (USD million)\n"
            "| Year | K-12 | Higher education | Corporate training | Total |\n"
            "|---|---|---|---|---|\n"
            "| 2022 | 980 | 760 | 455 | 2,195 |\n"
            "| 2023 | 1,120 | 860 | 540 | 2,610 |\n"
            "| 2024 | 1,310 | 985 | 640 | 2,935 |\n"
            "| 2025E | 1,530 | 1,130 | 755 | 3,415 |"
        ),
        obs=[
            ("K-12", 2022, 980, "USD million", "actual"),
            ("K-12", 2023, 1120, "USD million", "actual"),
            ("K-12", 2024, 1310, "USD million", "actual"),
            ("K-12", 2025, 1530, "USD million", "estimate"),
            ("Higher education", 2022, 760, "USD million", "actual"),
            ("Higher education", 2023, 860, "USD million", "actual"),
            ("Higher education", 2024, 985, "USD million", "actual"),
            ("Higher education", 2025, 1130, "USD million", "estimate"),
            ("Corporate training", 2022, 455, "USD million", "actual"),
            ("Corporate training", 2023, 540, "USD million", "actual"),
            ("Corporate training", 2024, 640, "USD million", "actual"),
            ("Corporate training", 2025, 755, "USD million", "estimate"),
            ("Total", 2022, 2195, "USD million", "actual"),
            ("Total", 2023, 2610, "USD million", "actual"),
            ("Total", 2024, 2935, "USD million", "actual"),
            ("Total", 2025, 3415, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 980 + 760 + 455 = 2195, 1310 + 985 + 640 = 2935 and 1530 + 1130 + 755 = 3415, but 1120 + 860 + 540 =
            # 2520, not 2610: the parts at most 1120.5 + 860.5 + 540.5 = 2521.5 against a total of at least 2609.5
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 38. a Chinese table headed 年份 / 市场规模（亿元）/ 同比增速, its title years and 资料来源 boilerplate
    dict(
        text=(
            "2020-2025年中国智能语音市场规模及增速\n"
            "| 年份 | 市场规模（亿元） | 同比增速 |\n"
            "|---|---|---|\n"
            "| 2020 | 217.5 | — |\n"
            "| 2021 | 285.6 | 31.3% |\n"
            "| 2022 | 352.8 | 25.3% |\n"
            "| 2023 | 431.0 | 22.2% |\n"
            "| 2024 | 532.7 | 23.6% |\n"
            "| 2025E | 648.2 | 21.7% |\n"
            "资料来源：智研观察整理"
        ),
        obs=[
            ("市场规模", 2020, 217.5, "CNY 100 million", "actual"),
            ("市场规模", 2021, 285.6, "CNY 100 million", "actual"),
            ("市场规模", 2022, 352.8, "CNY 100 million", "actual"),
            ("市场规模", 2023, 431.0, "CNY 100 million", "actual"),
            ("市场规模", 2024, 532.7, "CNY 100 million", "actual"),
            ("市场规模", 2025, 648.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.3, "percent", 2020, 2021, 1.0),
            ("growth", 25.3, "percent", 2021, 2022, 1.0),
            ("growth", 22.2, "percent", 2022, 2023, 1.0),
            ("growth", 23.6, "percent", 2023, 2024, 1.0),
            ("growth", 21.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 285.6 / 217.5 - 1 = 31.310% -> 31.3
            # 352.8 / 285.6 - 1 = 23.529%; bounds (352.75 / 285.65) -> 23.490%, (352.85 / 285.55) -> 23.569%:
            # 25.3 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 431.0 / 352.8 - 1 = 22.166% -> 22.2
            ("cagr|implied", "exact"),  # 532.7 / 431.0 - 1 = 23.596% -> 23.6
            ("cagr|implied", "exact"),  # 648.2 / 532.7 - 1 = 21.682% -> 21.7
        ],
    ),
    # 39. a 单位：亿元 line above a tab-separated Chinese table whose 合计 row is the whole
    dict(
        text=(
            "2023-2026年中国AI+金融细分市场规模\n"
            "单位：亿元\n"
            "细分领域\t2023\t2024\t2025E\t2026E\n"
            "智能风控\t182\t226\t279\t341\n"
            "智能投顾\t96\t121\t153\t190\n"
            "智能营销\t134\t171\t215\t268\n"
            "智能客服\t88\t104\t121\t139\n"
            "合计\t500\t622\t768\t938"
        ),
        obs=[
            ("智能风控", 2023, 182, "CNY 100 million", "actual"),
            ("智能风控", 2024, 226, "CNY 100 million", "actual"),
            ("智能风控", 2025, 279, "CNY 100 million", "estimate"),
            ("智能风控", 2026, 341, "CNY 100 million", "estimate"),
            ("智能投顾", 2023, 96, "CNY 100 million", "actual"),
            ("智能投顾", 2024, 121, "CNY 100 million", "actual"),
            ("智能投顾", 2025, 153, "CNY 100 million", "estimate"),
            ("智能投顾", 2026, 190, "CNY 100 million", "estimate"),
            ("智能营销", 2023, 134, "CNY 100 million", "actual"),
            ("智能营销", 2024, 171, "CNY 100 million", "actual"),
            ("智能营销", 2025, 215, "CNY 100 million", "estimate"),
            ("智能营销", 2026, 268, "CNY 100 million", "estimate"),
            ("智能客服", 2023, 88, "CNY 100 million", "actual"),
            ("智能客服", 2024, 104, "CNY 100 million", "actual"),
            ("智能客服", 2025, 121, "CNY 100 million", "estimate"),
            ("智能客服", 2026, 139, "CNY 100 million", "estimate"),
            ("合计", 2023, 500, "CNY 100 million", "actual"),
            ("合计", 2024, 622, "CNY 100 million", "actual"),
            ("合计", 2025, 768, "CNY 100 million", "estimate"),
            ("合计", 2026, 938, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 182 + 96 + 134 + 88 = 500; 226 + 121 + 171 + 104 = 622; 279 + 153 + 215 + 121 = 768;
            # 341 + 190 + 268 + 139 = 938
            ("hierarchy", "exact"),
        ],
    ),
    # 40. a Traditional Chinese table under 單位：億美元 with 年增率 and a last row of 年複合成長率
    dict(
        text=(
            "全球AI PC市場產值\n"
            "單位：億美元\n"
            "| 年度 | 產值 | 年增率 |\n"
            "|---|---|---|\n"
            "| 2023年 | 312 | — |\n"
            "| 2024年 | 486 | 55.8% |\n"
            "| 2025年(預估) | 731 | 50.4% |\n"
            "| 2028年(預估) | 1,642 | — |\n"
            "| 2024-2028年複合成長率 | 35.6% | — |\n"
            "資料來源：產業研究機構整理"
        ),
        obs=[
            ("產值", 2023, 312, "USD 100 million", "actual"),
            ("產值", 2024, 486, "USD 100 million", "actual"),
            ("產值", 2025, 731, "USD 100 million", "estimate"),
            ("產值", 2028, 1642, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 55.8, "percent", 2023, 2024, 1.0),
            ("growth", 50.4, "percent", 2024, 2025, 1.0),
            ("cagr", 35.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 486 / 312 - 1 = 55.769% -> 55.8
            ("cagr|implied", "exact"),  # 731 / 486 - 1 = 50.412% -> 50.4
            ("cagr", "exact"),  # (1642 / 486) ** (1 / 4) - 1 = 35.576% -> 35.6
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "thirty-third check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "we see a $400 billion TAM by 2027",
    "grew roughly 40% last",
    "sized the total addressable market for AI networking at $23 billion in fiscal 2024",
    "SAN JOSE, Calif., March 4, 2025 /PRNewswire/ --",
    "157 billion USD",
    "4.2 bn EUR",
    "3.1 trillion yen",
    "up $3.2 billion from 2023",
    "raised its forecast for global AI server spending this year to $285 billion from $242 billion",
    "between $11 billion and $16 billion by 2030",
    "a drop of eight percentage points",
    "or 29.3% of the total",
    "will more than double between 2024 and 2028",
    "US$1.01tn by 2031",
    "DUBLIN--(BUSINESS WIRE)--",
    "人工智能核心产业规模达到9,260亿元",
    "将突破1.2万亿元",
    "规模以上智能消费设备制造企业实现营业收入",
    "实现利润总额862亿元",
    "中新网北京2025年3月4日电",
    "较上年增加31.8亿元",
    "预测由1,650亿元上调至1,980亿元",
    "较2023年提升7.5个百分点",
    "3,000亿元至4,500亿元",
    "412億元新台幣（約12.9億美元）",
    "經濟日報 記者林宜安／台北報導",
    "新台幣1兆2,860億元",
    "| Segment | 2024 Spending | 2024 Growth (%) | 2025 Spending | 2025 Growth (%) |",
    "Note: totals may not add due to rounding.",
    "CAGR 2024-2029",
    "US$ millions",
    "| 年份 | 市场规模（亿元） | 同比增速 |",
    "单位：亿元",
    "2024-2028年複合成長率",
)
#: the set's blind score (set when it is first scored): 172 figures, 57 rates, 57 verdicts and 1 false inconsistent at
#: the code it was written against, and the same after a rule chosen on other texts; its floors are its score after the
#: rules it and the thirty-second set then showed wanting
FLOORS = {"figures_found": 193, "rates_found": 62, "verdicts_right": 59}


if __name__ == "__main__":  # python tests/extract_checkset33.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
