"""A ninety-seventh check set for the extractor, written blind: spending guides and IT budgets as analyst firms and statistics
bodies publish them, in English and Chinese (Simplified and Traditional) -- worldwide and national spending forecasts
("IT spending is projected to total $5.61 trillion in 2025, an increase of 9.8% from 2024", 总支出规模, IT支出),
spending split by segment, industry, region or technology as parts of the total, the spending-forecast table with a
Spending and a Growth (%) column for each year, five-year CAGRs, and government budgets, venture funding, a company's
capital expenditure, survey answers and a quarter's figures as distractors.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. dated news on a worldwide AI spending guide: stated 2024-2029 CAGR with both amounts, a part ("banking")
    #    in prose; "more than half" (fraction in words), survey answer, headcount, "multibillion-dollar" nowhere
    dict(
        text=(
            "BOSTON, 18 September 2025 — Worldwide spending on artificial intelligence, including AI-enabled "
            "applications, infrastructure and related IT and business services, is heading for a steep climb, "
            "according to the new Worldwide AI Spending Guide from Halvorsen Data Group. The firm puts 2024 spending "
            "at $248.0 billion and expects it to reach $689.4 billion in 2029, a compound annual growth rate (CAGR) "
            "of 22.7% over the 2024-2029 forecast period. Software will account for more than half of the total "
            "throughout the forecast, and banking will remain the largest industry, spending $71.3 billion on AI "
            "solutions in 2029. Halvorsen's survey of 1,150 IT decision-makers found that 62% plan to increase their "
            "AI budgets next year. \"AI has become a multibillion-dollar line item in nearly every large "
            "enterprise,\" said research director Ilse Navarro."
        ),
        obs=[
            ("Total", 2024, 248.0, "USD billion", "actual"),
            ("Total", 2029, 689.4, "USD billion", "estimate"),
            ("Banking", 2029, 71.3, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (689.4/248.0)**(1/5)-1 = 22.689% -> 22.7
        ],
    ),
    # 2. dated news, "projected to total $5.43 trillion ... an increase of 9.4% from $4.97 trillion": rate exact only
    #    within rounding; a segment's growth with one amount; company revenue, headcount, a quarter nowhere
    dict(
        text=(
            "NEW YORK, 21 January 2026 — Worldwide IT spending is projected to total $5.43 trillion in 2026, an "
            "increase of 9.4% from $4.97 trillion in 2025, according to the latest forecast by Brightwater "
            "Analytics. Data centre systems will again be the fastest-growing segment, rising 18.2% to $512 billion "
            "as hyperscalers keep building out AI capacity. \"Budgets are not growing as fast as the headline "
            "suggests,\" said analyst Tomasz Reyes, noting that much of the increase reflects higher prices for "
            "servers and software rather than more units. Brightwater's own revenue rose to $1.9 billion last year, "
            "and the firm now employs 4,300 analysts. In the fourth quarter of 2025 alone, enterprises spent an "
            "estimated $1.31 trillion on IT."
        ),
        obs=[
            ("Total", 2026, 5.43, "USD trillion", "estimate"),
            ("Total", 2025, 4.97, "USD trillion", "actual"),
            ("Data centre systems", 2026, 512, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 9.4, "percent", 2025, 2026, 1.0),
            ("growth", 18.2, "percent", 2025, 2026, 1.0),  # only one amount printed: no verdict
        ],
        verdicts=[
            # 5.43/4.97-1 = 9.256% -> 9.3 != 9.4; bounds 5.425/4.975-1 = 9.045% .. 5.435/4.965-1 = 9.466%,
            # which reaches 9.35-9.45 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 3. UK cloud spending guide in pounds: "this year" (estimate) vs 2024; share of last year's total with no part
    #    amount; government programme, venture funding in a half-year, survey answer nowhere
    dict(
        text=(
            "LONDON, 9 June 2025 — UK organisations will spend £38.6 billion on public cloud services this year, "
            "19.1% more than the £32.4 billion they spent in 2024, according to Ashdown Research's UK cloud "
            "spending guide. Infrastructure-as-a-service accounted for 41% of last year's total, with "
            "software-as-a-service making up most of the rest. The figures exclude the government's £2 billion AI "
            "Opportunities programme, which Ashdown treats as a budget allocation rather than market spending. "
            "Separately, British cloud start-ups raised £1.2 billion in venture funding in the first half. Some 58% "
            "of the 640 finance directors Ashdown polled said their cloud bills had risen faster than expected."
        ),
        obs=[
            ("Total", 2025, 38.6, "GBP billion", "estimate"),
            ("Total", 2024, 32.4, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 19.1, "percent", 2024, 2025, 1.0),
            ("share", 41, "percent", 2024, 2024, None),  # IaaS share of 2024; part amount not printed: no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.6/32.4-1 = 19.136% -> 19.1
        ],
    ),
    # 4. security spending forecast whose printed rate its own amounts contradict (12.5% vs 14.6%); a segment
    #    amount; a quarter, percentage points and a share of IT budgets (no share of the market) nowhere
    dict(
        text=(
            "SINGAPORE, 12 August 2025 — Global end-user spending on information security is forecast to reach "
            "$244.2 billion in 2026, an increase of 12.5% from the $213.0 billion expected for 2025, according to "
            "Corvane Insight. Security services will remain the largest segment at $98.7 billion in 2026, while "
            "cloud security is set to grow fastest. Spending in the second quarter of 2025 came to $51.6 billion. "
            "Security's portion of the average enterprise IT budget rose 0.8 percentage points to 11.6% this year, "
            "Corvane said."
        ),
        obs=[
            ("Total", 2026, 244.2, "USD billion", "estimate"),
            ("Total", 2025, 213.0, "USD billion", "estimate"),  # "expected for" the dateline's year
            ("Security services", 2026, 98.7, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 12.5, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            # 244.2/213.0-1 = 14.648%; bounds 244.15/213.05-1 = 14.598% .. 244.25/212.95-1 = 14.698%;
            # 12.5 unreachable -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 5. earnings call: the company's total addressable market is the market (Total); approximate amounts,
    #    "about 55% from 2023 to 2028"; company revenue, its growth, margin, price target/upside, headcount nowhere
    dict(
        text=(
            "Meridian Silicon raised its outlook for the data-centre accelerator market on Wednesday's fiscal 2025 "
            "fourth-quarter earnings call. Chief executive Dana Whitcombe told analysts the company now sizes the "
            "total addressable market at $400 billion in 2028, up from roughly $45 billion in 2023, which implies a "
            "compound annual growth rate of about 55% from 2023 to 2028. Meridian itself booked $12.4 billion of "
            "revenue in the quarter, up 68% from a year earlier, and guided gross margin to 74%. Ravensworth "
            "Securities lifted its price target on the stock to $240, implying 18% upside. The company added 2,100 "
            "engineers during the year."
        ),
        obs=[
            ("Total", 2028, 400, "USD billion", "estimate"),
            ("Total", 2023, 45, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 55, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (400/45)**(1/5)-1 = 54.80% -> 55
        ],
    ),
    # 6. report excerpt on generative AI: "nearly fourfold" between two printed years (x4, no verdict); a part with
    #    share and amount (arithmetic); report number, title year, venture funding, vague opportunity nowhere
    dict(
        text=(
            "From the Corvane Insight 2026 Generative AI Spending Guide (report no. GA-2611): Enterprises worldwide "
            "spent $53 billion on generative AI software, services and infrastructure in 2025. Corvane forecasts "
            "that figure will reach $202 billion in 2028, nearly fourfold the 2025 level. Software will take 46% of "
            "generative AI spending in 2028, or $92.9 billion, with the remainder split between services and "
            "infrastructure. Venture investors poured $48 billion into generative AI start-ups in 2025, a sum "
            "Corvane excludes from its spending totals. For vendors, the firm calls generative AI \"a "
            "multibillion-dollar opportunity in every major industry\"."
        ),
        obs=[
            ("Total", 2025, 53, "USD billion", "actual"),
            ("Total", 2028, 202, "USD billion", "estimate"),
            ("Software", 2028, 92.9, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2025, 2028, 3.0),  # "nearly fourfold": no verdict
            ("share", 46, "percent", 2028, 2028, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 92.9/202 = 45.99% -> 46
        ],
    ),
    # 7. Japanese public cloud in yen by fiscal year: year-on-year rate and stated fiscal 2024-2029 CAGR, both with
    #    amounts; a government cloud budget and survey answers nowhere
    dict(
        text=(
            "TOKYO, 27 November 2025 — Japan's domestic public cloud services market reached ¥3,585 billion in "
            "fiscal 2024, according to Sakuragi Research Institute, and is expected to grow 17.6% to ¥4,216 billion "
            "in fiscal 2025. The institute projects spending of ¥7,830 billion in fiscal 2029, a compound annual "
            "growth rate of 16.9% over fiscal 2024-2029. Generative AI workloads are the main driver, it said, "
            "adding that the Digital Agency's ¥50 billion government cloud budget for fiscal 2025 is counted as a "
            "policy outlay rather than market spending. Among the 820 companies surveyed, 44% said they would move "
            "core systems to the cloud within three years."
        ),
        obs=[
            ("Total", 2024, 3585, "JPY billion", "actual"),
            ("Total", 2025, 4216, "JPY billion", "estimate"),
            ("Total", 2029, 7830, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 17.6, "percent", 2024, 2025, 1.0),
            ("cagr", 16.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4216/3585-1 = 17.601% -> 17.6
            ("cagr|period", "exact"),  # (7830/3585)**(1/5)-1 = 16.911% -> 16.9
        ],
    ),
    # 8. European data-centre spending in euros: "a rise of 14.5% on" exact only within rounding; a region with
    #    amount and share (arithmetic); EU programmes, vacancy rate and percentage points nowhere
    dict(
        text=(
            "FRANKFURT, 3 February 2026 — Spending on data-centre infrastructure in Europe climbed to €36.5 billion "
            "in 2025, a rise of 14.5% on the €31.9 billion recorded in 2024, according to Lindqvist & Moreau's "
            "annual spending guide. Germany accounted for €9.8 billion, or 27% of the total, ahead of the UK and "
            "France. The consultancy expects growth to slow to single digits this year as grid connections become "
            "the bottleneck. The European Commission's €20 billion InvestAI facility and €8 billion of AI "
            "'gigafactory' pledges are not included. Vacancy in Frankfurt fell 2.3 percentage points to 1.9%."
        ),
        obs=[
            ("Total", 2025, 36.5, "EUR billion", "actual"),
            ("Total", 2024, 31.9, "EUR billion", "actual"),
            ("Germany", 2025, 9.8, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 14.5, "percent", 2024, 2025, 1.0),
            ("share", 27, "percent", 2025, 2025, None),
        ],
        verdicts=[
            # 36.5/31.9-1 = 14.420% -> 14.4 != 14.5; bounds 36.45/31.95-1 = 14.085% .. 36.55/31.85-1 = 14.757%,
            # which reaches 14.45-14.55 -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 9.8/36.5 = 26.85% -> 27
        ],
    ),
    # 9. briefing-note bullets on chip-equipment spending: "set to total ... up 7.2% from", two forecast years, a
    #    region with "roughly 39%"; a foundry's capex and a quarter's billings nowhere
    dict(
        text=(
            "Briefing note — Semiconductor manufacturing equipment (Kestrel Fab Insights, 10 December 2025)\n"
            "- Worldwide spending on wafer-fab and back-end equipment is set to total $125.6 billion in 2025, up "
            "7.2% from $117.2 billion in 2024.\n"
            "- Kestrel forecasts $133.0 billion for 2026 and $145.2 billion for 2027.\n"
            "- China remains the largest region at $49.2 billion this year, roughly 39% of the total, though its "
            "lead is narrowing.\n"
            "- Norvant Foundry alone plans capital expenditure of $42 billion in 2026.\n"
            "- Third-quarter billings were $33.7 billion."
        ),
        obs=[
            ("Total", 2025, 125.6, "USD billion", "estimate"),
            ("Total", 2024, 117.2, "USD billion", "actual"),
            ("Total", 2026, 133.0, "USD billion", "estimate"),
            ("Total", 2027, 145.2, "USD billion", "estimate"),
            ("China", 2025, 49.2, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 7.2, "percent", 2024, 2025, 1.0),
            ("share", 39, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 125.6/117.2-1 = 7.167% -> 7.2
            ("arithmetic", "exact"),  # 49.2/125.6 = 39.17% -> 39
        ],
    ),
    # 10. Simplified Chinese: 中国人工智能市场总支出规模 in 亿元 with stated 2025—2029 CAGR; an industry part;
    #     two shares of generative AI (由19%提升至38%); 调研 answer and 千亿级 nowhere
    dict(
        text=(
            "2026年3月12日，咨询机构泓睿智库发布《中国人工智能支出指南》。报告显示，2025年中国人工智能市场总支出规模为"
            "3,480亿元，预计到2029年将增至8,120亿元，2025—2029年复合增长率为23.6%。其中，生成式人工智能支出占比将由"
            "2025年的19%提升至2029年的38%。从行业看，金融业仍是投入最大的行业，2029年支出预计达到1,236亿元。调研显示，"
            "67%的受访企业计划明年增加人工智能预算，泓睿认为这是一个千亿级的市场机会。"
        ),
        obs=[
            ("Total", 2025, 3480, "CNY 100 million", "actual"),
            ("Total", 2029, 8120, "CNY 100 million", "estimate"),
            ("金融业", 2029, 1236, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23.6, "percent", 2025, 2029, None, "stated"),
            ("share", 19, "percent", 2025, 2025, None),
            ("share", 38, "percent", 2029, 2029, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (8120/3480)**(1/4)-1 = 23.593% -> 23.6
        ],
    ),
    # 11. Simplified Chinese newspaper item: 亿元 series later printed in 万亿元 (突破1.02万亿元 -> 10200), growth
    #     from 2023, CAGR inferred from its amounts' years; special funds, a cloud vendor's capex, 百分点 nowhere
    dict(
        text=(
            "本报北京2025年1月8日电（记者 林晓雯） 记者从中国信息产业研究会了解到，2024年我国企业级云计算支出达到"
            "6,890亿元，较2023年的5,750亿元增长19.8%。研究会预计，2026年这一规模将突破1.02万亿元，年均复合增长率约"
            "21.7%。为支持算力建设，有关部门今年安排专项资金50亿元；云服务商星河云去年资本开支达到380亿元。公有云在企业"
            "IT支出中的比重提升了2.6个百分点。"
        ),
        obs=[
            ("Total", 2024, 6890, "CNY 100 million", "actual"),
            ("Total", 2023, 5750, "CNY 100 million", "actual"),
            ("Total", 2026, 10200, "CNY 100 million", "estimate"),  # 1.02万亿元 in the series' 亿元
        ],
        claims=[
            ("growth", 19.8, "percent", 2023, 2024, 1.0),
            ("cagr", 21.7, "percent", 2024, 2026, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6890/5750-1 = 19.826% -> 19.8
            ("cagr|period", "exact"),  # (10200/6890)**(1/2)-1 = 21.672% -> 21.7
        ],
    ),
    # 12. Traditional Chinese (Taiwan): 資安支出 in 新台幣億元, 成長11.6% exact only within rounding; a part with share
    #     (arithmetic); ministry budget, survey answer, a vendor's quarterly revenue nowhere
    dict(
        text=(
            "【台北訊】產業研究機構瀚研國際2025年10月15日發布報告，預估2026年台灣企業資安支出將達新台幣1,052億元，較"
            "2025年的942億元成長11.6%。其中資安服務支出約新台幣468億元，占整體比重約44.5%。數位發展部明年另編列資安"
            "預算新台幣40億元，不計入企業支出。報告指出，受訪企業中有71%表示將增加資安投資；本土資安廠商冠碩科技第三季"
            "營收則為新台幣12.3億元。"
        ),
        obs=[
            ("Total", 2026, 1052, "TWD 100 million", "estimate"),
            ("Total", 2025, 942, "TWD 100 million", "estimate"),  # the dateline's year, not over
            ("資安服務", 2026, 468, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 11.6, "percent", 2025, 2026, 1.0),
            ("share", 44.5, "percent", 2026, 2026, None),
        ],
        verdicts=[
            # 1052/942-1 = 11.677% -> 11.7 != 11.6; bounds 1051.5/942.5-1 = 11.565% .. 1052.5/941.5-1 = 11.790%,
            # which reaches 11.55-11.65 -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 468/1052 = 44.487% -> 44.5
        ],
    ),
    # 13. Traditional Chinese (Hong Kong): 億港元 public cloud, stated 2025至2030 CAGR its amounts contradict
    #     (19.6% vs 17.9%); government grant, a quarter, survey answer nowhere
    dict(
        text=(
            "香港雲端運算協會委託卓衡研究編製、於2026年2月發表的《香港雲端支出指引》指出，2025年本港企業在公共雲服務上的"
            "支出達182億港元，預計2030年將增至415億港元，2025至2030年的複合年增長率為19.6%。特區政府早前宣布撥款30億"
            "港元推動人工智能資助計劃，但該筆款項並未計入市場支出。今年首季，企業雲端支出約為48億港元。在受訪的300家企業"
            "中，有55%表示計劃擴大雲端預算。"
        ),
        obs=[
            ("Total", 2025, 182, "HKD 100 million", "actual"),
            ("Total", 2030, 415, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.6, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            # (415/182)**(1/5)-1 = 17.922%; bounds (414.5/182.5)**0.2-1 = 17.829% .. (415.5/181.5)**0.2-1 =
            # 18.015%; 19.6 unreachable -> inconsistent
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 14. Simplified Chinese white paper on 智算中心投资规模: 较2021年增长3倍 between two printed amounts (x4), a part
    #     with 约65% (arithmetic), 今年 and 明年 estimates; project count nowhere
    dict(
        text=(
            "2025年11月20日，华衍研究院发布《智算中心投资白皮书》。白皮书显示，2021年我国智算中心投资规模为420亿元，"
            "2024年达到1,680亿元，较2021年增长3倍。其中服务器采购约1,090亿元，占比约65%。研究院预计今年投资规模约为"
            "2,150亿元，明年有望突破2,600亿元。白皮书还统计了全国在建智算中心项目共计186个。"
        ),
        obs=[
            ("Total", 2021, 420, "CNY 100 million", "actual"),
            ("Total", 2024, 1680, "CNY 100 million", "actual"),
            ("Total", 2025, 2150, "CNY 100 million", "estimate"),
            ("Total", 2026, 2600, "CNY 100 million", "estimate"),
            ("服务器采购", 2024, 1090, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2021, 2024, 3.0),  # 增长3倍 between two amounts -> x4; no verdict
            ("share", 65, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1090/1680 = 64.88% -> 65
        ],
    ),
    # 15. pipe table "Table 1: Worldwide IT Spending Forecast (Millions of U.S. Dollars)" with Spending and
    #     Growth (%) per year and an "Overall IT" total row; table number and survey note nowhere
    dict(
        text=(
            "Table 1: Worldwide IT Spending Forecast (Millions of U.S. Dollars)\n"
            "\n"
            "| Segment | 2025 Spending | 2025 Growth (%) | 2026 Spending | 2026 Growth (%) |\n"
            "|---|---|---|---|---|\n"
            "| Data Center Systems | 489,450 | 44.8 | 581,230 | 18.8 |\n"
            "| Devices | 790,120 | 9.1 | 836,900 | 5.9 |\n"
            "| Software | 1,247,880 | 13.9 | 1,425,330 | 14.2 |\n"
            "| IT Services | 1,716,210 | 8.7 | 1,868,980 | 8.9 |\n"
            "| Communications Services | 1,276,340 | 3.6 | 1,325,780 | 3.9 |\n"
            "| Overall IT | 5,520,000 | 11.1 | 6,038,220 | 9.4 |\n"
            "\n"
            "Source: Brightwater Analytics (October 2025). Note 2: 62% of the 1,420 CIOs surveyed expect flat "
            "headcount in 2026."
        ),
        obs=[
            ("Data Center Systems", 2025, 489450, "USD million", "estimate"),
            ("Data Center Systems", 2026, 581230, "USD million", "estimate"),
            ("Devices", 2025, 790120, "USD million", "estimate"),
            ("Devices", 2026, 836900, "USD million", "estimate"),
            ("Software", 2025, 1247880, "USD million", "estimate"),
            ("Software", 2026, 1425330, "USD million", "estimate"),
            ("IT Services", 2025, 1716210, "USD million", "estimate"),
            ("IT Services", 2026, 1868980, "USD million", "estimate"),
            ("Communications Services", 2025, 1276340, "USD million", "estimate"),
            ("Communications Services", 2026, 1325780, "USD million", "estimate"),
            ("Overall IT", 2025, 5520000, "USD million", "estimate"),
            ("Overall IT", 2026, 6038220, "USD million", "estimate"),
        ],
        claims=[
            # 2025 growth columns: 2024 amounts not printed, no verdicts
            ("growth", 44.8, "percent", 2024, 2025, 1.0),
            ("growth", 9.1, "percent", 2024, 2025, 1.0),
            ("growth", 13.9, "percent", 2024, 2025, 1.0),
            ("growth", 8.7, "percent", 2024, 2025, 1.0),
            ("growth", 3.6, "percent", 2024, 2025, 1.0),
            ("growth", 11.1, "percent", 2024, 2025, 1.0),
            # 2026 growth columns, both amounts printed
            ("growth", 18.8, "percent", 2025, 2026, 1.0),
            ("growth", 5.9, "percent", 2025, 2026, 1.0),
            ("growth", 14.2, "percent", 2025, 2026, 1.0),
            ("growth", 8.9, "percent", 2025, 2026, 1.0),
            ("growth", 3.9, "percent", 2025, 2026, 1.0),
            ("growth", 9.4, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 581230/489450-1 = 18.752% -> 18.8
            ("cagr|implied", "exact"),  # 836900/790120-1 = 5.921% -> 5.9
            ("cagr|implied", "exact"),  # 1425330/1247880-1 = 14.220% -> 14.2
            ("cagr|implied", "exact"),  # 1868980/1716210-1 = 8.902% -> 8.9
            ("cagr|implied", "exact"),  # 1325780/1276340-1 = 3.874% -> 3.9
            ("cagr|implied", "exact"),  # 6038220/5520000-1 = 9.388% -> 9.4
            ("hierarchy", "exact"),  # 2025: 489450+790120+1247880+1716210+1276340 = 5,520,000
            ("hierarchy", "exact"),  # 2026: 581230+836900+1425330+1868980+1325780 = 6,038,220
        ],
    ),
    # 16. tab-separated Simplified Chinese table: 2025年AI支出行业分布 in 亿元 with 占比 per row and a 合计 row;
    #     the 100% total is no claim; table number nowhere
    dict(
        text=(
            "泓睿智库2026年3月发布的报告按行业拆分了去年的人工智能支出。\n"
            "表3 2025年中国人工智能支出行业分布（单位：亿元）\n"
            "行业\t支出\t占比\n"
            "金融\t842\t23.3%\n"
            "制造\t681\t18.8%\n"
            "政府\t559\t15.5%\n"
            "电信\t418\t11.6%\n"
            "其他\t1,115\t30.8%\n"
            "合计\t3,615\t100.0%"
        ),
        obs=[
            ("金融", 2025, 842, "CNY 100 million", "actual"),
            ("制造", 2025, 681, "CNY 100 million", "actual"),
            ("政府", 2025, 559, "CNY 100 million", "actual"),
            ("电信", 2025, 418, "CNY 100 million", "actual"),
            ("其他", 2025, 1115, "CNY 100 million", "actual"),
            ("合计", 2025, 3615, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 23.3, "percent", 2025, 2025, None),
            ("share", 18.8, "percent", 2025, 2025, None),
            ("share", 15.5, "percent", 2025, 2025, None),
            ("share", 11.6, "percent", 2025, 2025, None),
            ("share", 30.8, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 842/3615 = 23.292% -> 23.3
            ("arithmetic", "exact"),  # 681/3615 = 18.838% -> 18.8
            ("arithmetic", "exact"),  # 559/3615 = 15.463% -> 15.5
            ("arithmetic", "exact"),  # 418/3615 = 11.563% -> 11.6
            ("arithmetic", "exact"),  # 1115/3615 = 30.844% -> 30.8
            ("hierarchy", "exact"),  # 842+681+559+418+1115 = 3615
        ],
    ),
    # 17. space-aligned English table: public cloud spending by region, three years and a "CAGR 2024-29" column,
    #     "Worldwide" total row
    dict(
        text=(
            "Public cloud end-user spending by region, 2024-2029 (US$ billion)\n"
            "\n"
            "Region              2024     2025      2029   CAGR 2024-29\n"
            "North America      331.2    390.4     742.0       17.5%\n"
            "Western Europe     139.8    167.1     345.6       19.8%\n"
            "Asia/Pacific       118.5    144.9     322.7       22.2%\n"
            "Rest of world       55.3     66.8     140.9       20.6%\n"
            "Worldwide          644.8    769.2   1,551.2       19.2%\n"
            "\n"
            "Source: Tidemark Research, Cloud Spending Guide, March 2025."
        ),
        obs=[
            ("North America", 2024, 331.2, "USD billion", "actual"),
            ("North America", 2025, 390.4, "USD billion", "estimate"),
            ("North America", 2029, 742.0, "USD billion", "estimate"),
            ("Western Europe", 2024, 139.8, "USD billion", "actual"),
            ("Western Europe", 2025, 167.1, "USD billion", "estimate"),
            ("Western Europe", 2029, 345.6, "USD billion", "estimate"),
            ("Asia/Pacific", 2024, 118.5, "USD billion", "actual"),
            ("Asia/Pacific", 2025, 144.9, "USD billion", "estimate"),
            ("Asia/Pacific", 2029, 322.7, "USD billion", "estimate"),
            ("Rest of world", 2024, 55.3, "USD billion", "actual"),
            ("Rest of world", 2025, 66.8, "USD billion", "estimate"),
            ("Rest of world", 2029, 140.9, "USD billion", "estimate"),
            ("Worldwide", 2024, 644.8, "USD billion", "actual"),
            ("Worldwide", 2025, 769.2, "USD billion", "estimate"),
            ("Worldwide", 2029, 1551.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.5, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.8, "percent", 2024, 2029, None, "stated"),
            ("cagr", 22.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 20.6, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.2, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (742.0/331.2)**0.2-1 = 17.507% -> 17.5
            ("cagr|period", "exact"),  # (345.6/139.8)**0.2-1 = 19.843% -> 19.8
            ("cagr|period", "exact"),  # (322.7/118.5)**0.2-1 = 22.185% -> 22.2
            ("cagr|period", "exact"),  # (140.9/55.3)**0.2-1 = 20.569% -> 20.6
            ("cagr|period", "exact"),  # (1551.2/644.8)**0.2-1 = 19.192% -> 19.2
            ("hierarchy", "exact"),  # 2024: 331.2+139.8+118.5+55.3 = 644.8
            ("hierarchy", "exact"),  # 2025: 390.4+167.1+144.9+66.8 = 769.2
            ("hierarchy", "exact"),  # 2029: 742.0+345.6+322.7+140.9 = 1551.2
        ],
    ),
    # 18. space-aligned Traditional Chinese table: 臺灣生成式AI支出 by segment in 新臺幣億元, 2025年 and 2026年(F),
    #     年增率 per row with one row its amounts contradict (軟體 39.0% vs 37.0%), 總計 row; table number nowhere
    dict(
        text=(
            "表二、臺灣生成式AI支出預估（單位：新臺幣億元）\n"
            "項目      2025年    2026年(F)    年增率\n"
            "硬體       412.6       538.2     30.4%\n"
            "軟體       176.3       241.5     39.0%\n"
            "服務       148.9       197.8     32.8%\n"
            "總計       737.8       977.5     32.5%\n"
            "資料來源：瀚研國際，2025年11月"
        ),
        obs=[
            ("硬體", 2025, 412.6, "TWD 100 million", "estimate"),
            ("硬體", 2026, 538.2, "TWD 100 million", "estimate"),
            ("軟體", 2025, 176.3, "TWD 100 million", "estimate"),
            ("軟體", 2026, 241.5, "TWD 100 million", "estimate"),
            ("服務", 2025, 148.9, "TWD 100 million", "estimate"),
            ("服務", 2026, 197.8, "TWD 100 million", "estimate"),
            ("總計", 2025, 737.8, "TWD 100 million", "estimate"),
            ("總計", 2026, 977.5, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.4, "percent", 2025, 2026, 1.0),
            ("growth", 39.0, "percent", 2025, 2026, 1.0),
            ("growth", 32.8, "percent", 2025, 2026, 1.0),
            ("growth", 32.5, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 538.2/412.6-1 = 30.441% -> 30.4
            # 241.5/176.3-1 = 36.982%; bounds 241.45/176.35-1 = 36.915% .. 241.55/176.25-1 = 37.050%;
            # 39.0 unreachable -> inconsistent
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 197.8/148.9-1 = 32.841% -> 32.8
            ("cagr|implied", "exact"),  # 977.5/737.8-1 = 32.488% -> 32.5
            ("hierarchy", "exact"),  # 2025: 412.6+176.3+148.9 = 737.8
            ("hierarchy", "exact"),  # 2026: 538.2+241.5+197.8 = 977.5
        ],
    ),
    # 19. tab-separated English table: security spending by segment in US$ billion, 2024 and 2025 with a quarter
    #     column (nowhere) and a growth column; one rate exact only within rounding; "Total" row
    dict(
        text=(
            "Worldwide security spending by segment, US$ billion (Corvane Insight, published 14 July 2025)\n"
            "Segment\t2024\t2025\tQ2 2025\tGrowth (%)\n"
            "Security services\t86.4\t97.9\t23.8\t13.3\n"
            "Network security\t22.1\t24.6\t6.0\t11.3\n"
            "Identity access management\t17.8\t20.2\t4.9\t13.5\n"
            "Cloud security\t6.0\t7.1\t1.7\t18.8\n"
            "Other\t51.5\t56.3\t13.9\t9.3\n"
            "Total\t183.8\t206.1\t50.3\t12.1"
        ),
        obs=[
            ("Security services", 2024, 86.4, "USD billion", "actual"),
            ("Security services", 2025, 97.9, "USD billion", "estimate"),
            ("Network security", 2024, 22.1, "USD billion", "actual"),
            ("Network security", 2025, 24.6, "USD billion", "estimate"),
            ("Identity access management", 2024, 17.8, "USD billion", "actual"),
            ("Identity access management", 2025, 20.2, "USD billion", "estimate"),
            ("Cloud security", 2024, 6.0, "USD billion", "actual"),
            ("Cloud security", 2025, 7.1, "USD billion", "estimate"),
            ("Other", 2024, 51.5, "USD billion", "actual"),
            ("Other", 2025, 56.3, "USD billion", "estimate"),
            ("Total", 2024, 183.8, "USD billion", "actual"),
            ("Total", 2025, 206.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 13.3, "percent", 2024, 2025, 1.0),
            ("growth", 11.3, "percent", 2024, 2025, 1.0),
            ("growth", 13.5, "percent", 2024, 2025, 1.0),
            ("growth", 18.8, "percent", 2024, 2025, 1.0),
            ("growth", 9.3, "percent", 2024, 2025, 1.0),
            ("growth", 12.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 97.9/86.4-1 = 13.310% -> 13.3
            ("cagr|implied", "exact"),  # 24.6/22.1-1 = 11.312% -> 11.3
            ("cagr|implied", "exact"),  # 20.2/17.8-1 = 13.483% -> 13.5
            # 7.1/6.0-1 = 18.333% -> 18.3 != 18.8; bounds 7.05/6.05-1 = 16.529% .. 7.15/5.95-1 = 20.168%,
            # which reaches 18.75-18.85 -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 56.3/51.5-1 = 9.320% -> 9.3
            ("cagr|implied", "exact"),  # 206.1/183.8-1 = 12.133% -> 12.1
            ("hierarchy", "exact"),  # 2024: 86.4+22.1+17.8+6.0+51.5 = 183.8
            ("hierarchy", "exact"),  # 2025: 97.9+24.6+20.2+7.1+56.3 = 206.1
        ],
    ),
    # 20. Simplified Chinese pipe table: 数据中心投资 by region in 亿元, 2024年 and 2025年E with 同比增速 and a 合计 row
    #     whose 2024 figure matches its rows only within rounding
    dict(
        text=(
            "全国数据中心投资规模分区域情况\n"
            "| 区域 | 2024年（亿元） | 2025年E（亿元） | 同比增速 |\n"
            "|---|---|---|---|\n"
            "| 东部 | 1,236.4 | 1,402.8 | 13.5% |\n"
            "| 中部 | 412.7 | 489.3 | 18.6% |\n"
            "| 西部 | 587.9 | 735.6 | 25.1% |\n"
            "| 东北 | 98.3 | 106.2 | 8.0% |\n"
            "| 合计 | 2,335.4 | 2,733.9 | 17.1% |\n"
            "数据来源：华衍研究院，2025年6月。"
        ),
        obs=[
            ("东部", 2024, 1236.4, "CNY 100 million", "actual"),
            ("东部", 2025, 1402.8, "CNY 100 million", "estimate"),
            ("中部", 2024, 412.7, "CNY 100 million", "actual"),
            ("中部", 2025, 489.3, "CNY 100 million", "estimate"),
            ("西部", 2024, 587.9, "CNY 100 million", "actual"),
            ("西部", 2025, 735.6, "CNY 100 million", "estimate"),
            ("东北", 2024, 98.3, "CNY 100 million", "actual"),
            ("东北", 2025, 106.2, "CNY 100 million", "estimate"),
            ("合计", 2024, 2335.4, "CNY 100 million", "actual"),
            ("合计", 2025, 2733.9, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 13.5, "percent", 2024, 2025, 1.0),
            ("growth", 18.6, "percent", 2024, 2025, 1.0),
            ("growth", 25.1, "percent", 2024, 2025, 1.0),
            ("growth", 8.0, "percent", 2024, 2025, 1.0),
            ("growth", 17.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1402.8/1236.4-1 = 13.458% -> 13.5
            ("cagr|implied", "exact"),  # 489.3/412.7-1 = 18.561% -> 18.6
            ("cagr|implied", "exact"),  # 735.6/587.9-1 = 25.123% -> 25.1
            ("cagr|implied", "exact"),  # 106.2/98.3-1 = 8.037% -> 8.0
            ("cagr|implied", "exact"),  # 2733.9/2335.4-1 = 17.063% -> 17.1
            # 2024: 1236.4+412.7+587.9+98.3 = 2335.3 != 2335.4; with each part +/-0.05 the sum spans
            # 2335.1 .. 2335.5, which reaches 2335.4 -> rounding
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025: 1402.8+489.3+735.6+106.2 = 2733.9
        ],
    ),
    # 21. English AI spending-guide press release: 2024 base and 2028 forecast with a stated 2024-2028 CAGR,
    #    "more than double between 2024 and 2028" (multiple x2), a part ("banking ... with $61.3 billion");
    #    distractors: "more than half" (fraction in words), 62% of CIOs (survey), headcount, venture round
    dict(
        text=(
            "BRIDGEWATER, 19 August 2025 — Worldwide spending on artificial intelligence, counting AI-enabled "
            "applications, infrastructure and the related IT and business services, will more than double between "
            "2024 and 2028, according to the latest Worldwide AI Spending Guide from Halvorsen Data Group (HDG). "
            "Buyers spent $224 billion last year, and HDG expects the total to reach $598 billion in 2028, a "
            "2024-2028 compound annual growth rate of 27.8%. Software will account for more than half of the total "
            "throughout the forecast, while banking will remain the largest industry, with $61.3 billion of spending "
            "in 2028. A survey run for the guide found that 62% of CIOs plan to raise their AI budgets next year. "
            "HDG, which now employs 1,150 analysts, did not count the $1.1 billion Series D raised by the model "
            "start-up Quillmark in July."
        ),
        obs=[
            ("Total", 2024, 224, "USD billion", "actual"),
            ("Total", 2028, 598, "USD billion", "estimate"),
            ("Banking", 2028, 61.3, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 27.8, "percent", 2024, 2028, None, "stated"),
            ("multiple", 2.0, "multiple", 2024, 2028, 4.0),  # "more than double"; 598/224 = 2.67, no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (598/224)**(1/4)-1 = 27.824% -> 27.8;
                                        # bounds (597.5/224.5)..(598.5/223.5) -> 27.726%..27.922%
        ],
    ),
    # 22. English IT-spending forecast: "projected to total $5.43 trillion in 2025, an increase of 9.8% from 2024,
    #    when buyers spent $4.89 trillion" -- the rate its own figures contradict (inconsistent); a segment in
    #    USD billion with a one-amount growth; distractors: percentage points, fourth quarter, hyperscaler capex
    dict(
        text=(
            "NORWALK, Conn., 21 January 2025 — Worldwide IT spending is projected to total $5.43 trillion in 2025, "
            "an increase of 9.8% from 2024, when buyers spent $4.89 trillion, according to the latest forecast "
            "from Corrigan & Vale. Data centre systems will be the fastest-growing segment, with spending set to "
            "rise 23.2% to $405.5 billion as hyperscalers build out AI capacity. The firm lifted its growth "
            "estimate by 1.6 percentage points from its October outlook. Fourth-quarter spending alone came to "
            "$1.31 trillion, and the three largest cloud providers have guided to more than $250 billion of "
            "combined capital expenditure this year."
        ),
        obs=[
            ("Total", 2025, 5.43, "USD trillion", "estimate"),
            ("Total", 2024, 4.89, "USD trillion", "actual"),
            ("Data centre systems", 2025, 405.5, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 9.8, "percent", 2024, 2025, 1.0),
            ("growth", 23.2, "percent", 2024, 2025, 1.0),  # data centre systems; 2024 amount not printed, no verdict
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 5.43/4.89-1 = 11.043%; bounds 5.425/4.895-1 = 10.827% ..
                                               # 25.435/4.885-1 = 11.259%; 9.8 (9.75..9.85) out of reach
        ],
    ),
    # 23. English European security spending: "last year" actual, a range for "this year" (two value claims),
    #    a part with its share whose part and whole are printed; distractors: fourth quarter, EU programme,
    #    a start-up's venture round, survey answer
    dict(
        text=(
            "LONDON, 3 March 2026 — European organisations spent €41.7 billion on security products and services "
            "last year, according to the spending tracker run by Aldgate Insight, and the firm expects between "
            "€46 billion and €48 billion this year as NIS2 obligations bite. Managed security services remained "
            "the largest segment last year at €13.8 billion, or 33% of the total. Fourth-quarter spending alone "
            "reached €11.9 billion. The European Commission's separate €1.2 billion cyber-resilience programme is "
            "not counted, nor is the $210 million that Dublin start-up Kestrel Shield raised in January. Aldgate "
            "says 71% of the security chiefs it polled expect their budgets to rise faster than overall IT."
        ),
        obs=[
            ("Total", 2025, 41.7, "EUR billion", "actual"),
            ("Managed security services", 2025, 13.8, "EUR billion", "actual"),
        ],
        claims=[
            ("value", 46, "EUR billion", 2026, 2026, None),
            ("value", 48, "EUR billion", 2026, 2026, None),
            ("share", 33.0, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 13.8/41.7 = 33.09% -> 33
        ],
    ),
    # 24. English investor day: a company's total addressable market (Total) for 2024 and 2027 with a compound
    #    rate whose span only the amounts give (inferred, cagr|period), exact only within rounding;
    #    distractors: company revenue, share target, "multibillion-dollar opportunity", price target and upside
    dict(
        text=(
            "At its investor day in Austin on 12 November 2025, Norvell Systems sized the total addressable market "
            "for data-centre networking at $74 billion in 2027, up from $49 billion in 2024, which management "
            "described as compound growth of 14.9% a year. Norvell's own revenue was $8.2 billion in fiscal 2025, "
            "and the company reiterated its target of a 40% share of the switching segment. Chief executive Dana "
            "Okafor called AI back-end networks \"a multibillion-dollar opportunity on their own\". Analysts at "
            "Pelham Street kept a $145 price target on the stock, implying 18% upside."
        ),
        obs=[
            ("Total", 2024, 49, "USD billion", "actual"),
            ("Total", 2027, 74, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 14.9, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "rounding"),  # (74/49)**(1/3)-1 = 14.730% -> 14.7, not 14.9;
                                          # bounds (73.5/49.5)**(1/3)-1 = 14.085% .. (74.5/48.5)**(1/3)-1 = 15.382%
                                          # -> 14.9 reachable
        ],
    ),
    # 25. English Asia-Pacific AI guide: total and a generative-AI part in 2028 with its share (part and whole
    #    printed), a 2024 base and a "3.6-fold" multiple; distractors: rupee figure, survey answer, a quarter's rate
    dict(
        text=(
            "SINGAPORE, 8 April 2025 — Spending on AI across Asia-Pacific will climb to $188 billion in 2028, with "
            "generative AI taking $54.5 billion, or 29% of the total, according to Meridian Pacific Research's AI "
            "spending guide. Generative AI outlays stood at $15.1 billion in 2024, so the segment's spending is set "
            "to multiply 3.6-fold between 2024 and 2028. India's spending, which Meridian tracks in rupees, is "
            "expected to reach ₹1.1 lakh crore. The guide notes that 38% of surveyed firms already run a generative "
            "model in production, and that Q4 2024 spending rose 31% year on year."
        ),
        obs=[
            ("Total", 2028, 188, "USD billion", "estimate"),
            ("Generative AI", 2028, 54.5, "USD billion", "estimate"),
            ("Generative AI", 2024, 15.1, "USD billion", "actual"),
        ],
        claims=[
            ("share", 29.0, "percent", 2028, 2028, None),
            ("multiple", 3.6, "multiple", 2024, 2028, 4.0),  # 54.5/15.1 = 3.61; multiples get no verdict
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 54.5/188 = 28.99% -> 29
        ],
    ),
    # 26. Simplified Chinese AI spending guide: 中国人工智能市场总支出规模 2024 and 2029 with a stated five-year
    #    CAGR printed to one decimal; a part (金融业); distractors: 一半以上, 67%的受访企业, 个百分点, 千亿级
    dict(
        text=(
            "北京，2025年7月8日——国际数据机构“衡策数据”最新发布的《中国人工智能支出指南》显示，2024年中国人工智能"
            "市场总支出规模为2870亿元，预计到2029年将增至7130亿元，2024—2029年五年复合增长率为20.0%。从技术维度看，"
            "硬件支出仍将占据一半以上；从行业看，金融业将是投入最大的行业，2029年支出预计达到1120亿元。报告援引的"
            "调研显示，67%的受访企业计划在未来一年增加AI预算。衡策数据同时指出，生成式AI在总支出中的比重较上年提高"
            "了4.2个百分点，行业整体正迈向千亿级应用市场。"
        ),
        obs=[
            ("Total", 2024, 2870, "CNY 100 million", "actual"),
            ("Total", 2029, 7130, "CNY 100 million", "estimate"),
            ("金融业", 2029, 1120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (7130/2870)**(1/5)-1 = 19.961% -> 20.0;
                                        # bounds (7129.5/2870.5)..(7130.5/2869.5) -> 19.956%..19.967%
        ],
    ),
    # 27. Simplified Chinese IT budget report: 去年 9860亿元, 今年 "突破1.05万亿元" (series unit 亿元 -> 10500),
    #    同比增长6.9% exact only within rounding of 1.05万亿; parts 软件/IT服务 (约); distractors: 一季度 figure
    #    and rate, a government budget line
    dict(
        text=(
            "上海，2025年2月——咨询公司“启衡研究”发布的年度IT预算报告称，去年中国IT支出规模为9860亿元；受算力投资"
            "拉动，今年有望突破1.05万亿元，同比增长6.9%。其中，软件约2450亿元，IT服务约2980亿元。报告同时提到，"
            "一季度国内企业IT采购额为2130亿元，同比增长5.1%。值得注意的是，地方政府今年安排的数字政府专项预算合计"
            "约380亿元，并未计入上述市场规模。"
        ),
        obs=[
            ("Total", 2024, 9860, "CNY 100 million", "actual"),
            ("Total", 2025, 10500, "CNY 100 million", "estimate"),  # 1.05万亿元 in the series' 亿元
            ("软件", 2025, 2450, "CNY 100 million", "estimate"),
            ("IT服务", 2025, 2980, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 6.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 10500/9860-1 = 6.491% -> 6.5, not 6.9; 1.05万亿 is +-0.005万亿 (50亿):
                                           # bounds 10450/9860.5-1 = 5.978% .. 10550/9859.5-1 = 7.003% -> 6.9 reachable
        ],
    ),
    # 28. Simplified Chinese data-centre investment: 投资规模 2024 with a part (IT设备) and its 占比 (part and whole
    #    printed), 2025 forecast with 同比增长; distractors: a cloud firm's 资本开支, headcount, 数千亿元
    dict(
        text=(
            "广州，2025年1月15日——据研究机构“中科衡远”统计，2024年我国数据中心投资规模为3200亿元，其中IT设备"
            "1790亿元，占比56%。该机构预计，2025年投资规模将增至3650亿元，同比增长14.1%。某头部云厂商去年资本开支"
            "超过760亿元，其数据中心员工已逾1.2万人。业内人士认为，“东数西算”工程带动的投资空间可达数千亿元。"
        ),
        obs=[
            ("Total", 2024, 3200, "CNY 100 million", "actual"),
            ("IT设备", 2024, 1790, "CNY 100 million", "actual"),
            ("Total", 2025, 3650, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 56.0, "percent", 2024, 2024, None),
            ("growth", 14.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 1790/3200 = 55.94% -> 56
            ("cagr|implied", "exact"),  # 3650/3200-1 = 14.0625% -> 14.1 (bounds 14.029%..14.096%)
        ],
    ),
    # 29. Simplified Chinese security spending: 2024 vs 2023 growth its own amounts contradict (inconsistent),
    #    a 左右 forecast for 今年; distractors: 320家 respondents and a survey share, a vendor's revenue decline
    dict(
        text=(
            "深圳，2025年5月20日——“安略咨询”发布的《中国网络安全支出报告》显示，2024年中国网络安全市场规模为868亿元，"
            "较2023年的782亿元增长13.6%。报告预测，今年市场规模将达到960亿元左右。受访的320家企业中，有54%表示安全"
            "预算占IT预算的比例不足3%。同期，某安全厂商公布2024年营收为71.5亿元，较上年下降8.2%。"
        ),
        obs=[
            ("Total", 2024, 868, "CNY 100 million", "actual"),
            ("Total", 2023, 782, "CNY 100 million", "actual"),
            ("Total", 2025, 960, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 13.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 868/782-1 = 10.997%; bounds 867.5/782.5-1 = 10.863% ..
                                               # 888.5/781.5-1 = 11.132%; 13.6 out of reach
        ],
    ),
    # 30. Simplified Chinese generative-AI spending: 2023 amount, 去年 amount with 同比增长119%, and
    #     "比2023年增长3倍至192亿元" between two printed amounts (x4); distractors: a B-round, a 第二季度 figure
    dict(
        text=(
            "杭州，2025年9月——据“云图智库”测算，2023年中国企业级生成式AI支出为48亿元，去年升至105亿元，同比增长119%。"
            "云图智库认为，到2027年，这一支出将比2023年增长3倍至192亿元。本轮热潮中，大模型初创企业“深澜科技”完成了"
            "20亿元B轮融资；另据统计，今年第二季度企业采购大模型服务的金额约为31亿元。"
        ),
        obs=[
            ("Total", 2023, 48, "CNY 100 million", "actual"),
            ("Total", 2024, 105, "CNY 100 million", "actual"),
            ("Total", 2027, 192, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 119.0, "percent", 2023, 2024, 1.0),
            ("multiple", 4.0, "multiple", 2023, 2027, 4.0),  # 增长3倍 between 48 and 192 -> x4 (192/48 = 4.0)
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 105/48-1 = 118.75% -> 119 (bounds 115.46%..122.11%)
        ],
    ),
    # 31. Traditional Chinese (Taiwan) IT spending in 新台幣億元: 今年 forecast vs 去年 with 成長6.4% (exact),
    #     a part (雲端服務); distractors: 58% of surveyed firms, 個百分點, a chipmaker's 資本支出
    dict(
        text=(
            "台北，2025年3月12日——民間研究機構「瀚海產業研究院」預估，今年台灣企業IT支出將達新台幣6,820億元，"
            "較去年的6,410億元成長6.4%，其中雲端服務支出約1,150億元。研究院指出，受訪企業中有58%計畫擴大資安投資，"
            "但平均預算增幅較去年縮小1.5個百分點。另外，晶片大廠「晶鑫半導體」今年資本支出預計達新台幣9,000億元，"
            "不計入企業IT支出。"
        ),
        obs=[
            ("Total", 2025, 6820, "TWD 100 million", "estimate"),
            ("Total", 2024, 6410, "TWD 100 million", "actual"),
            ("雲端服務", 2025, 1150, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 6.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6820/6410-1 = 6.396% -> 6.4 (bounds 6.380%..6.412%)
        ],
    ),
    # 32. Traditional Chinese (Hong Kong) public-cloud spending in 億港元: 去年 and 2028 with an approximate
    #     compound rate whose span only the amounts give (inferred, cagr|period); distractors: a government
    #     allocation, analyst headcount, 第三季 figure
    dict(
        text=(
            "香港，2025年10月——本地顧問公司「維港數據」發表報告指出，香港企業在公共雲服務上的支出去年達186億港元，"
            "預計2028年將增至312億港元，年複合增長率約13.8%。報告又指，特區政府早前宣佈撥款30億港元推動數碼轉型，"
            "屬政府預算項目，並非市場支出。維港數據在本地共有45名分析員；今年第三季的雲端支出則約為52億港元。"
        ),
        obs=[
            ("Total", 2024, 186, "HKD 100 million", "actual"),
            ("Total", 2028, 312, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 13.8, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (312/186)**(1/4)-1 = 13.805% -> 13.8 (bounds 13.683%..13.927%)
        ],
    ),
    # 33. Traditional Chinese on Japan's generative-AI spending in 億日圓: 2024 and 2030 (2兆5,400億日圓 kept in the
    #     series' 億日圓 -> 25400) with a stated 2024-2030 CAGR; a part (金融業); distractors: a government
    #     subsidy budget, 27% of firms (survey)
    dict(
        text=(
            "東京，2025年6月——日本研究機構「北辰資訊總研」估計，日本國內生成式AI市場支出2024年為8,600億日圓，預計"
            "2030年將擴大至2兆5,400億日圓，2024至2030年間的年均複合成長率為19.8%。其中，金融業支出2030年預估達"
            "4,150億日圓，居各產業之首。日本政府另編列約1兆日圓的AI與半導體補助預算，不屬於市場支出。調查亦顯示，"
            "僅有27%的日本企業已在業務中正式導入生成式AI。"
        ),
        obs=[
            ("Total", 2024, 8600, "JPY 100 million", "actual"),
            ("Total", 2030, 25400, "JPY 100 million", "estimate"),  # 2兆5,400億日圓
            ("金融業", 2030, 4150, "JPY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 19.8, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (25400/8600)**(1/6)-1 = 19.781% -> 19.8
                                        # (bounds (25399.5/8600.5)..(25400.5/8599.5) -> 19.780%..19.783%)
        ],
    ),
    # 34. Simplified Chinese intelligent-computing investment: 投资规模 2024 and 2027 with a stated 2024-2027 CAGR;
    #     a second publisher's 2027 figure (nowhere); distractors: 约四成 (fraction in words), a state fund
    dict(
        text=(
            "北京，2025年4月——“华衡咨询”发布报告称，2024年中国智能算力中心投资规模为2150亿元，预计2027年将达到"
            "4080亿元，2024—2027年年均复合增长率为23.8%。另一家机构“睿见研究”对2027年的估计则为3900亿元。华衡咨询"
            "指出，国产AI芯片在新增采购中的比重已提升至约四成；同期，国家层面公布的算力基础设施专项资金为100亿元。"
        ),
        obs=[
            ("Total", 2024, 2150, "CNY 100 million", "actual"),
            ("Total", 2027, 4080, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23.8, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (4080/2150)**(1/3)-1 = 23.806% -> 23.8 (bounds 23.791%..23.820%)
        ],
    ),
    # 35. English pipe table "Table 1: Worldwide IT Spending Forecast (Millions of U.S. Dollars)" with Spending and
    #     Growth (%) columns for 2024 and 2025 and an "Overall IT" total row; 2024 growth has no 2023 amount
    #     (claims, no verdict); 2025 growth checked from the printed spending; distractors: CIO count, survey
    dict(
        text=(
            "Corrigan & Vale, April 2025. Figures for 2024 are final; 2025 figures are the firm's forecast.\n"
            "\n"
            "Table 1: Worldwide IT Spending Forecast (Millions of U.S. Dollars)\n"
            "|  | 2024 Spending | 2024 Growth (%) | 2025 Spending | 2025 Growth (%) |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Data Center Systems | 318,406 | 38.1 | 392,240 | 23.2 |\n"
            "| Devices | 721,955 | 5.2 | 788,302 | 9.2 |\n"
            "| Software | 1,068,230 | 11.6 | 1,217,564 | 14.0 |\n"
            "| IT Services | 1,562,874 | 5.1 | 1,698,413 | 8.7 |\n"
            "| Communications Services | 1,349,618 | 1.9 | 1,397,020 | 3.5 |\n"
            "| Overall IT | 5,021,083 | 7.2 | 5,493,539 | 9.4 |\n"
            "\n"
            "Corrigan & Vale surveyed 2,400 CIOs for this edition; 62% plan to increase AI budgets in 2025."
        ),
        obs=[
            ("Data Center Systems", 2024, 318406, "USD million", "actual"),
            ("Data Center Systems", 2025, 392240, "USD million", "estimate"),
            ("Devices", 2024, 721955, "USD million", "actual"),
            ("Devices", 2025, 788302, "USD million", "estimate"),
            ("Software", 2024, 1068230, "USD million", "actual"),
            ("Software", 2025, 1217564, "USD million", "estimate"),
            ("IT Services", 2024, 1562874, "USD million", "actual"),
            ("IT Services", 2025, 1698413, "USD million", "estimate"),
            ("Communications Services", 2024, 1349618, "USD million", "actual"),
            ("Communications Services", 2025, 1397020, "USD million", "estimate"),
            ("Overall IT", 2024, 5021083, "USD million", "actual"),
            ("Overall IT", 2025, 5493539, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 38.1, "percent", 2023, 2024, 1.0),
            ("growth", 5.2, "percent", 2023, 2024, 1.0),
            ("growth", 11.6, "percent", 2023, 2024, 1.0),
            ("growth", 5.1, "percent", 2023, 2024, 1.0),
            ("growth", 1.9, "percent", 2023, 2024, 1.0),
            ("growth", 7.2, "percent", 2023, 2024, 1.0),
            ("growth", 23.2, "percent", 2024, 2025, 1.0),
            ("growth", 9.2, "percent", 2024, 2025, 1.0),
            ("growth", 14.0, "percent", 2024, 2025, 1.0),
            ("growth", 8.7, "percent", 2024, 2025, 1.0),
            ("growth", 3.5, "percent", 2024, 2025, 1.0),
            ("growth", 9.4, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 392240/318406-1 = 23.189% -> 23.2
            ("cagr|implied", "exact"),  # 788302/721955-1 = 9.190% -> 9.2
            ("cagr|implied", "exact"),  # 1217564/1068230-1 = 13.980% -> 14.0
            ("cagr|implied", "exact"),  # 1698413/1562874-1 = 8.672% -> 8.7
            ("cagr|implied", "exact"),  # 1397020/1349618-1 = 3.512% -> 3.5
            ("cagr|implied", "exact"),  # 5493539/5021083-1 = 9.409% -> 9.4
            ("hierarchy", "exact"),     # 2024: 318406+721955+1068230+1562874+1349618 = 5021083
            ("hierarchy", "exact"),     # 2025: 392240+788302+1217564+1698413+1397020 = 5493539
        ],
    ),
    # 36. Simplified Chinese pipe table of AI spending by industry (亿元) with a 2025E column and a 2025 占比 column;
    #     合计 total row (its 100.0% no claim); one share exact only within rounding and the 2025E column one 亿元
    #     off its 合计 (rounding); distractors: table number, 1,200家 firms
    dict(
        text=(
            "据衡策数据2025年8月发布的支出指南，金融仍是中国人工智能支出最多的行业。\n"
            "\n"
            "表2 中国人工智能支出行业分布（单位：亿元）\n"
            "| 行业 | 2024年 | 2025年E | 2025年占比 |\n"
            "|---|---|---|---|\n"
            "| 金融 | 412 | 498 | 21.5% |\n"
            "| 政府 | 365 | 431 | 18.6% |\n"
            "| 制造 | 298 | 362 | 15.6% |\n"
            "| 电信 | 176 | 205 | 8.9% |\n"
            "| 其他 | 689 | 823 | 35.5% |\n"
            "| 合计 | 1940 | 2318 | 100.0% |\n"
            "注：合计因四舍五入可能与分项之和略有出入；本次调研覆盖1,200家企业。"
        ),
        obs=[
            ("金融", 2024, 412, "CNY 100 million", "actual"),
            ("金融", 2025, 498, "CNY 100 million", "estimate"),
            ("政府", 2024, 365, "CNY 100 million", "actual"),
            ("政府", 2025, 431, "CNY 100 million", "estimate"),
            ("制造", 2024, 298, "CNY 100 million", "actual"),
            ("制造", 2025, 362, "CNY 100 million", "estimate"),
            ("电信", 2024, 176, "CNY 100 million", "actual"),
            ("电信", 2025, 205, "CNY 100 million", "estimate"),
            ("其他", 2024, 689, "CNY 100 million", "actual"),
            ("其他", 2025, 823, "CNY 100 million", "estimate"),
            ("合计", 2024, 1940, "CNY 100 million", "actual"),
            ("合计", 2025, 2318, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 21.5, "percent", 2025, 2025, None),
            ("share", 18.6, "percent", 2025, 2025, None),
            ("share", 15.6, "percent", 2025, 2025, None),
            ("share", 8.9, "percent", 2025, 2025, None),
            ("share", 35.5, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),     # 498/2318 = 21.484% -> 21.5
            ("arithmetic", "exact"),     # 431/2318 = 18.594% -> 18.6
            ("arithmetic", "exact"),     # 362/2318 = 15.617% -> 15.6
            ("arithmetic", "rounding"),  # 205/2318 = 8.844% -> 8.8, not 8.9; bounds 204.5/2318.5 = 8.820% ..
                                         # 225.5/2317.5 = 8.867% -> reaches 8.85, so 8.9 reachable
            ("arithmetic", "exact"),     # 823/2318 = 35.505% -> 35.5
            ("hierarchy", "exact"),      # 2024: 412+365+298+176+689 = 1940
            ("hierarchy", "rounding"),   # 2025E: 498+431+362+205+823 = 2319 vs 2318; off by 1 within slack
                                         # 5*0.5 + 0.5 = 3
        ],
    ),
    # 37. English space-aligned vertical table of worldwide security spending, rows are years, a lone column
    #     headed by its unit only (Total), YoY column; 2025F growth exact only within rounding;
    #     distractors: a fourth-quarter note, a count of vendor filings
    dict(
        text=(
            "Worldwide security spending, 2022-2026F (Aldgate Insight, May 2025)\n"
            "\n"
            "Year     USD billion    YoY growth\n"
            "2022         168.9          —\n"
            "2023         183.4        8.6%\n"
            "2024         207.9       13.4%\n"
            "2025F        231.2       11.3%\n"
            "2026F        258.0       11.6%\n"
            "\n"
            "Note 3: fourth-quarter 2024 spending was USD 58.1 billion. Based on 1,870 vendor filings."
        ),
        obs=[
            ("Total", 2022, 168.9, "USD billion", "actual"),
            ("Total", 2023, 183.4, "USD billion", "actual"),
            ("Total", 2024, 207.9, "USD billion", "actual"),
            ("Total", 2025, 231.2, "USD billion", "estimate"),
            ("Total", 2026, 258.0, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 8.6, "percent", 2022, 2023, 1.0),
            ("growth", 13.4, "percent", 2023, 2024, 1.0),
            ("growth", 11.3, "percent", 2024, 2025, 1.0),
            ("growth", 11.6, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 183.4/168.9-1 = 8.585% -> 8.6
            ("cagr|implied", "exact"),     # 207.9/183.4-1 = 13.359% -> 13.4
            ("cagr|implied", "rounding"),  # 231.2/207.9-1 = 11.207% -> 11.2, not 11.3; bounds
                                           # 251.15/207.95-1 = 11.157% .. 231.25/207.85-1 = 11.258% -> 11.25 reached
            ("cagr|implied", "exact"),     # 258.0/231.2-1 = 11.592% -> 11.6
        ],
    ),
    # 38. Traditional Chinese space-aligned table of Taiwan data-centre spending (新台幣億元) by segment with
    #     預估 columns and a 總計 row; a prose growth for 總計 2026 vs 2025; distractor: survey answer
    dict(
        text=(
            "資料來源：瀚海產業研究院，2025年8月。受訪業者中62%表示將增加AI伺服器採購。\n"
            "\n"
            "台灣資料中心支出預測（單位：新台幣億元）\n"
            "項目          2024年    2025年(預估)    2026年(預估)\n"
            "伺服器         1,864        2,215          2,530\n"
            "儲存設備         412          455            498\n"
            "網路設備         356          402            447\n"
            "總計           2,632        3,072          3,475\n"
            "\n"
            "研究院指出，總計2026年較2025年成長13.1%，伺服器仍是最大宗。"
        ),
        obs=[
            ("伺服器", 2024, 1864, "TWD 100 million", "actual"),
            ("伺服器", 2025, 2215, "TWD 100 million", "estimate"),
            ("伺服器", 2026, 2530, "TWD 100 million", "estimate"),
            ("儲存設備", 2024, 412, "TWD 100 million", "actual"),
            ("儲存設備", 2025, 455, "TWD 100 million", "estimate"),
            ("儲存設備", 2026, 498, "TWD 100 million", "estimate"),
            ("網路設備", 2024, 356, "TWD 100 million", "actual"),
            ("網路設備", 2025, 402, "TWD 100 million", "estimate"),
            ("網路設備", 2026, 447, "TWD 100 million", "estimate"),
            ("總計", 2024, 2632, "TWD 100 million", "actual"),
            ("總計", 2025, 3072, "TWD 100 million", "estimate"),
            ("總計", 2026, 3475, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 13.1, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3475/3072-1 = 13.118% -> 13.1
            ("hierarchy", "exact"),     # 2024: 1864+412+356 = 2632
            ("hierarchy", "exact"),     # 2025: 2215+455+402 = 3072
            ("hierarchy", "exact"),     # 2026: 2530+498+447 = 3475
        ],
    ),
    # 39. English tab-separated table of generative-AI spending by technology (USD billion), 2024 and 2028F with a
    #     "CAGR 2024-28" column (stated spans) and a Total row; Services CAGR and the 2028F total only within
    #     rounding; distractor: a start-up funding note
    dict(
        text=(
            "Generative AI spending by technology, worldwide (USD billion) — Halvorsen Data Group, March 2025\n"
            "Segment\t2024\t2028F\tCAGR 2024-28\n"
            "Hardware\t38.6\t121.4\t33.2%\n"
            "Software\t21.3\t98.7\t46.7%\n"
            "Services\t9.8\t41.5\t43.6%\n"
            "Total\t69.7\t261.7\t39.2%\n"
            "Venture funding for generative AI start-ups, which reached $47 billion in 2024, is excluded."
        ),
        obs=[
            ("Hardware", 2024, 38.6, "USD billion", "actual"),
            ("Hardware", 2028, 121.4, "USD billion", "estimate"),
            ("Software", 2024, 21.3, "USD billion", "actual"),
            ("Software", 2028, 98.7, "USD billion", "estimate"),
            ("Services", 2024, 9.8, "USD billion", "actual"),
            ("Services", 2028, 41.5, "USD billion", "estimate"),
            ("Total", 2024, 69.7, "USD billion", "actual"),
            ("Total", 2028, 261.7, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 33.2, "percent", 2024, 2028, None, "stated"),
            ("cagr", 46.7, "percent", 2024, 2028, None, "stated"),
            ("cagr", 43.6, "percent", 2024, 2028, None, "stated"),
            ("cagr", 39.2, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # (121.4/38.6)**(1/4)-1 = 33.170% -> 33.2
            ("cagr|implied", "exact"),     # (98.7/21.3)**(1/4)-1 = 46.718% -> 46.7
            ("cagr|implied", "rounding"),  # (41.5/9.8)**(1/4)-1 = 43.452% -> 43.5, not 43.6; bounds
                                           # (41.45/9.85)..(41.55/9.75) -> 43.226%..43.678% -> 43.6 reachable
            ("cagr|implied", "exact"),     # (261.7/69.7)**(1/4)-1 = 39.201% -> 39.2
            ("hierarchy", "exact"),        # 2024: 38.6+21.3+9.8 = 69.7
            ("hierarchy", "rounding"),     # 2028F: 121.4+98.7+41.5 = 261.6 vs 261.7; off 0.1 within slack
                                           # 3*0.05 + 0.05 = 0.2
        ],
    ),
    # 40. Simplified Chinese vertical pipe table of cloud spending (单位：亿元 in the caption), rows are years,
    #     two value columns 公有云 / 私有云 (items of their own names) each with a 同比 column; 2025E estimate
    dict(
        text=(
            "表3 中国云计算支出（单位：亿元）\n"
            "| 年份 | 公有云 | 同比 | 私有云 | 同比 |\n"
            "|---|---|---|---|---|\n"
            "| 2022 | 3256 | — | 1294 | — |\n"
            "| 2023 | 4562 | 40.1% | 1563 | 20.8% |\n"
            "| 2024 | 6193 | 35.8% | 1836 | 17.5% |\n"
            "| 2025E | 8042 | 29.9% | 2108 | 14.8% |\n"
            "数据来源：启衡研究，2025年6月。另据统计，2024年第四季度公有云支出为1820亿元。"
        ),
        obs=[
            ("公有云", 2022, 3256, "CNY 100 million", "actual"),
            ("公有云", 2023, 4562, "CNY 100 million", "actual"),
            ("公有云", 2024, 6193, "CNY 100 million", "actual"),
            ("公有云", 2025, 8042, "CNY 100 million", "estimate"),
            ("私有云", 2022, 1294, "CNY 100 million", "actual"),
            ("私有云", 2023, 1563, "CNY 100 million", "actual"),
            ("私有云", 2024, 1836, "CNY 100 million", "actual"),
            ("私有云", 2025, 2108, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 40.1, "percent", 2022, 2023, 1.0),
            ("growth", 35.8, "percent", 2023, 2024, 1.0),
            ("growth", 29.9, "percent", 2024, 2025, 1.0),
            ("growth", 20.8, "percent", 2022, 2023, 1.0),
            ("growth", 17.5, "percent", 2023, 2024, 1.0),
            ("growth", 14.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4562/3256-1 = 40.111% -> 40.1
            ("cagr|implied", "exact"),  # 6193/4562-1 = 35.752% -> 35.8
            ("cagr|implied", "exact"),  # 8042/6193-1 = 29.856% -> 29.9
            ("cagr|implied", "exact"),  # 1563/1294-1 = 20.788% -> 20.8
            ("cagr|implied", "exact"),  # 1836/1563-1 = 17.466% -> 17.5
            ("cagr|implied", "exact"),  # 2108/1836-1 = 14.815% -> 14.8
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "ninety-seventh check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 12, 'exact': 95}
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 14, 14, 12)
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'a compound annual growth rate (CAGR) of 22.7% over the 2024-2029 forecast period',
    'is projected to total $5.43 trillion in 2026, an increase of 9.4% from',
    '19.1% more than the £32.4 billion they spent in 2024',
    'an increase of 12.5% from the $213.0 billion expected for 2025',
    'sizes the total addressable market at $400 billion in 2028',
    'nearly fourfold the 2025 level',
    'Software will take 46% of generative AI spending in 2028, or $92.9 billion',
    '¥3,585 billion in fiscal 2024',
    'a rise of 14.5% on the €31.9 billion recorded in 2024',
    'is set to total $125.6 billion in 2025, up 7.2% from',
    '2025—2029年复合增长率为23.6%',
    '将突破1.02万亿元，年均复合增长率约21.7%',
    '新台幣1,052億元，較2025年的942億元成長11.6%',
    '2025至2030年的複合年增長率為19.6%',
    '较2021年增长3倍',
    'Table 1: Worldwide IT Spending Forecast (Millions of U.S. Dollars)',
    '行业\t支出\t占比',
    'CAGR 2024-29',
    '2026年(F)    年增率',
    '| 合计 | 2,335.4 | 2,733.9 | 17.1% |',
    'will more than double between',
    'a 2024-2028 compound annual growth rate of',
    'an increase of 9.8% from 2024, when buyers spent',
    'expects between €46 billion and €48 billion this year',
    'sized the total addressable market',
    'multiply 3.6-fold between 2024 and 2028',
    '市场总支出规模为',
    '今年有望突破1.05万亿元',
    '其中IT设备1790亿元，占比56%',
    '较2023年的782亿元增长13.6%',
    '比2023年增长3倍至192亿元',
    '較去年的6,410億元成長6.4%',
    '年複合增長率約13.8%',
    '2兆5,400億日圓',
    '另一家机构“睿见研究”对2027年的估计',
    'Table 1: Worldwide IT Spending Forecast (Millions of U.S. Dollars)',
    '| 合计 | 1940 | 2318 | 100.0% |',
    'Year     USD billion    YoY growth',
    '項目          2024年    2025年(預估)    2026年(預估)',
    'Segment\t2024\t2028F\tCAGR 2024-28',
)
#: the set's blind score (written without reading or running the extractor, and kept unread): 195 figures, 89 rates,
#: 107 verdicts and 3 false inconsistent on the code before the readings chosen on the ninety-sixth and
#: ninety-eighth sets; 196, 90, 107 and 3 after them
FLOORS = {"figures_found": 201, "rates_found": 92, "verdicts_right": 109}
#: the false inconsistent verdicts the set may draw; at most this (held out: left as found)
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset97.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
