"""A hundred-and-fifty-second check set for the extractor, written blind: AI in real estate and construction: AI
valuation and property-search software, construction scheduling and site safety vision, building information modelling
with AI, smart building energy management, AI for mortgage underwriting in property, sized in money by proptech
analysts, construction associations, surveyors' bodies, brokers, city and provincial housing plans, Japanese, Korean,
Singaporean and Hong Kong research houses. Distractors a careful reader leaves out: homes sold or built, floor area in
square metres, house prices and rents, a developer's own revenue or land bank, a fund's assets under management, a
quarter's figures, the whole construction output or property market beside the AI part.

Snippets 1-20: AI in real estate and construction (AI valuation and property-search software, construction scheduling
and site-safety vision, AI-enabled BIM, smart-building energy management, AI mortgage underwriting). 1-8 are English
prose: a London wire press release in pounds whose 2030 figure is printed in billions and converted to the series'
million scale, a Singapore broker note with a regional share, a multiple, a price target and a company's own revenue
and share target, a trade-weekly article quoting two publishers (the first one's CAGR only rounding-consistent, the
second one's 2024 figure expected nowhere), an earnings-call transcript sizing a TAM "this year" with an inferred
CAGR, a European surveyors' yearbook with two parts and their shares, a Tokyo research house's fiscal-year yen release
with a revised (superseded) figure and a rounding year-on-year rate, a Korean institute's release with "last year", a
growth rate without its base amount, a range for this year, a multiple and won, and a Hong Kong research house's HK$
release whose stated CAGR its amounts contradict. 9-15 are Chinese prose: a Hubei action plan with targets and an
inferred CAGR, a broker report with a share and a stated CAGR, a Taipei release in 新台幣億元, a Hong Kong newspaper item
in 億港元 whose year-on-year rate is inconsistent and with a 明年 figure, a Taiwanese article quoting two publishers in 億美元
(those three in Traditional Chinese), a Xinhua wire with a 增长2倍 multiple, a quarter and a 今年 estimate, and a yearbook
with a decline and a buyer segment's share. 16-20 are tables: a markdown pipe table with E/F columns, a total row one
year of which only rounding reaches, and a CAGR in its note; a space-aligned fiscal-year yen table with years as rows
under a lone unit-only column and a YoY column; a tab-separated Chinese table with a total row and a year-on-year row;
a space-aligned regional table with its total row first and a CAGR column; and a Traditional Chinese markdown table in
新台幣百萬元 with a total row. Distractors a careful reader leaves out: datelines, report and table numbers, title years,
edition numbers, homes sold and housing starts, floor area in square metres, house prices, price-to-income ratios and
mortgage rates, outstanding mortgage loans and originations, whole construction output, counts of firms, members,
respondents and fatalities, a developer's or vendor's own revenue, margin and share target, price targets and upside,
a quarter's figure, energy-saving and adoption percentages, fractions in words, won amounts, a second publisher's
figure and a superseded (revised) figure.

Snippets 21-40: AI in real estate and construction: AI valuation and property-search software, AI mortgage
underwriting, construction site-safety vision, AI construction scheduling, BIM with AI and AI building energy
management. Eight English prose pieces (an earnings call, a research abstract, a LinkedIn post, a Japanese integrated
report, a Hong Kong broker initiation, a London surveyors' press release, a forum answer, investor-day slide bullets),
seven Chinese prose pieces (a city housing plan, a Taipei news report, a Hong Kong newspaper item, a Taiwanese
construction white paper, a securities research note, a revised web article, an association WeChat post; three in
Traditional Chinese) and five tables (markdown pipes with a CAGR column, tab-separated fiscal-year columns in JPY 100
million, a Chinese space-aligned table with years as rows and a year-on-year column, a Korean table with shares of the
total, a Hong Kong space-aligned table with a change column). Distractors: datelines, document, working-paper and
report numbers, headcounts, firms and survey respondents, company revenue, segment sales, order backlog, gross margin,
price target and upside, valuation PE, mortgage loans outstanding, homes transacted, house prices and rents, land
bank, vacancy rates, penetration rates, survey answers, percentage points, quarterly figures, the whole construction
output, a second publisher's figure, a corrected figure, amounts in SGD and KRW, and shares given only as fractions in
words.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. Dated wire press release (English), UK AI valuation and property-search software, in pounds. Year-on-year rate with
    #    both amounts; the 2030 figure printed as £1.05 billion is converted to the series' unit (GBP million); stated CAGR.
    #    Expected nowhere: title years 2025-2030, 1.08 million sales, "over half of remortgage valuations", £268,000, 140 firms.
    dict(
        text=(
            "LONDON, 12 March 2025 /PRNewswire/ -- Calder Property Analytics today released 'AI in UK Residential "
            "Property: Valuation and Search Technology Outlook 2025-2030'. The study sizes UK spending on AI-driven "
            "automated valuation models (AVMs), AI-ranked property search and listing-verification tools at £412 million "
            "in 2024, 14.1% above the £361 million recorded a year earlier. Lenders' move to desktop and hybrid "
            "valuations did most of the work: roughly 1.08 million residential sales completed in 2024, and Calder "
            "estimates that over half of all remortgage valuations were AI-assisted. The firm forecasts the market will "
            "reach £1.05 billion in 2030, a compound annual growth rate of 16.9% between 2024 and 2030. The average UK "
            "house price stood at £268,000 in December, the report notes; it draws on a survey of 140 lenders, estate "
            "agents and portals."
        ),
        obs=[
            ("Total", 2023, 361, "GBP million", "actual"),
            ("Total", 2024, 412, "GBP million", "actual"),
            ("Total", 2030, 1050, "GBP million", "estimate"),   # printed £1.05 billion
        ],
        claims=[
            ("growth", 14.1, "percent", 2023, 2024, 1.0),
            ("cagr", 16.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 412 / 361 - 1 = 14.127% -> 14.1
            ("cagr|implied", "exact"),  # (1050 / 412) ** (1 / 6) - 1 = 16.873% -> 16.9
        ],
    ),
    # 2. Singapore broker note (English), AI site-safety vision. Asia-Pacific part with its share of the printed whole; a
    #    multiple 2024->2028. Expected nowhere: TP S$2.85 and 18% upside, Buildwise's S$310m FY24 revenue and 12% share
    #    target, 36 fatalities and their 23% fall.
    dict(
        text=(
            "Lion City Securities - Regional Construction Tech - 17 June 2025\n"
            "Buildwise Robotics (BWR SP): BUY, target price S$2.85, 18% upside\n"
            "Computer-vision site safety has moved from pilot budgets to a procurement line item. We size the global "
            "market for AI site-safety and PPE-detection vision at US$1.18bn in 2024; Asia-Pacific contributed US$0.41bn "
            "of that, a 34.7% share, helped by Singapore's and Hong Kong's smart-site rules for public projects. We "
            "expect the global market to reach US$3.8bn by 2028, about 3.2x the 2024 level. Buildwise booked S$310m of "
            "revenue in FY24 and is targeting a 12% share of the regional market by 2027. Singapore recorded 36 "
            "construction workplace fatalities last year, 23% fewer than in 2023."
        ),
        obs=[
            ("Total", 2024, 1.18, "USD billion", "actual"),
            ("Asia-Pacific", 2024, 0.41, "USD billion", "actual"),
            ("Total", 2028, 3.8, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 34.7, "percent", 2024, 2024, None),
            ("multiple", 3.2, "multiple", 2024, 2028, 4.0),   # 3.8 / 1.18 = 3.22; no verdict
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 0.41 / 1.18 = 34.746% -> 34.7
        ],
    ),
    # 3. Trade-weekly article quoting two publishers (English), AI building energy management. The first publisher's base,
    #    target and stated CAGR are the snippet's; the CAGR is only rounding-consistent. Expected nowhere: Kestrel's
    #    $3.9 billion for 2024, "roughly 30%" of final energy use, the 10-25% HVAC saving.
    dict(
        text=(
            "Buildings & Energy Weekly, 2 June 2025 -- Software that tunes heating, cooling and lighting in real time is "
            "among the fastest-growing corners of building technology, if two new market studies are any guide. "
            "Brightwater Research values the global market for AI-driven building energy management at $4.26 billion in "
            "2024 and projects $11.9 billion by 2031, a compound annual growth rate of 15.9% over 2024-2031. Kestrel "
            "Analytics, which uses a narrower definition that leaves out analytics-only subscriptions, puts the 2024 "
            "market at $3.9 billion. Buildings account for roughly 30% of global final energy use, and vendors claim AI "
            "controls trim HVAC consumption by 10-25%. \"Retrofits, not new towers, are where the money is,\" "
            "Brightwater's lead analyst said."
        ),
        obs=[
            ("Total", 2024, 4.26, "USD billion", "actual"),
            ("Total", 2031, 11.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.9, "percent", 2024, 2031, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (11.9 / 4.26) ** (1 / 7) - 1 = 15.807% -> 15.8; bounds (11.85 / 4.265) ** (1 / 7) - 1
                                           # = 15.718% .. (11.95 / 4.255) ** (1 / 7) - 1 = 15.896%: 15.9 (>= 15.85) reached at the top
        ],
    ),
    # 4. Earnings-call transcript (English), US AI mortgage underwriting. The TAM the company sizes "this year" (2025, an
    #    estimate) and for 2028; "roughly 19% a year" is a CAGR whose span only its amounts' years give. Expected nowhere:
    #    Q1 revenue $48.2 million and its 37%, 71% gross margin, 212,000 loan files, $1.9 trillion originations, 15% share goal.
    dict(
        text=(
            "Keystone Lending Technologies (KLT) Q1 2025 earnings call, 8 May 2025 -- prepared remarks, CEO Dana "
            "Whitfield: \"Revenue for the quarter was $48.2 million, up 37% year over year, and gross margin held at 71%. "
            "We ran 212,000 loan files through the underwriting engine. Stepping back to the opportunity: we size the "
            "total addressable market for AI underwriting, income verification and collateral analytics in U.S. "
            "residential mortgages at about $6.5 billion this year, and we see it getting to $11 billion by 2028, "
            "compounding at roughly 19% a year. That sits against the roughly $1.9 trillion of mortgage originations the "
            "industry expects in 2025. Our goal is to capture 15% of that TAM by 2028.\""
        ),
        obs=[
            ("Total", 2025, 6.5, "USD billion", "estimate"),
            ("Total", 2028, 11, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (11 / 6.5) ** (1 / 3) - 1 = 19.168% -> 19
        ],
    ),
    # 5. Surveyors' body yearbook (English), AI-enabled BIM in the EU and EFTA. A year-on-year rate with both amounts and two
    #    parts with their shares of the printed whole. Expected nowhere: yearbook 2025, 21st edition, chapter 6, EUR 1.7
    #    trillion construction output, 38,000 members, 62% of respondents.
    dict(
        text=(
            "From the European Council of Construction Surveyors' Yearbook 2025 (21st edition), chapter 6, 'Digital "
            "construction': Spending on AI-enabled building information modelling -- software, cloud services and "
            "consultancy that put machine learning on top of BIM -- reached EUR 2.36 billion across the EU and EFTA in "
            "2024, up 19.2% on EUR 1.98 billion in 2023. Design authoring and generative layout tools took EUR 1.02 "
            "billion (43.2%), while automated model checking and clash detection accounted for EUR 0.61 billion, or 25.8% "
            "of the total. For context, construction output in the same countries came to about EUR 1.7 trillion. The "
            "Council's 38,000 members were surveyed in January; 62% of respondents said they now use BIM on most projects."
        ),
        obs=[
            ("Total", 2023, 1.98, "EUR billion", "actual"),
            ("Total", 2024, 2.36, "EUR billion", "actual"),
            ("Design authoring and generative layout tools", 2024, 1.02, "EUR billion", "actual"),
            ("Automated model checking and clash detection", 2024, 0.61, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 19.2, "percent", 2023, 2024, 1.0),
            ("share", 43.2, "percent", 2024, 2024, None),
            ("share", 25.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2.36 / 1.98 - 1 = 19.192% -> 19.2
            ("arithmetic", "exact"),    # 1.02 / 2.36 = 43.220% -> 43.2
            ("arithmetic", "exact"),    # 0.61 / 2.36 = 25.847% -> 25.8
        ],
    ),
    # 6. Tokyo research house release (English, yen, fiscal years). FY2023 revised to ¥40.1 billion: the superseded ¥38.7
    #    billion is expected nowhere. The year-on-year rate is only rounding-consistent; stated CAGR from fiscal 2024.
    #    Expected nowhere: April 2024 overtime cap, 792,000 housing starts, 1,400 firms, report no. SRI-2509-14.
    dict(
        text=(
            "TOKYO, 18 September 2025 -- Shinonome Research Institute said today that Japan's market for AI "
            "construction scheduling and site-management systems reached ¥48.6 billion in fiscal 2024 (April 2024 to "
            "March 2025), up 21.3% year on year. The institute revised its fiscal 2023 figure up to ¥40.1 billion from "
            "the ¥38.7 billion it published a year ago, after adding cloud-based progress-tracking services to its "
            "scope. Demand was driven by the overtime cap for construction workers that took effect in April 2024 and by "
            "a shortage of site supervisors, even as housing starts slipped to about 792,000 units. The institute "
            "forecasts the market at ¥152 billion in fiscal 2030, a CAGR of 20.9% from fiscal 2024. The survey covered "
            "1,400 contractors and software vendors (report no. SRI-2509-14)."
        ),
        obs=[
            ("Total", 2023, 40.1, "JPY billion", "actual"),
            ("Total", 2024, 48.6, "JPY billion", "actual"),
            ("Total", 2030, 152, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
            ("cagr", 20.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 48.6 / 40.1 - 1 = 21.197% -> 21.2; bounds 48.55 / 40.15 - 1 = 20.922% ..
                                           # 48.65 / 40.05 - 1 = 21.473%: 21.3 reached
            ("cagr|implied", "exact"),     # (152 / 48.6) ** (1 / 6) - 1 = 20.930% -> 20.9
        ],
    ),
    # 7. Korean institute release (English). "Last year" = 2024 (dateline 2025); its 31% growth has no printed 2023 amount
    #    (no verdict); "this year" range gives two value claims for 2025; "2.5 times" a multiple 2024->2029. Expected
    #    nowhere: 1.25 trillion won, 380,000 apartment transactions, Seoul prices +4.6%.
    dict(
        text=(
            "SEOUL, 20 February 2025 -- The Korea Institute for Real Estate Technology (KIRET) said on Thursday that the "
            "domestic market for AI-based property search, valuation and listing-verification services grew 31% last "
            "year to US$0.87 billion, or about 1.25 trillion won. For this year the institute expects the market to land "
            "somewhere between US$1.05 billion and US$1.15 billion, as the big portals roll out AI price estimates for "
            "villas and officetels. By 2029 it sees the market at US$2.2 billion, some 2.5 times last year's level. "
            "Apartment transactions nationwide rose to about 380,000 last year, while Seoul apartment prices gained 4.6%, "
            "the institute noted."
        ),
        obs=[
            ("Total", 2024, 0.87, "USD billion", "actual"),
            ("Total", 2029, 2.2, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),         # no 2023 amount: no verdict
            ("value", 1.05, "USD billion", 2025, 2025, None),
            ("value", 1.15, "USD billion", 2025, 2025, None),
            ("multiple", 2.5, "multiple", 2024, 2029, 5.0),     # 2.2 / 0.87 = 2.53; no verdict
        ],
        verdicts=[],
    ),
    # 8. Hong Kong research house release (English, HK$). HK$486 million in 2024; HK$1.32 billion in 2029 converted to the
    #    series' HKD million. The stated 24.8% CAGR is contradicted by the amounts (it would need a 2024 base near HK$436m,
    #    as if rebased). Expected nowhere: prices -7%, HK$2.0 trillion mortgage loans, 23 institutions.
    dict(
        text=(
            "HONG KONG, 3 July 2025 -- Harbourview Research, a Hong Kong financial-technology research house, estimates "
            "that banks and mortgage brokers in the city spent HK$486 million on AI mortgage underwriting -- automated "
            "income verification, property-valuation models and fraud screening -- in 2024. In a report released on "
            "Thursday it forecasts spending of HK$1.32 billion in 2029, which it describes as a compound annual growth "
            "rate of 24.8% over 2024-2029. The outlook holds despite a soft housing market: residential prices fell about "
            "7% last year, and outstanding residential mortgage loans stood at roughly HK$2.0 trillion at the end of "
            "2024, according to the report, which surveyed 23 authorised institutions."
        ),
        obs=[
            ("Total", 2024, 486, "HKD million", "actual"),
            ("Total", 2029, 1320, "HKD million", "estimate"),   # printed HK$1.32 billion
        ],
        claims=[
            ("cagr", 24.8, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # (1320 / 486) ** (1 / 5) - 1 = 22.120%; bounds (1315 / 486.5) ** 0.2 - 1
                                               # = 22.002% .. (1325 / 485.5) ** 0.2 - 1 = 22.238%: 24.8 not reached
        ],
    ),
    # 9. Provincial action plan (Simplified Chinese), Hubei. 2024 base (约146亿元, approximate, actual) and a 2027 target
    #    (力争突破300亿元, estimate); 年均增速27%左右 has no printed span (inferred). Expected nowhere: 2025—2027 title
    #    years, 八部门, 45% prefabricated floor-area ratio, 50 firms, 1000 sites, 2.1万亿元 construction output.
    dict(
        text=(
            "2025年3月，湖北省住房和城乡建设厅等八部门联合印发《湖北省推进智能建造高质量发展行动方案（2025—2027年）》。"
            "方案提出，到2027年，全省建筑领域人工智能应用市场（涵盖智能排程、工地安全视觉监测、BIM智能审查和施工机器人调度）"
            "规模力争突破300亿元，年均增速保持在27%左右；2024年，这一市场规模约为146亿元。方案同时要求，新建装配式建筑"
            "占新建建筑面积的比例达到45%，培育50家以上智能建造骨干企业，建成1000个智慧工地示范项目。2024年全省建筑业"
            "总产值约2.1万亿元。"
        ),
        obs=[
            ("Total", 2024, 146, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 27, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (300 / 146) ** (1 / 3) - 1 = 27.132% -> 27
        ],
    ),
    # 10. Broker industry report (Simplified Chinese), building AI energy management in China. A part (商业综合体) with its
    #     share of the printed whole; stated 2024—2029 CAGR. Expected nowhere: 21% of end-use energy, 12%—18% savings,
    #     the company's Q3 revenue 5.6亿元 and its 42%, target price 38.6元.
    dict(
        text=(
            "华信证券建筑科技行业深度报告（2025年10月21日）：楼宇AI节能进入规模化落地期，维持行业“增持”评级。我们测算，"
            "2024年中国楼宇AI能源管理（含AI暖通群控、照明优化与能耗预测平台）市场规模为186.4亿元，其中商业综合体贡献"
            "72.9亿元，占比39.1%，是最大的应用场景。我们预计2029年该市场将达到468亿元，2024—2029年复合增速20.2%。"
            "楼宇运行能耗约占全社会终端能耗的21%，AI群控通常可带来12%—18%的节能率。重点推荐公司三季度单季营收5.6亿元，"
            "同比增长42%，给予目标价38.6元。"
        ),
        obs=[
            ("Total", 2024, 186.4, "CNY 100 million", "actual"),
            ("商业综合体", 2024, 72.9, "CNY 100 million", "actual"),
            ("Total", 2029, 468, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 39.1, "percent", 2024, 2024, None),
            ("cagr", 20.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 72.9 / 186.4 = 39.109% -> 39.1
            ("cagr|implied", "exact"),  # (468 / 186.4) ** (1 / 5) - 1 = 20.215% -> 20.2
        ],
    ),
    # 11. Taipei research release (Traditional Chinese, 新台幣億元). Year-on-year rate with both amounts; 預估 2028 and a
    #     stated 2024至2028 CAGR. Expected nowhere: 33.2萬棟 transfers, 房價所得比9.8倍, 412 firms, 62% adoption.
    dict(
        text=(
            "【台北訊】2025年4月9日——台灣不動產科技研究中心今（9）日發布調查指出，2024年台灣AI不動產估價與智慧找房服務"
            "市場規模達新台幣38.6億元，較2023年的32.9億元年增17.3%。隨著銀行導入AI鑑價、房仲平台推出AI媒合，該中心預估"
            "2028年市場規模將達81億元，2024至2028年年複合成長率約20.4%。另據官方統計，2024年全台建物買賣移轉棟數約"
            "33.2萬棟，全國房價所得比為9.8倍；受訪的412家房仲業者中，有62%已導入AI工具。"
        ),
        obs=[
            ("Total", 2023, 32.9, "TWD 100 million", "actual"),
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("Total", 2028, 81, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.3, "percent", 2023, 2024, 1.0),
            ("cagr", 20.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.6 / 32.9 - 1 = 17.325% -> 17.3
            ("cagr|implied", "exact"),  # (81 / 38.6) ** (1 / 4) - 1 = 20.358% -> 20.4
        ],
    ),
    # 12. Hong Kong newspaper item (Traditional Chinese, 億港元), AI site-safety systems. The 24% year-on-year rate is
    #     contradicted by its amounts (a reporter's slip); 明年 = 2026 (estimate). Expected nowhere: 今年首季 1.9億港元
    #     (a quarter), 3,000億港元 construction spending, 19 deaths.
    dict(
        text=(
            "【本報訊】（2025年6月12日）本港建造業正加快引入人工智能保障工地安全。本地研究機構港研智庫昨日發表報告指出，"
            "2024年本港智慧工地AI安全監察系統（包括危險區域AI攝像警報、塔式起重機防撞及工人疲勞偵測）市場規模達6.8億港元，"
            "較2023年的5.2億港元增長24%。報告預計，隨著發展局擴大「智慧工地安全系統」的強制使用範圍，明年市場可達9.5億港元。"
            "今年首季相關採購額約1.9億港元。去年本港建造工程總開支約3,000億港元，建造業工業意外死亡人數為19人。"
        ),
        obs=[
            ("Total", 2023, 5.2, "HKD 100 million", "actual"),
            ("Total", 2024, 6.8, "HKD 100 million", "actual"),
            ("Total", 2026, 9.5, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 6.8 / 5.2 - 1 = 30.769%; bounds 6.75 / 5.25 - 1 = 28.571% ..
                                               # 6.85 / 5.15 - 1 = 33.010%: 24 not reached
        ],
    ),
    # 13. Taiwanese article quoting two publishers (Traditional Chinese, 億美元), global AI+BIM. Northfield's base, target
    #     and stated CAGR (rounding only) are the snippet's; Orbis Data's 約46億美元 for 2024 is expected nowhere, as are
    #     the 45% BIM adoption rate and the 1.3兆元 construction output.
    dict(
        text=(
            "（2025年8月5日）建築資訊模型（BIM）結合人工智慧，正改變營建設計與施工管理流程。美國研究機構Northfield "
            "Insights最新報告指出，2024年全球AI+BIM軟體與服務市場規模為52.4億美元，預估2030年將成長至147億美元，"
            "2024至2030年年複合成長率達18.7%。另一家研究機構Orbis Data則估計，2024年全球市場規模約46億美元。國內方面，"
            "採用BIM的公共工程比例已達45%，全台營造業產值約新台幣1.3兆元。"
        ),
        obs=[
            ("Total", 2024, 52.4, "USD 100 million", "actual"),
            ("Total", 2030, 147, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 18.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # (147 / 52.4) ** (1 / 6) - 1 = 18.758% -> 18.8; bounds (146.5 / 52.45) ** (1 / 6) - 1
                                           # = 18.672% .. (147.5 / 52.35) ** (1 / 6) - 1 = 18.845%: 18.7 (< 18.75) reached at the bottom
        ],
    ),
    # 14. Xinhua wire (Simplified Chinese), AI construction scheduling software. 较2020年增长2倍 is a multiple x2 over 4
    #     years; 今年全年有望超过75亿元 a 2025 estimate at its printed figure. Expected nowhere: 今年一季度 16.2亿元 and its
    #     35% (a quarter), 7.4亿平方米, 32.6万亿元 construction output, 24 pilot cities.
    dict(
        text=(
            "新华社北京2025年4月16日电（记者刘诗雨）记者从中国建筑业协会智能建造分会获悉，2024年我国建筑施工AI排程与进度"
            "管理软件市场规模达到58.3亿元，较2020年增长2倍。今年一季度，相关软件采购额为16.2亿元，同比增长35%。分会预计，"
            "今年全年市场规模有望超过75亿元。据统计，2024年全国房屋新开工面积约7.4亿平方米，建筑业总产值32.6万亿元，"
            "全国智能建造试点城市已有24个。"
        ),
        obs=[
            ("Total", 2024, 58.3, "CNY 100 million", "actual"),
            ("Total", 2025, 75, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2020, 2024, 4.0),   # 增长2倍 keeps its printed 2; no verdict
        ],
        verdicts=[],
    ),
    # 15. Association yearbook (Simplified Chinese), AI mortgage approval in China. A decline with both amounts (negative
    #     rate); a buyer segment with its share of the whole; 有望 2027 estimate. Expected nowhere: 年鉴（2025）, 第四章,
    #     37.7万亿元 loan balance, 3.1% mortgage rate, 126 banks and 78% of them.
    dict(
        text=(
            "摘自《中国房地产金融科技发展年鉴（2025）》第四章：受住房信贷需求偏弱影响，2024年我国银行业个人住房贷款AI智能"
            "审批（含收入核验、押品AI估值与反欺诈模型）市场规模为64.8亿元，同比下降3.6%，2023年为67.2亿元。其中，国有大型"
            "商业银行投入28.5亿元，占44.0%。年鉴编写组预计，随着存量房贷利率调整完成、二手房交易回暖，2027年该市场有望"
            "回升至90亿元。截至2024年末，个人住房贷款余额为37.7万亿元，首套房贷款平均利率约3.1%；受访的126家银行中，"
            "78%已部署AI审批模型。"
        ),
        obs=[
            ("Total", 2023, 67.2, "CNY 100 million", "actual"),
            ("Total", 2024, 64.8, "CNY 100 million", "actual"),
            ("国有大型商业银行", 2024, 28.5, "CNY 100 million", "actual"),
            ("Total", 2027, 90, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", -3.6, "percent", 2023, 2024, 1.0),
            ("share", 44.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 64.8 / 67.2 - 1 = -3.571% -> -3.6
            ("arithmetic", "exact"),    # 28.5 / 64.8 = 43.981% -> 44.0
        ],
    ),
    # 16. Markdown pipe table (English), global AI in construction by segment, US$ billion, 2023-2027F with E/F columns and a
    #     Total row; the 2025E total is only rounding-consistent with its rows; a stated CAGR in the note. Expected
    #     nowhere: Table 2, Q2 2025 edition, "about a quarter" (fraction in words).
    dict(
        text=(
            "Table 2. Global AI-in-construction software and services market by segment (US$ billion)\n"
            "| Segment | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Scheduling & project controls | 1.42 | 1.78 | 2.21 | 3.40 |\n"
            "| Site safety & progress vision | 0.96 | 1.25 | 1.61 | 2.58 |\n"
            "| BIM & generative design | 1.13 | 1.39 | 1.72 | 2.66 |\n"
            "| Equipment autonomy & robotics | 0.58 | 0.71 | 0.88 | 1.37 |\n"
            "| Total | 4.09 | 5.13 | 6.43 | 10.01 |\n"
            "Note: E = estimate, F = forecast; totals may not add because of rounding. Total market CAGR 2024-2027F: 25%. "
            "North America makes up about a quarter of site-safety spending. Source: Meridian Proptech Research, Global "
            "AI in Construction Tracker, Q2 2025 edition (May 2025)."
        ),
        obs=[
            ("Scheduling & project controls", 2023, 1.42, "USD billion", "actual"),
            ("Scheduling & project controls", 2024, 1.78, "USD billion", "actual"),
            ("Scheduling & project controls", 2025, 2.21, "USD billion", "estimate"),
            ("Scheduling & project controls", 2027, 3.40, "USD billion", "estimate"),
            ("Site safety & progress vision", 2023, 0.96, "USD billion", "actual"),
            ("Site safety & progress vision", 2024, 1.25, "USD billion", "actual"),
            ("Site safety & progress vision", 2025, 1.61, "USD billion", "estimate"),
            ("Site safety & progress vision", 2027, 2.58, "USD billion", "estimate"),
            ("BIM & generative design", 2023, 1.13, "USD billion", "actual"),
            ("BIM & generative design", 2024, 1.39, "USD billion", "actual"),
            ("BIM & generative design", 2025, 1.72, "USD billion", "estimate"),
            ("BIM & generative design", 2027, 2.66, "USD billion", "estimate"),
            ("Equipment autonomy & robotics", 2023, 0.58, "USD billion", "actual"),
            ("Equipment autonomy & robotics", 2024, 0.71, "USD billion", "actual"),
            ("Equipment autonomy & robotics", 2025, 0.88, "USD billion", "estimate"),
            ("Equipment autonomy & robotics", 2027, 1.37, "USD billion", "estimate"),
            ("Total", 2023, 4.09, "USD billion", "actual"),
            ("Total", 2024, 5.13, "USD billion", "actual"),
            ("Total", 2025, 6.43, "USD billion", "estimate"),
            ("Total", 2027, 10.01, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 25, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (10.01 / 5.13) ** (1 / 3) - 1 = 24.960% -> 25
            ("hierarchy", "exact"),     # 2023: 1.42 + 0.96 + 1.13 + 0.58 = 4.09
            ("hierarchy", "exact"),     # 2024: 1.78 + 1.25 + 1.39 + 0.71 = 5.13
            ("hierarchy", "rounding"),  # 2025E: 2.21 + 1.61 + 1.72 + 0.88 = 6.42; bounds 6.40 .. 6.44 (each row +-0.005): 6.43 reached
            ("hierarchy", "exact"),     # 2027F: 3.40 + 2.58 + 2.66 + 1.37 = 10.01
        ],
    ),
    # 17. Space-aligned table (English), years as rows, Japanese fiscal years, yen; the lone value column is headed by its
    #     unit only (the market's Total); a YoY column, one of whose rates only rounding reaches. FY2025E and FY2026F are
    #     estimates. Expected nowhere: "about two-thirds" (fraction in words), March year-end.
    dict(
        text=(
            "Japan: AI building energy management systems (AI-BEMS), market size by fiscal year\n"
            "Fiscal year     ¥ billion     YoY (%)\n"
            "FY2021              21.4           -\n"
            "FY2022              25.9        21.0\n"
            "FY2023              31.2        20.4\n"
            "FY2024              37.0        18.6\n"
            "FY2025E             44.1        19.2\n"
            "FY2026F             52.0        17.9\n"
            "Note: fiscal years end in March; FY2025E and FY2026F are Kanto Market Research forecasts (October 2025). "
            "Retrofits of existing offices account for about two-thirds of spending."
        ),
        obs=[
            ("Total", 2021, 21.4, "JPY billion", "actual"),
            ("Total", 2022, 25.9, "JPY billion", "actual"),
            ("Total", 2023, 31.2, "JPY billion", "actual"),
            ("Total", 2024, 37.0, "JPY billion", "actual"),
            ("Total", 2025, 44.1, "JPY billion", "estimate"),
            ("Total", 2026, 52.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 21.0, "percent", 2021, 2022, 1.0),
            ("growth", 20.4, "percent", 2022, 2023, 1.0),
            ("growth", 18.6, "percent", 2023, 2024, 1.0),
            ("growth", 19.2, "percent", 2024, 2025, 1.0),
            ("growth", 17.9, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 25.9 / 21.4 - 1 = 21.028% -> 21.0
            ("cagr|implied", "rounding"),  # 31.2 / 25.9 - 1 = 20.463% -> 20.5; bounds 31.15 / 25.95 - 1 = 20.039% ..
                                           # 31.25 / 25.85 - 1 = 20.890%: 20.4 reached
            ("cagr|implied", "exact"),     # 37.0 / 31.2 - 1 = 18.590% -> 18.6
            ("cagr|implied", "exact"),     # 44.1 / 37.0 - 1 = 19.189% -> 19.2
            ("cagr|implied", "exact"),     # 52.0 / 44.1 - 1 = 17.914% -> 17.9
        ],
    ),
    # 18. Tab-separated table (Simplified Chinese), China AI in construction by segment, 亿元, 2022-2025E, a 合计 row and a
    #     合计同比增长 row. Expected nowhere: 表3, the source's date.
    dict(
        text=(
            "表3 中国建筑业AI应用市场规模（单位：亿元）\n"
            "细分领域\t2022\t2023\t2024\t2025E\n"
            "智能排程与进度管理\t18.6\t24.1\t30.8\t38.9\n"
            "工地安全视觉识别\t12.4\t16.9\t22.3\t28.7\n"
            "BIM+AI设计审查\t9.8\t12.6\t16.2\t20.5\n"
            "施工机械智能化\t5.1\t6.7\t8.9\t11.6\n"
            "合计\t45.9\t60.3\t78.2\t99.7\n"
            "合计同比增长（%）\t—\t31.4\t29.7\t27.5\n"
            "注：2025E为预测值。资料来源：中建数智研究院，2025年5月。"
        ),
        obs=[
            ("智能排程与进度管理", 2022, 18.6, "CNY 100 million", "actual"),
            ("智能排程与进度管理", 2023, 24.1, "CNY 100 million", "actual"),
            ("智能排程与进度管理", 2024, 30.8, "CNY 100 million", "actual"),
            ("智能排程与进度管理", 2025, 38.9, "CNY 100 million", "estimate"),
            ("工地安全视觉识别", 2022, 12.4, "CNY 100 million", "actual"),
            ("工地安全视觉识别", 2023, 16.9, "CNY 100 million", "actual"),
            ("工地安全视觉识别", 2024, 22.3, "CNY 100 million", "actual"),
            ("工地安全视觉识别", 2025, 28.7, "CNY 100 million", "estimate"),
            ("BIM+AI设计审查", 2022, 9.8, "CNY 100 million", "actual"),
            ("BIM+AI设计审查", 2023, 12.6, "CNY 100 million", "actual"),
            ("BIM+AI设计审查", 2024, 16.2, "CNY 100 million", "actual"),
            ("BIM+AI设计审查", 2025, 20.5, "CNY 100 million", "estimate"),
            ("施工机械智能化", 2022, 5.1, "CNY 100 million", "actual"),
            ("施工机械智能化", 2023, 6.7, "CNY 100 million", "actual"),
            ("施工机械智能化", 2024, 8.9, "CNY 100 million", "actual"),
            ("施工机械智能化", 2025, 11.6, "CNY 100 million", "estimate"),
            ("合计", 2022, 45.9, "CNY 100 million", "actual"),
            ("合计", 2023, 60.3, "CNY 100 million", "actual"),
            ("合计", 2024, 78.2, "CNY 100 million", "actual"),
            ("合计", 2025, 99.7, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.4, "percent", 2022, 2023, 1.0),
            ("growth", 29.7, "percent", 2023, 2024, 1.0),
            ("growth", 27.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 60.3 / 45.9 - 1 = 31.373% -> 31.4
            ("cagr|implied", "exact"),  # 78.2 / 60.3 - 1 = 29.685% -> 29.7
            ("cagr|implied", "exact"),  # 99.7 / 78.2 - 1 = 27.494% -> 27.5
            ("hierarchy", "exact"),     # 2022: 18.6 + 12.4 + 9.8 + 5.1 = 45.9
            ("hierarchy", "exact"),     # 2023: 24.1 + 16.9 + 12.6 + 6.7 = 60.3
            ("hierarchy", "exact"),     # 2024: 30.8 + 22.3 + 16.2 + 8.9 = 78.2
            ("hierarchy", "exact"),     # 2025E: 38.9 + 28.7 + 20.5 + 11.6 = 99.7
        ],
    ),
    # 19. Space-aligned regional table (English), AI mortgage underwriting and property-risk analytics, US$ million, the total
    #     row (Global) printed first, 2024 and 2029F columns and a CAGR column (span printed in its header); Europe's rate is
    #     only rounding-consistent. Expected nowhere: Exhibit 7, the 2.1% delinquency rate, 180 lenders.
    dict(
        text=(
            "Exhibit 7: AI mortgage underwriting and property-risk analytics, spending by region (US$ million)\n"
            "Region              2024     2029F    CAGR 2024-29F\n"
            "Global             1,380     3,780            22.3%\n"
            "North America        612     1,540            20.3%\n"
            "Europe               388     1,020            21.4%\n"
            "Asia-Pacific         297     1,010            27.7%\n"
            "Rest of world         83       210            20.4%\n"
            "Source: Larchmont Capital Markets proptech desk, September 2025, from a survey of 180 lenders. "
            "Mortgage delinquency (2.1% in 2024) is not a driver in our model."
        ),
        obs=[
            ("Global", 2024, 1380, "USD million", "actual"),
            ("Global", 2029, 3780, "USD million", "estimate"),
            ("North America", 2024, 612, "USD million", "actual"),
            ("North America", 2029, 1540, "USD million", "estimate"),
            ("Europe", 2024, 388, "USD million", "actual"),
            ("Europe", 2029, 1020, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 297, "USD million", "actual"),
            ("Asia-Pacific", 2029, 1010, "USD million", "estimate"),
            ("Rest of world", 2024, 83, "USD million", "actual"),
            ("Rest of world", 2029, 210, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 22.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 20.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 21.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 27.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 20.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # Global: (3780 / 1380) ** (1 / 5) - 1 = 22.327% -> 22.3
            ("cagr|implied", "exact"),     # North America: (1540 / 612) ** (1 / 5) - 1 = 20.269% -> 20.3
            ("cagr|implied", "rounding"),  # Europe: (1020 / 388) ** (1 / 5) - 1 = 21.326% -> 21.3; bounds (1019.5 / 388.5) ** 0.2 - 1
                                           # = 21.283% .. (1020.5 / 387.5) ** 0.2 - 1 = 21.369%: 21.4 (>= 21.35) reached
            ("cagr|implied", "exact"),     # Asia-Pacific: (1010 / 297) ** (1 / 5) - 1 = 27.736% -> 27.7
            ("cagr|implied", "exact"),     # Rest of world: (210 / 83) ** (1 / 5) - 1 = 20.400% -> 20.4
            ("hierarchy", "exact"),        # 2024: 612 + 388 + 297 + 83 = 1380
            ("hierarchy", "exact"),        # 2029F: 1540 + 1020 + 1010 + 210 = 3780
        ],
    ),
    # 20. Markdown pipe table (Traditional Chinese), Taiwan smart-building AI energy management by building type, 新台幣百萬元,
    #     2023-2025（預估）, a 合計 row; the 2025 total is only rounding-consistent with its rows. Expected nowhere: 表5, the
    #     source's date.
    dict(
        text=(
            "表5　台灣智慧建築AI能源管理市場規模（單位：新台幣百萬元）\n"
            "| 建築類型 | 2023年 | 2024年 | 2025年（預估） |\n"
            "|---|---:|---:|---:|\n"
            "| 辦公大樓 | 412 | 498 | 605 |\n"
            "| 商場與飯店 | 236 | 281 | 337 |\n"
            "| 醫療院所 | 128 | 157 | 193 |\n"
            "| 工廠與園區 | 305 | 372 | 458 |\n"
            "| 合計 | 1,081 | 1,308 | 1,594 |\n"
            "註：2025年為預估值；合計與細項加總因四捨五入略有差異。資料來源：台灣綠色建築產業協會，2025年7月。"
        ),
        obs=[
            ("辦公大樓", 2023, 412, "TWD million", "actual"),
            ("辦公大樓", 2024, 498, "TWD million", "actual"),
            ("辦公大樓", 2025, 605, "TWD million", "estimate"),
            ("商場與飯店", 2023, 236, "TWD million", "actual"),
            ("商場與飯店", 2024, 281, "TWD million", "actual"),
            ("商場與飯店", 2025, 337, "TWD million", "estimate"),
            ("醫療院所", 2023, 128, "TWD million", "actual"),
            ("醫療院所", 2024, 157, "TWD million", "actual"),
            ("醫療院所", 2025, 193, "TWD million", "estimate"),
            ("工廠與園區", 2023, 305, "TWD million", "actual"),
            ("工廠與園區", 2024, 372, "TWD million", "actual"),
            ("工廠與園區", 2025, 458, "TWD million", "estimate"),
            ("合計", 2023, 1081, "TWD million", "actual"),
            ("合計", 2024, 1308, "TWD million", "actual"),
            ("合計", 2025, 1594, "TWD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 412 + 236 + 128 + 305 = 1081
            ("hierarchy", "exact"),     # 2024: 498 + 281 + 157 + 372 = 1308
            ("hierarchy", "rounding"),  # 2025: 605 + 337 + 193 + 458 = 1593; bounds 1591 .. 1595 (each row +-0.5): 1594 reached
        ],
    ),
    # 21. Earnings-call prepared remarks: the company sizes its TAM (Total); inferred-span CAGR.
    #     Nowhere: Q4 revenue $112.3m and its 14%, full-year revenue $412m, 1,350 people.
    dict(
        text=(
            "Harborline Technologies (NASDAQ: HBLN) Q4 and full-year 2024 earnings call, February 20, 2025 - prepared "
            "remarks, CEO Dana Whitfield: \"Fourth-quarter revenue came in at $112.3 million, up 14% year over year, and "
            "full-year revenue was $412 million. Let me step back to the opportunity, because it is a lot bigger than our "
            "current footprint. We now size the total addressable market for AI valuation and property-search software in "
            "the U.S. at $8.4 billion in 2024, and we think it gets to $21.6 billion by 2029 - call it roughly 21% compound "
            "growth. We are a team of about 1,350 people today, so there is plenty of runway.\""
        ),
        obs=[
            ("Total", 2024, 8.4, "USD billion", "actual"),
            ("Total", 2029, 21.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (21.6 / 8.4) ** (1 / 5) - 1 = 20.79% -> 21
        ],
    ),
    # 22. Research abstract: a stated CAGR the amounts contradict (inconsistent); a region's part and share.
    #     Nowhere: 312 contractors, 47% survey answer, 22% fewer incidents, working-paper number.
    dict(
        text=(
            "Abstract - Computer-vision systems that flag missing hard hats, exclusion-zone breaches and unsafe lifts are "
            "moving from pilots to procurement requirements on large sites. Drawing on vendor filings and a survey of 312 "
            "general contractors, we estimate the global market for AI site-safety vision systems at USD 1.27 billion in "
            "2023 and project USD 4.86 billion in 2030, which we report as a compound annual growth rate of 24.5% over "
            "2023-2030. North America accounted for USD 0.49 billion (38.6%) of the 2023 total. Forty-seven percent of "
            "surveyed contractors plan to deploy such systems within two years, and pilot sites recorded 22% fewer "
            "struck-by incidents. (Working Paper No. 2024-17)"
        ),
        obs=[
            ("Total", 2023, 1.27, "USD billion", "actual"),
            ("Total", 2030, 4.86, "USD billion", "estimate"),
            ("North America", 2023, 0.49, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 24.5, "percent", 2023, 2030, None, "stated"),
            ("share", 38.6, "percent", 2023, 2023, None),
        ],
        verdicts=[
            # (4.86 / 1.27) ** (1 / 7) - 1 = 21.13%; bounds (4.855 / 1.275) -> 21.05% .. (4.865 / 1.265) -> 21.22%;
            # 24.5 is out of reach (the report's figure is a typo or a different base)
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 0.49 / 1.27 = 38.58% -> 38.6
        ],
    ),
    # 23. LinkedIn post: "last year" from the post date; a later figure in billion converted to the USD million series;
    #     a multiple over two years. Nowhere: S$180 million (SGD not in the table), 80% of GFA, 19% energy cut.
    dict(
        text=(
            "Posted 14 Mar 2025 - Some numbers from a Singapore research house's deck I sat through at BuildTech Asia "
            "last week: AI-driven building energy management across Southeast Asia was a US$640 million market last year. "
            "Their call: US$1.1 billion by 2026, i.e. more than 1.7x in two years. Singapore alone is roughly S$180 million "
            "of that (yes, SGD, not USD). For context, the BCA wants 80% of buildings by GFA to be green by 2030, and our own "
            "retrofit pilots cut chiller energy use by 19%. DM me if you want the slide. #proptech #smartbuildings #AI"
        ),
        obs=[
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2026, 1100, "USD million", "estimate"),
        ],
        claims=[
            ("multiple", 1.7, "multiple", 2024, 2026, 2.0),  # 1100 / 640 = 1.72; no verdict
        ],
        verdicts=[],
    ),
    # 24. Japanese integrated report: fiscal years count as their number; yen billion; stated y/y with both amounts;
    #     an implied annual rate to a rough target. Nowhere: segment net sales, order backlog, 4,210 people, 2024 cap.
    dict(
        text=(
            "Integrated Report 2025 | Market environment (Digital Construction segment). According to our estimates, the "
            "domestic market for AI-enabled BIM software and services reached \u00a548.6 billion in fiscal 2024 (the year "
            "ended March 31, 2025), up 17% from \u00a541.5 billion in fiscal 2023, as general contractors moved design "
            "review and clash detection onto AI tools ahead of the 2024 overtime cap. We expect the market to grow to "
            "roughly \u00a5100 billion by fiscal 2030, implying annual growth of about 13%. Segment net sales rose to "
            "\u00a527.9 billion, the order backlog stood at \u00a5318.0 billion, and the segment employed 4,210 people at "
            "year-end."
        ),
        obs=[
            ("Total", 2023, 41.5, "JPY billion", "actual"),
            ("Total", 2024, 48.6, "JPY billion", "actual"),
            ("Total", 2030, 100, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 17, "percent", 2023, 2024, 1.0),
            ("cagr", 13, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 48.6 / 41.5 - 1 = 17.11% -> 17
            ("cagr|period", "exact"),   # (100 / 48.6) ** (1 / 6) - 1 = 12.78% -> 13
        ],
    ),
    # 25. Hong Kong broker initiation: HKD million series, a later HK$ billion figure converted; a stated CAGR that only
    #     rounding reaches. Nowhere: TP HK$14.80 and 27% upside, HK$1.93 trillion loans, 11,200 applications in 1Q25,
    #     the covered company's HK$212 million revenue.
    dict(
        text=(
            "Hong Kong PropTech - Initiation of coverage | 12 May 2025 | Rating: BUY, TP HK$14.80 (27% upside). "
            "Underwriting is where AI pays first. We estimate Hong Kong's market for AI-assisted mortgage underwriting tools "
            "at HK$486 million in 2024 and forecast HK$1.21 billion in 2028E, a 2024-28E CAGR of 25.5%, as banks automate "
            "income verification and collateral valuation. For scale, residential mortgage loans outstanding were HK$1.93 "
            "trillion at end-2024 and new mortgage applications ran at 11,200 in 1Q25; neither is our addressable pool. "
            "The company we cover booked HK$212 million of revenue in 2024."
        ),
        obs=[
            ("Total", 2024, 486, "HKD million", "actual"),
            ("Total", 2028, 1210, "HKD million", "estimate"),
        ],
        claims=[
            ("cagr", 25.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (1210 / 486) ** (1 / 4) - 1 = 25.61% -> 25.6, not 25.5; bounds (1205 / 486.5) -> 25.45% ..
            # (1215 / 485.5) -> 25.78%; 25.45 rounds to 25.5, so only a reading of the inputs reaches it
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. London surveyors' press release: "last year" = 2024, "next year" = 2026; y/y rate reached only by rounding;
    #     a part with its share. Nowhere: 1,150 members, GBP 268,000 house price, 58% of respondents, 4 percentage points.
    dict(
        text=(
            "LONDON, 3 June 2025 - Spending by UK lenders, estate agents and valuation firms on AI valuation tools and "
            "automated valuation models (AVMs) reached \u00a3214 million last year, up 32% on the \u00a3163 million spent "
            "in 2023, according to the Chartered Institute of Property Surveyors' annual technology survey of 1,150 members. "
            "Residential mortgage valuation made up \u00a3131 million of that, or 61%. The Institute expects spending to pass "
            "\u00a3290 million next year. The average UK house price, \u00a3268,000, was little changed; 58% of respondents "
            "said AI had shortened instruction-to-report times, and the share of remortgages valued by AVM rose 4 "
            "percentage points."
        ),
        obs=[
            ("Total", 2023, 163, "GBP million", "actual"),
            ("Total", 2024, 214, "GBP million", "actual"),
            ("Total", 2026, 290, "GBP million", "estimate"),
            ("Residential mortgage valuation", 2024, 131, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 32, "percent", 2023, 2024, 1.0),
            ("share", 61, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 214 / 163 - 1 = 31.29% -> 31, not 32; bounds (213.5 / 163.5) -> 30.58% .. (214.5 / 162.5) -> 32.00%
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 131 / 214 = 61.21% -> 61
        ],
    ),
    # 27. Forum answer: first publisher's figure, multiple since 2021, a forecast range (two value claims);
    #     nowhere: BuildMetrics' $2.6bn for 2024 (second publisher), ~$13 trillion construction output, 40 sites, 18%.
    dict(
        text=(
            "Re: How big is the AI construction scheduling market? (answered 9 Jan 2025)\n"
            "Depends who you ask, honestly. The figure I'd trust most is ConTech Insights': AI scheduling and planning "
            "software was about $1.9bn globally in 2024, roughly 2.5x its 2021 size, and they forecast $2.3-2.5bn for "
            "2025. BuildMetrics puts 2024 at $2.6bn, but they lump in ordinary project-management tools, so I'd ignore "
            "it. For scale, global construction output is ~$13 trillion. On our own jobs (about 40 sites) AI "
            "re-sequencing cut average delays by 18%, which is the number my boss actually cares about."
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2021, 2024, 3.0),
            ("value", 2.3, "USD billion", 2025, 2025, None),
            ("value", 2.5, "USD billion", 2025, 2025, None),
        ],
        verdicts=[],
    ),
    # 28. Investor-day slide bullets: TAM is the Total; stated-span CAGR; a segment with its share; a second market
    #     named beside it is its own item. Nowhere: FY2024 revenue $388M, 62% gross margin, 1,200+ customers.
    dict(
        text=(
            "Investor Day 2025 - Slide 14: The opportunity\n"
            "- Smart-building energy management TAM: $12.5B (2024) -> $31B (2030E)\n"
            "- ~16% CAGR, 2024-2030E\n"
            "- Commercial offices: $5.6B, 45% of 2024 TAM\n"
            "- Adjacent: AI-enabled facility maintenance, a separate $4.2B market (2024)\n"
            "- Us today: FY2024 revenue $388M, 62% gross margin, 1,200+ enterprise customers"
        ),
        obs=[
            ("Total", 2024, 12.5, "USD billion", "actual"),
            ("Total", 2030, 31, "USD billion", "estimate"),
            ("Commercial offices", 2024, 5.6, "USD billion", "actual"),
            ("AI-enabled facility maintenance", 2024, 4.2, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 16, "percent", 2024, 2030, None, "stated"),
            ("share", 45, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31 / 12.5) ** (1 / 6) - 1 = 16.34% -> 16
            ("arithmetic", "exact"),    # 5.6 / 12.5 = 44.8% -> 45
        ],
    ),
    # 29. City housing plan (Simplified): base and prior year, y/y rate, a target with an inferred-span rate.
    #     Nowhere: document number, 占比超过一半 (fraction in words), 50 firms, 1.5万亿元 construction output, 60% of area.
    dict(
        text=(
            "江海市住房和城乡建设局关于印发《江海市智能建造产业发展行动方案（2024—2027年）》的通知（江建字〔2024〕58号）"
            "……2023年，全市建筑领域人工智能应用市场规模达到86.4亿元，较上年的69.9亿元增长23.6%，AI施工排程、工地安全视频识别"
            "和BIM智能审图三类应用合计占比超过一半。主要目标：到2027年，力争全市建筑领域人工智能应用市场规模达到200亿元，"
            "年均增长23%以上；培育50家以上骨干企业；全市建筑业总产值突破1.5万亿元，新开工装配式建筑占新建建筑面积比例达到60%。"
        ),
        obs=[
            ("Total", 2022, 69.9, "CNY 100 million", "actual"),
            ("Total", 2023, 86.4, "CNY 100 million", "actual"),
            ("Total", 2027, 200, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.6, "percent", 2022, 2023, 1.0),
            ("cagr", 23, "percent", 2023, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 86.4 / 69.9 - 1 = 23.61% -> 23.6
            ("cagr|period", "exact"),   # (200 / 86.4) ** (1 / 4) - 1 = 23.35% -> 23
        ],
    ),
    # 30. Taipei news report (Traditional): 去年 = 2024, 前年 = 2023, 今年 = 2025 estimate; y/y reached only by rounding.
    #     Nowhere: 32.6萬棟 transactions, 每坪68萬元 price, a broker's own NT$52.7億 revenue.
    dict(
        text=(
            "【記者林佳慧／台北報導】2025年4月8日\n"
            "資策會產業情報研究所（MIC）今（8）日發布調查指出，台灣AI不動產估價與物件搜尋服務市場規模去年達新台幣38.5億元，"
            "較前年的32.3億元成長19.5%，主因房仲與銀行擴大導入自動估價模型；MIC預估今年可望突破新台幣45億元。不過房市降溫，"
            "去年全台建物買賣移轉棟數約32.6萬棟，六都平均房價每坪約新台幣68萬元；國內最大房仲業者去年營收則為新台幣52.7億元。"
        ),
        obs=[
            ("Total", 2023, 32.3, "TWD 100 million", "actual"),
            ("Total", 2024, 38.5, "TWD 100 million", "actual"),
            ("Total", 2025, 45, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 38.5 / 32.3 - 1 = 19.20% -> 19.2, not 19.5; bounds (38.45 / 32.35) -> 18.86% .. (38.55 / 32.25) -> 19.53%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 31. Hong Kong newspaper (Traditional): 億港元 series; 去年 actual, 今年 estimate; part and share.
    #     Nowhere: 約佔三成 (fraction in words), 13.5% vacancy, HK$95 rent, 1,200萬平方呎 land bank, 18% saving.
    dict(
        text=(
            "（本報訊）2025年6月18日——本地研究機構港衡研究最新報告指出，香港智慧樓宇AI能源管理方案市場規模去年約為12.6億港元，"
            "今年預計增至15.1億港元，按年增長約20%。其中商業寫字樓佔7.4億港元，約佔59%；住宅屋苑約佔三成。報告又指，甲級寫字樓"
            "空置率升至13.5%，核心區呎租約港幣95元；某大型發展商持有約1,200萬平方呎土地儲備，旗下試點項目導入AI後節能18%。"
        ),
        obs=[
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("Total", 2025, 15.1, "HKD 100 million", "estimate"),
            ("商業寫字樓", 2024, 7.4, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 20, "percent", 2024, 2025, 1.0),
            ("share", 59, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 15.1 / 12.6 - 1 = 19.84% -> 20
            ("arithmetic", "exact"),    # 7.4 / 12.6 = 58.73% -> 59
        ],
    ),
    # 32. Taiwanese construction white paper (Traditional): y/y rate the amounts contradict (inconsistent);
    #     成長約3倍 kept as x3 over 4 years; a product count in 萬台. Nowhere: title year, 1.3兆元 output, 2,140 firms, 27%.
    dict(
        text=(
            "台灣營建智慧化促進會今年3月發布的《2025營建科技白皮書》指出，工地AI安全影像辨識系統市場規模2024年達新台幣8.9億元，"
            "較2023年的6.8億元大增35%，與2020年的2.2億元相比更成長約3倍；同年AI工安攝影機出貨量約4.6萬台。白皮書並提到，"
            "營造業全年產值約新台幣1.3兆元，會員廠商共2,140家，導入AI影像辨識的工地職災件數平均下降27%。"
        ),
        obs=[
            ("Total", 2020, 2.2, "TWD 100 million", "actual"),
            ("Total", 2023, 6.8, "TWD 100 million", "actual"),
            ("Total", 2024, 8.9, "TWD 100 million", "actual"),
            ("AI工安攝影機", 2024, 4.6, "count 10 thousand", "actual"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
            ("multiple", 3, "multiple", 2020, 2024, 4.0),  # 增長N倍 keeps printed N; no verdict
        ],
        verdicts=[
            # 8.9 / 6.8 - 1 = 30.88%; bounds (8.85 / 6.85) -> 29.20% .. (8.95 / 6.75) -> 32.59%; 35 out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. Securities research note (Simplified): stated-span CAGR reached only by rounding; a share without its part.
    #     Nowhere: 渗透率不足15%, company revenue 12.3亿元, target price 38.6元, 25倍PE, 32.7万亿元 output.
    dict(
        text=(
            "【建筑信息化深度报告】BIM+AI：从“能画”到“会审”（2025年1月16日）\n"
            "核心观点：我们测算2024年我国BIM+AI市场规模约为58亿元，预计2027年将达到132亿元，2024—2027年复合增速约31%，"
            "其中设计阶段应用约占55%。当前BIM在施工阶段的渗透率仍不足15%。预计公司2024年营收12.3亿元，维持“买入”评级，"
            "目标价38.6元，对应2025年25倍PE。全国建筑业总产值32.7万亿元，AI应用仍处早期。"
        ),
        obs=[
            ("Total", 2024, 58, "CNY 100 million", "actual"),
            ("Total", 2027, 132, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 31, "percent", 2024, 2027, None, "stated"),
            ("share", 55, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (132 / 58) ** (1 / 3) - 1 = 31.54% -> 32, not 31; bounds (131.5 / 58.5) -> 31.00% .. (132.5 / 57.5) -> 32.08%
            ("cagr|implied", "rounding"),
        ],
    ),
    # 34. Web article with a correction note (Simplified): the corrected 251 is the figure, 215 nowhere; 今年 estimate.
    #     Nowhere: 一季度 contracts 41亿元, 22亿吨 emissions, 3.1% energy-intensity fall.
    dict(
        text=(
            "楼宇AI能源管理市场规模去年达251亿元\n"
            "2025-03-10 09:30　来源：建筑节能观察\n"
            "【更正说明】本文于3月12日更新：原稿中2024年市场规模误写为215亿元，现更正为251亿元。\n"
            "据建筑节能研究院发布的数据，2024年我国楼宇AI能源管理市场规模为251亿元，同比增长18.4%（2023年为212亿元）；"
            "预计今年将接近300亿元。今年一季度，行业新签合同额约41亿元。同期全国建筑运行碳排放约22亿吨，"
            "公共建筑单位面积能耗同比下降3.1%。"
        ),
        obs=[
            ("Total", 2023, 212, "CNY 100 million", "actual"),
            ("Total", 2024, 251, "CNY 100 million", "actual"),
            ("Total", 2025, 300, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 251 / 212 - 1 = 18.40% -> 18.4
        ],
    ),
    # 35. Association WeChat post (Simplified): 增长2倍 as x2 over 3 years; a share without its part; a target ~40亿元.
    #     Nowhere: 今年一季度 6.1亿元, 1,260 member firms, 1.86万亿元 output, 85万元 per project.
    dict(
        text=(
            "【协会动态】2025年5月20日\n"
            "省建筑业协会智能建造专业委员会近日发布调研结果：2024年全省建筑施工AI进度排程软件市场规模约为27.3亿元，"
            "较2021年增长2倍，其中SaaS订阅模式占比约42%。今年一季度，全省相关软件销售额6.1亿元。协会预计，到2026年全省市场"
            "规模有望达到40亿元左右。本次调研覆盖会员企业1,260家；全省建筑业总产值1.86万亿元，单个项目AI排程系统平均投入约85万元。"
        ),
        obs=[
            ("Total", 2024, 27.3, "CNY 100 million", "actual"),
            ("Total", 2026, 40, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),
            ("share", 42, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 36. Markdown table (Singapore research house), years as columns with E/F and a CAGR column; the 2024 total is
    #     one cent off its rows. Nowhere: table and report numbers.
    dict(
        text=(
            "Table 2. Asia-Pacific AI proptech market by segment (USD billion)\n"
            "| Segment | 2023 | 2024 | 2025E | 2028F | CAGR 2024-28F |\n"
            "|---|---|---|---|---|---|\n"
            "| AI valuation (AVM) | 0.84 | 1.02 | 1.21 | 1.95 | 17.6% |\n"
            "| Property search & matching | 0.61 | 0.73 | 0.86 | 1.38 | 17.3% |\n"
            "| Mortgage underwriting AI | 0.39 | 0.49 | 0.60 | 1.05 | 21.0% |\n"
            "| Total | 1.84 | 2.25 | 2.67 | 4.38 | 18.1% |\n"
            "Note: E = estimate, F = forecast. Components may not add to totals because of rounding. "
            "Source: Lion City Proptech Research, Report No. 25-031, March 2025."
        ),
        obs=[
            ("AI valuation (AVM)", 2023, 0.84, "USD billion", "actual"),
            ("AI valuation (AVM)", 2024, 1.02, "USD billion", "actual"),
            ("AI valuation (AVM)", 2025, 1.21, "USD billion", "estimate"),
            ("AI valuation (AVM)", 2028, 1.95, "USD billion", "estimate"),
            ("Property search & matching", 2023, 0.61, "USD billion", "actual"),
            ("Property search & matching", 2024, 0.73, "USD billion", "actual"),
            ("Property search & matching", 2025, 0.86, "USD billion", "estimate"),
            ("Property search & matching", 2028, 1.38, "USD billion", "estimate"),
            ("Mortgage underwriting AI", 2023, 0.39, "USD billion", "actual"),
            ("Mortgage underwriting AI", 2024, 0.49, "USD billion", "actual"),
            ("Mortgage underwriting AI", 2025, 0.60, "USD billion", "estimate"),
            ("Mortgage underwriting AI", 2028, 1.05, "USD billion", "estimate"),
            ("Total", 2023, 1.84, "USD billion", "actual"),
            ("Total", 2024, 2.25, "USD billion", "actual"),
            ("Total", 2025, 2.67, "USD billion", "estimate"),
            ("Total", 2028, 4.38, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.6, "percent", 2024, 2028, None, "stated"),
            ("cagr", 17.3, "percent", 2024, 2028, None, "stated"),
            ("cagr", 21.0, "percent", 2024, 2028, None, "stated"),
            ("cagr", 18.1, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.95 / 1.02) ** (1 / 4) - 1 = 17.59% -> 17.6
            ("cagr|implied", "exact"),  # (1.38 / 0.73) ** (1 / 4) - 1 = 17.26% -> 17.3
            ("cagr|implied", "exact"),  # (1.05 / 0.49) ** (1 / 4) - 1 = 20.99% -> 21.0
            ("cagr|implied", "exact"),  # (4.38 / 2.25) ** (1 / 4) - 1 = 18.12% -> 18.1
            ("hierarchy", "exact"),     # 2023: 0.84 + 0.61 + 0.39 = 1.84
            # 2024: 1.02 + 0.73 + 0.49 = 2.24, printed 2.25; bounds 2.225 .. 2.255 reach 2.25
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),     # 2025E: 1.21 + 0.86 + 0.60 = 2.67
            ("hierarchy", "exact"),     # 2028F: 1.95 + 1.38 + 1.05 = 4.38
        ],
    ),
    # 37. Tab-separated table (Tokyo research house), fiscal-year columns in JPY 100 million, dated Nov 2024 so FY2024E
    #     and FY2026F are estimates. Nowhere: note's exclusions.
    dict(
        text=(
            "Japan: AI building energy management systems market by building type (JPY 100 million)\n"
            "Building type\tFY2022\tFY2023\tFY2024E\tFY2026F\n"
            "Offices\t212\t248\t291\t382\n"
            "Retail & hospitality\t96\t109\t124\t158\n"
            "Factories & logistics\t74\t91\t110\t151\n"
            "Hospitals & public\t41\t47\t54\t69\n"
            "Total\t423\t495\t579\t760\n"
            "Note: fiscal years begin in April. E = estimate, F = forecast. Software and services only; sensors and meters "
            "excluded. Source: Marunouchi Building Research, November 2024."
        ),
        obs=[
            ("Offices", 2022, 212, "JPY 100 million", "actual"),
            ("Offices", 2023, 248, "JPY 100 million", "actual"),
            ("Offices", 2024, 291, "JPY 100 million", "estimate"),
            ("Offices", 2026, 382, "JPY 100 million", "estimate"),
            ("Retail & hospitality", 2022, 96, "JPY 100 million", "actual"),
            ("Retail & hospitality", 2023, 109, "JPY 100 million", "actual"),
            ("Retail & hospitality", 2024, 124, "JPY 100 million", "estimate"),
            ("Retail & hospitality", 2026, 158, "JPY 100 million", "estimate"),
            ("Factories & logistics", 2022, 74, "JPY 100 million", "actual"),
            ("Factories & logistics", 2023, 91, "JPY 100 million", "actual"),
            ("Factories & logistics", 2024, 110, "JPY 100 million", "estimate"),
            ("Factories & logistics", 2026, 151, "JPY 100 million", "estimate"),
            ("Hospitals & public", 2022, 41, "JPY 100 million", "actual"),
            ("Hospitals & public", 2023, 47, "JPY 100 million", "actual"),
            ("Hospitals & public", 2024, 54, "JPY 100 million", "estimate"),
            ("Hospitals & public", 2026, 69, "JPY 100 million", "estimate"),
            ("Total", 2022, 423, "JPY 100 million", "actual"),
            ("Total", 2023, 495, "JPY 100 million", "actual"),
            ("Total", 2024, 579, "JPY 100 million", "estimate"),
            ("Total", 2026, 760, "JPY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # FY2022: 212 + 96 + 74 + 41 = 423
            ("hierarchy", "exact"),  # FY2023: 248 + 109 + 91 + 47 = 495
            ("hierarchy", "exact"),  # FY2024E: 291 + 124 + 110 + 54 = 579
            ("hierarchy", "exact"),  # FY2026F: 382 + 158 + 151 + 69 = 760
        ],
    ),
    # 38. Chinese space-aligned table with years as rows; a lone value column headed by its unit (Total); y/y column,
    #     the 2023 rate kept on an old basis (inconsistent). Nowhere: 表3, the title's years, the source date.
    dict(
        text=(
            "表3 中国建筑工地AI安全监测市场规模（2021—2026E）\n"
            "年份        亿元      同比增长\n"
            "2021        18.6      —\n"
            "2022        24.9      33.9%\n"
            "2023        31.2      28.3%\n"
            "2024        40.5      29.8%\n"
            "2025E       51.8      27.9%\n"
            "2026E       64.0      23.6%\n"
            "注：2025E、2026E为预测值；2023年增速沿用旧统计口径，与规模数据不完全可比。资料来源：智建研究院，2025年2月。"
        ),
        obs=[
            ("Total", 2021, 18.6, "CNY 100 million", "actual"),
            ("Total", 2022, 24.9, "CNY 100 million", "actual"),
            ("Total", 2023, 31.2, "CNY 100 million", "actual"),
            ("Total", 2024, 40.5, "CNY 100 million", "actual"),
            ("Total", 2025, 51.8, "CNY 100 million", "estimate"),
            ("Total", 2026, 64.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 33.9, "percent", 2021, 2022, 1.0),
            ("growth", 28.3, "percent", 2022, 2023, 1.0),
            ("growth", 29.8, "percent", 2023, 2024, 1.0),
            ("growth", 27.9, "percent", 2024, 2025, 1.0),
            ("growth", 23.6, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 24.9 / 18.6 - 1 = 33.87% -> 33.9
            # 31.2 / 24.9 - 1 = 25.30%; bounds (31.15 / 24.95) -> 24.85% .. (31.25 / 24.85) -> 25.75%; 28.3 out of reach
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 40.5 / 31.2 - 1 = 29.81% -> 29.8
            ("cagr|implied", "exact"),  # 51.8 / 40.5 - 1 = 27.90% -> 27.9
            ("cagr|implied", "exact"),  # 64.0 / 51.8 - 1 = 23.55% -> 23.6
        ],
    ),
    # 39. Markdown table (Seoul research house) with shares of the 2024 total; one share reached only by rounding;
    #     the 100.0 total share is no claim. Nowhere: KRW 614 billion and the exchange rate.
    dict(
        text=(
            "Korea AI property & construction technology market by segment (USD million)\n"
            "| Segment | 2023 | 2024 | Share of 2024 (%) |\n"
            "|---|---|---|---|\n"
            "| AI valuation & pricing | 108 | 142 | 31.6 |\n"
            "| Property search & listing | 95 | 118 | 26.2 |\n"
            "| Construction safety vision | 71 | 96 | 21.4 |\n"
            "| Smart building energy | 76 | 94 | 20.9 |\n"
            "| Total | 350 | 450 | 100.0 |\n"
            "Note: 2024 total equals about KRW 614 billion at KRW 1,364 per USD. Shares may not add to 100 because of "
            "rounding. Source: Hangang Research, January 2025."
        ),
        obs=[
            ("AI valuation & pricing", 2023, 108, "USD million", "actual"),
            ("AI valuation & pricing", 2024, 142, "USD million", "actual"),
            ("Property search & listing", 2023, 95, "USD million", "actual"),
            ("Property search & listing", 2024, 118, "USD million", "actual"),
            ("Construction safety vision", 2023, 71, "USD million", "actual"),
            ("Construction safety vision", 2024, 96, "USD million", "actual"),
            ("Smart building energy", 2023, 76, "USD million", "actual"),
            ("Smart building energy", 2024, 94, "USD million", "actual"),
            ("Total", 2023, 350, "USD million", "actual"),
            ("Total", 2024, 450, "USD million", "actual"),
        ],
        claims=[
            ("share", 31.6, "percent", 2024, 2024, None),
            ("share", 26.2, "percent", 2024, 2024, None),
            ("share", 21.4, "percent", 2024, 2024, None),
            ("share", 20.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),     # 142 / 450 = 31.56% -> 31.6
            ("arithmetic", "exact"),     # 118 / 450 = 26.22% -> 26.2
            # 96 / 450 = 21.33% -> 21.3, not 21.4; bounds (95.5 / 450.5) -> 21.20% .. (96.5 / 449.5) -> 21.47%
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),     # 94 / 450 = 20.89% -> 20.9
            ("hierarchy", "exact"),      # 2023: 108 + 95 + 71 + 76 = 350
            ("hierarchy", "exact"),      # 2024: 142 + 118 + 96 + 94 = 450
        ],
    ),
    # 40. Hong Kong space-aligned table (Traditional), HKD million, with a 2024 change column and a 合計 row.
    #     Nowhere: the note's exclusion and source date.
    dict(
        text=(
            "香港建造業AI應用市場規模（百萬港元）\n"
            "                       2023     2024     2025F    2024年增長\n"
            "工地安全影像分析        164      212      268      29.3%\n"
            "施工進度排程            118      143      171      21.2%\n"
            "BIM+AI設計協作           87      109      136      25.3%\n"
            "合計                    369      464      575      25.7%\n"
            "註：F為預測值；不包括硬件銷售。資料來源：本地研究機構，2025年2月。"
        ),
        obs=[
            ("工地安全影像分析", 2023, 164, "HKD million", "actual"),
            ("工地安全影像分析", 2024, 212, "HKD million", "actual"),
            ("工地安全影像分析", 2025, 268, "HKD million", "estimate"),
            ("施工進度排程", 2023, 118, "HKD million", "actual"),
            ("施工進度排程", 2024, 143, "HKD million", "actual"),
            ("施工進度排程", 2025, 171, "HKD million", "estimate"),
            ("BIM+AI設計協作", 2023, 87, "HKD million", "actual"),
            ("BIM+AI設計協作", 2024, 109, "HKD million", "actual"),
            ("BIM+AI設計協作", 2025, 136, "HKD million", "estimate"),
            ("合計", 2023, 369, "HKD million", "actual"),
            ("合計", 2024, 464, "HKD million", "actual"),
            ("合計", 2025, 575, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", 29.3, "percent", 2023, 2024, 1.0),
            ("growth", 21.2, "percent", 2023, 2024, 1.0),
            ("growth", 25.3, "percent", 2023, 2024, 1.0),
            ("growth", 25.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 212 / 164 - 1 = 29.27% -> 29.3
            ("cagr|implied", "exact"),  # 143 / 118 - 1 = 21.19% -> 21.2
            ("cagr|implied", "exact"),  # 109 / 87 - 1 = 25.29% -> 25.3
            ("cagr|implied", "exact"),  # 464 / 369 - 1 = 25.75% -> 25.7 (25.745)
            ("hierarchy", "exact"),     # 2023: 164 + 118 + 87 = 369
            ("hierarchy", "exact"),     # 2024: 212 + 143 + 109 = 464
            ("hierarchy", "exact"),     # 2025F: 268 + 171 + 136 = 575
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-fifty-second check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 5, 'rounding': 13, 'exact': 77}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'LONDON, 12 March 2025 /PRNewswire/',
    'recorded a year earlier',
    'a 34.7% share',
    'about 3.2x the 2024 level',
    'Kestrel Analytics, which uses a narrower definition',
    'at about $6.5 billion this year',
    'compounding at roughly 19% a year',
    '(21st edition), chapter 6',
    'revised its fiscal 2023 figure up to',
    'somewhere between US$1.05 billion and US$1.15 billion',
    "some 2.5 times last year's level",
    'which it describes as a compound annual growth',
    '规模力争突破300亿元，年均增速保持在27%左右',
    '其中商业综合体贡献72.9亿元，占比39.1%',
    '較2023年的32.9億元年增17.3%',
    '明年市場可達9.5億港元',
    '另一家研究機構Orbis Data則估計',
    '较2020年增长2倍',
    '同比下降3.6%',
    '| Total | 4.09 | 5.13 | 6.43 | 10.01 |',
    'Fiscal year     ¥ billion     YoY (%)',
    '合计同比增长（%）',
    'Global             1,380',
    '2025年（預估）',
    'We now size the total addressable market',
    'call it roughly 21% compound growth',
    'which we report as a compound annual growth rate of 24.5%',
    'USD 0.49 billion (38.6%) of the 2023 total',
    'more than 1.7x in two years',
    'roughly S$180 million of that (yes, SGD, not USD)',
    'in fiscal 2024 (the year ended March 31, 2025)',
    'a 2024-28E CAGR of 25.5%',
    'expects spending to pass',
    'they forecast $2.3-2.5bn for 2025',
    'BuildMetrics puts 2024 at $2.6bn',
    '$12.5B (2024) -> $31B (2030E)',
    '较上年的69.9亿元增长23.6%',
    '較前年的32.3億元成長19.5%',
    '約佔59%；住宅屋苑約佔三成',
    '更成長約3倍',
    '2024—2027年复合增速约31%',
    '现更正为251亿元',
    '较2021年增长2倍',
    'CAGR 2024-28F',
    'Building type\tFY2022\tFY2023\tFY2024E\tFY2026F',
    '年份        亿元      同比增长',
    '| Share of 2024 (%) |',
    '2024年增長',
)
LAYOUT = (40, 14, 14, 12)
#: the set's blind score (written without reading or running the extractor, and kept unread): 218
#: figures, 59 rates, 89 verdicts and 5 false inconsistent
#: after the readings chosen on it and the hundred-and-fifty-fourth set: 232, 63, 95 and 0
FLOORS = {"figures_found": 233, "rates_found": 63, "verdicts_right": 95}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset152.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
