"""A hundred-and-seventy-second check set for the extractor, written blind: AI in chemicals, materials and batteries: AI
materials discovery and materials informatics platforms, AI process control and optimisation in chemical plants,
battery-material and electrolyte screening with AI, self-driving labs and lab-automation software, AI for polymers,
catalysts and specialty formulations, sized in money by chemical-industry consultancies, trade associations, chemical
groups' capital-markets days, brokers, government new-materials plans, and research houses in Germany, Japan, Korea,
the United States and China. Distractors a careful reader leaves out: the whole chemicals or battery market beside the
AI part, a group's own sales or R&D budget, tonnes of output, plant capacity, numbers of compounds screened or patents
filed, a quarter's figures, feedstock and cathode prices.

Snippets 1-20: AI in chemicals, materials and batteries: eight English prose pieces (a Frankfurt BusinessWire release
on AI process control in German chemical plants with a part's share, a stated CAGR whose 2030 end is printed in
billions and so converted to the series' EUR million, and the whole chemical industry's sales, tonnes and plant counts
beside it; a Boston broker note on US materials-informatics platforms in US$mn with a this-year estimate, a CAGR whose
span only its amounts' years give and only some reading reaches, a quarter, a covered company's revenue, compounds
screened and a price target with its upside; a London news article on AI battery-material and electrolyte screening
quoting two consultancies, with a lithium price and the whole battery market; a Darmstadt chemical group's
capital-markets day sizing a TAM with a 2.5x multiple beside its own sales, share ambition, R&D budget and margin; a
Tokyo research house in fiscal years and yen with a revised prior-year figure, a quarter and a survey answer; a Seoul
broker note on self-driving labs with an inconsistent year-on-year rate (won-based) and won asides; a Washington
trade-association yearbook on AI catalyst design with "more than fivefold", a 2030 range and patents; and a San
Francisco house on AI polymer design with last year / this year, a rounding CAGR and a second market named beside the
first); seven Chinese prose pieces (a Simplified broker note with a rounding year-on-year rate, a part and its share,
a 万亿元 whole and a lithium-carbonate price; a provincial 行动计划 with a 2025 target, 力争 and 增长3倍; in Traditional Chinese a
CNA wire in 新台幣億元 with petrochemical output and capacity, a Hong Kong paper in 億港元 with a part's share and a quarter,
and a Taiwan business paper quoting two research houses; a Xinhua item with 去年/今年, 增长近2倍 and a share in words; and a
year-end review of AI electrolyte R&D with an inconsistent rate, a 明年 target, a firm's revenue, tonnes shipped and a
price); and five tables (a markdown broker exhibit with 2025E/2027F columns, a Total row and a CAGR note; a
space-aligned Japanese fiscal-year table with e columns and its Total row printed first, one total reached only by
rounding; a tab-separated German years-as-rows table with a Total column; a Simplified Chinese tab table with a unit
line and 合计; and a markdown years-as-rows table with a lone unit-headed column and a YoY column, one rate only some
reading reaches). Distractors: datelines, exhibit, table and document numbers, plan title years, edition years, counts
of firms, plants, labs, researchers, respondents and compounds, patents, tonnes and capacity, feedstock, lithium and
cathode prices, quarters, a group's own sales, R&D budget, share ambition and margin, a covered company's revenue, a
price target and upside, won amounts, a second publisher's figure, a superseded figure, a penetration rate, a survey
answer, shares in words, and the whole chemicals, battery or new-materials market beside the AI part.

Snippets 21-40: AI in chemicals, materials and batteries (materials informatics and AI materials discovery, AI process
control and optimisation in chemical plants, battery-material and electrolyte screening, self-driving labs and
lab-automation software, AI for polymers, catalysts and specialty formulations). Eight English prose pieces (a US
materials-informatics software company's fourth-quarter earnings call sizing its TAM, a journal abstract on
self-driving labs with a part, its share and "nearly fourfold", a Frankfurt trade association's release whose
year-on-year rate its amounts contradict, a LinkedIn post with "last year"/"this year", a Tokyo research house's
release in yen by fiscal year with a CAGR reached only by rounding, a trade web page with a correction, a share and a
quarter's figure, a Seoul broker note with a rate reached by rounding, a range and won figures, and a Houston chemical
group's investor day with "2.5 times" and an adjacent second market); seven Chinese prose pieces (a broker note that
sets a second publisher's figure beside its own, a provincial action plan with 增长3倍 and a 力争 target, a Zhihu answer
with 去年/今年, and an association white paper with a 更正, in Simplified; a Taiwan ministry release in 新台幣億元, a Hong Kong
news item in 億港元 with a share, and a Taiwan broker note with a range and 近3倍, in Traditional) and five tables (a
markdown application table with E/F columns and a total off by one, a tab-separated country table with a CAGR column
and one digit-swapped rate, a space-aligned table with years as rows and a lone unit column with a y/y column, a
Simplified Chinese share table, a Traditional Chinese table with a 年增率 column). Distractors: the whole chemicals,
chemical-pharma, new-materials or chemical-materials output beside the AI part; a group's or company's own sales,
revenue, ARR, R&D budget, margin and market-share target; a government grant; tonnes of capacity and output; numbers
of compounds, formulations and experiments screened, patents, customers, firms, plants and respondents; headcounts; a
quarter's figures; lithium carbonate, NCM cathode and nickel prices; target prices and upside; penetration and survey
percentages; shares in words; report, exhibit, table, volume and page numbers and plan title years; a second
publisher's figure; a superseded figure; an amount in won.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. BusinessWire release (Frankfurt, 14 May 2025): year-on-year rate, a part with its share, a stated CAGR whose
    # 2030 end ("€1.85 billion") is converted to the series' EUR million. Nowhere: €230 billion industry sales, 1,300
    # plants, 4.5 million tonnes, the study's edition year.
    dict(
        text=(
            "FRANKFURT, Germany--(BUSINESS WIRE)--May 14, 2025-- German chemical producers spent €612 million on "
            "AI-based process control and optimisation software in 2024, 23% more than the €498 million they spent "
            "in 2023, according to the Chemical Plant Intelligence Study 2025 published today by Lindqvist & Baur "
            "Consulting. AI-based advanced process control, which adjusts reactor and distillation set-points in real "
            "time, accounted for €241 million, or 39% of the total. The consultancy expects spending to reach €1.85 "
            "billion by 2030, a compound annual growth rate of 20.2% between 2024 and 2030. The figures compare with "
            "sales of roughly €230 billion for the German chemical industry as a whole; the study covered 1,300 "
            "production sites that together turn out some 4.5 million tonnes of specialty chemicals a year."
        ),
        obs=[
            ("Total", 2023, 498, "EUR million", "actual"),
            ("Total", 2024, 612, "EUR million", "actual"),
            ("Total", 2030, 1850, "EUR million", "estimate"),
            ("AI-based advanced process control", 2024, 241, "EUR million", "actual"),
        ],
        claims=[
            ("growth", 23, "percent", 2023, 2024, 1.0),
            ("share", 39, "percent", 2024, 2024, None),
            ("cagr", 20.2, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 612 / 498 - 1 = 22.89% -> 23
            ("arithmetic", "exact"),    # 241 / 612 = 39.38% -> 39
            ("cagr|implied", "exact"),  # (1850 / 612) ** (1/6) - 1 = 20.25% -> 20.2
        ],
    ),
    # 2. Boston broker note (9 October 2024), US$mn: a this-year (2024) estimate; a CAGR whose span only its amounts'
    # years give (2023-2028), reached only by rounding. Nowhere: 3Q24's US$141mn, Matterlytics' US$96mn revenue,
    # 1.2mn compounds, the US$34 price target and 22% upside.
    dict(
        text=(
            "Boston, 9 October 2024 -- Specialty Chemicals & Materials | Sector update. Materials informatics is "
            "moving from pilot to platform. We size US spending on materials-informatics platforms (data "
            "infrastructure, ML property prediction and inverse-design software sold to chemical, polymer and "
            "battery-material makers) at US$412mn in 2023 and expect US$530mn this year. Our base case takes the "
            "market from US$412mn in 2023 to US$1,390mn in 2028, a CAGR of 27.6%. Spending in 3Q24 alone came to "
            "US$141mn. Our top pick, Matterlytics, booked US$96mn of revenue in the last twelve months and says its "
            "customers screened 1.2mn candidate compounds on the platform; we reiterate Buy with a US$34 price "
            "target, 22% upside."
        ),
        obs=[
            ("Total", 2023, 412, "USD million", "actual"),
            ("Total", 2024, 530, "USD million", "estimate"),
            ("Total", 2028, 1390, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 27.6, "percent", 2023, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "rounding"),  # (1390 / 412) ** (1/5) - 1 = 27.53% -> 27.5, not 27.6;
                                          # bounds (1389.5/412.5)**(1/5)-1 = 27.49% .. (1390.5/411.5)**(1/5)-1 = 27.57%: 27.6 reached
        ],
    ),
    # 3. News article (London, 2 June 2025) quoting two consultancies: the first gives base, target and rate; the second's
    # $450 million for 2024 is expected nowhere. "Last year" = 2024. 2032 end converted to USD million.
    # Nowhere: $9,800 a tonne lithium carbonate, 32 million molecules, the ~$150 billion battery-cell market.
    dict(
        text=(
            "LONDON, June 2, 2025 (Materials Wire) - Battery makers and their suppliers spent $310 million last year on AI "
            "tools that screen cathode materials, solid electrolytes and electrolyte additives, up 31% from $236 "
            "million in 2023, consultancy Voltaic Insights said on Monday. It sees the market reaching $1.9 billion "
            "by 2032, a compound annual growth rate of 25.4% over 2024-2032. Ampera Research, which uses a broader "
            "definition that includes cell-design simulation, puts last year's spending at about $450 million. "
            "Voltaic said one client had screened 32 million candidate molecules in silico in a single campaign. "
            "The spending is tiny next to the roughly $150 billion global battery-cell market, and comes as lithium "
            "carbonate trades near $9,800 a tonne, squeezing materials makers' budgets. (Reporting by Hannah Reid; "
            "editing by Tom Oakes)"
        ),
        obs=[
            ("Total", 2023, 236, "USD million", "actual"),
            ("Total", 2024, 310, "USD million", "actual"),
            ("Total", 2032, 1900, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
            ("cagr", 25.4, "percent", 2024, 2032, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 310 / 236 - 1 = 31.36% -> 31
            ("cagr|implied", "exact"),  # (1900 / 310) ** (1/8) - 1 = 25.44% -> 25.4
        ],
    ),
    # 4. Chemical group's capital markets day (Darmstadt, 18 March 2025): the TAM it sizes is the market (Total); 2.5x
    # between 2024 and 2028 (x2.5, period 4; 8.5 / 3.4 = 2.5), no verdict. Nowhere: group sales €14.6 billion, digital
    # sales €410 million, 15% share ambition, €2.1 billion R&D budget, 21% EBITDA margin, 1,900 data scientists.
    dict(
        text=(
            "Darmstadt, 18 March 2025 - Rhenova SE Capital Markets Day, session 3: 'Molecules by design'. Chief "
            "Technology Officer Dr. Katrin Vogt sized the total addressable market for AI-driven specialty formulation "
            "and catalyst design at €3.4 billion in 2024 and said she expects it to grow 2.5x to €8.5 billion by 2028. "
            "Rhenova, whose group sales were €14.6 billion last year, generated €410 million from its digital "
            "formulation services and aims to win a 15% share of the addressable market by 2028. The group will keep "
            "its R&D budget at about €2.1 billion a year, now supported by 1,900 data scientists, and targets an "
            "EBITDA margin of 21% for the Specialty Solutions segment."
        ),
        obs=[
            ("Total", 2024, 3.4, "EUR billion", "actual"),
            ("Total", 2028, 8.5, "EUR billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[],
    ),
    # 5. Tokyo research house (22 July 2025), fiscal years in yen: the revised FY2023 figure (¥19.1 billion) is the
    # figure, the superseded ¥18.4 billion expected nowhere. Nowhere: April-June ¥7.2 billion, 340 companies, 38% of
    # respondents (a survey answer).
    dict(
        text=(
            "TOKYO, July 22, 2025 - Japan's materials informatics market, covering software, cloud computing and "
            "contract data-analysis services used in chemical and materials development, grew 28.8% to ¥24.6 billion "
            "in fiscal 2024, Shinonome Research Institute said. The institute has revised its fiscal 2023 figure to "
            "¥19.1 billion, from the ¥18.4 billion it published a year ago, after adding cloud GPU spending by resin "
            "and electronic-materials makers. It forecasts ¥58.0 billion in fiscal 2028, a compound annual growth rate "
            "of 23.9% over FY2024-FY2028. In the April-June quarter alone, the market came to ¥7.2 billion. Of the "
            "340 companies surveyed, 38% said they already use MI on production-scale projects."
        ),
        obs=[
            ("Total", 2023, 19.1, "JPY billion", "actual"),
            ("Total", 2024, 24.6, "JPY billion", "actual"),
            ("Total", 2028, 58.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 28.8, "percent", 2023, 2024, 1.0),
            ("cagr", 23.9, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 24.6 / 19.1 - 1 = 28.80% -> 28.8
            ("cagr|implied", "exact"),  # (58.0 / 24.6) ** (1/4) - 1 = 23.91% -> 23.9
        ],
    ),
    # 6. Seoul broker note (3 March 2025): the 31% rate is inconsistent with the dollar amounts (it is the won-based
    # rise, as the weaker won inflated it). Nowhere: 270 billion won, the 1 trillion won 2030 goal (won not held),
    # 23 labs, 1,400 researchers.
    dict(
        text=(
            "Seoul, 3 March 2025 | Hanbit Investment & Securities - Korea Battery & Chemicals Strategy. Korean "
            "spending on self-driving labs and lab-automation software for chemicals and battery materials rose 31% "
            "last year to $186 million (about 270 billion won), from $152 million in 2023, by our count. Robotic "
            "synthesis cells paired with Bayesian-optimisation software are now running at 23 corporate and national "
            "labs, employing some 1,400 researchers. The science ministry aims for a 1 trillion won domestic market "
            "by 2030."
        ),
        obs=[
            ("Total", 2023, 152, "USD million", "actual"),
            ("Total", 2024, 186, "USD million", "actual"),
        ],
        claims=[
            ("growth", 31, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 186 / 152 - 1 = 22.37% -> 22, not 31;
                                               # bounds 185.5/152.5-1 = 21.64% .. 186.5/151.5-1 = 23.10%: 31 not reached
        ],
    ),
    # 7. Trade-association yearbook (Washington, June 2025): "roughly" at its printed figure; "more than fivefold" is x5
    # over 2019-2024 (0.74 / 0.14 = 5.29); a 2030 range gives two value claims. Nowhere: the yearbook's edition year,
    # Table 7.3, 186 member companies, 1,150 patents, $890 billion chemical shipments.
    dict(
        text=(
            "From the Chemical Innovation Council's 2025 Industry Yearbook (Washington, June 2025), chapter 7: AI "
            "in catalysis. Member companies and their suppliers spent roughly $0.74 billion on AI tools for catalyst "
            "discovery and design in 2024 - more than fivefold the $0.14 billion of 2019, when most work was still "
            "done by hand in high-throughput rigs (Table 7.3). Depending on how fast generative models move into "
            "plant qualification, the Council projects the market at $2.2 billion to $2.8 billion in 2030. The "
            "Council's 186 member companies filed 1,150 patents citing machine-learned catalysts last year, against "
            "total US chemical shipments of about $890 billion."
        ),
        obs=[
            ("Total", 2019, 0.14, "USD billion", "actual"),
            ("Total", 2024, 0.74, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 5, "multiple", 2019, 2024, 5.0),
            ("value", 2.2, "USD billion", 2030, 2030, None),
            ("value", 2.8, "USD billion", 2030, 2030, None),
        ],
        verdicts=[],
    ),
    # 8. Research house (San Francisco, 10 September 2025): "last year" = 2024, "this year" = 2025 (estimate); a stated
    # CAGR only some reading reaches; a second market named beside the first is its own item, never summed.
    # Nowhere: 2,300 patents, polyethylene at $1,050 a tonne, 410 million tonnes of plastics.
    dict(
        text=(
            "SAN FRANCISCO, Sept. 10, 2025 -- Spending on AI for polymer design and compounding - property "
            "prediction, recipe optimisation and digital twins for extrusion lines - came to $1.26 billion worldwide "
            "last year, Polymetrics Research estimates. The firm expects $1.55 billion this year, a 23% rise, and "
            "$4.1 billion by 2030, which works out to a compound annual growth rate of 21.8% from 2025 to 2030. A "
            "second market it tracks, AI coatings formulation, reached $0.38 billion last year. Polymer makers filed "
            "some 2,300 AI-related patents in 2024, the firm notes, even as polyethylene prices sagged to about "
            "$1,050 a tonne and global plastics output stalled near 410 million tonnes."
        ),
        obs=[
            ("Total", 2024, 1.26, "USD billion", "actual"),
            ("Total", 2025, 1.55, "USD billion", "estimate"),
            ("Total", 2030, 4.1, "USD billion", "estimate"),
            ("AI coatings formulation", 2024, 0.38, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 23, "percent", 2024, 2025, 1.0),
            ("cagr", 21.8, "percent", 2025, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 1.55 / 1.26 - 1 = 23.02% -> 23
            ("cagr|implied", "rounding"),  # (4.1 / 1.55) ** (1/5) - 1 = 21.48% -> 21.5, not 21.8;
                                           # bounds (4.05/1.555)**(1/5)-1 = 21.10% .. (4.15/1.545)**(1/5)-1 = 21.85%: 21.8 reached
        ],
    ),
    # 9. Simplified Chinese broker note (8 April 2025): a year-on-year rate only some reading reaches, a part with its
    # share, a stated CAGR. Nowhere: 新材料产业总产值约7.6万亿元 (the whole), 1,280件专利, 碳酸锂7.5万元/吨, 12家公司, rating.
    dict(
        text=(
            "【华屹证券|新材料行业专题】2025年4月8日 AI for Science加速落地材料研发。我们测算,2024年我国AI新材料"
            "研发(含材料信息学平台、AI分子设计、高通量计算与模拟)市场规模为42.7亿元,同比增长36.6%,2023年为"
            "31.2亿元;其中AI分子设计为16.3亿元,占比38.2%。对比来看,同期我国新材料产业总产值约7.6万亿元,"
            "AI研发投入仍处早期。展望未来,我们预计2027年市场规模将达98亿元,2024-2027年复合增速31.9%。"
            "2024年国内相关专利申请量达1,280件;碳酸锂价格回落至7.5万元/吨,电池材料企业研发预算承压。"
            "我们覆盖的12家公司中,首次覆盖给予行业“增持”评级。"
        ),
        obs=[
            ("Total", 2023, 31.2, "CNY 100 million", "actual"),
            ("Total", 2024, 42.7, "CNY 100 million", "actual"),
            ("Total", 2027, 98, "CNY 100 million", "estimate"),
            ("AI分子设计", 2024, 16.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 36.6, "percent", 2023, 2024, 1.0),
            ("share", 38.2, "percent", 2024, 2024, None),
            ("cagr", 31.9, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 42.7 / 31.2 - 1 = 36.86% -> 36.9, not 36.6;
                                           # bounds 42.65/31.25-1 = 36.48% .. 42.75/31.15-1 = 37.24%: 36.6 reached
            ("arithmetic", "exact"),       # 16.3 / 42.7 = 38.17% -> 38.2
            ("cagr|implied", "exact"),     # (98 / 42.7) ** (1/3) - 1 = 31.91% -> 31.9
        ],
    ),
    # 10. Provincial action plan (Simplified, February 2025): a 2025 target and a 力争 2027 target (estimates); 增长3倍
    # keeps 3 (120 / 30 = 4 = 1 + 3), x3 over 2023-2027. Nowhere: the plan's title years, 苏工信材料〔2025〕12号,
    # 8个自驱动实验室, 15家企业, 新材料产业总产值1.2万亿元.
    dict(
        text=(
            "日前,江苏省工业和信息化厅等五部门联合印发《江苏省“人工智能+新材料”行动计划(2025—2027年)》"
            "(苏工信材料〔2025〕12号)。《计划》明确,到2025年,全省人工智能赋能新材料研发与生产的软件和服务规模达到"
            "60亿元;力争到2027年突破120亿元,较2023年增长3倍,建成8个自驱动实验室,培育15家具有核心算法能力的"
            "材料智能化服务企业。据省工信厅介绍,2023年全省该领域规模约为30亿元,全省新材料产业总产值已超过"
            "1.2万亿元。"
        ),
        obs=[
            ("Total", 2023, 30, "CNY 100 million", "actual"),
            ("Total", 2025, 60, "CNY 100 million", "estimate"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 11. CNA wire in Traditional Chinese (Taipei, 14 May 2025), 新台幣億元: year-on-year rate and stated CAGR.
    # Nowhere: 石化業產值約新台幣1.3兆元 (the whole), 乙烯年產能400萬公噸, 120座工廠, the filing number 1140514.
    dict(
        text=(
            "(中央社記者吳佳蓉台北2025年5月14日電)台灣化工數位轉型協會今天發布年度調查指出,國內AI化工製程優化"
            "市場(含先進製程控制、預測性維護及能耗最佳化)2024年規模為新台幣46.8億元,較2023年的39.5億元年增"
            "18.5%。協會預估,2028年將成長至新台幣92億元,2024至2028年年複合成長率為18.4%。協會指出,國內石化業"
            "年產值約新台幣1.3兆元,乙烯年產能約400萬公噸,目前約120座工廠已導入AI製程控制。(編輯:黃世雄)1140514"
        ),
        obs=[
            ("Total", 2023, 39.5, "TWD 100 million", "actual"),
            ("Total", 2024, 46.8, "TWD 100 million", "actual"),
            ("Total", 2028, 92, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("cagr", 18.4, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 46.8 / 39.5 - 1 = 18.48% -> 18.5
            ("cagr|implied", "exact"),  # (92 / 46.8) ** (1/4) - 1 = 18.41% -> 18.4
        ],
    ),
    # 12. Hong Kong paper in Traditional Chinese (12 March 2025), 億港元: a year-on-year rate, a part with its share.
    # Nowhere: the fourth quarter's 1.02億港元, 2,400名科研人員, 36間實驗室.
    dict(
        text=(
            "【本報訊】(2025年3月12日)香港材料科研加速自動化。本地研究機構匯創智庫今日發表報告,2024年香港AI材料"
            "研發及實驗室自動化服務市場規模達3.62億港元,按年增長24%,2023年為2.92億港元。當中自動化實驗室軟件"
            "收入1.35億港元,佔整體市場37%。單計去年第四季,市場規模為1.02億港元。報告指,全港現有36間實驗室"
            "採用機械人合成平台,涉及約2,400名科研人員。"
        ),
        obs=[
            ("Total", 2023, 2.92, "HKD 100 million", "actual"),
            ("Total", 2024, 3.62, "HKD 100 million", "actual"),
            ("自動化實驗室軟件", 2024, 1.35, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("share", 37, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.62 / 2.92 - 1 = 23.97% -> 24
            ("arithmetic", "exact"),    # 1.35 / 3.62 = 37.29% -> 37
        ],
    ),
    # 13. Taiwan business paper in Traditional Chinese quoting two research houses (億美元): the first gives base, target
    # and rate; the second's 約11億美元 for 2024 is expected nowhere. Nowhere: 3,200萬種分子, 每噸1.2萬美元 cathode price.
    dict(
        text=(
            "【工商時報/記者林志豪/台北報導】AI正改寫電池材料研發流程。研調機構晶策研究最新報告指出,全球AI電池"
            "材料與電解液篩選市場2024年規模為8.6億美元,預估2030年將達41億美元,2024至2030年年複合成長率達29.7%。"
            "不過,另一家研究機構亞瀚顧問採較寬定義,估計2024年該市場規模約11億美元。晶策研究表示,領先業者單次"
            "計算已可篩選超過3,200萬種電解液分子;三元正極材料價格則已跌至每噸約1.2萬美元。"
        ),
        obs=[
            ("Total", 2024, 8.6, "USD 100 million", "actual"),
            ("Total", 2030, 41, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 29.7, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (41 / 8.6) ** (1/6) - 1 = 29.73% -> 29.7
        ],
    ),
    # 14. Xinhua item (Beijing, 16 July 2025), Simplified: 去年 = 2024, 今年 = 2025 (estimate); 增长近2倍 keeps 2
    # (58.4 / 19.6 = 2.98), x2 over 2021-2024. Nowhere: 约占…四成 (a share in words), 逾500家企业, 乙烯产量3,200万吨.
    dict(
        text=(
            "新华社北京2025年7月16日电(记者刘畅)记者从中国化工智能化产业联盟获悉,去年我国化工行业AI工艺优化市场规模达"
            "58.4亿元,较2021年的19.6亿元增长近2倍;今年预计增长约27%,达到74亿元。联盟有关负责人介绍,炼化一体化"
            "装置的AI先进控制约占市场的四成,全国已有逾500家化工企业部署相关系统,去年全国乙烯产量超过3,200万吨。"
        ),
        obs=[
            ("Total", 2021, 19.6, "CNY 100 million", "actual"),
            ("Total", 2024, 58.4, "CNY 100 million", "actual"),
            ("Total", 2025, 74, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2021, 2024, 3.0),
            ("growth", 27, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 74 / 58.4 - 1 = 26.71% -> 27
        ],
    ),
    # 15. Year-end review (30 December 2024), Simplified: 2024 is not over (estimate); the 41% rate is inconsistent with
    # the amounts (it fits an older base of about 16.7亿元: 23.5 / 16.7 - 1 = 40.7%); 明年 = 2025 (有望, estimate).
    # Nowhere: a leader's 4.2亿元 revenue, 第三季度 6.1亿元, 150万吨 electrolyte shipped, 六氟磷酸锂 5.8万元/吨.
    dict(
        text=(
            "【2024年终盘点】AI+电解液:从“炒配方”到“算配方”(2024年12月30日)据高瓴锂电研究院测算,2024年我国AI"
            "电解液及电池材料研发服务市场规模预计为23.5亿元,同比增长41%(2023年为18.2亿元),其中第三季度单季约"
            "6.1亿元。行业龙头AI研发服务营收约4.2亿元。全年电解液出货量约150万吨,六氟磷酸锂价格徘徊在5.8万元/吨"
            "附近。展望明年,研究院认为,随着固态电解质筛选需求释放,市场规模有望突破30亿元。"
        ),
        obs=[
            ("Total", 2023, 18.2, "CNY 100 million", "actual"),
            ("Total", 2024, 23.5, "CNY 100 million", "estimate"),
            ("Total", 2025, 30, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 23.5 / 18.2 - 1 = 29.12% -> 29, not 41;
                                               # bounds 23.45/18.25-1 = 28.49% .. 23.55/18.15-1 = 29.75%: 41 not reached
        ],
    ),
    # 16. Markdown pipe broker exhibit (January 2025) with 2025E/2027F columns and a Total row; a stated CAGR in the
    # note line. Nowhere: the exhibit number, the note's date.
    dict(
        text=(
            "Exhibit 9: Global AI in chemicals and materials - software and services revenue by application (US$ bn)\n"
            "\n"
            "| Application | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---:|---:|---:|---:|\n"
            "| Materials discovery & informatics | 0.92 | 1.18 | 1.51 | 2.46 |\n"
            "| Process optimisation & control | 1.64 | 1.97 | 2.36 | 3.31 |\n"
            "| Lab automation & self-driving labs | 0.48 | 0.63 | 0.82 | 1.37 |\n"
            "| Formulation & recipe AI | 0.37 | 0.46 | 0.58 | 0.89 |\n"
            "| Total | 3.41 | 4.24 | 5.27 | 8.03 |\n"
            "\n"
            "Source: company data, Kestrel Partners Research estimates, 21 January 2025. Note: excludes hardware and "
            "instrument sales; the total compounds at 23.7% a year over 2024-2027F."
        ),
        obs=[
            ("Materials discovery & informatics", 2023, 0.92, "USD billion", "actual"),
            ("Materials discovery & informatics", 2024, 1.18, "USD billion", "actual"),
            ("Materials discovery & informatics", 2025, 1.51, "USD billion", "estimate"),
            ("Materials discovery & informatics", 2027, 2.46, "USD billion", "estimate"),
            ("Process optimisation & control", 2023, 1.64, "USD billion", "actual"),
            ("Process optimisation & control", 2024, 1.97, "USD billion", "actual"),
            ("Process optimisation & control", 2025, 2.36, "USD billion", "estimate"),
            ("Process optimisation & control", 2027, 3.31, "USD billion", "estimate"),
            ("Lab automation & self-driving labs", 2023, 0.48, "USD billion", "actual"),
            ("Lab automation & self-driving labs", 2024, 0.63, "USD billion", "actual"),
            ("Lab automation & self-driving labs", 2025, 0.82, "USD billion", "estimate"),
            ("Lab automation & self-driving labs", 2027, 1.37, "USD billion", "estimate"),
            ("Formulation & recipe AI", 2023, 0.37, "USD billion", "actual"),
            ("Formulation & recipe AI", 2024, 0.46, "USD billion", "actual"),
            ("Formulation & recipe AI", 2025, 0.58, "USD billion", "estimate"),
            ("Formulation & recipe AI", 2027, 0.89, "USD billion", "estimate"),
            ("Total", 2023, 3.41, "USD billion", "actual"),
            ("Total", 2024, 4.24, "USD billion", "actual"),
            ("Total", 2025, 5.27, "USD billion", "estimate"),
            ("Total", 2027, 8.03, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (8.03 / 4.24) ** (1/3) - 1 = 23.72% -> 23.7
            ("hierarchy", "exact"),     # 2023: 0.92+1.64+0.48+0.37 = 3.41
            ("hierarchy", "exact"),     # 2024: 1.18+1.97+0.63+0.46 = 4.24
            ("hierarchy", "exact"),     # 2025E: 1.51+2.36+0.82+0.58 = 5.27
            ("hierarchy", "exact"),     # 2027F: 2.46+3.31+1.37+0.89 = 8.03
        ],
    ),
    # 17. Space-aligned Japanese table in fiscal years (¥ billion) with e columns; the Total row is printed first; one
    # total only a rounding reading reaches. Nowhere: the table number, the rounding note.
    dict(
        text=(
            "Table 3  Japan: AI for chemical and materials R&D and production, by segment (¥ billion, fiscal years)\n"
            "\n"
            "                                  FY2023   FY2024   FY2025e   FY2026e\n"
            "Total                               26.9     33.5      41.5      50.3\n"
            "Materials informatics software      11.8     14.9      18.6      22.9\n"
            "AI process optimisation              7.4      8.9      10.7      12.6\n"
            "Lab automation software              4.1      5.3       6.8       8.6\n"
            "Formulation AI                       3.6      4.4       5.3       6.2\n"
            "\n"
            "Source: Shinonome Research Institute. e = estimate. Segment figures are rounded and may not add up."
        ),
        obs=[
            ("Total", 2023, 26.9, "JPY billion", "actual"),
            ("Total", 2024, 33.5, "JPY billion", "actual"),
            ("Total", 2025, 41.5, "JPY billion", "estimate"),
            ("Total", 2026, 50.3, "JPY billion", "estimate"),
            ("Materials informatics software", 2023, 11.8, "JPY billion", "actual"),
            ("Materials informatics software", 2024, 14.9, "JPY billion", "actual"),
            ("Materials informatics software", 2025, 18.6, "JPY billion", "estimate"),
            ("Materials informatics software", 2026, 22.9, "JPY billion", "estimate"),
            ("AI process optimisation", 2023, 7.4, "JPY billion", "actual"),
            ("AI process optimisation", 2024, 8.9, "JPY billion", "actual"),
            ("AI process optimisation", 2025, 10.7, "JPY billion", "estimate"),
            ("AI process optimisation", 2026, 12.6, "JPY billion", "estimate"),
            ("Lab automation software", 2023, 4.1, "JPY billion", "actual"),
            ("Lab automation software", 2024, 5.3, "JPY billion", "actual"),
            ("Lab automation software", 2025, 6.8, "JPY billion", "estimate"),
            ("Lab automation software", 2026, 8.6, "JPY billion", "estimate"),
            ("Formulation AI", 2023, 3.6, "JPY billion", "actual"),
            ("Formulation AI", 2024, 4.4, "JPY billion", "actual"),
            ("Formulation AI", 2025, 5.3, "JPY billion", "estimate"),
            ("Formulation AI", 2026, 6.2, "JPY billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # FY2023: 11.8+7.4+4.1+3.6 = 26.9
            ("hierarchy", "exact"),     # FY2024: 14.9+8.9+5.3+4.4 = 33.5
            ("hierarchy", "rounding"),  # FY2025e: 18.6+10.7+6.8+5.3 = 41.4, printed 41.5;
                                        # bounds 41.4 -/+ 4 x 0.05 = 41.2 .. 41.6: 41.5 reached
            ("hierarchy", "exact"),     # FY2026e: 22.9+12.6+8.6+6.2 = 50.3
        ],
    ),
    # 18. Tab-separated German table with years as rows: each value column's header is its item, the Total column
    # included; E/F rows are estimates. Nowhere: the yearbook's table number 4.2 and edition year.
    dict(
        text=(
            "Tabelle 4.2 / Table 4.2 - Germany: AI in chemical production and R&D (EUR million)\n"
            "Year\tAI process control\tMaterials informatics\tLab automation\tTotal\n"
            "2022\t148\t62\t37\t247\n"
            "2023\t176\t81\t49\t306\n"
            "2024\t209\t104\t66\t379\n"
            "2025E\t246\t133\t87\t466\n"
            "2026F\t288\t168\t113\t569\n"
            "Source: Verband Chemie Digital, Jahrbuch 2025. E = estimate, F = forecast. Software, cloud and "
            "services only."
        ),
        obs=[
            ("AI process control", 2022, 148, "EUR million", "actual"),
            ("AI process control", 2023, 176, "EUR million", "actual"),
            ("AI process control", 2024, 209, "EUR million", "actual"),
            ("AI process control", 2025, 246, "EUR million", "estimate"),
            ("AI process control", 2026, 288, "EUR million", "estimate"),
            ("Materials informatics", 2022, 62, "EUR million", "actual"),
            ("Materials informatics", 2023, 81, "EUR million", "actual"),
            ("Materials informatics", 2024, 104, "EUR million", "actual"),
            ("Materials informatics", 2025, 133, "EUR million", "estimate"),
            ("Materials informatics", 2026, 168, "EUR million", "estimate"),
            ("Lab automation", 2022, 37, "EUR million", "actual"),
            ("Lab automation", 2023, 49, "EUR million", "actual"),
            ("Lab automation", 2024, 66, "EUR million", "actual"),
            ("Lab automation", 2025, 87, "EUR million", "estimate"),
            ("Lab automation", 2026, 113, "EUR million", "estimate"),
            ("Total", 2022, 247, "EUR million", "actual"),
            ("Total", 2023, 306, "EUR million", "actual"),
            ("Total", 2024, 379, "EUR million", "actual"),
            ("Total", 2025, 466, "EUR million", "estimate"),
            ("Total", 2026, 569, "EUR million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 148+62+37 = 247
            ("hierarchy", "exact"),  # 2023: 176+81+49 = 306
            ("hierarchy", "exact"),  # 2024: 209+104+66 = 379
            ("hierarchy", "exact"),  # 2025E: 246+133+87 = 466
            ("hierarchy", "exact"),  # 2026F: 288+168+113 = 569
        ],
    ),
    # 19. Simplified Chinese tab table with a unit line (单位:亿元), years as columns, E columns and a 合计 row.
    # Nowhere: the 表5 number, the note's numbering.
    dict(
        text=(
            "表5 中国化工与新材料领域人工智能应用市场规模\n"
            "单位:亿元\n"
            "细分领域\t2022年\t2023年\t2024年\t2025E\t2026E\n"
            "材料研发AI\t9.8\t13.4\t18.1\t24.2\t31.5\n"
            "工艺优化AI\t14.2\t17.9\t22.3\t27.6\t33.8\n"
            "安全与质量AI\t5.1\t6.6\t8.4\t10.7\t13.3\n"
            "合计\t29.1\t37.9\t48.8\t62.5\t78.6\n"
            "注:1. E为预测值;2. 数据来源:华研咨询,2025年6月。"
        ),
        obs=[
            ("材料研发AI", 2022, 9.8, "CNY 100 million", "actual"),
            ("材料研发AI", 2023, 13.4, "CNY 100 million", "actual"),
            ("材料研发AI", 2024, 18.1, "CNY 100 million", "actual"),
            ("材料研发AI", 2025, 24.2, "CNY 100 million", "estimate"),
            ("材料研发AI", 2026, 31.5, "CNY 100 million", "estimate"),
            ("工艺优化AI", 2022, 14.2, "CNY 100 million", "actual"),
            ("工艺优化AI", 2023, 17.9, "CNY 100 million", "actual"),
            ("工艺优化AI", 2024, 22.3, "CNY 100 million", "actual"),
            ("工艺优化AI", 2025, 27.6, "CNY 100 million", "estimate"),
            ("工艺优化AI", 2026, 33.8, "CNY 100 million", "estimate"),
            ("安全与质量AI", 2022, 5.1, "CNY 100 million", "actual"),
            ("安全与质量AI", 2023, 6.6, "CNY 100 million", "actual"),
            ("安全与质量AI", 2024, 8.4, "CNY 100 million", "actual"),
            ("安全与质量AI", 2025, 10.7, "CNY 100 million", "estimate"),
            ("安全与质量AI", 2026, 13.3, "CNY 100 million", "estimate"),
            ("合计", 2022, 29.1, "CNY 100 million", "actual"),
            ("合计", 2023, 37.9, "CNY 100 million", "actual"),
            ("合计", 2024, 48.8, "CNY 100 million", "actual"),
            ("合计", 2025, 62.5, "CNY 100 million", "estimate"),
            ("合计", 2026, 78.6, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 9.8+14.2+5.1 = 29.1
            ("hierarchy", "exact"),  # 2023: 13.4+17.9+6.6 = 37.9
            ("hierarchy", "exact"),  # 2024: 18.1+22.3+8.4 = 48.8
            ("hierarchy", "exact"),  # 2025E: 24.2+27.6+10.7 = 62.5
            ("hierarchy", "exact"),  # 2026E: 31.5+33.8+13.3 = 78.6
        ],
    ),
    # 20. Markdown pipe table with years as rows: the lone value column, headed by its unit only, is the market's
    # Total; the YoY column gives year-on-year rates, one (2024) only some reading reaches. Nowhere: the dash for 2021.
    dict(
        text=(
            "US self-driving labs and lab-automation software for chemistry and materials\n"
            "\n"
            "| Year | US$ million | YoY |\n"
            "|---|---|---|\n"
            "| 2021 | 84 | - |\n"
            "| 2022 | 117 | 39.3% |\n"
            "| 2023 | 158 | 35.0% |\n"
            "| 2024 | 209 | 32.8% |\n"
            "| 2025E | 268 | 28.2% |\n"
            "| 2026F | 337 | 25.7% |\n"
            "\n"
            "Source: Cambridge Lab Robotics Monitor (Boston), May 2025; E/F = estimate/forecast. Includes "
            "orchestration, scheduling and closed-loop optimisation software; robot hardware excluded."
        ),
        obs=[
            ("Total", 2021, 84, "USD million", "actual"),
            ("Total", 2022, 117, "USD million", "actual"),
            ("Total", 2023, 158, "USD million", "actual"),
            ("Total", 2024, 209, "USD million", "actual"),
            ("Total", 2025, 268, "USD million", "estimate"),
            ("Total", 2026, 337, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 39.3, "percent", 2021, 2022, 1.0),
            ("growth", 35.0, "percent", 2022, 2023, 1.0),
            ("growth", 32.8, "percent", 2023, 2024, 1.0),
            ("growth", 28.2, "percent", 2024, 2025, 1.0),
            ("growth", 25.7, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 117 / 84 - 1 = 39.29% -> 39.3
            ("cagr|implied", "exact"),     # 158 / 117 - 1 = 35.04% -> 35.0
            ("cagr|implied", "rounding"),  # 209 / 158 - 1 = 32.28% -> 32.3, not 32.8;
                                           # bounds 208.5/158.5-1 = 31.55% .. 209.5/157.5-1 = 33.02%: 32.8 reached
            ("cagr|implied", "exact"),     # 268 / 209 - 1 = 28.23% -> 28.2
            ("cagr|implied", "exact"),     # 337 / 268 - 1 = 25.75% -> 25.7
        ],
    ),
    # 21. Earnings-call excerpt (Q4 2024 call, Feb 2025): the company's TAM is the market (Total), with a stated CAGR
    # over a printed span. Nowhere: $38.2m quarterly revenue, $162m ARR, 214 customers, 71% gross margin, 2.3 million
    # candidate structures.
    dict(
        text=(
            "Atomforge Inc. (NASDAQ: AFRG) Q4 and full-year 2024 earnings call, February 26, 2025 - prepared remarks, "
            "CEO Dana Whitfield. \"Fourth-quarter revenue was $38.2 million and we exited the year with $162 million in "
            "ARR across 214 customers, at a 71% gross margin. Let me step back to the opportunity. We size the total "
            "addressable market for AI-driven materials informatics - property prediction, inverse design and "
            "experiment planning for chemicals, polymers and battery materials - at $4.1 billion in 2024, and we see it "
            "reaching $11.6 billion by 2030. That is roughly 19% compound annual growth from 2024 through 2030. Our "
            "platform alone evaluated 2.3 million candidate structures for customers in the quarter.\""
        ),
        obs=[
            ("Total", 2024, 4.1, "USD billion", "actual"),
            ("Total", 2030, 11.6, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (11.6 / 4.1) ** (1 / 6) - 1 = 18.93% -> 19
        ],
    ),
    # 22. Research abstract (2024): self-driving labs market (Total) with a part and its share, "nearly fourfold"
    # (x4 over 2023-2032, 9 years) and a stated CAGR. Nowhere: volume/page numbers, 38 platforms, 11 countries,
    # 2.6 million experiments, the 62% survey answer.
    dict(
        text=(
            "Digital Discovery (2024) 3: 1412-1428. Sizing the self-driving laboratory. Abstract - Autonomous, "
            "closed-loop laboratories that couple robotic synthesis with machine-learning planners are moving from "
            "academic showcases into industrial chemistry and materials R&D. We built a bottom-up model from 38 "
            "commercial platforms in 11 countries, which between them logged some 2.6 million experiments in 2023. We "
            "estimate that the global market for self-driving labs and lab-automation software in chemistry and "
            "materials science was worth US$0.92 billion in 2023; orchestration and scheduling software made up "
            "US$0.31 billion of this (34%). Under our base case the market grows to US$3.4 billion in 2032 - nearly "
            "fourfold - a CAGR of 15.6% over 2023-2032. In a survey of R&D heads, 62% said data infrastructure, not "
            "robotics, was the main bottleneck."
        ),
        obs=[
            ("Total", 2023, 0.92, "USD billion", "actual"),
            ("Orchestration and scheduling software", 2023, 0.31, "USD billion", "actual"),
            ("Total", 2032, 3.4, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 34, "percent", 2023, 2023, None),
            ("multiple", 4, "multiple", 2023, 2032, 9.0),
            ("cagr", 15.6, "percent", 2023, 2032, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 0.31 / 0.92 = 33.70% -> 34
            ("cagr|implied", "exact"),  # (3.4 / 0.92) ** (1 / 9) - 1 = 15.63% -> 15.6
        ],
    ),
    # 23. German trade association release (Frankfurt, March 2025): the stated 21% is contradicted by the amounts
    # (1.18 / 1.03 = +14.6%; perhaps a rebased 2023 figure): inconsistent. Nowhere: €225bn chemical-pharma sales,
    # 477,000 employees, 214 member firms surveyed, 38% of plants (penetration), fourth-quarter orders.
    dict(
        text=(
            "FRANKFURT AM MAIN, 11 March 2025 - Press release No. 07/2025 of the Verband Prozessdigitalisierung Chemie "
            "(VPDC). Germany's chemical-pharmaceutical industry, with sales of around €225 billion and 477,000 "
            "employees, is turning to artificial intelligence to cope with high energy costs. According to the "
            "association's survey of 214 member companies, spending on AI-based process control and optimisation in "
            "German chemical plants - advanced control, soft sensors, predictive maintenance of reactors and columns - "
            "came to €1.18 billion in 2024, 21% more than the €1.03 billion of 2023. By now 38% of plants run at least "
            "one AI controller. Orders placed in the fourth quarter were particularly strong, the association said. "
            "VPDC expects the market to reach €2.1 billion in 2028."
        ),
        obs=[
            ("Total", 2023, 1.03, "EUR billion", "actual"),
            ("Total", 2024, 1.18, "EUR billion", "actual"),
            ("Total", 2028, 2.1, "EUR billion", "estimate"),
        ],
        claims=[
            ("growth", 21, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "inconsistent"),  # 1.18 / 1.03 - 1 = 14.56% -> 15, not 21;
                                               # bounds 1.175 / 1.035 -> 13.53%, 1.185 / 1.025 -> 15.61%: 21 not reached
        ],
    ),
    # 24. LinkedIn post (March 2025): "last year" = 2024 (actual), "this year" = 2025 (estimate), with its rate.
    # Nowhere: 1.2 million electrolyte candidates, $10,500/t lithium carbonate, $140bn battery market, $190m Q4 deals.
    dict(
        text=(
            "Priya Raman | Battery materials & ML | posted 4 March 2025\n"
            "Everyone talks about the ~$140bn battery market. Far fewer people track the slice that AI is eating: "
            "screening cathode, anode and electrolyte chemistries in silico before anyone touches a glovebox. By my "
            "count that niche was worth roughly $640 million last year. This year I expect about $820 million, i.e. "
            "+28%, even with lithium carbonate stuck near $10,500/t and cell makers cutting capex. (Q4 deal flow alone "
            "was ~$190m.) For context, our own team screened 1.2 million electrolyte candidates in 2024. "
            "#batteries #materialsinformatics"
        ),
        obs=[
            ("Total", 2024, 640, "USD million", "actual"),
            ("Total", 2025, 820, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 820 / 640 - 1 = 28.13% -> 28
        ],
    ),
    # 25. Tokyo research house release (July 2025) in yen by fiscal year: the YoY rate is exact; the stated CAGR 15.3%
    # is reached only by rounding. Nowhere: 312 companies surveyed, ¥220,000 report price, ¥46 trillion shipments.
    dict(
        text=(
            "Tokyo, 24 July 2025 - Kanda Industrial Research published its survey of the domestic materials "
            "informatics (MI) market, covering MI software, AI-assisted materials design services and the data "
            "platforms of chemical and materials makers. Based on interviews with 312 companies, the market reached "
            "¥48.5 billion in FY2023 (April 2023-March 2024), up 17.4% from ¥41.3 billion in FY2022. Kanda forecasts "
            "¥132 billion in FY2030, a CAGR of 15.3% between FY2023 and FY2030, as makers of semiconductor materials and "
            "battery components extend MI from pilot projects to whole R&D portfolios. By comparison, Japan's chemical "
            "industry ships some ¥46 trillion a year. The full report is priced at ¥220,000 (excluding tax)."
        ),
        obs=[
            ("Total", 2022, 41.3, "JPY billion", "actual"),
            ("Total", 2023, 48.5, "JPY billion", "actual"),
            ("Total", 2030, 132, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 17.4, "percent", 2022, 2023, 1.0),
            ("cagr", 15.3, "percent", 2023, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 48.5 / 41.3 - 1 = 17.43% -> 17.4
            ("cagr|implied", "rounding"),  # (132 / 48.5) ** (1 / 7) - 1 = 15.38% -> 15.4, not 15.3;
                                           # bounds (131.5 / 48.55) -> 15.297%, (132.5 / 48.45) -> 15.46%: 15.3 reached
        ],
    ),
    # 26. Trade web page with a correction (May 2025): the corrected $2.9bn is the 2024 figure, the $2.7bn it replaces
    # is nowhere; a part with its share; a stated CAGR. Nowhere: the $0.81bn first quarter of 2025, 400 million tonnes.
    dict(
        text=(
            "ChemTech Insight > Markets > AI for polymers and formulations\n"
            "Updated 14 May 2025. Correction: An earlier version of this page gave the 2024 market size as $2.7 billion; "
            "the correct figure is $2.9 billion.\n"
            "AI tools for designing polymers, catalysts and specialty formulations - from generative models proposing "
            "new monomers to Bayesian optimisation of coating recipes - formed a $2.9 billion market in 2024. Polymers "
            "accounted for $1.2 billion, or 41%. Spending in the first quarter of 2025 ran at $0.81 billion. We "
            "project $7.8 billion by 2030, equal to a compound annual growth rate of 17.9% for 2024-2030. The world "
            "produces some 400 million tonnes of plastics a year, so the addressable R&D base is large."
        ),
        obs=[
            ("Total", 2024, 2.9, "USD billion", "actual"),
            ("Polymers", 2024, 1.2, "USD billion", "actual"),
            ("Total", 2030, 7.8, "USD billion", "estimate"),
        ],
        claims=[
            ("share", 41, "percent", 2024, 2024, None),
            ("cagr", 17.9, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("arithmetic", "exact"),    # 1.2 / 2.9 = 41.38% -> 41
            ("cagr|implied", "exact"),  # (7.8 / 2.9) ** (1 / 6) - 1 = 17.93% -> 17.9
        ],
    ),
    # 27. Seoul broker note (Feb 2025): the stated 35% is reached only by rounding; a 2030 range gives two value
    # claims and no observation. Nowhere: ₩420bn Korean market (won), ₩68,000 target price, 27% upside, ₩1.3tn
    # revenue, NCM cathode price, 40,000 t capacity.
    dict(
        text=(
            "Seoul, 17 February 2025 - Namsan Investment & Securities, Battery Materials. Hanul Chem (BUY, TP ₩68,000, "
            "27% upside). Our thesis: AI-driven battery-material and electrolyte screening is becoming a real business. "
            "Globally, this market came to US$1.52bn in 2024, up 35% from US$1.12bn in 2023; the Korean portion alone "
            "we put at about ₩420bn. We expect US$4.0-4.6bn in 2030 as cell makers push sodium-ion and solid-state "
            "programmes. Hanul's own revenue was ₩1.3tn last year, and its new 40,000-tonne electrolyte plant ramps in "
            "2H25 even as NCM cathode prices keep sliding."
        ),
        obs=[
            ("Total", 2023, 1.12, "USD billion", "actual"),
            ("Total", 2024, 1.52, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
            ("value", 4.0, "USD billion", 2030, 2030, None),
            ("value", 4.6, "USD billion", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "rounding"),  # 1.52 / 1.12 - 1 = 35.71% -> 36, not 35;
                                           # bounds 1.515 / 1.125 -> 34.67%, 1.525 / 1.115 -> 36.77%: 35 reached
        ],
    ),
    # 28. Investor day (Houston, June 2025): the TAM the group sizes is the market (Total); "about 2.5 times" is x2.5
    # over 2024-2030; an adjacent market is an item of its own name. Nowhere: $44.1bn sales, $1.9bn R&D, 2.4 million
    # tonnes, the 15% share target, 22% EBITDA margin.
    dict(
        text=(
            "Gulfline Chemical Corp. 2025 Investor Day, Houston, June 10, 2025 - slide 23, \"Digital as a growth "
            "engine\":\n"
            "- Group sales $44.1bn in 2024; R&D spend $1.9bn; 2.4 million tonnes of new capacity on stream by 2027\n"
            "- TAM for AI process optimisation and advanced control in chemicals: $3.6bn in 2024\n"
            "- Expected to reach roughly $9bn by 2030, about 2.5 times today's level\n"
            "- Adjacent: $5.2bn in 2024 in plant digital twins\n"
            "- Ambition: a 15% share of the TAM by 2030 at a 22% EBITDA margin"
        ),
        obs=[
            ("Total", 2024, 3.6, "USD billion", "actual"),
            ("Total", 2030, 9, "USD billion", "estimate"),
            ("Plant digital twins", 2024, 5.2, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[],
    ),
    # 29. Simplified Chinese broker note (Mar 2025): 2023/2024/2028 in 亿元 with an exact YoY and an exact stated CAGR;
    # a second publisher's 2024 figure (41亿元) is nowhere. Nowhere: 7.6万亿元 new-materials output, 4.2亿元 R&D,
    # 1,320 patents, the target price.
    dict(
        text=(
            "【华岳证券·新材料深度】AI for Science系列报告之三(2025年3月12日)。我国新材料产业总产值已超7.6万亿元,"
            "但研发范式仍以“试错法”为主。我们测算,国内AI材料研发(材料信息学)市场规模由2023年的29.4亿元增至2024年的"
            "38.6亿元,同比增长31.3%;预计2028年将达到112亿元,2024—2028年复合增长率为30.5%。(另一机构赛瑞研究估算"
            "2024年规模为41亿元,口径含部分实验设备。)重点公司方面,某龙头2024年研发投入4.2亿元,累计申请专利1,320件,"
            "维持“买入”评级,目标价86元。"
        ),
        obs=[
            ("Total", 2023, 29.4, "CNY 100 million", "actual"),
            ("Total", 2024, 38.6, "CNY 100 million", "actual"),
            ("Total", 2028, 112, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.3, "percent", 2023, 2024, 1.0),
            ("cagr", 30.5, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.6 / 29.4 - 1 = 31.29% -> 31.3
            ("cagr|implied", "exact"),  # (112 / 38.6) ** (1 / 4) - 1 = 30.51% -> 30.5
        ],
    ),
    # 30. Simplified Chinese provincial action plan (Feb 2025): 较2021年的45亿元增长3倍 is x3 over 2021-2024 (no
    # verdict); 力争 ... 突破500亿元 is a 2027 estimate at its printed figure. Nowhere: the plan's title years,
    # document number, 1.2万亿元 chemical output, 3,000万吨 capacity, 100 firms, 20 smart plants.
    dict(
        text=(
            "X省工业和信息化厅关于印发《X省“人工智能+化工”行动方案(2025—2027年)》的通知(X工信发〔2025〕9号)。"
            "2024年,全省化工行业产值约1.2万亿元,主要化工产品产能超过3,000万吨。全省化工过程AI控制与优化市场规模达到"
            "180亿元,较2021年的45亿元增长3倍。主要目标:到2027年,培育100家以上化工AI解决方案企业,建成20个以上"
            "智能工厂标杆,力争全省化工过程AI控制与优化市场规模突破500亿元。"
        ),
        obs=[
            ("Total", 2021, 45, "CNY 100 million", "actual"),
            ("Total", 2024, 180, "CNY 100 million", "actual"),
            ("Total", 2027, 500, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2021, 2024, 3.0),
        ],
        verdicts=[],
    ),
    # 31. Zhihu answer (June 2025): 去年 = 2024 (actual), 今年 = 2025 (estimate, 有望), with an exact YoY rate.
    # Nowhere: 12% penetration, 6.3万元/吨 lithium carbonate, 30万 formulations screened, the 7.8亿元 first quarter.
    dict(
        text=(
            "问题:AI筛选电池材料现在是个多大的生意?\n"
            "回答(发布于 2025-06-18,某电池材料公司算法工程师):说点行内人的感受。去年国内AI电池材料筛选"
            "(正极、负极、电解液的高通量计算加机器学习)市场规模约26亿元,今年有望达到35亿元,同比增长约34.6%。"
            "不过渗透率其实不到12%,大部分配方还是靠老师傅。碳酸锂现货价跌到6.3万元/吨以后,厂家更愿意花钱省实验了。"
            "我们组今年上半年就筛了30万个电解液配方。有人说一季度全行业就有7.8亿元,我觉得偏高。"
        ),
        obs=[
            ("Total", 2024, 26, "CNY 100 million", "actual"),
            ("Total", 2025, 35, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 34.6, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 35 / 26 - 1 = 34.62% -> 34.6
        ],
    ),
    # 32. Simplified Chinese association white paper with a 更正 (Apr 2025): 52.3亿元 is the 2024 figure, the 25.3亿元
    # it corrects is nowhere; a part with its share; a 2030 forecast with an approximate CAGR. Nowhere: 260 labs
    # surveyed, 约占四成 (a share in words), 4,800 researchers.
    dict(
        text=(
            "《中国智能实验室发展白皮书(2025)》摘要(中国化工信息协会,2025年4月)。对全国260家化工与材料实验室的调研显示,"
            "2024年我国自驱动实验室及实验自动化软件市场规模为52.3亿元,较2023年的40.1亿元增长30.4%。其中软件平台为"
            "18.6亿元,占比35.6%;高校与科研院所采购约占四成。预计到2030年,市场规模将达到210亿元,2024—2030年年均复合"
            "增速约26%。受访实验室共有研究人员4,800名。\n"
            "【更正】本白皮书初稿将2024年市场规模误印为25.3亿元,现更正为52.3亿元。"
        ),
        obs=[
            ("Total", 2023, 40.1, "CNY 100 million", "actual"),
            ("Total", 2024, 52.3, "CNY 100 million", "actual"),
            ("软件平台", 2024, 18.6, "CNY 100 million", "actual"),
            ("Total", 2030, 210, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 30.4, "percent", 2023, 2024, 1.0),
            ("share", 35.6, "percent", 2024, 2024, None),
            ("cagr", 26, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 52.3 / 40.1 - 1 = 30.42% -> 30.4
            ("arithmetic", "exact"),    # 18.6 / 52.3 = 35.56% -> 35.6
            ("cagr|implied", "exact"),  # (210 / 52.3) ** (1 / 6) - 1 = 26.07% -> 26
        ],
    ),
    # 33. Traditional Chinese Taiwan ministry release (Apr 2025) in 新台幣億元: exact YoY and exact stated CAGR.
    # Nowhere: 1.6兆元 chemical-materials output, 85 firms assisted, the 9.6億元 first quarter, 120萬公噸 capacity.
    dict(
        text=(
            "經濟部產業發展署新聞稿(114年4月9日)。我國化學材料業年產值約新台幣1.6兆元,石化基礎原料年產能逾120萬公噸。"
            "在政府輔導85家廠商導入AI之下,國內化工製程AI優化(含先進製程控制、預測性維護與能耗最佳化)市場規模由"
            "2023年的新台幣31.2億元成長至2024年的38.5億元,年增23.4%;今年第一季已達9.6億元。產發署預估,2027年市場"
            "規模將達72億元,2024至2027年年複合成長率23.2%。"
        ),
        obs=[
            ("Total", 2023, 31.2, "TWD 100 million", "actual"),
            ("Total", 2024, 38.5, "TWD 100 million", "actual"),
            ("Total", 2027, 72, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 23.4, "percent", 2023, 2024, 1.0),
            ("cagr", 23.2, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.5 / 31.2 - 1 = 23.40% -> 23.4
            ("cagr|implied", "exact"),  # (72 / 38.5) ** (1 / 3) - 1 = 23.20% -> 23.2
        ],
    ),
    # 34. Traditional Chinese Hong Kong news item (May 2025) in 億港元: YoY rate and a part with its share, both exact.
    # Nowhere: the 3.2億港元 government grant, 62 start-ups, 1,500 researchers.
    dict(
        text=(
            "【本報訊】(2025年5月6日)本港AI新材料研發平台市場去年急速擴張。香港新材料科技協會昨日公布,2024年市場規模達"
            "12.6億港元,較2023年的9.8億港元增長28.6%;其中電池材料佔4.3億港元,比重34.1%。協會指出,科學園現有62間"
            "材料初創、逾1,500名研究人員,政府早前亦透過創新及科技基金撥款3.2億港元支持AI材料實驗室。"
        ),
        obs=[
            ("Total", 2023, 9.8, "HKD 100 million", "actual"),
            ("Total", 2024, 12.6, "HKD 100 million", "actual"),
            ("電池材料", 2024, 4.3, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 28.6, "percent", 2023, 2024, 1.0),
            ("share", 34.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 12.6 / 9.8 - 1 = 28.57% -> 28.6
            ("arithmetic", "exact"),    # 4.3 / 12.6 = 34.13% -> 34.1
        ],
    ),
    # 35. Traditional Chinese Taiwan broker note (Mar 2025): 約18億美元 at its printed figure; a 2030 range gives two
    # value claims (no observation); 近3倍 is x3 over 2024-2030. Nowhere: NT$580 target price, 21% upside, 142億元
    # company revenue, 1.2萬公噸 catalyst capacity, nickel price.
    dict(
        text=(
            "台北,2025年3月20日 - 統元投顧產業報告:觸媒與特用化學品。生成式AI已開始用於觸媒配方與特用化學品配方設計,"
            "我們估計2024年全球AI觸媒與特用配方開發市場規模約18億美元,預估2030年達52億至60億美元,成長近3倍。個股方面,"
            "某觸媒廠2024年營收新台幣142億元,年產能1.2萬公噸,鎳價回落有利毛利;給予「買進」評等,目標價580元,"
            "潛在上漲空間21%。"
        ),
        obs=[
            ("Total", 2024, 18, "USD 100 million", "actual"),
        ],
        claims=[
            ("value", 52, "USD 100 million", 2030, 2030, None),
            ("value", 60, "USD 100 million", 2030, 2030, None),
            ("multiple", 3, "multiple", 2024, 2030, 6.0),
        ],
        verdicts=[],
    ),
    # 36. Markdown table (Feb 2025): applications x years with E/F columns and a Total row; 2025E's rows add to 6,420
    # against a printed 6,421 (rounding). Nowhere: exhibit number, title years.
    dict(
        text=(
            "Exhibit 12: Global AI-in-chemicals market by application, 2023-2028F (USD million)\n"
            "| Application | 2023 | 2024 | 2025E | 2028F |\n"
            "|---|---|---|---|---|\n"
            "| Materials discovery & informatics | 1,240 | 1,530 | 1,890 | 3,420 |\n"
            "| Process control & optimisation | 2,150 | 2,480 | 2,860 | 4,310 |\n"
            "| Battery-material screening | 410 | 560 | 740 | 1,620 |\n"
            "| Self-driving labs & lab automation | 620 | 760 | 930 | 1,710 |\n"
            "| Total | 4,420 | 5,330 | 6,421 | 11,060 |\n"
            "E = estimate, F = forecast; figures rounded independently. Source: Rheinfeld Chemical Consulting, "
            "February 2025."
        ),
        obs=[
            ("Materials discovery & informatics", 2023, 1240, "USD million", "actual"),
            ("Materials discovery & informatics", 2024, 1530, "USD million", "actual"),
            ("Materials discovery & informatics", 2025, 1890, "USD million", "estimate"),
            ("Materials discovery & informatics", 2028, 3420, "USD million", "estimate"),
            ("Process control & optimisation", 2023, 2150, "USD million", "actual"),
            ("Process control & optimisation", 2024, 2480, "USD million", "actual"),
            ("Process control & optimisation", 2025, 2860, "USD million", "estimate"),
            ("Process control & optimisation", 2028, 4310, "USD million", "estimate"),
            ("Battery-material screening", 2023, 410, "USD million", "actual"),
            ("Battery-material screening", 2024, 560, "USD million", "actual"),
            ("Battery-material screening", 2025, 740, "USD million", "estimate"),
            ("Battery-material screening", 2028, 1620, "USD million", "estimate"),
            ("Self-driving labs & lab automation", 2023, 620, "USD million", "actual"),
            ("Self-driving labs & lab automation", 2024, 760, "USD million", "actual"),
            ("Self-driving labs & lab automation", 2025, 930, "USD million", "estimate"),
            ("Self-driving labs & lab automation", 2028, 1710, "USD million", "estimate"),
            ("Total", 2023, 4420, "USD million", "actual"),
            ("Total", 2024, 5330, "USD million", "actual"),
            ("Total", 2025, 6421, "USD million", "estimate"),
            ("Total", 2028, 11060, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),     # 2023: 1,240 + 2,150 + 410 + 620 = 4,420
            ("hierarchy", "exact"),     # 2024: 1,530 + 2,480 + 560 + 760 = 5,330
            ("hierarchy", "rounding"),  # 2025E: 1,890 + 2,860 + 740 + 930 = 6,420, not 6,421; rows at +/-0.5 give
                                        # 6,418-6,422, total 6,420.5-6,421.5: reached
            ("hierarchy", "exact"),     # 2028F: 3,420 + 4,310 + 1,620 + 1,710 = 11,060
        ],
    ),
    # 37. Tab-separated country table (Apr 2025) with a CAGR column (span in its header); China's 32.5% is a
    # digit-swapped 23.5 (inconsistent). Nowhere: table number.
    dict(
        text=(
            "Table 3 - AI process control and optimisation in chemical plants, five largest markets (USD million)\n"
            "Market\t2024\t2029F\tCAGR 2024-29\n"
            "United States\t1,480\t3,350\t17.7%\n"
            "China\t920\t2,640\t32.5%\n"
            "Germany\t610\t1,290\t16.2%\n"
            "Japan\t540\t1,120\t15.7%\n"
            "South Korea\t260\t640\t19.7%\n"
            "Total\t3,810\t9,040\t18.9%\n"
            "F = forecast. Source: Midwest Process Analytics, April 2025."
        ),
        obs=[
            ("United States", 2024, 1480, "USD million", "actual"),
            ("United States", 2029, 3350, "USD million", "estimate"),
            ("China", 2024, 920, "USD million", "actual"),
            ("China", 2029, 2640, "USD million", "estimate"),
            ("Germany", 2024, 610, "USD million", "actual"),
            ("Germany", 2029, 1290, "USD million", "estimate"),
            ("Japan", 2024, 540, "USD million", "actual"),
            ("Japan", 2029, 1120, "USD million", "estimate"),
            ("South Korea", 2024, 260, "USD million", "actual"),
            ("South Korea", 2029, 640, "USD million", "estimate"),
            ("Total", 2024, 3810, "USD million", "actual"),
            ("Total", 2029, 9040, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 17.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 32.5, "percent", 2024, 2029, None, "stated"),
            ("cagr", 16.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 15.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 19.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 18.9, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),         # US (3350 / 1480) ** (1 / 5) - 1 = 17.75% -> 17.7
            ("cagr|implied", "inconsistent"),  # China (2640 / 920) ** (1 / 5) - 1 = 23.47% -> 23.5, not 32.5;
                                               # bounds (2639.5 / 920.5) -> 23.45%, (2640.5 / 919.5) -> 23.49%
            ("cagr|implied", "exact"),         # Germany (1290 / 610) ** (1 / 5) - 1 = 16.16% -> 16.2
            ("cagr|implied", "exact"),         # Japan (1120 / 540) ** (1 / 5) - 1 = 15.71% -> 15.7
            ("cagr|implied", "exact"),         # South Korea (640 / 260) ** (1 / 5) - 1 = 19.74% -> 19.7
            ("cagr|implied", "exact"),         # Total (9040 / 3810) ** (1 / 5) - 1 = 18.86% -> 18.9
            ("hierarchy", "exact"),            # 2024: 1,480 + 920 + 610 + 540 + 260 = 3,810
            ("hierarchy", "exact"),            # 2029F: 3,350 + 2,640 + 1,290 + 1,120 + 640 = 9,040
        ],
    ),
    # 38. Space-aligned table with years as rows (Germany, Mar 2025): the lone value column headed by its unit is the
    # market (Total); the y/y column gives year-on-year rates; 2024's 26.2% is reached only by rounding. 2025E and
    # 2026E are estimates. Nowhere: the 41 labs in the note.
    dict(
        text=(
            "Germany: self-driving labs and lab-automation software for chemistry and materials - market size\n"
            "Year       EUR million    change y/y\n"
            "2020                84             -\n"
            "2021               103         22.6%\n"
            "2022               131         27.2%\n"
            "2023               162         23.7%\n"
            "2024               204         26.2%\n"
            "2025E              251         23.0%\n"
            "2026E              308         22.7%\n"
            "Note: E = estimate. Growth computed on unrounded values. Panel of 41 industrial and academic labs. "
            "Source: Institut fuer Laborautomation, Karlsruhe, March 2025."
        ),
        obs=[
            ("Total", 2020, 84, "EUR million", "actual"),
            ("Total", 2021, 103, "EUR million", "actual"),
            ("Total", 2022, 131, "EUR million", "actual"),
            ("Total", 2023, 162, "EUR million", "actual"),
            ("Total", 2024, 204, "EUR million", "actual"),
            ("Total", 2025, 251, "EUR million", "estimate"),
            ("Total", 2026, 308, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 22.6, "percent", 2020, 2021, 1.0),
            ("growth", 27.2, "percent", 2021, 2022, 1.0),
            ("growth", 23.7, "percent", 2022, 2023, 1.0),
            ("growth", 26.2, "percent", 2023, 2024, 1.0),
            ("growth", 23.0, "percent", 2024, 2025, 1.0),
            ("growth", 22.7, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),     # 103 / 84 - 1 = 22.62% -> 22.6
            ("cagr|implied", "exact"),     # 131 / 103 - 1 = 27.18% -> 27.2
            ("cagr|implied", "exact"),     # 162 / 131 - 1 = 23.66% -> 23.7
            ("cagr|implied", "rounding"),  # 204 / 162 - 1 = 25.93% -> 25.9, not 26.2;
                                           # bounds 203.5 / 162.5 -> 25.23%, 204.5 / 161.5 -> 26.63%: 26.2 reached
            ("cagr|implied", "exact"),     # 251 / 204 - 1 = 23.04% -> 23.0
            ("cagr|implied", "exact"),     # 308 / 251 - 1 = 22.71% -> 22.7
        ],
    ),
    # 39. Simplified Chinese share table (May 2025) for 2024 in 亿元 with 占比; each share has its part and whole; the
    # 100.0% total is no claim. Nowhere: table number 2-3.
    dict(
        text=(
            "表2-3 2024年中国“AI+化工”细分市场规模及结构\n"
            "| 细分领域 | 市场规模(亿元) | 占比 |\n"
            "|---|---|---|\n"
            "| AI过程控制与优化 | 96.4 | 45.2% |\n"
            "| AI新材料研发 | 38.6 | 18.1% |\n"
            "| AI电池材料筛选 | 26.0 | 12.2% |\n"
            "| 智能实验室与自动化软件 | 52.3 | 24.5% |\n"
            "| 合计 | 213.3 | 100.0% |\n"
            "注:占比按四舍五入计算。资料来源:化工数智研究中心,2025年5月。"
        ),
        obs=[
            ("AI过程控制与优化", 2024, 96.4, "CNY 100 million", "actual"),
            ("AI新材料研发", 2024, 38.6, "CNY 100 million", "actual"),
            ("AI电池材料筛选", 2024, 26.0, "CNY 100 million", "actual"),
            ("智能实验室与自动化软件", 2024, 52.3, "CNY 100 million", "actual"),
            ("合计", 2024, 213.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 45.2, "percent", 2024, 2024, None),
            ("share", 18.1, "percent", 2024, 2024, None),
            ("share", 12.2, "percent", 2024, 2024, None),
            ("share", 24.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 96.4 / 213.3 = 45.19% -> 45.2
            ("arithmetic", "exact"),  # 38.6 / 213.3 = 18.10% -> 18.1
            ("arithmetic", "exact"),  # 26.0 / 213.3 = 12.19% -> 12.2
            ("arithmetic", "exact"),  # 52.3 / 213.3 = 24.52% -> 24.5
            ("hierarchy", "exact"),   # 96.4 + 38.6 + 26.0 + 52.3 = 213.3
        ],
    ),
    # 40. Traditional Chinese space-aligned table (Mar 2025), 新台幣百萬元, total row last (item 合計), with a
    # 2024年增率 column (2023 -> 2024). 2025F is an estimate. Nowhere: table number.
    dict(
        text=(
            "表五 台灣AI電池材料研發服務市場規模(單位:新台幣百萬元)\n"
            "項目                    2023     2024     2025F    2024年增率\n"
            "電解液配方AI篩選          312      418       547        34.0%\n"
            "正極材料AI開發            486      603       742        24.1%\n"
            "負極與矽碳材料AI開發      158      221       305        39.9%\n"
            "合計                      956    1,242     1,594        29.9%\n"
            "註:F為預估值。資料來源:工研院產業科技國際策略發展所,2025年3月。"
        ),
        obs=[
            ("電解液配方AI篩選", 2023, 312, "TWD million", "actual"),
            ("電解液配方AI篩選", 2024, 418, "TWD million", "actual"),
            ("電解液配方AI篩選", 2025, 547, "TWD million", "estimate"),
            ("正極材料AI開發", 2023, 486, "TWD million", "actual"),
            ("正極材料AI開發", 2024, 603, "TWD million", "actual"),
            ("正極材料AI開發", 2025, 742, "TWD million", "estimate"),
            ("負極與矽碳材料AI開發", 2023, 158, "TWD million", "actual"),
            ("負極與矽碳材料AI開發", 2024, 221, "TWD million", "actual"),
            ("負極與矽碳材料AI開發", 2025, 305, "TWD million", "estimate"),
            ("合計", 2023, 956, "TWD million", "actual"),
            ("合計", 2024, 1242, "TWD million", "actual"),
            ("合計", 2025, 1594, "TWD million", "estimate"),
        ],
        claims=[
            ("growth", 34.0, "percent", 2023, 2024, 1.0),
            ("growth", 24.1, "percent", 2023, 2024, 1.0),
            ("growth", 39.9, "percent", 2023, 2024, 1.0),
            ("growth", 29.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 418 / 312 - 1 = 33.97% -> 34.0
            ("cagr|implied", "exact"),  # 603 / 486 - 1 = 24.07% -> 24.1
            ("cagr|implied", "exact"),  # 221 / 158 - 1 = 39.87% -> 39.9
            ("cagr|implied", "exact"),  # 合計 1242 / 956 - 1 = 29.92% -> 29.9
            ("hierarchy", "exact"),     # 2023: 312 + 486 + 158 = 956
            ("hierarchy", "exact"),     # 2024: 418 + 603 + 221 = 1,242
            ("hierarchy", "exact"),     # 2025F: 547 + 742 + 305 = 1,594
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-seventy-second check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 4, 'rounding': 9, 'exact': 82}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'FRANKFURT, Germany--(BUSINESS WIRE)--May 14, 2025--',
    'expects spending to reach €1.85 billion by 2030',
    'from US$412mn in 2023 to US$1,390mn in 2028, a CAGR of 27.6%',
    'expect US$530mn this year',
    "puts last year's spending at about $450 million",
    'expects it to grow 2.5x to €8.5 billion by 2028',
    'revised its fiscal 2023 figure to ¥19.1 billion, from the ¥18.4 billion',
    'rose 31% last year to $186 million (about 270 billion won)',
    'more than fivefold the $0.14 billion of 2019',
    '$2.2 billion to $2.8 billion in 2030',
    'A second market it tracks, AI coatings formulation',
    '同比增长36.6%,2023年为31.2亿元',
    '力争到2027年突破120亿元,较2023年增长3倍',
    '新台幣46.8億元,較2023年的39.5億元年增18.5%',
    '佔整體市場37%',
    '估計2024年該市場規模約11億美元',
    '较2021年的19.6亿元增长近2倍',
    '市场规模有望突破30亿元',
    '| Total | 3.41 | 4.24 | 5.27 | 8.03 |',
    'Total                               26.9     33.5      41.5      50.3',
    'Year\tAI process control\tMaterials informatics\tLab automation\tTotal',
    '单位:亿元',
    '| 2024 | 209 | 32.8% |',
    'We size the total addressable market for AI-driven materials informatics',
    'roughly 19% compound annual growth from 2024 through 2030',
    'made up US$0.31 billion of this (34%)',
    'nearly fourfold',
    '21% more than the €1.03 billion of 2023',
    'roughly $640 million last year. This year I expect about $820 million',
    '¥48.5 billion in FY2023 (April 2023-March 2024)',
    'Correction: An earlier version of this page',
    'Spending in the first quarter of 2025',
    'the Korean portion alone we put at about ₩420bn',
    'US$4.0-4.6bn in 2030',
    "about 2.5 times today's level",
    'Adjacent: $5.2bn in 2024 in plant digital twins',
    '(另一机构赛瑞研究估算2024年规模为41亿元',
    '较2021年的45亿元增长3倍',
    '力争全省化工过程AI控制与优化市场规模突破500亿元',
    '去年国内AI电池材料筛选',
    '【更正】本白皮书初稿将',
    '114年4月9日',
    '其中電池材料佔4.3億港元,比重34.1%',
    '預估2030年達52億至60億美元,成長近3倍',
    '| Total | 4,420 | 5,330 | 6,421 | 11,060 |',
    'Market\t2024\t2029F\tCAGR 2024-29',
    'Year       EUR million    change y/y',
    '| 合计 | 213.3 | 100.0% |',
    '合計                      956',
)
LAYOUT = (40, 13, 13, 14)
#: the set's blind score (written without reading or running the extractor, and kept unread): 228
#: figures, 62 rates, 92 verdicts and 3 false inconsistent
#: after the readings chosen on it and the hundred-and-seventy-fourth set: 241, 62, 95 and 0
#: one rate fewer since its 增长N倍 is read against the base amount another sentence gives ("全省该领域…"): the
#: amounts give x(N+1), the reading by the letter, where the set records the printed N
FLOORS = {"figures_found": 241, "rates_found": 61, "verdicts_right": 95}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset172.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
