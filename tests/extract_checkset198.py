"""A hundred-and-ninety-eighth check set for the extractor, written blind: AI for charities, nonprofits and fundraising:
AI donor-prospecting and fundraising platforms, AI grant-writing and grant-management tools, AI for volunteer matching
and case management at charities, AI translation and chatbots for humanitarian agencies, AI fraud checks on donations;
sized in money by charity regulators, fundraising associations, foundations' reports, nonprofit-software vendors'
investor days, brokers and research houses in the United Kingdom, Ireland, the United States, Canada, Australia,
Germany, the Netherlands, Kenya, India, Singapore, mainland China, Taiwan and Hong Kong. Distractors a careful reader
leaves out: total charitable giving beside the AI part, numbers of charities or volunteers, donations to one appeal, a
vendor's own revenue or margin, the price of a licence per seat, a funding round and valuation, a quarter's figures, a
survey's percentages, grants awarded.

Snippets 1-20: Twenty snippets on AI for charities, nonprofits and fundraising. Eight English prose pieces: a New York
wire release, a Toronto broker note in fiscal years, an Amsterdam briefing with segment shares, a London story quoting
two research houses, a Boston investor-day TAM with a 2.3x multiple, an Irish government plan with 2028 targets, a
Singapore note with a correction and a 2029 range, an investor's blog using last year/this year. Seven Chinese pieces
(three in Traditional: a Taiwanese association report, a Hong Kong story in 億港元 with a part and its share, a Hong Kong
broker deep-dive) and five tables (markdown E/F, space-aligned years with YoY, Chinese tab table in 亿元, fiscal-year
tab table, Traditional pipe table with shares). Left out: total charitable giving, one appeal's donations, charity and
volunteer counts, surveys, seat prices, funding rounds, grants awarded, a quarter's figures, vendor revenue, margins
and target prices, a rupee figure, a rival house's figure, a misstated figure. Inconsistent: the Xinhua CAGR, the 2023
YoY typo. Rounding only: the Toronto and Hong Kong broker CAGRs, the Taiwanese CAGR, the blog's 45%, the 13.5% and
24.5% shares, the markdown table's 2025E total and the fiscal table's FY2025e total.

Snippets 21-40: Twenty snippets (21-40) on AI for charities and fundraising. Eight are English prose: a Boston
vendor's earnings call, a Dublin working-paper abstract, an Australian social-media thread, a Toronto web article
carrying a correction, a Dutch foundation's annual-report letter, New York investor-day slide bullets, a Kenyan forum
answer citing two publishers, and a Mumbai research note with a rupee aside. Seven are Chinese prose (Xinhua-style
release, ministry plan, Taiwanese MIC-style release, Hong Kong press report, PTT post, brokerage abstract with a
range, results-briefing transcript; three in Traditional), and five are tables (markdown by use, tab-separated
vertical with YoY, space-aligned Chinese with 合计, regional with CAGR, German statistics with shares). Left out: total
giving, charity and volunteer counts, appeal takings, vendor revenue, margins, orders and share targets, seat prices,
funding rounds, survey answers, grants awarded, shares in words, a second publisher's 2024 figure, the pre-correction
figure, price targets, rupee and shilling sums. Inconsistent: the 27% rate in 22, the 19% CAGR in 28, the 2024 YoY in
37. Rounding only: the 36% share in 25, the 21% in 33, the 2023 YoY in 37, Middle East & Africa's CAGR in 39, one
share in 40, and the 2026F total in 36.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. New York wire press release from a research firm: YoY growth with both amounts, CAGR with printed span.
    #    Expected nowhere: the index's title year, the 1,140 respondents, total US giving, the 61% survey answer.
    dict(
        text=(
            "NEW YORK, Feb. 26, 2025 /PRNewswire/ -- Spending by U.S. nonprofits on AI donor-prospecting and "
            "wealth-screening platforms climbed to $1.86 billion in 2024, an 18% jump from $1.58 billion in 2023, "
            "according to the 2025 Nonprofit Intelligence Index released today by Hartwell Giving Analytics. The "
            "Philadelphia-based firm, which polled 1,140 development directors, projects the category will reach "
            "$5.2 billion by 2030, implying compound annual growth of 18.7% over 2024-2030. That is still small beside "
            "the roughly $557 billion Americans gave to charity in 2023, but 61% of respondents said AI-ranked "
            "prospect lists had already lifted their major-gift pipelines."
        ),
        obs=[
            ("Total", 2023, 1.58, "USD billion", "actual"),
            ("Total", 2024, 1.86, "USD billion", "actual"),
            ("Total", 2030, 5.2, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.86 / 1.58) ** (1 / 1) - 1 = 17.72% -> 18
            ("cagr|implied", "exact"),  # (5.2 / 1.86) ** (1 / 6) - 1 = 18.69% -> 18.7
        ],
    ),
    # 2. Toronto broker initiation in fiscal years; CAGR span only from the amounts' years, "roughly 26%" holds only
    #    by rounding. Expected nowhere: the charity count, the "one in ten" penetration, the covered firm's target
    #    price, upside, revenue, growth and margin, the per-seat licence price.
    dict(
        text=(
            "CANADIAN TECHNOLOGY | Nonprofit software | Initiation of coverage | Toronto, 13 January 2025\n"
            "Giving, automated. We size the North American market for AI fundraising and donor-CRM add-ons at "
            "US$1.2bn in FY2024 and model US$2.9bn by FY2028e, roughly a 26% CAGR. Canada's 86,000 registered "
            "charities remain under-penetrated: we estimate fewer than one in ten pays for any AI module today. We "
            "initiate on Maplegiving Software (TSX: MPG) at Outperform with a C$27.00 target, 19% upside. FY2024 "
            "revenue rose 31% to C$148m on a 22% adjusted EBITDA margin, and list pricing of C$85 per seat per month "
            "leaves plenty of room to upsell."
        ),
        obs=[
            ("Total", 2024, 1.2, "USD billion", "actual"),
            ("Total", 2028, 2.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 26, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (2.9 / 1.2) ** (1 / 4) - 1 = 24.68% -> 25, not 26; bounds (2.85 / 1.25) ** (1/4) - 1 = 22.88%,
            # (2.95 / 1.15) ** (1/4) - 1 = 26.56% -> 26 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Amsterdam research briefing: a European total, two segments with shares (one holds only by rounding), a
    #    country part, a growth rate without printed span. Expected nowhere: Dutch total giving, the 44% survey
    #    answer, the 380 organisations surveyed.
    dict(
        text=(
            "AMSTERDAM, 2 July 2025 - Charities, foundations and other non-profits in Europe spent EUR 0.84 billion "
            "on artificial-intelligence tools in 2024, according to a briefing from the Amstel Philanthropy Lab. "
            "Grant-writing and grant-management software took the largest slice at EUR 0.21 billion, or 25% of the "
            "total, while donor chatbots and translation tools accounted for EUR 0.11 billion (13.5%). Germany was the "
            "largest single country market at EUR 0.27 billion. The lab expects European spend to rise to EUR 1.9 "
            "billion in 2029, growing 17.7% a year. For context, Dutch households and firms gave some EUR 5.7 billion "
            "to good causes in 2023, and 44% of the 380 organisations the lab surveyed said they had no AI budget."
        ),
        obs=[
            ("Total", 2024, 0.84, "EUR billion", "actual"),
            ("Grant-writing and grant-management software", 2024, 0.21, "EUR billion", "actual"),
            ("Donor chatbots and translation tools", 2024, 0.11, "EUR billion", "actual"),
            ("Germany", 2024, 0.27, "EUR billion", "actual"),
            ("Total", 2029, 1.9, "EUR billion", "estimate"),
        ],
        claims=[
            ("share", 25, "percent", 2024, 2024, None),
            ("share", 13.5, "percent", 2024, 2024, None),
            ("cagr", 17.7, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 0.21 / 0.84 = 25.00% -> 25
            # 0.11 / 0.84 = 13.10% -> 13.1, not 13.5; bounds 0.105 / 0.845 = 12.43%, 0.115 / 0.835 = 13.77%
            ("arithmetic", "rounding"),
            ("cagr|period", "exact"),  # (1.9 / 0.84) ** (1 / 5) - 1 = 17.73% -> 17.7
        ],
    ),
    # 4. London news story quoting two research houses; series unit GBP million, so the 2031 £1.1 billion is
    #    converted to 1100. Expected nowhere: the second house's 2024 figure, total UK giving, the telethon total,
    #    the charity count.
    dict(
        text=(
            "LONDON, 9 September 2025 - Britain's charities are buying artificial intelligence faster than almost "
            "anyone predicted. The sector spent £212 million on AI tools in 2024, according to Thameside Research, "
            "which forecasts that outlay will hit £1.1 billion by 2031 - annual growth of 26.5% between 2024 and 2031. "
            "Dublin-based Liffey Analytics is more cautious about the starting point, putting 2024 spending at £260 "
            "million. Either way it is a sliver of the £15.1 billion the public donated that year, and smaller than "
            "the £37 million a single November telethon raised. There are roughly 170,000 registered charities in "
            "England and Wales, most of them with no IT staff at all."
        ),
        obs=[
            ("Total", 2024, 212, "GBP million", "actual"),
            ("Total", 2031, 1100, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 26.5, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1100 / 212) ** (1 / 7) - 1 = 26.52% -> 26.5
        ],
    ),
    # 5. Boston investor-day transcript sizing a TAM with approximate figures; a multiple and a rate without printed
    #    span. Expected nowhere: customer count, seat price, fiscal revenue, gross margin, a quarter's revenue and
    #    growth, the company's share target.
    dict(
        text=(
            "Causeway Cloud Inc. - 2025 Investor Day, Boston, 16 September 2025 - edited transcript\n"
            "Dana Whitfield, Chief Executive Officer: Let me start with the opportunity. We size the total addressable "
            "market for AI-powered fundraising, donor engagement and grant management at roughly $11.5 billion in "
            "2024, and we think it gets to about $27 billion by 2029. That's about 2.3x in five years, a compound rate "
            "of around 18.6%. Today we serve 3,800 nonprofits, and the average customer pays $59 per seat per month.\n"
            "Raj Menon, Chief Financial Officer: Thanks, Dana. Fiscal 2025 revenue should land near $640 million at a "
            "74% gross margin. Second-quarter revenue was $168 million, up 22%, and we are aiming for a 5% share of "
            "that TAM by 2029."
        ),
        obs=[
            ("Total", 2024, 11.5, "USD billion", "actual"),
            ("Total", 2029, 27, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.3, "multiple", 2024, 2029, 5.0),
            ("cagr", 18.6, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (27 / 11.5) ** (1 / 5) - 1 = 18.61% -> 18.6
        ],
    ),
    # 6. Irish government plan with targets: approximate base, a 2028 target and a part of it, growth with printed
    #    span. Expected nowhere: the plan's title years, the fund size and grant cap, staff trained, charity count.
    dict(
        text=(
            "Department of Rural and Community Development\n"
            "Charities Digital Capability Plan 2025-2028: summary of targets\n"
            "Irish charities invested some €38 million in artificial-intelligence tools in 2024, most of it on "
            "donor-management and translation software. The Plan sets a target for that investment to reach €120 "
            "million by 2028, equivalent to annual growth of 33% between 2024 and 2028, with AI case-management and "
            "volunteer-matching systems accounting for €45 million of the 2028 figure. To get there, the Department "
            "will open a €20 million Digital Capacity Fund, awarding grants of up to €150,000, and will train staff "
            "at 2,000 of the country's 11,500 registered charities."
        ),
        obs=[
            ("Total", 2024, 38, "EUR million", "actual"),
            ("Total", 2028, 120, "EUR million", "estimate"),
            ("AI case-management and volunteer-matching systems", 2028, 45, "EUR million", "estimate"),
        ],
        claims=[
            ("cagr", 33, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (120 / 38) ** (1 / 4) - 1 = 33.31% -> 33
        ],
    ),
    # 7. Singapore thematic note carrying a correction and a 2029 range. Expected nowhere: the note number, the
    #    withdrawn US$1.72 billion, charity fraud losses, the 38% survey answer.
    dict(
        text=(
            "Lion City Research | Thematic note No. 47 | Singapore, 14 May 2025\n"
            "Correction: an earlier version of this note gave the 2024 market size as US$1.72 billion. The correct "
            "figure is US$1.27 billion; all other numbers are unchanged.\n"
            "Screening donations for fraud is turning into an AI business. We estimate global spending on AI-based "
            "donation-fraud and payment-screening tools at US$1.27 billion in 2024, up 14% from US$1.11 billion in "
            "2023. For 2029 we pencil in US$2.6 billion to US$3.1 billion, depending on how quickly regulators in "
            "Singapore, Hong Kong and the UK tighten know-your-donor rules. Charity fraud losses ran at an estimated "
            "US$4.3 billion worldwide last year, and 38% of the charities we spoke to had faced at least one "
            "fraudulent-donation attempt."
        ),
        obs=[
            ("Total", 2023, 1.11, "USD billion", "actual"),
            ("Total", 2024, 1.27, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 14, "percent", 2023, 2024, 1.0),
            ("value", 2.6, "USD billion", 2029, 2029, None),
            ("value", 3.1, "USD billion", 2029, 2029, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.27 / 1.11) ** (1 / 1) - 1 = 14.41% -> 14
        ],
    ),
    # 8. Investor's blog post dated 10 February 2025: "last year" = 2024 (actual), "this year" = 2025 (estimate),
    #    approximate figures; the ~45% holds only by rounding. Expected nowhere: foundation grant payouts, the seed
    #    round and valuation, seat price, customer count, the nonprofit count.
    dict(
        text=(
            "Why we're betting on grant-management AI (posted 10 February 2025 by Priya Raman, partner at Northfield "
            "Impact Ventures)\n"
            "When we first looked at this space, software that helps foundations and nonprofits write, track and "
            "report on grants with AI was a roughly $0.9B market in 2023. Last year it was about $1.3B, up ~45%, and "
            "my own guess is that it clears $1.75B this year, another ~35%. That is still tiny next to the $100B-plus "
            "US foundations pay out in grants each year. We led a $6M seed round in Grantwise at a $30M post-money "
            "valuation last quarter; they charge $49 per seat per month and already have 410 customers. With about "
            "1.5 million nonprofits in the US, the runway is long."
        ),
        obs=[
            ("Total", 2023, 0.9, "USD billion", "actual"),
            ("Total", 2024, 1.3, "USD billion", "actual"),
            ("Total", 2025, 1.75, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 45, "percent", 2023, 2024, 1.0),
            ("growth", 35, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (1.3 / 0.9) ** (1 / 1) - 1 = 44.44% -> 44, not 45; bounds 1.25 / 0.95 - 1 = 31.58%,
            # 1.35 / 0.85 - 1 = 58.82% -> 45 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (1.75 / 1.3) ** (1 / 1) - 1 = 34.62% -> 35
        ],
    ),
    # 9. Mainland industry report (Simplified): YoY with both amounts, CAGR with printed span. Expected nowhere: the
    #    report's title year, the "约四成" fraction in words, total social donations, the charity count.
    dict(
        text=(
            "《2025中国慈善科技发展报告》日前在京发布。报告显示，2024年我国公益慈善领域人工智能应用市场规模达到38.6亿元，"
            "较2023年的30.3亿元同比增长27.4%，其中智能筹款平台占比约四成。报告预计，到2028年该市场规模将达到96.5亿元，"
            "2024—2028年年均复合增长率为25.7%。作为对照，2024年全国社会捐赠总额约为1450亿元，"
            "全国登记认定的慈善组织已超过1.5万家。"
        ),
        obs=[
            ("Total", 2023, 30.3, "CNY 100 million", "actual"),
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("Total", 2028, 96.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2023, 2024, 1.0),
            ("cagr", 25.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.6 / 30.3) ** (1 / 1) - 1 = 27.39% -> 27.4
            ("cagr|implied", "exact"),  # (96.5 / 38.6) ** (1 / 4) - 1 = 25.74% -> 25.7
        ],
    ),
    # 10. Provincial action plan (Simplified) with 力争 targets and 增长3倍 (x3 over 2023-2027, printed N kept).
    #     Expected nowhere: the plan's title years, the firm count, registered volunteers, the platform count.
    dict(
        text=(
            "江苏省民政厅 江苏省工业和信息化厅关于印发《江苏省“智慧公益”三年行动方案（2025—2027年）》的通知\n"
            "二、主要目标\n"
            "2023年，全省公益慈善领域人工智能产业规模为15.2亿元。到2026年，产业规模力争达到40亿元；到2027年，"
            "力争突破60亿元，较2023年增长3倍。其中，AI志愿服务匹配与个案管理平台规模力争达到18亿元。"
            "培育20家以上骨干企业，全省注册志愿者人数超过2200万人，建成省级慈善信息平台1个。"
        ),
        obs=[
            ("Total", 2023, 15.2, "CNY 100 million", "actual"),
            ("Total", 2026, 40, "CNY 100 million", "estimate"),
            ("Total", 2027, 60, "CNY 100 million", "estimate"),
            ("AI志愿服务匹配与个案管理平台", 2027, 18, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 11. Xinhua-style wire story quoting two institutes (Simplified); the CAGR is a typo (32.1 for ~23.1).
    #     Expected nowhere: the second institute's 2024 figure, one giving campaign's donations and participants.
    dict(
        text=(
            "新华社北京6月12日电（记者林晓）记者12日从中慈数智研究院获悉，2024年我国AI筹款与捐赠平台市场规模为21.7亿元，"
            "预计到2029年将增至61.3亿元，2024—2029年复合增长率达32.1%。北辰公益研究所发布的另一份报告则估计，"
            "2024年该市场规模约为25亿元。数据显示，2024年“九月公益季”期间，网民通过各平台捐款超过38亿元，"
            "参与人次达5800万。"
        ),
        obs=[
            ("Total", 2024, 21.7, "CNY 100 million", "actual"),
            ("Total", 2029, 61.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 32.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (61.3 / 21.7) ** (1 / 5) - 1 = 23.08%; bounds (61.25 / 21.75) ** (1/5) - 1 = 23.01%,
            # (61.35 / 21.65) ** (1/5) - 1 = 23.16% -> 32.1 never reached
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 12. Taiwanese association report (Traditional), 新台幣億元; the "約23.4%" CAGR holds only by rounding.
    #     Expected nowhere: the report's title year, the date "18", the 412 questionnaires, the 58% answer, total
    #     annual giving.
    dict(
        text=(
            "台灣公益科技協會今（18）日發布《2025台灣非營利組織AI應用調查報告》。報告指出，2024年國內非營利組織導入AI工具的"
            "市場規模達新台幣18.6億元，較2023年的14.9億元成長24.8%；協會預估，2027年市場規模將達35億元，"
            "2024至2027年年複合成長率約23.4%。本次調查共回收412家團體問卷，其中58%表示已使用生成式AI撰寫募款文案。"
            "相較之下，國人每年捐款總額約新台幣800億元，AI支出仍屬九牛一毛。"
        ),
        obs=[
            ("Total", 2023, 14.9, "TWD 100 million", "actual"),
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("Total", 2027, 35, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24.8, "percent", 2023, 2024, 1.0),
            ("cagr", 23.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (18.6 / 14.9) ** (1 / 1) - 1 = 24.83% -> 24.8
            # (35 / 18.6) ** (1 / 3) - 1 = 23.46% -> 23.5, not 23.4; bounds (34.5 / 18.65) ** (1/3) - 1 = 22.76%,
            # (35.5 / 18.55) ** (1/3) - 1 = 24.15% -> 23.4 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Hong Kong newspaper story (Traditional) in 億港元: an approximate total, a part and its share, a CAGR with
    #     printed span. Expected nowhere: one appeal's takings, the count of tax-exempt charities.
    dict(
        text=(
            "【本報訊】香港社福界積極擁抱人工智能。本地研究機構港灣社創研究中心昨日公布，2024年本港慈善及社福機構在"
            "人工智能方面的開支約9.8億港元，其中翻譯及聊天機械人服務佔2.6億港元，佔比26.5%，主要用於支援少數族裔及"
            "長者熱線。該中心預計，2027年整體開支將升至16.5億港元，2024至2027年平均每年增長約19%。同期，"
            "某大型慈善機構的年度籌款活動共籌得約4.86億港元，全港獲豁免繳稅的慈善團體則超過1萬個。"
        ),
        obs=[
            ("Total", 2024, 9.8, "HKD 100 million", "actual"),
            ("翻譯及聊天機械人服務", 2024, 2.6, "HKD 100 million", "actual"),
            ("Total", 2027, 16.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 26.5, "percent", 2024, 2024, None),
            ("cagr", 19, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 2.6 / 9.8 = 26.53% -> 26.5
            ("cagr|implied", "exact"),  # (16.5 / 9.8) ** (1 / 3) - 1 = 18.97% -> 19
        ],
    ),
    # 14. Shenzhen story dated 18 March 2025 (Simplified): 去年 = 2024 (actual), 今年 = 2025 (estimate, approximate
    #     "突破8亿元"); the 35% has no 2023 amount, so no verdict. Expected nowhere: the first quarter's purchases, a
    #     vendor's revenue and gross margin.
    dict(
        text=(
            "【2025年3月18日 深圳】随着网络募捐平台对资金安全的要求不断提高，AI捐赠反欺诈服务正在成为一门生意。"
            "据深圳市慈善科技促进会统计，去年国内AI捐赠风控与反欺诈服务市场规模约6.2亿元，同比增长35%；"
            "今年有望突破8亿元，增幅约29%。其中，今年一季度相关采购金额已达1.9亿元。"
            "业内龙头安捐科技去年营收1.3亿元，毛利率约61%。"
        ),
        obs=[
            ("Total", 2024, 6.2, "CNY 100 million", "actual"),
            ("Total", 2025, 8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
            ("growth", 29, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8 / 6.2) ** (1 / 1) - 1 = 29.03% -> 29
        ],
    ),
    # 15. Hong Kong broker deep-dive (Traditional) in 億美元 with a target price; CAGR 20.5% holds only by rounding;
    #     a share without its part (no verdict). Expected nowhere: the stock code, the company's revenue, growth and
    #     gross margin, the target price and upside, the report date.
    dict(
        text=(
            "【深度報告】善科集團（2389.HK）：AI募款平台龍頭，首予「買入」評級\n"
            "港灣證券研究部　2025年4月8日\n"
            "我們估算，全球AI募款平台市場規模2024年為42億美元，預估2028年將達88億美元，2024至2028年年複合增長率20.5%。"
            "中國內地市場2024年約佔全球的9%，增速更快。善科集團2024年收入12.6億港元，按年增長28%，毛利率58%。"
            "我們給予目標價38.5港元，較現價有24%上行空間。"
        ),
        obs=[
            ("Total", 2024, 42, "USD 100 million", "actual"),
            ("Total", 2028, 88, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.5, "percent", 2024, 2028, None, "stated"),
            ("share", 9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (88 / 42) ** (1 / 4) - 1 = 20.31% -> 20.3, not 20.5; bounds (87.5 / 42.5) ** (1/4) - 1 = 19.79%,
            # (88.5 / 41.5) ** (1/4) - 1 = 20.84% -> 20.5 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. Markdown pipe table, UK, GBP million, E/F columns and a Total row; the 2025E total adds only by rounding.
    #     Expected nowhere: the table number, the barometer's title year, the 1,020 charities.
    dict(
        text=(
            "Table 3. UK charity-sector spending on AI, by application (£m)\n"
            "\n"
            "| Application | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Donor prospecting | 58.4 | 71.2 | 86.9 | 124.5 |\n"
            "| Grant writing & management | 31.7 | 42.5 | 57.3 | 96.8 |\n"
            "| Volunteer matching & case management | 22.6 | 27.9 | 35.1 | 55.2 |\n"
            "| Donation fraud checks | 14.1 | 17.8 | 22.4 | 33.9 |\n"
            "| Total | 126.8 | 159.4 | 201.8 | 310.4 |\n"
            "\n"
            "Source: Charity Digital Barometer 2025 (n = 1,020 charities). E = estimate, F = forecast. "
            "Figures may not sum because of rounding."
        ),
        obs=[
            ("Donor prospecting", 2023, 58.4, "GBP million", "actual"),
            ("Donor prospecting", 2024, 71.2, "GBP million", "actual"),
            ("Donor prospecting", 2025, 86.9, "GBP million", "estimate"),
            ("Donor prospecting", 2027, 124.5, "GBP million", "estimate"),
            ("Grant writing & management", 2023, 31.7, "GBP million", "actual"),
            ("Grant writing & management", 2024, 42.5, "GBP million", "actual"),
            ("Grant writing & management", 2025, 57.3, "GBP million", "estimate"),
            ("Grant writing & management", 2027, 96.8, "GBP million", "estimate"),
            ("Volunteer matching & case management", 2023, 22.6, "GBP million", "actual"),
            ("Volunteer matching & case management", 2024, 27.9, "GBP million", "actual"),
            ("Volunteer matching & case management", 2025, 35.1, "GBP million", "estimate"),
            ("Volunteer matching & case management", 2027, 55.2, "GBP million", "estimate"),
            ("Donation fraud checks", 2023, 14.1, "GBP million", "actual"),
            ("Donation fraud checks", 2024, 17.8, "GBP million", "actual"),
            ("Donation fraud checks", 2025, 22.4, "GBP million", "estimate"),
            ("Donation fraud checks", 2027, 33.9, "GBP million", "estimate"),
            ("Total", 2023, 126.8, "GBP million", "actual"),
            ("Total", 2024, 159.4, "GBP million", "actual"),
            ("Total", 2025, 201.8, "GBP million", "estimate"),
            ("Total", 2027, 310.4, "GBP million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 58.4 + 31.7 + 22.6 + 14.1 = 126.8
            ("hierarchy", "exact"),  # 2024: 71.2 + 42.5 + 27.9 + 17.8 = 159.4
            # 2025E: 86.9 + 57.3 + 35.1 + 22.4 = 201.7 vs 201.8; slack 4 x 0.05 + 0.05 = 0.25 -> reachable
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2027F: 124.5 + 96.8 + 55.2 + 33.9 = 310.4
        ],
    ),
    # 17. Space-aligned table, years as rows, a lone value column headed by its unit (Total) and a YoY column; the
    #     2023 YoY is a typo (25.6 for 26.5). Expected nowhere: the source line.
    dict(
        text=(
            "AI grant-management software spending, United States\n"
            "\n"
            "Year      US$ m      YoY\n"
            "2021        212        -\n"
            "2022        268    26.4%\n"
            "2023        339    25.6%\n"
            "2024        431    27.1%\n"
            "2025E       548    27.1%\n"
            "2026E       690    25.9%\n"
            "\n"
            "Source: Cedar Row Partners estimates. E = estimate."
        ),
        obs=[
            ("Total", 2021, 212, "USD million", "actual"),
            ("Total", 2022, 268, "USD million", "actual"),
            ("Total", 2023, 339, "USD million", "actual"),
            ("Total", 2024, 431, "USD million", "actual"),
            ("Total", 2025, 548, "USD million", "estimate"),
            ("Total", 2026, 690, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 26.4, "percent", 2021, 2022, 1.0),
            ("growth", 25.6, "percent", 2022, 2023, 1.0),
            ("growth", 27.1, "percent", 2023, 2024, 1.0),
            ("growth", 27.1, "percent", 2024, 2025, 1.0),
            ("growth", 25.9, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 268 / 212 - 1 = 26.42% -> 26.4
            # 339 / 268 - 1 = 26.49%; bounds 338.5 / 268.5 - 1 = 26.07%, 339.5 / 267.5 - 1 = 26.92% -> 25.6 never
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 431 / 339 - 1 = 27.14% -> 27.1
            ("cagr|implied", "exact"),  # 548 / 431 - 1 = 27.15% -> 27.1
            ("cagr|implied", "exact"),  # 690 / 548 - 1 = 25.91% -> 25.9
        ],
    ),
    # 18. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row and an E column; all columns add exactly.
    #     Expected nowhere: the table number, the title's year span, the source date.
    dict(
        text=(
            "表2　2023—2025年我国公益慈善AI细分市场规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能筹款平台\t9.6\t12.5\t16.3\n"
            "AI项目申报与资助管理\t5.1\t7.0\t9.4\n"
            "志愿者智能匹配\t3.8\t4.9\t6.4\n"
            "捐赠风控与反欺诈\t5.7\t6.8\t8.2\n"
            "合计\t24.2\t31.2\t40.3\n"
            "资料来源：中国慈善科技联盟，2025年5月"
        ),
        obs=[
            ("智能筹款平台", 2023, 9.6, "CNY 100 million", "actual"),
            ("智能筹款平台", 2024, 12.5, "CNY 100 million", "actual"),
            ("智能筹款平台", 2025, 16.3, "CNY 100 million", "estimate"),
            ("AI项目申报与资助管理", 2023, 5.1, "CNY 100 million", "actual"),
            ("AI项目申报与资助管理", 2024, 7.0, "CNY 100 million", "actual"),
            ("AI项目申报与资助管理", 2025, 9.4, "CNY 100 million", "estimate"),
            ("志愿者智能匹配", 2023, 3.8, "CNY 100 million", "actual"),
            ("志愿者智能匹配", 2024, 4.9, "CNY 100 million", "actual"),
            ("志愿者智能匹配", 2025, 6.4, "CNY 100 million", "estimate"),
            ("捐赠风控与反欺诈", 2023, 5.7, "CNY 100 million", "actual"),
            ("捐赠风控与反欺诈", 2024, 6.8, "CNY 100 million", "actual"),
            ("捐赠风控与反欺诈", 2025, 8.2, "CNY 100 million", "estimate"),
            ("合计", 2023, 24.2, "CNY 100 million", "actual"),
            ("合计", 2024, 31.2, "CNY 100 million", "actual"),
            ("合计", 2025, 40.3, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 9.6 + 5.1 + 3.8 + 5.7 = 24.2
            ("hierarchy", "exact"),  # 2024: 12.5 + 7.0 + 4.9 + 6.8 = 31.2
            ("hierarchy", "exact"),  # 2025E: 16.3 + 9.4 + 6.4 + 8.2 = 40.3
        ],
    ),
    # 19. Tab-separated fiscal-year table from a Mumbai broker (US$ mn) with a FY24-27e CAGR column; the FY2025e
    #     Global row adds only by rounding. Expected nowhere: the exhibit number, the rupee (crore) figure for India.
    dict(
        text=(
            "Exhibit 12: Global AI fundraising-platform TAM by region (US$ mn)\n"
            "Region\tFY2023\tFY2024\tFY2025e\tFY2027e\tFY24-27e CAGR\n"
            "North America\t1,480\t1,760\t2,090\t2,950\t18.8%\n"
            "Europe\t610\t735\t880\t1,270\t20.0%\n"
            "Asia-Pacific\t290\t372\t478\t790\t28.5%\n"
            "Rest of world\t95\t118\t146\t224\t23.8%\n"
            "Global\t2,475\t2,985\t3,595\t5,234\t20.6%\n"
            "Source: Company filings, Ashoka Peak Securities estimates. India alone: Rs1,150 crore in FY2024."
        ),
        obs=[
            ("North America", 2023, 1480, "USD million", "actual"),
            ("North America", 2024, 1760, "USD million", "actual"),
            ("North America", 2025, 2090, "USD million", "estimate"),
            ("North America", 2027, 2950, "USD million", "estimate"),
            ("Europe", 2023, 610, "USD million", "actual"),
            ("Europe", 2024, 735, "USD million", "actual"),
            ("Europe", 2025, 880, "USD million", "estimate"),
            ("Europe", 2027, 1270, "USD million", "estimate"),
            ("Asia-Pacific", 2023, 290, "USD million", "actual"),
            ("Asia-Pacific", 2024, 372, "USD million", "actual"),
            ("Asia-Pacific", 2025, 478, "USD million", "estimate"),
            ("Asia-Pacific", 2027, 790, "USD million", "estimate"),
            ("Rest of world", 2023, 95, "USD million", "actual"),
            ("Rest of world", 2024, 118, "USD million", "actual"),
            ("Rest of world", 2025, 146, "USD million", "estimate"),
            ("Rest of world", 2027, 224, "USD million", "estimate"),
            ("Global", 2023, 2475, "USD million", "actual"),
            ("Global", 2024, 2985, "USD million", "actual"),
            ("Global", 2025, 3595, "USD million", "estimate"),
            ("Global", 2027, 5234, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.8, "percent", 2024, 2027, None, "stated"),
            ("cagr", 20.0, "percent", 2024, 2027, None, "stated"),
            ("cagr", 28.5, "percent", 2024, 2027, None, "stated"),
            ("cagr", 23.8, "percent", 2024, 2027, None, "stated"),
            ("cagr", 20.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2950 / 1760) ** (1 / 3) - 1 = 18.79% -> 18.8
            ("cagr|implied", "exact"),  # (1270 / 735) ** (1 / 3) - 1 = 20.00% -> 20.0
            ("cagr|implied", "exact"),  # (790 / 372) ** (1 / 3) - 1 = 28.54% -> 28.5
            ("cagr|implied", "exact"),  # (224 / 118) ** (1 / 3) - 1 = 23.82% -> 23.8
            ("cagr|implied", "exact"),  # (5234 / 2985) ** (1 / 3) - 1 = 20.59% -> 20.6
            ("hierarchy", "exact"),  # FY2023: 1480 + 610 + 290 + 95 = 2475
            ("hierarchy", "exact"),  # FY2024: 1760 + 735 + 372 + 118 = 2985
            # FY2025e: 2090 + 880 + 478 + 146 = 3594 vs 3595; slack 4 x 0.5 + 0.5 = 2.5 -> reachable
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # FY2027e: 2950 + 1270 + 790 + 224 = 5234
        ],
    ),
    # 20. Traditional Chinese pipe table in 新台幣百萬元 with a 占比 column; the 24.5% share holds only by rounding;
    #     the 合計 row's 100.0% is no claim. Expected nowhere: the table number, the source note.
    dict(
        text=(
            "表4　2024年台灣公益團體AI解決方案市場結構（單位：新台幣百萬元）\n"
            "| 項目 | 2024年 | 占比 |\n"
            "|---|---:|---:|\n"
            "| AI募款與捐款人管理 | 714 | 38.4% |\n"
            "| AI計畫申請與補助管理 | 455 | 24.5% |\n"
            "| 志工媒合與個案管理 | 396 | 21.3% |\n"
            "| 捐款詐騙偵測 | 296 | 15.9% |\n"
            "| 合計 | 1,861 | 100.0% |\n"
            "資料來源：台灣公益科技協會；占比經四捨五入。"
        ),
        obs=[
            ("AI募款與捐款人管理", 2024, 714, "TWD million", "actual"),
            ("AI計畫申請與補助管理", 2024, 455, "TWD million", "actual"),
            ("志工媒合與個案管理", 2024, 396, "TWD million", "actual"),
            ("捐款詐騙偵測", 2024, 296, "TWD million", "actual"),
            ("合計", 2024, 1861, "TWD million", "actual"),
        ],
        claims=[
            ("share", 38.4, "percent", 2024, 2024, None),
            ("share", 24.5, "percent", 2024, 2024, None),
            ("share", 21.3, "percent", 2024, 2024, None),
            ("share", 15.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 714 / 1861 = 38.37% -> 38.4
            # 455 / 1861 = 24.449% -> 24.4, not 24.5; bounds 454.5 / 1861.5 = 24.416%, 455.5 / 1860.5 = 24.483%
            # -> 24.5 (from 24.45) reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 396 / 1861 = 21.28% -> 21.3
            ("arithmetic", "exact"),  # 296 / 1861 = 15.91% -> 15.9
            ("hierarchy", "exact"),  # 714 + 455 + 396 + 296 = 1861
        ],
    ),
    # 21. Boston nonprofit-software vendor's Q3 earnings-call transcript sizing the TAM ("this year" = 2025, an
    #     estimate); CAGR with printed span. Expected nowhere: US charitable giving last year, the quarter's revenue
    #     and growth, customer counts, operating margin, the per-seat list price.
    dict(
        text=(
            "Harbor Giving Technologies, Inc. (NASDAQ: HGVT) Third Quarter 2025 Earnings Conference Call, "
            "November 5, 2025\n"
            "Rachel Moreno, President and Chief Executive Officer: Thank you, operator. Before Sam takes you through "
            "the financials, I want to spend a minute on the size of the prize. We put the total addressable market "
            "for AI-driven donor intelligence - prospect scoring, ask-amount optimisation, gift-likelihood models - "
            "at roughly $3.1 billion this year, and we see it getting to something like $6.8 billion in 2030. That is "
            "a compound annual growth rate of about 17% between 2025 and 2030. For context, Americans gave $592.5 "
            "billion to charity last year, so the software layer is still a sliver of the sector. In the quarter, "
            "revenue was $48.6 million, up 22% year over year; we added 310 nonprofit customers to end at 2,940, and "
            "non-GAAP operating margin was 14%. List price for the Prospect AI module remains $95 per seat per month."
        ),
        obs=[
            ("Total", 2025, 3.1, "USD billion", "estimate"),
            ("Total", 2030, 6.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (6.8 / 3.1) ** (1 / 5) - 1 = 17.01% -> 17
        ],
    ),
    # 22. Dublin university working-paper abstract; an "average annual increase" whose span only its amounts' years
    #     give; the printed 27% does not follow from EUR 46m -> EUR 79m. Expected nowhere: the paper number, the 418
    #     surveyed charities, 58% (a survey answer), the 6 percentage points, the 40 foundations and their grants.
    dict(
        text=(
            "Trinity Centre for Nonprofit Studies - Working Paper Series No. 25/04\n"
            "Writing machines: generative AI and the grant economy in Ireland and the United Kingdom\n"
            "Abstract. Funders have begun to complain that applications all read alike. We try to measure why. "
            "Combining vendor invoices with charity accounts, we estimate that charities and social enterprises in the "
            "two jurisdictions spent EUR 46 million on AI grant-writing and grant-management software in 2022 and "
            "EUR 79 million in 2024, an average annual increase of about 27%. In a survey of 418 charities, 58% of "
            "applicants said they had used a drafting assistant for at least one bid, and their success rates were 6 "
            "percentage points higher than non-users'. Meanwhile the grants awarded by the 40 largest Irish and UK "
            "foundations held at roughly EUR 4.1 billion. Keywords: philanthropy, grant-making, generative AI."
        ),
        obs=[
            ("Total", 2022, 46, "EUR million", "actual"),
            ("Total", 2024, 79, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 27, "percent", 2022, 2024, None, "inferred"),
        ],
        verdicts=[
            # (79 / 46) ** (1 / 2) - 1 = 31.05%; bounds (78.5 / 46.5) ** (1/2) - 1 = 29.93%,
            # (79.5 / 45.5) ** (1/2) - 1 = 32.18% -> 27 unreachable
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 23. Australian social-media thread; series unit USD million (first printed), so $1.3B and $2.9B are expected as
    #     1300 and 2900; "more than threefold in four years" is x3 over 2020-2024. Expected nowhere: thread numbering,
    #     the 60,000+ registered charities, the A$ seed round and valuation, the Christmas appeal's takings.
    dict(
        text=(
            "\U0001f9f5 Why every big Aussie charity is suddenly hiring a 'data fundraiser'. A thread. 1/6\n"
            "2/ Global spend on AI donor-prospecting platforms (wealth screening, propensity models, next-best-ask) "
            "was about $410M in 2020, per Meridian Nonprofit Research.\n"
            "3/ For 2024 they put it at $1.3B. More than threefold in four years.\n"
            "4/ Their forecast: $2.9B in 2028, i.e. ~22% CAGR 2024-28.\n"
            "5/ Here we have 60,000+ registered charities and most use none of this. Melbourne startup GiftGraph just "
            "closed an A$9M seed at a ~A$40M valuation, so someone thinks that changes.\n"
            "6/ Meanwhile one major charity's Christmas appeal raised A$18.4M with zero AI. Make of that what you will. /end"
        ),
        obs=[
            ("Total", 2020, 410, "USD million", "actual"),
            ("Total", 2024, 1300, "USD million", "actual"),
            ("Total", 2028, 2900, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2020, 2024, 4.0),
            ("cagr", 22, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2900 / 1300) ** (1 / 4) - 1 = 22.21% -> 22
        ],
    ),
    # 24. Toronto web article carrying a correction: the corrected 2024 figure (US$265 million) stands; YoY growth
    #     with both amounts. Expected nowhere: the superseded US$365 million, Canada's C$ humanitarian budget, the
    #     languages supported, the people displaced.
    dict(
        text=(
            "Chatbots in the camps: aid agencies bet on machine translation\n"
            "By Priya Natarajan | The Maple Ledger | Published Sept. 22, 2025; updated Sept. 23, 2025\n"
            "When a cholera outbreak swept through the settlements last spring, the first warnings reached families "
            "not through loudspeakers but through a WhatsApp bot that answered in Somali, Swahili and Oromo. Such "
            "tools are spreading fast. Humanitarian agencies worldwide spent US$265 million on AI translation, "
            "interpretation and chatbot tools in 2024, up 31% from US$202 million a year earlier, estimates "
            "Ottawa-based Northstar Humanitarian Analytics, which sees the figure reaching US$640 million by 2028. "
            "The bots now cover some 120 languages, yet they reach only a fraction of the 120 million people the UN "
            "counts as forcibly displaced. Canada's own humanitarian assistance budget was about C$1.1 billion last "
            "year.\n"
            "Correction: A previous version of this story misstated 2024 spending on AI translation and chatbot "
            "tools as US$365 million. The correct figure is US$265 million."
        ),
        obs=[
            ("Total", 2023, 202, "USD million", "actual"),
            ("Total", 2024, 265, "USD million", "actual"),
            ("Total", 2028, 640, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (265 / 202) ** (1 / 1) - 1 = 31.19% -> 31
        ],
    ),
    # 25. Dutch foundation's annual-report letter; "roughly double by 2028" is x2 over 2024-2028; the 36% share of
    #     card-testing detection holds only by rounding. Expected nowhere: "about a third of the rest" (share in
    #     words), Dutch total giving, the foundation's own income, the volunteers, the letter's date.
    dict(
        text=(
            "Letter from the Executive Board\n"
            "Fraud has followed giving online. Every time we open a new digital channel, someone tries to use it to "
            "test stolen cards or to impersonate us. We estimate that Dutch charities and payment providers spent "
            "some EUR 38 million on AI-based fraud checks on donations in 2024, and we expect that to roughly double "
            "by 2028. Card-testing detection alone took EUR 14 million of it, or 36%; about a third of the rest went "
            "on screening peer-to-peer fundraising pages. Total giving in the Netherlands came to EUR 5.7 billion, and "
            "our Foundation's own income rose to EUR 212 million. None of it would be possible without our 41,000 "
            "volunteers.\n"
            "Amsterdam, 15 April 2025 - Marloes de Vries, Chair of the Executive Board"
        ),
        obs=[
            ("Total", 2024, 38, "EUR million", "actual"),
            ("Card-testing detection", 2024, 14, "EUR million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2028, 4.0),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 14 / 38 = 36.84% -> 37, not 36; bounds 13.5 / 38.5 = 35.06%, 14.5 / 37.5 = 38.67%
            # -> 36 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 26. New York vendor's investor-day slide bullets: a 2024 TAM with two segments and their shares, a 2028e range
    #     (two value claims, no obs). Expected nowhere: slide number, share goal, customer count, the per-seat price,
    #     the vendor's FY2024 revenue and growth.
    dict(
        text=(
            "Investor Day 2025 | New York | June 10, 2025\n"
            "Slide 9 - The opportunity\n"
            "\u2022 AI fundraising & grant-management TAM: US$5.4bn in 2024\n"
            "\u2022 Donor prospecting & wealth screening: US$1.9bn (35%)\n"
            "\u2022 Grant writing & grant management: US$1.3bn (24%)\n"
            "\u2022 2028e TAM: US$8.5-9.5bn\n"
            "\u2022 Our goal: 15% share by FY2028\n"
            "\u2022 11,800 nonprofit customers; list price US$1,200 per seat per year\n"
            "\u2022 FY2024 revenue US$402m, +19%"
        ),
        obs=[
            ("Total", 2024, 5.4, "USD billion", "actual"),
            ("Donor prospecting & wealth screening", 2024, 1.9, "USD billion", "actual"),
            ("Grant writing & grant management", 2024, 1.3, "USD billion", "actual"),
        ],
        claims=[
            ("share", 35, "percent", 2024, 2024, None),
            ("share", 24, "percent", 2024, 2024, None),
            ("value", 8.5, "USD billion", 2028, 2028, None),
            ("value", 9.5, "USD billion", 2028, 2028, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1.9 / 5.4 = 35.19% -> 35
            ("arithmetic", "exact"),  # 1.3 / 5.4 = 24.07% -> 24
        ],
    ),
    # 27. Forum answer (Nairobi) quoting two publishers, dated 2025: "last year" = 2024 (actual), "this year" = 2025
    #     (estimate). Savanna Insights' series (base, target and rate given) is the snippet's. Expected nowhere:
    #     Lakeview Partners' 2024 figure, votes, the NGO count, the KSh platform giving (currency not in the table).
    dict(
        text=(
            "Q: Is there any data on how much NGOs in Africa spend on AI chatbots and case-management tools? Writing "
            "a proposal for a Nairobi-based pilot.\n"
            "Answer by wanjiru_k \u00b7 answered 3 Mar 2025 \u00b7 47 votes\n"
            "Best source I know is Savanna Insights. They put spending by NGOs and humanitarian agencies in Africa on "
            "AI chatbots, case-management and beneficiary-registration tools at $86 million last year, expect roughly "
            "$104 million this year (about 21% growth), and project $240 million by 2029 - a 23% CAGR over 2024-2029. "
            "Lakeview Partners has a higher figure for 2024, $120 million, but they count general CRM licences too. "
            "Locally, Kenya has about 11,000 registered NGOs, and M-Changa says Kenyans gave over KSh 1.2 billion "
            "through its platform last year; neither is the number you want. Good luck with the pilot!"
        ),
        obs=[
            ("Total", 2024, 86, "USD million", "actual"),
            ("Total", 2025, 104, "USD million", "estimate"),
            ("Total", 2029, 240, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
            ("cagr", 23, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (104 / 86) ** (1 / 1) - 1 = 20.93% -> 21
            ("cagr|implied", "exact"),  # (240 / 86) ** (1 / 5) - 1 = 22.78% -> 23
        ],
    ),
    # 28. Mumbai research-house thematic note with an aside in rupees (not in the unit table, so no observation);
    #     series unit USD million, so US$1.65bn is expected as 1650; the printed 19% CAGR does not follow.
    #     Expected nowhere: the Rs crore figures (AI spend, CSR spending, company revenue), TP and upside, the date.
    dict(
        text=(
            "INDIA SOCIAL-SECTOR TECH | Thematic | Mumbai, 21 July 2025\n"
            "Digital giving's fraud tax. UPI has made a ten-rupee donation frictionless, and fraudsters have noticed. "
            "Globally, we size the market for AI fraud checks on donations - payment screening, fake-campaign "
            "detection, KYC on crowdfunding pages - at US$720m in 2024 and see it reaching US$1.65bn by 2029, a 19% "
            "CAGR over 2024-29. India is small but fast: we estimate AI spend by Indian crowdfunding platforms and NGOs "
            "at roughly Rs410 crore, against mandatory CSR spending of about Rs34,000 crore. Our preferred play, "
            "DaanSetu Technologies (ADD, TP Rs865, 14% upside), reported FY25 revenue of Rs238 crore, up 27%."
        ),
        obs=[
            ("Total", 2024, 720, "USD million", "actual"),
            ("Total", 2029, 1650, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (1650 / 720) ** (1 / 5) - 1 = 18.04%; bounds (1645 / 720.5) ** (1/5) - 1 = 17.95%,
            # (1655 / 719.5) ** (1/5) - 1 = 18.13% (1.65bn +/- 0.005bn) -> 19 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. Xinhua-style release (Simplified); YoY growth with both amounts; 2025 有望突破27亿元 is an estimate at its
    #     printed figure. Expected nowhere: 约占三成 (share in words), charity-organisation count, total donations
    #     received, registered volunteers, the dateline.
    dict(
        text=(
            "新华社北京2025年4月22日电（记者李明远）记者从中国慈善联合会获悉，2024年我国公益慈善领域人工智能应用市场规模"
            "达到21.6亿元，同比增长28.6%，2023年这一数字为16.8亿元。其中，智能募捐与捐赠人管理类应用约占三成。"
            "数据显示，截至2024年底全国慈善组织总数超过1.5万家，全年接收慈善捐赠约1450亿元，注册志愿者人数达2.3亿。"
            "业内人士预计，随着互联网公开募捐平台加快引入智能审核，2025年该市场规模有望突破27亿元。"
        ),
        obs=[
            ("Total", 2023, 16.8, "CNY 100 million", "actual"),
            ("Total", 2024, 21.6, "CNY 100 million", "actual"),
            ("Total", 2025, 27, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (21.6 / 16.8) ** (1 / 1) - 1 = 28.57% -> 28.6
        ],
    ),
    # 30. Ministry implementation plan (Simplified); targets are estimates; 较2021年增长5倍 keeps its printed 5 as the
    #     multiple over 2021-2027. Expected nowhere: title years, document number, the 100 model institutions, the
    #     100% coverage rate (no share), 占比超过一半 (share in words).
    dict(
        text=(
            "民政部关于推进“智慧慈善”建设的实施方案（2025—2027年）\n"
            "民发〔2025〕23号\n"
            "一、总体目标\n"
            "到2025年底，慈善领域人工智能应用市场规模达到30亿元左右，培育100家以上智慧慈善示范机构。"
            "到2027年，慈善领域人工智能应用市场规模超过60亿元，较2021年增长5倍；互联网公开募捐信息平台智能风险核查"
            "覆盖率达到100%，其中捐赠资金智能监测类应用占比超过一半。"
        ),
        obs=[
            ("Total", 2025, 30, "CNY 100 million", "estimate"),
            ("Total", 2027, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 5, "multiple", 2021, 2027, 6.0),
        ],
        verdicts=[],
    ),
    # 31. Taiwanese MIC-style release (Traditional); CAGR with printed span, NT$ 億元. Expected nowhere: the report's
    #     title year, individual giving last year, the count of registered nonprofits, the 210 surveyed groups and
    #     their 47% (a survey answer).
    dict(
        text=(
            "【新聞稿】2025/05/13 台北\n"
            "資策智庫產業研究所（IIRI）今日發布「2025非營利組織數位轉型趨勢」報告指出，台灣公益團體導入AI募款與捐款人"
            "關係管理系統的速度加快，相關市場規模於2024年達新台幣9.6億元，預估2029年將成長至新台幣24.8億元，2024至"
            "2029年年複合成長率（CAGR）達20.9%。IIRI資深分析師陳雅婷表示，台灣去年個人捐款總額約新台幣780億元，全國"
            "登記的公益社團法人與財團法人超過1.2萬家；在受訪的210家公益團體中，有47%已試用生成式AI撰寫募款文案。"
        ),
        obs=[
            ("Total", 2024, 9.6, "TWD 100 million", "actual"),
            ("Total", 2029, 24.8, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24.8 / 9.6) ** (1 / 5) - 1 = 20.90% -> 20.9
        ],
    ),
    # 32. Hong Kong press report (Traditional); 去年 = 2024, 今年 = 2025 (estimate); growth and a share with both
    #     amounts. Expected nowhere: the tax-exempt charity count, the Community Chest's takings (one appeal), 八成
    #     (a survey answer in words), the report date.
    dict(
        text=(
            "【本報訊】本港慈善團體加快引入人工智能應付人手短缺。香港社福科技研究中心昨日（2025年3月12日）公布報告，"
            "估算本港慈善及社福機構在人工智能募捐、個案管理、聊天機械人及翻譯工具上的開支，去年約為3.8億港元，預計今年"
            "將增至4.6億港元，增長約21%。去年開支中，聊天機械人及翻譯工具佔1.2億港元，約佔32%。報告又指，本港目前有逾"
            "1萬個獲豁免繳稅的慈善團體，公益金去年籌款約3.1億港元；另有八成受訪機構表示前線人手不足。"
        ),
        obs=[
            ("Total", 2024, 3.8, "HKD 100 million", "actual"),
            ("Total", 2025, 4.6, "HKD 100 million", "estimate"),
            ("聊天機械人及翻譯工具", 2024, 1.2, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 21, "percent", 2024, 2025, 1.0),
            ("share", 32, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.6 / 3.8) ** (1 / 1) - 1 = 21.05% -> 21
            ("arithmetic", "exact"),  # 1.2 / 3.8 = 31.58% -> 32
        ],
    ),
    # 33. Taiwanese PTT forum post (Traditional) quoting a foreign report; 翻一番 is x2 over 2020-2024; a CAGR whose
    #     span only the amounts' years give, 21% holding only by rounding. Expected nowhere: the association's
    #     volunteers, the NT$450 per-account price, Taiwan's registered volunteers, the post's time, the push comment.
    dict(
        text=(
            "作者 sunnyvol (小太陽)  看板 NGO\n"
            "標題 [心得] AI志工媒合平台到底有沒有市場？\n"
            "時間 Sat Jan 18 23:05:41 2025\n"
            "最近在幫協會評估要不要導入AI志工媒合系統，順手查了一下國外的研究。Harbourline Research 估全球AI志工媒合"
            "與排班平台市場 2020年約 3.1 億美元，2024年約 6.5 億美元，四年就翻一番還有找，年複合成長率大概21%。\n"
            "我們協會一年才三百多個志工，廠商報價一個帳號每月 NT$450，老實說有點下不了手...\n"
            "台灣登記的志工好像有130萬人？有人用過可以分享嗎\n"
            "--\n"
            "推 ngo_wei: 我們用過，排班真的省很多時間 01/18 23:20"
        ),
        obs=[
            ("Total", 2020, 3.1, "USD 100 million", "actual"),
            ("Total", 2024, 6.5, "USD 100 million", "actual"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2020, 2024, 4.0),
            ("cagr", 21, "percent", 2020, 2024, None, "inferred"),
        ],
        verdicts=[
            # (6.5 / 3.1) ** (1 / 4) - 1 = 20.33% -> 20, not 21; bounds (6.45 / 3.15) ** (1/4) - 1 = 19.62%,
            # (6.55 / 3.05) ** (1/4) - 1 = 21.06% -> 21 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 34. Brokerage research abstract (Simplified) with a 2027 range (two value claims, no obs); 是2022年的2.5倍 is a
    #     x2.5 ratio over 2022-2024; 2030 有望突破60亿元 an estimate. Expected nowhere: report date, rating, target
    #     price, the 35x PE, the CR5 concentration.
    dict(
        text=(
            "【东岳证券】公益科技行业专题报告：AI筹款SaaS进入放量期（2025年9月2日）\n"
            "投资要点：据我们测算，2024年国内慈善组织AI筹款与捐赠人管理SaaS市场规模约为12.4亿元，是2022年的2.5倍；"
            "预计2027年市场规模将达到28-32亿元，2030年有望突破60亿元。互联网公开募捐平台集中度高（CR5超过90%），"
            "头部平台正将智能审核与捐赠人画像能力向中小慈善组织开放。首次覆盖某SaaS公司，给予“增持”评级，目标价18.6元，"
            "对应2026年35倍PE。风险提示：政策监管变化、捐赠意愿波动、技术迭代不及预期。"
        ),
        obs=[
            ("Total", 2024, 12.4, "CNY 100 million", "actual"),
            ("Total", 2030, 60, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2022, 2024, 2.0),
            ("value", 28, "CNY 100 million", 2027, 2027, None),
            ("value", 32, "CNY 100 million", 2027, 2027, None),
        ],
        verdicts=[],
    ),
    # 35. Listed social-sector software firm's half-year results-briefing transcript (Simplified); the TAM it sizes
    #     is the market; 今年 = 2025 (estimate); CAGR with printed span. Expected nowhere: half-year revenue and
    #     growth, gross margin, new AI orders, client count, the 15% share target.
    dict(
        text=(
            "善联科技2025年半年度业绩说明会文字记录（2025年8月28日）\n"
            "问：公司如何看待AI志愿服务和个案管理这块市场的空间？\n"
            "答（总经理 周敏）：按我们内部测算，国内慈善和社工机构在AI志愿者管理、个案管理上的可触达市场，今年大概是"
            "45亿元左右，到2030年能到120亿元，2025到2030年复合增速在22%左右。公司上半年营收3.26亿元，同比增长15.2%，"
            "毛利率52.7%，新签AI相关订单8600万元，服务机构超过4200家。我们希望到2027年在这个市场做到15%的份额。"
        ),
        obs=[
            ("Total", 2025, 45, "CNY 100 million", "estimate"),
            ("Total", 2030, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (120 / 45) ** (1 / 5) - 1 = 21.67% -> 22
        ],
    ),
    # 36. UK research body's markdown table by use with an "All uses" total row (GBP million); 2026F is an estimate.
    #     2023 and 2024 add exactly; 2026F rows add to 185.3 against a printed 185.1 (rounding). Expected nowhere:
    #     the table number, the report's title year, the memo line on total charity income.
    dict(
        text=(
            "Table 3: UK charity spending on AI tools, by use (\u00a3m)\n"
            "| Use | 2023 | 2024 | 2026F |\n"
            "|---|---|---|---|\n"
            "| Donor prospecting & fundraising | 41.2 | 52.6 | 84.5 |\n"
            "| Grant writing & management | 18.7 | 25.3 | 43.9 |\n"
            "| Volunteer matching & case management | 12.4 | 15.8 | 24.6 |\n"
            "| Translation & chatbots | 6.9 | 9.1 | 15.2 |\n"
            "| Donation fraud checks | 8.3 | 10.6 | 17.1 |\n"
            "| All uses | 87.5 | 113.4 | 185.1 |\n"
            "F = forecast; figures are rounded independently. Memo: total UK charity income, 2023: \u00a358.9bn.\n"
            "Source: Charity Digital Observatory, Sector Tech Report 2025."
        ),
        obs=[
            ("Donor prospecting & fundraising", 2023, 41.2, "GBP million", "actual"),
            ("Donor prospecting & fundraising", 2024, 52.6, "GBP million", "actual"),
            ("Donor prospecting & fundraising", 2026, 84.5, "GBP million", "estimate"),
            ("Grant writing & management", 2023, 18.7, "GBP million", "actual"),
            ("Grant writing & management", 2024, 25.3, "GBP million", "actual"),
            ("Grant writing & management", 2026, 43.9, "GBP million", "estimate"),
            ("Volunteer matching & case management", 2023, 12.4, "GBP million", "actual"),
            ("Volunteer matching & case management", 2024, 15.8, "GBP million", "actual"),
            ("Volunteer matching & case management", 2026, 24.6, "GBP million", "estimate"),
            ("Translation & chatbots", 2023, 6.9, "GBP million", "actual"),
            ("Translation & chatbots", 2024, 9.1, "GBP million", "actual"),
            ("Translation & chatbots", 2026, 15.2, "GBP million", "estimate"),
            ("Donation fraud checks", 2023, 8.3, "GBP million", "actual"),
            ("Donation fraud checks", 2024, 10.6, "GBP million", "actual"),
            ("Donation fraud checks", 2026, 17.1, "GBP million", "estimate"),
            ("All uses", 2023, 87.5, "GBP million", "actual"),
            ("All uses", 2024, 113.4, "GBP million", "actual"),
            ("All uses", 2026, 185.1, "GBP million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 41.2 + 18.7 + 12.4 + 6.9 + 8.3 = 87.5
            ("hierarchy", "exact"),  # 2024: 52.6 + 25.3 + 15.8 + 9.1 + 10.6 = 113.4
            # 2026F: 84.5 + 43.9 + 24.6 + 15.2 + 17.1 = 185.3, not 185.1; bounds 185.05 to 185.55 (each row +/-0.05)
            # -> 185.1 (185.05-185.15) reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 37. Singapore council's tab-separated vertical table: years as rows, one value column headed only by its unit
    #     (the market's Total), a YoY column; 2025E an estimate. 2023's 22.0% holds only by rounding; 2024's 21.8% is
    #     inconsistent. Expected nowhere: the monitor's title year, the table and note numbers.
    dict(
        text=(
            "Asia-Pacific spending on AI fundraising and donor-management platforms\n"
            "Source: Lion City Philanthropy Council, Giving Tech Monitor 2025, table 2\n"
            "Year\tUS$ m\tYoY\n"
            "2020\t64.0\t-\n"
            "2021\t79.5\t24.2%\n"
            "2022\t97.3\t22.4%\n"
            "2023\t118.6\t22.0%\n"
            "2024\t142.1\t21.8%\n"
            "2025E\t170.4\t19.9%\n"
            "Note 3: excludes CRM licences sold without AI modules."
        ),
        obs=[
            ("Total", 2020, 64.0, "USD million", "actual"),
            ("Total", 2021, 79.5, "USD million", "actual"),
            ("Total", 2022, 97.3, "USD million", "actual"),
            ("Total", 2023, 118.6, "USD million", "actual"),
            ("Total", 2024, 142.1, "USD million", "actual"),
            ("Total", 2025, 170.4, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24.2, "percent", 2020, 2021, 1.0),
            ("growth", 22.4, "percent", 2021, 2022, 1.0),
            ("growth", 22.0, "percent", 2022, 2023, 1.0),
            ("growth", 21.8, "percent", 2023, 2024, 1.0),
            ("growth", 19.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 79.5 / 64.0 - 1 = 24.22% -> 24.2
            ("cagr|implied", "exact"),  # 97.3 / 79.5 - 1 = 22.39% -> 22.4
            # 118.6 / 97.3 - 1 = 21.89% -> 21.9, not 22.0; bounds 118.55 / 97.35 - 1 = 21.78%,
            # 118.65 / 97.25 - 1 = 22.005% -> 22.0 reached only by some reading
            ("cagr|implied", "rounding"),
            # 142.1 / 118.6 - 1 = 19.81%; bounds 142.05 / 118.65 - 1 = 19.72%, 142.15 / 118.55 - 1 = 19.91%
            # -> 21.8 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 170.4 / 142.1 - 1 = 19.92% -> 19.9
        ],
    ),
    # 38. Provincial charity federation's space-aligned Simplified Chinese table by application with a 合计 row (万元);
    #     2025年E is an estimate; all three columns add exactly. Expected nowhere: the table number, the source's date,
    #     the province's charitable donations in the note.
    dict(
        text=(
            "表2-4  广东省慈善组织人工智能应用支出（按应用类型）          单位：万元\n"
            "应用类型                    2023年     2024年     2025年E\n"
            "智能募捐与捐赠人管理          3860       5120       6650\n"
            "项目申报与资助管理            1740       2380       3150\n"
            "志愿服务与个案管理            1520       1960       2540\n"
            "智能客服与多语种翻译           930       1270       1690\n"
            "捐赠资金智能监测               650        880       1170\n"
            "合计                          8700      11610      15200\n"
            "资料来源：广东省慈善联合会，2025年6月。注：不含慈善捐赠收入（2024年全省为186.3亿元）。"
        ),
        obs=[
            ("智能募捐与捐赠人管理", 2023, 3860, "CNY 10 thousand", "actual"),
            ("智能募捐与捐赠人管理", 2024, 5120, "CNY 10 thousand", "actual"),
            ("智能募捐与捐赠人管理", 2025, 6650, "CNY 10 thousand", "estimate"),
            ("项目申报与资助管理", 2023, 1740, "CNY 10 thousand", "actual"),
            ("项目申报与资助管理", 2024, 2380, "CNY 10 thousand", "actual"),
            ("项目申报与资助管理", 2025, 3150, "CNY 10 thousand", "estimate"),
            ("志愿服务与个案管理", 2023, 1520, "CNY 10 thousand", "actual"),
            ("志愿服务与个案管理", 2024, 1960, "CNY 10 thousand", "actual"),
            ("志愿服务与个案管理", 2025, 2540, "CNY 10 thousand", "estimate"),
            ("智能客服与多语种翻译", 2023, 930, "CNY 10 thousand", "actual"),
            ("智能客服与多语种翻译", 2024, 1270, "CNY 10 thousand", "actual"),
            ("智能客服与多语种翻译", 2025, 1690, "CNY 10 thousand", "estimate"),
            ("捐赠资金智能监测", 2023, 650, "CNY 10 thousand", "actual"),
            ("捐赠资金智能监测", 2024, 880, "CNY 10 thousand", "actual"),
            ("捐赠资金智能监测", 2025, 1170, "CNY 10 thousand", "estimate"),
            ("合计", 2023, 8700, "CNY 10 thousand", "actual"),
            ("合计", 2024, 11610, "CNY 10 thousand", "actual"),
            ("合计", 2025, 15200, "CNY 10 thousand", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 3860 + 1740 + 1520 + 930 + 650 = 8700
            ("hierarchy", "exact"),  # 2024: 5120 + 2380 + 1960 + 1270 + 880 = 11610
            ("hierarchy", "exact"),  # 2025E: 6650 + 3150 + 2540 + 1690 + 1170 = 15200
        ],
    ),
    # 39. Research house's regional exhibit (space-aligned) with a CAGR column whose header prints the span; World
    #     row adds exactly in both year columns. Middle East & Africa's 23.8% holds only by rounding. Expected nowhere:
    #     the exhibit number, the footnote's Indian figure in rupees.
    dict(
        text=(
            "Exhibit 11: Global spending on AI tools for nonprofits, by region (USD million)\n"
            "Region                   2024     2030F    CAGR 2024-30\n"
            "North America           1,240     3,180        17.0%\n"
            "Europe                    610     1,650        18.0%\n"
            "Asia-Pacific              380     1,290        22.6%\n"
            "Middle East & Africa       95       340        23.8%\n"
            "Latin America              75       240        21.4%\n"
            "World                   2,400     6,700        18.7%\n"
            "F = forecast. India's CSR outlay on digital inclusion (INR 2,150 crore) is discussed in the appendix."
        ),
        obs=[
            ("North America", 2024, 1240, "USD million", "actual"),
            ("North America", 2030, 3180, "USD million", "estimate"),
            ("Europe", 2024, 610, "USD million", "actual"),
            ("Europe", 2030, 1650, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 380, "USD million", "actual"),
            ("Asia-Pacific", 2030, 1290, "USD million", "estimate"),
            ("Middle East & Africa", 2024, 95, "USD million", "actual"),
            ("Middle East & Africa", 2030, 340, "USD million", "estimate"),
            ("Latin America", 2024, 75, "USD million", "actual"),
            ("Latin America", 2030, 240, "USD million", "estimate"),
            ("World", 2024, 2400, "USD million", "actual"),
            ("World", 2030, 6700, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3180 / 1240) ** (1 / 6) - 1 = 17.00% -> 17.0
            ("cagr|implied", "exact"),  # (1650 / 610) ** (1 / 6) - 1 = 18.04% -> 18.0
            ("cagr|implied", "exact"),  # (1290 / 380) ** (1 / 6) - 1 = 22.59% -> 22.6
            # (340 / 95) ** (1 / 6) - 1 = 23.68% -> 23.7, not 23.8; bounds (339.5 / 95.5) ** (1/6) - 1 = 23.54%,
            # (340.5 / 94.5) ** (1/6) - 1 = 23.82% -> 23.8 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (240 / 75) ** (1 / 6) - 1 = 21.39% -> 21.4
            ("cagr|implied", "exact"),  # (6700 / 2400) ** (1 / 6) - 1 = 18.66% -> 18.7
            ("hierarchy", "exact"),  # 2024: 1240 + 610 + 380 + 95 + 75 = 2400
            ("hierarchy", "exact"),  # 2030F: 3180 + 1650 + 1290 + 340 + 240 = 6700
        ],
    ),
    # 40. German nonprofit association's statistics table with a share column (2024, EUR m); rows add exactly to the
    #     Total; the 100.0 total share is no claim. Volunteer & case management's 16.4% holds only by rounding.
    #     Expected nowhere: the table number, the yearbook's title year, respondents, total donations.
    dict(
        text=(
            "Table 5.2  AI expenditure of charitable organisations in Germany by area, 2024\n"
            "Area                               EUR m    Share (%)\n"
            "Fundraising & donor analytics       48.6       44.4\n"
            "Grant & funding management          21.3       19.5\n"
            "Volunteer & case management         17.9       16.4\n"
            "Translation & chatbots              12.2       11.1\n"
            "Donation fraud screening             9.5        8.7\n"
            "Total                              109.5      100.0\n"
            "Source: Bundesverband Digitale Zivilgesellschaft, Statistical Yearbook 2025. Respondents: 1,386 "
            "organisations. Total donations in Germany (EUR 5.1 billion) not shown."
        ),
        obs=[
            ("Fundraising & donor analytics", 2024, 48.6, "EUR million", "actual"),
            ("Grant & funding management", 2024, 21.3, "EUR million", "actual"),
            ("Volunteer & case management", 2024, 17.9, "EUR million", "actual"),
            ("Translation & chatbots", 2024, 12.2, "EUR million", "actual"),
            ("Donation fraud screening", 2024, 9.5, "EUR million", "actual"),
            ("Total", 2024, 109.5, "EUR million", "actual"),
        ],
        claims=[
            ("share", 44.4, "percent", 2024, 2024, None),
            ("share", 19.5, "percent", 2024, 2024, None),
            ("share", 16.4, "percent", 2024, 2024, None),
            ("share", 11.1, "percent", 2024, 2024, None),
            ("share", 8.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 48.6 / 109.5 = 44.38% -> 44.4
            ("arithmetic", "exact"),  # 21.3 / 109.5 = 19.45% -> 19.5
            # 17.9 / 109.5 = 16.35% (16.347) -> 16.3, not 16.4; bounds 17.85 / 109.55 = 16.29%,
            # 17.95 / 109.45 = 16.40% -> 16.4 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 12.2 / 109.5 = 11.14% -> 11.1
            ("arithmetic", "exact"),  # 9.5 / 109.5 = 8.68% -> 8.7
            ("hierarchy", "exact"),  # 48.6 + 21.3 + 17.9 + 12.2 + 9.5 = 109.5
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-ninety-eighth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 14, 'exact': 69}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'climbed to $1.86 billion in 2024, an 18% jump',
    'implying compound annual growth of 18.7% over 2024-2030',
    'model US$2.9bn by FY2028e, roughly a 26% CAGR',
    'EUR 0.21 billion, or 25% of the',
    'EUR 0.11 billion (13.5%)',
    'will hit £1.1 billion by 2031',
    'putting 2024 spending at £260',
    'at roughly $11.5 billion in',
    "That's about 2.3x in five years",
    'annual growth of 33% between 2024 and 2028',
    'The correct figure is US$1.27 billion',
    'we pencil in US$2.6 billion to US$3.1 billion',
    'Last year it was about $1.3B, up ~45%',
    'clears $1.75B this year',
    '较2023年的30.3亿元同比增长27.4%',
    '力争突破60亿元，较2023年增长3倍',
    '2024—2029年复合增长率达32.1%',
    '2024年该市场规模约为25亿元',
    '市場規模達新台幣18.6億元',
    '其中翻譯及聊天機械人服務佔2.6億港元，佔比26.5%',
    '去年国内AI捐赠风控与反欺诈服务市场规模约6.2亿元',
    '今年有望突破8亿元，增幅约29%',
    '年複合增長率20.5%',
    '| Total | 126.8 | 159.4 | 201.8 | 310.4 |',
    '2023        339    25.6%',
    '合计\t24.2\t31.2\t40.3',
    'at roughly $3.1 billion this year',
    'growth rate of about 17% between 2025 and 2030',
    'an average annual increase of about 27%',
    'More than threefold in four years.',
    '~22% CAGR 2024-28',
    'up 31% from US$202 million a year earlier',
    'The correct figure is US$265 million.',
    'we expect that to roughly double by 2028',
    'alone took EUR 14 million of it, or 36%',
    '2028e TAM: US$8.5-9.5bn',
    'Lakeview Partners has a higher figure for 2024',
    '$86 million last year, expect roughly',
    'a 19% CAGR over 2024-29',
    '同比增长28.6%，2023年这一数字为16.8亿元',
    '较2021年增长5倍',
    '2024至2029年年複合成長率（CAGR）達20.9%',
    '去年約為3.8億港元，預計今年將增至4.6億港元',
    '四年就翻一番還有找，年複合成長率大概21%',
    '是2022年的2.5倍',
    '预计2027年市场规模将达到28-32亿元',
    '今年大概是45亿元左右',
    '| All uses | 87.5 | 113.4 | 185.1 |',
    '2025E\t170.4\t19.9%',
    '合计                          8700      11610      15200',
    'Middle East & Africa       95       340        23.8%',
    'Volunteer & case management         17.9       16.4',
)
LAYOUT = (40, 11, 14, 15)
#: the set's blind score (written without reading or running the extractor, and kept unread): 222
#: figures, 58 rates, 86 verdicts and 1 false inconsistent
#: after the readings chosen on it and the hundred-and-ninety-sixth set: 223, 58, 86 and 1
#: snippet 10's 增长N倍 is read as x(N+1), the reading its two printed amounts give (as the extractor reads
#: every such multiple), where the set keeps the printed N: one rate fewer than before (58)
FLOORS = {"figures_found": 223, "rates_found": 57, "verdicts_right": 86}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset198.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
