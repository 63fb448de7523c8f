"""A fifty-seventh check set for the extractor, written blind: forecasts that move and forecasts that come as ranges --
a wire story whose forecaster "lifted its forecast for ... this year to ..., from the ... it had pencilled in", a
research firm that "has revised down its 2025 estimate" and trimmed its 2030 one, a consultancy's "Under its base case"
beside its low and high scenarios, "between USD 11 billion and USD 14 billion by 2030", a consensus line that sets four
houses' 2029 figures side by side, final figures that "confirm its preliminary estimate", "now expects ... up from its
earlier forecast of", a broker's base, bear and bull cases, an investor day that "raised its estimate of the total
addressable market", an association's last year "first estimate" lifted by late filings, "a central estimate of ...
within a range of", a results briefing in yen that has "raised our estimate ... to ¥1.42 trillion from ¥1.18 trillion",
a study's new edition beside its previous one, a forecast "trimmed" and another year's "rather than", a raised "2026
call" and a statistics office's revised base; Chinese research firms and brokers (预测由……上调至, 下调……预测至……，较此前预测的……下调, 中性情景下
……乐观情景……悲观情景, 2030年有望达到8000亿至1万亿元, 各机构看法不一, 经最终核实……比初步核算数增加, 上调2025-2027年……预测至……（原预测为……）, 经修订后为……（原公布数为……）, 更新预测……高于此前预测
的, 在420亿至460亿元之间，中值440亿元); Taiwan and Hong Kong outlets in Traditional Chinese (預估上修至……，較前次預測上修12%, 下修……預估至……，原先預估為, 料介乎
48億至56億港元, 基本情境……樂觀情境……保守情境); and tables in pipes, tabs and aligned columns (scenarios as rows by year, old and new
forecasts side by side with a "Revision" column, 悲观/中性/乐观 rows with a CAGR column, range cells in a table of years, a
consensus table of firms, a preliminary "2024p" column, a forecast before and after its raise (调整前/调整后), scenarios as
the value columns of a table of years, a base-case table in HK$ million, and a 中性情景 table of years).

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

What this set's sources add to them. A forecast that moves has one figure for its year: the latest, which is the year's
``estimate`` (or ``actual`` for a past year's revised or final figure), while the figure it replaces ("from the $41.2
billion it had pencilled in", "up from its earlier forecast of", "a first estimate of", "previously", 原预测为, 此前预测的, 原先預估
為, 原公布数为) is expected nowhere, like a second publisher's figure, and so is the size of the revision ("較前次預測上修12%", 下调
15.7%, 比初步核算数增加27亿元, a table's "Revision" column): it is no rate between two years. A scenario set has one figure for
its year too: the base or central case (base case, 中性情景, 基本情境) is the year's ``estimate`` and its low, high, bear, bull,
乐观, 悲观, 樂觀 and 保守 cases are expected nowhere in prose; but a range ("between ... and", "X to Y", 8000亿至1万亿元, 介乎……至……, a
"3.8–4.2" cell) gives two ``value`` claims for its year, and a central figure printed with its range is the year's
``estimate`` besides. In a table the table conventions hold: scenarios printed as rows or as the value columns of a
table of years are items of their own labels, each firm in a consensus table an item of its name, and in a table of old
and new forecasts side by side only the current column gives the year's figure.

In English prose: under "LONDON, July 17, 2025" "lifted its forecast for worldwide spending on AI inference accelerators
this year to $48.6 billion, from the $41.2 billion it had pencilled in" gives 2025's ``estimate``, "57.3% above the
$30.9 billion spent in 2024" its rate and ``actual`` base, and "$83.5 billion in 2027" an ``estimate``. "Has revised
down its 2025 estimate ... to $3.05 billion, from $3.40 billion" keeps only the new figure, "18.2% more than the $2.58
billion recorded in 2024" is a rate its amounts bear out, and "a compound annual growth rate of 22.6% between 2025 and
2030" is ``stated`` and contradicted by the revised 2025 and 2030 figures. "Under its base case ... €6.4 billion ... in
2030, up from €1.9 billion in 2024, a compound annual rate of 22.4%" gives the figures and an ``inferred`` rate, "Its
low scenario ... stops at €4.1 billion; its high scenario reaches €9.2 billion" nothing, and "37% of 2024 spending" a
share. "Could be worth between USD 11 billion and USD 14 billion by 2030" is two ``value`` claims beside 2024's "USD 2.7
billion", and "North America's share of 2024 revenue at 44%" a share. In a consensus line Pellucid's "$6.2 billion in
2024 and ... $15.8 billion in 2029, a 20.6% annual pace" is the snippet's series (``inferred``), the other three houses'
2029 figures expected nowhere. Final figures that "confirm its preliminary estimate" give "£4.62 billion ... in 2024,
31.6% more than the £3.51 billion of 2023" as ``actual`` figures with their rate, and "Public bodies accounted for £0.83
billion, or 18.0% of the total" a part with its share; the next release's date is boilerplate. "Now expects ... to reach
US$8.7 billion in 2027, up from its earlier forecast of US$7.2 billion" keeps the new figure, and "compound growth of
39.6% a year from the US$3.3 billion the market generated in 2024" is ``inferred`` and contradicted by its amounts. A
broker's "Our base case puts the 2028 market ... at $21.4bn, against $4.6bn in 2024, a 46.9% CAGR" is the series and an
``inferred`` rate, its "bear case" and "bull case" and rating nowhere. At an investor day "raised its estimate of the
total addressable market ... in 2028 to $92 billion, from the $75 billion it showed a year earlier" makes $92 billion
the market's 2028 ``estimate``, "roughly three times the $31 billion the market reached in 2024" x3 over four years, and
the company's share target and revenue nowhere. Under "BRUSSELS, 18 March 2025" "now puts last year's sales ... at €912
million, after late company filings lifted the total from a first estimate of €870 million" gives 2024's ``actual`` in
EUR million, so "€1.18 billion this year, a 29.4% rise" is expected as 1180 with its rate and "€1.5 billion in 2026" as
1500. "A central estimate of $5.6 billion, within a range of $4.8 billion to $6.5 billion" gives 2027's ``estimate`` and
two ``value`` claims, and "2.2 times the $2.5 billion spent in 2024" is x2.2 over three years. On a results briefing "we
have raised our estimate of Japan's AI server market for fiscal 2025 to ¥1.42 trillion from ¥1.18 trillion, which would
be a 48% increase on the ¥0.96 trillion of fiscal 2024" gives fiscal 2025 and 2024 in JPY trillion with their rate, and
the company's quarter nowhere. A study's new edition "to reach USD 18.4 billion by 2032 from USD 3.9 billion in 2024, a
CAGR of 21.6% over 2024-2032" is ``stated`` and reached only at the rounding of its amounts, "The previous edition ...
USD 15.1 billion for 2032 and a CAGR of 18.9%" nowhere. "Has trimmed its forecast for 2025 revenue ... to $19.8 billion,
still a 14% rise on 2024" is an ``estimate`` with a rate whose base is not printed, and "It now sees 2026 at $23.9
billion, a 20.7% gain, rather than $26.0 billion" the new figure with its rate. "$2.4 billion in 2025, a 40% jump from
$1.7 billion in 2024" is a rate reached only at the rounding, and "has raised its 2026 call to $3.1 billion from $2.8
billion" keeps $3.1 billion. A statistics office "has revised its figure for 2023 revenue ... to €7.84 billion, from
€7.69 billion" makes €7.84 billion 2023's ``actual``, and "€9.37 billion, an increase of 21.8%" a rate the revised base
contradicts (it is the rise on the replaced figure), "Cloud-based services made up €5.12 billion" a part without a
share.

In Chinese: 将2025年……预测由年初的1,420亿元上调至1,680亿元 gives 2025's ``estimate``, 较2024年的1,148亿元增长46.3% its rate and base, and 将
2027年的预测值上调至2,760亿元 another ``estimate``; a broker's 下调2025年……预测至86亿元，较此前预测的102亿元下调15.7% keeps 86 and expects neither
102 nor 15.7%, 仍较2024年的51亿元增长66.7% is reached only at the rounding, and 维持2026年135亿元的预测 is an ``estimate``; 在中性情景下，2030年
市场规模将达到412亿元 is the year's figure with its ``stated`` 2024-2030年复合增长率, 乐观情景 and 悲观情景 nowhere; 2030年有望达到8000亿至1万亿元 is two
``value`` claims, the second expected in the series' 亿元 as 10000, 约为2,350亿元 2024's approximate figure and 约占六成 a
fraction in words; in 各机构看法不一 the first firm's 从2024年的268亿元增至2027年的745亿元 with its 年均复合增长率 (``inferred``) is the series,
the other firms' 2027 figures nowhere; 经最终核实 gives 2024's ``actual``, 比初步核算数增加27亿元 nothing and 比上年增长17.6% a rate with
the 2023 base after it; a broker's 上调2025-2027年……预测至356亿元、498亿元和672亿元（原预测为……） gives each year, in order, its
``estimate`` and 对应增速分别为 each year's rate, the old forecasts and the rating nowhere; a department's 同比增长19.8% is borne
out by 2023年规模经修订后为1,305亿元, the 原公布数 nowhere, and 智能语音产业规模为412亿元，占26.4% is a part with its share; 更新预测 gives 2026年……318亿
元, 高于此前预测的276亿元 nowhere, and a ``stated`` 2024-2026年年均复合增长率 its amounts contradict; 在420亿至460亿元之间，中值440亿元 gives 2025's
``estimate`` (440) and two ``value`` claims, and 较2024年增长约38% its rate. In Traditional Chinese a research firm's 將今年……預估
上修至2,980億美元，較前次預測上修12%，年增率達41.2% gives 2025's ``estimate`` and its rate (its base, 2,110億美元, in the next clause) and no
12%; 下修今年……預估至新台幣1,865億元，原先預估為2,140億元 keeps 1,865 in TWD 100 million, 相較去年的1,302億元，仍將年增47.8% is contradicted by them,
and 明年產值預估為2,410億元 2026's ``estimate``; a Hong Kong institute's 今年預計達24.6億港元，按年增長33.7% is an ``estimate`` with its rate
and 料介乎48億至56億港元 two ``value`` claims for 2028; and 在基本情境下為新台幣186億元 is 2030's figure with its ``stated`` 2024至2030年複合成長
率, 樂觀情境 and 保守情境 nowhere.

In tables: a pipe table of scenarios as rows (Low, Base, High) with 2026E, 2028E and 2030E columns and a "CAGR 2024-30"
column gives each scenario its figures (the 2024 column ``actual``) and its ``stated`` rate, the exhibit number and
source line boilerplate; a pipe table of "2025E previous" and "2025E current" columns gives each region its 2024
``actual`` and its current 2025 ``estimate``, adds up in both, and its previous column and "Revision" column are
expected nowhere; a Chinese tab-separated table of 悲观, 中性 and 乐观 rows with a 2024-2030年CAGR column gives each its
figures and ``stated`` rate (one reached only at the rounding); an aligned table of years whose E cells are ranges
("3.8–4.2") gives ``Market size`` its actual years and each E year two ``value`` claims; a tab-separated consensus table
gives each firm its own row and ``stated`` "CAGR 2024-2029"; a statistics table's "2024p" column is still ``actual``,
its "Change 2023-24" column each row's rate (one reached only at the rounding), and its rows add to "All product lines";
a Chinese pipe table of 2025E（调整前） and 2025E（调整后） columns gives each 细分领域 its adjusted 2025 ``estimate`` and its 调整后同比
rate (one contradicted by its figures), the 调整前 column nowhere, its rows adding to 合计; a Traditional Chinese aligned
table of (F) years under 單位：新台幣億元 whose value columns are 保守, 基本 and 樂觀 gives each column its ``estimate`` figures; a
base-case tab-separated table in "(HK$ million)" with a "2024-26 CAGR" column adds to its Total row, the appendix line
boilerplate; and a Chinese aligned table of years under （中性情景，单位：亿元） gives ``市场规模`` its figures and its 同比增速 column each
year's rate (one contradicted). Markets vary (AI inference accelerators, AI-enabled drug discovery services, AI
grid-management software, AI crop-monitoring services, AI fraud analytics, AI cloud services in the UK, AI voice agents
in contact centres, AI compute in humanoid robots, AI data-centre switching, AI dictation software, AI legal research
tools, AI servers in Japan, AI-driven supply-chain planning software, AI-capable smartphone chips, AI translation
earbuds, AI service providers in Germany, AI服务器, AI眼镜, AI工业质检软件, 智能算力, AIGC营销, 人工智能产业, AI伺服器, AI PC, 生成式AI服務, AI醫療影像, 端侧
AI芯片, 人工智能核心产业, AI智能客服, AI陪护机器人, AI security for industrial control systems, AI infrastructure-as-a-service, AI药物研发服务,
AI-assisted radiology reporting, AI-enabled video analytics, AI software publishers in the UK, AI推理云服务, AI晶片設計服務, AI
cybersecurity in Hong Kong, AI教育硬件); publishers, speakers and companies are invented, the sentences are the project's
own and the figures plausible. ``python tests/extract_checkset57.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a wire story under a dateline: "lifted its forecast for ... this year to ..., from the ... it had pencilled in"
    #    (the new figure 2025's estimate, the one it replaces nowhere), a rate with its base, a later year's estimate
    dict(
        text=(
            "LONDON, July 17, 2025 — Corvane Research on Thursday lifted its forecast for worldwide spending on AI "
            "inference accelerators this year to $48.6 billion, from the $41.2 billion it had pencilled in as recently "
            "as February. The new figure would be 57.3% above the $30.9 billion spent in 2024, the firm said, and it "
            "now sees the market at $83.5 billion in 2027."
        ),
        obs=[
            ("Total", 2025, 48.6, "USD billion", "estimate"),
            ("Total", 2024, 30.9, "USD billion", "actual"),
            ("Total", 2027, 83.5, "USD billion", "estimate"),
        ],
        claims=[("growth", 57.3, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 30.9 - 1 = 57.282% -> 57.3 (bounds 56.866-57.699)
        ],
    ),
    # 2. "has revised down its 2025 estimate ... to ..., from ... in its spring outlook": the revised figures, a rate
    #    with its base, and "a compound annual growth rate of ... between 2025 and 2030" (stated) they contradict
    dict(
        text=(
            "Halberd Analytics has revised down its 2025 estimate for AI-enabled drug discovery services to $3.05 "
            "billion, from $3.40 billion in its spring outlook, though that would still be 18.2% more than the $2.58 "
            "billion recorded in 2024. It trimmed its 2030 projection as well, to $7.9 billion from $9.6 billion, "
            "which works out to a compound annual growth rate of 22.6% between 2025 and 2030."
        ),
        obs=[
            ("Total", 2025, 3.05, "USD billion", "estimate"),
            ("Total", 2024, 2.58, "USD billion", "actual"),
            ("Total", 2030, 7.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18.2, "percent", 2024, 2025, 1.0),
            ("cagr", 22.6, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.05 / 2.58 - 1 = 18.217% -> 18.2 (bounds 17.795-18.641)
            # (7.9 / 3.05) ** (1 / 5) - 1 = 20.967%; bounds (7.85 / 3.055) -> 20.774%, (7.95 / 3.045) -> 21.159%:
            # 22.6 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 3. "Under its base case" the figure, with an inferred rate; the low and high scenarios nowhere; a share of 2024
    dict(
        text=(
            "Under its base case, Ferrow Partners expects European utilities to spend €6.4 billion on AI "
            "grid-management software in 2030, up from €1.9 billion in 2024, a compound annual rate of 22.4%. Its low "
            "scenario, which assumes slower smart-meter rollouts, stops at €4.1 billion; its high scenario reaches "
            "€9.2 billion. Transmission operators accounted for 37% of 2024 spending."
        ),
        obs=[
            ("Total", 2030, 6.4, "EUR billion", "estimate"),
            ("Total", 2024, 1.9, "EUR billion", "actual"),
        ],
        claims=[
            ("cagr", 22.4, "percent", 2024, 2030, None, "inferred"),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (6.4 / 1.9) ** (1 / 6) - 1 = 22.435% -> 22.4 (bounds 21.747-23.140)
        ],
    ),
    # 4. "could be worth between USD 11 billion and USD 14 billion by 2030" (a range: two value claims), a share of 2024
    dict(
        text=(
            "The market for AI crop-monitoring services, worth USD 2.7 billion in 2024, could be worth between USD 11 "
            "billion and USD 14 billion by 2030, Arclight Advisory says in a study released on Monday. The consultancy "
            "puts North America's share of 2024 revenue at 44%."
        ),
        obs=[("Total", 2024, 2.7, "USD billion", "actual")],
        claims=[
            ("value", 11, "USD billion", 2030, 2030, None),
            ("value", 14, "USD billion", 2030, 2030, None),
            ("share", 44, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 5. a consensus line: the first firm's base, target and rate; the other houses' 2029 figures nowhere
    dict(
        text=(
            "How big will AI fraud analytics get? Pellucid Research sizes the market at $6.2 billion in 2024 and sees "
            "$15.8 billion in 2029, a 20.6% annual pace. Other houses are more cautious about 2029: Orrin Group "
            "pencils in $12.9 billion and Stanway Labs $11.4 billion, while Quarrel & Co. is the outlier at $18.3 "
            "billion."
        ),
        obs=[
            ("Total", 2024, 6.2, "USD billion", "actual"),
            ("Total", 2029, 15.8, "USD billion", "estimate"),
        ],
        claims=[("cagr", 20.6, "percent", 2024, 2029, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (15.8 / 6.2) ** (1 / 5) - 1 = 20.574% -> 20.6 (bounds 20.304-20.846)
        ],
    ),
    # 6. final figures that "confirm its preliminary estimate": both years actual, a part with its share; the date of
    #    the next release nowhere
    dict(
        text=(
            "Final figures from the Office for Digital Statistics confirm its preliminary estimate: UK organisations "
            "spent £4.62 billion on AI cloud services in 2024, 31.6% more than the £3.51 billion of 2023. Public "
            "bodies accounted for £0.83 billion, or 18.0% of the total. A first estimate for 2025 will follow in "
            "April 2026."
        ),
        obs=[
            ("Total", 2024, 4.62, "GBP billion", "actual"),
            ("Total", 2023, 3.51, "GBP billion", "actual"),
            ("Public bodies", 2024, 0.83, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 31.6, "percent", 2023, 2024, 1.0),
            ("share", 18.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.62 / 3.51 - 1 = 31.624% -> 31.6 (bounds 31.294-31.954)
            ("arithmetic", "exact"),  # 0.83 / 4.62 = 17.965% -> 18.0
        ],
    ),
    # 7. "now expects ... to reach ..., up from its earlier forecast of" (the earlier forecast nowhere), "compound
    #    growth of ... a year from" the 2024 amount (inferred) that its amounts contradict
    dict(
        text=(
            "SINGAPORE, 2 September 2025 — Velamar Insights now expects the Asia-Pacific market for AI voice agents in "
            "contact centres to reach US$8.7 billion in 2027, up from its earlier forecast of US$7.2 billion, as banks "
            "and telecom operators speed up deployments. The revised outlook implies compound growth of 39.6% a year "
            "from the US$3.3 billion the market generated in 2024."
        ),
        obs=[
            ("Total", 2027, 8.7, "USD billion", "estimate"),
            ("Total", 2024, 3.3, "USD billion", "actual"),
        ],
        claims=[("cagr", 39.6, "percent", 2024, 2027, None, "inferred")],
        verdicts=[
            # (8.7 / 3.3) ** (1 / 3) - 1 = 38.145%; bounds (8.65 / 3.35) -> 37.190%, (8.75 / 3.25) -> 39.115%:
            # 39.6 +- 0.05 outside
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 8. a broker's note: "Our base case puts the 2028 market ... at $21.4bn" (the figure), "a 46.9% CAGR" (inferred);
    #    the bear and bull cases and the rating nowhere
    dict(
        text=(
            "Brightwater Securities, sector note, 14 May 2025\n"
            "Our base case puts the 2028 market for AI compute in humanoid robots at $21.4bn, against $4.6bn in 2024, "
            "a 46.9% CAGR. The bear case is $13bn and the bull case $34bn. We rate the sector Overweight."
        ),
        obs=[
            ("Total", 2028, 21.4, "USD billion", "estimate"),
            ("Total", 2024, 4.6, "USD billion", "actual"),
        ],
        claims=[("cagr", 46.9, "percent", 2024, 2028, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (21.4 / 4.6) ** (1 / 4) - 1 = 46.864% -> 46.9 (bounds 46.382-47.351)
        ],
    ),
    # 9. an investor day: "raised its estimate of the total addressable market ... in 2028 to $92 billion, from the $75
    #    billion it showed a year earlier" (the TAM is the market; the old estimate nowhere), "roughly three times"
    #    (x3 over four years); the company's share target and revenue nowhere
    dict(
        text=(
            "At its investor day on 11 March 2025, Norrland Networks raised its estimate of the total addressable "
            "market for AI data-centre switching in 2028 to $92 billion, from the $75 billion it showed a year "
            "earlier, roughly three times the $31 billion the market reached in 2024. The company aims to lift its own "
            "share to 25% and expects its revenue to exceed $6 billion by then."
        ),
        obs=[
            ("Total", 2028, 92, "USD billion", "estimate"),
            ("Total", 2024, 31, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2024, 2028, 4.0),  # 92 / 31 = 2.97: roughly three times
        ],
        verdicts=[],
    ),
    # 10. "now puts last year's sales ... at €912 million, after late company filings lifted the total from a first
    #     estimate of €870 million" (the first estimate nowhere); EUR million the series' unit, so "€1.18 billion
    #     this year" is expected as 1180 and "€1.5 billion in 2026" as 1500
    dict(
        text=(
            "BRUSSELS, 18 March 2025 — The European Speech Technology Association now puts last year's sales of AI "
            "dictation software at €912 million, after late company filings lifted the total from a first estimate of "
            "€870 million. It expects €1.18 billion this year, a 29.4% rise, and €1.5 billion in 2026."
        ),
        obs=[
            ("Total", 2024, 912, "EUR million", "actual"),
            ("Total", 2025, 1180, "EUR million", "estimate"),
            ("Total", 2026, 1500, "EUR million", "estimate"),
        ],
        claims=[("growth", 29.4, "percent", 2024, 2025, 1.0)],
        verdicts=[
            # 1180 / 912 - 1 = 29.386% -> 29.4 (€1.18 billion read 1175-1185: bounds 28.767-30.005)
            ("cagr|implied", "exact"),
        ],
    ),
    # 11. "a central estimate of $5.6 billion, within a range of $4.8 billion to $6.5 billion": the central figure the
    #     year's estimate and the range two value claims; "2.2 times" x2.2 over three years
    dict(
        text=(
            "Kestrel Economics puts the 2027 market for AI legal research tools at a central estimate of $5.6 billion, "
            "within a range of $4.8 billion to $6.5 billion depending on how quickly courts accept AI-drafted filings. "
            "The central figure is 2.2 times the $2.5 billion spent in 2024."
        ),
        obs=[
            ("Total", 2027, 5.6, "USD billion", "estimate"),
            ("Total", 2024, 2.5, "USD billion", "actual"),
        ],
        claims=[
            ("value", 4.8, "USD billion", 2027, 2027, None),
            ("value", 6.5, "USD billion", 2027, 2027, None),
            ("multiple", 2.2, "multiple", 2024, 2027, 3.0),  # 5.6 / 2.5 = 2.24: 2.2 times
        ],
        verdicts=[],
    ),
    # 12. a results briefing in yen: "we have raised our estimate of ... for fiscal 2025 to ¥1.42 trillion from ¥1.18
    #     trillion" (JPY trillion, the old estimate nowhere), a rate with its base; the briefing's title, the speaker
    #     and the company's own quarter nowhere
    dict(
        text=(
            "Takara Digital, FY2024 results briefing, 13 May 2025\n"
            "Akiko Sato -- Chief Financial Officer\n"
            "On the market: we have raised our estimate of Japan's AI server market for fiscal 2025 to ¥1.42 trillion "
            "from ¥1.18 trillion, which would be a 48% increase on the ¥0.96 trillion of fiscal 2024. Our own server "
            "sales rose 22% in the fourth quarter."
        ),
        obs=[
            ("Total", 2025, 1.42, "JPY trillion", "estimate"),
            ("Total", 2024, 0.96, "JPY trillion", "actual"),
        ],
        claims=[("growth", 48, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.42 / 0.96 - 1 = 47.917% -> 48 (bounds 46.632-49.215)
        ],
    ),
    # 13. a study's new edition: "a CAGR of 21.6% over 2024-2032" (stated), reached only at the rounding of its
    #     amounts; the previous edition's figure and CAGR nowhere
    dict(
        text=(
            "Oakmere Research now projects the global market for AI-driven supply-chain planning software to reach "
            "USD 18.4 billion by 2032 from USD 3.9 billion in 2024, a CAGR of 21.6% over 2024-2032. The previous "
            "edition of the study had forecast USD 15.1 billion for 2032 and a CAGR of 18.9%."
        ),
        obs=[
            ("Total", 2032, 18.4, "USD billion", "estimate"),
            ("Total", 2024, 3.9, "USD billion", "actual"),
        ],
        claims=[("cagr", 21.6, "percent", 2024, 2032, None, "stated")],
        verdicts=[
            # (18.4 / 3.9) ** (1 / 8) - 1 = 21.400%, not 21.6 +- 0.05; bounds (18.35 / 3.95) -> 21.166%,
            # (18.45 / 3.85) -> 21.637%: 21.6 is reached only at the rounding
            ("cagr", "rounding"),
        ],
    ),
    # 14. "has trimmed its forecast for 2025 revenue ... to $19.8 billion, still a 14% rise on 2024" (no 2024 amount),
    #     "It now sees 2026 at $23.9 billion, a 20.7% gain, rather than $26.0 billion" (the replaced figure nowhere)
    dict(
        text=(
            "Harwick Partners has trimmed its forecast for 2025 revenue from AI-capable smartphone chips to $19.8 "
            "billion, still a 14% rise on 2024, from the $21.5 billion it expected in January. It now sees 2026 at "
            "$23.9 billion, a 20.7% gain, rather than $26.0 billion."
        ),
        obs=[
            ("Total", 2025, 19.8, "USD billion", "estimate"),
            ("Total", 2026, 23.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 14, "percent", 2024, 2025, 1.0),
            ("growth", 20.7, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 23.9 / 19.8 - 1 = 20.707% -> 20.7 (the 14% has no printed 2024 amount)
        ],
    ),
    # 15. "a 40% jump from $1.7 billion in 2024" reached only at the rounding; "has raised its 2026 call to $3.1 billion
    #     from $2.8 billion" (the old call nowhere)
    dict(
        text=(
            "Tally Research estimates that sales of AI translation earbuds will reach $2.4 billion in 2025, a 40% jump "
            "from $1.7 billion in 2024, and it has raised its 2026 call to $3.1 billion from $2.8 billion."
        ),
        obs=[
            ("Total", 2025, 2.4, "USD billion", "estimate"),
            ("Total", 2024, 1.7, "USD billion", "actual"),
            ("Total", 2026, 3.1, "USD billion", "estimate"),
        ],
        claims=[("growth", 40, "percent", 2024, 2025, 1.0)],
        verdicts=[
            # 2.4 / 1.7 - 1 = 41.176%, not 40 +- 0.5; bounds (2.35 / 1.75) -> 34.286%, (2.45 / 1.65) -> 48.485%:
            # 40 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. a statistics office "has revised its figure for 2023 ... to €7.84 billion, from €7.69 billion" (the revised
    #     base the year's figure, the replaced one nowhere) and "an increase of 21.8%" that the revised base
    #     contradicts; a part's amount without a share
    dict(
        text=(
            "WIESBADEN, 6 June 2025 — The Federal Office for the Digital Economy has revised its figure for 2023 "
            "revenue of German AI service providers to €7.84 billion, from €7.69 billion, and puts 2024 revenue at "
            "€9.37 billion, an increase of 21.8%. Cloud-based services made up €5.12 billion of the 2024 total."
        ),
        obs=[
            ("Total", 2023, 7.84, "EUR billion", "actual"),
            ("Total", 2024, 9.37, "EUR billion", "actual"),
            ("Cloud-based services", 2024, 5.12, "EUR billion", "actual"),
        ],
        claims=[("growth", 21.8, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 9.37 / 7.84 - 1 = 19.515%; bounds (9.365 / 7.845) -> 19.375%, (9.375 / 7.835) -> 19.655%: 21.8 +- 0.05
            # outside (it is the rise on the replaced €7.69 billion: 9.37 / 7.69 - 1 = 21.847%)
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. 将2025年……预测由年初的1,420亿元上调至1,680亿元 (the raised figure 2025's estimate, the old one nowhere),
    #     较2024年的……增长 a rate with its base, 将2027年的预测值上调至 another estimate
    dict(
        text=(
            "（2025年8月26日）瀚海研究院发布最新预测，将2025年中国AI服务器市场规模预测由年初的1,420亿元上调至1,680亿元，"
            "较2024年的1,148亿元增长46.3%；同时将2027年的预测值上调至2,760亿元。"
        ),
        obs=[
            ("Total", 2025, 1680, "CNY 100 million", "estimate"),
            ("Total", 2024, 1148, "CNY 100 million", "actual"),
            ("Total", 2027, 2760, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 46.3, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1680 / 1148 - 1 = 46.341% -> 46.3 (bounds 46.234-46.449)
        ],
    ),
    # 18. a broker's 下调……预测至86亿元，较此前预测的102亿元下调15.7% (the old figure and the cut nowhere), 仍较2024年的……增长
    #     reached only at the rounding, 维持2026年……的预测 an estimate
    dict(
        text=(
            "（2025年10月15日）鼎信证券研究所发布报告，下调2025年国内AI眼镜市场规模预测至86亿元，较此前预测的102亿元下调15.7%，"
            "但仍较2024年的51亿元增长66.7%；维持2026年135亿元的预测不变。"
        ),
        obs=[
            ("Total", 2025, 86, "CNY 100 million", "estimate"),
            ("Total", 2024, 51, "CNY 100 million", "actual"),
            ("Total", 2026, 135, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 66.7, "percent", 2024, 2025, 1.0)],
        verdicts=[
            # 86 / 51 - 1 = 68.627%, not 66.7 +- 0.05; bounds (85.5 / 51.5) -> 66.019%, (86.5 / 50.5) -> 71.287%:
            # 66.7 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 19. 在中性情景下 the figure with its stated 2024-2030年复合增长率; 乐观情景 and 悲观情景 nowhere
    dict(
        text=(
            "据远川咨询测算，2024年中国AI工业质检软件市场规模为86.5亿元。在中性情景下，2030年市场规模将达到412亿元，"
            "2024-2030年复合增长率为29.7%；乐观情景下可达560亿元，悲观情景下约为290亿元。"
        ),
        obs=[
            ("Total", 2024, 86.5, "CNY 100 million", "actual"),
            ("Total", 2030, 412, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 29.7, "percent", 2024, 2030, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (412 / 86.5) ** (1 / 6) - 1 = 29.712% -> 29.7 (bounds 29.673-29.751)
        ],
    ),
    # 20. 2030年有望达到8000亿至1万亿元 (a range: two value claims, 1万亿元 in the series' 亿元 as 10000); 约为 approximate;
    #     约占六成 a fraction in words nowhere
    dict(
        text=(
            "（2025年4月18日）中国智能算力产业联盟在年会上发布报告称，2024年我国智能算力相关产业规模约为2,350亿元，"
            "2030年有望达到8000亿至1万亿元，其中AI服务器约占六成。"
        ),
        obs=[("Total", 2024, 2350, "CNY 100 million", "actual")],
        claims=[
            ("value", 8000, "CNY 100 million", 2030, 2030, None),
            ("value", 10000, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 21. 各机构看法不一: the first firm's 从2024年的……增至2027年的…… with its 年均复合增长率 (inferred); the other firms'
    #     2027 figures nowhere
    dict(
        text=(
            "对于2027年中国AIGC营销市场规模，各机构看法不一：观潮研究预计将从2024年的268亿元增至2027年的745亿元，"
            "年均复合增长率为40.6%；启明智库的预测为620亿元，云策咨询则给出810亿元的更高预期。"
        ),
        obs=[
            ("Total", 2024, 268, "CNY 100 million", "actual"),
            ("Total", 2027, 745, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 40.6, "percent", 2024, 2027, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (745 / 268) ** (1 / 3) - 1 = 40.607% -> 40.6 (bounds 40.488-40.726)
        ],
    ),
    # 22. 经最终核实 the final figure (actual), 比初步核算数增加27亿元 a revision amount nowhere, 比上年增长 with the base after it
    dict(
        text=(
            "（2025年11月20日）渝州市统计局发布公告，经最终核实，2024年全市人工智能产业营业收入为2,342亿元，比初步核算数增加"
            "27亿元，比上年增长17.6%；2023年营业收入为1,991亿元。"
        ),
        obs=[
            ("Total", 2024, 2342, "CNY 100 million", "actual"),
            ("Total", 2023, 1991, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 17.6, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 2342 / 1991 - 1 = 17.629% -> 17.6 (bounds 17.575-17.684)
        ],
    ),
    # 23. Traditional Chinese: 將今年……預估上修至2,980億美元，較前次預測上修12% (the 12% no market rate, nowhere), 年增率達
    #     with the 2024 base in the next clause
    dict(
        text=(
            "（2025年6月10日）研調機構晶析顧問將今年全球AI伺服器產值預估上修至2,980億美元，較前次預測上修12%，年增率達41.2%；"
            "2024年全球AI伺服器產值為2,110億美元。"
        ),
        obs=[
            ("Total", 2025, 2980, "USD 100 million", "estimate"),
            ("Total", 2024, 2110, "USD 100 million", "actual"),
        ],
        claims=[("growth", 41.2, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 2980 / 2110 - 1 = 41.232% -> 41.2 (bounds 41.175-41.289)
        ],
    ),
    # 24. Traditional Chinese: 下修今年……預估至新台幣1,865億元，原先預估為2,140億元 (the old estimate nowhere), 相較去年的……
    #     仍將年增 a rate its amounts contradict, 明年 an estimate
    dict(
        text=(
            "（2025年9月4日）島研產業研究所下修今年台灣AI PC產值預估至新台幣1,865億元，原先預估為2,140億元；相較去年的"
            "1,302億元，仍將年增47.8%。該所預估明年產值為2,410億元。"
        ),
        obs=[
            ("Total", 2025, 1865, "TWD 100 million", "estimate"),
            ("Total", 2024, 1302, "TWD 100 million", "actual"),
            ("Total", 2026, 2410, "TWD 100 million", "estimate"),
        ],
        claims=[("growth", 47.8, "percent", 2024, 2025, 1.0)],
        verdicts=[
            # 1865 / 1302 - 1 = 43.241%; bounds (1864.5 / 1302.5) -> 43.148%, (1865.5 / 1301.5) -> 43.335%:
            # 47.8 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 25. Traditional Chinese, Hong Kong: 今年預計達……，按年增長 an estimate with its rate, 料介乎48億至56億港元 a range (two
    #     value claims for 2028)
    dict(
        text=(
            "（2025年5月12日）香江數碼經濟研究所估計，2024年本港生成式AI服務市場規模為18.4億港元，今年預計達24.6億港元，"
            "按年增長33.7%；到2028年，市場規模料介乎48億至56億港元。"
        ),
        obs=[
            ("Total", 2024, 18.4, "HKD 100 million", "actual"),
            ("Total", 2025, 24.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 33.7, "percent", 2024, 2025, 1.0),
            ("value", 48, "HKD 100 million", 2028, 2028, None),
            ("value", 56, "HKD 100 million", 2028, 2028, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 24.6 / 18.4 - 1 = 33.696% -> 33.7 (bounds 33.062-34.332)
        ],
    ),
    # 26. Traditional Chinese: 在基本情境下 the figure (樂觀情境 and 保守情境 nowhere), 以基本情境計算，2024至2030年複合成長率
    #     (stated)
    dict(
        text=(
            "東寧經濟研究院推估，2030年台灣AI醫療影像市場規模在基本情境下為新台幣186億元，樂觀情境為245億元，保守情境為132億元；"
            "2024年市場規模為新台幣48億元，以基本情境計算，2024至2030年複合成長率為25.3%。"
        ),
        obs=[
            ("Total", 2030, 186, "TWD 100 million", "estimate"),
            ("Total", 2024, 48, "TWD 100 million", "actual"),
        ],
        claims=[("cagr", 25.3, "percent", 2024, 2030, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (186 / 48) ** (1 / 6) - 1 = 25.327% -> 25.3 (bounds 25.055-25.602)
        ],
    ),
    # 27. a broker's 上调2025-2027年……预测至……、……和……（原预测为……） (each year, in order, its raised estimate; the old ones
    #     nowhere), 对应增速分别为 each year's rate, the 2024 base after them; the rating nowhere
    dict(
        text=(
            "【华岳证券·端侧AI芯片行业点评】考虑到AI手机与AI PC出货超预期，我们上调2025-2027年国内端侧AI芯片市场规模预测至"
            "356亿元、498亿元和672亿元（原预测为318亿元、430亿元和566亿元），对应增速分别为41.8%、39.9%和34.9%；2024年市场规模"
            "为251亿元。维持行业“增持”评级。"
        ),
        obs=[
            ("Total", 2025, 356, "CNY 100 million", "estimate"),
            ("Total", 2026, 498, "CNY 100 million", "estimate"),
            ("Total", 2027, 672, "CNY 100 million", "estimate"),
            ("Total", 2024, 251, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 41.8, "percent", 2024, 2025, 1.0),
            ("growth", 39.9, "percent", 2025, 2026, 1.0),
            ("growth", 34.9, "percent", 2026, 2027, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 356 / 251 - 1 = 41.833% -> 41.8
            ("cagr|implied", "exact"),  # 498 / 356 - 1 = 39.888% -> 39.9
            ("cagr|implied", "exact"),  # 672 / 498 - 1 = 34.940% -> 34.9
        ],
    ),
    # 28. a provincial department: 同比增长 with the revised base after it (2023年规模经修订后为……（原公布数为……）, the
    #     replaced figure nowhere), a part 为……，占…… with its share
    dict(
        text=(
            "（2025年2月28日）东江省工业和信息化厅公布，2024年全省人工智能核心产业规模达1,563亿元，同比增长19.8%；2023年规模经"
            "修订后为1,305亿元（原公布数为1,286亿元）。分领域看，智能语音产业规模为412亿元，占26.4%。"
        ),
        obs=[
            ("Total", 2024, 1563, "CNY 100 million", "actual"),
            ("Total", 2023, 1305, "CNY 100 million", "actual"),
            ("智能语音产业", 2024, 412, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 19.8, "percent", 2023, 2024, 1.0),
            ("share", 26.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1563 / 1305 - 1 = 19.770% -> 19.8 (bounds 19.686-19.854)
            ("arithmetic", "exact"),  # 412 / 1563 = 26.360% -> 26.4
        ],
    ),
    # 29. 更新预测: 2026年……将达到318亿元，高于此前预测的276亿元 (the old figure nowhere), a stated 2024-2026年年均复合增长率
    #     its amounts contradict
    dict(
        text=(
            "（2025年7月3日）星图数据研究院更新预测，2026年中国AI智能客服市场规模将达到318亿元，高于此前预测的276亿元；2024年"
            "该市场规模为172亿元，2024-2026年年均复合增长率为38.6%。"
        ),
        obs=[
            ("Total", 2026, 318, "CNY 100 million", "estimate"),
            ("Total", 2024, 172, "CNY 100 million", "actual"),
        ],
        claims=[("cagr", 38.6, "percent", 2024, 2026, None, "stated")],
        verdicts=[
            # (318 / 172) ** (1 / 2) - 1 = 35.972%; bounds (317.5 / 172.5) -> 35.668%, (318.5 / 171.5) -> 36.277%:
            # 38.6 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 30. 预计2025年销售额在420亿至460亿元之间，中值440亿元: the central figure the year's estimate, the range two value claims,
    #     较2024年增长约38% its rate
    dict(
        text=(
            "（2025年3月6日）据智研产业观察测算，2024年我国AI陪护机器人销售额为318亿元；预计2025年销售额在420亿至460亿元之间，"
            "中值440亿元，较2024年增长约38%。"
        ),
        obs=[
            ("Total", 2024, 318, "CNY 100 million", "actual"),
            ("Total", 2025, 440, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("value", 420, "CNY 100 million", 2025, 2025, None),
            ("value", 460, "CNY 100 million", 2025, 2025, None),
            ("growth", 38, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 440 / 318 - 1 = 38.365% -> 38 (bounds 37.991-38.740)
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. a pipe table of scenarios as rows (Low / Base / High) by year, a "CAGR 2024-30" column (stated, 2024-2030);
    #     the exhibit number and source line nowhere
    dict(
        text=(
            "Exhibit 4: AI security for industrial control systems, market size by scenario (USD billion)\n"
            "| Scenario | 2024 | 2026E | 2028E | 2030E | CAGR 2024-30 |\n"
            "|---|---|---|---|---|---|\n"
            "| Low | 3.2 | 4.3 | 5.6 | 7.1 | 14.2% |\n"
            "| Base | 3.2 | 4.9 | 7.4 | 10.8 | 22.5% |\n"
            "| High | 3.2 | 5.6 | 9.6 | 15.9 | 30.6% |\n"
            "Source: Caldwell Ridge estimates."
        ),
        obs=[
            ("Low", 2024, 3.2, "USD billion", "actual"),
            ("Low", 2026, 4.3, "USD billion", "estimate"),
            ("Low", 2028, 5.6, "USD billion", "estimate"),
            ("Low", 2030, 7.1, "USD billion", "estimate"),
            ("Base", 2024, 3.2, "USD billion", "actual"),
            ("Base", 2026, 4.9, "USD billion", "estimate"),
            ("Base", 2028, 7.4, "USD billion", "estimate"),
            ("Base", 2030, 10.8, "USD billion", "estimate"),
            ("High", 2024, 3.2, "USD billion", "actual"),
            ("High", 2026, 5.6, "USD billion", "estimate"),
            ("High", 2028, 9.6, "USD billion", "estimate"),
            ("High", 2030, 15.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 14.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 30.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (7.1 / 3.2) ** (1 / 6) - 1 = 14.205% -> 14.2
            ("cagr", "exact"),  # (10.8 / 3.2) ** (1 / 6) - 1 = 22.474% -> 22.5
            ("cagr", "exact"),  # (15.9 / 3.2) ** (1 / 6) - 1 = 30.629% -> 30.6
        ],
    ),
    # 32. a pipe table of old vs new forecasts by region: "2025E previous" and "2025E current" columns (the current
    #     figure each row's 2025 estimate, the previous nowhere), a "Revision" column nowhere, a Total row
    dict(
        text=(
            "Forecast changes: AI infrastructure-as-a-service revenue by region (US$ bn)\n"
            "| Region | 2024 | 2025E previous | 2025E current | Revision |\n"
            "|---|---|---|---|---|\n"
            "| North America | 38.6 | 52.0 | 57.4 | +10.4% |\n"
            "| Europe | 11.2 | 15.1 | 15.8 | +4.6% |\n"
            "| Asia-Pacific | 14.9 | 20.4 | 23.1 | +13.2% |\n"
            "| Rest of world | 2.8 | 3.9 | 4.1 | +5.1% |\n"
            "| Total | 67.5 | 91.4 | 100.4 | +9.8% |\n"
            "Previous forecast published in January 2025."
        ),
        obs=[
            ("North America", 2024, 38.6, "USD billion", "actual"),
            ("North America", 2025, 57.4, "USD billion", "estimate"),
            ("Europe", 2024, 11.2, "USD billion", "actual"),
            ("Europe", 2025, 15.8, "USD billion", "estimate"),
            ("Asia-Pacific", 2024, 14.9, "USD billion", "actual"),
            ("Asia-Pacific", 2025, 23.1, "USD billion", "estimate"),
            ("Rest of world", 2024, 2.8, "USD billion", "actual"),
            ("Rest of world", 2025, 4.1, "USD billion", "estimate"),
            ("Total", 2024, 67.5, "USD billion", "actual"),
            ("Total", 2025, 100.4, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 38.6 + 11.2 + 14.9 + 2.8 = 67.5; 57.4 + 15.8 + 23.1 + 4.1 = 100.4 (and the previous column
            # 52.0 + 15.1 + 20.4 + 3.9 = 91.4)
            ("hierarchy", "exact"),
        ],
    ),
    # 33. a Chinese tab-separated table of scenarios as rows (悲观 / 中性 / 乐观), 2027年E and 2030年E columns and a
    #     2024-2030年CAGR column (stated), one reached only at the rounding; the 表 number and 注 line nowhere
    dict(
        text=(
            "表2 中国AI药物研发服务市场规模情景预测（亿元）\n"
            "情景\t2024年\t2027年E\t2030年E\t2024-2030年CAGR\n"
            "悲观\t42.6\t71.0\t108.5\t16.9%\n"
            "中性\t42.6\t88.4\t165.2\t25.4%\n"
            "乐观\t42.6\t104.7\t236.0\t33.0%\n"
            "注：E为预测值。"
        ),
        obs=[
            ("悲观", 2024, 42.6, "CNY 100 million", "actual"),
            ("悲观", 2027, 71.0, "CNY 100 million", "estimate"),
            ("悲观", 2030, 108.5, "CNY 100 million", "estimate"),
            ("中性", 2024, 42.6, "CNY 100 million", "actual"),
            ("中性", 2027, 88.4, "CNY 100 million", "estimate"),
            ("中性", 2030, 165.2, "CNY 100 million", "estimate"),
            ("乐观", 2024, 42.6, "CNY 100 million", "actual"),
            ("乐观", 2027, 104.7, "CNY 100 million", "estimate"),
            ("乐观", 2030, 236.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 16.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 25.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 33.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (108.5 / 42.6) ** (1 / 6) - 1 = 16.861% -> 16.9
            # (165.2 / 42.6) ** (1 / 6) - 1 = 25.343%, not 25.4 +- 0.05; bounds (165.15 / 42.65) -> 25.312%,
            # (165.25 / 42.55) -> 25.374%: 25.4 is reached only at the rounding
            ("cagr", "rounding"),
            ("cagr", "exact"),  # (236.0 / 42.6) ** (1 / 6) - 1 = 33.020% -> 33.0
        ],
    ),
    # 34. an aligned table of years whose forecast cells are ranges ("3.8–4.2"): the actual years "Market size"
    #     figures, each E year's range two value claims
    dict(
        text=(
            "AI-assisted radiology reporting, market size (USD billion)\n"
            "Year        Market size\n"
            "2023            2.1\n"
            "2024            2.9\n"
            "2025E       3.8–4.2\n"
            "2026E       4.9–5.8\n"
            "E = estimate range."
        ),
        obs=[
            ("Market size", 2023, 2.1, "USD billion", "actual"),
            ("Market size", 2024, 2.9, "USD billion", "actual"),
        ],
        claims=[
            ("value", 3.8, "USD billion", 2025, 2025, None),
            ("value", 4.2, "USD billion", 2025, 2025, None),
            ("value", 4.9, "USD billion", 2026, 2026, None),
            ("value", 5.8, "USD billion", 2026, 2026, None),
        ],
        verdicts=[],
    ),
    # 35. a tab-separated consensus table: each firm a row (its figures its own), a "CAGR 2024-2029" column (stated)
    dict(
        text=(
            "Forecasts compared: AI-enabled video analytics market (USD billion)\n"
            "Firm\t2024\t2029F\tCAGR 2024-2029\n"
            "Ridley Research\t8.4\t21.7\t20.9%\n"
            "Monarch Insights\t7.9\t18.2\t18.2%\n"
            "Fenstone Group\t9.1\t26.5\t23.8%"
        ),
        obs=[
            ("Ridley Research", 2024, 8.4, "USD billion", "actual"),
            ("Ridley Research", 2029, 21.7, "USD billion", "estimate"),
            ("Monarch Insights", 2024, 7.9, "USD billion", "actual"),
            ("Monarch Insights", 2029, 18.2, "USD billion", "estimate"),
            ("Fenstone Group", 2024, 9.1, "USD billion", "actual"),
            ("Fenstone Group", 2029, 26.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.9, "percent", 2024, 2029, None, "stated"),
            ("cagr", 18.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 23.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (21.7 / 8.4) ** (1 / 5) - 1 = 20.903% -> 20.9
            ("cagr", "exact"),  # (18.2 / 7.9) ** (1 / 5) - 1 = 18.165% -> 18.2
            ("cagr", "exact"),  # (26.5 / 9.1) ** (1 / 5) - 1 = 23.834% -> 23.8
        ],
    ),
    # 36. a statistics pipe table with a preliminary "2024p" column (still actual) and a "Change 2023-24" column, one
    #     reached only at the rounding; the table number and the note line nowhere
    dict(
        text=(
            "Table 3. Revenue of UK AI software publishers, by product line (GBP million)\n"
            "| Product line | 2022 | 2023 | 2024p | Change 2023-24 |\n"
            "|---|---|---|---|---|\n"
            "| Enterprise platforms | 2,184 | 2,716 | 3,341 | 23.0% |\n"
            "| Developer tools | 862 | 1,095 | 1,402 | 28.0% |\n"
            "| Consumer applications | 417 | 533 | 688 | 29.3% |\n"
            "| All product lines | 3,463 | 4,344 | 5,431 | 25.0% |\n"
            "p = preliminary; 2023 figures have been revised."
        ),
        obs=[
            ("Enterprise platforms", 2022, 2184, "GBP million", "actual"),
            ("Enterprise platforms", 2023, 2716, "GBP million", "actual"),
            ("Enterprise platforms", 2024, 3341, "GBP million", "actual"),
            ("Developer tools", 2022, 862, "GBP million", "actual"),
            ("Developer tools", 2023, 1095, "GBP million", "actual"),
            ("Developer tools", 2024, 1402, "GBP million", "actual"),
            ("Consumer applications", 2022, 417, "GBP million", "actual"),
            ("Consumer applications", 2023, 533, "GBP million", "actual"),
            ("Consumer applications", 2024, 688, "GBP million", "actual"),
            ("All product lines", 2022, 3463, "GBP million", "actual"),
            ("All product lines", 2023, 4344, "GBP million", "actual"),
            ("All product lines", 2024, 5431, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 23.0, "percent", 2023, 2024, 1.0),
            ("growth", 28.0, "percent", 2023, 2024, 1.0),
            ("growth", 29.3, "percent", 2023, 2024, 1.0),
            ("growth", 25.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3341 / 2716 - 1 = 23.012% -> 23.0
            ("cagr|implied", "exact"),  # 1402 / 1095 - 1 = 28.037% -> 28.0
            # 688 / 533 - 1 = 29.081%, not 29.3 +- 0.05; bounds (687.5 / 533.5) -> 28.866%, (688.5 / 532.5) ->
            # 29.296%: 29.3 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 5431 / 4344 - 1 = 25.023% -> 25.0
            # 2184 + 862 + 417 = 3463; 2716 + 1095 + 533 = 4344; 3341 + 1402 + 688 = 5431
            ("hierarchy", "exact"),
        ],
    ),
    # 37. a Chinese pipe table of a forecast before and after its raise: 2025E（调整前） nowhere, 2025E（调整后） each row's
    #     2025 estimate, its 调整后同比 column each row's rate (one contradicted), a 合计 row
    dict(
        text=(
            "图表5：国内AI推理云服务市场规模预测调整（亿元）\n"
            "| 细分领域 | 2024年 | 2025E（调整前） | 2025E（调整后） | 调整后同比 |\n"
            "|---|---|---|---|---|\n"
            "| 大模型API | 96.4 | 158.0 | 183.5 | 90.4% |\n"
            "| 推理算力租赁 | 141.8 | 205.6 | 226.3 | 59.6% |\n"
            "| 私有化部署 | 63.2 | 84.1 | 90.7 | 45.3% |\n"
            "| 合计 | 301.4 | 447.7 | 500.5 | 66.1% |\n"
            "资料来源：澄江证券研究所测算"
        ),
        obs=[
            ("大模型API", 2024, 96.4, "CNY 100 million", "actual"),
            ("大模型API", 2025, 183.5, "CNY 100 million", "estimate"),
            ("推理算力租赁", 2024, 141.8, "CNY 100 million", "actual"),
            ("推理算力租赁", 2025, 226.3, "CNY 100 million", "estimate"),
            ("私有化部署", 2024, 63.2, "CNY 100 million", "actual"),
            ("私有化部署", 2025, 90.7, "CNY 100 million", "estimate"),
            ("合计", 2024, 301.4, "CNY 100 million", "actual"),
            ("合计", 2025, 500.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 90.4, "percent", 2024, 2025, 1.0),
            ("growth", 59.6, "percent", 2024, 2025, 1.0),
            ("growth", 45.3, "percent", 2024, 2025, 1.0),
            ("growth", 66.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 183.5 / 96.4 - 1 = 90.353% -> 90.4
            ("cagr|implied", "exact"),  # 226.3 / 141.8 - 1 = 59.591% -> 59.6
            # 90.7 / 63.2 - 1 = 43.513%; bounds (90.65 / 63.25) -> 43.320%, (90.75 / 63.15) -> 43.705%:
            # 45.3 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 500.5 / 301.4 - 1 = 66.058% -> 66.1
            # 96.4 + 141.8 + 63.2 = 301.4; 183.5 + 226.3 + 90.7 = 500.5 (and 158.0 + 205.6 + 84.1 = 447.7)
            ("hierarchy", "exact"),
        ],
    ),
    # 38. a Traditional Chinese aligned table of years under 單位：新台幣億元 whose value columns are scenarios (保守 / 基本
    #     / 樂觀): each column its header's figures, every (F) year an estimate
    dict(
        text=(
            "臺灣AI晶片設計服務產值情境預估\n"
            "單位：新台幣億元\n"
            "年度          保守        基本        樂觀\n"
            "2025(F)        612         655         701\n"
            "2026(F)        738         826         915\n"
            "2027(F)        861       1,012       1,188\n"
            "資料來源：東寧經濟研究院"
        ),
        obs=[
            ("保守", 2025, 612, "TWD 100 million", "estimate"),
            ("保守", 2026, 738, "TWD 100 million", "estimate"),
            ("保守", 2027, 861, "TWD 100 million", "estimate"),
            ("基本", 2025, 655, "TWD 100 million", "estimate"),
            ("基本", 2026, 826, "TWD 100 million", "estimate"),
            ("基本", 2027, 1012, "TWD 100 million", "estimate"),
            ("樂觀", 2025, 701, "TWD 100 million", "estimate"),
            ("樂觀", 2026, 915, "TWD 100 million", "estimate"),
            ("樂觀", 2027, 1188, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[],
    ),
    # 39. a tab-separated base-case table in "(HK$ million)" with 2025F and 2026F columns, a "2024-26 CAGR" column
    #     (stated) and a Total row; the appendix line nowhere
    dict(
        text=(
            "Hong Kong AI cybersecurity spending, base case (HK$ million)\n"
            "Segment\t2024\t2025F\t2026F\t2024-26 CAGR\n"
            "Financial services\t1,246\t1,583\t1,962\t25.5%\n"
            "Government\t538\t702\t884\t28.2%\n"
            "Others\t721\t856\t1,004\t18.0%\n"
            "Total\t2,505\t3,141\t3,850\t24.0%\n"
            "Bull and bear cases are in Appendix B."
        ),
        obs=[
            ("Financial services", 2024, 1246, "HKD million", "actual"),
            ("Financial services", 2025, 1583, "HKD million", "estimate"),
            ("Financial services", 2026, 1962, "HKD million", "estimate"),
            ("Government", 2024, 538, "HKD million", "actual"),
            ("Government", 2025, 702, "HKD million", "estimate"),
            ("Government", 2026, 884, "HKD million", "estimate"),
            ("Others", 2024, 721, "HKD million", "actual"),
            ("Others", 2025, 856, "HKD million", "estimate"),
            ("Others", 2026, 1004, "HKD million", "estimate"),
            ("Total", 2024, 2505, "HKD million", "actual"),
            ("Total", 2025, 3141, "HKD million", "estimate"),
            ("Total", 2026, 3850, "HKD million", "estimate"),
        ],
        claims=[
            ("cagr", 25.5, "percent", 2024, 2026, None, "stated"),
            ("cagr", 28.2, "percent", 2024, 2026, None, "stated"),
            ("cagr", 18.0, "percent", 2024, 2026, None, "stated"),
            ("cagr", 24.0, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (1962 / 1246) ** (1 / 2) - 1 = 25.485% -> 25.5
            ("cagr", "exact"),  # (884 / 538) ** (1 / 2) - 1 = 28.184% -> 28.2
            ("cagr", "exact"),  # (1004 / 721) ** (1 / 2) - 1 = 18.005% -> 18.0
            ("cagr", "exact"),  # (3850 / 2505) ** (1 / 2) - 1 = 23.973% -> 24.0
            # 1246 + 538 + 721 = 2505; 1583 + 702 + 856 = 3141; 1962 + 884 + 1004 = 3850
            ("hierarchy", "exact"),
        ],
    ),
    # 40. a Chinese aligned table of years under （中性情景，单位：亿元）: 市场规模 and 同比增速 columns, 2025E and 2026E
    #     estimates, one rate contradicted; the 注 line pointing to the other scenarios nowhere
    dict(
        text=(
            "中国AI教育硬件市场规模（中性情景，单位：亿元）\n"
            "年份        市场规模      同比增速\n"
            "2023          286.4          —\n"
            "2024          352.9        23.2%\n"
            "2025E         431.0        22.1%\n"
            "2026E         512.7        19.6%\n"
            "注：E为中性情景预测值，乐观、悲观情景见附表。"
        ),
        obs=[
            ("市场规模", 2023, 286.4, "CNY 100 million", "actual"),
            ("市场规模", 2024, 352.9, "CNY 100 million", "actual"),
            ("市场规模", 2025, 431.0, "CNY 100 million", "estimate"),
            ("市场规模", 2026, 512.7, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.2, "percent", 2023, 2024, 1.0),
            ("growth", 22.1, "percent", 2024, 2025, 1.0),
            ("growth", 19.6, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 352.9 / 286.4 - 1 = 23.219% -> 23.2
            ("cagr|implied", "exact"),  # 431.0 / 352.9 - 1 = 22.131% -> 22.1
            # 512.7 / 431.0 - 1 = 18.956%; bounds (512.65 / 431.05) -> 18.931%, (512.75 / 430.95) -> 18.981%:
            # 19.6 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "fifty-seventh check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 5, "inconsistent": 7, "rounding": 5, "exact": 47}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "lifted its forecast for worldwide spending",
    "from the $41.2 billion it had pencilled in",
    "has revised down its 2025 estimate",
    "a compound annual growth rate of 22.6% between 2025 and 2030",
    "Under its base case",
    "its high scenario reaches",
    "could be worth between USD 11 billion and USD 14 billion by 2030",
    "Other houses are more cautious about 2029",
    "confirm its preliminary estimate",
    "up from its earlier forecast of US$7.2 billion",
    "The bear case is $13bn and the bull case $34bn",
    "raised its estimate of the total addressable market",
    "from a first estimate of €870 million",
    "a central estimate of $5.6 billion, within a range of",
    "to ¥1.42 trillion from ¥1.18 trillion",
    "The previous edition of the study had forecast",
    "has trimmed its forecast for 2025 revenue",
    "rather than $26.0 billion",
    "has raised its 2026 call to $3.1 billion from $2.8 billion",
    "has revised its figure for 2023 revenue",
    "预测由年初的1,420亿元上调至1,680亿元",
    "较此前预测的102亿元下调15.7%",
    "维持2026年135亿元的预测不变",
    "在中性情景下",
    "2030年有望达到8000亿至1万亿元",
    "各机构看法不一",
    "经最终核实",
    "比初步核算数增加",
    "（原预测为318亿元、430亿元和566亿元）",
    "经修订后为1,305亿元（原公布数为1,286亿元）",
    "高于此前预测的276亿元",
    "在420亿至460亿元之间，中值440亿元",
    "預估上修至2,980億美元，較前次預測上修12%",
    "原先預估為2,140億元",
    "料介乎48億至56億港元",
    "在基本情境下為新台幣186億元",
    "| Scenario | 2024 | 2026E | 2028E | 2030E | CAGR 2024-30 |",
    "| 2025E previous | 2025E current | Revision |",
    "情景\t2024年\t2027年E\t2030年E\t2024-2030年CAGR",
    "2025E       3.8–4.2",
    "Firm\t2024\t2029F\tCAGR 2024-2029",
    "2024p",
    "p = preliminary",
    "| 2025E（调整前） | 2025E（调整后） | 调整后同比 |",
    "年度          保守        基本        樂觀",
    "2024-26 CAGR",
    "Bull and bear cases are in Appendix B.",
    "（中性情景，单位：亿元）",
)
#: the set's blind score (scored once, before any rule was written for it): 138 figures, 44 rates, 41 verdicts and 8
#: false inconsistent; chosen on, with the fifty-eighth held out; its floors are its score after the rules it showed
#: wanting (a revision's replaced figure and its size, other houses' figures, "& Co." inside a sentence, a Chinese
#: revision cue's own clause, a rate from a base after it to the forecast before, a replaced forecast's column)
FLOORS = {"figures_found": 154, "rates_found": 47, "verdicts_right": 48}
FALSE_INCONSISTENT = 2


if __name__ == "__main__":  # python tests/extract_checkset57.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
