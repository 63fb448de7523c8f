"""An eighty-ninth check set for the extractor, written blind: bilingual and translated market reports -- English versions of
Chinese reports as translators and machine translation render them ("The market scale reached 120 billion yuan, a
year-on-year increase of", "Unit: 100 million yuan", "RMB 1.2 trillion"), Chinese translations of English releases,
中英对照 paragraphs printing each figure twice, conversions in brackets ("about US$16.8 billion", 约合, 折合), full-width
digits in English text and Hong Kong's and Taiwan's bilingual releases -- and statistics offices, ministries and
regulators publishing figures of technology industries in English and Chinese: bulletins at current prices, "up 8.4
per cent on the previous year", revised and provisional figures, seasonally adjusted quarters beside years, indices,
percentage points and counts of enterprises as distractors, 比上年增长, 规模以上, 1-12月 as the whole year, and tables
with industry codes, a total row and footnotes.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. machine-translated Chinese press release (English): "reached 120 billion yuan ... a year-on-year increase
    #    of 18.2%" over a printed 2023 base; "exceed 200 billion yuan" by 2028 with a CAGR whose span only the amounts'
    #    years give (inferred); the report title year, a count of enterprises, a localisation rate and a vague
    #    "10 billion yuan level" expected nowhere
    dict(
        text=(
            "BEIJING, March 12, 2025 (translated from the Chinese release) -- According to the \"China Service Robot "
            "Industry Development Report (2025)\" released by the Zhongguancun Xinzhi Research Institute, the market "
            "scale of China's service robots reached 120 billion yuan in 2024, a year-on-year increase of 18.2% over "
            "the 101.5 billion yuan of 2023. The report points out that cleaning robots have grown into a sub-sector "
            "at the 10 billion yuan level, and that more than 40 enterprises have completed financing rounds. The "
            "localization rate of core components rose to 52%. It is expected that by 2028 the market scale will "
            "exceed 200 billion yuan, and the compound annual growth rate will reach 13.6%."
        ),
        obs=[
            ("Total", 2023, 101.5, "CNY billion", "actual"),
            ("Total", 2024, 120, "CNY billion", "actual"),
            ("Total", 2028, 200, "CNY billion", "estimate"),
        ],
        claims=[
            ("growth", 18.2, "percent", 2023, 2024, 1.0),
            ("cagr", 13.6, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 120 / 101.5 - 1 = 18.2266% -> 18.2
            ("cagr|period", "exact"),  # (200 / 120) ** (1/4) - 1 = 1.666667 ** 0.25 - 1 = 13.6219% -> 13.6
        ],
    ),
    # 2. English version of a research brief: "RMB 860 billion" to "RMB 1.2 trillion (approx. US$168 billion)";
    #    the series keeps CNY billion so 1.2 trillion -> 1200; stated "2022-2024 compound annual growth rate of 17.5%"
    #    right only within rounding; the dollar conversion, the translator's note (7.14, 1.2万亿元), a provider count
    #    and a penetration rate expected nowhere
    dict(
        text=(
            "SHENZHEN, 8 May 2025 -- English version of a research brief by the Nanshan Digital Economy Institute. "
            "China's computing-power services market grew from RMB 860 billion in 2022 to RMB 1.2 trillion (approx. "
            "US$168 billion) in 2024, representing a 2022-2024 compound annual growth rate of 17.5%. The institute "
            "now tracks some 2,300 service providers, and the penetration of public cloud among small and "
            "medium-sized enterprises reached 46%. [Translator's note: the Chinese original prints the 2024 figure "
            "as 1.2万亿元; the dollar amount is the translator's conversion at 7.14 and does not appear in the "
            "original.]"
        ),
        obs=[
            ("Total", 2022, 860, "CNY billion", "actual"),
            ("Total", 2024, 1200, "CNY billion", "actual"),
        ],
        claims=[
            ("cagr", 17.5, "percent", 2022, 2024, None, "stated"),
        ],
        verdicts=[
            # (1200 / 860) ** 0.5 - 1 = 1.395349 ** 0.5 - 1 = 18.12% -> 18.1, not 17.5;
            # bounds: 1.2 trillion at +/-0.05 trillion (1150..1250), 860 at +/-0.5:
            # low (1150 / 860.5) ** 0.5 - 1 = 15.60%, high (1250 / 859.5) ** 0.5 - 1 = 20.60%; 17.5 inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 3. Hong Kong broker note in English: "HK$486 million ... up 12.5% from HK$432 million", forecast "HK$1.02
    #    billion in 2029" (series unit HKD million -> 1020) and "a compound annual rate of 16% between 2024 and 2029";
    #    target price, upside, stock code, the company's own revenue and an engineer headcount expected nowhere
    dict(
        text=(
            "HONG KONG, 20 February 2025 -- Victoria Harbour Securities initiates coverage of Lantau Shield Holdings "
            "(stock code 8732) with a target price of HK$3.85, implying 27% upside. We size Hong Kong's managed "
            "cloud-security services market at HK$486 million in 2024, up 12.5% from HK$432 million in 2023, and "
            "forecast it to reach HK$1.02 billion in 2029, a compound annual rate of 16% between 2024 and 2029. "
            "Lantau Shield booked HK$61 million of revenue last year and employs 140 engineers."
        ),
        obs=[
            ("Total", 2023, 432, "HKD million", "actual"),
            ("Total", 2024, 486, "HKD million", "actual"),
            ("Total", 2029, 1020, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", 12.5, "percent", 2023, 2024, 1.0),
            ("cagr", 16.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 486 / 432 - 1 = 12.50% -> 12.5
            ("cagr|implied", "exact"),  # (1020 / 486) ** (1/5) - 1 = 2.098765 ** 0.2 - 1 = 15.98% -> 16
        ],
    ),
    # 4. Taiwan bilingual release, English version: "NT$412 billion (about US$12.8 billion) ... from NT$365 billion a
    #    year earlier, an increase of 12.9%"; the Chinese version's 新台幣4,120億元 / 3,650億元 are the same figures
    #    (expected once, in TWD billion, the series' first unit); the dollar conversion, a fourth-quarter figure,
    #    percentage points and a survey answer expected nowhere
    dict(
        text=(
            "TAIPEI, Jan. 22, 2025 (English version of a bilingual release) -- Taiwan's semiconductor test-equipment "
            "market grew to NT$412 billion (about US$12.8 billion) in 2024 from NT$365 billion a year earlier, an "
            "increase of 12.9%, the Hsinchu Equipment Industry Alliance said on Wednesday. Fourth-quarter purchases "
            "alone came to NT$118 billion. Local suppliers raised their share of the market by 3 percentage points, "
            "and 58% of fabs responding to the alliance's survey plan to raise test budgets this year. (The Chinese "
            "version gives the same figures as 新台幣4,120億元 and 3,650億元.)"
        ),
        obs=[
            ("Total", 2023, 365, "TWD billion", "actual"),
            ("Total", 2024, 412, "TWD billion", "actual"),
        ],
        claims=[
            ("growth", 12.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 412 / 365 - 1 = 12.877% -> 12.9
        ],
    ),
    # 5. raw machine translation with full-width digits and punctuation: "２６．８ billion yuan, a year-on-year increase
    #    of ４５．３％" against "１８．４ billion yuan in 2023" -- right only within rounding; installed units, a
    #    penetration rate and a supplier's revenue expected nowhere
    dict(
        text=(
            "(Machine translation) According to data from the Gaoxin Automotive Electronics Alliance, in 2024 the "
            "market size of China's automotive LiDAR reached ２６．８ billion yuan, a year-on-year increase of ４５．３％, "
            "compared with １８．４ billion yuan in 2023. Among them, the installed volume exceeded ２．１ million "
            "units. The front-loading penetration rate of LiDAR in new energy passenger vehicles rose to １１．２％. "
            "Leading supplier Kunlun Photonics realized operating income of ２．４ billion yuan."
        ),
        obs=[
            ("Total", 2023, 18.4, "CNY billion", "actual"),
            ("Total", 2024, 26.8, "CNY billion", "actual"),
        ],
        claims=[
            ("growth", 45.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 26.8 / 18.4 - 1 = 45.65% -> 45.7, not 45.3; bounds: low 26.75 / 18.45 - 1 = 44.99%,
            # high 26.85 / 18.35 - 1 = 46.32%; 45.3 inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 6. translated earnings-call transcript: the CEO sizes the total addressable market ("around RMB 15 billion this
    #    year", "RMB 30 billion by 2030", "a 2x expansion in five years") -> Total, estimates; the quarter's revenue,
    #    its growth, gross margin, the company's share goal and R&D headcount expected nowhere
    dict(
        text=(
            "HANGZHOU, 28 October 2025 -- Translated transcript, Q3 2025 earnings call of Xinghe EDA Technology. "
            "CFO Lin Wei: Revenue for the quarter was RMB 312 million, up 27% year on year, and gross margin held at "
            "84%. CEO Zhao Min: We estimate the total addressable market for domestic EDA tools at around RMB 15 "
            "billion this year, and we see it reaching RMB 30 billion by 2030 -- a 2x expansion in five years. Our "
            "goal is to take 20% of that market. We now have about 1,600 R&D staff."
        ),
        obs=[
            ("Total", 2025, 15, "CNY billion", "estimate"),
            ("Total", 2030, 30, "CNY billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2025, 2030, 5.0),  # "a 2x expansion", no verdict
        ],
        verdicts=[],
    ),
    # 7. English news story citing two publishers: "CNY 702bn last year" (2024) and "1.1 trillion yuan in 2028"
    #    (series unit CNY billion -> 1100) with "11.9% from 2024 to 2028"; the second publisher's CNY 655bn for the
    #    same year, the edition number, household count and survey share expected nowhere
    dict(
        text=(
            "SHANGHAI, 15 April 2025 -- China's smart-home market was worth CNY 702bn last year, according to "
            "Qianhai Insight, which expects it to reach 1.1 trillion yuan in 2028, a compound annual growth rate of "
            "11.9% from 2024 to 2028. A separate estimate by Baiyun Data puts last year's figure at CNY 655bn. "
            "Qianhai's report, now in its ninth annual edition, surveyed 3,200 households and found that 41% of "
            "urban homes own at least three connected devices."
        ),
        obs=[
            ("Total", 2024, 702, "CNY billion", "actual"),
            ("Total", 2028, 1100, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 11.9, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1100 / 702) ** 0.25 - 1 = 1.566952 ** 0.25 - 1 = 11.88% -> 11.9
        ],
    ),
    # 8. English edition of a Chinese white paper: "310 billion yuan in 2023, of which platform application services
    #    accounted for 117.8 billion yuan, or 38%"; "a CAGR of 28% from 2023 to 2027 to reach 680 billion yuan" which
    #    its own figures contradict; a device count and "hundred-billion-yuan-level blue ocean" expected nowhere
    dict(
        text=(
            "GUANGZHOU, 9 September 2024 -- (English edition of a Chinese-language white paper) The white paper "
            "estimates that the scale of China's industrial internet platform market was 310 billion yuan in 2023, "
            "of which platform application services accounted for 117.8 billion yuan, or 38%. It is predicted that "
            "the market will grow at a CAGR of 28% from 2023 to 2027 to reach 680 billion yuan. The number of "
            "connected industrial devices exceeded 96 million, and the authors describe edge computing as \"a "
            "hundred-billion-yuan-level blue ocean\"."
        ),
        obs=[
            ("Total", 2023, 310, "CNY billion", "actual"),
            ("Platform application services", 2023, 117.8, "CNY billion", "actual"),
            ("Total", 2027, 680, "CNY billion", "estimate"),
        ],
        claims=[
            ("share", 38.0, "percent", 2023, 2023, None),
            ("cagr", 28.0, "percent", 2023, 2027, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 117.8 / 310 = 0.3800 -> 38
            # (680 / 310) ** 0.25 - 1 = 2.193548 ** 0.25 - 1 = 21.70%; bounds: low (679.5 / 310.5) ** 0.25 - 1
            # = 21.63%, high (680.5 / 309.5) ** 0.25 - 1 = 21.77%; 28 far outside -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 9. Simplified Chinese translation of an English release: "236亿元人民币 ... 预计到2030年将达到1,120亿元人民币，
    #    2024—2030年年复合增长率为29.6%"; the translator's note (1美元兑7.2元), 约占七成, the respondent count and the
    #    63% survey answer expected nowhere
    dict(
        text=(
            "【编译】英国咨询机构哈罗盖特研究（Harrowgate Research）2025年3月18日发布报告称，2024年中国数据中心液冷"
            "市场规模为236亿元人民币，预计到2030年将达到1,120亿元人民币，2024—2030年年复合增长率为29.6%。报告指出，"
            "冷板式液冷占据主导地位，约占市场的七成。受访的120家数据中心运营商中，有63%表示将在两年内部署液冷。"
            "（译注：英文原文以美元计价，本文按1美元兑7.2元人民币折算。）"
        ),
        obs=[
            ("Total", 2024, 236, "CNY 100 million", "actual"),
            ("Total", 2030, 1120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 29.6, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1120 / 236) ** (1/6) - 1 = 4.745763 ** (1/6) - 1 = 29.63% -> 29.6
        ],
    ),
    # 10. 中英对照 paragraph (Simplified + English): the same figures printed twice -- 2,824亿元 / 282.4 billion yuan,
    #     2,572亿元 / 257.2 billion yuan, 突破4,000亿元 / exceed 400 billion yuan -- expected once each in the first
    #     printed unit (CNY 100 million); 9.8% once; 千亿级 / "100-billion-yuan level" and the glossary expected nowhere
    dict(
        text=(
            "2024年，我国工业软件市场规模达到2,824亿元，同比增长9.8%，2023年该数字为2,572亿元。预计到2027年，市场规模"
            "将突破4,000亿元，研发设计类软件有望形成千亿级市场。\n"
            "In 2024, the market size of China's industrial software reached 282.4 billion yuan, a year-on-year "
            "increase of 9.8%, compared with 257.2 billion yuan in 2023. By 2027, the market is expected to exceed "
            "400 billion yuan, and R&D design software is expected to become a market at the 100-billion-yuan level.\n"
            "术语 Glossary：市场规模 market size；同比 year on year；亿元 100 million yuan"
        ),
        obs=[
            ("Total", 2023, 2572, "CNY 100 million", "actual"),
            ("Total", 2024, 2824, "CNY 100 million", "actual"),
            ("Total", 2027, 4000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 9.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2824 / 2572 - 1 = 9.798% -> 9.8
        ],
    ),
    # 11. Traditional Chinese (Taiwan) news: "新台幣786億元，較2023年的702億元成長12.0%"; 預估2025年 880億元
    #     (estimate); the 約24億美元 conversion, the white paper's title year, a firm count and 百分點 expected nowhere
    dict(
        text=(
            "【台北訊】根據台灣智研顧問（Formosa Insight）最新發布的《2025台灣資安產業白皮書》，2024年台灣資安市場"
            "規模達新台幣786億元，較2023年的702億元成長12.0%，相當於約24億美元。智研顧問預估，受惠於政府推動零信任"
            "架構，2025年市場規模將成長至新台幣880億元。報告同時指出，資安業者家數已超過480家，政府資安預算占整體"
            "資訊預算的比重則較前一年提高2個百分點。"
        ),
        obs=[
            ("Total", 2023, 702, "TWD 100 million", "actual"),
            ("Total", 2024, 786, "TWD 100 million", "actual"),
            ("Total", 2025, 880, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 786 / 702 - 1 = 11.966% -> 12.0
        ],
    ),
    # 12. Traditional Chinese (Hong Kong) release: "由2021年的38億港元增至2024年的71億港元，年均複合增長率為26.5%"
    #     -- span given only by the amounts' years (inferred) and contradicted by them; 2027年 120億港元 (estimate);
    #     the 約9.1億美元 conversion, clinic count and 約三成 expected nowhere
    dict(
        text=(
            "（香港二十六日電）本地研究機構維港數據研究今日公佈，香港智慧醫療市場規模由2021年的38億港元增至2024年的"
            "71億港元，年均複合增長率為26.5%，以美元計相當於約9.1億美元。報告涵蓋全港逾1,200間私營診所，其中約三成"
            "已採用遙距診症平台。維港數據預期，2027年市場規模可達120億港元。"
        ),
        obs=[
            ("Total", 2021, 38, "HKD 100 million", "actual"),
            ("Total", 2024, 71, "HKD 100 million", "actual"),
            ("Total", 2027, 120, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 26.5, "percent", 2021, 2024, None, "inferred"),
        ],
        verdicts=[
            # (71 / 38) ** (1/3) - 1 = 1.868421 ** (1/3) - 1 = 23.17%; bounds: low (70.5 / 38.5) ** (1/3) - 1
            # = 22.34%, high (71.5 / 37.5) ** (1/3) - 1 = 24.00%; 26.5 outside -> inconsistent
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 13. Traditional Chinese (Taiwan) report: series opens in 億元 (新台幣8,150億元) so "1.1兆元" is 11000 TWD 100
    #     million; "2022至2024年複合成長率為16.7%" right only within rounding; a fourth-quarter figure and a margin
    #     range expected nowhere
    dict(
        text=(
            "竹科產業經濟研究中心發布報告指出，台灣伺服器代工市場規模2022年為新台幣8,150億元，2024年在AI伺服器需求"
            "帶動下達1.1兆元，2022至2024年複合成長率為16.7%。其中，2024年第四季單季出貨金額即達新台幣3,420億元。"
            "中心提醒，代工業者毛利率普遍僅維持在6%至8%之間。"
        ),
        obs=[
            ("Total", 2022, 8150, "TWD 100 million", "actual"),
            ("Total", 2024, 11000, "TWD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 16.7, "percent", 2022, 2024, None, "stated"),
        ],
        verdicts=[
            # (11000 / 8150) ** 0.5 - 1 = 1.349693 ** 0.5 - 1 = 16.18% -> 16.2, not 16.7; bounds: 1.1兆 at +/-0.05兆
            # (10500..11500), 8150 at +/-0.5: low (10500 / 8150.5) ** 0.5 - 1 = 13.50%,
            # high (11500 / 8149.5) ** 0.5 - 1 = 18.79%; 16.7 inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. Simplified Chinese government press briefing: 去年 (2024) 386.5亿元 同比增长21.3% (one amount, no verdict);
    #     智能硬件产值152.3亿元，占比39.4% (part and whole printed); 百分点, firm count, headcount (3.1万人) and
    #     千亿级 expected nowhere
    dict(
        text=(
            "2025年1月16日，滨江市工业和信息化局召开新闻发布会。据介绍，去年全市人工智能核心产业规模达到386.5亿元，"
            "同比增长21.3%，增速较全省平均水平高出6.2个百分点；其中，智能硬件产值152.3亿元，占比39.4%。全市新增规上"
            "人工智能企业86家，从业人员超过3.1万人。下一步，滨江市将着力打造千亿级人工智能产业集群。"
        ),
        obs=[
            ("Total", 2024, 386.5, "CNY 100 million", "actual"),
            ("智能硬件", 2024, 152.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2023, 2024, 1.0),  # base not printed: no verdict
            ("share", 39.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 152.3 / 386.5 = 0.39405 -> 39.4
        ],
    ),
    # 15. Simplified Chinese version of a US firm's report: "由2020年的45亿元增长至2024年的180亿元，增长3倍" (two
    #     amounts printed -> x4 over 4 years, no verdict); "2024-2030年复合增长率为22.9%" to 620亿元; the English
    #     "a multibillion-dollar opportunity", a leader's revenue and 约两成 expected nowhere
    dict(
        text=(
            "美国研究机构韦克斯福德分析（Wexford Analytics）日前发布的中文版报告显示，中国边缘AI推理芯片市场规模由"
            "2020年的45亿元增长至2024年的180亿元，增长3倍。报告预计，到2030年该市场有望达到620亿元，2024-2030年复合"
            "增长率为22.9%。报告英文版将这一前景称为\"a multibillion-dollar opportunity\"。此外，行业龙头企业2024年营收"
            "约为38亿元，市场占有率约两成。"
        ),
        obs=[
            ("Total", 2020, 45, "CNY 100 million", "actual"),
            ("Total", 2024, 180, "CNY 100 million", "actual"),
            ("Total", 2030, 620, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2020, 2024, 4.0),  # 增长3倍 between two printed amounts -> x4
            ("cagr", 22.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (620 / 180) ** (1/6) - 1 = 3.444444 ** (1/6) - 1 = 22.89% -> 22.9
        ],
    ),
    # 16. English pipe table translated from Chinese, "(Unit: 100 million yuan)", segments plus a Total row that they
    #     add up to, a 2025E column (estimates) and a stated "2023-2025 CAGR of 17.4%" under it; table and note
    #     numbers and the title years expected nowhere
    dict(
        text=(
            "Table 3 China Industrial Machine Vision Market by Segment, 2023-2025E (Unit: 100 million yuan)\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Hardware | 118.6 | 136.2 | 157.9 |\n"
            "| Software | 42.3 | 51.8 | 63.4 |\n"
            "| Services | 20.5 | 24.1 | 28.6 |\n"
            "| Total | 181.4 | 212.1 | 249.9 |\n"
            "Source: Jinling Vision Industry Research Center. Note 1: 2025E figures are estimates. Note 2: translated "
            "from the Chinese original, where the unit reads 单位：亿元. The total is projected to rise at a 2023-2025 "
            "CAGR of 17.4%."
        ),
        obs=[
            ("Hardware", 2023, 118.6, "CNY 100 million", "actual"),
            ("Hardware", 2024, 136.2, "CNY 100 million", "actual"),
            ("Hardware", 2025, 157.9, "CNY 100 million", "estimate"),
            ("Software", 2023, 42.3, "CNY 100 million", "actual"),
            ("Software", 2024, 51.8, "CNY 100 million", "actual"),
            ("Software", 2025, 63.4, "CNY 100 million", "estimate"),
            ("Services", 2023, 20.5, "CNY 100 million", "actual"),
            ("Services", 2024, 24.1, "CNY 100 million", "actual"),
            ("Services", 2025, 28.6, "CNY 100 million", "estimate"),
            ("Total", 2023, 181.4, "CNY 100 million", "actual"),
            ("Total", 2024, 212.1, "CNY 100 million", "actual"),
            ("Total", 2025, 249.9, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 17.4, "percent", 2023, 2025, None, "stated"),
        ],
        verdicts=[
            # 118.6 + 42.3 + 20.5 = 181.4; 136.2 + 51.8 + 24.1 = 212.1; 157.9 + 63.4 + 28.6 = 249.9 (every column)
            ("hierarchy", "exact"),
            ("cagr|implied", "exact"),  # (249.9 / 181.4) ** 0.5 - 1 = 1.377619 ** 0.5 - 1 = 17.37% -> 17.4
        ],
    ),
    # 17. Simplified Chinese tab-separated vertical table (rows are years), the value column headed by its unit only
    #     (亿元) -> Total; a 同比增速 column of which one row (2024: 24.0%) its own figures contradict; 2025E estimate;
    #     table number, the note's "1亿元=100 million yuan" and a firm count expected nowhere
    dict(
        text=(
            "表2 2020—2025年中国智能语音市场规模（数据来源：星河智库）\n"
            "年份\t亿元\t同比增速\n"
            "2020\t217.0\t—\n"
            "2021\t285.5\t31.6%\n"
            "2022\t348.2\t22.0%\n"
            "2023\t412.6\t18.5%\n"
            "2024\t503.4\t24.0%\n"
            "2025E\t596.0\t18.4%\n"
            "注：2025E为预测值；1亿元=100 million yuan。报告另指出，2024年智能语音相关企业数量超过1,500家。"
        ),
        obs=[
            ("Total", 2020, 217.0, "CNY 100 million", "actual"),
            ("Total", 2021, 285.5, "CNY 100 million", "actual"),
            ("Total", 2022, 348.2, "CNY 100 million", "actual"),
            ("Total", 2023, 412.6, "CNY 100 million", "actual"),
            ("Total", 2024, 503.4, "CNY 100 million", "actual"),
            ("Total", 2025, 596.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.6, "percent", 2020, 2021, 1.0),
            ("growth", 22.0, "percent", 2021, 2022, 1.0),
            ("growth", 18.5, "percent", 2022, 2023, 1.0),
            ("growth", 24.0, "percent", 2023, 2024, 1.0),
            ("growth", 18.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 285.5 / 217.0 - 1 = 31.57% -> 31.6
            ("cagr|implied", "exact"),  # 348.2 / 285.5 - 1 = 21.96% -> 22.0
            ("cagr|implied", "exact"),  # 412.6 / 348.2 - 1 = 18.495% -> 18.5
            # 503.4 / 412.6 - 1 = 22.01%; bounds: low 503.35 / 412.65 - 1 = 21.98%, high 503.45 / 412.55 - 1
            # = 22.03%; 24.0 outside -> inconsistent
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 596.0 / 503.4 - 1 = 18.39% -> 18.4
        ],
    ),
    # 18. Hong Kong bilingual space-aligned table: English row labels, a "2024, HK$ mn" column and a share column;
    #     parts add to the Total row and each share checks against part / total; the 100.0% total share, the
    #     membership count and the US$ conversion in the note expected nowhere
    dict(
        text=(
            "HONG KONG, 3 June 2025 -- Reproduced from the bilingual release of the Harbourfront Insurtech "
            "Association, whose membership stands at 212 firms.\n"
            "Hong Kong insurtech market by segment / 香港保險科技市場（按分部劃分）\n"
            "Segment                     2024, HK$ mn    Share of total\n"
            "Distribution platforms             1,284             41.7%\n"
            "Claims automation                    853             27.7%\n"
            "Underwriting analytics               596             19.4%\n"
            "Policy administration                347             11.3%\n"
            "Total                              3,080            100.0%\n"
            "Note: at HK$7.8 = US$1 the total is equivalent to about US$395 million."
        ),
        obs=[
            ("Distribution platforms", 2024, 1284, "HKD million", "actual"),
            ("Claims automation", 2024, 853, "HKD million", "actual"),
            ("Underwriting analytics", 2024, 596, "HKD million", "actual"),
            ("Policy administration", 2024, 347, "HKD million", "actual"),
            ("Total", 2024, 3080, "HKD million", "actual"),
        ],
        claims=[
            ("share", 41.7, "percent", 2024, 2024, None),
            ("share", 27.7, "percent", 2024, 2024, None),
            ("share", 19.4, "percent", 2024, 2024, None),
            ("share", 11.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1284 / 3080 = 41.69% -> 41.7
            ("arithmetic", "exact"),  # 853 / 3080 = 27.69% -> 27.7
            ("arithmetic", "exact"),  # 596 / 3080 = 19.351% -> 19.4
            ("arithmetic", "exact"),  # 347 / 3080 = 11.27% -> 11.3
            ("hierarchy", "exact"),  # 1284 + 853 + 596 + 347 = 3080
        ],
    ),
    # 19. Traditional Chinese (Taiwan) pipe table in 新台幣億元: 2024年 actual, 2025年(F) estimate and a 年增率 column;
    #     two rates exact, one (車用PCB 7.7%) right only within rounding; table/note numbers, the firm count and
    #     the note's exclusion expected nowhere
    dict(
        text=(
            "表1 台灣車用電子市場規模（單位：新台幣億元）\n"
            "| 產品別 | 2024年 | 2025年(F) | 年增率 |\n"
            "|---|---|---|---|\n"
            "| 車用半導體 | 1,486 | 1,702 | 14.5% |\n"
            "| 車用面板 | 612 | 655 | 7.0% |\n"
            "| 車用PCB | 438 | 471 | 7.7% |\n"
            "資料來源：北辰產業研究。註1：F為預測值；註2：本表未含車用軟體。全台車用電子相關業者約1,050家。"
        ),
        obs=[
            ("車用半導體", 2024, 1486, "TWD 100 million", "actual"),
            ("車用半導體", 2025, 1702, "TWD 100 million", "estimate"),
            ("車用面板", 2024, 612, "TWD 100 million", "actual"),
            ("車用面板", 2025, 655, "TWD 100 million", "estimate"),
            ("車用PCB", 2024, 438, "TWD 100 million", "actual"),
            ("車用PCB", 2025, 471, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 14.5, "percent", 2024, 2025, 1.0),
            ("growth", 7.0, "percent", 2024, 2025, 1.0),
            ("growth", 7.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1702 / 1486 - 1 = 14.54% -> 14.5
            ("cagr|implied", "exact"),  # 655 / 612 - 1 = 7.03% -> 7.0
            # 471 / 438 - 1 = 7.53% -> 7.5, not 7.7; bounds: low 470.5 / 438.5 - 1 = 7.30%,
            # high 471.5 / 437.5 - 1 = 7.77%; 7.7 inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 20. English tab-separated vertical table translated from Chinese: the value column headed "CNY bn" (unit only
    #     -> Total), a "US$ bn (approx.)" conversion column (nowhere), a YoY column (all exact), E rows as estimates,
    #     and a note's "2023-2026E CAGR of 70.5%" right only within rounding; exhibit and note numbers nowhere
    dict(
        text=(
            "Exhibit 5: China humanoid robot market size (translated from 中国人形机器人市场规模)\n"
            "Year\tCNY bn\tUS$ bn (approx.)\tYoY\n"
            "2023\t3.9\t0.54\t—\n"
            "2024\t6.8\t0.94\t74.4%\n"
            "2025E\t11.5\t1.60\t69.1%\n"
            "2026E\t19.2\t2.67\t67.0%\n"
            "Note 1: US$ figures converted at 7.2 and shown for reference only. Note 2: 2025E-2026E are forecasts "
            "by Pearl River Robotics Research, which puts the 2023-2026E CAGR at 70.5%."
        ),
        obs=[
            ("Total", 2023, 3.9, "CNY billion", "actual"),
            ("Total", 2024, 6.8, "CNY billion", "actual"),
            ("Total", 2025, 11.5, "CNY billion", "estimate"),
            ("Total", 2026, 19.2, "CNY billion", "estimate"),
        ],
        claims=[
            ("growth", 74.4, "percent", 2023, 2024, 1.0),
            ("growth", 69.1, "percent", 2024, 2025, 1.0),
            ("growth", 67.0, "percent", 2025, 2026, 1.0),
            ("cagr", 70.5, "percent", 2023, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6.8 / 3.9 - 1 = 74.36% -> 74.4
            ("cagr|implied", "exact"),  # 11.5 / 6.8 - 1 = 69.12% -> 69.1
            ("cagr|implied", "exact"),  # 19.2 / 11.5 - 1 = 66.96% -> 67.0
            # (19.2 / 3.9) ** (1/3) - 1 = 4.923077 ** (1/3) - 1 = 70.12% -> 70.1, not 70.5; bounds:
            # low (19.15 / 3.95) ** (1/3) - 1 = 69.25%, high (19.25 / 3.85) ** (1/3) - 1 = 71.00%; 70.5 inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 21. a statistics office's annual bulletin, English prose in GBP: "up 6.2 per cent on the previous year's
    #    £139.9 billion"; percentage points, headcount, enterprise count and a price index (2015=100) nowhere
    dict(
        text=(
            "HARWICK, 12 June 2025 — Turnover in the computer programming and consultancy industry reached "
            "£148.6 billion in 2024 at current prices, up 6.2 per cent on the previous year's £139.9 billion, "
            "according to the Office for Business Statistics' annual business survey. Growth was 1.4 percentage "
            "points slower than in 2023. The industry employed 612,000 people across 171,300 registered "
            "enterprises. The services producer price index for the sector stood at 118.4 (2015=100), suggesting "
            "that much of the rise reflected higher charge-out rates rather than extra volume."
        ),
        obs=[
            ("Total", 2024, 148.6, "GBP billion", "actual"),
            ("Total", 2023, 139.9, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 6.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 148.6 / 139.9 - 1 = 6.219% -> 6.2
        ],
    ),
    # 22. a telecoms regulator's annual report in US dollars: the printed 5.1% contradicts its own two amounts;
    #    a share of the total with no part printed; operator count, subscriptions and the regulator's own fees nowhere
    dict(
        text=(
            "The Communications Regulatory Authority of Meridia published its annual report on 30 April 2025. "
            "Retail telecommunications revenue came to US$7.42 billion in 2024, an increase of 5.1 per cent on the "
            "US$7.16 billion booked in 2023, the authority said. Mobile services accounted for 61.3 per cent of the "
            "total, with fixed broadband making up most of the rest. The number of licensed operators rose to 23, "
            "and mobile broadband subscriptions passed 4.8 million. The authority itself collected US$41 million "
            "in licence fees."
        ),
        obs=[
            ("Total", 2024, 7.42, "USD billion", "actual"),
            ("Total", 2023, 7.16, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 5.1, "percent", 2023, 2024, 1.0),
            ("share", 61.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 27.42 / 7.16 - 1 = 3.631%; bounds 7.415/7.165 - 1 = 3.489% .. 7.425/7.155 - 1 = 3.774%; 5.1 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 23. a federal statistics office's release on ICT value added in EUR: "6.0 per cent more than the €38.9 billion"
    #    (exact only within rounding), "(revised from the provisional estimate ...)"; the sector's weight in the
    #    economy (no share of the market), percentage points, employment, enterprise count and a volume index nowhere
    dict(
        text=(
            "Published 18 March 2025 | Federal Statistical Office of Norland. The ICT sector generated gross value "
            "added of €41.2 billion in 2024 at current prices, 6.0 per cent more than the €38.9 billion now "
            "recorded for 2023 (revised from the provisional estimate published last spring). The sector's weight "
            "in the whole economy's value added rose by 0.2 percentage points to 5.4 per cent. Employment in ICT "
            "firms reached 268,000, and 3,950 new enterprises were registered during the year. In volume terms, "
            "the index of ICT output stood at 131.7 (2015=100)."
        ),
        obs=[
            ("Total", 2024, 41.2, "EUR billion", "actual"),
            ("Total", 2023, 38.9, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 6.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 61.2 / 38.9 - 1 = 5.913% -> 5.9, not 6.0; bounds 41.15/38.95 - 1 = 5.648% .. 41.25/38.85 - 1 = 6.178%
            # -> 6.0 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 24. a ministry's service-industry survey in yen: "in fiscal 2024 ... from ¥1,381.9 billion a year earlier";
    #    a seasonally adjusted quarter, establishment and employee counts and an activity index (2020=100) nowhere
    dict(
        text=(
            "TOKAWA, 2 July 2025 — Sales of packaged software by domestic vendors reached ¥1,482.6 billion in "
            "fiscal 2024, up 7.3 per cent from ¥1,381.9 billion a year earlier, the Ministry of Industry and "
            "Trade's Survey of Selected Service Industries showed. In the January–March quarter alone, seasonally "
            "adjusted sales rose 1.8 per cent from the previous quarter to ¥378.4 billion. The survey covered 2,417 "
            "establishments employing 118,900 people. Ministry officials said the tertiary activity index for "
            "information services, at 109.6 (2020=100), pointed to steady demand into this year."
        ),
        obs=[
            ("Total", 2024, 1482.6, "JPY billion", "actual"),
            ("Total", 2023, 1381.9, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 7.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1482.6 / 1381.9 - 1 = 7.287% -> 7.3
        ],
    ),
    # 25. a census bureau's release in Hong Kong dollars: "nearly 2.3 times" and "a compound annual rate of 18.0 per
    #    cent from 2019 to 2024" (stated span); online share of all retail (a penetration rate) and a quarter nowhere
    dict(
        text=(
            "Online retail sales in the territory reached HK$48.6 billion in 2024, nearly 2.3 times the HK$21.2 "
            "billion recorded in 2019, according to the Census and Statistics Bureau's latest release, dated "
            "3 March 2025. That works out at a compound annual rate of 18.0 per cent from 2019 to 2024. Online "
            "sales made up 11.4 per cent of total retail sales value, against 4.9 per cent five years earlier. "
            "Fourth-quarter online sales were HK$13.1 billion."
        ),
        obs=[
            ("Total", 2024, 48.6, "HKD billion", "actual"),
            ("Total", 2019, 21.2, "HKD billion", "actual"),
        ],
        claims=[
            ("multiple", 2.3, "multiple", 2019, 2024, 5.0),
            ("cagr", 18.0, "percent", 2019, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (48.6 / 21.2) ** (1/5) - 1 = 2.29245 ** 0.2 - 1 = 18.048% -> 18.0
        ],
    ),
    # 26. an agency yearbook's data-centre projection in US dollars: "US$2.84 billion in 2024 and will climb to
    #    US$5.10 billion by 2029, a compound annual growth rate of 14.8 per cent" (span only from the amounts' years,
    #    contradicted); megawatts, facility count, a vacancy rate and "a multibillion-dollar opportunity" nowhere
    dict(
        text=(
            "Colocation and hosting revenue from the country's commercial data centres totalled US$2.84 billion in "
            "2024 and will climb to US$5.10 billion by 2029, a compound annual growth rate of 14.8 per cent, the "
            "Digital Infrastructure Agency projects in its yearbook released on 11 February 2025. Installed IT "
            "capacity rose to 412 megawatts across 37 facilities, and the average vacancy rate eased to 6.1 per "
            "cent. Officials described sovereign AI compute as a multibillion-dollar opportunity for local operators."
        ),
        obs=[
            ("Total", 2024, 2.84, "USD billion", "actual"),
            ("Total", 2029, 5.10, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 14.8, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (5.10 / 2.84) ** (1/5) - 1 = 1.79577 ** 0.2 - 1 = 12.422%; bounds (5.095/2.845) -> 12.360% ..
            # (5.105/2.835) -> 12.483%; 14.8 outside
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 27. a communications regulator's market report in GBP: "last year in nominal terms, a 2.0 per cent drop from
    #    £32.1 billion" (a decline, exact only within rounding), "around £31 billion this year" (estimate); a share
    #    with percentage points (the points nowhere) and a consumer-survey take-up rate nowhere
    dict(
        text=(
            "The communications regulator's annual market report, published on 10 July 2025, shows that retail "
            "telecoms revenue fell to £31.4 billion last year in nominal terms, a 2.0 per cent drop from £32.1 "
            "billion. Mobile services' share of the total rose 1.1 percentage points to 48.3 per cent. Fixed "
            "broadband was taken up by 89 per cent of households, according to the regulator's consumer survey. "
            "The regulator expects revenue to stabilise at around £31 billion this year as price rises tied to "
            "inflation come through."
        ),
        obs=[
            ("Total", 2024, 31.4, "GBP billion", "actual"),
            ("Total", 2023, 32.1, "GBP billion", "actual"),
            ("Total", 2025, 31, "GBP billion", "estimate"),
        ],
        claims=[
            ("growth", -2.0, "percent", 2023, 2024, 1.0),
            ("share", 48.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 51.4 / 32.1 - 1 = -2.181% -> -2.2, not -2.0; bounds 31.35/32.15 - 1 = -2.488% .. 31.45/32.05 - 1 =
            # -1.872% -> -2.0 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. a trade body's yearbook on e-commerce in EUR: "up 8.4 per cent on the previous year's €88.8 billion", a
    #    forecast range "between €101 billion and €104 billion" this year (two value claims); a marketplace's own
    #    revenue and a survey's answer nowhere
    dict(
        text=(
            "The Federation of Online Traders' yearbook, released on 20 March 2025, puts business-to-consumer "
            "e-commerce turnover at €96.3 billion for 2024, up 8.4 per cent on the previous year's €88.8 billion. "
            "For this year the federation forecasts turnover of between €101 billion and €104 billion. The largest "
            "marketplace, Brindle, alone reported revenue of €7.9 billion. Of the 1,200 retailers surveyed, 62 per "
            "cent expect higher online sales in 2025."
        ),
        obs=[
            ("Total", 2024, 96.3, "EUR billion", "actual"),
            ("Total", 2023, 88.8, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 8.4, "percent", 2023, 2024, 1.0),
            ("value", 101, "EUR billion", 2025, 2025, None),
            ("value", 104, "EUR billion", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 96.3 / 88.8 - 1 = 8.446% -> 8.4
        ],
    ),
    # 29. a provincial department's 软件业运行情况 (Simplified): 1-12月 as the whole year, "累计完成软件业务收入 ...
    #    比上年的7,860亿元增长10.0%", a part with its share of the whole (arithmetic); 规模以上 enterprise count,
    #    个百分点 and headcount nowhere
    dict(
        text=(
            "嘉川省工业和信息化厅2025年1月24日发布的软件业运行情况显示，2024年1-12月，全省规模以上软件和信息技术服务业"
            "企业2,316家，累计完成软件业务收入8,645亿元，比上年的7,860亿元增长10.0%，增速较上年回落1.6个百分点。"
            "其中，软件产品实现收入2,101亿元，占全行业收入的24.3%。全行业从业人员平均人数41.2万人。"
        ),
        obs=[
            ("Total", 2024, 8645, "CNY 100 million", "actual"),
            ("Total", 2023, 7860, "CNY 100 million", "actual"),
            ("软件产品", 2024, 2101, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 10.0, "percent", 2023, 2024, 1.0),
            ("share", 24.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8645 / 7860 - 1 = 9.987% -> 10.0
            ("arithmetic", "exact"),  # 2101 / 8645 = 24.303% -> 24.3
        ],
    ),
    # 30. a news item on a provincial 统计公报 (Simplified): "电子商务交易额21,360亿元，比上年的19,870亿元增长9.6%"
    #     contradicted by its amounts; the bulletin's title year, 快递业务量 in 亿件 (no money), firm and employee
    #     counts nowhere
    dict(
        text=(
            "据嘉川省统计局2025年3月12日发布的《嘉川省2024年国民经济和社会发展统计公报》，2024年全省电子商务交易额"
            "21,360亿元，比上年的19,870亿元增长9.6%。全省快递业务量18.6亿件。年末全省共有电子商务企业4.7万家，"
            "从业人员62万人。"
        ),
        obs=[
            ("Total", 2024, 21360, "CNY 100 million", "actual"),
            ("Total", 2023, 19870, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 9.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 21360 / 19870 - 1 = 7.499%; bounds 21359.5/19870.5 - 1 = 7.494% .. 21360.5/19869.5 - 1 = 7.504%;
            # 29.6 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 31. a Taiwanese statistics department's release (Traditional): "資訊服務業營業額達新台幣5,862億元，較上年的
    #     5,393億元增加8.7%", a part's amount and rate (rate without verdict); a quarter, firm and staff counts nowhere
    dict(
        text=(
            "經濟部統計處2025年3月14日發布，2024年資訊服務業營業額達新台幣5,862億元，較上年的5,393億元增加8.7%，"
            "連續五年創歷年新高。其中電腦系統設計服務業營業額3,214億元，年增11.2%。第四季營業額1,612億元，為單季新高；"
            "業者家數3,281家、從業員工12.4萬人。"
        ),
        obs=[
            ("Total", 2024, 5862, "TWD 100 million", "actual"),
            ("Total", 2023, 5393, "TWD 100 million", "actual"),
            ("電腦系統設計服務業", 2024, 3214, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 8.7, "percent", 2023, 2024, 1.0),
            ("growth", 11.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5862 / 5393 - 1 = 8.696% -> 8.7
        ],
    ),
    # 32. a Taiwanese statistics department's note (Traditional) mixing 億元 and 兆元: "由2023年的新台幣29,846億元回升
    #     至2024年的3.28兆元" (series kept in 億元, 3.28兆 -> 32800); 占比逾六成 (a fraction in words), a seasonally
    #     adjusted quarter and a production index (2021年=100) nowhere
    dict(
        text=(
            "經濟部統計處2025年2月24日指出，受惠於人工智慧伺服器需求，電子零組件業產值由2023年的新台幣29,846億元"
            "回升至2024年的3.28兆元，年增9.9%。其中積體電路業產值占比逾六成。2024年第四季經季節調整後產值較上季增加"
            "2.7%，全年工業生產指數（2021年=100）為108.5。"
        ),
        obs=[
            ("Total", 2023, 29846, "TWD 100 million", "actual"),
            ("Total", 2024, 32800, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 9.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 32800 / 29846 - 1 = 9.897% -> 9.9
        ],
    ),
    # 33. a Hong Kong statistics department's release (Traditional) in 億港元: "486億港元，較2023年的452億港元上升7.3%"
    #     (exact only within rounding); a seasonally adjusted quarter, subscriber and staff counts nowhere;
    #     臨時數字 (provisional) is still the year's actual
    dict(
        text=(
            "政府統計處2025年4月9日公布，2024年本港電訊服務業務收益為486億港元，較2023年的452億港元上升7.3%。"
            "經季節性調整後，第四季收益按季上升1.2%。流動電話用戶數目達2,390萬，電訊業就業人數為1.86萬人。"
            "統計處表示，有關數字屬臨時數字，或會在稍後修訂。"
        ),
        obs=[
            ("Total", 2024, 486, "HKD 100 million", "actual"),
            ("Total", 2023, 452, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 7.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 486 / 452 - 1 = 7.522% -> 7.5, not 7.3; bounds 485.5/452.5 - 1 = 7.293% .. 486.5/451.5 - 1 = 7.752%
            # -> 7.3 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. a ministry's 电子信息制造业运行情况 (Simplified) opening in 万亿元: "16.19万亿元，同比增长7.3%" (no 2023
    #     amount, no verdict), "2020—2024年年均增长7.6%" (stated span); 个百分点 and 手机产量 in 亿台 nowhere
    dict(
        text=(
            "主管部门2025年1月30日发布的2024年电子信息制造业运行情况显示，2024年规模以上电子信息制造业实现营业收入"
            "16.19万亿元，同比增长7.3%，增速较上年加快6.8个百分点；2020年这一数字为12.1万亿元，2020—2024年年均增长"
            "7.6%。12月份，主要产品中手机产量1.67亿台。"
        ),
        obs=[
            ("Total", 2024, 16.19, "CNY trillion", "actual"),
            ("Total", 2020, 12.1, "CNY trillion", "actual"),
        ],
        claims=[
            ("growth", 7.3, "percent", 2023, 2024, 1.0),
            ("cagr", 7.6, "percent", 2020, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (16.19 / 12.1) ** (1/4) - 1 = 1.33802 ** 0.25 - 1 = 7.551% -> 7.6
        ],
    ),
    # 35. a provincial data bureau's report (Simplified) on data centres: "较2020年的103亿元增长3倍" between two
    #     printed amounts (x4), "预计2025年 ... 将突破480亿元" (estimate at the printed figure); the report's title
    #     year, rack count, 上架率 and 千亿级 nowhere
    dict(
        text=(
            "嘉川省数据局2025年5月20日发布的《嘉川省数字基础设施发展报告（2025）》显示，2024年全省数据中心业务收入"
            "达到412亿元，较2020年的103亿元增长3倍。全省在用标准机架8.6万架，平均上架率65%。预计2025年全省数据中心"
            "业务收入将突破480亿元，带动形成千亿级算力产业集群。"
        ),
        obs=[
            ("Total", 2024, 412, "CNY 100 million", "actual"),
            ("Total", 2020, 103, "CNY 100 million", "actual"),
            ("Total", 2025, 480, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2020, 2024, 4.0),  # 增长3倍 between two printed amounts: 412 / 103 = 4
        ],
        verdicts=[],
    ),
    # 36. an English pipe table with SIC 2007 codes, one year's amounts, a "% change on 2023" column and a total
    #     row at the bottom (rows add exactly); table number, note and enterprise-count reference nowhere
    dict(
        text=(
            "Table 4: Turnover of information and communication industries, 2024 (provisional), £ billion at "
            "current prices\n"
            "| SIC 2007 | Industry | 2024 | % change on 2023 |\n"
            "|---|---|---|---|\n"
            "| 58 | Publishing activities | 21.7 | 2.4 |\n"
            "| 61 | Telecommunications | 33.8 | -1.5 |\n"
            "| 62 | Computer programming, consultancy and related activities | 142.3 | 6.2 |\n"
            "| 63 | Information service activities | 12.9 | 9.3 |\n"
            "| 58-63 | Total | 210.7 | 4.7 |\n"
            "Source: Office for Business Statistics, Annual Business Survey, released 19 June 2025. Figures may not "
            "sum due to rounding. Enterprise counts for section J are shown in Table 7."
        ),
        obs=[
            ("Publishing activities", 2024, 21.7, "GBP billion", "actual"),
            ("Telecommunications", 2024, 33.8, "GBP billion", "actual"),
            ("Computer programming, consultancy and related activities", 2024, 142.3, "GBP billion", "actual"),
            ("Information service activities", 2024, 12.9, "GBP billion", "actual"),
            ("Total", 2024, 210.7, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 2.4, "percent", 2023, 2024, 1.0),
            ("growth", -1.5, "percent", 2023, 2024, 1.0),
            ("growth", 6.2, "percent", 2023, 2024, 1.0),
            ("growth", 9.3, "percent", 2023, 2024, 1.0),
            ("growth", 4.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 21.7 + 33.8 + 142.3 + 12.9 = 210.7 = total
        ],
    ),
    # 37. a Simplified-Chinese pipe table of 电信业务收入构成 with its 合计 row first and 1-12月累计 as the year;
    #     parts sum to 17381 against 17380 (rounding); 注 list numbers and the table number nowhere
    dict(
        text=(
            "通信业2024年运行数据（2025年1月21日发布）\n"
            "表2  2024年电信业务收入构成（单位：亿元）\n"
            "| 指标 | 1-12月累计 | 同比增长（%） |\n"
            "|---|---|---|\n"
            "| 电信业务收入合计 | 17380 | 3.1 |\n"
            "| 固定互联网宽带接入业务 | 2680 | 2.1 |\n"
            "| 移动数据流量业务 | 6210 | -0.8 |\n"
            "| 新兴业务 | 4120 | 10.6 |\n"
            "| 语音及其他业务 | 4371 | 2.9 |\n"
            "注：1. 新兴业务包括云计算、大数据、数据中心、物联网等。2. 本表数据为快报数，部分数据因四舍五入存在总计与"
            "分项合计不等的情况。"
        ),
        obs=[
            ("电信业务收入合计", 2024, 17380, "CNY 100 million", "actual"),
            ("固定互联网宽带接入业务", 2024, 2680, "CNY 100 million", "actual"),
            ("移动数据流量业务", 2024, 6210, "CNY 100 million", "actual"),
            ("新兴业务", 2024, 4120, "CNY 100 million", "actual"),
            ("语音及其他业务", 2024, 4371, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 3.1, "percent", 2023, 2024, 1.0),
            ("growth", 2.1, "percent", 2023, 2024, 1.0),
            ("growth", -0.8, "percent", 2023, 2024, 1.0),
            ("growth", 10.6, "percent", 2023, 2024, 1.0),
            ("growth", 2.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 2680 + 6210 + 4120 + 4371 = 17381 != 17380; parts each +-0.5 give 17379..17383, total 17379.5..17380.5
            # -> overlap, so rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 38. an English tab-separated vertical table (rows are years) with a lone "US$ million" column (the Total),
    #     a "2023 (r)" row and a "2025F" row (estimate), then "a compound annual rate of 13.1 per cent between 2020
    #     and 2024" (stated span); the yearbook's title year nowhere
    dict(
        text=(
            "Data centre services: revenue at current prices\n"
            "Source: Ministry of Digital Economy, Statistical Yearbook 2025 (released 28 May 2025)\n"
            "Year\tUS$ million\n"
            "2020\t1,842\n"
            "2021\t2,067\n"
            "2022\t2,391\n"
            "2023 (r)\t2,688\n"
            "2024\t3,012\n"
            "2025F\t3,390\n"
            "Revenue grew at a compound annual rate of 13.1 per cent between 2020 and 2024, the ministry said; the "
            "2023 figure was revised from the provisional one after late returns from two operators."
        ),
        obs=[
            ("Total", 2020, 1842, "USD million", "actual"),
            ("Total", 2021, 2067, "USD million", "actual"),
            ("Total", 2022, 2391, "USD million", "actual"),
            ("Total", 2023, 2688, "USD million", "actual"),
            ("Total", 2024, 3012, "USD million", "actual"),
            ("Total", 2025, 3390, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 13.1, "percent", 2020, 2024, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3012 / 1842) ** (1/4) - 1 = 1.63518 ** 0.25 - 1 = 13.081% -> 13.1
        ],
    ),
    # 39. an English space-aligned table in ¥ billion with FY2023 / FY2024 columns and a "Change (%)" column, three
    #     activities and no total row (the note says they are not additive); establishment count nowhere
    dict(
        text=(
            "Ministry of Industry and Trade — Survey of Selected Service Industries, fiscal 2024 (released 30 June 2025)\n"
            "Sales by activity, ¥ billion\n"
            "Activity                        FY2023      FY2024   Change (%)\n"
            "Software development           9,412.5    10,108.3         7.4\n"
            "Internet-based services        3,876.0     4,251.2         9.7\n"
            "Data processing and hosting    2,204.7     2,331.9         5.8\n"
            "Note: activities overlap and are not additive; 'Internet-based services' excludes online retail. "
            "Establishments surveyed: 6,820."
        ),
        obs=[
            ("Software development", 2023, 9412.5, "JPY billion", "actual"),
            ("Software development", 2024, 10108.3, "JPY billion", "actual"),
            ("Internet-based services", 2023, 3876.0, "JPY billion", "actual"),
            ("Internet-based services", 2024, 4251.2, "JPY billion", "actual"),
            ("Data processing and hosting", 2023, 2204.7, "JPY billion", "actual"),
            ("Data processing and hosting", 2024, 2331.9, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 7.4, "percent", 2023, 2024, 1.0),
            ("growth", 9.7, "percent", 2023, 2024, 1.0),
            ("growth", 5.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 10108.3 / 9412.5 - 1 = 7.392% -> 7.4
            ("cagr|implied", "exact"),  # 4251.2 / 3876.0 - 1 = 9.680% -> 9.7
            ("cagr|implied", "exact"),  # 2331.9 / 2204.7 - 1 = 5.769% -> 5.8
        ],
    ),
    # 40. a Traditional-Chinese tab-separated table with 行業代碼, 新台幣億元 amounts, an 占比(%) column and a 合計
    #     row at the bottom (its 100.0 no claim); shares check against parts and total; 表/註 numbers, the
    #     classification's revision number and the staff-count reference nowhere
    dict(
        text=(
            "表3　2024年資訊及通訊傳播業營業收入（2025年8月發布）　單位：新台幣億元\n"
            "行業代碼\t行業別\t營業收入\t占比(%)\n"
            "J58\t出版業\t1,286\t9.8\n"
            "J61\t電信業\t3,912\t29.9\n"
            "J62\t電腦程式設計、諮詢及相關服務業\t5,214\t39.8\n"
            "J63\t資料處理及資訊供應服務業\t2,681\t20.5\n"
            "J\t合計\t13,093\t100.0\n"
            "註：本表依行業標準分類第11次修正編製；受僱員工人數另見表5。"
        ),
        obs=[
            ("出版業", 2024, 1286, "TWD 100 million", "actual"),
            ("電信業", 2024, 3912, "TWD 100 million", "actual"),
            ("電腦程式設計、諮詢及相關服務業", 2024, 5214, "TWD 100 million", "actual"),
            ("資料處理及資訊供應服務業", 2024, 2681, "TWD 100 million", "actual"),
            ("合計", 2024, 13093, "TWD 100 million", "actual"),
        ],
        claims=[
            ("share", 9.8, "percent", 2024, 2024, None),
            ("share", 29.9, "percent", 2024, 2024, None),
            ("share", 39.8, "percent", 2024, 2024, None),
            ("share", 20.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1286 / 13093 = 9.822% -> 9.8
            ("arithmetic", "exact"),  # 3912 / 13093 = 29.879% -> 29.9
            ("arithmetic", "exact"),  # 5214 / 13093 = 39.823% -> 39.8
            ("arithmetic", "exact"),  # 2681 / 13093 = 20.477% -> 20.5
            ("hierarchy", "exact"),  # 1286 + 3912 + 5214 + 2681 = 13093 = 合計
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "eighty-ninth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 10, 'inconsistent': 6, 'rounding': 9, 'exact': 47}
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 13, 16, 11)
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'a year-on-year increase of 18.2%',
    'the 10 billion yuan level',
    'the compound annual growth rate will reach 13.6%',
    'RMB 1.2 trillion (approx. US$168 billion)',
    "[Translator's note:",
    'HK$1.02 billion in 2029',
    'NT$412 billion (about US$12.8 billion)',
    '２６．８ billion yuan',
    'total addressable market',
    'CNY 702bn',
    '年复合增长率为29.6%',
    '按1美元兑7.2元人民币折算',
    "In 2024, the market size of China's industrial software reached 282.4 billion yuan",
    '相當於約24億美元',
    '億港元',
    '1.1兆元',
    '增长3倍',
    '(Unit: 100 million yuan)',
    '年份\t亿元\t同比增速',
    'Year\tCNY bn\tUS$ bn (approx.)\tYoY',
    "up 6.2 per cent on the previous year's",
    'an increase of 5.1 per cent on the',
    '(revised from the provisional estimate',
    'in fiscal 2024, up 7.3 per cent from',
    'nearly 2.3 times the',
    'a compound annual rate of 18.0 per cent from 2019 to 2024',
    'a compound annual growth rate of 14.8 per cent',
    'last year in nominal terms, a 2.0 per cent drop from',
    'between €101 billion and €104 billion',
    '累计完成软件业务收入',
    '比上年的19,870亿元增长9.6%',
    '較上年的5,393億元增加8.7%',
    '回升至2024年的3.28兆元',
    '較2023年的452億港元上升7.3%',
    '2020—2024年年均增长',
    '增长3倍',
    '| 电信业务收入合计 | 17380 |',
    '2023 (r)\t2,688',
    'FY2023      FY2024   Change (%)',
    '行業代碼\t行業別\t營業收入\t占比(%)',
)
#: the set's blind score (written without reading or running the extractor, and kept unread): 110 figures, 57 rates,
#: 47 verdicts and 3 false inconsistent on the code before the readings chosen on the eighty-eighth set, and the same
#: after them; 2 false inconsistent after those chosen on the ninety-second
FLOORS = {"figures_found": 119, "rates_found": 58, "verdicts_right": 48}
#: the false inconsistent verdicts the set may draw; at most this (held out: as found, lowered as readings removed one)
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset89.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
