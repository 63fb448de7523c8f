"""A hundred-and-twenty-sixth check set for the extractor, written blind: AI in healthcare and drug discovery, in English and Chinese
(Simplified and Traditional) -- medical imaging, clinical decision support, AI drug discovery, hospital AI software,
AI in medical devices and health chatbots, sized in money by device associations, health-IT trackers, brokers,
provincial health plans, Japanese and Taiwanese associations and consultancies; regulatory approvals, hospitals using
a tool, scans read, prices per scan, one licensing deal's value, funding rounds, a company's own revenue, patient
counts and percentage points are distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. (E1) dated news: US imaging-AI spend "last year" vs 2023, "18% more than";
    #    FDA clearances, hospitals using the tool and a price per scan are expected nowhere
    dict(
        text=(
            "BOSTON, 12 February 2025 — American hospitals spent $1.42 billion on AI software for reading medical "
            "images last year, 18% more than the $1.2 billion they spent in 2023, according to the health-IT tracker "
            "Larkspur Signal. The Food and Drug Administration cleared 168 radiology algorithms over the same twelve "
            "months, and the median list price has slipped to about $4 a scan. Larkspur counts 2,300 hospitals now "
            "running at least one imaging tool, though radiologists at most of them still override the software on "
            "a meaningful share of studies."
        ),
        obs=[
            ("Total", 2024, 1.42, "USD billion", "actual"),
            ("Total", 2023, 1.2, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 18.0, "percent", 2023, 2024, 1.0),  # "18% more than"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.42 / 1.2 - 1 = 18.33% -> rounds to 18
        ],
    ),
    # 2. (E2) broker's initiation note: "a 29% CAGR over 2024-2030" for AI drug-discovery platforms;
    #    price target and upside, the company's own revenue, a licensing deal's upfront and milestones nowhere
    dict(
        text=(
            "Equity research | Calloway Brothers | 3 June 2025. We initiate coverage of Veradyne Therapeutics with a "
            "Buy rating and a $48 price target, 35% upside from Friday's close. Platforms that use machine learning "
            "to design and triage drug candidates formed a $1.9 billion global market in 2024 by our count, and we "
            "model $8.6 billion by 2030, a 29% CAGR over 2024-2030. Veradyne's own platform revenue was $64 million "
            "last year, and its March licensing deal with a large pharma partner carries $75 million upfront and up "
            "to $1.2 billion in milestones. None of that milestone money should be read as market size; it is "
            "contingent and spread across a decade."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2030, 8.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 29.0, "percent", 2024, 2030, None, "stated"),  # "a 29% CAGR over 2024-2030"
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (8.6 / 1.9) ** (1/6) - 1 = 28.61% -> rounds to 29
        ],
    ),
    # 3. (E3) Japanese council, yen amounts in fiscal years: a stated fiscal 2023-2030 rate its own amounts
    #    contradict (inconsistent); approval counts and percentage points nowhere
    dict(
        text=(
            "TOKYO — The Nihon Medical Intelligence Industry Council said on Tuesday that domestic sales of "
            "AI-enabled medical devices in Japan reached ¥62.4 billion in fiscal 2023. The council forecasts "
            "¥148 billion in fiscal 2030, which it describes as compound annual growth of 14.2% from fiscal 2023 to "
            "fiscal 2030. Regulators have approved 97 AI programs as medical devices to date, 31 of them in the past "
            "twelve months. Endoscopy support tools drove most of the gain, lifting their share of sales by 5 "
            "percentage points, the council said."
        ),
        obs=[
            ("Total", 2023, 62.4, "JPY billion", "actual"),
            ("Total", 2030, 148, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 14.2, "percent", 2023, 2030, None, "stated"),  # "from fiscal 2023 to fiscal 2030"
        ],
        verdicts=[
            # (148 / 62.4) ** (1/7) - 1 = 13.13%; widest reading (148.5 / 62.35) ** (1/7) - 1 = 13.20%,
            # narrowest (147.5 / 62.45) ** (1/7) - 1 = 13.06% -> 14.2 unreachable
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 4. (E4) investor day: the company's TAM for clinical decision support is the market (Total);
    #    "a compound rate of about 17%" with no printed span (inferred); own revenue, share target,
    #    customer and employee counts, gross margin nowhere
    dict(
        text=(
            "At its investor day in New York on 18 March 2025, Solvane Health told analysts that the total "
            "addressable market for clinical decision support software was $14 billion last year and should reach "
            "$31 billion by 2029, a compound rate of about 17%. Chief executive Mira Okafor said the company's own "
            "revenue rose to $212 million in fiscal 2024 and that it aims to win a 10% share of the market by 2029. "
            "Solvane now has 340 health-system customers and 1,150 employees, and its gross margin was 71%."
        ),
        obs=[
            ("Total", 2024, 14, "USD billion", "actual"),
            ("Total", 2029, 31, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.0, "percent", 2024, 2029, None, "inferred"),  # span only from the amounts' years
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (31 / 14) ** (1/5) - 1 = 17.23% -> rounds to 17
        ],
    ),
    # 5. (E5) annual census: segments as parts of the whole, "or 41%" only within rounding;
    #    a quarter's spend, a survey answer and percentage points nowhere
    dict(
        text=(
            "Worldwide, hospitals, insurers and drug makers paid $4.8 billion for AI software in 2024, according to "
            "Fenwright Partners' annual health-AI census. Medical imaging took $1.9 billion of that, or 41%, ahead of "
            "drug discovery at $1.1 billion and pathology at $0.6 billion. Spending in the fourth quarter alone was "
            "$1.5 billion. Of the 410 chief information officers Fenwright surveyed, 62% said they planned to raise "
            "AI budgets, and imaging's lead widened by 3 percentage points from 2023."
        ),
        obs=[
            ("Total", 2024, 4.8, "USD billion", "actual"),
            ("Medical imaging", 2024, 1.9, "USD billion", "actual"),
            ("Drug discovery", 2024, 1.1, "USD billion", "actual"),
            ("Pathology", 2024, 0.6, "USD billion", "actual"),
        ],
        claims=[
            ("share", 41.0, "percent", 2024, 2024, None),  # "or 41%"
        ],
        verdicts=[
            # 1.9 / 4.8 = 39.58% -> 40, not 41; bounds 1.85 / 4.85 = 38.14% .. 1.95 / 4.75 = 41.05% -> 41 reachable
            ("arithmetic", "rounding"),
        ],
    ),
    # 6. (E6) UK health chatbots in sterling: "up 42% on the £61 million" only within rounding, a 2028 forecast;
    #    conversations handled and a Series B round nowhere
    dict(
        text=(
            "LONDON, 20 January 2025 — Spending by NHS trusts and private providers on patient-facing health "
            "chatbots came to £86 million in 2024, up 42% on the £61 million spent in 2023, according to the "
            "health-technology consultancy Marlow & Tey. The firm expects the market to reach £240 million by 2028 "
            "as symptom checkers move into urgent-care triage. The bots handled 4.1 million conversations last year, "
            "and one of the leading suppliers, Quillon, raised a £30 million Series B in November."
        ),
        obs=[
            ("Total", 2024, 86, "GBP million", "actual"),
            ("Total", 2023, 61, "GBP million", "actual"),
            ("Total", 2028, 240, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 42.0, "percent", 2023, 2024, 1.0),  # "up 42% on"
        ],
        verdicts=[
            # 86 / 61 - 1 = 40.98% -> 41, not 42; bounds 85.5 / 61.5 - 1 = 39.02% .. 86.5 / 60.5 - 1 = 42.98%
            # -> 42 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 7. (E7) European clinical decision support: "a 2024-2029 CAGR of 17.7%"; a rival publisher's 2024 figure
    #    nowhere; a separate named market (AI triage tools) as its own item; adoption percentages nowhere
    dict(
        text=(
            "Clinical decision support software sold to European hospitals was worth €1.15 billion in 2024, "
            "according to Halvard Research, which forecasts €2.6 billion in 2029, a 2024-2029 CAGR of 17.7%. A "
            "rival estimate from Brightmoor Analytics puts the 2024 figure at €1.3 billion, largely because it "
            "counts bundled electronic-record modules. AI triage tools, a separate market Halvard also tracks, came "
            "to €420 million in 2024. Halvard reckons 38% of European hospitals use at least one decision-support "
            "algorithm, against 29% two years earlier."
        ),
        obs=[
            ("Total", 2024, 1.15, "EUR billion", "actual"),
            ("Total", 2029, 2.6, "EUR billion", "estimate"),
            ("AI triage tools", 2024, 420, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 17.7, "percent", 2024, 2029, None, "stated"),  # "a 2024-2029 CAGR of 17.7%"
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2.6 / 1.15) ** (1/5) - 1 = 17.72% -> rounds to 17.7
        ],
    ),
    # 8. (E8) dated regional brief: "last year" actual, "this year" estimate, "a 29% rise";
    #    a quarter's contracts, scans read, price per scan and hospital count nowhere
    dict(
        text=(
            "SINGAPORE, 9 September 2025 — Hospitals in Southeast Asia spent $410 million on AI software last year "
            "and are expected to spend $530 million this year, a 29% rise, says Tembusu Health Insights. In the "
            "second quarter alone they signed contracts worth $140 million. Radiology tools read some 1.8 million "
            "scans in the region in 2024, at an average price of about $3 a scan. Tembusu counts 640 hospitals "
            "using AI in at least one department."
        ),
        obs=[
            ("Total", 2024, 410, "USD million", "actual"),
            ("Total", 2025, 530, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 29.0, "percent", 2024, 2025, 1.0),  # "a 29% rise"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 530 / 410 - 1 = 29.27% -> rounds to 29
        ],
    ),
    # 9. (E9) pathology AI: a 2028 range gives two value claims; "about $1.1 billion by 2030" converted to the
    #    series' unit (USD million); a scanner price and "a multibillion-dollar opportunity" nowhere
    dict(
        text=(
            "Digital pathology algorithms remain a small corner of medical AI. Ardent Lane Consulting sizes the "
            "worldwide market at $210 million in 2022 and expects it to reach between $700 million and $820 million "
            "by 2028, then about $1.1 billion by 2030. Uptake has been held back by the cost of slide scanners, "
            "which run to roughly $250,000 apiece, and by reimbursement, since only a handful of billing codes pay "
            "for AI-assisted reads. Ardent Lane describes the longer-term prize as a multibillion-dollar opportunity "
            "once primary diagnosis is cleared."
        ),
        obs=[
            ("Total", 2022, 210, "USD million", "actual"),
            ("Total", 2030, 1100, "USD million", "estimate"),  # "$1.1 billion" in the series' unit
        ],
        claims=[
            ("value", 700, "USD million", 2028, 2028, None),  # range low end
            ("value", 820, "USD million", 2028, 2028, None),  # range high end
        ],
        verdicts=[],
    ),
    # 10. (C1) Simplified Chinese association release: 医学影像AI 48.6亿元, 同比增长31.4% from 37.0亿元, a 2030
    #     target "将突破150亿元"; 三类证 count, penetration rate, 百分点 and 千亿级 nowhere
    dict(
        text=(
            "据华夏医学装备协会人工智能专委会统计，2024年我国医学影像AI市场规模达到48.6亿元，较2023年的37.0亿元"
            "同比增长31.4%。专委会预计，到2030年该市场规模将突破150亿元。截至2024年底，国内累计获批的医学影像AI"
            "三类证已超过100张，三甲医院渗透率超过60%，较上年提高8个百分点。业内人士认为，随着收费项目陆续落地，"
            "医学影像AI有望成长为千亿级产业。"
        ),
        obs=[
            ("Total", 2024, 48.6, "CNY 100 million", "actual"),
            ("Total", 2023, 37.0, "CNY 100 million", "actual"),
            ("Total", 2030, 150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.4, "percent", 2023, 2024, 1.0),  # 同比增长31.4%
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 37.0 - 1 = 31.351% -> rounds to 31.4
        ],
    ),
    # 11. (C2) Simplified Chinese broker estimate for AI制药: "由…5.2亿元增长2倍至…15.6亿元" is x3 over 3 years
    #     (no verdict), "2024-2028年复合增长率为40%"; funding rounds and a deal's upfront/milestones nowhere
    dict(
        text=(
            "AI制药赛道在资本寒冬中逆势升温。根据瀚川证券研究所测算，中国AI制药市场规模由2021年的5.2亿元增长2倍"
            "至2024年的15.6亿元；预计2028年将达到60亿元，2024-2028年复合增长率为40%。2024年国内AI制药企业共完成"
            "融资41笔，其中智源分子完成5亿元B轮融资。同年一项授权交易的首付款为8000万美元，里程碑付款总额最高可达"
            "12亿美元，但这类交易金额并不计入市场规模。"
        ),
        obs=[
            ("Total", 2021, 5.2, "CNY 100 million", "actual"),
            ("Total", 2024, 15.6, "CNY 100 million", "actual"),
            ("Total", 2028, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2021, 2024, 3.0),  # 增长2倍 between two printed amounts -> x3
            ("cagr", 40.0, "percent", 2024, 2028, None, "stated"),  # 2024-2028年复合增长率为40%
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (60 / 15.6) ** (1/4) - 1 = 40.04% -> rounds to 40
        ],
    ),
    # 12. (C3) Traditional Chinese, Taiwan, 新台幣億元: 成長23.4% exact, a stated 2024至2027年 rate its amounts
    #     contradict (inconsistent); licence count, hospital count and a per-read fee nowhere
    dict(
        text=(
            "台灣智慧醫療產業協進會最新調查指出，2024年國內醫院採購AI軟體的市場規模為新台幣38.5億元，較2023年的"
            "31.2億元成長23.4%。協進會預估，2027年市場規模將達新台幣72億元，2024至2027年複合成長率達24.5%。"
            "目前衛福部核准的AI醫療器材許可證已累計86張，已有逾40家醫學中心與區域醫院導入影像判讀系統，單次判讀"
            "收費約新台幣500元。"
        ),
        obs=[
            ("Total", 2024, 38.5, "TWD 100 million", "actual"),
            ("Total", 2023, 31.2, "TWD 100 million", "actual"),
            ("Total", 2027, 72, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2023, 2024, 1.0),  # 成長23.4%
            ("cagr", 24.5, "percent", 2024, 2027, None, "stated"),  # 2024至2027年複合成長率達24.5%
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.5 / 31.2 - 1 = 23.397% -> rounds to 23.4
            # (72 / 38.5) ** (1/3) - 1 = 23.20%; widest (72.5 / 38.45) ** (1/3) - 1 = 23.54% -> 24.5 unreachable
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 13. (C4) Traditional Chinese, Hong Kong, 億港元: 約12.6億港元 (approximate, at its printed figure) to 31億港元
    #     in 2029, 年均複合增長率約19.7% with no printed span (inferred); a listed company's revenue, a deal's
    #     upfront payment, a hospital count and 過半 nowhere
    dict(
        text=(
            "香港醫健科技聯會估計，本港醫院及診所於2024年用於人工智能軟件的開支約12.6億港元，並預計2029年將增至"
            "31億港元，年均複合增長率約19.7%。醫院管理局轄下43間公立醫院中，已有過半試用AI輔助讀片。本地一家上市"
            "醫療科技公司去年收入4.8億港元，其最近一宗授權交易的首期款為2億港元。"
        ),
        obs=[
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("Total", 2029, 31, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.7, "percent", 2024, 2029, None, "inferred"),  # span only from the amounts' years
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (31 / 12.6) ** (1/5) - 1 = 19.73% -> rounds to 19.7
        ],
    ),
    # 14. (C5) Simplified Chinese provincial plan, dated 2025: 去年 actual, 今年预计 estimate, 同比增长29.5% only
    #     within rounding; the plan's title years, hospital count, reads, coverage rate, 百分点 and 千亿级 nowhere
    dict(
        text=(
            "2025年3月18日，滨海省卫生健康委员会发布《智慧医院建设三年行动计划（2025-2027年）》。计划披露，全省"
            "医疗AI软件市场去年规模为86.4亿元，今年预计达到111.8亿元，同比增长29.5%。目前全省已有127家二级以上"
            "医院部署AI辅助诊断系统，去年影像AI阅片量达2300万人次，二级以上医院AI应用覆盖率达到58%，较上年提高"
            "4.2个百分点。计划提出，到2027年把全省打造成千亿级智慧健康产业集群。"
        ),
        obs=[
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("Total", 2025, 111.8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.5, "percent", 2024, 2025, 1.0),  # 同比增长29.5%
        ],
        verdicts=[
            # 111.8 / 86.4 - 1 = 29.398% -> 29.4, not 29.5; bounds up to 111.85 / 86.35 - 1 = 29.531% -> 29.5
            # reachable (down to 111.75 / 86.45 - 1 = 29.266%)
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. (T1) English pipe table by segment with E columns and a total row; a stated 2024-2027E CAGR below;
    #     the table number and a vendor count nowhere
    dict(
        text=(
            "Table 3. Global AI-in-healthcare software market by segment, USD billion (Kestrel Health Analytics)\n"
            "| Segment | 2023 | 2024 | 2025E | 2027E |\n"
            "|---|---|---|---|---|\n"
            "| Medical imaging | 1.8 | 2.3 | 2.9 | 4.4 |\n"
            "| Clinical decision support | 1.2 | 1.5 | 1.9 | 2.9 |\n"
            "| Drug discovery | 0.9 | 1.3 | 1.8 | 3.2 |\n"
            "| Other | 0.6 | 0.7 | 0.9 | 1.3 |\n"
            "| Total | 4.5 | 5.8 | 7.5 | 11.8 |\n"
            "Kestrel puts the total's 2024-2027E CAGR at 26.7% and tracks 1,240 vendors across the four segments."
        ),
        obs=[
            ("Medical imaging", 2023, 1.8, "USD billion", "actual"),
            ("Medical imaging", 2024, 2.3, "USD billion", "actual"),
            ("Medical imaging", 2025, 2.9, "USD billion", "estimate"),
            ("Medical imaging", 2027, 4.4, "USD billion", "estimate"),
            ("Clinical decision support", 2023, 1.2, "USD billion", "actual"),
            ("Clinical decision support", 2024, 1.5, "USD billion", "actual"),
            ("Clinical decision support", 2025, 1.9, "USD billion", "estimate"),
            ("Clinical decision support", 2027, 2.9, "USD billion", "estimate"),
            ("Drug discovery", 2023, 0.9, "USD billion", "actual"),
            ("Drug discovery", 2024, 1.3, "USD billion", "actual"),
            ("Drug discovery", 2025, 1.8, "USD billion", "estimate"),
            ("Drug discovery", 2027, 3.2, "USD billion", "estimate"),
            ("Other", 2023, 0.6, "USD billion", "actual"),
            ("Other", 2024, 0.7, "USD billion", "actual"),
            ("Other", 2025, 0.9, "USD billion", "estimate"),
            ("Other", 2027, 1.3, "USD billion", "estimate"),
            ("Total", 2023, 4.5, "USD billion", "actual"),
            ("Total", 2024, 5.8, "USD billion", "actual"),
            ("Total", 2025, 7.5, "USD billion", "estimate"),
            ("Total", 2027, 11.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 26.7, "percent", 2024, 2027, None, "stated"),  # "2024-2027E CAGR at 26.7%"
        ],
        verdicts=[
            # 1.8+1.2+0.9+0.6 = 4.5; 2.3+1.5+1.3+0.7 = 5.8; 2.9+1.9+1.8+0.9 = 7.5; 4.4+2.9+3.2+1.3 = 11.8
            ("hierarchy", "exact"),
            ("cagr|period", "exact"),  # (11.8 / 5.8) ** (1/3) - 1 = 26.71% -> rounds to 26.7
        ],
    ),
    # 16. (T2) Simplified Chinese, tab-separated: an approvals table (三类证, counts: nowhere) beside a vertical
    #     value table whose lone value column is headed by its unit only (亿元 -> Total), with a 同比 column
    dict(
        text=(
            "表1 医学影像AI三类证获批情况（张）\n"
            "年份\t新增\t累计\n"
            "2021\t14\t27\n"
            "2022\t19\t46\n"
            "2023\t22\t68\n"
            "2024\t25\t93\n"
            "\n"
            "表2 医学影像AI市场规模\n"
            "年份\t亿元\t同比\n"
            "2021\t11.6\t—\n"
            "2022\t16.9\t45.7%\n"
            "2023\t23.5\t39.1%\n"
            "2024\t31.8\t35.3%\n"
            "2025E\t42.0\t32.1%\n"
            "注：E为预测值。数据来源：衡石医疗研究院。"
        ),
        obs=[
            ("Total", 2021, 11.6, "CNY 100 million", "actual"),
            ("Total", 2022, 16.9, "CNY 100 million", "actual"),
            ("Total", 2023, 23.5, "CNY 100 million", "actual"),
            ("Total", 2024, 31.8, "CNY 100 million", "actual"),
            ("Total", 2025, 42.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 45.7, "percent", 2021, 2022, 1.0),
            ("growth", 39.1, "percent", 2022, 2023, 1.0),
            ("growth", 35.3, "percent", 2023, 2024, 1.0),
            ("growth", 32.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 16.9 / 11.6 - 1 = 45.69% -> 45.7
            ("cagr|implied", "exact"),  # 23.5 / 16.9 - 1 = 39.05% -> 39.1
            ("cagr|implied", "exact"),  # 31.8 / 23.5 - 1 = 35.32% -> 35.3
            ("cagr|implied", "exact"),  # 42.0 / 31.8 - 1 = 32.08% -> 32.1
        ],
    ),
    # 17. (T3) English space-aligned vertical table, two value columns (items by column header), 2025F row;
    #     prose rates: imaging "22.3%" only within rounding, pathology "34%" exact; a quarter's bookings and a
    #     hospital count nowhere
    dict(
        text=(
            "US hospital spending on AI software by application (USD million), Larkfield Health-IT Monitor\n"
            "Year     Imaging AI   Pathology AI\n"
            "2022          640             95\n"
            "2023          790            128\n"
            "2024          965            171\n"
            "2025F       1,160            224\n"
            "Imaging AI spending rose 22.3% in 2024, the monitor says, while pathology AI grew 34%. First-quarter "
            "2025 bookings came to $310 million across 5,200 hospitals."
        ),
        obs=[
            ("Imaging AI", 2022, 640, "USD million", "actual"),
            ("Imaging AI", 2023, 790, "USD million", "actual"),
            ("Imaging AI", 2024, 965, "USD million", "actual"),
            ("Imaging AI", 2025, 1160, "USD million", "estimate"),
            ("Pathology AI", 2022, 95, "USD million", "actual"),
            ("Pathology AI", 2023, 128, "USD million", "actual"),
            ("Pathology AI", 2024, 171, "USD million", "actual"),
            ("Pathology AI", 2025, 224, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 22.3, "percent", 2023, 2024, 1.0),  # imaging AI "rose 22.3% in 2024"
            ("growth", 34.0, "percent", 2023, 2024, 1.0),  # pathology AI "grew 34%"
        ],
        verdicts=[
            # 965 / 790 - 1 = 22.15% -> 22.2, not 22.3; bounds up to 965.5 / 789.5 - 1 = 22.29% -> 22.3 reachable
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 171 / 128 - 1 = 33.59% -> rounds to 34
        ],
    ),
    # 18. (T4) Traditional Chinese pipe table in 新台幣億元 with a 合計 row and a 2024 share column: four shares
    #     with arithmetic verdicts, the 100% total no claim; the table number and note number nowhere
    dict(
        text=(
            "表2　台灣醫療AI軟體市場規模（單位：新台幣億元）\n"
            "| 項目 | 2023年 | 2024年 | 2024年占比 |\n"
            "|---|---|---|---|\n"
            "| 醫學影像 | 9.8 | 12.6 | 45.2% |\n"
            "| 臨床決策支援 | 6.1 | 7.9 | 28.3% |\n"
            "| 病理 | 2.4 | 3.5 | 12.5% |\n"
            "| 其他 | 3.0 | 3.9 | 14.0% |\n"
            "| 合計 | 21.3 | 27.9 | 100.0% |\n"
            "資料來源：台灣醫材智慧化促進會。註1：占比以2024年合計為分母。"
        ),
        obs=[
            ("醫學影像", 2023, 9.8, "TWD 100 million", "actual"),
            ("醫學影像", 2024, 12.6, "TWD 100 million", "actual"),
            ("臨床決策支援", 2023, 6.1, "TWD 100 million", "actual"),
            ("臨床決策支援", 2024, 7.9, "TWD 100 million", "actual"),
            ("病理", 2023, 2.4, "TWD 100 million", "actual"),
            ("病理", 2024, 3.5, "TWD 100 million", "actual"),
            ("其他", 2023, 3.0, "TWD 100 million", "actual"),
            ("其他", 2024, 3.9, "TWD 100 million", "actual"),
            ("合計", 2023, 21.3, "TWD 100 million", "actual"),
            ("合計", 2024, 27.9, "TWD 100 million", "actual"),
        ],
        claims=[
            ("share", 45.2, "percent", 2024, 2024, None),
            ("share", 28.3, "percent", 2024, 2024, None),
            ("share", 12.5, "percent", 2024, 2024, None),
            ("share", 14.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 9.8+6.1+2.4+3.0 = 21.3; 12.6+7.9+3.5+3.9 = 27.9
            ("arithmetic", "exact"),  # 12.6 / 27.9 = 45.16% -> 45.2
            ("arithmetic", "exact"),  # 7.9 / 27.9 = 28.32% -> 28.3
            ("arithmetic", "exact"),  # 3.5 / 27.9 = 12.54% -> 12.5
            ("arithmetic", "exact"),  # 3.9 / 27.9 = 13.98% -> 14.0
        ],
    ),
    # 19. (T5) Simplified Chinese pipe table by segment with 2025E/2026E columns and a 合计 row; a stated
    #     2023-2026E CAGR in the note; a table number and a cumulative approvals count nowhere
    dict(
        text=(
            "表5 中国医疗AI细分市场规模（单位：亿元）\n"
            "| 细分领域 | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| 医学影像AI | 32.5 | 41.8 | 53.0 | 66.4 |\n"
            "| AI辅助诊疗 | 14.2 | 19.6 | 26.3 | 34.5 |\n"
            "| AI药物研发 | 8.7 | 12.9 | 18.4 | 25.6 |\n"
            "| 健康管理与问诊机器人 | 5.1 | 6.9 | 9.2 | 12.0 |\n"
            "| 合计 | 60.5 | 81.2 | 106.9 | 138.5 |\n"
            "注：E为预测值，数据来源为临川证券研究所。2023-2026E合计规模年均复合增长率为31.8%；截至2024年累计获批"
            "三类证92张。"
        ),
        obs=[
            ("医学影像AI", 2023, 32.5, "CNY 100 million", "actual"),
            ("医学影像AI", 2024, 41.8, "CNY 100 million", "actual"),
            ("医学影像AI", 2025, 53.0, "CNY 100 million", "estimate"),
            ("医学影像AI", 2026, 66.4, "CNY 100 million", "estimate"),
            ("AI辅助诊疗", 2023, 14.2, "CNY 100 million", "actual"),
            ("AI辅助诊疗", 2024, 19.6, "CNY 100 million", "actual"),
            ("AI辅助诊疗", 2025, 26.3, "CNY 100 million", "estimate"),
            ("AI辅助诊疗", 2026, 34.5, "CNY 100 million", "estimate"),
            ("AI药物研发", 2023, 8.7, "CNY 100 million", "actual"),
            ("AI药物研发", 2024, 12.9, "CNY 100 million", "actual"),
            ("AI药物研发", 2025, 18.4, "CNY 100 million", "estimate"),
            ("AI药物研发", 2026, 25.6, "CNY 100 million", "estimate"),
            ("健康管理与问诊机器人", 2023, 5.1, "CNY 100 million", "actual"),
            ("健康管理与问诊机器人", 2024, 6.9, "CNY 100 million", "actual"),
            ("健康管理与问诊机器人", 2025, 9.2, "CNY 100 million", "estimate"),
            ("健康管理与问诊机器人", 2026, 12.0, "CNY 100 million", "estimate"),
            ("合计", 2023, 60.5, "CNY 100 million", "actual"),
            ("合计", 2024, 81.2, "CNY 100 million", "actual"),
            ("合计", 2025, 106.9, "CNY 100 million", "estimate"),
            ("合计", 2026, 138.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 31.8, "percent", 2023, 2026, None, "stated"),  # 2023-2026E…年均复合增长率为31.8%
        ],
        verdicts=[
            # 32.5+14.2+8.7+5.1 = 60.5; 41.8+19.6+12.9+6.9 = 81.2; 53.0+26.3+18.4+9.2 = 106.9;
            # 66.4+34.5+25.6+12.0 = 138.5
            ("hierarchy", "exact"),
            ("cagr|period", "exact"),  # (138.5 / 60.5) ** (1/3) - 1 = 31.79% -> rounds to 31.8
        ],
    ),
    # 20. (T6) English space-aligned table of AI drug-discovery platforms by region, 2024 and 2030F with a
    #     "CAGR 2024-30" column (five stated CAGRs) and a Total row; a deal count nowhere
    dict(
        text=(
            "AI drug-discovery platform revenue by region, USD million (Pellworth Advisory estimates)\n"
            "Region            2024     2030F    CAGR 2024-30\n"
            "North America      820     2,950           23.8%\n"
            "Europe             410     1,480           23.9%\n"
            "Asia-Pacific       290     1,350           29.2%\n"
            "Rest of world       80       320           26.0%\n"
            "Total            1,600     6,100           25.0%\n"
            "Pellworth logged 57 platform partnering deals in 2024, which it does not count as market revenue."
        ),
        obs=[
            ("North America", 2024, 820, "USD million", "actual"),
            ("North America", 2030, 2950, "USD million", "estimate"),
            ("Europe", 2024, 410, "USD million", "actual"),
            ("Europe", 2030, 1480, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 290, "USD million", "actual"),
            ("Asia-Pacific", 2030, 1350, "USD million", "estimate"),
            ("Rest of world", 2024, 80, "USD million", "actual"),
            ("Rest of world", 2030, 320, "USD million", "estimate"),
            ("Total", 2024, 1600, "USD million", "actual"),
            ("Total", 2030, 6100, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 23.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 29.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 26.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 25.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # 820+410+290+80 = 1,600; 2,950+1,480+1,350+320 = 6,100
            ("hierarchy", "exact"),
            ("cagr|period", "exact"),  # (2950 / 820) ** (1/6) - 1 = 23.79% -> 23.8
            ("cagr|period", "exact"),  # (1480 / 410) ** (1/6) - 1 = 23.85% -> 23.9
            ("cagr|period", "exact"),  # (1350 / 290) ** (1/6) - 1 = 29.22% -> 29.2
            ("cagr|period", "exact"),  # (320 / 80) ** (1/6) - 1 = 25.99% -> 26.0
            ("cagr|period", "exact"),  # (6100 / 1600) ** (1/6) - 1 = 24.99% -> 25.0
        ],
    ),
    # ------------------------------------------------------------------ English prose (5)
    # 21. dated news: "last year" $1.42 billion, "up 18% from $1.2 billion in 2023"; distractors: health-system count,
    #    FDA clearances, a vendor's own fourth-quarter revenue
    dict(
        text=(
            "BOSTON, 12 February 2025 — Spending by US hospitals on AI-based clinical decision support software "
            "reached $1.42 billion last year, according to Halvorsen Health Analytics, which tracks vendor "
            "contracts. That was up 18% from $1.2 billion in 2023. The tracker counted 640 health systems running "
            "at least one such tool, while the FDA cleared 221 AI-enabled devices over the same twelve months. "
            "Corvane Health, the largest vendor, booked $96 million of revenue in the fourth quarter alone."
        ),
        obs=[
            ("Total", 2024, 1.42, "USD billion", "actual"),
            ("Total", 2023, 1.2, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 18.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.42 / 1.2 - 1 = 18.33% -> 18
        ],
    ),
    # 22. consultancy report: $1.9 billion (2023) to $8.6 billion by 2030, "CAGR of 24.5% over 2023-2030" (stated span,
    #    only reachable within rounding); distractors: one licensing deal's upfront and milestones, venture funding,
    #    molecule count
    dict(
        text=(
            "A new report from the London consultancy Marbeck & Lowe puts the global market for AI drug-discovery "
            "platforms at $1.9 billion in 2023 and forecasts that it will reach $8.6 billion by 2030, a compound "
            "annual growth rate of 24.5% over 2023-2030. Deal-making remains brisk: in January Peldra Therapeutics "
            "licensed an AI-designed kinase inhibitor for $45 million upfront and up to $1.2 billion in milestones. "
            "Start-ups in the field raised $5.6 billion of venture funding in 2024, and more than 70 molecules found "
            "with machine-learning tools are now in clinical trials."
        ),
        obs=[
            ("Total", 2023, 1.9, "USD billion", "actual"),
            ("Total", 2030, 8.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.5, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            # (8.6 / 1.9) ** (1/7) - 1 = 24.07% -> 24.1, not 24.5;
            # bounds (8.55 / 1.95) ** (1/7) - 1 = 23.51% .. (8.65 / 1.85) ** (1/7) - 1 = 24.65% -> 24.5 reachable
            ("cagr|period", "rounding"),
        ],
    ),
    # 23. earnings call: the CEO sizes the total addressable market, "about $4.5 billion this year" (dateline 2025 ->
    #    estimate) growing to $11 billion by 2030, "roughly 20% a year" (span not printed -> inferred);
    #    distractors: own fiscal-2024 revenue and its growth, lab count, price target and upside
    dict(
        text=(
            "On the company's fourth-quarter call on 27 February 2025, Lumetra Diagnostics chief executive Dana "
            "Okafor said the total addressable market for AI-assisted digital pathology would be about $4.5 billion "
            "this year and should grow to $11 billion by 2030, \"roughly 20% a year\". Lumetra's own revenue rose 31% "
            "to $212 million in fiscal 2024, and its software now runs in 380 laboratories. Analysts at Brightwater "
            "Securities kept their $58 price target, implying 22% upside."
        ),
        obs=[
            ("Total", 2025, 4.5, "USD billion", "estimate"),
            ("Total", 2030, 11, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.0, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (11 / 4.5) ** (1/5) - 1 = 19.57% -> 20
        ],
    ),
    # 24. trade-body review: £310 million in 2024 "up 35% on the £240 million recorded in 2023" -- contradicted by its
    #    own amounts; 2027 forecast; distractors: a poll's answer and percentage points
    dict(
        text=(
            "LONDON, 3 June 2025 — The UK market for health chatbots and AI symptom checkers was worth £310 million "
            "in 2024, up 35% on the £240 million recorded in 2023, the trade body Digital Care Alliance said in its "
            "annual review. Use is spreading fast: 44% of adults polled by the alliance said they had consulted such "
            "a tool in the past year, up nine percentage points. The alliance expects the market to reach "
            "£520 million in 2027."
        ),
        obs=[
            ("Total", 2024, 310, "GBP million", "actual"),
            ("Total", 2023, 240, "GBP million", "actual"),
            ("Total", 2027, 520, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 35.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 310 / 240 - 1 = 29.17%; bounds 309.5 / 240.5 - 1 = 28.69% .. 310.5 / 239.5 - 1 = 29.65% -> 35 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 25. association figures: €820 million total, Radiology €560 million "or 68% of the total"; "pass €1 billion in
    #    2026" converted to the series' EUR million; distractors: product count, price per scan
    dict(
        text=(
            "Europe's market for AI medical-imaging software reached €820 million in 2024, according to the "
            "Brussels-based Medical Imaging Software Association. Radiology accounted for €560 million, or 68% of the "
            "total, with cardiology and oncology tools making up most of the rest. The association counts 1,150 "
            "CE-marked AI imaging products and says the average price per scan read by an algorithm fell to €1.40. "
            "It expects the market to pass €1 billion in 2026."
        ),
        obs=[
            ("Total", 2024, 820, "EUR million", "actual"),
            ("Radiology", 2024, 560, "EUR million", "actual"),
            ("Total", 2026, 1000, "EUR million", "estimate"),
        ],
        claims=[
            ("share", 68.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 560 / 820 = 68.29% -> 68
        ],
    ),
    # ------------------------------------------------------------------ Chinese prose (9; snippets 9-11 Traditional)
    # 26. 简体新闻：2024年68.5亿元 "较2023年的53.8亿元同比增长27.3%"；distractors: 三类证张数、影像类"七成"、医院数、
    #    单次阅片收费区间
    dict(
        text=(
            "（2025年3月18日）据中国医学装备协会人工智能分会统计，2024年我国医学影像AI市场规模达到68.5亿元，"
            "较2023年的53.8亿元同比增长27.3%。截至2024年底，国家药监局累计批准的AI医疗器械三类证已超过100张，"
            "其中影像类占七成以上。目前全国已有2300多家医院部署肺结节、骨折等影像辅助诊断软件，"
            "单次阅片收费多在10元至30元之间。"
        ),
        obs=[
            ("Total", 2024, 68.5, "CNY 100 million", "actual"),
            ("Total", 2023, 53.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 27.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 68.5 / 53.8 - 1 = 27.32% -> 27.3
        ],
    ),
    # 27. 简体：AI制药 2024年约42亿元，"预计到2030年将突破300亿元"，"2024-2030年复合增长率达38.8%"（stated）；
    #    distractors: 授权交易首付款与里程碑、B轮融资
    dict(
        text=(
            "AI制药赛道热度不减。据锐思咨询测算，2024年中国AI制药市场规模约为42亿元，预计到2030年将突破300亿元，"
            "2024-2030年复合增长率达38.8%。今年1月，一家苏州AI制药企业与跨国药企达成授权合作，首付款5000万美元，"
            "潜在里程碑付款最高12亿美元；另一家北京公司则完成3亿元B轮融资。"
        ),
        obs=[
            ("Total", 2024, 42, "CNY 100 million", "actual"),
            ("Total", 2030, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 38.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (300 / 42) ** (1/6) - 1 = 38.78% -> 38.8
        ],
    ),
    # 28. 简体省级行动方案：2024年210亿元，"力争到2027年达到500亿元，约为2024年的2.4倍"（multiple, no verdict）；
    #    distractors: 方案标题年份、千亿级、覆盖率90%、企业数与"超亿元"
    dict(
        text=(
            "东川省卫健委近日印发《医疗人工智能产业发展三年行动方案（2025—2027年）》。方案显示，2024年全省医疗人工智能"
            "产业规模为210亿元，力争到2027年达到500亿元，约为2024年的2.4倍，并打造千亿级智慧健康产业集群。"
            "方案还提出，到2027年全省二级以上医院AI辅助诊断覆盖率达到90%，培育10家以上营收超亿元的龙头企业。"
        ),
        obs=[
            ("Total", 2024, 210, "CNY 100 million", "actual"),
            ("Total", 2027, 500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.4, "multiple", 2024, 2027, 3.0),  # 500 / 210 = 2.38; a multiple gets no verdict
        ],
        verdicts=[],
    ),
    # 29. 繁體（台灣）：新台幣85億元 vs 67億元 "成長28%" (exact only within rounding); 2025 預估約105億元;
    #    distractors: 許可件數、醫院家數、醫師問卷比例
    dict(
        text=(
            "【台北訊】台灣智慧醫療協會今（2025）年5月發布調查指出，2024年台灣AI醫療器材與軟體市場規模達新台幣85億元，"
            "較2023年的67億元成長28%。協會並預估，2025年市場將進一步擴大至新台幣約105億元。目前已有超過60項AI醫材"
            "取得衛福部食藥署許可，導入AI影像判讀的醫院約有140家；受訪醫師中有57%表示每週至少使用一次AI工具。"
        ),
        obs=[
            ("Total", 2024, 85, "TWD 100 million", "actual"),
            ("Total", 2023, 67, "TWD 100 million", "actual"),
            ("Total", 2025, 105, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 85 / 67 - 1 = 26.87% -> 27, not 28;
            # bounds 84.5 / 67.5 - 1 = 25.19% .. 85.5 / 66.5 - 1 = 28.57% -> 28 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 30. 繁體（香港）：約12.6億港元 (2024) 至33億港元 (2029)，"2024至2029年複合年增長率為21.2%"（stated）；
    #     distractors: 公立醫院數、初創1.5億港元A輪融資、"約一成"
    dict(
        text=(
            "香港智慧醫療商會最新報告估計，2024年本港醫療AI解決方案市場規模約為12.6億港元，預計2029年增至33億港元，"
            "2024至2029年複合年增長率為21.2%。醫管局轄下已有43間公立醫院試行AI胸部X光篩查，一家本地初創上月亦完成"
            "1.5億港元A輪融資。報告又指，醫療AI支出目前約佔本港醫療資訊科技總開支的一成。"
        ),
        obs=[
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("Total", 2029, 33, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (33 / 12.6) ** (1/5) - 1 = 21.24% -> 21.2
        ],
    ),
    # 31. 繁體（日本市場）：312億日圓 -> 389億日圓 "年增24.7%"; 預估2030年1,050億日圓, "每年平均成長約18%"
    #     (span not printed -> inferred); distractors: 核准件數、每月影像件數
    dict(
        text=(
            "根據日本調查機構矢野經研的資料，日本AI醫學影像診斷支援系統市場2023年為312億日圓，2024年增至389億日圓，"
            "年增24.7%。該機構預估，此後市場每年平均成長約18%，2030年規模將達到1,050億日圓。厚生勞動省迄今已核准"
            "逾30項AI影像軟體，導入醫院每月以AI處理的影像約120萬件。"
        ),
        obs=[
            ("Total", 2023, 312, "JPY 100 million", "actual"),
            ("Total", 2024, 389, "JPY 100 million", "actual"),
            ("Total", 2030, 1050, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.7, "percent", 2023, 2024, 1.0),
            ("cagr", 18.0, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 389 / 312 - 1 = 24.68% -> 24.7
            ("cagr|period", "exact"),   # (1050 / 389) ** (1/6) - 1 = 18.00% -> 18
        ],
    ),
    # 32. 简体白皮书：36.2亿元 "同比增长41.5%"，2023年27.4亿元 -- contradicted by its own amounts;
    #     distractors: 白皮书标题年份、调研医院数、上线比例、季度环比
    dict(
        text=(
            "（2025年2月）华衡智库发布的《2025中国临床决策支持系统行业白皮书》显示，2024年我国AI临床辅助决策软件"
            "市场规模为36.2亿元，同比增长41.5%；2023年这一数字为27.4亿元。白皮书共调研412家三级医院，其中68%已上线"
            "CDSS。另据披露，头部企业2024年第四季度收入环比增长12%。"
        ),
        obs=[
            ("Total", 2024, 36.2, "CNY 100 million", "actual"),
            ("Total", 2023, 27.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 41.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 56.2 / 27.4 - 1 = 32.12%; bounds 36.15 / 27.45 - 1 = 31.69% .. 36.25 / 27.35 - 1 = 32.54% -> 41.5 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. 简体：7850亿元 (2024) -> "1.15万亿元" (2027) kept in the series' 亿元 = 11500; "年均复合增长率约13.6%"
    #     (span not printed -> inferred); distractors: 大模型备案数、一季度
    dict(
        text=(
            "（2025年6月）信通数研发布报告称，2024年我国医疗人工智能及相关数字化服务市场规模为7850亿元，"
            "预计2027年将达到1.15万亿元，年均复合增长率约13.6%。报告统计，截至今年一季度末已有47个医疗大模型完成备案，"
            "但多数仍处于院内试点阶段。"
        ),
        obs=[
            ("Total", 2024, 7850, "CNY 100 million", "actual"),
            ("Total", 2027, 11500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 13.6, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (11500 / 7850) ** (1/3) - 1 = 13.57% -> 13.6
        ],
    ),
    # 34. 简体券商研报：153亿元总量，医学影像AI 63亿元 "占比41%"，病理AI 18亿元 "占11.6%" (rounding)，
    #     AI药物研发服务34亿元；distractors: 百分点、评级、目标价
    dict(
        text=(
            "沛林证券在最新研报中测算，2024年中国AI医疗软件市场规模为153亿元。其中，医学影像AI为63亿元，占比41%；"
            "病理AI为18亿元，占11.6%，占比较上年提升2.1个百分点；AI药物研发服务为34亿元。研报维持对行业龙头"
            "“强于大市”评级，目标价86元。"
        ),
        obs=[
            ("Total", 2024, 153, "CNY 100 million", "actual"),
            ("医学影像AI", 2024, 63, "CNY 100 million", "actual"),
            ("病理AI", 2024, 18, "CNY 100 million", "actual"),
            ("AI药物研发服务", 2024, 34, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 41.0, "percent", 2024, 2024, None),
            ("share", 11.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),     # 63 / 153 = 41.18% -> 41
            # 18 / 153 = 11.76% -> 11.8, not 11.6; bounds 17.5 / 153.5 = 11.40% .. 18.5 / 152.5 = 12.13% -> 11.6 reachable
            ("arithmetic", "rounding"),
        ],
    ),
    # ------------------------------------------------------------------ Tables (6)
    # 35. English pipe table, segments x years with E columns and a Total row; all four columns add exactly;
    #     distractors: table number, vendor count
    dict(
        text=(
            "Table 3: Global AI-in-healthcare software market by segment (USD million)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Medical imaging | 1,840 | 2,310 | 2,880 | 3,560 |\n"
            "| Clinical decision support | 1,120 | 1,420 | 1,790 | 2,230 |\n"
            "| Drug discovery platforms | 760 | 1,010 | 1,330 | 1,740 |\n"
            "| Virtual health assistants | 430 | 580 | 760 | 980 |\n"
            "| Total | 4,150 | 5,320 | 6,760 | 8,510 |\n"
            "\n"
            "Source: Corliss Health Research, which tracks 1,240 vendors. 2025E-2026E are estimates."
        ),
        obs=[
            ("Medical imaging", 2023, 1840, "USD million", "actual"),
            ("Medical imaging", 2024, 2310, "USD million", "actual"),
            ("Medical imaging", 2025, 2880, "USD million", "estimate"),
            ("Medical imaging", 2026, 3560, "USD million", "estimate"),
            ("Clinical decision support", 2023, 1120, "USD million", "actual"),
            ("Clinical decision support", 2024, 1420, "USD million", "actual"),
            ("Clinical decision support", 2025, 1790, "USD million", "estimate"),
            ("Clinical decision support", 2026, 2230, "USD million", "estimate"),
            ("Drug discovery platforms", 2023, 760, "USD million", "actual"),
            ("Drug discovery platforms", 2024, 1010, "USD million", "actual"),
            ("Drug discovery platforms", 2025, 1330, "USD million", "estimate"),
            ("Drug discovery platforms", 2026, 1740, "USD million", "estimate"),
            ("Virtual health assistants", 2023, 430, "USD million", "actual"),
            ("Virtual health assistants", 2024, 580, "USD million", "actual"),
            ("Virtual health assistants", 2025, 760, "USD million", "estimate"),
            ("Virtual health assistants", 2026, 980, "USD million", "estimate"),
            ("Total", 2023, 4150, "USD million", "actual"),
            ("Total", 2024, 5320, "USD million", "actual"),
            ("Total", 2025, 6760, "USD million", "estimate"),
            ("Total", 2026, 8510, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 1840 + 1120 + 760 + 430 = 4150
            ("hierarchy", "exact"),  # 2024: 2310 + 1420 + 1010 + 580 = 5320
            ("hierarchy", "exact"),  # 2025E: 2880 + 1790 + 1330 + 760 = 6760
            ("hierarchy", "exact"),  # 2026E: 3560 + 2230 + 1740 + 980 = 8510
        ],
    ),
    # 36. 简体：三类证获批数量表（不是金额）beside a vertical value table whose rows are years, lone column headed "亿元"
    #     (-> Total) with a 同比 column; 2022's 38.3% exact only within rounding
    dict(
        text=(
            "表1  医学影像AI三类证获批数量（张）\n"
            "年份    获批数量\n"
            "2021    19\n"
            "2022    23\n"
            "2023    25\n"
            "2024    31\n"
            "\n"
            "表2  中国医学影像AI市场规模\n"
            "年份     亿元     同比\n"
            "2021     21.6     —\n"
            "2022     29.8     38.3%\n"
            "2023     40.5     35.9%\n"
            "2024     52.7     30.1%\n"
            "2025E    66.0     25.2%\n"
            "\n"
            "资料来源：智影产业研究院。获批数量与市场规模并非一一对应。"
        ),
        obs=[
            ("Total", 2021, 21.6, "CNY 100 million", "actual"),
            ("Total", 2022, 29.8, "CNY 100 million", "actual"),
            ("Total", 2023, 40.5, "CNY 100 million", "actual"),
            ("Total", 2024, 52.7, "CNY 100 million", "actual"),
            ("Total", 2025, 66.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 38.3, "percent", 2021, 2022, 1.0),
            ("growth", 35.9, "percent", 2022, 2023, 1.0),
            ("growth", 30.1, "percent", 2023, 2024, 1.0),
            ("growth", 25.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 49.8 / 21.6 - 1 = 37.96% -> 38.0, not 38.3;
            # bounds 29.75 / 21.65 - 1 = 37.41% .. 29.85 / 21.55 - 1 = 38.52% -> 38.3 reachable
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 40.5 / 29.8 - 1 = 35.91% -> 35.9
            ("cagr|implied", "exact"),  # 52.7 / 40.5 - 1 = 30.12% -> 30.1
            ("cagr|implied", "exact"),  # 66.0 / 52.7 - 1 = 25.24% -> 25.2
        ],
    ),
    # 37. English tab-separated vertical table, fiscal years, lone value column headed "¥ billion" (-> Total,
    #     JPY billion), YoY column, F rows estimates, a stated FY2024-FY2026 CAGR in the note; distractor: approvals
    dict(
        text=(
            "Japan: AI-enabled medical device software market\n"
            "Fiscal year\t¥ billion\tYoY\n"
            "FY2022\t38.4\t\n"
            "FY2023\t46.1\t20.1%\n"
            "FY2024\t55.9\t21.3%\n"
            "FY2025F\t66.8\t19.5%\n"
            "FY2026F\t78.5\t17.5%\n"
            "Source: Japan Medical AI Industry Council. The council, which counts 112 AI devices approved by the "
            "PMDA, projects a FY2024-FY2026 CAGR of 18.5%."
        ),
        obs=[
            ("Total", 2022, 38.4, "JPY billion", "actual"),
            ("Total", 2023, 46.1, "JPY billion", "actual"),
            ("Total", 2024, 55.9, "JPY billion", "actual"),
            ("Total", 2025, 66.8, "JPY billion", "estimate"),
            ("Total", 2026, 78.5, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 20.1, "percent", 2022, 2023, 1.0),
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
            ("growth", 19.5, "percent", 2024, 2025, 1.0),
            ("growth", 17.5, "percent", 2025, 2026, 1.0),
            ("cagr", 18.5, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 46.1 / 38.4 - 1 = 20.052% -> 20.1
            ("cagr|implied", "exact"),  # 55.9 / 46.1 - 1 = 21.26% -> 21.3
            ("cagr|implied", "exact"),  # 66.8 / 55.9 - 1 = 19.499% -> 19.5
            ("cagr|implied", "exact"),  # 78.5 / 66.8 - 1 = 17.51% -> 17.5
            ("cagr|period", "exact"),   # (78.5 / 55.9) ** (1/2) - 1 = 18.50% -> 18.5
        ],
    ),
    # 38. 繁體 space-aligned table, 新台幣億元, segments x years with a 預估 column and total row "合計"; 2025's total
    #     (93.7) matches its rows (93.6) only within rounding; distractors: table number, 許可件數
    dict(
        text=(
            "表二　台灣醫療AI市場規模（單位：新台幣億元）\n"
            "項目              2023     2024     2025(預估)\n"
            "醫學影像          31.2     38.6     46.9\n"
            "臨床決策支援      14.8     18.3     22.7\n"
            "智慧病理           6.1      8.4     11.2\n"
            "其他               9.5     11.0     12.8\n"
            "合計              61.6     76.3     93.7\n"
            "資料來源：台灣醫療科技產業聯盟。2024年取得食藥署許可的AI醫材共27件。"
        ),
        obs=[
            ("醫學影像", 2023, 31.2, "TWD 100 million", "actual"),
            ("醫學影像", 2024, 38.6, "TWD 100 million", "actual"),
            ("醫學影像", 2025, 46.9, "TWD 100 million", "estimate"),
            ("臨床決策支援", 2023, 14.8, "TWD 100 million", "actual"),
            ("臨床決策支援", 2024, 18.3, "TWD 100 million", "actual"),
            ("臨床決策支援", 2025, 22.7, "TWD 100 million", "estimate"),
            ("智慧病理", 2023, 6.1, "TWD 100 million", "actual"),
            ("智慧病理", 2024, 8.4, "TWD 100 million", "actual"),
            ("智慧病理", 2025, 11.2, "TWD 100 million", "estimate"),
            ("其他", 2023, 9.5, "TWD 100 million", "actual"),
            ("其他", 2024, 11.0, "TWD 100 million", "actual"),
            ("其他", 2025, 12.8, "TWD 100 million", "estimate"),
            ("合計", 2023, 61.6, "TWD 100 million", "actual"),
            ("合計", 2024, 76.3, "TWD 100 million", "actual"),
            ("合計", 2025, 93.7, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 31.2 + 14.8 + 6.1 + 9.5 = 61.6
            ("hierarchy", "exact"),     # 2024: 38.6 + 18.3 + 8.4 + 11.0 = 76.3
            # 2025: 46.9 + 22.7 + 11.2 + 12.8 = 93.6, printed 93.7; rows at +/-0.05 each give 93.4 .. 93.8 -> 93.7 reachable
            ("hierarchy", "rounding"),
        ],
    ),
    # 39. 简体 tab-separated table, 2022-2024 by segment with "合计" and a "2024年占比" share column (100% total is no
    #     claim); distractors: hospital count, quarter's orders
    dict(
        text=(
            "中国AI医疗细分市场结构（单位：亿元）\n"
            "细分领域\t2022年\t2023年\t2024年\t2024年占比\n"
            "医学影像\t32.5\t44.0\t57.2\t37.4%\n"
            "药物研发\t18.6\t27.3\t39.8\t26.0%\n"
            "临床决策\t15.1\t20.2\t26.5\t17.3%\n"
            "健康管理\t12.4\t16.8\t20.6\t13.5%\n"
            "其他\t5.2\t6.9\t8.9\t5.8%\n"
            "合计\t83.8\t115.2\t153.0\t100%\n"
            "注：2024年全国采购AI软件的医院超过1,600家；部分企业2025年一季度订单同比翻番。"
        ),
        obs=[
            ("医学影像", 2022, 32.5, "CNY 100 million", "actual"),
            ("医学影像", 2023, 44.0, "CNY 100 million", "actual"),
            ("医学影像", 2024, 57.2, "CNY 100 million", "actual"),
            ("药物研发", 2022, 18.6, "CNY 100 million", "actual"),
            ("药物研发", 2023, 27.3, "CNY 100 million", "actual"),
            ("药物研发", 2024, 39.8, "CNY 100 million", "actual"),
            ("临床决策", 2022, 15.1, "CNY 100 million", "actual"),
            ("临床决策", 2023, 20.2, "CNY 100 million", "actual"),
            ("临床决策", 2024, 26.5, "CNY 100 million", "actual"),
            ("健康管理", 2022, 12.4, "CNY 100 million", "actual"),
            ("健康管理", 2023, 16.8, "CNY 100 million", "actual"),
            ("健康管理", 2024, 20.6, "CNY 100 million", "actual"),
            ("其他", 2022, 5.2, "CNY 100 million", "actual"),
            ("其他", 2023, 6.9, "CNY 100 million", "actual"),
            ("其他", 2024, 8.9, "CNY 100 million", "actual"),
            ("合计", 2022, 83.8, "CNY 100 million", "actual"),
            ("合计", 2023, 115.2, "CNY 100 million", "actual"),
            ("合计", 2024, 153.0, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 37.4, "percent", 2024, 2024, None),
            ("share", 26.0, "percent", 2024, 2024, None),
            ("share", 17.3, "percent", 2024, 2024, None),
            ("share", 13.5, "percent", 2024, 2024, None),
            ("share", 5.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 57.2 / 153.0 = 37.39% -> 37.4
            ("arithmetic", "exact"),  # 39.8 / 153.0 = 26.01% -> 26.0
            ("arithmetic", "exact"),  # 26.5 / 153.0 = 17.32% -> 17.3
            ("arithmetic", "exact"),  # 20.6 / 153.0 = 13.46% -> 13.5
            ("arithmetic", "exact"),  # 8.9 / 153.0 = 5.82% -> 5.8
            ("hierarchy", "exact"),   # 2022: 32.5 + 18.6 + 15.1 + 12.4 + 5.2 = 83.8
            ("hierarchy", "exact"),   # 2023: 44.0 + 27.3 + 20.2 + 16.8 + 6.9 = 115.2
            ("hierarchy", "exact"),   # 2024: 57.2 + 39.8 + 26.5 + 20.6 + 8.9 = 153.0
        ],
    ),
    # 40. English space-aligned table, EUR million, 2024 and 2029F with a "CAGR 2024-29" column (stated spans):
    #     Pathology's 24.5% contradicted, Operations' 17.0% exact only within rounding; distractors: survey answer,
    #     respondent count, percentage points
    dict(
        text=(
            "European hospital AI software spend by application (EUR million)\n"
            "Application                  2024     2029F    CAGR 2024-29\n"
            "Imaging & radiology           610     1,480    19.4%\n"
            "Clinical decision support     290       820    23.1%\n"
            "Pathology                      85       310    24.5%\n"
            "Operations & workflow         215       470    17.0%\n"
            "Total                       1,200     3,080    20.7%\n"
            "Source: Ardent Health Economics. In its survey of 310 hospital CIOs, 72% planned to raise AI budgets "
            "next year; imaging's slice of spend is seen slipping by about three percentage points."
        ),
        obs=[
            ("Imaging & radiology", 2024, 610, "EUR million", "actual"),
            ("Imaging & radiology", 2029, 1480, "EUR million", "estimate"),
            ("Clinical decision support", 2024, 290, "EUR million", "actual"),
            ("Clinical decision support", 2029, 820, "EUR million", "estimate"),
            ("Pathology", 2024, 85, "EUR million", "actual"),
            ("Pathology", 2029, 310, "EUR million", "estimate"),
            ("Operations & workflow", 2024, 215, "EUR million", "actual"),
            ("Operations & workflow", 2029, 470, "EUR million", "estimate"),
            ("Total", 2024, 1200, "EUR million", "actual"),
            ("Total", 2029, 3080, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 19.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 23.1, "percent", 2024, 2029, None, "stated"),
            ("cagr", 24.5, "percent", 2024, 2029, None, "stated"),
            ("cagr", 17.0, "percent", 2024, 2029, None, "stated"),
            ("cagr", 20.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),         # (1480 / 610) ** (1/5) - 1 = 19.40% -> 19.4
            ("cagr|period", "exact"),         # (820 / 290) ** (1/5) - 1 = 23.11% -> 23.1
            # (310 / 85) ** (1/5) - 1 = 29.54%; bounds (309.5 / 85.5) .. (310.5 / 84.5) -> 29.34% .. 29.73%; 24.5 unreachable
            ("cagr|period", "inconsistent"),
            # (470 / 215) ** (1/5) - 1 = 16.93% -> 16.9, not 17.0;
            # bounds (469.5 / 215.5) ** (1/5) - 1 = 16.85% .. (470.5 / 214.5) ** (1/5) - 1 = 17.01% -> 17.0 reachable
            ("cagr|period", "rounding"),
            ("cagr|period", "exact"),         # (3080 / 1200) ** (1/5) - 1 = 20.75% -> 20.7
            ("hierarchy", "exact"),           # 2024: 610 + 290 + 85 + 215 = 1200
            ("hierarchy", "exact"),           # 2029F: 1480 + 820 + 310 + 470 = 3080
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-twenty-sixth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 10, 'exact': 66}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '18% more than the',
    'a 29% CAGR over 2024-2030',
    'compound annual growth of 14.2% from fiscal 2023 to fiscal 2030',
    'total addressable market for clinical decision support',
    'a compound rate of about 17%',
    'of that, or 41%',
    'up 42% on the',
    'a 2024-2029 CAGR of 17.7%',
    'last year and are expected to spend $530 million this year, a 29% rise',
    'between $700 million and $820 million by 2028',
    '同比增长31.4%',
    '增长2倍至',
    '2024至2027年複合成長率達24.5%',
    '年均複合增長率約19.7%',
    '今年预计达到',
    '| 2025E | 2027E |',
    '年份\t亿元\t同比',
    '2025F       1,160',
    '2024年占比',
    'CAGR 2024-30',
    'reached $1.42 billion last year',
    'up 18% from $1.2 billion in 2023',
    'a compound annual growth rate of 24.5% over 2023-2030',
    'the total addressable market for AI-assisted digital pathology',
    '"roughly 20% a year"',
    'up 35% on the £240 million recorded in 2023',
    'or 68% of the total',
    'It expects the market to pass €1 billion in 2026',
    '较2023年的53.8亿元同比增长27.3%',
    '预计到2030年将突破300亿元',
    '约为2024年的2.4倍',
    '較2023年的67億元成長28%',
    '2024至2029年複合年增長率為21.2%',
    '2024年增至389億日圓',
    '预计2027年将达到1.15万亿元',
    '| Total | 4,150 | 5,320 | 6,760 | 8,510 |',
    '年份     亿元     同比',
    'Fiscal year\t¥ billion\tYoY',
    '2025(預估)',
    'CAGR 2024-29',
)
LAYOUT = (40, 13, 14, 13)
#: the set's blind score (written without reading or running the extractor, and kept unread): 229
#: figures, 52 rates, 78 verdicts and 1 false inconsistent
#: after the readings chosen on it and the hundred-and-twenty-fourth set: 229, 54, 81 and 0
FLOORS = {"figures_found": 230, "rates_found": 54, "verdicts_right": 81}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset126.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
