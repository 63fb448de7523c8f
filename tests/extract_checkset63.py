"""A sixty-third check set for the extractor, written blind: market figures in text copied whole from web pages, with
the page's furniture still around them -- research firms' press-release pages (breadcrumbs, a report ID and page count,
licence prices and "Buy now", "Request sample", "Speak to analyst", a table of contents, "Related reports" with figures
of their own, a wire service's "Share this article" and an "About" block with a founding year and a headcount), news
pages (a menu bar, a byline "Updated 3 hours ago", a strip of tickers and index quotes, a "Most read" list, related
headlines with a company's quarter, comment counts, "Listen to this article", "Gift this article"), blog posts and
newsletters (a "Published: ... · 6 min read" line, tags, "Read more", a cookie banner, a photo caption and its credit,
an ad slot, a subscription offer, "View in browser" and "Sponsored"); Chinese portals, a city government's site, WeChat
accounts, a Q&A site, a finance app and a self-media page (当前位置, 发布时间 and 来源 lines, 阅读 3.2万, 浏览次数, 字号, 相关阅读,
热门推荐, 广告, 责任编辑, 点赞 and 在看, 阅读原文, 报告价格 and 目录, a platform disclaimer, 展开全文), a Taiwan news site, a Hong Kong daily, a
Taiwan research firm's release page and a social post in Traditional Chinese (即時, 〔記者……報導〕, 看更多, 恒生指數, 相關新聞,
瀏覽次數, 報告售價, 按讚 2.3萬); and tables pasted with the page around them (a pipe table under a byline that holds a pipe of
its own, a tab-separated news graphic between a share count and an ad slot, a blog's aligned table of years, Chinese
tables under a portal's dateline and a WeChat header, a Traditional Chinese table under its reporter's line with a
延伸閱讀 headline below, a press release's share table whose parts miss their total, a Japanese table under an index
quote, a statistics page's aligned table between its release dates and "Was this page helpful?"). Only each story's own
market figures are expected; the furniture's numbers are expected nowhere.

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

What this set's sources add to them. On a research store's release page under its breadcrumbs and a "Published: 12
March 2025 · 5 min read · 1.4K shares" line, "valued at USD 6.37 billion in 2024 and is projected to reach USD 21.84
billion by 2031, advancing at a CAGR of 19.3% from 2024 to 2031" gives the ``actual`` base, the ``estimate`` (the
headline's "Worth USD 21.84 Billion by 2031" is the same figure, expected once) and a ``stated`` rate reached only at
the rounding of its amounts, and "Asia Pacific, at USD 2.05 billion, held 32.2% of the market in 2024" a part with its
share; the licence prices and the related report's "USD 48.6 Billion by 2030" are expected nowhere. A news page's
ticker strip ("NVDA +2.31%"), its byline "Updated 3 hours ago", its comment count and its related headlines ("record $11
billion quarter", "slipped 3%") are furniture; its story's "rose to $4.7 billion in 2024 from $2.9 billion in 2023, a
62% increase" gives both years and their rate and "a 72% jump in 2025, to $8.1 billion" a rate before its
``estimate``. A blog's "Published: 21 May 2025" dates "$1.3 billion last year, up 38% from $0.96 billion in 2023" (a
rate reached only at the rounding of its amounts) and "$1.8 billion this year" (2025's ``estimate``); its tags, "Read
more" link, comment count and cookie banner are furniture. A wire-service release's "from USD 12.66 billion in 2024 to
USD 38.90 billion by 2030, at a CAGR of 20.6% during the forecast period" is ``inferred`` (no span printed) and "a 38.5%
share in 2024" a share, its share buttons, report price, "About" block (a founding year, 320 analysts, 14 industries)
and sales telephone expected nowhere. A newspaper's business page (an FTSE 100 quote, a numbered "Most read" list with
its own figures) gives "grew 27% last year to £412 million, up from £325 million in 2023" its rate with both amounts in
GBP million and "to pass £600 million in 2026" an approximate ``estimate``. A release page's report ID, page count and
prices are boilerplate, its "registering a CAGR of 24.6% from 2024 to 2032" a ``stated`` rate its amounts contradict
and "61.2% of 2024 revenue" a share. A tech site's photo caption and credit, ad slot and subscription price are
furniture, "roughly $2.6 billion" an approximate ``actual`` and "annual growth of about 23%" an ``inferred`` rate.
"Fell 8.9% to $1.12 billion in 2024 from $1.23 billion in 2023" is a negative rate with both its amounts, "a 17%
rebound in 2025, to $1.31 billion" a rate before its ``estimate`` and "42 vendors tracked" a count. On an investor
news page beside its stock quote, the total addressable market a company sees "at $60 billion in 2028, nearly triple
the $21 billion of 2024" is x3 over four years with "a compound growth rate of about 30%" ``inferred``, and the
company's quarterly revenue and its shares' move are expected nowhere. A consultancy's blog ("Estimated reading time: 4
minutes", a "Contents" list) opens its series at "€780 million in 2024", so "€1.05 billion in 2025" is expected as
1050. "Buy now $3,990" and "Speak to analyst" frame a release whose "a 22.6% CAGR" (``inferred``) its amounts
contradict, with "44.0% of 2024 sales" a share. A Hong Kong page ("Listen to this article", the Hang Seng Index, "Gift
this article", 126 comments) gives "HK$3.84 billion ... compared with HK$3.12 billion in 2023, a rise of 23.1%" in
HKD billion and "Banks accounted for HK$1.46 billion, or 38.0% of the total" a part with its share. A Japanese
release (a language switch, a Nikkei quote) gives "¥86.4 billion in fiscal 2024, up 14.2% year on year" a rate
without its base and "a CAGR of 12.0% for fiscal 2024-2029" a ``stated`` one. Under a cookie banner and a table of
contents ("3 Market Overview, 2019-2032"), "USD 564.2 million in 2024" opens the series in USD million, so "USD 3.12
billion by 2032" is expected as 3120, and "a CAGR of 23.9% from 2024 to 2032" is reached only at the rounding of it;
the count of companies profiled and the prices are boilerplate. A newsletter's web version ("View in browser",
"Sponsored", "Unsubscribe") gives "€1.42bn in 2024, against €1.09bn in 2023 (+31% year on year)", a rate in brackets
reached only at the rounding. A release with a press contact's telephone and "12.4K followers" gives "grew at a CAGR
of 31.7% between 2020 and 2024, from $0.98 billion to $2.95 billion" two ``actual`` figures and a ``stated`` rate, and
"$6.4 billion by 2028" an ``estimate``.

In Chinese: a portal's 首页 > 科技 > 正文, its 来源 and 作者 line, 阅读 3.2万 评论 128, 相关阅读 (a chipmaker's 单季营收300亿美元) and 责任编辑
are furniture, 2024年……达52.6亿元，2023年为24.7亿元，同比增长115.2% a rate its amounts contradict and 预计2025年将达到98亿元 an
``estimate``; a WeChat article (原创, 点击上方蓝字, 报告购买：单用户版 8,800元, 在看 and 赞) gives 2020年仅为21.9亿元 beside 2024's 86.3亿元 and
2020-2024年年均复合增长率为41.2%, a ``stated`` rate they contradict; a portal with 恒生指数 and 上证指数 in its header gives
2024年……1,387亿元，其中GPU服务器占比为68.2% (a share whose part is not printed) and 预计2025年……2,050亿元，同比增长47.8%; a city
government's page (当前位置, 发布时间, 浏览次数：1286, 字号, 打印本页) gives 营业收入1,018亿元，比上年增长18.7% (no base printed) and
智能终端产品实现收入412亿元，占40.5% a part with its share; a Q&A site's 编辑于 2025-05-06 dates 去年……约为24亿元 and
今年有望达到46亿元，同比增长约92%, its 赞同 1.2万 and 356 条评论 expected nowhere; a finance app (听新闻, a photo caption 记者 张弛 摄, 郑重声明)
gives 167.5亿元，同比下降6.8%，2023年这一数字为179.7亿元 a negative rate with its base after it and 今年……回升至185亿元左右 2025's
approximate ``estimate``; a research firm's page (报告价格, a 目录 with 第二章 2020-2024年市场规模分析) gives 2024-2030年复合增长率为49.7%
``stated``; a news page's 广告 and 热门推荐 (a carmaker's 一季度营收同比增长35%) frame 由2022年的68.4亿元增至2024年的121.5亿元，年均增长33.3%
(``inferred``); a broker's WeChat account (its platform disclaimer, 风险提示, 点赞 45 · 在看 12) gives
从2024年的210亿美元提升至2027年的556亿美元，CAGR约38% in USD 100 million (``inferred``); a self-media page's 3.2万阅读 and 展开全文 frame
约为72亿元，是2023年的2.6倍（2023年为27.5亿元）, x2.6 over one year with its base in brackets. In Traditional Chinese a Taiwan news
site (即時 › 財經, 〔記者……／台北報導〕, 分享 1,208, 看更多 with the index's 大漲312點, 廣告) gives 新台幣8,650億元，較2023年的5,327億元年增62.4%
in TWD 100 million and 預估2025年將突破1.2兆元 an approximate ``estimate`` expected as 12000; a Hong Kong daily under 恒生指數 and
國企指數 quotes gives 去年……23.6億港元，按年增長19.8%；2023年為19.7億港元 and 今年支出可達28億港元 an ``estimate``, its 相關新聞 (a quarter's
增長25%) and 瀏覽次數 expected nowhere; a Taiwan research firm's release page (發布日期, 下載報告, 報告售價：新台幣45,000元) gives
年複合成長率23.3% (``inferred``), reached only at the rounding of 286億美元 and 812億美元, and 占比達41% a share of 2024; a social post
(發佈於 2025年5月3日, 按讚 2.3萬 · 留言 512 · 分享 88) gives 去年……約4.8億美元 and 今年預計成長35%至6.5億美元.

In tables: a pipe table under a byline that holds a pipe of its own ("By Priya Nand | Updated 3 hours ago") gives each
region its 2024 and 2030F figures in USD million and its ``stated`` "CAGR 2024-2030" (one its figures contradict) and
its Total the whole, the price line and view count nowhere; a tab-separated news graphic in "($bn)" between a share
count and an ad slot, with a 2025E column, adds to its Total row; a blog's aligned table of years in "($ million)"
gives ``Spending`` its figures (2025F an ``estimate``, "F = forecast") and its "YoY" column each year's rate, the
comment count and "Read more" nowhere; a Chinese pipe table under a portal's dateline and 阅读 count gives each 应用领域 its
figures in CNY 100 million and its 同比 (one reached only at the rounding of its figures), its 合计 the whole and 表1
boilerplate; a WeChat article's tab-separated table (the year from its title) gives each 区域 its 2024 收入 and its 占比
with an ``arithmetic`` verdict, its 合计 the whole and its 100.0% no claim; a Chinese aligned table under 本文共1,860字
gives ``市场规模`` its figures (2025E an ``estimate``) and its 同比增长 column each year's rate (one its figures
contradict); a Taiwan news table under the reporter's line in 新台幣億元 with a 2025年(F) column adds to its 合計, and its
延伸閱讀 headline (a foundry's monthly revenue) is expected nowhere; a press release's pipe table in "(EUR million)" with
a "Share" column gives each industry its share (``arithmetic``) and its Total, which the parts miss by 0.1 (a
``hierarchy`` verdict reached only at the rounding), its 100.0% no claim; a Japanese tab-separated table under a Nikkei
quote in "(¥ bn)" with FY23, FY24 and FY25E columns and a "FY24 YoY" column gives each segment its 2023-2024 rate and
adds to its Total, the related headline's quarter nowhere; and a statistics page's aligned table in "(£ million)" with
a "Change" column, between its release dates and "Was this page helpful?", adds to its "All providers" row. Markets
vary (AI video analytics, liquid cooling for AI data centres, AI note-taking apps, AI-powered fraud detection, AI legal
research tools in the UK, AI drug discovery, AI crop monitoring, AI companion robots, AI networking, AI energy-trading
software in Europe, AI-assisted chip design software, AI at Hong Kong's financial institutions, AI visual inspection
in Japan, AI-generated music, AI compliance software in Europe, AI retail shelf analytics, AI眼镜, AI医学影像, AI服务器,
人工智能核心产业, AI编程助手, AI学习平板, 具身智能, 智能客服机器人, AI端侧芯片, 大模型一体机, AI伺服器代工, 智能零售方案, AI晶片封裝, AI翻譯耳機, AI voice
cloning, AI ad-creative tools, AI tutoring in the US, AI客服, AIGC营销服务, AI芯片测试设备, AI邊緣運算設備, AI-driven predictive
maintenance in Europe, AI-OCR and document processing in Japan, AI assurance services in the UK); publishers, speakers
and companies are invented, the sentences are the project's own and the figures plausible.
``python tests/extract_checkset63.py [-v]`` prints the measures.
"""

