"""A forty-fifth check set for the extractor, written blind: figures as news and trade press report them -- a wire
story under its headline and a dateline without a year ("SAN FRANCISCO (Reuters) -") whose forecaster "raised its
forecast for 2025 ... to ... from ...", a story "Updated 14:05 GMT" with "nearly doubled" and a range ("$4.2-4.6 billion
this year"), a trade magazine's column under a month-year dateline ("March 2025") with numbers in words ("two billion
dollars", "one-fifth") and "to triple", a podcast transcript, a conference's fireside chat in fiscal years ("FY26"), a
blog post's "+64% YoY", a newsletter's issue, "tripled", a headline that restates its body, a first quarter beside the
years, yen in fiscal years, a speech's ranges of rates and of amounts ("between 30% and 35%", "between €1.9 billion and
€2.3 billion"), New Taiwan and Hong Kong dollars in English; Chinese financial wires and securities dailies
(据……预测，……将达到……，年复合增长率, 环比 and 较去年同期 for a quarter beside the year's 同比), local government news (全市……产业规模首次突破千亿元),
tech media (较2022年增长近5倍), a month-year dateline with a range (在300亿至350亿元之间), 翻番, Taiwan trade press and Hong Kong news in
Traditional Chinese (預估, 年增, 年成長率, 新台幣……兆元, 億元, 按年增長, 億港元); and tables as they are pasted into articles (a CSV-like
table padded with spaces, a pipe table of quarters and full years, a news graphic's text with a lone "$ billion"
column, a Traditional Chinese table in 新台幣百萬元, a Chinese table of years in 亿美元, fiscal-year columns in pounds, rows of
fiscal years in yen with three value columns, a Hong Kong table in 百萬港元, a "CAGR 2024-30" column, a 2025年同比 column).

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

What this set's sources add to them. A wire story's headline ("Forecaster lifts 2025 outlook for AI networking gear")
carries a year and no figure, and its dateline ("SAN FRANCISCO (Reuters) -") no year, so its years come from its
sentences: "raised its forecast for 2025 spending ... to $31.5 billion from $27.0 billion" makes the new figure 2025's
``estimate`` and the one it replaces expected nowhere, "60.7% above the $19.6 billion spent in 2024" a rate with its
base, "expects the market to reach $58.2 billion in 2028" an ``estimate``, and the reporting credits boilerplate. Under
"Updated 14:05 GMT, 9 October 2025" "nearly doubled between 2022 and 2024, to $3.1 billion from $1.6 billion" is x2
over two years, "$4.2-4.6 billion this year" a range whose unit is printed once (two ``value`` claims for 2025) and "41%
of last year's outlay" a share of 2024. In a trade magazine's column dated "March 2025" "roughly two billion dollars'
worth of systems last year" is 2024's approximate figure in USD billion, written in words, "to triple by 2029, to $6
billion" x3 over five years, and "about one-fifth of last year's systems" a fraction in words, expected nowhere. In a
podcast transcript the episode number and the speakers are boilerplate, "This year we think it lands around $14
billion" is the recording date's year (``estimate``), "something like $29 billion" by 2027 another, and "roughly 49% a
year, compounded, from 2024 to 2027" ``stated``. At a conference's fireside chat "$46 billion in FY26, up from about $33
billion in the fiscal year just ended, FY25" gives 2026's ``estimate`` and 2025's ``actual`` and "growth of roughly 40%"
is reached only at the rounding of them, while the company's own revenue and its quarter are expected nowhere. A blog
post's "Posted 11 Feb 2026 · 6 min read" makes 2025 a past year, so "$1.38B in 2025, +64% YoY from $0.84B in 2024" gives
two ``actual`` figures and their rate, and "base case for 2026" an ``estimate``. A newsletter's "rose 18.5% YoY to €742
million in 2024 (2023: €611 million)" is a rate its amounts contradict, "€0.9 billion for 2025" is expected in the
series' EUR million (900), and "issue #214" is boilerplate. "Tripled in 2024 to $17.4 billion, from $5.6 billion the
year before" is x3 over one year and "a further 58% rise this year, to $27.5 billion" a rate before its amount. A
headline that restates its body ("to be a $9.4 billion market by 2032") adds no figure, and "a compound annual growth
rate of 24.3% between 2024 and 2032" is ``stated`` and contradicted by its amounts. Under "April 2025" "£412 million last
year, up 16% on 2023's £355 million" gives both years and their rate, "First-quarter spending this year was £118 million"
is a quarter beside the years (nowhere) and "£480 million for the full year" 2025's ``estimate``. A Tokyo dateline's
"will expand 27.4% in fiscal 2025 to ¥96.3 billion, after reaching ¥75.6 billion in fiscal 2024" is a rate before its
amount in JPY billion. A summit speech's "should grow between 30% and 35% this year" is a range of rates: two
year-on-year ``growth`` claims of 2024-2025, without a verdict (the 2025 amount is not printed), and "between €1.9 billion
and €2.3 billion" by 2028 two ``value`` claims. A Taipei dateline's "rose 38% to NT$412.6 billion in 2024 from NT$301.2
billion in 2023" is TWD billion and a rate its amounts contradict, and "to top NT$500 billion this year" an approximate
``estimate``. A Hong Kong dateline's "HK$1.24 billion in 2025, up 31.9% from HK$940 million in 2024" opens the series in
HKD billion, so 2024 is expected as 0.94, and "Public hospitals accounted for HK$0.81 billion, or 65.3% of the total" is
a part with its share and an ``arithmetic`` verdict. A column's "an annual growth rate of 19.8%" between $0.9 billion
(2024) and $3.1 billion (2031) is ``inferred`` and reached only at the rounding of its amounts. A newsletter's "rose only
9% to €318 million" (last year's rate, its base not printed) and "after growth of 26% in 2023" (2022-2023, no amounts)
are rates without verdicts, and "a 14.8% increase" to 2025's €365 million gets one.

In Chinese: a financial wire's 财讯社2025年11月6日讯，据……预测，2025年……将达到86.5亿元，2030年将达到512.0亿元 makes both years ``estimate``
figures and 2025-2030年年复合增长率为42.7% ``stated``; a securities daily's 2025年第二季度……412亿元，环比增长18.6%，较去年同期增长57.2% is a
quarter's, expected nowhere, and 全年出货额将达到1,650亿元，较去年的1,120亿元增长47.3% 2025's ``estimate`` with its base and rate; a city
bureau's 全市人工智能产业规模首次突破千亿元 is 2024's approximate figure at its printed 1,000亿元, 同比增长23% its rate with 2023年……815亿元,
核心产业规模达312亿元，占比31.2% a part with its share, and the firms counted a count. In Traditional Chinese a Taiwan trade
paper's 預估，今年……將年增42%，達新台幣2.85兆元 is 2025's ``estimate`` in TWD trillion with its rate (高於2024年的2.01兆元 its base) and
明年年成長率將放緩至25%左右 2026's rate without an amount; a Taiwan bulletin's 年增率達35.4%，2023年則為948億元 is contradicted by its
amounts and 可望突破1,500億元 an approximate ``estimate``; a Hong Kong story's 去年……約為28.5億港元，按年增長32.4%，2023年為21.5億港元 is
reached only at the rounding, 明年支出將達36億港元 2026's ``estimate`` and 約四成受訪機構 a survey's answer. Tech media's 同比增长131% has
no printed base, 较2022年增长近5倍 is x5 over 2022-2024 (the printed N), 预计今年将增长至58亿元左右 an ``estimate`` with 同比增长约112%, and
渗透率 no share; 将由2024年的41.6亿元增长至2029年的152.3亿元，年复合增长率达31.6% is ``inferred`` and contradicted, and 2024年……占比约为38% a
share of 2024; under a month-year dateline （2025年9月） 2026年有望在300亿至350亿元之间 is a range (two ``value`` claims) beside 2025's
``estimate`` and its 同比增长39.9%; 同比下降4.2%，2023年为288.5亿元 is a negative rate with its base after it and 将恢复增长……同比增长5.3% a
forecast's rate; a Taiwan research firm's 預估2025年……將達486億美元，年成長率為38.2% has no printed base and 2026年可望進一步成長至612億美元，
年增25.9% gets its verdict; a city statistics bureau's 较2023年的762亿元增长37.3% is exact and 智算服务规模为218亿元，占比20.9% a part whose
share is reached only at the rounding; 预计2025年将实现翻番，达到约100亿元 is x2 over one year and 2024-2027年年均复合增长率约98% ``stated``;
and a Hong Kong report under a 2026 dateline makes 去年 2025 (约為42.8億港元，按年增長56%, its base not printed) and 今年 2026 (61億港元，
按年增長42.5%).

In tables: a CSV-like table pasted into an article, its columns padded with spaces, gives its value column (``Revenue``)
each year in USD billion (2025E and 2026E ``estimate``) and its YoY column each year's rate, one contradicted; a pipe
table of quarters and full years in "(US$ million)" gives each provider type only its 2023 and 2024 figures (the four
quarter columns nowhere, though they sum to the year) and adds to its Total; a news graphic's text with years as rows
and a lone column headed "$ billion" gives the market (``Total``) each year, 2025F an ``estimate``, and its source line
boilerplate; a Traditional Chinese pipe table under 單位：新台幣百萬元 gives each 品項 its 2024年 figure and its 2025年(預估) ``estimate``
in TWD million, its 年成長率 and its 合計 the whole; a Chinese aligned table of years under （单位：亿美元） gives ``市场规模`` each year
(2025E and 2026E ``estimate``) and its 同比 column each year's rate, one reached only at the rounding; a tab-separated
table in "(£m)" with FY24, FY25 and FY26E columns adds to its Total; an aligned table whose rows are fiscal years in "(¥
billion)" gives each value column (``Domestic``, ``Exports``, ``Total``) its figures, "2025 (est.)" an ``estimate``, and
its parts add to its Total column; a Hong Kong pipe table in Traditional Chinese under 單位：百萬港元 gives each 行業 its 2024年
figure, its 2025年預測 ``estimate`` and its 按年變幅, and its 總計 the whole; a pipe table with a 2030F column and a "CAGR
2024-30" column gives each care setting its ``stated`` rate (one contradicted by its figures) and adds to its Total; and
a Chinese tab-separated table in 亿元 with a 2025年E column and a 2025年同比 column gives each 应用行业 its 2024-2025 rate and adds
to its 合计, the 表 number boilerplate. Markets vary (AI data-centre networking equipment, AI fraud-detection software for
banks, AI-guided picking robots, AI training clusters rented by the hour, enterprise AI inference accelerators, AI
video-generation tools, AI document-processing software in Europe, high-bandwidth memory for AI accelerators, AI
drug-discovery platforms, AI video analytics for CCTV in the UK, AI translation and interpreting services in Japan,
sovereign AI cloud services in Germany, AI server motherboards in Taiwan, AI diagnostic tools in Hong Kong, AI-based
weather forecasting services, AI-assisted code security scanning in Europe, AI智能体开发平台, AI服务器, 人工智能产业, AI伺服器代工,
AI邊緣運算模組, 人工智能合規科技, AI编程工具, AI医学影像软件, AI智能眼镜, AI安防摄像机, AI手機晶片, 算力产业, AI大模型一体机, 生成式人工智能應用, AI
customer-support software, cloud GPU rental, AI chips in smartphones, AI伺服器關鍵零組件, AI训练数据集交易, AI contact-centre software in
the UK, AI-equipped service robots in Japan, 香港企業人工智能開支, AI medical scribe software, AI视觉质检软件); publishers, speakers and
companies are invented, the sentences are the project's own and the figures plausible.
``python tests/extract_checkset45.py [-v]`` prints the measures.
"""


CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a wire story under its headline and a year-less "(Reuters) -" dateline: "raised its forecast for 2025 ... to
    #    ... from ..." (the figure it replaces nowhere), a rate on the 2024 base; the reporting credits nowhere
    dict(
        text=(
            "Forecaster lifts 2025 outlook for AI networking gear\n"
            "SAN FRANCISCO (Reuters) - Market researcher Delphic Analytics on Tuesday raised its forecast for 2025 "
            "spending on AI data-centre networking equipment to $31.5 billion from $27.0 billion, citing heavier "
            "switch and optics orders from cloud providers. The new figure would be 60.7% above the $19.6 billion "
            "spent in 2024. Delphic now expects the market to reach $58.2 billion in 2028.\n"
            "(Reporting by Maya Lindqvist; Editing by Tom Arden)"
        ),
        obs=[
            ("Total", 2025, 31.5, "USD billion", "estimate"),
            ("Total", 2024, 19.6, "USD billion", "actual"),
            ("Total", 2028, 58.2, "USD billion", "estimate"),
        ],
        claims=[("growth", 60.7, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 31.5 / 19.6 - 1 = 60.714% -> 60.7 (bounds 60.051-61.381)
        ],
    ),
    # 2. "Updated 14:05 GMT" over a story: "nearly doubled between 2022 and 2024" (x2 over two years), a range
    #    "$4.2-4.6 billion this year" (two value claims), a share of last year's outlay
    dict(
        text=(
            "Updated 14:05 GMT, 9 October 2025\n"
            "Banks' spending on AI fraud-detection software nearly doubled between 2022 and 2024, to $3.1 billion from "
            "$1.6 billion, and will come in at $4.2-4.6 billion this year, according to Penrose Advisory. "
            "Card-payment monitoring made up 41% of last year's outlay, the firm said."
        ),
        obs=[
            ("Total", 2024, 3.1, "USD billion", "actual"),
            ("Total", 2022, 1.6, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2022, 2024, 2.0),  # 3.1 / 1.6 = 1.94: nearly doubled
            ("value", 4.2, "USD billion", 2025, 2025, None),
            ("value", 4.6, "USD billion", 2025, 2025, None),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 3. a trade magazine's column under a month-year dateline: "roughly two billion dollars' worth" (a number in
    #    words, approximate), "to triple by 2029" (x3 over five years); "about one-fifth" a fraction in words, nowhere
    dict(
        text=(
            "Robot Logistics Weekly, March 2025\n"
            "THE WAREHOUSE FLOOR — a column by Priya Anand\n"
            "Makers of AI-guided picking robots sold roughly two billion dollars' worth of systems last year, up from "
            "$1.45 billion in 2023, if analyst firm Corvane's tally is right. Corvane expects annual sales to triple "
            "by 2029, to $6 billion. Grocery chains bought about one-fifth of last year's systems."
        ),
        obs=[
            ("Total", 2024, 2, "USD billion", "actual"),
            ("Total", 2023, 1.45, "USD billion", "actual"),
            ("Total", 2029, 6, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2024, 2029, 5.0),  # 6 / 2 = 3.0: to triple
        ],
        verdicts=[],
    ),
    # 4. a podcast transcript: the episode number and the speakers' names nowhere; "This year ... around", "something
    #    like", "roughly 49% a year, compounded, from 2024 to 2027" (stated)
    dict(
        text=(
            "The Compute Cast, episode 112 (recorded 16 April 2025) — transcript\n"
            "HOST: How big is the business of renting out AI training clusters by the hour?\n"
            "DANA REYES, Holloway Research: We had it at $8.7 billion in 2024. This year we think it lands around $14 "
            "billion, and by 2027 you're looking at something like $29 billion.\n"
            "HOST: That's a steep curve.\n"
            "REYES: It works out to roughly 49% a year, compounded, from 2024 to 2027."
        ),
        obs=[
            ("Total", 2024, 8.7, "USD billion", "actual"),
            ("Total", 2025, 14, "USD billion", "estimate"),
            ("Total", 2027, 29, "USD billion", "estimate"),
        ],
        claims=[("cagr", 49, "percent", 2024, 2027, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (29 / 8.7) ** (1 / 3) - 1 = 49.380% -> 49 (bounds 48.233-50.523)
        ],
    ),
    # 5. a conference's fireside chat: the market "in FY26, up from about ... in FY25" and "growth of roughly 40%",
    #    reached only at the rounding; the company's own revenue and its quarter nowhere
    dict(
        text=(
            "Ridgeline Technology Conference, fireside chat, 3 June 2025\n"
            "Q: How do you size the opportunity?\n"
            "Aaron Whitcombe, Chief Financial Officer, Korvex Systems: We put the serviceable market for enterprise AI "
            "inference accelerators at $46 billion in FY26, up from about $33 billion in the fiscal year just ended, "
            "FY25, so growth of roughly 40%. Our own data-centre revenue grew 22% last quarter."
        ),
        obs=[
            ("Total", 2026, 46, "USD billion", "estimate"),
            ("Total", 2025, 33, "USD billion", "actual"),
        ],
        claims=[("growth", 40, "percent", 2025, 2026, 1.0)],
        verdicts=[
            # 46 / 33 - 1 = 39.394%, not 40 +- 0.5; bounds (45.5 / 33.5) -> 35.821%, (46.5 / 32.5) -> 43.077%:
            # 40 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 6. a blog post under "Posted ... · 6 min read": "$1.38B in 2025, +64% YoY from $0.84B in 2024", a base case
    dict(
        text=(
            "Posted 11 Feb 2026 · 6 min read\n"
            "Quick numbers on AI video-generation tools, from Tallis Research's latest tracker: revenue hit $1.38B in "
            "2025, +64% YoY from $0.84B in 2024. Tallis's base case for 2026 is $2.1B."
        ),
        obs=[
            ("Total", 2025, 1.38, "USD billion", "actual"),
            ("Total", 2024, 0.84, "USD billion", "actual"),
            ("Total", 2026, 2.1, "USD billion", "estimate"),
        ],
        claims=[("growth", 64, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.38 / 0.84 - 1 = 64.286% -> 64 (bounds 62.722-65.868)
        ],
    ),
    # 7. a newsletter's issue: "rose 18.5% YoY to €742 million in 2024 (2023: €611 million)", contradicted by its
    #    amounts; "€0.9 billion for 2025" expected in the series' EUR million; the issue number nowhere
    dict(
        text=(
            "The Sift, issue #214 (5 May 2025)\n"
            "Europe's spending on AI document-processing software rose 18.5% YoY to €742 million in 2024 (2023: €611 "
            "million), per Kalvik Data. Kalvik pencils in €0.9 billion for 2025."
        ),
        obs=[
            ("Total", 2024, 742, "EUR million", "actual"),
            ("Total", 2023, 611, "EUR million", "actual"),
            ("Total", 2025, 900, "EUR million", "estimate"),
        ],
        claims=[("growth", 18.5, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 742 / 611 - 1 = 21.440%; bounds (741.5 / 611.5) -> 21.259%, (742.5 / 610.5) -> 21.622%:
            # 18.5 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 8. a trade magazine's issue: "tripled in 2024 to ..., from ... the year before" (x3 over one year), "a further
    #    58% rise this year, to"
    dict(
        text=(
            "Semiconductor Digest, June 2025 issue — Memory Matters\n"
            "Sales of high-bandwidth memory for AI accelerators tripled in 2024 to $17.4 billion, from $5.6 billion "
            "the year before. Analysts at Trevine Partners expect a further 58% rise this year, to $27.5 billion."
        ),
        obs=[
            ("Total", 2024, 17.4, "USD billion", "actual"),
            ("Total", 2023, 5.6, "USD billion", "actual"),
            ("Total", 2025, 27.5, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2024, 1.0),  # 17.4 / 5.6 = 3.11: tripled
            ("growth", 58, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 27.5 / 17.4 - 1 = 58.046% -> 58 (bounds 57.307-58.790)
        ],
    ),
    # 9. a wire story whose headline restates its body ("a $9.4 billion market by 2032"); "between 2024 and 2032"
    #    (stated) contradicted by its amounts; a share of 2024 revenue
    dict(
        text=(
            "AI drug-discovery platforms to be a $9.4 billion market by 2032, study says\n"
            "LONDON (Reuters) - The market for AI drug-discovery platforms was worth $1.86 billion in 2024 and will "
            "grow to $9.4 billion by 2032, a compound annual growth rate of 24.3% between 2024 and 2032, consultancy "
            "Ebbwater Insights said in a report on Thursday. North America accounted for 48% of 2024 revenue."
        ),
        obs=[
            ("Total", 2024, 1.86, "USD billion", "actual"),
            ("Total", 2032, 9.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.3, "percent", 2024, 2032, None, "stated"),
            ("share", 48, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (9.4 / 1.86) ** (1 / 8) - 1 = 22.448%; bounds (9.35 / 1.865) -> 22.325%, (9.45 / 1.855) -> 22.571%:
            # 24.3 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 10. a trade magazine under a month-year dateline: "up 16% on 2023's £355 million"; the first quarter's spending
    #     beside the years nowhere; "for the full year" the dateline's year
    dict(
        text=(
            "Security Buyer, April 2025 — Market watch\n"
            "UK spending on AI-based video analytics for CCTV came to £412 million last year, up 16% on 2023's £355 "
            "million, according to the British Surveillance Suppliers Group. First-quarter spending this year was £118 "
            "million, and the group expects £480 million for the full year."
        ),
        obs=[
            ("Total", 2024, 412, "GBP million", "actual"),
            ("Total", 2023, 355, "GBP million", "actual"),
            ("Total", 2025, 480, "GBP million", "estimate"),
        ],
        claims=[("growth", 16, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 412 / 355 - 1 = 16.056% -> 16 (bounds 15.752-16.361)
        ],
    ),
    # 11. a Tokyo dateline in yen: "will expand 27.4% in fiscal 2025 to" (a rate before its amount), "after reaching
    #     ... in fiscal 2024", "by fiscal 2028"
    dict(
        text=(
            "TOKYO, 2 December 2025 — Japan's market for AI-powered translation and interpreting services will expand "
            "27.4% in fiscal 2025 to ¥96.3 billion, after reaching ¥75.6 billion in fiscal 2024, the Aoba Research "
            "Institute said in a report released on Tuesday. It sees the market at ¥182 billion by fiscal 2028."
        ),
        obs=[
            ("Total", 2025, 96.3, "JPY billion", "estimate"),
            ("Total", 2024, 75.6, "JPY billion", "actual"),
            ("Total", 2028, 182, "JPY billion", "estimate"),
        ],
        claims=[("growth", 27.4, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 96.3 / 75.6 - 1 = 27.381% -> 27.4 (bounds 27.231-27.531)
        ],
    ),
    # 12. a summit speech: "should grow between 30% and 35% this year" (a range of rates: two growth claims, its 2025
    #     amount not printed) and "between €1.9 billion and €2.3 billion" (a range: two value claims for 2028)
    dict(
        text=(
            "BERLIN, 22 May 2025 — Speaking at the AI Infra Summit, Lotte Brandt of consultancy Nordwerk said "
            "Germany's market for sovereign AI cloud services reached €0.64 billion last year and should grow between "
            "30% and 35% this year. By 2028 she expects it to be worth between €1.9 billion and €2.3 billion."
        ),
        obs=[("Total", 2024, 0.64, "EUR billion", "actual")],
        claims=[
            ("growth", 30, "percent", 2024, 2025, 1.0),
            ("growth", 35, "percent", 2024, 2025, 1.0),
            ("value", 1.9, "EUR billion", 2028, 2028, None),
            ("value", 2.3, "EUR billion", 2028, 2028, None),
        ],
        verdicts=[],
    ),
    # 13. a Taipei dateline in English: "rose 38% to NT$412.6 billion in 2024 from NT$301.2 billion in 2023", a rate
    #     its amounts contradict; "to top NT$500 billion this year" approximate
    dict(
        text=(
            "TAIPEI, 20 February 2025 — Taiwan's output of AI server motherboards rose 38% to NT$412.6 billion in 2024 "
            "from NT$301.2 billion in 2023, the Taiwan Electronics Output Council said on Thursday. The council "
            "expects output to top NT$500 billion this year."
        ),
        obs=[
            ("Total", 2024, 412.6, "TWD billion", "actual"),
            ("Total", 2023, 301.2, "TWD billion", "actual"),
            ("Total", 2025, 500, "TWD billion", "estimate"),
        ],
        claims=[("growth", 38, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 412.6 / 301.2 - 1 = 36.985%; bounds (412.55 / 301.25) -> 36.946%, (412.65 / 301.15) -> 37.025%:
            # 38 +- 0.5 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. a Hong Kong dateline in English: HK$1.24 billion opens the series in HKD billion, so "HK$940 million" is
    #     expected as 0.94; a part "accounted for HK$0.81 billion, or 65.3% of the total"
    dict(
        text=(
            "HONG KONG, 3 March 2026 — Spending by Hong Kong hospitals and clinics on AI diagnostic tools reached "
            "HK$1.24 billion in 2025, up 31.9% from HK$940 million in 2024, the Hong Kong Health Technology Forum "
            "said. Public hospitals accounted for HK$0.81 billion, or 65.3% of the total, and the forum expects "
            "spending to reach HK$2 billion by 2028."
        ),
        obs=[
            ("Total", 2025, 1.24, "HKD billion", "actual"),
            ("Total", 2024, 0.94, "HKD billion", "actual"),
            ("Public hospitals", 2025, 0.81, "HKD billion", "actual"),
            ("Total", 2028, 2, "HKD billion", "estimate"),
        ],
        claims=[
            ("growth", 31.9, "percent", 2024, 2025, 1.0),
            ("share", 65.3, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1240 / 940 - 1 = 31.915% -> 31.9 (940 printed to the million)
            ("arithmetic", "exact"),  # 0.81 / 1.24 = 65.323% -> 65.3
        ],
    ),
    # 15. a column's "an annual growth rate of 19.8%" between two amounts seven years apart (inferred), reached only at
    #     the rounding of its amounts
    dict(
        text=(
            "Column: Clear skies for forecasters? (Weather Tech Monthly, September 2025)\n"
            "Analysts at Stormgate put the market for AI-based weather forecasting services at $0.9 billion in 2024 and "
            "see it reaching $3.1 billion in 2031 -- an annual growth rate of 19.8%. Energy traders are the biggest "
            "buyers."
        ),
        obs=[
            ("Total", 2024, 0.9, "USD billion", "actual"),
            ("Total", 2031, 3.1, "USD billion", "estimate"),
        ],
        claims=[("cagr", 19.8, "percent", 2024, 2031, None, "inferred")],
        verdicts=[
            # (3.1 / 0.9) ** (1 / 7) - 1 = 19.325%, not 19.8 +- 0.05; bounds (3.05 / 0.95) -> 18.132%,
            # (3.15 / 0.85) -> 20.579%: 19.8 is reached only at the rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 16. a newsletter's edition under a month-year dateline: "rose only 9% to" (its base not printed), "after growth
    #     of 26% in 2023" (a rate of 2022-2023 without amounts), a forecast "a 14.8% increase"
    dict(
        text=(
            "Gamma Wire, July 2025 edition\n"
            "Europe's market for AI-assisted code security scanning cooled last year: sales rose only 9% to €318 "
            "million, after growth of 26% in 2023, by Marsh & Velde's estimate. The firm's forecast for 2025 is €365 "
            "million, a 14.8% increase."
        ),
        obs=[
            ("Total", 2024, 318, "EUR million", "actual"),
            ("Total", 2025, 365, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 9, "percent", 2023, 2024, 1.0),
            ("growth", 26, "percent", 2022, 2023, 1.0),
            ("growth", 14.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 365 / 318 - 1 = 14.780% -> 14.8 (bounds 14.443-15.118)
        ],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. a financial wire's 讯: 据……预测，……将达到……，2025-2030年年复合增长率为 (stated); both years estimates
    dict(
        text=(
            "财讯社2025年11月6日讯，据智研启明预测，2025年中国AI智能体开发平台市场规模将达到86.5亿元，2030年将达到512.0亿元，"
            "2025-2030年年复合增长率为42.7%。"
        ),
        obs=[
            ("Total", 2025, 86.5, "CNY 100 million", "estimate"),
            ("Total", 2030, 512.0, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 42.7, "percent", 2025, 2030, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (512.0 / 86.5) ** (1 / 5) - 1 = 42.709% -> 42.7 (bounds 42.690-42.728)
        ],
    ),
    # 18. a securities daily: a quarter's 出货额 with 环比 and 较去年同期 beside the year's, nowhere; 全年……较去年的……增长
    dict(
        text=(
            "证券晨报记者 2025年8月12日\n"
            "据行业机构统计，2025年第二季度国内AI服务器出货额为412亿元，环比增长18.6%，较去年同期增长57.2%。机构预计，全年出货额"
            "将达到1,650亿元，较去年的1,120亿元增长47.3%。"
        ),
        obs=[
            ("Total", 2025, 1650, "CNY 100 million", "estimate"),
            ("Total", 2024, 1120, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 47.3, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1650 / 1120 - 1 = 47.321% -> 47.3 (bounds 47.211-47.432)
        ],
    ),
    # 19. a city bureau's news: 全市……产业规模首次突破千亿元 (approximate, 1000 in 亿元), 同比增长23% with 2023年……815亿元, a part
    #     达……，占比 with its share; the firms counted nowhere
    dict(
        text=(
            "（2025年1月15日）记者从临江市工业和信息化局获悉，2024年全市人工智能产业规模首次突破千亿元，同比增长23%；2023年全市"
            "产业规模为815亿元。其中，核心产业规模达312亿元，占比31.2%。目前全市人工智能企业超过600家。"
        ),
        obs=[
            ("Total", 2024, 1000, "CNY 100 million", "actual"),
            ("Total", 2023, 815, "CNY 100 million", "actual"),
            ("核心产业", 2024, 312, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("share", 31.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1000 / 815 - 1 = 22.699% -> 23
            ("arithmetic", "exact"),  # 312 / 1000 = 31.200% -> 31.2
        ],
    ),
    # 20. Taiwan trade press in Traditional Chinese: 預估，今年……將年增42%，達新台幣2.85兆元 (TWD trillion), 高於2024年的, 明年年成長率
    #     將放緩至25%左右 (its amount not printed)
    dict(
        text=(
            "（2025年3月12日）科技產經報記者台北報導——研調機構宇衡研究預估，今年台灣AI伺服器代工產值將年增42%，達新台幣2.85兆元，"
            "高於2024年的2.01兆元；明年年成長率將放緩至25%左右。"
        ),
        obs=[
            ("Total", 2025, 2.85, "TWD trillion", "estimate"),
            ("Total", 2024, 2.01, "TWD trillion", "actual"),
        ],
        claims=[
            ("growth", 42, "percent", 2024, 2025, 1.0),
            ("growth", 25, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.85 / 2.01 - 1 = 41.791% -> 42 (bounds 41.191-42.394)
        ],
    ),
    # 21. a Taiwan bulletin in Traditional Chinese: 年增率達35.4% and 2023年則為948億元, contradicted; 可望突破 approximate
    dict(
        text=(
            "（2025年4月8日）產業統計室最新通報指出，2024年我國AI邊緣運算模組產值達新台幣1,286億元，年增率達35.4%，2023年則為"
            "948億元；預估今年產值可望突破1,500億元。"
        ),
        obs=[
            ("Total", 2024, 1286, "TWD 100 million", "actual"),
            ("Total", 2023, 948, "TWD 100 million", "actual"),
            ("Total", 2025, 1500, "TWD 100 million", "estimate"),
        ],
        claims=[("growth", 35.4, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 1286 / 948 - 1 = 35.654%; bounds (1285.5 / 948.5) -> 35.530%, (1286.5 / 947.5) -> 35.778%:
            # 35.4 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 22. Hong Kong news in Traditional Chinese: 去年……約為28.5億港元，按年增長32.4%，2023年為21.5億港元, reached only at the
    #     rounding; 明年 an estimate; 約四成受訪機構 a survey's answer, nowhere
    dict(
        text=(
            "（2025年10月21日）本港金融機構去年在人工智能合規科技方面的支出約為28.5億港元，按年增長32.4%，2023年為21.5億港元。"
            "香港金融科技協進會預計，明年支出將達36億港元；約四成受訪機構表示會擴大相關團隊。"
        ),
        obs=[
            ("Total", 2024, 28.5, "HKD 100 million", "actual"),
            ("Total", 2023, 21.5, "HKD 100 million", "actual"),
            ("Total", 2026, 36, "HKD 100 million", "estimate"),
        ],
        claims=[("growth", 32.4, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 28.5 / 21.5 - 1 = 32.558%, not 32.4 +- 0.05; bounds (28.45 / 21.55) -> 32.019%, (28.55 / 21.45) ->
            # 33.100%: 32.4 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 23. tech media: 同比增长131% (its base not printed), 较2022年增长近5倍 (x5 over 2022-2024, the printed N), 今年……左右 with
    #     同比增长约112%; 渗透率 nowhere
    dict(
        text=(
            "（2025年4月2日）科技媒体极客前哨报道，2024年中国AI编程工具市场规模为27.3亿元，同比增长131%，较2022年增长近5倍；"
            "预计今年将增长至58亿元左右，同比增长约112%。行业付费用户渗透率约为12%。"
        ),
        obs=[
            ("Total", 2024, 27.3, "CNY 100 million", "actual"),
            ("Total", 2025, 58, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 131, "percent", 2023, 2024, 1.0),
            ("multiple", 5, "multiple", 2022, 2024, 2.0),  # 增长近5倍: the printed N kept as the multiple's value
            ("growth", 112, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 58 / 27.3 - 1 = 112.454% -> 112 (bounds 110.238-114.679)
        ],
    ),
    # 24. 将由2024年的……增长至2029年的……，年复合增长率达31.6% (inferred), contradicted by its amounts; a share of 2024
    dict(
        text=(
            "据弘睿咨询测算，中国AI医学影像软件市场规模将由2024年的41.6亿元增长至2029年的152.3亿元，年复合增长率达31.6%。2024年，"
            "肺部影像辅助诊断产品占比约为38%。"
        ),
        obs=[
            ("Total", 2024, 41.6, "CNY 100 million", "actual"),
            ("Total", 2029, 152.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 31.6, "percent", 2024, 2029, None, "inferred"),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (152.3 / 41.6) ** (1 / 5) - 1 = 29.635%; bounds (152.25 / 41.65) -> 29.595%, (152.35 / 41.55) ->
            # 29.674%: 31.6 +- 0.05 outside
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 25. a month-year dateline （2025年9月）: a forecast with 同比增长, and 2026年有望在300亿至350亿元之间 (a range: two value claims)
    dict(
        text=(
            "（2025年9月）据鲸准研究院统计，2024年我国AI智能眼镜销售额为168亿元；预计2025年销售额将达到235亿元，同比增长39.9%，"
            "2026年有望在300亿至350亿元之间。"
        ),
        obs=[
            ("Total", 2024, 168, "CNY 100 million", "actual"),
            ("Total", 2025, 235, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 39.9, "percent", 2024, 2025, 1.0),
            ("value", 300, "CNY 100 million", 2026, 2026, None),
            ("value", 350, "CNY 100 million", 2026, 2026, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 235 / 168 - 1 = 39.881% -> 39.9 (bounds 39.169-40.597)
        ],
    ),
    # 26. an association's data: 同比下降4.2%，2023年为…… (a negative rate with its base after it), 恢复增长……同比增长5.3%
    dict(
        text=(
            "（2025年3月20日）华夏视频安防产业协会发布数据显示，2024年中国AI安防摄像机市场销售额为276.4亿元，同比下降4.2%，"
            "2023年为288.5亿元。协会预计，2025年销售额将恢复增长，达到291亿元，同比增长5.3%。"
        ),
        obs=[
            ("Total", 2024, 276.4, "CNY 100 million", "actual"),
            ("Total", 2023, 288.5, "CNY 100 million", "actual"),
            ("Total", 2025, 291, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", -4.2, "percent", 2023, 2024, 1.0),
            ("growth", 5.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 276.4 / 288.5 - 1 = -4.194% -> -4.2 (bounds -4.228 to -4.160)
            ("cagr|implied", "exact"),  # 291 / 276.4 - 1 = 5.282% -> 5.3 (bounds 5.082-5.482)
        ],
    ),
    # 27. a Taiwan research firm in Traditional Chinese: 預估2025年……將達486億美元，年成長率為38.2% (no base), 2026年可望進一步成長
    #     至……，年增25.9%
    dict(
        text=(
            "（2025年6月18日）研調機構璞石資訊預估，2025年全球AI手機晶片市場規模將達486億美元，年成長率為38.2%；2026年可望進一步"
            "成長至612億美元，年增25.9%。"
        ),
        obs=[
            ("Total", 2025, 486, "USD 100 million", "estimate"),
            ("Total", 2026, 612, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 38.2, "percent", 2024, 2025, 1.0),
            ("growth", 25.9, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 612 / 486 - 1 = 25.926% -> 25.9 (bounds 25.694-26.159)
        ],
    ),
    # 28. a city statistics bureau: 较2023年的762亿元增长37.3%, a part 规模为……，占比20.9% reached only at the rounding
    dict(
        text=(
            "（2025年2月26日）据市统计局数据，2024年全市算力产业规模达到1,046亿元，较2023年的762亿元增长37.3%。其中，智算服务规模为"
            "218亿元，占比20.9%。"
        ),
        obs=[
            ("Total", 2024, 1046, "CNY 100 million", "actual"),
            ("Total", 2023, 762, "CNY 100 million", "actual"),
            ("智算服务", 2024, 218, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 37.3, "percent", 2023, 2024, 1.0),
            ("share", 20.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1046 / 762 - 1 = 37.270% -> 37.3 (bounds 37.115-37.426)
            # 218 / 1046 = 20.841%, not 20.9 +- 0.05; bounds (217.5 / 1046.5) -> 20.784%, (218.5 / 1045.5) -> 20.899%:
            # 20.9 is reached only at the rounding
            ("arithmetic", "rounding"),
        ],
    ),
    # 29. a think tank: 预计2025年将实现翻番，达到约100亿元 (x2 over one year), 2024-2027年年均复合增长率约98% (stated)
    dict(
        text=(
            "（2025年5月9日）据澜图智库测算，2024年我国AI大模型一体机市场规模为48.6亿元，预计2025年将实现翻番，达到约100亿元；"
            "2027年有望达到376亿元，2024-2027年年均复合增长率约98%。"
        ),
        obs=[
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("Total", 2025, 100, "CNY 100 million", "estimate"),
            ("Total", 2027, 376, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2025, 1.0),  # 100 / 48.6 = 2.06: 翻番
            ("cagr", 98, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (376 / 48.6) ** (1 / 3) - 1 = 97.781% -> 98 (bounds 97.625-97.936)
        ],
    ),
    # 30. Hong Kong news in Traditional Chinese under a 2026 dateline: 去年……約為42.8億港元，按年增長56% (no base), 今年將增至
    #     ……，按年增長42.5%
    dict(
        text=(
            "（2026年1月8日）港島數碼研究發表報告指，去年本港生成式人工智能應用市場規模約為42.8億港元，按年增長56%；報告預計今年將"
            "增至61億港元，按年增長42.5%。"
        ),
        obs=[
            ("Total", 2025, 42.8, "HKD 100 million", "actual"),
            ("Total", 2026, 61, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 56, "percent", 2024, 2025, 1.0),
            ("growth", 42.5, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 61 / 42.8 - 1 = 42.523% -> 42.5
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. a CSV-like table pasted into an article, its columns padded with spaces (Year, Revenue, YoY), 2025E and
    #     2026E estimates; one YoY contradicted by its figures
    dict(
        text=(
            "The figures behind the chart, as the analysts sent them (CSV; AI customer-support software, worldwide, "
            "USD billion):\n"
            "Year,      Revenue,     YoY\n"
            "2022,         4.12,\n"
            "2023,         5.37,     30.3%\n"
            "2024,         7.05,     31.3%\n"
            "2025E,        9.18,     30.2%\n"
            "2026E,       11.64,     28.6%"
        ),
        obs=[
            ("Revenue", 2022, 4.12, "USD billion", "actual"),
            ("Revenue", 2023, 5.37, "USD billion", "actual"),
            ("Revenue", 2024, 7.05, "USD billion", "actual"),
            ("Revenue", 2025, 9.18, "USD billion", "estimate"),
            ("Revenue", 2026, 11.64, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 30.3, "percent", 2022, 2023, 1.0),
            ("growth", 31.3, "percent", 2023, 2024, 1.0),
            ("growth", 30.2, "percent", 2024, 2025, 1.0),
            ("growth", 28.6, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5.37 / 4.12 - 1 = 30.340% -> 30.3
            ("cagr|implied", "exact"),  # 7.05 / 5.37 - 1 = 31.285% -> 31.3
            ("cagr|implied", "exact"),  # 9.18 / 7.05 - 1 = 30.213% -> 30.2
            # 11.64 / 9.18 - 1 = 26.797%; bounds (11.635 / 9.185) -> 26.674%, (11.645 / 9.175) -> 26.921%:
            # 28.6 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 32. a pipe table of quarters and full years in "(US$ million)": only the 2023 and 2024 columns expected, the
    #     quarter columns nowhere; the rows add to their Total
    dict(
        text=(
            "Cloud GPU rental revenue by provider type (US$ million)\n"
            "| Provider type | Q1 2024 | Q2 2024 | Q3 2024 | Q4 2024 | 2023 | 2024 |\n"
            "|---|---|---|---|---|---|---|\n"
            "| Hyperscalers | 2,310 | 2,585 | 2,904 | 3,241 | 7,482 | 11,040 |\n"
            "| Specialist GPU clouds | 612 | 748 | 903 | 1,087 | 1,396 | 3,350 |\n"
            "| Others | 205 | 219 | 241 | 265 | 702 | 930 |\n"
            "| Total | 3,127 | 3,552 | 4,048 | 4,593 | 9,580 | 15,320 |\n"
            "Quarterly columns are unaudited; full-year columns are calendar years."
        ),
        obs=[
            ("Hyperscalers", 2023, 7482, "USD million", "actual"),
            ("Hyperscalers", 2024, 11040, "USD million", "actual"),
            ("Specialist GPU clouds", 2023, 1396, "USD million", "actual"),
            ("Specialist GPU clouds", 2024, 3350, "USD million", "actual"),
            ("Others", 2023, 702, "USD million", "actual"),
            ("Others", 2024, 930, "USD million", "actual"),
            ("Total", 2023, 9580, "USD million", "actual"),
            ("Total", 2024, 15320, "USD million", "actual"),
        ],
        claims=[],
        verdicts=[
            # 7482 + 1396 + 702 = 9580; 11040 + 3350 + 930 = 15320 (the quarters, too, sum to each 2024 figure)
            ("hierarchy", "exact"),
        ],
    ),
    # 33. a news graphic's text: years as rows, a lone column headed by its unit only ("$ billion", the Total), 2025F
    dict(
        text=(
            "GRAPHIC — AI chips in smartphones: a market taking off\n"
            "Worldwide revenue\n"
            "Year        $ billion\n"
            "2021           6.2\n"
            "2022           7.9\n"
            "2023          10.8\n"
            "2024          15.1\n"
            "2025F         21.4\n"
            "Source: Larchmont Research. F = forecast."
        ),
        obs=[
            ("Total", 2021, 6.2, "USD billion", "actual"),
            ("Total", 2022, 7.9, "USD billion", "actual"),
            ("Total", 2023, 10.8, "USD billion", "actual"),
            ("Total", 2024, 15.1, "USD billion", "actual"),
            ("Total", 2025, 21.4, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[],
    ),
    # 34. a Traditional Chinese pipe table under 單位：新台幣百萬元 (TWD million): 2024年 and 2025年(預估) columns, a 年成長率
    #     column, a 合計 row
    dict(
        text=(
            "2025年台灣AI伺服器關鍵零組件產值預估\n"
            "單位：新台幣百萬元\n"
            "| 品項 | 2024年 | 2025年(預估) | 年成長率 |\n"
            "|---|---|---|---|\n"
            "| 液冷散熱模組 | 48,620 | 79,310 | 63.1% |\n"
            "| 電源供應器 | 36,450 | 52,870 | 45.0% |\n"
            "| 高速連接器 | 21,380 | 30,140 | 41.0% |\n"
            "| 機殼與滑軌 | 17,950 | 22,480 | 25.2% |\n"
            "| 合計 | 124,400 | 184,800 | 48.6% |\n"
            "資料來源：產業研究中心；2025年為預估值。"
        ),
        obs=[
            ("液冷散熱模組", 2024, 48620, "TWD million", "actual"),
            ("液冷散熱模組", 2025, 79310, "TWD million", "estimate"),
            ("電源供應器", 2024, 36450, "TWD million", "actual"),
            ("電源供應器", 2025, 52870, "TWD million", "estimate"),
            ("高速連接器", 2024, 21380, "TWD million", "actual"),
            ("高速連接器", 2025, 30140, "TWD million", "estimate"),
            ("機殼與滑軌", 2024, 17950, "TWD million", "actual"),
            ("機殼與滑軌", 2025, 22480, "TWD million", "estimate"),
            ("合計", 2024, 124400, "TWD million", "actual"),
            ("合計", 2025, 184800, "TWD million", "estimate"),
        ],
        claims=[
            ("growth", 63.1, "percent", 2024, 2025, 1.0),
            ("growth", 45.0, "percent", 2024, 2025, 1.0),
            ("growth", 41.0, "percent", 2024, 2025, 1.0),
            ("growth", 25.2, "percent", 2024, 2025, 1.0),
            ("growth", 48.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 79310 / 48620 - 1 = 63.122% -> 63.1
            ("cagr|implied", "exact"),  # 52870 / 36450 - 1 = 45.048% -> 45.0
            ("cagr|implied", "exact"),  # 30140 / 21380 - 1 = 40.973% -> 41.0
            ("cagr|implied", "exact"),  # 22480 / 17950 - 1 = 25.237% -> 25.2
            ("cagr|implied", "exact"),  # 184800 / 124400 - 1 = 48.553% -> 48.6
            # 48620 + 36450 + 21380 + 17950 = 124400; 79310 + 52870 + 30140 + 22480 = 184800
            ("hierarchy", "exact"),
        ],
    ),
    # 35. a Chinese aligned table of years under （单位：亿美元）: 市场规模 and 同比 columns, 2025E and 2026E estimates; one 同比
    #     reached only at the rounding
    dict(
        text=(
            "全球AI训练数据集交易市场规模（单位：亿美元）\n"
            "年份        市场规模        同比\n"
            "2022          18.6           —\n"
            "2023          25.3         35.8%\n"
            "2024          36.7         45.1%\n"
            "2025E         51.0         39.0%\n"
            "2026E         68.5         34.3%\n"
            "注：E为预测值。资料来源：鲸准研究院。"
        ),
        obs=[
            ("市场规模", 2022, 18.6, "USD 100 million", "actual"),
            ("市场规模", 2023, 25.3, "USD 100 million", "actual"),
            ("市场规模", 2024, 36.7, "USD 100 million", "actual"),
            ("市场规模", 2025, 51.0, "USD 100 million", "estimate"),
            ("市场规模", 2026, 68.5, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35.8, "percent", 2022, 2023, 1.0),
            ("growth", 45.1, "percent", 2023, 2024, 1.0),
            ("growth", 39.0, "percent", 2024, 2025, 1.0),
            ("growth", 34.3, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            # 25.3 / 18.6 - 1 = 36.022%, not 35.8 +- 0.05; bounds (25.25 / 18.65) -> 35.389%, (25.35 / 18.55) ->
            # 36.658%: 35.8 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 36.7 / 25.3 - 1 = 45.059% -> 45.1
            ("cagr|implied", "exact"),  # 51.0 / 36.7 - 1 = 38.965% -> 39.0
            ("cagr|implied", "exact"),  # 68.5 / 51.0 - 1 = 34.314% -> 34.3
        ],
    ),
    # 36. a tab-separated table in "(£m)" with FY24, FY25 and FY26E columns, a Total row; the fiscal-year note
    #     boilerplate
    dict(
        text=(
            "UK AI contact-centre software revenue by deployment (£m)\n"
            "Deployment\tFY24\tFY25\tFY26E\n"
            "Cloud\t286.4\t352.9\t428.1\n"
            "On-premises\t94.2\t88.7\t81.3\n"
            "Hybrid\t61.5\t79.8\t101.6\n"
            "Total\t442.1\t521.4\t611.0\n"
            "Fiscal years end 31 March. E = estimate."
        ),
        obs=[
            ("Cloud", 2024, 286.4, "GBP million", "actual"),
            ("Cloud", 2025, 352.9, "GBP million", "actual"),
            ("Cloud", 2026, 428.1, "GBP million", "estimate"),
            ("On-premises", 2024, 94.2, "GBP million", "actual"),
            ("On-premises", 2025, 88.7, "GBP million", "actual"),
            ("On-premises", 2026, 81.3, "GBP million", "estimate"),
            ("Hybrid", 2024, 61.5, "GBP million", "actual"),
            ("Hybrid", 2025, 79.8, "GBP million", "actual"),
            ("Hybrid", 2026, 101.6, "GBP million", "estimate"),
            ("Total", 2024, 442.1, "GBP million", "actual"),
            ("Total", 2025, 521.4, "GBP million", "actual"),
            ("Total", 2026, 611.0, "GBP million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 286.4 + 94.2 + 61.5 = 442.1; 352.9 + 88.7 + 79.8 = 521.4; 428.1 + 81.3 + 101.6 = 611.0
            ("hierarchy", "exact"),
        ],
    ),
    # 37. an aligned table in "(¥ billion)" whose rows are fiscal years and whose value columns (Domestic, Exports,
    #     Total) are items; "2025 (est.)" an estimate
    dict(
        text=(
            "Japan: shipments of AI-equipped service robots by value (¥ billion)\n"
            "Fiscal year     Domestic     Exports     Total\n"
            "2022               41.8        27.5       69.3\n"
            "2023               52.6        33.9       86.5\n"
            "2024               66.1        45.2      111.3\n"
            "2025 (est.)        79.4        58.8      138.2"
        ),
        obs=[
            ("Domestic", 2022, 41.8, "JPY billion", "actual"),
            ("Domestic", 2023, 52.6, "JPY billion", "actual"),
            ("Domestic", 2024, 66.1, "JPY billion", "actual"),
            ("Domestic", 2025, 79.4, "JPY billion", "estimate"),
            ("Exports", 2022, 27.5, "JPY billion", "actual"),
            ("Exports", 2023, 33.9, "JPY billion", "actual"),
            ("Exports", 2024, 45.2, "JPY billion", "actual"),
            ("Exports", 2025, 58.8, "JPY billion", "estimate"),
            ("Total", 2022, 69.3, "JPY billion", "actual"),
            ("Total", 2023, 86.5, "JPY billion", "actual"),
            ("Total", 2024, 111.3, "JPY billion", "actual"),
            ("Total", 2025, 138.2, "JPY billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 41.8 + 27.5 = 69.3; 52.6 + 33.9 = 86.5; 66.1 + 45.2 = 111.3; 79.4 + 58.8 = 138.2
            ("hierarchy", "exact"),
        ],
    ),
    # 38. a Hong Kong pipe table in Traditional Chinese under 單位：百萬港元 (HKD million): 2024年, 2025年預測 and 按年變幅
    #     columns, a 總計 row
    dict(
        text=(
            "香港企業人工智能開支（按行業）\n"
            "單位：百萬港元\n"
            "| 行業 | 2024年 | 2025年預測 | 按年變幅 |\n"
            "|---|---|---|---|\n"
            "| 銀行及金融 | 2,184 | 2,791 | 27.8% |\n"
            "| 零售 | 736 | 903 | 22.7% |\n"
            "| 物流 | 518 | 689 | 33.0% |\n"
            "| 其他 | 1,062 | 1,247 | 17.4% |\n"
            "| 總計 | 4,500 | 5,630 | 25.1% |"
        ),
        obs=[
            ("銀行及金融", 2024, 2184, "HKD million", "actual"),
            ("銀行及金融", 2025, 2791, "HKD million", "estimate"),
            ("零售", 2024, 736, "HKD million", "actual"),
            ("零售", 2025, 903, "HKD million", "estimate"),
            ("物流", 2024, 518, "HKD million", "actual"),
            ("物流", 2025, 689, "HKD million", "estimate"),
            ("其他", 2024, 1062, "HKD million", "actual"),
            ("其他", 2025, 1247, "HKD million", "estimate"),
            ("總計", 2024, 4500, "HKD million", "actual"),
            ("總計", 2025, 5630, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", 27.8, "percent", 2024, 2025, 1.0),
            ("growth", 22.7, "percent", 2024, 2025, 1.0),
            ("growth", 33.0, "percent", 2024, 2025, 1.0),
            ("growth", 17.4, "percent", 2024, 2025, 1.0),
            ("growth", 25.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2791 / 2184 - 1 = 27.793% -> 27.8
            ("cagr|implied", "exact"),  # 903 / 736 - 1 = 22.690% -> 22.7
            ("cagr|implied", "exact"),  # 689 / 518 - 1 = 33.012% -> 33.0
            ("cagr|implied", "exact"),  # 1247 / 1062 - 1 = 17.420% -> 17.4
            ("cagr|implied", "exact"),  # 5630 / 4500 - 1 = 25.111% -> 25.1
            # 2184 + 736 + 518 + 1062 = 4500; 2791 + 903 + 689 + 1247 = 5630
            ("hierarchy", "exact"),
        ],
    ),
    # 39. a pipe table in "(USD million)" with a 2030F column and a "CAGR 2024-30" column (stated); one CAGR its
    #     figures contradict
    dict(
        text=(
            "Table: AI medical scribe software revenue by care setting (USD million)\n"
            "| Care setting | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| Hospitals | 612.4 | 2,418.6 | 25.7% |\n"
            "| Physician practices | 388.1 | 1,764.0 | 28.7% |\n"
            "| Telehealth | 96.5 | 552.8 | 35.1% |\n"
            "| Total | 1,097.0 | 4,735.4 | 27.6% |"
        ),
        obs=[
            ("Hospitals", 2024, 612.4, "USD million", "actual"),
            ("Hospitals", 2030, 2418.6, "USD million", "estimate"),
            ("Physician practices", 2024, 388.1, "USD million", "actual"),
            ("Physician practices", 2030, 1764.0, "USD million", "estimate"),
            ("Telehealth", 2024, 96.5, "USD million", "actual"),
            ("Telehealth", 2030, 552.8, "USD million", "estimate"),
            ("Total", 2024, 1097.0, "USD million", "actual"),
            ("Total", 2030, 4735.4, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 25.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 28.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 35.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 27.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (2418.6 / 612.4) ** (1 / 6) - 1 = 25.725% -> 25.7
            ("cagr", "exact"),  # (1764.0 / 388.1) ** (1 / 6) - 1 = 28.704% -> 28.7
            # (552.8 / 96.5) ** (1 / 6) - 1 = 33.764%; bounds (552.75 / 96.55) -> 33.751%, (552.85 / 96.45) ->
            # 33.778%: 35.1 +- 0.05 outside
            ("cagr", "inconsistent"),
            ("cagr", "exact"),  # (4735.4 / 1097.0) ** (1 / 6) - 1 = 27.602% -> 27.6
            # 612.4 + 388.1 + 96.5 = 1097.0; 2418.6 + 1764.0 + 552.8 = 4735.4
            ("hierarchy", "exact"),
        ],
    ),
    # 40. a Chinese tab-separated table in 亿元 with 2023年, 2024年 and 2025年E columns and a 2025年同比 column, a 合计 row;
    #     the 表 number boilerplate
    dict(
        text=(
            "表2 中国AI视觉质检软件市场规模（亿元）\n"
            "应用行业\t2023年\t2024年\t2025年E\t2025年同比\n"
            "消费电子\t14.2\t19.6\t25.8\t31.6%\n"
            "汽车零部件\t9.7\t13.5\t18.4\t36.3%\n"
            "光伏与锂电\t8.3\t12.8\t15.9\t24.2%\n"
            "其他\t5.1\t6.4\t7.9\t23.4%\n"
            "合计\t37.3\t52.3\t68.0\t30.0%"
        ),
        obs=[
            ("消费电子", 2023, 14.2, "CNY 100 million", "actual"),
            ("消费电子", 2024, 19.6, "CNY 100 million", "actual"),
            ("消费电子", 2025, 25.8, "CNY 100 million", "estimate"),
            ("汽车零部件", 2023, 9.7, "CNY 100 million", "actual"),
            ("汽车零部件", 2024, 13.5, "CNY 100 million", "actual"),
            ("汽车零部件", 2025, 18.4, "CNY 100 million", "estimate"),
            ("光伏与锂电", 2023, 8.3, "CNY 100 million", "actual"),
            ("光伏与锂电", 2024, 12.8, "CNY 100 million", "actual"),
            ("光伏与锂电", 2025, 15.9, "CNY 100 million", "estimate"),
            ("其他", 2023, 5.1, "CNY 100 million", "actual"),
            ("其他", 2024, 6.4, "CNY 100 million", "actual"),
            ("其他", 2025, 7.9, "CNY 100 million", "estimate"),
            ("合计", 2023, 37.3, "CNY 100 million", "actual"),
            ("合计", 2024, 52.3, "CNY 100 million", "actual"),
            ("合计", 2025, 68.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.6, "percent", 2024, 2025, 1.0),
            ("growth", 36.3, "percent", 2024, 2025, 1.0),
            ("growth", 24.2, "percent", 2024, 2025, 1.0),
            ("growth", 23.4, "percent", 2024, 2025, 1.0),
            ("growth", 30.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 25.8 / 19.6 - 1 = 31.633% -> 31.6
            ("cagr|implied", "exact"),  # 18.4 / 13.5 - 1 = 36.296% -> 36.3
            ("cagr|implied", "exact"),  # 15.9 / 12.8 - 1 = 24.219% -> 24.2
            ("cagr|implied", "exact"),  # 7.9 / 6.4 - 1 = 23.438% -> 23.4
            ("cagr|implied", "exact"),  # 68.0 / 52.3 - 1 = 30.019% -> 30.0
            # 14.2 + 9.7 + 8.3 + 5.1 = 37.3; 19.6 + 13.5 + 12.8 + 6.4 = 52.3; 25.8 + 18.4 + 15.9 + 7.9 = 68.0
            ("hierarchy", "exact"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "forty-fifth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "SAN FRANCISCO (Reuters) - ",
    "raised its forecast for 2025 spending",
    "to $31.5 billion from $27.0 billion",
    "Updated 14:05 GMT",
    "nearly doubled between 2022 and 2024",
    "$4.2-4.6 billion this year",
    "Robot Logistics Weekly, March 2025",
    "roughly two billion dollars' worth",
    "expects annual sales to triple by 2029",
    "about one-fifth of last year's systems",
    "(recorded 16 April 2025) — transcript",
    "roughly 49% a year, compounded, from 2024 to 2027",
    "$46 billion in FY26",
    "growth of roughly 40%",
    "+64% YoY from $0.84B in 2024",
    "issue #214",
    "(2023: €611 million)",
    "tripled in 2024 to $17.4 billion",
    "a $9.4 billion market by 2032, study says\n",
    "First-quarter spending this year was £118 million",
    "in fiscal 2025 to ¥96.3 billion",
    "grow between 30% and 35% this year",
    "between €1.9 billion and €2.3 billion",
    "rose 38% to NT$412.6 billion",
    "up 31.9% from HK$940 million in 2024",
    "an annual growth rate of 19.8%",
    "rose only 9% to €318 million",
    "据智研启明预测",
    "2025-2030年年复合增长率为42.7%",
    "环比增长18.6%，较去年同期增长57.2%",
    "全市人工智能产业规模首次突破千亿元",
    "將年增42%，達新台幣2.85兆元",
    "明年年成長率將放緩至25%左右",
    "年增率達35.4%",
    "按年增長32.4%",
    "较2022年增长近5倍",
    "年复合增长率达31.6%",
    "2026年有望在300亿至350亿元之间",
    "同比下降4.2%，2023年为288.5亿元",
    "年成長率為38.2%",
    "预计2025年将实现翻番",
    "Year,      Revenue,     YoY\n",
    "| Q1 2024 | Q2 2024 | Q3 2024 | Q4 2024 | 2023 | 2024 |",
    "Year        $ billion\n",
    "單位：新台幣百萬元",
    "（单位：亿美元）",
    "FY26E",
    "2025 (est.)",
    "單位：百萬港元",
    "CAGR 2024-30",
    "2025年同比",
)
#: the set's blind score (set when it was first scored, at the code this round started from): 156 figures, 50 rates,
#: 50 verdicts and 2 false inconsistent; its floors are its score after the rules it showed wanting (a heading's month
#: or date, a running year's figures as estimates, a range of rates' year, 较2022年增长近5倍, a raised forecast "to … from
#: …", "above the $19.6 billion spent in 2024", 2025年預測 and 按年變幅 columns)
FLOORS = {"figures_found": 171, "rates_found": 63, "verdicts_right": 58}
#: the false inconsistent verdict the set still draws: snippet 19, whose 其中 part follows a sentence of the year before
#: the whole it is a part of ("2024年…突破千亿元…；2023年…为815亿元。其中，核心产业规模达312亿元"); at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset45.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
