"""A twenty-eighth check set for the extractor, written blind: an analyst firm's market-share release, a quarterly
tracker, a central bank's box, a UK sector study, Indian, Japanese, Korean and Canadian items, a wire story, a social
post, a webinar transcript, an encyclopaedia article, a forecaster's scenarios and outlooks, Chinese news agencies,
ministries, white papers, consultancies, an annual report, a city's work report and a flash, Taiwan items, and tables
in every layout.

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

What this set's sources add to them: in an analyst firm's Market Share Analysis release "grew 31.4% year over year to
$14.2 billion in 2024, up from $10.8 billion in 2023" gives the market its two figures and a year-on-year rate reached
only at the rounding of its amounts; the vendors' revenues are expected nowhere (a vendor's sales are not the market),
so the shares beside them ("a 20.4% share", "a 14.8% share") and the five largest vendors' "46.8% of the market" are
shares without a verdict, and the count of vendors covered is boilerplate. In a quarterly tracker the quarter's figure
("in 2Q25") with its growth over 2Q24 and the half year's ("For the first half of 2025") are expected nowhere, while
"for the full year 2025" is the dateline's year under a forecast cue (``estimate``) and "the $97.8 billion recorded for
the full year 2024" its ``actual`` base with the year-on-year rate between them. A central bank's box holds no market
figure: a GDP level effect ("1.1% by 2030"), "0.5 percentage point of GDP" and investment as a share of GDP are expected
nowhere. In a UK sector study "£1,870 million" is GBP million, "£622 million in 2019" its base, "24.6% per annum over
the five years to 2024" a CAGR whose span is printed (``stated``), "£742 million of GVA" the sector's gross value added,
an item of its own (``GVA``), and the staff and their regions boilerplate. INR and ₹ crore are a currency the unit table
does not hold: "INR 48.5 billion (about US$585 million) in FY24" gives 2024 its observation in USD million, "up 27.6%
from INR 38.0 billion in FY23" a year-on-year rate with its verdict from the rupee amounts, "₹21,400 crore (US$2.6
billion) by FY30" the 2030 ``estimate`` in the series' unit (2600), and "a compound annual rate of 31% between FY24 and
FY30" a ``stated`` CAGR its amounts contradict (₹21,400 crore is INR 214 billion); the insurers surveyed are a count. In
a Japanese ministry's survey "grew 18.3% in fiscal 2024 to ¥486 billion" is a year-on-year rate whose base is not
printed, "top ¥1.2 trillion (about $8 billion) in fiscal 2030" an approximate ``estimate`` in the series' unit (1200 JPY
billion) and its dollar conversion none, "implying average growth of about 16% a year" ``inferred`` and approximate, and
the plants surveyed boilerplate. Won is a currency the unit table does not hold: "exceed KRW 3 trillion (US$2.2 billion)
in 2027" and "KRW 1.43 trillion (US$1.05 billion) in 2024" give each year its observation in USD billion, "over
2024-2027" prints the CAGR's span, whose verdict comes from the won amounts (their US$ amounts give the same), and the
studios' answer is a survey's. In a wire story "according to estimates by" gives the market's figures, "this year" and
"next year" count from the dateline, "up 17.4% from $6.9 billion in 2024" is a year-on-year rate with its base, and what
a start-up is raising and its valuation ("two people familiar with the matter said") are expected nowhere. In a social
post with emoji bullets "📊 $14.8 B in 2024" and "📈 $39.5 B by 2030" give each year its figure ("B" is USD billion), "🔁
~18% CAGR" is ``inferred`` and approximate, "Contact centres = 37% of 2024 spend" a share, and hashtags and reactions
are expected nowhere. In a webinar transcript spoken figures are expected in digits ("a hundred billion dollar market by
2028" -> 100, "thirty-two billion dollars" last year -> 32), "A bit more than triples" is x3 over four years and
"thirty-three percent a year, compounded" ``inferred``; the people on the line are a headcount. In an encyclopaedia
article a bracketed mark after a figure or its comma ("$15.7 trillion[3]", "in 2023,[4]") is a footnote mark, what AI
"could add ... to the world economy" is no market figure, expected nowhere, "a compound annual growth rate of 24.8%"
after the two amounts is ``inferred``, and warehouse robotics' "35.2% of revenue in 2023" a share. Of two scenarios only
the base case is kept ("$21.5bn by 2030"; the upside case's "$29bn" is expected nowhere), and "a CAGR of 24.1% over
2024-2030" is ``stated`` and contradicted by its amounts. "Measured in 2024 dollars" names a price base, no year of a
figure, and "from 2024 through 2030" prints the CAGR's span (``stated``). "More than doubled between 2022 and 2024" is
x2 over two years and "a fivefold increase on 2024" x5 from 2024 to 2034; the studios surveyed are a count. "Nearly
tripled in 2024 alone" is x3 over one year, its two amounts given in a parenthetical aside ("(to $51.2 billion, from
$18.4 billion in 2023)"), and "is expected to reach $142.5 billion by 2029, growing at a CAGR of 22.7% from 2024" names
the rate's start and its forecast's end (``stated``). C$ is a currency the unit table does not hold: "C$1.84 billion
(US$1.36 billion)" gives 2024 its observation in US$, "an increase of 21.6% over 2023" a rate whose base is not printed,
"C$4.1 billion (US$3.0 billion) by 2028" the ``estimate``, "implying annual growth of about 22%" ``inferred`` with its
verdict from the C$ amounts (the US$ amounts give the same), and Quebec's "23% of national revenue" a share. In a
新华社-style item the dateline and the reporter are boilerplate, 记者从……获悉 gives the market's figure, 规模超过1.2万亿元 is an
approximate figure in CNY trillion, 同比增长约24% an approximate year-on-year rate whose base is not printed, and the test
roads and licences boilerplate. At a 工信部-style 发布会 规模以上机器人企业营业收入 is the market's figure, 增速较上年提高4.2个百分点 no rate,
其中，服务机器人企业营业收入为865亿元，占比36.7% a part (``服务机器人``) with a share and its ``arithmetic`` verdict, and the count of new firms
boilerplate. In a 信通院-style 白皮书 the title year is boilerplate, 较2023年的298.6亿元增长38.1% a year-on-year rate with its base,
占全球比重约为31% a share and 将超过1,000亿元 an approximate ``estimate``. In a 智研咨询-style report 较上年增长21.6% is a rate whose base is
not printed, 金融行业应用占比约27% a share, 将突破300亿元 an approximate ``estimate`` and 2024-2028年复合增长率约为23.6% ``stated``. In a 上市公司
年报 the 证券代码, the company's 营业收入 and its growth are expected nowhere, the industry's figures it cites are the market's
(``Total``), 年均复合增长率为41.2% after them ``inferred`` and contradicted by its amounts, and 公司在该市场的份额约为0.9% a share. In a
city's 政府工作报告 the report's title year is boilerplate, 力争到2027年……突破1,000亿元 a target (an approximate ``estimate``), and
the data centres, the EFLOPS of computing power and the firms to be fostered boilerplate. In a 财联社 flash the 【】
headline's round figure (有望超2300亿元) is the body's 2025 figure, expected once at the body's value, and 渗透率 no share. In a
經濟日報-style item the reporter and the date are boilerplate, 今年 the dateline's year, 新台幣2.4兆元（約800億美元） gives it its
``estimate`` in USD 100 million, 較去年的1.53兆元年增率達56.9% is a year-on-year rate whose verdict comes from the 新台幣 amounts,
明年……3兆元 (新台幣) no observation and 逾七成 a fraction in words. In a 資策會 MIC release 今（14）日 is a date, 2024至2027年年複合成長率 prints
the CAGR's span (``stated``) and the 占有率 of Taiwan's firms is a share. 近千亿元，达到968亿元 is the year's figure at its most
precise statement (968), 较2021年的462亿元翻了一番 x2 over three years. 同比下降6.8% is a negative year-on-year rate with its base,
and the amount of the fall (减少22.8亿元) is expected nowhere. In a Traditional Chinese item in 新台幣 alone there is no
observation, but 較2023年的68億元成長26.5% is a claim with its verdict from the 新台幣 amounts; 約有四成 and the 導入率 with its 個百分點 are
expected nowhere. 其中座舱域控制器规模为392亿元，占比约30% is a part whose share its amounts contradict, 相比2023年的1,100亿元增长39.4% a rate
reached only at the rounding of its amounts, and 超过五成 a fraction in words. In tables: a markdown table "| US$ million |
2023 | 2024 | YoY |" gives each use case its figures, its YoY column each row's year-on-year rate (one contradicted by
its figures) and its Total row the whole; "FY23 | FY24 | FY25E" headers give the years 2023 to 2025, FY25E an
``estimate``, and the table's number and source line are boilerplate; a region-by-year table's "CAGR 24-30" column gives
each row its ``stated`` CAGR over 2024-2030 (the Rest of World's reached only at the rounding of its figures), 2030F an
``estimate`` and "Global" the whole; a Chinese table with 年份 as columns gives its 规模（亿元） row to the item ``规模`` (CNY 100
million) and its 增长率 row each year's rate ("—" no figure, one reached only at the rounding of its figures), and its
title years and 资料来源 line are boilerplate; "$12.1B" in every cell is USD billion and the total row's label ("Total
generative AI software") its item; a tab-separated table's "Share of total" column gives each part its share with an
``arithmetic`` verdict, its header "2024 (US$ m)" the year and the unit, and its 100.0% no claim; a space-aligned table
of countries under a caption in US$ billion gives each country its figures and its "World" row the whole; a Traditional
Chinese 產值 table under 單位：億美元 gives the item ``產值`` its figures, 2025年(預估) an ``estimate``, its 年增率 row each year's rate
(2022's, whose base is not printed, without a verdict) and its 資料來源 line boilerplate; a footnote "e = estimate" makes
the "2025e" and "2026e" columns ``estimate``; and a space-aligned table whose figures carry apostrophes as thousands
separators ("184'250") takes its unit from its caption ("(EUR thousand)"). Markets vary (AI in marketing, AI servers, AI
in logistics, AI in insurance, AI in manufacturing, AI in gaming, computer vision, speech recognition, generative AI
software, AI PCs, 智能网联汽车, 机器人, 数字人, 智能客服, AI手机, 算力, AI PC, AI伺服器, 生成式AI軟體, AI营销, 智能语音硬件, 智慧客服, 智能座舱, AI服务器, AI晶片);
publishers, speakers and companies are invented, the sentences are the project's own and the figures plausible.
``python tests/extract_checkset28.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------ English prose (1-16)
    # 1. an analyst firm's Market Share Analysis release: the market beside its vendors' revenues and shares
    dict(text="STAMFORD, Conn., June 3, 2025 — Worldwide revenue from AI-powered marketing software grew 31.4% year "
              "over year to $14.2 billion in 2024, up from $10.8 billion in 2023, according to the annual Market Share "
              "Analysis published today by Veridian Insight. The five largest vendors together held 46.8% of the "
              "market. Adobrix kept first place with revenue of $2.9 billion, a 20.4% share, ahead of Salesline with "
              "$2.1 billion and a 14.8% share. \"Buyers are consolidating their marketing stacks around fewer "
              "suites,\" said Priya Nandakumar, research vice president at Veridian. The analysis covers 212 vendors.",
         obs=[("Total", 2023, 10.8, "USD billion", "actual"),
              ("Total", 2024, 14.2, "USD billion", "actual")],
         claims=[("growth", 31.4, "percent", 2023, 2024, 1.0),
                 ("share", 46.8, "percent", 2024, 2024, None),
                 ("share", 20.4, "percent", 2024, 2024, None),
                 ("share", 14.8, "percent", 2024, 2024, None)],
         verdicts=[("cagr|implied", "rounding")]),  # 14.2 / 10.8 - 1 = 31.48% (not 31.4 +- 0.05); bounds 14.15 / 10.85
                                                    # - 1 = 30.41% .. 14.25 / 10.75 - 1 = 32.56%
    # 2. a quarterly tracker: the quarter's and the half year's figures beside the full years'
    dict(text="FRAMINGHAM, Mass., September 9, 2025 — Vendor revenue in the worldwide AI server market reached $38.6 "
              "billion in 2Q25, an increase of 92.5% over 2Q24, according to Kestrel Data's Worldwide Quarterly AI "
              "Server Tracker. For the first half of 2025 revenue totalled $71.3 billion. Kestrel now expects the "
              "market to reach $152.4 billion for the full year 2025, an increase of 55.8% over the $97.8 billion "
              "recorded for the full year 2024. Accelerated systems with eight or more GPUs made up the bulk of "
              "shipments in the quarter.",
         obs=[("Total", 2024, 97.8, "USD billion", "actual"),
              ("Total", 2025, 152.4, "USD billion", "estimate")],
         claims=[("growth", 55.8, "percent", 2024, 2025, 1.0)],
         verdicts=[("cagr|implied", "exact")]),  # 152.4 / 97.8 - 1 = 55.83% -> 55.8
    # 3. a central bank's box: percentages of GDP, no market figure
    dict(text="Box 2: Artificial intelligence and the productivity outlook. Staff estimates suggest that broad "
              "adoption of generative AI could raise the level of GDP by about 1.1% by 2030, and add 0.5 percentage "
              "point of GDP to annual growth at the peak of the adoption cycle. Business investment in AI-related "
              "equipment and software is estimated at 0.8% of GDP in 2024, up from 0.5% in 2022, and is concentrated "
              "in a small number of large firms. The effect on inflation is expected to be modest, lowering core "
              "inflation by 0.1 to 0.2 percentage point a year over the projection horizon.",
         obs=[], claims=[], verdicts=[]),
    # 4. a UK government sector study: GBP million, GVA, per annum over the five years to 2024
    dict(text="The Department's sector study finds that the UK market for AI in logistics — software, services and "
              "hardware sold by AI-active firms to freight and warehouse operators — generated £1,870 million in "
              "revenue in 2024, up from £622 million in 2019: growth of 24.6% per annum over the five years to 2024. "
              "The same firms contributed £742 million of GVA in 2024 and employed an estimated 9,400 people, 61% of "
              "them in London and the South East.",
         obs=[("Total", 2019, 622.0, "GBP million", "actual"),
              ("Total", 2024, 1870.0, "GBP million", "actual"),
              ("GVA", 2024, 742.0, "GBP million", "actual")],
         claims=[("cagr", 24.6, "percent", 2019, 2024, None, "stated")],
         verdicts=[("cagr", "exact")]),  # (1870 / 622) ** (1 / 5) - 1 = 24.63% -> 24.6; bounds 24.60% .. 24.65%
    # 5. an Indian release: INR and crore (no observation) beside US$
    dict(text="MUMBAI, February 12, 2025 — India's market for AI in insurance reached INR 48.5 billion (about US$585 "
              "million) in FY24, up 27.6% from INR 38.0 billion in FY23, according to a report released on Wednesday "
              "by the Insurance Technology Forum of India. The forum projects ₹21,400 crore (US$2.6 billion) by FY30, "
              "a compound annual rate of 31% between FY24 and FY30. Claims processing accounted for 42% of FY24 "
              "spending, the report said, and 57 insurers took part in the survey.",
         obs=[("Total", 2024, 585.0, "USD million", "actual"),
              ("Total", 2030, 2600.0, "USD million", "estimate")],
         claims=[("growth", 27.6, "percent", 2023, 2024, 1.0),
                 ("cagr", 31.0, "percent", 2024, 2030, None, "stated"),
                 ("share", 42.0, "percent", 2024, 2024, None)],
         verdicts=[("cagr|implied", "exact"),  # INR 48.5 / 38.0 - 1 = 27.63% -> 27.6
                   ("cagr", "inconsistent")]),  # INR (214 / 48.5) ** (1 / 6) - 1 = 28.07% vs 31 +- 0.5; bounds (213.995
                                                # / 48.55) .. (214.005 / 48.45) -> 28.05% .. 28.09% (US$ 2600 / 585:
                                                # 28.22%, bounds 27.79% .. 28.65%)
    # 6. a Japanese ministry's survey in yen: fiscal 2024, ¥1.2 trillion in a series opened in JPY billion
    dict(text="TOKYO — Japan's market for AI in manufacturing grew 18.3% in fiscal 2024 to ¥486 billion, the industry "
              "ministry's annual survey of factory digitalisation showed on Tuesday, and is expected to top ¥1.2 "
              "trillion (about $8 billion) in fiscal 2030, implying average growth of about 16% a year. The survey "
              "covered 3,150 plants.",
         obs=[("Total", 2024, 486.0, "JPY billion", "actual"),
              ("Total", 2030, 1200.0, "JPY billion", "estimate")],
         claims=[("growth", 18.3, "percent", 2023, 2024, 1.0),
                 ("cagr", 16.0, "percent", 2024, 2030, None, "inferred")],
         verdicts=[("cagr|period", "exact")]),  # (1200 / 486) ** (1 / 6) - 1 = 16.26% -> 16 (+- 0.5); bounds (1150 /
                                                # 486.5) .. (1250 / 485.5) -> 15.42% .. 17.07%
    # 7. a Korean item in won (no observation) beside US$
    dict(text="SEOUL, Jan. 15, 2025 — South Korea's market for AI in gaming is set to exceed KRW 3 trillion (US$2.2 "
              "billion) in 2027, up from KRW 1.43 trillion (US$1.05 billion) in 2024, an average annual increase of "
              "28.0% over 2024-2027, the Korea Game Content Agency said in a report on Wednesday. The agency surveyed "
              "640 game studios, 38% of which said they already use generative AI in production.",
         obs=[("Total", 2024, 1.05, "USD billion", "actual"),
              ("Total", 2027, 2.2, "USD billion", "estimate")],
         claims=[("cagr", 28.0, "percent", 2024, 2027, None, "stated")],
         verdicts=[("cagr", "exact")]),  # KRW (3 / 1.43) ** (1 / 3) - 1 = 28.02% -> 28.0; US$ (2.2 / 1.05) ** (1 / 3) -
                                         # 1 = 27.96% -> 28.0
    # 8. a wire story: according to estimates by, people familiar with the matter
    dict(text="SAN FRANCISCO, Nov 4, 2025 (Newswire) - Spending on computer vision software by retailers and "
              "warehouse operators is on track to reach $8.1 billion this year, up 17.4% from $6.9 billion in 2024, "
              "and could climb to $9.7 billion next year, according to estimates by research firm Halden Partners. "
              "The forecast comes as Lumisight, a start-up that sells shelf-scanning cameras, is in talks to raise "
              "about $400 million at a valuation of roughly $5 billion, two people familiar with the matter said. "
              "Lumisight declined to comment.",
         obs=[("Total", 2024, 6.9, "USD billion", "actual"),
              ("Total", 2025, 8.1, "USD billion", "estimate"),
              ("Total", 2026, 9.7, "USD billion", "estimate")],
         claims=[("growth", 17.4, "percent", 2024, 2025, 1.0)],
         verdicts=[("cagr|implied", "exact")]),  # 8.1 / 6.9 - 1 = 17.39% -> 17.4
    # 9. a social post with emoji bullets
    dict(text="🚀 Speech recognition is quietly becoming a very big business.\n"
              "📊 $14.8 B in 2024\n"
              "📈 $39.5 B by 2030\n"
              "🔁 ~18% CAGR\n"
              "🎧 Contact centres = 37% of 2024 spend\n"
              "Who's building in this space? 👇\n"
              "#VoiceAI #SpeechRecognition #ConversationalAI\n"
              "👍 486 · 💬 52 · 🔁 19",
         obs=[("Total", 2024, 14.8, "USD billion", "actual"),
              ("Total", 2030, 39.5, "USD billion", "estimate")],
         claims=[("cagr", 18.0, "percent", 2024, 2030, None, "inferred"),
                 ("share", 37.0, "percent", 2024, 2024, None)],
         verdicts=[("cagr|period", "exact")]),  # (39.5 / 14.8) ** (1 / 6) - 1 = 17.78% -> 18 (+- 0.5)
    # 10. a webinar transcript: figures in words
    dict(text="[Transcript, 'Sizing generative AI' webinar, recorded March 12, 2025]\n"
              "MODERATOR: So how big is this market, honestly?\n"
              "DR. OKAFOR: If you add up generative AI software — the models sold by subscription, the apps, the "
              "tooling — we're talking about a hundred billion dollar market by 2028. Last year it was something like "
              "thirty-two billion dollars.\n"
              "MODERATOR: So it roughly triples in four years?\n"
              "DR. OKAFOR: A bit more than triples, yes. Call it thirty-three percent a year, compounded.\n"
              "MODERATOR: We have about 1,200 people on the line, so let's take questions.",
         obs=[("Total", 2024, 32.0, "USD billion", "actual"),
              ("Total", 2028, 100.0, "USD billion", "estimate")],
         claims=[("multiple", 3.0, "multiple", 2024, 2028, 4.0),
                 ("cagr", 33.0, "percent", 2024, 2028, None, "inferred")],
         verdicts=[("cagr|period", "exact")]),  # (100 / 32) ** (1 / 4) - 1 = 32.96% -> 33; 100 / 32 = 3.1 -> x3
    # 11. an encyclopaedia article with footnote marks
    dict(text="Artificial intelligence in logistics refers to the use of machine learning and related techniques for "
              "routing, warehousing and freight matching. One widely cited study estimated that AI could add as much "
              "as $15.7 trillion[3] to the world economy by 2030. The market for AI in logistics was valued at "
              "US$12.4 billion in 2023,[4] and was projected to reach US$46.8 billion by 2029, a compound annual "
              "growth rate of 24.8%.[5][6] Warehouse robotics was the largest segment, with 35.2% of revenue in "
              "2023.[7]",
         obs=[("Total", 2023, 12.4, "USD billion", "actual"),
              ("Total", 2029, 46.8, "USD billion", "estimate")],
         claims=[("cagr", 24.8, "percent", 2023, 2029, None, "inferred"),
                 ("share", 35.2, "percent", 2023, 2023, None)],
         verdicts=[("cagr|period", "exact")]),  # (46.8 / 12.4) ** (1 / 6) - 1 = 24.78% -> 24.8
    # 12. a forecaster's two scenarios: only the base case is kept
    dict(text="Our model has two scenarios. In the base case, the market for AI in insurance grows from $6.3bn in 2024 "
              "to $21.5bn by 2030; in the upside case, where insurers automate claims handling faster, it reaches "
              "$29bn. The base case implies a CAGR of 24.1% over 2024-2030. Underwriting tools account for 28% of the "
              "2024 total.",
         obs=[("Total", 2024, 6.3, "USD billion", "actual"),
              ("Total", 2030, 21.5, "USD billion", "estimate")],
         claims=[("cagr", 24.1, "percent", 2024, 2030, None, "stated"),
                 ("share", 28.0, "percent", 2024, 2024, None)],
         verdicts=[("cagr", "inconsistent")]),  # (21.5 / 6.3) ** (1 / 6) - 1 = 22.70%; bounds (21.45 / 6.35) .. (21.55
                                                # / 6.25) -> 22.49% .. 22.91%, far below 24.1
    # 13. constant dollars and a CAGR "from 2024 through 2030"
    dict(text="Measured in 2024 dollars, spending on AI in manufacturing will rise from $5.9 billion in 2024 to $19.3 "
              "billion in 2030, a compound annual growth rate of 21.8% from 2024 through 2030, the Institute for "
              "Industrial Automation projects in its annual outlook. Predictive maintenance, the largest use, made up "
              "31% of 2024 spending.",
         obs=[("Total", 2024, 5.9, "USD billion", "actual"),
              ("Total", 2030, 19.3, "USD billion", "estimate")],
         claims=[("cagr", 21.8, "percent", 2024, 2030, None, "stated"),
                 ("share", 31.0, "percent", 2024, 2024, None)],
         verdicts=[("cagr", "exact")]),  # (19.3 / 5.9) ** (1 / 6) - 1 = 21.84% -> 21.8
    # 14. "more than doubled" and "a fivefold increase"
    dict(text="Revenue from AI tools for game studios more than doubled between 2022 and 2024, to $3.4 billion from "
              "$1.5 billion, as studios adopted generative tools for art, animation and testing, according to "
              "Pixelgrid Research. The firm forecasts revenue of $17 billion by 2034, a fivefold increase on 2024. "
              "Some 1,900 studios responded to its survey.",
         obs=[("Total", 2022, 1.5, "USD billion", "actual"),
              ("Total", 2024, 3.4, "USD billion", "actual"),
              ("Total", 2034, 17.0, "USD billion", "estimate")],
         claims=[("multiple", 2.0, "multiple", 2022, 2024, 2.0),  # 3.4 / 1.5 = 2.27 -> x2
                 ("multiple", 5.0, "multiple", 2024, 2034, 10.0)],  # 17 / 3.4 = 5.0 -> x5
         verdicts=[]),
    # 15. "nearly tripled" in a parenthetical aside; "expected to reach ..., growing at a CAGR of ... from 2024"
    dict(text="The global AI PC market — which nearly tripled in 2024 alone (to $51.2 billion, from $18.4 billion in "
              "2023) — is expected to reach $142.5 billion by 2029, growing at a CAGR of 22.7% from 2024, Corvant "
              "Analytics said in a report. Notebooks account for 83% of 2024 revenue.",
         obs=[("Total", 2023, 18.4, "USD billion", "actual"),
              ("Total", 2024, 51.2, "USD billion", "actual"),
              ("Total", 2029, 142.5, "USD billion", "estimate")],
         claims=[("multiple", 3.0, "multiple", 2023, 2024, 1.0),  # 51.2 / 18.4 = 2.78 -> x3
                 ("cagr", 22.7, "percent", 2024, 2029, None, "stated"),
                 ("share", 83.0, "percent", 2024, 2024, None)],
         verdicts=[("cagr|period", "exact")]),  # (142.5 / 51.2) ** (1 / 5) - 1 = 22.72% -> 22.7
    # 16. a Canadian release: C$ (no observation) beside US$
    dict(text="TORONTO, April 22, 2025 /CNW/ - Canada's market for AI in logistics generated C$1.84 billion (US$1.36 "
              "billion) in revenue in 2024, an increase of 21.6% over 2023, according to a report released today by "
              "the Canadian Supply Chain Technology Council. The council expects the market to reach C$4.1 billion "
              "(US$3.0 billion) by 2028, implying annual growth of about 22%. Quebec accounted for 23% of national "
              "revenue; 312 companies were surveyed.",
         obs=[("Total", 2024, 1.36, "USD billion", "actual"),
              ("Total", 2028, 3.0, "USD billion", "estimate")],
         claims=[("growth", 21.6, "percent", 2023, 2024, 1.0),
                 ("cagr", 22.0, "percent", 2024, 2028, None, "inferred"),
                 ("share", 23.0, "percent", 2024, 2024, None)],
         verdicts=[("cagr|period", "exact")]),  # C$ (4.1 / 1.84) ** (1 / 4) - 1 = 22.18% -> 22; US$ (3.0 / 1.36) ** (1
                                                # / 4) - 1 = 21.87% -> 22
    # ------------------------------------------------------------------ Chinese prose (17-30)
    # 17. 新华社-style news: 记者从……获悉, 规模超过, 同比增长约
    dict(text="新华社北京3月18日电（记者李明远）记者从中国智能网联汽车产业创新联盟获悉，2024年我国智能网联汽车产业规模超过1.2万亿元，"
              "同比增长约24%。联盟预计，2025年产业规模将达到1.5万亿元。截至2024年底，全国累计开放测试道路超过3.2万公里，发放测试牌照逾1.6万张。",
         obs=[("Total", 2024, 1.2, "CNY trillion", "actual"),
              ("Total", 2025, 1.5, "CNY trillion", "estimate")],
         claims=[("growth", 24.0, "percent", 2023, 2024, 1.0)],
         verdicts=[]),
    # 18. 工信部-style 发布会: 规模以上……营业收入, 增速较上年提高……个百分点, 其中……占比
    dict(text="工业和信息化部1月21日举行新闻发布会。新闻发言人介绍，2024年我国规模以上机器人企业营业收入达到2,360亿元，同比增长18.6%，"
              "增速较上年提高4.2个百分点。其中，服务机器人企业营业收入为865亿元，占比36.7%。全年新增规模以上机器人企业120家。",
         obs=[("Total", 2024, 2360.0, "CNY 100 million", "actual"),
              ("服务机器人", 2024, 865.0, "CNY 100 million", "actual")],
         claims=[("growth", 18.6, "percent", 2023, 2024, 1.0),
                 ("share", 36.7, "percent", 2024, 2024, None)],
         verdicts=[("arithmetic", "exact")]),  # 865 / 2360 = 36.65% -> 36.7
    # 19. 信通院-style 白皮书: 产业规模达到, 较2023年的……增长, 占全球比重
    dict(text="中国信息通信研究院近日发布《数字人产业发展白皮书（2025年）》。白皮书显示，2024年我国数字人核心产业规模达到412.5亿元，"
              "较2023年的298.6亿元增长38.1%，占全球比重约为31%。白皮书预计，到2027年我国数字人核心产业规模将超过1,000亿元。",
         obs=[("Total", 2023, 298.6, "CNY 100 million", "actual"),
              ("Total", 2024, 412.5, "CNY 100 million", "actual"),
              ("Total", 2027, 1000.0, "CNY 100 million", "estimate")],
         claims=[("growth", 38.1, "percent", 2023, 2024, 1.0),
                 ("share", 31.0, "percent", 2024, 2024, None)],
         verdicts=[("cagr|implied", "exact")]),  # 412.5 / 298.6 - 1 = 38.14% -> 38.1
    # 20. 智研咨询-style report: 市场规模为, 较上年增长, 预计到……年将突破
    dict(text="智研咨询发布的《中国智能客服行业市场研究报告》显示，2024年中国智能客服市场规模为128.4亿元，较上年增长21.6%，"
              "其中金融行业应用占比约27%。报告预计，到2028年中国智能客服市场规模将突破300亿元，2024-2028年复合增长率约为23.6%。",
         obs=[("Total", 2024, 128.4, "CNY 100 million", "actual"),
              ("Total", 2028, 300.0, "CNY 100 million", "estimate")],
         claims=[("growth", 21.6, "percent", 2023, 2024, 1.0),
                 ("share", 27.0, "percent", 2024, 2024, None),
                 ("cagr", 23.6, "percent", 2024, 2028, None, "stated")],
         verdicts=[("cagr", "exact")]),  # (300 / 128.4) ** (1 / 4) - 1 = 23.63% -> 23.6
    # 21. 上市公司 年报: the company's 营业收入 beside the industry's figures
    dict(text="星瀚科技（证券代码：688416）2024年年度报告显示，报告期内，公司实现营业收入18.62亿元，同比增长26.3%。年报援引第三方机构数据称，"
              "2024年中国AI手机市场规模达到2,140亿元，预计2027年将达到5,860亿元，年均复合增长率为41.2%；公司在该市场的份额约为0.9%。",
         obs=[("Total", 2024, 2140.0, "CNY 100 million", "actual"),
              ("Total", 2027, 5860.0, "CNY 100 million", "estimate")],
         claims=[("cagr", 41.2, "percent", 2024, 2027, None, "inferred"),
                 ("share", 0.9, "percent", 2024, 2024, None)],
         verdicts=[("cagr|period", "inconsistent")]),  # (5860 / 2140) ** (1 / 3) - 1 = 39.90%; bounds (5859.5 / 2140.5)
                                                       # .. (5860.5 / 2139.5) -> 39.89% .. 39.92%, below 41.2
    # 22. a city's 政府工作报告: 力争到2027年……突破 (a target)
    dict(text="《2025年市政府工作报告》指出，2024年全市算力产业规模达到486亿元，同比增长22.3%，新建智算中心4个。今年将实施算力基础设施"
              "提升行动，力争到2027年，全市算力产业规模突破1,000亿元，智能算力规模达到20 EFLOPS，培育营业收入超10亿元的企业15家。",
         obs=[("Total", 2024, 486.0, "CNY 100 million", "actual"),
              ("Total", 2027, 1000.0, "CNY 100 million", "estimate")],
         claims=[("growth", 22.3, "percent", 2023, 2024, 1.0)],
         verdicts=[]),
    # 23. 财联社 flash: a 【】 headline over the body
    dict(text="【机构：今年中国AI PC市场规模有望超2300亿元】财联社6月12日电，据市场研究机构芯智咨询数据，2024年中国AI PC市场规模为"
              "1,580亿元，同比增长62.4%；预计2025年将达到2,310亿元，同比增长46.2%，AI PC在PC整体出货量中的渗透率将升至38%。",
         obs=[("Total", 2024, 1580.0, "CNY 100 million", "actual"),
              ("Total", 2025, 2310.0, "CNY 100 million", "estimate")],
         claims=[("growth", 62.4, "percent", 2023, 2024, 1.0),
                 ("growth", 46.2, "percent", 2024, 2025, 1.0)],
         verdicts=[("cagr|implied", "exact")]),  # 2310 / 1580 - 1 = 46.20% -> 46.2
    # 24. 經濟日報-style item in Traditional Chinese: 產值, 兆元 (新台幣), 約……億美元, 年增率, 預估
    dict(text="經濟日報記者陳怡君／2025年5月20日台北報導 研調機構預估，今年台灣AI伺服器產值將達新台幣2.4兆元（約800億美元），"
              "較去年的1.53兆元年增率達56.9%，AI伺服器占整體伺服器產值比重將逾七成。業者指出，明年產值可望挑戰3兆元。",
         obs=[("Total", 2025, 800.0, "USD 100 million", "estimate")],
         claims=[("growth", 56.9, "percent", 2024, 2025, 1.0)],
         verdicts=[("cagr|implied", "exact")]),  # 新台幣 2.4 / 1.53 - 1 = 56.86% -> 56.9
    # 25. a 資策會 MIC release: 今（14）日, 年複合成長率, 占有率
    dict(text="資策會產業情報研究所（MIC）今（14）日發布研究指出，2024年全球生成式AI軟體市場規模達362億美元，預估2027年將成長至"
              "1,048億美元，2024至2027年年複合成長率為42.5%。MIC資深產業分析師表示，台灣業者在全球市場的占有率約為6%，未來三年將以"
              "企業應用為主要成長來源。",
         obs=[("Total", 2024, 362.0, "USD 100 million", "actual"),
              ("Total", 2027, 1048.0, "USD 100 million", "estimate")],
         claims=[("cagr", 42.5, "percent", 2024, 2027, None, "stated"),
                 ("share", 6.0, "percent", 2024, 2024, None)],
         verdicts=[("cagr", "exact")]),  # (1048 / 362) ** (1 / 3) - 1 = 42.52% -> 42.5
    # 26. 近千亿元 (a threshold) and 翻了一番 (x2)
    dict(text="据中国广告协会数字营销专委会测算，2024年中国AI营销市场规模近千亿元，达到968亿元，较2021年的462亿元翻了一番。"
              "专委会预计，2025年市场规模将突破1,200亿元，生成式内容工具将成为主要增量来源。",
         obs=[("Total", 2021, 462.0, "CNY 100 million", "actual"),
              ("Total", 2024, 968.0, "CNY 100 million", "actual"),
              ("Total", 2025, 1200.0, "CNY 100 million", "estimate")],
         claims=[("multiple", 2.0, "multiple", 2021, 2024, 3.0)],  # 968 / 462 = 2.10 -> x2
         verdicts=[]),
    # 27. 同比下降 (a negative rate) with its base
    dict(text="受消费电子需求疲软影响，2024年我国智能语音硬件市场规模为312.6亿元，同比下降6.8%，较2023年的335.4亿元减少22.8亿元。"
              "业内人士预计，随着AI大模型在终端侧落地，2025年市场有望恢复增长。",
         obs=[("Total", 2023, 335.4, "CNY 100 million", "actual"),
              ("Total", 2024, 312.6, "CNY 100 million", "actual")],
         claims=[("growth", -6.8, "percent", 2023, 2024, 1.0)],
         verdicts=[("cagr|implied", "exact")]),  # 312.6 / 335.4 - 1 = -6.80% -> -6.8
    # 28. Traditional Chinese, 新台幣 alone: no observation, a rate with its verdict
    dict(text="數位時代報導，根據市調機構統計，國內智慧客服市場規模2024年為新台幣86億元，較2023年的68億元成長26.5%，預估2026年可達"
              "新台幣140億元。調查也顯示，約有四成企業已導入生成式AI客服，導入率較前一年提高12個百分點。",
         obs=[],
         claims=[("growth", 26.5, "percent", 2023, 2024, 1.0)],
         verdicts=[("cagr|implied", "exact")]),  # 新台幣 86 / 68 - 1 = 26.47% -> 26.5
    # 29. 其中……占比约 a share its amounts contradict
    dict(text="据高工智能汽车研究院统计，2024年中国乘用车智能座舱市场规模为1,186亿元，较上年增长19.8%，其中座舱域控制器规模为392亿元，"
              "占比约30%。研究院预计，2025年智能座舱市场规模将达到1,400亿元。",
         obs=[("Total", 2024, 1186.0, "CNY 100 million", "actual"),
              ("座舱域控制器", 2024, 392.0, "CNY 100 million", "actual"),
              ("Total", 2025, 1400.0, "CNY 100 million", "estimate")],
         claims=[("growth", 19.8, "percent", 2023, 2024, 1.0),
                 ("share", 30.0, "percent", 2024, 2024, None)],
         verdicts=[("arithmetic", "inconsistent")]),  # 392 / 1186 = 33.05%; bounds 391.5 / 1186.5 .. 392.5 / 1185.5 ->
                                                      # 33.00% .. 33.11%, outside 30 +- 0.5
    # 30. 相比2023年的……增长 reached only at rounding; 超过五成 a fraction in words
    dict(text="据赛迪顾问数据，2024年中国AI服务器市场规模为1,532亿元，相比2023年的1,100亿元增长39.4%；预计2025年将达到2,050亿元，"
              "同比增长33.8%。其中，互联网行业采购占比超过五成。",
         obs=[("Total", 2023, 1100.0, "CNY 100 million", "actual"),
              ("Total", 2024, 1532.0, "CNY 100 million", "actual"),
              ("Total", 2025, 2050.0, "CNY 100 million", "estimate")],
         claims=[("growth", 39.4, "percent", 2023, 2024, 1.0),
                 ("growth", 33.8, "percent", 2024, 2025, 1.0)],
         verdicts=[("cagr|implied", "rounding"),  # 1532 / 1100 - 1 = 39.27% (not 39.4 +- 0.05); bounds 1531.5 / 1100.5
                                                  # - 1 = 39.16% .. 1532.5 / 1099.5 - 1 = 39.38%
                   ("cagr|implied", "exact")]),  # 2050 / 1532 - 1 = 33.81% -> 33.8
    # ------------------------------------------------------------------ tables (31-40)
    # 31. markdown: segments with "2023 | 2024 | YoY" and a Total row
    dict(text="AI in insurance: spending by use case\n"
              "| US$ million | 2023 | 2024 | YoY |\n"
              "|---|---|---|---|\n"
              "| Claims automation | 1,240 | 1,618 | 30.5% |\n"
              "| Underwriting | 860 | 1,105 | 28.5% |\n"
              "| Fraud detection | 1,015 | 1,296 | 21.7% |\n"
              "| Customer service | 545 | 731 | 34.1% |\n"
              "| Total | 3,660 | 4,750 | 29.8% |",
         obs=[("Claims automation", 2023, 1240.0, "USD million", "actual"),
              ("Claims automation", 2024, 1618.0, "USD million", "actual"),
              ("Underwriting", 2023, 860.0, "USD million", "actual"),
              ("Underwriting", 2024, 1105.0, "USD million", "actual"),
              ("Fraud detection", 2023, 1015.0, "USD million", "actual"),
              ("Fraud detection", 2024, 1296.0, "USD million", "actual"),
              ("Customer service", 2023, 545.0, "USD million", "actual"),
              ("Customer service", 2024, 731.0, "USD million", "actual"),
              ("Total", 2023, 3660.0, "USD million", "actual"),
              ("Total", 2024, 4750.0, "USD million", "actual")],
         claims=[("growth", 30.5, "percent", 2023, 2024, 1.0),
                 ("growth", 28.5, "percent", 2023, 2024, 1.0),
                 ("growth", 21.7, "percent", 2023, 2024, 1.0),
                 ("growth", 34.1, "percent", 2023, 2024, 1.0),
                 ("growth", 29.8, "percent", 2023, 2024, 1.0)],
         verdicts=[("cagr|implied", "exact"),  # 1618 / 1240 - 1 = 30.48% -> 30.5
                   ("cagr|implied", "exact"),  # 1105 / 860 - 1 = 28.49% -> 28.5
                   ("cagr|implied", "inconsistent"),  # 1296 / 1015 - 1 = 27.68%; bounds 1295.5 / 1015.5 .. 1296.5 /
                                                      # 1014.5 -> 27.57% .. 27.80%, far from 21.7
                   ("cagr|implied", "exact"),  # 731 / 545 - 1 = 34.13% -> 34.1
                   ("cagr|implied", "exact"),  # 4750 / 3660 - 1 = 29.78% -> 29.8
                   ("hierarchy", "exact")]),  # 1240 + 860 + 1015 + 545 = 3660; 1618 + 1105 + 1296 + 731 = 4750
    # 32. markdown: "FY23 | FY24 | FY25E" fiscal headers
    dict(text="Table 2: AI in logistics software revenue by application (US$ million)\n"
              "| Application | FY23 | FY24 | FY25E |\n"
              "|---|---|---|---|\n"
              "| Route optimisation | 412 | 538 | 690 |\n"
              "| Warehouse robotics software | 655 | 802 | 1,010 |\n"
              "| Demand forecasting | 298 | 371 | 466 |\n"
              "| Total | 1,365 | 1,711 | 2,166 |\n"
              "Source: company filings, analyst estimates.",
         obs=[("Route optimisation", 2023, 412.0, "USD million", "actual"),
              ("Route optimisation", 2024, 538.0, "USD million", "actual"),
              ("Route optimisation", 2025, 690.0, "USD million", "estimate"),
              ("Warehouse robotics software", 2023, 655.0, "USD million", "actual"),
              ("Warehouse robotics software", 2024, 802.0, "USD million", "actual"),
              ("Warehouse robotics software", 2025, 1010.0, "USD million", "estimate"),
              ("Demand forecasting", 2023, 298.0, "USD million", "actual"),
              ("Demand forecasting", 2024, 371.0, "USD million", "actual"),
              ("Demand forecasting", 2025, 466.0, "USD million", "estimate"),
              ("Total", 2023, 1365.0, "USD million", "actual"),
              ("Total", 2024, 1711.0, "USD million", "actual"),
              ("Total", 2025, 2166.0, "USD million", "estimate")],
         claims=[],
         verdicts=[("hierarchy", "exact")]),  # 412 + 655 + 298 = 1365; 538 + 802 + 371 = 1711; 690 + 1010 + 466 = 2166
    # 33. markdown: regions by year with "CAGR 24-30" as the last header
    dict(text="Computer vision market by region (US$ billion)\n"
              "| Region | 2024 | 2030F | CAGR 24-30 |\n"
              "|---|---|---|---|\n"
              "| North America | 8.4 | 24.6 | 19.6% |\n"
              "| Europe | 5.1 | 14.2 | 18.6% |\n"
              "| Asia Pacific | 6.7 | 23.9 | 23.6% |\n"
              "| Rest of World | 1.3 | 3.7 | 19.8% |\n"
              "| Global | 21.5 | 66.4 | 20.7% |",
         obs=[("North America", 2024, 8.4, "USD billion", "actual"),
              ("North America", 2030, 24.6, "USD billion", "estimate"),
              ("Europe", 2024, 5.1, "USD billion", "actual"),
              ("Europe", 2030, 14.2, "USD billion", "estimate"),
              ("Asia Pacific", 2024, 6.7, "USD billion", "actual"),
              ("Asia Pacific", 2030, 23.9, "USD billion", "estimate"),
              ("Rest of World", 2024, 1.3, "USD billion", "actual"),
              ("Rest of World", 2030, 3.7, "USD billion", "estimate"),
              ("Global", 2024, 21.5, "USD billion", "actual"),
              ("Global", 2030, 66.4, "USD billion", "estimate")],
         claims=[("cagr", 19.6, "percent", 2024, 2030, None, "stated"),
                 ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
                 ("cagr", 23.6, "percent", 2024, 2030, None, "stated"),
                 ("cagr", 19.8, "percent", 2024, 2030, None, "stated"),
                 ("cagr", 20.7, "percent", 2024, 2030, None, "stated")],
         verdicts=[("cagr", "exact"),  # (24.6 / 8.4) ** (1 / 6) - 1 = 19.61% -> 19.6
                   ("cagr", "exact"),  # (14.2 / 5.1) ** (1 / 6) - 1 = 18.61% -> 18.6
                   ("cagr", "exact"),  # (23.9 / 6.7) ** (1 / 6) - 1 = 23.61% -> 23.6
                   ("cagr", "rounding"),  # (3.7 / 1.3) ** (1 / 6) - 1 = 19.04% (not 19.8 +- 0.05); bounds (3.65 / 1.35)
                                          # .. (3.75 / 1.25) -> 18.03% .. 20.09%
                   ("cagr", "exact"),  # (66.4 / 21.5) ** (1 / 6) - 1 = 20.68% -> 20.7
                   ("hierarchy", "exact")]),  # 8.4 + 5.1 + 6.7 + 1.3 = 21.5; 24.6 + 14.2 + 23.9 + 3.7 = 66.4
    # 34. a Chinese table with 年份 as columns and 规模（亿元） and 增长率 rows
    dict(text="2021-2025年中国智能算力服务市场规模及增长率\n"
              "| 年份 | 2021 | 2022 | 2023 | 2024 | 2025E |\n"
              "|---|---|---|---|---|---|\n"
              "| 规模（亿元） | 186.2 | 241.5 | 322.8 | 437.6 | 589.0 |\n"
              "| 增长率 | — | 29.7% | 33.6% | 35.6% | 34.6% |\n"
              "资料来源：研究院整理",
         obs=[("规模", 2021, 186.2, "CNY 100 million", "actual"),
              ("规模", 2022, 241.5, "CNY 100 million", "actual"),
              ("规模", 2023, 322.8, "CNY 100 million", "actual"),
              ("规模", 2024, 437.6, "CNY 100 million", "actual"),
              ("规模", 2025, 589.0, "CNY 100 million", "estimate")],
         claims=[("growth", 29.7, "percent", 2021, 2022, 1.0),
                 ("growth", 33.6, "percent", 2022, 2023, 1.0),
                 ("growth", 35.6, "percent", 2023, 2024, 1.0),
                 ("growth", 34.6, "percent", 2024, 2025, 1.0)],
         verdicts=[("cagr|implied", "exact"),  # 241.5 / 186.2 - 1 = 29.70% -> 29.7
                   ("cagr|implied", "rounding"),  # 322.8 / 241.5 - 1 = 33.66% (not 33.6 +- 0.05); bounds 322.75 /
                                                  # 241.55 - 1 = 33.62% .. 322.85 / 241.45 - 1 = 33.71%
                   ("cagr|implied", "exact"),  # 437.6 / 322.8 - 1 = 35.56% -> 35.6
                   ("cagr|implied", "exact")]),  # 589.0 / 437.6 - 1 = 34.60% -> 34.6
    # 35. markdown with the unit in every cell ("$12.1B")
    dict(text="Generative AI software revenue by segment\n"
              "| Segment | 2024 | 2025E | 2026E |\n"
              "|---|---|---|---|\n"
              "| Copilots & assistants | $12.1B | $17.9B | $24.8B |\n"
              "| Content generation | $6.4B | $9.2B | $12.5B |\n"
              "| Code generation | $3.8B | $5.6B | $8.1B |\n"
              "| Total generative AI software | $22.3B | $32.7B | $45.4B |",
         obs=[("Copilots & assistants", 2024, 12.1, "USD billion", "actual"),
              ("Copilots & assistants", 2025, 17.9, "USD billion", "estimate"),
              ("Copilots & assistants", 2026, 24.8, "USD billion", "estimate"),
              ("Content generation", 2024, 6.4, "USD billion", "actual"),
              ("Content generation", 2025, 9.2, "USD billion", "estimate"),
              ("Content generation", 2026, 12.5, "USD billion", "estimate"),
              ("Code generation", 2024, 3.8, "USD billion", "actual"),
              ("Code generation", 2025, 5.6, "USD billion", "estimate"),
              ("Code generation", 2026, 8.1, "USD billion", "estimate"),
              ("Total generative AI software", 2024, 22.3, "USD billion", "actual"),
              ("Total generative AI software", 2025, 32.7, "USD billion", "estimate"),
              ("Total generative AI software", 2026, 45.4, "USD billion", "estimate")],
         claims=[],
         verdicts=[("hierarchy", "exact")]),  # 12.1 + 6.4 + 3.8 = 22.3; 17.9 + 9.2 + 5.6 = 32.7; 24.8 + 12.5 + 8.1 =
                                              # 45.4
    # 36. tab-separated with a "Share of total" column
    dict(text="Speech recognition revenue by end use, 2024\n"
              "End use\t2024 (US$ m)\tShare of total\n"
              "Contact centres\t4,210\t37.5%\n"
              "Healthcare\t2,180\t19.4%\n"
              "Automotive\t1,630\t14.5%\n"
              "Consumer devices\t3,210\t28.6%\n"
              "Total\t11,230\t100.0%",
         obs=[("Contact centres", 2024, 4210.0, "USD million", "actual"),
              ("Healthcare", 2024, 2180.0, "USD million", "actual"),
              ("Automotive", 2024, 1630.0, "USD million", "actual"),
              ("Consumer devices", 2024, 3210.0, "USD million", "actual"),
              ("Total", 2024, 11230.0, "USD million", "actual")],
         claims=[("share", 37.5, "percent", 2024, 2024, None),
                 ("share", 19.4, "percent", 2024, 2024, None),
                 ("share", 14.5, "percent", 2024, 2024, None),
                 ("share", 28.6, "percent", 2024, 2024, None)],
         verdicts=[("arithmetic", "exact"),  # 4210 / 11230 = 37.49% -> 37.5
                   ("arithmetic", "exact"),  # 2180 / 11230 = 19.41% -> 19.4
                   ("arithmetic", "exact"),  # 1630 / 11230 = 14.51% -> 14.5
                   ("arithmetic", "exact"),  # 3210 / 11230 = 28.58% -> 28.6
                   ("hierarchy", "exact")]),  # 4210 + 2180 + 1630 + 3210 = 11230
    # 37. space-aligned countries with a "World" total row
    dict(text="AI spending in manufacturing by country (US$ billion)\n"
              "Country          2024    2025E\n"
              "United States    11.8     14.6\n"
              "China             8.9     11.2\n"
              "Germany           2.6      3.1\n"
              "Japan             2.3      2.8\n"
              "Rest of world     6.1      7.5\n"
              "World            31.7     39.2",
         obs=[("United States", 2024, 11.8, "USD billion", "actual"),
              ("United States", 2025, 14.6, "USD billion", "estimate"),
              ("China", 2024, 8.9, "USD billion", "actual"),
              ("China", 2025, 11.2, "USD billion", "estimate"),
              ("Germany", 2024, 2.6, "USD billion", "actual"),
              ("Germany", 2025, 3.1, "USD billion", "estimate"),
              ("Japan", 2024, 2.3, "USD billion", "actual"),
              ("Japan", 2025, 2.8, "USD billion", "estimate"),
              ("Rest of world", 2024, 6.1, "USD billion", "actual"),
              ("Rest of world", 2025, 7.5, "USD billion", "estimate"),
              ("World", 2024, 31.7, "USD billion", "actual"),
              ("World", 2025, 39.2, "USD billion", "estimate")],
         claims=[],
         verdicts=[("hierarchy", "exact")]),  # 11.8 + 8.9 + 2.6 + 2.3 + 6.1 = 31.7; 14.6 + 11.2 + 3.1 + 2.8 + 7.5 =
                                              # 39.2
    # 38. a Traditional Chinese 產值 table with 年增率
    dict(text="台灣AI晶片產業產值（單位：億美元）\n"
              "| 年度 | 2022年 | 2023年 | 2024年 | 2025年(預估) |\n"
              "|---|---|---|---|---|\n"
              "| 產值 | 186 | 297 | 521 | 748 |\n"
              "| 年增率 | 12.4% | 59.7% | 75.4% | 43.6% |\n"
              "資料來源：資策會MIC，2025年5月",
         obs=[("產值", 2022, 186.0, "USD 100 million", "actual"),
              ("產值", 2023, 297.0, "USD 100 million", "actual"),
              ("產值", 2024, 521.0, "USD 100 million", "actual"),
              ("產值", 2025, 748.0, "USD 100 million", "estimate")],
         claims=[("growth", 12.4, "percent", 2021, 2022, 1.0),
                 ("growth", 59.7, "percent", 2022, 2023, 1.0),
                 ("growth", 75.4, "percent", 2023, 2024, 1.0),
                 ("growth", 43.6, "percent", 2024, 2025, 1.0)],
         verdicts=[("cagr|implied", "exact"),  # 297 / 186 - 1 = 59.68% -> 59.7
                   ("cagr|implied", "exact"),  # 521 / 297 - 1 = 75.42% -> 75.4
                   ("cagr|implied", "exact")]),  # 748 / 521 - 1 = 43.57% -> 43.6
    # 39. markdown with "2025e" headers and a footnote "e = estimate"
    dict(text="AI marketing software spend (US$ million)\n"
              "| Channel | 2023 | 2024 | 2025e | 2026e |\n"
              "|---|---|---|---|---|\n"
              "| Search & social | 2,840 | 3,610 | 4,480 | 5,420 |\n"
              "| Email & CRM | 1,120 | 1,390 | 1,700 | 2,030 |\n"
              "| Creative generation | 640 | 1,050 | 1,580 | 2,210 |\n"
              "| Total | 4,600 | 6,050 | 7,760 | 9,660 |\n"
              "e = estimate. Source: Brightwave Research.",
         obs=[("Search & social", 2023, 2840.0, "USD million", "actual"),
              ("Search & social", 2024, 3610.0, "USD million", "actual"),
              ("Search & social", 2025, 4480.0, "USD million", "estimate"),
              ("Search & social", 2026, 5420.0, "USD million", "estimate"),
              ("Email & CRM", 2023, 1120.0, "USD million", "actual"),
              ("Email & CRM", 2024, 1390.0, "USD million", "actual"),
              ("Email & CRM", 2025, 1700.0, "USD million", "estimate"),
              ("Email & CRM", 2026, 2030.0, "USD million", "estimate"),
              ("Creative generation", 2023, 640.0, "USD million", "actual"),
              ("Creative generation", 2024, 1050.0, "USD million", "actual"),
              ("Creative generation", 2025, 1580.0, "USD million", "estimate"),
              ("Creative generation", 2026, 2210.0, "USD million", "estimate"),
              ("Total", 2023, 4600.0, "USD million", "actual"),
              ("Total", 2024, 6050.0, "USD million", "actual"),
              ("Total", 2025, 7760.0, "USD million", "estimate"),
              ("Total", 2026, 9660.0, "USD million", "estimate")],
         claims=[],
         verdicts=[("hierarchy", "exact")]),  # 2840 + 1120 + 640 = 4600; 3610 + 1390 + 1050 = 6050; 4480 + 1700 + 1580
                                              # = 7760; 5420 + 2030 + 2210 = 9660
    # 40. space-aligned, apostrophes as thousands separators, the unit in the caption
    dict(text="AI in gaming: revenue by platform, Europe (EUR thousand)\n"
              "Platform        2023       2024\n"
              "PC            184'250    236'900\n"
              "Console       121'600    158'300\n"
              "Mobile        298'400    371'150\n"
              "Total         604'250    766'350",
         obs=[("PC", 2023, 184250.0, "EUR thousand", "actual"),
              ("PC", 2024, 236900.0, "EUR thousand", "actual"),
              ("Console", 2023, 121600.0, "EUR thousand", "actual"),
              ("Console", 2024, 158300.0, "EUR thousand", "actual"),
              ("Mobile", 2023, 298400.0, "EUR thousand", "actual"),
              ("Mobile", 2024, 371150.0, "EUR thousand", "actual"),
              ("Total", 2023, 604250.0, "EUR thousand", "actual"),
              ("Total", 2024, 766350.0, "EUR thousand", "actual")],
         claims=[],
         verdicts=[("hierarchy", "exact")]),  # 184250 + 121600 + 298400 = 604250; 236900 + 158300 + 371150 = 766350
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "twenty-eighth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'grew 31.4% year over year to $14.2 billion',
    'in 2Q25',
    'for the full year 2025',
    '0.5 percentage point of GDP',
    '£742 million of GVA',
    'per annum over the five years to 2024',
    '₹21,400 crore (US$2.6 billion)',
    '¥1.2 trillion',
    'KRW 3 trillion (US$2.2 billion)',
    'according to estimates by',
    'two people familiar with the matter',
    '📈 $39.5 B by 2030',
    "we're talking about a hundred billion dollar market",
    '$15.7 trillion[3]',
    'in the upside case',
    'from 2024 through 2030',
    'Measured in 2024 dollars',
    'a fivefold increase',
    'nearly tripled in 2024 alone',
    'growing at a CAGR of 22.7% from 2024',
    '记者从中国智能网联汽车产业创新联盟获悉',
    '增速较上年提高4.2个百分点',
    '报告期内，公司实现营业收入',
    '力争到2027年',
    '近千亿元',
    '同比下降6.8%',
    '| US$ million | 2023 | 2024 | YoY |',
    'CAGR 24-30',
    "184'250",
    'e = estimate',
)
#: the set's blind score (set when it is first scored)
FLOORS = {"figures_found": 173, "rates_found": 54, "verdicts_right": 55}


if __name__ == "__main__":  # python tests/extract_checkset28.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
