"""A hundred-and-twentieth check set for the extractor, written blind: AI compute, cloud and telecom, in English and Chinese (Simplified
and Traditional) -- GPU cloud and compute leasing, AI data-centre services, sovereign and public AI clouds, AI in
telecom networks, edge inference and model-hosting platforms, sized in money by telecom institutes, cloud trackers,
brokers, provincial plans, Korean, Japanese and Taiwanese ministries and consultancies; compute capacity, GPU counts,
power, prices per GPU-hour, utilisation, a hyperscaler's own capex or revenue, single contracts, rack counts,
percentage points and tokens served are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. dated news (EN prose): "$14.2 billion last year, up 38% from $10.3 billion in 2023"; a rounded repeat
    #    ("roughly $14 billion") kept at its precise form; GPU-hour prices, gigawatts, a second publisher's figure
    #    and a headcount expected nowhere
    dict(
        text=(
            "SAN JOSE, 12 February 2025 — Renting graphics processors by the hour has become one of the "
            "fastest-growing lines in enterprise IT. Spending on GPU cloud rental in North America reached "
            "$14.2 billion last year, up 38% from $10.3 billion in 2023, according to figures compiled by Halvard "
            "Research. At roughly $14 billion, the market now outweighs the region's spending on managed Kubernetes. "
            "Average on-demand prices for a top-end accelerator fell from about $4.10 to $2.35 per GPU-hour over the "
            "same period, as roughly 1.4 gigawatts of new capacity came online. A rival tracker, Pellucid Data, puts "
            "last year's figure at $15.8 billion. Halvard's 42-person team expects a further rise this year but has "
            "not published a number."
        ),
        obs=[
            ("Total", 2024, 14.2, "USD billion", "actual"),
            ("Total", 2023, 10.3, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 38, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 14.2 / 10.3 - 1 = 0.37864 -> 37.9% -> rounds to 38
        ],
    ),
    # 2. broker research note (EN prose): "$6.8 billion in 2024 ... $31.5 billion in 2030, a 29.1% CAGR for
    #    2024-2030" (stated span); tokens a day, a price target and its upside, a company's quarterly revenue nowhere
    dict(
        text=(
            "Model-as-a-service is where we see the most durable margin in the AI stack. We size the global market "
            "for hosted foundation-model APIs and fine-tuning platforms at $6.8 billion in 2024 and forecast "
            "$31.5 billion in 2030, a 29.1% CAGR for 2024-2030. Platforms in our coverage already serve an "
            "estimated 1.2 trillion tokens a day. We reiterate Buy on Quillon Systems with a $310 price target, "
            "implying 18% upside; the company's data-centre revenue rose to $4.3 billion in the December quarter."
        ),
        obs=[
            ("Total", 2024, 6.8, "USD billion", "actual"),
            ("Total", 2030, 31.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 29.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (31.5 / 6.8) ** (1/6) - 1 = 0.29112 -> 29.1 (bounds 28.92 .. 29.31)
            ("cagr|implied", "exact"),
        ],
    ),
    # 3. Chinese news (Simplified): 算力租赁 386亿元 vs 239亿元, 同比增长61.5%, 预计2025年突破600亿元 (approximate,
    #    at printed figure); EFLOPS, 万卡集群, 单卡每小时价格, a cloud vendor's capex 2.3倍, 千亿级, white-paper title
    #    year nowhere
    dict(
        text=(
            "【2025年3月18日，北京】据华衡通信研究院发布的《算力租赁产业发展白皮书（2025年）》，2024年我国算力租赁市场"
            "规模达到386亿元，较2023年的239亿元同比增长61.5%。研究院预计，2025年市场规模将突破600亿元。白皮书同时披露，"
            "截至2024年底全国在用智能算力规模已超过90 EFLOPS，万卡级集群达到12个，主流高端GPU的单卡租赁价格已从每小时"
            "约30元降至18元左右。报告还提到，某头部云厂商去年资本开支同比增长2.3倍，算力租赁被业内普遍视为“千亿级”赛道。"
        ),
        obs=[
            ("Total", 2024, 386, "CNY 100 million", "actual"),
            ("Total", 2023, 239, "CNY 100 million", "actual"),
            ("Total", 2025, 600, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 61.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 386 / 239 - 1 = 0.615063 -> 61.5
        ],
    ),
    # 4. English pipe table, segment x year with E columns and a Total row; edition quarter, accelerator count
    #    in the trailing prose nowhere; hierarchy adds exactly
    dict(
        text=(
            "Global GPU cloud market by segment (USD billion). Source: Merrow Cloud Tracker, Q1 2025 edition.\n"
            "\n"
            "| Segment   | 2023 | 2024 | 2025E | 2026E |\n"
            "|-----------|------|------|-------|-------|\n"
            "| Training  | 18.4 | 27.9 | 36.2  | 44.0  |\n"
            "| Inference | 9.1  | 16.3 | 27.5  | 41.8  |\n"
            "| Total     | 27.5 | 44.2 | 63.7  | 85.8  |\n"
            "\n"
            "On Merrow's numbers inference draws level with training in 2026; the five largest providers had about "
            "2.6 million accelerators deployed at the end of 2024."
        ),
        obs=[
            ("Training", 2023, 18.4, "USD billion", "actual"),
            ("Training", 2024, 27.9, "USD billion", "actual"),
            ("Training", 2025, 36.2, "USD billion", "estimate"),
            ("Training", 2026, 44.0, "USD billion", "estimate"),
            ("Inference", 2023, 9.1, "USD billion", "actual"),
            ("Inference", 2024, 16.3, "USD billion", "actual"),
            ("Inference", 2025, 27.5, "USD billion", "estimate"),
            ("Inference", 2026, 41.8, "USD billion", "estimate"),
            ("Total", 2023, 27.5, "USD billion", "actual"),
            ("Total", 2024, 44.2, "USD billion", "actual"),
            ("Total", 2025, 63.7, "USD billion", "estimate"),
            ("Total", 2026, 85.8, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 18.4+9.1=27.5; 27.9+16.3=44.2; 36.2+27.5=63.7; 44.0+41.8=85.8 -> all columns add exactly
            ("hierarchy", "exact"),
        ],
    ),
    # 5. industry report (EN prose): AI for network operations $3.4bn (2024) -> $10.6bn (2030), "compound growth
    #    of 21.2% a year" with no printed span (inferred, cagr|period), only within rounding; a share of the total
    #    (37%); a survey answer and percentage points nowhere
    dict(
        text=(
            "AI for network operations — software that predicts faults, tunes radio parameters and automates "
            "changes in the 5G core — brought in $3.4 billion from mobile operators in 2024, according to Teleworth "
            "Analytics. Radio-access optimisation made up 37% of that total. Teleworth projects $10.6 billion in "
            "2030, which it describes as compound growth of 21.2% a year. In its survey, 61% of operators said they "
            "already let AI agents make some configuration changes without human sign-off, up 9 percentage points "
            "on the previous round."
        ),
        obs=[
            ("Total", 2024, 3.4, "USD billion", "actual"),
            ("Total", 2030, 10.6, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 37, "percent", 2024, 2024, None),
            ("cagr", 21.2, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (10.6 / 3.4) ** (1/6) - 1 = 0.20866 -> 20.9, not 21.2;
            # bounds (10.55/3.45) -> 20.48 .. (10.65/3.35) -> 21.26, so 21.2 reachable only by rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 6. Traditional Chinese news (Taiwan): 新台幣186億元 vs 131億元, 成長42%, 預估2025年265億元; GPU count,
    #    utilisation, one company's revenue and 百分點 nowhere
    dict(
        text=(
            "【2025年2月26日，台北】經濟部委託「瀚邦產業顧問」進行的最新調查指出，台灣GPU雲端與AI伺服器租賃服務市場"
            "2024年規模達新台幣186億元，較2023年的131億元成長42%；預估2025年將進一步擴大至新台幣265億元。報告指出，"
            "國內業者目前可供租用的GPU約2.1萬張，平均使用率約78%。業者鴻晟雲端去年相關營收為新台幣47億元，"
            "市占率較前年提高5個百分點。"
        ),
        obs=[
            ("Total", 2024, 186, "TWD 100 million", "actual"),
            ("Total", 2023, 131, "TWD 100 million", "actual"),
            ("Total", 2025, 265, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 42, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186 / 131 - 1 = 0.41985 -> 42
        ],
    ),
    # 7. dated news (EN prose): sovereign AI cloud €2.1bn (2024) -> €9.8bn (2029), "41% between 2024 and 2029"
    #    contradicted by its own figures; share of public-sector buyers (46%, no part printed); percentage points,
    #    MW and GPU counts nowhere
    dict(
        text=(
            "BRUSSELS, 9 April 2025 — Europe's sovereign AI cloud market, covering GPU capacity hosted and operated "
            "under EU jurisdiction, was worth €2.1 billion in 2024, says a study by the Aldervane Institute. It "
            "forecasts €9.8 billion by 2029, a compound annual growth rate of 41% between 2024 and 2029. Public-sector "
            "buyers accounted for 46% of last year's spending, up six percentage points on 2023. The facilities now "
            "planned would draw some 900 MW of power and house about 150,000 GPUs."
        ),
        obs=[
            ("Total", 2024, 2.1, "EUR billion", "actual"),
            ("Total", 2029, 9.8, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 41, "percent", 2024, 2029, None, "stated"),
            ("share", 46, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (9.8 / 2.1) ** (1/5) - 1 = 0.36082 -> 36.1;
            # bounds (9.75/2.15) -> 35.30 .. (9.85/2.05) -> 36.88: 41 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 8. Simplified Chinese provincial plan: 168亿元 "较2021年的42亿元增长3倍" (x4 over 3 years, no verdict),
    #    target 到2026年500亿元; EFLOPS, 机架, 上架率, 占比超过一半, base-station count nowhere
    dict(
        text=(
            "根据《澜川省智算服务高质量发展行动方案》，2024年全省智算服务市场规模达到168亿元，较2021年的42亿元增长3倍。"
            "方案提出，到2026年全省智算服务市场规模达到500亿元，智能算力总规模达到25 EFLOPS，新建标准机架5万架，"
            "智算中心平均上架率不低于65%。其中，推理类服务收入占比超过一半。省通信管理局表示，2024年全省5G基站数量"
            "达到11.2万个。"
        ),
        obs=[
            ("Total", 2024, 168, "CNY 100 million", "actual"),
            ("Total", 2021, 42, "CNY 100 million", "actual"),
            ("Total", 2026, 500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2021, 2024, 3.0),  # 增长3倍 between two printed amounts -> x4 (168/42 = 4)
        ],
        verdicts=[],
    ),
    # 9. Chinese tab-separated table (Simplified): 算力租赁 by type, 2023-2025E, 合计 row; 2024 column adds to
    #    386.3 against a printed 386.4 (rounding); table number and 上架率 note nowhere
    dict(
        text=(
            "表3 2023—2025年中国算力租赁市场结构（单位：亿元）\n"
            "类型\t2023年\t2024年\t2025年E\n"
            "GPU裸金属租赁\t112.4\t178.6\t265.0\n"
            "云上GPU实例\t86.3\t142.5\t221.7\n"
            "智算中心整租\t41.7\t65.2\t113.8\n"
            "合计\t240.4\t386.4\t600.5\n"
            "注：表中数据不含运营商自用算力；2024年国内智算中心平均上架率约为58%。"
        ),
        obs=[
            ("GPU裸金属租赁", 2023, 112.4, "CNY 100 million", "actual"),
            ("GPU裸金属租赁", 2024, 178.6, "CNY 100 million", "actual"),
            ("GPU裸金属租赁", 2025, 265.0, "CNY 100 million", "estimate"),
            ("云上GPU实例", 2023, 86.3, "CNY 100 million", "actual"),
            ("云上GPU实例", 2024, 142.5, "CNY 100 million", "actual"),
            ("云上GPU实例", 2025, 221.7, "CNY 100 million", "estimate"),
            ("智算中心整租", 2023, 41.7, "CNY 100 million", "actual"),
            ("智算中心整租", 2024, 65.2, "CNY 100 million", "actual"),
            ("智算中心整租", 2025, 113.8, "CNY 100 million", "estimate"),
            ("合计", 2023, 240.4, "CNY 100 million", "actual"),
            ("合计", 2024, 386.4, "CNY 100 million", "actual"),
            ("合计", 2025, 600.5, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2023: 112.4+86.3+41.7 = 240.4 exact; 2025E: 265.0+221.7+113.8 = 600.5 exact;
            # 2024: 178.6+142.5+65.2 = 386.3 vs printed 386.4; parts at +-0.05 each give 386.15 .. 386.45,
            # which reaches 386.4 -> rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 10. earnings call (EN prose): TAM for edge AI inference $48bn fiscal 2027 vs $19bn fiscal 2024 ("roughly a
    #     2.5x expansion in three years", multiple, no verdict); the company's quarterly revenue, backlog,
    #     headcount and site count nowhere
    dict(
        text=(
            "On its fiscal first-quarter call, Nerrick Networks' chief executive told analysts the company now sizes "
            "the total addressable market for edge AI inference services at $48 billion in fiscal 2027, up from "
            "$19 billion in fiscal 2024 — roughly a 2.5x expansion in three years. Nerrick itself booked revenue of "
            "$612 million in the quarter, and its order backlog stands at $1.9 billion. The company employs 3,800 "
            "people and runs inference nodes in 210 metro sites."
        ),
        obs=[
            ("Total", 2027, 48, "USD billion", "estimate"),
            ("Total", 2024, 19, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2024, 2027, 3.0),  # 48 / 19 = 2.53; multiples get no verdict
        ],
        verdicts=[],
    ),
    # 11. English space-aligned tables: a compute-capacity table (EFLOPS, nothing expected) beside a market-value
    #     table with a Total row and a 2025F column (hierarchy exact); table numbers nowhere
    dict(
        text=(
            "Table 5: Installed AI compute, EFLOPS (FP16)\n"
            "Region            2024     2025F\n"
            "North America    1,450     2,310\n"
            "Europe             320       540\n"
            "Asia-Pacific       690     1,120\n"
            "\n"
            "Table 6: AI cloud services market value, USD billion\n"
            "Region            2024     2025F\n"
            "North America     38.6      52.9\n"
            "Europe             9.4      13.8\n"
            "Asia-Pacific      17.1      24.6\n"
            "Total             65.1      91.3\n"
        ),
        obs=[
            ("North America", 2024, 38.6, "USD billion", "actual"),
            ("North America", 2025, 52.9, "USD billion", "estimate"),
            ("Europe", 2024, 9.4, "USD billion", "actual"),
            ("Europe", 2025, 13.8, "USD billion", "estimate"),
            ("Asia-Pacific", 2024, 17.1, "USD billion", "actual"),
            ("Asia-Pacific", 2025, 24.6, "USD billion", "estimate"),
            ("Total", 2024, 65.1, "USD billion", "actual"),
            ("Total", 2025, 91.3, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 38.6+9.4+17.1 = 65.1; 52.9+13.8+24.6 = 91.3
        ],
    ),
    # 12. dated feature (EN prose): hourly-billed AI data-centre services $22.6bn, inference $9.7bn "or 43%"
    #     (arithmetic exact), "climb 35% this year to $30.5 billion" (this year = 2025, estimate); utilisation
    #     nowhere; training "the rest" has no printed figure
    dict(
        text=(
            "LONDON, 20 January 2025 — Hourly-billed AI data-centre services — bare-metal GPU nodes, reserved "
            "clusters and serverless inference charged by the second — generated $22.6 billion worldwide in 2024, "
            "estimates Stellmark Consulting. Inference workloads contributed $9.7 billion of that, or 43%, with "
            "training taking the rest. Stellmark expects the total to climb 35% this year to $30.5 billion. Average "
            "cluster utilisation across the providers it tracks was 71%."
        ),
        obs=[
            ("Total", 2024, 22.6, "USD billion", "actual"),
            ("Inference", 2024, 9.7, "USD billion", "actual"),
            ("Total", 2025, 30.5, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 43, "percent", 2024, 2024, None),
            ("growth", 35, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 9.7 / 22.6 = 0.42920 -> 43
            ("cagr|implied", "exact"),  # 30.5 / 22.6 - 1 = 0.34956 -> 35
        ],
    ),
    # 13. Traditional Chinese (Hong Kong): 去年約38.6億港元, 按年增長29.5%, 前年29.9億港元 (rounding only);
    #     公營機構佔31% (share); 今年50億港元 and 2028年約92億港元 estimates; respondent count and survey answer nowhere
    dict(
        text=(
            "【2025年5月7日，香港】本地研究機構「港灣數碼智庫」發表報告，估計去年香港公營及私營AI雲服務市場規模約"
            "38.6億港元，按年增長29.5%，前年則為29.9億港元。其中，公營機構及公共服務相關開支佔整體市場的31%。報告預計，"
            "今年市場規模可達50億港元，到2028年增至約92億港元。在受訪的312間企業中，有56%表示計劃於未來兩年增加AI推理預算。"
        ),
        obs=[
            ("Total", 2024, 38.6, "HKD 100 million", "actual"),
            ("Total", 2023, 29.9, "HKD 100 million", "actual"),
            ("Total", 2025, 50, "HKD 100 million", "estimate"),
            ("Total", 2028, 92, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.5, "percent", 2023, 2024, 1.0),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 38.6 / 29.9 - 1 = 0.29097 -> 29.1, not 29.5;
            # bounds 38.55/29.95 -> 28.71 .. 38.65/29.85 -> 29.481 (rounds to 29.5) -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. English vertical table, rows are years; a lone value column headed by its unit only ("USD million" ->
    #     Total) and a YoY column (three year-on-year claims, all exact); 2025F estimate
    dict(
        text=(
            "Hourly-billed AI data-centre services, Latin America (Ruelle Datacenter Monitor)\n"
            "Year     USD million    YoY\n"
            "2022          410        —\n"
            "2023          655       60%\n"
            "2024        1,020       56%\n"
            "2025F       1,480       45%\n"
        ),
        obs=[
            ("Total", 2022, 410, "USD million", "actual"),
            ("Total", 2023, 655, "USD million", "actual"),
            ("Total", 2024, 1020, "USD million", "actual"),
            ("Total", 2025, 1480, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 60, "percent", 2022, 2023, 1.0),
            ("growth", 56, "percent", 2023, 2024, 1.0),
            ("growth", 45, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 655 / 410 - 1 = 0.59756 -> 60
            ("cagr|implied", "exact"),  # 1020 / 655 - 1 = 0.55725 -> 56
            ("cagr|implied", "exact"),  # 1480 / 1020 - 1 = 0.45098 -> 45
        ],
    ),
    # 15. report (EN prose, yen): Japan GPU cloud ¥412bn fiscal 2024, up 52% from ¥271bn a year earlier;
    #     "¥1.1 trillion by fiscal 2028" kept in the series' unit (1,100 JPY billion); a won figure and a GPU
    #     count nowhere
    dict(
        text=(
            "TOKYO — Japan's market for GPU cloud and compute-leasing services reached ¥412 billion in fiscal 2024, "
            "up 52% from ¥271 billion a year earlier, according to a report prepared for the economy ministry by "
            "Kisaragi Research. The report expects the market to reach ¥1.1 trillion by fiscal 2028 as domestic "
            "model developers move off overseas clouds. In South Korea, the science ministry puts the comparable "
            "market at 2.3 trillion won. Tokyo has earmarked subsidies for 10,000 additional GPUs at domestic "
            "providers."
        ),
        obs=[
            ("Total", 2024, 412, "JPY billion", "actual"),
            ("Total", 2023, 271, "JPY billion", "actual"),
            ("Total", 2028, 1100, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 52, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 412 / 271 - 1 = 0.52030 -> 52
        ],
    ),
    # 16. Simplified Chinese brokerage note: 智算服务 2,860亿元 (2024) -> 1.02万亿元 (2028, converted to the
    #     series' unit: 10200亿元), "2024—2028年复合增长率为32.6%" contradicted; tokens, API price cut, rating and
    #     target price nowhere
    dict(
        text=(
            "2025年1月，某证券研究所发布行业深度报告称，2024年中国智算服务市场规模为2,860亿元，预计2028年将达到"
            "1.02万亿元，2024—2028年复合增长率为32.6%。报告测算，2024年国内大模型日均token调用量已超过3万亿，头部平台"
            "的模型即服务API价格一年内下降约90%。报告首次覆盖星衡算力，给予“买入”评级，目标价68元。"
        ),
        obs=[
            ("Total", 2024, 2860, "CNY 100 million", "actual"),
            ("Total", 2028, 10200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 32.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (10200 / 2860) ** (1/4) - 1 = 0.37423 -> 37.4;
            # bounds (10150/2860.5) -> 37.25 .. (10250/2859.5) -> 37.60: 32.6 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 17. English prose with a range: edge AI inference "between $12 billion and $15 billion in 2028" (two value
    #     claims, no observation for 2028) from $4.6 billion in 2024; site count and "a multibillion-dollar
    #     opportunity" nowhere
    dict(
        text=(
            "Corvane Partners expects spending on edge AI inference services — models run on operator-hosted "
            "servers at the base station or the metro edge — to reach between $12 billion and $15 billion in 2028, "
            "from $4.6 billion in 2024. How fast that happens depends on how quickly telecom operators convert "
            "spare edge sites; Corvane counts 2,400 such sites in Europe alone. A separate note from the firm calls "
            "private 5G 'a multibillion-dollar opportunity' without putting a figure on it."
        ),
        obs=[
            ("Total", 2024, 4.6, "USD billion", "actual"),
        ],
        claims=[
            ("value", 12, "USD billion", 2028, 2028, None),
            ("value", 15, "USD billion", 2028, 2028, None),
        ],
        verdicts=[],
    ),
    # 18. Traditional Chinese vertical table (Taiwan): rows are years, lone column headed 新台幣億元 (Total,
    #     TWD 100 million), 年增率 column; 2026 rate 34.1% reachable only by rounding; (預估) rows estimate
    dict(
        text=(
            "表二　台灣邊緣AI推論服務市場規模\n"
            "年度\t新台幣億元\t年增率\n"
            "2022\t24.5\t—\n"
            "2023\t33.8\t38.0%\n"
            "2024\t47.9\t41.7%\n"
            "2025(預估)\t66.0\t37.8%\n"
            "2026(預估)\t88.4\t34.1%\n"
            "資料來源：數位發展部委託研究，2025年3月"
        ),
        obs=[
            ("Total", 2022, 24.5, "TWD 100 million", "actual"),
            ("Total", 2023, 33.8, "TWD 100 million", "actual"),
            ("Total", 2024, 47.9, "TWD 100 million", "actual"),
            ("Total", 2025, 66.0, "TWD 100 million", "estimate"),
            ("Total", 2026, 88.4, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 38.0, "percent", 2022, 2023, 1.0),
            ("growth", 41.7, "percent", 2023, 2024, 1.0),
            ("growth", 37.8, "percent", 2024, 2025, 1.0),
            ("growth", 34.1, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 33.8 / 24.5 - 1 = 0.37959 -> 38.0
            ("cagr|implied", "exact"),  # 47.9 / 33.8 - 1 = 0.41716 -> 41.7
            ("cagr|implied", "exact"),  # 66.0 / 47.9 - 1 = 0.37787 -> 37.8
            # 88.4 / 66.0 - 1 = 0.33939 -> 33.9, not 34.1;
            # bounds 88.35/66.05 -> 33.76 .. 88.45/65.95 -> 34.117 (rounds to 34.1) -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 19. dated news (EN prose): Southeast Asia public AI cloud US$1.84bn (2024) vs US$1.17bn (2023), "a 58%
    #     increase" only within rounding; "about US$2.5 billion this year" (estimate, printed figure); a quarter's
    #     billings, percentage points, a survey answer and a rupee figure nowhere
    dict(
        text=(
            "SINGAPORE, 3 June 2025 — Public AI cloud services in Southeast Asia generated US$1.84 billion in 2024, "
            "a 58% increase on the US$1.17 billion recorded in 2023, according to Tamsin Digital. The consultancy "
            "expects the market to reach about US$2.5 billion this year; providers billed US$520 million in the "
            "first quarter alone. Indonesia's slice of regional spending rose 3 percentage points, and 64% of "
            "enterprises in Tamsin's survey plan to move inference workloads to a local provider. Tamsin sizes "
            "India's market separately at 95 billion rupees."
        ),
        obs=[
            ("Total", 2024, 1.84, "USD billion", "actual"),
            ("Total", 2023, 1.17, "USD billion", "actual"),
            ("Total", 2025, 2.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 58, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 1.84 / 1.17 - 1 = 0.57265 -> 57, not 58;
            # bounds 1.835/1.175 -> 56.17 .. 1.845/1.165 -> 58.37 (rounds to 58) -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 20. Chinese pipe table (Simplified): 模型即服务 by segment, 2023-2026E, 合计 row (hierarchy exact); footnote
    #     "2024—2026E合计复合增长率53.1%" (stated, exact) and "大模型API调用2024年占比53.7%" (share, part and whole
    #     printed, arithmetic exact)
    dict(
        text=(
            "中国模型即服务（MaaS）市场规模测算（单位：亿元）\n"
            "| 细分领域 | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| 大模型API调用 | 21.6 | 38.9 | 62.0 | 95.5 |\n"
            "| 模型托管与微调 | 14.2 | 22.8 | 35.6 | 52.1 |\n"
            "| 行业模型解决方案 | 9.7 | 10.8 | 16.4 | 22.4 |\n"
            "| 合计 | 45.5 | 72.5 | 114.0 | 170.0 |\n"
            "资料来源：启衡证券研究所测算。2024—2026E合计复合增长率为53.1%，其中大模型API调用2024年占比53.7%。"
        ),
        obs=[
            ("大模型API调用", 2023, 21.6, "CNY 100 million", "actual"),
            ("大模型API调用", 2024, 38.9, "CNY 100 million", "actual"),
            ("大模型API调用", 2025, 62.0, "CNY 100 million", "estimate"),
            ("大模型API调用", 2026, 95.5, "CNY 100 million", "estimate"),
            ("模型托管与微调", 2023, 14.2, "CNY 100 million", "actual"),
            ("模型托管与微调", 2024, 22.8, "CNY 100 million", "actual"),
            ("模型托管与微调", 2025, 35.6, "CNY 100 million", "estimate"),
            ("模型托管与微调", 2026, 52.1, "CNY 100 million", "estimate"),
            ("行业模型解决方案", 2023, 9.7, "CNY 100 million", "actual"),
            ("行业模型解决方案", 2024, 10.8, "CNY 100 million", "actual"),
            ("行业模型解决方案", 2025, 16.4, "CNY 100 million", "estimate"),
            ("行业模型解决方案", 2026, 22.4, "CNY 100 million", "estimate"),
            ("合计", 2023, 45.5, "CNY 100 million", "actual"),
            ("合计", 2024, 72.5, "CNY 100 million", "actual"),
            ("合计", 2025, 114.0, "CNY 100 million", "estimate"),
            ("合计", 2026, 170.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 53.1, "percent", 2024, 2026, None, "stated"),
            ("share", 53.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 21.6+14.2+9.7 = 45.5; 38.9+22.8+10.8 = 72.5; 62.0+35.6+16.4 = 114.0; 95.5+52.1+22.4 = 170.0
            ("hierarchy", "exact"),
            # (170.0 / 72.5) ** (1/2) - 1 = 0.53128 -> 53.1 (bounds 53.05 .. 53.20)
            ("cagr|implied", "exact"),
            ("arithmetic", "exact"),  # 38.9 / 72.5 = 0.53655 -> 53.7
        ],
    ),
    # 21. dated news, GPU-as-a-service in North America: "last year" = 2024, "a 52% jump from $6.3 billion in 2023",
    #    a forecast for 2025; distractors: provider count, price per GPU-hour, GW of power, hyperscalers' capex
    dict(
        text=(
            "SAN JOSE, Calif., 12 February 2025 — Renting graphics processors by the hour has turned into a business "
            "of its own. Spending on GPU-as-a-service in North America reached $9.6 billion last year, a 52% jump from "
            "$6.3 billion in 2023, according to Halvorsen Compute Research, which tracks 41 providers. The firm pencils "
            "in $14.1 billion for 2025, even though the average on-demand price of an H100-class card has slid to about "
            "$2.40 per GPU-hour. Power is the bottleneck: operators have roughly 1.9 GW of AI-ready capacity under "
            "construction, and the four largest hyperscalers have guided to more than $250 billion of combined capital "
            "spending this year."
        ),
        obs=[
            ("Total", 2024, 9.6, "USD billion", "actual"),
            ("Total", 2023, 6.3, "USD billion", "actual"),
            ("Total", 2025, 14.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 52, "percent", 2023, 2024, 1.0),  # "a 52% jump"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 9.6 / 6.3 - 1 = 52.38% -> 52
        ],
    ),
    # 22. earnings-call remarks: the TAM a company sizes is the Total ("$11 billion this year" = 2025 estimate,
    #    "$29 billion in 2030"), a CAGR with its span printed; distractors: quarterly revenue and its rate, basis
    #    points of margin, the company's own share target, engineers hired
    dict(
        text=(
            "Norvane Networks, Q3 2025 earnings call, 6 November 2025. Chief executive Ilse Marten: \"Revenue for the "
            "quarter came in at $412 million, up 18% on a year ago, and gross margin widened by 140 basis points. "
            "Stepping back, we size the total addressable market for AI-driven automation of mobile networks at "
            "$11 billion this year, and we see it reaching $29 billion in 2030, a compound annual growth rate of about "
            "21% from 2025 to 2030. Our ambition is to hold 15% of that market by the end of the decade, and we added "
            "300 engineers in the quarter to get there.\""
        ),
        obs=[
            ("Total", 2025, 11, "USD billion", "estimate"),
            ("Total", 2030, 29, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2025, 2030, None, "stated"),  # "about 21% from 2025 to 2030"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (29 / 11) ** (1/5) - 1 = 21.40% -> 21
        ],
    ),
    # 23. Tokyo news, sovereign AI cloud in yen: "¥184.5 billion in fiscal 2024, up 38.6% from ¥133.1 billion a year
    #    earlier", forecasts for FY2025 and FY2028, an inference share; distractors: percentage points, a single
    #    grant, a GPU count, a site count
    dict(
        text=(
            "TOKYO, 9 October 2025 — Japan's market for sovereign AI cloud services, meaning domestic GPU capacity sold "
            "to ministries, banks and carmakers under local-data rules, was worth ¥184.5 billion in fiscal 2024, up "
            "38.6% from ¥133.1 billion a year earlier, the Kiriyama Institute for Digital Infrastructure said in a "
            "study commissioned by the industry ministry. The institute expects ¥262 billion in fiscal 2025 and "
            "¥610 billion in fiscal 2028. Inference workloads made up 57% of spending in fiscal 2024, six percentage "
            "points more than a year before. The largest single award so far, a ¥72.5 billion grant to one Hokkaido "
            "operator, is paying for 10,000 GPUs at two sites."
        ),
        obs=[
            ("Total", 2024, 184.5, "JPY billion", "actual"),
            ("Total", 2023, 133.1, "JPY billion", "actual"),
            ("Total", 2025, 262, "JPY billion", "estimate"),
            ("Total", 2028, 610, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 38.6, "percent", 2023, 2024, 1.0),  # "up 38.6%"
            ("share", 57, "percent", 2024, 2024, None),  # inference 57% of spending; no part amount printed
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 184.5 / 133.1 - 1 = 38.618% -> 38.6
        ],
    ),
    # 24. Brussels briefing: a part in prose ("Sovereign cloud ... took €2.3 billion of that, or 38%") whose share
    #    is exact only within rounding; distractors: a survey's answer and respondent count, "multibillion-euro",
    #    a second publisher's figure for the same year
    dict(
        text=(
            "BRUSSELS, 3 June 2025 — Europe's home-grown AI clouds remain a small slice of a crowded field. In a "
            "briefing for telecom regulators, the consultancy Vandermeer & Roos put EU spending on AI compute bought "
            "from cloud providers at €6.2 billion in 2024. Sovereign cloud, capacity run by European-owned operators "
            "under EU jurisdiction, took €2.3 billion of that, or 38%, by the firm's count. A survey of 420 chief "
            "information officers in the same briefing found that 61% plan to move at least one model to a sovereign "
            "provider by 2027. The firm called the opening \"multibillion-euro\" but stopped short of a forecast; a "
            "rival tracker, Osterlund Data, puts 2024 spending at €5.8 billion."
        ),
        obs=[
            ("Total", 2024, 6.2, "EUR billion", "actual"),
            ("Sovereign cloud", 2024, 2.3, "EUR billion", "actual"),
        ],
        claims=[
            ("share", 38, "percent", 2024, 2024, None),  # "or 38%"
        ],
        verdicts=[
            # 22.3 / 6.2 = 37.10% -> 37, not 38; bounds 2.25 / 6.25 = 36.00% .. 2.35 / 6.15 = 38.21%, which reaches 38
            ("arithmetic", "rounding"),
        ],
    ),
    # 25. broker's note without a dateline, edge AI inference at telecom operators: a year-on-year rate its own
    #    figures contradict, a 2026 range as two value claims; distractors: tokens a day, latency, a price target
    #    and its upside
    dict(
        text=(
            "Edge inference is moving from pilots to invoices. Telecom operators in Southeast Asia and Australia sold "
            "$1.42 billion of edge AI inference services (models run on hardware in their own base stations and metro "
            "sites, billed per call) in 2024, up 35% from $1.21 billion in 2023, says a note from the brokerage "
            "Caldwell Strand. For 2026 the broker gives a range of $2.6 billion to $3.1 billion, depending on how fast "
            "handset makers push assistant features onto the network. One Singapore operator already serves 4.2 "
            "billion tokens a day at latencies under 20 milliseconds; Caldwell Strand rates its shares a buy with a "
            "target price of S$4.10, 22% above the last close."
        ),
        obs=[
            ("Total", 2024, 1.42, "USD billion", "actual"),
            ("Total", 2023, 1.21, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),  # "up 35%"
            ("value", 2.6, "USD billion", 2026, 2026, None),  # range, low end
            ("value", 3.1, "USD billion", 2026, 2026, None),  # range, high end
        ],
        verdicts=[
            # 21.42 / 1.21 - 1 = 17.36%; bounds 1.415 / 1.215 = 16.46% .. 1.425 / 1.205 = 18.26%: 35 out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 26. 简体新闻，算力租赁：2024年512亿元、“同比增长48.6%”、2023年344.6亿元，“2024—2027年…复合增长率…35%左右”、
    #    2027年1260亿元；干扰项：报告标题年份、EFLOPS、万卡集群数量
    dict(
        text=(
            "北京，2025年3月18日——华衡信息通信研究院今天发布的《算力租赁产业发展报告（2025）》显示，2024年我国算力租赁"
            "市场规模达到512亿元，同比增长48.6%；2023年这一数字为344.6亿元。报告预计，2024—2027年该市场年均复合增长率"
            "将保持在35%左右，到2027年规模有望达到1260亿元。截至2024年底，全国在用智算中心算力总规模约为90 EFLOPS，"
            "已建成万卡集群12个。"
        ),
        obs=[
            ("Total", 2024, 512, "CNY 100 million", "actual"),
            ("Total", 2023, 344.6, "CNY 100 million", "actual"),
            ("Total", 2027, 1260, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 48.6, "percent", 2023, 2024, 1.0),  # 同比增长48.6%
            ("cagr", 35, "percent", 2024, 2027, None, "stated"),  # 2024—2027年…35%左右
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 512 / 344.6 - 1 = 48.578% -> 48.6
            ("cagr|implied", "exact"),  # (1260 / 512) ** (1/3) - 1 = 35.010% -> 35
        ],
    ),
    # 27. 简体，省级算力行动方案：目标“到2027年…达到1200亿元，较2024年的300亿元增长3倍”（两个金额都印出，记为4倍）；
    #    干扰项：方案标题年份、EFLOPS、机架数、绿电比例、企业数量与营收门槛、“千亿级”
    dict(
        text=(
            "湖川省日前印发《算力基础设施高质量发展行动方案（2025—2027年）》。方案提出，到2027年，全省智算服务市场规模"
            "达到1200亿元，较2024年的300亿元增长3倍；智能算力规模超过30 EFLOPS，新建智算中心标准机架8万架，绿电使用"
            "比例不低于80%。方案同时提出，培育10家以上营收超10亿元的算力服务企业，打造千亿级算力产业集群。"
        ),
        obs=[
            ("Total", 2027, 1200, "CNY 100 million", "estimate"),
            ("Total", 2024, 300, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2024, 2027, 3.0),  # 增长3倍 between two printed amounts -> x4 (no verdict)
        ],
        verdicts=[],
    ),
    # 28. 简体，模型即服务（MaaS）：总额与“其中推理服务46.3亿元，占比65.0%”（部分与整体都印出），训练与微调占比
    #    （无金额），“今年…将达到118亿元，同比增长约66%”；干扰项：日均Token调用量、价格降幅“九成”
    dict(
        text=(
            "据赛迪鸿图咨询7月发布的数据，2024年中国模型即服务（MaaS）市场规模为71.2亿元，其中推理服务46.3亿元，占比"
            "65.0%，训练与微调服务占比35.0%。进入2025年，头部平台日均Token调用量已突破10万亿次，但单位调用价格一年内"
            "下降超过九成。鸿图预计，今年MaaS市场规模将达到118亿元，同比增长约66%。"
        ),
        obs=[
            ("Total", 2024, 71.2, "CNY 100 million", "actual"),
            ("推理服务", 2024, 46.3, "CNY 100 million", "actual"),
            ("Total", 2025, 118, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 65.0, "percent", 2024, 2024, None),  # 推理服务占比65.0%
            ("share", 35.0, "percent", 2024, 2024, None),  # 训练与微调服务占比35.0% (its amount not printed)
            ("growth", 66, "percent", 2024, 2025, 1.0),  # 同比增长约66%
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 46.3 / 71.2 = 65.028% -> 65.0
            ("cagr|implied", "exact"),  # 118 / 71.2 - 1 = 65.730% -> 66
        ],
    ),
    # 29. 简体券商深度报告，通信网络AI运维与自动化：2024年约120亿元到2028年380亿元，“复合增长率达45%”与金额矛盾；
    #    干扰项：三大运营商资本开支、百分点、L3自治地市比例、评级
    dict(
        text=(
            "运营商网络智能化正从试点走向规模部署。星桥证券研究所在最新深度报告中测算，2024年国内面向通信网络的AI运维"
            "与自动化解决方案市场规模约为120亿元，预计到2028年将增长至380亿元，2024—2028年复合增长率达45%。报告指出，"
            "三大运营商2024年资本开支合计约3,500亿元，其中算力网络投资占比提升4.2个百分点；目前已有超过60%的地市级"
            "网络实现L3级自治。报告维持行业“强于大市”评级。"
        ),
        obs=[
            ("Total", 2024, 120, "CNY 100 million", "actual"),
            ("Total", 2028, 380, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 45, "percent", 2024, 2028, None, "stated"),  # 2024—2028年复合增长率达45%
        ],
        verdicts=[
            # (380 / 120) ** (1/4) - 1 = 33.40%; bounds (379.5 / 120.5) ** 0.25 - 1 = 33.22% ..
            # (380.5 / 119.5) ** 0.25 - 1 = 33.58%: 45 out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 30. 简体，公有云与智算云跟踪：系列以亿元开头（6,180亿元），2028年“突破1.2万亿元”按系列单位记为12000；
    #     “年均复合增长率约18%”未印区间（inferred）；部分“智算云服务为1,020亿元，占16.5%”；干扰项：季度数字及其同比
    dict(
        text=(
            "2025年9月，云栖数研发布《中国公有云与智算云市场跟踪》称，2024年中国公有云服务市场规模为6,180亿元，其中"
            "智算云服务为1,020亿元，占16.5%。该机构预计，到2028年公有云市场规模将突破1.2万亿元，年均复合增长率约18%。"
            "今年第二季度，公有云市场规模为1,720亿元，同比增长21.3%。"
        ),
        obs=[
            ("Total", 2024, 6180, "CNY 100 million", "actual"),
            ("智算云服务", 2024, 1020, "CNY 100 million", "actual"),
            ("Total", 2028, 12000, "CNY 100 million", "estimate"),  # 1.2万亿元 in the series' unit
        ],
        claims=[
            ("share", 16.5, "percent", 2024, 2024, None),  # 占16.5%
            ("cagr", 18, "percent", 2024, 2028, None, "inferred"),  # span only from the amounts' years
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1020 / 6180 = 16.505% -> 16.5
            ("cagr|period", "exact"),  # (12000 / 6180) ** (1/4) - 1 = 18.045% -> 18
        ],
    ),
    # 31. 繁體（台灣），GPU雲端算力租賃：「去年」= 2024 新台幣86億元、「較前年的61億元成長42%」只在進位範圍內成立，
    #     「今年」預估125億元；干擾項：機櫃月租降幅「三成」、GPU使用率「六成」
    dict(
        text=(
            "台北，2025年8月12日——數位發展部委託瑞峰產業研究院進行的調查顯示，去年台灣GPU雲端算力租賃市場規模為"
            "新台幣86億元，較前年的61億元成長42%。研究院預估，今年市場將擴大至新台幣125億元，主要來自半導體設計與金融業"
            "的模型訓練需求。不過，大型雲端業者的H100機櫃月租價格已較高峰下滑約三成，部分業者的GPU使用率僅六成左右。"
        ),
        obs=[
            ("Total", 2024, 86, "TWD 100 million", "actual"),
            ("Total", 2023, 61, "TWD 100 million", "actual"),
            ("Total", 2025, 125, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 42, "percent", 2023, 2024, 1.0),  # 成長42%
        ],
        verdicts=[
            # 86 / 61 - 1 = 40.98% -> 41, not 42; bounds 85.5 / 61.5 - 1 = 39.02% .. 86.5 / 60.5 - 1 = 42.98%,
            # which reaches 42
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. 繁體（香港），AI數據中心服務：48.6億港元（2024）至152.0億港元（2029），「2024至2029年複合年增長率約25.6%」；
    #     干擾項：兆瓦電力、機櫃數、單一合約總值
    dict(
        text=(
            "香港，2025年5月6日——本地研究機構港灣數碼策略在最新報告中指出，香港人工智能數據中心服務市場（包括按小時計費的"
            "GPU算力及託管服務）2024年規模為48.6億港元，預計2029年將增至152.0億港元，2024至2029年複合年增長率約25.6%。"
            "報告又指，目前全港數據中心總電力容量約為1,200兆瓦，另有約9,000個機櫃正在興建。上月一家本地電訊商與銀行"
            "簽訂為期五年、總值3.8億港元的算力合約，為業內同類合約之最。"
        ),
        obs=[
            ("Total", 2024, 48.6, "HKD 100 million", "actual"),
            ("Total", 2029, 152.0, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25.6, "percent", 2024, 2029, None, "stated"),  # 2024至2029年複合年增長率約25.6%
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (152.0 / 48.6) ** (1/5) - 1 = 25.615% -> 25.6
        ],
    ),
    # 33. 繁體（台灣），主權AI雲：2024年新台幣210億元，公有雲/私有雲占比（無金額），「2028年…將較2024年成長逾3倍」
    #     只印一個金額，保留3倍；干擾項：GPU顆數、第三季標案金額、人才缺口人數
    dict(
        text=(
            "台北，2025年11月20日——曜石顧問今日發布報告指出，2024年台灣主權AI雲端服務市場規模達新台幣210億元，其中"
            "公有雲部署佔58%、私有雲佔42%。曜石預估，隨著政府推動國家級算力中心建設，2028年市場規模將較2024年成長逾3倍。"
            "目前國內主權AI算力中心已布建約1.2萬顆GPU，今年第三季相關標案金額為新台幣37億元。曜石也提醒，相關人才缺口"
            "仍達3,400人。"
        ),
        obs=[
            ("Total", 2024, 210, "TWD 100 million", "actual"),
        ],
        claims=[
            ("share", 58, "percent", 2024, 2024, None),  # 公有雲部署佔58%
            ("share", 42, "percent", 2024, 2024, None),  # 私有雲佔42%
            ("multiple", 3.0, "multiple", 2024, 2028, 4.0),  # 成長逾3倍 with one amount printed keeps 3 (no verdict)
        ],
        verdicts=[],
    ),
    # 34. 简体，边缘AI推理服务：“去年”= 2024 84.5亿元、比2023年64.4亿元增长31.2%，“今年”区间105亿元至118亿元
    #     （两个value）；另一机构同年数字不计；干扰项：运营商一季度收入增速、边缘节点数
    dict(
        text=(
            "边缘智能推理服务开始出现在运营商的收入报表里。据数智观察研究院2025年4月发布的报告，去年我国边缘AI推理服务"
            "市场规模为84.5亿元，比2023年的64.4亿元增长31.2%；研究院预计今年规模在105亿元至118亿元之间。另一家机构"
            "远川智库给出的2024年数据为79亿元。报告还提到，某运营商今年一季度边缘推理收入同比增长高达120%，其边缘节点"
            "已超过2,800个。"
        ),
        obs=[
            ("Total", 2024, 84.5, "CNY 100 million", "actual"),
            ("Total", 2023, 64.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),  # 增长31.2%
            ("value", 105, "CNY 100 million", 2025, 2025, None),  # 今年区间下限
            ("value", 118, "CNY 100 million", 2025, 2025, None),  # 今年区间上限
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 84.5 / 64.4 - 1 = 31.211% -> 31.2
        ],
    ),
    # 35. English pipe table, GPU cloud revenue by service type with E columns and a Total row (rows add up in
    #     every year), plus a prose rate on the total; distractors: table number, provider count
    dict(
        text=(
            "Table 3. Global GPU cloud revenue by service type, USD billion (Pellworth Analytics, March 2025)\n"
            "\n"
            "| Service type | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| Bare-metal GPU rental | 8.4 | 14.9 | 21.7 | 28.3 |\n"
            "| Managed training clusters | 5.1 | 8.8 | 12.6 | 16.9 |\n"
            "| Serverless inference | 2.3 | 5.6 | 10.4 | 17.2 |\n"
            "| Total | 15.8 | 29.3 | 44.7 | 62.4 |\n"
            "\n"
            "Revenue grew 85% in 2024. Pellworth's tally covers 63 providers and leaves out hyperscalers' internal use."
        ),
        obs=[
            ("Bare-metal GPU rental", 2023, 8.4, "USD billion", "actual"),
            ("Bare-metal GPU rental", 2024, 14.9, "USD billion", "actual"),
            ("Bare-metal GPU rental", 2025, 21.7, "USD billion", "estimate"),
            ("Bare-metal GPU rental", 2026, 28.3, "USD billion", "estimate"),
            ("Managed training clusters", 2023, 5.1, "USD billion", "actual"),
            ("Managed training clusters", 2024, 8.8, "USD billion", "actual"),
            ("Managed training clusters", 2025, 12.6, "USD billion", "estimate"),
            ("Managed training clusters", 2026, 16.9, "USD billion", "estimate"),
            ("Serverless inference", 2023, 2.3, "USD billion", "actual"),
            ("Serverless inference", 2024, 5.6, "USD billion", "actual"),
            ("Serverless inference", 2025, 10.4, "USD billion", "estimate"),
            ("Serverless inference", 2026, 17.2, "USD billion", "estimate"),
            ("Total", 2023, 15.8, "USD billion", "actual"),
            ("Total", 2024, 29.3, "USD billion", "actual"),
            ("Total", 2025, 44.7, "USD billion", "estimate"),
            ("Total", 2026, 62.4, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 85, "percent", 2023, 2024, 1.0),  # "Revenue grew 85% in 2024"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 29.3 / 15.8 - 1 = 85.44% -> 85
            ("hierarchy", "exact"),  # 2023: 8.4 + 5.1 + 2.3 = 15.8
            ("hierarchy", "exact"),  # 2024: 14.9 + 8.8 + 5.6 = 29.3
            ("hierarchy", "exact"),  # 2025E: 21.7 + 12.6 + 10.4 = 44.7
            ("hierarchy", "exact"),  # 2026E: 28.3 + 16.9 + 17.2 = 62.4
        ],
    ),
    # 36. 简体，两张制表符分隔的表：智能算力规模（EFLOPS，不是金额，不计）与智算服务市场规模（亿元，合计行）；
    #     2023年合计只在进位范围内成立；干扰项：表号、报告日期
    dict(
        text=(
            "以下数据摘自长湾证券研究所《智算服务行业深度报告》（2025年6月）。\n"
            "表1  中国智能算力规模（单位：EFLOPS）\n"
            "类别\t2023\t2024\t2025E\n"
            "通用云厂商\t210\t340\t520\n"
            "运营商\t95\t180\t300\n"
            "第三方算力租赁\t110\t205\t330\n"
            "合计\t415\t725\t1150\n"
            "表2  中国智算服务市场规模（单位：亿元）\n"
            "类别\t2023\t2024\t2025E\n"
            "公有云智算服务\t186.4\t305.2\t468.9\n"
            "运营商智算服务\t72.3\t131.6\t215.7\n"
            "第三方算力租赁\t95.8\t174.4\t281.6\n"
            "合计\t354.6\t611.2\t966.2"
        ),
        obs=[
            ("公有云智算服务", 2023, 186.4, "CNY 100 million", "actual"),
            ("公有云智算服务", 2024, 305.2, "CNY 100 million", "actual"),
            ("公有云智算服务", 2025, 468.9, "CNY 100 million", "estimate"),
            ("运营商智算服务", 2023, 72.3, "CNY 100 million", "actual"),
            ("运营商智算服务", 2024, 131.6, "CNY 100 million", "actual"),
            ("运营商智算服务", 2025, 215.7, "CNY 100 million", "estimate"),
            ("第三方算力租赁", 2023, 95.8, "CNY 100 million", "actual"),
            ("第三方算力租赁", 2024, 174.4, "CNY 100 million", "actual"),
            ("第三方算力租赁", 2025, 281.6, "CNY 100 million", "estimate"),
            ("合计", 2023, 354.6, "CNY 100 million", "actual"),
            ("合计", 2024, 611.2, "CNY 100 million", "actual"),
            ("合计", 2025, 966.2, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2023: 186.4 + 72.3 + 95.8 = 354.5, printed 354.6; rows at +0.05 each give 354.65 >= 354.6
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2024: 305.2 + 131.6 + 174.4 = 611.2
            ("hierarchy", "exact"),  # 2025E: 468.9 + 215.7 + 281.6 = 966.2
        ],
    ),
    # 37. English vertical table (rows are years), space-aligned, a lone value column headed by its unit -> Total,
    #     a YoY column; Korean ministry's figure in USD; dateline 2026 so 2025 is actual, 2026F estimate;
    #     distractors: a won budget, MW, operator count
    dict(
        text=(
            "Korea's Ministry of Science and ICT sizes the domestic market for AI data-centre services (GPU capacity "
            "and colocation sold to third parties) as follows, in a briefing dated 14 January 2026.\n"
            "\n"
            "Year     USD million    YoY\n"
            "2022             640      -\n"
            "2023             910  42.2%\n"
            "2024           1,350  48.4%\n"
            "2025           1,880  39.3%\n"
            "2026F          2,560  36.2%\n"
            "\n"
            "The ministry counts 27 operators, backs them with a ₩1.2 trillion support budget, and expects about "
            "40 MW of new capacity at the Hwaseong AI cluster to go live in 2026."
        ),
        obs=[
            ("Total", 2022, 640, "USD million", "actual"),
            ("Total", 2023, 910, "USD million", "actual"),
            ("Total", 2024, 1350, "USD million", "actual"),
            ("Total", 2025, 1880, "USD million", "actual"),
            ("Total", 2026, 2560, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 42.2, "percent", 2022, 2023, 1.0),
            ("growth", 48.4, "percent", 2023, 2024, 1.0),
            ("growth", 39.3, "percent", 2024, 2025, 1.0),
            ("growth", 36.2, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 910 / 640 - 1 = 42.19% -> 42.2
            ("cagr|implied", "exact"),  # 1350 / 910 - 1 = 48.35% -> 48.4
            ("cagr|implied", "exact"),  # 1880 / 1350 - 1 = 39.26% -> 39.3
            ("cagr|implied", "exact"),  # 2560 / 1880 - 1 = 36.17% -> 36.2
        ],
    ),
    # 38. 简体，制表符分隔的纵向表（行为年份）：两列以表头命名（公有云MaaS、私有化部署），含E年份与跳年；
    #     表下文字给出两条“2024—2027年”复合增长率；干扰项：注释
    dict(
        text=(
            "表：2021—2027年中国大模型公有云MaaS与私有化部署市场规模（单位：亿元）\n"
            "年份\t公有云MaaS\t私有化部署\n"
            "2021\t3.2\t12.5\n"
            "2022\t6.8\t21.4\n"
            "2023\t18.5\t39.7\n"
            "2024\t47.9\t68.2\n"
            "2025E\t96.0\t104.5\n"
            "2027E\t260.0\t198.0\n"
            "资料来源：北辰智研。注：2025年起含行业一体机。\n"
            "北辰智研测算，2024—2027年公有云MaaS市场年均复合增长率约为76%，私有化部署为43%。"
        ),
        obs=[
            ("公有云MaaS", 2021, 3.2, "CNY 100 million", "actual"),
            ("公有云MaaS", 2022, 6.8, "CNY 100 million", "actual"),
            ("公有云MaaS", 2023, 18.5, "CNY 100 million", "actual"),
            ("公有云MaaS", 2024, 47.9, "CNY 100 million", "actual"),
            ("公有云MaaS", 2025, 96.0, "CNY 100 million", "estimate"),
            ("公有云MaaS", 2027, 260.0, "CNY 100 million", "estimate"),
            ("私有化部署", 2021, 12.5, "CNY 100 million", "actual"),
            ("私有化部署", 2022, 21.4, "CNY 100 million", "actual"),
            ("私有化部署", 2023, 39.7, "CNY 100 million", "actual"),
            ("私有化部署", 2024, 68.2, "CNY 100 million", "actual"),
            ("私有化部署", 2025, 104.5, "CNY 100 million", "estimate"),
            ("私有化部署", 2027, 198.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 76, "percent", 2024, 2027, None, "stated"),  # 公有云MaaS 约为76%
            ("cagr", 43, "percent", 2024, 2027, None, "stated"),  # 私有化部署 43%
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (260.0 / 47.9) ** (1/3) - 1 = 75.74% -> 76
            ("cagr|implied", "exact"),  # (198.0 / 68.2) ** (1/3) - 1 = 42.66% -> 43
        ],
    ),
    # 39. English space-aligned table in 億円 (JPY 100 million), fiscal-year columns with e columns and a Total
    #     row whose FY2026e cell its rows contradict; distractors: price per GPU-hour, MW under contract
    dict(
        text=(
            "Japan: AI compute services by delivery model (unit: ¥100 million / 億円, fiscal years)\n"
            "Source: Mizuhara Telecom Research, 2 September 2025\n"
            "\n"
            "Segment                       FY2023   FY2024   FY2025e   FY2026e\n"
            "GPU hosting (hourly)             984    1,512     2,146     2,880\n"
            "Private AI cloud                 641      887     1,193     1,525\n"
            "Edge inference at carriers       126      239       418       662\n"
            "Total                          1,751    2,638     3,757     5,167\n"
            "\n"
            "Hourly GPU hosting averaged ¥720 per GPU-hour in FY2024, and capacity under contract reached 410 MW."
        ),
        obs=[
            ("GPU hosting (hourly)", 2023, 984, "JPY 100 million", "actual"),
            ("GPU hosting (hourly)", 2024, 1512, "JPY 100 million", "actual"),
            ("GPU hosting (hourly)", 2025, 2146, "JPY 100 million", "estimate"),
            ("GPU hosting (hourly)", 2026, 2880, "JPY 100 million", "estimate"),
            ("Private AI cloud", 2023, 641, "JPY 100 million", "actual"),
            ("Private AI cloud", 2024, 887, "JPY 100 million", "actual"),
            ("Private AI cloud", 2025, 1193, "JPY 100 million", "estimate"),
            ("Private AI cloud", 2026, 1525, "JPY 100 million", "estimate"),
            ("Edge inference at carriers", 2023, 126, "JPY 100 million", "actual"),
            ("Edge inference at carriers", 2024, 239, "JPY 100 million", "actual"),
            ("Edge inference at carriers", 2025, 418, "JPY 100 million", "estimate"),
            ("Edge inference at carriers", 2026, 662, "JPY 100 million", "estimate"),
            ("Total", 2023, 1751, "JPY 100 million", "actual"),
            ("Total", 2024, 2638, "JPY 100 million", "actual"),
            ("Total", 2025, 3757, "JPY 100 million", "estimate"),
            ("Total", 2026, 5167, "JPY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # FY2023: 984 + 641 + 126 = 1,751
            ("hierarchy", "exact"),  # FY2024: 1,512 + 887 + 239 = 2,638
            ("hierarchy", "exact"),  # FY2025e: 2,146 + 1,193 + 418 = 3,757
            # FY2026e: 2,880 + 1,525 + 662 = 5,067 vs printed 5,167; rows at +0.5 each reach only 5,068.5
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 40. 繁體（台灣）pipe表，AI電信網路應用市場（新台幣億元），「(預估)」欄與總計列；表下文字的年複合成長率只在
    #     進位範圍內成立，AI RAN占比由23%升至29%（部分與整體都在表中）；干擾項：表號、基地台數、節電比例
    dict(
        text=(
            "表二　台灣AI電信網路應用市場規模（單位：新台幣億元）\n"
            "| 項目 | 2024 | 2025(預估) | 2028(預估) |\n"
            "|---|---|---|---|\n"
            "| 網路自動化維運 | 13 | 18 | 40 |\n"
            "| AI RAN節能優化 | 5 | 8 | 22 |\n"
            "| 客服與網路規劃大模型 | 4 | 6 | 15 |\n"
            "| 總計 | 22 | 32 | 77 |\n"
            "資料來源：澄觀電信研究中心，2025年10月。\n"
            "澄觀指出，2024至2028年整體市場年複合成長率約為36%，其中AI RAN節能優化的占比將由23%升至29%；國內電信業者"
            "已在逾4,600座基地台導入AI節能功能，平均節電約15%。"
        ),
        obs=[
            ("網路自動化維運", 2024, 13, "TWD 100 million", "actual"),
            ("網路自動化維運", 2025, 18, "TWD 100 million", "estimate"),
            ("網路自動化維運", 2028, 40, "TWD 100 million", "estimate"),
            ("AI RAN節能優化", 2024, 5, "TWD 100 million", "actual"),
            ("AI RAN節能優化", 2025, 8, "TWD 100 million", "estimate"),
            ("AI RAN節能優化", 2028, 22, "TWD 100 million", "estimate"),
            ("客服與網路規劃大模型", 2024, 4, "TWD 100 million", "actual"),
            ("客服與網路規劃大模型", 2025, 6, "TWD 100 million", "estimate"),
            ("客服與網路規劃大模型", 2028, 15, "TWD 100 million", "estimate"),
            ("總計", 2024, 22, "TWD 100 million", "actual"),
            ("總計", 2025, 32, "TWD 100 million", "estimate"),
            ("總計", 2028, 77, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 36, "percent", 2024, 2028, None, "stated"),  # 2024至2028年…約為36%
            ("share", 23, "percent", 2024, 2024, None),  # AI RAN節能優化 2024
            ("share", 29, "percent", 2028, 2028, None),  # AI RAN節能優化 2028
        ],
        verdicts=[
            # (77 / 22) ** (1/4) - 1 = 36.78% -> 37, not 36; bounds (76.5 / 22.5) ** 0.25 - 1 = 35.79% ..
            # (77.5 / 21.5) ** 0.25 - 1 = 37.79%, which reaches 36
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 5 / 22 = 22.73% -> 23
            ("arithmetic", "exact"),  # 22 / 77 = 28.57% -> 29
            ("hierarchy", "exact"),  # 2024: 13 + 5 + 4 = 22
            ("hierarchy", "exact"),  # 2025(預估): 18 + 8 + 6 = 32
            ("hierarchy", "exact"),  # 2028(預估): 40 + 22 + 15 = 77
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-twentieth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 5, 'rounding': 9, 'exact': 50}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 38% from $10.3 billion in 2023',
    'a 29.1% CAGR for 2024-2030',
    '较2023年的239亿元同比增长61.5%',
    '| Segment   | 2023 | 2024 | 2025E | 2026E |',
    'which it describes as compound growth of 21.2% a year',
    '較2023年的131億元成長42%',
    'a compound annual growth rate of 41% between 2024 and 2029',
    '较2021年的42亿元增长3倍',
    '合计\t240.4\t386.4\t600.5',
    'sizes the total addressable market for edge AI inference services',
    'Table 6: AI cloud services market value, USD billion',
    'contributed $9.7 billion of that, or 43%',
    '按年增長29.5%，前年則為29.9億港元',
    'Year     USD million    YoY',
    'reach ¥1.1 trillion by fiscal 2028',
    '预计2028年将达到1.02万亿元',
    'between $12 billion and $15 billion in 2028',
    '年度\t新台幣億元\t年增率',
    'a 58% increase on the US$1.17 billion recorded in 2023',
    '2024—2026E合计复合增长率为53.1%',
    'a 52% jump from',
    'a compound annual growth rate of about 21% from 2025 to 2030',
    'up 38.6% from ¥133.1 billion a year earlier',
    'took €2.3 billion of that, or 38%',
    'a range of $2.6 billion to $3.1 billion',
    '同比增长48.6%',
    '较2024年的300亿元增长3倍',
    '其中推理服务46.3亿元，占比65.0%',
    '将突破1.2万亿元',
    '較前年的61億元成長42%',
    '2024至2029年複合年增長率約25.6%',
    '將較2024年成長逾3倍',
    '在105亿元至118亿元之间',
    '| Total | 15.8 | 29.3 | 44.7 | 62.4 |',
    '表2  中国智算服务市场规模（单位：亿元）',
    'Year     USD million    YoY',
    '年份\t公有云MaaS\t私有化部署',
    'FY2025e   FY2026e',
    '| 總計 | 22 | 32 | 77 |',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 197
#: figures, 42 rates, 56 verdicts and 0 false inconsistent
#: after the readings chosen on it and the hundred-and-twenty-second set: 217, 43, 63 and 0
FLOORS = {"figures_found": 217, "rates_found": 43, "verdicts_right": 63}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset120.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
