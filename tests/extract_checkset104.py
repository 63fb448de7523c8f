"""A hundred-and-fourth check set for the extractor, written blind: AI hardware and the supply chain behind it, in
English and Chinese (Simplified and Traditional) -- the AI accelerator and GPU market, AI servers' value (AI伺服器產值),
high-bandwidth memory, advanced packaging, data-centre infrastructure spending and edge-AI chips, from trade
associations, research institutes and chip analysts, with forecasts revised up or down; unit shipments, wafer
capacity, a company's own revenue, capex and guidance, margins, prices per chip and percentage points are
distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. a trade-association press release with a dateline: "top $412 billion by 2030", a stated 2024-2030 CAGR,
    #    GPUs' share of accelerator revenue "last year" (no part amount -> no verdict); member count, survey answer,
    #    report edition and unit shipments are distractors
    dict(
        text=(
            "SAN JOSE, Calif., June 3, 2025 — The Compute Silicon Alliance, which represents 214 chip designers and "
            "suppliers, said on Tuesday that worldwide sales of AI accelerators reached $118.6 billion in 2024 and "
            "are forecast to top $412 billion by 2030, a compound annual growth rate of 23.1% from 2024 to 2030. "
            "Graphics processors accounted for 81% of accelerator revenue last year, the group said, with custom "
            "ASICs making up most of the rest. In a survey of its members, 62% of respondents said packaging "
            "capacity, not wafer supply, was their tightest constraint. The alliance's report, its 14th annual "
            "edition, also counted 11.8 million accelerators shipped in 2024."
        ),
        obs=[
            ("Total", 2024, 118.6, "USD billion", "actual"),
            ("Total", 2030, 412, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.1, "percent", 2024, 2030, None, "stated"),
            ("share", 81, "percent", 2024, 2024, None),  # "last year" = 2024 (dateline 2025)
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (412 / 118.6) ** (1/6) - 1 = 23.065% -> 23.1
        ],
    ),
    # 2. an undated news analysis: DRAM revenue is the market (Total), HBM a part of it with "$17.2 billion of it,
    #    or 18%"; "more than tripled from $4.4 billion" (x3, no verdict); a 2026 forecast; a fourth-quarter figure,
    #    percentage points and exports in won expected nowhere
    dict(
        text=(
            "SEOUL/TAIPEI — High-bandwidth memory has rewritten the economics of the DRAM business. Global DRAM "
            "revenue climbed to $97.3 billion in 2024, and HBM — stacks of DRAM dies bonded beside an AI "
            "processor — supplied $17.2 billion of it, or 18%, according to estimates by Halvard Memory Insights. "
            "HBM sales more than tripled from $4.4 billion in 2023, and Halvard expects them to reach $46 billion in "
            "2026 as 12-high stacks enter volume production. In the fourth quarter alone, HBM brought in $5.6 "
            "billion, lifting its share of DRAM revenue by 11 percentage points from a year earlier. South Korea's "
            "memory exports rose to 71 trillion won over the year, trade ministry data show."
        ),
        obs=[
            ("Total", 2024, 97.3, "USD billion", "actual"),
            ("HBM", 2024, 17.2, "USD billion", "actual"),
            ("HBM", 2023, 4.4, "USD billion", "actual"),
            ("HBM", 2026, 46, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 18, "percent", 2024, 2024, None),
            ("multiple", 3.0, "multiple", 2023, 2024, 1.0),  # "more than tripled" -> x3, no verdict
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 17.2 / 97.3 = 17.68% -> 18
        ],
    ),
    # 3. an earnings-call story: the CEO's TAM sizing is the market (Total), "about $500 billion in 2028, against
    #    roughly $45 billion in 2023 — implying compound growth of some 62% a year" (CAGR inferred from the amounts'
    #    years); quarterly revenue, guidance margin, headcount, node, price target and upside expected nowhere
    dict(
        text=(
            "AUSTIN, Texas, May 8, 2025 — On its fiscal first-quarter call on Thursday, Arvane Micro chief executive "
            "Lena Hoffmeyer said the company now sizes the data-centre AI accelerator TAM at about $500 billion in "
            "2028, against roughly $45 billion in 2023 — implying compound growth of some 62% a year. Arvane "
            "reported quarterly revenue of $7.4 billion, up 36% from a year earlier, and guided to a gross margin of "
            "54% for the current quarter. The company, which employs about 26,000 people, said parts built on a "
            "3-nanometre process would ship in volume next year. Analysts at Pellham Securities kept a $210 price "
            "target on the shares, implying 18% upside."
        ),
        obs=[
            ("Total", 2028, 500, "USD billion", "estimate"),
            ("Total", 2023, 45, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 62, "percent", 2023, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (500 / 45) ** (1/5) - 1 = 61.86% -> 62
        ],
    ),
    # 4. a forecast revised up: "raised its forecast ... this year to $268 billion, from the $221 billion" (new figure
    #    only, "this year" = 2025, estimate), "a 41% rise from $190 billion in 2024"; a rival publisher's $240
    #    billion, unit shipments, "a trillion-dollar opportunity" and "a fifth" expected nowhere
    dict(
        text=(
            "NEW YORK, 17 September 2025 — Brightwater Research has raised its forecast for global AI server "
            "spending this year to $268 billion, from the $221 billion it published in March, citing heavier-than-"
            "expected orders from cloud providers. The new figure would mark a 41% rise from $190 billion in 2024. "
            "Brightwater now expects shipments of accelerator-equipped servers to reach 2.1 million units in 2025. "
            "A rival tally by Korvin Partners puts this year's spending lower, at $240 billion. Several executives "
            "have called the build-out a trillion-dollar opportunity, but Brightwater cautions that power shortages "
            "could delay as much as a fifth of planned capacity."
        ),
        obs=[
            ("Total", 2025, 268, "USD billion", "estimate"),
            ("Total", 2024, 190, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 41, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 268 / 190 - 1 = 41.05% -> 41
        ],
    ),
    # 5. a research-firm report on edge-AI chips whose stated CAGR its own amounts contradict; a segment share;
    #    a survey count, "7 in 10" and AI PCs' share of notebook shipments (no share of this market) expected nowhere
    dict(
        text=(
            "Edge AI is where the next wave of silicon demand will land, argues a new report from Quillon Analytics. "
            "The firm puts sales of edge-AI processors — neural engines in phones, PCs, cars and factory gear — at "
            "$21.4 billion in 2024 and projects $58.9 billion by 2030, which it describes as a compound annual "
            "growth rate of 21.5% over 2024-2030. Automotive chips are the fastest-growing slice, though smartphones "
            "still accounted for 44% of the total in 2024. Quillon surveyed 380 device makers; 7 in 10 said they "
            "plan to run generative models locally by 2027. AI PCs, it adds, should make up 43% of notebook "
            "shipments in 2026."
        ),
        obs=[
            ("Total", 2024, 21.4, "USD billion", "actual"),
            ("Total", 2030, 58.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21.5, "percent", 2024, 2030, None, "stated"),
            ("share", 44, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (58.9 / 21.4) ** (1/6) - 1 = 18.38%; bounds (58.85/21.45 .. 58.95/21.35) -> 18.32% .. 18.44%,
            # never 21.45-21.55 -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 6. advanced packaging: "grew 19.3% to $46.1 billion in 2024, from $38.7 billion a year earlier" (rate reachable
    #    only within rounding); wafer capacity, node, a supplier's own sales and capex expected nowhere
    dict(
        text=(
            "Advanced packaging, long the unglamorous back end of chipmaking, has become a choke point for AI. "
            "Revenue from advanced packaging services worldwide grew 19.3% to $46.1 billion in 2024, from $38.7 "
            "billion a year earlier, estimates Marlowe Semiconductor Research. Chip-on-wafer-on-substrate capacity "
            "at the leading foundry roughly doubled over the year to about 35,000 wafers a month, and Marlowe "
            "expects it to pass 75,000 by the end of 2026. Hybrid bonding for 2-nanometre logic remains a niche. "
            "Fintree Packaging, the largest independent provider, said its own sales rose 22% to $14.8 billion and "
            "that it will spend $5.5 billion on capex in 2025."
        ),
        obs=[
            ("Total", 2024, 46.1, "USD billion", "actual"),
            ("Total", 2023, 38.7, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 19.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 46.1 / 38.7 - 1 = 19.12% -> 19.1, not 19.3; bounds 46.05/38.75 - 1 = 18.84% .. 46.15/38.65 - 1 =
            # 19.40% reach 19.3 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 7. a briefing on data-centre infrastructure: the series opens in billions, "$1.1 trillion in 2029" is expected
    #    converted (1100 USD billion); "a 2024-29 CAGR of 19%"; a separate market (liquid cooling) as its own item;
    #    "nearly half", percentage points and a fourth-quarter figure expected nowhere
    dict(
        text=(
            "Briefing | Data-centre infrastructure. Global spending on data-centre infrastructure — servers, "
            "storage, networking, power and cooling — reached $455 billion in 2024, 51% more than the $301 billion "
            "spent in 2023, according to Tessaro Group. Tessaro projects the total to reach $1.1 trillion in 2029, "
            "a 2024-29 CAGR of 19%. The four largest cloud operators accounted for nearly half of the 2024 outlay, "
            "and their share rose 6 percentage points on the year. Liquid cooling, which Tessaro tracks as a "
            "separate market, was worth $4.8 billion in 2024. Fourth-quarter spending alone came to $132 billion."
        ),
        obs=[
            ("Total", 2024, 455, "USD billion", "actual"),
            ("Total", 2023, 301, "USD billion", "actual"),
            ("Total", 2029, 1100, "USD billion", "estimate"),  # "$1.1 trillion" in the series' unit
            ("Liquid cooling", 2024, 4.8, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 51, "percent", 2023, 2024, 1.0),
            ("cagr", 19, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 455 / 301 - 1 = 51.16% -> 51
            ("cagr|implied", "exact"),  # (1100 / 455) ** (1/5) - 1 = 19.31% -> 19
        ],
    ),
    # 8. a sell-side note whose year-on-year rate its own amounts contradict ("jumped 142% to $102 billion ... from
    #    $46 billion"), a modelled 2025 figure; units, price per chip, rating, price target, a company segment's
    #    revenue and a gross margin expected nowhere
    dict(
        text=(
            "Our channel checks point to another year of extraordinary demand for data-centre GPUs. By our count, "
            "the data-centre GPU market jumped 142% to $102 billion in 2024 from $46 billion in 2023, and we model "
            "$151 billion for 2025. Unit volumes were about 4.2 million, at an average selling price north of "
            "$24,000 per chip. We reiterate our Outperform rating and $185 price target on Corvane Systems, whose "
            "data-centre segment booked $31.6 billion in its latest fiscal year. Gross margin for the segment should "
            "hold near 75%."
        ),
        obs=[
            ("Total", 2024, 102, "USD billion", "actual"),
            ("Total", 2023, 46, "USD billion", "actual"),
            ("Total", 2025, 151, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 142, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 102 / 46 - 1 = 121.7%; bounds 101.5/46.5 - 1 = 118.3% .. 102.5/45.5 - 1 = 125.3% -> never 142
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 9. an investor day: the TAM a company sizes is the market, "$28 billion this year" (estimate, dateline 2025)
    #    and "$62 billion in 2028", a stated 2025-2028 CAGR right only within rounding; "a multibillion-dollar
    #    opportunity", a market-share target, own revenue guidance, headcount and "should triple" for module
    #    shipments expected nowhere
    dict(
        text=(
            "At its investor day in London on 12 November 2025, Delmont Networks told shareholders that the total "
            "addressable market for AI networking silicon — switch chips, NICs and optical DSPs for accelerator "
            "clusters — will be $28 billion this year and $62 billion in 2028, a compound annual growth rate of 31% "
            "from 2025 to 2028. Management called scale-out Ethernet 'a multibillion-dollar opportunity on its own' "
            "and reiterated a target of 20% market share by 2028. Delmont expects its own revenue of $3.9 billion in "
            "fiscal 2025, and it now employs 5,400 engineers. Shipments of 1.6-terabit optical modules, it said, "
            "should triple next year."
        ),
        obs=[
            ("Total", 2025, 28, "USD billion", "estimate"),
            ("Total", 2028, 62, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 31, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            # (62 / 28) ** (1/3) - 1 = 30.34% -> 30, not 31; bounds (61.5/28.5) ** (1/3) - 1 = 29.22% ..
            # (62.5/27.5) ** (1/3) - 1 = 31.48% reach 30.5-31.5 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 10. Traditional Chinese, Taiwan research institute: AI伺服器產值 opens in 億元 (7,850億元), "今年將突破新台幣1.2兆元"
    #     expected as 12000 TWD 100 million (estimate), 年增53.5% reachable only within rounding of "1.2兆";
    #     "約八成" share in words, percentage points, unit shipments and margins expected nowhere
    dict(
        text=(
            "【台北訊】2025年3月12日 — 資策產業研究所今(12)日發布報告指出，受惠雲端服務商擴大資本支出，2024年台灣"
            "AI伺服器產值達新台幣7,850億元；該所預估今年產值將突破新台幣1.2兆元，年增53.5%。其中GPU伺服器占比約八成，"
            "ASIC伺服器比重則較去年提高6個百分點。出貨量方面，該所估計今年台灣廠商AI伺服器出貨量約達210萬台。資深分析師"
            "表示，組裝代工廠平均毛利率仍僅約7%至8%。"
        ),
        obs=[
            ("Total", 2024, 7850, "TWD 100 million", "actual"),
            ("Total", 2025, 12000, "TWD 100 million", "estimate"),  # 1.2兆 in the series' unit (億元)
        ],
        claims=[
            ("growth", 53.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 12000 / 7850 - 1 = 52.87% -> 52.9, not 53.5; bounds 11500/7850.5 - 1 = 46.49% .. 12500/7849.5 - 1 =
            # 59.25% reach 53.5 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 11. Traditional Chinese, Hong Kong: data-centre infrastructure investment in 億港元, 按年 growth and a stated
    #     2024至2027年 CAGR, both exact; racks, "1,100兆瓦" (megawatts, not money), a listed operator's revenue and
    #     growth, and a survey's "六成" expected nowhere
    dict(
        text=(
            "【本報訊】2025年4月15日 — 本地顧問機構嘉諾研究昨日發表報告，估計2024年香港數據中心基礎設施投資額約為486億港元，"
            "較2023年的402億港元增長20.9%。報告預計，隨著人工智能算力需求上升，投資額將於2027年增至830億港元，2024至2027年"
            "複合年增長率達19.5%。目前全港約有5.2萬個機櫃，總電力容量約為1,100兆瓦。上市營運商萬駿數據上半年收入為12.6億港元，"
            "按年增長14%。在嘉諾受訪的企業客戶中，有六成表示未來兩年會增加GPU租用。"
        ),
        obs=[
            ("Total", 2024, 486, "HKD 100 million", "actual"),
            ("Total", 2023, 402, "HKD 100 million", "actual"),
            ("Total", 2027, 830, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20.9, "percent", 2023, 2024, 1.0),
            ("cagr", 19.5, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 486 / 402 - 1 = 20.90% -> 20.9
            ("cagr|implied", "exact"),  # (830 / 486) ** (1/3) - 1 = 19.53% -> 19.5
        ],
    ),
    # 12. Simplified Chinese white paper: 中国AI芯片市场规模约为1,425亿元, GPU part "约984亿元，占比69.1%" (arithmetic),
    #     同比增长 to 2025 and a stated 2024—2029年 CAGR to "突破5,000亿元"; the title year, 渗透率, nanometres and a
    #     first-quarter shipment count expected nowhere
    dict(
        text=(
            "北京时间2025年5月20日，算境研究院发布《2025中国AI芯片产业发展白皮书》。白皮书显示，2024年中国AI芯片市场规模"
            "约为1,425亿元，其中GPU规模约984亿元，占比69.1%。预计2025年市场规模将达到1,930亿元，同比增长35.4%；到2029年"
            "有望突破5,000亿元，2024—2029年复合增长率为28.5%。白皮书同时指出，国产AI芯片在新建智算中心中的渗透率已提升至"
            "约35%，7纳米及以下先进制程产能仍是主要瓶颈。今年一季度，国内AI芯片出货量约为45万片。"
        ),
        obs=[
            ("Total", 2024, 1425, "CNY 100 million", "actual"),
            ("GPU", 2024, 984, "CNY 100 million", "actual"),
            ("Total", 2025, 1930, "CNY 100 million", "estimate"),
            ("Total", 2029, 5000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 69.1, "percent", 2024, 2024, None),
            ("growth", 35.4, "percent", 2024, 2025, 1.0),
            ("cagr", 28.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 984 / 1425 = 69.05% -> 69.1
            ("cagr|implied", "exact"),  # 1930 / 1425 - 1 = 35.44% -> 35.4
            ("cagr|implied", "exact"),  # (5000 / 1425) ** (1/5) - 1 = 28.54% -> 28.5
        ],
    ),
    # 13. Simplified Chinese: "由2021年的158亿元增长3倍至2024年的632亿元" (x4 over 3 years, no verdict); a forecast
    #     "由此前的860亿元上调至1,010亿元" (new figure only) with 同比增长59.8%; "接近1.2万亿元" in 2030 expected as
    #     12000 CNY 100 million; units, percentage points, a vendor's revenue and margin and "万亿级" expected nowhere
    dict(
        text=(
            "2025年8月6日，锐观咨询发布最新统计称，中国AI服务器市场规模由2021年的158亿元增长3倍至2024年的632亿元。锐观将"
            "2025年的预测由此前的860亿元上调至1,010亿元，同比增长59.8%，并预计到2030年市场规模将接近1.2万亿元。2024年AI"
            "服务器出货量约为42万台，占服务器总出货量的比重较上年提升5个百分点。某头部服务器厂商上半年营收为713亿元，毛利率"
            "为6.8%。业内普遍认为，智算基础设施是一个万亿级市场。"
        ),
        obs=[
            ("Total", 2021, 158, "CNY 100 million", "actual"),
            ("Total", 2024, 632, "CNY 100 million", "actual"),
            ("Total", 2025, 1010, "CNY 100 million", "estimate"),
            ("Total", 2030, 12000, "CNY 100 million", "estimate"),  # 1.2万亿元 in the series' unit
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2021, 2024, 3.0),  # 增长3倍 between two printed amounts -> x4
            ("growth", 59.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1010 / 632 - 1 = 59.81% -> 59.8
        ],
    ),
    # 14. Traditional Chinese: 台灣先進封裝產值 with a 年增 rate its own amounts contradict; a second research firm's
    #     figure for the same year, CoWoS monthly wafer capacity, a node, a packager's quarterly revenue and margin
    #     expected nowhere
    dict(
        text=(
            "2025年10月21日 — 晶策產業研究中心今日指出，在AI晶片帶動下，2024年台灣先進封裝產值為新台幣3,260億元，預估2025年"
            "可達4,150億元，年增31.2%。另一家研調機構韋德顧問則估計，台灣今年先進封裝產值約為3,900億元。產能方面，CoWoS月"
            "產能預計於年底擴增至每月8萬片，較去年底倍增；2奈米製程預計明年量產。封測大廠晶宏精密第三季營收為新台幣1,184億元，"
            "季增9%，毛利率24.6%。"
        ),
        obs=[
            ("Total", 2024, 3260, "TWD 100 million", "actual"),
            ("Total", 2025, 4150, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 4150 / 3260 - 1 = 27.30%; bounds 4149.5/3260.5 - 1 = 27.27% .. 4150.5/3259.5 - 1 = 27.34% -> never 31.2
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 15. English pipe table by product segment with E columns and a Total row: the 2026E total exceeds its rows
    #     by 0.1 (hierarchy rounding); a table number and title years expected nowhere; GPUs' share of the 2024
    #     total in a note (arithmetic)
    dict(
        text=(
            "Table 3: Worldwide AI accelerator revenue by product type, 2023-2026E (USD billion)\n"
            "\n"
            "| Segment     | 2023 | 2024  | 2025E | 2026E |\n"
            "|-------------|------|-------|-------|-------|\n"
            "| GPU         | 61.4 | 96.1  | 138.5 | 171.2 |\n"
            "| Custom ASIC | 9.8  | 16.7  | 28.9  | 44.6  |\n"
            "| FPGA        | 2.1  | 2.4   | 2.8   | 3.1   |\n"
            "| Other       | 1.3  | 2.2   | 3.6   | 5.4   |\n"
            "| Total       | 74.6 | 117.4 | 173.8 | 224.4 |\n"
            "\n"
            "Source: Varkstone Analytics, March 2025. GPUs held 81.9% of the 2024 total."
        ),
        obs=[
            ("GPU", 2023, 61.4, "USD billion", "actual"),
            ("GPU", 2024, 96.1, "USD billion", "actual"),
            ("GPU", 2025, 138.5, "USD billion", "estimate"),
            ("GPU", 2026, 171.2, "USD billion", "estimate"),
            ("Custom ASIC", 2023, 9.8, "USD billion", "actual"),
            ("Custom ASIC", 2024, 16.7, "USD billion", "actual"),
            ("Custom ASIC", 2025, 28.9, "USD billion", "estimate"),
            ("Custom ASIC", 2026, 44.6, "USD billion", "estimate"),
            ("FPGA", 2023, 2.1, "USD billion", "actual"),
            ("FPGA", 2024, 2.4, "USD billion", "actual"),
            ("FPGA", 2025, 2.8, "USD billion", "estimate"),
            ("FPGA", 2026, 3.1, "USD billion", "estimate"),
            ("Other", 2023, 1.3, "USD billion", "actual"),
            ("Other", 2024, 2.2, "USD billion", "actual"),
            ("Other", 2025, 3.6, "USD billion", "estimate"),
            ("Other", 2026, 5.4, "USD billion", "estimate"),
            ("Total", 2023, 74.6, "USD billion", "actual"),
            ("Total", 2024, 117.4, "USD billion", "actual"),
            ("Total", 2025, 173.8, "USD billion", "estimate"),
            ("Total", 2026, 224.4, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 81.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 61.4 + 9.8 + 2.1 + 1.3 = 74.6
            ("hierarchy", "exact"),     # 2024: 96.1 + 16.7 + 2.4 + 2.2 = 117.4
            ("hierarchy", "exact"),     # 2025E: 138.5 + 28.9 + 2.8 + 3.6 = 173.8
            # 2026E: 171.2 + 44.6 + 3.1 + 5.4 = 224.3 vs 224.4; rows at +0.05 each give up to 224.5 -> rounding
            ("hierarchy", "rounding"),
            ("arithmetic", "exact"),    # 96.1 / 117.4 = 81.86% -> 81.9
        ],
    ),
    # 16. English tab-separated tables: unit shipments (thousand units) beside market value by region (USD billion);
    #     only the value table's rows are observations; a 2025F column; a stated growth of the total
    dict(
        text=(
            "AI server shipments and market value by region, 2024 and 2025F (Norrland Research)\n"
            "\n"
            "A. Shipments (thousand units)\n"
            "Region\t2024\t2025F\n"
            "North America\t1,020\t1,310\n"
            "China\t410\t480\n"
            "Europe\t140\t190\n"
            "Rest of world\t160\t230\n"
            "Total\t1,730\t2,210\n"
            "\n"
            "B. Market value (USD billion)\n"
            "Region\t2024\t2025F\n"
            "North America\t118.0\t171.5\n"
            "China\t38.2\t49.6\n"
            "Europe\t14.9\t22.3\n"
            "Rest of world\t18.6\t27.0\n"
            "Total\t189.7\t270.4\n"
            "\n"
            "Total market value is forecast to grow 42.5% in 2025, well ahead of unit shipments."
        ),
        obs=[
            ("North America", 2024, 118.0, "USD billion", "actual"),
            ("North America", 2025, 171.5, "USD billion", "estimate"),
            ("China", 2024, 38.2, "USD billion", "actual"),
            ("China", 2025, 49.6, "USD billion", "estimate"),
            ("Europe", 2024, 14.9, "USD billion", "actual"),
            ("Europe", 2025, 22.3, "USD billion", "estimate"),
            ("Rest of world", 2024, 18.6, "USD billion", "actual"),
            ("Rest of world", 2025, 27.0, "USD billion", "estimate"),
            ("Total", 2024, 189.7, "USD billion", "actual"),
            ("Total", 2025, 270.4, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 42.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2024: 118.0 + 38.2 + 14.9 + 18.6 = 189.7
            ("hierarchy", "exact"),     # 2025F: 171.5 + 49.6 + 22.3 + 27.0 = 270.4
            ("cagr|implied", "exact"),  # 270.4 / 189.7 - 1 = 42.54% -> 42.5
        ],
    ),
    # 17. Simplified Chinese pipe table by type (亿元) with a 合计 row, an E column and a 2024年同比 column: one row's
    #     rate right only within rounding; a table number and a count of firms sampled expected nowhere
    dict(
        text=(
            "表2 2023—2025年中国AI服务器市场规模（按类型划分，单位：亿元）\n"
            "\n"
            "| 类型       | 2023年 | 2024年 | 2025年E | 2024年同比 |\n"
            "|------------|--------|--------|---------|------------|\n"
            "| 训练服务器 | 312    | 418    | 540     | 34.0%      |\n"
            "| 推理服务器 | 145    | 214    | 330     | 47.4%      |\n"
            "| 合计       | 457    | 632    | 870     | 38.3%      |\n"
            "\n"
            "注：2025年为预测值。数据来源：衡石咨询，样本覆盖38家服务器厂商。"
        ),
        obs=[
            ("训练服务器", 2023, 312, "CNY 100 million", "actual"),
            ("训练服务器", 2024, 418, "CNY 100 million", "actual"),
            ("训练服务器", 2025, 540, "CNY 100 million", "estimate"),
            ("推理服务器", 2023, 145, "CNY 100 million", "actual"),
            ("推理服务器", 2024, 214, "CNY 100 million", "actual"),
            ("推理服务器", 2025, 330, "CNY 100 million", "estimate"),
            ("合计", 2023, 457, "CNY 100 million", "actual"),
            ("合计", 2024, 632, "CNY 100 million", "actual"),
            ("合计", 2025, 870, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 34.0, "percent", 2023, 2024, 1.0),  # 训练服务器
            ("growth", 47.4, "percent", 2023, 2024, 1.0),  # 推理服务器
            ("growth", 38.3, "percent", 2023, 2024, 1.0),  # 合计
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 312 + 145 = 457
            ("hierarchy", "exact"),     # 2024: 418 + 214 = 632
            ("hierarchy", "exact"),     # 2025E: 540 + 330 = 870
            ("cagr|implied", "exact"),  # 418 / 312 - 1 = 33.97% -> 34.0
            # 214 / 145 - 1 = 47.59% -> 47.6, not 47.4; bounds 213.5/145.5 - 1 = 46.74% .. 214.5/144.5 - 1 =
            # 48.44% reach 47.4 -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 632 / 457 - 1 = 38.29% -> 38.3
        ],
    ),
    # 18. English space-aligned vertical table (rows are fiscal years) with a lone column headed by its unit only
    #     (¥ billion -> Total, JPY billion); FY...e rows are estimates; a stated fiscal 2024-2028 CAGR; unit
    #     shipments expected nowhere
    dict(
        text=(
            "Japan: domestic AI server market (Kitahara Research Institute)\n"
            "\n"
            "Fiscal year    ¥ billion\n"
            "FY2022               312\n"
            "FY2023               468\n"
            "FY2024               735\n"
            "FY2025e            1,020\n"
            "FY2028e            1,925\n"
            "\n"
            "Kitahara expects the market to expand at a CAGR of 27.2% between fiscal 2024 and fiscal 2028. Unit "
            "shipments in FY2024 totalled about 38,000 servers."
        ),
        obs=[
            ("Total", 2022, 312, "JPY billion", "actual"),
            ("Total", 2023, 468, "JPY billion", "actual"),
            ("Total", 2024, 735, "JPY billion", "actual"),
            ("Total", 2025, 1020, "JPY billion", "estimate"),
            ("Total", 2028, 1925, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 27.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1925 / 735) ** (1/4) - 1 = 27.21% -> 27.2
        ],
    ),
    # 19. Traditional Chinese pipe table by sub-industry (新台幣億元) with 合計 row, a (F) column and a 年增率 column,
    #     all exact; a share of 晶圓代工 in the 2025 total in prose (arithmetic); wafer capacity expected nowhere
    dict(
        text=(
            "台灣AI供應鏈產值（單位：新台幣億元；(F)為預測值）\n"
            "\n"
            "| 次產業   | 2024年 | 2025年(F) | 年增率 |\n"
            "|----------|--------|-----------|--------|\n"
            "| IC設計   | 2,840  | 3,610     | 27.1%  |\n"
            "| 晶圓代工 | 9,720  | 12,350    | 27.1%  |\n"
            "| 封裝測試 | 1,480  | 1,905     | 28.7%  |\n"
            "| 合計     | 14,040 | 17,865    | 27.2%  |\n"
            "\n"
            "晶策研究指出，受AI需求推升，晶圓代工占AI供應鏈產值的比重2025年將達69.1%。全台晶圓月產能約340萬片（約當8吋）。"
        ),
        obs=[
            ("IC設計", 2024, 2840, "TWD 100 million", "actual"),
            ("IC設計", 2025, 3610, "TWD 100 million", "estimate"),
            ("晶圓代工", 2024, 9720, "TWD 100 million", "actual"),
            ("晶圓代工", 2025, 12350, "TWD 100 million", "estimate"),
            ("封裝測試", 2024, 1480, "TWD 100 million", "actual"),
            ("封裝測試", 2025, 1905, "TWD 100 million", "estimate"),
            ("合計", 2024, 14040, "TWD 100 million", "actual"),
            ("合計", 2025, 17865, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.1, "percent", 2024, 2025, 1.0),  # IC設計
            ("growth", 27.1, "percent", 2024, 2025, 1.0),  # 晶圓代工
            ("growth", 28.7, "percent", 2024, 2025, 1.0),  # 封裝測試
            ("growth", 27.2, "percent", 2024, 2025, 1.0),  # 合計
            ("share", 69.1, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2024: 2840 + 9720 + 1480 = 14040
            ("hierarchy", "exact"),     # 2025(F): 3610 + 12350 + 1905 = 17865
            ("cagr|implied", "exact"),  # 3610 / 2840 - 1 = 27.11% -> 27.1
            ("cagr|implied", "exact"),  # 12350 / 9720 - 1 = 27.06% -> 27.1
            ("cagr|implied", "exact"),  # 1905 / 1480 - 1 = 28.72% -> 28.7
            ("cagr|implied", "exact"),  # 17865 / 14040 - 1 = 27.24% -> 27.2
            ("arithmetic", "exact"),    # 12350 / 17865 = 69.13% -> 69.1
        ],
    ),
    # 20. Simplified Chinese space-aligned table by region (亿元) with a 占比 column and a 合计 row: each share is
    #     part / whole (arithmetic), the 100.0% total no claim; compute capacity in EFLOPS expected nowhere
    dict(
        text=(
            "2024年中国智算中心投资规模分区域情况\n"
            "\n"
            "区域      投资额（亿元）    占比\n"
            "华东          1,486        35.2%\n"
            "华北            962        22.8%\n"
            "华南            817        19.4%\n"
            "西部            634        15.0%\n"
            "其他            321         7.6%\n"
            "合计          4,220       100.0%\n"
            "\n"
            "数据来源：启衡智库。统计口径含在建项目；截至2024年底，全国智算规模约为725 EFLOPS。"
        ),
        obs=[
            ("华东", 2024, 1486, "CNY 100 million", "actual"),
            ("华北", 2024, 962, "CNY 100 million", "actual"),
            ("华南", 2024, 817, "CNY 100 million", "actual"),
            ("西部", 2024, 634, "CNY 100 million", "actual"),
            ("其他", 2024, 321, "CNY 100 million", "actual"),
            ("合计", 2024, 4220, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 35.2, "percent", 2024, 2024, None),  # 华东
            ("share", 22.8, "percent", 2024, 2024, None),  # 华北
            ("share", 19.4, "percent", 2024, 2024, None),  # 华南
            ("share", 15.0, "percent", 2024, 2024, None),  # 西部
            ("share", 7.6, "percent", 2024, 2024, None),   # 其他
        ],
        verdicts=[
            ("hierarchy", "exact"),   # 1486 + 962 + 817 + 634 + 321 = 4220
            ("arithmetic", "exact"),  # 1486 / 4220 = 35.21% -> 35.2
            ("arithmetic", "exact"),  # 962 / 4220 = 22.80% -> 22.8
            ("arithmetic", "exact"),  # 817 / 4220 = 19.36% -> 19.4
            ("arithmetic", "exact"),  # 634 / 4220 = 15.02% -> 15.0
            ("arithmetic", "exact"),  # 321 / 4220 = 7.61% -> 7.6
        ],
    ),
    # 21. English news feature with dateline: "last year" figure, "up 64% from $72 billion in 2023", a stated
    #    2024-2030 CAGR to a "top $400 billion" target; GPU share with no part amount (no verdict);
    #    distractors: unit shipments, price per chip, nanometre nodes
    dict(
        text=(
            "HSINCHU, 12 February 2025 — Demand for the chips that train and run AI models shows no sign of "
            "cooling. The global AI accelerator market reached $118 billion last year, up 64% from $72 billion in "
            "2023, according to Lanverne Semiconductor Advisory, a consultancy based in the city's science park. "
            "GPUs took 81% of that total, with custom ASICs making up most of the rest. Lanverne expects the "
            "market to top $400 billion by 2030, a compound annual growth rate of 22.6% from 2024 to 2030. Around "
            "7.4 million accelerators shipped last year at an average price Lanverne puts near $16,000 per chip, "
            "almost all of them made on 4- and 5-nanometre processes."
        ),
        obs=[
            ("Total", 2024, 118, "USD billion", "actual"),
            ("Total", 2023, 72, "USD billion", "actual"),
            ("Total", 2030, 400, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 64, "percent", 2023, 2024, 1.0),
            ("share", 81, "percent", 2024, 2024, None),  # GPU amount not printed -> no verdict
            ("cagr", 22.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 118 / 72 - 1 = 63.89% -> 64
            ("cagr|implied", "exact"),  # (400 / 118) ** (1/6) - 1 = 3.38983 ** 0.16667 - 1 = 22.56% -> 22.6
        ],
    ),
    # 22. English earnings-call coverage: the CEO sizes a TAM ($500bn in 2028 vs roughly $45bn in 2023) with
    #    "about 62%" CAGR whose span only the amounts' years give (inferred); distractors: the company's own
    #    quarterly revenue and its growth, guidance, gross margin, percentage points, headcount, node, price target
    dict(
        text=(
            "SANTA CLARA, Calif., 29 January 2025 — Vantrel Micro reported fourth-quarter revenue of $7.7 billion, "
            "up 38% from a year earlier, and guided to $8.1 billion for the current quarter, with gross margin of "
            "53.4%, 1.2 percentage points higher than a year ago. On the earnings call, chief executive Dana Okafor "
            "lifted her view of the opportunity: she now sizes the total addressable market for data-centre AI "
            "accelerators at $500 billion in 2028, against roughly $45 billion in 2023, a compound annual growth "
            "rate of about 62%. The company, which employs some 26,000 people, plans to ship its next accelerator "
            "on a 3-nanometre process in the second half. Analysts at Harwick Securities kept their $210 price "
            "target, implying 18% upside."
        ),
        obs=[
            ("Total", 2028, 500, "USD billion", "estimate"),
            ("Total", 2023, 45, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 62, "percent", 2023, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (500 / 45) ** (1/5) - 1 = 11.1111 ** 0.2 - 1 = 61.86% -> 62
        ],
    ),
    # 23. English analyst note: forecast "raised ... to $34 billion from $29 billion" (new figure only), "this year"
    #    = 2025 estimate, HBM as a part of DRAM (Total), share with part and whole printed, a prior-year share
    #    with no amounts; distractors: percentage points, share of wafer capacity, wafers a month, a quarter
    dict(
        text=(
            "SEOUL, 8 April 2025 — Memory analysts at Brightwater Insights have raised their forecast for HBM "
            "revenue this year to $34 billion from $29 billion, citing taller 12-high stacks and firmer contract "
            "prices. That would be up 89% from $18 billion in 2024. Brightwater expects total DRAM revenue of $110 "
            "billion in 2025, putting HBM's share at 31%, against 19% last year — a jump of 12 percentage points. "
            "By the fourth quarter, HBM lines will absorb about 21% of the industry's DRAM wafer capacity, or "
            "roughly 380,000 wafers a month."
        ),
        obs=[
            ("HBM", 2025, 34, "USD billion", "estimate"),
            ("HBM", 2024, 18, "USD billion", "actual"),
            ("Total", 2025, 110, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 89, "percent", 2024, 2025, 1.0),
            ("share", 31, "percent", 2025, 2025, None),
            ("share", 19, "percent", 2024, 2024, None),  # 2024 DRAM total not printed -> no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 34 / 18 - 1 = 88.89% -> 89
            ("arithmetic", "exact"),    # 34 / 110 = 30.91% -> 31
        ],
    ),
    # 24. English market report: "climbed 34% last year to $290 billion" (base not printed), a part (AI servers)
    #    with share, "a further 28% to $370 billion this year"; a rival publisher's figure for the same year,
    #    a quarter's figure and "a trillion-dollar opportunity" expected nowhere
    dict(
        text=(
            "LONDON, 3 March 2025 — Worldwide spending on data-centre infrastructure climbed 34% last year to $290 "
            "billion, the steepest rise Fenwick Hale Research has recorded. AI servers accounted for $126 billion, "
            "or 43% of the total. Fenwick Hale expects spending to grow a further 28% to $370 billion this year as "
            "cloud providers lift capital budgets, though a rival tally from Ostrander Partners put last year's "
            "figure lower, at $271 billion. Fourth-quarter spending alone reached $84 billion. Several cloud "
            "executives have taken to calling the build-out a trillion-dollar opportunity."
        ),
        obs=[
            ("Total", 2024, 290, "USD billion", "actual"),
            ("AI servers", 2024, 126, "USD billion", "actual"),
            ("Total", 2025, 370, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 34, "percent", 2023, 2024, 1.0),  # 2023 amount not printed -> no verdict
            ("share", 43, "percent", 2024, 2024, None),
            ("growth", 28, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 126 / 290 = 43.45% -> 43
            ("cagr|implied", "exact"),  # 370 / 290 - 1 = 27.59% -> 28
        ],
    ),
    # 25. English research-boutique note: edge-AI chips, a stated 2024-2029 CAGR of 24.3% its own amounts
    #    contradict, a 2026 range ($29bn-$33bn -> two value claims); distractors: units shipped, node,
    #    survey count and survey answer
    dict(
        text=(
            "BOSTON, 21 May 2025 — The neural engines inside phones, laptops, cars and factory cameras make up a "
            "smaller but steadier business than the data-centre boom. Cordell & Finch, a chip-research boutique, "
            "puts the edge-AI chip market at $21.4 billion in 2024 and forecasts $58.0 billion by 2029, which it "
            "describes as a compound annual growth rate of 24.3% from 2024 to 2029. For 2026 it gives a range of "
            "$29 billion to $33 billion, depending on how fast AI PCs catch on. Some 1.6 billion edge-AI-capable "
            "chips shipped in 2024, most of them on 6-nanometre or older processes. In the firm's survey of 240 "
            "device makers, 62% said they planned to add on-device AI to at least one product line next year."
        ),
        obs=[
            ("Total", 2024, 21.4, "USD billion", "actual"),
            ("Total", 2029, 58.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.3, "percent", 2024, 2029, None, "stated"),
            ("value", 29, "USD billion", 2026, 2026, None),
            ("value", 33, "USD billion", 2026, 2026, None),
        ],
        verdicts=[
            # (58.0 / 21.4) ** 0.2 - 1 = 2.71028 ** 0.2 - 1 = 22.07%; bounds (57.95/21.45)**0.2-1 = 21.99%,
            # (58.05/21.35)**0.2-1 = 22.15% -> 24.3 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 26. Traditional Chinese (Taiwan) institute release: AI伺服器產值 去年 新台幣7,050億元, 今年 "突破新台幣1兆元"
    #    (兆 converted to the series' 億元 unit: 10000), 年增42%; distractors: 出貨量 210萬台 and "約六成",
    #    a company's own revenue (1.8兆元), 毛利率, 百分點
    dict(
        text=(
            "【本報訊】2025年3月18日——民間研究機構鼎崴產業研究所今日發布報告指出，受惠美系雲端業者大舉擴建資料中心，"
            "台灣AI伺服器產值去年達新台幣7,050億元，今年預估將突破新台幣1兆元，年增42%。報告估計，今年台灣代工廠的"
            "AI伺服器出貨量約可達210萬台，較去年增加約六成。龍頭代工廠冠淳電通去年營收新台幣1.8兆元，毛利率6.3%，"
            "較前年提升0.4個百分點。鼎崴研究員林佩蓉表示，新一代整櫃式機種的良率仍是今年產值能否順利達標的最大變數。"
        ),
        obs=[
            ("Total", 2024, 7050, "TWD 100 million", "actual"),
            ("Total", 2025, 10000, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 42, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 10000 / 7050 - 1 = 41.84% -> 42
        ],
    ),
    # 27. Traditional Chinese association white paper: CPO 產值 2024年約新台幣48億元 -> 2028年130億元, stated
    #    2024至2028年複合成長率28.5% exact only within rounding; distractors: white-paper title year, firm count,
    #    headcount, wafer capacity 每月1.2萬片, "千億級"
    dict(
        text=(
            "新竹，2025年6月10日——台灣光電半導體協進會今日發表《2025矽光子產業白皮書》指出，AI資料中心對高速傳輸的"
            "需求帶動共同封裝光學（CPO）快速起飛，台灣CPO相關元件產值2024年約新台幣48億元，2028年可望達到130億元，"
            "2024至2028年複合成長率28.5%。協會統計，國內投入矽光子研發的廠商已有62家，研發人員逾3,400人；晶圓代工端"
            "的矽光子專用產能預計明年增至每月1.2萬片。協會理事長吳志賢形容，矽光子將是AI時代「千億級」的新商機。"
        ),
        obs=[
            ("Total", 2024, 48, "TWD 100 million", "actual"),
            ("Total", 2028, 130, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (130 / 48) ** 0.25 - 1 = 2.70833 ** 0.25 - 1 = 28.28% -> 28.3 != 28.5;
            # bounds (129.5/48.5)**0.25-1 = 27.83%, (130.5/47.5)**0.25-1 = 28.74% -> 28.5 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Traditional Chinese (Hong Kong) survey: 億港元 series, 去年486億港元 vs 2023年352億港元 "按年增長31%"
    #    contradicted by its own amounts; 今年約600億港元 estimate; distractors: 上架率, survey count and "約有七成",
    #    a listed operator's half-year revenue and its growth
    dict(
        text=(
            "香港，2025年9月15日——香港數據中心業界聯盟發表的年度調查顯示，本港AI數據中心基建投資去年達486億港元，"
            "較2023年的352億港元按年增長31%。聯盟預計，今年投資額將進一步增至約600億港元。調查亦發現，全港數據中心"
            "平均上架率約為83%，受訪的48家企業中約有七成計劃在未來兩年增加GPU算力。上市營運商匯峰數碼上半年收入為"
            "12.4億港元，按年上升19%。"
        ),
        obs=[
            ("Total", 2024, 486, "HKD 100 million", "actual"),
            ("Total", 2023, 352, "HKD 100 million", "actual"),
            ("Total", 2025, 600, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 486 / 352 - 1 = 38.07%; bounds 485.5/352.5-1 = 37.73%, 486.5/351.5-1 = 38.41% -> 31 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. Simplified Chinese report summary: 中国AI芯片市场规模 1,260亿元 (同比增长45.2%, base not printed), GPU part
    #    约870亿元 占比约69%, 2025年约1,530亿元, 2029年4,100亿元 with stated 2024—2029 CAGR 26.6%; distractors:
    #    report-title year, 出货约190万颗, "不足三成" of shipments, firm count
    dict(
        text=(
            "北京，2025年4月22日——研究机构启衡智库发布的《中国AI芯片产业发展报告（2025）》显示，2024年中国AI芯片市场"
            "规模为1,260亿元，同比增长45.2%，其中GPU市场规模约870亿元，占比约69%。报告预计，2025年市场规模约为1,530"
            "亿元，到2029年将达到4,100亿元，2024—2029年年均复合增长率为26.6%。从出货量看，2024年国内AI芯片出货约190"
            "万颗，7纳米及以下先进制程产品占比不足三成。本次报告共调研了135家企业。"
        ),
        obs=[
            ("Total", 2024, 1260, "CNY 100 million", "actual"),
            ("GPU", 2024, 870, "CNY 100 million", "actual"),
            ("Total", 2025, 1530, "CNY 100 million", "estimate"),
            ("Total", 2029, 4100, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 45.2, "percent", 2023, 2024, 1.0),  # 2023 amount not printed -> no verdict
            ("share", 69, "percent", 2024, 2024, None),
            ("cagr", 26.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 870 / 1260 = 69.05% -> 69
            ("cagr|implied", "exact"),  # (4100 / 1260) ** 0.2 - 1 = 3.25397 ** 0.2 - 1 = 26.61% -> 26.6
        ],
    ),
    # 30. Simplified Chinese outlook: series opens in 亿元 (2,800亿元) and a later 1.05万亿元 is converted to 10500;
    #     stated 2024年至2030年 CAGR 24.6%; distractors: a quarter's figure, 出货量85万台, a company's own revenue,
    #     毛利率, headcount target
    dict(
        text=(
            "上海，2025年1月8日——咨询机构澜图数研在年度展望中表示，2024年中国AI服务器市场规模达到2,800亿元，预计2030年"
            "有望达到1.05万亿元，2024年至2030年复合增长率为24.6%。分季度看，2024年第四季度单季规模约为920亿元，为全年"
            "最高。澜图预计今年国内AI服务器出货量将超过85万台。头部厂商曜衡信息2024年营业收入为1,120亿元，毛利率仅8.1%，"
            "公司计划今年将研发人员扩充至6,000人。"
        ),
        obs=[
            ("Total", 2024, 2800, "CNY 100 million", "actual"),
            ("Total", 2030, 10500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 24.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (10500 / 2800) ** (1/6) - 1 = 3.75 ** 0.16667 - 1 = 24.64% -> 24.6
        ],
    ),
    # 31. Simplified Chinese think-tank estimate: series opens in 万亿元 (CNY trillion), 约1.1万亿元 -> 今年1.35万亿元,
    #     "同比增长20%" exact only within rounding; distractors: PUE 1.25左右, 百分点, EFLOPS, 机架 counts
    dict(
        text=(
            "深圳，2025年5月20日——鹏澄研究院最新测算显示，2024年我国智算中心基础设施投资规模约1.1万亿元，今年预计将"
            "增至1.35万亿元，同比增长20%。研究院指出，新建智算中心的平均PUE已降至1.25左右，液冷机柜渗透率较上年提高9个"
            "百分点。截至2024年底，全国在用智算算力规模约为280 EFLOPS，新增智算机架约18万架。"
        ),
        obs=[
            ("Total", 2024, 1.1, "CNY trillion", "actual"),
            ("Total", 2025, 1.35, "CNY trillion", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 21.35 / 1.1 - 1 = 22.73% -> 23 != 20; bounds 1.345/1.15-1 = 16.96%, 1.355/1.05-1 = 29.05% -> 20 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Simplified Chinese: "由2021年的48亿元增长3倍至2024年的192亿元" (x4 over 3 years, no verdict), 国产GPU as a part
    #     of 国内AI加速卡市场 (Total 920亿元) with share 约21%, 明年 (2026) "有望超过400亿元"; distractors: 百分点,
    #     a start-up's funding, headcount, node, a card price in 万元
    dict(
        text=(
            "杭州，2025年2月26日——据本土半导体研究机构芯衡咨询统计，国产GPU市场规模由2021年的48亿元增长3倍至2024年的"
            "192亿元。同期国内AI加速卡市场规模达到920亿元，国产GPU所占份额约为21%，较2023年提升6.5个百分点。芯衡预计，"
            "在出口管制持续收紧的背景下，明年国产GPU市场规模有望超过400亿元。报告还提到，初创企业曜芯科技已累计融资逾80"
            "亿元，员工约1,900人，其7纳米训练卡单卡售价约8万元。"
        ),
        obs=[
            ("国产GPU", 2021, 48, "CNY 100 million", "actual"),
            ("国产GPU", 2024, 192, "CNY 100 million", "actual"),
            ("Total", 2024, 920, "CNY 100 million", "actual"),
            ("国产GPU", 2026, 400, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2021, 2024, 3.0),  # 增长3倍 between two printed amounts -> x4
            ("share", 21, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 192 / 920 = 20.87% -> 21
        ],
    ),
    # 33. Simplified Chinese: 端侧AI芯片 312亿元 (较上年增长38%, base not printed) -> 2028年855亿元 with
    #     "年均复合增长率约为28.7%" whose span only the amounts' years give (inferred); distractors: phone units,
    #     渗透率, survey count and answer, "千亿级"
    dict(
        text=(
            "成都，2025年8月5日——研究机构西岭产业观察发布报告称，2024年中国端侧AI芯片市场规模为312亿元，较上年增长38%；"
            "到2028年将增至855亿元，年均复合增长率约为28.7%。AI手机和AI PC是主要驱动力：2024年国内AI手机出货量约1.1亿部，"
            "渗透率约为35%。在受访的86家终端厂商中，64%表示计划明年推出搭载NPU的新品。业内普遍将端侧AI芯片视为“千亿级”赛道。"
        ),
        obs=[
            ("Total", 2024, 312, "CNY 100 million", "actual"),
            ("Total", 2028, 855, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 38, "percent", 2023, 2024, 1.0),  # 2023 amount not printed -> no verdict
            ("cagr", 28.7, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (855 / 312) ** 0.25 - 1 = 2.74038 ** 0.25 - 1 = 28.66% -> 28.7
        ],
    ),
    # 34. Traditional Chinese 法說會 coverage: the chairman sizes 全球AI伺服器液冷散熱市場 今年約新台幣1,500億元, 明年
    #     "倍增至" 3,000億元 (x2 over 1 year, no verdict); distractors: the company's quarterly revenue, 季增,
    #     毛利率, its own share target "兩成市占", 滲透率, price target and upside
    dict(
        text=(
            "台北，2025年8月14日——散熱模組大廠勁冷科技今日舉行法說會，第二季營收新台幣86億元，季增27%，毛利率33.5%。"
            "董事長陳啟明估計，全球AI伺服器液冷散熱市場規模今年約新台幣1,500億元，明年將倍增至新台幣3,000億元，公司目標"
            "在其中取得兩成市占。他並預期，液冷在AI伺服器散熱方案中的滲透率將由今年約30%升至明年的逾50%。法人維持目標價"
            "新台幣1,350元，潛在上漲空間約22%。"
        ),
        obs=[
            ("Total", 2025, 1500, "TWD 100 million", "estimate"),
            ("Total", 2026, 3000, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2025, 2026, 1.0),  # 倍增 = doubles
        ],
        verdicts=[],
    ),
    # 35. English pipe table by segment and year with a 2025E column and a Total row (sums exact in all three
    #     columns), a table number, a prose share for 2025E (part and whole printed); unit shipments nowhere
    dict(
        text=(
            "Table 3. AI accelerator revenue by segment (US$ billion)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| GPU | 58.6 | 96.3 | 141.8 |\n"
            "| Custom ASIC | 9.4 | 17.1 | 31.5 |\n"
            "| FPGA & other | 3.2 | 4.4 | 5.9 |\n"
            "| Total | 71.2 | 117.8 | 179.2 |\n"
            "\n"
            "Source: Marlowe Chip Analytics, January 2025. GPUs' share of accelerator revenue slips to 79% in 2025E "
            "as custom ASIC programmes ramp; unit shipments reached 5.6 million in 2024."
        ),
        obs=[
            ("GPU", 2023, 58.6, "USD billion", "actual"),
            ("GPU", 2024, 96.3, "USD billion", "actual"),
            ("GPU", 2025, 141.8, "USD billion", "estimate"),
            ("Custom ASIC", 2023, 9.4, "USD billion", "actual"),
            ("Custom ASIC", 2024, 17.1, "USD billion", "actual"),
            ("Custom ASIC", 2025, 31.5, "USD billion", "estimate"),
            ("FPGA & other", 2023, 3.2, "USD billion", "actual"),
            ("FPGA & other", 2024, 4.4, "USD billion", "actual"),
            ("FPGA & other", 2025, 5.9, "USD billion", "estimate"),
            ("Total", 2023, 71.2, "USD billion", "actual"),
            ("Total", 2024, 117.8, "USD billion", "actual"),
            ("Total", 2025, 179.2, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 79, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),   # 2023: 58.6 + 9.4 + 3.2 = 71.2
            ("hierarchy", "exact"),   # 2024: 96.3 + 17.1 + 4.4 = 117.8
            ("hierarchy", "exact"),   # 2025E: 141.8 + 31.5 + 5.9 = 179.2
            ("arithmetic", "exact"),  # 141.8 / 179.2 = 79.13% -> 79
        ],
    ),
    # 36. Simplified Chinese tab-separated table by region (亿元) with 合计 row and 2025E column; the 2024 column
    #     sums to 2,601 against 2,600 (rounding); a note with a share of 华东 (exact), a table number and units
    #     shipped (nowhere)
    dict(
        text=(
            "表2  中国AI服务器市场规模（按区域）\n"
            "单位：亿元\n"
            "地区\t2023\t2024\t2025E\n"
            "华东\t612\t958\t1,310\n"
            "华北\t455\t701\t968\n"
            "华南\t388\t596\t815\n"
            "中西部\t215\t346\t507\n"
            "合计\t1,670\t2,600\t3,600\n"
            "注：E为预测值；数据来源：衡岳研究院，2025年6月。2024年华东地区占全国市场的36.8%，当年全国AI服务器出货量约68万台。"
        ),
        obs=[
            ("华东", 2023, 612, "CNY 100 million", "actual"),
            ("华东", 2024, 958, "CNY 100 million", "actual"),
            ("华东", 2025, 1310, "CNY 100 million", "estimate"),
            ("华北", 2023, 455, "CNY 100 million", "actual"),
            ("华北", 2024, 701, "CNY 100 million", "actual"),
            ("华北", 2025, 968, "CNY 100 million", "estimate"),
            ("华南", 2023, 388, "CNY 100 million", "actual"),
            ("华南", 2024, 596, "CNY 100 million", "actual"),
            ("华南", 2025, 815, "CNY 100 million", "estimate"),
            ("中西部", 2023, 215, "CNY 100 million", "actual"),
            ("中西部", 2024, 346, "CNY 100 million", "actual"),
            ("中西部", 2025, 507, "CNY 100 million", "estimate"),
            ("合计", 2023, 1670, "CNY 100 million", "actual"),
            ("合计", 2024, 2600, "CNY 100 million", "actual"),
            ("合计", 2025, 3600, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 36.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 612 + 455 + 388 + 215 = 1670
            ("hierarchy", "rounding"),  # 2024: 958 + 701 + 596 + 346 = 2601 vs 2600; four rows at +/-0.5 and the
                                        # total at +/-0.5 allow +/-2.5 -> 2600 reachable
            ("hierarchy", "exact"),     # 2025E: 1310 + 968 + 815 + 507 = 3600
            ("arithmetic", "exact"),    # 958 / 2600 = 36.846% -> 36.8
        ],
    ),
    # 37. English space-aligned pair of tables: unit shipments (expected nowhere) above market value (US$ billion,
    #     2025F = estimate), Total rows exact; a prose "rises 58% in 2025F" the value table contradicts; price per
    #     server nowhere
    dict(
        text=(
            "AI server shipments and market value by buyer. Source: Penrose & Vail Research, June 2025 "
            "(F = forecast).\n"
            "\n"
            "Shipments ('000 units)        2024     2025F\n"
            "Hyperscale cloud             1,380     1,920\n"
            "Tier-2 & sovereign cloud       410       640\n"
            "Enterprise                     260       390\n"
            "Total                        2,050     2,950\n"
            "\n"
            "Market value (US$ billion)    2024     2025F\n"
            "Hyperscale cloud             142.5     216.0\n"
            "Tier-2 & sovereign cloud      38.2      63.9\n"
            "Enterprise                    24.1      37.6\n"
            "Total                        204.8     317.5\n"
            "\n"
            "Penrose & Vail says market value rises 58% in 2025F, well ahead of unit growth, as rack-scale systems "
            "lift the average price per server above $100,000."
        ),
        obs=[
            ("Hyperscale cloud", 2024, 142.5, "USD billion", "actual"),
            ("Hyperscale cloud", 2025, 216.0, "USD billion", "estimate"),
            ("Tier-2 & sovereign cloud", 2024, 38.2, "USD billion", "actual"),
            ("Tier-2 & sovereign cloud", 2025, 63.9, "USD billion", "estimate"),
            ("Enterprise", 2024, 24.1, "USD billion", "actual"),
            ("Enterprise", 2025, 37.6, "USD billion", "estimate"),
            ("Total", 2024, 204.8, "USD billion", "actual"),
            ("Total", 2025, 317.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 58, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 142.5 + 38.2 + 24.1 = 204.8
            ("hierarchy", "exact"),  # 2025F: 216.0 + 63.9 + 37.6 = 317.5
            # 337.5 / 204.8 - 1 = 55.03%; bounds 317.45/204.85-1 = 54.97%, 317.55/204.75-1 = 55.09% -> 58 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 38. Traditional Chinese pipe table (新台幣億元) by supply-chain segment with 2025F and a 年增率 column; one row's
    #     rate (散熱模組 68.5%) exact only within rounding; 合計 row exact; units shipped nowhere
    dict(
        text=(
            "台灣AI伺服器供應鏈產值（單位：新台幣億元）\n"
            "\n"
            "| 項目 | 2024 | 2025F | 年增率 |\n"
            "|---|---|---|---|\n"
            "| 伺服器系統組裝 | 5,120 | 7,480 | 46.1% |\n"
            "| 散熱模組 | 410 | 690 | 68.5% |\n"
            "| 電源供應器 | 520 | 760 | 46.2% |\n"
            "| 合計 | 6,050 | 8,930 | 47.6% |\n"
            "\n"
            "資料來源：沛遠研究，2025年5月；不含GPU、HBM等關鍵晶片。沛遠預估2025年台灣AI伺服器整機出貨量約250萬台。"
        ),
        obs=[
            ("伺服器系統組裝", 2024, 5120, "TWD 100 million", "actual"),
            ("伺服器系統組裝", 2025, 7480, "TWD 100 million", "estimate"),
            ("散熱模組", 2024, 410, "TWD 100 million", "actual"),
            ("散熱模組", 2025, 690, "TWD 100 million", "estimate"),
            ("電源供應器", 2024, 520, "TWD 100 million", "actual"),
            ("電源供應器", 2025, 760, "TWD 100 million", "estimate"),
            ("合計", 2024, 6050, "TWD 100 million", "actual"),
            ("合計", 2025, 8930, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 46.1, "percent", 2024, 2025, 1.0),
            ("growth", 68.5, "percent", 2024, 2025, 1.0),
            ("growth", 46.2, "percent", 2024, 2025, 1.0),
            ("growth", 47.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),        # 2024: 5120 + 410 + 520 = 6050
            ("hierarchy", "exact"),        # 2025F: 7480 + 690 + 760 = 8930
            ("cagr|implied", "exact"),     # 7480 / 5120 - 1 = 46.09% -> 46.1
            # 690 / 410 - 1 = 68.29% -> 68.3 != 68.5; bounds 689.5/410.5-1 = 67.97%, 690.5/409.5-1 = 68.62%
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),     # 760 / 520 - 1 = 46.15% -> 46.2
            ("cagr|implied", "exact"),     # 8930 / 6050 - 1 = 47.60% -> 47.6
        ],
    ),
    # 39. English vertical tab-separated table (rows are years, 2025E/2026E estimates), value columns headed
    #     Conventional DRAM / HBM / Total; prose shares (exact), a stated 2024-2026E CAGR for HBM (exact);
    #     "ten-point jump" and bit-shipment growth nowhere
    dict(
        text=(
            "DRAM revenue by type, US$ billion (E = estimate). Source: Keswick Memory Tracker, February 2025.\n"
            "\n"
            "Year\tConventional DRAM\tHBM\tTotal\n"
            "2023\t47.1\t4.3\t51.4\n"
            "2024\t78.6\t17.2\t95.8\n"
            "2025E\t86.9\t33.8\t120.7\n"
            "2026E\t92.4\t46.5\t138.9\n"
            "\n"
            "HBM's share of DRAM revenue climbs from 18% in 2024 to 28% in 2025E, a ten-point jump, and HBM revenue "
            "grows at a 64% compound annual rate from 2024 to 2026E. HBM bit shipments should rise about 70% this year."
        ),
        obs=[
            ("Conventional DRAM", 2023, 47.1, "USD billion", "actual"),
            ("Conventional DRAM", 2024, 78.6, "USD billion", "actual"),
            ("Conventional DRAM", 2025, 86.9, "USD billion", "estimate"),
            ("Conventional DRAM", 2026, 92.4, "USD billion", "estimate"),
            ("HBM", 2023, 4.3, "USD billion", "actual"),
            ("HBM", 2024, 17.2, "USD billion", "actual"),
            ("HBM", 2025, 33.8, "USD billion", "estimate"),
            ("HBM", 2026, 46.5, "USD billion", "estimate"),
            ("Total", 2023, 51.4, "USD billion", "actual"),
            ("Total", 2024, 95.8, "USD billion", "actual"),
            ("Total", 2025, 120.7, "USD billion", "estimate"),
            ("Total", 2026, 138.9, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 18, "percent", 2024, 2024, None),
            ("share", 28, "percent", 2025, 2025, None),
            ("cagr", 64, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 47.1 + 4.3 = 51.4
            ("hierarchy", "exact"),     # 2024: 78.6 + 17.2 = 95.8
            ("hierarchy", "exact"),     # 2025E: 86.9 + 33.8 = 120.7
            ("hierarchy", "exact"),     # 2026E: 92.4 + 46.5 = 138.9
            ("arithmetic", "exact"),    # 17.2 / 95.8 = 17.95% -> 18
            ("arithmetic", "exact"),    # 33.8 / 120.7 = 28.00% -> 28
            ("cagr|implied", "exact"),  # (46.5 / 17.2) ** 0.5 - 1 = 2.70349 ** 0.5 - 1 = 64.42% -> 64
        ],
    ),
    # 40. Simplified Chinese space-aligned table (亿元) by packaging technology with 2025E/2026E and 合计 row
    #     (exact), row labels holding numbers ("2.5D/3D封装"), prose shares (exact) and a stated 2024—2026年 CAGR
    #     of the total (exact); table number and monthly wafer capacity nowhere
    dict(
        text=(
            "表4 中国先进封装市场规模（按技术路线，单位：亿元）\n"
            "\n"
            "技术路线            2024     2025E     2026E\n"
            "2.5D/3D封装          286       398       541\n"
            "扇出型封装           174       215       262\n"
            "倒装芯片（FC）        402       436       470\n"
            "系统级封装（SiP）     318       351       385\n"
            "合计               1,180     1,400     1,658\n"
            "\n"
            "数据来源：衡川半导体研究中心，2025年3月。2.5D/3D封装占比将由2024年的24.2%升至2026年的32.6%，2024—2026年市场"
            "规模年均复合增长率为18.5%。国内先进封装月产能约12万片（12英寸当量）。"
        ),
        obs=[
            ("2.5D/3D封装", 2024, 286, "CNY 100 million", "actual"),
            ("2.5D/3D封装", 2025, 398, "CNY 100 million", "estimate"),
            ("2.5D/3D封装", 2026, 541, "CNY 100 million", "estimate"),
            ("扇出型封装", 2024, 174, "CNY 100 million", "actual"),
            ("扇出型封装", 2025, 215, "CNY 100 million", "estimate"),
            ("扇出型封装", 2026, 262, "CNY 100 million", "estimate"),
            ("倒装芯片（FC）", 2024, 402, "CNY 100 million", "actual"),
            ("倒装芯片（FC）", 2025, 436, "CNY 100 million", "estimate"),
            ("倒装芯片（FC）", 2026, 470, "CNY 100 million", "estimate"),
            ("系统级封装（SiP）", 2024, 318, "CNY 100 million", "actual"),
            ("系统级封装（SiP）", 2025, 351, "CNY 100 million", "estimate"),
            ("系统级封装（SiP）", 2026, 385, "CNY 100 million", "estimate"),
            ("合计", 2024, 1180, "CNY 100 million", "actual"),
            ("合计", 2025, 1400, "CNY 100 million", "estimate"),
            ("合计", 2026, 1658, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 24.2, "percent", 2024, 2024, None),
            ("share", 32.6, "percent", 2026, 2026, None),
            ("cagr", 18.5, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2024: 286 + 174 + 402 + 318 = 1180
            ("hierarchy", "exact"),     # 2025E: 398 + 215 + 436 + 351 = 1400
            ("hierarchy", "exact"),     # 2026E: 541 + 262 + 470 + 385 = 1658
            ("arithmetic", "exact"),    # 286 / 1180 = 24.24% -> 24.2
            ("arithmetic", "exact"),    # 541 / 1658 = 32.63% -> 32.6
            ("cagr|implied", "exact"),  # (1658 / 1180) ** 0.5 - 1 = 1.40508 ** 0.5 - 1 = 18.54% -> 18.5
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-fourth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 9, 'inconsistent': 6, 'rounding': 9, 'exact': 78}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'are forecast to top $412 billion by 2030',
    'supplied $17.2 billion of it, or 18%',
    'HBM sales more than tripled from $4.4 billion in 2023',
    'implying compound growth of some 62% a year',
    'has raised its forecast for global AI server',
    'a compound annual growth rate of 21.5% over 2024-2030',
    'grew 19.3% to $46.1 billion in 2024',
    'reach $1.1 trillion in 2029, a 2024-29 CAGR of 19%',
    'jumped 142% to $102 billion in 2024 from $46 billion in 2023',
    'will be $28 billion this year and $62 billion in 2028',
    '預估今年產值將突破新台幣1.2兆元，年增53.5%',
    '2024至2027年複合年增長率達19.5%',
    '其中GPU规模约984亿元，占比69.1%',
    '由2021年的158亿元增长3倍至2024年的632亿元',
    '由此前的860亿元上调至1,010亿元',
    '| Total       | 74.6 | 117.4 | 173.8 | 224.4 |',
    'Total\t189.7\t270.4',
    'FY2025e            1,020',
    '| 2024年同比 |',
    '合计          4,220       100.0%',
    'up 64% from $72 billion in 2023',
    'expects the market to top $400 billion by 2030',
    'sizes the total addressable market',
    'raised their forecast for HBM revenue this year to $34 billion from $29 billion',
    'climbed 34% last year to $290 billion',
    'a range of $29 billion to $33 billion',
    '今年預估將突破新台幣1兆元，年增42%',
    '2024至2028年複合成長率28.5%',
    '較2023年的352億港元按年增長31%',
    '2024—2029年年均复合增长率为26.6%',
    '预计2030年有望达到1.05万亿元',
    '约1.1万亿元，今年预计将增至1.35万亿元',
    '由2021年的48亿元增长3倍至2024年的192亿元',
    '年均复合增长率约为28.7%',
    '明年將倍增至新台幣3,000億元',
    '| Total | 71.2 | 117.8 | 179.2 |',
    '合计\t1,670\t2,600\t3,600',
    'Market value (US$ billion)    2024     2025F',
    '| 項目 | 2024 | 2025F | 年增率 |',
    'Year\tConventional DRAM\tHBM\tTotal',
)
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 13, 14, 13)
#: the set's blind score (written without reading or running the extractor): 197 figures, 50 rates, 77 verdicts
#: and 2 false inconsistent
FLOORS = {"figures_found": 218, "rates_found": 51, "verdicts_right": 86}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset104.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
