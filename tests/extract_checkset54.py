"""A fifty-fourth check set for the extractor, written blind: Chinese-language sources first, and English that comes from
them -- a 新华社-style 通稿 in Chinese numerals (五千八百亿元, 一千二百亿元, 一万亿元) with 比上年增长 and 约占四成, a 人民网-style story with
增速高于全国平均水平……个百分点 and 占全国的, a city's 统计公报 with its base in brackets (比上年（524.3亿元）增长), 占全省的比重 and 比上年增长1.9个百分点, a
政府工作报告 (突破三千亿元，达到……, 到2027年……六千亿元、实现翻一番，年均增长25%左右), a 券商 morning note's 分别为 list with 同比分别+37.1%/+34.9%/+29.7%,
a 公众号 article's 1.2万亿元 and 两万亿元, a 研究院's 前三季度 beside its 全年, a bureau's release in full-width digits and punctuation,
环比 for a quarter beside the year's 同比, a consultancy's 分别为 list with 占比分别为, a 蓝皮书's 翻了一番多 and 占全球的; Traditional Chinese
from Taiwan and Hong Kong (新台幣……億元，年增, 按年增長 in 億港元, 較2023年的……年減); English translations and summaries of Chinese
sources (a Xinhua English wire in "percent" and "year on year" with "roughly two-fifths", a provincial government work
report's "1.2 trillion yuan by 2027", a broker's English morning call in "RMB15.2bn", a Taiwan institute's English
summary in NT$ billion, a Hong Kong release with "the first three quarters", a WeChat post's "more than double", a think
tank's "percentage points", a statistical communique's "on a comparable basis", a 15th Five-Year Plan digest, a research
institute's abstract, "respectively", a prospectus's industry overview, Hong Kong dollars in billions, a Taiwan
newspaper item in NT$, a province's "share of the national total"); and tables (单位：亿元 lines over a pipe table with a 同比
column and a 合计 row, a 年度 column of years, a 占比 column, a Taiwan table under 單位：新台幣億元 with 年增率, a Hong Kong table in 億港元
with 佔比 and a 合計 its parts miss by rounding, an English table in "RMB 100 million", an aligned regional table with 占全国比重,
a three-year plan's 2027年目标 with a 年均增长 column, a broker's exhibit in "RMB bn" and a table whose 2025年前三季度 columns are no
year). The Chinese prose comes first in the list, then the English, then the tables.

Conventions, as in the earlier sets: a whole market's figure belongs to item ``Total``; a part's amount in prose to the
part's name as printed, less a leading "the", first letter in capitals; a table's figure to its row label as printed (a
total row's label too, wherever the table prints it), and in a vertical table, whose rows are years, to its value
column's header (a lone column headed by its unit only is the market's ``Total``). On an earnings call or at an investor
day, the total addressable market a company sizes is the market (``Total``). A second market named beside the first is
an item of its own name, never summed with the ``Total``. Each (item, year) is expected once, at its most precise
statement, in its printed unit, except that one series keeps one unit (the first its text prints): a later figure in
another scale of the same currency is expected converted to the series' unit; an approximate figure ("roughly",
"nearly", "some", 约, 近, 接近, 超过, 突破, 左右) is expected at its printed figure. When an article sets a second publisher's
figure for the same year beside the first publisher's, the first one (whose base, target and rate the text gives) is the
snippet's figure and the second is expected nowhere. A range gives two ``value`` claims for its year. Boilerplate
figures (datelines, report and table numbers, a report's title years, issue numbers, list and note numbers, headcounts,
counts of firms and respondents, ages, a price target and its upside) are expected nowhere; so are a quarter's figure
beside yearly ones, percentage points, a company's own revenue, orders, share target or margin, a share given only as a
fraction in words ("about a quarter of", 约占四成, 占比超过一半), and a percentage that is no share of the market (a margin, a
penetration rate, a survey's answer). An amount in a currency the bundled unit table holds (yen, New Taiwan dollars,
Hong Kong dollars) is the year's observation in that currency (¥ billion ``JPY billion``, 新台幣億元 ``TWD 100 million``, 億港元
``HKD 100 million``, "HK$486 million" ``HKD million``) and its rates get their verdicts from its own amounts; an amount
in a currency the table does not hold (won, rupees, riyals) is no observation. A fiscal year counts as its number
(fiscal 2024, FY2025e -> 2024, 2025). "Last year" / 去年 is the year before the dateline's, "this year" / 今年 / "by
year-end" the dateline's, and a figure of it an ``estimate`` (the year is not over), "next year" / 明年 the year after. A
share is ("share", N, "percent", YEAR, YEAR, None); a table's 100% total is no claim. A stated CAGR carries no
``period_years`` and is ``stated`` when its span is printed, ``inferred`` when only the years of its amounts give it
(its verdict then read as ``cagr|period``); a year-on-year rate carries 1 (its verdict read as ``cagr|implied``); a
decline is a negative rate; a multiple between two years carries their distance ("2.5x" as x2.5, "more than fivefold" as
x5, and "增长N倍" keeps its printed N as the multiple's value: 较2021年增长3倍 is x3) and gets no verdict. The base of a
forecast is ``actual``; a figure a forecast cue or a target governs (expects, is on track to, forecast, 预计, 預估, 有望), an
E, e, F or P column, or a year after the dateline's, ``estimate``. A share whose part and whole are printed gets an
``arithmetic`` verdict, a rate whose two amounts are printed a ``cagr`` one and a table whose rows add to its total row
a ``hierarchy`` one: ``exact`` when the recomputed figure rounds to the printed one, ``rounding`` when only some reading
of the printed inputs (each at half its last digit either way) reaches it, ``inconsistent`` when none does; (end /
start) ** (1 / years) - 1, with the arithmetic and its bounds in the comment beside each verdict.

What this set's sources add to them. In Chinese: a 新华社-style 通稿's 五千八百亿元 is expected in digits (5800, CNY 100 million),
比上年增长19.6% is a rate whose base is not printed and 增速较上年提高2.3个百分点 nothing, 大模型相关产业规模为一千二百亿元，占比20.7% a part with its
share and an ``arithmetic`` verdict (the numerals read at the hundreds they print), 智能芯片约占四成 a fraction in words, expected
nowhere, and 到2027年……突破一万亿元 an approximate ``estimate`` converted to the series' unit (10000); a 人民网-style story's
同比增长23.5% gets its verdict from the 847.6亿元 of 2023 printed after it, 增速高于全国平均水平5.1个百分点 is expected nowhere and
产业规模占全国的6.2% is a share of a whole the text does not print (a claim, no verdict); a city's 统计公报 gives 比上年（524.3亿元）增长16.8%
a base in brackets, 占全省的比重为28.4% a share with no printed whole, 比上年增长1.9个百分点 nothing, and its two parts (智能硬件制造,
人工智能软件和服务) their amounts and rates; a 政府工作报告's 去年……突破三千亿元，达到3,062亿元 is expected once, at 3062, as 2024's, 同比增长17.3%
a rate without its base, 力争……达到六千亿元、实现翻一番 2027's ``estimate`` in digits with a multiple, x2 over 2024-2027, and
年均增长25%左右 (its span in words, 今后三年) ``inferred``, the 人民代表大会's ordinals and “十四五” nothing; a broker's 早间速递 with
预计2025—2027年分别为……，同比分别+37.1%/+34.9%/+29.7% gives each year, in order, its ``estimate`` and rate, the last contradicted by its
amounts, 2024年……1,590亿元 the base and the rating boilerplate; a 公众号 article under its 原创 line gives 去年……约为1.2万亿元 and
今年有望增至1.45万亿元 in CNY trillion, 同比增长约21% their rate and 突破两万亿元 2030's approximate ``estimate``, and 约占四成 nothing; a
研究院's 2025年前三季度 amount and rate are a part of a year, expected nowhere, while 预计全年将达到约600亿元，较上年的372亿元增长61.3% gives 2025's
``estimate``, 2024's base and their rate; a bureau's release in full-width digits and punctuation (４８６．３亿元，较上年增长１８．４％) is read
as its digits, with a part (工业机器人, 占２６．０％) and 2023's base after it; a monitor's 2024年第四季度……环比增长14.2% is a quarter's,
expected nowhere, and 2024年全年……同比增长48.7% with 2023年全年 its year's rate; a consultancy's 金融行业、电商行业和政务行业分别为……，占比分别为…… gives
each part, in order, its amount and share, the report title's year and 约占四成 nothing. In Traditional Chinese a Taiwan
centre's 新台幣6,840億元，年增41.8%，2023年為4,825億元 is in TWD 100 million and 預估今年……9,120億元，年增33.3% 2025's ``estimate`` with its
rate; a Hong Kong institute's 去年……42.6億港元，按年增長37.9% has 2023's base after it, 今年……約58億港元 is an approximate ``estimate`` and
約四成 nothing; a Taiwan research firm's 62億美元，較2023年的65億美元年減4.7% is a decline reached only at the rounding of its amounts and
年增12.9% 2025's rate with its verdict; and a 蓝皮书's 较2022年的31.2亿元翻了一番多 is x2 over 2022-2024, 占全球的32.6% a share of an unprinted
whole, and 2024—2027年复合增长率为77.1% ``stated`` and reached only at the rounding.

In English from Chinese sources: a Xinhua English wire's "186.2 billion yuan last year, up 36.4 percent year on year" is
2024 in CNY billion with a rate whose base is not printed, "Model training services generated 71.5 billion yuan, or 38.4
percent of the total" a part with its share and "roughly two-fifths" a fraction in words; a provincial government work
report's "412 billion yuan ... up from 338 billion yuan in 2023, a rise of 21.9 percent" gives both years and their rate,
"1.2 trillion yuan by 2027" is expected as 1200 (CNY billion, the series' unit) and "average growth of 42.8 percent a
year over the next three years" is ``inferred``; a broker's English morning call gives "RMB6.8bn for 2024", "RMB15.2bn
this year, a 124% jump" and "RMB75.0bn in 2029E" with "a 61.7% CAGR for 2024-29E" (``stated``, reached only at the
rounding), its rating and target price boilerplate; a Taiwan institute's "fell 6.8% year on year to NT$412.5 billion in
2024, from NT$442.6 billion in 2023" is a negative rate in TWD billion and "rebound to NT$498.0 billion this year" an
``estimate``; a Hong Kong release's HK$ million for 2024 and 2023 carry their rate, and "the first three quarters of 2025"
and its rate are expected nowhere; a WeChat post's "about 4.26 billion yuan ... last year" and "more than double this
year, to roughly 9.5 billion yuan" give a multiple, x2 over 2024-2025, and the quarter's "quarter on quarter" nothing; a
think tank's "China accounted for US$31.2 billion, or 26.4% of the global total" is a part (``China``) of the global
``Total`` with its share, and "3.1 percentage points lower" nothing; a statistical communique's "up 15.1 percent on a
comparable basis" is reached only at the rounding of its amounts, and its part's "58.4 billion yuan" is expected with no
share; a 15th Five-Year Plan digest's "about 150 billion yuan this year" and "doubling it to 300 billion yuan by 2030" are
``estimate`` figures with a multiple, x2 over 2025-2030, and "an average annual increase of 14.9 percent" ``inferred``; a
research institute's abstract gives "for the period 2024 to 2028" (``stated``) a CAGR its amounts contradict and "61.2%
of 2024 spending" a share; "12.4 billion, 15.8 billion and 20.6 billion yuan in 2022, 2023 and 2024 respectively" gives
each year, in order, and its two rates their verdicts, the second only at the rounding; a prospectus's overview gives two
``stated`` CAGRs, over 2019-2024 and 2024-2029; Hong Kong banks' "HK$12.6 billion ... up from HK$9.4 billion in 2023, a
35.1% rise" is HKD billion, reached only at the rounding, and "about HK$15 billion this year" an ``estimate``; a Taiwan
newspaper item's NT$ billion amounts carry a rate and "a further rise of about 45% this year" is a rate without an
amount; a province's "grew 24.7% to 68.2 billion yuan in 2024, accounting for 7.4% of the national total" is a rate
without its base and a share without its whole; and "12.8 billion yuan in 2024, up from 8.1 billion yuan in 2023, growth
of 61.2%" is a rate its amounts contradict.

In tables: a pipe table under 单位：亿元 with 2023年 and 2024年 columns, a 同比 column and a 合计 row gives each 细分领域 its figures and
rate and the 合计 the whole (its 表 number and 数据来源 boilerplate); an aligned table of years headed 年度 under 单位：亿元 gives ``市场规模``
its figures (2025E an ``estimate``) and its 同比增长 column each year's rate, one contradicted by its figures; a tab-separated
图表 of product types with a 占比 column gives each its 2024 figure (the year from the caption) and share (``arithmetic``),
its 合计 the whole and its 100.0% no claim; a Traditional Chinese table under 單位：新台幣億元 gives ``產值規模`` each 年度 (2025(F) an
``estimate``) and its 年增率 column each year's rate; a Hong Kong table in 億港元 gives each 行業 its 2024 spending and 佔比, and its
合計, which the parts pass by 0.1, a ``hierarchy`` verdict reached only at the rounding (its 註 boilerplate); an English table
in "(Unit: RMB 100 million" gives each region its figures in CNY 100 million and its "YoY" rate, one contradicted by its
figures; an aligned regional table with a 占全国比重 column gives each region its share of the 全国 row, one share its figures
contradict; a three-year plan's table under 单位：亿元 gives each 领域 its 2024 ``actual`` and its 2027年目标 ``estimate`` with a
``stated`` 2024—2027年年均增长, and its 合计 the whole (the plan's title years boilerplate); an English broker exhibit in "(RMB bn)"
gives ``Market size`` its years (2025E and 2026E ``estimate``) and its YoY column each year's rate; and a table of AI
terminal sales whose 2025年前三季度 and 前三季度同比 columns are a part of a year, expected nowhere, keeps only its 2024年全年 column and
its 合计. Markets vary (人工智能核心产业, 人工智能产业, AI服务器, AI终端, 大模型应用, 智能制造装备, AI算力租赁, 智能客服, AI伺服器組裝, 生成式人工智能方案,
AI監控影像晶片, 人形机器人, intelligent computing services, a province's AI industry, humanoid robots, AI edge devices,
AI cloud services in Hong Kong, AI smart glasses, AI chips, AI enterprises above designated size, a city's AI core
industry, AI medical imaging, speech AI, AI-enabled industrial inspection, AI in Hong Kong's banks and insurers, advanced
packaging for AI accelerators, AI data labelling, 智能语音, AI视觉检测, AI芯片, 邊緣AI設備, 企業人工智能開支, AI industry by region,
计算机视觉产业, a city's AI plan, AI inference chips, AI终端产品); publishers, speakers and companies are invented, the sentences
are the project's own and the figures plausible.
``python tests/extract_checkset54.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 1. a 新华社-style 通稿 in Chinese numerals: 五千八百亿元 (5800), a part 一千二百亿元，占比20.7%, 约占四成 and the 个百分点 nowhere,
    #    突破一万亿元 converted to the series' unit (10000)
    dict(
        text=(
            "新华社北京2025年1月16日电（记者 陈思远）记者16日从国家人工智能产业发展研究中心获悉，2024年我国人工智能核心产业规模"
            "达到五千八百亿元，比上年增长19.6%，增速较上年提高2.3个百分点。其中，大模型相关产业规模为一千二百亿元，占比20.7%；"
            "智能芯片约占四成。中心预计，到2027年核心产业规模将突破一万亿元。"
        ),
        obs=[
            ("Total", 2024, 5800, "CNY 100 million", "actual"),
            ("大模型相关产业", 2024, 1200, "CNY 100 million", "actual"),
            ("Total", 2027, 10000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.6, "percent", 2023, 2024, 1.0),
            ("share", 20.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 1200 / 5800 = 20.690% -> 20.7 (the numerals read at their hundreds, 1150-1250 over 5750-5850:
            # bounds 19.658-21.739)
            ("arithmetic", "exact"),
        ],
    ),
    # 2. a 人民网-style story: 同比增长 with 2023's base after it, 高于全国平均水平……个百分点 nowhere, 占全国的 (no printed whole)
    dict(
        text=(
            "人民网杭州2025年2月11日电（记者 周晓岚）记者从临湖市经济和信息化局获悉，2024年临湖市人工智能产业实现营业收入"
            "1,046.8亿元，同比增长23.5%，增速高于全国平均水平5.1个百分点，产业规模占全国的6.2%。2023年，该市人工智能产业营业收入"
            "为847.6亿元。"
        ),
        obs=[
            ("Total", 2024, 1046.8, "CNY 100 million", "actual"),
            ("Total", 2023, 847.6, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 23.5, "percent", 2023, 2024, 1.0),
            ("share", 6.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1046.8 / 847.6 - 1 = 23.502% -> 23.5 (bounds 23.488-23.515)
        ],
    ),
    # 3. a city's 统计公报: 比上年（524.3亿元）增长 (a base in brackets), 占全省的比重 (no printed whole), 比上年增长……个百分点 nowhere,
    #    two parts with their rates (no bases)
    dict(
        text=(
            "鹭江市2024年国民经济和社会发展统计公报（2025年3月20日发布）\n"
            "……2024年，全市人工智能核心产业实现营业收入612.4亿元，比上年（524.3亿元）增长16.8%，占全省的比重为28.4%，比上年增长"
            "1.9个百分点。其中，智能硬件制造营业收入238.5亿元，增长9.7%；人工智能软件和服务营业收入373.9亿元，增长21.9%。"
        ),
        obs=[
            ("Total", 2024, 612.4, "CNY 100 million", "actual"),
            ("Total", 2023, 524.3, "CNY 100 million", "actual"),
            ("智能硬件制造", 2024, 238.5, "CNY 100 million", "actual"),
            ("人工智能软件和服务", 2024, 373.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 16.8, "percent", 2023, 2024, 1.0),
            ("share", 28.4, "percent", 2024, 2024, None),
            ("growth", 9.7, "percent", 2023, 2024, 1.0),
            ("growth", 21.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 612.4 / 524.3 - 1 = 16.803% -> 16.8 (bounds 16.783-16.824)
        ],
    ),
    # 4. a 政府工作报告: 去年……突破三千亿元，达到3,062亿元 (expected once, at 3062), 到2027年……六千亿元、实现翻一番 (x2 over 2024-2027),
    #    年均增长25%左右 over 今后三年 (a span in words: inferred)
    dict(
        text=(
            "政府工作报告——2025年1月15日在云梦市第十七届人民代表大会第四次会议上\n"
            "……去年，全市人工智能产业规模突破三千亿元，达到3,062亿元，同比增长17.3%，提前一年完成“十四五”规划目标。今后三年，"
            "我们将深入实施“人工智能+”行动，到2027年，力争全市人工智能产业规模达到六千亿元、实现翻一番，年均增长25%左右。"
        ),
        obs=[
            ("Total", 2024, 3062, "CNY 100 million", "actual"),
            ("Total", 2027, 6000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 17.3, "percent", 2023, 2024, 1.0),
            ("multiple", 2, "multiple", 2024, 2027, 3.0),  # 6000 / 3062 = 1.96: 翻一番 as x2
            ("cagr", 25, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            # (6000 / 3062) ** (1 / 3) - 1 = 25.136% -> 25 (六千亿元 read at its thousands, 5500-6500: bounds
            # 21.552-28.527)
            ("cagr|period", "exact"),
        ],
    ),
    # 5. a broker's morning note: 预计2025—2027年分别为……，同比分别+……/+……/+…… (each year, in order); the last rate contradicted;
    #    the rating nowhere
    dict(
        text=(
            "【华瑞证券·早间速递】2025年4月22日\n"
            "计算机：我们测算2024年国内AI服务器市场规模为1,590亿元，预计2025—2027年分别为2,180亿元、2,940亿元和3,760亿元，"
            "同比分别+37.1%/+34.9%/+29.7%。维持行业“强于大市”评级。"
        ),
        obs=[
            ("Total", 2024, 1590, "CNY 100 million", "actual"),
            ("Total", 2025, 2180, "CNY 100 million", "estimate"),
            ("Total", 2026, 2940, "CNY 100 million", "estimate"),
            ("Total", 2027, 3760, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 37.1, "percent", 2024, 2025, 1.0),
            ("growth", 34.9, "percent", 2025, 2026, 1.0),
            ("growth", 29.7, "percent", 2026, 2027, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2180 / 1590 - 1 = 37.107% -> 37.1
            ("cagr|implied", "exact"),  # 2940 / 2180 - 1 = 34.862% -> 34.9
            # 3760 / 2940 - 1 = 27.891%; bounds (3759.5 / 2940.5) -> 27.852%, (3760.5 / 2939.5) -> 27.930%:
            # 29.7 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 6. a 公众号 article under its 原创 line: 去年……约为1.2万亿元, 今年有望增至1.45万亿元 (CNY trillion), 突破两万亿元; 约占四成 nowhere
    dict(
        text=(
            "原创 智造前沿 2025年06月18日 08:30 浙江\n"
            "据启明智库测算，去年我国AI终端产业规模约为1.2万亿元；今年有望增至1.45万亿元，同比增长约21%；到2030年，产业规模有望"
            "突破两万亿元。其中，AI手机约占四成。"
        ),
        obs=[
            ("Total", 2024, 1.2, "CNY trillion", "actual"),
            ("Total", 2025, 1.45, "CNY trillion", "estimate"),
            ("Total", 2030, 2, "CNY trillion", "estimate"),
        ],
        claims=[("growth", 21, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.45 / 1.2 - 1 = 20.833% -> 21 (bounds 15.600-26.522)
        ],
    ),
    # 7. a 研究院 under a dateline: 2025年前三季度 (a part of a year) nowhere; 预计全年……约600亿元，较上年的372亿元增长
    dict(
        text=(
            "（2025年11月3日）数智经济研究院发布报告称，2025年前三季度我国大模型应用市场规模为418亿元，同比增长62.4%；"
            "预计全年将达到约600亿元，较上年的372亿元增长61.3%。"
        ),
        obs=[
            ("Total", 2025, 600, "CNY 100 million", "estimate"),
            ("Total", 2024, 372, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 61.3, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 600 / 372 - 1 = 61.290% -> 61.3 (bounds 60.940-61.642)
        ],
    ),
    # 8. a bureau's release in full-width digits and punctuation (read as their digits): 较上年增长, a part with its share,
    #    2023's base after them
    dict(
        text=(
            "２０２５年３月１０日，海州市统计局发布：２０２４年全市智能制造装备产业实现产值４８６．３亿元，较上年增长１８．４％，"
            "其中工业机器人产值１２６．５亿元，占２６．０％；２０２３年全市该产业产值为４１０．７亿元。"
        ),
        obs=[
            ("Total", 2024, 486.3, "CNY 100 million", "actual"),
            ("工业机器人", 2024, 126.5, "CNY 100 million", "actual"),
            ("Total", 2023, 410.7, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.4, "percent", 2023, 2024, 1.0),
            ("share", 26.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 486.3 / 410.7 - 1 = 18.408% -> 18.4 (bounds 18.381-18.434)
            ("arithmetic", "exact"),  # 126.5 / 486.3 = 26.013% -> 26.0
        ],
    ),
    # 9. a monitor's release: 第四季度……环比增长 (a quarter's) nowhere; 全年……同比增长 with 2023年全年 its base
    dict(
        text=(
            "（2025年1月20日）据信通算力研究院监测，2024年第四季度我国AI算力租赁市场收入为86.5亿元，环比增长14.2%；2024年全年"
            "市场收入为291.6亿元，同比增长48.7%，2023年全年为196.1亿元。"
        ),
        obs=[
            ("Total", 2024, 291.6, "CNY 100 million", "actual"),
            ("Total", 2023, 196.1, "CNY 100 million", "actual"),
        ],
        claims=[("growth", 48.7, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 291.6 / 196.1 - 1 = 48.700% -> 48.7 (bounds 48.636-48.763)
        ],
    ),
    # 10. a consultancy: ……分别为……，占比分别为…… (each part, in order, its amount and share); the title's year and 约占四成 nowhere
    dict(
        text=(
            "艾研咨询发布的《2025中国智能客服行业研究报告》显示，2024年中国智能客服市场规模为142.8亿元。其中，金融行业、电商行业"
            "和政务行业分别为41.6亿元、35.6亿元和18.9亿元，占比分别为29.1%、24.9%和13.2%；从产品形态看，大模型驱动的产品约占四成。"
        ),
        obs=[
            ("Total", 2024, 142.8, "CNY 100 million", "actual"),
            ("金融行业", 2024, 41.6, "CNY 100 million", "actual"),
            ("电商行业", 2024, 35.6, "CNY 100 million", "actual"),
            ("政务行业", 2024, 18.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 29.1, "percent", 2024, 2024, None),
            ("share", 24.9, "percent", 2024, 2024, None),
            ("share", 13.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 41.6 / 142.8 = 29.132% -> 29.1
            ("arithmetic", "exact"),  # 35.6 / 142.8 = 24.930% -> 24.9
            ("arithmetic", "exact"),  # 18.9 / 142.8 = 13.235% -> 13.2
        ],
    ),
    # 11. a Taiwan centre in Traditional Chinese: 新台幣……億元，年增 (TWD 100 million), 2023年為 its base, 預估今年……年增
    dict(
        text=(
            "（2025年8月12日）台灣數位產業研究中心指出，2024年台灣AI伺服器組裝產值達新台幣6,840億元，年增41.8%，2023年為"
            "4,825億元；受惠雲端業者擴大資本支出，預估今年產值將達9,120億元，年增33.3%。"
        ),
        obs=[
            ("Total", 2024, 6840, "TWD 100 million", "actual"),
            ("Total", 2023, 4825, "TWD 100 million", "actual"),
            ("Total", 2025, 9120, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 41.8, "percent", 2023, 2024, 1.0),
            ("growth", 33.3, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6840 / 4825 - 1 = 41.762% -> 41.8
            ("cagr|implied", "exact"),  # 9120 / 6840 - 1 = 33.333% -> 33.3
        ],
    ),
    # 12. a Hong Kong institute in Traditional Chinese: 去年……億港元，按年增長, 2023年為 its base, 今年……約58億港元; 約四成 nowhere
    dict(
        text=(
            "（2025年3月4日）香港數碼經濟研究所公布，本港企業去年在生成式人工智能方案上的支出為42.6億港元，按年增長37.9%，"
            "2023年為30.9億港元；研究所預期今年支出將增至約58億港元，其中約四成來自金融業。"
        ),
        obs=[
            ("Total", 2024, 42.6, "HKD 100 million", "actual"),
            ("Total", 2023, 30.9, "HKD 100 million", "actual"),
            ("Total", 2025, 58, "HKD 100 million", "estimate"),
        ],
        claims=[("growth", 37.9, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 42.6 / 30.9 - 1 = 37.864% -> 37.9 (bounds 37.480-38.250)
        ],
    ),
    # 13. a Taiwan research firm in Traditional Chinese: 較2023年的……年減 (a decline within rounding only), 預估……年增
    dict(
        text=(
            "研調機構晶訊顧問最新報告指出，受消費性電子需求疲弱拖累，2024年全球AI監控影像晶片市場規模為62億美元，較2023年的"
            "65億美元年減4.7%；該機構預估，2025年市場可望回溫至70億美元，年增12.9%。"
        ),
        obs=[
            ("Total", 2024, 62, "USD 100 million", "actual"),
            ("Total", 2023, 65, "USD 100 million", "actual"),
            ("Total", 2025, 70, "USD 100 million", "estimate"),
        ],
        claims=[
            ("growth", -4.7, "percent", 2023, 2024, 1.0),
            ("growth", 12.9, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 62 / 65 - 1 = -4.615%, not -4.7 +- 0.05; bounds (61.5 / 65.5) -> -6.107%, (62.5 / 64.5) -> -3.101%:
            # -4.7 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 70 / 62 - 1 = 12.903% -> 12.9
        ],
    ),
    # 14. a 蓝皮书: 占全球的 (no printed whole), 较2022年的……翻了一番多 (x2 over two years), a stated 复合增长率 within rounding only
    dict(
        text=(
            "据中关村智联研究院发布的《具身智能产业发展蓝皮书（2025）》，2024年我国人形机器人市场规模为68.5亿元，占全球的32.6%，"
            "较2022年的31.2亿元翻了一番多；预计到2027年将达到380亿元，2024—2027年复合增长率为77.1%。"
        ),
        obs=[
            ("Total", 2024, 68.5, "CNY 100 million", "actual"),
            ("Total", 2022, 31.2, "CNY 100 million", "actual"),
            ("Total", 2027, 380, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 32.6, "percent", 2024, 2024, None),
            ("multiple", 2, "multiple", 2022, 2024, 2.0),  # 68.5 / 31.2 = 2.20: 翻了一番多 as x2
            ("cagr", 77.1, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # (380 / 68.5) ** (1 / 3) - 1 = 77.024%, not 77.1 +- 0.05; bounds (379.5 / 68.55) -> 76.903%,
            # (380.5 / 68.45) -> 77.144%: 77.1 is reached only at the rounding
            ("cagr", "rounding"),
        ],
    ),
    # ------------------------------------------------------------------------------------------------ English prose
    # 15. a Xinhua English wire: "last year ... up 36.4 percent year on year" (no base), a part "or 38.4 percent of the
    #     total", "roughly two-fifths" nowhere
    dict(
        text=(
            "BEIJING, Jan. 17, 2025 (Xinhua) -- China's intelligent computing services market reached 186.2 billion "
            "yuan last year, up 36.4 percent year on year, according to a report released Friday by the Beijing-based "
            "Huaxin Institute of Computing Economics. Model training services generated 71.5 billion yuan, or 38.4 "
            "percent of the total, while inference services made up roughly two-fifths."
        ),
        obs=[
            ("Total", 2024, 186.2, "CNY billion", "actual"),
            ("Model training services", 2024, 71.5, "CNY billion", "actual"),
        ],
        claims=[
            ("growth", 36.4, "percent", 2023, 2024, 1.0),
            ("share", 38.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 71.5 / 186.2 = 38.400% -> 38.4 (bounds 38.362-38.437)
        ],
    ),
    # 16. a provincial government work report in English: both years with their rate; "1.2 trillion yuan by 2027" expected
    #     as 1200 (CNY billion), "over the next three years" (a span in words: inferred)
    dict(
        text=(
            "People's Daily Online, Jan. 22, 2025 -- Delivering the provincial government work report on Tuesday, the "
            "governor of Qiantang Province said its artificial intelligence industry generated 412 billion yuan in "
            "revenue last year, up from 338 billion yuan in 2023, a rise of 21.9 percent. The province aims to lift the "
            "figure to 1.2 trillion yuan by 2027, which would mean average growth of 42.8 percent a year over the next "
            "three years."
        ),
        obs=[
            ("Total", 2024, 412, "CNY billion", "actual"),
            ("Total", 2023, 338, "CNY billion", "actual"),
            ("Total", 2027, 1200, "CNY billion", "estimate"),
        ],
        claims=[
            ("growth", 21.9, "percent", 2023, 2024, 1.0),
            ("cagr", 42.8, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 412 / 338 - 1 = 21.893% -> 21.9 (bounds 21.566-22.222)
            # (1200 / 412) ** (1 / 3) - 1 = 42.811% -> 42.8 (1.2 trillion read at its last digit, 1150-1250 billion:
            # bounds 40.742-44.826)
            ("cagr|period", "exact"),
        ],
    ),
    # 17. a broker's English morning call translated from its Chinese note: "RMB15.2bn this year, a 124% jump", a stated
    #     "2024-29E" CAGR within rounding only; the rating and target price nowhere
    dict(
        text=(
            "Morning Call, 9 April 2025 (English edition of our Chinese-language note)\n"
            "Humanoid robots: we size China's market at RMB6.8bn for 2024 and expect RMB15.2bn this year, a 124% jump, "
            "rising to RMB75.0bn in 2029E, which implies a 61.7% CAGR for 2024-29E. We reiterate Overweight on the "
            "sector; our top pick carries a target price of RMB88."
        ),
        obs=[
            ("Total", 2024, 6.8, "CNY billion", "actual"),
            ("Total", 2025, 15.2, "CNY billion", "estimate"),
            ("Total", 2029, 75.0, "CNY billion", "estimate"),
        ],
        claims=[
            ("growth", 124, "percent", 2024, 2025, 1.0),
            ("cagr", 61.7, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 15.2 / 6.8 - 1 = 123.529% -> 124 (bounds 121.168-125.926)
            # (75.0 / 6.8) ** (1 / 5) - 1 = 61.626%, not 61.7 +- 0.05; bounds (74.95 / 6.85) -> 61.368%,
            # (75.05 / 6.75) -> 61.886%: 61.7 is reached only at the rounding
            ("cagr", "rounding"),
        ],
    ),
    # 18. a Taiwan institute's English summary in NT$ billion: "fell 6.8% year on year to ... from ..." (a decline with
    #     both amounts), "rebound to ... this year"
    dict(
        text=(
            "TAIPEI, Feb. 26, 2025 -- Taiwan's output of AI edge devices fell 6.8% year on year to NT$412.5 billion in "
            "2024, from NT$442.6 billion in 2023, according to an English summary of the Chinese-language outlook issued "
            "by the Taiwan Industrial Intelligence Institute. The institute expects output to rebound to NT$498.0 "
            "billion this year."
        ),
        obs=[
            ("Total", 2024, 412.5, "TWD billion", "actual"),
            ("Total", 2023, 442.6, "TWD billion", "actual"),
            ("Total", 2025, 498.0, "TWD billion", "estimate"),
        ],
        claims=[("growth", -6.8, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 412.5 / 442.6 - 1 = -6.801% -> -6.8 (bounds -6.823 to -6.779)
        ],
    ),
    # 19. a Hong Kong release in English, HK$ million: the year's rate with both amounts; "the first three quarters of
    #     2025" and its rate nowhere
    dict(
        text=(
            "HONG KONG, Dec. 9, 2025 -- Hong Kong companies spent HK$3,864 million on AI cloud services in 2024, up "
            "18.7% from HK$3,255 million in 2023, according to the English release of the Hong Kong Digital Economy "
            "Statistics Unit. In the first three quarters of 2025, spending reached HK$3,412 million, 21.0% higher "
            "than a year earlier."
        ),
        obs=[
            ("Total", 2024, 3864, "HKD million", "actual"),
            ("Total", 2023, 3255, "HKD million", "actual"),
        ],
        claims=[("growth", 18.7, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 3864 / 3255 - 1 = 18.710% -> 18.7
        ],
    ),
    # 20. a WeChat post in translation: "last year", "more than double this year" (x2 over 2024-2025), a quarter's
    #     "quarter on quarter" nowhere
    dict(
        text=(
            "Translated from a WeChat post by the public account Silicon Lane Weekly, published 2025-08-03: Chinese "
            "consumers spent about 4.26 billion yuan on AI smart glasses last year, and the account expects the market "
            "to more than double this year, to roughly 9.5 billion yuan. Sales in the second quarter rose 47% quarter "
            "on quarter."
        ),
        obs=[
            ("Total", 2024, 4.26, "CNY billion", "actual"),
            ("Total", 2025, 9.5, "CNY billion", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2024, 2025, 1.0),  # 9.5 / 4.26 = 2.23: more than double as x2
        ],
        verdicts=[],
    ),
    # 21. a think tank's English executive summary: a country "accounted for US$..., or ...% of the global total" (a part
    #     of the global Total); "percentage points" nowhere
    dict(
        text=(
            "Executive summary (English edition of a Chinese-language report by the Yanhe Think Tank, Shanghai, May "
            "2025). The global AI chip market grew to US$118.3 billion in 2024. China accounted for US$31.2 billion, or "
            "26.4% of the global total, a share 3.1 percentage points lower than in 2023 as export controls tightened."
        ),
        obs=[
            ("Total", 2024, 118.3, "USD billion", "actual"),
            ("China", 2024, 31.2, "USD billion", "actual"),
        ],
        claims=[("share", 26.4, "percent", 2024, 2024, None)],
        verdicts=[
            ("arithmetic", "exact"),  # 31.2 / 118.3 = 26.374% -> 26.4
        ],
    ),
    # 22. a statistical communique's English version: "up 15.1 percent on a comparable basis" within rounding only; a
    #     part with no share
    dict(
        text=(
            "Statistical Communique of Xiyuan City on the 2024 National Economic and Social Development (English "
            "version, March 18, 2025)\n"
            "Revenue of the city's artificial intelligence enterprises above designated size totalled 126.8 billion "
            "yuan in 2024, against 110.3 billion yuan in 2023, up 15.1 percent on a comparable basis. Of this, software "
            "and information services brought in 58.4 billion yuan."
        ),
        obs=[
            ("Total", 2024, 126.8, "CNY billion", "actual"),
            ("Total", 2023, 110.3, "CNY billion", "actual"),
            ("Software and information services", 2024, 58.4, "CNY billion", "actual"),
        ],
        claims=[("growth", 15.1, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 126.8 / 110.3 - 1 = 14.959%, not 15.1 +- 0.05; bounds (126.75 / 110.35) -> 14.862%,
            # (126.85 / 110.25) -> 15.057%: 15.1 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 23. a 15th Five-Year Plan digest: "this year" an estimate, "doubling it to ... by 2030" (x2 over 2025-2030), an
    #     average annual increase (inferred)
    dict(
        text=(
            "An English digest of the Nanhu municipal proposals for the 15th Five-Year Plan, released Nov. 28, 2025, "
            "says the city's AI core industry will reach about 150 billion yuan this year and sets the goal of doubling "
            "it to 300 billion yuan by 2030, the last year of the plan period, an average annual increase of 14.9 "
            "percent."
        ),
        obs=[
            ("Total", 2025, 150, "CNY billion", "estimate"),
            ("Total", 2030, 300, "CNY billion", "estimate"),
        ],
        claims=[
            ("multiple", 2, "multiple", 2025, 2030, 5.0),  # 300 / 150 = 2.00: doubling as x2
            ("cagr", 14.9, "percent", 2025, 2030, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (300 / 150) ** (1 / 5) - 1 = 14.870% -> 14.9 (bounds 14.755-14.985)
        ],
    ),
    # 24. a research institute's English abstract: "for the period 2024 to 2028" (stated), a CAGR its amounts contradict;
    #     a share of 2024
    dict(
        text=(
            "An English abstract of a report by the Dongfang Industrial Research Institute puts China's AI medical "
            "imaging market at 3.86 billion yuan in 2024 and expects it to reach 11.9 billion yuan in 2028, a compound "
            "annual growth rate of 34.6% for the period 2024 to 2028. Tertiary hospitals accounted for 61.2% of 2024 "
            "spending."
        ),
        obs=[
            ("Total", 2024, 3.86, "CNY billion", "actual"),
            ("Total", 2028, 11.9, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 34.6, "percent", 2024, 2028, None, "stated"),
            ("share", 61.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (11.9 / 3.86) ** (1 / 4) - 1 = 32.507%; bounds (11.85 / 3.865) -> 32.325%, (11.95 / 3.855) -> 32.689%:
            # 34.6 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 25. "respectively": three years in order, each year's rate; the second within rounding only
    dict(
        text=(
            "China's speech AI market was worth 12.4 billion, 15.8 billion and 20.6 billion yuan in 2022, 2023 and 2024 "
            "respectively, an English brief from the Suzhou Voice Industry Alliance shows, with annual growth of 27.4% "
            "in 2023 and 30.6% in 2024."
        ),
        obs=[
            ("Total", 2022, 12.4, "CNY billion", "actual"),
            ("Total", 2023, 15.8, "CNY billion", "actual"),
            ("Total", 2024, 20.6, "CNY billion", "actual"),
        ],
        claims=[
            ("growth", 27.4, "percent", 2022, 2023, 1.0),
            ("growth", 30.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 15.8 / 12.4 - 1 = 27.419% -> 27.4
            # 20.6 / 15.8 - 1 = 30.380%, not 30.6 +- 0.05; bounds (20.55 / 15.85) -> 29.653%,
            # (20.65 / 15.75) -> 31.111%: 30.6 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 26. a prospectus's industry overview in English translation: two stated CAGRs, "from 2019 to 2024" and "from 2024
    #     to 2029"
    dict(
        text=(
            "Industry overview (English translation of the prospectus section prepared by Hengyuan Consulting): China's "
            "market for AI-enabled industrial inspection, measured by revenue, increased from RMB4.2 billion in 2019 to "
            "RMB14.6 billion in 2024, representing a CAGR of 28.3% from 2019 to 2024, and is expected to reach RMB38.5 "
            "billion in 2029, representing a CAGR of 21.4% from 2024 to 2029."
        ),
        obs=[
            ("Total", 2019, 4.2, "CNY billion", "actual"),
            ("Total", 2024, 14.6, "CNY billion", "actual"),
            ("Total", 2029, 38.5, "CNY billion", "estimate"),
        ],
        claims=[
            ("cagr", 28.3, "percent", 2019, 2024, None, "stated"),
            ("cagr", 21.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (14.6 / 4.2) ** (1 / 5) - 1 = 28.298% -> 28.3 (bounds 27.907-28.694)
            ("cagr", "exact"),  # (38.5 / 14.6) ** (1 / 5) - 1 = 21.401% -> 21.4 (bounds 21.286-21.516)
        ],
    ),
    # 27. Hong Kong dollars in billions: "last year, up from ... in 2023, a 35.1% rise" within rounding only, "about ...
    #     this year"
    dict(
        text=(
            "HONG KONG, 12 May 2025 -- Banks and insurers in Hong Kong spent HK$12.6 billion on AI last year, up from "
            "HK$9.4 billion in 2023, a 35.1% rise, according to a translated briefing from the Hong Kong Institute of "
            "Financial Technology, which expects spending of about HK$15 billion this year."
        ),
        obs=[
            ("Total", 2024, 12.6, "HKD billion", "actual"),
            ("Total", 2023, 9.4, "HKD billion", "actual"),
            ("Total", 2025, 15, "HKD billion", "estimate"),
        ],
        claims=[("growth", 35.1, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 12.6 / 9.4 - 1 = 34.043%, not 35.1 +- 0.05; bounds (12.55 / 9.45) -> 32.804%, (12.65 / 9.35) -> 35.294%:
            # 35.1 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 28. a Taiwan newspaper item in English: NT$ billion with both amounts, "a further rise of about 45% this year" (no
    #     amount)
    dict(
        text=(
            "An English rendering of a Taipei newspaper report, Sept. 4, 2025: Taiwan's advanced packaging output for "
            "AI accelerators reached NT$286.4 billion in 2024, up 74.2% from NT$164.4 billion in 2023, and industry "
            "researchers expect a further rise of about 45% this year."
        ),
        obs=[
            ("Total", 2024, 286.4, "TWD billion", "actual"),
            ("Total", 2023, 164.4, "TWD billion", "actual"),
        ],
        claims=[
            ("growth", 74.2, "percent", 2023, 2024, 1.0),
            ("growth", 45, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 286.4 / 164.4 - 1 = 74.209% -> 74.2
        ],
    ),
    # 29. a province's figures in English: "grew 24.7% to ..." (no base), "accounting for 7.4% of the national total" (no
    #     printed whole), "this year"
    dict(
        text=(
            "Official figures released on Feb. 8, 2025 by Jinghu Province show its AI core industry grew 24.7% to 68.2 "
            "billion yuan in 2024, accounting for 7.4% of the national total. The provincial department of industry "
            "expects 85 billion yuan this year."
        ),
        obs=[
            ("Total", 2024, 68.2, "CNY billion", "actual"),
            ("Total", 2025, 85, "CNY billion", "estimate"),
        ],
        claims=[
            ("growth", 24.7, "percent", 2023, 2024, 1.0),
            ("share", 7.4, "percent", 2024, 2024, None),
        ],
        verdicts=[],
    ),
    # 30. a Chinese financial-press report in English: a year-on-year rate its amounts contradict, "expects" a forecast
    dict(
        text=(
            "An English summary of a Chinese financial-press report: China's AI data-labelling market reached 12.8 "
            "billion yuan in 2024, up from 8.1 billion yuan in 2023, growth of 61.2%, according to Beijing-based "
            "consultancy Zhiyuan Data, which expects a market of 16.5 billion yuan in 2025."
        ),
        obs=[
            ("Total", 2024, 12.8, "CNY billion", "actual"),
            ("Total", 2023, 8.1, "CNY billion", "actual"),
            ("Total", 2025, 16.5, "CNY billion", "estimate"),
        ],
        claims=[("growth", 61.2, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 12.8 / 8.1 - 1 = 58.025%; bounds (12.75 / 8.15) -> 56.442%, (12.85 / 8.05) -> 59.627%:
            # 61.2 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. a Chinese pipe table under 单位：亿元: 2023年 and 2024年 columns, a 同比 column, a 合计 row; 表 number and source nowhere
    dict(
        text=(
            "表2 2023—2024年我国智能语音市场细分结构\n"
            "单位：亿元\n"
            "| 细分领域 | 2023年 | 2024年 | 同比 |\n"
            "|---|---|---|---|\n"
            "| 智能外呼 | 86.4 | 112.7 | 30.4% |\n"
            "| 语音助手 | 54.2 | 63.8 | 17.7% |\n"
            "| 会议转写 | 21.6 | 34.9 | 61.6% |\n"
            "| 合计 | 162.2 | 211.4 | 30.3% |\n"
            "数据来源：声谷产业研究院"
        ),
        obs=[
            ("智能外呼", 2023, 86.4, "CNY 100 million", "actual"),
            ("智能外呼", 2024, 112.7, "CNY 100 million", "actual"),
            ("语音助手", 2023, 54.2, "CNY 100 million", "actual"),
            ("语音助手", 2024, 63.8, "CNY 100 million", "actual"),
            ("会议转写", 2023, 21.6, "CNY 100 million", "actual"),
            ("会议转写", 2024, 34.9, "CNY 100 million", "actual"),
            ("合计", 2023, 162.2, "CNY 100 million", "actual"),
            ("合计", 2024, 211.4, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 30.4, "percent", 2023, 2024, 1.0),
            ("growth", 17.7, "percent", 2023, 2024, 1.0),
            ("growth", 61.6, "percent", 2023, 2024, 1.0),
            ("growth", 30.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 112.7 / 86.4 - 1 = 30.440% -> 30.4
            ("cagr|implied", "exact"),  # 63.8 / 54.2 - 1 = 17.712% -> 17.7
            ("cagr|implied", "exact"),  # 34.9 / 21.6 - 1 = 61.574% -> 61.6
            ("cagr|implied", "exact"),  # 211.4 / 162.2 - 1 = 30.333% -> 30.3
            # 86.4 + 54.2 + 21.6 = 162.2; 112.7 + 63.8 + 34.9 = 211.4
            ("hierarchy", "exact"),
        ],
    ),
    # 32. a Chinese aligned table of years headed 年度 under 单位：亿元: 市场规模 and 同比增长 columns, 2025E; one rate contradicted
    dict(
        text=(
            "我国AI视觉检测市场规模\n"
            "单位：亿元\n"
            "年度      市场规模      同比增长\n"
            "2021        48.6            —\n"
            "2022        63.9          31.5%\n"
            "2023        82.7          31.4%\n"
            "2024       109.5          32.4%\n"
            "2025E      141.0          28.8%\n"
            "注：2025E为预计数。"
        ),
        obs=[
            ("市场规模", 2021, 48.6, "CNY 100 million", "actual"),
            ("市场规模", 2022, 63.9, "CNY 100 million", "actual"),
            ("市场规模", 2023, 82.7, "CNY 100 million", "actual"),
            ("市场规模", 2024, 109.5, "CNY 100 million", "actual"),
            ("市场规模", 2025, 141.0, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.5, "percent", 2021, 2022, 1.0),
            ("growth", 31.4, "percent", 2022, 2023, 1.0),
            ("growth", 32.4, "percent", 2023, 2024, 1.0),
            ("growth", 28.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 63.9 / 48.6 - 1 = 31.481% -> 31.5
            # 82.7 / 63.9 - 1 = 29.421%; bounds (82.65 / 63.95) -> 29.242%, (82.75 / 63.85) -> 29.601%:
            # 31.4 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 109.5 / 82.7 - 1 = 32.406% -> 32.4
            ("cagr|implied", "exact"),  # 141.0 / 109.5 - 1 = 28.767% -> 28.8
        ],
    ),
    # 33. a Chinese tab-separated 图表 of product types under 单位：亿元 with a 占比 column and a 合计 row; the year from the caption
    dict(
        text=(
            "图表5：2024年中国AI芯片市场产品结构\n"
            "单位：亿元\n"
            "产品类型\t市场规模\t占比\n"
            "GPU\t1,086.0\t75.5%\n"
            "ASIC\t248.6\t17.3%\n"
            "FPGA\t63.2\t4.4%\n"
            "类脑芯片及其他\t41.5\t2.9%\n"
            "合计\t1,439.3\t100.0%"
        ),
        obs=[
            ("GPU", 2024, 1086.0, "CNY 100 million", "actual"),
            ("ASIC", 2024, 248.6, "CNY 100 million", "actual"),
            ("FPGA", 2024, 63.2, "CNY 100 million", "actual"),
            ("类脑芯片及其他", 2024, 41.5, "CNY 100 million", "actual"),
            ("合计", 2024, 1439.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 75.5, "percent", 2024, 2024, None),
            ("share", 17.3, "percent", 2024, 2024, None),
            ("share", 4.4, "percent", 2024, 2024, None),
            ("share", 2.9, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1086.0 / 1439.3 = 75.453% -> 75.5
            ("arithmetic", "exact"),  # 248.6 / 1439.3 = 17.272% -> 17.3
            ("arithmetic", "exact"),  # 63.2 / 1439.3 = 4.391% -> 4.4
            ("arithmetic", "exact"),  # 41.5 / 1439.3 = 2.883% -> 2.9
            ("hierarchy", "exact"),  # 1086.0 + 248.6 + 63.2 + 41.5 = 1439.3
        ],
    ),
    # 34. a Traditional Chinese tab-separated table under 單位：新台幣億元: 產值規模 by 年度, a 年增率 column, 2025(F) an estimate
    dict(
        text=(
            "臺灣邊緣AI設備產值\n"
            "單位：新台幣億元\n"
            "年度\t產值規模\t年增率\n"
            "2022\t2,846\t—\n"
            "2023\t3,912\t37.5%\n"
            "2024\t6,275\t60.4%\n"
            "2025(F)\t8,940\t42.5%\n"
            "資料來源：資通產業研究所；(F)為預測值"
        ),
        obs=[
            ("產值規模", 2022, 2846, "TWD 100 million", "actual"),
            ("產值規模", 2023, 3912, "TWD 100 million", "actual"),
            ("產值規模", 2024, 6275, "TWD 100 million", "actual"),
            ("產值規模", 2025, 8940, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 37.5, "percent", 2022, 2023, 1.0),
            ("growth", 60.4, "percent", 2023, 2024, 1.0),
            ("growth", 42.5, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3912 / 2846 - 1 = 37.456% -> 37.5
            ("cagr|implied", "exact"),  # 6275 / 3912 - 1 = 60.404% -> 60.4
            ("cagr|implied", "exact"),  # 8940 / 6275 - 1 = 42.470% -> 42.5
        ],
    ),
    # 35. a Hong Kong pipe table in Traditional Chinese under 單位：億港元 with a 佔比 column; the parts pass their 合計 by 0.1
    dict(
        text=(
            "2024年香港企業人工智能開支（按行業劃分）\n"
            "單位：億港元\n"
            "| 行業 | 開支 | 佔比 |\n"
            "|---|---|---|\n"
            "| 金融服務 | 16.2 | 42.2% |\n"
            "| 貿易及物流 | 7.4 | 19.3% |\n"
            "| 零售 | 4.3 | 11.2% |\n"
            "| 專業服務 | 5.1 | 13.3% |\n"
            "| 其他 | 5.5 | 14.3% |\n"
            "| 合計 | 38.4 | 100.0% |\n"
            "註：由於四捨五入，各項數字相加未必等於總數。"
        ),
        obs=[
            ("金融服務", 2024, 16.2, "HKD 100 million", "actual"),
            ("貿易及物流", 2024, 7.4, "HKD 100 million", "actual"),
            ("零售", 2024, 4.3, "HKD 100 million", "actual"),
            ("專業服務", 2024, 5.1, "HKD 100 million", "actual"),
            ("其他", 2024, 5.5, "HKD 100 million", "actual"),
            ("合計", 2024, 38.4, "HKD 100 million", "actual"),
        ],
        claims=[
            ("share", 42.2, "percent", 2024, 2024, None),
            ("share", 19.3, "percent", 2024, 2024, None),
            ("share", 11.2, "percent", 2024, 2024, None),
            ("share", 13.3, "percent", 2024, 2024, None),
            ("share", 14.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 16.2 / 38.4 = 42.188% -> 42.2
            ("arithmetic", "exact"),  # 7.4 / 38.4 = 19.271% -> 19.3
            ("arithmetic", "exact"),  # 4.3 / 38.4 = 11.198% -> 11.2
            ("arithmetic", "exact"),  # 5.1 / 38.4 = 13.281% -> 13.3
            ("arithmetic", "exact"),  # 5.5 / 38.4 = 14.323% -> 14.3
            # 16.2 + 7.4 + 4.3 + 5.1 + 5.5 = 38.5, not 38.4; each figure +- 0.05 (the parts +- 0.25, the total
            # +- 0.05) reaches it: only at the rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 36. an English pipe table translated from a Chinese yearbook, "(Unit: RMB 100 million": regions with 2023, 2024 and
    #     "YoY" columns and a Total row; one rate contradicted
    dict(
        text=(
            "Table 4. China AI industry revenue by region, 2023-2024 (Unit: RMB 100 million; English edition)\n"
            "| Region | 2023 | 2024 | YoY |\n"
            "|---|---|---|---|\n"
            "| Eastern | 3,871 | 4,512 | 16.6% |\n"
            "| Central | 1,026 | 1,248 | 21.6% |\n"
            "| Western | 842 | 1,037 | 23.2% |\n"
            "| Northeast | 268 | 301 | 13.2% |\n"
            "| Total | 6,007 | 7,098 | 18.2% |\n"
            "Source: translated from the Chinese-language statistical yearbook."
        ),
        obs=[
            ("Eastern", 2023, 3871, "CNY 100 million", "actual"),
            ("Eastern", 2024, 4512, "CNY 100 million", "actual"),
            ("Central", 2023, 1026, "CNY 100 million", "actual"),
            ("Central", 2024, 1248, "CNY 100 million", "actual"),
            ("Western", 2023, 842, "CNY 100 million", "actual"),
            ("Western", 2024, 1037, "CNY 100 million", "actual"),
            ("Northeast", 2023, 268, "CNY 100 million", "actual"),
            ("Northeast", 2024, 301, "CNY 100 million", "actual"),
            ("Total", 2023, 6007, "CNY 100 million", "actual"),
            ("Total", 2024, 7098, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 16.6, "percent", 2023, 2024, 1.0),
            ("growth", 21.6, "percent", 2023, 2024, 1.0),
            ("growth", 23.2, "percent", 2023, 2024, 1.0),
            ("growth", 13.2, "percent", 2023, 2024, 1.0),
            ("growth", 18.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4512 / 3871 - 1 = 16.559% -> 16.6
            ("cagr|implied", "exact"),  # 1248 / 1026 - 1 = 21.637% -> 21.6
            ("cagr|implied", "exact"),  # 1037 / 842 - 1 = 23.159% -> 23.2
            # 301 / 268 - 1 = 12.313%; bounds (300.5 / 268.5) -> 11.918%, (301.5 / 267.5) -> 12.710%:
            # 13.2 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 7098 / 6007 - 1 = 18.162% -> 18.2
            # 3871 + 1026 + 842 + 268 = 6007; 4512 + 1248 + 1037 + 301 = 7098
            ("hierarchy", "exact"),
        ],
    ),
    # 37. a Chinese aligned regional table with a 占全国比重 column and a 全国 row; one share its figures contradict
    dict(
        text=(
            "2024年我国计算机视觉产业区域分布\n"
            "地区              规模（亿元）      占全国比重\n"
            "长三角              1,212.4          35.5%\n"
            "京津冀                846.7          24.8%\n"
            "粤港澳大湾区          702.5          20.6%\n"
            "成渝                  238.9           7.9%\n"
            "其他地区              411.8          12.1%\n"
            "全国                3,412.3         100.0%"
        ),
        obs=[
            ("长三角", 2024, 1212.4, "CNY 100 million", "actual"),
            ("京津冀", 2024, 846.7, "CNY 100 million", "actual"),
            ("粤港澳大湾区", 2024, 702.5, "CNY 100 million", "actual"),
            ("成渝", 2024, 238.9, "CNY 100 million", "actual"),
            ("其他地区", 2024, 411.8, "CNY 100 million", "actual"),
            ("全国", 2024, 3412.3, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 35.5, "percent", 2024, 2024, None),
            ("share", 24.8, "percent", 2024, 2024, None),
            ("share", 20.6, "percent", 2024, 2024, None),
            ("share", 7.9, "percent", 2024, 2024, None),
            ("share", 12.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 1212.4 / 3412.3 = 35.530% -> 35.5
            ("arithmetic", "exact"),  # 846.7 / 3412.3 = 24.813% -> 24.8
            ("arithmetic", "exact"),  # 702.5 / 3412.3 = 20.587% -> 20.6
            # 238.9 / 3412.3 = 7.001%; bounds (238.85 / 3412.35) -> 7.000%, (238.95 / 3412.25) -> 7.003%:
            # 7.9 +- 0.05 outside
            ("arithmetic", "inconsistent"),
            ("arithmetic", "exact"),  # 411.8 / 3412.3 = 12.068% -> 12.1
            ("hierarchy", "exact"),  # 1212.4 + 846.7 + 702.5 + 238.9 + 411.8 = 3412.3
        ],
    ),
    # 38. a three-year plan's target table, tab-separated under 单位：亿元: 2024年 (actual), 2027年目标 (estimate), a stated
    #     2024—2027年年均增长 column, a 合计 row; the plan's title years nowhere
    dict(
        text=(
            "表1 海川市人工智能产业三年行动计划（2025—2027年）主要目标\n"
            "单位：亿元\n"
            "领域\t2024年\t2027年目标\t2024—2027年年均增长\n"
            "智能算力\t185\t420\t31.4%\n"
            "大模型及应用\t96\t260\t39.4%\n"
            "智能终端\t342\t560\t17.9%\n"
            "合计\t623\t1,240\t25.8%"
        ),
        obs=[
            ("智能算力", 2024, 185, "CNY 100 million", "actual"),
            ("智能算力", 2027, 420, "CNY 100 million", "estimate"),
            ("大模型及应用", 2024, 96, "CNY 100 million", "actual"),
            ("大模型及应用", 2027, 260, "CNY 100 million", "estimate"),
            ("智能终端", 2024, 342, "CNY 100 million", "actual"),
            ("智能终端", 2027, 560, "CNY 100 million", "estimate"),
            ("合计", 2024, 623, "CNY 100 million", "actual"),
            ("合计", 2027, 1240, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 31.4, "percent", 2024, 2027, None, "stated"),
            ("cagr", 39.4, "percent", 2024, 2027, None, "stated"),
            ("cagr", 17.9, "percent", 2024, 2027, None, "stated"),
            ("cagr", 25.8, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (420 / 185) ** (1 / 3) - 1 = 31.429% -> 31.4
            ("cagr", "exact"),  # (260 / 96) ** (1 / 3) - 1 = 39.391% -> 39.4
            ("cagr", "exact"),  # (560 / 342) ** (1 / 3) - 1 = 17.866% -> 17.9
            ("cagr", "exact"),  # (1240 / 623) ** (1 / 3) - 1 = 25.790% -> 25.8
            # 185 + 96 + 342 = 623; 420 + 260 + 560 = 1240
            ("hierarchy", "exact"),
        ],
    ),
    # 39. an English broker exhibit in aligned columns, "(RMB bn)": years as rows with 2025E and 2026E and a YoY column
    dict(
        text=(
            "Exhibit 3: China AI inference chip market, 2022-2026E (RMB bn)\n"
            "Year        Market size        YoY\n"
            "2022              52.4           —\n"
            "2023              86.1       64.3%\n"
            "2024             159.0       84.7%\n"
            "2025E            221.5       39.3%\n"
            "2026E            301.2       36.0%\n"
            "Source: company data, our estimates (translated from our Chinese-language report)."
        ),
        obs=[
            ("Market size", 2022, 52.4, "CNY billion", "actual"),
            ("Market size", 2023, 86.1, "CNY billion", "actual"),
            ("Market size", 2024, 159.0, "CNY billion", "actual"),
            ("Market size", 2025, 221.5, "CNY billion", "estimate"),
            ("Market size", 2026, 301.2, "CNY billion", "estimate"),
        ],
        claims=[
            ("growth", 64.3, "percent", 2022, 2023, 1.0),
            ("growth", 84.7, "percent", 2023, 2024, 1.0),
            ("growth", 39.3, "percent", 2024, 2025, 1.0),
            ("growth", 36.0, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 86.1 / 52.4 - 1 = 64.313% -> 64.3
            ("cagr|implied", "exact"),  # 159.0 / 86.1 - 1 = 84.669% -> 84.7
            ("cagr|implied", "exact"),  # 221.5 / 159.0 - 1 = 39.308% -> 39.3
            ("cagr|implied", "exact"),  # 301.2 / 221.5 - 1 = 35.982% -> 36.0
        ],
    ),
    # 40. a Chinese pipe table under 单位：亿元 whose 2025年前三季度 and 前三季度同比 columns are a part of a year (nowhere): only the
    #     2024年全年 column and its 合计
    dict(
        text=(
            "2025年前三季度AI终端产品销售情况\n"
            "单位：亿元\n"
            "| 产品 | 2024年全年 | 2025年前三季度 | 前三季度同比 |\n"
            "|---|---|---|---|\n"
            "| AI手机 | 2,853 | 2,512 | 24.6% |\n"
            "| AI PC | 1,128 | 1,036 | 31.8% |\n"
            "| AI眼镜 | 42 | 68 | 132.4% |\n"
            "| 合计 | 4,023 | 3,616 | 27.2% |"
        ),
        obs=[
            ("AI手机", 2024, 2853, "CNY 100 million", "actual"),
            ("AI PC", 2024, 1128, "CNY 100 million", "actual"),
            ("AI眼镜", 2024, 42, "CNY 100 million", "actual"),
            ("合计", 2024, 4023, "CNY 100 million", "actual"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2853 + 1128 + 42 = 4023 (the 前三季度 column, 2512 + 1036 + 68 = 3616, is no year's)
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "fifty-fourth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 5, "inconsistent": 6, "rounding": 7, "exact": 71}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "达到五千八百亿元，比上年增长19.6%",
    "大模型相关产业规模为一千二百亿元，占比20.7%",
    "智能芯片约占四成",
    "突破一万亿元",
    "增速高于全国平均水平5.1个百分点",
    "产业规模占全国的6.2%",
    "比上年（524.3亿元）增长16.8%",
    "比上年增长1.9个百分点",
    "突破三千亿元，达到3,062亿元",
    "“十四五”",
    "实现翻一番，年均增长25%左右",
    "预计2025—2027年分别为",
    "同比分别+37.1%/+34.9%/+29.7%",
    "约为1.2万亿元",
    "突破两万亿元",
    "2025年前三季度我国大模型应用市场规模",
    "较上年的372亿元增长61.3%",
    "４８６．３亿元，较上年增长１８．４％",
    "环比增长14.2%",
    "占比分别为29.1%、24.9%和13.2%",
    "新台幣6,840億元，年增41.8%",
    "按年增長37.9%",
    "年減4.7%",
    "占全球的32.6%",
    "翻了一番多",
    "2024—2027年复合增长率为77.1%",
    "(Xinhua)",
    "roughly two-fifths",
    "to 1.2 trillion yuan by 2027",
    "over the next three years",
    "RMB15.2bn this year, a 124% jump",
    "fell 6.8% year on year to NT$412.5 billion",
    "In the first three quarters of 2025",
    "more than double this year",
    "3.1 percentage points lower",
    "up 15.1 percent on a comparable basis",
    "15th Five-Year Plan",
    "in 2022, 2023 and 2024 respectively",
    "representing a CAGR of 28.3% from 2019 to 2024",
    "accounting for 7.4% of the national total",
    "单位：亿元\n| 细分领域 | 2023年 | 2024年 | 同比 |",
    "年度      市场规模      同比增长",
    "产品类型\t市场规模\t占比",
    "單位：新台幣億元\n年度\t產值規模\t年增率",
    "| 合計 | 38.4 | 100.0% |",
    "(Unit: RMB 100 million",
    "占全国比重",
    "2027年目标\t2024—2027年年均增长",
    "(RMB bn)",
    "| 2025年前三季度 | 前三季度同比 |",
)
#: the set's blind score (scored once, before any rule was written for it): 150 figures, 60 rates, 68 verdicts and 2
#: false inconsistent; chosen on with the 55th; now 161 figures, 64 rates, 72 verdicts, 2 false inconsistent
FLOORS = {"figures_found": 167, "rates_found": 65, "verdicts_right": 76}
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset54.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
