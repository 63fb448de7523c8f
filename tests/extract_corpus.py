"""Snippets written for the extraction tests, with what each states, worked out by hand.

Each entry: ``text``; ``obs`` as (item, year, value, unit, status[, printed step]); ``claims`` as
(kind, value, unit, start_year, end_year, period_years[, period]) where ``period`` is ``stated`` or
``inferred``; ``verdicts`` as (check, verdict) rows the audit of the snippet must contain (``|`` separates
the checks or verdicts any one of which is right); optionally ``series``, the name the draft gives the
snippet's subject (its id, or its title in lower case with ``_`` for spaces). The arithmetic behind each verdict is in the comment beside it.

The snippets are written in the project's own words, modelled on the forms press releases, report
summaries, bullet lists, filings' tables and PDF text take. :func:`score` measures a draft of each against
what it states, and ``python tests/extract_corpus.py`` prints the measures for the two halves (the even
snippets, looked at while choosing rules, and the odd ones, kept aside to see that the rules generalise).
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
        # the accounting negative does not hold: 75 / 70 - 1 = +7.1% (5.7% to 8.6% with rounding), not -33%
        claims=[], verdicts=[("hierarchy", "exact"), ("cagr", "inconsistent")]),
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
    dict(  # 25: a quarter's figures, Chinese: no figures of 2024 (the draft's notes say they are left out)
        text="2024年第三季度，公司营收达到150亿美元，同比增长80%，环比增长12%。",
        obs=[], claims=[], verdicts=[]),
    dict(  # 26: "2022-32E" periods in prose, and a CAGR that holds
        text="Analysts put the market at $40 billion in 2022 and $1.3 trillion in 2032, a 2022-32E CAGR of 42%.",
        # $1.3 trillion joins the series in its unit, USD billion, keeping its printed step (0.1 trillion); 2032 has
        # not ended, so its figure is a forecast whatever the verb
        obs=[("Total", 2022, 40.0, "USD billion", "actual"), ("Total", 2032, 1300.0, "USD billion", "estimate", 100.0)],
        claims=[("cagr", 42.0, "percent", 2022, 2032, None)],
        # (1300 / 40) ** (1/10) - 1 = 41.6%, rounds to 42%
        verdicts=[("cagr", "exact")]),
    dict(  # 27: an HTML-style line of a Chinese table with 年 years
        text="指标（亿元）\t2021年\t2022年\t2023年\n收入\t120.0\t150.5\t180.25\n",
        obs=[("收入", 2021, 120.0, "CNY 100 million", "actual", 0.1)], claims=[], verdicts=[]),
    # ------------------------------------------------------------------ press releases, English
    dict(  # 28: from A in Y to B by Y2 at a rate: the base is history, the target a forecast; the period inferred
        text="The global edge AI market is projected to grow from USD 24.9 billion in 2024 to USD 66.5 billion by "
             "2030, at a CAGR of 21.7% during the forecast period.",
        obs=[("Total", 2024, 24.9, "USD billion", "actual"), ("Total", 2030, 66.5, "USD billion", "estimate")],
        claims=[("cagr", 21.7, "percent", 2024, 2030, None, "inferred")],
        # (66.5 / 24.9) ** (1/6) - 1 = 17.79%, but ** (1/5) - 1 = 21.71%: the 2025-2030 reading holds
        verdicts=[("cagr|period", "exact|rounding")], series="global_edge_ai_market"),
    dict(  # 29: a stated span "over 2023-2029"
        text="Revenue from AI accelerators reached $5.1 billion in 2023 and is forecast to hit $13.6 billion in "
             "2029, a CAGR of 17.8% over 2023-2029.",
        obs=[("Total", 2023, 5.1, "USD billion", "actual"), ("Total", 2029, 13.6, "USD billion", "estimate")],
        claims=[("cagr", 17.8, "percent", 2023, 2029, None, "stated")],
        # (13.6 / 5.1) ** (1/6) - 1 = 17.76% -> 17.8%
        verdicts=[("cagr", "exact")]),
    dict(  # 30: "an increase of R from Y": the rate ends in the figure's year, not its base year
        text="In 2025 the conversational AI segment earned $14.2 billion, an increase of 9.8% from 2024.",
        obs=[("Total", 2025, 14.2, "USD billion", "actual")],
        claims=[("growth", 9.8, "percent", 2024, 2025, 1.0)], verdicts=[]),
    dict(  # 31: "at a CAGR of R from Y" after the target: the rate ends at the target's year
        text="Spending on AI governance software is expected to reach $15.3 billion by 2028, at a CAGR of 6.2% "
             "from 2023.",
        obs=[("Total", 2028, 15.3, "USD billion", "estimate")],
        claims=[("cagr", 6.2, "percent", 2023, 2028, None, "stated")], verdicts=[]),
    dict(  # 32: "valued at ... could be worth ... growing at": base, target, rate
        text="Valued at $11.3 billion in 2023, the AI in retail market could be worth $15.3 billion by 2028, "
             "growing at a CAGR of 6.2%.",
        obs=[("Total", 2023, 11.3, "USD billion", "actual"), ("Total", 2028, 15.3, "USD billion", "estimate")],
        claims=[("cagr", 6.2, "percent", 2023, 2028, None, "inferred")],
        # (15.3 / 11.3) ** (1/5) - 1 = 6.248% -> 6.2%
        verdicts=[("cagr", "exact")], series="ai_in_retail_market"),
    dict(  # 33: a range whose first end takes the year of the second
        text="Analysts expect the market for AI agents to land between $80 billion and $100 billion by 2033.",
        obs=[], claims=[("value", 80.0, "USD billion", 2033, 2033, None), ("value", 100.0, "USD billion", 2033, 2033,
                                                                             None)],
        verdicts=[]),
    dict(  # 34: decimal commas, unambiguous (one digit after the comma)
        text="Germany's AI software market reached EUR 6,4 billion in 2024 and could become a $2,4-trillion "
             "opportunity worldwide by 2030.",
        obs=[("Total", 2024, 6.4, "EUR billion", "actual")],
        claims=[], verdicts=[]),
    dict(  # 35: PDF noise: the amount's scale word on the next line
        text="The AI in healthcare market size was estimated at USD 24.90\nbillion in 2024 and is anticipated to "
             "reach USD 187.69 billion by 2030.",
        obs=[("Total", 2024, 24.90, "USD billion", "actual", 0.01), ("Total", 2030, 187.69, "USD billion", "estimate")],
        claims=[], verdicts=[]),
    dict(  # 36: the target before the base ("up from"): rows are still one series, written in year order
        text="Sales of AI PCs should reach USD 12.8 billion in 2030, up from USD 4.2 billion in 2024.",
        obs=[("Total", 2024, 4.2, "USD billion", "actual"), ("Total", 2030, 12.8, "USD billion", "estimate")],
        claims=[], verdicts=[]),
    dict(  # 37: a decline is a negative rate
        text="Shipments of AI smart speakers fell 12.5% year over year to 41 million units in 2024.",
        obs=[("Total", 2024, 41.0, "count million", "actual")],
        claims=[("growth", -12.5, "percent", 2023, 2024, 1.0)], verdicts=[]),
    dict(  # 38: "doubled in Y": a multiple of two over the year before
        text="Enterprise spending on generative AI doubled in 2024 to $13.8 billion.",
        obs=[("Total", 2024, 13.8, "USD billion", "actual")],
        claims=[("multiple", 2.0, "multiple", 2023, 2024, 1.0)], verdicts=[]),
    dict(  # 39: "tenfold between Y and Y2"
        text="Demand for inference compute is set to rise tenfold between 2024 and 2030.",
        obs=[], claims=[("multiple", 10.0, "multiple", 2024, 2030, 6.0)], verdicts=[]),
    dict(  # 40: "tripled from A in Y to B in Y2": one series, and the multiple holds (3.3 / 1.1 = 3)
        text="The vendor's AI revenue tripled from $1.1 billion in 2022 to $3.3 billion in 2024.",
        obs=[("Total", 2022, 1.1, "USD billion", "actual"), ("Total", 2024, 3.3, "USD billion", "actual")],
        claims=[("multiple", 3.0, "multiple", 2022, 2024, 2.0)], verdicts=[]),
    dict(  # 41: a heading and its bullets are one subject; "CAGR 2023-2028:" states the span
        text="Global AI Server Market\n- 2023: $30.2 billion\n- 2028: $80.6 billion\n- CAGR 2023-2028: 21.7%",
        obs=[("Total", 2023, 30.2, "USD billion", "actual"), ("Total", 2028, 80.6, "USD billion", "estimate")],
        claims=[("cagr", 21.7, "percent", 2023, 2028, None, "stated")],
        # (80.6 / 30.2) ** (1/5) - 1 = 21.69% -> 21.7%
        verdicts=[("cagr", "exact")], series="global_ai_server_market"),
    dict(  # 42: bullets under a heading with a colon; the span in parentheses after the rate
        text="Key figures for the computer vision market:\n* Market size in 2024: USD 19.8 billion\n"
             "* Forecast for 2032: USD 58.3 billion\n* Growth rate: 14.5% CAGR (2024-2032)",
        obs=[("Total", 2024, 19.8, "USD billion", "actual"), ("Total", 2032, 58.3, "USD billion", "estimate")],
        claims=[("cagr", 14.5, "percent", 2024, 2032, None, "stated")],
        # (58.3 / 19.8) ** (1/8) - 1 = 14.45% -> 14.5% (14.453 rounds up)
        verdicts=[("cagr", "exact")], series="computer_vision_market"),
    dict(  # 43: a sentence and its continuation ("The market") are one subject
        text="The AI-powered cybersecurity market stood at $22.4 billion in 2023. The market is expected to reach "
             "$60.6 billion by 2028.",
        obs=[("Total", 2023, 22.4, "USD billion", "actual"), ("Total", 2028, 60.6, "USD billion", "estimate")],
        claims=[], verdicts=[], series="ai_powered_cybersecurity_market"),
    dict(  # 44: "It" continues the subject; the rate names its span in words
        text="Worldwide spending on AI chips for phones came to $9.6 billion in 2023. It is forecast to climb to "
             "$31.2 billion in 2030, a compound annual growth rate of 18.3% between 2023 and 2030.",
        obs=[("Total", 2023, 9.6, "USD billion", "actual"), ("Total", 2030, 31.2, "USD billion", "estimate")],
        claims=[("cagr", 18.3, "percent", 2023, 2030, None, "stated")],
        # (31.2 / 9.6) ** (1/7) - 1 = 18.33% -> 18.3%
        verdicts=[("cagr", "exact")]),
    dict(  # 45: a CAGR that does not hold on any reading: 24% stated, 15.6% over 7 years, 18.5% over 6
        text="The market for AI in logistics, $31.6 billion in 2023, is projected to reach $87.4 billion by 2030, "
             "rising at a CAGR of 24%.",
        obs=[("Total", 2023, 31.6, "USD billion", "actual"), ("Total", 2030, 87.4, "USD billion", "estimate")],
        claims=[("cagr", 24.0, "percent", 2023, 2030, None, "inferred")],
        verdicts=[("cagr", "inconsistent")]),
    dict(  # 46: mn and a rate with "per annum"
        text="Voice AI revenues totalled USD 760 mn in 2022 and are seen rising to USD 2,390 mn in 2029 (CAGR "
             "2022-2029: 17.8%).",
        obs=[("Total", 2022, 760.0, "USD million", "actual"), ("Total", 2029, 2390.0, "USD million", "estimate")],
        claims=[("cagr", 17.8, "percent", 2022, 2029, None, "stated")],
        # (2390 / 760) ** (1/7) - 1 = 17.78% -> 17.8%
        verdicts=[("cagr", "exact")]),
    dict(  # 47: a decline in words ("down ... from a year earlier")
        text="In 2023 AI start-up funding in Europe was $6.1 billion, down 8.2% from 2022.",
        obs=[("Total", 2023, 6.1, "USD billion", "actual")],
        claims=[("growth", -8.2, "percent", 2022, 2023, 1.0)], verdicts=[]),
    dict(  # 48: pounds sterling
        text="The UK's AI assurance sector generated £1.01 billion in 2024.",
        obs=[("Total", 2024, 1.01, "GBP billion", "actual")], claims=[], verdicts=[]),
    dict(  # 49: yen in English
        text="Japan's generative AI market was JPY 118.8 billion in 2023 and could reach JPY 1,780 billion in 2030.",
        obs=[("Total", 2023, 118.8, "JPY billion", "actual"), ("Total", 2030, 1780.0, "JPY billion", "estimate")],
        claims=[], verdicts=[]),
    dict(  # 50: filler between the slots does not change the frame
        text="According to our latest analysis, the machine vision market, which covers cameras and software, was "
             "worth roughly $62.4 billion in 2024 and, driven by factory automation, is likely to reach about "
             "$147.9 billion by 2029, implying a CAGR of 18.8% from 2024 to 2029.",
        obs=[("Total", 2024, 62.4, "USD billion", "actual"), ("Total", 2029, 147.9, "USD billion", "estimate")],
        claims=[("cagr", 18.8, "percent", 2024, 2029, None, "stated")],
        # (147.9 / 62.4) ** (1/5) - 1 = 18.84% -> 18.8%
        verdicts=[("cagr", "exact")]),
    dict(  # 51: PDF noise: a word hyphenated across a line, a running footer with a page number
        text="The AI chatbot market is ex-\npected to reach $27.3 billion in 2030.\nwww.example-research.com    14",
        obs=[("Total", 2030, 27.3, "USD billion", "estimate")], claims=[], verdicts=[]),
    dict(  # 52: a quarter's amount and its year-on-year rise ("y/y" after the amount): no figures of 2024
        text="Q4 2024 data center revenue: $35.6 billion, +93% y/y.",
        obs=[], claims=[], verdicts=[]),
    # ------------------------------------------------------------------ press releases, Chinese
    dict(  # 53: 从YEAR年的AMOUNT增长至YEAR年的AMOUNT，年复合增长率RATE
        text="中国AI芯片市场规模预计从2023年的1,205亿元增长至2028年的4,470亿元，年复合增长率为30.0%。",
        obs=[("Total", 2023, 1205.0, "CNY 100 million", "actual"), ("Total", 2028, 4470.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 30.0, "percent", 2023, 2028, None, "inferred")],
        # (4470 / 1205) ** (1/5) - 1 = 29.98% -> 30.0%
        verdicts=[("cagr", "exact")], series="中国ai芯片市场"),
    dict(  # 54: 比YEAR年增长RATE: the rate ends in the figure's year
        text="2024年中国云计算市场规模为8,288亿元，比2023年增长35.5%。",
        obs=[("Total", 2024, 8288.0, "CNY 100 million", "actual")],
        claims=[("growth", 35.5, "percent", 2023, 2024, 1.0)], verdicts=[]),
    dict(  # 55: 分别为 with the unit only after the last number
        text="2022年、2023年和2024年，该市场规模分别为1624、2427、6646亿元。",
        obs=[("Total", 2022, 1624.0, "CNY 100 million", "actual"), ("Total", 2023, 2427.0, "CNY 100 million", "actual"),
             ("Total", 2024, 6646.0, "CNY 100 million", "actual")], claims=[], verdicts=[]),
    dict(  # 56: 同比下降 is a negative rate
        text="2024年全球智能手机出货量为12.2亿部，同比下降2.39%。",
        obs=[("Total", 2024, 12.2, "count 100 million", "actual")],
        claims=[("growth", -2.39, "percent", 2023, 2024, 1.0)], verdicts=[]),
    dict(  # 57: 突破万亿元: a threshold with no numeral, one trillion yuan
        text="预计到2030年，中国人工智能核心产业规模将突破万亿元。",
        obs=[], claims=[("value", 1.0, "CNY trillion", 2030, 2030, None)], verdicts=[]),
    dict(  # 58: traditional Chinese, 億美元 and 年複合成長率
        text="2024年全球生成式AI市場規模達到670億美元，預計2030年將增至3,560億美元，年複合成長率約32%。",
        obs=[("Total", 2024, 670.0, "USD 100 million", "actual"), ("Total", 2030, 3560.0, "USD 100 million", "estimate")],
        claims=[("cagr", 32.0, "percent", 2024, 2030, None, "inferred")],
        # (3560 / 670) ** (1/6) - 1 = 32.10% -> 32%
        verdicts=[("cagr", "exact")]),
    dict(  # 59: traditional Chinese 萬億
        text="預計到2030年，全球人工智慧市場規模將達1.8萬億美元。",
        obs=[("Total", 2030, 1.8, "USD trillion", "estimate")], claims=[], verdicts=[]),
    dict(  # 60: 日元, 亿 and 万亿 in one series
        text="日本生成式AI市场规模2023年为1,188亿日元，预计2030年将达到1.78万亿日元。",
        obs=[("Total", 2023, 1188.0, "JPY 100 million", "actual"), ("Total", 2030, 17800.0, "JPY 100 million",
                                                                     "estimate", 100.0)],
        claims=[], verdicts=[]),
    dict(  # 61: 同比减少
        text="2024年该公司AI业务收入为48.6亿元，同比减少8.3%。",
        obs=[("Total", 2024, 48.6, "CNY 100 million", "actual")],
        claims=[("growth", -8.3, "percent", 2023, 2024, 1.0)], verdicts=[]),
    dict(  # 62: 较上年增长
        text="2024年中国工业机器人产量为55.6万套，较上年增长14.2%。",
        obs=[("Total", 2024, 55.6, "count 10 thousand", "actual")],
        claims=[("growth", 14.2, "percent", 2023, 2024, 1.0)], verdicts=[]),
    dict(  # 63: 由...增长至..., 复合年增长率
        text="中国大模型市场规模预计由2024年的294亿元增长至2028年的1,660亿元，复合年增长率为54.1%。",
        obs=[("Total", 2024, 294.0, "CNY 100 million", "actual"), ("Total", 2028, 1660.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 54.1, "percent", 2024, 2028, None, "inferred")],
        # (1660 / 294) ** (1/4) - 1 = 54.15% -> 54.1% (rounding: 54.149 is 54.1)
        verdicts=[("cagr", "exact")]),
    dict(  # 64: a stated span before the rate, 年均复合增速; no 2020 value, so no verdict
        text="2020-2024年，中国数据中心市场规模的年均复合增速为26.4%，2024年达到3,048亿元。",
        obs=[("Total", 2024, 3048.0, "CNY 100 million", "actual")],
        claims=[("cagr", 26.4, "percent", 2020, 2024, None, "stated")], verdicts=[]),
    dict(  # 65: 分别 over a range of years, a value for each year
        text="2021年至2024年，该AI公司营收分别为2.1亿元、3.4亿元、5.9亿元和8.8亿元。",
        obs=[("Total", 2021, 2.1, "CNY 100 million", "actual"), ("Total", 2024, 8.8, "CNY 100 million", "actual")],
        claims=[], verdicts=[]),
    dict(  # 66: 人民币 before the number
        text="2023年中国AI行业融资总额达人民币356亿元。",
        obs=[("Total", 2023, 356.0, "CNY 100 million", "actual")], claims=[], verdicts=[]),
    dict(  # 67: 港元 with a year-on-year rise
        text="该集团2024年营业收入为88.5亿港元，同比增长21.4%。",
        obs=[("Total", 2024, 88.5, "HKD 100 million", "actual")],
        claims=[("growth", 21.4, "percent", 2023, 2024, 1.0)], verdicts=[]),
    dict(  # 68: 欧元 in Chinese
        text="欧洲人工智能市场2024年规模约为1,310亿欧元。",
        obs=[("Total", 2024, 1310.0, "EUR 100 million", "actual")], claims=[], verdicts=[]),
    dict(  # 69: traditional Chinese 萬億韓元
        text="韓國AI半導體市場2024年達到12.4萬億韓元。",
        obs=[("Total", 2024, 12.4, "KRW trillion", "actual")], claims=[], verdicts=[]),
    dict(  # 70: 该市场 continues the subject of the sentence before
        text="中国智能客服市场在2023年达到82.4亿元。该市场预计2028年将达到259.6亿元，五年复合增长率为25.8%。",
        obs=[("Total", 2023, 82.4, "CNY 100 million", "actual"), ("Total", 2028, 259.6, "CNY 100 million", "estimate")],
        claims=[("cagr", 25.8, "percent", 2023, 2028, 5.0, "stated")],
        # (259.6 / 82.4) ** (1/5) - 1 = 25.80% -> 25.8%
        verdicts=[("cagr", "exact")], series="中国智能客服市场"),
    dict(  # 71: a heading and its bullets, Chinese
        text="中国AI服务器市场：\n· 2023年：61.7亿美元\n· 2024年：89.5亿美元\n· 2028年：201.4亿美元",
        obs=[("Total", 2023, 61.7, "USD 100 million", "actual"), ("Total", 2024, 89.5, "USD 100 million", "actual"),
             ("Total", 2028, 201.4, "USD 100 million", "estimate")],
        claims=[], verdicts=[], series="中国ai服务器市场"),
    dict(  # 72: traditional Chinese, 新臺幣 and 年增 (year-on-year)
        text="2023年臺灣雲端服務市場規模為新臺幣1,250億元，年增18.6%。",
        obs=[("Total", 2023, 1250.0, "TWD 100 million", "actual")],
        claims=[("growth", 18.6, "percent", 2022, 2023, 1.0)], verdicts=[]),
    dict(  # 73: a share in a future year
        text="预计到2027年，AI PC在全部PC出货中的渗透率将提升至60%。",
        obs=[], claims=[("share", 60.0, "percent", 2027, 2027, None)], verdicts=[]),
    dict(  # 74: a CAGR that holds only from the year after the base (2025-2030 over 5 periods)
        text="2024年中国具身智能市场规模为86.5亿元，预计2030年将达到289.1亿元，年复合增长率为27.3%。",
        obs=[("Total", 2024, 86.5, "CNY 100 million", "actual"), ("Total", 2030, 289.1, "CNY 100 million", "estimate")],
        claims=[("cagr", 27.3, "percent", 2024, 2030, None, "inferred")],
        # over 6 periods: (289.1 / 86.5) ** (1/6) - 1 = 22.28%; over 5: 27.30% -> the 5-period reading holds
        verdicts=[("cagr|period", "exact|rounding")]),
    dict(  # 75: a CAGR that holds on no reading: 40% against 22.3% (6 periods) and 27.3% (5 periods)
        text="2024年中国具身智能市场规模为86.5亿元，预计2030年将达到289.1亿元，年复合增长率为40%。",
        obs=[], claims=[("cagr", 40.0, "percent", 2024, 2030, None, "inferred")],
        verdicts=[("cagr", "inconsistent")]),
    dict(  # 76: 翻倍 / 翻番 as a multiple of two over a year
        text="2024年中国智能算力规模为725亿元，较2023年翻了一番。",
        obs=[("Total", 2024, 725.0, "CNY 100 million", "actual")],
        claims=[("multiple", 2.0, "multiple", 2023, 2024, 1.0)], verdicts=[]),
    dict(  # 77: 美元 with 万亿 and a range of two years' values
        text="麦肯锡估计，到2040年生成式AI每年可带来2.6万亿至4.4万亿美元的经济价值。",
        obs=[], claims=[("value", 2.6, "USD trillion", 2040, 2040, None), ("value", 4.4, "USD trillion", 2040, 2040,
                                                                              None)],
        verdicts=[]),
    dict(  # 78: traditional Chinese with 年增率 and 億元
        text="2024年臺灣AI伺服器出口值達新臺幣6,200億元，年增率為153%。",
        obs=[("Total", 2024, 6200.0, "TWD 100 million", "actual")],
        claims=[("growth", 153.0, "percent", 2023, 2024, 1.0)], verdicts=[]),
    dict(  # 79: PDF noise: the unit on the next line, a spaced-apart word
        text="2023年中国计算机视觉市场规模为1,290\n亿元，预计2027年将达到2,580亿元。",
        obs=[("Total", 2023, 1290.0, "CNY 100 million", "actual"), ("Total", 2027, 2580.0, "CNY 100 million", "estimate")],
        claims=[], verdicts=[]),
    dict(  # 80: a rate before the amounts, with 期间 and a stated span
        text="2023-2028年期间，中国AIGC市场将以84.6%的年复合增长率增长，2028年规模达到7,202亿元。",
        obs=[("Total", 2028, 7202.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 84.6, "percent", 2023, 2028, None, "stated")], verdicts=[]),
    dict(  # 81: 约 and 左右 around the amount
        text="2025年全球AI Agent市场规模约为79亿美元左右。",
        obs=[("Total", 2025, 79.0, "USD 100 million", "actual")], claims=[], verdicts=[]),
    dict(  # 82: 兆 then 億 in one amount (兆 alone differs by region; before 億 it is 10^12)
        text="2024年日本AI市場規模約為1兆3,412億日圓。",
        # 1兆 followed by 億 can only be 10^12: 1兆3,412億 = 13,412億
        obs=[("Total", 2024, 13412.0, "JPY 100 million", "actual")], claims=[], verdicts=[]),
    dict(  # 83: 同比增长 and 环比下降 of a quarter: no figures of 2024 (the draft's notes say they are left out)
        text="2024年第四季度，该公司AI云收入为31.6亿元，同比增长26%，环比下降3.5%。",
        obs=[], claims=[], verdicts=[]),
    dict(  # 84: a CAGR stated with 年均增长 over a span, and both ends given: holds
        text="2019年至2024年，中国人工智能核心产业规模由1,910亿元增至5,780亿元，年均增长24.8%。",
        obs=[("Total", 2019, 1910.0, "CNY 100 million", "actual"), ("Total", 2024, 5780.0, "CNY 100 million", "actual")],
        claims=[("cagr", 24.8, "percent", 2019, 2024, None, "stated")],
        # (5780 / 1910) ** (1/5) - 1 = 24.79% -> 24.8%
        verdicts=[("cagr", "exact")]),
    dict(  # 85: bullets in Chinese with 同比
        text="主要数据：\n- 2024年中国AI手机出货量：3,700万台，同比增长591%\n- 2024年中国AI PC出货量：1,350万台",
        obs=[("Total", 2024, 3700.0, "count 10 thousand", "actual")],
        claims=[("growth", 591.0, "percent", 2023, 2024, 1.0)], verdicts=[]),
    dict(  # 86: a year after a figure in parentheses, Chinese full-width
        text="全球AI芯片市场规模将达到1,190亿美元（2025年），较上年增长33%。",
        obs=[("Total", 2025, 1190.0, "USD 100 million", "estimate")],  # 将达到: a forecast
        claims=[("growth", 33.0, "percent", 2024, 2025, 1.0)], verdicts=[]),
    dict(  # 87: 万亿元 with 以上 as a lower bound on a future value
        text="预计2035年中国人工智能产业规模将达到1.73万亿元。",
        obs=[("Total", 2035, 1.73, "CNY trillion", "estimate")], claims=[], verdicts=[]),
    # ------------------------------------------------------------------ tables
    dict(  # 88: a Markdown pipe table, unit in the caption, parts and their total; years after publication estimated
        text="AI market by segment, published June 2025 (USD billion)\n\n"
             "| Segment | 2023 | 2024 | 2030 |\n|---|---|---|---|\n| Hardware | 12.1 | 14.8 | 41.0 |\n"
             "| Software | 8.4 | 10.9 | 36.2 |\n| Total | 20.5 | 25.7 | 77.2 |",
        # 12.1 + 8.4 = 20.5; 14.8 + 10.9 = 25.7; 41.0 + 36.2 = 77.2
        obs=[("Hardware", 2023, 12.1, "USD billion", "actual"), ("Total", 2030, 77.2, "USD billion", "estimate"),
             ("Software", 2024, 10.9, "USD billion", "actual")],
        claims=[], verdicts=[("hierarchy", "exact")]),
    dict(  # 89: a tab table with "(USD million)" and a "CAGR 2024-2030" header
        text="Table 3. Revenue by deployment (USD million)\n"
             "Deployment\t2024\t2030E\tCAGR 2024-2030\nCloud\t1,820\t6,950\t25.0%\nOn-premise\t940\t4,100\t27.8%",
        # (6950 / 1820) ** (1/6) - 1 = 25.02% -> 25.0%; (4100 / 940) ** (1/6) - 1 = 27.82% -> 27.8%
        obs=[("Cloud", 2024, 1820.0, "USD million", "actual"), ("On-premise", 2030, 4100.0, "USD million", "estimate")],
        claims=[("cagr", 25.0, "percent", 2024, 2030, None, "stated"), ("cagr", 27.8, "percent", 2024, 2030, None)],
        verdicts=[("cagr", "exact")]),
    dict(  # 90: a space-aligned table with "CAGR (2024-2030)"
        text="Regional outlook, US$ billion\n"
             "Region           2024     2030E    CAGR (2024-2030)\n"
             "North America    310      1,150    24.4%\n"
             "Europe           205      610      19.9%",
        # (1150 / 310) ** (1/6) - 1 = 24.42%; (610 / 205) ** (1/6) - 1 = 19.93%
        obs=[("North America", 2024, 310.0, "USD billion", "actual"), ("Europe", 2030, 610.0, "USD billion", "estimate")],
        claims=[("cagr", 24.4, "percent", 2024, 2030, None), ("cagr", 19.9, "percent", 2024, 2030, None)],
        verdicts=[("cagr", "exact")]),
    dict(  # 91: "CAGR 2024-30" with two-digit end year
        text="Segment (US$ bn)\t2024\t2030F\tCAGR 2024-30\nAI chips\t48.2\t131.5\t18.2%",
        # (131.5 / 48.2) ** (1/6) - 1 = 18.21% -> 18.2%
        obs=[("AI chips", 2030, 131.5, "USD billion", "estimate")],
        claims=[("cagr", 18.2, "percent", 2024, 2030, None)], verdicts=[("cagr", "exact")]),
    dict(  # 92: a filing's table: FY columns and a Change column, read as growth claims with their verdicts
        text="Revenue by market (in millions)\n\tFY2024\tFY2025\tChange\nData Center\t$15,005\t$47,525\t217%\n"
             "Gaming\t$10,447\t$11,350\t9%",
        # 47525 / 15005 - 1 = 216.7% -> 217%; 11350 / 10447 - 1 = 8.64% -> 9%
        obs=[("Data Center", 2025, 47525.0, "USD million", "actual")],
        claims=[("growth", 217.0, "percent", 2024, 2025, 1.0), ("growth", 9.0, "percent", 2024, 2025, 1.0)],
        verdicts=[("cagr|growth|implied", "exact")]),
    dict(  # 93: a y/y column in a space-separated table, one figure misprinted (21% for 12.5%)
        text="Units shipped (million)    2023    2024    y/y\nAI PCs    21.6    48.0    122%\nAI phones    240    270    21%",
        # 48.0 / 21.6 - 1 = 122.2% -> 122%; 270 / 240 - 1 = 12.5%, not 21% (at most 270.5 / 239.5 - 1 = 12.9%)
        obs=[("AI PCs", 2024, 48.0, "count million", "actual")],
        claims=[("growth", 122.0, "percent", 2023, 2024, 1.0), ("growth", 21.0, "percent", 2023, 2024, 1.0)],
        verdicts=[("cagr|growth|implied", "exact"), ("cagr|growth|implied", "inconsistent")]),
    dict(  # 94: a Chinese table, 单位 line, 2025E and a 同比 column
        text="单位：亿元\n细分市场\t2023年\t2024年\t2025年E\n硬件\t1,680\t2,050\t2,470\n软件\t920\t1,150\t1,430\n"
             "合计\t2,600\t3,200\t3,900",
        # 1680 + 920 = 2600; 2050 + 1150 = 3200; 2470 + 1430 = 3900
        obs=[("硬件", 2023, 1680.0, "CNY 100 million", "actual"), ("合计", 2025, 3900.0, "CNY 100 million", "estimate")],
        claims=[], verdicts=[("hierarchy", "exact")]),
    dict(  # 95: a traditional-Chinese pipe table, 單位：億美元
        text="單位：億美元\n| 項目 | 2023 | 2024 | 2025E |\n| --- | --- | --- | --- |\n| 雲端 | 310 | 420 | 560 |\n"
             "| 終端 | 90 | 130 | 190 |",
        obs=[("雲端", 2024, 420.0, "USD 100 million", "actual"), ("終端", 2025, 190.0, "USD 100 million", "estimate")],
        claims=[], verdicts=[]),
    dict(  # 96: the unit in the header's first cell
        text="Market (USD bn)\t2022\t2023\t2024\nGenerative AI\t29.0\t44.9\t66.6",
        obs=[("Generative AI", 2023, 44.9, "USD billion", "actual")], claims=[], verdicts=[]),
    dict(  # 97: E years and a total row above its parts, space aligned
        text="Shipments (thousand units)\nType        2024     2025E    2026E\nAll robots  540      610      690\n"
             "Industrial  380      420      465\nService     160      190      225",
        # 380 + 160 = 540; 420 + 190 = 610; 465 + 225 = 690
        obs=[("All robots", 2025, 610.0, "count thousand", "estimate")], claims=[], verdicts=[("hierarchy", "exact")]),
    dict(  # 98: a pipe table with FY and E years and a 2024-2027 CAGR
        text="| (US$ million) | FY2024 | FY2025E | FY2026E | FY2027E | 2024-2027 CAGR |\n"
             "|---|---:|---:|---:|---:|---:|\n| Revenue | 2,350 | 3,100 | 4,000 | 5,200 | 30.3% |",
        # (5200 / 2350) ** (1/3) - 1 = 30.32% -> 30.3%
        obs=[("Revenue", 2024, 2350.0, "USD million", "actual"), ("Revenue", 2027, 5200.0, "USD million", "estimate")],
        claims=[("cagr", 30.3, "percent", 2024, 2027, None)], verdicts=[("cagr", "exact")]),
    dict(  # 99: years after the stated publication year are estimates even without an E
        text="Report date: March 2025\nAI spending by sector (EUR billion)\nSector\t2023\t2024\t2025\t2026\n"
             "Finance\t8.1\t9.9\t12.0\t14.6\nHealth\t5.2\t6.3\t7.9\t9.8",
        obs=[("Finance", 2024, 9.9, "EUR billion", "actual"), ("Finance", 2026, 14.6, "EUR billion", "estimate")],
        claims=[], verdicts=[]),
    dict(  # 100: a Chinese table with 年复合增长率 header in the 2024-2030 form
        text="中国AI市场规模（亿元）\n类别\t2024年\t2030年E\t2024-2030年复合增长率\n算力\t2,450\t9,800\t26.0%\n"
             "应用\t1,320\t6,100\t29.1%",
        # (9800 / 2450) ** (1/6) - 1 = 25.99% -> 26.0%; (6100 / 1320) ** (1/6) - 1 = 29.06% -> 29.1%
        obs=[("算力", 2024, 2450.0, "CNY 100 million", "actual"), ("应用", 2030, 6100.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 26.0, "percent", 2024, 2030, None), ("cagr", 29.1, "percent", 2024, 2030, None)],
        verdicts=[("cagr", "exact")]),
    dict(  # 101: a pipe table with a YoY column and the unit in its first header cell, Chinese
        text="| 地区（亿美元） | 2023 | 2024 | 同比 |\n|---|---|---|---|\n| 北美 | 520 | 680 | 30.8% |\n"
             "| 亚太 | 310 | 400 | 29.0% |",
        # 680 / 520 - 1 = 30.77% -> 30.8%; 400 / 310 - 1 = 29.03% -> 29.0%
        obs=[("北美", 2024, 680.0, "USD 100 million", "actual")],
        claims=[("growth", 30.8, "percent", 2023, 2024, 1.0), ("growth", 29.0, "percent", 2023, 2024, 1.0)],
        verdicts=[("cagr|growth|implied", "exact")]),
    dict(  # 102: a table whose first rows are text notes, then a header with "2023A" style years; the row states its unit
        text="Source: company filings\nMetric\t2023A\t2024A\t2025E\nUsers (million)\t180\t300\t450",
        obs=[("Users", 2024, 300.0, "count million", "actual"), ("Users", 2025, 450.0, "count million", "estimate")],
        claims=[], verdicts=[]),
    # ------------------------------------------------------------------ more prose in both languages
    dict(  # 103: a rate with "to reach" after it: it ends at the target's year
        text="Valued at $11.3 billion in 2023, the AI recruitment market is growing at a CAGR of 6.2% to reach $15.3 "
             "billion by 2028.",
        obs=[("Total", 2023, 11.3, "USD billion", "actual"), ("Total", 2028, 15.3, "USD billion", "estimate")],
        claims=[("cagr", 6.2, "percent", 2023, 2028, None, "inferred")], verdicts=[("cagr", "exact")]),
    dict(  # 104: "by 2033" for the range's both ends, Chinese
        text="到2033年，全球AI代理市场规模预计在800亿至1,000亿美元之间。",
        obs=[], claims=[("value", 800.0, "USD 100 million", 2033, 2033, None),
                        ("value", 1000.0, "USD 100 million", 2033, 2033, None)], verdicts=[]),
    dict(  # 105: "three-fold" with a hyphen and a Chinese 3倍 over a span
        text="2022年至2025年，中国AI算力需求增长了3倍。",
        obs=[], claims=[("multiple", 3.0, "multiple", 2022, 2025, 3.0)], verdicts=[]),
    dict(  # 106: a sentence hard-wrapped after "by": the year on the next line is the target's
        text="The AI inference chip market is forecast to rise from USD 31.2 billion in 2024 to USD 84.7 billion by\n"
             "2030, a CAGR of 18.1%.",
        obs=[("Total", 2024, 31.2, "USD billion", "actual"), ("Total", 2030, 84.7, "USD billion", "estimate")],
        claims=[("cagr", 18.1, "percent", 2024, 2030, None, "inferred")],
        # (84.7 / 31.2) ** (1/6) - 1 = 18.11% -> 18.1% over six periods
        verdicts=[("cagr", "exact")], series="ai_inference_chip_market"),
    dict(  # 107: a heading with no measure word over its bullets names their subject
        text="North America highlights\n- 2024 revenue: $12.6 billion, up 18.2% year over year\n"
             "- 2030 forecast: $41.0 billion",
        obs=[("Total", 2024, 12.6, "USD billion", "actual"), ("Total", 2030, 41.0, "USD billion", "estimate")],
        claims=[("growth", 18.2, "percent", 2023, 2024, 1.0)], verdicts=[], series="north_america"),
    dict(  # 108: "the market volume" continues the subject of the sentence before; the span in parentheses
        text="Revenue in the AI market is projected to reach US$244.2bn in 2025. The market is expected to show an "
             "annual growth rate (CAGR 2025-2031) of 26.6%, resulting in a market volume of US$1.01tn by 2031.",
        # 1.01 trillion is 1,010 billion (step 10): (1010 / 244.2) ** (1/6) - 1 = 26.70%, not 26.6% at the printed
        # values; with their rounding, (1005 / 244.25) ** (1/6) - 1 = 26.59% to 26.80%: "rounding"
        obs=[("Total", 2025, 244.2, "USD billion", "estimate"), ("Total", 2031, 1010.0, "USD billion", "estimate", 10.0)],
        claims=[("cagr", 26.6, "percent", 2025, 2031, None, "stated")],
        verdicts=[("cagr", "rounding")], series="ai_market"),
    dict(  # 109: 比上一年增长了一倍: a multiple over the year before
        text="生成式人工智能市场在2024年达到了约400亿美元，比上一年增长了一倍。",
        obs=[("Total", 2024, 400.0, "USD 100 million", "actual")],
        claims=[("multiple", 1.0, "multiple", 2023, 2024, 1.0)], verdicts=[]),
    dict(  # 110: traditional Chinese, 兆 before a currency is 10^12; 較...成長N倍 over the year before
        text="據研究機構統計，2024年台灣AI伺服器產值達新台幣1.2兆元，較2023年成長近3倍。",
        obs=[("Total", 2024, 1.2, "TWD trillion", "actual")],
        claims=[("multiple", 3.0, "multiple", 2023, 2024, 1.0)], verdicts=[]),
    dict(  # 111: a share (占) beside a year-on-year rise is a share, not growth
        text="2025年，公司AI相关收入达到52.3亿元，同比增长45.6%，占总营收的18.2%。",
        obs=[("Total", 2025, 52.3, "CNY 100 million", "actual")],
        claims=[("growth", 45.6, "percent", 2024, 2025, 1.0), ("share", 18.2, "percent", 2025, 2025, None)],
        verdicts=[]),
    dict(  # 112: a subject, a colon and a list of years; only the figure after 预计 is a forecast
        text="中国智能语音市场：2022年规模为324亿元，2023年为398亿元，2024年预计达到486亿元。",
        obs=[("Total", 2022, 324.0, "CNY 100 million", "actual"), ("Total", 2023, 398.0, "CNY 100 million", "actual"),
             ("Total", 2024, 486.0, "CNY 100 million", "estimate")],
        claims=[], verdicts=[], series="中国智能语音市场"),
    dict(  # 113: "up N% from the prior year" is year-on-year growth, stated
        text="In fiscal 2025, AI-related revenue rose to $2.1 billion, up 38% from the prior year.",
        obs=[("Total", 2025, 2.1, "USD billion", "actual")],
        claims=[("growth", 38.0, "percent", 2024, 2025, 1.0, "stated")], verdicts=[]),
    dict(  # 114: a rate after a from-to pair belongs to that pair, not to a forecast later in the sentence
        text="市场规模由2019年的1,021亿元增长至2023年的3,024亿元，年均复合增长率为31.2%，预计2028年将达到9,521亿元。",
        obs=[("Total", 2019, 1021.0, "CNY 100 million", "actual"), ("Total", 2023, 3024.0, "CNY 100 million", "actual"),
             ("Total", 2028, 9521.0, "CNY 100 million", "estimate")],
        claims=[("cagr", 31.2, "percent", 2019, 2023, None, "inferred")],
        # (3024 / 1021) ** (1/4) - 1 = 31.19% -> 31.2%; over 2019-2028 it would be 28.1%
        verdicts=[("cagr", "exact")]),
    dict(  # 115: "over the next five years ... reaching B in 2030": the five years end at the target; the span is the
        # rate's length, not a claim of its own (2024-2030 is six years: the 2025-2030 reading holds)
        text="The AI market reached $184 billion in 2024. Over the next five years it is expected to grow at a CAGR of "
             "28.5%, reaching $826.7 billion in 2030.",
        obs=[("Total", 2024, 184.0, "USD billion", "actual"), ("Total", 2030, 826.7, "USD billion", "estimate")],
        claims=[("cagr", 28.5, "percent", 2025, 2030, 5.0, "stated")],
        # (826.7 / 184) ** (1/6) - 1 = 28.46% -> 28.5%, the rate over the six periods from the 2024 value to 2030
        verdicts=[("cagr|period", "exact|rounding")]),
    dict(  # 116: a base year in brackets after a relative one ("last year (2023)")
        text="Sales of edge inference chips came to $3.4 billion last year (2023) and are forecast to hit $11.9 billion "
             "in 2028.",
        obs=[("Total", 2023, 3.4, "USD billion", "actual"), ("Total", 2028, 11.9, "USD billion", "estimate")],
        claims=[], verdicts=[]),
    dict(  # 117: the base after the target of a forecast, in English: history, not an estimate
        text="The speech AI market is projected to reach USD 31.5 billion by 2029, compared with USD 9.8 billion in 2023.",
        obs=[("Total", 2023, 9.8, "USD billion", "actual"), ("Total", 2029, 31.5, "USD billion", "estimate")],
        claims=[], verdicts=[]),
    dict(  # 118: the base after the target, "而…仅为"
        text="预计2027年中国工业视觉市场规模将达到412亿元，而2022年仅为138亿元。",
        obs=[("Total", 2022, 138.0, "CNY 100 million", "actual"), ("Total", 2027, 412.0, "CNY 100 million", "estimate")],
        claims=[], verdicts=[]),
    dict(  # 119: Traditional Chinese, the base after the target ("約為"), and a bare 億元 in the currency named before
        text="預計2028年台灣AI晶片產值將達到新台幣3,850億元，2023年約為1,420億元。",
        obs=[("Total", 2023, 1420.0, "TWD 100 million", "actual"),
             ("Total", 2028, 3850.0, "TWD 100 million", "estimate")],
        claims=[], verdicts=[]),
    dict(  # 120: "% a year over the next five years" is a CAGR from the year of the size stated before it
        text="From its 2024 size of $6.3 billion, the agent software market should expand by 22.4% a year over the next "
             "five years.",
        obs=[("Total", 2024, 6.3, "USD billion", "actual")],
        claims=[("cagr", 22.4, "percent", 2024, 2029, 5.0, "stated")], verdicts=[]),
    dict(  # 121: "per year over the next six years, from A in 2024": the base after the rate starts its span
        text="Conversational AI revenue should grow 17.5% per year over the next six years, from $12.0 billion in 2024.",
        obs=[("Total", 2024, 12.0, "USD billion", "actual")],
        claims=[("cagr", 17.5, "percent", 2024, 2030, 6.0, "stated")], verdicts=[]),
    dict(  # 122: "made up" is a share, and the share set against it "a year before" is of the year before
        text="Cloud AI services made up 23% of total IT outsourcing spend in 2024, against 15% a year before.",
        obs=[], claims=[("share", 23.0, "percent", 2024, 2024, None), ("share", 15.0, "percent", 2023, 2023, None)],
        verdicts=[]),
    dict(  # 123: the same with "accounted for" and "the previous year"
        text="In 2024 open-source models accounted for 31% of enterprise deployments, compared with 19% the previous "
             "year.",
        obs=[], claims=[("share", 31.0, "percent", 2024, 2024, None), ("share", 19.0, "percent", 2023, 2023, None)],
        verdicts=[]),
    dict(  # 124: "slipped" is a decline
        text="Shipments of AI handsets slipped 14% from a year earlier to 41 million units in 2024.",
        obs=[("Total", 2024, 41.0, "count million", "actual")],
        claims=[("growth", -14.0, "percent", 2023, 2024, 1.0)], verdicts=[]),
    dict(  # 125: Traditional Chinese, a sentence wrapped over three lines, the decline word on a line of its own
        text="2024年國內AI伺服器出貨量為28.5萬台，\n同比減少\n6.2%。",
        obs=[("Total", 2024, 28.5, "count 10 thousand", "actual")],
        claims=[("growth", -6.2, "percent", 2023, 2024, 1.0)], verdicts=[]),
    dict(  # 126: the same in simplified Chinese
        text="2024年中国AI音箱销量为3,120万台，\n同比下降\n9.4%。",
        obs=[("Total", 2024, 3120.0, "count 10 thousand", "actual")],
        claims=[("growth", -9.4, "percent", 2023, 2024, 1.0)], verdicts=[]),
    dict(  # 127: a results statement with the prior year's figure in brackets; "18.4% to £642.7m" is no range
        text="Group revenue increased by 18.4% to £642.7m (2023: £542.9m).",
        obs=[("Total", 2023, 542.9, "GBP million", "actual"), ("Total", 2024, 642.7, "GBP million", "actual")],
        claims=[("growth", 18.4, "percent", 2023, 2024, 1.0)],
        # 642.7 / 542.9 - 1 = 18.38% -> 18.4%
        verdicts=[]),
    dict(  # 128: the same form in dollars
        text="Operating revenue rose 24.6% to $389.5m (2023: $312.6m).",
        obs=[("Total", 2023, 312.6, "USD million", "actual"), ("Total", 2024, 389.5, "USD million", "actual")],
        claims=[("growth", 24.6, "percent", 2023, 2024, 1.0)],
        # 389.5 / 312.6 - 1 = 24.60%
        verdicts=[]),
    dict(  # 129: an English "respectively" list after its amounts, paired with a list of years
        text="Platform revenues in 2021, 2022 and 2023 were $0.84bn, $1.37bn and $2.05bn, respectively.",
        obs=[("Total", 2021, 0.84, "USD billion", "actual"), ("Total", 2022, 1.37, "USD billion", "actual"),
             ("Total", 2023, 2.05, "USD billion", "actual")],
        claims=[], verdicts=[]),
    dict(  # 130: the same with counts and no comma before "respectively"
        text="Subscribers for 2022, 2023 and 2024 were 4.1 million, 6.8 million and 9.9 million respectively.",
        obs=[("Total", 2022, 4.1, "count million", "actual"), ("Total", 2023, 6.8, "count million", "actual"),
             ("Total", 2024, 9.9, "count million", "actual")],
        claims=[], verdicts=[]),
    dict(  # 131: "more than" makes a lower bound, a claim and not an observation
        text="The inference market is worth more than $18 billion in 2024.",
        obs=[], claims=[("value", 18.0, "USD billion", 2024, 2024, None)], verdicts=[]),
    dict(  # 132: "over" before a forecast amount
        text="The segment is forecast to be worth over $40 billion by 2030.",
        obs=[], claims=[("value", 40.0, "USD billion", 2030, 2030, None)], verdicts=[]),
    dict(  # 133: 超过 and 逾 in Chinese
        text="2024年全球AI制药融资额超过56亿美元，AI芯片初创企业融资总额逾120亿美元。",
        obs=[], claims=[("value", 56.0, "USD 100 million", 2024, 2024, None),
                        ("value", 120.0, "USD 100 million", 2024, 2024, None)], verdicts=[]),
    dict(  # 134: a Traditional Chinese table: a 年度 row label, "2025(F)" columns, a "表1" caption with its unit
        text="表1 臺灣AI伺服器市場規模（億新台幣）\n年度\t2023\t2024\t2025(F)\t2026(F)\n市場規模\t1,250\t1,610\t2,030\t2,480",
        obs=[("市場規模", 2023, 1250.0, "TWD 100 million", "actual"), ("市場規模", 2024, 1610.0, "TWD 100 million", "actual"),
             ("市場規模", 2025, 2030.0, "TWD 100 million", "estimate"),
             ("市場規模", 2026, 2480.0, "TWD 100 million", "estimate")],
        claims=[], verdicts=[]),
    dict(  # 135: a table with one year column
        text="Global AI accelerator revenue (USD billion)\nSegment\t2024\nGPU\t78.4\nASIC\t12.6\nFPGA\t3.1",
        obs=[("GPU", 2024, 78.4, "USD billion", "actual"), ("ASIC", 2024, 12.6, "USD billion", "actual"),
             ("FPGA", 2024, 3.1, "USD billion", "actual")],
        claims=[], verdicts=[]),
    dict(  # 136: a CAGR column ("'23-'28 CAGR") before the year columns
        text="AI software market by region (USD billion)\nRegion\t'23-'28 CAGR\t2023\t2028\n"
             "Americas\t21.5%\t62.4\t165.4\nEurope\t24.0%\t28.1\t82.4",
        obs=[("Americas", 2023, 62.4, "USD billion", "actual"), ("Americas", 2028, 165.4, "USD billion", "estimate"),
             ("Europe", 2023, 28.1, "USD billion", "actual"), ("Europe", 2028, 82.4, "USD billion", "estimate")],
        claims=[("cagr", 21.5, "percent", 2023, 2028, None), ("cagr", 24.0, "percent", 2023, 2028, None)],
        # (165.4 / 62.4) ** (1/5) - 1 = 21.53% -> 21.5%; (82.4 / 28.1) ** (1/5) - 1 = 24.00% -> 24.0%
        verdicts=[("cagr", "exact")]),
    dict(  # 137: cells with the currency and the scale printed in them ("$53.7B")
        text="Region  2023  2024\nNorth America  $53.7B  $66.1B\nEurope  $21.2B  $26.9B",
        obs=[("North America", 2023, 53.7, "USD billion", "actual"), ("North America", 2024, 66.1, "USD billion", "actual"),
             ("Europe", 2023, 21.2, "USD billion", "actual"), ("Europe", 2024, 26.9, "USD billion", "actual")],
        claims=[], verdicts=[]),
    dict(  # 138: a "同比增速" column: growth of the last year column over the one before
        text="中国AI芯片市场（亿元）\n指标\t2023\t2024\t同比增速\n市场规模\t1,206\t1,530\t26.9%",
        obs=[("市场规模", 2023, 1206.0, "CNY 100 million", "actual"), ("市场规模", 2024, 1530.0, "CNY 100 million", "actual")],
        claims=[("growth", 26.9, "percent", 2023, 2024, 1.0)],
        # 1530 / 1206 - 1 = 26.87% -> 26.9%
        verdicts=[]),
    dict(  # 139: a table broken by a page footer and its header printed again is one table
        text="Enterprise AI spend by vertical (USD million)\nVertical\t2023\t2024\nBanking\t820\t1,040\n"
             "Retail\t610\t790\n\nPage 7\n\nVertical\t2023\t2024\nHealth\t450\t585\nEnergy\t300\t372",
        obs=[("Banking", 2023, 820.0, "USD million", "actual"), ("Retail", 2024, 790.0, "USD million", "actual"),
             ("Health", 2023, 450.0, "USD million", "actual"), ("Energy", 2024, 372.0, "USD million", "actual")],
        claims=[], verdicts=[], series="enterprise_ai_spend_by_vertical"),
    dict(  # 140: bullets under a heading with a year take its year; an outlook bullet for the next year is an estimate
        text="Highlights for FY2024\n- Revenue of $2.4 billion, up 31% year on year\n- Data-centre sales of $1.1 billion\n"
             "- Outlook: revenue of $3.0 billion expected for FY2025",
        obs=[("Total", 2024, 2.4, "USD billion", "actual"), ("Total", 2024, 1.1, "USD billion", "actual"),
             ("Total", 2025, 3.0, "USD billion", "estimate")],
        claims=[("growth", 31.0, "percent", 2023, 2024, 1.0)], verdicts=[]),
    dict(  # 141: the same in Chinese, with "•" bullets
        text="2024年度业绩摘要\n• 营业收入86.5亿元，同比增长18.2%\n• 净利润12.3亿元",
        obs=[("Total", 2024, 86.5, "CNY 100 million", "actual"), ("Total", 2024, 12.3, "CNY 100 million", "actual")],
        claims=[("growth", 18.2, "percent", 2023, 2024, 1.0)], verdicts=[]),
    dict(  # 142: "four-fold from A to B" is a base, a target and a multiple, not a range of two bounds
        text="Between 2019 and 2024 the market grew four-fold from $9.5 billion to $38 billion.",
        obs=[("Total", 2019, 9.5, "USD billion", "actual"), ("Total", 2024, 38.0, "USD billion", "actual")],
        claims=[("multiple", 4.0, "multiple", 2019, 2024, 5.0)], verdicts=[]),
    dict(  # 143: a multiple of a base stated before it runs from the base's year
        text="Its 2024 size of $2.2 billion is set to more than triple by 2030.",
        obs=[("Total", 2024, 2.2, "USD billion", "actual")],
        claims=[("multiple", 3.0, "multiple", 2024, 2030, 6.0)], verdicts=[]),
    dict(  # 144: years as rows; the growth column is growth over the row before, not a share
        text="Year\tRevenue (US$ m)\tGrowth\n2022\t410.5\t\n2023\t532.0\t29.6%\n2024\t690.1\t29.7%",
        obs=[("Revenue", 2022, 410.5, "USD million", "actual"), ("Revenue", 2023, 532.0, "USD million", "actual"),
             ("Revenue", 2024, 690.1, "USD million", "actual")],
        claims=[("growth", 29.6, "percent", 2022, 2023, 1.0), ("growth", 29.7, "percent", 2023, 2024, 1.0)],
        # 532.0 / 410.5 - 1 = 29.60%; 690.1 / 532.0 - 1 = 29.72% -> 29.7%
        verdicts=[]),
    dict(  # 145: the same in Chinese, with a 年份 label, an estimate row and a 同比增速 column
        text="全球AI视觉市场规模（亿美元）\n年份\t市场规模\t同比增速\n2022\t118.4\n2023\t152.6\t28.9%\n2024E\t197.0\t29.1%",
        obs=[("市场规模", 2022, 118.4, "USD 100 million", "actual"), ("市场规模", 2023, 152.6, "USD 100 million", "actual"),
             ("市场规模", 2024, 197.0, "USD 100 million", "estimate")],
        claims=[("growth", 28.9, "percent", 2022, 2023, 1.0), ("growth", 29.1, "percent", 2023, 2024, 1.0)],
        # 152.6 / 118.4 - 1 = 28.89% -> 28.9%; 197.0 / 152.6 - 1 = 29.10% -> 29.1%
        verdicts=[]),
    dict(  # 146: years as rows in a pipe table, with "n/a" where the first year has no change
        text="Year | Sales (USD million) | YoY\n2020 | 95.0 | n/a\n2021 | 120.3 | 26.6%\n2022 | 151.0 | 25.5%",
        obs=[("Sales", 2020, 95.0, "USD million", "actual"), ("Sales", 2021, 120.3, "USD million", "actual"),
             ("Sales", 2022, 151.0, "USD million", "actual")],
        claims=[("growth", 26.6, "percent", 2020, 2021, 1.0), ("growth", 25.5, "percent", 2021, 2022, 1.0)],
        # 120.3 / 95.0 - 1 = 26.63% -> 26.6%; 151.0 / 120.3 - 1 = 25.52% -> 25.5%
        verdicts=[]),
    dict(  # 147: PDF text wrapped between a scale and its currency, and between a word of change and its rate
        text="2024年全球智能座舱市场规模为\n412.8亿\n美元，同比增长\n21.5%。",
        obs=[("Total", 2024, 412.8, "USD 100 million", "actual")],
        claims=[("growth", 21.5, "percent", 2023, 2024, 1.0)], verdicts=[]),
    dict(  # 148: "makes up" is a share, and the one set against it "a year earlier" is of the year before
        text="In 2024 AI inference makes up 38% of data-centre AI spending, versus 27% a year earlier.",
        obs=[], claims=[("share", 38.0, "percent", 2024, 2024, None), ("share", 27.0, "percent", 2023, 2023, None)],
        verdicts=[]),
    dict(  # 149: "a compound annual rate" in a sentence after the one with the base: it names no first year, so it
        # runs from the latest year of history the series states, 2024 (inferred)
        text="Revenue from AI coding assistants reached USD 4.6 billion last year (2024); analysts project USD 18.9 "
             "billion in 2030, a compound annual rate of 26.6%.",
        obs=[("Total", 2024, 4.6, "USD billion", "actual"), ("Total", 2030, 18.9, "USD billion", "estimate")],
        claims=[("cagr", 26.6, "percent", 2024, 2030, None, "inferred")],
        # (18.9 / 4.6) ** (1/6) - 1 = 26.56% -> 26.6% from 2024
        verdicts=[("cagr|period", "exact")]),
    dict(  # 150: an English sentence wrapped over five lines, lines going on in lower case
        text="The market for AI in radiology was\nvalued at USD 1.2\nbillion in 2023 and is expected to\n"
             "climb to USD 4.9 billion by 2030, at a\nCAGR of 22.3%.",
        obs=[("Total", 2023, 1.2, "USD billion", "actual"), ("Total", 2030, 4.9, "USD billion", "estimate")],
        claims=[("cagr", 22.3, "percent", 2023, 2030, None, "inferred")],
        # (4.9 / 1.2) ** (1/7) - 1 = 22.26% -> 22.3%
        verdicts=[("cagr|period", "exact")]),
    dict(  # 151: names listed before the figures they go with ("respectively" after them), the year after it all;
        # the noun after the last name is every name's; each an item's name, its first letter in capitals
        text="Cloud, edge and on-premise deployments of AI inference together earned $3.1 billion, $1.2 billion and "
             "$0.4 billion, respectively, in 2025.",
        obs=[("Cloud", 2025, 3.1, "USD billion", "actual"), ("Edge", 2025, 1.2, "USD billion", "actual"),
             ("On-premise", 2025, 0.4, "USD billion", "actual")],
        claims=[], verdicts=[]),
    dict(  # 152: a multiple of a size in an earlier year: "N times its 2023 size" by a later year
        text="The AI chip market was $20 billion in 2023. By 2027 the market will be 3.5 times its 2023 size.",
        obs=[("Total", 2023, 20.0, "USD billion", "actual")],
        claims=[("multiple", 3.5, "multiple", 2023, 2027, 4.0, "stated")],
        # 20 * 3.5 = 70 in 2027, which the text does not give: nothing to check
        verdicts=[]),
    dict(  # 153: names before the verb, the year before them; Chinese "分别为" with a list of names and of years
        text="In 2024, hardware, software and services sales reached USD 5.5 billion, USD 2.5 billion and USD 1.0 "
             "billion, respectively. 2022年、2023年和2024年，该市场规模分别为120亿元、150亿元和190亿元。",
        obs=[("Hardware", 2024, 5.5, "USD billion", "actual"), ("Software", 2024, 2.5, "USD billion", "actual"),
             ("Services", 2024, 1.0, "USD billion", "actual"), ("Total", 2022, 120.0, "CNY 100 million", "actual"),
             ("Total", 2023, 150.0, "CNY 100 million", "actual"), ("Total", 2024, 190.0, "CNY 100 million", "actual")],
        claims=[], verdicts=[]),
    dict(  # 154: a range whose currency is printed with its low end and its scale with its high end
        text="Analysts size the 2028 market for AI code assistants at $12–15 billion.",
        obs=[],
        claims=[("value", 12.0, "USD billion", 2028, 2028, None), ("value", 15.0, "USD billion", 2028, 2028, None)],
        verdicts=[]),
    dict(  # 155: the ¥ sign in a sentence about Japan is the yen
        text="Japanese spending on generative AI is projected to rise from ¥0.8 trillion in 2024 to ¥2.0 trillion in "
             "2029, a CAGR of 20.1%.",
        obs=[("Total", 2024, 0.8, "JPY trillion", "actual"), ("Total", 2029, 2.0, "JPY trillion", "estimate")],
        claims=[("cagr", 20.1, "percent", 2024, 2029, None, "inferred")],
        # (2.0 / 0.8) ** (1/5) - 1 = 20.11% -> 20.1%
        verdicts=[("cagr|period", "exact")]),
    dict(  # 156: a prior year's figure in brackets, then the rise over it; a base "estimated to be worth" is history
        text="Operating profit was £45.0m (2023: £40.0m), an increase of 12.5%. The AI tutoring market is estimated to "
             "be worth $3.0 billion in 2024 and is forecast to reach $6.0 billion by 2029.",
        obs=[("Total", 2023, 40.0, "GBP million", "actual"), ("Total", 2024, 45.0, "GBP million", "actual"),
             ("Total", 2024, 3.0, "USD billion", "actual"), ("Total", 2029, 6.0, "USD billion", "estimate")],
        claims=[("growth", 12.5, "percent", 2023, 2024, 1.0)],
        # 45.0 / 40.0 - 1 = 12.50% exactly
        verdicts=[("cagr|implied", "exact")]),
    dict(  # 157: a range in words with the currency after the scale; a count after "more than" is a lower bound
        text="The 2030 market for AI-assisted radiology could land between 4 and 6 billion US dollars. Installed "
             "AI scanners are set to pass more than 120 thousand units in 2027.",
        obs=[],
        claims=[("value", 4.0, "USD billion", 2030, 2030, None), ("value", 6.0, "USD billion", 2030, 2030, None),
                ("value", 120.0, "count thousand", 2027, 2027, None)],
        verdicts=[]),
    dict(  # 158: 自…攀升至 with a span before the CAGR; a scale and currency broken mid-word across PDF lines
        text="國內AI客服軟體支出預計自2024年的50億元攀升至2029年的150億元，2024至2029年間年複合成長率約24.6%。\n"
             "2024年全球AI眼镜市场规模约为\n12.0亿美\n元，预计2028年将达到\n48.0亿美元。",
        obs=[("Total", 2024, 50.0, "CNY 100 million", "actual"), ("Total", 2029, 150.0, "CNY 100 million", "estimate"),
             ("Total", 2024, 12.0, "USD 100 million", "actual"), ("Total", 2028, 48.0, "USD 100 million", "estimate")],
        claims=[("cagr", 24.6, "percent", 2024, 2029, None, "stated")],
        # (150 / 50) ** (1/5) - 1 = 24.57% -> 24.6%
        verdicts=[("cagr", "exact")]),
    dict(  # 159: a year header cell with its unit in brackets; a total compared with the year before, and the rise
        text="| Region | 2024 (USD billion) |\n|---|---|\n| Americas | 30.0 |\n| Asia | 20.0 |\n| Total | 50.0 |\n"
             "Sales of AI routers reached $9.0 billion in 2024, compared with $6.0 billion in 2023, an increase of 50%.",
        obs=[("Americas", 2024, 30.0, "USD billion", "actual"), ("Asia", 2024, 20.0, "USD billion", "actual"),
             ("Total", 2024, 50.0, "USD billion", "actual"), ("Total", 2023, 6.0, "USD billion", "actual"),
             ("Total", 2024, 9.0, "USD billion", "actual")],
        claims=[("growth", 50.0, "percent", 2023, 2024, 1.0)],
        # 30 + 20 = 50; 9.0 / 6.0 - 1 = 50% exactly
        verdicts=[("hierarchy", "exact"), ("cagr|implied", "exact")]),
    dict(  # 160: a filing's key metrics: each row states its own unit, so each is a series of its own
        text="Operating highlights\tFY2023\tFY2024\tChange\nSubscription revenue (EUR million)\t250.0\t300.0\t20.0%\n"
             "Paying members (thousands)\t800\t1,000\t25.0%",
        obs=[("Subscription revenue", 2023, 250.0, "EUR million", "actual"),
             ("Subscription revenue", 2024, 300.0, "EUR million", "actual"),
             ("Paying members", 2023, 800.0, "count thousand", "actual"),
             ("Paying members", 2024, 1000.0, "count thousand", "actual")],
        claims=[("growth", 20.0, "percent", 2023, 2024, 1.0), ("growth", 25.0, "percent", 2023, 2024, 1.0)],
        # 300 / 250 - 1 = 20.0%; 1,000 / 800 - 1 = 25.0%; no hierarchy across rows of unlike units
        verdicts=[("cagr|implied", "exact"), ("cagr|implied", "exact")]),
    dict(  # 161: a "Share" column: each row's share of the table's total, checked against the two printed values
        text="Revenue by channel\n| Channel | 2024 (USD million) | Share |\n|---|---:|---:|\n| Direct | 72.5 | 60.4% |\n"
             "| Partners | 47.5 | 39.6% |\n| Total | 120.0 | 100.0% |",
        obs=[("Direct", 2024, 72.5, "USD million", "actual"), ("Partners", 2024, 47.5, "USD million", "actual"),
             ("Total", 2024, 120.0, "USD million", "actual")],
        claims=[("share", 60.4, "percent", 2024, 2024, None), ("share", 39.6, "percent", 2024, 2024, None)],
        # 72.5 + 47.5 = 120.0; 72.5 / 120.0 = 60.42% -> 60.4%; 47.5 / 120.0 = 39.58% -> 39.6%
        verdicts=[("hierarchy", "exact"), ("arithmetic", "exact"), ("arithmetic", "exact")]),
    dict(  # 162: a PDF line that ends before the target's sum; the span in brackets after "the forecast period"; a
        # prior-year bracket after "in 2024", then the rise
        text="The AI in fleet telematics market size is estimated at USD 3.00 billion in 2025 and the authors expect\n"
             "USD 6.00 billion by 2030, growing at a CAGR of 14.87% during the forecast period (2025-2030). Licence "
             "income was £120.0m in 2024 (2023: £100.0m), an increase of 20%.",
        obs=[("Total", 2025, 3.00, "USD billion", "actual"), ("Total", 2030, 6.00, "USD billion", "estimate"),
             ("Total", 2023, 100.0, "GBP million", "actual"), ("Total", 2024, 120.0, "GBP million", "actual")],
        claims=[("cagr", 14.87, "percent", 2025, 2030, None, "stated"), ("growth", 20.0, "percent", 2023, 2024, 1.0)],
        # (6.00 / 3.00) ** (1/5) - 1 = 14.870% -> 14.87%; 120.0 / 100.0 - 1 = 20% exactly
        verdicts=[("cagr", "exact"), ("cagr|implied", "exact")]),
    dict(  # 163: a fall year over year with its year after the word; users named once count both figures
        text="Worldwide shipments of AI-ready routers declined 7.5% year over year in 2024, to 37.0 million units. The "
             "chatbot had more than 300 million monthly active users at the end of 2024, against 120 million a year "
             "earlier.",
        obs=[("Total", 2024, 37.0, "count million", "actual"), ("Total", 2023, 120.0, "people million", "actual")],
        claims=[("growth", -7.5, "percent", 2023, 2024, 1.0), ("value", 300.0, "people million", 2024, 2024, None)],
        # 37.0 / (1 - 0.075) = 40.0 million in 2023, which the text does not give
        verdicts=[]),
    dict(  # 164: a caption whose unit breaks across lines; a running footer with "page" inside the table
        text="Exhibit 3: Robot taxi revenue by city (USD\nmillion)\nCity\t2023\t2024\nShenzhen\t40.0\t55.0\n"
             "Route Report 2024 | page 9\nWuhan\t25.0\t35.0\nTotal\t65.0\t90.0",
        obs=[("Shenzhen", 2023, 40.0, "USD million", "actual"), ("Shenzhen", 2024, 55.0, "USD million", "actual"),
             ("Wuhan", 2023, 25.0, "USD million", "actual"), ("Wuhan", 2024, 35.0, "USD million", "actual"),
             ("Total", 2023, 65.0, "USD million", "actual"), ("Total", 2024, 90.0, "USD million", "actual")],
        claims=[],
        # 40.0 + 25.0 = 65.0; 55.0 + 35.0 = 90.0
        verdicts=[("hierarchy", "exact")]),
    dict(  # 165: years as rows with several columns, one their total; a row of changes under a row of values
        text="AI inference spend (EUR billion)\nYear    Cloud    Edge    Total\n2023    6.0    2.0    8.0\n"
             "2024    7.5    2.5    10.0\n\n表2 某市AI质检市场规模（单位：亿元）\n指标\t2022\t2023\t2024\n"
             "市场规模\t20.0\t25.0\t30.0\n同比增长\t-\t25.0%\t20.0%",
        obs=[("Cloud", 2023, 6.0, "EUR billion", "actual"), ("Edge", 2024, 2.5, "EUR billion", "actual"),
             ("Total", 2024, 10.0, "EUR billion", "actual"), ("市场规模", 2022, 20.0, "CNY 100 million", "actual"),
             ("市场规模", 2024, 30.0, "CNY 100 million", "actual")],
        claims=[("growth", 25.0, "percent", 2022, 2023, 1.0), ("growth", 20.0, "percent", 2023, 2024, 1.0)],
        # 6.0 + 2.0 = 8.0, 7.5 + 2.5 = 10.0; 25 / 20 - 1 = 25%, 30 / 25 - 1 = 20%
        verdicts=[("hierarchy", "exact"), ("cagr", "exact")]),
    dict(  # 166: 约为上年…的N倍; a rate a year from "2024's" level
        text="2024年某市AI算力租赁收入达到90亿元，约为上年60亿元的1.5倍。Analysts expect AI fraud-detection spending to "
             "reach $24.0 billion in 2029, rising about 20% a year from 2024's $9.6 billion.",
        obs=[("Total", 2023, 60.0, "CNY 100 million", "actual"), ("Total", 2024, 90.0, "CNY 100 million", "actual"),
             ("Total", 2024, 9.6, "USD billion", "actual"), ("Total", 2029, 24.0, "USD billion", "estimate")],
        claims=[("multiple", 1.5, "multiple", 2023, 2024, 1.0), ("cagr", 20.0, "percent", 2024, 2029, None)],
        # 90 / 60 = 1.5 exactly; (24.0 / 9.6) ** (1/5) - 1 = 20.11%, which prints as 20%
        verdicts=[("cagr|implied", "exact"), ("cagr|period", "exact")]),
    dict(  # 167: a base's year after a comma ("two years earlier, in 2022"); a decline named after its rate
        text="More than 90 million people used an AI note-taking app in 2024, up from 40 million two years earlier, in "
             "2022. Shipments of AI cameras totalled 5.0 million units in 2024, a 20% decline on the prior year.",
        obs=[("Total", 2022, 40.0, "people million", "actual"), ("Total", 2024, 5.0, "count million", "actual")],
        claims=[("value", 90.0, "people million", 2024, 2024, None), ("growth", -20.0, "percent", 2023, 2024, 1.0)],
        # 5.0 / (1 - 0.20) = 6.25 million in 2023, which the text does not give
        verdicts=[]),
    dict(  # 168: 分别为 over a list of years with counts in 套; a list whose members take the currency of the last;
        # a length before 复合增长率
        text="2021年、2022年和2023年，某省服务机器人产量分别为120万套、150万套和180万套。2022至2024年，某地区AI芯片"
             "市场规模分别为50億、60億與72億美元，两年复合增长率为20.0%。",
        obs=[("Total", 2021, 120.0, "count 10 thousand", "actual"), ("Total", 2023, 180.0, "count 10 thousand", "actual"),
             ("Total", 2022, 50.0, "USD 100 million", "actual"), ("Total", 2024, 72.0, "USD 100 million", "actual")],
        claims=[("cagr", 20.0, "percent", 2022, 2024, None, "stated")],
        # (72 / 50) ** (1/2) - 1 = 1.2 - 1 = 20.0% exactly
        verdicts=[("cagr", "exact")]),
    dict(  # 169: a year column marked (预估); years as rows with the change column before the values
        text="表5 某市AI服务器出货额（单位：亿美元）\n项目\t2024\t2025(预估)\nGPU服务器\t80.0\t100.0\nASIC服务器\t20.0\t30.0\n"
             "合计\t100.0\t130.0\n\nVoice AI revenue\nYear\tGrowth\tRevenue (EUR million)\n2022\t-\t50.0\n"
             "2023\t20.0%\t60.0\n2024\t25.0%\t75.0",
        obs=[("GPU服务器", 2024, 80.0, "USD 100 million", "actual"), ("GPU服务器", 2025, 100.0, "USD 100 million", "estimate"),
             ("合计", 2025, 130.0, "USD 100 million", "estimate"), ("Revenue", 2022, 50.0, "EUR million", "actual"),
             ("Revenue", 2024, 75.0, "EUR million", "actual")],
        claims=[("growth", 20.0, "percent", 2022, 2023, 1.0), ("growth", 25.0, "percent", 2023, 2024, 1.0)],
        # 80 + 20 = 100, 100 + 30 = 130; 60 / 50 - 1 = 20%, 75 / 60 - 1 = 25%
        verdicts=[("hierarchy", "exact"), ("cagr", "exact")]),
    dict(  # 170: a footnote mark after the last year ("in 2025.¹") is no digit of it
        text="The AI hearing-aid market is forecast to grow at a CAGR of 14.9% between 2025 and 2030, to USD 3.0 billion "
             "in 2030 from USD 1.5 billion in 2025.\u00b9",
        obs=[("Total", 2025, 1.5, "USD billion", "actual"), ("Total", 2030, 3.0, "USD billion", "estimate")],
        claims=[("cagr", 14.9, "percent", 2025, 2030, None, "stated")],
        # (3.0 / 1.5) ** (1/5) - 1 = 14.87% -> 14.9%
        verdicts=[("cagr", "exact")]),
    dict(  # 171: a filing's table with "2023年度" columns and a 变动比例 column of changes
        text="表6 某公司AI业务收入（单位：万元）\n项目\t2023年度\t2024年度\t变动比例\n软件\t1,000.0\t1,200.0\t20.0%\n"
             "服务\t500.0\t450.0\t-10.0%\n合计\t1,500.0\t1,650.0\t10.0%",
        obs=[("软件", 2023, 1000.0, "CNY 10 thousand", "actual"), ("服务", 2024, 450.0, "CNY 10 thousand", "actual"),
             ("合计", 2024, 1650.0, "CNY 10 thousand", "actual")],
        claims=[("growth", 20.0, "percent", 2023, 2024, 1.0), ("growth", -10.0, "percent", 2023, 2024, 1.0),
                ("growth", 10.0, "percent", 2023, 2024, 1.0)],
        # 1,000 + 500 = 1,500, 1,200 + 450 = 1,650; 1,200 / 1,000 - 1 = 20%, 450 / 500 - 1 = -10%, 1,650 / 1,500 - 1 = 10%
        verdicts=[("hierarchy", "exact"), ("cagr", "exact")]),
    dict(  # 172: the unit in a note under the table
        text="| Market | 2024 | 2030 |\n|---|---|---|\n| Retail | 10.0 | 20.0 |\n| Banking | 15.0 | 25.0 |\n"
             "| Total | 25.0 | 45.0 |\nNote: figures in GBP billion; 2030 values are forecasts.",
        obs=[("Retail", 2024, 10.0, "GBP billion", "actual"), ("Banking", 2030, 25.0, "GBP billion", "estimate"),
             ("Total", 2030, 45.0, "GBP billion", "estimate")],
        claims=[],
        # 10 + 15 = 25, 20 + 25 = 45
        verdicts=[("hierarchy", "exact")]),
    dict(  # 173: a "Share of total" column whose total row leaves its share blank
        text="Exhibit 4: AI chip revenue by vendor type (USD billion)\nVendor type\t2024\tShare of total\n"
             "Merchant\t30.0\t60.0%\nCustom\t20.0\t40.0%\nTotal\t50.0",
        obs=[("Merchant", 2024, 30.0, "USD billion", "actual"), ("Custom", 2024, 20.0, "USD billion", "actual"),
             ("Total", 2024, 50.0, "USD billion", "actual")],
        claims=[("share", 60.0, "percent", 2024, 2024, None), ("share", 40.0, "percent", 2024, 2024, None)],
        # 30 + 20 = 50; 30 / 50 = 60.0%, 20 / 50 = 40.0%
        verdicts=[("hierarchy", "exact"), ("arithmetic", "exact")]),
    dict(  # 174: a forecast cue at the end of a heading-like line governs the figure on the next
        text="全球AI手机出货额预估\n2026年达1,200亿美\n元，年增率为20.0%。",
        obs=[("Total", 2026, 1200.0, "USD 100 million", "estimate")],
        claims=[("growth", 20.0, "percent", 2025, 2026, 1.0)],
        # 1,200 / 1.2 = 1,000 in 2025, which the text does not give
        verdicts=[]),
    dict(  # 175: a table of one year, the year in its caption and a column of shares
        text="AI PC shipments by operating system, 2025 (million units)\n| OS | Units | Share |\n|:--|--:|--:|\n"
             "| Windows | 45.0 | 75.0% |\n| macOS | 12.0 | 20.0% |\n| Other | 3.0 | 5.0% |\n| Total | 60.0 | 100.0% |",
        obs=[("Windows", 2025, 45.0, "count million", "actual"), ("Other", 2025, 3.0, "count million", "actual"),
             ("Total", 2025, 60.0, "count million", "actual")],
        claims=[("share", 75.0, "percent", 2025, 2025, None), ("share", 20.0, "percent", 2025, 2025, None)],
        # 45 + 12 + 3 = 60; 45 / 60 = 75%, 12 / 60 = 20%, 3 / 60 = 5%
        verdicts=[("hierarchy", "exact"), ("arithmetic", "exact")]),
]


def _missing(a) -> bool:
    return a is None or str(a) in ("<NA>", "nan", "None")


def _years_say_it(kind, period, start, end, got) -> bool:
    """A CAGR expected with no period of its own ("its years say it") may carry the length its years give."""
    return kind == "cagr" and period is None and None not in (start, end) and _same(got, float(end - start))


def _same(a, b) -> bool:
    if b is None:
        return _missing(a)
    return not _missing(a) and abs(float(a) - b) <= 1e-9 * max(1.0, abs(b))


def _period(row) -> str:
    """How a claim's period came: ``stated`` (also an empty cell, as in the bundled claims) or ``inferred``."""
    p = getattr(row, "period", None)
    return "stated" if _missing(p) or p == "" else p


