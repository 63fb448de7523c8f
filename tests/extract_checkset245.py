"""A two-hundred-and-forty-fifth check set for the extractor, written blind: AI in hair, nail and beauty salons and spas:
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
(a Chicago wire release on booking and no-show prediction, a Tokyo broker note in fiscal years and yen, a London
briefing on UK salons with three segments and shares, a Paris article quoting two research houses, a Scottsdale salon
chain's investor-day TAM, an Irish national strategy with last-year/this-year figures and a target, a correction notice
on a German story with a range, a salon-tech blog with 'more than doubled'), seven Chinese prose texts (a mainland
beauty-industry report, a Zhejiang plan with 力争到 and 增长1.5倍, a Xinhua story on spa booking bots quoting two institutes,
a Taiwan white paper in 新台幣億元, a Hong Kong skin-analysis story in 億港元, a CNA story with 去年/今年, a broker deep-dive on AI
skin testing with a range) and five tables (markdown by European country with a CAGR column, tab-separated Chinese with
a 合计 row, space-aligned Thai spa uses with shares, a vertical Italian table with YoY, a tab-separated Australian segment
table). Left out: total salon, spa and beauty-services revenue, counts of salons, stylists, chairs and appointments,
haircut, massage and facial prices, chains' own revenue, margins, orders and share goals, funding rounds and valuations,
quarter figures, survey answers, won, baht, Swiss-franc and Australian-dollar amounts, a second house's figure, a
misstated range. Inconsistent: the Paris 23% CAGR, the Xinhua 24.6% YoY, Spain's 22.8% CAGR, Italy's 2024 YoY. Only by
rounding: the Tokyo CAGR, the UK try-on mirrors' share, the Irish 30%, the Zhejiang 29.5%, the Taiwan 19.8% CAGR, the
CNA 23%, the 2025年E 合计 and the Thai product-recommendation share.

Snippets 21-40: Twenty snippets on AI in hair, nail and beauty salons and spas (booking and no-show prediction, colour
and style try-on mirrors, skin and scalp analysis, stock and product recommendation, spa-reservation chat assistants,
stylist and therapist scheduling): eight English prose pieces (a salon-software firm's earnings call sizing a US-and-
Canada TAM with this year and last year, a British discussion-paper abstract with a 2030 figure in billions, a French
thread, a Dublin article with a correction line, a Milan shareholder letter with a multiple and an inferred-span CAGR,
Tokyo investor-day slides in yen with a won aside, a forum answer quoting two German houses, a Seoul broker note in won
with claims but no observations), seven Chinese prose pieces (a Xinhua-style release, a Chengdu plan with a part in 万元,
a Taipei release in 新台幣億元, a Hong Kong report in 億港元, a PTT post in 億美元, a broker abstract with a 2027 range, a spa
chain's results-briefing transcript) and five tables (markdown US dollars with a CAGR column, tab-separated pounds with
a YoY column, space-aligned Italian euros with a share column, a vertical Thai table of years with a lone US$ million
column and a YoY column, a 新台幣億元 table with a 合計 row). Left out: salon, spa and beauty-services revenue, counts of
salons, spas, stylists, members and visits, cut, colour, facial and massage prices, firms' own revenue, margins and
targets, funding rounds, dividends, a quarter's figures, survey percentages, no-show and closure rates, shares in words,
won and baht, a second house's figure, a corrected misprint. Inconsistent: the thread's 27% CAGR, the Hong Kong 24%
CAGR, the markdown spa-chat CAGR, the UK product-recommendation YoY. Rounding only: the Dublin 25% share, the forum's
16%, the Chengdu 25%, the PTT 21%, the briefing's 23%, the markdown stock CAGR, the UK skin-analysis YoY, two Italian
shares and the Taiwan table's 2025 合計.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Chicago wire press release (PRNewswire): YoY growth with both amounts and a CAGR with its printed span; the
    #    2030 figure printed in billions is expected converted to the series' unit (USD million). Expected nowhere: the
    #    report's title year, the 1,240 salon owners polled, the $61 billion of salon and spa service revenue (total),
    #    the 930,000 chairs, the 69% survey answer.
    dict(
        text=(
            "CHICAGO, March 4, 2025 /PRNewswire/ -- U.S. hair salons, nail bars and day spas spent $312 million on AI "
            "booking, no-show prediction and stylist scheduling in 2024, up 26% from $248 million in 2023, according "
            "to the 2025 Salon Technology Spend Report released today by Lakeshore Beauty Analytics. The firm, which "
            "polled 1,240 salon owners, projects spending of $1.3 billion by 2030, a compound annual growth rate of "
            "27% from 2024 to 2030. U.S. salons and spas took in about $61 billion in service revenue last year across "
            "roughly 930,000 chairs. Some 69% of owners said no-shows cost them at least one appointment a day."
        ),
        obs=[
            ("Total", 2023, 248, "USD million", "actual"),
            ("Total", 2024, 312, "USD million", "actual"),
            ("Total", 2030, 1300, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("cagr", 27, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (312 / 248) ** (1 / 1) - 1 = 25.81% -> 26
            ("cagr|implied", "exact"),  # (1300 / 312) ** (1 / 6) - 1 = 26.85% -> 27
        ],
    ),
    # 2. Tokyo broker sector note in fiscal years and yen (JPY billion): the CAGR's span only from its amounts' years
    #    (FY2024 -> FY2029e), "about 23%" where the amounts give 22.46%. Expected nowhere: the dateline, the 270,000
    #    beauty salons, the ¥4,500 cut, the Korean salons' ₩95 billion (won, not in the unit table), the covered
    #    chain's revenue, growth, operating margin, target price and upside.
    dict(
        text=(
            "Tokyo, 17 June 2025. Japan Consumer Services, sector note. We size Japan's market for AI salon booking, "
            "no-show prediction and stylist scheduling at ¥6.5 billion in FY2024 and forecast ¥17.9 billion by "
            "FY2029e, a CAGR of about 23%. The country has roughly 270,000 beauty salons, and a cut in a Tokyo salon "
            "still costs about ¥4,500. In Korea, salons spend an estimated ₩95 billion a year on similar tools. Our top "
            "pick, Kamome Beauty Holdings (Buy, TP ¥2,850, 21% upside), grew FY2024 revenue 9% to ¥38.4 billion at a "
            "7.6% operating margin."
        ),
        obs=[
            ("Total", 2024, 6.5, "JPY billion", "actual"),
            ("Total", 2029, 17.9, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (17.9 / 6.5) ** (1 / 5) - 1 = 22.46% -> 22, not 23; bounds (17.85 / 6.55) ** (1/5) - 1 = 22.20%,
            # (17.95 / 6.45) ** (1/5) - 1 = 22.72% -> 23 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. London research briefing: a UK total in GBP million and three segments with shares (the try-on mirrors'
    #    22% holds only by rounding); the 2029 forecast printed in billions is expected converted to GBP million.
    #    Expected nowhere: the 72 salon groups interviewed, the £9.2 billion hair and beauty turnover (total), the
    #    47,000 salons and barbershops.
    dict(
        text=(
            "LONDON, 19 May 2025 - Hair salons, barbers, nail bars and spas in the United Kingdom spent £164 million on "
            "AI tools in 2024, a briefing from the Kingsway Institute for Personal Services finds. AI booking and "
            "no-show prediction took the largest share, £58 million or about 35%, followed by AI hair-colour and "
            "style try-on mirrors at £37 million (22%). AI skin and scalp analysis at spas came to £23 million, some "
            "14% of the total. The institute, which interviewed 72 salon groups, expects spending to reach £0.45 "
            "billion by 2029. The UK hair and beauty industry turned over some £9.2 billion in 2024 across roughly "
            "47,000 salons and barbershops."
        ),
        obs=[
            ("Total", 2024, 164, "GBP million", "actual"),
            ("AI booking and no-show prediction", 2024, 58, "GBP million", "actual"),
            ("AI hair-colour and style try-on mirrors", 2024, 37, "GBP million", "actual"),
            ("AI skin and scalp analysis at spas", 2024, 23, "GBP million", "actual"),
            ("Total", 2029, 450, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 35, "percent", 2024, 2024, None),
            ("share", 22, "percent", 2024, 2024, None),
            ("share", 14, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 58 / 164 = 35.37% -> 35
            # 37 / 164 = 22.56% -> 23, not 22; bounds 36.5 / 164.5 = 22.19%, 37.5 / 163.5 = 22.94% -> 22 by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 23 / 164 = 14.02% -> 14
        ],
    ),
    # 4. Paris article quoting two research houses on French salon AI: the first house's base, target and rates are
    #    the snippet's; its "up 23%" holds, its 23% CAGR is inconsistent. Expected nowhere: Atelier Beauté Data's €68
    #    million for 2024, the €6.8 billion hairdressing revenue (total), the 85,000 salons, the €38 cut, the 57% poll
    #    answer.
    dict(
        text=(
            "PARIS, 8 July 2025 - French hair salons, nail bars and spas spent €53 million on AI booking, colour "
            "try-on and skin analysis in 2024, up 23% on the €43 million of 2023, estimates the Paris research house "
            "Maison Coiffure Analytics. It expects €160 million in 2030, which it describes as compound annual growth "
            "of 23% between 2024 and 2030. A second house, Atelier Beauté Data in Lyon, puts 2024 spending at €68 "
            "million because it also counts salon payment terminals. French hairdressers took in some €6.8 billion "
            "last year across about 85,000 salons, and a women's cut averages €38. In a poll, 57% of French clients "
            "said they would try a virtual colour preview before dyeing their hair."
        ),
        obs=[
            ("Total", 2023, 43, "EUR million", "actual"),
            ("Total", 2024, 53, "EUR million", "actual"),
            ("Total", 2030, 160, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 23, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (53 / 43) ** (1 / 1) - 1 = 23.26% -> 23
            # (160 / 53) ** (1 / 6) - 1 = 20.22% -> 20, not 23; bounds (159.5 / 53.5) ** (1/6) - 1 = 19.97%,
            # (160.5 / 52.5) ** (1/6) - 1 = 20.47% -> 23 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. Investor-day transcript (Scottsdale salon chain): the total addressable market it sizes is the market
    #    (Total), in USD billion, with "roughly a 16% CAGR" over a printed span. Expected nowhere: the chain's own
    #    revenue and operating margin, its 2,900 salons and 21,000 stylists, the $32 average haircut, its 12% share
    #    goal, the third quarter's 14 million appointments.
    dict(
        text=(
            "Marlowe Salon Group Investor Day, Scottsdale, November 4, 2025 - transcript excerpt. Priya Okonkwo, chief "
            "digital officer: \"We see a total addressable market for AI in salons and spas, meaning booking and "
            "no-show prediction, stylist scheduling, colour try-on and product recommendation, of $3.9 billion in "
            "2024, and we expect it to reach $9.6 billion by 2030. That's roughly a 16% CAGR from 2024 to 2030. Our "
            "own revenue was $1.7 billion last year at an 8% operating margin, we run about 2,900 salons with 21,000 "
            "stylists, our average haircut is $32, and we aim for a 12% share of that market by 2030. In the third "
            "quarter alone, our booking app handled 14 million appointments.\""
        ),
        obs=[
            ("Total", 2024, 3.9, "USD billion", "actual"),
            ("Total", 2030, 9.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.6 / 3.9) ** (1 / 6) - 1 = 16.20% -> 16
        ],
    ),
    # 6. Dublin national strategy: "last year" is 2024 (actual), "this year" 2025 (an estimate), a 2030 target (an
    #    estimate); the 30% rise holds only by rounding. Expected nowhere: the €5 million voucher scheme, the 4,800
    #    salons, the 14,000 stylists and therapists, the 52% survey answer.
    dict(
        text=(
            "DUBLIN, 12 February 2025 - The National Personal Services Digital Strategy published today by the "
            "Department of Enterprise, Trade and Employment estimates that Irish hair salons, beauty salons and spas "
            "spent €9.6 million on AI booking, stylist and therapist scheduling and chat assistants for spa "
            "reservations last year, and expects €12.4 million this year, a rise of 30%. It sets a target of €40 "
            "million by 2030. The strategy sets aside €5 million for a digital voucher scheme open to 4,800 salons and "
            "notes that the sector employs some 14,000 stylists and therapists. In a survey it cites, 52% of salon "
            "owners said they still take most bookings by phone."
        ),
        obs=[
            ("Total", 2024, 9.6, "EUR million", "actual"),
            ("Total", 2025, 12.4, "EUR million", "estimate"),
            ("Total", 2030, 40, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (12.4 / 9.6) ** (1 / 1) - 1 = 29.17% -> 29, not 30; bounds 12.35 / 9.65 - 1 = 27.98%,
            # 12.45 / 9.55 - 1 = 30.37% -> 30 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 7. Correction notice on a German salon story: the 2029 range gives two value claims (no observation); the 2024
    #    figure is the year's observation. Expected nowhere: the misstated €1.3-1.6 billion, the CHF 11 million (Swiss
    #    francs, not in the unit table), the €7.1 billion hairdressing revenue (total), the 80,000 businesses, the €52
    #    cut and blow-dry; the range is expected once though printed twice.
    dict(
        text=(
            "Correction, 9 September 2025: An earlier version of this article misstated the 2029 forecast. Spree "
            "Beauty Analytics expects the German market to reach €130 million to €160 million in 2029, not €1.3 "
            "billion to €1.6 billion.\n"
            "German hair salons, barbershops and day spas spent €47 million in 2024 on AI booking, no-show prediction "
            "and colour try-on mirrors, according to Spree Beauty Analytics, a Berlin consultancy. It expects the "
            "market to reach €130 million to €160 million in 2029 as chains digitise their front desks. Swiss salons "
            "spent a further CHF 11 million or so. German hairdressers took in about €7.1 billion last year across "
            "some 80,000 businesses, and a women's cut and blow-dry averages €52."
        ),
        obs=[
            ("Total", 2024, 47, "EUR million", "actual"),
        ],
        claims=[
            ("value", 130, "EUR million", 2029, 2029, None),
            ("value", 160, "EUR million", 2029, 2029, None),
        ],
        verdicts=[],
    ),
    # 8. Salon-tech blog post: "more than doubled" between 2022 and 2024 is a multiple x2 over 2 years (no verdict).
    #    Expected nowhere: the $61 billion of salon and spa service revenue (total), the start-up's funding round and
    #    valuation, the fourth quarter's $3.1 million, the 6,500 mirrors, the $150 colour service.
    dict(
        text=(
            "Chair Side, a salon-tech blog, March 3, 2025 - Mirror, mirror. U.S. salons spent $44 million on AI "
            "hair-colour and style try-on mirrors in 2022; by 2024 the figure had more than doubled, to $103 million, "
            "according to Magnolia Beauty Research. That is a sliver of the roughly $61 billion the country's salons "
            "and spas bring in from services. The Austin start-up Glasshue raised $35 million in a Series B in January "
            "at a $280 million valuation; in the fourth quarter of 2024 it booked $3.1 million and had some 6,500 "
            "mirrors installed, in salons where a full colour service runs about $150."
        ),
        obs=[
            ("Total", 2022, 44, "USD million", "actual"),
            ("Total", 2024, 103, "USD million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2022, 2024, 2.0),
        ],
        verdicts=[],
    ),
    # 9. Mainland beauty-industry report (Simplified): 同比增长 with both amounts, a part (AI皮肤与头皮检测) with its
    #    share, a CAGR with its printed span. Expected nowhere: the report's title year, the 约160万家 salons, the
    #    约1.2万亿元 beauty-services revenue (total), the 62% survey answer.
    dict(
        text=(
            "《2025中国美业数字化发展报告》日前在广州发布。报告显示，2024年我国美发、美甲、美容及养生SPA门店人工智能应用"
            "（智能预约与爽约预测、AI发色试戴、皮肤与头皮检测等）市场规模达到41.6亿元，同比增长24.2%，2023年为33.5亿元。"
            "其中，AI皮肤与头皮检测市场规模为12.3亿元，占比29.6%。报告预计，到2030年该市场规模将达到128亿元，2024—2030年"
            "复合增长率为20.6%。报告同时指出，全国美容美发门店约160万家，生活美容服务业年收入约1.2万亿元；受访门店中有62%"
            "表示顾客爽约是排班的最大难题。"
        ),
        obs=[
            ("Total", 2023, 33.5, "CNY 100 million", "actual"),
            ("Total", 2024, 41.6, "CNY 100 million", "actual"),
            ("AI皮肤与头皮检测", 2024, 12.3, "CNY 100 million", "actual"),
            ("Total", 2030, 128, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.2, "percent", 2023, 2024, 1.0),
            ("share", 29.6, "percent", 2024, 2024, None),
            ("cagr", 20.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (41.6 / 33.5) ** (1 / 1) - 1 = 24.18% -> 24.2
            ("arithmetic", "exact"),  # 12.3 / 41.6 = 29.57% -> 29.6
            ("cagr|implied", "exact"),  # (128 / 41.6) ** (1 / 6) - 1 = 20.60% -> 20.6
        ],
    ),
    # 10. Zhejiang provincial action plan (Simplified) on salon digitisation: 2023 and 2024 actuals with a 同比增长29.5%
    #     that holds only by rounding, a 力争到2027年 target (突破, expected at its printed figure, an estimate) and
    #     较2024年增长1.5倍 kept as a multiple x1.5 over 3 years (no verdict). Expected nowhere: the plan's title years,
    #     the 约9.6万家 salons, the 约42万人 workers, the 8,000万元 fund and its 30 demonstration streets.
    dict(
        text=(
            "浙江省商务厅会同省市场监管局日前印发《浙江省美业数字化提升行动方案（2025—2027年）》。方案显示，2024年全省"
            "美发美容门店智能预约、AI排班与智能导购市场规模达5.8亿元，同比增长29.5%，2023年为4.5亿元。方案提出，力争到"
            "2027年全省相关市场规模突破14.5亿元，较2024年增长1.5倍。方案还明确，全省现有美业门店约9.6万家，从业人员约42"
            "万人，省级财政安排专项资金8,000万元，支持建设30个美业数字化示范街区。"
        ),
        obs=[
            ("Total", 2023, 4.5, "CNY 100 million", "actual"),
            ("Total", 2024, 5.8, "CNY 100 million", "actual"),
            ("Total", 2027, 14.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.5, "percent", 2023, 2024, 1.0),
            ("multiple", 1.5, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            # (5.8 / 4.5) ** (1 / 1) - 1 = 28.89% -> 28.9, not 29.5; bounds 5.75 / 4.55 - 1 = 26.37%,
            # 5.85 / 4.45 - 1 = 31.46% -> 29.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Xinhua-style story (Simplified) quoting two institutes on AI booking chat assistants for beauty salons and
    #     spas: the first institute's base, YoY and target are the snippet's; its 24.6% YoY is inconsistent, its 约21%
    #     CAGR holds. Expected nowhere: the second centre's 12亿元 for 2024, the dateline, the conference's title year,
    #     the 约1,100万次 daily bookings.
    dict(
        text=(
            "新华社上海2025年6月12日电（记者周文澜）记者从2025中国美业科技大会上获悉，据沪美智研研究院测算，2024年我国"
            "美容院、养生SPA及美发门店AI预约客服（聊天机器人、智能应答、排班助手等）市场规模达9.8亿元，比上年的8.1亿元"
            "增长24.6%。该院预计，到2027年市场规模将达到17.5亿元，2024年至2027年年均复合增长率约21%。另一家机构华美消费"
            "研究中心则估算，2024年这一市场规模为12亿元。据统计，全国美容美发门店每天产生线上预约约1,100万次。"
        ),
        obs=[
            ("Total", 2023, 8.1, "CNY 100 million", "actual"),
            ("Total", 2024, 9.8, "CNY 100 million", "actual"),
            ("Total", 2027, 17.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("cagr", 21, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (9.8 / 8.1) ** (1 / 1) - 1 = 20.99% -> 21.0, not 24.6; bounds 9.75 / 8.15 - 1 = 19.63%,
            # 9.85 / 8.05 - 1 = 22.36% -> 24.6 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (17.5 / 9.8) ** (1 / 3) - 1 = 21.32% -> 21
        ],
    ),
    # 12. Taiwan salon white paper (Traditional) in 新台幣億元 (TWD 100 million): a CAGR with its printed span that
    #     holds only by rounding; 預估 marks the 2029 estimate. Expected nowhere: the white paper's title year, the
    #     約2.7萬家 salons, the 約9萬人 stylists and beauticians, the 新台幣450元 haircut, the 約新台幣850億元 of salon
    #     revenue (total).
    dict(
        text=(
            "《2025臺灣美業智慧化白皮書》指出，2024年國內美髮沙龍與美容SPA的AI預約、設計師排班與AI髮色模擬市場規模為"
            "新台幣7.4億元，預估2029年將成長至新台幣18.2億元，2024至2029年年複合成長率達19.8%。白皮書並指出，全台美髮"
            "美容店家約2.7萬家，設計師及美容師約9萬人，剪髮均價約新台幣450元，美髮美容業年營收約新台幣850億元。"
        ),
        obs=[
            ("Total", 2024, 7.4, "TWD 100 million", "actual"),
            ("Total", 2029, 18.2, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (18.2 / 7.4) ** (1 / 5) - 1 = 19.72% -> 19.7, not 19.8; bounds (18.15 / 7.45) ** (1/5) - 1 = 19.49%,
            # (18.25 / 7.35) ** (1/5) - 1 = 19.95% -> 19.8 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong story (Traditional) in 億港元 (HKD 100 million) on AI skin analysis, booking and colour simulation
    #     at beauty parlours, hair salons and spas: 約2.4億港元 expected at its printed figure; the YoY and the 約19.5%
    #     CAGR hold. Expected nowhere: the 約8,600間 shops, the 880港元 facial, the 約三成 owners (a share in words
    #     and a survey), the start-up's 1,800萬港元 funding round.
    dict(
        text=(
            "香港美容美髮業總商會昨日公布研究報告指出，2024年本港美容院、美髮沙龍及水療中心AI皮膚分析、智能預約與髮色"
            "模擬應用的市場規模約2.4億港元，較2023年的1.9億港元增長26.3%。報告預計，2028年市場規模將升至4.9億港元，2024"
            "至2028年年均複合增長率約19.5%。報告又指，本港現有美容院及美髮店約8,600間，一次基本面部護理收費約880港元，"
            "約三成受訪店主表示已使用AI聊天助手處理預約。本地初創妍智科技上月完成1,800萬港元A輪融資。"
        ),
        obs=[
            ("Total", 2023, 1.9, "HKD 100 million", "actual"),
            ("Total", 2024, 2.4, "HKD 100 million", "actual"),
            ("Total", 2028, 4.9, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26.3, "percent", 2023, 2024, 1.0),
            ("cagr", 19.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.4 / 1.9) ** (1 / 1) - 1 = 26.32% -> 26.3
            ("cagr|implied", "exact"),  # (4.9 / 2.4) ** (1 / 4) - 1 = 19.54% -> 19.5
        ],
    ),
    # 14. Taipei news-agency story (Traditional, CNA dateline 2025) on AI booking, no-show prediction and AI customer
    #     service for salons: 去年 is 2024 (actual, 約 at its printed figure), 今年 2025 (an estimate, 可望); the 23%
    #     rise holds only by rounding. Expected nowhere: the first quarter's 0.8億元, the chain's own revenue and
    #     operating margin, the 約6萬人 stylists.
    dict(
        text=(
            "（中央社記者林佳慧台北2025年4月8日電）市調機構美研產業觀察今天表示，去年台灣美髮美容業AI預約與爽約預測、AI"
            "客服的市場規模約新台幣3.4億元，今年在連鎖沙龍加速導入下，可望成長23%至4.2億元。不過今年第一季市場規模約"
            "新台幣0.8億元，略低於預期。連鎖美髮業者曜髮集團去年營收新台幣27億元，營業利益率約9%；全台美髮設計師約6萬人。"
        ),
        obs=[
            ("Total", 2024, 3.4, "TWD 100 million", "actual"),
            ("Total", 2025, 4.2, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (4.2 / 3.4) ** (1 / 1) - 1 = 23.53% -> 24, not 23; bounds 4.15 / 3.45 - 1 = 20.29%,
            # 4.25 / 3.35 - 1 = 26.87% -> 23 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Broker deep-dive (Simplified) on AI skin testing and skincare recommendation in beauty parlours and spas:
    #     2023/2024 actuals with an exact 22.5% YoY; the 2028 range 30亿—36亿元 gives two value claims (no
    #     observation). Expected nowhere: the report's date, the leading firm's revenue, gross margin, rating and
    #     target price, its third-quarter orders, the 约45万家 beauty parlours, the 约3.8万元 device price.
    dict(
        text=(
            "南山证券研究所2025年10月深度报告《AI测肤：美容院的新入口》。我们测算，2024年国内美容院与养生SPA的AI皮肤"
            "检测与智能护肤品推荐市场规模为14.7亿元，同比增长22.5%，2023年为12.0亿元。随着连锁美容院加快数字化，我们"
            "预计2028年市场规模将达到30亿—36亿元。行业龙头肤镜科技2024年营收4.2亿元，毛利率58%，首次覆盖给予“买入”"
            "评级，目标价36元；公司三季度新签订单同比增长31%。目前全国美容院约45万家，单台AI测肤仪售价约3.8万元。"
        ),
        obs=[
            ("Total", 2023, 12.0, "CNY 100 million", "actual"),
            ("Total", 2024, 14.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 22.5, "percent", 2023, 2024, 1.0),
            ("value", 30, "CNY 100 million", 2028, 2028, None),
            ("value", 36, "CNY 100 million", 2028, 2028, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.7 / 12.0) ** (1 / 1) - 1 = 22.50% -> 22.5
        ],
    ),
    # 16. Markdown table (AI booking and stylist scheduling by European country, EUR million) with a CAGR 2024-30
    #     column and a Total row: each row's CAGR is stated (span in the header); Spain's 22.8% is inconsistent;
    #     rows add to the Total in both years; 2030F is an estimate. Expected nowhere: the table number, the
    #     outlook's title year, the 310,000 salons.
    dict(
        text=(
            "Table 2. AI booking and stylist scheduling in salons and spas by country (EUR million)\n"
            "| Country | 2024 | 2030F | CAGR 2024-30 |\n"
            "|---|---|---|---|\n"
            "| France | 18.6 | 52.4 | 18.8% |\n"
            "| Italy | 12.9 | 38.7 | 20.1% |\n"
            "| Spain | 9.7 | 30.1 | 22.8% |\n"
            "| Germany | 22.8 | 61.5 | 18.0% |\n"
            "| Total | 64.0 | 182.7 | 19.1% |\n"
            "Source: Rive Gauche Beauty Research, European Salon Tech Outlook 2025; covers some 310,000 salons. "
            "F = forecast."
        ),
        obs=[
            ("France", 2024, 18.6, "EUR million", "actual"),
            ("France", 2030, 52.4, "EUR million", "estimate"),
            ("Italy", 2024, 12.9, "EUR million", "actual"),
            ("Italy", 2030, 38.7, "EUR million", "estimate"),
            ("Spain", 2024, 9.7, "EUR million", "actual"),
            ("Spain", 2030, 30.1, "EUR million", "estimate"),
            ("Germany", 2024, 22.8, "EUR million", "actual"),
            ("Germany", 2030, 61.5, "EUR million", "estimate"),
            ("Total", 2024, 64.0, "EUR million", "actual"),
            ("Total", 2030, 182.7, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 18.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (52.4 / 18.6) ** (1 / 6) - 1 = 18.84% -> 18.8
            ("cagr|implied", "exact"),  # (38.7 / 12.9) ** (1 / 6) - 1 = 20.09% -> 20.1
            # (30.1 / 9.7) ** (1 / 6) - 1 = 20.77% -> 20.8, not 22.8; bounds (30.05 / 9.75) ** (1/6) - 1 = 20.63%,
            # (30.15 / 9.65) ** (1/6) - 1 = 20.91% -> 22.8 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (61.5 / 22.8) ** (1 / 6) - 1 = 17.98% -> 18.0
            ("cagr|implied", "exact"),  # (182.7 / 64.0) ** (1 / 6) - 1 = 19.10% -> 19.1
            ("hierarchy", "exact"),  # 2024: 18.6 + 12.9 + 9.7 + 22.8 = 64.0
            ("hierarchy", "exact"),  # 2030F: 52.4 + 38.7 + 30.1 + 61.5 = 182.7
        ],
    ),
    # 17. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row (its label is the total's item); 2025年E is
    #     an estimate; the 2025年E 合计 holds only by rounding. Expected nowhere: the table number, the title's year span.
    dict(
        text=(
            "表4 2023—2025年中国美发美容连锁门店人工智能应用细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能预约与爽约预测\t9.8\t12.3\t15.2\n"
            "AI发色与发型试戴\t7.4\t9.5\t12.0\n"
            "AI皮肤与头皮检测\t6.1\t7.9\t10.1\n"
            "门店智能导购与库存推荐\t3.9\t5.2\t6.8\n"
            "合计\t27.2\t34.9\t44.2\n"
            "资料来源：美业数字化研究中心；2025年E为预测值。"
        ),
        obs=[
            ("智能预约与爽约预测", 2023, 9.8, "CNY 100 million", "actual"),
            ("智能预约与爽约预测", 2024, 12.3, "CNY 100 million", "actual"),
            ("智能预约与爽约预测", 2025, 15.2, "CNY 100 million", "estimate"),
            ("AI发色与发型试戴", 2023, 7.4, "CNY 100 million", "actual"),
            ("AI发色与发型试戴", 2024, 9.5, "CNY 100 million", "actual"),
            ("AI发色与发型试戴", 2025, 12.0, "CNY 100 million", "estimate"),
            ("AI皮肤与头皮检测", 2023, 6.1, "CNY 100 million", "actual"),
            ("AI皮肤与头皮检测", 2024, 7.9, "CNY 100 million", "actual"),
            ("AI皮肤与头皮检测", 2025, 10.1, "CNY 100 million", "estimate"),
            ("门店智能导购与库存推荐", 2023, 3.9, "CNY 100 million", "actual"),
            ("门店智能导购与库存推荐", 2024, 5.2, "CNY 100 million", "actual"),
            ("门店智能导购与库存推荐", 2025, 6.8, "CNY 100 million", "estimate"),
            ("合计", 2023, 27.2, "CNY 100 million", "actual"),
            ("合计", 2024, 34.9, "CNY 100 million", "actual"),
            ("合计", 2025, 44.2, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 9.8 + 7.4 + 6.1 + 3.9 = 27.2
            ("hierarchy", "exact"),  # 2024: 12.3 + 9.5 + 7.9 + 5.2 = 34.9
            # 2025E: 15.2 + 12.0 + 10.1 + 6.8 = 44.1, not 44.2; bounds 43.9..44.3 (each part +/-0.05)
            # reach 44.15..44.25 -> 44.2 only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 18. Space-aligned table (Thailand, USD million, 2024) with a share column and a Total row: four shares (the
    #     product-recommendation row's 12.8% holds only by rounding), rows add to the Total; the Total's 100.0% is no
    #     claim. Expected nowhere: the note number, the baht conversion rate, the 8,400 spas, the THB 400 massage.
    dict(
        text=(
            "Thailand: AI spending by day spas and wellness resorts by use, 2024\n"
            "Use                                          USD million     Share\n"
            "AI chat assistants for spa reservations              7.8     41.3%\n"
            "AI therapist scheduling                              5.1     27.0%\n"
            "AI skin analysis at spas                             3.6     19.0%\n"
            "AI product recommendation for spa retail             2.4     12.8%\n"
            "Total                                               18.9    100.0%\n"
            "Note 2: converted from baht at THB 35.3 per US dollar. Thailand has some 8,400 licensed spas, and an "
            "hour of traditional Thai massage costs about THB 400. Source: Chao Phraya Wellness Research."
        ),
        obs=[
            ("AI chat assistants for spa reservations", 2024, 7.8, "USD million", "actual"),
            ("AI therapist scheduling", 2024, 5.1, "USD million", "actual"),
            ("AI skin analysis at spas", 2024, 3.6, "USD million", "actual"),
            ("AI product recommendation for spa retail", 2024, 2.4, "USD million", "actual"),
            ("Total", 2024, 18.9, "USD million", "actual"),
        ],
        claims=[
            ("share", 41.3, "percent", 2024, 2024, None),
            ("share", 27.0, "percent", 2024, 2024, None),
            ("share", 19.0, "percent", 2024, 2024, None),
            ("share", 12.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 7.8 / 18.9 = 41.27% -> 41.3
            ("arithmetic", "exact"),  # 5.1 / 18.9 = 26.98% -> 27.0
            ("arithmetic", "exact"),  # 3.6 / 18.9 = 19.05% -> 19.0
            # 2.4 / 18.9 = 12.70% -> 12.7, not 12.8; bounds 2.35 / 18.95 = 12.40%, 2.45 / 18.85 = 13.00%
            # -> 12.8 reached only by some reading
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 7.8 + 5.1 + 3.6 + 2.4 = 18.9
        ],
    ),
    # 19. Vertical table (Italy) whose rows are years, a lone value column headed by its unit only (Total, EUR
    #     million) and a YoY column; 2025E an estimate; the 2024 YoY of 17.3% is inconsistent. Expected nowhere: the
    #     source's month and year, the 104,000 hair and beauty businesses, the 2020 dash.
    dict(
        text=(
            "Italy: spending by hair salons on AI booking, stylist scheduling and colour try-on\n"
            "Year | EUR million | YoY\n"
            "2020 | 6.1 | -\n"
            "2021 | 7.5 | 23.0%\n"
            "2022 | 9.3 | 24.0%\n"
            "2023 | 11.4 | 22.6%\n"
            "2024 | 13.6 | 17.3%\n"
            "2025E | 16.2 | 19.1%\n"
            "Source: Navigli Beauty Research, July 2025; Italy counts about 104,000 hair and beauty businesses. "
            "E = estimate."
        ),
        obs=[
            ("Total", 2020, 6.1, "EUR million", "actual"),
            ("Total", 2021, 7.5, "EUR million", "actual"),
            ("Total", 2022, 9.3, "EUR million", "actual"),
            ("Total", 2023, 11.4, "EUR million", "actual"),
            ("Total", 2024, 13.6, "EUR million", "actual"),
            ("Total", 2025, 16.2, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 23.0, "percent", 2020, 2021, 1.0),
            ("growth", 24.0, "percent", 2021, 2022, 1.0),
            ("growth", 22.6, "percent", 2022, 2023, 1.0),
            ("growth", 17.3, "percent", 2023, 2024, 1.0),
            ("growth", 19.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.5 / 6.1) ** (1 / 1) - 1 = 22.95% -> 23.0
            ("cagr|implied", "exact"),  # (9.3 / 7.5) ** (1 / 1) - 1 = 24.00% -> 24.0
            ("cagr|implied", "exact"),  # (11.4 / 9.3) ** (1 / 1) - 1 = 22.58% -> 22.6
            # (13.6 / 11.4) ** (1 / 1) - 1 = 19.30% -> 19.3, not 17.3; bounds 13.55 / 11.45 - 1 = 18.34%,
            # 13.65 / 11.35 - 1 = 20.26% -> 17.3 reached by no reading
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (16.2 / 13.6) ** (1 / 1) - 1 = 19.12% -> 19.1
        ],
    ),
    # 20. Tab-separated segment table (Australia, USD million) with a Total row: rows add to the Total in every year;
    #     2025F an estimate. Expected nowhere: the note on Australian-dollar conversion, the 29,000 hair and beauty
    #     businesses.
    dict(
        text=(
            "Australia: AI in hair, nail and beauty salons by segment (USD million)\n"
            "Segment\t2023\t2024\t2025F\n"
            "AI booking and no-show prediction\t31\t39\t48\n"
            "AI stylist and therapist scheduling\t18\t23\t29\n"
            "AI hair-colour try-on mirrors\t11\t14\t18\n"
            "AI stock and product recommendation\t7\t9\t12\n"
            "Total\t67\t85\t107\n"
            "Source: Banksia Salon Insights; converted from Australian dollars at A$1.53 per US dollar; Australia has "
            "roughly 29,000 hair and beauty businesses. F = forecast."
        ),
        obs=[
            ("AI booking and no-show prediction", 2023, 31, "USD million", "actual"),
            ("AI booking and no-show prediction", 2024, 39, "USD million", "actual"),
            ("AI booking and no-show prediction", 2025, 48, "USD million", "estimate"),
            ("AI stylist and therapist scheduling", 2023, 18, "USD million", "actual"),
            ("AI stylist and therapist scheduling", 2024, 23, "USD million", "actual"),
            ("AI stylist and therapist scheduling", 2025, 29, "USD million", "estimate"),
            ("AI hair-colour try-on mirrors", 2023, 11, "USD million", "actual"),
            ("AI hair-colour try-on mirrors", 2024, 14, "USD million", "actual"),
            ("AI hair-colour try-on mirrors", 2025, 18, "USD million", "estimate"),
            ("AI stock and product recommendation", 2023, 7, "USD million", "actual"),
            ("AI stock and product recommendation", 2024, 9, "USD million", "actual"),
            ("AI stock and product recommendation", 2025, 12, "USD million", "estimate"),
            ("Total", 2023, 67, "USD million", "actual"),
            ("Total", 2024, 85, "USD million", "actual"),
            ("Total", 2025, 107, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 31 + 18 + 11 + 7 = 67
            ("hierarchy", "exact"),  # 2024: 39 + 23 + 14 + 9 = 85
            ("hierarchy", "exact"),  # 2025F: 48 + 29 + 18 + 12 = 107
        ],
    ),
    # 21. US salon-software firm's earnings-call answer sizing a US-and-Canada TAM for AI booking and no-show
    #     prediction (USD million, the first printed unit): the TAM the company sizes is the market (Total); "this
    #     year" is the call's year (2025, "roughly", printed figure, estimate), "last year" 2024 (actual); YoY with
    #     both amounts; 2030's $2.1 billion converted to USD million; CAGR with printed span. Expected nowhere: the
    #     call's date and quarter, the quarter's revenue and gross margin, the 38,400 salons, the 7.9% no-show rate
    #     (no share of the market), the $68 cut.
    dict(
        text=(
            "Chairside Technologies Q2 2025 earnings call, August 6, 2025 - Q&A\n"
            "Analyst (Priya Raman, Lakeview Capital Markets): How big is the no-show problem as a market, beyond "
            "your own book of salons?\n"
            "CEO Dana Whitcombe: We size the total addressable market for AI booking and no-show prediction in hair, "
            "nail and beauty salons across the US and Canada at roughly $920 million this year, up about 24% from "
            "$740 million last year. Deposits, reminder timing and overbooking rules are all moving to models. We "
            "think it reaches $2.1 billion by 2030, a compound annual growth rate of about 18% over 2025-2030. For "
            "the quarter we booked revenue of $61.3 million at a 72% gross margin, and we now serve 38,400 salons. "
            "The average no-show rate across our network fell to 7.9%, and the typical women's cut we see is priced "
            "at $68."
        ),
        obs=[
            ("Total", 2024, 740, "USD million", "actual"),
            ("Total", 2025, 920, "USD million", "estimate"),
            ("Total", 2030, 2100, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
            ("cagr", 18, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (920 / 740) ** (1 / 1) - 1 = 24.32% -> 24
            ("cagr|implied", "exact"),  # (2100 / 920) ** (1 / 5) - 1 = 17.95% -> 18
        ],
    ),
    # 22. British discussion-paper abstract on AI colour and style try-on mirrors in salons (GBP million): YoY with
    #     both amounts, 2030's £0.19 billion converted to the series' unit (GBP million), CAGR with printed span.
    #     Expected nowhere: the paper number, the 212 salons interviewed, "nearly half" (a share in words), the
    #     £9.8 billion of sector turnover, the 41,000 salon businesses, the £110 colour price.
    dict(
        text=(
            "Thames Valley Centre for Service Economics, Discussion Paper 2025/07. Abstract: We measure what British "
            "hair and beauty salons spend on AI colour and style try-on mirrors, from the smart-mirror hardware to "
            "the subscription software that renders a new shade on a client's live image. Drawing on distributor "
            "invoices and 212 salon interviews, we estimate the market at \u00a364 million in 2024, up 31% from "
            "\u00a349 million in 2023, with nearly half of it spent by chains of ten or more salons. The sector as a "
            "whole turned over about \u00a39.8 billion across some 41,000 salon businesses, and a full head of colour "
            "still costs around \u00a3110. Under our central case spending rises to \u00a30.19 billion by 2030, a "
            "compound annual growth rate of 19.9% over 2024-2030."
        ),
        obs=[
            ("Total", 2023, 49, "GBP million", "actual"),
            ("Total", 2024, 64, "GBP million", "actual"),
            ("Total", 2030, 190, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 19.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (64 / 49) ** (1 / 1) - 1 = 30.61% -> 31
            ("cagr|implied", "exact"),  # (190 / 64) ** (1 / 6) - 1 = 19.88% -> 19.9
        ],
    ),
    # 23. Social-media thread (numbered posts) on French salon chains' AI scheduling of stylists (EUR million): YoY
    #     with both amounts; 2029's €0.39bn converted to EUR million; a CAGR with printed span that no reading gives
    #     (inconsistent). Expected nowhere: the 85,000 salons, the €6.5bn trade turnover, the €58 cut and blow-dry,
    #     the 61% survey answer.
    dict(
        text=(
            "1/ A number nobody in French hairdressing talks about: salon chains' spend on AI scheduling of stylists "
            "and colourists reached \u20ac142M in 2024, per Atelier Data Coiffure.\n"
            "2/ That's up 18% from \u20ac120M in 2023. Part-time contracts and Saturday peaks make rotas a nightmare, "
            "so models are taking over.\n"
            "3/ Their forecast: \u20ac0.39bn by 2029, which they sell as a 27% CAGR over 2024-2029. Do the maths, it "
            "doesn't get there.\n"
            "4/ Scale check: France has ~85,000 hair salons and the trade turns over ~\u20ac6.5bn a year. AI "
            "scheduling is a sliver of that.\n"
            "5/ A women's cut and blow-dry in Paris now averages \u20ac58.\n"
            "6/ In their survey, 61% of salon managers said staff turnover hurts more than rent. /end"
        ),
        obs=[
            ("Total", 2023, 120, "EUR million", "actual"),
            ("Total", 2024, 142, "EUR million", "actual"),
            ("Total", 2029, 390, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 27, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (142 / 120) ** (1 / 1) - 1 = 18.33% -> 18
            # (390 / 142) ** (1 / 5) - 1 = 22.39%; bounds (385 / 142.5) ** (1/5) - 1 = 21.99%,
            # (395 / 141.5) ** (1/5) - 1 = 22.79% -> 27 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. Dublin web article with a correction line on AI chat assistants for spa reservations (EUR million): YoY
    #     with both amounts, two parts with shares, one holding only by rounding. Expected nowhere: the dateline, the
    #     410 spas, the €95 massage, the €620 million of spa and wellness revenue, the corrected misprint
    #     (€16.4 million).
    dict(
        text=(
            "Spa bookings go conversational in Ireland\n"
            "DUBLIN, 17 June 2025 - Irish spas spent \u20ac18.4 million on AI chat assistants that take reservations, "
            "answer treatment questions and rebook cancelled slots in 2024, up 26% from \u20ac14.6 million in 2023, "
            "according to estimates from the Shannonside Hospitality Analytics consultancy. Hotel and resort spas "
            "accounted for \u20ac7.9 million, about 43% of the total, and day spas for \u20ac4.5 million (25%). The "
            "country has some 410 spas, and a 60-minute massage now costs around \u20ac95 at a hotel spa. Spa and "
            "wellness treatments as a whole brought in about \u20ac620 million last year.\n"
            "Correction: An earlier version of this article gave the 2023 figure as \u20ac16.4 million. The correct "
            "figure is \u20ac14.6 million."
        ),
        obs=[
            ("Total", 2023, 14.6, "EUR million", "actual"),
            ("Total", 2024, 18.4, "EUR million", "actual"),
            ("Hotel and resort spas", 2024, 7.9, "EUR million", "actual"),
            ("Day spas", 2024, 4.5, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("share", 43, "percent", 2024, 2024, None),
            ("share", 25, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.4 / 14.6) ** (1 / 1) - 1 = 26.03% -> 26
            ("arithmetic", "exact"),  # 7.9 / 18.4 = 42.93% -> 43
            # 4.5 / 18.4 = 24.46% -> 24, not 25; bounds 4.45 / 18.45 = 24.12%, 4.55 / 18.35 = 24.80%
            # -> 25 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 25. Milan salon-products group's letter to shareholders on the European market for AI stock and product
    #     recommendation in salon chains (EUR million, the first printed unit): a multiple between 2020 and 2024
    #     (x3.2, period 4, no verdict); 2028 ("exceed", printed figure, estimate) in billions converted to EUR
    #     million, with a CAGR whose span only the amounts' years give (inferred). Expected nowhere: the group's
    #     revenue, its 9% growth and EBITDA margin, the dividend, the 2,300 colleagues, the 16,000 partner salons.
    dict(
        text=(
            "Letter to shareholders\n"
            "Dear shareholders, in 2024 AI became part of how Europe's salon chains decide what to stock and what to "
            "sell at the chair. We estimate the European market for AI stock and product recommendation in salon "
            "chains at \u20ac410 million in 2024, 3.2 times the \u20ac128 million it was worth in 2020, and we expect "
            "it to exceed \u20ac0.8 billion by 2028, growing about 18% a year. Our own revenue rose 9% to \u20ac1.27 "
            "billion, with an EBITDA margin of 14.6%, and the Board proposes a dividend of \u20ac0.52 per share. Our "
            "2,300 colleagues now serve 16,000 partner salons in nine countries.\n"
            "Giulia Ferraris, Chief Executive Officer, Salonvia Group S.p.A., Milan, March 2025"
        ),
        obs=[
            ("Total", 2020, 128, "EUR million", "actual"),
            ("Total", 2024, 410, "EUR million", "actual"),
            ("Total", 2028, 800, "EUR million", "estimate"),
        ],
        claims=[
            ("multiple", 3.2, "multiple", 2020, 2024, 4.0),
            ("cagr", 18, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (800 / 410) ** (1 / 4) - 1 = 18.19% -> 18
        ],
    ),
    # 26. Tokyo salon chain's investor-day slide bullets sizing Japan's TAM for AI colour and style try-on mirrors
    #     (JPY billion): 2024 actual, 2025E and 2028E estimates; YoY with both amounts, CAGR with printed span.
    #     Expected nowhere: the dateline and slide number, Korea's KRW 160bn (won not in the unit table), the 1,150
    #     salons, 9,800 stylists and 27 million visits, the FY2026 revenue and margin targets, the ¥9,200 price.
    dict(
        text=(
            "Hanamichi Beauty Holdings - Investor Day 2025, Tokyo, 4 March 2025\n"
            "Slide 11: AI colour and style try-on mirrors in Japan's hair salons\n"
            "- 2024 TAM: \u00a518.5bn\n"
            "- 2025E TAM: \u00a522.6bn (+22% YoY)\n"
            "- 2028E TAM: \u00a541bn; CAGR 2025E-28E: 22%\n"
            "- Drivers: colour services up-sold at the chair, fewer re-dos, younger clients booking by image\n"
            "- Korea next: roughly KRW 160bn by 2028\n"
            "- Our network: 1,150 salons, 9,800 stylists, 27 million visits a year\n"
            "- FY2026 targets: revenue \u00a578bn, operating margin 10%\n"
            "- Average cut and colour price: \u00a59,200"
        ),
        obs=[
            ("Total", 2024, 18.5, "JPY billion", "actual"),
            ("Total", 2025, 22.6, "JPY billion", "estimate"),
            ("Total", 2028, 41, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
            ("cagr", 22, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (22.6 / 18.5) ** (1 / 1) - 1 = 22.16% -> 22
            ("cagr|implied", "exact"),  # (41 / 22.6) ** (1 / 3) - 1 = 21.96% -> 22
        ],
    ),
    # 27. Forum answer quoting two research houses on AI skin and scalp analysis at German spas (EUR million): the
    #     first house gives base, target and rate (the snippet's figures); its CAGR holds only by rounding. Expected
    #     nowhere: the second house's €170 million for 2030, the 164 upvotes, the 7,300 spas, the €89 facial.
    dict(
        text=(
            "Re: Reliable numbers for AI skin and scalp analysis at German spas?\n"
            "Accepted answer (164 upvotes): Two research houses cover this and they're far apart. Kurwerk Analytik "
            "sizes spending by German day spas, thermal baths and hotel spas on AI skin and scalp analysis (camera "
            "scanners plus the software that turns a scan into a treatment plan) at \u20ac46 million in 2024 and "
            "forecasts \u20ac109 million by 2030, a CAGR of 16% over 2024-2030. Brunnhof Research is much more "
            "bullish and puts 2030 at \u20ac170 million. For scale, Germany has around 7,300 wellness and day spas "
            "and a 50-minute facial costs about \u20ac89. I'd go with Kurwerk: they count only devices and licences "
            "actually sold, not free trials bundled into cosmetics supply contracts."
        ),
        obs=[
            ("Total", 2024, 46, "EUR million", "actual"),
            ("Total", 2030, 109, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (109 / 46) ** (1 / 6) - 1 = 15.46% -> 15, not 16; bounds (108.5 / 46.5) ** (1/6) - 1 = 15.17%,
            # (109.5 / 45.5) ** (1/6) - 1 = 15.76% -> 16 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Seoul broker note in won on AI booking and no-show prediction in hair and nail salons: won are not in the
    #     unit table, so no observation; its YoY, CAGR (printed span) and share are claims, none with two amounts in
    #     a held currency, so no verdicts. Expected nowhere: the dateline, the KRW 186 billion, the 112,000 salons,
    #     the target price and upside, the pick's September-quarter margin.
    dict(
        text=(
            "Namsan Investment & Securities - Korea Consumer Services - Seoul, 15 October 2025\n"
            "No more empty chairs. We size Korea's market for AI booking and no-show prediction in hair and nail "
            "salons at KRW 186 billion in 2024, up 23% year on year, and forecast a 19% CAGR over 2024-2029 as "
            "platform apps push deposits and reminder bots. Chat-based booking makes up 44% of that spend. The "
            "country counts roughly 112,000 hair salons. Our top pick, Mirae Beauty Link (BUY, TP KRW 36,000, 29% "
            "upside), reported a 12.8% operating margin in the September quarter."
        ),
        obs=[],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2029, None, "stated"),
            ("share", 44, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 29. Xinhua-style release (Simplified, 亿元) on AI skin and scalp detection in beauty salons and wellness
    #     parlours: YoY with both amounts, a part with its share, a 2027 figure (有望突破, printed figure, estimate).
    #     Expected nowhere: the dateline, the 180万家 stores, the 5800亿元 of beauty-services turnover, the 268元
    #     facial.
    dict(
        text=(
            "新华社上海2025年3月12日电(记者李思雨)记者从中国美容美发数字化研究院获悉,2024年我国美容院及养生馆AI皮肤与"
            "头皮检测应用市场规模达到42.6亿元,较2023年的33.9亿元增长25.7%。其中,AI头皮检测市场规模为11.8亿元,占比"
            "27.7%。研究院预计,到2027年该市场规模有望突破80亿元。数据显示,全国美容美发门店数量超过180万家,生活美容"
            "行业年营业额约5800亿元,一次面部护理的平均价格约为268元。"
        ),
        obs=[
            ("Total", 2023, 33.9, "CNY 100 million", "actual"),
            ("Total", 2024, 42.6, "CNY 100 million", "actual"),
            ("AI头皮检测", 2024, 11.8, "CNY 100 million", "actual"),
            ("Total", 2027, 80, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.7, "percent", 2023, 2024, 1.0),
            ("share", 27.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (42.6 / 33.9) ** (1 / 1) - 1 = 25.66% -> 25.7
            ("arithmetic", "exact"),  # 11.8 / 42.6 = 27.70% -> 27.7
        ],
    ),
    # 30. Chengdu municipal plan (Simplified, 亿元) on AI booking, no-show prediction and scheduling in beauty, hair
    #     and nail stores: 2024 base actual, 2027 target (力争, estimate), a part in 万元 kept in its own unit
    #     (CNY 10 thousand, 2027 target, estimate), a CAGR whose span only the amounts' years give (inferred),
    #     holding only by rounding. Expected nowhere: the document number, the title's year span, the 2.3万家
    #     stores, the 12万人 workers, the 1.5亿元 special fund.
    dict(
        text=(
            "《成都市美业数字化提升三年行动方案(2025—2027年)》(成商务发〔2025〕14号)\n"
            "二、发展目标。到2027年,全市美容美发及美甲门店AI预约、爽约预测与智能排班应用市场规模力争达到15亿元,"
            "2024年为7.8亿元,年均增长约25%;其中,美业门店AI客服市场规模力争达到6800万元。全市美业门店数量保持在"
            "2.3万家以上,从业人员超过12万人。三、保障措施。市级财政安排美业数字化专项资金约1.5亿元,支持连锁品牌开放"
            "预约数据,推动AI排班在商圈和社区门店落地。"
        ),
        obs=[
            ("Total", 2024, 7.8, "CNY 100 million", "actual"),
            ("Total", 2027, 15, "CNY 100 million", "estimate"),
            ("美业门店AI客服", 2027, 6800, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("cagr", 25, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (15 / 7.8) ** (1 / 3) - 1 = 24.36% -> 24, not 25; bounds (14.5 / 7.85) ** (1/3) - 1 = 22.70%,
            # (15.5 / 7.75) ** (1/3) - 1 = 25.99% -> 25 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 31. Taipei research release (Traditional, 新台幣億元) on AI hair-colour try-on mirrors and style simulation in
    #     salons: YoY with both amounts, CAGR with printed span, a part with its share; 2028 (預估, estimate).
    #     Expected nowhere: the dateline, the 2.6萬家 salons, the 650元 cut, the 2.5億元 Series A round.
    dict(
        text=(
            "【台北訊】2025年5月14日 — 台灣美業科技研究所今日發布報告指出,2024年台灣髮廊AI染髮試色鏡與造型模擬市場規模"
            "達新台幣12.4億元,較2023年的9.6億元成長29.2%。研究所預估,2028年市場規模將達新台幣31億元,2024至2028年年"
            "複合成長率約25.7%。其中連鎖髮廊AI試色鏡為最大宗,2024年規模為新台幣5.3億元,占比42.7%。統計顯示,全台美髮"
            "業者約2.6萬家,女性剪髮均價約新台幣650元;新創業者鏡光科技今年已完成新台幣2.5億元A輪募資。"
        ),
        obs=[
            ("Total", 2023, 9.6, "TWD 100 million", "actual"),
            ("Total", 2024, 12.4, "TWD 100 million", "actual"),
            ("Total", 2028, 31, "TWD 100 million", "estimate"),
            ("連鎖髮廊AI試色鏡", 2024, 5.3, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 29.2, "percent", 2023, 2024, 1.0),
            ("cagr", 25.7, "percent", 2024, 2028, None, "stated"),
            ("share", 42.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.4 / 9.6) ** (1 / 1) - 1 = 29.17% -> 29.2
            ("cagr|implied", "exact"),  # (31 / 12.4) ** (1 / 4) - 1 = 25.74% -> 25.7
            ("arithmetic", "exact"),  # 5.3 / 12.4 = 42.74% -> 42.7
        ],
    ),
    # 32. Hong Kong association report (Traditional, 億港元) on AI spa-reservation chat assistants and skin analysis
    #     in spas and beauty salons: YoY with both amounts, a CAGR with printed span that no reading gives
    #     (inconsistent); 2028 (預計, estimate). Expected nowhere: the report's title year, the 320億港元 of sector
    #     revenue, the 8,500間 salons, the 880港元 facial.
    dict(
        text=(
            "香港美容及水療業總會發表《2025香港美容及水療科技應用報告》指出,本港水療中心及美容院加快引入AI預約聊天助理及"
            "AI皮膚分析,以應對人手短缺及旅客預約需求。報告顯示,相關市場規模於2024年達到8.6億港元,較2023年的7.1億港元"
            "增長21.1%。報告預計,2028年市場規模將達到18.9億港元,2024至2028年複合年增長率為24%。報告又指,本港美容及"
            "水療業2024年總收入約320億港元,全港美容院約8,500間,一節60分鐘面部護理平均收費約880港元。"
        ),
        obs=[
            ("Total", 2023, 7.1, "HKD 100 million", "actual"),
            ("Total", 2024, 8.6, "HKD 100 million", "actual"),
            ("Total", 2028, 18.9, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.1, "percent", 2023, 2024, 1.0),
            ("cagr", 24, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.6 / 7.1) ** (1 / 1) - 1 = 21.13% -> 21.1
            # (18.9 / 8.6) ** (1 / 4) - 1 = 21.76%; bounds (18.85 / 8.65) ** (1/4) - 1 = 21.50%,
            # (18.95 / 8.55) ** (1/4) - 1 = 22.01% -> 24 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. PTT post (Traditional, 億美元) on global AI colour and make-up try-on mirrors for hair and nail salons: YoY
    #     with both amounts holding only by rounding, 2030 (超過, printed figure, estimate) with a CAGR whose span
    #     only the amounts' years give (inferred). Expected nowhere: the post's time line, the title's repeat of the
    #     forecast, the 百萬家 salons worldwide, Taiwan's 2.6萬家 salons, the limit-up share move.
    dict(
        text=(
            "作者 bangsfan (瀏海控)\n"
            "看板 Stock\n"
            "標題 [情報] 研調:AI沙龍試色魔鏡市場2030年上看70億美元\n"
            "時間 Wed Jun 18 21:37:52 2025\n"
            "外電研調機構Salonomics Research最新報告,全球髮廊與美甲沙龍的AI試色、試妝魔鏡(含軟體訂閱),2024年市場規模"
            "為24億美元,比2023年的20億美元成長21%,預估2030年會超過70億美元,年複合成長率約20%。全球美髮沙龍大概有"
            "百萬家以上,台灣美髮業也有2.6萬家左右。相關概念股今天漲停,不過魔鏡占營收比重都很低,大家自己斟酌。"
        ),
        obs=[
            ("Total", 2023, 20, "USD 100 million", "actual"),
            ("Total", 2024, 24, "USD 100 million", "actual"),
            ("Total", 2030, 70, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 20, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (24 / 20) ** (1 / 1) - 1 = 20.00% -> 20, not 21; bounds 23.5 / 20.5 - 1 = 14.63%,
            # 24.5 / 19.5 - 1 = 25.64% -> 21 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|period", "exact"),  # (70 / 24) ** (1 / 6) - 1 = 19.53% -> 20
        ],
    ),
    # 34. Broker abstract (Simplified, 亿元) on AI stock and product recommendation for beauty and hair chains: YoY
    #     with both amounts, a 2027 range (two value claims), a share without its part's amount (claim, no verdict).
    #     Expected nowhere: the report date and series number, the 90万家 salons, the target price and upside, the
    #     pick's revenue.
    dict(
        text=(
            "【华鼎证券】美业数字化系列报告之三:连锁门店的AI货架(2025年10月9日)\n"
            "摘要:我们测算,2024年我国美容美发连锁门店AI进销存与商品推荐市场规模为16.4亿元,较2023年的12.9亿元同比增长"
            "27.1%;预计2027年市场规模将达到30—36亿元。其中洗护及染烫产品推荐占比约38%,为最大细分场景。目前全国营业中"
            "的美发门店约90万家。首次覆盖给予行业“推荐”评级,重点推荐丽链科技(目标价42元,上涨空间27%),公司2024年营业"
            "收入8.7亿元。"
        ),
        obs=[
            ("Total", 2023, 12.9, "CNY 100 million", "actual"),
            ("Total", 2024, 16.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 27.1, "percent", 2023, 2024, 1.0),
            ("value", 30, "CNY 100 million", 2027, 2027, None),
            ("value", 36, "CNY 100 million", 2027, 2027, None),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (16.4 / 12.9) ** (1 / 1) - 1 = 27.13% -> 27.1
        ],
    ),
    # 35. Spa chain's results-briefing transcript (Simplified, 亿元), dated 2025, on AI spa-reservation chat
    #     assistants and therapist scheduling: 今年 2025 (约, printed figure, estimate), 去年 2024 (actual) with a YoY
    #     holding only by rounding, 2028 (有望, estimate) with a CAGR of printed span. Expected nowhere: the
    #     company's revenue and gross margin, the second quarter's net profit, the 620家 stores, the 310万 members.
    dict(
        text=(
            "悦庭美业2025年半年度业绩说明会文字实录(2025年8月22日)\n"
            "投资者:公司如何看待水疗与美容门店AI预约助理这个市场?\n"
            "董事长:根据我们的测算,今年全国水疗及美容门店AI预约聊天助理与技师智能排班市场规模约21亿元,去年为17.2亿元,"
            "增长约23%。到2028年,这一市场有望达到38亿元,2025—2028年复合增长率约22%。公司上半年营业收入24.6亿元,毛利率"
            "41.3%;第二季度归母净利润1.8亿元。目前公司直营门店约620家,会员约310万人。"
        ),
        obs=[
            ("Total", 2024, 17.2, "CNY 100 million", "actual"),
            ("Total", 2025, 21, "CNY 100 million", "estimate"),
            ("Total", 2028, 38, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
            ("cagr", 22, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            # (21 / 17.2) ** (1 / 1) - 1 = 22.09% -> 22, not 23; bounds 20.5 / 17.25 - 1 = 18.84%,
            # 21.5 / 17.15 - 1 = 25.36% -> 23 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (38 / 21) ** (1 / 3) - 1 = 21.86% -> 22
        ],
    ),
    # 36. Markdown table (USD million, US AI in salons and spas) by segment with a Total row and a CAGR column (span
    #     printed in the header); 2029F is an estimate; the stock-recommendation CAGR holds only by rounding, the
    #     spa-chat CAGR by no reading (inconsistent). Expected nowhere: the table number, the US$96 billion of salon
    #     and spa revenue and the 1.3 million cosmetologists in the note.
    dict(
        text=(
            "Table 2. US market for AI in hair, nail and beauty salons and spas by segment (USD million)\n"
            "| Segment | 2024 | 2029F | CAGR 2024-29 |\n"
            "|---|---|---|---|\n"
            "| AI booking and no-show prediction | 410 | 905 | 17.2% |\n"
            "| AI hair-colour and style try-on mirrors | 168 | 452 | 21.9% |\n"
            "| AI skin and scalp analysis | 236 | 538 | 17.9% |\n"
            "| AI stock and product recommendation | 122 | 271 | 17.4% |\n"
            "| AI chat assistants for spa reservations | 88 | 247 | 23.6% |\n"
            "| AI stylist and therapist scheduling | 131 | 298 | 17.9% |\n"
            "| Total | 1,155 | 2,711 | 18.6% |\n"
            "Note: F = forecast. Source: Brightwater Consumer Research, from vendor filings and salon-software "
            "contracts. Excludes the roughly US$96 billion of US salon and spa revenue; the country has about 1.3 "
            "million licensed cosmetologists."
        ),
        obs=[
            ("AI booking and no-show prediction", 2024, 410, "USD million", "actual"),
            ("AI booking and no-show prediction", 2029, 905, "USD million", "estimate"),
            ("AI hair-colour and style try-on mirrors", 2024, 168, "USD million", "actual"),
            ("AI hair-colour and style try-on mirrors", 2029, 452, "USD million", "estimate"),
            ("AI skin and scalp analysis", 2024, 236, "USD million", "actual"),
            ("AI skin and scalp analysis", 2029, 538, "USD million", "estimate"),
            ("AI stock and product recommendation", 2024, 122, "USD million", "actual"),
            ("AI stock and product recommendation", 2029, 271, "USD million", "estimate"),
            ("AI chat assistants for spa reservations", 2024, 88, "USD million", "actual"),
            ("AI chat assistants for spa reservations", 2029, 247, "USD million", "estimate"),
            ("AI stylist and therapist scheduling", 2024, 131, "USD million", "actual"),
            ("AI stylist and therapist scheduling", 2029, 298, "USD million", "estimate"),
            ("Total", 2024, 1155, "USD million", "actual"),
            ("Total", 2029, 2711, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 21.9, "percent", 2024, 2029, None, "stated"),
            ("cagr", 17.9, "percent", 2024, 2029, None, "stated"),
            ("cagr", 17.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 23.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 17.9, "percent", 2024, 2029, None, "stated"),
            ("cagr", 18.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (905 / 410) ** (1 / 5) - 1 = 17.16% -> 17.2
            ("cagr|implied", "exact"),  # (452 / 168) ** (1 / 5) - 1 = 21.89% -> 21.9
            ("cagr|implied", "exact"),  # (538 / 236) ** (1 / 5) - 1 = 17.92% -> 17.9
            # (271 / 122) ** (1 / 5) - 1 = 17.31% -> 17.3, not 17.4; bounds (270.5 / 122.5) ** (1/5) - 1 = 17.17%,
            # (271.5 / 121.5) ** (1/5) - 1 = 17.45% -> 17.4 reached only by some reading
            ("cagr|implied", "rounding"),
            # (247 / 88) ** (1 / 5) - 1 = 22.93%; bounds (246.5 / 88.5) ** (1/5) - 1 = 22.74%,
            # (247.5 / 87.5) ** (1/5) - 1 = 23.12% -> 23.6 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (298 / 131) ** (1 / 5) - 1 = 17.87% -> 17.9
            ("cagr|implied", "exact"),  # (2711 / 1155) ** (1 / 5) - 1 = 18.61% -> 18.6
            ("hierarchy", "exact"),  # 2024: 410 + 168 + 236 + 122 + 88 + 131 = 1,155
            ("hierarchy", "exact"),  # 2029F: 905 + 452 + 538 + 271 + 247 + 298 = 2,711
        ],
    ),
    # 37. Tab-separated table (GBP million) of AI in UK hair and beauty salons by segment with a Total row and a YoY
    #     column; the skin-analysis YoY holds only by rounding, the product-recommendation YoY by no reading
    #     (inconsistent). Expected nowhere: the figure number, the 44,000 businesses and the 12% of salons that
    #     closed or changed hands (no share of the market) in the note.
    dict(
        text=(
            "Figure 5. UK: AI in hair and beauty salons by segment (\u00a3 million)\n"
            "Segment\t2023\t2024\tYoY\n"
            "AI booking and no-show prediction\t38.6\t47.2\t22.3%\n"
            "AI colour and style try-on\t12.4\t16.9\t36.3%\n"
            "AI skin and scalp analysis\t9.8\t12.1\t23.9%\n"
            "AI product recommendation\t7.5\t8.9\t16.2%\n"
            "Total\t68.3\t85.1\t24.6%\n"
            "Note: Source: Pennine Salon Insight, from software and device sales to salons and spas; the UK's roughly "
            "44,000 hair and beauty businesses and the 12% of salons that closed or changed hands last year are given "
            "for context only."
        ),
        obs=[
            ("AI booking and no-show prediction", 2023, 38.6, "GBP million", "actual"),
            ("AI booking and no-show prediction", 2024, 47.2, "GBP million", "actual"),
            ("AI colour and style try-on", 2023, 12.4, "GBP million", "actual"),
            ("AI colour and style try-on", 2024, 16.9, "GBP million", "actual"),
            ("AI skin and scalp analysis", 2023, 9.8, "GBP million", "actual"),
            ("AI skin and scalp analysis", 2024, 12.1, "GBP million", "actual"),
            ("AI product recommendation", 2023, 7.5, "GBP million", "actual"),
            ("AI product recommendation", 2024, 8.9, "GBP million", "actual"),
            ("Total", 2023, 68.3, "GBP million", "actual"),
            ("Total", 2024, 85.1, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 22.3, "percent", 2023, 2024, 1.0),
            ("growth", 36.3, "percent", 2023, 2024, 1.0),
            ("growth", 23.9, "percent", 2023, 2024, 1.0),
            ("growth", 16.2, "percent", 2023, 2024, 1.0),
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 47.2 / 38.6 - 1 = 22.28% -> 22.3
            ("cagr|implied", "exact"),  # 16.9 / 12.4 - 1 = 36.29% -> 36.3
            # 12.1 / 9.8 - 1 = 23.47% -> 23.5, not 23.9; bounds 12.05 / 9.85 - 1 = 22.34%,
            # 12.15 / 9.75 - 1 = 24.62% -> 23.9 reached only by some reading
            ("cagr|implied", "rounding"),
            # 8.9 / 7.5 - 1 = 18.67%; bounds 8.85 / 7.55 - 1 = 17.22%, 8.95 / 7.45 - 1 = 20.13%
            # -> 16.2 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 85.1 / 68.3 - 1 = 24.60% -> 24.6
            ("hierarchy", "exact"),  # 2023: 38.6 + 12.4 + 9.8 + 7.5 = 68.3
            ("hierarchy", "exact"),  # 2024: 47.2 + 16.9 + 12.1 + 8.9 = 85.1
        ],
    ),
    # 38. Space-aligned table (EUR million, Italy, 2024) of AI spending by salons and spas by use with a share column
    #     and a Total row (its 100.0% is no claim); two shares hold only by rounding. Expected nowhere: the 240
    #     chains surveyed, the 103,000 salons and the €8.2 billion of beauty-services turnover in the note.
    dict(
        text=(
            "Italy: AI spending by hair and beauty salons and spas by use, 2024 (\u20ac million)\n"
            "Use                                  \u20acm      Share\n"
            "Booking and no-show prediction       31.6    37.3%\n"
            "Stylist and therapist scheduling     18.2    21.5%\n"
            "Colour and style try-on              14.7    17.3%\n"
            "Skin and scalp analysis              11.9    14.1%\n"
            "Product recommendation                8.3     9.8%\n"
            "Total                                84.7   100.0%\n"
            "Note: Osservatorio Bellezza Digitale survey of 240 salon chains and spa operators; Italy's roughly "
            "103,000 hair and beauty salons and its \u20ac8.2 billion of beauty-services turnover are given for "
            "context only."
        ),
        obs=[
            ("Booking and no-show prediction", 2024, 31.6, "EUR million", "actual"),
            ("Stylist and therapist scheduling", 2024, 18.2, "EUR million", "actual"),
            ("Colour and style try-on", 2024, 14.7, "EUR million", "actual"),
            ("Skin and scalp analysis", 2024, 11.9, "EUR million", "actual"),
            ("Product recommendation", 2024, 8.3, "EUR million", "actual"),
            ("Total", 2024, 84.7, "EUR million", "actual"),
        ],
        claims=[
            ("share", 37.3, "percent", 2024, 2024, None),
            ("share", 21.5, "percent", 2024, 2024, None),
            ("share", 17.3, "percent", 2024, 2024, None),
            ("share", 14.1, "percent", 2024, 2024, None),
            ("share", 9.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 31.6 / 84.7 = 37.31% -> 37.3
            ("arithmetic", "exact"),  # 18.2 / 84.7 = 21.49% -> 21.5
            # 14.7 / 84.7 = 17.36% -> 17.4, not 17.3; bounds 14.65 / 84.75 = 17.29%, 14.75 / 84.65 = 17.42%
            # -> 17.3 reached only by some reading
            ("arithmetic", "rounding"),
            # 11.9 / 84.7 = 14.05% -> 14.0, not 14.1; bounds 11.85 / 84.75 = 13.98%, 11.95 / 84.65 = 14.12%
            # -> 14.1 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 8.3 / 84.7 = 9.80% -> 9.8
            ("hierarchy", "exact"),  # 31.6 + 18.2 + 14.7 + 11.9 + 8.3 = 84.7
        ],
    ),
    # 39. Vertical table whose rows are years (Thailand's spas, USD million): a lone value column headed by its unit
    #     only is the market's Total; 2025E is an estimate; a YoY column whose rates all hold. Expected nowhere: the
    #     THB 2.2 billion (baht not in the unit table), the 2,400 licensed spas, the THB 400 massage.
    dict(
        text=(
            "Thailand: AI in day, hotel and wellness spas (skin analysis, reservation assistants, therapist "
            "scheduling)\n"
            "Year | US$ million | YoY\n"
            "2021 | 24.6 | -\n"
            "2022 | 31.2 | 26.8%\n"
            "2023 | 39.5 | 26.6%\n"
            "2024 | 50.1 | 26.8%\n"
            "2025E | 63.4 | 26.5%\n"
            "Note: E = estimate. Source: Andaman Wellness Economics, from spa-operator and vendor contracts; 2025E "
            "equals roughly THB 2.2 billion. The kingdom counts about 2,400 licensed spas, and a traditional Thai "
            "massage costs THB 400 on average."
        ),
        obs=[
            ("Total", 2021, 24.6, "USD million", "actual"),
            ("Total", 2022, 31.2, "USD million", "actual"),
            ("Total", 2023, 39.5, "USD million", "actual"),
            ("Total", 2024, 50.1, "USD million", "actual"),
            ("Total", 2025, 63.4, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 26.8, "percent", 2021, 2022, 1.0),
            ("growth", 26.6, "percent", 2022, 2023, 1.0),
            ("growth", 26.8, "percent", 2023, 2024, 1.0),
            ("growth", 26.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 31.2 / 24.6 - 1 = 26.83% -> 26.8
            ("cagr|implied", "exact"),  # 39.5 / 31.2 - 1 = 26.60% -> 26.6
            ("cagr|implied", "exact"),  # 50.1 / 39.5 - 1 = 26.84% -> 26.8
            ("cagr|implied", "exact"),  # 63.4 / 50.1 - 1 = 26.55% -> 26.5
        ],
    ),
    # 40. Traditional Chinese table (新台幣億元) of AI in Taiwan's beauty, hair and nail businesses with a 合計 row;
    #     2025年(預估) is an estimate; the 2025 合計 holds only by rounding. Expected nowhere: the table number, the
    #     title's year span, the 6.8萬家 businesses and 19萬人 workers in the note.
    dict(
        text=(
            "表4 2023—2025年台灣美容美髮及美甲AI應用市場規模(單位:新台幣億元)\n"
            "項目 | 2023年 | 2024年 | 2025年(預估)\n"
            "AI美容肌膚檢測 | 3.4 | 4.3 | 5.5\n"
            "AI預約與客服機器人 | 2.6 | 3.3 | 4.2\n"
            "AI美髮試色與造型模擬 | 1.8 | 2.4 | 3.1\n"
            "AI美甲設計推薦 | 0.9 | 1.3 | 1.8\n"
            "合計 | 8.7 | 11.3 | 14.7\n"
            "資料來源:台灣美業數位化協會;2025年為預估值,各細項經四捨五入,加總與合計或有些微差異。全台美容美髮及美甲"
            "店家約6.8萬家,從業人員約19萬人,僅供參考。"
        ),
        obs=[
            ("AI美容肌膚檢測", 2023, 3.4, "TWD 100 million", "actual"),
            ("AI美容肌膚檢測", 2024, 4.3, "TWD 100 million", "actual"),
            ("AI美容肌膚檢測", 2025, 5.5, "TWD 100 million", "estimate"),
            ("AI預約與客服機器人", 2023, 2.6, "TWD 100 million", "actual"),
            ("AI預約與客服機器人", 2024, 3.3, "TWD 100 million", "actual"),
            ("AI預約與客服機器人", 2025, 4.2, "TWD 100 million", "estimate"),
            ("AI美髮試色與造型模擬", 2023, 1.8, "TWD 100 million", "actual"),
            ("AI美髮試色與造型模擬", 2024, 2.4, "TWD 100 million", "actual"),
            ("AI美髮試色與造型模擬", 2025, 3.1, "TWD 100 million", "estimate"),
            ("AI美甲設計推薦", 2023, 0.9, "TWD 100 million", "actual"),
            ("AI美甲設計推薦", 2024, 1.3, "TWD 100 million", "actual"),
            ("AI美甲設計推薦", 2025, 1.8, "TWD 100 million", "estimate"),
            ("合計", 2023, 8.7, "TWD 100 million", "actual"),
            ("合計", 2024, 11.3, "TWD 100 million", "actual"),
            ("合計", 2025, 14.7, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 3.4 + 2.6 + 1.8 + 0.9 = 8.7
            ("hierarchy", "exact"),  # 2024: 4.3 + 3.3 + 2.4 + 1.3 = 11.3
            # 2025(預估): 5.5 + 4.2 + 3.1 + 1.8 = 14.6 vs 14.7; rows' bounds 14.4-14.8, total's 14.65-14.75
            # -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-forty-fifth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 8, 'rounding': 18, 'exact': 73}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/PRNewswire/ --',
    'FY2029e',
    '£37 million (22%)',
    'A second house, Atelier Beauté Data in Lyon, puts 2024 spending',
    'total addressable market',
    'An earlier version of this article',
    'more than doubled',
    '较2024年增长1.5倍',
    '新台幣7.4億元',
    '億港元',
    '中央社記者林佳慧台北2025年4月8日電',
    '| Country | 2024 | 2030F | CAGR 2024-30 |',
    '2024 | 13.6 | 17.3%',
    'Chairside Technologies Q2 2025 earnings call, August 6, 2025',
    'Discussion Paper 2025/07. Abstract:',
    '3/ Their forecast: €0.39bn by 2029',
    'Correction: An earlier version of this article',
    'Letter to shareholders',
    '- 2025E TAM: ¥22.6bn (+22% YoY)',
    'Brunnhof Research is much more bullish and puts 2030 at €170 million',
    'KRW 186 billion in 2024',
    '新华社上海2025年3月12日电',
    '標題 [情報] 研調:AI沙龍試色魔鏡市場2030年上看70億美元',
    '预计2027年市场规模将达到30—36亿元',
    '| Segment | 2024 | 2029F | CAGR 2024-29 |',
    'Year | US$ million | YoY',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor, and kept unread): 207
#: figures, 70 rates, 99 verdicts and 0 false inconsistent
FLOORS = {"figures_found": 208, "rates_found": 70, "verdicts_right": 99}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset245.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
