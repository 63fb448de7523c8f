"""A hundred-and-sixty-seventh check set for the extractor, written blind: AI in accounting, audit and tax: AI
bookkeeping and invoice processing, AI audit analytics and continuous auditing, AI tax preparation and compliance
software, AI in payroll and expense management, AI for financial close and reconciliation, sized in money by fintech
and accounting-software analysts, accountancy bodies and institutes, the large audit networks' surveys, software
vendors' investor days, consultancies, brokers, tax authorities and e-invoicing programmes, Indian, Singaporean,
German, Brazilian and Chinese research houses. Distractors a careful reader leaves out: the number of accountants or
audit firms, invoices processed, tax revenue collected, a software vendor's own revenue or ARR, subscriber counts, a
quarter's figures, the whole accounting-software market beside the AI part.

Snippets 1-20: AI in accounting, audit and tax: eight English prose pieces (a Business Wire release on global AI
bookkeeping and invoice-processing software with a part's share and the whole accounting-software market as a
distractor, a Mumbai broker note on Indian GST-compliance AI in fiscal years with a rupee aside and a price target, a
news article on AI audit analytics quoting two publishers, a software vendor's investor day sizing a close-and-
reconciliation TAM beside its own ARR and share target, a Singapore accountancy institute's yearbook with a revised
prior-year figure, a Munich research house on German AI tax software with an inconsistent year-on-year rate, a Sao
Paulo research house on payroll and expense AI with a multiple, a real aside and a range, and a Tokyo research house
on AI-OCR invoice processing in fiscal years and yen with a quarter's figure); seven Chinese prose pieces (a
Simplified broker note on AI 财税 with a part and its share, a provincial 数字财税 plan with 增长3倍 and a 力争 target, in
Traditional Chinese a Taipei CNA wire in 新台幣億元, a Hong Kong paper in 億港元 with a part's share and a quarter, a Taiwan
business-paper piece quoting two research houses, then a Xinhua item on 智能审计 with 去年/今年 and a share in words, and a
year-end review of 智能结账与对账 with an inconsistent rate and a 明年 forecast); and five tables (a markdown broker exhibit
with 2025E/2027F columns and a Total row, a space-aligned German table with e columns and a rounding total, a
tab-separated Indian years-as-rows table with a YoY column, a Simplified Chinese tab table with 合计 and a unit line,
and a markdown Brazilian years-as-rows table with a Total column). Distractors: datelines, report titles and exhibit
numbers, document numbers, counts of accountants, firms, members, customers and respondents, invoices issued, tax
revenue, a vendor's own revenue, ARR, retention and share target, a price target and its upside, adoption rates and
survey answers, a quarter's figures, rupee, real and baht amounts, a second publisher's figure, a superseded figure
and the whole accounting-software market beside the AI part.

Snippets 21-40: AI in accounting, audit and tax (AI bookkeeping and invoice processing, audit analytics and continuous
auditing, tax preparation and compliance software, payroll and expense management, financial close and
reconciliation). Eight English prose pieces (an earnings call sizing its TAM "this year", a research abstract, a
LinkedIn post with "last year", investor-day slide bullets with an adjacent second market, a Tokyo research-house
release in yen by fiscal year, an Indian news article with a correction that rebased the figures, a forum answer, a
German vendor's annual-report market section), seven Chinese prose pieces (a broker's note, a provincial action plan
with 增长1.5倍, a Zhihu answer citing a second publisher, an association report in Simplified; a Taiwan statistics
release, a Hong Kong news item in 億港元 and a Taiwan brokerage note with a range in Traditional) and five tables (a
markdown segment table with E/F columns and a total row that misses by rounding, a tab-separated Brazilian table with
a CAGR column and one typo'd rate, a space-aligned Singapore table with years as rows and a YoY column, a Simplified
Chinese share table, a Traditional Chinese table with its total row printed first). Distractors: a vendor's own
revenue, ARR, guidance and margin targets; customers, invoices processed, e-filed returns, NF-e and 数电发票 counts;
accountants, audit firms, respondents and members; tax revenue collected; a quarter's figures; penetration rates and
survey answers; report, exhibit and slide numbers, report prices, plan title years; target prices and upside; a second
publisher's figure; a superseded figure; rupee and real amounts; shares in words; the whole accounting-software market
beside the AI part.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Business Wire release (London, 20 Feb 2025): growth rate, stated CAGR that only some reading reaches, a part
    # with its share. Nowhere: report title years, 1,450 finance leaders, 2.1 billion invoices, the ~$58 billion
    # accounting-software market (the whole beside the AI part), 61% of respondents (survey answer).
    dict(
        text=(
            "LONDON--(BUSINESS WIRE)--20 February 2025--Worldwide spending on AI-powered bookkeeping and invoice "
            "processing software climbed 24% to $2.84 billion in 2024, from $2.29 billion in 2023, according to "
            "\"AI in the Back Office 2025-2030\", published today by Larkspur Analytics. Accounts-payable invoice "
            "capture, the largest use case, made up 34% of the 2024 total, or $0.97 billion. Larkspur projects the "
            "market to reach $9.6 billion in 2030, a compound annual growth rate of 22.6% between 2024 and 2030, "
            "still a fraction of the roughly $58 billion accounting-software market as a whole. The firm's survey of "
            "1,450 finance leaders, whose companies together process some 2.1 billion supplier invoices a year, "
            "found that 61% plan to add AI matching tools within 18 months."
        ),
        obs=[
            ("Total", 2023, 2.29, "USD billion", "actual"),
            ("Total", 2024, 2.84, "USD billion", "actual"),
            ("Total", 2030, 9.6, "USD billion", "estimate"),
            ("Accounts-payable invoice capture", 2024, 0.97, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 22.6, "percent", 2024, 2030, None, "stated"),
            ("share", 34, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 2.84 / 2.29 - 1 = 24.02% -> 24
            ("cagr|implied", "rounding"),  # (9.6 / 2.84) ** (1/6) - 1 = 22.51% -> 22.5, not 22.6;
                                           # bounds (9.55/2.845)**(1/6)-1 = 22.36% .. (9.65/2.835)**(1/6)-1 = 22.65%: 22.6 reached
            ("arithmetic", "exact"),       # 0.97 / 2.84 = 34.15% -> 34
        ],
    ),
    # 2. Mumbai broker note (3 June 2024), fiscal years; CAGR whose span only its amounts' years give.
    # Nowhere: ₹1,550 crore (rupees not held), 1.4 crore GST registrations, ₹5 crore e-invoicing threshold,
    # the vendor's FY24 revenue and its price target with 18% upside.
    dict(
        text=(
            "Mumbai, 3 June 2024 | Sector update: India's market for AI-led GST and e-invoicing compliance software "
            "stood at US$186 million (about ₹1,550 crore) in FY2024, by our estimates, and we see it reaching US$520 "
            "million by FY2028, a CAGR of about 29%. Demand is being pulled forward as the e-invoicing threshold has "
            "dropped to ₹5 crore of turnover and the taxpayer base has crossed 1.4 crore GST registrations. Our "
            "top pick, whose FY24 revenue rose to ₹612 crore, stays a BUY with a price target of ₹2,340, implying 18% "
            "upside."
        ),
        obs=[
            ("Total", 2024, 186, "USD million", "actual"),
            ("Total", 2028, 520, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 29, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (520 / 186) ** (1/4) - 1 = 29.31% -> 29
        ],
    ),
    # 3. News article (8 April 2025) quoting two publishers on AI audit analytics; the first publisher gives base,
    # target and rate. Nowhere: Ardent's $1.9 billion for 2024, 72% of audit partners (survey), 2,300 audit firms.
    dict(
        text=(
            "Audit firms are pouring money into machine-learning tools that test entire ledgers rather than samples. "
            "Kestrel Insights, in a report released on Tuesday (8 April 2025), valued the global market for AI audit "
            "analytics and continuous-auditing software at $1.46 billion in 2024 and expects it to hit $4.1 billion "
            "in 2029, growing 22.9% a year over 2024-2029. Ardent Market Research, which counts some consulting "
            "work, puts the 2024 figure higher, at $1.9 billion. Either way, adoption is spreading: in a poll of "
            "the roughly 2,300 firms registered with the regulator, 72% of audit partners said they now use "
            "full-population testing on at least one engagement."
        ),
        obs=[
            ("Total", 2024, 1.46, "USD billion", "actual"),
            ("Total", 2029, 4.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.1 / 1.46) ** (1/5) - 1 = 22.94% -> 22.9
        ],
    ),
    # 4. Software vendor's investor day (February 2025): the TAM it sizes is the market. Nowhere: its own ARR,
    # 4,100 customers, 118% net revenue retention, its 10% share target, a quarter's bookings.
    dict(
        text=(
            "At its Investor Day in New York on 26 February 2025, Closewise laid out what it called a total "
            "addressable market of $18 billion in 2024 for AI-driven financial close, account reconciliation and "
            "intercompany accounting, and said it expects that opportunity to compound at 15% a year over "
            "2024-2028, to $31 billion. Chief Financial Officer Priya Raman noted that annual recurring revenue "
            "passed $640 million at year-end across 4,100 enterprise customers, with net revenue retention of 118%, "
            "and that fourth-quarter bookings alone came to $74 million. Management set a goal of capturing 10% of "
            "the market by 2028."
        ),
        obs=[
            ("Total", 2024, 18, "USD billion", "actual"),
            ("Total", 2028, 31, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31 / 18) ** (1/4) - 1 = 14.56% -> 15
        ],
    ),
    # 5. Singapore accountancy institute yearbook: a revised prior-year figure (the old one nowhere), a part with its
    # share. Nowhere: US$112 million (superseded), 33,000 members, 38% of SMEs (adoption), the grant's 50% co-funding.
    dict(
        text=(
            "Straits Accountancy Institute Yearbook 2025, Chapter 6: Technology. Singapore businesses spent US$148 "
            "million on AI bookkeeping and accounting-automation software in 2024. The 2023 figure, shown as US$112 "
            "million in last year's edition, has been revised to US$119 million after late vendor returns, putting "
            "growth at 24%. Cloud AI bookkeeping for small and medium-sized enterprises accounted for US$61 million, "
            "or 41% of the 2024 total. Some 38% of SMEs now use at least one AI accounting tool, helped by a "
            "productivity grant that co-funds up to 50% of qualifying costs. The Institute has 33,000 members."
        ),
        obs=[
            ("Total", 2023, 119, "USD million", "actual"),
            ("Total", 2024, 148, "USD million", "actual"),
            ("Cloud AI bookkeeping for small and medium-sized enterprises", 2024, 61, "USD million", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 148 / 119 - 1 = 24.37% -> 24
            ("arithmetic", "exact"),    # 61 / 148 = 41.22% -> 41
        ],
    ),
    # 6. Munich research house (May 2025): German AI tax software; the year-on-year rate contradicts its amounts
    # (apparently computed on an earlier, lower 2023 base); "€1.1 billion" converted to the series' EUR million.
    # Nowhere: 3.4 million VAT-registered firms, the 1 January 2025 mandate date, €947 billion tax revenue,
    # a cooperative's €1.3 billion revenue.
    dict(
        text=(
            "Munich, 14 May 2025. German companies spent €412 million on AI-based tax preparation and compliance "
            "software last year, 17.6% more than the €352 million of 2023, Isarblick Research writes in its annual "
            "Steuer-Tech Monitor. The B2B e-invoicing obligation that took effect on 1 January 2025 for the country's "
            "3.4 million VAT-registered businesses should lift the market to €1.1 billion by 2029 (CAGR 2024-2029: "
            "22%). For context, federal, state and local tax revenue came to €947 billion in 2024, and the largest "
            "domestic provider, a Nuremberg cooperative, reported revenue of €1.3 billion."
        ),
        obs=[
            ("Total", 2023, 352, "EUR million", "actual"),
            ("Total", 2024, 412, "EUR million", "actual"),
            ("Total", 2029, 1100, "EUR million", "estimate"),  # "€1.1 billion" in the series' unit
        ],
        claims=[
            ("growth", 17.6, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 412 / 352 - 1 = 17.05% -> 17.0, not 17.6;
                                               # bounds 411.5/352.5-1 = 16.74% .. 412.5/351.5-1 = 17.35%: 17.6 not reached
            ("cagr|implied", "exact"),         # (1100 / 412) ** (1/5) - 1 = 21.70% -> 22
        ],
    ),
    # 7. Sao Paulo research house (March 2025): payroll and expense AI in Brazil; a multiple over three years, a
    # range for 2028 (two value claims, no observation). Nowhere: R$1.2 billion (reais not held), 1,900 payroll
    # bureaus, the eSocial year.
    dict(
        text=(
            "SÃO PAULO, 11 March 2025 - Brazilian employers spent US$212 million (around R$1.2 billion) last year on "
            "AI tools for payroll processing and expense management, up 24% from US$171 million in 2023 and 2.4 "
            "times the US$88 million of 2021, estimates Ipê Consultoria. The house, which tracked 1,900 payroll "
            "bureaus, links the rise to the eSocial reporting regime introduced in 2018 and sees the market at "
            "US$480 million to US$550 million by 2028."
        ),
        obs=[
            ("Total", 2021, 88, "USD million", "actual"),
            ("Total", 2023, 171, "USD million", "actual"),
            ("Total", 2024, 212, "USD million", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("multiple", 2.4, "multiple", 2021, 2024, 3.0),
            ("value", 480, "USD million", 2028, 2028, None),
            ("value", 550, "USD million", 2028, 2028, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 212 / 171 - 1 = 23.98% -> 24
        ],
    ),
    # 8. Tokyo research house (July 2025): AI-OCR invoice processing in Japan, fiscal years, yen; a stated CAGR only
    # some reading reaches. Nowhere: the April-June quarter's ¥19.8 billion, 4.3 million qualified-invoice issuers,
    # October 2023 start date.
    dict(
        text=(
            "TOKYO, July 9, 2025 - Japan's market for AI-OCR invoice processing and automated bookkeeping services "
            "grew 31.3% to ¥68.4 billion in fiscal 2024 (the year to March 2025), from ¥52.1 billion a year earlier, "
            "Shinonome Research Institute said. The qualified-invoice system launched in October 2023, which now "
            "counts about 4.3 million registered issuers, remains the main driver; sales in the April-June quarter "
            "alone reached ¥19.8 billion. The institute forecasts ¥128 billion in fiscal 2027, average annual growth "
            "of 23.4% over fiscal 2024-2027."
        ),
        obs=[
            ("Total", 2023, 52.1, "JPY billion", "actual"),
            ("Total", 2024, 68.4, "JPY billion", "actual"),
            ("Total", 2027, 128, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 31.3, "percent", 2023, 2024, 1.0),
            ("cagr", 23.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 68.4 / 52.1 - 1 = 31.29% -> 31.3
            ("cagr|implied", "rounding"),  # (128 / 68.4) ** (1/3) - 1 = 23.23% -> 23.2, not 23.4;
                                           # bounds (127.5/68.45)**(1/3)-1 = 23.04% .. (128.5/68.35)**(1/3)-1 = 23.42%: 23.4 reached
        ],
    ),
    # 9. Simplified Chinese broker note (April 2025): AI 财税, base, part and share, target with span.
    # Nowhere: 12万家 代理记账机构, 龙头公司 revenue 38.6亿元, 目标价52元, report date.
    dict(
        text=(
            "华鼎证券计算机行业深度报告（2025年4月16日）：我们测算，2024年中国AI财税软件市场规模约为186亿元，"
            "同比增长27.4%（2023年为146亿元）。其中，智能记账规模约70.7亿元，占比38%。随着数电发票全面推广，"
            "预计2027年市场规模将达到420亿元，2024-2027年复合增速约31%。截至2024年末，全国代理记账机构超过"
            "12万家；行业龙头2024年实现营收38.6亿元。维持“买入”评级，目标价52元。"
        ),
        obs=[
            ("Total", 2023, 146, "CNY 100 million", "actual"),
            ("Total", 2024, 186, "CNY 100 million", "actual"),
            ("Total", 2027, 420, "CNY 100 million", "estimate"),
            ("智能记账", 2024, 70.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
            ("cagr", 31, "percent", 2024, 2027, None, "stated"),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186 / 146 - 1 = 27.40% -> 27.4
            ("cagr|implied", "exact"),  # (420 / 186) ** (1/3) - 1 = 31.19% -> 31
            ("arithmetic", "exact"),    # 70.7 / 186 = 38.01% -> 38
        ],
    ),
    # 10. Provincial plan (Simplified): 增长3倍 kept as x3 over 2020-2024; 力争 target an estimate; a share with no
    # part amount (no verdict). Nowhere: document number, plan title years, 45亿张 invoices, 10家 firms and their
    # 10亿元 revenue threshold.
    dict(
        text=(
            "江苏省人民政府办公厅关于印发《江苏省数字财税产业发展行动方案（2025—2027年）》的通知（苏政办发〔2025〕18号）。"
            "2024年，全省智能财税服务产业规模达到268亿元，较2020年的67亿元增长3倍，其中电子发票与智能开票服务占比约35%；"
            "全年数电发票开具量突破45亿张。到2027年，力争全省智能财税产业规模突破500亿元，培育营业收入超10亿元的"
            "骨干企业10家以上。"
        ),
        obs=[
            ("Total", 2020, 67, "CNY 100 million", "actual"),
            ("Total", 2024, 268, "CNY 100 million", "actual"),
            ("Total", 2027, 500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2020, 2024, 4.0),
            ("share", 35, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 11. Taipei CNA wire (Traditional): 新台幣億元, year-on-year rate and stated CAGR. Nowhere: 1,200 家中小企業,
    # 37% adoption, 71億張 e-invoices, 1,600 記帳士.
    dict(
        text=(
            "（中央社記者林佩君台北2025年3月18日電）創研產業顧問今天發布報告指出，2024年台灣AI會計與稅務軟體"
            "市場規模達新台幣48.6億元，較2023年的39.8億元年增22%；預估2028年將成長至112億元，2024至2028年"
            "複合成長率為23.2%。該機構調查的1200家中小企業中，有37%已導入AI記帳工具。財政部統計，去年全國電子"
            "發票開立張數約71億張，全台執業記帳士約1600人。"
        ),
        obs=[
            ("Total", 2023, 39.8, "TWD 100 million", "actual"),
            ("Total", 2024, 48.6, "TWD 100 million", "actual"),
            ("Total", 2028, 112, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2023, 2024, 1.0),
            ("cagr", 23.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 39.8 - 1 = 22.11% -> 22
            ("cagr|implied", "exact"),  # (112 / 48.6) ** (1/4) - 1 = 23.21% -> 23.2
        ],
    ),
    # 12. Hong Kong paper (Traditional, February 2025): 去年 actual, 今年 estimate, a part with its share.
    # Nowhere: 第四季 3.6億港元 (a quarter), 2,600 家上市公司, 四大 1.5萬名員工.
    dict(
        text=(
            "【本報訊】香港審計科技協會昨日（2月12日）發表報告，指去年本港AI審計分析及持續審計服務市場規模約"
            "12.6億港元，僅第四季已錄得3.6億港元；今年預計按年增長19.8%至15.1億港元，其中持續審計部分約4.2億港元，"
            "佔27.8%。報告預期，隨着本港約2600家上市公司的審計要求收緊，市場規模到2028年可達24億港元。四大會計師行"
            "在港員工合共約1.5萬人。"
        ),
        obs=[
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("Total", 2025, 15.1, "HKD 100 million", "estimate"),
            ("Total", 2028, 24, "HKD 100 million", "estimate"),
            ("持續審計", 2025, 4.2, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.8, "percent", 2024, 2025, 1.0),
            ("share", 27.8, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 15.1 / 12.6 - 1 = 19.84% -> 19.8
            ("arithmetic", "exact"),    # 4.2 / 15.1 = 27.81% -> 27.8
        ],
    ),
    # 13. Taiwan business paper (Traditional) quoting two research houses on AI expense management; the first gives
    # base and rate, the second's 26億元 is nowhere. The rate is reached only by some reading. Nowhere: 28% adoption,
    # 500 大企業.
    dict(
        text=(
            "（經濟日報記者陳怡如／台北2025年4月2日電）企業報帳也走向自動化。拓元產業研究估計，2024年台灣AI費用報銷與差旅管理軟體市場規模為新台幣21.5億元，"
            "較前一年的17.2億元成長25.6%，並預估2026年將突破35億元。另一家研調機構富觀顧問則將2024年的規模估為"
            "26億元，差異主要來自是否計入信用卡業者的加值服務。拓元指出，國內前500大企業中已有28%導入AI自動審核單據。"
        ),
        obs=[
            ("Total", 2023, 17.2, "TWD 100 million", "actual"),
            ("Total", 2024, 21.5, "TWD 100 million", "actual"),
            ("Total", 2026, 35, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 21.5 / 17.2 - 1 = 25.00% -> 25.0, not 25.6;
                                           # bounds 21.45/17.25-1 = 24.35% .. 21.55/17.15-1 = 25.66%: 25.6 reached
        ],
    ),
    # 14. Xinhua item (Simplified, 6 March 2025): 去年 actual, 今年 有望 estimate, a part with its share.
    # Nowhere: 10万名 注册会计师, 8600家 事务所, 约四成 (a share in words).
    dict(
        text=(
            "新华社北京3月6日电（记者王晓丹）记者从中国注册会计师协会获悉，去年我国智能审计市场规模约84亿元，"
            "今年有望达到105亿元，同比增长25%。其中，大数据审计分析预计约31.5亿元，占比30%。目前全国执业注册"
            "会计师超过10万名，会计师事务所约8600家，约四成事务所已在年报审计中引入AI工具。"
        ),
        obs=[
            ("Total", 2024, 84, "CNY 100 million", "actual"),
            ("Total", 2025, 105, "CNY 100 million", "estimate"),
            ("大数据审计分析", 2025, 31.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25, "percent", 2024, 2025, 1.0),
            ("share", 30, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 105 / 84 - 1 = 25.00% -> 25
            ("arithmetic", "exact"),    # 31.5 / 105 = 30.00% -> 30
        ],
    ),
    # 15. Year-end review (Simplified, dated 8 January 2025): the stated 28.6% contradicts its amounts (a typo for
    # 22.6%); 今年 is the dateline's 2025, an estimate. Nowhere: 第四季度 19亿元 (a quarter), 3200余家 财务共享中心.
    dict(
        text=(
            "【年终盘点】2025年1月8日，回望2024年，智能财务结账与对账赛道全面提速：全年市场规模达到62.3亿元，"
            "较2023年的50.8亿元增长28.6%，仅第四季度新签合同额就达19亿元。截至年末，国内建成财务共享中心的企业"
            "已有3200余家。业内预计，今年市场增速将保持在25%左右，规模接近78亿元。"
        ),
        obs=[
            ("Total", 2023, 50.8, "CNY 100 million", "actual"),
            ("Total", 2024, 62.3, "CNY 100 million", "actual"),
            ("Total", 2025, 78, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("growth", 25, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 62.3 / 50.8 - 1 = 22.64% -> 22.6, not 28.6;
                                               # bounds 62.25/50.85-1 = 22.42% .. 62.35/50.75-1 = 22.86%: 28.6 not reached
            ("cagr|implied", "exact"),         # 78 / 62.3 - 1 = 25.20% -> 25
        ],
    ),
    # 16. Broker exhibit, markdown pipes, E/F columns, Total row; rows add to the total in every year.
    # Nowhere: exhibit number, note text, report date.
    dict(
        text=(
            "Meridian Securities | Global Software | 14 May 2025\n"
            "Exhibit 4: Global AI-in-accounting software spend by segment (US$ billion)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---|---|---|---|\n"
            "| AI bookkeeping & invoice processing | 1.62 | 2.05 | 2.58 | 3.96 |\n"
            "| AI audit analytics | 0.98 | 1.24 | 1.55 | 2.41 |\n"
            "| AI tax preparation & compliance | 1.35 | 1.66 | 2.04 | 3.02 |\n"
            "| AI payroll & expense management | 0.74 | 0.92 | 1.15 | 1.73 |\n"
            "| AI financial close & reconciliation | 0.56 | 0.73 | 0.95 | 1.52 |\n"
            "| Total | 5.25 | 6.60 | 8.27 | 12.64 |\n"
            "\n"
            "Note 1: 2025E and 2027F are Meridian estimates. Excludes implementation services. Source: company "
            "filings, Meridian Securities."
        ),
        obs=[
            ("AI bookkeeping & invoice processing", 2023, 1.62, "USD billion", "actual"),
            ("AI bookkeeping & invoice processing", 2024, 2.05, "USD billion", "actual"),
            ("AI bookkeeping & invoice processing", 2025, 2.58, "USD billion", "estimate"),
            ("AI bookkeeping & invoice processing", 2027, 3.96, "USD billion", "estimate"),
            ("AI audit analytics", 2023, 0.98, "USD billion", "actual"),
            ("AI audit analytics", 2024, 1.24, "USD billion", "actual"),
            ("AI audit analytics", 2025, 1.55, "USD billion", "estimate"),
            ("AI audit analytics", 2027, 2.41, "USD billion", "estimate"),
            ("AI tax preparation & compliance", 2023, 1.35, "USD billion", "actual"),
            ("AI tax preparation & compliance", 2024, 1.66, "USD billion", "actual"),
            ("AI tax preparation & compliance", 2025, 2.04, "USD billion", "estimate"),
            ("AI tax preparation & compliance", 2027, 3.02, "USD billion", "estimate"),
            ("AI payroll & expense management", 2023, 0.74, "USD billion", "actual"),
            ("AI payroll & expense management", 2024, 0.92, "USD billion", "actual"),
            ("AI payroll & expense management", 2025, 1.15, "USD billion", "estimate"),
            ("AI payroll & expense management", 2027, 1.73, "USD billion", "estimate"),
            ("AI financial close & reconciliation", 2023, 0.56, "USD billion", "actual"),
            ("AI financial close & reconciliation", 2024, 0.73, "USD billion", "actual"),
            ("AI financial close & reconciliation", 2025, 0.95, "USD billion", "estimate"),
            ("AI financial close & reconciliation", 2027, 1.52, "USD billion", "estimate"),
            ("Total", 2023, 5.25, "USD billion", "actual"),
            ("Total", 2024, 6.60, "USD billion", "actual"),
            ("Total", 2025, 8.27, "USD billion", "estimate"),
            ("Total", 2027, 12.64, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 1.62+0.98+1.35+0.74+0.56 = 5.25
            ("hierarchy", "exact"),  # 2024: 2.05+1.24+1.66+0.92+0.73 = 6.60
            ("hierarchy", "exact"),  # 2025E: 2.58+1.55+2.04+1.15+0.95 = 8.27
            ("hierarchy", "exact"),  # 2027F: 3.96+2.41+3.02+1.73+1.52 = 12.64
        ],
    ),
    # 17. German research house table, space-aligned, e columns; the 2025e total is one above its rows' sum, within
    # rounding. Nowhere: table number, source line date.
    dict(
        text=(
            "Table 3 - Germany: AI tax software revenue by segment (EUR million)\n"
            "\n"
            "Segment                        2022   2023   2024   2025e   2026e\n"
            "VAT & e-invoicing compliance     96    118    143     171     204\n"
            "Corporate income tax             41     52     66      83     104\n"
            "Payroll tax                      28     33     39      46      54\n"
            "Transfer pricing                 12     15     19      24      30\n"
            "Total                           177    218    267     325     392\n"
            "\n"
            "e = estimate. Totals may not add up due to rounding. Source: Rheinwerk Research, April 2025."
        ),
        obs=[
            ("VAT & e-invoicing compliance", 2022, 96, "EUR million", "actual"),
            ("VAT & e-invoicing compliance", 2023, 118, "EUR million", "actual"),
            ("VAT & e-invoicing compliance", 2024, 143, "EUR million", "actual"),
            ("VAT & e-invoicing compliance", 2025, 171, "EUR million", "estimate"),
            ("VAT & e-invoicing compliance", 2026, 204, "EUR million", "estimate"),
            ("Corporate income tax", 2022, 41, "EUR million", "actual"),
            ("Corporate income tax", 2023, 52, "EUR million", "actual"),
            ("Corporate income tax", 2024, 66, "EUR million", "actual"),
            ("Corporate income tax", 2025, 83, "EUR million", "estimate"),
            ("Corporate income tax", 2026, 104, "EUR million", "estimate"),
            ("Payroll tax", 2022, 28, "EUR million", "actual"),
            ("Payroll tax", 2023, 33, "EUR million", "actual"),
            ("Payroll tax", 2024, 39, "EUR million", "actual"),
            ("Payroll tax", 2025, 46, "EUR million", "estimate"),
            ("Payroll tax", 2026, 54, "EUR million", "estimate"),
            ("Transfer pricing", 2022, 12, "EUR million", "actual"),
            ("Transfer pricing", 2023, 15, "EUR million", "actual"),
            ("Transfer pricing", 2024, 19, "EUR million", "actual"),
            ("Transfer pricing", 2025, 24, "EUR million", "estimate"),
            ("Transfer pricing", 2026, 30, "EUR million", "estimate"),
            ("Total", 2022, 177, "EUR million", "actual"),
            ("Total", 2023, 218, "EUR million", "actual"),
            ("Total", 2024, 267, "EUR million", "actual"),
            ("Total", 2025, 325, "EUR million", "estimate"),
            ("Total", 2026, 392, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2022: 96+41+28+12 = 177
            ("hierarchy", "exact"),     # 2023: 118+52+33+15 = 218
            ("hierarchy", "exact"),     # 2024: 143+66+39+19 = 267
            ("hierarchy", "rounding"),  # 2025e: 171+83+46+24 = 324, printed 325; bounds 324 -/+ 4 x 0.5 = 322 .. 326: reached
            ("hierarchy", "exact"),     # 2026e: 204+104+54+30 = 392
        ],
    ),
    # 18. Indian broker exhibit, tab-separated, years as rows; the lone value column headed by its unit is the
    # Total; a YoY column gives a rate per year. Nowhere: exhibit number, the 1.46 crore taxpayers note, FY note.
    dict(
        text=(
            "Exhibit 7: India - AI tax and GST compliance software market\n"
            "Year\tUS$ million\tYoY (%)\n"
            "FY22\t64\t-\n"
            "FY23\t88\t37.5\n"
            "FY24\t121\t37.5\n"
            "FY25E\t162\t33.9\n"
            "FY26F\t210\t29.6\n"
            "FY = year ending March; E/F = Vantage Capital estimates. GST registered taxpayers: 1.46 crore (Mar-24)."
        ),
        obs=[
            ("Total", 2022, 64, "USD million", "actual"),
            ("Total", 2023, 88, "USD million", "actual"),
            ("Total", 2024, 121, "USD million", "actual"),
            ("Total", 2025, 162, "USD million", "estimate"),
            ("Total", 2026, 210, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 37.5, "percent", 2022, 2023, 1.0),
            ("growth", 37.5, "percent", 2023, 2024, 1.0),
            ("growth", 33.9, "percent", 2024, 2025, 1.0),
            ("growth", 29.6, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 88 / 64 - 1 = 37.50% -> 37.5
            ("cagr|implied", "exact"),  # 121 / 88 - 1 = 37.50% -> 37.5
            ("cagr|implied", "exact"),  # 162 / 121 - 1 = 33.88% -> 33.9
            ("cagr|implied", "exact"),  # 210 / 162 - 1 = 29.63% -> 29.6
        ],
    ),
    # 19. Simplified Chinese table, tab-separated, 单位：亿元 line, E columns, a 合计 row adding up every year.
    # Nowhere: 表4, the note text.
    dict(
        text=(
            "表4  中国AI财税细分市场规模\n"
            "单位：亿元\n"
            "细分领域\t2023\t2024\t2025E\t2026E\n"
            "智能记账\t42.6\t55.1\t70.3\t88.9\n"
            "智能开票与发票处理\t38.4\t49.7\t63.2\t79.5\n"
            "智能报税与税务合规\t35.2\t44.8\t56.9\t71.6\n"
            "智能审计\t19.8\t26.4\t34.1\t43.7\n"
            "合计\t136.0\t176.0\t224.5\t283.7\n"
            "注：2025E、2026E为预测值。资料来源：艾睿咨询，2025年3月。"
        ),
        obs=[
            ("智能记账", 2023, 42.6, "CNY 100 million", "actual"),
            ("智能记账", 2024, 55.1, "CNY 100 million", "actual"),
            ("智能记账", 2025, 70.3, "CNY 100 million", "estimate"),
            ("智能记账", 2026, 88.9, "CNY 100 million", "estimate"),
            ("智能开票与发票处理", 2023, 38.4, "CNY 100 million", "actual"),
            ("智能开票与发票处理", 2024, 49.7, "CNY 100 million", "actual"),
            ("智能开票与发票处理", 2025, 63.2, "CNY 100 million", "estimate"),
            ("智能开票与发票处理", 2026, 79.5, "CNY 100 million", "estimate"),
            ("智能报税与税务合规", 2023, 35.2, "CNY 100 million", "actual"),
            ("智能报税与税务合规", 2024, 44.8, "CNY 100 million", "actual"),
            ("智能报税与税务合规", 2025, 56.9, "CNY 100 million", "estimate"),
            ("智能报税与税务合规", 2026, 71.6, "CNY 100 million", "estimate"),
            ("智能审计", 2023, 19.8, "CNY 100 million", "actual"),
            ("智能审计", 2024, 26.4, "CNY 100 million", "actual"),
            ("智能审计", 2025, 34.1, "CNY 100 million", "estimate"),
            ("智能审计", 2026, 43.7, "CNY 100 million", "estimate"),
            ("合计", 2023, 136.0, "CNY 100 million", "actual"),
            ("合计", 2024, 176.0, "CNY 100 million", "actual"),
            ("合计", 2025, 224.5, "CNY 100 million", "estimate"),
            ("合计", 2026, 283.7, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 42.6+38.4+35.2+19.8 = 136.0
            ("hierarchy", "exact"),  # 2024: 55.1+49.7+44.8+26.4 = 176.0
            ("hierarchy", "exact"),  # 2025E: 70.3+63.2+56.9+34.1 = 224.5
            ("hierarchy", "exact"),  # 2026E: 88.9+79.5+71.6+43.7 = 283.7
        ],
    ),
    # 20. Brazilian research note table, markdown pipes, years as rows: each value column's header is its item,
    # the Total column the total. Nowhere: the note text, the 2.1 million companies on eSocial.
    dict(
        text=(
            "Brazil: AI payroll and expense-management software spend (US$ million)\n"
            "\n"
            "| Year | Payroll AI | Expense-management AI | Total |\n"
            "|------|-----------:|----------------------:|------:|\n"
            "| 2022 | 58 | 37 | 95 |\n"
            "| 2023 | 74 | 49 | 123 |\n"
            "| 2024 | 93 | 66 | 159 |\n"
            "| 2025E | 117 | 88 | 205 |\n"
            "| 2026F | 146 | 115 | 261 |\n"
            "\n"
            "E/F: Cerrado Tech Research estimates (March 2025). Excludes BPO fees; about 2.1 million companies "
            "report payroll through eSocial."
        ),
        obs=[
            ("Payroll AI", 2022, 58, "USD million", "actual"),
            ("Payroll AI", 2023, 74, "USD million", "actual"),
            ("Payroll AI", 2024, 93, "USD million", "actual"),
            ("Payroll AI", 2025, 117, "USD million", "estimate"),
            ("Payroll AI", 2026, 146, "USD million", "estimate"),
            ("Expense-management AI", 2022, 37, "USD million", "actual"),
            ("Expense-management AI", 2023, 49, "USD million", "actual"),
            ("Expense-management AI", 2024, 66, "USD million", "actual"),
            ("Expense-management AI", 2025, 88, "USD million", "estimate"),
            ("Expense-management AI", 2026, 115, "USD million", "estimate"),
            ("Total", 2022, 95, "USD million", "actual"),
            ("Total", 2023, 123, "USD million", "actual"),
            ("Total", 2024, 159, "USD million", "actual"),
            ("Total", 2025, 205, "USD million", "estimate"),
            ("Total", 2026, 261, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 58+37 = 95
            ("hierarchy", "exact"),  # 2023: 74+49 = 123
            ("hierarchy", "exact"),  # 2024: 93+66 = 159
            ("hierarchy", "exact"),  # 2025E: 117+88 = 205
            ("hierarchy", "exact"),  # 2026F: 146+115 = 261
        ],
    ),
    # 21. Earnings call (Feb 2025): the CFO sizes the TAM "this year" (2025, estimate) and 2028, span printed.
    # Nowhere: Q4 revenue $61.3m and its 24%, ARR $238m, 4,100 customers, 1.3 billion invoices, the $262m-$268m guide.
    dict(
        text=(
            "Ledgerline Software (NYSE: LDGR), fourth-quarter fiscal 2024 earnings call, February 20, 2025. "
            "Priya Anand, chief financial officer: \"Fourth-quarter revenue was $61.3 million, up 24%, and we exited "
            "the year with ARR of $238 million across roughly 4,100 mid-market customers. The platform touched "
            "1.3 billion supplier invoices in fiscal 2024. Stepping back to the opportunity, we think the addressable "
            "market for AI-driven accounts-payable and invoice automation is about $7.8 billion this year, and we see "
            "it getting to $14.5 billion by 2028, which is a compound growth rate of roughly 23% from 2025 through "
            "2028. For fiscal 2025 we are guiding revenue of $262 million to $268 million.\""
        ),
        obs=[
            ("Total", 2025, 7.8, "USD billion", "estimate"),
            ("Total", 2028, 14.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.5 / 7.8) ** (1 / 3) - 1 = 22.96% -> 23
        ],
    ),
    # 22. Research abstract: audit analytics with a part (amount and share), "more than fourfold" (x4 over 7 years) and
    # a stated CAGR. Nowhere: volume/article numbers, 286 partners, 41 firms, 58% of partners, "five years".
    dict(
        text=(
            "International Journal of Accounting Information Systems, Vol. 53 (2024), article 100681. Abstract. "
            "We size the global market for AI-based audit analytics, covering full-population transaction testing, "
            "anomaly detection and continuous auditing and monitoring platforms. Drawing on vendor filings and "
            "interviews with 286 audit partners at 41 firms, we put the market at US$1.26 billion in 2023, of which "
            "continuous auditing tools accounted for US$0.47 billion, or 37%. We project US$5.9 billion by 2030, more "
            "than fourfold the 2023 level and a compound annual growth rate of 24.7% for 2023-2030. Fifty-eight percent "
            "of partners expect AI to take over most sampling work within five years."
        ),
        obs=[
            ("Total", 2023, 1.26, "USD billion", "actual"),
            ("Continuous auditing tools", 2023, 0.47, "USD billion", "actual"),
            ("Total", 2030, 5.9, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 37, "percent", 2023, 2023, None),
            ("multiple", 4, "multiple", 2023, 2030, 7.0),
            ("cagr", 24.7, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 0.47 / 1.26 = 37.30% -> 37
            ("cagr|implied", "exact"),  # (5.9 / 1.26) ** (1 / 7) - 1 = 24.68% -> 24.7
        ],
    ),
    # 23. LinkedIn post (12 June 2025): "last year" = 2024, "this year" = 2025 (estimate, "~" kept at printed figure).
    # The 18% sits below the 21% the rounded amounts give: rounding. Nowhere: 140M returns, team of 14, 3,200
    # returns, Q1 $0.9B (a quarter), hashtags.
    dict(
        text=(
            "Tomás Reyes · Tax technology lead at a regional CPA firm · posted 12 June 2025\n"
            "Busy season is finally over, so some numbers. US spending on AI tax-preparation and compliance software "
            "hit $2.3B last year, up 18% from $1.9B in 2023 (per TaxTech Insights' spring tracker). Their call for this "
            "year: ~$2.8B. Meanwhile the IRS took in 140M+ e-filed individual returns and our team of 14 reviewed "
            "3,200 of them by hand. Q1 alone was $0.9B of software spend, which tells you how front-loaded this "
            "business is. #taxtech #AI #accounting"
        ),
        obs=[
            ("Total", 2023, 1.9, "USD billion", "actual"),
            ("Total", 2024, 2.3, "USD billion", "actual"),
            ("Total", 2025, 2.8, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 2.3 / 1.9 - 1 = 21.05% -> 21, not 18; bounds 2.25 / 1.95 - 1 = 15.38%
                                           # to 2.35 / 1.85 - 1 = 27.03%, so 18 is reachable
        ],
    ),
    # 24. Investor-day slide bullets (4 March 2025): TAM 2024 -> 2029E, "2.5x in five years" (x2.5, period 5), a
    # CAGR with printed span; an adjacent market is an item of its own. Nowhere: slide numbers, 2,300 customers,
    # 31% of Fortune 500, FY24 revenue $412M, 25% operating margin by FY27.
    dict(
        text=(
            "Closewise Investor Day 2025 | New York | 4 March 2025\n"
            "Slide 12 - Market opportunity\n"
            "• AI-led financial close & reconciliation: $6.2B TAM in 2024 -> $15.5B by 2029E\n"
            "• 2.5x in five years; ~20% CAGR 2024-29\n"
            "• Adjacent: AI spend management, $3.4B (2024)\n"
            "• Today: 2,300 customers incl. 31% of the Fortune 500; FY24 revenue $412M\n"
            "Slide 13 - Path to 25% non-GAAP operating margin by FY27"
        ),
        obs=[
            ("Total", 2024, 6.2, "USD billion", "actual"),
            ("Total", 2029, 15.5, "USD billion", "estimate"),
            ("AI spend management", 2024, 3.4, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2024, 2029, 5.0),
            ("cagr", 20, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (15.5 / 6.2) ** (1 / 5) - 1 = 20.11% -> 20
        ],
    ),
    # 25. Tokyo research-house release in yen (Oct 2025), fiscal years counted as their number; a YoY rate and a
    # CAGR with printed span. Nowhere: October 2023 system start, 73 vendors, report No. R-2025-114, price ¥198,000,
    # 4.5 million registered issuers.
    dict(
        text=(
            "TOKYO, October 8, 2025 - Kasumi Research Institute today released the results of its survey of the "
            "domestic market for AI-OCR and automated invoice processing services. The market grew 16.1% in fiscal "
            "2024 to ¥48.2 billion, from ¥41.5 billion in fiscal 2023, as companies adapted to the qualified invoice "
            "system introduced in October 2023 and to the amended Electronic Bookkeeping Act. Kasumi forecasts the "
            "market at ¥86.0 billion in fiscal 2028, a compound annual rate of 15.6% over fiscal 2024-2028. The survey "
            "covered 73 vendors between April and July 2025. The full report (No. R-2025-114) is priced at ¥198,000 "
            "excluding tax. Some 4.5 million businesses are now registered as qualified invoice issuers."
        ),
        obs=[
            ("Total", 2023, 41.5, "JPY billion", "actual"),
            ("Total", 2024, 48.2, "JPY billion", "actual"),
            ("Total", 2028, 86.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 16.1, "percent", 2023, 2024, 1.0),
            ("cagr", 15.6, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.2 / 41.5 - 1 = 16.14% -> 16.1
            ("cagr|implied", "exact"),  # (86.0 / 48.2) ** (1 / 4) - 1 = 15.57% -> 15.6
        ],
    ),
    # 26. Indian news article with a correction: the base was rebased from $410m to $380m but the CAGR still comes
    # from the old base (inconsistent). $1.45 billion goes to the series' unit (USD million). Nowhere: $410 million,
    # the headline "near $1.5 billion", ₹3,170 crore (rupees), 1.47 crore GST registrants, penetration below 6%.
    dict(
        text=(
            "Mumbai, 9 May 2025 (updated 12 May 2025)\n"
            "India's AI bookkeeping market set to near $1.5 billion by 2030: report\n"
            "India's market for AI-powered bookkeeping and reconciliation tools, which small businesses use to match "
            "bank feeds against GST invoices, was worth $380 million in 2024 and is projected to reach $1.45 billion "
            "by 2030, growing at a CAGR of 23.4% over 2024-2030, according to Bengaluru-based Ledgerlabs Research. "
            "In rupee terms the market stood at about ₹3,170 crore. Around 1.47 crore businesses are registered under "
            "GST, and penetration of such tools among them remains below 6%, the firm said.\n"
            "Correction: An earlier version of this article said the market was worth $410 million in 2024. "
            "Ledgerlabs has revised the figure to $380 million after rebasing its vendor sample. The error is regretted."
        ),
        obs=[
            ("Total", 2024, 380, "USD million", "actual"),
            ("Total", 2030, 1450, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 23.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # (1450 / 380) ** (1 / 6) - 1 = 25.01%; bounds (1445 / 380.5) -> 24.91%,
                                               # (1455 / 379.5) -> 25.11%; 23.4 unreachable (it fits the old $410m)
        ],
    ),
    # 27. Forum answer: payroll and expense AI, YoY rate and a part with its share. Nowhere: 11 years, 900 employees,
    # the whole payroll-software market $31B, "about a third of CFOs" (survey, in words).
    dict(
        text=(
            "Re: Is AI payroll software actually a big market or just hype?\n"
            "u/ledger_lurker · 47 points\n"
            "Not hype, at least on the numbers. Disclosure: I've been in payroll ops for 11 years and we run about "
            "900 employees through an outsourced provider, so I'm biased. The figures I trust (Brightline Analytics, "
            "Jan 2025 edition) put the global market for AI in payroll and expense management at $3.1B in 2023 and "
            "$3.9B in 2024, so roughly 26% growth. Expense management was $1.4B of the 2024 number, about 36%. "
            "Vendors love quoting the whole payroll-software market (~$31B), but that's not the AI part. Fun stat from "
            "the same report: about a third of CFOs said they'd drop manual expense review entirely."
        ),
        obs=[
            ("Total", 2023, 3.1, "USD billion", "actual"),
            ("Total", 2024, 3.9, "USD billion", "actual"),
            ("Expense management", 2024, 1.4, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 26, "percent", 2023, 2024, 1.0),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.9 / 3.1 - 1 = 25.81% -> 26
            ("arithmetic", "exact"),    # 1.4 / 3.9 = 35.90% -> 36
        ],
    ),
    # 28. German vendor's annual report, market section: "twice its size" (x2 over 4 years), a yearly rate whose span
    # only the amounts' years give (inferred), a country's share. Nowhere: section 2.1, 1 January 2025, whole tax and
    # accounting software market EUR 9.4bn, the vendor's revenue EUR 214m and its 12%, 1,850 employees.
    dict(
        text=(
            "Steuerwerk Software SE, Munich - Annual Report 2024. Combined management report, 2.1 Market and "
            "competitive environment. According to a study by the Frankfurt consultancy Rheinmark Partners, the "
            "European market for AI-enabled tax compliance software (automated VAT determination, e-invoice "
            "validation and filing) reached EUR 1.8 billion in 2024, twice its size of EUR 0.9 billion in 2020, "
            "an annual growth rate of around 19%. Germany was the largest single country at EUR 0.52 billion, or 29% "
            "of the total, helped by the B2B e-invoicing obligation that took effect on 1 January 2025. The overall "
            "European tax and accounting software market, of which AI-enabled tools are only a part, was estimated at "
            "EUR 9.4 billion. Steuerwerk's own revenue rose 12% to EUR 214 million; the Group employed 1,850 people at "
            "year-end."
        ),
        obs=[
            ("Total", 2020, 0.9, "EUR billion", "actual"),
            ("Total", 2024, 1.8, "EUR billion", "actual"),
            ("Germany", 2024, 0.52, "EUR billion", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2020, 2024, 4.0),
            ("cagr", 19, "percent", 2020, 2024, None, "inferred"),
            ("share", 29, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1.8 / 0.9) ** (1 / 4) - 1 = 18.92% -> 19
            ("arithmetic", "exact"),   # 0.52 / 1.8 = 28.89% -> 29
        ],
    ),
    # 29. Broker's note (Simplified, March 2025): YoY and a CAGR with printed span; 突破 kept at printed 400.
    # Nowhere: 12万家 bookkeeping agencies, 渗透率不足15%, 目标价56.8元 and 23% upside, company revenue 19.3亿元.
    dict(
        text=(
            "申联证券研究所｜行业深度报告｜2025年3月18日\n"
            "AI财税：从记账工具走向智能合规\n"
            "核心观点：据我们测算，2024年我国AI财税服务市场规模达186亿元，较2023年的146亿元同比增长27.4%。"
            "随着数电发票全面推广、金税四期持续推进，预计2027年市场规模有望突破400亿元，2024—2027年复合增长率约29%。"
            "目前全国代理记账机构约12万家，AI工具渗透率不足15%，提升空间可观。重点推荐财睿科技（目标价56.8元，"
            "较现价有23%上行空间），公司2024年实现营收19.3亿元。风险提示：政策推进不及预期、行业竞争加剧。"
        ),
        obs=[
            ("Total", 2023, 146, "CNY 100 million", "actual"),
            ("Total", 2024, 186, "CNY 100 million", "actual"),
            ("Total", 2027, 400, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
            ("cagr", 29, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 186 / 146 - 1 = 27.40% -> 27.4
            ("cagr|implied", "exact"),  # (400 / 186) ** (1 / 3) - 1 = 29.08% -> 29
        ],
    ),
    # 30. Provincial action plan (Simplified, 2025): a 力争 target (estimate), 增长1.5倍 kept as x1.5 over 2023-2027,
    # a 2024 YoY. Nowhere: plan title years 2025—2027, 20家 firms, 超亿元 threshold, 14.6亿张 invoices, tax revenue.
    dict(
        text=(
            "安徽省人民政府办公厅关于印发《安徽省数字财税产业高质量发展行动方案（2025—2027年）》的通知（2025年4月）\n"
            "二、发展目标。力争到2027年，全省智能财税服务产业规模达到120亿元，较2023年的48亿元增长1.5倍；"
            "培育年营业收入超亿元的骨干企业20家以上。\n"
            "发展基础：2024年，全省智能财税服务产业规模达到61亿元，同比增长27%；全年开具数电发票14.6亿张，"
            "全省税收收入稳中有进。"
        ),
        obs=[
            ("Total", 2023, 48, "CNY 100 million", "actual"),
            ("Total", 2024, 61, "CNY 100 million", "actual"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 1.5, "multiple", 2023, 2027, 4.0),
            ("growth", 27, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 61 / 48 - 1 = 27.08% -> 27
        ],
    ),
    # 31. Zhihu answer (Simplified, 2025-03-09): 去年 = 2024, a YoY rate, a part with share; a second publisher's
    # figure for 2024 (58亿元) is expected nowhere. Nowhere too: 6 年, 十几万家, 占三成, 编辑 date, 1.2 万 likes.
    dict(
        text=(
            "知乎 · 回答｜发布于 2025-03-09\n"
            "问题：AI 记账、发票识别这个赛道到底有多大？\n"
            "谢邀。我在会计师事务所待过 6 年，现在做财务 SaaS，说点数据。按智研观察那份报告的口径，去年国内智能票据"
            "识别与记账市场约 52.3 亿元，2023 年是 43.1 亿元，同比增长 21%。其中发票OCR约 19.6 亿元，占 37.5%。"
            "另一家机构给的去年数字是 58 亿元，但它把 RPA 也算进去了，口径更宽，别混着用。至于代账公司，全国十几万家，"
            "真正用上 AI 的大概占三成。\n"
            "编辑于 2025-03-10 · 赞同 1.2 万"
        ),
        obs=[
            ("Total", 2023, 43.1, "CNY 100 million", "actual"),
            ("Total", 2024, 52.3, "CNY 100 million", "actual"),
            ("发票OCR", 2024, 19.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("share", 37.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 52.3 / 43.1 - 1 = 21.35% -> 21
            ("arithmetic", "exact"),    # 19.6 / 52.3 = 37.48% -> 37.5
        ],
    ),
    # 32. Association report summary (Simplified, June 2025): 2025 预计 (estimate), 是2022年的2.5倍 (x2.5, period 3),
    # a stated CAGR the rounded amounts only reach at their bounds: rounding. Nowhere: report title year 2025,
    # 612 firms surveyed, 9,800 firms, 10.2万 CPAs.
    dict(
        text=(
            "《2025中国智能审计发展报告》摘要（中国审计信息化促进会，2025年6月）\n"
            "报告显示，我国智能审计市场（含审计数据分析、持续审计与智能抽样）规模由2022年的23.5亿元增至2024年的"
            "44.6亿元，预计2025年将达到58亿元，是2022年的2.5倍，2022—2025年年均复合增长率为35.2%。本次调研覆盖"
            "612家会计师事务所。截至2024年底，全国共有会计师事务所9,800余家，执业注册会计师10.2万人。"
        ),
        obs=[
            ("Total", 2022, 23.5, "CNY 100 million", "actual"),
            ("Total", 2024, 44.6, "CNY 100 million", "actual"),
            ("Total", 2025, 58, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2022, 2025, 3.0),
            ("cagr", 35.2, "percent", 2022, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (58 / 23.5) ** (1 / 3) - 1 = 35.14% -> 35.1; bounds (57.5 / 23.55) -> 34.66%,
                                           # (58.5 / 23.45) -> 35.62%, so 35.2 is reachable
        ],
    ),
    # 33. Taiwan statistics release (Traditional, May 2025): 新台幣億元, YoY, a part with its share, 預估 2025.
    # Nowhere: 12.6億張 e-invoices, 1,083 accounting firms, release number 114-027.
    dict(
        text=(
            "數位發展部 產業統計新聞稿（第114-027號，2025年5月16日）\n"
            "本部調查顯示，2024年國內「AI會計與稅務軟體服務」產值為新台幣38.6億元，較2023年之31.2億元年增23.7%；"
            "其中AI發票處理為14.2億元，占36.8%。受電子發票全面推行帶動，預估2025年產值可達47億元。另據財政部統計，"
            "2024年全年電子發票開立張數約12.6億張；全國登記之會計師事務所計1,083家。"
        ),
        obs=[
            ("Total", 2023, 31.2, "TWD 100 million", "actual"),
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("AI發票處理", 2024, 14.2, "TWD 100 million", "actual"),
            ("Total", 2025, 47, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.7, "percent", 2023, 2024, 1.0),
            ("share", 36.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.6 / 31.2 - 1 = 23.72% -> 23.7
            ("arithmetic", "exact"),    # 14.2 / 38.6 = 36.79% -> 36.8
        ],
    ),
    # 34. Hong Kong news item (Traditional, Jan 2025): 億港元, "約為2020年的3倍" (x3, period 4), a stated CAGR.
    # Nowhere: tax revenue collected 3,640億港元, 4.8萬 members, 2023/24 year of assessment.
    dict(
        text=(
            "【本報訊】（2025年1月14日）一份由本地會計科技聯盟發表的報告指出，本港AI審計及合規科技市場規模在2024年"
            "約為12.8億港元，約為2020年（4.3億港元）的3倍；報告預計，市場規模將於2028年增至29億港元，2024至2028年"
            "複合年增長率約23%。另一方面，稅務局2023/24課稅年度共收取稅款約3,640億港元。聯盟指，香港會計師公會"
            "現有會員逾4.8萬人，中小型事務所採用AI工具的步伐仍較慢。"
        ),
        obs=[
            ("Total", 2020, 4.3, "HKD 100 million", "actual"),
            ("Total", 2024, 12.8, "HKD 100 million", "actual"),
            ("Total", 2028, 29, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2020, 2024, 4.0),
            ("cagr", 23, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (29 / 12.8) ** (1 / 4) - 1 = 22.69% -> 23
        ],
    ),
    # 35. Taiwan brokerage note (Traditional, 2025/4/22): 去年 = 2024, 今年 = 2025 (estimate), a range for 2027 gives
    # two value claims and no observation. Nowhere: 目標價 NT$620 and 18% upside, the company's Q1 revenue 2.1億元
    # and its 31%.
    dict(
        text=(
            "凱豐投顧｜產業快評｜2025/4/22\n"
            "AI薪資與費用管理：去年台灣市場規模約新台幣9.4億元，今年預估年增25.5%至11.8億元；隨中小企業導入雲端薪資"
            "系統，我們預期2027年市場規模介於17億至19億元之間。首選精算雲（目標價NT$620，潛在上漲空間18%），該公司"
            "第一季營收2.1億元，年增31%。"
        ),
        obs=[
            ("Total", 2024, 9.4, "TWD 100 million", "actual"),
            ("Total", 2025, 11.8, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 25.5, "percent", 2024, 2025, 1.0),
            ("value", 17, "TWD 100 million", 2027, 2027, None),
            ("value", 19, "TWD 100 million", 2027, 2027, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 11.8 / 9.4 - 1 = 25.53% -> 25.5
        ],
    ),
    # 36. Markdown table (Feb 2025), years as columns with E/F columns and a Total row; the 2025E total misses the
    # rows' sum by 0.02 (rounding). Nowhere: exhibit number 4, the whole accounting-software market USD 68bn.
    dict(
        text=(
            "Exhibit 4: Global AI in accounting, audit and tax software, spend by segment (USD billion)\n"
            "| Segment | 2023 | 2024 | 2025E | 2028F |\n"
            "|---|---|---|---|---|\n"
            "| AI bookkeeping & invoice processing | 2.14 | 2.71 | 3.38 | 6.02 |\n"
            "| AI audit analytics | 1.26 | 1.55 | 1.92 | 3.61 |\n"
            "| AI tax preparation & compliance | 1.73 | 2.12 | 2.60 | 4.55 |\n"
            "| AI payroll & expense management | 0.98 | 1.19 | 1.45 | 2.47 |\n"
            "| AI financial close & reconciliation | 0.87 | 1.12 | 1.43 | 2.88 |\n"
            "| Total | 6.98 | 8.69 | 10.80 | 19.53 |\n"
            "Source: Northgate Fintech Research, February 2025. Note: 2025E and 2028F are Northgate estimates; totals "
            "may not add due to rounding. For reference, the whole accounting-software market was about USD 68 billion "
            "in 2024."
        ),
        obs=[
            ("AI bookkeeping & invoice processing", 2023, 2.14, "USD billion", "actual"),
            ("AI bookkeeping & invoice processing", 2024, 2.71, "USD billion", "actual"),
            ("AI bookkeeping & invoice processing", 2025, 3.38, "USD billion", "estimate"),
            ("AI bookkeeping & invoice processing", 2028, 6.02, "USD billion", "estimate"),
            ("AI audit analytics", 2023, 1.26, "USD billion", "actual"),
            ("AI audit analytics", 2024, 1.55, "USD billion", "actual"),
            ("AI audit analytics", 2025, 1.92, "USD billion", "estimate"),
            ("AI audit analytics", 2028, 3.61, "USD billion", "estimate"),
            ("AI tax preparation & compliance", 2023, 1.73, "USD billion", "actual"),
            ("AI tax preparation & compliance", 2024, 2.12, "USD billion", "actual"),
            ("AI tax preparation & compliance", 2025, 2.60, "USD billion", "estimate"),
            ("AI tax preparation & compliance", 2028, 4.55, "USD billion", "estimate"),
            ("AI payroll & expense management", 2023, 0.98, "USD billion", "actual"),
            ("AI payroll & expense management", 2024, 1.19, "USD billion", "actual"),
            ("AI payroll & expense management", 2025, 1.45, "USD billion", "estimate"),
            ("AI payroll & expense management", 2028, 2.47, "USD billion", "estimate"),
            ("AI financial close & reconciliation", 2023, 0.87, "USD billion", "actual"),
            ("AI financial close & reconciliation", 2024, 1.12, "USD billion", "actual"),
            ("AI financial close & reconciliation", 2025, 1.43, "USD billion", "estimate"),
            ("AI financial close & reconciliation", 2028, 2.88, "USD billion", "estimate"),
            ("Total", 2023, 6.98, "USD billion", "actual"),
            ("Total", 2024, 8.69, "USD billion", "actual"),
            ("Total", 2025, 10.80, "USD billion", "estimate"),
            ("Total", 2028, 19.53, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 2.14 + 1.26 + 1.73 + 0.98 + 0.87 = 6.98
            ("hierarchy", "exact"),     # 2024: 2.71 + 1.55 + 2.12 + 1.19 + 1.12 = 8.69
            ("hierarchy", "rounding"),  # 2025E: 3.38 + 1.92 + 2.60 + 1.45 + 1.43 = 10.78, not 10.80; rows at +0.005
                                        # each give 10.805 >= 10.795 (total at -0.005), so 10.80 is reachable
            ("hierarchy", "exact"),     # 2028F: 6.02 + 3.61 + 4.55 + 2.47 + 2.88 = 19.53
        ],
    ),
    # 37. Tab-separated Brazilian table (April 2025) with a CAGR column (span printed in its header); the payroll
    # rate 13.7% is a digit-swap typo for 17.3% (inconsistent). Nowhere: R$ 1.2 bilhão (reais), 3.9 billion NF-e.
    dict(
        text=(
            "Brazil: AI for accounting and tax compliance, by segment (USD million)\n"
            "Segment\t2024\t2029F\tCAGR 2024-29\n"
            "Tax compliance\t142\t365\t20.8%\n"
            "Bookkeeping and invoice capture\t96\t231\t19.2%\n"
            "Payroll\t58\t129\t13.7%\n"
            "Audit analytics\t31\t88\t23.2%\n"
            "Total\t327\t813\t20.0%\n"
            "Source: Ventura Insights, São Paulo, April 2025. Excludes the public e-invoicing infrastructure run by "
            "state tax offices (R$ 1.2 bilhão). Brazil issued some 3.9 billion NF-e electronic invoices in 2024."
        ),
        obs=[
            ("Tax compliance", 2024, 142, "USD million", "actual"),
            ("Tax compliance", 2029, 365, "USD million", "estimate"),
            ("Bookkeeping and invoice capture", 2024, 96, "USD million", "actual"),
            ("Bookkeeping and invoice capture", 2029, 231, "USD million", "estimate"),
            ("Payroll", 2024, 58, "USD million", "actual"),
            ("Payroll", 2029, 129, "USD million", "estimate"),
            ("Audit analytics", 2024, 31, "USD million", "actual"),
            ("Audit analytics", 2029, 88, "USD million", "estimate"),
            ("Total", 2024, 327, "USD million", "actual"),
            ("Total", 2029, 813, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 13.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 23.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 20.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # (365 / 142) ** (1 / 5) - 1 = 20.78% -> 20.8
            ("cagr|implied", "exact"),         # (231 / 96) ** (1 / 5) - 1 = 19.20% -> 19.2
            ("cagr|implied", "inconsistent"),  # (129 / 58) ** (1 / 5) - 1 = 17.34%; bounds (128.5 / 58.5) -> 17.04%,
                                               # (129.5 / 57.5) -> 17.63%; 13.7 unreachable
            ("cagr|implied", "exact"),         # (88 / 31) ** (1 / 5) - 1 = 23.20% -> 23.2
            ("cagr|implied", "exact"),         # (813 / 327) ** (1 / 5) - 1 = 19.98% -> 20.0
            ("hierarchy", "exact"),            # 2024: 142 + 96 + 58 + 31 = 327
            ("hierarchy", "exact"),            # 2029F: 365 + 231 + 129 + 88 = 813
        ],
    ),
    # 38. Space-aligned table with years as rows (published March 2025); the lone value column is headed by its unit
    # only, so its figures are the market's Total; a YoY column (period 1 each); 2023's 23.4% is rounding.
    # Nowhere: table number 3, title years 2020-2025E, 214 firms surveyed.
    dict(
        text=(
            "Table 3. Singapore: spending on AI-enabled audit and assurance tools, 2020-2025E\n"
            "Year     USD million    YoY change\n"
            "2020            38.5             -\n"
            "2021            46.2         20.0%\n"
            "2022            57.9         25.3%\n"
            "2023            71.4         23.4%\n"
            "2024            86.0         20.4%\n"
            "2025E          103.5         20.3%\n"
            "Source: Merlion Digital Finance Institute, Singapore, March 2025 (survey of 214 firms); 2025E is a forecast."
        ),
        obs=[
            ("Total", 2020, 38.5, "USD million", "actual"),
            ("Total", 2021, 46.2, "USD million", "actual"),
            ("Total", 2022, 57.9, "USD million", "actual"),
            ("Total", 2023, 71.4, "USD million", "actual"),
            ("Total", 2024, 86.0, "USD million", "actual"),
            ("Total", 2025, 103.5, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 20.0, "percent", 2020, 2021, 1.0),
            ("growth", 25.3, "percent", 2021, 2022, 1.0),
            ("growth", 23.4, "percent", 2022, 2023, 1.0),
            ("growth", 20.4, "percent", 2023, 2024, 1.0),
            ("growth", 20.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 46.2 / 38.5 - 1 = 20.00% -> 20.0
            ("cagr|implied", "exact"),     # 57.9 / 46.2 - 1 = 25.32% -> 25.3
            ("cagr|implied", "rounding"),  # 71.4 / 57.9 - 1 = 23.32% -> 23.3, not 23.4; bounds 71.35 / 57.95 - 1 =
                                           # 23.12% to 71.45 / 57.85 - 1 = 23.51%, so 23.4 is reachable
            ("cagr|implied", "exact"),     # 86.0 / 71.4 - 1 = 20.45% -> 20.4
            ("cagr|implied", "exact"),     # 103.5 / 86.0 - 1 = 20.35% -> 20.3
        ],
    ),
    # 39. Simplified Chinese share table for 2024 (亿元 and 占比) with a 合计 row at 100% (no claim); each row's
    # share gets an arithmetic verdict. Nowhere: 表5, the 100.0%, 受访企业 1,460 家.
    dict(
        text=(
            "表5  2024年中国AI财税市场细分结构\n"
            "单位：亿元\n"
            "| 细分领域 | 市场规模 | 占比 |\n"
            "|---|---|---|\n"
            "| 智能记账与票据处理 | 68.4 | 36.8% |\n"
            "| 智能税务申报与合规 | 51.2 | 27.5% |\n"
            "| 智能审计 | 24.9 | 13.4% |\n"
            "| 智能薪酬与费控 | 22.7 | 12.2% |\n"
            "| 智能结账与对账 | 18.8 | 10.1% |\n"
            "| 合计 | 186.0 | 100.0% |\n"
            "资料来源：华财智库《中国AI财税行业白皮书》（2025年2月），基于1,460家受访企业及厂商数据测算。"
        ),
        obs=[
            ("智能记账与票据处理", 2024, 68.4, "CNY 100 million", "actual"),
            ("智能税务申报与合规", 2024, 51.2, "CNY 100 million", "actual"),
            ("智能审计", 2024, 24.9, "CNY 100 million", "actual"),
            ("智能薪酬与费控", 2024, 22.7, "CNY 100 million", "actual"),
            ("智能结账与对账", 2024, 18.8, "CNY 100 million", "actual"),
            ("合计", 2024, 186.0, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 36.8, "percent", 2024, 2024, None),
            ("share", 27.5, "percent", 2024, 2024, None),
            ("share", 13.4, "percent", 2024, 2024, None),
            ("share", 12.2, "percent", 2024, 2024, None),
            ("share", 10.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 68.4 / 186.0 = 36.77% -> 36.8
            ("arithmetic", "exact"),  # 51.2 / 186.0 = 27.53% -> 27.5
            ("arithmetic", "exact"),  # 24.9 / 186.0 = 13.39% -> 13.4
            ("arithmetic", "exact"),  # 22.7 / 186.0 = 12.20% -> 12.2
            ("arithmetic", "exact"),  # 18.8 / 186.0 = 10.11% -> 10.1
            ("hierarchy", "exact"),   # 68.4 + 51.2 + 24.9 + 22.7 + 18.8 = 186.0
        ],
    ),
    # 40. Traditional Chinese table (March 2025) in 新台幣百萬元 with its 總計 row printed first and an E column.
    # Nowhere: 圖表 number 2-3, the source date 2025/03.
    dict(
        text=(
            "圖表2-3 台灣AI會計、稅務與審計軟體市場規模\n"
            "單位：新台幣百萬元\n"
            "| 項目 | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| 總計 | 3,120 | 3,860 | 4,740 |\n"
            "| AI發票與記帳 | 1,185 | 1,462 | 1,790 |\n"
            "| AI稅務申報與合規 | 902 | 1,118 | 1,365 |\n"
            "| AI審計分析 | 614 | 760 | 945 |\n"
            "| AI薪資與費用管理 | 419 | 520 | 640 |\n"
            "註：2025E為預估值。資料來源：台灣金融科技研究中心（2025/03）。"
        ),
        obs=[
            ("總計", 2023, 3120, "TWD million", "actual"),
            ("總計", 2024, 3860, "TWD million", "actual"),
            ("總計", 2025, 4740, "TWD million", "estimate"),
            ("AI發票與記帳", 2023, 1185, "TWD million", "actual"),
            ("AI發票與記帳", 2024, 1462, "TWD million", "actual"),
            ("AI發票與記帳", 2025, 1790, "TWD million", "estimate"),
            ("AI稅務申報與合規", 2023, 902, "TWD million", "actual"),
            ("AI稅務申報與合規", 2024, 1118, "TWD million", "actual"),
            ("AI稅務申報與合規", 2025, 1365, "TWD million", "estimate"),
            ("AI審計分析", 2023, 614, "TWD million", "actual"),
            ("AI審計分析", 2024, 760, "TWD million", "actual"),
            ("AI審計分析", 2025, 945, "TWD million", "estimate"),
            ("AI薪資與費用管理", 2023, 419, "TWD million", "actual"),
            ("AI薪資與費用管理", 2024, 520, "TWD million", "actual"),
            ("AI薪資與費用管理", 2025, 640, "TWD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 1,185 + 902 + 614 + 419 = 3,120
            ("hierarchy", "exact"),  # 2024: 1,462 + 1,118 + 760 + 520 = 3,860
            ("hierarchy", "exact"),  # 2025E: 1,790 + 1,365 + 945 + 640 = 4,740
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-sixty-seventh check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 4, 'rounding': 8, 'exact': 82}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'LONDON--(BUSINESS WIRE)--20 February 2025--',
    'a compound annual growth rate of 22.6% between 2024 and 2030',
    '(about ₹1,550 crore) in FY2024',
    'a CAGR of about 29%',
    'puts the 2024 figure higher, at $1.9 billion',
    'total addressable market of $18 billion in 2024',
    'has been revised to US$119 million',
    '€1.1 billion by 2029 (CAGR 2024-2029: 22%)',
    '2.4 times the US$88 million of 2021',
    'US$480 million to US$550 million by 2028',
    'in fiscal 2024 (the year to March 2025)',
    '2024-2027年复合增速约31%',
    '较2020年的67亿元增长3倍',
    '力争全省智能财税产业规模突破500亿元',
    '市場規模達新台幣48.6億元',
    '今年預計按年增長19.8%至15.1億港元',
    '另一家研調機構富觀顧問',
    '约四成事务所',
    '今年市场增速将保持在25%左右，规模接近78亿元',
    '| Total | 5.25 | 6.60 | 8.27 | 12.64 |',
    'Total                           177    218    267     325     392',
    'Year\tUS$ million\tYoY (%)',
    '单位：亿元',
    '| Year | Payroll AI | Expense-management AI | Total |',
    'about $7.8 billion this year',
    'of which continuous auditing tools accounted for US$0.47 billion, or 37%',
    'more than fourfold the 2023 level',
    'hit $2.3B last year, up 18% from $1.9B in 2023',
    '$6.2B TAM in 2024 -> $15.5B by 2029E',
    'Adjacent: AI spend management, $3.4B (2024)',
    '¥48.2 billion, from ¥41.5 billion in fiscal 2023',
    'Correction: An earlier version of this article said',
    'about ₹3,170 crore',
    'twice its size of EUR 0.9 billion in 2020',
    'an annual growth rate of around 19%',
    '预计2027年市场规模有望突破400亿元',
    '较2023年的48亿元增长1.5倍',
    '另一家机构给的去年数字是 58 亿元',
    '是2022年的2.5倍',
    '新台幣38.6億元，較2023年之31.2億元年增23.7%',
    '約為2020年（4.3億港元）的3倍',
    '介於17億至19億元之間',
    'Payroll\t58\t129\t13.7%',
    'Year     USD million    YoY change',
    '| 合计 | 186.0 | 100.0% |',
    '| 總計 | 3,120 | 3,860 | 4,740 |',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 245
#: figures, 53 rates, 85 verdicts and 1 false inconsistent
#: after the readings chosen on the hundred-and-sixty-fourth and -sixty-sixth sets
#: (it kept unread): 245, 53, 85 and 1
FLOORS = {"figures_found": 246, "rates_found": 53, "verdicts_right": 86}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset167.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
