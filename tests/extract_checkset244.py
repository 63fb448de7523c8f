"""A two-hundred-and-forty-fourth check set for the extractor, written blind: AI in hair, nail and beauty salons and spas:
AI booking and no-show prediction for salons, AI hair-colour and style try-on mirrors, AI skin and scalp analysis at
spas, AI stock and product recommendation for salon chains, AI chat assistants for spa reservations, AI scheduling of
stylists and therapists; sized in money by hairdressing and spa associations, trade and labour ministries, brokers,
consultancies, research houses and salon chains' investor days, in the United States, Canada, the United Kingdom,
Ireland, France, Italy, Spain, Germany, Thailand (baht only as an aside), Australia, Japan, South Korea (won only as an
aside), mainland China, Taiwan and Hong Kong (currencies: US dollars, euros, pounds, Australian dollars, yen, yuan
亿元/万元, 新台幣億元, 億港元). Distractors a careful reader leaves out: total salon, spa or beauty-services revenue beside the AI
part, numbers of salons, stylists, chairs or appointments, a haircut's or a massage's price, a chain's own revenue or
margin, a funding round and valuation, a quarter's figures, a survey's percentages.

Snippets 1-20: Twenty snippets on money spent on AI in hair, nail and beauty salons and spas: eight English prose texts
(a Dallas wire release on booking and no-show prediction, a Tokyo broker note in fiscal years and yen, a Paris briefing
on French salons with three segments and shares, a Milan article quoting two research houses, a Scottsdale salon chain's
investor-day TAM, a UK growth plan with last-year/this-year figures and a target, a correction notice on a Spanish story
with a range, a salon-tech blog with 'more than doubled'), seven Chinese prose texts (a salon and beauty report, a
Guangdong plan with 力争到 and 增长1.7倍, a Xinhua booking-bot story quoting two institutes, a Taiwan beauty-tech white paper
in 新台幣億元, a Hong Kong skin-analysis story in 億港元, a CNA story with 去年/今年, a broker deep-dive on AI skin testing with a
range) and five tables (markdown by country with a CAGR column, tab-separated Chinese with a 合计 row, space-aligned Thai
spa uses with shares, a vertical German table with YoY, a tab-separated Australian segment table). Left out: total
salon, spa and beauty revenue, counts of salons, stylists, staff and appointments, haircut, facial and device prices,
chains' own revenue, margins, orders and share goals, funding rounds and valuations, quarter figures, survey answers,
won and baht amounts, a second house's figure, a misstated range. Inconsistent: the Milan 22% CAGR, the Hong Kong 約25%
CAGR, Spain's 24.0% CAGR in the country table, Germany's 2023 YoY. Only by rounding: the Tokyo CAGR, the French booking
share, the UK 28%, the Guangdong 23.5%, the Taiwan 20.4% CAGR, the CNA 22%, the 2025年E 合计 and the Thai booking-chat
share.

Snippets 21-40: Twenty snippets on AI in hair, nail and beauty salons and spas (booking and no-show prediction, hair-
colour and style try-on mirrors, skin and scalp analysis at spas, stock and product recommendation for salon chains,
chat assistants for spa reservations, scheduling of stylists and therapists): eight English prose pieces (a US salon-
software firm's earnings call sizing a US-and-Canada TAM with 'this year' and 'last year', a British working-paper
abstract with a 2030 figure in billions, an Italian thread with a figure in billions, a Dublin article with a correction
line, a Lyon chain's shareholder letter with a multiple, an inferred-span CAGR and a Swiss-franc aside, Bangkok
investor-day slides with baht and Australian-dollar asides, a forum answer quoting two German houses, a Seoul broker
note in won with claims but no observations), seven Chinese prose pieces (a Xinhua-style release, a Hangzhou plan with a
part in 万元, a Taipei release in 新台幣億元, a Hong Kong report in 億港元, a PTT post in 億美元, a broker abstract with a 2027
range, a beauty chain's results-briefing transcript) and five tables (markdown US dollars with a CAGR column, tab-
separated yen with a YoY column, space-aligned Spanish euros with a share column, a vertical Canadian table of years
with a lone US$-million column, a 新台幣億元 table with a 合計 row). Left out: salon, spa and beauty-services revenue, counts
of salons, stylists, workers, members and chairs, haircut, colour, facial and manicure prices, chains' own revenue,
margins, profit and dividends, funding rounds, target prices, quarters' figures, survey and no-show percentages, won,
baht, Australian dollars and Swiss francs, a second house's figure, a corrected misprint. Inconsistent: the thread's 31%
CAGR, the Hong Kong 21% CAGR, the markdown chat-assistant CAGR, the yen skin-analysis YoY. Rounding only: the Dublin 27%
share, the forum's 17% CAGR, the Hangzhou 22%, the briefing's 27%, the markdown try-on CAGR, two Spanish shares and the
Taiwan table's 2025 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Dallas wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2030 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere: the
    #    survey's title year, the 1,350 salon owners surveyed, the $71 billion of salon services (total revenue), the
    #    $68 haircut price, the 62% survey answer.
    dict(
        text=(
            "DALLAS, April 8, 2025 /PRNewswire/ -- U.S. hair, nail and beauty salons spent $401 million on AI booking, "
            "no-show prediction and stylist scheduling software in 2024, up 29% from $312 million in 2023, according "
            "to the 2025 Salon Technology Spend Survey released today by Trinity Beauty Analytics. The Dallas firm, "
            "which surveyed 1,350 salon owners, projects spending of $1.6 billion by 2030, a compound annual growth "
            "rate of 26% from 2024 to 2030. American salons booked an estimated $71 billion in services last year, and "
            "a women's haircut now averages about $68. Some 62% of owners surveyed said no-shows cost them at least "
            "one chair-day a week."
        ),
        obs=[
            ("Total", 2023, 312, "USD million", "actual"),
            ("Total", 2024, 401, "USD million", "actual"),
            ("Total", 2030, 1600, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2023, 2024, 1.0),
            ("cagr", 26, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (401 / 312) ** (1 / 1) - 1 = 28.53% -> 29
            ("cagr|implied", "exact"),  # (1600 / 401) ** (1 / 6) - 1 = 25.94% -> 26
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "about 22%" where the amounts give 21.38%. Expected nowhere: the dateline, the 270,000
    #    hair salons, the ¥11,000 cut-and-colour price, the Korean chains' ₩95 billion (won, not in the unit table),
    #    the covered firm's revenue, growth, operating margin, target price and upside.
    dict(
        text=(
            "Tokyo, 17 June 2025. Japan Consumer Services, sector note. We size Japan's market for AI hair-colour "
            "try-on mirrors, scalp analysis and salon booking at ¥7.4 billion in FY2024 and forecast ¥19.5 billion by "
            "FY2029e, a CAGR of about 22%. Japan has roughly 270,000 hair salons, and a cut and colour in central Tokyo "
            "costs about ¥11,000. In Korea, salon chains spend an estimated ₩95 billion a year on similar tools. Our "
            "top pick, Hanabusa Beauty Holdings (Buy, TP ¥2,850, 21% upside), lifted FY2024 revenue 9% to ¥38.4 "
            "billion at a 12.5% operating margin."
        ),
        obs=[
            ("Total", 2024, 7.4, "JPY billion", "actual"),
            ("Total", 2029, 19.5, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (19.5 / 7.4) ** (1 / 5) - 1 = 21.38% -> 21, not 22; bounds (19.45 / 7.45) ** (1/5) - 1 = 21.16%,
            # (19.55 / 7.35) ** (1/5) - 1 = 21.61% -> 22 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Paris research briefing: a French total in EUR million and three segments with shares (booking's "about 42%"
    #    holds only by rounding); the 2029 forecast printed in billions is expected converted to EUR million. Expected
    #    nowhere: the 74 salon groups interviewed, the €6.8 billion of salon revenue (total), the 85,000 salons, the
    #    €45 cut-and-blow-dry price.
    dict(
        text=(
            "PARIS, 15 May 2025 - Hair salons, nail bars and day spas in France spent €138 million on AI tools in "
            "2024, according to a briefing from the Institut Lumière des Métiers de la Beauté. Online booking with "
            "no-show prediction took the largest slice, €57 million or about 42%, followed by hair-colour and style "
            "try-on mirrors at €36 million (26%). Skin and scalp analysis at spas came to €24 million, some 17% of the "
            "total. The institute, which interviewed 74 salon groups, expects spending to reach €0.39 billion in "
            "2029. French hairdressing salons took in about €6.8 billion last year, the country counts some 85,000 "
            "salons, and a women's cut and blow-dry costs around €45."
        ),
        obs=[
            ("Total", 2024, 138, "EUR million", "actual"),
            ("Online booking with no-show prediction", 2024, 57, "EUR million", "actual"),
            ("Hair-colour and style try-on mirrors", 2024, 36, "EUR million", "actual"),
            ("Skin and scalp analysis at spas", 2024, 24, "EUR million", "actual"),
            ("Total", 2029, 390, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 42, "percent", 2024, 2024, None),
            ("share", 26, "percent", 2024, 2024, None),
            ("share", 17, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 57 / 138 = 41.30% -> 41, not 42; bounds 56.5 / 138.5 = 40.79%, 57.5 / 137.5 = 41.82% -> 42 by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 36 / 138 = 26.09% -> 26
            ("arithmetic", "exact"),  # 24 / 138 = 17.39% -> 17
        ],
    ),
    # 4. Milan article quoting two research houses on Italian salon and spa AI: the first house's base, target and
    #    rates are the snippet's; its "up 23%" holds, its 22% CAGR is inconsistent. Expected nowhere: Navigli Consumer
    #    Research's €81 million for 2024, the €9.4 billion of sector revenue (total), the 100,000 salons, the €25
    #    shampoo-and-blow-dry price, the 54% poll answer.
    dict(
        text=(
            "MILAN, 9 July 2025 - Italian hair salons and spas spent €64 million on AI booking assistants, stylist "
            "scheduling and product recommendation in 2024, up 23% on the €52 million of 2023, estimates the Bologna "
            "research house Osservatorio Estetica Digitale. It expects €190 million in 2030, which it puts at compound "
            "annual growth of 22% between 2024 and 2030. A second house, Navigli Consumer Research, puts 2024 spending "
            "at €81 million because it also counts cosmetics e-commerce. Italy's hairdressing and beauty sector took "
            "in some €9.4 billion last year across roughly 100,000 salons, and a shampoo and blow-dry costs about €25. "
            "In a poll, 54% of Italian clients said they would rather book by chat than by phone."
        ),
        obs=[
            ("Total", 2023, 52, "EUR million", "actual"),
            ("Total", 2024, 64, "EUR million", "actual"),
            ("Total", 2030, 190, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (64 / 52) ** (1 / 1) - 1 = 23.08% -> 23
            # (190 / 64) ** (1 / 6) - 1 = 19.88% -> 20, not 22; bounds (189.5 / 64.5) ** (1/6) - 1 = 19.68%,
            # (190.5 / 63.5) ** (1/6) - 1 = 20.09% -> 22 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript (Scottsdale salon chain): the total addressable market it sizes is the market
    #    (Total), in USD billion, with "roughly a 17% CAGR" over a printed span. Expected nowhere: the chain's own
    #    revenue and EBITDA margin, its 2,100 salons and 19,000 stylists, the $54 average ticket, its 8% share goal,
    #    the second quarter's 6.2 million appointments.
    dict(
        text=(
            "Saguaro Salon Group Investor Day, Scottsdale, September 23, 2025 - transcript excerpt. Priya Castellano, "
            "chief digital officer: \"We size the total addressable market for AI in North American salons and spas, "
            "meaning booking and no-show prediction, try-on mirrors, skin and scalp analysis and stylist scheduling, "
            "at $3.2 billion in 2024, and we expect it to reach $8.1 billion by 2030. That's roughly a 17% CAGR from "
            "2024 to 2030. Our own revenue was $1.4 billion last year at a 14% EBITDA margin, we operate about 2,100 "
            "salons with 19,000 stylists, our average ticket is $54, and our goal is an 8% share of that market by "
            "2030. In the second quarter alone, our app booked 6.2 million appointments.\""
        ),
        obs=[
            ("Total", 2024, 3.2, "USD billion", "actual"),
            ("Total", 2030, 8.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.1 / 3.2) ** (1 / 6) - 1 = 16.74% -> 17
        ],
    ),
    # 6. London national growth plan: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 target (an
    #    estimate); the 28% rise holds only by rounding. Expected nowhere: the £8 million skills pilot and its 40
    #    colleges, the 280,000 people employed (headcount), the 50,000 salons, the £21 haircut, the 39% survey answer.
    dict(
        text=(
            "LONDON, 20 January 2025 - The Personal Care Services Growth Plan published today by the Department for "
            "Business and Trade estimates that hair, nail and beauty businesses in the UK spent £27 million on AI "
            "booking, no-show prediction and stylist scheduling last year, and expects £35 million this year, a rise "
            "of 28%. The plan sets a target of £110 million by 2030. It sets aside £8 million for a skills pilot in 40 "
            "further-education colleges and notes that the sector employs some 280,000 people across about 50,000 "
            "salons, while a men's haircut averages £21. In a survey it cites, 39% of salon owners said missed "
            "appointments were their biggest cost."
        ),
        obs=[
            ("Total", 2024, 27, "GBP million", "actual"),
            ("Total", 2025, 35, "GBP million", "estimate"),
            ("Total", 2030, 110, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (35 / 27) ** (1 / 1) - 1 = 29.63% -> 30, not 28; bounds 34.5 / 27.5 - 1 = 25.45%,
            # 35.5 / 26.5 - 1 = 33.96% -> 28 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 7. Correction notice on a Spanish salon story: the 2030 range in euros gives two value claims (no observation);
    #    the 2024 figure is the year's observation. Expected nowhere: the misstated €1.5-1.9 billion, the €7.2 billion
    #    of sector revenue (total), the €30 haircut, the 52,000 salons; the range is expected once though printed twice.
    dict(
        text=(
            "Correction, 4 August 2025: An earlier version of this article misstated the 2030 forecast. Castellana "
            "Beauty Insights expects the Spanish market to reach €150 million to €190 million in 2030, not €1.5 "
            "billion to €1.9 billion.\n"
            "Spanish hair salons, nail studios and spas spent €58 million in 2024 on AI booking chat assistants, skin "
            "analysis and hair-colour try-on mirrors, according to Castellana Beauty Insights, a Madrid consultancy. "
            "It expects the market to reach €150 million to €190 million in 2030 as salon chains digitise. Spain's "
            "hairdressing and aesthetics sector had revenue of roughly €7.2 billion last year, a women's cut costs "
            "about €30, and the country counts some 52,000 salons."
        ),
        obs=[
            ("Total", 2024, 58, "EUR million", "actual"),
        ],
        claims=[
            ("value", 150, "EUR million", 2030, 2030, None),
            ("value", 190, "EUR million", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Salon-tech blog post: "more than doubled" between 2021 and 2024 is a multiple x2 over 3 years (no verdict).
    #    Expected nowhere: the $71 billion of salon spending (total), the start-up's funding round and valuation, the
    #    third quarter's 1.8 million try-ons, the 3,400 salons, the Bangkok spa group's ฿60 million (baht, not in the
    #    unit table).
    dict(
        text=(
            "The Chair Side, a salon-tech blog, February 11, 2025 - Mirror, mirror. U.S. salons spent $46 million on "
            "AI hair-colour and style try-on mirrors in 2021; by 2024 that figure had more than doubled, to $103 "
            "million, according to Bayview Beauty Research. Set that against the roughly $71 billion Americans spend "
            "at salons each year. The Austin start-up Shadecast raised $28 million in a Series B in October at a $190 "
            "million valuation; in the third quarter of 2024 its mirrors ran 1.8 million try-ons across some 3,400 "
            "salons. In Thailand, a Bangkok spa group told me it spent about ฿60 million on similar mirrors."
        ),
        obs=[
            ("Total", 2021, 46, "USD million", "actual"),
            ("Total", 2024, 103, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland industry report (Simplified) on salons and beauty parlours: 同比增长 with both amounts, a part (AI肤质
    #    与头皮检测) with its share, a CAGR with its printed span. Expected nowhere: the report's title year, the 约180万家
    #    shops, the 约8,000亿元 of sector revenue (total), the 58% survey answer.
    dict(
        text=(
            "《2025中国美发美容行业数字化发展报告》日前在上海发布。报告显示，2024年我国美发、美甲及美容门店人工智能应用"
            "（智能预约、爽约预测、AI试色试发型等）市场规模达到31.6亿元，同比增长26.4%，2023年为25.0亿元。其中，AI肤质"
            "与头皮检测市场规模为9.8亿元，占比31.0%。报告预计，到2030年该市场规模将达到98亿元，2024—2030年复合增长率为"
            "20.8%。报告同时指出，2024年全国美容美发门店约180万家，行业营业收入约8,000亿元；受访门店中有58%表示顾客爽约"
            "是最大的经营痛点。"
        ),
        obs=[
            ("Total", 2023, 25.0, "CNY 100 million", "actual"),
            ("Total", 2024, 31.6, "CNY 100 million", "actual"),
            ("AI肤质与头皮检测", 2024, 9.8, "CNY 100 million", "actual"),
            ("Total", 2030, 98, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2023, 2024, 1.0),
            ("share", 31.0, "percent", 2024, 2024, None),
            ("cagr", 20.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31.6 / 25.0) ** (1 / 1) - 1 = 26.40% -> 26.4
            ("arithmetic", "exact"),  # 9.8 / 31.6 = 31.01% -> 31.0
            ("cagr|implied", "exact"),  # (98 / 31.6) ** (1 / 6) - 1 = 20.76% -> 20.8
        ],
    ),
    # 10. Guangdong provincial action plan (Simplified) on digital salon services: 2023 and 2024 actuals with a
    #     同比增长23.5% that holds only by rounding, a 力争到2027年 target (突破, expected at its printed figure, an
    #     estimate) and 较2024年增长1.7倍 kept as a multiple x1.7 over 3 years (no verdict). Expected nowhere: the plan's
    #     title years, the 约21万家 shops, the 约95万人 employed, the 8,000万元 fund and its 30 demonstration projects.
    dict(
        text=(
            "广东省商务厅会同省人力资源社会保障厅日前印发《广东省美容美发服务业数字化提升行动方案（2025—2027年）》。方案"
            "显示，2024年全省美容美发门店AI智能预约、技师智能排班与AI试发型镜市场规模达7.3亿元，同比增长23.5%，2023年为"
            "5.9亿元。方案提出，力争到2027年全省相关市场规模突破20亿元，较2024年增长1.7倍。方案还明确，全省现有美容美发"
            "门店约21万家，从业人员约95万人，省级财政安排专项资金8,000万元，支持建设30个智慧门店示范项目。"
        ),
        obs=[
            ("Total", 2023, 5.9, "CNY 100 million", "actual"),
            ("Total", 2024, 7.3, "CNY 100 million", "actual"),
            ("Total", 2027, 20, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("multiple", 1.7, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            # (7.3 / 5.9) ** (1 / 1) - 1 = 23.73% -> 23.7, not 23.5; bounds 7.25 / 5.95 - 1 = 21.85%,
            # 7.35 / 5.85 - 1 = 25.64% -> 23.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes on AI booking chat assistants for beauty parlours and
    #     spas: the first institute's base, YoY and target are the snippet's; both rates hold. Expected nowhere: the
    #     second centre's 17亿元 for 2024, the dateline, the conference's title year, the 约40万家 shops, the 约60次
    #     daily enquiries per shop.
    dict(
        text=(
            "新华社杭州2025年6月12日电（记者林晓岚）记者从2025中国美业数字化大会上获悉，据华美智研研究院测算，2024年我国"
            "美容院与SPA门店AI预约客服（智能问答机器人、语音预约助手等）市场规模达14.2亿元，比上年的11.5亿元增长23.5%。"
            "该院预计，到2027年市场规模将达到25亿元，2024年至2027年年均复合增长率约21%。另一家机构中美联数字美业研究中心"
            "则估算，2024年这一市场规模为17亿元。据统计，全国美容院及SPA门店约40万家，每家门店每天平均接待预约咨询约60次。"
        ),
        obs=[
            ("Total", 2023, 11.5, "CNY 100 million", "actual"),
            ("Total", 2024, 14.2, "CNY 100 million", "actual"),
            ("Total", 2027, 25, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.2 / 11.5) ** (1 / 1) - 1 = 23.48% -> 23.5
            ("cagr|implied", "exact"),  # (25 / 14.2) ** (1 / 3) - 1 = 20.75% -> 21
        ],
    ),
    # 12. Taiwan beauty-tech white paper (Traditional) in 新台幣億元 (TWD 100 million): a CAGR with its printed span
    #     that holds only by rounding; 預估 marks the 2029 estimate. Expected nowhere: the white paper's title year, the
    #     約3.2萬家 salons, the 約12萬人 employed, the 新台幣800元 haircut, the 約新台幣1,300億元 of sector revenue (total).
    dict(
        text=(
            "《2025臺灣美業科技白皮書》指出，2024年國內美髮、美甲與美容SPA業者導入AI預約、爽約預測與AI頭皮檢測的市場"
            "規模為新台幣9.6億元，預估2029年將成長至新台幣24.1億元，2024至2029年年複合成長率達20.4%。白皮書並指出，"
            "全台美髮美容業家數約3.2萬家，從業人員約12萬人，女性剪髮平均價格約新台幣800元，美髮美容業年營收約新台幣"
            "1,300億元。"
        ),
        obs=[
            ("Total", 2024, 9.6, "TWD 100 million", "actual"),
            ("Total", 2029, 24.1, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (24.1 / 9.6) ** (1 / 5) - 1 = 20.21% -> 20.2, not 20.4; bounds (24.05 / 9.65) ** (1/5) - 1 = 20.04%,
            # (24.15 / 9.55) ** (1/5) - 1 = 20.39% -> 20.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million) on AI skin analysis, booking and product
    #     recommendation at beauty parlours, hair salons and spas: 約2.7億港元 expected at its printed figure; the YoY
    #     holds, the 約25% CAGR is inconsistent. Expected nowhere: the 約9,500間 shops, the 780港元 facial price, the 約三成
    #     respondents (a share in words and a survey), the start-up's 3,000萬港元 funding round.
    dict(
        text=(
            "香港美容業總會昨日公布研究報告指出，2024年本港美容院、髮型屋及水療中心AI皮膚分析、智能預約及產品推薦應用"
            "的市場規模約2.7億港元，較2023年的2.2億港元增長22.7%。報告預計，2028年市場規模將升至5.9億港元，2024至2028年"
            "年均複合增長率約25%。報告又指，本港約有9,500間美容院及髮型屋，一次面部護理平均收費約780港元，約三成受訪市民"
            "表示曾使用AI皮膚檢測。本地初創美鏡科技上月完成3,000萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 2.2, "HKD 100 million", "actual"),
            ("Total", 2024, 2.7, "HKD 100 million", "actual"),
            ("Total", 2028, 5.9, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.7, "percent", 2023, 2024, 1.0),
            ("cagr", 25, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.7 / 2.2) ** (1 / 1) - 1 = 22.73% -> 22.7
            # (5.9 / 2.7) ** (1 / 4) - 1 = 21.58% -> 22, not 25; bounds (5.85 / 2.75) ** (1/4) - 1 = 20.77%,
            # (5.95 / 2.65) ** (1/4) - 1 = 22.41% -> 25 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025) on AI booking and scheduling and AI style try-on
    #     mirrors at hair salons and nail shops: 去年 is 2024 (actual, 約 at its printed figure), 今年 2025 (an estimate,
    #     可望); the 22% rise holds only by rounding. Expected nowhere: the first quarter's 1.1億元, the chain's own
    #     revenue and operating margin, the 約1.5億 customer visits.
    dict(
        text=(
            "（中央社記者林佩君台北2025年4月9日電）市調機構美研產業顧問今天表示，去年台灣美髮沙龍與美甲店AI預約排程、"
            "AI造型試戴鏡的市場規模約新台幣4.3億元，今年在連鎖業者加速導入下，可望成長22%至5.3億元。不過今年第一季市場"
            "規模約新台幣1.1億元，略低於預期。連鎖美髮業者雅絲集團去年營收新台幣36億元，營業利益率約9%；全台美髮業者"
            "每年服務人次約1.5億。"
        ),
        obs=[
            ("Total", 2024, 4.3, "TWD 100 million", "actual"),
            ("Total", 2025, 5.3, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (5.3 / 4.3) ** (1 / 1) - 1 = 23.26% -> 23, not 22; bounds 5.25 / 4.35 - 1 = 20.69%,
            # 5.35 / 4.25 - 1 = 25.88% -> 22 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Broker deep-dive (Simplified) on AI skin testing and personalised care recommendation at beauty parlours and
    #     spas: 2023/2024 actuals with an exact 27.8% YoY; the 2027 range 22亿—27亿元 gives two value claims (no
    #     observation). Expected nowhere: the report's date, the leading firm's revenue, gross margin, rating and
    #     target price, its third-quarter orders growth, the 约2.8万元 device price, the 约90万家 shops.
    dict(
        text=(
            "南岭证券研究所2025年10月深度报告《AI测肤：美容院的第二增长曲线》。我们测算，2024年国内美容院与SPA门店AI皮肤"
            "检测及个性化护理推荐市场规模为12.4亿元，同比增长27.8%，2023年为9.7亿元。随着医疗美容与生活美容加速融合，"
            "我们预计2027年市场规模将达到22亿—27亿元。行业龙头肤镜智能2024年营收3.6亿元，毛利率58%，首次覆盖给予“增持”"
            "评级，目标价36元；公司三季度新签门店订单同比增长41%。目前单台AI测肤仪售价约2.8万元，全国生活美容门店约90万家。"
        ),
        obs=[
            ("Total", 2023, 9.7, "CNY 100 million", "actual"),
            ("Total", 2024, 12.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 27.8, "percent", 2023, 2024, 1.0),
            ("value", 22, "CNY 100 million", 2027, 2027, None),
            ("value", 27, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.4 / 9.7) ** (1 / 1) - 1 = 27.84% -> 27.8
        ],
    ),
    # 16. Markdown table (AI salon booking, try-on and scalp analysis by European country, EUR million) with a CAGR
    #     2024-30 column and a Total row: each row's CAGR is stated (span in the header); Spain's 24.0% is
    #     inconsistent; rows add to the Total in both years; 2030F is an estimate. Expected nowhere: the table number,
    #     the monitor's title year, the count of salons covered, the sterling conversion rate.
    dict(
        text=(
            "Table 4. AI salon booking, try-on mirrors and scalp analysis by country (EUR million)\n"
            "| Country | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| United Kingdom | 38.4 | 112.6 | 19.6% |\n"
            "| Germany | 33.7 | 96.8 | 19.2% |\n"
            "| Italy | 19.2 | 58.3 | 20.3% |\n"
            "| Spain | 14.5 | 47.9 | 24.0% |\n"
            "| Total | 105.8 | 315.6 | 20.0% |\n"
            "Source: Rhein-Seine Beauty Analytics, European Salon Tech Monitor 2025; covers some 410,000 salons; UK "
            "figures converted at £0.85 to the euro. F = forecast."
        ),
        obs=[
            ("United Kingdom", 2024, 38.4, "EUR million", "actual"),
            ("United Kingdom", 2030, 112.6, "EUR million", "estimate"),
            ("Germany", 2024, 33.7, "EUR million", "actual"),
            ("Germany", 2030, 96.8, "EUR million", "estimate"),
            ("Italy", 2024, 19.2, "EUR million", "actual"),
            ("Italy", 2030, 58.3, "EUR million", "estimate"),
            ("Spain", 2024, 14.5, "EUR million", "actual"),
            ("Spain", 2030, 47.9, "EUR million", "estimate"),
            ("Total", 2024, 105.8, "EUR million", "actual"),
            ("Total", 2030, 315.6, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 19.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 24.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (112.6 / 38.4) ** (1 / 6) - 1 = 19.64% -> 19.6
            ("cagr|implied", "exact"),  # (96.8 / 33.7) ** (1 / 6) - 1 = 19.23% -> 19.2
            ("cagr|implied", "exact"),  # (58.3 / 19.2) ** (1 / 6) - 1 = 20.34% -> 20.3
            # (47.9 / 14.5) ** (1 / 6) - 1 = 22.04% -> 22.0, not 24.0; bounds (47.85 / 14.55) ** (1/6) - 1 = 21.95%,
            # (47.95 / 14.45) ** (1/6) - 1 = 22.13% -> 24.0 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (315.6 / 105.8) ** (1 / 6) - 1 = 19.98% -> 20.0
            ("hierarchy", "exact"),  # 2024: 38.4 + 33.7 + 19.2 + 14.5 = 105.8
            ("hierarchy", "exact"),  # 2030F: 112.6 + 96.8 + 58.3 + 47.9 = 315.6
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2025年E 合计 holds only by rounding. Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表5 2023—2025年中国美发美容门店人工智能应用细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能预约与爽约预测\t10.8\t13.9\t17.6\n"
            "AI试色与发型试戴镜\t6.4\t8.5\t11.2\n"
            "AI肤质与头皮检测\t5.9\t7.7\t9.9\n"
            "技师智能排班\t2.3\t3.1\t4.0\n"
            "合计\t25.4\t33.2\t42.8\n"
            "资料来源：美业数字化研究中心；2025年E为预测值。"
        ),
        obs=[
            ("智能预约与爽约预测", 2023, 10.8, "CNY 100 million", "actual"),
            ("智能预约与爽约预测", 2024, 13.9, "CNY 100 million", "actual"),
            ("智能预约与爽约预测", 2025, 17.6, "CNY 100 million", "estimate"),
            ("AI试色与发型试戴镜", 2023, 6.4, "CNY 100 million", "actual"),
            ("AI试色与发型试戴镜", 2024, 8.5, "CNY 100 million", "actual"),
            ("AI试色与发型试戴镜", 2025, 11.2, "CNY 100 million", "estimate"),
            ("AI肤质与头皮检测", 2023, 5.9, "CNY 100 million", "actual"),
            ("AI肤质与头皮检测", 2024, 7.7, "CNY 100 million", "actual"),
            ("AI肤质与头皮检测", 2025, 9.9, "CNY 100 million", "estimate"),
            ("技师智能排班", 2023, 2.3, "CNY 100 million", "actual"),
            ("技师智能排班", 2024, 3.1, "CNY 100 million", "actual"),
            ("技师智能排班", 2025, 4.0, "CNY 100 million", "estimate"),
            ("合计", 2023, 25.4, "CNY 100 million", "actual"),
            ("合计", 2024, 33.2, "CNY 100 million", "actual"),
            ("合计", 2025, 42.8, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 10.8 + 6.4 + 5.9 + 2.3 = 25.4
            ("hierarchy", "exact"),  # 2024: 13.9 + 8.5 + 7.7 + 3.1 = 33.2
            # 2025E: 17.6 + 11.2 + 9.9 + 4.0 = 42.7, not 42.8; bounds 42.5..42.9 (each part +/-0.05)
            # reach 42.75..42.85 -> 42.8 only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 18. Space-aligned table (Thailand spas, USD million, 2024) with a share column and a Total row: four shares (the
    #     booking-chat row's 28.8% holds only by rounding), rows add to the Total; the Total's 100.0% is no claim.
    #     Expected nowhere: the note number, the baht conversion rate, the 9,000 spas, the ฿1,200 Thai massage price.
    dict(
        text=(
            "Thailand: AI spending by day spas and wellness resorts by use, 2024\n"
            "Use                                        USD million     Share\n"
            "AI skin analysis at spas                           7.8     40.2%\n"
            "AI chat assistants for spa reservations            5.6     28.8%\n"
            "AI scheduling of therapists                        3.9     20.1%\n"
            "AI product recommendation                          2.1     10.8%\n"
            "Total                                             19.4    100.0%\n"
            "Note 2: converted from baht at THB 35.7 to the dollar; Thailand has about 9,000 licensed spas, where a "
            "one-hour Thai massage at a resort costs around ฿1,200. Source: Chao Phraya Wellness Research."
        ),
        obs=[
            ("AI skin analysis at spas", 2024, 7.8, "USD million", "actual"),
            ("AI chat assistants for spa reservations", 2024, 5.6, "USD million", "actual"),
            ("AI scheduling of therapists", 2024, 3.9, "USD million", "actual"),
            ("AI product recommendation", 2024, 2.1, "USD million", "actual"),
            ("Total", 2024, 19.4, "USD million", "actual"),
        ],
        claims=[
            ("share", 40.2, "percent", 2024, 2024, None),
            ("share", 28.8, "percent", 2024, 2024, None),
            ("share", 20.1, "percent", 2024, 2024, None),
            ("share", 10.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 7.8 / 19.4 = 40.21% -> 40.2
            # 5.6 / 19.4 = 28.87% -> 28.9, not 28.8; bounds 5.55 / 19.45 = 28.53%, 5.65 / 19.35 = 29.20%
            # -> 28.8 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 3.9 / 19.4 = 20.10% -> 20.1
            ("arithmetic", "exact"),  # 2.1 / 19.4 = 10.82% -> 10.8
            ("hierarchy", "exact"),  # 7.8 + 5.6 + 3.9 + 2.1 = 19.4
        ],
    ),
    # 19. Vertical table (Germany) whose rows are years, a lone value column headed by its unit only (Total, EUR
    #     million) and a YoY column; 2025E an estimate; the 2023 YoY of 17.1% is inconsistent. Expected nowhere: the
    #     source's month and year, the 80,000 hair salons, the €38 haircut, the 2020 dash.
    dict(
        text=(
            "Germany: spending by hair salons and spas on AI booking, try-on mirrors and stylist scheduling\n"
            "Year | EUR million | YoY\n"
            "2020 | 11.6 | -\n"
            "2021 | 14.3 | 23.3%\n"
            "2022 | 17.5 | 22.4%\n"
            "2023 | 21.2 | 17.1%\n"
            "2024 | 25.9 | 22.2%\n"
            "2025E | 31.0 | 19.7%\n"
            "Source: Spree Salon Analytics, March 2025; the country has about 80,000 hair salons and a women's cut "
            "averages €38. E = estimate."
        ),
        obs=[
            ("Total", 2020, 11.6, "EUR million", "actual"),
            ("Total", 2021, 14.3, "EUR million", "actual"),
            ("Total", 2022, 17.5, "EUR million", "actual"),
            ("Total", 2023, 21.2, "EUR million", "actual"),
            ("Total", 2024, 25.9, "EUR million", "actual"),
            ("Total", 2025, 31.0, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23.3, "percent", 2020, 2021, 1.0),
            ("growth", 22.4, "percent", 2021, 2022, 1.0),
            ("growth", 17.1, "percent", 2022, 2023, 1.0),
            ("growth", 22.2, "percent", 2023, 2024, 1.0),
            ("growth", 19.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.3 / 11.6) ** (1 / 1) - 1 = 23.28% -> 23.3
            ("cagr|implied", "exact"),  # (17.5 / 14.3) ** (1 / 1) - 1 = 22.38% -> 22.4
            # (21.2 / 17.5) ** (1 / 1) - 1 = 21.14% -> 21.1, not 17.1; bounds 21.15 / 17.55 - 1 = 20.51%,
            # 21.25 / 17.45 - 1 = 21.78% -> 17.1 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (25.9 / 21.2) ** (1 / 1) - 1 = 22.17% -> 22.2
            ("cagr|implied", "exact"),  # (31.0 / 25.9) ** (1 / 1) - 1 = 19.69% -> 19.7
        ],
    ),
    # 20. Tab-separated segment table (Australia, USD million) with a Total row: rows add to the Total in every year;
    #     2025F an estimate. Expected nowhere: the note on Australian-dollar conversion, the 33,000 salons and the 41
    #     million appointments.
    dict(
        text=(
            "Australia: AI in hair, nail and beauty salons and spas by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI booking and no-show prediction\t29\t36\t44\n"
            "AI hair-colour and style try-on mirrors\t14\t18\t23\n"
            "AI skin and scalp analysis\t11\t14\t18\n"
            "AI stylist and therapist scheduling\t8\t10\t13\n"
            "Total\t62\t78\t98\n"
            "Source: Coral Coast Beauty Insights; converted from Australian dollars at A$1.53; Australia's 33,000 "
            "salons booked about 41 million appointments in 2024. F = forecast."
        ),
        obs=[
            ("AI booking and no-show prediction", 2023, 29, "USD million", "actual"),
            ("AI booking and no-show prediction", 2024, 36, "USD million", "actual"),
            ("AI booking and no-show prediction", 2025, 44, "USD million", "estimate"),
            ("AI hair-colour and style try-on mirrors", 2023, 14, "USD million", "actual"),
            ("AI hair-colour and style try-on mirrors", 2024, 18, "USD million", "actual"),
            ("AI hair-colour and style try-on mirrors", 2025, 23, "USD million", "estimate"),
            ("AI skin and scalp analysis", 2023, 11, "USD million", "actual"),
            ("AI skin and scalp analysis", 2024, 14, "USD million", "actual"),
            ("AI skin and scalp analysis", 2025, 18, "USD million", "estimate"),
            ("AI stylist and therapist scheduling", 2023, 8, "USD million", "actual"),
            ("AI stylist and therapist scheduling", 2024, 10, "USD million", "actual"),
            ("AI stylist and therapist scheduling", 2025, 13, "USD million", "estimate"),
            ("Total", 2023, 62, "USD million", "actual"),
            ("Total", 2024, 78, "USD million", "actual"),
            ("Total", 2025, 98, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 29 + 14 + 11 + 8 = 62
            ("hierarchy", "exact"),  # 2024: 36 + 18 + 14 + 10 = 78
            ("hierarchy", "exact"),  # 2025F: 44 + 23 + 18 + 13 = 98
        ],
    ),
    # 21. US salon-software firm's earnings-call answer sizing a US-and-Canada TAM for AI booking, no-show prediction
    #     and stylist scheduling (USD million, the first printed unit): the TAM the company sizes is the market
    #     (Total); "this year" is the call's year (2025, "about", printed figure, estimate), "last year" 2024
    #     (actual); the 2029 $2.1 billion converted to USD million; YoY with both amounts, CAGR with printed span.
    #     Expected nowhere: the call's date and quarter, the quarter's revenue and gross margin, the 41,000 salons on
    #     the platform, the $62 haircut price.
    dict(
        text=(
            "Clipline Software Q3 2025 earnings call, November 5, 2025 - Q&A\n"
            "Analyst (Dana Whitcombe, Redfern Capital Markets): How big is the opportunity outside your installed base?\n"
            "CEO Priya Halvorsen: We size the total addressable market for AI booking, no-show prediction and stylist "
            "scheduling across hair salons, nail bars and spas in the US and Canada at about $940 million this year, up "
            "roughly 24% from $760 million last year. Independent salons are finally buying, not just the big chains. "
            "We see it reaching $2.1 billion by 2029, about a 22% compound annual rate over 2025-2029. For the quarter, "
            "revenue was $47.3 million at a 68% gross margin, and we now have 41,000 salons on the platform, where the "
            "average women's haircut booked runs about $62."
        ),
        obs=[
            ("Total", 2024, 760, "USD million", "actual"),
            ("Total", 2025, 940, "USD million", "estimate"),
            ("Total", 2029, 2100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
            ("cagr", 22, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (940 / 760) ** (1 / 1) - 1 = 23.68% -> 24
            ("cagr|implied", "exact"),  # (2100 / 940) ** (1 / 4) - 1 = 22.26% -> 22
        ],
    ),
    # 22. British working-paper abstract on AI scheduling of stylists and beauty therapists (GBP million): YoY with
    #     both amounts, a 2030 figure in billions converted to the series' unit (GBP million), CAGR with printed span.
    #     Expected nowhere: the paper number, the 44,000 businesses and 270,000 workers, the £9.1 billion of sector
    #     turnover, the 46% survey answer, the £38 cut price.
    dict(
        text=(
            "Pennine Centre for Service Work, Working Paper 2025/07. Abstract: We estimate UK spending on AI tools that "
            "schedule stylists, barbers and beauty therapists, match appointments to skills and forecast no-shows. From "
            "vendor invoices and salon interviews we put the market at \u00a371 million in 2024, up 22% from \u00a358 "
            "million in 2023. The sector's 44,000 businesses and some 270,000 workers turned over about \u00a39.1 "
            "billion, so AI is still a thin layer; 46% of owners we surveyed said rota planning was their biggest "
            "weekly headache. In our central case spending reaches \u00a30.19 billion by 2030, a compound annual growth "
            "rate of 17.8% over 2024-2030, even as the average cut at \u00a338 keeps demand for cheaper walk-in barbers "
            "strong."
        ),
        obs=[
            ("Total", 2023, 58, "GBP million", "actual"),
            ("Total", 2024, 71, "GBP million", "actual"),
            ("Total", 2030, 190, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 17.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (71 / 58) ** (1 / 1) - 1 = 22.41% -> 22
            ("cagr|implied", "exact"),  # (190 / 71) ** (1 / 6) - 1 = 17.83% -> 17.8
        ],
    ),
    # 23. Social-media thread (numbered posts) on Italian AI hair-colour and style try-on mirrors (EUR million): YoY
    #     with both amounts; a 2029 figure in billions converted to EUR million; a CAGR with printed span that no
    #     reading gives (inconsistent). Expected nowhere: the 104,000 businesses, the €6.8bn sector turnover, the €85
    #     colour price, the 47% survey answer.
    dict(
        text=(
            "1/ Quick thread on a niche that's growing fast: Italian salons spent \u20ac36M on AI hair-colour and style "
            "try-on mirrors in 2024, per Osservatorio Saloni Digitali in Bologna.\n"
            "2/ That's up 29% from \u20ac28M in 2023. Balayage previews sell the service before the client sits down.\n"
            "3/ Their forecast: \u20ac0.11bn by 2029, which they label a 31% CAGR over 2024-2029. Do the maths, it "
            "doesn't land there.\n"
            "4/ Scale check: Italy has ~104,000 hairdressing and beauty businesses turning over ~\u20ac6.8bn a year.\n"
            "5/ A full colour in central Milan now costs around \u20ac85.\n"
            "6/ In their client poll, 47% said they'd pay more after seeing a preview. /end"
        ),
        obs=[
            ("Total", 2023, 28, "EUR million", "actual"),
            ("Total", 2024, 36, "EUR million", "actual"),
            ("Total", 2029, 110, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2023, 2024, 1.0),
            ("cagr", 31, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (36 / 28) ** (1 / 1) - 1 = 28.57% -> 29
            # (110 / 36) ** (1 / 5) - 1 = 25.03%; bounds (0.11bn read at +-0.005bn) (105 / 36.5) ** (1/5) - 1 =
            # 23.53%, (115 / 35.5) ** (1/5) - 1 = 26.50% -> 31 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Dublin web article with a correction line on AI skin and scalp analysis at Irish spas (EUR million): YoY
    #     with both amounts, two parts with shares, one holding only by rounding. Expected nowhere: the dateline, the
    #     roughly 520 spas, the €610 million of spa revenue, the €95 facial, the corrected misprint (€18.4 million).
    dict(
        text=(
            "Irish spas turn to AI for skin checks\n"
            "DUBLIN, 17 June 2025 - Spending by Irish spas and hotel wellness centres on AI skin and scalp analysis "
            "reached \u20ac14.8 million in 2024, up 19% from \u20ac12.4 million in 2023, according to the Shannon "
            "Wellness Economics consultancy. Facial skin analysis accounted for \u20ac8.1 million, about 55% of the "
            "total, and scalp analysis for \u20ac3.9 million (27%). The country has roughly 520 day and hotel spas, "
            "which together took in some \u20ac610 million last year; a signature facial in Dublin now costs around "
            "\u20ac95.\n"
            "Correction: An earlier version of this article gave the 2024 figure as \u20ac18.4 million. The correct "
            "figure is \u20ac14.8 million."
        ),
        obs=[
            ("Total", 2023, 12.4, "EUR million", "actual"),
            ("Total", 2024, 14.8, "EUR million", "actual"),
            ("Facial skin analysis", 2024, 8.1, "EUR million", "actual"),
            ("Scalp analysis", 2024, 3.9, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("share", 55, "percent", 2024, 2024, None),
            ("share", 27, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.8 / 12.4) ** (1 / 1) - 1 = 19.35% -> 19
            ("arithmetic", "exact"),  # 8.1 / 14.8 = 54.73% -> 55
            # 3.9 / 14.8 = 26.35% -> 26, not 27; bounds 3.85 / 14.85 = 25.93%, 3.95 / 14.75 = 26.78%
            # -> 27 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 25. Lyon salon chain's letter to shareholders on the European market for AI stock and product recommendation
    #     for salon chains (EUR million, the first printed unit): a multiple between 2021 and 2024 (x3, period 3, no
    #     verdict); the 2028 €0.7 billion ("near", printed figure, estimate) converted to EUR million, with a CAGR
    #     whose span only the amounts' years give (inferred). Expected nowhere: Switzerland's CHF 40 million (francs
    #     not in the unit table), the chain's revenue, EBITDA margin and dividend, the 2,350 salons, 16,800 stylists.
    dict(
        text=(
            "Letter to shareholders\n"
            "Dear shareholders, 2024 was the year our colourists stopped guessing what to reorder. We estimate the "
            "European market for AI stock and product recommendation in salon chains at \u20ac360 million in 2024, "
            "three times the \u20ac120 million it was worth in 2021, and we expect it to near \u20ac0.7 billion by "
            "2028, growing about 18% a year. Switzerland alone accounts for roughly CHF 40 million of that spend. "
            "Maison Lumi\u00e8re's own revenue rose to \u20ac1.24 billion with an EBITDA margin of 14.6%, and we "
            "propose a dividend of \u20ac1.10 per share. Our 16,800 stylists now work in 2,350 salons across eleven "
            "countries.\n"
            "Claire Vasseur, Chief Executive Officer, Maison Lumi\u00e8re Coiffure SA, Lyon, March 2025"
        ),
        obs=[
            ("Total", 2021, 120, "EUR million", "actual"),
            ("Total", 2024, 360, "EUR million", "actual"),
            ("Total", 2028, 700, "EUR million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
            ("cagr", 18, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (700 / 360) ** (1 / 4) - 1 = 18.09% -> 18
        ],
    ),
    # 26. Bangkok spa group's investor-day slide bullets sizing a Southeast Asia and Australia TAM for AI chat
    #     assistants and booking for spas (USD million, the first printed unit): 2024 actual, 2025E and 2028E
    #     estimates, the 2028E US$1.1B converted to USD million; YoY with both amounts, CAGR with printed span.
    #     Expected nowhere: the dateline, the THB 3.1bn and A$190M (currencies not in the unit table), the 3,200
    #     partner spas, the FY2026 revenue and margin targets, the Series C round, the THB 1,200 massage price.
    dict(
        text=(
            "Lotus Serenity Group - Investor Day 2025, Bangkok, 24 April 2025\n"
            "Slide 9: AI reservations for spas in Southeast Asia and Australia\n"
            "- 2024 TAM: US$530M\n"
            "- 2025E TAM: US$640M (+21% YoY), of which Thailand roughly THB 3.1bn and Australia about A$190M\n"
            "- 2028E TAM: US$1.1B; CAGR 2025E-28E: 20%\n"
            "- Drivers: chat assistants answering bookings overnight in five languages, fewer no-shows, hotel spas "
            "outsourcing front desks\n"
            "- Our network: 3,200 partner spas, 41 own-brand day spas\n"
            "- FY2026 targets: revenue US$210M, EBITDA margin 18-20%\n"
            "- Series C closed in January: US$45M at a US$400M valuation\n"
            "- Average 60-minute Thai massage booked: THB 1,200"
        ),
        obs=[
            ("Total", 2024, 530, "USD million", "actual"),
            ("Total", 2025, 640, "USD million", "estimate"),
            ("Total", 2028, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
            ("cagr", 20, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (640 / 530) ** (1 / 1) - 1 = 20.75% -> 21
            ("cagr|implied", "exact"),  # (1100 / 640) ** (1 / 3) - 1 = 19.78% -> 20
        ],
    ),
    # 27. Forum answer quoting two research houses on AI booking and no-show tools in German hair salons (EUR
    #     million): the first house gives base, target and rate (the snippet's figures); its CAGR holds only by
    #     rounding. Expected nowhere: the second house's €175 million for 2030, the 164 upvotes, the 80,000 salons,
    #     the 12% no-show rate (no share of the market), the €32 cut price.
    dict(
        text=(
            "Re: Anyone have a credible size for AI booking and no-show tools in German salons?\n"
            "Top answer (164 upvotes): Two houses cover this and they are far apart. Friseurdaten Institut in Cologne "
            "sizes German salons' spend on AI booking, reminders and no-show prediction at \u20ac52 million in 2024 and "
            "forecasts \u20ac129 million by 2030, a CAGR of 17% over 2024-2030. Kessler & Brandt Research is much more "
            "bullish and puts 2030 at \u20ac175 million. For scale, Germany has roughly 80,000 hair salons, the typical "
            "no-show rate is around 12% of appointments, and a men's cut costs about \u20ac32. I'd go with the "
            "Friseurdaten number: they count only software subscriptions, not the card terminals bundled with them."
        ),
        obs=[
            ("Total", 2024, 52, "EUR million", "actual"),
            ("Total", 2030, 129, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (129 / 52) ** (1 / 6) - 1 = 16.35% -> 16, not 17; bounds (128.5 / 52.5) ** (1/6) - 1 = 16.09%,
            # (129.5 / 51.5) ** (1/6) - 1 = 16.61% -> 17 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Seoul broker note in won on AI skin and scalp analysis at spas and beauty salons: won are not in the unit
    #     table, so no observation; its YoY, CAGR (printed span) and share are claims, none with two amounts in a held
    #     currency, so no verdicts. Expected nowhere: the dateline, the KRW 186 billion, the 83,000 salons, the
    #     KRW 90,000 facial, the target price and upside, the pick's June-quarter margin.
    dict(
        text=(
            "Hanbit Investment & Securities - Korea Beauty Tech - Seoul, 14 October 2025\n"
            "Your scalp, scored. We size Korea's market for AI skin and scalp analysis at spas, head-spa studios and "
            "beauty salons at KRW 186 billion in 2024, up 24% year on year, and forecast a 19% CAGR over 2024-2029 as "
            "chains bundle a scan into every treatment. Scalp diagnosis makes up 31% of that spend. Korea counts some "
            "83,000 beauty salons, and a basic facial in Seoul runs about KRW 90,000. Our top pick, Dahye Beauty "
            "Systems (BUY, TP KRW 52,000, 28% upside), posted an 11.8% operating margin in the June quarter."
        ),
        obs=[],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2029, None, "stated"),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元) on AI in hair and beauty salons: YoY with both amounts, a part with
    #     its share, a 2027 figure (有望突破, printed figure, estimate). Expected nowhere: the dateline, the 180万家
    #     stores, the 1600万人 workers, the 1.2万亿元 of services revenue.
    dict(
        text=(
            "新华社北京2025年3月12日电(记者李思远)记者从中国美发美容协会数字化专业委员会获悉,2024年我国美容美发行业"
            "人工智能应用(含AI预约与爽约预测、AI发型与染发试戴镜、AI皮肤检测等)市场规模达到23.7亿元,较2023年的18.5亿元"
            "增长28.1%。其中,AI发型与染发试戴镜市场规模为6.4亿元,占比27.0%。专委会预计,到2027年该市场规模有望突破45亿元。"
            "数据显示,全国美容美发门店约180万家,从业人员超过1600万人,2024年美容美发服务收入约1.2万亿元。"
        ),
        obs=[
            ("Total", 2023, 18.5, "CNY 100 million", "actual"),
            ("Total", 2024, 23.7, "CNY 100 million", "actual"),
            ("AI发型与染发试戴镜", 2024, 6.4, "CNY 100 million", "actual"),
            ("Total", 2027, 45, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.1, "percent", 2023, 2024, 1.0),
            ("share", 27.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (23.7 / 18.5) ** (1 / 1) - 1 = 28.11% -> 28.1
            ("arithmetic", "exact"),  # 6.4 / 23.7 = 27.00% -> 27.0
        ],
    ),
    # 30. Hangzhou municipal plan (Simplified, 亿元) on AI booking, scheduling, try-on and customer management in
    #     salons: 2024 base actual, 2027 target (力争, estimate), a part in 万元 kept in its own unit (CNY 10 thousand,
    #     2027 target, estimate), a CAGR whose span only the amounts' years give (inferred), holding only by rounding.
    #     Expected nowhere: the document number, the title's year span, the 500家 demonstration stores, the 1.2万家
    #     stores, the 1.5亿元 special fund.
    dict(
        text=(
            "《杭州市美容美发业数字化转型行动方案(2025—2027年)》(杭商务发〔2025〕12号)\n"
            "二、主要目标。到2027年,全市美容美发业AI预约排班、智能试妆及顾客管理应用市场规模力争达到15亿元,2024年为"
            "8.4亿元,年均增长约22%;其中,AI皮肤与头皮检测应用市场规模力争达到6000万元。培育数字化示范门店500家,全市"
            "美容美发门店总数稳定在1.2万家左右。三、保障措施。市级财政安排生活性服务业数字化专项资金1.5亿元,鼓励连锁企业"
            "开放预约数据,推动AI排班算法在社区门店落地。"
        ),
        obs=[
            ("Total", 2024, 8.4, "CNY 100 million", "actual"),
            ("Total", 2027, 15, "CNY 100 million", "estimate"),
            ("AI皮肤与头皮检测应用", 2027, 6000, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (15 / 8.4) ** (1 / 3) - 1 = 21.32% -> 21, not 22; bounds (14.5 / 8.45) ** (1/3) - 1 = 19.72%,
            # (15.5 / 8.35) ** (1/3) - 1 = 22.90% -> 22 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元) on AI booking, no-show prediction and chat assistants at
    #     spas and salons: YoY with both amounts, CAGR with printed span, a part with its share; 2028 (預估,
    #     estimate). Expected nowhere: the dateline, the 2.4萬家 hair businesses, the 500元 cut price, the 2億元
    #     Series A round.
    dict(
        text=(
            "【台北訊】2025年5月8日 — 台灣美業科技研究所今日發布報告指出,2024年台灣美容SPA與美髮沙龍之AI預約、爽約預測"
            "與客服聊天機器人市場規模達新台幣12.6億元,較2023年的10.1億元成長24.8%。研究所預估,2028年市場規模將達新台幣"
            "26億元,2024至2028年年複合成長率約19.9%。其中連鎖沙龍AI排班系統為最大宗,2024年規模為新台幣4.3億元,占比"
            "34.1%。統計顯示,全台美髮業者約2.4萬家,剪髮均價約500元;新創業者髮知道科技今年已完成新台幣2億元A輪募資。"
        ),
        obs=[
            ("Total", 2023, 10.1, "TWD 100 million", "actual"),
            ("Total", 2024, 12.6, "TWD 100 million", "actual"),
            ("Total", 2028, 26, "TWD 100 million", "estimate"),
            ("連鎖沙龍AI排班系統", 2024, 4.3, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.8, "percent", 2023, 2024, 1.0),
            ("cagr", 19.9, "percent", 2024, 2028, None, "stated"),
            ("share", 34.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.6 / 10.1) ** (1 / 1) - 1 = 24.75% -> 24.8
            ("cagr|implied", "exact"),  # (26 / 12.6) ** (1 / 4) - 1 = 19.85% -> 19.9
            ("arithmetic", "exact"),  # 4.3 / 12.6 = 34.13% -> 34.1
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元) on AI skin and scalp analysis at spas and beauty salons:
    #     YoY with both amounts, a CAGR with printed span that no reading gives (inconsistent); 2028 (預計, estimate).
    #     Expected nowhere: the report's title year, the 420億港元 of beauty revenue, the 8,000間 salons, the 880港元
    #     facial.
    dict(
        text=(
            "香港美容及水療業總會發表《2025香港美容科技應用報告》指出,本港水療中心及美容院在AI皮膚及頭皮分析、個人化護理"
            "建議方面的投入持續增加。報告顯示,相關市場規模於2024年達到9.2億港元,較2023年的7.4億港元增長24.3%。報告預計,"
            "2028年市場規模將達到18.6億港元,2024至2028年複合年增長率為21%。報告又指,本港美容業2024年總收入約420億港元,"
            "全港美容院約8,000間,一般面部護理每次收費約880港元。"
        ),
        obs=[
            ("Total", 2023, 7.4, "HKD 100 million", "actual"),
            ("Total", 2024, 9.2, "HKD 100 million", "actual"),
            ("Total", 2028, 18.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.3, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.2 / 7.4) ** (1 / 1) - 1 = 24.32% -> 24.3
            # (18.6 / 9.2) ** (1 / 4) - 1 = 19.24%; bounds (18.55 / 9.25) ** (1/4) - 1 = 19.00%,
            # (18.65 / 9.15) ** (1/4) - 1 = 19.49% -> 21 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional, 億美元) on the global market for AI nail machines, colour try-on mirrors and salon
    #     booking software: YoY with both amounts, 2029 (超過, printed figure, estimate) with a CAGR whose span only the
    #     amounts' years give (inferred). Expected nowhere: the post's time line, the title's repeat of the forecast,
    #     the 40萬家 nail salons, the 1,200元 gel manicure, the 5% share-price move.
    dict(
        text=(
            "作者 nailgirl88 (指甲控)\n"
            "看板 Stock\n"
            "標題 [情報] 研調:全球AI美甲機與試妝鏡市場2029年上看70億美元\n"
            "時間 Mon Sep 15 21:37:52 2025\n"
            "外電研調機構GlamSight Research最新報告,全球AI美甲機、髮色試戴鏡加上沙龍AI預約軟體的市場,2024年規模為"
            "28億美元,比2023年的23億美元成長22%,預估2029年會超過70億美元,年複合成長率約20%。全球美甲店大約40萬家,"
            "台北一次凝膠美甲大概1,200元。相關概念股今天漲了5%,不過這塊占營收比重都還很小,大家自己斟酌。"
        ),
        obs=[
            ("Total", 2023, 23, "USD 100 million", "actual"),
            ("Total", 2024, 28, "USD 100 million", "actual"),
            ("Total", 2029, 70, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 20, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (28 / 23) ** (1 / 1) - 1 = 21.74% -> 22
            ("cagr|period", "exact"),  # (70 / 28) ** (1 / 5) - 1 = 20.11% -> 20
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) on AI scheduling and stock and product recommendation in salon chains:
    #     YoY with both amounts, a 2027 range (two value claims), a share without its part's amount (claim, no
    #     verdict). Expected nowhere: the report date and series number, the 9.5万家 chain stores, the target price
    #     and upside, the pick's revenue.
    dict(
        text=(
            "【华岳证券】美业数字化系列报告之三:连锁美发进入AI排班时代(2025年10月15日)\n"
            "摘要:我们测算,2024年我国连锁美发与美容机构AI排班及产品与库存推荐市场规模为14.2亿元,较2023年的11.3亿元"
            "同比增长25.7%;预计2027年市场规模将达到26—31亿元。其中AI产品与库存推荐占比约38%,为最大细分场景。目前全国"
            "连锁美发品牌门店约9.5万家。首次覆盖给予行业“增持”评级,重点推荐悦发科技(目标价36元,上涨空间24%),公司"
            "2024年营业收入4.8亿元。"
        ),
        obs=[
            ("Total", 2023, 11.3, "CNY 100 million", "actual"),
            ("Total", 2024, 14.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 25.7, "percent", 2023, 2024, 1.0),
            ("value", 26, "CNY 100 million", 2027, 2027, None),
            ("value", 31, "CNY 100 million", 2027, 2027, None),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.2 / 11.3) ** (1 / 1) - 1 = 25.66% -> 25.7
        ],
    ),
    # 35. Beauty chain's results-briefing transcript (Simplified, 亿元), dated 2025, on AI skin analysis and
    #     personalised treatment recommendation: 今年 2025 (约, printed figure, estimate), 去年 2024 (actual) with a
    #     YoY holding only by rounding, 2028 (有望, estimate) with a CAGR of printed span. Expected nowhere: the
    #     company's revenue and gross margin, the second quarter's net profit, the 420家 stores, the 86万人 members.
    dict(
        text=(
            "丽妍美业2025年半年度业绩说明会文字实录(2025年8月26日)\n"
            "投资者:公司如何看待AI皮肤检测这块的市场空间?\n"
            "董事长:根据我们的测算,今年全国美容院与SPA门店AI皮肤检测及个性化护理推荐市场规模约12亿元,去年为9.5亿元,"
            "增长约27%。到2028年,这一市场有望达到20亿元,2025—2028年复合增长率约19%。公司上半年营业收入18.6亿元,"
            "毛利率61.2%;第二季度归母净利润1.9亿元。目前公司直营门店约420家,会员约86万人。"
        ),
        obs=[
            ("Total", 2024, 9.5, "CNY 100 million", "actual"),
            ("Total", 2025, 12, "CNY 100 million", "estimate"),
            ("Total", 2028, 20, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2024, 2025, 1.0),
            ("cagr", 19, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            # (12 / 9.5) ** (1 / 1) - 1 = 26.32% -> 26, not 27; bounds 11.5 / 9.55 - 1 = 20.42%,
            # 12.5 / 9.45 - 1 = 32.28% -> 27 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (20 / 12) ** (1 / 3) - 1 = 18.56% -> 19
        ],
    ),
    # 36. Markdown table (USD million, US salons and spas) by segment with a Total row and a CAGR column (span printed
    #     in the header); 2029F is an estimate; the try-on CAGR holds only by rounding, the chat-assistant CAGR by no
    #     reading (inconsistent). Expected nowhere: the table number, the US$71 billion of salon and spa revenue and
    #     the 1.2 million hairdressers in the note.
    dict(
        text=(
            "Table 2. US hair, nail and beauty salons and spas: AI spending by segment (USD million)\n"
            "| Segment | 2024 | 2029F | CAGR 2024-29 |\n"
            "|---|---|---|---|\n"
            "| AI booking and no-show prediction | 418 | 905 | 16.7% |\n"
            "| AI hair-colour and style try-on mirrors | 95 | 262 | 22.4% |\n"
            "| AI skin and scalp analysis | 138 | 341 | 19.8% |\n"
            "| AI stock and product recommendation | 120 | 268 | 17.4% |\n"
            "| AI chat assistants for spa reservations | 76 | 214 | 25.0% |\n"
            "| AI stylist and therapist scheduling | 161 | 372 | 18.2% |\n"
            "| Total | 1,008 | 2,362 | 18.6% |\n"
            "Note: F = forecast. Source: Magnolia Beauty Economics, from vendor contracts and salon-chain filings. "
            "Excludes the roughly US$71 billion of US salon and spa revenue; the country counts about 1.2 million "
            "licensed hairdressers and cosmetologists."
        ),
        obs=[
            ("AI booking and no-show prediction", 2024, 418, "USD million", "actual"),
            ("AI booking and no-show prediction", 2029, 905, "USD million", "estimate"),
            ("AI hair-colour and style try-on mirrors", 2024, 95, "USD million", "actual"),
            ("AI hair-colour and style try-on mirrors", 2029, 262, "USD million", "estimate"),
            ("AI skin and scalp analysis", 2024, 138, "USD million", "actual"),
            ("AI skin and scalp analysis", 2029, 341, "USD million", "estimate"),
            ("AI stock and product recommendation", 2024, 120, "USD million", "actual"),
            ("AI stock and product recommendation", 2029, 268, "USD million", "estimate"),
            ("AI chat assistants for spa reservations", 2024, 76, "USD million", "actual"),
            ("AI chat assistants for spa reservations", 2029, 214, "USD million", "estimate"),
            ("AI stylist and therapist scheduling", 2024, 161, "USD million", "actual"),
            ("AI stylist and therapist scheduling", 2029, 372, "USD million", "estimate"),
            ("Total", 2024, 1008, "USD million", "actual"),
            ("Total", 2029, 2362, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 16.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 22.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 17.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 25.0, "percent", 2024, 2029, None, "stated"),
            ("cagr", 18.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 18.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (905 / 418) ** (1 / 5) - 1 = 16.71% -> 16.7
            # (262 / 95) ** (1 / 5) - 1 = 22.49% -> 22.5, not 22.4; bounds (261.5 / 95.5) ** (1/5) - 1 = 22.32%,
            # (262.5 / 94.5) ** (1/5) - 1 = 22.67% -> 22.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (341 / 138) ** (1 / 5) - 1 = 19.83% -> 19.8
            ("cagr|implied", "exact"),  # (268 / 120) ** (1 / 5) - 1 = 17.43% -> 17.4
            # (214 / 76) ** (1 / 5) - 1 = 23.00%; bounds (213.5 / 76.5) ** (1/5) - 1 = 22.79%,
            # (214.5 / 75.5) ** (1/5) - 1 = 23.22% -> 25.0 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (372 / 161) ** (1 / 5) - 1 = 18.23% -> 18.2
            ("cagr|implied", "exact"),  # (2362 / 1008) ** (1 / 5) - 1 = 18.57% -> 18.6
            ("hierarchy", "exact"),  # 2024: 418 + 95 + 138 + 120 + 76 + 161 = 1,008
            ("hierarchy", "exact"),  # 2029F: 905 + 262 + 341 + 268 + 214 + 372 = 2,362
        ],
    ),
    # 37. Tab-separated table (JPY billion) of AI in Japanese hair and beauty salons by use with a Total row and a
    #     YoY column; the skin-analysis YoY is reached by no reading (inconsistent). Expected nowhere: the chart
    #     number, the 270,000 hair salons and the ¥4,800 average cut in the note.
    dict(
        text=(
            "Chart 5. Japan: AI in hair and beauty salons by use (\u00a5 billion)\n"
            "Use\t2023\t2024\tYoY\n"
            "AI reservation and no-show prediction\t7.4\t9.1\t23.0%\n"
            "AI hair-colour try-on mirrors\t2.6\t3.5\t34.6%\n"
            "AI skin and scalp analysis\t4.1\t5.0\t29.5%\n"
            "AI stylist scheduling\t3.3\t4.2\t27.3%\n"
            "Total\t17.4\t21.8\t25.3%\n"
            "Note: calendar years. Source: Shinjuku Beauty Industry Research, from vendor shipments and interviews with "
            "salon chains; Japan's roughly 270,000 hair salons and the \u00a54,800 average cut are given for context "
            "only."
        ),
        obs=[
            ("AI reservation and no-show prediction", 2023, 7.4, "JPY billion", "actual"),
            ("AI reservation and no-show prediction", 2024, 9.1, "JPY billion", "actual"),
            ("AI hair-colour try-on mirrors", 2023, 2.6, "JPY billion", "actual"),
            ("AI hair-colour try-on mirrors", 2024, 3.5, "JPY billion", "actual"),
            ("AI skin and scalp analysis", 2023, 4.1, "JPY billion", "actual"),
            ("AI skin and scalp analysis", 2024, 5.0, "JPY billion", "actual"),
            ("AI stylist scheduling", 2023, 3.3, "JPY billion", "actual"),
            ("AI stylist scheduling", 2024, 4.2, "JPY billion", "actual"),
            ("Total", 2023, 17.4, "JPY billion", "actual"),
            ("Total", 2024, 21.8, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 23.0, "percent", 2023, 2024, 1.0),
            ("growth", 34.6, "percent", 2023, 2024, 1.0),
            ("growth", 29.5, "percent", 2023, 2024, 1.0),
            ("growth", 27.3, "percent", 2023, 2024, 1.0),
            ("growth", 25.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 9.1 / 7.4 - 1 = 22.97% -> 23.0
            ("cagr|implied", "exact"),  # 3.5 / 2.6 - 1 = 34.62% -> 34.6
            # 5.0 / 4.1 - 1 = 21.95%; bounds 4.95 / 4.15 - 1 = 19.28%, 5.05 / 4.05 - 1 = 24.69%
            # -> 29.5 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 4.2 / 3.3 - 1 = 27.27% -> 27.3
            ("cagr|implied", "exact"),  # 21.8 / 17.4 - 1 = 25.29% -> 25.3
            ("hierarchy", "exact"),  # 2023: 7.4 + 2.6 + 4.1 + 3.3 = 17.4
            ("hierarchy", "exact"),  # 2024: 9.1 + 3.5 + 5.0 + 4.2 = 21.8
        ],
    ),
    # 38. Space-aligned table (EUR million, Spain, 2024) of AI spending by salons, nail bars and spas by use with a
    #     share column and a Total row (its 100.0% is no claim); two shares hold only by rounding. Expected nowhere:
    #     the 412 businesses surveyed, the 52,000 salons and the €24 cut price in the note.
    dict(
        text=(
            "Spain: AI spending by hair salons, nail bars and spas by use, 2024 (EUR million)\n"
            "Use                                      \u20acm      Share\n"
            "AI booking and no-show prediction        21.4     40.3%\n"
            "AI chat assistants for reservations      11.8     22.2%\n"
            "AI hair-colour and style try-on          8.7      16.5%\n"
            "AI skin and scalp analysis               6.3      11.9%\n"
            "AI stock and product recommendation      4.9       9.3%\n"
            "Total                                    53.1    100.0%\n"
            "Note: Asociaci\u00f3n Ib\u00e9rica de Sal\u00f3n y Est\u00e9tica survey of 412 businesses, grossed up; the "
            "country's roughly 52,000 hairdressing salons and the \u20ac24 average women's cut are given for context "
            "only."
        ),
        obs=[
            ("AI booking and no-show prediction", 2024, 21.4, "EUR million", "actual"),
            ("AI chat assistants for reservations", 2024, 11.8, "EUR million", "actual"),
            ("AI hair-colour and style try-on", 2024, 8.7, "EUR million", "actual"),
            ("AI skin and scalp analysis", 2024, 6.3, "EUR million", "actual"),
            ("AI stock and product recommendation", 2024, 4.9, "EUR million", "actual"),
            ("Total", 2024, 53.1, "EUR million", "actual"),
        ],
        claims=[
            ("share", 40.3, "percent", 2024, 2024, None),
            ("share", 22.2, "percent", 2024, 2024, None),
            ("share", 16.5, "percent", 2024, 2024, None),
            ("share", 11.9, "percent", 2024, 2024, None),
            ("share", 9.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 21.4 / 53.1 = 40.30% -> 40.3
            ("arithmetic", "exact"),  # 11.8 / 53.1 = 22.22% -> 22.2
            # 8.7 / 53.1 = 16.38% -> 16.4, not 16.5; bounds 8.65 / 53.15 = 16.27%, 8.75 / 53.05 = 16.49%
            # -> 16.5 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 6.3 / 53.1 = 11.86% -> 11.9
            # 4.9 / 53.1 = 9.23% -> 9.2, not 9.3; bounds 4.85 / 53.15 = 9.13%, 4.95 / 53.05 = 9.33%
            # -> 9.3 reached only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 21.4 + 11.8 + 8.7 + 6.3 + 4.9 = 53.1
        ],
    ),
    # 39. Vertical table whose rows are years (Canada, in US dollars): a lone value column headed by its unit only
    #     (US$ million) is the market's Total; a YoY column; 2025E is an estimate. Expected nowhere: the C$9 billion
    #     of services revenue (Canadian dollars not in the unit table) and the 36,000 salons and spas in the note.
    dict(
        text=(
            "Canada: AI booking, chat and scheduling tools in salons and spas, by year\n"
            "Year | US$ million | YoY\n"
            "2021 | 48 | -\n"
            "2022 | 62 | 29.2%\n"
            "2023 | 81 | 30.6%\n"
            "2024 | 104 | 28.4%\n"
            "2025E | 131 | 26.0%\n"
            "Note: E = estimate. Source: Maple Salon Insights, converted from Canadian dollars at each year's average "
            "rate. Excludes the roughly C$9 billion of Canadian personal-care services revenue; the country has some "
            "36,000 salons and spas."
        ),
        obs=[
            ("Total", 2021, 48, "USD million", "actual"),
            ("Total", 2022, 62, "USD million", "actual"),
            ("Total", 2023, 81, "USD million", "actual"),
            ("Total", 2024, 104, "USD million", "actual"),
            ("Total", 2025, 131, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 29.2, "percent", 2021, 2022, 1.0),
            ("growth", 30.6, "percent", 2022, 2023, 1.0),
            ("growth", 28.4, "percent", 2023, 2024, 1.0),
            ("growth", 26.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 62 / 48 - 1 = 29.17% -> 29.2
            ("cagr|implied", "exact"),  # 81 / 62 - 1 = 30.65% -> 30.6
            ("cagr|implied", "exact"),  # 104 / 81 - 1 = 28.40% -> 28.4
            ("cagr|implied", "exact"),  # 131 / 104 - 1 = 25.96% -> 26.0
        ],
    ),
    # 40. Traditional Chinese table (新台幣億元) of AI in Taiwan's hair salons with a 合計 row; 2025年(預估) is an
    #     estimate; the 2025 合計 holds only by rounding. Expected nowhere: the table number, the title's year span,
    #     the 2.4萬家 salons and the 8萬人 workers in the note.
    dict(
        text=(
            "表4 2023—2025年台灣美髮沙龍AI應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "AI預約與爽約預測 | 3.6 | 4.5 | 5.6\n"
            "AI髮色與髮型試戴鏡 | 1.2 | 1.7 | 2.3\n"
            "AI頭皮與肌膚檢測 | 2.3 | 2.9 | 3.7\n"
            "AI排班與庫存推薦 | 1.4 | 1.8 | 2.4\n"
            "合計 | 8.5 | 10.9 | 14.1\n"
            "資料來源:台灣美髮美容科技協會;2025年為預估值,各項因四捨五入,加總可能與合計略有出入。全台美髮院約2.4萬家、"
            "美髮從業人員約8萬人,僅供參考。"
        ),
        obs=[
            ("AI預約與爽約預測", 2023, 3.6, "TWD 100 million", "actual"),
            ("AI預約與爽約預測", 2024, 4.5, "TWD 100 million", "actual"),
            ("AI預約與爽約預測", 2025, 5.6, "TWD 100 million", "estimate"),
            ("AI髮色與髮型試戴鏡", 2023, 1.2, "TWD 100 million", "actual"),
            ("AI髮色與髮型試戴鏡", 2024, 1.7, "TWD 100 million", "actual"),
            ("AI髮色與髮型試戴鏡", 2025, 2.3, "TWD 100 million", "estimate"),
            ("AI頭皮與肌膚檢測", 2023, 2.3, "TWD 100 million", "actual"),
            ("AI頭皮與肌膚檢測", 2024, 2.9, "TWD 100 million", "actual"),
            ("AI頭皮與肌膚檢測", 2025, 3.7, "TWD 100 million", "estimate"),
            ("AI排班與庫存推薦", 2023, 1.4, "TWD 100 million", "actual"),
            ("AI排班與庫存推薦", 2024, 1.8, "TWD 100 million", "actual"),
            ("AI排班與庫存推薦", 2025, 2.4, "TWD 100 million", "estimate"),
            ("合計", 2023, 8.5, "TWD 100 million", "actual"),
            ("合計", 2024, 10.9, "TWD 100 million", "actual"),
            ("合計", 2025, 14.1, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 3.6 + 1.2 + 2.3 + 1.4 = 8.5
            ("hierarchy", "exact"),  # 2024: 4.5 + 1.7 + 2.9 + 1.8 = 10.9
            # 2025(預估): 5.6 + 2.3 + 3.7 + 2.4 = 14.0 vs 14.1; rows' bounds 13.8-14.2, total's 14.05-14.15
            # -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-forty-fourth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 16, 'exact': 75}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    '€57 million or about 42%',
    'A second house, Navigli Consumer Research, puts 2024 spending',
    'total addressable market',
    'An earlier version of this article',
    'had more than doubled',
    '较2024年增长1.7倍',
    '新台幣9.6億元',
    '約2.7億港元',
    '中央社記者林佩君台北2025年4月9日電',
    '| Country | 2024 | 2030F | CAGR 2024-30 |',
    '2023 | 21.2 | 17.1%',
    'Clipline Software Q3 2025 earnings call, November 5, 2025',
    'Working Paper 2025/07. Abstract:',
    '3/ Their forecast: €0.11bn by 2029',
    'Correction: An earlier version of this article',
    'three times the €120 million it was worth in 2021',
    '- 2025E TAM: US$640M (+21% YoY), of which Thailand roughly THB 3.1bn',
    'Kessler & Brandt Research is much more bullish and puts 2030 at €175 million',
    'KRW 186 billion in 2024',
    '新华社北京2025年3月12日电',
    '標題 [情報] 研調:全球AI美甲機與試妝鏡市場2029年上看70億美元',
    '预计2027年市场规模将达到26—31亿元',
    '| Segment | 2024 | 2029F | CAGR 2024-29 |',
    '合計 | 8.5 | 10.9 | 14.1',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 206
#: figures, 70 rates, 99 verdicts and 0 false inconsistent
#: after the readings chosen on it and the two-hundred-and-forty-sixth set: 206, 70, 99 and 0
FLOORS = {"figures_found": 208, "rates_found": 70, "verdicts_right": 99}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset244.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
