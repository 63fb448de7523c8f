"""A two-hundred-and-sixty-ninth check set for the extractor, written blind: AI in zoos, aquariums and wildlife
conservation: AI animal-welfare and behaviour monitoring in zoos and aquariums, AI camera-trap image recognition and
acoustic monitoring for conservation, AI anti-poaching surveillance, AI visitor-flow and ticketing analytics at zoos and
aquariums, AI water-quality control in aquarium life-support systems; sized in money by research houses, zoo and
aquarium associations, environment ministries, conservation NGOs, equipment makers' investor days and brokers, in the
US, Canada, the UK, Germany, the Netherlands, Kenya, South Africa, Australia, Singapore, Japan, mainland China, Taiwan
and Hong Kong. Distractors: total zoo admissions revenue or conservation funding beside the AI part, counts of animals,
species, visitors, camera traps and rangers, a ticket price, an organisation's own budget or donations, a funding round,
a quarter's figures, survey percentages, population declines.

Snippets 1-20: Twenty snippets on AI in zoos, aquariums and wildlife conservation: eight English prose texts (an annual
report's Item 1. Business beside net sales in millions, all-capitals wire flashes, a Japanese maker's briefing in yen
billions with FY3/ years, a UK written answer with financial years, a German release with decimal commas, a release with
a dollar range and a percentage range, a summary writing the unit before the number, a forum answer quoting a report in
Markdown quote lines), seven Chinese prose texts (a Hong Kong exchange announcement, a city market in 万元, a 政策解读 with
年均增长 and 翻两番, a 研报 with the amount in brackets after its rate, a Taiwan story with 民國 years, a Hong Kong item in 億港元
with rates in words, a text with TAM, AIGC市场 and CAGR) and five tables (a web table with a wrapped header, Markdown
tables with A and E columns and with years as rows, a Chinese tab table in 万元 with 占比, a French pipe table with spaced
thousands). Left out: company sales, revenue, orders and margins, employees, backlog, price targets, quarters, funding
rounds, budgets, grants and donations, admissions revenue, ticket prices, counts of visitors, zoos, rangers and camera
traps, survey percentages, a poster's guess, shares in words. Inconsistent: 2, 5, 9, 14, 17, 18. Only by rounding: 1, 3,
6, 12, 13, 16, 19, 20.

Snippets 21-40: Twenty snippets on AI in zoos, aquariums and wildlife conservation: eight English prose texts (an
earnings-call transcript sizing a TAM, a newsletter TL;DR with arrows, a PDF page with the unit in brackets, a UK press
release in per cent and £bn, a LinkedIn post with check marks and hashtags, a syndicated valued-at release, an academic
paragraph with confidence intervals and billion USD, a Nordic magazine with SEK beside EUR), seven Chinese prose texts
(a 36氪-style funding story, a 招股说明书 passage, a 统计局-style release beside 规模以上 营业收入, a Taiwan release in 新台幣 and 億美元, a
立法會 answer in 百萬元, a 微博 post, an article with 近千亿元 and 超过2000亿元) and five tables (a Markdown table with a Source: row
and a CAGR (2024–2030) column, a Markdown table with years as rows, a CSV under a title line, a Traditional table in 民國
years, a fixed-width table with a rate in parentheses and a starred total). Left out: admissions revenue, conservation
funding and budgets, counts of animals, visitors, camera traps, rangers and sites, ticket prices, companies' revenue,
guidance and funding rounds, quarters, surveys, penetration rates, population declines, confidence intervals, kronor,
datelines. Inconsistent: 22 (CAGR), 24 (share), 26 (CAGR), 31 (share), 34 (CAGR), 36 (2030E total), 38 (2023 total), 39
(115年 rate). Only by rounding: 21 (share), 23 (CAGR), 24 (yoy rate), 27 (CAGR), 28 (yoy rate), 30 (2021-2024 CAGR), 32
(Taiwan CAGR), 36 (anti-poaching CAGR), 37 (2025E rate), 38 (2024 total), 40 (FY2024 total).

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. US camera-trap maker's annual report, "Item 1. Business": a research house's global AI camera-trap image
    #    recognition and acoustic monitoring market in 2024 (actual) and 2030 (forecast) with a CAGR over a printed
    #    span, and a part (acoustic monitoring) whose 29% share holds only by rounding. Expected nowhere: the net sales
    #    "(in millions)" for fiscal 2024 and 2023, the 1,240 employees, the $54.2 million backlog, the 38,000 camera
    #    traps shipped, the balance-sheet date.
    dict(
        text=(
            "ITEM 1. BUSINESS\n"
            "Overview\n"
            "Brightfield Optics, Inc. designs ruggedized camera traps, acoustic recorders and the cloud software that "
            "identifies the species they capture. Our customers are national park agencies, conservation NGOs, "
            "universities and zoos.\n"
            "Market opportunity\n"
            "According to Harlow & Finch Research, the global market for AI camera-trap image recognition and "
            "acoustic monitoring for conservation was $412 million in 2024 and is projected to reach $1,070 million "
            "by 2030, a compound annual growth rate of 17.2% over 2024-2030. Acoustic monitoring accounted for $117 "
            "million of the 2024 market, or 29%.\n"
            "Our results\n"
            "Net sales (in millions) were $186.3 in fiscal 2024, compared with $171.9 in fiscal 2023. As of "
            "December 31, 2024, we had 1,240 full-time employees and a backlog of $54.2 million, and we shipped "
            "approximately 38,000 camera traps during the year."
        ),
        obs=[
            ("Total", 2024, 412, "USD million", "actual"),
            ("Total", 2030, 1070, "USD million", "estimate"),
            ("Acoustic monitoring", 2024, 117, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 17.2, "percent", 2024, 2030, None, "stated"),
            ("share", 29, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1070 / 412) ** (1 / 6) - 1 = 17.24% -> 17.2
            # 117 / 412 = 28.40% -> 28, not 29; bounds 116.5 / 412.5 = 28.24%, 117.5 / 411.5 = 28.55% -> 29 reached
            # only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 2. Wire service's all-capitals flash headlines, each after an asterisk, then one normal sentence: a broker's
    #    global AI anti-poaching surveillance market in 2024 against its 2023 base with a 19% rise that no reading
    #    reaches, and a 2029 forecast. Expected nowhere: the timestamp, the maker's 4Q sales of $212M, the $48 price
    #    target, the 9,400 rangers, the 40% of rhino range covered, the $500 million of donor funding a year.
    dict(
        text=(
            "18 Mar 2025 14:02 GMT  MARLOW WIRE\n"
            "*ORRIN CAPITAL SEES GLOBAL AI ANTI-POACHING SURVEILLANCE MARKET AT $1.46B IN 2024\n"
            "*ORRIN: ANTI-POACHING AI MARKET UP 19% FROM $1.27B IN 2023\n"
            "*ORRIN SEES ANTI-POACHING AI MARKET AT $3.1B BY 2029\n"
            "*ORRIN: SKYWATCH SYSTEMS 4Q SALES $212M\n"
            "*ORRIN KEEPS SKYWATCH PRICE TARGET AT $48\n"
            "*ORRIN: KENYA AND SOUTH AFRICA RANGERS NUMBER ABOUT 9,400\n"
            "Orrin Capital analyst Dana Whitcombe said thermal drones and camera networks now watch over more than 40% "
            "of Africa's rhino range, while donor funding for anti-poaching work has stayed near $500 million a year."
        ),
        obs=[
            ("Total", 2023, 1.27, "USD billion", "actual"),
            ("Total", 2024, 1.46, "USD billion", "actual"),
            ("Total", 2029, 3.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 19, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (1.46 / 1.27) ** (1 / 1) - 1 = 14.96% -> 15, not 19; bounds 1.455 / 1.275 - 1 = 14.12%,
            # 1.465 / 1.265 - 1 = 15.81% -> 19 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 3. Japanese maker's English results briefing in "¥ bn" with fiscal years to March: Japan's AI water-quality
    #    control market for aquarium life-support systems in FY3/2024 and FY3/2025 (2024, 2025, actual) with a yoy
    #    rate, and a FY3/2028 target ("JPY 12.3 bn", 2028, estimate) whose 12.7% CAGR holds only by rounding. Expected
    #    nowhere: the ticker and briefing date, the company's JPY 41.2 bn net sales and 9.8% operating margin, the
    #    first-quarter orders of ¥3.1 bn, the 112 public aquariums, the ¥46 dividend.
    dict(
        text=(
            "Kaiyo Life Systems Co., Ltd. (TSE: 6498) FY3/2025 Results Briefing, 14 May 2025\n"
            "Market environment (¥ bn unless noted)\n"
            "We estimate that Japan's market for AI water-quality control in aquarium life-support systems reached "
            "¥8.62 bn in FY3/2025, up 13.7% from ¥7.58 bn in FY3/2024, as operators replaced manual titration with "
            "sensor-driven dosing. Under our medium-term plan we expect the market to reach JPY 12.3 bn in FY3/2028, "
            "a CAGR of 12.7% over FY3/2025-FY3/2028.\n"
            "Our own net sales were JPY 41.2 bn in FY3/2025 with an operating margin of 9.8%, and first-quarter "
            "FY3/2026 orders came to ¥3.1 bn. Japan has 112 public aquariums, more than any other country per head. "
            "We plan an annual dividend of ¥46 per share."
        ),
        obs=[
            ("Total", 2024, 7.58, "JPY billion", "actual"),
            ("Total", 2025, 8.62, "JPY billion", "actual"),
            ("Total", 2028, 12.3, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 13.7, "percent", 2024, 2025, 1.0),
            ("cagr", 12.7, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.62 / 7.58) ** (1 / 1) - 1 = 13.72% -> 13.7
            # (12.3 / 8.62) ** (1 / 3) - 1 = 12.58% -> 12.6, not 12.7; bounds (12.25 / 8.625) ** (1/3) - 1 = 12.41%,
            # (12.35 / 8.615) ** (1/3) - 1 = 12.75% -> 12.7 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 4. UK parliamentary written answer ("To ask the Secretary of State ...", "Answered by ...") in "£m" with
    #    financial years (2023-24 -> 2024, 2024-25 -> 2025, both over by the answer's date): England's AI camera-trap
    #    and acoustic wildlife monitoring market with a rise, and a part (national nature reserves) with its share.
    #    Expected nowhere: the UIN and dates, the £224m grant-in-aid, the 61% of licensed zoos (a survey), the 280
    #    licensed zoos.
    dict(
        text=(
            "Zoos and Wildlife: Artificial Intelligence\n"
            "Question for Department for Environment, Food and Rural Affairs\n"
            "UIN 48213, tabled on 6 May 2025\n"
            "To ask the Secretary of State for Environment, Food and Rural Affairs, what estimate his Department has "
            "made of the value of the market for artificial intelligence systems used to monitor wildlife in "
            "England.\n"
            "Answered by Baroness Ellery on 19 May 2025\n"
            "Departmental analysis, drawing on figures from Greywell Economics, puts the market for AI-based "
            "camera-trap and acoustic monitoring of wildlife in England at £38.5m in 2024-25, up 23.4% from £31.2m "
            "in 2023-24. Of the 2024-25 total, monitoring on national nature reserves accounted for £9.9m, or 25.7%. "
            "Natural England's grant-in-aid for 2024-25 was £224m. The Department's recent survey found that 61% of "
            "licensed zoos plan to trial AI welfare monitoring; there are around 280 licensed zoos in England."
        ),
        obs=[
            ("Total", 2024, 31.2, "GBP million", "actual"),
            ("Total", 2025, 38.5, "GBP million", "actual"),
            ("Monitoring on national nature reserves", 2025, 9.9, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2024, 2025, 1.0),
            ("share", 25.7, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.5 / 31.2) ** (1 / 1) - 1 = 23.40% -> 23.4
            ("arithmetic", "exact"),  # 9.9 / 38.5 = 25.71% -> 25.7
        ],
    ),
    # 5. German association's release in English with decimal commas in prose: Germany's AI animal-welfare and
    #    behaviour monitoring market in zoos and aquariums in 2023 and 2024 with a rise of 14,6 per cent, and a part
    #    (aquariums) whose 27,4 per cent no reading reaches. Expected nowhere: the dateline, the EUR 1,2 billion of
    #    admissions and catering revenue, the 42 million visitors, the 96 member companies and their 3.100 staff, the
    #    63 per cent expecting higher orders (a survey).
    dict(
        text=(
            "Press release\n"
            "Frankfurt am Main, 3 June 2025\n"
            "VDZT: AI welfare monitoring becomes standard equipment in German zoos\n"
            "The Verband Deutscher Zootechnik (VDZT) reports that the German market for AI animal-welfare and "
            "behaviour monitoring in zoos and aquariums reached EUR 84,6 million in 2024, a rise of 14,6 per cent on "
            "the EUR 73,8 million of 2023. Aquariums accounted for EUR 21,3 million, or 27,4 per cent of the market. "
            "German zoos took in EUR 1,2 billion in admissions and catering revenue last year from some 42 million "
            "visitors. The association's 96 member companies employ 3.100 people, and 63 per cent of them expect "
            "higher orders in 2025."
        ),
        obs=[
            ("Total", 2023, 73.8, "EUR million", "actual"),
            ("Total", 2024, 84.6, "EUR million", "actual"),
            ("Aquariums", 2024, 21.3, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 14.6, "percent", 2023, 2024, 1.0),
            ("share", 27.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (84.6 / 73.8) ** (1 / 1) - 1 = 14.63% -> 14.6
            # 21.3 / 84.6 = 25.18% -> 25.2, not 27.4; bounds 21.25 / 84.65 = 25.10%, 21.35 / 84.55 = 25.25% -> 27.4
            # reached by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 6. Research firm's release on North American AI visitor-flow and ticketing analytics at zoos and aquariums:
    #    2024 (actual) and 2030 (forecast) with a CAGR over a printed span that holds only by rounding, a 2028 range
    #    "$1.1–1.3 billion" (two value claims). Expected nowhere: the dateline, the "between 18 and 20 per cent" range
    #    of spending on app integrations (no claim), the 196 million visits, the $29.95 ticket, the 214 operators.
    dict(
        text=(
            "Cobaltine Research: zoo and aquarium visitor analytics set to double by 2030\n"
            "Chicago, 22 April 2025 - Cobaltine Research puts the North American market for AI visitor-flow and "
            "ticketing analytics at zoos and aquariums at $0.74 billion in 2024 and projects $1.63 billion in 2030, a "
            "compound annual growth rate of 14.2% over 2024-2030. For 2028 the firm gives a range of $1.1–1.3 "
            "billion, depending on how fast dynamic pricing spreads. It expects between 18 and 20 per cent of "
            "spending to go to mobile-app integrations. The region's accredited zoos and aquariums drew about 196 "
            "million visits last year, and an average adult ticket cost $29.95. Cobaltine surveyed 214 operators."
        ),
        obs=[
            ("Total", 2024, 0.74, "USD billion", "actual"),
            ("Total", 2030, 1.63, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 14.2, "percent", 2024, 2030, None, "stated"),
            ("value", 1.1, "USD billion", 2028, 2028, None),
            ("value", 1.3, "USD billion", 2028, 2028, None),
        ],
        verdicts=[
            # (1.63 / 0.74) ** (1 / 6) - 1 = 14.07% -> 14.1, not 14.2; bounds (1.625 / 0.745) ** (1/6) - 1 = 13.88%,
            # (1.635 / 0.735) ** (1/6) - 1 = 14.25% -> 14.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 7. Consultancy's executive summary writing the unit before the number ("USD mn 640", "USD bn 2.1"): the
    #    Asia-Pacific AI wildlife conservation market in 2024 and 2030 (expected in the series' unit: 2,100) with a
    #    CAGR over a printed span, and a part (Australia) with its share. Expected nowhere: the report's month, the
    #    USD bn 9.4 of conservation funding, the 27,000 rangers, the 43 interviews, the founding year.
    dict(
        text=(
            "Pemberton Vale Advisory: Executive summary, AI for wildlife conservation in Asia-Pacific (June 2025)\n"
            "We size the regional market for AI camera-trap recognition, acoustic monitoring and anti-poaching "
            "analytics at USD mn 640 in 2024 and expect it to reach USD bn 2.1 by 2030, a CAGR of 21.9% over "
            "2024-2030. Australia is the largest country market at USD mn 154 in 2024, or 24.1% of the regional "
            "total, ahead of mainland China and Singapore. The AI spend is small beside the roughly USD bn 9.4 that "
            "governments and donors put into conservation in the region each year, and beside the pay of some "
            "27,000 rangers. This summary draws on 43 interviews. Pemberton Vale was founded in 1994."
        ),
        obs=[
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2030, 2100, "USD million", "estimate"),
            ("Australia", 2024, 154, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 21.9, "percent", 2024, 2030, None, "stated"),
            ("share", 24.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2100 / 640) ** (1 / 6) - 1 = 21.90% -> 21.9
            ("arithmetic", "exact"),  # 154 / 640 = 24.06% -> 24.1
        ],
    ),
    # 8. Forum answer quoting a report in Markdown quote lines ("> ..."): the UK market for AI visitor-flow and
    #    ticketing analytics at zoos and aquariums in 2023 and 2024 with a yoy rate. Expected nowhere: the poster's own
    #    rough guess of £35m this year, "roughly a third" (a share in words), the 1.3 million visitors, the £32.50
    #    ticket, the £400k their zoo spent, the 47 member zoos.
    dict(
        text=(
            "Re: How big is the market for AI visitor analytics at UK zoos?\n"
            "Posted by keeper_of_lemurs\n"
            "The Finchley Market Reports summary has this:\n"
            "> The UK market for AI visitor-flow and ticketing analytics at zoos and aquariums was £27.4m in 2024,\n"
            "> up 16.1% from £23.6m in 2023.\n"
            "> Safari parks accounted for roughly a third of spending.\n"
            "My own rough guess is that it's closer to £35m this year, given that our zoo alone (1.3 million "
            "visitors, £32.50 adult ticket) spent about £400k on it. I know of 47 member zoos using something like "
            "this already."
        ),
        obs=[
            ("Total", 2023, 23.6, "GBP million", "actual"),
            ("Total", 2024, 27.4, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 16.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (27.4 / 23.6) ** (1 / 1) - 1 = 16.10% -> 16.1
        ],
    ),
    # 9. Hong Kong exchange annual results announcement (Traditional): the company's figures in 人民幣千元, the
    #    industry overview's mainland China AI animal-welfare and behaviour monitoring market for zoos and aquariums in
    #    2021 and 2024 (億元) with a CAGR over a printed span that no reading reaches. Expected nowhere: the stock
    #    code, the revenue of 人民幣386,512千元 and 312,407千元 and its 23.7% growth, the gross profit, the 412
    #    employees, the 68 zoos and aquariums served.
    dict(
        text=(
            "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責。\n"
            "翠嶺智能科技控股有限公司（股份代號：2876）\n"
            "截至2024年12月31日止年度之年度業績公告\n"
            "財務摘要：本集團收入為人民幣386,512千元，較2023年的人民幣312,407千元增長23.7%；毛利為人民幣158,930千元。"
            "行業概覽：根據獨立行業顧問博雅行業諮詢的資料，中國動物園及水族館AI動物福利與行為監測市場規模由2021年的"
            "人民幣12.6億元增至2024年的人民幣27.9億元，2021年至2024年的年複合增長率為28.1%。於2024年末，本集團共有"
            "僱員412名，服務動物園及水族館68家。"
        ),
        obs=[
            ("Total", 2021, 12.6, "CNY 100 million", "actual"),
            ("Total", 2024, 27.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 28.1, "percent", 2021, 2024, None, "stated"),
        ],
        verdicts=[
            # (27.9 / 12.6) ** (1 / 3) - 1 = 30.34% -> 30.3, not 28.1; bounds (27.85 / 12.65) ** (1/3) - 1 = 30.09%,
            # (27.95 / 12.55) ** (1/3) - 1 = 30.59% -> 28.1 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 10. City newspaper item (Simplified) on a small local market in 万元: the city's AI visitor-flow and ticketing
    #     analytics market at zoos and ocean parks in 2024 ("市场规模达8600万元") against 2023 with a yoy rate.
    #     Expected nowhere: the dateline, the 518万人次 visitors, the 120元 ticket, the 260 cameras, the 5000万元
    #     funding round, the first quarter's 12% rise in admissions.
    dict(
        text=(
            "本报讯（记者刘晓宁）2025年2月18日，记者从南江市文化和旅游局获悉，2024年南江市动物园及海洋馆AI客流与票务分析"
            "市场规模达8600万元，同比增长24.6%，2023年为6900万元。南江动物园全年接待游客518万人次，成人票价120元，园区"
            "内已部署AI客流摄像头260路。本地企业云栖视觉日前完成5000万元A轮融资。今年一季度，全市动物园入园人次同比"
            "增长12%。"
        ),
        obs=[
            ("Total", 2023, 6900, "CNY 10 thousand", "actual"),
            ("Total", 2024, 8600, "CNY 10 thousand", "actual"),
        ],
        claims=[
            ("growth", 24.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8600 / 6900) ** (1 / 1) - 1 = 24.64% -> 24.6
        ],
    ),
    # 11. Ministry-style 政策解读 (Simplified): China's AI camera-trap image recognition and acoustic monitoring market
    #     for wildlife conservation in 2021 and 2024 with 年均增长 over a printed span, and a 2030 goal to 翻两番 on 2024
    #     (a multiple of 4, no verdict). Expected nowhere: the release date, the 近万处 protected areas, the 10万台
    #     camera traps, the 110万 forest rangers, the 186亿元 central conservation funding.
    dict(
        text=(
            "政策解读：《关于推进智慧动物园和野生动物保护数字化建设的指导意见》\n"
            "发布日期：2025年4月10日\n"
            "据测算，我国野生动物保护领域AI红外相机图像识别与声学监测市场规模由2021年的5.7亿元增至2024年的11.6亿元，"
            "2021—2024年年均增长26.7%。《意见》提出，力争到2030年该市场规模较2024年翻两番。目前全国已建成各类自然"
            "保护地近万处，布设红外相机超过10万台，生态护林员队伍约110万人；2024年中央财政安排林业草原生态保护恢复"
            "资金186亿元。"
        ),
        obs=[
            ("Total", 2021, 5.7, "CNY 100 million", "actual"),
            ("Total", 2024, 11.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 26.7, "percent", 2021, 2024, None, "stated"),
            ("multiple", 4, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11.6 / 5.7) ** (1 / 3) - 1 = 26.73% -> 26.7
        ],
    ),
    # 12. Broker's 研报 (Simplified) that puts the amount in brackets after its rate ("同比增长31.2%（达到86.4亿元）"):
    #     China's AI wildlife monitoring market in 2024 against 2023, the 31.2% holding only by rounding, and a 2027
    #     forecast. Expected nowhere: the report's month, the covered company's 营收 and its growth, the 目标价, the
    #     32万台 camera traps.
    dict(
        text=(
            "【华岳证券·行业深度】AI+野生动物保护：从红外相机到声纹识别（2025年5月）\n"
            "我们测算，2024年中国AI野生动物监测市场同比增长31.2%（达到86.4亿元），2023年为65.9亿元；随着国家公园体系"
            "建设推进，预计2027年市场规模有望达到152.0亿元。全国在用红外相机约32万台。重点公司青穹科技2024年营收"
            "7.8亿元，同比增长22%，维持买入评级，目标价38.6元。"
        ),
        obs=[
            ("Total", 2023, 65.9, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("Total", 2027, 152.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # (86.4 / 65.9) ** (1 / 1) - 1 = 31.11% -> 31.1, not 31.2; bounds 86.35 / 65.95 - 1 = 30.93%,
            # 86.45 / 65.85 - 1 = 31.28% -> 31.2 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 13. Taiwan news story (Traditional) mixing 兆元 and 億元 with 民國 years (民國112年 -> 2023, 民國113年 -> 2024):
    #     Taiwan's AI market in zoos and aquariums with a yoy rate, and a part (aquarium life-support AI water-quality
    #     control) whose 27.4% share holds only by rounding. Expected nowhere: the dateline, the 1.3兆元 tourism
    #     output, the 420萬人次 visitors, the 60元 ticket, the maker's first-quarter revenue growth.
    dict(
        text=(
            "【科技新報／記者陳怡君／台北報導】2025-03-27\n"
            "根據台灣智慧動物園產業協進會統計，國內動物園與水族館AI應用市場民國113年規模達新台幣14.8億元，年增18.4%，"
            "民國112年為12.5億元；其中水族館維生系統AI水質控制為4.0億元，占比27.4%。協進會指出，全台觀光遊憩產業"
            "年產值約新台幣1.3兆元，臺北市立動物園去年入園人數約420萬人次，全票新台幣60元。某監控設備廠今年第一季營收"
            "年增15%。"
        ),
        obs=[
            ("Total", 2023, 12.5, "TWD 100 million", "actual"),
            ("Total", 2024, 14.8, "TWD 100 million", "actual"),
            ("水族館維生系統AI水質控制", 2024, 4.0, "TWD 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
            ("share", 27.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (14.8 / 12.5) ** (1 / 1) - 1 = 18.40% -> 18.4
            # 4.0 / 14.8 = 27.03% -> 27.0, not 27.4; bounds 3.95 / 14.85 = 26.60%, 4.05 / 14.75 = 27.46% -> 27.4
            # reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 14. Hong Kong financial news item (Traditional) in 億港元 with rates spelled in words: Hong Kong's AI
    #     visitor-flow and ticketing analytics market at the zoo and theme ocean parks in 2023 and 2024 with a yoy
    #     rate (百分之十二點五 = 12.5%), and a 2027 forecast whose CAGR (百分之十八點二) no reading reaches. Expected
    #     nowhere: the dateline, the 240萬 visits, the 498港元 ticket, the 6.4億港元 government grant, the first
    #     quarter's orders.
    dict(
        text=(
            "【港灣財經】2025年6月5日 本地研究機構港灣數據研究所發表報告指，2024年香港動物園及主題海洋公園AI遊客流量"
            "及票務分析市場規模達3.6億港元，按年增長百分之十二點五，2023年為3.2億港元。報告預計，2027年市場規模將達"
            "5.1億港元，2024年至2027年年複合增長率為百分之十八點二。海洋公園去年入場人次約240萬，成人門票498港元；"
            "政府早前向海洋公園撥款約6.4億港元。今年首季相關系統訂單按年增長百分之二十。"
        ),
        obs=[
            ("Total", 2023, 3.2, "HKD 100 million", "actual"),
            ("Total", 2024, 3.6, "HKD 100 million", "actual"),
            ("Total", 2027, 5.1, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 12.5, "percent", 2023, 2024, 1.0),
            ("cagr", 18.2, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.6 / 3.2) ** (1 / 1) - 1 = 12.50% -> 12.5
            # (5.1 / 3.6) ** (1 / 3) - 1 = 12.31% -> 12.3, not 18.2; bounds (5.05 / 3.65) ** (1/3) - 1 = 11.43%,
            # (5.15 / 3.55) ** (1/3) - 1 = 13.20% -> 18.2 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 15. Think tank's white paper summary (Simplified) mixing English market names: the TAM of AI in China's zoos and
    #     aquariums in 2024 ("约为42亿元", at its printed figure) and 2029, "CAGR达35%" with no span printed (inferred
    #     from the amounts' years), and a part (AIGC市场) with its share. Expected nowhere: the white paper's title
    #     year and month, the 126 zoos surveyed and the 68% piloting AI guides, the 240 city zoos, the 2亿元 funding
    #     round, the 150元 ticket.
    dict(
        text=(
            "灵犀智库发布《2025中国AI+动物园与水族馆应用白皮书》（2025年7月）。报告测算，中国动物园与水族馆AI应用的"
            "TAM在2024年约为42亿元，预计2029年将达到188亿元，CAGR达35%。其中AIGC市场（科普讲解与导览内容生成）2024年"
            "规模为6.3亿元，占比15%。报告调查的126家动物园中，68%已试点AI导览；全国现有城市动物园约240家。另据披露，"
            "某AIGC导览初创企业今年完成2亿元B轮融资，单张联票均价约150元。"
        ),
        obs=[
            ("Total", 2024, 42, "CNY 100 million", "actual"),
            ("Total", 2029, 188, "CNY 100 million", "estimate"),
            ("AIGC市场", 2024, 6.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 35, "percent", 2024, 2029, None, "inferred"),
            ("share", 15, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (188 / 42) ** (1 / 5) - 1 = 34.95% -> 35
            ("arithmetic", "exact"),  # 6.3 / 42 = 15.00% -> 15
        ],
    ),
    # 16. Table copied from a web page, cells set apart by two or more spaces, the header wrapping onto two lines
    #     ("Market size 2024" over "(USD m)"): the global AI conservation monitoring market by segment with a Total
    #     row; 2024 adds exactly, 2025F only by rounding. Expected nowhere: the page's update date, the 1.6 million
    #     camera traps, the 4,200 rangers, the 1,284 readers.
    dict(
        text=(
            "Global AI conservation monitoring market by segment\n"
            "Ridgefield Data Labs, page last updated 2 May 2025 (2025F = forecast)\n"
            "Segment                          Market size 2024    Market size 2025F\n"
            "                                 (USD m)             (USD m)\n"
            "Camera-trap image recognition    318.4               379.6\n"
            "Acoustic monitoring              142.7               171.2\n"
            "Anti-poaching surveillance       264.1               305.8\n"
            "Total                            725.2               856.7\n"
            "Camera traps deployed worldwide: about 1.6 million. Rangers in the parks we track: 4,200.\n"
            "1,284 people found this page useful."
        ),
        obs=[
            ("Camera-trap image recognition", 2024, 318.4, "USD million", "actual"),
            ("Acoustic monitoring", 2024, 142.7, "USD million", "actual"),
            ("Anti-poaching surveillance", 2024, 264.1, "USD million", "actual"),
            ("Total", 2024, 725.2, "USD million", "actual"),
            ("Camera-trap image recognition", 2025, 379.6, "USD million", "estimate"),
            ("Acoustic monitoring", 2025, 171.2, "USD million", "estimate"),
            ("Anti-poaching surveillance", 2025, 305.8, "USD million", "estimate"),
            ("Total", 2025, 856.7, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 318.4 + 142.7 + 264.1 = 725.2
            # 2025F: 379.6 + 171.2 + 305.8 = 856.6, not 856.7; parts at most 856.75 and the total at least 856.65 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 17. Hong Kong broker's Markdown table (a bilingual source line, 資料來源) with "2023A | 2024A | 2025E" columns
    #     and a "% of total" column (of 2025E): AI in Asia-Pacific zoos and aquariums by country with a Total row;
    #     rows add to the Total each year, Japan's and Australia's shares hold, Singapore's 16% no reading reaches (the
    #     Total's 100% is no claim). Expected nowhere: the source's date, the 63 zoos and aquariums covered, the 2.1
    #     million visitors.
    dict(
        text=(
            "Asia-Pacific: AI in zoos and aquariums by country (USD million)\n"
            "| Country | 2023A | 2024A | 2025E | % of total (2025E) |\n"
            "|---|---|---|---|---|\n"
            "| Japan | 41.2 | 48.6 | 56.9 | 56% |\n"
            "| Australia | 22.5 | 26.1 | 30.4 | 30% |\n"
            "| Singapore | 9.8 | 11.7 | 13.9 | 16% |\n"
            "| Total | 73.5 | 86.4 | 101.2 | 100% |\n"
            "Source 資料來源: Tasman Securities (德海證券), 14 April 2025. Coverage: 63 zoos and aquariums; "
            "Singapore's parks alone "
            "welcomed 2.1 million visitors last year."
        ),
        obs=[
            ("Japan", 2023, 41.2, "USD million", "actual"),
            ("Japan", 2024, 48.6, "USD million", "actual"),
            ("Japan", 2025, 56.9, "USD million", "estimate"),
            ("Australia", 2023, 22.5, "USD million", "actual"),
            ("Australia", 2024, 26.1, "USD million", "actual"),
            ("Australia", 2025, 30.4, "USD million", "estimate"),
            ("Singapore", 2023, 9.8, "USD million", "actual"),
            ("Singapore", 2024, 11.7, "USD million", "actual"),
            ("Singapore", 2025, 13.9, "USD million", "estimate"),
            ("Total", 2023, 73.5, "USD million", "actual"),
            ("Total", 2024, 86.4, "USD million", "actual"),
            ("Total", 2025, 101.2, "USD million", "estimate"),
        ],
        claims=[
            ("share", 56, "percent", 2025, 2025, None),
            ("share", 30, "percent", 2025, 2025, None),
            ("share", 16, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 56.9 / 101.2 = 56.23% -> 56
            ("arithmetic", "exact"),  # 30.4 / 101.2 = 30.04% -> 30
            # 13.9 / 101.2 = 13.74% -> 14, not 16; bounds 13.85 / 101.25 = 13.68%, 13.95 / 101.15 = 13.79% -> 16
            # reached by no reading
            ("arithmetic", "inconsistent"),
            ("hierarchy", "exact"),  # 2023A: 41.2 + 22.5 + 9.8 = 73.5
            ("hierarchy", "exact"),  # 2024A: 48.6 + 26.1 + 11.7 = 86.4
            ("hierarchy", "exact"),  # 2025E: 56.9 + 30.4 + 13.9 = 101.2
        ],
    ),
    # 18. Markdown table with years as rows, countries as columns and a Total column last: AI anti-poaching
    #     surveillance spending in Kenya and South Africa (USD million), 2025E a forecast; 2022, 2023 and 2025E add up,
    #     2024's Total (67.1 against 68.1) by no reading. Expected nowhere: the report's month, the 16% fall in rhino
    #     poaching losses, the 6,800 rangers, the USD 310 million of donor funding.
    dict(
        text=(
            "AI anti-poaching surveillance spending (USD million)\n"
            "| Year | Kenya | South Africa | Total |\n"
            "|---|---|---|---|\n"
            "| 2022 | 18.4 | 31.7 | 50.1 |\n"
            "| 2023 | 21.9 | 36.2 | 58.1 |\n"
            "| 2024 | 26.3 | 41.8 | 67.1 |\n"
            "| 2025E | 31.0 | 47.9 | 78.9 |\n"
            "Source: Savanna Ledger Advisory, Eyes on the Bush (March 2025). Rhino poaching losses in the two "
            "countries fell 16% in 2024; they employ some 6,800 rangers, and donor funding for anti-poaching reached "
            "USD 310 million."
        ),
        obs=[
            ("Kenya", 2022, 18.4, "USD million", "actual"),
            ("Kenya", 2023, 21.9, "USD million", "actual"),
            ("Kenya", 2024, 26.3, "USD million", "actual"),
            ("Kenya", 2025, 31.0, "USD million", "estimate"),
            ("South Africa", 2022, 31.7, "USD million", "actual"),
            ("South Africa", 2023, 36.2, "USD million", "actual"),
            ("South Africa", 2024, 41.8, "USD million", "actual"),
            ("South Africa", 2025, 47.9, "USD million", "estimate"),
            ("Total", 2022, 50.1, "USD million", "actual"),
            ("Total", 2023, 58.1, "USD million", "actual"),
            ("Total", 2024, 67.1, "USD million", "actual"),
            ("Total", 2025, 78.9, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 18.4 + 31.7 = 50.1
            ("hierarchy", "exact"),  # 2023: 21.9 + 36.2 = 58.1
            # 2024: 26.3 + 41.8 = 68.1, not 67.1; parts at least 68.0 and the total at most 67.15 -> reached by no
            # reading
            ("hierarchy", "inconsistent"),
            ("hierarchy", "exact"),  # 2025E: 31.0 + 47.9 = 78.9
        ],
    ),
    # 19. Chinese tab-separated table under "单位：万元" with an 占比 column: Shanghai's AI market in zoos and
    #     aquariums in 2024 by field with a 合计 row; the three 占比 hold, the rows add to 合计 only by rounding (7,840
    #     against 7,841). Expected nowhere: the table number, the source's month, the 9.6亿元 admissions revenue, the
    #     1860万人次 visitors, the 100% of 合计.
    dict(
        text=(
            "表3 2024年上海市动物园及水族馆AI应用市场结构\n"
            "单位：万元\n"
            "细分领域\t2024年\t占比\n"
            "动物福利与行为监测\t3260\t41.6%\n"
            "游客流量与票务分析\t2480\t31.6%\n"
            "水族馆水质智能控制\t2100\t26.8%\n"
            "合计\t7841\t100%\n"
            "注：全市动物园及水族馆门票收入约9.6亿元，年接待游客1860万人次，均不计入上表。数据来源：申江数智研究院，"
            "2025年3月。"
        ),
        obs=[
            ("动物福利与行为监测", 2024, 3260, "CNY 10 thousand", "actual"),
            ("游客流量与票务分析", 2024, 2480, "CNY 10 thousand", "actual"),
            ("水族馆水质智能控制", 2024, 2100, "CNY 10 thousand", "actual"),
            ("合计", 2024, 7841, "CNY 10 thousand", "actual"),
        ],
        claims=[
            ("share", 41.6, "percent", 2024, 2024, None),
            ("share", 31.6, "percent", 2024, 2024, None),
            ("share", 26.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 3260 / 7841 = 41.58% -> 41.6
            ("arithmetic", "exact"),  # 2480 / 7841 = 31.63% -> 31.6
            ("arithmetic", "exact"),  # 2100 / 7841 = 26.78% -> 26.8
            # 3260 + 2480 + 2100 = 7840, not 7841; parts at most 7841.5 and the total at least 7840.5 -> reached only by
            # some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 20. French pipe table with spaces between thousands and decimal commas ("118 406,2"), in milliers d'euros: the
    #     European AI market in zoos, aquariums and conservation by country with a Total row, 2025e a forecast; 2024
    #     adds exactly, 2025e only by rounding. Expected nowhere: the source's month, the 1 020 zoological parks, the
    #     24,90 € average ticket, the 3,1 millions d'euros of donations.
    dict(
        text=(
            "Marché européen de l'IA dans les zoos, aquariums et la conservation, par pays (en milliers d'euros)\n"
            "| Pays | 2024 | 2025e |\n"
            "|---|---|---|\n"
            "| Allemagne | 118 406,2 | 134 902,6 |\n"
            "| Pays-Bas | 41 245,7 | 47 810,3 |\n"
            "| Royaume-Uni | 96 388,0 | 108 544,1 |\n"
            "| Total | 256 039,9 | 291 257,1 |\n"
            "Source : Lemoine & Duval Conseil, avril 2025. Les 1 020 parcs zoologiques recensés affichent un billet "
            "moyen de 24,90 € ; les dons reçus par l'association partenaire ont atteint 3,1 millions d'euros."
        ),
        obs=[
            ("Allemagne", 2024, 118406.2, "EUR thousand", "actual"),
            ("Pays-Bas", 2024, 41245.7, "EUR thousand", "actual"),
            ("Royaume-Uni", 2024, 96388.0, "EUR thousand", "actual"),
            ("Total", 2024, 256039.9, "EUR thousand", "actual"),
            ("Allemagne", 2025, 134902.6, "EUR thousand", "estimate"),
            ("Pays-Bas", 2025, 47810.3, "EUR thousand", "estimate"),
            ("Royaume-Uni", 2025, 108544.1, "EUR thousand", "estimate"),
            ("Total", 2025, 291257.1, "EUR thousand", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2024: 118 406,2 + 41 245,7 + 96 388,0 = 256 039,9
            # 2025e: 134 902,6 + 47 810,3 + 108 544,1 = 291 257,0, not 291 257,1; parts at most 291 257,15 and the total
            # at least 291 257,05 -> reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 21. Earnings-call transcript of a wildlife-protection camera maker: the CEO sizes the total addressable market
    #     (the market, so Total) in 2024 and 2030 with a CAGR whose span only the amounts' years give (inferred), and
    #     Africa's part with a 38% share reached only by rounding. Expected nowhere: the fiscal year and quarter in the
    #     call's name, the third-quarter revenue of $41.6 million and its 28%, the 61.2% gross margin, the 46 protected
    #     areas and 2,300 ranger teams, the $158 million to $164 million revenue guidance.
    dict(
        text=(
            "Kopje Analytics Inc. Third Quarter Fiscal 2025 Earnings Call (edited transcript)\n"
            "Operator: Good afternoon and welcome to the Kopje Analytics third quarter fiscal 2025 earnings "
            "conference call. All participants are in listen-only mode.\n"
            "Chief Executive Officer: Thank you, operator. Before the numbers, a word on the opportunity. We size the "
            "total addressable market for AI wildlife-protection systems, meaning anti-poaching surveillance, "
            "acoustic gunshot detection and camera-trap recognition, at $2.14 billion in 2024, and we expect it to "
            "reach $5.02 billion in 2030, a 15.3% compound annual growth rate. Africa alone was $0.83 billion of the "
            "2024 figure, or 38%.\n"
            "Chief Financial Officer: Thanks. Third quarter revenue was $41.6 million, up 28% year over year, and "
            "gross margin was 61.2%. We are now live in 46 protected areas, with about 2,300 ranger teams on the "
            "platform. For fiscal 2025 we are raising revenue guidance to $158 million to $164 million.\n"
            "Operator: Our first question comes from the line of Dana Whitlock with Ridgeback Securities."
        ),
        obs=[
            ("Total", 2024, 2.14, "USD billion", "actual"),
            ("Total", 2030, 5.02, "USD billion", "estimate"),
            ("Africa", 2024, 0.83, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 15.3, "percent", 2024, 2030, None, "inferred"),
            ("share", 38, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (5.02 / 2.14) ** (1 / 6) - 1 = 15.27% -> 15.3
            # 0.83 / 2.14 = 38.79% -> 39, not 38; bounds 0.825 / 2.145 = 38.46%, 0.835 / 2.135 = 39.11% -> 38
            # reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 22. Conservation-tech newsletter with a TL;DR line of arrows and short forms: camera-trap image recognition (the
    #     newsletter's market, Total) from $620m in '24 to $1.9bn by '30 (in the series' unit: 1900) with "~21% CAGR",
    #     and acoustic monitoring (a second market, its own item) whose "~15%" no reading reaches. Expected nowhere:
    #     the issue number and date, the $18m Series A, the 1.2m camera traps, the 64% of ecologists polled.
    dict(
        text=(
            "The Wild Stack, issue #147, 12 May 2025\n"
            "TL;DR: AI camera-trap image recognition: $620m ('24) → $1.9bn by '30 (~21% CAGR). Acoustic monitoring: "
            "$210m ('24) → $540m ('30) (~15%). Vendors are bundling both into ranger dashboards.\n"
            "Also this week: Whiskerline raised an $18m Series A, roughly 1.2m camera traps are now deployed "
            "worldwide, and 64% of the field ecologists we polled still tag some images by hand. Reply and tell us "
            "what you are running in the field."
        ),
        obs=[
            ("Total", 2024, 620, "USD million", "actual"),
            ("Total", 2030, 1900, "USD million", "estimate"),
            ("Acoustic monitoring", 2024, 210, "USD million", "actual"),
            ("Acoustic monitoring", 2030, 540, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2030, None, "inferred"),
            ("cagr", 15, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1900 / 620) ** (1 / 6) - 1 = 20.52% -> 21
            # (540 / 210) ** (1 / 6) - 1 = 17.05% -> 17, not 15; bounds (539.5 / 210.5) ** (1/6) - 1 = 16.98%,
            # (540.5 / 209.5) ** (1/6) - 1 = 17.11% -> 15 reached by no reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 23. Consultancy report page copied from a PDF, the unit after each value in brackets ("640 (US$ m)"), a figure
    #     caption above and a footnote below: North America's market in 2024 and a 2028 forecast with a CAGR over a
    #     printed span reached only by rounding, and zoos' part with its share. Expected nowhere: the figure and page
    #     numbers, the 2.7 (US$ m) average per facility, the 86 directors interviewed, the 238 (US$ m) of
    #     conventional CCTV spending.
    dict(
        text=(
            "Figure 3.2: AI animal-welfare and behaviour monitoring in zoos and aquariums, North America, 2024-2028F\n"
            "Source: Redwood Fen Consulting analysis¹\n"
            "The North American market for AI animal-welfare and behaviour monitoring reached 640 (US$ m) in 2024 "
            "and is forecast at 1,086 (US$ m) in 2028, a compound annual growth rate of 14.2% over 2024-2028. Zoos "
            "made up 412 (US$ m) of the 2024 total, a 64% share, with aquariums accounting for the rest. Spending per "
            "accredited facility averaged 2.7 (US$ m) over the three years to 2024.\n"
            "¹ Based on interviews with 86 facility directors; excludes the 238 (US$ m) that zoos spent on "
            "conventional CCTV in 2024.\n"
            "Page 14"
        ),
        obs=[
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2028, 1086, "USD million", "estimate"),
            ("Zoos", 2024, 412, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 14.2, "percent", 2024, 2028, None, "stated"),
            ("share", 64, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (1086 / 640) ** (1 / 4) - 1 = 14.13% -> 14.1, not 14.2; bounds (1085.5 / 640.5) ** (1/4) - 1 = 14.10%,
            # (1086.5 / 639.5) ** (1/4) - 1 = 14.17% -> 14.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 412 / 640 = 64.38% -> 64
        ],
    ),
    # 24. UK government press release in "per cent" and "£bn" with a minister's quote: the UK market for AI
    #     conservation technology in 2023 and 2024 with a year-on-year rate reached only by rounding, zoos' and
    #     aquariums' part with a 27 per cent share no reading reaches, and a 2030 forecast. Expected nowhere: the
    #     publication date, the £12 million challenge fund, the 40 projects, the 31 million zoo visitors, the 1 in 6
    #     species, the 2,400 rangers trained.
    dict(
        text=(
            "Press release: New fund to take British conservation technology to the world\n"
            "From: Department for Nature Recovery and Rural Affairs\n"
            "Published 14 July 2025\n"
            "The UK market for AI conservation technology, covering camera-trap image recognition, acoustic "
            "monitoring, anti-poaching surveillance and AI animal-welfare monitoring in zoos and aquariums, was "
            "worth £0.86bn in 2024, up 18.3 per cent on £0.73bn in 2023, according to analysis by Thornbury "
            "Economics. Zoos and aquariums accounted for £0.21bn, or 27 per cent, of the 2024 total. The market is "
            "expected to reach £2.1bn by 2030.\n"
            "A new £12 million Conservation Technology Challenge Fund will back up to 40 projects pairing British "
            "developers with field teams overseas.\n"
            "Nature Minister Helen Marsh said: \"Our zoos welcomed 31 million visitors last year, and with 1 in 6 "
            "species in Great Britain at risk, the tools built here matter at home as much as abroad. We have "
            "already trained 2,400 rangers to use them.\""
        ),
        obs=[
            ("Total", 2023, 0.73, "GBP billion", "actual"),
            ("Total", 2024, 0.86, "GBP billion", "actual"),
            ("Total", 2030, 2.1, "GBP billion", "estimate"),
            ("Zoos and aquariums", 2024, 0.21, "GBP billion", "actual"),
        ],
        claims=[
            ("growth", 18.3, "percent", 2023, 2024, 1.0),
            ("share", 27, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (0.86 / 0.73) ** (1 / 1) - 1 = 17.81% -> 17.8, not 18.3; bounds 0.855 / 0.735 - 1 = 16.33%,
            # 0.865 / 0.725 - 1 = 19.31% -> 18.3 reached only by some reading
            ("cagr|implied", "rounding"),
            # 0.21 / 0.86 = 24.42% -> 24, not 27; bounds 0.205 / 0.865 = 23.70%, 0.215 / 0.855 = 25.15% -> 27
            # reached by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 25. LinkedIn post, one sentence a line, "✅" bullets and hashtags: the global market for AI visitor-flow and
    #     ticketing analytics at zoos and aquariums in 2024, a 2031 forecast in another scale ($1.02B, in the series'
    #     unit: 1020) with a CAGR over a printed span, North America's part with its share. Expected nowhere: the 48
    #     analysts, the 73% of operators surveyed and their 2 years, the $29 ticket.
    dict(
        text=(
            "Big news from the research team at Trellis & Finch! 🎉\n"
            "We just published our first sizing of AI visitor-flow and ticketing analytics for zoos and aquariums.\n"
            "✅ Global market: $385M in 2024.\n"
            "✅ Forecast: $1.02B by 2031.\n"
            "✅ That's a 14.9% CAGR (2024–2031).\n"
            "✅ North America is $152M of the 2024 total, or 39.5%.\n"
            "Our team grew to 48 analysts this year.\n"
            "73% of the operators we surveyed plan to buy within 2 years.\n"
            "The average adult ticket at the zoos we studied was $29.\n"
            "#AI #Zoos #Aquariums #VisitorExperience #Conservation"
        ),
        obs=[
            ("Total", 2024, 385, "USD million", "actual"),
            ("Total", 2031, 1020, "USD million", "estimate"),
            ("North America", 2024, 152, "USD million", "actual"),
        ],
        claims=[
            ("cagr", 14.9, "percent", 2024, 2031, None, "stated"),
            ("share", 39.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1020 / 385) ** (1 / 7) - 1 = 14.93% -> 14.9
            ("arithmetic", "exact"),  # 152 / 385 = 39.48% -> 39.5
        ],
    ),
    # 26. Syndicated market-research release in the classic form: the global AI water-quality control market for
    #     aquarium life-support systems valued in 2024, 2025 (this year, an estimate) and 2032, with a CAGR over the
    #     printed forecast period that no reading reaches; North America's share without its amount (a claim with no
    #     verdict). Expected nowhere: the dateline, the report ID and page count, the 2019-2023 historical years, the
    #     4,500 clients.
    dict(
        text=(
            "Vancouver, Canada, June 3, 2025 -- The global AI water-quality control for aquarium life-support systems "
            "market was valued at USD 386.4 Million in 2024 and is projected to grow from USD 431.9 Million in 2025 "
            "to USD 1,032.5 Million by 2032, exhibiting a CAGR of 13.6% during the forecast period (2025-2032), "
            "according to Blue Quarry Market Research. North America dominated the market with a share of 38.12% in "
            "2024, led by public aquariums retrofitting ozone and protein-skimmer controls with machine-learning "
            "dosing.\n"
            "Report ID: BQ-4471. Pages: 182. Historical data: 2019-2023.\n"
            "About Blue Quarry Market Research: founded in 2012, the firm serves more than 4,500 clients worldwide."
        ),
        obs=[
            ("Total", 2024, 386.4, "USD million", "actual"),
            ("Total", 2025, 431.9, "USD million", "estimate"),
            ("Total", 2032, 1032.5, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 13.6, "percent", 2025, 2032, None, "stated"),
            ("share", 38.12, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (1032.5 / 431.9) ** (1 / 7) - 1 = 13.26% -> 13.3, not 13.6; bounds (1032.45 / 431.95) ** (1/7) - 1 =
            # 13.26%, (1032.55 / 431.85) ** (1/7) - 1 = 13.26% -> 13.6 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 27. Academic paragraph with "billion USD" after each number and 95% confidence intervals: the global market
    #     for AI in wildlife conservation in 2023 and 2024 with a year-on-year rate, a 2030 projection with a CAGR over
    #     a printed span reached only by rounding. Expected nowhere: the 73% population decline since 1970 and its
    #     interval, the 94.2% accuracy and its interval, the 2.6 million images, the 31 sites, the table number.
    dict(
        text=(
            "Conservation technology has moved from pilot projects to procurement. Using vendor filings and grant "
            "records, we estimate the global market for AI in wildlife conservation (camera-trap image recognition, "
            "passive acoustic monitoring and anti-poaching analytics) at 1.61 billion USD in 2024, up 17.5% from 1.37 "
            "billion USD in 2023, and project 3.9 billion USD by 2030, a compound annual growth rate of 16.1% over "
            "2024-2030. The need is plain: monitored vertebrate populations have fallen by 73% since 1970 (95% CI "
            "67-78%), while the best classifiers in our benchmark reached 94.2% top-1 accuracy (95% CI 92.8-95.4%) "
            "across 2.6 million images from 31 sites (Table 2)."
        ),
        obs=[
            ("Total", 2023, 1.37, "USD billion", "actual"),
            ("Total", 2024, 1.61, "USD billion", "actual"),
            ("Total", 2030, 3.9, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 17.5, "percent", 2023, 2024, 1.0),
            ("cagr", 16.1, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1.61 / 1.37) ** (1 / 1) - 1 = 17.52% -> 17.5
            # (3.9 / 1.61) ** (1 / 6) - 1 = 15.89% -> 15.9, not 16.1; bounds (3.85 / 1.615) ** (1/6) - 1 = 15.58%,
            # (3.95 / 1.605) ** (1/6) - 1 = 16.19% -> 16.1 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. Nordic trade magazine with SEK amounts beside EUR figures: the Nordic market for AI animal-welfare and
    #     water-quality monitoring in zoos and aquariums in 2023 and 2024 with a rate reached only by rounding, and
    #     Denmark's part with its share. Expected nowhere: the issue number, the SEK 640 million of exhibit
    #     investment, Sweden's SEK 230 million (a currency the unit table does not hold), the 3.1 million visitors,
    #     the SEK 395 ticket, the 17 zoos.
    dict(
        text=(
            "Nordisk Djurparksteknik, issue 4/2025\n"
            "Nordic zoos and aquariums committed SEK 640 million to new exhibits last year, but the faster-growing "
            "budget line is software. The Nordic market for AI animal-welfare and water-quality monitoring in zoos "
            "and aquariums reached EUR 58 million in 2024, 21% more than the EUR 49 million of 2023, according to "
            "Kattegat Insight. Denmark accounted for EUR 14 million, a 24% share, while Swedish operators spent SEK "
            "230 million. Skogsby Djurpark, which drew 3.1 million visitors and charges SEK 395 for an adult "
            "ticket, is one of 17 zoos now running camera-based welfare scoring around the clock."
        ),
        obs=[
            ("Total", 2023, 49, "EUR million", "actual"),
            ("Total", 2024, 58, "EUR million", "actual"),
            ("Denmark", 2024, 14, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
            ("share", 24, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (58 / 49) ** (1 / 1) - 1 = 18.37% -> 18, not 21; bounds 57.5 / 49.5 - 1 = 16.16%,
            # 58.5 / 48.5 - 1 = 20.62% -> 21 reached only by some reading
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 14 / 58 = 24.14% -> 24
        ],
    ),
    # 29. 36氪-style funding article (Simplified): the China market for AI animal-welfare and behaviour monitoring in
    #     zoos and aquariums in 2024 with 同比增长 and the 2023 base, and 2027 at its printed figure (突破, 有望).
    #     Expected nowhere: the 亿元级 B-round, the 订单量同比翻番 (the company's orders), the 60余家 zoos, the 4,000路
    #     cameras, the 30万至80万元 annual fee per site, the 2亿人次 zoo visitors.
    dict(
        text=(
            "36氪获悉，AI动物行为监测企业「栖影科技」近日完成亿元级B轮融资，由某产业基金领投，老股东继续跟投。据观澜咨询"
            "测算，2024年中国动物园及水族馆AI动物福利与行为监测市场规模为8.7亿元，同比增长38.1%，2023年为6.3亿元；"
            "预计到2027年，市场规模有望突破20亿元。栖影科技创始人表示，公司2024年订单量同比翻番，目前已为全国60余家"
            "动物园和水族馆部署超过4,000路AI摄像头，单馆年服务费约在30万至80万元之间。另据行业协会数据，全国动物园年"
            "接待游客超过2亿人次。"
        ),
        obs=[
            ("Total", 2023, 6.3, "CNY 100 million", "actual"),
            ("Total", 2024, 8.7, "CNY 100 million", "actual"),
            ("Total", 2027, 20, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 38.1, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.7 / 6.3) ** (1 / 1) - 1 = 38.10% -> 38.1
        ],
    ),
    # 30. 招股说明书 industry passage (Simplified) quoting a consultancy: the China market for AI water-quality control in
    #     aquarium life-support systems in 2021 and 2024 with a CAGR over the printed span reached only by rounding,
    #     and 2029 with a second CAGR. Expected nowhere: the 报告期 years and the issuer's 营业收入 of 1.42亿元, 1.87亿元
    #     and 2.31亿元, its 412名 staff and the balance-sheet date, the 3,000万股 offered.
    dict(
        text=(
            "根据沐泽咨询的资料，中国水族馆维生系统AI水质控制市场规模由2021年的2.36亿元增长至2024年的5.12亿元，"
            "2021年至2024年的复合年增长率为29.4%；预计至2029年，该市场规模将达到13.85亿元，2024年至2029年的复合年"
            "增长率为22.0%。报告期内（2022年度、2023年度及2024年度），发行人营业收入分别为1.42亿元、1.87亿元及2.31"
            "亿元。截至2024年12月31日，发行人共有员工412名。本次拟公开发行股票不超过3,000万股。"
        ),
        obs=[
            ("Total", 2021, 2.36, "CNY 100 million", "actual"),
            ("Total", 2024, 5.12, "CNY 100 million", "actual"),
            ("Total", 2029, 13.85, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 29.4, "percent", 2021, 2024, None, "stated"),
            ("cagr", 22.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (5.12 / 2.36) ** (1 / 3) - 1 = 29.46% -> 29.5, not 29.4; bounds (5.115 / 2.365) ** (1/3) - 1 = 29.32%,
            # (5.125 / 2.355) ** (1/3) - 1 = 29.59% -> 29.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (13.85 / 5.12) ** (1 / 5) - 1 = 22.02% -> 22.0
        ],
    ),
    # 31. 统计局-style release (Simplified) beside 规模以上 enterprises' 营业收入: the national AI wildlife-monitoring market
    #     in 2024 with 比上年增长 and the 上年 base, and the camera-trap image-recognition part whose 58.5% no reading
    #     reaches. Expected nowhere: the 规模以上 zoo and aquarium firms' 营业收入 412.6亿元 and its 6.8%, their 利润总额
    #     38.2亿元, the 4.3万台 cameras, the 9,000余处 protected areas.
    dict(
        text=(
            "2024年，全国规模以上动物园及水族馆企业实现营业收入412.6亿元，比上年增长6.8%；实现利润总额38.2亿元。全国"
            "野生动物保护人工智能监测（含红外相机图像识别、声学监测及反盗猎预警）市场规模24.6亿元，比上年增长21.8%，"
            "上年为20.2亿元。其中，红外相机图像识别13.9亿元，占58.5%。全年新增布设红外相机4.3万台，年末全国各类自然"
            "保护地9,000余处。"
        ),
        obs=[
            ("Total", 2023, 20.2, "CNY 100 million", "actual"),
            ("Total", 2024, 24.6, "CNY 100 million", "actual"),
            ("红外相机图像识别", 2024, 13.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 21.8, "percent", 2023, 2024, 1.0),
            ("share", 58.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (24.6 / 20.2) ** (1 / 1) - 1 = 21.78% -> 21.8
            # 13.9 / 24.6 = 56.50% -> 56.5, not 58.5; bounds 13.85 / 24.65 = 56.19%, 13.95 / 24.55 = 56.82% -> 58.5
            # reached by no reading
            ("arithmetic", "inconsistent"),
        ],
    ),
    # 32. Taiwan industry-institute release (Traditional) mixing 新台幣 and 億美元: Taiwan's market for AI in zoos and
    #     aquariums in 2024 and 2028 with a CAGR over a printed span reached only by rounding, and the global market (a
    #     second market, its own item) in 億美元, 2024 at its printed figure (約), with a CAGR the amounts' years span
    #     (inferred). Expected nowhere: the release date, the 480萬 visitors, the 新台幣100元 ticket, the 132家
    #     operators surveyed, the 62% planning to adopt within two years.
    dict(
        text=(
            "【產業情報研究所（IRI）新聞稿】2025年6月18日\n"
            "IRI預估，臺灣動物園及水族館AI應用市場（含動物福利監測、維生系統水質控制與遊客流量分析）2024年規模為"
            "新台幣14.8億元，2028年將成長至新台幣31.5億元，2024至2028年年複合成長率為20.9%。全球市場2024年規模約"
            "為9.6億美元，預估2028年達18.4億美元，年複合成長率17.7%。IRI資深產業分析師指出，臺灣主要動物園2024年"
            "入園人次約480萬，全票新台幣100元；本次調查的132家業者中，有62%計畫於兩年內導入AI水質監測。"
        ),
        obs=[
            ("Total", 2024, 14.8, "TWD 100 million", "actual"),
            ("Total", 2028, 31.5, "TWD 100 million", "estimate"),
            ("全球市場", 2024, 9.6, "USD 100 million", "actual"),
            ("全球市場", 2028, 18.4, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 20.9, "percent", 2024, 2028, None, "stated"),
            ("cagr", 17.7, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            # (31.5 / 14.8) ** (1 / 4) - 1 = 20.78% -> 20.8, not 20.9; bounds (31.45 / 14.85) ** (1/4) - 1 = 20.64%,
            # (31.55 / 14.75) ** (1/4) - 1 = 20.94% -> 20.9 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|period", "exact"),  # (18.4 / 9.6) ** (1 / 4) - 1 = 17.66% -> 17.7
        ],
    ),
    # 33. Hong Kong 立法會 question and written reply (Traditional) in 百萬元 (HK$): the Hong Kong market for AI
    #     animal-welfare monitoring and life-support water-quality control in 2023 (約, at its printed figure) and
    #     2024 with 按年增長, and 2027 with a CAGR over a printed span. Expected nowhere: the question number and
    #     date, the 2024-25年度 allocation of 32百萬元, the 1 800 animals, the 560萬 visitors, the 13 staff.
    dict(
        text=(
            "立法會十題：動物園及海洋主題公園的人工智能應用\n"
            "以下是今日（六月十一日）在立法會會議上葉志明議員的提問和環境及生態局局長的書面答覆：\n"
            "答覆：\n"
            "主席：\n"
            "根據業界顧問公司維港智研的估算，本港動物園、水族館及海洋主題公園在人工智能動物福利監測及維生系統水質"
            "控制方面的市場規模，2023年約為142百萬元，2024年為168百萬元，按年增長18.3%；預計2027年可達265百萬元，"
            "2024至2027年的複合年增長率為16.4%（以上均以港元計）。政府已在2024-25年度預留32百萬元，供轄下動植物公園"
            "試行AI行為監測。該公園現時飼養約1 800隻動物，2024年入場人次約560萬，負責相關工作的人員共13名。"
        ),
        obs=[
            ("Total", 2023, 142, "HKD million", "actual"),
            ("Total", 2024, 168, "HKD million", "actual"),
            ("Total", 2027, 265, "HKD million", "estimate"),
        ],
        claims=[
            ("growth", 18.3, "percent", 2023, 2024, 1.0),
            ("cagr", 16.4, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (168 / 142) ** (1 / 1) - 1 = 18.31% -> 18.3
            ("cagr|implied", "exact"),  # (265 / 168) ** (1 / 3) - 1 = 16.41% -> 16.4
        ],
    ),
    # 34. 微博 post (Simplified) with #话题# tags and 亿元: China's AI anti-poaching surveillance market in 2024 and a
    #     2030 forecast, with a 年均复合增长率 the amounts' years span (inferred) that no reading reaches. Expected
    #     nowhere: the 2,600万元 patrol budget, the 120台 camera traps, the 3,800名 rangers, the 3位 prize winners,
    #     the 1.2万 reposts.
    dict(
        text=(
            "#AI守护野生动物# #反盗猎# 刚看完一份行业报告：2024年国内AI反盗猎监控市场规模11.2亿元，预计2030年达到"
            "37.5亿元，年均复合增长率24.3%！可我们保护区今年的巡护经费才2,600万元😂 站里布了120台红外相机，全省3,800名"
            "巡护员还在靠脚走。转发过1.2万就抽3位送周边～ #保护生物多样性#"
        ),
        obs=[
            ("Total", 2024, 11.2, "CNY 100 million", "actual"),
            ("Total", 2030, 37.5, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 24.3, "percent", 2024, 2030, None, "inferred"),
        ],
        verdicts=[
            # (37.5 / 11.2) ** (1 / 6) - 1 = 22.31% -> 22.3, not 24.3; bounds (37.45 / 11.25) ** (1/6) - 1 = 22.19%,
            # (37.55 / 11.15) ** (1/6) - 1 = 22.43% -> 24.3 reached by no reading
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 35. Simplified article with approximate amounts beside exact ones: the China market for AI in zoos, aquariums
    #     and wildlife conservation in 2023 and 2024 with 同比增长, the visitor-flow and ticketing part with its share,
    #     and 2030 at its printed figure (接近150亿元, an estimate). Expected nowhere: the 近千亿元 of wildlife tourism
    #     and zoo spending, the 超过2000亿元 of public conservation funding, the 不足5% penetration rate, the 1,200多家
    #     venues.
    dict(
        text=(
            "我国野生动物观光及动物园相关消费规模已近千亿元，各级财政生态保护投入超过2000亿元，但人工智能在1,200多家"
            "动物园、水族馆和保护地中的渗透率仍不足5%。据青岚研究院测算，2024年中国动物园、水族馆及野生动物保护AI应用"
            "市场规模为46.3亿元，同比增长22.2%（2023年为37.9亿元）；其中AI游客流量与票务分析12.4亿元，占26.8%。"
            "研究院预计，到2030年市场规模将接近150亿元。"
        ),
        obs=[
            ("Total", 2023, 37.9, "CNY 100 million", "actual"),
            ("Total", 2024, 46.3, "CNY 100 million", "actual"),
            ("Total", 2030, 150, "CNY 100 million", "estimate"),
            ("AI游客流量与票务分析", 2024, 12.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 22.2, "percent", 2023, 2024, 1.0),
            ("share", 26.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (46.3 / 37.9) ** (1 / 1) - 1 = 22.16% -> 22.2
            ("arithmetic", "exact"),  # 12.4 / 46.3 = 26.78% -> 26.8
        ],
    ),
    # 36. Hong Kong broker's Markdown table (Traditional title) of Asia-Pacific AI conservation technology in US$ m,
    #     a "Source:" row inside it and a "CAGR (2024–2030)" column: three segments and a Total in 2024 and 2030E
    #     (estimates); anti-poaching's 15.5% holds only by rounding, the 2030E Total exceeds its rows by 2.0. Expected
    #     nowhere: the table number, the source's date, the US$2.1 billion of wildlife-protection budgets, the 14,800
    #     camera traps.
    dict(
        text=(
            "表三：亞太區AI保育科技市場規模（US$ m）\n"
            "| Segment | 2024 | 2030E | CAGR (2024–2030) |\n"
            "|---|---|---|---|\n"
            "| Camera-trap image recognition | 182.4 | 498.6 | 18.2% |\n"
            "| Acoustic monitoring | 64.7 | 171.3 | 17.6% |\n"
            "| Anti-poaching surveillance | 215.9 | 513.9 | 15.5% |\n"
            "| Total | 463.0 | 1,185.8 | 17.0% |\n"
            "| Source: Harbourline Securities estimates, May 2025 | | | |\n"
            "Excludes US$2.1 billion of government wildlife-protection budgets; the region had about 14,800 camera "
            "traps in service in 2024."
        ),
        obs=[
            ("Camera-trap image recognition", 2024, 182.4, "USD million", "actual"),
            ("Camera-trap image recognition", 2030, 498.6, "USD million", "estimate"),
            ("Acoustic monitoring", 2024, 64.7, "USD million", "actual"),
            ("Acoustic monitoring", 2030, 171.3, "USD million", "estimate"),
            ("Anti-poaching surveillance", 2024, 215.9, "USD million", "actual"),
            ("Anti-poaching surveillance", 2030, 513.9, "USD million", "estimate"),
            ("Total", 2024, 463.0, "USD million", "actual"),
            ("Total", 2030, 1185.8, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 18.2, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.6, "percent", 2024, 2030, None, "stated"),
            ("cagr", 15.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 17.0, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (498.6 / 182.4) ** (1 / 6) - 1 = 18.25% -> 18.2
            ("cagr|implied", "exact"),  # (171.3 / 64.7) ** (1 / 6) - 1 = 17.62% -> 17.6
            # (513.9 / 215.9) ** (1 / 6) - 1 = 15.550% -> 15.6, not 15.5; bounds (513.85 / 215.95) ** (1/6) - 1 =
            # 15.544%, (513.95 / 215.85) ** (1/6) - 1 = 15.557% -> 15.5 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (1185.8 / 463.0) ** (1 / 6) - 1 = 16.97% -> 17.0
            ("hierarchy", "exact"),  # 2024: 182.4 + 64.7 + 215.9 = 463.0
            # 2030E: 498.6 + 171.3 + 513.9 = 1,183.8, not 1,185.8; rows at most 1,183.95 and the total at least
            # 1,185.75 -> reached by no reading
            ("hierarchy", "inconsistent"),
        ],
    ),
    # 37. Markdown table whose rows are years, columns "Market (US$ bn)" and "Growth (%)": the global market for AI
    #     in zoos and aquariums (item: the value column's header less its unit) 2022-2024 and 2025E-2027E
    #     (estimates), a dash for 2022's rate, each year-on-year rate against the year before; 2025E's 18.4 holds only
    #     by rounding. Expected nowhere: the US$21.6 billion of admissions revenue, the 10,000 zoos and aquariums, the
    #     700 million visits.
    dict(
        text=(
            "Global AI in zoos and aquariums (animal-welfare monitoring, visitor analytics, life-support control)\n"
            "| Year | Market (US$ bn) | Growth (%) |\n"
            "|---|---|---|\n"
            "| 2022 | 0.84 | – |\n"
            "| 2023 | 0.99 | 17.9 |\n"
            "| 2024 | 1.17 | 18.2 |\n"
            "| 2025E | 1.38 | 18.4 |\n"
            "| 2026E | 1.62 | 17.4 |\n"
            "| 2027E | 1.89 | 16.7 |\n"
            "Source: Fernhill Advisory. Admissions revenue of US$21.6 billion at some 10,000 zoos and aquariums "
            "(about 700 million visits a year) is not included."
        ),
        obs=[
            ("Market", 2022, 0.84, "USD billion", "actual"),
            ("Market", 2023, 0.99, "USD billion", "actual"),
            ("Market", 2024, 1.17, "USD billion", "actual"),
            ("Market", 2025, 1.38, "USD billion", "estimate"),
            ("Market", 2026, 1.62, "USD billion", "estimate"),
            ("Market", 2027, 1.89, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 17.9, "percent", 2022, 2023, 1.0),
            ("growth", 18.2, "percent", 2023, 2024, 1.0),
            ("growth", 18.4, "percent", 2024, 2025, 1.0),
            ("growth", 17.4, "percent", 2025, 2026, 1.0),
            ("growth", 16.7, "percent", 2026, 2027, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 0.99 / 0.84 - 1 = 17.86% -> 17.9
            ("cagr|implied", "exact"),  # 1.17 / 0.99 - 1 = 18.18% -> 18.2
            # 1.38 / 1.17 - 1 = 17.95% -> 17.9, not 18.4; bounds 1.375 / 1.175 - 1 = 17.02%, 1.385 / 1.165 - 1 =
            # 18.88% -> 18.4 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 1.62 / 1.38 - 1 = 17.39% -> 17.4
            ("cagr|implied", "exact"),  # 1.89 / 1.62 - 1 = 16.67% -> 16.7
        ],
    ),
    # 38. CSV whose first line is a title, then a blank line, the header and rows: AI anti-poaching surveillance
    #     spending in Africa by country in 2023 and 2024 (USD million) with a Total row: 2023's Total exceeds its rows
    #     by 0.3 (no reading), 2024's by 0.1 (only by rounding). Expected nowhere: the title's date, the 6,100 and
    #     7,400 rangers, the USD 1.3 billion of donor conservation funding.
    dict(
        text=(
            "AI anti-poaching surveillance spending in Africa by country, USD million (Acacia Ridge Partners, "
            "March 2025)\n"
            "\n"
            "Country,2023,2024\n"
            "Kenya,38.6,46.2\n"
            "South Africa,71.4,83.9\n"
            "Tanzania,22.8,27.5\n"
            "Rest of Africa,41.3,49.0\n"
            "Total,174.4,206.7\n"
            "Notes: covers systems used by 6,100 rangers in 2023 and 7,400 in 2024; donor conservation funding of "
            "USD 1.3 billion is excluded."
        ),
        obs=[
            ("Kenya", 2023, 38.6, "USD million", "actual"),
            ("Kenya", 2024, 46.2, "USD million", "actual"),
            ("South Africa", 2023, 71.4, "USD million", "actual"),
            ("South Africa", 2024, 83.9, "USD million", "actual"),
            ("Tanzania", 2023, 22.8, "USD million", "actual"),
            ("Tanzania", 2024, 27.5, "USD million", "actual"),
            ("Rest of Africa", 2023, 41.3, "USD million", "actual"),
            ("Rest of Africa", 2024, 49.0, "USD million", "actual"),
            ("Total", 2023, 174.4, "USD million", "actual"),
            ("Total", 2024, 206.7, "USD million", "actual"),
        ],
        claims=[],
        verdicts=[
            # 2023: 38.6 + 71.4 + 22.8 + 41.3 = 174.1, not 174.4; rows at most 174.3 and the total at least 174.35 ->
            # reached by no reading
            ("hierarchy", "inconsistent"),
            # 2024: 46.2 + 83.9 + 27.5 + 49.0 = 206.6, not 206.7; rows at most 206.8 and the total at least 206.65 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
    # 39. Taiwan table (Traditional) with a 年度 column in 民國 years (111年-115年 = 2022-2026, 114年 and 115年
    #     預估) and a lone value column headed by its unit only (新台幣億元, so Total), with 年增率: each year against
    #     the year before; 115年's 24.7% no reading reaches. Expected nowhere: the 民國 years as numbers, the 38 venues,
    #     the 新台幣52億元 of admissions revenue.
    dict(
        text=(
            "臺灣動物園及水族館AI應用市場規模（民國年度）\n"
            "年度          新台幣億元     年增率\n"
            "111年          6.42         —\n"
            "112年          7.85       22.3%\n"
            "113年          9.61       22.4%\n"
            "114年(預估)    11.9       23.8%\n"
            "115年(預估)    14.6       24.7%\n"
            "資料來源：臺灣生態科技協會；涵蓋38處園館，不含門票收入新台幣52億元。"
        ),
        obs=[
            ("Total", 2022, 6.42, "TWD 100 million", "actual"),
            ("Total", 2023, 7.85, "TWD 100 million", "actual"),
            ("Total", 2024, 9.61, "TWD 100 million", "actual"),
            ("Total", 2025, 11.9, "TWD 100 million", "estimate"),
            ("Total", 2026, 14.6, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.3, "percent", 2022, 2023, 1.0),
            ("growth", 22.4, "percent", 2023, 2024, 1.0),
            ("growth", 23.8, "percent", 2024, 2025, 1.0),
            ("growth", 24.7, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 7.85 / 6.42 - 1 = 22.27% -> 22.3
            ("cagr|implied", "exact"),  # 9.61 / 7.85 - 1 = 22.42% -> 22.4
            ("cagr|implied", "exact"),  # 11.9 / 9.61 - 1 = 23.83% -> 23.8
            # 14.6 / 11.9 - 1 = 22.69% -> 22.7, not 24.7; bounds 14.55 / 11.95 - 1 = 21.76%, 14.65 / 11.85 - 1 =
            # 23.63% -> 24.7 reached by no reading
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 40. Fixed-width table of Japan's AI visitor-flow and ticketing analytics at zoos and aquariums (¥ billion),
    #     FY2023 and FY2024 (both actual), a YoY column with a decline in parentheses ("(3.2%)", a rate of -3.2) and a
    #     footnote marker on the Total row: FY2023 adds exactly, FY2024 only by rounding. Expected nowhere: the
    #     ¥46.3 billion of admissions revenue, the 152 facilities, the publisher's date.
    dict(
        text=(
            "Japan: AI visitor-flow and ticketing analytics at zoos and aquariums (¥ billion)\n"
            "Segment                          FY2023    FY2024      YoY\n"
            "AI dynamic ticket pricing          4.86      6.12    25.9%\n"
            "AI crowd-flow analytics            3.27      3.93    20.2%\n"
            "AI queue-camera counting           1.58      1.53    (3.2%)\n"
            "Total*                             9.71     11.59    19.4%\n"
            "* Excludes ¥46.3 billion of admissions revenue; covers 152 facilities. Shiomi Research, 20 May 2025."
        ),
        obs=[
            ("AI dynamic ticket pricing", 2023, 4.86, "JPY billion", "actual"),
            ("AI dynamic ticket pricing", 2024, 6.12, "JPY billion", "actual"),
            ("AI crowd-flow analytics", 2023, 3.27, "JPY billion", "actual"),
            ("AI crowd-flow analytics", 2024, 3.93, "JPY billion", "actual"),
            ("AI queue-camera counting", 2023, 1.58, "JPY billion", "actual"),
            ("AI queue-camera counting", 2024, 1.53, "JPY billion", "actual"),
            ("Total", 2023, 9.71, "JPY billion", "actual"),
            ("Total", 2024, 11.59, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 25.9, "percent", 2023, 2024, 1.0),
            ("growth", 20.2, "percent", 2023, 2024, 1.0),
            ("growth", -3.2, "percent", 2023, 2024, 1.0),
            ("growth", 19.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6.12 / 4.86 - 1 = 25.93% -> 25.9
            ("cagr|implied", "exact"),  # 3.93 / 3.27 - 1 = 20.18% -> 20.2
            ("cagr|implied", "exact"),  # 1.53 / 1.58 - 1 = -3.16% -> -3.2
            ("cagr|implied", "exact"),  # 11.59 / 9.71 - 1 = 19.36% -> 19.4
            ("hierarchy", "exact"),  # FY2023: 4.86 + 3.27 + 1.58 = 9.71
            # FY2024: 6.12 + 3.93 + 1.53 = 11.58, not 11.59; rows at most 11.595 and the total at least 11.585 ->
            # reached only by some reading
            ("hierarchy", "rounding"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


#: its name in the measures' line
NAME = "two-hundred-and-sixty-ninth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 14, 'rounding': 19, 'exact': 58}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'Net sales (in millions)',
    '*ORRIN CAPITAL SEES',
    '¥ bn',
    'JPY 12.3 bn',
    'FY3/2025',
    'To ask the Secretary of State',
    '2024-25',
    'EUR 84,6 million',
    '14,6 per cent',
    '$1.1–1.3 billion',
    'between 18 and 20 per cent',
    'USD mn 640',
    'USD bn 2.1',
    '> The UK market',
    '人民幣386,512千元',
    '市场规模达8600万元',
    '翻两番',
    '年均增长',
    '（达到86.4亿元）',
    '民國113年',
    '兆元',
    '億港元',
    '百分之十二點五',
    'AIGC市场',
    'CAGR达35%',
    'TAM',
    '(USD m)',
    '2023A | 2024A | 2025E',
    '% of total',
    '单位：万元',
    '占比',
    '118 406,2',
    'Operator:',
    'Chief Financial Officer:',
    'TL;DR',
    '→',
    "by '30",
    '640 (US$ m)',
    'per cent',
    '£0.86bn',
    '✅',
    '#Conservation',
    'exhibiting a CAGR of',
    '(95% CI',
    'billion USD',
    'SEK 640 million',
    '亿元级',
    '同比翻番',
    '2021年至2024年的复合年增长率为',
    '规模以上',
    '新台幣',
    '億美元',
    '百萬元',
    '#AI守护野生动物#',
    '近千亿元',
    '超过2000亿元',
    '| Source:',
    'CAGR (2024–2030)',
    'Market (US$ bn)',
    'Growth (%)',
    '113年',
    '(3.2%)',
    'Total*',
)
LAYOUT = (40, 16, 14, 10)
#: the set's blind score (written without reading or running the extractor): 152
#: figures, 53 rates, 76 verdicts and 0 false inconsistent
FLOORS = {"figures_found": 168, "rates_found": 54, "verdicts_right": 79}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset269.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
