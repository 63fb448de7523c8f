"""A twenty-sixth check set for the extractor, written blind: a newswire release and its report scope, an annual report
on Form 20-F and a UK annual report, a ministry's roadmap, an investor-day slide, a magazine feature, a Japanese
company's release in yen, an EU study, a social-media post, an interview, a paper's abstract, a wire story, trade news
and analyses, Chinese consultancies' summaries and releases, a white paper, a city's action plan, a listed company's
announcement, financial news, Taiwan and Hong Kong items in Traditional Chinese, and tables in every layout.

The records have the format of :mod:`extract_corpus` (``text``; ``obs`` as (item, year, value, unit, status); ``claims``
as (kind, value, unit, start_year, end_year, period_years[, period]); ``verdicts`` as (check, verdict) rows, ``|``
separating acceptable alternatives) and are scored by its :func:`extract_corpus.score`. They were written without
looking at the extractor's rules, without running it on them, and without reading the earlier check sets' snippets. The
sources: a market-research press release on a newswire ("SAN FRANCISCO, Feb. 11, 2025 /PRNewswire/ --", "was valued at
USD 5.29 billion in 2024 and is projected to grow from USD 7.63 billion in 2025 to USD 50.31 billion by 2030,
registering a CAGR of 45.8% from 2025 to 2030", a region's revenue share, its pages and companies) and a report's
"Report Scope" table ("Market size value in 2024 | USD 1.67 billion", "Revenue forecast in 2030", "Growth rate | CAGR of
30.4% from 2025 to 2030", base year, historical data, forecast period); an annual report on Form 20-F ("Item 5",
"According to a report commissioned by us from Frost & Sullivan", "increased from RMB2.1 billion in 2020 to RMB9.6
billion in 2024, at a CAGR of", "representing a CAGR of 31.7% from 2024 to 2029", the issuer's own revenues and its
market share); a ministry's English press release ("was worth an estimated $4.8 billion in 2024", "aims to double the
market by 2030, to about $9.6 billion", factories to be helped, a fund); an investor-day slide in bullets with arrows
("$6.2B (2024) → $31.0B (2029E)", "~38% CAGR over the period", an adoption rate, customers and the company's ARR); a
magazine feature ("about $4.5bn in 2024", "$19bn by 2030", "€1.3bn in 2024", "€3bn by 2028", "Britain alone accounted
for £800m", start-ups' funding); a Japanese company's English release ("¥412 billion (about US$2.7 billion) in fiscal
2024", "up 18.9% from ¥347 billion in the previous fiscal year", "exceed 1 trillion yen in fiscal 2030", suppliers
surveyed); an EU study ("EUR 9.4 bn in 2024, up from EUR 5.1 bn in 2021", "over 2021-2024", member states' shares, "(EUR
2.3 bn, 24.5% of the EU total)", institutions surveyed); a social-media post ("📊", lines "2024: $78.9B (+47% YoY)" and
"2025E: $104B (+32% YoY)", a part "of the 2024 total (78%)", reactions, hashtags); an interview ("Q:", "A:", "about
$18.4 billion last year", "something like $41 billion by 2030", "So roughly 14% a year?", "A touch more, 14.3%
compounded", "Around a fifth"); a paper's abstract ("we estimate", "(95% CI: 2.6–3.7)", "under the central scenario",
"over 2023–2030", hospitals and countries); a wire story ("up 61% from a year earlier", the fourth quarter's revenue and
its growth, "this year"); a decade's CAGR with en dashes ("from $4.9 billion in 2024 to $38.6 billion in 2034", "over
2024–2034"); trade news with "an estimated", "approximately", "about", "More than 40%" and "nearly $17 billion"; a UK
annual report's strategic report ("£1,240 million in 2024, up 18.2% from £1,020 million in 2023", "pass £2 billion by
2027", "Our share of that market was 6.8% (2023: 6.1%)", group revenue and employees); an institute's review ("$151
billion of that, or 68% of the total", "top $400 billion in 2026"); an analysis with "more than doubled between 2022 and
2024", a base-case range and a bull case; an 艾瑞-style 报告摘要 (核心发现, 较2023年的……同比增长, 占比, 预计到2028年……将突破, 2024-2028年复合增长率约为);
an IDC中国-style release (市场规模达到, 同比增长, IDC预计到2028年, 2023-2028年五年复合增长率, the tracker's title); a 赛迪-style 白皮书 (产业规模达到, 增速为,
其中……占比, 将突破4.5万亿元); a city's 行动计划 (到2027年, 力争突破, 培育……家, 打造……个, its title years); a 上市公司公告 (证券代码, 公告编号, 营业收入, 同比增长, 净利润,
根据……数据, 公司市场份额约为); 新浪财经-style news (据……数据显示, 同比增长, 较去年同期, 同比翻倍, 约); 约合 beside 亿美元, 增长近三成 and 占比超过一半; a 算力 report
(较2021年的……增长 逾两倍, 年均复合增长率, 2024-2027年复合增长率, racks); a Traditional Chinese 經濟日報-style item (記者, 市場規模達, 億美元, 年增, 預估……上看,
新台幣, 逾九成); a Hong Kong government press release (政府新聞公報, 億港元, 約……億美元, 年均複合增長率約, 政府預計, 逾200家); a Taiwan institute's
release (今（15）日, 年複合成長率達, 占全球比重約); 金融业AI投入 with a 占比 its amounts contradict; 相比2023年的 35亿元同比增长38%; 一季度 beside the year
(同比增长超过120%); and tables as pipe markdown, tab-separated and space-aligned text: the report's scope as a two-column
key/value table, years as columns with a "2024-2030 CAGR" column and footnote letters ("612a", "1,026b"), regions as
rows with "Value (USD bn)" and "Share (%)" columns, a tab-separated Chinese table with 2022年 to 2025年E and a
2022-2025年复合增长率 column, "H1 2024 | H1 2025 | FY2024" columns, "$83.1B" in every cell, a Traditional Chinese table in
億新台幣 with a 億美元 row, a space-aligned table whose Total row does not add up, "n.a." and "–" cells with a "YoY 2025"
column, and a vertical table ("Year | Market size (RMB bn) | YoY"). Markets vary (AI agents, AI in finance, AI in
manufacturing, AI coding assistants, AI video generation, AI in automotive, AI chips, speech recognition, AI in
healthcare imaging, AI data centres, 大模型应用, AI编程, 智能制造, 人形机器人, AI芯片, AI眼镜, AI金融, 算力, AI伺服器, 人工智能金融科技, AI医疗影像);
publishers, speakers and companies are invented (the research firm a 20-F cites aside), the sentences are the project's
own and the figures plausible.

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

What this set's sources add to them: in a newswire release the dateline and the "/PRNewswire/" tag are boilerplate, "was
valued at USD 5.29 billion in 2024" is the ``actual`` base, "is projected to grow from USD 7.63 billion in 2025" the
dateline's year under a forecast cue (``estimate``), "from 2025 to 2030" prints the CAGR's span (``stated``), the
region's "revenue share of 40.1% in 2024" a share, and the report's pages, companies and countries boilerplate; in a
"Report Scope" table each key's figure is the market's (``Total``) for the year the key names, a year after the base
year an ``estimate``, "CAGR of 30.4% from 2025 to 2030" ``stated``, and the base year, the historical data, the forecast
period and the coverage hold no figure. In an annual report on Form 20-F the market the research firm sizes is the
market (``Total``), "RMB2.1 billion" is CNY billion, "at a CAGR of 46.2%" after a from-to is ``inferred``, "representing
a CAGR of 31.7% from 2024 to 2029" ``stated``, the item number boilerplate, the issuer's revenues and their growth
(RMB612.4 million) expected nowhere and its "market share of 6.4% by revenue" a share. In a ministry's release "an
estimated $4.8 billion in 2024" is the year before the release's date, ``actual`` and expected at its printed figure,
"aims to double the market by 2030, to about $9.6 billion" a target (``estimate``) and x2 over six years, and the
factories, the fund and the roadmap's date expected nowhere. On an investor-day slide "$6.2B (2024) → $31.0B (2029E)"
gives each year its figure (the arrow no figure), "~38% CAGR over the period" is ``inferred`` and approximate, the
developers "using AI tools" an adoption rate, and the slide's number, the count of customers and the company's ARR and
target expected nowhere. In a magazine feature "$4.5bn" and "$19bn" are USD billion, "€1.3bn" and "€3bn" EUR billion and
"£800m" GBP million: Europe (``Europe``) and Britain (``Britain``) are items of their own names, each in its own unit,
"a compound rate of about 27%" is ``inferred`` and approximate, and the start-ups' funding is expected nowhere. In a
Japanese company's release "¥412 billion" is JPY billion and its "(about US$2.7 billion)" no observation, "the previous
fiscal year" is fiscal 2023 (its ``actual`` base), "up 18.9%" a year-on-year rate that only a reading of its amounts at
their rounding reaches, "exceed 1 trillion yen in fiscal 2030" an approximate ``estimate`` in the series' unit (1000 JPY
billion), and the count of suppliers boilerplate. In an EU study "EUR 9.4 bn" is EUR billion, "over 2021-2024" prints
the CAGR's span, "Germany is the largest member state market (EUR 2.3 bn, 24.5% of the EU total)" a part (``Germany``)
with a share and its ``arithmetic`` verdict, France's and the Netherlands' percentages shares, and the institutions
surveyed boilerplate. In a social-media post "📊", the reactions, comments and hashtags are expected nowhere, each line
gives its year its figure ("2025E" an ``estimate``), "(+47% YoY)" is the line's year-on-year rate, and "Data-centre
accelerators alone were $61.2B of the 2024 total (78%)" a part with a share. In an interview a speaker's most precise
rate is expected ("So roughly 14% a year?" is the question, "A touch more, 14.3% compounded" the answer: 14.3,
``inferred``), "last year" is the year before the interview's date, "Around a fifth" a fraction in words, and the
analysts a headcount. In a paper's abstract "we estimate that ... reached $3.1 billion in 2023" is the market's figure,
"(95% CI: 2.6–3.7)" a confidence interval, no range of the market and expected nowhere, "project $11.2 billion by 2030
under the central scenario" an ``estimate``, "over 2023–2030" prints the span (``stated``), radiology's "71.4% of 2023
spending" a share, and hospitals and countries boilerplate. In a wire story "up 61% from a year earlier" is a
year-on-year rate whose base is not printed (a claim without a verdict), the fourth quarter's revenue and its growth are
expected nowhere, and "this year" is the dateline's. "From $4.9 billion in 2024 to $38.6 billion in 2034, a compound
annual growth rate of 22.9% over 2024–2034" prints a decade's span with an en dash (``stated``), and the report's pages
are boilerplate. "An estimated", "approximately", "about", "More than 40%" and "nearly $17 billion" mark approximate
figures, each expected at its printed figure, a year-on-year rate ("a rise of about 28%") and a share ("More than 40% of
2024 spending went to predictive maintenance") among them. In a UK annual report "£1,240 million" opens a series in GBP
million, so "pass £2 billion by 2027" is 2000, "up 18.2% from £1,020 million" is a year-on-year rate its amounts
contradict, "Our share of that market was 6.8% (2023: 6.1%)" a share in each year, and group revenue and employees are
expected nowhere. "The United States accounted for $151 billion of that, or 68% of the total" is a part with a share its
amounts contradict, "about 15%" for China a share, and "top $400 billion in 2026" an approximate ``estimate``. "More
than doubled between 2022 and 2024, from $8.3 billion to $17.9 billion" is x2 over two years, "between $45 billion and
$52 billion in 2028" a range (two ``value`` claims) and the bull case's $70 billion expected nowhere. In an 艾瑞-style
核心发现 较2023年的152.7亿元同比增长87.3% prints the rate's base, 企业级应用占比62.4% is a share, 预计到2028年……将突破1,500亿元 an approximate
``estimate``, 2024-2028年复合增长率约为51% ``stated`` and approximate, and the report's title year boilerplate. In an
IDC中国-style release 2023-2028年五年复合增长率 prints its span (``stated``), and the tracker's title (2024H2) is boilerplate. In
a 赛迪-style 白皮书 产业规模达到32,150亿元 opens a series in CNY 100 million, so 将突破4.5万亿元 is expected as 45000 (an approximate
``estimate``), 增速为11.8% is a year-on-year rate whose base is not printed, 其中AI质检装备规模为1,860亿元，占比5.8% a part (``AI质检装备``)
with a share and its ``arithmetic`` verdict, 工业软件占比为9.4% a share, and the paper's title year boilerplate. In a city's
行动计划 力争突破300亿元 by 2027 is the target (an approximate ``estimate``), 约为86亿元 in 2024 its ``actual`` base, and the plan's
title years, the firms to be fostered with their revenue threshold and the scenes to be built boilerplate. In a 上市公司公告
the 证券代码, 公告编号, the company's 营业收入, its growth and its 净利润 are expected nowhere, the market's figures 根据……数据 are the
market's (``Total``), and 公司市场份额约为1.3% a share. In 新浪财经-style news the dateline is boilerplate, 今年 the dateline's year,
同比翻倍 x2 over one year, and a part of a year's figure 较去年同期增长近三倍 (今年1-2月) expected nowhere. 约合人民币2,960亿元 is a conversion
beside 412亿美元 (USD 100 million) and no observation, 增长近三成 a rate in words (no rate expected) and 北美市场占比超过一半 a fraction
in words. 较2021年的402亿元增长逾两倍 (grew by more than twice over) is x3 over three years, 年均复合增长率为44.8% after it ``inferred``,
2024-2027年复合增长率为41.5% ``stated`` and contradicted by its amounts, and racks are boilerplate. In a 經濟日報-style item the
reporter is boilerplate, 較2023年的1,279億美元 年增46.2% a year-on-year rate with its base (USD 100 million), 預估……上看 a forecast,
the ODMs' 新台幣 revenue expected nowhere and 逾九成 a fraction in words. In a Hong Kong government press release 港元 is a
currency the unit table does not hold: 由2022年的41億港元增至2024年的68億港元（約8.7億美元） gives 2024 its observation in US$ (USD 100
million), 年均複合增長率約28.8% is ``inferred`` and approximate and gets its verdict from the 港元 amounts,
政府預計……可達120億港元（約15.4億美元） is the 2027 ``estimate`` in US$, and the count of firms is boilerplate. In a Taiwan institute's
release 今（15）日 is a date, 由……成長至……，年複合成長率達50.8% leaves the rate's span to the amounts (``inferred``), and 中國大陸 is a part
(``中國大陸``) with its 占全球比重約37%. 大模型相关投入为198亿元，占比约为19% is a part whose share its amounts contradict. 相比2023年的35亿元同比增长38%
is reached only by a reading of the printed amounts at their rounding. A 2025年一季度 figure and its 同比增长超过120% are expected
nowhere beside the 2024-2030年复合增长率约为55% its yearly amounts give. In tables: a two-column "Report Attribute | Details"
table gives each key's year its figure; in a markdown table with years as columns a footnote letter glued to a cell
("612a", "1,026b") leaves the figure as printed, the letters' notes under the table hold no figure, 2025E and 2030F are
estimates, the "2024-2030 CAGR" column gives each row its ``stated`` CAGR (one of them contradicted by its figures), and
the Total row is the whole the segments add to; a table of regions for one year gives each region its "Value (USD bn)"
and its "Share (%)" (an ``arithmetic`` verdict), its 100.0 total no claim; a tab-separated Chinese table under a caption
in 亿元 gives each row its figures (2025年E an ``estimate``), its 2022-2025年复合增长率 column each row's ``stated`` CAGR (one
reached only at the rounding of its figures), its 合计 the whole and its 资料来源 line boilerplate; of "H1 2024 | H1 2025 |
FY2024" columns under a first cell "US$ million" only the full year is expected, and the exhibit number is boilerplate;
"$83.1B" in every cell is USD billion; a Traditional Chinese table under 單位：億新台幣 is expected nowhere but its 合計（億美元） row
(the item ``合計`` in USD 100 million), 2025年(預估) is an ``estimate``, and its 資料來源 line boilerplate; a space-aligned table
whose Total row misses its parts' sum in one year by far more than rounding gets an ``inconsistent`` hierarchy verdict;
"n.a." and "–" cells are no figure, and a "YoY 2025" column gives each row its 2025 year-on-year rate (one reached only
at the rounding of its figures); and a vertical table "Year | Market size (RMB bn) | YoY" gives its value column to the
item ``Market size`` (CNY billion) and its YoY column each year's rate, "–" no figure. ``python
tests/extract_checkset26.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------ English prose (1-16)
    # 1. a market-research press release on a newswire
    dict(
        text="SAN FRANCISCO, Feb. 11, 2025 /PRNewswire/ -- The global AI agents market size was valued at USD 5.29 "
             "billion in 2024 and is projected to grow from USD 7.63 billion in 2025 to USD 50.31 billion by 2030, "
             "registering a CAGR of 45.8% from 2025 to 2030, according to a new report by Meridian Insight Partners. "
             "North America dominated the market with a revenue share of 40.1% in 2024, helped by early enterprise "
             "deployments. The 210-page report profiles 24 companies across 18 countries.",
        obs=[("Total", 2024, 5.29, "USD billion", "actual"), ("Total", 2025, 7.63, "USD billion", "estimate"),
             ("Total", 2030, 50.31, "USD billion", "estimate")],
        claims=[("cagr", 45.8, "percent", 2025, 2030, None, "stated"), ("share", 40.1, "percent", 2024, 2024, None)],
        # (50.31 / 7.63) ** (1 / 5) - 1 = 45.82%, which rounds to the printed 45.8%
        verdicts=[("cagr", "exact")]),
    # 2. an annual report on Form 20-F: the operating review citing a research firm
    dict(
        text="Item 5. Operating and Financial Review and Prospects. According to a report commissioned by us from "
             "Frost & Sullivan, the market for AI-driven credit risk solutions in China, measured by revenue, "
             "increased from RMB2.1 billion in 2020 to RMB9.6 billion in 2024, at a CAGR of 46.2%, and is expected to "
             "reach RMB38.1 billion in 2029, representing a CAGR of 31.7% from 2024 to 2029. Our total revenues were "
             "RMB612.4 million in 2024, an increase of 28.5% from RMB476.6 million in 2023, and we ranked third in "
             "this market with a market share of 6.4% by revenue.",
        obs=[("Total", 2020, 2.1, "CNY billion", "actual"), ("Total", 2024, 9.6, "CNY billion", "actual"),
             ("Total", 2029, 38.1, "CNY billion", "estimate")],
        claims=[("cagr", 46.2, "percent", 2020, 2024, None, "inferred"),
                ("cagr", 31.7, "percent", 2024, 2029, None, "stated"),
                ("share", 6.4, "percent", 2024, 2024, None)],
        # (9.6 / 2.1) ** (1 / 4) - 1 = 46.22%, which rounds to the printed 46.2%
        # (38.1 / 9.6) ** (1 / 5) - 1 = 31.74%, which rounds to the printed 31.7%
        verdicts=[("cagr|period", "exact"), ("cagr", "exact")]),
    # 3. a ministry's English press release: a target "to double" by 2030
    dict(
        text="Ministry of Industry and Digital Economy - Press release, 9 July 2025. The Minister today launched the "
             "National AI in Manufacturing Roadmap. The domestic market for AI in manufacturing was worth an estimated "
             "$4.8 billion in 2024. Under the roadmap, the government aims to double the market by 2030, to about $9.6 "
             "billion, and to help 5,000 factories adopt AI systems by 2028. A co-investment fund of $600 million will "
             "support the first projects.",
        obs=[("Total", 2024, 4.8, "USD billion", "actual"), ("Total", 2030, 9.6, "USD billion", "estimate")],
        claims=[("multiple", 2.0, "multiple", 2024, 2030, 6.0)],
        verdicts=[]),
    # 4. an investor-day slide: bullets with arrows
    dict(
        text="Investor Day 2025 - Slide 12: The opportunity\n"
             "▪ AI coding assistants TAM: $6.2B (2024) → $31.0B (2029E)\n"
             "▪ ~38% CAGR over the period\n"
             "▪ Developers using AI tools: 62% → 90%+\n"
             "▪ 2,400+ enterprise customers\n"
             "▪ Our ARR: $310M → target $1B by FY27",
        obs=[("Total", 2024, 6.2, "USD billion", "actual"), ("Total", 2029, 31.0, "USD billion", "estimate")],
        claims=[("cagr", 38.0, "percent", 2024, 2029, None, "inferred")],
        # (31.0 / 6.2) ** (1 / 5) - 1 = 37.97%, which rounds to the printed 38%
        verdicts=[("cagr|period", "exact")]),
    # 5. a magazine feature: $bn, €bn and £m
    dict(
        text="Moving pictures. The business of making video with AI is still small, but it is growing fast. Worldwide "
             "it took in about $4.5bn in 2024, reckons Lumen Analytics, a research firm, and it could be worth $19bn "
             "by 2030, a compound rate of about 27%. Europe, slow to start, spent €1.3bn in 2024 and may reach €3bn "
             "by 2028; Britain alone accounted for £800m. The industry's 40-odd start-ups have raised more than $6bn "
             "since 2022.",
        obs=[("Total", 2024, 4.5, "USD billion", "actual"), ("Total", 2030, 19.0, "USD billion", "estimate"),
             ("Europe", 2024, 1.3, "EUR billion", "actual"), ("Europe", 2028, 3.0, "EUR billion", "estimate"),
             ("Britain", 2024, 800.0, "GBP million", "actual")],
        claims=[("cagr", 27.0, "percent", 2024, 2030, None, "inferred")],
        # (19 / 4.5) ** (1 / 6) - 1 = 27.13%, which rounds to the printed 27%
        verdicts=[("cagr|period", "exact")]),
    # 6. a Japanese company's English release in yen, with a dollar conversion
    dict(
        text="TOKYO, May 14, 2025 - Kitamura Research Institute today released its annual survey of Japan's market "
             "for AI in automotive. The market reached ¥412 billion (about US$2.7 billion) in fiscal 2024, up 18.9% "
             "from ¥347 billion in the previous fiscal year, driven by driver-monitoring and in-cabin voice systems. "
             "The institute forecasts that the market will exceed 1 trillion yen in fiscal 2030. The survey covered "
             "126 suppliers.",
        obs=[("Total", 2023, 347.0, "JPY billion", "actual"), ("Total", 2024, 412.0, "JPY billion", "actual"),
             ("Total", 2030, 1000.0, "JPY billion", "estimate")],
        claims=[("growth", 18.9, "percent", 2023, 2024, 1.0)],
        # 412 / 347 - 1 = 18.73%; bounds 411.5 / 347.5 - 1 = 18.42% to 412.5 / 346.5 - 1 = 19.05%: the printed
        # 18.9% (18.85 to 18.95) is reached only within them
        verdicts=[("cagr|implied", "rounding")]),
    # 7. an EU study in EUR bn with member states' shares
    dict(
        text="A study for the European AI Observatory estimates the EU market for AI in finance at EUR 9.4 bn in "
             "2024, up from EUR 5.1 bn in 2021, an average annual growth of 22.6% over 2021-2024. Germany is the "
             "largest member state market (EUR 2.3 bn, 24.5% of the EU total), followed by France (17.0%) and the "
             "Netherlands (9.8%). The study draws on a survey of 1,850 financial institutions in all 27 member states.",
        obs=[("Total", 2021, 5.1, "EUR billion", "actual"), ("Total", 2024, 9.4, "EUR billion", "actual"),
             ("Germany", 2024, 2.3, "EUR billion", "actual")],
        claims=[("cagr", 22.6, "percent", 2021, 2024, None, "stated"), ("share", 24.5, "percent", 2024, 2024, None),
                ("share", 17.0, "percent", 2024, 2024, None), ("share", 9.8, "percent", 2024, 2024, None)],
        # (9.4 / 5.1) ** (1 / 3) - 1 = 22.61%, which rounds to the printed 22.6%
        # 2.3 / 9.4 = 24.47%, which rounds to the printed 24.5%
        verdicts=[("cagr", "exact"), ("arithmetic", "exact")]),
    # 8. a social-media post with 📊, line breaks and YoY
    dict(
        text="📊 AI chips: the numbers behind the hype\n\n"
             "2023: $53.7B\n"
             "2024: $78.9B (+47% YoY)\n"
             "2025E: $104B (+32% YoY)\n\n"
             "Data-centre accelerators alone were $61.2B of the 2024 total (78%) 🚀\n\n"
             "Posted 3 Feb 2025 · 1,204 reactions · 87 comments\n"
             "#AI #Semiconductors #Chips",
        obs=[("Total", 2023, 53.7, "USD billion", "actual"), ("Total", 2024, 78.9, "USD billion", "actual"),
             ("Total", 2025, 104.0, "USD billion", "estimate"),
             ("Data-centre accelerators", 2024, 61.2, "USD billion", "actual")],
        claims=[("growth", 47.0, "percent", 2023, 2024, 1.0), ("growth", 32.0, "percent", 2024, 2025, 1.0),
                ("share", 78.0, "percent", 2024, 2024, None)],
        # 78.9 / 53.7 - 1 = 46.93%, which rounds to the printed 47%
        # 104 / 78.9 - 1 = 31.81%, which rounds to the printed 32%
        # 61.2 / 78.9 = 77.57%, which rounds to the printed 78%
        verdicts=[("cagr|implied", "exact"), ("cagr|implied", "exact"), ("arithmetic", "exact")]),
    # 9. an interview, Q and A
    dict(
        text="Interview, 22 April 2025. Dr. Lena Ortiz leads voice research at Halcyon Analytics.\n"
             "Q: How big is the speech recognition market today?\n"
             "A: By our count it was about $18.4 billion last year, and we think it gets to something like $41 "
             "billion by 2030.\n"
             "Q: So roughly 14% a year?\n"
             "A: A touch more, 14.3% compounded. Healthcare is the fastest-growing part of it.\n"
             "Q: How much of the market is healthcare?\n"
             "A: Around a fifth. We have 35 analysts tracking it.",
        obs=[("Total", 2024, 18.4, "USD billion", "actual"), ("Total", 2030, 41.0, "USD billion", "estimate")],
        claims=[("cagr", 14.3, "percent", 2024, 2030, None, "inferred")],
        # (41 / 18.4) ** (1 / 6) - 1 = 14.29%, which rounds to the printed 14.3%
        verdicts=[("cagr|period", "exact")]),
    # 10. an academic abstract with a confidence interval
    dict(
        text="Abstract. Reliable figures on the uptake of AI in medical imaging are scarce. Using procurement records "
             "from 1,412 hospitals in 23 countries, we estimate that global spending on AI in healthcare imaging "
             "reached $3.1 billion in 2023 (95% CI: 2.6–3.7) and project $11.2 billion by 2030 under the central "
             "scenario, an annual growth of 20.1% over 2023–2030. Radiology accounted for 71.4% of 2023 spending.",
        obs=[("Total", 2023, 3.1, "USD billion", "actual"), ("Total", 2030, 11.2, "USD billion", "estimate")],
        claims=[("cagr", 20.1, "percent", 2023, 2030, None, "stated"), ("share", 71.4, "percent", 2023, 2023, None)],
        # (11.2 / 3.1) ** (1 / 7) - 1 = 20.14%, which rounds to the printed 20.1%
        verdicts=[("cagr", "exact")]),
    # 11. a wire story: up X% from a year earlier, a quarter beside the year
    dict(
        text="SAN JOSE, Calif., Jan. 28, 2025 - Worldwide revenue from AI data-centre hardware rose to $212.4 billion "
             "in 2024, up 61% from a year earlier, research firm Castell Group said on Tuesday. In the fourth quarter "
             "alone revenue was $64.1 billion, up 55% from the same quarter of 2023. Castell expects spending to reach "
             "$280 billion this year as cloud providers keep building.",
        obs=[("Total", 2024, 212.4, "USD billion", "actual"), ("Total", 2025, 280.0, "USD billion", "estimate")],
        claims=[("growth", 61.0, "percent", 2023, 2024, 1.0)],
        verdicts=[]),
    # 12. a decade's CAGR with en dashes
    dict(
        text="The AI in automotive market will expand from $4.9 billion in 2024 to $38.6 billion in 2034, a compound "
             "annual growth rate of 22.9% over 2024–2034, says a report from Norrland Mobility Research. Software for "
             "advanced driver assistance made up 58.3% of 2024 revenue. The report, the firm's fourth on the sector, "
             "runs to 312 pages.",
        obs=[("Total", 2024, 4.9, "USD billion", "actual"), ("Total", 2034, 38.6, "USD billion", "estimate")],
        claims=[("cagr", 22.9, "percent", 2024, 2034, None, "stated"), ("share", 58.3, "percent", 2024, 2024, None)],
        # (38.6 / 4.9) ** (1 / 10) - 1 = 22.92%, which rounds to the printed 22.9%
        verdicts=[("cagr", "exact")]),
    # 13. an estimated, approximately, about, more than, nearly
    dict(
        text="Spending on AI in manufacturing came to an estimated $5.9 billion in 2024, up from approximately $4.6 "
             "billion in 2023, a rise of about 28%, according to Stahlberg Consulting, and is expected to climb to "
             "$7.6 billion in 2025. More than 40% of 2024 spending went to predictive maintenance. By 2029, the firm "
             "says, the market should reach nearly $17 billion.",
        obs=[("Total", 2023, 4.6, "USD billion", "actual"), ("Total", 2024, 5.9, "USD billion", "actual"),
             ("Total", 2025, 7.6, "USD billion", "estimate"), ("Total", 2029, 17.0, "USD billion", "estimate")],
        claims=[("growth", 28.0, "percent", 2023, 2024, 1.0), ("share", 40.0, "percent", 2024, 2024, None)],
        # 5.9 / 4.6 - 1 = 28.26%, which rounds to the printed 28%
        verdicts=[("cagr|implied", "exact")]),
    # 14. a UK annual report's strategic report, in pounds
    dict(
        text="Strategic report - Our market. According to Halden Research, the UK market for AI in finance was worth "
             "£1,240 million in 2024, up 18.2% from £1,020 million in 2023, and should pass £2 billion by 2027. Our "
             "share of that market was 6.8% (2023: 6.1%). Group revenue rose 11% to £96.3 million, and we ended the "
             "year with 640 employees.",
        obs=[("Total", 2023, 1020.0, "GBP million", "actual"), ("Total", 2024, 1240.0, "GBP million", "actual"),
             ("Total", 2027, 2000.0, "GBP million", "estimate")],
        claims=[("growth", 18.2, "percent", 2023, 2024, 1.0), ("share", 6.8, "percent", 2024, 2024, None),
                ("share", 6.1, "percent", 2023, 2023, None)],
        # 1240 / 1020 - 1 = 21.57%; bounds 1239.5 / 1020.5 - 1 = 21.46% to 1240.5 / 1019.5 - 1 = 21.68%: the printed
        # 18.2% (18.15 to 18.25) is outside them
        verdicts=[("cagr|implied", "inconsistent")]),
    # 15. an institute's review: a part's share its amounts contradict
    dict(
        text="Global investment in AI data centres reached $238 billion in 2024, according to estimates in the "
             "Ashgrove Institute's annual compute review. The United States accounted for $151 billion of that, or "
             "68% of the total, and China for about 15%. The review expects investment to top $400 billion in 2026.",
        obs=[("Total", 2024, 238.0, "USD billion", "actual"), ("United States", 2024, 151.0, "USD billion", "actual"),
             ("Total", 2026, 400.0, "USD billion", "estimate")],
        claims=[("share", 68.0, "percent", 2024, 2024, None), ("share", 15.0, "percent", 2024, 2024, None)],
        # 151 / 238 = 63.45%; bounds 150.5 / 238.5 = 63.10% to 151.5 / 237.5 = 63.79%: the printed 68% (67.5 to
        # 68.5) is outside them
        verdicts=[("arithmetic", "inconsistent")]),
    # 16. an analysis: more than doubled, a range and a bull case
    dict(
        text="Analysis: Spending on enterprise AI agents more than doubled between 2022 and 2024, from $8.3 billion "
             "to $17.9 billion, according to figures compiled by Ridgeline Partners. The firm's base case has the "
             "market at between $45 billion and $52 billion in 2028; its bull case puts it at $70 billion.",
        obs=[("Total", 2022, 8.3, "USD billion", "actual"), ("Total", 2024, 17.9, "USD billion", "actual")],
        claims=[("multiple", 2.0, "multiple", 2022, 2024, 2.0), ("value", 45.0, "USD billion", 2028, 2028, None),
                ("value", 52.0, "USD billion", 2028, 2028, None)],
        verdicts=[]),
    # ------------------------------------------------------------------ Chinese prose (17-30)
    # 17. an 艾瑞-style report summary: 核心发现
    dict(
        text="核心发现：2024年中国大模型应用市场规模达到286亿元，较2023年的152.7亿元同比增长87.3%；其中，企业级应用占比"
             "62.4%。随着行业落地加速，预计到2028年，中国大模型应用市场规模将突破1,500亿元，2024-2028年复合增长率约为51%。"
             "（来源：艾观咨询《2025年中国大模型应用行业研究报告》）",
        obs=[("Total", 2023, 152.7, "CNY 100 million", "actual"), ("Total", 2024, 286.0, "CNY 100 million", "actual"),
             ("Total", 2028, 1500.0, "CNY 100 million", "estimate")],
        claims=[("growth", 87.3, "percent", 2023, 2024, 1.0), ("share", 62.4, "percent", 2024, 2024, None),
                ("cagr", 51.0, "percent", 2024, 2028, None, "stated")],
        # 286 / 152.7 - 1 = 87.30%, which rounds to the printed 87.3%
        # (1500 / 286) ** (1 / 4) - 1 = 51.33%, which rounds to the printed 51%
        verdicts=[("cagr|implied", "exact"), ("cagr", "exact")]),
    # 18. an IDC中国-style release: 五年复合增长率
    dict(
        text="IDC最新发布的《中国AI编程工具市场跟踪报告，2024H2》显示，2024年中国AI编程工具市场规模达到58.6亿元人民币，"
             "较2023年的34.0亿元同比增长72.4%。IDC预计到2028年，该市场规模将达到312.5亿元，2023-2028年五年复合增长率为"
             "55.8%。IDC中国研究经理表示，代码生成与智能体能力的结合正在推动企业级采购。",
        obs=[("Total", 2023, 34.0, "CNY 100 million", "actual"), ("Total", 2024, 58.6, "CNY 100 million", "actual"),
             ("Total", 2028, 312.5, "CNY 100 million", "estimate")],
        claims=[("growth", 72.4, "percent", 2023, 2024, 1.0), ("cagr", 55.8, "percent", 2023, 2028, None, "stated")],
        # 58.6 / 34.0 - 1 = 72.35%, which rounds to the printed 72.4%
        # (312.5 / 34.0) ** (1 / 5) - 1 = 55.84%, which rounds to the printed 55.8%
        verdicts=[("cagr|implied", "exact"), ("cagr", "exact")]),
    # 19. a 赛迪-style white paper: 产业规模, 增速, 占比
    dict(
        text="赛智顾问发布的《2025年中国智能制造产业发展白皮书》指出，2024年我国智能制造产业规模达到32,150亿元，增速为11.8%。"
             "其中，AI质检装备规模为1,860亿元，占比5.8%；工业软件占比为9.4%。白皮书预计，2027年我国智能制造产业规模将突破"
             "4.5万亿元。",
        obs=[("Total", 2024, 32150.0, "CNY 100 million", "actual"),
             ("AI质检装备", 2024, 1860.0, "CNY 100 million", "actual"),
             ("Total", 2027, 45000.0, "CNY 100 million", "estimate")],
        claims=[("growth", 11.8, "percent", 2023, 2024, 1.0), ("share", 5.8, "percent", 2024, 2024, None),
                ("share", 9.4, "percent", 2024, 2024, None)],
        # 1860 / 32150 = 5.79%, which rounds to the printed 5.8%
        verdicts=[("arithmetic", "exact")]),
    # 20. a city's action plan: 到2027年, 力争突破, 培育……家 (a count)
    dict(
        text="为加快人形机器人产业发展，《临江市人形机器人产业创新发展行动计划（2025—2027年）》提出：到2027年，全市人形机器人"
             "产业规模力争突破300亿元，培育10家以上营业收入超10亿元的骨干企业，打造50个以上典型应用场景。2024年，全市人形机器人"
             "相关产业规模约为86亿元。",
        obs=[("Total", 2024, 86.0, "CNY 100 million", "actual"), ("Total", 2027, 300.0, "CNY 100 million", "estimate")],
        claims=[],
        verdicts=[]),
    # 21. a listed company's announcement: its own revenue beside the market's
    dict(
        text="证券代码：688921 证券简称：芯擎科技 公告编号：2025-018\n"
             "2024年度，公司实现营业收入18.62亿元，同比增长34.15%；实现归属于上市公司股东的净利润2.31亿元。根据赛智顾问数据，"
             "2024年中国AI芯片市场规模为1,447亿元，较2023年的980亿元同比增长47.7%，公司市场份额约为1.3%。",
        obs=[("Total", 2023, 980.0, "CNY 100 million", "actual"), ("Total", 2024, 1447.0, "CNY 100 million", "actual")],
        claims=[("growth", 47.7, "percent", 2023, 2024, 1.0), ("share", 1.3, "percent", 2024, 2024, None)],
        # 1447 / 980 - 1 = 47.65%, which rounds to the printed 47.7%
        verdicts=[("cagr|implied", "exact")]),
    # 22. 新浪财经-style news: 据……数据显示, 同比翻倍, 较去年同期 on a part of a year
    dict(
        text="新浪财经讯 2025年03月12日 据艾美咨询数据显示，2024年中国AI眼镜市场规模为27.4亿元，同比增长116.5%。今年1-2月，"
             "AI眼镜线上销售额为6.2亿元，较去年同期增长近三倍。业内人士预计，今年AI眼镜市场规模将同比翻倍，达到约55亿元。",
        obs=[("Total", 2024, 27.4, "CNY 100 million", "actual"), ("Total", 2025, 55.0, "CNY 100 million", "estimate")],
        claims=[("growth", 116.5, "percent", 2023, 2024, 1.0), ("multiple", 2.0, "multiple", 2024, 2025, 1.0)],
        verdicts=[]),
    # 23. 约合 beside 亿美元, 增长近三成, 占比超过一半
    dict(
        text="据观研咨询测算，2024年全球AI金融市场规模约为412亿美元（约合人民币2,960亿元），增长近三成；其中，北美市场占比"
             "超过一半。观研咨询预计，2030年全球AI金融市场规模将达到1,580亿美元，2024-2030年复合增长率为25.1%。",
        obs=[("Total", 2024, 412.0, "USD 100 million", "actual"),
             ("Total", 2030, 1580.0, "USD 100 million", "estimate")],
        claims=[("cagr", 25.1, "percent", 2024, 2030, None, "stated")],
        # (1580 / 412) ** (1 / 6) - 1 = 25.11%, which rounds to the printed 25.1%
        verdicts=[("cagr", "exact")]),
    # 24. a 算力 report: 增长逾两倍, an inferred and a stated CAGR (the second contradicted)
    dict(
        text="中数算力研究院发布的报告显示，2024年我国算力服务市场规模达到1,220亿元，较2021年的402亿元增长逾两倍，年均复合"
             "增长率为44.8%。报告预计，到2027年算力服务市场规模将达到3,100亿元，2024-2027年复合增长率为41.5%。截至2024年底，"
             "全国在用算力中心标准机架超过880万架。",
        obs=[("Total", 2021, 402.0, "CNY 100 million", "actual"), ("Total", 2024, 1220.0, "CNY 100 million", "actual"),
             ("Total", 2027, 3100.0, "CNY 100 million", "estimate")],
        claims=[("multiple", 3.0, "multiple", 2021, 2024, 3.0), ("cagr", 44.8, "percent", 2021, 2024, None, "inferred"),
                ("cagr", 41.5, "percent", 2024, 2027, None, "stated")],
        # (1220 / 402) ** (1 / 3) - 1 = 44.78%, which rounds to the printed 44.8%
        # (3100 / 1220) ** (1 / 3) - 1 = 36.46%; bounds (3099.5 / 1220.5) ** (1 / 3) - 1 = 36.43% to
        # (3100.5 / 1219.5) ** (1 / 3) - 1 = 36.48%: the printed 41.5% (41.45 to 41.55) is outside them
        verdicts=[("cagr|period", "exact"), ("cagr", "inconsistent")]),
    # 25. a Traditional Chinese 經濟日報-style item: 市場規模, 年增, 億美元, 新台幣
    dict(
        text="【記者林采薇／台北報導】研調機構元晶研究最新報告指出，2024年全球AI伺服器市場規模達1,870億美元，較2023年的1,279億"
             "美元年增46.2%，預估2025年將上看2,450億美元。台灣ODM廠去年AI伺服器相關營收合計約新台幣2.9兆元，全球組裝占比逾九成。",
        obs=[("Total", 2023, 1279.0, "USD 100 million", "actual"), ("Total", 2024, 1870.0, "USD 100 million", "actual"),
             ("Total", 2025, 2450.0, "USD 100 million", "estimate")],
        claims=[("growth", 46.2, "percent", 2023, 2024, 1.0)],
        # 1870 / 1279 - 1 = 46.21%, which rounds to the printed 46.2%
        verdicts=[("cagr|implied", "exact")]),
    # 26. a Hong Kong government press release: 港元 beside 億美元
    dict(
        text="政府新聞公報（2025年6月18日）：創新科技及工業局局長今日表示，香港人工智能金融科技市場發展迅速，規模由2022年的41億"
             "港元增至2024年的68億港元（約8.7億美元），年均複合增長率約28.8%。政府預計，有關市場規模於2027年可達120億港元"
             "（約15.4億美元）。目前本港有逾200家相關企業。",
        obs=[("Total", 2024, 8.7, "USD 100 million", "actual"), ("Total", 2027, 15.4, "USD 100 million", "estimate")],
        claims=[("cagr", 28.8, "percent", 2022, 2024, None, "inferred")],
        # from the 港元 amounts: (68 / 41) ** (1 / 2) - 1 = 28.78%, which rounds to the printed 28.8%
        verdicts=[("cagr|period", "exact")]),
    # 27. a Taiwan institute's release in Traditional Chinese: 年複合成長率達, 占全球比重約
    dict(
        text="資通產業研究所今（15）日發布研究指出，全球AI眼鏡市場規模2024年為18.6億美元，預估2028年將成長至96.3億美元，"
             "年複合成長率達50.8%。其中，中國大陸市場2024年規模約6.9億美元，占全球比重約37%。",
        obs=[("Total", 2024, 18.6, "USD 100 million", "actual"), ("Total", 2028, 96.3, "USD 100 million", "estimate"),
             ("中國大陸", 2024, 6.9, "USD 100 million", "actual")],
        claims=[("cagr", 50.8, "percent", 2024, 2028, None, "inferred"), ("share", 37.0, "percent", 2024, 2024, None)],
        # (96.3 / 18.6) ** (1 / 4) - 1 = 50.84%, which rounds to the printed 50.8%
        # 6.9 / 18.6 = 37.10%, which rounds to the printed 37%
        verdicts=[("cagr|period", "exact"), ("arithmetic", "exact")]),
    # 28. AI金融: a part whose 占比 its amounts contradict
    dict(
        text="《2025中国金融科技发展报告》显示，2024年我国金融业人工智能投入规模达到862亿元，较2023年的686亿元增长25.7%。"
             "其中，大模型相关投入为198亿元，占比约为19%。报告预计，到2027年金融业AI投入规模将超过1,500亿元。",
        obs=[("Total", 2023, 686.0, "CNY 100 million", "actual"), ("Total", 2024, 862.0, "CNY 100 million", "actual"),
             ("大模型相关投入", 2024, 198.0, "CNY 100 million", "actual"),
             ("Total", 2027, 1500.0, "CNY 100 million", "estimate")],
        claims=[("growth", 25.7, "percent", 2023, 2024, 1.0), ("share", 19.0, "percent", 2024, 2024, None)],
        # 862 / 686 - 1 = 25.66%, which rounds to the printed 25.7%
        # 198 / 862 = 22.97%; bounds 197.5 / 862.5 = 22.90% to 198.5 / 861.5 = 23.04%: the printed 19% (18.5 to
        # 19.5) is outside them
        verdicts=[("cagr|implied", "exact"), ("arithmetic", "inconsistent")]),
    # 29. AI医疗影像: a 同比 reached only at the rounding of its amounts
    dict(
        text="蛋壳研究院数据显示，2024年中国AI医疗影像市场规模为48.7亿元，相比2023年的35亿元同比增长38%。截至2024年底，已有"
             "超过100款AI医疗影像产品获得三类医疗器械注册证。预计2026年市场规模有望达到85亿元。",
        obs=[("Total", 2023, 35.0, "CNY 100 million", "actual"), ("Total", 2024, 48.7, "CNY 100 million", "actual"),
             ("Total", 2026, 85.0, "CNY 100 million", "estimate")],
        claims=[("growth", 38.0, "percent", 2023, 2024, 1.0)],
        # 48.7 / 35 - 1 = 39.14%; bounds 48.65 / 35.5 - 1 = 37.04% to 48.75 / 34.5 - 1 = 41.30%: the printed 38%
        # (37.5 to 38.5) is reached only within them
        verdicts=[("cagr|implied", "rounding")]),
    # 30. 人形机器人: a 一季度 figure beside the yearly ones
    dict(
        text="高景机器人研究所数据显示，2024年中国人形机器人市场规模约为27.6亿元，预计2030年将超过380亿元，2024-2030年复合"
             "增长率约为55%。2025年一季度，国内人形机器人市场规模为9.1亿元，同比增长超过120%。",
        obs=[("Total", 2024, 27.6, "CNY 100 million", "actual"), ("Total", 2030, 380.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 55.0, "percent", 2024, 2030, None, "stated")],
        # (380 / 27.6) ** (1 / 6) - 1 = 54.81%, which rounds to the printed 55%
        verdicts=[("cagr", "exact")]),
    # ------------------------------------------------------------------ tables (31-40)
    # 31. a "Report Scope" key/value table
    dict(
        text="Report Scope: AI in Healthcare Imaging Market\n\n"
             "| Report Attribute | Details |\n"
             "|---|---|\n"
             "| Market size value in 2024 | USD 1.67 billion |\n"
             "| Market size value in 2025 | USD 2.18 billion |\n"
             "| Revenue forecast in 2030 | USD 8.21 billion |\n"
             "| Growth rate | CAGR of 30.4% from 2025 to 2030 |\n"
             "| Base year for estimation | 2024 |\n"
             "| Historical data | 2018 - 2023 |\n"
             "| Forecast period | 2025 - 2030 |\n"
             "| Report coverage | Revenue forecast, company ranking, competitive landscape, growth factors |",
        obs=[("Total", 2024, 1.67, "USD billion", "actual"), ("Total", 2025, 2.18, "USD billion", "estimate"),
             ("Total", 2030, 8.21, "USD billion", "estimate")],
        claims=[("cagr", 30.4, "percent", 2025, 2030, None, "stated")],
        # (8.21 / 2.18) ** (1 / 5) - 1 = 30.37%, which rounds to the printed 30.4%
        verdicts=[("cagr", "exact")]),
    # 32. years as columns, a "2024-2030 CAGR" column and footnote letters
    dict(
        text="Table 2. AI video generation market by segment, 2023-2030 (USD million)\n"
             "| Segment | 2023 | 2024 | 2025E | 2030F | 2024-2030 CAGR |\n"
             "|---|---|---|---|---|---|\n"
             "| Text-to-video tools | 214 | 388 | 612a | 3,105 | 41.4% |\n"
             "| Video editing & enhancement | 356 | 497 | 671 | 2,240 | 28.5% |\n"
             "| Avatar & dubbing | 129 | 201 | 288 | 1,026b | 36.2% |\n"
             "| Total | 699 | 1,086 | 1,571 | 6,371 | 34.3% |\n"
             "a Includes consumer subscriptions. b Includes dubbing for broadcasters.",
        obs=[("Text-to-video tools", 2023, 214.0, "USD million", "actual"),
             ("Text-to-video tools", 2024, 388.0, "USD million", "actual"),
             ("Text-to-video tools", 2025, 612.0, "USD million", "estimate"),
             ("Text-to-video tools", 2030, 3105.0, "USD million", "estimate"),
             ("Video editing & enhancement", 2023, 356.0, "USD million", "actual"),
             ("Video editing & enhancement", 2024, 497.0, "USD million", "actual"),
             ("Video editing & enhancement", 2025, 671.0, "USD million", "estimate"),
             ("Video editing & enhancement", 2030, 2240.0, "USD million", "estimate"),
             ("Avatar & dubbing", 2023, 129.0, "USD million", "actual"),
             ("Avatar & dubbing", 2024, 201.0, "USD million", "actual"),
             ("Avatar & dubbing", 2025, 288.0, "USD million", "estimate"),
             ("Avatar & dubbing", 2030, 1026.0, "USD million", "estimate"),
             ("Total", 2023, 699.0, "USD million", "actual"), ("Total", 2024, 1086.0, "USD million", "actual"),
             ("Total", 2025, 1571.0, "USD million", "estimate"), ("Total", 2030, 6371.0, "USD million", "estimate")],
        claims=[("cagr", 41.4, "percent", 2024, 2030, None, "stated"),
                ("cagr", 28.5, "percent", 2024, 2030, None, "stated"),
                ("cagr", 36.2, "percent", 2024, 2030, None, "stated"),
                ("cagr", 34.3, "percent", 2024, 2030, None, "stated")],
        # 214 + 356 + 129 = 699; 388 + 497 + 201 = 1086; 612 + 671 + 288 = 1571; 3105 + 2240 + 1026 = 6371
        # (3105 / 388) ** (1 / 6) - 1 = 41.43%, which rounds to the printed 41.4%
        # (2240 / 497) ** (1 / 6) - 1 = 28.52%, which rounds to the printed 28.5%
        # (1026 / 201) ** (1 / 6) - 1 = 31.22%; bounds (1025.5 / 201.5) ** (1 / 6) - 1 = 31.15% to
        # (1026.5 / 200.5) ** (1 / 6) - 1 = 31.28%: the printed 36.2% (36.15 to 36.25) is outside them
        # (6371 / 1086) ** (1 / 6) - 1 = 34.30%, which rounds to the printed 34.3%
        verdicts=[("hierarchy", "exact"), ("cagr", "exact"), ("cagr", "exact"), ("cagr", "inconsistent"),
                  ("cagr", "exact")]),
    # 33. regions as rows with "Value (USD bn)" and "Share (%)" for one year
    dict(
        text="Table 4: AI coding assistants market by region, 2024\n"
             "| Region | Value (USD bn) | Share (%) |\n"
             "|---|---|---|\n"
             "| North America | 2.61 | 42.1 |\n"
             "| Europe | 1.49 | 24.0 |\n"
             "| Asia Pacific | 1.67 | 26.9 |\n"
             "| Rest of world | 0.43 | 6.9 |\n"
             "| Total | 6.20 | 100.0 |",
        obs=[("North America", 2024, 2.61, "USD billion", "actual"), ("Europe", 2024, 1.49, "USD billion", "actual"),
             ("Asia Pacific", 2024, 1.67, "USD billion", "actual"),
             ("Rest of world", 2024, 0.43, "USD billion", "actual"),
             ("Total", 2024, 6.2, "USD billion", "actual")],
        claims=[("share", 42.1, "percent", 2024, 2024, None), ("share", 24.0, "percent", 2024, 2024, None),
                ("share", 26.9, "percent", 2024, 2024, None), ("share", 6.9, "percent", 2024, 2024, None)],
        # 2.61 + 1.49 + 1.67 + 0.43 = 6.20
        # 2.61 / 6.2 = 42.10%, 1.49 / 6.2 = 24.03%, 1.67 / 6.2 = 26.94%, 0.43 / 6.2 = 6.94%: each rounds to its
        # printed share (42.1, 24.0, 26.9, 6.9)
        verdicts=[("hierarchy", "exact"), ("arithmetic", "exact")]),
    # 34. a tab-separated Chinese table with 2022年 to 2025年E and a 复合增长率 column
    dict(
        text="表3　2022-2025年中国AI芯片市场规模（亿元）\n"
             "芯片类型\t2022年\t2023年\t2024年\t2025年E\t2022-2025年复合增长率\n"
             "GPU\t520\t740\t1,018\t1,390\t38.8%\n"
             "ASIC\t96\t152\t263\t421\t63.7%\n"
             "FPGA\t38\t46\t57\t69\t21.6%\n"
             "其他\t31\t47\t74\t110\t52.5%\n"
             "合计\t685\t985\t1,412\t1,990\t42.7%\n"
             "资料来源：赛智顾问，2025年2月",
        obs=[("GPU", 2022, 520.0, "CNY 100 million", "actual"), ("GPU", 2023, 740.0, "CNY 100 million", "actual"),
             ("GPU", 2024, 1018.0, "CNY 100 million", "actual"), ("GPU", 2025, 1390.0, "CNY 100 million", "estimate"),
             ("ASIC", 2022, 96.0, "CNY 100 million", "actual"), ("ASIC", 2023, 152.0, "CNY 100 million", "actual"),
             ("ASIC", 2024, 263.0, "CNY 100 million", "actual"), ("ASIC", 2025, 421.0, "CNY 100 million", "estimate"),
             ("FPGA", 2022, 38.0, "CNY 100 million", "actual"), ("FPGA", 2023, 46.0, "CNY 100 million", "actual"),
             ("FPGA", 2024, 57.0, "CNY 100 million", "actual"), ("FPGA", 2025, 69.0, "CNY 100 million", "estimate"),
             ("其他", 2022, 31.0, "CNY 100 million", "actual"), ("其他", 2023, 47.0, "CNY 100 million", "actual"),
             ("其他", 2024, 74.0, "CNY 100 million", "actual"), ("其他", 2025, 110.0, "CNY 100 million", "estimate"),
             ("合计", 2022, 685.0, "CNY 100 million", "actual"), ("合计", 2023, 985.0, "CNY 100 million", "actual"),
             ("合计", 2024, 1412.0, "CNY 100 million", "actual"), ("合计", 2025, 1990.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 38.8, "percent", 2022, 2025, None, "stated"),
                ("cagr", 63.7, "percent", 2022, 2025, None, "stated"),
                ("cagr", 21.6, "percent", 2022, 2025, None, "stated"),
                ("cagr", 52.5, "percent", 2022, 2025, None, "stated"),
                ("cagr", 42.7, "percent", 2022, 2025, None, "stated")],
        # 520 + 96 + 38 + 31 = 685; 740 + 152 + 46 + 47 = 985; 1018 + 263 + 57 + 74 = 1412; 1390 + 421 + 69 + 110 = 1990
        # (1390 / 520) ** (1 / 3) - 1 = 38.78%, which rounds to the printed 38.8%
        # (421 / 96) ** (1 / 3) - 1 = 63.68%, which rounds to the printed 63.7%
        # (69 / 38) ** (1 / 3) - 1 = 22.00%; bounds (68.5 / 38.5) ** (1 / 3) - 1 = 21.17% to
        # (69.5 / 37.5) ** (1 / 3) - 1 = 22.83%: the printed 21.6% (21.55 to 21.65) is reached only within them
        # (110 / 31) ** (1 / 3) - 1 = 52.53%, which rounds to the printed 52.5%
        # (1990 / 685) ** (1 / 3) - 1 = 42.69%, which rounds to the printed 42.7%
        verdicts=[("hierarchy", "exact"), ("cagr", "exact"), ("cagr", "exact"), ("cagr", "rounding"),
                  ("cagr", "exact"), ("cagr", "exact")]),
    # 35. "H1 2024 | H1 2025 | FY2024" columns: only the full year
    dict(
        text="Exhibit 6: AI in finance platform revenue, Europe\n"
             "| US$ million | H1 2024 | H1 2025 | FY2024 |\n"
             "|---|---|---|---|\n"
             "| Fraud & AML | 412 | 538 | 905 |\n"
             "| Credit decisioning | 287 | 351 | 610 |\n"
             "| Total | 699 | 889 | 1,515 |",
        obs=[("Fraud & AML", 2024, 905.0, "USD million", "actual"),
             ("Credit decisioning", 2024, 610.0, "USD million", "actual"),
             ("Total", 2024, 1515.0, "USD million", "actual")],
        claims=[],
        # 905 + 610 = 1515
        verdicts=[("hierarchy", "exact")]),
    # 36. a unit in every cell ("$83.1B")
    dict(
        text="AI data centre spending by component\n"
             "| Component | 2023 | 2024 | 2025E |\n"
             "|---|---|---|---|\n"
             "| Accelerators | $48.6B | $83.1B | $121.4B |\n"
             "| Networking | $6.2B | $11.8B | $17.0B |\n"
             "| Power & cooling | $9.7B | $14.5B | $20.3B |\n"
             "| Total | $64.5B | $109.4B | $158.7B |",
        obs=[("Accelerators", 2023, 48.6, "USD billion", "actual"),
             ("Accelerators", 2024, 83.1, "USD billion", "actual"),
             ("Accelerators", 2025, 121.4, "USD billion", "estimate"),
             ("Networking", 2023, 6.2, "USD billion", "actual"), ("Networking", 2024, 11.8, "USD billion", "actual"),
             ("Networking", 2025, 17.0, "USD billion", "estimate"),
             ("Power & cooling", 2023, 9.7, "USD billion", "actual"),
             ("Power & cooling", 2024, 14.5, "USD billion", "actual"),
             ("Power & cooling", 2025, 20.3, "USD billion", "estimate"),
             ("Total", 2023, 64.5, "USD billion", "actual"), ("Total", 2024, 109.4, "USD billion", "actual"),
             ("Total", 2025, 158.7, "USD billion", "estimate")],
        claims=[],
        # 48.6 + 6.2 + 9.7 = 64.5; 83.1 + 11.8 + 14.5 = 109.4; 121.4 + 17.0 + 20.3 = 158.7
        verdicts=[("hierarchy", "exact")]),
    # 37. a Traditional Chinese table in 億新台幣 with a 億美元 row
    dict(
        text="表二　台灣AI伺服器產值（單位：億新台幣）\n"
             "項目\t2023年\t2024年\t2025年(預估)\n"
             "AI伺服器整機\t6,820\t12,450\t17,300\n"
             "AI伺服器零組件\t2,140\t3,960\t5,480\n"
             "合計\t8,960\t16,410\t22,780\n"
             "合計（億美元）\t286\t512\t712\n"
             "資料來源：產業研究機構整理，2025年3月",
        obs=[("合計", 2023, 286.0, "USD 100 million", "actual"), ("合計", 2024, 512.0, "USD 100 million", "actual"),
             ("合計", 2025, 712.0, "USD 100 million", "estimate")],
        claims=[],
        verdicts=[]),
    # 38. a space-aligned table whose Total row does not add up
    dict(
        text="Speech recognition revenue by end market (US$ million)\n"
             "End market            2023      2024\n"
             "Contact centres      3,410     4,120\n"
             "Healthcare           1,980     2,460\n"
             "Automotive           1,150     1,390\n"
             "Consumer devices     2,870     3,240\n"
             "Total                9,410    11,960",
        obs=[("Contact centres", 2023, 3410.0, "USD million", "actual"),
             ("Contact centres", 2024, 4120.0, "USD million", "actual"),
             ("Healthcare", 2023, 1980.0, "USD million", "actual"),
             ("Healthcare", 2024, 2460.0, "USD million", "actual"),
             ("Automotive", 2023, 1150.0, "USD million", "actual"),
             ("Automotive", 2024, 1390.0, "USD million", "actual"),
             ("Consumer devices", 2023, 2870.0, "USD million", "actual"),
             ("Consumer devices", 2024, 3240.0, "USD million", "actual"),
             ("Total", 2023, 9410.0, "USD million", "actual"), ("Total", 2024, 11960.0, "USD million", "actual")],
        claims=[],
        # 3410 + 1980 + 1150 + 2870 = 9410; 4120 + 2460 + 1390 + 3240 = 11210, 750 short of the printed 11,960
        # (the parts' rounding moves the sum by 2 at most)
        verdicts=[("hierarchy", "inconsistent")]),
    # 39. "n.a." and "–" cells, a YoY column
    dict(
        text="| AI agents market (USD bn) | 2022 | 2023 | 2024 | 2025E | YoY 2025 |\n"
             "|---|---|---|---|---|---|\n"
             "| Customer service agents | n.a. | 1.12 | 1.86 | 2.71 | 45.7% |\n"
             "| Coding agents | – | 0.38 | 0.94 | 1.62 | 71.0% |\n"
             "| Sales & marketing agents | n.a. | 0.41 | 0.77 | 1.18 | 53.2% |",
        obs=[("Customer service agents", 2023, 1.12, "USD billion", "actual"),
             ("Customer service agents", 2024, 1.86, "USD billion", "actual"),
             ("Customer service agents", 2025, 2.71, "USD billion", "estimate"),
             ("Coding agents", 2023, 0.38, "USD billion", "actual"),
             ("Coding agents", 2024, 0.94, "USD billion", "actual"),
             ("Coding agents", 2025, 1.62, "USD billion", "estimate"),
             ("Sales & marketing agents", 2023, 0.41, "USD billion", "actual"),
             ("Sales & marketing agents", 2024, 0.77, "USD billion", "actual"),
             ("Sales & marketing agents", 2025, 1.18, "USD billion", "estimate")],
        claims=[("growth", 45.7, "percent", 2024, 2025, 1.0), ("growth", 71.0, "percent", 2024, 2025, 1.0),
                ("growth", 53.2, "percent", 2024, 2025, 1.0)],
        # 2.71 / 1.86 - 1 = 45.70%, which rounds to the printed 45.7%
        # 1.62 / 0.94 - 1 = 72.34%; bounds 1.615 / 0.945 - 1 = 70.90% to 1.625 / 0.935 - 1 = 73.80%: the printed
        # 71.0% (70.95 to 71.05) is reached only within them
        # 1.18 / 0.77 - 1 = 53.25%, which rounds to the printed 53.2%
        verdicts=[("cagr|implied", "exact"), ("cagr|implied", "rounding"), ("cagr|implied", "exact")]),
    # 40. a vertical table: Year | Market size (RMB bn) | YoY
    dict(
        text="China AI in manufacturing market\n"
             "| Year | Market size (RMB bn) | YoY |\n"
             "|---|---|---|\n"
             "| 2021 | 18.4 | – |\n"
             "| 2022 | 24.9 | 35.3% |\n"
             "| 2023 | 33.0 | 32.5% |\n"
             "| 2024 | 43.1 | 30.6% |\n"
             "| 2025E | 55.6 | 29.0% |",
        obs=[("Market size", 2021, 18.4, "CNY billion", "actual"), ("Market size", 2022, 24.9, "CNY billion", "actual"),
             ("Market size", 2023, 33.0, "CNY billion", "actual"), ("Market size", 2024, 43.1, "CNY billion", "actual"),
             ("Market size", 2025, 55.6, "CNY billion", "estimate")],
        claims=[("growth", 35.3, "percent", 2021, 2022, 1.0), ("growth", 32.5, "percent", 2022, 2023, 1.0),
                ("growth", 30.6, "percent", 2023, 2024, 1.0), ("growth", 29.0, "percent", 2024, 2025, 1.0)],
        # 24.9 / 18.4 - 1 = 35.33%, 33.0 / 24.9 - 1 = 32.53%, 43.1 / 33.0 - 1 = 30.61%, 55.6 / 43.1 - 1 = 29.00%:
        # each rounds to its printed rate (35.3, 32.5, 30.6, 29.0)
        verdicts=[("cagr|implied", "exact"), ("cagr|implied", "exact"), ("cagr|implied", "exact"),
                  ("cagr|implied", "exact")]),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "twenty-sixth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'registering a CAGR of 45.8% from 2025 to 2030',
    '| Market size value in 2024 | USD 1.67 billion |',
    'According to a report commissioned by us from Frost & Sullivan',
    'aims to double the market by 2030',
    '$6.2B (2024) → $31.0B (2029E)',
    'about $4.5bn in 2024',
    '€3bn by 2028',
    'Britain alone accounted for £800m',
    '¥412 billion (about US$2.7 billion)',
    'EUR 9.4 bn in 2024',
    '📊',
    '(+47% YoY)',
    'Q: So roughly 14% a year?',
    '(95% CI: 2.6–3.7)',
    'up 61% from a year earlier',
    'over 2024–2034',
    'an estimated $5.9 billion in 2024, up from approximately $4.6',
    '核心发现：',
    '2023-2028年五年复合增长率',
    '产业规模力争突破300亿元，培育10家以上',
    '较去年同期增长近三倍',
    '约合人民币2,960亿元',
    '增长近三成',
    '年增46.2%',
    '約8.7億美元',
    '| US$ million | H1 2024 | H1 2025 | FY2024 |',
    '$83.1B',
    '合計（億美元）',
    'Total                9,410    11,960',
    '| Year | Market size (RMB bn) | YoY |',
)
#: the set's blind score (set when it is first scored)
#: (185 figures since 投入 is read as a part's measure, not its name: "其中，大模型相关投入为198亿元" names the part 大模型相关,
#: where two other sets' writers name a part so and this one keeps 投入)
FLOORS = {"figures_found": 187, "rates_found": 51, "verdicts_right": 56}


if __name__ == "__main__":  # python tests/extract_checkset26.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