CHECKSET = [
    # ------------------------------------------------------------------------------------------------ English prose
    # 1. a research store's release page: breadcrumbs, a headline that repeats the forecast, a "Published" line with a
    #    share count; a stated CAGR reached only at the rounding; a part "at USD ..., held ..."; prices nowhere
    dict(
        text=(
            "Home › Press Releases › Information & Communication Technology\n"
            "AI Video Analytics Market Worth USD 21.84 Billion by 2031\n"
            "Published: 12 March 2025 · 5 min read · 1.4K shares\n"
            "PORTLAND, Ore., March 12, 2025 — The global AI video analytics market was valued at USD 6.37 billion in "
            "2024 and is projected to reach USD 21.84 billion by 2031, advancing at a CAGR of 19.3% from 2024 to 2031, "
            "according to a new report from Kestrel Bay Research. Asia Pacific, at USD 2.05 billion, held 32.2% of the "
            "market in 2024.\n"
            "Single-user licence US$ 3,250 · Corporate licence US$ 5,900 · Buy now\n"
            "Related reports: Smart Camera Market to Hit USD 48.6 Billion by 2030"
        ),
        obs=[
            ("Total", 2024, 6.37, "USD billion", "actual"),
            ("Total", 2031, 21.84, "USD billion", "estimate"),
            ("Asia Pacific", 2024, 2.05, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 19.3, "percent", 2024, 2031, None, "stated"),
            ("share", 32.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (21.84 / 6.37) ** (1 / 7) - 1 = 19.246%, not 19.3 +- 0.05; bounds (21.835 / 6.375) -> 19.229%,
            # (21.845 / 6.365) -> 19.264%: 19.3 is reached only at the rounding
            ("cagr", "rounding"),
            ("arithmetic", "exact"),  # 2.05 / 6.37 = 32.182% -> 32.2
        ],
    ),
    # 2. a news page: a menu bar, a ticker strip, a byline "Updated 3 hours ago" with a comment count, related
    #    headlines with their own numbers (a company's quarter, a share move) nowhere
    dict(
        text=(
            "Markets · Technology · Climate · Opinion · Subscribe\n"
            "NVDA +2.31% · VRT +4.05% · SMCI −1.12%\n"
            "Liquid cooling becomes the hottest ticket in AI data centres\n"
            "By Marta Quill · Updated 3 hours ago · 48 comments\n"
            "Spending on liquid-cooling equipment for AI data centres rose to $4.7 billion in 2024 from $2.9 billion "
            "in 2023, a 62% increase, according to Thornbury Research. The firm expects a 72% jump in 2025, to $8.1 "
            "billion, as operators refit older halls.\n"
            "Related: Server maker posts record $11 billion quarter\n"
            "Related: Why chip stocks slipped 3% on Friday"
        ),
        obs=[
            ("Total", 2024, 4.7, "USD billion", "actual"),
            ("Total", 2023, 2.9, "USD billion", "actual"),
            ("Total", 2025, 8.1, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 62, "percent", 2023, 2024, 1.0),
            ("growth", 72, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.7 / 2.9 - 1 = 62.069% -> 62 (bounds 57.627-66.667)
            ("cagr|implied", "exact"),  # 8.1 / 4.7 - 1 = 72.340% -> 72 (bounds 69.474-75.269)
        ],
    ),
    # 3. a blog post pasted whole: "Skip to content", a "Published: ... · 6 min read" line, "last year" and "this year",
    #    a rate reached only at the rounding; tags, a comment count, "Read more" and a cookie banner nowhere
    dict(
        text=(
            "Skip to content\n"
            "The Workflow Log · Guides · Reviews · Newsletter\n"
            "Published: 21 May 2025 · 6 min read\n"
            "Meeting bots are eating the note-taking app\n"
            "AI note-taking apps took in $1.3 billion last year, up 38% from $0.96 billion in 2023, by the count of "
            "app-market tracker Pinebrook Data. Pinebrook reckons the category will reach $1.8 billion this year.\n"
            "Tags: AI, productivity, SaaS · 23 comments\n"
            "Read more: Five transcription tools compared (2 min read)\n"
            "We use cookies to improve your experience on our site. Accept all · Manage preferences"
        ),
        obs=[
            ("Total", 2024, 1.3, "USD billion", "actual"),
            ("Total", 2023, 0.96, "USD billion", "actual"),
            ("Total", 2025, 1.8, "USD billion", "estimate"),
        ],
        claims=[("growth", 38, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 1.3 / 0.96 - 1 = 35.417%, not 38 +- 0.5; bounds (1.25 / 0.965) -> 29.534%, (1.35 / 0.955) -> 41.361%:
            # 38 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 4. a wire service's release page: "Share this article", "NEWS PROVIDED BY", a CAGR "during the forecast period"
    #    (inferred); the price, the "About" block's founding year and headcount and the sales telephone nowhere
    dict(
        text=(
            "Share this article\n"
            "Facebook · X · LinkedIn · Email\n"
            "NEWS PROVIDED BY Veridian Insights\n"
            "04 Feb, 2025, 08:15 ET\n"
            "PUNE, India, Feb. 4, 2025 /Wirebridge/ — The AI-powered fraud detection market is projected to grow from "
            "USD 12.66 billion in 2024 to USD 38.90 billion by 2030, at a CAGR of 20.6% during the forecast period, "
            "according to Veridian Insights. North America dominated with a 38.5% share in 2024, helped by "
            "card-not-present fraud losses.\n"
            "Report price: US$4,950 (single user) · Request sample\n"
            "About Veridian Insights: Founded in 2011, Veridian has 320 analysts covering 14 industries.\n"
            "Contact: Sales desk, +1-800-555-0142"
        ),
        obs=[
            ("Total", 2024, 12.66, "USD billion", "actual"),
            ("Total", 2030, 38.90, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 20.6, "percent", 2024, 2030, None, "inferred"),
            ("share", 38.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (38.90 / 12.66) ** (1 / 6) - 1 = 20.574% -> 20.6 (bounds 20.563-20.584)
        ],
    ),
    # 5. a newspaper's business page: an index quote strip, a "Published" line, "grew 27% last year to ..., up from",
    #    "to pass" (approximate); the "Most read" list and its numbers nowhere
    dict(
        text=(
            "Business › Technology\n"
            "FTSE 100 8,231.5 +0.6% · GBP/USD 1.3042 · Brent $74.10\n"
            "Law firms pour money into AI research tools\n"
            "Published 14 April 2025 · By Oliver Stanton\n"
            "Britain's market for AI-based legal research tools grew 27% last year to £412 million, up from £325 "
            "million in 2023, according to Inns Court Analytics. The consultancy expects sales to pass £600 million in "
            "2026.\n"
            "Most read\n"
            "1. Bank of England holds rates at 4.5%\n"
            "2. Retailer's £2bn takeover collapses\n"
            "Sign up to our free newsletter"
        ),
        obs=[
            ("Total", 2024, 412, "GBP million", "actual"),
            ("Total", 2023, 325, "GBP million", "actual"),
            ("Total", 2026, 600, "GBP million", "estimate"),
        ],
        claims=[("growth", 27, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 412 / 325 - 1 = 26.769% -> 27 (bounds 26.421-27.119)
        ],
    ),
    # 6. a release page with its report ID, page count, formats and prices (boilerplate): "stood at", "registering a
    #    CAGR of ... from 2024 to 2032" (stated) its amounts contradict; a share of 2024 revenue
    dict(
        text=(
            "Orchard Point Research › Healthcare IT › Press release\n"
            "Report ID: OPR-20417 · Pages: 186 · Format: PDF, Excel · Download sample\n"
            "AUSTIN, Texas, Jan. 22, 2025 — The global AI drug discovery market size stood at USD 2.93 billion in 2024 "
            "and is anticipated to reach USD 16.52 billion by 2032, registering a CAGR of 24.6% from 2024 to 2032, "
            "Orchard Point Research said in a new report. The small-molecule segment held 61.2% of 2024 revenue.\n"
            "Inquire before buying · Customization available\n"
            "Price: USD 4,450 (single user) · USD 6,950 (enterprise)"
        ),
        obs=[
            ("Total", 2024, 2.93, "USD billion", "actual"),
            ("Total", 2032, 16.52, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.6, "percent", 2024, 2032, None, "stated"),
            ("share", 61.2, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (16.52 / 2.93) ** (1 / 8) - 1 = 24.135%; bounds (16.515 / 2.935) -> 24.103%, (16.525 / 2.925) -> 24.166%:
            # 24.6 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 7. a tech site: a photo caption with its credit, an ad slot and a subscription price (nowhere); "roughly" on the
    #    base, "annual growth of about 23%" (inferred)
    dict(
        text=(
            "Tech · Science · Gear · Newsletters\n"
            "Drones and data: AI comes to the crop row\n"
            "By Kendra Vale · June 2, 2025\n"
            "A drone surveys a wheat field outside Salina, Kansas. Photo: L. Ortega / Field Press\n"
            "Farmers worldwide spent roughly $2.6 billion on AI crop-monitoring tools in 2024, and Fallowfield "
            "Analytics expects the figure to climb to $7.4 billion by 2029, implying annual growth of about 23%.\n"
            "ADVERTISEMENT\n"
            "Subscribe for $1 a week · Cancel anytime"
        ),
        obs=[
            ("Total", 2024, 2.6, "USD billion", "actual"),
            ("Total", 2029, 7.4, "USD billion", "estimate"),
        ],
        claims=[("cagr", 23, "percent", 2024, 2029, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (7.4 / 2.6) ** (1 / 5) - 1 = 23.268% -> 23 (bounds 22.633-23.915)
        ],
    ),
    # 8. a release page: "fell 8.9% to ... from ..." (a decline with both amounts), "a 17% rebound in 2025, to";
    #    the count of vendors tracked and the report's price nowhere
    dict(
        text=(
            "Press Room · Consumer Electronics\n"
            "LONDON, Feb. 18, 2025 — Global sales of AI-enabled companion robots fell 8.9% to $1.12 billion in 2024 "
            "from $1.23 billion in 2023, as toy retailers cleared stock, according to Halvard Research's latest "
            "tracker. Halvard expects a 17% rebound in 2025, to $1.31 billion.\n"
            "Key findings: 3 of 5 regions declined · 42 vendors tracked\n"
            "Buy the full report: USD 3,950 · Print this release"
        ),
        obs=[
            ("Total", 2024, 1.12, "USD billion", "actual"),
            ("Total", 2023, 1.23, "USD billion", "actual"),
            ("Total", 2025, 1.31, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", -8.9, "percent", 2023, 2024, 1.0),
            ("growth", 17, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.12 / 1.23 - 1 = -8.943% -> -8.9
            ("cagr|implied", "exact"),  # 1.31 / 1.12 - 1 = 16.964% -> 17 (bounds 16.000-17.937)
        ],
    ),
    # 9. an investor news page: a stock quote strip; the TAM a company sees, "nearly triple" (x3 over four years), "a
    #    compound growth rate of about 30%" (inferred); its quarterly revenue and share move nowhere
    dict(
        text=(
            "Quote: ARSC 131.50 +4.2% · Volume 8.1M\n"
            "Arisco lifts its AI networking outlook\n"
            "By Devin Marsh · August 7, 2025 · 4 min read\n"
            "Arisco Networks on Wednesday raised its view of the total addressable market for AI networking, which it "
            "now sees at $60 billion in 2028, nearly triple the $21 billion of 2024, a compound growth rate of about "
            "30%. The company reported second-quarter revenue of $1.9 billion, and its shares rose 4.2% in "
            "after-hours trading.\n"
            "Related: Switch maker's $4 billion acquisition closes"
        ),
        obs=[
            ("Total", 2028, 60, "USD billion", "estimate"),
            ("Total", 2024, 21, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2024, 2028, 4.0),  # 60 / 21 = 2.86: nearly triple
            ("cagr", 30, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (60 / 21) ** (1 / 4) - 1 = 30.012% -> 30 (bounds 28.979-31.069)
        ],
    ),
    # 10. a consultancy's blog: "Last updated", a reading time and a "Contents" list (nowhere); "€780 million" opens the
    #     series in EUR million, so "€1.05 billion" is expected as 1050
    dict(
        text=(
            "Insights › Energy › Blog\n"
            "Last updated: 9 January 2025 · Estimated reading time: 4 minutes\n"
            "Contents: 1. Why traders buy AI 2. Market size 3. Who sells it\n"
            "Software that uses AI to forecast prices and schedule trades on Europe's power exchanges brought in €780 "
            "million in 2024, Lindenhof Partners estimates, and the firm expects €1.05 billion in 2025, a 34.6% rise.\n"
            "About the author: Greta Hollmann leads the firm's energy practice.\n"
            "Share · Print · Back to top"
        ),
        obs=[
            ("Total", 2024, 780, "EUR million", "actual"),
            ("Total", 2025, 1050, "EUR million", "estimate"),
        ],
        claims=[("growth", 34.6, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 1050 / 780 - 1 = 34.615% -> 34.6 (1.05 billion read 1045-1055 million)
        ],
    ),
    # 11. a release page framed by "Speak to analyst" and "Buy now $3,990": "a 22.6% CAGR" (inferred) its amounts
    #     contradict; a share of 2024 sales; the tags nowhere
    dict(
        text=(
            "Solutions · Industries · Reports · Contact\n"
            "Speak to analyst · Request customization · Buy now $3,990\n"
            "SAN JOSE, Calif., May 6, 2025 — Sales of AI-assisted chip design software will grow from $1.48 billion in "
            "2024 to $4.96 billion in 2030, a 22.6% CAGR, according to a report released today by Ridgeline "
            "Semiconductor Insights. Cloud-based tools made up 44.0% of 2024 sales.\n"
            "Tags: EDA, semiconductors, generative AI"
        ),
        obs=[
            ("Total", 2024, 1.48, "USD billion", "actual"),
            ("Total", 2030, 4.96, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22.6, "percent", 2024, 2030, None, "inferred"),
            ("share", 44.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (4.96 / 1.48) ** (1 / 6) - 1 = 22.331%; bounds (4.955 / 1.485) -> 22.242%, (4.965 / 1.475) -> 22.421%:
            # 22.6 +- 0.05 outside
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 12. a Hong Kong news page: "Listen to this article", an index strip, "Gift this article", a comment count;
    #     HK$ billion "last year, compared with ..., a rise of"; a part "accounted for ..., or ...% of the total"
    dict(
        text=(
            "Listen to this article · 3 min\n"
            "Hang Seng Index 23,145.2 −0.8% · HSCEI 8,412.7 −0.6%\n"
            "Hong Kong banks lead AI spending as fintech budgets grow\n"
            "Published: 2 June 2025, 6:30am · Gift this article\n"
            "Financial institutions in Hong Kong spent HK$3.84 billion on AI software and services last year, compared "
            "with HK$3.12 billion in 2023, a rise of 23.1%, the Hong Kong Fintech Council said on Monday. Banks "
            "accounted for HK$1.46 billion, or 38.0% of the total.\n"
            "126 comments · More from Business"
        ),
        obs=[
            ("Total", 2024, 3.84, "HKD billion", "actual"),
            ("Total", 2023, 3.12, "HKD billion", "actual"),
            ("Banks", 2024, 1.46, "HKD billion", "actual"),
        ],
        claims=[
            ("growth", 23.1, "percent", 2023, 2024, 1.0),
            ("share", 38.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.84 / 3.12 - 1 = 23.077% -> 23.1
            ("arithmetic", "exact"),  # 1.46 / 3.84 = 38.021% -> 38.0
        ],
    ),
    # 13. a Japanese release page in English: a language switch, a Nikkei quote; yen in fiscal years, "up 14.2% year
    #     on year" (no base printed), "a CAGR of 12.0% for fiscal 2024-2029" (stated)
    dict(
        text=(
            "Japanese · English\n"
            "Nikkei 225 38,412 +1.1%\n"
            "Press Release · 2 min read\n"
            "TOKYO, July 10, 2025 — Japan's market for AI-based visual inspection systems reached ¥86.4 billion in "
            "fiscal 2024, up 14.2% year on year, and is forecast to reach ¥152.0 billion in fiscal 2029, a CAGR of "
            "12.0% for fiscal 2024-2029, Sakuragi Research Institute said.\n"
            "Translate this page · Print"
        ),
        obs=[
            ("Total", 2024, 86.4, "JPY billion", "actual"),
            ("Total", 2029, 152.0, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 14.2, "percent", 2023, 2024, 1.0),
            ("cagr", 12.0, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (152.0 / 86.4) ** (1 / 5) - 1 = 11.961% -> 12.0 (bounds 11.940-11.981)
        ],
    ),
    # 14. a research store's page: a cookie banner, breadcrumbs, a table of contents (its years nowhere); "USD 564.2
    #     million" opens the series, so "USD 3.12 billion" is expected as 3120; a stated CAGR only at the rounding
    dict(
        text=(
            "We use cookies. By continuing to browse you agree to our cookie policy. OK\n"
            "Home › Media & Entertainment › AI-Generated Music Market\n"
            "Table of Contents: 1 Introduction · 2 Executive Summary · 3 Market Overview, 2019-2032 · 4 Market Size by "
            "Genre\n"
            "The AI-generated music market was worth USD 564.2 million in 2024 and is expected to reach USD 3.12 "
            "billion by 2032, growing at a CAGR of 23.9% from 2024 to 2032, per Lantern Quay Research. Key companies "
            "profiled: 14.\n"
            "Single user: USD 2,850 · Multi user: USD 3,950 · Add to cart"
        ),
        obs=[
            ("Total", 2024, 564.2, "USD million", "actual"),
            ("Total", 2032, 3120, "USD million", "estimate"),
        ],
        claims=[("cagr", 23.9, "percent", 2024, 2032, None, "stated")],
        verdicts=[
            # (3120 / 564.2) ** (1 / 8) - 1 = 23.834%, not 23.9 +- 0.05; bounds (3115 / 564.25) -> 23.808%,
            # (3125 / 564.15) -> 23.860%: 23.9 is reached only at the rounding
            ("cagr", "rounding"),
        ],
    ),
    # 15. a newsletter's web version: "View in browser", a dated masthead, a sponsor line, "Unsubscribe"; "€1.42bn in
    #     2024, against €1.09bn in 2023 (+31% year on year)": a rate in brackets reached only at the rounding
    dict(
        text=(
            "View in browser\n"
            "The Compliance Stack · Thursday 16 January 2025\n"
            "Sponsored: Try Clausewise free for 30 days\n"
            "Europe's AI compliance-software market hit €1.42bn in 2024, against €1.09bn in 2023 (+31% year on year), "
            "according to Brandt & Voss Research.\n"
            "Forwarded this email? Sign up here · Unsubscribe"
        ),
        obs=[
            ("Total", 2024, 1.42, "EUR billion", "actual"),
            ("Total", 2023, 1.09, "EUR billion", "actual"),
        ],
        claims=[("growth", 31, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 1.42 / 1.09 - 1 = 30.275%, not 31 +- 0.5; bounds (1.415 / 1.095) -> 29.224%, (1.425 / 1.085) -> 31.336%:
            # 31 is reached only at the rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 16. a release page: "grew at a CAGR of ... between 2020 and 2024, from ... to ..." (stated, both amounts actual),
    #     "by 2028" an estimate; a press contact's telephone and a follower count nowhere
    dict(
        text=(
            "Newsroom › Retail Technology\n"
            "CHICAGO, Sept. 9, 2025 — Retail shelf analytics powered by AI grew at a CAGR of 31.7% between 2020 and "
            "2024, from $0.98 billion to $2.95 billion, Mossgate Research said in a study published today, and is "
            "expected to reach $6.4 billion by 2028.\n"
            "Press contact: Dana Whitlow, +1 312 555 0199\n"
            "Follow us · 12.4K followers · 3 min read"
        ),
        obs=[
            ("Total", 2020, 0.98, "USD billion", "actual"),
            ("Total", 2024, 2.95, "USD billion", "actual"),
            ("Total", 2028, 6.4, "USD billion", "estimate"),
        ],
        claims=[("cagr", 31.7, "percent", 2020, 2024, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (2.95 / 0.98) ** (1 / 4) - 1 = 31.719% -> 31.7 (bounds 31.496-31.944)
        ],
    ),
    # ------------------------------------------------------------------------------------------------ Chinese prose
    # 17. a portal's article page: 首页 > 科技 > 正文, a 来源 and 作者 line, 阅读 and 评论 counts, 相关阅读 with a chipmaker's quarter,
    #     责任编辑 (all nowhere); 同比增长 its amounts contradict
    dict(
        text=(
            "首页 > 科技 > 正文\n"
            "AI眼镜迎来爆发期\n"
            "2025-03-18 09:32 来源：江城晚报 作者：陈立\n"
            "阅读 3.2万 评论 128\n"
            "记者从市场研究机构洞远咨询获悉，2024年我国AI眼镜市场规模达52.6亿元，2023年为24.7亿元，同比增长115.2%；预计2025年将达到98亿元。\n"
            "相关阅读：某芯片巨头单季营收300亿美元\n"
            "责任编辑：王珂"
        ),
        obs=[
            ("Total", 2024, 52.6, "CNY 100 million", "actual"),
            ("Total", 2023, 24.7, "CNY 100 million", "actual"),
            ("Total", 2025, 98, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 115.2, "percent", 2023, 2024, 1.0)],
        verdicts=[
            # 52.6 / 24.7 - 1 = 112.955%; bounds (52.55 / 24.75) -> 112.323%, (52.65 / 24.65) -> 113.590%:
            # 115.2 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 18. a WeChat article: 原创 header, 点击上方蓝字, a report's price, 阅读原文, 在看 and 赞 (nowhere); 2020年仅为 and a stated
    #     2020-2024年年均复合增长率 its amounts contradict; 预计2029年 an estimate
    dict(
        text=(
            "原创 观澜研究院 观澜研究 2025年04月09日 10:15 北京\n"
            "点击上方蓝字，关注我们\n"
            "观澜研究院最新报告显示，2024年中国AI医学影像市场规模达到86.3亿元，2020年仅为21.9亿元，2020-2024年年均复合增长率为41.2%；"
            "预计2029年市场规模将达到325亿元。\n"
            "报告购买：单用户版 8,800元\n"
            "阅读原文 · 在看 26 · 赞 89"
        ),
        obs=[
            ("Total", 2024, 86.3, "CNY 100 million", "actual"),
            ("Total", 2020, 21.9, "CNY 100 million", "actual"),
            ("Total", 2029, 325, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 41.2, "percent", 2020, 2024, None, "stated")],
        verdicts=[
            # (86.3 / 21.9) ** (1 / 4) - 1 = 40.894%; bounds (86.25 / 21.95) -> 40.793%, (86.35 / 21.85) -> 40.995%:
            # 41.2 +- 0.05 outside
            ("cagr", "inconsistent"),
        ],
    ),
    # 19. a portal with an index strip (恒生指数, 上证指数) and a share bar: 其中……占比为 (a share whose part is not printed),
    #     预计2025年……同比增长 with its base printed
    dict(
        text=(
            "新闻 · 财经 · 科技 · 汽车 · 房产\n"
            "恒生指数 -0.8% 上证指数 3,215.6 +0.4%\n"
            "2025年06月03日 14:20 来源：数据前哨网\n"
            "据赛凌顾问统计，2024年中国AI服务器市场规模为1,387亿元，其中GPU服务器占比为68.2%；预计2025年市场规模将增至2,050亿元，"
            "同比增长47.8%。\n"
            "（编辑：刘畅）分享到：微信 微博"
        ),
        obs=[
            ("Total", 2024, 1387, "CNY 100 million", "actual"),
            ("Total", 2025, 2050, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("share", 68.2, "percent", 2024, 2024, None),
            ("growth", 47.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2050 / 1387 - 1 = 47.801% -> 47.8
        ],
    ),
    # 20. a city government's page: 当前位置, 发布时间 with 浏览次数, 字号, 打印本页 (nowhere); 比上年增长 (no base printed), a part
    #     实现收入……，占……
    dict(
        text=(
            "当前位置：首页 > 政务公开 > 统计数据\n"
            "发布时间：2025-01-20 来源：市统计局 浏览次数：1286\n"
            "字号：大 中 小\n"
            "2024年全市人工智能核心产业实现营业收入1,018亿元，比上年增长18.7%。其中，智能终端产品实现收入412亿元，占40.5%。\n"
            "打印本页 关闭窗口"
        ),
        obs=[
            ("Total", 2024, 1018, "CNY 100 million", "actual"),
            ("智能终端产品", 2024, 412, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 18.7, "percent", 2023, 2024, 1.0),
            ("share", 40.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 412 / 1018 = 40.472% -> 40.5
        ],
    ),
    # 21. a Q&A site's answer: 编辑于 dates 去年 and 今年; 约为 (approximate), 有望 (estimate), 同比增长约; 赞同 and 评论 counts nowhere
    dict(
        text=(
            "编辑于 2025-05-06 · 著作权归作者所有\n"
            "国内AI编程助手赛道还有多大空间？\n"
            "据我们跟踪，去年国内AI编程助手市场规模约为24亿元，今年有望达到46亿元，同比增长约92%。\n"
            "赞同 1.2万 · 356 条评论 · 分享 · 收藏 · 喜欢"
        ),
        obs=[
            ("Total", 2024, 24, "CNY 100 million", "actual"),
            ("Total", 2025, 46, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", 92, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 46 / 24 - 1 = 91.667% -> 92 (bounds 85.714-97.872)
        ],
    ),
    # 22. a finance app's article: 听新闻, a photo caption with its credit, 文章来源 and 郑重声明 (nowhere); 同比下降 with its base
    #     after it; 今年……左右 an approximate estimate
    dict(
        text=(
            "听新闻 · 字体：大 中 小\n"
            "2025年2月14日 08:05 鹭岛财经\n"
            "图为某商场的AI学习平板专柜。记者 张弛 摄\n"
            "据行业研究机构启明视点统计，2024年国内AI学习平板零售额为167.5亿元，同比下降6.8%，2023年这一数字为179.7亿元。该机构预计，"
            "今年零售额将回升至185亿元左右。\n"
            "（文章来源：鹭岛财经）\n"
            "郑重声明：本文仅供参考，不构成投资建议。"
        ),
        obs=[
            ("Total", 2024, 167.5, "CNY 100 million", "actual"),
            ("Total", 2023, 179.7, "CNY 100 million", "actual"),
            ("Total", 2025, 185, "CNY 100 million", "estimate"),
        ],
        claims=[("growth", -6.8, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 167.5 / 179.7 - 1 = -6.789% -> -6.8
        ],
    ),
    # 23. a research firm's own site: breadcrumbs, 报告价格 and a 目录 with its chapter years (nowhere); a stated
    #     2024-2030年复合增长率
    dict(
        text=(
            "首页 > 新闻中心 > 研究报告\n"
            "报告价格：电子版 9,800元 纸质版 10,800元\n"
            "目录 第一章 行业概述 第二章 2020-2024年市场规模分析 第三章 竞争格局\n"
            "宸观研究发布的报告显示，2024年中国具身智能市场规模为86.5亿元，预计2030年将达到972.6亿元，2024-2030年复合增长率为49.7%。\n"
            "立即购买 · 在线咨询 · 免费索取样本"
        ),
        obs=[
            ("Total", 2024, 86.5, "CNY 100 million", "actual"),
            ("Total", 2030, 972.6, "CNY 100 million", "estimate"),
        ],
        claims=[("cagr", 49.7, "percent", 2024, 2030, None, "stated")],
        verdicts=[
            ("cagr", "exact"),  # (972.6 / 86.5) ** (1 / 6) - 1 = 49.676% -> 49.7 (bounds 49.661-49.692)
        ],
    ),
    # 24. a news page: a 广告 slot, 热门推荐 with a carmaker's quarter, 评论 and 点赞 counts (nowhere); 由……增至……，年均增长
    #     (inferred)
    dict(
        text=(
            "2025-04-27 16:48 来源：南方数字报\n"
            "广告\n"
            "行业机构联合研究院数据显示，我国智能客服机器人市场规模由2022年的68.4亿元增至2024年的121.5亿元，年均增长33.3%。\n"
            "热门推荐：某车企一季度营收同比增长35%\n"
            "评论 64 · 点赞 310"
        ),
        obs=[
            ("Total", 2022, 68.4, "CNY 100 million", "actual"),
            ("Total", 2024, 121.5, "CNY 100 million", "actual"),
        ],
        claims=[("cagr", 33.3, "percent", 2022, 2024, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (121.5 / 68.4) ** (1 / 2) - 1 = 33.278% -> 33.3 (bounds 33.202-33.355)
        ],
    ),
    # 25. a broker's WeChat account: its platform disclaimer, 风险提示, 长按识别二维码 and 点赞/在看 (nowhere); 有望从……提升至……，
    #     CAGR约 (inferred) in 亿美元
    dict(
        text=(
            "岚川证券研究所 2025年05月12日 07:30\n"
            "本公众号不是岚川证券研究报告的发布平台，所载内容均来自已正式发布的研究报告。\n"
            "核心观点：我们测算，全球AI端侧芯片市场规模有望从2024年的210亿美元提升至2027年的556亿美元，CAGR约38%。\n"
            "风险提示：需求不及预期；竞争加剧。\n"
            "长按识别二维码关注 · 点赞 45 · 在看 12"
        ),
        obs=[
            ("Total", 2024, 210, "USD 100 million", "actual"),
            ("Total", 2027, 556, "USD 100 million", "estimate"),
        ],
        claims=[("cagr", 38, "percent", 2024, 2027, None, "inferred")],
        verdicts=[
            ("cagr|period", "exact"),  # (556 / 210) ** (1 / 3) - 1 = 38.341% -> 38 (bounds 38.190-38.493)
        ],
    ),
    # 26. a self-media page: a 关注 button, 3.2万阅读, 展开全文, 打开APP阅读全文, 举报 (nowhere); 是2023年的2.6倍 (x2.6 over one year)
    #     with its base in brackets
    dict(
        text=(
            "科技前沿观察 2025-03-30 11:02 · 关注\n"
            "3.2万阅读\n"
            "据不完全统计，2024年我国大模型一体机市场规模约为72亿元，是2023年的2.6倍（2023年为27.5亿元）。\n"
            "展开全文 · 打开APP阅读全文 · 举报"
        ),
        obs=[
            ("Total", 2024, 72, "CNY 100 million", "actual"),
            ("Total", 2023, 27.5, "CNY 100 million", "actual"),
        ],
        claims=[
            ("multiple", 2.6, "multiple", 2023, 2024, 1.0),  # 72 / 27.5 = 2.618: 2.6倍
        ],
        verdicts=[],
    ),
    # 27. a Taiwan news site in Traditional Chinese: 即時 › 財經, 〔記者……報導〕, a share count, 看更多 with the index's points, 廣告
    #     (nowhere); 較2023年的……年增, 預估……突破1.2兆元 (approximate, expected as 12000 in the series' 億元)
    dict(
        text=(
            "即時 › 財經\n"
            "2025/03/06 14:22\n"
            "〔記者林佳蓉／台北報導〕研調機構群策產研今日發布報告指出，2024年台灣AI伺服器代工產值為新台幣8,650億元，較2023年的5,327億元"
            "年增62.4%；預估2025年將突破1.2兆元。\n"
            "分享 1,208 · 留言\n"
            "看更多：台股收盤大漲312點\n"
            "廣告"
        ),
        obs=[
            ("Total", 2024, 8650, "TWD 100 million", "actual"),
            ("Total", 2023, 5327, "TWD 100 million", "actual"),
            ("Total", 2025, 12000, "TWD 100 million", "estimate"),
        ],
        claims=[("growth", 62.4, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 8650 / 5327 - 1 = 62.380% -> 62.4
        ],
    ),
    # 28. a Hong Kong daily in Traditional Chinese: 恒生指數 and 國企指數 quotes, 相關新聞 with a quarter, 瀏覽次數 (nowhere);
    #     去年……按年增長, 2023年為 the base, 今年 an estimate
    dict(
        text=(
            "恒生指數 23,145 -0.8% · 國企指數 8,412 -0.6%\n"
            "2025年4月10日 星期四\n"
            "智能零售方案支出創新高\n"
            "香港零售管理研究會昨日公布，本港零售商去年在智能零售方案上的支出達23.6億港元，按年增長19.8%；2023年為19.7億港元。研究會預計，"
            "今年支出可達28億港元。\n"
            "相關新聞：某科技股季度收入增長25%\n"
            "瀏覽次數：8,532"
        ),
        obs=[
            ("Total", 2024, 23.6, "HKD 100 million", "actual"),
            ("Total", 2023, 19.7, "HKD 100 million", "actual"),
            ("Total", 2025, 28, "HKD 100 million", "estimate"),
        ],
        claims=[("growth", 19.8, "percent", 2023, 2024, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 23.6 / 19.7 - 1 = 19.797% -> 19.8
        ],
    ),
    # 29. a Taiwan research firm's release page in Traditional Chinese: 發布日期, 下載報告, 報告售價 (nowhere); 年複合成長率
    #     (inferred) reached only at the rounding; 占比達 a share of 2024
    dict(
        text=(
            "新聞稿 › 半導體\n"
            "發布日期：2025-07-15 · 下載報告 · 會員專區\n"
            "研調機構晶準研究最新報告指出，全球AI晶片封裝市場規模2024年為286億美元，預估2029年將達到812億美元，年複合成長率23.3%；"
            "2024年CoWoS類先進封裝占比達41%。\n"
            "報告售價：新台幣45,000元"
        ),
        obs=[
            ("Total", 2024, 286, "USD 100 million", "actual"),
            ("Total", 2029, 812, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 23.3, "percent", 2024, 2029, None, "inferred"),
            ("share", 41, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (812 / 286) ** (1 / 5) - 1 = 23.208%, not 23.3 +- 0.05; bounds (811.5 / 286.5) -> 23.150%,
            # (812.5 / 285.5) -> 23.266%: 23.3 is reached only at the rounding
            ("cagr|period", "rounding"),
        ],
    ),
    # 30. a social post in Traditional Chinese: 發佈於 dates 去年 and 今年; 約 (approximate), 今年預計成長……至 (a rate before its
    #     estimate); 按讚, 留言 and 分享 counts nowhere
    dict(
        text=(
            "科技小編日常 · 發佈於 2025年5月3日\n"
            "AI翻譯耳機真的紅了！據市調機構知行數據，去年全球AI翻譯耳機市場規模約4.8億美元，今年預計成長35%至6.5億美元。\n"
            "按讚 2.3萬 · 留言 512 · 分享 88"
        ),
        obs=[
            ("Total", 2024, 4.8, "USD 100 million", "actual"),
            ("Total", 2025, 6.5, "USD 100 million", "estimate"),
        ],
        claims=[("growth", 35, "percent", 2024, 2025, 1.0)],
        verdicts=[
            ("cagr|implied", "exact"),  # 6.5 / 4.8 - 1 = 35.417% -> 35 (bounds 32.990-37.895)
        ],
    ),
    # ------------------------------------------------------------------------------------------------------- tables
    # 31. a pipe table under a byline that holds a pipe of its own: regions, 2024 and 2030F in USD million, a "CAGR
    #     2024-2030" column (stated; one contradicted); the price line and view count nowhere
    dict(
        text=(
            "Menu · Reports · Industries · About us\n"
            "AI Voice Cloning Market Size, Share & Forecast\n"
            "By Priya Nand | Updated 3 hours ago\n"
            "Market size by region (USD million)\n"
            "| Region | 2024 | 2030F | CAGR 2024-2030 |\n"
            "|---|---|---|---|\n"
            "| North America | 612.4 | 2,104.8 | 22.8% |\n"
            "| Europe | 388.1 | 1,246.3 | 21.5% |\n"
            "| Asia Pacific | 297.6 | 1,288.0 | 27.7% |\n"
            "| Rest of World | 94.3 | 301.5 | 22.4% |\n"
            "| Total | 1,392.4 | 4,940.6 | 23.5% |\n"
            "Buy now $4,650 · Single-user licence US$ 2,990 · 2.4K views"
        ),
        obs=[
            ("North America", 2024, 612.4, "USD million", "actual"),
            ("North America", 2030, 2104.8, "USD million", "estimate"),
            ("Europe", 2024, 388.1, "USD million", "actual"),
            ("Europe", 2030, 1246.3, "USD million", "estimate"),
            ("Asia Pacific", 2024, 297.6, "USD million", "actual"),
            ("Asia Pacific", 2030, 1288.0, "USD million", "estimate"),
            ("Rest of World", 2024, 94.3, "USD million", "actual"),
            ("Rest of World", 2030, 301.5, "USD million", "estimate"),
            ("Total", 2024, 1392.4, "USD million", "actual"),
            ("Total", 2030, 4940.6, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 22.8, "percent", 2024, 2030, None, "stated"),
            ("cagr", 21.5, "percent", 2024, 2030, None, "stated"),
            ("cagr", 27.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 22.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr", "exact"),  # (2104.8 / 612.4) ** (1 / 6) - 1 = 22.846% -> 22.8
            ("cagr", "exact"),  # (1246.3 / 388.1) ** (1 / 6) - 1 = 21.464% -> 21.5
            ("cagr", "exact"),  # (1288.0 / 297.6) ** (1 / 6) - 1 = 27.658% -> 27.7
            # (301.5 / 94.3) ** (1 / 6) - 1 = 21.375%; bounds (301.45 / 94.35) -> 21.361%, (301.55 / 94.25) -> 21.389%:
            # 22.4 +- 0.05 outside
            ("cagr", "inconsistent"),
            ("cagr", "exact"),  # (4940.6 / 1392.4) ** (1 / 6) - 1 = 23.501% -> 23.5
            # 612.4 + 388.1 + 297.6 + 94.3 = 1392.4; 2104.8 + 1246.3 + 1288.0 + 301.5 = 4940.6
            ("hierarchy", "exact"),
        ],
    ),
    # 32. a tab-separated news graphic in "($bn)" between a byline with a share count and an ad slot: 2023, 2024 and
    #     2025E columns, a Total row
    dict(
        text=(
            "World · Business · Tech · Markets\n"
            "Generative tools reshape the ad agency\n"
            "By Tomas Reyes · 4 min read · 312 shares\n"
            "Revenue from AI ad-creative tools ($bn)\n"
            "Segment\t2023\t2024\t2025E\n"
            "Image generation\t1.8\t2.9\t4.1\n"
            "Video generation\t0.6\t1.3\t2.6\n"
            "Copywriting\t1.1\t1.5\t1.9\n"
            "Total\t3.5\t5.7\t8.6\n"
            "Source: Quillon Research. Graphic: Newsroom desk\n"
            "ADVERTISEMENT"
        ),
        obs=[
            ("Image generation", 2023, 1.8, "USD billion", "actual"),
            ("Image generation", 2024, 2.9, "USD billion", "actual"),
            ("Image generation", 2025, 4.1, "USD billion", "estimate"),
            ("Video generation", 2023, 0.6, "USD billion", "actual"),
            ("Video generation", 2024, 1.3, "USD billion", "actual"),
            ("Video generation", 2025, 2.6, "USD billion", "estimate"),
            ("Copywriting", 2023, 1.1, "USD billion", "actual"),
            ("Copywriting", 2024, 1.5, "USD billion", "actual"),
            ("Copywriting", 2025, 1.9, "USD billion", "estimate"),
            ("Total", 2023, 3.5, "USD billion", "actual"),
            ("Total", 2024, 5.7, "USD billion", "actual"),
            ("Total", 2025, 8.6, "USD billion", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 1.8 + 0.6 + 1.1 = 3.5; 2.9 + 1.3 + 1.5 = 5.7; 4.1 + 2.6 + 1.9 = 8.6
            ("hierarchy", "exact"),
        ],
    ),
    # 33. a blog's aligned table of years in "($ million)": a "Posted by" line, a "YoY" column, 2025F ("F = forecast");
    #     "Read more" and the comment count nowhere
    dict(
        text=(
            "Posted by admin on March 3, 2025 · Filed under: Education, AI\n"
            "US spending on AI tutoring services ($ million)\n"
            "Year      Spending      YoY\n"
            "2021         412         —\n"
            "2022         538      30.6%\n"
            "2023         701      30.3%\n"
            "2024         948      35.2%\n"
            "2025F      1,240      30.8%\n"
            "F = forecast. Source: Brightwell EdTech Monitor.\n"
            "Read more: The tutor in your kid's pocket · 142 comments"
        ),
        obs=[
            ("Spending", 2021, 412, "USD million", "actual"),
            ("Spending", 2022, 538, "USD million", "actual"),
            ("Spending", 2023, 701, "USD million", "actual"),
            ("Spending", 2024, 948, "USD million", "actual"),
            ("Spending", 2025, 1240, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 30.6, "percent", 2021, 2022, 1.0),
            ("growth", 30.3, "percent", 2022, 2023, 1.0),
            ("growth", 35.2, "percent", 2023, 2024, 1.0),
            ("growth", 30.8, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 538 / 412 - 1 = 30.583% -> 30.6
            ("cagr|implied", "exact"),  # 701 / 538 - 1 = 30.297% -> 30.3
            ("cagr|implied", "exact"),  # 948 / 701 - 1 = 35.235% -> 35.2
            ("cagr|implied", "exact"),  # 1240 / 948 - 1 = 30.802% -> 30.8
        ],
    ),
    # 34. a Chinese pipe table under a portal's breadcrumbs and dateline with its 阅读 count: 2023年 and 2024年 in 亿元 by
    #     应用领域, a 同比 column (one only at the rounding), a 合计 row; 表1 and the share bar nowhere
    dict(
        text=(
            "首页 > 财经 > 行业观察\n"
            "2025-02-26 10:05 来源：数智观察 阅读 2.1万\n"
            "表1 2023-2024年中国AI客服市场规模（按应用领域，亿元）\n"
            "| 应用领域 | 2023年 | 2024年 | 同比 |\n"
            "|---|---|---|---|\n"
            "| 电商零售 | 38.6 | 51.2 | 32.6% |\n"
            "| 金融 | 29.4 | 37.9 | 28.9% |\n"
            "| 政务 | 12.7 | 17.3 | 36.8% |\n"
            "| 其他 | 8.3 | 10.6 | 27.7% |\n"
            "| 合计 | 89.0 | 117.0 | 31.5% |\n"
            "分享到：微信 微博 QQ空间"
        ),
        obs=[
            ("电商零售", 2023, 38.6, "CNY 100 million", "actual"),
            ("电商零售", 2024, 51.2, "CNY 100 million", "actual"),
            ("金融", 2023, 29.4, "CNY 100 million", "actual"),
            ("金融", 2024, 37.9, "CNY 100 million", "actual"),
            ("政务", 2023, 12.7, "CNY 100 million", "actual"),
            ("政务", 2024, 17.3, "CNY 100 million", "actual"),
            ("其他", 2023, 8.3, "CNY 100 million", "actual"),
            ("其他", 2024, 10.6, "CNY 100 million", "actual"),
            ("合计", 2023, 89.0, "CNY 100 million", "actual"),
            ("合计", 2024, 117.0, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 32.6, "percent", 2023, 2024, 1.0),
            ("growth", 28.9, "percent", 2023, 2024, 1.0),
            ("growth", 36.8, "percent", 2023, 2024, 1.0),
            ("growth", 27.7, "percent", 2023, 2024, 1.0),
            ("growth", 31.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 51.2 / 38.6 - 1 = 32.642% -> 32.6
            ("cagr|implied", "exact"),  # 37.9 / 29.4 - 1 = 28.912% -> 28.9
            # 17.3 / 12.7 - 1 = 36.220%, not 36.8 +- 0.05; bounds (17.25 / 12.75) -> 35.294%,
            # (17.35 / 12.65) -> 37.154%: 36.8 is reached only at the rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 10.6 / 8.3 - 1 = 27.711% -> 27.7
            ("cagr|implied", "exact"),  # 117.0 / 89.0 - 1 = 31.461% -> 31.5
            # 38.6 + 29.4 + 12.7 + 8.3 = 89.0; 51.2 + 37.9 + 17.3 + 10.6 = 117.0
            ("hierarchy", "exact"),
        ],
    ),
    # 35. a WeChat article's tab-separated table (the year from its title): 收入（亿元） and 占比 by 区域, a 合计 row with its
    #     100.0% (no claim); the header line and 阅读/在看 counts nowhere
    dict(
        text=(
            "原创 数域研究 2025年03月21日 08:30 上海\n"
            "2024年中国AIGC营销服务收入区域分布\n"
            "区域\t收入（亿元）\t占比\n"
            "华东\t86.4\t38.2%\n"
            "华南\t52.7\t23.3%\n"
            "华北\t44.1\t19.5%\n"
            "中西部\t42.9\t19.0%\n"
            "合计\t226.1\t100.0%\n"
            "数据来源：数域研究整理\n"
            "阅读 1.6万 · 在看 58 · 长按二维码关注"
        ),
        obs=[
            ("华东", 2024, 86.4, "CNY 100 million", "actual"),
            ("华南", 2024, 52.7, "CNY 100 million", "actual"),
            ("华北", 2024, 44.1, "CNY 100 million", "actual"),
            ("中西部", 2024, 42.9, "CNY 100 million", "actual"),
            ("合计", 2024, 226.1, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 38.2, "percent", 2024, 2024, None),
            ("share", 23.3, "percent", 2024, 2024, None),
            ("share", 19.5, "percent", 2024, 2024, None),
            ("share", 19.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 86.4 / 226.1 = 38.213% -> 38.2
            ("arithmetic", "exact"),  # 52.7 / 226.1 = 23.308% -> 23.3
            ("arithmetic", "exact"),  # 44.1 / 226.1 = 19.505% -> 19.5
            ("arithmetic", "exact"),  # 42.9 / 226.1 = 18.974% -> 19.0
            ("hierarchy", "exact"),  # 86.4 + 52.7 + 44.1 + 42.9 = 226.1
        ],
    ),
    # 36. a Chinese aligned table of years under 本文共1,860字 and a reading time (nowhere): 市场规模 and 同比增长 columns, 2025E
    #     (注：2025E为预测数据), one rate its figures contradict; 扫码下载 nowhere
    dict(
        text=(
            "本文共1,860字 阅读约需5分钟\n"
            "中国AI芯片测试设备市场规模（单位：亿元）\n"
            "年份        市场规模        同比增长\n"
            "2021          18.2            —\n"
            "2022          24.9          36.8%\n"
            "2023          33.5          36.5%\n"
            "2024          47.6          42.1%\n"
            "2025E         63.8          34.0%\n"
            "注：2025E为预测数据。\n"
            "扫码下载完整报告 · 点击查看更多"
        ),
        obs=[
            ("市场规模", 2021, 18.2, "CNY 100 million", "actual"),
            ("市场规模", 2022, 24.9, "CNY 100 million", "actual"),
            ("市场规模", 2023, 33.5, "CNY 100 million", "actual"),
            ("市场规模", 2024, 47.6, "CNY 100 million", "actual"),
            ("市场规模", 2025, 63.8, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 36.8, "percent", 2021, 2022, 1.0),
            ("growth", 36.5, "percent", 2022, 2023, 1.0),
            ("growth", 42.1, "percent", 2023, 2024, 1.0),
            ("growth", 34.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 24.9 / 18.2 - 1 = 36.813% -> 36.8
            # 33.5 / 24.9 - 1 = 34.538%; bounds (33.45 / 24.95) -> 34.068%, (33.55 / 24.85) -> 35.010%:
            # 36.5 +- 0.05 outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 47.6 / 33.5 - 1 = 42.090% -> 42.1
            ("cagr|implied", "exact"),  # 63.8 / 47.6 - 1 = 34.034% -> 34.0
        ],
    ),
    # 37. a Taiwan news table in Traditional Chinese under the reporter's line: 單位：新台幣億元, a 2025年(F) column, a 合計 row;
    #     the source line's share and comment counts and the 延伸閱讀 headline (a foundry's month) nowhere
    dict(
        text=(
            "〔記者王冠宇／新竹報導〕 2025/05/20 05:30\n"
            "台灣AI邊緣運算設備產值（單位：新台幣億元）\n"
            "| 產品別 | 2023年 | 2024年 | 2025年(F) |\n"
            "|---|---|---|---|\n"
            "| 工業電腦 | 612 | 798 | 1,015 |\n"
            "| 網通設備 | 438 | 521 | 646 |\n"
            "| 智慧攝影機 | 205 | 267 | 340 |\n"
            "| 合計 | 1,255 | 1,586 | 2,001 |\n"
            "資料來源：科研產經所 · 分享 · 留言 36\n"
            "延伸閱讀：某晶圓代工廠4月營收年增48%"
        ),
        obs=[
            ("工業電腦", 2023, 612, "TWD 100 million", "actual"),
            ("工業電腦", 2024, 798, "TWD 100 million", "actual"),
            ("工業電腦", 2025, 1015, "TWD 100 million", "estimate"),
            ("網通設備", 2023, 438, "TWD 100 million", "actual"),
            ("網通設備", 2024, 521, "TWD 100 million", "actual"),
            ("網通設備", 2025, 646, "TWD 100 million", "estimate"),
            ("智慧攝影機", 2023, 205, "TWD 100 million", "actual"),
            ("智慧攝影機", 2024, 267, "TWD 100 million", "actual"),
            ("智慧攝影機", 2025, 340, "TWD 100 million", "estimate"),
            ("合計", 2023, 1255, "TWD 100 million", "actual"),
            ("合計", 2024, 1586, "TWD 100 million", "actual"),
            ("合計", 2025, 2001, "TWD 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            # 612 + 438 + 205 = 1255; 798 + 521 + 267 = 1586; 1015 + 646 + 340 = 2001
            ("hierarchy", "exact"),
        ],
    ),
    # 38. a press release's pipe table in "(EUR million)" with a "Share" column under a "Download PDF (2.4 MB)" line:
    #     the parts miss their Total by 0.1; its 100.0% no claim, the rounding note and "Cookie settings" nowhere
    dict(
        text=(
            "Press release · 3 April 2025 · Download PDF (2.4 MB) · Print\n"
            "European spending on AI-driven predictive maintenance by industry, 2024 (EUR million)\n"
            "| Industry | Spending | Share |\n"
            "|---|---|---|\n"
            "| Automotive | 486.2 | 31.4% |\n"
            "| Energy and utilities | 401.7 | 25.9% |\n"
            "| Rail and aerospace | 253.8 | 16.4% |\n"
            "| Other industries | 407.9 | 26.3% |\n"
            "| Total | 1,549.5 | 100.0% |\n"
            "Totals may differ from the sum of the rows owing to rounding. Cookie settings"
        ),
        obs=[
            ("Automotive", 2024, 486.2, "EUR million", "actual"),
            ("Energy and utilities", 2024, 401.7, "EUR million", "actual"),
            ("Rail and aerospace", 2024, 253.8, "EUR million", "actual"),
            ("Other industries", 2024, 407.9, "EUR million", "actual"),
            ("Total", 2024, 1549.5, "EUR million", "actual"),
        ],
        claims=[
            ("share", 31.4, "percent", 2024, 2024, None),
            ("share", 25.9, "percent", 2024, 2024, None),
            ("share", 16.4, "percent", 2024, 2024, None),
            ("share", 26.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 486.2 / 1549.5 = 31.378% -> 31.4
            ("arithmetic", "exact"),  # 401.7 / 1549.5 = 25.924% -> 25.9
            ("arithmetic", "exact"),  # 253.8 / 1549.5 = 16.379% -> 16.4
            ("arithmetic", "exact"),  # 407.9 / 1549.5 = 26.325% -> 26.3
            # 486.2 + 401.7 + 253.8 + 407.9 = 1549.6, not 1549.5; each figure +- 0.05 (the parts +- 0.20, the total
            # +- 0.05) reaches it: only at the rounding
            ("hierarchy", "rounding"),
        ],
    ),
    # 39. a Japanese tab-separated table under breadcrumbs and a Nikkei quote: "(¥ bn)", FY23, FY24 and FY25E columns
    #     and a "FY24 YoY" column, a Total row; the related headline's quarter nowhere
    dict(
        text=(
            "Home › Markets › Japan\n"
            "Nikkei 225 38,412.6 +1.1% · USD/JPY 147.32\n"
            "Japan AI-OCR and document processing market (¥ bn)\n"
            "Segment\tFY23\tFY24\tFY25E\tFY24 YoY\n"
            "Cloud\t42.6\t55.1\t69.8\t29.3%\n"
            "On-premises\t18.3\t19.6\t20.4\t7.1%\n"
            "Services\t12.9\t16.2\t20.1\t25.6%\n"
            "Total\t73.8\t90.9\t110.3\t23.2%\n"
            "E = estimate. Fiscal years end in March.\n"
            "Related: Kanade Electric books record ¥120 billion quarter"
        ),
        obs=[
            ("Cloud", 2023, 42.6, "JPY billion", "actual"),
            ("Cloud", 2024, 55.1, "JPY billion", "actual"),
            ("Cloud", 2025, 69.8, "JPY billion", "estimate"),
            ("On-premises", 2023, 18.3, "JPY billion", "actual"),
            ("On-premises", 2024, 19.6, "JPY billion", "actual"),
            ("On-premises", 2025, 20.4, "JPY billion", "estimate"),
            ("Services", 2023, 12.9, "JPY billion", "actual"),
            ("Services", 2024, 16.2, "JPY billion", "actual"),
            ("Services", 2025, 20.1, "JPY billion", "estimate"),
            ("Total", 2023, 73.8, "JPY billion", "actual"),
            ("Total", 2024, 90.9, "JPY billion", "actual"),
            ("Total", 2025, 110.3, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 29.3, "percent", 2023, 2024, 1.0),
            ("growth", 7.1, "percent", 2023, 2024, 1.0),
            ("growth", 25.6, "percent", 2023, 2024, 1.0),
            ("growth", 23.2, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 55.1 / 42.6 - 1 = 29.343% -> 29.3
            ("cagr|implied", "exact"),  # 19.6 / 18.3 - 1 = 7.104% -> 7.1
            ("cagr|implied", "exact"),  # 16.2 / 12.9 - 1 = 25.581% -> 25.6
            ("cagr|implied", "exact"),  # 90.9 / 73.8 - 1 = 23.171% -> 23.2
            # 42.6 + 18.3 + 12.9 = 73.8; 55.1 + 19.6 + 16.2 = 90.9; 69.8 + 20.4 + 20.1 = 110.3
            ("hierarchy", "exact"),
        ],
    ),
    # 40. a statistics page's aligned table in "(£ million)": breadcrumbs, release dates, a "Change" column, an "All
    #     providers" row; "Was this page helpful?" nowhere
    dict(
        text=(
            "Home > Business, industry and trade > Technology\n"
            "Release date: 18 June 2025 · Next release: June 2026\n"
            "UK AI assurance services turnover by provider type (£ million)\n"
            "Provider type        2023      2024     Change\n"
            "Specialist firms    148.2     231.6      56.3%\n"
            "Consultancies        96.5     128.4      33.1%\n"
            "Audit and legal      61.3      79.9      30.3%\n"
            "All providers       306.0     439.9      43.8%\n"
            "Was this page helpful? Yes · No · Print this page"
        ),
        obs=[
            ("Specialist firms", 2023, 148.2, "GBP million", "actual"),
            ("Specialist firms", 2024, 231.6, "GBP million", "actual"),
            ("Consultancies", 2023, 96.5, "GBP million", "actual"),
            ("Consultancies", 2024, 128.4, "GBP million", "actual"),
            ("Audit and legal", 2023, 61.3, "GBP million", "actual"),
            ("Audit and legal", 2024, 79.9, "GBP million", "actual"),
            ("All providers", 2023, 306.0, "GBP million", "actual"),
            ("All providers", 2024, 439.9, "GBP million", "actual"),
        ],
        claims=[
            ("growth", 56.3, "percent", 2023, 2024, 1.0),
            ("growth", 33.1, "percent", 2023, 2024, 1.0),
            ("growth", 30.3, "percent", 2023, 2024, 1.0),
            ("growth", 43.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 231.6 / 148.2 - 1 = 56.275% -> 56.3
            ("cagr|implied", "exact"),  # 128.4 / 96.5 - 1 = 33.057% -> 33.1
            ("cagr|implied", "exact"),  # 79.9 / 61.3 - 1 = 30.343% -> 30.3
            ("cagr|implied", "exact"),  # 439.9 / 306.0 - 1 = 43.758% -> 43.8
            # 148.2 + 96.5 + 61.3 = 306.0; 231.6 + 128.4 + 79.9 = 439.9
            ("hierarchy", "exact"),
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "sixty-third check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {"traditional": 5, "inconsistent": 6, "rounding": 7, "exact": 62}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    "Home › Press Releases ›",
    "Published: 12 March 2025 · 5 min read · 1.4K shares",
    "Single-user licence US$ 3,250",
    "NVDA +2.31% · VRT +4.05%",
    "By Marta Quill · Updated 3 hours ago · 48 comments",
    "Related: Server maker posts record $11 billion quarter",
    "Tags: AI, productivity, SaaS · 23 comments",
    "Read more: Five transcription tools compared",
    "We use cookies to improve your experience",
    "Share this article",
    "About Veridian Insights: Founded in 2011",
    "FTSE 100 8,231.5 +0.6%",
    "Most read\n1. Bank of England",
    "Report ID: OPR-20417 · Pages: 186",
    "Photo: L. Ortega / Field Press",
    "ADVERTISEMENT",
    "Key findings: 3 of 5 regions declined · 42 vendors tracked",
    "Quote: ARSC 131.50 +4.2%",
    "Estimated reading time: 4 minutes",
    "Speak to analyst · Request customization · Buy now $3,990",
    "Listen to this article",
    "Nikkei 225 38,412 +1.1%",
    "Table of Contents: 1 Introduction",
    "View in browser",
    "Sponsored: Try Clausewise",
    "首页 > 科技 > 正文",
    "阅读 3.2万 评论 128",
    "相关阅读：某芯片巨头单季营收300亿美元",
    "点击上方蓝字，关注我们",
    "报告购买：单用户版 8,800元",
    "恒生指数 -0.8% 上证指数 3,215.6 +0.4%",
    "浏览次数：1286",
    "赞同 1.2万 · 356 条评论",
    "记者 张弛 摄",
    "目录 第一章 行业概述 第二章 2020-2024年市场规模分析",
    "热门推荐：某车企一季度营收同比增长35%",
    "本公众号不是岚川证券研究报告的发布平台",
    "〔記者林佳蓉／台北報導〕",
    "看更多：台股收盤大漲312點",
    "相關新聞：某科技股季度收入增長25%",
    "報告售價：新台幣45,000元",
    "按讚 2.3萬 · 留言 512 · 分享 88",
    "By Priya Nand | Updated 3 hours ago",
    "本文共1,860字 阅读约需5分钟",
    "延伸閱讀：某晶圓代工廠4月營收年增48%",
    "| Total | 1,549.5 | 100.0% |",
    "FY24 YoY",
    "Was this page helpful?",
)
#: the set's blind score (scored once, before any rule was written for it): 161 figures, 54 rates, 64 verdicts and no
#: false inconsistent; chosen on for a web page's furniture (other stories' headlines, quote strips, counters, a
#: date's year over a table's caption): 170 figures, 54 rates, 69 verdicts; then a rise after the year before's
#: level stated second, and one before a forecast's clause: 56 rates, 70 verdicts
FLOORS = {"figures_found": 170, "rates_found": 60, "verdicts_right": 74}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset63.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
