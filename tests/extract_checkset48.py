"""A forty-eighth check set for the extractor, written blind: AI industry research reports as their text comes out of
PDFs -- analysts' executive summaries and broker notes in English ("Exhibit 4:", "Figure 2:" and "Table 7:" captions,
"Source:" and "Note:" lines, superscript and bracketed footnote marks and their footnotes, "Page 6 of 28", "12 / 48",
running titles and footers, "(continued on next page)"), a prospectus's industry overview in English, a market tracker's
executive summary with a half-year beside the full year, a stacked chart whose data labels came out as one row, a
sentence broken by a page break, amounts parted from their units and spans broken at their hyphens by hard line breaks;
Chinese research institutes and consultancies (a state academy's 白皮书 with 注1, a consultancy's 行业研究报告 broken by a page, a
市场跟踪 summary with 下半年 and a footnote digit glued to a rate, an 行业概览 in ■ bullets with 2024年-2029E年, a prospectus's 行业概览
in the consultant style, a 研究报告 with its 图表 caption and 数据来源, footnote digits and ① marks, amounts and words parted by
line breaks), Taiwan and Hong Kong reports in Traditional Chinese (產值, 年增率, 預估, a prospectus's 行業概覽 in 人民幣); and tables
as PDFs give them (a chart's data labels in aligned rows under the running header and page number, an exhibit with a
footnote mark on its unit, an 行业概览's two CAGR columns, years as rows with Global and China columns and a share column,
單位：新台幣億元 with 2025年(F), a share column one share of which its amounts contradict, an exhibit broken by a page break
whose Total misses its parts by one, 表4 with a 增速 column, 表3-2 with 占比, and a chart's data table whose columns are
levels and a Total).

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

What this set's sources add to them. Text taken out of a research report's PDF keeps its hard line breaks, its running
titles, footers and page numbers, its figure and exhibit captions with their "Source:" and "Note:" lines and its
footnote marks, and none of these carries a figure: a line break may part an amount from its unit ("US$142.6" over
"billion in 2024", 1,286.4亿 over 元, 221.4亿 over 美元, 1,280億美 over 元) or a word from itself (同比增 over 长112.4%, "deploy-"
over "ments"), but never splits a number, and a page break may fall between a verb and its amount, with the running
title and the page number between them ("is projected to reach" / "AI in Life Sciences: Market Report 2025" / "12 / 48"
/ "US$7.62 billion by 2030"; 将达到 / 中国AIGC应用行业研究报告 · 2025 / 12 / 48 / 1,986.4亿元), the amount still its year's figure.
Footnote marks are boilerplate whether superscript ("in 2023.¹", "reimbursement widens.³"), bracketed ("white
paper[4]"), glued to a rate or an amount as the PDF gives them (43.2%注1, 20.4%2, 约为97.5亿元4) or circled (512.6亿元①), and
so are the footnotes they point to, captions with no data under them (their numbers and years), the "Source:", 数据来源 and
资料来源 lines, section numbers ("3.2 Market sizing", （三）), "Page 6 of 28", "— 142 —", "第 7 頁", "(see Annex A, p. 34)" and
"(continued on next page)". Where the artifact leaves the figure ambiguous, it is expected nowhere: a stacked chart's
data labels that came out as one row ("0.62 0.86 1.48 1.71 2.34 4.05") over two years with the legend on a line of its
own cannot be given to their buyers (which label is whose depends on the order the PDF read the stack in), so its
segment labels are expected nowhere and its two totals restate the paragraph's figures (expected once).

In English: an executive summary's "reached US$142.6 billion in 2024, more than double the US$63.8 billion spent in
2023" gives both years and x2 over one year, and "a compound annual growth rate of 20.3% for 2024-" over "2028." is
``stated`` though its span is broken at the hyphen; "Exhibit 4: ..., 2022-2028E (US$ billion)" under it holds no data
and the footnote ("Restated from our December 2024 edition") replaces no printed figure. A prospectus's industry
overview in English, "grew at a CAGR of 41.5% from RMB1.2 billion in 2019 to RMB6.8 billion in 2024" (CNY billion, the
rate before its amounts, ``inferred``), "at a CAGR of 30.2% from 2024 to 2030" (``stated``, contradicted by its amounts)
and "Lung nodule screening, the largest application, generated RMB2.5 billion in 2024, accounting for 36.8% of the
total" (a part, an appositive between its name and its amount). A tracker's summary gives "$2.31 billion in the second
half of 2024" (a half-year beside the full year, expected nowhere), "full-year 2024 revenue to $3.96 billion" the year's
figure, "an increase of 142.9% over 2023" a rate whose base is not printed and "a 2024–2028 CAGR of 65.5%" ``stated``,
its "2H24" title boilerplate. "A CAGR of 18.3%" after "US$1.48 billion in 2024" and "US$4.05 billion in 2030" is
``inferred``. An outlook's "a 3.4x increase on 2022" is x3.4 over 2022-2024 (its base not printed), "compounding at
62.6% a year" ``inferred`` and "roughly one-third" a fraction in words. Under a running date line ("Semiconductor
Strategy · 2 June 2025") "rose 81% to $118.6 billion in 2024, from $66.5 billion a year earlier" is a rate its amounts
contradict and "a further 46% rise this year, to about $173 billion" 2025's approximate ``estimate`` with its verdict. A
broker's "$13.9bn in 2025E and $38.0bn in 2028E" are ``estimate`` figures in prose, "a 2025E–" over "2028E CAGR of
39.8%" ``stated`` and "47% of 2024 spend" a share whose part is not printed. A "Key numbers" box of bullets gives "Video
generation took $2.9 billion in 2024, or 19.4% of the total" a share reached only at the rounding of its amounts and
"That is 29.6% a year." ``inferred`` from the bullets before it. A white paper's English summary: "up 46.1% year on
year" has no printed base, "Of that total, RMB 112.8 billion went to servers and accelerators (60.3%)" is a part named
after its amount (``Servers and accelerators``), "projects RMB 236 billion for 2025" an ``estimate``, and capacity in
EFLOPS no market value. "Spent an estimated $3.1 billion ... in 2024" is ``actual`` and "annual spending of $9 billion
to $11 billion" by 2029 a range (two ``value`` claims). "Contracted 6.8% to €1.37 billion in 2024 (2023: €1.47 billion)"
is a negative rate with its base in brackets and "a return to growth of about 9% in 2025" a rate without an amount. A
sector study's "£24.1bn in 2024, compared with £19.1bn in 2022, equivalent to average growth of 12.3% a year" is
``inferred`` over two years and "Dedicated AI firms accounted for £9.6bn of the 2024 total (39.8%)" a part with its
share. A Japanese institute's "¥1.36 trillion in fiscal 2024" and "¥2.88 trillion in fiscal 2029" are JPY trillion,
"(FY2024–FY2029 CAGR: 16.2%)" ``stated`` in brackets and "27.5% of fiscal 2024 spending" a share. "A 2024–30 CAGR of
20.1%" is ``stated`` in short digits and "Automotive accounted for US$4.2 billion of 2024 revenue (19.7%)" a part with
its share. "Up from $4.3 billion in 2023, an increase of 131%" is a rate reached only at the rounding of its amounts.

In Chinese: a state academy's 白皮书 gives 智能算力规模达到725.3 EFLOPS (no market value), 市场规模为1,286.4亿元，同比增长51.2% (no base
printed) and 预计2025年将达到1,842.6亿元，同比增长43.2% an ``estimate`` with its verdict; a consultancy's report broken by a page
gives 2024 and 2028 their figures, 较2023年增长93.8% a rate without its base and 2024至2028年CAGR为48.1% ``stated``; a
tracker's summary gives 下半年 a half-year's figure (nowhere), 2024-2029年复合增长率为20.4% ``stated`` and 市场份额达69.7% a share; an
行业概览's ■ bullets give 由2019年的8.2亿元增长至2024年的43.6亿元 with 2019年-2024年年复合增长率 (``stated``) and 2024年-2029E年复合增长率 (``stated``,
its last year printed with an E); a prospectus's 行业概览 gives 于2024年达到人民币48.6亿元 (CNY 100 million), 2020年至2024年的复合年增长率
without its base, 将以54.8%的复合年增长率继续增长，并于2029年达到 (``inferred``) and 工业场景……占市场总规模的43.8% a part with its share; a research
firm's 同比增长38.9%，2023年为1,042.2亿元 is a rate with its base after it and 2024年GPU芯片市场规模为1,012.3亿元，占比69.9% a part with its
share, the 图表 caption without data boilerplate; 渗透率达到57.3% is no share of the market and 将突破1,000亿元 an approximate
``estimate``; 约为97.5亿元 is approximate, 年均复合增长率超过31% ``inferred`` at its printed figure and 占比超过四成 a fraction in words;
多模态大模型市场规模为65.6亿元，占比22.3% is a part with its share and 将超过700亿元 an approximate ``estimate``; under a 白皮书's release line
(2025年9月发布) 今年有望达到132亿元左右 is 2025's ``estimate`` with 同比增长约126%, and 2025-2028年年均复合增长率约104% ``stated``;
同比下滑5.8%，为512.6亿元 is a negative rate before its amount that 2023年该数字为552.1亿元 contradicts, and 增速约为8% a rate without an
amount. In Traditional Chinese a Taiwan institute's 產值達新台幣2,152億元，年增率為38.2%，2023年為1,556億元 is TWD 100 million with a rate
reached only at the rounding of its amounts and 預估2025年產值將成長至2,980億元，年增38.5% an ``estimate`` borne out; a Hong Kong
prospectus's 於2024年達人民幣96.8億元，較2020年的人民幣14.3億元大幅增長，期間複合年增長率為61.3% is ``inferred`` and 2024年至2029年的複合年增長率為35.6%
``stated`` and contradicted; a Taiwan centre's 預估，2025年……將達1,280億美元，年成長率為62.4%；2024年規模為788億美元 gives an ``estimate`` with
its base after it, 可望突破3,000億美元 an approximate ``estimate`` and 五成以上 a fraction in words.

In tables: a chart's data labels in aligned rows under the running header ("中国AI服务器行业研究报告 | 2025") and page number -- a
row of years 2019 to 2028E, a row of amounts and a row of rates with no row labels under "图表12：……市场规模及增速（亿元，%）" -- give
the market's ``Total`` each year (the E years ``estimate``) and each year its rate (one contradicted by its amounts); an
"Exhibit 4:" in aligned columns whose footnote mark sits on its unit ("(US$ billion)¹") adds to its Total row; an 行业概览's
tab-separated 图表 with CAGR（2019-2024） and CAGR（2024-2029E） columns gives each 应用场景 two ``stated`` rates (one reached
only at the rounding of its figures) and its 合计 the whole; a pipe table whose rows are years with "Global" and "China"
columns gives each column its figures (items of their headers' names) and its "China's share" column each year's share
with an ``arithmetic`` verdict; a Traditional Chinese pipe table under 單位：新台幣億元 with a 2025年(F) column gives each 產品別
its 年增率 and its 總計 the whole; a tracker's table with a Share column holds one share its amounts contradict, its 100.0%
no claim; an exhibit broken by a page break (the running footer, "Exhibit 9 (continued)" and its repeated header between
its rows) misses its Total by one in 2024, a ``hierarchy`` verdict reached only at the rounding; 表4, tab-separated under
单位：亿元, gives each 地区 its 增速 (one reached only at the rounding) and its 合计 the whole; 表3-2 gives each 模态 its 占比 with an
``arithmetic`` verdict and its 总计 the whole; and a chart's data table whose rows are years and whose columns are the
levels and a "Total" adds up each year. Markets vary (AI servers, AI-assisted medical imaging in China, AI agent
platforms, computer vision software in Southeast Asia, robotaxi services in China, data-centre AI accelerators,
enterprise LLM APIs, generative AI content tools, intelligent computing centre construction, clinical AI software, AI
video analytics for public safety, the UK AI sector, AI systems in Japan, edge AI chips, AI in clinical trials,
GPU-as-a-service, 智算中心, AIGC应用, 人工智能服务器, AI药物研发, 具身智能机器人, 人工智能芯片, 智能驾驶域控制器, 医疗人工智能, 大模型, AI智能体, 计算机视觉, AI晶片設計, AIGC營銷服務,
生成式AI終端裝置, AI服务器, AI chips by type, AI+医疗, foundation models, AI伺服器, AI inference servers, clinical AI software in
Europe, 智算中心服务, AIGC by modality, ADAS and autonomous driving software); publishers, speakers and companies are
invented, the sentences are the project's own and the figures plausible. ``python tests/extract_checkset48.py [-v]``
prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. an analyst report's executive summary: an amount parted from its unit by a line break, "more than double"
    #    (x2 over one year), a superscript footnote mark and its footnote, a span broken at its hyphen ("2024-\n2028",
    #    stated); the exhibit's caption, source and note lines boilerplate
    dict(
        text=(
            "Executive summary\n"
            "We estimate that worldwide spending on AI servers reached US$142.6\n"
            "billion in 2024, more than double the US$63.8 billion spent in 2023.¹\n"
            "On our base case the market expands to US$298.4 billion by 2028,\n"
            "which implies a compound annual growth rate of 20.3% for 2024-\n"
            "2028.\n"
            "Exhibit 4: Worldwide AI server spending, 2022-2028E (US$ billion)\n"
            "Source: Corvane Research estimates. Note: E = estimate.\n"
            "¹ Restated from our December 2024 edition to include sovereign buyers."
        ),
        obs=[
            ("Total", 2024, 142.6, "USD billion", "actual"),
            ("Total", 2023, 63.8, "USD billion", "actual"),
            ("Total", 2028, 298.4, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2023, 2024, 1.0),  # 142.6 / 63.8 = 2.24: more than double
            ("cagr", 20.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (298.4 / 142.6) ** (1 / 4) - 1 = 20.273% -> 20.3 (bounds 20.258-20.289)
        ],
    ),
    # 2. a prospectus's industry overview in English: "grew at a CAGR of ... from RMB... in 2019 to RMB... in 2024"
    #    (the rate before its amounts, inferred), a stated forecast rate its amounts contradict, a part with its share;
    #    the section title, the source line and the page number between dashes boilerplate
    dict(
        text=(
            "INDUSTRY OVERVIEW\n"
            "According to the Halden Report, the AI-assisted medical imaging market in\n"
            "China, measured by revenue, grew at a CAGR of 41.5% from RMB1.2 billion in\n"
            "2019 to RMB6.8 billion in 2024, and is expected to reach RMB31.4 billion by\n"
            "2030, at a CAGR of 30.2% from 2024 to 2030. Lung nodule screening, the\n"
            "largest application, generated RMB2.5 billion in 2024, accounting for 36.8%\n"
            "of the total.\n"
            "Source: Halden Report\n"
            "— 142 —"
        ),
        obs=[
            ("Total", 2019, 1.2, "CNY billion", "actual"),
            ("Total", 2024, 6.8, "CNY billion", "actual"),
            ("Total", 2030, 31.4, "CNY billion", "estimate"),
            ("Lung nodule screening", 2024, 2.5, "CNY billion", "actual"),
        ],
        claims=[
            ("cagr", 41.5, "percent", 2019, 2024, None, "inferred"),
            ("cagr", 30.2, "percent", 2024, 2030, None, "stated"),
            ("share", 36.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (6.8 / 1.2) ** (1 / 5) - 1 = 41.470% -> 41.5 (bounds 40.113-42.889)
            # (31.4 / 6.8) ** (1 / 6) - 1 = 29.044%; bounds (31.35 / 6.85) -> 28.852%, (31.45 / 6.75) -> 29.237%:
            # 30.2 +- 0.05 outside
            ("cagr", "inconsistent"),
            ("arithmetic", "exact"),  # 2.5 / 6.8 = 36.765% -> 36.8
        ],
    ),
    # 3. a market tracker's executive summary: a half-year's revenue beside the full year (nowhere), "full-year 2024",
    #    a year-on-year rate whose base is not printed, a stated "2024–2028 CAGR", a share of 2024; the tracker's
    #    "2H24" title boilerplate
    dict(
        text=(
            "Worldwide AI Agent Platforms Tracker, 2H24: Executive Summary\n"
            "Vendor revenue from AI agent platforms reached $2.31 billion in the second\n"
            "half of 2024, bringing full-year 2024 revenue to $3.96 billion, an increase\n"
            "of 142.9% over 2023, according to Calloway Data Corporation (CDC). CDC\n"
            "projects revenue of $29.7 billion in 2028, which represents a 2024–2028\n"
            "CAGR of 65.5%. Customer-service agents held a 34.1% share of 2024 revenue."
        ),
        obs=[
            ("Total", 2024, 3.96, "USD billion", "actual"),
            ("Total", 2028, 29.7, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 142.9, "percent", 2023, 2024, 1.0),
            ("cagr", 65.5, "percent", 2024, 2028, None, "stated"),
            ("share", 34.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (29.7 / 3.96) ** (1 / 4) - 1 = 65.488% -> 65.5 (bounds 65.366-65.609)
        ],
    ),
    # 4. a consultancy's sizing section: a word broken at a line's end ("deploy-\nments"), an inferred CAGR; a stacked
    #    chart's data labels that came out as one row under two years, with the legend on a line of its own: which
    #    label belongs to which buyer cannot be told, so the segment labels are expected nowhere, and the two totals
    #    among them restate the paragraph (expected once)
    dict(
        text=(
            "3.2 Market sizing\n"
            "Revenue from computer vision software in Southeast Asia rose to US$1.48\n"
            "billion in 2024, and we forecast US$4.05 billion in 2030, a CAGR of 18.3%,\n"
            "as retail chains and city governments scale up their deploy-\n"
            "ments.\n"
            "Figure 2: Computer vision software revenue by buyer, Southeast Asia, 2024 and 2030F (US$ billion)\n"
            "0.62 0.86 1.48 1.71 2.34 4.05\n"
            "2024 2030F\n"
            "Retail Public sector\n"
            "Source: Marlowe Advisory"
        ),
        obs=[
            ("Total", 2024, 1.48, "USD billion", "actual"),
            ("Total", 2030, 4.05, "USD billion", "estimate"),
        ],
        claims=[("cagr", 18.3, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (4.05 / 1.48) ** (1 / 6) - 1 = 18.268% -> 18.3 (bounds 18.177-18.359)
        ],
    ),
    # 5. an outlook's page: "a 3.4x increase on 2022" (x3.4 over two years, its base not printed), "compounding at
    #    62.6% a year" (inferred), a fraction in words, a footnote mark and its footnote, the running footer
    dict(
        text=(
            "Robotaxi services in China generated fare revenue of CNY 2.6 billion in\n"
            "2024, a 3.4x increase on 2022, according to our fleet model.² We expect\n"
            "revenue to reach CNY 48.0 billion in 2030, compounding at 62.6% a year,\n"
            "with roughly one-third of it earned in Guangdong.\n"
            "² Fare revenue excludes government subsidies and advertising income.\n"
            "Autonomous Mobility Outlook — July 2025 · 9"
        ),
        obs=[
            ("Total", 2024, 2.6, "CNY billion", "actual"),
            ("Total", 2030, 48.0, "CNY billion", "estimate"),
        ],
        claims=[
            ("multiple", 3.4, "multiple", 2022, 2024, 2.0),  # a 3.4x increase; the 2022 amount is not printed
            ("cagr", 62.6, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (48.0 / 2.6) ** (1 / 6) - 1 = 62.572% -> 62.6 (bounds 62.028-63.127)
        ],
    ),
    # 6. a strategy note under its running date line: "rose 81% to ... from ... a year earlier" (contradicted),
    #    "a further 46% rise this year, to about" (this year an approximate estimate); the figure's caption and
    #    source line boilerplate
    dict(
        text=(
            "Semiconductor Strategy · 2 June 2025\n"
            "Data-centre AI accelerator revenue rose 81% to $118.6 billion in 2024,\n"
            "from $66.5 billion a year earlier, and we see a further 46% rise this\n"
            "year, to about $173 billion (Figure 5).\n"
            "Figure 5: Data-centre AI accelerator revenue, 2022-2025E (US$ billion)\n"
            "Source: Tarrow Partners; company filings."
        ),
        obs=[
            ("Total", 2024, 118.6, "USD billion", "actual"),
            ("Total", 2023, 66.5, "USD billion", "actual"),
            ("Total", 2025, 173, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 81, "percent", 2023, 2024, 1.0),
            ("growth", 46, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 118.6 / 66.5 - 1 = 78.346%; bounds (118.55 / 66.55) -> 78.137%, (118.65 / 66.45) -> 78.555%:
            # 81 +- 0.5 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 173 / 118.6 - 1 = 45.868% -> 46 (bounds 45.386-46.352)
        ],
    ),
    # 7. a broker's report: "$13.9bn in 2025E and $38.0bn in 2028E" (E years in prose), a span broken across lines
    #    ("2025E–\n2028E", stated), a share of 2024 whose part is not printed; the exhibit, note and "Page 6 of 28"
    dict(
        text=(
            "Enterprise spending on large language model APIs came to $8.4bn in 2024\n"
            "(Exhibit 11). We model $13.9bn in 2025E and $38.0bn in 2028E, a 2025E–\n"
            "2028E CAGR of 39.8%. Coding assistants and customer-support bots together\n"
            "made up 47% of 2024 spend.\n"
            "Exhibit 11: Enterprise LLM API spend, 2023-2028E ($bn)\n"
            "Source: Aldergate Securities estimates. Note: excludes consumer subscriptions.\n"
            "Page 6 of 28"
        ),
        obs=[
            ("Total", 2024, 8.4, "USD billion", "actual"),
            ("Total", 2025, 13.9, "USD billion", "estimate"),
            ("Total", 2028, 38.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 39.8, "percent", 2025, 2028, None, "stated"),
            ("share", 47, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (38.0 / 13.9) ** (1 / 3) - 1 = 39.827% -> 39.8 (bounds 39.598-40.056)
        ],
    ),
    # 8. a "Key numbers" box of "•" bullets under the report's title (its years boilerplate): a part with a share
    #    reached only at the rounding, "That is 29.6% a year." (inferred) in the bullet after the amounts
    dict(
        text=(
            "Generative AI Content Tools: Market Outlook 2025-2028\n"
            "Key numbers\n"
            "• Generative AI content tools (text, image, video and audio) earned $14.7\n"
            "billion worldwide in 2024.\n"
            "• Video generation took $2.9 billion in 2024, or 19.4% of the total.\n"
            "• We expect the market to reach $41.5 billion in 2028.\n"
            "• That is 29.6% a year."
        ),
        obs=[
            ("Total", 2024, 14.7, "USD billion", "actual"),
            ("Video generation", 2024, 2.9, "USD billion", "actual"),
            ("Total", 2028, 41.5, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 19.4, "percent", 2024, 2024, None),
            ("cagr", 29.6, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # 2.9 / 14.7 = 19.728%, not 19.4 +- 0.05; bounds (2.85 / 14.75) -> 19.322%, (2.95 / 14.65) -> 20.137%:
            # 19.4 is reached only at the rounding
            ("arithmetic", "rounding"),
            ("cagr|period", "exact"),  # (41.5 / 14.7) ** (1 / 4) - 1 = 29.623% -> 29.6 (bounds 29.474-29.773)
        ],
    ),
    # 9. a white paper's English summary: "up 46.1% year on year" (no base printed), a bracketed footnote mark
    #    ("white paper[4]") and its footnote, a part whose name follows its amount ("went to servers\nand
    #    accelerators (60.3%)"), a projection for the next year; computing capacity in EFLOPS is no market value
    dict(
        text=(
            "China's investment in intelligent computing centre (AIDC) construction\n"
            "totalled RMB 187.2 billion in 2024, up 46.1% year on year, according to the\n"
            "Institute's white paper[4]. Of that total, RMB 112.8 billion went to servers\n"
            "and accelerators (60.3%). The Institute projects RMB 236 billion for 2025, by\n"
            "which time installed intelligent computing capacity should exceed 1,000 EFLOPS.\n"
            "[4] China Institute of Digital Infrastructure, AIDC White Paper (2025), p. 17."
        ),
        obs=[
            ("Total", 2024, 187.2, "CNY billion", "actual"),
            ("Servers and accelerators", 2024, 112.8, "CNY billion", "actual"),
            ("Total", 2025, 236, "CNY billion", "estimate"),
        ],
        claims=[
            ("growth", 46.1, "percent", 2023, 2024, 1.0),
            ("share", 60.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 112.8 / 187.2 = 60.256% -> 60.3
        ],
    ),
    # 10. a section of a healthcare report: "an estimated" figure for a past year (actual), a range with its unit
    #     printed twice ("$9 billion to\n$11 billion", two value claims), a footnote mark and its footnote (its
    #     year boilerplate)
    dict(
        text=(
            "Clinical AI software\n"
            "Hospitals in the United States spent an estimated $3.1 billion on clinical\n"
            "AI software in 2024. By 2029 we expect annual spending of $9 billion to\n"
            "$11 billion, depending on how quickly reimbursement widens.³\n"
            "³ Assumes Medicare coverage for AI-assisted imaging reads is extended beyond 2026."
        ),
        obs=[("Total", 2024, 3.1, "USD billion", "actual")],
        claims=[
            ("value", 9, "USD billion", 2029, 2029, None),
            ("value", 11, "USD billion", 2029, 2029, None),
        ],
        verdicts=[],
    ),
    # 11. "contracted 6.8%\nto €1.37 billion in 2024 (2023: €1.47 billion)": a negative rate before its amount, the
    #     base in brackets; "a return to growth of about 9% in 2025" a rate without an amount; the footnote's months
    dict(
        text=(
            "Revenue from AI video analytics for public safety in Europe contracted 6.8%\n"
            "to €1.37 billion in 2024 (2023: €1.47 billion) as police and transport\n"
            "tenders slowed.⁵ We expect a return to growth of about 9% in 2025.\n"
            "⁵ Tender counts from the EU's public procurement journal, January–December 2024."
        ),
        obs=[
            ("Total", 2024, 1.37, "EUR billion", "actual"),
            ("Total", 2023, 1.47, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", -6.8, "percent", 2023, 2024, 1.0),
            ("growth", 9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.37 / 1.47 - 1 = -6.803% -> -6.8 (bounds -7.458 to -6.143)
        ],
    ),
    # 12. a sector study's section: "compared with £19.1bn in 2022, equivalent to average growth of 12.3% a year"
    #     (inferred over two years), a part with its share in brackets; the section number, "(see Annex A, p. 34)"
    #     and the running footer boilerplate
    dict(
        text=(
            "2.1 Sector revenue\n"
            "The UK AI sector generated revenue of £24.1bn in 2024, compared with\n"
            "£19.1bn in 2022, equivalent to average growth of 12.3% a year. Dedicated\n"
            "AI firms accounted for £9.6bn of the 2024 total (39.8%), diversified firms\n"
            "for the rest (see Annex A, p. 34).\n"
            "Artificial Intelligence Sector Study 2025 · 11"
        ),
        obs=[
            ("Total", 2024, 24.1, "GBP billion", "actual"),
            ("Total", 2022, 19.1, "GBP billion", "actual"),
            ("Dedicated AI firms", 2024, 9.6, "GBP billion", "actual"),
        ],
        claims=[
            ("cagr", 12.3, "percent", 2022, 2024, None, "inferred"),
            ("share", 39.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (24.1 / 19.1) ** (1 / 2) - 1 = 12.329% -> 12.3 (bounds 12.066-12.593)
            ("arithmetic", "exact"),  # 9.6 / 24.1 = 39.834% -> 39.8
        ],
    ),
    # 13. a Japanese institute's summary in yen trillions and fiscal years: a CAGR whose span is printed in brackets
    #     ("(FY2024–FY2029 CAGR: 16.2%)", stated), "fiscal\n2024 spending" a share of 2024; the survey's title year
    dict(
        text=(
            "Japan's domestic AI systems market (hardware, software and services) was\n"
            "worth ¥1.36 trillion in fiscal 2024 and is forecast to reach ¥2.88\n"
            "trillion in fiscal 2029 (FY2024–FY2029 CAGR: 16.2%), according to the\n"
            "Yashiro Research Institute. Generative AI accounted for 27.5% of fiscal\n"
            "2024 spending.\n"
            "Yashiro Research Institute — AI Systems Market Survey 2025 · 3"
        ),
        obs=[
            ("Total", 2024, 1.36, "JPY trillion", "actual"),
            ("Total", 2029, 2.88, "JPY trillion", "estimate"),
        ],
        claims=[
            ("cagr", 16.2, "percent", 2024, 2029, None, "stated"),
            ("share", 27.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (2.88 / 1.36) ** (1 / 5) - 1 = 16.191% -> 16.2 (bounds 16.065-16.316)
        ],
    ),
    # 14. "representing a 2024–30 CAGR of" (short digits after an en dash, stated), a part with its share in brackets
    #     "of 2024 revenue"; "(see Exhibit 9)" and "(continued on next page)" boilerplate
    dict(
        text=(
            "Edge AI chip revenue was US$21.3 billion in 2024 and should reach US$64.0\n"
            "billion by 2030, representing a 2024–30 CAGR of 20.1% (see Exhibit 9).\n"
            "Automotive accounted for US$4.2 billion of 2024 revenue (19.7%), second\n"
            "only to smartphones.\n"
            "(continued on next page)"
        ),
        obs=[
            ("Total", 2024, 21.3, "USD billion", "actual"),
            ("Total", 2030, 64.0, "USD billion", "estimate"),
            ("Automotive", 2024, 4.2, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 20.1, "percent", 2024, 2030, None, "stated"),
            ("share", 19.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (64.0 / 21.3) ** (1 / 6) - 1 = 20.125% -> 20.1 (bounds 20.062-20.188)
            ("arithmetic", "exact"),  # 4.2 / 21.3 = 19.718% -> 19.7
        ],
    ),
    # 15. a sentence broken by a page break: "is projected to reach" at a page's foot, the running title (its year)
    #     and the page number ("12 / 48") between, and the amount at the next page's head
    dict(
        text=(
            "Sponsors' spending on AI in clinical trials (site selection, patient\n"
            "matching and data review) reached US$2.14 billion in 2024 and is projected to reach\n"
            "AI in Life Sciences: Market Report 2025\n"
            "12 / 48\n"
            "US$7.62 billion by 2030, a compound annual growth rate of 23.6% from 2024 to 2030."
        ),
        obs=[
            ("Total", 2024, 2.14, "USD billion", "actual"),
            ("Total", 2030, 7.62, "USD billion", "estimate"),
        ],
        claims=[("cagr", 23.6, "percent", 2024, 2030, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (7.62 / 2.14) ** (1 / 6) - 1 = 23.573% -> 23.6 (bounds 23.511-23.635)
        ],
    ),
    # 16. "up\nfrom $4.3 billion in 2023, an increase of 131%": a rate reached only at the rounding of its amounts;
    #     a footnote mark and its footnote
    dict(
        text=(
            "GPU-as-a-service revenue in North America reached $9.8 billion in 2024, up\n"
            "from $4.3 billion in 2023, an increase of 131%, as model developers rented\n"
            "capacity rather than buying it.⁶\n"
            "⁶ Includes specialist GPU clouds and the GPU instances of general-purpose cloud providers."
        ),
        obs=[
            ("Total", 2024, 9.8, "USD billion", "actual"),
            ("Total", 2023, 4.3, "USD billion", "actual"),
        ],
        claims=[("growth", 131, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 9.8 / 4.3 - 1 = 127.907%, not 131 +- 0.5; bounds (9.75 / 4.35) -> 124.138%, (9.85 / 4.25) -> 131.765%:
            # 131 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. a state research academy's 白皮书: a section number, computing capacity in EFLOPS (no market value), an amount
    #     parted from its unit by a line break (1,286.4亿\n元), 同比增长 with no base printed, a forecast's rate with a
    #     footnote mark glued after it (43.2%注1) and its 注1 line, the 数据来源 line boilerplate
    dict(
        text=(
            "（三）智算中心建设稳步推进\n"
            "截至2024年底，我国在用智算中心的智能算力规模达到725.3 EFLOPS。2024年，我国智算中心市场规模为1,286.4亿\n"
            "元，同比增长51.2%；预计2025年将达到1,842.6亿元，同比增长43.2%注1。\n"
            "注1：预测值基于各地已公布的在建项目测算。\n"
            "数据来源：国家数智产业研究院，2025年7月"
        ),
        obs=[
            ("Total", 2024, 1286.4, "CNY 100 million", "actual"),
            ("Total", 2025, 1842.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 51.2, "percent", 2023, 2024, 1.0),
            ("growth", 43.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1842.6 / 1286.4 - 1 = 43.237% -> 43.2 (bounds 43.227-43.246)
        ],
    ),
    # 18. a consultancy's 行业研究报告 broken by a page: 将达到 at a page's foot, the running header (its year) and the page
    #     number (12 / 48) between, the amount at the next page's head; 较2023年增长 with no base, 2024至2028年CAGR stated
    dict(
        text=(
            "2024年中国AIGC应用市场规模为412.7亿元，较2023年增长93.8%。随着多模态模型加速商用，\n"
            "预计2028年中国AIGC应用市场规模将达到\n"
            "中国AIGC应用行业研究报告 · 2025\n"
            "12 / 48\n"
            "1,986.4亿元，2024至2028年CAGR为48.1%。"
        ),
        obs=[
            ("Total", 2024, 412.7, "CNY 100 million", "actual"),
            ("Total", 2028, 1986.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 93.8, "percent", 2023, 2024, 1.0),
            ("cagr", 48.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (1986.4 / 412.7) ** (1 / 4) - 1 = 48.118% -> 48.1 (bounds 48.113-48.123)
        ],
    ),
    # 19. a market tracker's summary: the report's title and quarter boilerplate, 亿\n美元 parted by a line break,
    #     下半年 a half-year's figure (nowhere), a stated CAGR with a footnote digit glued after it (20.4%2) and its
    #     footnote, 市场份额达 a share whose part is not printed
    dict(
        text=(
            "环宇数据（GDC）最新发布的《中国人工智能服务器市场季度跟踪报告（2024年第四季度）》显示，2024年中国人工智能服务器"
            "市场规模达到221.4亿\n"
            "美元，同比增长78.6%，其中下半年市场规模为132.9亿美元。GDC预测，2029年中国人工智能服务器市场规模将达到559.8亿美元，"
            "2024-2029年复合增长率为20.4%2。从加速卡类型看，GPU服务器仍占据主导地位，市场份额达69.7%。\n"
            "2 复合增长率按美元现价计算。"
        ),
        obs=[
            ("Total", 2024, 221.4, "USD 100 million", "actual"),
            ("Total", 2029, 559.8, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 78.6, "percent", 2023, 2024, 1.0),
            ("cagr", 20.4, "percent", 2024, 2029, None, "stated"),
            ("share", 69.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (559.8 / 221.4) ** (1 / 5) - 1 = 20.385% -> 20.4 (bounds 20.377-20.392)
        ],
    ),
    # 20. an 行业概览 in ■ bullets: 以营收口径计, 由2019年的……增长至2024年的……, 2019年-2024年年复合增长率 and
    #     2024年-2029E年复合增长率 (spans printed with 年 after each year and an E on the last, both stated)
    dict(
        text=(
            "行业规模\n"
            "■ 以营收口径计，中国AI药物研发行业市场规模由2019年的8.2亿元增长至2024年的43.6亿元，2019年-2024年年复合增长率为"
            "39.7%。\n"
            "■ 随着大模型在靶点发现和分子生成环节的应用落地，预计该市场规模将于2029年达到152.4亿元，2024年-2029E年复合增长率为"
            "28.4%。\n"
            "来源：鲸策研究院"
        ),
        obs=[
            ("Total", 2019, 8.2, "CNY 100 million", "actual"),
            ("Total", 2024, 43.6, "CNY 100 million", "actual"),
            ("Total", 2029, 152.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 39.7, "percent", 2019, 2024, None, "stated"),
            ("cagr", 28.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (43.6 / 8.2) ** (1 / 5) - 1 = 39.680% -> 39.7 (bounds 39.478-39.883)
            ("cagr", "exact"),  # (152.4 / 43.6) ** (1 / 5) - 1 = 28.440% -> 28.4 (bounds 28.402-28.478)
        ],
    ),
    # 21. a prospectus's 行业概览 in the consultant style: the spaced section title, 于2024年达到人民币……, a historical
    #     2020年至2024年 rate without its base, 将以……的复合年增长率继续增长，并于2029年达到 (inferred over 2024-2029), a part
    #     with 占市场总规模的; the 资料来源 line and the page number between dashes boilerplate
    dict(
        text=(
            "行 业 概 览\n"
            "根据卓思咨询的资料，按收入计，中国具身智能机器人市场规模于2024年达到人民币48.6亿\n"
            "元，2020年至2024年的复合年增长率为62.7%。预计该市场规模将以54.8%的复合年增长率继续增长，并于2029年达到人民币\n"
            "432.5亿元。其中，工业场景于2024年的收入为人民币21.3亿元，占市场总规模的43.8%。\n"
            "资料来源：卓思咨询\n"
            "— 98 —"
        ),
        obs=[
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("Total", 2029, 432.5, "CNY 100 million", "estimate"),
            ("工业场景", 2024, 21.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 62.7, "percent", 2020, 2024, None, "stated"),
            ("cagr", 54.8, "percent", 2024, 2029, None, "inferred"),
            ("share", 43.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (432.5 / 48.6) ** (1 / 5) - 1 = 54.835% -> 54.8 (bounds 54.800-54.871)
            ("arithmetic", "exact"),  # 21.3 / 48.6 = 43.827% -> 43.8 (the 2020 amount is not printed: 62.7% unchecked)
        ],
    ),
    # 22. a research firm's report: 同比增长 with its base in the next clause (2023年为……), a part named with its year
    #     (2024年GPU芯片市场规模为……，占比……); the 图表 caption (its number and years) and 数据来源 boilerplate
    dict(
        text=(
            "赛睿顾问数据显示，2024年中国人工智能芯片市场规模达到1,447.6亿元，同比增长38.9%，2023年为1,042.2亿元。从产品结构看，"
            "2024年GPU芯片市场规模为1,012.3亿元，占比69.9%，仍是最大的细分市场。\n"
            "图表5 2022-2027年中国人工智能芯片市场规模与增长\n"
            "数据来源：赛睿顾问，2025年3月"
        ),
        obs=[
            ("Total", 2024, 1447.6, "CNY 100 million", "actual"),
            ("Total", 2023, 1042.2, "CNY 100 million", "actual"),
            ("GPU芯片", 2024, 1012.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 38.9, "percent", 2023, 2024, 1.0),
            ("share", 69.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1447.6 / 1042.2 - 1 = 38.898% -> 38.9 (bounds 38.887-38.910)
            ("arithmetic", "exact"),  # 1012.3 / 1447.6 = 69.930% -> 69.9
        ],
    ),
    # 23. a 渗透率 (no share of the market), a word parted by a line break (增\n长至), 同比增长 with no base, 将突破 an
    #     approximate estimate; the series title and page number in the footer boilerplate
    dict(
        text=(
            "2024年，我国乘用车L2级及以上辅助驾驶渗透率达到57.3%，带动智能驾驶域控制器市场规模增\n"
            "长至486.2亿元，同比增长41.7%；预计到2027年，市场规模将突破1,000亿元。\n"
            "汽车智能化系列研究 · 第 9 页"
        ),
        obs=[
            ("Total", 2024, 486.2, "CNY 100 million", "actual"),
            ("Total", 2027, 1000, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 41.7, "percent", 2023, 2024, 1.0)],
        verdicts=[],
    ),
    # 24. 约为……亿元4 (a footnote digit glued after the unit) and its footnote line, 有望突破, 年均复合增长率超过31%
    #     (inferred, at its printed figure), 占比超过四成 a fraction in words
    dict(
        text=(
            "据测算，2024年中国医疗人工智能市场规模约为97.5亿元4，预计2030年有望突破500亿元，年均复合增长率超过31%。其中，"
            "医学影像占比超过四成。\n"
            "4 含医学影像、辅助诊疗、医院管理等场景的AI软件及服务收入，不含硬件。"
        ),
        obs=[
            ("Total", 2024, 97.5, "CNY 100 million", "actual"),
            ("Total", 2030, 500, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 31, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (500 / 97.5) ** (1 / 6) - 1 = 31.319% -> 31 (bounds 31.286-31.352)
        ],
    ),
    # 25. a research note: 同比增\n长 parted by a line break (the rate with no base), 其中 a part with its 占比, 将超过 an
    #     approximate estimate; the chart caption (its number, its years and its unit) and 资料来源 boilerplate
    dict(
        text=(
            "2024年中国大模型市场规模为294.2亿元，同比增\n"
            "长112.4%；其中，多模态大模型市场规模为65.6亿元，占比22.3%。我们预计2026年中国大模型市场规模将超过700亿元。\n"
            "图表3：2022-2026E中国大模型市场规模（亿元）\n"
            "资料来源：星图研究院"
        ),
        obs=[
            ("Total", 2024, 294.2, "CNY 100 million", "actual"),
            ("多模态大模型", 2024, 65.6, "CNY 100 million", "actual"),
            ("Total", 2026, 700, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 112.4, "percent", 2023, 2024, 1.0),
            ("share", 22.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 65.6 / 294.2 = 22.298% -> 22.3
        ],
    ),
    # 26. a 白皮书 dated by its release line (2025年9月发布, the title's year boilerplate): 今年有望达到……左右 (2025's
    #     estimate) with 同比增长约, 2025-2028年年均复合增长率约 (stated)
    dict(
        text=(
            "中国数字经济研究院《AI智能体产业发展白皮书（2025年）》，2025年9月发布\n"
            "2024年，我国AI智能体市场规模为58.4亿元；今年有望达到132亿元左右，同比增长约126%。到2028年，市场规模有望达到"
            "1,120亿元，2025-2028年年均复合增长率约104%。"
        ),
        obs=[
            ("Total", 2024, 58.4, "CNY 100 million", "actual"),
            ("Total", 2025, 132, "CNY 100 million", "estimate"),
            ("Total", 2028, 1120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 126, "percent", 2024, 2025, 1.0),
            ("cagr", 104, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 132 / 58.4 - 1 = 126.027% -> 126 (bounds 124.979-127.078)
            ("cagr", "exact"),  # (1120 / 132) ** (1 / 3) - 1 = 103.961% -> 104 (bounds 103.674-104.250)
        ],
    ),
    # 27. 同比下滑\n5.8%，为……亿元① (a decline before its amount, a circled footnote mark) with 2023年该数字为 after it:
    #     contradicted; 增速约为8% a rate without an amount; the ① footnote boilerplate
    dict(
        text=(
            "受安防项目招标放缓影响，2024年中国计算机视觉市场规模同比下滑\n"
            "5.8%，为512.6亿元①，2023年该数字为552.1亿元。预计2025年市场将恢复增长，增速约为8%。\n"
            "① 含安防视频分析、工业视觉与商业视觉，不含硬件设备。"
        ),
        obs=[
            ("Total", 2024, 512.6, "CNY 100 million", "actual"),
            ("Total", 2023, 552.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", -5.8, "percent", 2023, 2024, 1.0),
            ("growth", 8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 512.6 / 552.1 - 1 = -7.155%; bounds (512.55 / 552.15) -> -7.172%, (512.65 / 552.05) -> -7.137%:
            # -5.8 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 28. a Taiwan institute in Traditional Chinese: 產值達新台幣……億元，年增率為 with 2023年為……億\n元 after it (a rate
    #     reached only at the rounding), 預估2025年……年增 exact; the page number (第 7 頁) boilerplate
    dict(
        text=(
            "產經策略研究所指出，2024年台灣AI晶片設計產值達新台幣2,152億元，年增率為38.2%，2023年為1,556億\n"
            "元；預估2025年產值將成長至2,980億元，年增38.5%。\n"
            "第 7 頁"
        ),
        obs=[
            ("Total", 2024, 2152, "TWD 100 million", "actual"),
            ("Total", 2023, 1556, "TWD 100 million", "actual"),
            ("Total", 2025, 2980, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 38.2, "percent", 2023, 2024, 1.0),
            ("growth", 38.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 2152 / 1556 - 1 = 38.303%, not 38.2 +- 0.05; bounds (2151.5 / 1556.5) -> 38.227%, (2152.5 / 1555.5) ->
            # 38.380%: 38.2 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 2980 / 2152 - 1 = 38.476% -> 38.5 (bounds 38.420-38.531)
        ],
    ),
    # 29. a Hong Kong prospectus's 行業概覽 in Traditional Chinese: 於2024年達人民幣……億元，較2020年的人民幣……億元大幅增長，
    #     期間複合年增長率 (inferred from its amounts' years), 2024年至2029年的複合年增長率 (stated) its amounts contradict
    dict(
        text=(
            "行業概覽\n"
            "根據晟觀諮詢報告，按收入計，中國AIGC營銷服務市場規模於2024年達人民幣96.8億元，較2020年的人民幣14.3億元大幅增長，"
            "期間複合年增長率為61.3%。受品牌方內容需求帶動，預計市場規模將於2029年達到人民幣412.5億元，2024年至2029年的"
            "複合年增長率為35.6%。\n"
            "資料來源：晟觀諮詢報告"
        ),
        obs=[
            ("Total", 2024, 96.8, "CNY 100 million", "actual"),
            ("Total", 2020, 14.3, "CNY 100 million", "actual"),
            ("Total", 2029, 412.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 61.3, "percent", 2020, 2024, None, "inferred"),
            ("cagr", 35.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (96.8 / 14.3) ** (1 / 4) - 1 = 61.300% -> 61.3 (bounds 61.139-61.462)
            # (412.5 / 96.8) ** (1 / 5) - 1 = 33.632%; bounds (412.45 / 96.85) -> 33.615%, (412.55 / 96.75) -> 33.649%:
            # 35.6 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 30. a Taiwan market-intelligence centre in Traditional Chinese: 預估2025年……將達1,280億美\n元 (an estimate, its unit
    #     parted by a line break) with its rate and the 2024 base after them, 可望突破 an approximate estimate, 五成以上 a
    #     fraction in words of shipments (nowhere)
    dict(
        text=(
            "資訊市場情報中心預估，2025年全球生成式AI終端裝置市場規模將達1,280億美\n"
            "元，年成長率為62.4%；2024年規模為788億美元。2028年可望突破3,000億美元，屆時AI PC將占整體出貨的五成以上。"
        ),
        obs=[
            ("Total", 2025, 1280, "USD 100 million", "estimate"),
            ("Total", 2024, 788, "USD 100 million", "actual"),
            ("Total", 2028, 3000, "USD 100 million", "estimate"),
        ],
        claims=[("growth", 62.4, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1280 / 788 - 1 = 62.437% -> 62.4 (bounds 62.270-62.603)
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. a chart's data labels as aligned rows under its caption: the running header ("… | 2025") and page number
    #     (23 / 48) above it, a row of years (2025E-2028E estimates), a row of amounts and a row of rates with no row
    #     labels (the market's Total and its year-on-year rates; one contradicted), the 数据来源 line
    dict(
        text=(
            "中国AI服务器行业研究报告 | 2025\n"
            "23 / 48\n"
            "图表12：2019-2028E中国AI服务器市场规模及增速（亿元，%）\n"
            "2019      2020      2021      2022      2023      2024      2025E     2026E     2027E     2028E\n"
            "143.2     217.5     336.8     452.6     609.4     1,028.7   1,486.5   1,962.2   2,433.1   2,870.9\n"
            "—         51.9%     54.9%     34.4%     34.6%     68.8%     44.5%     32.0%     26.0%     18.0%\n"
            "数据来源：赛睿顾问，行业研究部整理"
        ),
        obs=[
            ("Total", 2019, 143.2, "CNY 100 million", "actual"),
            ("Total", 2020, 217.5, "CNY 100 million", "actual"),
            ("Total", 2021, 336.8, "CNY 100 million", "actual"),
            ("Total", 2022, 452.6, "CNY 100 million", "actual"),
            ("Total", 2023, 609.4, "CNY 100 million", "actual"),
            ("Total", 2024, 1028.7, "CNY 100 million", "actual"),
            ("Total", 2025, 1486.5, "CNY 100 million", "estimate"),
            ("Total", 2026, 1962.2, "CNY 100 million", "estimate"),
            ("Total", 2027, 2433.1, "CNY 100 million", "estimate"),
            ("Total", 2028, 2870.9, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 51.9, "percent", 2019, 2020, 1.0),
            ("growth", 54.9, "percent", 2020, 2021, 1.0),
            ("growth", 34.4, "percent", 2021, 2022, 1.0),
            ("growth", 34.6, "percent", 2022, 2023, 1.0),
            ("growth", 68.8, "percent", 2023, 2024, 1.0),
            ("growth", 44.5, "percent", 2024, 2025, 1.0),
            ("growth", 32.0, "percent", 2025, 2026, 1.0),
            ("growth", 26.0, "percent", 2026, 2027, 1.0),
            ("growth", 18.0, "percent", 2027, 2028, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 217.5 / 143.2 - 1 = 51.885% -> 51.9
            ("cagr|implied", "exact"),  # 336.8 / 217.5 - 1 = 54.851% -> 54.9
            ("cagr|implied", "exact"),  # 452.6 / 336.8 - 1 = 34.382% -> 34.4
            ("cagr|implied", "exact"),  # 609.4 / 452.6 - 1 = 34.644% -> 34.6
            ("cagr|implied", "exact"),  # 1028.7 / 609.4 - 1 = 68.805% -> 68.8
            ("cagr|implied", "exact"),  # 1486.5 / 1028.7 - 1 = 44.503% -> 44.5
            ("cagr|implied", "exact"),  # 1962.2 / 1486.5 - 1 = 32.001% -> 32.0
            # 2433.1 / 1962.2 - 1 = 23.999%; bounds (2433.05 / 1962.25) -> 23.993%, (2433.15 / 1962.15) -> 24.004%:
            # 26.0 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 2870.9 / 2433.1 - 1 = 17.994% -> 18.0
        ],
    ),
    # 32. an analyst's "Exhibit 4:" in aligned columns, its footnote mark on the caption's unit ("(US$ billion)¹"),
    #     2025E and 2026E columns, a Total row; the source, note and footnote lines boilerplate
    dict(
        text=(
            "Exhibit 4: AI chip revenue by chip type, 2023-2026E (US$ billion)¹\n"
            "Chip type            2023      2024     2025E     2026E\n"
            "GPU                  48.2      96.4     131.8     162.5\n"
            "Custom ASIC          10.6      18.9      30.2      44.7\n"
            "FPGA and other        4.1       5.3       6.6       8.0\n"
            "Total                62.9     120.6     168.6     215.2\n"
            "Source: Tarrow Partners estimates.\n"
            "Note: E = estimate.\n"
            "¹ Merchant and captive silicon; excludes memory."
        ),
        obs=[
            ("GPU", 2023, 48.2, "USD billion", "actual"),
            ("GPU", 2024, 96.4, "USD billion", "actual"),
            ("GPU", 2025, 131.8, "USD billion", "estimate"),
            ("GPU", 2026, 162.5, "USD billion", "estimate"),
            ("Custom ASIC", 2023, 10.6, "USD billion", "actual"),
            ("Custom ASIC", 2024, 18.9, "USD billion", "actual"),
            ("Custom ASIC", 2025, 30.2, "USD billion", "estimate"),
            ("Custom ASIC", 2026, 44.7, "USD billion", "estimate"),
            ("FPGA and other", 2023, 4.1, "USD billion", "actual"),
            ("FPGA and other", 2024, 5.3, "USD billion", "actual"),
            ("FPGA and other", 2025, 6.6, "USD billion", "estimate"),
            ("FPGA and other", 2026, 8.0, "USD billion", "estimate"),
            ("Total", 2023, 62.9, "USD billion", "actual"),
            ("Total", 2024, 120.6, "USD billion", "actual"),
            ("Total", 2025, 168.6, "USD billion", "estimate"),
            ("Total", 2026, 215.2, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 48.2 + 10.6 + 4.1 = 62.9; 96.4 + 18.9 + 5.3 = 120.6; 131.8 + 30.2 + 6.6 = 168.6;
            # 162.5 + 44.7 + 8.0 = 215.2
            ("hierarchy", "exact"),
        ],
    ),
    # 33. an 行业概览's tab-separated 图表 with two CAGR columns (CAGR（2019-2024） and CAGR（2024-2029E）, both stated): each
    #     application two rates (one reached only at the rounding of its figures), its 合计 the whole
    dict(
        text=(
            "图表8：中国AI+医疗行业市场规模（按应用场景），2019-2029E（单位：亿元）\n"
            "应用场景\t2019年\t2024年\t2029E\tCAGR（2019-2024）\tCAGR（2024-2029E）\n"
            "医学影像\t12.4\t61.8\t214.6\t37.9%\t28.3%\n"
            "辅助诊疗\t5.2\t28.9\t132.7\t40.9%\t35.6%\n"
            "药物研发\t2.6\t19.7\t98.4\t50.2%\t37.9%\n"
            "健康管理\t3.1\t14.2\t52.0\t35.6%\t29.6%\n"
            "合计\t23.3\t124.6\t497.7\t39.8%\t31.9%\n"
            "来源：观砚研究院"
        ),
        obs=[
            ("医学影像", 2019, 12.4, "CNY 100 million", "actual"),
            ("医学影像", 2024, 61.8, "CNY 100 million", "actual"),
            ("医学影像", 2029, 214.6, "CNY 100 million", "estimate"),
            ("辅助诊疗", 2019, 5.2, "CNY 100 million", "actual"),
            ("辅助诊疗", 2024, 28.9, "CNY 100 million", "actual"),
            ("辅助诊疗", 2029, 132.7, "CNY 100 million", "estimate"),
            ("药物研发", 2019, 2.6, "CNY 100 million", "actual"),
            ("药物研发", 2024, 19.7, "CNY 100 million", "actual"),
            ("药物研发", 2029, 98.4, "CNY 100 million", "estimate"),
            ("健康管理", 2019, 3.1, "CNY 100 million", "actual"),
            ("健康管理", 2024, 14.2, "CNY 100 million", "actual"),
            ("健康管理", 2029, 52.0, "CNY 100 million", "estimate"),
            ("合计", 2019, 23.3, "CNY 100 million", "actual"),
            ("合计", 2024, 124.6, "CNY 100 million", "actual"),
            ("合计", 2029, 497.7, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 37.9, "percent", 2019, 2024, None, "stated"),
            ("cagr", 28.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 40.9, "percent", 2019, 2024, None, "stated"),
            ("cagr", 35.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 50.2, "percent", 2019, 2024, None, "stated"),
            ("cagr", 37.9, "percent", 2024, 2029, None, "stated"),
            ("cagr", 35.6, "percent", 2019, 2024, None, "stated"),
            ("cagr", 29.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 39.8, "percent", 2019, 2024, None, "stated"),
            ("cagr", 31.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (61.8 / 12.4) ** (1 / 5) - 1 = 37.884% -> 37.9
            ("cagr", "exact"),  # (214.6 / 61.8) ** (1 / 5) - 1 = 28.271% -> 28.3
            ("cagr", "exact"),  # (28.9 / 5.2) ** (1 / 5) - 1 = 40.922% -> 40.9
            ("cagr", "exact"),  # (132.7 / 28.9) ** (1 / 5) - 1 = 35.642% -> 35.6
            # (19.7 / 2.6) ** (1 / 5) - 1 = 49.933%, not 50.2 +- 0.05; bounds (19.65 / 2.65) -> 49.287%,
            # (19.75 / 2.55) -> 50.593%: 50.2 is reached only at the rounding
            ("cagr", "rounding"),
            ("cagr", "exact"),  # (98.4 / 19.7) ** (1 / 5) - 1 = 37.945% -> 37.9
            ("cagr", "exact"),  # (14.2 / 3.1) ** (1 / 5) - 1 = 35.577% -> 35.6
            ("cagr", "exact"),  # (52.0 / 14.2) ** (1 / 5) - 1 = 29.641% -> 29.6
            ("cagr", "exact"),  # (124.6 / 23.3) ** (1 / 5) - 1 = 39.840% -> 39.8
            ("cagr", "exact"),  # (497.7 / 124.6) ** (1 / 5) - 1 = 31.914% -> 31.9
            # 12.4 + 5.2 + 2.6 + 3.1 = 23.3; 61.8 + 28.9 + 19.7 + 14.2 = 124.6; 214.6 + 132.7 + 98.4 + 52.0 = 497.7
            ("hierarchy", "exact"),
        ],
    ),
    # 34. a broker's pipe table whose rows are years (2025E and 2026E estimates) with two value columns, "Global" and
    #     "China" (each an item of its header's name), and a "China's share" column: each year's share with an
    #     ``arithmetic`` verdict; the table's number and its source and note line boilerplate
    dict(
        text=(
            "Table 7: Foundation model revenue, global and China, 2022-2026E (US$ billion)\n"
            "| Year | Global | China | China's share |\n"
            "|---|---|---|---|\n"
            "| 2022 | 6.4 | 0.9 | 14.1% |\n"
            "| 2023 | 15.2 | 2.3 | 15.1% |\n"
            "| 2024 | 33.6 | 5.4 | 16.1% |\n"
            "| 2025E | 61.0 | 10.2 | 16.7% |\n"
            "| 2026E | 98.5 | 17.1 | 17.4% |\n"
            "Source: Aldergate Securities. Note: model licences and API revenue only."
        ),
        obs=[
            ("Global", 2022, 6.4, "USD billion", "actual"),
            ("Global", 2023, 15.2, "USD billion", "actual"),
            ("Global", 2024, 33.6, "USD billion", "actual"),
            ("Global", 2025, 61.0, "USD billion", "estimate"),
            ("Global", 2026, 98.5, "USD billion", "estimate"),
            ("China", 2022, 0.9, "USD billion", "actual"),
            ("China", 2023, 2.3, "USD billion", "actual"),
            ("China", 2024, 5.4, "USD billion", "actual"),
            ("China", 2025, 10.2, "USD billion", "estimate"),
            ("China", 2026, 17.1, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 14.1, "percent", 2022, 2022, None),
            ("share", 15.1, "percent", 2023, 2023, None),
            ("share", 16.1, "percent", 2024, 2024, None),
            ("share", 16.7, "percent", 2025, 2025, None),
            ("share", 17.4, "percent", 2026, 2026, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 0.9 / 6.4 = 14.062% -> 14.1
            ("arithmetic", "exact"),  # 2.3 / 15.2 = 15.132% -> 15.1
            ("arithmetic", "exact"),  # 5.4 / 33.6 = 16.071% -> 16.1
            ("arithmetic", "exact"),  # 10.2 / 61.0 = 16.721% -> 16.7
            ("arithmetic", "exact"),  # 17.1 / 98.5 = 17.360% -> 17.4
        ],
    ),
    # 35. a Traditional Chinese pipe table under 單位：新台幣億元 with 2024年 and 2025年(F) columns and a 年增率 column,
    #     its 總計 row last; the 註 line boilerplate
    dict(
        text=(
            "台灣AI伺服器產值（按產品別）\n"
            "單位：新台幣億元\n"
            "| 產品別 | 2024年 | 2025年(F) | 年增率 |\n"
            "|---|---|---|---|\n"
            "| 伺服器整機 | 8,426 | 11,935 | 41.6% |\n"
            "| GPU模組與基板 | 4,218 | 6,520 | 54.6% |\n"
            "| 散熱與機構件 | 1,616 | 2,408 | 49.0% |\n"
            "| 總計 | 14,260 | 20,863 | 46.3% |\n"
            "註：(F)為預測值。"
        ),
        obs=[
            ("伺服器整機", 2024, 8426, "TWD 100 million", "actual"),
            ("伺服器整機", 2025, 11935, "TWD 100 million", "estimate"),
            ("GPU模組與基板", 2024, 4218, "TWD 100 million", "actual"),
            ("GPU模組與基板", 2025, 6520, "TWD 100 million", "estimate"),
            ("散熱與機構件", 2024, 1616, "TWD 100 million", "actual"),
            ("散熱與機構件", 2025, 2408, "TWD 100 million", "estimate"),
            ("總計", 2024, 14260, "TWD 100 million", "actual"),
            ("總計", 2025, 20863, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.6, "percent", 2024, 2025, 1.0),
            ("growth", 54.6, "percent", 2024, 2025, 1.0),
            ("growth", 49.0, "percent", 2024, 2025, 1.0),
            ("growth", 46.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 11935 / 8426 - 1 = 41.645% -> 41.6
            ("cagr|implied", "exact"),  # 6520 / 4218 - 1 = 54.576% -> 54.6
            ("cagr|implied", "exact"),  # 2408 / 1616 - 1 = 49.010% -> 49.0
            ("cagr|implied", "exact"),  # 20863 / 14260 - 1 = 46.304% -> 46.3
            # 8426 + 4218 + 1616 = 14260; 11935 + 6520 + 2408 = 20863
            ("hierarchy", "exact"),
        ],
    ),
    # 36. a tracker's pipe table in "(US$ million)" with a Share column: one share its amounts contradict, the
    #     Total's 100.0% no claim, the source line (its quarter) boilerplate
    dict(
        text=(
            "Table 2: Worldwide AI inference server market by accelerator type, 2024 (US$ million)\n"
            "| Accelerator type | Revenue | Share |\n"
            "|---|---|---|\n"
            "| GPU | 18,642 | 69.7% |\n"
            "| Custom ASIC | 6,915 | 25.8% |\n"
            "| Other | 1,208 | 5.5% |\n"
            "| Total | 26,765 | 100.0% |\n"
            "Source: Calloway Data Corporation, Worldwide Quarterly AI Infrastructure Tracker, 2025Q1"
        ),
        obs=[
            ("GPU", 2024, 18642, "USD million", "actual"),
            ("Custom ASIC", 2024, 6915, "USD million", "actual"),
            ("Other", 2024, 1208, "USD million", "actual"),
            ("Total", 2024, 26765, "USD million", "actual"),
        ],
        claims=[
            ("share", 69.7, "percent", 2024, 2024, None),
            ("share", 25.8, "percent", 2024, 2024, None),
            ("share", 5.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 18642 / 26765 = 69.651% -> 69.7
            ("arithmetic", "exact"),  # 6915 / 26765 = 25.836% -> 25.8
            # 1208 / 26765 = 4.513%; bounds (1207.5 / 26765.5) -> 4.511%, (1208.5 / 26764.5) -> 4.515%:
            # 5.5 +- 0.05 outside
            ("arithmetic", "inconsistent"),
            ("hierarchy", "exact"),  # 18642 + 6915 + 1208 = 26765
        ],
    ),
    # 37. an aligned exhibit broken by a page: the running footer and page number and "Exhibit 9 (continued)" with
    #     its repeated header between its rows; the 2024 parts miss their Total by 1, a ``hierarchy`` verdict
    #     reached only at the rounding
    dict(
        text=(
            "Exhibit 9: Clinical AI software revenue by specialty, Europe, 2023-2025E (EUR million)\n"
            "Specialty            2023      2024     2025E\n"
            "Radiology             812     1,046     1,318\n"
            "Cardiology            264       371       502\n"
            "Clinical AI Market Monitor — 2025 edition · 17\n"
            "Exhibit 9 (continued)\n"
            "Specialty            2023      2024     2025E\n"
            "Pathology             118       187       276\n"
            "Other                 431       527       649\n"
            "Total               1,625     2,132     2,745\n"
            "Source: Kestle Health Analytics. Note: E = estimate."
        ),
        obs=[
            ("Radiology", 2023, 812, "EUR million", "actual"),
            ("Radiology", 2024, 1046, "EUR million", "actual"),
            ("Radiology", 2025, 1318, "EUR million", "estimate"),
            ("Cardiology", 2023, 264, "EUR million", "actual"),
            ("Cardiology", 2024, 371, "EUR million", "actual"),
            ("Cardiology", 2025, 502, "EUR million", "estimate"),
            ("Pathology", 2023, 118, "EUR million", "actual"),
            ("Pathology", 2024, 187, "EUR million", "actual"),
            ("Pathology", 2025, 276, "EUR million", "estimate"),
            ("Other", 2023, 431, "EUR million", "actual"),
            ("Other", 2024, 527, "EUR million", "actual"),
            ("Other", 2025, 649, "EUR million", "estimate"),
            ("Total", 2023, 1625, "EUR million", "actual"),
            ("Total", 2024, 2132, "EUR million", "actual"),
            ("Total", 2025, 2745, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 812 + 264 + 118 + 431 = 1625 and 1318 + 502 + 276 + 649 = 2745, but 1046 + 371 + 187 + 527 = 2131, not
            # 2132; at half their last digit the parts reach 2129-2133 and the total 2131.5-2132.5: 2024 adds up only
            # at the rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 38. a Chinese tab-separated table (表4) under 单位：亿元 with 2023年 and 2024年 columns and a 增速 column (one reached
    #     only at the rounding of its figures), its 合计 the whole; the 注 line boilerplate
    dict(
        text=(
            "表4 2023-2024年中国智算中心服务市场规模（按地区）\n"
            "单位：亿元\n"
            "地区\t2023年\t2024年\t增速\n"
            "京津冀\t86.2\t131.6\t52.7%\n"
            "长三角\t112.8\t168.3\t49.2%\n"
            "粤港澳大湾区\t64.7\t97.1\t50.1%\n"
            "成渝\t21.6\t35.4\t63.9%\n"
            "其他\t9.8\t15.2\t54.6%\n"
            "合计\t295.1\t447.6\t51.7%\n"
            "注：智算中心服务含算力租赁、模型训练与推理托管。"
        ),
        obs=[
            ("京津冀", 2023, 86.2, "CNY 100 million", "actual"),
            ("京津冀", 2024, 131.6, "CNY 100 million", "actual"),
            ("长三角", 2023, 112.8, "CNY 100 million", "actual"),
            ("长三角", 2024, 168.3, "CNY 100 million", "actual"),
            ("粤港澳大湾区", 2023, 64.7, "CNY 100 million", "actual"),
            ("粤港澳大湾区", 2024, 97.1, "CNY 100 million", "actual"),
            ("成渝", 2023, 21.6, "CNY 100 million", "actual"),
            ("成渝", 2024, 35.4, "CNY 100 million", "actual"),
            ("其他", 2023, 9.8, "CNY 100 million", "actual"),
            ("其他", 2024, 15.2, "CNY 100 million", "actual"),
            ("合计", 2023, 295.1, "CNY 100 million", "actual"),
            ("合计", 2024, 447.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 52.7, "percent", 2023, 2024, 1.0),
            ("growth", 49.2, "percent", 2023, 2024, 1.0),
            ("growth", 50.1, "percent", 2023, 2024, 1.0),
            ("growth", 63.9, "percent", 2023, 2024, 1.0),
            ("growth", 54.6, "percent", 2023, 2024, 1.0),
            ("growth", 51.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 131.6 / 86.2 - 1 = 52.668% -> 52.7
            ("cagr|implied", "exact"),  # 168.3 / 112.8 - 1 = 49.202% -> 49.2
            ("cagr|implied", "exact"),  # 97.1 / 64.7 - 1 = 50.077% -> 50.1
            ("cagr|implied", "exact"),  # 35.4 / 21.6 - 1 = 63.889% -> 63.9
            # 15.2 / 9.8 - 1 = 55.102%, not 54.6 +- 0.05; bounds (15.15 / 9.85) -> 53.807%, (15.25 / 9.75) -> 56.410%:
            # 54.6 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 447.6 / 295.1 - 1 = 51.677% -> 51.7
            # 86.2 + 112.8 + 64.7 + 21.6 + 9.8 = 295.1; 131.6 + 168.3 + 97.1 + 35.4 + 15.2 = 447.6
            ("hierarchy", "exact"),
        ],
    ),
    # 39. a research firm's pipe table (表3-2, the year from its title) with 规模（亿元） and 占比 columns: each 模态 its
    #     share with an ``arithmetic`` verdict, its 总计 the whole and its 100.0% no claim
    dict(
        text=(
            "表3-2 2024年中国AIGC市场结构（按模态）\n"
            "| 模态 | 规模（亿元） | 占比 |\n"
            "|---|---|---|\n"
            "| 文本生成 | 168.4 | 40.8% |\n"
            "| 图像生成 | 102.6 | 24.9% |\n"
            "| 视频生成 | 71.5 | 17.3% |\n"
            "| 音频生成 | 38.9 | 9.4% |\n"
            "| 其他 | 31.3 | 7.6% |\n"
            "| 总计 | 412.7 | 100.0% |\n"
            "数据来源：赛睿顾问"
        ),
        obs=[
            ("文本生成", 2024, 168.4, "CNY 100 million", "actual"),
            ("图像生成", 2024, 102.6, "CNY 100 million", "actual"),
            ("视频生成", 2024, 71.5, "CNY 100 million", "actual"),
            ("音频生成", 2024, 38.9, "CNY 100 million", "actual"),
            ("其他", 2024, 31.3, "CNY 100 million", "actual"),
            ("总计", 2024, 412.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 40.8, "percent", 2024, 2024, None),
            ("share", 24.9, "percent", 2024, 2024, None),
            ("share", 17.3, "percent", 2024, 2024, None),
            ("share", 9.4, "percent", 2024, 2024, None),
            ("share", 7.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 168.4 / 412.7 = 40.804% -> 40.8
            ("arithmetic", "exact"),  # 102.6 / 412.7 = 24.861% -> 24.9
            ("arithmetic", "exact"),  # 71.5 / 412.7 = 17.325% -> 17.3
            ("arithmetic", "exact"),  # 38.9 / 412.7 = 9.426% -> 9.4
            ("arithmetic", "exact"),  # 31.3 / 412.7 = 7.584% -> 7.6
            ("hierarchy", "exact"),  # 168.4 + 102.6 + 71.5 + 38.9 + 31.3 = 412.7
        ],
    ),
    # 40. a chart's data table, tab-separated, whose rows are years (2025E and 2026E estimates) and whose columns are
    #     the levels and a "Total" column (each an item of its header's name, the Total the whole)
    dict(
        text=(
            "Figure 9 data: ADAS and autonomous driving software revenue by level, China, 2023-2026E (US$ billion)\n"
            "Year\tL2/L2+\tL3\tL4\tTotal\n"
            "2023\t6.8\t0.4\t0.9\t8.1\n"
            "2024\t9.1\t0.7\t1.3\t11.1\n"
            "2025E\t11.9\t1.2\t2.0\t15.1\n"
            "2026E\t15.2\t2.1\t3.1\t20.4\n"
            "Note: L4 covers robotaxi and robotruck software. E = estimate.\n"
            "Source: Autonomous Mobility Outlook, July 2025."
        ),
        obs=[
            ("L2/L2+", 2023, 6.8, "USD billion", "actual"),
            ("L2/L2+", 2024, 9.1, "USD billion", "actual"),
            ("L2/L2+", 2025, 11.9, "USD billion", "estimate"),
            ("L2/L2+", 2026, 15.2, "USD billion", "estimate"),
            ("L3", 2023, 0.4, "USD billion", "actual"),
            ("L3", 2024, 0.7, "USD billion", "actual"),
            ("L3", 2025, 1.2, "USD billion", "estimate"),
            ("L3", 2026, 2.1, "USD billion", "estimate"),
            ("L4", 2023, 0.9, "USD billion", "actual"),
            ("L4", 2024, 1.3, "USD billion", "actual"),
            ("L4", 2025, 2.0, "USD billion", "estimate"),
            ("L4", 2026, 3.1, "USD billion", "estimate"),
            ("Total", 2023, 8.1, "USD billion", "actual"),
            ("Total", 2024, 11.1, "USD billion", "actual"),
            ("Total", 2025, 15.1, "USD billion", "estimate"),
            ("Total", 2026, 20.4, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 6.8 + 0.4 + 0.9 = 8.1; 9.1 + 0.7 + 1.3 = 11.1; 11.9 + 1.2 + 2.0 = 15.1; 15.2 + 2.1 + 3.1 = 20.4
            ("hierarchy", "exact"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "forty-eighth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 4, "inconsistent": 6, "rounding": 6, "exact": 78}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "reached US$142.6\nbillion in 2024",
    "more than double the US$63.8 billion spent in 2023.¹",
    "for 2024-\n2028.",
    "INDUSTRY OVERVIEW\n",
    "grew at a CAGR of 41.5% from RMB1.2 billion in",
    "— 142 —",
    "in the second\nhalf of 2024",
    "which represents a 2024–2028\nCAGR of 65.5%",
    "deploy-\nments.",
    "0.62 0.86 1.48 1.71 2.34 4.05\n2024 2030F\nRetail Public sector",
    "a 3.4x increase on 2022",
    "compounding at 62.6% a year",
    "Semiconductor Strategy · 2 June 2025\n",
    "a further 46% rise this\nyear, to about $173 billion",
    "a 2025E–\n2028E CAGR of 39.8%",
    "Page 6 of 28",
    "• That is 29.6% a year.",
    "white paper[4]",
    "went to servers\nand accelerators (60.3%)",
    "$9 billion to\n$11 billion",
    "(2023: €1.47 billion)",
    "equivalent to average growth of 12.3% a year",
    "(FY2024–FY2029 CAGR: 16.2%)",
    "a 2024–30 CAGR of 20.1%",
    "(continued on next page)",
    "is projected to reach\nAI in Life Sciences: Market Report 2025\n12 / 48\nUS$7.62 billion",
    "an increase of 131%",
    "1,286.4亿\n元",
    "同比增长43.2%注1",
    "将达到\n中国AIGC应用行业研究报告 · 2025\n12 / 48\n1,986.4亿元",
    "其中下半年市场规模为132.9亿美元",
    "复合增长率为20.4%2。",
    "2024年-2029E年复合增长率为",
    "行 业 概 览",
    "将以54.8%的复合年增长率继续增长",
    "图表5 2022-2027年中国人工智能芯片市场规模与增长",
    "渗透率达到57.3%",
    "约为97.5亿元4，",
    "同比增\n长112.4%",
    "今年有望达到132亿元左右",
    "同比下滑\n5.8%，为512.6亿元①",
    "2023年為1,556億\n元",
    "期間複合年增長率為61.3%",
    "1,280億美\n元",
    "中国AI服务器行业研究报告 | 2025\n23 / 48",
    "(US$ billion)¹",
    "CAGR（2019-2024）\tCAGR（2024-2029E）",
    "| Year | Global | China | China's share |",
    "| 2025年(F) |",
    "Exhibit 9 (continued)",
    "地区\t2023年\t2024年\t增速",
    "Year\tL2/L2+\tL3\tL4\tTotal",
)
#: the set's blind score (scored once, before any rule was written for it): 199 figures, 56 rates, 65 verdicts and 1
#: false inconsistent; chosen on; now 215 figures, 72 rates, 88 verdicts, no false inconsistent
FLOORS = {"figures_found": 215, "rates_found": 72, "verdicts_right": 89}
#: at most this many false inconsistent verdicts
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset48.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
