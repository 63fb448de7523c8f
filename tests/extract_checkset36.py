"""A thirty-sixth check set for the extractor, written blind: a general mix as the next hundred reports will come --
market-research stores' summaries with regions, segments and end users, analyst firms' spending forecasts (one with its
table), news stories quoting one firm or several, a chip market's quarter beside its full years, a ministry's monthly
survey beside a full year, a government's sector study, trade associations, an earnings call, a shrinking consultancy
market, Chinese research firms, ministries and 国家数据局, financial media, a broker's report, a city's action plan, an
industry alliance, Taiwan's statistics office, institutes and 資策會 in Traditional Chinese (one in Chinese numerals and
NT$), a Hong Kong government press release in 港元, and tables in pipes, tabs and aligned columns with E/F columns, CAGR
columns and total rows.

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

What this set's sources add to them. The bundled unit table now holds New Taiwan and Hong Kong dollars (``TWD 100
million``, ``HKD 100 million`` and their other scales), so, in place of what the paragraph above says of 新台幣, an amount
in NT$ / 新台幣 or HK$ / 港元 is the year's observation in its own currency (億元 -> 100 million), as yen is, a rough US$
conversion printed beside it (約9.7億美元, 約11億美元) is none, and its stated rate gets its verdict from the amounts in that
currency. In a research store's summary "was valued at USD 25.4 billion in 2024 and is expected to reach USD 93.8
billion by 2030, registering a CAGR of 24.3% from 2024 to 2030" is the plain case (``actual`` base, ``estimate``,
``stated`` rate), and North America's "revenue share of 36.8% in 2024" and the software segment's "47.2% of 2024
revenue" are shares whose part is not printed (no verdict); the end user growing fastest carries no figure. In the
store's other shape "growing at a CAGR of 19.6% from 2025 to 2032" prints a span that starts a year after its base
figure (2024): the rate is ``stated`` over 2025-2032 and gets no verdict, 2025's figure not being printed. In an analyst
firm's dated release "$312.6 billion on generative AI this year" is the dateline's year under a forecast cue
(``estimate``), "up 58.7% from last year's $197.0 billion" its year-on-year rate and ``actual`` base, "about 80% of the
total" a share of 2025 without its part, and "could pass $500 billion in 2027" an approximate ``estimate``. In a news
story quoting several firms the first firm's base, target and rate are the snippet's ("a compound annual rate of 44.8%",
``inferred``), the second firm's 2024 figure is expected nowhere and the third firm gives none. "$6.2 billion, $3.4
billion and $2.2 billion respectively" gives each listed part (``Software``, ``Hardware``, ``Services``) its figure (the
parts add to the whole, but a prose list gets no ``hierarchy`` verdict), and "North America led with 38.5% of that
spending, followed by Asia Pacific at 31.2% and Europe at 22.6%" three shares of the year. "In the fourth quarter of
2024" and its rate on a year earlier are a quarter's, expected nowhere, beside "For the full year" (2024) with its
year-on-year rate and base and "about $185 billion in 2025" (``estimate``). A ministry's monthly survey under a dateline
gives November's sales and the January-November total, both expected nowhere, while "For 2023 as a whole" is 2023's
observation (JPY billion) with its rate and its 2022 base. A government's sector study prints "a rise of 33.5% on the
£10.6 billion" reached only at the rounding of its amounts, dedicated AI firms' "£6.5 billion of that, or 45.8% of the
total" a part with a share (``Dedicated AI firms``, ``arithmetic``), and its headcount and firms boilerplate. A trade
association's "topped $9 billion in 2024" is a lower bound expected at its printed figure, and "growth of 18% to 24% a
year over the four years to 2028" a range of rates: two ``cagr`` claims, 18 and 24, over 2024-2028, ``stated`` (its span
given in words), without a verdict; its members' plans are a survey's answer. "As much as $12.5 billion in 2026" and
"just under $5 billion in 2023" are bounds expected at their printed figures, "roughly 36% a year" ``inferred`` between
them, and "between $7.8 billion and $8.6 billion" this year a range (two ``value`` claims for the dateline's year).
"Rose 28.6% year on year to $4.77 billion in 2024, from $3.71 billion" gives 2023 the base, and "About a third of
contact centres" and an operating margin are no shares. "Of the $21.3 billion ... medical imaging took $6.4 billion, or
30.0%, and clinical documentation $3.9 billion, or 18.3%" gives two parts with their shares of a printed whole, each
with an ``arithmetic`` verdict; the health systems surveyed are a count. "Expects the market to triple within three
years, to roughly $7 billion" fixes the target's year by the span in words (2024 + 3 = 2027) and is a multiple x3 over
2024-2027. On an earnings call the company's quarter, its growth and its guidance are expected nowhere, while the total
addressable market the chief executive sizes ("about $18 billion this year and more than $60 billion in 2029") is the
market's, with "a compound growth rate of about 35%" ``inferred``. "German companies spent €2.14 billion ... last year
... a drop of 7.4%" from "the €2.31 billion of 2023" is a negative year-on-year rate with its base under a dateline, and
"a rebound of 9% to 12%" this year a range of year-on-year rates (two ``growth`` claims for 2024-2025, no verdict). "A
compound annual growth rate of 31.4% over 2024-2030" is ``stated`` and contradicted by its amounts, small molecules'
"roughly 58% of 2024 spending" a share and the bull case expected nowhere. In Chinese: 预计未来五年年均复合增长率将达到63.6%，到2029年 is a
span in words (2024-2029, ``stated``), 将突破570亿元 an approximate ``estimate``, and 企业级和消费级应用分别占比71.3%和28.7% two shares of
2024. In a ministry's monthly release 1—11月 (a year to date), 11月当月 (a month) and their 同比 rates are expected nowhere,
and only 2023年全年 is a year's observation (with its rate, whose base is not printed); the 个百分点 is no rate. Under
2025年4月9日, 去年……达到2.1万亿元 is 2024 (CNY trillion, ``actual``), 今年有望超过2.5万亿元 2025 (an approximate ``estimate``), 同比增长约22% a
rate whose base is not printed and 增速约19% the year-on-year rate between them. In 国家数据局's release
图像标注、语音标注、文本标注规模分别为68.2亿元、41.5亿元和46.6亿元 gives each part its figure and 图像标注占比43.6% a share of the printed whole
(``arithmetic``); the 基地 counted are boilerplate. In a 券商研报 年均复合增速在25%-30%之间 over 2024-2027年 is a range of ``stated``
rates (two ``cagr`` claims, no verdict), 3,100亿元至3,470亿元 a range (two ``value`` claims for 2027) and the rating
boilerplate. In Taiwan's statistics office release in Chinese numerals 二○二四年 is 2024, 新台幣八千七百三十億元 8730 (TWD 100
million), 六千二百五十億元 2023's 6250, 年增百分之三十九點七 39.7% with its verdict, and 可望突破新台幣一兆元 the 2025 ``estimate`` expected in the
series' unit (10000 TWD 100 million). In a Hong Kong government press release 去年 is the year before the date line at its
foot (2025年6月10日（星期二）), 86億港元 and 69億港元 are HKD 100 million with their 增長24.6%, 二〇二八年可增至210億港元 the ``estimate``,
年均複合增長率約25% ``inferred`` and the 企業 counted and the release time boilerplate. In a Taiwan institute's item 新台幣1,260億元
(2025, ``estimate``) and 1,035億元 (2024) contradict their 成長23.5%, 約占三成 is a fraction in words and 導入率 an adoption rate.
In financial media the reporter's by-line is boilerplate, 年复合增长率达58.6% ``inferred`` and contradicted by its amounts,
同比增长126.4% a rate without its base and 另一家咨询机构则估算 a second publisher's figure expected nowhere. In a city's 三年行动方案 the
title years are boilerplate, 较2024年翻一番，达到3,000亿元以上 a multiple x2 over 2024-2027 with its ``estimate`` (a lower bound at
its printed figure) and the firms to be fostered a count. In an alliance's statistics 较2023年的361亿元同比增长14.2% is reached
only at the rounding of its amounts, and 智能客服、智能车载语音……分别为138亿元和96亿元，同比分别增长18.9%和27.5% two parts with their rates (bases
not printed, no verdict). 2025年一季度 and its 同比 are a quarter's, expected nowhere, beside 2025年全年……1,436亿元左右
(``estimate``) and 较2024年的1,062亿元增长逾35% (an approximate rate with its base). In a 資策會 release 約新台幣312億元 is 2024's
observation, its 約9.7億美元 none, 未來三年年複合成長率可達35% a span in words (2024-2027, ``stated``) and 2027年可望達到新台幣768億元 the
``estimate``. Under （2025年7月2日）, 去年 shares of the market whose whole is not printed
(K12学科辅导占比最高，达38.6%，其次为职业教育（24.1%）和语言学习（17.9%）) are shares of 2024, and 今年……1,120亿元 with 同比增长约18% the 2025 ``estimate``
and a rate whose base is not printed. In tables: an analyst firm's release with "Table 1. ... Forecast by Segment
(Millions of U.S. Dollars)" under its dateline gives each segment its spending (2024 ``actual``, the forecast's 2025 and
2026 ``estimate``), its "2025 Growth (%)" column each row's year-on-year rate (the lead's "grow 40.2% this year" is the
Total row's rate, expected once) and its Total the whole, the table number and the source line boilerplate; a
tab-separated table under "(RMB billion)" with 2025E and 2028F columns gives CNY billion figures and its "CAGR 2024-28"
column each row's ``stated`` rate; an aligned table whose rows are periods gives its value column to ``Revenue`` and its
YoY column each year's rate (one contradicted by its figures), while its "Q1 2025" row is a quarter, expected nowhere; a
Chinese pipe table with 2025年E and 2026年E columns and a 2024-2026年CAGR column gives each 细分领域 its figures and rate (one
reached only at the rounding of its figures), its 合计 the whole and its 资料来源 line boilerplate; a Traditional Chinese
table under 單位：新台幣億元 gives ``產值`` its TWD figures and its 年增率 row each year's rate (2023's without a verdict), 2025年(預估)
an ``estimate``; a regional table with a "Share 2024 (%)" column and a "CAGR 2024-2030 (%)" column gives each region its
figures, share (``arithmetic``) and ``stated`` rate (one contradicted by its figures), its Total the whole and its 100.0
no claim; an aligned table of end-user industries under "($ millions)" with 2025E and 2026F columns adds to its Total
row; a tab-separated yen table whose rows are years gives ``Market size`` each year, its YoY column the year-on-year
rates and its "CAGR 2024-2030" row a ``stated`` rate; a Hong Kong table in 億港元 gives ``支出`` each year (2025（預測） an
``estimate``) and its 按年增長 column each year's rate, one reached only at the rounding of its figures; and a component
table with a "CAGR (2024-2029)" column and a 2029F column gives each row its ``stated`` rate and its Total the whole.
Markets vary (AI in cybersecurity, conversational AI, generative AI, AI agents, AI in retail, AI accelerator chips, AI
software, the UK AI sector, service robots, edge AI chips, AI customer service, AI in healthcare, AI coding assistants,
AI data-centre networking, AI consulting, AI in drug discovery, AI Agent, 人工智能软件, 算力, 数据标注, AI服务器, AI伺服器, 人工智能方案, 智慧醫療,
大模型解决方案, 人工智能核心产业, 智能语音, AI算力租赁, 生成式AI軟體與服務, AI+教育, AI芯片, 智能驾驶, 邊緣AI裝置, generative AI in banking); publishers, speakers
and companies are invented, the sentences are the project's own and the figures plausible. ``python
tests/extract_checkset36.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a research store's summary, the plain case: valued at, expected to reach, a CAGR over a printed span; a
    #    region's and a segment's shares without their parts; an end user growing fastest (no figure)
    dict(
        text=(
            "The global AI in cybersecurity market size was valued at USD 25.4 billion in 2024 and is expected to "
            "reach USD 93.8 billion by 2030, registering a CAGR of 24.3% from 2024 to 2030. North America held the "
            "largest revenue share of 36.8% in 2024. By component, the software segment accounted for 47.2% of 2024 "
            "revenue, and by end user, the BFSI segment is anticipated to grow the fastest over the forecast period."
        ),
        obs=[
            ("Total", 2024, 25.4, "USD billion", "actual"),
            ("Total", 2030, 93.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.3, "percent", 2024, 2030, None, "stated"),
            ("share", 36.8, "percent", 2024, 2024, None),
            ("share", 47.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (93.8 / 25.4) ** (1 / 6) - 1 = 24.326% -> 24.3 (bounds 24.274-24.378)
        ],
    ),
    # 2. a research store's other shape: the CAGR's printed span starts a year after the base figure
    dict(
        text=(
            "Conversational AI Market Summary\n"
            "The global conversational AI market size was estimated at USD 14.79 billion in 2024 and is projected to "
            "reach USD 61.69 billion by 2032, growing at a CAGR of 19.6% from 2025 to 2032. The solutions segment led "
            "the market with a revenue share of 61.4% in 2024. By end use, customer support is expected to register "
            "the fastest growth, while Asia Pacific is the fastest-growing region."
        ),
        obs=[
            ("Total", 2024, 14.79, "USD billion", "actual"),
            ("Total", 2032, 61.69, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.6, "percent", 2025, 2032, None, "stated"),
            ("share", 61.4, "percent", 2024, 2024, None),
        ],
        # 2025's figure, where the rate starts, is not printed: no verdict (read over 2024-2032 instead it would be
        # (61.69 / 14.79) ** (1 / 8) - 1 = 19.545%, which no reading should call inconsistent)
        verdicts=[],
    ),
    # 3. an analyst firm's dated spending forecast: this year, last year's base, a share without its part, "could pass"
    dict(
        text=(
            "DALLAS, March 4, 2025 -- Enterprises will spend $312.6 billion on generative AI this year, up 58.7% from "
            "last year's $197.0 billion, analyst firm Northgate Advisory said in a forecast released today. Hardware "
            "will make up about 80% of the total, the firm said, as buyers keep filling servers, smartphones and PCs "
            "with AI features. Spending could pass $500 billion in 2027."
        ),
        obs=[
            ("Total", 2025, 312.6, "USD billion", "estimate"),
            ("Total", 2024, 197.0, "USD billion", "actual"),
            ("Total", 2027, 500, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 58.7, "percent", 2024, 2025, 1.0),
            ("share", 80, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 312.6 / 197.0 - 1 = 58.680% -> 58.7
        ],
    ),
    # 4. a news story quoting several firms: the first firm's base, target and rate; the second's figure nowhere
    dict(
        text=(
            "How big is the market for AI agents? It depends on whom you ask. Brightwater Research puts 2024 revenue "
            "at $5.1 billion and sees $47.1 billion by 2030, a compound annual rate of 44.8%. Harlan & Co. is more "
            "cautious, at $3.7 billion for 2024, while a third firm, Quill Analytics, declined to give a figure."
        ),
        obs=[
            ("Total", 2024, 5.1, "USD billion", "actual"),
            ("Total", 2030, 47.1, "USD billion", "estimate"),
        ],
        claims=[("cagr", 44.8, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (47.1 / 5.1) ** (1 / 6) - 1 = 44.847% -> 44.8 (bounds 44.586-45.110)
        ],
    ),
    # 5. parts listed with "respectively"; shares listed with "followed by" (the whole printed, their parts not)
    dict(
        text=(
            "Spending on AI in retail reached $11.8 billion in 2024, Corbel Insights estimates. Software, hardware and "
            "services accounted for $6.2 billion, $3.4 billion and $2.2 billion respectively. By region, North America "
            "led with 38.5% of that spending, followed by Asia Pacific at 31.2% and Europe at 22.6%."
        ),
        obs=[
            ("Total", 2024, 11.8, "USD billion", "actual"),
            ("Software", 2024, 6.2, "USD billion", "actual"),
            ("Hardware", 2024, 3.4, "USD billion", "actual"),
            ("Services", 2024, 2.2, "USD billion", "actual"),
        ],
        claims=[
            ("share", 38.5, "percent", 2024, 2024, None),
            ("share", 31.2, "percent", 2024, 2024, None),
            ("share", 22.6, "percent", 2024, 2024, None),
        ],
        # 6.2 + 3.4 + 2.2 = 11.8, but a list in prose gets no hierarchy verdict; the regions' amounts are not printed
        verdicts=[],
    ),
    # 6. a quarter beside the full years: the quarter and its rate expected nowhere
    dict(
        text=(
            "Revenue from AI accelerator chips came to $38.2 billion in the fourth quarter of 2024, up 64% from a year "
            "earlier, Ridgeline Semiconductor Research said on Thursday. For the full year, revenue reached $126.5 "
            "billion, a 77.2% increase from $71.4 billion in 2023, and Ridgeline expects about $185 billion in 2025."
        ),
        obs=[
            ("Total", 2024, 126.5, "USD billion", "actual"),
            ("Total", 2023, 71.4, "USD billion", "actual"),
            ("Total", 2025, 185, "USD billion", "estimate"),
        ],
        claims=[("growth", 77.2, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 126.5 / 71.4 - 1 = 77.171% -> 77.2
        ],
    ),
    # 7. a ministry's monthly survey under a dateline: a month and the year to date nowhere, a full year in yen
    dict(
        text=(
            "TOKYO, Jan. 14, 2025 -- Japanese information-service companies sold ¥48.6 billion of AI software and "
            "services in November, up 21.3% from a year earlier, the trade ministry's monthly survey showed. Sales "
            "for January-November totalled ¥478.9 billion. For 2023 as a whole, sales reached ¥451.2 billion, up "
            "18.4% from ¥381.1 billion in 2022."
        ),
        obs=[
            ("Total", 2023, 451.2, "JPY billion", "actual"),
            ("Total", 2022, 381.1, "JPY billion", "actual"),
        ],
        claims=[("growth", 18.4, "percent", 2022, 2023, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 451.2 / 381.1 - 1 = 18.394% -> 18.4
        ],
    ),
    # 8. a government's sector study: a rate reached only at the rounding of its amounts; a part with its share
    dict(
        text=(
            "The UK's AI sector generated £14.2 billion of revenue in 2024, a rise of 33.5% on the £10.6 billion "
            "recorded in 2023, according to the government's annual AI sector study. Dedicated AI firms accounted for "
            "£6.5 billion of that, or 45.8% of the total, and the sector now employs 86,100 people across 3,700 "
            "companies."
        ),
        obs=[
            ("Total", 2024, 14.2, "GBP billion", "actual"),
            ("Total", 2023, 10.6, "GBP billion", "actual"),
            ("Dedicated AI firms", 2024, 6.5, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 33.5, "percent", 2023, 2024, 1.0),
            ("share", 45.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 14.2 / 10.6 - 1 = 33.962%, not 33.5 +- 0.05; bounds (14.15 / 10.65) -> 32.864%, (14.25 / 10.55) -> 35.071%
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 6.5 / 14.2 = 45.775% -> 45.8
        ],
    ),
    # 9. a trade association: a lower bound on an amount; a range of rates over a span given in words
    dict(
        text=(
            "The Service Robotics Association said members' sales of AI-enabled service robots topped $9 billion in "
            "2024 and expects growth of 18% to 24% a year over the four years to 2028, depending on labour costs and "
            "interest rates. More than 40% of members plan to add staff this year."
        ),
        obs=[("Total", 2024, 9, "USD billion", "actual")],
        claims=[
            ("cagr", 18, "percent", 2024, 2028, None, "stated"),
            ("cagr", 24, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[],  # 2028's amount is not printed
    ),
    # 10. bounds on amounts (as much as, just under), a rough rate between them, a range for the dateline's year
    dict(
        text=(
            "SOUTHAMPTON, England, June 2, 2025 -- Edge AI chip revenue could be as much as $12.5 billion in 2026, up "
            "from just under $5 billion in 2023, Solent Semiconductor Research said, implying compound growth of "
            "roughly 36% a year. Sales this year will land between $7.8 billion and $8.6 billion, the firm said."
        ),
        obs=[
            ("Total", 2026, 12.5, "USD billion", "estimate"),
            ("Total", 2023, 5, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 36, "percent", 2023, 2026, None, "inferred"),
            ("value", 7.8, "USD billion", 2025, 2025, None),
            ("value", 8.6, "USD billion", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (12.5 / 5) ** (1 / 3) - 1 = 35.721% -> 36 (bounds 31.301-40.759)
        ],
    ),
    # 11. a plain year-on-year rate with its base; a fraction in words and a margin (no shares)
    dict(
        text=(
            "Revenue from AI-powered customer service software rose 28.6% year on year to $4.77 billion in 2024, from "
            "$3.71 billion, according to Tessaly Research. About a third of contact centres now use such tools, and "
            "vendors' operating margins averaged 18%."
        ),
        obs=[
            ("Total", 2024, 4.77, "USD billion", "actual"),
            ("Total", 2023, 3.71, "USD billion", "actual"),
        ],
        claims=[("growth", 28.6, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.77 / 3.71 - 1 = 28.571% -> 28.6
        ],
    ),
    # 12. two parts with their shares of a printed whole
    dict(
        text=(
            "Of the $21.3 billion that hospitals and insurers spent on AI in 2024, medical imaging took $6.4 billion, "
            "or 30.0%, and clinical documentation $3.9 billion, or 18.3%, according to Calder Health Analytics. The "
            "firm surveyed 412 health systems."
        ),
        obs=[
            ("Total", 2024, 21.3, "USD billion", "actual"),
            ("Medical imaging", 2024, 6.4, "USD billion", "actual"),
            ("Clinical documentation", 2024, 3.9, "USD billion", "actual"),
        ],
        claims=[
            ("share", 30.0, "percent", 2024, 2024, None),
            ("share", 18.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 6.4 / 21.3 = 30.047% -> 30.0
            ("arithmetic", "exact"),  # 3.9 / 21.3 = 18.310% -> 18.3
        ],
    ),
    # 13. a multiple over a span in words: "triple within three years"
    dict(
        text=(
            "Vendors of AI coding assistants booked about $2.3 billion in 2024, Larkspur Research estimates, and the "
            "firm expects the market to triple within three years, to roughly $7 billion, as seat-based pricing gives "
            "way to usage fees. Fewer than one in five developers pays for a tool today."
        ),
        obs=[
            ("Total", 2024, 2.3, "USD billion", "actual"),
            ("Total", 2027, 7, "USD billion", "estimate"),
        ],
        claims=[("multiple", 3.0, "multiple", 2024, 2027, 3.0)],  # 7 / 2.3 = 3.04 -> x3
        verdicts=[],
    ),
    # 14. an earnings call: the company's figures nowhere, the market its chief executive sizes the market's
    dict(
        text=(
            "SANTA CLARA, Calif., Aug. 27, 2025 -- Veltrix Networks reported fiscal second-quarter revenue of $2.85 "
            "billion, up 41% from a year earlier, and guided to $3.1 billion for the third quarter. On the call, chief "
            "executive Mara Lind said the total addressable market for AI data-centre networking would be about $18 "
            "billion this year and more than $60 billion in 2029, a compound growth rate of about 35%."
        ),
        obs=[
            ("Total", 2025, 18, "USD billion", "estimate"),
            ("Total", 2029, 60, "USD billion", "estimate"),
        ],
        claims=[("cagr", 35, "percent", 2025, 2029, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (60 / 18) ** (1 / 4) - 1 = 35.120% -> 35 (bounds 33.917-36.358)
        ],
    ),
    # 15. a shrinking market in euros under a dateline: last year, a drop with its base, a range of rates this year
    dict(
        text=(
            "BERLIN, 12 May 2025 – German companies spent €2.14 billion on AI consulting last year, a drop of 7.4% "
            "from the €2.31 billion of 2023, the digital association Digitalverband Nord said on Monday. For this "
            "year it expects a rebound of 9% to 12%."
        ),
        obs=[
            ("Total", 2024, 2.14, "EUR billion", "actual"),
            ("Total", 2023, 2.31, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", -7.4, "percent", 2023, 2024, 1.0),
            ("growth", 9, "percent", 2024, 2025, 1.0),
            ("growth", 12, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.14 / 2.31 - 1 = -7.359% -> -7.4 (bounds -7.775 to -6.941)
        ],
    ),
    # 16. a stated CAGR its amounts contradict; a share; a bull case nowhere
    dict(
        text=(
            "The AI in drug discovery market will grow from $1.94 billion in 2024 to $8.53 billion in 2030, a compound "
            "annual growth rate of 31.4% over 2024-2030, according to Fenwick Bio Analytics. Small-molecule programmes "
            "took roughly 58% of 2024 spending, and the firm's bull case has the market reaching $11 billion by 2030."
        ),
        obs=[
            ("Total", 2024, 1.94, "USD billion", "actual"),
            ("Total", 2030, 8.53, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 31.4, "percent", 2024, 2030, None, "stated"),
            ("share", 58, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (8.53 / 1.94) ** (1 / 6) - 1 = 27.994%; bounds (8.525 / 1.945) -> 27.927%, (8.535 / 1.935) -> 28.062%:
            # 31.4 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. a research firm: 未来五年 (a span in words), 突破 on a target, 分别占比 two shares
    dict(
        text=(
            "据艾瑞德咨询测算，2024年中国AI Agent市场规模约为48.6亿元，预计未来五年年均复合增长率将达到63.6%，到2029年市场规模"
            "将突破570亿元。从应用端看，企业级和消费级应用分别占比71.3%和28.7%。"
        ),
        obs=[
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("Total", 2029, 570, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 63.6, "percent", 2024, 2029, None, "stated"),
            ("share", 71.3, "percent", 2024, 2024, None),
            ("share", 28.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (570 / 48.6) ** (1 / 5) - 1 = 63.624% -> 63.6 (bounds 63.562-63.687)
        ],
    ),
    # 18. a ministry's monthly release: 1—11月 and 11月当月 nowhere, only 2023年全年 a year's figure
    dict(
        text=(
            "工业和信息化部运行监测协调局12月23日发布数据显示，1—11月，我国人工智能软件产品收入2,846亿元，同比增长17.9%，增速较"
            "1—10月提高0.6个百分点；11月当月实现收入301亿元，同比增长20.3%。2023年全年，该项收入为2,721亿元，同比增长15.4%。"
        ),
        obs=[("Total", 2023, 2721, "CNY 100 million", "actual")],
        claims=[("growth", 15.4, "percent", 2022, 2023, 1.0)],
        verdicts=[],  # 2022's amount is not printed
    ),
    # 19. financial media under a dateline: 去年 and 今年, 万亿元, approximate rates
    dict(
        text=(
            "证券时报网讯 2025年4月9日，中国信息通信研究院发布报告称，去年我国算力核心产业规模达到2.1万亿元，同比增长约22%；"
            "今年有望超过2.5万亿元，增速约19%。"
        ),
        obs=[
            ("Total", 2024, 2.1, "CNY trillion", "actual"),
            ("Total", 2025, 2.5, "CNY trillion", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("growth", 19, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.5 / 2.1 - 1 = 19.048% -> 19 (bounds 13.953-24.390)
        ],
    ),
    # 20. 国家数据局: 分别为 three parts, a part's 占比 of the printed whole; a count of 基地
    dict(
        text=(
            "国家数据局近日发布的数据显示，2024年我国数据标注产业规模为156.3亿元，其中图像标注、语音标注、文本标注规模"
            "分别为68.2亿元、41.5亿元和46.6亿元，图像标注占比43.6%，居各类标注之首。全国数据标注基地已达7个。"
        ),
        obs=[
            ("Total", 2024, 156.3, "CNY 100 million", "actual"),
            ("图像标注", 2024, 68.2, "CNY 100 million", "actual"),
            ("语音标注", 2024, 41.5, "CNY 100 million", "actual"),
            ("文本标注", 2024, 46.6, "CNY 100 million", "actual"),
        ],
        claims=[("share", 43.6, "percent", 2024, 2024, None)],
        verdicts=[
            ("arithmetic", "exact"),  # 68.2 / 156.3 = 43.634% -> 43.6
        ],
    ),
    # 21. 券商研报: a range of stated rates (25%-30%), a range of amounts for the target year; the rating boilerplate
    dict(
        text=(
            "【华岳证券】AI服务器行业深度报告：2024年国内AI服务器市场规模约为1,580亿元。我们认为，2024-2027年行业年均复合"
            "增速在25%-30%之间，预计2027年市场规模有望达到3,100亿元至3,470亿元，维持行业“增持”评级。"
        ),
        obs=[("Total", 2024, 1580, "CNY 100 million", "actual")],
        claims=[
            ("cagr", 25, "percent", 2024, 2027, None, "stated"),
            ("cagr", 30, "percent", 2024, 2027, None, "stated"),
            ("value", 3100, "CNY 100 million", 2027, 2027, None),
            ("value", 3470, "CNY 100 million", 2027, 2027, None),
        ],
        # 1580 * 1.25 ** 3 = 3086, 1580 * 1.30 ** 3 = 3471: the ranges agree, but a range gets no verdict
        verdicts=[],
    ),
    # 22. Taiwan's statistics office in Chinese numerals and 新台幣 (TWD, now in the unit table)
    dict(
        text=(
            "經濟部統計處今（15）日發布統計指出，二○二四年我國AI伺服器產值達新台幣八千七百三十億元，較二○二三年的六千二百五十億元"
            "年增百分之三十九點七，創歷年新高；統計處預估，二○二五年產值可望突破新台幣一兆元。"
        ),
        obs=[
            ("Total", 2024, 8730, "TWD 100 million", "actual"),
            ("Total", 2023, 6250, "TWD 100 million", "actual"),
            ("Total", 2025, 10000, "TWD 100 million", "estimate"),  # 一兆元 in the series' unit (億元)
        ],
        claims=[("growth", 39.7, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 8730 / 6250 - 1 = 39.680% -> 39.7
        ],
    ),
    # 23. a Hong Kong government press release in 港元 (HKD, now in the unit table), its date line at its foot
    dict(
        text=(
            "數字政策辦公室表示，根據香港生產力促進局的估算，本港企業在人工智能方案上的支出去年達86億港元（約11億美元），較二〇二三年"
            "的69億港元增長24.6%。政府預計，有關支出在二〇二八年可增至210億港元，年均複合增長率約25%。現時已有超過800家人工智能"
            "相關企業在科學園及數碼港營運。\n"
            "2025年6月10日（星期二）\n"
            "香港時間18時30分"
        ),
        obs=[
            ("Total", 2024, 86, "HKD 100 million", "actual"),
            ("Total", 2023, 69, "HKD 100 million", "actual"),
            ("Total", 2028, 210, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("cagr", 25, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 86 / 69 - 1 = 24.638% -> 24.6
            ("cagr|period", "exact"),  # (210 / 86) ** (1 / 4) - 1 = 25.006% -> 25 (bounds 24.750-25.263)
        ],
    ),
    # 24. a Taiwan institute: a year-on-year rate its 新台幣 amounts contradict; 約占三成 and 導入率 no shares
    dict(
        text=(
            "工研院產科國際所預估，2025年台灣智慧醫療市場規模將達新台幣1,260億元，較2024年的1,035億元成長23.5%；其中AI影像判讀"
            "約占三成，醫院導入率則已接近42%。"
        ),
        obs=[
            ("Total", 2025, 1260, "TWD 100 million", "estimate"),
            ("Total", 2024, 1035, "TWD 100 million", "actual"),
        ],
        claims=[("growth", 23.5, "percent", 2024, 2025, 1.0)],
        verdicts=[
            # 1260 / 1035 - 1 = 21.739%; bounds (1259.5 / 1035.5) -> 21.632%, (1260.5 / 1034.5) -> 21.846%:
            # 23.5 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 25. financial media: the by-line, a CAGR its amounts contradict, a second publisher's figure nowhere
    dict(
        text=(
            "21世纪经济报道记者 林晓 北京报道 据第三方机构沃尔数据统计，2024年中国大模型解决方案市场规模为34.9亿元，同比增长"
            "126.4%，预计到2028年将达到211亿元，年复合增长率达58.6%。另一家咨询机构则估算，该市场2024年规模约为47亿元。"
        ),
        obs=[
            ("Total", 2024, 34.9, "CNY 100 million", "actual"),
            ("Total", 2028, 211, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 126.4, "percent", 2023, 2024, 1.0),
            ("cagr", 58.6, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (211 / 34.9) ** (1 / 4) - 1 = 56.807%; bounds (210.5 / 34.95) -> 56.658%, (211.5 / 34.85) -> 56.956%:
            # 58.6 +- 0.05 outside
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 26. a city's 三年行动方案: 翻一番 over 2024-2027, 以上 on a target, the title years and the firms boilerplate
    dict(
        text=(
            "《临江市推动人工智能产业创新发展三年行动方案（2025—2027年）》近日印发。方案提出，力争到2027年，全市人工智能核心"
            "产业规模较2024年翻一番，达到3,000亿元以上，培育10家以上百亿级龙头企业。2024年，全市人工智能核心产业规模为1,480"
            "亿元，同比增长31.2%。"
        ),
        obs=[
            ("Total", 2027, 3000, "CNY 100 million", "estimate"),
            ("Total", 2024, 1480, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2024, 2027, 3.0),  # 3000 / 1480 = 2.03 -> x2
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[],
    ),
    # 27. an industry alliance: a rate reached only at the rounding of its amounts; 分别 parts with 同比分别 rates
    dict(
        text=(
            "中国人工智能产业发展联盟统计，2024年我国智能语音市场规模为412亿元，较2023年的361亿元同比增长14.2%；其中，智能客服、"
            "智能车载语音市场规模分别为138亿元和96亿元，同比分别增长18.9%和27.5%。"
        ),
        obs=[
            ("Total", 2024, 412, "CNY 100 million", "actual"),
            ("Total", 2023, 361, "CNY 100 million", "actual"),
            ("智能客服", 2024, 138, "CNY 100 million", "actual"),
            ("智能车载语音", 2024, 96, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 14.2, "percent", 2023, 2024, 1.0),
            ("growth", 18.9, "percent", 2023, 2024, 1.0),
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 412 / 361 - 1 = 14.127%, not 14.2 +- 0.05; bounds (411.5 / 361.5) -> 13.831%, (412.5 / 360.5) -> 14.424%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. a quarter (一季度) beside the full years; 左右 on an estimate, 逾 on a rate with its base
    dict(
        text=(
            "中国信息通信研究院数据显示，2025年一季度，国内AI算力租赁市场收入为318亿元，同比增长52.7%。业内预计，2025年全年"
            "市场规模将达到1,436亿元左右，较2024年的1,062亿元增长逾35%。"
        ),
        obs=[
            ("Total", 2025, 1436, "CNY 100 million", "estimate"),
            ("Total", 2024, 1062, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 35, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1436 / 1062 - 1 = 35.217% -> 35 (bounds 35.106-35.327)
        ],
    ),
    # 29. a 資策會 release: 新台幣 with a US$ conversion (none), 未來三年 a span in words
    dict(
        text=(
            "資策會產業情報研究所（MIC）今（8）日指出，2024年台灣生成式AI軟體與服務市場規模約新台幣312億元（約9.7億美元），"
            "預估未來三年年複合成長率可達35%，2027年可望達到新台幣768億元。"
        ),
        obs=[
            ("Total", 2024, 312, "TWD 100 million", "actual"),
            ("Total", 2027, 768, "TWD 100 million", "estimate"),
        ],
        claims=[("cagr", 35, "percent", 2024, 2027, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (768 / 312) ** (1 / 3) - 1 = 35.021% -> 35 (bounds 34.920-35.123)
        ],
    ),
    # 30. shares whose whole is not printed (其次 as "followed by") under a dateline; 今年 an estimate
    dict(
        text=(
            "（2025年7月2日）智研方略发布报告显示，去年中国AI+教育市场中，K12学科辅导占比最高，达38.6%，其次为职业教育（24.1%）"
            "和语言学习（17.9%）。报告预计，今年AI+教育市场规模将达到1,120亿元，同比增长约18%。"
        ),
        obs=[("Total", 2025, 1120, "CNY 100 million", "estimate")],
        claims=[
            ("share", 38.6, "percent", 2024, 2024, None),
            ("share", 24.1, "percent", 2024, 2024, None),
            ("share", 17.9, "percent", 2024, 2024, None),
            ("growth", 18, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[],  # 2024's amount is not printed
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. an analyst firm's spending release with its table: spending and growth columns, a Total row
    dict(
        text=(
            "STAMFORD, Conn., March 18, 2025 — Worldwide spending on AI will grow 40.2% this year, with servers "
            "growing fastest, Northgate Advisory said in a forecast.\n"
            "Table 1. Worldwide AI Spending Forecast by Segment (Millions of U.S. Dollars)\n"
            "| Segment | 2024 Spending | 2025 Spending | 2025 Growth (%) | 2026 Spending |\n"
            "|---|---|---|---|---|\n"
            "| AI-optimized servers | 140,120 | 202,480 | 44.5 | 267,310 |\n"
            "| AI application software | 83,640 | 118,390 | 41.5 | 162,870 |\n"
            "| AI services | 61,750 | 79,310 | 28.4 | 101,520 |\n"
            "| Total | 285,510 | 400,180 | 40.2 | 531,700 |\n"
            "Source: Northgate Advisory (March 2025)"
        ),
        obs=[
            ("AI-optimized servers", 2024, 140120, "USD million", "actual"),
            ("AI-optimized servers", 2025, 202480, "USD million", "estimate"),
            ("AI-optimized servers", 2026, 267310, "USD million", "estimate"),
            ("AI application software", 2024, 83640, "USD million", "actual"),
            ("AI application software", 2025, 118390, "USD million", "estimate"),
            ("AI application software", 2026, 162870, "USD million", "estimate"),
            ("AI services", 2024, 61750, "USD million", "actual"),
            ("AI services", 2025, 79310, "USD million", "estimate"),
            ("AI services", 2026, 101520, "USD million", "estimate"),
            ("Total", 2024, 285510, "USD million", "actual"),
            ("Total", 2025, 400180, "USD million", "estimate"),
            ("Total", 2026, 531700, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 44.5, "percent", 2024, 2025, 1.0),
            ("growth", 41.5, "percent", 2024, 2025, 1.0),
            ("growth", 28.4, "percent", 2024, 2025, 1.0),
            ("growth", 40.2, "percent", 2024, 2025, 1.0),  # the Total row's, also the lead's "40.2% this year"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 202480 / 140120 - 1 = 44.505% -> 44.5
            ("cagr|implied", "exact"),  # 118390 / 83640 - 1 = 41.547% -> 41.5
            ("cagr|implied", "exact"),  # 79310 / 61750 - 1 = 28.437% -> 28.4
            ("cagr|implied", "exact"),  # 400180 / 285510 - 1 = 40.163% -> 40.2
            # 140120 + 83640 + 61750 = 285510; 202480 + 118390 + 79310 = 400180; 267310 + 162870 + 101520 = 531700
            ("hierarchy", "exact"),
        ],
    ),
    # 32. a tab-separated table in RMB billion with 2025E and 2028F columns and a "CAGR 2024-28" column
    dict(
        text=(
            "China AI chip market by type (RMB billion)\n"
            "Type\t2023\t2024\t2025E\t2028F\tCAGR 2024-28\n"
            "GPU\t82.5\t118.2\t158.6\t342.0\t30.4%\n"
            "ASIC\t21.3\t33.6\t49.1\t128.5\t39.8%\n"
            "FPGA\t9.6\t11.8\t13.9\t21.2\t15.8%\n"
            "Total\t113.4\t163.6\t221.6\t491.7\t31.7%"
        ),
        obs=[
            ("GPU", 2023, 82.5, "CNY billion", "actual"),
            ("GPU", 2024, 118.2, "CNY billion", "actual"),
            ("GPU", 2025, 158.6, "CNY billion", "estimate"),
            ("GPU", 2028, 342.0, "CNY billion", "estimate"),
            ("ASIC", 2023, 21.3, "CNY billion", "actual"),
            ("ASIC", 2024, 33.6, "CNY billion", "actual"),
            ("ASIC", 2025, 49.1, "CNY billion", "estimate"),
            ("ASIC", 2028, 128.5, "CNY billion", "estimate"),
            ("FPGA", 2023, 9.6, "CNY billion", "actual"),
            ("FPGA", 2024, 11.8, "CNY billion", "actual"),
            ("FPGA", 2025, 13.9, "CNY billion", "estimate"),
            ("FPGA", 2028, 21.2, "CNY billion", "estimate"),
            ("Total", 2023, 113.4, "CNY billion", "actual"),
            ("Total", 2024, 163.6, "CNY billion", "actual"),
            ("Total", 2025, 221.6, "CNY billion", "estimate"),
            ("Total", 2028, 491.7, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 30.4, "percent", 2024, 2028, None, "stated"),
            ("cagr", 39.8, "percent", 2024, 2028, None, "stated"),
            ("cagr", 15.8, "percent", 2024, 2028, None, "stated"),
            ("cagr", 31.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (342.0 / 118.2) ** (1 / 4) - 1 = 30.422% -> 30.4
            ("cagr", "exact"),  # (128.5 / 33.6) ** (1 / 4) - 1 = 39.843% -> 39.8
            ("cagr", "exact"),  # (21.2 / 11.8) ** (1 / 4) - 1 = 15.775% -> 15.8
            ("cagr", "exact"),  # (491.7 / 163.6) ** (1 / 4) - 1 = 31.668% -> 31.7
            # 82.5 + 21.3 + 9.6 = 113.4; 118.2 + 33.6 + 11.8 = 163.6; 158.6 + 49.1 + 13.9 = 221.6;
            # 342.0 + 128.5 + 21.2 = 491.7
            ("hierarchy", "exact"),
        ],
    ),
    # 33. an aligned table whose rows are periods, with a YoY column and a quarter's row (nowhere)
    dict(
        text=(
            "China AI computing services revenue (RMB 100 million)\n"
            "Period        Revenue     YoY\n"
            "2022          512         —\n"
            "2023          689         34.6%\n"
            "2024          1,035       48.2%\n"
            "Q1 2025       286         48.3%\n"
            "2025F         1,410       36.2%"
        ),
        obs=[
            ("Revenue", 2022, 512, "CNY 100 million", "actual"),
            ("Revenue", 2023, 689, "CNY 100 million", "actual"),
            ("Revenue", 2024, 1035, "CNY 100 million", "actual"),
            ("Revenue", 2025, 1410, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 34.6, "percent", 2022, 2023, 1.0),
            ("growth", 48.2, "percent", 2023, 2024, 1.0),
            ("growth", 36.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 689 / 512 - 1 = 34.570% -> 34.6
            # 1035 / 689 - 1 = 50.218%; bounds (1034.5 / 689.5) -> 50.036%, (1035.5 / 688.5) -> 50.399%:
            # 48.2 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 1410 / 1035 - 1 = 36.232% -> 36.2
        ],
    ),
    # 34. a Chinese pipe table with 2025年E and 2026年E columns, a 2024-2026年CAGR column and a 合计 row
    dict(
        text=(
            "2024-2026年中国智能驾驶解决方案市场规模（单位：亿元）\n"
            "| 细分领域 | 2024年 | 2025年E | 2026年E | 2024-2026年CAGR |\n"
            "|---|---|---|---|---|\n"
            "| 高速NOA | 186 | 268 | 352 | 37.6% |\n"
            "| 城市NOA | 74 | 152 | 265 | 89.2% |\n"
            "| 自动泊车 | 58 | 71 | 83 | 19.9% |\n"
            "| 合计 | 318 | 491 | 700 | 48.4% |\n"
            "资料来源：智驾研究院，华岳证券研究所"
        ),
        obs=[
            ("高速NOA", 2024, 186, "CNY 100 million", "actual"),
            ("高速NOA", 2025, 268, "CNY 100 million", "estimate"),
            ("高速NOA", 2026, 352, "CNY 100 million", "estimate"),
            ("城市NOA", 2024, 74, "CNY 100 million", "actual"),
            ("城市NOA", 2025, 152, "CNY 100 million", "estimate"),
            ("城市NOA", 2026, 265, "CNY 100 million", "estimate"),
            ("自动泊车", 2024, 58, "CNY 100 million", "actual"),
            ("自动泊车", 2025, 71, "CNY 100 million", "estimate"),
            ("自动泊车", 2026, 83, "CNY 100 million", "estimate"),
            ("合计", 2024, 318, "CNY 100 million", "actual"),
            ("合计", 2025, 491, "CNY 100 million", "estimate"),
            ("合计", 2026, 700, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 37.6, "percent", 2024, 2026, None, "stated"),
            ("cagr", 89.2, "percent", 2024, 2026, None, "stated"),
            ("cagr", 19.9, "percent", 2024, 2026, None, "stated"),
            ("cagr", 48.4, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (352 / 186) ** (1 / 2) - 1 = 37.567% -> 37.6
            ("cagr", "exact"),  # (265 / 74) ** (1 / 2) - 1 = 89.237% -> 89.2
            # (83 / 58) ** (1 / 2) - 1 = 19.626%, not 19.9 +- 0.05; bounds (82.5 / 58.5) -> 18.754%,
            # (83.5 / 57.5) -> 20.506%
            ("cagr", "rounding"),
            ("cagr", "exact"),  # (700 / 318) ** (1 / 2) - 1 = 48.366% -> 48.4
            ("hierarchy", "exact"),  # 186 + 74 + 58 = 318; 268 + 152 + 71 = 491; 352 + 265 + 83 = 700
        ],
    ),
    # 35. a Traditional Chinese tab-separated table under 單位：新台幣億元 with a 年增率 row
    dict(
        text=(
            "台灣邊緣AI裝置產值（單位：新台幣億元）\n"
            "項目\t2023年\t2024年\t2025年(預估)\n"
            "產值\t5,840\t8,160\t10,010\n"
            "年增率\t61.2%\t39.7%\t22.7%\n"
            "資料來源：產業研究機構整理"
        ),
        obs=[
            ("產值", 2023, 5840, "TWD 100 million", "actual"),
            ("產值", 2024, 8160, "TWD 100 million", "actual"),
            ("產值", 2025, 10010, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 61.2, "percent", 2022, 2023, 1.0),
            ("growth", 39.7, "percent", 2023, 2024, 1.0),
            ("growth", 22.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8160 / 5840 - 1 = 39.726% -> 39.7
            ("cagr|implied", "exact"),  # 10010 / 8160 - 1 = 22.672% -> 22.7
        ],
    ),
    # 36. a regional table with a share column and a CAGR column, a Total row and its 100.0
    dict(
        text=(
            "AI in retail market by region\n"
            "| Region | 2024 (USD billion) | Share 2024 (%) | 2030 (USD billion) | CAGR 2024-2030 (%) |\n"
            "|---|---|---|---|---|\n"
            "| North America | 4.54 | 38.5 | 15.82 | 23.1 |\n"
            "| Asia Pacific | 3.68 | 31.2 | 14.95 | 26.3 |\n"
            "| Europe | 2.67 | 22.6 | 8.41 | 22.1 |\n"
            "| Rest of World | 0.91 | 7.7 | 2.64 | 19.4 |\n"
            "| Total | 11.80 | 100.0 | 41.82 | 23.5 |"
        ),
        obs=[
            ("North America", 2024, 4.54, "USD billion", "actual"),
            ("North America", 2030, 15.82, "USD billion", "estimate"),
            ("Asia Pacific", 2024, 3.68, "USD billion", "actual"),
            ("Asia Pacific", 2030, 14.95, "USD billion", "estimate"),
            ("Europe", 2024, 2.67, "USD billion", "actual"),
            ("Europe", 2030, 8.41, "USD billion", "estimate"),
            ("Rest of World", 2024, 0.91, "USD billion", "actual"),
            ("Rest of World", 2030, 2.64, "USD billion", "estimate"),
            ("Total", 2024, 11.80, "USD billion", "actual"),
            ("Total", 2030, 41.82, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 38.5, "percent", 2024, 2024, None),
            ("share", 31.2, "percent", 2024, 2024, None),
            ("share", 22.6, "percent", 2024, 2024, None),
            ("share", 7.7, "percent", 2024, 2024, None),
            ("cagr", 23.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 26.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 4.54 / 11.80 = 38.475% -> 38.5
            ("arithmetic", "exact"),  # 3.68 / 11.80 = 31.186% -> 31.2
            ("arithmetic", "exact"),  # 2.67 / 11.80 = 22.627% -> 22.6
            ("arithmetic", "exact"),  # 0.91 / 11.80 = 7.712% -> 7.7
            ("cagr", "exact"),  # (15.82 / 4.54) ** (1 / 6) - 1 = 23.128% -> 23.1
            ("cagr", "exact"),  # (14.95 / 3.68) ** (1 / 6) - 1 = 26.318% -> 26.3
            # (8.41 / 2.67) ** (1 / 6) - 1 = 21.073%; bounds (8.405 / 2.675) -> 21.023%, (8.415 / 2.665) -> 21.123%:
            # 22.1 +- 0.05 outside
            ("cagr", "inconsistent"),
            ("cagr", "exact"),  # (2.64 / 0.91) ** (1 / 6) - 1 = 19.425% -> 19.4
            ("cagr", "exact"),  # (41.82 / 11.80) ** (1 / 6) - 1 = 23.476% -> 23.5
            # 4.54 + 3.68 + 2.67 + 0.91 = 11.80; 15.82 + 14.95 + 8.41 + 2.64 = 41.82
            ("hierarchy", "exact"),
        ],
    ),
    # 37. an aligned table of end-user industries with 2025E and 2026F columns and a Total row
    dict(
        text=(
            "AI software revenue by end-user industry ($ millions)\n"
            "Industry              2024      2025E     2026F\n"
            "Banking              8,420    10,350    12,610\n"
            "Retail               5,130     6,480     8,050\n"
            "Healthcare           4,270     5,560     7,190\n"
            "Manufacturing        3,960     4,990     6,230\n"
            "Other                6,340     7,720     9,280\n"
            "Total               28,120    35,100    43,360"
        ),
        obs=[
            ("Banking", 2024, 8420, "USD million", "actual"),
            ("Banking", 2025, 10350, "USD million", "estimate"),
            ("Banking", 2026, 12610, "USD million", "estimate"),
            ("Retail", 2024, 5130, "USD million", "actual"),
            ("Retail", 2025, 6480, "USD million", "estimate"),
            ("Retail", 2026, 8050, "USD million", "estimate"),
            ("Healthcare", 2024, 4270, "USD million", "actual"),
            ("Healthcare", 2025, 5560, "USD million", "estimate"),
            ("Healthcare", 2026, 7190, "USD million", "estimate"),
            ("Manufacturing", 2024, 3960, "USD million", "actual"),
            ("Manufacturing", 2025, 4990, "USD million", "estimate"),
            ("Manufacturing", 2026, 6230, "USD million", "estimate"),
            ("Other", 2024, 6340, "USD million", "actual"),
            ("Other", 2025, 7720, "USD million", "estimate"),
            ("Other", 2026, 9280, "USD million", "estimate"),
            ("Total", 2024, 28120, "USD million", "actual"),
            ("Total", 2025, 35100, "USD million", "estimate"),
            ("Total", 2026, 43360, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 8420 + 5130 + 4270 + 3960 + 6340 = 28120; 10350 + 6480 + 5560 + 4990 + 7720 = 35100;
            # 12610 + 8050 + 7190 + 6230 + 9280 = 43360
            ("hierarchy", "exact"),
        ],
    ),
    # 38. a tab-separated yen table whose rows are years, with a YoY column and a CAGR row
    dict(
        text=(
            "Japan generative AI market, demand basis (¥ billion)\n"
            "Year\tMarket size\tYoY\n"
            "2023\t112.0\t—\n"
            "2024\t189.5\t69.2%\n"
            "2025E\t318.0\t67.8%\n"
            "2030F\t1,775.0\t—\n"
            "CAGR 2024-2030\t45.2%\t"
        ),
        obs=[
            ("Market size", 2023, 112.0, "JPY billion", "actual"),
            ("Market size", 2024, 189.5, "JPY billion", "actual"),
            ("Market size", 2025, 318.0, "JPY billion", "estimate"),
            ("Market size", 2030, 1775.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 69.2, "percent", 2023, 2024, 1.0),
            ("growth", 67.8, "percent", 2024, 2025, 1.0),
            ("cagr", 45.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 189.5 / 112.0 - 1 = 69.196% -> 69.2
            ("cagr|implied", "exact"),  # 318.0 / 189.5 - 1 = 67.810% -> 67.8
            ("cagr", "exact"),  # (1775.0 / 189.5) ** (1 / 6) - 1 = 45.188% -> 45.2
        ],
    ),
    # 39. a Hong Kong table in 億港元 whose rows are years, with a 按年增長 column
    dict(
        text=(
            "香港金融業人工智能支出（億港元）\n"
            "| 年份 | 支出 | 按年增長 |\n"
            "|---|---|---|\n"
            "| 2022 | 38.4 | — |\n"
            "| 2023 | 46.9 | 22.1% |\n"
            "| 2024 | 58.2 | 24.1% |\n"
            "| 2025（預測） | 71.6 | 22.9% |\n"
            "資料來源：業界估算"
        ),
        obs=[
            ("支出", 2022, 38.4, "HKD 100 million", "actual"),
            ("支出", 2023, 46.9, "HKD 100 million", "actual"),
            ("支出", 2024, 58.2, "HKD 100 million", "actual"),
            ("支出", 2025, 71.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.1, "percent", 2022, 2023, 1.0),
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("growth", 22.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 46.9 / 38.4 - 1 = 22.135% -> 22.1
            ("cagr|implied", "exact"),  # 58.2 / 46.9 - 1 = 24.094% -> 24.1
            # 71.6 / 58.2 - 1 = 23.024%, not 22.9 +- 0.05; bounds (71.55 / 58.25) -> 22.833%, (71.65 / 58.15) -> 23.216%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 40. a component table with a 2029F column and a "CAGR (2024-2029)" column
    dict(
        text=(
            "Generative AI in banking market, by component (USD million)\n"
            "| Component | 2023 | 2024 | 2029F | CAGR (2024-2029) |\n"
            "|---|---|---|---|---|\n"
            "| Software | 1,215 | 1,690 | 9,840 | 42.2% |\n"
            "| Services | 642 | 905 | 4,410 | 37.3% |\n"
            "| Total | 1,857 | 2,595 | 14,250 | 40.6% |"
        ),
        obs=[
            ("Software", 2023, 1215, "USD million", "actual"),
            ("Software", 2024, 1690, "USD million", "actual"),
            ("Software", 2029, 9840, "USD million", "estimate"),
            ("Services", 2023, 642, "USD million", "actual"),
            ("Services", 2024, 905, "USD million", "actual"),
            ("Services", 2029, 4410, "USD million", "estimate"),
            ("Total", 2023, 1857, "USD million", "actual"),
            ("Total", 2024, 2595, "USD million", "actual"),
            ("Total", 2029, 14250, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 42.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 37.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 40.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (9840 / 1690) ** (1 / 5) - 1 = 42.240% -> 42.2
            ("cagr", "exact"),  # (4410 / 905) ** (1 / 5) - 1 = 37.264% -> 37.3
            ("cagr", "exact"),  # (14250 / 2595) ** (1 / 5) - 1 = 40.584% -> 40.6
            ("hierarchy", "exact"),  # 1215 + 642 = 1857; 1690 + 905 = 2595; 9840 + 4410 = 14250
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "thirty-sixth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "registering a CAGR of 24.3% from 2024 to 2030",
    "growing at a CAGR of 19.6% from 2025 to 2032",
    "this year, up 58.7% from last year's $197.0 billion",
    "Harlan & Co. is more cautious, at $3.7 billion for 2024",
    "$6.2 billion, $3.4 billion and $2.2 billion respectively",
    "followed by Asia Pacific at 31.2%",
    "in the fourth quarter of 2024",
    "in November, up 21.3% from a year earlier",
    "a rise of 33.5% on the £10.6 billion",
    "growth of 18% to 24% a year over the four years to 2028",
    "between $7.8 billion and $8.6 billion",
    "just under $5 billion",
    "medical imaging took $6.4 billion, or 30.0%",
    "triple within three years",
    "total addressable market for AI data-centre networking",
    "a rebound of 9% to 12%",
    "未来五年年均复合增长率",
    "11月当月",
    "去年我国算力核心产业规模达到2.1万亿元",
    "分别为68.2亿元、41.5亿元和46.6亿元",
    "在25%-30%之间",
    "新台幣八千七百三十億元",
    "二〇二八年可增至210億港元",
    "約占三成",
    "另一家咨询机构则估算",
    "较2024年翻一番",
    "同比分别增长18.9%和27.5%",
    "2025年一季度",
    "未來三年年複合成長率",
    "其次为职业教育（24.1%）",
    "| Segment | 2024 Spending | 2025 Spending | 2025 Growth (%) | 2026 Spending |",
    "Type\t2023\t2024\t2025E\t2028F\tCAGR 2024-28",
    "Q1 2025       286",
    "| 细分领域 | 2024年 | 2025年E | 2026年E | 2024-2026年CAGR |",
    "（單位：新台幣億元）",
    "| Share 2024 (%) |",
    "AI software revenue by end-user industry ($ millions)",
    "CAGR 2024-2030\t45.2%",
    "| 2025（預測） | 71.6 | 22.9% |",
    "| CAGR (2024-2029) |",
)
#: the set's blind score (set when it is first scored): 166 figures, 54 rates, 55 verdicts and 3 false inconsistent at the
#: code it was written against, against 162, 52, 52 and 3 before the rules chosen on real texts and the thirty-fifth set
#: (a held-out check of them); its floors are its score after the rules it then showed wanting
FLOORS = {"figures_found": 184, "rates_found": 69, "verdicts_right": 66}


if __name__ == "__main__":  # python tests/extract_checkset36.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
