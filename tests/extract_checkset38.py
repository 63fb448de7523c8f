"""A thirty-eighth check set for the extractor, written blind: a general mix, as the next hundred reports will come --
research stores' summaries with regional and segment breakdowns, analyst firms' releases whose tables lost their
separators when copied from a web page (one row a line, or the whole table on one line), news stories quoting one firm
or several, a statistics centre's and a ministry's releases, lists of parts' rates in bullets and in colon form, shares
stated without their whole, a spending guide, a trade body, a Japanese research institute, a newsletter, Chinese
research firms, ministries, the statistics bureau, financial media, a broker's report and a city's action plan, Taiwan
and Hong Kong outlets in Traditional Chinese, and tables in every layout.

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

What this set's sources add to them: in a research store's summary "was estimated at USD 9.15 billion in 2024 and is
projected to reach USD 40.62 billion by 2030, growing at a CAGR of 28.2% from 2024 to 2030" gives the ``actual`` base,
the ``estimate`` and a ``stated`` rate, North America's "largest revenue share of 36.8% in 2024" is a share, the
fastest-growing region carries no figure, and "software accounted for USD 4.02 billion in 2024" is a part
(``Software``). In an analyst firm's release whose table lost its separators when it was copied from a web page, the
caption's "(Millions of U.S. Dollars)" gives the cells USD million and its years boilerplate, and the header line
"Segment 2024 Spending 2024 Growth (%) 2025 Spending 2025 Growth (%)" pairs each spending column with the growth column
after it: each row line ("AI-Optimized Servers 214,806 46.8 268,722 25.1") gives its label -- the words before its first
number, as printed -- its 2024 figure (``actual``) and its 2025 figure (the release's year under its forecast,
``estimate``), its 2024 growth a year-on-year rate whose base year is not printed (a claim without a verdict) and its
2025 growth one with a ``cagr|implied`` verdict (one contradicted by its figures); the Total row is the whole
(``hierarchy``), and "GPU-based servers alone will represent 44% of overall AI infrastructure spending in 2025", whose
part is not printed and whose whole is only in the table, a share without a verdict. A table flattened onto one line
under its caption ("Category 2024 2025 2026 AI Application Software 84,215 168,930 265,480 AI Infrastructure Software
...") reads the same way: its three year headers give each label its three figures, its last row "Total AI Software" is
the whole under its printed label, 2025 and 2026 in a release of September 2025 are ``estimate``, and "will more than
triple between 2024 and 2026" is a multiple, x3 over two years. A list of parts' rates, one a line ("- North America:
+48.3%", "- Memory: 19.8% growth", "North America: 21.4%" under "Regional outlook, CAGR 2025-2032:", 中部地区：增长13.6%,
亚太地区：增长21.3%, 北美：年增74.5%), gives each line its part's rate over the span its heading or the text around it gives (a
year-on-year rate into the year the total's figures are for; under a heading's CAGR span a ``stated`` CAGR), never the
total's, and none gets a verdict, for no part's amounts are printed; the total's own rate above the list keeps its
verdict from the total's amounts, and "Discretes: -1.5% growth" is a negative rate. A share stated without its whole in
the same sentence is a share of its year wherever the whole is: "will represent 29.6% of overall AI spending" and "up
from 10.2% in 2024" (generative AI is the snippet's market, the overall spending printed nowhere), the buyers' shares
under "Share of 2025 spend by buyer:", "it represented 27.4% of worldwide AI-in-retail revenue in 2024", 代码助手占比14.2%,
肺部影像產品佔比最高，約為35.8% and HBM's share of DRAM in two years are shares without a verdict, while "That represents 41.8% of
the industry total", "representing 44% of sector revenue" and 其中，智能客服规模为97亿元，占比约20% -- the part and the whole printed in
other sentences of the snippet -- are shares with an ``arithmetic`` verdict; 占比约四成 is a fraction in words (four tenths,
like "about a third"), expected nowhere. In a statistics centre's English release "578.4 billion yuan" is CNY billion,
"up 13.7% from 508.6 billion yuan a year earlier" a year-on-year rate with its base, "Software and services contributed
241.9 billion yuan" a part, and the companies surveyed a count. In a news story setting two firms side by side the first
firm's base, target and "compound annual growth rate of 41.2%" (``inferred`` and contradicted by its amounts) are the
snippet's, "Pellucid Insights is more cautious, sizing the 2024 market at $3.7 billion" a second publisher's figure
expected nowhere, and "about 38% of 2024 revenue" a share. "Climbed 27.5% to $2.1 billion in 2024 from $1.66 billion in
2023" is reached only at the rounding of its amounts. "Took $4.7 billion of the $15.2 billion ... or 31%" is a part with
its share and its ``arithmetic`` verdict and "compound growth of 20.4% a year" to 2029 ``inferred``. In a dated wire
story "will nearly triple to $318 billion by 2027 from $112 billion last year" is x3 over 2024-2027, "For this year the
firm expects sales of about $165 billion" the dateline's year (an approximate ``estimate``) and "implying growth of 47%"
its year-on-year rate. A trade body's "£14.2 billion" is GBP billion and its "up 21% from £12.1 billion in 2023"
contradicted by its amounts; the headcount is boilerplate. A Japanese institute's "¥1,341.2 billion" is JPY billion, "up
56.5% year on year" a rate whose base is not printed, and "(roughly $27.5 billion)" a conversion expected nowhere. A
newsletter's issue number is boilerplate, "about $26 billion in 2025, up roughly 78%" an approximate ``estimate`` with
its rate. A snippet may hold rates and a share and no amount at all: Asia Pacific's "grew 31.2% in 2024" and the
market's "18.9%" are year-on-year rates of 2024 without a verdict, and the grocers surveyed a survey's answer. In
Chinese: 约为86.5亿元 is the ``actual`` base at its printed figure and 2024-2030年复合增长率为51.5% ``stated``; a ministry's
接近6,000亿元 and 将突破7,000亿元 are approximate figures (the second an ``estimate``) with 同比增长约17%, and its 企业数量 and the date
(3日) boilerplate; the statistics bureau's 营业收入达到3.21万亿元 (CNY trillion) is the market's with 同比增长9.8% and its regions'
rates, and the new firms a count; 较2023年的232亿元增长109.5% is a year-on-year rate with its base. A Chinese table that lost
its separators (细分领域 2023年 2024年 2025年E, a row a line, 合计 the whole) gives each row its figures in 亿元 from the title's
（单位：亿元）, 2025年E an ``estimate``, its title years and 资料来源 boilerplate, and the line under it,
推理算力服务占比由2023年的36.4%提升至2025年的42.6%, two shares with ``arithmetic`` verdicts from the table's figures. In a 券商研报 分别为
gives each year its ``estimate`` and 对应增速分别为 each its year-on-year rate; in 21世纪经济报道-style news the first institute's
约为32亿元, 380亿元 and 年均复合增长率为51.4% (``inferred``, reached only at the rounding of its amounts) are the snippet's and
另据智研视界测算 a second publisher's figure expected nowhere; a city's 行动方案 gives 力争达到1,200亿元 (``estimate``), 年均增长20%以上
(``inferred``, at its printed figure) and the 2024 base, the firms to be fostered and 超百亿元 per firm boilerplate;
同比下降8.3% with 2023年为132.6亿元 is a negative year-on-year rate with its base and 125亿元左右 an approximate ``estimate``. In a
資策會 MIC release 億美元 is USD 100 million, （2025/03/26） a date, 年增71.2% a rate whose base is not printed and 年增59.6% the
forecast's with its verdict; in a Taiwan daily's item 倍增至364億美元 is x2 over one year, 上看468億美元 an approximate
``estimate`` and 年增約29% its rate; in a Hong Kong outlet 億元人民幣 is CNY 100 million, 按年增長34.6% a rate whose base is not
printed and 複合年增長率為31.2% ``inferred``. 8,700亿元 opens a series in 亿元, so 将突破1.5万亿元 is expected as 15000 (CNY 100 million)
and 2024—2027年年均复合增长率约19.9% is ``stated``. In tables: a markdown table of regions with a "Share (%)" column gives each
region its revenue and its share with an ``arithmetic`` verdict (one contradicted by its figures), its Total the whole
and its 100.0 no claim; a tab-separated table's "2025E" and "2028E" columns are ``estimate`` and its "CAGR 2024-2028"
column each row's ``stated`` rate (one reached only at the rounding of its figures); a space-aligned table with years as
rows gives its value column to ``Revenue`` and its "YoY" column each year's rate ("—" no figure); a Chinese 细分市场 table's
同比增速 column gives each row its 2025 rate and its 合计 the whole; a Traditional Chinese space-aligned table under 單位：億美元
gives its value column to ``產值``, 2025年(預估) an ``estimate`` and its 年增率 column each year's rate (one contradicted by its
figures); a first header cell "Segment (US$ bn)" gives the table its unit; a space-aligned regional table's 2030F column
is ``estimate`` and its "CAGR 2025-2030" column each row's ``stated`` rate (one reached only at the rounding of its
figures); a Chinese tab-separated table's 注 and 资料来源 lines are boilerplate; a table of years whose "Share of all AI
spending" column holds a whole the snippet never prints gives each year a share without a verdict; and a table of
countries with a "YoY" column gives each row its 2025 rate (one contradicted by its figures) and its Total the whole.
Markets vary (AI in supply chain, AI infrastructure, AI software, AI accelerators, semiconductors, generative AI, AI
agents, AI in cybersecurity, AI in drug discovery, AI for customer service, AI PCs, AI in retail, GPU clouds, AI Agent,
人工智能核心产业, 智能制造装备, AI大模型应用, AI服务器, 智能算力, AI眼镜, 人形机器人, 儿童智能手表, 生成式AI軟體, HBM, AI醫療影像, AIGC, 智能驾驶, AI in automotive, AI in
agriculture); publishers, speakers and companies are invented, the sentences are the project's own and the figures
plausible. ``python tests/extract_checkset38.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a research store's summary: estimated at, projected to reach, a CAGR over a printed span, a region's share
    dict(
        text=(
            "The global AI in supply chain market size was estimated at USD 9.15 billion in 2024 and is projected to "
            "reach USD 40.62 billion by 2030, growing at a CAGR of 28.2% from 2024 to 2030. North America held the "
            "largest revenue share of 36.8% in 2024, while Asia Pacific is anticipated to register the fastest growth "
            "over the forecast period. By component, software accounted for USD 4.02 billion in 2024."
        ),
        obs=[
            ("Total", 2024, 9.15, "USD billion", "actual"),
            ("Total", 2030, 40.62, "USD billion", "estimate"),
            ("Software", 2024, 4.02, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 28.2, "percent", 2024, 2030, None, "stated"),
            ("share", 36.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (40.62 / 9.15) ** (1 / 6) - 1 = 28.200% -> 28.2 (bounds 28.185-28.214)
        ],
    ),
    # 2. an analyst firm's release whose table lost its separators: one row a line, spending and growth columns
    dict(
        text=(
            "ARLINGTON, Va., May 6, 2025 — Worldwide spending on AI infrastructure will keep climbing this year as "
            "cloud providers and model builders add capacity, according to a new forecast from Corvane Research. "
            "GPU-based servers alone will represent 44% of overall AI infrastructure spending in 2025, the firm said.\n"
            "Table 1: AI Infrastructure Spending by Segment, Worldwide, 2024-2025 (Millions of U.S. Dollars)\n"
            "Segment 2024 Spending 2024 Growth (%) 2025 Spending 2025 Growth (%)\n"
            "AI-Optimized Servers 214,806 46.8 268,722 25.1\n"
            "AI Networking 38,512 61.3 51,375 33.4\n"
            "AI Storage 22,940 29.5 27,886 24.6\n"
            "Total 276,258 46.9 347,983 26.0\n"
            "Source: Corvane Research (May 2025)"
        ),
        obs=[
            ("AI-Optimized Servers", 2024, 214806, "USD million", "actual"),
            ("AI-Optimized Servers", 2025, 268722, "USD million", "estimate"),
            ("AI Networking", 2024, 38512, "USD million", "actual"),
            ("AI Networking", 2025, 51375, "USD million", "estimate"),
            ("AI Storage", 2024, 22940, "USD million", "actual"),
            ("AI Storage", 2025, 27886, "USD million", "estimate"),
            ("Total", 2024, 276258, "USD million", "actual"),
            ("Total", 2025, 347983, "USD million", "estimate"),
        ],
        claims=[
            ("share", 44, "percent", 2025, 2025, None),
            ("growth", 46.8, "percent", 2023, 2024, 1.0),
            ("growth", 61.3, "percent", 2023, 2024, 1.0),
            ("growth", 29.5, "percent", 2023, 2024, 1.0),
            ("growth", 46.9, "percent", 2023, 2024, 1.0),
            ("growth", 25.1, "percent", 2024, 2025, 1.0),
            ("growth", 33.4, "percent", 2024, 2025, 1.0),
            ("growth", 24.6, "percent", 2024, 2025, 1.0),
            ("growth", 26.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 268722 / 214806 - 1 = 25.100% -> 25.1
            ("cagr|implied", "exact"),  # 51375 / 38512 - 1 = 33.400% -> 33.4
            # 27886 / 22940 - 1 = 21.561%; bounds (27885.5 / 22940.5) -> 21.556%, (27886.5 / 22939.5) -> 21.565%:
            # 24.6 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 347983 / 276258 - 1 = 25.963% -> 26.0
            # 214806 + 38512 + 22940 = 276258; 268722 + 51375 + 27886 = 347983
            ("hierarchy", "exact"),
        ],
    ),
    # 3. a web table flattened onto one line under its caption; a multiple in the lead
    dict(
        text=(
            "Spending on AI software will more than triple between 2024 and 2026, Brightwater Analytics said on "
            "Monday, as generative features are built into mainstream business applications.\n"
            "AI Software Spending by Category, Worldwide, 2024-2026 (Millions of U.S. Dollars)\n"
            "Category 2024 2025 2026 AI Application Software 84,215 168,930 265,480 AI Infrastructure Software 57,360 "
            "121,845 218,760 GenAI Models 5,840 13,925 24,310 Total AI Software 147,415 304,700 508,550\n"
            "Source: Brightwater Analytics (September 2025)"
        ),
        obs=[
            ("AI Application Software", 2024, 84215, "USD million", "actual"),
            ("AI Application Software", 2025, 168930, "USD million", "estimate"),
            ("AI Application Software", 2026, 265480, "USD million", "estimate"),
            ("AI Infrastructure Software", 2024, 57360, "USD million", "actual"),
            ("AI Infrastructure Software", 2025, 121845, "USD million", "estimate"),
            ("AI Infrastructure Software", 2026, 218760, "USD million", "estimate"),
            ("GenAI Models", 2024, 5840, "USD million", "actual"),
            ("GenAI Models", 2025, 13925, "USD million", "estimate"),
            ("GenAI Models", 2026, 24310, "USD million", "estimate"),
            ("Total AI Software", 2024, 147415, "USD million", "actual"),
            ("Total AI Software", 2025, 304700, "USD million", "estimate"),
            ("Total AI Software", 2026, 508550, "USD million", "estimate"),
        ],
        claims=[("multiple", 3, "multiple", 2024, 2026, 2.0)],  # 508550 / 147415 = 3.45: more than triple
        verdicts=[
            # 84215 + 57360 + 5840 = 147415; 168930 + 121845 + 13925 = 304700; 265480 + 218760 + 24310 = 508550
            ("hierarchy", "exact"),
        ],
    ),
    # 4. a news story: the total's rate with both amounts, then a dash list of regions' rates (each the region's)
    dict(
        text=(
            "Revenue from AI accelerators sold into data centres rose to $118.6 billion in 2024 from $84.2 billion in "
            "2023, an increase of 40.9%, according to Tidewater Semiconductor Analytics. Growth was uneven across "
            "regions:\n"
            "- North America: +48.3%\n"
            "- China: +11.6%\n"
            "- Europe: +22.9%\n"
            "- Rest of Asia Pacific: +37.0%\n"
            "The tally covers 23 chip suppliers."
        ),
        obs=[
            ("Total", 2024, 118.6, "USD billion", "actual"),
            ("Total", 2023, 84.2, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 40.9, "percent", 2023, 2024, 1.0),
            ("growth", 48.3, "percent", 2023, 2024, 1.0),
            ("growth", 11.6, "percent", 2023, 2024, 1.0),
            ("growth", 22.9, "percent", 2023, 2024, 1.0),
            ("growth", 37.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 118.6 / 84.2 - 1 = 40.855% -> 40.9 (the regions' rates have no amounts)
        ],
    ),
    # 5. a forecast with its base, then "- Memory: 19.8% growth" lines: each device category's 2025 rate
    dict(
        text=(
            "Worldwide semiconductor revenue is projected to total $705.2 billion in 2025, an increase of 12.6% from "
            "$626.3 billion in 2024, as spending on AI data centres offsets weak demand from carmakers, Ashgrove "
            "Research said on Tuesday. Forecast growth in 2025 by device category:\n"
            "- Memory: 19.8% growth\n"
            "- GPUs: 27.4% growth\n"
            "- Logic (excluding GPUs): 8.1% growth\n"
            "- Analog: 3.2% growth\n"
            "- Discretes: -1.5% growth"
        ),
        obs=[
            ("Total", 2025, 705.2, "USD billion", "estimate"),
            ("Total", 2024, 626.3, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 12.6, "percent", 2024, 2025, 1.0),
            ("growth", 19.8, "percent", 2024, 2025, 1.0),
            ("growth", 27.4, "percent", 2024, 2025, 1.0),
            ("growth", 8.1, "percent", 2024, 2025, 1.0),
            ("growth", 3.2, "percent", 2024, 2025, 1.0),
            ("growth", -1.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 705.2 / 626.3 - 1 = 12.598% -> 12.6
        ],
    ),
    # 6. a spending guide: a share of a whole printed nowhere ("of overall AI spending"), in two years
    dict(
        text=(
            "Enterprises will spend $151.1 billion on generative AI solutions in 2028, up from $21.4 billion in 2024, "
            "a compound annual growth rate of 63.0% over the 2024-2028 forecast period, according to a new spending "
            "guide from Lanthorn Data. By 2028 that spending will represent 29.6% of overall AI spending, up from "
            "10.2% in 2024. Software will make up the largest share of the total."
        ),
        obs=[
            ("Total", 2028, 151.1, "USD billion", "estimate"),
            ("Total", 2024, 21.4, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 63.0, "percent", 2024, 2028, None, "stated"),
            ("share", 29.6, "percent", 2028, 2028, None),
            ("share", 10.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (151.1 / 21.4) ** (1 / 4) - 1 = 63.009% -> 63.0
        ],
    ),
    # 7. a statistics centre's release in English: yuan, a part, its share in the next sentence
    dict(
        text=(
            "BEIJING, March 18 — Revenue of China's core artificial intelligence industry reached 578.4 billion yuan "
            "in 2024, up 13.7% from 508.6 billion yuan a year earlier, the National Data Statistics Centre said on "
            "Tuesday. Software and services contributed 241.9 billion yuan. That represents 41.8% of the industry "
            "total, the centre said, with chips and other hardware making up the rest. More than 4,300 companies were "
            "covered by the survey."
        ),
        obs=[
            ("Total", 2024, 578.4, "CNY billion", "actual"),
            ("Total", 2023, 508.6, "CNY billion", "actual"),
            ("Software and services", 2024, 241.9, "CNY billion", "actual"),
        ],
        claims=[
            ("growth", 13.7, "percent", 2023, 2024, 1.0),
            ("share", 41.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 578.4 / 508.6 - 1 = 13.724% -> 13.7
            ("arithmetic", "exact"),  # 241.9 / 578.4 = 41.822% -> 41.8
        ],
    ),
    # 8. a news story quoting two firms: the first one's base, target and rate; the second's figure expected nowhere
    dict(
        text=(
            "How big is the market for AI agents? Halden Research, which published the most detailed estimate, puts "
            "2024 revenue at $5.1 billion and expects $47.1 billion by 2030, a compound annual growth rate of 41.2%. "
            "Pellucid Insights is more cautious, sizing the 2024 market at $3.7 billion. Either way, customer-service "
            "agents made up the biggest slice, about 38% of 2024 revenue, according to Halden."
        ),
        obs=[
            ("Total", 2024, 5.1, "USD billion", "actual"),
            ("Total", 2030, 47.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 41.2, "percent", 2024, 2030, None, "inferred"),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (47.1 / 5.1) ** (1 / 6) - 1 = 44.847%; bounds (47.05 / 5.15) -> 44.586%, (47.15 / 5.05) -> 45.110%:
            # 41.2 +- 0.05 outside
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 9. a research store's release with a colon list of regions' CAGRs under a heading that prints their span
    dict(
        text=(
            "The global AI in cybersecurity market is projected to grow from USD 31.38 billion in 2025 to USD 134.12 "
            "billion by 2032, at a CAGR of 23.1% during the forecast period (2025-2032), Fortis Market Insights said "
            "in a report released on Thursday. The market was valued at USD 26.55 billion in 2024.\n"
            "Regional outlook, CAGR 2025-2032:\n"
            "North America: 21.4%\n"
            "Europe: 22.7%\n"
            "Asia Pacific: 26.9%\n"
            "Latin America: 19.5%"
        ),
        obs=[
            ("Total", 2024, 26.55, "USD billion", "actual"),
            ("Total", 2025, 31.38, "USD billion", "actual"),
            ("Total", 2032, 134.12, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.1, "percent", 2025, 2032, None, "stated"),
            ("cagr", 21.4, "percent", 2025, 2032, None, "stated"),
            ("cagr", 22.7, "percent", 2025, 2032, None, "stated"),
            ("cagr", 26.9, "percent", 2025, 2032, None, "stated"),
            ("cagr", 19.5, "percent", 2025, 2032, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (134.12 / 31.38) ** (1 / 7) - 1 = 23.061% -> 23.1 (the regions' rates have no amounts)
        ],
    ),
    # 10. a year-on-year rate with both amounts, reached only at their rounding
    dict(
        text=(
            "Spending on AI-driven drug discovery climbed 27.5% to $2.1 billion in 2024 from $1.66 billion in 2023, "
            "according to Calder Life Sciences Analytics, as large drugmakers signed more platform deals. The firm "
            "expects spending of $5.4 billion in 2028."
        ),
        obs=[
            ("Total", 2024, 2.1, "USD billion", "actual"),
            ("Total", 2023, 1.66, "USD billion", "actual"),
            ("Total", 2028, 5.4, "USD billion", "estimate"),
        ],
        claims=[("growth", 27.5, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 2.1 / 1.66 - 1 = 26.506%, not 27.5 +- 0.05; bounds (2.05 / 1.665) -> 23.123%, (2.15 / 1.655) -> 29.909%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. a part with its share of the whole in one sentence; a rate implied over the amounts' years
    dict(
        text=(
            "Conversational AI platforms took $4.7 billion of the $15.2 billion that companies spent on AI for "
            "customer service in 2024, or 31%, according to Quarry Lane Research. The firm expects total spending to "
            "reach $38.5 billion in 2029, which would mean compound growth of 20.4% a year."
        ),
        obs=[
            ("Conversational AI platforms", 2024, 4.7, "USD billion", "actual"),
            ("Total", 2024, 15.2, "USD billion", "actual"),
            ("Total", 2029, 38.5, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 31, "percent", 2024, 2024, None),
            ("cagr", 20.4, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 4.7 / 15.2 = 30.921% -> 31
            ("cagr|period", "exact"),  # (38.5 / 15.2) ** (1 / 5) - 1 = 20.427% -> 20.4
        ],
    ),
    # 12. a dated wire story: nearly triple (x3), last year, this year, implying growth
    dict(
        text=(
            "TOKYO, Feb. 12, 2025 — Sales of AI-capable PCs will nearly triple to $318 billion by 2027 from $112 "
            "billion last year, Kestrel Devices Research forecast on Wednesday. For this year the firm expects sales "
            "of about $165 billion, implying growth of 47%."
        ),
        obs=[
            ("Total", 2027, 318, "USD billion", "estimate"),
            ("Total", 2024, 112, "USD billion", "actual"),
            ("Total", 2025, 165, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2024, 2027, 3.0),  # 318 / 112 = 2.84: nearly triple
            ("growth", 47, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 165 / 112 - 1 = 47.321% -> 47
        ],
    ),
    # 13. a trade body in pounds: a rate its amounts contradict; a share whose whole is in the sentence before
    dict(
        text=(
            "LONDON — Britain's AI sector generated £14.2 billion of revenue in 2024, up 21% from £12.1 billion in "
            "2023, according to the annual sector study from the Albion Digital Council. Dedicated AI companies "
            "brought in £6.3 billion, representing 44% of sector revenue. The sector employs about 64,500 people."
        ),
        obs=[
            ("Total", 2024, 14.2, "GBP billion", "actual"),
            ("Total", 2023, 12.1, "GBP billion", "actual"),
            ("Dedicated AI companies", 2024, 6.3, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("share", 44, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 14.2 / 12.1 - 1 = 17.355%; bounds (14.15 / 12.15) -> 16.461%, (14.25 / 12.05) -> 18.257%:
            # 21 +- 0.5 outside
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 6.3 / 14.2 = 44.366% -> 44
        ],
    ),
    # 14. a Japanese institute in yen: a rate without its base, a dollar conversion expected nowhere, a stated CAGR
    dict(
        text=(
            "Japan's domestic AI system market reached ¥1,341.2 billion in 2024, up 56.5% year on year, Sakuragi "
            "Research Institute said on Friday. It forecasts the market will expand to ¥4,191.5 billion (roughly "
            "$27.5 billion) in 2029, a compound annual growth rate of 25.6% over 2024-2029."
        ),
        obs=[
            ("Total", 2024, 1341.2, "JPY billion", "actual"),
            ("Total", 2029, 4191.5, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 56.5, "percent", 2023, 2024, 1.0),
            ("cagr", 25.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (4191.5 / 1341.2) ** (1 / 5) - 1 = 25.596% -> 25.6
        ],
    ),
    # 15. a newsletter: an approximate forecast with its rate, a colon list of buyers' shares (the parts not printed)
    dict(
        text=(
            "The Compute Ledger, No. 84\n"
            "GPU-as-a-service revenue hit $14.6 billion in 2024 and should reach about $26 billion in 2025, up "
            "roughly 78%.\n"
            "Share of 2025 spend by buyer:\n"
            "Frontier model labs: 46%\n"
            "Enterprises: 31%\n"
            "Start-ups and researchers: 23%\n"
            "Forwarded this? Subscribe at the link below."
        ),
        obs=[
            ("Total", 2024, 14.6, "USD billion", "actual"),
            ("Total", 2025, 26, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 78, "percent", 2024, 2025, 1.0),
            ("share", 46, "percent", 2025, 2025, None),
            ("share", 31, "percent", 2025, 2025, None),
            ("share", 23, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 26 / 14.6 - 1 = 78.082% -> 78
        ],
    ),
    # 16. rates and a share with no amount at all: a region's and the market's growth, the region's share
    dict(
        text=(
            "Asia Pacific was the fastest-growing region for AI in retail, according to Marlowe Research: the "
            "region's revenue grew 31.2% in 2024, against 18.9% for the market as a whole, and it represented 27.4% "
            "of worldwide AI-in-retail revenue in 2024. Nearly 40% of grocers surveyed plan to add computer-vision "
            "checkout within two years."
        ),
        obs=[],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
            ("growth", 18.9, "percent", 2023, 2024, 1.0),
            ("share", 27.4, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. a research firm: 约为 on the base, a stated CAGR
    dict(
        text=(
            "艾睿咨询最新发布的报告显示，2024年中国AI Agent市场规模约为86.5亿元。报告预计，到2030年该市场规模将达到"
            "1,047.3亿元，2024-2030年复合增长率为51.5%。从应用领域看，企业服务场景落地最快。"
        ),
        obs=[
            ("Total", 2024, 86.5, "CNY 100 million", "actual"),
            ("Total", 2030, 1047.3, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 51.5, "percent", 2024, 2030, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (1047.3 / 86.5) ** (1 / 6) - 1 = 51.534% -> 51.5
        ],
    ),
    # 18. a ministry's release: 接近, 突破, 同比增长约; 占比约四成 (a fraction in words); firms counted
    dict(
        text=(
            "工业和信息化部3日发布数据显示，2024年我国人工智能核心产业规模接近6,000亿元，人工智能企业数量超过4,500家。"
            "其中，智能芯片等基础层占比约四成。工信部有关负责人表示，预计2025年核心产业规模将突破7,000亿元，同比增长约17%。"
        ),
        obs=[
            ("Total", 2024, 6000, "CNY 100 million", "actual"),
            ("Total", 2025, 7000, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 17, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 7000 / 6000 - 1 = 16.667% -> 17
        ],
    ),
    # 19. the statistics bureau: 万亿元, 同比增长, then 分区域看 with each region's rate in colon form
    dict(
        text=(
            "国家统计局日前发布数据，2024年全国智能制造装备行业营业收入达到3.21万亿元，同比增长9.8%。分区域看：\n"
            "东部地区：增长8.1%\n"
            "中部地区：增长13.6%\n"
            "西部地区：增长15.2%\n"
            "东北地区：增长4.7%\n"
            "全年新增规模以上企业1,126家。"
        ),
        obs=[("Total", 2024, 3.21, "CNY trillion", "actual")],
        claims=[
            ("growth", 9.8, "percent", 2023, 2024, 1.0),
            ("growth", 8.1, "percent", 2023, 2024, 1.0),
            ("growth", 13.6, "percent", 2023, 2024, 1.0),
            ("growth", 15.2, "percent", 2023, 2024, 1.0),
            ("growth", 4.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[],
    ),
    # 20. financial media: a rate with its base; 其中 a part whose 占比约 has its whole in an earlier sentence
    dict(
        text=(
            "证券时报记者获悉，据星图研究院测算，2024年我国AI大模型应用市场规模为486亿元，较2023年的232亿元增长109.5%。"
            "从结构看，企业级应用仍是主力。其中，智能客服规模为97亿元，占比约20%；代码助手占比14.2%。"
        ),
        obs=[
            ("Total", 2024, 486, "CNY 100 million", "actual"),
            ("Total", 2023, 232, "CNY 100 million", "actual"),
            ("智能客服", 2024, 97, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 109.5, "percent", 2023, 2024, 1.0),
            ("share", 20, "percent", 2024, 2024, None),
            ("share", 14.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 486 / 232 - 1 = 109.483% -> 109.5
            ("arithmetic", "exact"),  # 97 / 486 = 19.959% -> 20
        ],
    ),
    # 21. a research firm in 亿美元: 分地区看 with 亚太地区：增长21.3% lines, then the forecast with its rate
    dict(
        text=(
            "国际数据研究（IDR）最新报告显示，2024年全球AI服务器市场规模达到1,251亿美元，同比增长62.4%。分地区看：\n"
            "美国：增长71.5%\n"
            "中国：增长38.9%\n"
            "亚太地区：增长21.3%\n"
            "欧洲、中东和非洲：增长44.0%\n"
            "IDR预计，2025年全球AI服务器市场规模将达到1,620亿美元，同比增长29.5%。"
        ),
        obs=[
            ("Total", 2024, 1251, "USD 100 million", "actual"),
            ("Total", 2025, 1620, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 62.4, "percent", 2023, 2024, 1.0),
            ("growth", 71.5, "percent", 2023, 2024, 1.0),
            ("growth", 38.9, "percent", 2023, 2024, 1.0),
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
            ("growth", 44.0, "percent", 2023, 2024, 1.0),
            ("growth", 29.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1620 / 1251 - 1 = 29.496% -> 29.5
        ],
    ),
    # 22. a Chinese table that lost its separators (a row a line), with two shares from its figures under it
    dict(
        text=(
            "2023-2025年中国智能算力服务市场规模（单位：亿元）\n"
            "细分领域 2023年 2024年 2025年E\n"
            "训练算力服务 412 598 826\n"
            "推理算力服务 236 389 612\n"
            "合计 648 987 1438\n"
            "推理算力服务占比由2023年的36.4%提升至2025年的42.6%。\n"
            "资料来源：智算产业联盟"
        ),
        obs=[
            ("训练算力服务", 2023, 412, "CNY 100 million", "actual"),
            ("训练算力服务", 2024, 598, "CNY 100 million", "actual"),
            ("训练算力服务", 2025, 826, "CNY 100 million", "estimate"),
            ("推理算力服务", 2023, 236, "CNY 100 million", "actual"),
            ("推理算力服务", 2024, 389, "CNY 100 million", "actual"),
            ("推理算力服务", 2025, 612, "CNY 100 million", "estimate"),
            ("合计", 2023, 648, "CNY 100 million", "actual"),
            ("合计", 2024, 987, "CNY 100 million", "actual"),
            ("合计", 2025, 1438, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 36.4, "percent", 2023, 2023, None),
            ("share", 42.6, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 236 / 648 = 36.420% -> 36.4
            ("arithmetic", "exact"),  # 612 / 1438 = 42.559% -> 42.6
            ("hierarchy", "exact"),  # 412 + 236 = 648; 598 + 389 = 987; 826 + 612 = 1438
        ],
    ),
    # 23. a broker's report: 分别为 and 对应增速分别为, the rating and 风险提示 boilerplate
    dict(
        text=(
            "【东岳证券】AI眼镜行业深度报告：2024年全球AI眼镜市场规模约为75亿元。我们预计2025-2027年市场规模分别为182亿元、"
            "356亿元、601亿元，对应增速分别为142.7%、95.6%、68.8%。维持行业“增持”评级。风险提示：新品推出及销量不及预期。"
        ),
        obs=[
            ("Total", 2024, 75, "CNY 100 million", "actual"),
            ("Total", 2025, 182, "CNY 100 million", "estimate"),
            ("Total", 2026, 356, "CNY 100 million", "estimate"),
            ("Total", 2027, 601, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 142.7, "percent", 2024, 2025, 1.0),
            ("growth", 95.6, "percent", 2025, 2026, 1.0),
            ("growth", 68.8, "percent", 2026, 2027, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 182 / 75 - 1 = 142.667% -> 142.7
            ("cagr|implied", "exact"),  # 356 / 182 - 1 = 95.604% -> 95.6
            ("cagr|implied", "exact"),  # 601 / 356 - 1 = 68.820% -> 68.8
        ],
    ),
    # 24. news setting two institutes side by side: the first one's figures and rate, the second's expected nowhere
    dict(
        text=(
            "21世纪经济报道记者注意到，多家机构对人形机器人市场规模的测算差异较大。高工机器人研究所数据显示，2024年中国人形"
            "机器人市场规模约为32亿元，预计到2030年将达到380亿元，年均复合增长率为51.4%。另据智研视界测算，2024年该市场"
            "规模为28.7亿元。"
        ),
        obs=[
            ("Total", 2024, 32, "CNY 100 million", "actual"),
            ("Total", 2030, 380, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 51.4, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            # (380 / 32) ** (1 / 6) - 1 = 51.045%, not 51.4 +- 0.05; bounds (379.5 / 32.5) -> 50.622%,
            # (380.5 / 31.5) -> 51.475%: 51.4 is reached only at the rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 25. a city's action plan: 力争达到 (a target), 年均增长……以上, the plan's title years and firms boilerplate
    dict(
        text=(
            "《海州市人工智能产业发展三年行动方案（2025—2027年）》近日印发。方案提出，到2027年，全市人工智能核心产业规模力争"
            "达到1,200亿元，年均增长20%以上，培育年营收超百亿元的领军企业10家以上。2024年，全市人工智能核心产业规模为695亿元。"
        ),
        obs=[
            ("Total", 2027, 1200, "CNY 100 million", "estimate"),
            ("Total", 2024, 695, "CNY 100 million", "actual"),
        ],
        claims=[("cagr", 20, "percent", 2024, 2027, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (1200 / 695) ** (1 / 3) - 1 = 19.968% -> 20
        ],
    ),
    # 26. an alliance's figures: 同比下降 with its base, a channel's 占比, 左右 on a forecast
    dict(
        text=(
            "据中国智能穿戴产业联盟统计，2024年我国儿童智能手表市场零售额为121.6亿元，同比下降8.3%，2023年为132.6亿元；"
            "其中线上渠道零售额占比为63.5%。联盟预计，2025年零售额将回升至125亿元左右。"
        ),
        obs=[
            ("Total", 2024, 121.6, "CNY 100 million", "actual"),
            ("Total", 2023, 132.6, "CNY 100 million", "actual"),
            ("Total", 2025, 125, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", -8.3, "percent", 2023, 2024, 1.0),
            ("share", 63.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 121.6 / 132.6 - 1 = -8.296% -> -8.3
        ],
    ),
    # 27. a 資策會 MIC release in Traditional Chinese: 億美元, 年增, then each region's 年增 in colon form
    dict(
        text=(
            "（2025/03/26）資策會產業情報研究所（MIC）今日發布研究指出，2024年全球生成式AI軟體市場規模達386億美元，"
            "年增71.2%；預估2025年將成長至616億美元，年增59.6%。各區域2024年成長表現如下：\n"
            "北美：年增74.5%\n"
            "歐洲：年增58.3%\n"
            "亞太：年增82.1%"
        ),
        obs=[
            ("Total", 2024, 386, "USD 100 million", "actual"),
            ("Total", 2025, 616, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 71.2, "percent", 2023, 2024, 1.0),
            ("growth", 59.6, "percent", 2024, 2025, 1.0),
            ("growth", 74.5, "percent", 2023, 2024, 1.0),
            ("growth", 58.3, "percent", 2023, 2024, 1.0),
            ("growth", 82.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 616 / 386 - 1 = 59.585% -> 59.6
        ],
    ),
    # 28. a Taiwan daily's item: 倍增 (x2), 上看, 年增約, HBM's share of DRAM in two years
    dict(
        text=(
            "（經貿日報記者／台北報導）研調機構拓達研究最新報告指出，2024年全球HBM（高頻寬記憶體）市場規模為182億美元，預估"
            "2025年將倍增至364億美元，2026年可望再上看468億美元，年增約29%。拓達研究並指出，HBM占整體DRAM產值比重將由2024年"
            "的8.4%提升至2025年的約20%。"
        ),
        obs=[
            ("Total", 2024, 182, "USD 100 million", "actual"),
            ("Total", 2025, 364, "USD 100 million", "estimate"),
            ("Total", 2026, 468, "USD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2025, 1.0),  # 364 / 182 = 2.0
            ("growth", 29, "percent", 2025, 2026, 1.0),
            ("share", 8.4, "percent", 2024, 2024, None),
            ("share", 20, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 468 / 364 - 1 = 28.571% -> 29
        ],
    ),
    # 29. a Hong Kong outlet on the mainland market: 億元人民幣, 按年增長, 複合年增長率, a 佔比 without its whole
    dict(
        text=(
            "【港聞財經】內地研究機構艾潤諮詢發表報告指，2024年中國AI醫療影像市場規模達到68.2億元人民幣，按年增長34.6%，"
            "預計2029年將增至265.4億元人民幣，複合年增長率為31.2%。報告又指，肺部影像產品佔比最高，約為35.8%。"
        ),
        obs=[
            ("Total", 2024, 68.2, "CNY 100 million", "actual"),
            ("Total", 2029, 265.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 34.6, "percent", 2023, 2024, 1.0),
            ("cagr", 31.2, "percent", 2024, 2029, None, "inferred"),
            ("share", 35.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (265.4 / 68.2) ** (1 / 5) - 1 = 31.227% -> 31.2
        ],
    ),
    # 30. financial media: a series opened in 亿元, a later 万亿元 figure expected in 亿元, a CAGR over a printed span
    dict(
        text=(
            "第一财经记者从中国信息通信研究院获悉，2024年我国智能算力核心产业规模为8,700亿元，同比增长31.8%。信通院预计，"
            "到2027年这一规模将突破1.5万亿元，2024—2027年年均复合增长率约19.9%。"
        ),
        obs=[
            ("Total", 2024, 8700, "CNY 100 million", "actual"),
            ("Total", 2027, 15000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.8, "percent", 2023, 2024, 1.0),
            ("cagr", 19.9, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (15000 / 8700) ** (1 / 3) - 1 = 19.911% -> 19.9
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. a markdown table of regions with a share column (one share contradicted by its figures) and a 100% total
    dict(
        text=(
            "AI in retail revenue by region, 2024\n"
            "| Region | Revenue (US$ million) | Share (%) |\n"
            "|---|---|---|\n"
            "| North America | 4,126 | 37.9 |\n"
            "| Europe | 2,874 | 26.4 |\n"
            "| Asia Pacific | 3,205 | 29.4 |\n"
            "| Latin America | 412 | 4.3 |\n"
            "| Middle East & Africa | 278 | 2.6 |\n"
            "| Total | 10,895 | 100.0 |"
        ),
        obs=[
            ("North America", 2024, 4126, "USD million", "actual"),
            ("Europe", 2024, 2874, "USD million", "actual"),
            ("Asia Pacific", 2024, 3205, "USD million", "actual"),
            ("Latin America", 2024, 412, "USD million", "actual"),
            ("Middle East & Africa", 2024, 278, "USD million", "actual"),
            ("Total", 2024, 10895, "USD million", "actual"),
        ],
        claims=[
            ("share", 37.9, "percent", 2024, 2024, None),
            ("share", 26.4, "percent", 2024, 2024, None),
            ("share", 29.4, "percent", 2024, 2024, None),
            ("share", 4.3, "percent", 2024, 2024, None),
            ("share", 2.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 4126 / 10895 = 37.871% -> 37.9
            ("arithmetic", "exact"),  # 2874 / 10895 = 26.379% -> 26.4
            ("arithmetic", "exact"),  # 3205 / 10895 = 29.417% -> 29.4
            # 412 / 10895 = 3.782%; bounds (412.5 / 10894.5) -> 3.786%, (411.5 / 10895.5) -> 3.777%: 4.3 +- 0.05 outside
            ("arithmetic", "inconsistent"),
            ("arithmetic", "exact"),  # 278 / 10895 = 2.552% -> 2.6
            ("hierarchy", "exact"),  # 4126 + 2874 + 3205 + 412 + 278 = 10895
        ],
    ),
    # 32. a tab-separated table with E columns and a CAGR column that prints its span
    dict(
        text=(
            "Generative AI software revenue by segment (USD billion)\n"
            "Segment\t2024\t2025E\t2028E\tCAGR 2024-2028\n"
            "Text and code\t9.6\t15.8\t41.2\t43.9%\n"
            "Image and video\t3.1\t5.4\t16.9\t52.8%\n"
            "Audio and speech\t1.2\t2.0\t5.6\t47.4%\n"
            "Total\t13.9\t23.2\t63.7\t46.3%"
        ),
        obs=[
            ("Text and code", 2024, 9.6, "USD billion", "actual"),
            ("Text and code", 2025, 15.8, "USD billion", "estimate"),
            ("Text and code", 2028, 41.2, "USD billion", "estimate"),
            ("Image and video", 2024, 3.1, "USD billion", "actual"),
            ("Image and video", 2025, 5.4, "USD billion", "estimate"),
            ("Image and video", 2028, 16.9, "USD billion", "estimate"),
            ("Audio and speech", 2024, 1.2, "USD billion", "actual"),
            ("Audio and speech", 2025, 2.0, "USD billion", "estimate"),
            ("Audio and speech", 2028, 5.6, "USD billion", "estimate"),
            ("Total", 2024, 13.9, "USD billion", "actual"),
            ("Total", 2025, 23.2, "USD billion", "estimate"),
            ("Total", 2028, 63.7, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 43.9, "percent", 2024, 2028, None, "stated"),
            ("cagr", 52.8, "percent", 2024, 2028, None, "stated"),
            ("cagr", 47.4, "percent", 2024, 2028, None, "stated"),
            ("cagr", 46.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (41.2 / 9.6) ** (1 / 4) - 1 = 43.932% -> 43.9
            ("cagr", "exact"),  # (16.9 / 3.1) ** (1 / 4) - 1 = 52.803% -> 52.8
            # (5.6 / 1.2) ** (1 / 4) - 1 = 46.978%, not 47.4 +- 0.05; bounds (5.55 / 1.25) -> 45.160%,
            # (5.65 / 1.15) -> 48.880%: 47.4 is reached only at the rounding
            ("cagr", "rounding"),
            ("cagr", "exact"),  # (63.7 / 13.9) ** (1 / 4) - 1 = 46.312% -> 46.3
            # 9.6 + 3.1 + 1.2 = 13.9; 15.8 + 5.4 + 2.0 = 23.2; 41.2 + 16.9 + 5.6 = 63.7
            ("hierarchy", "exact"),
        ],
    ),
    # 33. a space-aligned table with years as rows and a YoY column
    dict(
        text=(
            "Edge AI chip revenue, worldwide (US$ billion)\n"
            "Year     Revenue     YoY\n"
            "2021     8.2         —\n"
            "2022     9.9         20.7%\n"
            "2023     12.6        27.3%\n"
            "2024     16.8        33.3%\n"
            "2025F    21.9        30.4%"
        ),
        obs=[
            ("Revenue", 2021, 8.2, "USD billion", "actual"),
            ("Revenue", 2022, 9.9, "USD billion", "actual"),
            ("Revenue", 2023, 12.6, "USD billion", "actual"),
            ("Revenue", 2024, 16.8, "USD billion", "actual"),
            ("Revenue", 2025, 21.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 20.7, "percent", 2021, 2022, 1.0),
            ("growth", 27.3, "percent", 2022, 2023, 1.0),
            ("growth", 33.3, "percent", 2023, 2024, 1.0),
            ("growth", 30.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 9.9 / 8.2 - 1 = 20.732% -> 20.7
            ("cagr|implied", "exact"),  # 12.6 / 9.9 - 1 = 27.273% -> 27.3
            ("cagr|implied", "exact"),  # 16.8 / 12.6 - 1 = 33.333% -> 33.3
            ("cagr|implied", "exact"),  # 21.9 / 16.8 - 1 = 30.357% -> 30.4
        ],
    ),
    # 34. a Chinese markdown table with 2025年E and a 同比增速 column, 合计 the whole
    dict(
        text=(
            "2024-2025年中国AIGC应用市场规模（亿元）\n"
            "| 细分市场 | 2024年 | 2025年E | 同比增速 |\n"
            "|---|---|---|---|\n"
            "| 文本生成 | 186.4 | 262.3 | 40.7% |\n"
            "| 图像生成 | 92.5 | 138.9 | 50.2% |\n"
            "| 音视频生成 | 41.3 | 71.6 | 73.4% |\n"
            "| 合计 | 320.2 | 472.8 | 47.7% |"
        ),
        obs=[
            ("文本生成", 2024, 186.4, "CNY 100 million", "actual"),
            ("文本生成", 2025, 262.3, "CNY 100 million", "estimate"),
            ("图像生成", 2024, 92.5, "CNY 100 million", "actual"),
            ("图像生成", 2025, 138.9, "CNY 100 million", "estimate"),
            ("音视频生成", 2024, 41.3, "CNY 100 million", "actual"),
            ("音视频生成", 2025, 71.6, "CNY 100 million", "estimate"),
            ("合计", 2024, 320.2, "CNY 100 million", "actual"),
            ("合计", 2025, 472.8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 40.7, "percent", 2024, 2025, 1.0),
            ("growth", 50.2, "percent", 2024, 2025, 1.0),
            ("growth", 73.4, "percent", 2024, 2025, 1.0),
            ("growth", 47.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 262.3 / 186.4 - 1 = 40.719% -> 40.7
            ("cagr|implied", "exact"),  # 138.9 / 92.5 - 1 = 50.162% -> 50.2
            ("cagr|implied", "exact"),  # 71.6 / 41.3 - 1 = 73.366% -> 73.4
            ("cagr|implied", "exact"),  # 472.8 / 320.2 - 1 = 47.658% -> 47.7
            ("hierarchy", "exact"),  # 186.4 + 92.5 + 41.3 = 320.2; 262.3 + 138.9 + 71.6 = 472.8
        ],
    ),
    # 35. a Traditional Chinese space-aligned table under 單位：億美元, 年度/產值/年增率, 預估 years
    dict(
        text=(
            "全球AI PC出貨產值\n"
            "單位：億美元\n"
            "年度            產值      年增率\n"
            "2023年          312       —\n"
            "2024年          548       75.6%\n"
            "2025年(預估)    861       57.1%\n"
            "2026年(預估)    1,204     41.8%\n"
            "資料來源：拓達研究"
        ),
        obs=[
            ("產值", 2023, 312, "USD 100 million", "actual"),
            ("產值", 2024, 548, "USD 100 million", "actual"),
            ("產值", 2025, 861, "USD 100 million", "estimate"),
            ("產值", 2026, 1204, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 75.6, "percent", 2023, 2024, 1.0),
            ("growth", 57.1, "percent", 2024, 2025, 1.0),
            ("growth", 41.8, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 548 / 312 - 1 = 75.641% -> 75.6
            ("cagr|implied", "exact"),  # 861 / 548 - 1 = 57.117% -> 57.1
            # 1204 / 861 - 1 = 39.837%; bounds (1203.5 / 861.5) -> 39.698%, (1204.5 / 860.5) -> 39.977%:
            # 41.8 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 36. a markdown table whose first header cell carries the unit ("Segment (US$ bn)")
    dict(
        text=(
            "AI in automotive market by segment\n"
            "| Segment (US$ bn) | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Hardware | 28.4 | 41.7 | 55.2 |\n"
            "| Software | 19.6 | 25.3 | 33.0 |\n"
            "| Services | 14.1 | 17.2 | 21.5 |\n"
            "| Total | 62.1 | 84.2 | 109.7 |"
        ),
        obs=[
            ("Hardware", 2023, 28.4, "USD billion", "actual"),
            ("Hardware", 2024, 41.7, "USD billion", "actual"),
            ("Hardware", 2025, 55.2, "USD billion", "estimate"),
            ("Software", 2023, 19.6, "USD billion", "actual"),
            ("Software", 2024, 25.3, "USD billion", "actual"),
            ("Software", 2025, 33.0, "USD billion", "estimate"),
            ("Services", 2023, 14.1, "USD billion", "actual"),
            ("Services", 2024, 17.2, "USD billion", "actual"),
            ("Services", 2025, 21.5, "USD billion", "estimate"),
            ("Total", 2023, 62.1, "USD billion", "actual"),
            ("Total", 2024, 84.2, "USD billion", "actual"),
            ("Total", 2025, 109.7, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 28.4 + 19.6 + 14.1 = 62.1; 41.7 + 25.3 + 17.2 = 84.2; 55.2 + 33.0 + 21.5 = 109.7
            ("hierarchy", "exact"),
        ],
    ),
    # 37. a space-aligned regional table with a forecast column and a CAGR column that prints its span
    dict(
        text=(
            "AI in agriculture market by region (USD million)\n"
            "Region            2025      2030F     CAGR 2025-2030\n"
            "North America     812       2,144     21.4%\n"
            "Europe            603       1,562     21.0%\n"
            "Asia Pacific      540       1,798     27.2%\n"
            "Rest of World     215       611       23.3%\n"
            "Total             2,170     6,115     23.0%"
        ),
        obs=[
            ("North America", 2025, 812, "USD million", "actual"),
            ("North America", 2030, 2144, "USD million", "estimate"),
            ("Europe", 2025, 603, "USD million", "actual"),
            ("Europe", 2030, 1562, "USD million", "estimate"),
            ("Asia Pacific", 2025, 540, "USD million", "actual"),
            ("Asia Pacific", 2030, 1798, "USD million", "estimate"),
            ("Rest of World", 2025, 215, "USD million", "actual"),
            ("Rest of World", 2030, 611, "USD million", "estimate"),
            ("Total", 2025, 2170, "USD million", "actual"),
            ("Total", 2030, 6115, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21.4, "percent", 2025, 2030, None, "stated"),
            ("cagr", 21.0, "percent", 2025, 2030, None, "stated"),
            ("cagr", 27.2, "percent", 2025, 2030, None, "stated"),
            ("cagr", 23.3, "percent", 2025, 2030, None, "stated"),
            ("cagr", 23.0, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (2144 / 812) ** (1 / 5) - 1 = 21.432% -> 21.4
            ("cagr", "exact"),  # (1562 / 603) ** (1 / 5) - 1 = 20.969% -> 21.0
            ("cagr", "exact"),  # (1798 / 540) ** (1 / 5) - 1 = 27.198% -> 27.2
            # (611 / 215) ** (1 / 5) - 1 = 23.231%, not 23.3 +- 0.05; bounds (610.5 / 215.5) -> 23.154%,
            # (611.5 / 214.5) -> 23.309%: 23.3 is reached only at the rounding
            ("cagr", "rounding"),
            ("cagr", "exact"),  # (6115 / 2170) ** (1 / 5) - 1 = 23.023% -> 23.0
            ("hierarchy", "exact"),  # 812 + 603 + 540 + 215 = 2170; 2144 + 1562 + 1798 + 611 = 6115
        ],
    ),
    # 38. a Chinese tab-separated table with 2025年E, 合计, a 注 and a 资料来源 line
    dict(
        text=(
            "中国智能驾驶解决方案市场规模（亿元）\n"
            "细分\t2023年\t2024年\t2025年E\n"
            "L2级辅助驾驶\t268.5\t372.9\t486.0\n"
            "高阶智驾（城市NOA）\t54.2\t118.6\t215.3\n"
            "智能泊车\t31.8\t42.7\t55.1\n"
            "合计\t354.5\t534.2\t756.4\n"
            "注：E为预测值。资料来源：灵犀汽车研究院"
        ),
        obs=[
            ("L2级辅助驾驶", 2023, 268.5, "CNY 100 million", "actual"),
            ("L2级辅助驾驶", 2024, 372.9, "CNY 100 million", "actual"),
            ("L2级辅助驾驶", 2025, 486.0, "CNY 100 million", "estimate"),
            ("高阶智驾（城市NOA）", 2023, 54.2, "CNY 100 million", "actual"),
            ("高阶智驾（城市NOA）", 2024, 118.6, "CNY 100 million", "actual"),
            ("高阶智驾（城市NOA）", 2025, 215.3, "CNY 100 million", "estimate"),
            ("智能泊车", 2023, 31.8, "CNY 100 million", "actual"),
            ("智能泊车", 2024, 42.7, "CNY 100 million", "actual"),
            ("智能泊车", 2025, 55.1, "CNY 100 million", "estimate"),
            ("合计", 2023, 354.5, "CNY 100 million", "actual"),
            ("合计", 2024, 534.2, "CNY 100 million", "actual"),
            ("合计", 2025, 756.4, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 268.5 + 54.2 + 31.8 = 354.5; 372.9 + 118.6 + 42.7 = 534.2; 486.0 + 215.3 + 55.1 = 756.4
            ("hierarchy", "exact"),
        ],
    ),
    # 39. a table of years with a share column whose whole ("all AI spending") the snippet never prints
    dict(
        text=(
            "Generative AI spending, worldwide (US$ billion)\n"
            "| Year | GenAI spending | Share of all AI spending |\n"
            "|---|---|---|\n"
            "| 2023 | 19.4 | 9.1% |\n"
            "| 2024 | 42.7 | 14.6% |\n"
            "| 2025E | 81.3 | 21.8% |\n"
            "| 2026E | 132.5 | 27.4% |"
        ),
        obs=[
            ("GenAI spending", 2023, 19.4, "USD billion", "actual"),
            ("GenAI spending", 2024, 42.7, "USD billion", "actual"),
            ("GenAI spending", 2025, 81.3, "USD billion", "estimate"),
            ("GenAI spending", 2026, 132.5, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 9.1, "percent", 2023, 2023, None),
            ("share", 14.6, "percent", 2024, 2024, None),
            ("share", 21.8, "percent", 2025, 2025, None),
            ("share", 27.4, "percent", 2026, 2026, None),
        ],
        verdicts=[],
    ),
    # 40. a markdown table of countries with a YoY column (one rate contradicted by its figures) and a Total row
    dict(
        text=(
            "Enterprise AI software spending in Asia Pacific (US$ million)\n"
            "| Country | 2024 | 2025F | YoY |\n"
            "|---|---|---|---|\n"
            "| China | 6,420 | 7,890 | 22.9% |\n"
            "| Japan | 3,115 | 3,820 | 22.6% |\n"
            "| India | 1,870 | 2,540 | 38.5% |\n"
            "| Australia | 1,245 | 1,530 | 22.9% |\n"
            "| Rest of APAC | 2,350 | 2,960 | 26.0% |\n"
            "| Total | 15,000 | 18,740 | 24.9% |"
        ),
        obs=[
            ("China", 2024, 6420, "USD million", "actual"),
            ("China", 2025, 7890, "USD million", "estimate"),
            ("Japan", 2024, 3115, "USD million", "actual"),
            ("Japan", 2025, 3820, "USD million", "estimate"),
            ("India", 2024, 1870, "USD million", "actual"),
            ("India", 2025, 2540, "USD million", "estimate"),
            ("Australia", 2024, 1245, "USD million", "actual"),
            ("Australia", 2025, 1530, "USD million", "estimate"),
            ("Rest of APAC", 2024, 2350, "USD million", "actual"),
            ("Rest of APAC", 2025, 2960, "USD million", "estimate"),
            ("Total", 2024, 15000, "USD million", "actual"),
            ("Total", 2025, 18740, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 22.9, "percent", 2024, 2025, 1.0),
            ("growth", 22.6, "percent", 2024, 2025, 1.0),
            ("growth", 38.5, "percent", 2024, 2025, 1.0),
            ("growth", 22.9, "percent", 2024, 2025, 1.0),
            ("growth", 26.0, "percent", 2024, 2025, 1.0),
            ("growth", 24.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 7890 / 6420 - 1 = 22.897% -> 22.9
            ("cagr|implied", "exact"),  # 3820 / 3115 - 1 = 22.632% -> 22.6
            # 2540 / 1870 - 1 = 35.829%; bounds (2539.5 / 1870.5) -> 35.766%, (2540.5 / 1869.5) -> 35.892%:
            # 38.5 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 1530 / 1245 - 1 = 22.892% -> 22.9
            ("cagr|implied", "exact"),  # 2960 / 2350 - 1 = 25.957% -> 26.0
            ("cagr|implied", "exact"),  # 18740 / 15000 - 1 = 24.933% -> 24.9
            # 6420 + 3115 + 1870 + 1245 + 2350 = 15000; 7890 + 3820 + 2540 + 1530 + 2960 = 18740
            ("hierarchy", "exact"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "thirty-eighth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "is projected to reach USD 40.62 billion by 2030, growing at a CAGR of 28.2% from 2024 to 2030",
    "Segment 2024 Spending 2024 Growth (%) 2025 Spending 2025 Growth (%)\nAI-Optimized Servers 214,806 46.8",
    "will represent 44% of overall AI infrastructure spending in 2025",
    "Category 2024 2025 2026 AI Application Software 84,215 168,930 265,480 AI Infrastructure Software",
    "will more than triple between 2024 and 2026",
    "- North America: +48.3%",
    "- Memory: 19.8% growth",
    "- Discretes: -1.5% growth",
    "that spending will represent 29.6% of overall AI spending",
    "That represents 41.8% of the industry total",
    "Pellucid Insights is more cautious, sizing the 2024 market at $3.7 billion",
    "Regional outlook, CAGR 2025-2032:\nNorth America: 21.4%",
    "climbed 27.5% to $2.1 billion in 2024 from $1.66 billion in 2023",
    "took $4.7 billion of the $15.2 billion",
    "will nearly triple to $318 billion by 2027 from $112 billion last year",
    "representing 44% of sector revenue",
    "(roughly $27.5 billion)",
    "Share of 2025 spend by buyer:\nFrontier model labs: 46%",
    "it represented 27.4% of worldwide AI-in-retail revenue in 2024",
    "基础层占比约四成",
    "分区域看：\n东部地区：增长8.1%",
    "其中，智能客服规模为97亿元，占比约20%；代码助手占比14.2%",
    "亚太地区：增长21.3%",
    "细分领域 2023年 2024年 2025年E\n训练算力服务 412 598 826",
    "对应增速分别为",
    "另据智研视界测算",
    "年均增长20%以上",
    "北美：年增74.5%",
    "倍增至364億美元",
    "億元人民幣",
    "将突破1.5万亿元",
    "| Region | Revenue (US$ million) | Share (%) |",
    "Segment\t2024\t2025E\t2028E\tCAGR 2024-2028",
    "2025年(預估)    861",
    "| Segment (US$ bn) | 2023 | 2024 | 2025E |",
    "Region            2025      2030F     CAGR 2025-2030",
    "| Year | GenAI spending | Share of all AI spending |",
)
#: the set's blind score (set when it is first scored): 168 figures, 61 rates, 67 verdicts and 2 false inconsistent at the
#: code it was written against; 180, 69, 73 and 2 with the reader of tables pasted without separators, written before
#: the set was read (a held-out check of it); its floors are its score after the rules it then showed wanting (rates
#: listed under a lead-in, 倍增, a share raised "to about", another source's figure)
FLOORS = {"figures_found": 205, "rates_found": 95, "verdicts_right": 77}


if __name__ == "__main__":  # python tests/extract_checkset38.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
