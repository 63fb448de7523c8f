"""A hundred-and-eighty-first check set for the extractor, written blind: AI in fashion, apparel and textiles: AI design
and trend-forecasting tools for fashion houses, AI demand planning and size recommendation for apparel retailers,
virtual fitting rooms, AI quality inspection in textile mills, AI for resale and authentication of luxury goods; sized
in money by fashion-industry consultancies, textile associations, luxury groups' capital-markets days, e-commerce
platforms, ministries' textile-industry plans, brokers and research houses in Italy, France, Bangladesh, India, the
United States, Japan, mainland China, Taiwan and Hong Kong. Distractors a careful reader leaves out: the whole apparel
or luxury market beside the AI part, garments produced or shipped, store counts, a brand's own revenue or profit,
returns rates, a funding round and valuation, a quarter's figures, a survey's percentages, export values.

Snippets 1-20: Twenty snippets on AI in fashion, apparel and textiles. English prose: a Milan wire release, a Tokyo
broker note in fiscal years, a Paris briefing with segment shares, a New York story quoting two research houses, a
luxury group's capital-markets-day transcript sizing a TAM with a range, a Dhaka ministry roadmap with targets and a
fourfold multiple, a London note carrying a correction and a range, and an investor's blog post using last year/this
year. Seven Chinese prose pieces (three Traditional) and five tables (markdown with E/F columns, space-aligned
years-as-rows with YoY, tab-separated 亿元 with 合计, tab-separated fiscal years with a CAGR column, a Traditional pipe
table in 新台幣百萬元 with shares). Distractors left out: whole apparel and luxury markets, garment output, exports, store
and firm counts, survey percentages, return rates, funding rounds, company revenue, profit, margin, target price,
quarter figures, a rival house's figure, a corrected figure, rupee/taka amounts. Inconsistent: the blog's 30% growth,
the wire story's 37.1% CAGR, the Italian table's 12.9% YoY. Holding only by rounding: the Tokyo 26% CAGR, the Paris
33% share, the Hong Kong 40.5% share, the Indian table's 27.9% CAGR, the Taiwan table's 17.1% share, and the markdown
table's 2025E total.

Snippets 21-40: Twenty snippets (21-40) on AI in fashion, apparel and textiles. English prose: a size-recommendation
firm's earnings call sizing its TAM, a Prato working-paper abstract, a social-media thread, a web article with a
correction, a luxury group's chairman letter, investor-day bullets, a forum answer and a Mumbai broker note with a
rupee aside. Chinese prose: a Xinhua-style release, a ministry plan, a Taiwanese MIC-style release, a Hong Kong report
and a PTT post (these three Traditional), a brokerage abstract with a 2030 range and a results-briefing transcript.
Tables: markdown segments with a total, a tab-separated yen column with YoY, a space-aligned 合计 table, a regional CAGR
table and an Italian share table. Left out: whole apparel and luxury markets, exports, garment output, store and firm
counts, brand revenue, margins, quarters, returns rates, survey answers, funding rounds, price targets, a second
publisher's figure, the pre-correction figure and shares in words. Inconsistent: the Prato 32% and Hong Kong 12%
growth. Only by rounding: the Threadline 24% share, the Mumbai 26% CAGR, the Xinhua 31.2% and PTT 22% growth, the
Hoshino 24.3% YoY and the markdown table's 2025E total.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Milan wire press release from a fashion consultancy: YoY growth with both amounts, CAGR with printed span,
    #    2030 figure printed in billions converted to the series' USD million. Expected nowhere: the edition number,
    #    creative directors interviewed and countries, the ~$1.8 trillion apparel and footwear market, the 62% survey answer.
    dict(
        text=(
            "MILAN, 3 February 2025 /PRNewswire/ -- Fashion houses and apparel brands worldwide spent $865 million on "
            "AI design and trend-forecasting software in 2024, 27.4% more than the $679 million they spent in 2023, "
            "according to the fifth annual Fashion Intelligence Monitor released today by Brera Strategy Partners. The "
            "Milan consultancy, which interviewed 340 creative directors and merchandisers in 18 countries, projects "
            "that the segment will reach $2.9 billion by 2030, a compound annual growth rate of 22.3% over 2024-2030. "
            "That is still a sliver of a global apparel and footwear market worth roughly $1.8 trillion, the report "
            "notes. Asked what they mainly use the tools for, 62% of respondents cited colour and print forecasting."
        ),
        obs=[
            ("Total", 2023, 679, "USD million", "actual"),
            ("Total", 2024, 865, "USD million", "actual"),
            ("Total", 2030, 2900, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
            ("cagr", 22.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (865 / 679) ** (1 / 1) - 1 = 27.39% -> 27.4
            ("cagr|implied", "exact"),  # (2900 / 865) ** (1 / 6) - 1 = 22.34% -> 22.3
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years (FY2024 = year to March 2025); a CAGR of "roughly 26%" whose span only
    #    the amounts' years give, while the amounts give 25.44%. Expected nowhere: the store count, online return rates,
    #    the top pick's target price and upside, its operating profit and growth.
    dict(
        text=(
            "JAPAN APPAREL RETAIL | Sector note | Tokyo, 22 May 2025\n"
            "Fit before fashion. Japanese apparel chains are finally paying for software that tells them what to make "
            "and in which sizes. We estimate the domestic market for AI demand-planning and size-recommendation tools "
            "at ¥31.5bn in FY2024 (year to March 2025) and forecast ¥78bn by FY2028e, a CAGR of roughly 26%. Stores "
            "are still the backbone of the industry - the five chains we cover run 4,870 of them - but online return "
            "rates of 11-14% are where the payback sits. Top pick Kaede Holdings (Buy, TP ¥3,400, 21% upside) lifted "
            "FY2024 operating profit 18% to ¥42.6bn."
        ),
        obs=[
            ("Total", 2024, 31.5, "JPY billion", "actual"),
            ("Total", 2028, 78, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 26, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (78 / 31.5) ** (1 / 4) - 1 = 25.44% -> 25, not 26; bounds (77.5 / 31.55) ** (1/4) - 1 = 25.19%,
            # (78.5 / 31.45) ** (1/4) - 1 = 25.69% -> 26 is reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Paris research institute briefing: a European total and two segments with their shares.
    #    Expected nowhere: the 18% of shoppers who used a fitting room, the 1,200 shoppers polled.
    dict(
        text=(
            "Paris, 14 October 2025 - Retailers and brands in Europe spent EUR 1.84 billion on virtual fitting-room "
            "technology in 2024, according to a briefing published this week by the Institut Lumière du Commerce. "
            "Footwear try-on accounted for EUR 0.47 billion of that, or 26%, while eyewear and accessories took "
            "EUR 0.62 billion (33%); body-scanning tools for ready-to-wear made up most of the remainder. Use is far "
            "from universal: only 18% of the 1,200 shoppers the institute polled had tried a virtual fitting room in "
            "the past twelve months. Even so, the institute expects European spending to reach EUR 3.1 billion in 2027."
        ),
        obs=[
            ("Total", 2024, 1.84, "EUR billion", "actual"),
            ("Footwear try-on", 2024, 0.47, "EUR billion", "actual"),
            ("Eyewear and accessories", 2024, 0.62, "EUR billion", "actual"),
            ("Total", 2027, 3.1, "EUR billion", "estimate"),
        ],
        claims=[
            ("share", 26, "percent", 2024, 2024, None),
            ("share", 33, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 0.47 / 1.84 = 25.54% -> 26
            # 0.62 / 1.84 = 33.70% -> 34, not 33; bounds 0.615 / 1.845 = 33.33%, 0.625 / 1.835 = 34.06%
            # -> 33 is reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. New York news article quoting two research houses; CAGR without a printed span (inferred).
    #    Expected nowhere: the rival house's 2024 figure, the ~30% return rate, the storefront count, the Series C
    #    round and valuation.
    dict(
        text=(
            "NEW YORK, July 15 2025 - Online clothing sellers are leaning on algorithms to take the sting out of "
            "returns. The market for AI size- and fit-recommendation software used by apparel e-commerce sites stood at "
            "$1.12 billion in 2024 and is projected to climb to $3.4 billion by 2029, a compound annual growth rate of "
            "24.9%, according to Boston-based Caldwell Market Research. Rival firm Northgate Insights pegs last year's "
            "market higher, at $1.35 billion. Either way the stakes are large: shoppers send back roughly 30% of the "
            "clothing they buy online. FitLogic, a Brooklyn start-up whose widget runs on 2,300 storefronts, raised "
            "$64 million in a Series C in June at a $910 million valuation."
        ),
        obs=[
            ("Total", 2024, 1.12, "USD billion", "actual"),
            ("Total", 2029, 3.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.9, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3.4 / 1.12) ** (1 / 5) - 1 = 24.87% -> 24.9
        ],
    ),
    # 5. Paris luxury group's capital-markets-day transcript sizing a TAM (Total), approximate base, range for 2030.
    #    Expected nowhere: the group's own pre-owned revenue, boutiques, margin, the EUR 360 billion personal luxury
    #    market, the group's 10% share target.
    dict(
        text=(
            "Maison Aurelle Group - Capital Markets Day, Paris, 17 June 2025\n"
            "Transcript, session 3: Circularity\n"
            "HELENE MARCHETTI, CHIEF DIGITAL OFFICER: Let me put some numbers on the opportunity. Our own certified "
            "pre-owned programme did EUR 148 million of revenue last year, through 36 boutiques with a trade-in desk, "
            "at a margin in the low teens. But we are not here to size ourselves. We put the total addressable market "
            "for AI-driven authentication and resale services in personal luxury goods at about EUR 3.8 billion in "
            "2024, and we see it at EUR 9 to 11 billion by 2030. For context, personal luxury goods as a whole are a "
            "market of around EUR 360 billion.\n"
            "ANALYST, RIVE GAUCHE SECURITIES: Is that fees, or gross merchandise value?\n"
            "MARCHETTI: Fees and services only. Our ambition is to hold 10% of it by 2030."
        ),
        obs=[
            ("Total", 2024, 3.8, "EUR billion", "actual"),
        ],
        claims=[
            ("value", 9, "EUR billion", 2030, 2030, None),
            ("value", 11, "EUR billion", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 6. Dhaka ministry roadmap with targets: base, interim and final targets, "nearly fourfold" (x4 over six years),
    #    a CAGR of "about 26%" inferred from the amounts' years. Expected nowhere: the roadmap's title years and section
    #    number, workers, factories, the USD 38.5 billion garment exports, the taka fund, the 200 mills.
    dict(
        text=(
            "Dhaka, 9 March 2025 - Ministry of Textiles and Jute\n"
            "Smart Textile Factory Roadmap 2025-2030 (extract, section 4.2)\n"
            "4.2 Market development. The domestic market for AI-based fabric inspection, defect detection and "
            "production-planning systems in Bangladesh's textile and ready-made garment mills was valued at USD 38 "
            "million in 2024. The Roadmap targets USD 150 million by 2030, a nearly fourfold expansion, equivalent to "
            "compound growth of about 26% a year; an interim target of USD 75 million is set for 2027. The sector "
            "employs some 4 million workers in more than 3,500 export-oriented factories and shipped garments worth "
            "USD 38.5 billion in FY2024. A Tk 500 crore technology-upgrade fund will co-finance the first 200 mills."
        ),
        obs=[
            ("Total", 2024, 38, "USD million", "actual"),
            ("Total", 2027, 75, "USD million", "estimate"),
            ("Total", 2030, 150, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2024, 2030, 6.0),
            ("cagr", 26, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (150 / 38) ** (1 / 6) - 1 = 25.71% -> 26
        ],
    ),
    # 7. London research note carrying a correction and a range. Expected nowhere: the erroneous GBP 2.14 billion,
    #    the note number, the 26% return rate, UK clothing and footwear spend, the first quarter's contracts.
    dict(
        text=(
            "CORRECTION (11 April 2025): An earlier version of this note, published on 9 April, gave the 2024 UK "
            "market as GBP 2.14 billion. The correct figure is GBP 214 million. All other figures are unchanged.\n\n"
            "UK Fashion Retail | Thameside Research | Note 25/031\n"
            "Planning, not posing. UK apparel retailers spent GBP 214 million on AI demand-planning, allocation and "
            "size-recommendation software in 2024, up 17% from GBP 183 million the year before. We see the market at "
            "GBP 390-450 million in 2028, the spread depending mostly on how quickly mid-market chains retire their "
            "spreadsheets. The prize is returns: the online return rate for UK clothing runs at about 26%, and UK "
            "shoppers spent GBP 66 billion on clothing and footwear last year. In the first quarter of 2025 alone, "
            "retailers signed GBP 61 million of new contracts."
        ),
        obs=[
            ("Total", 2023, 183, "GBP million", "actual"),
            ("Total", 2024, 214, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("value", 390, "GBP million", 2028, 2028, None),
            ("value", 450, "GBP million", 2028, 2028, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (214 / 183) ** (1 / 1) - 1 = 16.94% -> 17
        ],
    ),
    # 8. Investor's blog post with a dateline: "last year" = 2024 (actual), "this year" = 2025 (estimate, "clear" is
    #    approximate), a growth rate that does not fit its amounts, "more than triples" (x3 over 2024-2028).
    #    Expected nowhere: the quarter of dresses returned, the held company's revenue and its 6x sales multiple.
    dict(
        text=(
            "Notes from the Long Side - posted 2 March 2025\n"
            "Why I'm still long the virtual try-on trade\n"
            "Quick back-of-envelope, because people keep asking. By my sources the virtual try-on market - apps, "
            "plug-ins, the AR mirrors in flagship stores - was about $2.1B last year. This year it should clear $2.6B, "
            "which is roughly 30% growth in a year when apparel sales overall barely moved. Longer term I think it "
            "more than triples from last year's level by 2028. The bear case is always returns: the retailers I talk "
            "to still see a quarter of online dresses come back. Disclosure: I own MirrorMint, which booked $188M of "
            "revenue in 2024 and trades at 6x sales."
        ),
        obs=[
            ("Total", 2024, 2.1, "USD billion", "actual"),
            ("Total", 2025, 2.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2024, 2025, 1.0),
            ("multiple", 3, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            # (2.6 / 2.1) ** (1 / 1) - 1 = 23.81%; bounds (2.55 / 2.15) - 1 = 18.60%, (2.65 / 2.05) - 1 = 29.27%
            # -> 30 is not reached by any reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 9. Mainland industry report (Simplified): YoY with both amounts and a CAGR with printed span.
    #    Expected nowhere: the report title's year, the 1.4万亿元 apparel revenue, 200亿件 output, 412 firms, the 57.3% survey answer.
    dict(
        text=(
            "《2025中国服装产业智能化发展报告》显示，2024年我国服装企业在AI设计与趋势预测工具上的支出规模达到38.6亿元，"
            "较2023年的29.4亿元增长31.3%。报告预计，到2027年该市场规模将达到86亿元，2024—2027年年均复合增长率为30.6%。"
            "报告同时指出，2024年全国规模以上服装企业营业收入约1.4万亿元，服装产量约200亿件；在接受调查的412家服装企业中，"
            "有57.3%表示已在设计环节试用生成式AI。"
        ),
        obs=[
            ("Total", 2023, 29.4, "CNY 100 million", "actual"),
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("Total", 2027, 86, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.3, "percent", 2023, 2024, 1.0),
            ("cagr", 30.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 29.4) ** (1 / 1) - 1 = 31.29% -> 31.3
            ("cagr|implied", "exact"),  # (86 / 38.6) ** (1 / 3) - 1 = 30.61% -> 30.6
        ],
    ),
    # 10. Provincial action plan (Simplified) with 力争 targets, 突破 (approximate) and 增长3倍 (x3 over 2023-2027).
    #     Expected nowhere: the plan's title years, its issue date, the 100 smart factories, the 70% digitisation rate,
    #     the 1.1万亿元 textile and apparel revenue.
    dict(
        text=(
            "浙江省纺织服装产业数字化转型行动方案（2024—2027年）\n"
            "（2024年5月印发）\n"
            "二、主要目标\n"
            "到2025年，全省纺织印染企业AI视觉验布、智能排产等应用市场规模达到25亿元；到2027年，力争市场规模突破50亿元，"
            "较2023年增长3倍，培育100家以上智能工厂和数字化车间，规上纺织服装企业关键工序数控化率达到70%。"
            "2023年，全省该类应用市场规模为12.4亿元，纺织服装产业营业收入超过1.1万亿元。"
        ),
        obs=[
            ("Total", 2023, 12.4, "CNY 100 million", "actual"),
            ("Total", 2025, 25, "CNY 100 million", "estimate"),
            ("Total", 2027, 50, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 11. Wire story (Simplified) quoting two institutes; the first institute's CAGR is a typo (37.1% vs 31.3%).
    #     Expected nowhere: the second institute's 2024 figure, the return rates, the first quarter's usage growth.
    dict(
        text=(
            "东方财经网上海2025年6月12日电（记者 林晓）虚拟试衣正从噱头变成电商平台的标配。上海衡知研究院最新发布的报告显示，"
            "2024年中国虚拟试衣市场规模为21.7亿元，预计2028年将增至64.5亿元，年复合增长率达37.1%。"
            "另一家机构北京睿途产业研究院的测算则相对保守，认为2024年市场规模约为18亿元。报告指出，服装线上退货率普遍在30%以上，"
            "部分女装品类甚至超过50%。今年一季度，国内主要电商平台虚拟试衣功能的调用次数同比增长逾一倍。"
        ),
        obs=[
            ("Total", 2024, 21.7, "CNY 100 million", "actual"),
            ("Total", 2028, 64.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 37.1, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (64.5 / 21.7) ** (1 / 4) - 1 = 31.30%; bounds (64.45 / 21.75) ** (1/4) - 1 = 31.20%,
            # (64.55 / 21.65) ** (1/4) - 1 = 31.40% -> 37.1 is not reached by any reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 12. Taiwanese association report (Traditional) in 新台幣億元: YoY with both amounts, a two-year CAGR without
    #     printed years (inferred). Expected nowhere: the report title's year, the 78.3億美元 textile exports and their
    #     4.6% decline, the 286 member firms, the 41% survey answer.
    dict(
        text=(
            "台灣智慧紡織協會《2025紡織產業智慧化調查報告》指出，2024年國內紡織廠導入AI驗布與瑕疵檢測系統的市場規模約新台幣"
            "18.5億元，較2023年的15.2億元成長21.7%。協會預估，隨著中小型織布廠加速汰換人工驗布，2026年市場規模可望達到"
            "新台幣27億元，兩年間年均複合成長率約20.8%。報告並指出，2024年台灣紡織品成衣出口值為78.3億美元，年減4.6%；"
            "受訪的286家會員廠商中，有41%表示未來兩年將編列AI預算。"
        ),
        obs=[
            ("Total", 2023, 15.2, "TWD 100 million", "actual"),
            ("Total", 2024, 18.5, "TWD 100 million", "actual"),
            ("Total", 2026, 27, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.7, "percent", 2023, 2024, 1.0),
            ("cagr", 20.8, "percent", 2024, 2026, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.5 / 15.2) ** (1 / 1) - 1 = 21.71% -> 21.7
            ("cagr|period", "exact"),  # (27 / 18.5) ** (1 / 2) - 1 = 20.81% -> 20.8
        ],
    ),
    # 13. Hong Kong newspaper story (Traditional) in 億港元: a total, a part and its share holding only by rounding.
    #     Expected nowhere: 腕錶及珠寶 "約佔三成" (a fraction in words), the 1,020億港元 luxury retail total,
    #     the 3.5億港元 B round, the 5 shops.
    dict(
        text=(
            "【本報訊】（2025年8月6日）二手名牌手袋生意愈做愈精。香港零售科技協會最新報告估計，2024年本港以AI進行鑑定及定價的"
            "二手奢侈品轉售服務市場規模達42.6億港元，其中手袋佔17.3億港元，佔比40.5%，腕錶及珠寶則約佔三成。報告預期，"
            "2027年市場規模有望增至68億港元。不過，同年本港奢侈品零售總額約為1,020億港元，AI相關服務仍屬小眾。業內平台"
            "「寶鑑」今年初完成3.5億港元B輪融資，目前在旺角、銅鑼灣及尖沙咀等地共設有5間門市。"
        ),
        obs=[
            ("Total", 2024, 42.6, "HKD 100 million", "actual"),
            ("手袋", 2024, 17.3, "HKD 100 million", "actual"),
            ("Total", 2027, 68, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 40.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 17.3 / 42.6 = 40.61% -> 40.6, not 40.5; bounds 17.25 / 42.65 = 40.45%, 17.35 / 42.55 = 40.78%
            # -> 40.5 is reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 14. Hangzhou story (Simplified) using 去年/今年 under a 2025 dateline: 去年 = 2024 actual, 今年 = 2025 estimate
    #     (超过 approximate). Expected nowhere: the first quarter's inventory days, revenue and its growth, the
    #     1.5万亿元 apparel retail sales.
    dict(
        text=(
            "2025年4月18日，杭州——在当天举行的一场服装供应链论坛上，多位品牌负责人谈到了AI需求预测。据中国服装数字化联盟测算，"
            "去年我国服装零售企业在AI需求预测与智能补货系统上的投入约为27亿元，比2023年的21.5亿元增长约26%；今年这一市场有望"
            "超过35亿元，增速接近30%。一家头部运动品牌的供应链副总裁透露，引入AI补货后，公司今年一季度库存周转天数缩短了12天，"
            "一季度营收同比增长9.8%至68.2亿元。去年全国服装类商品零售额在1.5万亿元左右。"
        ),
        obs=[
            ("Total", 2023, 21.5, "CNY 100 million", "actual"),
            ("Total", 2024, 27, "CNY 100 million", "actual"),
            ("Total", 2025, 35, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("growth", 30, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27 / 21.5) ** (1 / 1) - 1 = 25.58% -> 26
            ("cagr|implied", "exact"),  # (35 / 27) ** (1 / 1) - 1 = 29.63% -> 30
        ],
    ),
    # 15. Taiwanese broker deep-dive (Traditional) in 億美元 with a target price: total, CAGR with printed span, a
    #     region and its share. Expected nowhere: the stock code, the company's NT$ revenue, growth and gross margin,
    #     its EPS, target price and upside.
    dict(
        text=(
            "【深度報告】智紡科技（6781）：AI驗布龍頭，全球布局起飛\n"
            "元璟投顧 研究部 2025年9月3日\n"
            "我們估計，2024年全球紡織業AI品質檢測市場規模約9.6億美元，預估2029年將成長至27.4億美元，2024至2029年複合成長率達"
            "23.3%。其中亞洲2024年約6.1億美元，占全球比重約64%。智紡科技2024年營收新台幣21.4億元，年增33%，毛利率52.1%；"
            "我們預估其2025年EPS為新台幣14.2元，給予目標價新台幣560元，首次評等買進，潛在上漲空間約22%。"
        ),
        obs=[
            ("Total", 2024, 9.6, "USD 100 million", "actual"),
            ("亞洲", 2024, 6.1, "USD 100 million", "actual"),
            ("Total", 2029, 27.4, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23.3, "percent", 2024, 2029, None, "stated"),
            ("share", 64, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.4 / 9.6) ** (1 / 5) - 1 = 23.34% -> 23.3
            ("arithmetic", "exact"),  # 6.1 / 9.6 = 63.54% -> 64
        ],
    ),
    # 16. Markdown pipe table with E/F columns and a Total row (USD million); the 2025E column adds only by rounding.
    #     Expected nowhere: the exhibit number, the tracker's edition, the note number.
    dict(
        text=(
            "Exhibit 4: Global AI-in-fashion software and services spend by application (USD million)\n\n"
            "| Application | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Design & trend forecasting | 612 | 790 | 1,010 | 1,590 |\n"
            "| Demand planning & allocation | 1,140 | 1,395 | 1,705 | 2,480 |\n"
            "| Size recommendation & virtual fitting | 1,486 | 1,902 | 2,398 | 3,770 |\n"
            "| Textile quality inspection | 318 | 402 | 497 | 756 |\n"
            "| Resale & authentication | 245 | 331 | 442 | 781 |\n"
            "| Total | 3,801 | 4,820 | 6,054 | 9,377 |\n\n"
            "Source: Vantage Loom Analytics, Fashion Tech Tracker, Q2 2025 edition. Note 1: excludes in-house development; "
            "segments may not add to total because of rounding."
        ),
        obs=[
            ("Design & trend forecasting", 2023, 612, "USD million", "actual"),
            ("Design & trend forecasting", 2024, 790, "USD million", "actual"),
            ("Design & trend forecasting", 2025, 1010, "USD million", "estimate"),
            ("Design & trend forecasting", 2027, 1590, "USD million", "estimate"),
            ("Demand planning & allocation", 2023, 1140, "USD million", "actual"),
            ("Demand planning & allocation", 2024, 1395, "USD million", "actual"),
            ("Demand planning & allocation", 2025, 1705, "USD million", "estimate"),
            ("Demand planning & allocation", 2027, 2480, "USD million", "estimate"),
            ("Size recommendation & virtual fitting", 2023, 1486, "USD million", "actual"),
            ("Size recommendation & virtual fitting", 2024, 1902, "USD million", "actual"),
            ("Size recommendation & virtual fitting", 2025, 2398, "USD million", "estimate"),
            ("Size recommendation & virtual fitting", 2027, 3770, "USD million", "estimate"),
            ("Textile quality inspection", 2023, 318, "USD million", "actual"),
            ("Textile quality inspection", 2024, 402, "USD million", "actual"),
            ("Textile quality inspection", 2025, 497, "USD million", "estimate"),
            ("Textile quality inspection", 2027, 756, "USD million", "estimate"),
            ("Resale & authentication", 2023, 245, "USD million", "actual"),
            ("Resale & authentication", 2024, 331, "USD million", "actual"),
            ("Resale & authentication", 2025, 442, "USD million", "estimate"),
            ("Resale & authentication", 2027, 781, "USD million", "estimate"),
            ("Total", 2023, 3801, "USD million", "actual"),
            ("Total", 2024, 4820, "USD million", "actual"),
            ("Total", 2025, 6054, "USD million", "estimate"),
            ("Total", 2027, 9377, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 612 + 1140 + 1486 + 318 + 245 = 3801 = 3,801
            ("hierarchy", "exact"),  # 2024: 790 + 1395 + 1902 + 402 + 331 = 4820 = 4,820
            # 2025E: 1010 + 1705 + 2398 + 497 + 442 = 6052 vs 6,054; rows' bounds 6049.5-6054.5 overlap the
            # total's 6053.5-6054.5 -> adds only by rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2027F: 1590 + 2480 + 3770 + 756 + 781 = 9377 = 9,377
        ],
    ),
    # 17. Space-aligned Italian table with years as rows, a lone value column headed by its unit (Total) and a YoY
    #     column; the 2022 rate is a transposed typo (12.9% for 21.9%). Expected nowhere: the table number, the
    #     observatory's 46 member mills, Italian textile and apparel exports.
    dict(
        text=(
            "Table 2. Italy: AI visual inspection in textile and apparel mills\n"
            "Source: Prato Textile Observatory (46 member mills), November 2025\n\n"
            "Year        EUR million       YoY\n"
            "2020               41.2         -\n"
            "2021               48.9     18.7%\n"
            "2022               59.6     12.9%\n"
            "2023               70.3     18.0%\n"
            "2024               86.2     22.6%\n"
            "2025E             104.2     20.9%\n"
            "2026E             123.6     18.6%\n\n"
            "Excludes machine-vision hardware sold separately. For scale, Italian textile and apparel exports were "
            "EUR 33.9 billion in 2024."
        ),
        obs=[
            ("Total", 2020, 41.2, "EUR million", "actual"),
            ("Total", 2021, 48.9, "EUR million", "actual"),
            ("Total", 2022, 59.6, "EUR million", "actual"),
            ("Total", 2023, 70.3, "EUR million", "actual"),
            ("Total", 2024, 86.2, "EUR million", "actual"),
            ("Total", 2025, 104.2, "EUR million", "estimate"),
            ("Total", 2026, 123.6, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 18.7, "percent", 2020, 2021, 1.0),
            ("growth", 12.9, "percent", 2021, 2022, 1.0),
            ("growth", 18.0, "percent", 2022, 2023, 1.0),
            ("growth", 22.6, "percent", 2023, 2024, 1.0),
            ("growth", 20.9, "percent", 2024, 2025, 1.0),
            ("growth", 18.6, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.9 / 41.2 - 1 = 18.69% -> 18.7
            # 59.6 / 48.9 - 1 = 21.88%; bounds 59.55 / 48.95 - 1 = 21.65%, 59.65 / 48.85 - 1 = 22.11%
            # -> 12.9 is not reached by any reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 70.3 / 59.6 - 1 = 17.95% -> 18.0
            ("cagr|implied", "exact"),  # 86.2 / 70.3 - 1 = 22.62% -> 22.6
            ("cagr|implied", "exact"),  # 104.2 / 86.2 - 1 = 20.88% -> 20.9
            ("cagr|implied", "exact"),  # 123.6 / 104.2 - 1 = 18.62% -> 18.6
        ],
    ),
    # 18. Tab-separated Chinese table in 亿元 with a 合计 row and a 2025年E column. Expected nowhere: the table number and
    #     its title years, the note's 5.2万亿元 textile and apparel revenue, the publication date.
    dict(
        text=(
            "表3  2023—2025年中国纺织服装AI应用市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "AI设计与趋势预测\t29.4\t38.6\t50.2\n"
            "需求预测与智能补货\t21.5\t27.0\t35.3\n"
            "虚拟试衣\t16.8\t21.7\t28.4\n"
            "纺织AI质检\t24.1\t30.9\t39.6\n"
            "二手奢侈品鉴定\t6.3\t8.9\t12.1\n"
            "合计\t98.1\t127.1\t165.6\n"
            "注：2025年为预测值；同期纺织服装行业营业收入约5.2万亿元。资料来源：中国纺织数字化研究中心，2025年3月。"
        ),
        obs=[
            ("AI设计与趋势预测", 2023, 29.4, "CNY 100 million", "actual"),
            ("AI设计与趋势预测", 2024, 38.6, "CNY 100 million", "actual"),
            ("AI设计与趋势预测", 2025, 50.2, "CNY 100 million", "estimate"),
            ("需求预测与智能补货", 2023, 21.5, "CNY 100 million", "actual"),
            ("需求预测与智能补货", 2024, 27.0, "CNY 100 million", "actual"),
            ("需求预测与智能补货", 2025, 35.3, "CNY 100 million", "estimate"),
            ("虚拟试衣", 2023, 16.8, "CNY 100 million", "actual"),
            ("虚拟试衣", 2024, 21.7, "CNY 100 million", "actual"),
            ("虚拟试衣", 2025, 28.4, "CNY 100 million", "estimate"),
            ("纺织AI质检", 2023, 24.1, "CNY 100 million", "actual"),
            ("纺织AI质检", 2024, 30.9, "CNY 100 million", "actual"),
            ("纺织AI质检", 2025, 39.6, "CNY 100 million", "estimate"),
            ("二手奢侈品鉴定", 2023, 6.3, "CNY 100 million", "actual"),
            ("二手奢侈品鉴定", 2024, 8.9, "CNY 100 million", "actual"),
            ("二手奢侈品鉴定", 2025, 12.1, "CNY 100 million", "estimate"),
            ("合计", 2023, 98.1, "CNY 100 million", "actual"),
            ("合计", 2024, 127.1, "CNY 100 million", "actual"),
            ("合计", 2025, 165.6, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 29.4 + 21.5 + 16.8 + 24.1 + 6.3 = 98.1
            ("hierarchy", "exact"),  # 2024: 38.6 + 27.0 + 21.7 + 30.9 + 8.9 = 127.1
            ("hierarchy", "exact"),  # 2025E: 50.2 + 35.3 + 28.4 + 39.6 + 12.1 = 165.6
        ],
    ),
    # 19. Tab-separated Indian broker table in fiscal years (US$ mn) with a CAGR column; the yarn row's 27.9% holds only
    #     by rounding. Expected nowhere: the table number, the rupee conversion and crore figure, the spindle count.
    dict(
        text=(
            "Mumbai, 20 January 2025\n"
            "Table 5: India - AI in textile mills, market size by application (US$ mn; fiscal years ending March)\n"
            "Application\tFY2023\tFY2024\tFY2025e\tFY2026e\tCAGR FY24-26e\n"
            "Fabric defect detection\t46\t61\t80\t104\t30.6%\n"
            "Yarn & spinning analytics\t22\t29\t37\t47\t27.9%\n"
            "Production planning\t31\t38\t49\t63\t28.8%\n"
            "Total\t99\t128\t166\t214\t29.3%\n"
            "Source: company data, industry interviews, our estimates. At Rs83/US$ the FY2024 total is about Rs1,060 "
            "crore; the mills we surveyed run 21.6 million spindles."
        ),
        obs=[
            ("Fabric defect detection", 2023, 46, "USD million", "actual"),
            ("Fabric defect detection", 2024, 61, "USD million", "actual"),
            ("Fabric defect detection", 2025, 80, "USD million", "estimate"),
            ("Fabric defect detection", 2026, 104, "USD million", "estimate"),
            ("Yarn & spinning analytics", 2023, 22, "USD million", "actual"),
            ("Yarn & spinning analytics", 2024, 29, "USD million", "actual"),
            ("Yarn & spinning analytics", 2025, 37, "USD million", "estimate"),
            ("Yarn & spinning analytics", 2026, 47, "USD million", "estimate"),
            ("Production planning", 2023, 31, "USD million", "actual"),
            ("Production planning", 2024, 38, "USD million", "actual"),
            ("Production planning", 2025, 49, "USD million", "estimate"),
            ("Production planning", 2026, 63, "USD million", "estimate"),
            ("Total", 2023, 99, "USD million", "actual"),
            ("Total", 2024, 128, "USD million", "actual"),
            ("Total", 2025, 166, "USD million", "estimate"),
            ("Total", 2026, 214, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 30.6, "percent", 2024, 2026, None, "stated"),
            ("cagr", 27.9, "percent", 2024, 2026, None, "stated"),
            ("cagr", 28.8, "percent", 2024, 2026, None, "stated"),
            ("cagr", 29.3, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # FY2023: 46 + 22 + 31 = 99
            ("hierarchy", "exact"),  # FY2024: 61 + 29 + 38 = 128
            ("hierarchy", "exact"),  # FY2025e: 80 + 37 + 49 = 166
            ("hierarchy", "exact"),  # FY2026e: 104 + 47 + 63 = 214
            ("cagr|implied", "exact"),  # (104 / 61) ** (1 / 2) - 1 = 30.57% -> 30.6
            # (47 / 29) ** (1 / 2) - 1 = 27.31% -> 27.3, not 27.9; bounds (46.5 / 29.5) ** (1/2) - 1 = 25.55%,
            # (47.5 / 28.5) ** (1/2) - 1 = 29.10% -> 27.9 is reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (63 / 38) ** (1 / 2) - 1 = 28.76% -> 28.8
            ("cagr|implied", "exact"),  # (214 / 128) ** (1 / 2) - 1 = 29.30% -> 29.3
        ],
    ),
    # 20. Traditional Chinese pipe table in 新台幣百萬元 with a share column and a 合計 row (its 100.0% is no claim);
    #     the last row's 17.1% holds only by rounding. Expected nowhere: the table number, the NT$1,420億元 apparel
    #     e-commerce GMV, the publication date.
    dict(
        text=(
            "表二：2024年台灣服飾電商AI應用市場規模（單位：新台幣百萬元）\n\n"
            "| 應用項目 | 2024年 | 占比 |\n"
            "|---|---:|---:|\n"
            "| AI尺碼推薦 | 1,270 | 33.8% |\n"
            "| 虛擬試穿 | 978 | 26.0% |\n"
            "| AI需求預測與補貨 | 867 | 23.1% |\n"
            "| AI商品設計與文案 | 645 | 17.1% |\n"
            "| 合計 | 3,760 | 100.0% |\n\n"
            "註：不含平台抽成；同年台灣服飾電商交易總額約新台幣1,420億元。資料來源：台灣電商數據研究所，2025年7月。"
        ),
        obs=[
            ("AI尺碼推薦", 2024, 1270, "TWD million", "actual"),
            ("虛擬試穿", 2024, 978, "TWD million", "actual"),
            ("AI需求預測與補貨", 2024, 867, "TWD million", "actual"),
            ("AI商品設計與文案", 2024, 645, "TWD million", "actual"),
            ("合計", 2024, 3760, "TWD million", "actual"),
        ],
        claims=[
            ("share", 33.8, "percent", 2024, 2024, None),
            ("share", 26.0, "percent", 2024, 2024, None),
            ("share", 23.1, "percent", 2024, 2024, None),
            ("share", 17.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 1270 + 978 + 867 + 645 = 3760 = 3,760
            ("arithmetic", "exact"),  # 1270 / 3760 = 33.78% -> 33.8
            ("arithmetic", "exact"),  # 978 / 3760 = 26.01% -> 26.0
            ("arithmetic", "exact"),  # 867 / 3760 = 23.06% -> 23.1
            # 645 / 3760 = 17.154% -> 17.2, not 17.1; bounds 644.5 / 3760.5 = 17.139%, 645.5 / 3759.5 = 17.170%
            # -> 17.1 is reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 21. US size-recommendation SaaS firm's earnings call sizing its TAM ("this year" = 2025, estimate); a CAGR
    #     whose span only the amounts' years give. Expected nowhere: the quarter's revenue and growth, the gross
    #     margin, the returns rate, the count of brand customers.
    dict(
        text=(
            "Sizebridge Inc. (NASDAQ: SZBR) Q3 fiscal 2025 earnings call, November 6, 2025 -- prepared remarks\n"
            "Dana Okafor, Chief Executive Officer: Thanks, everyone, and good afternoon. Revenue for the quarter "
            "was $48.2 million, up 31% year over year, and gross margin came in at 71%. Before Priya walks through "
            "guidance, I want to spend a minute on the size of the prize, because I get asked about it on every "
            "call. We think the total addressable market for AI-driven size and fit recommendation in apparel "
            "e-commerce is about $3.1 billion this year, and we see it getting to $7.4 billion by fiscal 2030 -- "
            "call it a 19% compound rate. And that's before you count returns: online apparel return rates still "
            "sit at around 30%, and every point we take out of that is real money for our 1,150 brand customers."
        ),
        obs=[
            ("Total", 2025, 3.1, "USD billion", "estimate"),
            ("Total", 2030, 7.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (7.4 / 3.1) ** (1 / 5) - 1 = 19.01% -> 19
        ],
    ),
    # 22. Working-paper abstract from a Prato textile-economics institute; a YoY rate inconsistent with its amounts
    #     and an exact CAGR with printed span. Expected nowhere: the paper number, the 412 mills, the 250-employee
    #     threshold, "three times as likely", defect rates, the sector's EUR 56 billion turnover, JEL codes.
    dict(
        text=(
            "Istituto Bardini per l'Economia Tessile, Prato -- Working Paper No. 14/2025\n"
            "Looms that see: machine-vision inspection in European textile mills\n"
            "Abstract. Machine-vision defect detection is spreading quickly through Europe's weaving and finishing "
            "mills. Drawing on procurement records from 412 mills in Italy, Portugal, Spain and Poland, we estimate "
            "that European spending on AI-based fabric inspection systems rose by 32% in 2024 to \u20ac236 million, "
            "up from \u20ac182 million in 2023. We project the market at \u20ac610 million in 2030, implying compound "
            "growth of 17.1% a year between 2024 and 2030. Adoption is strongly associated with scale: mills with "
            "more than 250 employees were three times as likely to have installed a system, and adopters report "
            "first-pass defect rates falling from 4.1% to 2.6%. Set against the sector's \u20ac56 billion of annual "
            "turnover, the technology remains a niche purchase. JEL codes: L67, O33."
        ),
        obs=[
            ("Total", 2023, 182, "EUR million", "actual"),
            ("Total", 2024, 236, "EUR million", "actual"),
            ("Total", 2030, 610, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 32, "percent", 2023, 2024, 1.0),
            ("cagr", 17.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (236 / 182) ** (1 / 1) - 1 = 29.67%; bounds (235.5 / 182.5) - 1 = 29.04%,
            # (236.5 / 181.5) - 1 = 30.30% -> 32 is reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (610 / 236) ** (1 / 6) - 1 = 17.148% -> 17.1
        ],
    ),
    # 23. Social-media thread quoting a research firm; "more than fivefold" as a multiple (x5 over 2019-2024), a
    #     CAGR with printed span. Expected nowhere: the returns range, the Series C and valuation, the poll's 62%,
    #     the tweet numbers.
    dict(
        text=(
            "@fitroomfuture \u00b7 Mar 4, 2025 \u00b7 Thread \U0001f9f5\n"
            "1/ Virtual fitting rooms were a gimmick in 2019. Not anymore. A few numbers from Lumen Retail "
            "Research's new report, out this week:\n"
            "2/ Global spend on AI virtual try-on for apparel hit $1.9B in 2024 -- more than fivefold the $0.35B "
            "it was back in 2019.\n"
            "3/ Their forecast: $6.4B by 2029, a ~27.5% CAGR for 2024-29. Bullish? Sure. But returns are the "
            "driver: online apparel returns run 20-30%, and try-on is the one fix retailers can actually measure.\n"
            "4/ Money is following. Mirrorfit just raised a $40M Series C at a $400M valuation.\n"
            "5/ And I polled you last week: 62% said you've used a virtual try-on at least once. Not bad for a "
            "'gimmick'. /end"
        ),
        obs=[
            ("Total", 2019, 0.35, "USD billion", "actual"),
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2029, 6.4, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 5, "multiple", 2019, 2024, 5.0),
            ("cagr", 27.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # no verdict for the multiple (1.9 / 0.35 = 5.43x)
            ("cagr|implied", "exact"),  # (6.4 / 1.9) ** (1 / 5) - 1 = 27.49% -> 27.5
        ],
    ),
    # 24. Web article carrying a correction; the corrected figure is the observation, the series keeps USD million
    #     so the 2028 figure in billions is converted. Expected nowhere: the erroneous $840 million, the EUR 48
    #     billion secondhand luxury market (last year), the start-up's $65 million round.
    dict(
        text=(
            "TECH & STYLE | Updated 14 May 2025\n"
            "Can an algorithm spot a fake Birkin? Resale platforms are betting heavily that it can. The market for "
            "AI-powered authentication of pre-owned luxury goods reached $480 million in 2024, up 24% from $387 "
            "million in 2023, according to New York-based Halvorsen Retail Analytics, which expects it to hit $1.35 "
            "billion by 2028 -- a 29.5% annual growth rate over 2024-2028. The broader secondhand market for "
            "personal luxury goods is far larger, at around \u20ac48 billion last year. Resale start-up Provenant, "
            "whose scanners read stitching and hardware wear, raised $65 million in March.\n"
            "Correction: An earlier version of this article misstated the 2024 size of the AI authentication "
            "market as $840 million. The correct figure is $480 million."
        ),
        obs=[
            ("Total", 2023, 387, "USD million", "actual"),
            ("Total", 2024, 480, "USD million", "actual"),
            ("Total", 2028, 1350, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 29.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (480 / 387) ** (1 / 1) - 1 = 24.03% -> 24
            ("cagr|implied", "exact"),  # (1350 / 480) ** (1 / 4) - 1 = 29.50% -> 29.5
        ],
    ),
    # 25. French luxury group's annual-report chairman letter: a total and a part with its share, "double by 2028"
    #     as a multiple. Expected nowhere: group revenue and its decline, the 612 stores, "about a third" (share
    #     in words), the headcount, the report's title year.
    dict(
        text=(
            "Maison Verlaine SE -- 2024 Universal Registration Document\n"
            "Letter from the Chairman and Chief Executive Officer\n"
            "Dear Shareholders, 2024 tested our industry. Group revenue was \u20ac21.3 billion, down 3% at constant "
            "exchange rates, and our 612 stores welcomed fewer visitors from mainland China. Yet it was also the "
            "year artificial intelligence moved from the laboratory to the atelier. We estimate that luxury and "
            "premium fashion houses spent \u20ac1.15 billion on AI-enabled design and trend-forecasting tools in "
            "2024; generative design tools accounted for \u20ac0.41 billion of that, or 36%. Europe represents about "
            "a third of this spend. We expect the market to double by 2028, and we intend to be its most demanding "
            "customer. None of this would be possible without the craft of our 38,400 employees."
        ),
        obs=[
            ("Total", 2024, 1.15, "EUR billion", "actual"),
            ("Generative design tools", 2024, 0.41, "EUR billion", "actual"),
        ],
        claims=[
            ("share", 36, "percent", 2024, 2024, None),
            ("multiple", 2, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 0.41 / 1.15 = 35.65% -> 36
        ],
    ),
    # 26. US e-commerce platform's investor-day slide bullets: "last year" = 2024 actual, 2025E estimate, a part's
    #     share that holds only by rounding, a 2030 range. Expected nowhere: GMV, seller count, attach rate, the
    #     quarter's AI-tools revenue and growth, the company's 10% share target, the slide number.
    dict(
        text=(
            "Threadline Investor Day 2025 | New York | June 10, 2025\n"
            "Slide 14 -- The AI merchandising opportunity\n"
            "\u2022 AI merchandising tools for apparel retailers (demand planning, allocation, size & fit): $5.6B "
            "TAM in 2025E, up from $4.7B last year (+19% y/y)\n"
            "\u2022 Size & fit alone: $1.3B of the 2025E TAM (24%)\n"
            "\u2022 TAM expected to reach $11B-$13B by 2030\n"
            "\u2022 Threadline today: $18.4B GMV, 2.1M active sellers, 14% AI-tools attach rate\n"
            "\u2022 Q1 2025 AI-tools revenue: $62M (+48% y/y)\n"
            "\u2022 Medium-term target: 10% share of the AI merchandising TAM"
        ),
        obs=[
            ("Total", 2024, 4.7, "USD billion", "actual"),
            ("Total", 2025, 5.6, "USD billion", "estimate"),
            ("Size & fit", 2025, 1.3, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2024, 2025, 1.0),
            ("share", 24, "percent", 2025, 2025, None),
            ("value", 11, "USD billion", 2030, 2030, None),
            ("value", 13, "USD billion", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.6 / 4.7) ** (1 / 1) - 1 = 19.15% -> 19
            # 1.3 / 5.6 = 23.21% -> 23, not 24; bounds 1.25 / 5.65 = 22.12%, 1.35 / 5.55 = 24.32% -> 24 reachable
            ("arithmetic", "rounding"),
        ],
    ),
    # 27. Forum answer citing two research houses; the first (Stylora, with base, target and rates) is the
    #     snippet's figure; the 2028 figure in billions is converted to the series' USD million. Expected nowhere:
    #     Kestrel's 2024 $910 million, the upvotes, the 140 stores, the survey's 41%.
    dict(
        text=(
            "Q: Anyone have decent numbers on how big the AI trend-forecasting market for fashion actually is? "
            "Pitching it to my boss next week.\n"
            "A (top answer, 212 upvotes): Depends whose numbers you trust. The one most people cite is Stylora "
            "Research: they had it at $620 million in 2023 and $745 million in 2024, so roughly 20% growth, and "
            "they reckon it gets to $1.6 billion by 2028, which works out to about 21% a year. Kestrel Insights is "
            "the outlier -- they put 2024 at $910 million, but they lump in generic social-listening tools. For "
            "context, I ran planning at a brand with 140 stores and we paid more for one trend agency than for our "
            "whole AI stack. In a survey our trade group ran last spring, 41% of merchandisers said they check AI "
            "forecasts weekly."
        ),
        obs=[
            ("Total", 2023, 620, "USD million", "actual"),
            ("Total", 2024, 745, "USD million", "actual"),
            ("Total", 2028, 1600, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (745 / 620) ** (1 / 1) - 1 = 20.16% -> 20
            ("cagr|period", "exact"),  # (1600 / 745) ** (1 / 4) - 1 = 21.06% -> 21
        ],
    ),
    # 28. Mumbai broker thematic note, fiscal years; a CAGR with printed span that holds only by rounding; a rupee
    #     aside (no observation). Expected nowhere: the crore figure, the US$105bn apparel market, the 46 stores,
    #     "a fifth", the top pick's TP, upside and revenue, the dateline.
    dict(
        text=(
            "APPAREL & RETAIL TECH | Thematic | Mumbai, 3 February 2025\n"
            "Planning gets smart. We estimate that Indian apparel brands and retailers spent US$0.21bn on AI "
            "demand-forecasting and inventory-planning tools in FY2024 (roughly \u20b91,750 crore) and expect "
            "US$0.54bn by FY2028e, a CAGR of 26% over FY24-28e. That is still a sliver of a domestic apparel "
            "market we size at US$105bn, but it is the sliver that decides markdowns. Value-fashion chains are the "
            "early adopters: our channel checks across 46 stores suggest AI-planned assortments cut end-of-season "
            "stock by a fifth. Top pick: Kiranmala Retail (BUY, TP \u20b9980, 22% upside), whose FY2024 revenue "
            "grew 18% to \u20b98,420 crore."
        ),
        obs=[
            ("Total", 2024, 0.21, "USD billion", "actual"),
            ("Total", 2028, 0.54, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 26, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (0.54 / 0.21) ** (1 / 4) - 1 = 26.63% -> 27, not 26; bounds (0.535 / 0.215) ** (1/4) - 1 = 25.60%,
            # (0.545 / 0.205) ** (1/4) - 1 = 27.69% -> 26 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 29. Xinhua-style release (Simplified): YoY growth that holds only by rounding, a 2025 forecast with 突破.
    #     Expected nowhere: garment output (pieces), the apparel industry's revenue, apparel exports, the 300 firms,
    #     the penetration rate, the dateline.
    dict(
        text=(
            "新华社北京3月18日电（记者林晓、周衡）记者18日从中国服装协会获悉，2024年我国服装行业AI设计与趋势预测工具"
            "市场规模达到48.6亿元，较2023年的37.0亿元同比增长31.2%。随着生成式设计、智能打版等应用加快落地，"
            "预计2025年该市场规模将突破60亿元。数据显示，2024年全国规模以上服装企业完成服装产量约200亿件，"
            "实现营业收入1.3万亿元；全年服装及衣着附件出口1591亿美元。协会有关负责人表示，目前已有超过300家重点服装"
            "企业部署AI设计工具，但中小企业渗透率仍不足15%，下一步将推动建设行业公共设计大模型平台。"
        ),
        obs=[
            ("Total", 2023, 37.0, "CNY 100 million", "actual"),
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("Total", 2025, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 48.6 / 37.0 - 1 = 31.35% -> 31.4, not 31.2; bounds 48.55 / 37.05 - 1 = 31.04%,
            # 48.65 / 36.95 - 1 = 31.66% -> 31.2 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 30. Ministry implementation plan (Simplified): a 2024 base (约) and a 2027 target with 突破; 较2022年增长3倍
    #     is a multiple x3 over 2022-2027. Expected nowhere: the document number, the plan's title years, the 65%
    #     CNC rate, the 100 smart factories, the 1,200 firms, the section numbers.
    dict(
        text=(
            "工业和信息化部 国家发展改革委 商务部关于印发《纺织行业数字化转型实施方案（2025\u20142027年）》的通知\n"
            "工信部联消费〔2025〕61号\n"
            "一、发展基础\n"
            "近年来，我国纺织行业数字化水平稳步提升。2024年，全国纺织行业AI视觉质检市场规模约31亿元，应用企业超过"
            "1200家，面料自动验布、印染在线配色等场景加快普及。\n"
            "二、主要目标\n"
            "到2027年，纺织行业数字化转型取得显著成效，规模以上纺织企业关键工序数控化率达到65%，培育100家以上"
            "智能工厂。人工智能在面料检验、印染配色、服装设计等环节深度应用，纺织行业AI质检市场规模突破80亿元，"
            "较2022年增长3倍。"
        ),
        obs=[
            ("Total", 2024, 31, "CNY 100 million", "actual"),
            ("Total", 2027, 80, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2022, 2027, 5.0),
        ],
        verdicts=[],
    ),
    # 31. Taiwanese MIC-style release (Traditional): NT$ 億元 amounts and an exact CAGR with printed span.
    #     Expected nowhere: the report's title year, the 1,200 consumers and 41.3% survey answer, the 25% returns
    #     rate, the textile and garment export value, the release date.
    dict(
        text=(
            "2025/10/09 新聞稿\n"
            "資策會產業情報研究所（MIC）今（9）日發布「2025年時尚科技趨勢」研究指出，隨著電商業者積極導入生成式AI，"
            "2024年台灣AI虛擬試衣與尺寸推薦市場規模為新台幣18.4億元，預估2029年將成長至新台幣52.7億元，"
            "2024至2029年年複合成長率（CAGR）達23.4%。MIC資深產業分析師陳怡君表示，該所針對1,200名消費者進行調查，"
            "有41.3%曾在網購服飾時使用虛擬試衣功能；服飾類網購退貨率仍約達25%，是業者導入AI的最大誘因。另據統計，"
            "2024年台灣紡織品成衣出口值為新台幣2,540億元。"
        ),
        obs=[
            ("Total", 2024, 18.4, "TWD 100 million", "actual"),
            ("Total", 2029, 52.7, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (52.7 / 18.4) ** (1 / 5) - 1 = 23.42% -> 23.4
        ],
    ),
    # 32. Hong Kong newspaper report (Traditional): 去年 = 2024, 前年 = 2023, 今年 = 2025 (estimate) in 億港元; the
    #     12% YoY is inconsistent with its amounts. Expected nowhere: the HK$102 billion luxury retail sales, 一成
    #     (share in words), the platform's HK$80 million round and its quarter's revenue, the dateline.
    dict(
        text=(
            "2025年5月21日 星期三 | 經濟\n"
            "【本報訊】二手名牌手袋轉售生意愈做愈大，鑑定真偽亦走向人工智能化。本地研究機構港譽研究昨日發表報告指，"
            "香港AI奢侈品鑑定服務市場規模去年達4.86億港元，較前年的4.1億港元按年增長12%，預計今年可升至5.7億港元。"
            "報告又指，全港奢侈品零售額去年約1,020億港元，二手市場約佔當中一成。本地轉售平台「貴鑑」上月完成"
            "8,000萬港元A輪融資，其今年首季鑑定收入按年升35%至1,260萬港元。"
        ),
        obs=[
            ("Total", 2023, 4.1, "HKD 100 million", "actual"),
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("Total", 2025, 5.7, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 4.86 / 4.1 - 1 = 18.54%; bounds 4.855 / 4.15 - 1 = 16.99%, 4.865 / 4.05 - 1 = 20.12%
            # -> 12 is reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. Taiwanese PTT forum post (Traditional): NT$ 億元 amounts, a YoY that holds only by rounding, 上看 for
    #     2027 (estimate). Expected nowhere: the 300-odd looms, the machine's NT$1.8 million price, the textile
    #     export value, the post's timestamp.
    dict(
        text=(
            "作者 loomtw (織布機阿伯)\n看板 Tech_Job\n標題 [心得] 紡織廠導入AI瑕疵檢測，市場到底多大？\n"
            "時間 Sat Aug 16 21:42:10 2025\n\n"
            "在桃園染整廠做了十幾年，最近老闆要我評估AI驗布機，順手整理查到的數字給版友參考。\n"
            "紡研產經中心的簡報說，台灣紡織業AI瑕疵檢測市場2023年約新台幣6.2億元，2024年成長到7.5億元，年增22%，"
            "2027年上看12億元。\n"
            "我們廠300多台織機，一台AI驗布機報價大概新台幣180萬，老實說跟台灣一年快百億美元的紡織品出口比起來"
            "根本是小錢，但老闆最在意的是客訴跟退貨。\n--\n※ 發信站: 批踢踢實業坊(ptt.cc)"
        ),
        obs=[
            ("Total", 2023, 6.2, "TWD 100 million", "actual"),
            ("Total", 2024, 7.5, "TWD 100 million", "actual"),
            ("Total", 2027, 12, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 7.5 / 6.2 - 1 = 20.97% -> 21, not 22; bounds 7.45 / 6.25 - 1 = 19.20%, 7.55 / 6.15 - 1 = 22.76%
            # -> 22 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Brokerage industry-report abstract (Simplified): a CAGR with printed span and both amounts, a 2030 range
    #     (two value claims, no obs). Expected nowhere: 约六成 (share in words), inventory days, the target price
    #     and 30倍PE, the report date, the risk list.
    dict(
        text=(
            "华鼎证券｜纺织服装行业深度报告｜2025年7月2日\n"
            "AI重塑服装供应链：需求预测与智能补货进入放量期\n"
            "投资要点：我们测算，2024年国内服装企业AI需求预测与智能补货软件市场规模约为26.5亿元，2021\u20142024年"
            "CAGR为38.4%（2021年为10.0亿元）；随着头部品牌由试点转向全面部署，我们预计2030年市场规模有望达到"
            "95~120亿元。从收费模式看，SaaS订阅占比约六成。当前服装行业平均库存周转天数仍在150天以上，降库存需求迫切。"
            "重点推荐云织科技（目标价42.5元，对应2025年30倍PE）。\n"
            "风险提示：下游品牌资本开支不及预期；行业竞争加剧；数据安全监管趋严。"
        ),
        obs=[
            ("Total", 2021, 10.0, "CNY 100 million", "actual"),
            ("Total", 2024, 26.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 38.4, "percent", 2021, 2024, None, "stated"),
            ("value", 95, "CNY 100 million", 2030, 2030, None),
            ("value", 120, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (26.5 / 10.0) ** (1 / 3) - 1 = 38.38% -> 38.4
        ],
    ),
    # 35. Listed company's results-briefing transcript (Simplified): the TAM the chairman sizes is the market; a
    #     CAGR whose span only the amounts' years give. Expected nowhere: the company's revenue, growth and segment
    #     revenue, the Q1 revenue, the 20% share target, the gross margin, the 12 countries, the briefing time.
    dict(
        text=(
            "锦纬智能2024年度暨2025年第一季度业绩说明会文字实录\n时间：2025年5月12日 15:00-16:30\n"
            "问：请问管理层如何看待纺织印染AI视觉质检的市场空间？公司的竞争优势在哪里？\n"
            "答（董事长 沈嘉禾）：感谢您的提问。根据我们的测算，2024年国内纺织印染环节AI视觉质检的市场空间大概在"
            "42亿元，到2026年能到70亿元左右，年复合增速在29%左右。公司2024年实现营业收入5.63亿元，同比增长23.4%，"
            "其中质检业务收入2.1亿元；今年一季度营收1.18亿元。我们的目标是三年内把市占率提升到20%以上，毛利率保持在"
            "45%左右。\n"
            "问：海外市场进展如何？\n"
            "答（董事会秘书 许琳）：公司产品已出口至越南、孟加拉国等12个国家，海外订单增长较快。"
        ),
        obs=[
            ("Total", 2024, 42, "CNY 100 million", "actual"),
            ("Total", 2026, 70, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 29, "percent", 2024, 2026, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (70 / 42) ** (1 / 2) - 1 = 29.10% -> 29
        ],
    ),
    # 36. Milan consultancy table (markdown pipes) by application with a Total row; 2025E column is an estimate and
    #     adds only by rounding. Expected nowhere: the table number, the USD 1.8 trillion apparel and footwear
    #     market, the publication date.
    dict(
        text=(
            "Corvina Partners | Fashion Tech Monitor | Milan, September 2025\n"
            "Table 3. Global AI-in-fashion spending by application (USD billion)\n"
            "| Application | 2024 | 2025E |\n"
            "|---|---:|---:|\n"
            "| Design & trend forecasting | 0.61 | 0.75 |\n"
            "| Demand planning & allocation | 1.18 | 1.40 |\n"
            "| Size & fit / virtual try-on | 0.96 | 1.17 |\n"
            "| Textile quality inspection | 0.43 | 0.51 |\n"
            "| Resale & authentication | 0.39 | 0.48 |\n"
            "| Total | 3.57 | 4.33 |\n"
            "Note: Columns may not add due to rounding. For scale, global apparel and footwear sales were roughly "
            "USD 1.8 trillion in 2024."
        ),
        obs=[
            ("Design & trend forecasting", 2024, 0.61, "USD billion", "actual"),
            ("Demand planning & allocation", 2024, 1.18, "USD billion", "actual"),
            ("Size & fit / virtual try-on", 2024, 0.96, "USD billion", "actual"),
            ("Textile quality inspection", 2024, 0.43, "USD billion", "actual"),
            ("Resale & authentication", 2024, 0.39, "USD billion", "actual"),
            ("Total", 2024, 3.57, "USD billion", "actual"),
            ("Design & trend forecasting", 2025, 0.75, "USD billion", "estimate"),
            ("Demand planning & allocation", 2025, 1.4, "USD billion", "estimate"),
            ("Size & fit / virtual try-on", 2025, 1.17, "USD billion", "estimate"),
            ("Textile quality inspection", 2025, 0.51, "USD billion", "estimate"),
            ("Resale & authentication", 2025, 0.48, "USD billion", "estimate"),
            ("Total", 2025, 4.33, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 0.61 + 1.18 + 0.96 + 0.43 + 0.39 = 3.57 -> 3.57
            # 2025E: 0.75 + 1.40 + 1.17 + 0.51 + 0.48 = 4.31, not 4.33; bounds 4.31 -/+ 5 * 0.005 = 4.285 .. 4.335
            # -> 4.33 reachable
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Tokyo research institute's vertical tab-separated table, a lone value column headed by its unit only
    #     (Total, JPY billion) with a YoY column; 2025E and 2026E estimates; the 2024 YoY holds only by rounding.
    #     Expected nowhere: the ~JPY 8.5 trillion apparel retail market, the 38 vendors, the date.
    dict(
        text=(
            "Hoshino Research Institute (Tokyo) -- Market flash, 22 July 2025\n"
            "Japan: AI size recommendation and virtual fitting services for apparel e-commerce\n"
            "Year\t\u00a5 billion\tYoY\n"
            "2021\t8.4\t--\n"
            "2022\t11.2\t33.3%\n"
            "2023\t14.6\t30.4%\n"
            "2024\t18.1\t24.3%\n"
            "2025E\t21.9\t21.0%\n"
            "2026E\t25.8\t17.8%\n"
            "Notes: Vendor-revenue basis; excludes footwear. Based on interviews with 38 vendors. Domestic apparel "
            "retail market approx. \u00a58.5 trillion (2024)."
        ),
        obs=[
            ("Total", 2021, 8.4, "JPY billion", "actual"),
            ("Total", 2022, 11.2, "JPY billion", "actual"),
            ("Total", 2023, 14.6, "JPY billion", "actual"),
            ("Total", 2024, 18.1, "JPY billion", "actual"),
            ("Total", 2025, 21.9, "JPY billion", "estimate"),
            ("Total", 2026, 25.8, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 33.3, "percent", 2021, 2022, 1.0),
            ("growth", 30.4, "percent", 2022, 2023, 1.0),
            ("growth", 24.3, "percent", 2023, 2024, 1.0),
            ("growth", 21.0, "percent", 2024, 2025, 1.0),
            ("growth", 17.8, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 11.2 / 8.4 - 1 = 33.33% -> 33.3
            ("cagr|implied", "exact"),  # 14.6 / 11.2 - 1 = 30.36% -> 30.4
            # 18.1 / 14.6 - 1 = 23.97% -> 24.0, not 24.3; bounds 18.05 / 14.65 - 1 = 23.21%,
            # 18.15 / 14.55 - 1 = 24.74% -> 24.3 reachable
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 21.9 / 18.1 - 1 = 20.99% -> 21.0
            ("cagr|implied", "exact"),  # 25.8 / 21.9 - 1 = 17.81% -> 17.8
        ],
    ),
    # 38. Space-aligned Simplified Chinese table (亿元) by segment with a 合计 row (item 合计 as printed); both
    #     columns add exactly. Expected nowhere: the table number and title years, the source date, the export
    #     value in the note.
    dict(
        text=(
            "表3  2023\u20142024年我国纺织服装AI应用市场结构\n"
            "单位：亿元\n"
            "细分领域                 2023年      2024年\n"
            "AI设计与打版               18.6        24.9\n"
            "智能排产与需求预测         22.4        29.7\n"
            "虚拟试衣与尺码推荐         15.3        21.2\n"
            "面料AI质检                 19.8        26.5\n"
            "二手奢品AI鉴定              6.1         8.4\n"
            "合计                       82.2       110.7\n"
            "资料来源：锦程产业研究院整理（2025年6月）。注：同期全国纺织品服装出口额为3011亿美元。"
        ),
        obs=[
            ("AI设计与打版", 2023, 18.6, "CNY 100 million", "actual"),
            ("智能排产与需求预测", 2023, 22.4, "CNY 100 million", "actual"),
            ("虚拟试衣与尺码推荐", 2023, 15.3, "CNY 100 million", "actual"),
            ("面料AI质检", 2023, 19.8, "CNY 100 million", "actual"),
            ("二手奢品AI鉴定", 2023, 6.1, "CNY 100 million", "actual"),
            ("合计", 2023, 82.2, "CNY 100 million", "actual"),
            ("AI设计与打版", 2024, 24.9, "CNY 100 million", "actual"),
            ("智能排产与需求预测", 2024, 29.7, "CNY 100 million", "actual"),
            ("虚拟试衣与尺码推荐", 2024, 21.2, "CNY 100 million", "actual"),
            ("面料AI质检", 2024, 26.5, "CNY 100 million", "actual"),
            ("二手奢品AI鉴定", 2024, 8.4, "CNY 100 million", "actual"),
            ("合计", 2024, 110.7, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 18.6 + 22.4 + 15.3 + 19.8 + 6.1 = 82.2
            ("hierarchy", "exact"),  # 2024: 24.9 + 29.7 + 21.2 + 26.5 + 8.4 = 110.7
        ],
    ),
    # 39. Dhaka research house's regional table (space-aligned English) with a CAGR 2024-30 column (stated span,
    #     verdict from both amounts) and a Global row (item as printed); 2030F estimates. Expected nowhere:
    #     Bangladesh's RMG exports, the 260 factories surveyed, the date.
    dict(
        text=(
            "Meghna Textile Analytics, Dhaka -- August 2025\n"
            "AI-enabled fabric and garment inspection: market by region (USD million; F = forecast)\n"
            "Region              2024     2030F    CAGR 2024-30\n"
            "Asia-Pacific         286       912        21.3%\n"
            "Europe               148       371        16.6%\n"
            "North America         97       254        17.4%\n"
            "Rest of world         41       128        20.9%\n"
            "Global               572     1,665        19.5%\n"
            "Survey base: 260 factories. For reference, Bangladesh's ready-made garment exports were US$38.5 "
            "billion in FY2024."
        ),
        obs=[
            ("Asia-Pacific", 2024, 286, "USD million", "actual"),
            ("Europe", 2024, 148, "USD million", "actual"),
            ("North America", 2024, 97, "USD million", "actual"),
            ("Rest of world", 2024, 41, "USD million", "actual"),
            ("Global", 2024, 572, "USD million", "actual"),
            ("Asia-Pacific", 2030, 912, "USD million", "estimate"),
            ("Europe", 2030, 371, "USD million", "estimate"),
            ("North America", 2030, 254, "USD million", "estimate"),
            ("Rest of world", 2030, 128, "USD million", "estimate"),
            ("Global", 2030, 1665, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (912 / 286) ** (1 / 6) - 1 = 21.32% -> 21.3
            ("cagr|implied", "exact"),  # (371 / 148) ** (1 / 6) - 1 = 16.55% -> 16.6
            ("cagr|implied", "exact"),  # (254 / 97) ** (1 / 6) - 1 = 17.40% -> 17.4
            ("cagr|implied", "exact"),  # (128 / 41) ** (1 / 6) - 1 = 20.89% -> 20.9
            ("cagr|implied", "exact"),  # (1665 / 572) ** (1 / 6) - 1 = 19.49% -> 19.5
            ("hierarchy", "exact"),  # 2024: 286 + 148 + 97 + 41 = 572
            ("hierarchy", "exact"),  # 2030F: 912 + 371 + 254 + 128 = 1665
        ],
    ),
    # 40. Milan observatory's statistical-annex table (tab-separated) with a share column; one year, a Total row
    #     (the 100.0% total is no claim). Expected nowhere: the table number, the 1,312 firms and the 38.5% of
    #     firms using AI (survey), the EUR 102 billion textile-apparel turnover.
    dict(
        text=(
            "Osservatorio Moda Digitale -- Statistical annex, April 2025\n"
            "Table A.2 Italian fashion companies' spending on AI by application, 2024\n"
            "Application\tEUR million\tShare (%)\n"
            "Design & trend forecasting\t96.4\t27.1\n"
            "Demand planning\t118.2\t33.2\n"
            "Virtual fitting & size advice\t61.7\t17.3\n"
            "Quality inspection\t52.9\t14.9\n"
            "Authentication & resale\t26.8\t7.5\n"
            "Total\t356.0\t100.0\n"
            "Source: survey of 1,312 firms; 38.5% of firms reported using at least one AI tool. Sector turnover "
            "(textiles and apparel): EUR 102 billion."
        ),
        obs=[
            ("Design & trend forecasting", 2024, 96.4, "EUR million", "actual"),
            ("Demand planning", 2024, 118.2, "EUR million", "actual"),
            ("Virtual fitting & size advice", 2024, 61.7, "EUR million", "actual"),
            ("Quality inspection", 2024, 52.9, "EUR million", "actual"),
            ("Authentication & resale", 2024, 26.8, "EUR million", "actual"),
            ("Total", 2024, 356.0, "EUR million", "actual"),
        ],
        claims=[
            ("share", 27.1, "percent", 2024, 2024, None),
            ("share", 33.2, "percent", 2024, 2024, None),
            ("share", 17.3, "percent", 2024, 2024, None),
            ("share", 14.9, "percent", 2024, 2024, None),
            ("share", 7.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 96.4 / 356.0 = 27.08% -> 27.1
            ("arithmetic", "exact"),  # 118.2 / 356.0 = 33.20% -> 33.2
            ("arithmetic", "exact"),  # 61.7 / 356.0 = 17.33% -> 17.3
            ("arithmetic", "exact"),  # 52.9 / 356.0 = 14.86% -> 14.9
            ("arithmetic", "exact"),  # 26.8 / 356.0 = 7.53% -> 7.5
            ("hierarchy", "exact"),  # 96.4 + 118.2 + 61.7 + 52.9 + 26.8 = 356.0
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-eighty-first check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 12, 'exact': 68}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '27.4% more than the $679 million they spent in 2023',
    'a compound annual growth rate of 22.3% over 2024-2030',
    'at ¥31.5bn in FY2024 (year to March 2025)',
    'forecast ¥78bn by FY2028e, a CAGR of roughly 26%',
    'accounted for EUR 0.47 billion of that, or 26%',
    "pegs last year's market higher, at $1.35 billion",
    'at about EUR 3.8 billion in 2024',
    'we see it at EUR 9 to 11 billion by 2030',
    'a nearly fourfold expansion',
    'The correct figure is GBP 214 million.',
    'GBP 390-450 million in 2028',
    'This year it should clear $2.6B',
    "more than triples from last year's level by 2028",
    '较2023年的29.4亿元增长31.3%',
    '力争市场规模突破50亿元，较2023年增长3倍',
    '年复合增长率达37.1%',
    '較2023年的15.2億元成長21.7%',
    '其中手袋佔17.3億港元，佔比40.5%',
    '去年我国服装零售企业在AI需求预测与智能补货系统上的投入约为27亿元',
    '2024至2029年複合成長率達23.3%',
    '| 2023 | 2024 | 2025E | 2027F |',
    '2022               59.6     12.9%',
    '合计\t98.1\t127.1\t165.6',
    'FY2025e\tFY2026e\tCAGR FY24-26e',
    '| AI商品設計與文案 | 645 | 17.1% |',
    'is about $3.1 billion this year',
    'call it a 19% compound rate',
    'rose by 32% in 2024 to €236 million',
    'implying compound growth of 17.1% a year',
    'more than fivefold the $0.35B',
    'a ~27.5% CAGR for 2024-29',
    'The correct figure is $480 million.',
    'accounted for €0.41 billion of that, or 36%',
    'We expect the market to double by 2028',
    'up from $4.7B last year (+19% y/y)',
    'TAM expected to reach $11B-$13B by 2030',
    'they put 2024 at $910 million',
    'US$0.54bn by FY2028e, a CAGR of 26% over FY24-28e',
    '较2023年的37.0亿元同比增长31.2%',
    '预计2025年该市场规模将突破60亿元',
    '较2022年增长3倍',
    '2024至2029年年複合成長率（CAGR）達23.4%',
    '市場規模去年達4.86億港元',
    '預計今年可升至5.7億港元',
    '年增22%，2027年上看12億元',
    '预计2030年市场规模有望达到95~120亿元',
    '年复合增速在29%左右',
    '| Total | 3.57 | 4.33 |',
    '2024\t18.1\t24.3%',
    'Region              2024     2030F    CAGR 2024-30',
    'Virtual fitting & size advice\t61.7\t17.3',
)
LAYOUT = (40, 11, 13, 16)
#: the set's blind score (written without reading or running the extractor, and kept unread): 214
#: figures, 55 rates, 83 verdicts and 1 false inconsistent
FLOORS = {"figures_found": 215, "rates_found": 55, "verdicts_right": 85}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset181.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
