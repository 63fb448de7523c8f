"""Snippets written for the extraction tests, with what each states, worked out by hand.

Each entry: ``text``; ``obs`` as (item, year, value, unit, status[, printed step]); ``claims`` as
(kind, value, unit, start_year, end_year, period_years); ``verdicts`` as
(check, verdict) rows the audit of the snippet must contain. The
arithmetic behind each verdict is in the comment beside it.
"""

CORPUS = [
    dict(  # 1: English, US$ with a scale word, actual then estimate
        text="The global AI chip market was valued at US$53.5 billion in 2023 and is expected to reach "
             "US$227 billion by 2030.",
        obs=[("Total", 2023, 53.5, "USD billion", "actual"), ("Total", 2030, 227.0, "USD billion", "estimate")],
        claims=[], verdicts=[]),
    dict(  # 2: year-on-year growth with bn
        text="In 2024, cloud AI revenue rose 35% year-on-year to $12.4bn.",
        obs=[("Total", 2024, 12.4, "USD billion", "actual")],
        claims=[("growth", 35.0, "percent", 2023, 2024, 1.0)],
        # growth implies 12.4 / 1.35 = 9.185 in 2023, which the text does not give
        verdicts=[]),
    dict(  # 3: a CAGR "from 2024 to 2029" that holds
        text="The robotics market is forecast to grow at a CAGR of 18.5% from 2024 to 2029, from $40 billion in "
             "2024 to $93.4 billion in 2029.",
        obs=[("Total", 2024, 40.0, "USD billion", "actual"), ("Total", 2029, 93.4, "USD billion", "estimate")],
        claims=[("cagr", 18.5, "percent", 2024, 2029, None)],
        # (93.4 / 40) ** (1/5) - 1 = 18.48%, which rounds to 18.5%
        verdicts=[("cagr", "exact")]),
    dict(  # 4: euros; a CAGR whose period is read from the figures of its sentence, and does not hold
        text="Europe's AI software spending reached €8.2 billion in 2022 and will be €21 billion in 2027, "
             "a compound annual growth rate of 25%.",
        obs=[("Total", 2022, 8.2, "EUR billion", "actual"), ("Total", 2027, 21.0, "EUR billion", "estimate")],
        claims=[("cagr", 25.0, "percent", 2022, 2027, None)],
        # (21 / 8.2) ** (1/5) - 1 = 20.7%; at most (21.5 / 8.15) ** (1/5) - 1 = 21.4% with rounding: not 25%
        verdicts=[("cagr", "inconsistent")]),
    dict(  # 5: Chinese, 亿元 and a 2023-2027 CAGR that holds only from a 2022 base
        text="2022年中国智能客服市场规模为66.8亿元，预计2023-2027年将保持26.7%的年复合增长率，2027年达到218.6亿元。",
        obs=[("Total", 2022, 66.8, "CNY 100 million", "actual"),
             ("Total", 2027, 218.6, "CNY 100 million", "estimate")],
        claims=[("cagr", 26.7, "percent", 2023, 2027, None)],
        # (218.6 / 66.8) ** (1/5) - 1 = 26.76% (five periods from 2022), not 26.7%; the printed values allow
        # (218.55 / 66.85) ** (1/5) - 1 = 26.73%, which is: "rounding". Over four periods it would be 34.5%
        verdicts=[("period", "rounding")]),
    dict(  # 6: 万亿美元 and 亿美元 in one sentence; a range of two amounts sharing a unit
        text="据测算，生成式AI每年可为全球经济带来2.6万亿至4.4万亿美元的价值。",
        obs=[], claims=[("value", 2.6, "USD trillion", None, None, None),
                        ("value", 4.4, "USD trillion", None, None, None)],
        verdicts=[]),
    dict(  # 7: full-width digits and punctuation
        text="２０２３年全球ＡＩ服务器出货量达到１１８万台，同比增长３８．４％。",
        obs=[("Total", 2023, 118.0, "count 10 thousand", "actual")],
        claims=[("growth", 38.4, "percent", 2022, 2023, 1.0)],
        verdicts=[]),
    dict(  # 8: a multiple, "grew 56 times" (xN only in English)
        text="The start-up's annualised revenue hit $1.6 billion in 2023, having grown 56 times in a year.",
        obs=[("Total", 2023, 1.6, "USD billion", "actual")],
        claims=[("multiple", 56.0, "multiple", None, 2023, None)],
        verdicts=[]),
    dict(  # 9: 增长N倍 with "compared with last year"; both readings noted
        text="该公司2024年营收达到30亿元，相比去年增长2倍。",
        obs=[("Total", 2024, 30.0, "CNY 100 million", "actual")],
        claims=[("multiple", 2.0, "multiple", 2023, 2024, 1.0)],
        verdicts=[]),
    dict(  # 10: a share, with "less than" as an upper bound
        text="By 2030, generative AI will account for 12% of all AI spending, up from less than 2% in 2022.",
        obs=[], claims=[("share", 12.0, "percent", 2030, 2030, None), ("share", 2.0, "percent", 2022, 2022, None)],
        verdicts=[]),
    dict(  # 11: FY years and million
        text="Revenue for FY2024 was $845 million; management expects $1,120 million in FY2025.",
        obs=[("Total", 2024, 845.0, "USD million", "actual"), ("Total", 2025, 1120.0, "USD million", "estimate")],
        claims=[], verdicts=[]),
    dict(  # 12: a year in parentheses and an E year
        text="AI PC shipments: 50 million units (2024) rising to 167 million units in 2027E.",
        obs=[("Total", 2024, 50.0, "count million", "actual"), ("Total", 2027, 167.0, "count million", "estimate")],
        claims=[], verdicts=[]),
    dict(  # 13: "over the next four years"
        text="The edge AI market, worth $20 billion in 2024, should compound at 20% a year (CAGR) over the next "
             "four years to $41.5 billion in 2028.",
        obs=[("Total", 2024, 20.0, "USD billion", "actual"), ("Total", 2028, 41.5, "USD billion", "estimate")],
        claims=[("cagr", 20.0, "percent", 2024, 2028, 4.0)],
        # 20 * 1.2 ** 4 = 41.47, which rounds to 41.5
        verdicts=[("cagr", "exact")]),
    dict(  # 14: 五年复合增长率
        text="2023年中国AI芯片市场规模达1206亿元，五年复合增长率约为30%，2028年将达到4478亿元。",
        obs=[("Total", 2023, 1206.0, "CNY 100 million", "actual"),
             ("Total", 2028, 4478.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 30.0, "percent", 2023, 2028, 5.0)],
        # (4478 / 1206) ** (1/5) - 1 = 30.0%
        verdicts=[("cagr", "exact")]),
    dict(  # 15: 分别 over a range of years
        text="从2020年至2023年，该公司分别亏损12.5亿元、15.0亿元、9.8亿元和6.1亿元，累计亏损43.4亿元。",
        obs=[("Total", 2020, 12.5, "CNY 100 million", "actual"), ("Total", 2021, 15.0, "CNY 100 million", "actual"),
             ("Total", 2022, 9.8, "CNY 100 million", "actual"), ("Total", 2023, 6.1, "CNY 100 million", "actual")],
        claims=[("total", 43.4, "CNY 100 million", 2020, 2023, None)],
        # 12.5 + 15.0 + 9.8 + 6.1 = 43.4
        verdicts=[("arithmetic", "exact")]),
    dict(  # 16: counts and shares of a whole, "分别"
        text="在统计的50家企业中，大型企业、中型企业、小型企业分别有20家、18家、12家，分别占比40%、36%、24%。",
        obs=[], claims=[("count", 50.0, "count", None, None, None), ("count", 20.0, "count", None, None, None),
                        ("count", 18.0, "count", None, None, None), ("count", 12.0, "count", None, None, None),
                        ("share", 40.0, "percent", None, None, None), ("share", 36.0, "percent", None, None, None),
                        ("share", 24.0, "percent", None, None, None)],
        # 20 + 18 + 12 = 50; 20/50 = 40%, 18/50 = 36%, 12/50 = 24%
        verdicts=[("arithmetic", "exact")]),
    dict(  # 17: a tab-separated table with a total row below, a unit note and a CAGR column
        text="Revenue by region (US$ million)\n"
             "Region\t2023\t2025E\t2030E\t2023-30E CAGR\n"
             "Americas\t$1,200\t$2,050\t$5,400\t24%\n"
             "Europe\t$640\t$1,010\t$2,300\t20%\n"
             "Asia\t$910\t$1,700\t$5,100\t28%\n"
             "Total\t$2,750\t$4,760\t$12,800\t25%\n",
        obs=[("Americas", 2023, 1200.0, "USD million", "actual"), ("Total", 2030, 12800.0, "USD million", "estimate")],
        # (5400/1200) ** (1/7) - 1 = 23.97% -> 24%; (2300/640): 20.05% -> 20%; (5100/910): 27.92% -> 28%;
        # (12800/2750): 24.57% -> 25%. Total = 1200 + 640 + 910 = 2750, 2050 + 1010 + 1700 = 4760, 12800
        claims=[("cagr", 24.0, "percent", 2023, 2030, None), ("cagr", 25.0, "percent", 2023, 2030, None)],
        verdicts=[("cagr", "exact"), ("hierarchy", "exact")]),
    dict(  # 18: a space-separated table, parents above their children, an accounting negative
        text="Segment 2022 2023 2024 YoY\n"
             "Hardware 300 360 420 17%\n"
             "Chips 200 250 300 20%\n"
             "Servers 100 110 120 9%\n"
             "Services 80 70 75 (33)%\n",
        obs=[("Chips", 2024, 300.0, "count", "actual"), ("Services", 2023, 70.0, "count", "actual")],
        claims=[], verdicts=[("hierarchy", "exact")]),
    dict(  # 19: noise: a footnote number glued to a percent
        text="The share of enterprises using AI rose to 26%8 in 2024, from 18% in 2022.",
        obs=[], claims=[("share", 26.0, "percent", 2024, 2024, None), ("share", 18.0, "percent", 2022, 2022, None)],
        verdicts=[]),
    dict(  # 20: noise: a number broken across two lines
        text="An estimate puts the AI infrastructure market at $1,303,\n551 million in 2032.",
        obs=[("Total", 2032, 1_303_551.0, "USD million", "estimate")],
        claims=[], verdicts=[]),
    dict(  # 21: noise: a repeated header (a new page) inside a table
        text="Units\t2021\t2022\n"
             "A\t10\t12\n"
             "B\t20\t24\n"
             "Units\t2021\t2022\n"
             "C\t30\t36\n",
        obs=[("C", 2022, 36.0, "count", "actual")], claims=[], verdicts=[]),
    dict(  # 22: precision: a trailing zero may be rounding
        text="2022年市场规模为9750亿元，2024年为11000亿元，年复合增长率为6.2%。",
        obs=[("Total", 2022, 9750.0, "CNY 100 million", "actual"), ("Total", 2024, 11000.0, "CNY 100 million", "actual")],
        claims=[("cagr", 6.2, "percent", 2022, 2024, None)],
        # (11000 / 9750) ** (1/2) - 1 = 6.22% -> exact at step 0.1
        verdicts=[("cagr", "exact")]),
    dict(  # 23: a restated figure that needs the coarse reading of its trailing zero
        text="2022年市场规模为9750亿元，2024年为11000亿元，年复合增长率为6.4%。",
        obs=[], claims=[("cagr", 6.4, "percent", 2022, 2024, None)],
        # 6.22% with 9750 +/- 0.5 and 11000 +/- 0.5 is 6.21%-6.23%: not 6.4%; read as 9750 +/- 5 and 11000 +/- 500
        # the range is (10500 / 9755) ** 0.5 - 1 = 3.75% to (11500 / 9745) ** 0.5 - 1 = 8.63%: 6.4% fits
        verdicts=[("cagr", "rounding")]),
    dict(  # 24: RMB and 万元
        text="In 2023 the project raised RMB 3,500万元 from investors.",
        obs=[("Total", 2023, 3500.0, "CNY 10 thousand", "actual")], claims=[], verdicts=[]),
    dict(  # 25: quarter-on-quarter and year-on-year, Chinese
        text="2024年第三季度，公司营收达到150亿美元，同比增长80%，环比增长12%。",
        obs=[("Total", 2024, 150.0, "USD 100 million", "actual")],
        claims=[("growth", 80.0, "percent", 2023, 2024, 1.0), ("growth", 12.0, "percent", 2024, 2024, 0.25)],
        verdicts=[]),
    dict(  # 26: "2022-32E" periods in prose, and a CAGR that holds
        text="Analysts put the market at $40 billion in 2022 and $1.3 trillion in 2032, a 2022-32E CAGR of 42%.",
        # $1.3 trillion joins the series in its unit, USD billion, keeping its printed step (0.1 trillion)
        obs=[("Total", 2022, 40.0, "USD billion", "actual"), ("Total", 2032, 1300.0, "USD billion", "actual", 100.0)],
        claims=[("cagr", 42.0, "percent", 2022, 2032, None)],
        # (1300 / 40) ** (1/10) - 1 = 41.6%, rounds to 42%
        verdicts=[("cagr", "exact")]),
    dict(  # 27: an HTML-style line of a Chinese table with 年 years
        text="指标（亿元）\t2021年\t2022年\t2023年\n收入\t120.0\t150.5\t180.25\n",
        obs=[("收入", 2021, 120.0, "CNY 100 million", "actual", 0.1)], claims=[], verdicts=[]),
]
