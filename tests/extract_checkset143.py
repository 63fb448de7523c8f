"""A hundred-and-forty-third check set for the extractor, written blind: AI in logistics and supply chains, in English and
Chinese (Simplified and Traditional) -- warehouse robots and AI picking, route and fleet optimisation, demand and
inventory planning, autonomous delivery vehicles and drones, port and freight AI and trade-document AI, sized in money
by logistics research firms, freight associations, brokers, city logistics plans, German, Dutch, Japanese and
Taiwanese associations and consultancies; parcels, tonne-kilometres, floor space, robots installed, time saved,
freight rates, a carrier's own revenue, funding rounds, a peak season's or a quarter's figures and the whole logistics
market are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. dated English press release (German association, EUR): 2024 vs 2023 with "up 18%", and a
    #    "this year" forecast with "a further 15% rise"; member firms, units installed, headcount nowhere
    dict(
        text=(
            "MUNICH, 12 February 2025 — Germany's appetite for robots that can see and grasp is outrunning the "
            "wider economy. Sales of AI-guided picking and palletising systems to German warehouses reached "
            "€1.42 billion in 2024, up 18% on the €1.2 billion booked in 2023, according to figures from the "
            "Verband Intralogistik und Robotik (VIR). The association expects a further 15% rise this year, to "
            "€1.63 billion, even as overall warehouse construction stalls. Its 212 member firms installed some "
            "9,400 new units last year and employ about 48,000 people in Germany."
        ),
        obs=[
            ("Total", 2024, 1.42, "EUR billion", "actual"),
            ("Total", 2023, 1.2, "EUR billion", "actual"),
            ("Total", 2025, 1.63, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("growth", 15, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.42 / 1.2 - 1 = 18.33% -> 18
            ("cagr|implied", "exact"),  # 1.63 / 1.42 - 1 = 14.79% -> 15
        ],
    ),
    # 2. broker's initiation note (USD): "a 2024-2030 CAGR of 16.7%" between printed amounts (stated);
    #    the vendor's own revenue, price target and upside, "9% fewer empty miles" nowhere
    dict(
        text=(
            "Harlow Brandt Securities — Initiation of coverage, 3 June 2025. We size the North American market "
            "for route- and fleet-optimisation software at $3.8 billion in 2024 and forecast $9.6 billion by 2030, "
            "a 2024-2030 CAGR of 16.7%. Trackwise (TRKW) is the best-placed listed vendor: its own revenue reached "
            "$412 million in fiscal 2024, and we set a $148 price target, implying 22% upside. Carriers using such "
            "tools report 9% fewer empty miles, though diesel, not software, still drives most of a fleet's cost "
            "per mile."
        ),
        obs=[
            ("Total", 2024, 3.8, "USD billion", "actual"),
            ("Total", 2030, 9.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.6 / 3.8) ** (1/6) - 1 = 16.70% -> 16.7
        ],
    ),
    # 3. dated UK news (GBP): "last year" (2024) and 2029, "grow by 35% a year" with span only from the
    #    amounts' years (inferred) -- contradicted by its own amounts; parcels, funding, corridors nowhere
    dict(
        text=(
            "LONDON, 9 April 2025 — Last-mile delivery by drone and kerbside robot is still small in Britain, but "
            "it is no longer a trial. Pellworth Advisory puts UK spending on autonomous delivery services at "
            "£140 million last year and says it will grow by 35% a year to £520 million in 2029. Operators flew "
            "or drove 1.8 million parcels to customers in 2024, and start-ups in the field raised £95 million in "
            "venture funding. The Civil Aviation Authority has approved 14 beyond-visual-line-of-sight corridors "
            "so far."
        ),
        obs=[
            ("Total", 2024, 140, "GBP million", "actual"),
            ("Total", 2029, 520, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 35, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (520 / 140) ** (1/5) - 1 = 30.01%; bounds (519.5/140.5) -> 29.89%, (520.5/139.5) -> 30.13%;
            # 35 is out of reach
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 4. earnings call: the CEO's total addressable market (Total), "about $11 billion" and "nearly triple,
    #    to more than $30 billion, by 2028" (x3 over 4 years, no verdict); the company's own revenue, its
    #    growth, quarter orders, headcount and "a multibillion-dollar opportunity" nowhere
    dict(
        text=(
            "Kestrel Robotics, fourth-quarter 2024 earnings call, 20 February 2025. Chief executive Dana Whitcombe "
            "told analysts that the total addressable market for autonomous mobile robots in warehouses was about "
            "$11 billion in 2024 and should nearly triple, to more than $30 billion, by 2028. \"That is a "
            "multibillion-dollar opportunity for every serious player,\" she said. Kestrel's revenue for fiscal "
            "2024 rose 34% to $286 million, fourth-quarter orders reached $91 million, and the company ended the "
            "year with 1,250 employees."
        ),
        obs=[
            ("Total", 2024, 11, "USD billion", "actual"),
            ("Total", 2028, 30, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2024, 2028, 4.0),  # "nearly triple"
        ],
        verdicts=[],
    ),
    # 5. Japanese council (yen in billions, fiscal years): "up 12.4% from ¥76 billion" -- exact only within
    #    rounding; survey share of respondents and inventory days nowhere
    dict(
        text=(
            "TOKYO — Japanese shippers are buying software to guess what their customers will order. The Japan "
            "Supply Chain Planning Council estimates that spending on AI demand-forecasting and inventory-planning "
            "tools reached ¥85 billion in fiscal 2024, up 12.4% from ¥76 billion in fiscal 2023. In a survey of "
            "640 member companies, 58% said they had cut safety stock as a result, and average inventory cover "
            "fell by 3.2 days. The council did not break out cloud subscriptions from on-premise licences."
        ),
        obs=[
            ("Total", 2024, 85, "JPY billion", "actual"),
            ("Total", 2023, 76, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 12.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 85 / 76 - 1 = 11.84% (not 12.4); bounds 84.5/76.5 -> 10.46%, 85.5/75.5 -> 13.25%; 12.4 inside
            ("cagr|implied", "rounding"),
        ],
    ),
    # 6. research tracker (USD): whole and software part printed, "or 36%" share (arithmetic);
    #    "4 percentage points" and a first quarter's contracts nowhere; hardware has no amount
    dict(
        text=(
            "Global spending on AI for warehouse automation reached $6.4 billion in 2024, according to the annual "
            "tracker of Quillfield Research, of which software — slotting, picking-path and labour-planning tools "
            "— accounted for $2.3 billion, or 36%. Hardware made up the rest. Software's share has risen 4 "
            "percentage points in two years as buyers retrofit existing sites rather than build new ones. In the "
            "first quarter of 2025 alone, buyers signed contracts worth $1.9 billion, Quillfield said."
        ),
        obs=[
            ("Total", 2024, 6.4, "USD billion", "actual"),
            ("Software", 2024, 2.3, "USD billion", "actual"),
        ],
        claims=[
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 2.3 / 6.4 = 35.94% -> 36
        ],
    ),
    # 7. Dutch port and freight AI (EUR): first publisher's base and target with "by 21% a year" (inferred
    #    span); a rival publisher's 2024 figure, cargo tonnes and dwell days nowhere
    dict(
        text=(
            "ROTTERDAM, 18 March 2025 — Dutch ports and freight forwarders spent €310 million on artificial-"
            "intelligence tools for berth planning, container tracking and cargo screening in 2024, according to "
            "Veldhoven Logistics Research, which forecasts the market to expand by 21% a year to €805 million in "
            "2029. A rival estimate from Brightline Analytics puts the 2024 figure lower, at €270 million. The "
            "Port of Rotterdam handled 436 million tonnes of cargo last year, and average container dwell time "
            "fell to 4.1 days."
        ),
        obs=[
            ("Total", 2024, 310, "EUR million", "actual"),
            ("Total", 2029, 805, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (805 / 310) ** (1/5) - 1 = 21.03% -> 21
        ],
    ),
    # 8. customs and trade-document AI (USD): a base year and a 2030 range "between $3.2 billion and
    #    $3.6 billion" (two value claims); entries filed, "fewer than one in ten", survey answer nowhere
    dict(
        text=(
            "Customs brokers are among the quieter adopters of generative AI. Software that reads invoices, "
            "packing lists and certificates of origin and drafts the declaration was a $1.1 billion market in "
            "2024, says Ostrander Partners, which expects it to reach between $3.2 billion and $3.6 billion by "
            "2030. Brokers file some 34 million US entries a year, and fewer than one in ten is yet touched by "
            "such tools. Ostrander's survey of 310 importers found 47% planned to pilot one within 12 months."
        ),
        obs=[
            ("Total", 2024, 1.1, "USD billion", "actual"),
        ],
        claims=[
            ("value", 3.2, "USD billion", 2030, 2030, None),
            ("value", 3.6, "USD billion", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 9. dated US news (USD million): "rose 27% last year to $640 million, from $540 million in 2023" --
    #    contradicted by its own amounts; "multibillion-dollar opportunity", spot rates, tractor count nowhere
    dict(
        text=(
            "HOUSTON, 6 May 2025 — Autonomous yard trucks and AI dispatch systems are spreading across US freight "
            "terminals. Spending on them rose 27% last year to $640 million, from $540 million in 2023, according "
            "to the Terminal Automation Institute, which calls the segment a multibillion-dollar opportunity by "
            "the end of the decade. Spot truckload rates, by contrast, fell 12% over the same period, and the "
            "institute counts 1,900 autonomous yard tractors now in service."
        ),
        obs=[
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2023, 540, "USD million", "actual"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 640 / 540 - 1 = 18.52%; bounds 639.5/540.5 -> 18.32%, 640.5/539.5 -> 18.72%; 27 out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 10. Simplified Chinese white paper: 2024 亿元 with 同比增长 (one amount, no verdict), 预计到2028年将突破
    #     300亿元 and a stated 2024—2028 年均复合增长率; white-paper title year, parcels, minutes saved and
    #     社会物流总额 (万亿元, whole logistics) nowhere
    dict(
        text=(
            "2025年3月，华储物流研究院发布《无人配送产业发展白皮书（2025）》。白皮书显示，2024年我国无人配送市场规模"
            "达到86亿元，同比增长41.2%；预计到2028年将突破300亿元，2024—2028年年均复合增长率约36.7%。全年无人车和"
            "无人机累计配送包裹约1.2亿件，平均单票配送时长缩短18分钟。相比之下，2024年全国社会物流总额达360.6万亿元，"
            "无人配送仍处于起步阶段。"
        ),
        obs=[
            ("Total", 2024, 86, "CNY 100 million", "actual"),
            ("Total", 2028, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.2, "percent", 2023, 2024, 1.0),
            ("cagr", 36.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (300 / 86) ** (1/4) - 1 = 36.66% -> 36.7
        ],
    ),
    # 11. Traditional Chinese (Taiwan, 新台幣億元): 2024 vs 2023 with 成長14.5%, 今年 (2025) 約15% to 210億元
    #     as an estimate; member count, robots installed, 毛利率 nowhere
    dict(
        text=(
            "【台北訊，2025年3月13日】台灣智慧倉儲產業協會昨（12）日發布年度報告指出，2024年國內智慧倉儲與AI揀貨系統"
            "市場產值達新台幣182億元，較2023年的159億元成長14.5%。協會預估，今年產值可望再成長約15%，達新台幣210億元。"
            "協會目前有會員廠商126家，去年國內新增倉儲機器人約3,200台。理事長林志遠表示，業者平均毛利率約22%，仍低於"
            "海外同業。"
        ),
        obs=[
            ("Total", 2024, 182, "TWD 100 million", "actual"),
            ("Total", 2023, 159, "TWD 100 million", "actual"),
            ("Total", 2025, 210, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14.5, "percent", 2023, 2024, 1.0),
            ("growth", 15, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 182 / 159 - 1 = 14.47% -> 14.5
            ("cagr|implied", "exact"),  # 210 / 182 - 1 = 15.38% -> 15
        ],
    ),
    # 12. Traditional Chinese (Hong Kong, 億港元): 2024 約18.6億港元 and 2027 26億港元 with a stated
    #     2024至2027年 複合年增長率約12.5% -- exact only within rounding; TEU volume, a quarter's fall and a
    #     forwarder's own revenue nowhere
    dict(
        text=(
            "港智物流研究所今年1月發表的報告估計，2024年本港港口及貨運人工智能應用市場規模約為18.6億港元，並預計2027年"
            "達到26億港元，2024至2027年複合年增長率約12.5%。報告指出，葵青貨櫃碼頭去年處理約1,400萬個標準箱，第四季"
            "吞吐量按年下跌3%。研究所亦提到，一家本地貨運代理公司去年收入為4.86億港元，惟該數字並不計入市場規模。"
        ),
        obs=[
            ("Total", 2024, 18.6, "HKD 100 million", "actual"),
            ("Total", 2027, 26, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 12.5, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (26 / 18.6) ** (1/3) - 1 = 11.81% (not 12.5); bounds (25.5/18.65) -> 10.99%,
            # (26.5/18.55) -> 12.62%; 12.5 inside
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Simplified Chinese think-tank note: whole and part (软件及算法平台) with 占比25.0% (arithmetic),
    #     2025 预计 with 同比增长15.2%; 个百分点, 约占四分之三, 千亿级, 平方米 nowhere
    dict(
        text=(
            "据链研智库测算，2024年中国智能仓储市场规模为1,580亿元，其中软件及算法平台规模约395亿元，占比25.0%，较上年"
            "提升2.1个百分点；硬件设备约占四分之三。链研智库预计，2025年市场规模将达1,820亿元，同比增长15.2%。报告同时"
            "指出，多地正规划打造千亿级智能物流装备产业集群，全国智能仓储面积已超过1.1亿平方米。"
        ),
        obs=[
            ("Total", 2024, 1580, "CNY 100 million", "actual"),
            ("软件及算法平台", 2024, 395, "CNY 100 million", "actual"),
            ("Total", 2025, 1820, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 25.0, "percent", 2024, 2024, None),
            ("growth", 15.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 395 / 1580 = 25.00% -> 25.0
            ("cagr|implied", "exact"),  # 1820 / 1580 - 1 = 15.19% -> 15.2
        ],
    ),
    # 14. Simplified Chinese, dated May 2024: a series opening in 亿元 (6,995 and 7,903) then 突破1万亿元 in
    #     2025, kept in 亿元 as 10000; parcels in 亿件 and 第四季度 接近三成 nowhere
    dict(
        text=(
            "2024年5月，华衡咨询发布的数据显示，2022年我国智慧物流市场规模为6,995亿元，2023年增至7,903亿元，同比增长"
            "13.0%。华衡预计，随着AI调度、数字孪生仓库和无人驾驶干线物流加速落地，2025年市场规模将突破1万亿元。2023年"
            "全国快递业务量完成1320.7亿件，其中第四季度占比接近三成。"
        ),
        obs=[
            ("Total", 2022, 6995, "CNY 100 million", "actual"),
            ("Total", 2023, 7903, "CNY 100 million", "actual"),
            ("Total", 2025, 10000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 13.0, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 7903 / 6995 - 1 = 12.98% -> 13.0
        ],
    ),
    # 15. English pipe table (EUR million) by segment and year, 2025E and 2027E columns, Total row adds
    #     up in every column; "Table 3" and the source date nowhere
    dict(
        text=(
            "Table 3: AI-enabled warehouse automation, Germany, Austria, Switzerland and Benelux (EUR million)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2027E |\n"
            "|---|---|---|---|---|\n"
            "| Picking robots | 612 | 718 | 845 | 1,160 |\n"
            "| AMR fleets & orchestration | 455 | 540 | 648 | 910 |\n"
            "| Vision & inspection | 188 | 214 | 251 | 342 |\n"
            "| Total | 1,255 | 1,472 | 1,744 | 2,412 |\n"
            "\n"
            "Source: Brenner & Vos Logistikberatung, Düsseldorf, March 2025. E = estimate."
        ),
        obs=[
            ("Picking robots", 2023, 612, "EUR million", "actual"),
            ("Picking robots", 2024, 718, "EUR million", "actual"),
            ("Picking robots", 2025, 845, "EUR million", "estimate"),
            ("Picking robots", 2027, 1160, "EUR million", "estimate"),
            ("AMR fleets & orchestration", 2023, 455, "EUR million", "actual"),
            ("AMR fleets & orchestration", 2024, 540, "EUR million", "actual"),
            ("AMR fleets & orchestration", 2025, 648, "EUR million", "estimate"),
            ("AMR fleets & orchestration", 2027, 910, "EUR million", "estimate"),
            ("Vision & inspection", 2023, 188, "EUR million", "actual"),
            ("Vision & inspection", 2024, 214, "EUR million", "actual"),
            ("Vision & inspection", 2025, 251, "EUR million", "estimate"),
            ("Vision & inspection", 2027, 342, "EUR million", "estimate"),
            ("Total", 2023, 1255, "EUR million", "actual"),
            ("Total", 2024, 1472, "EUR million", "actual"),
            ("Total", 2025, 1744, "EUR million", "estimate"),
            ("Total", 2027, 2412, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 612 + 455 + 188 = 1255
            ("hierarchy", "exact"),  # 2024: 718 + 540 + 214 = 1472
            ("hierarchy", "exact"),  # 2025E: 845 + 648 + 251 = 1744
            ("hierarchy", "exact"),  # 2027E: 1160 + 910 + 342 = 2412
        ],
    ),
    # 16. Simplified Chinese, space-aligned: a table of robots sold (万台, no observation) beside a table of
    #     market value (亿元) with a 合计 row; table numbers and the firm count nowhere
    dict(
        text=(
            "表1 中国仓储机器人销量（万台）\n"
            "年份        2022    2023    2024\n"
            "AMR          4.1     5.3     6.8\n"
            "四向穿梭车   1.2     1.5     1.9\n"
            "\n"
            "表2 中国仓储机器人市场规模（亿元）\n"
            "年份        2022    2023    2024\n"
            "AMR           98     126     158\n"
            "四向穿梭车    65      74      83\n"
            "合计         163     200     241\n"
            "\n"
            "注：数据来自对57家企业的调研，2025年1月整理。"
        ),
        obs=[
            ("AMR", 2022, 98, "CNY 100 million", "actual"),
            ("AMR", 2023, 126, "CNY 100 million", "actual"),
            ("AMR", 2024, 158, "CNY 100 million", "actual"),
            ("四向穿梭车", 2022, 65, "CNY 100 million", "actual"),
            ("四向穿梭车", 2023, 74, "CNY 100 million", "actual"),
            ("四向穿梭车", 2024, 83, "CNY 100 million", "actual"),
            ("合计", 2022, 163, "CNY 100 million", "actual"),
            ("合计", 2023, 200, "CNY 100 million", "actual"),
            ("合计", 2024, 241, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 98 + 65 = 163
            ("hierarchy", "exact"),  # 2023: 126 + 74 = 200
            ("hierarchy", "exact"),  # 2024: 158 + 83 = 241
        ],
    ),
    # 17. English vertical tab-separated table, rows are years, a lone value column headed by its unit only
    #     (Total) and a YoY column; 2025F an estimate
    dict(
        text=(
            "Corvane Research — global spending on AI route and fleet optimisation software (January 2025; "
            "excludes telematics hardware)\n"
            "Year\tUSD billion\tYoY\n"
            "2022\t2.10\t—\n"
            "2023\t2.62\t24.8%\n"
            "2024\t3.25\t24.0%\n"
            "2025F\t4.05\t24.6%"
        ),
        obs=[
            ("Total", 2022, 2.10, "USD billion", "actual"),
            ("Total", 2023, 2.62, "USD billion", "actual"),
            ("Total", 2024, 3.25, "USD billion", "actual"),
            ("Total", 2025, 4.05, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 24.8, "percent", 2022, 2023, 1.0),
            ("growth", 24.0, "percent", 2023, 2024, 1.0),
            ("growth", 24.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.62 / 2.10 - 1 = 24.76% -> 24.8
            ("cagr|implied", "exact"),  # 3.25 / 2.62 - 1 = 24.05% -> 24.0
            ("cagr|implied", "exact"),  # 4.05 / 3.25 - 1 = 24.62% -> 24.6
        ],
    ),
    # 18. Simplified Chinese tab-separated structure table (亿元 with 占比): three segment shares
    #     (arithmetic), 合计 row adds up, its 100% no claim; port tonnage in the note nowhere
    dict(
        text=(
            "表4 2024年中国智慧港口AI解决方案市场结构（来源：海衡港航研究中心）\n"
            "细分\t规模（亿元）\t占比\n"
            "感知硬件\t46.2\t41.3%\n"
            "调度软件\t38.5\t34.4%\n"
            "运维服务\t27.1\t24.2%\n"
            "合计\t111.8\t100%\n"
            "注：同期全国港口货物吞吐量为176亿吨。"
        ),
        obs=[
            ("感知硬件", 2024, 46.2, "CNY 100 million", "actual"),
            ("调度软件", 2024, 38.5, "CNY 100 million", "actual"),
            ("运维服务", 2024, 27.1, "CNY 100 million", "actual"),
            ("合计", 2024, 111.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 41.3, "percent", 2024, 2024, None),
            ("share", 34.4, "percent", 2024, 2024, None),
            ("share", 24.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 46.2 / 111.8 = 41.32% -> 41.3
            ("arithmetic", "exact"),  # 38.5 / 111.8 = 34.44% -> 34.4
            ("arithmetic", "exact"),  # 27.1 / 111.8 = 24.24% -> 24.2
            ("hierarchy", "exact"),  # 46.2 + 38.5 + 27.1 = 111.8
        ],
    ),
    # 19. English space-aligned broker exhibit (GBP million) by mode with E columns: two Total cells off by
    #     0.1 (rounding), one exact; "Exhibit 7" and tonne-kilometres nowhere
    dict(
        text=(
            "Exhibit 7: UK freight and logistics AI spend by mode (GBP million)\n"
            "                                 2024     2025E     2026E\n"
            "Road fleet optimisation         212.4     248.9     291.0\n"
            "Warehouse & fulfilment AI       176.8     205.3     240.6\n"
            "Rail, port & air cargo AI        58.1      66.7      77.2\n"
            "Total                           447.2     520.8     608.8\n"
            "Source: Albury Street Research estimates. Road freight moved 188 billion tonne-kilometres in 2024."
        ),
        obs=[
            ("Road fleet optimisation", 2024, 212.4, "GBP million", "actual"),
            ("Road fleet optimisation", 2025, 248.9, "GBP million", "estimate"),
            ("Road fleet optimisation", 2026, 291.0, "GBP million", "estimate"),
            ("Warehouse & fulfilment AI", 2024, 176.8, "GBP million", "actual"),
            ("Warehouse & fulfilment AI", 2025, 205.3, "GBP million", "estimate"),
            ("Warehouse & fulfilment AI", 2026, 240.6, "GBP million", "estimate"),
            ("Rail, port & air cargo AI", 2024, 58.1, "GBP million", "actual"),
            ("Rail, port & air cargo AI", 2025, 66.7, "GBP million", "estimate"),
            ("Rail, port & air cargo AI", 2026, 77.2, "GBP million", "estimate"),
            ("Total", 2024, 447.2, "GBP million", "actual"),
            ("Total", 2025, 520.8, "GBP million", "estimate"),
            ("Total", 2026, 608.8, "GBP million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2024: 212.4 + 176.8 + 58.1 = 447.3 (printed 447.2); bounds 447.15..447.45 -> rounding
            ("hierarchy", "rounding"),
            # 2025E: 248.9 + 205.3 + 66.7 = 520.9 (printed 520.8); bounds 520.75..521.05 -> rounding
            ("hierarchy", "rounding"),
            # 2026E: 291.0 + 240.6 + 77.2 = 608.8 -> exact
            ("hierarchy", "exact"),
        ],
    ),
    # 20. Traditional Chinese prose + vertical table in 億円 (Japanese association), two named value columns
    #     (two markets, each its own item), 2025（預估） an estimate; a stated 2022至2025年度 CAGR for one column;
    #     parcel count in the note nowhere
    dict(
        text=(
            "日本物流智能化推進協會統計，日本物流AI市場規模如下表（單位：億円），其中倉庫自動化AI於2022至2025年度的"
            "複合年增長率約為16.0%。\n"
            "年度\t倉庫自動化AI\t配送路線最適化\n"
            "2022\t1,180\t420\n"
            "2023\t1,365\t486\n"
            "2024\t1,590\t560\n"
            "2025（預估）\t1,840\t648\n"
            "註：2024年度日本國內宅配便件數約為50億件。"
        ),
        obs=[
            ("倉庫自動化AI", 2022, 1180, "JPY 100 million", "actual"),
            ("倉庫自動化AI", 2023, 1365, "JPY 100 million", "actual"),
            ("倉庫自動化AI", 2024, 1590, "JPY 100 million", "actual"),
            ("倉庫自動化AI", 2025, 1840, "JPY 100 million", "estimate"),
            ("配送路線最適化", 2022, 420, "JPY 100 million", "actual"),
            ("配送路線最適化", 2023, 486, "JPY 100 million", "actual"),
            ("配送路線最適化", 2024, 560, "JPY 100 million", "actual"),
            ("配送路線最適化", 2025, 648, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 16.0, "percent", 2022, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1840 / 1180) ** (1/3) - 1 = 15.96% -> 16.0
        ],
    ),
    # 21. a dated press release from a German association (EUR): "grew to €1.42 billion last year", "18% more than
    #    the €1.20 billion booked in 2023", a share in prose ("Software took 37% of last year's market"), a stated
    #    CAGR over "2024-2029"; distractors: member firms, headcount, robots installed, minutes saved, percentage points
    dict(
        text=(
            "HAMBURG, 11 February 2025 — Germany's market for AI-driven warehouse automation, from vision-guided "
            "picking arms to the fleet software that steers autonomous mobile robots, grew to €1.42 billion last "
            "year, according to the annual survey of the Fachverband Lagerautomation und KI (FLK). That was 18% "
            "more than the €1.20 billion booked in 2023. The association, whose 214 member firms employ some "
            "31,000 people, said the number of picking robots installed at German sites rose to 9,800 and that "
            "average dock-to-stock times in surveyed warehouses fell by 22 minutes. Software took 37% of last "
            "year's market, 3 percentage points more than a year earlier. FLK expects sales to reach €2.6 billion "
            "in 2029, an average annual rise of 13% over 2024-2029."
        ),
        obs=[
            ("Total", 2024, 1.42, "EUR billion", "actual"),
            ("Total", 2023, 1.20, "EUR billion", "actual"),
            ("Total", 2029, 2.6, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),  # "18% more than"
            ("share", 37, "percent", 2024, 2024, None),  # software's share; its amount is not printed
            ("cagr", 13, "percent", 2024, 2029, None, "stated"),  # "over 2024-2029"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.42 / 1.20 - 1 = 18.33% -> 18
            ("cagr|implied", "exact"),  # (2.6 / 1.42) ** (1/5) - 1 = 1.83099 ** 0.2 - 1 = 12.86% -> 13
        ],
    ),
    # 22. an earnings-call transcript: the TAM the company sizes is the market ("$14 billion this year", "$31 billion
    #    by 2030, roughly a 17% compound rate" -> inferred CAGR); distractors: the quarter's revenue, its growth,
    #    customers, miles saved, gross margin, the company's own revenue-guidance range, "a multibillion-dollar
    #    opportunity"
    dict(
        text=(
            "Routewise Systems, third-quarter fiscal 2025 earnings call, 6 November 2025 (edited transcript). "
            "Chief executive Dana Okafor: \"Revenue for the quarter was $212 million, up 31% year over year, and we "
            "now serve 1,140 shipper and carrier customers. We size the total addressable market for AI route and "
            "fleet optimisation at $14 billion this year, and we see it reaching $31 billion by 2030, roughly a 17% "
            "compound rate. Dynamic re-routing saved our customers an estimated 48 million truck miles in the "
            "quarter alone.\" Chief financial officer Pieter Vos said gross margin reached 74% and reiterated "
            "full-year revenue guidance of $840 million to $860 million; he called autonomous-truck dispatch "
            "\"a multibillion-dollar opportunity we are only starting to tap\"."
        ),
        obs=[
            ("Total", 2025, 14, "USD billion", "estimate"),  # "this year" on a 2025 call
            ("Total", 2030, 31, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2025, 2030, None, "inferred"),  # span only from the amounts' years
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (31 / 14) ** (1/5) - 1 = 2.21429 ** 0.2 - 1 = 17.23% -> 17
        ],
    ),
    # 23. a Tokyo news feature in yen: "¥38.5 billion in fiscal 2024, up 41% from ¥27.2 billion a year earlier"
    #    (exact only within rounding), "¥142 billion by fiscal 2029 ... 29.8% a year over fiscal 2024-2029";
    #    distractors: sorties flown, parcels, a start-up's funding round
    dict(
        text=(
            "TOKYO, 18 June 2025 — Labour shortages are pushing Japanese carriers to hand the last mile to "
            "machines. Spending on drone and ground-robot delivery services reached ¥38.5 billion in fiscal 2024, "
            "up 41% from ¥27.2 billion a year earlier, according to the Hoshizora Distribution Research Institute. "
            "The institute forecasts ¥142 billion by fiscal 2029, implying average growth of 29.8% a year over "
            "fiscal 2024-2029. Drones flew some 260,000 commercial delivery sorties last year, a drop in the ocean "
            "beside the roughly 5 billion parcels Japan's couriers handle annually. Soraiki, a Nagoya start-up, "
            "raised ¥6 billion in a Series C round in May."
        ),
        obs=[
            ("Total", 2024, 38.5, "JPY billion", "actual"),
            ("Total", 2023, 27.2, "JPY billion", "actual"),
            ("Total", 2029, 142, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 41, "percent", 2023, 2024, 1.0),
            ("cagr", 29.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # 58.5 / 27.2 - 1 = 41.54% -> 42, not 41; bounds 38.45 / 27.25 - 1 = 41.10% .. 38.55 / 27.15 - 1 = 41.99%
            # -> 41.10% rounds to 41, so reachable
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (142 / 38.5) ** (1/5) - 1 = 3.68831 ** 0.2 - 1 = 29.83% -> 29.8
        ],
    ),
    # 24. a UK briefing note (GBP): "£186 million in 2024", a part in prose with its share ("£119 million of that,
    #    or 64%"), "this year at £228 million, a rise of 22.6%" (2025 estimate); distractors: declarations lodged,
    #    a vendor's Series B, a poll of brokers (headcount and survey answer)
    dict(
        text=(
            "Briefing note, May 2025 — Trade-document AI in the UK. Spending by UK importers, exporters and customs "
            "intermediaries on AI tools that classify goods, read commercial invoices and pre-fill declarations "
            "reached £186 million in 2024, according to Halloway & Price, a London consultancy. Software "
            "subscriptions accounted for £119 million of that, or 64%; the remainder went on integration and "
            "managed services. Halloway & Price puts spending this year at £228 million, a rise of 22.6%. For "
            "scale, about 74 million import declarations were lodged last year, and the Leeds-based vendor "
            "Clearmark raised £40 million in a Series B round in March. In a poll of 310 customs brokers, 58% said "
            "they would raise their AI budgets."
        ),
        obs=[
            ("Total", 2024, 186, "GBP million", "actual"),
            ("Software subscriptions", 2024, 119, "GBP million", "actual"),
            ("Total", 2025, 228, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 64, "percent", 2024, 2024, None),
            ("growth", 22.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 119 / 186 = 63.98% -> 64
            ("cagr|implied", "exact"),  # 228 / 186 - 1 = 22.58% -> 22.6
        ],
    ),
    # 25. a broker's research note (USD): "rose 24% to $2.9 billion in 2024 from $2.5 billion in 2023" (contradicted
    #    by its own amounts), a range "between $4.8 billion and $5.5 billion in 2027"; distractors: a quarter's
    #    bookings, a company's ARR, a price target and its upside
    dict(
        text=(
            "Harbourline Securities | Equity research | Supply-chain software | 3 September 2025. By our estimates, "
            "shippers' worldwide spending on AI demand-sensing and inventory-planning software rose 24% to $2.9 "
            "billion in 2024 from $2.5 billion in 2023. We expect the category to reach between $4.8 billion and "
            "$5.5 billion in 2027 as mid-sized retailers retire spreadsheet forecasting. Second-quarter 2025 "
            "bookings across the vendors we track came to $820 million, helped by tariff-driven re-planning. We "
            "reiterate Buy on Plannera, whose annual recurring revenue reached $410 million, with a $64 price "
            "target implying 27% upside."
        ),
        obs=[
            ("Total", 2024, 2.9, "USD billion", "actual"),
            ("Total", 2023, 2.5, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("value", 4.8, "USD billion", 2027, 2027, None),  # range, low end
            ("value", 5.5, "USD billion", 2027, 2027, None),  # range, high end
        ],
        verdicts=[
            # 22.9 / 2.5 - 1 = 16.0%; widest reading 2.95 / 2.45 - 1 = 20.41% (< 23.5) -> 24 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 26. a Simplified-Chinese news report: "2024年…达到1,585亿元，较2023年的1,362亿元增长16.4%", target
    #    "到2028年…将突破2,800亿元，2024—2028年年均复合增长率约为15.3%"; distractors: 社会物流总额 (whole logistics,
    #    万亿元), parcels, robots in use, 个百分点
    dict(
        text=(
            "本报北京2025年4月8日电（记者 林书远）物流咨询机构启衡研究院最新发布的报告显示，2024年我国智能仓储市场规模"
            "达到1,585亿元，较2023年的1,362亿元增长16.4%。报告预计，到2028年该市场规模将突破2,800亿元，2024—2028年"
            "年均复合增长率约为15.3%。作为参照，去年全国社会物流总额达360.6万亿元，快递业务量超过1,750亿件。报告还提到，"
            "全国在用仓储机器人已超过45万台，头部电商仓的自动化率比上年提高6个百分点。"
        ),
        obs=[
            ("Total", 2024, 1585, "CNY 100 million", "actual"),
            ("Total", 2023, 1362, "CNY 100 million", "actual"),
            ("Total", 2028, 2800, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16.4, "percent", 2023, 2024, 1.0),
            ("cagr", 15.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1585 / 1362 - 1 = 16.37% -> 16.4
            ("cagr|implied", "exact"),  # (2800 / 1585) ** (1/4) - 1 = 1.76656 ** 0.25 - 1 = 15.29% -> 15.3
        ],
    ),
    # 27. Simplified Chinese, autonomous delivery (无人配送): "去年…约为85亿元，2023年为48亿元，同比增长77%",
    #    "到2030年…600亿元，较2024年增长6倍" (two printed amounts -> x7); distractors: cities, vehicles deployed,
    #    daily orders, a company's 5亿元 B-round
    dict(
        text=(
            "2025年1月16日，城市配送创新联盟在深圳发布年度报告。报告称，去年我国无人配送车及末端无人机配送服务市场规模"
            "约为85亿元，2023年为48亿元，同比增长77%。联盟预计，到2030年市场规模将达到600亿元，较2024年增长6倍。截至"
            "去年底，全国已有30余个城市向无人配送车开放路权，累计投放车辆约1.2万台，日均配送单量超过200万单。另据了解，"
            "一家头部无人车企业本月刚完成5亿元B轮融资。"
        ),
        obs=[
            ("Total", 2024, 85, "CNY 100 million", "actual"),
            ("Total", 2023, 48, "CNY 100 million", "actual"),
            ("Total", 2030, 600, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 77, "percent", 2023, 2024, 1.0),
            ("multiple", 7.0, "multiple", 2024, 2030, 6.0),  # 增长6倍 between two printed amounts -> x7 (600/85 = 7.06)
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 85 / 48 - 1 = 77.08% -> 77
        ],
    ),
    # 28. Traditional Chinese (Taiwan), 新台幣億元: "達新台幣186億元，較2023年的152億元成長22.4%", "2027年…310億元，
    #    2024至2027年年複合成長率約18.5%" (rounding); distractors: 約三成左右 (share in words), members, 坪
    dict(
        text=(
            "（2025年5月15日　台北）台灣物流科技發展協會昨日發布年度調查指出，2024年國內智慧倉儲與物流AI解決方案市場"
            "規模達新台幣186億元，較2023年的152億元成長22.4%。協會預估，2027年市場規模可望達到新台幣310億元，2024至"
            "2027年年複合成長率約18.5%。其中軟體平台的占比目前約三成左右，未來將逐年提高。協會現有會員廠商127家，"
            "去年會員新增倉儲面積約12萬坪。"
        ),
        obs=[
            ("Total", 2024, 186, "TWD 100 million", "actual"),
            ("Total", 2023, 152, "TWD 100 million", "actual"),
            ("Total", 2027, 310, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
            ("cagr", 18.5, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186 / 152 - 1 = 22.37% -> 22.4
            # (310 / 186) ** (1/3) - 1 = 18.56% -> 18.6, not 18.5; bounds (309.5 / 186.5) ** (1/3) - 1 = 18.39% ..
            # (310.5 / 185.5) ** (1/3) - 1 = 18.73% -> 18.5 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 29. Traditional Chinese (Hong Kong), 億港元: "去年…開支為12.6億港元，較2023年的10.4億港元增長25%" (contradicted),
    #    "今年…增至15.1億港元" (estimate); distractors: TEU throughput, a terminal operator's revenue, a survey share
    dict(
        text=(
            "（香港，2025年9月22日）本地顧問機構維港航運智庫發表報告，估計香港港口、空運貨站及貨代業去年在人工智能調度、"
            "智能閘口與單證處理方面的開支為12.6億港元，較2023年的10.4億港元增長25%。智庫預計，今年相關開支將增至"
            "15.1億港元。同期葵青貨櫃碼頭吞吐量約1,440萬個標準箱，而一家主要碼頭營運商全年收入為128億港元。智庫訪問的"
            "86家貨代中，有四成表示已試用生成式AI處理提單。"
        ),
        obs=[
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("Total", 2023, 10.4, "HKD 100 million", "actual"),
            ("Total", 2025, 15.1, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 32.6 / 10.4 - 1 = 21.15%; widest reading 12.65 / 10.35 - 1 = 22.22% (< 24.5) -> 25 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 30. Traditional Chinese about Japan, 億日圓: "2023年度規模為1,210億日圓，預估2028年度將擴大至2,480億日圓，年均
    #     成長率約15.4%" (inferred CAGR, fiscal years); distractors: "2024年問題" (a year in a name), a survey 62%,
    #     parcels and their 0.3% growth
    dict(
        text=(
            "【東京2025年3月專電】日本民間調查機構東和綜合研究所日前發布報告指出，日本物流機器人與AI揀貨系統市場"
            "2023年度規模為1,210億日圓，預估2028年度將擴大至2,480億日圓，年均成長率約15.4%。報告分析，「2024年問題」"
            "實施卡車司機加班上限後，物流業者自動化投資意願明顯升高，受訪企業中有62%表示將在三年內導入AI揀貨。日本"
            "宅配件數2024年度約為50億件，較前一年度微增0.3%。"
        ),
        obs=[
            ("Total", 2023, 1210, "JPY 100 million", "actual"),
            ("Total", 2028, 2480, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 15.4, "percent", 2023, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2480 / 1210) ** (1/5) - 1 = 2.04959 ** 0.2 - 1 = 15.43% -> 15.4
        ],
    ),
    # 31. Simplified Chinese, a report on logistics-AI software: total "320亿元", a part "其中路径优化软件约131亿元，
    #     占比41%" (arithmetic), "2025年…386亿元，同比增长20.6%"; distractors: 约占三分之一 (share in words), the
    #     report title's year, firms surveyed, 近六成
    dict(
        text=(
            "2025年7月，远帆咨询发布《中国物流AI软件市场研究报告（2025）》。报告显示，2024年我国物流AI软件市场规模为"
            "320亿元，其中路径优化软件约131亿元，占比41%；仓储管理类软件约占三分之一。报告预计，2025年市场规模将达到"
            "386亿元，同比增长20.6%。从客户结构看，受访的1,050家货主企业与承运商中，已有近六成在干线运输中试点AI调度。"
        ),
        obs=[
            ("Total", 2024, 320, "CNY 100 million", "actual"),
            ("路径优化软件", 2024, 131, "CNY 100 million", "actual"),
            ("Total", 2025, 386, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 41, "percent", 2024, 2024, None),
            ("growth", 20.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 131 / 320 = 40.94% -> 41
            ("cagr|implied", "exact"),  # 386 / 320 - 1 = 20.63% -> 20.6
        ],
    ),
    # 32. Simplified Chinese city logistics plan: target "到2027年…突破500亿元，2024年…为268亿元，年均增长约23%"
    #     (inferred CAGR); distractors: plan title years, firms with 10亿元 revenue, drone routes, hubs, 千亿级
    dict(
        text=(
            "2025年2月，《江澜市智慧物流产业发展三年行动计划（2025—2027年）》正式印发。计划提出，到2027年全市智慧物流"
            "核心产业规模突破500亿元，2024年这一规模为268亿元，年均增长约23%。计划还明确，培育营业收入超10亿元的龙头"
            "企业10家以上，新开通低空无人机配送航线50条，建设智能分拨中心20个，着力打造千亿级智慧物流产业集群。"
        ),
        obs=[
            ("Total", 2027, 500, "CNY 100 million", "estimate"),  # a target
            ("Total", 2024, 268, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 23, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (500 / 268) ** (1/3) - 1 = 1.86567 ** (1/3) - 1 = 23.11% -> 23
        ],
    ),
    # 33. Simplified Chinese broker report: "由2022年的37亿元增至2025年的78亿元，2022-2025年CAGR为28.2%", shares
    #     "从2022年的35%提升至2025年的42%"; distractors: a company's revenue forecast, 目标价 and 上涨空间, tonnage
    dict(
        text=(
            "【华岳证券·港口智能化行业深度报告｜2024年11月20日】我们测算，国内港口AI调度与视觉识别系统市场规模将由"
            "2022年的37亿元增至2025年的78亿元，2022-2025年CAGR为28.2%。其中，软件与算法占比有望从2022年的35%提升至"
            "2025年的42%。个股方面，我们预计龙腾港科2025年营业收入19.6亿元，给予目标价42.5元，较现价有31%上涨空间，"
            "维持“买入”评级。另据行业统计，2023年全国港口货物吞吐量约170亿吨。"
        ),
        obs=[
            ("Total", 2022, 37, "CNY 100 million", "actual"),
            ("Total", 2025, 78, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28.2, "percent", 2022, 2025, None, "stated"),
            ("share", 35, "percent", 2022, 2022, None),
            ("share", 42, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (78 / 37) ** (1/3) - 1 = 2.10811 ** (1/3) - 1 = 28.22% -> 28.2
        ],
    ),
    # 34. Simplified Chinese forum remarks with a 万亿元 figure in an 亿元 series: "2020年为5,400亿元，去年已达1.03万亿元"
    #     (-> 10300), "今年…有望达到1.2万亿元，同比增长16.5%" (-> 12000, estimate); distractors: forum edition,
    #     penetration rate, signed project amounts
    dict(
        text=(
            "2025年3月27日，在第七届智慧物流创新大会上，中物智研首席分析师顾明哲表示，我国智慧物流市场规模2020年为"
            "5,400亿元，去年已达1.03万亿元，年均增长约17.5%。他预计今年市场规模有望达到1.2万亿元，同比增长16.5%。不过"
            "他也提醒，国内中小仓库的自动化渗透率目前仅约28%；大会现场签约项目总金额超过120亿元。"
        ),
        obs=[
            ("Total", 2020, 5400, "CNY 100 million", "actual"),
            ("Total", 2024, 10300, "CNY 100 million", "actual"),  # 1.03万亿元 in the series' 亿元
            ("Total", 2025, 12000, "CNY 100 million", "estimate"),  # 1.2万亿元
        ],
        claims=[
            ("cagr", 17.5, "percent", 2020, 2024, None, "inferred"),
            ("growth", 16.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (10300 / 5400) ** (1/4) - 1 = 1.90741 ** 0.25 - 1 = 17.52% -> 17.5
            ("cagr|implied", "exact"),  # 12000 / 10300 - 1 = 16.50% -> 16.5
        ],
    ),
    # 35. an English pipe table by segment and year (EUR million) with E columns and a Total row, a stated CAGR in
    #     prose below; distractors: table number, members, robots installed
    dict(
        text=(
            "Rotterdam, 24 June 2025 — Holland Logistics Automation Council (HLAC), Outlook 2025, Table 3: European "
            "market for AI in logistics, by segment (EUR million)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2027E |\n"
            "|---|---:|---:|---:|---:|\n"
            "| AI picking & warehouse robotics | 1,840 | 2,210 | 2,640 | 3,720 |\n"
            "| Route & fleet optimisation software | 960 | 1,120 | 1,310 | 1,790 |\n"
            "| Port & terminal AI | 410 | 470 | 545 | 720 |\n"
            "| Customs & trade-document AI | 190 | 235 | 290 | 430 |\n"
            "| Total | 3,400 | 4,035 | 4,785 | 6,660 |\n"
            "\n"
            "HLAC expects the total to grow at a compound 18.2% a year from 2024 to 2027. Its 96 member companies "
            "installed 14,300 autonomous mobile robots across Europe last year."
        ),
        obs=[
            ("AI picking & warehouse robotics", 2023, 1840, "EUR million", "actual"),
            ("AI picking & warehouse robotics", 2024, 2210, "EUR million", "actual"),
            ("AI picking & warehouse robotics", 2025, 2640, "EUR million", "estimate"),
            ("AI picking & warehouse robotics", 2027, 3720, "EUR million", "estimate"),
            ("Route & fleet optimisation software", 2023, 960, "EUR million", "actual"),
            ("Route & fleet optimisation software", 2024, 1120, "EUR million", "actual"),
            ("Route & fleet optimisation software", 2025, 1310, "EUR million", "estimate"),
            ("Route & fleet optimisation software", 2027, 1790, "EUR million", "estimate"),
            ("Port & terminal AI", 2023, 410, "EUR million", "actual"),
            ("Port & terminal AI", 2024, 470, "EUR million", "actual"),
            ("Port & terminal AI", 2025, 545, "EUR million", "estimate"),
            ("Port & terminal AI", 2027, 720, "EUR million", "estimate"),
            ("Customs & trade-document AI", 2023, 190, "EUR million", "actual"),
            ("Customs & trade-document AI", 2024, 235, "EUR million", "actual"),
            ("Customs & trade-document AI", 2025, 290, "EUR million", "estimate"),
            ("Customs & trade-document AI", 2027, 430, "EUR million", "estimate"),
            ("Total", 2023, 3400, "EUR million", "actual"),
            ("Total", 2024, 4035, "EUR million", "actual"),
            ("Total", 2025, 4785, "EUR million", "estimate"),
            ("Total", 2027, 6660, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 18.2, "percent", 2024, 2027, None, "stated"),  # "from 2024 to 2027"
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 1840 + 960 + 410 + 190 = 3400
            ("hierarchy", "exact"),  # 2024: 2210 + 1120 + 470 + 235 = 4035
            ("hierarchy", "exact"),  # 2025E: 2640 + 1310 + 545 + 290 = 4785
            ("hierarchy", "exact"),  # 2027E: 3720 + 1790 + 720 + 430 = 6660
            ("cagr|implied", "exact"),  # (6660 / 4035) ** (1/3) - 1 = 1.65056 ** (1/3) - 1 = 18.18% -> 18.2
        ],
    ),
    # 36. two Simplified-Chinese tab-separated tables side by side: robots installed (万台, no observation) and
    #     market value (亿元) with a 合计 row that adds up only within rounding in 2024; a growth rate in a note
    dict(
        text=(
            "以下数据摘自《2025中国仓储机器人产业蓝皮书》。\n"
            "表1　中国仓储机器人新增装机量（万台）\n"
            "类型\t2022\t2023\t2024\n"
            "AMR\t8.6\t11.2\t14.5\n"
            "四向穿梭车\t2.1\t2.6\t3.4\n"
            "分拣机器人\t3.0\t3.9\t4.8\n"
            "\n"
            "表2　中国仓储机器人市场规模（亿元）\n"
            "类型\t2022\t2023\t2024\n"
            "AMR\t126\t158\t197\n"
            "四向穿梭车\t64\t77\t95\n"
            "分拣机器人\t88\t103\t121\n"
            "合计\t278\t338\t414\n"
            "注：表中数据经四舍五入。2024年市场规模同比增长22.5%。"
        ),
        obs=[
            ("AMR", 2022, 126, "CNY 100 million", "actual"),
            ("AMR", 2023, 158, "CNY 100 million", "actual"),
            ("AMR", 2024, 197, "CNY 100 million", "actual"),
            ("四向穿梭车", 2022, 64, "CNY 100 million", "actual"),
            ("四向穿梭车", 2023, 77, "CNY 100 million", "actual"),
            ("四向穿梭车", 2024, 95, "CNY 100 million", "actual"),
            ("分拣机器人", 2022, 88, "CNY 100 million", "actual"),
            ("分拣机器人", 2023, 103, "CNY 100 million", "actual"),
            ("分拣机器人", 2024, 121, "CNY 100 million", "actual"),
            ("合计", 2022, 278, "CNY 100 million", "actual"),
            ("合计", 2023, 338, "CNY 100 million", "actual"),
            ("合计", 2024, 414, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 22.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 126 + 64 + 88 = 278
            ("hierarchy", "exact"),  # 2023: 158 + 77 + 103 = 338
            # 2024: 197 + 95 + 121 = 413 != 414; with each part at +0.5 the sum reaches 414.5, total 414 +/- 0.5 -> reachable
            ("hierarchy", "rounding"),
            ("cagr|implied", "exact"),  # 414 / 338 - 1 = 22.49% -> 22.5
        ],
    ),
    # 37. an English vertical tab-separated table whose rows are fiscal years, a lone value column headed by its unit
    #     ("¥ billion" -> Total), e/f rows as estimates, a YoY column (one only within rounding); distractors:
    #     truckloads matched, a freight-rate rise
    dict(
        text=(
            "Nakamura Logistics Research, March 2025 — Japan: AI freight-matching and dispatch platforms, market size\n"
            "Fiscal year\t¥ billion\tYoY\n"
            "FY2021\t41.0\t—\n"
            "FY2022\t48.3\t17.8%\n"
            "FY2023\t57.9\t20.0%\n"
            "FY2024e\t69.6\t20.2%\n"
            "FY2025f\t83.0\t19.3%\n"
            "The platforms matched about 1.9 million truckloads in FY2023, while average spot freight rates rose 6% "
            "over the same year."
        ),
        obs=[
            ("Total", 2021, 41.0, "JPY billion", "actual"),
            ("Total", 2022, 48.3, "JPY billion", "actual"),
            ("Total", 2023, 57.9, "JPY billion", "actual"),
            ("Total", 2024, 69.6, "JPY billion", "estimate"),
            ("Total", 2025, 83.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 17.8, "percent", 2021, 2022, 1.0),
            ("growth", 20.0, "percent", 2022, 2023, 1.0),
            ("growth", 20.2, "percent", 2023, 2024, 1.0),
            ("growth", 19.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.3 / 41.0 - 1 = 17.80% -> 17.8
            # 77.9 / 48.3 - 1 = 19.88% -> 19.9, not 20.0; bounds 57.85 / 48.35 - 1 = 19.65% .. 57.95 / 48.25 - 1 = 20.10%
            # -> 20.0 reachable
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 69.6 / 57.9 - 1 = 20.21% -> 20.2
            ("cagr|implied", "exact"),  # 83.0 / 69.6 - 1 = 19.25% (19.2529) -> 19.3
        ],
    ),
    # 38. an English space-aligned table (USD billion) with a Share column: one share exact only within rounding,
    #     the 100% total row no claim; distractors: robots in service, a peak-season quarter's spending
    dict(
        text=(
            "Crestmoor Freight Analytics, April 2025. US spending on AI in logistics by segment, 2024\n"
            "Segment                           2024 ($bn)    Share\n"
            "Warehouse AI & robotics                  6.8    52.3%\n"
            "Transport & route optimisation           4.9    37.5%\n"
            "Customs & trade documents                1.3    10.0%\n"
            "Total                                   13.0   100.0%\n"
            "Crestmoor counts roughly 410,000 warehouse robots in US service. Spending in the fourth quarter alone, "
            "the peak season, was $4.1 billion."
        ),
        obs=[
            ("Warehouse AI & robotics", 2024, 6.8, "USD billion", "actual"),
            ("Transport & route optimisation", 2024, 4.9, "USD billion", "actual"),
            ("Customs & trade documents", 2024, 1.3, "USD billion", "actual"),
            ("Total", 2024, 13.0, "USD billion", "actual"),
        ],
        claims=[
            ("share", 52.3, "percent", 2024, 2024, None),
            ("share", 37.5, "percent", 2024, 2024, None),
            ("share", 10.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 6.8 / 13.0 = 52.31% -> 52.3
            # 24.9 / 13.0 = 37.69% -> 37.7, not 37.5; bounds 4.85 / 13.05 = 37.16% .. 4.95 / 12.95 = 38.22% -> reachable
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 1.3 / 13.0 = 10.00% -> 10.0
            ("hierarchy", "exact"),  # 6.8 + 4.9 + 1.3 = 13.0
        ],
    ),
    # 39. a Simplified-Chinese pipe table from a broker (亿元) with E columns, a 合计 row and a per-row
    #     "2024-2028E CAGR" column (one row contradicted by its own amounts), a year-on-year rate in a note;
    #     distractors: table number, a leader's own revenue and margin
    dict(
        text=(
            "弘石证券研究所（2025年6月）｜表5：中国AI需求预测与库存计划软件市场规模（亿元）\n"
            "| 细分行业 | 2023 | 2024 | 2025E | 2028E | 2024-2028E CAGR |\n"
            "|---|---|---|---|---|---|\n"
            "| 快消与零售 | 21.4 | 27.6 | 34.8 | 63.5 | 23.2% |\n"
            "| 制造业 | 15.8 | 19.9 | 24.6 | 44.1 | 22.0% |\n"
            "| 医药与冷链 | 5.2 | 6.8 | 8.7 | 16.2 | 26.2% |\n"
            "| 合计 | 42.4 | 54.3 | 68.1 | 123.8 | 22.9% |\n"
            "注：2024年合计同比增长28.1%。行业龙头2024年该业务营收约6.3亿元，毛利率约68%。"
        ),
        obs=[
            ("快消与零售", 2023, 21.4, "CNY 100 million", "actual"),
            ("快消与零售", 2024, 27.6, "CNY 100 million", "actual"),
            ("快消与零售", 2025, 34.8, "CNY 100 million", "estimate"),
            ("快消与零售", 2028, 63.5, "CNY 100 million", "estimate"),
            ("制造业", 2023, 15.8, "CNY 100 million", "actual"),
            ("制造业", 2024, 19.9, "CNY 100 million", "actual"),
            ("制造业", 2025, 24.6, "CNY 100 million", "estimate"),
            ("制造业", 2028, 44.1, "CNY 100 million", "estimate"),
            ("医药与冷链", 2023, 5.2, "CNY 100 million", "actual"),
            ("医药与冷链", 2024, 6.8, "CNY 100 million", "actual"),
            ("医药与冷链", 2025, 8.7, "CNY 100 million", "estimate"),
            ("医药与冷链", 2028, 16.2, "CNY 100 million", "estimate"),
            ("合计", 2023, 42.4, "CNY 100 million", "actual"),
            ("合计", 2024, 54.3, "CNY 100 million", "actual"),
            ("合计", 2025, 68.1, "CNY 100 million", "estimate"),
            ("合计", 2028, 123.8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23.2, "percent", 2024, 2028, None, "stated"),  # 快消与零售
            ("cagr", 22.0, "percent", 2024, 2028, None, "stated"),  # 制造业
            ("cagr", 26.2, "percent", 2024, 2028, None, "stated"),  # 医药与冷链
            ("cagr", 22.9, "percent", 2024, 2028, None, "stated"),  # 合计
            ("growth", 28.1, "percent", 2023, 2024, 1.0),  # 合计 2024 yoy
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 21.4 + 15.8 + 5.2 = 42.4
            ("hierarchy", "exact"),  # 2024: 27.6 + 19.9 + 6.8 = 54.3
            ("hierarchy", "exact"),  # 2025E: 34.8 + 24.6 + 8.7 = 68.1
            ("hierarchy", "exact"),  # 2028E: 63.5 + 44.1 + 16.2 = 123.8
            ("cagr|implied", "exact"),  # (63.5 / 27.6) ** 0.25 - 1 = 23.16% -> 23.2
            ("cagr|implied", "exact"),  # (44.1 / 19.9) ** 0.25 - 1 = 22.01% -> 22.0
            # (16.2 / 6.8) ** 0.25 - 1 = 24.24%; widest (16.25 / 6.75) ** 0.25 - 1 = 24.56% (< 26.15) -> inconsistent
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (123.8 / 54.3) ** 0.25 - 1 = 22.88% -> 22.9
            ("cagr|implied", "exact"),  # 54.3 / 42.4 - 1 = 28.07% -> 28.1
        ],
    ),
    # 40. a Traditional-Chinese tab-separated table (新台幣百萬元 -> TWD million) with a 預估 column and 合計 row, a
    #     growth rate and a share (part and whole printed) in prose; distractors: firms surveyed, 47% adoption,
    #     a listed carrier's own revenue
    dict(
        text=(
            "資料來源：台灣智慧運籌產業推動聯盟，2025年4月。\n"
            "表二　台灣物流AI市場規模（單位：新台幣百萬元）\n"
            "項目\t2023年\t2024年\t2025年(預估)\n"
            "硬體\t6,120\t7,080\t8,150\n"
            "軟體\t3,260\t3,980\t4,870\n"
            "服務\t1,450\t1,690\t1,960\n"
            "合計\t10,830\t12,750\t14,980\n"
            "聯盟指出，2024年市場合計成長17.7%，軟體占比31.2%；受訪的212家物流業者中，47%已導入至少一項AI應用。"
            "另一家上市物流業者2024年營收為新台幣412億元。"
        ),
        obs=[
            ("硬體", 2023, 6120, "TWD million", "actual"),
            ("硬體", 2024, 7080, "TWD million", "actual"),
            ("硬體", 2025, 8150, "TWD million", "estimate"),
            ("軟體", 2023, 3260, "TWD million", "actual"),
            ("軟體", 2024, 3980, "TWD million", "actual"),
            ("軟體", 2025, 4870, "TWD million", "estimate"),
            ("服務", 2023, 1450, "TWD million", "actual"),
            ("服務", 2024, 1690, "TWD million", "actual"),
            ("服務", 2025, 1960, "TWD million", "estimate"),
            ("合計", 2023, 10830, "TWD million", "actual"),
            ("合計", 2024, 12750, "TWD million", "actual"),
            ("合計", 2025, 14980, "TWD million", "estimate"),
        ],
        claims=[
            ("growth", 17.7, "percent", 2023, 2024, 1.0),
            ("share", 31.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 6120 + 3260 + 1450 = 10830
            ("hierarchy", "exact"),  # 2024: 7080 + 3980 + 1690 = 12750
            ("hierarchy", "exact"),  # 2025: 8150 + 4870 + 1960 = 14980
            ("cagr|implied", "exact"),  # 12750 / 10830 - 1 = 17.73% -> 17.7
            ("arithmetic", "exact"),  # 3980 / 12750 = 31.22% -> 31.2
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-forty-third check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 9, 'exact': 71}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 18% on the €1.2 billion booked in 2023',
    'expects a further 15% rise this year',
    'a 2024-2030 CAGR of 16.7%',
    'will grow by 35% a year to £520 million in 2029',
    'the total addressable market for autonomous mobile robots',
    'should nearly triple, to more than $30 billion, by 2028',
    'up 12.4% from ¥76 billion in fiscal 2023',
    'accounted for $2.3 billion, or 36%',
    'A rival estimate from Brightline Analytics',
    'between $3.2 billion and $3.6 billion by',
    'rose 27% last year to $640 million, from $540 million in 2023',
    '2024—2028年年均复合增长率约36.7%',
    '較2023年的159億元成長14.5%',
    '2024至2027年複合年增長率約12.5%',
    '占比25.0%，较上年提升2.1个百分点',
    '2025年市场规模将突破1万亿元',
    '| Total | 1,255 | 1,472 | 1,744 | 2,412 |',
    '表2 中国仓储机器人市场规模（亿元）',
    'Year\tUSD billion\tYoY',
    '2025（預估）\t1,840\t648',
    'grew to €1.42 billion last year',
    'an average annual rise of 13% over 2024-2029',
    'roughly a 17% compound rate',
    'up 41% from ¥27.2 billion a year earlier',
    'Software subscriptions accounted for £119 million of that, or 64%',
    'to reach between $4.8 billion and $5.5 billion in 2027',
    '2024—2028年年均复合增长率约为15.3%',
    '较2024年增长6倍',
    '2024至2027年年複合成長率約18.5%',
    '較2023年的10.4億港元增長25%',
    '年均成長率約15.4%',
    '其中路径优化软件约131亿元，占比41%',
    '年均增长约23%',
    '2022-2025年CAGR为28.2%',
    '去年已达1.03万亿元',
    '| Total | 3,400 | 4,035 | 4,785 | 6,660 |',
    '合计\t278\t338\t414',
    'FY2024e\t69.6\t20.2%',
    'Transport & route optimisation           4.9    37.5%',
    '| 2024-2028E CAGR |',
)
LAYOUT = (40, 13, 14, 13)
#: the set's blind score (written without reading or running the extractor, and kept unread): 201
#: figures, 50 rates, 83 verdicts and 0 false inconsistent
FLOORS = {"figures_found": 206, "rates_found": 51, "verdicts_right": 83}
#: the false inconsistent verdicts the set may draw; at most this (held out: as the readings chosen on others leave it)
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset143.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
