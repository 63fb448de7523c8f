"""A hundred-and-sixty-sixth check set for the extractor, written blind: AI in accounting, audit and tax: AI bookkeeping
and invoice processing, AI audit analytics and continuous auditing, AI tax preparation and compliance software, AI in
payroll and expense management, AI for financial close and reconciliation, sized in money by fintech and
accounting-software analysts, accountancy bodies and institutes, the large audit networks' surveys, software vendors'
investor days, consultancies, brokers, tax authorities and e-invoicing programmes, Indian, Singaporean, German,
Brazilian and Chinese research houses. Distractors a careful reader leaves out: the number of accountants or audit
firms, invoices processed, tax revenue collected, a software vendor's own revenue or ARR, subscriber counts, a
quarter's figures, the whole accounting-software market beside the AI part.

Snippets 1-20: AI in accounting, audit and tax: eight English prose pieces (a Business Wire-style release on AI
invoice processing and accounts-payable automation, a Mumbai broker's sector note on GST compliance and e-invoicing
software in fiscal years with a rupee aside, a news article on AI audit analytics quoting two publishers, a
financial-close vendor's investor day sizing its TAM, a Singapore research house on payroll and expense software with
an inconsistent rate and an S$ aside, a Frankfurt research house on DACH tax software with a corrected prior-year
figure, a Sao Paulo research house on Brazilian tax-compliance AI with a 2029 range and a reais aside, an accountancy
institute's yearbook with a part's share and a fourfold multiple); seven Chinese prose pieces (a municipal 数字财税 plan
with targets and 翻番, a broker note on 财务机器人 with 增长2倍, in Traditional Chinese a Taipei CNA wire in 新台幣億元, a Hong Kong
paper in 億港元 with a later HK$ million figure and 逾2.5倍, a Taiwan news piece quoting two research houses, then a
Simplified year-end review with an inconsistent rate and a news item with a second market named beside the first); and
five tables (a markdown broker exhibit with E/F columns and a total row off by rounding, a space-aligned DACH table
with e columns and a "DACH total" row, a tab-separated Indian table with years as rows and a YoY column holding one
rounding and one inconsistent rate, a Simplified Chinese table with 单位：亿元 and 合计, and a Traditional Chinese
years-as-rows table in 百萬港元 whose 2022 合計 contradicts its parts). Distractors: datelines, report titles, section,
table and exhibit numbers, document numbers, counts of accountants, tax advisers, audit firms, members, taxpayers and
companies, invoices issued, tax revenue collected, a vendor's own revenue, ARR, margin target and price target, survey
answers, a penetration, a quarter's figures, the whole tax/accounting/ERP software markets beside the AI part, rupee,
Singapore-dollar and real amounts, a second publisher's figure, a superseded figure, shares in words.

Snippets 21-40: AI in accounting, audit and tax (AI bookkeeping and invoice processing, AI audit analytics and
continuous auditing, AI tax preparation and compliance, AI payroll and expense management, AI for the financial close
and reconciliation). Eight English prose pieces (an earnings-call transcript sizing a TAM, a research abstract with a
forecast range, a LinkedIn post on India with rupee figures, a tax-professionals' forum answer, investor-day slide
bullets, a corrected German news page, a UK official-statistics release with a rate its amounts contradict, a
Brazilian annual report with real-denominated distractors), seven Chinese prose pieces (a Simplified research-house
release with a sub-segment share, a provincial action plan with a 增长N倍 target, a broker note with a second market and
a price target, Taiwanese MIC news in 新台幣億元, a Hong Kong survey story in 億港元, Taiwanese news on Japan's market in 億日圓,
a Zhihu answer quoting two publishers and an inconsistent CAGR) and five tables (a markdown segment table with E
column and a total that only rounding reaches, a tab-separated table with years as rows and a YoY column, a Simplified
Chinese space-aligned table with shares, an Indian space-aligned table with a CAGR column, and a markdown country
table whose regional total row comes first). Distractors throughout: vendors' own revenue, ARR, quarterly revenue,
customer and invoice counts, numbers of accountants, tax advisers and firms, survey percentages, penetration rates,
price targets and upside, margins, share targets, tax receipts, figures in rupees and reais, report/table/volume
numbers, title years, a second publisher's figure and a superseded figure.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Business Wire-style release on AI invoice processing / AP automation; later figure in USD billion too.
    # Nowhere: the report title years 2025-2030, 1,150 executives, 4.1 billion invoices, the $3,800 report price.
    dict(
        text=(
            "NEW YORK, Feb. 18, 2025 /BusinessWire/ -- Spending on AI-driven invoice processing and accounts-payable "
            "automation worldwide reached $2.84 billion in 2024, a 24% increase over the $2.29 billion recorded in "
            "2023, according to a study released today by Ledgerline Analytics. The firm, which polled 1,150 finance "
            "executives whose companies handled some 4.1 billion supplier invoices last year, projects the market at "
            "$9.6 billion in 2030 -- a compound annual growth rate of 22.5% for 2024 to 2030. \"Touchless invoice "
            "processing has become the default ask in every AP tender,\" said Ledgerline partner Miriam Okafor. The "
            "report, AI in Accounts Payable 2025-2030, is available for $3,800."
        ),
        obs=[
            ("Total", 2023, 2.29, "USD billion", "actual"),
            ("Total", 2024, 2.84, "USD billion", "actual"),
            ("Total", 2030, 9.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 22.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.84 / 2.29 - 1 = 24.02% -> 24
            ("cagr|implied", "exact"),  # (9.6 / 2.84) ** (1/6) - 1 = 22.51% -> 22.5
        ],
    ),
    # 2. Mumbai broker sector note, fiscal years (FY2024 -> 2024); "about US$1.1 billion" in the series' USD million;
    # "roughly 3.5 times" a multiple over five years. Nowhere: the April 2023-March 2024 bracket, 1.47 crore taxpayers,
    # Rs 2,580 crore (currency not held), the target price and its 32% upside, the company's revenue and its 27%.
    dict(
        text=(
            "Mumbai, 7 May 2025 | Sector update: Tax technology. India's market for AI-enabled GST compliance, "
            "e-invoicing and return-filing software stood at US$310 million in FY2024 (April 2023-March 2024), up "
            "from US$248 million in FY2023, by our estimates. We expect a 29% CAGR over FY24-FY29, taking the market "
            "to about US$1.1 billion, or roughly 3.5 times its FY2024 size, as the e-invoicing threshold keeps falling "
            "and the GST network's 1.47 crore registered taxpayers move to automated input-credit reconciliation. In "
            "rupee terms the market was worth roughly Rs 2,580 crore in FY2024. We reiterate BUY on Kharaj Software "
            "with a target price of Rs 1,240 (32% upside); the company's FY2025 revenue grew 27% to Rs 612 crore."
        ),
        obs=[
            ("Total", 2023, 248, "USD million", "actual"),
            ("Total", 2024, 310, "USD million", "actual"),
            ("Total", 2029, 1100, "USD million", "estimate"),  # "about US$1.1 billion" in the series' unit
        ],
        claims=[
            ("cagr", 29, "percent", 2024, 2029, None, "stated"),
            ("multiple", 3.5, "multiple", 2024, 2029, 5.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1100 / 310) ** (1/5) - 1 = 28.83% -> 29
        ],
    ),
    # 3. News article on AI audit analytics quoting two publishers: Thamesbridge (base, target, rate) is the figure;
    # Corvel's $2.1 billion for 2024 is expected nowhere. Nowhere: 1.5 million people, 38,000 engagements.
    dict(
        text=(
            "LONDON, 3 June 2025 -- Audit firms have spent the past two years wiring machine learning into "
            "journal-entry testing and anomaly detection, and the market for such tools is expanding quickly. "
            "Thamesbridge Research puts global spending on AI audit analytics and continuous-auditing software at "
            "$1.62 billion in 2024 and forecasts $5.8 billion by 2031, implying a compound annual growth rate of 20.1% "
            "between 2024 and 2031. A rival estimate from Corvel Insights, which also counts general-purpose "
            "data-analytics licences sold to internal-audit teams, puts the 2024 market at $2.1 billion. The four "
            "largest networks employ more than 1.5 million people between them, and one said it had run AI-based "
            "full-population testing on 38,000 engagements last year."
        ),
        obs=[
            ("Total", 2024, 1.62, "USD billion", "actual"),
            ("Total", 2031, 5.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.1, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (5.8 / 1.62) ** (1/7) - 1 = 19.99% -> 20.0, not 20.1;
                                           # bounds (5.75/1.625)**(1/7)-1 = 19.78% .. (5.85/1.615)**(1/7)-1 = 20.19%: 20.1 reached
        ],
    ),
    # 4. Investor day (dateline 12 Nov 2024): the TAM the company sizes is the market; "this year" an estimate; a CAGR
    # whose span only its amounts' years give. Nowhere: $640 million ARR, the third quarter, 4,300 customers, the 7%
    # penetration, the 25% margin target and fiscal 2027.
    dict(
        text=(
            "Closewise Technologies, 2024 Investor Day (New York, 12 November 2024), edited transcript. Chief strategy "
            "officer: \"We size the total addressable market for AI-driven financial close, account reconciliation and "
            "intercompany matching at $9.6 billion this year, and we think it gets to $17.5 billion by 2028 -- call it "
            "16% compounded. Our own ARR crossed $640 million in the third quarter across 4,300 customers, so we are "
            "still below 7% penetration of that TAM. And we are reiterating our target of a 25% free-cash-flow margin "
            "by fiscal 2027.\""
        ),
        obs=[
            ("Total", 2024, 9.6, "USD billion", "estimate"),   # "this year": the year is not over
            ("Total", 2028, 17.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (17.5 / 9.6) ** (1/4) - 1 = 16.20% -> 16
        ],
    ),
    # 5. Singapore research house: the printed 31% contradicts the two amounts (perhaps a rebased 2023 scope or a
    # typo); a part with its share. Nowhere: S$163 million (currency not held), 2,800 firms, 62% (survey answer),
    # the fourth-quarter US$126 million.
    dict(
        text=(
            "SINGAPORE, 21 January 2025 -- Southeast Asian companies spent US$418 million on AI-powered expense "
            "management and payroll software in 2024, up 31% from US$332 million in 2023, Merlion Fintech Research "
            "said in its annual regional review. Singapore was the largest single market at US$121 million, or 29% of "
            "the regional total (about S$163 million). Of the 2,800 small and mid-sized businesses the firm surveyed, "
            "62% said they had automated receipt matching. Fourth-quarter contract signings across the region came "
            "to US$126 million."
        ),
        obs=[
            ("Total", 2023, 332, "USD million", "actual"),
            ("Total", 2024, 418, "USD million", "actual"),
            ("Singapore", 2024, 121, "USD million", "actual"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("share", 29, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 418 / 332 - 1 = 25.90% -> 26, not 31;
                                               # bounds 417.5/332.5-1 = 25.56% .. 418.5/331.5-1 = 26.24%: 31 not reached
            ("arithmetic", "exact"),           # 121 / 418 = 28.95% -> 29
        ],
    ),
    # 6. Frankfurt research house on DACH tax software: the corrected 2023 figure (EUR 402 million) is the figure, the
    # superseded EUR 385 million nowhere; EUR 1.05 billion in the series' EUR million. Nowhere: the EUR 4.3 billion
    # whole tax and accounting software market, 100,000 tax advisers, Taxora's own revenue.
    dict(
        text=(
            "Frankfurt am Main, 14 March 2025. Rheinwert Research: the market for AI-assisted tax preparation and "
            "tax-compliance software in Germany, Austria and Switzerland grew 20.9% in 2024 to EUR 486 million. "
            "(Correction: our 2023 figure now stands at EUR 402 million, not the EUR 385 million published last "
            "year, which left out Swiss e-filing modules.) We expect the DACH market to reach EUR 1.05 billion in "
            "2028, a CAGR of 21.2% (2024-2028). For comparison, the region's tax and accounting software market as a "
            "whole is worth roughly EUR 4.3 billion; Germany alone counts some 100,000 Steuerberater, and listed "
            "vendor Taxora SE lifted its revenue to EUR 212 million last year."
        ),
        obs=[
            ("Total", 2023, 402, "EUR million", "actual"),
            ("Total", 2024, 486, "EUR million", "actual"),
            ("Total", 2028, 1050, "EUR million", "estimate"),  # EUR 1.05 billion in the series' unit
        ],
        claims=[
            ("growth", 20.9, "percent", 2023, 2024, 1.0),
            ("cagr", 21.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 486 / 402 - 1 = 20.90% -> 20.9
            ("cagr|implied", "exact"),  # (1050 / 486) ** (1/4) - 1 = 21.24% -> 21.2
        ],
    ),
    # 7. Sao Paulo research house: "last year" = 2024 actual, "this year" = 2025 estimate; "some" and "about" at their
    # printed figures; a 2029 range (two value claims). Nowhere: the 2026-2033 reform years, R$1.5 billion (currency
    # not held), 3.2 billion NF-e documents, 22 million companies.
    dict(
        text=(
            "SAO PAULO, March 10, 2025 -- Brazilian companies spent some US$265 million last year on AI tools for tax "
            "compliance -- software that reads NF-e electronic invoices, classifies ICMS and PIS/Cofins credits and "
            "flags filing errors before they reach the Receita Federal -- and that should climb about 25% to US$330 "
            "million this year, Paulista Insights said. The firm sees the market at between US$700 million and "
            "US$820 million by 2029, helped by the 2026-2033 consumption-tax reform. In local currency, 2024 spending "
            "came to about R$1.5 billion. Brazil's tax authority processed some 3.2 billion NF-e documents in 2024, "
            "and the country has more than 22 million active companies."
        ),
        obs=[
            ("Total", 2024, 265, "USD million", "actual"),
            ("Total", 2025, 330, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
            ("value", 700, "USD million", 2029, 2029, None),
            ("value", 820, "USD million", 2029, 2029, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 330 / 265 - 1 = 24.53% -> 25
        ],
    ),
    # 8. Accountancy institute yearbook: a part (AI audit tools) with its share; "more than fourfold since 2020" x4
    # over four years. Nowhere: section 4.3, the yearbook's title year, 157,000 members, 4,700 audit firms, the
    # first-quarter GBP 182 million, 44% (survey answer).
    dict(
        text=(
            "From the Institute of Chartered Practitioners' Technology in the Profession Yearbook 2025 (section 4.3): "
            "UK spending on AI tools for bookkeeping, audit and practice management reached £640 million in 2024, up "
            "18.3% on 2023's £541 million and more than fourfold since 2020, the first year the Institute tracked the "
            "category (£148 million). AI audit tools accounted for £176 million, or 27.5% of the total. The "
            "Institute's 157,000 members work across some 4,700 registered audit firms; in the first quarter of 2025 "
            "alone, firms spent £182 million. In the Institute's member survey, 44% of practices said they used "
            "generative AI every week."
        ),
        obs=[
            ("Total", 2020, 148, "GBP million", "actual"),
            ("Total", 2023, 541, "GBP million", "actual"),
            ("Total", 2024, 640, "GBP million", "actual"),
            ("AI audit tools", 2024, 176, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 18.3, "percent", 2023, 2024, 1.0),
            ("multiple", 4.0, "multiple", 2020, 2024, 4.0),
            ("share", 27.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 640 / 541 - 1 = 18.30% -> 18.3
            ("arithmetic", "exact"),    # 176 / 640 = 27.50% -> 27.5
        ],
    ),
    # 9. Municipal plan (Simplified): a target (力争) an estimate, its base actual; 实现翻番 a x2 multiple over three
    # years; 年均增长28%左右 with its span only from the amounts' years (inferred). Nowhere: the plan's title years, the
    # document number, 50 firms, 20亿张 invoices, 2860亿元 tax revenue collected.
    dict(
        text=(
            "（2025年2月26日）市财政局、市税务局等六部门近日联合印发《深江市数字财税产业发展三年行动计划（2025—2027年）》"
            "（深财发〔2025〕8号）。计划提出，到2027年，全市智能记账、智能报税、电子发票增值服务等数字财税服务市场规模"
            "力争达到300亿元，较2024年的142亿元实现翻番，年均增长28%左右；培育50家以上数字财税服务骨干企业，数电发票"
            "年开票量突破20亿张。2024年，全市税务部门共组织税费收入2860亿元。"
        ),
        obs=[
            ("Total", 2024, 142, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2024, 2027, 3.0),
            ("cagr", 28, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (300 / 142) ** (1/3) - 1 = 28.32% -> 28
        ],
    ),
    # 10. Broker deep-dive (Simplified) on finance robots: 较2021年增长2倍 keeps x2; a year-on-year rate with no 2023
    # amount (no verdict); a stated CAGR reached only by rounding. Nowhere: the report date, company A's 9.8亿元
    # revenue, 目标价46.5元.
    dict(
        text=(
            "【东岳证券｜计算机行业深度报告｜2025年3月31日】财务机器人：从流程自动化走向智能决策。我们测算，2024年我国"
            "智能财务机器人（RPA+大模型）市场规模为68.5亿元，同比增长41%，较2021年增长2倍；预计2027年有望达到165亿元，"
            "2024—2027年复合增速34.2%，其中费用报销与发票核验场景占比最高。重点公司A 2024年实现营业收入9.8亿元，"
            "给予目标价46.5元，维持“买入”评级。"
        ),
        obs=[
            ("Total", 2024, 68.5, "CNY 100 million", "actual"),
            ("Total", 2027, 165, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41, "percent", 2023, 2024, 1.0),
            ("multiple", 2.0, "multiple", 2021, 2024, 3.0),
            ("cagr", 34.2, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (165 / 68.5) ** (1/3) - 1 = 34.05% -> 34.0, not 34.2;
                                           # bounds (164.5/68.55)**(1/3)-1 = 33.88% .. (165.5/68.45)**(1/3)-1 = 34.22%: 34.2 reached
        ],
    ),
    # 11. Taipei CNA wire (Traditional): 新台幣億元; 今年 an estimate; a part with its share. Nowhere: 約占三成 (a share
    # in words), 72億張 e-invoices, the 4,300億元 business-tax revenue.
    dict(
        text=(
            "（中央社記者張文馨台北2025年4月9日電）資策會產業情報研究所（MIC）今天指出，台灣AI記帳、發票辨識與電子發票"
            "加值服務市場，2024年規模達新台幣36.8億元，今年預估成長24%至45.6億元。其中AI發票辨識14.2億元，占38.6%；"
            "中小企業雲端記帳約占三成。財政部統計，去年全台開立電子發票逾72億張，營業稅稅收約新台幣4,300億元。"
        ),
        obs=[
            ("Total", 2024, 36.8, "TWD 100 million", "actual"),
            ("Total", 2025, 45.6, "TWD 100 million", "estimate"),
            ("AI發票辨識", 2024, 14.2, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2024, 2025, 1.0),
            ("share", 38.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 45.6 / 36.8 - 1 = 23.91% -> 24
            ("arithmetic", "exact"),    # 14.2 / 36.8 = 38.59% -> 38.6
        ],
    ),
    # 12. Hong Kong paper (Traditional): 去年/前年 against the dateline; a later HK$ million figure converted to the
    # series' 億港元; 逾2.5倍 a x2.5 multiple over four years; a year-on-year rate only rounding reaches.
    # Nowhere: 5,800 practising accountants, 280 firms, 約七成 (survey answer).
    dict(
        text=(
            "【本報訊】（2025年2月12日）香港會計科技協會昨日發表報告指，本港企業及會計師事務所去年（2024年）在AI審計、"
            "智能簿記及稅務合規工具上的開支達4.6億港元，較前年（2023年）的3.7億港元增長25%。報告引述顧問公司預測，"
            "有關開支到2028年可達HK$1,180 million，為2024年的逾2.5倍。本港現有執業會計師約5,800名；協會今次訪問了"
            "280間事務所，約七成表示已試用生成式AI。"
        ),
        obs=[
            ("Total", 2023, 3.7, "HKD 100 million", "actual"),
            ("Total", 2024, 4.6, "HKD 100 million", "actual"),
            ("Total", 2028, 11.8, "HKD 100 million", "estimate"),  # HK$1,180 million in the series' unit
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("multiple", 2.5, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 4.6 / 3.7 - 1 = 24.32% -> 24, not 25;
                                           # bounds 4.55/3.75-1 = 21.33% .. 4.65/3.65-1 = 27.40%: 25 reached
        ],
    ),
    # 13. Taiwan news (Traditional) quoting two research houses on AI audit software: ITRI's figure (base, target,
    # rate) is the snippet's; the foreign house's 11億元 for 去年 (2024) is nowhere. Nowhere: 1,800 listed firms,
    # 1.2萬人 staff.
    dict(
        text=(
            "〔記者李欣怡／台北報導〕（2025/06/05）金管會要求上市櫃公司強化內部控制，會計師事務所與企業內稽單位加速導入"
            "AI稽核分析工具。工研院產科國際所估計，台灣AI審計與持續性稽核軟體市場規模2024年為新台幣8.6億元，2029年可望"
            "達24億元，2024至2029年年複合成長率（CAGR）約22.8%；另一家外商研究機構則推估，去年市場規模已達11億元。目前"
            "全台上市櫃公司約1,800家，四大會計師事務所合計員工逾1.2萬人。"
        ),
        obs=[
            ("Total", 2024, 8.6, "TWD 100 million", "actual"),
            ("Total", 2029, 24, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24 / 8.6) ** (1/5) - 1 = 22.78% -> 22.8
        ],
    ),
    # 14. Year-end review (Simplified, Dec 2025): 今年 an estimate, 去年 actual; the printed 29% contradicts the two
    # amounts (a typo for 21%, or a rebased 2024 scope); 突破60亿元 at its printed figure. Nowhere: third-quarter
    # 9.4亿元, 460万户 enterprises.
    dict(
        text=(
            "2025年12月18日｜年终观察　据云岫咨询测算，今年国内企业在智能费控、差旅报销与电子发票自动核验SaaS上的投入"
            "预计为31.2亿元，同比增长29%，去年这一数字为25.8亿元。到2028年，该市场规模有望突破60亿元。第三季度，头部"
            "厂商新签合同额达9.4亿元；全国已有超过460万户企业接入数电发票服务平台。"
        ),
        obs=[
            ("Total", 2024, 25.8, "CNY 100 million", "actual"),
            ("Total", 2025, 31.2, "CNY 100 million", "estimate"),
            ("Total", 2028, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 31.2 / 25.8 - 1 = 20.93% -> 21, not 29;
                                               # bounds 31.15/25.85-1 = 20.50% .. 31.25/25.75-1 = 21.36%: 29 not reached
        ],
    ),
    # 15. News item (Simplified): a part (智能记账) with its share; a second market (智能审计软件) named beside the first,
    # an item of its own. Nowhere: 约占三成 (share in words), 13万家 bookkeeping agencies, 670万 accountants.
    dict(
        text=(
            "本报北京2025年5月22日电（记者周衡）中国会计科技研究院22日发布的报告显示，2024年我国智能财税SaaS市场规模"
            "达到186亿元，较2023年的150.6亿元增长23.5%。其中，智能记账规模72亿元，占比38.7%；智能报税与税务风控约占"
            "三成。报告同时显示，2024年智能审计软件市场规模为23亿元。目前全国代理记账机构超过13万家，会计人员约670万人。"
        ),
        obs=[
            ("Total", 2023, 150.6, "CNY 100 million", "actual"),
            ("Total", 2024, 186, "CNY 100 million", "actual"),
            ("智能记账", 2024, 72, "CNY 100 million", "actual"),
            ("智能审计软件", 2024, 23, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("share", 38.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186 / 150.6 - 1 = 23.51% -> 23.5
            ("arithmetic", "exact"),    # 72 / 186 = 38.71% -> 38.7
        ],
    ),
    # 16. Broker exhibit, markdown pipe table, E/F columns, a total row; the 2025E total is one hundredth above its
    # rows' sum (rounding); a CAGR in the note. Nowhere: Exhibit 7, the report date, the US$61bn ERP market.
    dict(
        text=(
            "Halvorsen Securities | Software & IT Services | 14 October 2025\n"
            "Exhibit 7: Global AI-in-accounting software spending by segment (US$ bn)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2026F | 2028F |\n"
            "|---|---:|---:|---:|---:|---:|\n"
            "| AI bookkeeping & invoice processing | 2.41 | 2.98 | 3.66 | 4.47 | 6.52 |\n"
            "| AI audit analytics | 1.22 | 1.58 | 2.01 | 2.52 | 3.86 |\n"
            "| AI tax preparation & compliance | 1.65 | 2.04 | 2.49 | 3.02 | 4.35 |\n"
            "| AI payroll & expense management | 0.93 | 1.16 | 1.43 | 1.76 | 2.58 |\n"
            "| AI financial close & reconciliation | 0.71 | 0.95 | 1.24 | 1.60 | 2.57 |\n"
            "| Total | 6.92 | 8.71 | 10.84 | 13.37 | 19.88 |\n"
            "\n"
            "Note: Totals may not add up because of rounding. 2024-2028F CAGR: 22.9%. Excludes general-ledger and ERP "
            "licences (a US$61bn market in 2024). Source: vendor filings, Halvorsen estimates."
        ),
        obs=[
            ("AI bookkeeping & invoice processing", 2023, 2.41, "USD billion", "actual"),
            ("AI bookkeeping & invoice processing", 2024, 2.98, "USD billion", "actual"),
            ("AI bookkeeping & invoice processing", 2025, 3.66, "USD billion", "estimate"),
            ("AI bookkeeping & invoice processing", 2026, 4.47, "USD billion", "estimate"),
            ("AI bookkeeping & invoice processing", 2028, 6.52, "USD billion", "estimate"),
            ("AI audit analytics", 2023, 1.22, "USD billion", "actual"),
            ("AI audit analytics", 2024, 1.58, "USD billion", "actual"),
            ("AI audit analytics", 2025, 2.01, "USD billion", "estimate"),
            ("AI audit analytics", 2026, 2.52, "USD billion", "estimate"),
            ("AI audit analytics", 2028, 3.86, "USD billion", "estimate"),
            ("AI tax preparation & compliance", 2023, 1.65, "USD billion", "actual"),
            ("AI tax preparation & compliance", 2024, 2.04, "USD billion", "actual"),
            ("AI tax preparation & compliance", 2025, 2.49, "USD billion", "estimate"),
            ("AI tax preparation & compliance", 2026, 3.02, "USD billion", "estimate"),
            ("AI tax preparation & compliance", 2028, 4.35, "USD billion", "estimate"),
            ("AI payroll & expense management", 2023, 0.93, "USD billion", "actual"),
            ("AI payroll & expense management", 2024, 1.16, "USD billion", "actual"),
            ("AI payroll & expense management", 2025, 1.43, "USD billion", "estimate"),
            ("AI payroll & expense management", 2026, 1.76, "USD billion", "estimate"),
            ("AI payroll & expense management", 2028, 2.58, "USD billion", "estimate"),
            ("AI financial close & reconciliation", 2023, 0.71, "USD billion", "actual"),
            ("AI financial close & reconciliation", 2024, 0.95, "USD billion", "actual"),
            ("AI financial close & reconciliation", 2025, 1.24, "USD billion", "estimate"),
            ("AI financial close & reconciliation", 2026, 1.60, "USD billion", "estimate"),
            ("AI financial close & reconciliation", 2028, 2.57, "USD billion", "estimate"),
            ("Total", 2023, 6.92, "USD billion", "actual"),
            ("Total", 2024, 8.71, "USD billion", "actual"),
            ("Total", 2025, 10.84, "USD billion", "estimate"),
            ("Total", 2026, 13.37, "USD billion", "estimate"),
            ("Total", 2028, 19.88, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22.9, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (19.88 / 8.71) ** (1/4) - 1 = 22.91% -> 22.9
            ("hierarchy", "exact"),     # 2023: 2.41 + 1.22 + 1.65 + 0.93 + 0.71 = 6.92
            ("hierarchy", "exact"),     # 2024: 2.98 + 1.58 + 2.04 + 1.16 + 0.95 = 8.71
            ("hierarchy", "rounding"),  # 2025E: 3.66 + 2.01 + 2.49 + 1.43 + 1.24 = 10.83, not 10.84;
                                        # bounds 10.805 .. 10.855 (five rows at +/-0.005) reach 10.84
            ("hierarchy", "exact"),     # 2026F: 4.47 + 2.52 + 3.02 + 1.76 + 1.60 = 13.37
            ("hierarchy", "exact"),     # 2028F: 6.52 + 3.86 + 4.35 + 2.58 + 2.57 = 19.88
        ],
    ),
    # 17. Frankfurt institute, space-aligned table, e columns, a total row labelled "DACH total" (its label is its
    # item); a CAGR in the note. Nowhere: Table 3.1, the study's title year, 1 January 2025, 1,020 companies.
    dict(
        text=(
            "Mainfeld Institut fuer Finanztechnologie -- AI in Accounting: DACH Market Study 2025 (English edition, May 2025)\n"
            "Table 3.1  DACH spending on AI in accounting and tax, by application (EUR million)\n"
            "Application                                 2022    2023    2024   2025e   2026e\n"
            "Invoice capture and AI bookkeeping           142     178     221     270     326\n"
            "Tax and e-invoicing compliance                96     124     163     214     272\n"
            "Audit and controls analytics                  58      71      88     109     133\n"
            "Close, consolidation and reconciliation       44      57      74      95     121\n"
            "DACH total                                   340     430     546     688     852\n"
            "e = estimate. CAGR 2023-2026e: 25.6%. Germany's B2B e-invoicing mandate (in force from 1 January 2025) "
            "drives the tax line. Base: survey of 1,020 companies."
        ),
        obs=[
            ("Invoice capture and AI bookkeeping", 2022, 142, "EUR million", "actual"),
            ("Invoice capture and AI bookkeeping", 2023, 178, "EUR million", "actual"),
            ("Invoice capture and AI bookkeeping", 2024, 221, "EUR million", "actual"),
            ("Invoice capture and AI bookkeeping", 2025, 270, "EUR million", "estimate"),
            ("Invoice capture and AI bookkeeping", 2026, 326, "EUR million", "estimate"),
            ("Tax and e-invoicing compliance", 2022, 96, "EUR million", "actual"),
            ("Tax and e-invoicing compliance", 2023, 124, "EUR million", "actual"),
            ("Tax and e-invoicing compliance", 2024, 163, "EUR million", "actual"),
            ("Tax and e-invoicing compliance", 2025, 214, "EUR million", "estimate"),
            ("Tax and e-invoicing compliance", 2026, 272, "EUR million", "estimate"),
            ("Audit and controls analytics", 2022, 58, "EUR million", "actual"),
            ("Audit and controls analytics", 2023, 71, "EUR million", "actual"),
            ("Audit and controls analytics", 2024, 88, "EUR million", "actual"),
            ("Audit and controls analytics", 2025, 109, "EUR million", "estimate"),
            ("Audit and controls analytics", 2026, 133, "EUR million", "estimate"),
            ("Close, consolidation and reconciliation", 2022, 44, "EUR million", "actual"),
            ("Close, consolidation and reconciliation", 2023, 57, "EUR million", "actual"),
            ("Close, consolidation and reconciliation", 2024, 74, "EUR million", "actual"),
            ("Close, consolidation and reconciliation", 2025, 95, "EUR million", "estimate"),
            ("Close, consolidation and reconciliation", 2026, 121, "EUR million", "estimate"),
            ("DACH total", 2022, 340, "EUR million", "actual"),
            ("DACH total", 2023, 430, "EUR million", "actual"),
            ("DACH total", 2024, 546, "EUR million", "actual"),
            ("DACH total", 2025, 688, "EUR million", "estimate"),
            ("DACH total", 2026, 852, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 25.6, "percent", 2023, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (852 / 430) ** (1/3) - 1 = 25.60% -> 25.6
            ("hierarchy", "exact"),     # 2022: 142 + 96 + 58 + 44 = 340
            ("hierarchy", "exact"),     # 2023: 178 + 124 + 71 + 57 = 430
            ("hierarchy", "exact"),     # 2024: 221 + 163 + 88 + 74 = 546
            ("hierarchy", "exact"),     # 2025e: 270 + 214 + 109 + 95 = 688
            ("hierarchy", "exact"),     # 2026e: 326 + 272 + 133 + 121 = 852
        ],
    ),
    # 18. Indian broker, tab-separated table with years as rows: the lone value column headed by its unit is the
    # market's Total; a YoY column: 2021's 32.6 reached only by rounding, 2025E's 31.0 contradicts the amounts (a
    # typo for 28.3). Nowhere: Exhibit 12, the note date, 7.6 crore EPFO members.
    dict(
        text=(
            "Deccan Equity Research -- India Payroll & Expense Tech, sector note, 16 June 2025\n"
            "Exhibit 12: India AI payroll and expense-management software market\n"
            "Year\tUS$ mn\tYoY (%)\n"
            "2020\t84.5\t-\n"
            "2021\t112.0\t32.6\n"
            "2022\t151.3\t35.1\n"
            "2023\t198.6\t31.3\n"
            "2024\t257.9\t29.9\n"
            "2025E\t331.0\t31.0\n"
            "2026E\t418.2\t26.3\n"
            "Source: Deccan Equity Research estimates; the EPFO counted 7.6 crore contributing members in FY2025."
        ),
        obs=[
            ("Total", 2020, 84.5, "USD million", "actual"),
            ("Total", 2021, 112.0, "USD million", "actual"),
            ("Total", 2022, 151.3, "USD million", "actual"),
            ("Total", 2023, 198.6, "USD million", "actual"),
            ("Total", 2024, 257.9, "USD million", "actual"),
            ("Total", 2025, 331.0, "USD million", "estimate"),
            ("Total", 2026, 418.2, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 32.6, "percent", 2020, 2021, 1.0),
            ("growth", 35.1, "percent", 2021, 2022, 1.0),
            ("growth", 31.3, "percent", 2022, 2023, 1.0),
            ("growth", 29.9, "percent", 2023, 2024, 1.0),
            ("growth", 31.0, "percent", 2024, 2025, 1.0),
            ("growth", 26.3, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),      # 112.0 / 84.5 - 1 = 32.54% -> 32.5, not 32.6;
                                               # bounds 111.95/84.55-1 = 32.41% .. 112.05/84.45-1 = 32.68%: 32.6 reached
            ("cagr|implied", "exact"),         # 151.3 / 112.0 - 1 = 35.09% -> 35.1
            ("cagr|implied", "exact"),         # 198.6 / 151.3 - 1 = 31.26% -> 31.3
            ("cagr|implied", "exact"),         # 257.9 / 198.6 - 1 = 29.86% -> 29.9
            ("cagr|implied", "inconsistent"),  # 331.0 / 257.9 - 1 = 28.34% -> 28.3, not 31.0;
                                               # bounds 330.95/257.95-1 = 28.30% .. 331.05/257.85-1 = 28.39%: 31.0 not reached
            ("cagr|implied", "exact"),         # 418.2 / 331.0 - 1 = 26.34% -> 26.3
        ],
    ),
    # 19. Broker table (Simplified Chinese), tab-separated, unit line 单位：亿元, E columns, a total row labelled 合计
    # (its label is its item); a stated CAGR in the note. Nowhere: 图表9, the August 2025 date, the 620亿元
    # traditional finance-software market.
    dict(
        text=(
            "东岳证券研究所｜2025年8月\n"
            "图表9：中国AI财税应用市场规模（按场景）\n"
            "单位：亿元\n"
            "场景\t2022年\t2023年\t2024年\t2025E\t2026E\t2027E\n"
            "智能记账与发票处理\t38.4\t49.6\t63.2\t79.8\t99.5\t122.4\n"
            "智能税务合规\t21.7\t28.9\t38.5\t50.2\t64.6\t81.3\n"
            "智能审计与风控\t9.6\t12.8\t16.9\t22.1\t28.7\t36.5\n"
            "智能费控与薪酬\t12.1\t15.3\t19.4\t24.6\t30.8\t38.2\n"
            "合计\t81.8\t106.6\t138.0\t176.7\t223.6\t278.4\n"
            "注：E为预测值；2024—2027E年复合增速26.4%；不含传统财务软件（2024年约620亿元）。资料来源：中国会计科技研究院，"
            "东岳证券研究所。"
        ),
        obs=[
            ("智能记账与发票处理", 2022, 38.4, "CNY 100 million", "actual"),
            ("智能记账与发票处理", 2023, 49.6, "CNY 100 million", "actual"),
            ("智能记账与发票处理", 2024, 63.2, "CNY 100 million", "actual"),
            ("智能记账与发票处理", 2025, 79.8, "CNY 100 million", "estimate"),
            ("智能记账与发票处理", 2026, 99.5, "CNY 100 million", "estimate"),
            ("智能记账与发票处理", 2027, 122.4, "CNY 100 million", "estimate"),
            ("智能税务合规", 2022, 21.7, "CNY 100 million", "actual"),
            ("智能税务合规", 2023, 28.9, "CNY 100 million", "actual"),
            ("智能税务合规", 2024, 38.5, "CNY 100 million", "actual"),
            ("智能税务合规", 2025, 50.2, "CNY 100 million", "estimate"),
            ("智能税务合规", 2026, 64.6, "CNY 100 million", "estimate"),
            ("智能税务合规", 2027, 81.3, "CNY 100 million", "estimate"),
            ("智能审计与风控", 2022, 9.6, "CNY 100 million", "actual"),
            ("智能审计与风控", 2023, 12.8, "CNY 100 million", "actual"),
            ("智能审计与风控", 2024, 16.9, "CNY 100 million", "actual"),
            ("智能审计与风控", 2025, 22.1, "CNY 100 million", "estimate"),
            ("智能审计与风控", 2026, 28.7, "CNY 100 million", "estimate"),
            ("智能审计与风控", 2027, 36.5, "CNY 100 million", "estimate"),
            ("智能费控与薪酬", 2022, 12.1, "CNY 100 million", "actual"),
            ("智能费控与薪酬", 2023, 15.3, "CNY 100 million", "actual"),
            ("智能费控与薪酬", 2024, 19.4, "CNY 100 million", "actual"),
            ("智能费控与薪酬", 2025, 24.6, "CNY 100 million", "estimate"),
            ("智能费控与薪酬", 2026, 30.8, "CNY 100 million", "estimate"),
            ("智能费控与薪酬", 2027, 38.2, "CNY 100 million", "estimate"),
            ("合计", 2022, 81.8, "CNY 100 million", "actual"),
            ("合计", 2023, 106.6, "CNY 100 million", "actual"),
            ("合计", 2024, 138.0, "CNY 100 million", "actual"),
            ("合计", 2025, 176.7, "CNY 100 million", "estimate"),
            ("合计", 2026, 223.6, "CNY 100 million", "estimate"),
            ("合计", 2027, 278.4, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 26.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (278.4 / 138.0) ** (1/3) - 1 = 26.36% -> 26.4
            ("hierarchy", "exact"),     # 2022: 38.4 + 21.7 + 9.6 + 12.1 = 81.8
            ("hierarchy", "exact"),     # 2023: 49.6 + 28.9 + 12.8 + 15.3 = 106.6
            ("hierarchy", "exact"),     # 2024: 63.2 + 38.5 + 16.9 + 19.4 = 138.0
            ("hierarchy", "exact"),     # 2025E: 79.8 + 50.2 + 22.1 + 24.6 = 176.7
            ("hierarchy", "exact"),     # 2026E: 99.5 + 64.6 + 28.7 + 30.8 = 223.6
            ("hierarchy", "exact"),     # 2027E: 122.4 + 81.3 + 36.5 + 38.2 = 278.4
        ],
    ),
    # 20. Hong Kong table (Traditional), space-aligned, years as rows, 百萬港元: each value column's header is its item,
    # the 合計 column too; the 2022 合計 419 contradicts its parts (409, a typo); a year-on-year rate in the note.
    # Nowhere: 表4, the March 2025 date, 280 institutions surveyed.
    dict(
        text=(
            "表4　香港會計及稅務AI應用開支（按類別）\n"
            "單位：百萬港元\n"
            "年份          AI審計分析   智能稅務合規   AI簿記及發票處理     合計\n"
            "2022                118             86                205      419\n"
            "2023                152            109                251      512\n"
            "2024                194            138                309      641\n"
            "2025(預測)          243            174                378      795\n"
            "2026(預測)          301            215                456      972\n"
            "註：2024年合計較2023年增長25.2%。資料來源：香港財務科技研究中心，2025年3月；受訪機構280間。"
        ),
        obs=[
            ("AI審計分析", 2022, 118, "HKD million", "actual"),
            ("AI審計分析", 2023, 152, "HKD million", "actual"),
            ("AI審計分析", 2024, 194, "HKD million", "actual"),
            ("AI審計分析", 2025, 243, "HKD million", "estimate"),
            ("AI審計分析", 2026, 301, "HKD million", "estimate"),
            ("智能稅務合規", 2022, 86, "HKD million", "actual"),
            ("智能稅務合規", 2023, 109, "HKD million", "actual"),
            ("智能稅務合規", 2024, 138, "HKD million", "actual"),
            ("智能稅務合規", 2025, 174, "HKD million", "estimate"),
            ("智能稅務合規", 2026, 215, "HKD million", "estimate"),
            ("AI簿記及發票處理", 2022, 205, "HKD million", "actual"),
            ("AI簿記及發票處理", 2023, 251, "HKD million", "actual"),
            ("AI簿記及發票處理", 2024, 309, "HKD million", "actual"),
            ("AI簿記及發票處理", 2025, 378, "HKD million", "estimate"),
            ("AI簿記及發票處理", 2026, 456, "HKD million", "estimate"),
            ("合計", 2022, 419, "HKD million", "actual"),
            ("合計", 2023, 512, "HKD million", "actual"),
            ("合計", 2024, 641, "HKD million", "actual"),
            ("合計", 2025, 795, "HKD million", "estimate"),
            ("合計", 2026, 972, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", 25.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),      # 641 / 512 - 1 = 25.20% -> 25.2
            ("hierarchy", "inconsistent"),  # 2022: 118 + 86 + 205 = 409, not 419;
                                            # bounds 407.5 .. 410.5 (three columns at +/-0.5): 419 not reached
            ("hierarchy", "exact"),         # 2023: 152 + 109 + 251 = 512
            ("hierarchy", "exact"),         # 2024: 194 + 138 + 309 = 641
            ("hierarchy", "exact"),         # 2025(預測): 243 + 174 + 378 = 795
            ("hierarchy", "exact"),         # 2026(預測): 301 + 215 + 456 = 972
        ],
    ),
    # 21. Earnings-call excerpt: the TAM the CEO sizes is the market (Total); ARR, its growth, customers, Q4 revenue and
    # invoices processed are the company's own and expected nowhere.
    dict(
        text=(
            "Ledgerly Inc. - Q4 fiscal 2024 earnings call, February 20, 2025 (edited transcript)\n"
            "CEO: Before I hand over to Dana, a word on the opportunity. We size the total addressable market for "
            "AI-driven accounts-payable and invoice automation at roughly $14.2 billion in 2024, and we think it gets to "
            "$31 billion by 2029 - call it a 17% compound annual growth rate from 2024 to 2029. For context, we exited "
            "the year with $412 million of ARR, up 29%, just over 3,100 customers, and fourth-quarter revenue of "
            "$109 million. The 2.3 billion invoices that went through our platform last year are, frankly, a rounding "
            "error against that market."
        ),
        obs=[
            ("Total", 2024, 14.2, "USD billion", "actual"),
            ("Total", 2029, 31.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31 / 14.2) ** (1 / 5) - 1 = 16.90% -> 17
        ],
    ),
    # 22. Research abstract: two sized years, a year-on-year rate the rounded amounts only loosely give, and a 2030
    # range (two value claims, no observation). Respondent and partner counts, the 61% survey answer, volume/issue
    # numbers expected nowhere.
    dict(
        text=(
            "Abstract. Continuous auditing and AI-based audit analytics are moving from pilots into production across the "
            "largest audit networks. Drawing on vendor filings and interviews with 46 audit partners, we put the global "
            "market for AI audit analytics software at USD 1.9 billion in 2023 and USD 2.4 billion in 2024 (+25% year on "
            "year), and project it at USD 5.8-6.6 billion by 2030, depending on how quickly regulators accept "
            "full-population testing. In a companion survey of 1,204 internal-audit leaders, 61% said they had replaced "
            "at least one sampling procedure with an analytics routine. "
            "Journal of Emerging Technologies in Audit, Vol. 22, No. 1 (2025), pp. 41-63."
        ),
        obs=[
            ("Total", 2023, 1.9, "USD billion", "actual"),
            ("Total", 2024, 2.4, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("value", 5.8, "USD billion", 2030, 2030, None),
            ("value", 6.6, "USD billion", 2030, 2030, None),
        ],
        verdicts=[
            # 2.4 / 1.9 - 1 = 26.32% -> 26, not 25; bounds 2.35 / 1.95 - 1 = 20.51% .. 2.45 / 1.85 - 1 = 32.43%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 23. LinkedIn post on India: FY figures count as their number; $1.2B converted to the series' USD million; a
    # multiple over four years and a stated CAGR. Rupee crore figure, GST registrations and CA headcount nowhere.
    dict(
        text=(
            "Posted 9 Jan 2025 \u00b7 Bengaluru\n"
            "Quick one on AI bookkeeping in India \U0001F447 A Mumbai research house I follow pegs the market for AI "
            "bookkeeping + GST-compliance software at $410M in FY2024 and sees it hitting $1.2B by FY2028 - roughly 3x "
            "in four years, a ~31% CAGR over FY24-FY28. In rupee terms that is about \u20b93,400 crore today. Context: "
            "1.4 crore GST registrations, ~4 lakh practising CAs, and most of them still key in purchase bills by hand. "
            "#fintech #GST #AI"
        ),
        obs=[
            ("Total", 2024, 410.0, "USD million", "actual"),
            ("Total", 2028, 1200.0, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 3.0, "multiple", 2024, 2028, 4.0),
            ("cagr", 31, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1200 / 410) ** (1 / 4) - 1 = 30.80% -> 31
        ],
    ),
    # 24. Forum answer (tax professionals' subreddit), posted March 2025: last year = 2024, this year = 2025 (estimate);
    # a segment with its share of the 2024 total. The whole tax-prep software category and the IRS return count nowhere.
    dict(
        text=(
            "Answer from u/ea_in_ohio (r/taxpros), March 2025:\n"
            "The number I see quoted most comes from a fintech analyst shop: AI-assisted tax preparation and compliance "
            "software in the US was about $2.3B in 2023 and $2.8B last year (up about 22%), and they expect $3.4B this "
            "year, another 21% or so. Of last year's $2.8B, roughly $1.1B came from the consumer segment, i.e. about "
            "39%. Don't mix that up with the overall tax-prep software category (~$14B) or with the ~160 million "
            "individual returns the IRS processes each season - different things entirely."
        ),
        obs=[
            ("Total", 2023, 2.3, "USD billion", "actual"),
            ("Total", 2024, 2.8, "USD billion", "actual"),
            ("Total", 2025, 3.4, "USD billion", "estimate"),
            ("Consumer segment", 2024, 1.1, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("growth", 21, "percent", 2024, 2025, 1.0),
            ("share", 39, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.8 / 2.3 - 1 = 21.74% -> 22
            ("cagr|implied", "exact"),  # 3.4 / 2.8 - 1 = 21.43% -> 21
            ("arithmetic", "exact"),    # 1.1 / 2.8 = 39.29% -> 39
        ],
    ),
    # 25. Investor-day slide bullets (September 2025): TAM 2025E and 2028E, a multiple over three years, a part with its
    # share of the TAM. Customers, FY25 revenue, operating margin and the company's share target nowhere.
    dict(
        text=(
            "Closewise Investor Day 2025 | New York, 10 September 2025 | Slide 14 - A large and expanding opportunity\n"
            "\u2022 AI for financial close & reconciliation: TAM $9.8B (2025E) \u2192 $21.5B (2028E)\n"
            "\u2022 ~2.2x in three years as mid-market finance teams automate the close\n"
            "\u2022 Reconciliation & matching: $3.7B, 38% of 2025E TAM\n"
            "\u2022 Today: 4,600 customers | FY25 revenue $780M | 24% non-GAAP operating margin\n"
            "\u2022 Medium-term ambition: 10% share of TAM"
        ),
        obs=[
            ("Total", 2025, 9.8, "USD billion", "estimate"),
            ("Total", 2028, 21.5, "USD billion", "estimate"),
            ("Reconciliation & matching", 2025, 3.7, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.2, "multiple", 2025, 2028, 3.0),
            ("share", 38, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 3.7 / 9.8 = 37.76% -> 38
        ],
    ),
    # 26. News web page with an appended correction: the corrected 2024 figure (EUR 640 million) is the figure, the
    # EUR 610 million it replaces is expected nowhere; two year-on-year rates. Tax-adviser headcount and invoice counts
    # nowhere.
    dict(
        text=(
            "Frankfurt, 14 March 2025 - Germany's market for AI-based tax compliance and e-invoicing software reached "
            "\u20ac640 million in 2024, up from \u20ac528 million in 2023, an increase of 21%, according to a study by a "
            "Munich research house. For 2025 the analysts expect growth of 19% to \u20ac762 million, helped by the B2B "
            "e-invoicing obligation that took effect on 1 January. The country's roughly 88,000 tax advisers exchange "
            "an estimated 1.6 billion documents a year with their clients.\n"
            "Correction, 17 March 2025: An earlier version of this article gave the 2024 market size as \u20ac610 "
            "million. The study's figure is \u20ac640 million."
        ),
        obs=[
            ("Total", 2023, 528.0, "EUR million", "actual"),
            ("Total", 2024, 640.0, "EUR million", "actual"),
            ("Total", 2025, 762.0, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("growth", 19, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 640 / 528 - 1 = 21.21% -> 21
            ("cagr|implied", "exact"),  # 762 / 640 - 1 = 19.06% -> 19
        ],
    ),
    # 27. UK official statistics release: a year-on-year rate its amounts contradict (28% printed, as if from a
    # rebased 2023 figure); a part with its share. Table number, survey size, the 14% adoption rate and HMRC tax
    # receipts nowhere.
    dict(
        text=(
            "Statistical release: Business use of AI technologies, UK, 2024 (official statistics in development). "
            "Published 27 February 2025. Main points: UK businesses spent \u00a31.38 billion on AI-enabled accounting, "
            "payroll and tax software in 2024, compared with \u00a31.12 billion in 2023, an increase of 28%. Payroll and "
            "expenses software accounted for \u00a30.52 billion of the 2024 total (38%). Some 14% of businesses with 10 "
            "or more employees reported using at least one such tool (Table 4). The survey sampled 3,050 businesses. "
            "For comparison, HMRC's total tax receipts for 2023-24 were \u00a3829 billion."
        ),
        obs=[
            ("Total", 2023, 1.12, "GBP billion", "actual"),
            ("Total", 2024, 1.38, "GBP billion", "actual"),
            ("Payroll and expenses software", 2024, 0.52, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 28, "percent", 2023, 2024, 1.0),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # meant inconsistent: 1.38 / 1.12 - 1 = 23.21%; bounds 1.375 / 1.125 - 1 = 22.22% .. 1.385 / 1.115 - 1 =
            # 24.22%; 28 is out of reach
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 0.52 / 1.38 = 37.68% -> 38
        ],
    ),
    # 28. Brazilian ERP vendor's annual report: USD series with a later billion figure converted to USD million;
    # "more than double" as x2 over three years; an annual rate whose span only the amounts' years give (inferred).
    # Reais figures, net revenue, invoice count and the reform's years nowhere.
    dict(
        text=(
            "2024 Annual Report - Management Report, section 3 (Market), published 26 March 2025. In our assessment, "
            "Brazil's market for AI-powered fiscal compliance - automated NF-e capture, SPED filing and tax-rule engines "
            "- reached US$ 780 million in 2024 (about R$ 4.5 billion), and it should more than double, to US$ 1.7 "
            "billion, by 2027, implying annual growth of roughly 30%. The consumption-tax reform enacted in 2023 will "
            "phase in CBS and IBS between 2026 and 2033. Our own net revenue was R$ 5.1 billion in the year, and our "
            "platform processed 3.6 billion electronic invoices."
        ),
        obs=[
            ("Total", 2024, 780.0, "USD million", "actual"),
            ("Total", 2027, 1700.0, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2024, 2027, 3.0),
            ("cagr", 30, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1700 / 780) ** (1 / 3) - 1 = 29.65% -> 30
        ],
    ),
    # 29. Simplified Chinese research-house release: a year-on-year rate that only rounding reaches, a sub-segment
    # with its share, a 2027 forecast with 突破. Title year 2025, agency count, e-invoice count nowhere.
    dict(
        text=(
            "【艾观研究】近日发布的《2025年中国智能财税服务行业研究报告》显示，2024年中国AI财税服务市场规模达到86.5亿元，"
            "较2023年的65.9亿元同比增长31.2%。其中，智能票据处理（含发票识别、验真与自动入账）规模为32.1亿元，"
            "占比37.1%。报告预计，到2027年市场规模将突破200亿元。另据统计，全国代理记账机构已超过10万家，"
            "2024年全国数电发票开具量超过900亿张。"
        ),
        obs=[
            ("Total", 2023, 65.9, "CNY 100 million", "actual"),
            ("Total", 2024, 86.5, "CNY 100 million", "actual"),
            ("智能票据处理", 2024, 32.1, "CNY 100 million", "actual"),
            ("Total", 2027, 200.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
            ("share", 37.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 86.5 / 65.9 - 1 = 31.26% -> 31.3, not 31.2; bounds 86.45 / 65.95 - 1 = 31.08% .. 86.55 / 65.85 - 1 = 31.44%
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 32.1 / 86.5 = 37.11% -> 37.1
        ],
    ),
    # 30. Provincial action plan (Simplified, issued 2024): a 力争 target is an estimate; 增长1.5倍 keeps 1.5 as the
    # multiple over four years. Plan years, firm and headcount figures, the 10亿元 revenue threshold nowhere.
    dict(
        text=(
            "《安徽省智能财税产业发展行动计划（2024—2027年）》（2024年6月印发）提出：到2027年，全省智能财税产业规模"
            "力争突破500亿元，较2023年增长1.5倍；培育年营业收入超10亿元的龙头企业10家，建设省级财税数字化示范园区5个。"
            "计划同时披露，2023年全省智能财税产业规模为200亿元，全省各类财税服务机构2,300余家，从业人员约4.6万人。"
        ),
        obs=[
            ("Total", 2023, 200.0, "CNY 100 million", "actual"),
            ("Total", 2027, 500.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 1.5, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 31. Broker note (Simplified, March 2025): a market with a stated 2024-2030 CAGR and a second market named beside it
    # (its own item). The company's revenue and growth, Q4 revenue, price target and upside nowhere.
    dict(
        text=(
            "【公司深度】智能费控龙头，AI报销打开第二曲线（2025年3月18日）\n"
            "我们测算，2024年国内智能费控（AI报销、差旅与费用管理）市场规模约48亿元，2030年有望达到210亿元，"
            "2024-2030年CAGR为27.9%；2024年智能薪酬市场规模约为31亿元，与费控场景高度协同。公司2024年实现营收6.2亿元，"
            "同比增长35%，其中四季度收入2.1亿元。维持“买入”评级，目标价38.5元，较现价有22%的上涨空间。"
        ),
        obs=[
            ("Total", 2024, 48.0, "CNY 100 million", "actual"),
            ("Total", 2030, 210.0, "CNY 100 million", "estimate"),
            ("智能薪酬", 2024, 31.0, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 27.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (210 / 48) ** (1 / 6) - 1 = 27.89% -> 27.9
        ],
    ),
    # 32. Traditional Chinese (Taiwan) MIC news: 新台幣億元 series, a year-on-year rate and a stated two-year CAGR.
    # E-invoice count and the count of bookkeeping and CPA firms nowhere.
    dict(
        text=(
            "【2025/04/22 台北訊】資策會產業情報研究所（MIC）最新報告指出，台灣AI會計與稅務軟體市場2024年規模為"
            "新台幣38.6億元，年增18.4%（2023年為32.6億元）；隨著電子發票全面上雲，預估2026年將達57億元，"
            "2024至2026年複合成長率約21.5%。財政部統計，全台每年開立電子發票逾70億張，記帳士及會計師事務所合計約1.1萬家。"
        ),
        obs=[
            ("Total", 2023, 32.6, "TWD 100 million", "actual"),
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("Total", 2026, 57.0, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
            ("cagr", 21.5, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.6 / 32.6 - 1 = 18.40% -> 18.4
            ("cagr|implied", "exact"),  # (57 / 38.6) ** (1 / 2) - 1 = 21.52% -> 21.5
        ],
    ),
    # 33. Traditional Chinese (Hong Kong) survey story dated May 2025: 去年 = 2024, 今年 = 2025 (estimate); a rate only
    # rounding of 15億 reaches; a second market as its own item. Member count, 58% survey answer, firm count nowhere.
    dict(
        text=(
            "（本報訊 2025年5月8日）香港會計師公會聯同一家顧問公司發表調查，指本港AI審計及會計科技市場規模去年約為"
            "12.4億港元，預計今年增長約20%至15億港元。至於AI稅務合規市場，去年規模約4.8億港元。調查共訪問612名會員，"
            "當中58%表示已在審計工作中使用AI工具；全港現有約1,300間執業會計師事務所。"
        ),
        obs=[
            ("Total", 2024, 12.4, "HKD 100 million", "actual"),
            ("Total", 2025, 15.0, "HKD 100 million", "estimate"),
            ("AI稅務合規", 2024, 4.8, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 20, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 15 / 12.4 - 1 = 20.97% -> 21, not 20; bounds 14.5 / 12.45 - 1 = 16.47% .. 15.5 / 12.35 - 1 = 25.51%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Traditional Chinese (Taiwan) news on Japan: 億日圓 series, 成長約2.1倍 as x2.1 over 2020-2024 (no 2020
    # amount), an annual rate whose span only its amounts give (inferred). Tax-accountant headcount, freee's revenue,
    # the invoice-system start date nowhere.
    dict(
        text=(
            "（東京綜合報導，2025年2月）根據日本一家市調機構的最新報告，日本雲端會計與AI記帳軟體市場2024年達1,420億日圓，"
            "較2020年成長約2.1倍；在電子帳簿保存法與2023年10月上路的適格發票制度推動下，預估2028年將擴大至2,350億日圓，"
            "年均成長約13.4%。日本約有8萬名稅理士，龍頭業者freee 2024財年營收則為262億日圓。"
        ),
        obs=[
            ("Total", 2024, 1420.0, "JPY 100 million", "actual"),
            ("Total", 2028, 2350.0, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.1, "multiple", 2020, 2024, 4.0),
            ("cagr", 13.4, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2350 / 1420) ** (1 / 4) - 1 = 13.42% -> 13.4
        ],
    ),
    # 35. Zhihu answer (Simplified, 2025): first publisher's figures with base, target and rates; a second publisher's
    # 2024 figure (31亿元) is expected nowhere; the stated 35% CAGR is contradicted by its amounts (meant inconsistent).
    # Years at the firm, team headcount nowhere.
    dict(
        text=(
            "知乎回答｜在四大做了六年审计，说点数据。据某咨询机构的《中国智能审计市场白皮书》，2024年中国智能审计"
            "（含持续审计、审计数据分析平台）市场规模为27.3亿元，较2023年的22.0亿元增长24%，预计2028年达到78亿元，"
            "2024—2028年复合增长率约35%。另一家机构给出的2024年数字是31亿元，口径更宽，把内审SaaS也算进去了。"
            "我们所去年审计条线扩到了1,800人，但真正天天用AI工具的不到两成。"
        ),
        obs=[
            ("Total", 2023, 22.0, "CNY 100 million", "actual"),
            ("Total", 2024, 27.3, "CNY 100 million", "actual"),
            ("Total", 2028, 78.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 35, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 27.3 / 22.0 - 1 = 24.09% -> 24
            # meant inconsistent: (78 / 27.3) ** (1 / 4) - 1 = 30.01%; bounds (77.5 / 27.35) ** 0.25 - 1 = 29.74% ..
            # (78.5 / 27.25) ** 0.25 - 1 = 30.28%; 35 is out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 36. Markdown segment table, years as columns with an E column; the 2025E total row only rounding reaches.
    # Exhibit number and the note's wording nowhere.
    dict(
        text=(
            "Exhibit 7: Global AI-in-accounting software market by application (USD billion)\n"
            "| Application | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| AI bookkeeping & invoice processing | 2.41 | 3.02 | 3.78 |\n"
            "| AI audit analytics | 1.12 | 1.43 | 1.84 |\n"
            "| AI tax preparation & compliance | 1.65 | 2.04 | 2.51 |\n"
            "| AI payroll & expense management | 0.98 | 1.21 | 1.50 |\n"
            "| Financial close & reconciliation | 0.74 | 0.97 | 1.27 |\n"
            "| Total | 6.90 | 8.67 | 10.92 |\n"
            "Source: Singapore-based fintech research house, June 2025. E = estimate. Totals may not add because of rounding."
        ),
        obs=[
            ("AI bookkeeping & invoice processing", 2023, 2.41, "USD billion", "actual"),
            ("AI bookkeeping & invoice processing", 2024, 3.02, "USD billion", "actual"),
            ("AI bookkeeping & invoice processing", 2025, 3.78, "USD billion", "estimate"),
            ("AI audit analytics", 2023, 1.12, "USD billion", "actual"),
            ("AI audit analytics", 2024, 1.43, "USD billion", "actual"),
            ("AI audit analytics", 2025, 1.84, "USD billion", "estimate"),
            ("AI tax preparation & compliance", 2023, 1.65, "USD billion", "actual"),
            ("AI tax preparation & compliance", 2024, 2.04, "USD billion", "actual"),
            ("AI tax preparation & compliance", 2025, 2.51, "USD billion", "estimate"),
            ("AI payroll & expense management", 2023, 0.98, "USD billion", "actual"),
            ("AI payroll & expense management", 2024, 1.21, "USD billion", "actual"),
            ("AI payroll & expense management", 2025, 1.50, "USD billion", "estimate"),
            ("Financial close & reconciliation", 2023, 0.74, "USD billion", "actual"),
            ("Financial close & reconciliation", 2024, 0.97, "USD billion", "actual"),
            ("Financial close & reconciliation", 2025, 1.27, "USD billion", "estimate"),
            ("Total", 2023, 6.90, "USD billion", "actual"),
            ("Total", 2024, 8.67, "USD billion", "actual"),
            ("Total", 2025, 10.92, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 2.41 + 1.12 + 1.65 + 0.98 + 0.74 = 6.90
            ("hierarchy", "exact"),     # 2024: 3.02 + 1.43 + 2.04 + 1.21 + 0.97 = 8.67
            # 2025E: 3.78 + 1.84 + 2.51 + 1.50 + 1.27 = 10.90, not 10.92; parts at +/-0.005 each give 10.875 .. 10.925,
            # which reaches 10.92
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Tab-separated table, years as rows, a lone value column headed by its unit (the market's Total) and a YoY
    # column; F rows are estimates; the note's superseded 2024 figure (336) is expected nowhere.
    dict(
        text=(
            "DACH: AI payroll and expense management software revenue\n"
            "Year\tEUR million\tYoY %\n"
            "2021\t171\t-\n"
            "2022\t212\t24.0\n"
            "2023\t268\t26.4\n"
            "2024\t341\t27.2\n"
            "2025F\t430\t26.1\n"
            "2026F\t535\t24.4\n"
            "Source: Hamburg research house, market model as of May 2025. F = forecast. "
            "Note: 2024 revised from 336 in the 2024 edition."
        ),
        obs=[
            ("Total", 2021, 171.0, "EUR million", "actual"),
            ("Total", 2022, 212.0, "EUR million", "actual"),
            ("Total", 2023, 268.0, "EUR million", "actual"),
            ("Total", 2024, 341.0, "EUR million", "actual"),
            ("Total", 2025, 430.0, "EUR million", "estimate"),
            ("Total", 2026, 535.0, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 24.0, "percent", 2021, 2022, 1.0),
            ("growth", 26.4, "percent", 2022, 2023, 1.0),
            ("growth", 27.2, "percent", 2023, 2024, 1.0),
            ("growth", 26.1, "percent", 2024, 2025, 1.0),
            ("growth", 24.4, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 212 / 171 - 1 = 23.98% -> 24.0
            ("cagr|implied", "exact"),  # 268 / 212 - 1 = 26.42% -> 26.4
            ("cagr|implied", "exact"),  # 341 / 268 - 1 = 27.24% -> 27.2
            ("cagr|implied", "exact"),  # 430 / 341 - 1 = 26.10% -> 26.1
            ("cagr|implied", "exact"),  # 535 / 430 - 1 = 24.42% -> 24.4
        ],
    ),
    # 38. Simplified Chinese space-aligned table, one year, with a share column and a 合计 row (its 100% is no claim).
    # Table number 表3 and the note's date nowhere.
    dict(
        text=(
            "表3  2024年中国AI财税细分市场规模及占比\n"
            "单位：亿元\n"
            "细分领域          规模      占比\n"
            "智能记账          41.2     32.4%\n"
            "智能发票处理      35.6     28.0%\n"
            "智能税务申报      26.9     21.2%\n"
            "智能审计          23.4     18.4%\n"
            "合计             127.1    100.0%\n"
            "注：数据来源于企业访谈及公开资料，2025年3月整理；占比经四舍五入。"
        ),
        obs=[
            ("智能记账", 2024, 41.2, "CNY 100 million", "actual"),
            ("智能发票处理", 2024, 35.6, "CNY 100 million", "actual"),
            ("智能税务申报", 2024, 26.9, "CNY 100 million", "actual"),
            ("智能审计", 2024, 23.4, "CNY 100 million", "actual"),
            ("合计", 2024, 127.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 32.4, "percent", 2024, 2024, None),
            ("share", 28.0, "percent", 2024, 2024, None),
            ("share", 21.2, "percent", 2024, 2024, None),
            ("share", 18.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 41.2 / 127.1 = 32.42% -> 32.4
            ("arithmetic", "exact"),  # 35.6 / 127.1 = 28.01% -> 28.0
            ("arithmetic", "exact"),  # 26.9 / 127.1 = 21.16% -> 21.2
            ("arithmetic", "exact"),  # 23.4 / 127.1 = 18.41% -> 18.4
            ("hierarchy", "exact"),   # 41.2 + 35.6 + 26.9 + 23.4 = 127.1
        ],
    ),
    # 39. Space-aligned Indian table with a CAGR column whose span the header prints; FY years count as their number;
    # one row's CAGR only rounding reaches. Table number, the FY definition and the report date nowhere.
    dict(
        text=(
            "Table 2.3 - India: AI in accounting, tax and audit, by segment (USD million)\n"
            "Segment                            FY2024   FY2029F   CAGR FY24-29F\n"
            "AI bookkeeping & reconciliation       182       521          23.4%\n"
            "GST & income-tax compliance AI        146       468          26.2%\n"
            "AI audit & assurance tools             58       197          27.9%\n"
            "Payroll & expense AI                   64       171          21.7%\n"
            "Total                                 450     1,357          24.7%\n"
            "Note: FY = April-March; excludes IT services. Source: Pune-based research house, January 2025."
        ),
        obs=[
            ("AI bookkeeping & reconciliation", 2024, 182.0, "USD million", "actual"),
            ("AI bookkeeping & reconciliation", 2029, 521.0, "USD million", "estimate"),
            ("GST & income-tax compliance AI", 2024, 146.0, "USD million", "actual"),
            ("GST & income-tax compliance AI", 2029, 468.0, "USD million", "estimate"),
            ("AI audit & assurance tools", 2024, 58.0, "USD million", "actual"),
            ("AI audit & assurance tools", 2029, 197.0, "USD million", "estimate"),
            ("Payroll & expense AI", 2024, 64.0, "USD million", "actual"),
            ("Payroll & expense AI", 2029, 171.0, "USD million", "estimate"),
            ("Total", 2024, 450.0, "USD million", "actual"),
            ("Total", 2029, 1357.0, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 23.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 26.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 27.9, "percent", 2024, 2029, None, "stated"),
            ("cagr", 21.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 24.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # (521 / 182) ** (1 / 5) - 1 = 23.41% -> 23.4
            ("cagr|implied", "exact"),     # (468 / 146) ** (1 / 5) - 1 = 26.24% -> 26.2
            # (197 / 58) ** (1 / 5) - 1 = 27.71% -> 27.7, not 27.9; bounds (196.5 / 58.5) ** 0.2 - 1 = 27.42% ..
            # (197.5 / 57.5) ** 0.2 - 1 = 27.99%, which reaches 27.9
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),     # (171 / 64) ** (1 / 5) - 1 = 21.72% -> 21.7
            ("cagr|implied", "exact"),     # (1357 / 450) ** (1 / 5) - 1 = 24.70% -> 24.7
            ("hierarchy", "exact"),        # FY2024: 182 + 146 + 58 + 64 = 450
            ("hierarchy", "exact"),        # FY2029F: 521 + 468 + 197 + 171 = 1357
        ],
    ),
    # 40. Markdown country table whose regional total row comes first (item as printed), a P column and a share-of-2024
    # column (the total's 100% is no claim). Figure number nowhere.
    dict(
        text=(
            "Figure 5. AI-enabled payroll and expense management spend, Southeast Asia (US$ million)\n"
            "| Market | 2023 | 2024 | 2027P | Share of 2024 |\n"
            "|:--|--:|--:|--:|--:|\n"
            "| Southeast Asia | 286 | 352 | 610 | 100% |\n"
            "| Singapore | 74 | 88 | 139 | 25% |\n"
            "| Indonesia | 61 | 79 | 152 | 22% |\n"
            "| Malaysia | 42 | 51 | 86 | 14% |\n"
            "| Thailand | 38 | 46 | 80 | 13% |\n"
            "| Vietnam | 29 | 38 | 77 | 11% |\n"
            "| Philippines | 42 | 50 | 76 | 14% |\n"
            "P = projection. Shares may not sum to 100% due to rounding. Singapore research house, April 2025."
        ),
        obs=[
            ("Southeast Asia", 2023, 286.0, "USD million", "actual"),
            ("Southeast Asia", 2024, 352.0, "USD million", "actual"),
            ("Southeast Asia", 2027, 610.0, "USD million", "estimate"),
            ("Singapore", 2023, 74.0, "USD million", "actual"),
            ("Singapore", 2024, 88.0, "USD million", "actual"),
            ("Singapore", 2027, 139.0, "USD million", "estimate"),
            ("Indonesia", 2023, 61.0, "USD million", "actual"),
            ("Indonesia", 2024, 79.0, "USD million", "actual"),
            ("Indonesia", 2027, 152.0, "USD million", "estimate"),
            ("Malaysia", 2023, 42.0, "USD million", "actual"),
            ("Malaysia", 2024, 51.0, "USD million", "actual"),
            ("Malaysia", 2027, 86.0, "USD million", "estimate"),
            ("Thailand", 2023, 38.0, "USD million", "actual"),
            ("Thailand", 2024, 46.0, "USD million", "actual"),
            ("Thailand", 2027, 80.0, "USD million", "estimate"),
            ("Vietnam", 2023, 29.0, "USD million", "actual"),
            ("Vietnam", 2024, 38.0, "USD million", "actual"),
            ("Vietnam", 2027, 77.0, "USD million", "estimate"),
            ("Philippines", 2023, 42.0, "USD million", "actual"),
            ("Philippines", 2024, 50.0, "USD million", "actual"),
            ("Philippines", 2027, 76.0, "USD million", "estimate"),
        ],
        claims=[
            ("share", 25, "percent", 2024, 2024, None),
            ("share", 22, "percent", 2024, 2024, None),
            ("share", 14, "percent", 2024, 2024, None),
            ("share", 13, "percent", 2024, 2024, None),
            ("share", 11, "percent", 2024, 2024, None),
            ("share", 14, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # Singapore 88 / 352 = 25.00% -> 25
            ("arithmetic", "exact"),  # Indonesia 79 / 352 = 22.44% -> 22
            ("arithmetic", "exact"),  # Malaysia 51 / 352 = 14.49% -> 14
            ("arithmetic", "exact"),  # Thailand 46 / 352 = 13.07% -> 13
            ("arithmetic", "exact"),  # Vietnam 38 / 352 = 10.80% -> 11
            ("arithmetic", "exact"),  # Philippines 50 / 352 = 14.20% -> 14
            ("hierarchy", "exact"),   # 2023: 74 + 61 + 42 + 38 + 29 + 42 = 286
            ("hierarchy", "exact"),   # 2024: 88 + 79 + 51 + 46 + 38 + 50 = 352
            ("hierarchy", "exact"),   # 2027P: 139 + 152 + 86 + 80 + 77 + 76 = 610
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-sixty-sixth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 6, 'rounding': 10, 'exact': 86}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    '/BusinessWire/ --',
    'a compound annual growth rate of 22.5% for 2024 to 2030',
    'in FY2024 (April 2023-March 2024)',
    'a 29% CAGR over FY24-FY29',
    'roughly 3.5 times its FY2024 size',
    'A rival estimate from Corvel Insights',
    'total addressable market',
    'call it 16% compounded',
    'or 29% of the regional total',
    '(Correction: our 2023 figure now stands at EUR 402 million',
    'between US$700 million and US$820 million by 2029',
    'more than fourfold since 2020',
    '力争达到300亿元',
    '较2021年增长2倍',
    '今年預估成長24%至45.6億元',
    'HK$1,180 million',
    '另一家外商研究機構則推估',
    '有望突破60亿元',
    '约占三成',
    '| Total | 6.92 | 8.71 | 10.84 | 13.37 | 19.88 |',
    'DACH total',
    'Year\tUS$ mn\tYoY (%)',
    '单位：亿元',
    '2025(預測)',
    'We size the total addressable market',
    'call it a 17% compound annual growth rate from 2024 to 2029',
    'USD 5.8-6.6 billion by 2030',
    '(+25% year on year)',
    '$410M in FY2024 and sees it hitting $1.2B by FY2028',
    'roughly 3x in four years',
    '₹3,400 crore today',
    '$2.8B last year (up about 22%)',
    'TAM $9.8B (2025E) → $21.5B (2028E)',
    'Correction, 17 March 2025',
    'an increase of 28%',
    'should more than double, to US$ 1.7 billion',
    'implying annual growth of roughly 30%',
    '较2023年的65.9亿元同比增长31.2%',
    '力争突破500亿元，较2023年增长1.5倍',
    '目标价38.5元',
    '新台幣38.6億元，年增18.4%',
    '預計今年增長約20%至15億港元',
    '較2020年成長約2.1倍',
    '另一家机构给出的2024年数字是31亿元',
    '| Total | 6.90 | 8.67 | 10.92 |',
    '2025F\t430\t26.1',
    '合计             127.1    100.0%',
    'CAGR FY24-29F',
    '| Southeast Asia | 286 | 352 | 610 | 100% |',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 243
#: figures, 61 rates, 93 verdicts and 2 false inconsistent
#: after the readings chosen on it and the hundred-and-sixty-fourth set: 270, 63, 101 and 1; 272 figures once a
#: sentence in brackets ends at its bracket (the sixth snippet's "DACH market" after it is read as a market of its own)
FLOORS = {"figures_found": 272, "rates_found": 64, "verdicts_right": 102}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset166.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
