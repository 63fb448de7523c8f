"""An eighty-third check set for the extractor, written blind: the industry overviews of listing prospectuses and
annual reports, where a commissioned consultancy sizes the issuer's market, in English and Chinese (Simplified and
Traditional) -- "increased from ... in 2019 to ... in 2023, representing a CAGR of ..., and is expected to further
increase to ... in 2028", 根据弗若斯特沙利文的资料, 按收入计, tables with two CAGR columns, the issuer's own rank, share,
revenue and offering as distractors -- and figures as people post and forward them: newsletters' "By the numbers"
lists, social posts with arrows and emoji, threads, chat messages forwarding a report, meeting notes in
abbreviations ("TAM '24: ~$38bn; '28E: $95bn"), markdown headings, bold figures and pipe tables, 公众号-style Chinese
posts with follower counts, likes and a post's date as distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. HK prospectus, English: "increased from RMB X billion in 2019 to RMB Y billion in 2023, representing a CAGR
    #    of Z%" (span only from the amounts' years -> inferred) and "a CAGR of V% from 2023 to 2028" (stated);
    #    issuer's rank and market share, revenue and customer count are distractors
    dict(
        text=(
            "INDUSTRY OVERVIEW — According to the Ebersole Kaine Report, the market size of China's enterprise AI "
            "software market, in terms of revenue, increased from RMB12.4 billion in 2019 to RMB38.6 billion in "
            "2023, representing a CAGR of 32.8%, and is expected to further increase to RMB121.5 billion in 2028, "
            "representing a CAGR of 25.8% from 2023 to 2028. In terms of revenue in 2023, we ranked second among "
            "independent vendors with a market share of 5.7%. Our total revenue was RMB2,198.3 million in 2023, and "
            "we served 1,137 enterprise customers as of December 31, 2023."
        ),
        obs=[
            ("Total", 2019, 12.4, "CNY billion", "actual"),
            ("Total", 2023, 38.6, "CNY billion", "actual"),
            ("Total", 2028, 121.5, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 32.8, "percent", 2019, 2023, None, "inferred"),
            ("cagr", 25.8, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),   # (38.6/12.4)**(1/4)-1 = 3.11290**0.25-1 = 32.83% -> 32.8
            ("cagr|implied", "exact"),  # (121.5/38.6)**(1/5)-1 = 3.14767**0.2-1 = 25.78% -> 25.8
        ],
    ),
    # 2. annual report, English: year-on-year rate exact only within rounding; "of which ... accounted for RMB X
    #    billion, or N% of the total" (part and whole printed -> arithmetic); percentage points and headcount nowhere
    dict(
        text=(
            "Industry overview. Per data compiled for us by Estuary Lane Research, spending on cloud infrastructure "
            "by Chinese financial institutions reached RMB46.2 billion in 2023, up 21.4% from RMB38.1 billion in "
            "2022, of which hybrid cloud accounted for RMB13.9 billion, or 30.1% of the total. Hybrid cloud's share "
            "rose by 2.6 percentage points over the year, and Estuary Lane expects the overall market to keep "
            "compounding at a double-digit pace. Our own cloud revenue from financial clients was RMB912.5 million, "
            "and our headcount reached 2,316 at year-end."
        ),
        obs=[
            ("Total", 2023, 46.2, "CNY billion", "actual"),
            ("Total", 2022, 38.1, "CNY billion", "actual"),
            ("Hybrid cloud", 2023, 13.9, "CNY billion", "actual"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2022, 2023, 1.0),
            ("share", 30.1, "percent", 2023, 2023, None),
        ],
        verdicts=[
            # 46.2/38.1-1 = 21.26% -> 21.3, not 21.4; bounds 46.15/38.15-1 = 20.97% .. 46.25/38.05-1 = 21.55%
            # -> 21.4 reachable only within rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),    # 13.9/46.2 = 30.09% -> 30.1
        ],
    ),
    # 3. prospectus, English, "by GMV", "grew from ... at a CAGR of" (inferred) and "projected to reach ... by 2027,
    #    at a CAGR of V% from 2022 to 2027" (stated); "multibillion-dollar opportunity", device count and the
    #    issuer's own GMV nowhere
    dict(
        text=(
            "According to the Elkbridge Report, China's market for refurbished and second-hand smart devices, by "
            "GMV, grew from RMB142.0 billion in 2018 to RMB301.5 billion in 2022 at a CAGR of 20.7%. Driven by "
            "faster replacement cycles and trade-in programmes, it is projected to reach RMB655.8 billion by 2027, "
            "at a CAGR of 16.8% from 2022 to 2027. Elkbridge describes the inspection and grading layer alone as a "
            "multibillion-dollar opportunity. In 2022 our platform handled 18.4 million devices, and our own GMV "
            "came to RMB27.6 billion."
        ),
        obs=[
            ("Total", 2018, 142.0, "CNY billion", "actual"),
            ("Total", 2022, 301.5, "CNY billion", "actual"),
            ("Total", 2027, 655.8, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.7, "percent", 2018, 2022, None, "inferred"),
            ("cagr", 16.8, "percent", 2022, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),   # (301.5/142.0)**(1/4)-1 = 2.12324**0.25-1 = 20.71% -> 20.7
            ("cagr|implied", "exact"),  # (655.8/301.5)**(1/5)-1 = 2.17512**0.2-1 = 16.81% -> 16.8
        ],
    ),
    # 4. prospectus, English: "a compound annual growth rate of 27.5% over the period" contradicted by its own
    #    amounts (inconsistent); "implying a CAGR of ... between 2024 and 2029" (stated, exact); unit shipments,
    #    issuer's rank, revenue and gross margin nowhere
    dict(
        text=(
            "Based on the industry report we commissioned from Fenwright Partners, the collaborative robot market "
            "in China expanded from RMB2.9 billion in 2020 to RMB6.8 billion in 2024, a compound annual growth "
            "rate of 27.5% over the period. Fenwright projects the market to reach RMB19.3 billion in 2029, "
            "implying a CAGR of 23.2% between 2024 and 2029. Shipments of collaborative robots in China exceeded "
            "31,000 units in 2024. We were the third-largest domestic supplier by shipment volume, and our revenue "
            "for the year was RMB587.1 million, with a gross margin of 41.9%."
        ),
        obs=[
            ("Total", 2020, 2.9, "CNY billion", "actual"),
            ("Total", 2024, 6.8, "CNY billion", "actual"),
            ("Total", 2029, 19.3, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 27.5, "percent", 2020, 2024, None, "inferred"),
            ("cagr", 23.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (6.8/2.9)**(1/4)-1 = 2.34483**0.25-1 = 23.75%; bounds (6.75/2.95)**0.25-1 = 22.99% ..
            # (6.85/2.85)**0.25-1 = 24.51% -> 27.5 unreachable
            ("cagr|period", "inconsistent"),
            ("cagr|implied", "exact"),  # (19.3/6.8)**(1/5)-1 = 2.83824**0.2-1 = 23.20% -> 23.2
        ],
    ),
    # 5. prospectus, English, US$ million series with a stated 2023-2030 CAGR; a range "between US$28 billion and
    #    US$35 billion in 2035" (two value claims, no observation); fleet size, kilometres, headcount and R&D
    #    percentage nowhere
    dict(
        text=(
            "According to Harwick & Lyle Advisory, the global market for L4 autonomous trucking solutions, in terms "
            "of revenue, was US$612.0 million in 2023 and is expected to grow to US$9,847.3 million in 2030, "
            "representing a CAGR of 48.7% from 2023 to 2030. Looking further ahead, Harwick & Lyle estimates the "
            "market could be worth between US$28 billion and US$35 billion in 2035. As of the Latest Practicable "
            "Date, our fleet comprised 380 trucks, which had logged more than 41 million autonomous kilometres, and "
            "we employed 864 people, 71% of them in research and development."
        ),
        obs=[
            ("Total", 2023, 612.0, "USD million", "actual"),
            ("Total", 2030, 9847.3, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 48.7, "percent", 2023, 2030, None, "stated"),
            ("value", 28, "USD billion", 2035, 2035, None),
            ("value", 35, "USD billion", 2035, 2035, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9847.3/612.0)**(1/7)-1 = 16.0904**(1/7)-1 = 48.72% -> 48.7
        ],
    ),
    # 6. HK prospectus, English: HK$ million series whose later figure prints in billions (HK$2.13 billion ->
    #    2130 HKD million); CAGR inferred from the amounts' years; user count "more than tripled", offer shares,
    #    offer price and gross proceeds nowhere
    dict(
        text=(
            "INDUSTRY OVERVIEW. According to the Lanthorn Report, revenue of Hong Kong's virtual banking and digital "
            "wealth platform market grew from HK$486 million in 2020 to HK$2.13 billion in 2024, representing a "
            "CAGR of 44.7%. The Lanthorn Report notes that the number of retail users of such platforms more than "
            "tripled over the same period to about 2.9 million. We are offering 48,000,000 Offer Shares at an Offer "
            "Price of HK$12.80 per share, raising gross proceeds of approximately HK$614.4 million."
        ),
        obs=[
            ("Total", 2020, 486, "HKD million", "actual"),
            ("Total", 2024, 2130, "HKD million", "actual"),
        ],
        claims=[
            ("cagr", 44.7, "percent", 2020, 2024, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),   # (2130/486)**(1/4)-1 = 4.38272**0.25-1 = 44.69% -> 44.7
        ],
    ),
    # 7. Japanese integrated report, English with a dateline: ¥ billion by fiscal year, "up 17.9% from" (exact),
    #    "exceed ¥300 billion by fiscal 2029" (approximate, estimate at printed figure); segment sales, survey
    #    count and survey answer nowhere
    dict(
        text=(
            "TOKYO, 14 May 2025 — From the Industry Overview of our integrated report: according to Mizuchi "
            "Research Institute, Japan's market for commercial cleaning and delivery robots reached ¥148.2 billion "
            "in fiscal 2024, up 17.9% from ¥125.7 billion in fiscal 2023. Mizuchi forecasts the market to exceed "
            "¥300 billion by fiscal 2029 as labour shortages deepen in hospitality and logistics. Our robotics "
            "segment posted sales of ¥18.6 billion in fiscal 2024, and in a survey of 520 facility operators, 44% "
            "said they planned to deploy robots within two years."
        ),
        obs=[
            ("Total", 2024, 148.2, "JPY billion", "actual"),
            ("Total", 2023, 125.7, "JPY billion", "actual"),
            ("Total", 2029, 300, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 17.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 148.2/125.7-1 = 17.90% -> 17.9
        ],
    ),
    # 8. prospectus, English: "up 46.0% from" exact only within rounding; shares by application with no part
    #    amount printed (share claims, no arithmetic verdict); percentage points, issuer's sales and customer count
    #    nowhere
    dict(
        text=(
            "According to the Tallowmere Report, China's market for data-centre AI accelerators reached RMB84.0 "
            "billion in 2023, up 46.0% from RMB57.5 billion in 2022. By application, training chips accounted for "
            "58.5% of the 2023 market and inference chips for 41.5%. The report attributes the jump mainly to "
            "large-model training clusters built by internet platforms, and notes that domestic suppliers' combined "
            "share gained 9 percentage points. We sold accelerator cards worth RMB1.04 billion in 2023 to 146 "
            "customers."
        ),
        obs=[
            ("Total", 2023, 84.0, "CNY billion", "actual"),
            ("Total", 2022, 57.5, "CNY billion", "actual"),
        ],
        claims=[
            ("growth", 46.0, "percent", 2022, 2023, 1.0),
            ("share", 58.5, "percent", 2023, 2023, None),
            ("share", 41.5, "percent", 2023, 2023, None),
        ],
        verdicts=[
            # 84.0/57.5-1 = 46.09% -> 46.1, not 46.0; bounds 83.95/57.55-1 = 45.87% .. 84.05/57.45-1 = 46.30%
            # -> 46.0 reachable only within rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 9. mainland prospectus, Simplified: 根据…的资料，按收入计，…由2019年的X亿元增至2023年的Y亿元，复合年增长率为Z%
    #    (inferred)，预计将于2028年进一步增至W亿元，2023年至2028年的复合年增长率为V% (stated); issuer's rank,
    #    share, headcount and 约四成 nowhere
    dict(
        text=(
            "根据易巍咨询的资料，按收入计，中国工业机器视觉市场规模由2019年的98.6亿元增至2023年的213.4亿元，"
            "复合年增长率为21.3%，预计将于2028年进一步增至512.7亿元，2023年至2028年的复合年增长率为19.2%。"
            "按2023年收入计，本公司在中国工业机器视觉解决方案提供商中排名第四，市场份额为3.7%。截至2023年12月31日，"
            "我们共有1,208名员工，其中研发人员占比约四成。"
        ),
        obs=[
            ("Total", 2019, 98.6, "CNY 100 million", "actual"),
            ("Total", 2023, 213.4, "CNY 100 million", "actual"),
            ("Total", 2028, 512.7, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21.3, "percent", 2019, 2023, None, "inferred"),
            ("cagr", 19.2, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),   # (213.4/98.6)**(1/4)-1 = 2.16430**0.25-1 = 21.29% -> 21.3
            ("cagr|implied", "exact"),  # (512.7/213.4)**(1/5)-1 = 2.40253**0.2-1 = 19.16% -> 19.2
        ],
    ),
    # 10. annual report, Simplified: 亿元 series with a later 万亿元 figure (突破2.1万亿元 -> 21000 in CNY 100 million,
    #     approximate, estimate); 其中…占比 (arithmetic); 万亿级, the issuer's own revenue growth and 个百分点 nowhere
    dict(
        text=(
            "根据澄嶂咨询发布的行业报告，中国云计算市场规模由2020年的2,091亿元增长至2023年的6,165亿元，"
            "复合年增长率为43.4%。其中，公有云为4,475亿元，占比72.6%。澄嶂咨询预计，到2027年市场规模将突破"
            "2.1万亿元，迈入万亿级赛道。报告期内，公司云服务收入为18.36亿元，同比增长31.2%，公有云业务毛利率"
            "提升4.5个百分点。"
        ),
        obs=[
            ("Total", 2020, 2091, "CNY 100 million", "actual"),
            ("Total", 2023, 6165, "CNY 100 million", "actual"),
            ("Total", 2027, 21000, "CNY 100 million", "estimate"),
            ("公有云", 2023, 4475, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 43.4, "percent", 2020, 2023, None, "inferred"),
            ("share", 72.6, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),   # (6165/2091)**(1/3)-1 = 2.94835**(1/3)-1 = 43.39% -> 43.4
            ("arithmetic", "exact"),    # 4475/6165 = 72.59% -> 72.6
        ],
    ),
    # 11. HK prospectus in Traditional Chinese: 億港元 series (HKD 100 million), 按交易額計, 複合年增長率 inferred and
    #     stated; the issuer's own revenue in 億港元, its rank and the offering size nowhere
    dict(
        text=(
            "根據衡澈諮詢報告，按交易額計，香港智能支付解決方案市場規模由2019年的312億港元增至2023年的587億港元，"
            "複合年增長率為17.1%，預計2028年將達到1,046億港元，2023年至2028年的複合年增長率為12.2%。"
            "於往績記錄期間，我們的收入由2.16億港元增至4.82億港元。按2023年交易額計，我們在香港第三方智能支付"
            "服務商中排名第五。本次全球發售共計60,000,000股股份，其中10%為香港公開發售。"
        ),
        obs=[
            ("Total", 2019, 312, "HKD 100 million", "actual"),
            ("Total", 2023, 587, "HKD 100 million", "actual"),
            ("Total", 2028, 1046, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 17.1, "percent", 2019, 2023, None, "inferred"),
            ("cagr", 12.2, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),   # (587/312)**(1/4)-1 = 1.88141**0.25-1 = 17.12% -> 17.1
            ("cagr|implied", "exact"),  # (1046/587)**(1/5)-1 = 1.78194**0.2-1 = 12.248% -> 12.2
        ],
    ),
    # 12. Taiwan annual report, Traditional Chinese: 新台幣億元 (TWD 100 million) with "較…成長N%" and a later 兆元
    #     figure (1.52兆 -> 15200, estimate by 預估); a quarter's figure, the company's revenue, its revenue share
    #     and gross margin nowhere
    dict(
        text=(
            "據瀚翎產業研究所統計，受雲端業者擴大資本支出帶動，台灣AI伺服器產值2023年達新台幣8,420億元，較2022年的"
            "新台幣5,130億元成長64.1%；其中第四季產值為新台幣2,610億元，創單季新高。該所預估2024年產值將進一步攀升"
            "至新台幣1.52兆元。本公司2023年合併營收為新台幣412.6億元，AI伺服器相關產品營收占比達37%，毛利率為11.8%。"
        ),
        obs=[
            ("Total", 2023, 8420, "TWD 100 million", "actual"),
            ("Total", 2022, 5130, "TWD 100 million", "actual"),
            ("Total", 2024, 15200, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 64.1, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 8420/5130-1 = 64.13% -> 64.1
        ],
    ),
    # 13. HK prospectus in Traditional Chinese on a mainland market: 人民幣…億元, 複合年增長率為36.8% contradicted by
    #     its amounts (inconsistent); stated 2024-2029 rate exact; penetration rates, issuer's rank and share, and
    #     the 資料來源 line nowhere
    dict(
        text=(
            "根據岱屹諮詢的資料，按收入計，中國L2+級智能駕駛解決方案市場規模由2020年的人民幣86億元增至2024年的"
            "人民幣412億元，複合年增長率為36.8%，並預計於2029年達到人民幣1,530億元，2024年至2029年的複合年增長率"
            "為30.0%。同期，搭載L2+級功能的新車滲透率由3.1%提升至27.4%。按2024年出貨量計，我們的域控制器方案在"
            "第三方供應商中排名第二，市場份額為14.2%。資料來源：岱屹諮詢"
        ),
        obs=[
            ("Total", 2020, 86, "CNY 100 million", "actual"),
            ("Total", 2024, 412, "CNY 100 million", "actual"),
            ("Total", 2029, 1530, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 36.8, "percent", 2020, 2024, None, "inferred"),
            ("cagr", 30.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (412/86)**(1/4)-1 = 4.79070**0.25-1 = 47.94%; bounds (411.5/86.5)**0.25-1 = 47.69% ..
            # (412.5/85.5)**0.25-1 = 48.21% -> 36.8 unreachable
            ("cagr|period", "inconsistent"),
            ("cagr|implied", "exact"),  # (1530/412)**(1/5)-1 = 3.71359**0.2-1 = 30.005% -> 30.0
        ],
    ),
    # 14. STAR Market prospectus, Simplified: 约58.3亿元 (approximate, printed figure), 同比增长24.5% exact only within
    #     rounding; 渗透率, 千亿级, company revenue, customer count and share-issue size nowhere
    dict(
        text=(
            "根据中研瀚海的统计，2023年中国人力资源SaaS市场规模约为58.3亿元，较2022年的46.9亿元同比增长24.5%。"
            "目前人力资源SaaS在国内企业中的渗透率约为12%，显著低于美国的水平，行业仍处于千亿级蓝海的早期阶段。"
            "2023年度，公司实现营业收入2.37亿元，付费客户数量超过1,500家，本次拟公开发行股票不超过3,200万股。"
        ),
        obs=[
            ("Total", 2023, 58.3, "CNY 100 million", "actual"),
            ("Total", 2022, 46.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 24.5, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            # 58.3/46.9-1 = 24.31% -> 24.3, not 24.5; bounds 58.25/46.95-1 = 24.07% .. 58.35/46.85-1 = 24.55%
            # -> 24.5 reachable only within rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 15. annual report, Simplified: a decline (下降10.3% -> -10.3), 较2019年增长1.5倍 (multiple x1.5 over 4 years,
    #     no verdict), 260亿元左右 (approximate estimate); a quarter's shipment growth, segment revenue and its
    #     share of company revenue nowhere
    dict(
        text=(
            "据鹭汀研究院测算，受海外需求放缓影响，2023年中国消费级无人机市场规模为192亿元，较2022年的214亿元下降"
            "10.3%，但较2019年仍增长1.5倍。鹭汀研究院预计，随着新品周期开启，2026年市场规模将回升至260亿元左右。"
            "2023年第四季度，行业出货量环比增长18%。公司2023年消费级无人机业务收入为9.6亿元，占营业收入的比重为62.4%。"
        ),
        obs=[
            ("Total", 2023, 192, "CNY 100 million", "actual"),
            ("Total", 2022, 214, "CNY 100 million", "actual"),
            ("Total", 2026, 260, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", -10.3, "percent", 2022, 2023, 1.0),
            ("multiple", 1.5, "multiple", 2019, 2023, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 192/214-1 = -10.28% -> -10.3
        ],
    ),
    # 16. English pipe table, years as columns with "CAGR 2019-2023" and "CAGR 2023-2028E" columns, segment rows
    #     and a Total row (hierarchy); one CAGR cell exact only within rounding; hospital count nowhere
    dict(
        text=(
            "Market size of China's AI-enabled medical imaging software market by deployment, 2019-2028E\n"
            "| RMB billion | 2019 | 2023 | 2028E | CAGR 2019-2023 | CAGR 2023-2028E |\n"
            "|---|---|---|---|---|---|\n"
            "| Cloud-based | 1.2 | 4.9 | 18.7 | 41.5% | 30.7% |\n"
            "| On-premise | 3.0 | 6.0 | 12.4 | 18.9% | 15.6% |\n"
            "| Total | 4.2 | 10.9 | 31.1 | 26.9% | 23.3% |\n"
            "Source: Quorrel Advisory Report\n"
            "As at the Latest Practicable Date, our software had been deployed in 412 Class III hospitals."
        ),
        obs=[
            ("Cloud-based", 2019, 1.2, "CNY billion", "actual"),
            ("Cloud-based", 2023, 4.9, "CNY billion", "actual"),
            ("Cloud-based", 2028, 18.7, "CNY billion", "estimate"),
            ("On-premise", 2019, 3.0, "CNY billion", "actual"),
            ("On-premise", 2023, 6.0, "CNY billion", "actual"),
            ("On-premise", 2028, 12.4, "CNY billion", "estimate"),
            ("Total", 2019, 4.2, "CNY billion", "actual"),
            ("Total", 2023, 10.9, "CNY billion", "actual"),
            ("Total", 2028, 31.1, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 41.5, "percent", 2019, 2023, None, "stated"),  # Cloud-based
            ("cagr", 30.7, "percent", 2023, 2028, None, "stated"),  # Cloud-based
            ("cagr", 18.9, "percent", 2019, 2023, None, "stated"),  # On-premise
            ("cagr", 15.6, "percent", 2023, 2028, None, "stated"),  # On-premise
            ("cagr", 26.9, "percent", 2019, 2023, None, "stated"),  # Total
            ("cagr", 23.3, "percent", 2023, 2028, None, "stated"),  # Total
        ],
        verdicts=[
            # Cloud-based: (4.9/1.2)**(1/4)-1 = 4.08333**0.25-1 = 42.15% -> 42.2, not 41.5; bounds
            # (4.85/1.25)**0.25-1 = 40.35% .. (4.95/1.15)**0.25-1 = 44.04% -> 41.5 reachable only within rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (18.7/4.9)**(1/5)-1 = 3.81633**0.2-1 = 30.72% -> 30.7
            ("cagr|implied", "exact"),  # (6.0/3.0)**(1/4)-1 = 2**0.25-1 = 18.92% -> 18.9
            ("cagr|implied", "exact"),  # (12.4/6.0)**(1/5)-1 = 2.06667**0.2-1 = 15.63% -> 15.6
            ("cagr|implied", "exact"),  # (10.9/4.2)**(1/4)-1 = 2.59524**0.25-1 = 26.92% -> 26.9
            ("cagr|implied", "exact"),  # (31.1/10.9)**(1/5)-1 = 2.85321**0.2-1 = 23.33% -> 23.3
            ("hierarchy", "exact"),     # 2019: 1.2 + 3.0 = 4.2
            ("hierarchy", "exact"),     # 2023: 4.9 + 6.0 = 10.9
            ("hierarchy", "exact"),     # 2028E: 18.7 + 12.4 = 31.1
        ],
    ),
    # 17. English tab-separated vertical table (rows are years), lone value column headed by its unit only
    #     (-> Total), a YoY column; 2024E's rate contradicted by its amounts (inconsistent); E rows estimates; a
    #     quarter's unit shipments nowhere
    dict(
        text=(
            "Global humanoid robot market, 2021-2025E\n"
            "Year\tUS$ million\tYoY growth\n"
            "2021\t216.0\t–\n"
            "2022\t308.5\t42.8%\n"
            "2023\t442.0\t43.3%\n"
            "2024E\t706.4\t52.8%\n"
            "2025E\t1,152.0\t63.1%\n"
            "Source: Ardwell Lyne Consulting. In the first quarter of 2024 alone, global shipments reached about "
            "1,900 units."
        ),
        obs=[
            ("Total", 2021, 216.0, "USD million", "actual"),
            ("Total", 2022, 308.5, "USD million", "actual"),
            ("Total", 2023, 442.0, "USD million", "actual"),
            ("Total", 2024, 706.4, "USD million", "estimate"),
            ("Total", 2025, 1152.0, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 42.8, "percent", 2021, 2022, 1.0),
            ("growth", 43.3, "percent", 2022, 2023, 1.0),
            ("growth", 52.8, "percent", 2023, 2024, 1.0),
            ("growth", 63.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # 308.5/216.0-1 = 42.82% -> 42.8
            ("cagr|implied", "exact"),         # 442.0/308.5-1 = 43.27% -> 43.3
            # 706.4/442.0-1 = 59.82%; bounds 706.35/442.05-1 = 59.79% .. 706.45/441.95-1 = 59.85% -> 52.8 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),         # 1152.0/706.4-1 = 63.08% -> 63.1
        ],
    ),
    # 18. Simplified Chinese space-aligned table, 单位：人民币亿元, 2019年/2023年/2028年E columns and two 复合年增长率
    #     columns, segment rows and a 合计 row; the 2028E total exceeds its rows' sum by 0.1 (hierarchy rounding);
    #     issuer's rank and share nowhere
    dict(
        text=(
            "图表：中国智能座舱市场规模（按细分市场划分），2019年至2028年E\n"
            "单位：人民币亿元\n"
            "细分市场        2019年    2023年    2028年E    2019-2023年复合年增长率    2023-2028年E复合年增长率\n"
            "座舱域控制器      42.5     168.3      512.6                   41.1%                      25.0%\n"
            "车载显示屏       315.2     586.4    1,032.8                   16.8%                      12.0%\n"
            "智能座舱软件      28.7      95.1      347.9                   34.9%                      29.6%\n"
            "合计            386.4     849.8    1,893.4                   21.8%                      17.4%\n"
            "资料来源：沣祺咨询\n"
            "按2023年收入计，公司在座舱域控制器领域排名第三，市场份额为8.9%。"
        ),
        obs=[
            ("座舱域控制器", 2019, 42.5, "CNY 100 million", "actual"),
            ("座舱域控制器", 2023, 168.3, "CNY 100 million", "actual"),
            ("座舱域控制器", 2028, 512.6, "CNY 100 million", "estimate"),
            ("车载显示屏", 2019, 315.2, "CNY 100 million", "actual"),
            ("车载显示屏", 2023, 586.4, "CNY 100 million", "actual"),
            ("车载显示屏", 2028, 1032.8, "CNY 100 million", "estimate"),
            ("智能座舱软件", 2019, 28.7, "CNY 100 million", "actual"),
            ("智能座舱软件", 2023, 95.1, "CNY 100 million", "actual"),
            ("智能座舱软件", 2028, 347.9, "CNY 100 million", "estimate"),
            ("合计", 2019, 386.4, "CNY 100 million", "actual"),
            ("合计", 2023, 849.8, "CNY 100 million", "actual"),
            ("合计", 2028, 1893.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 41.1, "percent", 2019, 2023, None, "stated"),  # 座舱域控制器
            ("cagr", 25.0, "percent", 2023, 2028, None, "stated"),  # 座舱域控制器
            ("cagr", 16.8, "percent", 2019, 2023, None, "stated"),  # 车载显示屏
            ("cagr", 12.0, "percent", 2023, 2028, None, "stated"),  # 车载显示屏
            ("cagr", 34.9, "percent", 2019, 2023, None, "stated"),  # 智能座舱软件
            ("cagr", 29.6, "percent", 2023, 2028, None, "stated"),  # 智能座舱软件
            ("cagr", 21.8, "percent", 2019, 2023, None, "stated"),  # 合计
            ("cagr", 17.4, "percent", 2023, 2028, None, "stated"),  # 合计
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (168.3/42.5)**(1/4)-1 = 3.96000**0.25-1 = 41.07% -> 41.1
            ("cagr|implied", "exact"),  # (512.6/168.3)**(1/5)-1 = 3.04575**0.2-1 = 24.95% -> 25.0
            ("cagr|implied", "exact"),  # (586.4/315.2)**(1/4)-1 = 1.86041**0.25-1 = 16.79% -> 16.8
            ("cagr|implied", "exact"),  # (1032.8/586.4)**(1/5)-1 = 1.76126**0.2-1 = 11.99% -> 12.0
            ("cagr|implied", "exact"),  # (95.1/28.7)**(1/4)-1 = 3.31359**0.25-1 = 34.92% -> 34.9
            ("cagr|implied", "exact"),  # (347.9/95.1)**(1/5)-1 = 3.65825**0.2-1 = 29.62% -> 29.6
            ("cagr|implied", "exact"),  # (849.8/386.4)**(1/4)-1 = 2.19928**0.25-1 = 21.78% -> 21.8
            ("cagr|implied", "exact"),  # (1893.4/849.8)**(1/5)-1 = 2.22805**0.2-1 = 17.38% -> 17.4
            ("hierarchy", "exact"),     # 2019年: 42.5 + 315.2 + 28.7 = 386.4
            ("hierarchy", "exact"),     # 2023年: 168.3 + 586.4 + 95.1 = 849.8
            # 2028年E: 512.6 + 1032.8 + 347.9 = 1893.3 vs printed 1893.4; rows at +0.05 each give 1893.45
            # (total read down to 1893.35) -> reachable only within rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 19. Traditional Chinese pipe vertical table (rows are years), lone value column headed by its unit only
    #     (新台幣億元 -> Total, TWD 100 million), 年增率 column; 2024E estimate; table number, company revenue and
    #     headcount nowhere
    dict(
        text=(
            "表3：台灣智慧工廠解決方案市場規模\n"
            "| 年度 | 新台幣億元 | 年增率 |\n"
            "| --- | --- | --- |\n"
            "| 2021 | 1,862 | — |\n"
            "| 2022 | 2,245 | 20.6% |\n"
            "| 2023 | 2,517 | 12.1% |\n"
            "| 2024E | 3,108 | 23.5% |\n"
            "資料來源：昱衡顧問\n"
            "本公司2023年來自智慧工廠專案之營收為新台幣36.2億元，員工人數為1,045人。"
        ),
        obs=[
            ("Total", 2021, 1862, "TWD 100 million", "actual"),
            ("Total", 2022, 2245, "TWD 100 million", "actual"),
            ("Total", 2023, 2517, "TWD 100 million", "actual"),
            ("Total", 2024, 3108, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 20.6, "percent", 2021, 2022, 1.0),
            ("growth", 12.1, "percent", 2022, 2023, 1.0),
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2245/1862-1 = 20.57% -> 20.6
            ("cagr|implied", "exact"),  # 2517/2245-1 = 12.12% -> 12.1
            ("cagr|implied", "exact"),  # 3108/2517-1 = 23.48% -> 23.5
        ],
    ),
    # 20. English space-aligned table, one year, segment rows with amount and "% of total" columns and a Total row
    #     (shares with part and whole -> arithmetic; rows add up -> hierarchy; the 100.0% total no claim); the
    #     issuer's segment revenue, share and rank nowhere
    dict(
        text=(
            "China fintech SaaS market by segment, 2023\n"
            "Segment                  RMB million    % of total\n"
            "Core banking SaaS            4,812.6         41.2%\n"
            "Risk and compliance          3,905.0         33.4%\n"
            "Wealth-tech                  2,968.4         25.4%\n"
            "Total                       11,686.0        100.0%\n"
            "Source: Pellucid Grove Consulting\n"
            "In 2023, our revenue from risk and compliance SaaS was RMB286.4 million, giving us a market share of "
            "7.3% and fourth place in that segment."
        ),
        obs=[
            ("Core banking SaaS", 2023, 4812.6, "CNY million", "actual"),
            ("Risk and compliance", 2023, 3905.0, "CNY million", "actual"),
            ("Wealth-tech", 2023, 2968.4, "CNY million", "actual"),
            ("Total", 2023, 11686.0, "CNY million", "actual"),
        ],
        claims=[
            ("share", 41.2, "percent", 2023, 2023, None),
            ("share", 33.4, "percent", 2023, 2023, None),
            ("share", 25.4, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 4812.6/11686.0 = 41.18% -> 41.2
            ("arithmetic", "exact"),    # 3905.0/11686.0 = 33.42% -> 33.4
            ("arithmetic", "exact"),    # 2968.4/11686.0 = 25.40% -> 25.4
            ("hierarchy", "exact"),     # 4812.6 + 3905.0 + 2968.4 = 11686.0
        ],
    ),
    # 21. a Substack "By the numbers" list: $6.8B (2024) and $21.4B (2029) with a printed 2024-2029 CAGR of 25.8%;
    #    a second publisher's 2024 figure, the subscriber count and the issue number are expected nowhere
    dict(
        text=(
            "**By the numbers** (Fieldnote #83, 12 May 2025)\n"
            "- **$6.8B**: what the edge AI accelerator market took in during 2024, per Fenwright Research\n"
            "- **$21.4B**: Fenwright's call for 2029\n"
            "- **25.8%**: the implied 2024-2029 CAGR\n"
            "- $7.4B: the 2024 number from Fiskedal Group, which counts module makers too\n"
            "- 14,200: readers of this newsletter. Thank you!"
        ),
        obs=[
            ("Total", 2024, 6.8, "USD billion", "actual"),
            ("Total", 2029, 21.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 25.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21.4/6.8)**(1/5)-1 = 25.771% -> 25.8
        ],
    ),
    # 22. a LinkedIn post with arrows and emoji: "$1.3B (2024) → $7.9B (2031) 🚀, ~30% CAGR" (span only from the
    #    amounts' years -> inferred); like and follower counts and the poster's fund are distractors
    dict(
        text=(
            "Quantum networking is no longer a lab curiosity 👇\n"
            "$1.3B (2024) → $7.9B (2031) 🚀, ~30% CAGR (Fallowmere Partners)\n"
            "We just closed our $150M Fund II to back the picks-and-shovels layer. "
            "Thanks to the 2,400 of you who liked the last post ❤️ #quantum #deeptech"
        ),
        obs=[
            ("Total", 2024, 1.3, "USD billion", "actual"),
            ("Total", 2031, 7.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 30.0, "percent", 2024, 2031, None, "inferred"),
        ],
        verdicts=[
            # (7.9/1.3)**(1/7)-1 = 29.406% -> rounds to 29, not 30;
            # bounds: (7.85/1.35)**(1/7)-1 = 28.59%, (7.95/1.25)**(1/7)-1 = 30.25% -> 30 reachable
            ("cagr|period", "rounding"),
        ],
    ),
    # 23. a numbered thread: "$18.5bn in 2024", "$24.1bn this year, +30% y/y", "by '28 ... $61bn", "'24-'28 CAGR
    #    of ~35%"; the fund size, follower count and price target are distractors
    dict(
        text=(
            "Posted 3 Mar 2025\n"
            "1/ The AI inference-serving market hit $18.5bn in 2024, per a new Fallowmere Partners deck.\n"
            "2/ They see $24.1bn this year, +30% y/y, as agents move from demo to production.\n"
            "3/ By '28 they have it at $61bn. That's a '24-'28 CAGR of ~35%.\n"
            "4/ Disclosure: our $400M fund holds two GPU-cloud names; one has a $95 PT from the sell side.\n"
            "5/ If this was useful, follow me (11k followers and counting)."
        ),
        obs=[
            ("Total", 2024, 18.5, "USD billion", "actual"),
            ("Total", 2025, 24.1, "USD billion", "estimate"),
            ("Total", 2028, 61, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 30.0, "percent", 2024, 2025, 1.0),
            ("cagr", 35.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 24.1/18.5-1 = 30.27% -> 30
            ("cagr|implied", "exact"),  # (61/18.5)**(1/4)-1 = 34.75% -> 35
        ],
    ),
    # 24. a Slack "FYI" forwarding a report: $14.6bn (2023) -> $17.2bn (2024), "up 18% YoY", $31bn by 2028; a
    #    quarter's figure and the team's own pipeline are distractors
    dict(
        text=(
            "#market-intel, Tue 11 Feb 2025\n"
            "FYI: Fernhollow Insights says global observability software spend was $14.6bn in 2023 and $17.2bn in "
            "2024, up 18% YoY. Q4 alone was $4.7bn. They expect $31bn by 2028 as log volumes keep exploding. "
            "For reference our own Q4 pipeline was $3.1M, so plenty of headroom 😅"
        ),
        obs=[
            ("Total", 2023, 14.6, "USD billion", "actual"),
            ("Total", 2024, 17.2, "USD billion", "actual"),
            ("Total", 2028, 31, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 17.2/14.6-1 = 17.81% -> 18
        ],
    ),
    # 25. analysts' meeting notes from an investor day: "TAM '24: ~$11bn; '29E: $34bn (+25% CAGR)" (inferred span);
    #    company revenue, margin in bps, headcount and price target are distractors
    dict(
        text=(
            "Notes: Fairhaven Robotics investor day, 18 Feb 2025\n"
            "- RaaS TAM '24: ~$11bn; '29E: $34bn (+25% CAGR)\n"
            "- FY24 rev $612M, +31% y/y; GM 38%, +220bps\n"
            "- ~4,300 employees, 14 countries\n"
            "- Our PT $142, 18% upside; stay Overweight"
        ),
        obs=[
            ("Total", 2024, 11, "USD billion", "actual"),
            ("Total", 2029, 34, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 25.0, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (34/11)**(1/5)-1 = 25.32% -> 25
        ],
    ),
    # 26. a markdown document with headings and bold euro figures: €1.24bn (2024) -> €2.9bn (2030), "2024–2030
    #    CAGR of 15.5%" which only rounding reaches; percentage points and the survey answer are distractors
    dict(
        text=(
            "## Market size\n"
            "The European market for heat-pump controls software reached **€1.24bn** in 2024, according to "
            "Feltmoor Analytics, and is forecast to hit **€2.9bn** in 2030, a 2024–2030 CAGR of **15.5%**.\n"
            "## Why now\n"
            "Installer adoption rose 6 percentage points last year, and 58% of utilities we surveyed said they "
            "plan to buy flexibility data from controls vendors."
        ),
        obs=[
            ("Total", 2024, 1.24, "EUR billion", "actual"),
            ("Total", 2030, 2.9, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            # (2.9/1.24)**(1/6)-1 = 15.21% -> 15.2, not 15.5;
            # bounds: (2.85/1.245)**(1/6)-1 = 14.80%, (2.95/1.235)**(1/6)-1 = 15.62% -> 15.5 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. a newsletter paragraph in "mn": $2,450mn total (2024) vs $1,980mn (2023), "+24%"; maritime tracking
    #    $610mn "25% of the pie" (part and whole printed -> arithmetic); percentage points nowhere
    dict(
        text=(
            "Satellite IoT had a quietly big year. Of the $2,450mn spent on satellite IoT connectivity worldwide "
            "in 2024 (vs $1,980mn in 2023, +24%), maritime tracking took $610mn, or 25% of the pie, up 3 "
            "percentage points. That's the read from Fenwick Orbital's annual tracker, which now covers 212 "
            "operators."
        ),
        obs=[
            ("Total", 2024, 2450, "USD million", "actual"),
            ("Total", 2023, 1980, "USD million", "actual"),
            ("Maritime tracking", 2024, 610, "USD million", "actual"),
        ],
        claims=[
            ("growth", 24.0, "percent", 2023, 2024, 1.0),
            ("share", 25.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2450/1980-1 = 23.74% -> 24
            ("arithmetic", "exact"),  # 610/2450 = 24.90% -> 25
        ],
    ),
    # 28. a Telegram-channel post in yen with fiscal years: ¥148 billion (FY2024) -> ¥312 billion (FY2029) with a
    #    printed "18% CAGR over FY2024-FY2029" that its own amounts contradict
    dict(
        text=(
            "📌 Japan digital-twin watch: the factory digital-twin market came to ¥148 billion in FY2024 and "
            "should reach ¥312 billion in FY2029, says Fujikawa-Mori Research, an 18% CAGR over FY2024-FY2029. "
            "Channel members: 6,900. Next post Friday."
        ),
        obs=[
            ("Total", 2024, 148, "JPY billion", "actual"),
            ("Total", 2029, 312, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (312/148)**(1/5)-1 = 16.09%;
            # bounds: (311.5/148.5)**(1/5)-1 = 15.97%, (312.5/147.5)**(1/5)-1 = 16.20% -> 18 not reachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. a WhatsApp forward in Hong Kong dollars: HK$905 million last year vs HK$730 million in 2023 (+24%),
    #    "~HK$1.1 billion" this year converted to the series' HKD million; staff count and points nowhere
    dict(
        text=(
            "[Fwd, 22 Apr 2025] From Fenby & Lau: HK smart-parking tech market was HK$905 million last year vs "
            "HK$730 million in 2023 (+24%). This year they see ~HK$1.1 billion as the Transport Department "
            "rolls out more sensor bays. Penetration still low, up 2.5 percentage points. They're a 38-person "
            "shop, but their numbers usually hold up."
        ),
        obs=[
            ("Total", 2024, 905, "HKD million", "actual"),
            ("Total", 2023, 730, "HKD million", "actual"),
            ("Total", 2025, 1100, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", 24.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 905/730-1 = 23.97% -> 24
        ],
    ),
    # 30. a LinkedIn post with a range and a multiple: $1.7B in 2024, "$9B to $11B" in 2030 (two value claims,
    #     no observation), "more than fivefold" (x5 over 6 years, no verdict); survey answer, followers and the
    #     vague "multibillion-dollar opportunity" nowhere
    dict(
        text=(
            "Digital twins for commercial buildings: $1.7B in 2024 according to Fairlight Data. By 2030? "
            "Anywhere from $9B to $11B, more than fivefold 🏢📈. In their survey 62% of facility managers "
            "plan a pilot within 12 months. A multibillion-dollar opportunity hiding in the boiler room. "
            "(Posted 9 Jun 2025 · 9,800 followers)"
        ),
        obs=[
            ("Total", 2024, 1.7, "USD billion", "actual"),
        ],
        claims=[
            ("value", 9, "USD billion", 2030, 2030, None),
            ("value", 11, "USD billion", 2030, 2030, None),
            ("multiple", 5.0, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[],
    ),
    # 31. a 公众号 【数据】 post (Simplified): 61.2亿元 (2023), 86.5亿元 (2024) 同比+41%, 2027年突破300亿元,
    #     CAGR约51% (span only from amounts -> inferred); read counts, likes and a fund's size nowhere
    dict(
        text=(
            "【数据】具身智能赛道再升温（2025年2月16日）\n"
            "👉 据飞鸿研究院统计，2024年中国具身智能市场规模达到86.5亿元，同比+41%（2023年为61.2亿元）。\n"
            "👉 预计2027年突破300亿元，CAGR约51%。\n"
            "👉 某产业基金规模50亿元，已投12家企业。\n"
            "阅读10万+ · 点赞2.3k"
        ),
        obs=[
            ("Total", 2024, 86.5, "CNY 100 million", "actual"),
            ("Total", 2023, 61.2, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.0, "percent", 2023, 2024, 1.0),
            ("cagr", 51.0, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 86.5/61.2-1 = 41.34% -> 41
            ("cagr|period", "exact"),  # (300/86.5)**(1/3)-1 = 51.37% -> 51
        ],
    ),
    # 32. a 小红书-style post (Simplified): 2023年仅11.2亿元, 2024年约22亿元, 2025年有望达到45亿元, 较2023年增长3倍
    #     (x4 over 2 years, mended: between printed amounts, N + 1; no verdict); 千亿级, 渗透率, a survey's 67% and the
    #     follower count nowhere
    dict(
        text=(
            "📌 AI眼镜到底有多火？（2025.03.18）\n"
            "2023年国内AI眼镜市场规模仅11.2亿元，2024年约22亿元，2025年有望达到45亿元，较2023年增长3倍！"
            "有人说这是下一个千亿级赛道，但目前渗透率还不到2%。我们问了1,200位用户，67%愿意为翻译功能买单。"
            "关注我（3.6万粉丝），下期聊供应链～"
        ),
        obs=[
            ("Total", 2023, 11.2, "CNY 100 million", "actual"),
            ("Total", 2024, 22, "CNY 100 million", "actual"),
            ("Total", 2025, 45, "CNY 100 million", "estimate"),
        ],
        claims=[
            # 增长3倍 between two printed amounts is 4 times the base (45 / 11.2 = 4.02), as set 17 reads it
            ("multiple", 4.0, "multiple", 2023, 2025, 2.0),
        ],
        verdicts=[],
    ),
    # 33. a Traditional-Chinese Facebook post on Taiwan lidar modules in 新台幣億元: 約182億元 (2024) vs 147億元
    #     (2023), 年增率23.5% which only rounding reaches; 2026 預估 300億元; headcount and 滲透率 nowhere
    dict(
        text=(
            "【產業速報】2025/01/20\n"
            "根據風禾研究最新統計，台灣車用光達模組市場2024年產值約新台幣182億元，2023年為新台幣147億元，"
            "年增率23.5%。該機構預估2026年將達新台幣300億元。目前國內前裝滲透率僅約4%，"
            "相關供應鏈員工合計約3,500人。"
        ),
        obs=[
            ("Total", 2024, 182, "TWD 100 million", "actual"),
            ("Total", 2023, 147, "TWD 100 million", "actual"),
            ("Total", 2026, 300, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 182/147-1 = 23.81% -> 23.8, not 23.5;
            # bounds: 181.5/147.5-1 = 23.05%, 182.5/146.5-1 = 24.57% -> 23.5 reachable
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. a Traditional-Chinese (Hong Kong) newsletter item in 億港元: 38.6億港元 (2024) -> 72億港元 (2028),
    #     年複合增長率約17% (inferred); a quarter's figure and the count of licensed firms nowhere
    dict(
        text=(
            "楓嶺顧問周報（2025年5月6日）：香港監管科技市場規模2024年為38.6億港元，預估2028年達72億港元，"
            "年複合增長率約17%。今年第一季已錄得9.8億港元的採購。全港約有1,100家持牌機構需要升級合規系統。"
        ),
        obs=[
            ("Total", 2024, 38.6, "HKD 100 million", "actual"),
            ("Total", 2028, 72, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 17.0, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (72/38.6)**(1/4)-1 = 16.87% -> 17
        ],
    ),
    # 35. a WeChat forward (Simplified): 3,860亿元 (2024), 同比增长42% from 2,720亿元, 2027年1.2万亿元 (converted
    #     to 12000 亿元) with a printed 2024—2027年复合增长率约52% its own amounts contradict; a company's
    #     revenue growth, 个百分点 and 千亿级 nowhere
    dict(
        text=(
            "【转发】峰桥咨询3月报告要点：2024年中国智能算力服务市场规模为3,860亿元，同比增长42%"
            "（2023年为2,720亿元）；预计2027年将达到1.2万亿元，2024—2027年复合增长率约52%。"
            "头部厂商峰岚科技2024年营收同比增长27%，云端租赁占比提升5个百分点，又一个千亿级机会。"
        ),
        obs=[
            ("Total", 2024, 3860, "CNY 100 million", "actual"),
            ("Total", 2023, 2720, "CNY 100 million", "actual"),
            ("Total", 2027, 12000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 42.0, "percent", 2023, 2024, 1.0),
            ("cagr", 52.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3860/2720-1 = 41.91% -> 42
            # (12000/3860)**(1/3)-1 = 45.95%;
            # bounds: (11500/3860.5)**(1/3)-1 = 43.89%, (12500/3859.5)**(1/3)-1 = 47.95% -> 52 not reachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 36. a Traditional-Chinese (Taiwan) post with a share whose part and whole are printed: 新台幣1,260億元 total,
    #     AI伺服器電源 478億元, 占比約38% (arithmetic), 2025 預估 1,580億元 年增25.4%; price target and margin nowhere
    dict(
        text=(
            "2025/04/07 法說會筆記分享👇\n"
            "2024年台灣資料中心電源供應市場規模為新台幣1,260億元，其中AI伺服器電源為新台幣478億元，占比約38%。"
            "預估2025年市場將成長至新台幣1,580億元，年增25.4%。某電源大廠毛利率32%，外資目標價新台幣520元。"
        ),
        obs=[
            ("Total", 2024, 1260, "TWD 100 million", "actual"),
            ("AI伺服器電源", 2024, 478, "TWD 100 million", "actual"),
            ("Total", 2025, 1580, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("share", 38.0, "percent", 2024, 2024, None),
            ("growth", 25.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 478/1260 = 37.94% -> 38
            ("cagr|implied", "exact"),  # 1580/1260-1 = 25.397% -> 25.4
        ],
    ),
    # 37. a markdown pipe table (English) of private-5G segments in $bn with a Total row that its rows add to
    #     exactly; the table number and the count of deployments nowhere
    dict(
        text=(
            "**Table 3: Enterprise private 5G spend by segment, 2024** (source: Fiskedal Group, Jan 2025)\n"
            "\n"
            "| Segment | 2024 ($bn) |\n"
            "|---|---|\n"
            "| RAN | 2.14 |\n"
            "| Core | 0.87 |\n"
            "| Devices & modules | 1.46 |\n"
            "| Services | 1.08 |\n"
            "| Total | **5.55** |\n"
            "\n"
            "Fiskedal counted 1,920 live deployments."
        ),
        obs=[
            ("RAN", 2024, 2.14, "USD billion", "actual"),
            ("Core", 2024, 0.87, "USD billion", "actual"),
            ("Devices & modules", 2024, 1.46, "USD billion", "actual"),
            ("Services", 2024, 1.08, "USD billion", "actual"),
            ("Total", 2024, 5.55, "USD billion", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2.14 + 0.87 + 1.46 + 1.08 = 5.55
        ],
    ),
    # 38. a vertical space-aligned table (rows are years) with a lone column headed by its unit only -> Total,
    #     2025E/2028E estimates, and prose "39% y/y" in 2024 and a "2024-2028 CAGR of 37%"
    dict(
        text=(
            "Shared in #drones, 20 Feb 2025. Drone delivery services, global (Fenwright Research):\n"
            "\n"
            "Year     USD mn\n"
            "2022       410\n"
            "2023       590\n"
            "2024       820\n"
            "2025E    1,130\n"
            "2028E    2,900\n"
            "\n"
            "2024 grew 39% y/y; Fenwright's 2024-2028 CAGR is 37%."
        ),
        obs=[
            ("Total", 2022, 410, "USD million", "actual"),
            ("Total", 2023, 590, "USD million", "actual"),
            ("Total", 2024, 820, "USD million", "actual"),
            ("Total", 2025, 1130, "USD million", "estimate"),
            ("Total", 2028, 2900, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 39.0, "percent", 2023, 2024, 1.0),
            ("cagr", 37.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 820/590-1 = 38.98% -> 39
            ("cagr|implied", "exact"),  # (2900/820)**(1/4)-1 = 37.13% -> 37
        ],
    ),
    # 39. a Chinese markdown pipe table of AI-chip segments in 亿元 whose rows add to 1,217 against a printed 合计
    #     of 1,218 (hierarchy within rounding); table number, follower count nowhere
    dict(
        text=(
            "表2：2024年中国AI芯片市场结构（单位：亿元）\n"
            "\n"
            "| 细分领域 | 2024年 |\n"
            "|---|---|\n"
            "| 云端训练芯片 | 412 |\n"
            "| 云端推理芯片 | 538 |\n"
            "| 边缘及终端芯片 | 267 |\n"
            "| 合计 | 1,218 |\n"
            "\n"
            "来源：峰桥咨询；整理：@芯片观察（粉丝8.7万）"
        ),
        obs=[
            ("云端训练芯片", 2024, 412, "CNY 100 million", "actual"),
            ("云端推理芯片", 2024, 538, "CNY 100 million", "actual"),
            ("边缘及终端芯片", 2024, 267, "CNY 100 million", "actual"),
            ("合计", 2024, 1218, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[
            # 412 + 538 + 267 = 1217, not 1218;
            # bounds: 411.5 + 537.5 + 266.5 = 1215.5 .. 412.5 + 538.5 + 267.5 = 1218.5 -> 1218 reachable
            ("hierarchy", "rounding"),
        ],
    ),
    # 40. a space-aligned comparison table of three cloud-security markets (each its own item) in $bn with a YoY
    #     column; DSPM's "+61%" is contradicted by its own amounts; the firm's own CNAPP revenue nowhere
    dict(
        text=(
            "Cloud security sub-markets, $bn (Fernhollow Insights, via our weekly digest, 7 Mar 2025)\n"
            "\n"
            "Market    2023    2024    YoY\n"
            "CNAPP     4.10    5.32    +30%\n"
            "SASE      7.85    9.60    +22%\n"
            "DSPM      0.62    0.95    +61%\n"
            "\n"
            "Our own CNAPP revenue was $212M last year."
        ),
        obs=[
            ("CNAPP", 2023, 4.10, "USD billion", "actual"),
            ("CNAPP", 2024, 5.32, "USD billion", "actual"),
            ("SASE", 2023, 7.85, "USD billion", "actual"),
            ("SASE", 2024, 9.60, "USD billion", "actual"),
            ("DSPM", 2023, 0.62, "USD billion", "actual"),
            ("DSPM", 2024, 0.95, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 30.0, "percent", 2023, 2024, 1.0),
            ("growth", 22.0, "percent", 2023, 2024, 1.0),
            ("growth", 61.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5.32/4.10-1 = 29.76% -> 30
            ("cagr|implied", "exact"),  # 9.60/7.85-1 = 22.29% -> 22
            # 20.95/0.62-1 = 53.23%; bounds: 0.945/0.625-1 = 51.2%, 0.955/0.615-1 = 55.28% -> 61 not reachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "eighty-third check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 9, 'exact': 65}
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 18, 13, 9)
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'increased from RMB12.4 billion in 2019 to RMB38.6 billion in 2023, representing a CAGR of 32.8%',
    'representing a CAGR of 25.8% from 2023 to 2028',
    'of which hybrid cloud accounted for RMB13.9 billion, or 30.1% of the total',
    'by GMV',
    'a compound annual growth rate of 27.5% over the period',
    'between US$28 billion and US$35 billion in 2035',
    'HK$2.13 billion',
    'up 17.9% from ¥125.7 billion in fiscal 2023',
    '复合年增长率为21.3%，预计将于2028年进一步增至512.7亿元',
    '突破2.1万亿元',
    '複合年增長率為17.1%',
    '新台幣1.52兆元',
    '约为58.3亿元',
    '较2019年仍增长1.5倍',
    '| CAGR 2019-2023 | CAGR 2023-2028E |',
    'Year\tUS$ million\tYoY growth',
    '单位：人民币亿元',
    '| 年度 | 新台幣億元 | 年增率 |',
    '% of total',
    '**By the numbers**',
    '**$6.8B**',
    '$1.3B (2024) → $7.9B (2031) 🚀, ~30% CAGR',
    '1/ The AI inference-serving market',
    '+30% y/y',
    "'24-'28 CAGR of ~35%",
    'FYI: Fernhollow Insights says',
    'up 18% YoY',
    "RaaS TAM '24: ~$11bn; '29E: $34bn (+25% CAGR)",
    '## Market size',
    '$2,450mn',
    '¥148 billion in FY2024',
    'HK$905 million last year',
    'Anywhere from $9B to $11B, more than fivefold',
    '同比+41%',
    'CAGR约51%',
    '较2023年增长3倍',
    '新台幣182億元',
    '1.2万亿元',
    '| 合计 | 1,218 |',
)
#: the set's blind score (written without reading or running the extractor, and kept unread): 137 figures, 58 rates, 74
#: verdicts and 6 false inconsistent on the code before the readings chosen on the eighty-second set; 142, 64, 76 and 6
#: after them; 65 rates with a multiple's expectation mended to the conventions (增长N倍 between printed amounts is
#: N + 1 times, as the set checks found)
FLOORS = {"figures_found": 145, "rates_found": 65, "verdicts_right": 78}
#: the false inconsistent verdicts the set may draw; at most this (held out: left as found)
FALSE_INCONSISTENT = 3


if __name__ == "__main__":  # python tests/extract_checkset83.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
