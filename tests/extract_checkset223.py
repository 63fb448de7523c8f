"""A two-hundred-and-twenty-third check set for the extractor, written blind: AI in translation, localisation and language
services: machine translation for businesses, AI subtitling and dubbing, AI interpreting on calls and at events, AI
localisation of games, apps and websites, AI for court and medical interpreting, AI language-learning tutors; sized in
money by translators' and interpreters' associations, language-industry bodies, broadcasters' trade groups, brokers,
consultancies, research houses and vendors' investor days, in the United States, Canada, the United Kingdom, Ireland,
Germany, France, Belgium, Switzerland, Japan, South Korea (won only as an aside), India (rupees only as an aside),
mainland China, Taiwan and Hong Kong (currencies: US dollars, euros, pounds, Swiss francs only as an aside, yen, yuan
亿元/万元, 新台幣億元, 億港元). Distractors a careful reader leaves out: the whole language-services market beside the AI part,
numbers of words, languages, translators or minutes subtitled, a per-word or per-minute rate, a vendor's own revenue or
margin, a funding round and valuation, a quarter's figures, a survey's percentages.

Snippets 1-20: Twenty snippets on money spent on AI in translation, localisation and language services: eight English
prose texts (a Seattle wire release on business machine translation, a Tokyo broker note in fiscal years and yen on AI
translation and interpreting tools, a Dublin briefing on software, website and app localisation with three segments and
shares, a Paris article quoting two research houses on AI subtitling and dubbing, a Toronto investor-day TAM for AI
interpreting on calls and at events, a Brussels strategy with last-year/this-year figures and a 2030 target, a
correction notice on a UK court and medical interpreting story with a range, a language-learning blog post with 'more
than doubled'), seven Chinese prose texts (an AI translation industry report, a Guangdong plan with 力争到 and 增长2倍, a
Xinhua story on AI dubbing quoting two institutes, a Taiwan white paper in 新台幣億元, a Hong Kong story on legal and medical
interpreting in 億港元, a CNA story on AI English tutors with 去年/今年, a broker deep-dive on translation hardware with a
range) and five tables (markdown with a CAGR column, tab-separated with a 合计 row, space-aligned with shares, a vertical
table of years with YoY, a tab-separated segment table). Left out: whole language-services markets beside the AI part,
counts of words, minutes, languages and translators, per-word and per-minute rates, funding rounds, quarter figures,
survey answers, vendors' revenue and margins, won and franc amounts, a second house's figure, a correction's wrong
range, shares in words. Inconsistent: the Paris 22.5% CAGR, the Indian 2024 YoY and the Canadian 2024 Total. Only by
rounding: the Tokyo and Taiwan CAGRs, the Dublin app share, the Guangdong 29.6% and broker 32.8% YoYs, the websites
row's CAGR, the 2024年 合计 and the UK police share.

Snippets 21-40: Twenty snippets on AI in translation, localisation and language services, numbered 21-40: eight English
prose pieces (a US earnings-call answer sizing a TAM for AI interpreting with 'this year' and 'last year' read from the
call's date, a Leuven working-paper abstract on AI subtitling and dubbing whose 2029 figure in billions is converted to
the series' millions, a numbered social-media thread on Japanese AI game and app localisation in yen, a Canadian web
article on AI court and medical interpreting with a correction line, a UK annual-report letter on machine translation
whose 'more than £1 billion' is converted to millions, New York investor-day slide bullets on AI language tutors, a
forum answer quoting two research houses on US AI dubbing, and an Indian broker note in rupees that gives claims but no
observations), seven Chinese prose pieces (a Xinhua-style release, a Nanjing plan in 万元 whose 1.5亿元 target is converted,
a Taipei research release, a Hong Kong association report in 億港元, a PTT post, a broker abstract with a 2027 range, a
results-briefing transcript) and five tables (markdown euros with a CAGR column, tab-separated yen with a YoY column,
space-aligned pounds with a share column, a vertical table of years headed by its unit only, a Traditional Chinese table
in 億港元 with a 合計 row). Left out everywhere: the whole language-services, interpreting and dubbing markets beside the AI
part, words, languages, minutes, interpreters and voice actors, per-word, per-minute, per-hour and per-day rates,
vendors' own revenue, margins and share targets, funding rounds and valuations, a quarter's figures, survey percentages,
fractions in words, a Swiss-franc aside, a second house's figure and a corrected misprint. Inconsistent: the thread's
21% CAGR, the Hong Kong report's 16% growth, the broker abstract's 41% growth and the Hong Kong table's 2025 合計. Holding
only by rounding: the working paper's 26.8% growth, the slides' 26% 2023-2025E CAGR, the forum's 21.1% CAGR, the PTT
post's 25% growth, the briefing's 30% growth, the interpreting CAGR in the markdown table, the corporate-video share in
the UK table and the Hong Kong table's 2024 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Seattle wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2031 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere:
    #    the index's title year, the 1,380 managers surveyed, the $28.4 billion U.S. language-services market, the
    #    9-cents-a-word post-editing rate, the 4.1 billion words, the 71% survey answer.
    dict(
        text=(
            "SEATTLE, April 8, 2025 /PRNewswire/ -- U.S. companies spent $612 million on AI machine-translation "
            "platforms for business content, from support tickets and contracts to product catalogues, in 2024, up 24% "
            "from $494 million in 2023, according to the 2025 Enterprise Translation Automation Index released today "
            "by Cascade Lingua Research. The Seattle firm, which surveyed 1,380 localisation and content-operations "
            "managers, projects spending of $2.1 billion by 2031, a compound annual growth rate of 19.3% from 2024 to "
            "2031. The AI slice remains small beside the roughly $28.4 billion U.S. language-services market, and "
            "buyers still pay human post-editors about 9 cents a word. Respondents said their teams pushed some 4.1 "
            "billion words through machine translation last year, and 71% said they now run legal documents through "
            "an AI engine before human review."
        ),
        obs=[
            ("Total", 2023, 494, "USD million", "actual"),
            ("Total", 2024, 612, "USD million", "actual"),
            ("Total", 2031, 2100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 19.3, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (612 / 494) ** (1 / 1) - 1 = 23.89% -> 24
            ("cagr|implied", "exact"),  # (2100 / 612) ** (1 / 7) - 1 = 19.26% -> 19.3
        ],
    ),
    # 2. Tokyo broker initiation in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "about 20%" where the amounts give 20.56%. Expected nowhere: the dateline, the ¥20 per
    #    character rate, Korean spending in won, the covered firm's sales, growth, margin, target price and upside,
    #    its 42 languages.
    dict(
        text=(
            "Tokyo, 19 May 2025. Japan Language Technology, initiation of coverage. We size the domestic market for AI "
            "translation and interpreting tools bought by companies (document machine translation, real-time "
            "interpreting on video calls, bilingual AI meeting minutes) at ¥48.3 billion in FY2024 (year to March "
            "2025) and forecast ¥123 billion by FY2029e, a CAGR of about 20%. Human translation of Japanese business "
            "documents into English still costs around ¥20 per character. In South Korea, by our estimate, companies "
            "spend about ₩210 billion on comparable tools. Our top pick, Kotobanet Holdings (Buy, TP ¥3,150, 28% "
            "upside), lifted FY2024 sales 23% to ¥11.4 billion at a 21.5% operating margin and supports 42 languages."
        ),
        obs=[
            ("Total", 2024, 48.3, "JPY billion", "actual"),
            ("Total", 2029, 123, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (123 / 48.3) ** (1 / 5) - 1 = 20.56% -> 21, not 20; bounds (122.5 / 48.35) ** (1/5) - 1 = 20.43%,
            # (123.5 / 48.25) ** (1/5) - 1 = 20.68% -> 20 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Dublin research briefing: a total in EUR million and three segments with shares (the app share of "about
    #    18%" holds only by rounding); the 2029 forecast printed in billions is expected converted to EUR million.
    #    Expected nowhere: the 220 firms interviewed, the €1.9 billion wider localisation industry, the 12,000 jobs.
    dict(
        text=(
            "DUBLIN, 23 September 2025 - Irish companies spent €138 million on AI localisation of software, apps and "
            "websites in 2024, according to a briefing from the Liffey Localisation Observatory. Software and SaaS "
            "localisation took the largest slice, €57 million or 41%, followed by website and e-commerce localisation "
            "at €39 million (28%). Mobile app localisation came to €24 million, about 18% of the total. The "
            "observatory, which interviewed 220 firms, expects spending to reach €0.36 billion in 2029. Ireland's wider "
            "localisation industry, human and machine, turns over some €1.9 billion a year and employs roughly 12,000 "
            "people."
        ),
        obs=[
            ("Total", 2024, 138, "EUR million", "actual"),
            ("Software and SaaS localisation", 2024, 57, "EUR million", "actual"),
            ("Website and e-commerce localisation", 2024, 39, "EUR million", "actual"),
            ("Mobile app localisation", 2024, 24, "EUR million", "actual"),
            ("Total", 2029, 360, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 41, "percent", 2024, 2024, None),
            ("share", 28, "percent", 2024, 2024, None),
            ("share", 18, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 57 / 138 = 41.30% -> 41
            ("arithmetic", "exact"),  # 39 / 138 = 28.26% -> 28
            # 24 / 138 = 17.39% -> 17, not 18; bounds 23.5 / 138.5 = 16.97%, 24.5 / 137.5 = 17.82% -> 18 by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Paris article quoting two research houses: the first house's base, target and rates are the snippet's; its
    #    "up 29%" holds, its 22.5% CAGR is inconsistent. Expected nowhere: Oriel Conseil's €184 million for 2024, the
    #    1.2 million minutes subtitled, the €8 per-minute rate, the 58% survey answer.
    dict(
        text=(
            "PARIS, 8 July 2025 - Spending on AI subtitling and dubbing by French broadcasters and streaming platforms "
            "reached €167 million in 2024, up 29% from €129 million in 2023, according to the Paris research house "
            "Lumen Médias Études. It expects the market to reach €418 million in 2029, a compound annual growth rate "
            "of 22.5% between 2024 and 2029. Rival house Oriel Conseil puts the 2024 market higher, at €184 million, "
            "because it also counts voice-cloning licences. French channels subtitled some 1.2 million minutes of "
            "programming last year, human subtitlers charge around €8 a minute, and 58% of viewers polled said they "
            "could not tell an AI dub from a human one."
        ),
        obs=[
            ("Total", 2023, 129, "EUR million", "actual"),
            ("Total", 2024, 167, "EUR million", "actual"),
            ("Total", 2029, 418, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2023, 2024, 1.0),
            ("cagr", 22.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (167 / 129) ** (1 / 1) - 1 = 29.46% -> 29
            # (418 / 167) ** (1 / 5) - 1 = 20.14% -> 20.1, not 22.5; bounds (417.5 / 167.5) ** (1/5) - 1 = 20.04%,
            # (418.5 / 166.5) ** (1/5) - 1 = 20.24% -> 22.5 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript (Toronto): the total addressable market the company sizes is the market (Total), in
    #    USD billion, with "roughly an 18% CAGR" over a printed span. Expected nowhere: the company's revenue and
    #    gross margin, its 38 languages and 2,600 customers, its 15% share goal, the fourth quarter's bookings.
    dict(
        text=(
            "Voxbridge Technologies Investor Day, Toronto, September 16, 2025 - transcript excerpt. Priya Raman, chief "
            "financial officer: \"Here's how we size it. The total addressable market for AI interpreting on calls and "
            "at events, meaning live speech translation in video meetings, contact centres and conferences, was $4.2 "
            "billion in 2024, and we expect it to reach $11.5 billion by 2030. That's roughly an 18% CAGR from 2024 to "
            "2030. We did $212 million of revenue last year at a 71% gross margin, we cover 38 languages for about "
            "2,600 enterprise customers, and we're aiming for a 15% share of that market by 2030. Fourth-quarter "
            "bookings were $64 million.\""
        ),
        obs=[
            ("Total", 2024, 4.2, "USD billion", "actual"),
            ("Total", 2030, 11.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11.5 / 4.2) ** (1 / 6) - 1 = 18.28% -> 18
        ],
    ),
    # 6. Brussels regional strategy: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 target
    #    printed in billions expected converted to EUR million. Expected nowhere: the €6 million pilot and its 19
    #    municipal offices, the two official languages and 100 languages spoken, the €0.11 per-word rate, the 63%
    #    survey answer.
    dict(
        text=(
            "BRUSSELS, 12 February 2025 - The Brussels Speaks plan published today by the Brussels-Capital Region "
            "estimates that public bodies and companies in the region spent €36 million on AI translation and "
            "interpreting tools last year, and expects €45 million this year, a rise of 25%. The plan sets a target of "
            "€0.12 billion by 2030. It sets aside €6 million for a pilot that will put AI interpreting kiosks in 19 "
            "municipal offices, and notes that the region's services work in two official languages while residents "
            "speak more than 100. Sworn human translators charge about €0.11 per word, and 63% of residents surveyed "
            "said they would accept an AI-translated reply from the administration."
        ),
        obs=[
            ("Total", 2024, 36, "EUR million", "actual"),
            ("Total", 2025, 45, "EUR million", "estimate"),
            ("Total", 2030, 120, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (45 / 36) ** (1 / 1) - 1 = 25.00% -> 25
        ],
    ),
    # 7. Correction notice on a UK court and medical interpreting story: the 2030 range in pounds gives two value
    #    claims (no observation); the 2024 figure is the year's observation. Expected nowhere: the misstated
    #    £340-390 million, the NHS's £110 million on interpreting and translation of all kinds, the 160,000
    #    interpreter bookings, the £32 hourly rate; the range is expected once though printed twice.
    dict(
        text=(
            "Correction, 9 October 2025: An earlier version of this article misstated the 2030 forecast. Thameside "
            "Health & Justice Analytics expects the UK market to reach £240 million to £290 million in 2030, not £340 "
            "million to £390 million.\n"
            "Britain's market for AI in court and medical interpreting, from speech translation in remote hearings to "
            "AI triage interpreters in hospital emergency departments, was worth £88 million in 2024, according to "
            "Thameside Health & Justice Analytics, a Leeds firm. It expects the market to reach £240 million to £290 "
            "million in 2030 as courts and hospitals struggle to book human interpreters. The NHS in England spends "
            "roughly £110 million a year on interpreting and translation of all kinds, and courts logged some 160,000 "
            "interpreter bookings last year at around £32 an hour."
        ),
        obs=[
            ("Total", 2024, 88, "GBP million", "actual"),
        ],
        claims=[
            ("value", 240, "GBP million", 2030, 2030, None),
            ("value", 290, "GBP million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Language-learning blog post (Germany): "more than doubled" between 2022 and 2024 is a multiple x2 over 2
    #    years (no verdict). Expected nowhere: the €2.3 billion spent on language courses overall, the €12.99 monthly
    #    price, the Zurich start-up's Swiss-franc funding round and valuation, the first quarter's 38% rise in
    #    downloads, the 45 languages.
    dict(
        text=(
            "Sprachlabor Notes, a language-learning blog, June 12, 2025 - The tutor that never sleeps. German learners "
            "and schools spent €74 million on AI language-learning tutors in 2022; by 2024 that spending had more than "
            "doubled to €163 million, according to Rheinblick Marktforschung. That is still a sliver of the roughly "
            "€2.3 billion Germans spend on language courses of all kinds. A premium AI conversation tutor costs about "
            "€12.99 a month, and the Zurich start-up Parlami raised CHF 18 million in March at a CHF 110 million "
            "valuation. In the first quarter of 2025, downloads of AI tutor apps rose 38%. Learners on the platforms "
            "surveyed practised some 45 languages."
        ),
        obs=[
            ("Total", 2022, 74, "EUR million", "actual"),
            ("Total", 2024, 163, "EUR million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2022, 2024, 2.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): 同比增长 with both amounts, a part (AI同声传译) with its share, a CAGR
    #    with its printed span. Expected nowhere: the report's title year, the 约620亿元 total language-services output,
    #    the 1.2万 firms, the 约68万 practitioners, the 67% survey answer.
    dict(
        text=(
            "《2025中国人工智能翻译产业发展报告》近日在上海发布。报告显示，2024年我国企业级AI翻译（机器翻译引擎、AI同声"
            "传译、多语种文档处理等）市场规模达到86.5亿元，同比增长27.4%，2023年为67.9亿元。其中，AI同声传译市场规模为"
            "19.8亿元，占比22.9%，是增速最快的细分领域。报告预计，到2029年我国企业级AI翻译市场规模将达到245亿元，"
            "2024—2029年复合增长率为23.1%。报告同时指出，2024年我国语言服务总产值约为620亿元，全国语言服务企业超过1.2万"
            "家，从业人员约68万人；受访企业中有67%已将机器翻译用于合同和技术文档初稿。"
        ),
        obs=[
            ("Total", 2023, 67.9, "CNY 100 million", "actual"),
            ("Total", 2024, 86.5, "CNY 100 million", "actual"),
            ("AI同声传译", 2024, 19.8, "CNY 100 million", "actual"),
            ("Total", 2029, 245, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
            ("share", 22.9, "percent", 2024, 2024, None),
            ("cagr", 23.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86.5 / 67.9) ** (1 / 1) - 1 = 27.39% -> 27.4
            ("arithmetic", "exact"),  # 19.8 / 86.5 = 22.89% -> 22.9
            ("cagr|implied", "exact"),  # (245 / 86.5) ** (1 / 5) - 1 = 23.15% -> 23.1
        ],
    ),
    # 10. Guangdong provincial action plan (Simplified): 2023 and 2024 actuals with a 同比增长29.6% that holds only by
    #     rounding, a 力争到2027年 target (突破, expected at its printed figure, an estimate) and 较2023年增长2倍 kept as a
    #     multiple x2 over 4 years (no verdict). Expected nowhere: the plan's title years, the 10 leading firms, the
    #     50 languages, the 30% subsidy rate and its 20万元 cap.
    dict(
        text=(
            "广东省工业和信息化厅等五部门日前联合印发《广东省“AI+语言服务”产业发展行动计划（2025—2027年）》。计划显示，"
            "2023年全省AI语言服务（含跨境电商多语种本地化、AI字幕与配音、智能翻译硬件等）市场规模为14.6亿元，2024年达到"
            "18.9亿元，同比增长29.6%。计划提出，力争到2027年全省相关市场规模突破45亿元，较2023年增长2倍；培育10家以上"
            "语言服务领军企业，支持企业覆盖50个以上语种，并对首次采购AI翻译服务的中小外贸企业按合同金额的30%给予最高"
            "20万元补贴。"
        ),
        obs=[
            ("Total", 2023, 14.6, "CNY 100 million", "actual"),
            ("Total", 2024, 18.9, "CNY 100 million", "actual"),
            ("Total", 2027, 45, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.6, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[
            # (18.9 / 14.6) ** (1 / 1) - 1 = 29.45% -> 29.5, not 29.6; bounds 18.85 / 14.65 - 1 = 28.67%,
            # 18.95 / 14.55 - 1 = 30.24% -> 29.6 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes: the first institute's 2023, 2024 and 2025 figures
    #     and its growth rate are the snippet's. Expected nowhere: 星河数智研究所's 约47亿元 for 2024, the conference's
    #     title year, the 1.8万 short dramas and 30 languages of this half-year, the 约20元 per-minute dubbing cost.
    dict(
        text=(
            "新华社北京8月21日电（记者 林晓岚）记者从日前举行的2025中国影视译制与国际传播大会上获悉，据中国网络视听译制"
            "研究院测算，2024年我国影视及微短剧AI译制（AI字幕翻译、AI配音与口型同步等）市场规模为42.7亿元，比2023年的"
            "29.8亿元增长43.3%，预计2025年将达到58亿元。另据星河数智研究所统计，2024年这一市场规模约为47亿元。今年上半年，"
            "各平台上线的出海微短剧超过1.8万部，译制语种覆盖30余种，AI配音每分钟成本已降至约20元。"
        ),
        obs=[
            ("Total", 2023, 29.8, "CNY 100 million", "actual"),
            ("Total", 2024, 42.7, "CNY 100 million", "actual"),
            ("Total", 2025, 58, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 43.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (42.7 / 29.8) ** (1 / 1) - 1 = 43.29% -> 43.3
        ],
    ),
    # 12. Taiwan white paper (Traditional) in 新台幣億元 (TWD 100 million): YoY and a part's share exact; the 24.5% CAGR
    #     holds only by rounding. Expected nowhere: the white paper's title year, the 1,400 translation agencies, the
    #     6,800 translators, the 1.2元 per-character rate.
    dict(
        text=(
            "數位發展部委託台灣語言科技協會編撰的《2025臺灣AI語言服務白皮書》指出，2024年國內AI翻譯與在地化服務（含企業"
            "機器翻譯、網站與App在地化、AI字幕）市場規模達新台幣32.4億元，較2023年的新台幣25.1億元成長29.1%。其中，網站"
            "與App在地化市場規模為新台幣11.7億元，占比36.1%。白皮書預估，2028年市場規模將達新台幣78億元，2024至2028年"
            "年複合成長率為24.5%。白皮書也指出，國內翻譯社約1,400家，專職譯者約6,800人，人工筆譯行情約每字新台幣1.2元。"
        ),
        obs=[
            ("Total", 2023, 25.1, "TWD 100 million", "actual"),
            ("Total", 2024, 32.4, "TWD 100 million", "actual"),
            ("網站與App在地化", 2024, 11.7, "TWD 100 million", "actual"),
            ("Total", 2028, 78, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.1, "percent", 2023, 2024, 1.0),
            ("share", 36.1, "percent", 2024, 2024, None),
            ("cagr", 24.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (32.4 / 25.1) ** (1 / 1) - 1 = 29.08% -> 29.1
            ("arithmetic", "exact"),  # 11.7 / 32.4 = 36.11% -> 36.1
            # (78 / 32.4) ** (1 / 4) - 1 = 24.56% -> 24.6, not 24.5; bounds (77.5 / 32.45) ** (1/4) - 1 = 24.31%,
            # (78.5 / 32.35) ** (1/4) - 1 = 24.81% -> 24.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million) on legal and medical interpreting: 約4.6億港元
    #     expected at its printed figure; YoY and CAGR exact. Expected nowhere: the 2.1萬 cases, the 1,000港元 hourly
    #     rate, the 約三成 staff (a share in words and a survey), the start-up's 3,000萬港元 funding round.
    dict(
        text=(
            "香港法律及醫療翻譯學會昨日發表報告指出，2024年本港法庭、律師行及醫院採用的AI傳譯與翻譯服務（包括遙距聆訊即時"
            "傳譯、病歷及法律文件翻譯）市場規模約4.6億港元，較2023年的3.7億港元增長24.3%。報告預計，2028年市場規模將增至"
            "10.2億港元，2024至2028年年均複合增長率約22%。報告又指，司法機構去年共有逾2.1萬宗案件安排傳譯服務，兼職法庭"
            "傳譯員時薪約1,000港元，約三成受訪醫護人員曾以AI工具與少數族裔病人溝通。本地初創公司譯衡科技上月完成3,000萬"
            "港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 3.7, "HKD 100 million", "actual"),
            ("Total", 2024, 4.6, "HKD 100 million", "actual"),
            ("Total", 2028, 10.2, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.3, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.6 / 3.7) ** (1 / 1) - 1 = 24.32% -> 24.3
            ("cagr|implied", "exact"),  # (10.2 / 4.6) ** (1 / 4) - 1 = 22.03% -> 22
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025) on AI English tutors: 去年 is 2024 (actual, 約 at
    #     its printed figure), 今年 2025 (an estimate, 可望), YoY with both amounts. Expected nowhere: the first
    #     quarter's 3.9億元, the cram-school chain's own revenue and gross margin, the 590元 monthly fee, the 120萬
    #     adult learners.
    dict(
        text=(
            "（中央社記者林佳慧台北2025年4月22日電）市調機構宏觀數據研究今天表示，去年台灣AI英語家教與語言學習App市場規模約"
            "新台幣14.2億元，今年在生成式AI口說陪練功能帶動下，可望成長22%至17.3億元。不過今年第一季市場規模約新台幣3.9億"
            "元，略低於預期。補教龍頭思語教育去年營收新台幣21.5億元，毛利率約52%，AI口說方案月費約新台幣590元。教育部統計，"
            "全台目前約有120萬名成人學習英語。"
        ),
        obs=[
            ("Total", 2024, 14.2, "TWD 100 million", "actual"),
            ("Total", 2025, 17.3, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (17.3 / 14.2) ** (1 / 1) - 1 = 21.83% -> 22
        ],
    ),
    # 15. Broker deep-dive (Simplified) on AI translation hardware: 2023/2024 actuals with a 32.8% YoY that holds
    #     only by rounding; the 2027 range 110亿—140亿元 gives two value claims (no observation). Expected nowhere: the
    #     report's date, the leading firm's revenue, gross margin, rating and target price, its third-quarter orders,
    #     the 618 unit sales.
    dict(
        text=(
            "华越证券研究所2025年10月深度报告《AI翻译硬件：从翻译机到同传耳机》。我们测算，2024年国内AI翻译硬件（翻译机、"
            "翻译耳机、AI同传会议设备等）市场规模为51.2亿元，同比增长32.8%，2023年为38.6亿元。随着端侧大模型普及和出境游"
            "恢复，我们预计2027年市场规模将达到110亿—140亿元。行业龙头声译科技2024年营收12.6亿元，毛利率41%，给予“增持”"
            "评级，目标价56元；公司三季度新签海外订单同比增长64%。今年“618”期间，翻译耳机全网销量约85万副。"
        ),
        obs=[
            ("Total", 2023, 38.6, "CNY 100 million", "actual"),
            ("Total", 2024, 51.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 32.8, "percent", 2023, 2024, 1.0),
            ("value", 110, "CNY 100 million", 2027, 2027, None),
            ("value", 140, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            # (51.2 / 38.6) ** (1 / 1) - 1 = 32.64% -> 32.6, not 32.8; bounds 51.15 / 38.65 - 1 = 32.34%,
            # 51.25 / 38.55 - 1 = 32.94% -> 32.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown table (North America, USD million) with a CAGR 2024-30 column and a Total row: each row's CAGR is
    #     stated (span in the header); the websites row's 17.0% holds only by rounding; rows add to the Total in both
    #     years; 2030F is an estimate. Expected nowhere: the table number, the outlook's title year.
    dict(
        text=(
            "Table 2. North America: AI localisation of games, apps and websites (USD million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| Video games | 286 | 842 | 19.7% |\n"
            "| Mobile apps | 214 | 598 | 18.7% |\n"
            "| Websites and e-commerce | 351 | 903 | 17.0% |\n"
            "| Total | 851 | 2343 | 18.4% |\n"
            "Source: Brightwater Localisation Research, Localisation Outlook 2025. F = forecast."
        ),
        obs=[
            ("Video games", 2024, 286, "USD million", "actual"),
            ("Video games", 2030, 842, "USD million", "estimate"),
            ("Mobile apps", 2024, 214, "USD million", "actual"),
            ("Mobile apps", 2030, 598, "USD million", "estimate"),
            ("Websites and e-commerce", 2024, 351, "USD million", "actual"),
            ("Websites and e-commerce", 2030, 903, "USD million", "estimate"),
            ("Total", 2024, 851, "USD million", "actual"),
            ("Total", 2030, 2343, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (842 / 286) ** (1 / 6) - 1 = 19.72% -> 19.7
            ("cagr|implied", "exact"),  # (598 / 214) ** (1 / 6) - 1 = 18.68% -> 18.7
            # (903 / 351) ** (1 / 6) - 1 = 17.06% -> 17.1, not 17.0; bounds (902.5 / 351.5) ** (1/6) - 1 = 17.02%,
            # (903.5 / 350.5) ** (1/6) - 1 = 17.10% -> 17.0 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (2343 / 851) ** (1 / 6) - 1 = 18.39% -> 18.4
            ("hierarchy", "exact"),  # 2024: 286 + 214 + 351 = 851
            ("hierarchy", "exact"),  # 2030F: 842 + 598 + 903 = 2343
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2024年 合计 holds only by rounding. Expected nowhere: the table number, the title's year
    #     span.
    dict(
        text=(
            "表4 2023—2025年中国AI语言服务细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "企业机器翻译\t24.6\t31.2\t39.5\n"
            "AI字幕与配音\t12.8\t17.9\t24.3\n"
            "AI同声传译\t8.4\t11.6\t15.7\n"
            "AI语言学习\t15.3\t19.4\t24.1\n"
            "合计\t61.1\t80.2\t103.6\n"
            "资料来源：语言智能产业研究中心；2025年E为预测值。"
        ),
        obs=[
            ("企业机器翻译", 2023, 24.6, "CNY 100 million", "actual"),
            ("企业机器翻译", 2024, 31.2, "CNY 100 million", "actual"),
            ("企业机器翻译", 2025, 39.5, "CNY 100 million", "estimate"),
            ("AI字幕与配音", 2023, 12.8, "CNY 100 million", "actual"),
            ("AI字幕与配音", 2024, 17.9, "CNY 100 million", "actual"),
            ("AI字幕与配音", 2025, 24.3, "CNY 100 million", "estimate"),
            ("AI同声传译", 2023, 8.4, "CNY 100 million", "actual"),
            ("AI同声传译", 2024, 11.6, "CNY 100 million", "actual"),
            ("AI同声传译", 2025, 15.7, "CNY 100 million", "estimate"),
            ("AI语言学习", 2023, 15.3, "CNY 100 million", "actual"),
            ("AI语言学习", 2024, 19.4, "CNY 100 million", "actual"),
            ("AI语言学习", 2025, 24.1, "CNY 100 million", "estimate"),
            ("合计", 2023, 61.1, "CNY 100 million", "actual"),
            ("合计", 2024, 80.2, "CNY 100 million", "actual"),
            ("合计", 2025, 103.6, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 24.6 + 12.8 + 8.4 + 15.3 = 61.1
            # 2024: 31.2 + 17.9 + 11.6 + 19.4 = 80.1, not 80.2; bounds 79.9..80.3 (each part +/-0.05)
            # reach 80.15..80.25 -> 80.2 only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 39.5 + 24.3 + 15.7 + 24.1 = 103.6
        ],
    ),
    # 18. Space-aligned table (United Kingdom, GBP million, 2024) with a share column and a Total row: four shares
    #     (the police row's 12.8% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the 2,900 registered interpreters.
    dict(
        text=(
            "United Kingdom: AI interpreting spend by setting, 2024\n"
            "Setting                                  GBP m      Share\n"
            "Courts and tribunals                      21.6      22.4%\n"
            "NHS and medical                           34.8      36.0%\n"
            "Police and immigration                    12.3      12.8%\n"
            "Business calls and events                 27.9      28.9%\n"
            "Total                                     96.6     100.0%\n"
            "Note 2: some 2,900 interpreters are on the national register. Source: Albion Language Services Monitor."
        ),
        obs=[
            ("Courts and tribunals", 2024, 21.6, "GBP million", "actual"),
            ("NHS and medical", 2024, 34.8, "GBP million", "actual"),
            ("Police and immigration", 2024, 12.3, "GBP million", "actual"),
            ("Business calls and events", 2024, 27.9, "GBP million", "actual"),
            ("Total", 2024, 96.6, "GBP million", "actual"),
        ],
        claims=[
            ("share", 22.4, "percent", 2024, 2024, None),
            ("share", 36.0, "percent", 2024, 2024, None),
            ("share", 12.8, "percent", 2024, 2024, None),
            ("share", 28.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 21.6 / 96.6 = 22.36% -> 22.4
            ("arithmetic", "exact"),  # 34.8 / 96.6 = 36.02% -> 36.0
            # 12.3 / 96.6 = 12.733% -> 12.7, not 12.8; bounds 12.25 / 96.65 = 12.675%, 12.35 / 96.55 = 12.791%
            # -> 12.8 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 27.9 / 96.6 = 28.88% -> 28.9
            ("hierarchy", "exact"),  # 21.6 + 34.8 + 12.3 + 27.9 = 96.6
        ],
    ),
    # 19. Vertical table (India) whose rows are years, a lone value column headed by its unit only (Total, USD
    #     million) and a YoY column; 2025E an estimate; the 2024 YoY of 38.2% is inconsistent. Expected nowhere: the
    #     source's month and year, the rupee conversion rate, the 22 scheduled languages, the 2021 dash.
    dict(
        text=(
            "India: AI machine translation and voice localisation spending\n"
            "Year | USD million | YoY\n"
            "2021 | 42.6 | -\n"
            "2022 | 58.3 | 36.9%\n"
            "2023 | 79.5 | 36.4%\n"
            "2024 | 104.8 | 38.2%\n"
            "2025E | 136.2 | 30.0%\n"
            "Source: Deccan Language AI Tracker, May 2025; rupee spending converted at ₹83 to the dollar; covers the 22 "
            "scheduled languages. E = estimate."
        ),
        obs=[
            ("Total", 2021, 42.6, "USD million", "actual"),
            ("Total", 2022, 58.3, "USD million", "actual"),
            ("Total", 2023, 79.5, "USD million", "actual"),
            ("Total", 2024, 104.8, "USD million", "actual"),
            ("Total", 2025, 136.2, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 36.9, "percent", 2021, 2022, 1.0),
            ("growth", 36.4, "percent", 2022, 2023, 1.0),
            ("growth", 38.2, "percent", 2023, 2024, 1.0),
            ("growth", 30.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58.3 / 42.6) ** (1 / 1) - 1 = 36.85% -> 36.9
            ("cagr|implied", "exact"),  # (79.5 / 58.3) ** (1 / 1) - 1 = 36.36% -> 36.4
            # (104.8 / 79.5) ** (1 / 1) - 1 = 31.82% -> 31.8, not 38.2; bounds 104.75 / 79.55 - 1 = 31.68%,
            # 104.85 / 79.45 - 1 = 31.97% -> 38.2 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (136.2 / 104.8) ** (1 / 1) - 1 = 29.96% -> 30.0
        ],
    ),
    # 20. Tab-separated segment table (Canada, USD million) with a Total row: rows add to the Total in 2023 and
    #     2025F but not in 2024 (145 printed, 135 summed: inconsistent); 2025F an estimate. Expected nowhere: the
    #     note on conversion from Canadian dollars.
    dict(
        text=(
            "Canada: AI language-services spending by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI translation for federal and provincial services\t38\t47\t58\n"
            "AI subtitling and captioning for broadcasters\t22\t29\t37\n"
            "AI interpreting for health care and courts\t17\t23\t30\n"
            "AI localisation of apps and games\t29\t36\t45\n"
            "Total\t106\t145\t170\n"
            "Source: Laurentian Language Tech Tracker; figures converted from Canadian dollars at average annual rates."
        ),
        obs=[
            ("AI translation for federal and provincial services", 2023, 38, "USD million", "actual"),
            ("AI translation for federal and provincial services", 2024, 47, "USD million", "actual"),
            ("AI translation for federal and provincial services", 2025, 58, "USD million", "estimate"),
            ("AI subtitling and captioning for broadcasters", 2023, 22, "USD million", "actual"),
            ("AI subtitling and captioning for broadcasters", 2024, 29, "USD million", "actual"),
            ("AI subtitling and captioning for broadcasters", 2025, 37, "USD million", "estimate"),
            ("AI interpreting for health care and courts", 2023, 17, "USD million", "actual"),
            ("AI interpreting for health care and courts", 2024, 23, "USD million", "actual"),
            ("AI interpreting for health care and courts", 2025, 30, "USD million", "estimate"),
            ("AI localisation of apps and games", 2023, 29, "USD million", "actual"),
            ("AI localisation of apps and games", 2024, 36, "USD million", "actual"),
            ("AI localisation of apps and games", 2025, 45, "USD million", "estimate"),
            ("Total", 2023, 106, "USD million", "actual"),
            ("Total", 2024, 145, "USD million", "actual"),
            ("Total", 2025, 170, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 38 + 22 + 17 + 29 = 106
            # 2024: 47 + 29 + 23 + 36 = 135, not 145; bounds 133..137 (each part +/-0.5) miss 144.5..145.5
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025F: 58 + 37 + 30 + 45 = 170
        ],
    ),
    # 21. US earnings-call answer sizing a TAM (USD billion): "this year" is the call's year (2025, estimate), "last
    #     year" 2024 (actual); YoY with both amounts, CAGR with printed span. Expected nowhere: the dateline, the
    #     quarter's revenue, the gross margin, the 84 languages, the 9-cents-a-minute rate, the whole interpreting
    #     industry's $14 billion.
    dict(
        text=(
            "Lexaro Inc. Q4 2024 earnings call, February 13, 2025 - Q&A\n"
            "Analyst (Tomas Brandt, Keel Street Partners): How big is the opportunity in live AI interpreting?\n"
            "CEO Rebecca Osei: We size the total addressable market for AI interpreting on video calls, webinars and "
            "live events at about $3.2 billion this year, up 33% from $2.4 billion last year, and we see it reaching "
            "$9.6 billion by 2029, a compound annual rate of roughly 32% from 2025 to 2029. For our part, "
            "fourth-quarter revenue came in at $118 million with a 71% gross margin, we now cover 84 languages, and "
            "enterprise customers pay us around 9 cents a minute. The interpreting industry as a whole is still far "
            "larger, at something like $14 billion, most of it human."
        ),
        obs=[
            ("Total", 2024, 2.4, "USD billion", "actual"),
            ("Total", 2025, 3.2, "USD billion", "estimate"),
            ("Total", 2029, 9.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 33, "percent", 2024, 2025, 1.0),
            ("cagr", 32, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.2 / 2.4) ** (1 / 1) - 1 = 33.33% -> 33
            ("cagr|implied", "exact"),  # (9.6 / 3.2) ** (1 / 4) - 1 = 31.61% -> 32
        ],
    ),
    # 22. Leuven working-paper abstract (EUR million): YoY with both amounts (rounding only), a 2029 figure in
    #     billions converted to the series' unit, CAGR with printed span. Expected nowhere: the paper number, the 212
    #     post-production houses, the €1.90 per-minute rate, the 3.4 million minutes, the €4.3 billion audiovisual
    #     translation market, the CHF 41 million Swiss aside (francs are not in the unit table), the JEL codes.
    dict(
        text=(
            "Working Paper No. 2025-09, Leuven Centre for Media Economics. Abstract: We estimate the size of the "
            "market for AI subtitling and AI dubbing in Germany, France and Belgium from invoice data supplied by 212 "
            "post-production houses. Spending on these tools reached €640 million in 2023 and €812 million in 2024, a "
            "rise of 26.8%. Under our central scenario the market grows to €2.1 billion in 2029, a compound annual "
            "growth rate of 21% over 2024-2029. Machine subtitling has cut the going rate for a finished minute of "
            "subtitles to around €1.90, and the houses in our sample subtitled 3.4 million minutes in 2024. The wider "
            "audiovisual translation market, human work included, was worth roughly €4.3 billion. A comparable "
            "estimate for Switzerland, CHF 41 million, is reported in an appendix. JEL: L82, O33."
        ),
        obs=[
            ("Total", 2023, 640, "EUR million", "actual"),
            ("Total", 2024, 812, "EUR million", "actual"),
            ("Total", 2029, 2100, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 26.8, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (812 / 640) ** (1 / 1) - 1 = 26.875% -> 26.9, not 26.8; bounds 811.5 / 640.5 - 1 = 26.70%,
            # 812.5 / 639.5 - 1 = 27.05% -> 26.8 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (2100 / 812) ** (1 / 5) - 1 = 20.93% -> 21
        ],
    ),
    # 23. Numbered social-media thread on Japan (JPY billion): YoY with both amounts, a part with its share, a CAGR
    #     with printed span that no reading reaches (inconsistent). Expected nowhere: the ¥290 billion translation and
    #     interpreting industry, the ¥14 per-character rate, the 140 studios polled and their 61%.
    dict(
        text=(
            "1/ Japan's AI localisation market for games and apps has just been sized by Sakuradai Research, and the "
            "numbers are big. Thread.\n"
            "2/ The market reached ¥38.5 billion in 2024, up 22% from ¥31.6 billion in 2023.\n"
            "3/ Games are the bulk of it: ¥21.2 billion, or 55% of the total. App and web localisation made up the "
            "rest.\n"
            "4/ Sakuradai expects ¥74 billion by 2028, which it puts at a CAGR of 21% over 2024-2028.\n"
            "5/ Context: the whole Japanese translation and interpreting industry is around ¥290 billion, and human "
            "game localisation still goes for roughly ¥14 per character.\n"
            "6/ In a poll of 140 studios, 61% said they already use machine translation for first drafts. /end"
        ),
        obs=[
            ("Total", 2023, 31.6, "JPY billion", "actual"),
            ("Total", 2024, 38.5, "JPY billion", "actual"),
            ("Games", 2024, 21.2, "JPY billion", "actual"),
            ("Total", 2028, 74, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("share", 55, "percent", 2024, 2024, None),
            ("cagr", 21, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.5 / 31.6) ** (1 / 1) - 1 = 21.84% -> 22
            ("arithmetic", "exact"),  # 21.2 / 38.5 = 55.06% -> 55
            # (74 / 38.5) ** (1 / 4) - 1 = 17.75%; bounds (73.5 / 38.55) ** (1/4) - 1 = 17.51%,
            # (74.5 / 38.45) ** (1/4) - 1 = 17.98% -> 21 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Canadian web article with a correction line (USD million): YoY with both amounts, two parts, one with its
    #     share. Expected nowhere: the misprinted US$164 million, the 3,900 court interpreters, the C$95 hourly rate,
    #     the 47% survey answer, the update date.
    dict(
        text=(
            "AI steps into Canada's courtrooms and clinics\n"
            "By Martine Leclerc, The Northline Review, updated March 3, 2025\n"
            "Canadian courts, tribunals and hospitals spent US$146 million on AI court and medical interpreting tools "
            "in 2024, up 19% from US$123 million in 2023, according to estimates from the Ottawa consultancy Birchmark "
            "Advisory. Medical interpreting accounted for US$88 million, or 60% of the total, with court and tribunal "
            "interpreting making up the other US$58 million. The country still has some 3,900 certified human court "
            "interpreters, who bill around C$95 an hour, and in a Birchmark survey 47% of hospital administrators said "
            "they planned to expand AI interpreting next year.\n"
            "Correction: An earlier version of this article gave 2024 spending as US$164 million. The correct figure "
            "is US$146 million."
        ),
        obs=[
            ("Total", 2023, 123, "USD million", "actual"),
            ("Total", 2024, 146, "USD million", "actual"),
            ("Medical interpreting", 2024, 88, "USD million", "actual"),
            ("Court and tribunal interpreting", 2024, 58, "USD million", "actual"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("share", 60, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (146 / 123) ** (1 / 1) - 1 = 18.70% -> 19
            ("arithmetic", "exact"),  # 88 / 146 = 60.27% -> 60
        ],
    ),
    # 25. UK annual-report letter to shareholders (GBP million), dated 2025: "last year" is 2024 (actual); YoY with
    #     both amounts; "more than £1 billion" by 2028 (printed figure, estimate) converted to the series' unit; the
    #     CAGR's span is given only by the amounts' years (inferred). Expected nowhere: the £2.1 billion
    #     language-services market, the company's revenue, growth and margin, the 9.2 billion words, the 1,800
    #     clients and 46 languages, the letter's date.
    dict(
        text=(
            "To our shareholders\n"
            "2024 was the year machine translation became a boardroom purchase. By our estimate, UK businesses spent "
            "£412 million on AI machine translation last year, an increase of 22% on the £338 million they spent in "
            "2023, and we expect the market to be worth more than £1 billion by 2028, compound growth of about 25% a "
            "year. That is still a modest slice of a UK language-services market worth some £2.1 billion. Verbatica's "
            "own revenue rose 31% to £57.4 million, our adjusted operating margin reached 14%, and our engines "
            "translated 9.2 billion words for more than 1,800 clients in 46 languages.\n"
            "Helen Marchetti, Chair, Verbatica plc, Manchester, 20 March 2025"
        ),
        obs=[
            ("Total", 2023, 338, "GBP million", "actual"),
            ("Total", 2024, 412, "GBP million", "actual"),
            ("Total", 2028, 1000, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 25, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (412 / 338) ** (1 / 1) - 1 = 21.89% -> 22
            ("cagr|period", "exact"),  # (1000 / 412) ** (1 / 4) - 1 = 24.82% -> 25
        ],
    ),
    # 26. New York investor-day slide bullets (USD billion): the TAM the company sizes is the market (Total); 2025E and
    #     2028E are estimates; two CAGRs with printed spans, the 2023-2025E one holds only by rounding. Expected
    #     nowhere: the slide number, the company's revenue and margin, the 12M learners and 41 languages, the Series
    #     D round and valuation.
    dict(
        text=(
            "Parlance Technologies Investor Day, New York, June 10, 2025\n"
            "Slide 14: The market for AI language-learning tutors\n"
            "- Global TAM, AI tutors for language learning (consumer and enterprise)\n"
            "- 2023 TAM: $5.8B\n"
            "- 2025E TAM: $9.1B\n"
            "- 2028E TAM: $17.4B\n"
            "- 2023-2025E CAGR: 26%\n"
            "- 2025E-2028E CAGR: 24%\n"
            "- Parlance FY2024 revenue: $212M; adj. EBITDA margin 9%\n"
            "- 12M monthly active learners across 41 languages\n"
            "- Series D (2023): $150M raised at a $2.3B valuation"
        ),
        obs=[
            ("Total", 2023, 5.8, "USD billion", "actual"),
            ("Total", 2025, 9.1, "USD billion", "estimate"),
            ("Total", 2028, 17.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 26, "percent", 2023, 2025, None, "stated"),
            ("cagr", 24, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            # (9.1 / 5.8) ** (1 / 2) - 1 = 25.26% -> 25, not 26; bounds (9.05 / 5.85) ** (1/2) - 1 = 24.38%,
            # (9.15 / 5.75) ** (1/2) - 1 = 26.15% -> 26 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (17.4 / 9.1) ** (1 / 3) - 1 = 24.12% -> 24
        ],
    ),
    # 27. Forum answer quoting two research houses (USD billion): the first house's figures are the snippet's; YoY
    #     with both amounts; CAGR with printed span (rounding only). Expected nowhere: the second house's $870 million
    #     for 2024, the $8 billion dubbing and subtitling industry, the $250 hourly rate, the $18 million round and
    #     $95 million valuation, the upvotes.
    dict(
        text=(
            "Re: How big is the US market for AI dubbing, really?\n"
            "Answer from reelvoice_42 (14 upvotes)\n"
            "Depends which research house you ask. Northgate Insights puts US spending on AI dubbing and synthetic "
            "voice localisation at $1.24 billion in 2024, up 29% from $0.96 billion in 2023, and expects $3.9 billion "
            "in 2030, a CAGR of 21.1% for 2024-2030. Halbrook Research is more cautious and has 2024 at just $870 "
            "million. Either figure is small next to the roughly $8 billion Americans spend on dubbing and subtitling "
            "overall. For what it's worth, the union voice actors I know still get about $250 per finished hour, and "
            "a friend's startup just raised $18 million at a $95 million valuation."
        ),
        obs=[
            ("Total", 2023, 0.96, "USD billion", "actual"),
            ("Total", 2024, 1.24, "USD billion", "actual"),
            ("Total", 2030, 3.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2023, 2024, 1.0),
            ("cagr", 21.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.24 / 0.96) ** (1 / 1) - 1 = 29.17% -> 29
            # (3.9 / 1.24) ** (1 / 6) - 1 = 21.04% -> 21.0, not 21.1; bounds (3.85 / 1.245) ** (1/6) - 1 = 20.70%,
            # (3.95 / 1.235) ** (1/6) - 1 = 21.38% -> 21.1 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Indian broker note in rupees: rupees are not in the unit table, so no observation; its YoY, CAGR and share
    #     are claims, none with two amounts in a held currency, so no verdicts. Expected nowhere: the dateline, the
    #     Rs 2,150 crore, the 22 languages and 500 million users, the target price and upside, the pick's margin and
    #     the December quarter, the Rs 0.60 per-word rate.
    dict(
        text=(
            "Kesari Capital, India IT Services, Mumbai, 22 January 2025\n"
            "Speaking every language. We size India's market for AI localisation of apps and websites at Rs 2,150 "
            "crore in FY2024, up 31% year on year, and forecast a CAGR of 27% over FY2024-FY2029 as vernacular users "
            "come online. E-commerce and fintech apps account for 38% of that spend. India has 22 scheduled languages "
            "and we count more than 500 million vernacular internet users. Our top pick, Bhashalink Technologies (BUY, "
            "TP Rs 1,240, 26% upside), posted a 19% EBITDA margin in the December quarter and charges Rs 0.60 per word "
            "for machine-first localisation."
        ),
        obs=[],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 27, "percent", 2024, 2029, None, "stated"),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元): YoY with both amounts, a part with its share, a 今年 figure (2025,
    #     有望突破, printed figure, estimate). Expected nowhere: the dateline, the 1,280亿元 language-services output, the
    #     68万 translators, the 5万亿字 of machine translation.
    dict(
        text=(
            "新华社北京2025年3月18日电(记者周启航)记者从中国语言服务产业联盟获悉,2024年我国人工智能翻译市场规模达到"
            "186.4亿元,较2023年的144.9亿元增长28.6%。其中,面向企业的机器翻译服务市场规模为97.2亿元,占比52.1%。联盟"
            "预计,今年我国人工智能翻译市场规模有望突破240亿元。数据显示,2024年全国语言服务行业总产值约为1,280亿元,"
            "全国从事翻译和本地化工作的人员约68万人,机器翻译年处理量超过5万亿字。业内人士表示,大模型正推动语言服务从"
            "“人译机辅”走向“机译人校”。"
        ),
        obs=[
            ("Total", 2023, 144.9, "CNY 100 million", "actual"),
            ("Total", 2024, 186.4, "CNY 100 million", "actual"),
            ("面向企业的机器翻译服务", 2024, 97.2, "CNY 100 million", "actual"),
            ("Total", 2025, 240, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("share", 52.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (186.4 / 144.9) ** (1 / 1) - 1 = 28.64% -> 28.6
            ("arithmetic", "exact"),  # 97.2 / 186.4 = 52.15% -> 52.1
        ],
    ),
    # 30. Nanjing municipal plan (Simplified, 万元): 2024 base 8,600万元 (actual) and a 2027 target printed as 1.5亿元
    #     (突破, printed figure, estimate) expected converted to the series' unit (15,000 万元); the CAGR's span is
    #     given only by the amounts' years (inferred). Expected nowhere: the plan title's years, the 15 firms with
    #     revenue above 千万元, the 30 corpora and 50 languages, the 2,000 trained staff, the 100 events.
    dict(
        text=(
            "《南京市人工智能赋能语言服务产业发展行动方案(2025—2027年)》近日印发。方案提出,依托大模型技术,重点发展"
            "机器翻译、AI同声传译、智能字幕与多语种本地化服务。2024年,全市人工智能语言服务产业规模为8,600万元;到2027年,"
            "力争产业规模突破1.5亿元,年均增长约20%。方案同时明确,到2027年培育年营收超千万元的语言科技企业15家,建设"
            "多语种语料库30个、覆盖语种50种以上,培养复合型语言科技人才2,000名,为在宁举办的国际会展提供AI口译服务"
            "不少于100场次。"
        ),
        obs=[
            ("Total", 2024, 8600, "CNY 10 thousand", "actual"),
            ("Total", 2027, 15000, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (15000 / 8600) ** (1 / 3) - 1 = 20.37% -> 20
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): YoY with both amounts, a part with its share, a CAGR
    #     with printed span. Expected nowhere: the release day, the 312 firms surveyed and their 57%, the 0.8-1.2元
    #     per-word rate, the 210億元 language-services output.
    dict(
        text=(
            "【台北訊】台灣數位語言產業研究院今(12)日發布最新調查指出,2024年台灣AI翻譯與在地化服務市場規模達新台幣"
            "58.6億元,較2023年的44.3億元成長32.3%;其中,遊戲與App在地化為21.8億元,占整體市場37.2%。研究院預估,"
            "2027年市場規模將達新台幣132億元,2024至2027年年複合成長率約31%。研究院指出,此次共調查312家企業,其中有57%"
            "已導入生成式AI翻譯;目前人工筆譯每字費率約新台幣0.8至1.2元,台灣語言服務整體產值則約新台幣210億元。"
        ),
        obs=[
            ("Total", 2023, 44.3, "TWD 100 million", "actual"),
            ("Total", 2024, 58.6, "TWD 100 million", "actual"),
            ("遊戲與App在地化", 2024, 21.8, "TWD 100 million", "actual"),
            ("Total", 2027, 132, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32.3, "percent", 2023, 2024, 1.0),
            ("share", 37.2, "percent", 2024, 2024, None),
            ("cagr", 31, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58.6 / 44.3) ** (1 / 1) - 1 = 32.28% -> 32.3
            ("arithmetic", "exact"),  # 21.8 / 58.6 = 37.20% -> 37.2
            ("cagr|implied", "exact"),  # (132 / 58.6) ** (1 / 3) - 1 = 31.09% -> 31
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): YoY with both amounts that no reading reaches
    #     (inconsistent), a CAGR with printed span. Expected nowhere: the report's title year, the shares given only
    #     as fractions in words (約佔四成三, 約佔三成), the 86 member firms, the 42萬 minutes, the 80-150港元
    #     per-minute rate.
    dict(
        text=(
            "香港語言服務業協會今日發表《2025香港語言科技發展報告》,指出2024年本港AI字幕及配音市場規模為12.4億港元,"
            "較2023年的10.5億港元按年增長16%。報告預期,市場規模於2026年將升至18.1億港元,2024至2026年年均複合增長率"
            "約21%。按語言劃分,粵語及英語雙語字幕約佔四成三,普通話配音約佔三成。協會現有會員機構86間,去年本港電視台"
            "及串流平台合共製作AI字幕約42萬分鐘,每分鐘收費約80至150港元。協會主席指出,整體翻譯及語言服務市場仍以人工"
            "服務為主,AI應用方興未艾。"
        ),
        obs=[
            ("Total", 2023, 10.5, "HKD 100 million", "actual"),
            ("Total", 2024, 12.4, "HKD 100 million", "actual"),
            ("Total", 2026, 18.1, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            # (12.4 / 10.5) ** (1 / 1) - 1 = 18.10%; bounds 12.35 / 10.55 - 1 = 17.06%, 12.45 / 10.45 - 1 = 19.14%
            # -> 16 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (18.1 / 12.4) ** (1 / 2) - 1 = 20.82% -> 21
        ],
    ),
    # 33. PTT post (Traditional, 新台幣億元), dated 2025: 去年 2024 (約, printed figure, actual), 今年 2025 (estimate)
    #     with a YoY that holds only by rounding, a 2028 figure (上看, estimate), a CAGR with printed span. The title's
    #     12億 is the less precise statement of the 2025 figure (12.3). Expected nowhere: the post time, the 450
    #     conference interpreters, the 2萬-3萬元 day rate, the 62% survey answer.
    dict(
        text=(
            "作者 linguacat (譯者貓)\n"
            "看板 Translation\n"
            "標題 [情報] 台灣AI口譯市場估計出爐 今年上看12億\n"
            "時間 Tue Apr 15 21:03:11 2025\n"
            "1.新聞來源:聯合財經網\n"
            "2.內容:民間研究機構「瀚思市場研究」昨天公布,台灣AI即時口譯(視訊會議、研討會與展會)市場規模去年約新台幣"
            "9.8億元,預估今年成長25%至12.3億元,2028年上看26億元,2024至2028年複合成長率約28%。報告也提到,國內登錄的"
            "會議口譯員約450人,一天行情約新台幣2萬至3萬元。\n"
            "3.心得:身為口譯員看了有點慌,不過報告說受訪企業有62%還是會在重要場合找真人口譯,暫時還有飯吃吧。"
        ),
        obs=[
            ("Total", 2024, 9.8, "TWD 100 million", "actual"),
            ("Total", 2025, 12.3, "TWD 100 million", "estimate"),
            ("Total", 2028, 26, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
            ("cagr", 28, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (12.3 / 9.8) ** (1 / 1) - 1 = 25.51% -> 26, not 25; bounds 12.25 / 9.85 - 1 = 24.37%,
            # 12.35 / 9.75 - 1 = 26.67% -> 25 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (26 / 9.8) ** (1 / 4) - 1 = 27.63% -> 28
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) with a 2027 range (two value claims), a YoY with both amounts that no
    #     reading reaches (inconsistent). Expected nowhere: the report date, the 1.2万 conferences, the 8,000-12,000元
    #     day rate for human interpreters, the target price and upside, the pick's revenue, growth and gross margin,
    #     its 5亿元 round and 80亿元 valuation.
    dict(
        text=(
            "【华岳证券】AI同传行业深度报告:从会场走向云端(2025年7月8日)\n"
            "摘要:我们测算,2024年我国AI同声传译及会议口译市场规模为31.5亿元,较2023年的22.6亿元同比增长41%;预计"
            "2027年市场规模将达到85—102亿元。其中,云端会议AI字幕与同传服务为当前最大细分领域。2024年全国举办各类国际"
            "会议和展会约1.2万场,人工同传报价约每天8,000—12,000元。首次覆盖给予行业“增持”评级,重点推荐译联科技(目标价"
            "56元,上涨空间31%),公司2024年营业收入9.3亿元,同比增长27%,毛利率46%;公司近期完成C轮融资5亿元,投后估值"
            "80亿元。"
        ),
        obs=[
            ("Total", 2023, 22.6, "CNY 100 million", "actual"),
            ("Total", 2024, 31.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 41, "percent", 2023, 2024, 1.0),
            ("value", 85, "CNY 100 million", 2027, 2027, None),
            ("value", 102, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            # (31.5 / 22.6) ** (1 / 1) - 1 = 39.38%; bounds 31.45 / 22.65 - 1 = 38.85%, 31.55 / 22.55 - 1 = 39.91%
            # -> 41 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 35. Results-briefing transcript (Simplified, 亿元), dated 2025: 去年 2024 (大约, printed figure, actual), 今年
    #     2025 (有望, estimate) with a YoY that holds only by rounding, 2027 (接近, printed figure, estimate), a CAGR
    #     with printed span (今年到2027年). Expected nowhere: the company's revenue and gross margin, the first quarter's
    #     revenue and growth, the 63 languages, the 400 games, the 15% share target.
    dict(
        text=(
            "云译科技2024年度业绩说明会文字实录(2025年4月22日)\n"
            "投资者:请问公司如何看待游戏和应用出海AI本地化的市场空间?\n"
            "董事长 陈立群:根据我们的测算,国内游戏与应用出海AI本地化服务的市场规模去年大约是42亿元,今年有望达到55亿元"
            "左右,增速在30%左右;到2027年接近90亿元,今年到2027年年均复合增长约28%。公司去年实现营业收入6.8亿元,毛利率"
            "38.5%,今年一季度营收1.9亿元,同比增长22%。目前我们的引擎支持63种语言,累计服务出海游戏超过400款。我们的目标"
            "是到2027年占据这一市场15%的份额。"
        ),
        obs=[
            ("Total", 2024, 42, "CNY 100 million", "actual"),
            ("Total", 2025, 55, "CNY 100 million", "estimate"),
            ("Total", 2027, 90, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2024, 2025, 1.0),
            ("cagr", 28, "percent", 2025, 2027, None, "stated"),
        ],
        verdicts=[
            # (55 / 42) ** (1 / 1) - 1 = 30.95% -> 31, not 30; bounds 54.5 / 42.5 - 1 = 28.24%,
            # 55.5 / 41.5 - 1 = 33.73% -> 30 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (90 / 55) ** (1 / 2) - 1 = 27.92% -> 28
        ],
    ),
    # 36. Markdown table by segment (EUR million) with a CAGR column; 2027F is an estimate; rows add to the Total row;
    #     the interpreting CAGR holds only by rounding. Expected nowhere: the table number, the title's year span, the
    #     source's date, the EUR 2.9 billion language-services market in the note.
    dict(
        text=(
            "Table 3. Germany: AI language services by segment, 2023-2027F (EUR million)\n"
            "| Segment | 2023 | 2024 | 2027F | CAGR 2024-27 |\n"
            "|---|---|---|---|---|\n"
            "| Machine translation for businesses | 412 | 508 | 905 | 21.2% |\n"
            "| AI subtitling and dubbing | 136 | 171 | 318 | 23.0% |\n"
            "| AI meeting and event interpreting | 58 | 79 | 164 | 27.8% |\n"
            "| AI localisation of games and apps | 94 | 117 | 205 | 20.6% |\n"
            "| Total | 700 | 875 | 1,592 | 22.1% |\n"
            "Source: Rheinweg Sprachdaten GmbH, Cologne, February 2025. Note: F = forecast. The German "
            "language-services market as a whole, human translation included, was about EUR 2.9 billion in 2024."
        ),
        obs=[
            ("Machine translation for businesses", 2023, 412, "EUR million", "actual"),
            ("Machine translation for businesses", 2024, 508, "EUR million", "actual"),
            ("Machine translation for businesses", 2027, 905, "EUR million", "estimate"),
            ("AI subtitling and dubbing", 2023, 136, "EUR million", "actual"),
            ("AI subtitling and dubbing", 2024, 171, "EUR million", "actual"),
            ("AI subtitling and dubbing", 2027, 318, "EUR million", "estimate"),
            ("AI meeting and event interpreting", 2023, 58, "EUR million", "actual"),
            ("AI meeting and event interpreting", 2024, 79, "EUR million", "actual"),
            ("AI meeting and event interpreting", 2027, 164, "EUR million", "estimate"),
            ("AI localisation of games and apps", 2023, 94, "EUR million", "actual"),
            ("AI localisation of games and apps", 2024, 117, "EUR million", "actual"),
            ("AI localisation of games and apps", 2027, 205, "EUR million", "estimate"),
            ("Total", 2023, 700, "EUR million", "actual"),
            ("Total", 2024, 875, "EUR million", "actual"),
            ("Total", 2027, 1592, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 21.2, "percent", 2024, 2027, None, "stated"),
            ("cagr", 23.0, "percent", 2024, 2027, None, "stated"),
            ("cagr", 27.8, "percent", 2024, 2027, None, "stated"),
            ("cagr", 20.6, "percent", 2024, 2027, None, "stated"),
            ("cagr", 22.1, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (905 / 508) ** (1 / 3) - 1 = 21.23% -> 21.2
            ("cagr|implied", "exact"),  # (318 / 171) ** (1 / 3) - 1 = 22.97% -> 23.0
            # (164 / 79) ** (1 / 3) - 1 = 27.57% -> 27.6, not 27.8; bounds (163.5 / 79.5) ** (1/3) - 1 = 27.17%,
            # (164.5 / 78.5) ** (1/3) - 1 = 27.97% -> 27.8 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (205 / 117) ** (1 / 3) - 1 = 20.56% -> 20.6
            ("cagr|implied", "exact"),  # (1592 / 875) ** (1 / 3) - 1 = 22.08% -> 22.1
            ("hierarchy", "exact"),  # 2023: 412 + 136 + 58 + 94 = 700
            ("hierarchy", "exact"),  # 2024: 508 + 171 + 79 + 117 = 875
            ("hierarchy", "exact"),  # 2027F: 905 + 318 + 164 + 205 = 1592
        ],
    ),
    # 37. Tab-separated Japanese table in yen (JPY billion), fiscal years, with a YoY column: rows add to the Total
    #     row. Expected nowhere: the exhibit number, the 318 vendors surveyed, the source's date, the JPY 0.9 trillion
    #     human translation and interpreting market in the note.
    dict(
        text=(
            "Exhibit 5: Japan, AI translation and interpreting market by segment (JPY billion)\n"
            "Segment\tFY2023\tFY2024\tYoY\n"
            "Enterprise machine translation\t42.6\t51.8\t21.6%\n"
            "AI meeting interpreting\t11.3\t15.9\t40.7%\n"
            "AI subtitling for broadcast and streaming\t8.4\t10.2\t21.4%\n"
            "AI medical interpreting\t3.1\t4.4\t41.9%\n"
            "Total\t65.4\t82.3\t25.8%\n"
            "Note: fiscal years ending March. Source: Kanda Language Research, survey of 318 vendors, June 2025. "
            "Excludes human translation and interpreting (about JPY 0.9 trillion)."
        ),
        obs=[
            ("Enterprise machine translation", 2023, 42.6, "JPY billion", "actual"),
            ("Enterprise machine translation", 2024, 51.8, "JPY billion", "actual"),
            ("AI meeting interpreting", 2023, 11.3, "JPY billion", "actual"),
            ("AI meeting interpreting", 2024, 15.9, "JPY billion", "actual"),
            ("AI subtitling for broadcast and streaming", 2023, 8.4, "JPY billion", "actual"),
            ("AI subtitling for broadcast and streaming", 2024, 10.2, "JPY billion", "actual"),
            ("AI medical interpreting", 2023, 3.1, "JPY billion", "actual"),
            ("AI medical interpreting", 2024, 4.4, "JPY billion", "actual"),
            ("Total", 2023, 65.4, "JPY billion", "actual"),
            ("Total", 2024, 82.3, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
            ("growth", 40.7, "percent", 2023, 2024, 1.0),
            ("growth", 21.4, "percent", 2023, 2024, 1.0),
            ("growth", 41.9, "percent", 2023, 2024, 1.0),
            ("growth", 25.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 51.8 / 42.6 - 1 = 21.60% -> 21.6
            ("cagr|implied", "exact"),  # 15.9 / 11.3 - 1 = 40.71% -> 40.7
            ("cagr|implied", "exact"),  # 10.2 / 8.4 - 1 = 21.43% -> 21.4
            ("cagr|implied", "exact"),  # 4.4 / 3.1 - 1 = 41.94% -> 41.9
            ("cagr|implied", "exact"),  # 82.3 / 65.4 - 1 = 25.84% -> 25.8
            ("hierarchy", "exact"),  # FY2023: 42.6 + 11.3 + 8.4 + 3.1 = 65.4
            ("hierarchy", "exact"),  # FY2024: 51.8 + 15.9 + 10.2 + 4.4 = 82.3
        ],
    ),
    # 38. Space-aligned UK table (GBP million, 2024) with a share column: rows add to the Total row; the Total's
    #     100.0% is no claim; the corporate-video share holds only by rounding. Expected nowhere: the 1.9 million
    #     programme minutes, the source's date.
    dict(
        text=(
            "UK: AI subtitling and dubbing spend by buyer, 2024\n"
            "Buyer                            GBP million     Share\n"
            "Streaming platforms                     96.4     48.5%\n"
            "Broadcasters                            52.7     26.5%\n"
            "Corporate and marketing video           30.7     15.4%\n"
            "E-learning providers                    18.9      9.5%\n"
            "Total                                  198.7    100.0%\n"
            "Note: spending on AI subtitling, captioning and dubbing tools and services; excludes human subtitling and "
            "the 1.9 million programme minutes broadcasters subtitle in-house. Source: Albion Screen Languages Group, "
            "April 2025."
        ),
        obs=[
            ("Streaming platforms", 2024, 96.4, "GBP million", "actual"),
            ("Broadcasters", 2024, 52.7, "GBP million", "actual"),
            ("Corporate and marketing video", 2024, 30.7, "GBP million", "actual"),
            ("E-learning providers", 2024, 18.9, "GBP million", "actual"),
            ("Total", 2024, 198.7, "GBP million", "actual"),
        ],
        claims=[
            ("share", 48.5, "percent", 2024, 2024, None),
            ("share", 26.5, "percent", 2024, 2024, None),
            ("share", 15.4, "percent", 2024, 2024, None),
            ("share", 9.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 96.4 / 198.7 = 48.52% -> 48.5
            ("arithmetic", "exact"),  # 52.7 / 198.7 = 26.52% -> 26.5
            # 30.7 / 198.7 = 15.450% -> 15.5, not 15.4; bounds 30.65 / 198.75 = 15.421%, 30.75 / 198.65 = 15.479%
            # -> 15.4 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 18.9 / 198.7 = 9.51% -> 9.5
            ("hierarchy", "exact"),  # 96.4 + 52.7 + 30.7 + 18.9 = 198.7
        ],
    ),
    # 39. Vertical pipe table whose rows are years, a lone value column headed by its unit only (the market's Total);
    #     2025E and 2026E are estimates; the note's YoY and CAGR have printed spans. Expected nowhere: the title's
    #     year span, the EUR 520 million human dubbing market, the 2,300 voice actors, the source's date.
    dict(
        text=(
            "France: AI dubbing and voice localisation market, 2021-2026E\n"
            "Year | EUR million\n"
            "2021 | 61\n"
            "2022 | 84\n"
            "2023 | 112\n"
            "2024 | 149\n"
            "2025E | 196\n"
            "2026E | 254\n"
            "Note: E = estimate. Growth 2023-2024: 33%; CAGR 2024-2026E: 30.6%. Excludes human dubbing (about EUR 520 "
            "million in 2024) and the fees of the 2,300 dubbing actors on union rolls. Source: Observatoire Doublage "
            "et IA, Paris, May 2025."
        ),
        obs=[
            ("Total", 2021, 61, "EUR million", "actual"),
            ("Total", 2022, 84, "EUR million", "actual"),
            ("Total", 2023, 112, "EUR million", "actual"),
            ("Total", 2024, 149, "EUR million", "actual"),
            ("Total", 2025, 196, "EUR million", "estimate"),
            ("Total", 2026, 254, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 33, "percent", 2023, 2024, 1.0),
            ("cagr", 30.6, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (149 / 112) ** (1 / 1) - 1 = 33.04% -> 33
            ("cagr|implied", "exact"),  # (254 / 149) ** (1 / 2) - 1 = 30.56% -> 30.6
        ],
    ),
    # 40. Pipe-separated Traditional Chinese table (億港元) with a 合計 row; 2025年(預測) is an estimate; the 2024
    #     合計 holds only by rounding and the 2025 合計 exceeds its rows' sum beyond rounding (inconsistent). Expected
    #     nowhere: the table number, the source's date, the 58億港元 human translation and interpreting market.
    dict(
        text=(
            "表4 香港AI語言服務市場細分規模(單位:億港元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預測)\n"
            "企業機器翻譯 | 7.2 | 8.9 | 11.0\n"
            "AI字幕及配音 | 4.6 | 5.8 | 7.3\n"
            "AI會議及法庭傳譯 | 2.3 | 3.1 | 4.2\n"
            "AI語言學習導師 | 3.4 | 4.2 | 5.3\n"
            "合計 | 17.5 | 22.1 | 27.5\n"
            "資料來源:香港語言科技協進會,2025年5月;2025年(預測)為預測值;不含人工翻譯及傳譯服務(約58億港元)。"
        ),
        obs=[
            ("企業機器翻譯", 2023, 7.2, "HKD 100 million", "actual"),
            ("企業機器翻譯", 2024, 8.9, "HKD 100 million", "actual"),
            ("企業機器翻譯", 2025, 11.0, "HKD 100 million", "estimate"),
            ("AI字幕及配音", 2023, 4.6, "HKD 100 million", "actual"),
            ("AI字幕及配音", 2024, 5.8, "HKD 100 million", "actual"),
            ("AI字幕及配音", 2025, 7.3, "HKD 100 million", "estimate"),
            ("AI會議及法庭傳譯", 2023, 2.3, "HKD 100 million", "actual"),
            ("AI會議及法庭傳譯", 2024, 3.1, "HKD 100 million", "actual"),
            ("AI會議及法庭傳譯", 2025, 4.2, "HKD 100 million", "estimate"),
            ("AI語言學習導師", 2023, 3.4, "HKD 100 million", "actual"),
            ("AI語言學習導師", 2024, 4.2, "HKD 100 million", "actual"),
            ("AI語言學習導師", 2025, 5.3, "HKD 100 million", "estimate"),
            ("合計", 2023, 17.5, "HKD 100 million", "actual"),
            ("合計", 2024, 22.1, "HKD 100 million", "actual"),
            ("合計", 2025, 27.5, "HKD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 7.2 + 4.6 + 2.3 + 3.4 = 17.5
            # 2024: 8.9 + 5.8 + 3.1 + 4.2 = 22.0 vs 22.1; rows' bounds 21.8-22.2, total's 22.05-22.15
            # -> reached only by some reading
            ("hierarchy", "rounding"),
            # 2025(預測): 11.0 + 7.3 + 4.2 + 5.3 = 27.8 vs 27.5; rows' bounds 27.6-28.0, total's 27.45-27.55
            # -> no reading reaches
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-twenty-third check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 7, 'rounding': 16, 'exact': 73}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    'about 18% of the total',
    'Rival house Oriel Conseil puts the 2024 market higher',
    'total addressable market',
    'An earlier version of this article',
    'more than doubled',
    '较2023年增长2倍',
    '新台幣32.4億元',
    '億港元',
    '中央社記者林佳慧台北2025年4月22日電',
    '| Segment | 2024 | 2030F | CAGR 2024-30 |',
    '2024 | 104.8 | 38.2%',
    'Q4 2024 earnings call, February 13, 2025',
    'Working Paper No. 2025-09, Leuven Centre for Media Economics. Abstract:',
    '2/ The market reached ¥38.5 billion in 2024',
    'Correction: An earlier version of this article',
    'To our shareholders',
    '- 2025E TAM: $9.1B',
    'Halbrook Research is more cautious',
    'Kesari Capital, India IT Services, Mumbai, 22 January 2025',
    '新华社北京2025年3月18日电',
    '標題 [情報] 台灣AI口譯市場估計出爐',
    '预计2027年市场规模将达到85—102亿元',
    '| Segment | 2023 | 2024 | 2027F | CAGR 2024-27 |',
    '合計 | 17.5 | 22.1 | 27.5',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 205
#: figures, 63 rates, 91 verdicts and 2 false inconsistent
FLOORS = {"figures_found": 206, "rates_found": 63, "verdicts_right": 92}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 2


if __name__ == "__main__":  # python tests/extract_checkset223.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
