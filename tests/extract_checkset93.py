"""A ninety-third check set for the extractor, written blind: academic and policy writing that cites market sizes -- journal
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
    # 1. a journal article's introduction citing a consultancy with a reference number: base year, "by 2030" target,
    #    stated 2022-2030 CAGR; sample size, share of respondents, model accuracy, p-value and table number nowhere
    dict(
        text=(
            "1. Introduction\n"
            "Edge inference hardware has moved from research prototypes to volume products within a decade. "
            "According to Fenwick Analytics (2023), the global edge-AI accelerator market was valued at USD 8.6 "
            "billion in 2022 and is expected to reach USD 38.9 billion by 2030, a compound annual growth rate (CAGR) "
            "of 20.8% over 2022-2030 [4]. Prior work has concentrated on model compression (Halvorsen et al., 2021; "
            "Qiu & Marlow, 2022, pp. 113-129). In our survey of embedded engineers (N = 1,204), 61.3% of respondents "
            "named memory bandwidth as the binding constraint. The pruned network we propose reaches 94.2% top-1 "
            "accuracy at 3.1 W (p < 0.01; see Table 4)."
        ),
        obs=[
            ("Total", 2022, 8.6, "USD billion", "actual"),
            ("Total", 2030, 38.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.8, "percent", 2022, 2030, None, "stated"),  # "over 2022-2030"
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (38.9 / 8.6) ** (1/8) - 1 = 20.762% -> 20.8
        ],
    ),
    # 2. a working paper's own estimate ("we estimate ... will grow to"), a second market named beside the first,
    #    a rival publisher's figure for the same year (nowhere), a stated CAGR its amounts contradict; working-paper
    #    number, interview count and a reference list nowhere
    dict(
        text=(
            "Working Paper No. 24-17\n"
            "Drawing on vendor filings and public procurement records, we estimate that worldwide spending on "
            "quantum-computing hardware and cloud access reached USD 1.12 billion in 2023 and will grow to USD 4.9 "
            "billion in 2029, a CAGR of 34.5% (2023-2029). Quantum sensing, a smaller and more defence-oriented "
            "market, stood at USD 0.41 billion in 2023 by our count. Our figure for computing is well above that of "
            "Ardley Research (2022), whose USD 0.86 billion for 2023 counted announced rather than delivered systems. "
            "Interviews with 37 procurement officers in 11 countries inform the adoption scenarios in Section 4.\n"
            "References\n"
            "Ardley Research (2022). Quantum Readiness Index 2022. London: Ardley, pp. 11-19."
        ),
        obs=[
            ("Total", 2023, 1.12, "USD billion", "actual"),
            ("Total", 2029, 4.9, "USD billion", "estimate"),
            ("Quantum sensing", 2023, 0.41, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 34.5, "percent", 2023, 2029, None, "stated"),  # "(2023-2029)"
        ],
        verdicts=[
            ("cagr|period", "inconsistent"),  # (4.9 / 1.12) ** (1/6) - 1 = 27.888%; bounds
            # (4.85 / 1.125) ** (1/6) - 1 = 27.58% .. (4.95 / 1.115) ** (1/6) - 1 = 28.20%; 34.5 is out of reach
        ],
    ),
    # 3. a policy brief in euros: a year-on-year rise with both amounts printed; percentage points, a headcount,
    #    a count of member states, a brief number and a vague "multibillion-euro" size nowhere
    dict(
        text=(
            "Policy Brief 2024/09 - Closing the loop on lithium\n"
            "Europe's battery-recycling market generated EUR 1.46 billion in 2023, up 18.7% on the EUR 1.23 billion "
            "recorded in 2022 (Kessel & Ondra, 2024, p. 7). Lithium recovery rates improved by 6 percentage points "
            "over the same period, and the sector now employs around 9,400 people across 14 member states. Industry "
            "associations describe end-of-life packs as a multibillion-euro opportunity, but we caution that "
            "permitting delays of 18 to 30 months remain the main bottleneck."
        ),
        obs=[
            ("Total", 2023, 1.46, "EUR billion", "actual"),
            ("Total", 2022, 1.23, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 18.7, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.46 / 1.23 - 1 = 18.699% -> 18.7
        ],
    ),
    # 4. a literature review comparing two publishers: the first's base (in USD million), target (in USD billion,
    #    converted to the series' unit) and implied CAGR whose span only the amounts give (inferred); the second
    #    publisher's figure for the same year nowhere; reference numbers in brackets nowhere
    dict(
        text=(
            "2. Literature review\n"
            "Estimates of the size of the digital-twin market differ by an order of magnitude, largely because of "
            "definitions. Orland & Pike Research (2021) put the global market at USD 3,100 million in 2020 and "
            "projected USD 48.2 billion by 2026, implying a CAGR of 58% [7]. Tessaly Insights (2022), which excludes "
            "simulation software, reported USD 2.4 billion for 2020 [9]. Later studies (e.g. Brandt, 2023, Vol. 41, "
            "No. 2) treat these forecasts with caution, noting that none of the 26 vendors they examined disclosed "
            "twin-specific revenue."
        ),
        obs=[
            ("Total", 2020, 3100, "USD million", "actual"),
            ("Total", 2026, 48200, "USD million", "estimate"),  # 48.2 billion in the series' unit
        ],
        claims=[
            ("cagr", 58.0, "percent", 2020, 2026, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (48200 / 3100) ** (1/6) - 1 = 57.984% -> 58
        ],
    ),
    # 5. a conference paper on Japan's service robots in yen: fiscal years, a trillion-yen target converted to the
    #    series' JPY billion, a stated CAGR reached only within rounding; a vendor's own revenue, page range and
    #    figure number nowhere
    dict(
        text=(
            "Proceedings of the 18th Asia-Pacific Robotics Symposium, pp. 211-218.\n"
            "Japan's service-robot market reached \u00a5412 billion in fiscal 2023, and the Kanda Institute of "
            "Automation projects that it will climb to \u00a51.1 trillion in fiscal 2030, an annual growth rate of "
            "15.5% between FY2023 and FY2030. The largest domestic vendor, Harutake Robotics, reported fiscal 2023 "
            "revenue of \u00a596 billion. Labour shortages in elderly care are the main driver (Fig. 3): the "
            "prefectural survey we draw on found that 72% of facilities had at least one unfilled care post."
        ),
        obs=[
            ("Total", 2023, 412, "JPY billion", "actual"),
            ("Total", 2030, 1100, "JPY billion", "estimate"),  # 1.1 trillion in JPY billion
        ],
        claims=[
            ("cagr", 15.5, "percent", 2023, 2030, None, "stated"),  # "between FY2023 and FY2030"
        ],
        verdicts=[
            ("cagr|period", "rounding"),  # (1100 / 412) ** (1/7) - 1 = 15.061% -> 15.1, not 15.5; bounds
            # (1050 / 412.5) ** (1/7) - 1 = 14.28% .. (1150 / 411.5) ** (1/7) - 1 = 15.81%: 15.5 inside
        ],
    ),
    # 6. a thesis chapter: a whole market and a named part with its printed share (arithmetic); a quarter's bookings,
    #    an interviewee count and chapter numbers nowhere
    dict(
        text=(
            "Chapter 2. Market context\n"
            "The global cloud-security market was worth USD 40.8 billion in 2023, of which identity and access "
            "management accounted for USD 6.1 billion, or 15.0% (Brightwater Data, 2024). Vendors in the segment "
            "booked USD 1.7 billion in Q4 2023 alone, a seasonal peak discussed in Chapter 5. The 23 security "
            "architects interviewed for this thesis (Appendix B) ranked identity controls as their first priority."
        ),
        obs=[
            ("Total", 2023, 40.8, "USD billion", "actual"),
            ("Identity and access management", 2023, 6.1, "USD billion", "actual"),
        ],
        claims=[
            ("share", 15.0, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 6.1 / 40.8 = 14.951% -> 15.0
        ],
    ),
    # 7. a think-tank brief: a base year and a 2030 range (two value claims), "nearly triple" as a multiple;
    #    a utility survey's answer, the act's year and a count of utilities nowhere
    dict(
        text=(
            "Brief | Storage on the grid\n"
            "The Corvane Institute estimates that the US market for grid-scale battery storage was USD 5.2 billion in "
            "2023 and will be worth between USD 14 billion and USD 17 billion in 2030, meaning it should nearly "
            "triple over the period. Tax credits under the Inflation Reduction Act of 2022 account for much of the "
            "upswing. In a 2023 poll of 312 utilities, 48% said interconnection queues were their largest obstacle."
        ),
        obs=[
            ("Total", 2023, 5.2, "USD billion", "actual"),
        ],
        claims=[
            ("value", 14.0, "USD billion", 2030, 2030, None),
            ("value", 17.0, "USD billion", 2030, 2030, None),
            ("multiple", 3.0, "multiple", 2023, 2030, 7.0),  # "nearly triple", no verdict
        ],
        verdicts=[],
    ),
    # 8. a journal article: "more than fivefold" between two printed years; a listed company's fiscal revenue, an
    #    analyst's price target and its upside, journal volume and issue nowhere
    dict(
        text=(
            "Journal of Computational Pharma, Vol. 9, No. 4 (2025), 301-322.\n"
            "The market for AI-enabled drug-discovery platforms expanded more than fivefold between 2019 and 2024, "
            "from USD 0.61 billion to USD 3.3 billion (Leclerc & Amadi, 2025). Much of the growth came from "
            "partnership fees rather than licences: Synthera, the largest listed pure play, reported fiscal 2024 "
            "revenue of USD 412 million, and one broker set a price target of USD 48 on its shares, implying 22% "
            "upside. Our panel regression over 58 firms finds a coefficient of 0.37 (SE = 0.08) on partnership count."
        ),
        obs=[
            ("Total", 2019, 0.61, "USD billion", "actual"),
            ("Total", 2024, 3.3, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 5.0, "multiple", 2019, 2024, 5.0),  # "more than fivefold" -> x5, no verdict
        ],
        verdicts=[],
    ),
    # 9. a UK working paper in sterling: a decline as a negative year-on-year rate; a table number, firm count
    #    and a coefficient nowhere
    dict(
        text=(
            "The collapse in trading volumes hit service providers hard. The UK market for crypto-asset custody "
            "services fell to GBP 182 million in 2023 from GBP 236 million in 2022, a decline of 22.9% (Table 1). "
            "Of the 86 firms registered with the regulator at the start of 2022, 19 had exited by the end of 2023. "
            "Estimating equation (3) yields an elasticity of -0.62, significant at the 5% level."
        ),
        obs=[
            ("Total", 2023, 182, "GBP million", "actual"),
            ("Total", 2022, 236, "GBP million", "actual"),
        ],
        claims=[
            ("growth", -22.9, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 182 / 236 - 1 = -22.881% -> -22.9
        ],
    ),
    # 10. an urban-policy article on Hong Kong in HK$: a series opened in HKD million with a later HK$ billion figure
    #     converted, a compound rate whose span only the amounts give (inferred) reached within rounding; a
    #     Singapore-dollar figure (not in the unit table), population and figure number nowhere
    dict(
        text=(
            "Smart-building retrofits have become central to Hong Kong's decarbonisation plans. The city's market "
            "for smart-building systems was HK$486 million in 2019 and, according to the Lantau Policy Forum (2023), "
            "had grown to HK$1.2 billion by 2023, a compound annual rate of 26%. Comparable spending in Singapore "
            "reached S$310 million. With some 7.5 million residents and about 42,000 private buildings, Hong Kong "
            "offers a dense test bed (Fig. 2)."
        ),
        obs=[
            ("Total", 2019, 486, "HKD million", "actual"),
            ("Total", 2023, 1200, "HKD million", "actual"),  # HK$1.2 billion in the series' HKD million
        ],
        claims=[
            ("cagr", 26.0, "percent", 2019, 2023, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "rounding"),  # (1200 / 486) ** (1/4) - 1 = 25.353% -> 25, not 26; bounds
            # (1150 / 486.5) ** (1/4) - 1 = 23.99% .. (1250 / 485.5) ** (1/4) - 1 = 26.67%: 26 inside
        ],
    ),
    # 11. a Simplified Chinese journal article: 据...统计[3], a year-on-year rise with both amounts printed, a part
    #     with its printed share; questionnaire count, coefficient, p-value, recognition accuracy and 千亿级 nowhere
    dict(
        text=(
            "据弘毅智库统计[3]，2023年我国智能语音市场规模达到438.6亿元，较2022年的361.2亿元同比增长21.4%（王磊等，2024）。"
            "其中，车载语音交互市场规模为97.2亿元，占比22.2%。本文基于1326份有效问卷（N=1326）开展实证分析，"
            "回归结果显示使用频率的系数为0.412（p<0.05），所构建模型的识别准确率达96.7%。"
            "业内普遍认为，该领域有望在“十五五”期间形成千亿级产业集群。"
        ),
        obs=[
            ("Total", 2023, 438.6, "CNY 100 million", "actual"),
            ("Total", 2022, 361.2, "CNY 100 million", "actual"),
            ("车载语音交互", 2023, 97.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2022, 2023, 1.0),
            ("share", 22.2, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 438.6 / 361.2 - 1 = 21.429% -> 21.4
            ("arithmetic", "exact"),  # 97.2 / 438.6 = 22.161% -> 22.2
        ],
    ),
    # 12. a Simplified Chinese review: a series opened in 亿元 whose 万亿元 target is expected converted, 突破 at its
    #     printed figure, a stated 2020-2025 CAGR; a part's 增长2倍 between two printed amounts is x3; a plan's title
    #     years, issue and page numbers nowhere
    dict(
        text=(
            "工业互联网被视为制造业数字化转型的关键基础设施（李明、陈静，2022）。根据相关研究测算，2020年我国工业互联网核心产业"
            "规模为9164.8亿元，预计2025年将突破1.5万亿元，2020—2025年年均复合增长率约为10.4%。其中，工业互联网平台市场规模"
            "由2018年的142亿元增长2倍至2023年的426亿元。《工业互联网创新发展行动计划（2021—2023年）》的实施对此起到了推动作用"
            "（见《管理现代化》2023年第3期，第45—52页）。"
        ),
        obs=[
            ("Total", 2020, 9164.8, "CNY 100 million", "actual"),
            ("Total", 2025, 15000, "CNY 100 million", "estimate"),  # 1.5万亿元 in the series' 亿元
            ("工业互联网平台", 2018, 142, "CNY 100 million", "actual"),
            ("工业互联网平台", 2023, 426, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 10.4, "percent", 2020, 2025, None, "stated"),
            ("multiple", 3.0, "multiple", 2018, 2023, 5.0),  # 增长2倍 between two printed amounts -> x3, no verdict
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (15000 / 9164.8) ** (1/5) - 1 = 10.355% -> 10.4
        ],
    ),
    # 13. a Traditional Chinese article on Taiwan in 新台幣億元: a year-on-year rise with both amounts printed, a 兆元
    #     forecast converted to the series' 億元; share of surveyed firms, volume/issue and sample size nowhere
    dict(
        text=(
            "根據華瀛產業研究院（2024）的統計，2023年臺灣AI伺服器市場規模達新台幣7,820億元，較2022年的4,960億元成長57.7%，"
            "並預估2024年將進一步增至新台幣1.2兆元。本研究以問卷調查供應鏈廠商（n=214），其中有68%的受訪廠商表示產能已接近滿載。"
            "相關文獻亦指出，散熱與電源模組是主要瓶頸（林志豪，2023，《科技管理學刊》第12卷第2期）。"
        ),
        obs=[
            ("Total", 2023, 7820, "TWD 100 million", "actual"),
            ("Total", 2022, 4960, "TWD 100 million", "actual"),
            ("Total", 2024, 12000, "TWD 100 million", "estimate"),  # 1.2兆元 in the series' 億元
        ],
        claims=[
            ("growth", 57.7, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 7820 / 4960 - 1 = 57.661% -> 57.7
        ],
    ),
    # 14. a Traditional Chinese policy paper on Hong Kong in 億港元: a stated 2020-2023 CAGR its amounts contradict;
    #     a footnote marker, population, response rate and a quarter nowhere
    dict(
        text=(
            "據港灣策略研究中心（2023）估算，香港監管科技市場規模由2020年的18.5億港元增至2023年的31.2億港元，"
            "2020至2023年間年均複合增長率達23.6%〔註4〕。然而，本研究的問卷回應率僅為42%，且僅2023年第三季便有"
            "5家初創企業退出市場。以約750萬人口計算，香港的人均監管科技支出仍明顯低於新加坡。"
        ),
        obs=[
            ("Total", 2020, 18.5, "HKD 100 million", "actual"),
            ("Total", 2023, 31.2, "HKD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 23.6, "percent", 2020, 2023, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "inconsistent"),  # (31.2 / 18.5) ** (1/3) - 1 = 19.031%; bounds
            # (31.15 / 18.55) ** (1/3) - 1 = 18.86% .. (31.25 / 18.45) ** (1/3) - 1 = 19.20%; 23.6 is out of reach
        ],
    ),
    # 15. a Simplified Chinese article on drones: 约 total at its printed figure, a part with its printed share, and
    #     增长4倍 with one amount printed kept as x4; a count of firms, 百亿级 and a quarter nowhere
    dict(
        text=(
            "低空经济已成为地方政府竞相布局的新赛道。据蓝湾研究院测算（2024）[12]，2023年我国民用无人机市场规模约为1,174亿元，"
            "其中物流配送无人机市场规模为86亿元，占比7.3%。该研究预计，到2027年物流配送无人机市场规模将较2023年增长4倍，"
            "成为新的百亿级细分赛道。截至2024年第一季度，全国无人机相关企业已超过1.9万家。"
        ),
        obs=[
            ("Total", 2023, 1174, "CNY 100 million", "actual"),
            ("物流配送无人机", 2023, 86, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 7.3, "percent", 2023, 2023, None),
            ("multiple", 4.0, "multiple", 2023, 2027, 4.0),  # 增长4倍 with one amount printed keeps 4, no verdict
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 86 / 1174 = 7.325% -> 7.3
        ],
    ),
    # 16. an English pipe table by segment for 2022 and 2027F with a total row and a stated CAGR column; one CAGR
    #     reached only within rounding; table number, source pages and note nowhere
    dict(
        text=(
            "As Table 2 shows, imaging remains the largest segment, but drug discovery grows fastest.\n"
            "Table 2. Global AI-in-healthcare market by segment, 2022 and 2027F (USD billion)\n"
            "| Segment | 2022 | 2027F | CAGR 2022-27 (%) |\n"
            "|---|---|---|---|\n"
            "| Medical imaging | 4.2 | 13.9 | 27.0 |\n"
            "| Clinical decision support | 3.1 | 11.6 | 30.2 |\n"
            "| Drug discovery | 1.9 | 8.3 | 34.8 |\n"
            "| Hospital operations | 2.4 | 6.8 | 23.2 |\n"
            "| Total | 11.6 | 40.6 | 28.5 |\n"
            "Source: adapted from Mirelle Health Economics (2023), pp. 22-24. Note: F = forecast."
        ),
        obs=[
            ("Medical imaging", 2022, 4.2, "USD billion", "actual"),
            ("Medical imaging", 2027, 13.9, "USD billion", "estimate"),
            ("Clinical decision support", 2022, 3.1, "USD billion", "actual"),
            ("Clinical decision support", 2027, 11.6, "USD billion", "estimate"),
            ("Drug discovery", 2022, 1.9, "USD billion", "actual"),
            ("Drug discovery", 2027, 8.3, "USD billion", "estimate"),
            ("Hospital operations", 2022, 2.4, "USD billion", "actual"),
            ("Hospital operations", 2027, 6.8, "USD billion", "estimate"),
            ("Total", 2022, 11.6, "USD billion", "actual"),
            ("Total", 2027, 40.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 27.0, "percent", 2022, 2027, None, "stated"),
            ("cagr", 30.2, "percent", 2022, 2027, None, "stated"),
            ("cagr", 34.8, "percent", 2022, 2027, None, "stated"),
            ("cagr", 23.2, "percent", 2022, 2027, None, "stated"),
            ("cagr", 28.5, "percent", 2022, 2027, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 4.2 + 3.1 + 1.9 + 2.4 = 11.6
            ("hierarchy", "exact"),  # 2027: 13.9 + 11.6 + 8.3 + 6.8 = 40.6
            ("cagr|period", "exact"),  # imaging (13.9 / 4.2) ** (1/5) - 1 = 27.044% -> 27.0
            ("cagr|period", "exact"),  # CDS (11.6 / 3.1) ** (1/5) - 1 = 30.202% -> 30.2
            ("cagr|period", "rounding"),  # drug discovery (8.3 / 1.9) ** (1/5) - 1 = 34.297% -> 34.3, not 34.8;
            # bounds (8.25 / 1.95) ** (1/5) - 1 = 33.44% .. (8.35 / 1.85) ** (1/5) - 1 = 35.18%: 34.8 inside
            ("cagr|period", "exact"),  # operations (6.8 / 2.4) ** (1/5) - 1 = 23.157% -> 23.2
            ("cagr|period", "exact"),  # total (40.6 / 11.6) ** (1/5) - 1 = 28.474% -> 28.5
        ],
    ),
    # 17. an English space-aligned vertical table (years as rows, one column headed by its unit only -> Total) with
    #     E years; prose below states a 2019-2025 CAGR reached only within rounding; a firm's revenue and figure
    #     number nowhere
    dict(
        text=(
            "Table 3. Global automotive LiDAR market, 2019-2025E\n"
            "Year      USD billion\n"
            "2019      1.5\n"
            "2020      1.7\n"
            "2021      2.2\n"
            "2022      2.6\n"
            "2023      3.0\n"
            "2024E     3.6\n"
            "2025E     4.2\n"
            "Source: Quillon Mobility Research (2024); E = estimate.\n"
            "On these figures the market grows at a CAGR of 19.4% over 2019-2025, although the leading supplier, "
            "Velarin Optics, earned only USD 0.41 billion from LiDAR in 2023 (see Fig. 5)."
        ),
        obs=[
            ("Total", 2019, 1.5, "USD billion", "actual"),
            ("Total", 2020, 1.7, "USD billion", "actual"),
            ("Total", 2021, 2.2, "USD billion", "actual"),
            ("Total", 2022, 2.6, "USD billion", "actual"),
            ("Total", 2023, 3.0, "USD billion", "actual"),
            ("Total", 2024, 3.6, "USD billion", "estimate"),
            ("Total", 2025, 4.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.4, "percent", 2019, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "rounding"),  # (4.2 / 1.5) ** (1/6) - 1 = 18.721% -> 18.7, not 19.4; bounds
            # (4.15 / 1.55) ** (1/6) - 1 = 17.84% .. (4.25 / 1.45) ** (1/6) - 1 = 19.63%: 19.4 inside
        ],
    ),
    # 18. a Simplified Chinese space-aligned vertical table: a lone 亿元 column (Total) with a 同比 column, an E year;
    #     title years, table number and source note nowhere
    dict(
        text=(
            "表3  2019—2024年我国数据标注市场规模\n"
            "年份       亿元       同比（%）\n"
            "2019       612.4      —\n"
            "2020       745.8      21.8\n"
            "2021       931.5      24.9\n"
            "2022       1086.0     16.6\n"
            "2023       1297.3     19.5\n"
            "2024E      1540.0     18.7\n"
            "资料来源：根据启衡咨询（2024）整理；E为预测值。注：样本企业共计57家。"
        ),
        obs=[
            ("Total", 2019, 612.4, "CNY 100 million", "actual"),
            ("Total", 2020, 745.8, "CNY 100 million", "actual"),
            ("Total", 2021, 931.5, "CNY 100 million", "actual"),
            ("Total", 2022, 1086.0, "CNY 100 million", "actual"),
            ("Total", 2023, 1297.3, "CNY 100 million", "actual"),
            ("Total", 2024, 1540.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.8, "percent", 2019, 2020, 1.0),
            ("growth", 24.9, "percent", 2020, 2021, 1.0),
            ("growth", 16.6, "percent", 2021, 2022, 1.0),
            ("growth", 19.5, "percent", 2022, 2023, 1.0),
            ("growth", 18.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 745.8 / 612.4 - 1 = 21.783% -> 21.8
            ("cagr|implied", "exact"),  # 931.5 / 745.8 - 1 = 24.899% -> 24.9
            ("cagr|implied", "exact"),  # 1086.0 / 931.5 - 1 = 16.586% -> 16.6
            ("cagr|implied", "exact"),  # 1297.3 / 1086.0 - 1 = 19.457% -> 19.5
            ("cagr|implied", "exact"),  # 1540.0 / 1297.3 - 1 = 18.708% -> 18.7
        ],
    ),
    # 19. an English tab-separated table by vertical for one year with a share column and a total row whose rows add
    #     up only within rounding; the total row's 100.0 no claim; table number and respondent note nowhere
    dict(
        text=(
            "Table 5. Industrial IoT platform revenue in the EU-27 by vertical, 2023 (EUR million)\n"
            "Vertical\tRevenue\tShare (%)\n"
            "Discrete manufacturing\t1,142\t38.1\n"
            "Process industries\t806\t26.9\n"
            "Energy and utilities\t574\t19.2\n"
            "Logistics\t311\t10.4\n"
            "Other\t163\t5.4\n"
            "Total\t2,997\t100.0\n"
            "Source: Halberg Digital Observatory (2024). Shares of respondents (n = 412) are reported separately in Table 6."
        ),
        obs=[
            ("Discrete manufacturing", 2023, 1142, "EUR million", "actual"),
            ("Process industries", 2023, 806, "EUR million", "actual"),
            ("Energy and utilities", 2023, 574, "EUR million", "actual"),
            ("Logistics", 2023, 311, "EUR million", "actual"),
            ("Other", 2023, 163, "EUR million", "actual"),
            ("Total", 2023, 2997, "EUR million", "actual"),
        ],
        claims=[
            ("share", 38.1, "percent", 2023, 2023, None),
            ("share", 26.9, "percent", 2023, 2023, None),
            ("share", 19.2, "percent", 2023, 2023, None),
            ("share", 10.4, "percent", 2023, 2023, None),
            ("share", 5.4, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("hierarchy", "rounding"),  # 1142 + 806 + 574 + 311 + 163 = 2996, not 2997; each row +-0.5 gives
            # 2993.5 .. 2998.5, which holds 2997
            ("arithmetic", "exact"),  # 1142 / 2997 = 38.105% -> 38.1
            ("arithmetic", "exact"),  # 806 / 2997 = 26.894% -> 26.9
            ("arithmetic", "exact"),  # 574 / 2997 = 19.152% -> 19.2
            ("arithmetic", "exact"),  # 311 / 2997 = 10.377% -> 10.4
            ("arithmetic", "exact"),  # 163 / 2997 = 5.439% -> 5.4
        ],
    ),
    # 20. a Traditional Chinese pipe table in 新台幣億元 by segment for two years with a 合計 row and a 年增率 column;
    #     the 2023 total contradicts its rows (inconsistent); table number, source and sample note nowhere
    dict(
        text=(
            "表4　臺灣智慧醫療市場規模（單位：新台幣億元）\n"
            "| 項目 | 2022年 | 2023年 | 年增率（%） |\n"
            "|---|---|---|---|\n"
            "| 遠距醫療 | 48.6 | 61.2 | 25.9 |\n"
            "| 醫療影像AI | 32.4 | 45.1 | 39.2 |\n"
            "| 智慧病房 | 27.5 | 30.8 | 12.0 |\n"
            "| 合計 | 108.5 | 142.6 | 31.4 |\n"
            "資料來源：整理自瀚林產業顧問（2024）及本研究訪談（n=31家醫院）。"
        ),
        obs=[
            ("遠距醫療", 2022, 48.6, "TWD 100 million", "actual"),
            ("遠距醫療", 2023, 61.2, "TWD 100 million", "actual"),
            ("醫療影像AI", 2022, 32.4, "TWD 100 million", "actual"),
            ("醫療影像AI", 2023, 45.1, "TWD 100 million", "actual"),
            ("智慧病房", 2022, 27.5, "TWD 100 million", "actual"),
            ("智慧病房", 2023, 30.8, "TWD 100 million", "actual"),
            ("合計", 2022, 108.5, "TWD 100 million", "actual"),
            ("合計", 2023, 142.6, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 25.9, "percent", 2022, 2023, 1.0),
            ("growth", 39.2, "percent", 2022, 2023, 1.0),
            ("growth", 12.0, "percent", 2022, 2023, 1.0),
            ("growth", 31.4, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 48.6 + 32.4 + 27.5 = 108.5
            ("hierarchy", "inconsistent"),  # 2023: 61.2 + 45.1 + 30.8 = 137.1 (bounds 136.95 .. 137.25) vs 142.6
            ("cagr|implied", "exact"),  # 61.2 / 48.6 - 1 = 25.926% -> 25.9
            ("cagr|implied", "exact"),  # 45.1 / 32.4 - 1 = 39.198% -> 39.2
            ("cagr|implied", "exact"),  # 30.8 / 27.5 - 1 = 12.000% -> 12.0
            ("cagr|implied", "exact"),  # 142.6 / 108.5 - 1 = 31.429% -> 31.4
        ],
    ),
    # 21. journal-article introduction (English): a cited publisher's 2022 base and 2030 projection with a
    #    stated 2022-2030 CAGR; citation years, reference numbers, a sample of design wins, model accuracy and
    #    page numbers are expected nowhere
    dict(
        text=(
            "1. Introduction\n"
            "Edge inference has moved from research prototypes to volume silicon within a decade (Okafor and "
            "Lindgren, 2021; Marchetti et al., 2022). According to Veradine Analytics (2023), the global edge AI "
            "chip market was valued at USD 8.4 billion in 2022 and is projected to reach USD 38.9 billion by 2030, "
            "registering a CAGR of 21.1% from 2022 to 2030 [12]. Smart cameras and automotive perception modules "
            "account for 47% of the 312 design wins in our sample (Table 1). Prior benchmarking studies report "
            "that quantised models retain 94.2% accuracy on ImageNet at one-eighth of the energy cost "
            "[15, pp. 44-46], but few examine how procurement volumes respond to such gains."
        ),
        obs=[
            ("Total", 2022, 8.4, "USD billion", "actual"),
            ("Total", 2030, 38.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21.1, "percent", 2022, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (38.9 / 8.4) ** (1/8) - 1 = 4.63095 ** 0.125 - 1 = 21.118% -> 21.1
        ],
    ),
    # 22. UK thesis chapter (English, GBP): "a rise of 12.5% on the £1.26 billion recorded in 2022" is exact only
    #    within rounding; a quarter's figure, interviewees' answers and a headcount are expected nowhere
    dict(
        text=(
            "Chapter 2 situates this thesis in the UK market for managed detection and response (MDR). The "
            "Halsworth Institute's annual sector review (2024, p. 12) reports that UK spending on managed "
            "detection and response reached £1.42 billion in 2023, a rise of 12.5% on the £1.26 billion recorded "
            "in 2022. The fourth quarter of 2023 alone accounted for £410 million, reflecting year-end contract "
            "renewals. Of the 46 security leaders interviewed for this thesis, 71% expected their MDR budgets to "
            "grow, and the wider cyber sector now employs some 60,000 people."
        ),
        obs=[
            ("Total", 2023, 1.42, "GBP billion", "actual"),
            ("Total", 2022, 1.26, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 12.5, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            # 21.42 / 1.26 - 1 = 12.698% -> 12.7, not 12.5;
            # bounds 1.415 / 1.265 - 1 = 11.858% .. 1.425 / 1.255 - 1 = 13.546% -> 12.5 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 23. conference paper (English): the authors' own sizing, USD 310 million in 2024 growing 4.5x to
    #    USD 1.4 billion by 2029 (kept in the series' first unit, USD million); model MAPE, record counts,
    #    a coefficient, a p-value and one supplier's revenue are expected nowhere
    dict(
        text=(
            "In this paper we combine fleet registration data with component teardown prices to size the market "
            "for LiDAR sensors fitted to heavy autonomous trucks. We size the market at USD 310 million in 2024 "
            "and project it to grow 4.5x to USD 1.4 billion by 2029 under our baseline adoption scenario "
            "(Section 5). Our adoption model, trained on 18,406 vehicle-level records, forecasts registrations "
            "with a mean absolute percentage error of 6.8%; the coefficient on diesel price is 0.42 (p < 0.01). "
            "For comparison, the largest sensor supplier, Qorvane Photonics, reported revenue of USD 96 million "
            "in fiscal 2023."
        ),
        obs=[
            ("Total", 2024, 310, "USD million", "actual"),
            ("Total", 2029, 1400, "USD million", "estimate"),  # "USD 1.4 billion" in the series' unit
        ],
        claims=[
            ("multiple", 4.5, "multiple", 2024, 2029, 5.0),  # 1400 / 310 = 4.52; a multiple gets no verdict
        ],
        verdicts=[],
    ),
    # 24. think-tank policy brief (English, yen, fiscal years): a CAGR "over the period" whose span only the
    #    amounts' years give (inferred, exact only within rounding) and a hardware share whose part and whole
    #    are printed; brief number, a vendor's own revenue and a survey answer are expected nowhere
    dict(
        text=(
            "Policy Brief No. 27 (June 2024)\n"
            "Japan's domestic market for quantum computing hardware, software and services stood at ¥41.8 billion "
            "in fiscal 2023, according to the Tsukimori Research Institute, which expects it to reach ¥296 billion "
            "in fiscal 2030 - a compound annual growth rate of 32.2% over the period. Hardware made up ¥25.5 "
            "billion, or 61% of the fiscal 2023 total. Fujikawa Electric, the largest domestic vendor, booked "
            "¥6.2 billion of quantum-related revenue in the same year. In our survey of 212 listed manufacturers, "
            "only 9% reported running a quantum pilot."
        ),
        obs=[
            ("Total", 2023, 41.8, "JPY billion", "actual"),
            ("Total", 2030, 296, "JPY billion", "estimate"),
            ("Hardware", 2023, 25.5, "JPY billion", "actual"),
        ],
        claims=[
            ("cagr", 32.2, "percent", 2023, 2030, None, "inferred"),
            ("share", 61, "percent", 2023, 2023, None),
        ],
        verdicts=[
            # (296 / 41.8) ** (1/7) - 1 = 7.08134 ** (1/7) - 1 = 32.265% -> 32.3, not 32.2;
            # bounds (295.5 / 41.85) ** (1/7) - 1 = 32.211% .. (296.5 / 41.75) ** (1/7) - 1 = 32.320% -> 32.2 reachable
            ("cagr|period", "rounding"),
            ("arithmetic", "exact"),  # 25.5 / 41.8 = 61.005% -> 61
        ],
    ),
    # 25. working paper (English, EUR): "up 14% from €2.4 billion" contradicted by its own amounts; a
    #    forecast range gives two value claims; the panel size, percentage points and an elasticity are
    #    expected nowhere
    dict(
        text=(
            "Working Paper 2024/11, Brussels\n"
            "The European market for industrial private 5G networks remains small but is expanding quickly. "
            "Drawing on operator filings, Morvaux and Simek (2023, p. 8) put it at €2.9 billion in 2023, up 14% "
            "from €2.4 billion in 2022 [3]. Our own panel of manufacturing plants (N = 1,204) suggests that "
            "adoption rose by 6 percentage points over the same period, and the elasticity of adoption to "
            "spectrum fees is -0.31 (SE 0.09). If spectrum auctions proceed on schedule, the authors expect the "
            "market to reach between €5.5 billion and €6.2 billion by 2027."
        ),
        obs=[
            ("Total", 2023, 2.9, "EUR billion", "actual"),
            ("Total", 2022, 2.4, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 14, "percent", 2022, 2023, 1.0),
            ("value", 5.5, "EUR billion", 2027, 2027, None),
            ("value", 6.2, "EUR billion", 2027, 2027, None),
        ],
        verdicts=[
            # 22.9 / 2.4 - 1 = 20.833%; bounds 2.85 / 2.45 - 1 = 16.327% .. 2.95 / 2.35 - 1 = 25.532% -> 14 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 26. literature review (English): first publisher's base, target and stated CAGR; a second publisher's
    #    lower 2021 figure, "a multibillion-dollar opportunity", case-study counts and a percentage of case
    #    studies, figure/table numbers and sample-size range are expected nowhere
    dict(
        text=(
            "2.1 Market context\n"
            "Estimates of the digital twin market vary widely across sources. Hexmoor Research (2022) sized the "
            "global market at USD 7.5 billion in 2021 and forecast USD 73.5 billion by 2027, implying a CAGR of "
            "46.3% between 2021 and 2027 [4]; Calder & Finch (2022) put the 2021 figure lower, at USD 6.9 billion "
            "[7]. Industry commentators routinely describe the field as a multibillion-dollar opportunity "
            "(Reyes, 2023), yet only 18 of the 64 case studies we reviewed (28%) report any quantified return. "
            "Figure 2 summarises the studies by sector, and Table 4 lists their sample sizes, which range from "
            "12 to 2,350 firms."
        ),
        obs=[
            ("Total", 2021, 7.5, "USD billion", "actual"),
            ("Total", 2027, 73.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 46.3, "percent", 2021, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (73.5 / 7.5) ** (1/6) - 1 = 9.8 ** (1/6) - 1 = 46.287% -> 46.3
        ],
    ),
    # 27. 学术期刊引言（简体）: "较2022年的241.2亿元增长18.4%" exact; penetration rate, questionnaire
    #    respondents' percentage, recognition accuracy, reference numbers expected nowhere
    dict(
        text=(
            "引言\n"
            "近年来，以大模型为代表的生成式技术推动智能语音交互从单一指令识别走向多轮对话（王磊等，2022；"
            "Chen & Liu, 2023）。据睿知咨询统计[3]，2023年我国智能语音市场规模达到285.6亿元，较2022年的"
            "241.2亿元增长18.4%。其中，车载语音助手渗透率已升至67.3%，但本研究对1,536名驾驶者的问卷调查显示，"
            "仅有38.2%的受访者表示会经常使用语音功能（见表2）。已有文献多关注识别准确率，例如文献[8]报告的"
            "方言识别准确率为91.7%，而对产业规模与用户行为之间关系的实证研究仍较少。"
        ),
        obs=[
            ("Total", 2023, 285.6, "CNY 100 million", "actual"),
            ("Total", 2022, 241.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 285.6 / 241.2 - 1 = 18.408% -> 18.4
        ],
    ),
    # 28. 学位论文文献综述（简体）: series opens in 亿元, a 2025 target in 万亿元 converted to 16000;
    #    "2020—2025年年均复合增长率约为11.8%" stated and exact; report title year, page number, sample of firms,
    #    coefficient and p-value expected nowhere
    dict(
        text=(
            "第二章 文献综述与研究背景\n"
            "2.1 产业发展现状\n"
            "工业互联网被视为制造业数字化转型的关键基础设施（李明，2021，第45页）。据华辰产业研究院发布的"
            "《工业互联网核心产业发展报告（2023年）》[12]，2020年我国工业互联网核心产业规模为9164.8亿元，"
            "预计2025年将达到1.6万亿元，2020—2025年年均复合增长率约为11.8%。本文选取长三角地区217家制造企业"
            "作为样本，回归结果显示数字化投入的系数为0.286（p<0.05）。"
        ),
        obs=[
            ("Total", 2020, 9164.8, "CNY 100 million", "actual"),
            ("Total", 2025, 16000, "CNY 100 million", "estimate"),  # 1.6万亿元 in the series' 亿元
        ],
        claims=[
            ("cagr", 11.8, "percent", 2020, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (16000 / 9164.8) ** (1/5) - 1 = 1.74581 ** 0.2 - 1 = 11.789% -> 11.8
        ],
    ),
    # 29. 研究报告（简体）: "由2019年的58亿元增长至2023年的232亿元，四年间增长3倍" is x4 over 4 years
    #    (no verdict); 2026 "有望突破500亿元" an estimate at its printed figure; a quarter with its
    #    环比, a company's revenue, a headcount, 千亿级 and the report title year expected nowhere
    dict(
        text=(
            "据星图智库《2024中国智能网联汽车数据服务研究报告》测算，我国车联网数据服务市场规模由2019年的58亿元"
            "增长至2023年的232亿元，四年间增长3倍。报告同时指出，2023年第四季度市场规模为71亿元，环比增长9.2%。"
            "头部企业领航数科2023年营业收入为19.6亿元，员工总数超过2,800人。该报告预计，到2026年市场规模有望"
            "突破500亿元，并带动形成千亿级产业生态。"
        ),
        obs=[
            ("Total", 2019, 58, "CNY 100 million", "actual"),
            ("Total", 2023, 232, "CNY 100 million", "actual"),
            ("Total", 2026, 500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2019, 2023, 4.0),  # 增长3倍 between two printed amounts -> x4 (232 / 58 = 4)
        ],
        verdicts=[],
    ),
    # 30. 期刊论文（简体）: a part (云端仿真平台) and the whole printed with its share, arithmetic exact;
    #     survey percentage of firms and 约四成 expected nowhere
    dict(
        text=(
            "自动驾驶仿真测试是降低道路测试成本的重要手段（赵晨等，2023）。根据远川研究院的测算[5]，2023年中国"
            "自动驾驶仿真测试市场规模为42.5亿元，其中云端仿真平台市场规模为17.9亿元，占比42.1%。在本文调研的"
            "86家整车及零部件企业中，63.5%的受访企业表示将在未来两年增加仿真投入，另有约四成企业已自建仿真团队。"
        ),
        obs=[
            ("Total", 2023, 42.5, "CNY 100 million", "actual"),
            ("云端仿真平台", 2023, 17.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 42.1, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 17.9 / 42.5 = 42.118% -> 42.1
        ],
    ),
    # 31. 学位论文（简体）: "2018年至2022年…从25.9亿元增至60.2亿元，年均复合增长率达28.6%" contradicted by
    #     its amounts; headcount, per-worker volume (万条), questionnaire count, marginal effect expected nowhere
    dict(
        text=(
            "数据标注是人工智能产业链的上游环节。据知鉴咨询统计（2023）[7]，2018年至2022年，我国数据标注市场"
            "规模从25.9亿元增至60.2亿元，年均复合增长率达28.6%。与此同时，行业从业人员约为20万人，单个标注员的"
            "月均工作量约为1.2万条。本文第四章基于2,047份标注员问卷，采用Logit模型估计工作强度对离职意愿的影响，"
            "边际效应为0.073（p<0.001）。"
        ),
        obs=[
            ("Total", 2018, 25.9, "CNY 100 million", "actual"),
            ("Total", 2022, 60.2, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 28.6, "percent", 2018, 2022, None, "stated"),
        ],
        verdicts=[
            # (60.2 / 25.9) ** (1/4) - 1 = 2.32432 ** 0.25 - 1 = 23.474%;
            # bounds (60.15 / 25.95) ** 0.25 - 1 = 23.388% .. (60.25 / 25.85) ** 0.25 - 1 = 23.559% -> 28.6 unreachable
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 32. 臺灣碩士論文緒論（繁體, 新台幣億元）: 年複合成長率 with no printed span (inferred from 2022 and 2025),
    #     exact; response rate, adoption percentage of hospitals and a fit index expected nowhere
    dict(
        text=(
            "壹、緒論\n"
            "隨著人口高齡化與健保財務壓力加劇，智慧醫療被視為提升照護效率的重要途徑（林怡君、陳志明，2022）。"
            "根據禾豐產業研究所（2023）之推估，臺灣智慧醫療市場規模2022年為新台幣486億元，預估2025年將達新台幣"
            "712億元，年複合成長率為13.6%[4]。然而，本研究針對全臺312家醫療院所之問卷調查（回收率41.3%）發現，"
            "僅有27.5%的院所已導入AI輔助診斷系統。本文第三節將以結構方程模型檢驗導入意願之影響因素，模型配適度"
            "指標CFI為0.952。"
        ),
        obs=[
            ("Total", 2022, 486, "TWD 100 million", "actual"),
            ("Total", 2025, 712, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 13.6, "percent", 2022, 2025, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (712 / 486) ** (1/3) - 1 = 1.46502 ** (1/3) - 1 = 13.575% -> 13.6
        ],
    ),
    # 33. 香港政策研究報告（繁體, 億港元）: "約為12.8億港元，較2022年的11.2億港元增長14.5%" exact only within
    #     rounding; issue number, 一成, 七成 of surveyed firms and a vendor's revenue expected nowhere
    dict(
        text=(
            "香港作為國際金融中心，監管科技（RegTech）之需求近年快速上升（黃家豪，2023）。據港灣研究中心發表的"
            "政策研究報告（第18期）顯示，2023年香港監管科技市場規模約為12.8億港元，較2022年的11.2億港元增長"
            "14.5%。報告並指出，持牌銀行之合規人手約佔總員工的一成，而受訪的58家機構中，有七成計劃於兩年內增加"
            "相關預算。本地供應商匯德科技2023年度收入為港幣1.35億元。"
        ),
        obs=[
            ("Total", 2023, 12.8, "HKD 100 million", "actual"),
            ("Total", 2022, 11.2, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 14.5, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            # 32.8 / 11.2 - 1 = 14.286% -> 14.3, not 14.5;
            # bounds 12.75 / 11.25 - 1 = 13.333% .. 12.85 / 11.15 - 1 = 15.247% -> 14.5 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. 臺灣學位論文文獻探討（繁體）: 2023 actual and a 預估 2024 with "成長17.5%至" exact; yearbook title
    #     year and page, a quarter's figure, 市占率 percentage points and an interview count expected nowhere
    dict(
        text=(
            "第二章　文獻探討\n"
            "電動機車電池交換模式之普及，使能源服務成為新興市場（張雅婷，2021；Wu et al., 2022）。依據碩研顧問"
            "出版之《2024臺灣電動運具產業年鑑》（頁63），2023年臺灣電動機車電池交換服務市場規模為新台幣49.6億元，"
            "預估2024年將成長17.5%至新台幣58.3億元。值得注意的是，2023年第四季單季即達新台幣14.1億元，而電動機車"
            "新車市占率則較前一年下滑2.3個百分點。本研究訪談之18位業者中，多數認為補助退場將影響短期需求。"
        ),
        obs=[
            ("Total", 2023, 49.6, "TWD 100 million", "actual"),
            ("Total", 2024, 58.3, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 58.3 / 49.6 - 1 = 17.540% -> 17.5
        ],
    ),
    # 35. 研究报告摘要（简体）: the series opens in 万亿元 (CNY trillion), so 2020's "9800亿元" is expected as 0.98;
    #     2020—2023 CAGR exact; 约三分之一, a substitution rate, city count and project number expected nowhere
    dict(
        text=(
            "摘要\n"
            "信息技术应用创新（信创）产业是保障供应链安全的重要抓手。本报告综合公开数据测算，2023年我国信创产业"
            "规模为1.86万亿元，而2020年仅为9800亿元，2020—2023年年均复合增长率约为23.8%（见图3）。分领域看，"
            "基础软件与硬件合计占比约三分之一。课题组对全国41个城市的调研显示，党政领域替代率已超过八成。本报告为"
            "课题组阶段性成果（课题编号：2023-ZD-017），观点不代表所在单位。"
        ),
        obs=[
            ("Total", 2023, 1.86, "CNY trillion", "actual"),
            ("Total", 2020, 0.98, "CNY trillion", "actual"),  # 9800亿元 in the series' 万亿元
        ],
        claims=[
            ("cagr", 23.8, "percent", 2020, 2023, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1.86 / 0.98) ** (1/3) - 1 = 1.89796 ** (1/3) - 1 = 23.812% -> 23.8
        ],
    ),
    # 36. pipe table (English, USD million) from a thesis: four application rows and a Total row for two
    #     years that add exactly, plus a prose growth rate on the totals; table number, citation year, page
    #     and firm count expected nowhere
    dict(
        text=(
            "Table 3. Global AI-in-drug-discovery market by application, USD million (source: Pellham Insight, "
            "2024; cited in Adeyemi, 2024, p. 112)\n"
            "\n"
            "| Application | 2022 | 2023 |\n"
            "|---|---|---|\n"
            "| Target identification | 312.4 | 398.7 |\n"
            "| Lead optimisation | 268.9 | 341.2 |\n"
            "| Clinical trial design | 154.3 | 207.6 |\n"
            "| Other | 71.8 | 88.5 |\n"
            "| Total | 807.4 | 1,036.0 |\n"
            "\n"
            "The total grew 28.3% in 2023. The case sample in Section 4 comprises 57 biotech firms."
        ),
        obs=[
            ("Target identification", 2022, 312.4, "USD million", "actual"),
            ("Target identification", 2023, 398.7, "USD million", "actual"),
            ("Lead optimisation", 2022, 268.9, "USD million", "actual"),
            ("Lead optimisation", 2023, 341.2, "USD million", "actual"),
            ("Clinical trial design", 2022, 154.3, "USD million", "actual"),
            ("Clinical trial design", 2023, 207.6, "USD million", "actual"),
            ("Other", 2022, 71.8, "USD million", "actual"),
            ("Other", 2023, 88.5, "USD million", "actual"),
            ("Total", 2022, 807.4, "USD million", "actual"),
            ("Total", 2023, 1036.0, "USD million", "actual"),
        ],
        claims=[
            ("growth", 28.3, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 312.4 + 268.9 + 154.3 + 71.8 = 807.4
            ("hierarchy", "exact"),  # 2023: 398.7 + 341.2 + 207.6 + 88.5 = 1036.0
            ("cagr|implied", "exact"),  # 1036.0 / 807.4 - 1 = 28.313% -> 28.3
        ],
    ),
    # 37. vertical tab-separated appendix table (English): rows are years, a lone column headed by its unit
    #     only (-> Total), "E" rows estimates; a note's "CAGR 2022-2025E" exact; reference number, respondents
    #     and hours of play expected nowhere
    dict(
        text=(
            "Appendix Table A2. Global cloud gaming market (Source: Brightwater Data, 2023 [21])\n"
            "Year\tUSD billion\n"
            "2020\t1.6\n"
            "2021\t2.4\n"
            "2022\t3.5\n"
            "2023E\t5.1\n"
            "2024E\t7.0\n"
            "2025E\t9.2\n"
            "Note: CAGR 2022-2025E: 38.0%. Figures exclude hardware. Survey respondents (n = 940) reported 3.4 "
            "hours of weekly play."
        ),
        obs=[
            ("Total", 2020, 1.6, "USD billion", "actual"),
            ("Total", 2021, 2.4, "USD billion", "actual"),
            ("Total", 2022, 3.5, "USD billion", "actual"),
            ("Total", 2023, 5.1, "USD billion", "estimate"),
            ("Total", 2024, 7.0, "USD billion", "estimate"),
            ("Total", 2025, 9.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 38.0, "percent", 2022, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (9.2 / 3.5) ** (1/3) - 1 = 2.62857 ** (1/3) - 1 = 38.009% -> 38.0
        ],
    ),
    # 38. Chinese pipe table (简体, 亿元) in a journal article: four segments whose sum (139.9) meets the
    #     合计 row (139.8) only within rounding, each with a share whose part and whole are printed; the
    #     100.0% total row, table number, N and Cronbach's alpha expected nowhere
    dict(
        text=(
            "表2　2023年中国AIGC应用市场细分结构（单位：亿元）\n"
            "资料来源：根据澜图研究院（2024）[9]整理。\n"
            "\n"
            "| 细分领域 | 市场规模 | 占比 |\n"
            "|---|---|---|\n"
            "| 文本生成 | 58.3 | 41.7% |\n"
            "| 图像生成 | 39.6 | 28.3% |\n"
            "| 音频生成 | 17.2 | 12.3% |\n"
            "| 视频生成 | 24.8 | 17.7% |\n"
            "| 合计 | 139.8 | 100.0% |\n"
            "\n"
            "注：本文问卷样本量N=1,204，量表Cronbach's α为0.87。"
        ),
        obs=[
            ("文本生成", 2023, 58.3, "CNY 100 million", "actual"),
            ("图像生成", 2023, 39.6, "CNY 100 million", "actual"),
            ("音频生成", 2023, 17.2, "CNY 100 million", "actual"),
            ("视频生成", 2023, 24.8, "CNY 100 million", "actual"),
            ("合计", 2023, 139.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 41.7, "percent", 2023, 2023, None),
            ("share", 28.3, "percent", 2023, 2023, None),
            ("share", 12.3, "percent", 2023, 2023, None),
            ("share", 17.7, "percent", 2023, 2023, None),
        ],
        verdicts=[
            # 78.3 + 39.6 + 17.2 + 24.8 = 139.9 vs 139.8 printed; bounds rows 139.7 .. 140.1,
            # total 139.75 .. 139.85 -> overlap, so rounding
            ("hierarchy", "rounding"),
            ("arithmetic", "exact"),  # 58.3 / 139.8 = 41.702% -> 41.7
            ("arithmetic", "exact"),  # 39.6 / 139.8 = 28.326% -> 28.3
            ("arithmetic", "exact"),  # 17.2 / 139.8 = 12.303% -> 12.3
            ("arithmetic", "exact"),  # 24.8 / 139.8 = 17.740% -> 17.7
        ],
    ),
    # 39. space-aligned table (繁體, 新台幣億元) from a Taiwanese thesis: three rows and a 總計 row over four
    #     years, the 2024(E) column estimates, every year adding exactly; table number, citation year and
    #     questionnaire count expected nowhere
    dict(
        text=(
            "表4-1　臺灣無人機產業市場規模結構（單位：新台幣億元）\n"
            "\n"
            "項目              2021     2022     2023    2024(E)\n"
            "整機製造          38.5     46.2     55.9      68.0\n"
            "關鍵零組件        21.7     27.4     33.1      40.6\n"
            "系統整合與服務    12.6     15.3     19.8      24.9\n"
            "總計              72.8     88.9    108.8     133.5\n"
            "\n"
            "資料來源：本研究整理自國防產業研究中心（2023）；問卷有效樣本數為186份。"
        ),
        obs=[
            ("整機製造", 2021, 38.5, "TWD 100 million", "actual"),
            ("整機製造", 2022, 46.2, "TWD 100 million", "actual"),
            ("整機製造", 2023, 55.9, "TWD 100 million", "actual"),
            ("整機製造", 2024, 68.0, "TWD 100 million", "estimate"),
            ("關鍵零組件", 2021, 21.7, "TWD 100 million", "actual"),
            ("關鍵零組件", 2022, 27.4, "TWD 100 million", "actual"),
            ("關鍵零組件", 2023, 33.1, "TWD 100 million", "actual"),
            ("關鍵零組件", 2024, 40.6, "TWD 100 million", "estimate"),
            ("系統整合與服務", 2021, 12.6, "TWD 100 million", "actual"),
            ("系統整合與服務", 2022, 15.3, "TWD 100 million", "actual"),
            ("系統整合與服務", 2023, 19.8, "TWD 100 million", "actual"),
            ("系統整合與服務", 2024, 24.9, "TWD 100 million", "estimate"),
            ("總計", 2021, 72.8, "TWD 100 million", "actual"),
            ("總計", 2022, 88.9, "TWD 100 million", "actual"),
            ("總計", 2023, 108.8, "TWD 100 million", "actual"),
            ("總計", 2024, 133.5, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2021: 38.5 + 21.7 + 12.6 = 72.8
            ("hierarchy", "exact"),  # 2022: 46.2 + 27.4 + 15.3 = 88.9
            ("hierarchy", "exact"),  # 2023: 55.9 + 33.1 + 19.8 = 108.8
            ("hierarchy", "exact"),  # 2024: 68.0 + 40.6 + 24.9 = 133.5
        ],
    ),
    # 40. tab-separated table (English, EUR million) from a think-tank report: country rows and a "Europe"
    #     total row for 2022 and 2027F with a "CAGR 2022-27F" column; the Netherlands' 21.9% contradicts its
    #     own amounts; farm count and response rate expected nowhere
    dict(
        text=(
            "Table 5: European market for agricultural drones and field robotics, EUR million (Kessel & Mbeki, "
            "2024, Table 2.3)\n"
            "Country\t2022\t2027F\tCAGR 2022-27F\n"
            "Germany\t412\t968\t18.6%\n"
            "France\t356\t781\t17.0%\n"
            "Netherlands\t148\t362\t21.9%\n"
            "Rest of Europe\t524\t1,103\t16.1%\n"
            "Europe\t1,440\t3,214\t17.4%\n"
            "Source notes: the survey underlying the 2022 column covered 2,310 farms; response rate 38%."
        ),
        obs=[
            ("Germany", 2022, 412, "EUR million", "actual"),
            ("Germany", 2027, 968, "EUR million", "estimate"),
            ("France", 2022, 356, "EUR million", "actual"),
            ("France", 2027, 781, "EUR million", "estimate"),
            ("Netherlands", 2022, 148, "EUR million", "actual"),
            ("Netherlands", 2027, 362, "EUR million", "estimate"),
            ("Rest of Europe", 2022, 524, "EUR million", "actual"),
            ("Rest of Europe", 2027, 1103, "EUR million", "estimate"),
            ("Europe", 2022, 1440, "EUR million", "actual"),
            ("Europe", 2027, 3214, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2022, 2027, None, "stated"),
            ("cagr", 17.0, "percent", 2022, 2027, None, "stated"),
            ("cagr", 21.9, "percent", 2022, 2027, None, "stated"),
            ("cagr", 16.1, "percent", 2022, 2027, None, "stated"),
            ("cagr", 17.4, "percent", 2022, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # Germany (968 / 412) ** 0.2 - 1 = 18.630% -> 18.6
            ("cagr|period", "exact"),  # France (781 / 356) ** 0.2 - 1 = 17.015% -> 17.0
            # Netherlands (362 / 148) ** 0.2 - 1 = 19.588%;
            # bounds (361.5 / 148.5) ** 0.2 - 1 = 19.475% .. (362.5 / 147.5) ** 0.2 - 1 = 19.702% -> 21.9 unreachable
            ("cagr|period", "inconsistent"),
            ("cagr|period", "exact"),  # Rest of Europe (1103 / 524) ** 0.2 - 1 = 16.051% -> 16.1
            ("cagr|period", "exact"),  # Europe (3214 / 1440) ** 0.2 - 1 = 17.419% -> 17.4
            ("hierarchy", "exact"),  # 2022: 412 + 356 + 148 + 524 = 1440
            ("hierarchy", "exact"),  # 2027: 968 + 781 + 362 + 1103 = 3214
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "ninety-third check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 9, 'exact': 58}
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 15, 14, 11)
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'is expected to reach USD 38.9 billion by 2030',
    'a compound annual growth rate (CAGR) of 20.8% over 2022-2030 [4]',
    'we estimate that worldwide spending',
    'a CAGR of 34.5% (2023-2029)',
    'up 18.7% on the EUR 1.23 billion',
    'USD 3,100 million in 2020 and projected USD 48.2 billion by 2026',
    '¥1.1 trillion in fiscal 2030',
    'of which identity and access management accounted for',
    'between USD 14 billion and USD 17 billion in 2030',
    'expanded more than fivefold between 2019 and 2024',
    'a decline of 22.9%',
    'HK$486 million in 2019',
    '据弘毅智库统计[3]',
    '预计2025年将突破1.5万亿元',
    '增长2倍至2023年的426亿元',
    '預估2024年將進一步增至新台幣1.2兆元',
    '年均複合增長率達23.6%',
    '| Segment | 2022 | 2027F | CAGR 2022-27 (%) |',
    '年份       亿元       同比（%）',
    'Vertical\tRevenue\tShare (%)',
    'registering a CAGR of 21.1% from 2022 to 2030 [12]',
    'a rise of 12.5% on the £1.26 billion recorded in 2022',
    'project it to grow 4.5x to USD 1.4 billion by 2029',
    'a compound annual growth rate of 32.2% over the period',
    'or 61% of the fiscal 2023 total',
    'between €5.5 billion and €6.2 billion by 2027',
    'Calder & Finch (2022) put the 2021 figure lower',
    '较2022年的241.2亿元增长18.4%',
    '预计2025年将达到1.6万亿元',
    '四年间增长3倍',
    '其中云端仿真平台市场规模为17.9亿元，占比42.1%',
    '年均复合增长率达28.6%',
    '預估2025年將達新台幣712億元，年複合成長率為13.6%[4]',
    '約為12.8億港元',
    '預估2024年將成長17.5%至新台幣58.3億元',
    '而2020年仅为9800亿元',
    '| Total | 807.4 | 1,036.0 |',
    'Year\tUSD billion',
    '| 合计 | 139.8 | 100.0% |',
    'CAGR 2022-27F',
)
#: the set's blind score (written without reading or running the extractor, and kept unread): 156 figures, 49 rates,
#: 67 verdicts and no false inconsistent on the code before the readings chosen on the eighty-sixth to ninety-second
#: sets, and the same after them
FLOORS = {"figures_found": 156, "rates_found": 51, "verdicts_right": 72}
#: the false inconsistent verdicts the set may draw; at most this (held out: left as found)
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset93.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
