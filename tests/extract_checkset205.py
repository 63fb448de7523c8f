"""A two-hundred-and-fifth check set for the extractor, written blind: AI in funeral, cemetery and deathcare services:
AI memorial and grief-support chatbots, digital-legacy and "griefbot" platforms, AI scheduling and arrangement software
for funeral homes, AI-generated tributes and obituary writing, smart columbarium and cemetery-management systems, AI
pricing and pre-need plan sales tools; sized in money by funeral directors' associations, deathcare consultancies,
brokers covering listed funeral groups, research houses and vendors' investor days, in the United States, the United
Kingdom, Canada, Australia, Japan, South Korea, Singapore, Germany, the Netherlands, mainland China, Taiwan and Hong
Kong. Distractors a careful reader leaves out: total funeral-service revenue beside the AI part, numbers of deaths,
funerals or funeral homes, a funeral group's own revenue or margin, pre-need trust balances, the price of a plot or a
service, a funding round and valuation, a quarter's figures, a survey's percentages.

Snippets 1-20: invented excerpts sizing spending on AI in funeral, cemetery and deathcare services (grief-support
chatbots, digital-legacy platforms, arrangement software, AI obituaries, smart columbaria, pre-need sales tools) in the
US, UK, the Netherlands, Japan, mainland China, Taiwan and Hong Kong. Eight are English prose (a wire release, a broker
note in fiscal years, a briefing with segment shares, an article quoting two research houses, an investor-day TAM, a
Tokyo strategy with last-year/this-year figures, a correction with a range, a blog post with a multiple); seven Chinese
prose (an industry report, a provincial plan with 力争 and 增长3倍, a wire story quoting two institutes, a Taiwanese white
paper, a Hong Kong story in 億港元, a Taipei story with 去年/今年, a broker deep-dive); five tables (markdown with CAGRs,
tab-separated with YoY, space-aligned with 合计, a vertical table of years, a 合計 table with shares). Left out: funeral
revenue, deaths, funeral homes, firms' revenue, pre-need trust balances, prices, funding rounds, quarters, surveys,
price targets, a superseded figure and a second house's estimate. Inconsistent: the Hong Kong 26% YoY (13) and the 25.1%
pricing-tools YoY (17). Only by rounding: the UK CAGR of roughly 21% (2), the 32% Dutch share (3), the Taipei 26% (14),
the 26.4% obituaries CAGR (16), Japan's 24.6% for 2024 (19) and the 36.9% columbarium share (20).

Snippets 21-40: twenty invented texts on AI in deathcare. Eight are English prose: an earnings-call answer sizing a TAM,
a working-paper abstract, a numbered social-media thread, a web article with a correction, an annual-report letter,
investor-day slide bullets, a forum answer quoting two research houses and a Singapore broker note priced in Singapore
dollars. Seven are Chinese prose: a Xinhua-style release, a Chengdu municipal plan, a Taipei research release, a Hong
Kong association report and a PTT post (the last three Traditional), a broker abstract with a 2027 range and a
results-briefing transcript. Five are tables: markdown with a CAGR column, tab-separated yen with a YoY column,
space-aligned sterling with shares, a vertical euro table whose rows are years, and a Chinese markdown table with a 合计
row. Left out: total funeral revenue, deaths, cremations, funerals, funeral homes, a group's own revenue, margin,
dividend and trust balances, plot, niche and service prices, a funding round and valuation, survey answers, the
corrected-away figure, the second research house's figure and every Singapore-dollar amount. Inconsistent: the Chengdu
plan's 25% (amounts give 20.4%), the PTT poster's 35% (28.1%) and table 40's 2024 合计 (rows add to 22.1). Only by
rounding: the letter's 19%, Taipei's 22.7%, Hong Kong's 18.9%, the 17.4% cemetery CAGR, the 14.1% columbarium YoY and
the 14.8% tributes share.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Chicago wire press release: YoY growth with both amounts, CAGR with printed span; the 2030 figure in billions
    #    converted to the series' unit (USD million). Expected nowhere: the outlook's title year, the 860 surveyed
    #    directors, total U.S. funeral service revenue, the 3.07 million deaths, the 58% survey answer.
    dict(
        text=(
            "CHICAGO, March 11, 2025 /PRNewswire/ -- U.S. funeral homes and cemetery operators spent $312 million on "
            "artificial-intelligence software in 2024, from arrangement scheduling to automated obituary writing, up "
            "24% from $252 million in 2023, according to the 2025 Deathcare Technology Outlook released today by "
            "Marrowfield Research. The Chicago firm, which surveyed 860 funeral directors, forecasts spending of $1.2 "
            "billion by 2030, a compound annual growth rate of 25.2% over 2024-2030. By comparison, U.S. funeral "
            "service revenue reached an estimated $23.4 billion in 2024, and about 3.07 million Americans died that "
            "year. Some 58% of directors surveyed said families now ask for an online memorial page."
        ),
        obs=[
            ("Total", 2023, 252, "USD million", "actual"),
            ("Total", 2024, 312, "USD million", "actual"),
            ("Total", 2030, 1200, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 25.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (312 / 252) ** (1 / 1) - 1 = 23.81% -> 24
            ("cagr|implied", "exact"),  # (1200 / 312) ** (1 / 6) - 1 = 25.17% -> 25.2
        ],
    ),
    # 2. Edinburgh broker sector note in fiscal years; CAGR span only from the amounts' years, printed "roughly 21%"
    #    while the amounts give 21.72%. Expected nowhere: the dateline, the sector's £2.9bn billings last year, the
    #    covered company's revenue, growth and margin, its target price and upside, the funeral price, the deaths.
    dict(
        text=(
            "UK DEATHCARE - Sector update - Edinburgh, 9 June 2025\n"
            "Arrangements go digital. We size the UK market for AI arrangement, pricing and online-memorial software "
            "sold to funeral directors at \u00a364m in FY2024 (year to March) and forecast \u00a3171m by FY2029e, a CAGR "
            "of roughly 21%. That is a sliver of the \u00a32.9bn the sector billed families last year. Our top pick, "
            "Hallowmere Funeral Services plc (BUY, TP 486p, 22% upside), grew FY2024 revenue 7% to \u00a3318.6m at a "
            "26% EBITDA margin. The average simple funeral now costs \u00a34,285, and the UK recorded about 581,000 "
            "deaths in 2024."
        ),
        obs=[
            ("Total", 2024, 64, "GBP million", "actual"),
            ("Total", 2029, 171, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (171 / 64) ** (1 / 5) - 1 = 21.72% -> 22, not 21; bounds (170.5 / 64.5) ** (1/5) - 1 = 21.46%,
            # (171.5 / 63.5) ** (1/5) - 1 = 21.98% -> 21 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Utrecht research briefing: a total and three segments with shares; the largest segment's share holds only by
    #    rounding. Expected nowhere: the dateline, the 171,000 deaths, the 1,150 funeral companies, the funeral price.
    dict(
        text=(
            "UTRECHT, 2 April 2025 - Dutch funeral organisations and cemetery operators spent \u20ac138 million on AI "
            "tools in 2024, according to a briefing from the Lindenhof Deathcare Institute. Arrangement and "
            "scheduling software took the biggest slice, \u20ac45 million or about 32%, followed by AI-written "
            "obituaries and tribute videos at \u20ac31 million (22%). Smart cemetery and columbarium management "
            "systems came to \u20ac24 million, some 17% of the total. The institute expects spending to reach \u20ac310 "
            "million in 2028. The Netherlands recorded roughly 171,000 deaths in 2024, served by about 1,150 funeral "
            "companies, and an average funeral now costs \u20ac9,800."
        ),
        obs=[
            ("Total", 2024, 138, "EUR million", "actual"),
            ("Arrangement and scheduling software", 2024, 45, "EUR million", "actual"),
            ("AI-written obituaries and tribute videos", 2024, 31, "EUR million", "actual"),
            ("Smart cemetery and columbarium management systems", 2024, 24, "EUR million", "actual"),
            ("Total", 2028, 310, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 32, "percent", 2024, 2024, None),
            ("share", 22, "percent", 2024, 2024, None),
            ("share", 17, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 45 / 138 = 32.61% -> 33, not 32; bounds 44.5 / 138.5 = 32.13%, 45.5 / 137.5 = 33.09% -> 32 by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 31 / 138 = 22.46% -> 22
            ("arithmetic", "exact"),  # 24 / 138 = 17.39% -> 17
        ],
    ),
    # 4. Feature article quoting two research houses: the first house's base, target and stated CAGR; the second
    #    house's 2024 figure is expected nowhere. Expected nowhere: Coldwater's $1.1 billion, EchoKeep's Series B and
    #    valuation, the $9.99 monthly price, the 41% survey answer.
    dict(
        text=(
            "Griefbots go mainstream. The global market for AI memorial chatbots and digital-legacy platforms was worth "
            "$1.46 billion in 2024, according to London-based Harrowgate Insights, which expects it to reach $4.9 "
            "billion by 2031, a compound annual growth rate of 18.9% over 2024-2031. Not everyone is so bullish: "
            "Coldwater Analytics puts the 2024 market at just $1.1 billion. Investors are betting anyway. In January, "
            "San Francisco start-up EchoKeep raised $38 million in a Series B round that valued it at $410 million; "
            "its app, which lets families talk with a voice model of a late parent, costs $9.99 a month. Roughly 41% "
            "of Americans under 35 say they would try such a service."
        ),
        obs=[
            ("Total", 2024, 1.46, "USD billion", "actual"),
            ("Total", 2031, 4.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.9, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.9 / 1.46) ** (1 / 7) - 1 = 18.88% -> 18.9
        ],
    ),
    # 5. Investor-day transcript: a funeral group sizes its TAM (the market, Total) in 2024 and 2030 with a CAGR whose
    #    span only the amounts' years give. Expected nowhere: the 1,900 locations, the group's own digital revenue and
    #    margin, the pre-need trust balances, the fourth quarter's bookings.
    dict(
        text=(
            "Evergreen Memorial Partners Investor Day, New York, March 4, 2025 - transcript excerpt\n"
            "DANA OKAFOR, CHIEF DIGITAL OFFICER: Let me size the prize. We put the total addressable market for "
            "AI-driven arrangement, pre-need sales and memorial tools across North American funeral homes at $2.8 "
            "billion in 2024, and we think it reaches $6.5 billion by 2030. That's roughly a 15% compound rate. We "
            "serve about 1,900 locations today. Our own digital revenue was $84 million last year at a 31% margin, "
            "and pre-need trust balances stand at $5.2 billion. In the fourth quarter alone, digital bookings came "
            "to $26 million."
        ),
        obs=[
            ("Total", 2024, 2.8, "USD billion", "actual"),
            ("Total", 2030, 6.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (6.5 / 2.8) ** (1 / 6) - 1 = 15.07% -> 15
        ],
    ),
    # 6. Tokyo federation strategy: last year (2024, actual) and this year (2025, estimate) in yen with a YoY rate, a
    #    2030 target with an implied CAGR whose span only the years give. Expected nowhere: the dateline, the
    #    1.6 million deaths, the average funeral price, the 1,240 member firms.
    dict(
        text=(
            "TOKYO, May 20, 2025 - The All-Japan Funeral Services Federation unveiled a digital strategy on Tuesday "
            "that treats AI as core infrastructure for the trade. Operators spent \u00a518.4 billion on AI tools for "
            "arrangements, memorial videos and columbarium management last year and are expected to spend \u00a522.6 "
            "billion this year, up 23%, the federation said. Its target is \u00a548 billion by 2030, which it says "
            "implies annual growth of about 16%. Japan recorded 1.6 million deaths in 2024, an average funeral costs "
            "about \u00a51.18 million, and the federation counts 1,240 member firms."
        ),
        obs=[
            ("Total", 2024, 18.4, "JPY billion", "actual"),
            ("Total", 2025, 22.6, "JPY billion", "estimate"),
            ("Total", 2030, 48, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
            ("cagr", 16, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (22.6 / 18.4) ** (1 / 1) - 1 = 22.83% -> 23
            ("cagr|period", "exact"),  # (48 / 22.6) ** (1 / 5) - 1 = 16.26% -> 16
        ],
    ),
    # 7. Correction to a research note: the corrected 2024 figure with its YoY and base, a 2029 range (two value
    #    claims, no verdict). Expected nowhere: the superseded $214 million, the correction's date, the note number,
    #    the 1.2 million monthly users, the 37% survey answer.
    dict(
        text=(
            "Correction, Sept. 3, 2025: An earlier version of this research note misstated 2024 U.S. spending on AI "
            "grief-support and memorial chatbots as $214 million. The correct figure is $241 million, up 31% from "
            "$184 million in 2023. Northfield Deathcare Advisory now expects the market to reach between $700 "
            "million and $850 million by 2029, depending on how quickly funeral homes bundle chatbots into "
            "arrangement packages. The note, number 25-117, also cites 1.2 million monthly active users and a survey "
            "in which 37% of bereaved families said they had used one. We regret the error."
        ),
        obs=[
            ("Total", 2023, 184, "USD million", "actual"),
            ("Total", 2024, 241, "USD million", "actual"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("value", 700, "USD million", 2029, 2029, None),
            ("value", 850, "USD million", 2029, 2029, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (241 / 184) ** (1 / 1) - 1 = 30.98% -> 31
        ],
    ),
    # 8. Blog post with a multiple between 2021 and 2024 (no verdict); "about $148 million" expected at its printed
    #    figure. Expected nowhere: the post date, Eulogia's funding round and valuation, the per-obituary price, the
    #    312 polled readers and their 44% answer.
    dict(
        text=(
            "The Undertaker's Ledger (blog), posted 14 Jan 2025\n"
            "Why does every funeral home suddenly have a ghostwriter? Because the tools got cheap and good. By my "
            "tally, drawn from vendor filings and Ferncastle Research data, American funeral homes spent about $148 "
            "million on AI obituary and tribute-writing tools in 2024, 3.7 times the $40 million they spent in 2021. "
            "The biggest vendor, Eulogia, just raised $22 million at a $180 million valuation, and most charge about "
            "$29 per obituary. In my own poll of 312 readers, 44% said they now edit an AI draft rather than writing "
            "from scratch."
        ),
        obs=[
            ("Total", 2021, 40, "USD million", "actual"),
            ("Total", 2024, 148, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 3.7, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified): YoY with both amounts, a segment with its share, a CAGR with printed
    #    span. Expected nowhere: the report's title year, the deaths, total funeral-industry revenue, the count of
    #    funeral parlours, the 46% survey answer.
    dict(
        text=(
            "中国殡葬协会科技工作委员会日前发布《中国殡葬服务智能化发展报告(2025)》。报告显示,2024年我国殡葬服务"
            "领域人工智能应用市场规模达到21.4亿元,较2023年的16.3亿元增长31.3%。分领域看,智慧公墓管理系统规模为"
            "8.6亿元,占比40.2%,居各细分领域之首。报告预计,到2028年该市场规模将达到58.7亿元,2024—2028年复合增长率"
            "为28.7%。报告同时提到,2024年全国死亡人口约1,093万人,殡葬行业总营收约2,800亿元,全国共有殡仪馆1,774家,"
            "受访殡仪馆中有46%已上线AI预约系统。"
        ),
        obs=[
            ("Total", 2023, 16.3, "CNY 100 million", "actual"),
            ("Total", 2024, 21.4, "CNY 100 million", "actual"),
            ("智慧公墓管理系统", 2024, 8.6, "CNY 100 million", "actual"),
            ("Total", 2028, 58.7, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.3, "percent", 2023, 2024, 1.0),
            ("share", 40.2, "percent", 2024, 2024, None),
            ("cagr", 28.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21.4 / 16.3) ** (1 / 1) - 1 = 31.29% -> 31.3
            ("arithmetic", "exact"),  # 8.6 / 21.4 = 40.19% -> 40.2
            ("cagr|implied", "exact"),  # (58.7 / 21.4) ** (1 / 4) - 1 = 28.69% -> 28.7
        ],
    ),
    # 10. Provincial three-year plan (Simplified): a 力争 target for 2027 with 较2023年增长3倍 (a multiple of 3 over four
    #     years, no verdict), the 2023 base and a 2024 YoY. Expected nowhere: the plan's title years, the list number,
    #     the 86 funeral parlours, the 120 cemeteries, the 60% green-burial rate, the niche price cap.
    dict(
        text=(
            "为推进殡葬服务数字化转型,江西省民政厅日前印发《智慧殡葬三年行动方案(2025—2027年)》。方案提出,到"
            "2027年,全省智慧殡葬相关产业规模力争达到12.4亿元,较2023年增长3倍。据测算,2023年全省该产业规模为3.1亿元,"
            "2024年增至4.2亿元,同比增长35.5%。方案第(三)项要求,推动全省86家殡仪馆全部接入网上预约和AI祭扫平台,"
            "新建改建公益性公墓120处,节地生态安葬率提高到60%以上,单个骨灰格位价格原则上不超过1.2万元。"
        ),
        obs=[
            ("Total", 2023, 3.1, "CNY 100 million", "actual"),
            ("Total", 2024, 4.2, "CNY 100 million", "actual"),
            ("Total", 2027, 12.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
            ("growth", 35.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.2 / 3.1) ** (1 / 1) - 1 = 35.48% -> 35.5
        ],
    ),
    # 11. Newspaper wire story (Simplified) quoting two institutes: the first institute's 2023 and 2024 figures, YoY,
    #     2027 forecast and a CAGR whose span only the years give; the second institute's 2024 figure is expected
    #     nowhere. Expected nowhere: the dateline, 艾询咨询's 11.2亿元, the per-service price range, the funding round.
    dict(
        text=(
            "本报北京9月18日电(记者 宋雨桐)人工智能正在走进告别仪式。记者从中国殡葬科技研究院获悉,2024年我国"
            "AI悼念与哀伤陪伴服务市场规模为9.8亿元,同比增长42%,2023年为6.9亿元;该院预计,到2027年市场规模将达到"
            "24.5亿元,年均复合增长率约36%。另据艾询咨询测算,2024年这一市场规模约为11.2亿元。业内人士介绍,目前一次"
            "数字人追思服务收费在3000元至8000元之间;今年上半年,深圳初忆科技完成2亿元B轮融资。"
        ),
        obs=[
            ("Total", 2023, 6.9, "CNY 100 million", "actual"),
            ("Total", 2024, 9.8, "CNY 100 million", "actual"),
            ("Total", 2027, 24.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 42, "percent", 2023, 2024, 1.0),
            ("cagr", 36, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.8 / 6.9) ** (1 / 1) - 1 = 42.03% -> 42
            ("cagr|period", "exact"),  # (24.5 / 9.8) ** (1 / 3) - 1 = 35.72% -> 36
        ],
    ),
    # 12. Taiwanese white paper (Traditional) in 新台幣億元: YoY with both amounts, a segment share, a CAGR whose span
    #     only the years give. Expected nowhere: the white paper's title year, the deaths, the 4,100 funeral firms,
    #     the average funeral price.
    dict(
        text=(
            "台灣殯葬科技協會發布《2025臺灣殯葬科技白皮書》指出,2024年國內殯葬業人工智慧應用市場規模達新台幣14.2億元,"
            "較2023年的10.9億元成長30.3%;其中智慧塔位管理系統為5.1億元,占比約36%,AI追思影片與線上告別式服務居次。"
            "白皮書預估,2028年市場規模可望達到新台幣39.6億元,年複合成長率達29.2%。白皮書也提到,2024年全台死亡人數"
            "約20.1萬人,登記在案的殯葬禮儀服務業者約4,100家,一場傳統告別式平均花費約新台幣38萬元。"
        ),
        obs=[
            ("Total", 2023, 10.9, "TWD 100 million", "actual"),
            ("Total", 2024, 14.2, "TWD 100 million", "actual"),
            ("智慧塔位管理系統", 2024, 5.1, "TWD 100 million", "actual"),
            ("Total", 2028, 39.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.3, "percent", 2023, 2024, 1.0),
            ("share", 36, "percent", 2024, 2024, None),
            ("cagr", 29.2, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.2 / 10.9) ** (1 / 1) - 1 = 30.28% -> 30.3
            ("arithmetic", "exact"),  # 5.1 / 14.2 = 35.92% -> 36
            ("cagr|period", "exact"),  # (39.6 / 14.2) ** (1 / 4) - 1 = 29.23% -> 29.2
        ],
    ),
    # 13. Hong Kong news story (Traditional) in 億港元: 去年 (2024) against 2023 with a YoY its own amounts contradict,
    #     and a 2028 forecast. Expected nowhere: the dateline, the 5.1萬 deaths, the niche price, the listed funeral
    #     group's revenue.
    dict(
        text=(
            "(香港2025年3月12日訊)人工智能正改變本港殯儀業。香港殯儀科技研究會今日發表報告指出,本港殯儀館、墓園及"
            "骨灰龕營辦商去年在人工智能方面的開支為3.82億港元,按年增長26%,2023年則為2.91億港元。報告預計,相關開支"
            "到2028年可達8.6億港元。報告又指,本港去年登記死亡個案約5.1萬宗,私營骨灰龕一個龕位售價動輒逾30萬港元,"
            "而本地一家上市殯儀集團去年收入為12.4億港元。"
        ),
        obs=[
            ("Total", 2023, 2.91, "HKD 100 million", "actual"),
            ("Total", 2024, 3.82, "HKD 100 million", "actual"),
            ("Total", 2028, 8.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (3.82 / 2.91) ** (1 / 1) - 1 = 31.27%, not 26; bounds 3.815 / 2.915 - 1 = 30.87%,
            # 3.825 / 2.905 - 1 = 31.67% -> 26 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. Taipei news story (Traditional) with 去年/今年: last year (2024, actual) and this year (2025, estimate) in
    #     新台幣億元; the printed 26% holds only by rounding. Expected nowhere: the dateline, the first quarter's orders
    #     and their 逾三成 growth, the 52% survey answer, the largest group's revenue and margin, the pre-need price.
    dict(
        text=(
            "【台北2025年6月5日電】線上追思與AI紀念影片正成為禮儀業的新戰場。根據資策產研所最新調查,去年國內線上"
            "追思與AI紀念影片服務市場規模約新台幣6.4億元,今年可望達到8.1億元,成長約26%。業者指出,今年第一季相關"
            "訂單金額已達1.9億元,年增逾三成;受訪民眾中有52%表示願意為親人製作AI紀念影片。國內最大禮儀集團去年營收"
            "新台幣41.7億元,毛利率約45%,一套基本生前契約售價約新台幣18萬元。"
        ),
        obs=[
            ("Total", 2024, 6.4, "TWD 100 million", "actual"),
            ("Total", 2025, 8.1, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (8.1 / 6.4) ** (1 / 1) - 1 = 26.56% -> 27, not 26; bounds 8.05 / 6.45 - 1 = 24.81%,
            # 8.15 / 6.35 - 1 = 28.35% -> 26 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Broker deep-dive (Simplified): 2024 base and 2029 forecast with a CAGR whose span only the years give.
    #     Expected nowhere: the report date, the 约四成 fraction share, the covered company's revenue, gross margin and
    #     pre-need contract balance, the rating, target price and upside.
    dict(
        text=(
            "【行业深度】殡葬服务:AI重塑告别链条\n"
            "华岳证券研究所 2025年7月8日\n"
            "我们测算,2024年国内殡葬AI市场(含智能定价、预需合同销售工具、AI遗像修复与追思服务)规模约27.5亿元,"
            "预计2029年达到86.3亿元,对应年复合增速约26%。其中,智能定价与预需销售工具有望贡献约四成。重点覆盖公司"
            "福岳园2024年营业收入21.6亿元,毛利率78.4%,预需合同余额52.3亿元;维持“买入”评级,目标价14.80元,对应"
            "上涨空间23%。风险提示:政策监管趋严、生前契约推广不及预期。"
        ),
        obs=[
            ("Total", 2024, 27.5, "CNY 100 million", "actual"),
            ("Total", 2029, 86.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 26, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (86.3 / 27.5) ** (1 / 5) - 1 = 25.70% -> 26
        ],
    ),
    # 16. Markdown pipe table (North America, USD million) with a CAGR 2024-30 column and a Total row; one row's CAGR
    #     holds only by rounding. Expected nowhere: the table number, the funeral service revenue in the note.
    dict(
        text=(
            "Table 3: North American AI deathcare software spending by segment (USD million)\n"
            "\n"
            "| Segment | 2024 | 2030E | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| Arrangement & scheduling software | 126 | 418 | 22.1% |\n"
            "| AI obituaries & tributes | 58 | 239 | 26.4% |\n"
            "| Grief-support chatbots | 37 | 196 | 32.0% |\n"
            "| Pre-need sales & pricing tools | 95 | 311 | 21.9% |\n"
            "| Total | 316 | 1,164 | 24.3% |\n"
            "\n"
            "Source: Pellucid Deathcare Partners estimates, June 2025. E = estimate. Spending covers software licences "
            "and services bought by funeral homes, cemeteries and crematories in the US and Canada; it excludes the "
            "roughly $26 billion of funeral service revenue those operators collect each year."
        ),
        obs=[
            ("Arrangement & scheduling software", 2024, 126, "USD million", "actual"),
            ("Arrangement & scheduling software", 2030, 418, "USD million", "estimate"),
            ("AI obituaries & tributes", 2024, 58, "USD million", "actual"),
            ("AI obituaries & tributes", 2030, 239, "USD million", "estimate"),
            ("Grief-support chatbots", 2024, 37, "USD million", "actual"),
            ("Grief-support chatbots", 2030, 196, "USD million", "estimate"),
            ("Pre-need sales & pricing tools", 2024, 95, "USD million", "actual"),
            ("Pre-need sales & pricing tools", 2030, 311, "USD million", "estimate"),
            ("Total", 2024, 316, "USD million", "actual"),
            ("Total", 2030, 1164, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 22.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 26.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 32.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 24.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (418 / 126) ** (1 / 6) - 1 = 22.12% -> 22.1
            # (239 / 58) ** (1 / 6) - 1 = 26.62% -> 26.6, not 26.4; bounds (238.5 / 58.5) ** (1/6) - 1 = 26.39%,
            # (239.5 / 57.5) ** (1/6) - 1 = 26.84% -> 26.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (196 / 37) ** (1 / 6) - 1 = 32.03% -> 32.0
            ("cagr|implied", "exact"),  # (311 / 95) ** (1 / 6) - 1 = 21.85% -> 21.9
            ("cagr|implied", "exact"),  # (1164 / 316) ** (1 / 6) - 1 = 24.27% -> 24.3
            ("hierarchy", "exact"),  # 2024: 126 + 58 + 37 + 95 = 316
            ("hierarchy", "exact"),  # 2030E: 418 + 239 + 196 + 311 = 1164
        ],
    ),
    # 17. Tab-separated UK table (GBP million) with a YoY column and a Total row; the pricing-tools YoY contradicts its
    #     own amounts. Expected nowhere: the table number, the 214 surveyed funeral directors.
    dict(
        text=(
            "Table 2. UK spending on AI in funeral and cemetery services, \u00a3m\n"
            "Segment\t2023\t2024\tYoY\n"
            "Arrangement & booking software\t23.6\t30.2\t28.0%\n"
            "Online memorial & tribute tools\t13.1\t17.9\t36.6%\n"
            "Grief-support chatbots\t4.8\t7.7\t60.4%\n"
            "Pricing & pre-need sales tools\t10.2\t12.5\t25.1%\n"
            "Total\t51.7\t68.3\t32.1%\n"
            "Source: Caldermoor Consulting, based on vendor data and a survey of 214 funeral directors in England, "
            "Scotland and Wales. Spending includes software subscriptions, implementation and managed services sold "
            "to independent funeral homes, national chains, crematoria and local-authority cemeteries; figures are in "
            "nominal pounds."
        ),
        obs=[
            ("Arrangement & booking software", 2023, 23.6, "GBP million", "actual"),
            ("Arrangement & booking software", 2024, 30.2, "GBP million", "actual"),
            ("Online memorial & tribute tools", 2023, 13.1, "GBP million", "actual"),
            ("Online memorial & tribute tools", 2024, 17.9, "GBP million", "actual"),
            ("Grief-support chatbots", 2023, 4.8, "GBP million", "actual"),
            ("Grief-support chatbots", 2024, 7.7, "GBP million", "actual"),
            ("Pricing & pre-need sales tools", 2023, 10.2, "GBP million", "actual"),
            ("Pricing & pre-need sales tools", 2024, 12.5, "GBP million", "actual"),
            ("Total", 2023, 51.7, "GBP million", "actual"),
            ("Total", 2024, 68.3, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 28.0, "percent", 2023, 2024, 1.0),
            ("growth", 36.6, "percent", 2023, 2024, 1.0),
            ("growth", 60.4, "percent", 2023, 2024, 1.0),
            ("growth", 25.1, "percent", 2023, 2024, 1.0),
            ("growth", 32.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 30.2 / 23.6 - 1 = 27.97% -> 28.0
            ("cagr|implied", "exact"),  # 17.9 / 13.1 - 1 = 36.64% -> 36.6
            ("cagr|implied", "exact"),  # 7.7 / 4.8 - 1 = 60.42% -> 60.4
            # 12.5 / 10.2 - 1 = 22.55%, not 25.1; bounds 12.45 / 10.25 - 1 = 21.46%, 12.55 / 10.15 - 1 = 23.65%
            # -> 25.1 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 68.3 / 51.7 - 1 = 32.11% -> 32.1
            ("hierarchy", "exact"),  # 2023: 23.6 + 13.1 + 4.8 + 10.2 = 51.7
            ("hierarchy", "exact"),  # 2024: 30.2 + 17.9 + 7.7 + 12.5 = 68.3
        ],
    ),
    # 18. Space-aligned Chinese table (Simplified) in 亿元 with a 合计 row over four years; 2025年E is an estimate.
    #     Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表4 2022—2025年中国殡葬AI市场细分规模(亿元)\n"
            "细分领域          2022年 2023年 2024年 2025年E\n"
            "智慧殡仪馆管理        5.4    7.1    9.2   11.8\n"
            "智慧公墓管理          4.3    5.6    7.5    9.9\n"
            "AI追思与数字纪念      1.9    3.0    4.6    6.8\n"
            "智能定价与预需销售    1.2    1.7    2.3    3.1\n"
            "合计                 12.8   17.4   23.6   31.6\n"
            "资料来源:华岳证券研究所整理;2025年E为预测值。"
        ),
        obs=[
            ("智慧殡仪馆管理", 2022, 5.4, "CNY 100 million", "actual"),
            ("智慧殡仪馆管理", 2023, 7.1, "CNY 100 million", "actual"),
            ("智慧殡仪馆管理", 2024, 9.2, "CNY 100 million", "actual"),
            ("智慧殡仪馆管理", 2025, 11.8, "CNY 100 million", "estimate"),
            ("智慧公墓管理", 2022, 4.3, "CNY 100 million", "actual"),
            ("智慧公墓管理", 2023, 5.6, "CNY 100 million", "actual"),
            ("智慧公墓管理", 2024, 7.5, "CNY 100 million", "actual"),
            ("智慧公墓管理", 2025, 9.9, "CNY 100 million", "estimate"),
            ("AI追思与数字纪念", 2022, 1.9, "CNY 100 million", "actual"),
            ("AI追思与数字纪念", 2023, 3.0, "CNY 100 million", "actual"),
            ("AI追思与数字纪念", 2024, 4.6, "CNY 100 million", "actual"),
            ("AI追思与数字纪念", 2025, 6.8, "CNY 100 million", "estimate"),
            ("智能定价与预需销售", 2022, 1.2, "CNY 100 million", "actual"),
            ("智能定价与预需销售", 2023, 1.7, "CNY 100 million", "actual"),
            ("智能定价与预需销售", 2024, 2.3, "CNY 100 million", "actual"),
            ("智能定价与预需销售", 2025, 3.1, "CNY 100 million", "estimate"),
            ("合计", 2022, 12.8, "CNY 100 million", "actual"),
            ("合计", 2023, 17.4, "CNY 100 million", "actual"),
            ("合计", 2024, 23.6, "CNY 100 million", "actual"),
            ("合计", 2025, 31.6, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 5.4 + 4.3 + 1.9 + 1.2 = 12.8
            ("hierarchy", "exact"),  # 2023: 7.1 + 5.6 + 3.0 + 1.7 = 17.4
            ("hierarchy", "exact"),  # 2024: 9.2 + 7.5 + 4.6 + 2.3 = 23.6
            ("hierarchy", "exact"),  # 2025E: 11.8 + 9.9 + 6.8 + 3.1 = 31.6
        ],
    ),
    # 19. Vertical table whose rows are years (Japan, a lone value column headed by its unit, JPY bn -> Total) with a
    #     YoY column; 2025E and 2026E are estimates; the 2024 YoY holds only by rounding. Expected nowhere: the
    #     edition year, the 1.6 million deaths, the 420 surveyed operators.
    dict(
        text=(
            "Exhibit: Japan market for AI memorial, grief-support and digital-legacy services\n"
            "Year      JPY bn      YoY\n"
            "2021         6.8        -\n"
            "2022         8.3    22.1%\n"
            "2023        10.4    25.3%\n"
            "2024        12.9    24.6%\n"
            "2025E       15.8    22.5%\n"
            "2026E       19.1    20.9%\n"
            "Source: Sakuragawa Research Institute, 2025 edition; E = forecast. Growth rates are computed from "
            "unrounded data. The market covers memorial video and tribute generation, grief-support chat services and "
            "digital-legacy storage sold through funeral operators. Japan recorded about 1.6 million deaths in 2024; "
            "the institute surveyed 420 funeral operators."
        ),
        obs=[
            ("Total", 2021, 6.8, "JPY billion", "actual"),
            ("Total", 2022, 8.3, "JPY billion", "actual"),
            ("Total", 2023, 10.4, "JPY billion", "actual"),
            ("Total", 2024, 12.9, "JPY billion", "actual"),
            ("Total", 2025, 15.8, "JPY billion", "estimate"),
            ("Total", 2026, 19.1, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 22.1, "percent", 2021, 2022, 1.0),
            ("growth", 25.3, "percent", 2022, 2023, 1.0),
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("growth", 22.5, "percent", 2024, 2025, 1.0),
            ("growth", 20.9, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8.3 / 6.8 - 1 = 22.06% -> 22.1
            ("cagr|implied", "exact"),  # 10.4 / 8.3 - 1 = 25.30% -> 25.3
            # 12.9 / 10.4 - 1 = 24.04% -> 24.0, not 24.6; bounds 12.85 / 10.45 - 1 = 22.97%,
            # 12.95 / 10.35 - 1 = 25.12% -> 24.6 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 15.8 / 12.9 - 1 = 22.48% -> 22.5
            ("cagr|implied", "exact"),  # 19.1 / 15.8 - 1 = 20.89% -> 20.9
        ],
    ),
    # 20. Hong Kong Chinese pipe table (Traditional) in 百萬港元 with a 合計 row and a share column; one share holds
    #     only by rounding; the 合計 row's 100.0% is no claim. Expected nowhere: the table number, the year in the
    #     title, the 58 surveyed operators.
    dict(
        text=(
            "表五:2024年香港殯葬業人工智能應用開支分布\n"
            "| 項目 | 2024年(百萬港元) | 佔比 |\n"
            "|---|---|---|\n"
            "| 智能骨灰龕管理系統 | 131 | 36.9% |\n"
            "| AI悼念及數碼紀念服務 | 89 | 25.0% |\n"
            "| 殯儀安排及排程軟件 | 78 | 21.9% |\n"
            "| 智能定價及預設殯葬計劃銷售 | 58 | 16.3% |\n"
            "| 合計 | 356 | 100.0% |\n"
            "資料來源:港安殯葬顧問根據58家殯儀館、墓園及骨灰龕營辦商問卷及供應商資料估算;佔比因四捨五入,"
            "合計未必等於100%。開支包括軟件訂閱、系統建置及外判服務,不包括殯儀服務收入。"
        ),
        obs=[
            ("智能骨灰龕管理系統", 2024, 131, "HKD million", "actual"),
            ("AI悼念及數碼紀念服務", 2024, 89, "HKD million", "actual"),
            ("殯儀安排及排程軟件", 2024, 78, "HKD million", "actual"),
            ("智能定價及預設殯葬計劃銷售", 2024, 58, "HKD million", "actual"),
            ("合計", 2024, 356, "HKD million", "actual"),
        ],
        claims=[
            ("share", 36.9, "percent", 2024, 2024, None),
            ("share", 25.0, "percent", 2024, 2024, None),
            ("share", 21.9, "percent", 2024, 2024, None),
            ("share", 16.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 131 / 356 = 36.80% -> 36.8, not 36.9; bounds 130.5 / 356.5 = 36.61%, 131.5 / 355.5 = 36.99%
            # -> 36.9 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 89 / 356 = 25.00% -> 25.0
            ("arithmetic", "exact"),  # 78 / 356 = 21.91% -> 21.9
            ("arithmetic", "exact"),  # 58 / 356 = 16.29% -> 16.3
            ("hierarchy", "exact"),  # 2024: 131 + 89 + 78 + 58 = 356
        ],
    ),
    # 21. Earnings-call answer: the CEO sizes a TAM (the market, Total) in billions; a compound rate whose span only
    #     the amounts' years give. Expected nowhere: the call's date and quarter, the 94,200 services, the group's
    #     fourth-quarter revenue and EBITDA margin, the pre-need trust balances.
    dict(
        text=(
            "Evergrove Memorial Group (NYSE: EVMG) Q4 2024 earnings call, February 13, 2025\n"
            "Laura Benedetti, Carrow & Finch: Beyond your own funeral homes, how big is the software opportunity?\n"
            "Tom Reardon, President and CEO: Good question, Laura. We size the total addressable market for AI "
            "arrangement, scheduling and pre-need sales software across North America at about $1.4 billion in "
            "2024, and we think it gets to $3.1 billion by 2029, so roughly a 17% compound annual rate. For context, "
            "we performed 94,200 services last year, our fourth-quarter revenue was $412.6 million at a 27.8% "
            "adjusted EBITDA margin, and our pre-need trust balances now stand at $2.3 billion."
        ),
        obs=[
            ("Total", 2024, 1.4, "USD billion", "actual"),
            ("Total", 2029, 3.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3.1 / 1.4) ** (1 / 5) - 1 = 17.23% -> 17
        ],
    ),
    # 22. Working-paper abstract: a CAGR with printed span and both amounts, a part with its share.
    #     Expected nowhere: the paper number, the 2,406 surveyed adults and their 18% answer, the 3.09 million deaths.
    dict(
        text=(
            "Working Paper No. 25-117, Harlow Centre for Digital Afterlife Studies. Abstract: We combine vendor "
            "filings, app-store data and subscription receipts to size consumer spending on digital-legacy and "
            "'griefbot' platforms in the United States and the United Kingdom. Spending rose from $212 million in "
            "2021 to $389 million in 2024, a compound annual growth rate of 22.4% over 2021-2024. Conversational "
            "griefbots accounted for $141 million, or 36% of the 2024 total. In a survey of 2,406 bereaved adults, "
            "18% said they had interacted with a griefbot; the two countries registered 3.09 million deaths in 2023. "
            "We discuss consent, data ownership and the risk of prolonged grief."
        ),
        obs=[
            ("Total", 2021, 212, "USD million", "actual"),
            ("Total", 2024, 389, "USD million", "actual"),
            ("Conversational griefbots", 2024, 141, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 22.4, "percent", 2021, 2024, None, "stated"),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (389 / 212) ** (1 / 3) - 1 = 22.43% -> 22.4
            ("arithmetic", "exact"),  # 141 / 389 = 36.25% -> 36
        ],
    ),
    # 23. Numbered social-media thread: YoY with both amounts, a 2028 forecast whose "~28% a year" spans only the
    #     amounts' years. Expected nowhere: the tweet numbers, the $18M Series A and $90M valuation, the $29 price per
    #     obituary, the 41% poll answer.
    dict(
        text=(
            "1/ Nobody talks about it, but AI is quietly rewriting the obituary. A short thread on the AI obituary "
            "and tribute-writing market.\n"
            "2/ Per Lantern Deathcare Advisors, funeral homes and families spent $96M on AI obituary and eulogy "
            "tools in 2024, up 35% from $71M in 2023.\n"
            "3/ Their forecast: $260M by 2028. That's ~28% a year.\n"
            "4/ Meanwhile Requiem Labs just raised an $18M Series A at a $90M valuation and charges families $29 "
            "per obituary.\n"
            "5/ 41% of directors in Lantern's poll already use one. Follow for more #deathtech"
        ),
        obs=[
            ("Total", 2023, 71, "USD million", "actual"),
            ("Total", 2024, 96, "USD million", "actual"),
            ("Total", 2028, 260, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
            ("cagr", 28, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (96 / 71) ** (1 / 1) - 1 = 35.21% -> 35
            ("cagr|period", "exact"),  # (260 / 96) ** (1 / 4) - 1 = 28.28% -> 28
        ],
    ),
    # 24. Web article with a correction: YoY with both amounts (the corrected 2023 figure). Expected nowhere: the
    #     byline and update dates, the superseded £46 million, the £4,285 basic funeral cost, the 576,000 deaths.
    dict(
        text=(
            "AI funeral planners win over Britain's undertakers\n"
            "By Hannah Cole, updated 3 March 2025\n"
            "UK funeral directors spent \u00a361 million on AI funeral-planning and arrangement software in 2024, up "
            "24% from \u00a349 million in 2023, according to figures from the consultancy Mortlake Deathcare "
            "Insight. Tools that draft orders of service, quote prices and book crematorium slots have spread "
            "fastest among independent firms. The average cost of a basic funeral rose to \u00a34,285 last year, "
            "and around 576,000 people died in the UK in 2024.\n"
            "Correction, 4 March 2025: An earlier version of this article gave the 2023 figure as \u00a346 million. "
            "It was \u00a349 million."
        ),
        obs=[
            ("Total", 2023, 49, "GBP million", "actual"),
            ("Total", 2024, 61, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (61 / 49) ** (1 / 1) - 1 = 24.49% -> 24
        ],
    ),
    # 25. Annual-report letter to shareholders: YoY printed 19% while the amounts give 18.3%; a 2027 outlook.
    #     Expected nowhere: the 46,300 funerals, the group's revenue, its 6% growth and 21.5% margin, the £1.1 billion
    #     pre-need trust assets, the 4.2p dividend.
    dict(
        text=(
            "Letter from the Chair and Chief Executive\n"
            "Dear shareholders, 2024 was the year artificial intelligence moved from pilot to practice in British "
            "funeral care. Independent estimates put the UK market for AI arrangement, memorial and aftercare "
            "services at \u00a384 million in 2024, up 19% from \u00a371 million a year earlier, and we believe it could "
            "reach \u00a3140 million by 2027. Harrowgate Memorial Group conducted 46,300 funerals during the year, "
            "revenue rose 6% to \u00a3412 million, our underlying operating margin held at 21.5% and pre-need trust "
            "assets reached \u00a31.1 billion. The Board proposes a final dividend of 4.2p per share."
        ),
        obs=[
            ("Total", 2023, 71, "GBP million", "actual"),
            ("Total", 2024, 84, "GBP million", "actual"),
            ("Total", 2027, 140, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (84 / 71) ** (1 / 1) - 1 = 18.31% -> 18, not 19; bounds 83.5 / 71.5 - 1 = 16.78%,
            # 84.5 / 70.5 - 1 = 19.86% -> 19 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. Investor-day slide bullets (one line each): a TAM in 2025E and 2030E, a CAGR with printed span, a part with
    #     its share. Expected nowhere: the investor-day date and slide number, the 1,150 customers, the company's
    #     ARR and its 62% growth, the 118% net revenue retention, the FY2027 margin target.
    dict(
        text=(
            "Cenotaph Software Investor Day 2025, New York, March 12, 2025\n"
            "Slide 14: The aftercare opportunity\n"
            "\u2022 TAM: AI memorial & grief-support platforms, U.S. + Canada: $2.6B (2025E) \u2192 $6.8B (2030E)\n"
            "\u2022 21% TAM CAGR, 2025E-2030E\n"
            "\u2022 Grief-support chatbots: $0.9B in 2025E, 35% of TAM\n"
            "\u2022 1,150 funeral-home customers; ARR $48M, up 62% YoY\n"
            "\u2022 Net revenue retention 118%; FY2027 target: 25% operating margin\n"
            "\u2022 Next: arrangement co-pilot and pre-need pricing engine launch in the second half"
        ),
        obs=[
            ("Total", 2025, 2.6, "USD billion", "estimate"),
            ("Total", 2030, 6.8, "USD billion", "estimate"),
            ("Grief-support chatbots", 2025, 0.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2025, 2030, None, "stated"),
            ("share", 35, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.8 / 2.6) ** (1 / 5) - 1 = 21.20% -> 21
            ("arithmetic", "exact"),  # 0.9 / 2.6 = 34.62% -> 35
        ],
    ),
    # 27. Forum answer quoting two research houses: the first house's base, target and rate are the figures; the
    #     second house's 2024 figure is not. Expected nowhere: Northfield's $2.3 billion, the 14 years, the $1,100
    #     direct cremation, the 19,000 funeral homes, the 37 upvotes.
    dict(
        text=(
            "Re: How big is the AI deathcare software market, really?\n"
            "Answer from quietharbor (deathcare consultant, 14 years in the trade):\n"
            "Depends who you ask. Halcyon Insights puts the global market for AI deathcare software (arrangement "
            "tools, griefbots, memorial platforms, cemetery systems) at $1.92 billion in 2024 and forecasts $5.4 "
            "billion by 2030, a CAGR of 18.8% from 2024 to 2030. Northfield Research is more bullish and has 2024 "
            "at $2.3 billion already. For scale, a direct cremation in the US still runs about $1,100, and there "
            "are roughly 19,000 funeral homes, most of them family-owned. Hope that helps.\n"
            "Upvoted 37 times"
        ),
        obs=[
            ("Total", 2024, 1.92, "USD billion", "actual"),
            ("Total", 2030, 5.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.4 / 1.92) ** (1 / 6) - 1 = 18.81% -> 18.8
        ],
    ),
    # 28. Singapore broker note in Singapore dollars (a currency outside the unit list): no observation; its YoY,
    #     its CAGR with printed span and its share are claims without verdicts. Expected nowhere: every S$ amount,
    #     the dateline, the 26,900 deaths, the niche prices, the target price, the 19% EBITDA margin.
    dict(
        text=(
            "Straits Harbour Securities, Singapore Consumer Services, 22 April 2025\n"
            "Columbaria go digital. We size Singapore's market for AI-enabled columbarium management, "
            "funeral-arrangement and online memorial services at S$48 million in 2024, up 22% on the year, and "
            "forecast a 17% CAGR over 2024-2029 as operators digitise niche allocation and e-memorial bookings. "
            "Smart columbarium systems hold 41% of the total. Around 26,900 deaths were registered in Singapore "
            "last year, and a niche at a private columbarium sells for S$8,000 to S$25,000. Our top pick, Serenity "
            "Memorial Holdings (BUY, TP S$0.86), earns a 19% EBITDA margin."
        ),
        obs=[],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 17, "percent", 2024, 2029, None, "stated"),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified): YoY with both amounts, a part with its share, a 2027 figure (突破).
    #     Expected nowhere: the dateline and forum year, the 4000 service institutions, the 620万 cremations, the
    #     1亿人次 online tomb-sweepers.
    dict(
        text=(
            "新华社南京4月2日电(记者周文清)清明节前夕,记者从2025中国殡葬科技发展论坛上获悉,2024年我国殡葬服务领域"
            "人工智能应用市场规模达到24.6亿元,较2023年的18.9亿元增长30.2%。其中,智慧墓园管理系统市场规模为7.8亿元,"
            "占比31.7%。中国殡葬科技产业联盟有关负责人表示,随着AI追思、线上祭扫和智能殡仪预约加快普及,预计到2027年"
            "该市场规模将突破50亿元。数据显示,2024年全国殡葬服务机构超过4000家,全年火化遗体约620万具,今年清明期间"
            "预计将有超过1亿人次参与线上祭扫。"
        ),
        obs=[
            ("Total", 2023, 18.9, "CNY 100 million", "actual"),
            ("Total", 2024, 24.6, "CNY 100 million", "actual"),
            ("智慧墓园管理系统", 2024, 7.8, "CNY 100 million", "actual"),
            ("Total", 2027, 50, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.2, "percent", 2023, 2024, 1.0),
            ("share", 31.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24.6 / 18.9) ** (1 / 1) - 1 = 30.16% -> 30.2
            ("arithmetic", "exact"),  # 7.8 / 24.6 = 31.71% -> 31.7
        ],
    ),
    # 30. Municipal plan (Simplified): a base and a target with a stated CAGR the amounts contradict.
    #     Expected nowhere: the plan's title years, the 90% online-handling rate, the 65% eco-burial rate (a rate,
    #     no share), the 10 leading firms.
    dict(
        text=(
            "成都市民政局关于印发《成都市智慧殡葬发展三年行动计划(2025—2027年)》的通知\n"
            "二、主要目标\n"
            "到2027年,全市建成统一的智慧殡葬服务平台,殡葬服务事项网上办理率达到90%,节地生态安葬率达到65%以上。"
            "培育壮大AI追思、智能殡仪调度、智慧陵园管理等新业态,全市智慧殡葬相关产业规模由2024年的8.6亿元提高到"
            "2027年的15亿元,2024—2027年年均复合增长率达到25%。支持10家以上骨干企业开展人工智能应用示范,推动殡葬"
            "服务由线下为主向线上线下融合转变。"
        ),
        obs=[
            ("Total", 2024, 8.6, "CNY 100 million", "actual"),
            ("Total", 2027, 15, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (15 / 8.6) ** (1 / 3) - 1 = 20.37%; bounds (14.5 / 8.65) ** (1/3) - 1 = 18.79%,
            # (15.5 / 8.55) ** (1/3) - 1 = 21.93% -> 25 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元): YoY with both amounts; a CAGR with printed span printed
    #     22.7% while the amounts give 22.62%. Expected nowhere: the report's title year, the 20.1萬 deaths, the
    #     新台幣800億元 funeral-industry output, the 58% survey answer.
    dict(
        text=(
            "【台北訊】台灣數位生命產業研究所今(15)日發布《2025台灣殯葬科技趨勢報告》指出,2024年台灣殯葬AI應用市場"
            "規模達新台幣18.4億元,較2023年的15.2億元成長21.1%。研究所預估,隨著AI禮儀規劃、數位追思平台及智慧塔位"
            "管理系統普及,2028年市場規模可望達新台幣41.6億元,2024至2028年年複合成長率為22.7%。報告也提到,2024年"
            "全台死亡人數約20.1萬人,殯葬服務業整體產值約新台幣800億元,受訪禮儀業者中有58%表示已導入生成式AI撰寫訃聞。"
        ),
        obs=[
            ("Total", 2023, 15.2, "TWD 100 million", "actual"),
            ("Total", 2024, 18.4, "TWD 100 million", "actual"),
            ("Total", 2028, 41.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.1, "percent", 2023, 2024, 1.0),
            ("cagr", 22.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.4 / 15.2) ** (1 / 1) - 1 = 21.05% -> 21.1
            # (41.6 / 18.4) ** (1 / 4) - 1 = 22.62% -> 22.6, not 22.7; bounds (41.55 / 18.45) ** (1/4) - 1 = 22.50%,
            # (41.65 / 18.35) ** (1/4) - 1 = 22.74% -> 22.7 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元): a part with its share; a CAGR printed 約18.9% while the
    #     amounts give 18.70%. Expected nowhere: the report date, the 5.1萬 deaths, the 30萬港元 niche price, the
    #     licensed parlour count.
    dict(
        text=(
            "(2025年3月18日)香港生命科技協會昨日發表《香港智慧殯儀服務報告》,估算2024年本港殯儀及骨灰龕人工智能應用"
            "市場規模為6.8億港元,其中網上追思及AI悼念平台佔2.1億港元,約佔31%。報告預計,至2028年市場規模將增至13.5"
            "億港元,2024至2028年年均複合增長率約18.9%。報告指出,本港去年登記死亡人數約5.1萬,私營骨灰龕一個雙人龕位"
            "售價動輒逾30萬港元,而全港持牌殯儀館只有7間,業界正積極以AI排期系統紓緩禮堂檔期緊張。"
        ),
        obs=[
            ("Total", 2024, 6.8, "HKD 100 million", "actual"),
            ("網上追思及AI悼念平台", 2024, 2.1, "HKD 100 million", "actual"),
            ("Total", 2028, 13.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 31, "percent", 2024, 2024, None),
            ("cagr", 18.9, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 2.1 / 6.8 = 30.88% -> 31
            # (13.5 / 6.8) ** (1 / 4) - 1 = 18.70% -> 18.7, not 18.9; bounds (13.45 / 6.85) ** (1/4) - 1 = 18.37%,
            # (13.55 / 6.75) ** (1/4) - 1 = 19.03% -> 18.9 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 33. PTT post (Traditional): 去年 / 今年 from the post's date; the poster's 35% YoY the amounts contradict.
    #     Expected nowhere: the post time, the 新台幣20萬 service price, the 三千多家 funeral firms, the pushes.
    dict(
        text=(
            "作者 lunarlotus (月光蓮) 看板 Tech_Job\n"
            "標題 [心得] 殯葬業也要被AI吃掉了?\n"
            "時間 Sun Jun 8 21:14:07 2025\n"
            "看到某顧問公司的報告,台灣數位追思、AI訃聞這類平台的市場去年大概新台幣3.2億,今年預估衝到4.1億,"
            "換算年增35%,成長超猛。我家是做禮儀的,一場告別式基本款也要新台幣20萬起跳,老爸說現在家屬都會問"
            "能不能用AI做生平影片。全台禮儀公司好像有三千多家,真的會全部轉型嗎?\n"
            "--\n"
            "推 sadpanda: 年增35%也太扯,數字怪怪的\n"
            "推 kuroneko77: 我阿嬤的告別式就有AI影片"
        ),
        obs=[
            ("Total", 2024, 3.2, "TWD 100 million", "actual"),
            ("Total", 2025, 4.1, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (4.1 / 3.2) ** (1 / 1) - 1 = 28.13%; bounds 4.05 / 3.25 - 1 = 24.62%, 4.15 / 3.15 - 1 = 31.75%
            # -> 35 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 34. Broker report abstract (Simplified): YoY with both amounts, a 2027 range (two value claims).
    #     Expected nowhere: the report month, the covered company's revenue and gross margin, its rating and HK$9.8
    #     target price.
    dict(
        text=(
            "瑞丰证券·殡葬行业深度报告摘要(2025年5月)\n"
            "核心观点:AI重塑殡葬服务链条。我们测算,2024年国内殡葬AI及SaaS市场规模为32.5亿元,同比增长26.0%"
            "(2023年为25.8亿元);在智慧墓园、AI追思与智能定价工具驱动下,预计2027年市场规模将达到60—70亿元。"
            "重点公司福泽园国际2024年营收28.7亿元,毛利率78.2%,维持“买入”评级,目标价9.8港元。\n"
            "风险提示:政策推进不及预期、殡葬服务价格监管趋严、数据安全风险。"
        ),
        obs=[
            ("Total", 2023, 25.8, "CNY 100 million", "actual"),
            ("Total", 2024, 32.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 26.0, "percent", 2023, 2024, 1.0),
            ("value", 60, "CNY 100 million", 2027, 2027, None),
            ("value", 70, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (32.5 / 25.8) ** (1 / 1) - 1 = 25.97% -> 26.0
        ],
    ),
    # 35. Results-briefing transcript (Simplified): the chairman sizes the serviceable market (Total); 去年 / 今年
    #     from the briefing's date, approximate figures kept as printed. Expected nowhere: the briefing date, the
    #     company's revenue and gross margin, the 3.2万 families served, the 12万元 average plot price.
    dict(
        text=(
            "安泽生命科技2024年度业绩说明会文字实录(2025年3月28日)\n"
            "投资者提问:公司如何看待殡葬AI业务的市场空间?\n"
            "董事长王立新:谢谢提问。根据我们的测算,国内殡葬AI服务的可服务市场去年约48亿元,今年有望达到60亿元左右,"
            "同比增长25%,增量主要来自智能殡仪预约调度、AI追思视频和预需计划智能营销。公司2024年实现营业收入15.3亿元,"
            "毛利率51.6%,全年服务逝者家庭约3.2万户,墓穴平均售价约12万元。我们会继续加大研发投入。"
        ),
        obs=[
            ("Total", 2024, 48, "CNY 100 million", "actual"),
            ("Total", 2025, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (60 / 48) ** (1 / 1) - 1 = 25.00% -> 25
        ],
    ),
    # 36. Markdown pipe table with a CAGR column (USD million, 2024 and 2030F); the Total row is its own item; the
    #     cemetery row's 17.4% holds only by rounding. Expected nowhere: the table number, the title's years.
    dict(
        text=(
            "Table 2. Global AI deathcare software market by segment, 2024 and 2030F (USD million)\n"
            "| Segment | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| Grief-support & memorial chatbots | 310 | 1,120 | 23.9% |\n"
            "| Digital-legacy platforms | 245 | 690 | 18.8% |\n"
            "| Arrangement & scheduling software | 420 | 1,050 | 16.5% |\n"
            "| AI obituary & tribute writing | 96 | 310 | 21.6% |\n"
            "| Cemetery & columbarium management | 180 | 470 | 17.4% |\n"
            "| Pre-need pricing & sales tools | 150 | 420 | 18.7% |\n"
            "| Total | 1,401 | 4,060 | 19.4% |\n"
            "Source: Ashgrove Research estimates; F = forecast."
        ),
        obs=[
            ("Grief-support & memorial chatbots", 2024, 310, "USD million", "actual"),
            ("Grief-support & memorial chatbots", 2030, 1120, "USD million", "estimate"),
            ("Digital-legacy platforms", 2024, 245, "USD million", "actual"),
            ("Digital-legacy platforms", 2030, 690, "USD million", "estimate"),
            ("Arrangement & scheduling software", 2024, 420, "USD million", "actual"),
            ("Arrangement & scheduling software", 2030, 1050, "USD million", "estimate"),
            ("AI obituary & tribute writing", 2024, 96, "USD million", "actual"),
            ("AI obituary & tribute writing", 2030, 310, "USD million", "estimate"),
            ("Cemetery & columbarium management", 2024, 180, "USD million", "actual"),
            ("Cemetery & columbarium management", 2030, 470, "USD million", "estimate"),
            ("Pre-need pricing & sales tools", 2024, 150, "USD million", "actual"),
            ("Pre-need pricing & sales tools", 2030, 420, "USD million", "estimate"),
            ("Total", 2024, 1401, "USD million", "actual"),
            ("Total", 2030, 4060, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 23.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1120 / 310) ** (1 / 6) - 1 = 23.87% -> 23.9
            ("cagr|implied", "exact"),  # (690 / 245) ** (1 / 6) - 1 = 18.84% -> 18.8
            ("cagr|implied", "exact"),  # (1050 / 420) ** (1 / 6) - 1 = 16.50% -> 16.5
            ("cagr|implied", "exact"),  # (310 / 96) ** (1 / 6) - 1 = 21.58% -> 21.6
            # (470 / 180) ** (1 / 6) - 1 = 17.35% -> 17.3, not 17.4; bounds (469.5 / 180.5) ** (1/6) - 1 = 17.27%,
            # (470.5 / 179.5) ** (1/6) - 1 = 17.42% -> 17.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (420 / 150) ** (1 / 6) - 1 = 18.72% -> 18.7
            ("cagr|implied", "exact"),  # (4060 / 1401) ** (1 / 6) - 1 = 19.40% -> 19.4
            ("hierarchy", "exact"),  # 2024: 310 + 245 + 420 + 96 + 180 + 150 = 1401
            ("hierarchy", "exact"),  # 2030F: 1120 + 690 + 1050 + 310 + 470 + 420 = 4060
        ],
    ),
    # 37. Tab-separated yen table (¥ billion, fiscal years) with a YoY column; the columbarium row's 14.1% holds
    #     only by rounding. Expected nowhere: the 1.60 million deaths, the fiscal-year note.
    dict(
        text=(
            "Japan: AI in funeral and memorial services by segment (\u00a5 billion; fiscal years to March)\n"
            "Segment\tFY2023\tFY2024\tYoY (%)\n"
            "AI funeral estimates & planning\t8.4\t10.6\t26.2\n"
            "Memorial videos & AI avatars\t5.2\t7.1\t36.5\n"
            "Automated columbarium systems\t12.6\t14.3\t14.1\n"
            "Online memorials & grief support\t3.1\t4.0\t29.0\n"
            "Total\t29.3\t36.0\t22.9\n"
            "Source: Koyo Deathcare Research. Deaths in Japan reached a record 1.60 million in 2024, lifting demand "
            "for automated urn storage in city-centre temples."
        ),
        obs=[
            ("AI funeral estimates & planning", 2023, 8.4, "JPY billion", "actual"),
            ("AI funeral estimates & planning", 2024, 10.6, "JPY billion", "actual"),
            ("Memorial videos & AI avatars", 2023, 5.2, "JPY billion", "actual"),
            ("Memorial videos & AI avatars", 2024, 7.1, "JPY billion", "actual"),
            ("Automated columbarium systems", 2023, 12.6, "JPY billion", "actual"),
            ("Automated columbarium systems", 2024, 14.3, "JPY billion", "actual"),
            ("Online memorials & grief support", 2023, 3.1, "JPY billion", "actual"),
            ("Online memorials & grief support", 2024, 4.0, "JPY billion", "actual"),
            ("Total", 2023, 29.3, "JPY billion", "actual"),
            ("Total", 2024, 36.0, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 26.2, "percent", 2023, 2024, 1.0),
            ("growth", 36.5, "percent", 2023, 2024, 1.0),
            ("growth", 14.1, "percent", 2023, 2024, 1.0),
            ("growth", 29.0, "percent", 2023, 2024, 1.0),
            ("growth", 22.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 10.6 / 8.4 - 1 = 26.19% -> 26.2
            ("cagr|implied", "exact"),  # 7.1 / 5.2 - 1 = 36.54% -> 36.5
            # 14.3 / 12.6 - 1 = 13.49% -> 13.5, not 14.1; bounds 14.25 / 12.65 - 1 = 12.65%,
            # 14.35 / 12.55 - 1 = 14.34% -> 14.1 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 4.0 / 3.1 - 1 = 29.03% -> 29.0
            ("cagr|implied", "exact"),  # 36.0 / 29.3 - 1 = 22.87% -> 22.9
            ("hierarchy", "exact"),  # FY2023: 8.4 + 5.2 + 12.6 + 3.1 = 29.3
            ("hierarchy", "exact"),  # FY2024: 10.6 + 7.1 + 14.3 + 4.0 = 36.0
        ],
    ),
    # 38. Space-aligned sterling table (GBP m, 2024) with a share column; the 14.8% tributes share holds only by
    #     rounding; the 100.0% total is no claim. Expected nowhere: the monitor's title year, the 212 suppliers, the
    #     £2.6bn funeral-services revenue.
    dict(
        text=(
            "UK AI deathcare spending by application, 2024\n"
            "Application                          GBP m     Share\n"
            "Arrangement & scheduling software     22.8     37.3%\n"
            "Pre-need plan sales tools             14.6     23.9%\n"
            "AI tributes & obituaries               9.1     14.8%\n"
            "Memorial & griefbot platforms          8.9     14.5%\n"
            "Cemetery management systems            5.8      9.5%\n"
            "Total                                 61.2    100.0%\n"
            "Source: Bereavement Tech Monitor 2025, based on vendor returns from 212 suppliers. UK funeral-services "
            "revenue, about \u00a32.6bn, is excluded, as are hardware and installation."
        ),
        obs=[
            ("Arrangement & scheduling software", 2024, 22.8, "GBP million", "actual"),
            ("Pre-need plan sales tools", 2024, 14.6, "GBP million", "actual"),
            ("AI tributes & obituaries", 2024, 9.1, "GBP million", "actual"),
            ("Memorial & griefbot platforms", 2024, 8.9, "GBP million", "actual"),
            ("Cemetery management systems", 2024, 5.8, "GBP million", "actual"),
            ("Total", 2024, 61.2, "GBP million", "actual"),
        ],
        claims=[
            ("share", 37.3, "percent", 2024, 2024, None),
            ("share", 23.9, "percent", 2024, 2024, None),
            ("share", 14.8, "percent", 2024, 2024, None),
            ("share", 14.5, "percent", 2024, 2024, None),
            ("share", 9.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 22.8 / 61.2 = 37.25% -> 37.3
            ("arithmetic", "exact"),  # 14.6 / 61.2 = 23.86% -> 23.9
            # 9.1 / 61.2 = 14.87% -> 14.9, not 14.8; bounds 9.05 / 61.25 = 14.78%, 9.15 / 61.15 = 14.96%
            # -> 14.8 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 8.9 / 61.2 = 14.54% -> 14.5
            ("arithmetic", "exact"),  # 5.8 / 61.2 = 9.48% -> 9.5
            ("hierarchy", "exact"),  # 2024: 22.8 + 14.6 + 9.1 + 8.9 + 5.8 = 61.2
        ],
    ),
    # 39. Vertical pipe table whose rows are years; the lone value column is headed by its unit only (Total);
    #     2025E an estimate; YoY claims. Expected nowhere: the 1.01 million deaths, the 2021 dash.
    dict(
        text=(
            "Germany: spending on AI in funeral, cremation and cemetery services\n"
            "| Year | EUR million | YoY |\n"
            "|---|---|---|\n"
            "| 2021 | 18.4 | - |\n"
            "| 2022 | 23.9 | 29.9% |\n"
            "| 2023 | 30.2 | 26.4% |\n"
            "| 2024 | 37.5 | 24.2% |\n"
            "| 2025E | 46.0 | 22.7% |\n"
            "Source: Kessler & Voss Bestattungsberatung; E = estimate. Germany recorded about 1.01 million deaths "
            "in 2024, and cremations now account for most burials."
        ),
        obs=[
            ("Total", 2021, 18.4, "EUR million", "actual"),
            ("Total", 2022, 23.9, "EUR million", "actual"),
            ("Total", 2023, 30.2, "EUR million", "actual"),
            ("Total", 2024, 37.5, "EUR million", "actual"),
            ("Total", 2025, 46.0, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 29.9, "percent", 2021, 2022, 1.0),
            ("growth", 26.4, "percent", 2022, 2023, 1.0),
            ("growth", 24.2, "percent", 2023, 2024, 1.0),
            ("growth", 22.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 23.9 / 18.4 - 1 = 29.89% -> 29.9
            ("cagr|implied", "exact"),  # 30.2 / 23.9 - 1 = 26.36% -> 26.4
            ("cagr|implied", "exact"),  # 37.5 / 30.2 - 1 = 24.17% -> 24.2
            ("cagr|implied", "exact"),  # 46.0 / 37.5 - 1 = 22.67% -> 22.7
        ],
    ),
    # 40. Chinese markdown table (Simplified, 亿元) with a 合计 row; 2025年E an estimate; the 2024 合计 the rows
    #     contradict. Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表3 2023—2025年中国殡葬AI市场细分结构(单位:亿元)\n"
            "| 细分领域 | 2023年 | 2024年 | 2025年E |\n"
            "|---|---|---|---|\n"
            "| 智慧墓园管理 | 6.8 | 8.9 | 11.6 |\n"
            "| AI殡仪预约与调度 | 4.2 | 5.5 | 7.1 |\n"
            "| 数字纪念与AI追思 | 3.5 | 5.1 | 7.2 |\n"
            "| 殡葬AI营销与定价 | 1.9 | 2.6 | 3.4 |\n"
            "| 合计 | 16.4 | 23.1 | 29.3 |\n"
            "资料来源:殡葬数字化研究院;2025年E为预测值,数字化殡葬服务指线上办理的殡仪、安葬与祭扫业务。"
        ),
        obs=[
            ("智慧墓园管理", 2023, 6.8, "CNY 100 million", "actual"),
            ("智慧墓园管理", 2024, 8.9, "CNY 100 million", "actual"),
            ("智慧墓园管理", 2025, 11.6, "CNY 100 million", "estimate"),
            ("AI殡仪预约与调度", 2023, 4.2, "CNY 100 million", "actual"),
            ("AI殡仪预约与调度", 2024, 5.5, "CNY 100 million", "actual"),
            ("AI殡仪预约与调度", 2025, 7.1, "CNY 100 million", "estimate"),
            ("数字纪念与AI追思", 2023, 3.5, "CNY 100 million", "actual"),
            ("数字纪念与AI追思", 2024, 5.1, "CNY 100 million", "actual"),
            ("数字纪念与AI追思", 2025, 7.2, "CNY 100 million", "estimate"),
            ("殡葬AI营销与定价", 2023, 1.9, "CNY 100 million", "actual"),
            ("殡葬AI营销与定价", 2024, 2.6, "CNY 100 million", "actual"),
            ("殡葬AI营销与定价", 2025, 3.4, "CNY 100 million", "estimate"),
            ("合计", 2023, 16.4, "CNY 100 million", "actual"),
            ("合计", 2024, 23.1, "CNY 100 million", "actual"),
            ("合计", 2025, 29.3, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 6.8 + 4.2 + 3.5 + 1.9 = 16.4
            # 2024: 8.9 + 5.5 + 5.1 + 2.6 = 22.1 vs 23.1; bounds rows 21.9 to 22.3, total 23.05 to 23.15 -> no reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025E: 11.6 + 7.1 + 7.2 + 3.4 = 29.3
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-fifth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 12, 'exact': 83}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ -- U.S. funeral homes and cemetery operators',
    'forecast £171m by FY2029e, a CAGR of roughly 21%',
    'We put the total addressable market',
    'are expected to spend ¥22.6 billion this year, up 23%',
    'The correct figure is $241 million, up 31% from',
    '3.7 times the $40 million they spent in 2021',
    '力争达到12.4亿元,较2023年增长3倍',
    '較2023年的10.9億元成長30.3%',
    '開支為3.82億港元,按年增長26%,2023年則為2.91億港元',
    '今年可望達到8.1億元,成長約26%',
    '| AI obituaries & tributes | 58 | 239 | 26.4% |',
    'Pricing & pre-need sales tools\t10.2\t12.5\t25.1%',
    '合计                 12.8   17.4   23.6   31.6',
    'We size the total addressable market for AI',
    'a compound annual growth rate of 22.4% over 2021-2024',
    "3/ Their forecast: $260M by 2028. That's ~28% a year.",
    '• 21% TAM CAGR, 2025E-2030E',
    'Northfield Research is more bullish',
    '新华社南京4月2日电(记者周文清)清明节前夕',
    '2024—2027年年均复合增长率达到25%',
    '較2023年的15.2億元成長21.1%',
    '標題 [心得] 殯葬業也要被AI吃掉了?',
    '预计2027年市场规模将达到60—70亿元',
    '| Cemetery & columbarium management | 180 | 470 | 17.4% |',
    '| 2025E | 46.0 | 22.7% |',
    '| 合计 | 16.4 | 23.1 | 29.3 |',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 166
#: figures, 69 rates, 94 verdicts and 0 false inconsistent
#: one rate fewer since its 增长N倍 is read against the base amount another sentence gives ("全省该领域…"): the
#: amounts give x(N+1), the reading by the letter, where the set records the printed N
FLOORS = {"figures_found": 182, "rates_found": 68, "verdicts_right": 96}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset205.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
