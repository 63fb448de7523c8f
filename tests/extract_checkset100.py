"""A hundredth check set for the extractor, written blind: markets sized in the publisher's own currency outside the
United States, in English and Chinese (Simplified and Traditional) -- Japanese research houses in yen and fiscal
years, Taiwanese institutes in New Taiwan dollars with 民國 years, Hong Kong bodies in Hong Kong dollars, European
associations in euros and pounds with decimal commas and spaced thousands; a conversion into another currency printed
beside a figure is expected nowhere, and exchange rates, subsidies, a company's own sales, won or rupee figures and
percentage points are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Japanese research house, yen, fiscal year ending March: "¥1,324.5 billion in fiscal 2024, the year ended
    #    March 2025"; YoY rate and a stated fiscal-span CAGR; the dollar conversion, the exchange rate, the count of
    #    interviewed companies and "its ninth" expected nowhere
    dict(
        text=(
            "TOKYO, 18 June 2025 — Japan's domestic AI system market reached ¥1,324.5 billion in fiscal 2024, the "
            "year ended March 2025, up 56.5% from ¥846.3 billion a year earlier, according to Kuramoto Research "
            "Institute. At ¥152 to the dollar, that is roughly $8.7 billion. Generative-AI projects drove most of the "
            "gain, and Kuramoto expects the market to reach ¥4,170.0 billion in fiscal 2029, a compound annual growth "
            "rate of 25.8% over fiscal 2024-2029. The institute interviewed 312 vendors and user companies for the "
            "study, its ninth on the subject."
        ),
        obs=[
            ("Total", 2024, 1324.5, "JPY billion", "actual"),
            ("Total", 2023, 846.3, "JPY billion", "actual"),
            ("Total", 2029, 4170.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 56.5, "percent", 2023, 2024, 1.0),
            ("cagr", 25.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1324.5 / 846.3 - 1 = 56.505% -> 56.5
            ("cagr|implied", "exact"),  # (4170.0 / 1324.5) ** (1/5) - 1 = 25.78% -> 25.8
        ],
    ),
    # 2. Hong Kong council, "HK$486 million" last year against HK$412 million, a part with its share of the total,
    #    "pass HK$560 million this year" (estimate at its printed figure); a HK$50 million subsidy and a survey's 41%
    #    expected nowhere
    dict(
        text=(
            "HONG KONG, 9 April 2025 — Hong Kong companies spent HK$486 million on managed cyber-security services "
            "last year, up 18% from HK$412 million in 2023, according to the Harbourline Technology Council. Managed "
            "detection and response accounted for HK$218 million of that, or 44.9% of the total. The council expects "
            "spending to pass HK$560 million this year, helped by a HK$50 million government subsidy scheme for small "
            "firms. In its survey of 640 companies, 41% said they planned to raise their security budgets."
        ),
        obs=[
            ("Total", 2024, 486, "HKD million", "actual"),
            ("Total", 2023, 412, "HKD million", "actual"),
            ("Managed detection and response", 2024, 218, "HKD million", "actual"),
            ("Total", 2025, 560, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("share", 44.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 486 / 412 - 1 = 17.96% -> 18
            ("arithmetic", "exact"),  # 218 / 486 = 44.856% -> 44.9
        ],
    ),
    # 3. EU installers' federation with decimal commas "EUR 12,5 billion", "14,9 %"; a part in EUR billion;
    #    a EUR 2,0 billion retrofit fund, 88 000 technicians and 3,5 percentage points expected nowhere;
    #    the rate is reached only within rounding
    dict(
        text=(
            "BRUSSELS, 12 May 2025 – Sales of heat-pump installation services in the European Union reached EUR 12,5 "
            "billion in 2024, against EUR 10,9 billion in 2023, a rise of 14,9 %, the Euro Thermal Installers' "
            "Federation (ETIF) reported. Air-to-water systems made up EUR 8,1 billion of the total. The federation, "
            "whose members employ 88 000 technicians, said the EU's EUR 2,0 billion retrofit fund had helped, while "
            "the proportion of installations in new buildings fell by 3,5 percentage points. It forecasts EUR 14,2 "
            "billion for 2025."
        ),
        obs=[
            ("Total", 2024, 12.5, "EUR billion", "actual"),
            ("Total", 2023, 10.9, "EUR billion", "actual"),
            ("Air-to-water systems", 2024, 8.1, "EUR billion", "actual"),
            ("Total", 2025, 14.2, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 14.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 12.5 / 10.9 - 1 = 14.68% -> 14.7, not 14.9; bounds 12.45 / 10.95 - 1 = 13.70%,
            # 12.55 / 10.85 - 1 = 15.67%; 14.9 lies inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 4. UK statistics unit, "£3.1bn" against "£2.6bn", "up 9%" that its own figures contradict; a quarter's
    #    £0.9bn, a utilisation rate and its percentage points, a £381m grant and an installer's own £412m revenue
    #    expected nowhere
    dict(
        text=(
            "LONDON, 27 February 2025 — The UK market for electric-vehicle charging installation was worth £3.1bn in "
            "2024, up 9% from £2.6bn in 2023, according to figures compiled by the Albion Infrastructure Statistics "
            "Unit. The fourth quarter alone brought in £0.9bn. Average utilisation of public rapid chargers rose by 4 "
            "percentage points to 21%, the unit said, while the government's £381m charging grant is due to end next "
            "year. Britain's largest installer, Greyfriars Power, reported revenue of £412m."
        ),
        obs=[
            ("Total", 2024, 3.1, "GBP billion", "actual"),
            ("Total", 2023, 2.6, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 3.1 / 2.6 - 1 = 19.23%; bounds 3.05 / 2.65 - 1 = 15.09%, 3.15 / 2.55 - 1 = 23.53%;
            # 9 (8.5-9.5) lies outside -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. French federation with spaced thousands "EUR 1 250 million" and "10,6 %"; a range for this year (two value
    #    claims), a stated 2024-2028 CAGR, a "2,5 times since 2018" multiple; the leader's own EUR 310 million
    #    expected nowhere
    dict(
        text=(
            "PARIS, 3 March 2025 — France's market for building-information-modelling (BIM) software and services "
            "reached EUR 1 250 million in 2024, up 10,6 % on the EUR 1 130 million recorded in 2023, the Fédération "
            "des Éditeurs du Bâtiment Numérique (FEBN) said in its annual survey. The federation expects sales of "
            "between EUR 1 300 million and EUR 1 350 million this year and EUR 1 720 million in 2028, compound growth "
            "of 8,3 % a year from 2024 to 2028. Market leader Valcourt Systèmes alone booked sales of EUR 310 million. "
            "The market has grown 2,5 times since 2018, the federation noted."
        ),
        obs=[
            ("Total", 2024, 1250, "EUR million", "actual"),
            ("Total", 2023, 1130, "EUR million", "actual"),
            ("Total", 2028, 1720, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 10.6, "percent", 2023, 2024, 1.0),
            ("value", 1300, "EUR million", 2025, 2025, None),
            ("value", 1350, "EUR million", 2025, 2025, None),
            ("cagr", 8.3, "percent", 2024, 2028, None, "stated"),
            ("multiple", 2.5, "multiple", 2018, 2024, 6.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1250 / 1130 - 1 = 10.62% -> 10.6
            ("cagr|implied", "exact"),  # (1720 / 1250) ** (1/4) - 1 = 8.31% -> 8.3
        ],
    ),
    # 6. earnings call: the company's total addressable market in yen, "¥1.1 trillion (about $7.3 billion)" kept in
    #    the series' JPY billion, a CAGR whose span only its amounts give (inferred, cagr|period) and exact only
    #    within rounding; own sales, margin target, headcount, buyback and price target with upside nowhere
    dict(
        text=(
            "KYOTO, 13 May 2025 — On its fiscal 2024 earnings call, Hoshida Systems said it sizes the total "
            "addressable market for factory-automation software in Japan at ¥640 billion for fiscal 2024, rising to "
            "¥1.1 trillion (about $7.3 billion) by fiscal 2030, an annual growth rate of around 9.5%. Hoshida's own "
            "software sales rose 14% to ¥58.2 billion, and it aims to lift its operating margin to 18% by fiscal "
            "2027. The company, which employs 6,400 people, also announced a ¥20 billion share buyback. Analysts at "
            "Momiji Securities kept a price target of ¥4,800, implying 22% upside."
        ),
        obs=[
            ("Total", 2024, 640, "JPY billion", "actual"),
            ("Total", 2030, 1100, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 9.5, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (1100 / 640) ** (1/6) - 1 = 9.447% -> 9.4, not 9.5; "1.1 trillion" is +-50 billion:
            # bounds (1050 / 640.5) ** (1/6) - 1 = 8.59%, (1150 / 639.5) ** (1/6) - 1 = 10.27%; 9.5 inside -> rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 7. two publishers for the same year: Minaseki's ¥14.6 billion (with base, forecast and rate) is the figure,
    #    Aoyama's ¥16.2 billion for the same year nowhere; an inferred "about 13%" to 2028; rupees (no observation)
    dict(
        text=(
            "TOKYO, 30 January 2025 — Japan's e-sports market grew 12.3% to ¥14.6 billion in 2024 from ¥13.0 billion "
            "in 2023, estimates Minaseki Research, which sees it reaching ¥24.0 billion in 2028, an average annual "
            "increase of about 13%. A rival tally by Aoyama Data Lab puts last year's market at ¥16.2 billion. "
            "Sponsorship made up ¥6.9 billion of Minaseki's 2024 figure. By comparison, a Mumbai consultancy puts "
            "India's e-sports market at Rs 1,200 crore."
        ),
        obs=[
            ("Total", 2024, 14.6, "JPY billion", "actual"),
            ("Total", 2023, 13.0, "JPY billion", "actual"),
            ("Total", 2028, 24.0, "JPY billion", "estimate"),
            ("Sponsorship", 2024, 6.9, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 12.3, "percent", 2023, 2024, 1.0),
            ("cagr", 13, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 14.6 / 13.0 - 1 = 12.31% -> 12.3
            ("cagr|period", "exact"),  # (24.0 / 14.6) ** (1/4) - 1 = 13.23% -> 13
        ],
    ),
    # 8. Taiwanese institute in English, "NT$486.2 billion ... equivalent to about US$15.0 billion"; exports as a
    #    part with its share; this year's projection an estimate; exchange rate, workforce and a NT$3 billion
    #    subsidy programme nowhere
    dict(
        text=(
            "TAIPEI, 22 January 2025 — Taiwan's smart-medical-device industry generated output of NT$486.2 billion in "
            "2024, equivalent to about US$15.0 billion, up 7.4% from NT$452.7 billion in 2023, the Formosa Industrial "
            "Economics Institute said. Exports accounted for NT$301.5 billion, or 62.0% of output. The institute "
            "projects output of NT$530 billion this year, though it warned that the currency's move to NT$32.4 per US "
            "dollar could squeeze exporters. The sector employs about 51,000 people and benefits from a NT$3 billion "
            "government subsidy programme."
        ),
        obs=[
            ("Total", 2024, 486.2, "TWD billion", "actual"),
            ("Total", 2023, 452.7, "TWD billion", "actual"),
            ("Exports", 2024, 301.5, "TWD billion", "actual"),
            ("Total", 2025, 530, "TWD billion", "estimate"),
        ],
        claims=[
            ("growth", 7.4, "percent", 2023, 2024, 1.0),
            ("share", 62.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 486.2 / 452.7 - 1 = 7.400% -> 7.4
            ("arithmetic", "exact"),  # 301.5 / 486.2 = 62.01% -> 62.0
        ],
    ),
    # 9. capital markets day in euros, "€4.2bn" to "€6.1bn" with a stated 2024-2028 rate; a segment doubling
    #    (multiple x2, no verdict); share target, "about a tenth", margin, own revenue "€512m" and a price target
    #    nowhere
    dict(
        text=(
            "MILAN, 26 March 2025 — At its capital markets day, Ferrovia Digitale said the European rail-signalling "
            "software market was worth €4.2bn in 2024 and would reach €6.1bn in 2028, growth of 9.8% a year from "
            "2024 to 2028. Digital interlocking, the fastest-growing part, is expected to rise from €0.9bn to €1.8bn "
            "over the same period, doubling in four years. The company set a target of a 20% share of the market by "
            "2028, up from about a tenth today, and an EBITDA margin of 18%. The group's own revenue was €512m last "
            "year; Banca Lariana raised its price target to €14.50."
        ),
        obs=[
            ("Total", 2024, 4.2, "EUR billion", "actual"),
            ("Total", 2028, 6.1, "EUR billion", "estimate"),
            ("Digital interlocking", 2024, 0.9, "EUR billion", "actual"),
            ("Digital interlocking", 2028, 1.8, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 9.8, "percent", 2024, 2028, None, "stated"),
            ("multiple", 2.0, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.1 / 4.2) ** (1/4) - 1 = 9.78% -> 9.8
        ],
    ),
    # 10. Traditional Chinese, Taiwanese institute with 民國 years beside Gregorian ones, 新台幣億元 產值,
    #     今年(114年) "突破3,600億元" an estimate at its printed figure; 約合110億美元, a NT$12億 subsidy,
    #     4.2萬 workers, 350 firms and 六成 nowhere
    dict(
        text=(
            "【2025年3月12日/台北】嘉禾產業研究院發布報告指出,民國113年(2024年)台灣智慧製造產值達新台幣3,215億元,"
            "較112年的2,870億元成長12.0%。研究院預估,今年(114年)產值將突破3,600億元,約合110億美元。報告並指出,"
            "經濟部今年編列新台幣12億元補助中小企業導入智慧設備,業界從業人數約4.2萬人。受訪的350家廠商中,"
            "有六成表示將增加投資。"
        ),
        obs=[
            ("Total", 2024, 3215, "TWD 100 million", "actual"),
            ("Total", 2023, 2870, "TWD 100 million", "actual"),
            ("Total", 2025, 3600, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3215 / 2870 - 1 = 12.02% -> 12.0
        ],
    ),
    # 11. Traditional Chinese, Hong Kong body in 億港元; a rate exact only within rounding; a channel's amount and
    #     its share; 今年 約560億港元 an estimate; a quarter's figure and its 按季 rate, a 5億港元 grant,
    #     1,200 respondents and 58% nowhere
    dict(
        text=(
            "香港數碼零售聯會今日(2025年4月8日)公布,2024年本港網上零售市場規模達512億港元,較2023年的468億港元"
            "增長9.6%。其中,手機應用程式渠道錄得314億港元,佔整體的61.3%。聯會預料今年市場規模可達約560億港元。"
            "第四季單季交易額為148億港元,按季增長6.2%。政府早前撥款5億港元推動中小企數碼化;聯會訪問的1,200名"
            "消費者中,有58%表示每月至少網購一次。"
        ),
        obs=[
            ("Total", 2024, 512, "HKD 100 million", "actual"),
            ("Total", 2023, 468, "HKD 100 million", "actual"),
            ("手機應用程式渠道", 2024, 314, "HKD 100 million", "actual"),
            ("Total", 2025, 560, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 9.6, "percent", 2023, 2024, 1.0),
            ("share", 61.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 512 / 468 - 1 = 9.40% -> 9.4, not 9.6; bounds 511.5 / 468.5 - 1 = 9.18%,
            # 512.5 / 467.5 - 1 = 9.626% (rounds to 9.6) -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 314 / 512 = 61.33% -> 61.3
        ],
    ),
    # 12. Simplified Chinese about Japan in 亿日元 then 万亿日元 (kept in the series' JPY 100 million: 2.13万亿 ->
    #     21300, 3.5万亿 -> 35000), 财年 ending March; 约合140亿美元, the exchange rate and a 4,000亿日元 subsidy
    #     nowhere
    dict(
        text=(
            "(2025年7月2日,东京)青岚综研发布报告称,日本数据中心服务市场规模在2023财年为18,540亿日元,2024财年"
            "(截至2025年3月)增至2.13万亿日元(约合140亿美元),同比增长14.9%。报告预计,到2029财年市场规模将达到"
            "3.5万亿日元,2024至2029财年年均复合增长率为10.4%。报告按1美元兑152日元的汇率换算,并提到日本政府已为"
            "国内算力建设安排约4,000亿日元补贴。"
        ),
        obs=[
            ("Total", 2023, 18540, "JPY 100 million", "actual"),
            ("Total", 2024, 21300, "JPY 100 million", "actual"),
            ("Total", 2029, 35000, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14.9, "percent", 2023, 2024, 1.0),
            ("cagr", 10.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 21300 / 18540 - 1 = 14.887% -> 14.9
            ("cagr|implied", "exact"),  # (35000 / 21300) ** (1/5) - 1 = 10.443% -> 10.4
        ],
    ),
    # 13. Simplified Chinese, China in 亿元 with 约合408亿美元; "较2019年的980亿元增长2倍" between two printed
    #     amounts is x3; a segment and its share; a stated 2024-2027 CAGR; the report's title year, a company's own
    #     revenue, its headcount and 千亿级 nowhere
    dict(
        text=(
            "(2025年2月18日,北京)华衡咨询发布的《2025中国工业软件市场研究报告》显示,2024年中国工业软件市场规模"
            "达到2,940亿元(约合408亿美元),较2023年的2,720亿元增长8.1%,较2019年的980亿元增长2倍。其中,研发设计类"
            "软件市场规模为617亿元,占比21.0%。报告预计,2027年市场规模将达到3,850亿元,2024-2027年年均复合增长率"
            "为9.4%。行业龙头中望星软件2024年营收为12.6亿元,员工约4,800人;报告认为,工业互联网平台是一个千亿级的"
            "市场机会。"
        ),
        obs=[
            ("Total", 2024, 2940, "CNY 100 million", "actual"),
            ("Total", 2023, 2720, "CNY 100 million", "actual"),
            ("Total", 2019, 980, "CNY 100 million", "actual"),
            ("研发设计类软件", 2024, 617, "CNY 100 million", "actual"),
            ("Total", 2027, 3850, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 8.1, "percent", 2023, 2024, 1.0),
            ("multiple", 3.0, "multiple", 2019, 2024, 5.0),  # 增长2倍 between two printed amounts: 2940 / 980 = 3
            ("share", 21.0, "percent", 2024, 2024, None),
            ("cagr", 9.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2940 / 2720 - 1 = 8.09% -> 8.1
            ("arithmetic", "exact"),  # 617 / 2940 = 20.99% -> 21.0
            ("cagr|implied", "exact"),  # (3850 / 2940) ** (1/3) - 1 = 9.405% -> 9.4
        ],
    ),
    # 14. Traditional Chinese, Taiwan 民國 years, a 年增率 its own amounts contradict; "上看新台幣1兆元" kept in
    #     億元 (10000) with its dollar conversion nowhere; a stated 113-117年 CAGR; a segment's share; a company's own
    #     revenue and 員工 nowhere
    dict(
        text=(
            "2025年1月20日 — 寶島數位內容研究中心公布,民國113年台灣數位內容產業產值為新台幣6,120億元,112年為5,430"
            "億元,年增率達15.2%。其中數位遊戲產值2,890億元,佔整體比重47.2%。中心預估,至117年(2028年)產值上看新台幣"
            "1兆元(約合308億美元),113年至117年年複合成長率約13%。龍頭業者星宇互娛去年營收新台幣198億元,員工逾2,100人。"
        ),
        obs=[
            ("Total", 2024, 6120, "TWD 100 million", "actual"),
            ("Total", 2023, 5430, "TWD 100 million", "actual"),
            ("數位遊戲", 2024, 2890, "TWD 100 million", "actual"),
            ("Total", 2028, 10000, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 15.2, "percent", 2023, 2024, 1.0),
            ("share", 47.2, "percent", 2024, 2024, None),
            ("cagr", 13, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # 6120 / 5430 - 1 = 12.71%; bounds 6119.5 / 5430.5 - 1 = 12.69%, 6120.5 / 5429.5 - 1 = 12.73%;
            # 15.2 far outside -> inconsistent
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 2890 / 6120 = 47.22% -> 47.2
            ("cagr|implied", "exact"),  # (10000 / 6120) ** (1/4) - 1 = 13.06% -> 13
        ],
    ),
    # 15. English pipe table, Japanese vendors by fiscal year (FY headers, ¥ billion) with a share column and a
    #     Total row; both years add up; the 100.0% total and the dollar conversion nowhere
    dict(
        text=(
            "Domestic IaaS revenue by vendor (¥ billion; fiscal years ended March)\n"
            "| Vendor | FY2023 | FY2024 | Share FY2024 |\n"
            "|---|---:|---:|---:|\n"
            "| Arakawa Cloud | 412.6 | 498.3 | 31.2% |\n"
            "| Tsubame Compute | 355.0 | 421.7 | 26.4% |\n"
            "| Hokuto Networks | 198.4 | 236.9 | 14.8% |\n"
            "| Meisei Digital | 121.7 | 152.0 | 9.5% |\n"
            "| Others | 240.3 | 288.1 | 18.0% |\n"
            "| Total | 1,328.0 | 1,597.0 | 100.0% |\n"
            "Source: Shinonome Research, published 24 June 2025. At ¥151.5 per US dollar the FY2024 total equals "
            "about $10.5 billion."
        ),
        obs=[
            ("Arakawa Cloud", 2023, 412.6, "JPY billion", "actual"),
            ("Arakawa Cloud", 2024, 498.3, "JPY billion", "actual"),
            ("Tsubame Compute", 2023, 355.0, "JPY billion", "actual"),
            ("Tsubame Compute", 2024, 421.7, "JPY billion", "actual"),
            ("Hokuto Networks", 2023, 198.4, "JPY billion", "actual"),
            ("Hokuto Networks", 2024, 236.9, "JPY billion", "actual"),
            ("Meisei Digital", 2023, 121.7, "JPY billion", "actual"),
            ("Meisei Digital", 2024, 152.0, "JPY billion", "actual"),
            ("Others", 2023, 240.3, "JPY billion", "actual"),
            ("Others", 2024, 288.1, "JPY billion", "actual"),
            ("Total", 2023, 1328.0, "JPY billion", "actual"),
            ("Total", 2024, 1597.0, "JPY billion", "actual"),
        ],
        claims=[
            ("share", 31.2, "percent", 2024, 2024, None),
            ("share", 26.4, "percent", 2024, 2024, None),
            ("share", 14.8, "percent", 2024, 2024, None),
            ("share", 9.5, "percent", 2024, 2024, None),
            ("share", 18.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 498.3 / 1597.0 = 31.20% -> 31.2
            ("arithmetic", "exact"),  # 421.7 / 1597.0 = 26.41% -> 26.4
            ("arithmetic", "exact"),  # 236.9 / 1597.0 = 14.83% -> 14.8
            ("arithmetic", "exact"),  # 152.0 / 1597.0 = 9.52% -> 9.5
            ("arithmetic", "exact"),  # 288.1 / 1597.0 = 18.04% -> 18.0
            ("hierarchy", "exact"),  # FY2023: 412.6 + 355.0 + 198.4 + 121.7 + 240.3 = 1328.0
            ("hierarchy", "exact"),  # FY2024: 498.3 + 421.7 + 236.9 + 152.0 + 288.1 = 1597.0
        ],
    ),
    # 16. Traditional Chinese tab-separated table, 民國 year headers with Gregorian years in brackets, 新台幣億元,
    #     a 113年市占率 column and a 總計 row; 113年 rows add to the total only within rounding; exchange rate nowhere
    dict(
        text=(
            "台灣伺服器品牌廠商產值與市占率(單位:新台幣億元)\n"
            "廠商\t112年(2023)\t113年(2024)\t113年市占率\n"
            "鴻翔電腦\t1,204.6\t1,512.3\t34.7%\n"
            "緯聯科技\t986.2\t1,187.5\t27.2%\n"
            "英達資通\t642.8\t803.9\t18.4%\n"
            "廣騰系統\t415.3\t498.7\t11.4%\n"
            "其他\t328.5\t361.2\t8.3%\n"
            "總計\t3,577.4\t4,363.7\t100.0%\n"
            "資料來源:竹塹產業情報中心,2025年5月。匯率以1美元兌32.1元新台幣計。"
        ),
        obs=[
            ("鴻翔電腦", 2023, 1204.6, "TWD 100 million", "actual"),
            ("鴻翔電腦", 2024, 1512.3, "TWD 100 million", "actual"),
            ("緯聯科技", 2023, 986.2, "TWD 100 million", "actual"),
            ("緯聯科技", 2024, 1187.5, "TWD 100 million", "actual"),
            ("英達資通", 2023, 642.8, "TWD 100 million", "actual"),
            ("英達資通", 2024, 803.9, "TWD 100 million", "actual"),
            ("廣騰系統", 2023, 415.3, "TWD 100 million", "actual"),
            ("廣騰系統", 2024, 498.7, "TWD 100 million", "actual"),
            ("其他", 2023, 328.5, "TWD 100 million", "actual"),
            ("其他", 2024, 361.2, "TWD 100 million", "actual"),
            ("總計", 2023, 3577.4, "TWD 100 million", "actual"),
            ("總計", 2024, 4363.7, "TWD 100 million", "actual"),
        ],
        claims=[
            ("share", 34.7, "percent", 2024, 2024, None),
            ("share", 27.2, "percent", 2024, 2024, None),
            ("share", 18.4, "percent", 2024, 2024, None),
            ("share", 11.4, "percent", 2024, 2024, None),
            ("share", 8.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1512.3 / 4363.7 = 34.66% -> 34.7
            ("arithmetic", "exact"),  # 1187.5 / 4363.7 = 27.21% -> 27.2
            ("arithmetic", "exact"),  # 803.9 / 4363.7 = 18.42% -> 18.4
            ("arithmetic", "exact"),  # 498.7 / 4363.7 = 11.43% -> 11.4
            ("arithmetic", "exact"),  # 361.2 / 4363.7 = 8.28% -> 8.3
            ("hierarchy", "exact"),  # 112年: 1204.6 + 986.2 + 642.8 + 415.3 + 328.5 = 3577.4
            # 113年: 1512.3 + 1187.5 + 803.9 + 498.7 + 361.2 = 4363.6, printed 4363.7; five rows at +-0.05
            # give 4363.35-4363.85, which reaches 4363.7 -> rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. Simplified Chinese space-aligned table in 亿元 with a 合计 row; one vendor's printed share its own amounts
    #     contradict; a note's fourth-quarter figure nowhere
    dict(
        text=(
            "2025年4月,锦程研究院发布中国云安全市场厂商格局数据(单位:亿元):\n"
            "厂商          2023年     2024年    2024年份额\n"
            "天穹安全        48.6       57.9        24.7%\n"
            "云盾信息        41.2       46.8        21.0%\n"
            "启明数安        29.5       35.1        15.0%\n"
            "长风网络        18.7       24.4        10.4%\n"
            "其他            62.0       70.3        30.0%\n"
            "合计           200.0      234.5       100.0%\n"
            "注:厂商收入仅含云安全业务;2024年第四季度市场规模为71.2亿元。"
        ),
        obs=[
            ("天穹安全", 2023, 48.6, "CNY 100 million", "actual"),
            ("天穹安全", 2024, 57.9, "CNY 100 million", "actual"),
            ("云盾信息", 2023, 41.2, "CNY 100 million", "actual"),
            ("云盾信息", 2024, 46.8, "CNY 100 million", "actual"),
            ("启明数安", 2023, 29.5, "CNY 100 million", "actual"),
            ("启明数安", 2024, 35.1, "CNY 100 million", "actual"),
            ("长风网络", 2023, 18.7, "CNY 100 million", "actual"),
            ("长风网络", 2024, 24.4, "CNY 100 million", "actual"),
            ("其他", 2023, 62.0, "CNY 100 million", "actual"),
            ("其他", 2024, 70.3, "CNY 100 million", "actual"),
            ("合计", 2023, 200.0, "CNY 100 million", "actual"),
            ("合计", 2024, 234.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 24.7, "percent", 2024, 2024, None),
            ("share", 21.0, "percent", 2024, 2024, None),
            ("share", 15.0, "percent", 2024, 2024, None),
            ("share", 10.4, "percent", 2024, 2024, None),
            ("share", 30.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 57.9 / 234.5 = 24.69% -> 24.7
            # 46.8 / 234.5 = 19.96% -> 20.0; bounds 46.75 / 234.55 = 19.93%, 46.85 / 234.45 = 19.98%;
            # 21.0 outside -> inconsistent
            ("arithmetic", "inconsistent"),
            ("arithmetic", "exact"),  # 35.1 / 234.5 = 14.97% -> 15.0
            ("arithmetic", "exact"),  # 24.4 / 234.5 = 10.41% -> 10.4
            ("arithmetic", "exact"),  # 70.3 / 234.5 = 29.98% -> 30.0
            ("hierarchy", "exact"),  # 2023: 48.6 + 41.2 + 29.5 + 18.7 + 62.0 = 200.0
            ("hierarchy", "exact"),  # 2024: 57.9 + 46.8 + 35.1 + 24.4 + 70.3 = 234.5
        ],
    ),
    # 18. English space-aligned table in £ million with a Q4 2024 column beside the yearly ones (nowhere); one
    #     share exact only within rounding; the title's years and the staff count nowhere
    dict(
        text=(
            "UK managed print services: vendor revenue and share, 2023-2024 (£ million)\n"
            "Vendor                 2023    2024   Share 2024   Q4 2024\n"
            "Ravensworth Imaging     318     342        33.3%        92\n"
            "Kestrel Document        221     236        23.0%        63\n"
            "Halden Office           147     151        14.8%        40\n"
            "Norland Print            87      94         9.2%        26\n"
            "Others                  212     203        19.8%        55\n"
            "Total                   985   1,026       100.0%       276\n"
            "Source: Pennine Market Analytics, March 2025. The four named vendors employ some 7,900 staff in the UK."
        ),
        obs=[
            ("Ravensworth Imaging", 2023, 318, "GBP million", "actual"),
            ("Ravensworth Imaging", 2024, 342, "GBP million", "actual"),
            ("Kestrel Document", 2023, 221, "GBP million", "actual"),
            ("Kestrel Document", 2024, 236, "GBP million", "actual"),
            ("Halden Office", 2023, 147, "GBP million", "actual"),
            ("Halden Office", 2024, 151, "GBP million", "actual"),
            ("Norland Print", 2023, 87, "GBP million", "actual"),
            ("Norland Print", 2024, 94, "GBP million", "actual"),
            ("Others", 2023, 212, "GBP million", "actual"),
            ("Others", 2024, 203, "GBP million", "actual"),
            ("Total", 2023, 985, "GBP million", "actual"),
            ("Total", 2024, 1026, "GBP million", "actual"),
        ],
        claims=[
            ("share", 33.3, "percent", 2024, 2024, None),
            ("share", 23.0, "percent", 2024, 2024, None),
            ("share", 14.8, "percent", 2024, 2024, None),
            ("share", 9.2, "percent", 2024, 2024, None),
            ("share", 19.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 342 / 1026 = 33.33% -> 33.3
            ("arithmetic", "exact"),  # 236 / 1026 = 23.00% -> 23.0
            # 151 / 1026 = 14.72% -> 14.7, not 14.8; bounds 150.5 / 1026.5 = 14.66%, 151.5 / 1025.5 = 14.77%
            # (rounds to 14.8) -> rounding
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 94 / 1026 = 9.16% -> 9.2
            ("arithmetic", "exact"),  # 203 / 1026 = 19.79% -> 19.8
            ("hierarchy", "exact"),  # 2023: 318 + 221 + 147 + 87 + 212 = 985
            ("hierarchy", "exact"),  # 2024: 342 + 236 + 151 + 94 + 203 = 1026
        ],
    ),
    # 19. Traditional Chinese pipe table, Hong Kong vendors in 百萬港元 (HKD million) by year with a 按年增長
    #     column and a 總計 row; one row's rate exact only within rounding; a quarter's total and headcount nowhere
    dict(
        text=(
            "香港電子支付服務商收入(百萬港元)\n"
            "| 服務商 | 2023年 | 2024年 | 按年增長 |\n"
            "|---|---:|---:|---:|\n"
            "| 八通支付 | 1,842 | 2,113 | 14.7% |\n"
            "| 港易付 | 1,206 | 1,451 | 20.3% |\n"
            "| 維港錢包 | 655 | 804 | 22.9% |\n"
            "| 其他 | 497 | 512 | 3.0% |\n"
            "| 總計 | 4,200 | 4,880 | 16.2% |\n"
            "資料來源:香港金融科技研究社《2025年電子支付年報》。註:2024年第四季總收入為1,352百萬港元;業界僱員約3,600人。"
        ),
        obs=[
            ("八通支付", 2023, 1842, "HKD million", "actual"),
            ("八通支付", 2024, 2113, "HKD million", "actual"),
            ("港易付", 2023, 1206, "HKD million", "actual"),
            ("港易付", 2024, 1451, "HKD million", "actual"),
            ("維港錢包", 2023, 655, "HKD million", "actual"),
            ("維港錢包", 2024, 804, "HKD million", "actual"),
            ("其他", 2023, 497, "HKD million", "actual"),
            ("其他", 2024, 512, "HKD million", "actual"),
            ("總計", 2023, 4200, "HKD million", "actual"),
            ("總計", 2024, 4880, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 14.7, "percent", 2023, 2024, 1.0),
            ("growth", 20.3, "percent", 2023, 2024, 1.0),
            ("growth", 22.9, "percent", 2023, 2024, 1.0),
            ("growth", 3.0, "percent", 2023, 2024, 1.0),
            ("growth", 16.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2113 / 1842 - 1 = 14.71% -> 14.7
            ("cagr|implied", "exact"),  # 1451 / 1206 - 1 = 20.32% -> 20.3
            # 804 / 655 - 1 = 22.75% -> 22.7, not 22.9; bounds 803.5 / 655.5 - 1 = 22.58%,
            # 804.5 / 654.5 - 1 = 22.92% (rounds to 22.9) -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 512 / 497 - 1 = 3.02% -> 3.0
            ("cagr|implied", "exact"),  # 4880 / 4200 - 1 = 16.19% -> 16.2
            ("hierarchy", "exact"),  # 2023: 1842 + 1206 + 655 + 497 = 4200
            ("hierarchy", "exact"),  # 2024: 2113 + 1451 + 804 + 512 = 4880
        ],
    ),
    # 20. English pipe table from a German association, EUR million with spaced thousands, a 2025e column
    #     (estimate), shares with decimal commas "31,1 %", a Total row; the table number and exchange rate nowhere
    dict(
        text=(
            "Industrial IoT platform revenue in Germany by vendor (EUR million)\n"
            "| Vendor | 2023 | 2024 | 2025e | Share 2024 |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Rheinwerk Digital | 1 046 | 1 198 | 1 352 | 31,1 % |\n"
            "| Talberg Systems | 812 | 905 | 1 010 | 23,5 % |\n"
            "| Lindqvist Automation | 433 | 517 | 604 | 13,4 % |\n"
            "| Others | 1 109 | 1 230 | 1 342 | 31,9 % |\n"
            "| Total | 3 400 | 3 850 | 4 308 | 100,0 % |\n"
            "Source: Verband Industrielle Vernetzung (VIV), Marktbericht Mai 2025, table 4. Reference rate: "
            "EUR 1 = USD 1,08."
        ),
        obs=[
            ("Rheinwerk Digital", 2023, 1046, "EUR million", "actual"),
            ("Rheinwerk Digital", 2024, 1198, "EUR million", "actual"),
            ("Rheinwerk Digital", 2025, 1352, "EUR million", "estimate"),
            ("Talberg Systems", 2023, 812, "EUR million", "actual"),
            ("Talberg Systems", 2024, 905, "EUR million", "actual"),
            ("Talberg Systems", 2025, 1010, "EUR million", "estimate"),
            ("Lindqvist Automation", 2023, 433, "EUR million", "actual"),
            ("Lindqvist Automation", 2024, 517, "EUR million", "actual"),
            ("Lindqvist Automation", 2025, 604, "EUR million", "estimate"),
            ("Others", 2023, 1109, "EUR million", "actual"),
            ("Others", 2024, 1230, "EUR million", "actual"),
            ("Others", 2025, 1342, "EUR million", "estimate"),
            ("Total", 2023, 3400, "EUR million", "actual"),
            ("Total", 2024, 3850, "EUR million", "actual"),
            ("Total", 2025, 4308, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 31.1, "percent", 2024, 2024, None),
            ("share", 23.5, "percent", 2024, 2024, None),
            ("share", 13.4, "percent", 2024, 2024, None),
            ("share", 31.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1198 / 3850 = 31.12% -> 31.1
            ("arithmetic", "exact"),  # 905 / 3850 = 23.51% -> 23.5
            ("arithmetic", "exact"),  # 517 / 3850 = 13.43% -> 13.4
            ("arithmetic", "exact"),  # 1230 / 3850 = 31.95% -> 31.9 (31.948)
            ("hierarchy", "exact"),  # 2023: 1046 + 812 + 433 + 1109 = 3400
            ("hierarchy", "exact"),  # 2024: 1198 + 905 + 517 + 1230 = 3850
            ("hierarchy", "exact"),  # 2025e: 1352 + 1010 + 604 + 1342 = 4308
        ],
    ),
    # 21. English prose, Japanese research house, yen, fiscal years ending March: "¥1,324.5 billion in fiscal 2024",
    #    yoy rate on a printed base, forecast in "¥2.54 trillion" (converted into the series' JPY billion), stated CAGR
    #    span "between fiscal 2024 and fiscal 2029"; dollar conversion, survey share, percentage points, respondent
    #    count expected nowhere
    dict(
        text=(
            "TOKYO, 18 June 2025 — Spending on artificial intelligence kept climbing in Japan through the year to "
            "March. Kasumi Research Institute estimates that the domestic AI system market reached ¥1,324.5 billion "
            "in fiscal 2024, a rise of 56.5% on the ¥846.3 billion recorded a year earlier. The institute projects "
            "the market at ¥2.54 trillion in fiscal 2029 (roughly $17 billion at current rates), a compound annual "
            "growth rate of 13.9% between fiscal 2024 and fiscal 2029. In a survey of 1,180 companies conducted for "
            "the report, 38% said they had moved at least one generative AI project into production, 11 percentage "
            "points more than a year before."
        ),
        obs=[
            ("Total", 2024, 1324.5, "JPY billion", "actual"),
            ("Total", 2023, 846.3, "JPY billion", "actual"),
            ("Total", 2029, 2540, "JPY billion", "estimate"),  # ¥2.54 trillion in the series' unit
        ],
        claims=[
            ("growth", 56.5, "percent", 2023, 2024, 1.0),
            ("cagr", 13.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1324.5 / 846.3 - 1 = 56.505% -> 56.5
            ("cagr|implied", "exact"),  # (2540 / 1324.5) ** (1/5) - 1 = 13.909% -> 13.9
        ],
    ),
    # 22. English prose, Hong Kong council, "HK$4.86 billion" total and a segment "HK$486 million" (own item, HKD
    #    million), share of the total with both amounts printed, "last year's" from the dateline; member-firm count,
    #    a listed company's own revenue and a share-price target expected nowhere
    dict(
        text=(
            "HONG KONG, 9 April 2025 — Hong Kong's wealth-technology market is smaller than Singapore's but is "
            "growing faster, according to the Harbour Fintech Council. In its annual review the council put local "
            "spending on wealthtech platforms at HK$4.86 billion in 2024, up 14.4% from HK$4.25 billion in 2023. "
            "Robo-advisory services made up HK$486 million of last year's total, or 10% of the market. The council, "
            "which has 212 member firms, expects spending to reach HK$8.2 billion in 2028. Listed operator Junk Bay "
            "Capital, whose own revenue rose to HK$612 million, trades well below the HK$14.50 target set by brokers."
        ),
        obs=[
            ("Total", 2024, 4.86, "HKD billion", "actual"),
            ("Total", 2023, 4.25, "HKD billion", "actual"),
            ("Total", 2028, 8.2, "HKD billion", "estimate"),
            ("Robo-advisory services", 2024, 0.486, "HKD billion", "actual"),  # HK$486 million, in the series' unit
        ],
        claims=[
            ("growth", 14.4, "percent", 2023, 2024, 1.0),
            ("share", 10.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.86 / 4.25 - 1 = 14.353% -> 14.4
            ("arithmetic", "exact"),  # 486 / 4860 = 10.000% -> 10
        ],
    ),
    # 23. English prose, German trade association with decimal commas ("EUR 12,5 billion", "7,8 %") and spaced
    #    thousands ("EUR 4 180 million") for two segments; an average annual rate whose span only the amounts' years
    #    give (inferred CAGR, cagr|period); a federal subsidy and an installer survey expected nowhere
    dict(
        text=(
            "BERLIN — Germany's smart-home market grew more slowly in 2024 but still reached EUR 12,5 billion, "
            "according to the trade association Verband Vernetztes Wohnen (VVW). That is 7,8 % more than the "
            "EUR 11,6 billion spent in 2023. Security and access products were the largest segment at EUR 4 180 "
            "million, followed by energy management with EUR 3 020 million. The federal retrofit subsidy programme, "
            "worth EUR 300 million, was named as a driver by 44 % of installers questioned. VVW expects sales of "
            "EUR 15,1 billion in 2027, an average increase of 6,5 % a year."
        ),
        obs=[
            ("Total", 2024, 12.5, "EUR billion", "actual"),
            ("Total", 2023, 11.6, "EUR billion", "actual"),
            ("Total", 2027, 15.1, "EUR billion", "estimate"),
            ("Security and access products", 2024, 4.18, "EUR billion", "actual"),  # EUR 4 180 million, in the
            ("Energy management", 2024, 3.02, "EUR billion", "actual"),  # series' unit
        ],
        claims=[
            ("growth", 7.8, "percent", 2023, 2024, 1.0),
            ("cagr", 6.5, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 12.5 / 11.6 - 1 = 7.759% -> 7.8
            ("cagr|period", "exact"),  # (15.1 / 12.5) ** (1/3) - 1 = 6.501% -> 6.5
        ],
    ),
    # 24. English prose, UK consultancy, "£3.1bn last year" vs "£2.6bn of 2023" with a stated 12% rise the amounts
    #    contradict (inconsistent); a first-quarter figure, employment and a company's own revenue expected nowhere
    dict(
        text=(
            "LONDON, 2 October 2025 — Britain's market for managed cyber-security services was worth £3.1bn last "
            "year, 12% more than the £2.6bn of 2023, says a report from the consultancy Ashcombe Partners. The sector "
            "now employs about 58,000 people. Spending in the first quarter of this year came to £860m, and Ashcombe "
            "forecasts £4.4bn by 2028. Market leader Greyfriars Cyber reported revenue of £412m for its latest "
            "financial year."
        ),
        obs=[
            ("Total", 2024, 3.1, "GBP billion", "actual"),
            ("Total", 2023, 2.6, "GBP billion", "actual"),
            ("Total", 2028, 4.4, "GBP billion", "estimate"),
        ],
        claims=[
            ("growth", 12.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 23.1 / 2.6 - 1 = 19.23%; bounds 3.05 / 2.65 - 1 = 15.09% .. 3.15 / 2.55 - 1 = 23.53%; 12 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 25. English prose, Taiwanese institute in New Taiwan dollars, "NT$612 billion" and "NT$1.1 trillion in 2030"
    #    (converted into TWD billion), stated 2024-2030 CAGR of 9.8% reachable only within rounding; US-dollar
    #    conversion, the exchange rate, a government budget and a company's own sales expected nowhere
    dict(
        text=(
            "TAIPEI, 11 March 2025 — Taiwan's advanced-packaging output will keep expanding through the decade, the "
            "Formosa Industrial Economics Institute (FIEI) said on Tuesday. The institute puts 2024 output at NT$612 "
            "billion (about US$19 billion at an exchange rate of 32.1 to the dollar) and forecasts NT$1.1 trillion "
            "in 2030, a compound annual growth rate of 9.8% from 2024 to 2030. Government support under the chip "
            "programme totals NT$15 billion this year. The island's largest packaging house, Hsinchu Advanced "
            "Packaging, booked NT$188 billion in sales last year."
        ),
        obs=[
            ("Total", 2024, 612, "TWD billion", "actual"),
            ("Total", 2030, 1100, "TWD billion", "estimate"),  # NT$1.1 trillion in the series' unit
        ],
        claims=[
            ("cagr", 9.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (1100 / 612) ** (1/6) - 1 = 10.27% -> 10.3, not 9.8; bounds (1050 / 612.5) ** (1/6) - 1 = 9.40% ..
            # (1150 / 611.5) ** (1/6) - 1 = 11.10%; 9.8 inside
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. Traditional Chinese prose, Taiwan, 民國113年 beside 2024年, 新台幣億元 產值, yoy rate, forecast "突破新台幣1兆元"
    #    (1兆 = 10000億, in the series' unit); a ministry budget and a headcount expected nowhere
    dict(
        text=(
            "【台北訊】2025年4月15日——台灣產業經濟研究院最新報告指出,民國113年(2024年)台灣智慧機械產值達新台幣"
            "8,420億元,較112年的7,580億元成長11.1%。報告預估,在AI伺服器與半導體設備需求帶動下,2026年產值有望"
            "突破新台幣1兆元。經濟部今年編列的智慧機械補助預算為新台幣32億元,相關從業人員約4.6萬人。"
        ),
        obs=[
            ("Total", 2024, 8420, "TWD 100 million", "actual"),
            ("Total", 2023, 7580, "TWD 100 million", "actual"),
            ("Total", 2026, 10000, "TWD 100 million", "estimate"),  # 突破1兆元, at its printed figure
        ],
        claims=[
            ("growth", 11.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8420 / 7580 - 1 = 11.082% -> 11.1
        ],
    ),
    # 27. Traditional Chinese prose, Hong Kong federation, 億港元, 按年增長, a segment with its 佔整體市場 share (part and
    #    whole printed), stated 2024至2029 CAGR; 約合…美元 conversion and a survey percentage expected nowhere
    dict(
        text=(
            "香港醫學美容聯會2025年6月發表的年度報告顯示,2024年本港非手術醫學美容市場規模達186億港元,按年增長"
            "9.4%,2023年則為170億港元。其中注射類療程為71.3億港元,佔整體市場的38.3%。聯會預計,市場規模將於2029年"
            "增至285億港元,2024至2029年的年複合增長率為8.9%。以現時匯率計算,186億港元約合23.8億美元。報告訪問的"
            "1,050名市民中,有27%表示過去一年曾接受相關療程。"
        ),
        obs=[
            ("Total", 2024, 186, "HKD 100 million", "actual"),
            ("Total", 2023, 170, "HKD 100 million", "actual"),
            ("Total", 2029, 285, "HKD 100 million", "estimate"),
            ("注射類療程", 2024, 71.3, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 9.4, "percent", 2023, 2024, 1.0),
            ("share", 38.3, "percent", 2024, 2024, None),
            ("cagr", 8.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186 / 170 - 1 = 9.412% -> 9.4
            ("arithmetic", "exact"),  # 71.3 / 186 = 38.333% -> 38.3
            ("cagr|implied", "exact"),  # (285 / 186) ** (1/5) - 1 = 8.910% -> 8.9
        ],
    ),
    # 28. Traditional Chinese prose, Taiwan, public-cloud market in 新台幣億元 with a 17.5% rise reachable only within
    #    rounding; "今年…700億元左右" (approximate, estimate of the dateline's year); a fourth-quarter figure and a
    #    telecom operator's own cloud revenue expected nowhere
    dict(
        text=(
            "(2025年2月)寶島數位產業研究所估計,2024年台灣公有雲服務市場規模為新台幣601億元,較2023年的512億元"
            "成長17.5%。其中第四季單季支出達新台幣168億元,為歷年單季新高。研究所預估,今年市場規模可望成長至"
            "700億元左右。某大型電信業者去年的雲端服務營收則為新台幣42億元。"
        ),
        obs=[
            ("Total", 2024, 601, "TWD 100 million", "actual"),
            ("Total", 2023, 512, "TWD 100 million", "actual"),
            ("Total", 2025, 700, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 601 / 512 - 1 = 17.383% -> 17.4, not 17.5; bounds 600.5 / 512.5 - 1 = 17.17% ..
            # 621.5 / 511.5 - 1 = 17.60%; 17.5 inside
            ("cagr|implied", "rounding"),
        ],
    ),
    # 29. Simplified Chinese prose about a Japanese market in 亿日元, 财年 ending March (2024财年 -> 2024), yoy rate on a
    #    printed base, "约为2024财年的4.2倍" (multiple, no verdict); 约合…美元 conversion, the yen-dollar rate, a
    #    company's own sales and a quarter expected nowhere
    dict(
        text=(
            "据东京调研机构樱丘综研发布的报告,2024财年(截至2025年3月)日本国内生成式AI市场规模达到1,016亿日元,"
            "较2023财年的552亿日元增长84.1%。报告预计,到2028财年该市场将扩大至4,300亿日元,约为2024财年的4.2倍;"
            "按1美元兑150日元计算,约合28.7亿美元。仅2025年1-3月单季,企业采购额就超过300亿日元。行业龙头日向数据"
            "同期营收为120亿日元。"
        ),
        obs=[
            ("Total", 2024, 1016, "JPY 100 million", "actual"),
            ("Total", 2023, 552, "JPY 100 million", "actual"),
            ("Total", 2028, 4300, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 84.1, "percent", 2023, 2024, 1.0),
            ("multiple", 4.2, "multiple", 2024, 2028, 4.0),  # 4300 / 1016 = 4.23; no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1016 / 552 - 1 = 84.058% -> 84.1
        ],
    ),
    # 30. Simplified Chinese prose, mainland, a series opening in 万亿元 (unit CNY trillion), a 6.9% rise reachable only
    #     within rounding, "超过1.9万亿元" forecast, a layer in 亿元 (own item) with its share of the whole printed;
    #     千亿级, jobs and 百分点 expected nowhere
    dict(
        text=(
            "2025年3月发布的《工业互联网产业经济发展报告》显示,2024年我国工业互联网核心产业规模达到1.53万亿元,"
            "同比增长6.9%,2023年为1.43万亿元。其中平台层规模为4,160亿元,占核心产业规模的27.2%,比上年提高"
            "1.2个百分点。报告预计,2027年核心产业规模将超过1.9万亿元,并带动形成多个千亿级产业集群,新增就业"
            "超过300万人。"
        ),
        obs=[
            ("Total", 2024, 1.53, "CNY trillion", "actual"),
            ("Total", 2023, 1.43, "CNY trillion", "actual"),
            ("Total", 2027, 1.9, "CNY trillion", "estimate"),
            ("平台层", 2024, 4160, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 6.9, "percent", 2023, 2024, 1.0),
            ("share", 27.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 21.53 / 1.43 - 1 = 6.993% -> 7.0, not 6.9; bounds 1.525 / 1.435 - 1 = 6.27% ..
            # 21.535 / 1.425 - 1 = 7.72%; 6.9 inside
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 4160 / 15300 = 27.190% -> 27.2
        ],
    ),
    # 31. Simplified Chinese prose, Hong Kong think tank, 亿港元, a stated 6.5% rise its amounts contradict
    #     (inconsistent); a government allocation, places in care homes expected nowhere
    dict(
        text=(
            "香港银龄政策研究中心2025年5月发布的报告指出,2024年香港私营安老服务市场规模达152亿港元,同比增长6.5%,"
            "2023年为138亿港元。报告预计,到2030年市场规模将达到230亿港元。特区政府在2025/26财政年度为社区照顾券"
            "预留的拨款约为12亿港元,全港私营院舍宿位约2.7万个。"
        ),
        obs=[
            ("Total", 2024, 152, "HKD 100 million", "actual"),
            ("Total", 2023, 138, "HKD 100 million", "actual"),
            ("Total", 2030, 230, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 6.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 152 / 138 - 1 = 10.14%; bounds 151.5 / 138.5 - 1 = 9.39% .. 152.5 / 137.5 - 1 = 10.91%; 6.5 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 32. Simplified Chinese prose, mainland, "由2020年的120亿元增长2倍至2024年的360亿元" (x3 over 4 years, no
    #     verdict), a segment's 占比 with part and whole printed, stated 2024-2027 CAGR to a forecast amount; a
    #     company's own revenue expected nowhere
    dict(
        text=(
            "储能温控行业近年扩张迅速。据华储产业研究院统计,我国储能温控市场规模由2020年的120亿元增长2倍至2024年"
            "的360亿元,其中液冷方案规模为162亿元,占比45%。研究院预计,2024-2027年市场年均复合增长率为18.1%,"
            "2027年市场规模将达到593亿元。行业龙头科凌温控2024年营业收入为41.2亿元。"
        ),
        obs=[
            ("Total", 2020, 120, "CNY 100 million", "actual"),
            ("Total", 2024, 360, "CNY 100 million", "actual"),
            ("Total", 2027, 593, "CNY 100 million", "estimate"),
            ("液冷方案", 2024, 162, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2020, 2024, 4.0),  # 增长2倍 between two printed amounts -> x3
            ("share", 45.0, "percent", 2024, 2024, None),
            ("cagr", 18.1, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 162 / 360 = 45.000% -> 45
            ("cagr|implied", "exact"),  # (593 / 360) ** (1/3) - 1 = 18.100% -> 18.1
        ],
    ),
    # 33. Traditional Chinese prose, Taiwan, 民國 years only (113年 -> 2024, 112年 -> 2023, 114年 -> 2025), a decline
    #     (negative rate); a per-vehicle subsidy, registrations and a penetration rate with 百分點 expected nowhere
    dict(
        text=(
            "中華電動二輪車產業協會統計,民國113年國內電動機車市場銷售額為新台幣218億元,較112年的246億元減少"
            "11.4%,主因購車補助縮減至每輛新台幣5,100元。全年新掛牌約9.1萬輛,電動機車占機車新掛牌比例降至11.8%,"
            "減少1.6個百分點。協會預估,114年銷售額可望回升至新台幣230億元。"
        ),
        obs=[
            ("Total", 2024, 218, "TWD 100 million", "actual"),
            ("Total", 2023, 246, "TWD 100 million", "actual"),
            ("Total", 2025, 230, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", -11.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 218 / 246 - 1 = -11.382% -> -11.4
        ],
    ),
    # 34. Simplified Chinese prose, mainland, yoy rate and stated 2024-2030 CAGR, a second publisher's figure for the
    #     same year (nowhere), 约合…美元 conversion (nowhere) and a won figure for Korea (no observation)
    dict(
        text=(
            "星辰咨询2025年4月发布的报告显示,2024年中国智能座舱软件市场规模为1,260亿元(约合175亿美元),同比增长"
            "21.6%,2023年为1,036亿元。该机构预计,2030年市场规模将达到3,800亿元,2024-2030年复合增长率为20.2%。"
            "另一家机构北辰研究则将2024年的市场规模估算为1,410亿元。同期韩国同类市场约为2.3万亿韩元。"
        ),
        obs=[
            ("Total", 2024, 1260, "CNY 100 million", "actual"),
            ("Total", 2023, 1036, "CNY 100 million", "actual"),
            ("Total", 2030, 3800, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
            ("cagr", 20.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1260 / 1036 - 1 = 21.622% -> 21.6
            ("cagr|implied", "exact"),  # (3800 / 1260) ** (1/6) - 1 = 20.199% -> 20.2
        ],
    ),
    # 35. English pipe table, Japanese market by segment and fiscal year (FY2023, FY2024, FY2025e), ¥ billion, with
    #     a "Total" row adding up in every column; operator count in the prose expected nowhere
    dict(
        text=(
            "Domestic robotics-as-a-service market by segment (¥ billion; fiscal years ending March)\n"
            "| Segment | FY2023 | FY2024 | FY2025e |\n"
            "|---|---|---|---|\n"
            "| Logistics | 142.6 | 171.3 | 205.0 |\n"
            "| Cleaning | 58.4 | 66.9 | 75.2 |\n"
            "| Food service | 31.7 | 40.5 | 51.8 |\n"
            "| Healthcare | 22.1 | 27.6 | 34.4 |\n"
            "| Total | 254.8 | 306.3 | 366.4 |\n"
            "Source: Minato Robotics Research, June 2025, based on interviews with 312 operators."
        ),
        obs=[
            ("Logistics", 2023, 142.6, "JPY billion", "actual"),
            ("Logistics", 2024, 171.3, "JPY billion", "actual"),
            ("Logistics", 2025, 205.0, "JPY billion", "estimate"),
            ("Cleaning", 2023, 58.4, "JPY billion", "actual"),
            ("Cleaning", 2024, 66.9, "JPY billion", "actual"),
            ("Cleaning", 2025, 75.2, "JPY billion", "estimate"),
            ("Food service", 2023, 31.7, "JPY billion", "actual"),
            ("Food service", 2024, 40.5, "JPY billion", "actual"),
            ("Food service", 2025, 51.8, "JPY billion", "estimate"),
            ("Healthcare", 2023, 22.1, "JPY billion", "actual"),
            ("Healthcare", 2024, 27.6, "JPY billion", "actual"),
            ("Healthcare", 2025, 34.4, "JPY billion", "estimate"),
            ("Total", 2023, 254.8, "JPY billion", "actual"),
            ("Total", 2024, 306.3, "JPY billion", "actual"),
            ("Total", 2025, 366.4, "JPY billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # FY2023: 142.6 + 58.4 + 31.7 + 22.1 = 254.8
            ("hierarchy", "exact"),  # FY2024: 171.3 + 66.9 + 40.5 + 27.6 = 306.3
            ("hierarchy", "exact"),  # FY2025e: 205.0 + 75.2 + 51.8 + 34.4 = 366.4
        ],
    ),
    # 36. Traditional Chinese pipe table with 民國 year headers (111年 -> 2022 ... 113年(預估) -> 2024 estimate),
    #     新台幣億元, a 合計 row that adds up exactly in two columns and only within rounding in the third; the table
    #     number expected nowhere
    dict(
        text=(
            "表2 台灣資安產業產值(單位:新台幣億元)\n"
            "| 項目 | 民國111年 | 民國112年 | 民國113年(預估) |\n"
            "|---|---|---|---|\n"
            "| 資安硬體 | 263 | 281 | 305 |\n"
            "| 資安軟體 | 198 | 224 | 252 |\n"
            "| 資安服務 | 215 | 241 | 273 |\n"
            "| 合計 | 676 | 746 | 831 |\n"
            "資料來源:台灣資安產業研究中心,2024年12月。"
        ),
        obs=[
            ("資安硬體", 2022, 263, "TWD 100 million", "actual"),
            ("資安硬體", 2023, 281, "TWD 100 million", "actual"),
            ("資安硬體", 2024, 305, "TWD 100 million", "estimate"),
            ("資安軟體", 2022, 198, "TWD 100 million", "actual"),
            ("資安軟體", 2023, 224, "TWD 100 million", "actual"),
            ("資安軟體", 2024, 252, "TWD 100 million", "estimate"),
            ("資安服務", 2022, 215, "TWD 100 million", "actual"),
            ("資安服務", 2023, 241, "TWD 100 million", "actual"),
            ("資安服務", 2024, 273, "TWD 100 million", "estimate"),
            ("合計", 2022, 676, "TWD 100 million", "actual"),
            ("合計", 2023, 746, "TWD 100 million", "actual"),
            ("合計", 2024, 831, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 111年: 263 + 198 + 215 = 676
            ("hierarchy", "exact"),  # 112年: 281 + 224 + 241 = 746
            # 113年: 305 + 252 + 273 = 830, printed 831; bounds 828.5 .. 831.5; 831 inside
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. English tab-separated vertical table (rows are years) with a lone value column headed by its unit only
    #     ("HK$ million" -> Total) and a YoY column, 2025F an estimate; member-company count expected nowhere
    dict(
        text=(
            "Hong Kong gerontechnology market, compiled by the Kowloon Gerontech Association from 46 member "
            "companies (published March 2025)\n"
            "Year\tHK$ million\tYoY change\n"
            "2021\t1,284\t—\n"
            "2022\t1,415\t10.2%\n"
            "2023\t1,602\t13.2%\n"
            "2024\t1,851\t15.5%\n"
            "2025F\t2,140\t15.6%"
        ),
        obs=[
            ("Total", 2021, 1284, "HKD million", "actual"),
            ("Total", 2022, 1415, "HKD million", "actual"),
            ("Total", 2023, 1602, "HKD million", "actual"),
            ("Total", 2024, 1851, "HKD million", "actual"),
            ("Total", 2025, 2140, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", 10.2, "percent", 2021, 2022, 1.0),
            ("growth", 13.2, "percent", 2022, 2023, 1.0),
            ("growth", 15.5, "percent", 2023, 2024, 1.0),
            ("growth", 15.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1415 / 1284 - 1 = 10.202% -> 10.2
            ("cagr|implied", "exact"),  # 1602 / 1415 - 1 = 13.216% -> 13.2
            ("cagr|implied", "exact"),  # 1851 / 1602 - 1 = 15.543% -> 15.5
            ("cagr|implied", "exact"),  # 2140 / 1851 - 1 = 15.613% -> 15.6
        ],
    ),
    # 38. English pipe table, French association, EUR million with spaced thousands ("1 182"), a Total row, and a
    #     prose decline in decimal-comma style ("fell 2,7 %"); a per-bike purchase bonus expected nowhere
    dict(
        text=(
            "Table 4: French e-bike market by segment, EUR million (source: Union Vélo Électrique)\n"
            "| Segment | 2022 | 2023 | 2024 |\n"
            "|---|---|---|---|\n"
            "| City e-bikes | 1 182 | 1 095 | 1 034 |\n"
            "| Cargo e-bikes | 312 | 355 | 391 |\n"
            "| E-MTB | 648 | 602 | 571 |\n"
            "| Total | 2 142 | 2 052 | 1 996 |\n"
            "Sales fell 2,7 % in 2024, the second annual decline, despite a state purchase bonus of up to EUR 400 "
            "per bike."
        ),
        obs=[
            ("City e-bikes", 2022, 1182, "EUR million", "actual"),
            ("City e-bikes", 2023, 1095, "EUR million", "actual"),
            ("City e-bikes", 2024, 1034, "EUR million", "actual"),
            ("Cargo e-bikes", 2022, 312, "EUR million", "actual"),
            ("Cargo e-bikes", 2023, 355, "EUR million", "actual"),
            ("Cargo e-bikes", 2024, 391, "EUR million", "actual"),
            ("E-MTB", 2022, 648, "EUR million", "actual"),
            ("E-MTB", 2023, 602, "EUR million", "actual"),
            ("E-MTB", 2024, 571, "EUR million", "actual"),
            ("Total", 2022, 2142, "EUR million", "actual"),
            ("Total", 2023, 2052, "EUR million", "actual"),
            ("Total", 2024, 1996, "EUR million", "actual"),
        ],
        claims=[
            ("growth", -2.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 1182 + 312 + 648 = 2142
            ("hierarchy", "exact"),  # 2023: 1095 + 355 + 602 = 2052
            ("hierarchy", "exact"),  # 2024: 1034 + 391 + 571 = 1996
            ("cagr|implied", "exact"),  # 1996 / 2052 - 1 = -2.729% -> -2.7
        ],
    ),
    # 39. Simplified Chinese pipe table with 年度 headers, 亿元, a 2024年占比 column (shares of the printed 合计, each
    #     an arithmetic check; the 100% total row is no claim) and a 2025E estimate column; seller count nowhere
    dict(
        text=(
            "表3 中国跨境电商SaaS市场结构(单位:亿元)\n"
            "| 细分 | 2023年度 | 2024年度 | 2024年占比 | 2025E |\n"
            "|---|---|---|---|---|\n"
            "| 店铺建站 | 86.4 | 101.2 | 37.6% | 118.0 |\n"
            "| 营销工具 | 72.9 | 88.7 | 33.0% | 106.5 |\n"
            "| ERP与物流 | 61.0 | 79.1 | 29.4% | 96.3 |\n"
            "| 合计 | 220.3 | 269.0 | 100% | 320.8 |\n"
            "注:2025E为预测值;样本覆盖1,200家跨境卖家。"
        ),
        obs=[
            ("店铺建站", 2023, 86.4, "CNY 100 million", "actual"),
            ("店铺建站", 2024, 101.2, "CNY 100 million", "actual"),
            ("店铺建站", 2025, 118.0, "CNY 100 million", "estimate"),
            ("营销工具", 2023, 72.9, "CNY 100 million", "actual"),
            ("营销工具", 2024, 88.7, "CNY 100 million", "actual"),
            ("营销工具", 2025, 106.5, "CNY 100 million", "estimate"),
            ("ERP与物流", 2023, 61.0, "CNY 100 million", "actual"),
            ("ERP与物流", 2024, 79.1, "CNY 100 million", "actual"),
            ("ERP与物流", 2025, 96.3, "CNY 100 million", "estimate"),
            ("合计", 2023, 220.3, "CNY 100 million", "actual"),
            ("合计", 2024, 269.0, "CNY 100 million", "actual"),
            ("合计", 2025, 320.8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 37.6, "percent", 2024, 2024, None),  # 店铺建站
            ("share", 33.0, "percent", 2024, 2024, None),  # 营销工具
            ("share", 29.4, "percent", 2024, 2024, None),  # ERP与物流
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 86.4 + 72.9 + 61.0 = 220.3
            ("hierarchy", "exact"),  # 2024: 101.2 + 88.7 + 79.1 = 269.0
            ("hierarchy", "exact"),  # 2025E: 118.0 + 106.5 + 96.3 = 320.8
            ("arithmetic", "exact"),  # 101.2 / 269.0 = 37.621% -> 37.6
            ("arithmetic", "exact"),  # 88.7 / 269.0 = 32.974% -> 33.0
            ("arithmetic", "exact"),  # 79.1 / 269.0 = 29.405% -> 29.4
        ],
    ),
    # 40. English space-aligned table, UK, £ million by category and year, a Total row that adds up in 2022 and 2023
    #     but not in 2024 (inconsistent); a fourth-quarter figure and "about a quarter of sales" expected nowhere
    dict(
        text=(
            "UK plant-based food retail sales, £ million (Albion Food Monitor, February 2025)\n"
            "Category            2022     2023     2024\n"
            "Milk alternatives    412      398      405\n"
            "Meat alternatives    586      521      478\n"
            "Ready meals          233      247      262\n"
            "Other                118      126      131\n"
            "Total              1,349    1,292    1,296\n"
            "Own-label lines took about a quarter of sales; the fourth quarter of 2024 alone brought in £331m."
        ),
        obs=[
            ("Milk alternatives", 2022, 412, "GBP million", "actual"),
            ("Milk alternatives", 2023, 398, "GBP million", "actual"),
            ("Milk alternatives", 2024, 405, "GBP million", "actual"),
            ("Meat alternatives", 2022, 586, "GBP million", "actual"),
            ("Meat alternatives", 2023, 521, "GBP million", "actual"),
            ("Meat alternatives", 2024, 478, "GBP million", "actual"),
            ("Ready meals", 2022, 233, "GBP million", "actual"),
            ("Ready meals", 2023, 247, "GBP million", "actual"),
            ("Ready meals", 2024, 262, "GBP million", "actual"),
            ("Other", 2022, 118, "GBP million", "actual"),
            ("Other", 2023, 126, "GBP million", "actual"),
            ("Other", 2024, 131, "GBP million", "actual"),
            ("Total", 2022, 1349, "GBP million", "actual"),
            ("Total", 2023, 1292, "GBP million", "actual"),
            ("Total", 2024, 1296, "GBP million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 412 + 586 + 233 + 118 = 1349
            ("hierarchy", "exact"),  # 2023: 398 + 521 + 247 + 126 = 1292
            # 2024: 405 + 478 + 262 + 131 = 1276, printed 1296; bounds 1274 .. 1278; 1296 unreachable
            ("hierarchy", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundredth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 10, 'inconsistent': 6, 'rounding': 10, 'exact': 96}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '¥1,324.5 billion in fiscal 2024, the year ended March 2025',
    'HK$486 million',
    'EUR 12,5 billion',
    'a rise of 14,9 %',
    '£3.1bn',
    'EUR 1 250 million',
    'between EUR 1 300 million and EUR 1 350 million this year',
    '¥1.1 trillion (about $7.3 billion)',
    'A rival tally by Aoyama Data Lab',
    'equivalent to about US$15.0 billion',
    '€4.2bn',
    '民國113年(2024年)',
    '新台幣3,215億元',
    '512億港元',
    '2.13万亿日元(约合140亿美元)',
    '较2019年的980亿元增长2倍',
    '上看新台幣1兆元',
    '| Vendor | FY2023 | FY2024 | Share FY2024 |',
    '112年(2023)\t113年(2024)',
    '| 2025e | Share 2024 |',
    '¥1,324.5 billion in fiscal 2024',
    '¥2.54 trillion in fiscal 2029 (roughly $17 billion',
    "HK$486 million of last year's total",
    'EUR 12,5 billion',
    'EUR 4 180 million',
    'an average increase of 6,5 % a year',
    '£3.1bn last year',
    'NT$1.1 trillion in 2030',
    '民國113年(2024年)',
    '突破新台幣1兆元',
    '186億港元約合23.8億美元',
    '700億元左右',
    '2024财年(截至2025年3月)',
    '1.53万亿元',
    '由2020年的120亿元增长2倍至2024年的360亿元',
    '2.3万亿韩元',
    '| FY2023 | FY2024 | FY2025e |',
    '民國113年(預估)',
    'Year\tHK$ million\tYoY change',
    '| 2 142 | 2 052 | 1 996 |',
)
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor): 219 figures, 49 rates, 100 verdicts and
#: 3 false inconsistent on the code before the readings chosen on it
FLOORS = {"figures_found": 275, "rates_found": 51, "verdicts_right": 112}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset100.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
