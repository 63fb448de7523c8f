"""A nineteenth check set for the extractor, written blind: syndicated research releases, newsletters and keynotes,
notices, slides and papers, annual reports, newspapers in both scripts, plans and posts, and tables in every layout.

The records have the format of :mod:`extract_corpus` (``text``; ``obs`` as (item, year, value, unit, status);
``claims`` as (kind, value, unit, start_year, end_year, period_years[, period]); ``verdicts`` as (check, verdict)
rows, ``|`` separating acceptable alternatives) and are scored by its :func:`extract_corpus.score`. They were
written without looking at the extractor's rules, without running it on them, and without reading the earlier
check sets' snippets. The sources: syndicated market-research press releases ("was valued at USD 2.08 billion in
2024 and is projected to grow from ... to ... by 2032, exhibiting a CAGR of", "over the forecast period"); a venture
newsletter (rounds in "mn", a market in "B", "nearly triple"); a conference keynote's recap ("close to a four-fold
jump"); an agency's sources-sought notice (a contract ceiling, fiscal years); a consultancy's executive-summary
bullets ("• 2024: $4.2B", "▲ 40% YoY", 2025E, 2027F); an encyclopedia paragraph with a note mark; an investor day's
slide text pasted from PDF (words hyphenated across lines, a year on the line after its figure, the page number and
running header inside the text); an academic paper's introduction citing its figures ([12]); a podcast transcript;
English coverage of China in billion and trillion yuan and of Singapore in S$ beside US$ ("roughly double"); a
range ("between $3.1 and $3.4 billion", 300-350亿元); a company's share moved in percentage points and a margin in
basis points; a Chinese annual report's segment discussion and table (营业收入, 同比增长, 占营业收入的比重, 万元,
同比增减); a Taiwan newspaper (億美元, 年增, 預估, 上看) and a Hong Kong one (億港元 beside 億美元, 兩成); a
provincial plan (到2027年, 力争突破, 年均增长20%以上); a self-media post with emoji and 【】 headings; figures in
Chinese numerals (八百亿元, 三千亿元, 近四倍, 近两成, 五成); a research house's and a city's statistics (年均复合增长率,
年均增长); and tables as pipe markdown, tab-separated and space-aligned text, with units in a caption, a header or a
units line, total rows (Total, 合计), a share column, year-on-year columns (同比, 年增率, YoY), CAGR columns, E and F
years (2025E, 2028F, 2025(F)), blank cells, footnote marks on figures (33.6*, 660†), parts that add up to the total
row, parts that miss it by a rounding step and parts that miss it by far. Markets vary (AI in agriculture, AI
governance software, synthetic data, AI PCs, AI security, generative AI in advertising, speech recognition, AI
chips for cars, AI in legal, smart glasses, AI phones, 算力租赁, 大模型一体机, 数字人); publishers and companies are
invented, the sentences are the project's own and the figures plausible.

Conventions, as in the earlier sets: a whole market's figure belongs to item ``Total``; a part's amount in prose to
the part's name as printed, less a leading "the", first letter in capitals; a table's figure to its row label as
printed (a total row's label too), and in a vertical table, whose rows are years, to its value column's header (a
lone column headed by its unit only is the market's ``Total``). On an earnings call, the total addressable market a
company sizes is the market (``Total``). A second market named beside the first is an item of its own name, never
summed with the ``Total``. Each (item, year) is expected once, at its most precise statement, in its printed unit;
an approximate figure ("roughly", "nearly", "just over", 约, 近, 超过, 突破) is expected at its printed figure. When
an article sets a second publisher's figure for the same year beside the first publisher's, the first one (whose
base, target and rate the text gives) is the snippet's figure and the second is expected nowhere. A range gives two
``value`` claims for its year. Boilerplate figures (datelines, report and exhibit numbers, a plan's title years,
footnote marks, headcounts, counts of firms, gigawatts of capacity, a listicle's count) are expected nowhere; so are a
quarter's figure beside yearly ones, the figure a restated or revised one replaces, a bull case beside the base
case, a share given only as a fraction in words ("about a third of the market"), and a percentage that is no share of
the market (a margin, a penetration, adoption or 導入率 rate, a survey's answer). An amount in a currency the bundled
unit table holds (yen) is the year's observation in that currency, and a rough dollar conversion printed beside it
is none; an amount in a currency the table does not hold (won, rupees, riyals, 新台幣) is no observation, but a US$
figure printed beside it is the year's observation, and its stated rate is a claim and gets its verdict from the
amounts in that currency. A fiscal year counts as its number (fiscal 2027, FY24 -> 2027, 2024). "Last year" / 去年 is
the year before the dateline's, "this year" / 今年 the dateline's. A share is ("share", N, "percent", YEAR, YEAR,
None); a table's 100% total is no claim. A stated CAGR carries no ``period_years`` and is ``stated`` when its span is
printed, ``inferred`` when only the years of its amounts give it (its verdict then read as ``cagr|period``); a
year-on-year rate carries 1 (its verdict read as ``cagr|implied``; "grew by half" is 50%); a multiple between two
years carries their distance ("nearly tripled" as x3, "five-fold" as x5, "doubled", 翻番 and 翻了一番多 as x2, 增长4倍
-- grew by four times over -- as x5) and gets no verdict. The base of a forecast is ``actual``; a figure a forecast
cue or a target governs (expects, project, could be, 预计, 預估, 力争, 突破), an E or F column, or a year after the
dateline's, ``estimate``. A share whose part and whole are printed gets an ``arithmetic`` verdict, a rate whose two
amounts are printed a ``cagr`` one and a table whose rows add to its total row a ``hierarchy`` one: ``exact`` when
the recomputed figure rounds to the printed one, ``rounding`` when only some reading of the printed inputs (each at
half its last digit either way) reaches it, ``inconsistent`` when none does; (end / start) ** (1 / years) - 1, with
the arithmetic and its bounds in the comment beside each verdict.

What this set's sources add to them: a funding newsletter's rounds and weekly totals, a notice's contract ceiling, a
company's net profit, a slide's page number and a paper's reference marks ([12]) are expected nowhere, and so is a
change stated in percentage points or basis points (个百分点, bps), which is no rate of the market (the share it leads
to is a share). In an annual report's segment discussion the company's 营业收入 is the whole (``Total``) and each
business a part by its name as printed. A figure in Chinese numerals is expected in digits (三千亿元 -> 3000, CNY 100
million); a share in tenths (两成, 近两成, 五成) is a fraction in words. "Close to a four-fold jump" and
约为……的近四倍 are x4, "roughly double" x2, "nearly triple" x3. "bn", "B" and "billion" are USD billion, "mn" and
"M" USD million; "billion yuan" and "trillion yuan" are CNY billion and CNY trillion, each figure in its own unit.
港元 and S$ are currencies the unit table does not hold. In a table, a blank cell is no figure and a footnote mark on
a figure leaves the figure as printed.
``python tests/extract_checkset19.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------- English prose (1-16)
    # 1. A syndicated research release: valued at / projected to grow from / exhibiting a CAGR, its span printed.
    dict(
        text="PUNE, India, March 11, 2025 (NewsLink Wire) -- The global AI in agriculture market size was valued at "
             "USD 2.08 billion in 2024 and is projected to grow from USD 2.49 billion in 2025 to USD 9.36 billion by "
             "2032, exhibiting a CAGR of 20.8% during the forecast period (2025-2032), according to a new study by "
             "Verdance Market Insights. North America dominated the AI in agriculture market with a share of 38.2% "
             "in 2024, on the back of precision-spraying and yield-forecasting deployments. The report profiles 24 "
             "key players across 18 countries.",
        obs=[("Total", 2024, 2.08, "USD billion", "actual"),
             ("Total", 2025, 2.49, "USD billion", "estimate"),
             ("Total", 2032, 9.36, "USD billion", "estimate")],
        claims=[("cagr", 20.8, "percent", 2025, 2032, None, "stated"),
                ("share", 38.2, "percent", 2024, 2024, None)],
        verdicts=[("cagr", "exact")],  # (9.36 / 2.49) ** (1 / 7) - 1 = 20.82% -> 20.8%
    ),
    # 2. A syndicated release whose CAGR runs "over the forecast period": its span only from its amounts' years.
    dict(
        text="NEW YORK, Feb. 4, 2025 -- The AI governance software market was worth USD 0.89 billion in 2024 and is "
             "expected to reach USD 5.76 billion by 2029, growing at a CAGR of 48.2% over the forecast period, says "
             "a new report from Orbis & Lane Research. Stricter model-risk rules in banking and the obligations the "
             "EU AI Act sets for high-risk systems are the main drivers. By organization size, large enterprises "
             "accounted for 71.5% of revenue in 2024; by deployment, cloud is the faster-growing segment.",
        obs=[("Total", 2024, 0.89, "USD billion", "actual"),
             ("Total", 2029, 5.76, "USD billion", "estimate")],
        claims=[("cagr", 48.2, "percent", 2024, 2029, None, "inferred"),
                ("share", 71.5, "percent", 2024, 2024, None)],
        # (5.76 / 0.89) ** (1 / 5) - 1 = 45.28%; bounds (5.755 / 0.895) ** 0.2 - 1 = 45.09% to
        # (5.765 / 0.885) ** 0.2 - 1 = 45.47%, far below 48.15%
        verdicts=[("cagr|period", "inconsistent")],
    ),
    # 3. A venture newsletter: rounds in "mn" and the week's total are no market figures; the market in "B".
    dict(
        text="Deal Flow Weekly · Issue 87 · June 6, 2025\n"
             "🟢 Synthara (London) closed a $48mn Series B led by Halden Capital to scale its synthetic-data "
             "platform for banks and insurers. CEO Priya Nandakumar sizes the synthetic data market at about $1.6B "
             "this year and says it should nearly triple, to $4.7B, by 2028.\n"
             "🟢 Also raising: Vellum Labs ($12mn seed), Quorra AI ($30mn Series A).\n"
             "📊 The week's 17 AI deals raised $1.2bn in total.",
        # this year's figure, in June, is an estimate: the year is not over (as the later sets read "this year")
        obs=[("Total", 2025, 1.6, "USD billion", "estimate"),
             ("Total", 2028, 4.7, "USD billion", "estimate")],
        claims=[("multiple", 3.0, "multiple", 2025, 2028, 3.0)],  # 4.7 / 1.6 = 2.94, "nearly triple"
        verdicts=[],
    ),
    # 4. A keynote's recap: "last year" from the event's year, a multiple in words, a headcount and an NPU rate.
    dict(
        text="Keynote recap: Northgate DevCon 2025, day two\n"
             "Halvorsen Micro chief executive Dana Ruiz opened the second morning in front of roughly 6,000 "
             "developers with a single number: AI PCs, she said, will be a $118 billion business by 2028, up from $31 "
             "billion last year, \"close to a four-fold jump in four years.\" Ruiz said 43% of the notebooks "
             "Halvorsen shipped this year carry a dedicated NPU, then handed over to a live demo of offline "
             "translation.",
        obs=[("Total", 2024, 31, "USD billion", "actual"),
             ("Total", 2028, 118, "USD billion", "estimate")],
        claims=[("multiple", 4.0, "multiple", 2024, 2028, 4.0)],  # 118 / 31 = 3.81, "close to a four-fold jump"
        verdicts=[],
    ),
    # 5. A sources-sought notice: a solicitation number and a contract ceiling, the market in fiscal years.
    dict(
        text="SOURCES SOUGHT NOTICE — Solicitation No. 70RSAT25R00000412\n"
             "Posted: 2 June 2025. The Agency seeks vendors of AI security tooling (model scanning, prompt-injection "
             "defence, AI red-teaming). Estimated contract ceiling: $14.5 million over a base year and four option "
             "years. Market research supporting this notice found that the federal market for AI security products "
             "reached $2.3 billion in fiscal 2024 and is forecast at $3.1 billion in fiscal 2026, an average annual "
             "growth of about 16%. Responses are due by 4:00 p.m. ET on 14 August 2025.",
        obs=[("Total", 2024, 2.3, "USD billion", "actual"),
             ("Total", 2026, 3.1, "USD billion", "estimate")],
        claims=[("cagr", 16.0, "percent", 2024, 2026, None, "inferred")],
        verdicts=[("cagr|period", "exact")],  # (3.1 / 2.3) ** (1 / 2) - 1 = 16.10% -> 16%
    ),
    # 6. A consultancy's executive-summary bullets: "$4.2B", E and F years, "▲ 40% YoY", a CAGR bullet, a survey.
    dict(
        text="Executive summary: generative AI in advertising (global)\n"
             "• 2024: $4.2B\n"
             "• 2025E: $5.9B ▲ 40% YoY\n"
             "• 2027F: $11.8B\n"
             "• CAGR 2024-27: 41%\n"
             "• Largest use case: creative versioning, 46% of spend (2025E)\n"
             "• Brands piloting: 7 in 10 of the 120 surveyed",
        obs=[("Total", 2024, 4.2, "USD billion", "actual"),
             ("Total", 2025, 5.9, "USD billion", "estimate"),
             ("Total", 2027, 11.8, "USD billion", "estimate")],
        claims=[("growth", 40.0, "percent", 2024, 2025, 1.0),
                ("cagr", 41.0, "percent", 2024, 2027, None, "stated"),
                ("share", 46.0, "percent", 2025, 2025, None)],
        verdicts=[("cagr|implied", "exact"),  # 5.9 / 4.2 - 1 = 40.48% -> 40%
                  ("cagr", "exact")],  # (11.8 / 4.2) ** (1 / 3) - 1 = 41.11% -> 41%
    ),
    # 7. An encyclopedia paragraph: a history's years, a note mark, round amounts under a rate to a tenth.
    dict(
        text="Speech recognition is the conversion of spoken language into text by a computer. Early systems such as "
             "Bell Laboratories' Audrey (1952) recognised spoken digits from a single speaker, and large-vocabulary "
             "dictation reached personal computers in the 1990s. Measured commercially, the speech and voice "
             "recognition market was valued at about US$15 billion in 2023 and is projected to reach US$61 billion "
             "by 2030, a compound annual growth rate of 22.5% between 2023 and 2030.[3] Most of that revenue comes "
             "from cloud services sold to contact centres, carmakers and hospitals.",
        obs=[("Total", 2023, 15, "USD billion", "actual"),
             ("Total", 2030, 61, "USD billion", "estimate")],
        claims=[("cagr", 22.5, "percent", 2023, 2030, None, "stated")],
        # (61 / 15) ** (1 / 7) - 1 = 22.19%, not 22.5%; bounds (60.5 / 15.5) ** (1 / 7) - 1 = 21.48% to
        # (61.5 / 14.5) ** (1 / 7) - 1 = 22.93%, which reach 22.45-22.55%
        verdicts=[("cagr", "rounding")],
    ),
    # 8. An investor day's slide text pasted from PDF: hyphenation across lines, the year on the next line, the page
    #    number and the running header inside the text, a margin target and a count of design wins.
    dict(
        text="LUMORA SEMICONDUCTOR · INVESTOR DAY 2025\n"
             "Automotive AI compute: a fast-grow-\n"
             "ing, under-served market\n"
             "• The market for AI SoCs in vehicles reached\n"
             "$6.8 bn in 2024; we ex-\n"
             "pect $19.5 bn in\n"
             "2029 (CAGR 2024-29: 23%)\n"
             "• Design wins at 9 of the top 15 OEMs\n"
             "• Gross margin target: 58-60%\n"
             "14\n"
             "LUMORA SEMICONDUCTOR · INVESTOR DAY 2025\n"
             "Forward-looking statements: see slide 2.",
        obs=[("Total", 2024, 6.8, "USD billion", "actual"),
             ("Total", 2029, 19.5, "USD billion", "estimate")],
        claims=[("cagr", 23.0, "percent", 2024, 2029, None, "stated")],
        verdicts=[("cagr", "exact")],  # (19.5 / 6.8) ** (1 / 5) - 1 = 23.45% -> 23%
    ),
    # 9. An academic paper's introduction: bracketed references, "more than", a yearly rate, a survey's share.
    dict(
        text="1 Introduction\n"
             "Legal practice consists largely of reading and drafting, which has made it an early target for large "
             "language models [4, 5]. Industry estimates put the market for AI in legal services at $1.45 billion "
             "in 2023 [12], with growth to more than $3.9 billion expected by 2028 [13], or roughly 22% a year. "
             "Adoption nonetheless remains uneven: in a survey of 412 firms, only 28% reported routine use of such "
             "tools [7]. This paper asks whether retrieval-augmented models reduce citation errors in briefs.",
        obs=[("Total", 2023, 1.45, "USD billion", "actual"),
             ("Total", 2028, 3.9, "USD billion", "estimate")],
        claims=[("cagr", 22.0, "percent", 2023, 2028, None, "inferred")],
        verdicts=[("cagr|period", "exact")],  # (3.9 / 1.45) ** (1 / 5) - 1 = 21.88% -> 22%
    ),
    # 10. Singapore dollars beside US dollars: the US$ figures are the observations, the rate checked on the S$ ones.
    dict(
        text="SINGAPORE, 3 September 2025 — Spending on AI governance and model-risk software in Singapore reached "
             "S$410 million (US$305 million) last year, and the financial regulator's fintech office expects it to "
             "pass S$1 billion (US$745 million) by 2028, growth of roughly 25% a year as banks inventory their "
             "models ahead of new supervisory guidance.",
        obs=[("Total", 2024, 305, "USD million", "actual"),
             ("Total", 2028, 745, "USD million", "estimate")],
        claims=[("cagr", 25.0, "percent", 2024, 2028, None, "inferred")],
        # S$: (1000 / 410) ** (1 / 4) - 1 = 24.97% -> 25%; US$: (745 / 305) ** (1 / 4) - 1 = 25.02% -> 25%
        verdicts=[("cagr|period", "exact")],
    ),
    # 11. A range for this year beside last year's figure.
    dict(
        text="LONDON, 18 March 2025 — Smart glasses are having a moment. Analysts at Kerrow & Pike put this year's "
             "global smart-glasses market at between $3.1 and $3.4 billion, against $2.2 billion in 2024, as frames "
             "with a camera and a voice assistant outsell VR headsets for the first time.",
        obs=[("Total", 2024, 2.2, "USD billion", "actual")],
        claims=[("value", 3.1, "USD billion", 2025, 2025, None),
                ("value", 3.4, "USD billion", 2025, 2025, None)],
        verdicts=[],
    ),
    # 12. A company's share moved in percentage points and its margin in basis points, beside the market's growth.
    dict(
        text="Worldwide revenue from AI phones — handsets that run a generative model on the device — reached $152 "
             "billion in 2024, up 36% from $112 billion in 2023, according to Tallis Data. Marco Mobile's share of "
             "that market rose 2.1 percentage points to 18.4%, while its gross margin slipped 120 bps to 21.3% as it "
             "cut prices in India and Brazil.",
        obs=[("Total", 2023, 112, "USD billion", "actual"),
             ("Total", 2024, 152, "USD billion", "actual")],
        claims=[("growth", 36.0, "percent", 2023, 2024, 1.0),
                ("share", 18.4, "percent", 2024, 2024, None)],
        verdicts=[("cagr|implied", "exact")],  # 152 / 112 - 1 = 35.71% -> 36%
    ),
    # 13. English on China: billion and trillion yuan, each in its own unit; a utilisation rate.
    dict(
        text="BEIJING, May 20, 2025 — China's market for leased AI computing power, in which data-centre operators "
             "rent out GPU clusters by the month, will top 1.2 trillion yuan by 2030, from about 260 billion yuan in "
             "2024, a state-backed think tank said on Tuesday. Utilisation of the country's intelligent-computing "
             "centres averaged just over 30% last year, it added.",
        obs=[("Total", 2024, 260, "CNY billion", "actual"),
             ("Total", 2030, 1.2, "CNY trillion", "estimate")],
        claims=[],
        verdicts=[],
    ),
    # 14. A podcast transcript: round amounts under a rate to a tenth, its span printed.
    dict(
        text="[Transcript: The Threat Model podcast, episode 58]\n"
             "HOST: So how big is the AI security market, really?\n"
             "GUEST: We size it at roughly $9 billion in 2024, and we think it gets to $21 billion by 2029. That's a "
             "compound annual growth rate of 18.9% over 2024-2029.\n"
             "HOST: Driven by what?\n"
             "GUEST: Mostly by agents. Once a model can act, somebody has to watch it.",
        obs=[("Total", 2024, 9, "USD billion", "actual"),
             ("Total", 2029, 21, "USD billion", "estimate")],
        claims=[("cagr", 18.9, "percent", 2024, 2029, None, "stated")],
        # (21 / 9) ** (1 / 5) - 1 = 18.47%, not 18.9%; bounds (20.5 / 9.5) ** 0.2 - 1 = 16.63% to
        # (21.5 / 8.5) ** 0.2 - 1 = 20.39%, which reach 18.85-18.95%
        verdicts=[("cagr", "rounding")],
    ),
    # 15. Amounts in "M" with a year-on-year rate their figures contradict.
    dict(
        text="Digital humans — AI-generated presenters that host live-stream shopping, read the news or staff a "
             "bank's help screen — brought in $680M worldwide in 2024, up 85% from $410M a year earlier, according "
             "to Pellucid Insights' first tracker of the segment. Live commerce was the largest use.",
        obs=[("Total", 2023, 410, "USD million", "actual"),
             ("Total", 2024, 680, "USD million", "actual")],
        claims=[("growth", 85.0, "percent", 2023, 2024, 1.0)],
        # 680 / 410 - 1 = 65.85%; bounds 679.5 / 410.5 - 1 = 65.53% to 680.5 / 409.5 - 1 = 66.18%, far below 84.5%
        verdicts=[("cagr|implied", "inconsistent")],
    ),
    # 16. "Roughly double" into this year, in billion yuan.
    dict(
        text="SHANGHAI, April 2, 2025 — Government agencies and state-owned enterprises in China spent 16.8 billion "
             "yuan on all-in-one large-model appliances — servers sold with an open-weight model pre-installed — in "
             "2024, and Sinomark Research expects that to roughly double, to 34.5 billion yuan, this year as "
             "ministries move pilots into production.",
        obs=[("Total", 2024, 16.8, "CNY billion", "actual"),
             ("Total", 2025, 34.5, "CNY billion", "estimate")],
        claims=[("multiple", 2.0, "multiple", 2024, 2025, 1.0)],  # 34.5 / 16.8 = 2.05, "roughly double"
        verdicts=[],
    ),
    # ------------------------------------------------------------------------------------------ Chinese prose (17-30)
    # 17. An annual report's segment discussion: 营业收入 the whole, the businesses its parts, a net profit, 占比 and
    #     个百分点.
    dict(
        text="第三节 管理层讨论与分析\n"
             "一、报告期内公司所处行业情况及主要经营成果\n"
             "2024年度，公司实现营业收入48.62亿元，同比增长21.4%；实现归属于上市公司股东的净利润3.17亿元。分业务看，"
             "算力租赁业务实现营业收入12.35亿元，同比增长63.8%，占营业收入的比重为25.4%，较上年提高6.5个百分点；"
             "IDC业务实现营业收入30.11亿元，同比增长9.7%。",
        obs=[("Total", 2024, 48.62, "CNY 100 million", "actual"),
             ("算力租赁业务", 2024, 12.35, "CNY 100 million", "actual"),
             ("IDC业务", 2024, 30.11, "CNY 100 million", "actual")],
        claims=[("growth", 21.4, "percent", 2023, 2024, 1.0),
                ("growth", 63.8, "percent", 2023, 2024, 1.0),
                ("share", 25.4, "percent", 2024, 2024, None),
                ("growth", 9.7, "percent", 2023, 2024, 1.0)],
        verdicts=[("arithmetic", "exact")],  # 12.35 / 48.62 = 25.40% -> 25.4%
    ),
    # 18. A Taiwan newspaper in Traditional Chinese: 億美元, 年增, 預估, 上看, and a shipment ratio.
    dict(
        text="〔記者陳怡君／台北報導〕生成式AI帶動新一波換機潮。研調機構鼎新研究最新報告指出，2024年全球AI手機市場規模"
             "達1,580億美元，年增42%；預估2025年將成長至2,130億美元，年增34.8%，2026年更上看2,700億美元。報告並指出，"
             "AI手機占整體智慧型手機出貨比重將由今年的32%提升至2026年的51%。",
        obs=[("Total", 2024, 1580, "USD 100 million", "actual"),
             ("Total", 2025, 2130, "USD 100 million", "estimate"),
             ("Total", 2026, 2700, "USD 100 million", "estimate")],
        claims=[("growth", 42.0, "percent", 2023, 2024, 1.0),
                ("growth", 34.8, "percent", 2024, 2025, 1.0)],
        verdicts=[("cagr|implied", "exact")],  # 2130 / 1580 - 1 = 34.81% -> 34.8%
    ),
    # 19. A Hong Kong newspaper: 億港元 with 億美元 beside each; 去年 from the dateline; 兩成 of something else.
    dict(
        text="2025年6月12日【本報訊】本港數字人產業發展迅速。香港數碼經濟研究中心昨日發表報告，指去年香港數字人市場規模"
             "約為18.6億港元（約2.4億美元），預計到2028年將增至47.5億港元（約6.1億美元），年均增長約26%。報告又指，"
             "數字人主播已佔本地直播電商場次約兩成，惟消費者對其信任度仍然偏低。",
        obs=[("Total", 2024, 2.4, "USD 100 million", "actual"),
             ("Total", 2028, 6.1, "USD 100 million", "estimate")],
        claims=[("cagr", 26.0, "percent", 2024, 2028, None, "inferred")],
        # HK$: (47.5 / 18.6) ** (1 / 4) - 1 = 26.41% -> 26%; US$: (6.1 / 2.4) ** (1 / 4) - 1 = 26.26% -> 26%
        verdicts=[("cagr|period", "exact")],
    ),
    # 20. A provincial plan: the title's years, 到2027年 力争突破, 年均增长20%以上 from the base year's figure.
    dict(
        text="省政府办公厅日前印发《江淮省人工智能产业高质量发展行动方案（2025—2027年）》。方案提出，到2027年，全省人工"
             "智能核心产业规模力争突破1500亿元，年均增长20%以上，培育5家左右具有全国影响力的领航企业，建设10个以上省级"
             "人工智能特色园区。据省工业和信息化厅统计，2024年全省人工智能核心产业规模为860亿元。",
        obs=[("Total", 2024, 860, "CNY 100 million", "actual"),
             ("Total", 2027, 1500, "CNY 100 million", "estimate")],
        claims=[("cagr", 20.0, "percent", 2024, 2027, None, "inferred")],
        verdicts=[("cagr|period", "exact")],  # (1500 / 860) ** (1 / 3) - 1 = 20.37% -> 20%
    ),
    # 21. A self-media post: emoji, 【】 headings, 约 and 左右, two year-on-year rates, 近两成.
    dict(
        text="2025-03-08 发布于浙江\n"
             "【干货】一文看懂数字人赛道🔥\n"
             "【市场规模】📈 2024年中国数字人核心市场规模约410亿元，同比增长85%！预计今年冲到620亿元左右，同比再涨51%～\n"
             "【谁在用】🛒 直播电商占了近两成，其次是文旅、政务和金融。\n"
             "【一句话总结】赛道很火，但同质化也很严重⚠️ 点赞收藏不迷路👇",
        obs=[("Total", 2024, 410, "CNY 100 million", "actual"),
             ("Total", 2025, 620, "CNY 100 million", "estimate")],
        claims=[("growth", 85.0, "percent", 2023, 2024, 1.0),
                ("growth", 51.0, "percent", 2024, 2025, 1.0)],
        verdicts=[("cagr|implied", "exact")],  # 620 / 410 - 1 = 51.22% -> 51%
    ),
    # 22. Chinese numerals: 八百亿元 and 三千亿元, 约为……的近四倍, 不足五成 of a utilisation.
    dict(
        text="业内人士认为，算力租赁正从“卖卡”转向“卖服务”。据华算产业研究院测算，2024年我国算力租赁市场规模约为八百亿元，"
             "到2030年有望达到三千亿元，约为2024年的近四倍。研究院同时提醒，部分地区智算中心上架率不足五成，重复建设风险"
             "值得警惕。",
        obs=[("Total", 2024, 800, "CNY 100 million", "actual"),
             ("Total", 2030, 3000, "CNY 100 million", "estimate")],
        claims=[("multiple", 4.0, "multiple", 2024, 2030, 6.0)],  # 3000 / 800 = 3.75, 近四倍
        verdicts=[],
    ),
    # 23. A year-on-year rate and a CAGR with its span printed, from one base; 突破 a target.
    dict(
        text="据赛研智库统计，2024年我国大模型一体机市场规模为142亿元。随着政企客户私有化部署需求集中释放，预计2025年将"
             "达到305亿元，同比增长114.8%；2027年有望突破900亿元，2024—2027年复合增长率约85%。",
        obs=[("Total", 2024, 142, "CNY 100 million", "actual"),
             ("Total", 2025, 305, "CNY 100 million", "estimate"),
             ("Total", 2027, 900, "CNY 100 million", "estimate")],
        claims=[("growth", 114.8, "percent", 2024, 2025, 1.0),
                ("cagr", 85.0, "percent", 2024, 2027, None, "stated")],
        verdicts=[("cagr|implied", "exact"),  # 305 / 142 - 1 = 114.79% -> 114.8%
                  ("cagr", "exact")],  # (900 / 142) ** (1 / 3) - 1 = 85.06% -> 85%
    ),
    # 24. A range in 亿元 (300-350亿元) beside last year's figure; a wearing time.
    dict(
        text="随着多家手机厂商入局，AI眼镜成为今年消费电子最热门的品类之一。洛川咨询预计，2025年国内智能眼镜市场规模在"
             "300-350亿元之间，而2024年这一数字仅为126亿元。不过业内人士提醒，目前产品的日均佩戴时长普遍不足2小时，续航"
             "与重量仍是短板。",
        obs=[("Total", 2024, 126, "CNY 100 million", "actual")],
        claims=[("value", 300, "CNY 100 million", 2025, 2025, None),
                ("value", 350, "CNY 100 million", 2025, 2025, None)],
        verdicts=[],
    ),
    # 25. A part's amount and share (其中……占比), the share moved in 个百分点, a fitment rate, the base in brackets.
    dict(
        text="智驾芯研数据显示，2024年中国乘用车车载AI芯片市场规模达到312.6亿元，同比增长28.3%（2023年为243.7亿元）。"
             "其中国产芯片实现销售额67.8亿元，占比21.7%，较上年提升6.3个百分点；前装智能驾驶域控制器搭载率升至38%。",
        obs=[("Total", 2023, 243.7, "CNY 100 million", "actual"),
             ("Total", 2024, 312.6, "CNY 100 million", "actual"),
             ("国产芯片", 2024, 67.8, "CNY 100 million", "actual")],
        claims=[("growth", 28.3, "percent", 2023, 2024, 1.0),
                ("share", 21.7, "percent", 2024, 2024, None)],
        verdicts=[("cagr|implied", "exact"),  # 312.6 / 243.7 - 1 = 28.27% -> 28.3%
                  ("arithmetic", "exact")],  # 67.8 / 312.6 = 21.69% -> 21.7%
    ),
    # 26. A Taiwan newspaper: 預估, 較……年增約, 上看, a date in brackets.
    dict(
        text="〔財經中心／綜合報導〕台灣數位產業研究中心昨（15）日預估，2025年全球AI PC市場產值將達1,180億美元，較2024年的"
             "900億美元年增約31%，2026年產值可望上看1,500億美元。研究中心指出，隨著舊機汰換潮到來，商用市場將是主要成長"
             "動能。",
        obs=[("Total", 2024, 900, "USD 100 million", "actual"),
             ("Total", 2025, 1180, "USD 100 million", "estimate"),
             ("Total", 2026, 1500, "USD 100 million", "estimate")],
        claims=[("growth", 31.0, "percent", 2024, 2025, 1.0)],
        verdicts=[("cagr|implied", "exact")],  # 1180 / 900 - 1 = 31.11% -> 31%
    ),
    # 27. A research house's report: 由……增长至, a 年均复合增长率 its span's figures contradict.
    dict(
        text="华声智能语音产业联盟日前发布的报告显示，我国智能语音市场规模由2020年的217亿元增长至2024年的486亿元，"
             "2020—2024年年均复合增长率为25.6%。报告预计，2025年市场规模将达到570亿元左右，其中医疗和车载场景增速最快。",
        obs=[("Total", 2020, 217, "CNY 100 million", "actual"),
             ("Total", 2024, 486, "CNY 100 million", "actual"),
             ("Total", 2025, 570, "CNY 100 million", "estimate")],
        claims=[("cagr", 25.6, "percent", 2020, 2024, None, "stated")],
        # (486 / 217) ** (1 / 4) - 1 = 22.33%; bounds (485.5 / 217.5) ** 0.25 - 1 = 22.23% to
        # (486.5 / 216.5) ** 0.25 - 1 = 22.44%, far below 25.55%
        verdicts=[("cagr", "inconsistent")],
    ),
    # 28. Two parts with amounts and shares (其中……占比……；……占比), and the rest unnamed.
    dict(
        text="农信研究院发布的报告显示，2024年我国农业人工智能市场规模达到98.6亿元，同比增长23.9%。其中，智能农机作业系统"
             "42.3亿元，占比42.9%；植保无人机智能服务27.5亿元，占比27.9%；其余为智慧养殖、农产品溯源等应用。",
        obs=[("Total", 2024, 98.6, "CNY 100 million", "actual"),
             ("智能农机作业系统", 2024, 42.3, "CNY 100 million", "actual"),
             ("植保无人机智能服务", 2024, 27.5, "CNY 100 million", "actual")],
        claims=[("growth", 23.9, "percent", 2023, 2024, 1.0),
                ("share", 42.9, "percent", 2024, 2024, None),
                ("share", 27.9, "percent", 2024, 2024, None)],
        verdicts=[("arithmetic", "exact"),  # 42.3 / 98.6 = 42.90% -> 42.9%
                  ("arithmetic", "exact")],  # 27.5 / 98.6 = 27.89% -> 27.9%
    ),
    # 29. A report's title year, 较……同比增长 with a rate its whole-number amounts only reach by rounding; 超过三成.
    dict(
        text="艾观数据发布的《2025中国AIGC营销发展报告》显示，2024年AIGC营销（以生成式AI制作和投放广告）市场规模达到137亿"
             "元，较2023年的63亿元同比增长118%。报告预计，2025年该市场规模将达到230亿元，头部广告主的投放素材中已有超过"
             "三成由AI生成。",
        obs=[("Total", 2023, 63, "CNY 100 million", "actual"),
             ("Total", 2024, 137, "CNY 100 million", "actual"),
             ("Total", 2025, 230, "CNY 100 million", "estimate")],
        claims=[("growth", 118.0, "percent", 2023, 2024, 1.0)],
        # 137 / 63 - 1 = 117.46%, not 118%; bounds 136.5 / 63.5 - 1 = 114.96% to 137.5 / 62.5 - 1 = 120.00%,
        # which reach 117.5-118.5%
        verdicts=[("cagr|implied", "rounding")],
    ),
    # 30. A city's statistics: 由……增至, 年均增长 whose span only its amounts give; counts of firms.
    dict(
        text="据市统计局数据，全市智能眼镜产业产值由2022年的35亿元增至2024年的81亿元，年均增长52.1%，产业链上下游集聚"
             "企业超过120家，其中规模以上企业46家。",
        obs=[("Total", 2022, 35, "CNY 100 million", "actual"),
             ("Total", 2024, 81, "CNY 100 million", "actual")],
        claims=[("cagr", 52.1, "percent", 2022, 2024, None, "inferred")],
        verdicts=[("cagr|period", "exact")],  # (81 / 35) ** (1 / 2) - 1 = 52.13% -> 52.1%
    ),
    # ------------------------------------------------------------------------------------------------ tables (31-40)
    # 31. Pipe markdown, units in the caption, an E year, a share column and a total row the parts add up to.
    dict(
        text="Table 3: Global AI security spending by segment (USD million)\n"
             "| Segment | 2023 | 2024 | 2025E | Share, 2025E |\n"
             "|---|---:|---:|---:|---:|\n"
             "| Model & data protection | 610 | 880 | 1,240 | 31.0% |\n"
             "| AI-driven threat detection | 1,050 | 1,390 | 1,820 | 45.5% |\n"
             "| AI governance & red-teaming | 340 | 560 | 940 | 23.5% |\n"
             "| Total | 2,000 | 2,830 | 4,000 | 100.0% |",
        obs=[("Model & data protection", 2023, 610, "USD million", "actual"),
             ("Model & data protection", 2024, 880, "USD million", "actual"),
             ("Model & data protection", 2025, 1240, "USD million", "estimate"),
             ("AI-driven threat detection", 2023, 1050, "USD million", "actual"),
             ("AI-driven threat detection", 2024, 1390, "USD million", "actual"),
             ("AI-driven threat detection", 2025, 1820, "USD million", "estimate"),
             ("AI governance & red-teaming", 2023, 340, "USD million", "actual"),
             ("AI governance & red-teaming", 2024, 560, "USD million", "actual"),
             ("AI governance & red-teaming", 2025, 940, "USD million", "estimate"),
             ("Total", 2023, 2000, "USD million", "actual"),
             ("Total", 2024, 2830, "USD million", "actual"),
             ("Total", 2025, 4000, "USD million", "estimate")],
        claims=[("share", 31.0, "percent", 2025, 2025, None),
                ("share", 45.5, "percent", 2025, 2025, None),
                ("share", 23.5, "percent", 2025, 2025, None)],
        # 610 + 1,050 + 340 = 2,000; 880 + 1,390 + 560 = 2,830; 1,240 + 1,820 + 940 = 4,000
        verdicts=[("hierarchy", "exact"),
                  ("arithmetic", "exact"),  # 1,240 / 4,000 = 31.0%
                  ("arithmetic", "exact"),  # 1,820 / 4,000 = 45.5%
                  ("arithmetic", "exact")],  # 940 / 4,000 = 23.5%
    ),
    # 32. Tab-separated, an annual report's table in 万元: this year before last, 同比增减 and 占营业收入比重, 合计.
    dict(
        text="表：2024年营业收入构成（单位：万元）\n"
             "业务\t2024年\t2023年\t同比增减\t占营业收入比重\n"
             "大模型一体机\t86,420\t31,750\t172.2%\t38.5%\n"
             "算力租赁\t52,380\t40,120\t30.6%\t23.3%\n"
             "AI软件及服务\t85,700\t72,400\t18.4%\t38.2%\n"
             "合计\t224,500\t144,270\t55.6%\t100.0%",
        obs=[("大模型一体机", 2023, 31750, "CNY 10 thousand", "actual"),
             ("大模型一体机", 2024, 86420, "CNY 10 thousand", "actual"),
             ("算力租赁", 2023, 40120, "CNY 10 thousand", "actual"),
             ("算力租赁", 2024, 52380, "CNY 10 thousand", "actual"),
             ("AI软件及服务", 2023, 72400, "CNY 10 thousand", "actual"),
             ("AI软件及服务", 2024, 85700, "CNY 10 thousand", "actual"),
             ("合计", 2023, 144270, "CNY 10 thousand", "actual"),
             ("合计", 2024, 224500, "CNY 10 thousand", "actual")],
        claims=[("growth", 172.2, "percent", 2023, 2024, 1.0),
                ("growth", 30.6, "percent", 2023, 2024, 1.0),
                ("growth", 18.4, "percent", 2023, 2024, 1.0),
                ("growth", 55.6, "percent", 2023, 2024, 1.0),
                ("share", 38.5, "percent", 2024, 2024, None),
                ("share", 23.3, "percent", 2024, 2024, None),
                ("share", 38.2, "percent", 2024, 2024, None)],
        # 31,750 + 40,120 + 72,400 = 144,270; 86,420 + 52,380 + 85,700 = 224,500
        verdicts=[("hierarchy", "exact"),
                  ("cagr|implied", "exact"),  # 86,420 / 31,750 - 1 = 172.19% -> 172.2%
                  ("cagr|implied", "exact"),  # 52,380 / 40,120 - 1 = 30.56% -> 30.6%
                  ("cagr|implied", "exact"),  # 85,700 / 72,400 - 1 = 18.37% -> 18.4%
                  ("cagr|implied", "exact"),  # 224,500 / 144,270 - 1 = 55.61% -> 55.6%
                  ("arithmetic", "exact"),  # 86,420 / 224,500 = 38.49% -> 38.5%
                  ("arithmetic", "exact"),  # 52,380 / 224,500 = 23.33% -> 23.3%
                  ("arithmetic", "exact")],  # 85,700 / 224,500 = 38.17% -> 38.2%
    ),
    # 33. Space-aligned and vertical (years as rows), its value column headed by its unit, a blank YoY cell, E and F.
    dict(
        text="Exhibit 4 - AI PC revenue, worldwide\n"
             "Year      US$ bn      YoY\n"
             "2023        21.4\n"
             "2024        38.9      81.8%\n"
             "2025E       61.5      58.1%\n"
             "2026F       84.2      36.9%\n"
             "Source: Castell Research estimates.",
        obs=[("Total", 2023, 21.4, "USD billion", "actual"),
             ("Total", 2024, 38.9, "USD billion", "actual"),
             ("Total", 2025, 61.5, "USD billion", "estimate"),
             ("Total", 2026, 84.2, "USD billion", "estimate")],
        claims=[("growth", 81.8, "percent", 2023, 2024, 1.0),
                ("growth", 58.1, "percent", 2024, 2025, 1.0),
                ("growth", 36.9, "percent", 2025, 2026, 1.0)],
        verdicts=[("cagr|implied", "exact"),  # 38.9 / 21.4 - 1 = 81.78% -> 81.8%
                  ("cagr|implied", "exact"),  # 61.5 / 38.9 - 1 = 58.10% -> 58.1%
                  ("cagr|implied", "exact")],  # 84.2 / 61.5 - 1 = 36.91% -> 36.9%
    ),
    # 34. Pipe markdown, three markets as rows, a CAGR column over E and F years, one rate its row contradicts, a
    #     footnote mark on a figure.
    dict(
        text="Edge AI devices: revenue outlook (USD billion)\n"
             "| Device | 2024 | 2025E | 2028F | CAGR 2024-28F |\n"
             "|---|---|---|---|---|\n"
             "| AI smartphones | 152.0 | 205.0 | 340.0 | 22.3% |\n"
             "| AI PCs | 38.9 | 61.5 | 118.0 | 36.0% |\n"
             "| Smart glasses | 2.2 | 3.3* | 11.4 | 50.9% |\n"
             "*Includes audio-only glasses.",
        obs=[("AI smartphones", 2024, 152.0, "USD billion", "actual"),
             ("AI smartphones", 2025, 205.0, "USD billion", "estimate"),
             ("AI smartphones", 2028, 340.0, "USD billion", "estimate"),
             ("AI PCs", 2024, 38.9, "USD billion", "actual"),
             ("AI PCs", 2025, 61.5, "USD billion", "estimate"),
             ("AI PCs", 2028, 118.0, "USD billion", "estimate"),
             ("Smart glasses", 2024, 2.2, "USD billion", "actual"),
             ("Smart glasses", 2025, 3.3, "USD billion", "estimate"),
             ("Smart glasses", 2028, 11.4, "USD billion", "estimate")],
        claims=[("cagr", 22.3, "percent", 2024, 2028, None, "stated"),
                ("cagr", 36.0, "percent", 2024, 2028, None, "stated"),
                ("cagr", 50.9, "percent", 2024, 2028, None, "stated")],
        verdicts=[("cagr", "exact"),  # (340.0 / 152.0) ** (1 / 4) - 1 = 22.30% -> 22.3%
                  # (118.0 / 38.9) ** (1 / 4) - 1 = 31.97%; bounds (117.95 / 38.95) ** 0.25 - 1 = 31.92% to
                  # (118.05 / 38.85) ** 0.25 - 1 = 32.03%, far below 35.95%
                  ("cagr", "inconsistent"),
                  ("cagr", "exact")],  # (11.4 / 2.2) ** (1 / 4) - 1 = 50.88% -> 50.9%
    ),
    # 35. Space-aligned in Traditional Chinese, vertical, headed by its unit (億美元), 年增率, (F) years, a blank cell
    #     and a footnote mark on a figure.
    dict(
        text="表一　全球智慧眼鏡市場規模\n"
             "年度        億美元      年增率\n"
             "2023          14.8\n"
             "2024          22.1      49.3%\n"
             "2025(F)       33.6*     52.0%\n"
             "2026(F)       48.9      45.5%\n"
             "*註：含音訊眼鏡。資料來源：本報整理",
        obs=[("Total", 2023, 14.8, "USD 100 million", "actual"),
             ("Total", 2024, 22.1, "USD 100 million", "actual"),
             ("Total", 2025, 33.6, "USD 100 million", "estimate"),
             ("Total", 2026, 48.9, "USD 100 million", "estimate")],
        claims=[("growth", 49.3, "percent", 2023, 2024, 1.0),
                ("growth", 52.0, "percent", 2024, 2025, 1.0),
                ("growth", 45.5, "percent", 2025, 2026, 1.0)],
        verdicts=[("cagr|implied", "exact"),  # 22.1 / 14.8 - 1 = 49.32% -> 49.3%
                  ("cagr|implied", "exact"),  # 33.6 / 22.1 - 1 = 52.04% -> 52.0%
                  ("cagr|implied", "exact")],  # 48.9 / 33.6 - 1 = 45.54% -> 45.5%
    ),
    # 36. Tab-separated, regions and a total row the parts miss by a rounding step in each year.
    dict(
        text="AI in legal services, revenue by region (USD billion)\n"
             "Region\t2023\t2024\n"
             "North America\t0.84\t1.01\n"
             "Europe\t0.36\t0.45\n"
             "Asia Pacific\t0.16\t0.24\n"
             "Rest of world\t0.08\t0.11\n"
             "Total\t1.45\t1.82",
        obs=[("North America", 2023, 0.84, "USD billion", "actual"),
             ("North America", 2024, 1.01, "USD billion", "actual"),
             ("Europe", 2023, 0.36, "USD billion", "actual"),
             ("Europe", 2024, 0.45, "USD billion", "actual"),
             ("Asia Pacific", 2023, 0.16, "USD billion", "actual"),
             ("Asia Pacific", 2024, 0.24, "USD billion", "actual"),
             ("Rest of world", 2023, 0.08, "USD billion", "actual"),
             ("Rest of world", 2024, 0.11, "USD billion", "actual"),
             ("Total", 2023, 1.45, "USD billion", "actual"),
             ("Total", 2024, 1.82, "USD billion", "actual")],
        claims=[],
        # 0.84 + 0.36 + 0.16 + 0.08 = 1.44, not 1.45; 1.01 + 0.45 + 0.24 + 0.11 = 1.81, not 1.82; four parts at
        # +-0.005 reach 1.42-1.46 and 1.79-1.83, which hold 1.445-1.455 and 1.815-1.825
        verdicts=[("hierarchy", "rounding")],
    ),
    # 37. Pipe markdown in Chinese, 亿元 in the caption, 2025年E, 同比, and a 合计 row its parts miss by far.
    dict(
        text="表5 中国数字人核心市场规模（按应用，亿元）\n"
             "| 应用领域 | 2024年 | 2025年E | 同比 |\n"
             "| --- | --- | --- | --- |\n"
             "| 直播电商 | 152.3 | 231.5 | 52.0% |\n"
             "| 文旅传媒 | 88.6 | 129.0 | 45.6% |\n"
             "| 政务与金融 | 97.4 | 140.2 | 43.9% |\n"
             "| 合计 | 348.3 | 510.7 | 46.6% |",
        obs=[("直播电商", 2024, 152.3, "CNY 100 million", "actual"),
             ("直播电商", 2025, 231.5, "CNY 100 million", "estimate"),
             ("文旅传媒", 2024, 88.6, "CNY 100 million", "actual"),
             ("文旅传媒", 2025, 129.0, "CNY 100 million", "estimate"),
             ("政务与金融", 2024, 97.4, "CNY 100 million", "actual"),
             ("政务与金融", 2025, 140.2, "CNY 100 million", "estimate"),
             ("合计", 2024, 348.3, "CNY 100 million", "actual"),
             ("合计", 2025, 510.7, "CNY 100 million", "estimate")],
        claims=[("growth", 52.0, "percent", 2024, 2025, 1.0),
                ("growth", 45.6, "percent", 2024, 2025, 1.0),
                ("growth", 43.9, "percent", 2024, 2025, 1.0),
                ("growth", 46.6, "percent", 2024, 2025, 1.0)],
        # 152.3 + 88.6 + 97.4 = 338.3 against 348.3; 231.5 + 129.0 + 140.2 = 500.7 against 510.7; the parts at
        # +-0.05 reach at most 338.45 and 500.85, far below 348.25 and 510.65
        verdicts=[("hierarchy", "inconsistent"),
                  ("cagr|implied", "exact"),  # 231.5 / 152.3 - 1 = 52.00% -> 52.0%
                  ("cagr|implied", "exact"),  # 129.0 / 88.6 - 1 = 45.60% -> 45.6%
                  ("cagr|implied", "exact"),  # 140.2 / 97.4 - 1 = 43.94% -> 43.9%
                  ("cagr|implied", "exact")],  # 510.7 / 348.3 - 1 = 46.63% -> 46.6%
    ),
    # 38. Space-aligned in Chinese, a units line (单位：亿元), vendors and 其他 as parts, a 占比 column, 合计.
    dict(
        text="2024年中国智算算力租赁市场主要厂商收入\n"
             "单位：亿元\n"
             "厂商          收入       占比\n"
             "云擎科技      118.4      24.8%\n"
             "星河算力       86.2      18.0%\n"
             "北辰数据       61.5      12.9%\n"
             "其他          211.7      44.3%\n"
             "合计          477.8     100.0%",
        obs=[("云擎科技", 2024, 118.4, "CNY 100 million", "actual"),
             ("星河算力", 2024, 86.2, "CNY 100 million", "actual"),
             ("北辰数据", 2024, 61.5, "CNY 100 million", "actual"),
             ("其他", 2024, 211.7, "CNY 100 million", "actual"),
             ("合计", 2024, 477.8, "CNY 100 million", "actual")],
        claims=[("share", 24.8, "percent", 2024, 2024, None),
                ("share", 18.0, "percent", 2024, 2024, None),
                ("share", 12.9, "percent", 2024, 2024, None),
                ("share", 44.3, "percent", 2024, 2024, None)],
        # 118.4 + 86.2 + 61.5 + 211.7 = 477.8
        verdicts=[("hierarchy", "exact"),
                  ("arithmetic", "exact"),  # 118.4 / 477.8 = 24.78% -> 24.8%
                  ("arithmetic", "exact"),  # 86.2 / 477.8 = 18.04% -> 18.0%
                  ("arithmetic", "exact"),  # 61.5 / 477.8 = 12.87% -> 12.9%
                  ("arithmetic", "exact")],  # 211.7 / 477.8 = 44.31% -> 44.3%
    ),
    # 39. Pipe markdown, "US$ M" in the caption, a blank cell, a footnote mark on a figure, a total row.
    dict(
        text="Generative AI ad spend by channel (US$ M)\n"
             "| Channel | 2023 | 2024 | 2025E |\n"
             "|---|---|---|---|\n"
             "| Search | 1,150 | 1,720 | 2,380 |\n"
             "| Social | 860 | 1,410 | 2,090 |\n"
             "| Retail media |  | 410 | 780 |\n"
             "| CTV & video | 240 | 660† | 1,130 |\n"
             "| Total | 2,250 | 4,200 | 6,380 |\n"
             "† Includes programmatic audio.",
        obs=[("Search", 2023, 1150, "USD million", "actual"),
             ("Search", 2024, 1720, "USD million", "actual"),
             ("Search", 2025, 2380, "USD million", "estimate"),
             ("Social", 2023, 860, "USD million", "actual"),
             ("Social", 2024, 1410, "USD million", "actual"),
             ("Social", 2025, 2090, "USD million", "estimate"),
             ("Retail media", 2024, 410, "USD million", "actual"),
             ("Retail media", 2025, 780, "USD million", "estimate"),
             ("CTV & video", 2023, 240, "USD million", "actual"),
             ("CTV & video", 2024, 660, "USD million", "actual"),
             ("CTV & video", 2025, 1130, "USD million", "estimate"),
             ("Total", 2023, 2250, "USD million", "actual"),
             ("Total", 2024, 4200, "USD million", "actual"),
             ("Total", 2025, 6380, "USD million", "estimate")],
        claims=[],
        # 1,150 + 860 + 240 = 2,250 (retail media blank); 1,720 + 1,410 + 410 + 660 = 4,200;
        # 2,380 + 2,090 + 780 + 1,130 = 6,380
        verdicts=[("hierarchy", "exact")],
    ),
    # 40. Tab-separated, a units line (Units: EUR million), segments as rows, a CAGR column to an F year.
    dict(
        text="Speech recognition software, Europe\n"
             "Units: EUR million\n"
             "Segment\t2024\t2029F\tCAGR 2024-29F\n"
             "Contact centre\t412\t1,020\t19.9%\n"
             "Healthcare dictation\t186\t455\t19.6%\n"
             "Automotive voice\t95\t260\t22.3%",
        obs=[("Contact centre", 2024, 412, "EUR million", "actual"),
             ("Contact centre", 2029, 1020, "EUR million", "estimate"),
             ("Healthcare dictation", 2024, 186, "EUR million", "actual"),
             ("Healthcare dictation", 2029, 455, "EUR million", "estimate"),
             ("Automotive voice", 2024, 95, "EUR million", "actual"),
             ("Automotive voice", 2029, 260, "EUR million", "estimate")],
        claims=[("cagr", 19.9, "percent", 2024, 2029, None, "stated"),
                ("cagr", 19.6, "percent", 2024, 2029, None, "stated"),
                ("cagr", 22.3, "percent", 2024, 2029, None, "stated")],
        verdicts=[("cagr", "exact"),  # (1,020 / 412) ** (1 / 5) - 1 = 19.88% -> 19.9%
                  ("cagr", "exact"),  # (455 / 186) ** (1 / 5) - 1 = 19.59% -> 19.6%
                  ("cagr", "exact")],  # (260 / 95) ** (1 / 5) - 1 = 22.31% -> 22.3%
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "nineteenth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 3, "inconsistent": 4, "rounding": 3, "exact": 15}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'is projected to grow from USD 2.49 billion in 2025 to USD 9.36 billion by 2032, exhibiting a CAGR of',
    'over the forecast period',
    '$48mn Series B',
    'should nearly triple',
    'close to a four-fold jump',
    'Estimated contract ceiling',
    '• 2025E: $5.9B ▲ 40% YoY',
    'between 2023 and 2030.[3]',
    'fast-grow-\ning',
    '[12]',
    'S$410 million (US$305 million)',
    'between $3.1 and $3.4 billion',
    '2.1 percentage points',
    '1.2 trillion yuan',
    '$680M',
    'roughly double',
    '占营业收入的比重',
    '年增34.8%',
    '億港元（約2.4億美元）',
    '年均增长20%以上',
    '【市场规模】',
    '近两成',
    '三千亿元',
    '300-350亿元',
    '个百分点',
    '| Share, 2025E |',
    '同比增减',
    '33.6*',
    '660†',
    'Units: EUR million',
)
#: the set's blind score, scored once before any rule was written for it: 126/170 figures, 42/53 rates, 47/63
#: verdicts, 3 false inconsistent; then mended (the year of a part after 其中, a count after 其中, the share a share
#: rises to, amounts in Chinese numerals, a date in numbers over a post, a footnote's mark on a table's figure):
#: 143/170, 47/53, 50/63, no false inconsistent; with year columns printed this year first, share columns named
#: with their whole, a business named before its revenue and the present right after an amount: 156/170, 48/53, 60/63
#: raised to 166, 51, 62 by the fifty-ninth set's round (a relative year after a bracketed equivalent)
FLOORS = {"figures_found": 167, "rates_found": 52, "verdicts_right": 62}


if __name__ == "__main__":  # python tests/extract_checkset19.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
