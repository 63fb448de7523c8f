"""A ninety-ninth check set for the extractor, written blind: advertising and digital consumer-spending forecasts as media
agencies, app-market trackers and games researchers publish them, in English and Chinese (Simplified and Traditional)
-- ad revenue by medium and by country as parts of the total, app-store spending, games revenue by platform,
网络广告市场规模, 直播电商GMV, mid-year updates that revise an earlier forecast (only the new figure is the year's; the
superseded one and its rate are expected nowhere), and a platform's own revenue, user counts, ARPU, CPMs and
percentage points as distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. English news, mid-year upgrade of a global ad forecast: "$965.6 billion last year" as base, "grow 7.7% to
    #    $1.04 trillion" (trillion converted into the series' billion unit), a part with its share, next year's rise;
    #    the superseded "5.9% it forecast in December", percentage points and Meta's first-quarter revenue nowhere
    dict(
        text=(
            "LONDON, 10 June 2025 — Worldwide advertising revenue, which reached $965.6 billion last year, will grow "
            "7.7% to $1.04 trillion in 2025, Halberd Media said in its mid-year forecast, upgraded from the 5.9% it "
            "forecast in December. AI-driven search and retail media are outrunning the slowdown in trade. Pure-play "
            "digital platforms will capture $762 billion of the 2025 total, or 73.3%, and Halberd pencils in a further "
            "6.1% rise in 2026, to $1.10 trillion. Linear television's share will slip another 1.2 percentage points, "
            "while Meta alone booked $42.3 billion of ad revenue in the first quarter."
        ),
        obs=[
            ("Total", 2024, 965.6, "USD billion", "actual"),
            ("Total", 2025, 1040, "USD billion", "estimate"),
            ("Total", 2026, 1100, "USD billion", "estimate"),
            ("Pure-play digital platforms", 2025, 762, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 7.7, "percent", 2024, 2025, 1.0),
            ("share", 73.3, "percent", 2025, 2025, None),
            ("growth", 6.1, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 1040 / 965.6 - 1 = 7.705% -> 7.7
            ("arithmetic", "exact"),       # 762 / 1040 = 73.269% -> 73.3
            ("cagr|implied", "rounding"),  # 1100 / 1040 - 1 = 5.769% -> 5.8 != 6.1; bounds 1095/1045 = 4.785%,
                                           # 1105/1035 = 6.763% -> 6.1 reachable
        ],
    ),
    # 2. English app-tracker release: "12.8% more than the $133.1 billion of 2023", a storefront's share, "this year"
    #    forecast with its rise; downloads, ARPU ("$3.10 a month") nowhere
    dict(
        text=(
            "SAN FRANCISCO, 16 January 2025 — Consumers spent $150.1 billion on in-app purchases, subscriptions and "
            "paid apps across the two big mobile storefronts last year, 12.8% more than the $133.1 billion of 2023, "
            "app-market tracker Appdex Intelligence reported. Google Play accounted for $46.7 billion, or 31.1% of the "
            "total. Downloads slipped 2% to 136 billion, and average spend per device was just $3.10 a month. Appdex "
            "expects consumer spending to reach $168.5 billion this year, a 12.3% rise, with subscription apps doing "
            "most of the lifting."
        ),
        obs=[
            ("Total", 2024, 150.1, "USD billion", "actual"),
            ("Total", 2023, 133.1, "USD billion", "actual"),
            ("Google Play", 2024, 46.7, "USD billion", "actual"),
            ("Total", 2025, 168.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 12.8, "percent", 2023, 2024, 1.0),
            ("share", 31.1, "percent", 2024, 2024, None),
            ("growth", 12.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 150.1 / 133.1 - 1 = 12.772% -> 12.8
            ("arithmetic", "exact"),    # 46.7 / 150.1 = 31.113% -> 31.1
            ("cagr|implied", "exact"),  # 168.5 / 150.1 - 1 = 12.259% -> 12.3
        ],
    ),
    # 3. English games-researcher outlook "revised down from the $190.2 billion it projected in March" (nowhere);
    #    platform parts, a share, a year-on-year rate without its base, and a console rate its own figures contradict;
    #    player count and quarterly publisher revenue nowhere
    dict(
        text=(
            "AMSTERDAM, 9 September 2025 — Brightwater Games Research has trimmed its outlook for the global games "
            "market: it now sees 2025 revenue at $188.8 billion, up 3.4% year on year, revised down from the $190.2 "
            "billion it projected in March. Mobile remains the largest platform at $103.0 billion, or 54.6% of the "
            "total. Console revenue will climb 5.5% to $45.9 billion from $42.8 billion in 2024, helped by a new "
            "hardware cycle, while PC brings in $39.9 billion. The firm counts 3.6 billion players worldwide and notes "
            "that the top ten publishers' combined revenue fell in the April-June quarter."
        ),
        obs=[
            ("Total", 2025, 188.8, "USD billion", "estimate"),
            ("Mobile", 2025, 103.0, "USD billion", "estimate"),
            ("Console", 2025, 45.9, "USD billion", "estimate"),
            ("Console", 2024, 42.8, "USD billion", "actual"),
            ("PC", 2025, 39.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 3.4, "percent", 2024, 2025, 1.0),  # base not printed: no verdict
            ("share", 54.6, "percent", 2025, 2025, None),
            ("growth", 5.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),          # 103.0 / 188.8 = 54.555% -> 54.6
            ("cagr|implied", "inconsistent"), # 45.9 / 42.8 - 1 = 7.243%; bounds 45.85/42.85 = 7.001%,
                                              # 45.95/42.75 = 7.485% -> 5.5 unreachable
        ],
    ),
    # 4. English investor day: a company sizes its TAM ($38bn in 2024 -> $74bn by 2029, "about 14%", span given only by
    #    the amounts' years -> inferred); own revenue, growth guidance, headcount, share goal, price target nowhere
    dict(
        text=(
            "At its first investor day on 18 November 2025, streaming-ad specialist Corvale told analysts that "
            "connected-TV advertising was a $38 billion market in 2024 and would be worth $74 billion by 2029, a "
            "compound annual rate of about 14%. Chief executive Dana Whitlow said Corvale's own revenue of $412 million "
            "last year left 'a great deal of room to run', and guided to 20% growth in 2026. The company, which employs "
            "1,150 people, also set a goal of doubling its share of US streaming impressions. Analysts at Marlow "
            "Securities kept a $58 price target on the stock, implying 25% upside."
        ),
        obs=[
            ("Total", 2024, 38, "USD billion", "actual"),
            ("Total", 2029, 74, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 14.0, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (74 / 38) ** (1/5) - 1 = 14.259% -> 14
        ],
    ),
    # 5. English UK forecast revised up ("revising up the £41.3 billion" nowhere), "rise 6.2% to £42.1 billion" only
    #    within rounding of the printed 2024 base; online share; percentage points and a survey's "quarter" nowhere
    dict(
        text=(
            "LONDON, 22 July 2025 — UK advertising spend is now forecast to rise 6.2% to £42.1 billion this year, the "
            "Advertising Research Council said, revising up the £41.3 billion it had pencilled in for 2025 in April. "
            "Spend in 2024 came to £39.6 billion. Online advertising will account for £33.4 billion, or 79.3% of the "
            "total, while television's share will slip by 1.4 percentage points. A quarter of the marketers the "
            "council surveyed said they planned to raise budgets in the second half."
        ),
        obs=[
            ("Total", 2025, 42.1, "GBP billion", "estimate"),
            ("Total", 2024, 39.6, "GBP billion", "actual"),
            ("Online advertising", 2025, 33.4, "GBP billion", "estimate"),
        ],
        claims=[
            ("growth", 6.2, "percent", 2024, 2025, 1.0),
            ("share", 79.3, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 42.1 / 39.6 - 1 = 6.313% -> 6.3 != 6.2; bounds 42.05/39.65 = 6.053%,
                                           # 42.15/39.55 = 6.574% -> 6.2 reachable
            ("arithmetic", "exact"),       # 33.4 / 42.1 = 79.335% -> 79.3
        ],
    ),
    # 6. English Japan tally in yen billions ("rose 4.9% last year to ¥7,673 billion from ¥7,316 billion"), parts
    #    with a share; advertiser count and smartphone hours nowhere
    dict(
        text=(
            "TOKYO, 27 February 2025 — Japan's advertising expenditure rose 4.9% last year to ¥7,673 billion from "
            "¥7,316 billion, setting a record for the third year running, according to the annual tally by agency "
            "group Kisaragi Communications. Internet advertising grew faster still, to ¥3,652 billion, and now makes "
            "up 47.6% of the total. Traditional media — television, newspapers, magazines and radio — slipped to "
            "¥2,283 billion. Kisaragi counts 12,400 advertisers on its panel and says the average viewer now spends "
            "3.8 hours a day on a smartphone."
        ),
        obs=[
            ("Total", 2024, 7673, "JPY billion", "actual"),
            ("Total", 2023, 7316, "JPY billion", "actual"),
            ("Internet advertising", 2024, 3652, "JPY billion", "actual"),
            ("Traditional media", 2024, 2283, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 4.9, "percent", 2023, 2024, 1.0),
            ("share", 47.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 7673 / 7316 - 1 = 4.880% -> 4.9
            ("arithmetic", "exact"),    # 3652 / 7673 = 47.596% -> 47.6
        ],
    ),
    # 7. English US digital outlook trimmed ("trims the $322.0 billion it projected in March" nowhere), growth from
    #    last year, a retail-media share its own figures contradict, "next year" forecast; Amazon's quarter, CPMs nowhere
    dict(
        text=(
            "NEW YORK, 14 August 2025 — US digital ad spending will reach $316.2 billion this year, up 10.9% from "
            "$285.1 billion last year, according to Penrose Insight's revised outlook, which trims the $322.0 billion "
            "it projected in March as tariffs squeeze retail budgets. Retail media networks will take $62.3 billion of "
            "that, 21.7% of the total, and Penrose expects the overall market to climb a further 10.1% to $348.0 "
            "billion next year. Amazon alone reported $15.7 billion in advertising sales for the second quarter, and "
            "average CPMs on connected TV fell to about $27."
        ),
        obs=[
            ("Total", 2025, 316.2, "USD billion", "estimate"),
            ("Total", 2024, 285.1, "USD billion", "actual"),
            ("Retail media networks", 2025, 62.3, "USD billion", "estimate"),
            ("Total", 2026, 348.0, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 10.9, "percent", 2024, 2025, 1.0),
            ("share", 21.7, "percent", 2025, 2025, None),
            ("growth", 10.1, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),      # 316.2 / 285.1 - 1 = 10.909% -> 10.9
            ("arithmetic", "inconsistent"), # 62.3 / 316.2 = 19.703%; bounds 62.25/316.25 = 19.684%,
                                            # 62.35/316.15 = 19.722% -> 21.7 unreachable
            ("cagr|implied", "exact"),      # 348.0 / 316.2 - 1 = 10.057% -> 10.1
        ],
    ),
    # 8. English feature, no dateline: "roughly triple the $3.5 billion of 2019" (multiple x3 over 5 years, no verdict),
    #    a range "between $11.8 billion and $12.4 billion" (two value claims); poll share, followers and
    #    "a multibillion-dollar opportunity" nowhere
    dict(
        text=(
            "Influencer marketing has become one of the few reliably growing lines in brand budgets. Spending on "
            "sponsored creator content in the United States came to $10.5 billion in 2024, roughly triple the $3.5 "
            "billion of 2019, according to Kestrel Analytics, which expects between $11.8 billion and $12.4 billion "
            "in 2025. Sixty-eight per cent of the brand managers Kestrel polled said creator content outperformed "
            "display ads, and the typical mid-tier creator on its panel has 240,000 followers. Kestrel calls the wider "
            "creator economy 'a multibillion-dollar opportunity' that is still poorly measured."
        ),
        obs=[
            ("Total", 2024, 10.5, "USD billion", "actual"),
            ("Total", 2019, 3.5, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2019, 2024, 5.0),  # "roughly triple": 10.5 / 3.5 = 3.0, no verdict
            ("value", 11.8, "USD billion", 2025, 2025, None),
            ("value", 12.4, "USD billion", 2025, 2025, None),
        ],
        verdicts=[],
    ),
    # 9. English games-spending release with a decline ("slipped 1.1% ... to $58.7 billion from $59.3 billion") only
    #    within rounding, a content share, a "this year" forecast without rate; December hardware, fourth quarter,
    #    playtime nowhere
    dict(
        text=(
            "SEATTLE, 23 January 2025 — US consumer spending on video games slipped 1.1% in 2024 to $58.7 billion from "
            "$59.3 billion in 2023, games researcher Northlight Play Data reported. Content spending, which covers full "
            "games, add-ons and subscriptions, came to $50.9 billion, or 86.7% of the total, while hardware sales fell "
            "25% in December alone. Fourth-quarter spending was $15.9 billion. Average playtime per gamer rose to 14 "
            "hours a week, and Northlight expects total spending to edge up to $59.6 billion this year."
        ),
        obs=[
            ("Total", 2024, 58.7, "USD billion", "actual"),
            ("Total", 2023, 59.3, "USD billion", "actual"),
            ("Content spending", 2024, 50.9, "USD billion", "actual"),
            ("Total", 2025, 59.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", -1.1, "percent", 2023, 2024, 1.0),
            ("share", 86.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 58.7 / 59.3 - 1 = -1.012% -> -1.0 != -1.1; bounds 58.65/59.35 = -1.179%,
                                           # 58.75/59.25 = -0.844% -> -1.1 reachable
            ("arithmetic", "exact"),       # 50.9 / 58.7 = 86.712% -> 86.7
        ],
    ),
    # 10. Simplified Chinese report summary: 网络广告 规模 "达6508.6亿元，较2023年的5732.0亿元同比增长13.5%", a part's
    #     占比, "突破7000亿元" forecast at its printed figure; report title year, 个百分点, 广告主数量, 第三季度, 千亿级 nowhere
    dict(
        text=(
            "据衡川研究院发布的《2025中国互联网广告市场年度报告》，2024年中国互联网广告市场规模达6508.6亿元，"
            "较2023年的5732.0亿元同比增长13.5%。其中，电商广告收入2654.3亿元，占比40.8%，仍居各类广告形式之首；"
            "视频广告占比较上年提升2.1个百分点。报告显示，全国活跃广告主数量超过32万家，头部平台第三季度广告收入"
            "同比增长两成以上。研究院预计，2025年市场规模将突破7000亿元，有望打开千亿级的增量空间。"
        ),
        obs=[
            ("Total", 2024, 6508.6, "CNY 100 million", "actual"),
            ("Total", 2023, 5732.0, "CNY 100 million", "actual"),
            ("电商广告", 2024, 2654.3, "CNY 100 million", "actual"),
            ("Total", 2025, 7000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 13.5, "percent", 2023, 2024, 1.0),
            ("share", 40.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6508.6 / 5732.0 - 1 = 13.548% -> 13.5
            ("arithmetic", "exact"),    # 2654.3 / 6508.6 = 40.781% -> 40.8
        ],
    ),
    # 11. Simplified Chinese games-industry report: 实际销售收入 with 同比增长, mobile 占比, "两年间增长3倍" between two
    #     printed amounts (x4 over 2 years, no verdict); 用户规模 and its rate nowhere
    dict(
        text=(
            "12月中旬发布的《2024年度游戏产业报告》显示，2024年国内游戏市场实际销售收入3261.7亿元，同比增长7.5%；"
            "2023年这一数字为3034.2亿元。其中，移动游戏实际销售收入2391.6亿元，占比73.3%。小程序游戏表现尤为亮眼，"
            "2024年实际销售收入396.0亿元，而2022年仅为99.0亿元，两年间增长3倍。国内游戏用户规模达6.74亿人，"
            "同比增长0.94%。"
        ),
        obs=[
            ("Total", 2024, 3261.7, "CNY 100 million", "actual"),
            ("Total", 2023, 3034.2, "CNY 100 million", "actual"),
            ("移动游戏", 2024, 2391.6, "CNY 100 million", "actual"),
            ("小程序游戏", 2024, 396.0, "CNY 100 million", "actual"),
            ("小程序游戏", 2022, 99.0, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 7.5, "percent", 2023, 2024, 1.0),
            ("share", 73.3, "percent", 2024, 2024, None),
            ("multiple", 4.0, "multiple", 2022, 2024, 2.0),  # 增长3倍 between two printed amounts -> x4 (396.0/99.0 = 4.0)
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3261.7 / 3034.2 - 1 = 7.498% -> 7.5
            ("arithmetic", "exact"),    # 2391.6 / 3261.7 = 73.324% -> 73.3
        ],
    ),
    # 12. Traditional Chinese (Taiwan) association survey in 新台幣億元: "年增6.8%", 社群媒體廣告 佔比, "今年 ... 成長6.2%，
    #     達682億元" only within rounding; 個百分點, agency count and "近六成" survey answer nowhere
    dict(
        text=(
            "台北，2025年4月17日——台灣數位行銷聯盟（TDMU）今日公布年度調查，2024年台灣數位廣告量達新台幣641.5億元，"
            "較2023年的600.7億元年增6.8%。其中社群媒體廣告206.3億元，佔整體32.2%，比重較前一年增加1.5個百分點。"
            "聯盟預估今年數位廣告量將成長6.2%，達682億元。調查共訪問112家廣告代理商，其中近六成表示將提高短影音預算。"
        ),
        obs=[
            ("Total", 2024, 641.5, "TWD 100 million", "actual"),
            ("Total", 2023, 600.7, "TWD 100 million", "actual"),
            ("社群媒體廣告", 2024, 206.3, "TWD 100 million", "actual"),
            ("Total", 2025, 682, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 6.8, "percent", 2023, 2024, 1.0),
            ("share", 32.2, "percent", 2024, 2024, None),
            ("growth", 6.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 641.5 / 600.7 - 1 = 6.792% -> 6.8
            ("arithmetic", "exact"),       # 206.3 / 641.5 = 32.159% -> 32.2
            ("cagr|implied", "rounding"),  # 682 / 641.5 - 1 = 6.313% -> 6.3 != 6.2; bounds 681.5/641.55 = 6.227%,
                                           # 682.5/641.45 = 6.400% -> 6.2 reachable
        ],
    ),
    # 13. Traditional Chinese (Hong Kong) mid-year report in 億港元: "按年增長3.1%", 數碼廣告 佔比, forecast "上調至502億港元"
    #     with the superseded "此前預測的495億港元" nowhere; a TV station's 營業額, 第一季 rate and "首度過半" nowhere
    dict(
        text=(
            "【本報訊】市場研究機構恆域數據昨日（2025年7月8日）發表年中報告，2024年香港廣告開支為486.3億港元，"
            "按年增長3.1%，2023年則為471.7億港元。其中數碼廣告達251.8億港元，佔整體51.8%，首度過半。"
            "機構將2025年全年預測上調至502億港元，高於此前預測的495億港元，即按年增長3.2%。報告又指，"
            "本地一家免費電視台去年營業額跌至21.6億港元，而今年第一季廣告開支按年微升0.8%。"
        ),
        obs=[
            ("Total", 2024, 486.3, "HKD 100 million", "actual"),
            ("Total", 2023, 471.7, "HKD 100 million", "actual"),
            ("數碼廣告", 2024, 251.8, "HKD 100 million", "actual"),
            ("Total", 2025, 502, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 3.1, "percent", 2023, 2024, 1.0),
            ("share", 51.8, "percent", 2024, 2024, None),
            ("growth", 3.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 486.3 / 471.7 - 1 = 3.095% -> 3.1
            ("arithmetic", "exact"),    # 251.8 / 486.3 = 51.779% -> 51.8
            ("cagr|implied", "exact"),  # 502 / 486.3 - 1 = 3.228% -> 3.2
        ],
    ),
    # 14. Simplified Chinese 直播电商GMV in 万亿元 (series opens in 万亿元 -> CNY trillion): 同比增长, a stated
    #     "2024-2026年复合增长率"; user count, 占网民 penetration, 第四季度 环比 and 千亿级 nowhere
    dict(
        text=(
            "北京，2025年3月——第三方机构澜沧数据发布的直播电商年度观察显示，2024年我国直播电商GMV达5.8万亿元，"
            "同比增长18.4%，2023年为4.9万亿元。澜沧预计，2026年直播电商GMV将达到7.7万亿元，2024-2026年复合增长率"
            "为15.2%。直播电商用户规模达5.97亿人，占网民整体的54.0%；头部平台第四季度GMV环比增长超过两成。"
            "报告称，即时零售与直播结合正在打开新的千亿级市场。"
        ),
        obs=[
            ("Total", 2024, 5.8, "CNY trillion", "actual"),
            ("Total", 2023, 4.9, "CNY trillion", "actual"),
            ("Total", 2026, 7.7, "CNY trillion", "estimate"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
            ("cagr", 15.2, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5.8 / 4.9 - 1 = 18.367% -> 18.4
            ("cagr|implied", "exact"),  # (7.7 / 5.8) ** (1/2) - 1 = 15.221% -> 15.2
        ],
    ),
    # 15. English pipe table by medium, 2024 and 2025F with a Change column and a Total row: 2024 rows add exactly,
    #     2025F rows add to 895.5 against a printed 895.6 (rounding); table number nowhere
    dict(
        text=(
            "Halvorsen Media Forecasts: global advertising revenue by medium, US$ billion (June 2025 update)\n"
            "| Medium | 2024 | 2025F | Change |\n"
            "|---|---|---|---|\n"
            "| Search | 318.4 | 345.2 | 8.4% |\n"
            "| Social | 245.1 | 275.9 | 12.6% |\n"
            "| Television | 151.2 | 148.7 | -1.7% |\n"
            "| Out-of-home | 39.5 | 41.6 | 5.3% |\n"
            "| Other media | 88.3 | 84.1 | -4.8% |\n"
            "| Total | 842.5 | 895.6 | 6.3% |\n"
            "Table 2 of 7. F = forecast; television includes connected TV sold by broadcasters."
        ),
        obs=[
            ("Search", 2024, 318.4, "USD billion", "actual"),
            ("Search", 2025, 345.2, "USD billion", "estimate"),
            ("Social", 2024, 245.1, "USD billion", "actual"),
            ("Social", 2025, 275.9, "USD billion", "estimate"),
            ("Television", 2024, 151.2, "USD billion", "actual"),
            ("Television", 2025, 148.7, "USD billion", "estimate"),
            ("Out-of-home", 2024, 39.5, "USD billion", "actual"),
            ("Out-of-home", 2025, 41.6, "USD billion", "estimate"),
            ("Other media", 2024, 88.3, "USD billion", "actual"),
            ("Other media", 2025, 84.1, "USD billion", "estimate"),
            ("Total", 2024, 842.5, "USD billion", "actual"),
            ("Total", 2025, 895.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 8.4, "percent", 2024, 2025, 1.0),
            ("growth", 12.6, "percent", 2024, 2025, 1.0),
            ("growth", -1.7, "percent", 2024, 2025, 1.0),
            ("growth", 5.3, "percent", 2024, 2025, 1.0),
            ("growth", -4.8, "percent", 2024, 2025, 1.0),
            ("growth", 6.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # Search 345.2 / 318.4 - 1 = 8.417% -> 8.4
            ("cagr|implied", "exact"),  # Social 275.9 / 245.1 - 1 = 12.566% -> 12.6
            ("cagr|implied", "exact"),  # Television 148.7 / 151.2 - 1 = -1.653% -> -1.7
            ("cagr|implied", "exact"),  # Out-of-home 41.6 / 39.5 - 1 = 5.316% -> 5.3
            ("cagr|implied", "exact"),  # Other media 84.1 / 88.3 - 1 = -4.757% -> -4.8
            ("cagr|implied", "exact"),  # Total 895.6 / 842.5 - 1 = 6.303% -> 6.3
            ("hierarchy", "exact"),     # 2024: 318.4 + 245.1 + 151.2 + 39.5 + 88.3 = 842.5 = printed
            ("hierarchy", "rounding"),  # 2025F: 345.2 + 275.9 + 148.7 + 41.6 + 84.1 = 895.5 vs 895.6; rows at +-0.05
                                        # each give 895.25..895.75 -> 895.6 reachable
        ],
    ),
    # 16. Simplified Chinese tab-separated table by ad format, 2023年/2024年 with 同比增长 and a 合计 row; the 搜索广告
    #     rate contradicts its own amounts; 表3 and the source note nowhere
    dict(
        text=(
            "表3 2023-2024年中国互联网广告收入（按广告形式，单位：亿元）\n"
            "广告形式\t2023年\t2024年\t同比增长\n"
            "电商广告\t2330.5\t2654.3\t13.9%\n"
            "信息流广告\t1602.8\t1846.1\t15.2%\n"
            "搜索广告\t845.6\t868.2\t4.7%\n"
            "视频贴片广告\t512.4\t571.9\t11.6%\n"
            "其他\t440.7\t568.1\t28.9%\n"
            "合计\t5732.0\t6508.6\t13.5%\n"
            "资料来源：衡川研究院。注：表中数据经四舍五入。"
        ),
        obs=[
            ("电商广告", 2023, 2330.5, "CNY 100 million", "actual"),
            ("电商广告", 2024, 2654.3, "CNY 100 million", "actual"),
            ("信息流广告", 2023, 1602.8, "CNY 100 million", "actual"),
            ("信息流广告", 2024, 1846.1, "CNY 100 million", "actual"),
            ("搜索广告", 2023, 845.6, "CNY 100 million", "actual"),
            ("搜索广告", 2024, 868.2, "CNY 100 million", "actual"),
            ("视频贴片广告", 2023, 512.4, "CNY 100 million", "actual"),
            ("视频贴片广告", 2024, 571.9, "CNY 100 million", "actual"),
            ("其他", 2023, 440.7, "CNY 100 million", "actual"),
            ("其他", 2024, 568.1, "CNY 100 million", "actual"),
            ("合计", 2023, 5732.0, "CNY 100 million", "actual"),
            ("合计", 2024, 6508.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 13.9, "percent", 2023, 2024, 1.0),
            ("growth", 15.2, "percent", 2023, 2024, 1.0),
            ("growth", 4.7, "percent", 2023, 2024, 1.0),
            ("growth", 11.6, "percent", 2023, 2024, 1.0),
            ("growth", 28.9, "percent", 2023, 2024, 1.0),
            ("growth", 13.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # 电商广告 2654.3 / 2330.5 - 1 = 13.894% -> 13.9
            ("cagr|implied", "exact"),         # 信息流广告 1846.1 / 1602.8 - 1 = 15.180% -> 15.2
            ("cagr|implied", "inconsistent"),  # 搜索广告 868.2 / 845.6 - 1 = 2.673%; bounds 868.15/845.65 = 2.661%,
                                               # 868.25/845.55 = 2.685% -> 4.7 unreachable
            ("cagr|implied", "exact"),         # 视频贴片广告 571.9 / 512.4 - 1 = 11.612% -> 11.6
            ("cagr|implied", "exact"),         # 其他 568.1 / 440.7 - 1 = 28.909% -> 28.9
            ("cagr|implied", "exact"),         # 合计 6508.6 / 5732.0 - 1 = 13.548% -> 13.5
            ("hierarchy", "exact"),            # 2023: 2330.5 + 1602.8 + 845.6 + 512.4 + 440.7 = 5732.0
            ("hierarchy", "exact"),            # 2024: 2654.3 + 1846.1 + 868.2 + 571.9 + 568.1 = 6508.6
        ],
    ),
    # 17. English space-aligned table by region with Share column and a Total row (its 100.0% no claim); Europe's
    #     16.0% only within rounding; the "Change in share (pp)" column nowhere
    dict(
        text=(
            "Consumer spending on apps by region, 2024 (US$ billion)\n"
            "Region          Spend    Share   Change in share (pp)\n"
            "Asia-Pacific     70.6    47.0%          -0.8\n"
            "North America    45.9    30.6%          +0.3\n"
            "Europe           24.1    16.0%          +0.4\n"
            "Rest of world     9.5     6.3%          +0.1\n"
            "Total           150.1   100.0%\n"
            "Source: Appdex Intelligence. Figures are rounded."
        ),
        obs=[
            ("Asia-Pacific", 2024, 70.6, "USD billion", "actual"),
            ("North America", 2024, 45.9, "USD billion", "actual"),
            ("Europe", 2024, 24.1, "USD billion", "actual"),
            ("Rest of world", 2024, 9.5, "USD billion", "actual"),
            ("Total", 2024, 150.1, "USD billion", "actual"),
        ],
        claims=[
            ("share", 47.0, "percent", 2024, 2024, None),
            ("share", 30.6, "percent", 2024, 2024, None),
            ("share", 16.0, "percent", 2024, 2024, None),
            ("share", 6.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),     # Asia-Pacific 70.6 / 150.1 = 47.035% -> 47.0
            ("arithmetic", "exact"),     # North America 45.9 / 150.1 = 30.580% -> 30.6
            ("arithmetic", "rounding"),  # Europe 24.1 / 150.1 = 16.056% -> 16.1 != 16.0; bounds 24.05/150.15 = 16.017%,
                                         # 24.15/150.05 = 16.095% -> 16.0 reachable
            ("arithmetic", "exact"),     # Rest of world 9.5 / 150.1 = 6.329% -> 6.3
            ("hierarchy", "exact"),      # 70.6 + 45.9 + 24.1 + 9.5 = 150.1 = printed
        ],
    ),
    # 18. Traditional Chinese pipe table by platform in 新台幣億元, 2023年/2024年/2025年(預估) with a 總計 row, all adding
    #     exactly; 表1, "約七成" and player count nowhere
    dict(
        text=(
            "表1　台灣遊戲市場規模（依平台分，單位：新台幣億元）\n"
            "| 平台 | 2023年 | 2024年 | 2025年(預估) |\n"
            "|---|---|---|---|\n"
            "| 手機遊戲 | 412.6 | 438.9 | 459.3 |\n"
            "| 電腦遊戲 | 98.4 | 95.7 | 93.8 |\n"
            "| 主機遊戲 | 61.3 | 66.5 | 72.0 |\n"
            "| 總計 | 572.3 | 601.1 | 625.1 |\n"
            "資料來源：島嶼遊戲研究室，2025年5月。手機遊戲約占2024年總計七成，活躍玩家人數約1,450萬人。"
        ),
        obs=[
            ("手機遊戲", 2023, 412.6, "TWD 100 million", "actual"),
            ("手機遊戲", 2024, 438.9, "TWD 100 million", "actual"),
            ("手機遊戲", 2025, 459.3, "TWD 100 million", "estimate"),
            ("電腦遊戲", 2023, 98.4, "TWD 100 million", "actual"),
            ("電腦遊戲", 2024, 95.7, "TWD 100 million", "actual"),
            ("電腦遊戲", 2025, 93.8, "TWD 100 million", "estimate"),
            ("主機遊戲", 2023, 61.3, "TWD 100 million", "actual"),
            ("主機遊戲", 2024, 66.5, "TWD 100 million", "actual"),
            ("主機遊戲", 2025, 72.0, "TWD 100 million", "estimate"),
            ("總計", 2023, 572.3, "TWD 100 million", "actual"),
            ("總計", 2024, 601.1, "TWD 100 million", "actual"),
            ("總計", 2025, 625.1, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 412.6 + 98.4 + 61.3 = 572.3
            ("hierarchy", "exact"),  # 2024: 438.9 + 95.7 + 66.5 = 601.1
            ("hierarchy", "exact"),  # 2025: 459.3 + 93.8 + 72.0 = 625.1
        ],
    ),
    # 19. English tab-separated table in £ million, 2024/2025F/2026F with a Total row: 2024 and 2025F add exactly,
    #     the 2026F total is 1,000 off its rows (inconsistent); table number and panel size nowhere
    dict(
        text=(
            "Table 4: UK advertising expenditure by medium, £ million\n"
            "Medium\t2024\t2025F\t2026F\n"
            "Search\t14,212\t15,348\t16,420\n"
            "Online display & video\t16,835\t18,290\t19,705\n"
            "Television\t5,104\t5,011\t4,934\n"
            "Out-of-home\t1,402\t1,488\t1,556\n"
            "Audio & other\t2,047\t1,963\t1,921\n"
            "Total\t39,600\t42,100\t45,536\n"
            "F = forecast. Compiled from a panel of 96 member agencies."
        ),
        obs=[
            ("Search", 2024, 14212, "GBP million", "actual"),
            ("Search", 2025, 15348, "GBP million", "estimate"),
            ("Search", 2026, 16420, "GBP million", "estimate"),
            ("Online display & video", 2024, 16835, "GBP million", "actual"),
            ("Online display & video", 2025, 18290, "GBP million", "estimate"),
            ("Online display & video", 2026, 19705, "GBP million", "estimate"),
            ("Television", 2024, 5104, "GBP million", "actual"),
            ("Television", 2025, 5011, "GBP million", "estimate"),
            ("Television", 2026, 4934, "GBP million", "estimate"),
            ("Out-of-home", 2024, 1402, "GBP million", "actual"),
            ("Out-of-home", 2025, 1488, "GBP million", "estimate"),
            ("Out-of-home", 2026, 1556, "GBP million", "estimate"),
            ("Audio & other", 2024, 2047, "GBP million", "actual"),
            ("Audio & other", 2025, 1963, "GBP million", "estimate"),
            ("Audio & other", 2026, 1921, "GBP million", "estimate"),
            ("Total", 2024, 39600, "GBP million", "actual"),
            ("Total", 2025, 42100, "GBP million", "estimate"),
            ("Total", 2026, 45536, "GBP million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),         # 2024: 14212 + 16835 + 5104 + 1402 + 2047 = 39600
            ("hierarchy", "exact"),         # 2025F: 15348 + 18290 + 5011 + 1488 + 1963 = 42100
            ("hierarchy", "inconsistent"),  # 2026F: 16420 + 19705 + 4934 + 1556 + 1921 = 44536 vs 45536; rows at +-0.5
                                            # reach 44533.5..44538.5 -> 1,000 off
        ],
    ),
    # 20. Simplified Chinese space-aligned table by genre, 2024年/2025年E with a 合计 row: 2024 adds exactly, 2025E
    #     rows add to 2504.9 against a printed 2505.1 (rounding); user count and ARPPU in the note nowhere
    dict(
        text=(
            "中国移动游戏市场实际销售收入构成（单位：亿元）\n"
            "类型          2024年     2025年E\n"
            "角色扮演类     768.4      792.0\n"
            "策略类         412.7      436.5\n"
            "射击类         356.2      371.8\n"
            "休闲类         291.5      330.6\n"
            "卡牌类         204.3      198.1\n"
            "其他           358.5      375.9\n"
            "合计          2391.6     2505.1\n"
            "注：E为预测值；“其他”含体育、竞速及音乐类游戏。同期移动游戏用户规模约6.6亿人，人均月付费（ARPPU）约48元。"
        ),
        obs=[
            ("角色扮演类", 2024, 768.4, "CNY 100 million", "actual"),
            ("角色扮演类", 2025, 792.0, "CNY 100 million", "estimate"),
            ("策略类", 2024, 412.7, "CNY 100 million", "actual"),
            ("策略类", 2025, 436.5, "CNY 100 million", "estimate"),
            ("射击类", 2024, 356.2, "CNY 100 million", "actual"),
            ("射击类", 2025, 371.8, "CNY 100 million", "estimate"),
            ("休闲类", 2024, 291.5, "CNY 100 million", "actual"),
            ("休闲类", 2025, 330.6, "CNY 100 million", "estimate"),
            ("卡牌类", 2024, 204.3, "CNY 100 million", "actual"),
            ("卡牌类", 2025, 198.1, "CNY 100 million", "estimate"),
            ("其他", 2024, 358.5, "CNY 100 million", "actual"),
            ("其他", 2025, 375.9, "CNY 100 million", "estimate"),
            ("合计", 2024, 2391.6, "CNY 100 million", "actual"),
            ("合计", 2025, 2505.1, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2024: 768.4 + 412.7 + 356.2 + 291.5 + 204.3 + 358.5 = 2391.6
            ("hierarchy", "rounding"),  # 2025E: 792.0 + 436.5 + 371.8 + 330.6 + 198.1 + 375.9 = 2504.9 vs 2505.1;
                                        # rows at +-0.05 each give 2504.6..2505.2 -> 2505.1 reachable
        ],
    ),
    # 21. English news, mid-year upgrade: 2024 base in billions, 2025 in "$1.04 trillion" (converted to the series'
    #    USD billion), a pure-play digital part with its share, a 2026 forecast whose rate is only rounding-consistent;
    #    the superseded "5.9% it forecast in December", percentage points, a parent's quarterly growth and a CPM nowhere
    dict(
        text=(
            "LONDON, 16 June 2025 — Halvard Media Intelligence has turned more optimistic on advertising. After "
            "reaching $965.6 billion in 2024, global advertising revenue will grow 7.7% to $1.04 trillion this year, "
            "the agency said in its mid-year update, upgraded from the 5.9% it forecast in December. Pure-play digital "
            "channels — search, social, retail media and online video — are set to take $761.3 billion, or 73.2% of "
            "the total, with digital's share up 1.6 percentage points on last year. For 2026 Halvard pencils in a "
            "further 6.4% rise to $1.11 trillion. Its parent group, by contrast, reported organic growth of just 2.3% "
            "in the first quarter, and average CPMs on connected TV slipped to $24.10."
        ),
        obs=[
            ("Total", 2024, 965.6, "USD billion", "actual"),
            ("Total", 2025, 1040, "USD billion", "estimate"),  # "$1.04 trillion" in the series' unit
            ("Pure-play digital channels", 2025, 761.3, "USD billion", "estimate"),
            ("Total", 2026, 1110, "USD billion", "estimate"),  # "$1.11 trillion"
        ],
        claims=[
            ("growth", 7.7, "percent", 2024, 2025, 1.0),
            ("share", 73.2, "percent", 2025, 2025, None),
            ("growth", 6.4, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1040 / 965.6 - 1 = 7.705% -> 7.7
            ("arithmetic", "exact"),  # 761.3 / 1040 = 73.202% -> 73.2
            ("cagr|implied", "rounding"),  # 1110 / 1040 - 1 = 6.731% -> 6.7 != 6.4; bounds (1.11T, 1.04T at
            #   +/-0.005T): 1105 / 1045 - 1 = 5.742% .. 1115 / 1035 - 1 = 7.729% -> 6.4 reachable
        ],
    ),
    # 22. English app-tracker release: "last year" from a January 2025 dateline, store split with one share, an
    #    inferred CAGR to 2030 ("by 2030", span not printed); a quarter's record, downloads and ARPU nowhere
    dict(
        text=(
            "SAN FRANCISCO, 21 January 2025 — Consumers spent $150.2 billion on apps and in-app purchases across the "
            "App Store and Google Play last year, up 12.8% from $133.1 billion in 2023, according to app-market "
            "tracker Appmetric Lens. The App Store took $103.4 billion of that, or 68.8%, and Google Play the "
            "remaining $46.8 billion. Fourth-quarter spending alone hit a record $39.6 billion, while downloads "
            "slipped to 136 billion and average revenue per paying user rose to $11.40 a month. Appmetric expects the "
            "market to reach $270 billion by 2030, a compound annual growth rate of 10.3%."
        ),
        obs=[
            ("Total", 2024, 150.2, "USD billion", "actual"),
            ("Total", 2023, 133.1, "USD billion", "actual"),
            ("App Store", 2024, 103.4, "USD billion", "actual"),
            ("Google Play", 2024, 46.8, "USD billion", "actual"),
            ("Total", 2030, 270, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 12.8, "percent", 2023, 2024, 1.0),
            ("share", 68.8, "percent", 2024, 2024, None),
            ("cagr", 10.3, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 150.2 / 133.1 - 1 = 12.847% -> 12.8
            ("arithmetic", "exact"),  # 103.4 / 150.2 = 68.842% -> 68.8
            ("cagr|period", "exact"),  # (270 / 150.2) ** (1 / 6) - 1 = 10.268% -> 10.3
        ],
    ),
    # 23. English games-research note: "revised down its 2025 forecast ... to $188.8 billion from the $190.5 billion"
    #    (old figure nowhere), yoy against a printed 2024 base, platform split with mobile's share; player count
    #    and a publisher's own quarterly bookings nowhere
    dict(
        text=(
            "AMSTERDAM, 9 July 2025 — Quillfield Games Research has revised down its 2025 forecast for the global "
            "games market to $188.8 billion from the $190.5 billion it projected in February, citing delays to two "
            "big console releases. That would still be a 3.4% increase on the $182.6 billion players spent in 2024. "
            "Mobile remains the largest platform at $103.0 billion, a 54.6% share, followed by console at $45.9 "
            "billion and PC at $39.9 billion. The firm counts 3.6 billion players worldwide, and notes that the "
            "top-grossing publisher's own bookings fell 4% in its June quarter."
        ),
        obs=[
            ("Total", 2025, 188.8, "USD billion", "estimate"),
            ("Total", 2024, 182.6, "USD billion", "actual"),
            ("Mobile", 2025, 103.0, "USD billion", "estimate"),
            ("Console", 2025, 45.9, "USD billion", "estimate"),
            ("PC", 2025, 39.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 3.4, "percent", 2024, 2025, 1.0),
            ("share", 54.6, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 188.8 / 182.6 - 1 = 3.395% -> 3.4
            ("arithmetic", "exact"),  # 103.0 / 188.8 = 54.555% -> 54.6
        ],
    ),
    # 24. English UK market report in pounds: a 2024 rate its own figures contradict, a 2025 forecast trimmed from an
    #    April figure (old rate nowhere), online part with share; percentage points and a broadcaster's own
    #    first-half ad revenue nowhere
    dict(
        text=(
            "LONDON, 28 July 2025 — Britain's advertising market grew faster than expected last year. Spending "
            "reached £37.3 billion in 2024, up 8.2% on 2023's £35.1 billion, according to the survey compiled by the "
            "Advertising Ledger Group with researcher Penrose Analytics. For 2025 the forecasters now see a 6.2% rise "
            "to £39.6 billion, trimmed from the 6.8% they expected in April, with online formats taking £29.4 "
            "billion, or 74.2% of the total. Television's share will fall by 1.1 percentage points, and one "
            "commercial broadcaster reported its own first-half ad revenue down 3% at £1.8 billion."
        ),
        obs=[
            ("Total", 2024, 37.3, "GBP billion", "actual"),
            ("Total", 2023, 35.1, "GBP billion", "actual"),
            ("Total", 2025, 39.6, "GBP billion", "estimate"),
            ("Online formats", 2025, 29.4, "GBP billion", "estimate"),
        ],
        claims=[
            ("growth", 8.2, "percent", 2023, 2024, 1.0),
            ("growth", 6.2, "percent", 2024, 2025, 1.0),
            ("share", 74.2, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 37.3 / 35.1 - 1 = 6.268%; bounds 37.25 / 35.15 - 1 = 5.974% ..
            #   37.35 / 35.05 - 1 = 6.562% -> 8.2 unreachable
            ("cagr|implied", "exact"),  # 39.6 / 37.3 - 1 = 6.166% -> 6.2
            ("arithmetic", "exact"),  # 29.4 / 39.6 = 74.242% -> 74.2
        ],
    ),
    # 25. English investor day: TAM is the market (Total), "13% a year" an inferred CAGR, a 2026 range as two value
    #    claims; "multibillion-dollar opportunity", the company's guidance range, quarterly revenue, viewers,
    #    a price target and its upside nowhere
    dict(
        text=(
            "At its first investor day on 12 March 2025, connected-TV ad-tech firm Corvane Labs sized its total "
            "addressable market at $110 billion last year, rising to $180 billion by 2028, growth of 13% a year. "
            "Management put the 2026 opportunity at $130 billion to $135 billion and called live sport a "
            "multibillion-dollar opportunity on its own. Corvane guided 2025 revenue of $1.70 billion to $1.75 "
            "billion after fourth-quarter revenue of $412 million, up 31%, and said its platform now reaches 210 "
            "million monthly viewers. Analysts at Brightwater kept a $38 price target on the shares, implying 27% "
            "upside."
        ),
        obs=[
            ("Total", 2024, 110, "USD billion", "actual"),
            ("Total", 2028, 180, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 13, "percent", 2024, 2028, None, "inferred"),
            ("value", 130, "USD billion", 2026, 2026, None),
            ("value", 135, "USD billion", 2026, 2026, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (180 / 110) ** (1 / 4) - 1 = 13.102% -> 13
        ],
    ),
    # 26. Simplified Chinese report news: 约6508.6亿元 (approximate, at printed figure), yoy vs printed 2023 base,
    #    电商广告 part with share, 突破7000亿元 next-year forecast, 1.02万亿元 converted to the 亿元 series;
    #    report-title year, 个百分点, survey answer and a platform's Q3 ad revenue nowhere
    dict(
        text=(
            "2025年1月16日，灵眸广告研究院发布《2024中国互联网广告发展报告》。报告显示，2024年中国互联网广告市场规模约为"
            "6508.6亿元，较2023年的5732亿元同比增长13.5%。其中，电商广告规模为2500亿元，占比38.4%，占比较上年提升1.2个"
            "百分点。报告预计2025年市场规模将突破7000亿元，2027年有望达到1.02万亿元。受访广告主中有58%表示将增加数字预算；"
            "某头部平台第三季度广告收入为512亿元，同比增长9%。"
        ),
        obs=[
            ("Total", 2024, 6508.6, "CNY 100 million", "actual"),
            ("Total", 2023, 5732, "CNY 100 million", "actual"),
            ("电商广告", 2024, 2500, "CNY 100 million", "actual"),
            ("Total", 2025, 7000, "CNY 100 million", "estimate"),
            ("Total", 2027, 10200, "CNY 100 million", "estimate"),  # 1.02万亿元 in the 亿元 series
        ],
        claims=[
            ("growth", 13.5, "percent", 2023, 2024, 1.0),
            ("share", 38.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6508.6 / 5732 - 1 = 13.548% -> 13.5
            ("arithmetic", "exact"),  # 2500 / 6508.6 = 38.411% -> 38.4
        ],
    ),
    # 27. Simplified Chinese games-industry annual report, two-decimal style: total and 移动游戏 each with a printed
    #    base and yoy, mobile share; user count, play time and a listed company's quarterly revenue nowhere
    dict(
        text=(
            "游研社数据中心12月发布的年度报告显示，2024年国内游戏市场实际销售收入3312.46亿元，较2023年的3071.25亿元增长"
            "7.85%，用户规模6.81亿人。其中，移动游戏收入2436.90亿元，比2023年的2311.42亿元增长5.43%，占比73.57%。"
            "报告称，玩家日均游戏时长约为1.6小时；某上市游戏公司第三季度营收同比增长12%至128亿元。"
        ),
        obs=[
            ("Total", 2024, 3312.46, "CNY 100 million", "actual"),
            ("Total", 2023, 3071.25, "CNY 100 million", "actual"),
            ("移动游戏", 2024, 2436.90, "CNY 100 million", "actual"),
            ("移动游戏", 2023, 2311.42, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 7.85, "percent", 2023, 2024, 1.0),
            ("growth", 5.43, "percent", 2023, 2024, 1.0),
            ("share", 73.57, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3312.46 / 3071.25 - 1 = 7.854% -> 7.85
            ("cagr|implied", "exact"),  # 2436.90 / 2311.42 - 1 = 5.429% -> 5.43
            ("arithmetic", "exact"),  # 2436.90 / 3312.46 = 73.568% -> 73.57
        ],
    ),
    # 28. Simplified Chinese 直播电商GMV in 万亿元 (series unit CNY trillion): a yoy only rounding-consistent with the
    #    one-decimal amounts, a stated 2024-2026 CAGR; penetration rate, streamer count and a platform's quarterly
    #    GMV nowhere
    dict(
        text=(
            "2025年3月，电商咨询机构睿桥研究发布报告称，2024年我国直播电商GMV达到5.8万亿元，同比增长17.9%，2023年这一"
            "数字为4.9万亿元。报告预计，2024-2026年直播电商GMV复合增长率为15.2%，2026年将达到7.7万亿元。目前直播电商在"
            "网络零售中的渗透率已达37.6%，全国活跃主播超过1500万人。另据披露，头部平台快拍第四季度直播GMV约为1.1万亿元。"
        ),
        obs=[
            ("Total", 2024, 5.8, "CNY trillion", "actual"),
            ("Total", 2023, 4.9, "CNY trillion", "actual"),
            ("Total", 2026, 7.7, "CNY trillion", "estimate"),
        ],
        claims=[
            ("growth", 17.9, "percent", 2023, 2024, 1.0),
            ("cagr", 15.2, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 5.8 / 4.9 - 1 = 18.367% -> 18.4 != 17.9; bounds 5.75 / 4.95 - 1 =
            #   16.162% .. 5.85 / 4.85 - 1 = 20.619% -> 17.9 reachable
            ("cagr|implied", "exact"),  # (7.7 / 5.8) ** (1 / 2) - 1 = 15.221% -> 15.2
        ],
    ),
    # 29. Simplified Chinese mid-year upgrade (上调至6.9%, 较此前预测的4.5%): 今年 = 2025 estimate, 去年 = 2024, both in
    #    万亿元; the rate is only rounding-consistent; old forecast, 个百分点, 逾七成, survey share and CPM change nowhere
    dict(
        text=(
            "2025年6月18日，星图媒介智库发布年中预测，将2025年中国广告市场增速上调至6.9%，较此前预测的4.5%上调2.4个"
            "百分点。星图预计今年中国广告市场规模将达到1.37万亿元，去年为1.28万亿元，其中数字广告将贡献逾七成的增量。"
            "调查显示，62%的广告主计划在下半年增加效果类投放。报告同时指出，电视广告的千次曝光成本（CPM）同比下降了8%。"
        ),
        obs=[
            ("Total", 2025, 1.37, "CNY trillion", "estimate"),
            ("Total", 2024, 1.28, "CNY trillion", "actual"),
        ],
        claims=[
            ("growth", 6.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 1.37 / 1.28 - 1 = 7.031% -> 7.0 != 6.9; bounds 1.365 / 1.285 - 1 =
            #   6.226% .. 1.375 / 1.275 - 1 = 7.843% -> 6.9 reachable
        ],
    ),
    # 30. Traditional Chinese (Taiwan) association survey in 新台幣億元: yoy vs printed base, 社群媒體廣告 share,
    #     a part's rate without amounts, 預估 2025 with its rate; agency count and a listed group's own revenue nowhere
    dict(
        text=(
            "台北數位媒體協會於2025年4月22日公布調查，2024年台灣數位廣告市場規模達新台幣648.7億元，較2023年的602.9億元"
            "年增7.6%。其中社群媒體廣告為234.6億元，占整體36.2%，影音廣告則以年增12.4%成長最快。協會預估，2025年整體"
            "市場將成長7.1%至695億元。本次調查共訪問62家代理商；另一家上市廣告集團去年自身營收為新台幣41.3億元。"
        ),
        obs=[
            ("Total", 2024, 648.7, "TWD 100 million", "actual"),
            ("Total", 2023, 602.9, "TWD 100 million", "actual"),
            ("社群媒體廣告", 2024, 234.6, "TWD 100 million", "actual"),
            ("Total", 2025, 695, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 7.6, "percent", 2023, 2024, 1.0),
            ("share", 36.2, "percent", 2024, 2024, None),
            ("growth", 12.4, "percent", 2023, 2024, 1.0),  # 影音廣告, no amounts printed: no verdict
            ("growth", 7.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 648.7 / 602.9 - 1 = 7.597% -> 7.6
            ("arithmetic", "exact"),  # 234.6 / 648.7 = 36.165% -> 36.2
            ("cagr|implied", "exact"),  # 695 / 648.7 - 1 = 7.137% -> 7.1
        ],
    ),
    # 31. Traditional Chinese (Hong Kong) in 億港元: a yoy its own amounts contradict, 數碼廣告 part with share,
    #     今年 forecast; 超過一半 (fraction in words), a TV station's own half-year ad revenue and time online nowhere
    dict(
        text=(
            "香港廣告業聯會委託維港媒體研究編製的報告於2025年3月發表，指2024年本港廣告總開支為486億港元，較2023年的472億"
            "港元按年增長4.2%。其中數碼廣告佔256億港元，即總額的52.7%，首次超過一半。報告預計，今年總開支可望增至505億"
            "港元。另外，本地一間免費電視台上半年廣告收入為7.9億港元，按年減少6%；受訪市民每日平均上網時間達5.2小時。"
        ),
        obs=[
            ("Total", 2024, 486, "HKD 100 million", "actual"),
            ("Total", 2023, 472, "HKD 100 million", "actual"),
            ("數碼廣告", 2024, 256, "HKD 100 million", "actual"),
            ("Total", 2025, 505, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 4.2, "percent", 2023, 2024, 1.0),
            ("share", 52.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 486 / 472 - 1 = 2.966%; bounds 485.5 / 472.5 - 1 = 2.751% ..
            #   486.5 / 471.5 - 1 = 3.181% -> 4.2 unreachable
            ("arithmetic", "exact"),  # 256 / 486 = 52.675% -> 52.7
        ],
    ),
    # 32. Traditional Chinese (Taiwan) games yearbook: 約612億元 total, 手機遊戲 "由2019年的180億元增長1.5倍至450億元"
    #     (two amounts printed -> x2.5, no verdict), its share, 今年 forecast; player count and ARPPU nowhere
    dict(
        text=(
            "資策遊戲研究所2025年5月發布《台灣遊戲產業年鑑》指出，2024年台灣遊戲市場規模約新台幣612億元，其中手機遊戲由"
            "2019年的180億元增長1.5倍至450億元，占整體市場的73.5%。研究所預估，今年市場將小幅成長至625億元。台灣玩家"
            "人數約1,050萬人，手機遊戲每位付費玩家每月平均消費（ARPPU）為新台幣380元。"
        ),
        obs=[
            ("Total", 2024, 612, "TWD 100 million", "actual"),
            ("手機遊戲", 2019, 180, "TWD 100 million", "actual"),
            ("手機遊戲", 2024, 450, "TWD 100 million", "actual"),
            ("Total", 2025, 625, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2019, 2024, 5.0),  # 增長1.5倍 between two printed amounts -> x2.5
            ("share", 73.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 450 / 612 = 73.529% -> 73.5
        ],
    ),
    # 33. Simplified Chinese mini-games tracker: yoy vs an approximate 2023 base (约200亿元), "较2021年增长近5倍" with
    #     one amount printed (keeps x5), 超过500亿元 forecast; user count and a title's monthly billings nowhere
    dict(
        text=(
            "据游数观察统计，2024年中国小游戏市场收入398.36亿元，同比增长99.18%，较2021年增长近5倍。2023年该市场收入约为"
            "200亿元。机构预计2025年小游戏市场规模将超过500亿元，小游戏用户规模已超过10亿，头部产品单月流水突破3亿元。"
        ),
        obs=[
            ("Total", 2024, 398.36, "CNY 100 million", "actual"),
            ("Total", 2023, 200, "CNY 100 million", "actual"),
            ("Total", 2025, 500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 99.18, "percent", 2023, 2024, 1.0),
            ("multiple", 5.0, "multiple", 2021, 2024, 3.0),  # one amount printed: keeps N
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 398.36 / 200 - 1 = 99.180% -> 99.18
        ],
    ),
    # 34. Simplified Chinese year-end forecast (dateline December 2025): 今年 estimate, 去年 actual, 明年 突破2,000亿元;
    #     a second publisher's figure for the same year nowhere; member count, viewing time and ARPU nowhere
    dict(
        text=(
            "2025年12月10日，北辰视听研究中心发布年度预测：今年中国网络视听用户付费市场规模预计达到1,845亿元，同比增长"
            "9.6%；去年为1,683.5亿元。明年有望突破2,000亿元。另一家机构智研港给出的今年估算为1,910亿元。报告显示，付费"
            "会员数量达3.2亿，用户人均每日观看时长156分钟，会员月均ARPU为23.4元。"
        ),
        obs=[
            ("Total", 2025, 1845, "CNY 100 million", "estimate"),
            ("Total", 2024, 1683.5, "CNY 100 million", "actual"),
            ("Total", 2026, 2000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 9.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1845 / 1683.5 - 1 = 9.593% -> 9.6
        ],
    ),
    # 35. English pipe table, spend by medium with a Total row and an F column; 2025F total off by 0.1 from its
    #     rows (rounding); a caption rate for the total; a CPM rate in a quarter nowhere
    dict(
        text=(
            "Global advertising spend by medium, US$ billion\n"
            "| Medium | 2023 | 2024 | 2025F |\n"
            "|---|---|---|---|\n"
            "| Search | 283.4 | 312.9 | 339.1 |\n"
            "| Social media | 207.5 | 243.8 | 271.9 |\n"
            "| Retail media | 124.3 | 146.7 | 170.2 |\n"
            "| Television | 156.8 | 153.2 | 149.5 |\n"
            "| Other | 178.0 | 183.7 | 189.3 |\n"
            "| Total | 950.0 | 1,040.3 | 1,120.1 |\n"
            "Source: Marlow Kent Media Forecasts, June 2025 edition. Total spend is forecast to grow 7.7% in 2025; "
            "retail media CPMs rose 6% in the first quarter."
        ),
        obs=[
            ("Search", 2023, 283.4, "USD billion", "actual"),
            ("Search", 2024, 312.9, "USD billion", "actual"),
            ("Search", 2025, 339.1, "USD billion", "estimate"),
            ("Social media", 2023, 207.5, "USD billion", "actual"),
            ("Social media", 2024, 243.8, "USD billion", "actual"),
            ("Social media", 2025, 271.9, "USD billion", "estimate"),
            ("Retail media", 2023, 124.3, "USD billion", "actual"),
            ("Retail media", 2024, 146.7, "USD billion", "actual"),
            ("Retail media", 2025, 170.2, "USD billion", "estimate"),
            ("Television", 2023, 156.8, "USD billion", "actual"),
            ("Television", 2024, 153.2, "USD billion", "actual"),
            ("Television", 2025, 149.5, "USD billion", "estimate"),
            ("Other", 2023, 178.0, "USD billion", "actual"),
            ("Other", 2024, 183.7, "USD billion", "actual"),
            ("Other", 2025, 189.3, "USD billion", "estimate"),
            ("Total", 2023, 950.0, "USD billion", "actual"),
            ("Total", 2024, 1040.3, "USD billion", "actual"),
            ("Total", 2025, 1120.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 7.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1120.1 / 1040.3 - 1 = 7.671% -> 7.7
            ("hierarchy", "exact"),  # 2023: 283.4 + 207.5 + 124.3 + 156.8 + 178.0 = 950.0
            ("hierarchy", "exact"),  # 2024: 312.9 + 243.8 + 146.7 + 153.2 + 183.7 = 1040.3
            ("hierarchy", "rounding"),  # 2025F: 339.1 + 271.9 + 170.2 + 149.5 + 189.3 = 1120.0 != 1120.1; five rows
            #   at +/-0.05 give 1119.75 .. 1120.25, total 1120.05 .. 1120.15 -> reachable
        ],
    ),
    # 36. Simplified Chinese pipe table by medium in 亿元 with a 合计 row, an E column and a 2024 share column
    #     (the 100.0% total no claim); table number and title years nowhere
    dict(
        text=(
            "表2 2023-2025年中国互联网广告市场规模（按媒介）\n"
            "单位：亿元\n"
            "| 媒介 | 2023年 | 2024年 | 2025E | 2024年占比 |\n"
            "| --- | --- | --- | --- | --- |\n"
            "| 电商广告 | 2,231.5 | 2,495.8 | 2,702.4 | 39.1% |\n"
            "| 短视频广告 | 1,138.2 | 1,412.6 | 1,630.9 | 22.1% |\n"
            "| 信息流广告 | 1,024.7 | 1,108.3 | 1,170.2 | 17.4% |\n"
            "| 搜索广告 | 698.4 | 712.9 | 721.5 | 11.2% |\n"
            "| 其他 | 587.6 | 655.2 | 690.0 | 10.3% |\n"
            "| 合计 | 5,680.4 | 6,384.8 | 6,915.0 | 100.0% |\n"
            "资料来源：澜图咨询。注：2025E为预测值。"
        ),
        obs=[
            ("电商广告", 2023, 2231.5, "CNY 100 million", "actual"),
            ("电商广告", 2024, 2495.8, "CNY 100 million", "actual"),
            ("电商广告", 2025, 2702.4, "CNY 100 million", "estimate"),
            ("短视频广告", 2023, 1138.2, "CNY 100 million", "actual"),
            ("短视频广告", 2024, 1412.6, "CNY 100 million", "actual"),
            ("短视频广告", 2025, 1630.9, "CNY 100 million", "estimate"),
            ("信息流广告", 2023, 1024.7, "CNY 100 million", "actual"),
            ("信息流广告", 2024, 1108.3, "CNY 100 million", "actual"),
            ("信息流广告", 2025, 1170.2, "CNY 100 million", "estimate"),
            ("搜索广告", 2023, 698.4, "CNY 100 million", "actual"),
            ("搜索广告", 2024, 712.9, "CNY 100 million", "actual"),
            ("搜索广告", 2025, 721.5, "CNY 100 million", "estimate"),
            ("其他", 2023, 587.6, "CNY 100 million", "actual"),
            ("其他", 2024, 655.2, "CNY 100 million", "actual"),
            ("其他", 2025, 690.0, "CNY 100 million", "estimate"),
            ("合计", 2023, 5680.4, "CNY 100 million", "actual"),
            ("合计", 2024, 6384.8, "CNY 100 million", "actual"),
            ("合计", 2025, 6915.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 39.1, "percent", 2024, 2024, None),
            ("share", 22.1, "percent", 2024, 2024, None),
            ("share", 17.4, "percent", 2024, 2024, None),
            ("share", 11.2, "percent", 2024, 2024, None),
            ("share", 10.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 2495.8 / 6384.8 = 39.090% -> 39.1
            ("arithmetic", "exact"),  # 1412.6 / 6384.8 = 22.124% -> 22.1
            ("arithmetic", "exact"),  # 1108.3 / 6384.8 = 17.358% -> 17.4
            ("arithmetic", "exact"),  # 712.9 / 6384.8 = 11.166% -> 11.2
            ("arithmetic", "exact"),  # 655.2 / 6384.8 = 10.262% -> 10.3
            ("hierarchy", "exact"),  # 2023: 2231.5 + 1138.2 + 1024.7 + 698.4 + 587.6 = 5680.4
            ("hierarchy", "exact"),  # 2024: 2495.8 + 1412.6 + 1108.3 + 712.9 + 655.2 = 6384.8
            ("hierarchy", "exact"),  # 2025E: 2702.4 + 1630.9 + 1170.2 + 721.5 + 690.0 = 6915.0
        ],
    ),
    # 37. English tab-separated vertical table (rows are years), lone value column headed by its unit only -> Total;
    #     YoY column, one rate only rounding-consistent; table number and "roughly half" nowhere
    dict(
        text=(
            "Table 3. Worldwide consumer spending in mobile apps (App Store and Google Play)\n"
            "Year\tUS$ billion\tYoY\n"
            "2021\t133.0\t—\n"
            "2022\t129.3\t-2.8%\n"
            "2023\t139.8\t8.1%\n"
            "2024\t150.9\t8.0%\n"
            "2025F\t167.2\t10.8%\n"
            "2026F\t183.9\t10.0%\n"
            "Source: Pocketlytics. Forecast years marked F. Games account for roughly half of spending."
        ),
        obs=[
            ("Total", 2021, 133.0, "USD billion", "actual"),
            ("Total", 2022, 129.3, "USD billion", "actual"),
            ("Total", 2023, 139.8, "USD billion", "actual"),
            ("Total", 2024, 150.9, "USD billion", "actual"),
            ("Total", 2025, 167.2, "USD billion", "estimate"),
            ("Total", 2026, 183.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", -2.8, "percent", 2021, 2022, 1.0),
            ("growth", 8.1, "percent", 2022, 2023, 1.0),
            ("growth", 8.0, "percent", 2023, 2024, 1.0),
            ("growth", 10.8, "percent", 2024, 2025, 1.0),
            ("growth", 10.0, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 129.3 / 133.0 - 1 = -2.782% -> -2.8
            ("cagr|implied", "exact"),  # 139.8 / 129.3 - 1 = 8.121% -> 8.1
            ("cagr|implied", "rounding"),  # 150.9 / 139.8 - 1 = 7.940% -> 7.9 != 8.0; bounds 150.85 / 139.85 - 1 =
            #   7.866% .. 150.95 / 139.75 - 1 = 8.014% -> 8.0 reachable
            ("cagr|implied", "exact"),  # 167.2 / 150.9 - 1 = 10.802% -> 10.8
            ("cagr|implied", "exact"),  # 183.9 / 167.2 - 1 = 9.988% -> 10.0
        ],
    ),
    # 38. Simplified Chinese space-aligned table, games revenue by platform in 亿元 with 合计 and 同比 column; the
    #     2024 合计 is 0.01 above its rows (rounding); title year and the user-count growth note nowhere
    dict(
        text=(
            "2024年中国游戏市场实际销售收入（按平台）\n"
            "平台          2023年（亿元）   2024年（亿元）      同比\n"
            "移动游戏            2268.60          2382.17      5.01%\n"
            "客户端游戏           662.83           679.93      2.58%\n"
            "主机游戏              27.58            58.03    110.41%\n"
            "网页游戏              70.63            63.45    -10.17%\n"
            "合计                3029.64          3183.59      5.08%\n"
            "注：用户规模6.74亿人，同比增长0.94%。"
        ),
        obs=[
            ("移动游戏", 2023, 2268.60, "CNY 100 million", "actual"),
            ("移动游戏", 2024, 2382.17, "CNY 100 million", "actual"),
            ("客户端游戏", 2023, 662.83, "CNY 100 million", "actual"),
            ("客户端游戏", 2024, 679.93, "CNY 100 million", "actual"),
            ("主机游戏", 2023, 27.58, "CNY 100 million", "actual"),
            ("主机游戏", 2024, 58.03, "CNY 100 million", "actual"),
            ("网页游戏", 2023, 70.63, "CNY 100 million", "actual"),
            ("网页游戏", 2024, 63.45, "CNY 100 million", "actual"),
            ("合计", 2023, 3029.64, "CNY 100 million", "actual"),
            ("合计", 2024, 3183.59, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 5.01, "percent", 2023, 2024, 1.0),
            ("growth", 2.58, "percent", 2023, 2024, 1.0),
            ("growth", 110.41, "percent", 2023, 2024, 1.0),
            ("growth", -10.17, "percent", 2023, 2024, 1.0),
            ("growth", 5.08, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2382.17 / 2268.60 - 1 = 5.006% -> 5.01
            ("cagr|implied", "exact"),  # 679.93 / 662.83 - 1 = 2.580% -> 2.58
            ("cagr|implied", "exact"),  # 58.03 / 27.58 - 1 = 110.406% -> 110.41
            ("cagr|implied", "exact"),  # 63.45 / 70.63 - 1 = -10.166% -> -10.17
            ("cagr|implied", "exact"),  # 3183.59 / 3029.64 - 1 = 5.081% -> 5.08
            ("hierarchy", "exact"),  # 2023: 2268.60 + 662.83 + 27.58 + 70.63 = 3029.64
            ("hierarchy", "rounding"),  # 2024: 2382.17 + 679.93 + 58.03 + 63.45 = 3183.58 != 3183.59; four rows at
            #   +/-0.005 give 3183.56 .. 3183.60, total 3183.585 .. 3183.595 -> reachable
        ],
    ),
    # 39. English space-aligned table in ¥ billion (JPY billion), spend by medium with Total and a Change column,
    #     all exact; advertiser count and percentage points nowhere
    dict(
        text=(
            "Japan advertising expenditure by medium (¥ billion)\n"
            "Medium                 2023       2024    Change\n"
            "Internet            3,333.0    3,651.7      9.6%\n"
            "Television          1,709.5    1,735.9      1.5%\n"
            "Promotional media   1,478.3    1,452.0     -1.8%\n"
            "Newspapers            351.2      336.7     -4.1%\n"
            "Magazines             106.8      101.9     -4.6%\n"
            "Radio                 113.9      115.4      1.3%\n"
            "Total               7,092.7    7,393.6      4.2%\n"
            "Compiled by Tsubame Advertising Research from a survey of 1,240 advertisers; the internet's share of "
            "the total rose 2.4 percentage points."
        ),
        obs=[
            ("Internet", 2023, 3333.0, "JPY billion", "actual"),
            ("Internet", 2024, 3651.7, "JPY billion", "actual"),
            ("Television", 2023, 1709.5, "JPY billion", "actual"),
            ("Television", 2024, 1735.9, "JPY billion", "actual"),
            ("Promotional media", 2023, 1478.3, "JPY billion", "actual"),
            ("Promotional media", 2024, 1452.0, "JPY billion", "actual"),
            ("Newspapers", 2023, 351.2, "JPY billion", "actual"),
            ("Newspapers", 2024, 336.7, "JPY billion", "actual"),
            ("Magazines", 2023, 106.8, "JPY billion", "actual"),
            ("Magazines", 2024, 101.9, "JPY billion", "actual"),
            ("Radio", 2023, 113.9, "JPY billion", "actual"),
            ("Radio", 2024, 115.4, "JPY billion", "actual"),
            ("Total", 2023, 7092.7, "JPY billion", "actual"),
            ("Total", 2024, 7393.6, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 9.6, "percent", 2023, 2024, 1.0),
            ("growth", 1.5, "percent", 2023, 2024, 1.0),
            ("growth", -1.8, "percent", 2023, 2024, 1.0),
            ("growth", -4.1, "percent", 2023, 2024, 1.0),
            ("growth", -4.6, "percent", 2023, 2024, 1.0),
            ("growth", 1.3, "percent", 2023, 2024, 1.0),
            ("growth", 4.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3651.7 / 3333.0 - 1 = 9.562% -> 9.6
            ("cagr|implied", "exact"),  # 1735.9 / 1709.5 - 1 = 1.544% -> 1.5
            ("cagr|implied", "exact"),  # 1452.0 / 1478.3 - 1 = -1.779% -> -1.8
            ("cagr|implied", "exact"),  # 336.7 / 351.2 - 1 = -4.129% -> -4.1
            ("cagr|implied", "exact"),  # 101.9 / 106.8 - 1 = -4.588% -> -4.6
            ("cagr|implied", "exact"),  # 115.4 / 113.9 - 1 = 1.317% -> 1.3
            ("cagr|implied", "exact"),  # 7393.6 / 7092.7 - 1 = 4.242% -> 4.2
            ("hierarchy", "exact"),  # 2023: 3333.0 + 1709.5 + 1478.3 + 351.2 + 106.8 + 113.9 = 7092.7
            ("hierarchy", "exact"),  # 2024: 3651.7 + 1735.9 + 1452.0 + 336.7 + 101.9 + 115.4 = 7393.6
        ],
    ),
    # 40. Traditional Chinese tab-separated table of app-store spending by store in 新台幣億元 (unit in a note
    #     line), 合計 row, F column, 年增率 column; 約占七成 and a per-user monthly spend nowhere
    dict(
        text=(
            "據行動數據商點石數據統計，台灣用戶在兩大應用程式商店的消費持續成長，其中遊戲內購約占七成。\n"
            "平台\t2023年\t2024年\t2025F\t2024年增率\n"
            "App Store\t212.4\t228.7\t243.0\t7.7%\n"
            "Google Play\t118.6\t124.5\t131.2\t5.0%\n"
            "合計\t331.0\t353.2\t374.2\t6.7%\n"
            "單位：新台幣億元。每位付費用戶平均月消費為新台幣312元。"
        ),
        obs=[
            ("App Store", 2023, 212.4, "TWD 100 million", "actual"),
            ("App Store", 2024, 228.7, "TWD 100 million", "actual"),
            ("App Store", 2025, 243.0, "TWD 100 million", "estimate"),
            ("Google Play", 2023, 118.6, "TWD 100 million", "actual"),
            ("Google Play", 2024, 124.5, "TWD 100 million", "actual"),
            ("Google Play", 2025, 131.2, "TWD 100 million", "estimate"),
            ("合計", 2023, 331.0, "TWD 100 million", "actual"),
            ("合計", 2024, 353.2, "TWD 100 million", "actual"),
            ("合計", 2025, 374.2, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 7.7, "percent", 2023, 2024, 1.0),
            ("growth", 5.0, "percent", 2023, 2024, 1.0),
            ("growth", 6.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 228.7 / 212.4 - 1 = 7.674% -> 7.7
            ("cagr|implied", "exact"),  # 124.5 / 118.6 - 1 = 4.975% -> 5.0
            ("cagr|implied", "exact"),  # 353.2 / 331.0 - 1 = 6.707% -> 6.7
            ("hierarchy", "exact"),  # 2023: 212.4 + 118.6 = 331.0
            ("hierarchy", "exact"),  # 2024: 228.7 + 124.5 = 353.2
            ("hierarchy", "exact"),  # 2025F: 243.0 + 131.2 = 374.2
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "ninety-ninth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 13, 'exact': 107}
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 14, 14, 12)
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'will grow 7.7% to $1.04 trillion in 2025',
    'upgraded from the 5.9% it forecast in December',
    '12.8% more than the $133.1 billion of 2023',
    'revised down from the $190.2 billion it projected in March',
    'a compound annual rate of about 14%',
    'revising up the £41.3 billion',
    'rose 4.9% last year to ¥7,673 billion from ¥7,316 billion',
    'climb a further 10.1% to $348.0 billion next year',
    'roughly triple the $3.5 billion of 2019',
    'between $11.8 billion and $12.4 billion',
    'slipped 1.1% in 2024 to $58.7 billion',
    '较2023年的5732.0亿元同比增长13.5%',
    '两年间增长3倍',
    '年增6.8%',
    '上調至502億港元，高於此前預測的495億港元',
    '2024-2026年复合增长率',
    '| Total | 842.5 | 895.6 | 6.3% |',
    '合计\t5732.0\t6508.6\t13.5%',
    'Change in share (pp)',
    '2025年(預估)',
    'will grow 7.7% to $1.04 trillion this year',
    'upgraded from the 5.9% it forecast in December',
    'a compound annual growth rate of 10.3%',
    'revised down its 2025 forecast',
    "up 8.2% on 2023's £35.1 billion",
    'sized its total addressable market at $110 billion',
    '$130 billion to $135 billion',
    '2027年有望达到1.02万亿元',
    '2024-2026年直播电商GMV复合增长率为15.2%',
    '较此前预测的4.5%上调2.4个百分点',
    '年增7.6%',
    '按年增長4.2%',
    '增長1.5倍至450億元',
    '较2021年增长近5倍',
    '另一家机构智研港给出的今年估算为1,910亿元',
    '| Total | 950.0 | 1,040.3 | 1,120.1 |',
    '2025F\t167.2\t10.8%',
    'Promotional media   1,478.3    1,452.0     -1.8%',
    '| 合计 | 5,680.4 | 6,384.8 | 6,915.0 | 100.0% |',
    '單位：新台幣億元',
)
#: the set's blind score (written without reading or running the extractor, and kept unread): 253 figures, 75 rates,
#: 103 verdicts and 7 false inconsistent on the code before the readings chosen on the ninety-sixth and
#: ninety-eighth sets; 258, 75, 106 and 4 after them
#: one false inconsistent more (4) once an approximate figure printed to three digits is read to its last digit,
#: a reading chosen on the hundred-and-thirty-second set
FLOORS = {"figures_found": 268, "rates_found": 77, "verdicts_right": 111}
#: the false inconsistent verdicts the set may draw; at most this (held out: as the readings chosen on others left it)
FALSE_INCONSISTENT = 4


if __name__ == "__main__":  # python tests/extract_checkset99.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
