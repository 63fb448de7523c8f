"""A hundred-and-sixty-first check set for the extractor, written blind: AI in legal services and compliance: AI contract
review and drafting, e-discovery and document review, legal research assistants, AI for regulatory compliance
monitoring in banks, court and judiciary AI (case management, smart courts), sized in money by legal-technology
analysts, bar associations and law-society reports, consultancies, brokers, justice ministries and provincial
smart-court plans, Japanese, Korean, Indian and British research houses. Distractors a careful reader leaves out:
lawyers and firms counted, cases heard or documents reviewed, billable hours and fees, a law firm's own revenue, fines
imposed, funding rounds, a quarter's figures, the whole legal services or compliance market beside the AI part.

Snippets 1-20: AI in legal services and compliance (AI contract review and drafting, e-discovery and document review,
generative legal research assistants, AI compliance monitoring in banks, court and judiciary AI and smart courts). 1-8
are English prose: a dated London wire release with a year-on-year rate and a stated CAGR; a Mumbai broker note with
two regional shares of a printed whole, a multiple, a price target, a valuation multiple and the covered company's own
revenue, margin, quarter and headcount; a New York news article quoting two publishers (the first one's CAGR only
rounding-consistent, the rival's 2029 figure left out) beside the whole legal services market and a funding round; an
earnings-call transcript sizing a TAM "this year" with an approximate rate whose span only its amounts give, beside
the company's own quarter, margin and revenue guidance; a British practitioners' yearbook with three category shares
(one only rounding-consistent) beside counts of firms, the sector's turnover and hourly rates; a Tokyo research
house's yen release in fiscal years with a revised figure whose preliminary value is expected nowhere; a Seoul
research house's release whose stated CAGR its amounts contradict, with a later figure in billions converted to the
series' millions, a won market and won fines; and a New Delhi release with "last year", "this year", a multiple with
no base amount, a 2030 range and a rupee figure. 9-15 are Chinese prose: a provincial smart-court three-year plan with
a 力争 target, an approximate average rate whose span only its amounts give and coverage rates (Simplified); a broker
report with a part's share, a stated CAGR, the whole legal services market, a penetration rate, a price target and the
company's own revenue and margin (Simplified); a Taipei release in 新台幣億元 with 去年, 今年, 突破, a quarter, a survey answer
and fines (Traditional); a Hong Kong news item in 億港元 whose year-on-year rate its amounts contradict, with a part's
share, a fraction of firms in words, pages reviewed and fines (Traditional); a Taiwanese article quoting two
publishers in 億美元 beside the whole compliance spend and a funding total (Traditional); a Xinhua-style wire with
较2020年增长3倍, a terminal count in 万台, courts and cases counted and a quarter (Simplified); and a banking white paper
with an inferred CAGR and two shares of the printed whole, beside institutions counted, a share in words and fines
(Simplified). 16-20 are tables: a markdown pipe table by region with E/F columns and a total row that only rounding
reaches in one year, with a CAGR in its note; a space-aligned British table by buyer type with an E column, a share
column, a total row and a column counting organisations; a tab-separated Simplified Chinese smart-court table with 合计
and E columns and a note holding a year-on-year rate and a CAGR; a space-aligned Japanese table with fiscal years as
rows, segment columns and a Total column that only rounding reaches in one year; and a Traditional Chinese markdown
pipe table with years as rows under a lone column headed by its unit, with a rounding CAGR in its notes. Distractors a
careful reader leaves out: report titles' years, issue, exhibit, table, chapter, report, document and note numbers,
counts of lawyers, firms, courts, banks, companies and respondents, cases heard, documents and pages reviewed, queries
answered, billable hours, hourly rates and fees, coverage and penetration rates, survey answers, shares as fractions
in words, a price target, its upside and a valuation multiple, a company's own revenue, guidance, margin and quarter,
a quarter's market figure, fines imposed, funding rounds, the whole legal services or compliance market beside the AI
part, won and rupee amounts, a second publisher's figure and a superseded preliminary figure.

Snippets 21-40: AI in legal services and compliance (AI contract review and drafting, e-discovery and document review,
legal research assistants, AI regulatory-compliance monitoring in banks, court and judiciary AI). Eight English prose
pieces (a contract-platform earnings call sizing its TAM, an e-discovery journal abstract with a stated CAGR only the
bounds reach, a LinkedIn post whose later figure is in another scale, a forum answer setting a second publisher beside
the first with an inferred-span CAGR, a court-software investor-day slide with an adjacent market's range, a Tokyo
research house's release in yen with a won figure beside it, a New Delhi news page carrying a correction and rupee
amounts, a London consultancy note whose CAGR its amounts contradict), seven Chinese prose pieces (a provincial
smart-court plan with a 增长2倍 target, a broker note with a rounding CAGR, a Taipei business daily in NT dollars, a Hong
Kong newspaper in HK dollars, a PTT-style forum post with an impossible CAGR, a Xinhua wire with a base-less growth
rate, a WeChat article opening on a range; three in Traditional Chinese), and five tables (a markdown table by
application with E/F columns and a named total row, a tab-separated UK table with years as rows and a YoY column, a
Simplified Chinese space-aligned smart-court table with change and share columns, a Seoul research house's markdown
table by country with a CAGR column whose rows miss their total by one, a Japanese space-aligned table in 100 million
yen with its total row printed first and a share column). Distractors left out: lawyers, solicitors, advocates and
judges counted, firms, banks, courts and vendors counted, cases filed and documents reviewed, hours saved, billable
rates and seat prices, companies' own revenue, ARR and retention, quarter figures, fines and penalties, funding
rounds, price targets and upside, rupee and won amounts, the whole legal-services sector and compliance spending
beside the AI part, shares in words, penetration and survey percentages, a cost saving in percent, table, document and
issue numbers, title years, a superseded figure and a second publisher's figure.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Dated wire release (English), London analyst, AI contract review and drafting worldwide. A year-on-year rate
    #    with both amounts; a stated 2024-2030 CAGR. Expected nowhere: title years 2025-2030, 640 companies, 1,850 law
    #    firms, 4.2 billable hours a week.
    dict(
        text=(
            "LONDON, 4 February 2025 (BUSINESS WIRE) -- Spending on AI software that reviews, redlines and drafts "
            "commercial contracts reached US$1.47 billion worldwide in 2024, a rise of 24.6% on the US$1.18 billion "
            "recorded in 2023, according to 'Contract Intelligence Outlook 2025-2030', published today by Thamesbridge "
            "Legal Analytics. The study, which drew on interviews with general counsel at 640 companies and partners at "
            "1,850 law firms, found that in-house lawyers using AI review tools saved an average of 4.2 billable hours "
            "a week. Thamesbridge forecasts that the market will grow to US$5.12 billion by 2030, a compound annual "
            "growth rate of 23.1% between 2024 and 2030. \"Contract review has moved from pilot to procurement,\" said "
            "Eleanor Marsh, the firm's research director."
        ),
        obs=[
            ("Total", 2023, 1.18, "USD billion", "actual"),
            ("Total", 2024, 1.47, "USD billion", "actual"),
            ("Total", 2030, 5.12, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
            ("cagr", 23.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 1.47 / 1.18 - 1 = 24.576% -> 24.6
            ("cagr|implied", "exact"),     # (5.12 / 1.47) ** (1 / 6) - 1 = 23.119% -> 23.1
        ],
    ),
    # 2. Broker note (English), Mumbai, AI-assisted e-discovery and document review worldwide. Two regions with their
    #    shares of the printed whole; "roughly 3.1x its 2024 size" a multiple 2024->2030 (no verdict), with its 2030
    #    amount. Expected nowhere: TP INR 1,420 and 26% upside, 2,300 reviewers, NyayaTech's FY24 revenue INR 8.6bn,
    #    31% EBITDA margin, 3QFY25 revenue INR 2.5bn and its 19% rise, 38x FY26e EPS.
    dict(
        text=(
            "Dalal Street Securities | Institutional Equities | 17 March 2025\n"
            "NyayaTech Solutions (NYAYA IN) - BUY, TP INR 1,420 (26% upside)\n"
            "Review, not recall: e-discovery goes generative. We size the global market for AI-assisted e-discovery "
            "and document review at US$3.42bn in 2024. North America is still the bulk of spend at US$1.96bn (57%), "
            "with Europe a distant second at US$0.74bn (22%). By 2030 we expect the market to be roughly 3.1x its 2024 "
            "size, at around US$10.6bn, as corporates hand first-pass review to large language models. NyayaTech, "
            "which runs 2,300 reviewers out of Pune and Chennai, reported FY24 revenue of INR 8.6bn at a 31% EBITDA "
            "margin; 3QFY25 revenue rose 19% YoY to INR 2.5bn. We value the stock at 38x FY26e EPS."
        ),
        obs=[
            ("Total", 2024, 3.42, "USD billion", "actual"),
            ("North America", 2024, 1.96, "USD billion", "actual"),
            ("Europe", 2024, 0.74, "USD billion", "actual"),
            ("Total", 2030, 10.6, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 57, "percent", 2024, 2024, None),
            ("share", 22, "percent", 2024, 2024, None),
            ("multiple", 3.1, "multiple", 2024, 2030, 6.0),     # no verdict
        ],
        verdicts=[
            ("arithmetic", "exact"),       # 1.96 / 3.42 = 57.310% -> 57
            ("arithmetic", "exact"),       # 0.74 / 3.42 = 21.637% -> 22
        ],
    ),
    # 3. News article (English) quoting two publishers, generative AI legal research assistants. The first publisher
    #    gives base, target and rate; its 29.4% over 2024-2029 is only rounding-consistent. Expected nowhere: the rival
    #    Calder & Finch's US$8.2 billion for 2029, the ~US$1 trillion legal services market, the US$300 million Series
    #    C, 41 million queries, 1.3 million lawyers.
    dict(
        text=(
            "NEW YORK, June 12, 2025 (Legal Tech Wire) - The race to put chatbots in front of associates is lifting a "
            "once-sleepy niche. Generative AI legal research assistants brought in about US$1.9 billion worldwide in "
            "2024, according to Hudson Ridge Research, which projects the segment will reach US$6.8 billion in 2029 - "
            "growth it puts at 29.4% a year over 2024-2029. Rival analyst Calder & Finch is more aggressive, pegging "
            "2029 at US$8.2 billion. Either way, the segment remains a sliver of a global legal services market worth "
            "roughly US$1 trillion. The forecasts land a week after research start-up Brieflow closed a US$300 million "
            "Series C; Brieflow says its assistant answered 41 million queries last year from 1.3 million registered "
            "lawyers."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2029, 6.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 29.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (6.8 / 1.9) ** (1 / 5) - 1 = 29.048% -> 29.0, not 29.4; bounds (6.75 / 1.95) ** (1/5) - 1 = 28.19% ..
            # (6.85 / 1.85) ** (1/5) - 1 = 29.93% reach 29.35..29.45
            ("cagr|implied", "rounding"),
        ],
    ),
    # 4. Earnings-call transcript (English), a contract-management vendor sizing its TAM (the market, Total). "This
    #    year" is 2025 (call date), an estimate; "call it 30% a year" has no printed span, so it is inferred from the
    #    amounts' years. Expected nowhere: 4,100 customers, Q4 revenue $212 million and its 18% rise, 21% operating
    #    margin, the $930-$950 million revenue guidance.
    dict(
        text=(
            "Clausewise, Inc. (CLWS) Q4 2024 Earnings Call Transcript, February 20, 2025\n"
            "Dana Whitfield, Chief Executive Officer: Thanks, everyone. We closed the year with 4,100 customers and Q4 "
            "revenue of $212 million, up 18% year over year, at a 21% non-GAAP operating margin. Let me step back to "
            "the opportunity. We size the total addressable market for AI across contract lifecycle management, legal "
            "research and matter management at roughly $14 billion this year, and we think it gets to about $31 "
            "billion by 2028 - call it 30% a year, compounded.\n"
            "Raj Menon, Chief Financial Officer: For fiscal 2025 we are guiding revenue to $930 million to $950 million."
        ),
        obs=[
            ("Total", 2025, 14, "USD billion", "estimate"),
            ("Total", 2028, 31, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 30, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),      # (31 / 14) ** (1 / 3) - 1 = 30.340% -> 30
        ],
    ),
    # 5. Practitioners' yearbook (English), England and Wales, AI tools bought by firms and in-house teams, in GBP. A
    #    year-on-year rate; three categories with their shares of the printed whole, the third only rounding-consistent.
    #    Expected nowhere: the yearbook's year and chapter number, "about a quarter" of 9,400 firms, 1,120 respondents,
    #    the sector's £48.9bn turnover, £575 an hour.
    dict(
        text=(
            "Legal Technology Yearbook 2025, Chapter 4 ('AI in practice'), Solicitors' Technology Forum, May 2025.\n"
            "Spending by firms and in-house teams in England and Wales on AI tools rose to £612m in 2024 from £498m the "
            "year before, an increase of 22.9%. Contract review and drafting was the largest category at £221m (36.1% "
            "of the total), followed by disclosure and document review at £149m (24.3%) and legal research at £131m "
            "(21.5%); the remainder went on practice-management and compliance tools. About a quarter of the 9,400 "
            "regulated firms now use at least one generative AI product, and 1,120 of them answered the Forum's survey. "
            "For context, the legal services sector as a whole turned over £48.9bn in 2024, and the median charge-out "
            "rate for a London partner stood at £575 an hour."
        ),
        obs=[
            ("Total", 2023, 498, "GBP million", "actual"),
            ("Total", 2024, 612, "GBP million", "actual"),
            ("Contract review and drafting", 2024, 221, "GBP million", "actual"),
            ("Disclosure and document review", 2024, 149, "GBP million", "actual"),
            ("Legal research", 2024, 131, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 22.9, "percent", 2023, 2024, 1.0),
            ("share", 36.1, "percent", 2024, 2024, None),
            ("share", 24.3, "percent", 2024, 2024, None),
            ("share", 21.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 612 / 498 - 1 = 22.892% -> 22.9
            ("arithmetic", "exact"),       # 221 / 612 = 36.111% -> 36.1
            ("arithmetic", "exact"),       # 149 / 612 = 24.346% -> 24.3
            # 131 / 612 = 21.405% -> 21.4, not 21.5; bounds 130.5 / 612.5 = 21.306% .. 131.5 / 611.5 = 21.504%
            # reach 21.45..21.55
            ("arithmetic", "rounding"),
        ],
    ),
    # 6. Tokyo research-house release (English), Japan's AI legal-technology market in yen, fiscal years (fiscal 2023
    #    -> 2023). Fiscal 2024 is not over at the dateline and is forecast: an estimate. The revised fiscal 2023 figure
    #    is the figure. Expected nowhere: the preliminary ¥29.7 billion, 1,240 companies, 45,826 attorneys.
    dict(
        text=(
            "TOKYO, January 14, 2025 - Marunouchi Research Institute today released its annual survey of Japan's AI "
            "legal-technology market, covering contract review, legal research and e-discovery services sold to "
            "corporate legal departments and law firms. The market reached ¥31.4 billion in fiscal 2023 (April "
            "2023-March 2024), revised up from the preliminary ¥29.7 billion the institute published last summer. For "
            "fiscal 2024 it forecasts ¥39.8 billion, up 26.8% year on year, and it expects the market to reach ¥82.0 "
            "billion in fiscal 2028, a compound annual growth rate of 19.8% from fiscal 2024 to fiscal 2028. The "
            "survey covered 1,240 companies; Japan had 45,826 registered attorneys as of April 2024."
        ),
        obs=[
            ("Total", 2023, 31.4, "JPY billion", "actual"),
            ("Total", 2024, 39.8, "JPY billion", "estimate"),
            ("Total", 2028, 82.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 26.8, "percent", 2023, 2024, 1.0),
            ("cagr", 19.8, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 39.8 / 31.4 - 1 = 26.752% -> 26.8
            ("cagr|implied", "exact"),     # (82.0 / 39.8) ** (1 / 4) - 1 = 19.807% -> 19.8
        ],
    ),
    # 7. Seoul research-house release (English), Asia-Pacific banks' AI compliance monitoring. "Last year" is 2024. The
    #    2030 figure in billions is expected converted to the series' millions (2,310). The stated 21.4% CAGR is a typo
    #    its amounts contradict. Expected nowhere: Korea's ₩183 billion (won), ₩27.5 billion in fines, 214 banks,
    #    11 markets.
    dict(
        text=(
            "SEOUL, 22 April 2025 - Asia-Pacific banks spent US$846 million last year on AI systems that watch "
            "transactions, employee communications and rule changes for compliance breaches, up 19.7% from US$707 "
            "million in 2023, Hangang Financial Research said on Tuesday. The Seoul-based house expects spending to "
            "reach US$2.31 billion in 2030, which it describes as a compound annual growth rate of 21.4% over "
            "2024-2030. In Korea alone, banks' outlay on such tools came to ₩183 billion last year, while the "
            "Financial Supervisory Service imposed ₩27.5 billion in fines on lenders for anti-money-laundering lapses. "
            "The report is based on interviews with compliance heads at 214 banks in 11 markets."
        ),
        obs=[
            ("Total", 2023, 707, "USD million", "actual"),
            ("Total", 2024, 846, "USD million", "actual"),
            ("Total", 2030, 2310, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 19.7, "percent", 2023, 2024, 1.0),
            ("cagr", 21.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 846 / 707 - 1 = 19.661% -> 19.7
            # (2310 / 846) ** (1 / 6) - 1 = 18.224%, not 21.4; bounds with 2.31bn at +-0.005bn and 846 at +-0.5:
            # (2305 / 846.5) ** (1/6) - 1 = 18.17% .. (2315 / 845.5) ** (1/6) - 1 = 18.28%: none reaches 21.4
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 8. New Delhi release (English), India's AI legal-tech market (firms, legal teams, courts). "Last year" is 2024,
    #    "this year" 2025 (an estimate); "nearly five times its 2020 level" a multiple with no 2020 amount (no verdict);
    #    a 2030 range gives two value claims and no observation. Expected nowhere: ₹1,760 crore (rupees), 1.7 million
    #    advocates, 50 million pending cases, e-Courts Phase III.
    dict(
        text=(
            "NEW DELHI, April 9, 2025 - India's market for AI tools used by law firms, corporate legal teams and courts "
            "was worth US$212 million last year, nearly five times its 2020 level, according to a report released "
            "today by Saket Insights. The Gurugram-based firm expects the market to grow 25% this year to US$265 "
            "million, and puts the 2030 figure anywhere between US$820 million and US$960 million, depending on how "
            "quickly AI-based case management spreads under the e-Courts Phase III programme. In rupee terms the market "
            "stood at about ₹1,760 crore last year. India has more than 1.7 million enrolled advocates, and over 50 "
            "million cases remain pending across its courts."
        ),
        obs=[
            ("Total", 2024, 212, "USD million", "actual"),
            ("Total", 2025, 265, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 5, "multiple", 2020, 2024, 4.0),       # no 2020 amount printed; no verdict
            ("growth", 25, "percent", 2024, 2025, 1.0),
            ("value", 820, "USD million", 2030, 2030, None),
            ("value", 960, "USD million", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 265 / 212 - 1 = 25.000% -> 25
        ],
    ),
    # 9. Provincial smart-court three-year plan (Simplified Chinese). 约为8.6亿元 is the 2023 base (actual); 力争 sets the
    #    2026 target (estimate); 年均增长28%左右 has no printed span, so it is inferred from 2023-2026. Expected nowhere:
    #    the plan's title years 2024-2026, 赣高法〔2024〕37号, 126.4万件, 312件, 98%, 100% (coverage rates).
    dict(
        text=(
            "江西省高级人民法院 江西省发展和改革委员会关于印发《江西省智慧法院建设三年行动计划（2024—2026年）》的通知"
            "（赣高法〔2024〕37号）\n"
            "一、发展基础。2023年，全省法院在智能辅助办案、电子卷宗随案生成、智能庭审等人工智能应用方面的投入约为8.6亿元，"
            "全年受理各类案件126.4万件，一线法官人均结案312件。\n"
            "二、主要目标。到2026年，力争全省司法人工智能应用市场规模达到18亿元，年均增长28%左右；电子卷宗随案同步生成率"
            "稳定在98%以上，智能辅助办案系统在全省三级法院覆盖率达到100%。"
        ),
        obs=[
            ("Total", 2023, 8.6, "CNY 100 million", "actual"),
            ("Total", 2026, 18, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 28, "percent", 2023, 2026, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),      # (18 / 8.6) ** (1 / 3) - 1 = 27.916% -> 28
        ],
    ),
    # 10. Broker industry report (Simplified Chinese), AI in China's legal services. A part with its share of the
    #     printed whole; a stated 2024-2029 CAGR. Expected nowhere: 法律服务市场约2,700亿元 (the whole market), 渗透率约2.5%,
    #     the company's 营业收入9.2亿元, 同比增长24%, 毛利率61.3%, 3,200家律所客户, 目标价56.8元, 45倍PE.
    dict(
        text=(
            "衡信证券研究所｜计算机行业深度报告｜2025年4月21日\n"
            "法律科技：大模型重构合同审查与法律检索\n"
            "据我们测算，2024年我国“AI+法律”市场规模为68.5亿元，其中合同智能审查22.7亿元，占比33.1%，是落地最快的场景，"
            "法律检索与问答、诉讼文书生成分列其后。随着律所和企业法务部门加速采购，我们预计2029年市场规模将达236亿元，"
            "2024—2029年CAGR为28.1%。相比之下，我国法律服务市场整体规模约2,700亿元，AI渗透率仅约2.5%。重点推荐法智科技，"
            "公司2024年实现营业收入9.2亿元，同比增长24%，毛利率61.3%，服务律所客户超过3,200家；给予目标价56.8元，对应2025年"
            "45倍PE，维持“买入”评级。"
        ),
        obs=[
            ("Total", 2024, 68.5, "CNY 100 million", "actual"),
            ("合同智能审查", 2024, 22.7, "CNY 100 million", "actual"),
            ("Total", 2029, 236, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 33.1, "percent", 2024, 2024, None),
            ("cagr", 28.1, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),       # 22.7 / 68.5 = 33.139% -> 33.1
            ("cagr|implied", "exact"),     # (236 / 68.5) ** (1 / 5) - 1 = 28.069% -> 28.1
        ],
    ),
    # 11. Taipei release (Traditional Chinese), banks' AI compliance monitoring in New Taiwan dollars. 去年 is 2024,
    #     今年 2025 (an estimate); 2028年可望突破40億元 an approximate estimate at its printed figure. Expected nowhere: the
    #     report title's 2025, 第一季 5.2億元, 36家銀行, 62% (a survey answer), 1.24億元 in fines, 近五年.
    dict(
        text=(
            "【2025/03/18 台北訊】財團法人台灣金融科技創新研究院今（18）日發布《2025台灣法遵科技趨勢報告》指出，國內銀行"
            "導入AI法遵監控（包括洗錢防制交易監測、制裁名單篩檢及法規異動追蹤）的市場規模，去年達新台幣18.6億元，今年預估"
            "成長27%至23.6億元，2028年更可望突破40億元。報告並指出，今年第一季銀行業相關採購金額約5.2億元；受訪的36家本國"
            "銀行中，有62%表示將在兩年內擴大AI法遵預算。另據金管會統計，去年對銀行業裁罰金額合計1.24億元，創近五年新高。"
        ),
        obs=[
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("Total", 2025, 23.6, "TWD 100 million", "estimate"),
            ("Total", 2028, 40, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 23.6 / 18.6 - 1 = 26.882% -> 27
        ],
    ),
    # 12. Hong Kong news item (Traditional Chinese), e-discovery and AI document review in HK dollars. 去年 is 2024. The
    #     printed 31.8% is a year-on-year rate its amounts contradict (an old base left in after a rebasing); a part with
    #     its share of the printed whole. Expected nowhere: 950間律師行, 接近三成 (a fraction of firms in words), 1.2億頁,
    #     證監會罰款4.86億港元 (fines).
    dict(
        text=(
            "【香江財經 2025年5月6日】本港律師行及銀行對電子證據披露（e-discovery）與AI文件審閱的需求急升。香港法律科技"
            "聯盟昨日發表年度調查指，去年相關市場規模達9.4億港元，按年增長31.8%，2023年則為7.6億港元。按應用劃分，監管"
            "調查審閱為最大類別，規模3.9億港元，佔41.5%，其次為商業訴訟及仲裁。調查又指，全港約950間律師行中，接近三成已"
            "試用生成式AI審閱工具，去年經AI處理的文件超過1.2億頁。另外，證監會去年向持牌機構開出的罰款合共4.86億港元。"
        ),
        obs=[
            ("Total", 2023, 7.6, "HKD 100 million", "actual"),
            ("Total", 2024, 9.4, "HKD 100 million", "actual"),
            ("監管調查審閱", 2024, 3.9, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 31.8, "percent", 2023, 2024, 1.0),
            ("share", 41.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 9.4 / 7.6 - 1 = 23.684%, not 31.8; bounds 9.35 / 7.65 - 1 = 22.22% .. 9.45 / 7.55 - 1 = 25.17%: none
            # reaches 31.8
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),       # 3.9 / 9.4 = 41.489% -> 41.5
        ],
    ),
    # 13. Taiwanese article (Traditional Chinese) quoting two publishers in 億美元, AI in compliance technology worldwide.
    #     The first publisher gives base, target and rate. Expected nowhere: Crestline's 85億美元 for 2030, 2,000億美元
    #     (the whole compliance spend), 17億美元 raised by start-ups in a half-year.
    dict(
        text=(
            "（科技島報／2025年7月2日）生成式AI正快速滲入金融業的法遵作業。美國研究機構Northfield Insights最新報告估計，"
            "全球AI法遵科技市場規模將由2024年的21.4億美元，成長至2030年的68.9億美元，年複合成長率達21.5%。不過，另一家"
            "市調機構Crestline Partners的看法更為樂觀，預估2030年即可達85億美元。相較之下，全球金融機構每年投入法遵的總"
            "支出超過2,000億美元，AI所占比重仍低；今年上半年全球法遵科技新創募資金額則達17億美元。"
        ),
        obs=[
            ("Total", 2024, 21.4, "USD 100 million", "actual"),
            ("Total", 2030, 68.9, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 21.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # (68.9 / 21.4) ** (1 / 6) - 1 = 21.515% -> 21.5
        ],
    ),
    # 14. Xinhua-style wire (Simplified Chinese), court AI in China. 较2020年增长3倍 keeps its printed 3 as the multiple
    #     (no 2020 amount, no verdict); 约2.6万台 智能庭审终端 is a product count (count 10 thousand). Expected nowhere:
    #     3,500多家法院, 4,600余万件, 一季度1,020万件.
    dict(
        text=(
            "新华社北京3月9日电（记者 周澜）记者从最高人民法院获悉，截至2024年底，全国3,500多家法院已全部建成智能辅助"
            "办案系统。据中国司法科技研究中心测算，2024年全国法院人工智能应用市场规模达到46.3亿元，较2020年增长3倍；全国"
            "法院部署的智能庭审终端约2.6万台。2024年，全国法院共受理各类案件4,600余万件，其中一季度受理1,020万件。"
        ),
        obs=[
            ("Total", 2024, 46.3, "CNY 100 million", "actual"),
            ("智能庭审终端", 2024, 2.6, "count 10 thousand", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2020, 2024, 4.0),       # no 2020 amount printed; no verdict
        ],
        verdicts=[],
    ),
    # 15. Banking white paper (Simplified Chinese), AI compliance in China's banks. A CAGR whose span only its amounts'
    #     years give (inferred); two parts with their shares of the printed whole. Expected nowhere: the title's 2025,
    #     4,490家机构, 占比超过一半 (a fraction in words), 罚没金额约9.8亿元 (fines).
    dict(
        text=(
            "《中国银行业智能合规发展白皮书（2025）》第三章 市场规模与结构\n"
            "银行业机构在反洗钱监测、监管报送、员工行为合规与合同合规审查等领域的人工智能投入持续增长，市场规模由2021年的"
            "42.3亿元增至2024年的88.6亿元，年均复合增长率27.9%。分场景看，反洗钱智能监测规模31.2亿元，占35.2%；智能监管"
            "报送17.5亿元，占19.8%。截至2024年末，全国共有银行业金融机构4,490家，已部署AI合规系统的机构占比超过一半。"
            "同期，监管部门对银行业机构的罚没金额合计约9.8亿元。"
        ),
        obs=[
            ("Total", 2021, 42.3, "CNY 100 million", "actual"),
            ("Total", 2024, 88.6, "CNY 100 million", "actual"),
            ("反洗钱智能监测", 2024, 31.2, "CNY 100 million", "actual"),
            ("智能监管报送", 2024, 17.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 27.9, "percent", 2021, 2024, None, "inferred"),
            ("share", 35.2, "percent", 2024, 2024, None),
            ("share", 19.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),      # (88.6 / 42.3) ** (1 / 3) - 1 = 27.947% -> 27.9
            ("arithmetic", "exact"),       # 31.2 / 88.6 = 35.214% -> 35.2
            ("arithmetic", "exact"),       # 17.5 / 88.6 = 19.752% -> 19.8
        ],
    ),
    # 16. Markdown pipe table (English), banks' AI compliance monitoring by region, with E/F columns and a total row;
    #     2025E's rows reach the total only by rounding; the note's CAGR has its span printed. Expected nowhere: issue
    #     number 12, exhibit number 4, 1,380 banks, 64 countries.
    dict(
        text=(
            "Kingsway Regulatory Research - RegTech Monitor, Issue 12, March 2025\n"
            "Exhibit 4: Banks' spending on AI compliance-monitoring software, by region (US$ million)\n"
            "| Region | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| North America | 1,184 | 1,412 | 1,688 | 2,390 |\n"
            "| Europe | 806 | 967 | 1,161 | 1,672 |\n"
            "| Asia-Pacific | 612 | 781 | 989 | 1,574 |\n"
            "| Middle East & Africa | 118 | 149 | 187 | 291 |\n"
            "| Latin America | 97 | 121 | 150 | 228 |\n"
            "| Total | 2,817 | 3,430 | 4,176 | 6,155 |\n"
            "Note: E = estimate, F = forecast. Figures may not sum because of rounding. Total spending is projected to "
            "grow at a 21.5% CAGR between 2024 and 2027F. Coverage: 1,380 banks in 64 countries."
        ),
        obs=[
            ("North America", 2023, 1184, "USD million", "actual"),
            ("North America", 2024, 1412, "USD million", "actual"),
            ("North America", 2025, 1688, "USD million", "estimate"),
            ("North America", 2027, 2390, "USD million", "estimate"),
            ("Europe", 2023, 806, "USD million", "actual"),
            ("Europe", 2024, 967, "USD million", "actual"),
            ("Europe", 2025, 1161, "USD million", "estimate"),
            ("Europe", 2027, 1672, "USD million", "estimate"),
            ("Asia-Pacific", 2023, 612, "USD million", "actual"),
            ("Asia-Pacific", 2024, 781, "USD million", "actual"),
            ("Asia-Pacific", 2025, 989, "USD million", "estimate"),
            ("Asia-Pacific", 2027, 1574, "USD million", "estimate"),
            ("Middle East & Africa", 2023, 118, "USD million", "actual"),
            ("Middle East & Africa", 2024, 149, "USD million", "actual"),
            ("Middle East & Africa", 2025, 187, "USD million", "estimate"),
            ("Middle East & Africa", 2027, 291, "USD million", "estimate"),
            ("Latin America", 2023, 97, "USD million", "actual"),
            ("Latin America", 2024, 121, "USD million", "actual"),
            ("Latin America", 2025, 150, "USD million", "estimate"),
            ("Latin America", 2027, 228, "USD million", "estimate"),
            ("Total", 2023, 2817, "USD million", "actual"),
            ("Total", 2024, 3430, "USD million", "actual"),
            ("Total", 2025, 4176, "USD million", "estimate"),
            ("Total", 2027, 6155, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21.5, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # (6155 / 3430) ** (1 / 3) - 1 = 21.519% -> 21.5
            ("hierarchy", "exact"),        # 2023: 1184 + 806 + 612 + 118 + 97 = 2817
            ("hierarchy", "exact"),        # 2024: 1412 + 967 + 781 + 149 + 121 = 3430
            # 2025E: 1688 + 1161 + 989 + 187 + 150 = 4175, not 4176; slack 5 x 0.5 + 0.5 = 3 covers the gap of 1
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),        # 2027F: 2390 + 1672 + 1574 + 291 + 228 = 6155
        ],
    ),
    # 17. Space-aligned table (English), AI legal-technology spend in England and Wales by buyer type, with an E column,
    #     a 2024 share column (the total's 100.0 is no claim), a total row and a year-on-year rate in the source line.
    #     Expected nowhere: table number 2.3, the survey title's 2025, the column counting organisations (96 ... 4,416).
    dict(
        text=(
            "Table 2.3  AI legal-technology spend by buyer type, England and Wales (£ million)\n"
            "Buyer type                            2023     2024    2025E   Share 2024 (%)   Organisations using AI\n"
            "Large law firms                      142.6    178.3    219.5             46.8                       96\n"
            "Mid-size and small firms              61.8     80.4    102.7             21.1                    2,310\n"
            "In-house legal teams                  88.1    109.6    134.2             28.8                    1,140\n"
            "Barristers and sole practitioners      9.7     12.5     15.8              3.3                      870\n"
            "Total                                302.2    380.8    472.2            100.0                    4,416\n"
            "Source: Albion Legal Research, UK Legal AI Survey 2025. E = estimate. Total spend rose 26.0% in 2024."
        ),
        obs=[
            ("Large law firms", 2023, 142.6, "GBP million", "actual"),
            ("Large law firms", 2024, 178.3, "GBP million", "actual"),
            ("Large law firms", 2025, 219.5, "GBP million", "estimate"),
            ("Mid-size and small firms", 2023, 61.8, "GBP million", "actual"),
            ("Mid-size and small firms", 2024, 80.4, "GBP million", "actual"),
            ("Mid-size and small firms", 2025, 102.7, "GBP million", "estimate"),
            ("In-house legal teams", 2023, 88.1, "GBP million", "actual"),
            ("In-house legal teams", 2024, 109.6, "GBP million", "actual"),
            ("In-house legal teams", 2025, 134.2, "GBP million", "estimate"),
            ("Barristers and sole practitioners", 2023, 9.7, "GBP million", "actual"),
            ("Barristers and sole practitioners", 2024, 12.5, "GBP million", "actual"),
            ("Barristers and sole practitioners", 2025, 15.8, "GBP million", "estimate"),
            ("Total", 2023, 302.2, "GBP million", "actual"),
            ("Total", 2024, 380.8, "GBP million", "actual"),
            ("Total", 2025, 472.2, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 46.8, "percent", 2024, 2024, None),
            ("share", 21.1, "percent", 2024, 2024, None),
            ("share", 28.8, "percent", 2024, 2024, None),
            ("share", 3.3, "percent", 2024, 2024, None),
            ("growth", 26.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),       # 178.3 / 380.8 = 46.822% -> 46.8
            ("arithmetic", "exact"),       # 80.4 / 380.8 = 21.113% -> 21.1
            ("arithmetic", "exact"),       # 109.6 / 380.8 = 28.782% -> 28.8
            ("arithmetic", "exact"),       # 12.5 / 380.8 = 3.283% -> 3.3
            ("cagr|implied", "exact"),     # 380.8 / 302.2 - 1 = 26.009% -> 26.0
            ("hierarchy", "exact"),        # 2023: 142.6 + 61.8 + 88.1 + 9.7 = 302.2
            ("hierarchy", "exact"),        # 2024: 178.3 + 80.4 + 109.6 + 12.5 = 380.8
            ("hierarchy", "exact"),        # 2025E: 219.5 + 102.7 + 134.2 + 15.8 = 472.2
        ],
    ),
    # 18. Tab-separated table (Simplified Chinese), smart-court AI in China by application, 亿元, with E columns and a
    #     合计 row; the note holds a year-on-year rate and a stated CAGR on the 合计 row. Expected nowhere: 表3-2, the
    #     report title's 2025, 4,600余万件.
    dict(
        text=(
            "表3-2  我国智慧法院人工智能应用市场规模（按应用类别，单位：亿元）\n"
            "应用类别\t2022\t2023\t2024\t2025E\t2026E\n"
            "智能辅助办案\t14.2\t18.6\t24.1\t30.5\t38.2\n"
            "智能庭审与语音识别\t8.7\t10.9\t13.4\t16.2\t19.3\n"
            "电子卷宗与文书生成\t6.3\t8.8\t12.0\t15.9\t20.4\n"
            "诉讼服务智能问答\t3.1\t4.5\t6.6\t9.1\t12.3\n"
            "合计\t32.3\t42.8\t56.1\t71.7\t90.2\n"
            "注：E为预测值。2024年合计同比增长31.1%；预计2024—2026年年均复合增长率为26.8%。2024年全国法院受理案件4,600余"
            "万件。资料来源：华夏司法科技研究院《中国智慧法院发展年度报告2025》。"
        ),
        obs=[
            ("智能辅助办案", 2022, 14.2, "CNY 100 million", "actual"),
            ("智能辅助办案", 2023, 18.6, "CNY 100 million", "actual"),
            ("智能辅助办案", 2024, 24.1, "CNY 100 million", "actual"),
            ("智能辅助办案", 2025, 30.5, "CNY 100 million", "estimate"),
            ("智能辅助办案", 2026, 38.2, "CNY 100 million", "estimate"),
            ("智能庭审与语音识别", 2022, 8.7, "CNY 100 million", "actual"),
            ("智能庭审与语音识别", 2023, 10.9, "CNY 100 million", "actual"),
            ("智能庭审与语音识别", 2024, 13.4, "CNY 100 million", "actual"),
            ("智能庭审与语音识别", 2025, 16.2, "CNY 100 million", "estimate"),
            ("智能庭审与语音识别", 2026, 19.3, "CNY 100 million", "estimate"),
            ("电子卷宗与文书生成", 2022, 6.3, "CNY 100 million", "actual"),
            ("电子卷宗与文书生成", 2023, 8.8, "CNY 100 million", "actual"),
            ("电子卷宗与文书生成", 2024, 12.0, "CNY 100 million", "actual"),
            ("电子卷宗与文书生成", 2025, 15.9, "CNY 100 million", "estimate"),
            ("电子卷宗与文书生成", 2026, 20.4, "CNY 100 million", "estimate"),
            ("诉讼服务智能问答", 2022, 3.1, "CNY 100 million", "actual"),
            ("诉讼服务智能问答", 2023, 4.5, "CNY 100 million", "actual"),
            ("诉讼服务智能问答", 2024, 6.6, "CNY 100 million", "actual"),
            ("诉讼服务智能问答", 2025, 9.1, "CNY 100 million", "estimate"),
            ("诉讼服务智能问答", 2026, 12.3, "CNY 100 million", "estimate"),
            ("合计", 2022, 32.3, "CNY 100 million", "actual"),
            ("合计", 2023, 42.8, "CNY 100 million", "actual"),
            ("合计", 2024, 56.1, "CNY 100 million", "actual"),
            ("合计", 2025, 71.7, "CNY 100 million", "estimate"),
            ("合计", 2026, 90.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.1, "percent", 2023, 2024, 1.0),
            ("cagr", 26.8, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 56.1 / 42.8 - 1 = 31.075% -> 31.1
            ("cagr|implied", "exact"),     # (90.2 / 56.1) ** (1 / 2) - 1 = 26.801% -> 26.8
            ("hierarchy", "exact"),        # 2022: 14.2 + 8.7 + 6.3 + 3.1 = 32.3
            ("hierarchy", "exact"),        # 2023: 18.6 + 10.9 + 8.8 + 4.5 = 42.8
            ("hierarchy", "exact"),        # 2024: 24.1 + 13.4 + 12.0 + 6.6 = 56.1
            ("hierarchy", "exact"),        # 2025E: 30.5 + 16.2 + 15.9 + 9.1 = 71.7
            ("hierarchy", "exact"),        # 2026E: 38.2 + 19.3 + 20.4 + 12.3 = 90.2
        ],
    ),
    # 19. Space-aligned vertical table (English), Japanese research house, fiscal years as rows (FY2023 -> 2023),
    #     segment columns and a Total column; FY2024E is an estimate (E column, and the year is not over in October
    #     2024); FY2023's segments reach the total only by rounding; the note's CAGR has its span printed. Expected
    #     nowhere: report number 2024-117, 820 listed companies.
    dict(
        text=(
            "Fuji Legal Data Research, 'Corporate Legal AI in Japan', October 2024 (Report No. 2024-117)\n"
            "Spending by corporate legal departments on AI tools (¥ billion; fiscal years ending March)\n"
            "Fiscal year    Contract review    Legal research    e-Discovery    Total\n"
            "FY2021                     6.4               3.1            4.8     14.3\n"
            "FY2022                     8.2               4.0            5.9     18.1\n"
            "FY2023                    10.7               5.4            7.1     23.3\n"
            "FY2024E                   13.9               7.3            8.6     29.8\n"
            "FY2025F                   17.6               9.6           10.3     37.5\n"
            "FY2026F                   21.8              12.4           12.1     46.3\n"
            "E = estimate, F = forecast. Total spending is forecast to grow at a CAGR of 24.6% over FY2024-FY2026. "
            "Based on a survey of 820 listed companies."
        ),
        obs=[
            ("Contract review", 2021, 6.4, "JPY billion", "actual"),
            ("Contract review", 2022, 8.2, "JPY billion", "actual"),
            ("Contract review", 2023, 10.7, "JPY billion", "actual"),
            ("Contract review", 2024, 13.9, "JPY billion", "estimate"),
            ("Contract review", 2025, 17.6, "JPY billion", "estimate"),
            ("Contract review", 2026, 21.8, "JPY billion", "estimate"),
            ("Legal research", 2021, 3.1, "JPY billion", "actual"),
            ("Legal research", 2022, 4.0, "JPY billion", "actual"),
            ("Legal research", 2023, 5.4, "JPY billion", "actual"),
            ("Legal research", 2024, 7.3, "JPY billion", "estimate"),
            ("Legal research", 2025, 9.6, "JPY billion", "estimate"),
            ("Legal research", 2026, 12.4, "JPY billion", "estimate"),
            ("e-Discovery", 2021, 4.8, "JPY billion", "actual"),
            ("e-Discovery", 2022, 5.9, "JPY billion", "actual"),
            ("e-Discovery", 2023, 7.1, "JPY billion", "actual"),
            ("e-Discovery", 2024, 8.6, "JPY billion", "estimate"),
            ("e-Discovery", 2025, 10.3, "JPY billion", "estimate"),
            ("e-Discovery", 2026, 12.1, "JPY billion", "estimate"),
            ("Total", 2021, 14.3, "JPY billion", "actual"),
            ("Total", 2022, 18.1, "JPY billion", "actual"),
            ("Total", 2023, 23.3, "JPY billion", "actual"),
            ("Total", 2024, 29.8, "JPY billion", "estimate"),
            ("Total", 2025, 37.5, "JPY billion", "estimate"),
            ("Total", 2026, 46.3, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.6, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # (46.3 / 29.8) ** (1 / 2) - 1 = 24.647% -> 24.6
            ("hierarchy", "exact"),        # FY2021: 6.4 + 3.1 + 4.8 = 14.3
            ("hierarchy", "exact"),        # FY2022: 8.2 + 4.0 + 5.9 = 18.1
            # FY2023: 10.7 + 5.4 + 7.1 = 23.2, not 23.3; slack 3 x 0.05 + 0.05 = 0.2 covers the gap of 0.1
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),        # FY2024E: 13.9 + 7.3 + 8.6 = 29.8
            ("hierarchy", "exact"),        # FY2025F: 17.6 + 9.6 + 10.3 = 37.5
            ("hierarchy", "exact"),        # FY2026F: 21.8 + 12.4 + 12.1 = 46.3
        ],
    ),
    # 20. Markdown pipe table (Traditional Chinese), Taiwan's legal AI market, years as rows under a lone column headed
    #     by its unit only (the market's Total, TWD 100 million); the note's 2020-2025F CAGR is only rounding-consistent;
    #     a year-on-year rate with both amounts. Expected nowhere: 表一, note numbers 1-3, 約1萬5千名律師.
    dict(
        text=(
            "表一　台灣法律科技AI應用市場規模（含法院、律師事務所及企業法務）\n"
            "| 年度 | 新台幣億元 |\n"
            "|---|---|\n"
            "| 2020 | 6.8 |\n"
            "| 2021 | 8.9 |\n"
            "| 2022 | 11.7 |\n"
            "| 2023 | 15.2 |\n"
            "| 2024 | 19.4 |\n"
            "| 2025F | 24.6 |\n"
            "資料來源：寶島法律科技研究所，2025年8月。\n"
            "註：1. 2020–2025F年複合成長率為29.5%。2. 2025F較2024年成長26.8%。3. 2024年全台執業律師約1萬5千名。"
        ),
        obs=[
            ("Total", 2020, 6.8, "TWD 100 million", "actual"),
            ("Total", 2021, 8.9, "TWD 100 million", "actual"),
            ("Total", 2022, 11.7, "TWD 100 million", "actual"),
            ("Total", 2023, 15.2, "TWD 100 million", "actual"),
            ("Total", 2024, 19.4, "TWD 100 million", "actual"),
            ("Total", 2025, 24.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 29.5, "percent", 2020, 2025, None, "stated"),
            ("growth", 26.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # (24.6 / 6.8) ** (1 / 5) - 1 = 29.326% -> 29.3, not 29.5; bounds (24.55 / 6.85) ** (1/5) - 1 = 29.08% ..
            # (24.65 / 6.75) ** (1/5) - 1 = 29.57% reach 29.45..29.55
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),     # 24.6 / 19.4 - 1 = 26.804% -> 26.8
        ],
    ),
    # 21. Earnings-call excerpt (26 Feb 2025): the TAM the CEO sizes is the Total; "this year" = 2025 (estimate),
    # "last year" = 2024 (actual); "roughly 2.6 times that by 2029" is x2.6 over four years. ARR, Q4 revenue,
    # customers, net revenue retention and hours saved are expected nowhere.
    dict(
        text=(
            "Q4 and full-year fiscal 2024 earnings call - 26 February 2025 (prepared remarks, excerpt)\n"
            "CFO: Annual recurring revenue grew 41% to $186 million, fourth-quarter revenue was $49.8 million, and we "
            "closed the year with just over 2,300 customers and net revenue retention of 118%.\n"
            "CEO: Let me put that in context. The market we are going after is AI contract review and drafting - "
            "first-pass review, redlining against playbooks, clause generation. We size that total addressable "
            "market at about $4.2 billion this year, up about 27% from $3.3 billion last year, and we see it "
            "reaching roughly 2.6 times that by 2029, call it $11 billion. Our customers' lawyers told us the "
            "product saved them 1.1 million hours in 2024."
        ),
        obs=[
            ("Total", 2024, 3.3, "USD billion", "actual"),
            ("Total", 2025, 4.2, "USD billion", "estimate"),
            ("Total", 2029, 11, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2024, 2025, 1.0),
            ("multiple", 2.6, "multiple", 2025, 2029, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.2 / 3.3) ** (1 / 1) - 1 = 27.27% -> 27
        ],
    ),
    # 22. Journal abstract (2025): the Total, the TAR part and its share; a stated 2024-2031 CAGR that only a
    # reading at the bounds reaches. The 4.1 million-document corpus, the 118 firms, the 62% cost saving and the
    # volume/issue/page numbers are expected nowhere.
    dict(
        text=(
            "Abstract - Machine learning has moved from a niche tool to the default in litigation document review. "
            "Using vendor filings, procurement data and interviews with review managers at 118 law firms, we "
            "estimate the global market for AI-enabled e-discovery and document review at USD 2.64 billion in 2024. "
            "Technology-assisted review (TAR) for litigation made up USD 1.17 billion of that total (44.3%). On a "
            "benchmark corpus of 4.1 million documents, continuous active learning cut review cost by 62% against "
            "linear review. We project the market at USD 6.9 billion by 2031, implying a compound annual growth rate "
            "of 14.8% over 2024-2031. [Journal of Legal Informatics, vol. 12, no. 2 (2025), pp. 88-117]"
        ),
        obs=[
            ("Total", 2024, 2.64, "USD billion", "actual"),
            ("Technology-assisted review (TAR) for litigation", 2024, 1.17, "USD billion", "actual"),
            ("Total", 2031, 6.9, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 44.3, "percent", 2024, 2024, None),
            ("cagr", 14.8, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 1.17 / 2.64 = 44.32% -> 44.3
            # (6.9 / 2.64) ** (1 / 7) - 1 = 14.71% -> 14.7, not 14.8; bounds (6.85 / 2.645) .. (6.95 / 2.635)
            # give 14.56% .. 14.86%, and 14.75%-14.85% lies inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 23. LinkedIn post (Jan 2025): the series opens in $M, so 2024's "$1.02B" is expected as 1020 USD million and
    # "~$1.4B" this year as 1400 (estimate, 2025). The Series C, Q4 bookings, lawyer count and the $400 billable
    # hour are expected nowhere.
    dict(
        text=(
            "Hot take for 2025 \U0001F9F5 Legal research copilots are the fastest-moving corner of legal tech.\n"
            "- Market for AI legal research assistants: $680M in 2023 -> $1.02B in 2024 (+50%)\n"
            "- I'd expect ~$1.4B this year if big-law rollouts keep going\n"
            "- Yes, one vendor just raised a $300M Series C, and another booked ~$90M in Q4 alone - but the real "
            "story is adoption: 1.3M US lawyers, and the $400 billable hour spent on research is what's being "
            "automated.\n"
            "Thoughts? #legaltech #AI #lawfirms"
        ),
        obs=[
            ("Total", 2023, 680, "USD million", "actual"),
            ("Total", 2024, 1020, "USD million", "actual"),
            ("Total", 2025, 1400, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 50, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1020 / 680) ** (1 / 1) - 1 = 50.00% -> 50
        ],
    ),
    # 24. Forum answer (Mar 2024): the first publisher's base, target and rate are the snippet's; the second
    # publisher's $4.6bn for 2023 is expected nowhere; the 22% a year has no printed span, only its amounts' years
    # (inferred). AML fines, overall compliance spending and bank counts are expected nowhere.
    dict(
        text=(
            "Answer (posted 19 March 2024, edited): Depends whose numbers you trust. Ledgerline Research puts AI for "
            "regulatory compliance monitoring in banks - transaction monitoring, sanctions screening, comms "
            "surveillance - at $3.1bn in 2023 and sees it hitting $8.4bn in 2028, growing about 22% a year. Hollis & "
            "Crane has a much bigger $4.6bn for 2023, but it lumps in all of RegTech, so I wouldn't compare them. "
            "For scale: banks worldwide spend something like $270bn a year on compliance overall, and US regulators "
            "handed out $6.6bn in AML fines in 2023. Of the ~40 banks I've talked to, most are still piloting."
        ),
        obs=[
            ("Total", 2023, 3.1, "USD billion", "actual"),
            ("Total", 2028, 8.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2023, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (8.4 / 3.1) ** (1 / 5) - 1 = 22.06% -> 22
        ],
    ),
    # 25. Investor-day slide bullets (4 Mar 2025): the TAM is the Total, 2024 printed without E (actual), 2029E an
    # estimate; a stated CAGR, a share with part and whole; the adjacent market's range gives two value claims and
    # no observation. Courts live, filings processed, FY24 revenue and the 25% share goal are expected nowhere.
    dict(
        text=(
            "Investor Day 2025 | Slide 18 - Courts & justice: the opportunity (4 March 2025)\n"
            "\u2022 TAM, AI for court case management & e-filing: $2.1B (2024) \u2192 $5.6B (2029E)\n"
            "\u2022 22% CAGR, '24-'29E\n"
            "\u2022 Case-management AI: $0.8B of 2024 TAM (38%)\n"
            "\u2022 Adjacent: AI legal-aid triage, $0.6-0.8B by 2029E\n"
            "\u2022 1,150 courts live \u00b7 26M filings processed \u00b7 FY24 revenue $212M \u00b7 Target: 25% of TAM "
            "by 2029"
        ),
        obs=[
            ("Total", 2024, 2.1, "USD billion", "actual"),
            ("Case-management AI", 2024, 0.8, "USD billion", "actual"),
            ("Total", 2029, 5.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2029, None, "stated"),
            ("share", 38, "percent", 2024, 2024, None),
            ("value", 0.6, "USD billion", 2029, 2029, None),  # range, low end
            ("value", 0.8, "USD billion", 2029, 2029, None),  # range, high end
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (5.6 / 2.1) ** (1 / 5) - 1 = 21.67% -> 22
            ("arithmetic", "exact"),    # 0.8 / 2.1 = 38.10% -> 38
        ],
    ),
    # 26. Tokyo research house release (2 Sep 2024), yen: fiscal years count as their numbers; FY2022 and FY2023
    # actual, FY2024 (current) and FY2028 forecasts; the part and its share; a YoY and a stated CAGR. The 64
    # vendors interviewed and Korea's won figure are expected nowhere.
    dict(
        text=(
            "TOKYO, September 2, 2024 - Shiodome Research Partners today published the results of its survey of "
            "Japan's AI contract review and contract management services market, based on interviews with 64 "
            "vendors. The market grew 31.0% in fiscal 2023 (April 2023 to March 2024) to \u00a514.8 billion, "
            "compared with \u00a511.3 billion a year earlier, as in-house legal departments adopted review tools "
            "after guidance clarified their status under the Attorney Act. Standalone AI contract review tools made "
            "up \u00a55.9 billion, or 39.9%, of the total. The firm forecasts \u00a519.2 billion for fiscal 2024 and "
            "\u00a542.0 billion for fiscal 2028, a CAGR of 23.2% from fiscal 2023 to fiscal 2028. (For comparison, "
            "it estimates South Korea's market at about 82 billion won.)"
        ),
        obs=[
            ("Total", 2022, 11.3, "JPY billion", "actual"),
            ("Total", 2023, 14.8, "JPY billion", "actual"),
            ("Standalone AI contract review tools", 2023, 5.9, "JPY billion", "actual"),
            ("Total", 2024, 19.2, "JPY billion", "estimate"),
            ("Total", 2028, 42.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 31.0, "percent", 2022, 2023, 1.0),
            ("share", 39.9, "percent", 2023, 2023, None),
            ("cagr", 23.2, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.8 / 11.3) ** (1 / 1) - 1 = 30.97% -> 31.0
            ("arithmetic", "exact"),    # 5.9 / 14.8 = 39.86% -> 39.9
            ("cagr|implied", "exact"),  # (42.0 / 14.8) ** (1 / 5) - 1 = 23.20% -> 23.2
        ],
    ),
    # 27. New Delhi news page with a correction (11 Mar 2025): the corrected $380 million and 27% are the
    # figures; the superseded $410 million and 37% are expected nowhere; "by 2030" in $ billion is converted to the
    # series' USD million; "more than triple" is x3 over six years. Rupee amounts, pending cases and advocates
    # are expected nowhere.
    dict(
        text=(
            "NEW DELHI, March 11, 2025 - India's market for AI tools used by courts and litigators - judgment "
            "translation, legal research, e-filing scrutiny and case-flow analytics - was worth $380 million in "
            "2024, up 27% from $300 million in 2023, according to a report by Mumbai-based Sahyadri Analytics. That "
            "is roughly \u20b93,150 crore. The report expects the market to more than triple by 2030, to $1.2 billion, "
            "helped by the \u20b97,210 crore e-Courts Phase III programme. Indian courts have more than 4.5 crore "
            "cases pending, and the country has about 1.7 million enrolled advocates.\n"
            "Correction, March 12: An earlier version of this article put the 2024 market at $410 million and its "
            "growth at 37%. The report's figures are $380 million and 27%."
        ),
        obs=[
            ("Total", 2023, 300, "USD million", "actual"),
            ("Total", 2024, 380, "USD million", "actual"),
            ("Total", 2030, 1200, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (380 / 300) ** (1 / 1) - 1 = 26.67% -> 27
        ],
    ),
    # 28. London consultancy research note (Jan 2025): the stated CAGR is contradicted by its own amounts (a
    # rebasing left an old rate in the text); 2029's "£1.1 billion" is converted to the series' GBP million; the
    # top-50 firms' part and share. The £44 billion legal-services sector, "about a third" of in-house teams and
    # the solicitor count are expected nowhere.
    dict(
        text=(
            "Research note, January 2025. The UK market for AI in legal services - contract review, legal research "
            "and e-disclosure tools bought by firms and in-house teams - stood at \u00a3412 million in 2024, a "
            "sliver of a legal-services sector that turns over some \u00a344 billion a year. Top-50 firms accounted "
            "for \u00a3236 million (57.3%); about a third of in-house teams now run at least one generative tool. We "
            "expect spending to reach \u00a31.1 billion in 2029, a CAGR of 25.6% over 2024-2029. With roughly "
            "160,000 practising solicitors in England and Wales, per-lawyer spend remains far below US levels."
        ),
        obs=[
            ("Total", 2024, 412, "GBP million", "actual"),
            ("Top-50 firms", 2024, 236, "GBP million", "actual"),
            ("Total", 2029, 1100, "GBP million", "estimate"),
        ],
        claims=[
            ("share", 57.3, "percent", 2024, 2024, None),
            ("cagr", 25.6, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),        # 236 / 412 = 57.28% -> 57.3
            # (1100 / 412) ** (1 / 5) - 1 = 21.70%; bounds (1050 / 412.5) .. (1150 / 411.5) give
            # 20.55% .. 22.82%, nowhere near 25.6 -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. Provincial smart-court plan (Simplified, May 2024): 2023 actual, 今年 = 2024 (estimate), the 2027 target
    # (力争) an estimate; 增长2倍 keeps 2 as the multiple over four years, no verdict. The document number, courts,
    # cases accepted and judges are expected nowhere.
    dict(
        text=(
            "XX省高级人民法院关于印发《全省法院人工智能应用三年行动方案(2024—2027年)》的通知(X高法〔2024〕37号)\n"
            "……2023年,全省114个法院共受理各类案件136.2万件,员额法官8,900余名,案多人少矛盾突出。同年全省法院"
            "人工智能应用投入15亿元,覆盖智能立案、类案推送、庭审语音识别和文书自动生成等场景。今年计划投入21亿元。"
            "到2027年,力争全省法院人工智能应用投入达到45亿元,较2023年增长2倍,基本建成“全域覆盖、全程智能”的"
            "智慧法院体系。"
        ),
        obs=[
            ("Total", 2023, 15, "CNY 100 million", "actual"),
            ("Total", 2024, 21, "CNY 100 million", "estimate"),
            ("Total", 2027, 45, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 30. Broker note (Simplified, Apr 2025): 约86亿元 at its printed figure; the YoY and the part's share are exact;
    # the stated 2024-2027 CAGR is reached only at the bounds. Lawyers, law-firm revenue, the Q1 revenue and the
    # price target and upside are expected nowhere.
    dict(
        text=(
            "【行业深度】AI+法律:从工具到生产力(2025年4月)\n"
            "我们测算,2024年中国AI法律服务市场规模约86亿元,同比增长34.4%(2023年为64亿元)。其中AI合同审查与起草"
            "31亿元,占36.0%,是落地最快的场景。截至2024年底全国执业律师73.1万人,头部律所年营收已超百亿元,"
            "但技术投入占比仍低。预计2027年市场规模达到210亿元,2024—2027年CAGR为34.9%。公司2025年一季度营收"
            "1.86亿元,维持“买入”评级,目标价48.5元,较现价有32%上涨空间。"
        ),
        obs=[
            ("Total", 2023, 64, "CNY 100 million", "actual"),
            ("Total", 2024, 86, "CNY 100 million", "actual"),
            ("AI合同审查与起草", 2024, 31, "CNY 100 million", "actual"),
            ("Total", 2027, 210, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 34.4, "percent", 2023, 2024, 1.0),
            ("share", 36.0, "percent", 2024, 2024, None),
            ("cagr", 34.9, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (86 / 64) ** (1 / 1) - 1 = 34.38% -> 34.4
            ("arithmetic", "exact"),    # 31 / 86 = 36.05% -> 36.0
            # (210 / 86) ** (1 / 3) - 1 = 34.66% -> 34.7, not 34.9; bounds (209.5 / 86.5) .. (210.5 / 85.5) give
            # 34.29% .. 35.03%, and 34.85%-34.95% lies inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 31. Taipei business daily (Traditional, Feb 2025), NT dollars: 新台幣億元 is TWD 100 million; 前一年 = 2023;
    # 預估2025年 an estimate; the part's share. The FSC's fines, bank count and the 45% adoption rate are expected
    # nowhere.
    dict(
        text=(
            "【記者林佩蓉/台北報導】金融業洗錢防制與法遵壓力升高,銀行導入AI法遵監控加速。資策會產業情報研究所"
            "昨(18)日指出,國內銀行AI法遵監控(含交易監控、制裁名單篩檢、通訊稽核)市場規模2024年達新台幣38.5億元,"
            "較前一年的30.2億元成長27.5%;其中洗錢防制交易監控12.6億元,占32.7%。預估2025年將達49億元。金管會去年"
            "對銀行業開罰合計1.2億元,本國銀行38家中已有約45%導入AI法遵工具。"
        ),
        obs=[
            ("Total", 2023, 30.2, "TWD 100 million", "actual"),
            ("Total", 2024, 38.5, "TWD 100 million", "actual"),
            ("洗錢防制交易監控", 2024, 12.6, "TWD 100 million", "actual"),
            ("Total", 2025, 49, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.5, "percent", 2023, 2024, 1.0),
            ("share", 32.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.5 / 30.2) ** (1 / 1) - 1 = 27.48% -> 27.5
            ("arithmetic", "exact"),    # 12.6 / 38.5 = 32.73% -> 32.7
        ],
    ),
    # 32. Hong Kong newspaper (Traditional, Jun 2025), HK dollars: 去年 = 2024, 前年 = 2023, 今年 = 2025 (estimate,
    # 突破 at its printed figure); the YoY is reached only at the bounds; e-disclosure's part and share. The funding
    # round in HK dollars, solicitors counted and hourly fees are expected nowhere.
    dict(
        text=(
            "【本報訊】生成式AI湧入律師行。香港法律科技協會昨日發表報告,指本港法律AI市場(合約審閱、法律檢索及"
            "電子披露)去年達4.86億港元,按年增長22.3%,前年為3.98億港元;今年預計突破6億港元。電子披露佔1.52億港元,"
            "即約31.3%。本地初創「律析」上月完成1.2億港元B輪融資。律師會現有逾13,000名執業律師,大行合夥人時薪動輒"
            "5,000港元,業界估計AI可將文件審閱時間減少一半。"
        ),
        obs=[
            ("Total", 2023, 3.98, "HKD 100 million", "actual"),
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("電子披露", 2024, 1.52, "HKD 100 million", "actual"),
            ("Total", 2025, 6, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.3, "percent", 2023, 2024, 1.0),
            ("share", 31.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (4.86 / 3.98) ** (1 / 1) - 1 = 22.11% -> 22.1, not 22.3; bounds (4.855 / 3.985) .. (4.865 / 3.975)
            # give 21.83% .. 22.39%, and 22.25%-22.35% lies inside -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),    # 1.52 / 4.86 = 31.28% -> 31.3
        ],
    ),
    # 33. PTT-style forum post (Traditional, 2025): NT dollars; 成長2.5倍 keeps 2.5 as the multiple over three years;
    # the report's 2021-2024 CAGR of 47% is impossible from its own amounts. Lawyers counted and the monthly seat
    # price are expected nowhere.
    dict(
        text=(
            "[問題] 法律AI研究助理的市場數字是不是怪怪的?\n"
            "如題,最近在看某顧問公司的報告,說台灣法律AI研究助理市場從2021年的新台幣4.2億元成長到2024年的10.5億元,"
            "三年成長2.5倍,但同一頁又寫2021-2024年年複合成長率47%,我按計算機怎麼按都兜不起來……是報告打錯還是我"
            "理解錯?順便問,全台執業律師大概1.5萬人,每席月費3,000元左右,這市場真的有這麼大嗎?"
        ),
        obs=[
            ("Total", 2021, 4.2, "TWD 100 million", "actual"),
            ("Total", 2024, 10.5, "TWD 100 million", "actual"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2021, 2024, 3.0),
            ("cagr", 47, "percent", 2021, 2024, None, "stated"),
        ],
        verdicts=[
            # (10.5 / 4.2) ** (1 / 3) - 1 = 35.72%; bounds (10.45 / 4.25) .. (10.55 / 4.15) give 34.97% .. 36.48%,
            # nowhere near 47 -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 34. Xinhua wire (Simplified, Mar 2025): 比上年增长21.8% has no printed base, so it is a claim without a
    # verdict; the part's share is exact. Cases accepted, the online filing rate and judges are expected nowhere.
    dict(
        text=(
            "新华社北京3月9日电(记者王晨)记者从中国司法大数据研究院获悉,2024年我国司法人工智能市场规模达到"
            "126.4亿元,比上年增长21.8%。其中,智能辅助审判系统52.3亿元,占41.4%。据最高人民法院工作报告,2024年"
            "全国法院受理案件4601.8万件,网上立案率超过80%,全国法院员额法官约12.8万名。"
        ),
        obs=[
            ("Total", 2024, 126.4, "CNY 100 million", "actual"),
            ("智能辅助审判系统", 2024, 52.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.8, "percent", 2023, 2024, 1.0),
            ("share", 41.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 52.3 / 126.4 = 41.38% -> 41.4
        ],
    ),
    # 35. WeChat article (Simplified, 2025) opening on a range: the 2030 range gives two value claims and no
    # observation; 约61亿元 and 突破80亿元 at their printed figures, 今年 = 2025 (estimate); 翻了一番 is x2 over two
    # years, no verdict. Fines, the bank count and Q1 tenders are expected nowhere.
    dict(
        text=(
            "180亿—220亿元!这是业内对2030年中国金融机构AI合规监测市场规模的预测。\n"
            "监管趋严,银行合规压力陡增:2024年金融监管部门对银行业开出罚单金额合计超过20亿元。与此同时,AI合规监测"
            "市场快速扩容,2024年约61亿元,较2022年的30亿元翻了一番;今年有望突破80亿元。一季度仅国有大行就发布了"
            "17个相关招标项目,全国4,000余家银行业金融机构中,真正用上大模型做合规的还不多。"
        ),
        obs=[
            ("Total", 2022, 30, "CNY 100 million", "actual"),
            ("Total", 2024, 61, "CNY 100 million", "actual"),
            ("Total", 2025, 80, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("value", 180, "CNY 100 million", 2030, 2030, None),  # range, low end
            ("value", 220, "CNY 100 million", 2030, 2030, None),  # range, high end
            ("multiple", 2, "multiple", 2022, 2024, 2.0),
        ],
        verdicts=[],
    ),
    # 36. Markdown table, years as columns with E/F (Jun 2025), USD million from the title line: each row label
    # is an item, the total row "Legal AI, all segments" too; the note's CAGR is stated. Table number, title years
    # and the USD 980 billion legal-services market are expected nowhere.
    dict(
        text=(
            "Exhibit 7. Global legal AI market by application, 2023-2030F (USD million)\n"
            "| Application | 2023 | 2024 | 2025E | 2030F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Contract review & drafting | 1,180 | 1,520 | 1,950 | 5,400 |\n"
            "| E-discovery & document review | 1,640 | 1,930 | 2,260 | 4,310 |\n"
            "| Legal research assistants | 720 | 1,010 | 1,380 | 4,120 |\n"
            "| Regulatory compliance monitoring | 1,350 | 1,690 | 2,080 | 5,060 |\n"
            "| Court & judiciary AI | 430 | 520 | 640 | 1,480 |\n"
            "| Legal AI, all segments | 5,320 | 6,670 | 8,310 | 20,370 |\n"
            "Source: Blackfriars Legal Tech Insight, June 2025. CAGR 2024-2030F, all segments: 20.5%. The legal "
            "services market as a whole (about USD 980 billion in 2024) is not shown."
        ),
        obs=[
            ("Contract review & drafting", 2023, 1180, "USD million", "actual"),
            ("Contract review & drafting", 2024, 1520, "USD million", "actual"),
            ("Contract review & drafting", 2025, 1950, "USD million", "estimate"),
            ("Contract review & drafting", 2030, 5400, "USD million", "estimate"),
            ("E-discovery & document review", 2023, 1640, "USD million", "actual"),
            ("E-discovery & document review", 2024, 1930, "USD million", "actual"),
            ("E-discovery & document review", 2025, 2260, "USD million", "estimate"),
            ("E-discovery & document review", 2030, 4310, "USD million", "estimate"),
            ("Legal research assistants", 2023, 720, "USD million", "actual"),
            ("Legal research assistants", 2024, 1010, "USD million", "actual"),
            ("Legal research assistants", 2025, 1380, "USD million", "estimate"),
            ("Legal research assistants", 2030, 4120, "USD million", "estimate"),
            ("Regulatory compliance monitoring", 2023, 1350, "USD million", "actual"),
            ("Regulatory compliance monitoring", 2024, 1690, "USD million", "actual"),
            ("Regulatory compliance monitoring", 2025, 2080, "USD million", "estimate"),
            ("Regulatory compliance monitoring", 2030, 5060, "USD million", "estimate"),
            ("Court & judiciary AI", 2023, 430, "USD million", "actual"),
            ("Court & judiciary AI", 2024, 520, "USD million", "actual"),
            ("Court & judiciary AI", 2025, 640, "USD million", "estimate"),
            ("Court & judiciary AI", 2030, 1480, "USD million", "estimate"),
            ("Legal AI, all segments", 2023, 5320, "USD million", "actual"),
            ("Legal AI, all segments", 2024, 6670, "USD million", "actual"),
            ("Legal AI, all segments", 2025, 8310, "USD million", "estimate"),
            ("Legal AI, all segments", 2030, 20370, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (20,370 / 6,670) ** (1 / 6) - 1 = 20.45% -> 20.5
            ("hierarchy", "exact"),     # 2023: 1,180 + 1,640 + 720 + 1,350 + 430 = 5,320
            ("hierarchy", "exact"),     # 2024: 1,520 + 1,930 + 1,010 + 1,690 + 520 = 6,670
            ("hierarchy", "exact"),     # 2025E: 1,950 + 2,260 + 1,380 + 2,080 + 640 = 8,310
            ("hierarchy", "exact"),     # 2030F: 5,400 + 4,310 + 4,120 + 5,060 + 1,480 = 20,370
        ],
    ),
    # 37. Tab-separated vertical table, years as rows (UK, 2025 edition): the lone value column is headed by its
    # unit only, so it is the Total; 2025F an estimate; the YoY column gives year-on-year rates (2023's is
    # rounding); the note's CAGR is stated. The solicitors column and the edition year are expected nowhere.
    dict(
        text=(
            "UK: spending on AI contract-review, legal-research and e-disclosure tools by law firms and in-house "
            "legal teams\n"
            "Source: Holborn Legal Analytics, UK LegalTech Monitor, 2025 edition\n"
            "Year\tGBP million\tYoY %\tPractising solicitors (thousand)\n"
            "2020\t48.2\t-\t149.9\n"
            "2021\t63.5\t31.7\t153.2\n"
            "2022\t86.0\t35.4\t156.8\n"
            "2023\t118.4\t37.8\t160.1\n"
            "2024\t157.9\t33.4\t163.0\n"
            "2025F\t204.0\t29.2\t-\n"
            "Note: 2025F is a forecast. CAGR 2020-2025F: 33.4%. Solicitor numbers (SRA) are shown for context only."
        ),
        obs=[
            ("Total", 2020, 48.2, "GBP million", "actual"),
            ("Total", 2021, 63.5, "GBP million", "actual"),
            ("Total", 2022, 86.0, "GBP million", "actual"),
            ("Total", 2023, 118.4, "GBP million", "actual"),
            ("Total", 2024, 157.9, "GBP million", "actual"),
            ("Total", 2025, 204.0, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 31.7, "percent", 2020, 2021, 1.0),
            ("growth", 35.4, "percent", 2021, 2022, 1.0),
            ("growth", 37.8, "percent", 2022, 2023, 1.0),
            ("growth", 33.4, "percent", 2023, 2024, 1.0),
            ("growth", 29.2, "percent", 2024, 2025, 1.0),
            ("cagr", 33.4, "percent", 2020, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 63.5 / 48.2 - 1 = 31.74% -> 31.7
            ("cagr|implied", "exact"),     # 86.0 / 63.5 - 1 = 35.43% -> 35.4
            # 118.4 / 86.0 - 1 = 37.67% -> 37.7, not 37.8; bounds 118.35 / 86.05 .. 118.45 / 85.95 give
            # 37.54% .. 37.81%, and 37.75%-37.81% lies inside -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),     # 157.9 / 118.4 - 1 = 33.36% -> 33.4
            ("cagr|implied", "exact"),     # 204.0 / 157.9 - 1 = 29.20% -> 29.2
            ("cagr|implied", "exact"),     # (204.0 / 48.2) ** (1 / 5) - 1 = 33.45% -> 33.4
        ],
    ),
    # 38. Simplified Chinese space-aligned table (Mar 2025), 亿元, with a change and a share column: row labels and
    # the 合计 row are items; each row's 同比 is a year-on-year rate; shares of 2024's 合计 are arithmetic; the 合计
    # row's 100.0 is no claim. The table number, title years and the cases-accepted note are expected nowhere.
    dict(
        text=(
            "表3  2023—2024年中国智慧法院人工智能应用市场规模(单位:亿元)\n"
            "应用类别                    2023年    2024年    同比增长(%)    2024年占比(%)\n"
            "智能辅助审判系统              34.6      45.2        30.6          41.0\n"
            "电子卷宗与文书自动生成        22.8      29.1        27.6          26.4\n"
            "在线诉讼与智能调解平台        18.5      22.4        21.1          20.3\n"
            "司法大数据分析                 9.7      13.6        40.2          12.3\n"
            "合计                          85.6     110.3        28.9         100.0\n"
            "注:不含法院信息化基础设施(服务器、网络)投入;2024年全国法院受理案件4601.8万件,仅供参考。"
            "资料来源:某智库,2025年3月。"
        ),
        obs=[
            ("智能辅助审判系统", 2023, 34.6, "CNY 100 million", "actual"),
            ("智能辅助审判系统", 2024, 45.2, "CNY 100 million", "actual"),
            ("电子卷宗与文书自动生成", 2023, 22.8, "CNY 100 million", "actual"),
            ("电子卷宗与文书自动生成", 2024, 29.1, "CNY 100 million", "actual"),
            ("在线诉讼与智能调解平台", 2023, 18.5, "CNY 100 million", "actual"),
            ("在线诉讼与智能调解平台", 2024, 22.4, "CNY 100 million", "actual"),
            ("司法大数据分析", 2023, 9.7, "CNY 100 million", "actual"),
            ("司法大数据分析", 2024, 13.6, "CNY 100 million", "actual"),
            ("合计", 2023, 85.6, "CNY 100 million", "actual"),
            ("合计", 2024, 110.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 30.6, "percent", 2023, 2024, 1.0),
            ("growth", 27.6, "percent", 2023, 2024, 1.0),
            ("growth", 21.1, "percent", 2023, 2024, 1.0),
            ("growth", 40.2, "percent", 2023, 2024, 1.0),
            ("growth", 28.9, "percent", 2023, 2024, 1.0),
            ("share", 41.0, "percent", 2024, 2024, None),
            ("share", 26.4, "percent", 2024, 2024, None),
            ("share", 20.3, "percent", 2024, 2024, None),
            ("share", 12.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 45.2 / 34.6 - 1 = 30.64% -> 30.6
            ("cagr|implied", "exact"),  # 29.1 / 22.8 - 1 = 27.63% -> 27.6
            ("cagr|implied", "exact"),  # 22.4 / 18.5 - 1 = 21.08% -> 21.1
            ("cagr|implied", "exact"),  # 13.6 / 9.7 - 1 = 40.21% -> 40.2
            ("cagr|implied", "exact"),  # 110.3 / 85.6 - 1 = 28.86% -> 28.9
            ("arithmetic", "exact"),    # 45.2 / 110.3 = 40.98% -> 41.0
            ("arithmetic", "exact"),    # 29.1 / 110.3 = 26.38% -> 26.4
            ("arithmetic", "exact"),    # 22.4 / 110.3 = 20.31% -> 20.3
            ("arithmetic", "exact"),    # 13.6 / 110.3 = 12.33% -> 12.3
            ("hierarchy", "exact"),     # 2023: 34.6 + 22.8 + 18.5 + 9.7 = 85.6
            ("hierarchy", "exact"),     # 2024: 45.2 + 29.1 + 22.4 + 13.6 = 110.3
        ],
    ),
    # 39. Seoul research house, markdown table by country with a CAGR column (Feb 2025), USD million: countries
    # and the total row are items; each row's CAGR is stated (span in the header); 2024's rows miss their total by
    # one (rounding), 2029F's add exactly. The KRW conversion and the 212 banks surveyed are expected nowhere.
    dict(
        text=(
            "Asia-Pacific: AI regulatory-compliance monitoring in banks, by country (USD million)\n"
            "| Country | 2024 | 2029F | CAGR 2024-29F |\n"
            "|---|---:|---:|---:|\n"
            "| Japan | 412 | 1,046 | 20.5% |\n"
            "| Australia | 236 | 561 | 18.9% |\n"
            "| Korea | 158 | 402 | 20.5% |\n"
            "| Singapore | 121 | 318 | 21.3% |\n"
            "| India | 97 | 309 | 26.1% |\n"
            "| Others | 143 | 352 | 19.7% |\n"
            "| Asia-Pacific total | 1,168 | 2,988 | 20.7% |\n"
            "Source: Hangang Financial Research, February 2025; survey of 212 banks. Korea's 2024 figure equals "
            "about KRW 218 billion. Totals may not add because of rounding."
        ),
        obs=[
            ("Japan", 2024, 412, "USD million", "actual"),
            ("Japan", 2029, 1046, "USD million", "estimate"),
            ("Australia", 2024, 236, "USD million", "actual"),
            ("Australia", 2029, 561, "USD million", "estimate"),
            ("Korea", 2024, 158, "USD million", "actual"),
            ("Korea", 2029, 402, "USD million", "estimate"),
            ("Singapore", 2024, 121, "USD million", "actual"),
            ("Singapore", 2029, 318, "USD million", "estimate"),
            ("India", 2024, 97, "USD million", "actual"),
            ("India", 2029, 309, "USD million", "estimate"),
            ("Others", 2024, 143, "USD million", "actual"),
            ("Others", 2029, 352, "USD million", "estimate"),
            ("Asia-Pacific total", 2024, 1168, "USD million", "actual"),
            ("Asia-Pacific total", 2029, 2988, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 20.5, "percent", 2024, 2029, None, "stated"),
            ("cagr", 18.9, "percent", 2024, 2029, None, "stated"),
            ("cagr", 20.5, "percent", 2024, 2029, None, "stated"),
            ("cagr", 21.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 26.1, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 20.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1,046 / 412) ** (1 / 5) - 1 = 20.48% -> 20.5
            ("cagr|implied", "exact"),  # (561 / 236) ** (1 / 5) - 1 = 18.91% -> 18.9
            ("cagr|implied", "exact"),  # (402 / 158) ** (1 / 5) - 1 = 20.54% -> 20.5
            ("cagr|implied", "exact"),  # (318 / 121) ** (1 / 5) - 1 = 21.32% -> 21.3
            ("cagr|implied", "exact"),  # (309 / 97) ** (1 / 5) - 1 = 26.08% -> 26.1
            ("cagr|implied", "exact"),  # (352 / 143) ** (1 / 5) - 1 = 19.74% -> 19.7
            ("cagr|implied", "exact"),  # (2,988 / 1,168) ** (1 / 5) - 1 = 20.67% -> 20.7
            # 2024: 412 + 236 + 158 + 121 + 97 + 143 = 1,167, not 1,168; with each row at +/-0.5 the sum spans
            # 1,164 .. 1,170 and the total 1,167.5 .. 1,168.5, which meet -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2029F: 1,046 + 561 + 402 + 318 + 309 + 352 = 2,988
        ],
    ),
    # 40. Tokyo research house, space-aligned table in ¥100 million (Oct 2025), total row printed first, with a
    # share column: fiscal years count as their numbers (FY2024 actual, FY2025E estimate); row labels and the
    # total row are items; shares are arithmetic, the total's 100.0 no claim; the note's YoY is exact. The 212
    # vendors and the bengoshi count are expected nowhere.
    dict(
        text=(
            "Table 4. Japan: AI legal-tech market by segment (Unit: \u00a5100 million)\n"
            "Segment                                FY2023   FY2024   FY2025E   Share FY2024 (%)\n"
            "Legal-tech AI, total                      171      227       295              100.0\n"
            "  AI contract review & drafting            68       92       121               40.5\n"
            "  AI legal research & search               31       44        60               19.4\n"
            "  E-discovery & forensic review            27       33        40               14.5\n"
            "  Compliance monitoring (financial)        45       58        74               25.6\n"
            "Notes: FY = April-March. The total rose 32.7% year on year in FY2024. Based on a survey of 212 vendors; "
            "Japan had about 46,000 registered bengoshi at the time of the survey. Source: Kanda Research "
            "Institute, October 2025."
        ),
        obs=[
            ("Legal-tech AI, total", 2023, 171, "JPY 100 million", "actual"),
            ("Legal-tech AI, total", 2024, 227, "JPY 100 million", "actual"),
            ("Legal-tech AI, total", 2025, 295, "JPY 100 million", "estimate"),
            ("AI contract review & drafting", 2023, 68, "JPY 100 million", "actual"),
            ("AI contract review & drafting", 2024, 92, "JPY 100 million", "actual"),
            ("AI contract review & drafting", 2025, 121, "JPY 100 million", "estimate"),
            ("AI legal research & search", 2023, 31, "JPY 100 million", "actual"),
            ("AI legal research & search", 2024, 44, "JPY 100 million", "actual"),
            ("AI legal research & search", 2025, 60, "JPY 100 million", "estimate"),
            ("E-discovery & forensic review", 2023, 27, "JPY 100 million", "actual"),
            ("E-discovery & forensic review", 2024, 33, "JPY 100 million", "actual"),
            ("E-discovery & forensic review", 2025, 40, "JPY 100 million", "estimate"),
            ("Compliance monitoring (financial)", 2023, 45, "JPY 100 million", "actual"),
            ("Compliance monitoring (financial)", 2024, 58, "JPY 100 million", "actual"),
            ("Compliance monitoring (financial)", 2025, 74, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("share", 40.5, "percent", 2024, 2024, None),
            ("share", 19.4, "percent", 2024, 2024, None),
            ("share", 14.5, "percent", 2024, 2024, None),
            ("share", 25.6, "percent", 2024, 2024, None),
            ("growth", 32.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 92 / 227 = 40.53% -> 40.5
            ("arithmetic", "exact"),    # 44 / 227 = 19.38% -> 19.4
            ("arithmetic", "exact"),    # 33 / 227 = 14.54% -> 14.5
            ("arithmetic", "exact"),    # 58 / 227 = 25.55% -> 25.6
            ("cagr|implied", "exact"),  # (227 / 171) ** (1 / 1) - 1 = 32.75% -> 32.7
            ("hierarchy", "exact"),     # FY2023: 68 + 31 + 27 + 45 = 171
            ("hierarchy", "exact"),     # FY2024: 92 + 44 + 33 + 58 = 227
            ("hierarchy", "exact"),     # FY2025E: 121 + 60 + 40 + 74 = 295
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-sixty-first check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 4, 'rounding': 10, 'exact': 101}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'LONDON, 4 February 2025 (BUSINESS WIRE)',
    'a rise of 24.6% on the US$1.18 billion',
    'BUY, TP INR 1,420 (26% upside)',
    'roughly 3.1x its 2024 size',
    'Rival analyst Calder & Finch is more aggressive',
    'roughly $14 billion this year',
    'call it 30% a year, compounded',
    'legal research at £131m (21.5%)',
    'revised up from the preliminary ¥29.7 billion',
    'reach US$2.31 billion in 2030',
    '₩183 billion last year',
    'nearly five times its 2020 level',
    'between US$820 million and US$960 million',
    '力争全省司法人工智能应用市场规模达到18亿元',
    '年均增长28%左右',
    '目标价56.8元',
    '今年預估成長27%至23.6億元',
    '按年增長31.8%，2023年則為7.6億港元',
    '預估2030年即可達85億美元',
    '较2020年增长3倍',
    '智能庭审终端约2.6万台',
    '| Total | 2,817 | 3,430 | 4,176 | 6,155 |',
    '合计\t32.3\t42.8\t56.1\t71.7\t90.2',
    'FY2023                    10.7',
    '| 年度 | 新台幣億元 |',
    'We size that total addressable market at about $4.2 billion this year',
    'reaching roughly 2.6 times that by 2029, call it $11 billion',
    'made up USD 1.17 billion of that total (44.3%)',
    '$680M in 2023 -> $1.02B in 2024 (+50%)',
    'Hollis & Crane has a much bigger $4.6bn for 2023',
    'growing about 22% a year',
    '$0.6-0.8B by 2029E',
    'a CAGR of 23.2% from fiscal 2023 to fiscal 2028',
    "The report's figures are $380 million and 27%.",
    'a CAGR of 25.6% over 2024-2029',
    '力争全省法院人工智能应用投入达到45亿元,较2023年增长2倍',
    '2024—2027年CAGR为34.9%',
    '較前一年的30.2億元成長27.5%',
    '今年預計突破6億港元',
    '三年成長2.5倍,但同一頁又寫2021-2024年年複合成長率47%',
    '比上年增长21.8%',
    '180亿—220亿元!',
    '| Legal AI, all segments | 5,320 | 6,670 | 8,310 | 20,370 |',
    '2023\t118.4\t37.8\t160.1',
    '同比增长(%)    2024年占比(%)',
    'Totals may not add because of rounding.',
    'Legal-tech AI, total                      171',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 245
#: figures, 61 rates, 97 verdicts and 7 false inconsistent
#: after the readings chosen on the hundred-and-fifty-sixth, -fifty-eighth, -sixtieth and -sixty-second sets
#: (it kept unread): 270, 61, 105 and 7
FLOORS = {"figures_found": 275, "rates_found": 62, "verdicts_right": 111}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 3


if __name__ == "__main__":  # python tests/extract_checkset161.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