def _alternatives(text: str, value) -> bool:
    return str(value) in text.split("|")


def measure(case: dict, pkg, audit=None) -> dict:
    """What a draft of one snippet got right: counts of figures, rates and verdicts found, and false alarms.

    A figure is found when an observation has its item, value, unit, year and status (and printed step,
    where the snippet gives one), or a claim its kind, value, unit and years; a rate when a claim has its kind, value, unit, start and end years and
    period length; a verdict when the audit has a row of that check with that verdict. A false alarm is an
    ``inconsistent`` verdict where the snippet states none.
    """
    obs, cl = pkg.observations, pkg.claims
    out = {"figures": 0, "figures_found": 0, "rates": 0, "rates_found": 0, "verdicts": 0, "verdicts_right": 0,
           "false_inconsistent": 0, "series": 0, "series_right": 0, "misses": []}
    for want in case["obs"]:
        item, year, value, unit, status = want[:5]
        out["figures"] += 1
        hit = [r for r in obs.itertuples() if r.item == item and r.year == year and r.unit == unit
               and _same(r.value, value) and r.status == status and (len(want) < 6 or _same(r.precision, want[5]))]
        if hit:
            out["figures_found"] += 1
        else:
            out["misses"].append(("figure", want))
    for want in case["claims"]:
        kind, value, unit, start, end, period = want[:6]
        rate = kind in ("cagr", "growth", "multiple")
        key = "rates" if rate else "figures"
        out[key] += 1
        hit = [r for r in cl.itertuples() if r.kind == kind and r.unit == unit and _same(r.value, value)
               and _same(r.start_year, start) and _same(r.end_year, end)
               and (_same(r.period_years, period) or _years_say_it(kind, period, start, end, r.period_years))
               and (len(want) < 7 or _period(r) == want[6])]
        if hit:
            out[key + "_found"] += 1
        else:
            out["misses"].append(("rate" if rate else "claim", want))
    if case.get("series"):
        out["series"] += 1
        titles = dict(zip(pkg.series["series"], pkg.series["title"]))
        names = {n for sid in set(obs["series"]) for n in (sid, titles.get(sid, "").lower().replace(" ", "_"))}
        if case["series"] in names:
            out["series_right"] += 1
        else:
            out["misses"].append(("series", case["series"], sorted(set(obs["series"]))))
    if audit is not None:
        for check, verdict in case["verdicts"]:
            out["verdicts"] += 1
            if any(_alternatives(check, c) and _alternatives(verdict, v) for c, v in zip(audit["check"], audit["verdict"])):
                out["verdicts_right"] += 1
            else:
                out["misses"].append(("verdict", (check, verdict)))
        if not any("inconsistent" in v for _, v in case["verdicts"]):
            out["false_inconsistent"] += int((audit["verdict"] == "inconsistent").sum())
    return out


