"""A forty-third check set for the extractor, written blind: a general mix, as the next hundred reports will come, in
wordings and layouts the earlier sets left out -- a research store's release that opens on its rate ("Growing at a
compound annual rate of ...") and names a region's amount in brackets after it, an analyst firm's spending guide that is
"on track to" a figure and expects "a further" gain, a news story that sets two firms "versus" each other, an earnings
call in yen whose fiscal year is "the year to March 2025", a statistics office's "compared with", a federation's sales
that "slid to", a broker's "rising to $18.9bn next year", a blog's "2.5x jump" and "by year-end", a newsletter in
"US$684m", an investor day's "more than fivefold", a decline that "dipped ... to", "over 2024-29", Hong Kong dollars in
millions, "for the 2024–2033 forecast window", "some €3.2 billion" and "a 23% gain"; Chinese research firms (规模突破……达到,
增长率), an IDC-style tracker's multi-year list (2023、2024、2025年……分别为) with 比2023年增长, a ministry's 达……，较上年提升, a provincial
bureau's list with 两年年均增长 and 同比增幅, financial media's 较2021年增长3倍, a simplified 年复合成长率 with 较2024年提升, a blog's 发布时间 with
去年 and 今年, a county park's 万元 beside 亿元, a broker's 对应增速, an alliance's 约占; Taiwan and Hong Kong outlets in Traditional
Chinese (較前一年的……增加, 分別為新台幣, 年減……至, 明年再成長……至); and tables in pipes, tabs and aligned columns (a total row printed first,
units in the header cells, E, e, P and (F) years, a "% chg" column, a "Share of total" column whose parts miss their
total by a rounding, a "'24–'27 CAGR" column, fiscal years in yen, a Hong Kong table with numbered notes).

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

What this set's sources add to them. A research store's release that opens on its rate ("Growing at a compound annual
rate of 28.4%, the global market for AI code assistants will be worth USD 14.62 billion by 2030, up from USD 3.29
billion in 2024") gives the ``estimate`` and the ``actual`` base after the rate, which is ``inferred`` (no span printed)
and contradicted by them, and "North America (USD 1.37 billion) held 41.6% of 2024 revenue" a part whose amount is in
brackets after its name, with its share and an ``arithmetic`` verdict. Under an analyst firm's dateline "is on track to
reach $24.1 billion this year, a 22.7% increase over 2024" is 2025's ``estimate`` with a rate whose base is not printed,
"a further 19.5% gain in 2026, to $28.8 billion" a rate before its amount with its verdict, "passing $40 billion in
2028" an approximate ``estimate`` and "38.2% of this year's total" a share of 2025. A news story's first firm gives
"$1.84 billion in 2024" and "rising to $6.90 billion by 2031, or 20.8% a year" (``inferred``), while the second firm's
"$1.52 billion in 2024, versus Harlow's $1.84 billion" is expected nowhere and "46% of 2024 revenue" is a share. On an
earnings call in yen "sales of ¥412.6 billion in fiscal 2024, the year to March 2025, up 61% from ¥256.0 billion the
year before" gives fiscal 2024 and 2023 in JPY billion with their rate, "For fiscal 2025 ... around ¥600 billion" an
approximate ``estimate``, and the company's quarterly orders, the call's title and the speaker's line are expected
nowhere. A statistics office's "£14.38 billion ... in 2024, compared with £12.05 billion in 2023, an increase of 19.3%"
gives both years and their rate, and "Software products brought in £8.12 billion, 56.5% of the total" a part with its
share. A federation's "slid to €1.86 billion last year from €2.03 billion in 2023, a decline of 8.4%" is a negative rate
with both its amounts, and "a recovery to about €1.95 billion this year" an ``estimate``. A broker's "$12.4bn this year,
up 59% from $7.8bn in 2024, rising to $18.9bn next year and $25.6bn in 2027" gives 2025, 2026 and 2027 their
``estimate`` figures, and the price target and its upside are boilerplate. On a blog "climbed to $5.4 billion ... in
2024, a 2.5x jump on the $2.2 billion of a year before" is a multiple, x2.5 over 2023-2024, and "$9.8 billion by
year-end" 2025's ``estimate``. A newsletter's "US$684m last year against US$471m in 2023, a rise of 45.4%" opens the
series in USD million, the rate reached only at the rounding of its amounts, and "US$1.9bn by 2027" is expected as 1900.
At an investor day "the total addressable market for edge AI processors to grow more than fivefold, from $11.2 billion
in 2024 to $58 billion in 2030" is x5 over six years and "a compound rate of 31.5%" ``inferred``, the company's share
target and margin expected nowhere. "Dipped 3.1% in 2024, to €2.48 billion" is a negative rate before its amount with
its base in the next sentence ("had reached €2.56 billion in 2023") and "growth of 12% in 2025" a rate without a
verdict. "Expanding at a CAGR of 23.4% over 2024-29" prints its span in short digits (``stated``) and "Media and
entertainment took USD 312.6 million, or 37.0%, of 2024 revenue" is a part with its share. Hong Kong's "worth HK$486
million last year, will grow by 27% this year to HK$617 million" is HKD million (a rate before its amount) and "Banks
and insurers (HK$219 million) ... with 45.1% of the total" a part in brackets with its share. "A CAGR of 25.3% for the
2024–2033 forecast window" is ``stated`` and contradicted by its amounts, and "a 52.4% share in 2024" a share. "Some
€3.2 billion" is approximate and "an average rise of 17.7% a year" ``inferred``, "about a quarter of the 2024 total" a
fraction in words. "$1.7 billion in 2024 versus $1.4 billion in 2023, a 23% gain" is a rate reached only at the rounding
of its amounts.

In Chinese: 规模突破百亿元，达到112.6亿元 is expected once, at its more precise figure, 增长率达86.4% a rate whose base is not printed,
and 2024-2027年复合增长率为60.8% ``stated``; 2023、2024、2025年……分别为94.5亿美元、221.0亿美元和318.4亿美元 gives each year, in order, its
figure in USD 100 million (其中2025年为预测值 makes 2025 an ``estimate``), 比2023年增长133.9% and 2025年预计增长44.1% their rates; a
ministry's 接近9,000亿元 is approximate, 较上年增长超过24% a rate whose base is not printed, 智能芯片产业规模达1,426亿元，占核心产业规模的15.8% a part
with its share, and 较上年提升2.1个百分点 and the firms counted expected nowhere; a provincial bureau's list
(2022、2023、2024年……分别为) gives three years, 两年年均增长24.6% (a span in words, ``inferred``) is contradicted by them and
同比增幅为22.7% is 2024's rate, the 个百分点 expected nowhere; 较2021年增长3倍 is x3 over 2021-2024 (its base not printed) and
今年……215亿元 2025's ``estimate`` with its rate; a simplified 年复合成长率达23.8% after 从2024年的……增至2030年的…… is ``inferred``, and
2025年规模预计达85亿美元，较2024年提升25% an ``estimate`` with its rate; under a blog's 发布时间 去年……约为38.7亿元 is 2024's approximate figure
and 今年有望增至65亿元左右，同比增幅约68% 2025's ``estimate`` with its rate; a county park's 8,640万元 opens the series in CNY 10
thousand, so 1.52亿元 is expected as 15200, and the staff counted expected nowhere; a broker's
预计2025年、2026年分别达到702亿元和968亿元，对应增速44.4%和37.9% gives each year, in order, its ``estimate`` and rate, 约为486亿元 the 2024
base, and the rating boilerplate; an alliance's 互联网行业规模最大，为186亿元，占29.8% is a part with its share, and 约占21% and 约占17%
shares whose parts are not printed. In Traditional Chinese a Hong Kong centre's 較前一年的9.8億港元增加28.6% is a rate with its
base, 約六成 a survey's answer and 今年開支可達16億港元 an ``estimate``; a Taiwan bulletin's
2022、2023、2024年分別為新台幣3,215億元、4,108億元及5,962億元 gives three years in TWD 100 million, 2023年年增27.8% a rate its amounts bear
out and 2024年年增幅擴大至46.8% one they contradict; a research firm's 年減6.3%至182億美元 is a negative rate before its amount,
reached only at the rounding of it and 2023年為194億美元, and 車用晶片占比將提高至27% a share of 2025; a daily's 今年……將年增52%，達1,740億美元
is 2025's ``estimate`` (its base not printed), 明年再成長31%至2,280億美元 2026's with its verdict, and 2027年可望挑戰2,900億美元 an
approximate ``estimate``.

In tables: a pipe table whose Total row comes first, under "(US$ million)" with a 2025E column and a "% chg 2025E"
column, gives each segment its figures, its 2024-2025 rate and the Total the whole (the note line boilerplate); a
Chinese tab-separated table whose header cells carry their unit (2023年（亿元）) gives each 行业 its figures in CNY 100 million
and its 同比增长 (one reached only at the rounding of its figures), its 合计 the whole and its 表 number and 注 line
boilerplate; an aligned table of years in "(USD million)" gives ``Revenue`` its figures (2025P and 2026P ``estimate``,
"P = projected") and its "Change" column each year's rate (one contradicted by its figures, "—" none); a Chinese pipe
table whose 合计 row comes first gives each 服务商类型 its 2024 收入 (the year from the title) and its 份额 with an ``arithmetic``
verdict, and its 100% no claim; a tab-separated table in "$bn" with 2025F and 2027F columns and a "'24–'27 CAGR" column
(two-digit years with apostrophes and an en dash) gives each deployment its ``stated`` rate over 2024-2027 (one reached
only at the rounding of its figures) and its Total the whole; a Traditional Chinese aligned table under 單位：新台幣億元 gives
its 產值 column each year (2025(F) an ``estimate``) and its 成長率 column each year's rate; a pipe table in "(EUR million)"
with a "Share of total" column gives each country its share (``arithmetic``) and its Total, which the parts miss by 0.1,
a ``hierarchy`` verdict reached only at the rounding, its 100.0% no claim and its rounding note boilerplate; a
tab-separated table in "(¥ bn)" with FY2023, FY2024 and FY2025e columns adds to its Total row; a Chinese aligned table
of years under （单位：亿元） gives ``销售额`` its figures and its 增速 column each year's rate (2025E an ``estimate``, 注：E为预测值);
and a Hong Kong pipe table in "(HK$ million)" with a "2025 (forecast)" column adds to its "All sectors" row, its
numbered notes and the firms surveyed boilerplate. Markets vary (AI code assistants, AI-driven security operations, AI
radiology software, generative AI services in Japan, AI software and services in the UK, AI-enabled machine vision, AI
optical interconnects, AI agent platforms, AI contract-review tools, edge AI processors, customer-service chatbots in
Europe, synthetic voice, AI customer-service software in Hong Kong, AI in precision oncology, AI in Europe's public
sector, AI-powered hearing aids, 企业级AI Agent, 加速服务器, 人工智能核心产业, 人工智能产业, AI学习机, 人工智能数据中心, AI陪伴类应用, 数据标注, AI推理芯片, 大模型行业应用,
人工智能客戶服務方案, AI伺服器零組件, 邊緣AI晶片, AI加速卡, AI meeting assistants, AI缺陷检测设备, AI-based protein design software, AI训练数据服务, AI
inference-as-a-service, 液冷散熱模組, AI in manufacturing, AI system integration in Japan, AI写作工具, enterprise AI in Hong
Kong); publishers, speakers and companies are invented, the sentences are the project's own and the figures plausible.
``python tests/extract_checkset43.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a research store's release that opens on its rate; "by 2030, up from"; a region's amount in brackets after its
    #    name with its share of the total
    dict(
        text=(
            "DUBLIN, June 3, 2025 — Growing at a compound annual rate of 28.4%, the global market for AI code "
            "assistants will be worth USD 14.62 billion by 2030, up from USD 3.29 billion in 2024, according to a new "
            "study by Ashgrove Market Research. North America (USD 1.37 billion) held 41.6% of 2024 revenue, and the "
            "IDE plug-in segment is set to grow fastest."
        ),
        obs=[
            ("Total", 2030, 14.62, "USD billion", "estimate"),
            ("Total", 2024, 3.29, "USD billion", "actual"),
            ("North America", 2024, 1.37, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 28.4, "percent", 2024, 2030, None, "inferred"),
            ("share", 41.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (14.62 / 3.29) ** (1 / 6) - 1 = 28.221%; bounds (14.615 / 3.295) -> 28.181%, (14.625 / 3.285) -> 28.261%:
            # 28.4 +- 0.05 outside
            ("cagr|period", "inconsistent"),
            ("arithmetic", "exact"),  # 1.37 / 3.29 = 41.641% -> 41.6
        ],
    ),
    # 2. an analyst firm's dated spending guide: "is on track to reach ... this year", "a further 19.5% gain in 2026"
    dict(
        text=(
            "NEEDHAM, Mass., October 7, 2025 — Worldwide spending on AI-driven security operations is on track to "
            "reach $24.1 billion this year, a 22.7% increase over 2024, according to the latest Worldwide AI Security "
            "Spending Guide from Calder Insight. The firm expects a further 19.5% gain in 2026, to $28.8 billion, and "
            "sees spending passing $40 billion in 2028. Managed detection services will account for 38.2% of this "
            "year's total."
        ),
        obs=[
            ("Total", 2025, 24.1, "USD billion", "estimate"),
            ("Total", 2026, 28.8, "USD billion", "estimate"),
            ("Total", 2028, 40, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 22.7, "percent", 2024, 2025, 1.0),
            ("growth", 19.5, "percent", 2025, 2026, 1.0),
            ("share", 38.2, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 28.8 / 24.1 - 1 = 19.502% -> 19.5 (the 22.7% has no printed 2024 amount)
        ],
    ),
    # 3. a news story setting two firms against each other ("versus"): the second firm's figure nowhere
    dict(
        text=(
            "Forecasts for AI radiology software differ by a wide margin. Harlow Analytics puts the market at $1.84 "
            "billion in 2024 and has it rising to $6.90 billion by 2031, or 20.8% a year. Tidemark Research, which "
            "counts only cleared products, starts from a smaller base: $1.52 billion in 2024, versus Harlow's $1.84 "
            "billion. Harlow attributes 46% of 2024 revenue to chest imaging."
        ),
        obs=[
            ("Total", 2024, 1.84, "USD billion", "actual"),
            ("Total", 2031, 6.90, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.8, "percent", 2024, 2031, None, "inferred"),
            ("share", 46, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (6.90 / 1.84) ** (1 / 7) - 1 = 20.783% -> 20.8 (bounds 20.723-20.842)
        ],
    ),
    # 4. an earnings call in yen: "sales of ... in fiscal 2024, the year to March 2025"; the company's orders nowhere
    dict(
        text=(
            "Hoshino Systems, fourth-quarter results call, May 14, 2025\n"
            "Kenji Mori -- President and Chief Executive Officer\n"
            "Let me begin with the market. By our count, Japan's market for generative AI services recorded sales of "
            "¥412.6 billion in fiscal 2024, the year to March 2025, up 61% from ¥256.0 billion the year before. For "
            "fiscal 2025 we expect it to expand to around ¥600 billion. Our own orders in the quarter grew 18% to ¥9.7 "
            "billion."
        ),
        obs=[
            ("Total", 2024, 412.6, "JPY billion", "actual"),
            ("Total", 2023, 256.0, "JPY billion", "actual"),
            ("Total", 2025, 600, "JPY billion", "estimate"),
        ],
        claims=[("growth", 61, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 412.6 / 256.0 - 1 = 61.172% -> 61 (bounds 61.121-61.223)
        ],
    ),
    # 5. a statistics office's main findings: "compared with", a part with its share of the total; a count nowhere
    dict(
        text=(
            "Main findings\n"
            "UK businesses earned £14.38 billion from selling AI software and services in 2024, compared with £12.05 "
            "billion in 2023, an increase of 19.3%. Software products brought in £8.12 billion, 56.5% of the total. "
            "These are official statistics in development; the survey sampled 3,120 businesses."
        ),
        obs=[
            ("Total", 2024, 14.38, "GBP billion", "actual"),
            ("Total", 2023, 12.05, "GBP billion", "actual"),
            ("Software products", 2024, 8.12, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 19.3, "percent", 2023, 2024, 1.0),
            ("share", 56.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 14.38 / 12.05 - 1 = 19.336% -> 19.3
            ("arithmetic", "exact"),  # 8.12 / 14.38 = 56.467% -> 56.5
        ],
    ),
    # 6. a federation under a dateline: "slid to ... last year from ... in 2023, a decline of"; this year's estimate
    dict(
        text=(
            "FRANKFURT, March 12, 2025 — Sales of AI-enabled machine vision systems by German manufacturers slid to "
            "€1.86 billion last year from €2.03 billion in 2023, a decline of 8.4%, the Machine Vision Federation "
            "said. The federation, which has 186 member companies, expects a recovery to about €1.95 billion this year."
        ),
        obs=[
            ("Total", 2024, 1.86, "EUR billion", "actual"),
            ("Total", 2023, 2.03, "EUR billion", "actual"),
            ("Total", 2025, 1.95, "EUR billion", "estimate"),
        ],
        claims=[("growth", -8.4, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.86 / 2.03 - 1 = -8.374% -> -8.4
        ],
    ),
    # 7. a broker's note: this year, "rising to $18.9bn next year"; the price target and upside nowhere
    dict(
        text=(
            "Lindqvist & Co. Equity Research, 18 September 2025\n"
            "We now size the market for AI optical interconnects at $12.4bn this year, up 59% from $7.8bn in 2024, "
            "rising to $18.9bn next year and $25.6bn in 2027. Our $212 price target implies 24% upside."
        ),
        obs=[
            ("Total", 2025, 12.4, "USD billion", "estimate"),
            ("Total", 2024, 7.8, "USD billion", "actual"),
            ("Total", 2026, 18.9, "USD billion", "estimate"),
            ("Total", 2027, 25.6, "USD billion", "estimate"),
        ],
        claims=[("growth", 59, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 12.4 / 7.8 - 1 = 58.974% -> 59 (bounds 57.325-60.645)
        ],
    ),
    # 8. a blog post under its date: "climbed to", "a 2.5x jump" (x2.5 over one year), "by year-end"
    dict(
        text=(
            "Updated 2025-04-02\n"
            "Revenue from AI agent platforms climbed to $5.4 billion in 2024, a 2.5x jump on the $2.2 billion of a "
            "year before, Quarry Research estimates. Quarry thinks the category can reach $9.8 billion by year-end."
        ),
        obs=[
            ("Total", 2024, 5.4, "USD billion", "actual"),
            ("Total", 2023, 2.2, "USD billion", "actual"),
            ("Total", 2025, 9.8, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2023, 2024, 1.0),  # 5.4 / 2.2 = 2.45: a 2.5x jump
        ],
        verdicts=[],
    ),
    # 9. a newsletter: "US$684m" opens the series in USD million, so "US$1.9bn" is expected as 1900; a rate reached
    #    only at the rounding
    dict(
        text=(
            "The Docket Digest, No. 58 — 21 January 2025\n"
            "AI contract-review tools brought in US$684m last year against US$471m in 2023, a rise of 45.4%, by "
            "Fenwick Legal Tech's count. Its forecast: US$1.9bn by 2027. Our take: the mid-market is where the "
            "growth is."
        ),
        obs=[
            ("Total", 2024, 684, "USD million", "actual"),
            ("Total", 2023, 471, "USD million", "actual"),
            ("Total", 2027, 1900, "USD million", "estimate"),
        ],
        claims=[("growth", 45.4, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 684 / 471 - 1 = 45.223%, not 45.4 +- 0.05; bounds (683.5 / 471.5) -> 44.963%, (684.5 / 470.5) -> 45.484%:
            # 45.4 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 10. an investor day: the TAM the company sizes "to grow more than fivefold" (x5 over six years), an inferred
    #     compound rate; the company's share target and margin nowhere
    dict(
        text=(
            "At its capital markets day in Eindhoven on 20 November 2025, Veltrix Semiconductors said it expects the "
            "total addressable market for edge AI processors to grow more than fivefold, from $11.2 billion in 2024 to "
            "$58 billion in 2030, a compound rate of 31.5%. Veltrix is aiming for a 20% share of that market by 2030 "
            "and an operating margin above 30%."
        ),
        obs=[
            ("Total", 2024, 11.2, "USD billion", "actual"),
            ("Total", 2030, 58, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 5, "multiple", 2024, 2030, 6.0),  # 58 / 11.2 = 5.18: more than fivefold
            ("cagr", 31.5, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (58 / 11.2) ** (1 / 6) - 1 = 31.533% -> 31.5 (bounds 31.246-31.820)
        ],
    ),
    # 11. a decline before its amount ("dipped 3.1% in 2024, to"), the base in the next sentence, a rate without amount
    dict(
        text=(
            "Spending on customer-service chatbots in Europe dipped 3.1% in 2024, to €2.48 billion, as banks paused "
            "projects, Ostra Research said. The tally had reached €2.56 billion in 2023. Ostra expects growth of 12% "
            "in 2025 as deployments resume."
        ),
        obs=[
            ("Total", 2024, 2.48, "EUR billion", "actual"),
            ("Total", 2023, 2.56, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", -3.1, "percent", 2023, 2024, 1.0),
            ("growth", 12, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.48 / 2.56 - 1 = -3.125% -> -3.1 (bounds -3.509 to -2.740)
        ],
    ),
    # 12. "over 2024-29" (a span in short digits, stated); a part "took ..., or 37.0%, of 2024 revenue"
    dict(
        text=(
            "The synthetic voice market was estimated at USD 845.3 million in 2024 and is forecast to reach USD "
            "2,417.8 million in 2029, expanding at a CAGR of 23.4% over 2024-29, according to Brightfield Research. "
            "Media and entertainment took USD 312.6 million, or 37.0%, of 2024 revenue."
        ),
        obs=[
            ("Total", 2024, 845.3, "USD million", "actual"),
            ("Total", 2029, 2417.8, "USD million", "estimate"),
            ("Media and entertainment", 2024, 312.6, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 23.4, "percent", 2024, 2029, None, "stated"),
            ("share", 37.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (2417.8 / 845.3) ** (1 / 5) - 1 = 23.391% -> 23.4 (bounds 23.389-23.393)
            ("arithmetic", "exact"),  # 312.6 / 845.3 = 36.981% -> 37.0
        ],
    ),
    # 13. Hong Kong dollars in millions: last year, a rate before this year's amount, a part in brackets with its share
    dict(
        text=(
            "HONG KONG, 9 July 2025 — Hong Kong's market for AI customer-service software, worth HK$486 million last "
            "year, will grow by 27% this year to HK$617 million, the Hong Kong Software Industry Alliance estimates. "
            "Banks and insurers (HK$219 million) were the largest buyers last year, with 45.1% of the total."
        ),
        obs=[
            ("Total", 2024, 486, "HKD million", "actual"),
            ("Total", 2025, 617, "HKD million", "estimate"),
            ("Banks and insurers", 2024, 219, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 27, "percent", 2024, 2025, 1.0),
            ("share", 45.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 617 / 486 - 1 = 26.955% -> 27 (bounds 26.721-27.188)
            ("arithmetic", "exact"),  # 219 / 486 = 45.062% -> 45.1
        ],
    ),
    # 14. "for the 2024–2033 forecast window" (an en dash, stated): a CAGR its amounts contradict; a share of 2024
    dict(
        text=(
            "Revenue from AI tools in precision oncology came to USD 1.12 billion in 2024 and is projected to hit USD "
            "7.95 billion in 2033, a CAGR of 25.3% for the 2024–2033 forecast window, Meridale Health Insights said. "
            "Hospitals and cancer centres were the largest end users, with a 52.4% share in 2024."
        ),
        obs=[
            ("Total", 2024, 1.12, "USD billion", "actual"),
            ("Total", 2033, 7.95, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 25.3, "percent", 2024, 2033, None, "stated"),
            ("share", 52.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (7.95 / 1.12) ** (1 / 9) - 1 = 24.329%; bounds (7.945 / 1.125) -> 24.259%, (7.955 / 1.115) -> 24.399%:
            # 25.3 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 15. "some €3.2 billion" (approximate), "an average rise of 17.7% a year" (inferred); a fraction in words nowhere
    dict(
        text=(
            "Europe's public sector spent some €3.2 billion on AI systems in 2024, the Brussels-based Centre for "
            "Public Digital Policy estimates, and the centre expects the bill to reach €8.5 billion by 2030, an "
            "average rise of 17.7% a year. Health and social care absorbed about a quarter of the 2024 total."
        ),
        obs=[
            ("Total", 2024, 3.2, "EUR billion", "actual"),
            ("Total", 2030, 8.5, "EUR billion", "estimate"),
        ],
        claims=[("cagr", 17.7, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (8.5 / 3.2) ** (1 / 6) - 1 = 17.682% -> 17.7 (bounds 17.263-18.107)
        ],
    ),
    # 16. "versus", "a 23% gain": a rate reached only at the rounding of its amounts; a later year's forecast
    dict(
        text=(
            "Sales of AI-powered hearing aids reached $1.7 billion in 2024 versus $1.4 billion in 2023, a 23% gain, "
            "Audentia Research says; it sees them climbing to $2.5 billion in 2026."
        ),
        obs=[
            ("Total", 2024, 1.7, "USD billion", "actual"),
            ("Total", 2023, 1.4, "USD billion", "actual"),
            ("Total", 2026, 2.5, "USD billion", "estimate"),
        ],
        claims=[("growth", 23, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 1.7 / 1.4 - 1 = 21.429%, not 23 +- 0.5; bounds (1.65 / 1.45) -> 13.793%, (1.75 / 1.35) -> 29.630%:
            # 23 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. a research firm: 规模突破百亿元，达到 (expected once, at 112.6), 增长率达 (no base), a stated CAGR; title years nowhere
    dict(
        text=(
            "艾观咨询发布的《2025年中国企业级AI Agent行业研究报告》显示，2024年中国企业级AI Agent市场规模突破百亿元，达到112.6亿元，"
            "增长率达86.4%；预计到2027年，市场规模将达到468.3亿元，2024-2027年复合增长率为60.8%。"
        ),
        obs=[
            ("Total", 2024, 112.6, "CNY 100 million", "actual"),
            ("Total", 2027, 468.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 86.4, "percent", 2023, 2024, 1.0),
            ("cagr", 60.8, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (468.3 / 112.6) ** (1 / 3) - 1 = 60.816% -> 60.8 (bounds 60.786-60.845)
        ],
    ),
    # 18. a tracker's multi-year list (2023、2024、2025年……分别为) in 亿美元; 比2023年增长, 2025年预计增长
    dict(
        text=(
            "据益达咨询（中国）最新发布的《中国加速计算服务器市场半年度跟踪报告》，2023、2024、2025年中国加速服务器市场规模"
            "分别为94.5亿美元、221.0亿美元和318.4亿美元，其中2025年为预测值。2024年市场规模比2023年增长133.9%，2025年预计增长44.1%。"
        ),
        obs=[
            ("Total", 2023, 94.5, "USD 100 million", "actual"),
            ("Total", 2024, 221.0, "USD 100 million", "actual"),
            ("Total", 2025, 318.4, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 133.9, "percent", 2023, 2024, 1.0),
            ("growth", 44.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 221.0 / 94.5 - 1 = 133.862% -> 133.9
            ("cagr|implied", "exact"),  # 318.4 / 221.0 - 1 = 44.072% -> 44.1
        ],
    ),
    # 19. a ministry at a press conference: 接近 (approximate), 超过24% (no base), a part 达……，占……, 较上年提升……个百分点 nowhere
    dict(
        text=(
            "（2025年3月28日）工业和信息化部新闻发言人在国新办新闻发布会上介绍，2024年我国人工智能核心产业规模接近9,000亿元，"
            "较上年增长超过24%，相关企业数量超过4,500家。其中，智能芯片产业规模达1,426亿元，占核心产业规模的15.8%，较上年提升"
            "2.1个百分点。"
        ),
        obs=[
            ("Total", 2024, 9000, "CNY 100 million", "actual"),
            ("智能芯片产业", 2024, 1426, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("share", 15.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1426 / 9000 = 15.844% -> 15.8
        ],
    ),
    # 20. a provincial bureau: a multi-year list, 两年年均增长 (inferred) its amounts contradict, 同比增幅为 2024's rate
    dict(
        text=(
            "（2025年1月24日）云岭省统计局发布数据，2022、2023、2024年全省人工智能产业营业收入分别为1,862亿元、2,275亿元和"
            "2,791亿元，两年年均增长24.6%。其中，2024年营业收入同比增幅为22.7%，增速比上年加快0.5个百分点。"
        ),
        obs=[
            ("Total", 2022, 1862, "CNY 100 million", "actual"),
            ("Total", 2023, 2275, "CNY 100 million", "actual"),
            ("Total", 2024, 2791, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 24.6, "percent", 2022, 2024, None, "inferred"),
            ("growth", 22.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (2791 / 1862) ** (1 / 2) - 1 = 22.431%; bounds (2790.5 / 1862.5) -> 22.403%, (2791.5 / 1861.5) -> 22.458%:
            # 24.6 +- 0.05 outside
            ("cagr|period", "inconsistent"),
            ("cagr|implied", "exact"),  # 2791 / 2275 - 1 = 22.681% -> 22.7 (2275 / 1862 - 1 = 22.181%: +0.5 points)
        ],
    ),
    # 21. financial media under a dateline: 较2021年增长3倍 (x3, the printed N; its base not printed), 今年 an estimate
    dict(
        text=(
            "（2025年7月8日）证券日报记者从中国电子教育装备协会获悉，2024年我国AI学习机市场销售额达168.4亿元，较2021年增长3倍；"
            "协会预计，今年销售额将达到215亿元，同比增长27.7%。"
        ),
        obs=[
            ("Total", 2024, 168.4, "CNY 100 million", "actual"),
            ("Total", 2025, 215, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),  # 增长3倍: the printed N kept as the multiple's value
            ("growth", 27.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 215 / 168.4 - 1 = 27.672% -> 27.7
        ],
    ),
    # 22. a simplified 年复合成长率 after 从……增至…… (inferred); 预计达……，较2024年提升25%; 约占四成 nowhere
    dict(
        text=(
            "据新加坡研究机构东联咨询估计，东南亚人工智能数据中心市场规模将从2024年的68亿美元增至2030年的245亿美元，年复合成长率达"
            "23.8%；2025年规模预计达85亿美元，较2024年提升25%。其中，马来西亚柔佛州约占四成。"
        ),
        obs=[
            ("Total", 2024, 68, "USD 100 million", "actual"),
            ("Total", 2030, 245, "USD 100 million", "estimate"),
            ("Total", 2025, 85, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23.8, "percent", 2024, 2030, None, "inferred"),
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (245 / 68) ** (1 / 6) - 1 = 23.816% -> 23.8 (bounds 23.623-24.010)
            ("cagr|implied", "exact"),  # 85 / 68 - 1 = 25.000% -> 25
        ],
    ),
    # 23. a blog's 发布时间: 去年 and 今年, 左右 on a forecast, 同比增幅约; an age band and a fraction in words nowhere
    dict(
        text=(
            "发布时间：2025年6月12日\n"
            "去年，我国AI陪伴类应用市场规模约为38.7亿元；据测算，今年有望增至65亿元左右，同比增幅约68%。从用户结构看，18至24岁"
            "人群占比超过一半。"
        ),
        obs=[
            ("Total", 2024, 38.7, "CNY 100 million", "actual"),
            ("Total", 2025, 65, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 68, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 65 / 38.7 - 1 = 67.959% -> 68 (bounds 66.452-69.470)
        ],
    ),
    # 24. a county park: 8,640万元 opens the series in CNY 10 thousand, so 1.52亿元 is expected as 15200; staff nowhere
    dict(
        text=(
            "（2025年2月20日）记者从清溪县数据标注产业园获悉，2023年园区数据标注企业实现营业收入8,640万元，2024年增至1.52亿元，"
            "同比增长75.9%，从业人员达3,200人。"
        ),
        obs=[
            ("Total", 2023, 8640, "CNY 10 thousand", "actual"),
            ("Total", 2024, 15200, "CNY 10 thousand", "actual"),
        ],
        claims=[("growth", 75.9, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 15200 / 8640 - 1 = 75.926% -> 75.9 (1.52亿元 read 15150-15250 万元)
        ],
    ),
    # 25. a broker's note: 预计2025年、2026年分别达到……，对应增速……和…… (each year, in order); the rating nowhere
    dict(
        text=(
            "【澄泓证券·AI推理芯片行业深度报告】我们测算2024年国内AI推理芯片市场规模约为486亿元，预计2025年、2026年分别达到702亿元"
            "和968亿元，对应增速44.4%和37.9%。首次覆盖，给予行业“推荐”评级。"
        ),
        obs=[
            ("Total", 2024, 486, "CNY 100 million", "actual"),
            ("Total", 2025, 702, "CNY 100 million", "estimate"),
            ("Total", 2026, 968, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 44.4, "percent", 2024, 2025, 1.0),
            ("growth", 37.9, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 702 / 486 - 1 = 44.444% -> 44.4
            ("cagr|implied", "exact"),  # 968 / 702 - 1 = 37.892% -> 37.9
        ],
    ),
    # 26. an alliance: a part 规模最大，为……，占……; 约占 shares whose parts are not printed; the title's year nowhere
    dict(
        text=(
            "中国智能软件产业联盟发布的《2024年大模型应用发展报告》显示，2024年我国大模型行业应用市场规模为624亿元。分行业看，"
            "互联网行业规模最大，为186亿元，占29.8%；金融行业约占21%，政务领域约占17%。"
        ),
        obs=[
            ("Total", 2024, 624, "CNY 100 million", "actual"),
            ("互联网行业", 2024, 186, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 29.8, "percent", 2024, 2024, None),
            ("share", 21, "percent", 2024, 2024, None),
            ("share", 17, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 186 / 624 = 29.808% -> 29.8
        ],
    ),
    # 27. a Hong Kong centre in Traditional Chinese: 較前一年的……增加 (a rate with its base), a survey's 約六成 nowhere, 今年
    dict(
        text=(
            "（2025年6月5日）香港生產力研究中心公布調查結果，2024年本港企業在人工智能客戶服務方案上的開支達12.6億港元，較前一年的"
            "9.8億港元增加28.6%；在受訪的1,050家企業中，約六成表示今年會增加相關預算。中心預計，今年開支可達16億港元。"
        ),
        obs=[
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("Total", 2023, 9.8, "HKD 100 million", "actual"),
            ("Total", 2025, 16, "HKD 100 million", "estimate"),
        ],
        claims=[("growth", 28.6, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 12.6 / 9.8 - 1 = 28.571% -> 28.6
        ],
    ),
    # 28. a Taiwan bulletin in Traditional Chinese: 2022、2023、2024年分別為新台幣……; one rate borne out, one contradicted
    dict(
        text=(
            "經濟部統計處發布統計通報指出，我國AI伺服器零組件產值2022、2023、2024年分別為新台幣3,215億元、4,108億元及5,962億元，"
            "2023年年增27.8%，2024年年增幅擴大至46.8%，連續兩年創新高。"
        ),
        obs=[
            ("Total", 2022, 3215, "TWD 100 million", "actual"),
            ("Total", 2023, 4108, "TWD 100 million", "actual"),
            ("Total", 2024, 5962, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 27.8, "percent", 2022, 2023, 1.0),
            ("growth", 46.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4108 / 3215 - 1 = 27.776% -> 27.8
            # 5962 / 4108 - 1 = 45.131%; bounds (5961.5 / 4108.5) -> 45.102%, (5962.5 / 4107.5) -> 45.161%:
            # 46.8 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. a Taiwan research firm in Traditional Chinese: 年減6.3%至 (a decline before its amount, within rounding), 預估
    #     回升, a share of 2025
    dict(
        text=(
            "研調機構拓誠最新報告指出，受終端庫存調整影響，2024年全球邊緣AI晶片市場規模年減6.3%至182億美元，2023年為194億美元；"
            "預估2025年將回升至215億美元，年增18.1%，其中車用晶片占比將提高至27%。"
        ),
        obs=[
            ("Total", 2024, 182, "USD 100 million", "actual"),
            ("Total", 2023, 194, "USD 100 million", "actual"),
            ("Total", 2025, 215, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", -6.3, "percent", 2023, 2024, 1.0),
            ("growth", 18.1, "percent", 2024, 2025, 1.0),
            ("share", 27, "percent", 2025, 2025, None),
        ],
        verdicts=[
            # 182 / 194 - 1 = -6.186%, not -6.3 +- 0.05; bounds (181.5 / 194.5) -> -6.684%, (182.5 / 193.5) -> -5.685%:
            # -6.3 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 215 / 182 - 1 = 18.132% -> 18.1
        ],
    ),
    # 30. a Taiwan daily in Traditional Chinese: 今年……將年增52%，達 (no base printed), 明年再成長31%至, 可望挑戰
    dict(
        text=(
            "2025年9月3日 經濟日報記者台北報導——研調機構晶策顧問預估，今年全球AI加速卡市場規模將年增52%，達1,740億美元，"
            "明年再成長31%至2,280億美元，2027年可望挑戰2,900億美元。"
        ),
        obs=[
            ("Total", 2025, 1740, "USD 100 million", "estimate"),
            ("Total", 2026, 2280, "USD 100 million", "estimate"),
            ("Total", 2027, 2900, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 52, "percent", 2024, 2025, 1.0),
            ("growth", 31, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2280 / 1740 - 1 = 31.034% -> 31
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. a pipe table whose Total row comes first, "(US$ million)" in the caption, a 2025E and a "% chg 2025E" column
    dict(
        text=(
            "Global AI meeting assistant software revenue, 2023-2025E (US$ million)\n"
            "| Segment | 2023 | 2024 | 2025E | % chg 2025E |\n"
            "|---|---|---|---|---|\n"
            "| Total | 4,812 | 6,035 | 7,418 | 22.9% |\n"
            "| Transcription and notes | 1,964 | 2,512 | 3,140 | 25.0% |\n"
            "| Meeting analytics | 1,538 | 1,986 | 2,503 | 26.0% |\n"
            "| Live translation | 1,310 | 1,537 | 1,775 | 15.5% |\n"
            "Totals are shown first. 2025E figures are estimates."
        ),
        obs=[
            ("Transcription and notes", 2023, 1964, "USD million", "actual"),
            ("Transcription and notes", 2024, 2512, "USD million", "actual"),
            ("Transcription and notes", 2025, 3140, "USD million", "estimate"),
            ("Meeting analytics", 2023, 1538, "USD million", "actual"),
            ("Meeting analytics", 2024, 1986, "USD million", "actual"),
            ("Meeting analytics", 2025, 2503, "USD million", "estimate"),
            ("Live translation", 2023, 1310, "USD million", "actual"),
            ("Live translation", 2024, 1537, "USD million", "actual"),
            ("Live translation", 2025, 1775, "USD million", "estimate"),
            ("Total", 2023, 4812, "USD million", "actual"),
            ("Total", 2024, 6035, "USD million", "actual"),
            ("Total", 2025, 7418, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 25.0, "percent", 2024, 2025, 1.0),
            ("growth", 26.0, "percent", 2024, 2025, 1.0),
            ("growth", 15.5, "percent", 2024, 2025, 1.0),
            ("growth", 22.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3140 / 2512 - 1 = 25.000% -> 25.0
            ("cagr|implied", "exact"),  # 2503 / 1986 - 1 = 26.032% -> 26.0
            ("cagr|implied", "exact"),  # 1775 / 1537 - 1 = 15.485% -> 15.5
            ("cagr|implied", "exact"),  # 7418 / 6035 - 1 = 22.916% -> 22.9
            # 1964 + 1538 + 1310 = 4812; 2512 + 1986 + 1537 = 6035; 3140 + 2503 + 1775 = 7418
            ("hierarchy", "exact"),
        ],
    ),
    # 32. a Chinese tab-separated table whose header cells carry their unit (2023年（亿元）), a 同比增长 column, a 注 line
    dict(
        text=(
            "表3 2023-2024年中国AI缺陷检测设备市场规模（按下游行业）\n"
            "行业\t2023年（亿元）\t2024年（亿元）\t同比增长\n"
            "3C电子\t28.6\t39.4\t37.8%\n"
            "汽车\t21.3\t29.1\t36.5%\n"
            "新能源\t15.8\t24.7\t56.3%\n"
            "其他\t9.4\t11.9\t26.6%\n"
            "合计\t75.1\t105.1\t39.9%\n"
            "注：同比增长为2024年较2023年的增速。"
        ),
        obs=[
            ("3C电子", 2023, 28.6, "CNY 100 million", "actual"),
            ("3C电子", 2024, 39.4, "CNY 100 million", "actual"),
            ("汽车", 2023, 21.3, "CNY 100 million", "actual"),
            ("汽车", 2024, 29.1, "CNY 100 million", "actual"),
            ("新能源", 2023, 15.8, "CNY 100 million", "actual"),
            ("新能源", 2024, 24.7, "CNY 100 million", "actual"),
            ("其他", 2023, 9.4, "CNY 100 million", "actual"),
            ("其他", 2024, 11.9, "CNY 100 million", "actual"),
            ("合计", 2023, 75.1, "CNY 100 million", "actual"),
            ("合计", 2024, 105.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 37.8, "percent", 2023, 2024, 1.0),
            ("growth", 36.5, "percent", 2023, 2024, 1.0),
            ("growth", 56.3, "percent", 2023, 2024, 1.0),
            ("growth", 26.6, "percent", 2023, 2024, 1.0),
            ("growth", 39.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 39.4 / 28.6 - 1 = 37.762% -> 37.8
            # 29.1 / 21.3 - 1 = 36.620%, not 36.5 +- 0.05; bounds (29.05 / 21.35) -> 36.066%,
            # (29.15 / 21.25) -> 37.176%: 36.5 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 24.7 / 15.8 - 1 = 56.329% -> 56.3
            ("cagr|implied", "exact"),  # 11.9 / 9.4 - 1 = 26.596% -> 26.6
            ("cagr|implied", "exact"),  # 105.1 / 75.1 - 1 = 39.947% -> 39.9
            # 28.6 + 21.3 + 15.8 + 9.4 = 75.1; 39.4 + 29.1 + 24.7 + 11.9 = 105.1
            ("hierarchy", "exact"),
        ],
    ),
    # 33. an aligned table of years in "(USD million)" with P years ("P = projected") and a "Change" column
    dict(
        text=(
            "AI-based protein design software revenue (USD million)\n"
            "Year       Revenue     Change\n"
            "2022          612          —\n"
            "2023          798       30.4%\n"
            "2024        1,046       31.1%\n"
            "2025P       1,371       31.1%\n"
            "2026P       1,782       32.0%\n"
            "P = projected."
        ),
        obs=[
            ("Revenue", 2022, 612, "USD million", "actual"),
            ("Revenue", 2023, 798, "USD million", "actual"),
            ("Revenue", 2024, 1046, "USD million", "actual"),
            ("Revenue", 2025, 1371, "USD million", "estimate"),
            ("Revenue", 2026, 1782, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 30.4, "percent", 2022, 2023, 1.0),
            ("growth", 31.1, "percent", 2023, 2024, 1.0),
            ("growth", 31.1, "percent", 2024, 2025, 1.0),
            ("growth", 32.0, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 798 / 612 - 1 = 30.392% -> 30.4
            ("cagr|implied", "exact"),  # 1046 / 798 - 1 = 31.078% -> 31.1
            ("cagr|implied", "exact"),  # 1371 / 1046 - 1 = 31.071% -> 31.1
            # 1782 / 1371 - 1 = 29.978%; bounds (1781.5 / 1371.5) -> 29.894%, (1782.5 / 1370.5) -> 30.062%:
            # 32.0 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 34. a Chinese pipe table whose 合计 row comes first: 收入（亿元） and 份额 columns, the year from the title
    dict(
        text=(
            "2024年中国AI训练数据服务市场格局\n"
            "| 服务商类型 | 收入（亿元） | 份额 |\n"
            "|---|---|---|\n"
            "| 合计 | 386.0 | 100% |\n"
            "| 专业数据服务商 | 162.4 | 42.1% |\n"
            "| 云计算厂商 | 118.7 | 30.8% |\n"
            "| 大模型厂商自建 | 71.3 | 18.5% |\n"
            "| 其他 | 33.6 | 8.7% |"
        ),
        obs=[
            ("专业数据服务商", 2024, 162.4, "CNY 100 million", "actual"),
            ("云计算厂商", 2024, 118.7, "CNY 100 million", "actual"),
            ("大模型厂商自建", 2024, 71.3, "CNY 100 million", "actual"),
            ("其他", 2024, 33.6, "CNY 100 million", "actual"),
            ("合计", 2024, 386.0, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 42.1, "percent", 2024, 2024, None),
            ("share", 30.8, "percent", 2024, 2024, None),
            ("share", 18.5, "percent", 2024, 2024, None),
            ("share", 8.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 162.4 / 386.0 = 42.073% -> 42.1
            ("arithmetic", "exact"),  # 118.7 / 386.0 = 30.751% -> 30.8
            ("arithmetic", "exact"),  # 71.3 / 386.0 = 18.472% -> 18.5
            ("arithmetic", "exact"),  # 33.6 / 386.0 = 8.705% -> 8.7
            ("hierarchy", "exact"),  # 162.4 + 118.7 + 71.3 + 33.6 = 386.0
        ],
    ),
    # 35. a tab-separated table in "$bn" with 2025F and 2027F columns and a "'24–'27 CAGR" column (stated, 2024-2027)
    dict(
        text=(
            "AI inference-as-a-service revenue by deployment ($bn)\n"
            "Deployment\t2024\t2025F\t2027F\t'24–'27 CAGR\n"
            "Public cloud\t6.8\t10.4\t21.9\t47.7%\n"
            "Private cloud\t2.1\t3.0\t5.6\t38.7%\n"
            "Edge\t0.9\t1.5\t3.4\t55.9%\n"
            "Total\t9.8\t14.9\t30.9\t46.6%"
        ),
        obs=[
            ("Public cloud", 2024, 6.8, "USD billion", "actual"),
            ("Public cloud", 2025, 10.4, "USD billion", "estimate"),
            ("Public cloud", 2027, 21.9, "USD billion", "estimate"),
            ("Private cloud", 2024, 2.1, "USD billion", "actual"),
            ("Private cloud", 2025, 3.0, "USD billion", "estimate"),
            ("Private cloud", 2027, 5.6, "USD billion", "estimate"),
            ("Edge", 2024, 0.9, "USD billion", "actual"),
            ("Edge", 2025, 1.5, "USD billion", "estimate"),
            ("Edge", 2027, 3.4, "USD billion", "estimate"),
            ("Total", 2024, 9.8, "USD billion", "actual"),
            ("Total", 2025, 14.9, "USD billion", "estimate"),
            ("Total", 2027, 30.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 47.7, "percent", 2024, 2027, None, "stated"),
            ("cagr", 38.7, "percent", 2024, 2027, None, "stated"),
            ("cagr", 55.9, "percent", 2024, 2027, None, "stated"),
            ("cagr", 46.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (21.9 / 6.8) ** (1 / 3) - 1 = 47.677% -> 47.7
            ("cagr", "exact"),  # (5.6 / 2.1) ** (1 / 3) - 1 = 38.672% -> 38.7
            # (3.4 / 0.9) ** (1 / 3) - 1 = 55.744%, not 55.9 +- 0.05; bounds (3.35 / 0.95) -> 52.209%,
            # (3.45 / 0.85) -> 59.514%: 55.9 is reached only at the rounding
            ("cagr", "rounding"),
            ("cagr", "exact"),  # (30.9 / 9.8) ** (1 / 3) - 1 = 46.637% -> 46.6
            # 6.8 + 2.1 + 0.9 = 9.8; 10.4 + 3.0 + 1.5 = 14.9; 21.9 + 5.6 + 3.4 = 30.9
            ("hierarchy", "exact"),
        ],
    ),
    # 36. a Traditional Chinese aligned table under 單位：新台幣億元: 產值 by 年度, a 成長率 column, 2025(F) an estimate
    dict(
        text=(
            "台灣液冷散熱模組產值\n"
            "單位：新台幣億元\n"
            "年度        產值        成長率\n"
            "2022        2,148          —\n"
            "2023        3,027        40.9%\n"
            "2024        5,896        94.8%\n"
            "2025(F)     8,410        42.6%\n"
            "資料來源：產業情報中心"
        ),
        obs=[
            ("產值", 2022, 2148, "TWD 100 million", "actual"),
            ("產值", 2023, 3027, "TWD 100 million", "actual"),
            ("產值", 2024, 5896, "TWD 100 million", "actual"),
            ("產值", 2025, 8410, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 40.9, "percent", 2022, 2023, 1.0),
            ("growth", 94.8, "percent", 2023, 2024, 1.0),
            ("growth", 42.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3027 / 2148 - 1 = 40.922% -> 40.9
            ("cagr|implied", "exact"),  # 5896 / 3027 - 1 = 94.780% -> 94.8
            ("cagr|implied", "exact"),  # 8410 / 5896 - 1 = 42.639% -> 42.6
        ],
    ),
    # 37. a pipe table in "(EUR million)" with a "Share of total" column; the parts miss their Total by 0.1
    dict(
        text=(
            "Table 5. European AI-in-manufacturing spending by country, 2024 (EUR million)\n"
            "| Country | Spending | Share of total |\n"
            "|---|---|---|\n"
            "| Germany | 1,284.6 | 35.2% |\n"
            "| France | 742.3 | 20.3% |\n"
            "| Italy | 518.9 | 14.2% |\n"
            "| Rest of Europe | 1,103.5 | 30.2% |\n"
            "| Total | 3,649.2 | 100.0% |\n"
            "Figures may not add up because of rounding."
        ),
        obs=[
            ("Germany", 2024, 1284.6, "EUR million", "actual"),
            ("France", 2024, 742.3, "EUR million", "actual"),
            ("Italy", 2024, 518.9, "EUR million", "actual"),
            ("Rest of Europe", 2024, 1103.5, "EUR million", "actual"),
            ("Total", 2024, 3649.2, "EUR million", "actual"),
        ],
        claims=[
            ("share", 35.2, "percent", 2024, 2024, None),
            ("share", 20.3, "percent", 2024, 2024, None),
            ("share", 14.2, "percent", 2024, 2024, None),
            ("share", 30.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1284.6 / 3649.2 = 35.202% -> 35.2
            ("arithmetic", "exact"),  # 742.3 / 3649.2 = 20.341% -> 20.3
            ("arithmetic", "exact"),  # 518.9 / 3649.2 = 14.220% -> 14.2
            ("arithmetic", "exact"),  # 1103.5 / 3649.2 = 30.240% -> 30.2
            # 1284.6 + 742.3 + 518.9 + 1103.5 = 3649.3, not 3649.2; each figure +- 0.05 (the parts +- 0.20, the total
            # +- 0.05) reaches it: only at the rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 38. a tab-separated table in "(¥ bn)" with fiscal-year columns (FY2025e an estimate) and a Total row
    dict(
        text=(
            "Japan AI system integration market by industry (¥ bn)\n"
            "Industry\tFY2023\tFY2024\tFY2025e\n"
            "Manufacturing\t186.4\t228.9\t271.5\n"
            "Finance\t142.7\t171.2\t203.8\n"
            "Public sector\t98.3\t121.6\t149.0\n"
            "Other\t77.1\t90.4\t104.2\n"
            "Total\t504.5\t612.1\t728.5\n"
            "e = estimate; fiscal years to March."
        ),
        obs=[
            ("Manufacturing", 2023, 186.4, "JPY billion", "actual"),
            ("Manufacturing", 2024, 228.9, "JPY billion", "actual"),
            ("Manufacturing", 2025, 271.5, "JPY billion", "estimate"),
            ("Finance", 2023, 142.7, "JPY billion", "actual"),
            ("Finance", 2024, 171.2, "JPY billion", "actual"),
            ("Finance", 2025, 203.8, "JPY billion", "estimate"),
            ("Public sector", 2023, 98.3, "JPY billion", "actual"),
            ("Public sector", 2024, 121.6, "JPY billion", "actual"),
            ("Public sector", 2025, 149.0, "JPY billion", "estimate"),
            ("Other", 2023, 77.1, "JPY billion", "actual"),
            ("Other", 2024, 90.4, "JPY billion", "actual"),
            ("Other", 2025, 104.2, "JPY billion", "estimate"),
            ("Total", 2023, 504.5, "JPY billion", "actual"),
            ("Total", 2024, 612.1, "JPY billion", "actual"),
            ("Total", 2025, 728.5, "JPY billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 186.4 + 142.7 + 98.3 + 77.1 = 504.5; 228.9 + 171.2 + 121.6 + 90.4 = 612.1;
            # 271.5 + 203.8 + 149.0 + 104.2 = 728.5
            ("hierarchy", "exact"),
        ],
    ),
    # 39. a Chinese aligned table of years under （单位：亿元）: 销售额 and 增速 columns, 2025E, 注：E为预测值
    dict(
        text=(
            "中国AI写作工具市场销售额（单位：亿元）\n"
            "年份      销售额      增速\n"
            "2021        12.4          —\n"
            "2022        19.8        59.7%\n"
            "2023        31.6        59.6%\n"
            "2024        52.3        65.5%\n"
            "2025E       80.9        54.7%\n"
            "注：E为预测值。"
        ),
        obs=[
            ("销售额", 2021, 12.4, "CNY 100 million", "actual"),
            ("销售额", 2022, 19.8, "CNY 100 million", "actual"),
            ("销售额", 2023, 31.6, "CNY 100 million", "actual"),
            ("销售额", 2024, 52.3, "CNY 100 million", "actual"),
            ("销售额", 2025, 80.9, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 59.7, "percent", 2021, 2022, 1.0),
            ("growth", 59.6, "percent", 2022, 2023, 1.0),
            ("growth", 65.5, "percent", 2023, 2024, 1.0),
            ("growth", 54.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 19.8 / 12.4 - 1 = 59.677% -> 59.7
            ("cagr|implied", "exact"),  # 31.6 / 19.8 - 1 = 59.596% -> 59.6
            ("cagr|implied", "exact"),  # 52.3 / 31.6 - 1 = 65.506% -> 65.5
            ("cagr|implied", "exact"),  # 80.9 / 52.3 - 1 = 54.685% -> 54.7
        ],
    ),
    # 40. a Hong Kong pipe table in "(HK$ million)": a "2025 (forecast)" column, an "All sectors" row, numbered notes
    dict(
        text=(
            "Hong Kong enterprise AI spending by sector (HK$ million)\n"
            "| Sector | 2023 | 2024 | 2025 (forecast) |\n"
            "|---|---|---|---|\n"
            "| Financial services | 1,862 | 2,395 | 3,010 |\n"
            "| Trade and logistics | 744 | 968 | 1,224 |\n"
            "| Retail | 512 | 641 | 803 |\n"
            "| Others | 930 | 1,106 | 1,318 |\n"
            "| All sectors | 4,048 | 5,110 | 6,355 |\n"
            "Notes: (1) 2025 figures are forecasts. (2) Survey of 1,400 firms."
        ),
        obs=[
            ("Financial services", 2023, 1862, "HKD million", "actual"),
            ("Financial services", 2024, 2395, "HKD million", "actual"),
            ("Financial services", 2025, 3010, "HKD million", "estimate"),
            ("Trade and logistics", 2023, 744, "HKD million", "actual"),
            ("Trade and logistics", 2024, 968, "HKD million", "actual"),
            ("Trade and logistics", 2025, 1224, "HKD million", "estimate"),
            ("Retail", 2023, 512, "HKD million", "actual"),
            ("Retail", 2024, 641, "HKD million", "actual"),
            ("Retail", 2025, 803, "HKD million", "estimate"),
            ("Others", 2023, 930, "HKD million", "actual"),
            ("Others", 2024, 1106, "HKD million", "actual"),
            ("Others", 2025, 1318, "HKD million", "estimate"),
            ("All sectors", 2023, 4048, "HKD million", "actual"),
            ("All sectors", 2024, 5110, "HKD million", "actual"),
            ("All sectors", 2025, 6355, "HKD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 1862 + 744 + 512 + 930 = 4048; 2395 + 968 + 641 + 1106 = 5110; 3010 + 1224 + 803 + 1318 = 6355
            ("hierarchy", "exact"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "forty-third check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "Growing at a compound annual rate of 28.4%, the global market for",
    "by 2030, up from USD 3.29 billion in 2024",
    "North America (USD 1.37 billion) held 41.6% of 2024 revenue",
    "is on track to reach $24.1 billion this year",
    "a further 19.5% gain in 2026, to $28.8 billion",
    "versus Harlow's $1.84 billion",
    "in fiscal 2024, the year to March 2025",
    "compared with £12.05 billion in 2023",
    "slid to €1.86 billion last year",
    "rising to $18.9bn next year",
    "a 2.5x jump",
    "by year-end",
    "US$684m last year against US$471m in 2023",
    "to grow more than fivefold",
    "dipped 3.1% in 2024, to €2.48 billion",
    "over 2024-29",
    "worth HK$486 million last year",
    "for the 2024–2033 forecast window",
    "some €3.2 billion",
    "a 23% gain",
    "规模突破百亿元，达到112.6亿元",
    "2023、2024、2025年中国加速服务器市场规模分别为",
    "比2023年增长133.9%",
    "较上年提升2.1个百分点",
    "两年年均增长24.6%",
    "同比增幅为22.7%",
    "较2021年增长3倍",
    "年复合成长率达",
    "较2024年提升25%",
    "发布时间：2025年6月12日\n",
    "同比增幅约68%",
    "8,640万元，2024年增至1.52亿元",
    "对应增速44.4%和37.9%",
    "约占21%",
    "較前一年的9.8億港元增加28.6%",
    "2022、2023、2024年分別為新台幣3,215億元",
    "年減6.3%至182億美元",
    "明年再成長31%至2,280億美元",
    "| Total | 4,812 | 6,035 | 7,418 | 22.9% |",
    "| % chg 2025E |",
    "2023年（亿元）\t2024年（亿元）\t同比增长",
    "2025P",
    "P = projected.",
    "| 合计 | 386.0 | 100% |",
    "'24–'27 CAGR",
    "單位：新台幣億元\n年度        產值        成長率",
    "| Share of total |",
    "FY2025e",
    "注：E为预测值",
    "| 2025 (forecast) |",
)
#: the set's blind score (set when it is first scored): 176 figures, 61 rates, 68 verdicts and 2 false inconsistent at
#: the code it was written against, which held the rules the forty-first and forty-second sets chose (the code before
#: them scored 174, 61, 68 and 1: a held-out check of them); its floors are its score after the one rule it then
#: showed wanting (a part's share "of 2024 revenue" is of that year, not of the forecast the sentence before ends on)
#: raised to 181 figures and 71 verdicts by the fifty-ninth set's round (one part named before its bracketed amount)
FLOORS = {"figures_found": 185, "rates_found": 64, "verdicts_right": 76}
#: the false inconsistent verdict the set still draws: snippet 5, whose whole's year stands seven words after it
#: ("earned £14.38 billion from selling AI software and services in 2024"); at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset43.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
