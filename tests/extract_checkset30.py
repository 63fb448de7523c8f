"""A thirtieth check set for the extractor, written blind: an analyst firm's spending forecast, a spending guide, a
social post with arrows, text taken from a PDF with its page footer, a footnoted figure, a range forecast, short
suffixes, a broker's note, "per cent" spelled out, a British trade body, an interview, an earnings release with its
guidance, a market that shrank, research firms' releases, a rival estimate, a newswire release, Chinese consultancies,
financial dailies and online news, full-width digits, a broker's report, Taiwan institutes in Traditional Chinese, and
tables in every layout.

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

What this set's sources add to them: in an analyst firm's forecast "Worldwide spending on ... will total $187.4 billion
in 2025, an increase of 31.2% from 2024" is the dateline's year under a forecast cue (``estimate``) with its
year-on-year rate, "Spending in 2024 came to $142.8 billion" its ``actual`` base, "exceed $240 billion in 2026" an
approximate ``estimate``, accelerated servers' "61% of the 2025 total" a share, and the dateline and the analyst
boilerplate. In a spending guide "will reach $38.6 billion in 2028 with a compound annual growth rate (CAGR) of 24.5%
over the 2024-2028 forecast period" is an ``estimate`` with a ``stated`` rate its amounts contradict, the 2024 figure
its ``actual`` base, claims processing's "27.3% of spending in 2028" a share and "just under a third" a fraction in
words. In a social post "📈 $12B → $48B (2024→2030)" gives each year of the arrow its figure ("B" is USD billion), "4x in
six years" is x4 over 2024-2030, "~26% a year" ``inferred`` and approximate, and the emoji, the replies, reposts and
hashtags are expected nowhere. In text taken from a PDF the sentence broken by a hyphen at a line's end ("is expect-" /
"ed to reach") reads as one sentence, "registering a CAGR of 20.2% from 2024 to 2032" is ``stated``, the page footer
("Page 12 of 48") and the running header with its edition year are boilerplate, and North America's "36.4% of revenue in
2024" a share. A footnote mark glued to a unit ("USD 2.4 billion¹", "USD 1.1 billion²") leaves the figure as printed,
the notes under the text hold no figure, "a compound annual growth rate of 24.9%" after the two amounts is ``inferred``,
and platform licensing's "USD 1.1 billion², or 45.8% of the 2024 total" a part with a share and its ``arithmetic``
verdict. "Worth $90 billion to $110 billion by 2030" is a range, two ``value`` claims for 2030, beside its ``actual``
2024 figure. "$2.6bn" and "$7B" are USD billion and "€850m" EUR million: Europe is an item of its own (``Europe``),
"implying compound growth of 28% a year" ``inferred``, "last year" the year before the dateline's and the vendors
counted boilerplate. In a broker's note "US$310bn for 2025" opens a series in USD billion, so "US$1.2tn by 2030" is
1200, "(US$205bn in 2024)" the ``actual`` base, "a compound rate of roughly 31% a year over 2025-2030" ``stated`` and
approximate, and the bull case, the rating and the target price are expected nowhere. "Rose 46.8 per cent to 71.3
million units in 2024 from 48.6 million a year earlier" is a year-on-year rate reached only at the rounding of its
amounts (``count million``), and the devices' "27 per cent of all PCs sold" a penetration, no share. A British trade
body's "£3.41 billion" is GBP billion, "Personalisation engines accounted for £1.18 billion, or 34.6 per cent of the
total" a part with a share, "pass £6 billion by 2028" an approximate ``estimate``, "a compound annual rate of 21.7% over
2021-2024" ``stated`` and contradicted by its amounts, and the member companies boilerplate. In an interview spoken
figures are expected in digits ("about fourteen and a half billion dollars" last year -> 14.5, the year before the
interview's date), "somewhere around forty billion dollars by the end of the decade" has no year the text fixes and is
expected nowhere, and "a third of the big shippers" is a fraction in words. In an earnings release the company's
revenue, its growth, its guidance ("expects revenue of $3.5 billion to $3.7 billion", a range of the company's own, no
range of the market) and its gross margin are expected nowhere, while the market the chief executive sizes is the market
(``Total``): "$96 billion this year" and "$260 billion by 2029" ``estimate`` figures and "growth of roughly 28% a year"
``inferred``. "Declined 6.5% to $7.49 billion in 2024, from $8.02 billion in 2023" is a negative year-on-year rate
reached only at the rounding of its amounts, and "a further decline of about 4% this year" a negative rate whose amount
is not printed (a claim without a verdict). "Demand forecasting was the largest application at USD 3.9 billion, or 36.2%
of the market" is a part whose share its amounts contradict, and "a CAGR of 19.5% over 2024-2031" ``stated``. "€3.24
billion" is EUR billion, "grew 22.3% ... from €2.65 billion" a year-on-year rate with its base, and a rival firm's "€2.9
billion" for the same year a second publisher's figure, expected nowhere. In a newswire release the dateline, the
"/PRNewswire/" tag and the report's pages are boilerplate, "growing at a CAGR of 27.9% from 2024 to 2030" is ``stated``
and contradicted by its amounts, and Asia Pacific's "33.8% revenue share in 2024" a share. In a 赛迪顾问-style report
核心产业规模达到7,460亿元 is the market's figure, 同比增长24.3% a rate whose base is not printed, 其中 gives two parts (``AI芯片``,
``算法模型与平台``) each with its 占比 and its ``arithmetic`` verdict, and the report's title year and its count of cases
boilerplate. In a 前瞻-style item 约为27.6亿元 is the ``actual`` base at its printed figure, 预计到2029年……将超过750亿元 an approximate
``estimate`` and 2024-2029年年均复合增长率约为94% ``stated`` and approximate. In an IDC中国-style release 亿美元 is USD 100 million,
五年复合增长率 beside a from-to leaves the span to the amounts' years (``inferred``), 占比将由2024年的38%提升至2029年的64% a share in each
year, and the tracker's title (2024H2) boilerplate. In a 头豹-style 概览 由2020年的……增长至2024年的……，年复合增长率为 is ``inferred`` and
2024-2029年年复合增长率 ``stated``. In a 德勤-style 白皮书 较2023年的1,052亿元增长22.3% is a year-on-year rate with its base, 其中AI医学影像 a
part with its 占比, 有望突破4,000亿元 an approximate ``estimate``, 约六成 an adoption rate in words and the paper's title year
boilerplate. In 21世纪经济报道 the reporter and the place are boilerplate, 千亿元级赛道 a size class expected nowhere, and
预计2025年将达到……同比增长32.1% an ``estimate`` with its year-on-year rate. In 界面新闻 the reporter and the date are boilerplate, 今年
the dateline's year, and 业内预计今年将超百亿元 a lower bound, an approximate ``estimate`` expected as 100. Full-width digits and
signs ("２０２４年", "２１４０亿元", "３５．２％") are read as their ASCII forms, and ２０２４—２０２７年 prints the CAGR's span. 1.2万亿元 is CNY
trillion and opens its series, 2.2万亿元 the 2027 ``estimate`` and 年均增长约22% ``inferred`` and approximate, and the forum's
name boilerplate. 较2023年的45.1亿元同比下降5.5% is a negative year-on-year rate with its base, and the count of firms
boilerplate. In a 工研院/產科國際所-style release 今（12）日 is a date, 新台幣 a currency the unit table does not hold: 約307億美元 and
約452億美元 are the observations (USD 100 million), 較2023年的6,230億元年增率達58.4% a rate with its verdict from the 新台幣 amounts, 上看
a forecast and 年增約47% the 2025 rate (its 新台幣 and its US$ amounts give the same verdict). In a 資策會-style release 出貨量 in
萬台 opens a series in ``count 10 thousand``, so 1.67億台 is expected as 16700, 由……成長至……，年複合成長率達36.6% is ``inferred``, 預估 a
forecast cue, 商用機種占比將達62% a share of 2028, and 逾四成 of the firms surveyed a survey's answer in words. In a Taiwan
research firm's item 預估將達1,520億美元 is an ``estimate``, 較2024年的1,138億美元年增33.6% a year-on-year rate with its base, 約占七成 a
fraction in words and 邊緣AI晶片占比則為11.2% a share. In a broker's report 预计2025-2027年……分别为 gives each year its ``estimate``
and 对应增速分别为 each its year-on-year rate (2025's without a verdict, 2027's reached only at the rounding of its amounts),
and the rating boilerplate. In tables: an analyst firm's spending table "Segment | 2024 Spending | 2024 Growth (%) |
2025 Spending | 2025 Growth (%)" under a caption in "Millions of U.S. Dollars" gives each segment its figures, each
growth column the year-on-year rate of the spending column beside it (2024's, whose base year is not printed, without a
verdict, and one of 2025's contradicted by its figures), and its Total row the whole; in a markdown table "—" is no
figure, 2027F an ``estimate`` and its Total the whole in every year it can be summed; a table whose years are rows gives
each column its figures, its "CAGR 2024-27E" row each column's ``stated`` CAGR (one reached only at the rounding of its
figures) and its Total column the whole; a table of regional shares in % gives each region its share, its 100.0 total no
claim, and the line under it the market's value; a first header cell "End market ($ millions)" gives the table its unit
(USD million) and its Total the whole; a Chinese table with 2022A | 2023A | 2024E | 2025E columns under a title in 亿元
gives each 细分 its figures (A ``actual``, E ``estimate``), its 合计 the whole, and its title and 资料来源 line boilerplate; of
quarter columns ("Q1'24") beside "FY2024" and "FY2025E" only the full years are expected, the rows' labels less their
units as items (``Revenue`` in USD billion, ``Shipments`` in ``count thousand``); a Traditional Chinese table of 產值
under 單位：億新台幣 holds no observation, but its 年增率 row gives each year its rate with its verdict from the 新台幣 amounts,
2025年(預估) is an ``estimate`` year and its 資料來源 line boilerplate; in a space-aligned table "n/a" is no figure, 2025F an
``estimate`` and the "World" row the whole; and "$4.1B" in every cell is USD billion and its Total the whole. Markets
vary (AI data centers, AI in insurance, generative AI in marketing, AI in logistics, AI in drug discovery, speech
recognition, vector databases, AI servers, AI PCs, AI in retail, voice-assistant speakers, 人工智能, 人形机器人, AI服务器, 数据标注,
智慧医疗, 智能座舱, AIGC, 算力, 智能驾驶, 规则型智能客服, AI伺服器, AI PC, AI晶片, AI大模型一体机, AI芯片, 智慧醫療); publishers, speakers and companies are
invented, the sentences are the project's own and the figures plausible. ``python tests/extract_checkset30.py [-v]``
prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------ English prose (1-16)
    dict(  # 1: an analyst firm's spending forecast: the dateline's year under a forecast cue, its year-on-year rate
        text="STAMFORD, Conn., March 11, 2025 -- Worldwide spending on AI-optimized data center infrastructure will "
             "total $187.4 billion in 2025, an increase of 31.2% from 2024, according to a new forecast from Halvorsen "
             "Insight. Spending in 2024 came to $142.8 billion. \"Hyperscalers are still pulling capacity forward,\" "
             "said Dana Whitcombe, distinguished VP analyst at Halvorsen Insight. The firm expects spending to exceed "
             "$240 billion in 2026, with accelerated servers taking 61% of the 2025 total.",
        obs=[("Total", 2025, 187.4, "USD billion", "estimate"), ("Total", 2024, 142.8, "USD billion", "actual"),
             ("Total", 2026, 240.0, "USD billion", "estimate")],
        claims=[("growth", 31.2, "percent", 2024, 2025, 1.0), ("share", 61.0, "percent", 2025, 2025, None)],
        # 187.4 / 142.8 - 1 = 31.23%, which rounds to 31.2% (bounds 31.15% to 31.31%)
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 2: a spending guide: a CAGR over the printed forecast period that its amounts contradict
        text="Worldwide spending on artificial intelligence by insurers will reach $38.6 billion in 2028 with a "
             "compound annual growth rate (CAGR) of 24.5% over the 2024-2028 forecast period, according to the new "
             "Worldwide AI in Insurance Spending Guide from Meridian Data Corp. Insurers spent $15.9 billion on AI in "
             "2024. Claims processing will remain the largest use case, accounting for 27.3% of spending in 2028, "
             "while life and annuity carriers will make up just under a third of the total.",
        obs=[("Total", 2028, 38.6, "USD billion", "estimate"), ("Total", 2024, 15.9, "USD billion", "actual")],
        claims=[("cagr", 24.5, "percent", 2024, 2028, None, "stated"), ("share", 27.3, "percent", 2028, 2028, None)],
        # (38.6 / 15.9) ** (1/4) - 1 = 24.82%; at most (38.65 / 15.85) ** (1/4) - 1 = 24.96% and at least
        # (38.55 / 15.95) ** (1/4) - 1 = 24.69% with rounding: never 24.45% to 24.55%
        verdicts=[("cagr", "inconsistent")]),
    dict(  # 3: a social post with emoji and arrows; a multiple and a rough rate
        text="GenAI in marketing, in one chart 🧵\n"
             "📈 $12B → $48B (2024→2030)\n"
             "🔥 4x in six years, ~26% a year\n"
             "💬 312 replies · 1.4K reposts\n"
             "#GenAI #MarTech",
        obs=[("Total", 2024, 12.0, "USD billion", "actual"), ("Total", 2030, 48.0, "USD billion", "estimate")],
        claims=[("multiple", 4.0, "multiple", 2024, 2030, 6.0),
                ("cagr", 26.0, "percent", 2024, 2030, None, "inferred")],
        # 48 / 12 = 4; (48 / 12) ** (1/6) - 1 = 25.99%, which rounds to 26%
        verdicts=[("cagr|period", "exact")]),
    dict(  # 4: text taken from a PDF: a page footer, a running header and a word hyphenated across a line break
        text="and fleet telematics vendors. The AI in logistics market was valued at USD 14.2 billion in 2024 and is "
             "expect-\n"
             "ed to reach USD 61.8 billion by 2032, registering a CAGR of 20.2% from 2024 to 2032.\n"
             "Page 12 of 48\n"
             "AI in Logistics: Global Market Outlook, 2025 Edition\n"
             "North America captured 36.4% of revenue in 2024, and warehouse automation was the largest application.",
        obs=[("Total", 2024, 14.2, "USD billion", "actual"), ("Total", 2032, 61.8, "USD billion", "estimate")],
        claims=[("cagr", 20.2, "percent", 2024, 2032, None, "stated"), ("share", 36.4, "percent", 2024, 2024, None)],
        # (61.8 / 14.2) ** (1/8) - 1 = 20.18%, which rounds to 20.2% (bounds 20.12% to 20.25%)
        verdicts=[("cagr", "exact")]),
    dict(  # 5: footnote marks glued to the unit, the notes below; a part with its share
        text="Our base case puts the AI in drug discovery market at USD 2.4 billion¹ in 2024, rising to USD 9.1 "
             "billion by 2030, a compound annual growth rate of 24.9%. Platform licensing made up USD 1.1 billion², or "
             "45.8% of the 2024 total.\n"
             "¹ Includes software, services and revenue from AI-first biotech partnerships.\n"
             "² Excludes milestone payments.",
        obs=[("Total", 2024, 2.4, "USD billion", "actual"), ("Total", 2030, 9.1, "USD billion", "estimate"),
             ("Platform licensing", 2024, 1.1, "USD billion", "actual")],
        claims=[("cagr", 24.9, "percent", 2024, 2030, None, "inferred"), ("share", 45.8, "percent", 2024, 2024, None)],
        # (9.1 / 2.4) ** (1/6) - 1 = 24.87%, which rounds to 24.9%; 1.1 / 2.4 = 45.83%, which rounds to 45.8%
        verdicts=[("cagr|period", "exact"), ("arithmetic", "exact")]),
    dict(  # 6: a range forecast beside the base year's figure
        text="Corvid Research values the speech recognition market at $15.3 billion in 2024 and expects it to be worth "
             "$90 billion to $110 billion by 2030, as voice agents take over contact-centre menus and in-car "
             "assistants. Healthcare dictation accounted for 18.5% of 2024 sales.",
        obs=[("Total", 2024, 15.3, "USD billion", "actual")],
        claims=[("value", 90.0, "USD billion", 2030, 2030, None), ("value", 110.0, "USD billion", 2030, 2030, None),
                ("share", 18.5, "percent", 2024, 2024, None)],
        verdicts=[]),
    dict(  # 7: short suffixes, "$2.6bn", "$7B" and "€850m"; a second region in its own currency
        text="LONDON, June 4, 2025 -- Spending on vector databases reached $2.6bn last year and is on track for $7B in "
             "2028, Kestrel Partners said in a note, implying compound growth of 28% a year. Europe, where buyers "
             "spent €850m in 2024, is growing faster than the US. Kestrel counts 41 vendors with paying customers.",
        obs=[("Total", 2024, 2.6, "USD billion", "actual"), ("Total", 2028, 7.0, "USD billion", "estimate"),
             ("Europe", 2024, 850.0, "EUR million", "actual")],
        claims=[("cagr", 28.0, "percent", 2024, 2028, None, "inferred")],
        # (7 / 2.6) ** (1/4) - 1 = 28.10%, which rounds to 28%
        verdicts=[("cagr|period", "exact")]),
    dict(  # 8: a broker's note: "US$1.2tn" in a series opened in USD billion; a bull case and a target price
        text="We now model AI server revenue at US$310bn for 2025 (US$205bn in 2024), rising to US$1.2tn by 2030, a "
             "compound rate of roughly 31% a year over 2025-2030. Our bull case, US$1.6tn, assumes sovereign buyers "
             "keep ordering at today's pace. We reiterate Overweight with a target price of US$182.",
        obs=[("Total", 2025, 310.0, "USD billion", "estimate"), ("Total", 2024, 205.0, "USD billion", "actual"),
             ("Total", 2030, 1200.0, "USD billion", "estimate")],
        claims=[("cagr", 31.0, "percent", 2025, 2030, None, "stated")],
        # (1200 / 310) ** (1/5) - 1 = 31.09%, which rounds to 31% (1.2tn is printed to 0.1 trillion)
        verdicts=[("cagr", "exact")]),
    dict(  # 9: "per cent" spelled out; units shipped; a penetration that is no share
        text="Shipments of AI PCs rose 46.8 per cent to 71.3 million units in 2024 from 48.6 million a year earlier, "
             "according to Tallis Research, and the devices made up 27 per cent of all PCs sold. Tallis expects "
             "shipments to reach 143 million units in 2027.",
        obs=[("Total", 2024, 71.3, "count million", "actual"), ("Total", 2023, 48.6, "count million", "actual"),
             ("Total", 2027, 143.0, "count million", "estimate")],
        claims=[("growth", 46.8, "percent", 2023, 2024, 1.0)],
        # 71.3 / 48.6 - 1 = 46.71%, not 46.8%; (71.35 / 48.55) - 1 = 46.96% reaches it: rounding
        # (bounds 46.45% to 46.96%)
        verdicts=[("cagr|implied", "rounding")]),
    dict(  # 10: a British trade body's review in pounds; a part with its share; a CAGR its amounts contradict
        text="The UK market for AI in retail was worth £3.41 billion in 2024, according to the annual review published "
             "today by the British Association of Retail Technology, which represents 260 member companies. "
             "Personalisation engines accounted for £1.18 billion, or 34.6 per cent of the total. The association, "
             "which puts the 2021 market at £1.92 billion, says it has grown at a compound annual rate of 21.7% over "
             "2021-2024 and expects it to pass £6 billion by 2028.",
        obs=[("Total", 2024, 3.41, "GBP billion", "actual"),
             ("Personalisation engines", 2024, 1.18, "GBP billion", "actual"),
             ("Total", 2021, 1.92, "GBP billion", "actual"), ("Total", 2028, 6.0, "GBP billion", "estimate")],
        claims=[("share", 34.6, "percent", 2024, 2024, None), ("cagr", 21.7, "percent", 2021, 2024, None, "stated")],
        # 1.18 / 3.41 = 34.60%, which rounds to 34.6%; (3.41 / 1.92) ** (1/3) - 1 = 21.10%, at most
        # (3.415 / 1.915) ** (1/3) - 1 = 21.27% with rounding: never 21.65% to 21.75%
        verdicts=[("arithmetic", "exact"), ("cagr", "inconsistent")]),
    dict(  # 11: an interview, hedged in speech: figures in words, one with no year the text fixes
        text="(Interview conducted on May 6, 2025; edited for length and clarity.)\n"
             "Q: How big is the market for AI in freight and logistics today?\n"
             "A: Last year we think it was about fourteen and a half billion dollars worldwide. And if the pilots "
             "convert, you're looking at somewhere around forty billion dollars by the end of the decade. Maybe more.\n"
             "Q: That's a steep climb.\n"
             "A: It is, but a third of the big shippers are already in production.",
        obs=[("Total", 2024, 14.5, "USD billion", "actual")],
        claims=[], verdicts=[]),
    dict(  # 12: an earnings release: the company's revenue and guidance expected nowhere, the market its CEO sizes kept
        text="SAN JOSE, Calif., Feb. 26, 2025 -- Northgate Systems today reported revenue of $2.84 billion for fiscal "
             "2025, up 38% from fiscal 2024. For fiscal 2026 the company expects revenue of $3.5 billion to $3.7 "
             "billion and a gross margin of about 61%. \"Enterprise inference is where training was two years ago,\" "
             "said chief executive Lena Ortiz, who expects the market for AI inference servers to reach $96 billion "
             "this year and $260 billion by 2029, growth of roughly 28% a year.",
        obs=[("Total", 2025, 96.0, "USD billion", "estimate"), ("Total", 2029, 260.0, "USD billion", "estimate")],
        claims=[("cagr", 28.0, "percent", 2025, 2029, None, "inferred")],
        # (260 / 96) ** (1/4) - 1 = 28.29%, which rounds to 28%
        verdicts=[("cagr|period", "exact")]),
    dict(  # 13: a market that shrank: "declined 6.5% to", reached only at the rounding of its amounts
        text="March 18, 2025 -- Revenue from voice-assistant smart speakers declined 6.5% to $7.49 billion in 2024, "
             "from $8.02 billion in 2023, as buyers moved their voice queries to phones and cars, Ardent Metrics said. "
             "The firm expects a further decline of about 4% this year.",
        obs=[("Total", 2024, 7.49, "USD billion", "actual"), ("Total", 2023, 8.02, "USD billion", "actual")],
        claims=[("growth", -6.5, "percent", 2023, 2024, 1.0), ("growth", -4.0, "percent", 2024, 2025, 1.0)],
        # 7.49 / 8.02 - 1 = -6.61%, not -6.5%; (7.495 / 8.015) - 1 = -6.49% reaches it: rounding
        # (bounds -6.73% to -6.49%)
        verdicts=[("cagr|implied", "rounding")]),
    dict(  # 14: a research firm's release: a part whose share its amounts contradict, a stated CAGR that holds
        text="The global AI in retail market reached USD 11.6 billion in 2024, according to Lumen Market Insights. "
             "Demand forecasting was the largest application at USD 3.9 billion, or 36.2% of the market, ahead of "
             "visual search. The firm expects the market to grow to USD 40.3 billion by 2031, a CAGR of 19.5% over "
             "2024-2031.",
        obs=[("Total", 2024, 11.6, "USD billion", "actual"), ("Demand forecasting", 2024, 3.9, "USD billion", "actual"),
             ("Total", 2031, 40.3, "USD billion", "estimate")],
        claims=[("share", 36.2, "percent", 2024, 2024, None), ("cagr", 19.5, "percent", 2024, 2031, None, "stated")],
        # 3.9 / 11.6 = 33.62%; at most 3.95 / 11.55 = 34.20% with rounding: never 36.15% to 36.25%;
        # (40.3 / 11.6) ** (1/7) - 1 = 19.47%, which rounds to 19.5%
        verdicts=[("arithmetic", "inconsistent"), ("cagr", "exact")]),
    dict(  # 15: euros; a year-on-year rate with its base; a rival firm's figure for the same year
        text="Europe's market for AI in logistics grew 22.3% to €3.24 billion in 2024 from €2.65 billion a year "
             "earlier, Brightwater Analytics said, led by route optimisation and yard automation. A rival tally from "
             "Ostrander Group puts the 2024 figure at €2.9 billion.",
        obs=[("Total", 2024, 3.24, "EUR billion", "actual"), ("Total", 2023, 2.65, "EUR billion", "actual")],
        claims=[("growth", 22.3, "percent", 2023, 2024, 1.0)],
        # 3.24 / 2.65 - 1 = 22.26%, which rounds to 22.3%
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 16: a newswire release: the dateline, the tag and the pages boilerplate; a CAGR its amounts contradict
        text="PUNE, India, Jan. 14, 2025 /PRNewswire/ -- The global AI server market, valued at USD 128.5 billion in "
             "2024, is projected to reach USD 512.6 billion by 2030, growing at a CAGR of 27.9% from 2024 to 2030, "
             "according to a new 210-page report from Sterling Market Research. Asia Pacific held a 33.8% revenue "
             "share in 2024.",
        obs=[("Total", 2024, 128.5, "USD billion", "actual"), ("Total", 2030, 512.6, "USD billion", "estimate")],
        claims=[("cagr", 27.9, "percent", 2024, 2030, None, "stated"), ("share", 33.8, "percent", 2024, 2024, None)],
        # (512.6 / 128.5) ** (1/6) - 1 = 25.94%; at most (512.65 / 128.45) ** (1/6) - 1 = 25.95% with rounding:
        # never 27.85% to 27.95%
        verdicts=[("cagr", "inconsistent")]),
    # ------------------------------------------------------------------------------------------ Chinese prose (17-30)
    dict(  # 17: 赛迪顾问-style: 核心产业规模达到, 同比增长 without its base, two parts with their 占比
        text="赛思顾问近日发布的《2025中国人工智能产业发展研究年度报告》显示，2024年我国人工智能核心产业规模达到7,460亿元，"
             "同比增长24.3%。其中，AI芯片规模为1,290亿元，占比17.3%；算法模型与平台规模为2,180亿元，占比29.2%。报告共收录"
             "典型应用案例312个。",
        obs=[("Total", 2024, 7460.0, "CNY 100 million", "actual"), ("AI芯片", 2024, 1290.0, "CNY 100 million", "actual"),
             ("算法模型与平台", 2024, 2180.0, "CNY 100 million", "actual")],
        claims=[("growth", 24.3, "percent", 2023, 2024, 1.0), ("share", 17.3, "percent", 2024, 2024, None),
                ("share", 29.2, "percent", 2024, 2024, None)],
        # 1290 / 7460 = 17.29%, which rounds to 17.3%; 2180 / 7460 = 29.22%, which rounds to 29.2%
        verdicts=[("arithmetic", "exact"), ("arithmetic", "exact")]),
    dict(  # 18: 前瞻-style: 预计到2029年……将超过, 2024-2029年年均复合增长率约为
        text="据前景产业研究院测算，2024年中国人形机器人市场规模约为27.6亿元。随着整机量产和核心零部件国产化提速，预计到"
             "2029年，中国人形机器人市场规模将超过750亿元，2024-2029年年均复合增长率约为94%。",
        obs=[("Total", 2024, 27.6, "CNY 100 million", "actual"), ("Total", 2029, 750.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 94.0, "percent", 2024, 2029, None, "stated")],
        # (750 / 27.6) ** (1/5) - 1 = 93.57%, which rounds to 94%
        verdicts=[("cagr", "exact")]),
    dict(  # 19: IDC中国-style: 亿美元 in Chinese text, 五年复合增长率 beside a from-to, a share in two years
        text="万象数据（VDC）中国《2024H2中国人工智能服务器市场跟踪报告》显示，2024年中国AI服务器市场规模达到221亿美元，"
             "预计2029年将达到561亿美元，五年复合增长率为20.5%。其中，生成式AI服务器的占比将由2024年的38%提升至2029年的64%。",
        obs=[("Total", 2024, 221.0, "USD 100 million", "actual"),
             ("Total", 2029, 561.0, "USD 100 million", "estimate")],
        claims=[("cagr", 20.5, "percent", 2024, 2029, None, "inferred"), ("share", 38.0, "percent", 2024, 2024, None),
                ("share", 64.0, "percent", 2029, 2029, None)],
        # (561 / 221) ** (1/5) - 1 = 20.48%, which rounds to 20.5%
        verdicts=[("cagr|period", "exact")]),
    dict(  # 20: 头豹-style 概览: a CAGR whose span its amounts give, then one whose span is printed
        text="【行业概览摘要】根据磐石研究院《2025年中国数据标注行业概览》，中国数据标注市场规模由2020年的36.2亿元增长至"
             "2024年的87.5亿元，年复合增长率为24.7%。受大模型训练与对齐需求拉动，预计2029年市场规模将达到298.3亿元，"
             "2024-2029年年复合增长率为27.8%。",
        obs=[("Total", 2020, 36.2, "CNY 100 million", "actual"), ("Total", 2024, 87.5, "CNY 100 million", "actual"),
             ("Total", 2029, 298.3, "CNY 100 million", "estimate")],
        claims=[("cagr", 24.7, "percent", 2020, 2024, None, "inferred"),
                ("cagr", 27.8, "percent", 2024, 2029, None, "stated")],
        # (87.5 / 36.2) ** (1/4) - 1 = 24.69%, which rounds to 24.7%; (298.3 / 87.5) ** (1/5) - 1 = 27.80%
        verdicts=[("cagr|period", "exact"), ("cagr", "exact")]),
    dict(  # 21: 德勤-style white paper: a rate with its base, a part with its 占比, a target, an adoption rate in words
        text="德瑞咨询发布的《中国智慧医疗发展白皮书（2025）》指出，2024年中国智慧医疗市场规模已达1,287亿元，较2023年的"
             "1,052亿元增长22.3%；其中，AI医学影像规模为186亿元，占比14.5%。白皮书预计，到2030年中国智慧医疗市场规模有望"
             "突破4,000亿元，调研覆盖的三级医院中约六成已部署AI辅助诊断。",
        obs=[("Total", 2024, 1287.0, "CNY 100 million", "actual"), ("Total", 2023, 1052.0, "CNY 100 million", "actual"),
             ("AI医学影像", 2024, 186.0, "CNY 100 million", "actual"),
             ("Total", 2030, 4000.0, "CNY 100 million", "estimate")],
        claims=[("growth", 22.3, "percent", 2023, 2024, 1.0), ("share", 14.5, "percent", 2024, 2024, None)],
        # 1287 / 1052 - 1 = 22.34%, which rounds to 22.3%; 186 / 1287 = 14.45%, which rounds to 14.5%
        # (bounds 14.41% to 14.50%)
        verdicts=[("cagr|implied", "exact"), ("arithmetic", "exact")]),
    dict(  # 22: 21世纪经济报道: the reporter boilerplate, 千亿元级 a size class, an estimate with its year-on-year rate
        text="21世纪经济报道记者 陈岚 上海报道 智能座舱正在成为整车厂竞逐的千亿元级赛道。据佳研咨询数据，2024年中国智能座舱"
             "市场规模为1,120亿元，同比增长35.6%；预计2025年将达到1,480亿元，同比增长32.1%。",
        obs=[("Total", 2024, 1120.0, "CNY 100 million", "actual"),
             ("Total", 2025, 1480.0, "CNY 100 million", "estimate")],
        claims=[("growth", 35.6, "percent", 2023, 2024, 1.0), ("growth", 32.1, "percent", 2024, 2025, 1.0)],
        # 1480 / 1120 - 1 = 32.14%, which rounds to 32.1%; 2024's 35.6% has no printed base
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 23: 界面新闻: 今年 from the dateline, 超百亿元 a lower bound
        text="界面新闻记者 周航 2025年3月12日，多家营销服务商披露，AIGC正在改写广告素材的生产方式。数据显示，2024年中国"
             "AIGC营销市场规模为68.5亿元，同比增长81.2%，业内预计今年将超百亿元。",
        obs=[("Total", 2024, 68.5, "CNY 100 million", "actual"), ("Total", 2025, 100.0, "CNY 100 million", "estimate")],
        claims=[("growth", 81.2, "percent", 2023, 2024, 1.0)],
        verdicts=[]),
    dict(  # 24: full-width digits, comma-free figures and a full-width percent
        text="据星河算力研究院统计，２０２４年中国智能算力服务市场规模达到２１４０亿元，同比增长３５．２％；预计２０２７年将达到"
             "５１６０亿元，２０２４—２０２７年年均复合增长率为３４．１％。",
        obs=[("Total", 2024, 2140.0, "CNY 100 million", "actual"),
             ("Total", 2027, 5160.0, "CNY 100 million", "estimate")],
        claims=[("growth", 35.2, "percent", 2023, 2024, 1.0), ("cagr", 34.1, "percent", 2024, 2027, None, "stated")],
        # (5160 / 2140) ** (1/3) - 1 = 34.10%, which rounds to 34.1%
        verdicts=[("cagr", "exact")]),
    dict(  # 25: 1.2万亿元 opening a series in CNY trillion; an approximate rate inferred from the amounts
        text="记者从2025中国汽车智能化论坛上获悉，2024年我国智能驾驶相关产业规模达到1.2万亿元；预计到2027年，这一规模将达到"
             "2.2万亿元，年均增长约22%。",
        obs=[("Total", 2024, 1.2, "CNY trillion", "actual"), ("Total", 2027, 2.2, "CNY trillion", "estimate")],
        claims=[("cagr", 22.0, "percent", 2024, 2027, None, "inferred")],
        # (2.2 / 1.2) ** (1/3) - 1 = 22.39%, which rounds to 22%
        verdicts=[("cagr|period", "exact")]),
    dict(  # 26: 同比下降 with its base; the count of firms boilerplate
        text="受大模型客服快速替代影响，2024年中国规则型智能客服市场规模为42.6亿元，较2023年的45.1亿元同比下降5.5%，"
             "市场参与企业减少至约260家。",
        obs=[("Total", 2024, 42.6, "CNY 100 million", "actual"), ("Total", 2023, 45.1, "CNY 100 million", "actual")],
        claims=[("growth", -5.5, "percent", 2023, 2024, 1.0)],
        # 42.6 / 45.1 - 1 = -5.54%, which rounds to -5.5%
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 27: 工研院/產科國際所-style, Traditional: 新台幣 產值 with the US$ beside it, 年增率
        text="工研院產科國際所今（12）日指出，受雲端業者擴大資本支出帶動，2024年台灣AI伺服器產值約新台幣9,870億元（約307億"
             "美元），較2023年的6,230億元年增率達58.4%；預估2025年產值將上看新台幣1.45兆元（約452億美元），年增約47%。",
        obs=[("Total", 2024, 307.0, "USD 100 million", "actual"),
             ("Total", 2025, 452.0, "USD 100 million", "estimate")],
        claims=[("growth", 58.4, "percent", 2023, 2024, 1.0), ("growth", 47.0, "percent", 2024, 2025, 1.0)],
        # from the 新台幣 amounts: 9870 / 6230 - 1 = 58.43%, which rounds to 58.4%; 14500 / 9870 - 1 = 46.91%, which
        # rounds to 47% (the US$ amounts: 452 / 307 - 1 = 47.23%, the same)
        verdicts=[("cagr|implied", "exact"), ("cagr|implied", "exact")]),
    dict(  # 28: 資策會-style, Traditional: 萬台 opening the series, 1.67億台 in it, 年複合成長率 after a from-to
        text="資策會產業情報研究所（MIC）今（20）日預估，全球AI PC出貨量將由2024年的4,800萬台成長至2028年的1.67億台，年複合"
             "成長率達36.6%，2028年商用機種占比將達62%。MIC調查的企業中，逾四成計畫在兩年內汰換現有筆電。",
        obs=[("Total", 2024, 4800.0, "count 10 thousand", "actual"),
             ("Total", 2028, 16700.0, "count 10 thousand", "estimate")],
        claims=[("cagr", 36.6, "percent", 2024, 2028, None, "inferred"), ("share", 62.0, "percent", 2028, 2028, None)],
        # (16700 / 4800) ** (1/4) - 1 = 36.57%, which rounds to 36.6%
        verdicts=[("cagr|period", "exact")]),
    dict(  # 29: a Taiwan research firm, Traditional: an estimate with its base, a fraction in words and a share
        text="研調機構宏觀研究（MacroTrend）最新報告指出，2025年全球AI晶片市場規模預估將達1,520億美元，較2024年的1,138億美元"
             "年增33.6%；其中，資料中心用GPU約占七成，邊緣AI晶片占比則為11.2%。",
        obs=[("Total", 2025, 1520.0, "USD 100 million", "estimate"),
             ("Total", 2024, 1138.0, "USD 100 million", "actual")],
        claims=[("growth", 33.6, "percent", 2024, 2025, 1.0), ("share", 11.2, "percent", 2025, 2025, None)],
        # 1520 / 1138 - 1 = 33.57%, which rounds to 33.6%
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 30: a broker's report: 分别为 three estimates, 对应增速分别为 their rates; the rating boilerplate
        text="华信证券研报认为，大模型一体机正处于放量前夜。我们预计2025-2027年中国AI大模型一体机市场规模分别为182亿元、305亿元"
             "和468亿元，对应增速分别为96.3%、67.6%和53.5%，维持行业“推荐”评级。",
        obs=[("Total", 2025, 182.0, "CNY 100 million", "estimate"),
             ("Total", 2026, 305.0, "CNY 100 million", "estimate"),
             ("Total", 2027, 468.0, "CNY 100 million", "estimate")],
        claims=[("growth", 96.3, "percent", 2024, 2025, 1.0), ("growth", 67.6, "percent", 2025, 2026, 1.0),
                ("growth", 53.5, "percent", 2026, 2027, 1.0)],
        # 305 / 182 - 1 = 67.58%, which rounds to 67.6%; 468 / 305 - 1 = 53.44%, not 53.5%, but
        # 468.5 / 304.5 - 1 = 53.86% reaches it: rounding (bounds 53.03% to 53.86%); 2025's base is not printed
        verdicts=[("cagr|implied", "exact"), ("cagr|implied", "rounding")]),
    # ----------------------------------------------------------------------------------------------- tables (31-40)
    dict(  # 31: an analyst firm's spending table: spending and year-on-year growth columns for two years
        text="Table 1. Worldwide Spending on AI in Logistics by Segment, 2024-2025 (Millions of U.S. Dollars)\n"
             "| Segment | 2024 Spending | 2024 Growth (%) | 2025 Spending | 2025 Growth (%) |\n"
             "|---|---|---|---|---|\n"
             "| AI Software | 8,412 | 34.1 | 11,236 | 33.6 |\n"
             "| AI Services | 6,905 | 21.7 | 8,348 | 20.9 |\n"
             "| AI Hardware | 4,118 | 45.2 | 5,977 | 41.5 |\n"
             "| Total | 19,435 | 31.4 | 25,561 | 31.5 |\n"
             "Source: Halvorsen Insight (April 2025)",
        obs=[("AI Software", 2024, 8412.0, "USD million", "actual"),
             ("AI Software", 2025, 11236.0, "USD million", "estimate"),
             ("AI Services", 2024, 6905.0, "USD million", "actual"),
             ("AI Services", 2025, 8348.0, "USD million", "estimate"),
             ("AI Hardware", 2024, 4118.0, "USD million", "actual"),
             ("AI Hardware", 2025, 5977.0, "USD million", "estimate"),
             ("Total", 2024, 19435.0, "USD million", "actual"), ("Total", 2025, 25561.0, "USD million", "estimate")],
        claims=[("growth", 34.1, "percent", 2023, 2024, 1.0), ("growth", 21.7, "percent", 2023, 2024, 1.0),
                ("growth", 45.2, "percent", 2023, 2024, 1.0), ("growth", 31.4, "percent", 2023, 2024, 1.0),
                ("growth", 33.6, "percent", 2024, 2025, 1.0), ("growth", 20.9, "percent", 2024, 2025, 1.0),
                ("growth", 41.5, "percent", 2024, 2025, 1.0), ("growth", 31.5, "percent", 2024, 2025, 1.0)],
        # 11236 / 8412 - 1 = 33.57% -> 33.6%; 8348 / 6905 - 1 = 20.90% -> 20.9%; 5977 / 4118 - 1 = 45.14%, between
        # 45.11% and 45.17% with rounding: never 41.45% to 41.55%; 25561 / 19435 - 1 = 31.52% -> 31.5%.
        # 8412 + 6905 + 4118 = 19435 and 11236 + 8348 + 5977 = 25561; the 2024 growth has no printed base
        verdicts=[("cagr|implied", "exact"), ("cagr|implied", "exact"), ("cagr|implied", "inconsistent"),
                  ("cagr|implied", "exact"), ("hierarchy", "exact")]),
    dict(  # 32: a markdown table with "—" for a missing cell
        text="Vector database revenue by deployment model (US$ million)\n"
             "| Deployment | 2022 | 2023 | 2024 | 2027F |\n"
             "|---|---|---|---|---|\n"
             "| Managed cloud | 212 | 398 | 706 | 2,480 |\n"
             "| Self-hosted | 145 | 221 | 318 | 690 |\n"
             "| Embedded | — | 34 | 81 | 410 |\n"
             "| Total | 357 | 653 | 1,105 | 3,580 |",
        obs=[("Managed cloud", 2022, 212.0, "USD million", "actual"),
             ("Managed cloud", 2023, 398.0, "USD million", "actual"),
             ("Managed cloud", 2024, 706.0, "USD million", "actual"),
             ("Managed cloud", 2027, 2480.0, "USD million", "estimate"),
             ("Self-hosted", 2022, 145.0, "USD million", "actual"),
             ("Self-hosted", 2023, 221.0, "USD million", "actual"),
             ("Self-hosted", 2024, 318.0, "USD million", "actual"),
             ("Self-hosted", 2027, 690.0, "USD million", "estimate"), ("Embedded", 2023, 34.0, "USD million", "actual"),
             ("Embedded", 2024, 81.0, "USD million", "actual"), ("Embedded", 2027, 410.0, "USD million", "estimate"),
             ("Total", 2022, 357.0, "USD million", "actual"), ("Total", 2023, 653.0, "USD million", "actual"),
             ("Total", 2024, 1105.0, "USD million", "actual"), ("Total", 2027, 3580.0, "USD million", "estimate")],
        claims=[],
        # 212 + 145 = 357; 398 + 221 + 34 = 653; 706 + 318 + 81 = 1105; 2480 + 690 + 410 = 3580
        verdicts=[("hierarchy", "exact")]),
    dict(  # 33: years as rows, segments as columns, a CAGR row at the bottom
        text="Global AI in drug discovery market by component (USD billion)\n"
             "Year\tPlatforms\tServices\tTotal\n"
             "2023\t1.12\t0.74\t1.86\n"
             "2024\t1.47\t0.94\t2.41\n"
             "2025E\t1.90\t1.18\t3.08\n"
             "2026E\t2.44\t1.49\t3.93\n"
             "2027E\t3.14\t1.88\t5.02\n"
             "CAGR 2024-27E\t28.8%\t26.2%\t27.7%",
        obs=[("Platforms", 2023, 1.12, "USD billion", "actual"), ("Platforms", 2024, 1.47, "USD billion", "actual"),
             ("Platforms", 2025, 1.9, "USD billion", "estimate"), ("Platforms", 2026, 2.44, "USD billion", "estimate"),
             ("Platforms", 2027, 3.14, "USD billion", "estimate"), ("Services", 2023, 0.74, "USD billion", "actual"),
             ("Services", 2024, 0.94, "USD billion", "actual"), ("Services", 2025, 1.18, "USD billion", "estimate"),
             ("Services", 2026, 1.49, "USD billion", "estimate"), ("Services", 2027, 1.88, "USD billion", "estimate"),
             ("Total", 2023, 1.86, "USD billion", "actual"), ("Total", 2024, 2.41, "USD billion", "actual"),
             ("Total", 2025, 3.08, "USD billion", "estimate"), ("Total", 2026, 3.93, "USD billion", "estimate"),
             ("Total", 2027, 5.02, "USD billion", "estimate")],
        claims=[("cagr", 28.8, "percent", 2024, 2027, None, "stated"),
                ("cagr", 26.2, "percent", 2024, 2027, None, "stated"),
                ("cagr", 27.7, "percent", 2024, 2027, None, "stated")],
        # (3.14 / 1.47) ** (1/3) - 1 = 28.79% -> 28.8%; (1.88 / 0.94) ** (1/3) - 1 = 25.99%, not 26.2%, but
        # (1.885 / 0.935) ** (1/3) - 1 = 26.33% reaches it: rounding (bounds 25.66% to 26.33%);
        # (5.02 / 2.41) ** (1/3) - 1 = 27.71% -> 27.7%. 1.12 + 0.74 = 1.86, 1.47 + 0.94 = 2.41, 1.90 + 1.18 = 3.08,
        # 2.44 + 1.49 = 3.93, 3.14 + 1.88 = 5.02
        verdicts=[("cagr", "exact"), ("cagr", "rounding"), ("cagr", "exact"), ("hierarchy", "exact")]),
    dict(  # 34: regional shares in % that sum to 100, the market's value under the table
        text="| Region | Share of 2024 market (%) |\n"
             "|---|---|\n"
             "| North America | 41.3 |\n"
             "| Europe | 27.6 |\n"
             "| Asia Pacific | 23.8 |\n"
             "| Rest of World | 7.3 |\n"
             "| Total | 100.0 |\n"
             "Global AI in insurance market value, 2024: US$11.8 billion",
        obs=[("Total", 2024, 11.8, "USD billion", "actual")],
        claims=[("share", 41.3, "percent", 2024, 2024, None), ("share", 27.6, "percent", 2024, 2024, None),
                ("share", 23.8, "percent", 2024, 2024, None), ("share", 7.3, "percent", 2024, 2024, None)],
        # 41.3 + 27.6 + 23.8 + 7.3 = 100.0, the total row, which is no claim
        verdicts=[]),
    dict(  # 35: the unit in the first header cell, "($ millions)"
        text="| End market ($ millions) | 2023 | 2024 | 2025E |\n"
             "|---|---|---|---|\n"
             "| Contact centres | 2,140 | 2,610 | 3,180 |\n"
             "| Healthcare | 1,385 | 1,720 | 2,090 |\n"
             "| Automotive | 910 | 1,060 | 1,270 |\n"
             "| Other | 655 | 780 | 910 |\n"
             "| Total | 5,090 | 6,170 | 7,450 |\n"
             "Source: Corvid Research estimates of speech recognition revenue.",
        obs=[("Contact centres", 2023, 2140.0, "USD million", "actual"),
             ("Contact centres", 2024, 2610.0, "USD million", "actual"),
             ("Contact centres", 2025, 3180.0, "USD million", "estimate"),
             ("Healthcare", 2023, 1385.0, "USD million", "actual"),
             ("Healthcare", 2024, 1720.0, "USD million", "actual"),
             ("Healthcare", 2025, 2090.0, "USD million", "estimate"),
             ("Automotive", 2023, 910.0, "USD million", "actual"),
             ("Automotive", 2024, 1060.0, "USD million", "actual"),
             ("Automotive", 2025, 1270.0, "USD million", "estimate"), ("Other", 2023, 655.0, "USD million", "actual"),
             ("Other", 2024, 780.0, "USD million", "actual"), ("Other", 2025, 910.0, "USD million", "estimate"),
             ("Total", 2023, 5090.0, "USD million", "actual"), ("Total", 2024, 6170.0, "USD million", "actual"),
             ("Total", 2025, 7450.0, "USD million", "estimate")],
        claims=[],
        # 2140 + 1385 + 910 + 655 = 5090; 2610 + 1720 + 1060 + 780 = 6170; 3180 + 2090 + 1270 + 910 = 7450
        verdicts=[("hierarchy", "exact")]),
    dict(  # 36: a Chinese table with 2022A / 2023A / 2024E / 2025E columns, its title and source line boilerplate
        text="表3：中国AI芯片市场规模预测（亿元）\n"
             "| 细分 | 2022A | 2023A | 2024E | 2025E |\n"
             "|---|---|---|---|---|\n"
             "| GPU | 520 | 746 | 1,068 | 1,452 |\n"
             "| ASIC | 142 | 218 | 351 | 540 |\n"
             "| FPGA及其他 | 88 | 105 | 126 | 149 |\n"
             "| 合计 | 750 | 1,069 | 1,545 | 2,141 |\n"
             "资料来源：公司公告，华信证券研究所",
        obs=[("GPU", 2022, 520.0, "CNY 100 million", "actual"), ("GPU", 2023, 746.0, "CNY 100 million", "actual"),
             ("GPU", 2024, 1068.0, "CNY 100 million", "estimate"), ("GPU", 2025, 1452.0, "CNY 100 million", "estimate"),
             ("ASIC", 2022, 142.0, "CNY 100 million", "actual"), ("ASIC", 2023, 218.0, "CNY 100 million", "actual"),
             ("ASIC", 2024, 351.0, "CNY 100 million", "estimate"), ("ASIC", 2025, 540.0, "CNY 100 million", "estimate"),
             ("FPGA及其他", 2022, 88.0, "CNY 100 million", "actual"),
             ("FPGA及其他", 2023, 105.0, "CNY 100 million", "actual"),
             ("FPGA及其他", 2024, 126.0, "CNY 100 million", "estimate"),
             ("FPGA及其他", 2025, 149.0, "CNY 100 million", "estimate"), ("合计", 2022, 750.0, "CNY 100 million", "actual"),
             ("合计", 2023, 1069.0, "CNY 100 million", "actual"), ("合计", 2024, 1545.0, "CNY 100 million", "estimate"),
             ("合计", 2025, 2141.0, "CNY 100 million", "estimate")],
        claims=[],
        # 520 + 142 + 88 = 750; 746 + 218 + 105 = 1069; 1068 + 351 + 126 = 1545; 1452 + 540 + 149 = 2141
        verdicts=[("hierarchy", "exact")]),
    dict(  # 37: quarter columns beside full-year columns: only the full years expected; the labels carry the units
        text="Global AI server market, quarterly and full year\n"
             "Metric\tQ1'24\tQ2'24\tQ3'24\tQ4'24\tFY2024\tFY2025E\n"
             "Revenue (US$ bn)\t28.4\t33.9\t39.2\t45.6\t147.1\t188.0\n"
             "Shipments (thousand units)\t231\t274\t318\t389\t1,212\t1,540\n",
        obs=[("Revenue", 2024, 147.1, "USD billion", "actual"), ("Revenue", 2025, 188.0, "USD billion", "estimate"),
             ("Shipments", 2024, 1212.0, "count thousand", "actual"),
             ("Shipments", 2025, 1540.0, "count thousand", "estimate")],
        claims=[],
        # the quarters add to the full year (28.4 + 33.9 + 39.2 + 45.6 = 147.1; 231 + 274 + 318 + 389 = 1212) but are
        # expected nowhere
        verdicts=[]),
    dict(  # 38: a Traditional Chinese table of 產值 in 億新台幣 with its 年增率 row
        text="台灣智慧醫療產值（單位：億新台幣）\n"
             "年度\t2022年\t2023年\t2024年\t2025年(預估)\n"
             "產值\t1,046\t1,231\t1,478\t1,792\n"
             "年增率\t—\t17.7%\t20.1%\t21.2%\n"
             "資料來源：產業研究機構整理",
        obs=[],
        claims=[("growth", 17.7, "percent", 2022, 2023, 1.0), ("growth", 20.1, "percent", 2023, 2024, 1.0),
                ("growth", 21.2, "percent", 2024, 2025, 1.0)],
        # from the 新台幣 amounts: 1231 / 1046 - 1 = 17.69% -> 17.7%; 1478 / 1231 - 1 = 20.07% -> 20.1%;
        # 1792 / 1478 - 1 = 21.24% -> 21.2%
        verdicts=[("cagr|implied", "exact"), ("cagr|implied", "exact"), ("cagr|implied", "exact")]),
    dict(  # 39: a space-aligned table with "n/a"
        text="AI in retail spending by country (US$ billion)\n"
             "Country           2023    2024    2025F\n"
             "United States     4.82    5.91    7.14\n"
             "China             2.37    2.95    3.66\n"
             "United Kingdom    0.71    0.86    1.03\n"
             "India             n/a     0.42    0.58\n"
             "Rest of world     2.24    2.33    2.91\n"
             "World            10.14   12.47   15.32",
        obs=[("United States", 2023, 4.82, "USD billion", "actual"),
             ("United States", 2024, 5.91, "USD billion", "actual"),
             ("United States", 2025, 7.14, "USD billion", "estimate"), ("China", 2023, 2.37, "USD billion", "actual"),
             ("China", 2024, 2.95, "USD billion", "actual"), ("China", 2025, 3.66, "USD billion", "estimate"),
             ("United Kingdom", 2023, 0.71, "USD billion", "actual"),
             ("United Kingdom", 2024, 0.86, "USD billion", "actual"),
             ("United Kingdom", 2025, 1.03, "USD billion", "estimate"), ("India", 2024, 0.42, "USD billion", "actual"),
             ("India", 2025, 0.58, "USD billion", "estimate"), ("Rest of world", 2023, 2.24, "USD billion", "actual"),
             ("Rest of world", 2024, 2.33, "USD billion", "actual"),
             ("Rest of world", 2025, 2.91, "USD billion", "estimate"), ("World", 2023, 10.14, "USD billion", "actual"),
             ("World", 2024, 12.47, "USD billion", "actual"), ("World", 2025, 15.32, "USD billion", "estimate")],
        claims=[],
        # 4.82 + 2.37 + 0.71 + 2.24 = 10.14 (India n/a); 5.91 + 2.95 + 0.86 + 0.42 + 2.33 = 12.47;
        # 7.14 + 3.66 + 1.03 + 0.58 + 2.91 = 15.32
        verdicts=[("hierarchy", "exact")]),
    dict(  # 40: cells that carry their units, "$4.1B"
        text="Generative AI in marketing: spending by use case\n"
             "| Use case | 2024 | 2025E | 2026E |\n"
             "|---|---|---|---|\n"
             "| Content generation | $4.1B | $5.9B | $8.2B |\n"
             "| Ad targeting and bidding | $3.6B | $4.8B | $6.3B |\n"
             "| Customer analytics | $2.2B | $2.9B | $3.7B |\n"
             "| Total | $9.9B | $13.6B | $18.2B |",
        obs=[("Content generation", 2024, 4.1, "USD billion", "actual"),
             ("Content generation", 2025, 5.9, "USD billion", "estimate"),
             ("Content generation", 2026, 8.2, "USD billion", "estimate"),
             ("Ad targeting and bidding", 2024, 3.6, "USD billion", "actual"),
             ("Ad targeting and bidding", 2025, 4.8, "USD billion", "estimate"),
             ("Ad targeting and bidding", 2026, 6.3, "USD billion", "estimate"),
             ("Customer analytics", 2024, 2.2, "USD billion", "actual"),
             ("Customer analytics", 2025, 2.9, "USD billion", "estimate"),
             ("Customer analytics", 2026, 3.7, "USD billion", "estimate"),
             ("Total", 2024, 9.9, "USD billion", "actual"), ("Total", 2025, 13.6, "USD billion", "estimate"),
             ("Total", 2026, 18.2, "USD billion", "estimate")],
        claims=[],
        # 4.1 + 3.6 + 2.2 = 9.9; 5.9 + 4.8 + 2.9 = 13.6; 8.2 + 6.3 + 3.7 = 18.2
        verdicts=[("hierarchy", "exact")]),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "thirtieth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'Worldwide spending on AI-optimized data center infrastructure will total',
    'over the 2024-2028 forecast period',
    '📈 $12B → $48B (2024→2030)',
    'Page 12 of 48',
    'expect-\ned to reach',
    'USD 2.4 billion¹',
    '$90 billion to $110 billion by 2030',
    '€850m',
    'US$1.2tn',
    'per cent',
    'somewhere around forty billion dollars by the end of the decade',
    'expects revenue of $3.5 billion to $3.7 billion',
    'declined 6.5% to',
    '核心产业规模达到7,460亿元',
    '将超过750亿元，2024-2029年年均复合增长率约为94%',
    '千亿元级',
    '超百亿元',
    '３５．２％',
    '1.2万亿元',
    '同比下降5.5%',
    '新台幣9,870億元（約307億美元）',
    '年複合成長率達36.6%',
    '| Segment | 2024 Spending | 2024 Growth (%) | 2025 Spending | 2025 Growth (%) |',
    '| Embedded | — |',
    'CAGR 2024-27E',
    '($ millions)',
    '| 2022A | 2023A | 2024E | 2025E |',
    "Q1'24",
    '單位：億新台幣',
    'n/a',
)
#: the set's blind score (set when it is first scored)
FLOORS = {"figures_found": 189, "rates_found": 48, "verdicts_right": 52}


if __name__ == "__main__":  # python tests/extract_checkset30.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
