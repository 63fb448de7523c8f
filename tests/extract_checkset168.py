"""A hundred-and-sixty-eighth check set for the extractor, written blind: AI in shipping, ports and maritime: AI voyage
optimisation and routing, predictive maintenance for vessel engines, smart-port and terminal automation software, AI
container and berth planning, maritime surveillance and vessel tracking analytics, autonomous and remotely operated
ships, sized in money by maritime consultancies, classification societies, port authorities, shipping brokers and
lines' investor days, research houses in Norway, Singapore, Korea, the Netherlands and China, trade press and
government maritime plans. Distractors a careful reader leaves out: TEU throughput, fleet counts and deadweight
tonnes, freight rates, bunker fuel prices, a line's own revenue or EBITDA, port capex that is not the AI part, a
quarter's figures, the whole maritime-software market beside the AI part.

Snippets 1-20: AI in shipping, ports and maritime: eight English prose pieces (an Oslo press release on AI voyage
optimisation with a part's share and a prior year printed in another scale, a Singapore broker note on Asia-Pacific
terminal-automation AI with a CAGR whose span only its amounts' years give, TEU volumes, port capex and a target
price, a Hamburg trade-press article on engine predictive maintenance quoting two publishers with a forecast in
another scale, a container line's capital markets day sizing its TAM beside its own revenue, EBITDA and share target,
a Busan classification society's yearbook with a revised prior-year figure, a multiple and a part's share, a Rotterdam
research house with an inconsistent year-on-year rate and a quarter, a Seoul wire on vessel-tracking analytics with
won beside dollars, last year/this year and a 2030 range, and a Tokyo research house in yen and fiscal years with a
rounding CAGR); seven Chinese prose pieces (a Simplified broker note with a part and its share, a provincial
smart-port plan with 增长3倍 and 力争 targets beside port investment and TEU targets, in Traditional Chinese a Taipei CNA
wire in 新台幣億元 with 去年/今年, a Hong Kong paper in 億港元 with a part's share and a quarter, a Taiwan business paper quoting
two research houses with a rounding CAGR, then a Xinhua item on autonomous-ship AI with a share in words and a survey
answer, and a year-end review with an inconsistent rate, percentage points and a 明年 forecast); and five tables (a
markdown broker exhibit with E/F columns and a Total row, a space-aligned Oslo table with e columns whose 2025e total
only rounding reaches, a tab-separated Singapore table with years as rows, a unit-only value column and a YoY column,
a Simplified Chinese tab table with 单位：亿元 and 合计, and a space-aligned Busan table with years as rows and P rows).
Distractors: datelines, report titles, exhibit and document numbers, vessel, feed, terminal and operator counts, TEU
and tonnage throughput, bunker prices, fuel-saving and adoption percentages, a line's own revenue and EBITDA, a share
target, a target price and its upside, port capex that is not the AI part, won amounts, a quarter's figures, a second
publisher's figure, a superseded figure and the whole maritime-software market beside the AI part.

Snippets 21-40: AI in shipping, ports and maritime (AI voyage optimisation and routing, predictive maintenance for
vessel engines, smart-port and terminal automation software, AI container and berth planning, maritime surveillance
and vessel-tracking analytics, autonomous and remotely operated ships). Eight English prose pieces (a Norwegian
vendor's earnings call sizing its TAM "this year", a Korean institute's research abstract with a typo'd CAGR, a
Rotterdam LinkedIn post with "last year", a container line's capital-markets-day slide bullets with an adjacent second
market, a Singapore research house's release corrected after publication, a classification society's outlook with a
2030 range, a forum answer citing a second publisher and mixing million and billion, a Japanese line's integrated
report in yen by fiscal year), seven Chinese prose pieces (a city's smart-port action plan with 增长2倍 and a 力争 target,
a broker's note with 目标价, a Zhihu answer with 去年/今年 and a second institution's figure, an association report with an
inconsistent 同比 rate, in Simplified; a Taiwan port-authority statistics release in 新臺幣億元, a Hong Kong news item in 億港元
with 前年/明年, a Taiwan brokerage note with a range, in Traditional) and five tables (a markdown application table with
E/F columns whose 2025E total misses by rounding, a tab-separated European table with a CAGR column, a space-aligned
Singapore table with years as rows and a YoY column, a Simplified Chinese share table with a 合计 row, a space-aligned
Korean table with its Total row printed first and a share column). Distractors: a vendor's or line's own revenue,
EBITDA, ordinary profit, guidance and share targets; vessels connected, fleet counts, deadweight tonnes and TEU
capacity; TEU throughput and ship calls; bunker prices; a quarter's figures; survey answers and penetration rates;
report, table, issue and plan-document numbers and plan title years; target prices and upside; report prices; counts
of firms, members and respondents; a superseded figure; a second publisher's figure; won amounts; shares in words; the
whole maritime-software and port-IT market beside the AI part.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Oslo press release (12 March 2025): YoY rate with the prior year printed in millions (converted to the
    # series' billions), a part with its share, a stated CAGR. Nowhere: report title year, 4,800 vessels, the 5-8%
    # fuel savings, the $610 per tonne VLSFO price.
    dict(
        text=(
            "OSLO, 12 March 2025 /PRNewswire/ -- Spending on AI-based voyage optimisation and weather-routing "
            "software rose 21% to $1.18 billion in 2024, up from $975 million a year earlier, Skagerrak Maritime "
            "Advisory said in its \"Smart Voyage Report 2025\", released today. Weather routing alone accounted for "
            "$412 million, or 35% of the total. Skagerrak expects the market to hit $3.2 billion by 2030, a compound "
            "annual growth rate of 18.1% over 2024-2030. Operators of the roughly 4,800 vessels now running such "
            "tools report fuel savings of 5-8%, which counts for more with VLSFO still near $610 per tonne."
        ),
        obs=[
            ("Total", 2023, 0.975, "USD billion", "actual"),
            ("Total", 2024, 1.18, "USD billion", "actual"),
            ("Total", 2030, 3.2, "USD billion", "estimate"),
            ("Weather routing", 2024, 412, "USD million", "actual"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("cagr", 18.1, "percent", 2024, 2030, None, "stated"),
            ("share", 35, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.18 / 0.975 - 1 = 21.03% -> 21
            ("cagr|implied", "exact"),  # (3.2 / 1.18) ** (1/6) - 1 = 18.09% -> 18.1
            ("arithmetic", "exact"),    # 412 / 1180 = 34.92% -> 35
        ],
    ),
    # 2. Singapore broker note (8 April 2025): a CAGR with no span printed, its years only from its amounts.
    # Nowhere: the S$20bn Tuas capex (not the AI part), 41.1m TEU, the 1Q25 6.2% volume growth, target price S$3.40
    # and its 14% upside.
    dict(
        text=(
            "Harbourfront Securities | Singapore Industrials | 8 April 2025\n"
            "Smart ports: the AI layer is where the growth is. We size the Asia-Pacific market for AI-driven "
            "terminal automation software (berth scheduling, yard and crane optimisation, gate automation) at "
            "US$2.46bn in 2024 and forecast US$5.9bn by 2029, implying a CAGR of c.19%. Port capex is a different "
            "story: the S$20bn Tuas build-out is mostly civil works and quay cranes, and only a sliver of it is "
            "software. PSA handled 41.1m TEU in Singapore last year, and 1Q25 volumes rose 6.2% y/y. Reiterate BUY "
            "with a target price of S$3.40 (14% upside)."
        ),
        obs=[
            ("Total", 2024, 2.46, "USD billion", "actual"),
            ("Total", 2029, 5.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (5.9 / 2.46) ** (1/5) - 1 = 19.12% -> 19
        ],
    ),
    # 3. Hamburg trade press (2 September 2024) quoting two publishers: the first's base, target and CAGR are the
    # figures; its 2030 target printed in billions is expected in the series' millions. Nowhere: Baltic Insight's
    # $720 million, the 38% of off-hire days, the 14,000 TEU ship and the $1.5 million dry-docking cost.
    dict(
        text=(
            "HAMBURG, 2 September 2024 (Maritime Tech Weekly) - Shipowners are pouring money into AI that predicts "
            "when main engines, turbochargers and purifiers will fail. Nordvik Research, an Oslo consultancy, values "
            "the market for predictive-maintenance software on merchant vessels at $640 million in 2023 and expects "
            "it to reach $2.15 billion by 2030, growing at a CAGR of 18.9% over 2023-2030. Baltic Insight, the "
            "research arm of a London shipbroker, takes a broader view and puts 2023 at $720 million. Machinery "
            "breakdowns still cause around 38% of off-hire days, Nordvik notes, and one unplanned dry-docking of a "
            "14,000 TEU ship can cost upwards of $1.5 million."
        ),
        obs=[
            ("Total", 2023, 640, "USD million", "actual"),
            ("Total", 2030, 2150, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.9, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2150 / 640) ** (1/7) - 1 = 18.90% -> 18.9
        ],
    ),
    # 4. Container line's capital markets day (Copenhagen, 4 March 2025): the TAM the company sizes is the Total;
    # "roughly 2.4 times" is a multiple over six years (no verdict). Nowhere: own digital revenue $310 million,
    # EBITDA $2.1 billion, the 15% share target, 320 vessels, the fourth quarter.
    dict(
        text=(
            "Aurora Line A/S - Capital Markets Day, Copenhagen, 4 March 2025 (transcript excerpt)\n"
            "CFO: \"Let me size the opportunity for you. We see a total addressable market for AI-enabled fleet "
            "performance and port-call optimisation of $4.5 billion in 2024, and we think it gets to about $11 "
            "billion by 2030 - roughly 2.4 times today's level. Our own digital solutions revenue was $310 million "
            "last year, on group EBITDA of $2.1 billion, and our ambition is to hold a 15% share of that market by "
            "2030. In the fourth quarter alone we ran about 320 owned and chartered vessels through the platform.\""
        ),
        obs=[
            ("Total", 2024, 4.5, "USD billion", "actual"),
            ("Total", 2030, 11, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.4, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[],
    ),
    # 5. Busan classification society yearbook (20 January 2025): the revised 2023 figure is the figure, the one it
    # replaces nowhere; a YoY rate, a multiple against 2021 (no 2021 amount printed), a part with its share.
    # Nowhere: $1.31 billion (superseded), the yearbook's title year, 37 trial vessels, the 2026 adoption year.
    dict(
        text=(
            "Hanbit Classification Society - Maritime Digitalisation Yearbook 2025 (Busan, 20 January 2025)\n"
            "Chapter 4. Autonomous and remotely operated ships. Global spending on autonomy systems and software for "
            "merchant ships reached $1.58 billion in 2024, 16.2% more than in 2023 and about three times the 2021 "
            "level. The 2023 figure has been revised to $1.36 billion from the $1.31 billion given in last year's "
            "edition, after two Nordic integrators restated their project backlogs. Shore-based remote operation "
            "centres accounted for $0.43 billion, or 27% of 2024 spending. Some 37 vessels were conducting MASS "
            "trials under our notation at year-end; the IMO's MASS Code is expected to be adopted in 2026."
        ),
        obs=[
            ("Total", 2023, 1.36, "USD billion", "actual"),
            ("Total", 2024, 1.58, "USD billion", "actual"),
            ("Shore-based remote operation centres", 2024, 0.43, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 16.2, "percent", 2023, 2024, 1.0),
            ("multiple", 3.0, "multiple", 2021, 2024, 3.0),
            ("share", 27, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.58 / 1.36 - 1 = 16.18% -> 16.2
            ("arithmetic", "exact"),    # 0.43 / 1.58 = 27.22% -> 27
        ],
    ),
    # 6. Rotterdam research house (14 May 2025): the stated 19% is contradicted by its own amounts (a typo for
    # 16%, as real releases carry); a part with its share; a 2028 forecast without a rate. Nowhere: the fourth
    # quarter's EUR 88 million, 64 terminal operators surveyed, 13.4 million TEU.
    dict(
        text=(
            "ROTTERDAM, 14 May 2025 - Europe's ports spent €312 million on AI software for container stacking, "
            "berth planning and crane sequencing in 2024, up 19% on the €268 million of 2023, according to the "
            "annual terminal technology monitor of Maasvlakte Insights. Berth allocation tools were the largest "
            "single category at €117 million (37.5%). Spending in the fourth quarter alone came to €88 million as "
            "terminals rushed to commission systems before year-end. The monitor, based on a survey of 64 terminal "
            "operators, expects the European market to reach €560 million in 2028. For scale, Rotterdam itself "
            "handled 13.4 million TEU last year."
        ),
        obs=[
            ("Total", 2023, 268, "EUR million", "actual"),
            ("Total", 2024, 312, "EUR million", "actual"),
            ("Total", 2028, 560, "EUR million", "estimate"),
            ("Berth allocation tools", 2024, 117, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
            ("share", 37.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 312 / 268 - 1 = 16.42% -> 16, not 19;
                                               # bounds 311.5/268.5-1 = 16.01% .. 312.5/267.5-1 = 16.82%: 19 not reached
            ("arithmetic", "exact"),           # 117 / 312 = 37.50% -> 37.5
        ],
    ),
    # 7. Seoul wire (18 June 2025): "last year" is 2024, "this year" 2025 (an estimate); the won amount is no
    # observation; a 2030 range gives two value claims. Nowhere: ₩2.3 trillion, 1,200 feeds, 27 coastguard agencies.
    dict(
        text=(
            "SEOUL, June 18 (Yonhap) -- The global market for maritime surveillance and vessel-tracking analytics, "
            "AI that flags dark ships, AIS spoofing and illegal fishing from satellite and radar feeds, was worth "
            "2.3 trillion won ($1.71 billion) last year and is forecast to grow 15% to $1.97 billion this year, the "
            "Busan-based Korea Ocean Data Institute said Wednesday. By 2030 the institute sees the market at "
            "between $3.8 billion and $4.4 billion. It counted more than 1,200 satellite-AIS and radar feeds in use "
            "by 27 coastguard agencies. (2025.06.18)"
        ),
        obs=[
            ("Total", 2024, 1.71, "USD billion", "actual"),
            ("Total", 2025, 1.97, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 15, "percent", 2024, 2025, 1.0),
            ("value", 3.8, "USD billion", 2030, 2030, None),
            ("value", 4.4, "USD billion", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.97 / 1.71 - 1 = 15.20% -> 15
        ],
    ),
    # 8. Tokyo research house (25 July 2025) in yen and fiscal years; the stated CAGR only a reading of the printed
    # inputs reaches. Nowhere: the April-June quarter's ¥9.8 billion orders, the 11% adoption rate.
    dict(
        text=(
            "TOKYO, 25 July 2025 - Japan's market for AI-based ship operation support and machinery maintenance "
            "systems grew 23.4% to ¥38.5 billion in fiscal 2024 (April 2024 to March 2025), from ¥31.2 billion in "
            "fiscal 2023, according to a survey by Shiomi Research Institute. The institute forecasts ¥142 billion "
            "in fiscal 2030, a CAGR of 24.4% over fiscal 2024-2030. Orders in the April-June quarter came to ¥9.8 "
            "billion. Adoption is still thin: only 11% of Japanese-controlled ocean-going ships carry such systems."
        ),
        obs=[
            ("Total", 2023, 31.2, "JPY billion", "actual"),
            ("Total", 2024, 38.5, "JPY billion", "actual"),
            ("Total", 2030, 142, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
            ("cagr", 24.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 38.5 / 31.2 - 1 = 23.40% -> 23.4
            ("cagr|implied", "rounding"),  # (142 / 38.5) ** (1/6) - 1 = 24.30% -> 24.3, not 24.4;
                                           # bounds (141.5/38.55)**(1/6)-1 = 24.20% .. (142.5/38.45)**(1/6)-1 = 24.40%: 24.4 reached
        ],
    ),
    # 9. Simplified Chinese broker note (18 March 2025): YoY rate with the base in brackets, a part with its share,
    # a stated CAGR (约). Nowhere: 176亿吨 and 3.3亿标箱 throughput, the 28.5元 target price.
    dict(
        text=(
            "【东海证券】智能航运行业深度报告（2025年3月18日）\n"
            "据我们测算，2024年我国航运与港口人工智能应用市场规模达86.4亿元，同比增长23.1%（2023年为70.2亿元）。"
            "其中，智能靠泊与泊位调度为21.6亿元，占比25.0%，是最大的细分领域。我们预计2027年市场规模将达到150亿元，"
            "2024-2027年复合增速约20.2%。同期全国港口完成货物吞吐量176亿吨、集装箱吞吐量3.3亿标箱。"
            "维持行业“推荐”评级，重点公司目标价28.5元。"
        ),
        obs=[
            ("Total", 2023, 70.2, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("Total", 2027, 150, "CNY 100 million", "estimate"),
            ("智能靠泊与泊位调度", 2024, 21.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("share", 25.0, "percent", 2024, 2024, None),
            ("cagr", 20.2, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 86.4 / 70.2 - 1 = 23.08% -> 23.1
            ("arithmetic", "exact"),    # 21.6 / 86.4 = 25.00% -> 25.0
            ("cagr|implied", "exact"),  # (150 / 86.4) ** (1/3) - 1 = 20.19% -> 20.2
        ],
    ),
    # 10. Provincial smart-port plan (issued November 2024): 力争 targets are estimates; 较2022年增长3倍 is x3 over five
    # years (no verdict). Nowhere: the document number, 10 automated terminals, 2,500万标箱, the 500亿元 port
    # construction investment (not the AI part), the plan's title years.
    dict(
        text=(
            "省交通运输厅 省发展和改革委员会关于印发《智慧港航人工智能应用三年行动方案（2025—2027年）》的通知\n"
            "海交规划〔2024〕112号\n"
            "……2022年，全省港航人工智能应用产业规模为50亿元。“十四五”以来全省港口建设累计完成投资500亿元。"
            "主要目标：到2025年，港航人工智能应用产业规模达到120亿元，建成自动化集装箱码头10个以上；"
            "力争到2027年，产业规模突破200亿元，较2022年增长3倍，全省港口集装箱吞吐量突破2500万标箱。\n"
            "2024年11月8日"
        ),
        obs=[
            ("Total", 2022, 50, "CNY 100 million", "actual"),
            ("Total", 2025, 120, "CNY 100 million", "estimate"),
            ("Total", 2027, 200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2022, 2027, 5.0),
        ],
        verdicts=[],
    ),
    # 11. Taipei CNA wire in Traditional Chinese (20 May 2025): 去年 = 2024, 今年 = 2025 (預估, an estimate), 有望 for
    # 2028; 新台幣億元. Nowhere: 990萬TEU at Kaohsiung, the carriers' revenue.
    dict(
        text=(
            "（中央社記者陳映如台北2025年5月20日電）研究機構海研智庫今天表示，台灣智慧港口與航運AI解決方案市場"
            "去年規模約新台幣36.2億元，今年預估可達43.5億元，年增20.2%；受惠港務公司推動智慧港口與貨櫃碼頭自動化，"
            "2028年市場規模有望達70億元。高雄港去年貨櫃裝卸量約990萬TEU，長榮、陽明等航商去年營收也明顯回升。"
        ),
        obs=[
            ("Total", 2024, 36.2, "TWD 100 million", "actual"),
            ("Total", 2025, 43.5, "TWD 100 million", "estimate"),
            ("Total", 2028, 70, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 43.5 / 36.2 - 1 = 20.17% -> 20.2
        ],
    ),
    # 12. Hong Kong newspaper in Traditional Chinese (26 February 2025), 億港元: YoY rate, a part with its share.
    # Nowhere: 去年第四季 6.1億港元 (a quarter), 1,370萬個標準箱 at Kwai Tsing, 5.8% throughput decline.
    dict(
        text=(
            "【本報訊】（2025年2月26日）本港物流及港口業加快引入人工智能。本地研究機構維港數碼研究昨日發表報告指，"
            "2024年香港港口及航運AI方案市場規模為23.5億港元，較2023年的19.8億港元增長18.7%。"
            "當中以貨櫃碼頭自動化及堆場調度最大，達9.4億港元，佔整體40%。報告又指，去年第四季相關合約金額約6.1億港元。"
            "葵青貨櫃碼頭去年處理約1,370萬個標準箱，按年下跌5.8%。"
        ),
        obs=[
            ("Total", 2023, 19.8, "HKD 100 million", "actual"),
            ("Total", 2024, 23.5, "HKD 100 million", "actual"),
            ("貨櫃碼頭自動化及堆場調度", 2024, 9.4, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.7, "percent", 2023, 2024, 1.0),
            ("share", 40, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 23.5 / 19.8 - 1 = 18.69% -> 18.7
            ("arithmetic", "exact"),    # 9.4 / 23.5 = 40.00% -> 40
        ],
    ),
    # 13. Taiwan business paper in Traditional Chinese (8 January 2025) quoting two research houses: the first's
    # base, target and CAGR; the stated 21.0% only a reading of the inputs reaches. Nowhere: 北極光顧問's 7.4億美元,
    # the 200 ships, the 3% to 5% fuel saving.
    dict(
        text=(
            "【經濟日報／記者王姿婷台北報導】2025年1月8日\n"
            "航運業導入AI預測性維修腳步加快。新加坡研調機構海峽航運研究最新報告指出，全球船舶主機與輔機預測性維護AI"
            "市場2024年規模為6.8億美元，預估2029年將成長至17.5億美元，2024至2029年年複合成長率達21.0%。"
            "另一家研調機構挪威北極光顧問則估計，2024年市場規模約7.4億美元。業者指出，國內航商已有約200艘船導入"
            "相關系統，可節省3%至5%燃油。"
        ),
        obs=[
            ("Total", 2024, 6.8, "USD 100 million", "actual"),
            ("Total", 2029, 17.5, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (17.5 / 6.8) ** (1/5) - 1 = 20.81% -> 20.8, not 21.0;
                                           # bounds (17.45/6.85)**(1/5)-1 = 20.57% .. (17.55/6.75)**(1/5)-1 = 21.06%: 21.0 reached
        ],
    ),
    # 14. Xinhua item (16 January 2025): 去年 = 2024, 今年有望突破 = a 2025 estimate at its printed figure. Nowhere:
    # 约占四成 (a share in words), 120 firms surveyed, the 62% survey answer.
    dict(
        text=(
            "新华社上海2025年1月16日电（记者周海澜）记者从中国船舶智能航行产业联盟获悉，去年我国船舶自主航行与远程驾驶"
            "AI系统市场规模达32.5亿元，同比增长27.5%，2023年为25.5亿元，其中长三角地区约占四成。联盟预计，"
            "今年市场规模有望突破40亿元。联盟对120家航运企业的调查显示，62%的企业计划在三年内部署智能航行系统。"
        ),
        obs=[
            ("Total", 2023, 25.5, "CNY 100 million", "actual"),
            ("Total", 2024, 32.5, "CNY 100 million", "actual"),
            ("Total", 2025, 40, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 32.5 / 25.5 - 1 = 27.45% (27.451) -> 27.5
        ],
    ),
    # 15. Year-end review (28 December 2024): 今年 = 2024 and its 预计 figure an estimate; the stated 26% is
    # contradicted by the amounts (a rebased or mistyped rate); 明年 = 2025. Nowhere: 4个百分点 (percentage points),
    # the US$480 per tonne fuel price, 1,500 ships.
    dict(
        text=(
            "航运数字化年终盘点｜2024年12月28日\n"
            "今年，船舶航线优化与能效管理AI市场继续扩容。据航运咨询机构海天智研测算，全年市场规模预计达18.6亿元，"
            "较2023年的15.2亿元同比增长26%，增速较上年提高4个百分点。明年，随着欧盟碳排放交易体系对航运业全面实施，"
            "市场规模预计将达23亿元。目前国内约1500艘远洋船舶使用相关系统；今年新加坡港高硫燃油均价约每吨480美元。"
        ),
        obs=[
            ("Total", 2023, 15.2, "CNY 100 million", "actual"),
            ("Total", 2024, 18.6, "CNY 100 million", "estimate"),
            ("Total", 2025, 23, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 18.6 / 15.2 - 1 = 22.37% -> 22, not 26;
                                               # bounds 18.55/15.25-1 = 21.64% .. 18.65/15.15-1 = 23.10%: 26 not reached
        ],
    ),
    # 16. Oslo broker exhibit, markdown pipes, E/F columns, Total row adding up in every year. Nowhere: exhibit
    # number, report date, the c.US$9.8bn wider maritime software market in the memo line.
    dict(
        text=(
            "Nordkapp Securities | Shipping & Offshore | 3 February 2025\n"
            "Exhibit 12: Global AI-in-maritime software revenue by application (US$ million)\n"
            "\n"
            "| Application | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Voyage optimisation & routing | 905 | 1,120 | 1,365 | 1,980 |\n"
            "| Engine & machinery predictive maintenance | 560 | 690 | 845 | 1,230 |\n"
            "| Smart-port & terminal automation | 1,240 | 1,505 | 1,820 | 2,610 |\n"
            "| Vessel tracking & surveillance analytics | 720 | 860 | 1,025 | 1,440 |\n"
            "| Autonomous & remote operations | 150 | 210 | 295 | 560 |\n"
            "| Total | 3,575 | 4,385 | 5,350 | 7,820 |\n"
            "\n"
            "Source: Nordkapp Securities estimates; E = estimate, F = forecast. Memo: the wider maritime software "
            "market (ERP, chartering, crewing) was c.US$9.8bn in 2024."
        ),
        obs=[
            ("Voyage optimisation & routing", 2023, 905, "USD million", "actual"),
            ("Voyage optimisation & routing", 2024, 1120, "USD million", "actual"),
            ("Voyage optimisation & routing", 2025, 1365, "USD million", "estimate"),
            ("Voyage optimisation & routing", 2027, 1980, "USD million", "estimate"),
            ("Engine & machinery predictive maintenance", 2023, 560, "USD million", "actual"),
            ("Engine & machinery predictive maintenance", 2024, 690, "USD million", "actual"),
            ("Engine & machinery predictive maintenance", 2025, 845, "USD million", "estimate"),
            ("Engine & machinery predictive maintenance", 2027, 1230, "USD million", "estimate"),
            ("Smart-port & terminal automation", 2023, 1240, "USD million", "actual"),
            ("Smart-port & terminal automation", 2024, 1505, "USD million", "actual"),
            ("Smart-port & terminal automation", 2025, 1820, "USD million", "estimate"),
            ("Smart-port & terminal automation", 2027, 2610, "USD million", "estimate"),
            ("Vessel tracking & surveillance analytics", 2023, 720, "USD million", "actual"),
            ("Vessel tracking & surveillance analytics", 2024, 860, "USD million", "actual"),
            ("Vessel tracking & surveillance analytics", 2025, 1025, "USD million", "estimate"),
            ("Vessel tracking & surveillance analytics", 2027, 1440, "USD million", "estimate"),
            ("Autonomous & remote operations", 2023, 150, "USD million", "actual"),
            ("Autonomous & remote operations", 2024, 210, "USD million", "actual"),
            ("Autonomous & remote operations", 2025, 295, "USD million", "estimate"),
            ("Autonomous & remote operations", 2027, 560, "USD million", "estimate"),
            ("Total", 2023, 3575, "USD million", "actual"),
            ("Total", 2024, 4385, "USD million", "actual"),
            ("Total", 2025, 5350, "USD million", "estimate"),
            ("Total", 2027, 7820, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 905+560+1240+720+150 = 3575
            ("hierarchy", "exact"),  # 2024: 1120+690+1505+860+210 = 4385
            ("hierarchy", "exact"),  # 2025E: 1365+845+1820+1025+295 = 5350
            ("hierarchy", "exact"),  # 2027F: 1980+1230+2610+1440+560 = 7820
        ],
    ),
    # 17. Oslo consultancy table, space-aligned, EUR million, e columns; the 2025e total is 0.1 above its rows' sum,
    # within rounding. Nowhere: table number, review issue number, publication date.
    dict(
        text=(
            "Table 2.3  AI vessel-performance and predictive-maintenance services revenue by owner region (EUR million)\n"
            "\n"
            "Region                   2022     2023     2024    2025e    2026e\n"
            "Northern Europe          48.2     57.6     68.9     82.3     97.5\n"
            "Mediterranean            21.4     25.9     31.3     37.8     45.6\n"
            "Middle East & Africa     12.7     15.8     19.6     24.4     30.1\n"
            "Asia-Pacific             35.9     44.1     54.2     66.5     81.0\n"
            "Americas                 18.3     22.0     26.4     31.7     38.0\n"
            "Total                   136.5    165.4    200.4    242.8    292.2\n"
            "\n"
            "e = estimate. Totals may not sum due to rounding. Source: Fjordline Analyse AS, Maritime Digital Review "
            "no. 7, Oslo, March 2025."
        ),
        obs=[
            ("Northern Europe", 2022, 48.2, "EUR million", "actual"),
            ("Northern Europe", 2023, 57.6, "EUR million", "actual"),
            ("Northern Europe", 2024, 68.9, "EUR million", "actual"),
            ("Northern Europe", 2025, 82.3, "EUR million", "estimate"),
            ("Northern Europe", 2026, 97.5, "EUR million", "estimate"),
            ("Mediterranean", 2022, 21.4, "EUR million", "actual"),
            ("Mediterranean", 2023, 25.9, "EUR million", "actual"),
            ("Mediterranean", 2024, 31.3, "EUR million", "actual"),
            ("Mediterranean", 2025, 37.8, "EUR million", "estimate"),
            ("Mediterranean", 2026, 45.6, "EUR million", "estimate"),
            ("Middle East & Africa", 2022, 12.7, "EUR million", "actual"),
            ("Middle East & Africa", 2023, 15.8, "EUR million", "actual"),
            ("Middle East & Africa", 2024, 19.6, "EUR million", "actual"),
            ("Middle East & Africa", 2025, 24.4, "EUR million", "estimate"),
            ("Middle East & Africa", 2026, 30.1, "EUR million", "estimate"),
            ("Asia-Pacific", 2022, 35.9, "EUR million", "actual"),
            ("Asia-Pacific", 2023, 44.1, "EUR million", "actual"),
            ("Asia-Pacific", 2024, 54.2, "EUR million", "actual"),
            ("Asia-Pacific", 2025, 66.5, "EUR million", "estimate"),
            ("Asia-Pacific", 2026, 81.0, "EUR million", "estimate"),
            ("Americas", 2022, 18.3, "EUR million", "actual"),
            ("Americas", 2023, 22.0, "EUR million", "actual"),
            ("Americas", 2024, 26.4, "EUR million", "actual"),
            ("Americas", 2025, 31.7, "EUR million", "estimate"),
            ("Americas", 2026, 38.0, "EUR million", "estimate"),
            ("Total", 2022, 136.5, "EUR million", "actual"),
            ("Total", 2023, 165.4, "EUR million", "actual"),
            ("Total", 2024, 200.4, "EUR million", "actual"),
            ("Total", 2025, 242.8, "EUR million", "estimate"),
            ("Total", 2026, 292.2, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2022: 48.2+21.4+12.7+35.9+18.3 = 136.5
            ("hierarchy", "exact"),     # 2023: 57.6+25.9+15.8+44.1+22.0 = 165.4
            ("hierarchy", "exact"),     # 2024: 68.9+31.3+19.6+54.2+26.4 = 200.4
            ("hierarchy", "rounding"),  # 2025e: 82.3+37.8+24.4+66.5+31.7 = 242.7, printed 242.8;
                                        # bounds 242.7 -/+ 5 x 0.05 = 242.45 .. 242.95: 242.8 reached
            ("hierarchy", "exact"),     # 2026e: 97.5+45.6+30.1+81.0+38.0 = 292.2
        ],
    ),
    # 18. Singapore research house table, tab-separated, years as rows; the lone value column headed by its unit is
    # the Total; a YoY column gives a rate per year, the 2025E one only a reading of the inputs reaches. Nowhere:
    # figure number, 38 government contracts, the publication month.
    dict(
        text=(
            "Figure 5 data - Asia-Pacific maritime domain awareness analytics (vessel tracking, dark-ship detection)\n"
            "Year\tUSD m\tYoY %\n"
            "2021\t142\t-\n"
            "2022\t171\t20.4\n"
            "2023\t209\t22.2\n"
            "2024\t252\t20.6\n"
            "2025E\t301\t19.5\n"
            "2026F\t356\t18.3\n"
            "Source: Lion City Maritime Analytics, Singapore (June 2025); E/F = estimates. Excludes satellite "
            "hardware and launch costs; the 2024 figure spans 38 government contracts."
        ),
        obs=[
            ("Total", 2021, 142, "USD million", "actual"),
            ("Total", 2022, 171, "USD million", "actual"),
            ("Total", 2023, 209, "USD million", "actual"),
            ("Total", 2024, 252, "USD million", "actual"),
            ("Total", 2025, 301, "USD million", "estimate"),
            ("Total", 2026, 356, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 20.4, "percent", 2021, 2022, 1.0),
            ("growth", 22.2, "percent", 2022, 2023, 1.0),
            ("growth", 20.6, "percent", 2023, 2024, 1.0),
            ("growth", 19.5, "percent", 2024, 2025, 1.0),
            ("growth", 18.3, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 171 / 142 - 1 = 20.42% -> 20.4
            ("cagr|implied", "exact"),     # 209 / 171 - 1 = 22.22% -> 22.2
            ("cagr|implied", "exact"),     # 252 / 209 - 1 = 20.57% -> 20.6
            ("cagr|implied", "rounding"),  # 301 / 252 - 1 = 19.44% -> 19.4, not 19.5;
                                           # bounds 300.5/252.5-1 = 19.01% .. 301.5/251.5-1 = 19.88%: 19.5 reached
            ("cagr|implied", "exact"),     # 356 / 301 - 1 = 18.27% -> 18.3
        ],
    ),
    # 19. Simplified Chinese table, tab-separated, 单位：亿元 line, E columns, a 合计 row adding up every year.
    # Nowhere: table number, title, the note's port investment exclusion, source date.
    dict(
        text=(
            "表3  中国智慧港口人工智能软件市场规模（按应用）\n"
            "单位：亿元\n"
            "应用\t2023\t2024\t2025E\t2026E\n"
            "智能配载与堆场规划\t12.6\t15.8\t19.7\t24.3\n"
            "智能闸口与理货识别\t8.4\t10.1\t12.2\t14.6\n"
            "自动化码头设备调度\t15.3\t19.2\t24.0\t29.8\n"
            "船舶交通组织与靠泊优化\t6.7\t8.6\t11.1\t14.2\n"
            "合计\t43.0\t53.7\t67.0\t82.9\n"
            "注：E为预测值；不含码头基础设施及装卸设备投资。资料来源：沪港航运研究院，2025年4月。"
        ),
        obs=[
            ("智能配载与堆场规划", 2023, 12.6, "CNY 100 million", "actual"),
            ("智能配载与堆场规划", 2024, 15.8, "CNY 100 million", "actual"),
            ("智能配载与堆场规划", 2025, 19.7, "CNY 100 million", "estimate"),
            ("智能配载与堆场规划", 2026, 24.3, "CNY 100 million", "estimate"),
            ("智能闸口与理货识别", 2023, 8.4, "CNY 100 million", "actual"),
            ("智能闸口与理货识别", 2024, 10.1, "CNY 100 million", "actual"),
            ("智能闸口与理货识别", 2025, 12.2, "CNY 100 million", "estimate"),
            ("智能闸口与理货识别", 2026, 14.6, "CNY 100 million", "estimate"),
            ("自动化码头设备调度", 2023, 15.3, "CNY 100 million", "actual"),
            ("自动化码头设备调度", 2024, 19.2, "CNY 100 million", "actual"),
            ("自动化码头设备调度", 2025, 24.0, "CNY 100 million", "estimate"),
            ("自动化码头设备调度", 2026, 29.8, "CNY 100 million", "estimate"),
            ("船舶交通组织与靠泊优化", 2023, 6.7, "CNY 100 million", "actual"),
            ("船舶交通组织与靠泊优化", 2024, 8.6, "CNY 100 million", "actual"),
            ("船舶交通组织与靠泊优化", 2025, 11.1, "CNY 100 million", "estimate"),
            ("船舶交通组织与靠泊优化", 2026, 14.2, "CNY 100 million", "estimate"),
            ("合计", 2023, 43.0, "CNY 100 million", "actual"),
            ("合计", 2024, 53.7, "CNY 100 million", "actual"),
            ("合计", 2025, 67.0, "CNY 100 million", "estimate"),
            ("合计", 2026, 82.9, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 12.6+8.4+15.3+6.7 = 43.0
            ("hierarchy", "exact"),  # 2024: 15.8+10.1+19.2+8.6 = 53.7
            ("hierarchy", "exact"),  # 2025E: 19.7+12.2+24.0+11.1 = 67.0
            ("hierarchy", "exact"),  # 2026E: 24.3+14.6+29.8+14.2 = 82.9
        ],
    ),
    # 20. Busan research house table, space-aligned, years as rows with P (projection) rows: each value column's
    # header is its item, the Total column the total. Nowhere: exhibit numbers, the ₩312 billion note (won), 14
    # trial ships.
    dict(
        text=(
            "Exhibit 9. Global autonomous-ship AI systems market (USD million)\n"
            "\n"
            "Year     Autonomous navigation    Remote operation    Total\n"
            "2022                       86                  34      120\n"
            "2023                      112                  45      157\n"
            "2024                      147                  61      208\n"
            "2025P                     193                  83      276\n"
            "2026P                     251                 112      363\n"
            "\n"
            "P = projection. Source: Hanul Maritime Research, Busan, 10 April 2025. Domestic won spending (312 "
            "billion won in 2024) is shown in Exhibit 10; 14 Korean-flagged ships held MASS trial approvals."
        ),
        obs=[
            ("Autonomous navigation", 2022, 86, "USD million", "actual"),
            ("Autonomous navigation", 2023, 112, "USD million", "actual"),
            ("Autonomous navigation", 2024, 147, "USD million", "actual"),
            ("Autonomous navigation", 2025, 193, "USD million", "estimate"),
            ("Autonomous navigation", 2026, 251, "USD million", "estimate"),
            ("Remote operation", 2022, 34, "USD million", "actual"),
            ("Remote operation", 2023, 45, "USD million", "actual"),
            ("Remote operation", 2024, 61, "USD million", "actual"),
            ("Remote operation", 2025, 83, "USD million", "estimate"),
            ("Remote operation", 2026, 112, "USD million", "estimate"),
            ("Total", 2022, 120, "USD million", "actual"),
            ("Total", 2023, 157, "USD million", "actual"),
            ("Total", 2024, 208, "USD million", "actual"),
            ("Total", 2025, 276, "USD million", "estimate"),
            ("Total", 2026, 363, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 86+34 = 120
            ("hierarchy", "exact"),  # 2023: 112+45 = 157
            ("hierarchy", "exact"),  # 2024: 147+61 = 208
            ("hierarchy", "exact"),  # 2025P: 193+83 = 276
            ("hierarchy", "exact"),  # 2026P: 251+112 = 363
        ],
    ),
    # 21. Oslo-listed vendor's Q4 call (13 Feb 2025): the CEO sizes the TAM "this year" (2025, estimate) and for 2030,
    # span printed. Nowhere: NOK 412m revenue and its 31%, EBITDA NOK 96m, 2,340 vessels, USD 610/t VLSFO, 8% ambition.
    dict(
        text=(
            "Havbris Maritime Technologies ASA (OSE: HAVB), fourth-quarter 2024 results, conference call transcript, "
            "13 February 2025.\n"
            "Henrik Solberg, chief executive: \"Fourth-quarter revenue came in at NOK 412 million, up 31% year on year, "
            "and EBITDA was NOK 96 million. We closed the year with 2,340 vessels connected to the platform, and with "
            "VLSFO averaging around USD 610 a tonne the fuel-saving case more or less sells itself. On the bigger "
            "picture: we size the addressable market for AI voyage optimisation and routing, meaning weather routing, "
            "speed and trim advice and just-in-time arrival, at about USD 3.1 billion this year. We expect it to reach "
            "USD 6.4 billion in 2030, a compound annual growth of roughly 16% over 2025 to 2030. Our ambition is to "
            "hold 8% of that market by then.\""
        ),
        obs=[
            ("Total", 2025, 3.1, "USD billion", "estimate"),
            ("Total", 2030, 6.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.4 / 3.1) ** (1 / 5) - 1 = 15.60% -> 16
        ],
    ),
    # 22. KMI research abstract (Dec 2024): a part with its amount and share, "roughly 2.6 times" (x2.6 over 7 years)
    # and a stated CAGR of 17.2% the amounts contradict (a typo or a rebased start year): inconsistent.
    # Nowhere: working-paper number 2024-17, 312 shipowners, ₩1.9 trillion (won), "10 years old".
    dict(
        text=(
            "Korea Maritime Institute, KMI Working Paper 2024-17 (December 2024). Abstract: This paper sizes the "
            "global market for autonomous and remotely operated ship systems, including collision-avoidance AI, "
            "autonomous navigation suites and shore-based remote operation centres. Combining shipyard order data "
            "with a survey of 312 shipowners, we estimate the market at US$5.82 billion in 2023; remote operation "
            "centres and shore-control software made up US$1.47 billion of this (25.3%). In the baseline scenario "
            "the market grows to US$14.9 billion by 2030, roughly 2.6 times its 2023 size, which corresponds to a "
            "compound annual growth rate of 17.2% over 2023-2030. Korean yards' own autonomous-ship system sales "
            "reached about ₩1.9 trillion in 2023. Adoption is fastest on LNG carriers less than 10 years old."
        ),
        obs=[
            ("Total", 2023, 5.82, "USD billion", "actual"),
            ("Remote operation centres and shore-control software", 2023, 1.47, "USD billion", "actual"),
            ("Total", 2030, 14.9, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 25.3, "percent", 2023, 2023, None),
            ("multiple", 2.6, "multiple", 2023, 2030, 7.0),        # 14.9 / 5.82 = 2.56 -> 2.6, no verdict
            ("cagr", 17.2, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),           # 1.47 / 5.82 = 25.26% -> 25.3
            ("cagr|implied", "inconsistent"),  # (14.9 / 5.82) ** (1 / 7) - 1 = 14.37%; bounds (14.85 / 5.825) -> 14.30%
                                               # and (14.95 / 5.815) -> 14.44%; 17.2 is out of reach
        ],
    ),
    # 23. LinkedIn post (9 April 2025): "last year" = 2024, "this year" = 2025 (estimate, "around" kept at printed
    # figure). The 16% sits below the 17% the rounded amounts give: rounding. Nowhere: ~890M TEU, Q1 2025 $0.78B.
    dict(
        text=(
            "Marit Vos · Port digitalisation advisor · Rotterdam · posted 9 April 2025\n"
            "Terminal operating systems are quietly turning into AI systems. According to Harbourline Analytics, "
            "global spend on AI-based smart-port and terminal automation software reached $2.7B last year, up 16% "
            "from $2.3B in 2023. Their call for this year is around $3.2B. For context, the world's container ports "
            "handled ~890M TEU in 2024, and Q1 2025 software spend alone was $0.78B. If you run a terminal and still "
            "plan yard moves in spreadsheets, let's talk. #ports #AI #smartport"
        ),
        obs=[
            ("Total", 2023, 2.3, "USD billion", "actual"),
            ("Total", 2024, 2.7, "USD billion", "actual"),
            ("Total", 2025, 3.2, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 16, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 2.7 / 2.3 - 1 = 17.39% -> 17, not 16; bounds 2.65 / 2.35 - 1 = 12.77% to
                                           # 2.75 / 2.25 - 1 = 22.22%, so 16 is reachable
        ],
    ),
    # 24. Container line's capital markets day slide (6 March 2025): the TAM is the Total; the adjacent pool is a
    # second market, its own item, not summed. Nowhere: slide 17, 112 vessels, 780k TEU, EBITDA USD 2.6bn, USD 300m
    # digital revenue target by 2027.
    dict(
        text=(
            "Pacific Meridian Lines | Capital Markets Day 2025 | Singapore, 6 March 2025\n"
            "Slide 17 - Digital & AI: where we play\n"
            "• Addressable market - AI container stowage, yard and berth planning: USD 1.8bn (2024) -> USD 4.1bn (2029F)\n"
            "• ~18% CAGR 2024-29\n"
            "• Adjacent pool: maritime domain awareness & vessel-tracking analytics, USD 0.9bn (2024)\n"
            "• Our fleet: 112 vessels, 780k TEU capacity\n"
            "• FY2024 EBITDA USD 2.6bn; digital revenue target USD 300m by 2027"
        ),
        obs=[
            ("Total", 2024, 1.8, "USD billion", "actual"),
            ("Total", 2029, 4.1, "USD billion", "estimate"),
            ("Maritime domain awareness & vessel-tracking analytics", 2024, 0.9, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.1 / 1.8) ** (1 / 5) - 1 = 17.90% -> 18
        ],
    ),
    # 25. Singapore research house release, corrected (updated 14 May 2025): the corrected 2024 figure is the figure;
    # US$1.12 billion is expected nowhere. Nowhere too: the report's title year 2025, its US$4,950 price, 63 managers.
    dict(
        text=(
            "Straits Maritime Research - press release, Singapore, 12 May 2025 (updated 14 May 2025)\n"
            "Correction: an earlier version of this release gave the 2024 market size as US$1.12 billion. The correct "
            "figure is US$1.21 billion, and the growth rate below has been updated accordingly.\n"
            "The global market for AI-based predictive maintenance of ship engines and propulsion systems was worth "
            "US$1.21 billion in 2024, an increase of 22% on the US$0.99 billion recorded in 2023, Straits Maritime "
            "Research said in its Marine Machinery Intelligence Outlook 2025. Two-stroke main engines, the largest "
            "application, accounted for US$0.52 billion, or 43% of the total. The firm forecasts that the market will "
            "reach US$3.05 billion by 2030, a CAGR of 16.7% between 2024 and 2030. The report, priced at US$4,950, "
            "draws on interviews with 63 ship managers."
        ),
        obs=[
            ("Total", 2023, 0.99, "USD billion", "actual"),
            ("Total", 2024, 1.21, "USD billion", "actual"),
            ("Two-stroke main engines", 2024, 0.52, "USD billion", "actual"),
            ("Total", 2030, 3.05, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("share", 43, "percent", 2024, 2024, None),
            ("cagr", 16.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.21 / 0.99 - 1 = 22.22% -> 22
            ("arithmetic", "exact"),    # 0.52 / 1.21 = 42.98% -> 43
            ("cagr|implied", "exact"),  # (3.05 / 1.21) ** (1 / 6) - 1 = 16.66% -> 16.7
        ],
    ),
    # 26. Classification society outlook (Oslo, October 2024): a 2030 range (two value claims, no observation) and
    # "more than double" (x2 over 7 years). Nowhere: chapter 5, "about two-thirds" (a share in words), 14% of coastal
    # states (a penetration rate), 62,000 ships and 500 GT, "one in ten".
    dict(
        text=(
            "Nordvik Register, Maritime Digital Outlook, Oslo, October 2024. Chapter 5: Seeing the ocean.\n"
            "Spending on maritime surveillance and vessel-tracking analytics (fusion of AIS, satellite SAR and RF "
            "data, with AI models that flag dark vessels, position spoofing and illicit ship-to-ship transfers) came "
            "to about USD 1.35 billion worldwide in 2023. We expect it to land between USD 2.8 billion and USD 3.4 "
            "billion in 2030, more than double the 2023 level. Governments, navies and coast guards account for "
            "about two-thirds of spend. Only 14% of coastal states currently run AI-based anomaly detection, and of "
            "the roughly 62,000 merchant ships above 500 GT, fewer than one in ten feeds data to such a system."
        ),
        obs=[
            ("Total", 2023, 1.35, "USD billion", "actual"),
        ],
        claims=[
            ("value", 2.8, "USD billion", 2030, 2030, None),   # range, low end
            ("value", 3.4, "USD billion", 2030, 2030, None),   # range, high end
            ("multiple", 2, "multiple", 2023, 2030, 7.0),       # "more than double": x2, no verdict
        ],
        verdicts=[],
    ),
    # 27. Forum answer (3 March 2025): the series starts in EUR million, so the 2029 "€1.05 billion" is expected as
    # 1050 EUR million; the 20.7% "a year" has no printed span (inferred, cagr|period). Nowhere: MarketsPulse's
    # €560 million (second publisher, same year), the whole port-software market (~€3 billion), 13.4M TEU.
    dict(
        text=(
            "Re: How big is the AI port-call / terminal optimisation market in Europe?\n"
            "Answer by quaymaster, 3 March 2025:\n"
            "The number I trust is from Blauwhaven Consultancy in Rotterdam. They put European spending on AI terminal "
            "automation and port-call optimisation software at roughly €410 million in 2024 and see it reaching "
            "€1.05 billion by 2029, about 20.7% a year. MarketsPulse publishes €560 million for 2024, but they lump in "
            "ordinary port community systems, so I'd ignore it. Also keep in mind that the whole European port and "
            "terminal software market is something like €3 billion, so AI is still the smaller slice. Rotterdam alone "
            "moved 13.4M TEU last year, for scale."
        ),
        obs=[
            ("Total", 2024, 410, "EUR million", "actual"),
            ("Total", 2029, 1050, "EUR million", "estimate"),   # €1.05 billion in the series' unit
        ],
        claims=[
            ("cagr", 20.7, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1050 / 410) ** (1 / 5) - 1 = 20.69% -> 20.7
        ],
    ),
    # 28. Japanese line's integrated report (fiscal year ended March 2024): yen by fiscal year (fiscal 2023 -> 2023);
    # "roughly 2.8 times" is x2.8 over 7 years. Nowhere: the report's title year, revenues ¥1,620.3 billion, ordinary
    # profit ¥248.7 billion, 782 vessels.
    dict(
        text=(
            "Nishikaze Kisen Kaisha, Integrated Report 2024 (fiscal year ended March 31, 2024) - Business environment\n"
            "According to Kanda Marine Research Institute, Japan's market for AI-based vessel operation support, "
            "covering collision-avoidance assistance, engine-condition diagnostics and automated berthing, was "
            "¥18.4 billion in fiscal 2023 and is projected to reach ¥52 billion in fiscal 2030, roughly 2.8 times the "
            "current level and an average annual growth rate of 16.0% from fiscal 2023 to fiscal 2030. Against this "
            "backdrop the Group recorded consolidated revenues of ¥1,620.3 billion and ordinary profit of "
            "¥248.7 billion, and operates a fleet of 782 vessels."
        ),
        obs=[
            ("Total", 2023, 18.4, "JPY billion", "actual"),
            ("Total", 2030, 52, "JPY billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.8, "multiple", 2023, 2030, 7.0),     # 52 / 18.4 = 2.83, no verdict
            ("cagr", 16.0, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (52 / 18.4) ** (1 / 7) - 1 = 15.999% -> 16.0
        ],
    ),
    # 29. City action plan (Simplified): 增长2倍 keeps its printed 2 (2021 -> 2024, period 3); the 力争突破 target is an
    # estimate at its printed figure. Nowhere: plan years 2025—2027, 文号 9号, 1,286万标箱, 10家企业, 8个泊位, 超亿元.
    dict(
        text=(
            "东港市人民政府办公室关于印发《东港市智慧港口建设三年行动方案（2025—2027年）》的通知（东政办发〔2025〕9号）\n"
            "一、发展基础。2024年，全市港口完成集装箱吞吐量1,286万标箱，港口人工智能应用（含智能闸口、自动化码头调度、"
            "AI堆场与泊位计划）市场规模达到46.8亿元，较2021年增长2倍。\n"
            "二、主要目标。到2027年，全市港口人工智能应用市场规模力争突破100亿元，2024—2027年年均增长29%左右；"
            "培育年营业收入超亿元的港航AI企业10家以上，建成自动化集装箱码头泊位8个。"
        ),
        obs=[
            ("Total", 2024, 46.8, "CNY 100 million", "actual"),
            ("Total", 2027, 100, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),       # 增长2倍 -> x2, no verdict
            ("cagr", 29, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (100 / 46.8) ** (1 / 3) - 1 = 28.80% -> 29
        ],
    ),
    # 30. Broker's note (Simplified, 18 March 2025): 同比 24.3% has no printed 2023 amount (claim, no verdict); a part
    # with its share. Nowhere: 4,818万载重吨, 约四成 (a share in words of orders), 目标价38.6元 and 27%上涨空间.
    dict(
        text=(
            "【华信证券】智能航运行业深度报告：AI驶入深蓝（2025年3月18日）\n"
            "核心观点：我们测算，2024年中国船舶智能航行系统（含AI航路优化、辅助驾驶及智能机舱）市场规模约为62.5亿元，"
            "同比增长24.3%；预计2025年达到77亿元，2030年有望达到215亿元，2024—2030年复合增速约22.9%。分环节看，"
            "智能机舱2024年市场规模18.1亿元，占比29.0%，主机预测性维护需求是主要驱动。2024年我国造船完工量4,818万载重吨，"
            "新接订单中约四成为智能船舶。首次覆盖，给予“买入”评级，目标价38.6元，对应27%上涨空间。"
        ),
        obs=[
            ("Total", 2024, 62.5, "CNY 100 million", "actual"),
            ("Total", 2025, 77, "CNY 100 million", "estimate"),
            ("Total", 2030, 215, "CNY 100 million", "estimate"),
            ("智能机舱", 2024, 18.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.3, "percent", 2023, 2024, 1.0),        # no 2023 amount printed: no verdict
            ("cagr", 22.9, "percent", 2024, 2030, None, "stated"),
            ("share", 29.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (215 / 62.5) ** (1 / 6) - 1 = 22.86% -> 22.9
            ("arithmetic", "exact"),    # 18.1 / 62.5 = 28.96% -> 29.0
        ],
    ),
    # 31. Zhihu answer (Simplified, edited 2025-06-18): 去年 = 2024, 今年 = 2025 (estimate, 左右 kept at printed
    # figure); the 23% exceeds the 22% the amounts give: rounding. Nowhere: the other institution's 12亿 for the same
    # year (second publisher), 5,150万标箱.
    dict(
        text=(
            "问题：港口的AI配载、泊位计划软件市场到底有多大？\n"
            "回答（航运IT老兵，编辑于 2025-06-18）：说个我比较认可的口径。上海一家海事咨询机构的年度报告里，"
            "国内港口AI集装箱配载与泊位计划软件市场去年（2024年）大约9.6亿元，比2023年的7.9亿元增长了23%。"
            "另一家机构给的是12亿，但它把整个码头操作系统（TOS）都算进去了，不能直接比。今年他们预计能到11.5亿元左右。"
            "做个对比，上海港去年集装箱吞吐量5,150万标箱，光靠人工排泊位早就排不过来了。以上仅代表个人观点，欢迎指正。"
        ),
        obs=[
            ("Total", 2023, 7.9, "CNY 100 million", "actual"),
            ("Total", 2024, 9.6, "CNY 100 million", "actual"),
            ("Total", 2025, 11.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 9.6 / 7.9 - 1 = 21.52% -> 22, not 23; bounds 9.55 / 7.95 - 1 = 20.13% to
                                           # 9.65 / 7.85 - 1 = 22.93%, so 23 is reachable
        ],
    ),
    # 32. Association report (Simplified): the 31.5% 同比 the amounts contradict (it matches a 10.8 base, 14.2 / 10.8
    # = 1.315, an earlier unrevised 2023 figure): inconsistent. 超过18亿元 kept at printed figure. Nowhere: 第3期, report
    # title year, 126家会员, 218家企业, 67% (a survey answer), 两年.
    dict(
        text=(
            "中国船舶工业行业协会智能船舶分会近日发布《2024年中国船舶智能运维发展报告》（第3期）。报告显示，2024年我国"
            "船用主机及推进系统AI预测性维护与健康管理服务市场规模为14.2亿元，同比增长31.5%（2023年为11.6亿元）；"
            "其中远程诊断服务市场规模为5.1亿元，占35.9%。报告预计，2025年市场规模将超过18亿元。分会现有会员单位126家，"
            "本次调研覆盖船东及船舶管理公司218家，受访企业中有67%表示计划在两年内加装机舱数据采集系统。"
        ),
        obs=[
            ("Total", 2023, 11.6, "CNY 100 million", "actual"),
            ("Total", 2024, 14.2, "CNY 100 million", "actual"),
            ("远程诊断服务", 2024, 5.1, "CNY 100 million", "actual"),
            ("Total", 2025, 18, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.5, "percent", 2023, 2024, 1.0),
            ("share", 35.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 14.2 / 11.6 - 1 = 22.41%; bounds 14.15 / 11.65 - 1 = 21.46% to
                                               # 14.25 / 11.55 - 1 = 23.38%; 31.5 is out of reach
            ("arithmetic", "exact"),           # 5.1 / 14.2 = 35.92% -> 35.9
        ],
    ),
    # 33. Taiwan port authority statistics release (Traditional, 22 April 2025) in 新臺幣億元. Nowhere: 今（22）日,
    # the release title's year, 1,482萬TEU, 4萬2千餘艘次, the 2026 deadline for the 7th container centre.
    dict(
        text=(
            "交通部航港局新聞稿（2025年4月22日）\n"
            "航港局今（22）日公布「2024年智慧港埠發展統計」。2024年國內智慧港埠AI應用（含貨櫃場自動化排程、港區船舶交通"
            "管理AI及智慧閘門）市場規模達新臺幣38.5億元，較2023年的31.7億元成長21.5%；其中貨櫃場自動化排程系統為新臺幣"
            "16.2億元，占42.1%。同期基隆、臺中、高雄及花蓮等國際商港貨櫃裝卸量合計1,482萬TEU，進出港船舶4萬2千餘艘次。"
            "航港局表示，將於2026年前完成高雄港第七貨櫃中心全面導入AI調度。"
        ),
        obs=[
            ("Total", 2023, 31.7, "TWD 100 million", "actual"),
            ("Total", 2024, 38.5, "TWD 100 million", "actual"),
            ("貨櫃場自動化排程系統", 2024, 16.2, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2023, 2024, 1.0),
            ("share", 42.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.5 / 31.7 - 1 = 21.451% -> 21.5
            ("arithmetic", "exact"),    # 16.2 / 38.5 = 42.08% -> 42.1
        ],
    ),
    # 34. Hong Kong news item (Traditional, 8 May 2025) in 億港元: 去年 = 2024, 前年 = 2023, 明年 = 2026 (estimate).
    # The 約21% exceeds the 20% the amounts give: rounding. Nowhere: 1,370萬個標準箱, an operator's 首季收入32.4億港元.
    dict(
        text=(
            "【本報訊】（2025年5月8日）一項由本地海事研究機構發表的調查顯示，本港智慧港口人工智能軟件（包括貨櫃碼頭自動化"
            "調度、堆場與泊位規劃及船舶交通監測）市場去年規模約12.6億港元，較前年的10.5億港元增長約21%。其中，貨櫃及泊位"
            "規劃系統佔4.86億港元，佔整體38.6%。研究預計，市場明年將升至17.8億港元。另一方面，葵青貨櫃碼頭去年處理約"
            "1,370萬個標準箱，按年微跌；某碼頭營運商首季收入則為32.4億港元。"
        ),
        obs=[
            ("Total", 2023, 10.5, "HKD 100 million", "actual"),
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("貨櫃及泊位規劃系統", 2024, 4.86, "HKD 100 million", "actual"),
            ("Total", 2026, 17.8, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("share", 38.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 12.6 / 10.5 - 1 = 20.00% -> 20, not 21; bounds 12.55 / 10.55 - 1 = 18.96%
                                           # to 12.65 / 10.45 - 1 = 21.05%, so 21 is reachable
            ("arithmetic", "exact"),       # 4.86 / 12.6 = 38.57% -> 38.6
        ],
    ),
    # 35. Taiwan brokerage note (Traditional, March 2025) in 億美元: a 2028 range (two value claims, no observation),
    # "2倍以上" (x2, 2024 -> 2028, period 4). Nowhere: the company's 營收新台幣48.6億元, 目標價NT$612元, 上漲空間18%.
    dict(
        text=(
            "【元泰投顧】產業報告：衛星AIS與海事AI分析（2025年3月）\n"
            "全球海事AIS船舶追蹤與AI分析市場2024年規模為9.2億美元，2025年預估達11.3億美元，年增23%。隨著各國海巡加強"
            "「暗船」監控，我們預估2028年市場規模介於18億至22億美元，將達2024年的2倍以上。台灣供應鏈中，我們首選衛星地面站"
            "設備商A公司，其2024年營收新台幣48.6億元，給予「買進」評級，目標價NT$612元，潛在上漲空間18%。"
        ),
        obs=[
            ("Total", 2024, 9.2, "USD 100 million", "actual"),
            ("Total", 2025, 11.3, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
            ("value", 18, "USD 100 million", 2028, 2028, None),   # range, low end
            ("value", 22, "USD 100 million", 2028, 2028, None),   # range, high end
            ("multiple", 2, "multiple", 2024, 2028, 4.0),          # 2倍以上: x2, no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 11.3 / 9.2 - 1 = 22.83% -> 23
        ],
    ),
    # 36. Markdown table (Oslo, January 2025), years as columns with E/F columns and a Total row; the 2025E total
    # misses the rows' sum by 2 (rounding). Nowhere: table number 3, the non-AI maritime software USD 14.6 billion.
    dict(
        text=(
            "Table 3. Global AI in shipping and ports: spending by application, 2023-2027F (USD million)\n"
            "| Application | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---|---|---|---|\n"
            "| AI voyage optimisation & routing | 812 | 968 | 1,150 | 1,610 |\n"
            "| Predictive maintenance for vessel engines | 546 | 671 | 820 | 1,190 |\n"
            "| Smart-port & terminal automation software | 1,204 | 1,398 | 1,630 | 2,210 |\n"
            "| AI container & berth planning | 388 | 472 | 575 | 840 |\n"
            "| Maritime surveillance & vessel-tracking analytics | 615 | 720 | 845 | 1,160 |\n"
            "| Total | 3,565 | 4,229 | 5,022 | 7,010 |\n"
            "Source: Skagerrak Maritime Insight, Oslo, January 2025. E = estimate, F = forecast. Totals may not add "
            "because of rounding. Excludes non-AI maritime software (about USD 14.6 billion in 2024)."
        ),
        obs=[
            ("AI voyage optimisation & routing", 2023, 812, "USD million", "actual"),
            ("AI voyage optimisation & routing", 2024, 968, "USD million", "actual"),
            ("AI voyage optimisation & routing", 2025, 1150, "USD million", "estimate"),
            ("AI voyage optimisation & routing", 2027, 1610, "USD million", "estimate"),
            ("Predictive maintenance for vessel engines", 2023, 546, "USD million", "actual"),
            ("Predictive maintenance for vessel engines", 2024, 671, "USD million", "actual"),
            ("Predictive maintenance for vessel engines", 2025, 820, "USD million", "estimate"),
            ("Predictive maintenance for vessel engines", 2027, 1190, "USD million", "estimate"),
            ("Smart-port & terminal automation software", 2023, 1204, "USD million", "actual"),
            ("Smart-port & terminal automation software", 2024, 1398, "USD million", "actual"),
            ("Smart-port & terminal automation software", 2025, 1630, "USD million", "estimate"),
            ("Smart-port & terminal automation software", 2027, 2210, "USD million", "estimate"),
            ("AI container & berth planning", 2023, 388, "USD million", "actual"),
            ("AI container & berth planning", 2024, 472, "USD million", "actual"),
            ("AI container & berth planning", 2025, 575, "USD million", "estimate"),
            ("AI container & berth planning", 2027, 840, "USD million", "estimate"),
            ("Maritime surveillance & vessel-tracking analytics", 2023, 615, "USD million", "actual"),
            ("Maritime surveillance & vessel-tracking analytics", 2024, 720, "USD million", "actual"),
            ("Maritime surveillance & vessel-tracking analytics", 2025, 845, "USD million", "estimate"),
            ("Maritime surveillance & vessel-tracking analytics", 2027, 1160, "USD million", "estimate"),
            ("Total", 2023, 3565, "USD million", "actual"),
            ("Total", 2024, 4229, "USD million", "actual"),
            ("Total", 2025, 5022, "USD million", "estimate"),
            ("Total", 2027, 7010, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 812 + 546 + 1,204 + 388 + 615 = 3,565
            ("hierarchy", "exact"),     # 2024: 968 + 671 + 1,398 + 472 + 720 = 4,229
            ("hierarchy", "rounding"),  # 2025E: 1,150 + 820 + 1,630 + 575 + 845 = 5,020, not 5,022; rows at +0.5
                                        # each give 5,022.5 >= 5,021.5 (total at -0.5), so 5,022 is reachable
            ("hierarchy", "exact"),     # 2027F: 1,610 + 1,190 + 2,210 + 840 + 1,160 = 7,010
        ],
    ),
    # 37. Tab-separated European table (20 February 2025) with a CAGR column whose span its header prints; the
    # smart-port row's 18.5% sits above the 18.4% its amounts give: rounding. Nowhere: 9,800 vessels, EU-27.
    dict(
        text=(
            "Noordzee Maritime Advisory - European AI maritime solutions market by segment (EUR million)\n"
            "Segment\t2024\t2030F\tCAGR 2024-2030F\n"
            "AI predictive maintenance (engines & propulsion)\t312\t905\t19.4%\n"
            "AI voyage & fuel optimisation\t428\t1,120\t17.4%\n"
            "Smart-port & terminal automation AI\t536\t1,480\t18.5%\n"
            "Vessel tracking & surveillance analytics\t244\t610\t16.5%\n"
            "Autonomous & remote operation systems\t96\t470\t30.3%\n"
            "Total\t1,616\t4,585\t19.0%\n"
            "Note: Europe = EU-27, Norway and the UK. Published 20 February 2025; 2030F figures are Noordzee forecasts. "
            "Fleet data cover 9,800 EU-flagged vessels."
        ),
        obs=[
            ("AI predictive maintenance (engines & propulsion)", 2024, 312, "EUR million", "actual"),
            ("AI predictive maintenance (engines & propulsion)", 2030, 905, "EUR million", "estimate"),
            ("AI voyage & fuel optimisation", 2024, 428, "EUR million", "actual"),
            ("AI voyage & fuel optimisation", 2030, 1120, "EUR million", "estimate"),
            ("Smart-port & terminal automation AI", 2024, 536, "EUR million", "actual"),
            ("Smart-port & terminal automation AI", 2030, 1480, "EUR million", "estimate"),
            ("Vessel tracking & surveillance analytics", 2024, 244, "EUR million", "actual"),
            ("Vessel tracking & surveillance analytics", 2030, 610, "EUR million", "estimate"),
            ("Autonomous & remote operation systems", 2024, 96, "EUR million", "actual"),
            ("Autonomous & remote operation systems", 2030, 470, "EUR million", "estimate"),
            ("Total", 2024, 1616, "EUR million", "actual"),
            ("Total", 2030, 4585, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 19.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 16.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 30.3, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # (905 / 312) ** (1 / 6) - 1 = 19.42% -> 19.4
            ("cagr|implied", "exact"),     # (1120 / 428) ** (1 / 6) - 1 = 17.39% -> 17.4
            ("cagr|implied", "rounding"),  # (1480 / 536) ** (1 / 6) - 1 = 18.445% -> 18.4, not 18.5; bounds
                                           # (1479.5 / 536.5) -> 18.42% to (1480.5 / 535.5) -> 18.47%: 18.5 reachable
            ("cagr|implied", "exact"),     # (610 / 244) ** (1 / 6) - 1 = 16.499% -> 16.5
            ("cagr|implied", "exact"),     # (470 / 96) ** (1 / 6) - 1 = 30.31% -> 30.3
            ("cagr|implied", "exact"),     # (4585 / 1616) ** (1 / 6) - 1 = 18.98% -> 19.0
            ("hierarchy", "exact"),        # 2024: 312 + 428 + 536 + 244 + 96 = 1,616
            ("hierarchy", "exact"),        # 2030F: 905 + 1,120 + 1,480 + 610 + 470 = 4,585
        ],
    ),
    # 38. Space-aligned Singapore table (February 2025), years as rows; the lone value column is headed by its unit
    # only, so its figures are the market's Total; a YoY column gives year-on-year rates, the 2024 one (23.4) a
    # rounding. Nowhere: ASEAN-10, ~41,000 vessels tracked.
    dict(
        text=(
            "Southeast Asia: spending on AI maritime surveillance and vessel-tracking analytics\n"
            "Source: Lion City Maritime Analytics, Singapore, February 2025\n"
            "\n"
            "Year      USD million    YoY change (%)\n"
            "2021          148              -\n"
            "2022          181            22.3\n"
            "2023          226            24.9\n"
            "2024          279            23.4\n"
            "2025F         338            21.1\n"
            "\n"
            "Note: covers coastal authorities, navies and commercial users in the ASEAN-10. About 41,000 vessels were "
            "tracked in 2024. 2025F is a forecast."
        ),
        obs=[
            ("Total", 2021, 148, "USD million", "actual"),
            ("Total", 2022, 181, "USD million", "actual"),
            ("Total", 2023, 226, "USD million", "actual"),
            ("Total", 2024, 279, "USD million", "actual"),
            ("Total", 2025, 338, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 22.3, "percent", 2021, 2022, 1.0),
            ("growth", 24.9, "percent", 2022, 2023, 1.0),
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
            ("growth", 21.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 181 / 148 - 1 = 22.30% -> 22.3
            ("cagr|implied", "exact"),     # 226 / 181 - 1 = 24.86% -> 24.9
            ("cagr|implied", "rounding"),  # 279 / 226 - 1 = 23.45% -> 23.5, not 23.4; bounds 278.5 / 226.5 - 1 =
                                           # 22.96% to 279.5 / 225.5 - 1 = 23.95%, so 23.4 is reachable
            ("cagr|implied", "exact"),     # 338 / 279 - 1 = 21.15% (21.147) -> 21.1
        ],
    ),
    # 39. Simplified Chinese share table for 2024 (亿元 and 占比) with a 合计 row at 100.0% (no claim); each row's
    # share gets an arithmetic verdict, the rows a hierarchy one. Nowhere: 表5, 约310亿元 port IT beside the AI part.
    dict(
        text=(
            "表5  2024年中国智慧港口AI软件市场细分结构\n"
            "| 细分领域 | 2024年规模（亿元） | 占比 |\n"
            "|---|---|---|\n"
            "| 智能闸口与视觉识别 | 18.4 | 15.0% |\n"
            "| 自动化码头设备调度 | 41.2 | 33.5% |\n"
            "| AI堆场与泊位计划 | 27.5 | 22.4% |\n"
            "| 港口能效与预测性维护 | 15.9 | 12.9% |\n"
            "| 港区安防与船舶监测 | 20.0 | 16.3% |\n"
            "| 合计 | 123.0 | 100.0% |\n"
            "资料来源：中港智研（2025年2月）。注：占比经四舍五入，合计可能不等于100%；不含港口通用信息系统（约310亿元）。"
        ),
        obs=[
            ("智能闸口与视觉识别", 2024, 18.4, "CNY 100 million", "actual"),
            ("自动化码头设备调度", 2024, 41.2, "CNY 100 million", "actual"),
            ("AI堆场与泊位计划", 2024, 27.5, "CNY 100 million", "actual"),
            ("港口能效与预测性维护", 2024, 15.9, "CNY 100 million", "actual"),
            ("港区安防与船舶监测", 2024, 20.0, "CNY 100 million", "actual"),
            ("合计", 2024, 123.0, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 15.0, "percent", 2024, 2024, None),
            ("share", 33.5, "percent", 2024, 2024, None),
            ("share", 22.4, "percent", 2024, 2024, None),
            ("share", 12.9, "percent", 2024, 2024, None),
            ("share", 16.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 18.4 / 123.0 = 14.96% -> 15.0
            ("arithmetic", "exact"),  # 41.2 / 123.0 = 33.496% -> 33.5
            ("arithmetic", "exact"),  # 27.5 / 123.0 = 22.36% -> 22.4
            ("arithmetic", "exact"),  # 15.9 / 123.0 = 12.93% -> 12.9
            ("arithmetic", "exact"),  # 20.0 / 123.0 = 16.26% -> 16.3
            ("hierarchy", "exact"),   # 18.4 + 41.2 + 27.5 + 15.9 + 20.0 = 123.0
        ],
    ),
    # 40. Space-aligned Korean table (March 2025) in USD million with its Total row printed first, an E column and a
    # 2024 share column (Total's 100.0 is no claim). Nowhere: the KRW 1,364/USD rate, KRW 1.12 trillion (won), 47 firms.
    dict(
        text=(
            "Busan Maritime Digital Research Center - Korea's AI maritime solutions market (USD million)\n"
            "\n"
            "Segment                           2022    2023    2024    2025E    Share 2024 (%)\n"
            "Total                              533     660     820    1,001            100.0\n"
            "Autonomous navigation systems      212     265     331      405             40.4\n"
            "Engine-condition monitoring AI     148     183     226      276             27.6\n"
            "Smart-port AI                       96     124     158      197             19.3\n"
            "Vessel tracking & data analytics    77      88     105      123             12.8\n"
            "\n"
            "Note: published March 2025; won figures converted at KRW 1,364/USD (the 2024 market was about KRW 1.12 "
            "trillion). Survey of 47 firms. 2025E is an estimate."
        ),
        obs=[
            ("Total", 2022, 533, "USD million", "actual"),
            ("Total", 2023, 660, "USD million", "actual"),
            ("Total", 2024, 820, "USD million", "actual"),
            ("Total", 2025, 1001, "USD million", "estimate"),
            ("Autonomous navigation systems", 2022, 212, "USD million", "actual"),
            ("Autonomous navigation systems", 2023, 265, "USD million", "actual"),
            ("Autonomous navigation systems", 2024, 331, "USD million", "actual"),
            ("Autonomous navigation systems", 2025, 405, "USD million", "estimate"),
            ("Engine-condition monitoring AI", 2022, 148, "USD million", "actual"),
            ("Engine-condition monitoring AI", 2023, 183, "USD million", "actual"),
            ("Engine-condition monitoring AI", 2024, 226, "USD million", "actual"),
            ("Engine-condition monitoring AI", 2025, 276, "USD million", "estimate"),
            ("Smart-port AI", 2022, 96, "USD million", "actual"),
            ("Smart-port AI", 2023, 124, "USD million", "actual"),
            ("Smart-port AI", 2024, 158, "USD million", "actual"),
            ("Smart-port AI", 2025, 197, "USD million", "estimate"),
            ("Vessel tracking & data analytics", 2022, 77, "USD million", "actual"),
            ("Vessel tracking & data analytics", 2023, 88, "USD million", "actual"),
            ("Vessel tracking & data analytics", 2024, 105, "USD million", "actual"),
            ("Vessel tracking & data analytics", 2025, 123, "USD million", "estimate"),
        ],
        claims=[
            ("share", 40.4, "percent", 2024, 2024, None),
            ("share", 27.6, "percent", 2024, 2024, None),
            ("share", 19.3, "percent", 2024, 2024, None),
            ("share", 12.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 331 / 820 = 40.37% -> 40.4
            ("arithmetic", "exact"),  # 226 / 820 = 27.56% -> 27.6
            ("arithmetic", "exact"),  # 158 / 820 = 19.27% -> 19.3
            ("arithmetic", "exact"),  # 105 / 820 = 12.80% -> 12.8
            ("hierarchy", "exact"),   # 2022: 212 + 148 + 96 + 77 = 533
            ("hierarchy", "exact"),   # 2023: 265 + 183 + 124 + 88 = 660
            ("hierarchy", "exact"),   # 2024: 331 + 226 + 158 + 105 = 820
            ("hierarchy", "exact"),   # 2025E: 405 + 276 + 197 + 123 = 1,001
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-sixty-eighth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 6, 'inconsistent': 4, 'rounding': 10, 'exact': 81}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'OSLO, 12 March 2025 /PRNewswire/ --',
    'rose 21% to $1.18 billion in 2024, up from $975 million a year earlier',
    'implying a CAGR of c.19%',
    'puts 2023 at $720 million',
    'a total addressable market for AI-enabled fleet performance',
    "roughly 2.4 times today's level",
    'has been revised to $1.36 billion from the $1.31 billion',
    'about three times the 2021 level',
    'up 19% on the €268 million of 2023',
    '2.3 trillion won ($1.71 billion) last year',
    'between $3.8 billion and $4.4 billion',
    'in fiscal 2024 (April 2024 to March 2025)',
    '同比增长23.1%（2023年为70.2亿元）',
    '力争到2027年，产业规模突破200亿元，较2022年增长3倍',
    '去年規模約新台幣36.2億元，今年預估可達43.5億元',
    '較2023年的19.8億港元增長18.7%',
    '另一家研調機構挪威北極光顧問則估計',
    '其中长三角地区约占四成',
    '增速较上年提高4个百分点',
    '| Total | 3,575 | 4,385 | 5,350 | 7,820 |',
    'Total                   136.5    165.4    200.4    242.8    292.2',
    'Year\tUSD m\tYoY %',
    '单位：亿元',
    'Year     Autonomous navigation    Remote operation    Total',
    'at about USD 3.1 billion this year',
    'roughly 2.6 times its 2023 size',
    'reached $2.7B last year, up 16%',
    'USD 1.8bn (2024) -> USD 4.1bn (2029F)',
    'Adjacent pool: maritime domain awareness',
    'Correction: an earlier version of this release',
    'between USD 2.8 billion and USD 3.4 billion in 2030',
    '€1.05 billion by 2029, about 20.7% a year',
    'MarketsPulse publishes €560 million for 2024',
    '¥18.4 billion in fiscal 2023',
    '较2021年增长2倍',
    '力争突破100亿元',
    '目标价38.6元，对应27%上涨空间',
    '去年（2024年）大约9.6亿元',
    '同比增长31.5%（2023年为11.6亿元）',
    '新臺幣38.5億元',
    '較前年的10.5億港元增長約21%',
    '介於18億至22億美元',
    '| Total | 3,565 | 4,229 | 5,022 | 7,010 |',
    'CAGR 2024-2030F',
    '2024          279            23.4',
    '| 合计 | 123.0 | 100.0% |',
    'Total                              533',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 263
#: figures, 51 rates, 87 verdicts and 1 false inconsistent
#: after the readings chosen on it and the hundred-and-seventieth set: 271, 54, 93 and 0
FLOORS = {"figures_found": 272, "rates_found": 54, "verdicts_right": 95}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset168.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