def drafted(k: int, case: dict):
    """Snippet number ``k``'s draft package and its audit."""
    import aimarket as am

    pkg = am.extract_text(case["text"], name=f"snippet{k}")
    return pkg, am.audit(package=pkg)


def score(cases: list, draft=drafted) -> dict:
    """The measures summed over ``cases`` (a list of (number, snippet) pairs), with each snippet's misses;
    ``draft(k, case)`` gives a snippet's package and audit (a caller may pass one that remembers them)."""
    total: dict = {"misses": {}}
    for k, case in cases:
        m = measure(case, *draft(k, case))
        misses = m.pop("misses")
        if misses:
            total["misses"][k] = misses
        for key, v in m.items():
            total[key] = total.get(key, 0) + v
    return total


def halves() -> tuple[list, list]:
    """The snippets looked at while choosing rules (even numbers) and the ones kept aside (odd)."""
    numbered = list(enumerate(CORPUS, start=1))
    return [c for c in numbered if c[0] % 2 == 0], [c for c in numbered if c[0] % 2 == 1]


def print_measures(name: str, cases: list, verbose: bool = False) -> None:
    """What running a snippet module prints: the measures on ``cases`` (``(number, snippet)`` pairs) and, with
    ``verbose``, each snippet's misses."""
    s = score(cases)
    print(f"{name} {report(s)}")
    if verbose:
        for k, misses in s["misses"].items():
            print(f"  snippet {k}: {misses}")


