"""A forty-second check set for the extractor, written blind: text as it arrives from real documents -- paragraphs taken
out of PDF reports with hard line breaks in mid-sentence, running titles, section numbers and page numbers, an executive
summary's bullets and a numbered "Key findings" box, a figure caption that restates its paragraph's headline number and
a chart whose data labels came out as two lines of text, a footnote that names the source behind a figure, breakdowns
whose parts add up to their whole and regional splits in prose, earnings-call transcripts with each speaker's name on a
line of its own, a statistics office's bulletin, a research distributor's release, a trade body's release with its
"About" block; Chinese 统计公报 and a statistics bureau's 快报 in 亿元 with 同比, brokers' research notes (投资要点, 核心观点, 预计, 有望,
复合增速, a page footer, a chart caption with its 资料来源), a results briefing and a press conference with their speakers, and
Taiwan and Hong Kong press and statistics in Traditional Chinese; and tables in pipes, tabs and aligned columns as they
come out of PDFs, decks and bulletins, with parts that add up to their total rows.

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

What this set's sources add to them: first, as in the thirty-ninth and fortieth sets, the bundled unit table holds New
Taiwan dollars and Hong Kong dollars, so an amount in 新台幣 or 港元 is the year's observation in its own currency (新台幣億元
``TWD 100 million``, 億港元 ``HKD 100 million``) and its rates get their verdicts from its own amounts. Text taken out of a
PDF keeps its hard line breaks, which part an amount from its currency ("reached USD" over "6.84 billion in 2024"), a
span from its end ("between 2024 and" over "2030", still ``stated``), a rate from its cue (同比增长 over 37.3%) and a
region's name from itself ("Asia" over "Pacific", the part ``Asia Pacific``), and a word broken at a line's end
("autonomous-" over "driving") carries no figure; the running title and its years ("GLOBAL OUTLOOK 2025-2030", "Annual
Market Report 2025 — 9"), section numbers ("2 Market size and growth", 六、), page numbers ("– 8 –", "· 14", 第12页 / 共38页),
"(see Section 5, p. 41)" and "(continued overleaf)" are boilerplate. In an executive summary's "●" bullets "was worth
US$ 9.7 billion in 2024" (a space after the sign) and "is forecast to reach US$ 26.8 billion in 2030" are the base and
the ``estimate``, "That is a compound annual growth rate of 18.5% over 2024-2030" a ``stated`` rate in the bullet after
them, "Banking, financial services and insurance generated US$ 5.4 billion, or 55.7% of 2024 revenue" a part with its
share and an ``arithmetic`` verdict, "Cloud deployments accounted for 62%" a share whose part is not printed, and the
banks surveyed a survey's answer. In a numbered "Key findings" box the list numbers are boilerplate, "41% more than in
2023" is a year-on-year rate whose base is not printed, "up from the $7.4 billion we forecast a year ago" the figure a
revised one replaces (expected nowhere), "Ambient scribing took $1.12 billion, or 47.7% of 2024 spending" a part with
its share, and "annual growth at 31.2% between 2024 and 2029" a ``stated`` rate reached only at the rounding of its
amounts. A figure caption under its paragraph ("Figure 3: ..., 2021-2029F (USD billion)") holds only boilerplate (its
number and its years), the caption's "The market reaches USD 11.6 billion in 2029" restates the paragraph's figure
(expected once) and its "a CAGR (2024-29) of 24.4%" is ``stated``. A chart whose data labels came out as text -- a line
of years ("2023 2024 2025E 2026E 2027E 2028E") over a line of values ("412 598 846 1,171 1,583 2,087") under a caption
in "(USD million)" -- gives each year its figure (the E years ``estimate``): the chart's 2,087 is 2028's most precise
statement, which the paragraph rounds to "pass $2 billion", and "rose 45% to $598 million" gets its verdict from the
chart's 2023. A footnote mark glued to a sentence's end ("according to Kestrel Research.4") and the footnote it points
to (its edition's date and page) are boilerplate. On an earnings call each speaker's line ("Priya Natarajan -- Chief
Financial Officer", "Hannah Ibsen -- Analyst"), the operator's lines and the call's quarter are boilerplate; "We put the
total addressable market ... at about $78 billion in calendar 2024" is the market's ``actual`` figure, "passes $300
billion by 2030" an approximate ``estimate`` and "a compound rate of roughly 25%" ``inferred``, while the company's
quarterly revenue, its growth and its guidance are expected nowhere; under a second call's date line the chief
executive's "$4.1 billion last year, up 35% from $3.2 billion in 2023" is a rate its amounts contradict and "something
like $5.5 billion this year" an approximate ``estimate``. A statistics office's bulletin gives under "Main points"
"£11.62 billion in 2024, an increase of 14.8% compared with 2023 (£10.12 billion)" (its base in brackets) and "Software
development and licensing contributed £6.05 billion, 52.1% of the total" (a part with its share); its count of
businesses and its release and revision dates are expected nowhere, and "provisional estimates" are still ``actual``.
"Of the $12.4 billion that enterprises spent ... platform licences took $7.1 billion (57%), managed services $3.6
billion (29%) and professional services $1.7 billion (16%)" gives the whole and each part its figure with its share in
brackets (one contradicted by its amounts; parts in prose get no ``hierarchy`` verdict), and the vendors counted are a
count. A regional split in prose ("North America accounted for USD 2.91 billion of the 2024 total of USD 6.37 billion,
Europe for USD 1.64 billion ... the rest of the world made up the remaining USD 0.44 billion") gives each region its
figure (``Rest of the world``, less its "the"), and Asia Pacific's "CAGR of 27.3% from 2025 to 2032" is a part's
``stated`` rate without a verdict. A research distributor's release ("estimated at US$2.4 Billion in the year 2024, is
projected to reach a revised size of US$8.9 Billion by 2030, growing at a CAGR of 24.4% over the analysis period
2024-2030") gives the base, the ``estimate`` (a "revised size" is the forecast itself, replacing no printed figure) and
a ``stated`` rate; "The United States market is estimated at US$712.5 Million in 2024" and "China is forecast to reach
US$1.9 Billion by 2030" are markets of their own names (``United States``, its own series in USD million, and
``China``), and "No. of Pages: 212" is boilerplate. A headline ("a $7.8 billion market by 2028") and a pull quote that
restate the body add no figure; "expects that to triple to $7.8 billion by 2028" is x3 over 2024-2028 and "a compound
rate of 31.6%" ``inferred``. Under a report's running title "an increase of 17.0% on the €1.59 billion recorded a year
earlier" is a rate with its base, "In the first quarter of 2025 sales came to €0.51 billion" a quarter, expected
nowhere, and "For 2025 as a whole the federation expects €2.15 billion, growth of 15.8%" an ``estimate`` with a rate
reached only at the rounding of its amounts. "Which we size at $1.3–1.5 billion for 2024" is a range whose unit is
printed once (two ``value`` claims) and "should lift revenue to $6.2 billion in 2029" an ``estimate``. A trade body's
headline ("top $3 billion for the first time") and subhead ("Sales rose 22% in 2024") restate the body's "rose 22% to
$3.08 billion in 2024 from $2.52 billion in 2023", the fourth quarter's sales are expected nowhere, and the "About"
block's founding year and member companies are boilerplate and a count. In Chinese: a city's 统计公报 makes its title's year
(2024年国民经济和社会发展统计公报) the year of 全年, and its 实现营业收入1,286.4亿元，比上年增长18.7%[1] is the market's figure with a rate whose base
is not printed (the footnote mark boilerplate), 其中 two parts each with its own 增长 rate, the firms at 年末 a count and the
注 line boilerplate; a statistics bureau's 快报 gives 同比下降4.6%，2023年为331.8亿元, a negative rate its amounts contradict, and
12月份 a month, expected nowhere; a broker's 约为268亿元 and 有望达到842亿元 are the base and the ``estimate`` and
2024-2027年复合增速约46% is ``stated``, the rating boilerplate; a broker's 投资要点 (▲ bullets) gives 三年复合增速达82% (``inferred``, a
span in words), while the company's 归母净利润分别为3.2/4.6/6.5亿元 and the 风险提示 are expected nowhere; a broker's page as a PDF
gives it (同比增长 at a line's end, the 请务必阅读 footer) has 2024-2028年年均复合增速为31.5% ``stated``; a 核心观点 box (●) gives 同比增长186%
(its base not printed), 同比增长约121% with its verdict, 有望突破300亿元 an approximate ``estimate``, 音频眼镜销售额为26.1亿元，占比59.7% a part
with its share and 占比约三成 a fraction in words; a regional split
(华东地区……38.2亿元，占全国的41.3%；华南地区为19.6亿元，占比21.2%……其余地区合计16.8亿元) gives each region its figure and its share with an
``arithmetic`` verdict (one reached only at the rounding), and 全国市场规模合计92.5亿元 is the ``Total``; at a 年度业绩说明会 the
chairman's 去年……大约在620亿元 and 今年有望增长40%以上，达到870亿元左右 are the market's (the company's 业务收入 and its rate expected nowhere); a
chart caption (图1：2020-2025E……（亿元，%）) and its 资料来源 are boilerplate beside 较2020年的8.5亿元增长3.8倍 (grew by 3.8 times over,
x4.8 over four years) and 2020-2024年年均复合增长率为48.4% ``stated``; at a press conference the speaker's quoted 较2022年翻了一番 is
x2 over 2022-2024 (no 2022 amount printed), 同比增长26.3% gets its verdict from the base printed after it (2023年这一数字为938亿元)
and 将超过2,500亿元 is an approximate ``estimate``. In Traditional Chinese a Taiwan think tank's item dated (2025/06/13),
with 昨（12）日 a date, gives 由2023年的新台幣6,398億元成長至1兆2,380億元 (the second expected in the series' TWD 100 million as 12380),
年成長率達93.5%, and 預估今年……上看新台幣1兆8,600億元 (18600, an ``estimate``) with 年成長約50%; a Hong Kong survey's 按年上升58.4% is
contradicted by 去年's 24.6億港元 and 前年則為15.7億港元, and 今年……升至約34億港元 is an approximate ``estimate``; a Taiwan research firm's
年增64.2% and 2025至2027年年複合成長率為38.0% (``stated``) get their verdicts and 2025年前三大品牌合計市占率約為61% is a share of 2025; a
statistics office's 統計通報 gives 較上年的678億元增加28.6% (TWD 100 million) and 今年第1季 with its 年增 a quarter, expected nowhere. In
tables: a PDF's space-aligned "Table 4.2" with a "CAGR 2024-30" column gives each application its ``stated`` rate and
its Total the whole, the table's number and the page footer boilerplate; a chart's data table ("Figure 6 data:"),
tab-separated, gives each region its share with an ``arithmetic`` verdict, its Total the whole and its 100.0% no claim;
an "At a glance" pipe table of metric and value ("| Market size, 2024 | USD 5.74 billion |", "CAGR, 2024-2031", "Largest
component (2024) | Software, 63.4%") gives the market its figures, a ``stated`` rate and a share, and the
fastest-growing region no figure; a 统计公报 table (表2) with 指标, 绝对数（亿元） and 比上年增长（%） columns gives each row its 2024 figure
(the year from the title) and a rate whose base is not printed, its first row (人工智能产业营业收入) the whole of the three 层
printed under it; a broker's 图表 in aligned columns (2023A to 2027E) gives its 市场规模 row each year's figure and its 同比增速
row each year's rate (one contradicted by its figures), the 图表 number and 资料来源 boilerplate; a Traditional Chinese pipe
table under 單位：新台幣億元 gives its 產值 column each year in TWD 100 million, 2025年(預估) an ``estimate``; an investor day's
tab-separated table in "$B" with a "3-yr CAGR" column gives each workload its rate, ``inferred`` over its year columns
(2024-2027E), and its Total the whole; a Chinese tab-separated regional table with a 同比增长 column gives each region its
rate (one reached only at the rounding of its figures) and its 合计 the whole; a space-aligned table in EUR million whose
Total misses the sum of its parts by 0.1 in one year, under "Figures are rounded; components may not sum to totals.",
gets a ``hierarchy`` verdict reached only at the rounding; and a pipe table in "(¥ billion)" with fiscal-year columns
(FY2025E ``estimate``) and a "FY2025E growth" column gives each row its year-on-year rate and its Total the whole.
Markets vary (AI in warehouse automation, AI-powered fraud detection, AI clinical documentation, conversational AI in
banking, AI for predictive maintenance, AI inference accelerators, AI code review tools, AI services in the UK, AI
observability and MLOps software, AI video analytics, AI in precision agriculture, AI governance and risk software, AI
tutoring apps, AI-enabled collaborative robots, synthetic data generation, AI-assisted chip design software, 人工智能核心产业,
服务机器人制造业, AI算力租赁, 企业级AI Agent, AI工业质检, AI眼镜, AI数据标注, AI推理芯片, AI数字人, 智能网联汽车软件, AI伺服器, 生成式人工智能開支, AI PC, 人工智慧相關服務, AI in
logistics, generative AI in media and entertainment, AI in cybersecurity for operational technology, 人工智能产业, AI推理服务,
AI晶片封測, AI compute by workload, AI客服, AI-enabled customer experience software, AI-related IT services in Japan);
publishers, speakers and companies are invented, the sentences are the project's own and the figures plausible. ``python
tests/extract_checkset42.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a PDF page: a running title with its years, a section number, hard line breaks inside an amount and a span,
    #    a page number between dashes
    dict(
        text=(
            "AI IN WAREHOUSE AUTOMATION: GLOBAL OUTLOOK 2025-2030\n"
            "2 Market size and growth\n"
            "The global market for AI in warehouse automation reached USD\n"
            "6.84 billion in 2024, up from USD 5.62 billion in 2023, and we\n"
            "project that it will grow at a CAGR of 24.3% between 2024 and\n"
            "2030 to reach USD 25.2 billion by the end of the forecast period.\n"
            "Picking and sortation remain the largest applications.\n"
            "Northgate Logistics Research\n"
            "– 8 –"
        ),
        obs=[
            ("Total", 2024, 6.84, "USD billion", "actual"),
            ("Total", 2023, 5.62, "USD billion", "actual"),
            ("Total", 2030, 25.2, "USD billion", "estimate"),
        ],
        claims=[("cagr", 24.3, "percent", 2024, 2030, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (25.2 / 6.84) ** (1 / 6) - 1 = 24.277% -> 24.3 (bounds 24.221-24.333)
        ],
    ),
    # 2. an executive summary's bullets ("●"): "US$ 9.7 billion", a stated rate in the next bullet, a part with its
    #    share, a share whose part is not printed, a survey's answer
    dict(
        text=(
            "Executive Summary\n"
            "● The market for AI-powered fraud detection was worth US$ 9.7 billion in 2024 and is forecast to reach "
            "US$ 26.8 billion in 2030.\n"
            "● That is a compound annual growth rate of 18.5% over 2024-2030.\n"
            "● Banking, financial services and insurance generated US$ 5.4 billion, or 55.7% of 2024 revenue.\n"
            "● Cloud deployments accounted for 62% of 2024 revenue.\n"
            "● More than 70% of the banks we surveyed plan to raise their fraud-AI budgets in 2025."
        ),
        obs=[
            ("Total", 2024, 9.7, "USD billion", "actual"),
            ("Total", 2030, 26.8, "USD billion", "estimate"),
            ("Banking, financial services and insurance", 2024, 5.4, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 18.5, "percent", 2024, 2030, None, "stated"),
            ("share", 55.7, "percent", 2024, 2024, None),
            ("share", 62, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (26.8 / 9.7) ** (1 / 6) - 1 = 18.457% -> 18.5 (bounds 18.319-18.596)
            ("arithmetic", "exact"),  # 5.4 / 9.7 = 55.670% -> 55.7
        ],
    ),
    # 3. a numbered "Key findings" box: a rate whose base is not printed, the figure a revised one replaces, a part
    #    with its share, a stated rate reached only at the rounding
    dict(
        text=(
            "Key findings\n"
            "1. Spending on AI clinical documentation tools hit $2.35 billion in 2024, 41% more than in 2023.\n"
            "2. We now expect $9.1 billion in 2029, up from the $7.4 billion we forecast a year ago.\n"
            "3. Ambient scribing took $1.12 billion, or 47.7% of 2024 spending.\n"
            "4. That puts annual growth at 31.2% between 2024 and 2029."
        ),
        obs=[
            ("Total", 2024, 2.35, "USD billion", "actual"),
            ("Total", 2029, 9.1, "USD billion", "estimate"),
            ("Ambient scribing", 2024, 1.12, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 41, "percent", 2023, 2024, 1.0),
            ("share", 47.7, "percent", 2024, 2024, None),
            ("cagr", 31.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.12 / 2.35 = 47.660% -> 47.7
            # (9.1 / 2.35) ** (1 / 5) - 1 = 31.098%, not 31.2 +- 0.05; bounds (9.05 / 2.355) -> 30.898%,
            # (9.15 / 2.345) -> 31.297%: 31.2 is reached only at the rounding
            ("cagr", "rounding"),
        ],
    ),
    # 4. a figure caption under its paragraph: the caption's number and years boilerplate, its sentence restating the
    #    body's 2029 figure (expected once) with a stated CAGR
    dict(
        text=(
            "Conversational AI in banking was a USD 3.9 billion market in 2024. Our\n"
            "base case has it reaching USD 11.6 billion by 2029 as voice assistants\n"
            "take over first-line contact-centre work.\n"
            "Figure 3: Conversational AI in banking, global revenue, 2021-2029F (USD billion)\n"
            "The market reaches USD 11.6 billion in 2029, a CAGR (2024-29) of 24.4%.\n"
            "Source: Pellow & Grant analysis. F = forecast."
        ),
        obs=[
            ("Total", 2024, 3.9, "USD billion", "actual"),
            ("Total", 2029, 11.6, "USD billion", "estimate"),
        ],
        claims=[("cagr", 24.4, "percent", 2024, 2029, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (11.6 / 3.9) ** (1 / 5) - 1 = 24.359% -> 24.4 (bounds 23.936-24.788)
        ],
    ),
    # 5. a footnote mark glued to a sentence's end ("Research.4") and the footnote it points to (boilerplate)
    dict(
        text=(
            "Global spending on AI for predictive maintenance reached $4.62 billion\n"
            "in 2024, according to Kestrel Research.4 Kestrel expects it to rise to\n"
            "$5.71 billion in 2025, an increase of 23.6%, and to $12.9 billion by\n"
            "2029, with discrete manufacturing the largest buyer.\n"
            "__________\n"
            "4 Kestrel Research, Industrial AI Tracker, 14 March 2025 edition, p. 22."
        ),
        obs=[
            ("Total", 2024, 4.62, "USD billion", "actual"),
            ("Total", 2025, 5.71, "USD billion", "estimate"),
            ("Total", 2029, 12.9, "USD billion", "estimate"),
        ],
        claims=[("growth", 23.6, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 5.71 / 4.62 - 1 = 23.593% -> 23.6
        ],
    ),
    # 6. an earnings call: the speaker on a line of their own, the TAM in calendar years, "passes" on a target, the
    #    company's quarterly revenue, growth and guidance expected nowhere
    dict(
        text=(
            "Lumenor Systems (LMNR) Q3 2025 Earnings Call, October 29, 2025\n\n"
            "Priya Natarajan -- Chief Financial Officer\n\n"
            "Thanks, Glen. Before guidance, a word on the market. We put the total addressable market for AI "
            "inference accelerators at about $78 billion in calendar 2024, and we think it passes $300 billion by "
            "2030, which is a compound rate of roughly 25%. Our data-center revenue in the quarter was $2.14 "
            "billion, up 61% year over year, and we are guiding to $2.4 billion for the fourth quarter.\n\n"
            "Glen Acosta -- Vice President, Investor Relations\n\n"
            "Operator, we can take the first question now."
        ),
        obs=[
            ("Total", 2024, 78, "USD billion", "actual"),
            ("Total", 2030, 300, "USD billion", "estimate"),
        ],
        claims=[("cagr", 25, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (300 / 78) ** (1 / 6) - 1 = 25.171% -> 25 (bounds 25.003-25.340)
        ],
    ),
    # 7. an earnings call's question and answer under its date line: last year, a year-on-year rate its amounts
    #    contradict, "something like" on this year's figure
    dict(
        text=(
            "Tessellate Inc. (TSLT) Q4 2024 Earnings Call, February 12, 2025\n\n"
            "Operator: Our next question comes from Hannah Ibsen with Corliss Securities.\n\n"
            "Hannah Ibsen -- Analyst\n\n"
            "Thanks. How big is the code-review opportunity now, in your view?\n\n"
            "Marcus Feld -- Chief Executive Officer\n\n"
            "By our count, the market for AI code review tools was $4.1 billion last year, up 35% from $3.2 billion "
            "in 2023, and we think it gets to something like $5.5 billion this year."
        ),
        obs=[
            ("Total", 2024, 4.1, "USD billion", "actual"),
            ("Total", 2023, 3.2, "USD billion", "actual"),
            ("Total", 2025, 5.5, "USD billion", "estimate"),
        ],
        claims=[("growth", 35, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 4.1 / 3.2 - 1 = 28.125%; bounds (4.05 / 3.25) -> 24.615%, (4.15 / 3.15) -> 31.746%: 35 +- 0.5 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 8. a statistics office's bulletin: "Main points" dashes, the base in brackets, a part with its share, a count of
    #    businesses and the release and revision dates expected nowhere
    dict(
        text=(
            "Statistical bulletin: Artificial intelligence services, annual turnover, UK: 2024\n"
            "Release date: 24 June 2025\n"
            "Main points\n"
            "- Turnover of businesses providing artificial intelligence services was £11.62 billion in 2024, an "
            "increase of 14.8% compared with 2023 (£10.12 billion).\n"
            "- Software development and licensing contributed £6.05 billion, 52.1% of the total.\n"
            "- The number of businesses providing AI services rose to 3,718.\n"
            "These are provisional estimates and will be revised in June 2026."
        ),
        obs=[
            ("Total", 2024, 11.62, "GBP billion", "actual"),
            ("Total", 2023, 10.12, "GBP billion", "actual"),
            ("Software development and licensing", 2024, 6.05, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 14.8, "percent", 2023, 2024, 1.0),
            ("share", 52.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 11.62 / 10.12 - 1 = 14.822% -> 14.8
            ("arithmetic", "exact"),  # 6.05 / 11.62 = 52.065% -> 52.1
        ],
    ),
    # 9. a breakdown in prose: the whole, then each part with its share in brackets (one contradicted by its amounts)
    dict(
        text=(
            "Of the $12.4 billion that enterprises spent on AI observability and MLOps software in 2024, platform "
            "licences took $7.1 billion (57%), managed services $3.6 billion (29%) and professional services $1.7 "
            "billion (16%), Brennart Research says in a report published on Tuesday. The firm counted 186 vendors."
        ),
        obs=[
            ("Total", 2024, 12.4, "USD billion", "actual"),
            ("Platform licences", 2024, 7.1, "USD billion", "actual"),
            ("Managed services", 2024, 3.6, "USD billion", "actual"),
            ("Professional services", 2024, 1.7, "USD billion", "actual"),
        ],
        claims=[
            ("share", 57, "percent", 2024, 2024, None),
            ("share", 29, "percent", 2024, 2024, None),
            ("share", 16, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 7.1 / 12.4 = 57.258% -> 57
            ("arithmetic", "exact"),  # 3.6 / 12.4 = 29.032% -> 29
            # 1.7 / 12.4 = 13.710%; bounds (1.65 / 12.45) -> 13.253%, (1.75 / 12.35) -> 14.170%: 16 +- 0.5 outside
            # (the parts add up: 7.1 + 3.6 + 1.7 = 12.4)
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 10. a regional split in a PDF paragraph: a region's name broken across lines ("Asia\nPacific"), "the rest of
    #     the world" a part, a region's stated rate without amounts; the footer's page number
    dict(
        text=(
            "Video analytics powered by AI: the regional picture\n"
            "Regionally, North America accounted for USD 2.91 billion of the 2024\n"
            "total of USD 6.37 billion, Europe for USD 1.64 billion and Asia\n"
            "Pacific for USD 1.38 billion; the rest of the world made up the\n"
            "remaining USD 0.44 billion. Asia Pacific is forecast to grow\n"
            "fastest, at a CAGR of 27.3% from 2025 to 2032.\n"
            "Merriden Analytics · AI Video Analytics Market Report · 14"
        ),
        obs=[
            ("North America", 2024, 2.91, "USD billion", "actual"),
            ("Total", 2024, 6.37, "USD billion", "actual"),
            ("Europe", 2024, 1.64, "USD billion", "actual"),
            ("Asia Pacific", 2024, 1.38, "USD billion", "actual"),
            ("Rest of the world", 2024, 0.44, "USD billion", "actual"),
        ],
        claims=[("cagr", 27.3, "percent", 2025, 2032, None, "stated")],
        verdicts=[],  # 2.91 + 1.64 + 1.38 + 0.44 = 6.37 (parts in prose: no hierarchy verdict)
    ),
    # 11. a research distributor's release: "estimated at US$2.4 Billion in the year 2024", "a revised size of",
    #     "the analysis period 2024-2030"; two countries' markets of their own names; the page count
    dict(
        text=(
            "DUBLIN, Jan. 8, 2025 /PRNewswire/ -- The \"AI in Precision Agriculture - Global Strategic Business "
            "Report\" has been added to Tallis Reports' offering.\n"
            "The global market for AI in Precision Agriculture, estimated at US$2.4 Billion in the year 2024, is "
            "projected to reach a revised size of US$8.9 Billion by 2030, growing at a CAGR of 24.4% over the "
            "analysis period 2024-2030. The United States market is estimated at US$712.5 Million in 2024, while "
            "China is forecast to reach US$1.9 Billion by 2030.\n"
            "Key Attributes:\n"
            "No. of Pages: 212\n"
            "Forecast Period: 2024 - 2030"
        ),
        obs=[
            ("Total", 2024, 2.4, "USD billion", "actual"),
            ("Total", 2030, 8.9, "USD billion", "estimate"),
            ("United States", 2024, 712.5, "USD million", "actual"),
            ("China", 2030, 1.9, "USD billion", "estimate"),
        ],
        claims=[("cagr", 24.4, "percent", 2024, 2030, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (8.9 / 2.4) ** (1 / 6) - 1 = 24.412% -> 24.4 (bounds 23.869-24.966)
        ],
    ),
    # 12. a chart whose data labels came out as text: a line of years over a line of values under its caption
    dict(
        text=(
            "Spending on AI governance and risk software rose 45% to $598 million\n"
            "in 2024, and we expect it to pass $2 billion in 2028 (Figure 7).\n"
            "Figure 7: AI governance and risk software spending, 2023-2028E (USD million)\n"
            "2023 2024 2025E 2026E 2027E 2028E\n"
            "412 598 846 1,171 1,583 2,087\n"
            "Source: Arbor Analytics estimates"
        ),
        obs=[
            ("Total", 2023, 412, "USD million", "actual"),
            ("Total", 2024, 598, "USD million", "actual"),
            ("Total", 2025, 846, "USD million", "estimate"),
            ("Total", 2026, 1171, "USD million", "estimate"),
            ("Total", 2027, 1583, "USD million", "estimate"),
            ("Total", 2028, 2087, "USD million", "estimate"),
        ],
        claims=[("growth", 45, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 598 / 412 - 1 = 45.146% -> 45 (bounds 44.848-45.443)
        ],
    ),
    # 13. a headline and a pull quote that restate the body; "triple" (x3) and an inferred rate
    dict(
        text=(
            "AI tutoring apps: a $7.8 billion market by 2028\n\n"
            "Consumers spent $2.6 billion on AI tutoring apps in 2024, and Wexford Learning Analytics expects that to "
            "triple to $7.8 billion by 2028, a compound rate of 31.6%.\n\n"
            "“A $7.8 billion market by 2028 is our base case, not our bull case,” said analyst Jo Marsh."
        ),
        obs=[
            ("Total", 2024, 2.6, "USD billion", "actual"),
            ("Total", 2028, 7.8, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2024, 2028, 4.0),  # 7.8 / 2.6 = 3.0
            ("cagr", 31.6, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (7.8 / 2.6) ** (1 / 4) - 1 = 31.607% -> 31.6 (bounds 30.772-32.459)
        ],
    ),
    # 14. a report page under its running title: a rate with its base, a quarter (nowhere), the year's forecast with
    #     a rate reached only at the rounding
    dict(
        text=(
            "EURAF Annual Market Report 2025 — 9\n"
            "Sales of AI-enabled collaborative robots in the EU reached €1.86 billion in 2024,\n"
            "an increase of 17.0% on the €1.59 billion recorded a year earlier. In the first\n"
            "quarter of 2025 sales came to €0.51 billion. For 2025 as a whole the federation\n"
            "expects €2.15 billion, growth of 15.8%."
        ),
        obs=[
            ("Total", 2024, 1.86, "EUR billion", "actual"),
            ("Total", 2023, 1.59, "EUR billion", "actual"),
            ("Total", 2025, 2.15, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 17.0, "percent", 2023, 2024, 1.0),
            ("growth", 15.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.86 / 1.59 - 1 = 16.981% -> 17.0
            # 2.15 / 1.86 - 1 = 15.591%, not 15.8 +- 0.05; bounds (2.145 / 1.865) -> 15.013%, (2.155 / 1.855) ->
            # 16.173%: 15.8 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. a range with its unit printed once ("$1.3–1.5 billion"), a word broken at a line's end, a section and page
    #     reference, "(continued overleaf)"
    dict(
        text=(
            "Synthetic data generation tools remain a small market, which we\n"
            "size at $1.3–1.5 billion for 2024. Even so, demand from autonomous-\n"
            "driving and healthcare developers should lift revenue to $6.2 billion\n"
            "in 2029 (see Section 5, p. 41). Image and video data accounted for\n"
            "about 44% of 2024 revenue.\n"
            "(continued overleaf)"
        ),
        obs=[("Total", 2029, 6.2, "USD billion", "estimate")],
        claims=[
            ("value", 1.3, "USD billion", 2024, 2024, None),
            ("value", 1.5, "USD billion", 2024, 2024, None),
            ("share", 44, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 16. a trade body's release: a headline and a subhead that restate the body, a quarter, the "About" block
    dict(
        text=(
            "AI chip design software sales top $3 billion for the first time\n"
            "Sales rose 22% in 2024, the Electronic Design Alliance says\n\n"
            "SAN JOSE, Calif., March 3, 2025 -- Worldwide sales of AI-assisted chip design software rose 22% to "
            "$3.08 billion in 2024 from $2.52 billion in 2023, the Electronic Design Alliance reported today. "
            "Fourth-quarter sales were $0.86 billion.\n\n"
            "About the Electronic Design Alliance\n"
            "Founded in 1998, the alliance represents more than 240 member companies.\n"
            "###"
        ),
        obs=[
            ("Total", 2024, 3.08, "USD billion", "actual"),
            ("Total", 2023, 2.52, "USD billion", "actual"),
        ],
        claims=[("growth", 22, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.08 / 2.52 - 1 = 22.222% -> 22 (bounds 21.782-22.664)
        ],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. a city's 统计公报: the title year gives 全年, a section number, a footnote mark after a rate, 其中 two parts with
    #     their own rates, firms at 年末 a count, the 注 line
    dict(
        text=(
            "海川市2024年国民经济和社会发展统计公报\n"
            "海川市统计局（2025年3月18日）\n"
            "六、数字经济\n"
            "全年全市人工智能核心产业实现营业收入1,286.4亿元，比上年增长18.7%[1]。其中，智能硬件营业收入523.8亿元，增长12.4%；"
            "人工智能软件和服务营业收入762.6亿元，增长23.6%。年末全市共有人工智能企业1,342家。\n"
            "注：[1]本公报中部分数据为初步统计数。"
        ),
        obs=[
            ("Total", 2024, 1286.4, "CNY 100 million", "actual"),
            ("智能硬件", 2024, 523.8, "CNY 100 million", "actual"),
            ("人工智能软件和服务", 2024, 762.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.7, "percent", 2023, 2024, 1.0),
            ("growth", 12.4, "percent", 2023, 2024, 1.0),
            ("growth", 23.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[],  # no base printed; 523.8 + 762.6 = 1286.4 (parts in prose: no hierarchy verdict)
    ),
    # 18. a statistics bureau's 快报: 同比下降 contradicted by its base; 12月份 a month, expected nowhere
    dict(
        text=(
            "（2025年1月24日）据江川省统计局快报，2024年全省服务机器人制造业实现营业收入312.5亿元，同比下降4.6%，2023年为"
            "331.8亿元；其中12月份实现营业收入31.6亿元。"
        ),
        obs=[
            ("Total", 2024, 312.5, "CNY 100 million", "actual"),
            ("Total", 2023, 331.8, "CNY 100 million", "actual"),
        ],
        claims=[("growth", -4.6, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 312.5 / 331.8 - 1 = -5.817%; bounds (312.45 / 331.85) -> -5.846%, (312.55 / 331.75) -> -5.787%:
            # -4.6 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 19. a broker's note: 约为 on the base, 有望达到 on the target, 复合增速约 over a printed span; the rating
    dict(
        text=(
            "【华岳证券·计算机】AI算力租赁行业深度报告：我们测算2024年国内AI算力租赁市场规模约为268亿元，预计2027年有望达到"
            "842亿元，2024-2027年复合增速约46%。维持行业“推荐”评级。"
        ),
        obs=[
            ("Total", 2024, 268, "CNY 100 million", "actual"),
            ("Total", 2027, 842, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 46, "percent", 2024, 2027, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (842 / 268) ** (1 / 3) - 1 = 46.462% -> 46 (bounds 46.342-46.582)
        ],
    ),
    # 20. a broker's 投资要点 bullets (▲): 三年复合增速 (a span in words), the company's profit forecasts and the
    #     风险提示 expected nowhere
    dict(
        text=(
            "投资要点\n"
            "▲ 行业空间广阔：2024年国内企业级AI Agent市场规模约为186亿元，我们预计2027年有望达到1,120亿元，三年复合增速达82%。\n"
            "▲ 公司卡位领先：公司深耕政企客户，产品已覆盖金融、能源、制造等行业。\n"
            "▲ 盈利预测：预计公司2025-2027年归母净利润分别为3.2/4.6/6.5亿元，维持“买入”评级。\n"
            "风险提示：行业竞争加剧；大模型技术迭代不及预期。"
        ),
        obs=[
            ("Total", 2024, 186, "CNY 100 million", "actual"),
            ("Total", 2027, 1120, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 82, "percent", 2024, 2027, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (1120 / 186) ** (1 / 3) - 1 = 81.929% -> 82 (bounds 81.739-82.119)
        ],
    ),
    # 21. a broker's report page as a PDF gives it: a running title, hard line breaks (同比增长\n37.3%), the page footer
    dict(
        text=(
            "行业深度报告·机械设备\n"
            "根据我们的测算，2024年我国AI工业质检市场规模为48.6亿元，同比增长\n"
            "37.3%。随着大模型在缺陷检测场景加速渗透，我们预计到2028年市场规模\n"
            "将达到145.4亿元，2024-2028年年均复合增速为31.5%。\n"
            "请务必阅读正文之后的免责条款部分  第12页 / 共38页"
        ),
        obs=[
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("Total", 2028, 145.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 37.3, "percent", 2023, 2024, 1.0),
            ("cagr", 31.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (145.4 / 48.6) ** (1 / 4) - 1 = 31.517% -> 31.5 (bounds 31.472-31.562)
        ],
    ),
    # 22. a 核心观点 box (●): a rate without its base, 同比增长约 with its verdict, 有望突破, a part with its 占比, 约三成
    dict(
        text=(
            "核心观点\n"
            "● 2024年我国AI眼镜市场销售额为43.7亿元，同比增长186%。\n"
            "● 预计2025年销售额将增长至96.5亿元，同比增长约121%；2027年有望突破300亿元。\n"
            "● 结构上，音频眼镜销售额为26.1亿元，占比59.7%；带摄像头的AI眼镜占比约三成。"
        ),
        obs=[
            ("Total", 2024, 43.7, "CNY 100 million", "actual"),
            ("Total", 2025, 96.5, "CNY 100 million", "estimate"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
            ("音频眼镜", 2024, 26.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 186, "percent", 2023, 2024, 1.0),
            ("growth", 121, "percent", 2024, 2025, 1.0),
            ("share", 59.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 96.5 / 43.7 - 1 = 120.824% -> 121 (bounds 120.457-121.191)
            ("arithmetic", "exact"),  # 26.1 / 43.7 = 59.725% -> 59.7
        ],
    ),
    # 23. a regional split in prose: each region with its 占比 (one only within rounding), the nation's 合计 the Total
    dict(
        text=(
            "据数智研究院统计，分区域看，2024年华东地区AI数据标注市场规模为38.2亿元，占全国的41.3%；华南地区为19.6亿元，"
            "占比21.2%；华北地区为17.9亿元，占比19.3%；其余地区合计16.8亿元，占比18.2%。全国市场规模合计92.5亿元，同比增长"
            "24.7%。"
        ),
        obs=[
            ("华东地区", 2024, 38.2, "CNY 100 million", "actual"),
            ("华南地区", 2024, 19.6, "CNY 100 million", "actual"),
            ("华北地区", 2024, 17.9, "CNY 100 million", "actual"),
            ("其余地区", 2024, 16.8, "CNY 100 million", "actual"),
            ("Total", 2024, 92.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 41.3, "percent", 2024, 2024, None),
            ("share", 21.2, "percent", 2024, 2024, None),
            ("share", 19.3, "percent", 2024, 2024, None),
            ("share", 18.2, "percent", 2024, 2024, None),
            ("growth", 24.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 38.2 / 92.5 = 41.297% -> 41.3
            ("arithmetic", "exact"),  # 19.6 / 92.5 = 21.189% -> 21.2
            # 17.9 / 92.5 = 19.351%, not 19.3 +- 0.05; bounds (17.85 / 92.55) -> 19.287%, (17.95 / 92.45) -> 19.416%:
            # 19.3 is reached only at the rounding
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 16.8 / 92.5 = 18.162% -> 18.2 (the parts add up: 38.2 + 19.6 + 17.9 + 16.8 = 92.5)
        ],
    ),
    # 24. a 业绩说明会: the chairman's market figures (去年, 今年) are the market's; the company's revenue and rate nowhere
    dict(
        text=(
            "（2025年2月27日）在年度业绩说明会上，星衡科技董事长兼总经理韩立表示：“据我们测算，去年国内AI推理芯片市场规模大约在"
            "620亿元，今年有望增长40%以上，达到870亿元左右。公司去年AI芯片业务收入为18.4亿元，同比增长67%。”"
        ),
        obs=[
            ("Total", 2024, 620, "CNY 100 million", "actual"),
            ("Total", 2025, 870, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 40, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 870 / 620 - 1 = 40.323% -> 40 (bounds 40.129-40.517)
        ],
    ),
    # 25. a chart caption and its 资料来源 beside the text: 增长3.8倍 (x4.8), a CAGR over a printed span
    dict(
        text=(
            "据艾格咨询测算，2024年中国AI数字人市场规模为41.2亿元，较2020年的8.5亿元增长3.8倍，2020-2024年年均复合增长率为48.4%。\n"
            "图1：2020-2025E中国AI数字人市场规模及增速（亿元，%）\n"
            "资料来源：艾格咨询，华岳证券研究所"
        ),
        obs=[
            ("Total", 2024, 41.2, "CNY 100 million", "actual"),
            ("Total", 2020, 8.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 4.8, "multiple", 2020, 2024, 4.0),  # 41.2 / 8.5 = 4.85: grew by 3.8 times over
            ("cagr", 48.4, "percent", 2020, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (41.2 / 8.5) ** (1 / 4) - 1 = 48.378% -> 48.4 (bounds 48.116-48.642)
        ],
    ),
    # 26. a press conference: the speaker's 介绍 quoted; 翻了一番 over a year whose amount is not printed, a rate with its
    #     base after it, 超过 on a target
    dict(
        text=(
            "海川市人民政府新闻办公室2025年1月15日举行新闻发布会。市智能产业促进中心主任周立新介绍：“2024年，我市智能网联汽车"
            "软件产业规模达到1,185亿元，同比增长26.3%，较2022年翻了一番；2023年这一数字为938亿元。预计到2027年，产业规模将超过"
            "2,500亿元。”"
        ),
        obs=[
            ("Total", 2024, 1185, "CNY 100 million", "actual"),
            ("Total", 2023, 938, "CNY 100 million", "actual"),
            ("Total", 2027, 2500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.3, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2022, 2024, 2.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1185 / 938 - 1 = 26.333% -> 26.3
        ],
    ),
    # 27. a Taiwan think tank in Traditional Chinese: 昨（12）日 a date, 由……成長至1兆2,380億元 in the series' unit,
    #     上看 on the dateline's year
    dict(
        text=(
            "（2025/06/13）數位產經研究院昨（12）日發布報告指出，2024年台灣AI伺服器相關產值由2023年的新台幣6,398億元成長至"
            "1兆2,380億元，年成長率達93.5%；預估今年產值將上看新台幣1兆8,600億元，年成長約50%。"
        ),
        obs=[
            ("Total", 2024, 12380, "TWD 100 million", "actual"),
            ("Total", 2023, 6398, "TWD 100 million", "actual"),
            ("Total", 2025, 18600, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 93.5, "percent", 2023, 2024, 1.0),
            ("growth", 50, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 12380 / 6398 - 1 = 93.498% -> 93.5
            ("cagr|implied", "exact"),  # 18600 / 12380 - 1 = 50.242% -> 50
        ],
    ),
    # 28. a Hong Kong survey in Traditional Chinese: 按年上升 contradicted by 去年 and 前年, 約 on this year's figure
    dict(
        text=(
            "（2025年8月20日）香港數碼轉型研究會公布的調查顯示，去年本港企業在生成式人工智能方面的開支約為24.6億港元，"
            "按年上升58.4%，前年則為15.7億港元。研究會預計，今年開支將進一步升至約34億港元。"
        ),
        obs=[
            ("Total", 2024, 24.6, "HKD 100 million", "actual"),
            ("Total", 2023, 15.7, "HKD 100 million", "actual"),
            ("Total", 2025, 34, "HKD 100 million", "estimate"),
        ],
        claims=[("growth", 58.4, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 24.6 / 15.7 - 1 = 56.688%; bounds (24.55 / 15.75) -> 55.873%, (24.65 / 15.65) -> 57.508%:
            # 58.4 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. a Taiwan research firm in Traditional Chinese: 億美元, 年增, 年複合成長率 over a printed span, a brands' 市占率
    dict(
        text=(
            "研調機構拓海研究（2025年9月3日）指出，2024年全球AI PC出貨產值約為486億美元，預估2025年將成長至798億美元，年增"
            "64.2%，2027年可望達1,520億美元，2025至2027年年複合成長率為38.0%。其中，2025年前三大品牌合計市占率約為61%。"
        ),
        obs=[
            ("Total", 2024, 486, "USD 100 million", "actual"),
            ("Total", 2025, 798, "USD 100 million", "estimate"),
            ("Total", 2027, 1520, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 64.2, "percent", 2024, 2025, 1.0),
            ("cagr", 38.0, "percent", 2025, 2027, None, "stated"),
            ("share", 61, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 798 / 486 - 1 = 64.198% -> 64.2
            ("cagr", "exact"),  # (1520 / 798) ** (1 / 2) - 1 = 38.013% -> 38.0 (bounds 37.947-38.079)
        ],
    ),
    # 30. a statistics office's 統計通報 in Traditional Chinese: 較上年的……增加 with its base; 今年第1季 a quarter (nowhere)
    dict(
        text=(
            "產業統計中心（2025年4月25日）發布統計通報指出，2024年我國資訊服務業中，人工智慧相關服務營收達新台幣872億元，"
            "較上年的678億元增加28.6%；今年第1季營收為新台幣241億元，年增31.2%。"
        ),
        obs=[
            ("Total", 2024, 872, "TWD 100 million", "actual"),
            ("Total", 2023, 678, "TWD 100 million", "actual"),
        ],
        claims=[("growth", 28.6, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 872 / 678 - 1 = 28.614% -> 28.6
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. a PDF's space-aligned table: its number, a "CAGR 2024-30" column, a Total row, the page footer
    dict(
        text=(
            "Table 4.2 AI in logistics market by application, 2024 and 2030 (USD million)\n"
            "Application            2024      2030F     CAGR 2024-30\n"
            "Route optimisation     1,842     6,118     22.1%\n"
            "Warehouse robotics     1,506     5,930     25.7%\n"
            "Demand forecasting       988     3,041     20.6%\n"
            "Freight matching         414     1,367     22.0%\n"
            "Total                  4,750    16,456     23.0%\n"
            "Northgate Logistics Research – 31"
        ),
        obs=[
            ("Route optimisation", 2024, 1842, "USD million", "actual"),
            ("Route optimisation", 2030, 6118, "USD million", "estimate"),
            ("Warehouse robotics", 2024, 1506, "USD million", "actual"),
            ("Warehouse robotics", 2030, 5930, "USD million", "estimate"),
            ("Demand forecasting", 2024, 988, "USD million", "actual"),
            ("Demand forecasting", 2030, 3041, "USD million", "estimate"),
            ("Freight matching", 2024, 414, "USD million", "actual"),
            ("Freight matching", 2030, 1367, "USD million", "estimate"),
            ("Total", 2024, 4750, "USD million", "actual"),
            ("Total", 2030, 16456, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 22.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 25.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (6118 / 1842) ** (1 / 6) - 1 = 22.148% -> 22.1
            ("cagr", "exact"),  # (5930 / 1506) ** (1 / 6) - 1 = 25.662% -> 25.7
            ("cagr", "exact"),  # (3041 / 988) ** (1 / 6) - 1 = 20.608% -> 20.6
            ("cagr", "exact"),  # (1367 / 414) ** (1 / 6) - 1 = 22.029% -> 22.0
            ("cagr", "exact"),  # (16456 / 4750) ** (1 / 6) - 1 = 23.009% -> 23.0
            # 1842 + 1506 + 988 + 414 = 4750; 6118 + 5930 + 3041 + 1367 = 16456
            ("hierarchy", "exact"),
        ],
    ),
    # 32. a chart's data table, tab-separated: regions with a Share column, a Total row at 100.0%
    dict(
        text=(
            "Figure 6 data: generative AI in media and entertainment revenue by region, 2024 (US$ million)\n"
            "Region\tRevenue\tShare\n"
            "North America\t3,412\t44.8%\n"
            "Europe\t1,906\t25.0%\n"
            "Asia Pacific\t1,774\t23.3%\n"
            "Latin America\t318\t4.2%\n"
            "Middle East & Africa\t207\t2.7%\n"
            "Total\t7,617\t100.0%"
        ),
        obs=[
            ("North America", 2024, 3412, "USD million", "actual"),
            ("Europe", 2024, 1906, "USD million", "actual"),
            ("Asia Pacific", 2024, 1774, "USD million", "actual"),
            ("Latin America", 2024, 318, "USD million", "actual"),
            ("Middle East & Africa", 2024, 207, "USD million", "actual"),
            ("Total", 2024, 7617, "USD million", "actual"),
        ],
        claims=[
            ("share", 44.8, "percent", 2024, 2024, None),
            ("share", 25.0, "percent", 2024, 2024, None),
            ("share", 23.3, "percent", 2024, 2024, None),
            ("share", 4.2, "percent", 2024, 2024, None),
            ("share", 2.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 3412 / 7617 = 44.795% -> 44.8
            ("arithmetic", "exact"),  # 1906 / 7617 = 25.023% -> 25.0
            ("arithmetic", "exact"),  # 1774 / 7617 = 23.290% -> 23.3
            ("arithmetic", "exact"),  # 318 / 7617 = 4.175% -> 4.2
            ("arithmetic", "exact"),  # 207 / 7617 = 2.718% -> 2.7
            ("hierarchy", "exact"),  # 3412 + 1906 + 1774 + 318 + 207 = 7617
        ],
    ),
    # 33. an "At a glance" pipe table of metric and value: the market's figures, a stated rate, a share, a region
    dict(
        text=(
            "At a glance: AI in cybersecurity for operational technology\n"
            "| Metric | Value |\n"
            "|---|---|\n"
            "| Market size, 2024 | USD 5.74 billion |\n"
            "| Market size, 2031 | USD 21.96 billion |\n"
            "| CAGR, 2024-2031 | 21.1% |\n"
            "| Largest component (2024) | Software, 63.4% |\n"
            "| Fastest-growing region | Asia Pacific |"
        ),
        obs=[
            ("Total", 2024, 5.74, "USD billion", "actual"),
            ("Total", 2031, 21.96, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21.1, "percent", 2024, 2031, None, "stated"),
            ("share", 63.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (21.96 / 5.74) ** (1 / 7) - 1 = 21.128% -> 21.1 (bounds 21.109-21.147)
        ],
    ),
    # 34. a 统计公报 table (表2): 指标 / 绝对数（亿元） / 比上年增长（%）, the total row printed first, a 注 line
    dict(
        text=(
            "表2  2024年全省人工智能产业主要指标\n"
            "| 指标 | 绝对数（亿元） | 比上年增长（%） |\n"
            "|---|---|---|\n"
            "| 人工智能产业营业收入 | 2,046.3 | 17.2 |\n"
            "| 基础层 | 512.8 | 9.6 |\n"
            "| 技术层 | 603.1 | 15.4 |\n"
            "| 应用层 | 930.4 | 23.1 |\n"
            "注：增长速度按可比口径计算。"
        ),
        obs=[
            ("基础层", 2024, 512.8, "CNY 100 million", "actual"),
            ("技术层", 2024, 603.1, "CNY 100 million", "actual"),
            ("应用层", 2024, 930.4, "CNY 100 million", "actual"),
            ("人工智能产业营业收入", 2024, 2046.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 17.2, "percent", 2023, 2024, 1.0),
            ("growth", 9.6, "percent", 2023, 2024, 1.0),
            ("growth", 15.4, "percent", 2023, 2024, 1.0),
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 512.8 + 603.1 + 930.4 = 2046.3 (the rates' bases are not printed)
        ],
    ),
    # 35. a broker's 图表 with aligned columns: 2023A-2027E, a 市场规模 row and a 同比增速 row (one contradicted)
    dict(
        text=(
            "图表15：中国AI推理服务市场规模预测（单位：亿元）\n"
            "指标          2023A     2024A     2025E     2026E     2027E\n"
            "市场规模      142       268       415       603       842\n"
            "同比增速      —         88.7%     54.9%     47.3%     39.6%\n"
            "资料来源：华岳证券研究所测算"
        ),
        obs=[
            ("市场规模", 2023, 142, "CNY 100 million", "actual"),
            ("市场规模", 2024, 268, "CNY 100 million", "actual"),
            ("市场规模", 2025, 415, "CNY 100 million", "estimate"),
            ("市场规模", 2026, 603, "CNY 100 million", "estimate"),
            ("市场规模", 2027, 842, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 88.7, "percent", 2023, 2024, 1.0),
            ("growth", 54.9, "percent", 2024, 2025, 1.0),
            ("growth", 47.3, "percent", 2025, 2026, 1.0),
            ("growth", 39.6, "percent", 2026, 2027, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 268 / 142 - 1 = 88.732% -> 88.7
            ("cagr|implied", "exact"),  # 415 / 268 - 1 = 54.851% -> 54.9
            # 603 / 415 - 1 = 45.301%; bounds (602.5 / 415.5) -> 45.006%, (603.5 / 414.5) -> 45.597%:
            # 47.3 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 842 / 603 - 1 = 39.635% -> 39.6
        ],
    ),
    # 36. a Traditional Chinese pipe table under 單位：新台幣億元: 年度 / 產值 / 年增率, 2025年(預估)
    dict(
        text=(
            "台灣AI晶片封測產值\n"
            "單位：新台幣億元\n"
            "| 年度 | 產值 | 年增率 |\n"
            "|---|---|---|\n"
            "| 2022年 | 1,215 | — |\n"
            "| 2023年 | 1,486 | 22.3% |\n"
            "| 2024年 | 2,107 | 41.8% |\n"
            "| 2025年(預估) | 2,901 | 37.7% |\n"
            "資料來源：數位產經研究院，2025年5月"
        ),
        obs=[
            ("產值", 2022, 1215, "TWD 100 million", "actual"),
            ("產值", 2023, 1486, "TWD 100 million", "actual"),
            ("產值", 2024, 2107, "TWD 100 million", "actual"),
            ("產值", 2025, 2901, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.3, "percent", 2022, 2023, 1.0),
            ("growth", 41.8, "percent", 2023, 2024, 1.0),
            ("growth", 37.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1486 / 1215 - 1 = 22.305% -> 22.3
            ("cagr|implied", "exact"),  # 2107 / 1486 - 1 = 41.790% -> 41.8
            ("cagr|implied", "exact"),  # 2901 / 2107 - 1 = 37.684% -> 37.7
        ],
    ),
    # 37. an investor day's tab-separated table in "$B": a "3-yr CAGR" column (its span from the year columns)
    dict(
        text=(
            "Investor Day 2025: serviceable addressable market by workload ($B)\n"
            "Workload\t2024\t2027E\t3-yr CAGR\n"
            "Training\t42.6\t88.1\t27.4%\n"
            "Inference\t35.2\t131.7\t55.2%\n"
            "Edge\t6.4\t18.9\t43.5%\n"
            "Total\t84.2\t238.7\t41.5%\n"
            "Source: company estimates."
        ),
        obs=[
            ("Training", 2024, 42.6, "USD billion", "actual"),
            ("Training", 2027, 88.1, "USD billion", "estimate"),
            ("Inference", 2024, 35.2, "USD billion", "actual"),
            ("Inference", 2027, 131.7, "USD billion", "estimate"),
            ("Edge", 2024, 6.4, "USD billion", "actual"),
            ("Edge", 2027, 18.9, "USD billion", "estimate"),
            ("Total", 2024, 84.2, "USD billion", "actual"),
            ("Total", 2027, 238.7, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 27.4, "percent", 2024, 2027, None, "inferred"),
            ("cagr", 55.2, "percent", 2024, 2027, None, "inferred"),
            ("cagr", 43.5, "percent", 2024, 2027, None, "inferred"),
            ("cagr", 41.5, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (88.1 / 42.6) ** (1 / 3) - 1 = 27.406% -> 27.4
            ("cagr|period", "exact"),  # (131.7 / 35.2) ** (1 / 3) - 1 = 55.244% -> 55.2
            ("cagr|period", "exact"),  # (18.9 / 6.4) ** (1 / 3) - 1 = 43.470% -> 43.5
            ("cagr|period", "exact"),  # (238.7 / 84.2) ** (1 / 3) - 1 = 41.529% -> 41.5
            ("hierarchy", "exact"),  # 42.6 + 35.2 + 6.4 = 84.2; 88.1 + 131.7 + 18.9 = 238.7
        ],
    ),
    # 38. a Chinese tab-separated regional table with a 同比增长 column (one only within rounding) and 合计
    dict(
        text=(
            "2024年各区域AI客服市场规模（单位：亿元）\n"
            "区域\t2023年\t2024年\t同比增长\n"
            "东部\t86.4\t108.9\t26.0%\n"
            "中部\t24.7\t32.1\t30.0%\n"
            "西部\t19.8\t25.6\t29.3%\n"
            "东北\t6.1\t7.2\t18.5%\n"
            "合计\t137.0\t173.8\t26.9%"
        ),
        obs=[
            ("东部", 2023, 86.4, "CNY 100 million", "actual"),
            ("东部", 2024, 108.9, "CNY 100 million", "actual"),
            ("中部", 2023, 24.7, "CNY 100 million", "actual"),
            ("中部", 2024, 32.1, "CNY 100 million", "actual"),
            ("西部", 2023, 19.8, "CNY 100 million", "actual"),
            ("西部", 2024, 25.6, "CNY 100 million", "actual"),
            ("东北", 2023, 6.1, "CNY 100 million", "actual"),
            ("东北", 2024, 7.2, "CNY 100 million", "actual"),
            ("合计", 2023, 137.0, "CNY 100 million", "actual"),
            ("合计", 2024, 173.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 26.0, "percent", 2023, 2024, 1.0),
            ("growth", 30.0, "percent", 2023, 2024, 1.0),
            ("growth", 29.3, "percent", 2023, 2024, 1.0),
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("growth", 26.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 108.9 / 86.4 - 1 = 26.042% -> 26.0
            ("cagr|implied", "exact"),  # 32.1 / 24.7 - 1 = 29.960% -> 30.0
            ("cagr|implied", "exact"),  # 25.6 / 19.8 - 1 = 29.293% -> 29.3
            # 7.2 / 6.1 - 1 = 18.033%, not 18.5 +- 0.05; bounds (7.15 / 6.15) -> 16.260%, (7.25 / 6.05) -> 19.835%:
            # 18.5 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 173.8 / 137.0 - 1 = 26.861% -> 26.9
            # 86.4 + 24.7 + 19.8 + 6.1 = 137.0; 108.9 + 32.1 + 25.6 + 7.2 = 173.8
            ("hierarchy", "exact"),
        ],
    ),
    # 39. a space-aligned table whose Total misses its parts' sum by 0.1 in one year, with a rounding note
    dict(
        text=(
            "AI-enabled customer experience software, Europe (EUR million)\n"
            "Segment                 2023       2024       2025F\n"
            "Contact-centre AI       612.4      788.9      1,004.6\n"
            "Chat and messaging      341.7      452.3      583.0\n"
            "Analytics               128.5      167.2      214.8\n"
            "Total                   1,082.6    1,408.5    1,802.4\n"
            "Figures are rounded; components may not sum to totals."
        ),
        obs=[
            ("Contact-centre AI", 2023, 612.4, "EUR million", "actual"),
            ("Contact-centre AI", 2024, 788.9, "EUR million", "actual"),
            ("Contact-centre AI", 2025, 1004.6, "EUR million", "estimate"),
            ("Chat and messaging", 2023, 341.7, "EUR million", "actual"),
            ("Chat and messaging", 2024, 452.3, "EUR million", "actual"),
            ("Chat and messaging", 2025, 583.0, "EUR million", "estimate"),
            ("Analytics", 2023, 128.5, "EUR million", "actual"),
            ("Analytics", 2024, 167.2, "EUR million", "actual"),
            ("Analytics", 2025, 214.8, "EUR million", "estimate"),
            ("Total", 2023, 1082.6, "EUR million", "actual"),
            ("Total", 2024, 1408.5, "EUR million", "actual"),
            ("Total", 2025, 1802.4, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 612.4 + 341.7 + 128.5 = 1082.6 and 1004.6 + 583.0 + 214.8 = 1802.4, but 788.9 + 452.3 + 167.2 = 1408.4,
            # not 1408.5; at half their last digit the parts reach 1408.25-1408.55 and the total 1408.45-1408.55:
            # 2024 adds up only at the rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 40. a pipe table in "(¥ billion)" with fiscal-year columns, FY2025E and a "FY2025E growth" column, a Total row
    dict(
        text=(
            "AI-related IT services market in Japan by segment (¥ billion)\n"
            "| Segment | FY2023 | FY2024 | FY2025E | FY2025E growth |\n"
            "|---|---|---|---|---|\n"
            "| Generative AI services | 212.4 | 398.6 | 641.5 | 60.9% |\n"
            "| Machine learning platforms | 486.3 | 571.8 | 662.0 | 15.8% |\n"
            "| AI consulting | 305.1 | 352.7 | 402.4 | 14.1% |\n"
            "| Total | 1,003.8 | 1,323.1 | 1,705.9 | 28.9% |"
        ),
        obs=[
            ("Generative AI services", 2023, 212.4, "JPY billion", "actual"),
            ("Generative AI services", 2024, 398.6, "JPY billion", "actual"),
            ("Generative AI services", 2025, 641.5, "JPY billion", "estimate"),
            ("Machine learning platforms", 2023, 486.3, "JPY billion", "actual"),
            ("Machine learning platforms", 2024, 571.8, "JPY billion", "actual"),
            ("Machine learning platforms", 2025, 662.0, "JPY billion", "estimate"),
            ("AI consulting", 2023, 305.1, "JPY billion", "actual"),
            ("AI consulting", 2024, 352.7, "JPY billion", "actual"),
            ("AI consulting", 2025, 402.4, "JPY billion", "estimate"),
            ("Total", 2023, 1003.8, "JPY billion", "actual"),
            ("Total", 2024, 1323.1, "JPY billion", "actual"),
            ("Total", 2025, 1705.9, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 60.9, "percent", 2024, 2025, 1.0),
            ("growth", 15.8, "percent", 2024, 2025, 1.0),
            ("growth", 14.1, "percent", 2024, 2025, 1.0),
            ("growth", 28.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 641.5 / 398.6 - 1 = 60.938% -> 60.9
            ("cagr|implied", "exact"),  # 662.0 / 571.8 - 1 = 15.775% -> 15.8
            ("cagr|implied", "exact"),  # 402.4 / 352.7 - 1 = 14.091% -> 14.1
            ("cagr|implied", "exact"),  # 1705.9 / 1323.1 - 1 = 28.932% -> 28.9
            # 212.4 + 486.3 + 305.1 = 1003.8; 398.6 + 571.8 + 352.7 = 1323.1; 641.5 + 662.0 + 402.4 = 1705.9
            ("hierarchy", "exact"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "forty-second check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "reached USD\n6.84 billion in 2024",
    "between 2024 and\n2030 to reach",
    "Northgate Logistics Research\n– 8 –",
    "● That is a compound annual growth rate of 18.5% over 2024-2030.",
    "was worth US$ 9.7 billion in 2024",
    "Key findings\n1. Spending on AI clinical documentation tools",
    "up from the $7.4 billion we forecast a year ago",
    "Figure 3: Conversational AI in banking, global revenue, 2021-2029F (USD billion)\nThe market reaches",
    "a CAGR (2024-29) of 24.4%",
    "according to Kestrel Research.4 Kestrel",
    "Priya Natarajan -- Chief Financial Officer\n\n",
    "at about $78 billion in calendar 2024, and we think it passes $300 billion by",
    "Hannah Ibsen -- Analyst",
    "Main points\n- Turnover of businesses",
    "compared with 2023 (£10.12 billion)",
    "platform licences took $7.1 billion (57%), managed services $3.6 billion (29%)",
    "and Asia\nPacific for USD 1.38 billion",
    "the rest of the world made up the\nremaining USD 0.44 billion",
    "is projected to reach a revised size of US$8.9 Billion by 2030",
    "2023 2024 2025E 2026E 2027E 2028E\n412 598 846 1,171 1,583 2,087",
    "is our base case, not our bull case",
    "In the first\nquarter of 2025 sales came to",
    "size at $1.3–1.5 billion for 2024",
    "autonomous-\ndriving",
    "(continued overleaf)",
    "About the Electronic Design Alliance",
    "2024年国民经济和社会发展统计公报",
    "比上年增长18.7%[1]",
    "同比下降4.6%，2023年为",
    "2024-2027年复合增速约46%",
    "三年复合增速达82%",
    "归母净利润分别为3.2/4.6/6.5亿元",
    "同比增长\n37.3%",
    "第12页 / 共38页",
    "核心观点\n●",
    "占全国的41.3%",
    "年度业绩说明会",
    "增长3.8倍",
    "图1：2020-2025E中国AI数字人市场规模及增速（亿元，%）",
    "较2022年翻了一番",
    "成長至1兆2,380億元",
    "按年上升58.4%，前年則為15.7億港元",
    "2025至2027年年複合成長率為38.0%",
    "發布統計通報",
    "Application            2024      2030F     CAGR 2024-30",
    "Figure 6 data:",
    "| Market size, 2024 | USD 5.74 billion |",
    "| 指标 | 绝对数（亿元） | 比上年增长（%） |",
    "指标          2023A     2024A     2025E     2026E     2027E",
    "單位：新台幣億元",
    "Workload\t2024\t2027E\t3-yr CAGR",
    "区域\t2023年\t2024年\t同比增长",
    "Figures are rounded; components may not sum to totals.",
    "| Segment | FY2023 | FY2024 | FY2025E | FY2025E growth |",
)
#: the set's blind score (set when it is first scored): 162 figures, 52 rates, 52 verdicts and 5 false inconsistent at
#: the code it was written against, and the same after the rules the forty-first set chose (a held-out check of them:
#: no gain, no loss); its floors are its score after the rules it then showed wanting (a whole that opens its
#: sentence, this year's amount an estimate, a bullet before a part, a numbered item's number, a bulletin's full-year
#: amount, a Chinese sentence wrapped after a noun, 前年, a base year before a multiple, a bureau's growth column, a
#: "3-yr CAGR" column, a CAGR's own span after a rise)
FLOORS = {"figures_found": 176, "rates_found": 68, "verdicts_right": 74}
#: no false inconsistent verdict is left (snippet 23's three regions drew three: its first region read as the whole)
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset42.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
