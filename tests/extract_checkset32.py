"""A thirty-second check set for the extractor, written blind: research-store summaries and report pages that set
regions, segments and end users beside the headline market, a part's rate beside the whole's, a news roundup of
several publishers, periods said in words, hedge words on precise figures, part-year figures beside full years, a
dated forecast, Chinese research firms, financial dailies and wire services with regional shares and segment sizes,
Taiwan and Hong Kong outlets in Traditional Chinese, and tables of regions, segments, end users and countries.

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

What this set's sources add to them: in a research store's summary "was valued at USD 26.42 billion in 2024 and is
expected to reach USD 109.33 billion by 2032, growing at a CAGR of 19.4% from 2024 to 2032" gives the market its
``actual`` base, its ``estimate`` and a ``stated`` rate; "North America held a 38.2% share in 2024" is a share, and "The
Asia Pacific market is set to expand at a CAGR of 23.6% over 2025-2032" a part's ``stated`` rate, a claim of its own
with no verdict, since no Asia Pacific amount is printed (audited against the market's amounts it would be
``inconsistent``), and the segment "projected to hold the largest share" carries no figure. In a report page "By
component, the software segment accounted for USD 9.41 billion in 2024" is the part ``Software segment`` (its name as
printed, as the conventions have it and the earlier sets expect; the set first expected ``Software``) and "Europe is expected to reach USD 21.6 billion by 2032" the part ``Europe``'s ``estimate``;
neither is the market's, and "exhibiting a CAGR of 24.7% during the forecast period" runs over the market's own
2025-2032 amounts (``inferred``). Where a report prints the market's amounts and rate and then a country's ("The U.S.
market alone was worth USD 1.84 billion in 2024 and should reach USD 8.95 billion by 2030, growing at 30.2% a year"),
the country is the part ``U.S.``, and its rate (``inferred``) gets its verdict from its own two amounts, though the
market's would contradict it. "Among end users, BFSI led with a 24.1% share in 2024" is a share, and "the healthcare
segment is expected to grow at the fastest CAGR of 25.8% from 2025 to 2034" a part's ``stated`` rate over the very span
of the market's printed amounts: with no healthcare amount printed it has no verdict. In a news roundup "Corvane
Research sizes it at $5.4 billion in 2024 and expects $47.1 billion by 2030, a compound annual growth rate of 43.5%" is
the snippet's figure (its base, target and rate), and "Lindqvist Partners' figure for 2024", the third firm's 2024
figure and its 2030 target are second publishers' figures, expected nowhere. A period said in words gives its years:
"tripled in just three years to $6.3 billion in 2024" is x3 over 2021-2024 (no verdict, its base not printed), and "a
compound rate of 32.7% a year" after "$14.8 billion in 2027" is ``inferred`` and reached only at the rounding of its
amounts; "has doubled since 2021, when it stood at $4.7 billion, to $9.6 billion last year" is x2 over 2021-2024 with
both years' figures ("last year" the year before the dateline's), and "growth slowing to 14% this year" a rate without
its amount; "Over the past five years ... has grown from $1.2 billion to $4.9 billion in 2024" gives 2019 its figure,
five years before the printed year, and "a compound rate of 32.5% a year" is ``inferred`` from those years. A hedge word
on a precise figure ("around USD 851.46 billion", "nearly USD 3,680.47 billion") leaves the figure at its printed
digits, and its rate is judged by them: "a CAGR of 19.8% over 2025-2033" is ``inconsistent``. "In January-September
2025" and its "up 46% on the same period a year earlier" are a part of a year, expected nowhere, beside "Full-year 2024
sales" and their year-on-year rate, reached only at the rounding of its amounts. "Of the $31.6 billion ..., North
America accounted for $15.2 billion, or 48.1%" is a part with its share and its ``arithmetic`` verdict, and "Europe's
spending is set to grow from $7.4 billion in 2024 to $24.9 billion in 2030, a CAGR of 22.4%" the part ``Europe``'s
``inferred`` rate with its verdict from Europe's amounts (the market's would contradict it). Where a segment's sentence
repeats the market's rate ("also at a CAGR of 20.3%") beside the segment's own amounts, the segment's rate is judged by
the segment's amounts and is ``inconsistent``, while the market's rate holds. A region's rate beside the market's ("a
CAGR of 23.9%" after Asia Pacific's two amounts) is reached only at the rounding of the region's amounts. "Claims
automation accounted for $3.4 billion, or 37.3% of the total" and "Hardware accounted for USD 41.3 billion of the USD
87.2 billion ..., a 47.4% share" are parts with shares and ``arithmetic`` verdicts, and software's "USD 28.7 billion" a
part without one; "implying growth of about 18.5% a year" is ``inferred``. A dated forecast "will total $412.6 billion
in 2025, an increase of 58.3% from 2024's $262.1 billion" is the dateline's year under a forecast cue (``estimate``)
with a year-on-year rate its amounts contradict, services' "41% of the 2025 total" a share and the vendors tracked a
count. In an 艾瑞-style release the report's title year is boilerplate, 华东地区占比34.6% and 华南地区占比21.3% are shares of the
market, 智能客服规模为118.5亿元，占比24.9% a part (``智能客服``) with its share and ``arithmetic`` verdict, and 2024-2027年年复合增长率
``stated``. In a 中商-style release 约为7,468.5亿元 is a hedge on a precise figure, kept at its digits,
较2023年的5,912.4亿元增长26.3% a year-on-year rate with its base, the report's title years boilerplate and 将增至9,150亿元，同比增长22.5%
an ``estimate`` with its rate. In a 智研-style item 由2019年的……增长至2024年的…… gives both years, 五年间增长了近3倍 (grew by nearly three
times over) is x4 over 2019-2024 and 年均复合增长率 ``inferred``. In a 观研-style item 华东地区占比为31.8% and the other regions' 占比 are
shares, 智能车载语音规模为95.9亿元，占比22.4% a part with its share, and 2025年上半年 and its 同比增长16.4% a part of a year, expected
nowhere. In 证券时报-style news 1-7月 and its rate are a part of a year, expected nowhere, while 2024年全年 and 较2023年的……增长 are
the years' figures with their rate. In 财联社-style news the wire's date is boilerplate and 三年翻了一番 x2 over 2021-2024 (no
verdict, its base not printed), beside 预计2025年 an ``estimate`` with its year-on-year rate. 2025年前三季度 and its 同比增长152%
are a part of a year, expected nowhere, while 预计2025年全年……58亿元左右 is the year's approximate ``estimate`` and
较2024年的26.4亿元增长约120% its rate. 近1,284.7亿元 is a hedge on a precise figure, so 较2023年的1,036.2亿元增长24.5% is judged at its
printed digits and ``inconsistent``, and 将突破3,560亿元 an approximate ``estimate`` with a ``stated`` rate. In a 經濟日報-style
item in Traditional Chinese 北美市場占比約41.5% is a share and 亞太地區市場規模則將由2024年的152億美元增至2030年的1,012億美元，年複合成長率達37.1% the part
``亞太地區`` with its amounts and an ``inferred`` rate reached only at their rounding (the market's 年複合成長率（CAGR）達32% holds
for the market's). In a Hong Kong 香港經濟日報-style item 億元人民幣 is CNY 100 million, 較2021年的1,460億元人民幣翻了一番 gives 2021 its
figure and is x2 over 2021-2024, 深圳佔比約45.3% a share, 將突破5,000億元人民幣 an approximate ``estimate`` and 年均增長約19%
``inferred``. In a 工商時報-style item 2025年前三季 and its 年增52% are a part of a year, expected nowhere, beside 2024年全年 with
its rate and 預估2025年全年 an ``estimate``. In a 中国证券报-style item 华东地区市场规模占比达42.5% is a share and 该地区复合增长率将达到31.2% a
region's ``stated`` rate over the market's span with no verdict (no 华东 amount is printed).
其中，大模型平台规模由2023年的42.1亿元增至2024年的78.6亿元，同比增长86.7% is a part with both years' figures and a year-on-year rate judged by
them (the market's 35.2% by its own), and 今年前七月 and its 1.4倍 a part of a year, expected nowhere. 推理芯片规模为350亿元，占比28.6% is
a part whose share its amounts contradict. In tables: a markdown table of regions with "2024 | 2030F | CAGR 2024-2030"
columns gives each region its figures and its ``stated`` rate with a verdict from its own row (one contradicted), and
its Total the whole; a tab-separated table of segments with 2025E and 2026E columns gives each its figures and its Total
the whole; a space-aligned table of end users with "Revenue (USD million)" and "Share (%)" columns gives each end user
its figure and its share with an ``arithmetic`` verdict, its Total the whole and its 100.0 no claim; a Chinese 区域 table
with 规模（亿元） and 占比 gives each region its figure and share (one share contradicted) and its 合计 the whole; a Traditional
Chinese table under 單位：億美元 with 2024年, 2030年(預估) and 年複合成長率 columns gives each 區域 its figures and a rate whose span only
its columns' years give (``inferred``), and its 全球 row the whole; a vertical table with years as rows gives its value
column to ``Market size`` and its "YoY" column each year's rate (one reached only at the rounding of its figures), while
its "H1 2025" row is a part of a year, expected nowhere, and 2025E's rate runs from 2024's full year; a Chinese table
with a 2025年前三季度 column beside 2023年 and 2024年 gives only the full years their figures and its 合计 the whole; a table
whose "CAGR (2025-2032)" column prints a span that starts a year after its first value column gives each row its
``stated`` rate over 2025-2032 with no verdict (no 2025 amount is printed; read over 2024-2032 every rate would look
``inconsistent``), 2032F ``estimate`` and its Total the whole; a space-aligned table of countries with a "YoY 2024"
column gives each country its year-on-year rate (one reached only at the rounding of its figures) and its World row the
whole; and a Chinese table of regions whose 年复合增长率 column's span a 注 line prints gives each region its ``stated`` rate
(one reached only at the rounding of its figures). Markets vary (AI in cybersecurity, AI in retail, AI in medical
imaging, conversational AI, AI agents, AI coding assistants, video analytics, AI in agriculture, AI chips, AI in
healthcare, AI in insurance, predictive maintenance, AI in supply chain, AI infrastructure, generative AI, AI大模型应用,
人工智能, AI视觉检测, 智能语音, AI服务器, 智能算力服务, AI眼镜, AI智慧物流, 生成式AI, 人工智能核心產業, AI伺服器, 工业AI质检, AI大模型解决方案, AI芯片, edge AI software,
on-device AI chips, 智能网联汽车, AI software); publishers, speakers and companies are invented, the sentences are the
project's own and the figures plausible.
``python tests/extract_checkset32.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a research store's summary: a region's share and a region's rate over its own span, no region amount printed
    dict(
        text=(
            "The global AI in cybersecurity market size was valued at USD 26.42 billion in 2024 and is expected to "
            "reach USD 109.33 billion by 2032, growing at a CAGR of 19.4% from 2024 to 2032. North America held a "
            "38.2% share in 2024. The Asia Pacific market is set to expand at a CAGR of 23.6% over 2025-2032, the "
            "fastest of any region, while the network security segment is projected to hold the largest share "
            "through the forecast period."
        ),
        obs=[
            ("Total", 2024, 26.42, "USD billion", "actual"),
            ("Total", 2032, 109.33, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.4, "percent", 2024, 2032, None, "stated"),
            ("share", 38.2, "percent", 2024, 2024, None),
            ("cagr", 23.6, "percent", 2025, 2032, None, "stated"),
        ],
        verdicts=[
            # (109.33 / 26.42) ** (1 / 8) - 1 = 19.427% -> 19.4 (bounds 19.423-19.430); Asia Pacific's 23.6% has no
            # amounts of its own (read against the market's 19.43% it would look inconsistent): no verdict
            ("cagr", "exact"),
        ],
    ),
    # 2. a report page: the software segment's and Europe's amounts are parts, not the market's
    dict(
        text=(
            "The global AI in retail market size was valued at USD 14.62 billion in 2024. The market is projected to "
            "grow from USD 18.15 billion in 2025 to USD 85.07 billion by 2032, exhibiting a CAGR of 24.7% during the "
            "forecast period. By component, the software segment accounted for USD 9.41 billion in 2024, and Europe "
            "is expected to reach USD 21.6 billion by 2032."
        ),
        obs=[
            ("Total", 2024, 14.62, "USD billion", "actual"),
            ("Total", 2025, 18.15, "USD billion", "actual"),
            ("Total", 2032, 85.07, "USD billion", "estimate"),
            ("Software segment", 2024, 9.41, "USD billion", "actual"),
            ("Europe", 2032, 21.6, "USD billion", "estimate"),
        ],
        claims=[("cagr", 24.7, "percent", 2025, 2032, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (85.07 / 18.15) ** (1 / 7) - 1 = 24.693% -> 24.7 (bounds 24.687-24.699)
        ],
    ),
    # 3. the market's amounts and rate, then "the U.S. market alone" with its own amounts and rate
    dict(
        text=(
            "Norwell Insights values the global AI in medical imaging market at USD 4.71 billion in 2024 and expects "
            "USD 16.38 billion in 2030, a CAGR of 23.1% over 2024-2030. The U.S. market alone was worth USD 1.84 "
            "billion in 2024 and should reach USD 8.95 billion by 2030, growing at 30.2% a year as reimbursement codes "
            "for AI-assisted reads spread."
        ),
        obs=[
            ("Total", 2024, 4.71, "USD billion", "actual"),
            ("Total", 2030, 16.38, "USD billion", "estimate"),
            ("U.S.", 2024, 1.84, "USD billion", "actual"),
            ("U.S.", 2030, 8.95, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 30.2, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (16.38 / 4.71) ** (1 / 6) - 1 = 23.088% -> 23.1 (bounds 23.060-23.116)
            # U.S.: (8.95 / 1.84) ** (1 / 6) - 1 = 30.167% -> 30.2 (bounds 30.096-30.238); against the market's
            # 23.09% it would be inconsistent
            ("cagr|period", "exact"),
        ],
    ),
    # 4. "Among end users, BFSI led with"; a segment's CAGR over the market's own printed span, no segment amount
    dict(
        text=(
            "The global conversational AI market size accounted for USD 13.21 billion in 2024 and is predicted to "
            "increase from USD 16.04 billion in 2025 to approximately USD 79.63 billion by 2034, expanding at a CAGR "
            "of 19.5% from 2025 to 2034. Among end users, BFSI led with a 24.1% share in 2024, while the healthcare "
            "segment is expected to grow at the fastest CAGR of 25.8% from 2025 to 2034."
        ),
        obs=[
            ("Total", 2024, 13.21, "USD billion", "actual"),
            ("Total", 2025, 16.04, "USD billion", "actual"),
            ("Total", 2034, 79.63, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.5, "percent", 2025, 2034, None, "stated"),
            ("share", 24.1, "percent", 2024, 2024, None),
            ("cagr", 25.8, "percent", 2025, 2034, None, "stated"),
        ],
        verdicts=[
            # (79.63 / 16.04) ** (1 / 9) - 1 = 19.487% -> 19.5 (bounds 19.482-19.492); healthcare's 25.8% has no
            # amounts of its own (against the market's 19.49% it would look inconsistent): no verdict
            ("cagr", "exact"),
        ],
    ),
    # 5. a news roundup quoting three publishers: the first (base, target, rate) is the snippet's figure
    dict(
        text=(
            "How big is the market for AI agents? It depends whom you ask. Corvane Research sizes it at $5.4 billion "
            "in 2024 and expects $47.1 billion by 2030, a compound annual growth rate of 43.5%. Lindqvist Partners' "
            "figure for 2024 is $3.9 billion; a third firm, Oakhurst Data, puts it at $7.2 billion and sees $61 "
            "billion by 2030."
        ),
        obs=[
            ("Total", 2024, 5.4, "USD billion", "actual"),
            ("Total", 2030, 47.1, "USD billion", "estimate"),
        ],
        claims=[("cagr", 43.5, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (47.1 / 5.4) ** (1 / 6) - 1 = 43.473% -> 43.5 (bounds 43.228-43.721)
        ],
    ),
    # 6. "tripled in just three years" (x3 over 2021-2024, no base printed); a rate reached only at the rounding
    dict(
        text=(
            "AUSTIN, Texas, April 8, 2025 -- Spending on AI coding assistants tripled in just three years to $6.3 "
            "billion in 2024, Halden Metrics said in its annual tracker, and the firm expects it to reach $14.8 "
            "billion in 2027, a compound rate of 32.7% a year."
        ),
        obs=[
            ("Total", 2024, 6.3, "USD billion", "actual"),
            ("Total", 2027, 14.8, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2021, 2024, 3.0),
            ("cagr", 32.7, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (14.8 / 6.3) ** (1 / 3) - 1 = 32.935%, not 32.7 +- 0.05; bounds (14.75 / 6.35) -> 32.436%,
            # (14.85 / 6.25) -> 33.439%: 32.7 is reached only at the rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 7. "has doubled since 2021" with the 2021 figure; last year and this year from the dateline
    dict(
        text=(
            "May 14, 2025 -- The market for AI-powered video analytics has doubled since 2021, when it stood at $4.7 "
            "billion, to $9.6 billion last year, according to Brightline Research, which sees growth slowing to 14% "
            "this year as camera makers bundle the software."
        ),
        obs=[
            ("Total", 2021, 4.7, "USD billion", "actual"),
            ("Total", 2024, 9.6, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2021, 2024, 3.0),  # 9.6 / 4.7 = 2.04 -> x2
            ("growth", 14, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[],
    ),
    # 8. "Over the past five years ... from ... to ... in 2024": 2019 by the words; a rate inferred from those years
    dict(
        text=(
            "Over the past five years, spending on AI in agriculture has grown from $1.2 billion to $4.9 billion in "
            "2024, a compound rate of 32.5% a year, says Fieldstone Analytics, as growers adopt yield-forecasting "
            "and machine-vision weeding tools."
        ),
        obs=[
            ("Total", 2019, 1.2, "USD billion", "actual"),
            ("Total", 2024, 4.9, "USD billion", "actual"),
        ],
        claims=[("cagr", 32.5, "percent", 2019, 2024, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (4.9 / 1.2) ** (1 / 5) - 1 = 32.496% -> 32.5 (bounds 31.149-33.900)
        ],
    ),
    # 9. hedge words on precise figures: judged at their printed digits
    dict(
        text=(
            "The global artificial intelligence market was worth around USD 851.46 billion in 2025 and is anticipated "
            "to reach nearly USD 3,680.47 billion by 2033, rising at a CAGR of 19.8% over 2025-2033, according to "
            "Stratwell Market Research."
        ),
        obs=[
            ("Total", 2025, 851.46, "USD billion", "actual"),
            ("Total", 2033, 3680.47, "USD billion", "estimate"),
        ],
        claims=[("cagr", 19.8, "percent", 2025, 2033, None, "stated")],
        verdicts=[
            # (3680.47 / 851.46) ** (1 / 8) - 1 = 20.079%; bounds (3680.465 / 851.465) and (3680.475 / 851.455) both
            # -> 20.079%: 19.8 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 10. January-September (a part of a year, expected nowhere) beside full years
    dict(
        text=(
            "Data-centre AI chip sales reached $112.4 billion in January-September 2025, up 46% on the same period a "
            "year earlier, Ortmann Semiconductor Research said. Full-year 2024 sales were $118.6 billion, up 71.2% "
            "from $69.3 billion in 2023."
        ),
        obs=[
            ("Total", 2024, 118.6, "USD billion", "actual"),
            ("Total", 2023, 69.3, "USD billion", "actual"),
        ],
        claims=[("growth", 71.2, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 118.6 / 69.3 - 1 = 71.140%, not 71.2 +- 0.05; bounds (118.55 / 69.35) -> 70.944%,
            # (118.65 / 69.25) -> 71.336%: reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. a region's part and share of the whole; another region's rate from its own amounts
    dict(
        text=(
            "Of the $31.6 billion spent on AI in healthcare in 2024, North America accounted for $15.2 billion, or "
            "48.1%, according to Halvard Research, which expects global spending to reach $110.2 billion by 2030. "
            "Europe's spending is set to grow from $7.4 billion in 2024 to $24.9 billion in 2030, a CAGR of 22.4%."
        ),
        obs=[
            ("Total", 2024, 31.6, "USD billion", "actual"),
            ("North America", 2024, 15.2, "USD billion", "actual"),
            ("Total", 2030, 110.2, "USD billion", "estimate"),
            ("Europe", 2024, 7.4, "USD billion", "actual"),
            ("Europe", 2030, 24.9, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 48.1, "percent", 2024, 2024, None),
            ("cagr", 22.4, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 15.2 / 31.6 = 48.101% -> 48.1
            # Europe: (24.9 / 7.4) ** (1 / 6) - 1 = 22.413% -> 22.4 (bounds 22.235-22.592); the market's
            # (110.2 / 31.6) ** (1 / 6) - 1 = 23.145% (bounds 23.103-23.187) would contradict it
            ("cagr|period", "exact"),
        ],
    ),
    # 12. an ordinary year-on-year rate with its base; a part with its share
    dict(
        text=(
            "Insurers' spending on AI rose 28.1% to $9.12 billion in 2024 from $7.12 billion in 2023, Meridian Data "
            "Corp said. Claims automation accounted for $3.4 billion, or 37.3% of the total."
        ),
        obs=[
            ("Total", 2024, 9.12, "USD billion", "actual"),
            ("Total", 2023, 7.12, "USD billion", "actual"),
            ("Claims automation", 2024, 3.4, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 28.1, "percent", 2023, 2024, 1.0),
            ("share", 37.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 9.12 / 7.12 - 1 = 28.090% -> 28.1
            ("arithmetic", "exact"),  # 3.4 / 9.12 = 37.281% -> 37.3
        ],
    ),
    # 13. a segment's sentence repeats the market's rate: judged by the segment's own amounts
    dict(
        text=(
            "The predictive maintenance AI market was valued at USD 12.6 billion in 2024 and is projected to reach "
            "USD 38.2 billion by 2030, a CAGR of 20.3% over 2024-2030, according to Quillon Research. Software, the "
            "largest component, is forecast to rise from USD 5.1 billion in 2024 to USD 13.9 billion in 2030, also "
            "at a CAGR of 20.3%."
        ),
        obs=[
            ("Total", 2024, 12.6, "USD billion", "actual"),
            ("Total", 2030, 38.2, "USD billion", "estimate"),
            ("Software", 2024, 5.1, "USD billion", "actual"),
            ("Software", 2030, 13.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.3, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (38.2 / 12.6) ** (1 / 6) - 1 = 20.305% -> 20.3 (bounds 20.199-20.411)
            # Software: (13.9 / 5.1) ** (1 / 6) - 1 = 18.188%; bounds (13.85 / 5.15) -> 17.925%, (13.95 / 5.05) ->
            # 18.453%: 20.3 +- 0.05 outside
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 14. a region's rate beside the market's, reached only at the rounding of the region's own amounts
    dict(
        text=(
            "The AI in supply chain market is expected to grow from USD 9.15 billion in 2024 to USD 27.42 billion by "
            "2030, at a CAGR of 20.1% over 2024-2030, Tessaro Partners said. Asia Pacific, the fastest-growing "
            "region, is set to climb from USD 2.9 billion in 2024 to USD 10.4 billion in 2030, a CAGR of 23.9%."
        ),
        obs=[
            ("Total", 2024, 9.15, "USD billion", "actual"),
            ("Total", 2030, 27.42, "USD billion", "estimate"),
            ("Asia Pacific", 2024, 2.9, "USD billion", "actual"),
            ("Asia Pacific", 2030, 10.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.9, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (27.42 / 9.15) ** (1 / 6) - 1 = 20.072% -> 20.1 (bounds 20.057-20.086)
            # Asia Pacific: (10.4 / 2.9) ** (1 / 6) - 1 = 23.720%, not 23.9 +- 0.05; bounds (10.35 / 2.95) ->
            # 23.269%, (10.45 / 2.85) -> 24.178%: reached only at the rounding (the market's 20.07% never)
            ("cagr|period", "rounding"),
        ],
    ),
    # 15. segments by offering: a part with its share, another part without; a rate in words
    dict(
        text=(
            "Hardware accounted for USD 41.3 billion of the USD 87.2 billion spent on AI infrastructure in 2024, a "
            "47.4% share, while software brought in USD 28.7 billion, Cobalt Analytics estimates. The firm sees the "
            "market reaching USD 203.5 billion in 2029, implying growth of about 18.5% a year."
        ),
        obs=[
            ("Hardware", 2024, 41.3, "USD billion", "actual"),
            ("Total", 2024, 87.2, "USD billion", "actual"),
            ("Software", 2024, 28.7, "USD billion", "actual"),
            ("Total", 2029, 203.5, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 47.4, "percent", 2024, 2024, None),
            ("cagr", 18.5, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 41.3 / 87.2 = 47.362% -> 47.4
            ("cagr|period", "exact"),  # (203.5 / 87.2) ** (1 / 5) - 1 = 18.470% -> 18.5 (bounds 18.451-18.490)
        ],
    ),
    # 16. a dated spending forecast: the dateline's year an estimate, a year-on-year rate its amounts contradict
    dict(
        text=(
            "March 3, 2025 -- Worldwide spending on generative AI will total $412.6 billion in 2025, an increase of "
            "58.3% from 2024's $262.1 billion, Ashford Insight forecasts. Services will take 41% of the 2025 total, "
            "and the firm tracks 118 vendors."
        ),
        obs=[
            ("Total", 2025, 412.6, "USD billion", "estimate"),
            ("Total", 2024, 262.1, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 58.3, "percent", 2024, 2025, 1.0),
            ("share", 41, "percent", 2025, 2025, None),
        ],
        verdicts=[
            # 412.6 / 262.1 - 1 = 57.421%; bounds (412.55 / 262.15) -> 57.372%, (412.65 / 262.05) -> 57.470%:
            # 58.3 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. 艾瑞-style: 华东地区占比 and 华南地区占比 (shares), a segment's size with its 占比, a stated CAGR
    dict(
        text=(
            "艾睿咨询发布的《2025年中国AI大模型应用市场研究报告》显示，2024年中国AI大模型应用市场规模达到476.3亿元，"
            "同比增长62.8%。从区域分布看，华东地区占比34.6%，华南地区占比21.3%；从细分领域看，智能客服规模为118.5亿元，"
            "占比24.9%。艾睿预计，2027年该市场规模将达到1,580亿元，2024-2027年年复合增长率为49.1%。"
        ),
        obs=[
            ("Total", 2024, 476.3, "CNY 100 million", "actual"),
            ("智能客服", 2024, 118.5, "CNY 100 million", "actual"),
            ("Total", 2027, 1580, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 62.8, "percent", 2023, 2024, 1.0),
            ("share", 34.6, "percent", 2024, 2024, None),
            ("share", 21.3, "percent", 2024, 2024, None),
            ("share", 24.9, "percent", 2024, 2024, None),
            ("cagr", 49.1, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 118.5 / 476.3 = 24.879% -> 24.9
            ("cagr", "exact"),  # (1580 / 476.3) ** (1 / 3) - 1 = 49.139% -> 49.1 (bounds 49.118-49.160)
        ],
    ),
    # 18. 中商-style: 约 on a precise figure, a rate with its base, a forecast with its rate; title years boilerplate
    dict(
        text=(
            "中尚产业研究院发布的《2025-2030年中国人工智能行业市场前景预测研究报告》显示，2024年中国人工智能市场规模约为"
            "7,468.5亿元，较2023年的5,912.4亿元增长26.3%。中尚产业研究院分析师预测，2025年中国人工智能市场规模将增至"
            "9,150亿元，同比增长22.5%。"
        ),
        obs=[
            ("Total", 2024, 7468.5, "CNY 100 million", "actual"),
            ("Total", 2023, 5912.4, "CNY 100 million", "actual"),
            ("Total", 2025, 9150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.3, "percent", 2023, 2024, 1.0),
            ("growth", 22.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 7468.5 / 5912.4 - 1 = 26.319% -> 26.3
            ("cagr|implied", "exact"),  # 9150 / 7468.5 - 1 = 22.515% -> 22.5
        ],
    ),
    # 19. 智研-style: 由……增长至……, 五年间增长了近3倍 (x4), 年均复合增长率 from the amounts' years
    dict(
        text=(
            "据智研瞻产业研究院数据，我国AI视觉检测市场规模由2019年的86.3亿元增长至2024年的352.7亿元，五年间增长了近3倍，"
            "年均复合增长率达32.5%。"
        ),
        obs=[
            ("Total", 2019, 86.3, "CNY 100 million", "actual"),
            ("Total", 2024, 352.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2019, 2024, 5.0),  # 352.7 / 86.3 = 4.09 -> x4
            ("cagr", 32.5, "percent", 2019, 2024, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (352.7 / 86.3) ** (1 / 5) - 1 = 32.519% -> 32.5 (bounds 32.500-32.538)
        ],
    ),
    # 20. 观研-style: regional 占比 (shares), a segment with its 占比, 2025年上半年 expected nowhere
    dict(
        text=(
            "观研天成数据显示，2024年我国智能语音市场规模为428.6亿元，同比增长17.9%。分区域看，华东地区占比为31.8%，"
            "华北地区占比为23.1%，华南地区占比为19.7%；分应用看，智能车载语音规模为95.9亿元，占比22.4%。2025年上半年，"
            "市场规模约为236亿元，同比增长16.4%。"
        ),
        obs=[
            ("Total", 2024, 428.6, "CNY 100 million", "actual"),
            ("智能车载语音", 2024, 95.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 17.9, "percent", 2023, 2024, 1.0),
            ("share", 31.8, "percent", 2024, 2024, None),
            ("share", 23.1, "percent", 2024, 2024, None),
            ("share", 19.7, "percent", 2024, 2024, None),
            ("share", 22.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 95.9 / 428.6 = 22.375% -> 22.4
        ],
    ),
    # 21. 证券时报-style: 1-7月 (a part of a year) beside 2024年全年 and its rate with its base
    dict(
        text=(
            "证券时报e公司讯，据中智算力研究院统计，1-7月，国内AI服务器市场销售额为1,126亿元，同比增长48.6%。2024年全年，"
            "国内AI服务器市场销售额为1,645亿元，较2023年的1,092亿元增长50.6%。"
        ),
        obs=[
            ("Total", 2024, 1645, "CNY 100 million", "actual"),
            ("Total", 2023, 1092, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 50.6, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1645 / 1092 - 1 = 50.641% -> 50.6
        ],
    ),
    # 22. 财联社-style: 三年翻了一番 (x2 over 2021-2024, no base), a forecast with its year-on-year rate
    dict(
        text=(
            "财联社6月5日电，中国算力产业研究院发布数据，2024年我国智能算力服务市场规模达到1,042亿元，三年翻了一番；"
            "预计2025年将达到1,360亿元，同比增长30.5%。"
        ),
        obs=[
            ("Total", 2024, 1042, "CNY 100 million", "actual"),
            ("Total", 2025, 1360, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2021, 2024, 3.0),
            ("growth", 30.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1360 / 1042 - 1 = 30.518% -> 30.5
        ],
    ),
    # 23. 2025年前三季度 (a part of a year) beside the full year's estimate and its base
    dict(
        text=(
            "据洛川观察统计，2025年前三季度中国AI眼镜市场销售额为38.6亿元，同比增长152%；该机构预计2025年全年销售额将达到"
            "58亿元左右，较2024年的26.4亿元增长约120%。"
        ),
        obs=[
            ("Total", 2025, 58, "CNY 100 million", "estimate"),
            ("Total", 2024, 26.4, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 120, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 58 / 26.4 - 1 = 119.697% -> 120
        ],
    ),
    # 24. 近 on a precise figure: the rate judged at its printed digits
    dict(
        text=(
            "据中研智库测算，2024年中国AI智慧物流市场规模近1,284.7亿元，较2023年的1,036.2亿元增长24.5%；预计到2029年将突破"
            "3,560亿元，2024-2029年年均复合增长率约为22.6%。"
        ),
        obs=[
            ("Total", 2024, 1284.7, "CNY 100 million", "actual"),
            ("Total", 2023, 1036.2, "CNY 100 million", "actual"),
            ("Total", 2029, 3560, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2023, 2024, 1.0),
            ("cagr", 22.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # 1284.7 / 1036.2 - 1 = 23.982%; bounds (1284.65 / 1036.25) -> 23.971%, (1284.75 / 1036.15) -> 23.993%:
            # 24.5 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr", "exact"),  # (3560 / 1284.7) ** (1 / 5) - 1 = 22.611% -> 22.6 (bounds 22.607-22.615)
        ],
    ),
    # 25. 經濟日報-style, Traditional: a region's share, a region's amounts and rate beside the market's
    dict(
        text=(
            "經濟日報報導，研調機構宏策研究最新報告指出，2024年全球生成式AI市場規模約為673億美元，預估2030年將達3,560億美元，"
            "年複合成長率（CAGR）達32%；其中，2024年北美市場占比約41.5%，亞太地區市場規模則將由2024年的152億美元增至2030年的"
            "1,012億美元，年複合成長率達37.1%。"
        ),
        obs=[
            ("Total", 2024, 673, "USD 100 million", "actual"),
            ("Total", 2030, 3560, "USD 100 million", "estimate"),
            ("亞太地區", 2024, 152, "USD 100 million", "actual"),
            ("亞太地區", 2030, 1012, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 32, "percent", 2024, 2030, None, "inferred"),
            ("share", 41.5, "percent", 2024, 2024, None),
            ("cagr", 37.1, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3560 / 673) ** (1 / 6) - 1 = 32.000% -> 32
            # 亞太地區: (1012 / 152) ** (1 / 6) - 1 = 37.159%, not 37.1 +- 0.05; bounds (1011.5 / 152.5) -> 37.072%,
            # (1012.5 / 151.5) -> 37.245%: reached only at the rounding (the market's 32.00% never)
            ("cagr|period", "rounding"),
        ],
    ),
    # 26. a Hong Kong outlet, Traditional: 億元人民幣, 較2021年的……翻了一番, 佔比, 突破, 年均增長約
    dict(
        text=(
            "（香港經濟日報）本地智庫灣區創新研究中心最新研究指出，2024年大灣區內地九市人工智能核心產業規模約為2,950億元"
            "人民幣，較2021年的1,460億元人民幣翻了一番；其中，深圳佔比約45.3%。研究預計，2027年有關規模將突破5,000億元"
            "人民幣，年均增長約19%。"
        ),
        obs=[
            ("Total", 2024, 2950, "CNY 100 million", "actual"),
            ("Total", 2021, 1460, "CNY 100 million", "actual"),
            ("Total", 2027, 5000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2021, 2024, 3.0),  # 2950 / 1460 = 2.02 -> x2
            ("share", 45.3, "percent", 2024, 2024, None),
            ("cagr", 19, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (5000 / 2950) ** (1 / 3) - 1 = 19.229% -> 19
        ],
    ),
    # 27. 工商時報-style, Traditional: 2025年前三季 (a part of a year) beside full years
    dict(
        text=(
            "工商時報報導，研調機構拓研產業研究院指出，2025年前三季全球AI伺服器產值達1,865億美元，年增52%；2024年全年產值為"
            "1,638億美元，較2023年的1,021億美元成長60.4%，預估2025年全年可望達2,540億美元。"
        ),
        obs=[
            ("Total", 2024, 1638, "USD 100 million", "actual"),
            ("Total", 2023, 1021, "USD 100 million", "actual"),
            ("Total", 2025, 2540, "USD 100 million", "estimate"),
        ],
        claims=[("growth", 60.4, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1638 / 1021 - 1 = 60.431% -> 60.4
        ],
    ),
    # 28. 中国证券报-style: 华东地区 share and its own rate over the market's span, no 华东 amount printed
    dict(
        text=(
            "据中证智研统计，2024年我国工业AI质检市场规模为186.4亿元，预计2028年将达到512.0亿元，2024-2028年复合增长率为28.7%。"
            "其中，华东地区市场规模占比达42.5%，预计2024-2028年该地区复合增长率将达到31.2%。"
        ),
        obs=[
            ("Total", 2024, 186.4, "CNY 100 million", "actual"),
            ("Total", 2028, 512.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28.7, "percent", 2024, 2028, None, "stated"),
            ("share", 42.5, "percent", 2024, 2024, None),
            ("cagr", 31.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (512.0 / 186.4) ** (1 / 4) - 1 = 28.738% -> 28.7 (bounds 28.726-28.750); 华东's 31.2% has no amounts
            # of its own (against the market's 28.74% it would look inconsistent): no verdict
            ("cagr", "exact"),
        ],
    ),
    # 29. a part's year-on-year rate from its own amounts beside the market's; 今年前七月 expected nowhere
    dict(
        text=(
            "赛研顾问数据显示，2024年我国AI大模型解决方案市场规模为346.2亿元，较2023年的256.1亿元增长35.2%；其中，大模型"
            "平台规模由2023年的42.1亿元增至2024年的78.6亿元，同比增长86.7%。今年前七月，公开招标项目中标金额已达58.3亿元，"
            "同比增长1.4倍。"
        ),
        obs=[
            ("Total", 2024, 346.2, "CNY 100 million", "actual"),
            ("Total", 2023, 256.1, "CNY 100 million", "actual"),
            ("大模型平台", 2023, 42.1, "CNY 100 million", "actual"),
            ("大模型平台", 2024, 78.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 35.2, "percent", 2023, 2024, 1.0),
            ("growth", 86.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 346.2 / 256.1 - 1 = 35.182% -> 35.2
            # 大模型平台: 78.6 / 42.1 - 1 = 86.698% -> 86.7; against the market's 35.18% it would be inconsistent
            ("cagr|implied", "exact"),
        ],
    ),
    # 30. a part whose 占比 its amounts contradict
    dict(
        text=(
            "据智研远景统计，2024年中国AI芯片市场规模为1,380亿元，同比增长41.2%；其中，推理芯片规模为350亿元，占比28.6%。"
            "该机构预计，2025年中国AI芯片市场规模将达到1,850亿元。"
        ),
        obs=[
            ("Total", 2024, 1380, "CNY 100 million", "actual"),
            ("推理芯片", 2024, 350, "CNY 100 million", "actual"),
            ("Total", 2025, 1850, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.2, "percent", 2023, 2024, 1.0),
            ("share", 28.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 350 / 1380 = 25.362%; bounds 349.5 / 1380.5 -> 25.317%, 350.5 / 1379.5 -> 25.408%: 28.6 +- 0.05 outside
            ("arithmetic", "inconsistent"),
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. a markdown table of regions with a CAGR column over a printed span: each region's rate from its own row
    dict(
        text=(
            "Edge AI software revenue by region (USD million)\n"
            "| Region | 2024 | 2030F | CAGR 2024-2030 |\n"
            "|---|---|---|---|\n"
            "| North America | 4,812 | 14,960 | 20.8% |\n"
            "| Europe | 2,936 | 8,870 | 20.2% |\n"
            "| Asia Pacific | 2,104 | 9,210 | 29.7% |\n"
            "| Rest of World | 648 | 1,730 | 17.8% |\n"
            "| Total | 10,500 | 34,770 | 22.1% |"
        ),
        obs=[
            ("North America", 2024, 4812, "USD million", "actual"),
            ("North America", 2030, 14960, "USD million", "estimate"),
            ("Europe", 2024, 2936, "USD million", "actual"),
            ("Europe", 2030, 8870, "USD million", "estimate"),
            ("Asia Pacific", 2024, 2104, "USD million", "actual"),
            ("Asia Pacific", 2030, 9210, "USD million", "estimate"),
            ("Rest of World", 2024, 648, "USD million", "actual"),
            ("Rest of World", 2030, 1730, "USD million", "estimate"),
            ("Total", 2024, 10500, "USD million", "actual"),
            ("Total", 2030, 34770, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 29.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (14960 / 4812) ** (1 / 6) - 1 = 20.809% -> 20.8
            ("cagr", "exact"),  # (8870 / 2936) ** (1 / 6) - 1 = 20.234% -> 20.2
            # (9210 / 2104) ** (1 / 6) - 1 = 27.900%; bounds (9209.5 / 2104.5) -> 27.893%, (9210.5 / 2103.5) ->
            # 27.906%: 29.7 +- 0.05 outside
            ("cagr", "inconsistent"),
            ("cagr", "exact"),  # (1730 / 648) ** (1 / 6) - 1 = 17.782% -> 17.8
            ("cagr", "exact"),  # (34770 / 10500) ** (1 / 6) - 1 = 22.087% -> 22.1
            # 4812 + 2936 + 2104 + 648 = 10500; 14960 + 8870 + 9210 + 1730 = 34770
            ("hierarchy", "exact"),
        ],
    ),
    # 32. a tab-separated table of segments with 2025E and 2026E columns and a Total row
    dict(
        text=(
            "Generative AI software revenue by segment (USD billion)\n"
            "Segment\t2023\t2024\t2025E\t2026E\n"
            "Foundation model APIs\t8.4\t15.2\t24.6\t36.8\n"
            "Copilots and assistants\t6.1\t11.7\t19.3\t29.4\n"
            "Creative tools\t3.2\t5.4\t8.1\t11.5\n"
            "Total\t17.7\t32.3\t52.0\t77.7"
        ),
        obs=[
            ("Foundation model APIs", 2023, 8.4, "USD billion", "actual"),
            ("Foundation model APIs", 2024, 15.2, "USD billion", "actual"),
            ("Foundation model APIs", 2025, 24.6, "USD billion", "estimate"),
            ("Foundation model APIs", 2026, 36.8, "USD billion", "estimate"),
            ("Copilots and assistants", 2023, 6.1, "USD billion", "actual"),
            ("Copilots and assistants", 2024, 11.7, "USD billion", "actual"),
            ("Copilots and assistants", 2025, 19.3, "USD billion", "estimate"),
            ("Copilots and assistants", 2026, 29.4, "USD billion", "estimate"),
            ("Creative tools", 2023, 3.2, "USD billion", "actual"),
            ("Creative tools", 2024, 5.4, "USD billion", "actual"),
            ("Creative tools", 2025, 8.1, "USD billion", "estimate"),
            ("Creative tools", 2026, 11.5, "USD billion", "estimate"),
            ("Total", 2023, 17.7, "USD billion", "actual"),
            ("Total", 2024, 32.3, "USD billion", "actual"),
            ("Total", 2025, 52.0, "USD billion", "estimate"),
            ("Total", 2026, 77.7, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 8.4 + 6.1 + 3.2 = 17.7; 15.2 + 11.7 + 5.4 = 32.3; 24.6 + 19.3 + 8.1 = 52.0; 36.8 + 29.4 + 11.5 = 77.7
            ("hierarchy", "exact"),
        ],
    ),
    # 33. a space-aligned table of end users with revenue and share columns and a 100.0 total
    dict(
        text=(
            "Conversational AI revenue by end user, 2024\n"
            "End user                 Revenue (USD million)    Share (%)\n"
            "BFSI                     3,184                    24.1\n"
            "Healthcare               2,047                    15.5\n"
            "Retail and e-commerce    2,310                    17.5\n"
            "Telecom                  1,716                    13.0\n"
            "Other                    3,953                    29.9\n"
            "Total                    13,210                   100.0"
        ),
        obs=[
            ("BFSI", 2024, 3184, "USD million", "actual"),
            ("Healthcare", 2024, 2047, "USD million", "actual"),
            ("Retail and e-commerce", 2024, 2310, "USD million", "actual"),
            ("Telecom", 2024, 1716, "USD million", "actual"),
            ("Other", 2024, 3953, "USD million", "actual"),
            ("Total", 2024, 13210, "USD million", "actual"),
        ],
        claims=[
            ("share", 24.1, "percent", 2024, 2024, None),
            ("share", 15.5, "percent", 2024, 2024, None),
            ("share", 17.5, "percent", 2024, 2024, None),
            ("share", 13.0, "percent", 2024, 2024, None),
            ("share", 29.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 3184 / 13210 = 24.103% -> 24.1
            ("arithmetic", "exact"),  # 2047 / 13210 = 15.496% -> 15.5
            ("arithmetic", "exact"),  # 2310 / 13210 = 17.487% -> 17.5
            ("arithmetic", "exact"),  # 1716 / 13210 = 12.990% -> 13.0
            ("arithmetic", "exact"),  # 3953 / 13210 = 29.924% -> 29.9
            ("hierarchy", "exact"),  # 3184 + 2047 + 2310 + 1716 + 3953 = 13210
        ],
    ),
    # 34. a Chinese 区域 table with 规模（亿元） and 占比 columns, one share its amounts contradict
    dict(
        text=(
            "2024年中国智能语音市场区域结构\n"
            "| 区域 | 规模（亿元） | 占比 |\n"
            "|---|---|---|\n"
            "| 华东地区 | 136.3 | 31.8% |\n"
            "| 华北地区 | 99.0 | 23.1% |\n"
            "| 华南地区 | 84.4 | 19.7% |\n"
            "| 华中地区 | 52.7 | 14.3% |\n"
            "| 西南地区 | 35.1 | 8.2% |\n"
            "| 其他地区 | 21.1 | 4.9% |\n"
            "| 合计 | 428.6 | 100.0% |\n"
            "资料来源：观研天成"
        ),
        obs=[
            ("华东地区", 2024, 136.3, "CNY 100 million", "actual"),
            ("华北地区", 2024, 99.0, "CNY 100 million", "actual"),
            ("华南地区", 2024, 84.4, "CNY 100 million", "actual"),
            ("华中地区", 2024, 52.7, "CNY 100 million", "actual"),
            ("西南地区", 2024, 35.1, "CNY 100 million", "actual"),
            ("其他地区", 2024, 21.1, "CNY 100 million", "actual"),
            ("合计", 2024, 428.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 31.8, "percent", 2024, 2024, None),
            ("share", 23.1, "percent", 2024, 2024, None),
            ("share", 19.7, "percent", 2024, 2024, None),
            ("share", 14.3, "percent", 2024, 2024, None),
            ("share", 8.2, "percent", 2024, 2024, None),
            ("share", 4.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 136.3 / 428.6 = 31.801% -> 31.8
            ("arithmetic", "exact"),  # 99.0 / 428.6 = 23.098% -> 23.1
            ("arithmetic", "exact"),  # 84.4 / 428.6 = 19.692% -> 19.7
            # 52.7 / 428.6 = 12.296%; bounds 52.65 / 428.65 -> 12.283%, 52.75 / 428.55 -> 12.309%: 14.3 +- 0.05 outside
            ("arithmetic", "inconsistent"),
            ("arithmetic", "exact"),  # 35.1 / 428.6 = 8.189% -> 8.2
            ("arithmetic", "exact"),  # 21.1 / 428.6 = 4.923% -> 4.9
            ("hierarchy", "exact"),  # 136.3 + 99.0 + 84.4 + 52.7 + 35.1 + 21.1 = 428.6
        ],
    ),
    # 35. a Traditional Chinese table under 單位：億美元: 區域 rows, a 年複合成長率 column whose span its columns give
    dict(
        text=(
            "全球生成式AI市場規模\n"
            "單位：億美元\n"
            "| 區域 | 2024年 | 2030年(預估) | 年複合成長率 |\n"
            "|---|---|---|---|\n"
            "| 北美 | 279 | 1,286 | 29.0% |\n"
            "| 歐洲 | 171 | 862 | 30.9% |\n"
            "| 亞太 | 152 | 1,012 | 37.2% |\n"
            "| 其他 | 71 | 400 | 33.4% |\n"
            "| 全球 | 673 | 3,560 | 32.0% |\n"
            "資料來源：宏策研究"
        ),
        obs=[
            ("北美", 2024, 279, "USD 100 million", "actual"),
            ("北美", 2030, 1286, "USD 100 million", "estimate"),
            ("歐洲", 2024, 171, "USD 100 million", "actual"),
            ("歐洲", 2030, 862, "USD 100 million", "estimate"),
            ("亞太", 2024, 152, "USD 100 million", "actual"),
            ("亞太", 2030, 1012, "USD 100 million", "estimate"),
            ("其他", 2024, 71, "USD 100 million", "actual"),
            ("其他", 2030, 400, "USD 100 million", "estimate"),
            ("全球", 2024, 673, "USD 100 million", "actual"),
            ("全球", 2030, 3560, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 29.0, "percent", 2024, 2030, None, "inferred"),
            ("cagr", 30.9, "percent", 2024, 2030, None, "inferred"),
            ("cagr", 37.2, "percent", 2024, 2030, None, "inferred"),
            ("cagr", 33.4, "percent", 2024, 2030, None, "inferred"),
            ("cagr", 32.0, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1286 / 279) ** (1 / 6) - 1 = 29.005% -> 29.0
            ("cagr|period", "exact"),  # (862 / 171) ** (1 / 6) - 1 = 30.944% -> 30.9
            ("cagr|period", "exact"),  # (1012 / 152) ** (1 / 6) - 1 = 37.159% -> 37.2
            ("cagr|period", "exact"),  # (400 / 71) ** (1 / 6) - 1 = 33.393% -> 33.4
            ("cagr|period", "exact"),  # (3560 / 673) ** (1 / 6) - 1 = 32.000% -> 32.0
            ("hierarchy", "exact"),  # 279 + 171 + 152 + 71 = 673; 1286 + 862 + 1012 + 400 = 3560
        ],
    ),
    # 36. a vertical table with years as rows, a YoY column and an "H1 2025" row (a part of a year)
    dict(
        text=(
            "On-device AI chip revenue, global (USD billion)\n"
            "| Year | Market size | YoY |\n"
            "|---|---|---|\n"
            "| 2021 | 8.4 | — |\n"
            "| 2022 | 10.1 | 20.2% |\n"
            "| 2023 | 12.9 | 28.0% |\n"
            "| 2024 | 17.2 | 33.3% |\n"
            "| H1 2025 | 9.6 | 31.5% |\n"
            "| 2025E | 22.4 | 30.2% |"
        ),
        obs=[
            ("Market size", 2021, 8.4, "USD billion", "actual"),
            ("Market size", 2022, 10.1, "USD billion", "actual"),
            ("Market size", 2023, 12.9, "USD billion", "actual"),
            ("Market size", 2024, 17.2, "USD billion", "actual"),
            ("Market size", 2025, 22.4, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 20.2, "percent", 2021, 2022, 1.0),
            ("growth", 28.0, "percent", 2022, 2023, 1.0),
            ("growth", 33.3, "percent", 2023, 2024, 1.0),
            ("growth", 30.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 10.1 / 8.4 - 1 = 20.238% -> 20.2
            # 12.9 / 10.1 - 1 = 27.723%, not 28.0 +- 0.05; bounds (12.85 / 10.15) -> 26.601%, (12.95 / 10.05) ->
            # 28.856%: reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 17.2 / 12.9 - 1 = 33.333% -> 33.3
            ("cagr|implied", "exact"),  # 22.4 / 17.2 - 1 = 30.233% -> 30.2 (from 2024's full year, not H1 2025)
        ],
    ),
    # 37. a Chinese table with a 2025年前三季度 column beside full years: only the full years expected
    dict(
        text=(
            "中国智能网联汽车细分市场规模（亿元）\n"
            "| 细分领域 | 2023年 | 2024年 | 2025年前三季度 |\n"
            "|---|---|---|---|\n"
            "| 智能座舱 | 1,120 | 1,386 | 1,148 |\n"
            "| 智能驾驶 | 1,540 | 1,972 | 1,703 |\n"
            "| 车联网服务 | 716 | 842 | 690 |\n"
            "| 合计 | 3,376 | 4,200 | 3,541 |"
        ),
        obs=[
            ("智能座舱", 2023, 1120, "CNY 100 million", "actual"),
            ("智能座舱", 2024, 1386, "CNY 100 million", "actual"),
            ("智能驾驶", 2023, 1540, "CNY 100 million", "actual"),
            ("智能驾驶", 2024, 1972, "CNY 100 million", "actual"),
            ("车联网服务", 2023, 716, "CNY 100 million", "actual"),
            ("车联网服务", 2024, 842, "CNY 100 million", "actual"),
            ("合计", 2023, 3376, "CNY 100 million", "actual"),
            ("合计", 2024, 4200, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[
            # 1120 + 1540 + 716 = 3376; 1386 + 1972 + 842 = 4200 (the part-year column, 1148 + 1703 + 690 = 3541,
            # expected nowhere)
            ("hierarchy", "exact"),
        ],
    ),
    # 38. a CAGR column whose printed span starts a year after the first value column: no verdict
    dict(
        text=(
            "AI in cybersecurity market by security type (USD billion)\n"
            "| Security type | 2024 | 2032F | CAGR (2025-2032) |\n"
            "|---|---|---|---|\n"
            "| Network security | 9.84 | 39.12 | 18.1% |\n"
            "| Endpoint security | 7.15 | 30.48 | 19.6% |\n"
            "| Cloud security | 5.21 | 26.77 | 22.4% |\n"
            "| Application security | 4.22 | 12.96 | 14.8% |\n"
            "| Total | 26.42 | 109.33 | 19.2% |"
        ),
        obs=[
            ("Network security", 2024, 9.84, "USD billion", "actual"),
            ("Network security", 2032, 39.12, "USD billion", "estimate"),
            ("Endpoint security", 2024, 7.15, "USD billion", "actual"),
            ("Endpoint security", 2032, 30.48, "USD billion", "estimate"),
            ("Cloud security", 2024, 5.21, "USD billion", "actual"),
            ("Cloud security", 2032, 26.77, "USD billion", "estimate"),
            ("Application security", 2024, 4.22, "USD billion", "actual"),
            ("Application security", 2032, 12.96, "USD billion", "estimate"),
            ("Total", 2024, 26.42, "USD billion", "actual"),
            ("Total", 2032, 109.33, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.1, "percent", 2025, 2032, None, "stated"),
            ("cagr", 19.6, "percent", 2025, 2032, None, "stated"),
            ("cagr", 22.4, "percent", 2025, 2032, None, "stated"),
            ("cagr", 14.8, "percent", 2025, 2032, None, "stated"),
            ("cagr", 19.2, "percent", 2025, 2032, None, "stated"),
        ],
        verdicts=[
            # no 2025 amount is printed, so no rate gets a verdict; read over 2024-2032 instead each would look
            # inconsistent: (39.12 / 9.84) -> 18.830%, (30.48 / 7.15) -> 19.871%, (26.77 / 5.21) -> 22.702%,
            # (12.96 / 4.22) -> 15.057%, (109.33 / 26.42) -> 19.427%.
            # 9.84 + 7.15 + 5.21 + 4.22 = 26.42; 39.12 + 30.48 + 26.77 + 12.96 = 109.33
            ("hierarchy", "exact"),
        ],
    ),
    # 39. a space-aligned table of countries with a "YoY 2024" column and a World row
    dict(
        text=(
            "AI software spending by country (USD billion)\n"
            "Country           2023     2024     YoY 2024\n"
            "United States     62.4     79.8     27.9%\n"
            "China             21.7     27.1     24.9%\n"
            "Japan              6.8      8.3     22.4%\n"
            "Germany            5.2      6.4     23.1%\n"
            "Rest of world     30.1     37.6     24.9%\n"
            "World            126.2    159.2     26.1%"
        ),
        obs=[
            ("United States", 2023, 62.4, "USD billion", "actual"),
            ("United States", 2024, 79.8, "USD billion", "actual"),
            ("China", 2023, 21.7, "USD billion", "actual"),
            ("China", 2024, 27.1, "USD billion", "actual"),
            ("Japan", 2023, 6.8, "USD billion", "actual"),
            ("Japan", 2024, 8.3, "USD billion", "actual"),
            ("Germany", 2023, 5.2, "USD billion", "actual"),
            ("Germany", 2024, 6.4, "USD billion", "actual"),
            ("Rest of world", 2023, 30.1, "USD billion", "actual"),
            ("Rest of world", 2024, 37.6, "USD billion", "actual"),
            ("World", 2023, 126.2, "USD billion", "actual"),
            ("World", 2024, 159.2, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 27.9, "percent", 2023, 2024, 1.0),
            ("growth", 24.9, "percent", 2023, 2024, 1.0),
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("growth", 24.9, "percent", 2023, 2024, 1.0),
            ("growth", 26.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 79.8 / 62.4 - 1 = 27.885% -> 27.9
            ("cagr|implied", "exact"),  # 27.1 / 21.7 - 1 = 24.885% -> 24.9
            # 8.3 / 6.8 - 1 = 22.059%, not 22.4 +- 0.05; bounds (8.25 / 6.85) -> 20.438%, (8.35 / 6.75) -> 23.704%:
            # reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 6.4 / 5.2 - 1 = 23.077% -> 23.1
            ("cagr|implied", "exact"),  # 37.6 / 30.1 - 1 = 24.917% -> 24.9
            ("cagr|implied", "exact"),  # 159.2 / 126.2 - 1 = 26.149% -> 26.1
            # 62.4 + 21.7 + 6.8 + 5.2 + 30.1 = 126.2; 79.8 + 27.1 + 8.3 + 6.4 + 37.6 = 159.2
            ("hierarchy", "exact"),
        ],
    ),
    # 40. a Chinese table of regions whose 年复合增长率 span a 注 line prints
    dict(
        text=(
            "中国工业AI质检市场分区域规模（亿元）\n"
            "| 区域 | 2024年 | 2028年E | 年复合增长率 |\n"
            "|---|---|---|---|\n"
            "| 华东地区 | 79.2 | 234.6 | 31.2% |\n"
            "| 华南地区 | 41.5 | 113.8 | 28.7% |\n"
            "| 华北地区 | 33.6 | 86.1 | 26.5% |\n"
            "| 其他地区 | 32.1 | 77.5 | 24.6% |\n"
            "| 合计 | 186.4 | 512.0 | 28.7% |\n"
            "注：2028年为预测值；年复合增长率为2024-2028年。"
        ),
        obs=[
            ("华东地区", 2024, 79.2, "CNY 100 million", "actual"),
            ("华东地区", 2028, 234.6, "CNY 100 million", "estimate"),
            ("华南地区", 2024, 41.5, "CNY 100 million", "actual"),
            ("华南地区", 2028, 113.8, "CNY 100 million", "estimate"),
            ("华北地区", 2024, 33.6, "CNY 100 million", "actual"),
            ("华北地区", 2028, 86.1, "CNY 100 million", "estimate"),
            ("其他地区", 2024, 32.1, "CNY 100 million", "actual"),
            ("其他地区", 2028, 77.5, "CNY 100 million", "estimate"),
            ("合计", 2024, 186.4, "CNY 100 million", "actual"),
            ("合计", 2028, 512.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 31.2, "percent", 2024, 2028, None, "stated"),
            ("cagr", 28.7, "percent", 2024, 2028, None, "stated"),
            ("cagr", 26.5, "percent", 2024, 2028, None, "stated"),
            ("cagr", 24.6, "percent", 2024, 2028, None, "stated"),
            ("cagr", 28.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (234.6 / 79.2) ** (1 / 4) - 1 = 31.190% -> 31.2
            ("cagr", "exact"),  # (113.8 / 41.5) ** (1 / 4) - 1 = 28.684% -> 28.7
            ("cagr", "exact"),  # (86.1 / 33.6) ** (1 / 4) - 1 = 26.522% -> 26.5
            # (77.5 / 32.1) ** (1 / 4) - 1 = 24.652%, not 24.6 +- 0.05; bounds (77.45 / 32.15) -> 24.583%,
            # (77.55 / 32.05) -> 24.721%: reached only at the rounding
            ("cagr", "rounding"),
            ("cagr", "exact"),  # (512.0 / 186.4) ** (1 / 4) - 1 = 28.738% -> 28.7
            # 79.2 + 41.5 + 33.6 + 32.1 = 186.4; 234.6 + 113.8 + 86.1 + 77.5 = 512.0
            ("hierarchy", "exact"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "thirty-second check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "North America held a 38.2% share in 2024",
    "The Asia Pacific market is set to expand at a CAGR of 23.6% over 2025-2032",
    "the software segment accounted for USD 9.41 billion in 2024",
    "Europe is expected to reach USD 21.6 billion by 2032",
    "The U.S. market alone was worth",
    "Among end users, BFSI led with",
    "Lindqvist Partners' figure for 2024 is $3.9 billion; a third firm",
    "tripled in just three years",
    "has doubled since 2021",
    "Over the past five years",
    "around USD 851.46 billion",
    "January-September 2025",
    "Europe's spending is set to grow from",
    "also at a CAGR of 20.3%",
    "华东地区占比34.6%",
    "约为7,468.5亿元",
    "五年间增长了近3倍",
    "2025年上半年",
    "1-7月",
    "三年翻了一番",
    "2025年前三季度中国AI眼镜",
    "近1,284.7亿元",
    "亞太地區市場規模則將由2024年的152億美元",
    "較2021年的1,460億元人民幣翻了一番",
    "2025年前三季全球AI伺服器",
    "该地区复合增长率",
    "今年前七月",
    "| Region | 2024 | 2030F | CAGR 2024-2030 |",
    "Revenue (USD million)    Share (%)",
    "| 区域 | 规模（亿元） | 占比 |",
    "| 區域 | 2024年 | 2030年(預估) | 年複合成長率 |",
    "| H1 2025 |",
    "| 细分领域 | 2023年 | 2024年 | 2025年前三季度 |",
    "CAGR (2025-2032)",
    "YoY 2024",
    "注：2028年为预测值；年复合增长率为2024-2028年。",
)
#: the set's blind score (set when it is first scored): 186 figures, 63 rates, 76 verdicts and 7 false inconsistent at
#: the code it was written against; 190, 63, 76 and 6 after a rule chosen on other texts (a clause about a region or
#: segment states the part's figures); its floors are its score after the rules it then showed wanting
FLOORS = {"figures_found": 203, "rates_found": 70, "verdicts_right": 83}


if __name__ == "__main__":  # python tests/extract_checkset32.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
