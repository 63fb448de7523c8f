"""An eighty-fifth check set for the extractor, written blind: market research from across Asia as its publishers
release it, in English and Chinese -- Japanese research houses' English releases ("on a manufacturer shipment value
basis", "108.5% of the previous fiscal year", fiscal years from April, yen in billions and trillions), Korean
agencies' won beside dollars (won is no observation), Taiwan's institutes (產值, 新台幣億元, 兆元, 年成長率, 民國年),
Hong Kong's 億港元, India's crore beside US$ figures, Singapore's and Malaysia's own currencies with US$ in brackets,
and "前年比108.5%" rates -- and tables as analysts paste them from spreadsheets, CSV/TSV exports and web pages: wide
tables of many years, quarterly columns beside annual ones, YoY rows and columns, totals and subtotals labelled in
many ways, flattened merged headers, "n.a." and dashes, negative changes in brackets, footnote marks, unit lines
above and source and note lines below.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Japanese research house English release: "JPY 48.6 billion on a manufacturer shipment value basis",
    #    "112.5% of the previous fiscal year's JPY 43.2 billion" (a rise of 12.5%), FY2030 forecast with a stated
    #    FY2024-FY2030 CAGR; dateline, survey headcount (37 makers) expected nowhere
    dict(
        text=(
            "TOKYO, July 15, 2025 — Gokase Research Institute, Ltd. has released the results of its survey of the "
            "domestic collaborative-robot market. The domestic market size for FY2024 (April 2024 to March 2025) "
            "reached JPY 48.6 billion on a manufacturer shipment value basis, 112.5% of the previous fiscal year's "
            "JPY 43.2 billion. Food-processing and logistics users, rather than carmakers, accounted for most of the "
            "gain; the institute interviewed 37 robot makers and system integrators between March and June 2025. "
            "Gokase forecasts the market at JPY 96.0 billion for FY2030, a CAGR of 12.0% over FY2024-FY2030."
        ),
        obs=[
            ("Total", 2024, 48.6, "JPY billion", "actual"),
            ("Total", 2023, 43.2, "JPY billion", "actual"),
            ("Total", 2030, 96.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 12.5, "percent", 2023, 2024, 1.0),  # "112.5% of the previous fiscal year"
            ("cagr", 12.0, "percent", 2024, 2030, None, "stated"),  # "CAGR of 12.0% over FY2024-FY2030"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 43.2 = 1.125000 -> 12.5% exactly
            ("cagr|implied", "exact"),  # (96.0 / 48.6) ** (1/6) - 1 = 1.975309 ** (1/6) - 1 = 12.014% -> 12.0
        ],
    ),
    # 2. Japanese release mixing scales: series opens in "¥986.4 billion", later "more than ¥1.08 trillion" and
    #    "1.6 trillion yen" converted to JPY billion; "109.5% of the previous fiscal year"; a region's amount and share;
    #    vacancy "2.1 points" (percentage points), a quarter's contracts and 64 operators expected nowhere
    dict(
        text=(
            "OSAKA, September 2, 2025 — Hirasaka Market Intelligence Inc. today published its annual study of Japan's "
            "data-centre services market. The domestic market for colocation and hosting services grew from "
            "¥986.4 billion in FY2023 to more than ¥1.08 trillion in FY2024 (April 2024 to March 2025), 109.5% of "
            "the previous fiscal year. Greater Tokyo accounted for ¥669.6 billion, or 62.0% of the total, while "
            "vacancy in the capital fell 2.1 points to 6.8%. New contracts signed in the April-June quarter of 2025 "
            "alone came to ¥31.5 billion. Hirasaka, which interviewed 64 operators, expects the market to reach "
            "1.6 trillion yen in FY2029 as generative-AI clusters come online."
        ),
        obs=[
            ("Total", 2023, 986.4, "JPY billion", "actual"),
            ("Total", 2024, 1080, "JPY billion", "actual"),  # "more than ¥1.08 trillion" -> printed figure, converted
            ("Greater Tokyo", 2024, 669.6, "JPY billion", "actual"),
            ("Total", 2029, 1600, "JPY billion", "estimate"),  # "1.6 trillion yen" converted to the series' unit
        ],
        claims=[
            ("growth", 9.5, "percent", 2023, 2024, 1.0),  # "109.5% of the previous fiscal year"
            ("share", 62.0, "percent", 2024, 2024, None),  # Greater Tokyo
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1080 / 986.4 = 1.094891 -> 9.489% -> 9.5
            ("arithmetic", "exact"),  # 669.6 / 1080 = 0.620000 -> 62.0%
        ],
    ),
    # 3. Korean association, dollar amounts with a won bracket: "US$1.87 billion in 2024 (about KRW 2.7 trillion),
    #    up 41% from US$1.52 billion" -- the 41% contradicts its amounts; "this year" forecast; 118 members,
    #    "6.5 percentage points", a company's revenue in won expected nowhere
    dict(
        text=(
            "SEOUL, March 11, 2025 — Korea's market for AI semiconductors reached US$1.87 billion in 2024 (about "
            "KRW 2.7 trillion), up 41% from US$1.52 billion in 2023, the Korea Association of Neural Chip Industries "
            "(KANCI) said in its annual yearbook. The association, which has 118 member companies, expects the market "
            "to grow to US$2.6 billion this year as domestic cloud providers replace imported accelerators. Locally "
            "designed NPUs raised their share of new data-centre deployments by 6.5 percentage points, it added. "
            "Seongam Semiconductor, the largest local designer, reported revenue of KRW 412 billion for 2024."
        ),
        obs=[
            ("Total", 2024, 1.87, "USD billion", "actual"),
            ("Total", 2023, 1.52, "USD billion", "actual"),
            ("Total", 2025, 2.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 41, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 1.87 / 1.52 = 1.2303 -> 23.0%; bounds 1.865/1.525 = 22.3% .. 1.875/1.515 = 23.8%; 41 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 4. Indian research firm: US$ figures with a crore bracket, stated 2024-2030 CAGR, a segment's amount and a
    #    whole-number share exact only within rounding; crore outlay, CIO poll (412, 68%), price target and upside
    #    expected nowhere
    dict(
        text=(
            "MUMBAI, May 20, 2025 — India's public cloud services market was worth US$8.4 billion in 2024 (roughly "
            "₹70,000 crore), according to Gangotri Insights, and is forecast to reach US$24.5 billion by 2030, a CAGR "
            "of 19.5% over 2024-2030. SaaS applications accounted for US$3.4 billion, or 41% of the total, with "
            "infrastructure and platform services making up the rest. In a poll of 412 chief information officers, "
            "68% said they plan to raise cloud budgets this year. The government's ₹10,372 crore National Compute "
            "Mission should add demand for GPU capacity, while brokerage Kalpavriksha Capital set a price target of "
            "₹1,880 on one listed provider, implying 14% upside."
        ),
        obs=[
            ("Total", 2024, 8.4, "USD billion", "actual"),
            ("Total", 2030, 24.5, "USD billion", "estimate"),
            ("SaaS applications", 2024, 3.4, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 19.5, "percent", 2024, 2030, None, "stated"),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24.5 / 8.4) ** (1/6) - 1 = 2.916667 ** (1/6) - 1 = 19.53% -> 19.5
            # 3.4 / 8.4 = 40.48% -> 40, not 41; bounds 3.35/8.45 = 39.64% .. 3.45/8.35 = 41.32% reach 41
            ("arithmetic", "rounding"),
        ],
    ),
    # 5. Singapore: S$ amounts with US$ equivalents in brackets (conversions, no observation at all); a stated rise
    #    "rose 11% last year" is still a claim; grant cover (50%), poll (260, 57%, 41%) and "about half" nowhere
    dict(
        text=(
            "SINGAPORE, April 8, 2025 — Spending on industrial automation and smart-factory systems in Singapore rose "
            "11% last year to S$2.3 billion (US$1.7 billion), the Gemlang Institute of Manufacturing Technology said "
            "on Tuesday. The institute projects S$3.4 billion (US$2.5 billion) by 2028, helped by grants that cover "
            "up to 50% of qualifying project costs. Of 260 manufacturers it polled, 57% said they had deployed at "
            "least one autonomous mobile robot, up from 41% a year earlier. Electronics and precision-engineering "
            "plants made up about half of the spending."
        ),
        obs=[],
        claims=[
            ("growth", 11, "percent", 2023, 2024, 1.0),  # "rose 11% last year" (dateline 2025)
        ],
        verdicts=[],  # no observation amounts to check the rate against
    ),
    # 6. Malaysia: market sized only in US$ (so an observation), "will grow 2.4x to" (multiple, no verdict), stated
    #    CAGR "between 2024 and 2029", "For this year" estimate; RM incentives, MW capacity, "about two-thirds" and
    #    "a multibillion-dollar opportunity" nowhere
    dict(
        text=(
            "KUALA LUMPUR, June 3, 2025 — Malaysia's data-centre colocation market generated US$1.26 billion in "
            "revenue in 2024 and will grow 2.4x to US$3.02 billion by 2029, a compound annual growth rate of 19.1% "
            "between 2024 and 2029, Gerbang Analytics estimates. For this year the firm expects US$1.55 billion. "
            "Johor now hosts about two-thirds of the country's live capacity of 1,200 MW, and the federal government "
            "has set aside RM2.1 billion in investment incentives for green facilities. Gerbang calls the wider "
            "AI-infrastructure build-out a multibillion-dollar opportunity for local contractors."
        ),
        obs=[
            ("Total", 2024, 1.26, "USD billion", "actual"),
            ("Total", 2025, 1.55, "USD billion", "estimate"),
            ("Total", 2029, 3.02, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.4, "multiple", 2024, 2029, 5.0),
            ("cagr", 19.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.02 / 1.26) ** (1/5) - 1 = 2.396825 ** 0.2 - 1 = 19.10% -> 19.1
        ],
    ),
    # 7. Taiwan institute English release in NT$ billion: "up 7.8% from", "this year ... a gain of 8%"; a fourth
    #    quarter's output, 1,046 surveyed firms and a 38% survey answer nowhere
    dict(
        text=(
            "TAIPEI, February 26, 2025 — Taiwan's smart-machinery and smart-factory solutions sector produced output "
            "worth NT$186.4 billion in 2024, up 7.8% from NT$172.9 billion in 2023, according to the Gaoxin "
            "Industrial Technology Research Center (GITRC). The center expects output to climb to NT$201.0 billion "
            "this year, a gain of 8%, as chipmakers' overseas fabs order more automated handling systems. "
            "Fourth-quarter output alone was NT$51.2 billion. GITRC surveyed 1,046 manufacturers; 38% of them named "
            "labour shortages as the main reason to invest."
        ),
        obs=[
            ("Total", 2024, 186.4, "TWD billion", "actual"),
            ("Total", 2023, 172.9, "TWD billion", "actual"),
            ("Total", 2025, 201.0, "TWD billion", "estimate"),
        ],
        claims=[
            ("growth", 7.8, "percent", 2023, 2024, 1.0),
            ("growth", 8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186.4 / 172.9 = 1.078080 -> 7.81% -> 7.8
            ("cagr|implied", "exact"),  # 201.0 / 186.4 = 1.078326 -> 7.83% -> 8
        ],
    ),
    # 8. earnings call of a Tokyo-listed recycler: the TAM it sizes ("$14 billion this year ... $38 billion by 2030,
    #    about a 22% compound annual growth rate": CAGR inferred from its amounts' years); the quarter's revenue,
    #    order backlog, share goal, operating margin and 2,300 employees nowhere
    dict(
        text=(
            "Gokuryo Energy Systems — Q3 FY2024 earnings call, February 5, 2025. President Aiko Tanabe: \"Revenue for "
            "the quarter rose 18% to ¥62.4 billion and our order backlog stands at ¥210 billion. Looking further out, "
            "we size the total addressable market for lithium-ion battery recycling across Asia at $14 billion this "
            "year, and we see it reaching $38 billion by 2030, about a 22% compound annual growth rate. Our goal is a "
            "10% share of that market by 2030, with operating margin above 12%. We now have 2,300 employees across "
            "five plants.\""
        ),
        obs=[
            ("Total", 2025, 14, "USD billion", "estimate"),  # "this year" on a 2025 call
            ("Total", 2030, 38, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (38 / 14) ** (1/5) - 1 = 2.714286 ** 0.2 - 1 = 22.10% -> 22
        ],
    ),
    # 9. Taiwan institute, Traditional Chinese, 民國年 (113年 = 2024): 新台幣億元, 年成長率, a part and its share, and
    #    a 114年 forecast in 兆元 ("突破1.1兆元") converted to 億元; 15個百分點 and 4.2萬人 nowhere
    dict(
        text=(
            "（114年3月12日）冠科產業研究所今日發布報告指出，113年我國伺服器及資料中心設備產值達新台幣8,640億元，"
            "較112年的6,912億元年成長25.0%；其中AI伺服器產值約3,970億元，占整體產值的46%，比重較前一年增加15個百分點。"
            "研究所預估，114年產值將突破1.1兆元，年增約27%。業界從業人員約4.2萬人。"
        ),
        obs=[
            ("Total", 2024, 8640, "TWD 100 million", "actual"),
            ("Total", 2023, 6912, "TWD 100 million", "actual"),
            ("AI伺服器", 2024, 3970, "TWD 100 million", "actual"),
            ("Total", 2025, 11000, "TWD 100 million", "estimate"),  # 1.1兆元 in the series' 億元
        ],
        claims=[
            ("growth", 25.0, "percent", 2023, 2024, 1.0),
            ("share", 46, "percent", 2024, 2024, None),
            ("growth", 27, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8640 / 6912 = 1.250000 -> 25.0%
            ("arithmetic", "exact"),  # 3970 / 8640 = 45.95% -> 46
            ("cagr|implied", "exact"),  # 11000 / 8640 = 1.273148 -> 27.3% -> 27
        ],
    ),
    # 10. Taiwan IC design, Traditional Chinese: 年增 with the prior year in brackets, "較109年的915億元成長2倍"
    #     (multiple keeps N = 2, over 2020-2024), a 114年 forecast; a quarter's output, ~310 firms, 兩成 and a
    #     gross margin nowhere
    dict(
        text=(
            "光晟半導體研究室114年2月發布統計，113年台灣AI與高效能運算晶片設計產值達新台幣2,745億元，年增38.2%"
            "（112年為1,986億元），並較109年的915億元成長2倍。其中第四季單季產值為812億元。研究室預估，114年產值將達"
            "3,560億元。國內IC設計業者約310家，全球市占率約兩成，平均毛利率為48%。"
        ),
        obs=[
            ("Total", 2024, 2745, "TWD 100 million", "actual"),
            ("Total", 2023, 1986, "TWD 100 million", "actual"),
            ("Total", 2020, 915, "TWD 100 million", "actual"),
            ("Total", 2025, 3560, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 38.2, "percent", 2023, 2024, 1.0),
            # 成長2倍 between two printed amounts is 3 times the base (2,745 / 915 = 3.0), as set 17 reads it
            ("multiple", 3, "multiple", 2020, 2024, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2745 / 1986 = 1.382175 -> 38.2%
        ],
    ),
    # 11. Hong Kong research society, Traditional Chinese, 億港元, 去年/前年/今年 (dateline 2025): "按年增長18%" that
    #     its own amounts contradict; report title year, 520 SMEs, 63% survey answer, 滲透率, a firm's revenue nowhere
    dict(
        text=(
            "（2025年4月22日）港嘉數碼研究社發表的《香港企業雲端服務市場報告2025》指出，去年本港企業雲端服務市場規模達"
            "186億港元，按年增長18%，前年則為164億港元。研究社預計，今年市場規模將增至約215億港元，當中軟件即服務佔比最大。"
            "報告訪問了520家中小企，其中63%表示計劃於未來一年增加雲端預算；中小企雲端滲透率亦由上年的48%升至54%。"
            "某本地上市雲端服務商去年收入則為12.3億港元。"
        ),
        obs=[
            ("Total", 2024, 186, "HKD 100 million", "actual"),
            ("Total", 2023, 164, "HKD 100 million", "actual"),
            ("Total", 2025, 215, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 186 / 164 = 1.1341 -> 13.4%; bounds 185.5/164.5 = 12.8% .. 186.5/163.5 = 14.1%; 18 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. mainland white paper, Simplified Chinese: 亿元 series with a 2027 figure in 万亿元 ("突破2.1万亿元" -> 21000),
    #     "较2023年的6,112亿元增长35.6%", 公有云 amount and share; 个百分点, title year, 千亿级, 1,200 firms nowhere
    dict(
        text=(
            "2025年7月，广衡信息通信研究院发布《云计算发展白皮书（2025年）》。白皮书显示，2024年我国云计算市场规模达"
            "8,288亿元，较2023年的6,112亿元增长35.6%；其中公有云市场规模为6,176亿元，占比74.5%，私有云市场增速较上年"
            "回落2.3个百分点。白皮书预计，到2027年我国云计算市场规模将突破2.1万亿元，并催生数十个千亿级细分赛道。"
            "本次调研覆盖1,200家企业。"
        ),
        obs=[
            ("Total", 2024, 8288, "CNY 100 million", "actual"),
            ("Total", 2023, 6112, "CNY 100 million", "actual"),
            ("公有云", 2024, 6176, "CNY 100 million", "actual"),
            ("Total", 2027, 21000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35.6, "percent", 2023, 2024, 1.0),
            ("share", 74.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8288 / 6112 = 1.356021 -> 35.6%
            ("arithmetic", "exact"),  # 6176 / 8288 = 0.745174 -> 74.5%
        ],
    ),
    # 13. mainland news item, Simplified Chinese: "较2021年的73.7亿元增长3倍" (x3 over three years), "今年...同比增长
    #     48%，达到436亿元"; 千亿级, a leading firm's revenue, 渗透率 and a first-quarter figure nowhere
    dict(
        text=(
            "本报北京2025年3月5日电 国鼎人工智能产业研究中心最新发布的数据显示，2024年中国大模型应用软件市场规模达到"
            "294.7亿元，较2021年的73.7亿元增长3倍。该中心预计，今年市场规模将同比增长48%，达到436亿元，未来五年有望形成"
            "千亿级市场。报告称，头部企业某科技2024年相关营收为21.3亿元，行业整体渗透率仍不足15%；今年一季度市场规模约为"
            "82亿元。"
        ),
        obs=[
            ("Total", 2024, 294.7, "CNY 100 million", "actual"),
            ("Total", 2021, 73.7, "CNY 100 million", "actual"),
            ("Total", 2025, 436, "CNY 100 million", "estimate"),
        ],
        claims=[
            # 增长3倍 between two printed amounts is 4 times the base (294.7 / 73.7 = 4.0), as set 17 reads it
            ("multiple", 4, "multiple", 2021, 2024, 3.0),
            ("growth", 48, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 436 / 294.7 = 1.479471 -> 47.9% -> 48
        ],
    ),
    # 14. mainland research report, Simplified Chinese: 同比增长 with its base, a 2030 figure "突破1.2万亿元" (12000 in
    #     亿元) and a stated 2024—2030 年均复合增长率 exact only within the rounding of 1.2万亿; 机架 count, 利用率 nowhere
    dict(
        text=(
            "2025年9月，国鑫算力研究院发布的《中国智能算力服务市场研究报告（2025）》指出，2024年我国智能算力服务市场规模为"
            "3,820亿元，同比增长41.3%，2023年为2,704亿元。报告预计，2030年市场规模将突破1.2万亿元，2024—2030年年均复合"
            "增长率达21.5%。截至去年底，全国在用算力中心机架规模超过880万标准机架，平均算力利用率约为52%。"
        ),
        obs=[
            ("Total", 2024, 3820, "CNY 100 million", "actual"),
            ("Total", 2023, 2704, "CNY 100 million", "actual"),
            ("Total", 2030, 12000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.3, "percent", 2023, 2024, 1.0),
            ("cagr", 21.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3820 / 2704 = 1.412722 -> 41.3%
            # (12000 / 3820) ** (1/6) - 1 = 21.02% -> 21.0, not 21.5; 1.2万亿 read at 1.15..1.25万亿:
            # (11500 / 3820.5) ** (1/6) - 1 = 20.16% .. (12500 / 3819.5) ** (1/6) - 1 = 21.85%, reaching 21.5
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. Taiwanese outlet reporting a Japanese research house, Traditional Chinese: 億日圓, 2024年度 with its
    #     April-March span, "前年比108.5%" (a rise of 8.5%), a 2030年度 forecast; 86 firms and 約六成 nowhere
    dict(
        text=(
            "（2025年8月6日／東京）日本市調機構極星綜合研究所公布最新調查，2024年度（2024年4月至2025年3月）日本國內"
            "AI視覺檢測系統市場規模以廠商出貨金額計為1,342億日圓，前年比108.5%，上年度為1,237億日圓。該所預測，2030年度"
            "市場規模將擴大至2,450億日圓。調查對象為國內86家業者，前五大業者合計市占率約六成。"
        ),
        obs=[
            ("Total", 2024, 1342, "JPY 100 million", "actual"),
            ("Total", 2023, 1237, "JPY 100 million", "actual"),
            ("Total", 2030, 2450, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 8.5, "percent", 2023, 2024, 1.0),  # 前年比108.5%
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1342 / 1237 = 1.084883 -> 8.5%
        ],
    ),
    # 16. English pipe table from a Japanese research house: one FY2024 column in ¥ billion, a "YoY (%)" column printed
    #     as percent of the previous year (98.2 is a 1.8% decline), a Total row the segments add to; a line of prose
    #     with an FY2030 forecast; 41 vendors nowhere
    dict(
        text=(
            "Gyokuran Research Co., Ltd. (Tokyo), June 24, 2025 — Domestic machine-vision market by product category, "
            "FY2024 (April 2024 to March 2025), manufacturer shipment value basis:\n"
            "\n"
            "| Category | FY2024 (¥ billion) | YoY (%) |\n"
            "|---|---|---|\n"
            "| Smart cameras | 62.4 | 106.3 |\n"
            "| Vision controllers | 38.7 | 98.2 |\n"
            "| Lighting & optics | 21.5 | 104.0 |\n"
            "| Software | 17.9 | 121.6 |\n"
            "| Total | 140.5 | 105.2 |\n"
            "\n"
            "Note: YoY is the ratio to the previous fiscal year. Based on interviews with 41 vendors. Gyokuran "
            "forecasts the market at ¥188.0 billion for FY2030."
        ),
        obs=[
            ("Smart cameras", 2024, 62.4, "JPY billion", "actual"),
            ("Vision controllers", 2024, 38.7, "JPY billion", "actual"),
            ("Lighting & optics", 2024, 21.5, "JPY billion", "actual"),
            ("Software", 2024, 17.9, "JPY billion", "actual"),
            ("Total", 2024, 140.5, "JPY billion", "actual"),
            ("Total", 2030, 188.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 6.3, "percent", 2023, 2024, 1.0),
            ("growth", -1.8, "percent", 2023, 2024, 1.0),
            ("growth", 4.0, "percent", 2023, 2024, 1.0),
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
            ("growth", 5.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 62.4 + 38.7 + 21.5 + 17.9 = 140.5 (FY2023 amounts not printed: no rate verdicts)
        ],
    ),
    # 17. Simplified Chinese vertical pipe table, rows are years, lone value column headed "亿元" (the market's Total),
    #     a 同比 column; whole-number amounts make the 2024 rate exact only within rounding; table number and title
    #     years nowhere
    dict(
        text=(
            "表2 中国商用服务机器人市场规模（2021-2025E）\n"
            "\n"
            "| 年份 | 亿元 | 同比 |\n"
            "|---|---|---|\n"
            "| 2021 | 38 | — |\n"
            "| 2022 | 45 | 18.4% |\n"
            "| 2023 | 53 | 17.8% |\n"
            "| 2024 | 61 | 14.6% |\n"
            "| 2025E | 70 | 14.8% |\n"
            "\n"
            "资料来源：广穹机器人产业研究所，2025年4月。注：规模数据四舍五入至整数，同比增速按未取整数据计算。"
        ),
        obs=[
            ("Total", 2021, 38, "CNY 100 million", "actual"),
            ("Total", 2022, 45, "CNY 100 million", "actual"),
            ("Total", 2023, 53, "CNY 100 million", "actual"),
            ("Total", 2024, 61, "CNY 100 million", "actual"),
            ("Total", 2025, 70, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2021, 2022, 1.0),
            ("growth", 17.8, "percent", 2022, 2023, 1.0),
            ("growth", 14.6, "percent", 2023, 2024, 1.0),
            ("growth", 14.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 45 / 38 = 1.184211 -> 18.4%
            ("cagr|implied", "exact"),  # 53 / 45 = 1.177778 -> 17.8%
            # 61 / 53 = 1.150943 -> 15.1%, not 14.6; bounds 60.5/53.5 = 13.1% .. 61.5/52.5 = 17.1% reach 14.6
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 70 / 61 = 1.147541 -> 14.8%
        ],
    ),
    # 18. Traditional Chinese tab-separated table from a Taiwan centre, 民國年 columns 112年/113年/114年(f) in 新台幣億元,
    #     a 合計 row the rows add to (114年(f) only within rounding), prose rates for the total; a quarter and
    #     1.8萬人 nowhere
    dict(
        text=(
            "鋰電池產業產值（單位：新台幣億元）　資料來源：冠能新能源研究中心，114年3月\n"
            "產品別\t112年\t113年\t114年(f)\n"
            "電池芯\t412.6\t455.3\t508.9\n"
            "模組與電池包\t288.4\t301.7\t336.2\n"
            "關鍵材料\t97.3\t104.5\t118.6\n"
            "合計\t798.3\t861.5\t963.8\n"
            "研究中心指出，113年合計產值年增7.9%，114年可望再成長11.9%；113年第四季產值為238億元，從業人數約1.8萬人。"
        ),
        obs=[
            ("電池芯", 2023, 412.6, "TWD 100 million", "actual"),
            ("電池芯", 2024, 455.3, "TWD 100 million", "actual"),
            ("電池芯", 2025, 508.9, "TWD 100 million", "estimate"),
            ("模組與電池包", 2023, 288.4, "TWD 100 million", "actual"),
            ("模組與電池包", 2024, 301.7, "TWD 100 million", "actual"),
            ("模組與電池包", 2025, 336.2, "TWD 100 million", "estimate"),
            ("關鍵材料", 2023, 97.3, "TWD 100 million", "actual"),
            ("關鍵材料", 2024, 104.5, "TWD 100 million", "actual"),
            ("關鍵材料", 2025, 118.6, "TWD 100 million", "estimate"),
            ("合計", 2023, 798.3, "TWD 100 million", "actual"),
            ("合計", 2024, 861.5, "TWD 100 million", "actual"),
            ("合計", 2025, 963.8, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 7.9, "percent", 2023, 2024, 1.0),
            ("growth", 11.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 112年: 412.6 + 288.4 + 97.3 = 798.3
            ("hierarchy", "exact"),  # 113年: 455.3 + 301.7 + 104.5 = 861.5
            # 114年(f): 508.9 + 336.2 + 118.6 = 963.7 vs 963.8; three rows at +/-0.05 give 963.55 .. 963.85
            ("hierarchy", "rounding"),
            ("cagr|implied", "exact"),  # 861.5 / 798.3 = 1.079168 -> 7.9%
            ("cagr|implied", "exact"),  # 963.8 / 861.5 = 1.118746 -> 11.9%
        ],
    ),
    # 19. English space-aligned vertical table (rows are years, two value columns headed by segment names, unit in
    #     the caption), F years, a "CAGR 2024-28F" row per column; table number and crore annex nowhere
    dict(
        text=(
            "Table 3: India digital-lending technology market by segment, US$ million, 2022-2028F\n"
            "Source: Gurukrupa Research, July 2025. Rupee values (in crore) are given in the annex.\n"
            "\n"
            "Year        Lending platforms    Collections software\n"
            "2022        412                  96\n"
            "2023        518                  121\n"
            "2024        646                  150\n"
            "2025F       797                  184\n"
            "2026F       972                  224\n"
            "2027F       1,178                270\n"
            "2028F       1,415                322\n"
            "CAGR 2024-28F  21.7%             21.0%\n"
            "\n"
            "Lending platforms alone earned about ₹5,400 crore in 2024."
        ),
        obs=[
            ("Lending platforms", 2022, 412, "USD million", "actual"),
            ("Lending platforms", 2023, 518, "USD million", "actual"),
            ("Lending platforms", 2024, 646, "USD million", "actual"),
            ("Lending platforms", 2025, 797, "USD million", "estimate"),
            ("Lending platforms", 2026, 972, "USD million", "estimate"),
            ("Lending platforms", 2027, 1178, "USD million", "estimate"),
            ("Lending platforms", 2028, 1415, "USD million", "estimate"),
            ("Collections software", 2022, 96, "USD million", "actual"),
            ("Collections software", 2023, 121, "USD million", "actual"),
            ("Collections software", 2024, 150, "USD million", "actual"),
            ("Collections software", 2025, 184, "USD million", "estimate"),
            ("Collections software", 2026, 224, "USD million", "estimate"),
            ("Collections software", 2027, 270, "USD million", "estimate"),
            ("Collections software", 2028, 322, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21.7, "percent", 2024, 2028, None, "stated"),
            ("cagr", 21.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1415 / 646) ** 0.25 - 1 = 2.190402 ** 0.25 - 1 = 21.66% -> 21.7
            ("cagr|implied", "exact"),  # (322 / 150) ** 0.25 - 1 = 2.146667 ** 0.25 - 1 = 21.04% -> 21.0
        ],
    ),
    # 20. Traditional Chinese pipe table from a Hong Kong association in 億港元: 2023年/2024年 columns, 按年變幅 per
    #     row (one decline), a 總計 row the rows add to in both years; 132 members and a first-quarter figure nowhere
    dict(
        text=(
            "港冠零售科技協會（2025年5月）：香港智慧零售科技市場規模（億港元）\n"
            "\n"
            "| 細分市場 | 2023年 | 2024年 | 按年變幅 |\n"
            "|---|---|---|---|\n"
            "| 自助結帳及無人店 | 14.2 | 17.6 | +23.9% |\n"
            "| 電子貨架標籤 | 6.8 | 7.5 | +10.3% |\n"
            "| 零售數據分析軟件 | 21.5 | 20.9 | -2.8% |\n"
            "| 總計 | 42.5 | 46.0 | +8.2% |\n"
            "\n"
            "協會共有會員公司132家；今年首季市場規模約為11.4億港元。"
        ),
        obs=[
            ("自助結帳及無人店", 2023, 14.2, "HKD 100 million", "actual"),
            ("自助結帳及無人店", 2024, 17.6, "HKD 100 million", "actual"),
            ("電子貨架標籤", 2023, 6.8, "HKD 100 million", "actual"),
            ("電子貨架標籤", 2024, 7.5, "HKD 100 million", "actual"),
            ("零售數據分析軟件", 2023, 21.5, "HKD 100 million", "actual"),
            ("零售數據分析軟件", 2024, 20.9, "HKD 100 million", "actual"),
            ("總計", 2023, 42.5, "HKD 100 million", "actual"),
            ("總計", 2024, 46.0, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 23.9, "percent", 2023, 2024, 1.0),
            ("growth", 10.3, "percent", 2023, 2024, 1.0),
            ("growth", -2.8, "percent", 2023, 2024, 1.0),
            ("growth", 8.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023年: 14.2 + 6.8 + 21.5 = 42.5
            ("hierarchy", "exact"),  # 2024年: 17.6 + 7.5 + 20.9 = 46.0
            ("cagr|implied", "exact"),  # 17.6 / 14.2 = 1.239437 -> 23.9%
            ("cagr|implied", "exact"),  # 7.5 / 6.8 = 1.102941 -> 10.3%
            ("cagr|implied", "exact"),  # 20.9 / 21.5 = 0.972093 -> -2.8%
            ("cagr|implied", "exact"),  # 46.0 / 42.5 = 1.082353 -> 8.2%
        ],
    ),
    # 21. a dated press release: 'last year' = 2024 in EUR billion, 'the €1.50 billion they spent in 2023', a 2028 forecast with a printed 2024-2028 span;
    #    a quarter's €540 million, percentage points, headcount and the firm's own revenue nowhere
    dict(
        text=(
            'HELSINKI, 12 February 2025 — Nordic companies and public agencies spent €1.84 billion on edge AI '
            'inference hardware last year, 23% more than the €1.50 billion they spent in 2023, according to a '
            'market census published today by Hexmoor Analytics. The fourth quarter alone brought in €540 '
            'million as retailers rushed to fit smart cameras before the holiday season. Hexmoor expects '
            'spending to reach €3.1 billion in 2028, compound growth of 14% a year between 2024 and 2028. Edge '
            "devices' share of total IT hardware budgets rose 1.8 percentage points, the firm said. Hexmoor, "
            'which employs 310 analysts, lifted its own consulting revenue to €46 million.'
        ),
        obs=[
            ('Total', 2024, 1.84, 'EUR billion', 'actual'),
            ('Total', 2023, 1.5, 'EUR billion', 'actual'),
            ('Total', 2028, 3.1, 'EUR billion', 'estimate'),
        ],
        claims=[
            ('growth', 23.0, 'percent', 2023, 2024, 1.0),  # '23% more than'
            ('cagr', 14.0, 'percent', 2024, 2028, None, 'stated'),  # 'between 2024 and 2028'
        ],
        verdicts=[
            ('cagr|implied', 'exact'),  # 1.84 / 1.50 - 1 = 22.667% -> 23.0 = printed 23
            ('cagr|implied', 'exact'),  # (3.1 / 1.84) ** (1/4) - 1 = 13.929% -> 14.0 = printed 14
        ],
    ),
    # 22. a wide pipe table pasted from a spreadsheet, 2018-2030 with E and F columns, thousands separators, unit line above;
    #    every row's every year, and the Total row's 13 sums (all exact)
    dict(
        text=(
            'Vehicle lidar market by end use, worldwide — pasted from the Harwick & Pell lidar model, tab '
            "'Summary'\n"
            'USD millions\n'
            '| End use | 2018 | 2019 | 2020 | 2021 | 2022 | 2023 | 2024 | 2025E | 2026E | 2027F | 2028F | 2029F '
            '| 2030F |\n'
            '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
            '| Passenger ADAS | 212 | 268 | 301 | 455 | 718 | 1,046 | 1,392 | 1,804 | 2,315 | 2,902 | 3,560 | '
            '4,241 | 4,968 |\n'
            '| Robotaxi & shuttles | 96 | 121 | 138 | 176 | 214 | 247 | 281 | 338 | 415 | 522 | 648 | 805 | 987 '
            '|\n'
            '| Off-highway & industrial | 58 | 67 | 63 | 81 | 109 | 142 | 176 | 214 | 259 | 307 | 361 | 418 | '
            '482 |\n'
            '| Total | 366 | 456 | 502 | 712 | 1,041 | 1,435 | 1,849 | 2,356 | 2,989 | 3,731 | 4,569 | 5,464 | '
            '6,437 |\n'
            'Source: Harwick & Pell, March 2025. E = estimate, F = forecast; 2018-2024 are reported figures.'
        ),
        obs=[
            ('Passenger ADAS', 2018, 212, 'USD million', 'actual'),
            ('Passenger ADAS', 2019, 268, 'USD million', 'actual'),
            ('Passenger ADAS', 2020, 301, 'USD million', 'actual'),
            ('Passenger ADAS', 2021, 455, 'USD million', 'actual'),
            ('Passenger ADAS', 2022, 718, 'USD million', 'actual'),
            ('Passenger ADAS', 2023, 1046, 'USD million', 'actual'),
            ('Passenger ADAS', 2024, 1392, 'USD million', 'actual'),
            ('Passenger ADAS', 2025, 1804, 'USD million', 'estimate'),
            ('Passenger ADAS', 2026, 2315, 'USD million', 'estimate'),
            ('Passenger ADAS', 2027, 2902, 'USD million', 'estimate'),
            ('Passenger ADAS', 2028, 3560, 'USD million', 'estimate'),
            ('Passenger ADAS', 2029, 4241, 'USD million', 'estimate'),
            ('Passenger ADAS', 2030, 4968, 'USD million', 'estimate'),
            ('Robotaxi & shuttles', 2018, 96, 'USD million', 'actual'),
            ('Robotaxi & shuttles', 2019, 121, 'USD million', 'actual'),
            ('Robotaxi & shuttles', 2020, 138, 'USD million', 'actual'),
            ('Robotaxi & shuttles', 2021, 176, 'USD million', 'actual'),
            ('Robotaxi & shuttles', 2022, 214, 'USD million', 'actual'),
            ('Robotaxi & shuttles', 2023, 247, 'USD million', 'actual'),
            ('Robotaxi & shuttles', 2024, 281, 'USD million', 'actual'),
            ('Robotaxi & shuttles', 2025, 338, 'USD million', 'estimate'),
            ('Robotaxi & shuttles', 2026, 415, 'USD million', 'estimate'),
            ('Robotaxi & shuttles', 2027, 522, 'USD million', 'estimate'),
            ('Robotaxi & shuttles', 2028, 648, 'USD million', 'estimate'),
            ('Robotaxi & shuttles', 2029, 805, 'USD million', 'estimate'),
            ('Robotaxi & shuttles', 2030, 987, 'USD million', 'estimate'),
            ('Off-highway & industrial', 2018, 58, 'USD million', 'actual'),
            ('Off-highway & industrial', 2019, 67, 'USD million', 'actual'),
            ('Off-highway & industrial', 2020, 63, 'USD million', 'actual'),
            ('Off-highway & industrial', 2021, 81, 'USD million', 'actual'),
            ('Off-highway & industrial', 2022, 109, 'USD million', 'actual'),
            ('Off-highway & industrial', 2023, 142, 'USD million', 'actual'),
            ('Off-highway & industrial', 2024, 176, 'USD million', 'actual'),
            ('Off-highway & industrial', 2025, 214, 'USD million', 'estimate'),
            ('Off-highway & industrial', 2026, 259, 'USD million', 'estimate'),
            ('Off-highway & industrial', 2027, 307, 'USD million', 'estimate'),
            ('Off-highway & industrial', 2028, 361, 'USD million', 'estimate'),
            ('Off-highway & industrial', 2029, 418, 'USD million', 'estimate'),
            ('Off-highway & industrial', 2030, 482, 'USD million', 'estimate'),
            ('Total', 2018, 366, 'USD million', 'actual'),
            ('Total', 2019, 456, 'USD million', 'actual'),
            ('Total', 2020, 502, 'USD million', 'actual'),
            ('Total', 2021, 712, 'USD million', 'actual'),
            ('Total', 2022, 1041, 'USD million', 'actual'),
            ('Total', 2023, 1435, 'USD million', 'actual'),
            ('Total', 2024, 1849, 'USD million', 'actual'),
            ('Total', 2025, 2356, 'USD million', 'estimate'),
            ('Total', 2026, 2989, 'USD million', 'estimate'),
            ('Total', 2027, 3731, 'USD million', 'estimate'),
            ('Total', 2028, 4569, 'USD million', 'estimate'),
            ('Total', 2029, 5464, 'USD million', 'estimate'),
            ('Total', 2030, 6437, 'USD million', 'estimate'),
        ],
        claims=[
        ],
        verdicts=[
            ('hierarchy', 'exact'),  # Total 2018: 212 + 96 + 58 = 366 vs 366 -> exact
            ('hierarchy', 'exact'),  # Total 2019: 268 + 121 + 67 = 456 vs 456 -> exact
            ('hierarchy', 'exact'),  # Total 2020: 301 + 138 + 63 = 502 vs 502 -> exact
            ('hierarchy', 'exact'),  # Total 2021: 455 + 176 + 81 = 712 vs 712 -> exact
            ('hierarchy', 'exact'),  # Total 2022: 718 + 214 + 109 = 1041 vs 1041 -> exact
            ('hierarchy', 'exact'),  # Total 2023: 1046 + 247 + 142 = 1435 vs 1435 -> exact
            ('hierarchy', 'exact'),  # Total 2024: 1392 + 281 + 176 = 1849 vs 1849 -> exact
            ('hierarchy', 'exact'),  # Total 2025: 1804 + 338 + 214 = 2356 vs 2356 -> exact
            ('hierarchy', 'exact'),  # Total 2026: 2315 + 415 + 259 = 2989 vs 2989 -> exact
            ('hierarchy', 'exact'),  # Total 2027: 2902 + 522 + 307 = 3731 vs 3731 -> exact
            ('hierarchy', 'exact'),  # Total 2028: 3560 + 648 + 361 = 4569 vs 4569 -> exact
            ('hierarchy', 'exact'),  # Total 2029: 4241 + 805 + 418 = 5464 vs 5464 -> exact
            ('hierarchy', 'exact'),  # Total 2030: 4968 + 987 + 482 = 6437 vs 6437 -> exact
        ],
    ),
    # 23. Simplified Chinese report prose in 亿元: a YoY rate with both amounts, a segment share with part and whole, 突破200亿元 at its printed figure,
    #    a printed 2024—2028 CAGR; the report title's 2025, 企业数量, 毛利率, 渗透率, 百分点 and 千亿级 nowhere
    dict(
        text=(
            '瀚川咨询近日发布《2025中国工业AR眼镜市场研究报告》。报告显示，2024年中国工业AR眼镜市场规模达86.5亿元，较2023年的67.9亿元同比增长27.4%。其中，远程协作类应用规模为31.2亿'
            '元，占比36.1%。瀚川预计，到2028年市场规模将突破200亿元，2024—2028年复合增长率约为23.3%。报告还指出，目前行业企业数量已超过420家，头部厂商平均毛利率为38%，工业AR眼镜在'
            '制造业中的渗透率较上年提升2.1个百分点，长期看有望成长为千亿级赛道。'
        ),
        obs=[
            ('Total', 2024, 86.5, 'CNY 100 million', 'actual'),
            ('Total', 2023, 67.9, 'CNY 100 million', 'actual'),
            ('远程协作类应用', 2024, 31.2, 'CNY 100 million', 'actual'),
            ('Total', 2028, 200, 'CNY 100 million', 'estimate'),
        ],
        claims=[
            ('growth', 27.4, 'percent', 2023, 2024, 1.0),  # 同比增长27.4%
            ('share', 36.1, 'percent', 2024, 2024, None),  # 占比36.1%
            ('cagr', 23.3, 'percent', 2024, 2028, None, 'stated'),  # 2024—2028年复合增长率
        ],
        verdicts=[
            ('cagr|implied', 'exact'),  # 86.5 / 67.9 - 1 = 27.393% -> 27.4 = printed 27.4
            ('arithmetic', 'exact'),  # 31.2 / 86.5 = 36.069% -> 36.1 = printed 36.1
            ('cagr|implied', 'exact'),  # (200 / 86.5) ** (1/4) - 1 = 23.311% -> 23.3 = printed 23.3
        ],
    ),
    # 24. a TSV export mixing quarterly and fiscal-year columns: only FY2024 and FY2025E are the years' figures; total row 'All segments';
    #    the quarters, the vendor count and the tracker's own $21.2 million nowhere
    dict(
        text=(
            'Heronsgate Partners — cloud contact-centre software revenue by segment, USD millions (tracker '
            'export)\n'
            'Segment\tQ1 2024\tQ2 2024\tQ3 2024\tQ4 2024\tFY2024\tQ1 2025\tQ2 2025\tFY2025E\n'
            'Voice routing\t118.2\t121.5\t124.9\t131.0\t495.6\t129.8\t133.4\t540.0\n'
            'Workforce analytics\t64.3\t66.8\t69.1\t73.5\t273.7\t71.2\t74.0\t305.5\n'
            'AI agents\t22.7\t27.9\t33.4\t41.6\t125.6\t46.8\t53.9\t228.0\n'
            'All segments\t205.2\t216.2\t227.4\t246.1\t894.9\t247.8\t261.3\t1,073.5\n'
            'Quarterly figures are unaudited. Heronsgate tracks 140 vendors; its own subscription revenue was '
            '$21.2 million in 2024.'
        ),
        obs=[
            ('Voice routing', 2024, 495.6, 'USD million', 'actual'),
            ('Voice routing', 2025, 540.0, 'USD million', 'estimate'),
            ('Workforce analytics', 2024, 273.7, 'USD million', 'actual'),
            ('Workforce analytics', 2025, 305.5, 'USD million', 'estimate'),
            ('AI agents', 2024, 125.6, 'USD million', 'actual'),
            ('AI agents', 2025, 228.0, 'USD million', 'estimate'),
            ('All segments', 2024, 894.9, 'USD million', 'actual'),
            ('All segments', 2025, 1073.5, 'USD million', 'estimate'),
        ],
        claims=[
        ],
        verdicts=[
            ('hierarchy', 'exact'),  # All segments FY2024: 495.6 + 273.7 + 125.6 = 894.9 vs 894.9 -> exact
            ('hierarchy', 'exact'),  # All segments FY2025: 540.0 + 305.5 + 228.0 = 1073.5 vs 1073.5 -> exact
        ],
    ),
    # 25. a Chinese TSV table in 亿元 with a '2024年同比(%)' column (one negative, -3.2) and a 合计 row; the table number 表3 and the
    #    216 sampled firms nowhere
    dict(
        text=(
            '表3 中国边缘计算服务器市场区域结构\n'
            '单位：亿元\n'
            '区域\t2022年\t2023年\t2024年\t2024年同比(%)\t2025年E\n'
            '华东\t142.6\t168.3\t197.9\t17.6\t229.0\n'
            '华南\t98.4\t115.7\t131.2\t13.4\t148.1\n'
            '华北\t76.9\t81.4\t78.8\t-3.2\t80.2\n'
            '中西部\t51.3\t63.8\t80.6\t26.3\t99.5\n'
            '合计\t369.2\t429.2\t488.5\t13.8\t556.8\n'
            '注：2025年E为预测值。数据来源：恒晟研究院，样本覆盖216家服务器厂商及集成商。'
        ),
        obs=[
            ('华东', 2022, 142.6, 'CNY 100 million', 'actual'),
            ('华东', 2023, 168.3, 'CNY 100 million', 'actual'),
            ('华东', 2024, 197.9, 'CNY 100 million', 'actual'),
            ('华东', 2025, 229.0, 'CNY 100 million', 'estimate'),
            ('华南', 2022, 98.4, 'CNY 100 million', 'actual'),
            ('华南', 2023, 115.7, 'CNY 100 million', 'actual'),
            ('华南', 2024, 131.2, 'CNY 100 million', 'actual'),
            ('华南', 2025, 148.1, 'CNY 100 million', 'estimate'),
            ('华北', 2022, 76.9, 'CNY 100 million', 'actual'),
            ('华北', 2023, 81.4, 'CNY 100 million', 'actual'),
            ('华北', 2024, 78.8, 'CNY 100 million', 'actual'),
            ('华北', 2025, 80.2, 'CNY 100 million', 'estimate'),
            ('中西部', 2022, 51.3, 'CNY 100 million', 'actual'),
            ('中西部', 2023, 63.8, 'CNY 100 million', 'actual'),
            ('中西部', 2024, 80.6, 'CNY 100 million', 'actual'),
            ('中西部', 2025, 99.5, 'CNY 100 million', 'estimate'),
            ('合计', 2022, 369.2, 'CNY 100 million', 'actual'),
            ('合计', 2023, 429.2, 'CNY 100 million', 'actual'),
            ('合计', 2024, 488.5, 'CNY 100 million', 'actual'),
            ('合计', 2025, 556.8, 'CNY 100 million', 'estimate'),
        ],
        claims=[
            ('growth', 17.6, 'percent', 2023, 2024, 1.0),  # 华东 2024年同比
            ('growth', 13.4, 'percent', 2023, 2024, 1.0),  # 华南 2024年同比
            ('growth', -3.2, 'percent', 2023, 2024, 1.0),  # 华北 2024年同比
            ('growth', 26.3, 'percent', 2023, 2024, 1.0),  # 中西部 2024年同比
            ('growth', 13.8, 'percent', 2023, 2024, 1.0),  # 合计 2024年同比
        ],
        verdicts=[
            ('cagr|implied', 'exact'),  # 华东: 197.9 / 168.3 - 1 = 17.588% -> 17.6 = printed 17.6
            ('cagr|implied', 'exact'),  # 华南: 131.2 / 115.7 - 1 = 13.397% -> 13.4 = printed 13.4
            ('cagr|implied', 'exact'),  # 华北: 78.8 / 81.4 - 1 = -3.194% -> -3.2 = printed -3.2
            ('cagr|implied', 'exact'),  # 中西部: 80.6 / 63.8 - 1 = 26.332% -> 26.3 = printed 26.3
            ('cagr|implied', 'exact'),  # 合计: 488.5 / 429.2 - 1 = 13.816% -> 13.8 = printed 13.8
            ('hierarchy', 'exact'),  # 合计 2022: 142.6 + 98.4 + 76.9 + 51.3 = 369.2 vs 369.2 -> exact
            ('hierarchy', 'exact'),  # 合计 2023: 168.3 + 115.7 + 81.4 + 63.8 = 429.2 vs 429.2 -> exact
            ('hierarchy', 'exact'),  # 合计 2024: 197.9 + 131.2 + 78.8 + 80.6 = 488.5 vs 488.5 -> exact
            ('hierarchy', 'exact'),  # 合计 2025: 229.0 + 148.1 + 80.2 + 99.5 = 556.8 vs 556.8 -> exact
        ],
    ),
    # 26. an earnings-call excerpt: the company's TAM is the market (Total), fiscal years count as their numbers, a CAGR whose span only
    #    its amounts' years give (inferred); own revenue, its growth, orders, headcount, price target and upside nowhere
    dict(
        text=(
            'Hartwell Robotics, fiscal Q3 2025 earnings call, 6 November 2025. CFO Dana Hollis: "We continue to '
            'size the total addressable market for warehouse orchestration software at $14 billion in fiscal '
            '2024, and we see it reaching $31 billion by fiscal 2029, which works out to a CAGR of about 17%. '
            'Our own revenue for the quarter was $188 million, up 41% year on year, and order intake reached '
            '$260 million. We ended the quarter with 2,300 employees." Analysts at Hythe Capital reiterated '
            'their $96 price target, implying 28% upside.'
        ),
        obs=[
            ('Total', 2024, 14, 'USD billion', 'actual'),
            ('Total', 2029, 31, 'USD billion', 'estimate'),
        ],
        claims=[
            ('cagr', 17.0, 'percent', 2024, 2029, None, 'inferred'),  # 'a CAGR of about 17%'
        ],
        verdicts=[
            ('cagr|period', 'exact'),  # (31 / 14) ** (1/5) - 1 = 17.232% -> 17.0 = printed 17
        ],
    ),
    # 27. a vertical CSV whose rows are years and whose lone value column is headed by its unit only ('USD bn' -> Total), a YoY % column
    #    with 'n.a.' first; the export date, survey count and 37% answer nowhere
    dict(
        text=(
            'Satellite IoT connectivity spending, worldwide. CSV export from Holloway Orbital Research, '
            'generated 2025-03-18.\n'
            'Year,USD bn,YoY %\n'
            '2019,3.42,n.a.\n'
            '2020,3.95,15.5\n'
            '2021,4.71,19.2\n'
            '2022,5.36,13.8\n'
            '2023,6.02,12.3\n'
            '2024,6.88,14.3\n'
            '2025E,7.80,13.4\n'
            '2026E,8.79,12.7\n'
            "2025E and 2026E are Holloway forecasts. In Holloway's survey of 412 fleet operators, 37% plan to "
            'add satellite links.'
        ),
        obs=[
            ('Total', 2019, 3.42, 'USD billion', 'actual'),
            ('Total', 2020, 3.95, 'USD billion', 'actual'),
            ('Total', 2021, 4.71, 'USD billion', 'actual'),
            ('Total', 2022, 5.36, 'USD billion', 'actual'),
            ('Total', 2023, 6.02, 'USD billion', 'actual'),
            ('Total', 2024, 6.88, 'USD billion', 'actual'),
            ('Total', 2025, 7.8, 'USD billion', 'estimate'),
            ('Total', 2026, 8.79, 'USD billion', 'estimate'),
        ],
        claims=[
            ('growth', 15.5, 'percent', 2019, 2020, 1.0),  # YoY 2020
            ('growth', 19.2, 'percent', 2020, 2021, 1.0),  # YoY 2021
            ('growth', 13.8, 'percent', 2021, 2022, 1.0),  # YoY 2022
            ('growth', 12.3, 'percent', 2022, 2023, 1.0),  # YoY 2023
            ('growth', 14.3, 'percent', 2023, 2024, 1.0),  # YoY 2024
            ('growth', 13.4, 'percent', 2024, 2025, 1.0),  # YoY 2025E
            ('growth', 12.7, 'percent', 2025, 2026, 1.0),  # YoY 2026E
        ],
        verdicts=[
            ('cagr|implied', 'exact'),  # 2020: 3.95 / 3.42 - 1 = 15.497% -> 15.5 = printed 15.5
            ('cagr|implied', 'exact'),  # 2021: 4.71 / 3.95 - 1 = 19.241% -> 19.2 = printed 19.2
            ('cagr|implied', 'exact'),  # 2022: 5.36 / 4.71 - 1 = 13.800% -> 13.8 = printed 13.8
            ('cagr|implied', 'exact'),  # 2023: 6.02 / 5.36 - 1 = 12.313% -> 12.3 = printed 12.3
            ('cagr|implied', 'exact'),  # 2024: 6.88 / 6.02 - 1 = 14.286% -> 14.3 = printed 14.3
            ('cagr|implied', 'exact'),  # 2025E: 7.80 / 6.88 - 1 = 13.372% -> 13.4 = printed 13.4
            ('cagr|implied', 'exact'),  # 2026E: 8.79 / 7.80 - 1 = 12.692% -> 12.7 = printed 12.7
        ],
    ),
    # 28. a space-aligned table with regional subtotals over indented countries and a 'Grand total' over the regions; the 2024 grand
    #    total is one above its regions' sum (rounding, as the note warns)
    dict(
        text=(
            'Smart-grid sensor revenue by region\n'
            'USD millions\n'
            'Region                  2023     2024    2025E\n'
            'Europe                 1,318    1,452    1,590\n'
            '  Germany                455      503      551\n'
            '  France                 322      351      384\n'
            '  Rest of Europe         541      598      655\n'
            'Asia-Pacific           2,097    2,361    2,652\n'
            '  China                1,024    1,163    1,318\n'
            '  Japan                  468      509      551\n'
            '  Rest of APAC           605      689      783\n'
            'North America          1,652    1,779    1,905\n'
            'Grand total            5,067    5,593    6,147\n'
            'Note: totals may not add due to rounding. Source: Haldane Insights regional tracker.'
        ),
        obs=[
            ('Europe', 2023, 1318, 'USD million', 'actual'),
            ('Europe', 2024, 1452, 'USD million', 'actual'),
            ('Europe', 2025, 1590, 'USD million', 'estimate'),
            ('Germany', 2023, 455, 'USD million', 'actual'),
            ('Germany', 2024, 503, 'USD million', 'actual'),
            ('Germany', 2025, 551, 'USD million', 'estimate'),
            ('France', 2023, 322, 'USD million', 'actual'),
            ('France', 2024, 351, 'USD million', 'actual'),
            ('France', 2025, 384, 'USD million', 'estimate'),
            ('Rest of Europe', 2023, 541, 'USD million', 'actual'),
            ('Rest of Europe', 2024, 598, 'USD million', 'actual'),
            ('Rest of Europe', 2025, 655, 'USD million', 'estimate'),
            ('Asia-Pacific', 2023, 2097, 'USD million', 'actual'),
            ('Asia-Pacific', 2024, 2361, 'USD million', 'actual'),
            ('Asia-Pacific', 2025, 2652, 'USD million', 'estimate'),
            ('China', 2023, 1024, 'USD million', 'actual'),
            ('China', 2024, 1163, 'USD million', 'actual'),
            ('China', 2025, 1318, 'USD million', 'estimate'),
            ('Japan', 2023, 468, 'USD million', 'actual'),
            ('Japan', 2024, 509, 'USD million', 'actual'),
            ('Japan', 2025, 551, 'USD million', 'estimate'),
            ('Rest of APAC', 2023, 605, 'USD million', 'actual'),
            ('Rest of APAC', 2024, 689, 'USD million', 'actual'),
            ('Rest of APAC', 2025, 783, 'USD million', 'estimate'),
            ('North America', 2023, 1652, 'USD million', 'actual'),
            ('North America', 2024, 1779, 'USD million', 'actual'),
            ('North America', 2025, 1905, 'USD million', 'estimate'),
            ('Grand total', 2023, 5067, 'USD million', 'actual'),
            ('Grand total', 2024, 5593, 'USD million', 'actual'),
            ('Grand total', 2025, 6147, 'USD million', 'estimate'),
        ],
        claims=[
        ],
        verdicts=[
            ('hierarchy', 'exact'),  # Europe 2023: 455 + 322 + 541 = 1318 vs 1318 -> exact
            ('hierarchy', 'exact'),  # Europe 2024: 503 + 351 + 598 = 1452 vs 1452 -> exact
            ('hierarchy', 'exact'),  # Europe 2025: 551 + 384 + 655 = 1590 vs 1590 -> exact
            ('hierarchy', 'exact'),  # Asia-Pacific 2023: 1024 + 468 + 605 = 2097 vs 2097 -> exact
            ('hierarchy', 'exact'),  # Asia-Pacific 2024: 1163 + 509 + 689 = 2361 vs 2361 -> exact
            ('hierarchy', 'exact'),  # Asia-Pacific 2025: 1318 + 551 + 783 = 2652 vs 2652 -> exact
            ('hierarchy', 'exact'),  # Grand total 2023: 1318 + 2097 + 1652 = 5067 vs 5067 -> exact
            ('hierarchy', 'rounding'),  # Grand total 2024: 1452 + 2361 + 1779 = 5592 vs 5593 -> rounding (parts +-1.5, total +-0.5)
            ('hierarchy', 'exact'),  # Grand total 2025: 1590 + 2652 + 1905 = 6147 vs 6147 -> exact
        ],
    ),
    # 29. Traditional Chinese news in 新台幣億元 (TWD 100 million): two YoY rates with their amounts, a part's share; the dateline day (20),
    #    firm count, margin, a leader's first-quarter revenue and its 目標價 nowhere
    dict(
        text=(
            '【新竹訊】華岳顧問今（20）日發布報告指出，2024年台灣車用毫米波雷達模組產值達新台幣412億元，較2023年的376億元成長9.6%。其中，前向雷達產值為新台幣238億元，占整體57.8%。華岳預'
            '估，2025年產值可望攀升至新台幣455億元，年增約10.4%。國內相關業者共37家，平均毛利率約22%；龍頭廠第一季營收為新台幣58億元，外資給予目標價新台幣310元。'
        ),
        obs=[
            ('Total', 2024, 412, 'TWD 100 million', 'actual'),
            ('Total', 2023, 376, 'TWD 100 million', 'actual'),
            ('前向雷達', 2024, 238, 'TWD 100 million', 'actual'),
            ('Total', 2025, 455, 'TWD 100 million', 'estimate'),
        ],
        claims=[
            ('growth', 9.6, 'percent', 2023, 2024, 1.0),  # 成長9.6%
            ('share', 57.8, 'percent', 2024, 2024, None),  # 占整體57.8%
            ('growth', 10.4, 'percent', 2024, 2025, 1.0),  # 年增約10.4%
        ],
        verdicts=[
            ('cagr|implied', 'exact'),  # 412 / 376 - 1 = 9.574% -> 9.6 = printed 9.6
            ('arithmetic', 'exact'),  # 238 / 412 = 57.767% -> 57.8 = printed 57.8
            ('cagr|implied', 'exact'),  # 455 / 412 - 1 = 10.437% -> 10.4 = printed 10.4
        ],
    ),
    # 30. a Traditional Chinese pipe table in 新台幣億元 with (F) columns and a 總計 row whose 2024 figure is 0.1 above its parts (rounding);
    #    the table number 表五 nowhere
    dict(
        text=(
            '表五\u3000台灣先進封裝產值\n'
            '單位：新台幣億元\n'
            '| 項目 | 2022年 | 2023年 | 2024年 | 2025年(F) | 2026年(F) |\n'
            '|---|---|---|---|---|---|\n'
            '| 晶圓級封裝 | 1,285.4 | 1,402.7 | 1,598.3 | 1,811.6 | 2,046.2 |\n'
            '| 覆晶封裝 | 936.2 | 971.8 | 1,047.5 | 1,118.9 | 1,190.4 |\n'
            '| 系統級封裝 | 612.9 | 688.4 | 794.1 | 905.2 | 1,021.7 |\n'
            '| 總計 | 2,834.5 | 3,062.9 | 3,440.0 | 3,835.7 | 4,258.3 |\n'
            '資料來源：鴻暉產業研究整理。註：因四捨五入，分項加總與總計或有差異。'
        ),
        obs=[
            ('晶圓級封裝', 2022, 1285.4, 'TWD 100 million', 'actual'),
            ('晶圓級封裝', 2023, 1402.7, 'TWD 100 million', 'actual'),
            ('晶圓級封裝', 2024, 1598.3, 'TWD 100 million', 'actual'),
            ('晶圓級封裝', 2025, 1811.6, 'TWD 100 million', 'estimate'),
            ('晶圓級封裝', 2026, 2046.2, 'TWD 100 million', 'estimate'),
            ('覆晶封裝', 2022, 936.2, 'TWD 100 million', 'actual'),
            ('覆晶封裝', 2023, 971.8, 'TWD 100 million', 'actual'),
            ('覆晶封裝', 2024, 1047.5, 'TWD 100 million', 'actual'),
            ('覆晶封裝', 2025, 1118.9, 'TWD 100 million', 'estimate'),
            ('覆晶封裝', 2026, 1190.4, 'TWD 100 million', 'estimate'),
            ('系統級封裝', 2022, 612.9, 'TWD 100 million', 'actual'),
            ('系統級封裝', 2023, 688.4, 'TWD 100 million', 'actual'),
            ('系統級封裝', 2024, 794.1, 'TWD 100 million', 'actual'),
            ('系統級封裝', 2025, 905.2, 'TWD 100 million', 'estimate'),
            ('系統級封裝', 2026, 1021.7, 'TWD 100 million', 'estimate'),
            ('總計', 2022, 2834.5, 'TWD 100 million', 'actual'),
            ('總計', 2023, 3062.9, 'TWD 100 million', 'actual'),
            ('總計', 2024, 3440.0, 'TWD 100 million', 'actual'),
            ('總計', 2025, 3835.7, 'TWD 100 million', 'estimate'),
            ('總計', 2026, 4258.3, 'TWD 100 million', 'estimate'),
        ],
        claims=[
        ],
        verdicts=[
            ('hierarchy', 'exact'),  # 總計 2022: 1285.4 + 936.2 + 612.9 = 2834.5 vs 2834.5 -> exact
            ('hierarchy', 'exact'),  # 總計 2023: 1402.7 + 971.8 + 688.4 = 3062.9 vs 3062.9 -> exact
            ('hierarchy', 'rounding'),  # 總計 2024: 1598.3 + 1047.5 + 794.1 = 3439.9 vs 3440.0 -> rounding (parts +-0.15, total +-0.05)
            ('hierarchy', 'exact'),  # 總計 2025: 1811.6 + 1118.9 + 905.2 = 3835.7 vs 3835.7 -> exact
            ('hierarchy', 'exact'),  # 總計 2026: 2046.2 + 1190.4 + 1021.7 = 4258.3 vs 4258.3 -> exact
        ],
    ),
    # 31. a pipe table with a 'Share of 2024 (%)' column: each segment's share with part and whole printed (arithmetic), the Total's 100.0
    #    no claim; the poll's 250 respondents and 58% nowhere
    dict(
        text=(
            'Post-quantum encryption market by segment (USD million)\n'
            '| Segment | 2023 | 2024 | Share of 2024 (%) |\n'
            '| --- | --- | --- | --- |\n'
            '| Key management | 412.0 | 538.6 | 41.2 |\n'
            '| Network encryption appliances | 356.4 | 441.9 | 33.8 |\n'
            '| Consulting & migration services | 241.7 | 326.8 | 25.0 |\n'
            '| Total | 1,010.1 | 1,307.3 | 100.0 |\n'
            "Source: Hollenbeck Research. In Hollenbeck's poll of 250 security chiefs, 58% said they would begin "
            'migrating before 2027.'
        ),
        obs=[
            ('Key management', 2023, 412.0, 'USD million', 'actual'),
            ('Key management', 2024, 538.6, 'USD million', 'actual'),
            ('Network encryption appliances', 2023, 356.4, 'USD million', 'actual'),
            ('Network encryption appliances', 2024, 441.9, 'USD million', 'actual'),
            ('Consulting & migration services', 2023, 241.7, 'USD million', 'actual'),
            ('Consulting & migration services', 2024, 326.8, 'USD million', 'actual'),
            ('Total', 2023, 1010.1, 'USD million', 'actual'),
            ('Total', 2024, 1307.3, 'USD million', 'actual'),
        ],
        claims=[
            ('share', 41.2, 'percent', 2024, 2024, None),  # Key management share of 2024
            ('share', 33.8, 'percent', 2024, 2024, None),  # Network encryption appliances share of 2024
            ('share', 25.0, 'percent', 2024, 2024, None),  # Consulting & migration services share of 2024
        ],
        verdicts=[
            ('arithmetic', 'exact'),  # Key management: 538.6 / 1307.3 = 41.199% -> 41.2 = printed 41.2
            ('arithmetic', 'exact'),  # Network encryption appliances: 441.9 / 1307.3 = 33.802% -> 33.8 = printed 33.8
            ('arithmetic', 'exact'),  # Consulting & migration services: 326.8 / 1307.3 = 24.998% -> 25.0 = printed 25.0
            ('hierarchy', 'exact'),  # Total 2023: 412.0 + 356.4 + 241.7 = 1010.1 vs 1010.1 -> exact
            ('hierarchy', 'exact'),  # Total 2024: 538.6 + 441.9 + 326.8 = 1307.3 vs 1307.3 -> exact
        ],
    ),
    # 32. a wire story whose printed 18% contradicts its own amounts ($2.1bn -> $2.6bn is +23.8%: inconsistent); a part's share; a rival
    #    publisher's $2.9 billion for the same year, the survey, and a vendor's quarterly revenue nowhere
    dict(
        text=(
            'SEATTLE, 9 April 2025 (Hawthorne Wire) — Spending by US manufacturers on private 5G networks grew '
            '18% last year to $2.6 billion, up from $2.1 billion in 2023, according to the Hilliard Group. '
            'Small-cell radios accounted for $1.1 billion of the total, or 42%. A rival tally from Hexley '
            'Partners put 2024 spending at $2.9 billion. Hilliard interviewed 640 plant managers, 71% of whom '
            'said they planned to expand coverage this year. The largest equipment vendor booked $380 million of '
            'private-network revenue in the fourth quarter.'
        ),
        obs=[
            ('Total', 2024, 2.6, 'USD billion', 'actual'),
            ('Total', 2023, 2.1, 'USD billion', 'actual'),
            ('Small-cell radios', 2024, 1.1, 'USD billion', 'actual'),
        ],
        claims=[
            ('growth', 18.0, 'percent', 2023, 2024, 1.0),  # 'grew 18% last year'
            ('share', 42.0, 'percent', 2024, 2024, None),  # 'or 42%'
        ],
        verdicts=[
            ('cagr|implied', 'inconsistent'),  # 2.6 / 2.1 - 1 = 23.810% != 18; bounds 18.605%..29.268% miss 18
            ('arithmetic', 'exact'),  # 1.1 / 2.6 = 42.308% -> 42.0 = printed 42
        ],
    ),
    # 33. a Chinese pipe table in 亿元 with a 总计 row, a 同比增速 row whose 2024 entry (51.8) contradicts the totals (+41.4%: inconsistent),
    #    and a 渗透率 row and a vendor's own revenue below (nowhere)
    dict(
        text=(
            '中国数据中心液冷市场规模\n'
            '单位：亿元\n'
            '| 指标 | 2020 | 2021 | 2022 | 2023 | 2024 | 2025E |\n'
            '|---|---|---|---|---|---|---|\n'
            '| 冷板式 | 38.6 | 52.4 | 71.9 | 96.8 | 131.5 | 172.0 |\n'
            '| 浸没式 | 9.1 | 14.3 | 21.8 | 33.5 | 52.7 | 80.4 |\n'
            '| 总计 | 47.7 | 66.7 | 93.7 | 130.3 | 184.2 | 252.4 |\n'
            '| 同比增速(%) | — | 39.8 | 40.5 | 39.1 | 51.8 | 37.0 |\n'
            '| 液冷渗透率(%) | 3.1 | 4.0 | 5.2 | 6.6 | 8.9 | 11.7 |\n'
            '资料来源：恒晟研究院。某头部厂商2024年液冷业务营收为12.6亿元，同比增长58%。'
        ),
        obs=[
            ('冷板式', 2020, 38.6, 'CNY 100 million', 'actual'),
            ('冷板式', 2021, 52.4, 'CNY 100 million', 'actual'),
            ('冷板式', 2022, 71.9, 'CNY 100 million', 'actual'),
            ('冷板式', 2023, 96.8, 'CNY 100 million', 'actual'),
            ('冷板式', 2024, 131.5, 'CNY 100 million', 'actual'),
            ('冷板式', 2025, 172.0, 'CNY 100 million', 'estimate'),
            ('浸没式', 2020, 9.1, 'CNY 100 million', 'actual'),
            ('浸没式', 2021, 14.3, 'CNY 100 million', 'actual'),
            ('浸没式', 2022, 21.8, 'CNY 100 million', 'actual'),
            ('浸没式', 2023, 33.5, 'CNY 100 million', 'actual'),
            ('浸没式', 2024, 52.7, 'CNY 100 million', 'actual'),
            ('浸没式', 2025, 80.4, 'CNY 100 million', 'estimate'),
            ('总计', 2020, 47.7, 'CNY 100 million', 'actual'),
            ('总计', 2021, 66.7, 'CNY 100 million', 'actual'),
            ('总计', 2022, 93.7, 'CNY 100 million', 'actual'),
            ('总计', 2023, 130.3, 'CNY 100 million', 'actual'),
            ('总计', 2024, 184.2, 'CNY 100 million', 'actual'),
            ('总计', 2025, 252.4, 'CNY 100 million', 'estimate'),
        ],
        claims=[
            ('growth', 39.8, 'percent', 2020, 2021, 1.0),  # 总计 同比 2021
            ('growth', 40.5, 'percent', 2021, 2022, 1.0),  # 总计 同比 2022
            ('growth', 39.1, 'percent', 2022, 2023, 1.0),  # 总计 同比 2023
            ('growth', 51.8, 'percent', 2023, 2024, 1.0),  # 总计 同比 2024
            ('growth', 37.0, 'percent', 2024, 2025, 1.0),  # 总计 同比 2025
        ],
        verdicts=[
            ('cagr|implied', 'exact'),  # 2021: 66.7 / 47.7 - 1 = 39.832% -> 39.8 = printed 39.8
            ('cagr|implied', 'exact'),  # 2022: 93.7 / 66.7 - 1 = 40.480% -> 40.5 = printed 40.5
            ('cagr|implied', 'exact'),  # 2023: 130.3 / 93.7 - 1 = 39.061% -> 39.1 = printed 39.1
            ('cagr|implied', 'inconsistent'),  # 2024: 184.2 / 130.3 - 1 = 41.366% != 51.8; bounds 41.273%..41.459% miss 51.8
            ('cagr|implied', 'exact'),  # 2025: 252.4 / 184.2 - 1 = 37.025% -> 37.0 = printed 37.0
            ('hierarchy', 'exact'),  # 总计 2020: 38.6 + 9.1 = 47.7 vs 47.7 -> exact
            ('hierarchy', 'exact'),  # 总计 2021: 52.4 + 14.3 = 66.7 vs 66.7 -> exact
            ('hierarchy', 'exact'),  # 总计 2022: 71.9 + 21.8 = 93.7 vs 93.7 -> exact
            ('hierarchy', 'exact'),  # 总计 2023: 96.8 + 33.5 = 130.3 vs 130.3 -> exact
            ('hierarchy', 'exact'),  # 总计 2024: 131.5 + 52.7 = 184.2 vs 184.2 -> exact
            ('hierarchy', 'exact'),  # 总计 2025: 172.0 + 80.4 = 252.4 vs 252.4 -> exact
        ],
    ),
    # 34. a pipe table with a 'CAGR 2024–29F' column (span printed: stated); Measurement's 12.9% is reached only within rounding of 0.88
    #    and 1.62 (rounding), the rest exact
    dict(
        text=(
            'Machine-vision software for factories, by application (USD billion)\n'
            '| Application | 2024 | 2029F | CAGR 2024–29F |\n'
            '| :-- | --: | --: | --: |\n'
            '| Defect inspection | 2.14 | 4.05 | 13.6% |\n'
            '| Guidance & positioning | 1.37 | 2.31 | 11.0% |\n'
            '| Measurement | 0.88 | 1.62 | 12.9% |\n'
            '| Total | 4.39 | 7.98 | 12.7% |\n'
            'Source: Harrowgate Vision Research. Note: growth rates computed on unrounded figures.'
        ),
        obs=[
            ('Defect inspection', 2024, 2.14, 'USD billion', 'actual'),
            ('Defect inspection', 2029, 4.05, 'USD billion', 'estimate'),
            ('Guidance & positioning', 2024, 1.37, 'USD billion', 'actual'),
            ('Guidance & positioning', 2029, 2.31, 'USD billion', 'estimate'),
            ('Measurement', 2024, 0.88, 'USD billion', 'actual'),
            ('Measurement', 2029, 1.62, 'USD billion', 'estimate'),
            ('Total', 2024, 4.39, 'USD billion', 'actual'),
            ('Total', 2029, 7.98, 'USD billion', 'estimate'),
        ],
        claims=[
            ('cagr', 13.6, 'percent', 2024, 2029, None, 'stated'),  # Defect inspection CAGR 2024–29F
            ('cagr', 11.0, 'percent', 2024, 2029, None, 'stated'),  # Guidance & positioning CAGR 2024–29F
            ('cagr', 12.9, 'percent', 2024, 2029, None, 'stated'),  # Measurement CAGR 2024–29F
            ('cagr', 12.7, 'percent', 2024, 2029, None, 'stated'),  # Total CAGR 2024–29F
        ],
        verdicts=[
            ('cagr|implied', 'exact'),  # Defect inspection: (4.05 / 2.14) ** (1/5) - 1 = 13.608% -> 13.6 = printed 13.6
            ('cagr|implied', 'exact'),  # Guidance & positioning: (2.31 / 1.37) ** (1/5) - 1 = 11.014% -> 11.0 = printed 11.0
            ('cagr|implied', 'rounding'),  # Measurement: (1.62 / 0.88) ** (1/5) - 1 = 12.981% != 12.9; bounds 12.784%..13.180% reach 12.9
            ('cagr|implied', 'exact'),  # Total: (7.98 / 4.39) ** (1/5) - 1 = 12.696% -> 12.7 = printed 12.7
            ('hierarchy', 'exact'),  # Total 2024: 2.14 + 1.37 + 0.88 = 4.39 vs 4.39 -> exact
            ('hierarchy', 'exact'),  # Total 2029: 4.05 + 2.31 + 1.62 = 7.98 vs 7.98 -> exact
        ],
    ),
    # 35. Simplified Chinese prose: a series opened in 亿元 whose 2026 target is printed as 1.2万亿元 (expected 12000 in CNY 100 million);
    #    its 21.6% CAGR holds only within 1.2万亿's rounding; 占比约四成 (a fraction in words), 880万架 and 超过万亿元 investment nowhere
    dict(
        text=(
            '恒晟研究院日前发布的测算显示，2023年我国算力服务市场规模为6850亿元，其中智能算力服务规模为2930亿元，占比约四成。研究院预计，到2026年市场规模将达到1.2万亿元，2023—2026年年均'
            '复合增长率为21.6%。目前全国在用数据中心标准机架超过880万架，算力产业带动的上下游投资超过万亿元。'
        ),
        obs=[
            ('Total', 2023, 6850, 'CNY 100 million', 'actual'),
            ('智能算力服务', 2023, 2930, 'CNY 100 million', 'actual'),
            ('Total', 2026, 12000, 'CNY 100 million', 'estimate'),
        ],
        claims=[
            ('cagr', 21.6, 'percent', 2023, 2026, None, 'stated'),  # 2023—2026年年均复合增长率
        ],
        verdicts=[
            ('cagr|implied', 'rounding'),  # (12000 / 6850) ** (1/3) - 1 = 20.549% != 21.6; 1.2万亿 read 1.15..1.25万亿: bounds (11500 / 6850.5) .. (12500 / 6849.5) -> 18.848%..22.204% reach 21.6
        ],
    ),
    # 36. a Chinese CSV with a flattened merged header row (实际 / 预测), quoted thousands, '—' cells (2021's 生产控制类 and 合计: no figure,
    #    no 2021 hierarchy); the 312 firms surveyed and 64% nowhere
    dict(
        text=(
            '中国工业软件市场规模（分领域）\n'
            '单位：亿元\n'
            ',实际,,,,预测,\n'
            '细分领域,2021年,2022年,2023年,2024年,2025年E,2026年E\n'
            '研发设计类,182.6,214.3,246.9,281.3,322.0,367.5\n'
            '生产控制类,—,352.8,398.1,447.6,503.4,566.0\n'
            '经营管理类,301.2,336.5,371.4,409.8,452.1,498.7\n'
            '合计,—,903.6,"1,016.4","1,138.7","1,277.5","1,432.2"\n'
            '注：“—”表示未披露；2025年E、2026年E为瀚川咨询预测值。在瀚川调研的312家制造企业中，64%计划在未来两年增加工业软件预算。'
        ),
        obs=[
            ('研发设计类', 2021, 182.6, 'CNY 100 million', 'actual'),
            ('研发设计类', 2022, 214.3, 'CNY 100 million', 'actual'),
            ('研发设计类', 2023, 246.9, 'CNY 100 million', 'actual'),
            ('研发设计类', 2024, 281.3, 'CNY 100 million', 'actual'),
            ('研发设计类', 2025, 322.0, 'CNY 100 million', 'estimate'),
            ('研发设计类', 2026, 367.5, 'CNY 100 million', 'estimate'),
            ('生产控制类', 2022, 352.8, 'CNY 100 million', 'actual'),
            ('生产控制类', 2023, 398.1, 'CNY 100 million', 'actual'),
            ('生产控制类', 2024, 447.6, 'CNY 100 million', 'actual'),
            ('生产控制类', 2025, 503.4, 'CNY 100 million', 'estimate'),
            ('生产控制类', 2026, 566.0, 'CNY 100 million', 'estimate'),
            ('经营管理类', 2021, 301.2, 'CNY 100 million', 'actual'),
            ('经营管理类', 2022, 336.5, 'CNY 100 million', 'actual'),
            ('经营管理类', 2023, 371.4, 'CNY 100 million', 'actual'),
            ('经营管理类', 2024, 409.8, 'CNY 100 million', 'actual'),
            ('经营管理类', 2025, 452.1, 'CNY 100 million', 'estimate'),
            ('经营管理类', 2026, 498.7, 'CNY 100 million', 'estimate'),
            ('合计', 2022, 903.6, 'CNY 100 million', 'actual'),
            ('合计', 2023, 1016.4, 'CNY 100 million', 'actual'),
            ('合计', 2024, 1138.7, 'CNY 100 million', 'actual'),
            ('合计', 2025, 1277.5, 'CNY 100 million', 'estimate'),
            ('合计', 2026, 1432.2, 'CNY 100 million', 'estimate'),
        ],
        claims=[
        ],
        verdicts=[
            ('hierarchy', 'exact'),  # 合计 2022: 214.3 + 352.8 + 336.5 = 903.6 vs 903.6 -> exact
            ('hierarchy', 'exact'),  # 合计 2023: 246.9 + 398.1 + 371.4 = 1016.4 vs 1016.4 -> exact
            ('hierarchy', 'exact'),  # 合计 2024: 281.3 + 447.6 + 409.8 = 1138.7 vs 1138.7 -> exact
            ('hierarchy', 'exact'),  # 合计 2025: 322.0 + 503.4 + 452.1 = 1277.5 vs 1277.5 -> exact
            ('hierarchy', 'exact'),  # 合计 2026: 367.5 + 566.0 + 498.7 = 1432.2 vs 1432.2 -> exact
        ],
    ),
    # 37. a EUR table under a '(€ bn)' unit line: a change column with a bracketed negative (3.3) read as -3.3, a footnote mark after
    #    a cell (3.47*); percentage points and an operator's own revenue nowhere
    dict(
        text=(
            'Data-centre services, DACH and Benelux\n'
            '(€ bn)\n'
            '| Segment | 2022 | 2023 | 2024 | Chg 24/23 % |\n'
            '|---|---:|---:|---:|---:|\n'
            '| Colocation | 9.84 | 10.72 | 11.93 | 11.3 |\n'
            '| On-premise server support | 7.31 | 7.06 | 6.83 | (3.3) |\n'
            '| Managed hosting | 3.42 | 3.38 | 3.47* | 2.7 |\n'
            '| Total | 20.57 | 21.16 | 22.23 | 5.1 |\n'
            "* Provisional. Source: Hasselt & Bromley DC Monitor. Colocation's share of the total rose 3.0 "
            'percentage points in 2024; the largest operator, Halberd DC, reported revenue of €1.2 bn.'
        ),
        obs=[
            ('Colocation', 2022, 9.84, 'EUR billion', 'actual'),
            ('Colocation', 2023, 10.72, 'EUR billion', 'actual'),
            ('Colocation', 2024, 11.93, 'EUR billion', 'actual'),
            ('On-premise server support', 2022, 7.31, 'EUR billion', 'actual'),
            ('On-premise server support', 2023, 7.06, 'EUR billion', 'actual'),
            ('On-premise server support', 2024, 6.83, 'EUR billion', 'actual'),
            ('Managed hosting', 2022, 3.42, 'EUR billion', 'actual'),
            ('Managed hosting', 2023, 3.38, 'EUR billion', 'actual'),
            ('Managed hosting', 2024, 3.47, 'EUR billion', 'actual'),
            ('Total', 2022, 20.57, 'EUR billion', 'actual'),
            ('Total', 2023, 21.16, 'EUR billion', 'actual'),
            ('Total', 2024, 22.23, 'EUR billion', 'actual'),
        ],
        claims=[
            ('growth', 11.3, 'percent', 2023, 2024, 1.0),  # Colocation Chg 24/23 11.3
            ('growth', -3.3, 'percent', 2023, 2024, 1.0),  # On-premise server support Chg 24/23 (3.3)
            ('growth', 2.7, 'percent', 2023, 2024, 1.0),  # Managed hosting Chg 24/23 2.7
            ('growth', 5.1, 'percent', 2023, 2024, 1.0),  # Total Chg 24/23 5.1
        ],
        verdicts=[
            ('cagr|implied', 'exact'),  # Colocation: 11.93 / 10.72 - 1 = 11.287% -> 11.3 = printed 11.3
            ('cagr|implied', 'exact'),  # On-premise server support: 6.83 / 7.06 - 1 = -3.258% -> -3.3 = printed -3.3
            ('cagr|implied', 'exact'),  # Managed hosting: 3.47 / 3.38 - 1 = 2.663% -> 2.7 = printed 2.7
            ('cagr|implied', 'exact'),  # Total: 22.23 / 21.16 - 1 = 5.057% -> 5.1 = printed 5.1
            ('hierarchy', 'exact'),  # Total 2022: 9.84 + 7.31 + 3.42 = 20.57 vs 20.57 -> exact
            ('hierarchy', 'exact'),  # Total 2023: 10.72 + 7.06 + 3.38 = 21.16 vs 21.16 -> exact
            ('hierarchy', 'exact'),  # Total 2024: 11.93 + 6.83 + 3.47 = 22.23 vs 22.23 -> exact
        ],
    ),
    # 38. an industry report's prose: a stated 2021-2024 rate, a 2027 range (two value claims), 'roughly three times' as x3 over 6 years;
    #    the title's 2025, 'a multibillion-dollar opportunity', vendor and respondent counts and 62% nowhere
    dict(
        text=(
            "Heathcote Institute's Port Technology Outlook 2025 puts spending on port digital-twin platforms at "
            '$1.4 billion in 2021 and $2.35 billion in 2024, average growth of 18.8% a year between 2021 and '
            '2024. By 2027 it expects the market to be worth between $4.2 billion and $4.6 billion, roughly '
            "three times its 2021 size. Beyond that, the authors describe terminal automation as 'a "
            "multibillion-dollar opportunity'. Heathcote counted 27 platform vendors and surveyed 85 terminal "
            'operators, 62% of whom already run a pilot.'
        ),
        obs=[
            ('Total', 2021, 1.4, 'USD billion', 'actual'),
            ('Total', 2024, 2.35, 'USD billion', 'actual'),
        ],
        claims=[
            ('cagr', 18.8, 'percent', 2021, 2024, None, 'stated'),  # 'between 2021 and 2024'
            ('value', 4.2, 'USD billion', 2027, 2027, None),  # range low end
            ('value', 4.6, 'USD billion', 2027, 2027, None),  # range high end
            ('multiple', 3.0, 'multiple', 2021, 2027, 6.0),  # 'roughly three times its 2021 size'
        ],
        verdicts=[
            ('cagr|implied', 'exact'),  # (2.35 / 1.4) ** (1/3) - 1 = 18.845% -> 18.8 = printed 18.8
        ],
    ),
    # 39. a space-aligned vertical table (rows are fiscal years) with two value columns and a Total column, in JPY billion; FY2024e an estimate;
    #    the Q1 FY2025 row and the institute's own sales nowhere
    dict(
        text=(
            'Domestic shipments of factory robots, Japan (JPY billion)\n'
            'Fiscal year     Collaborative robots   Traditional industrial robots    Total\n'
            'FY2020                          41.2                           688.5    729.7\n'
            'FY2021                          55.8                           742.1    797.9\n'
            'FY2022                          73.4                           761.9    835.3\n'
            'FY2023                          92.6                           749.0    841.6\n'
            'FY2024e                        114.9                           770.3    885.2\n'
            'Q1 FY2025                       31.0                           190.2    221.2\n'
            "Source: Hoshino Robotics Research Institute, Tokyo; fiscal years run April to March. Hoshino's own "
            'sales were JPY 8.4 billion.'
        ),
        obs=[
            ('Collaborative robots', 2020, 41.2, 'JPY billion', 'actual'),
            ('Traditional industrial robots', 2020, 688.5, 'JPY billion', 'actual'),
            ('Total', 2020, 729.7, 'JPY billion', 'actual'),
            ('Collaborative robots', 2021, 55.8, 'JPY billion', 'actual'),
            ('Traditional industrial robots', 2021, 742.1, 'JPY billion', 'actual'),
            ('Total', 2021, 797.9, 'JPY billion', 'actual'),
            ('Collaborative robots', 2022, 73.4, 'JPY billion', 'actual'),
            ('Traditional industrial robots', 2022, 761.9, 'JPY billion', 'actual'),
            ('Total', 2022, 835.3, 'JPY billion', 'actual'),
            ('Collaborative robots', 2023, 92.6, 'JPY billion', 'actual'),
            ('Traditional industrial robots', 2023, 749.0, 'JPY billion', 'actual'),
            ('Total', 2023, 841.6, 'JPY billion', 'actual'),
            ('Collaborative robots', 2024, 114.9, 'JPY billion', 'estimate'),
            ('Traditional industrial robots', 2024, 770.3, 'JPY billion', 'estimate'),
            ('Total', 2024, 885.2, 'JPY billion', 'estimate'),
        ],
        claims=[
        ],
        verdicts=[
            ('hierarchy', 'exact'),  # Total FY2020: 41.2 + 688.5 = 729.7 vs 729.7 -> exact
            ('hierarchy', 'exact'),  # Total FY2021: 55.8 + 742.1 = 797.9 vs 797.9 -> exact
            ('hierarchy', 'exact'),  # Total FY2022: 73.4 + 761.9 = 835.3 vs 835.3 -> exact
            ('hierarchy', 'exact'),  # Total FY2023: 92.6 + 749.0 = 841.6 vs 841.6 -> exact
            ('hierarchy', 'exact'),  # Total FY2024: 114.9 + 770.3 = 885.2 vs 885.2 -> exact
        ],
    ),
    # 40. a Traditional Chinese TSV in 億港元 (HKD 100 million) with a 總計 row and a 按年變幅 row opening with '—' and a minus-sign decline;
    #    a listed platform's own revenue and the 1.2萬 headcount nowhere
    dict(
        text=(
            '香港數碼支付平台收入\n'
            '單位：億港元\n'
            '類別\t2021\t2022\t2023\t2024\t2025預測\n'
            '流動支付\t52.3\t50.1\t59.8\t67.5\t75.9\n'
            '跨境匯款\t31.6\t30.2\t32.4\t34.1\t36.2\n'
            '先買後付\t12.5\t14.1\t16.9\t20.3\t23.9\n'
            '總計\t96.4\t94.4\t109.1\t121.9\t136.0\n'
            '按年變幅(%)\t—\t-2.1\t15.6\t11.7\t11.6\n'
            '資料來源：衡信研究。註：某上市平台2024年收入為18.2億港元；全港相關從業人員約1.2萬人。'
        ),
        obs=[
            ('流動支付', 2021, 52.3, 'HKD 100 million', 'actual'),
            ('流動支付', 2022, 50.1, 'HKD 100 million', 'actual'),
            ('流動支付', 2023, 59.8, 'HKD 100 million', 'actual'),
            ('流動支付', 2024, 67.5, 'HKD 100 million', 'actual'),
            ('流動支付', 2025, 75.9, 'HKD 100 million', 'estimate'),
            ('跨境匯款', 2021, 31.6, 'HKD 100 million', 'actual'),
            ('跨境匯款', 2022, 30.2, 'HKD 100 million', 'actual'),
            ('跨境匯款', 2023, 32.4, 'HKD 100 million', 'actual'),
            ('跨境匯款', 2024, 34.1, 'HKD 100 million', 'actual'),
            ('跨境匯款', 2025, 36.2, 'HKD 100 million', 'estimate'),
            ('先買後付', 2021, 12.5, 'HKD 100 million', 'actual'),
            ('先買後付', 2022, 14.1, 'HKD 100 million', 'actual'),
            ('先買後付', 2023, 16.9, 'HKD 100 million', 'actual'),
            ('先買後付', 2024, 20.3, 'HKD 100 million', 'actual'),
            ('先買後付', 2025, 23.9, 'HKD 100 million', 'estimate'),
            ('總計', 2021, 96.4, 'HKD 100 million', 'actual'),
            ('總計', 2022, 94.4, 'HKD 100 million', 'actual'),
            ('總計', 2023, 109.1, 'HKD 100 million', 'actual'),
            ('總計', 2024, 121.9, 'HKD 100 million', 'actual'),
            ('總計', 2025, 136.0, 'HKD 100 million', 'estimate'),
        ],
        claims=[
            ('growth', -2.1, 'percent', 2021, 2022, 1.0),  # 總計 按年變幅 2022
            ('growth', 15.6, 'percent', 2022, 2023, 1.0),  # 總計 按年變幅 2023
            ('growth', 11.7, 'percent', 2023, 2024, 1.0),  # 總計 按年變幅 2024
            ('growth', 11.6, 'percent', 2024, 2025, 1.0),  # 總計 按年變幅 2025
        ],
        verdicts=[
            ('cagr|implied', 'exact'),  # 2022: 94.4 / 96.4 - 1 = -2.075% -> -2.1 = printed -2.1
            ('cagr|implied', 'exact'),  # 2023: 109.1 / 94.4 - 1 = 15.572% -> 15.6 = printed 15.6
            ('cagr|implied', 'exact'),  # 2024: 121.9 / 109.1 - 1 = 11.732% -> 11.7 = printed 11.7
            ('cagr|implied', 'exact'),  # 2025: 136.0 / 121.9 - 1 = 11.567% -> 11.6 = printed 11.6
            ('hierarchy', 'exact'),  # 總計 2021: 52.3 + 31.6 + 12.5 = 96.4 vs 96.4 -> exact
            ('hierarchy', 'exact'),  # 總計 2022: 50.1 + 30.2 + 14.1 = 94.4 vs 94.4 -> exact
            ('hierarchy', 'exact'),  # 總計 2023: 59.8 + 32.4 + 16.9 = 109.1 vs 109.1 -> exact
            ('hierarchy', 'exact'),  # 總計 2024: 67.5 + 34.1 + 20.3 = 121.9 vs 121.9 -> exact
            ('hierarchy', 'exact'),  # 總計 2025: 75.9 + 36.2 + 23.9 = 136.0 vs 136.0 -> exact
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "eighty-fifth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 9, 'inconsistent': 4, 'rounding': 8, 'exact': 134}
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 12, 10, 18)  # its two comma-separated tables among them
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'on a manufacturer shipment value basis',
    "112.5% of the previous fiscal year's",
    'FY2024 (April 2024 to March 2025)',
    'more than ¥1.08 trillion',
    '1.6 trillion yen',
    '(about KRW 2.7 trillion)',
    '(roughly ₹70,000 crore)',
    'S$2.3 billion (US$1.7 billion)',
    'will grow 2.4x to',
    'we size the total addressable market',
    '較112年的6,912億元年成長25.0%',
    '114年產值將突破1.1兆元',
    '較109年的915億元成長2倍',
    '按年增長18%，前年則為164億港元',
    '将突破2.1万亿元',
    '较2021年的73.7亿元增长3倍',
    '2024—2030年年均复合',
    '前年比108.5%',
    '| 2025E | 70 | 14.8% |',
    'CAGR 2024-28F',
    'last year, 23% more than',
    '| End use | 2018 |',
    '2025E | 2026E | 2027F',
    '较2023年的67.9亿元同比增长27.4%',
    'FY2024\tQ1 2025',
    'All segments',
    '2024年同比(%)',
    'total addressable market',
    'Year,USD bn,YoY %',
    'Grand total',
    '  Rest of APAC',
    'Share of 2024 (%)',
    '| 同比增速(%) |',
    'CAGR 2024–29F',
    '1.2万亿元',
    ',实际,,,,预测,',
    '(3.3)',
    'between $4.2 billion and $4.6 billion',
    'FY2024e',
    '按年變幅(%)\t—\t-2.1',
)
#: the set's blind score (written without reading or running the extractor, and kept unread): 336 figures, 59 rates, 129
#: verdicts and 1 false inconsistent on the code before the readings chosen on the eighty-second and eighty-fourth
#: sets; 337, 59 and 129 after the eighty-second set's; 348, 69, 140 and 1 after the eighty-fourth's (two multiples'
#: expectations mended to the conventions, 增长N倍 between printed amounts being N + 1 times, as the set checks found)
FLOORS = {"figures_found": 350, "rates_found": 70, "verdicts_right": 140}
#: the false inconsistent verdicts the set may draw; at most this (held out: left as found)
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset85.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