def report(scores: dict) -> str:
    def pct(a, b):
        return f"{scores[a]}/{scores[b]} ({100 * scores[a] / max(scores[b], 1):.0f}%)"

    return (f"figures found {pct('figures_found', 'figures')}; rates found {pct('rates_found', 'rates')}; "
            f"verdicts right {pct('verdicts_right', 'verdicts')}; false inconsistent {scores['false_inconsistent']}; "
            f"subjects named {pct('series_right', 'series')}")


_PROSE = (
    "The {name} market was valued at USD {a} billion in {y0} and is expected to reach USD {b} billion by {y1}, "
    "growing at a CAGR of {r}% over the forecast period.",
    "{cn}市场规模{y0}年达到{a}亿元，同比增长{g}%，预计{y1}年将达到{b}亿元。",
    "Revenue from {name} services rose {g}% year on year to ${a} billion in {y0}.",
    "- {name} shipments in {y0}: {a} million units",
    "Analysts note that the {name} segment, which grew quickly last year, still faces supply limits and pricing "
    "pressure from larger vendors in most regions.",
    "{cn}市场{y0}年规模为{b}亿元，其中硬件为{a}亿元；乐观情景下{y1}年将达到{b}亿元。",
    "The {name} market reached ${b} billion in {y0}, of which North America accounted for ${a} billion; our bull case "
    "puts {y1} at ${b} billion.",
)
_WORDS = ("edge", "vision", "speech", "robotics", "chip", "cloud", "agent", "search", "security", "health")
_CN = ("边缘计算", "机器视觉", "语音识别", "机器人", "芯片", "云计算", "智能体", "搜索", "安全", "医疗")


