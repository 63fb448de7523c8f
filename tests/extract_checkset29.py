"""A twenty-ninth check set for the extractor, written blind: a research firm's key findings, its regional and segment
analyses, an investor-day slide, a budget line, a think tank's range, a corrected news story, two markets in one
sentence, euros beside sterling, an earnings release, fractions and multiples in words, a speech, newswire releases,
Chinese central media, consultancies, a securities daily, a State Council plan, a listed company's announcement, a
deputy's proposal, financing news, Taiwan tech media, a Hong Kong government press release, and tables in every layout.

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

What this set's sources add to them: in a research firm's "Key Findings" bullets "• The global ... market is projected
to grow from USD 3.42 billion in 2024 to USD 21.86 billion by 2032, at a CAGR of 26.1% over 2024-2032" gives the market
its ``actual`` base and its ``estimate`` with a ``stated`` rate, "North America held the largest share at 38.2% in 2024"
and a modality's "54.7% of 2024 revenue" are shares, "Asia Pacific is the fastest-growing region" carries no figure, and
the report's historical years, base year, countries and company profiles are boilerplate. In a regional analysis the
regions' percentages are shares, and the fastest-growing region with amounts of its own is a part (``Asia Pacific``):
"USD 5.9 billion in 2024, or 22.5% of the global total" a share with its ``arithmetic`` verdict, "a CAGR of 26.6% from
2024 to 2030" ``stated``. In a segment analysis "software accounted for USD 4.1 billion of the USD 6.8 billion ...
market in 2024, or 61.2% of the total" is a part (``Software``) with a share reached only at the rounding of its
amounts, "Services, worth USD 2.7 billion" a part (``Services``), and its "CAGR of 24.8% from 2025 to 2030" a ``stated``
rate whose amounts are not printed (no verdict). On an investor-day slide "~$38B spent in 2024" and "$120B+ by 2028" are
the market's approximate figures, "~33% CAGR 2024-2028" ``stated``, and the slide's number, the handset makers, the
design wins and the company's revenue and growth expected nowhere. A ministry's budget ("€1.2 billion over 2025-2027",
of which €310 million for one scheme) is no market and expected nowhere, while the market its study sizes ("€0.86
billion in 2024", "€2.3 billion by 2030") is the market, EUR billion, "implying annual growth of about 18%"
``inferred``, and the farms a count. A think tank's "between $26 billion and $44 billion annually by 2030" is a range,
two ``value`` claims for 2030, beside its ``actual`` 2024 figure, and a gain in percentage points of working time and
the institutions surveyed are expected nowhere. In a news story with a correction the figure "An earlier version of this
article misstated" is expected nowhere, the corrected one is the year's, "nearly quadruple" in the headline is x4 over
2024-2030, and "a compound annual growth rate (CAGR) of 23.8%" after the two amounts is ``inferred``. "The AI chip
market will reach ... while the AI software market will grow 23.1% to $118 billion from $97.3 billion" sets two markets
in one sentence: the first is the ``Total``, the second an item of its own (``AI software``), each with its year-on-year
rate (the second's contradicted by its amounts), and "last year" counts from the dateline. "€1.46 billion" is EUR
billion and "£410 million" GBP million: the European market is the ``Total`` and the United Kingdom, counted separately,
an item of its own (``United Kingdom``) in its own unit, its "grew 26.4%" reached only at the rounding of its amounts;
"pass €3 billion by 2028" is an approximate ``estimate`` and the members and staff boilerplate. A quarterly earnings
release holds only the company's figures (revenue, a product line's revenue and its share of revenue, a margin, the
guidance range, customers): expected nowhere. "Grew by a third" is a year-on-year rate of 33.3%, "fell by half" one of
-50% (a second market's, licensed datasets), "rose 1.5x, from $275 million in 2022" x1.5 over two years, and the vendors
counted boilerplate. Figures in words are expected in digits: "roughly two hundred billion dollars" last year is 200
(USD billion), "a quarter of a trillion dollars in 2026" 250 in the series' unit, "call it growth of twelve percent a
year" ``inferred``, and "four out of five" a fraction in words. In a newswire release "was valued at USD 2.19 billion in
2024" is the ``actual`` base, "growing at a CAGR of 40.1% from 2024 to 2030" ``stated`` and reached only at the rounding
of its amounts, large enterprises' "64.8% of 2024 revenue" a share, and the dateline, the "/PRNewswire/" tag, the pages
and the companies profiled boilerplate. In a dated story "this year", "last year" and "next year" count from the
dateline, and the share of security chiefs planning to raise budgets is a survey's answer. A trade body's "a compound
annual growth rate of 29.6% over 2021-2024" is ``stated`` and contradicted by its amounts, "Fraud detection alone
accounted for £1.02 billion, or 35.9% of the total" a part with a share, and the lenders counted boilerplate. "Nearly
tripled between 2021 and 2024" is x3 over three years and "expect it to double again by 2028" x2 from 2024 to 2028. In
人民日报-style news the dateline and the reporter are boilerplate, 我国……产业规模已达3.2万亿元 is the market's figure (CNY trillion),
增长12.6% a year-on-year rate whose base is not printed, and the demonstration factories a count. In an 艾媒咨询-style item
市场规模达468.2亿元 is the base, 预计2027年将达892.6亿元 its ``estimate`` and 年均复合增长率约为24% ``inferred`` and approximate. In a
中商产业研究院-style item the report's title years are boilerplate, 约为1,056亿元 the year's figure at its printed value,
较2023年的869亿元同比增长21.5% a year-on-year rate with its base, 预计2025年将增至 an ``estimate`` and 将超过1,500亿元 an approximate one.
In a 证券时报 item an analyst's 预计 gives ``estimate`` figures, 有望突破1,600亿元 is approximate, and the rating, the reporter and
the count of firms are expected nowhere. In a 国务院 plan the title is boilerplate, 到2027年……达到2.5万亿元 and 到2030年，规模超过4万亿元
are targets (``estimate``, the second approximate), 2025—2030年年均增长15%以上 a lower-bound rate at its printed figure whose
span is printed (``stated``) and the cities to be built a count. In a listed company's announcement the 证券代码, 公告编号, the
company's 营业收入, its growth, a business line's revenue and its 占营业收入 share and the 净利润 are expected nowhere. A 两会
deputy's 约为3,560亿元 opens a series in CNY 100 million, so 将突破1.2万亿元 is expected as 12000 (an approximate ``estimate``),
年均复合增长率有望超过22% is ``inferred`` and approximate, and his count of proposals boilerplate. In 36氪-style financing news the
round (5亿元C轮融资), the valuation, the founding year and the company's growth are expected nowhere, while the market figure
it cites is the market's. In a 科技新報-style item in Traditional Chinese 出貨量將達214萬台 is an observation of the product
(``AI伺服器``, ``count 10 thousand``), 較2024年的168萬台年成長27.5% a year-on-year rate reached only at the rounding of its
amounts, the share of all server shipments a penetration (expected nowhere), and 產值則上看2,980億美元 the market's ``estimate``
(USD 100 million) with its 年成長46% whose base is not printed. In a Hong Kong 政府新聞公報 港元 is a currency the unit table does
not hold: 去年達186億港元（約23.8億美元） gives 2024 its observation in USD 100 million, 較2023年的152億港元增長22.4% is a rate with its
verdict from the 港元 amounts, 可達280億港元（約35.9億美元） the 2027 ``estimate`` in US$, and the firms boilerplate.
较2022年的73亿元增长了3倍 (grew by three times over) is x4 over two years, 约占全球大模型市场的21% a share, and 其中，行业大模型规模为165亿元，占比56.1% a
part with a share and its ``arithmetic`` verdict. 首次突破100亿元，达到116.8亿元 is the year's figure at its most precise statement
(116.8), the absolute change 较2023年增加23.5亿元 expected nowhere, 同比增长25.2% a rate whose base is not printed and
2024—2026年年均增长约21% ``stated``. In a DIGITIMES-style item 較2024年的291億美元年成長32.6% is a year-on-year rate with its base (USD
100 million), 2024至2029年年複合成長率達28.4% ``stated`` and contradicted by its amounts, 上看 a forecast and 約四成 a fraction in
words. 2022-2024年复合增长率为16.0% prints its span, and 其中视频分析软件规模为318亿元，占比约35% is a part whose share its amounts contradict.
In tables: a markdown table "| Segment | 2024 | 2032 | CAGR (2025-2032) |" under a caption in USD million gives each
segment its figures (2032 an ``estimate``), its CAGR column each row's ``stated`` rate over 2025-2032, whose start the
table does not print (no verdict), and its Total the whole the segments add to; in a table of vendors' revenues the
vendors and "Others" are expected nowhere, the "Market total" row is the item ``Market total`` and its YoY cell its
year-on-year rate, the vendors' YoY expected nowhere; a Chinese vertical table 年份/规模（亿元）/增速 gives its value column to
``规模`` and its 增速 column each year's rate ("—" no figure, one reached only at the rounding of its figures and one
contradicted by them), 2026E-2028E ``estimate``, and its title years and 资料来源 line boilerplate; a vertical table with
segments as columns and a 合计 column under 单位：亿元 gives each column its figures, 合计 the whole the columns add to, 2025E an
``estimate``; a "Change" column with negatives in parentheses ("(3.4%)") gives each region its year-on-year rate (Asia
Pacific's contradicted by its figures) and the Total row the whole; a tab-separated table with a units column gives
"Market size" in ``USD billion`` ("USD bn") and "Shipments" in ``count million`` ("million units"), a row in a unit the
table does not hold ("USD" per unit) no figure, and the "YoY" row under the market size its year-on-year rates; a
space-aligned table with footnote marks on its labels ("Software¹", "Hardware²") gives the items their labels less the
marks, the notes under it no figure, 2025F an ``estimate`` and its Total the whole; a Traditional Chinese table of 出貨量
under 單位：萬台 gives each row its figures in ``count 10 thousand`` (units, not money), 2025年(預估) an ``estimate``, its 合計
the whole and its 年增率 row the 合計's year-on-year rates; a table whose years are rows and whose "Total" column is the
whole its region columns add to gives each column its figures, 2025E an ``estimate``; and a space-aligned table whose
header spans two lines ("2024" above "(US$ bn)", "CAGR" above "2023-25") gives each row its figures in USD billion and
its ``stated`` CAGR over 2023-2025 (one reached only at the rounding of its figures), its Total the whole and its
exhibit number boilerplate. Markets vary (AI in healthcare diagnostics, AI in banking, AI in cybersecurity, edge AI, AI
in agriculture, AI in education, conversational AI, AI chips, MLOps, synthetic data, 智能制造, 智能语音, 计算机视觉, 大模型, 智慧城市, 智能客服,
自动驾驶, AI安防, AI伺服器, 邊緣AI晶片, AI PC); publishers, speakers and companies are invented, the sentences are the project's own
and the figures plausible. ``python tests/extract_checkset29.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------ English prose (1-16)
    # 1. a research firm's "Key Findings" bullets: base, forecast and stated CAGR, a region's and a modality's shares
    dict(text="Key Findings\n"
              "• The global AI in healthcare diagnostics market is projected to grow from USD 3.42 billion in 2024 to "
              "USD 21.86 billion by 2032, at a CAGR of 26.1% over 2024-2032.\n"
              "• North America held the largest share at 38.2% in 2024, helped by early reimbursement of AI-assisted "
              "imaging reads.\n"
              "• By modality, medical imaging accounted for 54.7% of 2024 revenue.\n"
              "• Asia Pacific is the fastest-growing region as hospitals in China and India add screening capacity.\n"
              "• Report coverage: historical data 2019-2023, base year 2024, 27 countries, 22 company profiles.",
         obs=[("Total", 2024, 3.42, "USD billion", "actual"),
              ("Total", 2032, 21.86, "USD billion", "estimate")],
         claims=[("cagr", 26.1, "percent", 2024, 2032, None, "stated"),
                 ("share", 38.2, "percent", 2024, 2024, None),
                 ("share", 54.7, "percent", 2024, 2024, None)],
         verdicts=[("cagr", "exact")]),  # (21.86 / 3.42) ** (1 / 8) - 1 = 26.10% -> 26.1
    # 2. a regional analysis in prose: regions' shares, the fastest-growing region with amounts of its own
    dict(text="Regional Analysis. The AI in banking market was valued at USD 26.2 billion in 2024. North America held "
              "the largest share at 41.3% in 2024 on the strength of early adoption by money-centre banks, followed "
              "by Europe at 27.9%. Asia Pacific is the fastest-growing region: its revenue of USD 5.9 billion in "
              "2024, or 22.5% of the global total, is forecast to reach USD 24.3 billion by 2030, a CAGR of 26.6% "
              "from 2024 to 2030, as digital lenders in India and Indonesia automate credit decisions.",
         obs=[("Total", 2024, 26.2, "USD billion", "actual"),
              ("Asia Pacific", 2024, 5.9, "USD billion", "actual"),
              ("Asia Pacific", 2030, 24.3, "USD billion", "estimate")],
         claims=[("share", 41.3, "percent", 2024, 2024, None),
                 ("share", 27.9, "percent", 2024, 2024, None),
                 ("share", 22.5, "percent", 2024, 2024, None),
                 ("cagr", 26.6, "percent", 2024, 2030, None, "stated")],
         verdicts=[("arithmetic", "exact"),  # 5.9 / 26.2 = 22.52% -> 22.5
                   ("cagr", "exact")]),  # (24.3 / 5.9) ** (1 / 6) - 1 = 26.61% -> 26.6
    # 3. a segment analysis: a part with a share reached only at rounding, a second part, a CAGR without amounts
    dict(text="Segment Insights. By component, software accounted for USD 4.1 billion of the USD 6.8 billion AI in "
              "cybersecurity market in 2024, or 61.2% of the total, as enterprises bought detection and response "
              "suites outright. Services, worth USD 2.7 billion, are expected to expand faster, at a CAGR of 24.8% "
              "from 2025 to 2030, as managed detection contracts replace in-house security teams.",
         obs=[("Software", 2024, 4.1, "USD billion", "actual"),
              ("Total", 2024, 6.8, "USD billion", "actual"),
              ("Services", 2024, 2.7, "USD billion", "actual")],
         claims=[("share", 61.2, "percent", 2024, 2024, None),
                 ("cagr", 24.8, "percent", 2025, 2030, None, "stated")],
         verdicts=[("arithmetic", "rounding")]),  # 4.1 / 6.8 = 60.29% (not 61.2 +- 0.05); bounds 4.05 / 6.85 =
                                                  # 59.12% .. 4.15 / 6.75 = 61.48%
    # 4. an investor-day slide: "~$38B", "$120B+ by 2028", "~33% CAGR 2024-2028"; the company's revenue nowhere
    dict(text="Slide 7 - Market opportunity\n"
              "Edge AI inference silicon\n"
              "- ~$38B spent in 2024\n"
              "- $120B+ by 2028\n"
              "- ~33% CAGR 2024-2028\n"
              "Why we win: 3 of the top 5 handset makers ship our NPU designs; 140 design wins to date\n"
              "FY24 revenue $212M, +41% YoY",
         obs=[("Total", 2024, 38, "USD billion", "actual"),
              ("Total", 2028, 120, "USD billion", "estimate")],
         claims=[("cagr", 33, "percent", 2024, 2028, None, "stated")],
         verdicts=[("cagr", "exact")]),  # (120 / 38) ** (1 / 4) - 1 = 33.31% -> 33
    # 5. a ministry's budget line (no market) beside the market its study sizes, in euros
    dict(text="Budget 2025: the Department of Agriculture will provide €1.2 billion over 2025-2027 for precision "
              "farming, of which €310 million is reserved for AI-based crop and herd monitoring. The department's own "
              "study puts the domestic market for AI in agriculture at €0.86 billion in 2024 and expects it to reach "
              "€2.3 billion by 2030, implying annual growth of about 18%. Some 4,200 farms took part in the pilot "
              "schemes last year.",
         obs=[("Total", 2024, 0.86, "EUR billion", "actual"),
              ("Total", 2030, 2.3, "EUR billion", "estimate")],
         claims=[("cagr", 18, "percent", 2024, 2030, None, "inferred")],
         verdicts=[("cagr|period", "exact")]),  # (2.3 / 0.86) ** (1 / 6) - 1 = 17.82% -> 18
    # 6. a think tank's working paper: a range for 2030 beside an actual figure
    dict(text="In its latest working paper the Centre for Learning Economics estimates that schools, universities and "
              "employers spent $7.9 billion on AI-based learning tools in 2024, and that spending on AI in education "
              "will be between $26 billion and $44 billion annually by 2030, depending on how quickly assessment is "
              "automated. The authors put the resulting time saving for teachers at 0.4 percentage point of working "
              "hours a year; the estimate rests on a survey of 1,150 institutions in 31 countries.",
         obs=[("Total", 2024, 7.9, "USD billion", "actual")],
         claims=[("value", 26, "USD billion", 2030, 2030, None),
                 ("value", 44, "USD billion", 2030, 2030, None)],
         verdicts=[]),
    # 7. a news story with a correction: the misstated figure nowhere; "nearly quadruple"; "(CAGR) of" inferred
    dict(text="Conversational AI spending set to nearly quadruple by 2030\n"
              "LONDON, Feb 11, 2025 - Businesses spent $13.6 billion on conversational AI - chatbots, voice agents "
              "and the platforms behind them - in 2024, according to the research firm Halden Analytics, which "
              "expects spending to reach $48.9 billion in 2030, a compound annual growth rate (CAGR) of 23.8%. "
              "Contact-centre deployments still dominate, Halden said.\n"
              "Correction: An earlier version of this article misstated the size of the market in 2024. It was "
              "$13.6 billion, not $16.3 billion.",
         obs=[("Total", 2024, 13.6, "USD billion", "actual"),
              ("Total", 2030, 48.9, "USD billion", "estimate")],
         claims=[("multiple", 4, "multiple", 2024, 2030, 6.0),
                 ("cagr", 23.8, "percent", 2024, 2030, None, "inferred")],
         verdicts=[("cagr|period", "exact")]),  # (48.9 / 13.6) ** (1 / 6) - 1 = 23.77% -> 23.8; 48.9 / 13.6 = 3.60
    # 8. two markets in one sentence: the first the Total, the second an item of its own; one rate contradicted
    dict(text="TAIPEI, March 18, 2025 - The AI chip market will reach $92.4 billion this year, up 27.6% from $72.4 "
              "billion last year, while the AI software market will grow 23.1% to $118 billion from $97.3 billion, "
              "the research firm Corvane said on Tuesday. Corvane expects custom accelerators designed by cloud "
              "providers to take a growing slice of chip spending.",
         obs=[("Total", 2024, 72.4, "USD billion", "actual"),
              ("Total", 2025, 92.4, "USD billion", "estimate"),
              ("AI software", 2024, 97.3, "USD billion", "actual"),
              ("AI software", 2025, 118, "USD billion", "estimate")],
         claims=[("growth", 27.6, "percent", 2024, 2025, 1.0),
                 ("growth", 23.1, "percent", 2024, 2025, 1.0)],
         verdicts=[("cagr|implied", "exact"),  # 92.4 / 72.4 - 1 = 27.62% -> 27.6
                   ("cagr|implied", "inconsistent")]),  # 118 / 97.3 - 1 = 21.27%; bounds 117.5 / 97.35 - 1 =
                                                        # 20.70% .. 118.5 / 97.25 - 1 = 21.85% < 23.05
    # 9. euros and sterling in one text: the European Total and the United Kingdom as an item of its own
    dict(text="European spending on MLOps platforms reached €1.46 billion in 2024, up 29.2% from €1.13 billion in "
              "2023, according to the Brussels-based trade group DataOps Europe. In the United Kingdom, which the "
              "group counts separately, the market grew 26.4% to £410 million from £325 million. The group expects "
              "European spending to pass €3 billion by 2028; its 212 member companies employ some 18,000 people.",
         obs=[("Total", 2023, 1.13, "EUR billion", "actual"),
              ("Total", 2024, 1.46, "EUR billion", "actual"),
              ("Total", 2028, 3, "EUR billion", "estimate"),
              ("United Kingdom", 2023, 325, "GBP million", "actual"),
              ("United Kingdom", 2024, 410, "GBP million", "actual")],
         claims=[("growth", 29.2, "percent", 2023, 2024, 1.0),
                 ("growth", 26.4, "percent", 2023, 2024, 1.0)],
         verdicts=[("cagr|implied", "exact"),  # 1.46 / 1.13 - 1 = 29.20% -> 29.2
                   ("cagr|implied", "rounding")]),  # 410 / 325 - 1 = 26.15% (not 26.4 +- 0.05); bounds 409.5 /
                                                    # 325.5 - 1 = 25.81% .. 410.5 / 324.5 - 1 = 26.50%
    # 10. a quarterly earnings release: only the company's figures, expected nowhere
    dict(text="Nexora Systems Reports Third Quarter Fiscal 2025 Results\n"
              "- Revenue of $1.24 billion, up 18% year over year\n"
              "- AI platform revenue of $386 million, up 52% year over year and 31% of total revenue\n"
              "- Non-GAAP operating margin of 24.6%\n"
              "- Raises full-year fiscal 2025 revenue outlook to $4.86 billion to $4.92 billion\n"
              "\"Customers are moving AI workloads from pilots into production,\" said chief executive Dana Whitlock. "
              "Nexora ended the quarter with 2,140 customers spending more than $100,000 a year.",
         obs=[],
         claims=[],
         verdicts=[]),
    # 11. "grew by a third", "fell by half" (a second market), "rose 1.5x" over two years
    dict(text="Synthetic data is having a good run. Sales of synthetic data generation tools grew by a third in 2024, "
              "to $412 million, according to figures compiled by the analyst firm Quillmark, while revenue from "
              "one-off licensed datasets, which the tools are replacing, fell by half. Over two years the market "
              "rose 1.5x, from $275 million in 2022. Quillmark tracks 140 vendors, most of them start-ups.",
         obs=[("Total", 2022, 275, "USD million", "actual"),
              ("Total", 2024, 412, "USD million", "actual")],
         claims=[("growth", 33.3, "percent", 2023, 2024, 1.0),
                 ("growth", -50, "percent", 2023, 2024, 1.0),
                 ("multiple", 1.5, "multiple", 2022, 2024, 2.0)],
         verdicts=[]),  # 412 / 275 = 1.498 -> x1.5; the 2023 base of "a third" is not printed
    # 12. numbers in words in a speech: "two hundred billion dollars", "a quarter of a trillion dollars"
    dict(text="SINGAPORE, 9 October 2025 - Speaking at the conference on Thursday, the bank's chief economist said "
              "the world spent roughly two hundred billion dollars on AI chips last year and that the figure could "
              "pass a quarter of a trillion dollars in 2026. \"Call it growth of twelve percent a year, which is slow "
              "by this industry's standards,\" she said, adding that four out of five of those chips still went to "
              "just five cloud companies.",
         obs=[("Total", 2024, 200, "USD billion", "actual"),
              ("Total", 2026, 250, "USD billion", "estimate")],
         claims=[("cagr", 12, "percent", 2024, 2026, None, "inferred")],
         verdicts=[("cagr|period", "exact")]),  # (250 / 200) ** (1 / 2) - 1 = 11.80% -> 12
    # 13. a newswire release: valued at, projected to reach, a stated CAGR reached only at rounding
    dict(text="PUNE, India, May 6, 2025 /PRNewswire/ -- The global MLOps market size was valued at USD 2.19 billion "
              "in 2024 and is projected to reach USD 16.61 billion by 2030, growing at a CAGR of 40.1% from 2024 to "
              "2030, according to a new report by Meridian Market Insights. Large enterprises accounted for 64.8% "
              "of 2024 revenue. The 180-page report profiles 20 companies.",
         obs=[("Total", 2024, 2.19, "USD billion", "actual"),
              ("Total", 2030, 16.61, "USD billion", "estimate")],
         claims=[("cagr", 40.1, "percent", 2024, 2030, None, "stated"),
                 ("share", 64.8, "percent", 2024, 2024, None)],
         verdicts=[("cagr", "rounding")]),  # (16.61 / 2.19) ** (1 / 6) - 1 = 40.17% (not 40.1 +- 0.05); bounds
                                            # (16.605 / 2.195) ** (1 / 6) - 1 = 40.11% .. (16.615 / 2.185) = 40.23%
    # 14. a dated story: "this year", "last year", "next year"; a survey's answer
    dict(text="SAN FRANCISCO, March 4, 2025 - Spending on AI in cybersecurity will reach $31.2 billion this year, up "
              "24.3% from $25.1 billion last year, and could climb to $38 billion next year, the research firm "
              "Kestrel Insights said. About two-thirds of the security chiefs Kestrel surveyed plan to raise their "
              "budgets for AI-based detection.",
         obs=[("Total", 2024, 25.1, "USD billion", "actual"),
              ("Total", 2025, 31.2, "USD billion", "estimate"),
              ("Total", 2026, 38, "USD billion", "estimate")],
         claims=[("growth", 24.3, "percent", 2024, 2025, 1.0)],
         verdicts=[("cagr|implied", "exact")]),  # 31.2 / 25.1 - 1 = 24.30% -> 24.3
    # 15. a trade body's review in sterling: a stated CAGR its amounts contradict, a part with a share
    dict(text="The UK market for AI in banking was worth £2.84 billion in 2024, up from £1.37 billion in 2021, a "
              "compound annual growth rate of 29.6% over 2021-2024, according to the annual review of the "
              "Financial Technology Federation. Fraud detection alone accounted for £1.02 billion, or 35.9% of the "
              "total. The review covers 62 lenders.",
         obs=[("Total", 2021, 1.37, "GBP billion", "actual"),
              ("Total", 2024, 2.84, "GBP billion", "actual"),
              ("Fraud detection", 2024, 1.02, "GBP billion", "actual")],
         claims=[("cagr", 29.6, "percent", 2021, 2024, None, "stated"),
                 ("share", 35.9, "percent", 2024, 2024, None)],
         verdicts=[("cagr", "inconsistent"),  # (2.84 / 1.37) ** (1 / 3) - 1 = 27.51%; bounds (2.835 / 1.375) =
                                              # 27.28% .. (2.845 / 1.365) ** (1 / 3) - 1 = 27.74% < 29.55
                   ("arithmetic", "exact")]),  # 1.02 / 2.84 = 35.92% -> 35.9
    # 16. a trade magazine: "nearly tripled" over three years, a stated CAGR, "double again" by 2028
    dict(text="The edge AI hardware market nearly tripled between 2021 and 2024, to $18.6 billion from $6.4 billion, "
              "a CAGR of 42.7% over 2021-2024, according to the market watcher Sentinel Research. Its analysts "
              "expect the market to double again by 2028 as smart cameras and industrial gateways add NPUs.",
         obs=[("Total", 2021, 6.4, "USD billion", "actual"),
              ("Total", 2024, 18.6, "USD billion", "actual")],
         claims=[("multiple", 3, "multiple", 2021, 2024, 3.0),
                 ("cagr", 42.7, "percent", 2021, 2024, None, "stated"),
                 ("multiple", 2, "multiple", 2024, 2028, 4.0)],
         verdicts=[("cagr", "exact")]),  # (18.6 / 6.4) ** (1 / 3) - 1 = 42.71% -> 42.7; 18.6 / 6.4 = 2.91 -> x3
    # ------------------------------------------------------------------ Chinese prose (17-30)
    # 17. 人民日报-style: 我国……产业规模已达……万亿元，增长……%
    dict(text="本报北京1月20日电（记者王晓宁）记者从工业和信息化部获悉：2024年，我国智能制造装备产业规模已达3.2万亿元，增长12.6%，"
              "累计培育国家级智能制造示范工厂421家。工业和信息化部有关负责人表示，下一步将推动人工智能与制造业深度融合，加快工业大模型在研发设计、"
              "生产制造等环节落地应用。",
         obs=[("Total", 2024, 3.2, "CNY trillion", "actual")],
         claims=[("growth", 12.6, "percent", 2023, 2024, 1.0)],
         verdicts=[]),
    # 18. 艾媒咨询-style: 市场规模达……亿元，预计……年将达……亿元, an inferred approximate CAGR
    dict(text="艾媒咨询数据显示，2024年中国智能语音市场规模达468.2亿元，同比增长19.4%；预计2027年将达892.6亿元，年均复合增长率约为24%。"
              "艾媒咨询分析师认为，大模型的接入正推动智能语音从单轮指令走向多轮对话，车载与智能家居是增长最快的场景。",
         obs=[("Total", 2024, 468.2, "CNY 100 million", "actual"),
              ("Total", 2027, 892.6, "CNY 100 million", "estimate")],
         claims=[("growth", 19.4, "percent", 2023, 2024, 1.0),
                 ("cagr", 24, "percent", 2024, 2027, None, "inferred")],
         verdicts=[("cagr|period", "exact")]),  # (892.6 / 468.2) ** (1 / 3) - 1 = 24.00% -> 24
    # 19. 中商产业研究院-style: 约为……亿元，较……同比增长……%，预计……年将增至……亿元
    dict(text="中商产业研究院发布的《2025-2030年中国计算机视觉行业市场前景预测研究报告》显示，2024年中国计算机视觉市场规模约为1,056亿元，"
              "较2023年的869亿元同比增长21.5%，预计2025年将增至1,283亿元。中商产业研究院分析师预测，2026年市场规模将超过1,500亿元。",
         obs=[("Total", 2023, 869, "CNY 100 million", "actual"),
              ("Total", 2024, 1056, "CNY 100 million", "actual"),
              ("Total", 2025, 1283, "CNY 100 million", "estimate"),
              ("Total", 2026, 1500, "CNY 100 million", "estimate")],
         claims=[("growth", 21.5, "percent", 2023, 2024, 1.0)],
         verdicts=[("cagr|implied", "exact")]),  # 1056 / 869 - 1 = 21.52% -> 21.5
    # 20. a 证券时报 item: an analyst's estimates, the rating and a count of firms nowhere
    dict(text="证券时报记者 李明\n"
              "某证券计算机行业首席分析师在最新研报中预计，2025年我国大模型市场规模将达到1,180亿元，同比增长18%，2027年有望突破1,600亿元，"
              "维持行业“推荐”评级。据记者不完全统计，今年以来已有12家上市公司发布行业大模型产品。",
         obs=[("Total", 2025, 1180, "CNY 100 million", "estimate"),
              ("Total", 2027, 1600, "CNY 100 million", "estimate")],
         claims=[("growth", 18, "percent", 2024, 2025, 1.0)],
         verdicts=[]),
    # 21. a 国务院 plan's targets: 到2030年……规模超过……万亿元, a lower-bound rate (年均增长……%以上)
    dict(text="国务院日前印发《关于推进新型智慧城市高质量发展的指导意见》。《意见》提出，到2027年，全国智慧城市相关产业规模达到2.5万亿元；"
              "到2030年，规模超过4万亿元，2025—2030年年均增长15%以上，建成50个以上全域数字化转型城市。",
         obs=[("Total", 2027, 2.5, "CNY trillion", "estimate"),
              ("Total", 2030, 4, "CNY trillion", "estimate")],
         claims=[("cagr", 15, "percent", 2025, 2030, None, "stated")],
         verdicts=[]),
    # 22. a listed company's announcement: 公司……营业收入……亿元, all expected nowhere
    dict(text="云语科技股份有限公司（证券代码：688521，公告编号：2025-016）发布2024年度业绩快报。报告期内，公司实现营业收入12.38亿元，"
              "同比增长27.6%；其中智能客服业务收入5.12亿元，占营业收入的41.4%；归属于上市公司股东的净利润1.06亿元，同比增长9.8%。",
         obs=[],
         claims=[],
         verdicts=[]),
    # 23. a 两会 deputy's proposal: 约为……亿元 opens the series, 将突破1.2万亿元 in its unit, 有望超过22%
    dict(text="全国两会期间，全国人大代表、某汽车集团董事长张建国提交了关于加快自动驾驶商业化落地的建议。他在接受记者采访时表示，"
              "2024年我国自动驾驶市场规模约为3,560亿元，预计2030年将突破1.2万亿元，年均复合增长率有望超过22%。今年他共提交了5份建议。",
         obs=[("Total", 2024, 3560, "CNY 100 million", "actual"),
              ("Total", 2030, 12000, "CNY 100 million", "estimate")],
         claims=[("cagr", 22, "percent", 2024, 2030, None, "inferred")],
         verdicts=[("cagr|period", "exact")]),  # (12000 / 3560) ** (1 / 6) - 1 = 22.45% -> 22
    # 24. 36氪-style financing news: the round, the valuation and the company's growth nowhere; the market cited
    dict(text="36氪获悉，边缘视觉公司“深瞳智联”近日完成5亿元C轮融资，由某产业基金领投，老股东持续跟投，投后估值超过40亿元。"
              "深瞳智联成立于2019年，2024年营收同比增长超过150%。据弗若斯特沙利文数据，2024年中国计算机视觉市场规模为968亿元。",
         obs=[("Total", 2024, 968, "CNY 100 million", "actual")],
         claims=[],
         verdicts=[]),
    # 25. a 科技新報-style item in Traditional Chinese: 出貨量 in 萬台, 產值 in 億美元, 年成長
    dict(text="研調機構天勤科技最新報告指出，受雲端服務業者擴大資本支出帶動，預估2025年全球AI伺服器出貨量將達214萬台，較2024年的168萬台"
              "年成長27.5%，占整體伺服器出貨比重將升至15.3%；AI伺服器產值則上看2,980億美元，年成長46%。",
         obs=[("AI伺服器", 2024, 168, "count 10 thousand", "actual"),
              ("AI伺服器", 2025, 214, "count 10 thousand", "estimate"),
              ("Total", 2025, 2980, "USD 100 million", "estimate")],
         claims=[("growth", 27.5, "percent", 2024, 2025, 1.0),
                 ("growth", 46, "percent", 2024, 2025, 1.0)],
         verdicts=[("cagr|implied", "rounding")]),  # 214 / 168 - 1 = 27.38% (not 27.5 +- 0.05); bounds 213.5 /
                                                    # 168.5 - 1 = 26.71% .. 214.5 / 167.5 - 1 = 28.06%
    # 26. a Hong Kong 政府新聞公報 in 港元 (not in the unit table) with US$ beside it
    dict(text="政府新聞公報（2025年4月8日）創新科技及工業局今日公布，本港智慧城市相關市場規模去年達186億港元（約23.8億美元），"
              "較2023年的152億港元增長22.4%。政府預計，有關規模於2027年可達280億港元（約35.9億美元）。局方表示，目前約有320家相關企業"
              "在香港科學園及數碼港營運。",
         obs=[("Total", 2024, 23.8, "USD 100 million", "actual"),
              ("Total", 2027, 35.9, "USD 100 million", "estimate")],
         claims=[("growth", 22.4, "percent", 2023, 2024, 1.0)],
         verdicts=[("cagr|implied", "exact")]),  # 186 / 152 - 1 = 22.37% -> 22.4 (港元 amounts)
    # 27. 增长了3倍 (x4), 约占全球……的21% (a share), a part with its 占比
    dict(text="某研究院测算，2024年我国大模型市场规模达294亿元，较2022年的73亿元增长了3倍，约占全球大模型市场的21%。其中，"
              "行业大模型规模为165亿元，占比56.1%，金融、政务和能源是落地最多的领域。",
         obs=[("行业大模型", 2024, 165, "CNY 100 million", "actual"),
              ("Total", 2022, 73, "CNY 100 million", "actual"),
              ("Total", 2024, 294, "CNY 100 million", "actual")],
         claims=[("multiple", 4, "multiple", 2022, 2024, 2.0),
                 ("share", 21, "percent", 2024, 2024, None),
                 ("share", 56.1, "percent", 2024, 2024, None)],
         verdicts=[("arithmetic", "exact")]),  # 165 / 294 = 56.12% -> 56.1; 294 / 73 = 4.03 -> x4
    # 28. 首次突破……亿元 (a threshold), 较……增加……亿元 (an absolute change, nowhere), a stated CAGR
    dict(text="中国智能客服产业联盟发布的数据显示，2024年我国智能客服市场规模首次突破100亿元，达到116.8亿元，较2023年增加23.5亿元，"
              "同比增长25.2%。联盟预计，2026年市场规模将达到172亿元，2024—2026年年均增长约21%。",
         obs=[("Total", 2024, 116.8, "CNY 100 million", "actual"),
              ("Total", 2026, 172, "CNY 100 million", "estimate")],
         claims=[("growth", 25.2, "percent", 2023, 2024, 1.0),
                 ("cagr", 21, "percent", 2024, 2026, None, "stated")],
         verdicts=[("cagr", "exact")]),  # (172 / 116.8) ** (1 / 2) - 1 = 21.35% -> 21
    # 29. a DIGITIMES-style item in Traditional Chinese: 年成長 with its base, 年複合成長率 contradicted
    dict(text="鼎新研究中心預估，2025年全球邊緣AI晶片市場規模將達386億美元，較2024年的291億美元年成長32.6%；2024至2029年年複合成長率"
              "達28.4%，2029年市場規模可望上看962億美元。其中，手機用晶片約四成。",
         obs=[("Total", 2024, 291, "USD 100 million", "actual"),
              ("Total", 2025, 386, "USD 100 million", "estimate"),
              ("Total", 2029, 962, "USD 100 million", "estimate")],
         claims=[("growth", 32.6, "percent", 2024, 2025, 1.0),
                 ("cagr", 28.4, "percent", 2024, 2029, None, "stated")],
         verdicts=[("cagr|implied", "exact"),  # 386 / 291 - 1 = 32.65% -> 32.6
                   ("cagr", "inconsistent")]),  # (962 / 291) ** (1 / 5) - 1 = 27.02%; bounds (961.5 / 291.5) =
                                                # 26.96% .. (962.5 / 290.5) ** (1 / 5) - 1 = 27.07% < 28.35
    # 30. a stated CAGR with its span, a part whose 占比 its amounts contradict
    dict(text="2024年我国AI安防市场规模为1,025亿元，2022-2024年复合增长率为16.0%（2022年为762亿元）；其中视频分析软件规模为318亿元，"
              "占比约35%，成为增长最快的细分领域。",
         obs=[("Total", 2022, 762, "CNY 100 million", "actual"),
              ("Total", 2024, 1025, "CNY 100 million", "actual"),
              ("视频分析软件", 2024, 318, "CNY 100 million", "actual")],
         claims=[("cagr", 16.0, "percent", 2022, 2024, None, "stated"),
                 ("share", 35, "percent", 2024, 2024, None)],
         verdicts=[("cagr", "exact"),  # (1025 / 762) ** (1 / 2) - 1 = 15.98% -> 16.0
                   ("arithmetic", "inconsistent")]),  # 318 / 1025 = 31.02%; bounds 317.5 / 1025.5 = 30.96% ..
                                                      # 318.5 / 1024.5 = 31.09% < 34.5
    # ------------------------------------------------------------------ tables (31-40)
    # 31. markdown "Segment | 2024 | 2032 | CAGR (2025-2032)": the CAGR's start not printed, the Total the whole
    dict(text="Table 2: AI in agriculture market by segment (USD million)\n"
              "| Segment | 2024 | 2032 | CAGR (2025-2032) |\n"
              "|---|---|---|---|\n"
              "| Precision farming | 812.4 | 4,236.8 | 22.9% |\n"
              "| Livestock monitoring | 356.1 | 1,702.5 | 21.6% |\n"
              "| Drone analytics | 248.7 | 1,531.2 | 25.5% |\n"
              "| Other | 139.5 | 566.9 | 19.2% |\n"
              "| Total | 1,556.7 | 8,037.4 | 22.8% |",
         obs=[("Precision farming", 2024, 812.4, "USD million", "actual"),
              ("Precision farming", 2032, 4236.8, "USD million", "estimate"),
              ("Livestock monitoring", 2024, 356.1, "USD million", "actual"),
              ("Livestock monitoring", 2032, 1702.5, "USD million", "estimate"),
              ("Drone analytics", 2024, 248.7, "USD million", "actual"),
              ("Drone analytics", 2032, 1531.2, "USD million", "estimate"),
              ("Other", 2024, 139.5, "USD million", "actual"),
              ("Other", 2032, 566.9, "USD million", "estimate"),
              ("Total", 2024, 1556.7, "USD million", "actual"),
              ("Total", 2032, 8037.4, "USD million", "estimate")],
         claims=[("cagr", 22.9, "percent", 2025, 2032, None, "stated"),
                 ("cagr", 21.6, "percent", 2025, 2032, None, "stated"),
                 ("cagr", 25.5, "percent", 2025, 2032, None, "stated"),
                 ("cagr", 19.2, "percent", 2025, 2032, None, "stated"),
                 ("cagr", 22.8, "percent", 2025, 2032, None, "stated")],
         verdicts=[("hierarchy", "exact")]),  # 812.4 + 356.1 + 248.7 + 139.5 = 1556.7; 4236.8 + 1702.5 + 1531.2 +
                                              # 566.9 = 8037.4
    # 32. vendors' revenues with a "Market total" row: the vendors nowhere, the total and its YoY expected
    dict(text="Conversational AI platform revenue by vendor, 2023-2024 (US$ million)\n"
              "| Vendor | 2023 | 2024 | YoY |\n"
              "|---|---|---|---|\n"
              "| Nuvox | 1,124 | 1,386 | 23.3% |\n"
              "| Parlance | 842 | 1,097 | 30.3% |\n"
              "| TalkWise | 615 | 702 | 14.1% |\n"
              "| Others | 3,419 | 4,531 | 32.5% |\n"
              "| Market total | 6,000 | 7,716 | 28.6% |",
         obs=[("Market total", 2023, 6000, "USD million", "actual"),
              ("Market total", 2024, 7716, "USD million", "actual")],
         claims=[("growth", 28.6, "percent", 2023, 2024, 1.0)],
         verdicts=[("cagr|implied", "exact")]),  # 7716 / 6000 - 1 = 28.60% -> 28.6
    # 33. a Chinese vertical table 年份/规模/增速 with 2026E-2028E: one rate at rounding, one contradicted
    dict(text="表1 2022-2028E年中国智能客服市场规模及增速\n"
              "| 年份 | 规模（亿元） | 增速 |\n"
              "|---|---|---|\n"
              "| 2022 | 42.5 | — |\n"
              "| 2023 | 61.8 | 45.4% |\n"
              "| 2024 | 84.9 | 37.4% |\n"
              "| 2025 | 112.4 | 32.4% |\n"
              "| 2026E | 146.0 | 29.9% |\n"
              "| 2027E | 184.5 | 26.3% |\n"
              "| 2028E | 227.3 | 24.0% |\n"
              "资料来源：某产业研究院，2026年1月",
         obs=[("规模", 2022, 42.5, "CNY 100 million", "actual"),
              ("规模", 2023, 61.8, "CNY 100 million", "actual"),
              ("规模", 2024, 84.9, "CNY 100 million", "actual"),
              ("规模", 2025, 112.4, "CNY 100 million", "actual"),
              ("规模", 2026, 146.0, "CNY 100 million", "estimate"),
              ("规模", 2027, 184.5, "CNY 100 million", "estimate"),
              ("规模", 2028, 227.3, "CNY 100 million", "estimate")],
         claims=[("growth", 45.4, "percent", 2022, 2023, 1.0),
                 ("growth", 37.4, "percent", 2023, 2024, 1.0),
                 ("growth", 32.4, "percent", 2024, 2025, 1.0),
                 ("growth", 29.9, "percent", 2025, 2026, 1.0),
                 ("growth", 26.3, "percent", 2026, 2027, 1.0),
                 ("growth", 24.0, "percent", 2027, 2028, 1.0)],
         verdicts=[("cagr|implied", "exact"),  # 61.8 / 42.5 - 1 = 45.41% -> 45.4
                   ("cagr|implied", "exact"),  # 84.9 / 61.8 - 1 = 37.38% -> 37.4
                   ("cagr|implied", "exact"),  # 112.4 / 84.9 - 1 = 32.39% -> 32.4
                   ("cagr|implied", "exact"),  # 146.0 / 112.4 - 1 = 29.89% -> 29.9
                   ("cagr|implied", "rounding"),  # 184.5 / 146.0 - 1 = 26.37% (not 26.3 +- 0.05); bounds 184.45 /
                                                  # 146.05 - 1 = 26.29% .. 184.55 / 145.95 - 1 = 26.45%
                   ("cagr|implied", "inconsistent")]),  # 227.3 / 184.5 - 1 = 23.20%; bounds 227.25 / 184.55 - 1 =
                                                        # 23.14% .. 227.35 / 184.45 - 1 = 23.26% < 23.95
    # 34. years as rows, segments as columns plus a 合计 column
    dict(text="中国智能语音市场细分结构（单位：亿元）\n"
              "| 年份 | 硬件 | 软件 | 服务 | 合计 |\n"
              "|---|---|---|---|---|\n"
              "| 2022 | 118.6 | 96.2 | 42.7 | 257.5 |\n"
              "| 2023 | 134.9 | 121.5 | 53.3 | 309.7 |\n"
              "| 2024 | 152.3 | 154.8 | 66.1 | 373.2 |\n"
              "| 2025E | 168.0 | 193.6 | 81.4 | 443.0 |",
         obs=[("硬件", 2022, 118.6, "CNY 100 million", "actual"),
              ("硬件", 2023, 134.9, "CNY 100 million", "actual"),
              ("硬件", 2024, 152.3, "CNY 100 million", "actual"),
              ("硬件", 2025, 168.0, "CNY 100 million", "estimate"),
              ("软件", 2022, 96.2, "CNY 100 million", "actual"),
              ("软件", 2023, 121.5, "CNY 100 million", "actual"),
              ("软件", 2024, 154.8, "CNY 100 million", "actual"),
              ("软件", 2025, 193.6, "CNY 100 million", "estimate"),
              ("服务", 2022, 42.7, "CNY 100 million", "actual"),
              ("服务", 2023, 53.3, "CNY 100 million", "actual"),
              ("服务", 2024, 66.1, "CNY 100 million", "actual"),
              ("服务", 2025, 81.4, "CNY 100 million", "estimate"),
              ("合计", 2022, 257.5, "CNY 100 million", "actual"),
              ("合计", 2023, 309.7, "CNY 100 million", "actual"),
              ("合计", 2024, 373.2, "CNY 100 million", "actual"),
              ("合计", 2025, 443.0, "CNY 100 million", "estimate")],
         claims=[],
         verdicts=[("hierarchy", "exact")]),  # 118.6 + 96.2 + 42.7 = 257.5; 134.9 + 121.5 + 53.3 = 309.7; 152.3 +
                                              # 154.8 + 66.1 = 373.2; 168.0 + 193.6 + 81.4 = 443.0
    # 35. negatives in parentheses in a "Change" column: one region's rate contradicted, the Total the whole
    dict(text="Exhibit 5: Conversational AI software spending by region (US$ million)\n"
              "| Region | 2023 | 2024 | Change |\n"
              "|---|---|---|---|\n"
              "| North America | 2,184 | 2,618 | 19.9% |\n"
              "| Europe | 1,402 | 1,354 | (3.4%) |\n"
              "| Asia Pacific | 967 | 1,238 | 26.0% |\n"
              "| Rest of world | 311 | 300 | (3.5%) |\n"
              "| Total | 4,864 | 5,510 | 13.3% |",
         obs=[("North America", 2023, 2184, "USD million", "actual"),
              ("North America", 2024, 2618, "USD million", "actual"),
              ("Europe", 2023, 1402, "USD million", "actual"),
              ("Europe", 2024, 1354, "USD million", "actual"),
              ("Asia Pacific", 2023, 967, "USD million", "actual"),
              ("Asia Pacific", 2024, 1238, "USD million", "actual"),
              ("Rest of world", 2023, 311, "USD million", "actual"),
              ("Rest of world", 2024, 300, "USD million", "actual"),
              ("Total", 2023, 4864, "USD million", "actual"),
              ("Total", 2024, 5510, "USD million", "actual")],
         claims=[("growth", 19.9, "percent", 2023, 2024, 1.0),
                 ("growth", -3.4, "percent", 2023, 2024, 1.0),
                 ("growth", 26.0, "percent", 2023, 2024, 1.0),
                 ("growth", -3.5, "percent", 2023, 2024, 1.0),
                 ("growth", 13.3, "percent", 2023, 2024, 1.0)],
         verdicts=[("cagr|implied", "exact"),  # 2618 / 2184 - 1 = 19.87% -> 19.9
                   ("cagr|implied", "exact"),  # 1354 / 1402 - 1 = -3.42% -> -3.4
                   ("cagr|implied", "inconsistent"),  # 1238 / 967 - 1 = 28.02%; bounds 1237.5 / 967.5 - 1 = 27.91%
                                                      # .. 1238.5 / 966.5 - 1 = 28.14% > 26.05
                   ("cagr|implied", "exact"),  # 300 / 311 - 1 = -3.54% -> -3.5
                   ("cagr|implied", "exact"),  # 5510 / 4864 - 1 = 13.28% -> 13.3
                   ("hierarchy", "exact")]),  # 2184 + 1402 + 967 + 311 = 4864; 2618 + 1354 + 1238 + 300 = 5510
    # 36. tab-separated with a units column: "USD bn", "million units", a per-unit price in USD (no figure)
    dict(text="Edge AI market indicators\n"
              "Indicator\tUnit\t2023\t2024\t2025E\n"
              "Market size\tUSD bn\t14.6\t19.8\t26.1\n"
              "YoY\t%\t—\t35.6%\t31.8%\n"
              "Shipments\tmillion units\t412\t538\t690\n"
              "Average selling price\tUSD\t35.4\t36.8\t37.8\n"
              "Source: Sentinel Research, January 2025",
         obs=[("Market size", 2023, 14.6, "USD billion", "actual"),
              ("Market size", 2024, 19.8, "USD billion", "actual"),
              ("Market size", 2025, 26.1, "USD billion", "estimate"),
              ("Shipments", 2023, 412, "count million", "actual"),
              ("Shipments", 2024, 538, "count million", "actual"),
              ("Shipments", 2025, 690, "count million", "estimate")],
         claims=[("growth", 35.6, "percent", 2023, 2024, 1.0),
                 ("growth", 31.8, "percent", 2024, 2025, 1.0)],
         verdicts=[("cagr|implied", "exact"),  # 19.8 / 14.6 - 1 = 35.62% -> 35.6
                   ("cagr|implied", "exact")]),  # 26.1 / 19.8 - 1 = 31.82% -> 31.8
    # 37. space-aligned with footnote marks on the labels ("Software¹"), the notes under it no figure
    dict(text="AI in cybersecurity spending by segment (US$ billion)\n"
              "Segment        2023     2024     2025F\n"
              "Software¹      14.2     17.9     22.3\n"
              "Hardware²       5.1      6.0      6.8\n"
              "Services        8.4     10.3     12.6\n"
              "Total          27.7     34.2     41.7\n"
              "¹ Includes platforms sold as a service. ² Appliances and accelerator cards. F = forecast.",
         obs=[("Software", 2023, 14.2, "USD billion", "actual"),
              ("Software", 2024, 17.9, "USD billion", "actual"),
              ("Software", 2025, 22.3, "USD billion", "estimate"),
              ("Hardware", 2023, 5.1, "USD billion", "actual"),
              ("Hardware", 2024, 6.0, "USD billion", "actual"),
              ("Hardware", 2025, 6.8, "USD billion", "estimate"),
              ("Services", 2023, 8.4, "USD billion", "actual"),
              ("Services", 2024, 10.3, "USD billion", "actual"),
              ("Services", 2025, 12.6, "USD billion", "estimate"),
              ("Total", 2023, 27.7, "USD billion", "actual"),
              ("Total", 2024, 34.2, "USD billion", "actual"),
              ("Total", 2025, 41.7, "USD billion", "estimate")],
         claims=[],
         verdicts=[("hierarchy", "exact")]),  # 14.2 + 5.1 + 8.4 = 27.7; 17.9 + 6.0 + 10.3 = 34.2; 22.3 + 6.8 +
                                              # 12.6 = 41.7
    # 38. a Traditional Chinese table of 出貨量 (units, not money) with a 年增率 row for the 合計
    dict(text="2023-2025年全球AI PC出貨量（單位：萬台）\n"
              "| 類別 | 2023年 | 2024年 | 2025年(預估) |\n"
              "|---|---|---|---|\n"
              "| AI筆電 | 1,860 | 4,120 | 7,350 |\n"
              "| AI桌機 | 420 | 980 | 1,650 |\n"
              "| 合計 | 2,280 | 5,100 | 9,000 |\n"
              "| 年增率 | — | 123.7% | 76.5% |\n"
              "資料來源：某產業研究中心，2025年3月",
         obs=[("AI筆電", 2023, 1860, "count 10 thousand", "actual"),
              ("AI筆電", 2024, 4120, "count 10 thousand", "actual"),
              ("AI筆電", 2025, 7350, "count 10 thousand", "estimate"),
              ("AI桌機", 2023, 420, "count 10 thousand", "actual"),
              ("AI桌機", 2024, 980, "count 10 thousand", "actual"),
              ("AI桌機", 2025, 1650, "count 10 thousand", "estimate"),
              ("合計", 2023, 2280, "count 10 thousand", "actual"),
              ("合計", 2024, 5100, "count 10 thousand", "actual"),
              ("合計", 2025, 9000, "count 10 thousand", "estimate")],
         claims=[("growth", 123.7, "percent", 2023, 2024, 1.0),
                 ("growth", 76.5, "percent", 2024, 2025, 1.0)],
         verdicts=[("cagr|implied", "exact"),  # 5100 / 2280 - 1 = 123.68% -> 123.7
                   ("cagr|implied", "exact"),  # 9000 / 5100 - 1 = 76.47% -> 76.5
                   ("hierarchy", "exact")]),  # 1860 + 420 = 2280; 4120 + 980 = 5100; 7350 + 1650 = 9000
    # 39. years as rows with a "Total" column (not a row) as the whole
    dict(text="AI in healthcare diagnostics revenue by clinical area (US$ billion)\n"
              "| Year | Imaging | Pathology | Cardiology | Other | Total |\n"
              "|---|---|---|---|---|---|\n"
              "| 2022 | 1.12 | 0.31 | 0.27 | 0.22 | 1.92 |\n"
              "| 2023 | 1.41 | 0.42 | 0.35 | 0.27 | 2.45 |\n"
              "| 2024 | 1.76 | 0.58 | 0.46 | 0.34 | 3.14 |\n"
              "| 2025E | 2.18 | 0.79 | 0.59 | 0.41 | 3.97 |",
         obs=[("Imaging", 2022, 1.12, "USD billion", "actual"),
              ("Imaging", 2023, 1.41, "USD billion", "actual"),
              ("Imaging", 2024, 1.76, "USD billion", "actual"),
              ("Imaging", 2025, 2.18, "USD billion", "estimate"),
              ("Pathology", 2022, 0.31, "USD billion", "actual"),
              ("Pathology", 2023, 0.42, "USD billion", "actual"),
              ("Pathology", 2024, 0.58, "USD billion", "actual"),
              ("Pathology", 2025, 0.79, "USD billion", "estimate"),
              ("Cardiology", 2022, 0.27, "USD billion", "actual"),
              ("Cardiology", 2023, 0.35, "USD billion", "actual"),
              ("Cardiology", 2024, 0.46, "USD billion", "actual"),
              ("Cardiology", 2025, 0.59, "USD billion", "estimate"),
              ("Other", 2022, 0.22, "USD billion", "actual"),
              ("Other", 2023, 0.27, "USD billion", "actual"),
              ("Other", 2024, 0.34, "USD billion", "actual"),
              ("Other", 2025, 0.41, "USD billion", "estimate"),
              ("Total", 2022, 1.92, "USD billion", "actual"),
              ("Total", 2023, 2.45, "USD billion", "actual"),
              ("Total", 2024, 3.14, "USD billion", "actual"),
              ("Total", 2025, 3.97, "USD billion", "estimate")],
         claims=[],
         verdicts=[("hierarchy", "exact")]),  # 1.12 + 0.31 + 0.27 + 0.22 = 1.92; 1.41 + 0.42 + 0.35 + 0.27 = 2.45;
                                              # 1.76 + 0.58 + 0.46 + 0.34 = 3.14; 2.18 + 0.79 + 0.59 + 0.41 = 3.97
    # 40. a header over two lines ("2024" above "(US$ bn)", "CAGR" above "2023-25"): one CAGR at rounding
    dict(text="Exhibit 3: AI in banking spending by function\n"
              "                    2023        2024        2025E       CAGR\n"
              "                  (US$ bn)    (US$ bn)    (US$ bn)    2023-25\n"
              "Fraud and risk       8.4        10.6        13.1       24.9%\n"
              "Customer service     6.2         7.9         9.8       25.7%\n"
              "Back office          3.1         3.8         4.7       23.6%\n"
              "Total               17.7        22.3        27.6       24.9%",
         obs=[("Fraud and risk", 2023, 8.4, "USD billion", "actual"),
              ("Fraud and risk", 2024, 10.6, "USD billion", "actual"),
              ("Fraud and risk", 2025, 13.1, "USD billion", "estimate"),
              ("Customer service", 2023, 6.2, "USD billion", "actual"),
              ("Customer service", 2024, 7.9, "USD billion", "actual"),
              ("Customer service", 2025, 9.8, "USD billion", "estimate"),
              ("Back office", 2023, 3.1, "USD billion", "actual"),
              ("Back office", 2024, 3.8, "USD billion", "actual"),
              ("Back office", 2025, 4.7, "USD billion", "estimate"),
              ("Total", 2023, 17.7, "USD billion", "actual"),
              ("Total", 2024, 22.3, "USD billion", "actual"),
              ("Total", 2025, 27.6, "USD billion", "estimate")],
         claims=[("cagr", 24.9, "percent", 2023, 2025, None, "stated"),
                 ("cagr", 25.7, "percent", 2023, 2025, None, "stated"),
                 ("cagr", 23.6, "percent", 2023, 2025, None, "stated"),
                 ("cagr", 24.9, "percent", 2023, 2025, None, "stated")],
         verdicts=[("cagr", "exact"),  # (13.1 / 8.4) ** (1 / 2) - 1 = 24.88% -> 24.9
                   ("cagr", "exact"),  # (9.8 / 6.2) ** (1 / 2) - 1 = 25.72% -> 25.7
                   ("cagr", "rounding"),  # (4.7 / 3.1) ** (1 / 2) - 1 = 23.13% (not 23.6 +- 0.05); bounds
                                          # (4.65 / 3.15) ** 0.5 - 1 = 21.50% .. (4.75 / 3.05) ** 0.5 - 1 = 24.79%
                   ("cagr", "exact"),  # (27.6 / 17.7) ** (1 / 2) - 1 = 24.87% -> 24.9
                   ("hierarchy", "exact")]),  # 8.4 + 6.2 + 3.1 = 17.7; 10.6 + 7.9 + 3.8 = 22.3; 13.1 + 9.8 + 4.7 =
                                              # 27.6
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "twenty-ninth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'is projected to grow from USD 3.42 billion in 2024 to USD 21.86 billion by 2032, at a CAGR of',
    'North America held the largest share at 38.2% in 2024',
    'Asia Pacific is the fastest-growing region',
    'software accounted for USD 4.1 billion',
    'Market opportunity',
    '$120B+ by 2028',
    '€1.2 billion over 2025-2027',
    'between $26 billion and $44 billion annually',
    'An earlier version of this article misstated',
    'while the AI software market',
    '£410 million',
    'Third Quarter Fiscal 2025 Results',
    'grew by a third',
    'fell by half',
    'rose 1.5x',
    'two hundred billion dollars',
    'a quarter of a trillion dollars',
    'a compound annual growth rate (CAGR) of',
    '产业规模已达3.2万亿元，增长12.6%',
    '预计2027年将达892.6亿元',
    '规模超过4万亿元',
    '年均增长15%以上',
    '公司实现营业收入',
    '5亿元C轮融资',
    '出貨量將達214萬台',
    '億港元（約23.8億美元）',
    '增长了3倍',
    '较2023年增加23.5亿元',
    '| Segment | 2024 | 2032 | CAGR (2025-2032) |',
    'Software¹',
)
#: the set's blind score (set when it is first scored)
FLOORS = {"figures_found": 176, "rates_found": 60, "verdicts_right": 54}


if __name__ == "__main__":  # python tests/extract_checkset29.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
