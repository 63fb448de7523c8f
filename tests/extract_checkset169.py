"""A hundred-and-sixty-ninth check set for the extractor, written blind: AI in shipping, ports and maritime: AI voyage
optimisation and routing, predictive maintenance for vessel engines, smart-port and terminal automation software, AI
container and berth planning, maritime surveillance and vessel tracking analytics, autonomous and remotely operated
ships, sized in money by maritime consultancies, classification societies, port authorities, shipping brokers and
lines' investor days, research houses in Norway, Singapore, Korea, the Netherlands and China, trade press and
government maritime plans. Distractors a careful reader leaves out: TEU throughput, fleet counts and deadweight
tonnes, freight rates, bunker fuel prices, a line's own revenue or EBITDA, port capex that is not the AI part, a
quarter's figures, the whole maritime-software market beside the AI part.

Snippets 1-20: AI in shipping, ports and maritime: eight English prose pieces (an Oslo consultancy press release, a
Singapore broker note, a Rotterdam trade-press story quoting two research houses, a container line's capital markets
day transcript, a Korean association yearbook with a revised base, a Dutch research note in euros, a London
trade-press story with a range and a quarter, a Japanese ministry roadmap in yen), seven Chinese prose pieces (a
Shanghai white-paper release, a provincial action plan with 力争 targets and 增长3倍, a Kaohsiung news story quoting two
publishers in 新台幣億元, a Hong Kong survey in 億港元 with 今年/明年, a Taiwan broker note whose CAGR contradicts its amounts, a
Beijing wire story quoting a Korean and a Chinese house in 亿美元, a Ningbo story with 去年/今年 and a coarse 左右 figure) and
five tables (a markdown pipe table with E/F columns and a total row, a space-aligned vertical table with a lone unit
column and a YoY column, a tab-separated Simplified Chinese 合计 table, a tab-separated regional table with a share
column, a space-aligned Traditional Chinese table whose forecast total is a digit-swap typo). Distractors left out:
TEU and container throughput, deadweight/CGT tonnage, freight indices and spot rates, bunker prices, a line's own
revenue and EBITDA, a share ambition, headcounts, surveyed firm counts, report, issue and document numbers, price
targets and upside, quarterly figures, margins, penetration and localisation rates, fuel-saving percentages, shares
given as fractions in words, won budgets, port capex, and a second publisher's figure for the same year.

Snippets 21-40: AI in shipping, ports and maritime. Eight English prose pieces (an Oslo consultancy's press release, a
port-software company's earnings call sizing its addressable market with a range and a multiple, a Singapore research
abstract with a CAGR whose span only its amounts give, a LinkedIn post with a share and a 'more than tripling', a
forum answer quoting a second publisher and fixing a typo, investor-day slide bullets whose stated CAGR the amounts
contradict, a UK government page with a correction, a Japanese integrated report in yen); seven Chinese prose pieces
(a Simplified government action plan with a target, a broker's research note with a 增长2倍 multiple, a Taiwanese news
item in 新台幣億元, a Hong Kong association report in 億港元 with a 四成 fraction, a Taiwanese piece in 億美元 with a share, a
WeChat post with a correction and a reader poll, a provincial statistics bulletin with shares of the total); five
tables (a Busan research house's markdown table with E column and total row, a Singapore tab-separated table with a
CAGR column holding one typo, a Dutch space-aligned vertical table whose rows are years and whose lone value column is
headed by its unit, a Simplified Chinese table with a share column and a 合计 row, an Oslo broker's space-aligned table
with a quarter column and a TEU memo row). Distractors left out: datelines, report and table numbers, plan title
years, survey and vendor counts, ages, TEU throughput, tonnage and fleet counts, bunker and freight prices, company
revenue, order intake, EBITDA, margins and share targets, a price target and its upside, port capex, quarter figures,
the whole maritime-software market, a second publisher's figure, a corrected-away figure, fractions in words and poll
percentages.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Oslo consultancy press release: YoY rate with both amounts, stated CAGR that only a rounding reading reaches.
    #    Expected nowhere: report number, 212 shipowners, VLSFO price per tonne, report price in NOK.
    dict(
        text=(
            "OSLO, 12 March 2025 /PRNewswire/ -- Skagerrak Insight AS, the Norwegian maritime consultancy, today "
            "released the seventh edition of its Maritime AI Outlook (report MAO-2025/07). Drawing on interviews with "
            "212 shipowners and operators, the study puts global spending on AI voyage-optimisation and weather-routing "
            "software at USD 1.42 billion in 2024, up 18% from USD 1.20 billion a year earlier. Skagerrak expects the "
            "market to reach USD 3.65 billion by 2030, a compound annual growth rate of 17.1% over 2024-2030. "
            "\"Every tonne of fuel an owner does not burn goes straight to the bottom line,\" said partner Ingrid "
            "Solberg, noting that VLSFO in Singapore averaged USD 612 per tonne last year. The full report is "
            "available for NOK 18,500."
        ),
        obs=[
            ("Total", 2023, 1.20, "USD billion", "actual"),
            ("Total", 2024, 1.42, "USD billion", "actual"),
            ("Total", 2030, 3.65, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 17.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # (1.42 / 1.20) ** (1 / 1) - 1 = 18.33% -> 18
            ("cagr|implied", "rounding"),  # (3.65 / 1.42) ** (1 / 6) - 1 = 17.04% -> 17.0, not 17.1;
                                           # bounds (3.645/1.425 .. 3.655/1.415) ** (1/6) - 1 = 16.95% .. 17.14%, reaches 17.1
        ],
    ),
    # 2. Singapore broker sector note: a part (predictive maintenance) with its share of the whole, a stated CAGR for the part.
    #    Expected nowhere: the company's 2Q24 revenue and growth, EBITDA margin, TP, upside, 14x P/E.
    dict(
        text=(
            "Harbourfront Securities | Marine Technology | Singapore, 3 September 2024\n"
            "Sector update: the engine room is going digital. Predictive maintenance - AI that listens to main "
            "engines, turbochargers and shaft bearings for early signs of failure - accounted for US$0.87bn of the "
            "US$2.90bn global maritime AI market in 2023, a 30% share by our estimates. We see predictive "
            "maintenance growing to US$2.1bn by 2027E, a 24.6% CAGR over 2023-27E, as class societies start to "
            "credit condition-based survey regimes. Our top pick, Keppford Marine Digital (KMD SP), posted 2Q24 "
            "revenue of S$48m (+31% y/y) at an 18% EBITDA margin; it trades on 14x FY25E earnings. We lift our TP "
            "to S$1.86, implying 22% upside. Maintain BUY."
        ),
        obs=[
            ("Total", 2023, 2.90, "USD billion", "actual"),
            ("Predictive maintenance", 2023, 0.87, "USD billion", "actual"),
            ("Predictive maintenance", 2027, 2.1, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 30, "percent", 2023, 2023, None),
            ("cagr", 24.6, "percent", 2023, 2027, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 0.87 / 2.90 = 30.00% -> 30
            ("cagr|implied", "exact"),  # (2.1 / 0.87) ** (1 / 4) - 1 = 24.65% -> 24.6
        ],
    ),
    # 3. Rotterdam trade press quoting two research houses: the first house's base, target and rate are the snippet's;
    #    the second house's 2023 figure is expected nowhere, as are the port's euro capex and its TEU throughput.
    dict(
        text=(
            "ROTTERDAM, 5 June 2024 (Port Technology Weekly) - Terminal operators are finally paying for the brains "
            "as well as the steel. Dutch research house Maasvlakte Research Group sized the global market for AI "
            "software in terminal automation - yard-crane scheduling, automated gate recognition, quay-crane "
            "sequencing - at $3.1 billion in 2023, and forecasts it will reach $7.4 billion in 2030, a compound "
            "annual rate of 13.2% between 2023 and 2030. London-based Drewcroft Analytics is more cautious and "
            "puts the 2023 market at $2.6 billion. Either way the software bill is modest next to the concrete: "
            "the Port of Rotterdam alone has budgeted EUR 1.2 billion for quay and hinterland works through 2028, "
            "and it handled 13.4 million TEU last year."
        ),
        obs=[
            ("Total", 2023, 3.1, "USD billion", "actual"),
            ("Total", 2030, 7.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 13.2, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7.4 / 3.1) ** (1 / 7) - 1 = 13.24% -> 13.2
        ],
    ),
    # 4. Container line capital markets day transcript: the TAM is the market (Total); "roughly $9 billion" kept at 9;
    #    "about 17% a year" has no printed span -> inferred. Expected nowhere: the line's revenue and EBITDA,
    #    its 25% share ambition, 350 engineers.
    dict(
        text=(
            "Nordhavn Line A/S - Capital Markets Day, Copenhagen, 4 March 2025 (edited transcript)\n"
            "CFO: Group revenue for 2024 came in at $19.3 billion and EBITDA at $4.2 billion, so the digital unit "
            "is not going to move our numbers this year.\n"
            "Head of Digital Terminals: Understood, but look at the opportunity. We size the total addressable "
            "market for AI-based container stowage and berth planning at $4.8 billion in 2024, and we think it gets "
            "to roughly $9 billion by 2028 - call it about 17% a year. Our ambition is a 25% share of that market, "
            "and we now have 350 engineers on the product."
        ),
        obs=[
            ("Total", 2024, 4.8, "USD billion", "actual"),
            ("Total", 2028, 9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (9 / 4.8) ** (1 / 4) - 1 = 17.02% -> 17
        ],
    ),
    # 5. Korean association yearbook: the 2022 base is revised (6.3 replaces 6.1, which is expected nowhere); the printed
    #    16.4% was left computed on the old base, so the amounts contradict it. "More than fivefold" by 2035 is x5.
    #    Expected nowhere: yearbook volume and title year, KRW budget (won not in the unit table), CGT order book.
    dict(
        text=(
            "Korea Smart Ship Association, Yearbook 2024 (Vol. 9), Busan, June 2024 - Chapter 3, Market overview.\n"
            "The global market for autonomous and remotely operated ship systems stood at US$7.1 billion in 2023, "
            "an increase of 16.4% on the previous year. Note that the 2022 figure has been revised to US$6.3 billion, "
            "from the US$6.1 billion shown in last year's edition, after two integrators restated their sales. "
            "Korean yards closed the year with an order book of 38.2 million CGT, and the government has earmarked "
            "KRW 160.3 billion for the K-Autonomous Ship programme through 2025. The association expects the global "
            "market to be more than fivefold its 2023 size by 2035."
        ),
        obs=[
            ("Total", 2022, 6.3, "USD billion", "actual"),
            ("Total", 2023, 7.1, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 16.4, "percent", 2022, 2023, 1.0),
            ("multiple", 5.0, "multiple", 2023, 2035, 12.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # (7.1 / 6.3) ** (1 / 1) - 1 = 12.70%, not 16.4;
                                               # bounds 7.05/6.35 - 1 = 11.02% .. 7.15/6.25 - 1 = 14.40%, never 16.4
                                               # (16.4% is 7.1 / 6.1 - 1, the superseded base)
        ],
    ),
    # 6. Dutch research note in euros: series opens in EUR million, so "EUR 1.3 billion" in 2027 is 1300 EUR million;
    #    a part with its share; CAGR reached only by reading 1.3 bn at its coarse precision.
    #    Expected nowhere: note number, "about half of buyers".
    dict(
        text=(
            "Noordzee Maritime Research - Note 25-004, Amsterdam, 14 January 2025\n"
            "Maritime domain awareness: who pays to find the dark ships?\n"
            "Demand for AI that flags spoofed AIS tracks, ship-to-ship transfers and loitering is rising quickly. "
            "We estimate the European market for AI maritime surveillance and vessel-tracking analytics at "
            "EUR 840 million in 2024, of which satellite-AIS analytics made up EUR 344 million (41%). Coast guards "
            "and navies are about half of buyers. We forecast EUR 1.3 billion in 2027, equivalent to a CAGR of 15% "
            "for 2024-2027."
        ),
        obs=[
            ("Total", 2024, 840, "EUR million", "actual"),
            ("Satellite-AIS analytics", 2024, 344, "EUR million", "actual"),
            ("Total", 2027, 1300, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 41, "percent", 2024, 2024, None),
            ("cagr", 15, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),       # 344 / 840 = 40.95% -> 41
            ("cagr|implied", "rounding"),  # (1300 / 840) ** (1 / 3) - 1 = 15.67% -> 16, not 15;
                                           # bounds (1250/840.5 .. 1350/839.5) ** (1/3) - 1 = 14.15% .. 17.16%, reaches 15
        ],
    ),
    # 7. London trade press: "last year" = 2024, a range for "this year" (two value claims, no observation),
    #    "more than triple" the 2019 figure = x3 over 5 years. Expected nowhere: Q1 spend, freight-rate fall, fuel savings.
    dict(
        text=(
            "LONDON, 8 April 2025 - Maritime Digital Review\n"
            "UK ship managers spent GBP 512 million on AI routing and fleet-performance software last year, more "
            "than triple the GBP 160 million they spent in 2019, according to the British Marine Technology Council. "
            "The council expects spending of between GBP 580 million and GBP 640 million this year; first-quarter "
            "orders alone came to GBP 139 million. Buyers are chasing savings as Asia-North Europe spot rates have "
            "fallen 30% since January, and users report fuel savings of 4-7% per voyage."
        ),
        obs=[
            ("Total", 2019, 160, "GBP million", "actual"),
            ("Total", 2024, 512, "GBP million", "actual"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2019, 2024, 5.0),
            ("value", 580, "GBP million", 2025, 2025, None),
            ("value", 640, "GBP million", 2025, 2025, None),
        ],
        verdicts=[],
    ),
    # 8. Japanese ministry roadmap (English) in yen: fiscal years count as their number; target is an estimate;
    #    "roughly four times" x4; stated CAGR. Expected nowhere: "about half" of coastal vessels (penetration), 48% of seafarers.
    dict(
        text=(
            "TOKYO, 30 May 2024 - Japan's Ministry of Land, Infrastructure, Transport and Tourism has published a "
            "roadmap for autonomous coastal shipping. The domestic market for autonomous-navigation and "
            "remote-operation systems, worth ¥38 billion in fiscal 2023, is targeted to reach ¥150 billion by "
            "fiscal 2030 - roughly four times its current size, or average annual growth of about 22% between fiscal "
            "2023 and fiscal 2030. The ministry also aims for about half of coastal cargo vessels to carry autonomous "
            "functions by 2040, pointing to a crew shortage: 48% of coastal seafarers are aged 50 or over."
        ),
        obs=[
            ("Total", 2023, 38, "JPY billion", "actual"),
            ("Total", 2030, 150, "JPY billion", "estimate"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2023, 2030, 7.0),
            ("cagr", 22, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (150 / 38) ** (1 / 7) - 1 = 21.67% -> 22
        ],
    ),
    # 9. Shanghai white-paper release (Simplified): YoY with the prior year in brackets, a segment with its share, a
    #    forecast with an approximate CAGR. Expected nowhere: 第3期, title year, 3.32亿标箱 throughput, 46个港口.
    dict(
        text=(
            "上海，2025年4月18日电——沪航智库今日发布《2025中国智慧港口人工智能应用白皮书》（第3期）。白皮书显示，"
            "2024年我国港口人工智能软件与服务市场规模达到186.5亿元，同比增长23.4%（2023年为151.1亿元）。其中，"
            "集装箱及泊位智能计划系统规模为52.3亿元，占比28.0%。白皮书预计，到2027年市场规模将达到335亿元，"
            "2024—2027年年均复合增长率约为21.6%。同期全国港口完成集装箱吞吐量3.32亿标箱，本次调研覆盖46个港口。"
        ),
        obs=[
            ("Total", 2023, 151.1, "CNY 100 million", "actual"),
            ("Total", 2024, 186.5, "CNY 100 million", "actual"),
            ("集装箱及泊位智能计划系统", 2024, 52.3, "CNY 100 million", "actual"),
            ("Total", 2027, 335, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
            ("share", 28.0, "percent", 2024, 2024, None),
            ("cagr", 21.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (186.5 / 151.1) ** (1 / 1) - 1 = 23.43% -> 23.4
            ("arithmetic", "exact"),    # 52.3 / 186.5 = 28.04% -> 28.0
            ("cagr|implied", "exact"),  # (335 / 186.5) ** (1 / 3) - 1 = 21.56% -> 21.6
        ],
    ),
    # 10. Provincial action plan (Simplified): 力争突破 target is an estimate at its printed figure; 较2022年增长3倍 is x3
    #     over 5 years. Expected nowhere: document number, plan's title years, 国产化率70%, 5个示范区.
    dict(
        text=(
            "2025年3月，某省交通运输厅印发《智能航运发展三年行动方案（2025—2027年）》（交发〔2025〕12号）。方案提出，"
            "到2027年，全省航运人工智能核心产业规模力争突破120亿元，较2022年增长3倍；船舶智能航行、远程驾控等关键"
            "技术装备国产化率达到70%以上，建成5个以上智能航运示范区。方案同时披露，2024年全省航运人工智能核心产业"
            "规模为58.6亿元，比上年增长27%（2023年为46.1亿元）。"
        ),
        obs=[
            ("Total", 2023, 46.1, "CNY 100 million", "actual"),
            ("Total", 2024, 58.6, "CNY 100 million", "actual"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2022, 2027, 5.0),
            ("growth", 27, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (58.6 / 46.1) ** (1 / 1) - 1 = 27.12% -> 27
        ],
    ),
    # 11. Kaohsiung news story (Traditional) quoting two research houses in 新台幣億元: the first house's figures are the
    #     snippet's; the second's 2024 estimate is expected nowhere; YoY without its base gets no verdict.
    #     Expected nowhere: 984萬TEU throughput, reporter byline.
    dict(
        text=(
            "【記者林佩君／高雄報導】2025年2月11日 智慧港埠商機持續升溫。海碩產業研究所最新調查指出，2024年台灣智慧"
            "港埠AI解決方案市場規模達新台幣42.6億元，年增16.7%；預估2027年將成長至新台幣71億元，2024至2027年複合"
            "成長率約18.6%。不過另一家研調機構拓點研究的口徑較保守，估算2024年市場規模約為新台幣38億元。高雄港去年"
            "貨櫃裝卸量為984萬TEU，港務公司正加速導入AI船席指派與岸橋排程系統。"
        ),
        obs=[
            ("Total", 2024, 42.6, "TWD 100 million", "actual"),
            ("Total", 2027, 71, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 16.7, "percent", 2023, 2024, 1.0),
            ("cagr", 18.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (71 / 42.6) ** (1 / 3) - 1 = 18.56% -> 18.6
        ],
    ),
    # 12. Hong Kong association survey (Traditional) in 億港元: 去年 = 2024, 今年 = 2025 (estimate), 明年 = 2026;
    #     a segment with its share. Expected nowhere: 126家企業, 約四成 (survey answer in words), 1,370萬個標準箱.
    dict(
        text=(
            "香港，2025年1月20日——香港航運物流科技協會今日公布年度調查。協會指出，去年本港港口及航運人工智能應用"
            "市場規模約為12.8億港元，較2023年的10.6億港元增長21%。當中，貨櫃碼頭自動化及堆場規劃軟件佔4.86億港元，"
            "佔整體約38%。協會預期今年市場可達15.2億港元，明年更有望突破18億港元。受訪的126家企業中，約四成表示"
            "已試用AI船期預測工具；去年葵青貨櫃碼頭吞吐量為1,370萬個標準箱。"
        ),
        obs=[
            ("Total", 2023, 10.6, "HKD 100 million", "actual"),
            ("Total", 2024, 12.8, "HKD 100 million", "actual"),
            ("貨櫃碼頭自動化及堆場規劃軟件", 2024, 4.86, "HKD 100 million", "actual"),
            ("Total", 2025, 15.2, "HKD 100 million", "estimate"),
            ("Total", 2026, 18, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (12.8 / 10.6) ** (1 / 1) - 1 = 20.75% -> 21
            ("arithmetic", "exact"),    # 4.86 / 12.8 = 37.97% -> 38
        ],
    ),
    # 13. Taiwan broker report (Traditional) in 億美元: the printed CAGR is a typo the amounts contradict.
    #     Expected nowhere: target price, upside, the company's Q3 revenue and gross margin, SCFI index level.
    dict(
        text=(
            "【宏展投顧 產業報告】2024/10/07 航運AI：預測性維護成為新藍海\n"
            "我們估算，全球船舶主機AI預測性維護市場規模2023年為18.4億美元，隨著船級社接受以狀態為基礎的檢驗，"
            "預估2030年將達52億美元，2023–2030年CAGR為19.8%。我們維持對海誠科技（6938）「買進」評等，目標價新台幣"
            "268元，潛在上漲空間24%；該公司第三季營收年增35%至新台幣12.3億元，毛利率41%。近期SCFI指數回落至2,100點，"
            "不影響我們對軟體需求的看法。"
        ),
        obs=[
            ("Total", 2023, 18.4, "USD 100 million", "actual"),
            ("Total", 2030, 52, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.8, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # (52 / 18.4) ** (1 / 7) - 1 = 16.00%, not 19.8;
                                               # bounds (51.5/18.45 .. 52.5/18.35) ** (1/7) - 1 = 15.79% .. 16.20%, never 19.8
        ],
    ),
    # 14. Beijing wire story (Simplified) quoting a Korean house and a Chinese think tank in 亿美元: 左右 kept at 150;
    #     约为2.2倍 is x2.2 over 6 years. Expected nowhere: the second house's 55亿美元, 约占四成.
    dict(
        text=(
            "新华财经北京2025年6月3日电 韩国船舶海洋产业研究院近日发布报告称，2024年全球自主航行船舶及远程驾控系统"
            "市场规模为68亿美元，预计2030年将增至150亿美元左右，约为2024年的2.2倍，2024—2030年年均复合增长率约14.1%。"
            "国内咨询机构海研智库采用不同统计口径，估算2024年全球市场为55亿美元。报告还指出，全球商船队中具备岸基"
            "远程监控功能的船舶约占四成。"
        ),
        obs=[
            ("Total", 2024, 68, "USD 100 million", "actual"),
            ("Total", 2030, 150, "USD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.2, "multiple", 2024, 2030, 6.0),
            ("cagr", 14.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (150 / 68) ** (1 / 6) - 1 = 14.09% -> 14.1
        ],
    ),
    # 15. Ningbo news story (Simplified): 去年 = 2024, 今年 = 2025 (estimate, 左右 kept at 12); the 2025 rate is reached
    #     only through the coarse 12亿元. Expected nowhere: 约占三成, 上半年 throughput.
    dict(
        text=(
            "宁波，2025年8月12日——记者从浙江省港航智能化产业联盟获悉，去年全省港口AI集装箱配载与泊位调度系统市场"
            "规模为9.8亿元，比2023年的8.1亿元增长21%。联盟预计，今年市场规模有望达到12亿元左右，同比增长约20%，"
            "其中AI泊位调度系统约占三成。今年上半年，全省港口完成集装箱吞吐量2,150万标箱。"
        ),
        obs=[
            ("Total", 2023, 8.1, "CNY 100 million", "actual"),
            ("Total", 2024, 9.8, "CNY 100 million", "actual"),
            ("Total", 2025, 12, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("growth", 20, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # (9.8 / 8.1) ** (1 / 1) - 1 = 20.99% -> 21
            ("cagr|implied", "rounding"),  # (12 / 9.8) ** (1 / 1) - 1 = 22.45% -> 22, not 20;
                                           # bounds 11.5/9.85 - 1 = 16.75% .. 12.5/9.75 - 1 = 28.21%, reaches 20
        ],
    ),
    # 16. Markdown pipe table (English), years as columns with E/F, total row; 2024 total is one above its rows' sum;
    #     a total CAGR in the note. Expected nowhere: table number.
    dict(
        text=(
            "Straits Maritime Research, January 2025\n"
            "Table 3.2 Global maritime AI market by application (USD million)\n"
            "| Application | 2023 | 2024 | 2025E | 2028F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Voyage optimisation & routing | 1,205 | 1,420 | 1,660 | 2,610 |\n"
            "| Predictive maintenance | 870 | 1,030 | 1,215 | 1,980 |\n"
            "| Port & terminal automation | 640 | 772 | 930 | 1,545 |\n"
            "| Surveillance & vessel tracking | 410 | 488 | 575 | 905 |\n"
            "| Total | 3,125 | 3,711 | 4,380 | 7,040 |\n"
            "Note: 2025E and 2028F are Straits Maritime Research estimates; totals may not add due to rounding. "
            "Total CAGR 2024-2028F: 17.4%. Excludes sensors, cranes and other hardware."
        ),
        obs=[
            ("Voyage optimisation & routing", 2023, 1205, "USD million", "actual"),
            ("Voyage optimisation & routing", 2024, 1420, "USD million", "actual"),
            ("Voyage optimisation & routing", 2025, 1660, "USD million", "estimate"),
            ("Voyage optimisation & routing", 2028, 2610, "USD million", "estimate"),
            ("Predictive maintenance", 2023, 870, "USD million", "actual"),
            ("Predictive maintenance", 2024, 1030, "USD million", "actual"),
            ("Predictive maintenance", 2025, 1215, "USD million", "estimate"),
            ("Predictive maintenance", 2028, 1980, "USD million", "estimate"),
            ("Port & terminal automation", 2023, 640, "USD million", "actual"),
            ("Port & terminal automation", 2024, 772, "USD million", "actual"),
            ("Port & terminal automation", 2025, 930, "USD million", "estimate"),
            ("Port & terminal automation", 2028, 1545, "USD million", "estimate"),
            ("Surveillance & vessel tracking", 2023, 410, "USD million", "actual"),
            ("Surveillance & vessel tracking", 2024, 488, "USD million", "actual"),
            ("Surveillance & vessel tracking", 2025, 575, "USD million", "estimate"),
            ("Surveillance & vessel tracking", 2028, 905, "USD million", "estimate"),
            ("Total", 2023, 3125, "USD million", "actual"),
            ("Total", 2024, 3711, "USD million", "actual"),
            ("Total", 2025, 4380, "USD million", "estimate"),
            ("Total", 2028, 7040, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 1205 + 870 + 640 + 410 = 3125 = 3125
            ("hierarchy", "rounding"),  # 2024: 1420 + 1030 + 772 + 488 = 3710 vs 3711; bounds 3708 .. 3712 (each +/-0.5), reaches 3711
            ("hierarchy", "exact"),     # 2025E: 1660 + 1215 + 930 + 575 = 4380 = 4380
            ("hierarchy", "exact"),     # 2028F: 2610 + 1980 + 1545 + 905 = 7040 = 7040
            ("cagr|implied", "exact"),  # (7040 / 3711) ** (1 / 4) - 1 = 17.36% -> 17.4
        ],
    ),
    # 17. Space-aligned vertical table (years as rows), a lone value column headed by its unit only -> Total, with a
    #     YoY column; the 2024 YoY was computed from unrounded figures and is reached only by a rounding reading.
    dict(
        text=(
            "Busan Ocean Analytics - Global smart-ship remote operation & autonomy software market\n"
            "Year      USD million    YoY (%)\n"
            "2021              412          -\n"
            "2022              498       20.9\n"
            "2023              601       20.7\n"
            "2024              733       21.8\n"
            "2025E             884       20.6\n"
            "2026E           1,062       20.1\n"
            "Source: Busan Ocean Analytics (February 2025). E = estimate. Software licences and services only."
        ),
        obs=[
            ("Total", 2021, 412, "USD million", "actual"),
            ("Total", 2022, 498, "USD million", "actual"),
            ("Total", 2023, 601, "USD million", "actual"),
            ("Total", 2024, 733, "USD million", "actual"),
            ("Total", 2025, 884, "USD million", "estimate"),
            ("Total", 2026, 1062, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 20.9, "percent", 2021, 2022, 1.0),
            ("growth", 20.7, "percent", 2022, 2023, 1.0),
            ("growth", 21.8, "percent", 2023, 2024, 1.0),
            ("growth", 20.6, "percent", 2024, 2025, 1.0),
            ("growth", 20.1, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 498 / 412 - 1 = 20.87% -> 20.9
            ("cagr|implied", "exact"),     # 601 / 498 - 1 = 20.68% -> 20.7
            ("cagr|implied", "rounding"),  # 733 / 601 - 1 = 21.96% -> 22.0, not 21.8;
                                           # bounds 732.5/601.5 - 1 = 21.78% .. 733.5/600.5 - 1 = 22.15%, reaches 21.8
            ("cagr|implied", "exact"),     # 884 / 733 - 1 = 20.60% -> 20.6
            ("cagr|implied", "exact"),     # 1062 / 884 - 1 = 20.14% -> 20.1
        ],
    ),
    # 18. Tab-separated Simplified Chinese table in 亿元, years as columns with E columns and a 合计 row (item as printed).
    #     Expected nowhere: table number, the hardware exclusion in the note.
    dict(
        text=(
            "表2 中国智慧港口人工智能市场细分规模（单位：亿元）\n"
            "细分领域\t2022\t2023\t2024\t2025E\t2026E\n"
            "自动化码头操作系统\t38.2\t46.5\t57.1\t69.8\t84.0\n"
            "智能闸口与理货识别\t14.6\t17.9\t21.4\t25.6\t30.2\n"
            "集装箱配载与泊位计划\t22.5\t28.3\t35.2\t43.9\t54.1\n"
            "港口设备预测性维护\t9.7\t12.4\t15.8\t20.1\t25.3\n"
            "合计\t85.0\t105.1\t129.5\t159.4\t193.6\n"
            "注：2025E、2026E为预测值；不含岸桥、场桥等港机硬件投资。资料来源：东海证券研究所，2025年5月。"
        ),
        obs=[
            ("自动化码头操作系统", 2022, 38.2, "CNY 100 million", "actual"),
            ("自动化码头操作系统", 2023, 46.5, "CNY 100 million", "actual"),
            ("自动化码头操作系统", 2024, 57.1, "CNY 100 million", "actual"),
            ("自动化码头操作系统", 2025, 69.8, "CNY 100 million", "estimate"),
            ("自动化码头操作系统", 2026, 84.0, "CNY 100 million", "estimate"),
            ("智能闸口与理货识别", 2022, 14.6, "CNY 100 million", "actual"),
            ("智能闸口与理货识别", 2023, 17.9, "CNY 100 million", "actual"),
            ("智能闸口与理货识别", 2024, 21.4, "CNY 100 million", "actual"),
            ("智能闸口与理货识别", 2025, 25.6, "CNY 100 million", "estimate"),
            ("智能闸口与理货识别", 2026, 30.2, "CNY 100 million", "estimate"),
            ("集装箱配载与泊位计划", 2022, 22.5, "CNY 100 million", "actual"),
            ("集装箱配载与泊位计划", 2023, 28.3, "CNY 100 million", "actual"),
            ("集装箱配载与泊位计划", 2024, 35.2, "CNY 100 million", "actual"),
            ("集装箱配载与泊位计划", 2025, 43.9, "CNY 100 million", "estimate"),
            ("集装箱配载与泊位计划", 2026, 54.1, "CNY 100 million", "estimate"),
            ("港口设备预测性维护", 2022, 9.7, "CNY 100 million", "actual"),
            ("港口设备预测性维护", 2023, 12.4, "CNY 100 million", "actual"),
            ("港口设备预测性维护", 2024, 15.8, "CNY 100 million", "actual"),
            ("港口设备预测性维护", 2025, 20.1, "CNY 100 million", "estimate"),
            ("港口设备预测性维护", 2026, 25.3, "CNY 100 million", "estimate"),
            ("合计", 2022, 85.0, "CNY 100 million", "actual"),
            ("合计", 2023, 105.1, "CNY 100 million", "actual"),
            ("合计", 2024, 129.5, "CNY 100 million", "actual"),
            ("合计", 2025, 159.4, "CNY 100 million", "estimate"),
            ("合计", 2026, 193.6, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 38.2 + 14.6 + 22.5 + 9.7 = 85.0
            ("hierarchy", "exact"),  # 2023: 46.5 + 17.9 + 28.3 + 12.4 = 105.1
            ("hierarchy", "exact"),  # 2024: 57.1 + 21.4 + 35.2 + 15.8 = 129.5
            ("hierarchy", "exact"),  # 2025E: 69.8 + 25.6 + 43.9 + 20.1 = 159.4
            ("hierarchy", "exact"),  # 2026E: 84.0 + 30.2 + 54.1 + 25.3 = 193.6
        ],
    ),
    # 19. Tab-separated regional table (English) with a 2024 share column: each region's share has its part and whole
    #     printed; the Total's 100.0% is no claim. Expected nowhere: exhibit number.
    dict(
        text=(
            "Exhibit 5: AI voyage-optimisation software revenue by region (USD million)\n"
            "Oslo Maritime Economics, March 2025\n"
            "Region\t2023\t2024\t2027F\tShare 2024\n"
            "Europe\t392\t455\t690\t38.2%\n"
            "Asia-Pacific\t418\t480\t790\t40.3%\n"
            "Americas\t168\t190\t275\t16.0%\n"
            "Middle East & Africa\t52\t66\t115\t5.5%\n"
            "Total\t1,030\t1,191\t1,870\t100.0%\n"
            "Note: 2027F is a forecast. Figures exclude onboard hardware and satellite airtime."
        ),
        obs=[
            ("Europe", 2023, 392, "USD million", "actual"),
            ("Europe", 2024, 455, "USD million", "actual"),
            ("Europe", 2027, 690, "USD million", "estimate"),
            ("Asia-Pacific", 2023, 418, "USD million", "actual"),
            ("Asia-Pacific", 2024, 480, "USD million", "actual"),
            ("Asia-Pacific", 2027, 790, "USD million", "estimate"),
            ("Americas", 2023, 168, "USD million", "actual"),
            ("Americas", 2024, 190, "USD million", "actual"),
            ("Americas", 2027, 275, "USD million", "estimate"),
            ("Middle East & Africa", 2023, 52, "USD million", "actual"),
            ("Middle East & Africa", 2024, 66, "USD million", "actual"),
            ("Middle East & Africa", 2027, 115, "USD million", "estimate"),
            ("Total", 2023, 1030, "USD million", "actual"),
            ("Total", 2024, 1191, "USD million", "actual"),
            ("Total", 2027, 1870, "USD million", "estimate"),
        ],
        claims=[
            ("share", 38.2, "percent", 2024, 2024, None),
            ("share", 40.3, "percent", 2024, 2024, None),
            ("share", 16.0, "percent", 2024, 2024, None),
            ("share", 5.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),   # 2023: 392 + 418 + 168 + 52 = 1030
            ("hierarchy", "exact"),   # 2024: 455 + 480 + 190 + 66 = 1191
            ("hierarchy", "exact"),   # 2027F: 690 + 790 + 275 + 115 = 1870
            ("arithmetic", "exact"),  # 455 / 1191 = 38.20% -> 38.2
            ("arithmetic", "exact"),  # 480 / 1191 = 40.30% -> 40.3
            ("arithmetic", "exact"),  # 190 / 1191 = 15.95% -> 16.0
            ("arithmetic", "exact"),  # 66 / 1191 = 5.54% -> 5.5
        ],
    ),
    # 20. Space-aligned Traditional Chinese table in 新台幣百萬元 with a 合計 row; the 2025F total is a digit-swap typo
    #     (3,951 for 3,915) its rows contradict. Expected nowhere: table number, yearbook title year.
    dict(
        text=(
            "表4 台灣航運AI軟體市場規模（單位：新台幣百萬元）\n"
            "項目                      2023      2024     2025F\n"
            "航線與航速優化             820       968     1,140\n"
            "主機預測性維護             615       742       905\n"
            "智慧港埠與碼頭自動化     1,340     1,585     1,870\n"
            "合計                     2,775     3,295     3,951\n"
            "註：2025F為預估值。資料來源：台灣智慧航運產業年鑑2025，第4章。"
        ),
        obs=[
            ("航線與航速優化", 2023, 820, "TWD million", "actual"),
            ("航線與航速優化", 2024, 968, "TWD million", "actual"),
            ("航線與航速優化", 2025, 1140, "TWD million", "estimate"),
            ("主機預測性維護", 2023, 615, "TWD million", "actual"),
            ("主機預測性維護", 2024, 742, "TWD million", "actual"),
            ("主機預測性維護", 2025, 905, "TWD million", "estimate"),
            ("智慧港埠與碼頭自動化", 2023, 1340, "TWD million", "actual"),
            ("智慧港埠與碼頭自動化", 2024, 1585, "TWD million", "actual"),
            ("智慧港埠與碼頭自動化", 2025, 1870, "TWD million", "estimate"),
            ("合計", 2023, 2775, "TWD million", "actual"),
            ("合計", 2024, 3295, "TWD million", "actual"),
            ("合計", 2025, 3951, "TWD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),         # 2023: 820 + 615 + 1340 = 2775
            ("hierarchy", "exact"),         # 2024: 968 + 742 + 1585 = 3295
            ("hierarchy", "inconsistent"),  # 2025F: 1140 + 905 + 1870 = 3915 vs 3951; bounds 3913.5 .. 3916.5, never 3951
        ],
    ),
    # 21. Oslo consultancy press release: AI voyage optimisation, stated CAGR with printed span (rounding).
    #     Nowhere: dateline, report number, bunker price, 4-7% fuel saving, age, survey and vessel counts.
    dict(
        text=(
            "OSLO, 14 May 2025 -- Fjordline Analytics AS, the Oslo-based maritime consultancy, today released the "
            "second edition of its Ship Intelligence Outlook (report no. FA-25/07). The firm sizes the global market "
            "for AI voyage optimisation and weather-routing software at USD 1.42 billion in 2024 and expects it to "
            "reach USD 3.88 billion in 2030, a compound annual growth rate of 18.3% over 2024-2030. Demand is being "
            "pulled along by the IMO's carbon-intensity rules and by fuel costs: VLSFO in Rotterdam averaged USD 612 "
            "per tonne last year. 'Owners who let an AI route their ships typically burn 4-7% less fuel,' said "
            "partner Ingrid Solberg, 46. The outlook draws on a survey of 212 shipowners operating some 9,400 vessels."
        ),
        obs=[
            ("Total", 2024, 1.42, "USD billion", "actual"),
            ("Total", 2030, 3.88, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.3, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (3.88 / 1.42) ** (1/6) - 1 = 18.238% -> 18.2, not 18.3;
                                           # bounds 3.875/1.425 -> 18.143%, 3.885/1.415 -> 18.333% reaches 18.3
        ],
    ),
    # 22. Earnings call of a Dutch terminal-software firm: the TAM it sizes is the market; "this year" = 2025 estimate;
    #     a 2030 range (two value claims) and "about 2.5x" over five years. Nowhere: Q3 revenue and its 22%, order
    #     intake, the 10% share goal, the analyst's price target and upside, headcount.
    dict(
        text=(
            "TerminalMind N.V. -- Q3 2025 earnings call, 23 October 2025 (edited transcript)\n"
            "Pieter de Wit, CEO: Thanks, everyone. Revenue for the quarter came in at EUR 48.3 million, up 22%, and "
            "order intake was EUR 61 million. We ended September with 1,140 employees. Let me step back to the bigger "
            "picture, because I get this question a lot. We size the total addressable market for AI-driven terminal "
            "automation -- yard optimisation, crane scheduling, gate and berth AI -- at roughly EUR 2.6 billion this "
            "year. By 2030 we think it lands somewhere between EUR 6 billion and EUR 7 billion, so call it about 2.5x "
            "in five years. Our ambition is to hold a 10% share of that.\n"
            "Analyst (Kempen): Thanks. Our EUR 42 price target implies about 18% upside -- what would change the "
            "shape of that curve?"
        ),
        obs=[
            ("Total", 2025, 2.6, "EUR billion", "estimate"),
        ],
        claims=[
            ("value", 6.0, "EUR billion", 2030, 2030, None),
            ("value", 7.0, "EUR billion", 2030, 2030, None),
            ("multiple", 2.5, "multiple", 2025, 2030, 5.0),  # ~6.5 / 2.6 = 2.5; no verdict for multiples
        ],
        verdicts=[],
    ),
    # 23. Singapore research abstract: engine predictive maintenance; CAGR whose span only its amounts' years give
    #     (inferred). Nowhere: 37 vendor disclosures, 58 superintendents, the 23% off-hire reduction.
    dict(
        text=(
            "Abstract. Predictive maintenance (PdM) of marine two-stroke, four-stroke and dual-fuel engines is among "
            "the most mature applications of machine learning aboard ship. Drawing on 37 vendor disclosures and "
            "interviews with 58 technical superintendents in Singapore, we estimate the global market for AI-based "
            "engine PdM at US$612.5 million in 2023 and project US$1,624.0 million in 2032, which implies a CAGR of "
            "11.4%. Sensors and data-logging hardware are excluded from the estimate. In the sample, operators using "
            "AI-based PdM reported 23% fewer unplanned off-hire days. Keywords: condition monitoring; remaining "
            "useful life; marine engineering."
        ),
        obs=[
            ("Total", 2023, 612.5, "USD million", "actual"),
            ("Total", 2032, 1624.0, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 11.4, "percent", 2023, 2032, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1624.0 / 612.5) ** (1/9) - 1 = 11.443% -> 11.4
        ],
    ),
    # 24. LinkedIn post dated 3 Feb 2025: "last year" = 2024; a part with its share of the whole; "more than
    #     tripling" = x3 over 2024-2035. Nowhere: the ~105,000-ship fleet, "a few dozen" autonomous-capable ships.
    dict(
        text=(
            "Quick thread on autonomy at sea 🚢 According to the latest Marinvest Research numbers, the market for "
            "autonomous and remotely operated ship systems hit $5.8bn last year. Remote operation centres made up "
            "38% of that ($2.2bn) -- more than I expected. Their base case has the whole thing more than tripling "
            "by 2035. Reality check: there are ~105,000 ships over 100 GT out there and only a few dozen are "
            "genuinely autonomy-capable. #maritime #AI #autonomousships\n"
            "Posted 3 Feb 2025"
        ),
        obs=[
            ("Total", 2024, 5.8, "USD billion", "actual"),
            ("Remote operation centres", 2024, 2.2, "USD billion", "actual"),
        ],
        claims=[
            ("share", 38, "percent", 2024, 2024, None),
            ("multiple", 3.0, "multiple", 2024, 2035, 11.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 2.2 / 5.8 = 37.93% -> 38
        ],
    ),
    # 25. Forum answer: first publisher's base, target and rate are the figures; a second publisher's 2024 figure,
    #     the typo it corrects (4.14) and the whole maritime-software market are expected nowhere.
    dict(
        text=(
            "Q: Does anyone have a decent number for the AI vessel-tracking analytics market?\n"
            "A: Depends whose numbers you trust. Harbourline Insights (Rotterdam) put maritime surveillance and "
            "vessel-tracking analytics at $2.10bn in 2024 and forecast $4.41bn in 2029, i.e. a 16% CAGR 2024-29. "
            "Westmark has 2024 at $2.6bn, but they fold in satellite AIS data fees, so it isn't like for like. For "
            "context, the whole maritime software market is north of $20bn, so the AI tracking piece is still small.\n"
            "Edit: fixed the 2029 figure -- I'd typed 4.14."
        ),
        obs=[
            ("Total", 2024, 2.10, "USD billion", "actual"),
            ("Total", 2029, 4.41, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.41 / 2.10) ** (1/5) - 1 = 15.996% -> 16
        ],
    ),
    # 26. Container line's capital markets day slide bullets: stated CAGR the amounts contradict (the deck rebased
    #     the 2028E figure without updating the bullet). Nowhere: terminals revenue, EBITDA margin, 20% share
    #     target, Q2 TEU volume.
    dict(
        text=(
            "Capital Markets Day 2025 | Digital & Terminals\n"
            "- AI berth & stowage planning: addressable market EUR 1.15bn (2024) -> EUR 1.90bn (2028E)\n"
            "- Implied CAGR 2024-28E: 15%\n"
            "- Terminals segment revenue 2024: EUR 3.4bn; EBITDA margin 18%\n"
            "- Target: win 20% of the addressable market by 2028\n"
            "- Q2 2025 handled volume: 6.1m TEU"
        ),
        obs=[
            ("Total", 2024, 1.15, "EUR billion", "actual"),
            ("Total", 2028, 1.90, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 15, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # (1.90 / 1.15) ** (1/4) - 1 = 13.374%; bounds
                                               # 1.895/1.155 -> 13.177%, 1.905/1.145 -> 13.572%; never 14.5-15.5
        ],
    ),
    # 27. UK government web page with a correction: £410 million is corrected away (nowhere); £1 billion 2035
    #     ambition converted to the series' unit (GBP million). Nowhere: freight tonnes, port capex.
    dict(
        text=(
            "Department for Transport -- Maritime autonomy and smart ports: market update\n"
            "Updated 9 July 2025. Correction: a previous version of this page gave the 2024 figure as GBP 410 "
            "million. This was incorrect and has been amended.\n"
            "The UK market for smart-port and terminal automation software with an artificial intelligence "
            "component was worth GBP 380 million in 2024, 12% more than the GBP 339 million recorded in 2023. "
            "Ministers have set an ambition for the market to reach GBP 1 billion by 2035. Separately, UK ports "
            "handled 461 million tonnes of freight in 2024, and capital expenditure at major ports was GBP 1.1 "
            "billion, most of it on quays, cranes and dredging rather than software."
        ),
        obs=[
            ("Total", 2023, 339, "GBP million", "actual"),
            ("Total", 2024, 380, "GBP million", "actual"),
            ("Total", 2035, 1000, "GBP million", "estimate"),  # GBP 1 billion converted to the series' unit
        ],
        claims=[
            ("growth", 12, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 380 / 339 - 1 = 12.094% -> 12
        ],
    ),
    # 28. Japanese shipping group's integrated report, in yen; fiscal years count as their number; a yoy rate
    #     the amounts reach only at their rounding bounds; a part with its share. Nowhere: net sales, ordinary profit.
    dict(
        text=(
            "From the Integrated Report 2025 of Nankai Kisen Holdings (fiscal year ended March 31, 2025). Digital "
            "transformation: The domestic market for AI-based ship operation support systems, covering route "
            "optimisation, engine monitoring and collision-avoidance assistance, grew to JPY 48.6 billion in fiscal "
            "2024 from JPY 44.3 billion in fiscal 2023, up 9.9%. Route optimisation accounted for JPY 17.0 billion, "
            "or 35% of the total. We expect the market to reach JPY 80 billion in fiscal 2028. For reference, our "
            "group's net sales for the year were JPY 1,284.7 billion and ordinary profit JPY 212.3 billion."
        ),
        obs=[
            ("Total", 2023, 44.3, "JPY billion", "actual"),
            ("Total", 2024, 48.6, "JPY billion", "actual"),
            ("Route optimisation", 2024, 17.0, "JPY billion", "actual"),
            ("Total", 2028, 80, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 9.9, "percent", 2023, 2024, 1.0),
            ("share", 35, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 48.6 / 44.3 - 1 = 9.707% -> 9.7, not 9.9; bounds 48.55/44.35 -> 9.470%,
                                           # 48.65/44.25 -> 9.944% reaches 9.9
            ("arithmetic", "exact"),       # 17.0 / 48.6 = 34.98% -> 35
        ],
    ),
    # 29. Simplified Chinese government action plan: 力争突破 target (estimate, at its printed figure), a stated
    #     average annual growth. Nowhere: plan title years, TEU throughput, port infrastructure capex.
    dict(
        text=(
            "2025年3月，交通运输部等五部门联合印发《智慧港口建设三年行动方案（2025—2027年）》。方案提出，到2027年，"
            "全国港口人工智能软件及服务市场规模力争突破300亿元。据方案配套测算，2024年该市场规模为126.5亿元，"
            "2024—2027年年均增长约33%。同期，全国港口集装箱吞吐量预计保持在3.3亿标准箱以上，"
            "港口基础设施年均投资约1800亿元。"
        ),
        obs=[
            ("Total", 2024, 126.5, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 33, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (300 / 126.5) ** (1/3) - 1 = 33.355% -> 33
        ],
    ),
    # 30. Simplified Chinese broker research note: yoy rate with both amounts, 较2020年增长2倍 = x2 over 4 years,
    #     a 左右 forecast. Nowhere: report number, CCFI index points, rating.
    dict(
        text=(
            "【研报摘要】东海证券研究所2025年4月发布的《船舶智能航行系统行业深度报告》（报告编号：HY-2025-0412）指出，"
            "2024年我国船舶智能航行系统市场规模为61.7亿元（2023年为48.2亿元），同比增长28.0%，较2020年增长2倍。"
            "报告预计，2026年市场规模将达到98亿元左右。另据统计，2024年中国出口集装箱运价指数（CCFI）均值为1452点。"
            "维持行业“推荐”评级。"
        ),
        obs=[
            ("Total", 2023, 48.2, "CNY 100 million", "actual"),
            ("Total", 2024, 61.7, "CNY 100 million", "actual"),
            ("Total", 2026, 98, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.0, "percent", 2023, 2024, 1.0),
            ("multiple", 2.0, "multiple", 2020, 2024, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 61.7 / 48.2 - 1 = 28.008% -> 28.0
        ],
    ),
    # 31. Traditional Chinese (Taiwan) news item in 新台幣億元: 去年 = 2024; yoy rate reached only at rounding bounds;
    #     突破 target at printed figure. Nowhere: the port company's revenue, Kaohsiung TEU.
    dict(
        text=(
            "【記者林子豪／高雄報導】2025年3月18日　臺灣港務公司今（18）日表示，去年（2024年）國內智慧港口AI解決方案"
            "市場規模達新台幣42.8億元，較前年的37.1億元成長15.2%；預估2027年可望突破新台幣70億元。"
            "港務公司去年營收約新台幣254億元，高雄港全年貨櫃裝卸量約988萬TEU。"
        ),
        obs=[
            ("Total", 2023, 37.1, "TWD 100 million", "actual"),
            ("Total", 2024, 42.8, "TWD 100 million", "actual"),
            ("Total", 2027, 70, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 15.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 42.8 / 37.1 - 1 = 15.364% -> 15.4, not 15.2; bounds 42.75/37.15 ->
                                           # 15.074%, 42.85/37.05 -> 15.655%; 15.15-15.25 lies inside
        ],
    ),
    # 32. Traditional Chinese (Hong Kong) association report in 億港元: stated CAGR with printed span; 約四成 is a
    #     fraction in words (no share claim, its part unnamed by amount). Nowhere: Kwai Tsing TEU and its -4.9%.
    dict(
        text=(
            "（本報訊，2025年6月）香港航運物流協會昨日發表研究報告指出，本港智能碼頭軟件市場2024年約為18.6億港元，"
            "預計2029年增至41億港元，2024至2029年的年複合增長率約為17%。其中，貨櫃堆場規劃人工智能系統約佔四成。"
            "報告又指，葵青貨櫃碼頭去年處理約1,390萬個標準箱，按年下跌4.9%。"
        ),
        obs=[
            ("Total", 2024, 18.6, "HKD 100 million", "actual"),
            ("Total", 2029, 41, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (41 / 18.6) ** (1/5) - 1 = 17.126% -> 17
        ],
    ),
    # 33. Traditional Chinese (Taiwan) trade piece in 億美元: a CAGR with no printed span (inferred) and a part with
    #     its share. Nowhere: Singapore VLSFO price, deadweight tonnage.
    dict(
        text=(
            "〔2024年11月／綜合外電〕挪威一家船級機構最新發布的報告估計，全球船舶主機預測性維護AI市場規模2023年為"
            "9.6億美元，預估2030年將達27.3億美元，年複合成長率（CAGR）為16.1%。報告指出，其中雙燃料引擎方案2023年為"
            "3.1億美元，佔32.3%，是最大的細分市場。另外，新加坡低硫燃油（VLSFO）近期約每公噸610美元，"
            "散裝船隊總載重噸仍持續增加。"
        ),
        obs=[
            ("Total", 2023, 9.6, "USD 100 million", "actual"),
            ("雙燃料引擎方案", 2023, 3.1, "USD 100 million", "actual"),
            ("Total", 2030, 27.3, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 16.1, "percent", 2023, 2030, None, "inferred"),
            ("share", 32.3, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (27.3 / 9.6) ** (1/7) - 1 = 16.103% -> 16.1
            ("arithmetic", "exact"),   # 3.1 / 9.6 = 32.29% -> 32.3
        ],
    ),
    # 34. Simplified Chinese WeChat post with a correction: 32.6 is the figure, 35.6 nowhere; 今年 (2025) 接近40亿元
    #     is an estimate at its printed figure. Nowhere: the author's firm's Q1 revenue, 300多位 readers, the 62% poll.
    dict(
        text=(
            "【航运AI观察｜2025年5月12日】海事监视与船舶追踪分析，到底有多大的盘子？据上海一家海事咨询机构测算，"
            "2024年国内该市场规模为32.6亿元，同比增长21%（2023年为26.9亿元）；预计今年将接近40亿元。"
            "（更正：本文初版将2024年数据误写为35.6亿元，现已更正。）笔者所在公司今年一季度相关业务收入约1.2亿元。"
            "已有300多位读者参与投票，其中62%认为行业将在三年内整合。欢迎留言讨论。"
        ),
        obs=[
            ("Total", 2023, 26.9, "CNY 100 million", "actual"),
            ("Total", 2024, 32.6, "CNY 100 million", "actual"),
            ("Total", 2025, 40, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 32.6 / 26.9 - 1 = 21.190% -> 21
        ],
    ),
    # 35. Simplified Chinese provincial statistics bulletin: two parts with their shares of the total; a yoy rate
    #     without its base amount (no verdict). Nowhere: cargo tonnes, TEU.
    dict(
        text=(
            "山东省交通运输厅近日发布《2024年全省港口智慧化发展统计公报》。公报显示：2024年，全省港口人工智能应用"
            "市场规模达到57.3亿元，同比增长12.6%。其中，自动化码头智能调度系统23.1亿元，占40.3%；"
            "船舶交通智能监管系统14.9亿元，占26.0%。全年全省港口完成货物吞吐量19.7亿吨，"
            "集装箱吞吐量4210万标准箱。"
        ),
        obs=[
            ("Total", 2024, 57.3, "CNY 100 million", "actual"),
            ("自动化码头智能调度系统", 2024, 23.1, "CNY 100 million", "actual"),
            ("船舶交通智能监管系统", 2024, 14.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 12.6, "percent", 2023, 2024, 1.0),  # no 2023 amount printed: no verdict
            ("share", 40.3, "percent", 2024, 2024, None),
            ("share", 26.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 23.1 / 57.3 = 40.314% -> 40.3
            ("arithmetic", "exact"),  # 14.9 / 57.3 = 26.003% -> 26.0
        ],
    ),
    # 36. Busan research house, markdown table, years as columns with an E column and a Total row.
    #     Nowhere: table number, the note's exclusions.
    dict(
        text=(
            "Table 3. Global AI-in-shipping software market by segment, 2023-2025E (USD million)\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---:|---:|---:|\n"
            "| Voyage & weather routing | 1,184.2 | 1,421.5 | 1,690.3 |\n"
            "| Engine & hull predictive maintenance | 642.7 | 771.9 | 924.6 |\n"
            "| Port & terminal automation AI | 915.3 | 1,098.8 | 1,318.2 |\n"
            "| Total | 2,742.2 | 3,292.2 | 3,933.0 |\n"
            "Note: E = estimate. Excludes satellite AIS data fees and onboard hardware. Totals may not add due to "
            "rounding. Source: Haeyang Maritime Research, Busan, March 2025."
        ),
        obs=[
            ("Voyage & weather routing", 2023, 1184.2, "USD million", "actual"),
            ("Voyage & weather routing", 2024, 1421.5, "USD million", "actual"),
            ("Voyage & weather routing", 2025, 1690.3, "USD million", "estimate"),
            ("Engine & hull predictive maintenance", 2023, 642.7, "USD million", "actual"),
            ("Engine & hull predictive maintenance", 2024, 771.9, "USD million", "actual"),
            ("Engine & hull predictive maintenance", 2025, 924.6, "USD million", "estimate"),
            ("Port & terminal automation AI", 2023, 915.3, "USD million", "actual"),
            ("Port & terminal automation AI", 2024, 1098.8, "USD million", "actual"),
            ("Port & terminal automation AI", 2025, 1318.2, "USD million", "estimate"),
            ("Total", 2023, 2742.2, "USD million", "actual"),
            ("Total", 2024, 3292.2, "USD million", "actual"),
            ("Total", 2025, 3933.0, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 1184.2 + 642.7 + 915.3 = 2742.2
            ("hierarchy", "exact"),     # 2024: 1421.5 + 771.9 + 1098.8 = 3292.2
            ("hierarchy", "rounding"),  # 2025E: 1690.3 + 924.6 + 1318.2 = 3933.1 vs 3933.0; rows +-0.05 each and
                                        # total +-0.05 give slack 0.2, so 3933.0 is reachable
        ],
    ),
    # 37. Singapore research house, tab-separated table with E/F columns and a CAGR column; one CAGR is a typo
    #     (21.5 printed where the amounts give 25.1). Nowhere: the note's Q1 2025 remark.
    dict(
        text=(
            "Asia-Pacific AI maritime solutions market (USD million)\n"
            "Segment\t2024\t2025E\t2030F\tCAGR 2024-30F\n"
            "Smart-port & terminal automation\t412.6\t491.3\t1186.0\t19.2%\n"
            "Berth & container planning\t238.4\t279.1\t612.5\t17.0%\n"
            "Autonomous & remote navigation\t96.8\t121.0\t371.2\t21.5%\n"
            "Total\t747.8\t891.4\t2169.7\t19.4%\n"
            "Source: Straits Maritime Intelligence, Singapore, June 2025. E = estimate, F = forecast. "
            "Q1 2025 actuals not included."
        ),
        obs=[
            ("Smart-port & terminal automation", 2024, 412.6, "USD million", "actual"),
            ("Smart-port & terminal automation", 2025, 491.3, "USD million", "estimate"),
            ("Smart-port & terminal automation", 2030, 1186.0, "USD million", "estimate"),
            ("Berth & container planning", 2024, 238.4, "USD million", "actual"),
            ("Berth & container planning", 2025, 279.1, "USD million", "estimate"),
            ("Berth & container planning", 2030, 612.5, "USD million", "estimate"),
            ("Autonomous & remote navigation", 2024, 96.8, "USD million", "actual"),
            ("Autonomous & remote navigation", 2025, 121.0, "USD million", "estimate"),
            ("Autonomous & remote navigation", 2030, 371.2, "USD million", "estimate"),
            ("Total", 2024, 747.8, "USD million", "actual"),
            ("Total", 2025, 891.4, "USD million", "estimate"),
            ("Total", 2030, 2169.7, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 19.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # (1186.0 / 412.6) ** (1/6) - 1 = 19.241% -> 19.2
            ("cagr|implied", "exact"),         # (612.5 / 238.4) ** (1/6) - 1 = 17.031% -> 17.0
            ("cagr|implied", "inconsistent"),  # (371.2 / 96.8) ** (1/6) - 1 = 25.109%; bounds 371.15/96.85 ->
                                               # 25.095%, 371.25/96.75 -> 25.123%; never 21.45-21.55
            ("cagr|implied", "exact"),         # (2169.7 / 747.8) ** (1/6) - 1 = 19.427% -> 19.4
            ("hierarchy", "exact"),            # 2024: 412.6 + 238.4 + 96.8 = 747.8
            ("hierarchy", "exact"),            # 2025E: 491.3 + 279.1 + 121.0 = 891.4
            ("hierarchy", "exact"),            # 2030F: 1186.0 + 612.5 + 371.2 = 2169.7
        ],
    ),
    # 38. Dutch institute, space-aligned vertical table (rows are years) whose lone value column is headed by its
    #     unit only (-> Total), with a YoY column holding a decline and one rate reached only at rounding bounds.
    dict(
        text=(
            "Autonomous and remotely operated vessel systems, Europe -- market value\n"
            "Year     EUR million     YoY\n"
            "2021           212.0       --\n"
            "2022           248.6    17.3%\n"
            "2023           238.1    -4.2%\n"
            "2024           281.4    18.1%\n"
            "2025F          334.0    18.7%\n"
            "Note: 2025F = forecast. Excludes naval unmanned surface vessels. Source: Maritime Autonomy Monitor, "
            "Wageningen, April 2025."
        ),
        obs=[
            ("Total", 2021, 212.0, "EUR million", "actual"),
            ("Total", 2022, 248.6, "EUR million", "actual"),
            ("Total", 2023, 238.1, "EUR million", "actual"),
            ("Total", 2024, 281.4, "EUR million", "actual"),
            ("Total", 2025, 334.0, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 17.3, "percent", 2021, 2022, 1.0),
            ("growth", -4.2, "percent", 2022, 2023, 1.0),
            ("growth", 18.1, "percent", 2023, 2024, 1.0),
            ("growth", 18.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 248.6 / 212.0 - 1 = 17.264% -> 17.3
            ("cagr|implied", "exact"),     # 238.1 / 248.6 - 1 = -4.224% -> -4.2
            ("cagr|implied", "rounding"),  # 281.4 / 238.1 - 1 = 18.186% -> 18.2, not 18.1; bounds 281.35/238.15
                                           # -> 18.140%, 281.45/238.05 -> 18.231%; 18.140 < 18.15 reaches 18.1
            ("cagr|implied", "exact"),     # 334.0 / 281.4 - 1 = 18.692% -> 18.7
        ],
    ),
    # 39. Simplified Chinese markdown table with a 2024 share column and a 合计 row (its 100.0% is no claim);
    #     one share reached only at rounding bounds. Nowhere: table number, the note's Q1 remark.
    dict(
        text=(
            "表2  中国港口人工智能细分市场结构（单位：亿元）\n"
            "| 细分领域 | 2023年 | 2024年 | 2024年占比 |\n"
            "|---|---|---|---|\n"
            "| 集装箱码头智能调度 | 31.2 | 38.5 | 42.1% |\n"
            "| 智能闸口与理货 | 17.6 | 21.3 | 23.3% |\n"
            "| 港口安防与船舶监控 | 14.8 | 19.4 | 21.2% |\n"
            "| 其他 | 9.5 | 12.2 | 13.4% |\n"
            "| 合计 | 73.1 | 91.4 | 100.0% |\n"
            "注：占比按2024年数据计算；2025年一季度数据未计入。资料来源：中港智研，2025年5月。"
        ),
        obs=[
            ("集装箱码头智能调度", 2023, 31.2, "CNY 100 million", "actual"),
            ("集装箱码头智能调度", 2024, 38.5, "CNY 100 million", "actual"),
            ("智能闸口与理货", 2023, 17.6, "CNY 100 million", "actual"),
            ("智能闸口与理货", 2024, 21.3, "CNY 100 million", "actual"),
            ("港口安防与船舶监控", 2023, 14.8, "CNY 100 million", "actual"),
            ("港口安防与船舶监控", 2024, 19.4, "CNY 100 million", "actual"),
            ("其他", 2023, 9.5, "CNY 100 million", "actual"),
            ("其他", 2024, 12.2, "CNY 100 million", "actual"),
            ("合计", 2023, 73.1, "CNY 100 million", "actual"),
            ("合计", 2024, 91.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 42.1, "percent", 2024, 2024, None),
            ("share", 23.3, "percent", 2024, 2024, None),
            ("share", 21.2, "percent", 2024, 2024, None),
            ("share", 13.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),    # 2023: 31.2 + 17.6 + 14.8 + 9.5 = 73.1
            ("hierarchy", "exact"),    # 2024: 38.5 + 21.3 + 19.4 + 12.2 = 91.4
            ("arithmetic", "exact"),   # 38.5 / 91.4 = 42.123% -> 42.1
            ("arithmetic", "exact"),   # 21.3 / 91.4 = 23.304% -> 23.3
            ("arithmetic", "exact"),   # 19.4 / 91.4 = 21.225% -> 21.2
            ("arithmetic", "rounding"),  # 12.2 / 91.4 = 13.348% -> 13.3, not 13.4; bounds 12.15/91.45 -> 13.286%,
                                         # 12.25/91.35 -> 13.410% reaches 13.35
        ],
    ),
    # 40. Oslo shipbroker research, space-aligned table with a quarter column and a TEU memo row; whole-number
    #     figures, the 2025E total off by one from its rows. Nowhere: the Q1-25 column, the TEU memo row.
    dict(
        text=(
            "Maritime AI software revenue pool, global (USD million)\n"
            "                                  2022   2023   2024   2025E   Q1-25\n"
            "Smart-port & terminal AI           318    377    446     528     121\n"
            "Berth & container planning AI      204    236    271     309      72\n"
            "Maritime domain awareness          151    188    233     286      64\n"
            "Total                              673    801    950    1124     257\n"
            "Memo: world container throughput (m TEU)   866    878    912     935     229\n"
            "Source: Nordkapp Shipbrokers Research, Oslo. 2025E = broker estimate; Q1-25 = first quarter 2025, unaudited."
        ),
        obs=[
            ("Smart-port & terminal AI", 2022, 318, "USD million", "actual"),
            ("Smart-port & terminal AI", 2023, 377, "USD million", "actual"),
            ("Smart-port & terminal AI", 2024, 446, "USD million", "actual"),
            ("Smart-port & terminal AI", 2025, 528, "USD million", "estimate"),
            ("Berth & container planning AI", 2022, 204, "USD million", "actual"),
            ("Berth & container planning AI", 2023, 236, "USD million", "actual"),
            ("Berth & container planning AI", 2024, 271, "USD million", "actual"),
            ("Berth & container planning AI", 2025, 309, "USD million", "estimate"),
            ("Maritime domain awareness", 2022, 151, "USD million", "actual"),
            ("Maritime domain awareness", 2023, 188, "USD million", "actual"),
            ("Maritime domain awareness", 2024, 233, "USD million", "actual"),
            ("Maritime domain awareness", 2025, 286, "USD million", "estimate"),
            ("Total", 2022, 673, "USD million", "actual"),
            ("Total", 2023, 801, "USD million", "actual"),
            ("Total", 2024, 950, "USD million", "actual"),
            ("Total", 2025, 1124, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2022: 318 + 204 + 151 = 673
            ("hierarchy", "exact"),     # 2023: 377 + 236 + 188 = 801
            ("hierarchy", "exact"),     # 2024: 446 + 271 + 233 = 950
            ("hierarchy", "rounding"),  # 2025E: 528 + 309 + 286 = 1123 vs 1124; rows +-0.5 each and total +-0.5
                                        # give slack 2.0, so 1124 is reachable
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-sixty-ninth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 12, 'exact': 70}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'up 18% from USD 1.20 billion a year earlier',
    'a compound annual growth rate of 17.1% over 2024-2030',
    'accounted for US$0.87bn of the US$2.90bn global maritime AI market in 2023, a 30% share',
    'a 24.6% CAGR over 2023-27E',
    'London-based Drewcroft Analytics is more cautious',
    'We size the total addressable market',
    'roughly $9 billion by 2028 - call it about 17% a year',
    'the 2022 figure has been revised to US$6.3 billion',
    'more than fivefold its 2023 size by 2035',
    'We forecast EUR 1.3 billion in 2027',
    'between GBP 580 million and GBP 640 million this year',
    'more than triple the GBP 160 million they spent in 2019',
    'worth ¥38 billion in fiscal 2023',
    '同比增长23.4%（2023年为151.1亿元）',
    '力争突破120亿元，较2022年增长3倍',
    '新台幣42.6億元，年增16.7%',
    '明年更有望突破18億港元',
    '2023–2030年CAGR為19.8%',
    '预计2030年将增至150亿美元左右，约为2024年的2.2倍',
    '今年市场规模有望达到12亿元左右',
    '| Total | 3,125 | 3,711 | 4,380 | 7,040 |',
    '2025E             884       20.6',
    '合计\t85.0\t105.1\t129.5\t159.4\t193.6',
    'Share 2024',
    '合計                     2,775     3,295     3,951',
    'a compound annual growth rate of 18.3% over 2024-2030',
    'roughly EUR 2.6 billion this year',
    'somewhere between EUR 6 billion and EUR 7 billion',
    'call it about 2.5x',
    'which implies a CAGR of',
    'hit $5.8bn last year',
    'more than tripling',
    'Westmark has 2024 at $2.6bn',
    'Edit: fixed the 2029 figure',
    'Implied CAGR 2024-28E: 15%',
    'a previous version of this page gave the 2024 figure',
    'in fiscal 2024 from JPY 44.3 billion in fiscal 2023',
    '力争突破300亿元',
    '较2020年增长2倍',
    '去年（2024年）',
    '新台幣42.8億元',
    '18.6億港元',
    '約佔四成',
    '年複合成長率（CAGR）為16.1%',
    '本文初版将2024年数据误写为35.6亿元',
    '占40.3%',
    'CAGR 2024-30F',
    'Year     EUR million     YoY',
    '| 合计 | 73.1 | 91.4 | 100.0% |',
    'Q1-25',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 227
#: figures, 51 rates, 81 verdicts and 2 false inconsistent
#: after the readings chosen on the hundred-and-sixty-eighth and -seventieth sets
#: (it kept unread): 228, 51, 82 and 1
FLOORS = {"figures_found": 229, "rates_found": 52, "verdicts_right": 84}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset169.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
