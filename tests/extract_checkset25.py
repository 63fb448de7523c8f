"""A twenty-fifth check set for the extractor, written blind: a market-data portal's outlook page, an IT analyst firm's
spending forecast and its table, a spending guide, statistics releases in pounds and in Canadian dollars, a bank's
research note, a podcast, a letter to shareholders, press releases, news stories and a report abstract, a white paper,
ministry news, a broker's note, a prospectus and tech media in Chinese, Taiwan and Hong Kong releases in Traditional
Chinese, and tables in every layout.

The records have the format of :mod:`extract_corpus` (``text``; ``obs`` as (item, year, value, unit, status); ``claims``
as (kind, value, unit, start_year, end_year, period_years[, period]); ``verdicts`` as (check, verdict) rows, ``|``
separating acceptable alternatives) and are scored by its :func:`extract_corpus.score`. They were written without
looking at the extractor's rules, without running it on them, and without reading the earlier check sets' snippets. The
sources: a market-data portal's outlook page ("Revenue in the Computer Vision market is projected to reach US$29.27bn in
2025", "an annual growth rate (CAGR 2025-2031) of 9.92%, resulting in a market volume of US$51.62bn by 2031", "In global
comparison, the most revenue will be generated in the United States (US$8.41bn in 2025)", "expected to grow by 11.3% in
2025", its update date); an IT analyst firm's spending forecast release ("Worldwide end-user spending on AI in
cybersecurity is forecast to total $31.4 billion in 2025, an increase of 24.6% from 2024", "Spending reached $25.2
billion last year", a part's "$18.7 billion of this year's total", "expected to exceed $45 billion") and its spending
table ("2024 Spending | 2024 Growth (%) | 2025 Spending | 2025 Growth (%)", segment rows and a total row, "Millions of
U.S. Dollars"); a spending guide's release ("will spend $17.9 billion", "a compound annual growth rate (CAGR) of 24.9%
over the 2024-2028 forecast period", "will account for more than a third of", the largest country market); a statistics
office's bulletin in pounds ("£14.8 billion in 2024, up 19.4 per cent from £12.4 billion in 2023", a part's "(60.1 per
cent)", a count of firms and their staff, release dates) and another office's release in Canadian dollars beside US
dollars ("C$4.6 billion (US$3.4 billion)", "up 21.1% from C$3.8 billion", a province's share, the count of enterprises
surveyed); a bank's research note in "bn" and "tn" ("$67bn last year", "$1.3tn by 2032", "a compound growth rate of
roughly 45%", "$780bn of the 2032 total, or 60% of the market", a bear case, a rating); a podcast transcript with spoken
figures ("about twelve and a half billion dollars", "about forty billion dollars by 2029", "twenty-six percent a year",
"maybe half of it", the episode number); a chief executive's letter to shareholders ("Our addressable market, which we
estimate at $21 billion in 2024", "roughly $68 billion by 2030, a compound rate of about 22%", "our 9% share of that
market", the company's revenue, units and staff); a news story with shares moved in percentage points ("rose by 4
percentage points to 31%", "slipped 2.5 points to 22.5%"); a press release whose CAGR precedes the amounts ("Growing at
a CAGR of 18.2%, the global AI in drug discovery market will rise from USD 1.94 billion in 2024 to USD 5.31 billion by
2030", a region's share, "more than half"); a report abstract with the years in brackets ("USD 5.6 billion (2024) to USD
21.3 billion (2030)", "a CAGR of 24.9% over 2024-2030", "USD 3.4 billion (2024), or 60.7% of revenue", counts of vendors
and deployments); a trade weekly on a market's decade ("by the end of the decade", "Over the next decade", "$41.5
billion in 2034, which implies compound growth of about 17% a year"); a wire story ("more than doubled in 2024", a
fourth quarter's revenue and its growth, "expects"); a consultancy's market note ("between $60 billion and $75 billion
in 2030", a bull case, "$10.2 billion of that, or 41%"); a tracker's decline beside a rival's estimate ("fell 6.3% in
2024 to $9.1 billion, from $9.7 billion a year earlier", "A rival estimate from ... puts 2024 sales at", "this year"); a
research firm's year-end figures ("$9.8 billion, or 42% of the total"); a research institute's white paper (核心产业规模达,
同比增长, 占全球……的比重约为, 其中, 占核心产业规模的, 将突破1.1万亿元, the paper's title year); a 新华社-style item on a ministry's figures (记者, 规模超过,
同比增长超过, 企业数量超过, 已投运……超过……个, 力争突破); a broker's note (我们预计2025-2027年……分别为……亿元, 对应增速分别为, a rating and a target price); a
prospectus's industry section (根据弗若斯特沙利文的资料，按收入计, 由2020年的……增至2024年的……, 复合年增长率为, 预计将于2029年达到, 2024年至2029年的复合年增长率, the
issuer's rank and 市场份额); a 36氪-style article (千亿级市场 beside the market's figures, a start-up's 融资, 突破1,000亿元); 实现翻番 and
再翻一番 with their years, beside a 渗透率; 亿元 and 万亿元 in one series (约为4,850亿元, 1.2万亿元, 2.6万亿元, 年均复合增长率约为); 个百分点 beside a 增速
and an 占比 (提高2.4个百分点, 增长3.1个百分点); a Traditional Chinese institute's release (產值, 新臺幣1兆3,200億元（約412億美元）, 年增率, 預估, 上看,
七成以上); a Hong Kong newspaper in Traditional Chinese (人民幣118.6億元, 億港元, 按年增長, 突破, 約四成); a Taiwan newspaper's item in
Traditional Chinese (由2024年的……成長至2028年的……, 年複合成長率達, 占全球比重約); a second institution's figure (另一家机构); a part whose 占比 its
amounts contradict; a 一季度 figure beside a stated CAGR its amounts contradict; and tables as pipe markdown, tab-separated
and space-aligned text: the spending forecast's table with a growth column after each year's spending, a vertical table
with the unit in each column header ("Revenue (US$ bn)", "Shipments (million units)", "ASP (US$)"), years as columns
ending in a "CAGR 2024-2030" column, "2025F" and "2026F" headers, quarter columns ("Q1'24 | Q2'24") beside full-year
ones, footnote marks on cells ("4.2*", "4.5¹") explained under the table, a Chinese table in 万亿元 with a 增速 row, a
Traditional Chinese vertical table with a 年增率 column, vendors' shares summing to 100% with an "Others" row, and a
Chinese table with a 同比 column after each year. Markets vary (computer vision, AI in cybersecurity, AI in retail,
generative AI, conversational AI, edge AI chips, AI PCs, AI in drug discovery, generative AI software, AI in insurance,
AI servers, AI fraud detection, AI security cameras, AI customer service, 人工智能核心产业, 智算中心, AI服务器, 智能客服, 大模型, AI手机, 自动驾驶,
AI安防, 计算机视觉, AI PC, Robotaxi, 边缘AI晶片); publishers, speakers and companies are invented (the research firm a prospectus
cites aside), the sentences are the project's own and the figures plausible.

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

What this set's sources add to them: on a market-data portal's outlook page "is projected to reach US$29.27bn in 2025"
and "a market volume of US$51.62bn by 2031" are the market's ``estimate`` figures ("US$...bn" is USD billion), "(CAGR
2025-2031)" prints the rate's span (``stated``), the United States "In global comparison" is an item of its own
(``United States``), "expected to grow by 11.3% in 2025" is a year-on-year rate whose base is not printed (a claim
without a verdict), and the update date is boilerplate. In an IT analyst firm's release "is forecast to total $31.4
billion in 2025, an increase of 24.6% from 2024" is the dateline's year under a forecast cue (``estimate``) with its
year-on-year rate, "last year" the year before with its ``actual`` base, "AI-native security software will account for
$18.7 billion of this year's total" a part by its name, and "expected to exceed $45 billion" by 2027 an approximate
``estimate``; in its table ("Millions of U.S. Dollars", USD million) each segment is an item by its label, the total row
(``Total GenAI Spending``) the whole the segments add to, 2024 ``actual`` and 2025 ``estimate``, and each "Growth (%)"
column the year-on-year rate of the spending column before it (2024's, whose base year is not printed, without a
verdict). In a spending guide "will spend $17.9 billion ... in 2025" is an ``estimate``, "over the 2024-2028 forecast
period" prints the CAGR's span (``stated``), "will account for more than a third of" is a fraction in words, and the
largest country market an item of its own. £ is a currency the unit table holds: "£14.8 billion" is GBP billion, "up
19.4 per cent from £12.4 billion" a year-on-year rate with its base, and the dedicated firms' "£8.9 billion of that
turnover (60.1 per cent)" a part with a share and its ``arithmetic`` verdict; the count of firms, their staff and the
release dates are boilerplate. C$ is a currency the unit table does not hold, as A$ is: "C$4.6 billion (US$3.4 billion)"
gives the year's observation in US$, "up 21.1% from C$3.8 billion" gets its verdict from the C$ amounts, the province's
"44% of the national total" is a share, and the count of enterprises surveyed is boilerplate. In a bank's note "$67bn
last year" (the year before the note's date) opens a series in USD billion, so "$1.3tn by 2032" is 1300; "a compound
growth rate of roughly 45%" is ``inferred`` and approximate, "$780bn of the 2032 total, or 60% of the market" a part
(``Inference``) with a share, and the bear case ("$0.6tn") and the rating are expected nowhere. In a podcast transcript
spoken figures are expected in digits ("about twelve and a half billion dollars" last year -> 12.5, "about forty billion
dollars by 2029" -> 40), the host's "twenty-six percent a year", which the guest confirms, is the CAGR between them
(``inferred``), "maybe half of it" is a fraction in words, and the episode number and the recording date are
boilerplate. In a letter to shareholders "Our addressable market, which we estimate at" is the market (``Total``), "a
compound rate of about 22%" ``inferred`` and approximate, "our 9% share of that market" a share, and the company's
revenue, its growth, its units shipped and its staff are expected nowhere. A share moved in percentage points ("rose by
4 percentage points to 31%", "slipped 2.5 points to 22.5%") is the share it reaches, and the points are no rate.
"Growing at a CAGR of 18.2%, the ... market will rise from USD 1.94 billion in 2024 to USD 5.31 billion by 2030" prints
the rate before the amounts whose years give its span (``inferred``), and "more than half of the market" is a fraction
in words. "USD 5.6 billion (2024) to USD 21.3 billion (2030)" gives each bracketed year its figure, "USD 3.4 billion
(2024), or 60.7% of revenue" a part with a share, and the counts of vendors and deployments are boilerplate. A figure
"by the end of the decade" has no year the text fixes and is expected nowhere, as is what "Over the next decade" brings,
while "$41.5 billion in 2034" is the year's ``estimate`` and "implies compound growth of about 17% a year" the CAGR from
the 2024 figure (``inferred``, approximate). "More than doubled in 2024, reaching $187 billion against $82 billion in
2023" is x2 over one year, and a fourth quarter's revenue and its growth are expected nowhere. "Between $60 billion and
$75 billion in 2030" is a range (two ``value`` claims), the bull case beside it is expected nowhere, and
"Card-not-present fraud accounted for $10.2 billion of that, or 41%" is a part with a share. "Fell 6.3% in 2024" is a
negative year-on-year rate that only a reading of its amounts at their rounding reaches, "A rival estimate ... puts 2024
sales at $10.4 billion" a second publisher's figure, expected nowhere, and "this year" the dateline's. "$9.8 billion, or
42% of the total" is a share its amounts contradict. In a white paper 核心产业规模达 is the market's figure (``Total``), 其中大模型
a part with its 占比 (an ``arithmetic`` verdict), 占全球……的比重约为22% a share, 将突破1.1万亿元 an approximate ``estimate`` in the
series' unit (11000 CNY 100 million), and the paper's title year boilerplate. In a 新华社-style item 规模超过 and 同比增长超过 are
approximate figures at their printed values, 力争突破 an approximate ``estimate``, and the dateline, the reporter, the count
of firms (企业数量超过1,200家) and the count of centres boilerplate. In a broker's note 预计2025-2027年……分别为 gives each year its
``estimate`` and 对应增速分别为 each its year-on-year rate (one of them reached only by a reading of the printed amounts at
their rounding), and the rating and the target price are expected nowhere. In a prospectus 根据弗若斯特沙利文的资料 gives the
market's figures, 由2020年的……增至2024年的……，复合年增长率为 leaves the rate's span to the amounts' years (``inferred``),
2024年至2029年的复合年增长率 prints it (``stated``), and the issuer's 市场份额 is a share. 千亿级市场 is a size class, expected nowhere,
beside the market's figures, and a start-up's 融资 is expected nowhere. 实现翻番 between two printed years is x2 over them and
再翻一番 x2 from the last printed year to the target's; a 渗透率 is no share. 约为4,850亿元 opens a series in CNY 100 million, so
1.2万亿元 and 2.6万亿元 are expected as 12000 and 26000, and 2024—2030年 prints the CAGR's span. 提高2.4个百分点 and 增长3.1个百分点 are no
rates. In a Traditional Chinese institute's release 新臺幣 is a currency the unit table does not hold, so 約412億美元 and
約671億美元 are the observations (USD 100 million), 年增率 and 年增 are year-on-year rates whose verdict comes from the 新臺幣
amounts (the US$ amounts give the same), 上看 marks a forecast, and 七成以上 is a fraction in words. In a Hong Kong newspaper
人民幣118.6億元 is CNY 100 million, 港元 is a currency the unit table does not hold (the Hong Kong market's 億港元 figures are no
observations, and its 按年增長17% is a claim without a verdict), and 約四成 is a fraction in words. In a Taiwan newspaper's
item 由2024年的……成長至2028年的……，年複合成長率達 leaves the rate's span to the amounts (``inferred``), which here contradict it, and
其中，中國大陸……占全球比重約36.8% is a part (``中國大陸``) with a share. 另一家机构 gives a second institution's figure for the same year,
expected nowhere. A 一季度 figure and its 同比 are expected nowhere, and 2024-2030年复合增长率约80% is a ``stated`` CAGR its amounts
contradict. In tables: a spending table's segments add to its total row (``hierarchy``); a vertical table whose headers
carry their units gives each column's figures to its header less the unit (``Revenue`` in USD billion from "Revenue (US$
bn)", ``Shipments`` in ``count million`` from "Shipments (million units)"), and a column in a unit the table does not
hold ("ASP (US$)") no figure; a "CAGR 2024-2030" column after years as columns gives each row its ``stated`` CAGR, one
of which its figures contradict; "2025F" and "2026F" are estimates; of quarter columns ("Q1'24 | Q2'24") beside "FY2024"
and "FY2025E" only the full years are expected; a footnote mark on a cell ("4.2*", "4.5¹") leaves the figure as printed,
and the figure a footnote says was restated is expected nowhere; in a Chinese table the row 规模（万亿元） is an item of its
label less its unit (``规模``, CNY trillion) and the 增速 row each year's year-on-year rate (the first without a verdict,
one reached only at the rounding of its amounts); a Traditional Chinese vertical table under 單位：億美元 gives its 市場規模
column to the item ``市場規模`` and its 年增率 column each year's rate, 2025(預估) is an estimate, "—" no figure, and its 資料來源
line boilerplate; a table of vendors' shares gives each cell a share ("Others" too), its 100% total no claim, and the
market size in its caption the year's figure; and a Chinese table's 同比 column after each year is that year's
year-on-year rate, "—" no figure, and its 合计 the whole. ``python tests/extract_checkset25.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ---------------------------------------------------------------- English prose (1-16)
    # 1. a market-data portal's outlook page: "is projected to reach", "(CAGR 2025-2031)", "In global comparison"
    dict(text="Computer Vision - Worldwide\n"
              "Revenue in the Computer Vision market is projected to reach US$29.27bn in 2025. The market is "
              "expected to show an annual growth rate (CAGR 2025-2031) of 9.92%, resulting in a market volume of "
              "US$51.62bn by 2031. In global comparison, the most revenue will be generated in the United States "
              "(US$8.41bn in 2025). The market size is expected to grow by 11.3% in 2025.\n"
              "Notes: Data shown is using current exchange rates. Most recent update: Mar 2025.",
         obs=[("Total", 2025, 29.27, "USD billion", "estimate"),
              ("Total", 2031, 51.62, "USD billion", "estimate"),
              ("United States", 2025, 8.41, "USD billion", "estimate")],
         claims=[("cagr", 9.92, "percent", 2025, 2031, None, "stated"),
                 ("growth", 11.3, "percent", 2024, 2025, 1.0)],
         # (51.62 / 29.27) ** (1 / 6) - 1 = 9.917%, rounds to 9.92 (bounds 9.912..9.922); 11.3% has no printed base
         verdicts=[("cagr", "exact")]),
    # 2. an IT analyst firm's spending forecast release: "is forecast to total $X in 2025, an increase of Y% from 2024"
    dict(text="STAMFORD, Conn., March 12, 2025 - Worldwide end-user spending on AI in cybersecurity is forecast to "
              "total $31.4 billion in 2025, an increase of 24.6% from 2024, according to a new forecast from "
              "Halvorsen Research. Spending reached $25.2 billion last year. AI-native security software will "
              "account for $18.7 billion of this year's total. \"Security teams are moving budget from headcount to "
              "automation,\" said Maren Ostby, VP Analyst at Halvorsen. By 2027, spending is expected to exceed "
              "$45 billion.",
         obs=[("Total", 2025, 31.4, "USD billion", "estimate"),
              ("Total", 2024, 25.2, "USD billion", "actual"),
              ("AI-native security software", 2025, 18.7, "USD billion", "estimate"),
              ("Total", 2027, 45.0, "USD billion", "estimate")],
         claims=[("growth", 24.6, "percent", 2024, 2025, 1.0)],
         # 31.4 / 25.2 - 1 = 24.60%, rounds to 24.6 (bounds 24.16..25.05)
         verdicts=[("cagr|implied", "exact")]),
    # 3. a spending guide's release: "a compound annual growth rate (CAGR) of X% over the 2024-2028 forecast period"
    dict(text="NEEDHAM, Mass., April 8, 2025 - Retailers worldwide will spend $17.9 billion on artificial "
              "intelligence (AI) solutions in 2025, according to the latest Worldwide AI in Retail Spending Guide "
              "from Corvane Data. Spending, which totalled $14.2 billion in 2024, is forecast to reach $34.6 billion "
              "in 2028, a compound annual growth rate (CAGR) of 24.9% over the 2024-2028 forecast period. Omni-channel "
              "commerce platforms will account for more than a third of all AI spending in retail throughout the "
              "forecast, and the United States will be the largest country market, with $7.3 billion in 2025.",
         obs=[("Total", 2025, 17.9, "USD billion", "estimate"),
              ("Total", 2024, 14.2, "USD billion", "actual"),
              ("Total", 2028, 34.6, "USD billion", "estimate"),
              ("United States", 2025, 7.3, "USD billion", "estimate")],
         claims=[("cagr", 24.9, "percent", 2024, 2028, None, "stated")],
         # (34.6 / 14.2) ** (1 / 4) - 1 = 24.94%, rounds to 24.9 (bounds 24.78..25.09); "more than a third" no share
         verdicts=[("cagr", "exact")]),
    # 4. a statistics office's bulletin in pounds (GBP, which the unit table holds): "per cent", a part's share
    dict(text="Artificial intelligence sector, UK: 2024\n"
              "Statistical bulletin. Release date: 17 June 2025. Next release: June 2026.\n"
              "Turnover of UK firms supplying artificial intelligence products and services rose to \u00a314.8 "
              "billion in 2024, up 19.4 per cent from \u00a312.4 billion in 2023. Dedicated AI firms, whose main "
              "business is AI, generated \u00a38.9 billion of that turnover (60.1 per cent); diversified firms "
              "generated the rest. The number of firms identified rose to 3,940, employing an estimated 71,300 people.",
         obs=[("Total", 2024, 14.8, "GBP billion", "actual"),
              ("Total", 2023, 12.4, "GBP billion", "actual"),
              ("Dedicated AI firms", 2024, 8.9, "GBP billion", "actual")],
         claims=[("growth", 19.4, "percent", 2023, 2024, 1.0),
                 ("share", 60.1, "percent", 2024, 2024, None)],
         # 14.8 / 12.4 - 1 = 19.35%, rounds to 19.4 (bounds 18.47..20.24);
         # 8.9 / 14.8 = 60.14%, rounds to 60.1 (bounds 8.85 / 14.85 = 59.60 .. 8.95 / 14.75 = 60.68)
         verdicts=[("cagr|implied", "exact"), ("arithmetic", "exact")]),
    # 5. a bank's research note in "bn" and "tn": "$67bn last year", "$1.3tn by 2032"
    dict(text="Equity Research, Technology. 3 February 2025.\n"
              "Generative AI: sizing the prize. We estimate the generative AI market (hardware, software and "
              "services) was worth $67bn last year and will reach $1.3tn by 2032, a compound growth rate of roughly "
              "45%. Inference is the bigger prize: we put it at $780bn of the 2032 total, or 60% of the market. Our "
              "bear case ($0.6tn) assumes enterprise adoption stalls after 2026. We reiterate our Overweight rating.",
         obs=[("Total", 2024, 67.0, "USD billion", "actual"),
              ("Total", 2032, 1300.0, "USD billion", "estimate"),
              ("Inference", 2032, 780.0, "USD billion", "estimate")],
         claims=[("cagr", 45.0, "percent", 2024, 2032, None, "inferred"),
                 ("share", 60.0, "percent", 2032, 2032, None)],
         # (1300 / 67) ** (1 / 8) - 1 = 44.87%, rounds to 45 (bounds 1250 / 67.5 .. 1350 / 66.5: 44.03..45.69);
         # 780 / 1300 = 60.0%, rounds to 60 (bounds 779.5 / 1350 = 57.7 .. 780.5 / 1250 = 62.4)
         verdicts=[("cagr|period", "exact"), ("arithmetic", "exact")]),
    # 6. a podcast transcript with spoken figures: "about forty billion dollars", "twenty-six percent a year"
    dict(text="The Frontier Stack, episode 212 (recorded 14 May 2025)\n"
              "HOST: So how big is conversational AI right now, in dollars?\n"
              "GUEST: Our number for last year was about twelve and a half billion dollars. And we think it gets "
              "to about forty billion dollars by 2029.\n"
              "HOST: So that's, what, twenty-six percent a year?\n"
              "GUEST: Twenty-six percent a year, give or take. Contact centres are maybe half of it today.\n"
              "HOST: And the rest?\n"
              "GUEST: Mostly assistants built into other software.",
         obs=[("Total", 2024, 12.5, "USD billion", "actual"),
              ("Total", 2029, 40.0, "USD billion", "estimate")],
         claims=[("cagr", 26.0, "percent", 2024, 2029, None, "inferred")],
         # (40 / 12.5) ** (1 / 5) - 1 = 26.19%, rounds to 26 (bounds 39.5 / 12.55 .. 40.5 / 12.45: 25.77..26.61)
         verdicts=[("cagr|period", "exact")]),
    # 7. a chief executive's letter to shareholders: "our addressable market, which we estimate at"
    dict(text="To our shareholders,\n"
              "2024 was a record year for Norvik Semiconductor. Revenue rose 38% to $1.89 billion, and we shipped "
              "more than 400 million edge AI processors. Our addressable market, which we estimate at $21 billion in "
              "2024 for edge AI chips, should reach roughly $68 billion by 2030, a compound rate of about 22%. We "
              "believe we can hold our 9% share of that market while expanding margins. None of this would be "
              "possible without our 4,100 employees.\n"
              "Ingrid Saether, Chief Executive Officer, March 2025",
         obs=[("Total", 2024, 21.0, "USD billion", "actual"),
              ("Total", 2030, 68.0, "USD billion", "estimate")],
         claims=[("cagr", 22.0, "percent", 2024, 2030, None, "inferred"),
                 ("share", 9.0, "percent", 2024, 2024, None)],
         # (68 / 21) ** (1 / 6) - 1 = 21.63%, rounds to 22 (bounds 67.5 / 21.5 .. 68.5 / 20.5: 21.01..22.27)
         verdicts=[("cagr|period", "exact")]),
    # 8. a news story with shares moved in percentage points: "rose by 4 percentage points to 31%"
    dict(text="LONDON, Sept. 9, 2025 - The AI PC market grew to $52.3 billion in 2024, up 26% from $41.5 billion "
              "in 2023, according to research firm Castell. Lenora remained the leader: its share of the market rose "
              "by 4 percentage points to 31%, while Dalton's share slipped 2.5 points to 22.5%.",
         obs=[("Total", 2024, 52.3, "USD billion", "actual"),
              ("Total", 2023, 41.5, "USD billion", "actual")],
         claims=[("growth", 26.0, "percent", 2023, 2024, 1.0),
                 ("share", 31.0, "percent", 2024, 2024, None),
                 ("share", 22.5, "percent", 2024, 2024, None)],
         # 52.3 / 41.5 - 1 = 26.02%, rounds to 26 (bounds 25.75..26.30); the points are no rate
         verdicts=[("cagr|implied", "exact")]),
    # 9. a press release whose CAGR precedes the amounts: "Growing at a CAGR of 18.2%, the market will rise from"
    dict(text="PUNE, India, Jan. 15, 2025 /PRNewswire/ -- Growing at a CAGR of 18.2%, the global AI in drug "
              "discovery market will rise from USD 1.94 billion in 2024 to USD 5.31 billion by 2030, says a new "
              "report by Meridian Insight. North America held a 48.6% share of revenue in 2024, and the "
              "small-molecule segment accounted for more than half of the market.",
         obs=[("Total", 2024, 1.94, "USD billion", "actual"),
              ("Total", 2030, 5.31, "USD billion", "estimate")],
         claims=[("cagr", 18.2, "percent", 2024, 2030, None, "inferred"),
                 ("share", 48.6, "percent", 2024, 2024, None)],
         # (5.31 / 1.94) ** (1 / 6) - 1 = 18.27%, not 18.2 within 0.05; bounds 5.305 / 1.945 .. 5.315 / 1.935:
         # 18.20..18.34, which reach 18.15..18.25
         verdicts=[("cagr|period", "rounding")]),
    # 10. a report abstract with the years in brackets: "USD 5.6 billion (2024) to USD 21.3 billion (2030)"
    dict(text="Abstract\n"
              "The global generative AI software market is forecast to expand from USD 5.6 billion (2024) to USD "
              "21.3 billion (2030), a CAGR of 24.9% over 2024-2030. Enterprise licences accounted for USD 3.4 "
              "billion (2024), or 60.7% of revenue. We review 38 vendors and 112 deployments across six industries.\n"
              "Keywords: generative AI; enterprise software; market sizing",
         obs=[("Total", 2024, 5.6, "USD billion", "actual"),
              ("Total", 2030, 21.3, "USD billion", "estimate"),
              ("Enterprise licences", 2024, 3.4, "USD billion", "actual")],
         claims=[("cagr", 24.9, "percent", 2024, 2030, None, "stated"),
                 ("share", 60.7, "percent", 2024, 2024, None)],
         # (21.3 / 5.6) ** (1 / 6) - 1 = 24.94%, rounds to 24.9 (bounds 24.71..25.18);
         # 3.4 / 5.6 = 60.71%, rounds to 60.7 (bounds 3.35 / 5.65 = 59.29 .. 3.45 / 5.55 = 62.16)
         verdicts=[("cagr", "exact"), ("arithmetic", "exact")]),
    # 11. a market by its decade: "by the end of the decade" (no year fixed), "Over the next decade", a 2034 figure
    dict(text="INSURANCE TECH WEEKLY, March 2025. Insurers worldwide spent $8.6 billion on AI in 2024, and the "
              "analysts at Breck & Alder think that figure could pass $20 billion by the end of the decade. Over the "
              "next decade, they expect claims handling and underwriting to absorb most of the growth; their "
              "long-range model puts the market at $41.5 billion in 2034, which implies compound growth of about 17% "
              "a year.",
         obs=[("Total", 2024, 8.6, "USD billion", "actual"),
              ("Total", 2034, 41.5, "USD billion", "estimate")],
         claims=[("cagr", 17.0, "percent", 2024, 2034, None, "inferred")],
         # (41.5 / 8.6) ** (1 / 10) - 1 = 17.05%, rounds to 17 (bounds 41.45 / 8.65 .. 41.55 / 8.55: 16.96..17.13)
         verdicts=[("cagr|period", "exact")]),
    # 12. a statistics office's release in Canadian dollars (C$, which the unit table does not hold) beside US$
    dict(text="The Daily. Released June 11, 2025.\n"
              "Canadian businesses spent C$4.6 billion (US$3.4 billion) on artificial intelligence software and "
              "services in 2024, up 21.1% from C$3.8 billion in 2023, according to the annual survey of digital "
              "technology use. Businesses in Ontario accounted for 44% of the national total. The survey covered "
              "21,500 enterprises with five or more employees.",
         obs=[("Total", 2024, 3.4, "USD billion", "actual")],
         claims=[("growth", 21.1, "percent", 2023, 2024, 1.0),
                 ("share", 44.0, "percent", 2024, 2024, None)],
         # from the C$ amounts: 4.6 / 3.8 - 1 = 21.05%, rounds to 21.1 (bounds 4.55 / 3.85 .. 4.65 / 3.75: 18.18..24.00)
         verdicts=[("cagr|implied", "exact")]),
    # 13. a wire story: "more than doubled in 2024", a fourth quarter's revenue beside the years'
    dict(text="TAIPEI, Feb. 20, 2025 - Global revenue from AI servers more than doubled in 2024, reaching $187 "
              "billion against $82 billion in 2023, according to tracker Verity Analytics. Fourth-quarter revenue "
              "alone came to $58 billion, up 71% year on year. Verity expects the market to reach $265 billion in "
              "2025 as new accelerator platforms ramp up.",
         obs=[("Total", 2024, 187.0, "USD billion", "actual"),
              ("Total", 2023, 82.0, "USD billion", "actual"),
              ("Total", 2025, 265.0, "USD billion", "estimate")],
         # 187 / 82 = 2.28: "more than doubled" is x2 over one year, a multiple with no verdict
         claims=[("multiple", 2.0, "multiple", 2023, 2024, 1.0)],
         verdicts=[]),
    # 14. a consultancy's market note: a range for 2030, a bull case beside it, a part with its share
    dict(text="Market note, 9 June 2025. We size the market for AI-powered fraud detection at $24.8 billion in 2024. "
              "Card-not-present fraud accounted for $10.2 billion of that, or 41%. In our base case the market "
              "reaches between $60 billion and $75 billion in 2030; in our bull case it would exceed $100 billion.",
         obs=[("Total", 2024, 24.8, "USD billion", "actual"),
              ("Card-not-present fraud", 2024, 10.2, "USD billion", "actual")],
         claims=[("share", 41.0, "percent", 2024, 2024, None),
                 ("value", 60.0, "USD billion", 2030, 2030, None),
                 ("value", 75.0, "USD billion", 2030, 2030, None)],
         # 10.2 / 24.8 = 41.13%, rounds to 41 (bounds 10.15 / 24.85 = 40.85 .. 10.25 / 24.75 = 41.41)
         verdicts=[("arithmetic", "exact")]),
    # 15. a tracker's decline with a rival's estimate: "fell 6.3% in 2024", "A rival estimate ... puts"
    dict(text="NEW YORK, March 4, 2025 - Worldwide sales of AI-enabled security cameras fell 6.3% in 2024 to $9.1 "
              "billion, from $9.7 billion a year earlier, as demand from city surveillance projects weakened, market "
              "tracker Omdell said. A rival estimate from Castell Research puts 2024 sales at $10.4 billion. Omdell "
              "sees a return to growth this year, with sales of $9.9 billion.",
         obs=[("Total", 2024, 9.1, "USD billion", "actual"),
              ("Total", 2023, 9.7, "USD billion", "actual"),
              ("Total", 2025, 9.9, "USD billion", "estimate")],
         claims=[("growth", -6.3, "percent", 2023, 2024, 1.0)],
         # 9.1 / 9.7 - 1 = -6.19%, not -6.3 within 0.05; bounds 9.05 / 9.75 .. 9.15 / 9.65: -7.18..-5.18, which reach it
         verdicts=[("cagr|implied", "rounding")]),
    # 16. a research firm's year-end figures with a share its amounts contradict: "$9.8 billion, or 42% of the total"
    dict(text="January 22, 2026 - The market for AI customer-service software reached $21.0 billion in 2025, up 28% "
              "from $16.4 billion in 2024, according to figures released by Tallis Group. Generative assistants "
              "accounted for $9.8 billion, or 42% of the total, the firm said; rule-based chatbots made up most of "
              "the rest.",
         obs=[("Total", 2025, 21.0, "USD billion", "actual"),
              ("Total", 2024, 16.4, "USD billion", "actual"),
              ("Generative assistants", 2025, 9.8, "USD billion", "actual")],
         claims=[("growth", 28.0, "percent", 2024, 2025, 1.0),
                 ("share", 42.0, "percent", 2025, 2025, None)],
         # 21.0 / 16.4 - 1 = 28.05%, rounds to 28 (bounds 27.36..28.75);
         # 9.8 / 21.0 = 46.67%, bounds 9.75 / 21.05 = 46.32 .. 9.85 / 20.95 = 47.02: none reaches 41.5..42.5
         verdicts=[("cagr|implied", "exact"), ("arithmetic", "inconsistent")]),
    # ---------------------------------------------------------------- Chinese prose (17-30)
    # 17. a research institute's white paper: 核心产业规模达, 同比增长, 占全球……的比重, 其中 a part with its 占比
    dict(text="国家数字经济研究院近日发布的《人工智能产业发展白皮书（2025年）》显示，2024年我国人工智能核心产业规模达9,010亿元，"
              "同比增长24.0%，占全球人工智能核心产业规模的比重约为22%。其中，大模型规模为2,860亿元，占核心产业规模的31.7%。"
              "白皮书预计，2025年我国人工智能核心产业规模将突破1.1万亿元。",
         obs=[("Total", 2024, 9010.0, "CNY 100 million", "actual"),
              ("大模型", 2024, 2860.0, "CNY 100 million", "actual"),
              ("Total", 2025, 11000.0, "CNY 100 million", "estimate")],
         claims=[("growth", 24.0, "percent", 2023, 2024, 1.0),
                 ("share", 22.0, "percent", 2024, 2024, None),
                 ("share", 31.7, "percent", 2024, 2024, None)],
         # 2860 / 9010 = 31.74%, rounds to 31.7 (bounds 2859.5 / 9010.5 = 31.735 .. 2860.5 / 9009.5 = 31.750);
         # 24.0% has no printed base
         verdicts=[("arithmetic", "exact")]),
    # 18. a 新华社-style item on a ministry's figures: 规模超过, 同比增长超过, 企业数量超过 (a count), 力争突破
    dict(text="新华社北京3月6日电（记者王晓）记者6日从工业和信息化部获悉，2024年我国智算中心产业规模超过2,600亿元，"
              "同比增长超过45%，相关企业数量超过1,200家，已投运智算中心超过160个。工业和信息化部有关负责人表示，"
              "到2026年，产业规模力争突破4,000亿元。",
         obs=[("Total", 2024, 2600.0, "CNY 100 million", "actual"),
              ("Total", 2026, 4000.0, "CNY 100 million", "estimate")],
         claims=[("growth", 45.0, "percent", 2023, 2024, 1.0)],
         verdicts=[]),
    # 19. a broker's note: 预计2025-2027年……分别为……亿元, 对应增速分别为
    dict(text="我们预计2025-2027年国内AI服务器市场规模分别为2,150亿元、2,890亿元、3,720亿元，对应增速分别为38.7%、34.5%、"
              "28.7%（2024年市场规模为1,550亿元）。公司作为AI服务器龙头有望充分受益，维持“买入”评级，目标价86.5元。"
              "风险提示：下游资本开支不及预期。",
         obs=[("Total", 2024, 1550.0, "CNY 100 million", "actual"),
              ("Total", 2025, 2150.0, "CNY 100 million", "estimate"),
              ("Total", 2026, 2890.0, "CNY 100 million", "estimate"),
              ("Total", 2027, 3720.0, "CNY 100 million", "estimate")],
         claims=[("growth", 38.7, "percent", 2024, 2025, 1.0),
                 ("growth", 34.5, "percent", 2025, 2026, 1.0),
                 ("growth", 28.7, "percent", 2026, 2027, 1.0)],
         verdicts=[("cagr|implied", "exact"),     # 2150 / 1550 - 1 = 38.71%, rounds to 38.7 (bounds 38.63..38.79)
                   ("cagr|implied", "rounding"),  # 2890 / 2150 - 1 = 34.42%, not 34.5 within 0.05; bounds
                                                  # 2889.5 / 2150.5 .. 2890.5 / 2149.5: 34.36..34.47, reach 34.45
                   ("cagr|implied", "exact")]),   # 3720 / 2890 - 1 = 28.72%, rounds to 28.7 (bounds 28.68..28.76)
    # 20. a prospectus's industry section: 根据弗若斯特沙利文的资料，按收入计, 由……增至……, 复合年增长率为, 预计将于……达到
    dict(text="根据弗若斯特沙利文的资料，按收入计，中国智能客服市场规模由2020年的30.6亿元增至2024年的95.2亿元，复合年增长率为"
              "32.8%，并预计将于2029年达到326.1亿元，2024年至2029年的复合年增长率为27.9%。按2024年收入计，我们在中国智能客服"
              "市场排名第三，市场份额为6.8%。",
         obs=[("Total", 2020, 30.6, "CNY 100 million", "actual"),
              ("Total", 2024, 95.2, "CNY 100 million", "actual"),
              ("Total", 2029, 326.1, "CNY 100 million", "estimate")],
         claims=[("cagr", 32.8, "percent", 2020, 2024, None, "inferred"),
                 ("cagr", 27.9, "percent", 2024, 2029, None, "stated"),
                 ("share", 6.8, "percent", 2024, 2024, None)],
         # (95.2 / 30.6) ** (1 / 4) - 1 = 32.81%, rounds to 32.8 (bounds 32.74..32.88);
         # (326.1 / 95.2) ** (1 / 5) - 1 = 27.92%, rounds to 27.9 (bounds 27.90..27.94)
         verdicts=[("cagr|period", "exact"), ("cagr", "exact")]),
    # 21. a 36氪-style article: 千亿级市场 (a size class) beside the market's figures, a start-up's 融资
    dict(text="36氪获悉，企业级大模型应用开发商深维智能近日完成5亿元B轮融资。创始人表示，企业级大模型应用是一个千亿级市场。"
              "据艾凯咨询测算，2024年中国大模型市场规模为294亿元，较2023年的153亿元增长92.2%，预计到2027年将突破1,000亿元。",
         obs=[("Total", 2024, 294.0, "CNY 100 million", "actual"),
              ("Total", 2023, 153.0, "CNY 100 million", "actual"),
              ("Total", 2027, 1000.0, "CNY 100 million", "estimate")],
         claims=[("growth", 92.2, "percent", 2023, 2024, 1.0)],
         # 294 / 153 - 1 = 92.16%, rounds to 92.2 (bounds 293.5 / 153.5 .. 294.5 / 152.5: 91.21..93.11)
         verdicts=[("cagr|implied", "exact")]),
    # 22. 翻番 with its years, 再翻一番 to a target year, a 渗透率 (no share)
    dict(text="2022年至2024年，我国AI手机市场规模实现翻番，由2022年的1,240亿元增至2024年的2,610亿元，AI手机在新机出货中的"
              "渗透率提升至34%。业内预计，到2027年市场规模将再翻一番，达到5,300亿元左右。",
         obs=[("Total", 2022, 1240.0, "CNY 100 million", "actual"),
              ("Total", 2024, 2610.0, "CNY 100 million", "actual"),
              ("Total", 2027, 5300.0, "CNY 100 million", "estimate")],
         # 2610 / 1240 = 2.10 and 5300 / 2610 = 2.03: x2 over two years and x2 over three, multiples with no verdict
         claims=[("multiple", 2.0, "multiple", 2022, 2024, 2.0),
                 ("multiple", 2.0, "multiple", 2024, 2027, 3.0)],
         verdicts=[]),
    # 23. 亿元 and 万亿元 in one series (kept in the first unit it prints), a stated CAGR
    dict(text="据中驰汽车研究院测算，2024年我国自动驾驶产业规模约为4,850亿元，预计2027年将达到1.2万亿元，2030年有望达到"
              "2.6万亿元，2024—2030年年均复合增长率约为32%。",
         obs=[("Total", 2024, 4850.0, "CNY 100 million", "actual"),
              ("Total", 2027, 12000.0, "CNY 100 million", "estimate"),
              ("Total", 2030, 26000.0, "CNY 100 million", "estimate")],
         claims=[("cagr", 32.0, "percent", 2024, 2030, None, "stated")],
         # (26000 / 4850) ** (1 / 6) - 1 = 32.29%, rounds to 32 (bounds 25500 / 4850.5 .. 26500 / 4849.5: 31.86..32.72)
         verdicts=[("cagr", "exact")]),
    # 24. 个百分点 beside a 增速 and an 占比 (no rates), 其中 a part with its 占比
    dict(text="2024年，我国AI安防市场规模达到1,026亿元，同比增长13.6%，增速较上年提高2.4个百分点。其中，视频分析软件规模为"
              "387亿元，占比37.7%，较上年增长3.1个百分点。",
         obs=[("Total", 2024, 1026.0, "CNY 100 million", "actual"),
              ("视频分析软件", 2024, 387.0, "CNY 100 million", "actual")],
         claims=[("growth", 13.6, "percent", 2023, 2024, 1.0),
                 ("share", 37.7, "percent", 2024, 2024, None)],
         # 387 / 1026 = 37.72%, rounds to 37.7 (bounds 386.5 / 1026.5 = 37.65 .. 387.5 / 1025.5 = 37.79)
         verdicts=[("arithmetic", "exact")]),
    # 25. a Traditional Chinese institute's release: 產值, 新臺幣 (not held) with 美元 beside it, 年增率, 預估, 上看
    dict(text="臺灣資訊產業研究中心今（12）日發布研究指出，2024年臺灣AI伺服器產值達新臺幣1兆3,200億元（約412億美元），"
              "年增率達86.4%；預估2025年產值將上看新臺幣2兆1,500億元（約671億美元），年增62.9%，占全球AI伺服器產值的比重"
              "將達七成以上。",
         obs=[("Total", 2024, 412.0, "USD 100 million", "actual"),
              ("Total", 2025, 671.0, "USD 100 million", "estimate")],
         claims=[("growth", 86.4, "percent", 2023, 2024, 1.0),
                 ("growth", 62.9, "percent", 2024, 2025, 1.0)],
         # from the 新臺幣 amounts: 21500 / 13200 - 1 = 62.88%, rounds to 62.9 (bounds 61.89..63.88); the US$ amounts
         # agree: 671 / 412 - 1 = 62.86% (bounds 62.55..63.18); 86.4% has no printed base
         verdicts=[("cagr|implied", "exact")]),
    # 26. a Hong Kong newspaper in Traditional Chinese: 人民幣……億元 and 億港元 (not held), 按年增長
    dict(text="（本報訊）據香港數碼經濟研究會公布的數據，2024年內地大模型應用市場規模達人民幣118.6億元，較2023年的人民幣"
              "92.4億元增長28.4%；同期香港大模型應用市場規模約為9.6億港元，按年增長17%，預計2027年將突破15億港元。研究會"
              "指出，本港約四成企業已在客戶服務中部署相關應用。",
         obs=[("Total", 2024, 118.6, "CNY 100 million", "actual"),
              ("Total", 2023, 92.4, "CNY 100 million", "actual")],
         claims=[("growth", 28.4, "percent", 2023, 2024, 1.0),
                 ("growth", 17.0, "percent", 2023, 2024, 1.0)],
         # 118.6 / 92.4 - 1 = 28.35%, rounds to 28.4 (bounds 118.55 / 92.45 .. 118.65 / 92.35: 28.23..28.48);
         # the Hong Kong market's 17% has no amounts in a currency the table holds, and no printed base
         verdicts=[("cagr|implied", "exact")]),
    # 27. a Taiwan news item in Traditional Chinese: 由……成長至……, 年複合成長率 its amounts contradict, 占全球比重約
    dict(text="（記者林以文／台北報導）研調機構晶析研究今天發布報告預估，全球AI手機市場規模將由2024年的1,250億美元成長至"
              "2028年的3,180億美元，年複合成長率達29.1%。其中，中國大陸2024年規模約460億美元，占全球比重約36.8%。",
         obs=[("Total", 2024, 1250.0, "USD 100 million", "actual"),
              ("Total", 2028, 3180.0, "USD 100 million", "estimate"),
              ("中國大陸", 2024, 460.0, "USD 100 million", "actual")],
         claims=[("cagr", 29.1, "percent", 2024, 2028, None, "inferred"),
                 ("share", 36.8, "percent", 2024, 2024, None)],
         # (3180 / 1250) ** (1 / 4) - 1 = 26.29%; bounds 3179.5 / 1250.5 .. 3180.5 / 1249.5: 26.28..26.31, far from
         # 29.05..29.15; 460 / 1250 = 36.80%, rounds to 36.8 (bounds 459.5 / 1250.5 = 36.75 .. 460.5 / 1249.5 = 36.85)
         verdicts=[("cagr|period", "inconsistent"), ("arithmetic", "exact")]),
    # 28. a second institution's figure for the same year (另一家机构), expected nowhere
    dict(text="据赛诺咨询测算，2024年中国AI PC市场规模达1,205亿元，较2023年的790亿元增长52.5%，预计2025年将达到1,720亿元。"
              "另一家机构博观研究给出的2024年数据为1,340亿元。",
         obs=[("Total", 2024, 1205.0, "CNY 100 million", "actual"),
              ("Total", 2023, 790.0, "CNY 100 million", "actual"),
              ("Total", 2025, 1720.0, "CNY 100 million", "estimate")],
         claims=[("growth", 52.5, "percent", 2023, 2024, 1.0)],
         # 1205 / 790 - 1 = 52.53%, rounds to 52.5 (bounds 1204.5 / 790.5 .. 1205.5 / 789.5: 52.37..52.69)
         verdicts=[("cagr|implied", "exact")]),
    # 29. a part whose 占比 its amounts contradict
    dict(text="2024年中国计算机视觉市场规模为968亿元，同比增长16.2%。其中，软件及服务收入为312亿元，占比约35%；硬件收入为"
              "656亿元。",
         obs=[("Total", 2024, 968.0, "CNY 100 million", "actual"),
              ("软件及服务", 2024, 312.0, "CNY 100 million", "actual"),
              ("硬件", 2024, 656.0, "CNY 100 million", "actual")],
         claims=[("growth", 16.2, "percent", 2023, 2024, 1.0),
                 ("share", 35.0, "percent", 2024, 2024, None)],
         # 312 / 968 = 32.23%; bounds 311.5 / 968.5 = 32.16 .. 312.5 / 967.5 = 32.30, far from 34.5..35.5
         verdicts=[("arithmetic", "inconsistent")]),
    # 30. a 一季度 figure beside the year's, a stated CAGR its amounts contradict
    dict(text="2024年中国Robotaxi市场规模为26.4亿元。今年一季度，行业实现收入9.8亿元，同比增长135%。机构预计，2030年"
              "市场规模将达到1,180亿元，2024-2030年复合增长率约80%。",
         obs=[("Total", 2024, 26.4, "CNY 100 million", "actual"),
              ("Total", 2030, 1180.0, "CNY 100 million", "estimate")],
         claims=[("cagr", 80.0, "percent", 2024, 2030, None, "stated")],
         # (1180 / 26.4) ** (1 / 6) - 1 = 88.39%; bounds 1179.5 / 26.45 .. 1180.5 / 26.35: 88.31..88.46, far from
         # 79.5..80.5
         verdicts=[("cagr", "inconsistent")]),
    # ---------------------------------------------------------------- tables (31-40)
    # 31. the spending forecast's table: "2024 Spending | 2024 Growth (%) | 2025 Spending | 2025 Growth (%)"
    dict(text="Table 1. Generative AI Spending by Segment, Worldwide, 2024-2025 (Millions of U.S. Dollars)\n"
              "| Segment | 2024 Spending | 2024 Growth (%) | 2025 Spending | 2025 Growth (%) |\n"
              "|---|---|---|---|---|\n"
              "| AI-optimized Servers | 118,406 | 148.3 | 167,189 | 41.2 |\n"
              "| AI Application Software | 19,870 | 190.6 | 34,276 | 72.5 |\n"
              "| AI Services | 24,315 | 121.4 | 33,652 | 38.4 |\n"
              "| AI-enabled PCs | 43,102 | 472.5 | 69,696 | 61.7 |\n"
              "| AI-enabled Smartphones | 210,554 | 96.0 | 262,982 | 24.9 |\n"
              "| Total GenAI Spending | 416,247 | 130.7 | 567,795 | 36.4 |\n"
              "Source: Halvorsen Research (March 2025)",
         obs=[("AI-optimized Servers", 2024, 118406.0, "USD million", "actual"),
              ("AI-optimized Servers", 2025, 167189.0, "USD million", "estimate"),
              ("AI Application Software", 2024, 19870.0, "USD million", "actual"),
              ("AI Application Software", 2025, 34276.0, "USD million", "estimate"),
              ("AI Services", 2024, 24315.0, "USD million", "actual"),
              ("AI Services", 2025, 33652.0, "USD million", "estimate"),
              ("AI-enabled PCs", 2024, 43102.0, "USD million", "actual"),
              ("AI-enabled PCs", 2025, 69696.0, "USD million", "estimate"),
              ("AI-enabled Smartphones", 2024, 210554.0, "USD million", "actual"),
              ("AI-enabled Smartphones", 2025, 262982.0, "USD million", "estimate"),
              ("Total GenAI Spending", 2024, 416247.0, "USD million", "actual"),
              ("Total GenAI Spending", 2025, 567795.0, "USD million", "estimate")],
         claims=[("growth", 148.3, "percent", 2023, 2024, 1.0),
                 ("growth", 190.6, "percent", 2023, 2024, 1.0),
                 ("growth", 121.4, "percent", 2023, 2024, 1.0),
                 ("growth", 472.5, "percent", 2023, 2024, 1.0),
                 ("growth", 96.0, "percent", 2023, 2024, 1.0),
                 ("growth", 130.7, "percent", 2023, 2024, 1.0),
                 ("growth", 41.2, "percent", 2024, 2025, 1.0),
                 ("growth", 72.5, "percent", 2024, 2025, 1.0),
                 ("growth", 38.4, "percent", 2024, 2025, 1.0),
                 ("growth", 61.7, "percent", 2024, 2025, 1.0),
                 ("growth", 24.9, "percent", 2024, 2025, 1.0),
                 ("growth", 36.4, "percent", 2024, 2025, 1.0)],
         # 2024: 118,406 + 19,870 + 24,315 + 43,102 + 210,554 = 416,247; 2025: 167,189 + 34,276 + 33,652 + 69,696 +
         # 262,982 = 567,795; the 2024 growth column has no printed base
         verdicts=[("hierarchy", "exact"),
                   ("cagr|implied", "exact"),  # 167,189 / 118,406 - 1 = 41.200% (bounds 41.199..41.201)
                   ("cagr|implied", "exact"),  # 34,276 / 19,870 - 1 = 72.501% (bounds 72.494..72.508)
                   ("cagr|implied", "exact"),  # 33,652 / 24,315 - 1 = 38.400% (bounds 38.395..38.405)
                   ("cagr|implied", "exact"),  # 69,696 / 43,102 - 1 = 61.700% (bounds 61.697..61.703)
                   ("cagr|implied", "exact"),  # 262,982 / 210,554 - 1 = 24.900% (bounds 24.900..24.901)
                   ("cagr|implied", "exact")]),  # 567,795 / 416,247 - 1 = 36.408% (bounds 36.408..36.409)
    # 32. the unit in each column header ("Revenue (US$ bn)"), years as rows, a column in a unit the table lacks
    dict(text="AI PCs, worldwide: revenue, shipments and average selling price\n"
              "Year\tRevenue (US$ bn)\tShipments (million units)\tASP (US$)\n"
              "2023\t21.4\t19.8\t1,081\n"
              "2024\t58.6\t50.2\t1,167\n"
              "2025E\t104.3\t88.7\t1,176\n"
              "2026E\t151.0\t126.5\t1,194",
         obs=[("Revenue", 2023, 21.4, "USD billion", "actual"),
              ("Revenue", 2024, 58.6, "USD billion", "actual"),
              ("Revenue", 2025, 104.3, "USD billion", "estimate"),
              ("Revenue", 2026, 151.0, "USD billion", "estimate"),
              ("Shipments", 2023, 19.8, "count million", "actual"),
              ("Shipments", 2024, 50.2, "count million", "actual"),
              ("Shipments", 2025, 88.7, "count million", "estimate"),
              ("Shipments", 2026, 126.5, "count million", "estimate")],
         claims=[],
         verdicts=[]),
    # 33. years as columns ending in a "CAGR 2024-2030" column, space-aligned, one rate its figures contradict
    dict(text="Global AI in drug discovery market by application (USD million)\n"
              "Application              2024     2025E     2030E    CAGR 2024-2030\n"
              "Target identification     612       748     1,902         20.8%\n"
              "Lead optimization         455       571     1,561         22.8%\n"
              "Clinical trial design     318       409     1,288         28.4%\n"
              "Total                   1,385     1,728     4,751         22.8%\n"
              "Source: Meridian Insight analysis, 2025",
         obs=[("Target identification", 2024, 612.0, "USD million", "actual"),
              ("Target identification", 2025, 748.0, "USD million", "estimate"),
              ("Target identification", 2030, 1902.0, "USD million", "estimate"),
              ("Lead optimization", 2024, 455.0, "USD million", "actual"),
              ("Lead optimization", 2025, 571.0, "USD million", "estimate"),
              ("Lead optimization", 2030, 1561.0, "USD million", "estimate"),
              ("Clinical trial design", 2024, 318.0, "USD million", "actual"),
              ("Clinical trial design", 2025, 409.0, "USD million", "estimate"),
              ("Clinical trial design", 2030, 1288.0, "USD million", "estimate"),
              ("Total", 2024, 1385.0, "USD million", "actual"),
              ("Total", 2025, 1728.0, "USD million", "estimate"),
              ("Total", 2030, 4751.0, "USD million", "estimate")],
         claims=[("cagr", 20.8, "percent", 2024, 2030, None, "stated"),
                 ("cagr", 22.8, "percent", 2024, 2030, None, "stated"),
                 ("cagr", 28.4, "percent", 2024, 2030, None, "stated"),
                 ("cagr", 22.8, "percent", 2024, 2030, None, "stated")],
         # 612 + 455 + 318 = 1,385; 748 + 571 + 409 = 1,728; 1,902 + 1,561 + 1,288 = 4,751
         verdicts=[("hierarchy", "exact"),
                   ("cagr", "exact"),         # (1902 / 612) ** (1 / 6) - 1 = 20.80% (bounds 20.78..20.82)
                   ("cagr", "exact"),         # (1561 / 455) ** (1 / 6) - 1 = 22.81% (bounds 22.78..22.84)
                   ("cagr", "inconsistent"),  # (1288 / 318) ** (1 / 6) - 1 = 26.25% (bounds 26.21..26.30), not 28.4
                   ("cagr", "exact")]),       # (4751 / 1385) ** (1 / 6) - 1 = 22.81% (bounds 22.80..22.82)
    # 34. "2025F" / "2026F" headers, regions and a Total row, the unit in the caption
    dict(text="AI server revenue by region (US$ billion)\n"
              "| Region | 2024 | 2025F | 2026F |\n"
              "|---|---|---|---|\n"
              "| North America | 98.4 | 141.2 | 178.9 |\n"
              "| China | 31.7 | 40.5 | 49.8 |\n"
              "| Rest of world | 22.1 | 33.6 | 45.2 |\n"
              "| Total | 152.2 | 215.3 | 273.9 |\n"
              "F = forecast.",
         obs=[("North America", 2024, 98.4, "USD billion", "actual"),
              ("North America", 2025, 141.2, "USD billion", "estimate"),
              ("North America", 2026, 178.9, "USD billion", "estimate"),
              ("China", 2024, 31.7, "USD billion", "actual"),
              ("China", 2025, 40.5, "USD billion", "estimate"),
              ("China", 2026, 49.8, "USD billion", "estimate"),
              ("Rest of world", 2024, 22.1, "USD billion", "actual"),
              ("Rest of world", 2025, 33.6, "USD billion", "estimate"),
              ("Rest of world", 2026, 45.2, "USD billion", "estimate"),
              ("Total", 2024, 152.2, "USD billion", "actual"),
              ("Total", 2025, 215.3, "USD billion", "estimate"),
              ("Total", 2026, 273.9, "USD billion", "estimate")],
         claims=[],
         # 98.4 + 31.7 + 22.1 = 152.2; 141.2 + 40.5 + 33.6 = 215.3; 178.9 + 49.8 + 45.2 = 273.9
         verdicts=[("hierarchy", "exact")]),
    # 35. quarter columns ("Q1'24 | Q2'24") beside full-year columns: only the full years are expected
    dict(text="Conversational AI platform revenue, US$ million\n"
              "| Segment | Q1'24 | Q2'24 | Q3'24 | Q4'24 | FY2024 | FY2025E |\n"
              "|---|---|---|---|---|---|---|\n"
              "| Chatbots | 612 | 655 | 701 | 758 | 2,726 | 3,410 |\n"
              "| Voice assistants | 388 | 402 | 421 | 447 | 1,658 | 1,980 |\n"
              "| Total | 1,000 | 1,057 | 1,122 | 1,205 | 4,384 | 5,390 |",
         obs=[("Chatbots", 2024, 2726.0, "USD million", "actual"),
              ("Chatbots", 2025, 3410.0, "USD million", "estimate"),
              ("Voice assistants", 2024, 1658.0, "USD million", "actual"),
              ("Voice assistants", 2025, 1980.0, "USD million", "estimate"),
              ("Total", 2024, 4384.0, "USD million", "actual"),
              ("Total", 2025, 5390.0, "USD million", "estimate")],
         claims=[],
         # 2,726 + 1,658 = 4,384; 3,410 + 1,980 = 5,390 (and each row's quarters add to its FY2024)
         verdicts=[("hierarchy", "exact")]),
    # 36. footnote marks on cells ("4.2*", "4.5¹") explained under the table, space-aligned
    dict(text="AI in retail spending by region (US$ billion)\n"
              "Region            2023     2024     2025E\n"
              "Americas           5.8      7.6       9.9\n"
              "EMEA               3.1      4.2*      5.5\n"
              "Asia/Pacific       2.9      3.8       4.5\u00b9\n"
              "Total             11.8     15.6      19.9\n"
              "* Restated; the previous edition showed 4.0.\n"
              "\u00b9 Excludes Japan, reported separately.",
         obs=[("Americas", 2023, 5.8, "USD billion", "actual"),
              ("Americas", 2024, 7.6, "USD billion", "actual"),
              ("Americas", 2025, 9.9, "USD billion", "estimate"),
              ("EMEA", 2023, 3.1, "USD billion", "actual"),
              ("EMEA", 2024, 4.2, "USD billion", "actual"),
              ("EMEA", 2025, 5.5, "USD billion", "estimate"),
              ("Asia/Pacific", 2023, 2.9, "USD billion", "actual"),
              ("Asia/Pacific", 2024, 3.8, "USD billion", "actual"),
              ("Asia/Pacific", 2025, 4.5, "USD billion", "estimate"),
              ("Total", 2023, 11.8, "USD billion", "actual"),
              ("Total", 2024, 15.6, "USD billion", "actual"),
              ("Total", 2025, 19.9, "USD billion", "estimate")],
         claims=[],
         # 5.8 + 3.1 + 2.9 = 11.8; 7.6 + 4.2 + 3.8 = 15.6; 9.9 + 5.5 + 4.5 = 19.9
         verdicts=[("hierarchy", "exact")]),
    # 37. a Chinese table in 万亿元 with a 增速 row
    dict(text="表2 2023-2026年中国人工智能相关产业规模及增速\n"
              "| 指标 | 2023年 | 2024年 | 2025年E | 2026年E |\n"
              "|---|---|---|---|---|\n"
              "| 规模（万亿元） | 1.42 | 1.78 | 2.21 | 2.70 |\n"
              "| 增速 | 18.3% | 25.5% | 24.2% | 22.2% |\n"
              "资料来源：赛诺咨询，2025年4月",
         obs=[("规模", 2023, 1.42, "CNY trillion", "actual"),
              ("规模", 2024, 1.78, "CNY trillion", "actual"),
              ("规模", 2025, 2.21, "CNY trillion", "estimate"),
              ("规模", 2026, 2.70, "CNY trillion", "estimate")],
         claims=[("growth", 18.3, "percent", 2022, 2023, 1.0),
                 ("growth", 25.5, "percent", 2023, 2024, 1.0),
                 ("growth", 24.2, "percent", 2024, 2025, 1.0),
                 ("growth", 22.2, "percent", 2025, 2026, 1.0)],
         # 2023's 18.3% has no printed base
         verdicts=[("cagr|implied", "rounding"),  # 1.78 / 1.42 - 1 = 25.35%, not 25.5 within 0.05; bounds
                                                  # 1.775 / 1.425 .. 1.785 / 1.415: 24.56..26.15, which reach it
                   ("cagr|implied", "exact"),     # 2.21 / 1.78 - 1 = 24.16% (bounds 23.53..24.79)
                   ("cagr|implied", "exact")]),   # 2.70 / 2.21 - 1 = 22.17% (bounds 21.67..22.68)
    # 38. a Traditional Chinese vertical table: 單位：億美元, 市場規模, 年增率, 2025(預估)
    dict(text="全球邊緣AI晶片市場規模（單位：億美元）\n"
              "年度\t市場規模\t年增率\n"
              "2023\t186\t—\n"
              "2024\t241\t29.6%\n"
              "2025(預估)\t317\t31.5%\n"
              "2026(預估)\t402\t26.8%\n"
              "資料來源：臺灣資訊產業研究中心整理，2025年5月",
         obs=[("市場規模", 2023, 186.0, "USD 100 million", "actual"),
              ("市場規模", 2024, 241.0, "USD 100 million", "actual"),
              ("市場規模", 2025, 317.0, "USD 100 million", "estimate"),
              ("市場規模", 2026, 402.0, "USD 100 million", "estimate")],
         claims=[("growth", 29.6, "percent", 2023, 2024, 1.0),
                 ("growth", 31.5, "percent", 2024, 2025, 1.0),
                 ("growth", 26.8, "percent", 2025, 2026, 1.0)],
         verdicts=[("cagr|implied", "exact"),   # 241 / 186 - 1 = 29.57% (bounds 28.95..30.19)
                   ("cagr|implied", "exact"),   # 317 / 241 - 1 = 31.54% (bounds 31.06..32.02)
                   ("cagr|implied", "exact")]),  # 402 / 317 - 1 = 26.81% (bounds 26.46..27.17)
    # 39. vendors' shares summing to 100% with an "Others" row; the market size in the caption
    dict(text="Global AI in insurance software, vendor shares of revenue (market size 2024: US$6.8 billion)\n"
              "| Company | 2023 share | 2024 share |\n"
              "|---|---|---|\n"
              "| Lumora | 24.6% | 27.1% |\n"
              "| Kestrel AI | 18.2% | 17.5% |\n"
              "| Sabline | 11.9% | 12.8% |\n"
              "| Others | 45.3% | 42.6% |\n"
              "| Total | 100.0% | 100.0% |",
         obs=[("Total", 2024, 6.8, "USD billion", "actual")],
         # 24.6 + 18.2 + 11.9 + 45.3 = 100.0 and 27.1 + 17.5 + 12.8 + 42.6 = 100.0: the 100% row is no claim
         claims=[("share", 24.6, "percent", 2023, 2023, None),
                 ("share", 27.1, "percent", 2024, 2024, None),
                 ("share", 18.2, "percent", 2023, 2023, None),
                 ("share", 17.5, "percent", 2024, 2024, None),
                 ("share", 11.9, "percent", 2023, 2023, None),
                 ("share", 12.8, "percent", 2024, 2024, None),
                 ("share", 45.3, "percent", 2023, 2023, None),
                 ("share", 42.6, "percent", 2024, 2024, None)],
         verdicts=[]),
    # 40. a Chinese table with a 同比 column after each year, "—" for a segment without a base, and its 合计
    dict(text="2024-2025年中国AI手机市场结构（单位：亿元）\n"
              "细分\t2024年\t同比\t2025年E\t同比\n"
              "高端机型\t1,420\t68.2%\t1,985\t39.8%\n"
              "中端机型\t896\t121.5%\t1,402\t56.5%\n"
              "入门机型\t294\t—\t531\t80.6%\n"
              "合计\t2,610\t87.4%\t3,918\t50.1%",
         obs=[("高端机型", 2024, 1420.0, "CNY 100 million", "actual"),
              ("高端机型", 2025, 1985.0, "CNY 100 million", "estimate"),
              ("中端机型", 2024, 896.0, "CNY 100 million", "actual"),
              ("中端机型", 2025, 1402.0, "CNY 100 million", "estimate"),
              ("入门机型", 2024, 294.0, "CNY 100 million", "actual"),
              ("入门机型", 2025, 531.0, "CNY 100 million", "estimate"),
              ("合计", 2024, 2610.0, "CNY 100 million", "actual"),
              ("合计", 2025, 3918.0, "CNY 100 million", "estimate")],
         claims=[("growth", 68.2, "percent", 2023, 2024, 1.0),
                 ("growth", 121.5, "percent", 2023, 2024, 1.0),
                 ("growth", 87.4, "percent", 2023, 2024, 1.0),
                 ("growth", 39.8, "percent", 2024, 2025, 1.0),
                 ("growth", 56.5, "percent", 2024, 2025, 1.0),
                 ("growth", 80.6, "percent", 2024, 2025, 1.0),
                 ("growth", 50.1, "percent", 2024, 2025, 1.0)],
         # 1,420 + 896 + 294 = 2,610; 1,985 + 1,402 + 531 = 3,918; the 2024 同比 column has no printed base
         verdicts=[("hierarchy", "exact"),
                   ("cagr|implied", "exact"),   # 1985 / 1420 - 1 = 39.79% (bounds 39.70..39.87)
                   ("cagr|implied", "exact"),   # 1402 / 896 - 1 = 56.47% (bounds 56.33..56.62)
                   ("cagr|implied", "exact"),   # 531 / 294 - 1 = 80.61% (bounds 80.14..81.09)
                   ("cagr|implied", "exact")]),  # 3918 / 2610 - 1 = 50.11% (bounds 50.07..50.16)
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "twenty-fifth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'Revenue in the Computer Vision market is projected to reach US$29.27bn in 2025',
    'annual growth rate (CAGR 2025-2031) of 9.92%',
    'In global comparison, the most revenue will be generated in the United States (US$8.41bn in 2025)',
    'is forecast to total $31.4 billion in 2025, an increase of 24.6% from 2024',
    'a compound annual growth rate (CAGR) of 24.9% over the 2024-2028 forecast period',
    'will account for more than a third of',
    'up 19.4 per cent from \u00a312.4 billion',
    'C$4.6 billion (US$3.4 billion)',
    '$1.3tn by 2032',
    'about forty billion dollars',
    'twenty-six percent a year',
    'Our addressable market, which we estimate at',
    'rose by 4 percentage points to 31%',
    'Growing at a CAGR of 18.2%, the global AI in drug discovery market will rise from',
    'USD 5.6 billion (2024) to USD 21.3 billion (2030)',
    'by the end of the decade',
    '核心产业规模达9,010亿元',
    '企业数量超过1,200家',
    '对应增速分别为',
    '根据弗若斯特沙利文的资料，按收入计',
    '千亿级市场',
    '实现翻番',
    '2.6万亿元',
    '增长3.1个百分点',
    '新臺幣2兆1,500億元（約671億美元）',
    '約為9.6億港元',
    '| Segment | 2024 Spending | 2024 Growth (%) | 2025 Spending | 2025 Growth (%) |',
    'Revenue (US$ bn)',
    "| Q1'24 | Q2'24 |",
    '4.5\u00b9',
)
#: the set's blind score (set when it is first scored); a revision's year held up by 将 is history: 59 verdicts
FLOORS = {"figures_found": 183, "rates_found": 65, "verdicts_right": 59}


if __name__ == "__main__":  # python tests/extract_checkset25.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
