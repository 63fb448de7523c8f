"""A forty-sixth check set for the extractor, written blind: a general mix, as the next hundred reports will come, in
wordings none of the earlier sets used -- a research store's summary page ("Report Overview", "Key Market Insights",
"Market Size & Forecast") that repeats its figures in bullets, a trade association's annual statistics in yen that
"clocked" and "edge up", a central bank's bulletin box whose rate its amounts contradict, a venture newsletter's "+31%
on 2023" and "a 37.9% CAGR", an equity analyst's "2024-28E CAGR", an earnings call sizing its total addressable market,
a government strategy that "aims to grow the sector to", a LinkedIn-style post's "an 18% YoY increase", a think tank's
"could be worth", a keynote's "about 3.5 times", "is pegged at" and "is set to top", "contracted ... a 7.6% fall", a
British diary's "18pc", Hong Kong dollars that "expanded", New Taiwan dollars that "edged up" and a wire story in yuan
with a range; Chinese 研究院 reports, a 政府工作报告's 力争达到 and 力争突破, a 三年行动方案's 年均增长30%左右, a listed company's annual-report
industry section, an association's 比上年的……增长, a district's 是2022年（8,600万元）的2.9倍, an investor Q&A's 市场空间, customs data's
同比下降, and Taiwan and Hong Kong sources in Traditional Chinese (更上看, 複合成長率達, 按年上升, 可望達……明年挑戰); and tables in pipes, tabs
and aligned columns (years as columns and as rows, a CAGR column in English and in Chinese, E and F years, share
columns, a value column headed by its unit only, fiscal years in yen, and a total row its parts miss by rounding in both
its years).

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

What this set's sources add to them. A research store's summary page ("Report Overview") gives "valued at USD 612.4
million in 2024" the ``actual`` and "projected to grow from USD 738.9 million in 2025 to USD 2,864.0 million by 2032"
two ``estimate`` figures, each expected once though its "Market Size & Forecast" box repeats them; "exhibiting a CAGR of
21.4% during the forecast period" is ``stated``, its span printed in the box ("CAGR (2025-2032)"), "a market share of
39.8% in 2024" a share whose part is not printed, and "software accounted for USD 381.2 million, or 62.2%, of revenue in
2024" a part with its share. A trade association's "clocked ¥41.8 billion in 2024, up 18 per cent on the ¥35.4 billion
recorded in 2023" gives both years in JPY billion with their rate, "to edge up to ¥43.9 billion this year" an
``estimate`` under its release date, and the edition's year and the member companies counted are expected nowhere. A
central bank's box, "stood at €6.85 billion in 2024, an increase of 14.6% from €5.94 billion in 2023", is a rate its
amounts contradict, and "Retail lending models accounted for €2.31 billion, or 33.7% of the total" a part with its
share; the issue number and the institutions counted nowhere. A venture newsletter's "racked up $412m in revenue last
year, +31% on 2023" opens the series in USD million (the rate's base not printed), so "could be worth $2.8bn by 2030" is
expected as 2800, and "That's a 37.9% CAGR" is ``inferred`` and reached only at the rounding of $2.8bn; its issue number
and subscribers nowhere. An equity analyst's "$4.9bn in 2024", "$6.4bn this year" and "$11.3bn in 2028E" give an
``actual`` and two ``estimate`` figures, "a 2024-28E CAGR of 23.2%" is ``stated``, and the rating and price target are
boilerplate. On an earnings call the company's "total addressable market ... at roughly $6.2 billion this year" and "a
$16 billion market by 2030, or about 21% a year" are the market's (``Total``) ``estimate`` figures with an ``inferred``
rate, and its own quarterly revenue and growth are expected nowhere. A government strategy's "reached £1.2 billion in
2024, up from £840 million in 2022" opens the series in GBP billion, so 2022 is expected as 0.84, "aims to grow the
sector to £3.0 billion by 2030" is a target (``estimate``) and "implies average annual growth of roughly 16.5%" an
``inferred`` rate from the latest actual. A LinkedIn-style post's "hit $1.27B worldwide in 2024, an 18% YoY increase
from $1.08B in 2023" gives both years with their rate and "reaching $3.4B by 2029" an ``estimate``; its hashtags and
emoji are nothing. A think tank's "stood at €286 million in 2024 and could be worth €1.1 billion by 2032" is expected in
EUR million (1100), "implying average growth of 18.3% a year" ``inferred`` and "61% of 2024 spending" a share. A
keynote's "Last year ... roughly a $2.3 billion market" is 2024's approximate figure under the speech's date, "north of
$8 billion" by 2028 an approximate ``estimate`` and "about 3.5 times where it was" x3.5 over 2024-2028. "Is pegged at
$3.62 billion this year, +26.1% on the $2.87 billion spent in 2024" is 2025's ``estimate`` with its rate and "is set to
top $7 billion in 2028" an approximate ``estimate``. "Contracted to $1.46 billion in 2024 from $1.58 billion a year
earlier, a 7.6% fall" is a negative rate with both its amounts and "sales of $1.61 billion" this year's ``estimate``. A
British diary's "grew 18pc to £742m last year, from £629m in 2023" opens the series in GBP million, "took 44pc of the
total" is a share whose part is not printed and "£1.3bn by 2028" is expected as 1300. "Expanded 22.4 per cent in 2024 to
HK$1.38 billion, from HK$1.13 billion in 2023" is HKD billion, the rate reached only at the rounding of its amounts.
"Edged up 3.2% to NT$48.7 billion in 2024 from NT$47.2 billion in 2023" is TWD billion with a rate its amounts bear out.
A wire story's "reached 3.46 billion yuan in 2024, up 52.8 percent year on year" is CNY billion with a rate whose base
is not printed, and "between 9.5 billion and 10.5 billion yuan by 2027" a range (two ``value`` claims).

In Chinese: a 研究院's 由2023年的9.6亿元增至13.2亿元，增幅37.5% gives both years with their rate and 2024—2028年年均复合增长率为33.2% is
``stated`` (an em dash in its span), the report's title year expected nowhere; a city's 政府工作报告 under its session line
gives 2024年……实现产值126亿元，同比增长18.9% (the rate's base not printed) and its targets 2025年……力争达到150亿元 and 到2027年，力争突破200亿元 as
``estimate`` figures, the session numbers nowhere; a province's 行动方案 (dated 2025年3月印发) prints its target first,
到2027年……力争突破80亿元，年均增长30%左右 (``inferred``), and 2024年该市场规模为36.4亿元 its base a sentence later, the demonstration mines
counted nowhere; a listed company's annual report gives its industry's 2024年至2029年年复合增长率为18.6% (``stated``),
contradicted by 18.4亿美元 and 41.7亿美元, and its own 营业收入, growth and 净利润 nowhere; an association's 比上年的52.8亿元增长18.3% is a
rate with its base reached only at the rounding and 智能喂食器零售额21.7亿元，占比34.8% a part with its share; a district's 2.46亿元
opens the series in CNY 100 million, so 是2022年（8,600万元）的2.9倍 gives 2022 as 0.86 and x2.9 over two years; an investor
Q&A's 市场空间约为46亿元 (2025, under the Q&A's date) and 到2030年有望超过150亿元 are the market's approximate ``estimate`` figures, the
company's 实现收入1.8亿元 nowhere; customs data's 同比下降4.2% is a negative rate whose base follows it (2023年为184.1亿元) and
回升至195亿元左右 an approximate ``estimate``; a research institute's 约为58亿元 is approximate, 年均复合增速约24% ``inferred`` and 约占六成 a
fraction in words; a media report's 重点排放行业解决方案收入为20.9亿元，占比43% is a part with its share and 将突破80亿元 an approximate
``estimate``. In Traditional Chinese a Taiwan institute's 2024年……為新台幣1,041億元 and 預估2025年將達1,286億元，年成長23.5% give TWD 100
million with a rate its amounts bear out, and 2027年更上看2,000億元 an approximate ``estimate``; a research institute's
2024至2030年複合成長率達35.2% is ``stated`` and contradicted by 43.6億美元 and 251億美元; a Hong Kong statistics release's
業務收益為8.64億港元，按年上升12.5% is HKD 100 million (the rate's base not printed) and 住宅屋苑佔3.57億港元，即整體的41.3% a part with its
share; a Taiwan daily's 今年……可望達新台幣1,120億元 is 2025's ``estimate``, 較去年的842億元成長33% its rate with its base, and 明年挑戰1,400億元
2026's approximate ``estimate``.

In tables: a pipe table of applications with 2023, 2024, 2025E and 2027E columns and a "CAGR 2024-2027E" column gives
each row its figures and its ``stated`` rate over 2024-2027 (one reached only at the rounding of its figures), its Total
the whole; a tab-separated table of fiscal years as rows in "(¥ million)" gives ``Sales`` its figures (FY2025E an
``estimate``) and its "YoY" column each year's rate; a Chinese aligned table whose title gives the year and the unit
(2024年……（单位：亿元）) gives each 服务商类型 its 收入 and its 占比 with an ``arithmetic`` verdict, its 合计 the whole and its 100.0% no
claim; a tab-separated table in "(£m)" whose parts miss its "All sectors" row by 1 in 2023 and in 2024 gets a
``hierarchy`` verdict reached only at the rounding, its note boilerplate; a Chinese pipe table (表4, years as columns,
2025E and 2027E) with a 2024-2027年复合增长率 column gives each 细分领域 its ``stated`` rate (one contradicted by its figures) and
its 合计 the whole, its 注 line boilerplate; a Traditional Chinese aligned table under 單位：新台幣百萬元 gives its 產值 column each
年別's figure in TWD million (2025(E) and 2026(F) ``estimate``) and its 年增率 column each year's rate; a Hong Kong pipe
table of one year (from its title) whose value column is headed "HK$ million" gives each customer type its figure and
its "Share" (``arithmetic``) and its Total the whole; an aligned table of years in "(US$ bn)" with 2025F and 2026F ("F =
forecast") gives ``Revenue`` its figures and its "YoY" column each year's rate (one contradicted by its figures); a
Chinese tab-separated table of years whose value column is headed by its unit only (亿元) gives the market's ``Total`` its
figures (2025E an ``estimate``) and its 同比增长 column each year's rate; and a pipe table of fiscal years as rows in "(¥
billion)" whose value columns (Devices, Software and services, Total) are its items adds to its Total column. Markets
vary (AI-powered dental imaging, AI-controlled fish-feeding systems in Japan, AI-based credit-risk modelling at euro
area banks, AI music generation, test equipment for AI accelerators and HBM, AI-guided robotic kitchen systems,
AI-enabled assistive technology in the UK, AI-driven fabric defect inspection, AI-based wildfire detection in Europe, AI
for airport and air-traffic operations, AI cold-chain monitoring in Asia-Pacific, AI-enabled robot lawnmowers,
AI-powered veterinary diagnostics in Britain, AI wealth-management advisory tools in Hong Kong, AI-enabled machine-tool
controllers in Taiwan, AI-assisted micro-drama production in China, AI口腔影像诊断, AI智能农机装备, 矿山人工智能应用, AI机器视觉光源, AI智能宠物硬件,
AI视频监控运维服务, AI心理健康服务, AI视觉泳池清洁机器人, AI电力巡检, AI碳管理软件, AI伺服器電源供應器, AI資料中心用矽光子模組, 人工智能物業管理方案, AI晶片測試介面, AI sports analytics,
AI track-inspection systems in Japan, AI气象预报服务, AI-based pest monitoring in the UK, AI智慧水务, AI智慧醫療軟體, AI port and
logistics software in Hong Kong, AI-driven precision irrigation controllers, AI招聘服务, AI elder-care monitoring in Japan);
publishers, speakers and companies are invented, the sentences are the project's own and the figures plausible. ``python
tests/extract_checkset46.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a research store's report summary page: "Report Overview", "Key Market Insights" bullets, a "Market Size &
    #    Forecast" box that repeats the figures (each expected once) and prints the CAGR's span
    dict(
        text=(
            "Report Overview\n"
            "The global AI-powered dental imaging market size was valued at USD 612.4 million in 2024. The market is "
            "projected to grow from USD 738.9 million in 2025 to USD 2,864.0 million by 2032, exhibiting a CAGR of "
            "21.4% during the forecast period.\n"
            "Key Market Insights\n"
            "• North America dominated the AI-powered dental imaging market with a market share of 39.8% in 2024.\n"
            "• By component, software accounted for USD 381.2 million, or 62.2%, of revenue in 2024.\n"
            "Market Size & Forecast\n"
            "• 2024 Market Size: USD 612.4 Million\n"
            "• 2025 Market Size: USD 738.9 Million\n"
            "• 2032 Projected Market Size: USD 2,864.0 Million\n"
            "• CAGR (2025-2032): 21.4%"
        ),
        obs=[
            ("Total", 2024, 612.4, "USD million", "actual"),
            ("Total", 2025, 738.9, "USD million", "estimate"),
            ("Total", 2032, 2864.0, "USD million", "estimate"),
            ("Software", 2024, 381.2, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 21.4, "percent", 2025, 2032, None, "stated"),
            ("share", 39.8, "percent", 2024, 2024, None),
            ("share", 62.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr", "exact"),  # (2864.0 / 738.9) ** (1 / 7) - 1 = 21.354% -> 21.4 (bounds 21.353-21.356)
            ("arithmetic", "exact"),  # 381.2 / 612.4 = 62.247% -> 62.2
        ],
    ),
    # 2. a trade association's annual statistics in yen: "clocked", "up 18 per cent on", "to edge up to ... this year";
    #    the edition's year and the member count nowhere
    dict(
        text=(
            "Japan Smart Aquaculture Association — Annual statistics, 2024 edition (released 28 April 2025)\n"
            "Sales of AI-controlled fish-feeding systems by the association's 31 member companies clocked ¥41.8 "
            "billion in 2024, up 18 per cent on the ¥35.4 billion recorded in 2023. The association expects sales to "
            "edge up to ¥43.9 billion this year as salmon farms in Hokkaido finish their upgrades."
        ),
        obs=[
            ("Total", 2024, 41.8, "JPY billion", "actual"),
            ("Total", 2023, 35.4, "JPY billion", "actual"),
            ("Total", 2025, 43.9, "JPY billion", "estimate"),
        ],
        claims=[("growth", 18, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 41.8 / 35.4 - 1 = 18.079% -> 18 (bounds 17.772-18.388)
        ],
    ),
    # 3. a central bank's bulletin box: "stood at ..., an increase of 14.6% from" (contradicted by its amounts), a part
    #    "accounted for ..., or 33.7% of the total"; the issue number and the institutions counted nowhere
    dict(
        text=(
            "Economic Bulletin, Issue 4/2025 — Box 3: How much are banks spending on AI?\n"
            "Spending by euro area banks on AI-based credit-risk modelling stood at €6.85 billion in 2024, an increase "
            "of 14.6% from €5.94 billion in 2023, according to supervisory data reported by 112 significant "
            "institutions. Retail lending models accounted for €2.31 billion, or 33.7% of the total."
        ),
        obs=[
            ("Total", 2024, 6.85, "EUR billion", "actual"),
            ("Total", 2023, 5.94, "EUR billion", "actual"),
            ("Retail lending models", 2024, 2.31, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 14.6, "percent", 2023, 2024, 1.0),
            ("share", 33.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 6.85 / 5.94 - 1 = 15.320%; bounds (6.845 / 5.945) -> 15.139%, (6.855 / 5.935) -> 15.501%:
            # 14.6 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 2.31 / 6.85 = 33.723% -> 33.7
        ],
    ),
    # 4. a venture newsletter: "racked up $412m ... last year, +31% on 2023" (no base printed), "could be worth $2.8bn"
    #    (expected as 2800 in the series' USD million), "a 37.9% CAGR" inferred and reached only at the rounding
    dict(
        text=(
            "Signal & Noise · Issue #212 · 11 March 2025\n"
            "Quick take on AI music generation: SoundLedger reckons the category racked up $412m in revenue last "
            "year, +31% on 2023, and could be worth $2.8bn by 2030. That's a 37.9% CAGR, and most of it, in their "
            "telling, goes to tools for advertisers and game studios rather than to consumer apps. Reply to this "
            "email if you want the full deck; 4,800 subscribers and counting."
        ),
        obs=[
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2030, 2800, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 37.9, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (2800 / 412) ** (1 / 6) - 1 = 37.629%, not 37.9 +- 0.05; bounds (2750 / 412.5) -> 37.189%,
            # (2850 / 411.5) -> 38.064% ($2.8bn read 2750-2850): 37.9 is reached only at the rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 5. an equity analyst's sector note: "at $4.9bn in 2024", "this year", "in 2028E", "a 2024-28E CAGR" (stated);
    #    the rating and price target nowhere
    dict(
        text=(
            "Harcourt Whitley Research — Semiconductor Capital Equipment — 2 September 2025\n"
            "Test time is the new volume driver. We now estimate the market for automated test equipment used on AI "
            "accelerators and HBM at $4.9bn in 2024 and see it at $6.4bn this year, rising to $11.3bn in 2028E — a "
            "2024-28E CAGR of 23.2%. We reiterate Overweight on Tessaro Instruments with a $186 price target."
        ),
        obs=[
            ("Total", 2024, 4.9, "USD billion", "actual"),
            ("Total", 2025, 6.4, "USD billion", "estimate"),
            ("Total", 2028, 11.3, "USD billion", "estimate"),
        ],
        claims=[("cagr", 23.2, "percent", 2024, 2028, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (11.3 / 4.9) ** (1 / 4) - 1 = 23.231% -> 23.2 (bounds 22.783-23.684)
        ],
    ),
    # 6. an earnings call: the company sizes its total addressable market ("at roughly $6.2 billion this year", "a $16
    #    billion market by 2030, or about 21% a year", inferred); its own revenue and growth nowhere
    dict(
        text=(
            "Brasswell Automation — Q2 fiscal 2026 earnings call, August 6, 2025\n"
            "Maya Okafor, Chief Financial Officer: Before I get to guidance, a word on the opportunity. We size the "
            "total addressable market for AI-guided robotic kitchen systems — fry stations, bowl assembly, drink "
            "dispensing — at roughly $6.2 billion this year, and we think it becomes a $16 billion market by 2030, or "
            "about 21% a year. Our own revenue in the quarter was $212 million, up 41% year on year."
        ),
        obs=[
            ("Total", 2025, 6.2, "USD billion", "estimate"),
            ("Total", 2030, 16, "USD billion", "estimate"),
        ],
        claims=[("cagr", 21, "percent", 2025, 2030, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (16 / 6.2) ** (1 / 5) - 1 = 20.878% -> 21 (bounds 19.920-21.821)
        ],
    ),
    # 7. a government strategy with a target: "aims to grow the sector to £3.0 billion by 2030", "implies average
    #    annual growth of roughly 16.5%" (inferred, from the latest actual); "£840 million in 2022" after "£1.2
    #    billion" is expected in the series' GBP billion, as 0.84
    dict(
        text=(
            "AI for Everyone: Assistive Technology Growth Strategy (Department for Digital Industries, March 2025)\n"
            "Revenues in the UK's AI-enabled assistive and accessibility technology sector reached £1.2 billion in "
            "2024, up from £840 million in 2022. The government aims to grow the sector to £3.0 billion by 2030, "
            "which implies average annual growth of roughly 16.5%, and to double the number of firms exporting."
        ),
        obs=[
            ("Total", 2024, 1.2, "GBP billion", "actual"),
            ("Total", 2022, 0.84, "GBP billion", "actual"),
            ("Total", 2030, 3.0, "GBP billion", "estimate"),
        ],
        claims=[("cagr", 16.5, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (3.0 / 1.2) ** (1 / 6) - 1 = 16.499% -> 16.5 (bounds 15.386-17.652)
        ],
    ),
    # 8. a LinkedIn-style post: "hit $1.27B", "an 18% YoY increase from $1.08B", "reaching $3.4B by 2029"; the
    #    hashtags and emoji nowhere
    dict(
        text=(
            "Ana Petrović · Founder at Loomwise · Computer vision for textile mills\n"
            "Posted 19 February 2025\n"
            "🚀 Big moment for our corner of manufacturing: AI-driven fabric defect inspection hit $1.27B worldwide "
            "in 2024, an 18% YoY increase from $1.08B in 2023 (source: Fibrelytics' new market tracker). And the same "
            "report has it reaching $3.4B by 2029. 📈\n"
            "Still inspecting rolls by eye? Let's talk. 👇\n"
            "#AI #Textiles #QualityControl #ComputerVision"
        ),
        obs=[
            ("Total", 2024, 1.27, "USD billion", "actual"),
            ("Total", 2023, 1.08, "USD billion", "actual"),
            ("Total", 2029, 3.4, "USD billion", "estimate"),
        ],
        claims=[("growth", 18, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.27 / 1.08 - 1 = 17.593% -> 18 (bounds 16.590-18.605)
        ],
    ),
    # 9. a think tank's study: "stood at €286 million", "could be worth €1.1 billion by 2032" (expected as 1100 in the
    #    series' EUR million), "implying average growth of 18.3% a year" (inferred), a share of 2024 spending
    dict(
        text=(
            "A study published on 9 October 2025 by the Westbridge Institute for the Digital Economy, a Brussels think "
            "tank, finds that spending on AI-based wildfire detection and response in Europe stood at €286 million in "
            "2024 and could be worth €1.1 billion by 2032, implying average growth of 18.3% a year. Mediterranean "
            "countries accounted for 61% of 2024 spending, the authors estimate."
        ),
        obs=[
            ("Total", 2024, 286, "EUR million", "actual"),
            ("Total", 2032, 1100, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 18.3, "percent", 2024, 2032, None, "inferred"),
            ("share", 61, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (1100 / 286) ** (1 / 8) - 1 = 18.339% -> 18.3 (€1.1 billion read 1050-1150: bounds 17.627-19.025)
            ("cagr|period", "exact"),
        ],
    ),
    # 10. a conference keynote quote: "Last year ... roughly a $2.3 billion market", "north of $8 billion" by 2028,
    #     "about 3.5 times where it was" (x3.5 over 2024-2028, no verdict)
    dict(
        text=(
            "\"Last year, AI for airport and air-traffic operations was roughly a $2.3 billion market. By 2028 we "
            "expect it to be north of $8 billion, about 3.5 times where it was,\" Priya Raman, chief technology "
            "officer of Aerolux, said in her keynote at the SkyOps Forum in Lisbon on 24 September 2025."
        ),
        obs=[
            ("Total", 2024, 2.3, "USD billion", "actual"),
            ("Total", 2028, 8, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 3.5, "multiple", 2024, 2028, 4.0),  # 8 / 2.3 = 3.48: about 3.5 times
        ],
        verdicts=[],
    ),
    # 11. a research firm under a dateline: "is pegged at ... this year, +26.1% on the ... spent in 2024", "is set to
    #     top $7 billion in 2028" (approximate)
    dict(
        text=(
            "SINGAPORE, 4 June 2025 — Asia-Pacific spending on AI-based cold-chain monitoring is pegged at $3.62 "
            "billion this year, +26.1% on the $2.87 billion spent in 2024, and is set to top $7 billion in 2028, "
            "Kestrel Supply Chain Research said in its annual outlook."
        ),
        obs=[
            ("Total", 2025, 3.62, "USD billion", "estimate"),
            ("Total", 2024, 2.87, "USD billion", "actual"),
            ("Total", 2028, 7, "USD billion", "estimate"),
        ],
        claims=[("growth", 26.1, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.62 / 2.87 - 1 = 26.132% -> 26.1 (bounds 25.739-26.527)
        ],
    ),
    # 12. "contracted to ... from ... a year earlier, a 7.6% fall" (a negative rate with both amounts), this year's
    #     estimate under the date in the sentence
    dict(
        text=(
            "Global sales of AI-enabled robot lawnmowers contracted to $1.46 billion in 2024 from $1.58 billion a year "
            "earlier, a 7.6% fall, as European garden retailers worked through excess stock, Hedgerow Consumer Data "
            "said on 12 February 2025. The firm expects a return to growth this year, with sales of $1.61 billion."
        ),
        obs=[
            ("Total", 2024, 1.46, "USD billion", "actual"),
            ("Total", 2023, 1.58, "USD billion", "actual"),
            ("Total", 2025, 1.61, "USD billion", "estimate"),
        ],
        claims=[("growth", -7.6, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.46 / 1.58 - 1 = -7.595% -> -7.6 (bounds -8.202 to -6.984)
        ],
    ),
    # 13. a British paper's diary: "grew 18pc to £742m last year, from £629m in 2023", "took 44pc of the total" (a
    #     share whose part is not printed), "£1.3bn by 2028" expected as 1300 in the series' GBP million
    dict(
        text=(
            "City Diary, 3 March 2025\n"
            "Britain's market for AI-powered veterinary diagnostics grew 18pc to £742m last year, from £629m in 2023, "
            "according to Petrichor Analytics. Imaging software took 44pc of the total. The consultancy reckons the "
            "market could reach £1.3bn by 2028, which would make it bigger than the country's pet-insurance "
            "comparison sites."
        ),
        obs=[
            ("Total", 2024, 742, "GBP million", "actual"),
            ("Total", 2023, 629, "GBP million", "actual"),
            ("Total", 2028, 1300, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("share", 44, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 742 / 629 - 1 = 17.965% -> 18 (bounds 17.792-18.138)
        ],
    ),
    # 14. Hong Kong dollars in billions: "expanded 22.4 per cent in 2024 to HK$1.38 billion, from HK$1.13 billion", a
    #     rate before its amount reached only at the rounding
    dict(
        text=(
            "HONG KONG, 30 May 2025 — Hong Kong's market for AI-powered wealth-management advisory tools expanded 22.4 "
            "per cent in 2024 to HK$1.38 billion, from HK$1.13 billion in 2023, the Hong Kong Wealth Technology "
            "Council said. It expects the market to reach HK$2.1 billion in 2027."
        ),
        obs=[
            ("Total", 2024, 1.38, "HKD billion", "actual"),
            ("Total", 2023, 1.13, "HKD billion", "actual"),
            ("Total", 2027, 2.1, "HKD billion", "estimate"),
        ],
        claims=[("growth", 22.4, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 1.38 / 1.13 - 1 = 22.124%, not 22.4 +- 0.05; bounds (1.375 / 1.135) -> 21.145%,
            # (1.385 / 1.125) -> 23.111%: 22.4 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. New Taiwan dollars in English: "edged up 3.2% to NT$48.7 billion in 2024 from NT$47.2 billion", a forecast
    dict(
        text=(
            "TAIPEI, July 15, 2025 — Taiwan's output of AI-enabled machine-tool controllers edged up 3.2% to NT$48.7 "
            "billion in 2024 from NT$47.2 billion in 2023, the Precision Machinery Research Centre said on Tuesday, "
            "and is forecast to climb to NT$61 billion in 2026 as export orders recover."
        ),
        obs=[
            ("Total", 2024, 48.7, "TWD billion", "actual"),
            ("Total", 2023, 47.2, "TWD billion", "actual"),
            ("Total", 2026, 61, "TWD billion", "estimate"),
        ],
        claims=[("growth", 3.2, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.7 / 47.2 - 1 = 3.178% -> 3.2 (bounds 2.963-3.393)
        ],
    ),
    # 16. a wire story in yuan: "reached 3.46 billion yuan in 2024, up 52.8 percent year on year" (no base printed),
    #     a range for 2027 (two value claims)
    dict(
        text=(
            "BEIJING, Jan. 20, 2025 (Sino Wire) -- China's market for AI-assisted micro-drama production services "
            "reached 3.46 billion yuan in 2024, up 52.8 percent year on year, according to a report released Monday by "
            "the China Online Audiovisual Research Centre. The report forecasts that the market will be worth between "
            "9.5 billion and 10.5 billion yuan by 2027."
        ),
        obs=[("Total", 2024, 3.46, "CNY billion", "actual")],
        claims=[
            ("growth", 52.8, "percent", 2023, 2024, 1.0),
            ("value", 9.5, "CNY billion", 2027, 2027, None),
            ("value", 10.5, "CNY billion", 2027, 2027, None),
        ],
        verdicts=[],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. a 研究院 report: 由2023年的……增至……，增幅 (a rate with its base), 2024—2028年年均复合增长率 (an em dash, stated); the
    #     title's year nowhere
    dict(
        text=(
            "（2025年4月18日）华衡数智医疗研究院发布《2025中国AI口腔影像诊断行业研究报告》。报告显示，2024年我国AI口腔影像诊断"
            "市场规模由2023年的9.6亿元增至13.2亿元，增幅37.5%；预计2028年将达到41.5亿元，2024—2028年年均复合增长率为33.2%。"
        ),
        obs=[
            ("Total", 2024, 13.2, "CNY 100 million", "actual"),
            ("Total", 2023, 9.6, "CNY 100 million", "actual"),
            ("Total", 2028, 41.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 37.5, "percent", 2023, 2024, 1.0),
            ("cagr", 33.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 13.2 / 9.6 - 1 = 37.500% -> 37.5
            ("cagr", "exact"),  # (41.5 / 13.2) ** (1 / 4) - 1 = 33.158% -> 33.2 (bounds 32.993-33.325)
        ],
    ),
    # 18. a city's 政府工作报告 under its session line: 2024年……实现产值 an actual with a rate (no base printed), 2025年主要目标
    #     力争达到 and 到2027年，力争突破 targets (``estimate``; 突破 approximate); the session numbers nowhere
    dict(
        text=(
            "（2025年1月16日在丰原市第十六届人民代表大会第五次会议上）\n"
            "过去一年，我们坚持以科技创新引领产业升级。2024年，全市AI智能农机装备产业实现产值126亿元，同比增长18.9%。"
            "2025年主要目标是：AI智能农机装备产业产值力争达到150亿元；到2027年，力争突破200亿元，建成全国重要的智能农机制造基地。"
        ),
        obs=[
            ("Total", 2024, 126, "CNY 100 million", "actual"),
            ("Total", 2025, 150, "CNY 100 million", "estimate"),
            ("Total", 2027, 200, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 18.9, "percent", 2023, 2024, 1.0)],
        verdicts=[],
    ),
    # 19. a province's three-year action plan: 到2027年……力争突破80亿元，年均增长30%左右 (inferred from the base the sentence
    #     after prints), 2024年……为36.4亿元 the base
    dict(
        text=(
            "（2025年3月印发）《海川省智慧矿山建设三年行动方案》明确，到2027年，全省矿山人工智能应用市场规模力争突破80亿元，"
            "年均增长30%左右，建成智能化示范矿山50座以上。据省工业和信息化厅测算，2024年该市场规模为36.4亿元。"
        ),
        obs=[
            ("Total", 2027, 80, "CNY 100 million", "estimate"),
            ("Total", 2024, 36.4, "CNY 100 million", "actual"),
        ],
        claims=[("cagr", 30, "percent", 2024, 2027, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (80 / 36.4) ** (1 / 3) - 1 = 30.016% -> 30 (bounds 29.685-30.346)
        ],
    ),
    # 20. a listed company's annual report, industry section: a stated CAGR (2024年至2029年) its amounts contradict; the
    #     company's own revenue, growth and profit nowhere
    dict(
        text=(
            "华曜光电：2024年年度报告摘要\n"
            "一、报告期内公司所处行业情况\n"
            "据沙鸥咨询统计，2024年全球AI机器视觉光源市场规模为18.4亿美元，预计到2029年将增长至41.7亿美元，2024年至2029年"
            "年复合增长率为18.6%。报告期内，公司实现营业收入6.83亿元，同比增长22.6%；归属于上市公司股东的净利润1.12亿元。"
        ),
        obs=[
            ("Total", 2024, 18.4, "USD 100 million", "actual"),
            ("Total", 2029, 41.7, "USD 100 million", "estimate"),
        ],
        claims=[("cagr", 18.6, "percent", 2024, 2029, None, "stated")],
        verdicts=[
            # (41.7 / 18.4) ** (1 / 5) - 1 = 17.778%; bounds (41.65 / 18.45) -> 17.686%, (41.75 / 18.35) -> 17.870%:
            # 18.6 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 21. an industry association: 比上年的52.8亿元增长18.3% (a rate with its base, reached only at the rounding), a part
    #     零售额……，占比 with its share
    dict(
        text=(
            "中国宠物用品行业协会近日发布的数据显示，2024年我国AI智能宠物硬件零售额为62.4亿元，比上年的52.8亿元增长18.3%；"
            "其中，智能喂食器零售额21.7亿元，占比34.8%。"
        ),
        obs=[
            ("Total", 2024, 62.4, "CNY 100 million", "actual"),
            ("Total", 2023, 52.8, "CNY 100 million", "actual"),
            ("智能喂食器", 2024, 21.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.3, "percent", 2023, 2024, 1.0),
            ("share", 34.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 62.4 / 52.8 - 1 = 18.182%, not 18.3 +- 0.05; bounds (62.35 / 52.85) -> 17.975%, (62.45 / 52.75) ->
            # 18.389%: 18.3 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 21.7 / 62.4 = 34.776% -> 34.8
        ],
    ),
    # 22. a district bureau via a reporter: 2.46亿元 opens the series in CNY 100 million, so the bracketed (8,600万元) of
    #     2022 is expected as 0.86; 是2022年的2.9倍 is x2.9 over two years; 同比增长 without its base
    dict(
        text=(
            "（2025年5月9日）记者从临湖区数字经济局获悉，2024年全区AI视频监控运维服务营业收入达2.46亿元，同比增长30.2%，"
            "是2022年（8,600万元）的2.9倍。"
        ),
        obs=[
            ("Total", 2024, 2.46, "CNY 100 million", "actual"),
            ("Total", 2022, 0.86, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 30.2, "percent", 2023, 2024, 1.0),
            ("multiple", 2.9, "multiple", 2022, 2024, 2.0),  # 2.46 / 0.86 = 2.86: 2.9倍
        ],
        verdicts=[],
    ),
    # 23. an investor Q&A on an exchange's platform: the company sizes its 市场空间 (the market, ``Total``), 约为 this year
    #     and 有望超过 by 2030 (approximate estimates); the company's own revenue nowhere
    dict(
        text=(
            "（2025年6月10日）投资者提问：请问公司如何看待AI心理健康服务的市场空间？\n"
            "董秘回复：您好，感谢关注。据公司测算，2025年国内AI心理健康服务市场空间约为46亿元，到2030年有望超过150亿元。"
            "公司相关业务2024年实现收入1.8亿元。谢谢。"
        ),
        obs=[
            ("Total", 2025, 46, "CNY 100 million", "estimate"),
            ("Total", 2030, 150, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[],
    ),
    # 24. exports compiled from customs data: 同比下降4.2% (a negative rate) with 2023年为 its base after it, 回升至……左右
    dict(
        text=(
            "据行业协会整理的海关数据，2024年我国AI视觉泳池清洁机器人出口额为176.3亿元，同比下降4.2%，2023年为184.1亿元。"
            "业内人士预计，随着欧美渠道库存消化，2025年出口额将回升至195亿元左右。"
        ),
        obs=[
            ("Total", 2024, 176.3, "CNY 100 million", "actual"),
            ("Total", 2023, 184.1, "CNY 100 million", "actual"),
            ("Total", 2025, 195, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", -4.2, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 176.3 / 184.1 - 1 = -4.237% -> -4.2 (bounds -4.290 to -4.184)
        ],
    ),
    # 25. a research institute: 约为58亿元 (approximate), 年均复合增速约24% (inferred), 约占六成 a fraction in words nowhere
    dict(
        text=(
            "据观澜产业研究院统计，2024年中国AI电力巡检市场规模约为58亿元，预计2030年将达到212亿元，年均复合增速约24%，"
            "其中无人机智能巡检约占六成。"
        ),
        obs=[
            ("Total", 2024, 58, "CNY 100 million", "actual"),
            ("Total", 2030, 212, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 24, "percent", 2024, 2030, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (212 / 58) ** (1 / 6) - 1 = 24.113% -> 24 (bounds 23.887-24.341)
        ],
    ),
    # 26. a media report: a part 收入为……，占比43% with its share, 预计2026年……将突破80亿元 (approximate)
    dict(
        text=(
            "据《数字经济观察》报道，2024年我国AI碳管理软件市场规模为48.6亿元，其中，重点排放行业解决方案收入为20.9亿元，"
            "占比43%；预计2026年市场规模将突破80亿元。"
        ),
        obs=[
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("重点排放行业解决方案", 2024, 20.9, "CNY 100 million", "actual"),
            ("Total", 2026, 80, "CNY 100 million", "estimate"),
        ],
        claims=[("share", 43, "percent", 2024, 2024, None)],
        verdicts=[
            ("arithmetic", "exact"),  # 20.9 / 48.6 = 43.004% -> 43
        ],
    ),
    # 27. a Taiwan institute in Traditional Chinese: 2024年……為新台幣1,041億元, 預估2025年將達……，年成長23.5%, 2027年更上看
    dict(
        text=(
            "（2025年3月12日）數位產業策進會產業研究所今日發布研究指出，2024年台灣AI伺服器電源供應器產值為新台幣1,041億元，"
            "預估2025年將達1,286億元，年成長23.5%，2027年更上看2,000億元。"
        ),
        obs=[
            ("Total", 2024, 1041, "TWD 100 million", "actual"),
            ("Total", 2025, 1286, "TWD 100 million", "estimate"),
            ("Total", 2027, 2000, "TWD 100 million", "estimate"),
        ],
        claims=[("growth", 23.5, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1286 / 1041 - 1 = 23.535% -> 23.5 (bounds 23.428-23.642)
        ],
    ),
    # 28. a Taiwan research institute in Traditional Chinese: 2024至2030年複合成長率達35.2% (stated), contradicted
    dict(
        text=(
            "產業科技國際研究所分析師指出，2024年全球AI資料中心用矽光子模組市場規模為43.6億美元，預估2030年將成長至251億美元，"
            "2024至2030年複合成長率達35.2%。"
        ),
        obs=[
            ("Total", 2024, 43.6, "USD 100 million", "actual"),
            ("Total", 2030, 251, "USD 100 million", "estimate"),
        ],
        claims=[("cagr", 35.2, "percent", 2024, 2030, None, "stated")],
        verdicts=[
            # (251 / 43.6) ** (1 / 6) - 1 = 33.875%; bounds (250.5 / 43.65) -> 33.804%, (251.5 / 43.55) -> 33.945%:
            # 35.2 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 29. a Hong Kong statistics release in Traditional Chinese: 業務收益為8.64億港元，按年上升12.5% (no base printed), a part
    #     佔3.57億港元，即整體的41.3% with its share
    dict(
        text=(
            "（2025年6月27日）統計處今日公布，2024年本港提供人工智能物業管理方案的機構業務收益為8.64億港元，按年上升12.5%；"
            "當中，住宅屋苑佔3.57億港元，即整體的41.3%。"
        ),
        obs=[
            ("Total", 2024, 8.64, "HKD 100 million", "actual"),
            ("住宅屋苑", 2024, 3.57, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 12.5, "percent", 2023, 2024, 1.0),
            ("share", 41.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 3.57 / 8.64 = 41.319% -> 41.3
        ],
    ),
    # 30. a Taiwan daily in Traditional Chinese: 今年……可望達 (an estimate), 較去年的842億元成長33% (its base), 明年挑戰
    dict(
        text=(
            "2025年10月2日 工商日報記者新竹報導——受惠AI晶片測試需求強勁，法人預估，今年台灣AI晶片測試介面（探針卡及測試座）"
            "產值可望達新台幣1,120億元，較去年的842億元成長33%，明年挑戰1,400億元。"
        ),
        obs=[
            ("Total", 2025, 1120, "TWD 100 million", "estimate"),
            ("Total", 2024, 842, "TWD 100 million", "actual"),
            ("Total", 2026, 1400, "TWD 100 million", "estimate"),
        ],
        claims=[("growth", 33, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1120 / 842 - 1 = 33.017% -> 33 (bounds 32.878-33.155)
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. a pipe table of years as columns (2025E, 2027E) with a "CAGR 2024-2027E" column (stated) and a Total row
    dict(
        text=(
            "Global AI sports analytics market by application, 2023-2027E (USD million)\n"
            "| Application | 2023 | 2024 | 2025E | 2027E | CAGR 2024-2027E |\n"
            "|---|---|---|---|---|---|\n"
            "| Player performance | 842 | 1,036 | 1,268 | 1,870 | 21.8% |\n"
            "| Broadcast and fan engagement | 518 | 655 | 826 | 1,290 | 25.3% |\n"
            "| Scouting and recruitment | 214 | 271 | 342 | 528 | 25.0% |\n"
            "| Total | 1,574 | 1,962 | 2,436 | 3,688 | 23.4% |\n"
            "E = estimate. Source: Pitchside Analytics."
        ),
        obs=[
            ("Player performance", 2023, 842, "USD million", "actual"),
            ("Player performance", 2024, 1036, "USD million", "actual"),
            ("Player performance", 2025, 1268, "USD million", "estimate"),
            ("Player performance", 2027, 1870, "USD million", "estimate"),
            ("Broadcast and fan engagement", 2023, 518, "USD million", "actual"),
            ("Broadcast and fan engagement", 2024, 655, "USD million", "actual"),
            ("Broadcast and fan engagement", 2025, 826, "USD million", "estimate"),
            ("Broadcast and fan engagement", 2027, 1290, "USD million", "estimate"),
            ("Scouting and recruitment", 2023, 214, "USD million", "actual"),
            ("Scouting and recruitment", 2024, 271, "USD million", "actual"),
            ("Scouting and recruitment", 2025, 342, "USD million", "estimate"),
            ("Scouting and recruitment", 2027, 528, "USD million", "estimate"),
            ("Total", 2023, 1574, "USD million", "actual"),
            ("Total", 2024, 1962, "USD million", "actual"),
            ("Total", 2025, 2436, "USD million", "estimate"),
            ("Total", 2027, 3688, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21.8, "percent", 2024, 2027, None, "stated"),
            ("cagr", 25.3, "percent", 2024, 2027, None, "stated"),
            ("cagr", 25.0, "percent", 2024, 2027, None, "stated"),
            ("cagr", 23.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (1870 / 1036) ** (1 / 3) - 1 = 21.757% -> 21.8
            ("cagr", "exact"),  # (1290 / 655) ** (1 / 3) - 1 = 25.348% -> 25.3
            # (528 / 271) ** (1 / 3) - 1 = 24.898%, not 25.0 +- 0.05; bounds (527.5 / 271.5) -> 24.782%,
            # (528.5 / 270.5) -> 25.014%: 25.0 is reached only at the rounding
            ("cagr", "rounding"),
            ("cagr", "exact"),  # (3688 / 1962) ** (1 / 3) - 1 = 23.414% -> 23.4
            # 842 + 518 + 214 = 1574; 1036 + 655 + 271 = 1962; 1268 + 826 + 342 = 2436; 1870 + 1290 + 528 = 3688
            ("hierarchy", "exact"),
        ],
    ),
    # 32. a tab-separated table of fiscal years as rows in "(¥ million)": a "Sales" column, a "YoY" column, FY2025E
    dict(
        text=(
            "Japan AI track-inspection systems: sales (¥ million)\n"
            "Fiscal year\tSales\tYoY\n"
            "FY2021\t8,420\t—\n"
            "FY2022\t11,050\t31.2%\n"
            "FY2023\t14,380\t30.1%\n"
            "FY2024\t18,270\t27.1%\n"
            "FY2025E\t22,900\t25.3%\n"
            "Fiscal years end in March. E = estimate."
        ),
        obs=[
            ("Sales", 2021, 8420, "JPY million", "actual"),
            ("Sales", 2022, 11050, "JPY million", "actual"),
            ("Sales", 2023, 14380, "JPY million", "actual"),
            ("Sales", 2024, 18270, "JPY million", "actual"),
            ("Sales", 2025, 22900, "JPY million", "estimate"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2021, 2022, 1.0),
            ("growth", 30.1, "percent", 2022, 2023, 1.0),
            ("growth", 27.1, "percent", 2023, 2024, 1.0),
            ("growth", 25.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 11050 / 8420 - 1 = 31.235% -> 31.2
            ("cagr|implied", "exact"),  # 14380 / 11050 - 1 = 30.136% -> 30.1
            ("cagr|implied", "exact"),  # 18270 / 14380 - 1 = 27.051% -> 27.1
            ("cagr|implied", "exact"),  # 22900 / 18270 - 1 = 25.342% -> 25.3
        ],
    ),
    # 33. a Chinese aligned table under a title with its year and unit: 收入 and 占比 columns, its 合计 last, 100.0% no claim
    dict(
        text=(
            "2024年中国AI气象预报服务市场竞争格局（单位：亿元）\n"
            "服务商类型            收入        占比\n"
            "气象部门下属企业      12.6       38.5%\n"
            "互联网及云厂商         9.8       30.0%\n"
            "专业气象科技公司       7.1       21.7%\n"
            "其他                   3.2        9.8%\n"
            "合计                  32.7      100.0%"
        ),
        obs=[
            ("气象部门下属企业", 2024, 12.6, "CNY 100 million", "actual"),
            ("互联网及云厂商", 2024, 9.8, "CNY 100 million", "actual"),
            ("专业气象科技公司", 2024, 7.1, "CNY 100 million", "actual"),
            ("其他", 2024, 3.2, "CNY 100 million", "actual"),
            ("合计", 2024, 32.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 38.5, "percent", 2024, 2024, None),
            ("share", 30.0, "percent", 2024, 2024, None),
            ("share", 21.7, "percent", 2024, 2024, None),
            ("share", 9.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 12.6 / 32.7 = 38.532% -> 38.5
            ("arithmetic", "exact"),  # 9.8 / 32.7 = 29.969% -> 30.0
            ("arithmetic", "exact"),  # 7.1 / 32.7 = 21.713% -> 21.7
            ("arithmetic", "exact"),  # 3.2 / 32.7 = 9.786% -> 9.8
            ("hierarchy", "exact"),  # 12.6 + 9.8 + 7.1 + 3.2 = 32.7
        ],
    ),
    # 34. a tab-separated table in "(£m)" whose parts miss their "All sectors" row by 1 in both years, as its note
    #     warns: a ``hierarchy`` verdict reached only at the rounding
    dict(
        text=(
            "UK AI-based pest-monitoring services: spending by sector (£m)\n"
            "Sector\t2023\t2024\n"
            "Food manufacturing\t96\t131\n"
            "Hospitality\t28\t37\n"
            "Warehousing and logistics\t22\t29\n"
            "Other\t15\t19\n"
            "All sectors\t160\t217\n"
            "Components may not sum to totals because of rounding."
        ),
        obs=[
            ("Food manufacturing", 2023, 96, "GBP million", "actual"),
            ("Food manufacturing", 2024, 131, "GBP million", "actual"),
            ("Hospitality", 2023, 28, "GBP million", "actual"),
            ("Hospitality", 2024, 37, "GBP million", "actual"),
            ("Warehousing and logistics", 2023, 22, "GBP million", "actual"),
            ("Warehousing and logistics", 2024, 29, "GBP million", "actual"),
            ("Other", 2023, 15, "GBP million", "actual"),
            ("Other", 2024, 19, "GBP million", "actual"),
            ("All sectors", 2023, 160, "GBP million", "actual"),
            ("All sectors", 2024, 217, "GBP million", "actual"),
        ],
        claims=[],
        verdicts=[
            # 96 + 28 + 22 + 15 = 161, not 160; 131 + 37 + 29 + 19 = 216, not 217; each figure +- 0.5 (the parts
            # +- 2.0, the total +- 0.5) reaches it: only at the rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 35. a Chinese pipe table of years as columns (2025E, 2027E) with a 2024-2027年复合增长率 column (stated; one
    #     contradicted by its figures), its 表 number and 注 line boilerplate
    dict(
        text=(
            "表4 2023-2027年中国AI智慧水务市场规模及预测（单位：亿元）\n"
            "| 细分领域 | 2023 | 2024 | 2025E | 2027E | 2024-2027年复合增长率 |\n"
            "|---|---|---|---|---|---|\n"
            "| 管网漏损监测 | 18.6 | 24.3 | 31.5 | 51.2 | 28.2% |\n"
            "| 水厂智能调度 | 12.4 | 16.8 | 22.1 | 37.9 | 32.4% |\n"
            "| 水质预警与溯源 | 7.9 | 10.2 | 13.4 | 22.6 | 30.4% |\n"
            "| 合计 | 38.9 | 51.3 | 67.0 | 111.7 | 29.6% |\n"
            "注：E为预计值。"
        ),
        obs=[
            ("管网漏损监测", 2023, 18.6, "CNY 100 million", "actual"),
            ("管网漏损监测", 2024, 24.3, "CNY 100 million", "actual"),
            ("管网漏损监测", 2025, 31.5, "CNY 100 million", "estimate"),
            ("管网漏损监测", 2027, 51.2, "CNY 100 million", "estimate"),
            ("水厂智能调度", 2023, 12.4, "CNY 100 million", "actual"),
            ("水厂智能调度", 2024, 16.8, "CNY 100 million", "actual"),
            ("水厂智能调度", 2025, 22.1, "CNY 100 million", "estimate"),
            ("水厂智能调度", 2027, 37.9, "CNY 100 million", "estimate"),
            ("水质预警与溯源", 2023, 7.9, "CNY 100 million", "actual"),
            ("水质预警与溯源", 2024, 10.2, "CNY 100 million", "actual"),
            ("水质预警与溯源", 2025, 13.4, "CNY 100 million", "estimate"),
            ("水质预警与溯源", 2027, 22.6, "CNY 100 million", "estimate"),
            ("合计", 2023, 38.9, "CNY 100 million", "actual"),
            ("合计", 2024, 51.3, "CNY 100 million", "actual"),
            ("合计", 2025, 67.0, "CNY 100 million", "estimate"),
            ("合计", 2027, 111.7, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28.2, "percent", 2024, 2027, None, "stated"),
            ("cagr", 32.4, "percent", 2024, 2027, None, "stated"),
            ("cagr", 30.4, "percent", 2024, 2027, None, "stated"),
            ("cagr", 29.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (51.2 / 24.3) ** (1 / 3) - 1 = 28.200% -> 28.2
            # (37.9 / 16.8) ** (1 / 3) - 1 = 31.153%; bounds (37.85 / 16.85) -> 30.965%, (37.95 / 16.75) -> 31.341%:
            # 32.4 +- 0.05 outside
            ("cagr", "inconsistent"),
            ("cagr", "exact"),  # (22.6 / 10.2) ** (1 / 3) - 1 = 30.368% -> 30.4
            ("cagr", "exact"),  # (111.7 / 51.3) ** (1 / 3) - 1 = 29.612% -> 29.6
            # 18.6 + 12.4 + 7.9 = 38.9; 24.3 + 16.8 + 10.2 = 51.3; 31.5 + 22.1 + 13.4 = 67.0;
            # 51.2 + 37.9 + 22.6 = 111.7
            ("hierarchy", "exact"),
        ],
    ),
    # 36. a Traditional Chinese aligned table of years under 單位：新台幣百萬元: 產值 and 年增率 columns, 2025(E) and 2026(F)
    dict(
        text=(
            "臺灣AI智慧醫療軟體產值\n"
            "單位：新台幣百萬元\n"
            "年別        產值        年增率\n"
            "2022        8,640          —\n"
            "2023       10,920       26.4%\n"
            "2024       14,180       29.9%\n"
            "2025(E)    18,300       29.1%\n"
            "2026(F)    23,200       26.8%\n"
            "資料來源：數位產業策進會；E為預估值，F為預測值。"
        ),
        obs=[
            ("產值", 2022, 8640, "TWD million", "actual"),
            ("產值", 2023, 10920, "TWD million", "actual"),
            ("產值", 2024, 14180, "TWD million", "actual"),
            ("產值", 2025, 18300, "TWD million", "estimate"),
            ("產值", 2026, 23200, "TWD million", "estimate"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2022, 2023, 1.0),
            ("growth", 29.9, "percent", 2023, 2024, 1.0),
            ("growth", 29.1, "percent", 2024, 2025, 1.0),
            ("growth", 26.8, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 10920 / 8640 - 1 = 26.389% -> 26.4
            ("cagr|implied", "exact"),  # 14180 / 10920 - 1 = 29.853% -> 29.9
            ("cagr|implied", "exact"),  # 18300 / 14180 - 1 = 29.055% -> 29.1
            ("cagr|implied", "exact"),  # 23200 / 18300 - 1 = 26.776% -> 26.8
        ],
    ),
    # 37. a Hong Kong pipe table of one year (from the title) with an "HK$ million" column and a "Share" column
    dict(
        text=(
            "Hong Kong AI port and logistics software: revenue by customer type, 2024\n"
            "| Customer type | HK$ million | Share |\n"
            "|---|---|---|\n"
            "| Container terminals | 312.4 | 46.2% |\n"
            "| Freight forwarders | 228.6 | 33.8% |\n"
            "| Warehousing operators | 96.3 | 14.2% |\n"
            "| Other | 38.9 | 5.8% |\n"
            "| Total | 676.2 | 100.0% |"
        ),
        obs=[
            ("Container terminals", 2024, 312.4, "HKD million", "actual"),
            ("Freight forwarders", 2024, 228.6, "HKD million", "actual"),
            ("Warehousing operators", 2024, 96.3, "HKD million", "actual"),
            ("Other", 2024, 38.9, "HKD million", "actual"),
            ("Total", 2024, 676.2, "HKD million", "actual"),
        ],
        claims=[
            ("share", 46.2, "percent", 2024, 2024, None),
            ("share", 33.8, "percent", 2024, 2024, None),
            ("share", 14.2, "percent", 2024, 2024, None),
            ("share", 5.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 312.4 / 676.2 = 46.199% -> 46.2
            ("arithmetic", "exact"),  # 228.6 / 676.2 = 33.807% -> 33.8
            ("arithmetic", "exact"),  # 96.3 / 676.2 = 14.241% -> 14.2
            ("arithmetic", "exact"),  # 38.9 / 676.2 = 5.753% -> 5.8
            ("hierarchy", "exact"),  # 312.4 + 228.6 + 96.3 + 38.9 = 676.2
        ],
    ),
    # 38. an aligned table of years in "(US$ bn)" with F years ("F = forecast") and a "YoY" column, one contradicted
    dict(
        text=(
            "Global AI-driven precision irrigation controllers: revenue (US$ bn)\n"
            "Year         Revenue      YoY\n"
            "2022           1.42        —\n"
            "2023           1.71      20.4%\n"
            "2024           2.08      21.6%\n"
            "2025F          2.55      22.6%\n"
            "2026F          3.12      24.1%\n"
            "F = forecast"
        ),
        obs=[
            ("Revenue", 2022, 1.42, "USD billion", "actual"),
            ("Revenue", 2023, 1.71, "USD billion", "actual"),
            ("Revenue", 2024, 2.08, "USD billion", "actual"),
            ("Revenue", 2025, 2.55, "USD billion", "estimate"),
            ("Revenue", 2026, 3.12, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 20.4, "percent", 2022, 2023, 1.0),
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
            ("growth", 22.6, "percent", 2024, 2025, 1.0),
            ("growth", 24.1, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.71 / 1.42 - 1 = 20.423% -> 20.4
            ("cagr|implied", "exact"),  # 2.08 / 1.71 - 1 = 21.637% -> 21.6
            ("cagr|implied", "exact"),  # 2.55 / 2.08 - 1 = 22.596% -> 22.6
            # 3.12 / 2.55 - 1 = 22.353%; bounds (3.115 / 2.555) -> 21.918%, (3.125 / 2.545) -> 22.790%:
            # 24.1 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 39. a Chinese tab-separated table of years whose value column is headed by its unit only (亿元: the market's
    #     ``Total``), a 同比增长 column, 2025E an estimate
    dict(
        text=(
            "2020-2025年中国AI招聘服务市场规模\n"
            "年份\t亿元\t同比增长\n"
            "2020\t21.5\t—\n"
            "2021\t28.9\t34.4%\n"
            "2022\t37.6\t30.1%\n"
            "2023\t45.2\t20.2%\n"
            "2024\t58.7\t29.9%\n"
            "2025E\t74.1\t26.2%\n"
            "注：2025E为预测值。"
        ),
        obs=[
            ("Total", 2020, 21.5, "CNY 100 million", "actual"),
            ("Total", 2021, 28.9, "CNY 100 million", "actual"),
            ("Total", 2022, 37.6, "CNY 100 million", "actual"),
            ("Total", 2023, 45.2, "CNY 100 million", "actual"),
            ("Total", 2024, 58.7, "CNY 100 million", "actual"),
            ("Total", 2025, 74.1, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 34.4, "percent", 2020, 2021, 1.0),
            ("growth", 30.1, "percent", 2021, 2022, 1.0),
            ("growth", 20.2, "percent", 2022, 2023, 1.0),
            ("growth", 29.9, "percent", 2023, 2024, 1.0),
            ("growth", 26.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 28.9 / 21.5 - 1 = 34.419% -> 34.4
            ("cagr|implied", "exact"),  # 37.6 / 28.9 - 1 = 30.104% -> 30.1
            ("cagr|implied", "exact"),  # 45.2 / 37.6 - 1 = 20.213% -> 20.2
            ("cagr|implied", "exact"),  # 58.7 / 45.2 - 1 = 29.867% -> 29.9
            ("cagr|implied", "exact"),  # 74.1 / 58.7 - 1 = 26.235% -> 26.2
        ],
    ),
    # 40. a pipe table of fiscal years as rows in "(¥ billion)" whose value columns are its items, "Total" the last
    dict(
        text=(
            "Japan AI elder-care monitoring market (¥ billion)\n"
            "| Fiscal year | Devices | Software and services | Total |\n"
            "|---|---|---|---|\n"
            "| 2022 | 18.4 | 9.7 | 28.1 |\n"
            "| 2023 | 21.9 | 13.2 | 35.1 |\n"
            "| 2024 | 25.6 | 17.8 | 43.4 |\n"
            "| 2025E | 29.8 | 23.5 | 53.3 |\n"
            "| 2026E | 34.1 | 30.2 | 64.3 |\n"
            "Fiscal years to March; E = estimate."
        ),
        obs=[
            ("Devices", 2022, 18.4, "JPY billion", "actual"),
            ("Devices", 2023, 21.9, "JPY billion", "actual"),
            ("Devices", 2024, 25.6, "JPY billion", "actual"),
            ("Devices", 2025, 29.8, "JPY billion", "estimate"),
            ("Devices", 2026, 34.1, "JPY billion", "estimate"),
            ("Software and services", 2022, 9.7, "JPY billion", "actual"),
            ("Software and services", 2023, 13.2, "JPY billion", "actual"),
            ("Software and services", 2024, 17.8, "JPY billion", "actual"),
            ("Software and services", 2025, 23.5, "JPY billion", "estimate"),
            ("Software and services", 2026, 30.2, "JPY billion", "estimate"),
            ("Total", 2022, 28.1, "JPY billion", "actual"),
            ("Total", 2023, 35.1, "JPY billion", "actual"),
            ("Total", 2024, 43.4, "JPY billion", "actual"),
            ("Total", 2025, 53.3, "JPY billion", "estimate"),
            ("Total", 2026, 64.3, "JPY billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 18.4 + 9.7 = 28.1; 21.9 + 13.2 = 35.1; 25.6 + 17.8 = 43.4; 29.8 + 23.5 = 53.3; 34.1 + 30.2 = 64.3
            ("hierarchy", "exact"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "forty-sixth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 5, "inconsistent": 5, "rounding": 5, "exact": 58}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "Report Overview\n",
    "Key Market Insights\n",
    "Market Size & Forecast\n",
    "• CAGR (2025-2032): 21.4%",
    "clocked ¥41.8 billion",
    "up 18 per cent on the ¥35.4 billion",
    "edge up to ¥43.9 billion this year",
    "stood at €6.85 billion in 2024, an increase of 14.6%",
    "racked up $412m in revenue last year, +31% on 2023",
    "That's a 37.9% CAGR",
    "a 2024-28E CAGR of 23.2%",
    "We size the total addressable market for",
    "or about 21% a year",
    "aims to grow the sector to £3.0 billion by 2030",
    "an 18% YoY increase from $1.08B in 2023",
    "could be worth €1.1 billion by 2032",
    "about 3.5 times where it was",
    "is pegged at $3.62 billion this year",
    "is set to top $7 billion in 2028",
    "contracted to $1.46 billion in 2024",
    "a 7.6% fall",
    "grew 18pc to £742m last year",
    "took 44pc of the total",
    "expanded 22.4 per cent in 2024 to HK$1.38 billion",
    "edged up 3.2% to NT$48.7 billion",
    "between 9.5 billion and 10.5 billion yuan by 2027",
    "由2023年的9.6亿元增至13.2亿元，增幅37.5%",
    "2024—2028年年均复合增长率为33.2%",
    "人民代表大会第五次会议上）\n",
    "到2027年，力争突破200亿元",
    "年均增长30%左右",
    "一、报告期内公司所处行业情况",
    "比上年的52.8亿元增长18.3%",
    "是2022年（8,600万元）的2.9倍",
    "市场空间约为46亿元",
    "同比下降4.2%，2023年为184.1亿元",
    "年均复合增速约24%",
    "2027年更上看2,000億元",
    "2024至2030年複合成長率達35.2%",
    "按年上升12.5%",
    "可望達新台幣1,120億元，較去年的842億元成長33%，明年挑戰1,400億元",
    "| CAGR 2024-2027E |",
    "FY2025E\t22,900\t25.3%",
    "服务商类型            收入        占比",
    "All sectors\t160\t217",
    "| 2024-2027年复合增长率 |",
    "單位：新台幣百萬元",
    "| HK$ million | Share |",
    "2026F          3.12      24.1%",
    "年份\t亿元\t同比增长",
    "| Fiscal year | Devices | Software and services | Total |",
)
#: the set's blind score (set when it was first scored, a held-out check of the rules the forty-fourth and forty-fifth
#: sets had shown wanting): 165 figures, 51 rates, 59 verdicts and 2 false inconsistent (the code this round started
#: from: 164, 51, 59, 2); its floors are its score after the rules it then showed wanting (a bare "¥" in a text of
#: Japan, a "年別" column of years, the day a statement was made dating the text, 零售额 ending a part's name, a dateline
#: that opens on its date and then names its outlet: "2025年10月2日 工商日報記者新竹報導——")
FLOORS = {"figures_found": 181, "rates_found": 56, "verdicts_right": 67}
#: no false inconsistent verdict is left; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset46.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
