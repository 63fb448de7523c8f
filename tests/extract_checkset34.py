"""A thirty-fourth check set for the extractor, written blind, as the next hundred reports will come: a research store's
summary with regions, segments and end users, a report page's scope block, a news story quoting several firms, an
earnings call and an investor-day slide sizing a TAM, a government release, an association's release in yen, a
statistics portal, a newsletter with bullets, a PDF page with its footer, a dated wire story, hedged and ranged figures,
parts in a list, the plain forms (valued at, expected to reach, a CAGR; a year-on-year rate; a share with its part and
whole), a European association; Chinese research firms, ministries, think tanks, financial media and associations,
Taiwan institutes and a Taiwan daily in Traditional Chinese, a Hong Kong government press release; and tables in pipes,
tabs and aligned columns, with E and F columns, CAGR and growth columns and note lines.

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

What this set's sources add to them: in a research store's summary "was estimated at USD 26.4 billion in 2024 and is
projected to reach USD 93.8 billion by 2030" gives the ``actual`` base and the ``estimate``, and "growing at a CAGR of
23.6% from 2025 to 2030" is ``stated`` over its printed span, which starts the year after the base's, so no printed
amount checks it (no verdict); Asia Pacific's "fastest CAGR of 26.9% from 2025 to 2030" is a part's rate, a ``stated``
claim without a verdict, the region's, the component's and the end use's shares of 2024 are shares, and the title's
years are boilerplate. In a report page's scope block of "label: value" lines "Market size value in 2024" is ``actual``,
"Revenue forecast in 2032" an ``estimate`` and "CAGR of 27.6% from 2024 to 2032" ``stated``, while the base year, the
historical years, the page count and the segments carry no figure. In a news story quoting several firms the first
firm's base ("last year's revenue", 2024 under the dateline), target and rate ("a compound annual rate of 44%",
``inferred``) are the snippet's, the other firms' 2030 figures ("is more bullish, projecting $62 billion", "pencils in a
more modest $28 billion") are expected nowhere, and "38% of 2024 revenue" is a share. On an earnings call the company's
quarterly and yearly revenue and its growth are expected nowhere, "in calendar 2024" and "by calendar 2028" count as
their years, "north of $60 billion" is an approximate ``estimate`` and "Call it a 35% compound growth rate"
``inferred``. An investor-day slide's "$115B (2024) → $310B (2029E)" gives each year in brackets after its figure (2029E
an ``estimate``), "~22% CAGR" is ``inferred``, and the slide number and "roughly half of it" carry no figure. In a
government release "Published 2 July 2025" is the dateline, "£16.9 billion in revenue last year" 2024's figure (GBP
billion), "up 22% on the £13.8 billion recorded in 2023" a year-on-year rate with its base, and the people employed, the
firms and the private investment are expected nowhere. An association's "¥1.27 trillion in fiscal 2024 (about $8.5
billion)" opens a series in JPY trillion and its dollar conversion is no observation, so "¥966.5 billion a year earlier"
is expected as 0.9665 (JPY trillion, fiscal 2023), "a 31.4% increase" is its year-on-year rate and ``exact`` on the
printed yen amounts, fiscal 2027 is an ``estimate`` and the member companies a count. In a statistics portal's lines "is
projected to reach US$253.6bn in 2025" is a year a forecast cue governs (``estimate``), "US$1.04tn by 2031" is 1040 in
the series' USD billion, "(CAGR 2025-2031) of 26.6%" is ``stated`` and reached only at the rounding of its amounts
(1.04tn printed to the 0.01 trillion), "Machine Learning, the market's largest segment" is a part (``Machine
Learning``), "the United States (US$74.1bn in 2025)" a country's market of its own name (``United States``), and the
update line boilerplate. In a newsletter whose "•" bullets put the figure first ("$14.6B: what enterprises spent ... in
2024") each bullet's year gets its figure, "a five-year CAGR of about 32%" is ``inferred`` (a span in words), "61%: the
slice of 2024 inference spend" a share, and the issue number and the unsubscribe line boilerplate. On a PDF page the
section number, the footer ("Page 23 of 61") and the copyright line are boilerplate, "We estimate ... at USD 3.26
billion in 2024" is ``actual`` (a past year's size, no forecast), "(bull case: USD 15.8 billion)" is expected nowhere
and "a compound annual growth rate of 23.2% over 2024–2030" is ``stated`` across an en dash. In a dated wire story "will
nearly double this year to about $34 billion" gives the dateline's year an approximate ``estimate`` and a multiple (x2
over 2024-2025), and "after a 190% jump to $18.2 billion last year" gives the year before its ``actual`` figure with a
year-on-year rate printed before its amount, whose base is not printed. "Topped $4 billion in 2024" is a lower bound
expected at its printed figure, "anywhere from $25 billion to $30 billion by 2030" a range (two ``value`` claims),
"growth of at least 35% a year" an ``inferred`` rate without a verdict (its end is a range), and the bull case and "As
many as 70% of professional developers" are expected nowhere. In a list of parts "Financial services was the largest
buyer ... at $11.2 billion, followed by retail ($6.4 billion), healthcare ($5.1 billion) and manufacturing ($4.7
billion)" gives each part its bracketed figure (``Financial services``, ``Retail``, ``Healthcare``, ``Manufacturing``),
and the whole's "up 21.7% from $30.6 billion in 2023" is contradicted by its amounts. In the plain form "was valued at
USD 2.08 billion in 2024 and is expected to reach USD 7.35 billion by 2031, expanding at a CAGR of 19.8% over the
forecast period" the rate is ``inferred`` (the period is not printed), and "is set to more than double by 2028, to USD
4.3 billion" an ``estimate`` with a multiple (x2 over 2024-2028). "Rose 18.4% year over year to $9.67 billion in 2024,
from $8.17 billion in 2023" is a rate printed before its amounts, and "Software licences brought in $3.92 billion of
that, or 40.5% of the total" a part with a share and its ``arithmetic`` verdict. In a Berlin release "grew to €10.3
billion last year" is 2024's figure (EUR billion), "In 2021 the market had stood at €5.9 billion" an amount after its
year, "average annual growth of 24.6 per cent" a CAGR ``inferred`` from its amounts' years and contradicted by them, and
"For this year it expects a further rise of 19 per cent, to about €12.3 billion" the dateline's year's ``estimate`` with
its year-on-year rate. In an 艾瑞-style release the report's title year is boilerplate, 较上年增长31.7% a rate whose base is
not printed, 2024-2028年CAGR为29.7% ``stated`` and AIGC内容生产占比约为43% a share. In a 前瞻-style item
2019-2024年……由12.3亿元增长至58.9亿元 gives the span's two years their figures (no rate is printed for it), 有望超过200亿元 is an
approximate ``estimate`` and 未来六年年均复合增长率约为23% ``inferred`` (a span in words). In a 中商-style item the report's title
years are boilerplate, 约为96.2亿元 and 约为118.5亿元 the years' figures, 同比增长23.2% a rate with its base and 分析师预测 a forecast
cue. In an IDC中国-style release 亿美元 is USD 100 million, 五年复合增长率（CAGR）约为34% ``inferred`` and 占比将从2024年的21%提升至2029年的45%以上 a
share in each year (the second approximate). At a 工信部 press conference under the dateline （2025年4月17日） 去年……超过6,800亿元 is
2024's lower bound (``actual``, at its printed figure), 同比增长约22% a rate whose base is not printed, the firms a count and
今年……有望突破8,000亿元 an approximate ``estimate``. In a 信通院 white paper 9,180亿元 opens a series in CNY 100 million, so
将首次突破1.1万亿元 is the 2025 ``estimate`` expected as 11000, and the paper's title year and the models filed are boilerplate.
In 证券时报 the reporter's line is boilerplate, 今年一季度 a quarter's figure, expected nowhere with its 同比增长71%,
2025年全年……将达到2,360亿元 an ``estimate`` and 较2024年的1,520亿元增长52.6% a rate its amounts contradict. In 21世纪经济报道 the reporter
and the place are boilerplate, 其中硬件、软件算法和数据服务规模分别为612亿元、298亿元和136亿元 gives three listed parts their figures (``硬件``,
``软件算法``, ``数据服务``) and 占比分别为 each its share with an ``arithmetic`` verdict (parts in prose get no ``hierarchy``
verdict). In 财新 较2023年的207.3亿元下降12.0% is a negative year-on-year rate with its base, reached only at the rounding of its
amounts, and 今年仍将小幅回落 carries no figure. In an association's release 较2021年的198亿元翻了一番多 is a multiple (x2 over 2021-2024)
beside both amounts, 850亿元左右 an approximate ``estimate`` and 2024-2027年年均增速约27% ``stated``. In a 資策會 MIC release dated
(2025/07/09) 今年 is 2025 (``estimate``), 較去年的1,230億美元成長58.9% a year-on-year rate with its base and 2024至2028年年複合成長率為41.5%
``stated``. In a 工研院 item 約為186億美元 is the market's 2024 figure, 消費性電子約占41.5% and 車用占23.8% shares without their parts'
amounts (no verdict), and 預估2025年……年增28.0% an ``estimate`` with its year-on-year rate. In 經濟日報 the reporter's line is
boilerplate, 第1季 a quarter's figure and its 季增12% expected nowhere, 年增率約46% a rate whose base is not printed and
3,800億美元以上 a lower bound, an ``estimate`` at its printed figure. In a 香港政府新聞公報 the date is printed in Chinese numerals
(二〇二五年六月十二日, so 去年 is 2024, 二〇二三年 2023 and 二〇二九年 2029), amounts in 港元 alone are no observation, and 增長23.1% and
年均複合增長率約21% (``inferred``) are claims with their verdicts from the 港元 amounts; the firms are a count. In tables: an
analyst firm's release line "is forecast to grow 36.8% in 2026" above a pipe table "Table 1: ... Spending Forecast ...
(Millions of U.S. Dollars)" is the Total row's year-on-year rate with its verdict from the 2025 and 2026 totals, the
2025 column (the dateline's year under a forecast title) is ``estimate``, the Source line boilerplate and the Total the
whole; a tab-separated table with 2025E and 2029F columns and a "CAGR 2024-29" column gives each row its ``stated`` rate
and its Total the whole; a space-aligned table with years as rows under a caption with the unit gives its value column
to ``Revenue``, its "YoY" column each year's rate ("—" no rate, one reached only at the rounding of its figures, one
contradicted by them) and its "Note: F = forecast" line no figure; a Chinese pipe table under 单位：亿元 with years as rows
gives its value column to ``市场规模``, its 增速 column each year's rate (one reached only at the rounding) and 2025E an
``estimate``; a Traditional Chinese pipe table 地區/產值/占比 under 單位：億美元 gives each region its figure and its share with an
``arithmetic`` verdict, its 合計 the whole, its 100.0% no claim and its dated 資料來源 line no figure; an investor day's TAM
table in "$B" with a 2028E column and a "CAGR '24-'28" column (apostrophe years, ``stated``) gives each segment its rate
(one reached only at the rounding of its figures) and its Total the whole; a table of end users with a "Share" column
gives each its share with an ``arithmetic`` verdict (one contradicted by its figures); a Chinese tab-separated table
under a title in 亿元 with 2022A to 2026E columns gives its 市场规模 row each year's figure and its 同比增速 row each year's rate
(2022A's, whose base is not printed, without a verdict); a space-aligned exhibit taken from a PDF gives each line of
business its figures, its "CAGR 2024–2030F" column each row's ``stated`` rate, its F columns ``estimate`` figures and
its Total the whole, while the exhibit number, the "F = forecast." line and the page footer are boilerplate; and a
Chinese pipe table with a 2030年（预测） column and a 年复合增长率 column whose span the 注 line prints gives each 应用领域 its
``stated`` rate and its 合计 the whole. Markets vary (AI in cybersecurity, generative AI in customer service, AI agents,
AI networking, AI data-center compute, the UK AI sector, AI systems in Japan, artificial intelligence, AI inference
services, AI in clinical trials, high-bandwidth memory, AI coding assistants, enterprise AI software, AI in agriculture,
video analytics, the German AI market, AI+营销, AI工业质检, 智能客服, 人工智能IT投资, 人工智能核心产业, AI服务器, 智能驾驶解决方案, AI学习机, AI安全, 生成式AI,
邊緣AI晶片, AI伺服器, 人工智能相關產業, generative AI software, AI in supply chain planning, edge AI processors, AI+教育, AI in retail,
智能语音, AI in banking, 人工智能应用); publishers, speakers and companies are invented (where a real body is named, its figures
are), the sentences are the project's own and the figures plausible. ``python tests/extract_checkset34.py [-v]`` prints
the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a research store's summary: regions, segments and end users beside the market; a CAGR over a later span
    dict(
        text=(
            "AI In Cybersecurity Market (2025 - 2030)\n"
            "Market Size & Trends\n"
            "The global AI in cybersecurity market size was estimated at USD 26.4 billion in 2024 and is projected to "
            "reach USD 93.8 billion by 2030, growing at a CAGR of 23.6% from 2025 to 2030. North America held a "
            "34.8% revenue share in 2024, while Asia Pacific is anticipated to register the fastest CAGR of 26.9% "
            "from 2025 to 2030. By component, software accounted for the largest share of 46.2% in 2024. By end "
            "use, the BFSI segment led the market with a 21.5% share in 2024."
        ),
        obs=[
            ("Total", 2024, 26.4, "USD billion", "actual"),
            ("Total", 2030, 93.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.6, "percent", 2025, 2030, None, "stated"),
            ("share", 34.8, "percent", 2024, 2024, None),
            ("cagr", 26.9, "percent", 2025, 2030, None, "stated"),
            ("share", 46.2, "percent", 2024, 2024, None),
            ("share", 21.5, "percent", 2024, 2024, None),
        ],
        # the span starts in 2025, whose amount is not printed: no verdict ((93.8 / 26.4) ** (1 / 6) - 1 = 23.528%
        # over 2024-2030 would be another span)
        verdicts=[],
    ),
    # 2. a report page's scope block: "label: value" lines
    dict(
        text=(
            "Generative AI in Customer Service Market - Report Scope\n"
            "Market size value in 2024: USD 1.84 billion\n"
            "Revenue forecast in 2032: USD 12.95 billion\n"
            "Growth rate: CAGR of 27.6% from 2024 to 2032\n"
            "Base year for estimation: 2024\n"
            "Historical data: 2019 - 2023\n"
            "Report pages: 240\n"
            "Segments covered: component, deployment, enterprise size, end use, region"
        ),
        obs=[
            ("Total", 2024, 1.84, "USD billion", "actual"),
            ("Total", 2032, 12.95, "USD billion", "estimate"),
        ],
        claims=[("cagr", 27.6, "percent", 2024, 2032, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (12.95 / 1.84) ** (1 / 8) - 1 = 27.624% -> 27.6 (bounds 27.574-27.673)
        ],
    ),
    # 3. a news story quoting several firms: the first firm's base, target and rate; the others' figures nowhere
    dict(
        text=(
            "NEW YORK, May 14, 2025 - Forecasts for AI agent software are all over the map. Larkspur Research, which "
            "puts last year's revenue at $5.3 billion, expects the market to reach $47.1 billion by 2030, a compound "
            "annual rate of 44%. Brightline Advisors is more bullish, projecting $62 billion for 2030, while Quorum "
            "Data pencils in a more modest $28 billion. Customer-service agents made up 38% of 2024 revenue, "
            "according to Larkspur."
        ),
        obs=[
            ("Total", 2024, 5.3, "USD billion", "actual"),
            ("Total", 2030, 47.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 44, "percent", 2024, 2030, None, "inferred"),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (47.1 / 5.3) ** (1 / 6) - 1 = 43.921% -> 44 (bounds 43.671-44.174)
        ],
    ),
    # 4. an earnings call: the company's revenue nowhere, the TAM its chief executive sizes in calendar years
    dict(
        text=(
            "Q4 FY2025 earnings call, prepared remarks and Q&A (excerpt)\n"
            "Chief Financial Officer: Revenue for the quarter was $1.27 billion, up 41% year over year, and for the "
            "full fiscal year we delivered $4.6 billion.\n"
            "Chief Executive Officer: Let me frame the opportunity. We think the total addressable market for AI "
            "networking was roughly $18 billion in calendar 2024, and we see it getting to north of $60 billion by "
            "calendar 2028. Call it a 35% compound growth rate, and we intend to take more than our fair share."
        ),
        obs=[
            ("Total", 2024, 18, "USD billion", "actual"),
            ("Total", 2028, 60, "USD billion", "estimate"),
        ],
        claims=[("cagr", 35, "percent", 2024, 2028, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (60 / 18) ** (1 / 4) - 1 = 35.120% -> 35 (bounds 33.917-36.358)
        ],
    ),
    # 5. an investor-day slide: figures with their years in brackets after them, a "~" rate
    dict(
        text=(
            "Investor Day 2025 · Slide 14 · Our market opportunity\n"
            "AI data-center compute TAM: $115B (2024) → $310B (2029E)\n"
            "~22% CAGR\n"
            "We expect to address roughly half of it with today's portfolio\n"
            "Source: company estimates; third-party research"
        ),
        obs=[
            ("Total", 2024, 115, "USD billion", "actual"),
            ("Total", 2029, 310, "USD billion", "estimate"),
        ],
        claims=[("cagr", 22, "percent", 2024, 2029, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (310 / 115) ** (1 / 5) - 1 = 21.936% -> 22 (bounds 21.791-22.082)
        ],
    ),
    # 6. a government release: "last year" under its publication date, a rate with its base, counts nowhere
    dict(
        text=(
            "Press release: AI sector study shows revenues rising\n"
            "From: Department for Science, Innovation and Technology\n"
            "Published 2 July 2025\n"
            "UK artificial intelligence companies generated £16.9 billion in revenue last year, up 22% on the £13.8 "
            "billion recorded in 2023, the government's annual AI Sector Study finds. The sector now employs more "
            "than 86,000 people across 5,800 firms, and AI companies raised £2.9 billion of private investment over "
            "the year."
        ),
        obs=[
            ("Total", 2024, 16.9, "GBP billion", "actual"),
            ("Total", 2023, 13.8, "GBP billion", "actual"),
        ],
        claims=[("growth", 22, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 16.9 / 13.8 - 1 = 22.464% -> 22 (bounds 21.661-23.273)
        ],
    ),
    # 7. an association's release in yen: a trillion series with a billion figure in it; fiscal years
    dict(
        text=(
            "TOKYO, March 24, 2025 - Domestic spending on AI systems in Japan reached ¥1.27 trillion in fiscal 2024 "
            "(about $8.5 billion), a 31.4% increase from ¥966.5 billion a year earlier, the Japan AI Solutions "
            "Association said on Monday. The association, whose 412 member companies supplied the data, expects "
            "the market to grow to ¥2.45 trillion in fiscal 2027."
        ),
        obs=[
            ("Total", 2024, 1.27, "JPY trillion", "actual"),
            ("Total", 2023, 0.9665, "JPY trillion", "actual"),
            ("Total", 2027, 2.45, "JPY trillion", "estimate"),
        ],
        claims=[("growth", 31.4, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 1270 / 966.5 - 1 = 31.402% -> 31.4 (bounds (1265 / 966.55) -> 30.878%, (1275 / 966.45) -> 31.926%)
            ("cagr|implied", "exact"),
        ],
    ),
    # 8. a statistics portal: "US$...bn" and "US$...tn" in one series, a CAGR with its span in brackets
    dict(
        text=(
            "Artificial Intelligence - Worldwide\n"
            "Revenue in the Artificial Intelligence market is projected to reach US$253.6bn in 2025.\n"
            "Revenue is expected to show an annual growth rate (CAGR 2025-2031) of 26.6%, resulting in a market "
            "volume of US$1.04tn by 2031.\n"
            "Machine Learning, the market's largest segment, is projected to reach a market volume of US$106.2bn "
            "in 2025.\n"
            "In global comparison, the most revenue will be generated in the United States (US$74.1bn in 2025).\n"
            "Most recent update: Mar 2025"
        ),
        obs=[
            ("Total", 2025, 253.6, "USD billion", "estimate"),
            ("Total", 2031, 1040, "USD billion", "estimate"),
            ("Machine Learning", 2025, 106.2, "USD billion", "estimate"),
            ("United States", 2025, 74.1, "USD billion", "estimate"),
        ],
        claims=[("cagr", 26.6, "percent", 2025, 2031, None, "stated")],
        verdicts=[
            # (1040 / 253.6) ** (1 / 6) - 1 = 26.517%, not 26.6 +- 0.05; 1.04tn is printed to 0.01 trillion: bounds
            # (1035 / 253.65) -> 26.411%, (1045 / 253.55) -> 26.622%: only the rounding reaches 26.6
            ("cagr", "rounding"),
        ],
    ),
    # 9. a newsletter whose bullets put the figure first
    dict(
        text=(
            "The Inference Letter - No. 112\n\n"
            "Three numbers worth knowing this week:\n"
            "• $14.6B: what enterprises spent on AI inference services in 2024, per Ostrava Analytics\n"
            "• $58B: Ostrava's call for 2029, a five-year CAGR of about 32%\n"
            "• 61%: the slice of 2024 inference spend that went to hosted model APIs\n\n"
            "You're receiving this because you subscribed. Unsubscribe · Manage preferences"
        ),
        obs=[
            ("Total", 2024, 14.6, "USD billion", "actual"),
            ("Total", 2029, 58, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 32, "percent", 2024, 2029, None, "inferred"),
            ("share", 61, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (58 / 14.6) ** (1 / 5) - 1 = 31.770% -> 32 (bounds 31.452-32.087)
        ],
    ),
    # 10. a PDF page: a section number, a bull case, a footer and a copyright line
    dict(
        text=(
            "3.2 Market size and outlook\n"
            "We estimate the global market for AI in clinical trial optimisation at USD 3.26 billion in 2024. Under "
            "our base case it\n"
            "expands to USD 11.4 billion in 2030 (bull case: USD 15.8 billion), a compound annual growth rate of "
            "23.2% over 2024–2030.\n"
            "Platforms sold to large pharmaceutical companies accounted for 57% of 2024 revenue.\n\n"
            "Halden & Rowe Life Sciences Research - Confidential - Page 23 of 61\n"
            "© 2025 Halden & Rowe. Not for redistribution."
        ),
        obs=[
            ("Total", 2024, 3.26, "USD billion", "actual"),
            ("Total", 2030, 11.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.2, "percent", 2024, 2030, None, "stated"),
            ("share", 57, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (11.4 / 3.26) ** (1 / 6) - 1 = 23.201% -> 23.2 (bounds 23.079-23.323)
        ],
    ),
    # 11. a dated wire story: "this year" with a multiple, a rate before its amount "last year"
    dict(
        text=(
            "SEOUL, Jan. 16, 2025 - Global sales of high-bandwidth memory, the stacked DRAM that feeds AI "
            "accelerators, will nearly double this year to about $34 billion, market tracker Tallmark Research said "
            "on Thursday, after a 190% jump to $18.2 billion last year. Three suppliers account for virtually all "
            "output."
        ),
        obs=[
            ("Total", 2025, 34, "USD billion", "estimate"),
            ("Total", 2024, 18.2, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2025, 1.0),  # 34 / 18.2 = 1.87, "nearly double"
            ("growth", 190, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[],
    ),
    # 12. a lower bound, a range, a rate "at least", a bull case and a survey's answer
    dict(
        text=(
            "Spending on AI coding assistants topped $4 billion in 2024, and Veyra Partners thinks it could be "
            "anywhere from $25 billion to $30 billion by 2030. Even the low end implies growth of at least 35% a "
            "year, the firm says; its bull case, which assumes agents write most routine code, is $45 billion. As "
            "many as 70% of professional developers already use such a tool every week, according to its survey."
        ),
        obs=[("Total", 2024, 4, "USD billion", "actual")],
        claims=[
            ("value", 25, "USD billion", 2030, 2030, None),
            ("value", 30, "USD billion", 2030, 2030, None),
            ("cagr", 35, "percent", 2024, 2030, None, "inferred"),
        ],
        # the rate's end is a range, no observation: no verdict ((25 / 4) ** (1 / 6) - 1 = 35.72%, "at least 35%")
        verdicts=[],
    ),
    # 13. parts in a list, "followed by X ($Y)"; a year-on-year rate its amounts contradict
    dict(
        text=(
            "Financial services was the largest buyer of enterprise AI software in 2024 at $11.2 billion, followed "
            "by retail ($6.4 billion), healthcare ($5.1 billion) and manufacturing ($4.7 billion), Ardent Metrics "
            "said in its annual tracker. Across all industries, spending reached $38.9 billion, up 21.7% from $30.6 "
            "billion in 2023."
        ),
        obs=[
            ("Financial services", 2024, 11.2, "USD billion", "actual"),
            ("Retail", 2024, 6.4, "USD billion", "actual"),
            ("Healthcare", 2024, 5.1, "USD billion", "actual"),
            ("Manufacturing", 2024, 4.7, "USD billion", "actual"),
            ("Total", 2024, 38.9, "USD billion", "actual"),
            ("Total", 2023, 30.6, "USD billion", "actual"),
        ],
        claims=[("growth", 21.7, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 38.9 / 30.6 - 1 = 27.124%; bounds (38.85 / 30.65) -> 26.754%, (38.95 / 30.55) -> 27.496%:
            # 21.7 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. the plain form: valued at, expected to reach, a CAGR over "the forecast period"; "more than double"
    dict(
        text=(
            "The global AI in agriculture market was valued at USD 2.08 billion in 2024 and is expected to reach USD "
            "7.35 billion by 2031, expanding at a CAGR of 19.8% over the forecast period. Crop monitoring and yield "
            "prediction remain the largest applications, and the market is set to more than double by 2028, to USD "
            "4.3 billion."
        ),
        obs=[
            ("Total", 2024, 2.08, "USD billion", "actual"),
            ("Total", 2031, 7.35, "USD billion", "estimate"),
            ("Total", 2028, 4.3, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.8, "percent", 2024, 2031, None, "inferred"),
            ("multiple", 2, "multiple", 2024, 2028, 4.0),  # 4.3 / 2.08 = 2.07, "more than double"
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (7.35 / 2.08) ** (1 / 7) - 1 = 19.762% -> 19.8 (bounds 19.709-19.814)
        ],
    ),
    # 15. the plain forms: a year-on-year rate before its amounts; a part with its share of the whole
    dict(
        text=(
            "Revenue from AI-enabled video analytics rose 18.4% year over year to $9.67 billion in 2024, from $8.17 "
            "billion in 2023, Sentry Vision Research said. Software licences brought in $3.92 billion of that, or "
            "40.5% of the total; services and hardware made up the rest."
        ),
        obs=[
            ("Total", 2024, 9.67, "USD billion", "actual"),
            ("Total", 2023, 8.17, "USD billion", "actual"),
            ("Software licences", 2024, 3.92, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
            ("share", 40.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 9.67 / 8.17 - 1 = 18.360% -> 18.4 (bounds 18.226-18.494)
            ("arithmetic", "exact"),  # 3.92 / 9.67 = 40.538% -> 40.5 (bounds 40.465-40.610)
        ],
    ),
    # 16. a Berlin association's release: an amount after its year, "per cent", a CAGR its amounts contradict
    dict(
        text=(
            "BERLIN, 9 April 2025 - Germany's market for artificial intelligence grew to €10.3 billion last year, "
            "the digital industry association DigiVerband said on Wednesday. In 2021 the market had stood at €5.9 "
            "billion, which the association says works out at average annual growth of 24.6 per cent. For this "
            "year it expects a further rise of 19 per cent, to about €12.3 billion."
        ),
        obs=[
            ("Total", 2024, 10.3, "EUR billion", "actual"),
            ("Total", 2021, 5.9, "EUR billion", "actual"),
            ("Total", 2025, 12.3, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.6, "percent", 2021, 2024, None, "inferred"),
            ("growth", 19, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (10.3 / 5.9) ** (1 / 3) - 1 = 20.410%; bounds (10.25 / 5.95) -> 19.877%, (10.35 / 5.85) -> 20.947%:
            # 24.6 +- 0.05 outside
            ("cagr|period", "inconsistent"),
            ("cagr|implied", "exact"),  # 12.3 / 10.3 - 1 = 19.417% -> 19 (bounds 18.357-20.488)
        ],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. 艾瑞-style: 较上年增长 without its base, 2024-2028年CAGR, a share
    dict(
        text=(
            "艾睿咨询近日发布《2025年中国AI+营销行业研究报告》。报告显示，2024年中国AI+营销市场规模达到486亿元，较上年增长"
            "31.7%；预计到2028年，市场规模将达到1,375亿元，2024-2028年CAGR为29.7%。从结构看，AIGC内容生产占比约为43%，"
            "是最大的细分领域。"
        ),
        obs=[
            ("Total", 2024, 486, "CNY 100 million", "actual"),
            ("Total", 2028, 1375, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.7, "percent", 2023, 2024, 1.0),
            ("cagr", 29.7, "percent", 2024, 2028, None, "stated"),
            ("share", 43, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (1375 / 486) ** (1 / 4) - 1 = 29.693% -> 29.7 (bounds 29.648-29.738)
        ],
    ),
    # 18. 前瞻-style: a span's two years given their figures, 有望超过, 未来六年 (a span in words)
    dict(
        text=(
            "前沿产业研究院数据显示，2019-2024年，我国AI工业质检市场规模由12.3亿元增长至58.9亿元。前沿产业研究院预测，"
            "到2030年我国AI工业质检市场规模有望超过200亿元，未来六年年均复合增长率约为23%。"
        ),
        obs=[
            ("Total", 2019, 12.3, "CNY 100 million", "actual"),
            ("Total", 2024, 58.9, "CNY 100 million", "actual"),
            ("Total", 2030, 200, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 23, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (200 / 58.9) ** (1 / 6) - 1 = 22.599% -> 23 (bounds 22.530-22.667)
        ],
    ),
    # 19. 中商-style: 约为 figures for two years, 同比增长 with its base, 分析师预测
    dict(
        text=(
            "中尚产业研究院发布的《2025-2030年中国智能客服行业市场前景预测及投资机会研究报告》显示，2023年中国智能客服"
            "市场规模约为96.2亿元，2024年约为118.5亿元，同比增长23.2%。中尚产业研究院分析师预测，2025年中国智能客服市场"
            "规模将增至143.7亿元。"
        ),
        obs=[
            ("Total", 2023, 96.2, "CNY 100 million", "actual"),
            ("Total", 2024, 118.5, "CNY 100 million", "actual"),
            ("Total", 2025, 143.7, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 23.2, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 118.5 / 96.2 - 1 = 23.181% -> 23.2 (bounds 23.065-23.297)
        ],
    ),
    # 20. IDC中国-style: 亿美元, 五年复合增长率（CAGR）, a share in two years
    dict(
        text=(
            "启元数据（QDC）最新发布的《全球人工智能支出指南》显示，2024年中国人工智能IT总投资规模为263.1亿美元，预计到"
            "2029年将增至1,138亿美元，五年复合增长率（CAGR）约为34%。其中，生成式AI投资占比将从2024年的21%提升至2029年的"
            "45%以上。"
        ),
        obs=[
            ("Total", 2024, 263.1, "USD 100 million", "actual"),
            ("Total", 2029, 1138, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 34, "percent", 2024, 2029, None, "inferred"),
            ("share", 21, "percent", 2024, 2024, None),
            ("share", 45, "percent", 2029, 2029, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1138 / 263.1) ** (1 / 5) - 1 = 34.031% -> 34 (bounds 34.014-34.048)
        ],
    ),
    # 21. 工信部 at a press conference: 去年 and 今年 under the date, a lower bound, a count of firms
    dict(
        text=(
            "（2025年4月17日）在国务院新闻办公室当天举行的新闻发布会上，工业和信息化部有关负责人介绍，去年我国人工智能"
            "核心产业规模超过6,800亿元，同比增长约22%，人工智能企业数量超过4,700家。今年，核心产业规模有望突破8,000亿元。"
        ),
        obs=[
            ("Total", 2024, 6800, "CNY 100 million", "actual"),
            ("Total", 2025, 8000, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 22, "percent", 2023, 2024, 1.0)],
        verdicts=[],
    ),
    # 22. 信通院 white paper: a series opened in 亿元, a later 万亿元 figure expected in it
    dict(
        text=(
            "中国信通院近日发布的《人工智能发展白皮书（2025年）》显示，2024年我国人工智能核心产业规模达到9,180亿元，"
            "同比增长26.4%；白皮书预计，2025年核心产业规模将首次突破1.1万亿元。截至目前，我国已完成备案的大模型超过300个。"
        ),
        obs=[
            ("Total", 2024, 9180, "CNY 100 million", "actual"),
            ("Total", 2025, 11000, "CNY 100 million", "estimate"),  # 1.1万亿元 in the series' 亿元
        ],
        claims=[("growth", 26.4, "percent", 2023, 2024, 1.0)],
        verdicts=[],
    ),
    # 23. 证券时报: 今年一季度 (a quarter, nowhere), 全年 with its base and a rate its amounts contradict
    dict(
        text=(
            "证券时报记者 林舟\n"
            "今年一季度，我国AI服务器市场出货额达到512亿元，同比增长71%。据鼎信咨询测算，2025年全年我国AI服务器市场规模"
            "将达到2,360亿元，较2024年的1,520亿元增长52.6%。"
        ),
        obs=[
            ("Total", 2025, 2360, "CNY 100 million", "estimate"),
            ("Total", 2024, 1520, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 52.6, "percent", 2024, 2025, 1.0)],
        verdicts=[
            # 2360 / 1520 - 1 = 55.263%; bounds (2359.5 / 1520.5) -> 55.179%, (2360.5 / 1519.5) -> 55.347%:
            # 52.6 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. 21世纪经济报道: parts in a list with 分别为, each with its 占比
    dict(
        text=(
            "21世纪经济报道记者 何溪 北京报道 据赛博研究院测算，2024年我国智能驾驶解决方案市场规模为1,046亿元，其中硬件、"
            "软件算法和数据服务规模分别为612亿元、298亿元和136亿元，占比分别为58.5%、28.5%和13.0%。"
        ),
        obs=[
            ("Total", 2024, 1046, "CNY 100 million", "actual"),
            ("硬件", 2024, 612, "CNY 100 million", "actual"),
            ("软件算法", 2024, 298, "CNY 100 million", "actual"),
            ("数据服务", 2024, 136, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 58.5, "percent", 2024, 2024, None),
            ("share", 28.5, "percent", 2024, 2024, None),
            ("share", 13.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 612 / 1046 = 58.509% -> 58.5
            ("arithmetic", "exact"),  # 298 / 1046 = 28.489% -> 28.5
            ("arithmetic", "exact"),  # 136 / 1046 = 13.002% -> 13.0
        ],
    ),
    # 25. 财新: a negative year-on-year rate with its base, reached only at the rounding
    dict(
        text=(
            "财新记者 王楠 受价格战和需求放缓影响，消费级AI学习机市场在2024年出现下滑。鲸准数据显示，2024年该市场销售额为"
            "182.6亿元，较2023年的207.3亿元下降12.0%，业内预计今年仍将小幅回落。"
        ),
        obs=[
            ("Total", 2024, 182.6, "CNY 100 million", "actual"),
            ("Total", 2023, 207.3, "CNY 100 million", "actual"),
        ],
        claims=[("growth", -12.0, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 182.6 / 207.3 - 1 = -11.915%, not -12.0 +- 0.05; bounds (182.55 / 207.35) -> -11.960%,
            # (182.65 / 207.25) -> -11.870%: only the rounding reaches -11.95
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. an association: 翻了一番多 beside both amounts, 左右, 年均增速 over a printed span
    dict(
        text=(
            "中国智能安全产业联盟发布的数据显示，2024年我国AI安全市场规模达到412亿元，较2021年的198亿元翻了一番多。联盟"
            "预计，2027年市场规模将达到850亿元左右，2024-2027年年均增速约27%。"
        ),
        obs=[
            ("Total", 2024, 412, "CNY 100 million", "actual"),
            ("Total", 2021, 198, "CNY 100 million", "actual"),
            ("Total", 2027, 850, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),  # 412 / 198 = 2.08
            ("cagr", 27, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (850 / 412) ** (1 / 3) - 1 = 27.304% -> 27 (bounds 27.227-27.380)
        ],
    ),
    # 27. 資策會 MIC in Traditional Chinese, dated: 今年, 較去年, 年複合成長率 over a printed span
    dict(
        text=(
            "（2025/07/09）資策會產業情報研究所（MIC）今日表示，今年全球生成式AI市場規模預估可達1,955億美元，較去年的"
            "1,230億美元成長58.9%；2028年可望進一步擴大至4,930億美元，2024至2028年年複合成長率為41.5%。"
        ),
        obs=[
            ("Total", 2025, 1955, "USD 100 million", "estimate"),
            ("Total", 2024, 1230, "USD 100 million", "actual"),
            ("Total", 2028, 4930, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 58.9, "percent", 2024, 2025, 1.0),
            ("cagr", 41.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1955 / 1230 - 1 = 58.943% -> 58.9 (bounds 58.838-59.048)
            ("cagr", "exact"),  # (4930 / 1230) ** (1 / 4) - 1 = 41.493% -> 41.5 (bounds 41.475-41.511)
        ],
    ),
    # 28. 工研院 in Traditional Chinese: shares without their parts' amounts, 預估 with 年增
    dict(
        text=(
            "工研院產業科技國際策略發展所指出，2024年全球邊緣AI晶片市場規模約為186億美元，其中消費性電子約占41.5%，車用占"
            "23.8%；預估2025年市場規模將成長至238億美元，年增28.0%。"
        ),
        obs=[
            ("Total", 2024, 186, "USD 100 million", "actual"),
            ("Total", 2025, 238, "USD 100 million", "estimate"),
        ],
        claims=[
            ("share", 41.5, "percent", 2024, 2024, None),
            ("share", 23.8, "percent", 2024, 2024, None),
            ("growth", 28.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 238 / 186 - 1 = 27.957% -> 28.0 (bounds 27.346-28.571)
        ],
    ),
    # 29. 經濟日報 in Traditional Chinese: 第1季 with 季增 (nowhere), 年增率 without its base, 以上
    dict(
        text=(
            "經濟日報記者 陳映如／台北即時報導 研調機構宏達研究（HRI）最新報告指出，第1季全球AI伺服器產值約580億美元，季增"
            "12%。HRI預估，2025年全年AI伺服器產值將達2,980億美元，年增率約46%，2026年有望再成長至3,800億美元以上。"
        ),
        obs=[
            ("Total", 2025, 2980, "USD 100 million", "estimate"),
            ("Total", 2026, 3800, "USD 100 million", "estimate"),
        ],
        claims=[("growth", 46, "percent", 2024, 2025, 1.0)],
        verdicts=[],
    ),
    # 30. a Hong Kong government press release: a date in Chinese numerals, amounts in 港元 only
    dict(
        text=(
            "政府新聞公報\n"
            "創新科技及工業局今日（二〇二五年六月十二日）公布，本港人工智能相關產業去年的總營業額約為96億港元，較二〇二三年的"
            "78億港元增長23.1%。政府估計，有關營業額到二〇二九年可達250億港元，年均複合增長率約21%。目前已有約百家人工智能"
            "企業在科學園落戶。"
        ),
        obs=[],
        claims=[
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 96 / 78 - 1 = 23.077% -> 23.1 (港元 amounts)
            ("cagr|period", "exact"),  # (250 / 96) ** (1 / 5) - 1 = 21.097% -> 21 (港元; bounds 20.923-21.272)
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. an analyst firm's release: a rate in the lead line, a pipe table under a forecast title
    dict(
        text=(
            "STAMFORD, Conn., Sept. 16, 2025 - Worldwide spending on generative AI software is forecast to grow "
            "36.8% in 2026, according to Halvorsen Insight.\n"
            "Table 1: Generative AI Software Spending Forecast, Worldwide, 2024-2026 (Millions of U.S. Dollars)\n"
            "| Segment | 2024 Spending | 2025 Spending | 2026 Spending |\n"
            "|---|---|---|---|\n"
            "| GenAI applications | 8,940 | 14,310 | 20,870 |\n"
            "| GenAI platforms | 5,120 | 7,960 | 10,720 |\n"
            "| GenAI-enabled features | 11,560 | 16,850 | 21,940 |\n"
            "| Total | 25,620 | 39,120 | 53,530 |\n"
            "Source: Halvorsen Insight (September 2025)"
        ),
        obs=[
            ("GenAI applications", 2024, 8940, "USD million", "actual"),
            ("GenAI applications", 2025, 14310, "USD million", "estimate"),
            ("GenAI applications", 2026, 20870, "USD million", "estimate"),
            ("GenAI platforms", 2024, 5120, "USD million", "actual"),
            ("GenAI platforms", 2025, 7960, "USD million", "estimate"),
            ("GenAI platforms", 2026, 10720, "USD million", "estimate"),
            ("GenAI-enabled features", 2024, 11560, "USD million", "actual"),
            ("GenAI-enabled features", 2025, 16850, "USD million", "estimate"),
            ("GenAI-enabled features", 2026, 21940, "USD million", "estimate"),
            ("Total", 2024, 25620, "USD million", "actual"),
            ("Total", 2025, 39120, "USD million", "estimate"),
            ("Total", 2026, 53530, "USD million", "estimate"),
        ],
        claims=[("growth", 36.8, "percent", 2025, 2026, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 53530 / 39120 - 1 = 36.835% -> 36.8 (bounds 36.832-36.839)
            # 8940 + 5120 + 11560 = 25620; 14310 + 7960 + 16850 = 39120; 20870 + 10720 + 21940 = 53530
            ("hierarchy", "exact"),
        ],
    ),
    # 32. a tab-separated table with E and F columns and a CAGR column
    dict(
        text=(
            "AI in supply chain planning software revenue by region (USD million)\n"
            "Region\t2023\t2024\t2025E\t2029F\tCAGR 2024-29\n"
            "North America\t1,842\t2,236\t2,705\t5,410\t19.3%\n"
            "Europe\t1,215\t1,468\t1,772\t3,520\t19.1%\n"
            "Asia Pacific\t1,037\t1,332\t1,690\t3,980\t24.5%\n"
            "Rest of World\t306\t364\t433\t790\t16.8%\n"
            "Total\t4,400\t5,400\t6,600\t13,700\t20.5%"
        ),
        obs=[
            ("North America", 2023, 1842, "USD million", "actual"),
            ("North America", 2024, 2236, "USD million", "actual"),
            ("North America", 2025, 2705, "USD million", "estimate"),
            ("North America", 2029, 5410, "USD million", "estimate"),
            ("Europe", 2023, 1215, "USD million", "actual"),
            ("Europe", 2024, 1468, "USD million", "actual"),
            ("Europe", 2025, 1772, "USD million", "estimate"),
            ("Europe", 2029, 3520, "USD million", "estimate"),
            ("Asia Pacific", 2023, 1037, "USD million", "actual"),
            ("Asia Pacific", 2024, 1332, "USD million", "actual"),
            ("Asia Pacific", 2025, 1690, "USD million", "estimate"),
            ("Asia Pacific", 2029, 3980, "USD million", "estimate"),
            ("Rest of World", 2023, 306, "USD million", "actual"),
            ("Rest of World", 2024, 364, "USD million", "actual"),
            ("Rest of World", 2025, 433, "USD million", "estimate"),
            ("Rest of World", 2029, 790, "USD million", "estimate"),
            ("Total", 2023, 4400, "USD million", "actual"),
            ("Total", 2024, 5400, "USD million", "actual"),
            ("Total", 2025, 6600, "USD million", "estimate"),
            ("Total", 2029, 13700, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.1, "percent", 2024, 2029, None, "stated"),
            ("cagr", 24.5, "percent", 2024, 2029, None, "stated"),
            ("cagr", 16.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 20.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (5410 / 2236) ** (1 / 5) - 1 = 19.329% -> 19.3
            ("cagr", "exact"),  # (3520 / 1468) ** (1 / 5) - 1 = 19.114% -> 19.1
            ("cagr", "exact"),  # (3980 / 1332) ** (1 / 5) - 1 = 24.473% -> 24.5
            ("cagr", "exact"),  # (790 / 364) ** (1 / 5) - 1 = 16.763% -> 16.8
            ("cagr", "exact"),  # (13700 / 5400) ** (1 / 5) - 1 = 20.466% -> 20.5
            # 1842 + 1215 + 1037 + 306 = 4400; 2236 + 1468 + 1332 + 364 = 5400; 2705 + 1772 + 1690 + 433 = 6600;
            # 5410 + 3520 + 3980 + 790 = 13700
            ("hierarchy", "exact"),
        ],
    ),
    # 33. a space-aligned table with years as rows, a YoY column and a note line
    dict(
        text=(
            "Edge AI processor revenue, worldwide (US$ billion)\n"
            "Year      Revenue    YoY\n"
            "2021       8.6       —\n"
            "2022      10.9       26.5%\n"
            "2023      13.1       20.2%\n"
            "2024      16.4       28.2%\n"
            "2025F     20.3       23.8%\n"
            "2026F     24.9       22.7%\n"
            "Note: F = forecast. YoY for 2021 is not shown because 2020 data were revised."
        ),
        obs=[
            ("Revenue", 2021, 8.6, "USD billion", "actual"),
            ("Revenue", 2022, 10.9, "USD billion", "actual"),
            ("Revenue", 2023, 13.1, "USD billion", "actual"),
            ("Revenue", 2024, 16.4, "USD billion", "actual"),
            ("Revenue", 2025, 20.3, "USD billion", "estimate"),
            ("Revenue", 2026, 24.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 26.5, "percent", 2021, 2022, 1.0),
            ("growth", 20.2, "percent", 2022, 2023, 1.0),
            ("growth", 28.2, "percent", 2023, 2024, 1.0),
            ("growth", 23.8, "percent", 2024, 2025, 1.0),
            ("growth", 22.7, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            # 10.9 / 8.6 - 1 = 26.744%, not 26.5 +- 0.05; bounds (10.85 / 8.65) -> 25.434%, (10.95 / 8.55) -> 28.070%
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 13.1 / 10.9 - 1 = 20.183% -> 20.2
            # 16.4 / 13.1 - 1 = 25.191%; bounds (16.35 / 13.15) -> 24.335%, (16.45 / 13.05) -> 26.054%:
            # 28.2 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 20.3 / 16.4 - 1 = 23.780% -> 23.8
            ("cagr|implied", "exact"),  # 24.9 / 20.3 - 1 = 22.660% -> 22.7
        ],
    ),
    # 34. a Chinese pipe table under 单位：亿元, years as rows, a 增速 column
    dict(
        text=(
            "2019-2025年中国AI+教育市场规模及增速\n"
            "单位：亿元\n"
            "| 年份 | 市场规模 | 增速 |\n"
            "|---|---|---|\n"
            "| 2019 | 285 | — |\n"
            "| 2020 | 336 | 17.9% |\n"
            "| 2021 | 402 | 19.6% |\n"
            "| 2022 | 451 | 12.2% |\n"
            "| 2023 | 538 | 19.4% |\n"
            "| 2024 | 647 | 20.3% |\n"
            "| 2025E | 771 | 19.2% |\n"
            "资料来源：前沿产业研究院整理"
        ),
        obs=[
            ("市场规模", 2019, 285, "CNY 100 million", "actual"),
            ("市场规模", 2020, 336, "CNY 100 million", "actual"),
            ("市场规模", 2021, 402, "CNY 100 million", "actual"),
            ("市场规模", 2022, 451, "CNY 100 million", "actual"),
            ("市场规模", 2023, 538, "CNY 100 million", "actual"),
            ("市场规模", 2024, 647, "CNY 100 million", "actual"),
            ("市场规模", 2025, 771, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.9, "percent", 2019, 2020, 1.0),
            ("growth", 19.6, "percent", 2020, 2021, 1.0),
            ("growth", 12.2, "percent", 2021, 2022, 1.0),
            ("growth", 19.4, "percent", 2022, 2023, 1.0),
            ("growth", 20.3, "percent", 2023, 2024, 1.0),
            ("growth", 19.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 336 / 285 - 1 = 17.895% -> 17.9
            ("cagr|implied", "exact"),  # 402 / 336 - 1 = 19.643% -> 19.6
            ("cagr|implied", "exact"),  # 451 / 402 - 1 = 12.189% -> 12.2
            # 538 / 451 - 1 = 19.290%, not 19.4 +- 0.05; bounds (537.5 / 451.5) -> 19.048%, (538.5 / 450.5) -> 19.534%
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 647 / 538 - 1 = 20.260% -> 20.3
            ("cagr|implied", "exact"),  # 771 / 647 - 1 = 19.165% -> 19.2
        ],
    ),
    # 35. a Traditional Chinese pipe table 地區/產值/占比 under 單位：億美元, a dated 資料來源 line
    dict(
        text=(
            "2024年全球AI伺服器產值區域分布\n"
            "單位：億美元\n"
            "| 地區 | 產值 | 占比 |\n"
            "|---|---|---|\n"
            "| 北美 | 812 | 58.6% |\n"
            "| 中國大陸 | 268 | 19.3% |\n"
            "| 歐洲 | 156 | 11.3% |\n"
            "| 其他 | 150 | 10.8% |\n"
            "| 合計 | 1,386 | 100.0% |\n"
            "資料來源：工研院產科國際所，2025年5月"
        ),
        obs=[
            ("北美", 2024, 812, "USD 100 million", "actual"),
            ("中國大陸", 2024, 268, "USD 100 million", "actual"),
            ("歐洲", 2024, 156, "USD 100 million", "actual"),
            ("其他", 2024, 150, "USD 100 million", "actual"),
            ("合計", 2024, 1386, "USD 100 million", "actual"),
        ],
        claims=[
            ("share", 58.6, "percent", 2024, 2024, None),
            ("share", 19.3, "percent", 2024, 2024, None),
            ("share", 11.3, "percent", 2024, 2024, None),
            ("share", 10.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 812 / 1386 = 58.586% -> 58.6
            ("arithmetic", "exact"),  # 268 / 1386 = 19.336% -> 19.3
            ("arithmetic", "exact"),  # 156 / 1386 = 11.255% -> 11.3
            ("arithmetic", "exact"),  # 150 / 1386 = 10.823% -> 10.8
            ("hierarchy", "exact"),  # 812 + 268 + 156 + 150 = 1386
        ],
    ),
    # 36. an investor day's TAM table in "$B", a 2028E column and a "CAGR '24-'28" column
    dict(
        text=(
            "Investor Day 2025: AI data-center TAM by segment ($B)\n"
            "| Segment | 2024 | 2028E | CAGR '24-'28 |\n"
            "|---|---|---|---|\n"
            "| Accelerators | 118 | 312 | 27.5% |\n"
            "| Networking | 17 | 58 | 36.4% |\n"
            "| Memory and storage | 29 | 71 | 25.1% |\n"
            "| Total | 164 | 441 | 28.1% |\n"
            "Source: company estimates"
        ),
        obs=[
            ("Accelerators", 2024, 118, "USD billion", "actual"),
            ("Accelerators", 2028, 312, "USD billion", "estimate"),
            ("Networking", 2024, 17, "USD billion", "actual"),
            ("Networking", 2028, 58, "USD billion", "estimate"),
            ("Memory and storage", 2024, 29, "USD billion", "actual"),
            ("Memory and storage", 2028, 71, "USD billion", "estimate"),
            ("Total", 2024, 164, "USD billion", "actual"),
            ("Total", 2028, 441, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 27.5, "percent", 2024, 2028, None, "stated"),
            ("cagr", 36.4, "percent", 2024, 2028, None, "stated"),
            ("cagr", 25.1, "percent", 2024, 2028, None, "stated"),
            ("cagr", 28.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (312 / 118) ** (1 / 4) - 1 = 27.517% -> 27.5
            # (58 / 17) ** (1 / 4) - 1 = 35.908%, not 36.4 +- 0.05; bounds (57.5 / 17.5) -> 34.635%,
            # (58.5 / 16.5) -> 37.220%: only the rounding reaches it
            ("cagr", "rounding"),
            ("cagr", "exact"),  # (71 / 29) ** (1 / 4) - 1 = 25.088% -> 25.1
            ("cagr", "exact"),  # (441 / 164) ** (1 / 4) - 1 = 28.056% -> 28.1
            ("hierarchy", "exact"),  # 118 + 17 + 29 = 164; 312 + 58 + 71 = 441
        ],
    ),
    # 37. a table of end users with a "Share" column, one share its figures contradict
    dict(
        text=(
            "AI in retail spending by end user, 2024\n"
            "| End user | Spending (US$ million) | Share |\n"
            "|---|---|---|\n"
            "| Grocery | 2,480 | 31.2% |\n"
            "| Apparel | 1,630 | 20.5% |\n"
            "| Electronics | 1,410 | 17.7% |\n"
            "| Home goods | 980 | 13.3% |\n"
            "| Other | 1,450 | 18.2% |\n"
            "| Total | 7,950 | 100.0% |\n"
            "Source: Brightshelf Research retail AI tracker, 2025."
        ),
        obs=[
            ("Grocery", 2024, 2480, "USD million", "actual"),
            ("Apparel", 2024, 1630, "USD million", "actual"),
            ("Electronics", 2024, 1410, "USD million", "actual"),
            ("Home goods", 2024, 980, "USD million", "actual"),
            ("Other", 2024, 1450, "USD million", "actual"),
            ("Total", 2024, 7950, "USD million", "actual"),
        ],
        claims=[
            ("share", 31.2, "percent", 2024, 2024, None),
            ("share", 20.5, "percent", 2024, 2024, None),
            ("share", 17.7, "percent", 2024, 2024, None),
            ("share", 13.3, "percent", 2024, 2024, None),
            ("share", 18.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 2480 / 7950 = 31.195% -> 31.2
            ("arithmetic", "exact"),  # 1630 / 7950 = 20.503% -> 20.5
            ("arithmetic", "exact"),  # 1410 / 7950 = 17.736% -> 17.7
            # 980 / 7950 = 12.327%; bounds (979.5 / 7950.5) -> 12.320%, (980.5 / 7949.5) -> 12.334%:
            # 13.3 +- 0.05 outside
            ("arithmetic", "inconsistent"),
            ("arithmetic", "exact"),  # 1450 / 7950 = 18.239% -> 18.2
            ("hierarchy", "exact"),  # 2480 + 1630 + 1410 + 980 + 1450 = 7950
        ],
    ),
    # 38. a Chinese tab-separated table, 2022A to 2026E columns, a 市场规模 row and a 同比增速 row
    dict(
        text=(
            "表2 中国智能语音市场规模预测（亿元）\n"
            "指标\t2022A\t2023A\t2024A\t2025E\t2026E\n"
            "市场规模\t358\t432\t521\t628\t752\n"
            "同比增速\t18.2%\t20.7%\t20.6%\t20.5%\t19.7%\n"
            "资料来源：公司公告，鼎信证券研究所"
        ),
        obs=[
            ("市场规模", 2022, 358, "CNY 100 million", "actual"),
            ("市场规模", 2023, 432, "CNY 100 million", "actual"),
            ("市场规模", 2024, 521, "CNY 100 million", "actual"),
            ("市场规模", 2025, 628, "CNY 100 million", "estimate"),
            ("市场规模", 2026, 752, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.2, "percent", 2021, 2022, 1.0),
            ("growth", 20.7, "percent", 2022, 2023, 1.0),
            ("growth", 20.6, "percent", 2023, 2024, 1.0),
            ("growth", 20.5, "percent", 2024, 2025, 1.0),
            ("growth", 19.7, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 432 / 358 - 1 = 20.670% -> 20.7
            ("cagr|implied", "exact"),  # 521 / 432 - 1 = 20.602% -> 20.6
            ("cagr|implied", "exact"),  # 628 / 521 - 1 = 20.537% -> 20.5
            ("cagr|implied", "exact"),  # 752 / 628 - 1 = 19.745% -> 19.7 (2022's base is not printed)
        ],
    ),
    # 39. a space-aligned exhibit taken from a PDF: F columns, a CAGR column, a note line and a page footer
    dict(
        text=(
            "Exhibit 7: AI in banking market by line of business (USD billion)\n"
            "Line of business      2024    2027F    2030F    CAGR 2024–2030F\n"
            "Retail banking        4.12     7.35    12.60    20.5%\n"
            "Commercial banking    2.38     4.02     6.45    18.1%\n"
            "Wealth management     1.86     3.41     5.98    21.5%\n"
            "Total                 8.36    14.78    25.03    20.1%\n"
            "F = forecast.\n"
            "Kestrel Banking Analytics · Page 14 of 52"
        ),
        obs=[
            ("Retail banking", 2024, 4.12, "USD billion", "actual"),
            ("Retail banking", 2027, 7.35, "USD billion", "estimate"),
            ("Retail banking", 2030, 12.60, "USD billion", "estimate"),
            ("Commercial banking", 2024, 2.38, "USD billion", "actual"),
            ("Commercial banking", 2027, 4.02, "USD billion", "estimate"),
            ("Commercial banking", 2030, 6.45, "USD billion", "estimate"),
            ("Wealth management", 2024, 1.86, "USD billion", "actual"),
            ("Wealth management", 2027, 3.41, "USD billion", "estimate"),
            ("Wealth management", 2030, 5.98, "USD billion", "estimate"),
            ("Total", 2024, 8.36, "USD billion", "actual"),
            ("Total", 2027, 14.78, "USD billion", "estimate"),
            ("Total", 2030, 25.03, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (12.60 / 4.12) ** (1 / 6) - 1 = 20.479% -> 20.5
            ("cagr", "exact"),  # (6.45 / 2.38) ** (1 / 6) - 1 = 18.077% -> 18.1
            ("cagr", "exact"),  # (5.98 / 1.86) ** (1 / 6) - 1 = 21.487% -> 21.5
            ("cagr", "exact"),  # (25.03 / 8.36) ** (1 / 6) - 1 = 20.054% -> 20.1
            # 4.12 + 2.38 + 1.86 = 8.36; 7.35 + 4.02 + 3.41 = 14.78; 12.60 + 6.45 + 5.98 = 25.03
            ("hierarchy", "exact"),
        ],
    ),
    # 40. a Chinese pipe table with a 2030年（预测） column and a 年复合增长率 column whose span a 注 line prints
    dict(
        text=(
            "2024-2030年中国人工智能应用市场规模（按应用领域）\n"
            "单位：亿元\n"
            "| 应用领域 | 2024年 | 2030年（预测） | 年复合增长率 |\n"
            "|---|---|---|---|\n"
            "| 智能制造 | 312 | 1,046 | 22.3% |\n"
            "| 智慧金融 | 268 | 842 | 21.0% |\n"
            "| 智慧医疗 | 154 | 563 | 24.1% |\n"
            "| 智慧城市 | 226 | 598 | 17.6% |\n"
            "| 合计 | 960 | 3,049 | 21.2% |\n"
            "注：年复合增长率统计区间为2024-2030年。\n"
            "资料来源：艾睿咨询"
        ),
        obs=[
            ("智能制造", 2024, 312, "CNY 100 million", "actual"),
            ("智能制造", 2030, 1046, "CNY 100 million", "estimate"),
            ("智慧金融", 2024, 268, "CNY 100 million", "actual"),
            ("智慧金融", 2030, 842, "CNY 100 million", "estimate"),
            ("智慧医疗", 2024, 154, "CNY 100 million", "actual"),
            ("智慧医疗", 2030, 563, "CNY 100 million", "estimate"),
            ("智慧城市", 2024, 226, "CNY 100 million", "actual"),
            ("智慧城市", 2030, 598, "CNY 100 million", "estimate"),
            ("合计", 2024, 960, "CNY 100 million", "actual"),
            ("合计", 2030, 3049, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 24.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (1046 / 312) ** (1 / 6) - 1 = 22.338% -> 22.3
            ("cagr", "exact"),  # (842 / 268) ** (1 / 6) - 1 = 21.022% -> 21.0
            ("cagr", "exact"),  # (563 / 154) ** (1 / 6) - 1 = 24.117% -> 24.1
            ("cagr", "exact"),  # (598 / 226) ** (1 / 6) - 1 = 17.607% -> 17.6
            ("cagr", "exact"),  # (3049 / 960) ** (1 / 6) - 1 = 21.240% -> 21.2
            ("hierarchy", "exact"),  # 312 + 268 + 154 + 226 = 960; 1046 + 842 + 563 + 598 = 3049
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "thirty-fourth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "growing at a CAGR of 23.6% from 2025 to 2030",
    "Revenue forecast in 2032: USD 12.95 billion",
    "Brightline Advisors is more bullish, projecting $62 billion",
    "in calendar 2024",
    "$115B (2024) → $310B (2029E)",
    "last year, up 22% on the £13.8",
    "¥1.27 trillion in fiscal 2024 (about $8.5 billion)",
    "US$1.04tn by 2031",
    "• $58B: Ostrava's call for 2029, a five-year CAGR of about 32%",
    "Page 23 of 61",
    "will nearly double this year to about $34 billion",
    "anywhere from $25 billion to $30 billion by 2030",
    "followed by retail ($6.4 billion)",
    "more than double by 2028",
    "rose 18.4% year over year to $9.67 billion",
    "In 2021 the market had stood at €5.9",
    "2024-2028年CAGR为29.7%",
    "未来六年年均复合增长率约为23%",
    "五年复合增长率（CAGR）约为34%",
    "去年我国人工智能核心产业规模超过6,800亿元",
    "将首次突破1.1万亿元",
    "今年一季度",
    "分别为612亿元、298亿元和136亿元",
    "下降12.0%",
    "翻了一番多",
    "較去年的1,230億美元成長58.9%",
    "季增",
    "二〇二五年六月十二日",
    "Table 1: Generative AI Software Spending Forecast",
    "CAGR 2024-29",
    "Note: F = forecast.",
    "| 年份 | 市场规模 | 增速 |",
    "| 地區 | 產值 | 占比 |",
    "CAGR '24-'28",
    "同比增速\t",
    "CAGR 2024–2030F",
    "注：年复合增长率统计区间为2024-2030年",
)
#: the set's blind score (set when it is first scored): 172 figures, 57 rates, 70 verdicts and 2 false inconsistent at
#: the code before the thirty-second and thirty-third sets' rules, and 176, 57, 70 and 2 with them (a held-out check of
#: those rules); its floors are its score after the rules it then showed wanting
FLOORS = {"figures_found": 189, "rates_found": 64, "verdicts_right": 77}


if __name__ == "__main__":  # python tests/extract_checkset34.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
