"""A thirty-fifth check set for the extractor, written blind, on reports that cover several things at once: a
market-research store's summary, segments and regions given together with "respectively", several publishers' estimates
of one market side by side, a Taiwan institute's dated release in NT$, a Hong Kong association's figures in HK$, growth
stated as a bound ("at least", "more than"), a rate over "the next several years", a part with its share, analysts' and
research firms' notes, a dated wire story in euros, Chinese institutes and data firms giving hardware, software and
services with 分别, two publishers set side by side with 而, 未来五年, a lower bound (超过), Taiwan releases in Traditional
Chinese with 依序 and 分別, a Hong Kong release in 港元 and one in 港幣, amounts in Chinese numerals and in full-width digits,
regional shares of a total printed in 万亿元, and tables in every layout (a publishers' table, tables in 新台幣 and 港元, a
total row the rows contradict, bounds in a CAGR column, full-width cells, two products' columns with their own YoY).

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

What this set's sources add to them: the bundled unit table now holds the New Taiwan dollar (TWD 10 thousand, million,
100 million, billion and trillion) and the Hong Kong dollar (HKD million, 100 million and billion), so an amount in 新台幣,
台幣, NT$, 港元, 港幣 or HK$ is, like yen, the year's observation in its own currency, a rough US$ conversion printed beside
it (約133億美元, "about US$40 billion") is none, and a rate over such amounts gets its verdict from them; a Taiwanese text's
bare 億元 is TWD 100 million when the text names 新台幣 anywhere, even in a closing note (（金額單位：新台幣）), and a Hong Kong text's
bare 億元 after 港幣 is HKD 100 million. Several things given at once are each an item of its own: segments, regions or
products listed with "respectively", 分别, 分別 or 依序 are parts of the market the sentence names, each expected under its
name as printed, and their amounts, bases and rates pair in the order printed, each rate a claim of its own with its
verdict from its own part's two amounts. Several publishers' figures for one market are separate series: when their
years differ each is the market's (``Total``) figure for its year, and each publisher's rate is checked against that
publisher's amounts only, never against another's (no verdict between publishers is expected, and none may be
``inconsistent``); when a second publisher gives a year the first already gave, the second is expected nowhere, as the
conventions say; in a table of publishers each row is its publisher's series under its row label. A rate stated as a
bound ("at least 17% a year", "more than 35% a year", "more than 20% CAGR", 超过25%, 至少百分之十八, ">20%" in a table's cell) is
a claim at its printed figure, like an approximate one, and its audit is a bound: ``exact`` when the printed amounts
meet the bound, ``inconsistent`` when no reading of them does; this set's bounds in digits are met or missed by a point
reading too, while the two in Chinese numerals and full-width digits are met as bounds where a point reading would give
``rounding`` or ``inconsistent``. A rate over a span with no start year ("over the next several years", 未来五年) fixes no
years and is expected nowhere, so no verdict is possible. Amounts in Chinese numerals with a full-width point (一．五兆美元,
二．五二兆美元: USD trillion) and in full-width digits (１２３亿元, ９６亿元, ２８．１％, and in a table's cells) are read as their digits,
and 四十四％ and 百分之十八 as 44 and 18 per cent. Snippet by snippet: "was valued at USD 11.62 billion in 2024 and is expected
to reach USD 40.74 billion by 2030, growing at a CAGR of 23.3% from 2024 to 2030" is the everyday form (``actual`` base,
``estimate``, a ``stated`` rate) and the software segment's 61.2% a share. "Training chips and inference chips brought
in $68.4 billion and $41.2 billion in 2024, respectively, up from $49.5 billion and $27.0 billion in 2023, growth of
38.2% and 52.6%, respectively" gives ``Training chips`` and ``Inference chips`` each two years and its own year-on-year
rate. North America's, Europe's and Asia Pacific's "43%, 26% and 22% of that, respectively" are shares of 2024 and their
"21%, 18% and 29%" year-on-year rates whose bases are not printed. Harbor Lane's 2024 and 2032 and Meridale's 2025 and
2030 are all the market's, each publisher's CAGR ``inferred`` from its own amounts. Aldgate's base, target and rate are
the snippet's and "while Corbel Research expects $18.2 billion by 2030" is a second publisher's figure for the same
year, expected nowhere. In a dated wire story from Taipei "NT$1.28 trillion" opens a TWD trillion series, so "NT$793
billion in 2023" is expected as 0.793, "up 61.4%" is their year-on-year rate, "should top NT$1.9 trillion this year" the
dateline's year (an approximate ``estimate``) and "about US$40 billion" no observation. In a Hong Kong association's
release "HK$9.6 billion last year" is 2024's (HKD billion) and "growth of at least 17% a year" to 2029 a bound. "More
than 35% a year" from $3.1 billion to $11.2 billion is a bound the amounts miss (``inconsistent``). "Roughly 30% a year
over the next several years" is expected nowhere. "Claims automation took $5.9 billion, or 41.5%" of $14.2 billion is a
part with its share and an ``arithmetic`` verdict, and "rose 22.4% from $11.6 billion in 2023" a year-on-year rate with
its base. "Rose 19% to $2.5 billion in 2024 from $2.08 billion" is reached only at the rounding of its amounts. "114
million and 912 million units in 2027, respectively, up from 48 million and 234 million in 2024" are two products'
shipments (``count million``) with "compound annual growth of 33.4% and 57.4%, respectively", each ``inferred``. In a
dated London story "will rise 24% this year to €8.9 billion, from €7.4 billion last year" is a year-on-year rate its
amounts contradict. "$4.1 billion and $2.6 billion, respectively, of the $7.0 billion ... 58% and 37% of the total" are
two parts whose first share is reached only at the rounding of its amounts. "A CAGR of 17.6% over 2024-2029" is
``stated`` and reached only at the rounding of its amounts, and "more than 20% CAGR" from 2025 to 2030 a bound its
amounts meet. In Chinese prose 其中硬件、软件和服务规模分别为……较2023年的……分别增长 gives three parts two years each and each its own rate
(and 约6,000亿元 the market's approximate figure); 其中软件、硬件、服务分别占46%、33%、21% are three shares of 2024 beside the market's
year-on-year rate with its base; 据艾思咨询……；而智途研究则预计 sets a second publisher's 2025 and 2027 beside the first's 2024 and
2028 (both ``Total``, each rate ``inferred`` and checked on its own publisher's amounts) and 两家机构的统计口径不同 carries no
figure; 未来五年该市场年均增速有望超过40% is expected nowhere, beside 同比增长约61% (no base) and a share; 增长超过25% is a year-on-year bound
its amounts meet, and 线上渠道销售额占比 a share. In Traditional Chinese 2024年台灣AI供應鏈中，AI伺服器、AI晶片與散熱模組產值依序為 gives three parts in
TWD 100 million (the 新台幣 printed only in the closing note) and 年增率依序為 each its rate; 筆電與桌機出貨量分別為2.03億台、5,820萬台 gives two
parts of the PC market in their printed scales (``count 100 million``, ``count 10 thousand``) beside the market's
2.61億台, with 年增率分別為 their rates; a Hong Kong release's 去年達86億港元（約11億美元） is 2024's in HKD 100 million,
較2023年的68億港元增長26.5% a rate with its base and 年均複合增長率約19.8% ``inferred``; a Taiwan research firm's 今年全球AI支出將上看一．五兆美元 is
the dateline's year (``estimate``), 約占四十四％ a share, 二．五二兆美元 2028's and 年複合成長率至少百分之十八 a bound met by its amounts (a point
reading reaches 18 only at the rounding); a full-width item's １２３亿元 and ９６亿元 give 2024 and 2023, ２８．１％ their rate, ２６８亿元
the 2027 ``estimate`` and ２０２４—２０２７年年均增速将超过２５％ a ``stated`` bound met by its amounts (a point reading contradicts it);
新台幣4,280億元（約133億美元） and 較2023年的3,150億元成長35.9% are TWD amounts with their rate, and 預估2025年將達5,520億元，年增29.0% an
``estimate`` with its rate; 由2021年的186亿元增长至2024年的402亿元，年均复合增长率达32.6% is ``inferred`` and contradicted by its amounts and
将突破480亿元 an approximate ``estimate``; 长三角、珠三角和京津冀 with 4,160亿元、3,020亿元和2,240亿元 and 占全国的比重分别为35%、25%和19% are three parts
with their shares of a market printed as 1.18万亿元 (CNY trillion), whose last printed digit makes the 25% reachable only
at the rounding; and in a 港幣 release 約為港幣58億元，較2023年的47億元增長22% is reached only at the rounding of its amounts, while
倉儲自動化 and 路線優化 are parts with 年增率分別為 rates whose bases are not printed. In tables: a markdown table of applications with
a 2025F column adds to its Total row; a tab-separated table of publishers gives each publisher's row its two years and
its "CAGR 2024-2030" (``stated``), no row summed with or checked against another; a space-aligned table with years as
rows gives ``Market size`` its figures and its YoY column each year's rate ("n/a" no figure, one contradicted by its
figures); a Chinese 细分市场 table with 规模（亿元） and 占比 gives each row its share with an ``arithmetic`` verdict and its 合计 the
whole; a Traditional Chinese table under 單位：新台幣億元 gives ``產值`` its TWD figures and its 年增率 column each year's rate,
2025年(預估) an ``estimate`` and its 資料來源 line boilerplate; a table under 單位：百萬港元 gives each 行業 its HKD million figures and
its 總計 the whole; a table whose Total row is less than its rows' sum gets an ``inconsistent`` hierarchy verdict; a table
whose CAGR column holds bounds and approximations (">20%", ">25%", "~18%", "~21%") under a "Note:" that prints the span
makes each row's rate ``stated``, each met by its row's figures, and its "Source:" line boilerplate; a table in
full-width digits under （单位：亿元） gives each 区域 its figure, its 合计 the whole and its 同比增长 column rates whose bases are not
printed; and a space-aligned table of two products with a YoY column after each gives each product its ``count million``
figures and each YoY its own product's rate (2024's "—" none, one contradicted by its figures). Markets vary (AI in
retail, AI accelerators, AI in cybersecurity, generative AI, AI code assistants, AI servers, AI in financial services,
AI agents for customer service, AI observability, AI in insurance, AI drug discovery, AI PCs and smartphones, AI in
banking, AI in contact centres, AI in agriculture, edge AI, 人工智能核心产业, AI大模型应用, 智能客服, 具身智能, AI眼镜, AI供應鏈, PC, 人工智能應用,
AI支出, AI营销, AI晶片設計, AI语音, 智能网联汽车, 智慧物流, AI in logistics, conversational AI, 智能汽车AI软件, AI伺服器, AI in healthcare, AI算力服务);
publishers, speakers and companies are invented, the sentences are the project's own and the figures plausible. ``python
tests/extract_checkset35.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. the everyday form: valued at, expected to reach, a CAGR over a printed span; a segment's share
    dict(
        text=(
            "The global AI in retail market size was valued at USD 11.62 billion in 2024 and is expected to reach USD "
            "40.74 billion by 2030, growing at a CAGR of 23.3% from 2024 to 2030. The software segment held a 61.2% "
            "share of the market in 2024, led by demand forecasting and personalisation tools."
        ),
        obs=[
            ("Total", 2024, 11.62, "USD billion", "actual"),
            ("Total", 2030, 40.74, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.3, "percent", 2024, 2030, None, "stated"),
            ("share", 61.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (40.74 / 11.62) ** (1 / 6) - 1 = 23.254% -> 23.3
        ],
    ),
    # 2. two parts given with "respectively": their amounts, their bases and their rates pair in order
    dict(
        text=(
            "Within the AI accelerator market, training chips and inference chips brought in $68.4 billion and $41.2 "
            "billion in 2024, respectively, up from $49.5 billion and $27.0 billion in 2023, growth of 38.2% and "
            "52.6%, respectively, according to Ostrava Silicon Research."
        ),
        obs=[
            ("Training chips", 2023, 49.5, "USD billion", "actual"),
            ("Training chips", 2024, 68.4, "USD billion", "actual"),
            ("Inference chips", 2023, 27.0, "USD billion", "actual"),
            ("Inference chips", 2024, 41.2, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 38.2, "percent", 2023, 2024, 1.0),
            ("growth", 52.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 68.4 / 49.5 - 1 = 38.182% -> 38.2
            ("cagr|implied", "exact"),  # 41.2 / 27.0 - 1 = 52.593% -> 52.6
        ],
    ),
    # 3. regions with "respectively": three shares and three year-on-year rates whose bases are not printed
    dict(
        text=(
            "Spending on AI in cybersecurity came to $24.8 billion in 2024, Quillon Research estimates. North America, "
            "Europe and Asia Pacific accounted for 43%, 26% and 22% of that, respectively, and their spending grew "
            "21%, 18% and 29% from a year earlier."
        ),
        obs=[("Total", 2024, 24.8, "USD billion", "actual")],
        claims=[
            ("share", 43, "percent", 2024, 2024, None),
            ("share", 26, "percent", 2024, 2024, None),
            ("share", 22, "percent", 2024, 2024, None),
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("growth", 29, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[],
    ),
    # 4. two publishers side by side for different years: separate series, each rate on its own amounts
    dict(
        text=(
            "How big is the generative AI market? It depends whom you ask. Harbor Lane Research values it at $36.1 "
            "billion in 2024 and projects $238.5 billion by 2032, a CAGR of 26.6%. Meridale Intelligence puts 2025 "
            "at $28.4 billion and expects $97.8 billion by 2030, a 28.1% CAGR. The gap comes down to whether "
            "chatbot subscriptions and cloud credits are counted."
        ),
        obs=[
            ("Total", 2024, 36.1, "USD billion", "actual"),
            ("Total", 2032, 238.5, "USD billion", "estimate"),
            ("Total", 2025, 28.4, "USD billion", "actual"),
            ("Total", 2030, 97.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 26.6, "percent", 2024, 2032, None, "inferred"),
            ("cagr", 28.1, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # Harbor Lane: (238.5 / 36.1) ** (1 / 8) - 1 = 26.619% -> 26.6
            ("cagr|period", "exact"),  # Meridale: (97.8 / 28.4) ** (1 / 5) - 1 = 28.057% -> 28.1
        ],
    ),
    # 5. "X puts it at ... while Y expects ...": the second publisher's figure for the same year expected nowhere
    dict(
        text=(
            "Aldgate Insights sizes the AI code assistant market at $4.9 billion in 2024 and puts it at $26.0 billion "
            "by 2030, a compound annual growth rate of 32.1%, while Corbel Research expects $18.2 billion by 2030."
        ),
        obs=[
            ("Total", 2024, 4.9, "USD billion", "actual"),
            ("Total", 2030, 26.0, "USD billion", "estimate"),
        ],
        claims=[("cagr", 32.1, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (26.0 / 4.9) ** (1 / 6) - 1 = 32.068% -> 32.1
        ],
    ),
    # 6. a dated Taipei wire story in NT$: a TWD trillion series, a US$ conversion that is no observation
    dict(
        text=(
            "TAIPEI, Sept. 4, 2025 -- Taiwan's AI server output reached NT$1.28 trillion (about US$40 billion) in "
            "2024, up 61.4% from NT$793 billion in 2023, and should top NT$1.9 trillion this year, the Formosa "
            "Industry Institute said on Thursday."
        ),
        obs=[
            ("Total", 2024, 1.28, "TWD trillion", "actual"),
            ("Total", 2023, 0.793, "TWD trillion", "actual"),
            ("Total", 2025, 1.9, "TWD trillion", "estimate"),
        ],
        claims=[("growth", 61.4, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.28 / 0.793 - 1 = 61.412% -> 61.4 (NT$ 1,280 / 793 billion)
        ],
    ),
    # 7. a Hong Kong release in HK$: last year, a bound ("at least 17% a year") its amounts meet
    dict(
        text=(
            "HONG KONG, May 8, 2025 -- Hong Kong's market for AI in financial services was worth HK$9.6 billion last "
            "year and could reach HK$21.2 billion by 2029, implying growth of at least 17% a year, the Harbourfront "
            "Fintech Association said."
        ),
        obs=[
            ("Total", 2024, 9.6, "HKD billion", "actual"),
            ("Total", 2029, 21.2, "HKD billion", "estimate"),
        ],
        claims=[("cagr", 17, "percent", 2024, 2029, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (21.2 / 9.6) ** (1 / 5) - 1 = 17.169% >= 17 (and rounds to 17)
        ],
    ),
    # 8. a bound ("more than 35% a year") its amounts miss
    dict(
        text=(
            "Spending on AI agents for customer service will grow more than 35% a year, from $3.1 billion in 2024 to "
            "$11.2 billion in 2029, Vireo Analytics says in its first forecast of the category."
        ),
        obs=[
            ("Total", 2024, 3.1, "USD billion", "actual"),
            ("Total", 2029, 11.2, "USD billion", "estimate"),
        ],
        claims=[("cagr", 35, "percent", 2024, 2029, None, "inferred")],
        verdicts=[
            # (11.2 / 3.1) ** (1 / 5) - 1 = 29.292%; bounds (11.15 / 3.15) -> 28.764%, (11.25 / 3.05) -> 29.829%:
            # below 35 (and outside 35 +- 0.5) at every reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 9. a rate over "the next several years": no years, expected nowhere, no verdict possible
    dict(
        text=(
            "The AI observability market was worth about $1.7 billion in 2024, and Tessel Research expects it to grow "
            "by roughly 30% a year over the next several years as companies put more models into production."
        ),
        obs=[("Total", 2024, 1.7, "USD billion", "actual")],
        claims=[],
        verdicts=[],
    ),
    # 10. a part with its share of the whole; a year-on-year rate with its base
    dict(
        text=(
            "Of the $14.2 billion that insurers spent on AI in 2024, claims automation took $5.9 billion, or 41.5%, "
            "Corriden Insurance Analytics estimates. Total spending rose 22.4% from $11.6 billion in 2023."
        ),
        obs=[
            ("Total", 2024, 14.2, "USD billion", "actual"),
            ("Claims automation", 2024, 5.9, "USD billion", "actual"),
            ("Total", 2023, 11.6, "USD billion", "actual"),
        ],
        claims=[
            ("share", 41.5, "percent", 2024, 2024, None),
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 5.9 / 14.2 = 41.549% -> 41.5
            ("cagr|implied", "exact"),  # 14.2 / 11.6 - 1 = 22.414% -> 22.4
        ],
    ),
    # 11. a year-on-year rate reached only at the rounding of its amounts
    dict(
        text=(
            "Revenue from AI-powered drug discovery platforms rose 19% to $2.5 billion in 2024 from $2.08 billion in "
            "2023, according to Helix Biodata, as large drugmakers signed multi-year platform deals."
        ),
        obs=[
            ("Total", 2024, 2.5, "USD billion", "actual"),
            ("Total", 2023, 2.08, "USD billion", "actual"),
        ],
        claims=[("growth", 19, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 2.5 / 2.08 - 1 = 20.192%, not 19 +- 0.5; bounds (2.45 / 2.085) -> 17.506%, (2.55 / 2.075) -> 22.892%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 12. two products with "respectively": shipments in million units, each with its own CAGR
    dict(
        text=(
            "Shipments of AI PCs and AI smartphones will reach 114 million and 912 million units in 2027, "
            "respectively, up from 48 million and 234 million in 2024, compound annual growth of 33.4% and 57.4%, "
            "respectively, Pellucid Devices Research forecasts."
        ),
        obs=[
            ("AI PCs", 2024, 48, "count million", "actual"),
            ("AI PCs", 2027, 114, "count million", "estimate"),
            ("AI smartphones", 2024, 234, "count million", "actual"),
            ("AI smartphones", 2027, 912, "count million", "estimate"),
        ],
        claims=[
            ("cagr", 33.4, "percent", 2024, 2027, None, "inferred"),
            ("cagr", 57.4, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (114 / 48) ** (1 / 3) - 1 = 33.420% -> 33.4
            ("cagr|period", "exact"),  # (912 / 234) ** (1 / 3) - 1 = 57.372% -> 57.4
        ],
    ),
    # 13. a dated London story in euros: this year, last year, a year-on-year rate its amounts contradict
    dict(
        text=(
            "LONDON, 14 March 2025 -- European banks' spending on AI will rise 24% this year to €8.9 billion, from "
            "€7.4 billion last year, Lydgate Research forecasts, with fraud detection the largest use."
        ),
        obs=[
            ("Total", 2025, 8.9, "EUR billion", "estimate"),
            ("Total", 2024, 7.4, "EUR billion", "actual"),
        ],
        claims=[("growth", 24, "percent", 2024, 2025, 1.0)],
        verdicts=[
            # 8.9 / 7.4 - 1 = 20.270%; bounds (8.85 / 7.45) -> 18.792%, (8.95 / 7.35) -> 21.769%: 24 +- 0.5 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. two parts of a whole with "respectively" and their shares: one exact, one only at the rounding
    dict(
        text=(
            "Software and services brought in $4.1 billion and $2.6 billion, respectively, of the $7.0 billion spent "
            "on AI in contact centres in 2024, or 58% and 37% of the total, with hardware making up the rest, says "
            "Lantern Research."
        ),
        obs=[
            ("Software", 2024, 4.1, "USD billion", "actual"),
            ("Services", 2024, 2.6, "USD billion", "actual"),
            ("Total", 2024, 7.0, "USD billion", "actual"),
        ],
        claims=[
            ("share", 58, "percent", 2024, 2024, None),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 4.1 / 7.0 = 58.571%, not 58 +- 0.5; bounds (4.05 / 7.05) -> 57.447%, (4.15 / 6.95) -> 59.712%
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 2.6 / 7.0 = 37.143% -> 37
        ],
    ),
    # 15. a stated CAGR over a printed span reached only at the rounding of its amounts
    dict(
        text=(
            "The AI in agriculture market is forecast to climb from $2.3 billion in 2024 to $5.1 billion in 2029, a "
            "CAGR of 17.6% over 2024-2029, Greenfield Agritech Analytics estimates."
        ),
        obs=[
            ("Total", 2024, 2.3, "USD billion", "actual"),
            ("Total", 2029, 5.1, "USD billion", "estimate"),
        ],
        claims=[("cagr", 17.6, "percent", 2024, 2029, None, "stated")],
        verdicts=[
            # (5.1 / 2.3) ** (1 / 5) - 1 = 17.265%, not 17.6 +- 0.05; bounds (5.05 / 2.35) -> 16.532%,
            # (5.15 / 2.25) -> 18.012%
            ("cagr", "rounding"),
        ],
    ),
    # 16. a bound ("more than 20% CAGR") its amounts meet
    dict(
        text=(
            "Edge AI software revenue is set to grow at more than 20% CAGR, from $3.2 billion in 2025 to $8.0 billion "
            "by 2030, says Alder Point Research."
        ),
        obs=[
            ("Total", 2025, 3.2, "USD billion", "actual"),
            ("Total", 2030, 8.0, "USD billion", "estimate"),
        ],
        claims=[("cagr", 20, "percent", 2025, 2030, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (8.0 / 3.2) ** (1 / 5) - 1 = 20.112% > 20 (and rounds to 20)
        ],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. 其中硬件、软件和服务……分别为……，较2023年的……分别增长: three parts, each its own rate
    dict(
        text=(
            "据中智研究院测算，2024年我国人工智能核心产业规模约6,000亿元，其中硬件、软件和服务规模分别为3,120亿元、"
            "1,860亿元和1,020亿元，较2023年的2,430亿元、1,376亿元和835亿元分别增长28.4%、35.2%和22.2%。"
        ),
        obs=[
            ("Total", 2024, 6000, "CNY 100 million", "actual"),
            ("硬件", 2023, 2430, "CNY 100 million", "actual"),
            ("硬件", 2024, 3120, "CNY 100 million", "actual"),
            ("软件", 2023, 1376, "CNY 100 million", "actual"),
            ("软件", 2024, 1860, "CNY 100 million", "actual"),
            ("服务", 2023, 835, "CNY 100 million", "actual"),
            ("服务", 2024, 1020, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 28.4, "percent", 2023, 2024, 1.0),
            ("growth", 35.2, "percent", 2023, 2024, 1.0),
            ("growth", 22.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3120 / 2430 - 1 = 28.395% -> 28.4
            ("cagr|implied", "exact"),  # 1860 / 1376 - 1 = 35.174% -> 35.2
            ("cagr|implied", "exact"),  # 1020 / 835 - 1 = 22.156% -> 22.2
        ],
    ),
    # 18. 其中软件、硬件、服务分别占……: three shares beside a year-on-year rate with its base
    dict(
        text=(
            "中研智库数据显示，2024年中国AI大模型应用市场规模为520亿元，较2023年的347亿元增长49.9%。其中软件、硬件、"
            "服务分别占46%、33%、21%。"
        ),
        obs=[
            ("Total", 2024, 520, "CNY 100 million", "actual"),
            ("Total", 2023, 347, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 49.9, "percent", 2023, 2024, 1.0),
            ("share", 46, "percent", 2024, 2024, None),
            ("share", 33, "percent", 2024, 2024, None),
            ("share", 21, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 520 / 347 - 1 = 49.856% -> 49.9
        ],
    ),
    # 19. 据……；而……则预计: two publishers' series side by side, each rate on its own publisher's amounts
    dict(
        text=(
            "据艾思咨询统计，2024年中国智能客服市场规模为412亿元，该机构预计2028年将达到1,258亿元，年复合增长率为32.2%；"
            "而智途研究则预计，该市场2025年为520亿元，2027年将达到880亿元，年均增速约30%。两家机构的统计口径不同。"
        ),
        obs=[
            ("Total", 2024, 412, "CNY 100 million", "actual"),
            ("Total", 2028, 1258, "CNY 100 million", "estimate"),
            ("Total", 2025, 520, "CNY 100 million", "estimate"),
            ("Total", 2027, 880, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 32.2, "percent", 2024, 2028, None, "inferred"),
            ("cagr", 30, "percent", 2025, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # 艾思: (1258 / 412) ** (1 / 4) - 1 = 32.189% -> 32.2
            ("cagr|period", "exact"),  # 智途: (880 / 520) ** (1 / 2) - 1 = 30.089% -> 30
        ],
    ),
    # 20. 未来五年: a rate with no years fixed, expected nowhere; a rate without its base; a share
    dict(
        text=(
            "华研智库发布报告称，2024年我国具身智能市场规模约为86亿元，同比增长约61%，其中人形机器人占比约38%。报告预计，"
            "未来五年该市场年均增速有望超过40%。"
        ),
        obs=[("Total", 2024, 86, "CNY 100 million", "actual")],
        claims=[
            ("growth", 61, "percent", 2023, 2024, 1.0),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 21. 增长超过25%: a year-on-year bound its amounts meet; a channel's share
    dict(
        text=(
            "据灵犀数据监测，2024年中国AI眼镜市场销售额为58.6亿元，较2023年的46.8亿元增长超过25%，线上渠道销售额"
            "占比为63.5%。"
        ),
        obs=[
            ("Total", 2024, 58.6, "CNY 100 million", "actual"),
            ("Total", 2023, 46.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("share", 63.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 58.6 / 46.8 - 1 = 25.214% > 25 (and rounds to 25)
        ],
    ),
    # 22. Traditional: 依序 over three parts, bare 億元 that a closing note makes 新台幣
    dict(
        text=(
            "資策會產業情報研究所（MIC）指出，2024年台灣AI供應鏈中，AI伺服器、AI晶片與散熱模組產值依序為9,420億元、"
            "3,860億元與1,150億元，年增率依序為58.6%、41.2%與36.5%。（金額單位：新台幣）"
        ),
        obs=[
            ("AI伺服器", 2024, 9420, "TWD 100 million", "actual"),
            ("AI晶片", 2024, 3860, "TWD 100 million", "actual"),
            ("散熱模組", 2024, 1150, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 58.6, "percent", 2023, 2024, 1.0),
            ("growth", 41.2, "percent", 2023, 2024, 1.0),
            ("growth", 36.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[],
    ),
    # 23. Traditional: 筆電與桌機出貨量分別為……億台、……萬台 (counts in their printed scales), 年增率分別為
    dict(
        text=(
            "據鼎新研究統計，2024年全球PC出貨量為2.61億台，年增3.6%；其中筆電與桌機出貨量分別為2.03億台、5,820萬台，"
            "年增率分別為4.1%與1.8%。"
        ),
        obs=[
            ("Total", 2024, 2.61, "count 100 million", "actual"),
            ("筆電", 2024, 2.03, "count 100 million", "actual"),
            ("桌機", 2024, 5820, "count 10 thousand", "actual"),
        ],
        claims=[
            ("growth", 3.6, "percent", 2023, 2024, 1.0),
            ("growth", 4.1, "percent", 2023, 2024, 1.0),
            ("growth", 1.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[],
    ),
    # 24. Traditional, Hong Kong: 億港元 (HKD 100 million) with a US$ conversion that is no observation
    dict(
        text=(
            "（2025年4月22日）香港生產力研究中心公布，本港人工智能應用市場規模去年達86億港元（約11億美元），較2023年的"
            "68億港元增長26.5%；中心預計，2029年市場規模將增至212億港元，年均複合增長率約19.8%。"
        ),
        obs=[
            ("Total", 2024, 86, "HKD 100 million", "actual"),
            ("Total", 2023, 68, "HKD 100 million", "actual"),
            ("Total", 2029, 212, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.5, "percent", 2023, 2024, 1.0),
            ("cagr", 19.8, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 86 / 68 - 1 = 26.471% -> 26.5
            ("cagr|period", "exact"),  # (212 / 86) ** (1 / 5) - 1 = 19.775% -> 19.8
        ],
    ),
    # 25. Traditional: amounts in Chinese numerals (一．五兆美元, 二．五二兆美元), 四十四％, a bound 至少百分之十八
    dict(
        text=(
            "（2025/09/18）研調機構博觀預估，今年全球AI支出將上看一．五兆美元，其中生成式AI約占四十四％；到2028年，全球AI"
            "支出可望達二．五二兆美元，三年間年複合成長率至少百分之十八。"
        ),
        obs=[
            ("Total", 2025, 1.5, "USD trillion", "estimate"),
            ("Total", 2028, 2.52, "USD trillion", "estimate"),
        ],
        claims=[
            ("share", 44, "percent", 2025, 2025, None),
            ("cagr", 18, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            # (2.52 / 1.5) ** (1 / 3) - 1 = 18.878% >= 18: the bound holds (a point reading of 18 +- 0.5 would be
            # reached only at the rounding: bounds (2.515 / 1.55) -> 17.508%, (2.525 / 1.45) -> 20.309%)
            ("cagr|period", "exact"),
        ],
    ),
    # 26. full-width digits: １２３亿元, ２８．１％, and a stated bound 超过２５％ over ２０２４—２０２７年
    dict(
        text=(
            "据慧策数据统计，２０２４年中国ＡＩ营销市场规模为１２３亿元，较２０２３年的９６亿元增长２８．１％；预计到２０２７年"
            "将达到２６８亿元，２０２４—２０２７年年均增速将超过２５％。"
        ),
        obs=[
            ("Total", 2024, 123, "CNY 100 million", "actual"),
            ("Total", 2023, 96, "CNY 100 million", "actual"),
            ("Total", 2027, 268, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.1, "percent", 2023, 2024, 1.0),
            ("cagr", 25, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 123 / 96 - 1 = 28.125% -> 28.1
            # (268 / 123) ** (1 / 3) - 1 = 29.641% > 25: the bound holds (a point reading of 25 +- 0.5 is contradicted:
            # bounds (267.5 / 123.5) -> 29.386%, (268.5 / 122.5) -> 29.898%)
            ("cagr", "exact"),
        ],
    ),
    # 27. Traditional: 新台幣……億元 with a US$ conversion (no observation), bare 億元 after it, 成長 and 年增
    dict(
        text=(
            "工研院產科國際所今（15）日表示，2024年台灣AI晶片設計產值達新台幣4,280億元（約133億美元），較2023年的"
            "3,150億元成長35.9%；預估2025年將達5,520億元，年增29.0%。"
        ),
        obs=[
            ("Total", 2024, 4280, "TWD 100 million", "actual"),
            ("Total", 2023, 3150, "TWD 100 million", "actual"),
            ("Total", 2025, 5520, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35.9, "percent", 2023, 2024, 1.0),
            ("growth", 29.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4280 / 3150 - 1 = 35.873% -> 35.9
            ("cagr|implied", "exact"),  # 5520 / 4280 - 1 = 28.972% -> 29.0
        ],
    ),
    # 28. 由……增长至……，年均复合增长率 its amounts contradict; 突破 on a forecast
    dict(
        text=(
            "据中联产业研究院数据，我国AI语音市场规模由2021年的186亿元增长至2024年的402亿元，年均复合增长率达32.6%，"
            "预计2025年将突破480亿元。"
        ),
        obs=[
            ("Total", 2021, 186, "CNY 100 million", "actual"),
            ("Total", 2024, 402, "CNY 100 million", "actual"),
            ("Total", 2025, 480, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 32.6, "percent", 2021, 2024, None, "inferred")],
        verdicts=[
            # (402 / 186) ** (1 / 3) - 1 = 29.292%; bounds (401.5 / 186.5) -> 29.123%, (402.5 / 185.5) -> 29.462%:
            # 32.6 +- 0.05 outside
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 29. regions with 分别 and their 比重 of a total printed in 万亿元
    dict(
        text=(
            "据车联智库测算，2024年全国智能网联汽车产业规模为1.18万亿元。从区域看，长三角、珠三角和京津冀地区产业规模"
            "分别为4,160亿元、3,020亿元和2,240亿元，占全国的比重分别为35%、25%和19%。"
        ),
        obs=[
            ("Total", 2024, 1.18, "CNY trillion", "actual"),
            ("长三角", 2024, 4160, "CNY 100 million", "actual"),
            ("珠三角", 2024, 3020, "CNY 100 million", "actual"),
            ("京津冀", 2024, 2240, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 35, "percent", 2024, 2024, None),
            ("share", 25, "percent", 2024, 2024, None),
            ("share", 19, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 4160 / 11800 = 35.254% -> 35
            # 3020 / 11800 = 25.593%, not 25 +- 0.5; with the total at 1.18 +- 0.005 万亿 (11750-11850 亿):
            # (3019.5 / 11850) -> 25.481%, (3020.5 / 11750) -> 25.706%: 25 is reached only at the rounding
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 2240 / 11800 = 18.983% -> 19
        ],
    ),
    # 30. Traditional, Hong Kong: 港幣……億元, a bare 億元 after it, a rate reached only at the rounding, 分別 parts
    dict(
        text=(
            "香港物流協會估計，2024年本港智慧物流市場規模約為港幣58億元，較2023年的47億元增長22%；其中倉儲自動化和"
            "路線優化分別為港幣24億元和港幣15億元，年增率分別為18%和31%。"
        ),
        obs=[
            ("Total", 2024, 58, "HKD 100 million", "actual"),
            ("Total", 2023, 47, "HKD 100 million", "actual"),
            ("倉儲自動化", 2024, 24, "HKD 100 million", "actual"),
            ("路線優化", 2024, 15, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("growth", 31, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 58 / 47 - 1 = 23.404%, not 22 +- 0.5; bounds (57.5 / 47.5) -> 21.053%, (58.5 / 46.5) -> 25.806%
            ("cagr|implied", "rounding"),
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. a markdown table of applications with a 2025F column and a Total row
    dict(
        text=(
            "AI in logistics market by application (USD billion)\n"
            "| Application | 2023 | 2024 | 2025F |\n"
            "|---|---|---|---|\n"
            "| Route optimisation | 4.2 | 5.1 | 6.3 |\n"
            "| Warehouse robotics | 3.6 | 4.5 | 5.7 |\n"
            "| Demand forecasting | 2.1 | 2.6 | 3.2 |\n"
            "| Total | 9.9 | 12.2 | 15.2 |"
        ),
        obs=[
            ("Route optimisation", 2023, 4.2, "USD billion", "actual"),
            ("Route optimisation", 2024, 5.1, "USD billion", "actual"),
            ("Route optimisation", 2025, 6.3, "USD billion", "estimate"),
            ("Warehouse robotics", 2023, 3.6, "USD billion", "actual"),
            ("Warehouse robotics", 2024, 4.5, "USD billion", "actual"),
            ("Warehouse robotics", 2025, 5.7, "USD billion", "estimate"),
            ("Demand forecasting", 2023, 2.1, "USD billion", "actual"),
            ("Demand forecasting", 2024, 2.6, "USD billion", "actual"),
            ("Demand forecasting", 2025, 3.2, "USD billion", "estimate"),
            ("Total", 2023, 9.9, "USD billion", "actual"),
            ("Total", 2024, 12.2, "USD billion", "actual"),
            ("Total", 2025, 15.2, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 4.2 + 3.6 + 2.1 = 9.9; 5.1 + 4.5 + 2.6 = 12.2; 6.3 + 5.7 + 3.2 = 15.2
        ],
    ),
    # 32. a tab-separated table of publishers' estimates: each row its own series, its CAGR on its own figures
    dict(
        text=(
            "Generative AI market: estimates by publisher (USD billion)\n"
            "Publisher\t2024\t2030F\tCAGR 2024-2030\n"
            "Harbor Lane Research\t36.1\t163.2\t28.6%\n"
            "Meridale Intelligence\t31.4\t121.0\t25.2%\n"
            "Castellan Data\t44.7\t207.9\t29.2%"
        ),
        obs=[
            ("Harbor Lane Research", 2024, 36.1, "USD billion", "actual"),
            ("Harbor Lane Research", 2030, 163.2, "USD billion", "estimate"),
            ("Meridale Intelligence", 2024, 31.4, "USD billion", "actual"),
            ("Meridale Intelligence", 2030, 121.0, "USD billion", "estimate"),
            ("Castellan Data", 2024, 44.7, "USD billion", "actual"),
            ("Castellan Data", 2030, 207.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 28.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 25.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 29.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (163.2 / 36.1) ** (1 / 6) - 1 = 28.589% -> 28.6
            ("cagr", "exact"),  # (121.0 / 31.4) ** (1 / 6) - 1 = 25.211% -> 25.2
            ("cagr", "exact"),  # (207.9 / 44.7) ** (1 / 6) - 1 = 29.199% -> 29.2
        ],
    ),
    # 33. a space-aligned table with years as rows, "n/a", and a YoY column (one contradicted)
    dict(
        text=(
            "Conversational AI market, global (USD billion)\n"
            "Year      Market size    YoY\n"
            "2022      8.2            n/a\n"
            "2023      10.1           23.2%\n"
            "2024      12.6           24.8%\n"
            "2025E     15.9           28.5%\n"
            "2026E     19.8           24.5%"
        ),
        obs=[
            ("Market size", 2022, 8.2, "USD billion", "actual"),
            ("Market size", 2023, 10.1, "USD billion", "actual"),
            ("Market size", 2024, 12.6, "USD billion", "actual"),
            ("Market size", 2025, 15.9, "USD billion", "estimate"),
            ("Market size", 2026, 19.8, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 23.2, "percent", 2022, 2023, 1.0),
            ("growth", 24.8, "percent", 2023, 2024, 1.0),
            ("growth", 28.5, "percent", 2024, 2025, 1.0),
            ("growth", 24.5, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 10.1 / 8.2 - 1 = 23.171% -> 23.2
            ("cagr|implied", "exact"),  # 12.6 / 10.1 - 1 = 24.752% -> 24.8
            # 15.9 / 12.6 - 1 = 26.190%; bounds (15.85 / 12.65) -> 25.296%, (15.95 / 12.55) -> 27.092%:
            # 28.5 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 19.8 / 15.9 - 1 = 24.528% -> 24.5
        ],
    ),
    # 34. a Chinese 细分市场 table with 规模（亿元） and 占比, its 合计 the whole
    dict(
        text=(
            "2024年中国智能汽车AI软件细分市场规模\n"
            "| 细分市场 | 规模（亿元） | 占比 |\n"
            "|---|---|---|\n"
            "| 乘用车辅助驾驶 | 612.4 | 58.3% |\n"
            "| 自动驾驶出租车 | 118.6 | 11.3% |\n"
            "| 智能座舱 | 319.5 | 30.4% |\n"
            "| 合计 | 1,050.5 | 100.0% |"
        ),
        obs=[
            ("乘用车辅助驾驶", 2024, 612.4, "CNY 100 million", "actual"),
            ("自动驾驶出租车", 2024, 118.6, "CNY 100 million", "actual"),
            ("智能座舱", 2024, 319.5, "CNY 100 million", "actual"),
            ("合计", 2024, 1050.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 58.3, "percent", 2024, 2024, None),
            ("share", 11.3, "percent", 2024, 2024, None),
            ("share", 30.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 612.4 / 1050.5 = 58.296% -> 58.3
            ("arithmetic", "exact"),  # 118.6 / 1050.5 = 11.290% -> 11.3
            ("arithmetic", "exact"),  # 319.5 / 1050.5 = 30.414% -> 30.4
            ("hierarchy", "exact"),  # 612.4 + 118.6 + 319.5 = 1050.5
        ],
    ),
    # 35. a Traditional Chinese table under 單位：新台幣億元: TWD observations and their 年增率
    dict(
        text=(
            "臺灣AI伺服器產值\n"
            "單位：新台幣億元\n"
            "| 年度 | 產值 | 年增率 |\n"
            "|---|---|---|\n"
            "| 2022年 | 3,860 | — |\n"
            "| 2023年 | 5,940 | 53.9% |\n"
            "| 2024年 | 9,420 | 58.6% |\n"
            "| 2025年(預估) | 13,600 | 44.4% |\n"
            "資料來源：資策會MIC，2025年5月"
        ),
        obs=[
            ("產值", 2022, 3860, "TWD 100 million", "actual"),
            ("產值", 2023, 5940, "TWD 100 million", "actual"),
            ("產值", 2024, 9420, "TWD 100 million", "actual"),
            ("產值", 2025, 13600, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 53.9, "percent", 2022, 2023, 1.0),
            ("growth", 58.6, "percent", 2023, 2024, 1.0),
            ("growth", 44.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5940 / 3860 - 1 = 53.886% -> 53.9
            ("cagr|implied", "exact"),  # 9420 / 5940 - 1 = 58.586% -> 58.6
            ("cagr|implied", "exact"),  # 13600 / 9420 - 1 = 44.374% -> 44.4
        ],
    ),
    # 36. a Traditional Chinese table under 單位：百萬港元, its 總計 the whole
    dict(
        text=(
            "香港人工智能應用市場規模（按行業劃分）\n"
            "單位：百萬港元\n"
            "| 行業 | 2023年 | 2024年 |\n"
            "|---|---|---|\n"
            "| 金融服務 | 3,120 | 3,980 |\n"
            "| 零售 | 1,460 | 1,790 |\n"
            "| 物流 | 980 | 1,240 |\n"
            "| 其他 | 1,240 | 1,590 |\n"
            "| 總計 | 6,800 | 8,600 |"
        ),
        obs=[
            ("金融服務", 2023, 3120, "HKD million", "actual"),
            ("金融服務", 2024, 3980, "HKD million", "actual"),
            ("零售", 2023, 1460, "HKD million", "actual"),
            ("零售", 2024, 1790, "HKD million", "actual"),
            ("物流", 2023, 980, "HKD million", "actual"),
            ("物流", 2024, 1240, "HKD million", "actual"),
            ("其他", 2023, 1240, "HKD million", "actual"),
            ("其他", 2024, 1590, "HKD million", "actual"),
            ("總計", 2023, 6800, "HKD million", "actual"),
            ("總計", 2024, 8600, "HKD million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 3120 + 1460 + 980 + 1240 = 6800; 3980 + 1790 + 1240 + 1590 = 8600
        ],
    ),
    # 37. a table whose Total row is less than its rows' sum
    dict(
        text=(
            "AI in healthcare software revenue by segment, 2024 (US$ million)\n"
            "| Segment | Revenue |\n"
            "|---|---|\n"
            "| Medical imaging | 4,820 |\n"
            "| Clinical decision support | 3,150 |\n"
            "| Drug discovery | 2,460 |\n"
            "| Patient engagement | 1,380 |\n"
            "| Total | 11,410 |"
        ),
        obs=[
            ("Medical imaging", 2024, 4820, "USD million", "actual"),
            ("Clinical decision support", 2024, 3150, "USD million", "actual"),
            ("Drug discovery", 2024, 2460, "USD million", "actual"),
            ("Patient engagement", 2024, 1380, "USD million", "actual"),
            ("Total", 2024, 11410, "USD million", "actual"),
        ],
        claims=[],
        verdicts=[
            # 4820 + 3150 + 2460 + 1380 = 11810 (11808-11812 at half a unit each), more than the Total's 11410
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 38. bounds and approximations in a CAGR column, a "Note:" printing the span, a "Source:" line
    dict(
        text=(
            "Edge AI market outlook by component (USD billion)\n"
            "| Component | 2025 | 2030F | CAGR |\n"
            "|---|---|---|---|\n"
            "| Hardware | 12.4 | 31.0 | >20% |\n"
            "| Software | 4.1 | 12.6 | >25% |\n"
            "| Services | 2.7 | 6.2 | ~18% |\n"
            "| Total | 19.2 | 49.8 | ~21% |\n"
            "Note: CAGR is for 2025-2030.\n"
            "Source: Tarn Analytics, Edge AI Outlook 2025."
        ),
        obs=[
            ("Hardware", 2025, 12.4, "USD billion", "actual"),
            ("Hardware", 2030, 31.0, "USD billion", "estimate"),
            ("Software", 2025, 4.1, "USD billion", "actual"),
            ("Software", 2030, 12.6, "USD billion", "estimate"),
            ("Services", 2025, 2.7, "USD billion", "actual"),
            ("Services", 2030, 6.2, "USD billion", "estimate"),
            ("Total", 2025, 19.2, "USD billion", "actual"),
            ("Total", 2030, 49.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2025, 2030, None, "stated"),
            ("cagr", 25, "percent", 2025, 2030, None, "stated"),
            ("cagr", 18, "percent", 2025, 2030, None, "stated"),
            ("cagr", 21, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (31.0 / 12.4) ** (1 / 5) - 1 = 20.112% > 20 (and rounds to 20)
            ("cagr", "exact"),  # (12.6 / 4.1) ** (1 / 5) - 1 = 25.175% > 25 (and rounds to 25)
            ("cagr", "exact"),  # (6.2 / 2.7) ** (1 / 5) - 1 = 18.088% -> 18
            ("cagr", "exact"),  # (49.8 / 19.2) ** (1 / 5) - 1 = 21.000% -> 21
            ("hierarchy", "exact"),  # 12.4 + 4.1 + 2.7 = 19.2; 31.0 + 12.6 + 6.2 = 49.8
        ],
    ),
    # 39. a table in full-width digits, its 合计 the whole, 同比增长 rates whose bases are not printed
    dict(
        text=(
            "２０２４年中国ＡＩ算力服务市场区域分布（单位：亿元）\n"
            "| 区域 | 规模 | 同比增长 |\n"
            "|---|---|---|\n"
            "| 华东 | ３１２ | ３４．５％ |\n"
            "| 华北 | ２６８ | ４１．２％ |\n"
            "| 华南 | ２０５ | ２９．８％ |\n"
            "| 西部 | １３１ | ５２．３％ |\n"
            "| 合计 | ９１６ | ３７．６％ |"
        ),
        obs=[
            ("华东", 2024, 312, "CNY 100 million", "actual"),
            ("华北", 2024, 268, "CNY 100 million", "actual"),
            ("华南", 2024, 205, "CNY 100 million", "actual"),
            ("西部", 2024, 131, "CNY 100 million", "actual"),
            ("合计", 2024, 916, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 34.5, "percent", 2023, 2024, 1.0),
            ("growth", 41.2, "percent", 2023, 2024, 1.0),
            ("growth", 29.8, "percent", 2023, 2024, 1.0),
            ("growth", 52.3, "percent", 2023, 2024, 1.0),
            ("growth", 37.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 312 + 268 + 205 + 131 = 916
        ],
    ),
    # 40. a space-aligned table of two products, each with its own YoY column (one contradicted)
    dict(
        text=(
            "AI PC and AI smartphone shipments, worldwide (million units)\n"
            "Year     AI PCs    YoY      AI smartphones    YoY\n"
            "2024     48.0      —        234.0             —\n"
            "2025F    77.8      62.1%    370.0             58.1%\n"
            "2026F    98.6      26.7%    512.0             38.0%"
        ),
        obs=[
            ("AI PCs", 2024, 48.0, "count million", "actual"),
            ("AI PCs", 2025, 77.8, "count million", "estimate"),
            ("AI PCs", 2026, 98.6, "count million", "estimate"),
            ("AI smartphones", 2024, 234.0, "count million", "actual"),
            ("AI smartphones", 2025, 370.0, "count million", "estimate"),
            ("AI smartphones", 2026, 512.0, "count million", "estimate"),
        ],
        claims=[
            ("growth", 62.1, "percent", 2024, 2025, 1.0),
            ("growth", 58.1, "percent", 2024, 2025, 1.0),
            ("growth", 26.7, "percent", 2025, 2026, 1.0),
            ("growth", 38.0, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 77.8 / 48.0 - 1 = 62.083% -> 62.1
            ("cagr|implied", "exact"),  # 370.0 / 234.0 - 1 = 58.120% -> 58.1
            ("cagr|implied", "exact"),  # 98.6 / 77.8 - 1 = 26.735% -> 26.7
            # 512.0 / 370.0 - 1 = 38.378%; bounds (511.95 / 370.05) -> 38.346%, (512.05 / 369.95) -> 38.411%:
            # 38.0 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "thirty-fifth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "was valued at USD 11.62 billion in 2024 and is expected to reach USD",
    "$68.4 billion and $41.2",
    "43%, 26% and 22% of that, respectively",
    "Meridale Intelligence puts 2025 at $28.4 billion",
    "while Corbel Research expects $18.2 billion by 2030",
    "NT$1.28 trillion (about US$40 billion)",
    "HK$9.6 billion last",
    "growth of at least 17% a year",
    "will grow more than 35% a year",
    "over the next several years",
    "claims automation took $5.9 billion, or 41.5%",
    "rose 19% to $2.5 billion in 2024 from $2.08 billion",
    "114 million and 912 million units in 2027",
    "will rise 24% this year to €8.9 billion",
    "or 58% and 37% of the total",
    "a CAGR of 17.6% over 2024-2029",
    "more than 20% CAGR",
    "其中硬件、软件和服务规模分别为",
    "服务分别占46%、33%、21%",
    "；而智途研究则预计",
    "未来五年该市场年均增速有望超过40%",
    "增长超过25%",
    "產值依序為",
    "（金額單位：新台幣）",
    "筆電與桌機出貨量分別為2.03億台、5,820萬台",
    "86億港元（約11億美元）",
    "一．五兆美元",
    "四十四％",
    "１２３亿元",
    "年均增速将超过２５％",
    "新台幣4,280億元（約133億美元）",
    "年均复合增长率达32.6%",
    "1.18万亿元",
    "港幣58億元",
    "Publisher\t2024\t2030F\tCAGR 2024-2030",
    "單位：新台幣億元",
    "單位：百萬港元",
    "| Total | 11,410 |",
    "| Hardware | 12.4 | 31.0 | >20% |",
    "| 华东 | ３１２ | ３４．５％ |",
    "Year     AI PCs    YoY      AI smartphones    YoY",
)
#: the set's blind score (set when it is first scored)
#: the set's blind score (set when it is first scored): 136 figures, 61 rates, 48 verdicts and 6 false inconsistent at the
#: code it was written against, and 139, 61, 48 and 5 after the rules chosen on real texts (a held-out check of them);
#: its floors are its score after the rules it then showed wanting (lists with "respectively" and 分別)
FLOORS = {"figures_found": 152, "rates_found": 63, "verdicts_right": 54}


if __name__ == "__main__":  # python tests/extract_checkset35.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
