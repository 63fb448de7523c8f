"""A hundred-and-fifty-seventh check set for the extractor, written blind: AI in sports and fitness: AI sports analytics
for clubs and leagues, computer-vision officiating and player tracking, AI coaching in fitness apps and connected gym
equipment, AI in sports betting risk and broadcasting highlights, AI injury prediction and athlete health, sized in
money by sports-business analysts, league and federation reports, consultancies, brokers, national sports-industry
plans and provincial fitness plans, Japanese, Korean, Australian and European research houses. Distractors a careful
reader leaves out: attendance and viewers, tickets sold, members and subscribers, wearables shipped in units, a club's
own revenue, media-rights deals, transfer fees, prize money, a quarter's figures, the whole sports or fitness market
beside the AI part.

Snippets 1-20: AI in sports and fitness (sports analytics for clubs and leagues, computer-vision officiating and
player tracking, AI coaching in fitness apps and connected gym equipment, AI in sports-betting risk and broadcast
highlights, AI injury prediction and athlete health). Sources: dated wire press releases, an Australian broker note, a
news article quoting two publishers, an investor-day transcript, a European association yearbook, Japanese, Korean and
Australian research houses, a provincial plan with targets, a Chinese broker note, Taiwanese and Hong Kong news in
Traditional Chinese, an industry yearbook extract, and five tables (markdown pipe, tab-separated Chinese,
space-aligned with years as rows, a pipe table whose rows are years under a lone unit column, and a space-aligned yen
table with its total row printed first). Forms: CAGRs with and without a printed span, year-on-year rates, shares with
part and whole, multiples in words, a range, a corrected figure, approximate figures, mixed scales in one series
(billion after million, 亿元 after 万元), fiscal years, last year / this year / 去年 / 今年, E and F columns. Distractors a
careful reader leaves out: datelines, report, note, table and issue numbers, title years, a second publisher's figure,
the whole sports industry beside the AI part, a company's own revenue, margin and share goal, a price target and its
upside, quarter figures, attendance, viewers and members, survey counts and answers, transfer fees, betting turnover,
data-rights deals, and an amount in won.

Snippets 21-40: AI in sports and fitness (AI performance analytics for clubs and leagues, computer-vision officiating
and player tracking, AI coaching in fitness apps and connected gym equipment, AI in sports-betting risk and integrity,
automated broadcast highlights, AI injury prediction and athlete health). Eight English prose pieces (a
sports-analytics vendor's earnings call sizing its TAM, an Australian sports-science abstract, a LinkedIn post with an
approximate figure and a rate its amounts only just allow, a Reddit answer that sets a second publisher's 2024 figure
beside the first, connected-fitness investor-day slide bullets with an adjacent market's range, a Tokyo research
house's release in yen by fiscal year, a London news page carrying a correction, a Frankfurt broker note whose CAGR
was left on a superseded base and whose 2029 figure switches from EUR million to EUR billion), seven Chinese prose
pieces (a provincial smart-sports action plan, a broker note with a rate its amounts only just allow, a Xinhua wire on
sports-administration statistics, a Taiwanese annual report in TWD with an ROC title year, a Hong Kong newspaper in
HKD, a PTT post with a CAGR the amounts cannot give, a WeChat article with 增长倍数 and a quarter's figure; three in
Traditional Chinese), and five tables (a markdown table by application with E/F columns and a rounding total, a
tab-separated vertical UK table in GBP million with a YoY column, a Simplified Chinese space-aligned table with a
share column, a Korean house's regional table with a CAGR column, a Traditional Chinese pipe table in TWD million with
a share column). Distractors left out: vendors' and clubs' own revenue, ARR, gross margin, share ambitions, price
targets and upside, quarter figures, sensors, mirrors and wearables shipped in units, members, subscribers, churn,
attendance, viewers and stadium seats, marathon entrants, media-rights deals and transfer fees, the whole sports,
fitness or betting market beside the AI part, a second publisher's figure for the same year, a superseded figure,
survey respondents and their answers, model accuracy and injury reductions, shares given only in words, won and
Australian-dollar amounts, report, table, document and volume numbers, title years and a report's price.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Wire press release (London): stated CAGR with its span, a segment share with part and whole.
    #    Nowhere: dateline, "2025 edition", 212 pages, 140 clubs, the US$512 billion whole sports industry.
    dict(
        text=(
            "LONDON, 11 March 2025 /PRNewswire/ -- The global market for artificial intelligence in sports was worth "
            "US$1.42 billion in 2024 and is forecast to reach US$5.91 billion by 2030, expanding at a compound annual "
            "growth rate (CAGR) of 26.8% from 2024 to 2030, according to the 2025 edition of Fieldline Analytics' AI in "
            "Sports Outlook. Performance analytics, the largest application, generated US$0.52 billion, or 36.6% of "
            "last year's revenue. The 212-page study draws on interviews with 140 clubs and federations and sets the "
            "AI segment against a global sports industry that the firm puts at roughly US$512 billion."
        ),
        obs=[
            ("Total", 2024, 1.42, "USD billion", "actual"),
            ("Total", 2030, 5.91, "USD billion", "estimate"),
            ("Performance analytics", 2024, 0.52, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 26.8, "percent", 2024, 2030, None, "stated"),
            ("share", 36.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.91 / 1.42) ** (1 / 6) - 1 = 26.83% -> 26.8
            ("arithmetic", "exact"),    # 0.52 / 1.42 = 36.62% -> 36.6
        ],
    ),
    # 2. Australian broker sector note: fiscal years with e suffix, a stated CAGR the amounts only reach by rounding.
    #    Nowhere: note number, vendor's A$148m half-year revenue, the December quarter, price target and upside.
    dict(
        text=(
            "Harbourline Securities | Australian Gaming & Wagering | Sector note No. 14 | 4 February 2025\n"
            "AI risk engines: the quiet arms race behind the bookmakers. We estimate the global market for AI-driven "
            "trading, pricing and risk-management tools sold to sportsbooks at US$2.1bn in FY2024, US$2.5bn in FY2025e "
            "and US$3.4bn in FY2027e, an 18% CAGR over FY24-27e. Our top pick, a Sydney-listed vendor, booked A$148m of "
            "revenue in 1H FY25 (December quarter: A$79m); we lift our price target to A$7.40, implying 24% upside."
        ),
        obs=[
            ("Total", 2024, 2.1, "USD billion", "actual"),
            ("Total", 2025, 2.5, "USD billion", "estimate"),
            ("Total", 2027, 3.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (3.4 / 2.1) ** (1 / 3) - 1 = 17.42% -> 17, not 18; bounds (3.35 / 2.15) ** (1/3) - 1 = 15.93% to
            # (3.45 / 2.05) ** (1/3) - 1 = 18.95%, which reaches 18
            ("cagr|implied", "rounding"),
        ],
    ),
    # 3. News article quoting two publishers; "last year" = 2024; a CAGR whose span only its amounts' years give.
    #    Nowhere: Crestmark's $4.6 billion for the same year, NBA viewers, a club's own £712 million revenue.
    dict(
        text=(
            "NEW YORK, June 17, 2025 - Spending on AI-powered sports analytics by clubs, leagues and broadcasters "
            "reached $3.84 billion last year, according to Pinewood Research, which expects the market to climb to "
            "$11.2 billion in 2030 as it compounds at 19.6% a year. Not everyone counts the same way: Crestmark "
            "Partners, in a separate note, put last year's market at about $4.6 billion. The appetite is easy to see - "
            "this season's NBA Finals averaged 10.3 million viewers, and one Premier League club alone reported "
            "£712 million in revenue."
        ),
        obs=[
            ("Total", 2024, 3.84, "USD billion", "actual"),
            ("Total", 2030, 11.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.6, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (11.2 / 3.84) ** (1 / 6) - 1 = 19.53% -> 19.5, not 19.6; bounds (11.15 / 3.845) ** (1/6) - 1 = 19.42%
            # to (11.25 / 3.835) ** (1/6) - 1 = 19.65%, which reaches 19.6
            ("cagr|period", "rounding"),
        ],
    ),
    # 4. Investor-day transcript: the company's TAM is the market (Total); approximate figures at printed values.
    #    Nowhere: the company's $310 million fiscal 2024 revenue, 46% gross margin, 1.2 million members, 5% share goal.
    dict(
        text=(
            "Kinetiq Investor Day 2025 - transcript excerpt (New York, 12 May 2025)\n"
            "CEO: Let me start with the opportunity. We size the total addressable market for AI coaching - in "
            "connected strength and cardio equipment and in the apps that sit on top of it - at $14 billion in 2024, "
            "and we think it grows about 12% a year to roughly $22 billion by 2028. For context, we did $310 million "
            "of revenue in fiscal 2024 at a 46% gross margin, and we now have 1.2 million members. Our goal is to take "
            "5% of that market by 2028."
        ),
        obs=[
            ("Total", 2024, 14, "USD billion", "actual"),
            ("Total", 2028, 22, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 12, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (22 / 14) ** (1 / 4) - 1 = 11.96% -> 12
        ],
    ),
    # 5. European association yearbook release: a year-on-year rate with both amounts, a part with its share.
    #    Nowhere: "seventh yearbook", 54 leagues, the 38% survey answer, €9.8 billion of transfer fees.
    dict(
        text=(
            "BRUSSELS, 24 April 2025 - European clubs, leagues and federations spent €612 million on AI-based player "
            "tracking and computer-vision officiating in 2024, 21% more than the €506 million of 2023, the European "
            "Sports Technology Association (ESTA) says in its seventh yearbook. Officiating systems (semi-automated "
            "offside, goal-line and line-calling) accounted for €187 million, or 31% of the total. The survey behind "
            "the figures covers 54 top-flight leagues; 38% of responding clubs said they already use AI for "
            "injury-risk screening. By comparison, the summer transfer window alone moved €9.8 billion in fees."
        ),
        obs=[
            ("Total", 2023, 506, "EUR million", "actual"),
            ("Total", 2024, 612, "EUR million", "actual"),
            ("Officiating systems", 2024, 187, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("share", 31, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (612 / 506) ** (1 / 1) - 1 = 20.95% -> 21
            ("arithmetic", "exact"),    # 187 / 612 = 30.56% -> 31
        ],
    ),
    # 6. Japanese research house, English wire: yen amounts, fiscal years; the stated 14.2% contradicts its amounts
    #    (an inconsistent rate, as if computed on a rebased prior year). Nowhere: 1,020 operators, J.League attendance.
    dict(
        text=(
            "TOKYO, Oct. 8, 2025 - Japan's domestic market for AI in sports and fitness, measured at vendor sales, "
            "reached ¥48.6 billion in fiscal 2024 (April 2024-March 2025), up 14.2% from ¥41.3 billion a year "
            "earlier, Hoshino Research said. Highlight generation contributed ¥6.1 billion, a 12.6% share. The "
            "Tokyo-based house forecasts the market at ¥92.0 billion in fiscal 2028. It surveyed 1,020 operators; "
            "J.League attendance, at 12.5 million, hit a record in the same season."
        ),
        obs=[
            ("Total", 2023, 41.3, "JPY billion", "actual"),
            ("Total", 2024, 48.6, "JPY billion", "actual"),
            ("Total", 2028, 92.0, "JPY billion", "estimate"),
            ("Highlight generation", 2024, 6.1, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 14.2, "percent", 2023, 2024, 1.0),
            ("share", 12.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (48.6 / 41.3) ** (1 / 1) - 1 = 17.68% -> 17.7, not 14.2; bounds (48.55 / 41.35) - 1 = 17.41% to
            # (48.65 / 41.25) - 1 = 17.94%: 14.2 unreachable
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 6.1 / 48.6 = 12.55% -> 12.6
        ],
    ),
    # 7. Korean research house, English wire: a multiple in words, "last year" = 2024, a later figure in billions
    #    converted to the series' USD million. Nowhere: 118 billion won (won is no observation), K League spectators.
    dict(
        text=(
            "SEOUL, April 2, 2025 - The global market for AI injury prediction and athlete-health monitoring will be "
            "two and a half times its 2023 size by 2028, Hanbit Sports Institute projected on Wednesday. The "
            "institute puts the market at $780 million in 2023 and $905 million last year, a 16% rise, and expects "
            "it to reach $1.95 billion in 2028. Korea's own market was estimated at 118 billion won. Separately, the "
            "K League drew 3.4 million spectators in 2024."
        ),
        obs=[
            ("Total", 2023, 780, "USD million", "actual"),
            ("Total", 2024, 905, "USD million", "actual"),
            ("Total", 2028, 1950, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2023, 2028, 5.0),
            ("growth", 16, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (905 / 780) ** (1 / 1) - 1 = 16.03% -> 16
        ],
    ),
    # 8. Australian analyst blog post: "this year" = 2025 (estimate), a range for 2027, a corrected 2024 figure.
    #    Nowhere: the superseded US$350 million, the June quarter's US$104 million of contracts.
    dict(
        text=(
            "Posted 19 August 2025 by Southgate Insights, Melbourne (correction appended)\n"
            "AI-cut highlights are eating the broadcast edit suite. By our count the global market for AI-generated "
            "sports highlights and automated broadcast production was US$310 million in 2024 and should be around "
            "US$400 million this year, up roughly 29%. For 2027 we see somewhere between US$640 million and US$720 "
            "million, depending on how fast second-tier leagues adopt. (The June quarter alone saw US$104 million of "
            "contracts signed.)\n"
            "Correction: an earlier version of this post gave the 2024 figure as US$350 million; it was US$310 million."
        ),
        obs=[
            ("Total", 2024, 310, "USD million", "actual"),
            ("Total", 2025, 400, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2024, 2025, 1.0),
            ("value", 640, "USD million", 2027, 2027, None),
            ("value", 720, "USD million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (400 / 310) ** (1 / 1) - 1 = 29.03% -> 29
        ],
    ),
    # 9. Provincial plan (Simplified): a 力争 target is an estimate, 突破/以上 at printed figures, a CAGR with no printed
    #    span. Nowhere: document number, title years 2025—2027, the 43% exercise rate, 6000亿元 whole sports industry.
    dict(
        text=(
            "××省体育局关于印发《××省智能体育产业发展行动计划（2025—2027年）》的通知（×体发〔2025〕18号）\n"
            "……2024年，全省人工智能赋能体育（智能健身、赛事分析、智慧场馆等）市场规模为156亿元。"
            "到2027年，力争全省AI体育产业规模突破300亿元，年均增长24%以上；经常参加体育锻炼人数比例达到43%，"
            "体育产业总规模超过6000亿元。"
        ),
        obs=[
            ("Total", 2024, 156, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (300 / 156) ** (1 / 3) - 1 = 24.36% -> 24
        ],
    ),
    # 10. Chinese broker note (Simplified): year-on-year rate, a part with its share, a stated two-year CAGR.
    #     Nowhere: the leader's own 7.3亿元 revenue, its Q4 2.4亿元, the 48.6元 price target and 22% upside.
    dict(
        text=(
            "【华辰证券·传媒体育】AI赛事分析：从转播间走向训练场（2025年3月18日）\n"
            "我们测算，2024年中国AI体育赛事分析市场规模为36.9亿元，较2023年的28.5亿元同比增长29.5%；其中，"
            "球员追踪系统收入13.2亿元，占比35.8%。预计2026年市场规模将达61.0亿元，2024—2026年复合增速28.6%。"
            "公司层面，龙头厂商2024年营收7.3亿元，四季度单季营收2.4亿元；维持“买入”评级，目标价48.6元，"
            "较现价有22%上涨空间。"
        ),
        obs=[
            ("Total", 2023, 28.5, "CNY 100 million", "actual"),
            ("Total", 2024, 36.9, "CNY 100 million", "actual"),
            ("Total", 2026, 61.0, "CNY 100 million", "estimate"),
            ("球员追踪系统", 2024, 13.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 29.5, "percent", 2023, 2024, 1.0),
            ("share", 35.8, "percent", 2024, 2024, None),
            ("cagr", 28.6, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (36.9 / 28.5) ** (1 / 1) - 1 = 29.47% -> 29.5
            ("arithmetic", "exact"),    # 13.2 / 36.9 = 35.77% -> 35.8
            ("cagr|implied", "exact"),  # (61.0 / 36.9) ** (1 / 2) - 1 = 28.57% -> 28.6
        ],
    ),
    # 11. Chinese news (Simplified) quoting two publishers: 去年 = 2024, 今年 = 2025 (estimate).
    #     Nowhere: 沐川研究院's 95亿元 for the same year, the 3.67万亿元 whole sports industry, 1亿 members.
    dict(
        text=(
            "本报北京2025年6月9日电 据知行咨询最新发布的报告，去年我国AI健身（含智能健身镜、AI私教应用和联网器械）"
            "市场规模达84亿元，今年有望增至112亿元，同比增长33.3%。另一家机构沐川研究院的统计口径更宽，"
            "估计去年规模约95亿元。作为参照，2024年全国体育产业总规模约3.67万亿元，全国健身会员人数超过1亿。"
        ),
        obs=[
            ("Total", 2024, 84, "CNY 100 million", "actual"),
            ("Total", 2025, 112, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 33.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (112 / 84) ** (1 / 1) - 1 = 33.33% -> 33.3
        ],
    ),
    # 12. Taiwan news (Traditional): 新台幣億元, a stated CAGR with its span.
    #     Nowhere: the 今（3）日 date, CPBL attendance of 300萬人次, 612 firms surveyed.
    dict(
        text=(
            "【記者林怡君／台北報導】2025年9月3日 台灣運動產業研究中心今（3）日發布報告指出，台灣運動科技中的AI應用"
            "（含球員追蹤、智慧裁判、AI訓練分析）市場規模2024年為新台幣48.2億元，預估2027年將達新台幣85億元，"
            "2024至2027年複合成長率20.8%。報告也提到，中華職棒去年進場觀眾突破300萬人次，本次調查共訪問612家業者。"
        ),
        obs=[
            ("Total", 2024, 48.2, "TWD 100 million", "actual"),
            ("Total", 2027, 85, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.8, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (85 / 48.2) ** (1 / 3) - 1 = 20.82% -> 20.8
        ],
    ),
    # 13. Hong Kong news (Traditional): 億港元; the stated 按年增長18.5% contradicts its amounts (inconsistent, as a
    #     rebased 2023 base would give); a multiple "為2023年的1.5倍". Nowhere: Q1 3.2億港元, the 2,900億港元 turnover.
    dict(
        text=(
            "（香港2025年5月20日訊）本地研究機構維港數據發表報告稱，香港AI體育投注風險管理及賽事數據服務市場"
            "2024年規模為14.9億港元，按年增長18.5%，2023年則為12.4億港元；預計2026年將升至18.6億港元，"
            "為2023年的1.5倍。報告提到，今年第一季相關合約金額約3.2億港元；另外，賽馬會上一馬季的投注總額"
            "超過2,900億港元，並不計入上述市場。"
        ),
        obs=[
            ("Total", 2023, 12.4, "HKD 100 million", "actual"),
            ("Total", 2024, 14.9, "HKD 100 million", "actual"),
            ("Total", 2026, 18.6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("multiple", 1.5, "multiple", 2023, 2026, 3.0),
        ],
        verdicts=[
            # (14.9 / 12.4) ** (1 / 1) - 1 = 20.16% -> 20.2, not 18.5; bounds (14.85 / 12.45) - 1 = 19.28% to
            # (14.95 / 12.35) - 1 = 21.05%: 18.5 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 14. Taiwan news (Traditional): 去年 = 2024, a corrected figure, a part with an approximate share, 今年 左右.
    #     Nowhere: the misprinted 35.1億元, the chain gym's 62億元 revenue and 25萬 members.
    dict(
        text=(
            "2025年11月12日 本報訊 智慧健身業者看好AI教練商機。根據健康產業研究社統計，去年台灣AI健身教練市場規模"
            "為新台幣31.5億元（更正：本報日前誤植為35.1億元），其中連網健身器材占19.2億元，占比約61%；"
            "該社預估今年可達36億元左右。國內最大連鎖健身房去年營收新台幣62億元，會員數約25萬人。"
        ),
        obs=[
            ("Total", 2024, 31.5, "TWD 100 million", "actual"),
            ("Total", 2025, 36, "TWD 100 million", "estimate"),
            ("連網健身器材", 2024, 19.2, "TWD 100 million", "actual"),
        ],
        claims=[
            ("share", 61, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 19.2 / 31.5 = 60.95% -> 61
        ],
    ),
    # 15. Industry yearbook extract (Simplified): 万元 series, a later 亿元 figure converted to it (3亿元 = 30000万元),
    #     比上年 rate, "3倍多" multiple. Nowhere: title year 2025, chapter number, 412 firms listed.
    dict(
        text=(
            "摘自《中国体育用品业年鉴2025》第四章“运动健康科技”：据联合会测算，AI运动损伤预测与运动员健康管理市场"
            "2024年规模为9,800万元，比上年的7,000万元增长40%；随着省队和职业俱乐部加快采购，预计2027年将突破3亿元，"
            "届时规模将是2024年的3倍多。本年鉴共收录相关企业412家。"
        ),
        obs=[
            ("Total", 2023, 7000, "CNY 10 thousand", "actual"),
            ("Total", 2024, 9800, "CNY 10 thousand", "actual"),
            ("Total", 2027, 30000, "CNY 10 thousand", "estimate"),
        ],
        claims=[
            ("growth", 40, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2024, 2027, 3.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9800 / 7000) ** (1 / 1) - 1 = 40.00% -> 40
        ],
    ),
    # 16. Markdown pipe table, years as columns with E/F, a Total row; 2024's rows add to 1357.3, not 1357.4
    #     (rounding). Nowhere: table number, title years, the note's source name.
    dict(
        text=(
            "Table 2. Global AI in sports market by application, 2023-2028F (USD million)\n"
            "\n"
            "| Application | 2023 | 2024 | 2025E | 2028F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Performance analytics | 412.6 | 498.3 | 601.7 | 1,052.4 |\n"
            "| Officiating & player tracking | 236.4 | 281.9 | 337.2 | 566.8 |\n"
            "| Broadcast & highlights | 178.2 | 224.5 | 279.8 | 512.3 |\n"
            "| Betting risk & integrity | 301.7 | 352.6 | 410.9 | 655.1 |\n"
            "| Total | 1,128.9 | 1,357.4 | 1,629.6 | 2,786.6 |\n"
            "\n"
            "Note: E = estimate, F = forecast. Totals may not add because of rounding. 2024-2028F CAGR: 19.7%. "
            "Source: Fieldline Analytics."
        ),
        obs=[
            ("Performance analytics", 2023, 412.6, "USD million", "actual"),
            ("Performance analytics", 2024, 498.3, "USD million", "actual"),
            ("Performance analytics", 2025, 601.7, "USD million", "estimate"),
            ("Performance analytics", 2028, 1052.4, "USD million", "estimate"),
            ("Officiating & player tracking", 2023, 236.4, "USD million", "actual"),
            ("Officiating & player tracking", 2024, 281.9, "USD million", "actual"),
            ("Officiating & player tracking", 2025, 337.2, "USD million", "estimate"),
            ("Officiating & player tracking", 2028, 566.8, "USD million", "estimate"),
            ("Broadcast & highlights", 2023, 178.2, "USD million", "actual"),
            ("Broadcast & highlights", 2024, 224.5, "USD million", "actual"),
            ("Broadcast & highlights", 2025, 279.8, "USD million", "estimate"),
            ("Broadcast & highlights", 2028, 512.3, "USD million", "estimate"),
            ("Betting risk & integrity", 2023, 301.7, "USD million", "actual"),
            ("Betting risk & integrity", 2024, 352.6, "USD million", "actual"),
            ("Betting risk & integrity", 2025, 410.9, "USD million", "estimate"),
            ("Betting risk & integrity", 2028, 655.1, "USD million", "estimate"),
            ("Total", 2023, 1128.9, "USD million", "actual"),
            ("Total", 2024, 1357.4, "USD million", "actual"),
            ("Total", 2025, 1629.6, "USD million", "estimate"),
            ("Total", 2028, 2786.6, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 412.6 + 236.4 + 178.2 + 301.7 = 1128.9 -> 1128.9
            # 2024: 498.3 + 281.9 + 224.5 + 352.6 = 1357.3, not 1357.4; rows each +-0.05 give 1357.1 to 1357.5,
            # which reaches 1357.4
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2025E: 601.7 + 337.2 + 279.8 + 410.9 = 1629.6 -> 1629.6
            ("hierarchy", "exact"),     # 2028F: 1052.4 + 566.8 + 512.3 + 655.1 = 2786.6 -> 2786.6
            ("cagr|implied", "exact"),  # (2786.6 / 1357.4) ** (1 / 4) - 1 = 19.70% -> 19.7
        ],
    ),
    # 17. Space-aligned vertical table (rows are years): items are the value columns' headers; Total column.
    #     Nowhere: issue number, the consultancy's name, the membership and subscriber counts mentioned in the note.
    dict(
        text=(
            "AI coaching in connected gym equipment and fitness apps - Europe\n"
            "Vendor revenue, EUR million\n"
            "\n"
            "Year     Equipment     Apps     Total\n"
            "2022           142       96       238\n"
            "2023           171      128       299\n"
            "2024           205      167       372\n"
            "2025E          240      214       454\n"
            "2026F          281      268       549\n"
            "\n"
            "Source: Nordhavn Consulting, European Connected Fitness Monitor, issue 9. E/F = estimate/forecast. "
            "Apps = AI coaching features only; gym memberships and app subscriber counts are excluded. "
            "CAGR 2022-2026F: 23.2%."
        ),
        obs=[
            ("Equipment", 2022, 142, "EUR million", "actual"),
            ("Equipment", 2023, 171, "EUR million", "actual"),
            ("Equipment", 2024, 205, "EUR million", "actual"),
            ("Equipment", 2025, 240, "EUR million", "estimate"),
            ("Equipment", 2026, 281, "EUR million", "estimate"),
            ("Apps", 2022, 96, "EUR million", "actual"),
            ("Apps", 2023, 128, "EUR million", "actual"),
            ("Apps", 2024, 167, "EUR million", "actual"),
            ("Apps", 2025, 214, "EUR million", "estimate"),
            ("Apps", 2026, 268, "EUR million", "estimate"),
            ("Total", 2022, 238, "EUR million", "actual"),
            ("Total", 2023, 299, "EUR million", "actual"),
            ("Total", 2024, 372, "EUR million", "actual"),
            ("Total", 2025, 454, "EUR million", "estimate"),
            ("Total", 2026, 549, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 23.2, "percent", 2022, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2022: 142 + 96 = 238
            ("hierarchy", "exact"),     # 2023: 171 + 128 = 299
            ("hierarchy", "exact"),     # 2024: 205 + 167 = 372
            ("hierarchy", "exact"),     # 2025E: 240 + 214 = 454
            ("hierarchy", "exact"),     # 2026F: 281 + 268 = 549
            ("cagr|implied", "exact"),  # (549 / 238) ** (1 / 4) - 1 = 23.24% -> 23.2
        ],
    ),
    # 18. Chinese tab-separated table (Simplified), 亿元, E columns, a 合计 row, a stated CAGR in the note.
    #     Nowhere: 表3, title years 2023—2026, the source line.
    dict(
        text=(
            "表3  2023—2026年中国AI体育细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025E\t2026E\n"
            "智能赛事分析\t28.5\t36.9\t47.2\t61.0\n"
            "AI裁判与追踪\t15.2\t19.8\t25.6\t33.1\n"
            "智能健身指导\t41.3\t52.7\t66.9\t84.0\n"
            "AI伤病预测\t6.8\t9.4\t12.9\t17.6\n"
            "合计\t91.8\t118.8\t152.6\t195.7\n"
            "注：E为预测值；2023—2026E年复合增速为28.7%。资料来源：华辰证券研究所。"
        ),
        obs=[
            ("智能赛事分析", 2023, 28.5, "CNY 100 million", "actual"),
            ("智能赛事分析", 2024, 36.9, "CNY 100 million", "actual"),
            ("智能赛事分析", 2025, 47.2, "CNY 100 million", "estimate"),
            ("智能赛事分析", 2026, 61.0, "CNY 100 million", "estimate"),
            ("AI裁判与追踪", 2023, 15.2, "CNY 100 million", "actual"),
            ("AI裁判与追踪", 2024, 19.8, "CNY 100 million", "actual"),
            ("AI裁判与追踪", 2025, 25.6, "CNY 100 million", "estimate"),
            ("AI裁判与追踪", 2026, 33.1, "CNY 100 million", "estimate"),
            ("智能健身指导", 2023, 41.3, "CNY 100 million", "actual"),
            ("智能健身指导", 2024, 52.7, "CNY 100 million", "actual"),
            ("智能健身指导", 2025, 66.9, "CNY 100 million", "estimate"),
            ("智能健身指导", 2026, 84.0, "CNY 100 million", "estimate"),
            ("AI伤病预测", 2023, 6.8, "CNY 100 million", "actual"),
            ("AI伤病预测", 2024, 9.4, "CNY 100 million", "actual"),
            ("AI伤病预测", 2025, 12.9, "CNY 100 million", "estimate"),
            ("AI伤病预测", 2026, 17.6, "CNY 100 million", "estimate"),
            ("合计", 2023, 91.8, "CNY 100 million", "actual"),
            ("合计", 2024, 118.8, "CNY 100 million", "actual"),
            ("合计", 2025, 152.6, "CNY 100 million", "estimate"),
            ("合计", 2026, 195.7, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28.7, "percent", 2023, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 28.5 + 15.2 + 41.3 + 6.8 = 91.8
            ("hierarchy", "exact"),     # 2024: 36.9 + 19.8 + 52.7 + 9.4 = 118.8
            ("hierarchy", "exact"),     # 2025E: 47.2 + 25.6 + 66.9 + 12.9 = 152.6
            ("hierarchy", "exact"),     # 2026E: 61.0 + 33.1 + 84.0 + 17.6 = 195.7
            ("cagr|implied", "exact"),  # (195.7 / 91.8) ** (1 / 3) - 1 = 28.70% -> 28.7
        ],
    ),
    # 19. Markdown pipe table with years as rows and a lone value column headed by its unit (the market's Total),
    #     a YoY column; 2023's 18.0% is reached only by rounding. Nowhere: the US$1.1bn data-rights deals in the note.
    dict(
        text=(
            "Global AI sports-betting risk and integrity services market\n"
            "\n"
            "| Year | USD million | YoY |\n"
            "|------|------------:|----:|\n"
            "| 2021 | 412 | - |\n"
            "| 2022 | 498 | 20.9% |\n"
            "| 2023 | 587 | 18.0% |\n"
            "| 2024 | 701 | 19.4% |\n"
            "| 2025F | 829 | 18.3% |\n"
            "\n"
            "Note: vendor revenue only; excludes operators' gross gaming revenue and the US$1.1bn of official-data "
            "rights deals signed by leagues in 2024. F = forecast."
        ),
        obs=[
            ("Total", 2021, 412, "USD million", "actual"),
            ("Total", 2022, 498, "USD million", "actual"),
            ("Total", 2023, 587, "USD million", "actual"),
            ("Total", 2024, 701, "USD million", "actual"),
            ("Total", 2025, 829, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 20.9, "percent", 2021, 2022, 1.0),
            ("growth", 18.0, "percent", 2022, 2023, 1.0),
            ("growth", 19.4, "percent", 2023, 2024, 1.0),
            ("growth", 18.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # (498 / 412) ** (1 / 1) - 1 = 20.87% -> 20.9
            # (587 / 498) - 1 = 17.87% -> 17.9, not 18.0; bounds (586.5 / 498.5) - 1 = 17.65% to
            # (587.5 / 497.5) - 1 = 18.09%, which reaches 18.0
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),     # (701 / 587) - 1 = 19.42% -> 19.4
            ("cagr|implied", "exact"),     # (829 / 701) - 1 = 18.26% -> 18.3
        ],
    ),
    # 20. Space-aligned yen table, fiscal-year columns with E/F, its total row ("All segments") printed first.
    #     Nowhere: note numbers, the ¥8.4 trillion whole sports market in the note.
    dict(
        text=(
            "Japan: AI sports & fitness market by segment (¥ billion; fiscal years ending March)\n"
            "\n"
            "                                    FY2023   FY2024   FY2025E   FY2027F\n"
            "All segments                          41.3     50.4      61.2      89.6\n"
            "  Performance & tactical analytics    14.2     17.9      21.6      31.4\n"
            "  Officiating & tracking               8.1      9.6      11.5      16.2\n"
            "  Fitness coaching                    15.6     18.8      22.9      33.7\n"
            "  Broadcast & fan content              3.4      4.1       5.2       8.3\n"
            "\n"
            "Note 1: FY2024-FY2027F CAGR 21.1%. Note 2: Japan's overall sports market (about ¥8.4 trillion) is not "
            "covered. Source: Sakura Sports Research."
        ),
        obs=[
            ("All segments", 2023, 41.3, "JPY billion", "actual"),
            ("All segments", 2024, 50.4, "JPY billion", "actual"),
            ("All segments", 2025, 61.2, "JPY billion", "estimate"),
            ("All segments", 2027, 89.6, "JPY billion", "estimate"),
            ("Performance & tactical analytics", 2023, 14.2, "JPY billion", "actual"),
            ("Performance & tactical analytics", 2024, 17.9, "JPY billion", "actual"),
            ("Performance & tactical analytics", 2025, 21.6, "JPY billion", "estimate"),
            ("Performance & tactical analytics", 2027, 31.4, "JPY billion", "estimate"),
            ("Officiating & tracking", 2023, 8.1, "JPY billion", "actual"),
            ("Officiating & tracking", 2024, 9.6, "JPY billion", "actual"),
            ("Officiating & tracking", 2025, 11.5, "JPY billion", "estimate"),
            ("Officiating & tracking", 2027, 16.2, "JPY billion", "estimate"),
            ("Fitness coaching", 2023, 15.6, "JPY billion", "actual"),
            ("Fitness coaching", 2024, 18.8, "JPY billion", "actual"),
            ("Fitness coaching", 2025, 22.9, "JPY billion", "estimate"),
            ("Fitness coaching", 2027, 33.7, "JPY billion", "estimate"),
            ("Broadcast & fan content", 2023, 3.4, "JPY billion", "actual"),
            ("Broadcast & fan content", 2024, 4.1, "JPY billion", "actual"),
            ("Broadcast & fan content", 2025, 5.2, "JPY billion", "estimate"),
            ("Broadcast & fan content", 2027, 8.3, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 21.1, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # FY2023: 14.2 + 8.1 + 15.6 + 3.4 = 41.3
            ("hierarchy", "exact"),     # FY2024: 17.9 + 9.6 + 18.8 + 4.1 = 50.4
            ("hierarchy", "exact"),     # FY2025E: 21.6 + 11.5 + 22.9 + 5.2 = 61.2
            ("hierarchy", "exact"),     # FY2027F: 31.4 + 16.2 + 33.7 + 8.3 = 89.6
            ("cagr|implied", "exact"),  # (89.6 / 50.4) ** (1 / 3) - 1 = 21.14% -> 21.1
        ],
    ),
    # 21. Earnings-call excerpt (20 Feb 2025): the TAM the company sizes is the Total; "last year" = 2024 (actual),
    # "this year" = 2025 (estimate); the CAGR's span comes only from its amounts' years (inferred). Own revenue,
    # Q4 revenue, ARR, team count, sensors shipped, gross margin and the 10%-of-TAM ambition are expected nowhere.
    dict(
        text=(
            "Kinetiq Performance Inc. - Q4 and full-year fiscal 2024 earnings call, 20 February 2025 (transcript "
            "excerpt)\n"
            "CFO: Fiscal 2024 revenue was $186.4 million, up 24%, with fourth-quarter revenue of $52.1 million and "
            "exit ARR of $203 million. Gross margin held at 71%.\n"
            "CEO: Thanks. I want to step back to the opportunity. We sized the total addressable market for AI-driven "
            "performance analytics and athlete tracking - pro and college teams, leagues and national federations - "
            "at $3.4 billion last year, and we think it gets to about $4.0 billion this year, up 18%. On our numbers "
            "it reaches $7.9 billion by 2029, so roughly 18% compounded. We ended the year with 4,100 teams on the "
            "platform and shipped 2.3 million tracking pods. Long term, 10% of that TAM is what we are building "
            "toward."
        ),
        obs=[
            ("Total", 2024, 3.4, "USD billion", "actual"),
            ("Total", 2025, 4.0, "USD billion", "estimate"),
            ("Total", 2029, 7.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2024, 2025, 1.0),
            ("cagr", 18, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.0 / 3.4) ** (1 / 1) - 1 = 17.65% -> 18
            ("cagr|period", "exact"),   # (7.9 / 3.4) ** (1 / 5) - 1 = 18.37% -> 18
        ],
    ),
    # 22. Research abstract from an Australian sports-science group (2025): the Total, a part with its printed share
    # (arithmetic), and a CAGR with its span printed. Athlete and club counts, the AUC, the 23% injury reduction,
    # the A$ figure and the journal's volume/issue/pages are expected nowhere.
    dict(
        text=(
            "Abstract\n"
            "Background: Machine-learning models that flag soft-tissue injury risk from training-load and GPS data "
            "are now sold to clubs as subscription software, yet the size of that market is rarely quantified. "
            "Methods: We combined vendor disclosures, procurement records from 14 professional clubs and an audit "
            "of 2,310 athlete-seasons. Results: We estimate the global market for AI-based injury prediction and "
            "athlete load management at USD 1.18 billion in 2024, of which professional football accounted for USD "
            "0.41 billion (34.7%). Under our base case the market reaches USD 4.05 billion in 2032, a compound annual "
            "growth rate of 16.7% over 2024-2032. The best-performing model reached an AUC of 0.81, and clubs using "
            "it recorded 23% fewer hamstring injuries. Australian spending (about A$96 million) is reported "
            "separately. (J Sports Anal Tech. 2025;9(3):211-229)"
        ),
        obs=[
            ("Total", 2024, 1.18, "USD billion", "actual"),
            ("Professional football", 2024, 0.41, "USD billion", "actual"),
            ("Total", 2032, 4.05, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 34.7, "percent", 2024, 2024, None),
            ("cagr", 16.7, "percent", 2024, 2032, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 0.41 / 1.18 = 34.75% (34.746) -> 34.7
            ("cagr|implied", "exact"),  # (4.05 / 1.18) ** (1 / 8) - 1 = 16.67% -> 16.7
        ],
    ),
    # 23. LinkedIn post (Mar 2025): an approximate 2024 figure at its printed value; the YoY rate only a reading of
    # the inputs at their half-digit bounds reaches (rounding); a part with its share; "triples" as x3 over six
    # years. Viewer numbers, match and camera counts and the follower call-to-action are expected nowhere.
    dict(
        text=(
            "Everyone argues about VAR. Fewer people ask what the tech behind it is worth. \U0001F440\n\n"
            "Our team just closed the books on 2024: by our count, computer-vision officiating - line calling, "
            "semi-automated offside, ball and limb tracking feeding the video room - was a ~$620M market last year, "
            "up 27% on 2023's $486M. Football alone was $248M, i.e. 40% of it.\n\n"
            "A single 64-match tournament now runs 12 tracking cameras per stadium and 29 data points per player, "
            "and the final drew ~1.5 billion viewers. My bet: this market triples by 2030.\n\n"
            "Full deck in the comments. Follow for more #SportsTech #AI #ComputerVision"
        ),
        obs=[
            ("Total", 2023, 486, "USD million", "actual"),
            ("Total", 2024, 620, "USD million", "actual"),
            ("Football", 2024, 248, "USD million", "actual"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("share", 40, "percent", 2024, 2024, None),
            ("multiple", 3.0, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[
            # 620 / 486 - 1 = 27.57% -> 28, not 27; bounds 619.5 / 486.5 .. 620.5 / 485.5 give 27.34% .. 27.81%,
            # and 27.34% rounds to 27 -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),    # 248 / 620 = 40.00% -> 40
        ],
    ),
    # 24. Reddit answer (r/sportsbook, 2025): the first publisher's base, target and stated CAGR are the figures;
    # the second publisher's 2024 figure is expected nowhere; "~2.4x" over six years is a multiple. The global
    # betting handle, the poster's age and years in trading, and his book's quarterly vendor spend are nowhere.
    dict(
        text=(
            "Re: How big is the AI risk/trading tooling market really?\n\n"
            "Depends who you ask. Northgate Gaming Analytics has AI risk management and trading tools for sportsbooks "
            "(automated pricing, liability management, bet-pattern and integrity alerts) at $1.9bn in 2024 and "
            "$4.6bn in 2030, a 15.9% CAGR between 2024 and 2030 - so ~2.4x in six years. Meridian Sports "
            "Intelligence puts 2024 at $2.3bn, but they lump in generic KYC and payments fraud, so I'd use "
            "Northgate's. For context the whole global sports betting handle is something like $1.3 trillion.\n\n"
            "Source: me, 31, eight years on a trading desk at a mid-size book. Our own spend on these vendors was "
            "about $1.2m in Q3 alone, so it's not small change."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2030, 4.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.9, "percent", 2024, 2030, None, "stated"),
            ("multiple", 2.4, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.6 / 1.9) ** (1 / 6) - 1 = 15.88% -> 15.9
        ],
    ),
    # 25. Investor-day slide bullets (10 Sep 2025): the TAM is the Total, both E figures estimates; a stated CAGR;
    # a share of the 2030E TAM whose part is not printed (no verdict); an adjacent market's range gives two value
    # claims and no observation. Members, churn, FY25 revenue, units shipped and the share ambition are nowhere.
    dict(
        text=(
            "PULSEFORM INVESTOR DAY 2025 - Section 3: Where AI coaching goes next (slide text, 10 September 2025)\n"
            "\u25aa TAM - AI coaching across fitness apps & connected gym equipment: $5.8B (2025E) \u2192 $12.4B "
            "(2030E)\n"
            "\u25aa ~16% CAGR, 2025E-30E\n"
            "\u25aa Strength & cardio equipment with on-board AI: ~45% of 2030E TAM\n"
            "\u25aa Adjacent: AI nutrition & recovery coaching, $1.1-1.5B (2030E)\n"
            "\u25aa Today: 7.2M connected members | 1.4% monthly churn | FY25 revenue $2.1B | 240K units shipped\n"
            "\u25aa Aspiration: 20% of the AI coaching TAM by 2030"
        ),
        obs=[
            ("Total", 2025, 5.8, "USD billion", "estimate"),
            ("Total", 2030, 12.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2025, 2030, None, "stated"),
            ("share", 45, "percent", 2030, 2030, None),
            ("value", 1.1, "USD billion", 2030, 2030, None),  # range, low end
            ("value", 1.5, "USD billion", 2030, 2030, None),  # range, high end
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.4 / 5.8) ** (1 / 5) - 1 = 16.41% -> 16
        ],
    ),
    # 26. Tokyo research house release (14 Aug 2025), yen: fiscal years count as their numbers; FY2025 forecast
    # and FY2030 estimates; a YoY rate, a stated CAGR and a part with its share. Companies surveyed, J.League
    # attendance, the whole domestic sports market (trillion yen) and the report's price are expected nowhere.
    dict(
        text=(
            "TOKYO, August 14, 2025 - Kanda Sports Research Institute today released its survey of Japan's "
            "AI-in-sports market (analytics, officiating support, broadcast automation and fitness coaching). Based on "
            "interviews with 112 companies, the market came to \u00a538.6 billion in fiscal 2024, of which broadcast "
            "highlight automation was \u00a59.1 billion (23.6%). For fiscal 2025 the institute forecasts \u00a546.2 "
            "billion, up 19.7% year on year, driven by J.League and B.League clubs adopting tracking data; by fiscal "
            "2030 it projects \u00a5106.0 billion, a CAGR of 18.3% over FY2024-FY2030. J.League attendance passed "
            "12.5 million in 2024, but the AI segment remains a sliver of a domestic sports market of roughly "
            "\u00a58.4 trillion.\n"
            "Report: \"AI x Sports Market Outlook 2025\", A4, 184 pages, \u00a5198,000 (excl. tax)."
        ),
        obs=[
            ("Total", 2024, 38.6, "JPY billion", "actual"),
            ("Broadcast highlight automation", 2024, 9.1, "JPY billion", "actual"),
            ("Total", 2025, 46.2, "JPY billion", "estimate"),
            ("Total", 2030, 106.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("share", 23.6, "percent", 2024, 2024, None),
            ("growth", 19.7, "percent", 2024, 2025, 1.0),
            ("cagr", 18.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 9.1 / 38.6 = 23.58% -> 23.6
            ("cagr|implied", "exact"),  # (46.2 / 38.6) ** (1 / 1) - 1 = 19.69% -> 19.7
            ("cagr|implied", "exact"),  # (106.0 / 38.6) ** (1 / 6) - 1 = 18.34% -> 18.3
        ],
    ),
    # 27. London news page with a correction (9 Apr 2025, updated 11 Apr): the corrected 2024 figure is the figure,
    # the one it corrects is nowhere; a YoY rate with both amounts; "more than double" by 2028 as x2 over four
    # years. The Premier League TV deal, a transfer fee, a club's revenue and camera counts are nowhere.
    dict(
        text=(
            "Tracking data is football's new gold rush\n"
            "By Sports Business Desk | London, 9 April 2025 | Updated 11 April 2025\n"
            "Spending on AI player tracking and match analytics by European football clubs, leagues and federations "
            "reached \u20ac1.34bn in 2024, up 21% on 2023's \u20ac1.11bn, according to Stratos Sports Data. The "
            "consultancy expects the market to more than double by 2028, to \u20ac2.9bn. That is still loose change "
            "beside the Premier League's \u00a36.7bn domestic TV deal or a \u20ac222m transfer record, and smaller "
            "than one top club's \u20ac1.05bn annual revenue - but every top-flight stadium now carries at least nine "
            "optical-tracking cameras.\n"
            "Correction, 11 April 2025: an earlier version of this article gave the 2024 figure as \u20ac1.43bn. "
            "The correct figure is \u20ac1.34bn."
        ),
        obs=[
            ("Total", 2023, 1.11, "EUR billion", "actual"),
            ("Total", 2024, 1.34, "EUR billion", "actual"),
            ("Total", 2028, 2.9, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("multiple", 2.0, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.34 / 1.11) ** (1 / 1) - 1 = 20.72% -> 21
        ],
    ),
    # 28. Frankfurt broker note (6 May 2025): the series starts in EUR million, so the 2029 "EUR 1.52bn" is expected
    # as 1,520 EUR million; the stated CAGR was left from an earlier, lower 2024 base (about EUR 576m would give
    # 21.4%) and the printed amounts contradict it (inconsistent). Price target, upside, the company's revenue,
    # EBITDA margin and "roughly half" are expected nowhere.
    dict(
        text=(
            "Equity Research | Athletica Health SE | 6 May 2025 | Rating: Buy | PT EUR 48 (22% upside)\n"
            "Investment case. Athletica sells load-monitoring and injury-prevention software to elite clubs. We "
            "size its market - AI-based athlete health monitoring and injury prevention in Europe - at EUR 640m last "
            "year, growing to EUR 1.52bn in 2029, a CAGR of 21.4% over 2024-29. Elite football is roughly half of "
            "that spend. Athletica's own revenue was EUR 212m in 2024 at an adjusted EBITDA margin of 18%; we "
            "model its revenue growing faster than the market."
        ),
        obs=[
            ("Total", 2024, 640, "EUR million", "actual"),
            ("Total", 2029, 1520, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 21.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (1520 / 640) ** (1 / 5) - 1 = 18.89%; bounds 1515 / 640.5 .. 1525 / 639.5 (1.52bn at +/-0.005bn)
            # give 18.79% .. 18.98%, none near 21.4 -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. Provincial action plan (Simplified, 2025): 力争 targets are estimates; the 2023 base is actual; 增长2倍
    # keeps 2 as the multiple over four years; the part's share with part and whole printed. The plan's title
    # years, document number, the whole sports industry target, 体育人口 ratio, 场地面积 and park count are nowhere.
    dict(
        text=(
            "××省人民政府办公厅关于印发《××省智能体育产业发展行动方案(2025—2027年)》的通知\n"
            "×政办发〔2025〕12号\n"
            "……2023年,全省体育人工智能相关产业规模为40.2亿元。主要目标:到2027年,全省体育产业总规模力争突破"
            "3000亿元,其中体育人工智能相关产业规模力争达到120亿元,较2023年增长2倍;AI健身指导服务规模力争达到"
            "36亿元,占比30%。经常参加体育锻炼人数比例达到43%,人均体育场地面积达到3.2平方米,建成智慧体育公园"
            "100个。"
        ),
        obs=[
            ("Total", 2023, 40.2, "CNY 100 million", "actual"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
            ("AI健身指导服务", 2027, 36, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2023, 2027, 4.0),
            ("share", 30, "percent", 2027, 2027, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 36 / 120 = 30.00% -> 30
        ],
    ),
    # 30. Broker note (Simplified, Apr 2025): a YoY rate only a bounded reading reaches (rounding) and a stated
    # CAGR. The first-quarter figure, smart-mirror shipments, the covered company's revenue, gross margin and
    # target price are expected nowhere.
    dict(
        text=(
            "【××证券·行业深度】AI私教走进客厅:智能健身进入放量期(2025年4月21日)\n"
            "核心观点:据我们测算,2024年中国AI智能健身(AI私教App、智能健身镜及AI力量器械)市场规模为86.5亿元,"
            "同比增长23.5%(2023年为70.1亿元);2025年一季度市场规模约19.8亿元,淡季不淡。我们预计2027年市场规模"
            "达到158亿元,2024—2027年CAGR约22.2%。重点公司2024年智能健身镜出货量62万台,实现营收12.4亿元,毛利率"
            "41%;维持“买入”评级,目标价38.5元。\n"
            "风险提示:用户付费意愿不及预期;硬件价格战加剧。"
        ),
        obs=[
            ("Total", 2023, 70.1, "CNY 100 million", "actual"),
            ("Total", 2024, 86.5, "CNY 100 million", "actual"),
            ("Total", 2027, 158, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("cagr", 22.2, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # 86.5 / 70.1 - 1 = 23.40% (23.395) -> 23.4, not 23.5; bounds 86.45 / 70.15 .. 86.55 / 70.05 give
            # 23.24% .. 23.55%, and 23.55% rounds to 23.5 -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (158 / 86.5) ** (1 / 3) - 1 = 22.24% -> 22.2
        ],
    ),
    # 31. Xinhua wire on sports-administration statistics (Simplified, 18 Mar 2025): 2024 and 2023 actual with a
    # YoY rate; a part with its share; 今年 (2025) 突破 figure an estimate at its printed value. The whole sports
    # industry (万亿元), lottery sales, firm count and spectator visits are expected nowhere.
    dict(
        text=(
            "新华社北京3月18日电(记者××)记者18日从国家体育总局获悉,2024年全国体育人工智能服务实现营业收入"
            "312.6亿元,比上年增长18.4%;2023年同口径数据为264.0亿元。其中,AI赛事转播与集锦生成收入78.4亿元,"
            "占25.1%。据介绍,全国已有1260家规模以上企业涉足体育人工智能,全年线下观赛达4.2亿人次。2024年全国"
            "体育产业总规模达3.67万亿元,体育彩票销售额3858亿元。有关负责人表示,今年全国体育人工智能服务营业收入"
            "有望突破370亿元。"
        ),
        obs=[
            ("Total", 2023, 264.0, "CNY 100 million", "actual"),
            ("Total", 2024, 312.6, "CNY 100 million", "actual"),
            ("AI赛事转播与集锦生成", 2024, 78.4, "CNY 100 million", "actual"),
            ("Total", 2025, 370, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
            ("share", 25.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 312.6 / 264.0 - 1 = 18.41% -> 18.4
            ("arithmetic", "exact"),    # 78.4 / 312.6 = 25.08% -> 25.1
        ],
    ),
    # 32. Taiwanese annual report (Traditional, 新台幣億元 = TWD 100 million): the MIC figures are the market's; a
    # YoY rate with both amounts; 約為2020年的3.5倍 as x3.5 over four years; 2027 an estimate. The ROC title year
    # (113年度), the company's own revenue, headcount and its share ambition are expected nowhere.
    dict(
        text=(
            "肆、營運概況 — 一、產業概況(摘錄自本公司113年度年報)\n"
            "依資策會產業情報研究所(MIC)統計,2024年台灣AI運動科技市場(涵蓋運動數據分析、智慧健身及賽事轉播"
            "應用)規模達新台幣48.6億元,較2023年的41.5億元成長17.1%,約為2020年的3.5倍;MIC預估2027年可達新台幣"
            "82億元。本公司2024年度營業收入為新台幣9.82億元,員工312人,目標於三年內取得兩成以上市占率。"
        ),
        obs=[
            ("Total", 2023, 41.5, "TWD 100 million", "actual"),
            ("Total", 2024, 48.6, "TWD 100 million", "actual"),
            ("Total", 2027, 82, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.1, "percent", 2023, 2024, 1.0),
            ("multiple", 3.5, "multiple", 2020, 2024, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 41.5 - 1 = 17.11% -> 17.1
        ],
    ),
    # 33. Hong Kong newspaper (Traditional, 億港元 = HKD 100 million, Jun 2025): YoY with both amounts; a part with
    # its printed share (arithmetic); 約8.9億港元 for 2026 an estimate at its printed figure. 約四成 (a share in
    # words), gym members, Kai Tak seats, marathon entrants and a gym chain's revenue are expected nowhere.
    dict(
        text=(
            "【本報訊】AI私人教練、智能單車與球場追蹤鏡頭走進本港健身室和球場。香港運動科技協會昨日(6月17日)發表"
            "報告指出,2024年本港AI運動科技市場規模達5.86億港元,較2023年的4.71億港元增長24.4%;其中賽事分析及球員"
            "追蹤服務為1.42億港元,佔整體的24.2%,健身中心的AI私人教練及智能器材則約佔四成。協會預計,市場規模於"
            "2026年將增至約8.9億港元。本港健身中心會員逾60萬人,啟德體育園主場館設5萬個座位,今年渣打香港馬拉松"
            "參加人數約7.4萬;本地最大連鎖健身集團上財年營業額則為12.3億港元。"
        ),
        obs=[
            ("Total", 2023, 4.71, "HKD 100 million", "actual"),
            ("Total", 2024, 5.86, "HKD 100 million", "actual"),
            ("賽事分析及球員追蹤服務", 2024, 1.42, "HKD 100 million", "actual"),
            ("Total", 2026, 8.9, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.4, "percent", 2023, 2024, 1.0),
            ("share", 24.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5.86 / 4.71 - 1 = 24.42% -> 24.4
            ("arithmetic", "exact"),    # 1.42 / 5.86 = 24.23% -> 24.2
        ],
    ),
    # 34. PTT post (Traditional, 12 Apr 2025, 億美元 = USD 100 million): the CAGR's span only its amounts' years
    # give (inferred), and the amounts cannot give it (inconsistent); 今年 (2025) 預估 is an estimate. The NBA
    # media-rights deal, views, the poster's age and push counts are expected nowhere.
    dict(
        text=(
            "作者 hoopdata (籃球數據狗)  看板 Tech_Job\n"
            "標題 [討論] AI自動剪精華這市場到底多大?\n"
            "時間 Sat Apr 12 22:41:07 2025\n"
            "小弟30歲,在轉播公司做後製。最近公司導入AI自動剪精華,一場比賽剪出200支短影音。查了一下某研究機構報告:"
            "全球AI賽事轉播與精華剪輯市場2023年約18億美元,2028年上看52億美元,年複合成長率高達32%。\n"
            "今年預估約25億美元。對比NBA新轉播合約11年760億美元,這塊其實還很小,但短影音觀看次數一年破百億。\n"
            "後製的飯碗還保得住嗎?\n"
            "推 ballgod: 32%是怎麼算的 兜不起來吧"
        ),
        obs=[
            ("Total", 2023, 18, "USD 100 million", "actual"),
            ("Total", 2025, 25, "USD 100 million", "estimate"),
            ("Total", 2028, 52, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 32, "percent", 2023, 2028, None, "inferred"),
        ],
        verdicts=[
            # (52 / 18) ** (1 / 5) - 1 = 23.64%; bounds 51.5 / 18.5 .. 52.5 / 17.5 give 22.72% .. 24.57%, none
            # reaches 31.5 -> inconsistent
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 35. WeChat article (Simplified, May 2025): 去年 = 2024 (actual, 约 at its printed figure); 是2020年的4.5倍 a
    # multiple over four years (no verdict); 2026 突破 an estimate. The first-quarter figure, 约占四成, wearable
    # shipments, the whole sports industry (万亿元) and the survey of coaches are expected nowhere.
    dict(
        text=(
            "运动员的伤,AI能提前看见吗?|体育科技观察 2025-05-08\n"
            "十字韧带撕裂、腘绳肌拉伤……这些让球迷心碎的伤病,正在被算法提前预警。据行业机构统计,去年我国运动损伤"
            "预测与运动员健康管理AI市场规模约23.5亿元,是2020年的4.5倍;今年一季度约6.1亿元。其中,职业俱乐部和"
            "体育院校采购约占四成。业内预计,2026年该市场规模将突破40亿元。\n"
            "对比之下,全国体育产业总规模已达3.67万亿元,可穿戴设备年出货量1.3亿台。一项针对1024名教练的调查"
            "显示,68%的教练愿意参考AI给出的训练负荷建议。"
        ),
        obs=[
            ("Total", 2024, 23.5, "CNY 100 million", "actual"),
            ("Total", 2026, 40, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4.5, "multiple", 2020, 2024, 4.0),
        ],
        verdicts=[],
    ),
    # 36. Markdown table, years as columns with E/F (June 2025), USD billion from the title line: each row label an
    # item, the Total row too; the note's CAGR stated; the 2025E total one cent above its rows (rounding). The
    # table number, title years, note numbers and the whole sports market are expected nowhere.
    dict(
        text=(
            "Exhibit 7: Global AI-in-sports market by application, 2023-2028F (USD billion)\n"
            "| Application | 2023 | 2024 | 2025E | 2028F |\n"
            "|:--|--:|--:|--:|--:|\n"
            "| Performance & match analytics | 1.42 | 1.71 | 2.05 | 3.46 |\n"
            "| CV officiating & player tracking | 0.86 | 1.07 | 1.31 | 2.35 |\n"
            "| AI coaching in fitness apps & connected equipment | 1.95 | 2.38 | 2.90 | 5.12 |\n"
            "| Betting risk & integrity monitoring | 0.64 | 0.79 | 0.97 | 1.71 |\n"
            "| Automated broadcast & highlights | 0.58 | 0.74 | 0.93 | 1.78 |\n"
            "| Injury prediction & athlete health | 0.39 | 0.48 | 0.60 | 1.09 |\n"
            "| Total | 5.84 | 7.17 | 8.78 | 15.51 |\n"
            "Source: Helix Sports Partners, June 2025. Notes: (1) Totals are computed on unrounded data. (2) Total "
            "CAGR 2024-2028F: 21.3%. (3) The global sports market (USD 512 billion in 2024) is not included."
        ),
        obs=[
            ("Performance & match analytics", 2023, 1.42, "USD billion", "actual"),
            ("Performance & match analytics", 2024, 1.71, "USD billion", "actual"),
            ("Performance & match analytics", 2025, 2.05, "USD billion", "estimate"),
            ("Performance & match analytics", 2028, 3.46, "USD billion", "estimate"),
            ("CV officiating & player tracking", 2023, 0.86, "USD billion", "actual"),
            ("CV officiating & player tracking", 2024, 1.07, "USD billion", "actual"),
            ("CV officiating & player tracking", 2025, 1.31, "USD billion", "estimate"),
            ("CV officiating & player tracking", 2028, 2.35, "USD billion", "estimate"),
            ("AI coaching in fitness apps & connected equipment", 2023, 1.95, "USD billion", "actual"),
            ("AI coaching in fitness apps & connected equipment", 2024, 2.38, "USD billion", "actual"),
            ("AI coaching in fitness apps & connected equipment", 2025, 2.90, "USD billion", "estimate"),
            ("AI coaching in fitness apps & connected equipment", 2028, 5.12, "USD billion", "estimate"),
            ("Betting risk & integrity monitoring", 2023, 0.64, "USD billion", "actual"),
            ("Betting risk & integrity monitoring", 2024, 0.79, "USD billion", "actual"),
            ("Betting risk & integrity monitoring", 2025, 0.97, "USD billion", "estimate"),
            ("Betting risk & integrity monitoring", 2028, 1.71, "USD billion", "estimate"),
            ("Automated broadcast & highlights", 2023, 0.58, "USD billion", "actual"),
            ("Automated broadcast & highlights", 2024, 0.74, "USD billion", "actual"),
            ("Automated broadcast & highlights", 2025, 0.93, "USD billion", "estimate"),
            ("Automated broadcast & highlights", 2028, 1.78, "USD billion", "estimate"),
            ("Injury prediction & athlete health", 2023, 0.39, "USD billion", "actual"),
            ("Injury prediction & athlete health", 2024, 0.48, "USD billion", "actual"),
            ("Injury prediction & athlete health", 2025, 0.60, "USD billion", "estimate"),
            ("Injury prediction & athlete health", 2028, 1.09, "USD billion", "estimate"),
            ("Total", 2023, 5.84, "USD billion", "actual"),
            ("Total", 2024, 7.17, "USD billion", "actual"),
            ("Total", 2025, 8.78, "USD billion", "estimate"),
            ("Total", 2028, 15.51, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21.3, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (15.51 / 7.17) ** (1 / 4) - 1 = 21.28% -> 21.3
            ("hierarchy", "exact"),     # 2023: 1.42 + 0.86 + 1.95 + 0.64 + 0.58 + 0.39 = 5.84
            ("hierarchy", "exact"),     # 2024: 1.71 + 1.07 + 2.38 + 0.79 + 0.74 + 0.48 = 7.17
            # 2025E: 2.05 + 1.31 + 2.90 + 0.97 + 0.93 + 0.60 = 8.76 vs 8.78; six rows at +0.005 give up to 8.79,
            # and the total may be as low as 8.775 -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2028F: 3.46 + 2.35 + 5.12 + 1.71 + 1.78 + 1.09 = 15.51
        ],
    ),
    # 37. Tab-separated vertical table, years as rows (Jul 2025), GBP million: the lone value column, headed by its
    # unit only, is the Total; 2025E and 2026F estimates; six YoY rates, the 2023 one only a bounded reading
    # reaches (rounding). The table number, title years, gym members and wearables shipped are expected nowhere.
    dict(
        text=(
            "Table 3.2 UK market for AI coaching in fitness apps and connected gym equipment, 2020-2026F\n"
            "Year\t\u00a3 million\tYoY (%)\n"
            "2020\t48.2\t-\n"
            "2021\t71.5\t48.3\n"
            "2022\t88.9\t24.3\n"
            "2023\t109.6\t23.4\n"
            "2024\t134.8\t23.0\n"
            "2025E\t163.0\t20.9\n"
            "2026F\t194.5\t19.3\n"
            "Source: Albion Leisure Analytics, July 2025. 2025E and 2026F are forecasts. Gym membership (10.7 million "
            "members in 2024) and fitness wearables (2.9 million units shipped) are tracked separately."
        ),
        obs=[
            ("Total", 2020, 48.2, "GBP million", "actual"),
            ("Total", 2021, 71.5, "GBP million", "actual"),
            ("Total", 2022, 88.9, "GBP million", "actual"),
            ("Total", 2023, 109.6, "GBP million", "actual"),
            ("Total", 2024, 134.8, "GBP million", "actual"),
            ("Total", 2025, 163.0, "GBP million", "estimate"),
            ("Total", 2026, 194.5, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 48.3, "percent", 2020, 2021, 1.0),
            ("growth", 24.3, "percent", 2021, 2022, 1.0),
            ("growth", 23.4, "percent", 2022, 2023, 1.0),
            ("growth", 23.0, "percent", 2023, 2024, 1.0),
            ("growth", 20.9, "percent", 2024, 2025, 1.0),
            ("growth", 19.3, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 71.5 / 48.2 - 1 = 48.34% -> 48.3
            ("cagr|implied", "exact"),  # 88.9 / 71.5 - 1 = 24.34% -> 24.3
            # 109.6 / 88.9 - 1 = 23.28% (23.285) -> 23.3, not 23.4; bounds 109.55 / 88.95 .. 109.65 / 88.85 give
            # 23.16% .. 23.41%, and 23.41% rounds to 23.4 -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 134.8 / 109.6 - 1 = 22.99% -> 23.0
            ("cagr|implied", "exact"),  # 163.0 / 134.8 - 1 = 20.92% -> 20.9
            ("cagr|implied", "exact"),  # 194.5 / 163.0 - 1 = 19.33% -> 19.3
        ],
    ),
    # 38. Simplified Chinese space-aligned table with a share column (Apr 2025), 亿元: row labels and 合计 are items;
    # 2025年E estimates; six 2024 shares with part and whole (arithmetic); the 100.0% total is no claim. The table
    # number, title years and the note's whole sports industry figure are expected nowhere.
    dict(
        text=(
            "图表12  2023—2025年中国体育人工智能市场细分结构\n"
            "单位:亿元\n"
            "细分领域                      2023年    2024年   2024年占比   2025年E\n"
            "智能赛事与训练分析              58.6      72.4      22.0%        87.9\n"
            "视觉裁判与运动员追踪            31.2      39.8      12.1%        49.6\n"
            "AI健身指导(App及智能器械)     96.3     118.7      36.1%       145.2\n"
            "体彩风控与赛事诚信监测          18.4      22.1       6.7%        26.3\n"
            "AI赛事转播与集锦生成            40.5      52.3      15.9%        66.8\n"
            "运动损伤预测与健康管理          19.0      23.6       7.2%        29.5\n"
            "合计                           264.0     328.9     100.0%       405.3\n"
            "注:2025年为预测值;不含体育用品制造及体育场馆运营(2024年体育产业总规模3.67万亿元)。资料来源:××研究院,"
            "2025年4月。"
        ),
        obs=[
            ("智能赛事与训练分析", 2023, 58.6, "CNY 100 million", "actual"),
            ("智能赛事与训练分析", 2024, 72.4, "CNY 100 million", "actual"),
            ("智能赛事与训练分析", 2025, 87.9, "CNY 100 million", "estimate"),
            ("视觉裁判与运动员追踪", 2023, 31.2, "CNY 100 million", "actual"),
            ("视觉裁判与运动员追踪", 2024, 39.8, "CNY 100 million", "actual"),
            ("视觉裁判与运动员追踪", 2025, 49.6, "CNY 100 million", "estimate"),
            ("AI健身指导(App及智能器械)", 2023, 96.3, "CNY 100 million", "actual"),
            ("AI健身指导(App及智能器械)", 2024, 118.7, "CNY 100 million", "actual"),
            ("AI健身指导(App及智能器械)", 2025, 145.2, "CNY 100 million", "estimate"),
            ("体彩风控与赛事诚信监测", 2023, 18.4, "CNY 100 million", "actual"),
            ("体彩风控与赛事诚信监测", 2024, 22.1, "CNY 100 million", "actual"),
            ("体彩风控与赛事诚信监测", 2025, 26.3, "CNY 100 million", "estimate"),
            ("AI赛事转播与集锦生成", 2023, 40.5, "CNY 100 million", "actual"),
            ("AI赛事转播与集锦生成", 2024, 52.3, "CNY 100 million", "actual"),
            ("AI赛事转播与集锦生成", 2025, 66.8, "CNY 100 million", "estimate"),
            ("运动损伤预测与健康管理", 2023, 19.0, "CNY 100 million", "actual"),
            ("运动损伤预测与健康管理", 2024, 23.6, "CNY 100 million", "actual"),
            ("运动损伤预测与健康管理", 2025, 29.5, "CNY 100 million", "estimate"),
            ("合计", 2023, 264.0, "CNY 100 million", "actual"),
            ("合计", 2024, 328.9, "CNY 100 million", "actual"),
            ("合计", 2025, 405.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 22.0, "percent", 2024, 2024, None),
            ("share", 12.1, "percent", 2024, 2024, None),
            ("share", 36.1, "percent", 2024, 2024, None),
            ("share", 6.7, "percent", 2024, 2024, None),
            ("share", 15.9, "percent", 2024, 2024, None),
            ("share", 7.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 72.4 / 328.9 = 22.01% -> 22.0
            ("arithmetic", "exact"),    # 39.8 / 328.9 = 12.10% -> 12.1
            ("arithmetic", "exact"),    # 118.7 / 328.9 = 36.09% -> 36.1
            ("arithmetic", "exact"),    # 22.1 / 328.9 = 6.72% -> 6.7
            ("arithmetic", "exact"),    # 52.3 / 328.9 = 15.90% -> 15.9
            ("arithmetic", "exact"),    # 23.6 / 328.9 = 7.18% -> 7.2
            ("hierarchy", "exact"),     # 2023: 58.6 + 31.2 + 96.3 + 18.4 + 40.5 + 19.0 = 264.0
            ("hierarchy", "exact"),     # 2024: 72.4 + 39.8 + 118.7 + 22.1 + 52.3 + 23.6 = 328.9
            ("hierarchy", "exact"),     # 2025E: 87.9 + 49.6 + 145.2 + 26.3 + 66.8 + 29.5 = 405.3
        ],
    ),
    # 39. Korean research house, space-aligned regional table with a CAGR column (Seoul, 11 Feb 2025), USD million:
    # regions and Total are items; 2025E and 2030F estimates; five stated CAGRs, Rest of World's only a bounded
    # reading reaches (rounding). Korea's KRW figure, the K League attendance and the figure number are nowhere.
    dict(
        text=(
            "Seoul, 11 February 2025 - Hanbit Investment & Securities, Sports Tech Monthly No. 27, Figure 4 data\n"
            "AI in sports and fitness: market by region (USD million)\n"
            "Region                2024     2025E     2030F    CAGR 24-30F\n"
            "North America        3,020     3,610     8,140         18.0%\n"
            "Europe               2,150     2,560     5,870         18.2%\n"
            "Asia-Pacific         1,480     1,840     4,920         22.2%\n"
            "Rest of World          520       610     1,450         18.7%\n"
            "Total                7,170     8,620    20,380         19.0%\n"
            "Note: Korea (KRW 318 billion in 2024) is included in Asia-Pacific. K League 1 drew a record 2.5 million "
            "spectators in 2024."
        ),
        obs=[
            ("North America", 2024, 3020, "USD million", "actual"),
            ("North America", 2025, 3610, "USD million", "estimate"),
            ("North America", 2030, 8140, "USD million", "estimate"),
            ("Europe", 2024, 2150, "USD million", "actual"),
            ("Europe", 2025, 2560, "USD million", "estimate"),
            ("Europe", 2030, 5870, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 1480, "USD million", "actual"),
            ("Asia-Pacific", 2025, 1840, "USD million", "estimate"),
            ("Asia-Pacific", 2030, 4920, "USD million", "estimate"),
            ("Rest of World", 2024, 520, "USD million", "actual"),
            ("Rest of World", 2025, 610, "USD million", "estimate"),
            ("Rest of World", 2030, 1450, "USD million", "estimate"),
            ("Total", 2024, 7170, "USD million", "actual"),
            ("Total", 2025, 8620, "USD million", "estimate"),
            ("Total", 2030, 20380, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8140 / 3020) ** (1 / 6) - 1 = 17.97% -> 18.0
            ("cagr|implied", "exact"),  # (5870 / 2150) ** (1 / 6) - 1 = 18.22% -> 18.2
            ("cagr|implied", "exact"),  # (4920 / 1480) ** (1 / 6) - 1 = 22.17% -> 22.2
            # (1450 / 520) ** (1 / 6) - 1 = 18.64% (18.639) -> 18.6, not 18.7; bounds 1449.5 / 520.5 ..
            # 1450.5 / 519.5 give 18.61% .. 18.67%, and 18.67% rounds to 18.7 -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (20380 / 7170) ** (1 / 6) - 1 = 19.02% -> 19.0
            ("hierarchy", "exact"),     # 2024: 3,020 + 2,150 + 1,480 + 520 = 7,170
            ("hierarchy", "exact"),     # 2025E: 3,610 + 2,560 + 1,840 + 610 = 8,620
            ("hierarchy", "exact"),     # 2030F: 8,140 + 5,870 + 4,920 + 1,450 = 20,380
        ],
    ),
    # 40. Traditional Chinese pipe table (Mar 2025), 新台幣百萬元 = TWD million, with a 2024 share column: row labels
    # and 合計 are items; 2025年(F) estimates; five shares with part and whole; the 100.0% total is no claim. The
    # table number and the note's sports-lottery sales are expected nowhere.
    dict(
        text=(
            "表4-3 台灣AI運動科技市場結構\n"
            "單位:新台幣百萬元\n"
            "| 項目 | 2023年 | 2024年 | 2024年占比 | 2025年(F) |\n"
            "|---|---|---|---|---|\n"
            "| AI運動數據分析 | 1,020 | 1,180 | 24.3% | 1,370 |\n"
            "| 智慧健身AI教練(App與連網器材) | 1,650 | 1,940 | 39.9% | 2,260 |\n"
            "| AI賽事轉播與精華剪輯 | 780 | 930 | 19.1% | 1,110 |\n"
            "| 電腦視覺判決與球員追蹤 | 410 | 480 | 9.9% | 560 |\n"
            "| 運動傷害預測與健康管理 | 290 | 330 | 6.8% | 380 |\n"
            "| 合計 | 4,150 | 4,860 | 100.0% | 5,680 |\n"
            "資料來源:資策會MIC,2025年3月。註:F為預測值;運動彩券銷售額(2024年約新台幣700億元)不計入。"
        ),
        obs=[
            ("AI運動數據分析", 2023, 1020, "TWD million", "actual"),
            ("AI運動數據分析", 2024, 1180, "TWD million", "actual"),
            ("AI運動數據分析", 2025, 1370, "TWD million", "estimate"),
            ("智慧健身AI教練(App與連網器材)", 2023, 1650, "TWD million", "actual"),
            ("智慧健身AI教練(App與連網器材)", 2024, 1940, "TWD million", "actual"),
            ("智慧健身AI教練(App與連網器材)", 2025, 2260, "TWD million", "estimate"),
            ("AI賽事轉播與精華剪輯", 2023, 780, "TWD million", "actual"),
            ("AI賽事轉播與精華剪輯", 2024, 930, "TWD million", "actual"),
            ("AI賽事轉播與精華剪輯", 2025, 1110, "TWD million", "estimate"),
            ("電腦視覺判決與球員追蹤", 2023, 410, "TWD million", "actual"),
            ("電腦視覺判決與球員追蹤", 2024, 480, "TWD million", "actual"),
            ("電腦視覺判決與球員追蹤", 2025, 560, "TWD million", "estimate"),
            ("運動傷害預測與健康管理", 2023, 290, "TWD million", "actual"),
            ("運動傷害預測與健康管理", 2024, 330, "TWD million", "actual"),
            ("運動傷害預測與健康管理", 2025, 380, "TWD million", "estimate"),
            ("合計", 2023, 4150, "TWD million", "actual"),
            ("合計", 2024, 4860, "TWD million", "actual"),
            ("合計", 2025, 5680, "TWD million", "estimate"),
        ],
        claims=[
            ("share", 24.3, "percent", 2024, 2024, None),
            ("share", 39.9, "percent", 2024, 2024, None),
            ("share", 19.1, "percent", 2024, 2024, None),
            ("share", 9.9, "percent", 2024, 2024, None),
            ("share", 6.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 1,180 / 4,860 = 24.28% -> 24.3
            ("arithmetic", "exact"),    # 1,940 / 4,860 = 39.92% -> 39.9
            ("arithmetic", "exact"),    # 930 / 4,860 = 19.14% -> 19.1
            ("arithmetic", "exact"),    # 480 / 4,860 = 9.88% -> 9.9
            ("arithmetic", "exact"),    # 330 / 4,860 = 6.79% -> 6.8
            ("hierarchy", "exact"),     # 2023: 1,020 + 1,650 + 780 + 410 + 290 = 4,150
            ("hierarchy", "exact"),     # 2024: 1,180 + 1,940 + 930 + 480 + 330 = 4,860
            ("hierarchy", "exact"),     # 2025(F): 1,370 + 2,260 + 1,110 + 560 + 380 = 5,680
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-fifty-seventh check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 4, 'rounding': 9, 'exact': 90}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'expanding at a compound annual growth rate (CAGR) of 26.8% from 2024 to 2030',
    "or 36.6% of last year's revenue",
    'an 18% CAGR over FY24-27e',
    'as it compounds at 19.6% a year',
    "put last year's market at about $4.6 billion",
    'We size the total addressable market for AI coaching',
    'grows about 12% a year to roughly $22 billion by 2028',
    '21% more than the €506 million of 2023',
    'in fiscal 2024 (April 2024-March 2025), up 14.2% from ¥41.3 billion',
    'two and a half times its 2023 size by 2028',
    'and expects it to reach $1.95 billion in 2028',
    'somewhere between US$640 million and US$720 million',
    'an earlier version of this post gave the 2024 figure as US$350 million',
    '力争全省AI体育产业规模突破300亿元，年均增长24%以上',
    '2024—2026年复合增速28.6%',
    '今年有望增至112亿元，同比增长33.3%',
    '2024至2027年複合成長率20.8%',
    '為2023年的1.5倍',
    '（更正：本報日前誤植為35.1億元）',
    '预计2027年将突破3亿元',
    '| Total | 1,128.9 | 1,357.4 | 1,629.6 | 2,786.6 |',
    '2025E          240      214       454',
    '| Year | USD million | YoY |',
    'All segments                          41.3',
    'at $3.4 billion last year, and we think it gets to about $4.0 billion this year, up 18%',
    'it reaches $7.9 billion by 2029, so roughly 18% compounded',
    'of which professional football accounted for USD 0.41 billion (34.7%)',
    "was a ~$620M market last year, up 27% on 2023's $486M",
    'My bet: this market triples by 2030.',
    'Meridian Sports Intelligence puts 2024 at $2.3bn',
    'Adjacent: AI nutrition & recovery coaching, $1.1-1.5B (2030E)',
    '¥38.6 billion in fiscal 2024',
    'an earlier version of this article gave the 2024 figure as €1.43bn',
    'at EUR 640m last year, growing to EUR 1.52bn in 2029',
    '力争达到120亿元,较2023年增长2倍',
    '同比增长23.5%(2023年为70.1亿元)',
    '今年全国体育人工智能服务营业收入有望突破370亿元',
    '約為2020年的3.5倍',
    '佔整體的24.2%,健身中心的AI私人教練及智能器材則約佔四成',
    '2028年上看52億美元,年複合成長率高達32%',
    '是2020年的4.5倍;今年一季度约6.1亿元',
    '| Total | 5.84 | 7.17 | 8.78 | 15.51 |',
    'Year\t£ million\tYoY (%)',
    '合计                           264.0     328.9     100.0%       405.3',
    'CAGR 24-30F',
    '單位:新台幣百萬元',
)
LAYOUT = (40, 12, 13, 15)
#: the set's blind score (written without reading or running the extractor, and kept unread): 271
#: figures, 58 rates, 94 verdicts and 5 false inconsistent
#: after the readings chosen on the hundred-and-fifty-sixth, -fifty-eighth, -sixtieth and -sixty-second sets
#: (it kept unread): 272, 58, 94 and 5
FLOORS = {"figures_found": 276, "rates_found": 59, "verdicts_right": 98}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 3


if __name__ == "__main__":  # python tests/extract_checkset157.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