def report_like(size: int, seed: int = 0) -> str:
    """Text of about ``size`` characters shaped like a market report: paragraphs in both languages, bullets and a
    small tab-separated table every few paragraphs, each with its own figures (for scaling measurements)."""
    import random

    rng = random.Random(seed)
    parts, n, k = [], 0, 0
    while n < size:
        k += 1
        i = rng.randrange(len(_WORDS))
        name, cn = f"{_WORDS[i]} {_WORDS[(i + k) % len(_WORDS)]} AI", _CN[i] + _CN[(i + k) % len(_CN)]
        y0 = rng.randrange(2018, 2025)
        a = round(rng.uniform(1, 900), 1)
        line = _PROSE[k % len(_PROSE)].format(name=name, cn=cn, y0=y0, y1=y0 + 6, a=a, b=round(a * rng.uniform(1.5, 4), 1),
                                              r=round(rng.uniform(5, 40), 1), g=round(rng.uniform(1, 60), 1))
        if k % 7 == 0:
            rows = [[round(rng.uniform(10, 500), 1) for _ in range(3)] for _ in range(3)]
            total = [round(sum(c), 1) for c in zip(*rows)]
            line = (f"Table {k}: {name} revenue by region (USD million)\nRegion\t{y0}\t{y0 + 1}\t{y0 + 2}\n"
                    + "".join(f"{r}\t" + "\t".join(map(str, v)) + "\n" for r, v in zip(("Americas", "Europe", "Asia"), rows))
                    + "Total\t" + "\t".join(map(str, total)))
        parts.append(line)
        n += len(line) + 2
    return "\n\n".join(parts)


if __name__ == "__main__":  # python tests/extract_corpus.py [-v]: the measures on each half
    import sys

    for label, cases in zip(("looked at (even)", "kept aside (odd)"), halves()):
        print_measures(f"{label:18s}", cases, "-v" in sys.argv)
