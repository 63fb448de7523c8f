"""A ninety-second check set for the extractor, written blind: academic and policy writing that cites market sizes -- journal
articles' introductions and literature reviews, theses, working papers, think-tank briefs and conference papers in
English and Chinese (Simplified and Traditional), citing publishers with their years and reference numbers
("According to MarketsandMarkets (2023), ... [12]", "(Smith et al., 2022)", "据艾瑞咨询统计[3]", "（张伟等，2023）"), with
their own numbers that are no market figure (citation years, reference, page, volume and issue numbers, sample sizes,
p-values, coefficients, survey percentages, model accuracy, table and figure numbers, reference lists), footnotes, a
paper's own estimate of a market, and papers' tables of market sizes with source notes.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. a journal article's introduction: quantum computing's 2023 size and 2029 forecast with a stated
    #    2023-2029 CAGR (exact); hardware as a part; citation years, a page number, a sample size, a survey share,
    #    r and p values and a reference list with a report title's years and pages (all nowhere)
    dict(
        text=(
            "1. Introduction\n"
            "Quantum technologies have moved from laboratory curiosity to industrial policy (Hartwell & Osei, 2023; "
            "Lindqvist et al., 2022, p. 41). According to Brackenridge Analytics (2024), the global quantum "
            "computing market was valued at USD 1.16 billion in 2023 and is expected to reach USD 4.62 billion by "
            "2029, a compound annual growth rate of 25.9% from 2023 to 2029 [4]. Hardware accounted for USD 0.71 "
            "billion of the 2023 figure [4]. Yet adoption remains thin: only 14.8% of the firms in our sample "
            "(N = 1,204) reported any quantum pilot, and the association with R&D intensity is weak (r = 0.19, "
            "p = 0.07).\n"
            "References\n"
            "[4] Brackenridge Analytics (2024). Quantum Computing Market Outlook 2024-2029. London: Brackenridge, "
            "pp. 12-19."
        ),
        obs=[
            ("Total", 2023, 1.16, "USD billion", "actual"),
            ("Total", 2029, 4.62, "USD billion", "estimate"),
            ("Hardware", 2023, 0.71, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 25.9, "percent", 2023, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.62 / 1.16) ** (1/6) - 1 = 25.901% -> 25.9
        ],
    ),
    # 2. a working paper's own estimate ("we estimate"): UK edtech 2022 and 2023 with a year-on-year rate (exact);
    #    a second publisher's 2023 figure (nowhere); paper number, filing count, a regression coefficient, a
    #    p-value and percentage points (all nowhere)
    dict(
        text=(
            "Fenmoor Institute for the Digital Economy, Working Paper No. 24-117\n"
            "Drawing on 3,412 company filings, we estimate that the UK education technology market reached "
            "GBP 3.85 billion in 2023, up 11.6% from GBP 3.45 billion in 2022. Our 2023 figure sits below the "
            "GBP 4.1 billion reported by Tallis Partners (2024), whose definition also takes in corporate "
            "e-learning. In the panel regressions (Table 3, column 2), a one-standard-deviation rise in broadband "
            "coverage is associated with 0.42 more edtech start-ups per district (p = 0.003). Schools in the "
            "bottom income quintile spend 2.3 percentage points less of their budgets on digital tools."
        ),
        obs=[
            ("Total", 2022, 3.45, "GBP billion", "actual"),
            ("Total", 2023, 3.85, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 11.6, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.85 / 3.45 - 1 = 11.594% -> 11.6
        ],
    ),
    # 3. a think-tank policy brief: EU AI accelerator chips 2024 -> 2030 with a stated 2024-2030 CAGR its own
    #    amounts contradict (inconsistent); data-centre GPUs as a part; brief number, a page number, a company's
    #    fiscal revenue, an interview count and a survey answer (all nowhere)
    dict(
        text=(
            "Policy Brief 17/2025 - Vireaux Centre for European Technology Policy\n"
            "Europe's dependence on imported compute is deepening. Citing Maubert and Kessel (2024), we note that "
            "the European market for AI accelerator chips is projected to rise from EUR 6.8 billion in 2024 to "
            "EUR 21.5 billion in 2030, a CAGR of 24.1% over 2024-2030 (p. 7). Data-centre GPUs made up EUR 4.9 "
            "billion of the 2024 total. By comparison, Orlenza Semiconductors, the region's largest chip "
            "designer, reported revenue of EUR 1.7 billion in fiscal 2024. Of the 86 officials we interviewed, "
            "71% named export controls as their main worry."
        ),
        obs=[
            ("Total", 2024, 6.8, "EUR billion", "actual"),
            ("Total", 2030, 21.5, "EUR billion", "estimate"),
            ("Data-centre GPUs", 2024, 4.9, "EUR billion", "actual"),
        ],
        claims=[
            ("cagr", 24.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (21.5 / 6.8) ** (1/6) - 1 = 21.149%; bounds (21.45 / 6.85) -> 20.955% .. (21.55 / 6.75) -> 21.346%;
            # 24.1 out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 4. a conference paper's related-work section with bracketed references: automotive LiDAR 2024 and 2030,
    #    "nearly fourfold" as a multiple (no verdict); solid-state units' amount and share (exact); model
    #    accuracy, a frame count, section and figure numbers (all nowhere)
    dict(
        text=(
            "II. RELATED WORK\n"
            "Solid-state sensing has become the focus of recent work [5]-[7]. Market studies cited in [8] put the "
            "automotive LiDAR market at USD 2.1 billion in 2024 and project it to grow nearly fourfold, to USD 8.2 "
            "billion, by 2030. Solid-state units accounted for USD 0.9 billion, or 42.9% of the 2024 market [8]. "
            "Our fusion network, described in Section IV, reaches 94.2% accuracy on the 7,481 KITTI training "
            "frames, and Fig. 3 compares its latency with the baseline of [6]."
        ),
        obs=[
            ("Total", 2024, 2.1, "USD billion", "actual"),
            ("Total", 2030, 8.2, "USD billion", "estimate"),
            ("Solid-state units", 2024, 0.9, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2024, 2030, 6.0),  # "nearly fourfold", no verdict (8.2 / 2.1 = 3.90)
            ("share", 42.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 0.9 / 2.1 = 42.857% -> 42.9
        ],
    ),
    # 5. a master's thesis literature review: cloud gaming 2022 -> 2028 "growing at 30.2% a year", a CAGR whose
    #    span only the amounts' years give (inferred), exact only within rounding; a rupee figure (no
    #    observation); a page number, a respondent count, a survey share and a table number (all nowhere)
    dict(
        text=(
            "Chapter 2. Literature Review\n"
            "2.1 Market context\n"
            "Cloud gaming is still a small corner of the games business. Pemberton Insight (2023) sized the global "
            "cloud gaming market at USD 2.4 billion in 2022 and forecast USD 11.9 billion in 2028, growing at 30.2% "
            "a year. In India, where the fieldwork for this thesis took place, the segment was worth an estimated "
            "Rs 1,650 crore in 2023 (Sharma & Iyer, 2024, p. 88). Of the 268 players I surveyed in Pune, 57.5% had "
            "tried a cloud gaming service at least once (see Table 2.1)."
        ),
        obs=[
            ("Total", 2022, 2.4, "USD billion", "actual"),
            ("Total", 2028, 11.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 30.2, "percent", 2022, 2028, None, "inferred"),  # span only from the amounts' years
        ],
        verdicts=[
            # (11.9 / 2.4) ** (1/6) - 1 = 30.584% -> 30.6, not 30.2; bounds (11.85 / 2.45) -> 30.045% ..
            # (11.95 / 2.35) -> 31.134%, which holds 30.2 -> rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 6. a dated policy briefing: UK public-sector cybersecurity "last year" (2024, actual) and "this year" (2025,
    #    estimate) with its rise (exact); managed detection and response as a part; a notice count, a quarter's
    #    incident rise, percentage points and "a multibillion-pound opportunity" (all nowhere)
    dict(
        text=(
            "Ashgrove Policy Unit, Briefing Paper 2025/08, 16 June 2025\n"
            "Spending by UK public bodies on cybersecurity products and services reached GBP 2.34 billion last year "
            "and is expected to rise to GBP 2.61 billion this year, an increase of 11.5%, according to our analysis "
            "of 1,870 procurement notices. Managed detection and response accounted for GBP 0.58 billion of last "
            "year's total. Reported incidents rose by 16% in the first quarter of 2025, and the share of councils "
            "with a named security officer climbed 9 percentage points. Ministers' talk of \"a multibillion-pound "
            "opportunity\" for domestic suppliers is, on this evidence, premature."
        ),
        obs=[
            ("Total", 2024, 2.34, "GBP billion", "actual"),
            ("Total", 2025, 2.61, "GBP billion", "estimate"),
            ("Managed detection and response", 2024, 0.58, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 11.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.61 / 2.34 - 1 = 11.538% -> 11.5
        ],
    ),
    # 7. an economics journal article: XR headsets "grew 21.3%" between two printed amounts that contradict it
    #    (inconsistent); the authors' own estimate of enterprise XR software as a second market; volume, issue,
    #    pages, citation years, equation number, panel size, coefficient, SE and p-value (all nowhere)
    dict(
        text=(
            "Journal of Digital Markets, Vol. 12, No. 3 (2024), pp. 215-239\n"
            "Prior studies document rapid but uneven diffusion of extended reality (XR) devices (Okafor & Brandt, "
            "2021; Mei et al., 2023). Industry figures suggest the global XR headset market grew 21.3% to USD 18.7 "
            "billion in 2023, from USD 16.2 billion in 2022 (Calloway Research, 2024). Our own estimate for "
            "enterprise XR software is more modest: USD 3.9 billion in 2023. Estimating equation (2) on a panel of "
            "1,204 firms, we find a coefficient on headset adoption of 0.27 (SE = 0.08, p < 0.01)."
        ),
        obs=[
            ("Total", 2022, 16.2, "USD billion", "actual"),
            ("Total", 2023, 18.7, "USD billion", "actual"),
            ("Enterprise XR software", 2023, 3.9, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            # 18.7 / 16.2 - 1 = 15.432%; bounds 18.65 / 16.25 - 1 = 14.769% .. 18.75 / 16.15 - 1 = 16.099%;
            # 21.3 out of reach -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 8. a public-policy working paper on electrolysers: a 2024 size; a 2030 range as two value claims; a share
    #    with no part amount (claim, no verdict); series number, project count, appendix and note numbers and
    #    "a multibillion-dollar opportunity" (all nowhere)
    dict(
        text=(
            "Kestrel School of Public Policy, Working Paper Series WP 2025-03\n"
            "Our starting point is the electrolyser market, which the Norrland Energy Institute (2025) values at "
            "USD 3.6 billion in 2024. Forecasts for 2030 vary widely, from USD 40 billion to USD 60 billion, "
            "depending on how many of the 520 announced projects reach a final investment decision (see Appendix "
            "B, note 14). Alkaline systems made up 61.0% of the 2024 market, with proton-exchange-membrane units "
            "taking most of the remainder. Industry associations routinely describe green hydrogen as \"a "
            "multibillion-dollar opportunity\"; we treat such claims with caution."
        ),
        obs=[
            ("Total", 2024, 3.6, "USD billion", "actual"),
        ],
        claims=[
            ("value", 40, "USD billion", 2030, 2030, None),
            ("value", 60, "USD billion", 2030, 2030, None),
            ("share", 61.0, "percent", 2024, 2024, None),  # no part amount printed -> no verdict
        ],
        verdicts=[],
    ),
    # 9. an English policy article on Japan: service robots in yen by fiscal year (FY2030 a forecast), "annual
    #    growth of 14.3%" whose span only the amounts give (inferred, exact); care robots as a part; citation
    #    years, a facility count and adoption rates that are no market share (all nowhere)
    dict(
        text=(
            "Japan's shrinking workforce has turned service robots into a policy priority (Hoshino, 2023; Tanaka "
            "& Hill, 2024). The Kisaragi Research Institute puts the domestic service robot market at ¥412 billion "
            "in fiscal 2023 and projects ¥1,050 billion in FY2030, equivalent to annual growth of 14.3%. Care "
            "robots contributed ¥58 billion in fiscal 2023. Among the 642 care facilities surveyed in 2024, 38.6% "
            "used at least one robot, up from 21.0% in 2019 (Table 1)."
        ),
        obs=[
            ("Total", 2023, 412, "JPY billion", "actual"),
            ("Total", 2030, 1050, "JPY billion", "estimate"),
            ("Care robots", 2023, 58, "JPY billion", "actual"),
        ],
        claims=[
            ("cagr", 14.3, "percent", 2023, 2030, None, "inferred"),  # span only from the amounts' years
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1050 / 412) ** (1/7) - 1 = 14.299% -> 14.3
        ],
    ),
    # 10. a case study in a management paper citing an investor day: the company's total addressable market is
    #     the market (Total), with a stated 2024-2029 CAGR (exact); the company's own revenue, a price target and
    #     its upside, a slide number and an interview count (all nowhere)
    dict(
        text=(
            "Case study 2: warehouse automation\n"
            "At its 2024 investor day, Halvorsen Robotics sized the total addressable market for warehouse "
            "automation at USD 51 billion in 2024, rising to USD 96 billion by 2029, a 2024-2029 CAGR of 13.5% "
            "(Halvorsen Robotics, 2024, slide 18). The company's own revenue, USD 1.3 billion in 2024, is thus a "
            "sliver of that market. Analysts at Brightmoor set a USD 74 price target, implying 18% upside. We "
            "interviewed 23 warehouse managers to test how far the sizing holds up (Appendix C)."
        ),
        obs=[
            ("Total", 2024, 51, "USD billion", "actual"),
            ("Total", 2029, 96, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 13.5, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (96 / 51) ** (1/5) - 1 = 13.485% -> 13.5
        ],
    ),
    # 11. a Simplified Chinese journal introduction with 据...统计[3] and （张伟等，2023）: industrial internet
    #     platforms 2022 and 2023 with a year-on-year rate (exact), 2026 "突破" a forecast; 设备管理类应用 as a
    #     part; sample size, response rate, coefficient, p-value and a reference with year and pages (nowhere)
    dict(
        text=(
            "一、引言\n"
            "工业互联网是制造业数字化转型的关键基础设施（张伟等，2023；李晓敏，2022）。据澜图咨询统计[3]，2023年我国"
            "工业互联网平台市场规模达到1268亿元，较2022年的1045亿元增长21.3%，预计2026年将突破2400亿元。其中，设备"
            "管理类应用规模为342亿元。本文基于356家制造企业的问卷数据（有效回收率82.4%）展开实证检验，回归结果显示"
            "平台使用对全要素生产率的影响系数为0.136（p<0.05）。\n"
            "参考文献\n"
            "[3] 澜图咨询. 中国工业互联网平台市场研究报告（2024）[R]. 北京, 2024: 23-31."
        ),
        obs=[
            ("Total", 2022, 1045, "CNY 100 million", "actual"),
            ("Total", 2023, 1268, "CNY 100 million", "actual"),
            ("Total", 2026, 2400, "CNY 100 million", "estimate"),
            ("设备管理类应用", 2023, 342, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1268 / 1045 - 1 = 21.340% -> 21.3
        ],
    ),
    # 12. a Simplified Chinese thesis chapter: AI core industry 2019 -> 2023 with "增长2.8倍" between two printed
    #     amounts (x3.8, no verdict); 2030 "超过1万亿元" kept in the series' 亿元 unit (10000); 智能语音 as a
    #     part; a page number, "千亿级" and an interviewee count (all nowhere)
    dict(
        text=(
            "第二章 文献综述与理论基础\n"
            "近年来，我国人工智能产业规模快速扩张。据瀚宇智库（2024）测算，我国人工智能核心产业规模由2019年的1520亿元"
            "增长至2023年的5784亿元，四年间增长2.8倍；预计到2030年将超过1万亿元。其中，智能语音市场规模2023年为456亿元。"
            "王磊（2023，第47页）认为，人工智能将催生多个千亿级市场。本研究对北京、上海两地的487名从业者进行了访谈与问卷"
            "调查。"
        ),
        obs=[
            ("Total", 2019, 1520, "CNY 100 million", "actual"),
            ("Total", 2023, 5784, "CNY 100 million", "actual"),
            ("Total", 2030, 10000, "CNY 100 million", "estimate"),  # 1万亿元 in the series' 亿元
            ("智能语音", 2023, 456, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 3.8, "multiple", 2019, 2023, 4.0),  # 增长2.8倍 = x3.8 (5784 / 1520 = 3.81), no verdict
        ],
        verdicts=[],
    ),
    # 13. a Traditional Chinese (Taiwan) research report's literature review: smart healthcare 約新台幣486億元 in
    #     2023 and 812億元 in 2027 with a stated 2023至2027年 CAGR (exact); 遠距照護服務 as a part; survey dates,
    #     sample count, a survey share, table and note numbers, a reference with pages (all nowhere)
    dict(
        text=(
            "三、文獻回顧\n"
            "根據華研產業情報所（2024）之統計，2023年台灣智慧醫療市場規模約新台幣486億元，預估2027年將達新台幣812億元，"
            "2023至2027年年複合成長率（CAGR）為13.7%。其中遠距照護服務於2023年之規模為新台幣74億元。本研究於2024年3月"
            "至5月發放問卷，回收有效樣本312份，其中68.9%受訪醫院表示已導入至少一項AI輔助診斷系統（詳見表4）。\n"
            "註1：本文所引產值均未含醫療器材硬體。\n"
            "參考文獻\n"
            "華研產業情報所（2024）。台灣智慧醫療產業年鑑。台北：華研，頁45-68。"
        ),
        obs=[
            ("Total", 2023, 486, "TWD 100 million", "actual"),
            ("Total", 2027, 812, "TWD 100 million", "estimate"),
            ("遠距照護服務", 2023, 74, "TWD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 13.7, "percent", 2023, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (812 / 486) ** (1/4) - 1 = 13.692% -> 13.7
        ],
    ),
    # 14. a Traditional Chinese (Hong Kong) journal article: e-payment services in 億港元 2022 -> 2023 with
    #     "按年增長17.3%" exact only within rounding; 跨境支付服務's share and 約 amount (exact); citation years,
    #     respondent count, a coefficient, p-value and R² (all nowhere)
    dict(
        text=(
            "香港的電子支付發展已引起學界廣泛關注（陳家豪、黃美玲，2022；Leung, 2023）。據維港金融科技研究中心（2024）"
            "統計，本港電子支付服務市場規模由2022年的386億港元增至2023年的452億港元，按年增長17.3%。其中跨境支付服務"
            "佔2023年市場的28.5%，約為129億港元。本文以1,086名受訪者的問卷資料估計，使用意願的標準化係數為0.41"
            "（p<0.001），模型解釋力R²為0.37。"
        ),
        obs=[
            ("Total", 2022, 386, "HKD 100 million", "actual"),
            ("Total", 2023, 452, "HKD 100 million", "actual"),
            ("跨境支付服務", 2023, 129, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 17.3, "percent", 2022, 2023, 1.0),
            ("share", 28.5, "percent", 2023, 2023, None),
        ],
        verdicts=[
            # 452 / 386 - 1 = 17.098% -> 17.1, not 17.3; bounds 451.5 / 386.5 - 1 = 16.818% .. 452.5 / 385.5 - 1
            # = 17.380%, which holds 17.3 -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 129 / 452 = 28.540% -> 28.5
        ],
    ),
    # 15. a Simplified Chinese working paper dated May 2025: "去年" (2024) data-element market with a
    #     year-on-year rate and no prior-year amount (claim, no verdict); 数据交易服务's amount and share (exact);
    #     percentage points, a first-quarter figure, a firm count, a probability effect and a t-value (nowhere)
    dict(
        text=(
            "工作论文第2025-06号（2025年5月）\n"
            "数据要素市场化配置改革持续推进（刘洋、周静，2024）。本文测算，去年我国数据要素市场规模达1590亿元，同比增长"
            "26.4%；其中数据交易服务规模为312亿元，占比19.6%，较上年提高2.1个百分点。今年一季度，各地数据交易所场内交易额"
            "约为118亿元。基于2317家企业样本的双重差分估计表明，政策试点使企业数据资产入表的概率提高了4.6%（t=3.12）。"
        ),
        obs=[
            ("Total", 2024, 1590, "CNY 100 million", "actual"),
            ("数据交易服务", 2024, 312, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2023, 2024, 1.0),  # no 2023 amount printed -> no verdict
            ("share", 19.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 312 / 1590 = 19.623% -> 19.6
        ],
    ),
    # 16. an English pipe table "Table 2." by application, USD billion in the caption, a 2025E column and a Total
    #     row; every column adds up (exact); the caption's span, reference and section numbers (nowhere)
    dict(
        text=(
            "Table 2. Global edge AI chip market by application, 2023-2025E (USD billion)\n"
            "| Application | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Smartphones | 8.4 | 9.6 | 10.9 |\n"
            "| Automotive | 3.1 | 4.0 | 5.2 |\n"
            "| Industrial IoT | 2.2 | 2.7 | 3.5 |\n"
            "| Smart cameras | 1.5 | 1.9 | 2.4 |\n"
            "| Total | 15.2 | 18.2 | 22.0 |\n"
            "Source: authors' compilation from Quintara Semiconductor Research (2024) [15] and Ledbury & Co. (2025) "
            "[16]. Note: 2025E figures are forecasts; see Section 4.2."
        ),
        obs=[
            ("Smartphones", 2023, 8.4, "USD billion", "actual"),
            ("Smartphones", 2024, 9.6, "USD billion", "actual"),
            ("Smartphones", 2025, 10.9, "USD billion", "estimate"),
            ("Automotive", 2023, 3.1, "USD billion", "actual"),
            ("Automotive", 2024, 4.0, "USD billion", "actual"),
            ("Automotive", 2025, 5.2, "USD billion", "estimate"),
            ("Industrial IoT", 2023, 2.2, "USD billion", "actual"),
            ("Industrial IoT", 2024, 2.7, "USD billion", "actual"),
            ("Industrial IoT", 2025, 3.5, "USD billion", "estimate"),
            ("Smart cameras", 2023, 1.5, "USD billion", "actual"),
            ("Smart cameras", 2024, 1.9, "USD billion", "actual"),
            ("Smart cameras", 2025, 2.4, "USD billion", "estimate"),
            ("Total", 2023, 15.2, "USD billion", "actual"),
            ("Total", 2024, 18.2, "USD billion", "actual"),
            ("Total", 2025, 22.0, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 8.4 + 3.1 + 2.2 + 1.5 = 15.2
            ("hierarchy", "exact"),  # 2024: 9.6 + 4.0 + 2.7 + 1.9 = 18.2
            ("hierarchy", "exact"),  # 2025E: 10.9 + 5.2 + 3.5 + 2.4 = 22.0
        ],
    ),
    # 17. a Simplified Chinese vertical space-aligned table "表3" (rows are years, 单位：亿元 in the caption) with
    #     two value columns named by their headers; prose below with a stated 2020—2024 CAGR for 服务机器人
    #     (exact); the caption's span and the source note (nowhere)
    dict(
        text=(
            "表3  2020—2024年我国服务机器人与工业机器人市场规模（单位：亿元）\n"
            "年份      服务机器人      工业机器人\n"
            "2020         312             584\n"
            "2021         398             672\n"
            "2022         451             709\n"
            "2023         562             786\n"
            "2024         725             853\n"
            "资料来源：根据鼎衡研究院（2025）及《机器人产业发展年鉴》整理。\n"
            "由表3可知，2020—2024年服务机器人市场规模年均复合增长率为23.5%，明显高于工业机器人。"
        ),
        obs=[
            ("服务机器人", 2020, 312, "CNY 100 million", "actual"),
            ("服务机器人", 2021, 398, "CNY 100 million", "actual"),
            ("服务机器人", 2022, 451, "CNY 100 million", "actual"),
            ("服务机器人", 2023, 562, "CNY 100 million", "actual"),
            ("服务机器人", 2024, 725, "CNY 100 million", "actual"),
            ("工业机器人", 2020, 584, "CNY 100 million", "actual"),
            ("工业机器人", 2021, 672, "CNY 100 million", "actual"),
            ("工业机器人", 2022, 709, "CNY 100 million", "actual"),
            ("工业机器人", 2023, 786, "CNY 100 million", "actual"),
            ("工业机器人", 2024, 853, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 23.5, "percent", 2020, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (725 / 312) ** (1/4) - 1 = 23.466% -> 23.5
        ],
    ),
    # 18. an English tab-separated vertical table whose lone value column is headed by its unit only ("USD
    #     billion" -> Total), F rows as estimates; a note's stated 2021-2026 CAGR exact only within rounding;
    #     table number, caption span and an interview count (nowhere)
    dict(
        text=(
            "Table 4. Estimated global market for carbon accounting software, 2021-2026F\n"
            "Year\tUSD billion\n"
            "2021\t0.6\n"
            "2022\t0.8\n"
            "2023\t1.0\n"
            "2024\t1.3\n"
            "2025F\t1.7\n"
            "2026F\t2.2\n"
            "Source: author's estimates based on Tarnwell Analytics (2024) and 57 vendor interviews. Note: F = "
            "forecast. Over 2021-2026 the series implies a CAGR of 28.9%."
        ),
        obs=[
            ("Total", 2021, 0.6, "USD billion", "actual"),
            ("Total", 2022, 0.8, "USD billion", "actual"),
            ("Total", 2023, 1.0, "USD billion", "actual"),
            ("Total", 2024, 1.3, "USD billion", "actual"),
            ("Total", 2025, 1.7, "USD billion", "estimate"),
            ("Total", 2026, 2.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 28.9, "percent", 2021, 2026, None, "stated"),
        ],
        verdicts=[
            # (2.2 / 0.6) ** (1/5) - 1 = 29.674% -> 29.7, not 28.9; bounds (2.15 / 0.65) -> 27.030% ..
            # (2.25 / 0.55) -> 32.545%, which holds 28.9 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 19. a Traditional Chinese pipe table "表5" (新台幣億元) with a 2025年(F) column and a 總計 row: 2023 and 2025
    #     add up exactly, 2024 only within rounding; the note's 總計 growth 2023 -> 2024 (exact)
    dict(
        text=(
            "表5　台灣雲端服務市場規模（單位：新台幣億元）\n"
            "| 服務類別 | 2023年 | 2024年 | 2025年(F) |\n"
            "|---|---|---|---|\n"
            "| IaaS | 214.6 | 262.3 | 318.9 |\n"
            "| PaaS | 87.2 | 104.8 | 127.5 |\n"
            "| SaaS | 301.5 | 338.7 | 380.2 |\n"
            "| 總計 | 603.3 | 705.9 | 826.6 |\n"
            "資料來源：本研究整理自澄遠資訊（2024）；(F)為預估值。2024年總計較2023年成長17.0%。"
        ),
        obs=[
            ("IaaS", 2023, 214.6, "TWD 100 million", "actual"),
            ("IaaS", 2024, 262.3, "TWD 100 million", "actual"),
            ("IaaS", 2025, 318.9, "TWD 100 million", "estimate"),
            ("PaaS", 2023, 87.2, "TWD 100 million", "actual"),
            ("PaaS", 2024, 104.8, "TWD 100 million", "actual"),
            ("PaaS", 2025, 127.5, "TWD 100 million", "estimate"),
            ("SaaS", 2023, 301.5, "TWD 100 million", "actual"),
            ("SaaS", 2024, 338.7, "TWD 100 million", "actual"),
            ("SaaS", 2025, 380.2, "TWD 100 million", "estimate"),
            ("總計", 2023, 603.3, "TWD 100 million", "actual"),
            ("總計", 2024, 705.9, "TWD 100 million", "actual"),
            ("總計", 2025, 826.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 214.6 + 87.2 + 301.5 = 603.3
            # 2024: 262.3 + 104.8 + 338.7 = 705.8, not 705.9; parts' bounds 705.65 .. 705.95 hold 705.9
            # (total's own bounds 705.85 .. 705.95 overlap) -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2025(F): 318.9 + 127.5 + 380.2 = 826.6
            ("cagr|implied", "exact"),  # 705.9 / 603.3 - 1 = 17.006% -> 17.0
        ],
    ),
    # 20. an English space-aligned table by region for one year (EUR million) with a share column and a Total row
    #     at 100.0 (no claim); the regions add to the total and every share checks out (exact); table and page
    #     numbers and a vendor count in the source line (nowhere)
    dict(
        text=(
            "Table 3: European market for industrial digital twin software by region\n"
            "Region              2024 (EUR million)    Share (%)\n"
            "DACH                             1,182         38.4\n"
            "Nordics                            416         13.5\n"
            "France & Benelux                   731         23.7\n"
            "Southern Europe                    752         24.4\n"
            "Total                            3,081        100.0\n"
            "Source: Pelham & Roux (2025), Table A2, p. 14; n = 418 vendors."
        ),
        obs=[
            ("DACH", 2024, 1182, "EUR million", "actual"),
            ("Nordics", 2024, 416, "EUR million", "actual"),
            ("France & Benelux", 2024, 731, "EUR million", "actual"),
            ("Southern Europe", 2024, 752, "EUR million", "actual"),
            ("Total", 2024, 3081, "EUR million", "actual"),
        ],
        claims=[
            ("share", 38.4, "percent", 2024, 2024, None),
            ("share", 13.5, "percent", 2024, 2024, None),
            ("share", 23.7, "percent", 2024, 2024, None),
            ("share", 24.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("hierarchy", "exact"),   # 1182 + 416 + 731 + 752 = 3081
            ("arithmetic", "exact"),  # 1182 / 3081 = 38.364% -> 38.4
            ("arithmetic", "exact"),  # 416 / 3081 = 13.502% -> 13.5
            ("arithmetic", "exact"),  # 731 / 3081 = 23.726% -> 23.7
            ("arithmetic", "exact"),  # 752 / 3081 = 24.408% -> 24.4
        ],
    ),
    # 21. English thesis introduction: edge AI chips, "valued at USD 9.6 billion in 2022", "expected to reach USD 38.4
    #    billion by 2030", stated CAGR "over 2022–2030"; chapter/section/figure numbers, N = 312, 61% of respondents,
    #    chi-square and p-value nowhere
    dict(
        text=(
            "Chapter 1 Introduction. 1.1 Research background. Edge inference is moving out of the laboratory and "
            "into factories, vehicles and handsets. According to Kestrel Analytics (2023) [4], the global edge AI "
            "chip market was valued at USD 9.6 billion in 2022 and is expected to reach USD 38.4 billion by 2030, "
            "registering a CAGR of 18.9% over 2022–2030. Yet adoption remains uneven: in the survey reported in "
            "Chapter 4 (N = 312), 61% of plant engineers said power budgets, not chip prices, were the binding "
            "constraint (χ² = 9.84, p = 0.03). Figure 1.2 sketches the structure of the thesis."
        ),
        obs=[
            ("Total", 2022, 9.6, "USD billion", "actual"),
            ("Total", 2030, 38.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.9, "percent", 2022, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.4 / 9.6) ** (1/8) - 1 = 4 ** 0.125 - 1 = 18.92% -> 18.9
        ],
    ),
    # 22. English conference paper: quantum computing services "stood at USD 1.13 billion in 2023 ... USD 5.27 billion
    #    in 2030, a compound annual growth rate of 24.7%" with no printed span (inferred), true only within rounding;
    #    "a multibillion-dollar opportunity", a company's fiscal revenue, proceedings pages, 94.2% accuracy nowhere
    dict(
        text=(
            "Proceedings of the 12th International Conference on Quantum Engineering (QEC '24), pp. 221–229. "
            "Cloud access has become the dominant route to quantum hardware for universities and start-ups alike. "
            "The market for quantum computing services stood at USD 1.13 billion in 2023 and is projected to grow "
            "to USD 5.27 billion in 2030, a compound annual growth rate of 24.7% (Halvorsen & Ito, 2024) [7]. "
            "Hardware vendors routinely describe fault-tolerant machines as a multibillion-dollar opportunity, yet "
            "the largest pure-play provider, Qubitra, reported revenue of only USD 46 million in fiscal 2023. Our "
            "benchmark of 18 devices reaches 94.2% classification accuracy on the 27-qubit instances."
        ),
        obs=[
            ("Total", 2023, 1.13, "USD billion", "actual"),
            ("Total", 2030, 5.27, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.7, "percent", 2023, 2030, None, "inferred"),
        ],
        verdicts=[
            # (5.27 / 1.13) ** (1/7) - 1 = 24.60% -> 24.6, not 24.7;
            # bounds: (5.265 / 1.135) ** (1/7) - 1 = 24.51% .. (5.275 / 1.125) ** (1/7) - 1 = 24.70% -> reaches 24.65+
            ("cagr|period", "rounding"),
        ],
    ),
    # 23. English think-tank briefing: UK cyber-security services in pounds, "reached £6.8 billion in 2023, up 11.5%
    #    from £6.1 billion in 2022", a part "at £1.7 billion, or 25% of the total"; briefing number, percentage
    #    points, 1,204 firms, 43% of respondents and a headcount nowhere
    dict(
        text=(
            "Briefing paper 31 — Securing the supply side. Our tally of company accounts and public procurement "
            "records shows that the UK market for cyber-security services reached £6.8 billion in 2023, up 11.5% "
            "from £6.1 billion in 2022. Managed detection and response was the largest component at £1.7 billion, "
            "or 25% of the total. Growth nevertheless slowed by 3.2 percentage points on the previous year, and in "
            "our survey of 1,204 firms 43% of respondents said they could not recruit the analysts they needed. The "
            "sector now employs around 58,000 people."
        ),
        obs=[
            ("Total", 2023, 6.8, "GBP billion", "actual"),
            ("Total", 2022, 6.1, "GBP billion", "actual"),
            ("Managed detection and response", 2023, 1.7, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 11.5, "percent", 2022, 2023, 1.0),
            ("share", 25, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6.8 / 6.1 - 1 = 11.475% -> 11.5
            ("arithmetic", "exact"),  # 1.7 / 6.8 = 25.0% -> 25
        ],
    ),
    # 24. English working paper citing a forecast: digital twins "from USD 12.4 billion in 2024 to USD 48.2 billion by
    #    2030, a CAGR of 31.7% from 2024 to 2030" -- the amounts give about 25.4%, so inconsistent; working-paper
    #    number, page, 1,862 plants, a coefficient, a percentile and a journal volume/issue/pages nowhere
    dict(
        text=(
            "Working Paper No. 2024-17. The literature on industrial digital twins has grown faster than the market "
            "it studies. Okafor and Lindqvist (2024, p. 6) cite Brightwater Research's projection that the global "
            "digital-twin market will climb from USD 12.4 billion in 2024 to USD 48.2 billion by 2030, a CAGR of "
            "31.7% from 2024 to 2030. Our panel regression across 1,862 plants finds a coefficient of 0.214 "
            "(s.e. 0.051) on twin adoption, concentrated in firms above the 75th percentile of capital intensity, "
            "in line with earlier evidence (Research Policy, 53(2), 104–121)."
        ),
        obs=[
            ("Total", 2024, 12.4, "USD billion", "actual"),
            ("Total", 2030, 48.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 31.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (48.2 / 12.4) ** (1/6) - 1 = 25.39%; bounds (48.15 / 12.45) .. (48.25 / 12.35) -> 25.29% .. 25.50%,
            # nowhere near 31.7
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 25. English literature review with two publishers: LiDAR "USD 2.1 billion in 2022 ... USD 6.9 billion by 2027, a
    #    CAGR of 26.9% between 2022 and 2027"; a second publisher's 2022 figure (USD 2.6 billion), a supplier's own
    #    revenue, gross margin and a quarter's unit shipments nowhere
    dict(
        text=(
            "2.3 Market context. Estimates of the automotive LiDAR market diverge widely. Grand Meridian (2022) put "
            "the global market at USD 2.1 billion in 2022 and forecast USD 6.9 billion by 2027, a CAGR of 26.9% "
            "between 2022 and 2027 [15]; Vantor Research (2023) reports a higher 2022 figure of USD 2.6 billion "
            "[16]. The gap partly reflects whether robotaxi fleets are counted. Among listed suppliers, Lumivex "
            "alone booked USD 83 million of revenue in 2022 and guided to a 40% gross margin, on Q4 shipments of "
            "41,000 units."
        ),
        obs=[
            ("Total", 2022, 2.1, "USD billion", "actual"),
            ("Total", 2027, 6.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 26.9, "percent", 2022, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.9 / 2.1) ** (1/5) - 1 = 26.86% -> 26.9
        ],
    ),
    # 26. English policy note with a dateline (June 2025): Japan's generative AI in yen, "¥113.6 billion last year"
    #    (2024), "roughly 4.5 times the ¥25.2 billion recorded in 2022" (multiple over 2 years, no verdict), "we
    #    estimate ... between ¥180 billion and ¥210 billion this year" (a 2025 range: two value claims); note number,
    #    14 prefectures, 38% of staff and a benchmark score nowhere
    dict(
        text=(
            "Tokyo, June 2025 — Policy Note 25-07. Japan's domestic generative-AI market reached ¥113.6 billion last "
            "year, according to the Sakuragi Institute for Digital Policy (2025), roughly 4.5 times the ¥25.2 "
            "billion recorded in 2022. We estimate that it will reach between ¥180 billion and ¥210 billion this "
            "year, depending on how quickly local governments move procurement to the cloud. A pilot in 14 "
            "prefectures found that 38% of municipal staff used such tools weekly, and the best Japanese-language "
            "model we tested scored 71.3 on our benchmark."
        ),
        obs=[
            ("Total", 2024, 113.6, "JPY billion", "actual"),
            ("Total", 2022, 25.2, "JPY billion", "actual"),
        ],
        claims=[
            ("multiple", 4.5, "multiple", 2022, 2024, 2.0),  # 113.6 / 25.2 = 4.51; a multiple gets no verdict
            ("value", 180, "JPY billion", 2025, 2025, None),
            ("value", 210, "JPY billion", 2025, 2025, None),
        ],
        verdicts=[],
    ),
    # 27. Simplified Chinese journal article introduction: 智能语音 "2023年…达到285.6亿元，较2022年的243.7亿元增长17.2%";
    #    journal volume/issue/pages, 27个省份, N=1 206 and 68.5%的受访企业 nowhere
    dict(
        text=(
            "《管理科学学报》2024年第27卷第4期，第112—125页。一、引言 近年来，智能语音技术在客服、车载和医疗场景加速落地。"
            "据艾瑞咨询统计[3]，2023年我国智能语音市场规模达到285.6亿元，较2022年的243.7亿元增长17.2%（张伟等，2023）。"
            "然而，现有研究多基于单一场景，本文利用覆盖27个省份的企业问卷数据（N=1 206）考察其扩散机制，"
            "其中68.5%的受访企业表示已部署语音交互系统。"
        ),
        obs=[
            ("Total", 2023, 285.6, "CNY 100 million", "actual"),
            ("Total", 2022, 243.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 17.2, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 285.6 / 243.7 - 1 = 17.19% -> 17.2
        ],
    ),
    # 28. Simplified Chinese master's thesis literature chapter: AI core industry 4041亿元 (2021) and 5784亿元 (2023),
    #    "2021—2023年年均复合增长率为19.6%" (stated), "预计到2025年…将突破1万亿元" converted to the series' 亿元 unit;
    #    4500家 firms, 千亿级 and the figure number/years nowhere
    dict(
        text=(
            "第二章 文献综述与产业现状 2.1 产业规模 中国信息通信研究院（2024）的测算显示，2021年我国人工智能核心产业规模为"
            "4041亿元，2023年达到5784亿元，2021—2023年年均复合增长率为19.6%。相关企业数量超过4500家，已形成多个千亿级"
            "产业集群。预计到2025年，核心产业规模将突破1万亿元（李明、王芳，2024）。图2-1给出了2016—2023年专利申请量的变化。"
        ),
        obs=[
            ("Total", 2021, 4041, "CNY 100 million", "actual"),
            ("Total", 2023, 5784, "CNY 100 million", "actual"),
            ("Total", 2025, 10000, "CNY 100 million", "estimate"),  # 突破1万亿元, kept at its printed figure
        ],
        claims=[
            ("cagr", 19.6, "percent", 2021, 2023, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5784 / 4041) ** (1/2) - 1 = 1.43133 ** 0.5 - 1 = 19.64% -> 19.6
        ],
    ),
    # 29. Simplified Chinese research report: network security "约为633.4亿元，同比增长仅3.1%" (no base printed, no
    #    verdict), a part "安全服务…176.1亿元，占比27.8%"; 个百分点, a quarter's listed-company revenue and its decline,
    #    312家用户单位 and 41% planning nowhere
    dict(
        text=(
            "三、市场规模与结构 根据安澜研究院的统计口径，2023年我国网络安全市场规模约为633.4亿元，同比增长仅3.1%，"
            "增速较上年回落5.6个百分点。其中，安全服务市场规模为176.1亿元，占比27.8%。2024年第一季度，行业上市公司合计"
            "营业收入为88.6亿元，同比下降9.7%。本报告调研的312家用户单位中，有41%计划在未来一年增加安全预算。"
        ),
        obs=[
            ("Total", 2023, 633.4, "CNY 100 million", "actual"),
            ("安全服务", 2023, 176.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 3.1, "percent", 2022, 2023, 1.0),
            ("share", 27.8, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 176.1 / 633.4 = 27.80% -> 27.8
        ],
    ),
    # 30. Traditional Chinese (Taiwan) thesis: smart healthcare "新臺幣1,182億元" (2023) and "預估2027年…新臺幣1,956億元，
    #     年複合成長率達13.4%" with no printed span (inferred); 386份 questionnaires, 回收率, Cronbach's α, page and
    #     table numbers nowhere
    dict(
        text=(
            "第一章 緒論 第一節 研究背景與動機 根據資策會產業情報研究所（MIC, 2023）統計，2023年臺灣智慧醫療市場規模為"
            "新臺幣1,182億元，預估2027年將成長至新臺幣1,956億元，年複合成長率達13.4%。然而醫療院所的導入意願仍有落差，"
            "本研究共回收有效問卷386份（回收率64.3%），量表Cronbach's α值為0.87（詳見第45頁表3-2）。"
        ),
        obs=[
            ("Total", 2023, 1182, "TWD 100 million", "actual"),
            ("Total", 2027, 1956, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 13.4, "percent", 2023, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1956 / 1182) ** (1/4) - 1 = 1.65482 ** 0.25 - 1 = 13.42% -> 13.4
        ],
    ),
    # 31. Traditional Chinese (Hong Kong) research report: fintech "552億港元…較2022年的486億港元按年增長13.7%", true
    #     only within rounding; "約佔四成" (fraction in words), 11,000 practitioners, 208家機構 and 57% nowhere
    dict(
        text=(
            "香港金融科技發展研究報告 第三章 據本會綜合業界數據統計，2023年香港金融科技市場規模為552億港元，較2022年的"
            "486億港元按年增長13.7%。其中，虛擬銀行及支付相關業務約佔四成。業界從業員約11,000人，受訪的208家機構中"
            "有57%表示計劃於未來兩年擴充人手。"
        ),
        obs=[
            ("Total", 2023, 552, "HKD 100 million", "actual"),
            ("Total", 2022, 486, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 13.7, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            # 552 / 486 - 1 = 13.58% -> 13.6, not 13.7;
            # bounds: 551.5 / 486.5 - 1 = 13.36% .. 552.5 / 485.5 - 1 = 13.80% -> reaches 13.65+
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Traditional Chinese (Taiwan) journal abstract: data centres "2023年為新臺幣1,450億元，預估2028年將達新臺幣2,610
    #     億元，2023至2028年年複合成長率為15.8%" -- the amounts give 12.5%, inconsistent; journal volume/issue/pages,
    #     2015—2023 data years, 1 MW, 0.73% and p<0.01 nowhere
    dict(
        text=(
            "《產業經濟評論》第18卷第2期（2024年6月），頁33–58。摘要：本文檢視雲端服務擴張對國內電力需求的影響。文獻指出，"
            "臺灣資料中心市場規模2023年為新臺幣1,450億元，預估2028年將達新臺幣2,610億元，2023至2028年年複合成長率為15.8%"
            "（陳志豪、林佳穎，2024）。本文以2015—2023年用電資料估計，資料中心每增加1 MW容量，區域尖峰負載提高0.73%"
            "（p<0.01）。"
        ),
        obs=[
            ("Total", 2023, 1450, "TWD 100 million", "actual"),
            ("Total", 2028, 2610, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 15.8, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            # (2610 / 1450) ** (1/5) - 1 = 1.8 ** 0.2 - 1 = 12.47%; bounds (2609.5 / 1450.5) .. (2610.5 / 1449.5)
            # -> 12.46% .. 12.49%, nowhere near 15.8
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. Simplified Chinese journal article: connected vehicles "2018年…360亿元，2023年达到1800亿元，较2018年增长4倍"
    #     (two amounts printed -> x5 over 5 years, no verdict); a 渗透率, a quarter's figure, journal volume/issue,
    #     reference number and mAP nowhere
    dict(
        text=(
            "（《汽车工程》2024年第46卷第3期）1 引言 智能网联汽车被视为汽车产业转型的主要方向。相关统计表明，2018年我国"
            "智能网联汽车市场规模为360亿元，2023年达到1800亿元，较2018年增长4倍[2]。同期L2级辅助驾驶新车渗透率升至42.4%，"
            "但2024年第一季度单季市场规模仅为512亿元，季节性特征明显。本文提出的多传感器融合算法在nuScenes数据集上的"
            "检测精度达到71.8% mAP。"
        ),
        obs=[
            ("Total", 2018, 360, "CNY 100 million", "actual"),
            ("Total", 2023, 1800, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 5, "multiple", 2018, 2023, 5.0),  # 增长4倍 between two printed amounts = x5 (1800 / 360 = 5)
        ],
        verdicts=[],
    ),
    # 34. Simplified Chinese research brief dated 2025-03-18: low-altitude economy "去年…达5059.5亿元，较2023年的3781亿元
    #     同比增长33.8%", "预计今年…将突破6700亿元" (2025 estimate), "到2026年有望超过1万亿元" (converted to 亿元);
    #     brief number, 63家企业 and 八成以上 nowhere
    dict(
        text=(
            "研究简报 2025年第7期（2025年3月18日） 低空经济发展观察 据赛迪顾问测算，去年我国低空经济市场规模达5059.5亿元，"
            "较2023年的3781亿元同比增长33.8%。预计今年市场规模将突破6700亿元，到2026年有望超过1万亿元。课题组走访的63家"
            "企业中，八成以上已开展载人或载货飞行试验。"
        ),
        obs=[
            ("Total", 2024, 5059.5, "CNY 100 million", "actual"),
            ("Total", 2023, 3781, "CNY 100 million", "actual"),
            ("Total", 2025, 6700, "CNY 100 million", "estimate"),
            ("Total", 2026, 10000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 33.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5059.5 / 3781 - 1 = 33.81% -> 33.8
        ],
    ),
    # 35. Simplified Chinese master's thesis: machine vision "2023年…185.1亿元，其中3D视觉市场规模为27.6亿元，占比14.9%";
    #     dataset size, 98.7% accuracy, 42帧/秒 and a reference-list entry (year, volume, issue, pages) nowhere
    dict(
        text=(
            "硕士学位论文 第1章 绪论 1.1 研究背景 据高工产研机器人研究所（GGII）数据，2023年中国机器视觉市场规模为185.1亿元，"
            "其中3D视觉市场规模为27.6亿元，占比14.9%[5]。本文所提缺陷检测方法在自建数据集（共12 480张图像）上的准确率达到"
            "98.7%，推理速度为42帧/秒。参考文献：[5] 王磊, 李娜. 工业视觉检测研究综述[J]. 自动化学报, 2022, 48(3): 55-63."
        ),
        obs=[
            ("Total", 2023, 185.1, "CNY 100 million", "actual"),
            ("3D视觉", 2023, 27.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 14.9, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 27.6 / 185.1 = 14.91% -> 14.9
        ],
    ),
    # 36. English pipe table, vertical (rows are years) with a lone column headed by its unit -> Total; 2024E and
    #     2025F/2026F rows are estimates; a note's "2022–2026F CAGR of 28.0%"; table number, source page and 9
    #     vendors nowhere
    dict(
        text=(
            "Table 3. Global federated learning market, 2021–2026F\n"
            "| Year | USD million |\n"
            "|---|---|\n"
            "| 2021 | 118.4 |\n"
            "| 2022 | 151.2 |\n"
            "| 2023 | 193.5 |\n"
            "| 2024E | 247.6 |\n"
            "| 2025F | 316.8 |\n"
            "| 2026F | 405.3 |\n"
            "Note: 2022–2026F CAGR of 28.0%. Source: author's compilation from Veyra Insights (2023, p. 14) and "
            "interviews with 9 vendors."
        ),
        obs=[
            ("Total", 2021, 118.4, "USD million", "actual"),
            ("Total", 2022, 151.2, "USD million", "actual"),
            ("Total", 2023, 193.5, "USD million", "actual"),
            ("Total", 2024, 247.6, "USD million", "estimate"),
            ("Total", 2025, 316.8, "USD million", "estimate"),
            ("Total", 2026, 405.3, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 28.0, "percent", 2022, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (405.3 / 151.2) ** (1/4) - 1 = 27.95% -> 28.0
        ],
    ),
    # 37. Simplified Chinese space-aligned table of segments with a 合计 row (unit 亿元 in the caption): parts add to
    #     8,082.3 against a printed 8,082.2 -> hierarchy within rounding; table number, source year and note nowhere
    dict(
        text=(
            "表2 2023年我国信创产业市场结构（单位：亿元）\n"
            "细分领域        市场规模\n"
            "基础硬件         3,215.6\n"
            "基础软件         1,108.3\n"
            "应用软件         2,486.9\n"
            "信息安全         1,271.5\n"
            "合计             8,082.2\n"
            "资料来源：根据中国电子工业标准化研究院（2023）及企业年报整理。注：统计口径不含运维服务。"
        ),
        obs=[
            ("基础硬件", 2023, 3215.6, "CNY 100 million", "actual"),
            ("基础软件", 2023, 1108.3, "CNY 100 million", "actual"),
            ("应用软件", 2023, 2486.9, "CNY 100 million", "actual"),
            ("信息安全", 2023, 1271.5, "CNY 100 million", "actual"),
            ("合计", 2023, 8082.2, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[
            # 3235.6 + 1108.3 + 2486.9 + 1271.5 = 8082.3, not 8082.2; parts at +-0.05 each give 8082.1 .. 8082.5,
            # which holds 8082.2 -> rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 38. English tab-separated table: AI in healthcare by segment, 2024 and 2030F columns, a "CAGR 2024–30" column
    #     (stated); rows add to Total in both years; the Total's 28.8% only within rounding; table numbers, source and
    #     n = 41 nowhere
    dict(
        text=(
            "Table 2: Global AI-in-healthcare market by segment (USD billion)\n"
            "Segment\t2024\t2030F\tCAGR 2024–30\n"
            "Software\t8.4\t41.9\t30.7%\n"
            "Hardware\t3.1\t10.6\t22.7%\n"
            "Services\t2.7\t12.5\t29.1%\n"
            "Total\t14.2\t65.0\t28.8%\n"
            "Source: Harlow & Mensah (2025), Table 4; 2030 figures are the authors' projections. n = 41 hospital "
            "systems interviewed."
        ),
        obs=[
            ("Software", 2024, 8.4, "USD billion", "actual"),
            ("Software", 2030, 41.9, "USD billion", "estimate"),
            ("Hardware", 2024, 3.1, "USD billion", "actual"),
            ("Hardware", 2030, 10.6, "USD billion", "estimate"),
            ("Services", 2024, 2.7, "USD billion", "actual"),
            ("Services", 2030, 12.5, "USD billion", "estimate"),
            ("Total", 2024, 14.2, "USD billion", "actual"),
            ("Total", 2030, 65.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 30.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 29.1, "percent", 2024, 2030, None, "stated"),
            ("cagr", 28.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # Software: (41.9 / 8.4) ** (1/6) - 1 = 30.71% -> 30.7
            ("cagr|implied", "exact"),  # Hardware: (10.6 / 3.1) ** (1/6) - 1 = 22.74% -> 22.7
            ("cagr|implied", "exact"),  # Services: (12.5 / 2.7) ** (1/6) - 1 = 29.10% -> 29.1
            # Total: (65.0 / 14.2) ** (1/6) - 1 = 28.86% -> 28.9, not 28.8; bounds (64.95 / 14.25) .. (65.05 / 14.15)
            # -> 28.76% .. 28.95%, reaches 28.8 -> rounding
            ("cagr|implied", "rounding"),
            ("hierarchy", "exact"),  # 2024: 8.4 + 3.1 + 2.7 = 14.2
            ("hierarchy", "exact"),  # 2030: 41.9 + 10.6 + 12.5 = 65.0
        ],
    ),
    # 39. Traditional Chinese tab-separated vertical table: AIoT in Taiwan, a lone column headed "新臺幣億元" -> Total,
    #     a 年增率 column of year-on-year rates, a "2025（預估）" row as estimate; table number and source year nowhere
    dict(
        text=(
            "表4-1　臺灣AIoT市場規模（2020–2025年）\n"
            "年度\t新臺幣億元\t年增率\n"
            "2020\t612\t—\n"
            "2021\t705\t15.2%\n"
            "2022\t817\t15.9%\n"
            "2023\t948\t16.0%\n"
            "2024\t1,093\t15.3%\n"
            "2025（預估）\t1,262\t15.5%\n"
            "資料來源：本研究整理自資策會MIC（2024）；2025年為預估值。"
        ),
        obs=[
            ("Total", 2020, 612, "TWD 100 million", "actual"),
            ("Total", 2021, 705, "TWD 100 million", "actual"),
            ("Total", 2022, 817, "TWD 100 million", "actual"),
            ("Total", 2023, 948, "TWD 100 million", "actual"),
            ("Total", 2024, 1093, "TWD 100 million", "actual"),
            ("Total", 2025, 1262, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 15.2, "percent", 2020, 2021, 1.0),
            ("growth", 15.9, "percent", 2021, 2022, 1.0),
            ("growth", 16.0, "percent", 2022, 2023, 1.0),
            ("growth", 15.3, "percent", 2023, 2024, 1.0),
            ("growth", 15.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 705 / 612 - 1 = 15.20% -> 15.2
            ("cagr|implied", "exact"),  # 817 / 705 - 1 = 15.89% -> 15.9
            ("cagr|implied", "exact"),  # 948 / 817 - 1 = 16.03% -> 16.0
            ("cagr|implied", "exact"),  # 1093 / 948 - 1 = 15.30% -> 15.3
            ("cagr|implied", "exact"),  # 1262 / 1093 - 1 = 15.46% -> 15.5
        ],
    ),
    # 40. Simplified Chinese pipe table with a 占比 column: intelligent-compute services 2024 by segment, shares with
    #     arithmetic verdicts, rows adding to 合计; the 100% total is no claim; 46家服务商 and the table number nowhere
    dict(
        text=(
            "表5 2024年我国智能算力服务市场细分结构\n"
            "| 细分市场 | 规模（亿元） | 占比 |\n"
            "|---|---|---|\n"
            "| 训练算力服务 | 412.6 | 58.3% |\n"
            "| 推理算力服务 | 295.1 | 41.7% |\n"
            "| 合计 | 707.7 | 100% |\n"
            "注：数据来源于课题组对46家服务商的调研；占比为各细分市场占合计的比重。"
        ),
        obs=[
            ("训练算力服务", 2024, 412.6, "CNY 100 million", "actual"),
            ("推理算力服务", 2024, 295.1, "CNY 100 million", "actual"),
            ("合计", 2024, 707.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 58.3, "percent", 2024, 2024, None),
            ("share", 41.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 412.6 / 707.7 = 58.30% -> 58.3
            ("arithmetic", "exact"),  # 295.1 / 707.7 = 41.70% -> 41.7
            ("hierarchy", "exact"),  # 412.6 + 295.1 = 707.7
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "ninety-second check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 4, 'rounding': 8, 'exact': 46}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'a compound annual growth rate of 25.9% from 2023 to 2029 [4]',
    'we estimate that the UK education technology market reached',
    'a CAGR of 24.1% over 2024-2030 (p. 7)',
    'project it to grow nearly fourfold, to USD 8.2 billion, by 2030',
    'growing at 30.2% a year',
    'reached GBP 2.34 billion last year',
    'grew 21.3% to USD 18.7 billion in 2023, from USD 16.2 billion in 2022',
    'from USD 40 billion to USD 60 billion',
    '¥1,050 billion in FY2030, equivalent to annual growth of 14.3%',
    'sized the total addressable market for warehouse automation at USD 51 billion',
    '据澜图咨询统计[3]',
    '四年间增长2.8倍；预计到2030年将超过1万亿元',
    '年複合成長率（CAGR）為13.7%',
    '按年增長17.3%',
    '去年我国数据要素市场规模达1590亿元',
    '| Total | 15.2 | 18.2 | 22.0 |',
    '年份      服务机器人      工业机器人',
    'Year\tUSD billion',
    '| 總計 | 603.3 | 705.9 | 826.6 |',
    'Region              2024 (EUR million)    Share (%)',
    'registering a CAGR of 18.9% over 2022–2030',
    'a compound annual growth rate of 24.7%',
    'up 11.5% from £6.1 billion in 2022',
    'or 25% of the total',
    'a CAGR of 31.7% from 2024 to 2030',
    'reports a higher 2022 figure of USD 2.6 billion',
    'roughly 4.5 times the ¥25.2 billion',
    'between ¥180 billion and ¥210 billion this year',
    '较2022年的243.7亿元增长17.2%',
    '2021—2023年年均复合增长率为19.6%',
    '将突破1万亿元',
    '占比27.8%',
    '年複合成長率達13.4%',
    '486億港元按年增長13.7%',
    '较2018年增长4倍',
    '去年我国低空经济市场规模达5059.5亿元',
    '| Year | USD million |',
    'CAGR 2024–30',
    '2025（預估）',
    '| 合计 | 707.7 | 100% |',
)
#: the set's blind score (written without reading or running the extractor): 158 figures, 37 rates, 54 verdicts and 3
#: false inconsistent on the code before the readings chosen on it
FLOORS = {"figures_found": 166, "rates_found": 41, "verdicts_right": 58}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset92.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
