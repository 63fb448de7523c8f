"""A fifty-eighth check set for the extractor, written blind: text as it comes out of PDFs and slide decks -- a report
section whose running title and page number fall between an amount and its year ("US$14.6 billion" / the running title /
"9" / "in 2029"), words broken at a line's end by a hyphen ("a com-" over "pound annual growth rate", "The Japanese
mar-" over "ket"), footnote marks glued to what they annotate ("in 2023.1 We", "USD 4.2 billion1", "38.5%²", "27.5%)⁴",
an asterisk after 億美元), a chart caption followed on the same line by its flattened data labels with the axis years on
the line under it, a pie chart's labels run into one line after a caption in "(%)", years with A, E, F and P suffixes
side by side in one sentence ("2025E", "2026F", "2028P", "2024A–28P"), slide bullets of fragments ("• 2024: $3.4B →
2028E: $10.2B", "CAGR 24–28E: 32%", "3.2x in four years", "FY2023 312 → FY2024 468 → FY2027E 1,150"), a unit given once
in a slide's header line ("Unit: US$ million", "(¥bn)") or only in the source note under a chart ("Source: ...; €
million, current prices."), spaces inside numbers ("EUR 1 284 million", "22.8 %"), a table of contents with dot leaders,
a disclaimer footer in mid-sentence; Chinese 研报 pages (the 免责声明 footer, the running title and 第 9 页 / 共 36 页 between
我们预计到 and 2027年, a 图表 title followed by its data labels and the axis years, 资料来源 lines, 注：单位为亿元 as the only unit, ▪
bullets with CAGR（24-27E）, 412/568/752亿元 with 同比+41.6%/+37.9%/+32.4%, full-width digits with a full-width thousands
comma, the spaces a PDF puts between Chinese and digits and inside a word (同比增 长), 单位：亿元 over colon fragments, 风险提示);
Traditional Chinese from a Taiwan 研調 summary (單位：新台幣億元 over ● bullets with 2025年(F)), a Hong Kong prospectus's 行業概覽
broken by its running header and page number, a Taiwan research house's asterisk note, and a Hong Kong deck in 億港元; and
tables as a PDF lays them out (columns aligned by spaces under a running header and page number, a footnote mark on a
column's year, a horizontal 研报 table of 2023A-2027E with a 同比增速 row, a tab-separated Traditional Chinese table in
新台幣百萬元, a pipe table a PDF converter made, years as rows with A, E and F suffixes and the unit in the note, a Chinese
table aligned by full-width spaces, a share table whose parts miss their 合计, the unit only in the source line, and a
slide's table with a "CAGR 24–28E" column).

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

What this set's sources add to them. A PDF's page furniture carries no figure: running titles and footers (their years,
quarters and dates), page numbers ("9", "p. 7", "Page 5 of 19", "第 9 页 / 共 36 页", "– 128 –", "Page 23", "簡報第6頁"), slide
numbers, disclaimers ("For professional investors only", 请务必阅读正文之后的免责声明部分), 风险提示, table-of-contents lines with their
section and page numbers, caption numbers and caption spans ("Figure 6: ..., 2021-2026E", "图表 15", "表2"), footnote marks
and the footnotes they point to, whether superscript ("38.5%²", "27.5%)⁴", 亿元¹), a plain digit after a word or a full
stop ("billion1", "in 2023.1 We") or an asterisk (億美元*); they sit between the figure and its year without changing
either. A word a line's end breaks at a hyphen is one word ("com-" over "pound annual growth rate" is a compound rate,
"mar-" over "ket"), and a PDF's spaces between Chinese and digits (2024 年, 156.8 亿元) or inside a word (同比增 长) part
nothing. A unit printed once -- in a slide's header line, a caption's brackets, a 注 line or the source line under the
data -- is the unit of every bare amount under or beside it. A chart's data labels, flattened onto the caption's line,
are the market's figures when the line under them prints one axis year for each label, in order; a pie chart's labels,
each after its slice's name under a caption in "(%)", are shares of the caption's year. An A suffix is an ``actual``
year, E, F and P ``estimate`` ones.

In English: a report section's "US$3.84 billion ... in 2024, up 47.1% from US$2.61 billion in 2023.1" gives both years
and their rate (the footnote digit after the full stop boilerplate), and "US$14.6 billion" with the running title and
page number between it and "in 2029" is 2029's ``estimate`` with "a com-" / "pound annual growth rate of 30.6% over
2024-2029" ``stated``. A slide's "• 2024: $3.4B → 2028E: $10.2B" gives the ``actual`` base and the ``estimate``, "CAGR
24–28E: 32%" is ``stated`` in short years and "≈ 38% of 2024 spend" a share whose part is not printed. Under a dateline,
"US$118.3 bn in 2024, up 147% on 2023" and "a 2024-26E CAGR of 34.5%" come with a caption whose data labels follow it on
its line ("(US$ bn) 16.8 24.5 47.9 118.3 171.6 214.0") and the axis years under it: each year 2021-2026 its figure
(2025E and 2026E ``estimate``, "US$214 bn in 2026E" the same 2026 figure as its label, expected once). "USD 4.2 billion1
in 2024" is 4.2 with a footnote digit glued to its unit, "a CAGR of 14.8% for 2024–30" ``stated`` and "38.5%² of 2024
spending" a share. "EUR 1 284 million" and "EUR 1 046 million" (a narrow no-break space inside it) are 1284 and 1046 in
EUR million, "an increase of 22.8 %" their rate, "EUR 3 200" over "million in 2028" an ``estimate`` and "a compound rate
of 25.6 % a year" ``inferred``. A broker's "$5.7bn in 2025E (+32.6%), $8.1bn in 2026F and $12.6bn in 2028P, from $4.3bn
in 2024A" gives each year its figure (A ``actual``; E, F and P ``estimate``) and "a 2024A–28P CAGR of 30.8%" is
``stated``; the disclosures line is boilerplate. A slide under "Unit: US$ million" gives its bare bullets ("2023 actual:
412", "2024 actual: 968 (+135%)", "2025 forecast: 1,740") in USD million and "2024–27 CAGR: 64%" ``stated``. A chart
whose unit stands only in its source line ("€ million, current prices") gives "2022: 148 2023: 191 2024: 257 2025F: 322"
in EUR million, and its "Year-on-year growth" line three rates, "36.4% (2024)" contradicted by its amounts. "The
Japanese mar-" / "ket ... grew 18.7% in fiscal 2024 to ¥84.6 billion, from ¥71.3 billion" with the running header
between that amount and "in fiscal 2023" gives both fiscal years in JPY billion and "¥131 billion for fiscal 2027" an
``estimate``. Under a table of contents (dot leaders, page numbers boilerplate) "$2.95 billion in 2024 ... $8.1 billion
by 2030 (18.3% CAGR)" is ``inferred`` and "Fleet orchestration ... $1.12 billion of 2024 revenue (38.0%)" a part with
its share. A slide's "$1.9B (2024A) → $6.1B (2028E), 3.2x in four years" is x3.2 over 2024-2028; the contact centres
using AI (a penetration) and the company's share target are expected nowhere. "Fell 4.6% to £612 million in" / "2024
(against £648 million in 2023)" is a decline its amounts contradict, the disclaimer footer between it and "about £660
million" (2025's ``estimate``) boilerplate. "US$201.6 billion in 2024 ..., up 62.3% from US$124.2 billion in 2023" comes
with a pie chart's labels on its caption's line ("Hyperscalers 61.4 Tier-2 clouds 17.2 ..."): four shares of 2024 whose
parts are not printed. A deck's "(¥bn)" title gives "FY2023 312 → FY2024 468 → FY2027E 1,150" in JPY billion, "+50% YoY
in FY2024" and "CAGR FY24–27E ≈ 35%" (``stated``). "(CAGR 2024–2030: 27.5%)⁴" is ``stated`` and contradicted by "$1.86
billion" and "$6.35 billion by 2030". "$1.2B (2023) → $1.6B (2024), +35%" is a rate reached only at the rounding of its
amounts, "$2.3B expected for 2025" an ``estimate``.

In Chinese: a broker's page gives 2024年……48.6亿元，同比增长36.5% (its base not printed), and 我们预计到 at a page's foot, the 免责声明
footer, the running title (its date) and 第 9 页 / 共 36 页 between it and 2027年，该市场规模将增至117.2亿元 (an ``estimate``),
2024-2027E年复合增速为34.1% ``stated``; a report with a PDF's spaces (2024 年……为 78.5 亿元) gives 2024 and 2025 their rates, and
its 图表 7 caption, with the labels after （亿元） on its line and 2020 2021 2022 2023 2024 2025E under them, each year
2020-2025 its figure; full-width digits with a full-width thousands comma (１，２８６．４亿元, ８６２．１亿元, ４９．２％) are 1286.4, 862.1
and 49.2, and 将突破１，８００亿元 an approximate ``estimate``; a 图表12 line 2023年：86.2；2024年：112.7；2025E：147.5； 2026E：189.0 whose
unit stands only in 注：单位为亿元 gives each year its figure (E ``estimate``), the 注's 2026E同比增速为28.1% a rate with its
verdict; ▪ bullets give 2024年：36亿元 → 2027E：215亿元 and CAGR（24-27E）：81.4% ``stated``; 212.6亿元¹ and 38.5%² carry
superscript marks (their footnotes boilerplate), 2023年为153.5亿元 the rate's base, and 仿真测试服务规模为41.3亿元，占比19.4% a part with
its share; a broker's 2025E/2026E/2027E分别为412/568/752亿元 with 同比+41.6%/+37.9%/+32.4% gives each year, in order, its
``estimate`` and rate, the rating and 风险提示 boilerplate; 同比增 长 214.6% (a word a PDF's space parts) is reached only at the
rounding of 156.8 亿元 and 2023 年……49.9 亿元, and 290 亿元左右 an approximate ``estimate``; under 单位：亿元 the bare fragments
2024年市场规模：523.4, 2025年E：672.0 and 2027年E：1,085.0 are CNY 100 million, with 同比：+27.3% (no base), +28.4% and
2025-2027年CAGR：27.1% (``stated``); 由2021年的24.6亿元增长至2024年的96.8亿元，年均复合增长率达52.6% is ``inferred`` and contradicted. In
Traditional Chinese a Taiwan summary's 單位：新台幣億元 over ● 2024年產值：3,862（年增41.2%） and 2025年(F)產值：5,140（年增33.1%） gives TWD
100 million, 2025 and 2026 ``estimate`` figures; a Hong Kong prospectus's 由2019年的人民幣12.4億元增至2024年的人民幣68.3億元, with the
running header 行業概覽 and – 128 – between it and 複合年增長率為40.7% (``inferred``), and 2024年至2029年的複合年增長率為29.2% ``stated``; a
Taiwan research house's 164億美元* (an asterisk note) with 年減4.1% and 2023年為171億美元 is a decline borne out,
預估2025年將回升至215億美元，年增31.1% an ``estimate`` with its verdict; a Hong Kong deck's 2024年：38.6億港元 → 2027年（預測）：72.4億港元 gives
HKD 100 million, 複合年增長率約23% ``inferred`` and 金融業佔2024年開支的41.5% a share whose part is not printed.

In tables: an aligned table under a running header (its quarter) and page number, with "Unit: US$ million" on a line of
its own and 2025E and 2026F columns, adds to its Total; an aligned "Exhibit 7" in "(€ million)" whose year column
carries a footnote mark ("2024¹") gives each country its share (``arithmetic``, one contradicted by its amounts), its
Total the whole and its 100.0% no claim; a horizontal 研报 table under 单位：亿元 with 2023A-2027E columns gives its 市场规模 row
each year and its 同比增速 row each year's rate (2023A's base not printed); a tab-separated Traditional Chinese table under
單位：新台幣百萬元 with a 2025年(F) column and a 年增率 column adds to its 合計; a pipe table a PDF converter made ("CAGR 24A–26E")
gives each workload a ``stated`` two-year rate (one reached only at the rounding of its figures) and adds to its Total;
a table of years as rows (2022A to 2027F) whose unit stands in its note ("US$ million") gives ``Revenue`` its figures
and its YoY column each year's rate (2026F's contradicted, "—" none); a Chinese table aligned by full-width spaces adds
to its 合计 with each 细分领域's 同比; a tab-separated 表2 of 2024 (the year from its title) gives each 厂商类型 its 占比 and misses
its 合计 by 0.1, a ``hierarchy`` verdict reached only at the rounding (its 注 boilerplate); an aligned table whose unit
stands only in its source line ("Values in US$ million") adds to its Total; and a slide's aligned table in "($B)" with a
"CAGR 24–28E" column gives each segment its ``stated`` rate (one reached only at the rounding) and adds to its Total.
Markets vary (AI observability and evaluation tools, AI document processing, data-centre AI accelerators, AI-enabled
fraud prevention in Europe, AI software publishers in France, AI-native CRM, AI video generation, AI translation
services in the Nordics, AI-assisted drug discovery services in Japan, AI-enabled warehouse robotics software,
contact-centre AI analytics, AI-based credit scoring in the UK, AI servers, generative-AI services in Japan, AI-driven
grid optimisation software, AI tutoring apps, AI医学影像软件, AI质检设备, 生成式人工智能应用, AI客服, AI眼镜, 智能网联汽车数据服务, AI编程助手, AI大模型一体机,
边缘AI推理服务器, 工业AI视觉检测, AI伺服器代工, AI心電分析, AI PC處理器, AI聊天機械人, enterprise AI inference platforms, AI-enabled cybersecurity in
Europe, AI服务器, AI伺服器散熱模組, AI data-centre spending by workload, AI legal research tools, AI营销内容生成, 智算中心算力租赁, AI
clinical-trial software, generative AI software); publishers, speakers and companies are invented, the sentences are the
project's own and the figures plausible. ``python tests/extract_checkset58.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a report section: a footnote digit after a full stop ("in 2023.1 We"), the running title and page number
    #    between an amount and its year, a compound rate broken at a line's end ("a com-\npound"), stated
    dict(
        text=(
            "2.3 Market size\n"
            "Enterprises worldwide spent US$3.84 billion on AI observability and evaluation\n"
            "tools in 2024, up 47.1% from US$2.61 billion in 2023.1 We expect spending to\n"
            "reach US$14.6 billion\n"
            "Harcastle Partners — AI Infrastructure Outlook 2025\n"
            "9\n"
            "in 2029, a com-\n"
            "pound annual growth rate of 30.6% over 2024-2029.\n"
            "1 Vendor revenue only; in-house tooling is excluded."
        ),
        obs=[
            ("Total", 2024, 3.84, "USD billion", "actual"),
            ("Total", 2023, 2.61, "USD billion", "actual"),
            ("Total", 2029, 14.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 47.1, "percent", 2023, 2024, 1.0),
            ("cagr", 30.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.84 / 2.61 - 1 = 47.126% -> 47.1
            ("cagr", "exact"),  # (14.6 / 3.84) ** (1 / 5) - 1 = 30.618% -> 30.6 (bounds 30.495-30.742)
        ],
    ),
    # 2. a deck's slide of fragments: "• 2024: $3.4B → 2028E: $10.2B", "CAGR 24–28E: 32%" (short years, stated), a share
    #    whose part is not printed ("≈ 38% of 2024 spend"); the slide's footer and number nowhere
    dict(
        text=(
            "Market opportunity: AI document processing\n"
            "• 2024: $3.4B → 2028E: $10.2B\n"
            "• CAGR 24–28E: 32%\n"
            "• Banking & insurance ≈ 38% of 2024 spend\n"
            "Source: Pellow Advisory market model\n"
            "Pellow Advisory · Confidential · 12"
        ),
        obs=[
            ("Total", 2024, 3.4, "USD billion", "actual"),
            ("Total", 2028, 10.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 32, "percent", 2024, 2028, None, "stated"),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (10.2 / 3.4) ** (1 / 4) - 1 = 31.607% -> 32 (bounds 30.967-32.257)
        ],
    ),
    # 3. a dated note with a chart caption whose flattened data labels follow it on its line, the axis years on the line
    #    under them (one label a year, in order); 2025E and 2026E estimates; "US$214 bn in 2026E" is the label 214.0
    dict(
        text=(
            "Semiconductors · 14 March 2025\n"
            "Data-centre AI accelerator revenue reached US$118.3 bn in 2024, up 147% on 2023, and we\n"
            "expect US$214 bn in 2026E, a 2024-26E CAGR of 34.5%.\n"
            "Figure 6: Data-centre AI accelerator revenue, 2021-2026E (US$ bn) 16.8 24.5 47.9 118.3 171.6 214.0\n"
            "2021 2022 2023 2024 2025E 2026E\n"
            "Source: Corbell Semiconductor Research estimates"
        ),
        obs=[
            ("Total", 2021, 16.8, "USD billion", "actual"),
            ("Total", 2022, 24.5, "USD billion", "actual"),
            ("Total", 2023, 47.9, "USD billion", "actual"),
            ("Total", 2024, 118.3, "USD billion", "actual"),
            ("Total", 2025, 171.6, "USD billion", "estimate"),
            ("Total", 2026, 214.0, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 147, "percent", 2023, 2024, 1.0),
            ("cagr", 34.5, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 118.3 / 47.9 - 1 = 146.973% -> 147 (bounds 146.611-147.335)
            ("cagr", "exact"),  # (214.0 / 118.3) ** (1 / 2) - 1 = 34.498% -> 34.5 (bounds 34.453-34.542)
        ],
    ),
    # 4. footnote marks glued to an amount ("USD 4.2 billion1") and to a share ("38.5%²"), their footnotes nowhere; a
    #    stated "CAGR of 14.8% for 2024–30"
    dict(
        text=(
            "Europe's market for AI-enabled fraud prevention was worth USD 4.2 billion1 in 2024\n"
            "and is expected to reach USD 9.6 billion in 2030, a CAGR of 14.8% for 2024–30.\n"
            "Card-not-present fraud tools accounted for 38.5%² of 2024 spending.\n"
            "1 Software and managed services; hardware is excluded.\n"
            "² Share of vendor revenue, not of transaction volume."
        ),
        obs=[
            ("Total", 2024, 4.2, "USD billion", "actual"),
            ("Total", 2030, 9.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 14.8, "percent", 2024, 2030, None, "stated"),
            ("share", 38.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (9.6 / 4.2) ** (1 / 6) - 1 = 14.772% -> 14.8 (bounds 14.446-15.101)
        ],
    ),
    # 5. spaces inside numbers ("EUR 1 284 million", a narrow no-break space in "EUR 1 046 million", "22.8 %"), an
    #    amount broken across a line ("EUR 3 200\nmillion"), an inferred compound rate; the note's number nowhere
    dict(
        text=(
            "Digital Economy Observatory — Outlook Note No. 18\n"
            "Turnover of AI software publishers in France reached EUR 1 284 million in 2024,\n"
            "against EUR 1\u202f046 million in 2023, an increase of 22.8 %. The Observatory projects EUR 3 200\n"
            "million in 2028, a compound rate of 25.6 % a year."
        ),
        obs=[
            ("Total", 2024, 1284, "EUR million", "actual"),
            ("Total", 2023, 1046, "EUR million", "actual"),
            ("Total", 2028, 3200, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 22.8, "percent", 2023, 2024, 1.0),
            ("cagr", 25.6, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1284 / 1046 - 1 = 22.753% -> 22.8
            ("cagr|period", "exact"),  # (3200 / 1284) ** (1 / 4) - 1 = 25.645% -> 25.6 (bounds 25.628-25.662)
        ],
    ),
    # 6. a broker's initiation: A, E, F and P years side by side in one sentence, a rate in brackets after its amount,
    #    "a 2024A–28P CAGR" (stated); the disclosures line nowhere
    dict(
        text=(
            "Software · Initiation of coverage · 2 May 2025\n"
            "We model AI-native CRM revenue of $5.7bn in 2025E (+32.6%), $8.1bn in 2026F and\n"
            "$12.6bn in 2028P, from $4.3bn in 2024A: a 2024A–28P CAGR of 30.8%.\n"
            "See the last page of this report for important disclosures."
        ),
        obs=[
            ("Total", 2025, 5.7, "USD billion", "estimate"),
            ("Total", 2026, 8.1, "USD billion", "estimate"),
            ("Total", 2028, 12.6, "USD billion", "estimate"),
            ("Total", 2024, 4.3, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 32.6, "percent", 2024, 2025, 1.0),
            ("cagr", 30.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5.7 / 4.3 - 1 = 32.558% -> 32.6
            ("cagr", "exact"),  # (12.6 / 4.3) ** (1 / 4) - 1 = 30.835% -> 30.8 (bounds 30.328-31.349)
        ],
    ),
    # 7. a slide whose unit stands once in its header line ("Unit: US$ million") over bare bullets: actual and
    #    forecast years, a rate in brackets, "2024–27 CAGR: 64%" (stated)
    dict(
        text=(
            "AI video generation — revenue outlook\n"
            "Unit: US$ million\n"
            "• 2023 actual: 412\n"
            "• 2024 actual: 968 (+135%)\n"
            "• 2025 forecast: 1,740\n"
            "• 2027 forecast: 4,300\n"
            "• 2024–27 CAGR: 64%\n"
            "Source: Brackwell Insights, March 2025"
        ),
        obs=[
            ("Total", 2023, 412, "USD million", "actual"),
            ("Total", 2024, 968, "USD million", "actual"),
            ("Total", 2025, 1740, "USD million", "estimate"),
            ("Total", 2027, 4300, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 135, "percent", 2023, 2024, 1.0),
            ("cagr", 64, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 968 / 412 - 1 = 134.951% -> 135 (bounds 134.545-135.358)
            ("cagr", "exact"),  # (4300 / 968) ** (1 / 3) - 1 = 64.386% -> 64 (bounds 64.351-64.421)
        ],
    ),
    # 8. a chart whose unit stands only in its source line ("€ million, current prices"): year-and-label pairs on one
    #    line, a line of year-on-year rates, one contradicted by its amounts
    dict(
        text=(
            "Chart 6: Revenue of AI translation services in the Nordics\n"
            "2022: 148 2023: 191 2024: 257 2025F: 322\n"
            "Year-on-year growth: 29.1% (2023), 36.4% (2024), 25.3% (2025F)\n"
            "Source: Skarv Analytics; € million, current prices."
        ),
        obs=[
            ("Total", 2022, 148, "EUR million", "actual"),
            ("Total", 2023, 191, "EUR million", "actual"),
            ("Total", 2024, 257, "EUR million", "actual"),
            ("Total", 2025, 322, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 29.1, "percent", 2022, 2023, 1.0),
            ("growth", 36.4, "percent", 2023, 2024, 1.0),
            ("growth", 25.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 191 / 148 - 1 = 29.054% -> 29.1
            # 257 / 191 - 1 = 34.555%; bounds (256.5 / 191.5) -> 33.943%, (257.5 / 190.5) -> 35.171%:
            # 36.4 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 322 / 257 - 1 = 25.292% -> 25.3
        ],
    ),
    # 9. "The Japanese mar-\nket" (a word broken at a line's end), fiscal years in yen, the running header (its date and
    #    page) between an amount and "in fiscal 2023"
    dict(
        text=(
            "The Japanese mar-\n"
            "ket for AI-assisted drug discovery services grew 18.7% in fiscal 2024 to\n"
            "¥84.6 billion, from ¥71.3 billion\n"
            "Kestrel Securities · Japan Healthcare IT · 22 September 2025 · p. 7\n"
            "in fiscal 2023. We forecast ¥131 billion for fiscal 2027."
        ),
        obs=[
            ("Total", 2024, 84.6, "JPY billion", "actual"),
            ("Total", 2023, 71.3, "JPY billion", "actual"),
            ("Total", 2027, 131, "JPY billion", "estimate"),
        ],
        claims=[("growth", 18.7, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 84.6 / 71.3 - 1 = 18.654% -> 18.7
        ],
    ),
    # 10. a table of contents with dot leaders (section and page numbers nowhere) over an executive summary: "(18.3%
    #     CAGR)" inferred, a part with its share in brackets "of 2024 revenue"
    dict(
        text=(
            "Contents\n"
            "1 Executive summary .......................... 3\n"
            "2 Market size and forecast ................... 11\n"
            "3 Competitive landscape ...................... 24\n"
            "1 Executive summary\n"
            "AI-enabled warehouse robotics software revenue totalled $2.95 billion in 2024 and\n"
            "will rise to $8.1 billion by 2030 (18.3% CAGR). Fleet orchestration is the largest\n"
            "module, with $1.12 billion of 2024 revenue (38.0%)."
        ),
        obs=[
            ("Total", 2024, 2.95, "USD billion", "actual"),
            ("Total", 2030, 8.1, "USD billion", "estimate"),
            ("Fleet orchestration", 2024, 1.12, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 18.3, "percent", 2024, 2030, None, "inferred"),
            ("share", 38.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (8.1 / 2.95) ** (1 / 6) - 1 = 18.334% -> 18.3 (bounds 18.179-18.489)
            ("arithmetic", "exact"),  # 1.12 / 2.95 = 37.966% -> 38.0
        ],
    ),
    # 11. a slide of dashes: "$1.9B (2024A) → $6.1B (2028E), 3.2x in four years" (x3.2 over 2024-2028); a
    #     penetration and the company's share target nowhere
    dict(
        text=(
            "Why now\n"
            "— Contact-centre AI analytics spend: $1.9B (2024A) → $6.1B (2028E), 3.2x in four years\n"
            "— Contact centres already using AI analytics: 27% (2024A)\n"
            "— Our 2028 target: 8% market share\n"
            "Linnet Partners analysis · 14"
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2028, 6.1, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 3.2, "multiple", 2024, 2028, 4.0),  # 6.1 / 1.9 = 3.21: 3.2x
        ],
        verdicts=[],
    ),
    # 12. a decline its amounts contradict ("fell 4.6% to £612 million in\n2024 (against £648 million in 2023)"); the
    #     disclaimer footer and "Page 5 of 19" in mid-sentence before next year's approximate estimate
    dict(
        text=(
            "Revenue from AI-based credit scoring in the UK fell 4.6% to £612 million in\n"
            "2024 (against £648 million in 2023) as lenders cut back new-model projects. We expect a\n"
            "For professional investors only. Not for retail distribution. Page 5 of 19\n"
            "return to growth in 2025, to about £660 million."
        ),
        obs=[
            ("Total", 2024, 612, "GBP million", "actual"),
            ("Total", 2023, 648, "GBP million", "actual"),
            ("Total", 2025, 660, "GBP million", "estimate"),
        ],
        claims=[("growth", -4.6, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 612 / 648 - 1 = -5.556%; bounds (611.5 / 648.5) -> -5.705%, (612.5 / 647.5) -> -5.405%:
            # -4.6 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 13. a pie chart's labels run into its caption's line under "(%)": four shares of 2024 whose parts are not printed;
    #     the paragraph's year-on-year rate with both its amounts
    dict(
        text=(
            "Global AI server spending reached US$201.6 billion in 2024 (Figure 5), up 62.3% from\n"
            "US$124.2 billion in 2023.\n"
            "Figure 5: Share of 2024 AI server spending by buyer (%) Hyperscalers 61.4 Tier-2 clouds 17.2 "
            "Enterprises 14.9 Sovereign and public 6.5\n"
            "Source: Tollan Research"
        ),
        obs=[
            ("Total", 2024, 201.6, "USD billion", "actual"),
            ("Total", 2023, 124.2, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 62.3, "percent", 2023, 2024, 1.0),
            ("share", 61.4, "percent", 2024, 2024, None),
            ("share", 17.2, "percent", 2024, 2024, None),
            ("share", 14.9, "percent", 2024, 2024, None),
            ("share", 6.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 201.6 / 124.2 - 1 = 62.319% -> 62.3
        ],
    ),
    # 14. a deck's "(¥bn)" title (the unit given once) over "FY2023 312 → FY2024 468 → FY2027E 1,150", "+50% YoY",
    #     "CAGR FY24–27E ≈ 35%" (stated, approximate)
    dict(
        text=(
            "Domestic generative-AI services market (¥bn)\n"
            "FY2023 312 → FY2024 468 → FY2027E 1,150\n"
            "+50% YoY in FY2024; CAGR FY24–27E ≈ 35%\n"
            "Source: Mizuhara Research Institute; fiscal years end in March"
        ),
        obs=[
            ("Total", 2023, 312, "JPY billion", "actual"),
            ("Total", 2024, 468, "JPY billion", "actual"),
            ("Total", 2027, 1150, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 50, "percent", 2023, 2024, 1.0),
            ("cagr", 35, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 468 / 312 - 1 = 50.000% -> 50
            ("cagr", "exact"),  # (1150 / 468) ** (1 / 3) - 1 = 34.943% -> 35 (bounds 34.876-35.011)
        ],
    ),
    # 15. a superscript mark after a bracketed rate ("(CAGR 2024–2030: 27.5%)⁴", stated) that its amounts contradict;
    #     the footnote and the running footer (its season and page) nowhere
    dict(
        text=(
            "AI-driven grid optimisation software: utilities spent an estimated $1.86 billion\n"
            "on it in 2024, and we see $6.35 billion by 2030 (CAGR 2024–2030: 27.5%)⁴.\n"
            "⁴ Base case; the bull case assumes faster roll-out of distribution-level sensors.\n"
            "Energy Transition Tech Review · Spring 2025 · 31"
        ),
        obs=[
            ("Total", 2024, 1.86, "USD billion", "actual"),
            ("Total", 2030, 6.35, "USD billion", "estimate"),
        ],
        claims=[("cagr", 27.5, "percent", 2024, 2030, None, "stated")],
        verdicts=[
            # (6.35 / 1.86) ** (1 / 6) - 1 = 22.709%; bounds (6.345 / 1.865) -> 22.638%, (6.355 / 1.855) -> 22.780%:
            # 27.5 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 16. a slide's "$1.2B (2023) → $1.6B (2024), +35%": a rate reached only at the rounding of its amounts; "expected
    #     for 2025" an estimate; the deck's page nowhere
    dict(
        text=(
            "Key numbers — AI tutoring apps (US)\n"
            "$1.2B (2023) → $1.6B (2024), +35%\n"
            "Next: $2.3B expected for 2025\n"
            "Source: Ferrow Capital deck, p. 4"
        ),
        obs=[
            ("Total", 2023, 1.2, "USD billion", "actual"),
            ("Total", 2024, 1.6, "USD billion", "actual"),
            ("Total", 2025, 2.3, "USD billion", "estimate"),
        ],
        claims=[("growth", 35, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 1.6 / 1.2 - 1 = 33.333%, not 35 +- 0.5; bounds (1.55 / 1.25) -> 24.000%, (1.65 / 1.15) -> 43.478%:
            # 35 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. a broker's page: 同比增长 with no base printed; the 免责声明 footer, the running title (its date) and the page
    #     number between 我们预计到 and 2027年; 2024-2027E年复合增速 stated
    dict(
        text=(
            "2024年中国AI医学影像软件市场规模达到48.6亿元，同比增长36.5%。随着三级医院采购放量及基层筛查项目落地，我们预计到\n"
            "请务必阅读正文之后的免责声明部分\n"
            "计算机行业深度报告·2025年6月18日\n"
            "第 9 页 / 共 36 页\n"
            "2027年，该市场规模将增至117.2亿元，2024-2027E年复合增速为34.1%。"
        ),
        obs=[
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("Total", 2027, 117.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 36.5, "percent", 2023, 2024, 1.0),
            ("cagr", 34.1, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (117.2 / 48.6) ** (1 / 3) - 1 = 34.101% -> 34.1 (bounds 34.035-34.166)
        ],
    ),
    # 18. a PDF's spaces between Chinese and digits; a 图表 caption followed on its line by the data labels, the axis
    #     years (2025E an estimate) on the line under them; the 资料来源 line nowhere
    dict(
        text=(
            "据澜图咨询测算，2024 年中国 AI 质检设备市场规模为 78.5 亿元，同比增长 39.7%；预计 2025 年将达到 104.3 亿元，"
            "同比增长 32.9%。\n"
            "图表 7：2020-2025E 中国 AI 质检设备市场规模（亿元） 18.6 27.4 39.8 56.2 78.5 104.3\n"
            "2020 2021 2022 2023 2024 2025E\n"
            "资料来源：澜图咨询，东弦证券研究所"
        ),
        obs=[
            ("Total", 2020, 18.6, "CNY 100 million", "actual"),
            ("Total", 2021, 27.4, "CNY 100 million", "actual"),
            ("Total", 2022, 39.8, "CNY 100 million", "actual"),
            ("Total", 2023, 56.2, "CNY 100 million", "actual"),
            ("Total", 2024, 78.5, "CNY 100 million", "actual"),
            ("Total", 2025, 104.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 39.7, "percent", 2023, 2024, 1.0),
            ("growth", 32.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 78.5 / 56.2 - 1 = 39.680% -> 39.7
            ("cagr|implied", "exact"),  # 104.3 / 78.5 - 1 = 32.866% -> 32.9
        ],
    ),
    # 19. full-width digits, a full-width thousands comma and a full-width percent sign (１，２８６．４亿元, ４９．２％);
    #     将突破 an approximate estimate; the dateline in full-width digits nowhere
    dict(
        text=(
            "（２０２５年３月２６日）智汇产业研究院发布数据显示，２０２４年我国生成式人工智能应用市场规模达到１，２８６．４亿元，"
            "较２０２３年的８６２．１亿元增长４９．２％；预计２０２５年市场规模将突破１，８００亿元。"
        ),
        obs=[
            ("Total", 2024, 1286.4, "CNY 100 million", "actual"),
            ("Total", 2023, 862.1, "CNY 100 million", "actual"),
            ("Total", 2025, 1800, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 49.2, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1286.4 / 862.1 - 1 = 49.217% -> 49.2
        ],
    ),
    # 20. a 图表 line of year-and-label pairs whose unit stands only in its 注 (注：单位为亿元；E为预测值); the 注's 2026E rate
    dict(
        text=(
            "2024年我国AI客服市场规模同比增长30.7%，大模型客服替代传统规则机器人的进程明显加快（见图表12）。\n"
            "图表12：中国AI客服市场规模及预测\n"
            "2023年：86.2；2024年：112.7；2025E：147.5；2026E：189.0\n"
            "注：单位为亿元；E为预测值，2026E同比增速为28.1%。\n"
            "资料来源：蓝湾研究院"
        ),
        obs=[
            ("Total", 2023, 86.2, "CNY 100 million", "actual"),
            ("Total", 2024, 112.7, "CNY 100 million", "actual"),
            ("Total", 2025, 147.5, "CNY 100 million", "estimate"),
            ("Total", 2026, 189.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.7, "percent", 2023, 2024, 1.0),
            ("growth", 28.1, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 112.7 / 86.2 - 1 = 30.742% -> 30.7
            ("cagr|implied", "exact"),  # 189.0 / 147.5 - 1 = 28.136% -> 28.1
        ],
    ),
    # 21. a deck's ▪ bullets: 2024年：36亿元 → 2027E：215亿元, CAGR（24-27E）：81.4% (short years, stated); the catalyst line
    #     (下半年) and the 资料来源 line nowhere
    dict(
        text=(
            "AI眼镜：市场空间测算\n"
            "▪ 2024年：36亿元 → 2027E：215亿元\n"
            "▪ CAGR（24-27E）：81.4%\n"
            "▪ 催化：多家手机厂商将于下半年发布新品\n"
            "资料来源：禾川证券研究所测算"
        ),
        obs=[
            ("Total", 2024, 36, "CNY 100 million", "actual"),
            ("Total", 2027, 215, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 81.4, "percent", 2024, 2027, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (215 / 36) ** (1 / 3) - 1 = 81.431% -> 81.4 (bounds 80.459-82.420)
        ],
    ),
    # 22. superscript marks glued to an amount and a rate (212.6亿元¹, 38.5%²), the base after them (2023年为), a part
    #     with its 占比; the footnotes nowhere
    dict(
        text=(
            "2024年，全国智能网联汽车数据服务市场规模为212.6亿元¹，同比增长38.5%²，2023年为153.5亿元。其中，仿真测试服务"
            "规模为41.3亿元，占比19.4%。\n"
            "¹ 含数据采集、标注、仿真测试与数据合规服务。\n"
            "² 按可比口径计算。"
        ),
        obs=[
            ("Total", 2024, 212.6, "CNY 100 million", "actual"),
            ("Total", 2023, 153.5, "CNY 100 million", "actual"),
            ("仿真测试服务", 2024, 41.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 38.5, "percent", 2023, 2024, 1.0),
            ("share", 19.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 212.6 / 153.5 - 1 = 38.502% -> 38.5
            ("arithmetic", "exact"),  # 41.3 / 212.6 = 19.426% -> 19.4
        ],
    ),
    # 23. a broker's first coverage: 2025E/2026E/2027E分别为412/568/752亿元 with 同比+41.6%/+37.9%/+32.4% (each year, in
    #     order); the rating and the 风险提示 nowhere
    dict(
        text=(
            "【东弦证券·AI编程助手行业首次覆盖】我们测算2024年国内AI编程助手市场规模为291亿元，预计2025E/2026E/2027E分别为"
            "412/568/752亿元，同比+41.6%/+37.9%/+32.4%。首次覆盖，给予行业“推荐”评级。\n"
            "风险提示：技术迭代不及预期；下游付费意愿不及预期。"
        ),
        obs=[
            ("Total", 2024, 291, "CNY 100 million", "actual"),
            ("Total", 2025, 412, "CNY 100 million", "estimate"),
            ("Total", 2026, 568, "CNY 100 million", "estimate"),
            ("Total", 2027, 752, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.6, "percent", 2024, 2025, 1.0),
            ("growth", 37.9, "percent", 2025, 2026, 1.0),
            ("growth", 32.4, "percent", 2026, 2027, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 412 / 291 - 1 = 41.581% -> 41.6
            ("cagr|implied", "exact"),  # 568 / 412 - 1 = 37.864% -> 37.9
            ("cagr|implied", "exact"),  # 752 / 568 - 1 = 32.394% -> 32.4
        ],
    ),
    # 24. a PDF's spaces, one inside a word (同比增 长214.6%): a rate reached only at the rounding of its amounts, its base
    #     after it (2023 年该市场规模为); 左右 an approximate estimate
    dict(
        text=(
            "2024 年中国 AI 大模型一体机市场规模为 156.8 亿元，同比增 长 214.6%，2023 年该市场规模为 49.9 亿元。随着政务与"
            "金融客户 私有化部署需求释放，预计 2025 年市场规模将达到 290 亿元左右。"
        ),
        obs=[
            ("Total", 2024, 156.8, "CNY 100 million", "actual"),
            ("Total", 2023, 49.9, "CNY 100 million", "actual"),
            ("Total", 2025, 290, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 214.6, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 156.8 / 49.9 - 1 = 214.228%, not 214.6 +- 0.05; bounds (156.75 / 49.95) -> 213.814%,
            # (156.85 / 49.85) -> 214.644%: 214.6 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 25. 单位：亿元 given once over bare colon fragments (2024年市场规模：523.4, 2025年E：672.0, 2027年E：1,085.0), 同比：+27.3%
    #     with no base, 2025-2027年CAGR stated
    dict(
        text=(
            "边缘AI推理服务器：核心数据\n"
            "单位：亿元\n"
            "• 2024年市场规模：523.4，同比：+27.3%\n"
            "• 2025年E：672.0，同比：+28.4%\n"
            "• 2027年E：1,085.0，2025-2027年CAGR：27.1%\n"
            "资料来源：芯望咨询，东弦证券研究所"
        ),
        obs=[
            ("Total", 2024, 523.4, "CNY 100 million", "actual"),
            ("Total", 2025, 672.0, "CNY 100 million", "estimate"),
            ("Total", 2027, 1085.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.3, "percent", 2023, 2024, 1.0),
            ("growth", 28.4, "percent", 2024, 2025, 1.0),
            ("cagr", 27.1, "percent", 2025, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 672.0 / 523.4 - 1 = 28.391% -> 28.4
            ("cagr", "exact"),  # (1085.0 / 672.0) ** (1 / 2) - 1 = 27.066% -> 27.1 (bounds 27.059-27.074)
        ],
    ),
    # 26. a 证券研究报告 page: 由2021年的……增长至2024年的……，年均复合增长率达 (inferred) contradicted by its amounts; the
    #     风险提示 and the disclosure footer nowhere
    dict(
        text=(
            "证券研究报告·行业深度\n"
            "中国工业AI视觉检测市场规模由2021年的24.6亿元增长至2024年的96.8亿元，年均复合增长率达52.6%，远高于机器视觉行业"
            "整体增速。\n"
            "风险提示：下游资本开支不及预期；行业竞争加剧。\n"
            "请务必阅读正文之后的信息披露和法律声明"
        ),
        obs=[
            ("Total", 2021, 24.6, "CNY 100 million", "actual"),
            ("Total", 2024, 96.8, "CNY 100 million", "actual"),
        ],
        claims=[("cagr", 52.6, "percent", 2021, 2024, None, "inferred")],
        verdicts=[
            # (96.8 / 24.6) ** (1 / 3) - 1 = 57.875%; bounds (96.75 / 24.65) -> 57.741%, (96.85 / 24.55) -> 58.009%:
            # 52.6 +- 0.05 outside
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 27. a Taiwan summary in Traditional Chinese: 單位：新台幣億元 once over ● bullets (2024年產值：3,862（年增41.2%）,
    #     2025年(F)產值), the 資料來源 line's month nowhere
    dict(
        text=(
            "台灣AI伺服器代工產值重點數據\n"
            "單位：新台幣億元\n"
            "● 2024年產值：3,862（年增41.2%）\n"
            "● 2025年(F)產值：5,140（年增33.1%）\n"
            "● 2026年(F)產值：6,380\n"
            "資料來源：產業情報研究所（2025年5月）"
        ),
        obs=[
            ("Total", 2024, 3862, "TWD 100 million", "actual"),
            ("Total", 2025, 5140, "TWD 100 million", "estimate"),
            ("Total", 2026, 6380, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.2, "percent", 2023, 2024, 1.0),
            ("growth", 33.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5140 / 3862 - 1 = 33.092% -> 33.1 (41.2% has no printed 2023 amount)
        ],
    ),
    # 28. a Hong Kong prospectus's 行業概覽 in Traditional Chinese: the running header and – 128 – between the amounts and
    #     複合年增長率為40.7% (inferred); 2024年至2029年的複合年增長率 stated
    dict(
        text=(
            "根據灝思諮詢報告，按收入計，中國AI心電分析市場規模由2019年的人民幣12.4億元增至2024年的人民幣68.3億元，\n"
            "行業概覽\n"
            "– 128 –\n"
            "複合年增長率為40.7%，並預計於2029年達到人民幣245.6億元，2024年至2029年的複合年增長率為29.2%。"
        ),
        obs=[
            ("Total", 2019, 12.4, "CNY 100 million", "actual"),
            ("Total", 2024, 68.3, "CNY 100 million", "actual"),
            ("Total", 2029, 245.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 40.7, "percent", 2019, 2024, None, "inferred"),
            ("cagr", 29.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (68.3 / 12.4) ** (1 / 5) - 1 = 40.669% -> 40.7 (bounds 40.536-40.804)
            ("cagr", "exact"),  # (245.6 / 68.3) ** (1 / 5) - 1 = 29.170% -> 29.2 (bounds 29.146-29.194)
        ],
    ),
    # 29. a Taiwan research house in Traditional Chinese: an asterisk glued to an amount (164億美元*) and its note, 年減 with
    #     its base after it, 預估……回升至 an estimate with its rate
    dict(
        text=(
            "研調機構睿析指出，受通路庫存去化影響，2024年全球AI PC處理器市場規模為164億美元*，年減4.1%，2023年為171億美元；"
            "預估2025年將回升至215億美元，年增31.1%。\n"
            "* 不含獨立顯示卡與外接NPU加速模組。"
        ),
        obs=[
            ("Total", 2024, 164, "USD 100 million", "actual"),
            ("Total", 2023, 171, "USD 100 million", "actual"),
            ("Total", 2025, 215, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", -4.1, "percent", 2023, 2024, 1.0),
            ("growth", 31.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 164 / 171 - 1 = -4.094% -> -4.1
            ("cagr|implied", "exact"),  # 215 / 164 - 1 = 31.098% -> 31.1
        ],
    ),
    # 30. a Hong Kong deck in Traditional Chinese: 2024年：38.6億港元 → 2027年（預測）：72.4億港元, 複合年增長率約23% (inferred),
    #     a share of 2024 whose part is not printed; 簡報第6頁 nowhere
    dict(
        text=(
            "香港企業AI聊天機械人市場規模（簡報第6頁）\n"
            "• 2024年：38.6億港元 → 2027年（預測）：72.4億港元\n"
            "• 複合年增長率約23%\n"
            "• 金融業佔2024年開支的41.5%\n"
            "資料來源：港研數據，2025年4月"
        ),
        obs=[
            ("Total", 2024, 38.6, "HKD 100 million", "actual"),
            ("Total", 2027, 72.4, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2027, None, "inferred"),
            ("share", 41.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (72.4 / 38.6) ** (1 / 3) - 1 = 23.325% -> 23 (bounds 23.243-23.406)
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. an aligned table under the running header (its quarter) and the page number, "Unit: US$ million" on a line
    #     of its own, 2025E and 2026F columns, a Total row; the table's number nowhere
    dict(
        text=(
            "Northgate Research · AI Infrastructure Monitor · Q2 2025\n"
            "18\n"
            "Table 4: Enterprise AI inference platform revenue by region\n"
            "Unit: US$ million\n"
            "Region              2023      2024     2025E     2026F\n"
            "North America      1,842     2,406     3,115     3,968\n"
            "Europe               968     1,231     1,574     1,992\n"
            "Asia Pacific       1,135     1,588     2,204     2,986\n"
            "Rest of world        214       283       371       476\n"
            "Total              4,159     5,508     7,264     9,422\n"
            "Source: Northgate Research estimates."
        ),
        obs=[
            ("North America", 2023, 1842, "USD million", "actual"),
            ("North America", 2024, 2406, "USD million", "actual"),
            ("North America", 2025, 3115, "USD million", "estimate"),
            ("North America", 2026, 3968, "USD million", "estimate"),
            ("Europe", 2023, 968, "USD million", "actual"),
            ("Europe", 2024, 1231, "USD million", "actual"),
            ("Europe", 2025, 1574, "USD million", "estimate"),
            ("Europe", 2026, 1992, "USD million", "estimate"),
            ("Asia Pacific", 2023, 1135, "USD million", "actual"),
            ("Asia Pacific", 2024, 1588, "USD million", "actual"),
            ("Asia Pacific", 2025, 2204, "USD million", "estimate"),
            ("Asia Pacific", 2026, 2986, "USD million", "estimate"),
            ("Rest of world", 2023, 214, "USD million", "actual"),
            ("Rest of world", 2024, 283, "USD million", "actual"),
            ("Rest of world", 2025, 371, "USD million", "estimate"),
            ("Rest of world", 2026, 476, "USD million", "estimate"),
            ("Total", 2023, 4159, "USD million", "actual"),
            ("Total", 2024, 5508, "USD million", "actual"),
            ("Total", 2025, 7264, "USD million", "estimate"),
            ("Total", 2026, 9422, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 1842 + 968 + 1135 + 214 = 4159; 2406 + 1231 + 1588 + 283 = 5508; 3115 + 1574 + 2204 + 371 = 7264;
            # 3968 + 1992 + 2986 + 476 = 9422
            ("hierarchy", "exact"),
        ],
    ),
    # 32. an aligned exhibit in "(€ million)" whose year column carries a footnote mark ("2024¹"), a Share column (one
    #     share its amounts contradict), its Total's 100.0% no claim; the footnote and source nowhere
    dict(
        text=(
            "Exhibit 7: AI-enabled cybersecurity spending in Europe by country (€ million)\n"
            "Country            2024¹     Share\n"
            "Germany            1,126     28.4%\n"
            "United Kingdom     1,018     25.7%\n"
            "France               742     17.8%\n"
            "Nordics              396     10.0%\n"
            "Rest of Europe       682     17.2%\n"
            "Total              3,964    100.0%\n"
            "¹ Preliminary; converted at 2024 average exchange rates.\n"
            "Source: Veyra Security Research"
        ),
        obs=[
            ("Germany", 2024, 1126, "EUR million", "actual"),
            ("United Kingdom", 2024, 1018, "EUR million", "actual"),
            ("France", 2024, 742, "EUR million", "actual"),
            ("Nordics", 2024, 396, "EUR million", "actual"),
            ("Rest of Europe", 2024, 682, "EUR million", "actual"),
            ("Total", 2024, 3964, "EUR million", "actual"),
        ],
        claims=[
            ("share", 28.4, "percent", 2024, 2024, None),
            ("share", 25.7, "percent", 2024, 2024, None),
            ("share", 17.8, "percent", 2024, 2024, None),
            ("share", 10.0, "percent", 2024, 2024, None),
            ("share", 17.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1126 / 3964 = 28.406% -> 28.4
            ("arithmetic", "exact"),  # 1018 / 3964 = 25.681% -> 25.7
            # 742 / 3964 = 18.718%; bounds (741.5 / 3964.5) -> 18.703%, (742.5 / 3963.5) -> 18.733%:
            # 17.8 +- 0.05 outside
            ("arithmetic", "inconsistent"),
            ("arithmetic", "exact"),  # 396 / 3964 = 9.990% -> 10.0
            ("arithmetic", "exact"),  # 682 / 3964 = 17.205% -> 17.2
            ("hierarchy", "exact"),  # 1126 + 1018 + 742 + 396 + 682 = 3964
        ],
    ),
    # 33. a horizontal 研报 table aligned by spaces under 单位：亿元: 2023A-2027E columns, a 市场规模 row and a 同比增速 row
    #     (2023A's base not printed); the 图表 number and 资料来源 nowhere
    dict(
        text=(
            "图表 15：中国 AI 服务器市场规模及预测\n"
            "单位：亿元\n"
            "指标          2023A       2024A       2025E       2026E       2027E\n"
            "市场规模      412.6       598.3       826.7     1,103.5     1,402.1\n"
            "同比增速      41.8%       45.0%       38.2%       33.5%       27.1%\n"
            "资料来源：观澜数据，东弦证券研究所预测"
        ),
        obs=[
            ("市场规模", 2023, 412.6, "CNY 100 million", "actual"),
            ("市场规模", 2024, 598.3, "CNY 100 million", "actual"),
            ("市场规模", 2025, 826.7, "CNY 100 million", "estimate"),
            ("市场规模", 2026, 1103.5, "CNY 100 million", "estimate"),
            ("市场规模", 2027, 1402.1, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.8, "percent", 2022, 2023, 1.0),
            ("growth", 45.0, "percent", 2023, 2024, 1.0),
            ("growth", 38.2, "percent", 2024, 2025, 1.0),
            ("growth", 33.5, "percent", 2025, 2026, 1.0),
            ("growth", 27.1, "percent", 2026, 2027, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 598.3 / 412.6 - 1 = 45.007% -> 45.0
            ("cagr|implied", "exact"),  # 826.7 / 598.3 - 1 = 38.175% -> 38.2
            ("cagr|implied", "exact"),  # 1103.5 / 826.7 - 1 = 33.483% -> 33.5
            ("cagr|implied", "exact"),  # 1402.1 / 1103.5 - 1 = 27.059% -> 27.1
        ],
    ),
    # 34. a tab-separated Traditional Chinese table under 單位：新台幣百萬元: 2024年 and 2025年(F) columns, a 年增率 column,
    #     its 合計 row last; the 註 line nowhere
    dict(
        text=(
            "台灣AI伺服器散熱模組產值（按散熱方式）\n"
            "單位：新台幣百萬元\n"
            "散熱方式\t2024年\t2025年(F)\t年增率\n"
            "冷板式液冷\t18,460\t27,850\t50.9%\n"
            "浸沒式液冷\t3,120\t5,940\t90.4%\n"
            "氣冷散熱模組\t9,870\t11,230\t13.8%\n"
            "合計\t31,450\t45,020\t43.1%\n"
            "註：(F)為預測值。資料來源：產業情報研究所"
        ),
        obs=[
            ("冷板式液冷", 2024, 18460, "TWD million", "actual"),
            ("冷板式液冷", 2025, 27850, "TWD million", "estimate"),
            ("浸沒式液冷", 2024, 3120, "TWD million", "actual"),
            ("浸沒式液冷", 2025, 5940, "TWD million", "estimate"),
            ("氣冷散熱模組", 2024, 9870, "TWD million", "actual"),
            ("氣冷散熱模組", 2025, 11230, "TWD million", "estimate"),
            ("合計", 2024, 31450, "TWD million", "actual"),
            ("合計", 2025, 45020, "TWD million", "estimate"),
        ],
        claims=[
            ("growth", 50.9, "percent", 2024, 2025, 1.0),
            ("growth", 90.4, "percent", 2024, 2025, 1.0),
            ("growth", 13.8, "percent", 2024, 2025, 1.0),
            ("growth", 43.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 27850 / 18460 - 1 = 50.867% -> 50.9
            ("cagr|implied", "exact"),  # 5940 / 3120 - 1 = 90.385% -> 90.4
            ("cagr|implied", "exact"),  # 11230 / 9870 - 1 = 13.779% -> 13.8
            ("cagr|implied", "exact"),  # 45020 / 31450 - 1 = 43.148% -> 43.1
            ("hierarchy", "exact"),  # 18460 + 3120 + 9870 = 31450; 27850 + 5940 + 11230 = 45020
        ],
    ),
    # 35. a pipe table a PDF converter made: 2024A, 2025E and 2026E columns and a "CAGR 24A–26E" column (stated, one
    #     reached only at the rounding of its figures), a Total row; the converter's note nowhere
    dict(
        text=(
            "Exhibit 14: AI data-centre spending by workload (US$ bn)\n"
            "| Workload | 2024A | 2025E | 2026E | CAGR 24A–26E |\n"
            "|---|---|---|---|---|\n"
            "| Training | 38.4 | 52.1 | 66.8 | 31.9% |\n"
            "| Inference | 21.7 | 35.6 | 54.3 | 58.2% |\n"
            "| Networking | 6.2 | 8.9 | 12.4 | 42.0% |\n"
            "| Total | 66.3 | 96.6 | 133.5 | 41.9% |\n"
            "Source: Corbell Semiconductor Research. Converted from PDF; footnotes omitted."
        ),
        obs=[
            ("Training", 2024, 38.4, "USD billion", "actual"),
            ("Training", 2025, 52.1, "USD billion", "estimate"),
            ("Training", 2026, 66.8, "USD billion", "estimate"),
            ("Inference", 2024, 21.7, "USD billion", "actual"),
            ("Inference", 2025, 35.6, "USD billion", "estimate"),
            ("Inference", 2026, 54.3, "USD billion", "estimate"),
            ("Networking", 2024, 6.2, "USD billion", "actual"),
            ("Networking", 2025, 8.9, "USD billion", "estimate"),
            ("Networking", 2026, 12.4, "USD billion", "estimate"),
            ("Total", 2024, 66.3, "USD billion", "actual"),
            ("Total", 2025, 96.6, "USD billion", "estimate"),
            ("Total", 2026, 133.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 31.9, "percent", 2024, 2026, None, "stated"),
            ("cagr", 58.2, "percent", 2024, 2026, None, "stated"),
            ("cagr", 42.0, "percent", 2024, 2026, None, "stated"),
            ("cagr", 41.9, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (66.8 / 38.4) ** (1 / 2) - 1 = 31.893% -> 31.9
            ("cagr", "exact"),  # (54.3 / 21.7) ** (1 / 2) - 1 = 58.187% -> 58.2
            # (12.4 / 6.2) ** (1 / 2) - 1 = 41.421%, not 42.0 +- 0.05; bounds (12.35 / 6.25) -> 40.570%,
            # (12.45 / 6.15) -> 42.281%: 42.0 is reached only at the rounding
            ("cagr", "rounding"),
            ("cagr", "exact"),  # (133.5 / 66.3) ** (1 / 2) - 1 = 41.900% -> 41.9
            # 38.4 + 21.7 + 6.2 = 66.3; 52.1 + 35.6 + 8.9 = 96.6; 66.8 + 54.3 + 12.4 = 133.5
            ("hierarchy", "exact"),
        ],
    ),
    # 36. an aligned table of years as rows (2022A to 2027F) whose unit stands only in its note ("US$ million"): a
    #     "Revenue" column and a "YoY" column ("—" none, 2026F's contradicted); the running title and "Page 23" nowhere
    dict(
        text=(
            "Lattice & Rowe — Vertical AI Software Primer — June 2025\n"
            "Figure 11: Revenue of AI legal research tools, 2022A-2027F\n"
            "Year        Revenue        YoY\n"
            "2022A           286          —\n"
            "2023A           418      46.2%\n"
            "2024A           637      52.4%\n"
            "2025E           902      41.6%\n"
            "2026F         1,214      36.4%\n"
            "2027F         1,563      28.7%\n"
            "Note: US$ million. A = actual; E = estimate; F = forecast.\n"
            "Page 23"
        ),
        obs=[
            ("Revenue", 2022, 286, "USD million", "actual"),
            ("Revenue", 2023, 418, "USD million", "actual"),
            ("Revenue", 2024, 637, "USD million", "actual"),
            ("Revenue", 2025, 902, "USD million", "estimate"),
            ("Revenue", 2026, 1214, "USD million", "estimate"),
            ("Revenue", 2027, 1563, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 46.2, "percent", 2022, 2023, 1.0),
            ("growth", 52.4, "percent", 2023, 2024, 1.0),
            ("growth", 41.6, "percent", 2024, 2025, 1.0),
            ("growth", 36.4, "percent", 2025, 2026, 1.0),
            ("growth", 28.7, "percent", 2026, 2027, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 418 / 286 - 1 = 46.154% -> 46.2
            ("cagr|implied", "exact"),  # 637 / 418 - 1 = 52.392% -> 52.4
            ("cagr|implied", "exact"),  # 902 / 637 - 1 = 41.601% -> 41.6
            # 1214 / 902 - 1 = 34.590%; bounds (1213.5 / 902.5) -> 34.460%, (1214.5 / 901.5) -> 34.720%:
            # 36.4 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 1563 / 1214 - 1 = 28.748% -> 28.7
        ],
    ),
    # 37. a Chinese table aligned by full-width spaces under 单位：亿元: 2023年 and 2024年 columns, a 同比 column, its 合计 the
    #     whole; the 图表 number nowhere
    dict(
        text=(
            "图表 9：中国 AI 营销内容生成市场细分结构\n"
            "单位：亿元\n"
            "细分领域　　　2023年　　　2024年　　　同比\n"
            "文案生成　　　　28.4　　　　39.6　　　39.4%\n"
            "图片生成　　　　19.7　　　　31.2　　　58.4%\n"
            "视频生成　　　　 8.6　　　　21.5　　 150.0%\n"
            "数字人直播　　　12.3　　　　20.1　　　63.4%\n"
            "合计　　　　　　69.0　　　 112.4　　　62.9%\n"
            "资料来源：星桥研究院"
        ),
        obs=[
            ("文案生成", 2023, 28.4, "CNY 100 million", "actual"),
            ("文案生成", 2024, 39.6, "CNY 100 million", "actual"),
            ("图片生成", 2023, 19.7, "CNY 100 million", "actual"),
            ("图片生成", 2024, 31.2, "CNY 100 million", "actual"),
            ("视频生成", 2023, 8.6, "CNY 100 million", "actual"),
            ("视频生成", 2024, 21.5, "CNY 100 million", "actual"),
            ("数字人直播", 2023, 12.3, "CNY 100 million", "actual"),
            ("数字人直播", 2024, 20.1, "CNY 100 million", "actual"),
            ("合计", 2023, 69.0, "CNY 100 million", "actual"),
            ("合计", 2024, 112.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 39.4, "percent", 2023, 2024, 1.0),
            ("growth", 58.4, "percent", 2023, 2024, 1.0),
            ("growth", 150.0, "percent", 2023, 2024, 1.0),
            ("growth", 63.4, "percent", 2023, 2024, 1.0),
            ("growth", 62.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 39.6 / 28.4 - 1 = 39.437% -> 39.4
            ("cagr|implied", "exact"),  # 31.2 / 19.7 - 1 = 58.376% -> 58.4
            ("cagr|implied", "exact"),  # 21.5 / 8.6 - 1 = 150.000% -> 150.0
            ("cagr|implied", "exact"),  # 20.1 / 12.3 - 1 = 63.415% -> 63.4
            ("cagr|implied", "exact"),  # 112.4 / 69.0 - 1 = 62.899% -> 62.9
            # 28.4 + 19.7 + 8.6 + 12.3 = 69.0; 39.6 + 31.2 + 21.5 + 20.1 = 112.4
            ("hierarchy", "exact"),
        ],
    ),
    # 38. a tab-separated 表2 of 2024 (the year from its title): 收入（亿元） and 占比 columns, the parts miss their 合计 by
    #     0.1 (a hierarchy verdict reached only at the rounding); its 100.0% no claim, its 注 nowhere
    dict(
        text=(
            "表2　2024年中国智算中心算力租赁市场格局\n"
            "厂商类型\t收入（亿元）\t占比\n"
            "云厂商\t122.6\t42.1%\n"
            "运营商\t86.3\t29.6%\n"
            "第三方IDC\t64.8\t22.3%\n"
            "其他\t17.4\t6.0%\n"
            "合计\t291.2\t100.0%\n"
            "注：各项之和与合计的差异系四舍五入所致。资料来源：观澜数据"
        ),
        obs=[
            ("云厂商", 2024, 122.6, "CNY 100 million", "actual"),
            ("运营商", 2024, 86.3, "CNY 100 million", "actual"),
            ("第三方IDC", 2024, 64.8, "CNY 100 million", "actual"),
            ("其他", 2024, 17.4, "CNY 100 million", "actual"),
            ("合计", 2024, 291.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 42.1, "percent", 2024, 2024, None),
            ("share", 29.6, "percent", 2024, 2024, None),
            ("share", 22.3, "percent", 2024, 2024, None),
            ("share", 6.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 122.6 / 291.2 = 42.102% -> 42.1
            ("arithmetic", "exact"),  # 86.3 / 291.2 = 29.636% -> 29.6
            ("arithmetic", "exact"),  # 64.8 / 291.2 = 22.253% -> 22.3
            ("arithmetic", "exact"),  # 17.4 / 291.2 = 5.975% -> 6.0
            # 122.6 + 86.3 + 64.8 + 17.4 = 291.1, not 291.2; the parts at half their last digit reach 290.9-291.3 and
            # the total 291.15-291.25: only at the rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 39. an aligned table whose unit stands only in its source line ("Values in US$ million; 2025E = estimate"), a
    #     Total row; the table's section number nowhere
    dict(
        text=(
            "Table 3.4 AI clinical-trial software revenue by function\n"
            "Function                2023      2024     2025E\n"
            "Patient recruitment      612       884     1,206\n"
            "Site selection           347       529       774\n"
            "Other                     98       143       201\n"
            "Total                  1,057     1,556     2,181\n"
            "Source: Quillon Bio Analytics. Values in US$ million; 2025E = estimate."
        ),
        obs=[
            ("Patient recruitment", 2023, 612, "USD million", "actual"),
            ("Patient recruitment", 2024, 884, "USD million", "actual"),
            ("Patient recruitment", 2025, 1206, "USD million", "estimate"),
            ("Site selection", 2023, 347, "USD million", "actual"),
            ("Site selection", 2024, 529, "USD million", "actual"),
            ("Site selection", 2025, 774, "USD million", "estimate"),
            ("Other", 2023, 98, "USD million", "actual"),
            ("Other", 2024, 143, "USD million", "actual"),
            ("Other", 2025, 201, "USD million", "estimate"),
            ("Total", 2023, 1057, "USD million", "actual"),
            ("Total", 2024, 1556, "USD million", "actual"),
            ("Total", 2025, 2181, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 612 + 347 + 98 = 1057; 884 + 529 + 143 = 1556; 1206 + 774 + 201 = 2181
        ],
    ),
    # 40. a slide's aligned table in "($B)" with a "CAGR 24–28E" column (stated, one reached only at the rounding of its
    #     figures), a Total row; the slide's number nowhere
    dict(
        text=(
            "Slide 9 — Where the money goes: generative AI software ($B)\n"
            "Segment          2024     2028E     CAGR 24–28E\n"
            "Copilots          4.2      14.6          36.5%\n"
            "Agents            1.1       9.8          74.0%\n"
            "Vertical apps     2.6       7.3          29.4%\n"
            "Total             7.9      31.7          41.5%\n"
            "Source: Pellow Advisory; company analysis"
        ),
        obs=[
            ("Copilots", 2024, 4.2, "USD billion", "actual"),
            ("Copilots", 2028, 14.6, "USD billion", "estimate"),
            ("Agents", 2024, 1.1, "USD billion", "actual"),
            ("Agents", 2028, 9.8, "USD billion", "estimate"),
            ("Vertical apps", 2024, 2.6, "USD billion", "actual"),
            ("Vertical apps", 2028, 7.3, "USD billion", "estimate"),
            ("Total", 2024, 7.9, "USD billion", "actual"),
            ("Total", 2028, 31.7, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 36.5, "percent", 2024, 2028, None, "stated"),
            ("cagr", 74.0, "percent", 2024, 2028, None, "stated"),
            ("cagr", 29.4, "percent", 2024, 2028, None, "stated"),
            ("cagr", 41.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (14.6 / 4.2) ** (1 / 4) - 1 = 36.545% -> 36.5
            # (9.8 / 1.1) ** (1 / 4) - 1 = 72.766%, not 74.0 +- 0.05; bounds (9.75 / 1.15) -> 70.638%,
            # (9.85 / 1.05) -> 75.010%: 74.0 is reached only at the rounding
            ("cagr", "rounding"),
            ("cagr", "exact"),  # (7.3 / 2.6) ** (1 / 4) - 1 = 29.446% -> 29.4
            ("cagr", "exact"),  # (31.7 / 7.9) ** (1 / 4) - 1 = 41.533% -> 41.5
            # 4.2 + 1.1 + 2.6 = 7.9; 14.6 + 9.8 + 7.3 = 31.7
            ("hierarchy", "exact"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "fifty-eighth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 5, "inconsistent": 6, "rounding": 5, "exact": 78}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "reach US$14.6 billion\nHarcastle Partners — AI Infrastructure Outlook 2025\n9\nin 2029",
    "a com-\npound annual growth rate",
    "in 2023.1 We expect",
    "• 2024: $3.4B → 2028E: $10.2B",
    "• CAGR 24–28E: 32%",
    "(US$ bn) 16.8 24.5 47.9 118.3 171.6 214.0\n2021 2022 2023 2024 2025E 2026E",
    "USD 4.2 billion1 in 2024",
    "38.5%² of 2024 spending",
    "EUR 1 284 million",
    "EUR 1\u202f046 million",
    "$5.7bn in 2025E (+32.6%), $8.1bn in 2026F and\n$12.6bn in 2028P, from $4.3bn in 2024A",
    "a 2024A–28P CAGR of 30.8%",
    "Unit: US$ million\n• 2023 actual: 412",
    "• 2024–27 CAGR: 64%",
    "2022: 148 2023: 191 2024: 257 2025F: 322",
    "Source: Skarv Analytics; € million, current prices.",
    "The Japanese mar-\nket",
    "from ¥71.3 billion\nKestrel Securities",
    "2 Market size and forecast ................... 11",
    "3.2x in four years",
    "For professional investors only. Not for retail distribution. Page 5 of 19\n",
    "(%) Hyperscalers 61.4 Tier-2 clouds 17.2",
    "FY2023 312 → FY2024 468 → FY2027E 1,150",
    "CAGR FY24–27E ≈ 35%",
    "(CAGR 2024–2030: 27.5%)⁴",
    "$1.2B (2023) → $1.6B (2024), +35%",
    "我们预计到\n请务必阅读正文之后的免责声明部分\n",
    "第 9 页 / 共 36 页\n2027年",
    "2024-2027E年复合增速为34.1%",
    "（亿元） 18.6 27.4 39.8 56.2 78.5 104.3\n2020 2021 2022 2023 2024 2025E",
    "１，２８６．４亿元",
    "注：单位为亿元；E为预测值",
    "▪ CAGR（24-27E）：81.4%",
    "212.6亿元¹，同比增长38.5%²",
    "412/568/752亿元，同比+41.6%/+37.9%/+32.4%",
    "同比增 长 214.6%",
    "单位：亿元\n• 2024年市场规模：523.4",
    "單位：新台幣億元\n● 2024年產值：3,862（年增41.2%）",
    "人民幣68.3億元，\n行業概覽\n– 128 –\n複合年增長率為40.7%",
    "164億美元*",
    "2027年（預測）：72.4億港元",
    "Unit: US$ million\nRegion              2023",
    "2024¹     Share",
    "指标          2023A       2024A       2025E",
    "單位：新台幣百萬元\n散熱方式",
    "| CAGR 24A–26E |",
    "Note: US$ million. A = actual; E = estimate; F = forecast.",
    "细分领域　　　2023年",
    "Values in US$ million; 2025E = estimate.",
    "CAGR 24–28E\n",
)
#: the set's blind score (scored once, before any rule was written for it): 157 figures, 64 rates, 63 verdicts and one
#: false inconsistent; held out while the fifty-seventh's rules were chosen (its misses not looked at), and scored
#: then at the same 157 figures, 64 rates, 63 verdicts; chosen on (with the sixty-first) for the reader of a chart's
#: year-value pairs: 185 figures, 68 rates, 77 verdicts; then 187, 68, 78 and none false, where a part's sentence after a
#: rise no longer takes the year the rise's base restates
FLOORS = {"figures_found": 190, "rates_found": 72, "verdicts_right": 83}  # 72, 82 after "CAGR 24A-30E" was read
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset58.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
