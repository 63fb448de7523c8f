"""A ninety-eighth check set for the extractor, written blind: advertising and digital consumer-spending forecasts as media
agencies, app-market trackers and games researchers publish them, in English and Chinese (Simplified and Traditional)
-- ad revenue by medium and by country as parts of the total, app-store spending, games revenue by platform,
网络广告市场规模, 直播电商GMV, mid-year updates that revise an earlier forecast (only the new figure is the year's; the
superseded one and its rate are expected nowhere), and a platform's own revenue, user counts, ARPU, CPMs and
percentage points as distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. an agency's mid-year update: "grow 7.4% this year to $1,082 billion, upgraded from the 5.9% it forecast in
    #    December", base "$1,007 billion in 2024", a pure-play part with its share; the superseded 5.9%, a headcount,
    #    the group's own quarterly revenue and its 2.4%, and "a multibillion-dollar opportunity" nowhere
    dict(
        text=(
            "LONDON, 10 June 2025 — Halvergate Media, the agency group, has raised its outlook for the world's "
            "advertising market in its mid-year report. It now expects global advertising revenue to grow 7.4% this "
            "year to $1,082 billion, upgraded from the 5.9% it forecast in December, after advertisers spent $1,007 "
            "billion in 2024. Digital pure-play platforms will collect $789 billion of the 2025 total, a 72.9% share, "
            "as retail media and short-form video keep pulling budgets away from print. Halvergate, which employs about "
            "21,000 people, separately reported first-quarter net revenue of $3.1 billion, up 2.4%. Its chief "
            "strategist, Tomasz Weller, called commerce media 'a multibillion-dollar opportunity' for 2026."
        ),
        obs=[
            ("Total", 2025, 1082, "USD billion", "estimate"),
            ("Total", 2024, 1007, "USD billion", "actual"),
            ("Digital pure-play platforms", 2025, 789, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 7.4, "percent", 2024, 2025, 1.0),
            ("share", 72.9, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1082 / 1007 - 1 = 7.448% -> 7.4
            ("arithmetic", "exact"),    # 789 / 1082 = 72.921% -> 72.9
        ],
    ),
    # 2. a UK forecast "revised down from the £43.0 billion they predicted in April": new £42.1bn for 2025 against
    #    £40.4bn in 2024 said to be "a rise of 5.8%" (their own figures give 4.2%); a medium as a part; the superseded
    #    £43.0bn, a quarter's 14% and a survey's 34% nowhere
    dict(
        text=(
            "The Albion Advertising Council and the consultancy Pemberly Wragg published their latest joint forecast "
            "on 22 July 2025. UK advertising expenditure is now expected to reach £42.1 billion in 2025, revised down "
            "from the £43.0 billion they predicted in April, which they say would be a rise of 5.8% on the £40.4 "
            "billion spent in 2024. Online display remains the largest medium at a projected £23.6 billion. Spend on "
            "online video rose 14% in the second quarter alone, and 34% of the marketers the council surveyed said "
            "they planned to trim linear-TV budgets before Christmas."
        ),
        obs=[
            ("Total", 2025, 42.1, "GBP billion", "estimate"),
            ("Total", 2024, 40.4, "GBP billion", "actual"),
            ("Online display", 2025, 23.6, "GBP billion", "estimate"),
        ],
        claims=[
            ("growth", 5.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 42.1 / 40.4 - 1 = 4.208% -> 4.2; bounds 42.05/40.45 - 1 = 3.956% .. 42.15/40.35 - 1 = 4.461%,
            # never 5.8 -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 3. an app-market tracker's January release: "$150 billion ... last year" (2024), "$161 billion in 2025, an
    #    increase of 7.5%" (7.3% from the printed amounts, 7.5 only within rounding), games' part and share;
    #    downloads, time spent and subscription ARPU nowhere
    dict(
        text=(
            "SAN FRANCISCO, 15 January 2025 — Consumers spent $150 billion on in-app purchases, subscriptions and paid "
            "apps across the two main app stores last year, according to the app-market tracker Quillfeather "
            "Analytics. Quillfeather projects spending of $161 billion in 2025, an increase of 7.5%. Games brought in "
            "$81.6 billion of last year's total, or 54.4%, while downloads slipped 2% to 136 billion. The average "
            "smartphone user now spends 4.8 hours a day in apps, and subscription ARPU in the US rose to $11.20 a month."
        ),
        obs=[
            ("Total", 2024, 150, "USD billion", "actual"),
            ("Total", 2025, 161, "USD billion", "estimate"),
            ("Games", 2024, 81.6, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 7.5, "percent", 2024, 2025, 1.0),
            ("share", 54.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 161 / 150 - 1 = 7.333% -> 7.3 != 7.5; bounds 160.5/150.5 - 1 = 6.645% .. 161.5/149.5 - 1 = 8.027%,
            # 7.5 inside -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 81.6 / 150 = 54.400% -> 54.4
        ],
    ),
    # 4. an earnings call: the CEO sizes the total addressable market for retail media ($62bn in 2024, $129bn by
    #    2028, "a compound annual growth rate of 20% from 2024 to 2028"); the company's own ad revenue and 31%,
    #    shopper count, margin in percentage points, price target and upside nowhere
    dict(
        text=(
            "Tarrow Commerce, fiscal 2025 third-quarter earnings call, 6 November 2025 — Chief executive Priya "
            "Nandakumar told analysts that the total addressable market for retail media in North America was $62 "
            "billion in 2024 and should reach $129 billion by 2028, a compound annual growth rate of 20% from 2024 to "
            "2028. Tarrow's own advertising revenue rose 31% to $1.9 billion in the quarter, and the marketplace now "
            "counts 180 million monthly active shoppers. Operating margin in the ads business widened by 2.1 "
            "percentage points. Analysts at Bexley Hume kept their $85 price target on the shares, implying 22% upside."
        ),
        obs=[
            ("Total", 2024, 62, "USD billion", "actual"),
            ("Total", 2028, 129, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (129 / 62) ** (1/4) - 1 = 20.102% -> 20 at the printed precision
        ],
    ),
    # 5. a trade body's annual games report in euros: "€25.7 billion ... 3% more than the €24.9 billion of 2023",
    #    mobile part with "47% of the total", console part; player count, average age, a survey-like 41% and
    #    percentage points nowhere
    dict(
        text=(
            "BRUSSELS, 18 September 2025 — Europe's video-games market generated €25.7 billion in consumer spending in "
            "2024, 3% more than the €24.9 billion of 2023, according to the annual report of the trade body "
            "Interactive Play Europe, compiled with the consultancy Vantorre & Co. Mobile games were the largest "
            "segment at €12.1 billion, or 47% of the total, followed by console games at €8.4 billion. The report "
            "counts 125 million players across the region, with an average age of 31, and finds that 41% of them pay "
            "for at least one subscription. Boxed copies lost another 9 percentage points of console sales."
        ),
        obs=[
            ("Total", 2024, 25.7, "EUR billion", "actual"),
            ("Total", 2023, 24.9, "EUR billion", "actual"),
            ("Mobile games", 2024, 12.1, "EUR billion", "actual"),
            ("Console games", 2024, 8.4, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 3, "percent", 2023, 2024, 1.0),
            ("share", 47, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 25.7 / 24.9 - 1 = 3.213% -> 3 at the printed precision
            ("arithmetic", "exact"),    # 12.1 / 25.7 = 47.082% -> 47
        ],
    ),
    # 6. a Japanese survey in yen: "grew 5.0% to ¥7,702.4 billion in 2024 from ¥7,338.0 billion", internet part with
    #    its share and a stated 2024-2028 CAGR to ¥4,480 billion; percentage points, respondents and won nowhere
    dict(
        text=(
            "TOKYO, 27 February 2025 — Japan's advertising market grew 5.0% to ¥7,702.4 billion in 2024 from ¥7,338.0 "
            "billion in 2023, according to the annual survey by the research firm Kusanagi Insight. Internet "
            "advertising accounted for ¥3,612.5 billion, or 46.9% of the total, and Kusanagi forecasts it will reach "
            "¥4,480 billion in 2028, a compound annual growth rate of 5.5% over 2024-2028. Internet's share of the "
            "total rose 2.3 percentage points in a year. Kusanagi polled 1,150 advertisers for the study; by "
            "comparison, South Korea's ad market is put at about 17 trillion won."
        ),
        obs=[
            ("Total", 2024, 7702.4, "JPY billion", "actual"),
            ("Total", 2023, 7338.0, "JPY billion", "actual"),
            ("Internet advertising", 2024, 3612.5, "JPY billion", "actual"),
            ("Internet advertising", 2028, 4480, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 5.0, "percent", 2023, 2024, 1.0),
            ("share", 46.9, "percent", 2024, 2024, None),
            ("cagr", 5.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 7702.4 / 7338.0 - 1 = 4.966% -> 5.0
            ("arithmetic", "exact"),    # 3612.5 / 7702.4 = 46.901% -> 46.9
            ("cagr|period", "exact"),   # (4480 / 3612.5) ** (1/4) - 1 = 5.528% -> 5.5
        ],
    ),
    # 7. a US connected-TV forecast: "$33.4 billion ... this year" (2025, estimate), "16.1% more than the $28.8
    #    billion they spent last year" (16.0% from the amounts, 16.1 within rounding), "nearly 2.5 times the $13.4
    #    billion of 2020" (multiple, no verdict); households, CPM, a vague multibillion shift and a platform's
    #    quarterly ad revenue nowhere
    dict(
        text=(
            "NEW YORK, 3 March 2025 — US advertisers will spend $33.4 billion on connected-TV advertising this year, "
            "16.1% more than the $28.8 billion they spent last year and nearly 2.5 times the $13.4 billion of 2020, "
            "the media agency Corrigan Blake forecasts. Ad-supported streaming tiers now reach 118 million "
            "households, and average CPMs on premium inventory have eased to about $34. Corrigan Blake expects CTV to "
            "overtake linear TV by 2028, a shift it calls a multibillion-dollar reallocation. Streamwell, the largest "
            "platform, reported fourth-quarter ad revenue of $2.3 billion."
        ),
        obs=[
            ("Total", 2025, 33.4, "USD billion", "estimate"),
            ("Total", 2024, 28.8, "USD billion", "actual"),
            ("Total", 2020, 13.4, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 16.1, "percent", 2024, 2025, 1.0),
            ("multiple", 2.5, "multiple", 2020, 2025, 5.0),
        ],
        verdicts=[
            # 33.4 / 28.8 - 1 = 15.972% -> 16.0 != 16.1; bounds 33.35/28.85 - 1 = 15.598% .. 33.45/28.75 - 1 =
            # 16.348%, 16.1 inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 8. a games researcher's briefing "revised down from the $191.5 billion it projected in March": $188.8bn for
    #    2025 called "growth of 4.2% on 2024's $182.9 billion" (the amounts give 3.2%), console part, "next year"
    #    $197.0bn; the superseded $191.5bn, player count and ARPPU nowhere
    dict(
        text=(
            "Fennick Play Research, market briefing, 14 August 2025. Fennick now puts global games revenue at $188.8 "
            "billion for 2025, revised down from the $191.5 billion it projected in March, which it says is growth of "
            "4.2% on 2024's $182.9 billion. Console is the bright spot: revenue on that platform should rise to $45.9 "
            "billion, helped by a new hardware cycle. For next year Fennick expects the market to reach $197.0 "
            "billion. Player numbers will top 3.6 billion, and spending per paying player is put at $61."
        ),
        obs=[
            ("Total", 2025, 188.8, "USD billion", "estimate"),
            ("Total", 2024, 182.9, "USD billion", "actual"),
            ("Console", 2025, 45.9, "USD billion", "estimate"),
            ("Total", 2026, 197.0, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 4.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 188.8 / 182.9 - 1 = 3.226% -> 3.2; bounds 188.75/182.95 - 1 = 3.170% .. 188.85/182.85 - 1 = 3.281%,
            # never 4.2 -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 9. an investor day: a TAM given as a range "$18 billion to $22 billion in 2027" (two value claims) "up from $9.6
    #    billion in 2023"; fiscal-year company revenue, headcount, impressions, eCPM, price target and upside nowhere
    dict(
        text=(
            "At its investor day in Austin on 12 September 2024, Lumora Games sized its total addressable market — "
            "in-game advertising and rewarded video across mobile titles — at $18 billion to $22 billion in 2027, up "
            "from $9.6 billion in 2023. Chief financial officer Dana Whitcombe said the company generated $1.2 billion "
            "of revenue in fiscal 2024 and employs 4,300 people. Lumora's ad network served 2.1 trillion impressions "
            "last year at an average eCPM of $9.40. Analysts at Harlan Securities raised their price target to $64, "
            "implying 28% upside."
        ),
        obs=[
            ("Total", 2023, 9.6, "USD billion", "actual"),
        ],
        claims=[
            ("value", 18, "USD billion", 2027, 2027, None),
            ("value", 22, "USD billion", 2027, 2027, None),
        ],
        verdicts=[],
    ),
    # 10. Simplified Chinese report release: 互联网广告市场规模"约为6509亿元，较2023年的5732亿元增长13.5%" (13.56% from the
    #     amounts, 13.5 only within rounding), 电商广告 part with 占比39.5%, 2025 "有望突破7000亿元" (estimate);
    #     report title year, 百分点, 千亿级, a platform's quarterly rate and 网民规模 nowhere
    dict(
        text=(
            "2025年1月16日，中关数字营销研究院发布《2024中国互联网广告数据报告》。报告显示，2024年中国互联网广告市场规模约为"
            "6509亿元，较2023年的5732亿元增长13.5%，增速较上年放缓0.7个百分点。其中，电商广告为2570亿元，占比39.5%，"
            "继续位居各类广告形式首位。研究院预计，2025年市场规模有望突破7000亿元，千亿级的短剧营销也在快速成长。"
            "某头部平台第四季度广告收入同比增长18%；我国网民规模已达11.08亿人。"
        ),
        obs=[
            ("Total", 2024, 6509, "CNY 100 million", "actual"),
            ("Total", 2023, 5732, "CNY 100 million", "actual"),
            ("电商广告", 2024, 2570, "CNY 100 million", "actual"),
            ("Total", 2025, 7000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 13.5, "percent", 2023, 2024, 1.0),
            ("share", 39.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 6509 / 5732 - 1 = 13.556% -> 13.6 != 13.5; bounds 6508.5/5732.5 - 1 = 13.537% (-> 13.5) ..
            # 6509.5/5731.5 - 1 = 13.574% -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 2570 / 6509 = 39.484% -> 39.5
        ],
    ),
    # 11. Simplified Chinese games-industry report: 实际销售收入 3186.4亿元 vs 2023年 2961.2亿元 "增长7.6%", 移动游戏 part
    #     with its own base a sentence later and "占国内游戏市场的73.0%"; user count and its 0.9%, 第四季度, a listed
    #     company's revenue and 百分点 nowhere
    dict(
        text=(
            "中华游戏研究中心2025年2月20日发布的年度报告显示，2024年国内游戏市场实际销售收入为3186.4亿元，比2023年的"
            "2961.2亿元增长7.6%。其中，移动游戏为2327.5亿元，同比增长4.9%，上年同期为2218.9亿元，占国内游戏市场的73.0%。"
            "游戏用户规模达6.71亿人，同比增长0.9%。报告同时指出，头部企业第四季度流水环比下降，某上市游戏公司全年营收为412亿元，"
            "研发投入占比提升1.5个百分点。"
        ),
        obs=[
            ("Total", 2024, 3186.4, "CNY 100 million", "actual"),
            ("Total", 2023, 2961.2, "CNY 100 million", "actual"),
            ("移动游戏", 2024, 2327.5, "CNY 100 million", "actual"),
            ("移动游戏", 2023, 2218.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 7.6, "percent", 2023, 2024, 1.0),
            ("growth", 4.9, "percent", 2023, 2024, 1.0),
            ("share", 73.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3186.4 / 2961.2 - 1 = 7.605% -> 7.6
            ("cagr|implied", "exact"),  # 2327.5 / 2218.9 - 1 = 4.894% -> 4.9
            ("arithmetic", "exact"),    # 2327.5 / 3186.4 = 73.045% -> 73.0
        ],
    ),
    # 12. Simplified Chinese live-commerce GMV: the series opens in 亿元 (58400亿元), so "4.90万亿元" (2023) and "约6.7万亿元"
    #     (今年 = 2025, estimate) are expected converted to 亿元; two year-on-year rates; 渗透率, anchor count and 千亿级
    #     nowhere
    dict(
        text=(
            "艾澜咨询2025年3月发布的报告测算，2024年中国直播电商交易规模（GMV）达58400亿元，较2023年的4.90万亿元增长19.2%。"
            "报告预计，今年直播电商GMV将达到约6.7万亿元，同比增长14.7%，增速继续回落；直播电商在网络零售中的渗透率将升至43%。"
            "截至2024年底，活跃主播账号超过1500万个，围绕直播的代运营服务已是千亿级的生意。"
        ),
        obs=[
            ("Total", 2024, 58400, "CNY 100 million", "actual"),
            ("Total", 2023, 49000, "CNY 100 million", "actual"),
            ("Total", 2025, 67000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.2, "percent", 2023, 2024, 1.0),
            ("growth", 14.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 58400 / 49000 - 1 = 19.184% -> 19.2
            ("cagr|implied", "exact"),  # 67000 / 58400 - 1 = 14.726% -> 14.7
        ],
    ),
    # 13. Traditional Chinese (Taiwan) digital ad volume in 新台幣億元: 664.3 vs 614.6 "成長8.1%", 社群媒體廣告 part with
    #     "占整體35.0%", 影音廣告 part, "今年 ... 可望突破710億元" (2025, estimate); survey 62% and a portal's quarterly
    #     revenue fall nowhere
    dict(
        text=(
            "【台北訊】台灣互動媒體聯盟今（2025）年5月公布調查，2024年台灣數位廣告總量達新台幣664.3億元，較2023年的614.6億元"
            "成長8.1%。其中社群媒體廣告為232.5億元，占整體35.0%，影音廣告則為158.2億元。聯盟預估今年數位廣告量可望突破710億元。"
            "另有62%的受訪廣告主表示將增加零售媒體預算；某入口網站第一季營收年減3%。"
        ),
        obs=[
            ("Total", 2024, 664.3, "TWD 100 million", "actual"),
            ("Total", 2023, 614.6, "TWD 100 million", "actual"),
            ("社群媒體廣告", 2024, 232.5, "TWD 100 million", "actual"),
            ("影音廣告", 2024, 158.2, "TWD 100 million", "actual"),
            ("Total", 2025, 710, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 8.1, "percent", 2023, 2024, 1.0),
            ("share", 35.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 664.3 / 614.6 - 1 = 8.087% -> 8.1
            ("arithmetic", "exact"),    # 232.5 / 664.3 = 34.999% -> 35.0
        ],
    ),
    # 14. Traditional Chinese (Hong Kong) mid-year upgrade "由年初預測的101.5億港元上調至103.2億港元" for 今年 (2025,
    #     estimate), "較2024年的98.6億港元增長4.6%" (4.67% from the amounts, 4.6 only within rounding), 數碼廣告 "佔整體開支的
    #     63%，即約65億港元"; the superseded 101.5, a broadcaster's half-year revenue and its 7%, and 近四成 nowhere
    dict(
        text=(
            "【本報訊】2025年6月18日，維港廣告研究所發表年中預測，將今年本港廣告開支由年初預測的101.5億港元上調至103.2億港元，"
            "較2024年的98.6億港元增長4.6%。研究所預計，數碼廣告將佔整體開支的63%，即約65億港元。某本地電視台上半年廣告收入為"
            "4.86億港元，按年下跌7%；調查亦顯示，近四成廣告主計劃削減戶外廣告預算。"
        ),
        obs=[
            ("Total", 2025, 103.2, "HKD 100 million", "estimate"),
            ("Total", 2024, 98.6, "HKD 100 million", "actual"),
            ("數碼廣告", 2025, 65, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 4.6, "percent", 2024, 2025, 1.0),
            ("share", 63, "percent", 2025, 2025, None),
        ],
        verdicts=[
            # 103.2 / 98.6 - 1 = 4.665% -> 4.7 != 4.6; bounds 103.15/98.65 - 1 = 4.562% (-> 4.6) ..
            # 103.25/98.55 - 1 = 4.769% -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 65 / 103.2 = 62.984% -> 63
        ],
    ),
    # 15. English pipe table, global ad revenue by medium, 2024 / 2025E / 2026F with a Total row (each column adds up),
    #     prose rates for the total and search's share of this year's spend; the parent's quarterly organic growth
    #     nowhere
    dict(
        text=(
            "Orrin & Vale, This Year Next Year (published 8 December 2025): global advertising revenue by medium, "
            "USD billion\n"
            "\n"
            "| Medium        | 2024    | 2025E   | 2026F   |\n"
            "|---------------|---------|---------|---------|\n"
            "| Search        | 312.6   | 334.1   | 354.8   |\n"
            "| Social media  | 247.9   | 276.3   | 298.5   |\n"
            "| Retail media  | 143.2   | 165.7   | 184.9   |\n"
            "| Digital video | 98.4    | 106.9   | 114.6   |\n"
            "| Television    | 142.5   | 139.8   | 137.1   |\n"
            "| Out-of-home   | 38.7    | 40.6    | 42.2    |\n"
            "| Print         | 41.3    | 38.2    | 35.4    |\n"
            "| Audio         | 32.8    | 33.5    | 34.1    |\n"
            "| Total         | 1,057.4 | 1,135.1 | 1,201.6 |\n"
            "\n"
            "Orrin & Vale now sees the total growing 7.3% in 2025 and 5.9% in 2026, with search alone taking 29.4% of "
            "this year's spend. The agency's parent reported third-quarter organic growth of 4.1%."
        ),
        obs=[
            ("Search", 2024, 312.6, "USD billion", "actual"),
            ("Search", 2025, 334.1, "USD billion", "estimate"),
            ("Search", 2026, 354.8, "USD billion", "estimate"),
            ("Social media", 2024, 247.9, "USD billion", "actual"),
            ("Social media", 2025, 276.3, "USD billion", "estimate"),
            ("Social media", 2026, 298.5, "USD billion", "estimate"),
            ("Retail media", 2024, 143.2, "USD billion", "actual"),
            ("Retail media", 2025, 165.7, "USD billion", "estimate"),
            ("Retail media", 2026, 184.9, "USD billion", "estimate"),
            ("Digital video", 2024, 98.4, "USD billion", "actual"),
            ("Digital video", 2025, 106.9, "USD billion", "estimate"),
            ("Digital video", 2026, 114.6, "USD billion", "estimate"),
            ("Television", 2024, 142.5, "USD billion", "actual"),
            ("Television", 2025, 139.8, "USD billion", "estimate"),
            ("Television", 2026, 137.1, "USD billion", "estimate"),
            ("Out-of-home", 2024, 38.7, "USD billion", "actual"),
            ("Out-of-home", 2025, 40.6, "USD billion", "estimate"),
            ("Out-of-home", 2026, 42.2, "USD billion", "estimate"),
            ("Print", 2024, 41.3, "USD billion", "actual"),
            ("Print", 2025, 38.2, "USD billion", "estimate"),
            ("Print", 2026, 35.4, "USD billion", "estimate"),
            ("Audio", 2024, 32.8, "USD billion", "actual"),
            ("Audio", 2025, 33.5, "USD billion", "estimate"),
            ("Audio", 2026, 34.1, "USD billion", "estimate"),
            ("Total", 2024, 1057.4, "USD billion", "actual"),
            ("Total", 2025, 1135.1, "USD billion", "estimate"),
            ("Total", 2026, 1201.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 7.3, "percent", 2024, 2025, 1.0),
            ("growth", 5.9, "percent", 2025, 2026, 1.0),
            ("share", 29.4, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1135.1 / 1057.4 - 1 = 7.348% -> 7.3
            ("cagr|implied", "exact"),  # 1201.6 / 1135.1 - 1 = 5.859% -> 5.9
            ("arithmetic", "exact"),    # 334.1 / 1135.1 = 29.434% -> 29.4
            ("hierarchy", "exact"),     # 2024: 312.6+247.9+143.2+98.4+142.5+38.7+41.3+32.8 = 1057.4
            ("hierarchy", "exact"),     # 2025: 334.1+276.3+165.7+106.9+139.8+40.6+38.2+33.5 = 1135.1
            ("hierarchy", "exact"),     # 2026: 354.8+298.5+184.9+114.6+137.1+42.2+35.4+34.1 = 1201.6
        ],
    ),
    # 16. Simplified Chinese tab-separated table of internet ad revenue by format, 2023年/2024年 in 亿元 with a 合计 row:
    #     2023 adds up exactly, 2024 rows add to 6307.8 against a printed 6307.9 (rounding); a note's 合计 growth;
    #     the table number and 百分点 nowhere
    dict(
        text=(
            "表2\t中国互联网广告收入分形式构成（单位：亿元）\n"
            "形式\t2023年\t2024年\n"
            "电商广告\t2214.6\t2541.3\n"
            "信息流广告\t1407.2\t1562.8\n"
            "搜索广告\t1083.5\t1109.4\n"
            "视频贴片广告\t538.9\t571.6\n"
            "其他\t487.4\t522.7\n"
            "合计\t5731.6\t6307.9\n"
            "资料来源：申江广告监测中心，2025年1月。2024年合计同比增长10.1%，增速较上年提高1.8个百分点。"
        ),
        obs=[
            ("电商广告", 2023, 2214.6, "CNY 100 million", "actual"),
            ("电商广告", 2024, 2541.3, "CNY 100 million", "actual"),
            ("信息流广告", 2023, 1407.2, "CNY 100 million", "actual"),
            ("信息流广告", 2024, 1562.8, "CNY 100 million", "actual"),
            ("搜索广告", 2023, 1083.5, "CNY 100 million", "actual"),
            ("搜索广告", 2024, 1109.4, "CNY 100 million", "actual"),
            ("视频贴片广告", 2023, 538.9, "CNY 100 million", "actual"),
            ("视频贴片广告", 2024, 571.6, "CNY 100 million", "actual"),
            ("其他", 2023, 487.4, "CNY 100 million", "actual"),
            ("其他", 2024, 522.7, "CNY 100 million", "actual"),
            ("合计", 2023, 5731.6, "CNY 100 million", "actual"),
            ("合计", 2024, 6307.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 10.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),   # 6307.9 / 5731.6 - 1 = 10.055% -> 10.1
            ("hierarchy", "exact"),      # 2023: 2214.6+1407.2+1083.5+538.9+487.4 = 5731.6
            # 2024: 2541.3+1562.8+1109.4+571.6+522.7 = 6307.8 != 6307.9; rows at +-0.05 each give 6307.55 .. 6308.05,
            # total at +-0.05 gives 6307.85 .. 6307.95 -> overlap -> rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. English space-aligned vertical table (rows are years, 2025E/2026E estimates) of games revenue by platform
    #     with a Total column; items are the column headers; a stated 2024-2026 CAGR; paying players and ARPPU nowhere
    dict(
        text=(
            "Strand Analytics, Global Games Outlook, May 2025 — revenue by platform (USD billion)\n"
            "\n"
            "Year     Mobile   Console   PC      Total\n"
            "2023      90.4     52.1     41.5    184.0\n"
            "2024      92.6     51.3     42.9    186.8\n"
            "2025E     94.1     54.8     43.6    192.5\n"
            "2026E     96.8     58.9     44.0    199.7\n"
            "\n"
            "Strand expects the total to compound at 3.4% a year from 2024 to 2026. Paying players: 1.47 billion; "
            "mobile ARPPU: $63."
        ),
        obs=[
            ("Mobile", 2023, 90.4, "USD billion", "actual"),
            ("Mobile", 2024, 92.6, "USD billion", "actual"),
            ("Mobile", 2025, 94.1, "USD billion", "estimate"),
            ("Mobile", 2026, 96.8, "USD billion", "estimate"),
            ("Console", 2023, 52.1, "USD billion", "actual"),
            ("Console", 2024, 51.3, "USD billion", "actual"),
            ("Console", 2025, 54.8, "USD billion", "estimate"),
            ("Console", 2026, 58.9, "USD billion", "estimate"),
            ("PC", 2023, 41.5, "USD billion", "actual"),
            ("PC", 2024, 42.9, "USD billion", "actual"),
            ("PC", 2025, 43.6, "USD billion", "estimate"),
            ("PC", 2026, 44.0, "USD billion", "estimate"),
            ("Total", 2023, 184.0, "USD billion", "actual"),
            ("Total", 2024, 186.8, "USD billion", "actual"),
            ("Total", 2025, 192.5, "USD billion", "estimate"),
            ("Total", 2026, 199.7, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 3.4, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (199.7 / 186.8) ** (1/2) - 1 = 3.395% -> 3.4
            ("hierarchy", "exact"),    # 2023: 90.4+52.1+41.5 = 184.0
            ("hierarchy", "exact"),    # 2024: 92.6+51.3+42.9 = 186.8
            ("hierarchy", "exact"),    # 2025: 94.1+54.8+43.6 = 192.5
            ("hierarchy", "exact"),    # 2026: 96.8+58.9+44.0 = 199.7
        ],
    ),
    # 18. Traditional Chinese pipe table of Hong Kong digital ad spend by medium in 百萬港元 (HKD million), 2024年 /
    #     2025年（預測） with a 總計 row: 2024 adds up, the 2025 rows add to 12,302 against a printed 12,420
    #     (inconsistent); the smartphone-user count nowhere
    dict(
        text=(
            "香港數碼廣告開支（按媒介劃分）　單位：百萬港元\n"
            "| 媒介 | 2024年 | 2025年（預測） |\n"
            "|---|---|---|\n"
            "| 社交媒體 | 4,862 | 5,318 |\n"
            "| 搜尋 | 2,915 | 3,047 |\n"
            "| 網上影片 | 1,784 | 2,036 |\n"
            "| 展示廣告 | 1,243 | 1,196 |\n"
            "| 其他 | 652 | 705 |\n"
            "| 總計 | 11,456 | 12,420 |\n"
            "資料來源：港島數碼行銷協會，2025年3月。同期本地智能手機用戶約720萬人。"
        ),
        obs=[
            ("社交媒體", 2024, 4862, "HKD million", "actual"),
            ("社交媒體", 2025, 5318, "HKD million", "estimate"),
            ("搜尋", 2024, 2915, "HKD million", "actual"),
            ("搜尋", 2025, 3047, "HKD million", "estimate"),
            ("網上影片", 2024, 1784, "HKD million", "actual"),
            ("網上影片", 2025, 2036, "HKD million", "estimate"),
            ("展示廣告", 2024, 1243, "HKD million", "actual"),
            ("展示廣告", 2025, 1196, "HKD million", "estimate"),
            ("其他", 2024, 652, "HKD million", "actual"),
            ("其他", 2025, 705, "HKD million", "estimate"),
            ("總計", 2024, 11456, "HKD million", "actual"),
            ("總計", 2025, 12420, "HKD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),         # 2024: 4862+2915+1784+1243+652 = 11456
            # 2025: 5318+3047+2036+1196+705 = 12302; rows at +-0.5 each give 12299.5 .. 12304.5, never 12420 ->
            # inconsistent
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 19. English tab-separated table of app-store consumer spending by market in 2024 with a Share column and an
    #     "All markets" total row (its 100.0% no claim): six shares, Japan's 11.8% only within rounding (11.74%
    #     from the amounts); a note number and a quarter's spending nowhere
    dict(
        text=(
            "Pinewhistle Data — consumer spending in app stores by market, 2024 (released 21 January 2025)\n"
            "Market\tSpend (USD billion)\tShare\n"
            "United States\t52.3\t34.9%\n"
            "China\t31.8\t21.2%\n"
            "Japan\t17.6\t11.8%\n"
            "South Korea\t7.9\t5.3%\n"
            "United Kingdom\t6.2\t4.1%\n"
            "Rest of world\t34.1\t22.7%\n"
            "All markets\t149.9\t100.0%\n"
            "Note 3: excludes advertising earned inside apps; fourth-quarter spending was $39.8 billion."
        ),
        obs=[
            ("United States", 2024, 52.3, "USD billion", "actual"),
            ("China", 2024, 31.8, "USD billion", "actual"),
            ("Japan", 2024, 17.6, "USD billion", "actual"),
            ("South Korea", 2024, 7.9, "USD billion", "actual"),
            ("United Kingdom", 2024, 6.2, "USD billion", "actual"),
            ("Rest of world", 2024, 34.1, "USD billion", "actual"),
            ("All markets", 2024, 149.9, "USD billion", "actual"),
        ],
        claims=[
            ("share", 34.9, "percent", 2024, 2024, None),
            ("share", 21.2, "percent", 2024, 2024, None),
            ("share", 11.8, "percent", 2024, 2024, None),
            ("share", 5.3, "percent", 2024, 2024, None),
            ("share", 4.1, "percent", 2024, 2024, None),
            ("share", 22.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),     # 52.3 / 149.9 = 34.890% -> 34.9
            ("arithmetic", "exact"),     # 31.8 / 149.9 = 21.214% -> 21.2
            # 17.6 / 149.9 = 11.741% -> 11.7 != 11.8; bounds 17.55/149.95 = 11.704% .. 17.65/149.85 = 11.778%
            # (-> 11.8) -> rounding
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),     # 7.9 / 149.9 = 5.270% -> 5.3
            ("arithmetic", "exact"),     # 6.2 / 149.9 = 4.136% -> 4.1
            ("arithmetic", "exact"),     # 34.1 / 149.9 = 22.748% -> 22.7
            ("hierarchy", "exact"),      # 52.3+31.8+17.6+7.9+6.2+34.1 = 149.9
        ],
    ),
    # 20. Simplified Chinese space-aligned table of mobile-game revenue by genre, 2023年/2024年 in 亿元 with a 同比 column
    #     and a 合计 row: six year-on-year rates (策略's 5.1% only within rounding, 休闲竞技 a decline), both columns add
    #     up; the note's user count and ARPU nowhere
    dict(
        text=(
            "2024年中国移动游戏市场分类型实际销售收入（单位：亿元）\n"
            "类型          2023年      2024年      同比\n"
            "角色扮演       612.4       655.3      7.0%\n"
            "策略           401.8       422.5      5.1%\n"
            "射击           298.6       341.2     14.3%\n"
            "休闲竞技       256.3       248.9     -2.9%\n"
            "其他           649.8       659.6      1.5%\n"
            "合计          2218.9      2327.5      4.9%\n"
            "注：数据来源为中华游戏研究中心（2025年2月）；移动游戏用户规模6.58亿人，月均ARPU约29元。"
        ),
        obs=[
            ("角色扮演", 2023, 612.4, "CNY 100 million", "actual"),
            ("角色扮演", 2024, 655.3, "CNY 100 million", "actual"),
            ("策略", 2023, 401.8, "CNY 100 million", "actual"),
            ("策略", 2024, 422.5, "CNY 100 million", "actual"),
            ("射击", 2023, 298.6, "CNY 100 million", "actual"),
            ("射击", 2024, 341.2, "CNY 100 million", "actual"),
            ("休闲竞技", 2023, 256.3, "CNY 100 million", "actual"),
            ("休闲竞技", 2024, 248.9, "CNY 100 million", "actual"),
            ("其他", 2023, 649.8, "CNY 100 million", "actual"),
            ("其他", 2024, 659.6, "CNY 100 million", "actual"),
            ("合计", 2023, 2218.9, "CNY 100 million", "actual"),
            ("合计", 2024, 2327.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 7.0, "percent", 2023, 2024, 1.0),
            ("growth", 5.1, "percent", 2023, 2024, 1.0),
            ("growth", 14.3, "percent", 2023, 2024, 1.0),
            ("growth", -2.9, "percent", 2023, 2024, 1.0),
            ("growth", 1.5, "percent", 2023, 2024, 1.0),
            ("growth", 4.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 655.3 / 612.4 - 1 = 7.005% -> 7.0
            # 422.5 / 401.8 - 1 = 5.152% -> 5.2 != 5.1; bounds 422.45/401.85 - 1 = 5.126% (-> 5.1) ..
            # 422.55/401.75 - 1 = 5.177% -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),     # 341.2 / 298.6 - 1 = 14.267% -> 14.3
            ("cagr|implied", "exact"),     # 248.9 / 256.3 - 1 = -2.887% -> -2.9
            ("cagr|implied", "exact"),     # 659.6 / 649.8 - 1 = 1.508% -> 1.5
            ("cagr|implied", "exact"),     # 2327.5 / 2218.9 - 1 = 4.894% -> 4.9
            ("hierarchy", "exact"),        # 2023: 612.4+401.8+298.6+256.3+649.8 = 2218.9
            ("hierarchy", "exact"),        # 2024: 655.3+422.5+341.2+248.9+659.6 = 2327.5
        ],
    ),
    # 21. English prose, agency midyear forecast: "will grow 7.2% this year to $1.08 trillion", "upgraded from the
    #    5.9% it predicted in December" (superseded rate nowhere); a part in USD billion with its share of a total in
    #    USD trillion; next-year forecast; distractors: CPM, a platform's own first-quarter ad revenue
    dict(
        text=(
            "LONDON, 9 June 2025 — Global advertising revenue will grow 7.2% this year to $1.08 trillion, the "
            "media-investment group Halvard Partners said in its midyear forecast, upgraded from the 5.9% it "
            "predicted in December. The industry took in $1.007 trillion in 2024. Digital pure-play channels — "
            "search, social, retail media and short-form video — are set to capture $789 billion, or 73.1% of all "
            "spending, while Halvard's chief economist, Odile Marsh, noted that average connected-TV CPMs had "
            "slipped to $24.10. For 2026 the group pencils in a further 6.4% rise, to $1.149 trillion. Vireo, the "
            "largest social platform, alone booked $18.4 billion of advertising revenue in the first quarter."
        ),
        obs=[
            ("Total", 2025, 1.08, "USD trillion", "estimate"),
            ("Total", 2024, 1.007, "USD trillion", "actual"),
            ("Digital pure-play channels", 2025, 0.789, "USD trillion", "estimate"),
            ("Total", 2026, 1.149, "USD trillion", "estimate"),
        ],
        claims=[
            ("growth", 7.2, "percent", 2024, 2025, 1.0),
            ("share", 73.1, "percent", 2025, 2025, None),
            ("growth", 6.4, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.08 / 1.007 - 1 = 7.249% -> 7.2
            ("arithmetic", "exact"),  # 789 / 1080 = 73.056% -> 73.1
            ("cagr|implied", "exact"),  # 1.149 / 1.08 - 1 = 6.389% -> 6.4
        ],
    ),
    # 22. English prose, app-market tracker: "$150 billion ... last year, up 12.4% from $133.6 billion in 2023"
    #    (exact only within rounding of the round $150 billion), games' slice with its share, a stated 2024-2029 CAGR;
    #    distractors: downloads, hours a day, a survey's answer
    dict(
        text=(
            "SAN FRANCISCO, 14 January 2025 — Consumers spent $150 billion on apps and in-app purchases across the "
            "two big app stores last year, up 12.4% from $133.6 billion in 2023, according to the app-market "
            "tracker Quillmark. Games still brought in the largest slice, $81.2 billion, or 54% of the total, even "
            "as subscription apps gained ground. Downloads were flat at about 136 billion, and the average user now "
            "spends 4.9 hours a day in apps; 41% of American smartphone owners told Quillmark's survey they pay for "
            "at least one subscription. Quillmark expects consumer spending to climb to $233 billion in 2029, a "
            "compound annual growth rate of 9.2% from 2024 to 2029."
        ),
        obs=[
            ("Total", 2024, 150, "USD billion", "actual"),
            ("Total", 2023, 133.6, "USD billion", "actual"),
            ("Games", 2024, 81.2, "USD billion", "actual"),
            ("Total", 2029, 233, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 12.4, "percent", 2023, 2024, 1.0),
            ("share", 54, "percent", 2024, 2024, None),
            ("cagr", 9.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # 150 / 133.6 - 1 = 12.275% -> 12.3, not 12.4; bounds 149.5/133.65 - 1 = 11.86% .. 150.5/133.55 - 1
            # = 12.69%, which holds 12.4 -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 81.2 / 150 = 54.13% -> 54
            ("cagr|implied", "exact"),  # (233 / 150) ** (1/5) - 1 = 9.208% -> 9.2
        ],
    ),
    # 23. English prose, games researcher by platform: "up 3.4% on the $178.6 billion" that its own figures
    #    contradict (inconsistent); platform parts; console growth with one amount only (claim, no verdict);
    #    distractors: player count, percentage points, "a multibillion-dollar opportunity"
    dict(
        text=(
            "17 September 2025 — Pellucid Games Research now puts global games revenue for this year at $188.9 "
            "billion, up 3.4% on the $178.6 billion it counted for 2024. Mobile games will remain the biggest "
            "platform at $103.0 billion; console games are forecast to grow 5.5% to $45.9 billion on the back of a "
            "new hardware cycle, and PC games should bring in $40.0 billion. The firm counts 3.6 billion players "
            "worldwide, and mobile's share of revenue slips by 0.4 percentage points. Cloud gaming, it adds, "
            "remains a multibillion-dollar opportunity rather than a market."
        ),
        obs=[
            ("Total", 2025, 188.9, "USD billion", "estimate"),
            ("Total", 2024, 178.6, "USD billion", "actual"),
            ("Mobile games", 2025, 103.0, "USD billion", "estimate"),
            ("Console games", 2025, 45.9, "USD billion", "estimate"),
            ("PC games", 2025, 40.0, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 3.4, "percent", 2024, 2025, 1.0),
            ("growth", 5.5, "percent", 2024, 2025, 1.0),  # console, no 2024 amount printed -> no verdict
        ],
        verdicts=[
            # 208.9 / 178.6 - 1 = 5.767% -> 5.8, not 3.4; bounds 188.85/178.65 - 1 = 5.71% .. 188.95/178.55 - 1
            # = 5.82%, nowhere near 3.4 -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 24. English prose, UK ad-spend update: "expected to rise 5.1% to £45.8 billion this year, revised down from the
    #    £46.4 billion forecast in April" (superseded figure nowhere; rate exact only within rounding), online part
    #    with share, search part, next-year growth; distractors: a broadcaster's own first-half revenue, survey
    dict(
        text=(
            "LONDON, 22 July 2025 — UK advertising spend is now expected to rise 5.1% to £45.8 billion this year, "
            "revised down from the £46.4 billion forecast in April, according to the Brisbury Advertising "
            "Association and the forecasters at Meridale. Advertisers spent £43.6 billion last year. Online formats "
            "will account for £35.2 billion, or 76.9% of the total, with search alone worth £15.7 billion. For 2026 "
            "the two groups pencil in growth of 4.4% to £47.8 billion. The commercial broadcaster Kestrel TV said "
            "its own ad revenue fell 8% in the first half, and 58% of marketers surveyed by the association expect "
            "to hold budgets flat."
        ),
        obs=[
            ("Total", 2025, 45.8, "GBP billion", "estimate"),
            ("Total", 2024, 43.6, "GBP billion", "actual"),
            ("Online formats", 2025, 35.2, "GBP billion", "estimate"),
            ("Search", 2025, 15.7, "GBP billion", "estimate"),
            ("Total", 2026, 47.8, "GBP billion", "estimate"),
        ],
        claims=[
            ("growth", 5.1, "percent", 2024, 2025, 1.0),
            ("share", 76.9, "percent", 2025, 2025, None),
            ("growth", 4.4, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            # 65.8 / 43.6 - 1 = 5.046% -> 5.0, not 5.1; bounds 45.75/43.65 - 1 = 4.81% .. 45.85/43.55 - 1 = 5.28%,
            # which holds 5.1 -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 35.2 / 45.8 = 76.856% -> 76.9
            ("cagr|implied", "exact"),  # 47.8 / 45.8 - 1 = 4.367% -> 4.4
        ],
    ),
    # 25. English prose, investor day: the retail-media total addressable market a company sizes is the Total;
    #    "a compound annual growth rate of roughly 13%" with no span printed (inferred, cagr|period);
    #    distractors: share target, the company's own revenue and margin, headcount, price target and upside
    dict(
        text=(
            "At its investor day in New York on 12 March 2025, Corvane Commerce sized the total addressable market "
            "for retail media at $140 billion in 2024 and said it would reach $230 billion by 2028, a compound "
            "annual growth rate of roughly 13%. Chief executive Lena Ostrow told analysts the company wants 6% of "
            "that market by the end of the decade. Corvane's own advertising revenue was $3.1 billion last year at "
            "an operating margin of 24%, and its ad business now employs 2,400 people. Bramwell Securities kept its "
            "$85 price target, implying 19% upside."
        ),
        obs=[
            ("Total", 2024, 140, "USD billion", "actual"),
            ("Total", 2028, 230, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 13, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (230 / 140) ** (1/4) - 1 = 13.21% -> 13
        ],
    ),
    # 26. Simplified Chinese prose, consultancy annual report: 互联网广告市场规模 with both years printed, a part with
    #    its 占比, a second part, next-year forecast; distractors: 网民规模, 万亿级
    dict(
        text=(
            "【北京，2025年1月20日】星衡咨询发布的年度报告显示，2024年中国互联网广告市场规模为6509亿元，较2023年的"
            "5732亿元增长13.6%。其中，电商广告2686亿元，占比41.3%，继续位居各类媒介之首；短视频广告1402亿元。报告"
            "预计，2025年市场规模将达到7230亿元，同比增长11.1%。星衡同时指出，我国网民规模已达10.9亿人，互联网广告"
            "正迈向万亿级市场，但头部平台的集中度仍在提高。"
        ),
        obs=[
            ("Total", 2024, 6509, "CNY 100 million", "actual"),
            ("Total", 2023, 5732, "CNY 100 million", "actual"),
            ("电商广告", 2024, 2686, "CNY 100 million", "actual"),
            ("短视频广告", 2024, 1402, "CNY 100 million", "actual"),
            ("Total", 2025, 7230, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 13.6, "percent", 2023, 2024, 1.0),
            ("share", 41.3, "percent", 2024, 2024, None),
            ("growth", 11.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6509 / 5732 - 1 = 13.555% -> 13.6
            ("arithmetic", "exact"),  # 2686 / 6509 = 41.266% -> 41.3
            ("cagr|implied", "exact"),  # 7230 / 6509 - 1 = 11.077% -> 11.1
        ],
    ),
    # 27. Simplified Chinese prose, games industry report: 实际销售收入 to two decimals, "首次突破3200亿元" repeating the
    #    year loosely (most precise figure wins), mobile part with a rate (one amount, no verdict) and its share;
    #    distractors: 用户规模, a listed company's fourth-quarter revenue
    dict(
        text=(
            "【2025年1月16日】华夏游戏产业研究院发布的年度报告显示，2024年国内游戏市场实际销售收入3257.83亿元，较2023"
            "年的3029.64亿元增长7.53%，首次突破3200亿元。其中，移动游戏实际销售收入2382.17亿元，同比增长5.01%，占"
            "国内游戏市场的73.12%；客户端游戏实际销售收入679.93亿元。国内游戏用户规模为6.74亿人。另据一家上市游戏公"
            "司披露，其第四季度游戏业务收入为534亿元。"
        ),
        obs=[
            ("Total", 2024, 3257.83, "CNY 100 million", "actual"),
            ("Total", 2023, 3029.64, "CNY 100 million", "actual"),
            ("移动游戏", 2024, 2382.17, "CNY 100 million", "actual"),
            ("客户端游戏", 2024, 679.93, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 7.53, "percent", 2023, 2024, 1.0),
            ("growth", 5.01, "percent", 2023, 2024, 1.0),  # mobile, no 2023 amount printed -> no verdict
            ("share", 73.12, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3257.83 / 3029.64 - 1 = 7.532% -> 7.53
            ("arithmetic", "exact"),  # 2382.17 / 3257.83 = 73.121% -> 73.12
        ],
    ),
    # 28. Simplified Chinese prose, live-commerce GMV: series opens in 万亿元 (CNY trillion), so the base year's
    #    "49800亿元" is expected converted to 4.98; a stated 2024-2027 CAGR "约为14%"; distractors: 渗透率, 主播人数,
    #    a platform's fourth-quarter growth
    dict(
        text=(
            "【上海，2025年3月6日】据蓝鲸电商研究中心测算，2024年我国直播电商GMV达到5.8万亿元，同比增长16.5%，2023年"
            "这一数字为49800亿元。研究中心预计，2027年直播电商GMV将达到8.6万亿元，2024-2027年年均复合增长率约为14%。"
            "目前直播电商在网络零售中的渗透率约为37.6%，全国活跃主播超过1500万人。头部平台“快鹿”第四季度直播GMV同比"
            "增长9%。"
        ),
        obs=[
            ("Total", 2024, 5.8, "CNY trillion", "actual"),
            ("Total", 2023, 4.98, "CNY trillion", "actual"),
            ("Total", 2027, 8.6, "CNY trillion", "estimate"),
        ],
        claims=[
            ("growth", 16.5, "percent", 2023, 2024, 1.0),
            ("cagr", 14, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5.8 / 4.98 - 1 = 16.466% -> 16.5
            ("cagr|implied", "exact"),  # (8.6 / 5.8) ** (1/3) - 1 = 14.03% -> 14
        ],
    ),
    # 29. Traditional Chinese prose (Taiwan), 數位廣告量 in 新台幣億元 (TWD 100 million): both years, social part with
    #    占比, video part, "今年 ... 可望成長7.5%" an estimate; distractors: 個百分點, 六成 in a survey
    dict(
        text=(
            "台北，2025年4月15日——台灣數位行銷聯盟今天公布，2024年台灣數位廣告量達新台幣662.3億元，較2023年的603.2億元"
            "成長9.8%。其中社群媒體廣告為239.8億元，占整體的36.2%，比重較前一年增加1.4個百分點；影音廣告則為156.5億元。"
            "聯盟預估，今年數位廣告量可望成長7.5%，達到712億元。調查中有六成廣告主表示將增加短影音預算。"
        ),
        obs=[
            ("Total", 2024, 662.3, "TWD 100 million", "actual"),
            ("Total", 2023, 603.2, "TWD 100 million", "actual"),
            ("社群媒體廣告", 2024, 239.8, "TWD 100 million", "actual"),
            ("影音廣告", 2024, 156.5, "TWD 100 million", "actual"),
            ("Total", 2025, 712, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 9.8, "percent", 2023, 2024, 1.0),
            ("share", 36.2, "percent", 2024, 2024, None),
            ("growth", 7.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 662.3 / 603.2 - 1 = 9.798% -> 9.8
            ("arithmetic", "exact"),  # 239.8 / 662.3 = 36.207% -> 36.2
            ("cagr|implied", "exact"),  # 712 / 662.3 - 1 = 7.504% -> 7.5
        ],
    ),
    # 30. Traditional Chinese prose (Hong Kong), 億港元 (HKD 100 million): a decline "下跌2.3%" as a negative rate,
    #     digital part with 佔總額, TV part, "今年 ... 約為119億港元" an estimate at its printed figure;
    #     distractors: "首次突破一半" in words, a free-TV station's own revenue
    dict(
        text=(
            "香港，2025年2月18日——據媒體研究機構采源統計，2024年香港廣告總開支為118.6億港元，較2023年的121.4億港元下跌"
            "2.3%。其中，數碼廣告逆市增長至63.2億港元，佔總額53.3%，比重首次突破一半；電視廣告則減少至27.8億港元。采源"
            "預期今年整體廣告開支將大致持平，約為119億港元。本地一家免費電視台去年的廣告收入為14.2億港元。"
        ),
        obs=[
            ("Total", 2024, 118.6, "HKD 100 million", "actual"),
            ("Total", 2023, 121.4, "HKD 100 million", "actual"),
            ("數碼廣告", 2024, 63.2, "HKD 100 million", "actual"),
            ("電視廣告", 2024, 27.8, "HKD 100 million", "actual"),
            ("Total", 2025, 119, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", -2.3, "percent", 2023, 2024, 1.0),
            ("share", 53.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 118.6 / 121.4 - 1 = -2.306% -> -2.3
            ("arithmetic", "exact"),  # 63.2 / 118.6 = 53.288% -> 53.3
        ],
    ),
    # 31. Traditional Chinese prose (Taiwan), games researcher's mid-year update "預估上修至新台幣498億元，年增6.2%，
    #     高於年初預測的471億元" (superseded 471 nowhere; 6.2% contradicted by 498 vs 482 -> inconsistent); parts;
    #     distractors: "約占七成", player count, ARPPU in 元
    dict(
        text=(
            "台北，2025年7月8日——遊戲研究機構鈦石數據發布年中報告，將2025年台灣遊戲市場規模預估上修至新台幣498億元，"
            "年增6.2%，高於年初預測的471億元。2024年台灣遊戲市場規模為482億元。手機遊戲仍是主力，預估今年營收達341億"
            "元，約占七成；電腦遊戲約為98億元。鈦石估計，台灣玩家人數約1,020萬人，付費玩家的年均消費（ARPPU）約為新台"
            "幣4,900元。"
        ),
        obs=[
            ("Total", 2025, 498, "TWD 100 million", "estimate"),
            ("Total", 2024, 482, "TWD 100 million", "actual"),
            ("手機遊戲", 2025, 341, "TWD 100 million", "estimate"),
            ("電腦遊戲", 2025, 98, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 6.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 498 / 482 - 1 = 3.320% -> 3.3, not 6.2; bounds 497.5/482.5 - 1 = 3.11% .. 498.5/481.5 - 1 = 3.53%,
            # nowhere near 6.2 -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 32. Simplified Chinese prose, agency mid-year revision "增速较此前预测的4.8%上调" (superseded rate nowhere);
    #     series opens in 亿元 so "1.05万亿元" is expected as 10500 CNY 100 million; the 6.1% holds only within the
    #     rounding of 1.05万亿 (rounding); digital part with share, outdoor part "约为690亿元", next-year rate alone;
    #     distractors: 个百分点, 万亿门槛, a first-quarter 刊例花费 rate
    dict(
        text=(
            "【北京，2025年6月25日】2024年中国广告支出为9870亿元。传媒投资集团澜川媒介在今天发布的年中预测中表示，预计"
            "今年全年广告支出将达到1.05万亿元，同比增长6.1%，增速较此前预测的4.8%上调1.3个百分点，市场将首次跨过万亿"
            "门槛。其中，数字广告预计达到8240亿元，占整体的78.5%；户外广告约为690亿元。澜川还预计，2026年市场将再增长"
            "5.2%。另据监测，一季度传统媒体广告刊例花费同比下降3.4%。"
        ),
        obs=[
            ("Total", 2024, 9870, "CNY 100 million", "actual"),
            ("Total", 2025, 10500, "CNY 100 million", "estimate"),
            ("数字广告", 2025, 8240, "CNY 100 million", "estimate"),
            ("户外广告", 2025, 690, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 6.1, "percent", 2024, 2025, 1.0),
            ("share", 78.5, "percent", 2025, 2025, None),
            ("growth", 5.2, "percent", 2025, 2026, 1.0),  # no 2026 amount printed -> no verdict
        ],
        verdicts=[
            # 10500 / 9870 - 1 = 6.383% -> 6.4, not 6.1; 1.05万亿 is 10450..10550 at half its last digit, 9870 is
            # 9889.5..9870.5: bounds 10450/9870.5 - 1 = 5.87% .. 10550/9869.5 - 1 = 6.89%, which holds 6.1 -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 8240 / 10500 = 78.476% -> 78.5
        ],
    ),
    # 33. Simplified Chinese prose, 微短剧 market: "较2021年的36.8亿元增长了12.7倍" between two printed amounts is
    #     x13.7 over 3 years (no verdict); a year-on-year rate with no base amount (no verdict); forecasts including
    #     "2027年有望突破1000亿元" at its printed figure; distractors: user count, minutes a day
    dict(
        text=(
            "【北京，2025年1月9日】根据银杉研究院发布的报告，2024年中国微短剧市场规模达到504.4亿元，同比增长34.9%，"
            "首次超过同期内地电影票房。与2021年的36.8亿元相比，市场规模增长了12.7倍。报告预计，2025年市场规模将达到"
            "680亿元，2027年有望突破1000亿元。目前微短剧用户规模已达6.62亿人，人均单日观看时长约为95分钟。"
        ),
        obs=[
            ("Total", 2024, 504.4, "CNY 100 million", "actual"),
            ("Total", 2021, 36.8, "CNY 100 million", "actual"),
            ("Total", 2025, 680, "CNY 100 million", "estimate"),
            ("Total", 2027, 1000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 34.9, "percent", 2023, 2024, 1.0),  # no 2023 amount printed -> no verdict
            ("multiple", 13.7, "multiple", 2021, 2024, 3.0),  # 增长12.7倍 -> x13.7 (504.4 / 36.8 = 13.71); no verdict
        ],
        verdicts=[],
    ),
    # 34. Simplified Chinese prose, 小游戏 market: both years, two parts with a share, a 2025 range "480亿至520亿元"
    #     (two value claims); a second publisher's 2024 figure (nowhere); distractor: "超过七成受访开发者"
    dict(
        text=(
            "【广州，2025年2月27日】第三方机构鹭岛游戏智库数据显示，2024年国内小游戏市场收入为398.4亿元，较2023年的"
            "200.0亿元增长99.2%。其中，内购收入183.2亿元，占比46.0%，广告变现收入215.2亿元。鹭岛预计，2025年小游戏市场"
            "收入将达到480亿至520亿元。另一家机构蜂巢指数给出的2024年估算为372亿元。超过七成受访开发者表示计划加大小游"
            "戏投入。"
        ),
        obs=[
            ("Total", 2024, 398.4, "CNY 100 million", "actual"),
            ("Total", 2023, 200.0, "CNY 100 million", "actual"),
            ("内购收入", 2024, 183.2, "CNY 100 million", "actual"),
            ("广告变现收入", 2024, 215.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 99.2, "percent", 2023, 2024, 1.0),
            ("share", 46.0, "percent", 2024, 2024, None),
            ("value", 480, "CNY 100 million", 2025, 2025, None),
            ("value", 520, "CNY 100 million", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 398.4 / 200.0 - 1 = 99.20% -> 99.2
            ("arithmetic", "exact"),  # 183.2 / 398.4 = 45.984% -> 46.0
        ],
    ),
    # 35. English pipe table, global ad spend by medium 2024 / 2025F with a "Total" row (both columns add up
    #     exactly), a prose line with the total's growth; distractor: report table number
    dict(
        text=(
            "Table 4. Worldwide advertising spend by medium, USD billion\n"
            "\n"
            "| Medium        | 2024  | 2025F  |\n"
            "|---------------|-------|--------|\n"
            "| Search        | 218.4 | 232.6  |\n"
            "| Social        | 247.1 | 272.3  |\n"
            "| Retail media  | 141.7 | 166.0  |\n"
            "| Online video  | 98.5  | 109.8  |\n"
            "| Linear TV     | 152.3 | 148.9  |\n"
            "| Out-of-home   | 40.6  | 42.8   |\n"
            "| Audio         | 34.2  | 35.1   |\n"
            "| Print         | 56.9  | 53.4   |\n"
            "| Total         | 989.7 | 1060.9 |\n"
            "\n"
            "Harrow & Lisle Media expects worldwide spend to rise 7.2% in 2025, with retail media the fastest-growing "
            "line."
        ),
        obs=[
            ("Search", 2024, 218.4, "USD billion", "actual"),
            ("Social", 2024, 247.1, "USD billion", "actual"),
            ("Retail media", 2024, 141.7, "USD billion", "actual"),
            ("Online video", 2024, 98.5, "USD billion", "actual"),
            ("Linear TV", 2024, 152.3, "USD billion", "actual"),
            ("Out-of-home", 2024, 40.6, "USD billion", "actual"),
            ("Audio", 2024, 34.2, "USD billion", "actual"),
            ("Print", 2024, 56.9, "USD billion", "actual"),
            ("Total", 2024, 989.7, "USD billion", "actual"),
            ("Search", 2025, 232.6, "USD billion", "estimate"),
            ("Social", 2025, 272.3, "USD billion", "estimate"),
            ("Retail media", 2025, 166.0, "USD billion", "estimate"),
            ("Online video", 2025, 109.8, "USD billion", "estimate"),
            ("Linear TV", 2025, 148.9, "USD billion", "estimate"),
            ("Out-of-home", 2025, 42.8, "USD billion", "estimate"),
            ("Audio", 2025, 35.1, "USD billion", "estimate"),
            ("Print", 2025, 53.4, "USD billion", "estimate"),
            ("Total", 2025, 1060.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 7.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 2024: 218.4+247.1+141.7+98.5+152.3+40.6+34.2+56.9 = 989.7 = Total 989.7
            ("hierarchy", "exact"),
            # 2025F: 232.6+272.3+166.0+109.8+148.9+42.8+35.1+53.4 = 1060.9 = Total 1060.9
            ("hierarchy", "exact"),
            ("cagr|implied", "exact"),  # 1060.9 / 989.7 - 1 = 7.194% -> 7.2
        ],
    ),
    # 36. Simplified Chinese tab-separated table, game revenue by segment 2023年 / 2024年 with a "合计" row: the 2023
    #     column adds to 3078.9 against a printed 3078.8 (rounding), 2024 adds exactly; a growth line under it;
    #     distractors: table number, count of surveyed firms
    dict(
        text=(
            "表2  中国游戏市场各细分领域实际销售收入（单位：亿元）\n"
            "细分领域\t2023年\t2024年\n"
            "移动游戏\t2268.6\t2382.2\n"
            "客户端游戏\t662.8\t679.9\n"
            "主机游戏\t49.0\t58.6\n"
            "网页游戏\t41.1\t40.5\n"
            "其他\t57.4\t96.6\n"
            "合计\t3078.8\t3257.8\n"
            "注：合计同比增长5.8%；“其他”含云游戏、VR游戏等。本次调研覆盖游戏企业312家。"
        ),
        obs=[
            ("移动游戏", 2023, 2268.6, "CNY 100 million", "actual"),
            ("客户端游戏", 2023, 662.8, "CNY 100 million", "actual"),
            ("主机游戏", 2023, 49.0, "CNY 100 million", "actual"),
            ("网页游戏", 2023, 41.1, "CNY 100 million", "actual"),
            ("其他", 2023, 57.4, "CNY 100 million", "actual"),
            ("合计", 2023, 3078.8, "CNY 100 million", "actual"),
            ("移动游戏", 2024, 2382.2, "CNY 100 million", "actual"),
            ("客户端游戏", 2024, 679.9, "CNY 100 million", "actual"),
            ("主机游戏", 2024, 58.6, "CNY 100 million", "actual"),
            ("网页游戏", 2024, 40.5, "CNY 100 million", "actual"),
            ("其他", 2024, 96.6, "CNY 100 million", "actual"),
            ("合计", 2024, 3257.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 5.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 2023: 2268.6+662.8+49.0+41.1+57.4 = 3078.9, not 3078.8; five rows at +/-0.05 give 3078.65..3079.15,
            # which reaches 3078.8 -> rounding
            ("hierarchy", "rounding"),
            # 2024: 2382.2+679.9+58.6+40.5+96.6 = 3257.8 = 合计 3257.8
            ("hierarchy", "exact"),
            ("cagr|implied", "exact"),  # 3257.8 / 3078.8 - 1 = 5.814% -> 5.8
        ],
    ),
    # 37. English space-aligned vertical table (rows are years), games revenue by platform with F rows; values go to
    #     the column headers Mobile / PC / Console; a prose CAGR with its span printed; distractor: titles tracked
    dict(
        text=(
            "Global games revenue by platform (US$ billion)\n"
            "\n"
            "Year     Mobile     PC     Console\n"
            "2022      92.2     40.0     51.8\n"
            "2023      90.4     38.9     53.2\n"
            "2024      92.6     39.8     50.3\n"
            "2025F     98.1     40.9     54.7\n"
            "2026F    103.5     41.6     58.4\n"
            "\n"
            "Figures exclude hardware and are drawn from 2,100 titles tracked by Saltmere Analytics, which expects "
            "mobile to grow at a compound annual rate of 5.7% from 2024 to 2026."
        ),
        obs=[
            ("Mobile", 2022, 92.2, "USD billion", "actual"),
            ("PC", 2022, 40.0, "USD billion", "actual"),
            ("Console", 2022, 51.8, "USD billion", "actual"),
            ("Mobile", 2023, 90.4, "USD billion", "actual"),
            ("PC", 2023, 38.9, "USD billion", "actual"),
            ("Console", 2023, 53.2, "USD billion", "actual"),
            ("Mobile", 2024, 92.6, "USD billion", "actual"),
            ("PC", 2024, 39.8, "USD billion", "actual"),
            ("Console", 2024, 50.3, "USD billion", "actual"),
            ("Mobile", 2025, 98.1, "USD billion", "estimate"),
            ("PC", 2025, 40.9, "USD billion", "estimate"),
            ("Console", 2025, 54.7, "USD billion", "estimate"),
            ("Mobile", 2026, 103.5, "USD billion", "estimate"),
            ("PC", 2026, 41.6, "USD billion", "estimate"),
            ("Console", 2026, 58.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 5.7, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (103.5 / 92.6) ** (1/2) - 1 = 5.722% -> 5.7
        ],
    ),
    # 38. Traditional Chinese pipe table, Taiwan digital ad spend by type 2024年 / 2025E with a "總計" row: 2024
    #     adds exactly, the 2025E column adds to 708.3 against a printed 718.3 (inconsistent); distractors: 個百分點,
    #     the report's table number
    dict(
        text=(
            "台灣數位廣告量（依廣告類型，單位：新台幣億元；本表為報告第3表）\n"
            "| 類型 | 2024年 | 2025E |\n"
            "|---|---|---|\n"
            "| 社群廣告 | 228.4 | 246.9 |\n"
            "| 影音廣告 | 161.7 | 183.0 |\n"
            "| 搜尋廣告 | 134.5 | 141.2 |\n"
            "| 展示型廣告 | 98.2 | 94.7 |\n"
            "| 其他 | 39.6 | 42.5 |\n"
            "| 總計 | 662.4 | 718.3 |\n"
            "社群廣告的占比較上年提高0.8個百分點，展示型廣告則持續萎縮。"
        ),
        obs=[
            ("社群廣告", 2024, 228.4, "TWD 100 million", "actual"),
            ("影音廣告", 2024, 161.7, "TWD 100 million", "actual"),
            ("搜尋廣告", 2024, 134.5, "TWD 100 million", "actual"),
            ("展示型廣告", 2024, 98.2, "TWD 100 million", "actual"),
            ("其他", 2024, 39.6, "TWD 100 million", "actual"),
            ("總計", 2024, 662.4, "TWD 100 million", "actual"),
            ("社群廣告", 2025, 246.9, "TWD 100 million", "estimate"),
            ("影音廣告", 2025, 183.0, "TWD 100 million", "estimate"),
            ("搜尋廣告", 2025, 141.2, "TWD 100 million", "estimate"),
            ("展示型廣告", 2025, 94.7, "TWD 100 million", "estimate"),
            ("其他", 2025, 42.5, "TWD 100 million", "estimate"),
            ("總計", 2025, 718.3, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 2024: 228.4+161.7+134.5+98.2+39.6 = 662.4 = 總計 662.4
            ("hierarchy", "exact"),
            # 2025E: 246.9+183.0+141.2+94.7+42.5 = 708.3 vs 總計 718.3; rows at +/-0.05 give 708.05..708.55,
            # nowhere near 718.25..718.35 -> inconsistent
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 39. English tab-separated table, digital ad spend by region 2024 / 2025F with a "% chg" column and a
    #     "Worldwide" total row: each row's rate checked against its own two amounts, both columns add exactly
    dict(
        text=(
            "Digital ad spend by region (USD billion)\n"
            "Region\t2024\t2025F\t% chg\n"
            "North America\t348.6\t377.9\t8.4\n"
            "Asia-Pacific\t312.4\t339.1\t8.5\n"
            "Western Europe\t121.8\t130.2\t6.9\n"
            "Rest of world\t84.5\t92.7\t9.7\n"
            "Worldwide\t867.3\t939.9\t8.4\n"
            "Source: Tamsin Reach media-agency forecast, spring edition."
        ),
        obs=[
            ("North America", 2024, 348.6, "USD billion", "actual"),
            ("Asia-Pacific", 2024, 312.4, "USD billion", "actual"),
            ("Western Europe", 2024, 121.8, "USD billion", "actual"),
            ("Rest of world", 2024, 84.5, "USD billion", "actual"),
            ("Worldwide", 2024, 867.3, "USD billion", "actual"),
            ("North America", 2025, 377.9, "USD billion", "estimate"),
            ("Asia-Pacific", 2025, 339.1, "USD billion", "estimate"),
            ("Western Europe", 2025, 130.2, "USD billion", "estimate"),
            ("Rest of world", 2025, 92.7, "USD billion", "estimate"),
            ("Worldwide", 2025, 939.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 8.4, "percent", 2024, 2025, 1.0),  # North America
            ("growth", 8.5, "percent", 2024, 2025, 1.0),  # Asia-Pacific
            ("growth", 6.9, "percent", 2024, 2025, 1.0),  # Western Europe
            ("growth", 9.7, "percent", 2024, 2025, 1.0),  # Rest of world
            ("growth", 8.4, "percent", 2024, 2025, 1.0),  # Worldwide
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 377.9 / 348.6 - 1 = 8.405% -> 8.4
            ("cagr|implied", "exact"),  # 339.1 / 312.4 - 1 = 8.547% -> 8.5
            ("cagr|implied", "exact"),  # 130.2 / 121.8 - 1 = 6.897% -> 6.9
            ("cagr|implied", "exact"),  # 92.7 / 84.5 - 1 = 9.704% -> 9.7
            ("cagr|implied", "exact"),  # 939.9 / 867.3 - 1 = 8.371% -> 8.4
            ("hierarchy", "exact"),  # 2024: 348.6+312.4+121.8+84.5 = 867.3 = Worldwide 867.3
            ("hierarchy", "exact"),  # 2025F: 377.9+339.1+130.2+92.7 = 939.9 = Worldwide 939.9
        ],
    ),
    # 40. Simplified Chinese space-aligned vertical table (rows are years) of 移动游戏实际销售收入 with a lone value
    #     column headed by its unit only ("亿元" -> Total) and a 同比增速 column incl. a decline; 2025E an estimate;
    #     distractors: 用户规模, ARPU in 元
    dict(
        text=(
            "2020—2025年中国移动游戏市场实际销售收入\n"
            "年份      亿元      同比增速\n"
            "2020      2097      —\n"
            "2021      2255      7.5%\n"
            "2022      1931      -14.4%\n"
            "2023      2268      17.5%\n"
            "2024      2382      5.0%\n"
            "2025E     2510      5.4%\n"
            "注：2025年为预测值。同期移动游戏用户规模约6.7亿人，ARPU约为355元。"
        ),
        obs=[
            ("Total", 2020, 2097, "CNY 100 million", "actual"),
            ("Total", 2021, 2255, "CNY 100 million", "actual"),
            ("Total", 2022, 1931, "CNY 100 million", "actual"),
            ("Total", 2023, 2268, "CNY 100 million", "actual"),
            ("Total", 2024, 2382, "CNY 100 million", "actual"),
            ("Total", 2025, 2510, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 7.5, "percent", 2020, 2021, 1.0),
            ("growth", -14.4, "percent", 2021, 2022, 1.0),
            ("growth", 17.5, "percent", 2022, 2023, 1.0),
            ("growth", 5.0, "percent", 2023, 2024, 1.0),
            ("growth", 5.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2255 / 2097 - 1 = 7.535% -> 7.5
            ("cagr|implied", "exact"),  # 1931 / 2255 - 1 = -14.368% -> -14.4
            ("cagr|implied", "exact"),  # 2268 / 1931 - 1 = 17.452% -> 17.5
            ("cagr|implied", "exact"),  # 2382 / 2268 - 1 = 5.026% -> 5.0
            ("cagr|implied", "exact"),  # 2510 / 2382 - 1 = 5.374% -> 5.4
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "ninety-eighth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 11, 'exact': 87}
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 14, 14, 12)
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'upgraded from the 5.9% it forecast in December',
    'revised down from the £43.0 billion they predicted in April',
    'an increase of 7.5%',
    'a compound annual growth rate of 20% from 2024 to 2028',
    '3% more than the €24.9 billion of 2023',
    'a compound annual growth rate of 5.5% over 2024-2028',
    'nearly 2.5 times the $13.4 billion of 2020',
    'which it says is growth of 4.2%',
    'at $18 billion to $22 billion in 2027',
    '较2023年的5732亿元增长13.5%',
    '占国内游戏市场的73.0%',
    '较2023年的4.90万亿元增长19.2%',
    '新台幣664.3億元',
    '由年初預測的101.5億港元上調至103.2億港元',
    '| Total         | 1,057.4 |',
    '合计\t5731.6\t6307.9',
    '2025E     94.1',
    '| 總計 | 11,456 | 12,420 |',
    'All markets\t149.9\t100.0%',
    '休闲竞技       256.3       248.9     -2.9%',
    'will grow 7.2% this year to $1.08 trillion',
    'upgraded from the 5.9% it predicted in December',
    'up 12.4% from $133.6 billion in 2023',
    'a compound annual growth rate of 9.2% from 2024 to 2029',
    'up 3.4% on the $178.6 billion',
    'revised down from the £46.4 billion forecast in April',
    'sized the total addressable market',
    '较2023年的5732亿元增长13.6%',
    '首次突破3200亿元',
    '2023年这一数字为49800亿元',
    '較2023年的603.2億元成長9.8%',
    '下跌2.3%',
    '預估上修至新台幣498億元',
    '增速较此前预测的4.8%上调1.3个百分点',
    '增长了12.7倍',
    '将达到480亿至520亿元',
    '| Total         | 989.7 | 1060.9 |',
    '合计\t3078.8\t3257.8',
    '2025F     98.1     40.9     54.7',
    '年份      亿元      同比增速',
)
#: the set's blind score (written without reading or running the extractor): 255 figures, 58 rates, 80 verdicts and
#: 9 false inconsistent on the code before the readings chosen on it
FLOORS = {"figures_found": 276, "rates_found": 62, "verdicts_right": 93}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 2


if __name__ == "__main__":  # python tests/extract_checkset98.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
