"""A hundred-and-fifty-fifth check set for the extractor, written blind: AI in human resources and work: AI recruiting
and candidate screening, AI interview and assessment tools, workforce planning and people analytics, AI learning
platforms for employees, AI in payroll and employee service desks, sized in money by HR-technology analysts, staffing
associations, consultancies, brokers, labour ministries and provincial talent plans, Japanese, Korean, Indian and
Australian research houses. Distractors a careful reader leaves out: jobs posted or filled, head counts, wages and
salaries, hours saved, a staffing firm's own revenue, funding rounds, a quarter's figures, the whole HR software or
staffing market beside the AI part.

Snippets 1-20: AI in human resources and work (AI recruiting and candidate screening, AI interview and assessment
tools, workforce planning and people analytics, AI learning platforms for employees, AI in payroll and employee
service desks). 1-8 are English prose: a dated wire press release from an HR-technology analyst with a year-on-year
rate and a stated CAGR; a broker note with a regional share, a multiple, a price target and the covered company's own
revenue, margin and quarter; a news article quoting two publishers (the first one's CAGR only rounding-consistent, the
second's 2030 figure left out); an earnings-call transcript sizing a TAM "this year" with a multiple; a European
staffing association yearbook with three country shares (one only rounding-consistent); a Japanese research house's
yen release with a revised fiscal-year figure; an Indian research house's release whose stated CAGR its amounts
contradict, with a later figure in billions converted to the series' millions and a rupee figure; and a Korean
institute's release with "last year", a multiple, a 2030 range and a won figure. 9-15 are Chinese prose: a Guangdong
action plan with targets and a share in words (Simplified); a broker report with a share and a rounding CAGR
(Simplified); a Taiwanese release in 新台幣億元 with 今年 (Traditional); a Hong Kong news item in 億港元 whose year-on-year rate
is inconsistent (Traditional); a Taiwanese article quoting two publishers in 億美元 (Traditional); a Xinhua-style wire
with 增长2倍 and a quarter (Simplified); and a white paper with a share and an inferred CAGR (Simplified). 16-20 are
tables: a markdown pipe table with E/F columns, a total row that only rounding reaches in one year and a CAGR in its
note; a space-aligned Australian regional table with a total row and a y/y column holding one contradicted rate; a
tab-separated Simplified Chinese table with 合计 and a share row; a space-aligned UK table with years as rows, value
columns and a y/y column; and a Traditional Chinese markdown table with years as rows under a lone unit-only column
and a rounding CAGR in its note. Distractors a careful reader leaves out: report titles' years, edition, exhibit,
table and document numbers, counts of employers surveyed and of firms, job ads and vacancies, flexi workers placed,
agency workers on assignment, hours saved, training hours, wages, unemployment and jobs-to-applicants ratios,
penetration rates and survey answers, percentage points, shares given as fractions in words, a price target and its
upside, a company's own revenue, guidance, gross and operating margin, customers and head count, a quarter's or
half-year's figure, the whole staffing industry without a year, won and rupee amounts, a second publisher's figure and
a superseded preliminary figure.

Snippets 21-40: AI in human resources and work (AI recruiting and candidate screening, AI interview and assessment
tools, workforce planning and people analytics, AI learning platforms for employees, AI in payroll and employee
service desks). Eight English prose pieces (an HR-tech vendor's earnings call sizing its TAM, a journal abstract, a
LinkedIn post, a Reddit answer naming a second publisher, investor-day slide bullets with a second market's range, a
Japanese research house's release in yen, a news page carrying a correction, an Indian research note whose CAGR was
left on a superseded base), seven Chinese prose pieces (a provincial action plan, a broker note, a People's Daily wire
on ministry statistics, a Taiwanese annual report in TWD, a Hong Kong newspaper in HKD, a PTT post with an
inconsistent CAGR, a WeChat article; three in Traditional Chinese), and five tables (markdown by application with E/F
columns, a tab-separated vertical table of Indian fiscal years with a YoY column, a Chinese space-aligned table with a
share column, a Korean regional table with a CAGR column, a Traditional Chinese pipe table in TWD million with a
change column). Distractors left out: vendors' and staffing firms' own revenue, ARR, bookings and share ambitions,
quarter figures, applications screened, hires and placements, open jobs, members, headcounts, wages and salaries,
hours saved, time-to-hire cuts, survey answers, completion and penetration rates, funding rounds, price targets and
upside, rupee, won and Australian-dollar amounts, the whole HR software, HR service or training market beside the AI
part, shares given only in words, law, report, table and document numbers, title years, and a second publisher's
figure for the same year. Two rates are inconsistent (an Indian note's CAGR kept from a superseded base; a PTT post's
CAGR the amounts cannot give).

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Dated wire press release (English), HR-tech analyst, AI recruiting and candidate screening. Year-on-year rate
    #    with both amounts; stated 2024-2030 CAGR. Expected nowhere: title years 2025-2030, "fourth annual", 41 million
    #    job ads, 6.5 hours per requisition, 1,350 employers, 22 countries.
    dict(
        text=(
            "LONDON, 14 January 2025 /PRNewswire/ -- Harrowgate HR Analytics today released 'Recruiting Automation "
            "Outlook 2025-2030', its fourth annual study of software that sources, screens and ranks job candidates "
            "with machine learning. Global spending on AI recruiting and candidate-screening software rose 17.3% to "
            "US$3.18 billion in 2024, up from US$2.71 billion in 2023, the firm said. Employers pushed some 41 million "
            "job ads through applicant-tracking systems last year, and recruiters using AI screening reported saving "
            "an average of 6.5 hours per requisition. Harrowgate forecasts the market at US$8.9 billion in 2030, a "
            "compound annual growth rate of 18.7% between 2024 and 2030. The study draws on a survey of 1,350 "
            "employers in 22 countries."
        ),
        obs=[
            ("Total", 2023, 2.71, "USD billion", "actual"),
            ("Total", 2024, 3.18, "USD billion", "actual"),
            ("Total", 2030, 8.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 17.3, "percent", 2023, 2024, 1.0),
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.18 / 2.71 - 1 = 17.343% -> 17.3
            ("cagr|implied", "exact"),  # (8.9 / 3.18) ** (1 / 6) - 1 = 18.712% -> 18.7
        ],
    ),
    # 2. Broker note (English), AI interview and assessment tools. A part (North America) with its share of the printed
    #    whole; "2.5x the 2024 level" a multiple 2024->2028. Expected nowhere: PT $74 and 19% upside, TalentLoop's $212m
    #    FY2024 revenue, 71% gross margin, 9,400 customers, Q1 FY2025 revenue $58m.
    dict(
        text=(
            "Calder & Finch Equity Research | US HR Technology | 3 June 2025\n"
            "TalentLoop Inc. (TLP US) - Buy; price target $74 (19% upside)\n"
            "Screening is moving from resumes to evidence. We size the market for AI interview and assessment tools - "
            "asynchronous video interviews scored by models, game-based tests and AI-graded skills simulations - at "
            "$1.84bn in 2024. North America accounted for $0.79bn of it, a 43% share. We expect the market to reach "
            "$4.6bn in 2028, 2.5x the 2024 level, as large employers retire legacy psychometric tests. TalentLoop "
            "booked revenue of $212m in FY2024 at a 71% gross margin and now serves 9,400 customers; Q1 FY2025 "
            "revenue came in at $58m."
        ),
        obs=[
            ("Total", 2024, 1.84, "USD billion", "actual"),
            ("North America", 2024, 0.79, "USD billion", "actual"),
            ("Total", 2028, 4.6, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 43.0, "percent", 2024, 2024, None),
            ("multiple", 2.5, "multiple", 2024, 2028, 4.0),     # 4.6 / 1.84 = 2.50; multiples get no verdict
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 0.79 / 1.84 = 42.935% -> 43
        ],
    ),
    # 3. News article quoting two publishers (English), AI workforce planning and people analytics. Brightline's stated
    #    CAGR only reaches its amounts by rounding. Expected nowhere: Corvid's $7.4bn for 2030, the ~$650bn staffing and
    #    HR services industry (no year, not the AI part), 780 HR leaders, 64% of them.
    dict(
        text=(
            "NEW YORK, 22 April 2025 (HR Tech Wire) - Companies are pouring money into software that predicts "
            "attrition, models headcount scenarios and maps skills across the workforce. Brightline Research, a "
            "Boston-based analyst house, estimates that the market for AI-driven workforce planning and people "
            "analytics was worth $2.46 billion in 2024 and will climb to $6.1 billion by 2030 - a compound annual "
            "growth rate of 16.5% over 2024-2030. Corvid Advisory, which also counts analytics embedded in core HR "
            "suites, is more bullish and sees the market at $7.4 billion in 2030. Either way the segment remains a "
            "sliver of a global staffing and HR services industry that turns over roughly $650 billion a year. In "
            "Brightline's survey of 780 HR leaders, 64% said they planned to raise people-analytics budgets."
        ),
        obs=[
            ("Total", 2024, 2.46, "USD billion", "actual"),
            ("Total", 2030, 6.1, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (6.1 / 2.46) ** (1 / 6) - 1 = 16.341% -> 16.3, not 16.5; bounds
                                           # (6.05 / 2.465) ** (1/6) - 1 = 16.142% .. (6.15 / 2.455) ** (1/6) - 1 = 16.539%
        ],
    ),
    # 4. Earnings-call transcript (English): the CEO sizes the TAM for AI employee service "this year" (2025, an
    #    estimate) and for 2028; "roughly 2.2 times" a multiple 2025->2028. Expected nowhere: $184.6m quarterly revenue and
    #    27%, 3.8 million tickets, 1.1 million hours, 2,450 employees, $755m-$760m revenue guidance, 14% margin.
    dict(
        text=(
            "Halcyon Workforce Cloud (HWC) - Q2 2025 earnings call transcript, July 30, 2025\n"
            "Maya Lindqvist, Chief Executive Officer: Thanks, everyone. Total revenue in the quarter was $184.6 "
            "million, up 27% year over year, and our AI service agents resolved 3.8 million employee tickets, which "
            "customers tell us saved about 1.1 million hours of HR staff time. Let me step back to the opportunity. "
            "When we size the total addressable market for AI employee service - agents that answer payroll, "
            "benefits, leave and policy questions end to end - we get to roughly $11 billion this year. We think that "
            "reaches about $24 billion by 2028, roughly 2.2 times today's level. We ended the quarter with 2,450 "
            "employees, and Dan will take you through guidance.\n"
            "Daniel Osei, Chief Financial Officer: For the full year we now expect revenue of $755 million to $760 "
            "million and a non-GAAP operating margin of 14%."
        ),
        obs=[
            ("Total", 2025, 11, "USD billion", "estimate"),
            ("Total", 2028, 24, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.2, "multiple", 2025, 2028, 3.0),     # 24 / 11 = 2.18; no verdict
        ],
        verdicts=[],
    ),
    # 5. Staffing association yearbook (English), EUR billion. Year-on-year rate with both amounts; three countries with
    #    shares of the printed total (France's 16.7% only rounding reaches); "pass EUR 1.4 billion in 2025" an estimate
    #    at its printed figure. Expected nowhere: edition 14, chapter 6, 31 members, 3.4 million agency workers, 19% margin.
    dict(
        text=(
            "Eurostaff Federation - Yearbook 2025 (14th edition), Chapter 6: Technology in the staffing industry. "
            "Brussels, June 2025.\n"
            "Spending by private employment agencies in Europe on AI sourcing, matching and candidate-screening tools "
            "reached EUR 1.12 billion in 2024, up 30.2% on the EUR 0.86 billion recorded in 2023. Germany remained the "
            "largest market at EUR 0.27 billion (24.1% of the total), followed by France at EUR 0.19 billion (16.7%) "
            "and the Netherlands at EUR 0.13 billion (11.6%). The federation's 31 national members expect the total to "
            "pass EUR 1.4 billion in 2025. On an average day some 3.4 million agency workers are on assignment across "
            "the region, and agencies' average gross margin held at 19%."
        ),
        obs=[
            ("Total", 2023, 0.86, "EUR billion", "actual"),
            ("Total", 2024, 1.12, "EUR billion", "actual"),
            ("Germany", 2024, 0.27, "EUR billion", "actual"),
            ("France", 2024, 0.19, "EUR billion", "actual"),
            ("Netherlands", 2024, 0.13, "EUR billion", "actual"),
            ("Total", 2025, 1.4, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 30.2, "percent", 2023, 2024, 1.0),
            ("share", 24.1, "percent", 2024, 2024, None),
            ("share", 16.7, "percent", 2024, 2024, None),
            ("share", 11.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.12 / 0.86 - 1 = 30.233% -> 30.2
            ("arithmetic", "exact"),    # Germany: 0.27 / 1.12 = 24.107% -> 24.1
            ("arithmetic", "rounding"), # France: 0.19 / 1.12 = 16.964% -> 17.0, not 16.7; bounds
                                        # 0.185 / 1.125 = 16.444% .. 0.195 / 1.115 = 17.489%
            ("arithmetic", "exact"),    # Netherlands: 0.13 / 1.12 = 11.607% -> 11.6
        ],
    ),
    # 6. Japanese research house release (English), yen, fiscal years. Fiscal 2024 revised figure is the figure; the
    #    preliminary one is expected nowhere. FY2025 and FY2028 estimates; stated CAGR with span. Expected nowhere:
    #    ¥39.8 billion, jobs-to-applicants ratio 1.22, 612 companies, "April".
    dict(
        text=(
            "TOKYO, October 7, 2025 - Kiyomizu Research Institute said on Tuesday that Japan's market for AI-powered "
            "recruiting and talent-management services - resume screening, interview analysis, attrition prediction "
            "and skills mapping sold to employers - grew 23.4% in fiscal 2024 to ¥41.2 billion, from ¥33.4 billion a "
            "year earlier. The fiscal 2024 figure has been revised up from the preliminary ¥39.8 billion the institute "
            "published in April. It expects the market to reach ¥50.6 billion in fiscal 2025 and forecasts ¥98.0 "
            "billion in fiscal 2028, a compound annual growth rate of 24.2% over fiscal 2024-2028. Japan's "
            "jobs-to-applicants ratio stood at 1.22 in August, and 612 companies answered the institute's survey. "
            "Fiscal years run from April to March."
        ),
        obs=[
            ("Total", 2023, 33.4, "JPY billion", "actual"),
            ("Total", 2024, 41.2, "JPY billion", "actual"),
            ("Total", 2025, 50.6, "JPY billion", "estimate"),
            ("Total", 2028, 98.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
            ("cagr", 24.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 41.2 / 33.4 - 1 = 23.353% -> 23.4
            ("cagr|implied", "exact"),  # (98.0 / 41.2) ** (1 / 4) - 1 = 24.189% -> 24.2
        ],
    ),
    # 7. Indian research house release (English). Series unit USD million (first printed); the 2030 "USD 1.63 billion"
    #    expected converted to 1630 USD million. The stated CAGR is contradicted by the amounts (it looks computed from
    #    an older base). Expected nowhere: ₹3,420 crore, "second edition", 1.4 million flexi workers, "nearly a third".
    dict(
        text=(
            "MUMBAI, 18 February 2025 - Sahyadri Insights, a Pune-based research house, said India's market for AI "
            "recruitment and candidate-assessment platforms stood at USD 412 million (about ₹3,420 crore) in 2024. In "
            "the second edition of its India Talent Tech Report, the firm projects the market to reach USD 1.63 "
            "billion by 2030, growing at a CAGR of 29.5% over 2024-2030. Staffing firms placed about 1.4 million "
            "flexi workers during the year, and tier-2 cities now account for nearly a third of new deployments, the "
            "report said."
        ),
        obs=[
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2030, 1630, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 29.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # (1630 / 412) ** (1 / 6) - 1 = 25.762%, not 29.5; bounds
                                               # (1625 / 412.5) ** (1/6) - 1 = 25.672% .. (1635 / 411.5) ** (1/6) - 1
                                               # = 25.851%; 29.5 unreachable
        ],
    ),
    # 8. Korean institute release (English), AI learning platforms for employees. "Last year" = 2024 (dateline 2025);
    #    "2.7 times what they spent in 2021" a multiple 2021->2024; a 2030 range gives two value claims. Expected nowhere:
    #    386 billion won, 1,020 firms, 52 training hours.
    dict(
        text=(
            "SEOUL, April 9, 2025 - The Korea Institute for Work and Skills Technology (KIWST) estimates that "
            "employers worldwide spent USD 4.3 billion last year on AI-based learning platforms for staff - adaptive "
            "course engines, AI tutors and skills-gap analytics - which is 2.7 times what they spent in 2021. In a "
            "report released on Wednesday, the institute put the 2030 market at USD 11 billion to USD 13 billion, "
            "depending on how quickly generative AI tutors replace classroom training. Korean companies spent 386 "
            "billion won on such platforms last year, and workers at the 1,020 firms surveyed logged an average of "
            "52 training hours."
        ),
        obs=[
            ("Total", 2024, 4.3, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 2.7, "multiple", 2021, 2024, 3.0),     # no 2021 amount printed; no verdict
            ("value", 11, "USD billion", 2030, 2030, None),
            ("value", 13, "USD billion", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 9. Provincial action plan (Simplified Chinese) with targets (达到, 力争突破 -> estimate); the 2024 base is actual; a
    #    part's 2027 target. Expected nowhere: title years 2025—2027, document number 18, 占比约四成 (a fraction in words),
    #    30 firms with 超亿元 revenue, 15 parks, 5000 firms, 9000 agencies.
    dict(
        text=(
            "广东省人力资源和社会保障厅近日印发《广东省人工智能赋能人力资源服务业行动方案（2025—2027年）》"
            "（粤人社发〔2025〕18号）。方案提出，到2026年，全省人工智能人力资源服务产品市场规模达到85亿元；"
            "到2027年，力争突破120亿元（2024年为52亿元），其中AI招聘与人岗匹配规模力争达到50亿元、占比约四成。"
            "方案还提出，培育年营业收入超亿元的AI人力资源服务企业30家，建设省级人力资源服务产业园15个，推动智能面试、"
            "智能测评在5000家重点企业落地应用，全省人力资源服务机构数量超过9000家。"
        ),
        obs=[
            ("Total", 2024, 52, "CNY 100 million", "actual"),
            ("Total", 2026, 85, "CNY 100 million", "estimate"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
            ("AI招聘与人岗匹配", 2027, 50, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[],
    ),
    # 10. Broker report (Simplified Chinese), AI recruiting. A part (AI面试) with its share of the printed whole; a stated
    #     2024—2027 CAGR only rounding reaches. Expected nowhere: 目标价38.6元 and 24% upside, the company's 12.4亿元
    #     revenue and 62% margin, 4,200万 monthly users, the Q4 single-quarter 19.8亿元.
    dict(
        text=(
            "【华岳证券·人力资源科技行业深度报告】2025年3月18日\n"
            "智能招聘：从“筛简历”到“懂岗位”。我们测算，2024年我国智能招聘市场（含AI简历筛选、AI面试与人岗匹配）"
            "规模为68.5亿元，其中AI面试21.3亿元，占比31.1%。随着大模型降低部署门槛，我们预计2027年市场规模将达到"
            "145亿元，2024—2027年复合增速28.6%。首次覆盖某招聘平台，给予“买入”评级，目标价38.6元，较现价有24%上涨"
            "空间；公司2024年营收12.4亿元，毛利率62%，平台月活用户4,200万。另据测算，2024年第四季度智能招聘市场"
            "单季规模约19.8亿元。"
        ),
        obs=[
            ("Total", 2024, 68.5, "CNY 100 million", "actual"),
            ("AI面试", 2024, 21.3, "CNY 100 million", "actual"),
            ("Total", 2027, 145, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 31.1, "percent", 2024, 2024, None),
            ("cagr", 28.6, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),       # 21.3 / 68.5 = 31.095% -> 31.1
            ("cagr|implied", "rounding"),  # (145 / 68.5) ** (1 / 3) - 1 = 28.398% -> 28.4, not 28.6; bounds
                                           # (144.5 / 68.55) ** (1/3) - 1 = 28.219% .. (145.5 / 68.45) ** (1/3) - 1
                                           # = 28.577%
        ],
    ),
    # 11. Taiwanese research release (Traditional Chinese), 新台幣億元. Year-on-year rate with both amounts; 今年 (2025,
    #     dateline year) 預估 -> estimate with an approximate 年增約22%. Expected nowhere: 今（12）日, 1,200家企業, 18.7%
    #     導入率 (penetration), 10.2萬個職缺, 月薪新台幣4.6萬元.
    dict(
        text=(
            "（本報記者陳怡君／台北報導）2025年3月12日\n"
            "台灣人資科技研究中心今（12）日發布調查指出，臺灣企業導入AI人資服務（包含AI招募篩選、AI薪資計算及員工服務"
            "聊天機器人）的市場規模，2024年達新台幣46.8億元，較2023年的38.5億元成長21.6%；今年預估可達新台幣57億元，"
            "年增約22%。該中心調查1,200家企業，AI人資工具導入率為18.7%。同期全台求才職缺約10.2萬個，受僱員工平均月薪"
            "為新台幣4.6萬元。"
        ),
        obs=[
            ("Total", 2023, 38.5, "TWD 100 million", "actual"),
            ("Total", 2024, 46.8, "TWD 100 million", "actual"),
            ("Total", 2025, 57, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
            ("growth", 22, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 46.8 / 38.5 - 1 = 21.558% -> 21.6
            ("cagr|implied", "exact"),  # 57 / 46.8 - 1 = 21.795% -> 22
        ],
    ),
    # 12. Hong Kong news item (Traditional Chinese), 億港元. 去年 = 2024, 前年 = 2023, 今年 = 2025 (estimate). The stated
    #     按年增長31% is contradicted by the amounts (a typo for 21%). Expected nowhere: 412間企業, 失業率3.1%, 6.8萬個
    #     職位空缺, a job platform's 上半年收入1.8億港元.
    dict(
        text=(
            "【本報訊】2025年6月4日 香港人才管理協會昨日公布的調查顯示，本港企業去年（2024年）在AI招聘、AI面試及"
            "人才管理工具上的開支達12.6億港元，按年增長31%，前年則為10.4億港元。協會預計，今年開支將增至約15.2億港元。"
            "是次調查訪問了412間企業；本港最新失業率為3.1%，職位空缺約6.8萬個。另外，某本地網上招聘平台上半年收入"
            "為1.8億港元。"
        ),
        obs=[
            ("Total", 2023, 10.4, "HKD 100 million", "actual"),
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("Total", 2025, 15.2, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 12.6 / 10.4 - 1 = 21.154%, not 31; bounds 12.55 / 10.45 - 1 = 20.096%
                                               # .. 12.65 / 10.35 - 1 = 22.222%; 31 unreachable
        ],
    ),
    # 13. Taiwanese news article quoting two publishers (Traditional Chinese), 億美元, AI learning platforms. The first
    #     publisher's base, growth, target and CAGR are the figures. Expected nowhere: Quadrant Insight's 162億美元 for
    #     2029, 1,280美元 per employee, 約有6成 (fraction in words).
    dict(
        text=(
            "【記者王思涵／綜合報導】2025年5月20日\n"
            "企業培訓正加速走向AI化。美國市調機構Everline Research最新報告指出，全球企業AI學習平台（含AI導師、個人化"
            "課程推薦與技能缺口分析）市場規模2024年為58.2億美元，較2023年的48.9億美元成長19.0%；預估2029年將達147億"
            "美元，2024至2029年複合年增率為20.4%。另一家研究機構Quadrant Insight則較為樂觀，估計2029年市場規模可達162"
            "億美元。報告也指出，企業平均每名員工每年培訓支出約1,280美元，而台灣約有6成大型企業已試用AI學習工具。"
        ),
        obs=[
            ("Total", 2023, 48.9, "USD 100 million", "actual"),
            ("Total", 2024, 58.2, "USD 100 million", "actual"),
            ("Total", 2029, 147, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.0, "percent", 2023, 2024, 1.0),
            ("cagr", 20.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 58.2 / 48.9 - 1 = 19.018% -> 19.0
            ("cagr|implied", "exact"),  # (147 / 58.2) ** (1 / 5) - 1 = 20.359% -> 20.4
        ],
    ),
    # 14. Xinhua-style wire (Simplified Chinese). 较2021年增长2倍 keeps its printed 2 as a multiple 2021->2024; 预计...超过
    #     260亿元 an estimate at its printed figure. Expected nowhere: the 第四季度 61亿元, 5600万家次, 3.2亿人次, the
    #     reporter's date 20日.
    dict(
        text=(
            "新华社北京2025年1月20日电（记者张宁）记者20日从中国人力资源服务行业协会获悉，2024年我国人力资源服务领域"
            "人工智能应用市场规模达到213亿元，较2021年增长2倍，其中第四季度单季规模为61亿元。协会预计，2025年市场规模"
            "将超过260亿元。据介绍，2024年全国人力资源服务机构共为5600万家次用人单位提供服务，帮助3.2亿人次实现就业、"
            "择业和流动。"
        ),
        obs=[
            ("Total", 2024, 213, "CNY 100 million", "actual"),
            ("Total", 2025, 260, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),       # 增长2倍 kept as printed; no 2021 amount, no verdict
        ],
        verdicts=[],
    ),
    # 15. White paper (Simplified Chinese), AI payroll and employee self-service. A part (AI员工服务台) with its share of
    #     the printed whole; a CAGR whose span only its amounts' years give (2024, 2029) -> inferred. Expected nowhere:
    #     title year 2025, 860家企业, 约45万元 per firm, 12个百分点, 约三成 (fraction in words).
    dict(
        text=(
            "《中国智能薪酬与员工服务白皮书（2025）》日前在上海发布。白皮书显示，2024年我国AI薪酬计算与员工自助服务"
            "市场规模为38.6亿元，其中AI员工服务台规模为14.2亿元，占36.8%。白皮书预计，到2029年市场规模将达到106亿元，"
            "年复合增长率约22.4%。本次调研覆盖企业860家，单家企业在该领域的年均投入约45万元；引入AI员工服务台后，"
            "员工满意度平均提升12个百分点，HR事务性工时减少约三成。"
        ),
        obs=[
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("AI员工服务台", 2024, 14.2, "CNY 100 million", "actual"),
            ("Total", 2029, 106, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 36.8, "percent", 2024, 2024, None),
            ("cagr", 22.4, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 14.2 / 38.6 = 36.788% -> 36.8
            ("cagr|period", "exact"),   # (106 / 38.6) ** (1 / 5) - 1 = 22.389% -> 22.4
        ],
    ),
    # 16. Markdown pipe table (English), USD billion, E/F columns, a Total row; 2024's rows add to 12.5 against a printed
    #     12.6 (rounding); a stated CAGR in the note. Expected nowhere: Exhibit 7, title years 2023-2028F, "May 2025".
    dict(
        text=(
            "Exhibit 7: Global AI-in-HR software market by application, 2023-2028F (USD billion)\n"
            "\n"
            "| Application | 2023 | 2024 | 2025E | 2028F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| AI sourcing & screening | 2.5 | 2.9 | 3.5 | 5.4 |\n"
            "| Interview & assessment | 1.2 | 1.5 | 1.8 | 2.9 |\n"
            "| Workforce planning & people analytics | 2.0 | 2.3 | 2.7 | 4.3 |\n"
            "| Learning & skills platforms | 3.6 | 4.4 | 5.3 | 8.8 |\n"
            "| Payroll & employee-service AI | 1.1 | 1.4 | 1.8 | 3.1 |\n"
            "| Total | 10.4 | 12.6 | 15.1 | 24.5 |\n"
            "\n"
            "Source: Ashgrove Partners HR Technology Practice, May 2025. E = estimate, F = forecast. Totals may not add "
            "due to rounding. Total CAGR 2024-2028F: 18.1%."
        ),
        obs=[
            ("AI sourcing & screening", 2023, 2.5, "USD billion", "actual"),
            ("AI sourcing & screening", 2024, 2.9, "USD billion", "actual"),
            ("AI sourcing & screening", 2025, 3.5, "USD billion", "estimate"),
            ("AI sourcing & screening", 2028, 5.4, "USD billion", "estimate"),
            ("Interview & assessment", 2023, 1.2, "USD billion", "actual"),
            ("Interview & assessment", 2024, 1.5, "USD billion", "actual"),
            ("Interview & assessment", 2025, 1.8, "USD billion", "estimate"),
            ("Interview & assessment", 2028, 2.9, "USD billion", "estimate"),
            ("Workforce planning & people analytics", 2023, 2.0, "USD billion", "actual"),
            ("Workforce planning & people analytics", 2024, 2.3, "USD billion", "actual"),
            ("Workforce planning & people analytics", 2025, 2.7, "USD billion", "estimate"),
            ("Workforce planning & people analytics", 2028, 4.3, "USD billion", "estimate"),
            ("Learning & skills platforms", 2023, 3.6, "USD billion", "actual"),
            ("Learning & skills platforms", 2024, 4.4, "USD billion", "actual"),
            ("Learning & skills platforms", 2025, 5.3, "USD billion", "estimate"),
            ("Learning & skills platforms", 2028, 8.8, "USD billion", "estimate"),
            ("Payroll & employee-service AI", 2023, 1.1, "USD billion", "actual"),
            ("Payroll & employee-service AI", 2024, 1.4, "USD billion", "actual"),
            ("Payroll & employee-service AI", 2025, 1.8, "USD billion", "estimate"),
            ("Payroll & employee-service AI", 2028, 3.1, "USD billion", "estimate"),
            ("Total", 2023, 10.4, "USD billion", "actual"),
            ("Total", 2024, 12.6, "USD billion", "actual"),
            ("Total", 2025, 15.1, "USD billion", "estimate"),
            ("Total", 2028, 24.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 18.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # (24.5 / 12.6) ** (1 / 4) - 1 = 18.086% -> 18.1
            ("hierarchy", "exact"),        # 2023: 2.5 + 1.2 + 2.0 + 3.6 + 1.1 = 10.4
            ("hierarchy", "rounding"),     # 2024: 2.9 + 1.5 + 2.3 + 4.4 + 1.4 = 12.5, not 12.6; bounds
                                           # 12.5 - 5 x 0.05 = 12.25 .. 12.5 + 5 x 0.05 = 12.75
            ("hierarchy", "exact"),        # 2025E: 3.5 + 1.8 + 2.7 + 5.3 + 1.8 = 15.1
            ("hierarchy", "exact"),        # 2028F: 5.4 + 2.9 + 4.3 + 8.8 + 3.1 = 24.5
        ],
    ),
    # 17. Space-aligned table (English), Australian research house, US$ million, years as columns with E/F, a total row
    #     last and a y/y column for 2025E; India's printed 28.4% is contradicted by its amounts (a rebasing slip).
    #     Expected nowhere: monitor No. 9, "August 2025", 2024 exchange rates.
    dict(
        text=(
            "Asia-Pacific spending on AI recruitment technology by market (US$ million)\n"
            "Market               2023    2024   2025E   2026F   y/y 2025E\n"
            "Australia & NZ        182     214     251     292       17.3%\n"
            "Japan                 336     391     455     528       16.4%\n"
            "India                 241     298     372     461       28.4%\n"
            "South-East Asia       127     160     203     255       26.9%\n"
            "Greater China         418     486     561     642       15.4%\n"
            "Asia-Pacific total  1,304   1,549   1,842   2,178       18.9%\n"
            "Source: Wattle & Gum Research, Sydney, APAC Talent Tech Monitor No. 9, August 2025. Local-currency "
            "spending converted at 2024 average exchange rates. E = estimate, F = forecast."
        ),
        obs=[
            ("Australia & NZ", 2023, 182, "USD million", "actual"),
            ("Australia & NZ", 2024, 214, "USD million", "actual"),
            ("Australia & NZ", 2025, 251, "USD million", "estimate"),
            ("Australia & NZ", 2026, 292, "USD million", "estimate"),
            ("Japan", 2023, 336, "USD million", "actual"),
            ("Japan", 2024, 391, "USD million", "actual"),
            ("Japan", 2025, 455, "USD million", "estimate"),
            ("Japan", 2026, 528, "USD million", "estimate"),
            ("India", 2023, 241, "USD million", "actual"),
            ("India", 2024, 298, "USD million", "actual"),
            ("India", 2025, 372, "USD million", "estimate"),
            ("India", 2026, 461, "USD million", "estimate"),
            ("South-East Asia", 2023, 127, "USD million", "actual"),
            ("South-East Asia", 2024, 160, "USD million", "actual"),
            ("South-East Asia", 2025, 203, "USD million", "estimate"),
            ("South-East Asia", 2026, 255, "USD million", "estimate"),
            ("Greater China", 2023, 418, "USD million", "actual"),
            ("Greater China", 2024, 486, "USD million", "actual"),
            ("Greater China", 2025, 561, "USD million", "estimate"),
            ("Greater China", 2026, 642, "USD million", "estimate"),
            ("Asia-Pacific total", 2023, 1304, "USD million", "actual"),
            ("Asia-Pacific total", 2024, 1549, "USD million", "actual"),
            ("Asia-Pacific total", 2025, 1842, "USD million", "estimate"),
            ("Asia-Pacific total", 2026, 2178, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 17.3, "percent", 2024, 2025, 1.0),
            ("growth", 16.4, "percent", 2024, 2025, 1.0),
            ("growth", 28.4, "percent", 2024, 2025, 1.0),
            ("growth", 26.9, "percent", 2024, 2025, 1.0),
            ("growth", 15.4, "percent", 2024, 2025, 1.0),
            ("growth", 18.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # Australia & NZ: 251 / 214 - 1 = 17.290% -> 17.3
            ("cagr|implied", "exact"),         # Japan: 455 / 391 - 1 = 16.368% -> 16.4
            ("cagr|implied", "inconsistent"),  # India: 372 / 298 - 1 = 24.832%, not 28.4; bounds 371.5 / 298.5 - 1
                                               # = 24.456% .. 372.5 / 297.5 - 1 = 25.210%; 28.4 unreachable
            ("cagr|implied", "exact"),         # South-East Asia: 203 / 160 - 1 = 26.875% -> 26.9
            ("cagr|implied", "exact"),         # Greater China: 561 / 486 - 1 = 15.432% -> 15.4
            ("cagr|implied", "exact"),         # Asia-Pacific total: 1842 / 1549 - 1 = 18.915% -> 18.9
            ("hierarchy", "exact"),            # 2023: 182 + 336 + 241 + 127 + 418 = 1304
            ("hierarchy", "exact"),            # 2024: 214 + 391 + 298 + 160 + 486 = 1549
            ("hierarchy", "exact"),            # 2025E: 251 + 455 + 372 + 203 + 561 = 1842
            ("hierarchy", "exact"),            # 2026F: 292 + 528 + 461 + 255 + 642 = 2178
        ],
    ),
    # 18. Tab-separated Simplified Chinese table, 亿元, years as columns with an E column, a 合计 row and a share row
    #     for 智能招聘 (part and whole printed -> arithmetic verdicts). Expected nowhere: 表3, title years 2022—2025,
    #     the report's title year 2025.
    dict(
        text=(
            "表3  2022—2025年中国AI人力资源服务市场细分结构\n"
            "单位：亿元\n"
            "细分领域\t2022年\t2023年\t2024年\t2025年E\n"
            "智能招聘\t31.4\t39.2\t48.5\t59.8\n"
            "AI测评与面试\t12.6\t16.1\t20.7\t26.2\n"
            "人才分析与规划\t9.8\t12.3\t15.6\t19.4\n"
            "智能培训\t18.7\t22.9\t28.1\t34.3\n"
            "合计\t72.5\t90.5\t112.9\t139.7\n"
            "智能招聘占比（%）\t43.3\t43.3\t43.0\t42.8\n"
            "资料来源：智研人力研究院《2025中国AI+人力资源服务发展报告》。注：E为预测值；智能薪酬与员工服务未纳入统计。"
        ),
        obs=[
            ("智能招聘", 2022, 31.4, "CNY 100 million", "actual"),
            ("智能招聘", 2023, 39.2, "CNY 100 million", "actual"),
            ("智能招聘", 2024, 48.5, "CNY 100 million", "actual"),
            ("智能招聘", 2025, 59.8, "CNY 100 million", "estimate"),
            ("AI测评与面试", 2022, 12.6, "CNY 100 million", "actual"),
            ("AI测评与面试", 2023, 16.1, "CNY 100 million", "actual"),
            ("AI测评与面试", 2024, 20.7, "CNY 100 million", "actual"),
            ("AI测评与面试", 2025, 26.2, "CNY 100 million", "estimate"),
            ("人才分析与规划", 2022, 9.8, "CNY 100 million", "actual"),
            ("人才分析与规划", 2023, 12.3, "CNY 100 million", "actual"),
            ("人才分析与规划", 2024, 15.6, "CNY 100 million", "actual"),
            ("人才分析与规划", 2025, 19.4, "CNY 100 million", "estimate"),
            ("智能培训", 2022, 18.7, "CNY 100 million", "actual"),
            ("智能培训", 2023, 22.9, "CNY 100 million", "actual"),
            ("智能培训", 2024, 28.1, "CNY 100 million", "actual"),
            ("智能培训", 2025, 34.3, "CNY 100 million", "estimate"),
            ("合计", 2022, 72.5, "CNY 100 million", "actual"),
            ("合计", 2023, 90.5, "CNY 100 million", "actual"),
            ("合计", 2024, 112.9, "CNY 100 million", "actual"),
            ("合计", 2025, 139.7, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 43.3, "percent", 2022, 2022, None),
            ("share", 43.3, "percent", 2023, 2023, None),
            ("share", 43.0, "percent", 2024, 2024, None),
            ("share", 42.8, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 2022: 31.4 / 72.5 = 43.310% -> 43.3
            ("arithmetic", "exact"),    # 2023: 39.2 / 90.5 = 43.315% -> 43.3
            ("arithmetic", "exact"),    # 2024: 48.5 / 112.9 = 42.958% -> 43.0
            ("arithmetic", "exact"),    # 2025E: 59.8 / 139.7 = 42.806% -> 42.8
            ("hierarchy", "exact"),     # 2022: 31.4 + 12.6 + 9.8 + 18.7 = 72.5
            ("hierarchy", "exact"),     # 2023: 39.2 + 16.1 + 12.3 + 22.9 = 90.5
            ("hierarchy", "exact"),     # 2024: 48.5 + 20.7 + 15.6 + 28.1 = 112.9
            ("hierarchy", "exact"),     # 2025E: 59.8 + 26.2 + 19.4 + 34.3 = 139.7
        ],
    ),
    # 19. Space-aligned table (English) with years as rows, GBP million: value columns by use (items named by their
    #     headers) and a Total column; the Total y/y column's 2024 rate only rounding reaches. Expected nowhere: wave 6,
    #     "March 2025", 1,140 employers.
    dict(
        text=(
            "UK employer spending on AI tools in HR, by use (GBP million)\n"
            "Year     Recruiting AI   Learning AI   Employee service AI   Total   Total y/y\n"
            "2022                84           121                    47     252           -\n"
            "2023               103           142                    61     306       21.4%\n"
            "2024               127           168                    80     375       22.7%\n"
            "2025F              154           197                   103     454       21.1%\n"
            "2026F              184           229                   131     544       19.8%\n"
            "Source: Thameside HR Insight, UK AI at Work Survey, wave 6 (fieldwork March 2025, 1,140 employers). "
            "F = forecast. Excludes core HRIS and payroll software licences."
        ),
        obs=[
            ("Recruiting AI", 2022, 84, "GBP million", "actual"),
            ("Recruiting AI", 2023, 103, "GBP million", "actual"),
            ("Recruiting AI", 2024, 127, "GBP million", "actual"),
            ("Recruiting AI", 2025, 154, "GBP million", "estimate"),
            ("Recruiting AI", 2026, 184, "GBP million", "estimate"),
            ("Learning AI", 2022, 121, "GBP million", "actual"),
            ("Learning AI", 2023, 142, "GBP million", "actual"),
            ("Learning AI", 2024, 168, "GBP million", "actual"),
            ("Learning AI", 2025, 197, "GBP million", "estimate"),
            ("Learning AI", 2026, 229, "GBP million", "estimate"),
            ("Employee service AI", 2022, 47, "GBP million", "actual"),
            ("Employee service AI", 2023, 61, "GBP million", "actual"),
            ("Employee service AI", 2024, 80, "GBP million", "actual"),
            ("Employee service AI", 2025, 103, "GBP million", "estimate"),
            ("Employee service AI", 2026, 131, "GBP million", "estimate"),
            ("Total", 2022, 252, "GBP million", "actual"),
            ("Total", 2023, 306, "GBP million", "actual"),
            ("Total", 2024, 375, "GBP million", "actual"),
            ("Total", 2025, 454, "GBP million", "estimate"),
            ("Total", 2026, 544, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 21.4, "percent", 2022, 2023, 1.0),
            ("growth", 22.7, "percent", 2023, 2024, 1.0),
            ("growth", 21.1, "percent", 2024, 2025, 1.0),
            ("growth", 19.8, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 306 / 252 - 1 = 21.429% -> 21.4
            ("cagr|implied", "rounding"),  # 375 / 306 - 1 = 22.549% -> 22.5, not 22.7; bounds 374.5 / 306.5 - 1
                                           # = 22.186% .. 375.5 / 305.5 - 1 = 22.913%
            ("cagr|implied", "exact"),     # 454 / 375 - 1 = 21.067% -> 21.1
            ("cagr|implied", "exact"),     # 544 / 454 - 1 = 19.824% -> 19.8
            ("hierarchy", "exact"),        # 2022: 84 + 121 + 47 = 252
            ("hierarchy", "exact"),        # 2023: 103 + 142 + 61 = 306
            ("hierarchy", "exact"),        # 2024: 127 + 168 + 80 = 375
            ("hierarchy", "exact"),        # 2025F: 154 + 197 + 103 = 454
            ("hierarchy", "exact"),        # 2026F: 184 + 229 + 131 = 544
        ],
    ),
    # 20. Markdown pipe table (Traditional Chinese) with years as rows under a lone unit-only column (新台幣億元 ->
    #     Total), E/F rows; the note's 2024至2027年 CAGR only rounding reaches. Expected nowhere: 表5, "2025年8月".
    dict(
        text=(
            "表5　臺灣AI薪資計算與員工服務市場規模\n"
            "\n"
            "| 年度 | 新台幣億元 |\n"
            "|:---:|---:|\n"
            "| 2021 | 8.6 |\n"
            "| 2022 | 10.9 |\n"
            "| 2023 | 13.4 |\n"
            "| 2024 | 16.5 |\n"
            "| 2025E | 19.8 |\n"
            "| 2027F | 27.1 |\n"
            "\n"
            "資料來源：台灣人資科技研究中心，2025年8月。註：E為估計值、F為預測值；2024至2027年複合成長率為17.9%。"
        ),
        obs=[
            ("Total", 2021, 8.6, "TWD 100 million", "actual"),
            ("Total", 2022, 10.9, "TWD 100 million", "actual"),
            ("Total", 2023, 13.4, "TWD 100 million", "actual"),
            ("Total", 2024, 16.5, "TWD 100 million", "actual"),
            ("Total", 2025, 19.8, "TWD 100 million", "estimate"),
            ("Total", 2027, 27.1, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 17.9, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (27.1 / 16.5) ** (1 / 3) - 1 = 17.985% -> 18.0, not 17.9; bounds
                                           # (27.05 / 16.55) ** (1/3) - 1 = 17.794% .. (27.15 / 16.45) ** (1/3) - 1
                                           # = 18.177%
        ],
    ),
    # 21. Earnings-call excerpt (26 Feb 2025): the TAM the company sizes is the Total; "this year" = 2025 (estimate),
    # "last year" = 2024. Its own AI recruiting revenue, Q4 bookings, applications run, customer count, hours saved
    # and the "a tenth of that TAM" ambition are expected nowhere.
    dict(
        text=(
            "Fiscal Q4 2024 earnings call, 26 February 2025 - prepared remarks (excerpt).\n"
            "CFO: ...AI recruiting revenue for fiscal 2024 came to $412 million, up 35%, and fourth-quarter bookings "
            "were $138 million.\n"
            "CEO: Let me put that in context. We now size the total addressable market for AI in talent acquisition - "
            "sourcing, resume screening, interview scheduling and assessment - at $9.6 billion this year, up about "
            "22% from roughly $7.9 billion last year. We expect it to reach $21 billion in 2029, which works out to "
            "something like 22% a year compounded. Our customers ran 61 million applications through the platform in "
            "fiscal 2024, and the 3,800 of them on our scheduling agent tell us recruiters get back about nine hours "
            "a week. Over time we think a tenth of that TAM is a fair ambition for us."
        ),
        obs=[
            ("Total", 2024, 7.9, "USD billion", "actual"),
            ("Total", 2025, 9.6, "USD billion", "estimate"),
            ("Total", 2029, 21, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 22, "percent", 2024, 2025, 1.0),
            ("cagr", 22, "percent", 2025, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (9.6 / 7.9) ** (1 / 1) - 1 = 21.52% -> 22
            ("cagr|period", "exact"),   # (21 / 9.6) ** (1 / 4) - 1 = 21.62% -> 22
        ],
    ),
    # 22. Journal abstract (2025): the part and its share, a stated CAGR with its span (rounding). Survey size,
    # country count, the 41% of respondents, the 27% shorter time-to-hire, Local Law 144 and volume/issue/page
    # numbers are expected nowhere.
    dict(
        text=(
            "Abstract. Employers increasingly hand early-stage candidate evaluation to software. Combining vendor "
            "revenue filings with a survey of 1,204 HR leaders in 14 countries, we estimate the global market for "
            "AI-enabled interview and pre-employment assessment tools at USD 2.06 billion in 2024, of which "
            "asynchronous video-interview analysis accounted for USD 0.71 billion (34.5%). We project the market at "
            "USD 5.3 billion in 2031, implying a CAGR of 14.6% over 2024-2031. Among respondents, 41% already apply an "
            "AI assessment at the screening stage, and those users report a 27% shorter time-to-hire. We close with "
            "the bias audits required under New York City Local Law 144. (Journal of Personnel Technology, Vol. 12, "
            "No. 2, 2025, pp. 88-113)"
        ),
        obs=[
            ("Total", 2024, 2.06, "USD billion", "actual"),
            ("Asynchronous video-interview analysis", 2024, 0.71, "USD billion", "actual"),
            ("Total", 2031, 5.3, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 34.5, "percent", 2024, 2024, None),
            ("cagr", 14.6, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 0.71 / 2.06 = 34.47% -> 34.5
            # (5.3 / 2.06) ** (1 / 7) - 1 = 14.45% -> 14.5, not 14.6; bounds (5.25 / 2.065) .. (5.35 / 2.055)
            # give 14.26% .. 14.65%, and 14.65% rounds to 14.6 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 23. LinkedIn post (8 Jan 2025): "last year" = 2024, the 2023 base in brackets, the part and its share;
    # "~$1bn" this year is 2025's estimate converted to the series' USD million. The whole HR service delivery
    # software market, the Q4 figure and the 40,000 hours saved are expected nowhere.
    dict(
        text=(
            "8 Jan 2025 \u00b7 HR ops folks, a few numbers from our 2024 tracker. AI employee service desks - the "
            "chatbots and case-triage agents that answer \"where's my payslip?\" - were a $742M market last year, "
            "31% bigger than 2023 ($566M). Payroll query automation alone was $289M of it, ~39%. Zoom out and HR "
            "service delivery software as a whole is ~$6.8B, so AI is still a slice. Q4 was the busiest quarter "
            "ever at ~$215M, and one client reckons its bot saved 40,000 agent hours. My guess for this year: ~$1bn. "
            "#HRtech #PeopleOps #AI"
        ),
        obs=[
            ("Total", 2023, 566, "USD million", "actual"),
            ("Total", 2024, 742, "USD million", "actual"),
            ("Payroll query automation", 2024, 289, "USD million", "actual"),
            ("Total", 2025, 1000, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("share", 39, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (742 / 566) ** (1 / 1) - 1 = 31.10% -> 31
            ("arithmetic", "exact"),    # 289 / 742 = 38.95% -> 39
        ],
    ),
    # 24. Reddit answer (2 Oct 2024): the first publisher's figures; Orbis's 2023 figure (second publisher, same
    # year), a staffing group's revenue in euros and the 11,000 open jobs are expected nowhere. "2.5x" over five
    # years is a multiple; "20% a year" a CAGR whose span only the amounts' years give.
    dict(
        text=(
            "r/peopleanalytics \u00b7 Re: Is there a credible market size for AI people analytics? "
            "(comment, 2 Oct 2024)\n"
            "The one I'd quote is Sapling Metrics': $2.9bn in 2023 for AI-driven people analytics and workforce "
            "planning, heading for $7.3bn in 2028. So roughly 2.5x in five years, call it 20% a year. Orbis HR "
            "Research has $3.6bn for 2023, but they count the whole HRIS module a company buys the AI with, so it's "
            "not the same thing. And please don't pull in the big staffing groups - the largest one's EUR 23.1bn of "
            "revenue is temp staffing, not analytics. The 11,000 open \"people analytics\" jobs on LinkedIn tell you "
            "about demand for analysts, not about market size."
        ),
        obs=[
            ("Total", 2023, 2.9, "USD billion", "actual"),
            ("Total", 2028, 7.3, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2023, 2028, 5.0),
            ("cagr", 20, "percent", 2023, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (7.3 / 2.9) ** (1 / 5) - 1 = 20.28% -> 20
        ],
    ),
    # 25. Investor-day slide bullets (15 Oct 2024): the TAM is the Total, both E figures estimates; 2.4x over four
    # years, a stated CAGR, a share of the 2028E TAM (part not printed, no verdict); a second market's range gives
    # two value claims and no observation. "5,000+ employees", the 15% share ambition, segment ARR and customer
    # count are expected nowhere.
    dict(
        text=(
            "Investor Day 2024 | Slide 22 - Workforce intelligence (bullet text as published, 15 October 2024)\n"
            "\u2022 TAM, AI workforce planning & skills intelligence: $4.8B in 2024E, $11.5B in 2028E\n"
            "\u2022 2.4x in four years - 24% CAGR 2024E-28E\n"
            "\u2022 Enterprises with 5,000+ employees: 58% of 2028E TAM\n"
            "\u2022 Adjacent TAM, AI payroll assurance: $1.6-2.0B (2028E)\n"
            "\u2022 Our 2028 ambition: 15% share | FY24 segment ARR: $310M | 1,150 enterprise customers"
        ),
        obs=[
            ("Total", 2024, 4.8, "USD billion", "estimate"),
            ("Total", 2028, 11.5, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.4, "multiple", 2024, 2028, 4.0),
            ("cagr", 24, "percent", 2024, 2028, None, "stated"),
            ("share", 58, "percent", 2028, 2028, None),
            ("value", 1.6, "USD billion", 2028, 2028, None),  # range, low end
            ("value", 2.0, "USD billion", 2028, 2028, None),  # range, high end
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11.5 / 4.8) ** (1 / 4) - 1 = 24.41% -> 24
        ],
    ),
    # 26. Japanese research house release (12 Sep 2024), yen: fiscal years count as their numbers; the part in
    # yen; fiscal 2024 (the dateline's year, "expects") and fiscal 2027 are estimates; the year-on-year rate is
    # rounding. The job-openings-to-applicants ratio, 148 respondents and the survey months are expected nowhere.
    dict(
        text=(
            "Tokyo, 12 September 2024 - Shinonome Research today published its survey of Japan's AI recruiting "
            "market (AI candidate sourcing, document screening, interview analysis and matching). The market grew "
            "18.0% year on year in fiscal 2023 to \u00a526.7 billion, from \u00a522.7 billion in fiscal 2022, as "
            "companies facing a job-openings-to-applicants ratio of 1.25 turned to automation to clear applications "
            "faster. AI interview and aptitude-assessment tools made up \u00a56.1 billion of the fiscal 2023 total. "
            "Shinonome expects the market to reach \u00a531.5 billion in fiscal 2024 and \u00a552.0 billion in fiscal "
            "2027. The survey covered 148 vendors and user companies between April and July 2024."
        ),
        obs=[
            ("Total", 2022, 22.7, "JPY billion", "actual"),
            ("Total", 2023, 26.7, "JPY billion", "actual"),
            ("AI interview and aptitude-assessment tools", 2023, 6.1, "JPY billion", "actual"),
            ("Total", 2024, 31.5, "JPY billion", "estimate"),
            ("Total", 2027, 52.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 18.0, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            # (26.7 / 22.7) ** (1 / 1) - 1 = 17.62% -> 17.6, not 18.0; bounds (26.65 / 22.75) .. (26.75 / 22.65)
            # give 17.14% .. 18.10%, and 18.0 lies inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 27. News page with a correction (published 6 May, updated 14 May 2025): the corrected US$3.21bn is 2024's
    # figure, the superseded US$3.12bn is expected nowhere; "last year" = 2024. Australian employers' training
    # spend (A$, and the whole training market), 2.1 million learners and the 64% completion rate are nowhere.
    dict(
        text=(
            "Global spend on AI learning platforms for employees tops US$3.2bn\n"
            "Sydney | Published 6 May 2025 | Updated 14 May 2025\n"
            "Editor's note: This article originally gave the 2024 figure as US$3.12bn, transposing two digits. It "
            "has been corrected to US$3.21bn.\n"
            "Employers worldwide spent US$3.21bn last year on AI learning platforms - adaptive course engines, AI "
            "tutors and coaching bots, skills-gap recommenders - according to Melbourne-based Southern Cross "
            "Analytics, up 27% on US$2.53bn in 2023. The firm expects the market to reach US$8.4bn in 2030, a CAGR "
            "of 17.4% over 2024-2030. Australian employers' total training spend, by comparison, was about A$9.8bn, "
            "and the platforms it tracks logged 2.1 million active learners with an average completion rate of 64%."
        ),
        obs=[
            ("Total", 2023, 2.53, "USD billion", "actual"),
            ("Total", 2024, 3.21, "USD billion", "actual"),
            ("Total", 2030, 8.4, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("cagr", 17.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.21 / 2.53) ** (1 / 1) - 1 = 26.88% -> 27
            ("cagr|implied", "exact"),  # (8.4 / 3.21) ** (1 / 6) - 1 = 17.39% -> 17.4
        ],
    ),
    # 28. Indian research note (21 Aug 2024): FY counts as its number. The rebased US$186 million is FY2024's
    # figure and the superseded US$139 million is expected nowhere; the 31.4% CAGR was kept from the old base
    # ((545 / 139) ** (1 / 5) - 1 = 31.43%), so it is INCONSISTENT on purpose. Rupee amounts, the staffing firm's
    # revenue and EPFO subscribers are expected nowhere.
    dict(
        text=(
            "Bengaluru, 21 August 2024 - India's market for AI in payroll and statutory compliance (automated "
            "payroll runs, PF/ESI and TDS checks, payroll helpdesk bots) stood at US$186 million in FY2024, or about "
            "\u20b91,545 crore, says a note from Pune-based Kaveri Insights, which sees it reaching US$545 million by "
            "FY2029 - a 31.4% CAGR over FY2024-29. The FY2024 base has been rebased upward from the US$139 million "
            "in the March edition, after payroll-compliance bots sold inside HRMS suites were counted. For context, "
            "the country's largest listed staffing firm reported revenue of \u20b99,322 crore in FY2024, and EPFO "
            "added 1.3 crore net new payroll subscribers over the year."
        ),
        obs=[
            ("Total", 2024, 186, "USD million", "actual"),
            ("Total", 2029, 545, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 31.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (545 / 186) ** (1 / 5) - 1 = 23.99%; bounds (544.5 / 186.5) .. (545.5 / 185.5) give 23.90% .. 24.08%,
            # nowhere near 31.4 -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 29. Provincial action plan (Simplified, 26 Mar 2025): the 力争 target is an estimate; 较2023年增长2倍 keeps 2
    # as the multiple over four years; 2024's rise from 2023 is a year-on-year rate. Document number, plan title
    # years, firm counts, 800万人次, agency and staff counts are expected nowhere.
    dict(
        text=(
            "××省人力资源和社会保障厅 ××省工业和信息化厅关于印发《××省“人工智能+人力资源服务”行动计划"
            "(2025—2027年)》的通知(×人社发〔2025〕9号,2025年3月26日)\n"
            "各市、县(区)人力资源社会保障局、工业和信息化局:……一、发展目标。到2027年,全省智能招聘、AI人才测评、"
            "数字化职业培训等“人工智能+人力资源服务”产业规模力争达到150亿元,较2023年增长2倍;培育营业收入超亿元的"
            "龙头企业10家以上,年均服务劳动者800万人次以上。2024年,全省该产业规模由2023年的50亿元增至62.4亿元,"
            "增长24.8%;全省共有人力资源服务机构3,260家,从业人员12.1万人。"
        ),
        obs=[
            ("Total", 2023, 50, "CNY 100 million", "actual"),
            ("Total", 2024, 62.4, "CNY 100 million", "actual"),
            ("Total", 2027, 150, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2023, 2027, 4.0),
            ("growth", 24.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (62.4 / 50) ** (1 / 1) - 1 = 24.80% -> 24.8
        ],
    ),
    # 30. Broker note (Simplified, 7 Jan 2025): 约87亿元 at its printed figure, the part and its share, 有望 makes
    # 2027 an estimate, a stated CAGR. The whole online-recruitment market, 超过一半 (words), the leader's
    # nine-month revenue, MAU, price target and upside are expected nowhere.
    dict(
        text=(
            "【××证券】人力资源服务行业深度报告:AI重塑招聘全链路(2025年1月7日)\n"
            "投资要点:我们测算,2024年国内AI招聘市场规模约87亿元,其中AI面试与测评约31.5亿元,占比36.2%;随着大模型"
            "在简历解析、人岗匹配与面试评估环节落地,预计2027年市场规模有望达到196亿元,2024—2027年复合增速约31%。"
            "作为参照,国内线上招聘行业整体规模约680亿元,头部三家平台合计占据超过一半份额;龙头公司2024年前三季度营收"
            "52.6亿元,平台月活用户1.5亿。首次覆盖,给予“买入”评级,目标价15.8元,对应上涨空间26%。"
        ),
        obs=[
            ("Total", 2024, 87, "CNY 100 million", "actual"),
            ("AI面试与测评", 2024, 31.5, "CNY 100 million", "actual"),
            ("Total", 2027, 196, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 36.2, "percent", 2024, 2024, None),
            ("cagr", 31, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 31.5 / 87 = 36.21% -> 36.2
            ("cagr|implied", "exact"),  # (196 / 87) ** (1 / 3) - 1 = 31.09% -> 31
        ],
    ),
    # 31. Wire story on ministry statistics (Simplified, 12 Jun 2025): the AI part is the market (Total); the
    # whole HR-services industry (2.91万亿元), agency, staff and 人次 counts and urban jobs are expected nowhere;
    # the year-on-year rate is rounding.
    dict(
        text=(
            "人民网北京2025年6月12日电 人力资源社会保障部12日发布的统计数据显示,2024年全国人力资源服务业实现营业收入"
            "2.91万亿元,全行业共有人力资源服务机构6.9万家,从业人员108万人,全年为3.2亿人次劳动者提供就业、择业和流动"
            "服务。其中,应用人工智能技术的智能招聘、人才测评与员工服务等数字化人力资源服务收入达到418.6亿元,比上年的"
            "341.9亿元增长22.5%。另据统计,2024年全国城镇新增就业1256万人。"
        ),
        obs=[
            ("Total", 2023, 341.9, "CNY 100 million", "actual"),
            ("Total", 2024, 418.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 22.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (418.6 / 341.9) ** (1 / 1) - 1 = 22.43% -> 22.4, not 22.5; bounds (418.55 / 341.95) ..
            # (418.65 / 341.85) give 22.40% .. 22.47%, and 22.47% rounds to 22.5 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 32. Taiwanese annual report (Traditional, 2025), 新台幣億元: forecast sentence first, CAGR span only from the
    # amounts' years; the part and its share. The company's revenue, members, monthly postings, the average wage
    # and the report's ROC-year title are expected nowhere.
    dict(
        text=(
            "○○人力資源股份有限公司 一一三年度年報 伍、營運概況 二、市場及產銷概況\n"
            "(一)市場分析:企業導入AI招募與人才媒合服務之需求持續擴大。資策會產業情報研究所(MIC)預估,國內市場規模將由"
            "2024年的新台幣24.8億元,成長至2028年的新台幣61億元,年複合成長率約25%;2024年各項應用中,以AI履歷篩選規模"
            "最大,達新台幣9.6億元,占整體38.7%。本公司113年度合併營收為新台幣21.4億元,會員人數逾1,100萬人,每月平均"
            "刊登職缺約98萬個;另依主計總處統計,113年受僱員工經常性薪資平均為新台幣46,000元。"
        ),
        obs=[
            ("Total", 2024, 24.8, "TWD 100 million", "actual"),
            ("AI履歷篩選", 2024, 9.6, "TWD 100 million", "actual"),
            ("Total", 2028, 61, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 25, "percent", 2024, 2028, None, "inferred"),
            ("share", 38.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (61 / 24.8) ** (1 / 4) - 1 = 25.23% -> 25
            ("arithmetic", "exact"),   # 9.6 / 24.8 = 38.71% -> 38.7
        ],
    ),
    # 33. Hong Kong newspaper (Traditional, 8 Apr 2025), 億港元: 去年 = 2024; the part in HKD; 約佔三成 (words) is no
    # claim; 2028 an estimate. Total training spend (whole market), the median wage and Q4 vacancies are nowhere.
    dict(
        text=(
            "(星島日報 2025年4月8日)人工智能正改變本地企業培訓員工的方式。本地顧問公司港才研究昨日發表報告指出,香港"
            "企業採用AI學習平台(包括自適應課程、AI導師及模擬面談練習)的市場規模,去年達4.86億港元,較2023年的3.92億"
            "港元增長24%;其中生成式AI輔導課程佔1.57億港元,約佔三成。報告預測,有關市場到2028年可增至12億港元。相比"
            "之下,本港企業每年培訓總開支約68億港元。報告又引述政府統計處數字,指本港僱員每月工資中位數為20,500港元,"
            "而去年第四季職位空缺約6.9萬個。"
        ),
        obs=[
            ("Total", 2023, 3.92, "HKD 100 million", "actual"),
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("生成式AI輔導課程", 2024, 1.57, "HKD 100 million", "actual"),
            ("Total", 2028, 12, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4.86 / 3.92) ** (1 / 1) - 1 = 23.98% -> 24
        ],
    ),
    # 34. PTT post (Traditional, 2 Mar 2025), 億美元: "是2021年的3倍" is x3 over three years; 今年 = 2025 estimate at
    # 上看25; the CAGR's span comes only from the amounts' years and the printed 52% is INCONSISTENT with them on
    # purpose. The poster's 300 interviews, 七成 screened out and the push comments are expected nowhere.
    dict(
        text=(
            "作者 softcat (軟貓) 看板 Tech_Job\n"
            "標題 [情報] AI面試工具市場三年變3倍?\n"
            "時間 Sun Mar  2 21:14:07 2025\n"
            "來源:外電引述研究機構HireScope報告\n"
            "內文:全球AI面試與能力測評工具市場,2021年只有6.2億美元,2024年已經到18.9億美元,是2021年的3倍;報告說"
            "年複合成長率52%,今年預估上看25億美元。\n"
            "心得:52%我怎麼按計算機都按不出來,應該是報告寫錯了吧?另外我們公司今年面試了三百多人,HR說AI先篩掉七成,"
            "薪水倒是沒漲 QQ\n"
            "推 aaa: 面試被AI刷掉的路過\n"
            "噓 bbb: 才面三百人就在抱怨"
        ),
        obs=[
            ("Total", 2021, 6.2, "USD 100 million", "actual"),
            ("Total", 2024, 18.9, "USD 100 million", "actual"),
            ("Total", 2025, 25, "USD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
            ("cagr", 52, "percent", 2021, 2024, None, "inferred"),
        ],
        verdicts=[
            # (18.9 / 6.2) ** (1 / 3) - 1 = 45.00%; bounds (18.85 / 6.25) .. (18.95 / 6.15) give 44.48% .. 45.52%,
            # which never reaches 52 -> inconsistent
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 35. WeChat article (Simplified, 3 Mar 2025): year-on-year rate, the part and its share, 突破 keeps 100 as
    # 2026's estimate. The whole training market (接近1,800亿元), the 4% penetration rate, a funding round,
    # 42万人次 and the 18% rise in study hours are expected nowhere.
    dict(
        text=(
            "【深度】大模型进入企业培训:AI学习平台的规模与机会(公众号“职场数智观察”,2025年3月3日)\n"
            "据艾瑞咨询测算,2024年中国企业AI学习平台市场规模为55.1亿元,较2023年的42.3亿元同比增长30.3%;其中,生成式"
            "AI课程与AI陪练两类产品合计18.2亿元,占比33.0%。艾瑞预计,2026年该市场规模将突破100亿元。值得注意的是,企业"
            "培训整体市场规模接近1,800亿元,AI学习平台渗透率仍不足4%。今年1月,某头部平台刚完成3亿元C轮融资;一家央企"
            "去年通过AI陪练累计培训员工42万人次,人均学时提升18%。"
        ),
        obs=[
            ("Total", 2023, 42.3, "CNY 100 million", "actual"),
            ("Total", 2024, 55.1, "CNY 100 million", "actual"),
            ("生成式AI课程与AI陪练", 2024, 18.2, "CNY 100 million", "actual"),
            ("Total", 2026, 100, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.3, "percent", 2023, 2024, 1.0),
            ("share", 33.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (55.1 / 42.3) ** (1 / 1) - 1 = 30.26% -> 30.3
            ("arithmetic", "exact"),    # 18.2 / 55.1 = 33.03% -> 33.0
        ],
    ),
    # 36. Markdown table, years as columns with E/F (June 2025), USD billion from the title line: each row label is
    # an item, the Total row too; the note's CAGR is stated. Table number, title years, note numbers and the whole
    # HR software market are expected nowhere.
    dict(
        text=(
            "Table 4. Worldwide AI-in-HR market by application, 2023-2028F (USD billion)\n"
            "Source: Peoplegrid Analytics, HR Tech AI Market Monitor, June 2025\n"
            "| Application | 2023 | 2024 | 2025E | 2028F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| AI recruiting & screening | 3.8 | 4.6 | 5.5 | 9.4 |\n"
            "| AI interview & assessment | 1.7 | 2.1 | 2.6 | 4.5 |\n"
            "| AI learning platforms | 2.2 | 2.8 | 3.5 | 6.7 |\n"
            "| People analytics & workforce planning | 1.9 | 2.3 | 2.8 | 4.9 |\n"
            "| AI payroll & HR service desks | 1.1 | 1.4 | 1.8 | 3.3 |\n"
            "| Total | 10.7 | 13.2 | 16.3 | 28.8 |\n"
            "Notes: (1) Totals may differ from the sum of rows because of rounding. (2) Total CAGR 2024-2028F: 21.5%. "
            "(3) For scale, the HR software market as a whole was USD 41.6 billion in 2024."
        ),
        obs=[
            ("AI recruiting & screening", 2023, 3.8, "USD billion", "actual"),
            ("AI recruiting & screening", 2024, 4.6, "USD billion", "actual"),
            ("AI recruiting & screening", 2025, 5.5, "USD billion", "estimate"),
            ("AI recruiting & screening", 2028, 9.4, "USD billion", "estimate"),
            ("AI interview & assessment", 2023, 1.7, "USD billion", "actual"),
            ("AI interview & assessment", 2024, 2.1, "USD billion", "actual"),
            ("AI interview & assessment", 2025, 2.6, "USD billion", "estimate"),
            ("AI interview & assessment", 2028, 4.5, "USD billion", "estimate"),
            ("AI learning platforms", 2023, 2.2, "USD billion", "actual"),
            ("AI learning platforms", 2024, 2.8, "USD billion", "actual"),
            ("AI learning platforms", 2025, 3.5, "USD billion", "estimate"),
            ("AI learning platforms", 2028, 6.7, "USD billion", "estimate"),
            ("People analytics & workforce planning", 2023, 1.9, "USD billion", "actual"),
            ("People analytics & workforce planning", 2024, 2.3, "USD billion", "actual"),
            ("People analytics & workforce planning", 2025, 2.8, "USD billion", "estimate"),
            ("People analytics & workforce planning", 2028, 4.9, "USD billion", "estimate"),
            ("AI payroll & HR service desks", 2023, 1.1, "USD billion", "actual"),
            ("AI payroll & HR service desks", 2024, 1.4, "USD billion", "actual"),
            ("AI payroll & HR service desks", 2025, 1.8, "USD billion", "estimate"),
            ("AI payroll & HR service desks", 2028, 3.3, "USD billion", "estimate"),
            ("Total", 2023, 10.7, "USD billion", "actual"),
            ("Total", 2024, 13.2, "USD billion", "actual"),
            ("Total", 2025, 16.3, "USD billion", "estimate"),
            ("Total", 2028, 28.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (28.8 / 13.2) ** (1 / 4) - 1 = 21.54% -> 21.5
            ("hierarchy", "exact"),     # 2023: 3.8 + 1.7 + 2.2 + 1.9 + 1.1 = 10.7
            ("hierarchy", "exact"),     # 2024: 4.6 + 2.1 + 2.8 + 2.3 + 1.4 = 13.2
            # 2025E: 5.5 + 2.6 + 3.5 + 2.8 + 1.8 = 16.2 vs 16.3; rows at +0.05 each give up to 16.45,
            # and the total may be as low as 16.25 -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2028F: 9.4 + 4.5 + 6.7 + 4.9 + 3.3 = 28.8
        ],
    ),
    # 37. Tab-separated vertical table, Indian fiscal years as rows (July 2025): the lone value column is headed by
    # its unit only, so it is the Total; FY2025E an estimate; the YoY column gives year-on-year rates (one
    # rounding); the note's CAGR is stated. The hires column and the rupee equivalent are expected nowhere.
    dict(
        text=(
            "India: AI-led recruitment and screening platforms, market size\n"
            "Source: Staffing & Recruitment Council of India, Talent Tech Monitor, July 2025\n"
            "Year\tUS$ million\tYoY (%)\tHires via AI screening ('000)\n"
            "FY2021\t92\t-\t310\n"
            "FY2022\t121\t31.5\t455\n"
            "FY2023\t163\t34.9\t640\n"
            "FY2024\t214\t31.3\t820\n"
            "FY2025E\t275\t28.5\t1,050\n"
            "Note: FY runs April-March. CAGR FY2021-FY2025E: 31.5%. Hires are placements by member firms that used AI "
            "screening, not a market value; the rupee equivalent of FY2024 is about \u20b91,780 crore."
        ),
        obs=[
            ("Total", 2021, 92, "USD million", "actual"),
            ("Total", 2022, 121, "USD million", "actual"),
            ("Total", 2023, 163, "USD million", "actual"),
            ("Total", 2024, 214, "USD million", "actual"),
            ("Total", 2025, 275, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31.5, "percent", 2021, 2022, 1.0),
            ("growth", 34.9, "percent", 2022, 2023, 1.0),
            ("growth", 31.3, "percent", 2023, 2024, 1.0),
            ("growth", 28.5, "percent", 2024, 2025, 1.0),
            ("cagr", 31.5, "percent", 2021, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 121 / 92 - 1 = 31.52% -> 31.5
            # 163 / 121 - 1 = 34.71% -> 34.7, not 34.9; bounds 162.5 / 121.5 .. 163.5 / 120.5 give
            # 33.74% .. 35.68%, and 34.9 lies inside -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),     # 214 / 163 - 1 = 31.29% -> 31.3
            ("cagr|implied", "exact"),     # 275 / 214 - 1 = 28.50% -> 28.5
            ("cagr|implied", "exact"),     # (275 / 92) ** (1 / 4) - 1 = 31.49% -> 31.5
        ],
    ),
    # 38. Chinese space-aligned table with a share column (Simplified, Apr 2025), 亿元: row labels and 合计 are
    # items; 2025年E an estimate; five shares of 2024 with part and whole (one rounding, printed so the column
    # nearly adds up); the 100.0% total is no claim; table number and title years are expected nowhere.
    dict(
        text=(
            "表3  2023—2025年中国“AI+人力资源服务”市场细分结构\n"
            "单位:亿元\n"
            "细分市场                2023年     2024年    2024年占比    2025年E\n"
            "智能招聘与简历筛选        88.4      112.6       41.8%       139.5\n"
            "AI面试与人才测评          31.2       40.5       15.0%        52.0\n"
            "企业AI学习平台            46.7       60.8       22.6%        78.3\n"
            "人才分析与劳动力规划      19.6       25.9        9.6%        33.4\n"
            "智能薪酬与员工服务台      22.8       29.3       10.9%        37.1\n"
            "合计                     208.7      269.1      100.0%       340.3\n"
            "注:占比按2024年数据计算,因四舍五入加总可能不等于100%;2025年为预测值。数据来源:××人力资源服务研究院,"
            "2025年4月。"
        ),
        obs=[
            ("智能招聘与简历筛选", 2023, 88.4, "CNY 100 million", "actual"),
            ("智能招聘与简历筛选", 2024, 112.6, "CNY 100 million", "actual"),
            ("智能招聘与简历筛选", 2025, 139.5, "CNY 100 million", "estimate"),
            ("AI面试与人才测评", 2023, 31.2, "CNY 100 million", "actual"),
            ("AI面试与人才测评", 2024, 40.5, "CNY 100 million", "actual"),
            ("AI面试与人才测评", 2025, 52.0, "CNY 100 million", "estimate"),
            ("企业AI学习平台", 2023, 46.7, "CNY 100 million", "actual"),
            ("企业AI学习平台", 2024, 60.8, "CNY 100 million", "actual"),
            ("企业AI学习平台", 2025, 78.3, "CNY 100 million", "estimate"),
            ("人才分析与劳动力规划", 2023, 19.6, "CNY 100 million", "actual"),
            ("人才分析与劳动力规划", 2024, 25.9, "CNY 100 million", "actual"),
            ("人才分析与劳动力规划", 2025, 33.4, "CNY 100 million", "estimate"),
            ("智能薪酬与员工服务台", 2023, 22.8, "CNY 100 million", "actual"),
            ("智能薪酬与员工服务台", 2024, 29.3, "CNY 100 million", "actual"),
            ("智能薪酬与员工服务台", 2025, 37.1, "CNY 100 million", "estimate"),
            ("合计", 2023, 208.7, "CNY 100 million", "actual"),
            ("合计", 2024, 269.1, "CNY 100 million", "actual"),
            ("合计", 2025, 340.3, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 41.8, "percent", 2024, 2024, None),
            ("share", 15.0, "percent", 2024, 2024, None),
            ("share", 22.6, "percent", 2024, 2024, None),
            ("share", 9.6, "percent", 2024, 2024, None),
            ("share", 10.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),     # 112.6 / 269.1 = 41.84% -> 41.8
            # 40.5 / 269.1 = 15.050% -> 15.1, not 15.0; bounds 40.45 / 269.15 .. 40.55 / 269.05 give
            # 15.029% .. 15.072%, and 15.029% rounds to 15.0 -> rounding
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),     # 60.8 / 269.1 = 22.59% -> 22.6
            ("arithmetic", "exact"),     # 25.9 / 269.1 = 9.62% -> 9.6
            ("arithmetic", "exact"),     # 29.3 / 269.1 = 10.89% -> 10.9
            ("hierarchy", "exact"),      # 2023: 88.4 + 31.2 + 46.7 + 19.6 + 22.8 = 208.7
            ("hierarchy", "exact"),      # 2024: 112.6 + 40.5 + 60.8 + 25.9 + 29.3 = 269.1
            ("hierarchy", "exact"),      # 2025E: 139.5 + 52.0 + 78.3 + 33.4 + 37.1 = 340.3
        ],
    ),
    # 39. Korean research house, space-aligned regional table with a CAGR column (20 Mar 2025), USD million: regions
    # and Total are items; 2025E and 2030F estimates; one CAGR rounding. Korea's won figure is no observation;
    # the figure number and the outlook's title are expected nowhere.
    dict(
        text=(
            "Seoul, 20 March 2025 - Hanul Economic Research Institute, HR Tech Outlook, data for Figure 7\n"
            "AI-based HR technology market by region (USD million)\n"
            "Region                                 2024    2025E    2030F   CAGR 2024-30F\n"
            "North America                         1,840    2,190    5,120           18.6%\n"
            "Europe                                  960    1,140    2,710           18.9%\n"
            "Asia Pacific                          1,120    1,390    3,880           23.0%\n"
            "Latin America, Middle East & Africa     230      275      690           20.2%\n"
            "Total                                 4,150    4,995   12,400           20.0%\n"
            "Korea's domestic market, KRW 412 billion in 2024, is included in Asia Pacific. Excludes general HR "
            "software and staffing services."
        ),
        obs=[
            ("North America", 2024, 1840, "USD million", "actual"),
            ("North America", 2025, 2190, "USD million", "estimate"),
            ("North America", 2030, 5120, "USD million", "estimate"),
            ("Europe", 2024, 960, "USD million", "actual"),
            ("Europe", 2025, 1140, "USD million", "estimate"),
            ("Europe", 2030, 2710, "USD million", "estimate"),
            ("Asia Pacific", 2024, 1120, "USD million", "actual"),
            ("Asia Pacific", 2025, 1390, "USD million", "estimate"),
            ("Asia Pacific", 2030, 3880, "USD million", "estimate"),
            ("Latin America, Middle East & Africa", 2024, 230, "USD million", "actual"),
            ("Latin America, Middle East & Africa", 2025, 275, "USD million", "estimate"),
            ("Latin America, Middle East & Africa", 2030, 690, "USD million", "estimate"),
            ("Total", 2024, 4150, "USD million", "actual"),
            ("Total", 2025, 4995, "USD million", "estimate"),
            ("Total", 2030, 12400, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 18.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.0, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 20.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # (5120 / 1840) ** (1 / 6) - 1 = 18.60% -> 18.6
            ("cagr|implied", "exact"),     # (2710 / 960) ** (1 / 6) - 1 = 18.88% -> 18.9
            ("cagr|implied", "exact"),     # (3880 / 1120) ** (1 / 6) - 1 = 23.01% -> 23.0
            # (690 / 230) ** (1 / 6) - 1 = 20.09% -> 20.1, not 20.2; bounds (689.5 / 230.5) .. (690.5 / 229.5)
            # give 20.04% .. 20.15%, and 20.15% rounds to 20.2 -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),     # (12400 / 4150) ** (1 / 6) - 1 = 20.01% -> 20.0
            ("hierarchy", "exact"),        # 2024: 1,840 + 960 + 1,120 + 230 = 4,150
            ("hierarchy", "exact"),        # 2025E: 2,190 + 1,140 + 1,390 + 275 = 4,995
            ("hierarchy", "exact"),        # 2030F: 5,120 + 2,710 + 3,880 + 690 = 12,400
        ],
    ),
    # 40. Traditional Chinese pipe table (Mar 2025), 新台幣百萬元 = TWD million, with a 2024 change column: row labels
    # and 合計 are items; 2025(預估) an estimate; six year-on-year rates. Table number and the whole HRMS market
    # (新台幣98億元, in the note) are expected nowhere.
    dict(
        text=(
            "表五 臺灣AI人資科技市場規模(依應用別)\n"
            "單位:新台幣百萬元\n"
            "| 應用別 | 2023年 | 2024年 | 2024年增率 | 2025年(預估) |\n"
            "|---|---|---|---|---|\n"
            "| AI招募與履歷篩選 | 612 | 781 | 27.6% | 968 |\n"
            "| AI面試與職能測評 | 238 | 315 | 32.4% | 402 |\n"
            "| AI員工培訓平台 | 404 | 497 | 23.0% | 615 |\n"
            "| 人才分析與人力規劃 | 146 | 189 | 29.5% | 244 |\n"
            "| 薪資計算與人資服務台AI | 177 | 214 | 20.9% | 263 |\n"
            "| 合計 | 1,577 | 1,996 | 26.6% | 2,492 |\n"
            "資料來源:資策會MIC,2025年3月。註:不含人資管理系統(HRMS)整體市場(2024年約新台幣98億元);2025年為預估值。"
        ),
        obs=[
            ("AI招募與履歷篩選", 2023, 612, "TWD million", "actual"),
            ("AI招募與履歷篩選", 2024, 781, "TWD million", "actual"),
            ("AI招募與履歷篩選", 2025, 968, "TWD million", "estimate"),
            ("AI面試與職能測評", 2023, 238, "TWD million", "actual"),
            ("AI面試與職能測評", 2024, 315, "TWD million", "actual"),
            ("AI面試與職能測評", 2025, 402, "TWD million", "estimate"),
            ("AI員工培訓平台", 2023, 404, "TWD million", "actual"),
            ("AI員工培訓平台", 2024, 497, "TWD million", "actual"),
            ("AI員工培訓平台", 2025, 615, "TWD million", "estimate"),
            ("人才分析與人力規劃", 2023, 146, "TWD million", "actual"),
            ("人才分析與人力規劃", 2024, 189, "TWD million", "actual"),
            ("人才分析與人力規劃", 2025, 244, "TWD million", "estimate"),
            ("薪資計算與人資服務台AI", 2023, 177, "TWD million", "actual"),
            ("薪資計算與人資服務台AI", 2024, 214, "TWD million", "actual"),
            ("薪資計算與人資服務台AI", 2025, 263, "TWD million", "estimate"),
            ("合計", 2023, 1577, "TWD million", "actual"),
            ("合計", 2024, 1996, "TWD million", "actual"),
            ("合計", 2025, 2492, "TWD million", "estimate"),
        ],
        claims=[
            ("growth", 27.6, "percent", 2023, 2024, 1.0),
            ("growth", 32.4, "percent", 2023, 2024, 1.0),
            ("growth", 23.0, "percent", 2023, 2024, 1.0),
            ("growth", 29.5, "percent", 2023, 2024, 1.0),
            ("growth", 20.9, "percent", 2023, 2024, 1.0),
            ("growth", 26.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 781 / 612 - 1 = 27.61% -> 27.6
            ("cagr|implied", "exact"),  # 315 / 238 - 1 = 32.35% -> 32.4
            ("cagr|implied", "exact"),  # 497 / 404 - 1 = 23.02% -> 23.0
            ("cagr|implied", "exact"),  # 189 / 146 - 1 = 29.45% -> 29.5
            ("cagr|implied", "exact"),  # 214 / 177 - 1 = 20.90% -> 20.9
            ("cagr|implied", "exact"),  # 1,996 / 1,577 - 1 = 26.57% -> 26.6
            ("hierarchy", "exact"),     # 2023: 612 + 238 + 404 + 146 + 177 = 1,577
            ("hierarchy", "exact"),     # 2024: 781 + 315 + 497 + 189 + 214 = 1,996
            ("hierarchy", "exact"),     # 2025: 968 + 402 + 615 + 244 + 263 = 2,492
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-fifty-fifth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 5, 'rounding': 13, 'exact': 92}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'rose 17.3% to US$3.18 billion in 2024, up from US$2.71 billion in 2023',
    'North America accounted for $0.79bn of it, a 43% share',
    '$4.6bn in 2028, 2.5x the 2024 level',
    'is more bullish and sees the market at $7.4 billion in 2030',
    'we get to roughly $11 billion this year',
    "roughly 2.2 times today's level",
    'followed by France at EUR 0.19 billion (16.7%)',
    'pass EUR 1.4 billion in 2025',
    'revised up from the preliminary ¥39.8 billion',
    'over fiscal 2024-2028',
    'USD 412 million (about ₹3,420 crore)',
    'USD 1.63 billion by 2030',
    'which is 2.7 times what they spent in 2021',
    'at USD 11 billion to USD 13 billion',
    '力争突破120亿元（2024年为52亿元）',
    '占比约四成',
    '2024—2027年复合增速28.6%',
    '今年預估可達新台幣57億元，年增約22%',
    '去年（2024年）',
    '按年增長31%，前年則為10.4億港元',
    '另一家研究機構Quadrant Insight則較為樂觀',
    '较2021年增长2倍',
    '其中第四季度单季规模为61亿元',
    '年复合增长率约22.4%',
    '| 2025E | 2028F |',
    'Asia-Pacific total  1,304',
    '智能招聘占比（%）',
    '2025F              154',
    '| 年度 | 新台幣億元 |',
    'We now size the total addressable market for AI in talent acquisition',
    'up about 22% from roughly $7.9 billion last year',
    'of which asynchronous video-interview analysis accounted for USD 0.71 billion (34.5%)',
    '31% bigger than 2023 ($566M)',
    'My guess for this year: ~$1bn.',
    'So roughly 2.5x in five years, call it 20% a year',
    'Orbis HR Research has $3.6bn for 2023',
    'Adjacent TAM, AI payroll assurance: $1.6-2.0B (2028E)',
    '¥52.0 billion in fiscal 2027',
    'It has been corrected to US$3.21bn.',
    'rebased upward from the US$139 million in the March edition',
    '力争达到150亿元,较2023年增长2倍',
    '头部三家平台合计占据超过一半份额',
    '比上年的341.9亿元增长22.5%',
    '成長至2028年的新台幣61億元,年複合成長率約25%',
    '較2023年的3.92億港元增長24%',
    '是2021年的3倍',
    '今年預估上看25億美元',
    '2026年该市场规模将突破100亿元',
    '| Total | 10.7 | 13.2 | 16.3 | 28.8 |',
    'Year\tUS$ million\tYoY (%)',
    '合计                     208.7      269.1      100.0%       340.3',
    'CAGR 2024-30F',
    '單位:新台幣百萬元',
)
LAYOUT = (40, 13, 14, 13)
#: the set's blind score (written without reading or running the extractor, and kept unread): 270
#: figures, 64 rates, 105 verdicts and 2 false inconsistent
#: after the readings chosen on the hundred-and-fifty-second and -fourth sets (it kept unread): 271, 64, 105 and 1
#: lowered by one verdict and two false inconsistent when two statements of one year alike in precision came to keep
#: the text's order (the held sets together gained 21 verdicts and drew 19 false inconsistent fewer); one snippet fell
#: one rate fewer since its 增长N倍 is read against the base amount another sentence gives ("全省该领域…"): the
#: amounts give x(N+1), the reading by the letter, where the set records the printed N
FLOORS = {"figures_found": 275, "rates_found": 64, "verdicts_right": 107}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 3


if __name__ == "__main__":  # python tests/extract_checkset155.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
