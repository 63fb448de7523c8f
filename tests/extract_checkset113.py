"""A hundred-and-thirteenth check set for the extractor, written blind: consumer AI devices, in English and Chinese
(Simplified and Traditional) -- AI PCs, generative-AI smartphones, AI glasses, wearables, smart speakers and AI toys,
sized in money by device trackers, Taiwanese supply-chain press, Japanese electronics associations, Hong Kong brokers
and mainland research firms; unit shipments, the installed base, penetration rates, prices per device, a brand's own
revenue or share of shipments, a shopping festival's sales and percentage points are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. a dated news story on AI PCs: "US$48.6 billion" last year, "62% more than the $30.0 billion of 2023", a
    #    stated "2024-2028 CAGR of 38.3%"; units shipped, average selling price, penetration share and a fourth
    #    quarter's sales are distractors
    dict(
        text=(
            "TAIPEI, 12 February 2025 — Laptops with neural processing units are no longer a niche. Buyers "
            "worldwide spent US$48.6 billion on AI PCs last year, 62% more than the $30.0 billion of 2023, "
            "according to the device tracker Lumenfield Research. The firm counted 43.1 million units shipped in "
            "2024 at an average selling price of about $1,130, and reckons AI-capable machines made up 17% of all "
            "PCs shipped. Lumenfield expects spending to reach $178 billion in 2028, a 2024-2028 CAGR of 38.3%. "
            "Fourth-quarter sales alone came to $16.2 billion."
        ),
        obs=[
            ("Total", 2024, 48.6, "USD billion", "actual"),
            ("Total", 2023, 30.0, "USD billion", "actual"),
            ("Total", 2028, 178, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 62, "percent", 2023, 2024, 1.0),
            ("cagr", 38.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 30.0 - 1 = 62.0% -> 62
            ("cagr|implied", "exact"),  # (178 / 48.6) ** (1/4) - 1 = 3.66255 ** 0.25 - 1 = 38.34% -> 38.3
        ],
    ),
    # 2. an earnings call: the CEO sizes the total addressable market for AI glasses ("roughly $6 billion this
    #    year", "$40 billion by 2030", "about 46% over 2025-2030"); the company's own quarterly revenue, its
    #    headcount and an analyst's price target with upside are distractors
    dict(
        text=(
            "On Orbis Optics' fourth-quarter earnings call on 30 January 2025, chief executive Dana Whitcombe "
            "made her pitch for camera-equipped AI glasses. \"We think the total addressable market is roughly "
            "$6 billion this year, and we see it reaching $40 billion by 2030 — a compound annual growth rate of "
            "about 46% over 2025-2030,\" she told analysts. Orbis's own eyewear revenue rose 48% to $410 million "
            "in the quarter, and its wearables unit now employs 3,200 people. Brightwater Capital kept its price "
            "target of $84 on the shares, implying 19% upside."
        ),
        obs=[
            ("Total", 2025, 6, "USD billion", "estimate"),
            ("Total", 2030, 40, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 46, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (40 / 6) ** (1/5) - 1 = 6.6667 ** 0.2 - 1 = 46.14% -> 46
        ],
    ),
    # 3. a revised forecast: "cut its forecast for this year's ... market to $212 billion from $240 billion" (the
    #    new figure is the observation, the old one nowhere), "41% above last year's $150.4 billion"; a penetration
    #    rate, percentage points and "a hundred-billion-dollar opportunity" are distractors
    dict(
        text=(
            "LONDON, 9 July 2025 — Harlow & Teague has cut its forecast for this year's generative-AI smartphone "
            "market to $212 billion from $240 billion, blaming softer demand in China and higher tariffs on "
            "components. Even the lower figure would be 41% above last year's $150.4 billion. The consultancy now "
            "expects GenAI-capable handsets to make up 31% of smartphones shipped in 2025, 4 percentage points "
            "fewer than it predicted in January. It still calls on-device assistants \"a hundred-billion-dollar "
            "opportunity\" for app developers."
        ),
        obs=[
            ("Total", 2025, 212, "USD billion", "estimate"),
            ("Total", 2024, 150.4, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 41, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 212 / 150.4 - 1 = 40.96% -> 41
        ],
    ),
    # 4. an annual industry report on smart speakers with on-device models: the whole market $9.8 billion, a part
    #    "smart displays took $3.9 billion, or 40%" (share with part and whole printed), "up 18% from $8.2 billion"
    #    (exact only within rounding); a survey answer and the installed base are distractors
    dict(
        text=(
            "Smart speakers that run a language model on the device itself have found a market at last. In its "
            "annual Home Audio Monitor, Castellan Insight puts worldwide sales of such speakers and smart displays "
            "at $9.8 billion in 2024, up 18% from $8.2 billion in 2023. Smart displays took $3.9 billion of that, "
            "or 40%. Castellan's survey of 5,000 households found that 27% of owners talk to their speaker every "
            "day, and the installed base passed 210 million devices at year-end."
        ),
        obs=[
            ("Total", 2024, 9.8, "USD billion", "actual"),
            ("Total", 2023, 8.2, "USD billion", "actual"),
            ("Smart displays", 2024, 3.9, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("share", 40, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 9.8 / 8.2 - 1 = 19.51% -> 19.5, not 18; bounds 9.75 / 8.25 - 1 = 18.18% (rounds to 18)
            # .. 9.85 / 8.15 - 1 = 20.86%: 18 reachable -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 3.9 / 9.8 = 39.80% -> 40
        ],
    ),
    # 5. AI toys: "$2.3 billion in 2024, up 35% on the year before's $1.7 billion", a range "between $7 billion
    #    and $8 billion by 2029" (two value claims, no single figure); a parents' poll, "a multibillion-dollar
    #    opportunity" and Black Friday weekend sales are distractors
    dict(
        text=(
            "Talking plush animals and chatbot-powered robot pets have turned into a real business. The global AI "
            "toy market reached $2.3 billion in 2024, up 35% on the year before's $1.7 billion, and should be "
            "worth between $7 billion and $8 billion by 2029, according to Pemberton Kids Research. In a poll of "
            "1,200 parents, 41% said they would consider an AI toy as a birthday present. Pemberton calls the "
            "category a multibillion-dollar opportunity, though Black Friday weekend sales of $180 million show "
            "how small it still is."
        ),
        obs=[
            ("Total", 2024, 2.3, "USD billion", "actual"),
            ("Total", 2023, 1.7, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
            ("value", 7, "USD billion", 2029, 2029, None),
            ("value", 8, "USD billion", 2029, 2029, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.3 / 1.7 - 1 = 35.29% -> 35
        ],
    ),
    # 6. a Japanese industry association in yen: "¥812 billion in fiscal 2024, 26% more than the ¥655 billion of
    #    fiscal 2023" (contradicted by its own figures), "top ¥1.02 trillion in fiscal 2025" (converted to the
    #    series' JPY billion); the member count, units, a share of PCs shipped and percentage points are distractors
    dict(
        text=(
            "TOKYO, 18 June 2025 — Japan's domestic market for AI-capable personal computers was worth "
            "¥812 billion in fiscal 2024, 26% more than the ¥655 billion of fiscal 2023, the Japan Information "
            "Devices Council, an industry association of 48 member companies, said on Wednesday. Shipments rose "
            "to 3.6 million units, and AI models accounted for 44% of all PCs shipped, up 12 percentage points. "
            "The council expects the market to top ¥1.02 trillion in fiscal 2025 as support for older operating "
            "systems runs out."
        ),
        obs=[
            ("Total", 2024, 812, "JPY billion", "actual"),
            ("Total", 2023, 655, "JPY billion", "actual"),
            ("Total", 2025, 1020, "JPY billion", "estimate"),  # ¥1.02 trillion in the series' unit
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 812 / 655 - 1 = 23.97%; bounds 811.5 / 655.5 - 1 = 23.80% .. 812.5 / 654.5 - 1 = 24.14%;
            # 26 (25.5..26.5) out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 7. a Hong Kong broker's note in HK dollars: "HK$3.12 billion ... last year, up 18.4% from HK$2.63 billion"
    #    (rounding), "about HK$3.6 billion this year", a second market "AI glasses ... HK$86 million" (own item);
    #    a target price with upside and a retailer's own revenue are distractors
    dict(
        text=(
            "HONG KONG, 3 March 2025 — Hong Kong consumers spent HK$3.12 billion on AI-enabled smartphones last "
            "year, up 18.4% from HK$2.63 billion in 2023, according to a note from the broker Kestrel Securities. "
            "Kestrel expects spending of about HK$3.6 billion this year as mainland brands push into the city. "
            "Sales of AI glasses, a far smaller market, came to HK$86 million last year. Kestrel raised its target "
            "price for the retailer Lumin Digital to HK$58, implying 23% upside; Lumin's own revenue was "
            "HK$1.4 billion in 2024."
        ),
        obs=[
            ("Total", 2024, 3.12, "HKD billion", "actual"),
            ("Total", 2023, 2.63, "HKD billion", "actual"),
            ("Total", 2025, 3.6, "HKD billion", "estimate"),
            ("AI glasses", 2024, 86, "HKD million", "actual"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 3.12 / 2.63 - 1 = 18.63% -> 18.6, not 18.4; bounds 3.115 / 2.635 - 1 = 18.22%
            # .. 3.125 / 2.625 - 1 = 19.05%: 18.4 reachable -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 8. an investor briefing on AI wearables: "from $14.2 billion in 2023 to $31.5 billion in 2027, an average of
    #    22% a year" (CAGR whose span only the amounts' years give: inferred, cagr|period), a part "Smart earbuds
    #    ... $8.1 billion in 2023, or 57% of the total"; the installed base is a distractor
    dict(
        text=(
            "AI wearables — rings, pendants and earbuds that summarise conversations — will grow from $14.2 billion "
            "in 2023 to $31.5 billion in 2027, an average of 22% a year, Norrland Analytics predicts in a briefing "
            "for investors. Smart earbuds were the largest category, at $8.1 billion in 2023, or 57% of the total. "
            "Norrland counted 96 million such devices in use worldwide at the end of 2023."
        ),
        obs=[
            ("Total", 2023, 14.2, "USD billion", "actual"),
            ("Total", 2027, 31.5, "USD billion", "estimate"),
            ("Smart earbuds", 2023, 8.1, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 22, "percent", 2023, 2027, None, "inferred"),
            ("share", 57, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (31.5 / 14.2) ** (1/4) - 1 = 2.21831 ** 0.25 - 1 = 22.04% -> 22
            ("arithmetic", "exact"),  # 8.1 / 14.2 = 57.04% -> 57
        ],
    ),
    # 9. a euro-denominated story on European smart glasses: "grew more than fivefold ... from €120 million in 2022
    #    to €640 million in 2024" (multiple x5 over 2 years, no verdict), "€1.1 billion this year" converted to
    #    EUR million; a brand's share of units and a poll answer are distractors
    dict(
        text=(
            "BERLIN, 20 May 2025 — Europe's market for smart glasses with built-in assistants grew more than "
            "fivefold in two years, from €120 million in 2022 to €640 million in 2024, according to Vossberg "
            "Marktforschung. The Munich research house expects €1.1 billion this year. One American brand "
            "accounted for 58% of the units sold last year, and only 14% of the 2,000 adults Vossberg polled said "
            "they would wear camera glasses at work."
        ),
        obs=[
            ("Total", 2022, 120, "EUR million", "actual"),
            ("Total", 2024, 640, "EUR million", "actual"),
            ("Total", 2025, 1100, "EUR million", "estimate"),  # €1.1 billion in the series' unit
        ],
        claims=[
            ("multiple", 5.0, "multiple", 2022, 2024, 2.0),  # "more than fivefold"; 640 / 120 = 5.33
        ],
        verdicts=[],
    ),
    # 10. Simplified Chinese research-firm release on AI手机: "3,250亿元，较2023年的2,048亿元同比增长58.6%"
    #     (rounding), "突破1.1万亿元" in 2027 (expected in the series' 亿元 as 11000); 出货量 in 亿台, 渗透率,
    #     百分点 and 双十一 sales are distractors
    dict(
        text=(
            "【本报讯】2025年3月18日，研究机构智研方舟发布报告称，2024年中国AI手机市场规模达到3,250亿元，"
            "较2023年的2,048亿元同比增长58.6%。报告显示，2024年国内AI手机出货量约1.18亿台，在智能手机整体"
            "出货中的渗透率升至41%，比上年提高17个百分点。仅“双十一”期间，主要电商平台的AI手机销售额就超过"
            "420亿元。智研方舟预计，到2027年中国AI手机市场规模将突破1.1万亿元。"
        ),
        obs=[
            ("Total", 2024, 3250, "CNY 100 million", "actual"),
            ("Total", 2023, 2048, "CNY 100 million", "actual"),
            ("Total", 2027, 11000, "CNY 100 million", "estimate"),  # 1.1万亿元 = 11000亿元
        ],
        claims=[
            ("growth", 58.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 3250 / 2048 - 1 = 58.69% -> 58.7, not 58.6; bounds 3249.5 / 2048.5 - 1 = 58.63% (rounds to 58.6)
            # .. 3250.5 / 2047.5 - 1 = 58.75%: 58.6 reachable -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Simplified Chinese white paper on AI眼镜: "约为42亿元", "预计2025年将达到126亿元，较2024年增长2倍"
    #     (two printed amounts: x3, no verdict); the title year, 出货量 in 万台, 均价, brands' shipment share in
    #     words, 千亿级 and a headcount are distractors
    dict(
        text=(
            "2025年1月，深圳咨询机构镜界研究发布《2025中国AI眼镜产业白皮书》称，2024年中国AI眼镜市场规模约为"
            "42亿元，预计2025年将达到126亿元，较2024年增长2倍。白皮书指出，2024年国内AI眼镜出货量为152万台，"
            "均价约2,760元，头部品牌出货份额合计超过六成。业内人士认为，AI眼镜有望成长为千亿级赛道。镜界研究"
            "目前拥有分析师80余人。"
        ),
        obs=[
            ("Total", 2024, 42, "CNY 100 million", "actual"),
            ("Total", 2025, 126, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2024, 2025, 1.0),  # 增长2倍 between two printed amounts -> x3 (126/42 = 3)
        ],
        verdicts=[],
    ),
    # 12. Traditional Chinese Taiwanese press in 新台幣億元: "新台幣486億元，較2023年的363億元年增34%",
    #     "2025年...攀升至620億元，年增27.6%" (both exact); 出貨量 in 萬支, a share of handsets shipped, 百分點 and
    #     one brand's first-quarter revenue are distractors
    dict(
        text=(
            "【台北訊】2025年4月8日，市調機構晶測顧問發布報告指出，台灣AI手機市場2024年規模達新台幣486億元，"
            "較2023年的363億元年增34%。晶測預估，隨著高階機種價格下探，2025年市場規模將攀升至620億元，"
            "年增27.6%。2024年台灣AI手機出貨量約210萬支，占整體手機出貨比重達38%，較前一年增加15個百分點；"
            "某本土品牌第一季AI手機營收則為新台幣42億元。"
        ),
        obs=[
            ("Total", 2024, 486, "TWD 100 million", "actual"),
            ("Total", 2023, 363, "TWD 100 million", "actual"),
            ("Total", 2025, 620, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 34, "percent", 2023, 2024, 1.0),
            ("growth", 27.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 486 / 363 - 1 = 33.88% -> 34
            ("cagr|implied", "exact"),  # 620 / 486 - 1 = 27.57% -> 27.6
        ],
    ),
    # 13. Traditional Chinese Hong Kong broker in 億港元: "去年規模為28.6億港元，較前年的22.0億港元增長30%"
    #     (exact), a part 智能手錶 17.2億港元 with its share only in words (約佔六成: no claim), "今年...35億港元
    #     左右" (estimate); a target price, its upside and a retailer's own turnover are distractors
    dict(
        text=(
            "【香港訊】本地券商恒晉證券2025年3月發表報告指，香港AI穿戴裝置市場去年規模為28.6億港元，較前年的"
            "22.0億港元增長30%，其中智能手錶佔17.2億港元，約佔六成。報告預期今年市場規模可達35億港元左右。"
            "恒晉將本地電子零售商嘉朗數碼的目標價上調至12.8港元，較現價有21%上升空間；嘉朗去年營業額為54億港元。"
        ),
        obs=[
            ("Total", 2024, 28.6, "HKD 100 million", "actual"),
            ("Total", 2023, 22.0, "HKD 100 million", "actual"),
            ("智能手錶", 2024, 17.2, "HKD 100 million", "actual"),
            ("Total", 2025, 35, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 28.6 / 22.0 - 1 = 30.00% -> 30
        ],
    ),
    # 14. Simplified Chinese retailers' trade body on AI玩具: "65亿元" in 2024, "由120亿元下调至98亿元" for 2025
    #     (new figure only), "2028年将达到250亿元，2024—2028年复合增长率为48%" (stated CAGR its amounts
    #     contradict); a parents' survey, a 618 festival multiple and a member count are distractors
    dict(
        text=(
            "2025年5月，华夏智能零售协会发布报告称，2024年中国AI玩具市场规模为65亿元，协会同时将2025年的市场"
            "规模预测由120亿元下调至98亿元，并预计2028年将达到250亿元，2024—2028年复合增长率为48%。报告援引"
            "一项针对3,000名家长的调查称，58%的受访者愿意为孩子购买能语音对话的玩具。去年“618”大促首日，"
            "某电商平台AI玩具成交额同比增长超过6倍。该协会共有会员企业420家。"
        ),
        obs=[
            ("Total", 2024, 65, "CNY 100 million", "actual"),
            ("Total", 2025, 98, "CNY 100 million", "estimate"),
            ("Total", 2028, 250, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 48, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (250 / 65) ** (1/4) - 1 = 3.84615 ** 0.25 - 1 = 40.04%; bounds (249.5 / 65.5) ** 0.25 - 1 = 39.70%
            # .. (250.5 / 64.5) ** 0.25 - 1 = 40.38%; 48 out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 15. an English pipe table, USD billion, categories x years with E and F columns and a "Total" row (all four
    #     columns add up), plus a prose line "forecast to grow 47.5% in 2025"; table number and a pointer to a
    #     shipments table are boilerplate
    dict(
        text=(
            "Table 3. Global consumer AI device market by category, USD billion (Quillon Device Tracker, January 2025)\n"
            "\n"
            "| Category               | 2023  | 2024  | 2025E | 2026F |\n"
            "|------------------------|-------|-------|-------|-------|\n"
            "| AI PCs                 | 30.0  | 48.6  | 82.4  | 118.0 |\n"
            "| GenAI smartphones      | 98.5  | 150.4 | 212.0 | 268.3 |\n"
            "| AI glasses & wearables | 15.3  | 22.1  | 31.8  | 44.6  |\n"
            "| Total                  | 143.8 | 221.1 | 326.2 | 430.9 |\n"
            "\n"
            "The total is forecast to grow 47.5% in 2025. Unit shipments are shown in Table 4."
        ),
        obs=[
            ("AI PCs", 2023, 30.0, "USD billion", "actual"),
            ("AI PCs", 2024, 48.6, "USD billion", "actual"),
            ("AI PCs", 2025, 82.4, "USD billion", "estimate"),
            ("AI PCs", 2026, 118.0, "USD billion", "estimate"),
            ("GenAI smartphones", 2023, 98.5, "USD billion", "actual"),
            ("GenAI smartphones", 2024, 150.4, "USD billion", "actual"),
            ("GenAI smartphones", 2025, 212.0, "USD billion", "estimate"),
            ("GenAI smartphones", 2026, 268.3, "USD billion", "estimate"),
            ("AI glasses & wearables", 2023, 15.3, "USD billion", "actual"),
            ("AI glasses & wearables", 2024, 22.1, "USD billion", "actual"),
            ("AI glasses & wearables", 2025, 31.8, "USD billion", "estimate"),
            ("AI glasses & wearables", 2026, 44.6, "USD billion", "estimate"),
            ("Total", 2023, 143.8, "USD billion", "actual"),
            ("Total", 2024, 221.1, "USD billion", "actual"),
            ("Total", 2025, 326.2, "USD billion", "estimate"),
            ("Total", 2026, 430.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 47.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 30.0 + 98.5 + 15.3 = 143.8
            ("hierarchy", "exact"),  # 2024: 48.6 + 150.4 + 22.1 = 221.1
            ("hierarchy", "exact"),  # 2025E: 82.4 + 212.0 + 31.8 = 326.2
            ("hierarchy", "exact"),  # 2026F: 118.0 + 268.3 + 44.6 = 430.9
            ("cagr|implied", "exact"),  # 326.2 / 221.1 - 1 = 47.54% -> 47.5
        ],
    ),
    # 16. a Simplified Chinese tab-separated table in 亿元 with a 合计 row and a 2025年E column: three columns add
    #     up exactly, 2024 is off by one (rounding); a shipments note and the table number are distractors
    dict(
        text=(
            "表2　2022—2025年中国AI终端消费市场规模（单位：亿元）\n"
            "类别\t2022年\t2023年\t2024年\t2025年E\n"
            "AI手机\t860\t2,050\t3,180\t4,610\n"
            "AI PC\t310\t585\t1,020\t1,690\n"
            "AI眼镜\t6\t18\t42\t126\n"
            "AI玩具\t12\t27\t65\t112\n"
            "合计\t1,188\t2,680\t4,308\t6,538\n"
            "注：2025年为预测值；同期AI手机出货量约1.1亿台，未计入本表。"
        ),
        obs=[
            ("AI手机", 2022, 860, "CNY 100 million", "actual"),
            ("AI手机", 2023, 2050, "CNY 100 million", "actual"),
            ("AI手机", 2024, 3180, "CNY 100 million", "actual"),
            ("AI手机", 2025, 4610, "CNY 100 million", "estimate"),
            ("AI PC", 2022, 310, "CNY 100 million", "actual"),
            ("AI PC", 2023, 585, "CNY 100 million", "actual"),
            ("AI PC", 2024, 1020, "CNY 100 million", "actual"),
            ("AI PC", 2025, 1690, "CNY 100 million", "estimate"),
            ("AI眼镜", 2022, 6, "CNY 100 million", "actual"),
            ("AI眼镜", 2023, 18, "CNY 100 million", "actual"),
            ("AI眼镜", 2024, 42, "CNY 100 million", "actual"),
            ("AI眼镜", 2025, 126, "CNY 100 million", "estimate"),
            ("AI玩具", 2022, 12, "CNY 100 million", "actual"),
            ("AI玩具", 2023, 27, "CNY 100 million", "actual"),
            ("AI玩具", 2024, 65, "CNY 100 million", "actual"),
            ("AI玩具", 2025, 112, "CNY 100 million", "estimate"),
            ("合计", 2022, 1188, "CNY 100 million", "actual"),
            ("合计", 2023, 2680, "CNY 100 million", "actual"),
            ("合计", 2024, 4308, "CNY 100 million", "actual"),
            ("合计", 2025, 6538, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 860 + 310 + 6 + 12 = 1188
            ("hierarchy", "exact"),  # 2023: 2050 + 585 + 18 + 27 = 2680
            # 2024: 3180 + 1020 + 42 + 65 = 4307 vs 4308; parts at +-0.5 each give 4305..4309, total 4307.5..4308.5
            # -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 4610 + 1690 + 126 + 112 = 6538
        ],
    ),
    # 17. an English space-aligned exhibit: a shipments table in million units (no observation, its rows add up
    #     too) beside a value table in US$ million with a Total row (observations, hierarchy exact); an average
    #     selling price and the exhibit number are distractors
    dict(
        text=(
            "Exhibit 4 — Smart glasses and AI wearables, worldwide\n"
            "\n"
            "Shipments (million units)\n"
            "Category          2024     2025F\n"
            "Smart glasses     11.2      17.5\n"
            "AI rings           3.4       5.9\n"
            "AI pendants        0.9       2.2\n"
            "Total             15.5      25.6\n"
            "\n"
            "Market value (US$ million)\n"
            "Category          2024     2025F\n"
            "Smart glasses    6,920    10,640\n"
            "AI rings         1,150     1,930\n"
            "AI pendants        210       480\n"
            "Total            8,280    13,050\n"
            "\n"
            "The average selling price of smart glasses slipped to $618 in 2024."
        ),
        obs=[
            ("Smart glasses", 2024, 6920, "USD million", "actual"),
            ("Smart glasses", 2025, 10640, "USD million", "estimate"),
            ("AI rings", 2024, 1150, "USD million", "actual"),
            ("AI rings", 2025, 1930, "USD million", "estimate"),
            ("AI pendants", 2024, 210, "USD million", "actual"),
            ("AI pendants", 2025, 480, "USD million", "estimate"),
            ("Total", 2024, 8280, "USD million", "actual"),
            ("Total", 2025, 13050, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 6920 + 1150 + 210 = 8280
            ("hierarchy", "exact"),  # 2025F: 10640 + 1930 + 480 = 13050
        ],
    ),
    # 18. a prose line with the market's value ("US$7.4 billion in 2024, up 45% from US$5.1 billion") above a pipe
    #     table of brands' shares of shipments with a percentage-point column and a 100% total (no observation, no
    #     claim)
    dict(
        text=(
            "Southeast Asia's generative-AI smartphone market was worth US$7.4 billion in 2024, up 45% from "
            "US$5.1 billion a year earlier, according to Meranti Mobile Insights. Brand shares of AI-phone "
            "shipments, 2024:\n"
            "\n"
            "| Brand    | Share of shipments | Change (pp) |\n"
            "|----------|--------------------|-------------|\n"
            "| Sundara  | 29%                | +6          |\n"
            "| Halcyon  | 24%                | -3          |\n"
            "| Pexo     | 18%                | +2          |\n"
            "| Others   | 29%                | -5          |\n"
            "| Total    | 100%               |             |"
        ),
        obs=[
            ("Total", 2024, 7.4, "USD billion", "actual"),
            ("Total", 2023, 5.1, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 45, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 7.4 / 5.1 - 1 = 45.10% -> 45
        ],
    ),
    # 19. a Traditional Chinese vertical table (rows are years) with a lone value column headed only by its unit
    #     新台幣億元 (the market's Total) and a 年增率 column: 2023 and 2025(F) exact, 2024 only within rounding;
    #     the table number and source line are boilerplate
    dict(
        text=(
            "表一　台灣AI筆電內需市場規模\n"
            "年度        新台幣億元    年增率\n"
            "2022          118          —\n"
            "2023          164        39.0%\n"
            "2024          251        52.8%\n"
            "2025(F)       342        36.3%\n"
            "資料來源：晶測顧問；2025年為預估值。"
        ),
        obs=[
            ("Total", 2022, 118, "TWD 100 million", "actual"),
            ("Total", 2023, 164, "TWD 100 million", "actual"),
            ("Total", 2024, 251, "TWD 100 million", "actual"),
            ("Total", 2025, 342, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 39.0, "percent", 2022, 2023, 1.0),
            ("growth", 52.8, "percent", 2023, 2024, 1.0),
            ("growth", 36.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 164 / 118 - 1 = 38.98% -> 39.0
            # 251 / 164 - 1 = 53.05% -> 53.0, not 52.8; bounds 250.5 / 164.5 - 1 = 52.28%
            # .. 251.5 / 163.5 - 1 = 53.82%: 52.8 reachable -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 342 / 251 - 1 = 36.25% -> 36.3
        ],
    ),
    # 20. an English space-aligned table in 億円 ("Unit: 100 million yen") by category and fiscal year with an
    #     FY2025e column and a Total row: FY2023 and FY2024 add up, FY2025e's total is 300 too high
    #     (inconsistent); the report number is boilerplate
    dict(
        text=(
            "Japan Consumer Electronics Federation, Report No. 47: consumer AI devices sold in Japan\n"
            "Unit: 100 million yen (億円)\n"
            "\n"
            "                            FY2023    FY2024    FY2025e\n"
            "AI PCs                       5,980     7,440      9,050\n"
            "AI smartphones               8,600    11,350     14,700\n"
            "AI wearables and glasses     1,260     1,810      2,540\n"
            "Total                       15,840    20,600     26,590"
        ),
        obs=[
            ("AI PCs", 2023, 5980, "JPY 100 million", "actual"),
            ("AI PCs", 2024, 7440, "JPY 100 million", "actual"),
            ("AI PCs", 2025, 9050, "JPY 100 million", "estimate"),
            ("AI smartphones", 2023, 8600, "JPY 100 million", "actual"),
            ("AI smartphones", 2024, 11350, "JPY 100 million", "actual"),
            ("AI smartphones", 2025, 14700, "JPY 100 million", "estimate"),
            ("AI wearables and glasses", 2023, 1260, "JPY 100 million", "actual"),
            ("AI wearables and glasses", 2024, 1810, "JPY 100 million", "actual"),
            ("AI wearables and glasses", 2025, 2540, "JPY 100 million", "estimate"),
            ("Total", 2023, 15840, "JPY 100 million", "actual"),
            ("Total", 2024, 20600, "JPY 100 million", "actual"),
            ("Total", 2025, 26590, "JPY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # FY2023: 5980 + 8600 + 1260 = 15840
            ("hierarchy", "exact"),  # FY2024: 7440 + 11350 + 1810 = 20600
            # FY2025e: 9050 + 14700 + 2540 = 26290 vs 26590; parts at +-0.5 give 26288.5..26291.5 -> inconsistent
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 21. English dated news, AI PCs: "up 38% from $35.2 billion in 2023" and a stated 2024-2028 CAGR to a
    #    forecast; units shipped, a penetration rate and an average selling price are expected nowhere
    dict(
        text=(
            "TAIPEI, 12 February 2025 — Laptops built around a dedicated neural processor are no longer a niche. "
            "Worldwide spending on AI PCs reached $48.6 billion last year, up 38% from $35.2 billion in 2023, "
            "according to the device tracker Quillmark Data, even though the 51 million units shipped were only "
            "19% of all PCs sold. Quillmark puts the average selling price at $953, roughly $140 more than a "
            "conventional notebook. It forecasts the market will reach $142 billion in 2028, a compound annual "
            "growth rate of 30.7% from 2024 to 2028."
        ),
        obs=[
            ("Total", 2024, 48.6, "USD billion", "actual"),
            ("Total", 2023, 35.2, "USD billion", "actual"),
            ("Total", 2028, 142, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 38, "percent", 2023, 2024, 1.0),
            ("cagr", 30.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 35.2 - 1 = 38.07% -> 38
            ("cagr|period", "exact"),   # (142 / 48.6) ** (1/4) - 1 = 30.74% -> 30.7
        ],
    ),
    # 22. English earnings call: a company's total addressable market for AI glasses "this year" (estimate) and
    #    in 2028, "growth she put at roughly 46% a year" (span only from the amounts' years -> inferred, rounding);
    #    the company's own revenue and its growth, headcount, "multibillion-dollar opportunity", price target
    #    and upside are expected nowhere
    dict(
        text=(
            "On Lumora Optics' fourth-quarter earnings call on 27 January 2025, chief executive Dana Whitcombe told "
            "analysts the company sizes the total addressable market for AI glasses at $6.8 billion this year, "
            "rising to $21.5 billion by 2028 — growth she put at roughly 46% a year. Lumora's own revenue rose 31% "
            "to $412 million in 2024, and its headcount passed 1,900. \"This is a multibillion-dollar opportunity, "
            "and we intend to lead it,\" Whitcombe said. Brokerage Tennant & Rye kept its $58 price target on the "
            "stock, implying 24% upside."
        ),
        obs=[
            ("Total", 2025, 6.8, "USD billion", "estimate"),
            ("Total", 2028, 21.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 46, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            # (21.5 / 6.8) ** (1/3) - 1 = 46.77% -> 47, not 46; bounds: (21.45 / 6.85) ** (1/3) - 1 = 46.30%,
            # (21.55 / 6.75) ** (1/3) - 1 = 47.25%; 46.30..47.25 reaches [45.5, 46.5) -> rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 23. English, Japanese association, yen and fiscal years: "¥612 billion in fiscal 2024 ... up 21.5% from
    #    ¥503.6 billion a year earlier", an "expects" figure for fiscal 2025; handsets sold, a share of unit sales,
    #    a survey answer and a quarter's sales are expected nowhere
    dict(
        text=(
            "TOKYO — Japan's market for smartphones with on-device generative AI was worth ¥612 billion in fiscal "
            "2024, the Japan Association of Mobile Electronics said on Thursday, up 21.5% from ¥503.6 billion a year "
            "earlier. The association expects ¥790 billion in fiscal 2025. Some 7.4 million such handsets were "
            "sold, about 29% of all smartphone sales, and 41% of owners it surveyed said they used the AI features "
            "every week. Sales in the January–March quarter alone came to ¥171 billion."
        ),
        obs=[
            ("Total", 2024, 612, "JPY billion", "actual"),
            ("Total", 2023, 503.6, "JPY billion", "actual"),
            ("Total", 2025, 790, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 612 / 503.6 - 1 = 21.53% -> 21.5
        ],
    ),
    # 24. English, forecast cut for generative-AI smartphones: "cut ... to $268 billion from $301 billion" (the new
    #    figure is the 2025 estimate, the old one nowhere); "27% above the $198 billion" contradicts its amounts
    #    (inconsistent); stated 2024-2029 CAGR exact; a unit share, percentage points and won expected nowhere
    dict(
        text=(
            "LONDON, 9 October 2025 — Coldharbor Insights has cut its forecast for worldwide spending on "
            "generative-AI smartphones this year to $268 billion from $301 billion, citing a slower upgrade cycle in "
            "China and softer demand in Europe. Even the lower figure would be 27% above the $198 billion spent in "
            "2024, the firm said. It also trimmed its longer-range outlook and now sees the market at $540 billion "
            "in 2029, a compound annual growth rate of 22.2% over 2024-2029. Handsets able to run generative models "
            "locally made up 34% of smartphones shipped in the second quarter, up 9 percentage points on a year "
            "earlier. In South Korea alone, Coldharbor reckons, buyers will spend 11.2 trillion won on such phones "
            "this year."
        ),
        obs=[
            ("Total", 2025, 268, "USD billion", "estimate"),
            ("Total", 2024, 198, "USD billion", "actual"),
            ("Total", 2029, 540, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2024, 2025, 1.0),
            ("cagr", 22.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # 268 / 198 - 1 = 35.35%; bounds 267.5 / 198.5 - 1 = 34.76%, 268.5 / 197.5 - 1 = 35.95%; 27 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|period", "exact"),  # (540 / 198) ** (1/5) - 1 = 22.22% -> 22.2
        ],
    ),
    # 25. English, UK trade body, pounds: "£1.34 billion" last year, a part in millions ("Earbuds took £612
    #    million of that, or 45.8% of the total": share within rounding), "Smart glasses ... more than doubled"
    #    (x2, one amount printed, no verdict), a 2027 figure; survey answer and respondent count nowhere
    dict(
        text=(
            "Britons spent £1.34 billion on AI wearables last year — smart rings, earbuds with built-in assistants "
            "and camera-equipped glasses — according to the Retail Electronics Council's annual review, published "
            "on 3 April 2025. Earbuds took £612 million of that, or 45.8% of the total, while smart glasses, at "
            "£287 million, more than doubled their sales from the year before. In a survey of 2,000 adults for the "
            "review, 18% said they planned to buy an AI wearable this year. The council puts the market at "
            "£2.1 billion in 2027."
        ),
        obs=[
            ("Total", 2024, 1.34, "GBP billion", "actual"),
            ("Earbuds", 2024, 612, "GBP million", "actual"),
            ("Smart glasses", 2024, 287, "GBP million", "actual"),
            ("Total", 2027, 2.1, "GBP billion", "estimate"),
        ],
        claims=[
            ("share", 45.8, "percent", 2024, 2024, None),
            ("multiple", 2.0, "multiple", 2023, 2024, 1.0),  # "more than doubled" -> x2
        ],
        verdicts=[
            # 612 / 1340 = 45.67% -> 45.7, not 45.8; bounds 611.5 / 1345 = 45.46%, 612.5 / 1335 = 45.88%;
            # 65.46..45.88 reaches [45.75, 45.85) -> rounding
            ("arithmetic", "rounding"),
        ],
    ),
    # 26. Simplified Chinese news, AI手机: 亿元 series opening in 亿元 with a later "突破1.1万亿元" (converted to
    #    11000, approximate at its printed figure), "较2023年的2032亿元增长61.4%", stated 2024—2027 CAGR;
    #    万台, a unit share, 个百分点 and an average price nowhere
    dict(
        text=(
            "本报讯（2025年3月18日）市场研究机构知衡咨询今日发布报告称，2024年中国AI手机市场规模达到3280亿元，"
            "较2023年的2032亿元增长61.4%。报告预计，到2027年该市场规模将突破1.1万亿元，2024—2027年年均复合增长率"
            "约为49.7%。从出货量看，2024年AI手机出货约7800万台，占智能手机总出货量的27%，渗透率较上年提高15个"
            "百分点。知衡咨询还指出，AI手机平均售价已回落至3600元左右。"
        ),
        obs=[
            ("Total", 2024, 3280, "CNY 100 million", "actual"),
            ("Total", 2023, 2032, "CNY 100 million", "actual"),
            ("Total", 2027, 11000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 61.4, "percent", 2023, 2024, 1.0),
            ("cagr", 49.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3280 / 2032 - 1 = 61.42% -> 61.4
            ("cagr|period", "exact"),   # (11000 / 3280) ** (1/3) - 1 = 49.68% -> 49.7
        ],
    ),
    # 27. Simplified Chinese, AI眼镜 forecast revised down: "预测由158亿元下调至126亿元" (new figure is the 2025
    #    estimate, 158 nowhere), growth from 2024's 71亿元, a 2028 target with a stated 2025—2028 rate;
    #    a 618 festival's sales and a count of brands nowhere
    dict(
        text=(
            "2025年7月2日，深圳研究机构镜界研究院将2025年中国AI眼镜市场规模预测由158亿元下调至126亿元，理由是今年"
            "618大促表现不及预期——据其监测，618期间AI眼镜线上成交额仅为9.8亿元。即便下调后，126亿元仍比2024年的"
            "71亿元增长77.5%。镜界研究院预计，2028年市场规模有望达到420亿元，对应2025—2028年复合增速约49%。该机构"
            "称，目前国内已有超过40个品牌推出AI眼镜产品。"
        ),
        obs=[
            ("Total", 2025, 126, "CNY 100 million", "estimate"),
            ("Total", 2024, 71, "CNY 100 million", "actual"),
            ("Total", 2028, 420, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 77.5, "percent", 2024, 2025, 1.0),
            ("cagr", 49, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 126 / 71 - 1 = 77.46% -> 77.5
            ("cagr|period", "exact"),   # (420 / 126) ** (1/3) - 1 = 49.38% -> 49
        ],
    ),
    # 28. Simplified Chinese, retailers' association, AI玩具: "较2023年的178亿元增长38.5%" exact only within
    #    rounding; "今年 ... 接近340亿元" (estimate at printed figure); 去年双十一 sales, a unit count and
    #    千亿级 nowhere
    dict(
        text=(
            "2025年1月20日，全国玩具零售商协会发布的数据显示，2024年我国AI玩具零售市场规模为246亿元，较2023年的"
            "178亿元增长38.5%。协会预计，今年市场规模将接近340亿元。去年双十一期间，AI玩具全网成交额约21亿元，一款"
            "陪伴型AI毛绒玩具单品销量突破50万件。业内人士认为，随着大模型调用成本下降，AI玩具有望成长为千亿级市场。"
        ),
        obs=[
            ("Total", 2024, 246, "CNY 100 million", "actual"),
            ("Total", 2023, 178, "CNY 100 million", "actual"),
            ("Total", 2025, 340, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 38.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 246 / 178 - 1 = 38.20% -> 38.2, not 38.5; bounds 245.5 / 178.5 - 1 = 37.54%,
            # 266.5 / 177.5 - 1 = 38.87%; reaches 38.5 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 29. Simplified Chinese, smart speakers with on-device models: a part "AI音箱" and its share of the market
    #    printed with both amounts (arithmetic exact), a decline with no prior amount (no verdict); report title
    #    year, a survey answer, a quarter's sales and its rate nowhere
    dict(
        text=(
            "2025年4月10日，家电零售行业组织华联电器商会发布《2025智能音箱市场年度观察》。数据显示，2024年国内智能"
            "音箱市场零售额为186亿元，同比下降4.1%；其中AI音箱（即搭载端侧大模型的智能音箱）零售额为41.3亿元，占整体"
            "市场的22.2%。商会同期调查显示，63%的受访者愿意为大模型功能多付100元以上。分季度看，四季度AI音箱零售额"
            "为14.6亿元，环比增长18%。"
        ),
        obs=[
            ("Total", 2024, 186, "CNY 100 million", "actual"),
            ("AI音箱", 2024, 41.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", -4.1, "percent", 2023, 2024, 1.0),
            ("share", 22.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 41.3 / 186 = 22.20% -> 22.2
        ],
    ),
    # 30. Simplified Chinese, trade association, AI PC retail: "同比增长52.3%" with 2023's 604亿元 printed after
    #     it (inconsistent), a 2025 "超过1300亿元" estimate; brands' share of shipments (六成), store count and a
    #     quarter's rate nowhere
    dict(
        text=(
            "2025年2月26日，全国数码零售流通协会发布数据称，2024年国内AI PC零售市场规模达到862亿元，同比增长52.3%，"
            "2023年这一数字为604亿元。协会预计，2025年市场规模将超过1300亿元。从品牌看，前两大品牌合计占AI PC出货量的"
            "六成以上。协会会长在发布会上介绍，目前全国会员门店已超过1.2万家，今年一季度AI PC门店销售额同比增长约30%。"
        ),
        obs=[
            ("Total", 2024, 862, "CNY 100 million", "actual"),
            ("Total", 2023, 604, "CNY 100 million", "actual"),
            ("Total", 2025, 1300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 52.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 862 / 604 - 1 = 42.72%; bounds 861.5 / 604.5 - 1 = 42.51%, 862.5 / 603.5 - 1 = 42.92%; 52.3 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 31. Traditional Chinese, Taiwanese press, AI手機 in 新台幣億元: 去年 / 前年 / 今年 from the dateline, two
    #     年增 rates each with both amounts; unit-share 比重, a quarter's average price and its rise nowhere
    dict(
        text=(
            "【台北訊】2025年5月8日，產業研究機構「鼎鋒產業研究」指出，台灣AI手機市場規模去年達新台幣1,286億元，"
            "年增23.8%，前年則為新台幣1,039億元。鼎鋒預估，今年市場規模可望成長至新台幣1,610億元，年增約25.2%；"
            "AI手機占整體手機銷售台數的比重將由去年的34%升至48%。該機構也提到，首季AI手機平均售價約新台幣2萬6千元，"
            "較去年同期上漲8%。"
        ),
        obs=[
            ("Total", 2024, 1286, "TWD 100 million", "actual"),
            ("Total", 2023, 1039, "TWD 100 million", "actual"),
            ("Total", 2025, 1610, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.8, "percent", 2023, 2024, 1.0),
            ("growth", 25.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1286 / 1039 - 1 = 23.77% -> 23.8
            ("cagr|implied", "exact"),  # 1610 / 1286 - 1 = 25.19% -> 25.2
        ],
    ),
    # 32. Traditional Chinese, Hong Kong broker, 億港元: AI wearables "按年增長17.4%" with both amounts, a 2026
    #     target with "2024至2026年複合年增長率"; a price target, its upside and a brand's own revenue nowhere
    dict(
        text=(
            "香港券商恒嶺證券於2025年3月發表的研究報告估計，本港AI可穿戴裝置市場規模2024年為48.6億港元，按年增長"
            "17.4%，2023年則為41.4億港元。該行預期，市場規模於2026年將達68億港元，2024至2026年複合年增長率約18.3%。"
            "報告對一家本地智能手錶品牌給予目標價32.5港元，較現價有21%上升空間，並指該品牌去年收入為9.8億港元。"
        ),
        obs=[
            ("Total", 2024, 48.6, "HKD 100 million", "actual"),
            ("Total", 2023, 41.4, "HKD 100 million", "actual"),
            ("Total", 2026, 68, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.4, "percent", 2023, 2024, 1.0),
            ("cagr", 18.3, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 41.4 - 1 = 17.39% -> 17.4
            ("cagr|period", "exact"),   # (68 / 48.6) ** (1/2) - 1 = 18.29% -> 18.3
        ],
    ),
    # 33. Traditional Chinese, AI眼鏡 in Taiwan: 今年 figure (estimate) "較去年的新台幣9.4億元年增近98%", a 2029
    #     forecast with "2025至2029年年複合成長率達50.7%"; shipments in 副, a supplier's revenue mix and
    #     個百分點 nowhere
    dict(
        text=(
            "2025年9月15日，研調機構「晶視產業觀察」估算，台灣AI眼鏡市場規模今年可達新台幣18.6億元，較去年的新台幣"
            "9.4億元年增近98%；預估至2029年將擴大至新台幣96億元，2025至2029年年複合成長率達50.7%。出貨量方面，今年"
            "可望突破12萬副。晶視指出，國內一家光學鏡片廠今年AI眼鏡相關營收比重可望從5%提高到15%，增加10個百分點。"
        ),
        obs=[
            ("Total", 2025, 18.6, "TWD 100 million", "estimate"),
            ("Total", 2024, 9.4, "TWD 100 million", "actual"),
            ("Total", 2029, 96, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 98, "percent", 2024, 2025, 1.0),
            ("cagr", 50.7, "percent", 2025, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 18.6 / 9.4 - 1 = 97.87% -> 98
            ("cagr|period", "exact"),   # (96 / 18.6) ** (1/4) - 1 = 50.73% -> 50.7
        ],
    ),
    # 34. Simplified Chinese, AI耳机 with a second publisher's figure for the same year (nowhere) and a second
    #     market named beside the first (AI眼镜, its own item); a growth with no prior amount (no verdict), a
    #     stated 2024—2026 CAGR; shipments and average price nowhere
    dict(
        text=(
            "2025年6月12日，消费电子研究机构声谷研究发布报告称，2024年中国AI耳机市场规模为138亿元，同比增长44.1%，"
            "预计2026年将达到265亿元，2024—2026年复合增长率为38.6%。另一家机构华策数据给出的2024年AI耳机市场规模则"
            "为152亿元。声谷研究同一份报告还测算，2024年中国AI眼镜市场规模为71亿元。按出货量计，2024年AI耳机出货"
            "1960万副，均价约704元。"
        ),
        obs=[
            ("Total", 2024, 138, "CNY 100 million", "actual"),
            ("Total", 2026, 265, "CNY 100 million", "estimate"),
            ("AI眼镜", 2024, 71, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 44.1, "percent", 2023, 2024, 1.0),
            ("cagr", 38.6, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (265 / 138) ** (1/2) - 1 = 38.57% -> 38.6
        ],
    ),
    # 35. English pipe table, spending by device category with a Total row and an E column: 2023 and 2024 add
    #     exactly, 2025E only within rounding; the note number nowhere
    dict(
        text=(
            "Quillmark Data, March 2025 — global consumer AI device spending by category (US$ billion)\n"
            "\n"
            "| Category | 2023 | 2024 | 2025E |\n"
            "|---|---:|---:|---:|\n"
            "| AI smartphones | 118.4 | 198.0 | 268.5 |\n"
            "| AI PCs | 35.2 | 48.6 | 71.3 |\n"
            "| AI glasses | 1.9 | 4.2 | 6.8 |\n"
            "| AI wearables | 12.7 | 17.9 | 22.6 |\n"
            "| Total | 168.2 | 268.7 | 369.3 |\n"
            "\n"
            "Note 2: end-user spending on devices, excluding subscriptions and services."
        ),
        obs=[
            ("AI smartphones", 2023, 118.4, "USD billion", "actual"),
            ("AI smartphones", 2024, 198.0, "USD billion", "actual"),
            ("AI smartphones", 2025, 268.5, "USD billion", "estimate"),
            ("AI PCs", 2023, 35.2, "USD billion", "actual"),
            ("AI PCs", 2024, 48.6, "USD billion", "actual"),
            ("AI PCs", 2025, 71.3, "USD billion", "estimate"),
            ("AI glasses", 2023, 1.9, "USD billion", "actual"),
            ("AI glasses", 2024, 4.2, "USD billion", "actual"),
            ("AI glasses", 2025, 6.8, "USD billion", "estimate"),
            ("AI wearables", 2023, 12.7, "USD billion", "actual"),
            ("AI wearables", 2024, 17.9, "USD billion", "actual"),
            ("AI wearables", 2025, 22.6, "USD billion", "estimate"),
            ("Total", 2023, 168.2, "USD billion", "actual"),
            ("Total", 2024, 268.7, "USD billion", "actual"),
            ("Total", 2025, 369.3, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 118.4 + 35.2 + 1.9 + 12.7 = 168.2
            ("hierarchy", "exact"),     # 2024: 198.0 + 48.6 + 4.2 + 17.9 = 268.7
            # 2025E: 268.5 + 71.3 + 6.8 + 22.6 = 369.2, not 369.3; bounds 369.2 -/+ 4 x 0.05 = 369.0..369.4
            # reaches 369.3 -> rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 36. English tab-separated vertical table: shipments in million units beside a lone value column headed by
    #     its unit only ("US$ million" -> Total), F rows estimates; "Value rose 116% in 2024"; title years and
    #     the installed base nowhere
    dict(
        text=(
            "Harrowgate Research: smart glasses worldwide, 2022-2026F\n"
            "Year\tShipments (million units)\tUS$ million\n"
            "2022\t2.1\t1,180\n"
            "2023\t3.4\t1,920\n"
            "2024\t6.2\t4,150\n"
            "2025F\t10.5\t6,840\n"
            "2026F\t16.0\t9,720\n"
            "Value rose 116% in 2024 as camera-equipped models took over; the installed base passed 11 million pairs."
        ),
        obs=[
            ("Total", 2022, 1180, "USD million", "actual"),
            ("Total", 2023, 1920, "USD million", "actual"),
            ("Total", 2024, 4150, "USD million", "actual"),
            ("Total", 2025, 6840, "USD million", "estimate"),
            ("Total", 2026, 9720, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 116, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4150 / 1920 - 1 = 116.15% -> 116
        ],
    ),
    # 37. Simplified Chinese space-aligned table in 亿元 by category with a 合计 row and a 2025年E column: 2023
    #     and 2025E add exactly, 2024's 合计 is 10 off its rows (inconsistent); the table number nowhere
    dict(
        text=(
            "表1  中国AI终端市场规模（单位：亿元）\n"
            "品类        2023年    2024年    2025年E\n"
            "AI手机        2032      3280      4650\n"
            "AI PC          604       862      1310\n"
            "AI眼镜          41        71       126\n"
            "AI耳机          96       138       192\n"
            "合计          2773      4361      6278\n"
            "资料来源：知衡咨询"
        ),
        obs=[
            ("AI手机", 2023, 2032, "CNY 100 million", "actual"),
            ("AI手机", 2024, 3280, "CNY 100 million", "actual"),
            ("AI手机", 2025, 4650, "CNY 100 million", "estimate"),
            ("AI PC", 2023, 604, "CNY 100 million", "actual"),
            ("AI PC", 2024, 862, "CNY 100 million", "actual"),
            ("AI PC", 2025, 1310, "CNY 100 million", "estimate"),
            ("AI眼镜", 2023, 41, "CNY 100 million", "actual"),
            ("AI眼镜", 2024, 71, "CNY 100 million", "actual"),
            ("AI眼镜", 2025, 126, "CNY 100 million", "estimate"),
            ("AI耳机", 2023, 96, "CNY 100 million", "actual"),
            ("AI耳机", 2024, 138, "CNY 100 million", "actual"),
            ("AI耳机", 2025, 192, "CNY 100 million", "estimate"),
            ("合计", 2023, 2773, "CNY 100 million", "actual"),
            ("合计", 2024, 4361, "CNY 100 million", "actual"),
            ("合计", 2025, 6278, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),         # 2023: 2032 + 604 + 41 + 96 = 2773
            # 2024: 3280 + 862 + 71 + 138 = 4351; bounds 4351 -/+ 4 x 0.5 = 4349..4353; 4361 unreachable
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),         # 2025E: 4650 + 1310 + 126 + 192 = 6278
        ],
    ),
    # 38. Simplified Chinese prose with a pipe table of brand shares of shipments (no observation, its 100% total
    #     no claim): only the prose's yearly 销售额 is an observation; shipments and a quarter's sales nowhere
    dict(
        text=(
            "瑞观数据：2024年中国AI手机市场销售额为3315亿元，出货量为7650万台，其中四季度销售额为1020亿元。按出货量计"
            "的品牌份额如下：\n"
            "\n"
            "| 品牌 | 2024年份额 |\n"
            "|---|---|\n"
            "| 华曜 | 24.6% |\n"
            "| 米途 | 18.2% |\n"
            "| 欧珀森 | 15.9% |\n"
            "| 维科 | 12.4% |\n"
            "| 其他 | 28.9% |\n"
            "| 合计 | 100.0% |"
        ),
        obs=[
            ("Total", 2024, 3315, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[],
    ),
    # 39. Traditional Chinese space-aligned vertical table, a lone column headed "新台幣億元" (Total), 預估 rows
    #     estimates; prose below with "年增62.2%" and "2022至2026年年複合成長率約43.1%"; a penetration 比重 nowhere
    dict(
        text=(
            "台灣AI PC市場規模（資料來源：星准顧問，2025年4月）\n"
            "年度            新台幣億元\n"
            "2022                186\n"
            "2023                254\n"
            "2024                412\n"
            "2025（預估）        596\n"
            "2026（預估）        781\n"
            "星准顧問指出，2024年市場年增62.2%，2022至2026年年複合成長率約43.1%；同期AI PC占整體PC出貨比重將由8%升至41%。"
        ),
        obs=[
            ("Total", 2022, 186, "TWD 100 million", "actual"),
            ("Total", 2023, 254, "TWD 100 million", "actual"),
            ("Total", 2024, 412, "TWD 100 million", "actual"),
            ("Total", 2025, 596, "TWD 100 million", "estimate"),
            ("Total", 2026, 781, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 62.2, "percent", 2023, 2024, 1.0),
            ("cagr", 43.1, "percent", 2022, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 412 / 254 - 1 = 62.20% -> 62.2
            ("cagr|period", "exact"),   # (781 / 186) ** (1/4) - 1 = 43.15% -> 43.1
        ],
    ),
    # 40. English space-aligned table in ¥ billion with fiscal-year columns and an F column, a Total row that adds
    #     exactly each year; prose share "2.3% of the FY2024 total" (arithmetic exact); units sold nowhere
    dict(
        text=(
            "Japan Association of Mobile Electronics — domestic market for AI-capable devices (¥ billion)\n"
            "\n"
            "Category            FY2023    FY2024    FY2025F\n"
            "AI smartphones       503.6     612.0      790.0\n"
            "AI PCs               214.8     301.5      388.0\n"
            "Smart speakers        18.2      21.4       24.9\n"
            "Total                736.6     934.9    1,202.9\n"
            "\n"
            "Smart speakers with on-device models were 2.3% of the FY2024 total; the association counted 1.1 "
            "million of them sold."
        ),
        obs=[
            ("AI smartphones", 2023, 503.6, "JPY billion", "actual"),
            ("AI smartphones", 2024, 612.0, "JPY billion", "actual"),
            ("AI smartphones", 2025, 790.0, "JPY billion", "estimate"),
            ("AI PCs", 2023, 214.8, "JPY billion", "actual"),
            ("AI PCs", 2024, 301.5, "JPY billion", "actual"),
            ("AI PCs", 2025, 388.0, "JPY billion", "estimate"),
            ("Smart speakers", 2023, 18.2, "JPY billion", "actual"),
            ("Smart speakers", 2024, 21.4, "JPY billion", "actual"),
            ("Smart speakers", 2025, 24.9, "JPY billion", "estimate"),
            ("Total", 2023, 736.6, "JPY billion", "actual"),
            ("Total", 2024, 934.9, "JPY billion", "actual"),
            ("Total", 2025, 1202.9, "JPY billion", "estimate"),
        ],
        claims=[
            ("share", 2.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),   # FY2023: 503.6 + 214.8 + 18.2 = 736.6
            ("hierarchy", "exact"),   # FY2024: 612.0 + 301.5 + 21.4 = 934.9
            ("hierarchy", "exact"),   # FY2025F: 790.0 + 388.0 + 24.9 = 1202.9
            ("arithmetic", "exact"),  # 21.4 / 934.9 = 2.29% -> 2.3
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-thirteenth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 6, 'rounding': 9, 'exact': 53}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'a 2024-2028 CAGR of 38.3%',
    'the total addressable market is roughly',
    "cut its forecast for this year's",
    'to $212 billion from $240 billion',
    'or 40%',
    'between $7 billion and $8 billion by 2029',
    'top ¥1.02 trillion in fiscal 2025',
    'HK$86 million',
    'an average of 22% a year',
    'grew more than fivefold',
    '将突破1.1万亿元',
    '较2024年增长2倍',
    '新台幣486億元',
    '較前年的22.0億港元增長30%',
    '由120亿元下调至98亿元',
    '2024—2028年复合增长率为48%',
    '| Total                  | 143.8',
    '合计\t1,188',
    'Market value (US$ million)',
    '年度        新台幣億元    年增率',
    'up 38% from $35.2 billion in 2023',
    'sizes the total addressable market for AI glasses',
    'growth she put at roughly 46% a year',
    '¥612 billion in fiscal 2024',
    'this year to $268 billion from $301 billion',
    'or 45.8% of the total',
    '将突破1.1万亿元',
    '预测由158亿元下调至126亿元',
    '较2023年的178亿元增长38.5%',
    '占整体市场的22.2%',
    '同比增长52.3%，2023年这一数字为604亿元',
    '新台幣1,286億元，年增23.8%',
    '48.6億港元，按年增長17.4%',
    '2025至2029年年複合成長率達50.7%',
    '另一家机构华策数据给出的',
    '| Total | 168.2 | 268.7 | 369.3 |',
    'Year\tShipments (million units)\tUS$ million',
    '合计          2773      4361      6278',
    '年度            新台幣億元',
    'Total                736.6     934.9    1,202.9',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 178
#: figures, 43 rates, 61 verdicts and 0 false inconsistent
#: after the readings chosen on the hundred-and-twelfth and hundred-and-fourteenth sets: 184, 45, 65 and 1
FLOORS = {"figures_found": 198, "rates_found": 45, "verdicts_right": 66}
#: the false inconsistent verdicts the set may draw; at most this (held out: as the readings chosen on others leave it)
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset113.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
