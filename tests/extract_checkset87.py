"""An eighty-seventh check set for the extractor, written blind: web pages as their HTML source is saved or copied, in English
and Chinese (Simplified and Traditional) -- research firms' and newswires' release pages, news articles,
investor-relations pages and Chinese portals and government sites, with their titles and meta tags, navigation,
figures inside <strong> and <span>, footnote marks in <sup>, entities (&nbsp; &euro; &#36;), <br> inside paragraphs,
lists of key findings, <table>s with header rows, captions and Total rows, and clutter whose numbers are no market
figure (scripts, styles, cookie banners, related links, share counts, a footer's copyright year) -- and slide decks,
one-pagers and infographics as text export gives them: titles that are a claim, fragments without verbs ("2024: $3.1B
→ 2030: $12.4B", "TAM | SAM | SOM"), a chart's data labels under its title, legends, source lines and slide numbers,
speaker notes, big-number call-outs, a startup's own ARR, customers and valuation beside the market's size, and
Chinese 路演 and 行业汇报 decks (市场空间, 年复合增速, 渗透率 as no share).

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. research-firm press release on a newswire page: "US$18.4 billion" in 2024 to "US$61.2 billion" by 2030 with a
    #    stated 2024-2030 CAGR in <b>; a regional share with no amount; JSON-LD, analytics id, cookie banner, report ID,
    #    report-title years, survey count and answer, phone, related link date and footer year expected nowhere
    dict(
        text=(
            "<!DOCTYPE html>\n<html lang='en'>\n<head>\n<meta charset='utf-8'>\n"
            "<title>Edge AI Chip Market to Reach $61.2 Billion by 2030 | Corvane Insights</title>\n"
            "<meta name='description' content='Corvane Insights report RPT-EA-4471 sizes the edge AI chip market.'>\n"
            "<meta property='article:published_time' content='2025-05-14T08:00:00Z'>\n"
            "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
            "\"datePublished\":\"2025-05-14\",\"wordCount\":512}</script>\n"
            "<script>window.dataLayer=window.dataLayer||[];gtag('config','G-4Q7XK21990');</script>\n"
            "</head>\n<body>\n"
            "<div class='cookie-banner'>We use cookies to improve your experience. <a href='/privacy'>Accept</a></div>\n"
            "<nav><ul><li><a href='/'>Home</a></li><li><a href='/reports'>Reports</a></li>"
            "<li><a href='/press'>Press</a></li></ul></nav>\n"
            "<article>\n<h1>Edge AI Chip Market to Reach $61.2 Billion by 2030</h1>\n"
            "<p class='dateline'>BOSTON, May 14, 2025 /Corvane Insights/ &mdash; The global edge AI chip market was "
            "worth <strong>US$18.4&nbsp;billion</strong> in 2024 and is projected to reach "
            "<strong>US$61.2&nbsp;billion</strong> by 2030, a compound annual growth rate (CAGR) of <b>22.2%</b> from "
            "2024 to 2030, according to the report <em>Edge AI Silicon Outlook 2025&ndash;2030</em> "
            "(report ID RPT-EA-4471).</p>\n"
            "<h2>Key findings</h2>\n<ul>\n"
            "<li>North America held a <span class='stat'>38.5%</span> share of the market in 2024.</li>\n"
            "<li>Of the 1,200 IT leaders surveyed, 62% plan to move inference workloads to the edge within two "
            "years.</li>\n"
            "<li>Automotive and smart-camera designs remain the fastest-moving use cases.</li>\n</ul>\n"
            "<p>Media contact: Dana Whitlock, +1 617 555 0143</p>\n</article>\n"
            "<aside><h3>Related articles</h3><ul><li><a href='/press/2025-02-11'>Corvane names new chief analyst "
            "(Feb 11, 2025)</a></li></ul></aside>\n"
            "<footer><p>&copy; 2025 Corvane Insights. All rights reserved.</p></footer>\n</body>\n</html>"
        ),
        obs=[
            ("Total", 2024, 18.4, "USD billion", "actual"),
            ("Total", 2030, 61.2, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 22.2, "percent", 2024, 2030, None, "stated"),
            ("share", 38.5, "percent", 2024, 2024, None),  # North America, no amount printed -> no verdict
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (61.2/18.4)**(1/6)-1 = 3.32609**(1/6)-1 = 22.18% -> 22.2
        ],
    ),
    # 2. news article with <time datetime>: "last year" (2024) $3.9bn via &#36; entity, "a 50% jump" from 2023's $2.6bn,
    #    "this year" $5.4bn (estimate); a quarter's figure, a supplier's revenue, headcount, price target and upside,
    #    "100 kilowatts", CSS sizes, share/comment counts, related-link date and newsroom phone expected nowhere
    dict(
        text=(
            "<html>\n<head>\n<title>Liquid cooling spending surges as AI racks heat up - The Ledger Wire</title>\n"
            "<meta name='pubdate' content='20250218'>\n"
            "<style>.article-body p{font-size:17px;line-height:1.6;margin:0 0 24px}</style>\n"
            "</head>\n<body>\n"
            "<header><nav><a href='/tech'>Tech</a> | <a href='/markets'>Markets</a> | "
            "<a href='/opinion'>Opinion</a></nav></header>\n"
            "<main class='article-body'>\n<h1>Liquid cooling spending surges as AI racks heat up</h1>\n"
            "<p class='byline'>By Marisol Keane &middot; <time datetime='2025-02-18T06:30:00-05:00'>February 18, "
            "2025</time></p>\n"
            "<p>American data-center operators spent <strong>&#36;3.9 billion</strong> on liquid-cooling equipment "
            "last year, a 50% jump from &#36;2.6 billion in 2023, according to estimates from the research firm "
            "Harlow Pierce. The firm expects spending to reach &#36;5.4 billion this year as racks built for AI "
            "training pass 100 kilowatts.</p>\n"
            "<p>In the fourth quarter alone, operators spent roughly &#36;1.2 billion, Harlow Pierce said.</p>\n"
            "<p>Suppliers are reaping the gains. Vantor Thermal, which makes cold plates and coolant distribution "
            "units, said its revenue rose to &#36;412 million last year and that it would add 600 workers. Analysts "
            "at Greyfield Securities set a &#36;88 price target on Vantor's shares, implying 19% upside.</p>\n"
            "<div class='share-bar'><span>1,482 shares</span> <span>87 comments</span></div>\n</main>\n"
            "<aside class='related'><h2>Related</h2><ul><li><a href='/tech/2024/11/05/chip-export-rules'>Chip "
            "export rules tighten again</a> <time datetime='2024-11-05'>Nov 5, 2024</time></li></ul></aside>\n"
            "<footer>&copy; 2025 The Ledger Wire &middot; Newsroom: (212) 555-0198</footer>\n</body>\n</html>"
        ),
        obs=[
            ("Total", 2024, 3.9, "USD billion", "actual"),
            ("Total", 2023, 2.6, "USD billion", "actual"),
            ("Total", 2025, 5.4, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 50.0, "percent", 2023, 2024, 1.0),  # "a 50% jump"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 3.9/2.6 - 1 = 1.5 - 1 = 50.0%
        ],
    ),
    # 3. investor-relations page, earnings-call transcript: the TAM a company sizes ($45bn in 2024 -> $80bn by 2028)
    #    is Total; "about 15%" CAGR with no span printed (inferred); the company's quarterly and fiscal revenue, its
    #    growth, margin, customers, employees and 10% share goal, Matomo site id, phone expected nowhere
    dict(
        text=(
            "<html>\n<head>\n<title>Norcastle Systems Q4 Fiscal 2024 Earnings Call Transcript | Investor "
            "Relations</title>\n<meta name='date' content='2025-02-06'>\n"
            "<script>var _paq=_paq||[];_paq.push(['setSiteId','318']);</script>\n</head>\n<body>\n"
            "<nav class='ir-menu'><a href='/investors'>Overview</a> <a href='/investors/events'>Events &amp; "
            "Presentations</a> <a href='/investors/sec'>SEC Filings</a></nav>\n"
            "<h1>Fourth Quarter Fiscal 2024 Earnings Call</h1>\n"
            "<p><time datetime='2025-02-06'>February 6, 2025</time> &middot; 5:00 p.m. ET</p>\n"
            "<div class='transcript'>\n"
            "<p><b>Priya Raman, Chief Executive Officer:</b> Thank you, operator. Fourth-quarter revenue was $372 "
            "million, and revenue for fiscal 2024 came to $1.37 billion, up 24% year over year, with an operating "
            "margin of 18%.</p>\n"
            "<p>We now have more than 2,900 customers and about 4,100 employees.</p>\n"
            "<p>Let me turn to the opportunity. We size the total addressable market for observability software at "
            "<strong>$45 billion</strong> in 2024, and we expect it to grow to <strong>$80 billion</strong> by 2028, "
            "a compound annual growth rate of about 15%. Our goal is to win a 10% share of that market by 2028.</p>\n"
            "<p><b>Operator:</b> Our first question comes from Leo Marsh with Tannery Capital.</p>\n</div>\n"
            "<footer><p>Investor contact: ir@norcastle.example &middot; +1 (408) 555-0172</p>"
            "<p>&copy; 2025 Norcastle Systems, Inc.</p></footer>\n</body>\n</html>"
        ),
        obs=[
            ("Total", 2024, 45, "USD billion", "actual"),
            ("Total", 2028, 80, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 15.0, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (80/45)**(1/4)-1 = 1.77778**0.25-1 = 15.47% -> 15 (printed as a whole number)
        ],
    ),
    # 4. UK company blog: "£6.8bn" in 2024 "up 9.4% on 2023's £6.2bn" (true 9.7%: rounding), "exceed £10bn by 2028";
    #    footnote <sup>, edition number, poll count and answer, percentage points, the blogger's own bookings growth
    #    and headcount, company number and phone expected nowhere
    dict(
        text=(
            "<html lang='en-GB'>\n<head>\n<title>What the numbers say about UK managed security in 2025 - Lindell "
            "Cyber Blog</title>\n"
            "<meta property='article:published_time' content='2025-04-02T09:15:00+01:00'>\n"
            "<meta property='og:site_name' content='Lindell Cyber'>\n</head>\n<body>\n"
            "<div id='cookie-consent'>This site uses cookies. <button>OK</button></div>\n"
            "<nav><a href='/blog'>Blog</a> &gt; <a href='/blog/market'>Market insight</a></nav>\n"
            "<article>\n<h1>What the numbers say about UK managed security in 2025</h1>\n"
            "<p>Posted by Tom Ashworth on 2 April 2025 &bull; 6 min read</p>\n"
            "<p>The UK managed security services market was worth <strong>&pound;6.8bn</strong> in 2024, up 9.4% on "
            "2023&rsquo;s &pound;6.2bn, according to figures from Halden &amp; Rowe Advisory.<sup>1</sup> Halden "
            "&amp; Rowe expects the market to exceed &pound;10bn by 2028.</p>\n"
            "<p>Demand is broad-based. In Halden &amp; Rowe&rsquo;s poll of 310 security chiefs, 58% said they would "
            "raise outsourced spending this year, and the share of mid-sized firms using a managed SOC rose by 4 "
            "percentage points.</p>\n"
            "<p>For our part, Lindell&rsquo;s bookings grew 31% last year and we now employ 240 analysts across Leeds "
            "and Glasgow.</p>\n"
            "<p class='footnote'><sup>1</sup> Halden &amp; Rowe, <em>UK Security Services Tracker</em>, edition 12, "
            "March 2025.</p>\n</article>\n"
            "<footer>&copy; 2025 Lindell Cyber Ltd &middot; Registered in England No. 09912345 &middot; 0113 496 "
            "0321</footer>\n</body>\n</html>"
        ),
        obs=[
            ("Total", 2024, 6.8, "GBP billion", "actual"),
            ("Total", 2023, 6.2, "GBP billion", "actual"),
            ("Total", 2028, 10, "GBP billion", "estimate"),  # "exceed £10bn" kept at its printed figure
        ],
        claims=[
            ("growth", 9.4, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 6.8/6.2-1 = 9.68% -> 9.7, not 9.4; bounds 6.75/6.25-1 = 8.00% .. 6.85/6.15-1 = 11.38% hold 9.4
            ("cagr|implied", "rounding"),
        ],
    ),
    # 5. European newswire release with &euro; and &#8364;: EUR 12.6bn (2023) -> EUR 27.9bn (2029) at a stated 17.4%
    #    CAGR "from 2023 to 2029" that its own amounts contradict (true 14.2%); a second market beside it is its own
    #    item; report code, survey count and answer, founding year, analyst headcount, title years, phone nowhere
    dict(
        text=(
            "<html>\n<head>\n<title>European Industrial IoT Platform Market Report 2024-2029 - Pressfeed "
            "Europe</title>\n<meta name='dcterms.date' content='2024-11-20'>\n"
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"European Industrial IoT "
            "Platform Market Report 2024-2029\",\"datePublished\":\"2024-11-20T07:00:00+01:00\",\"publisher\":"
            "{\"@type\":\"Organization\",\"name\":\"Pressfeed Europe\"}}</script>\n</head>\n<body>\n"
            "<nav><ul><li><a href='/technology'>Technology</a></li><li><a href='/industry'>Industry</a></li></ul>"
            "</nav>\n<div class='release'>\n"
            "<h1>European industrial IoT platform spending forecast to reach &euro;27.9 billion in 2029</h1>\n"
            "<p><span class='location'>MUNICH</span>, 20 November 2024 &ndash; Spending on industrial IoT platforms "
            "in Europe reached <strong>&euro;12.6 billion</strong> in 2023 and will climb to <strong>&#8364;27.9 "
            "billion</strong> in 2029, a compound annual growth rate of 17.4% from 2023 to 2029, Feldmark Analytics "
            "said in its latest report (code IOT-2291).</p>\n"
            "<p>Digital twin software, a neighbouring market, was worth &euro;3.2 billion in 2023, the firm "
            "added.</p>\n"
            "<p>The forecast draws on a survey of 340 manufacturers, 71% of which said predictive maintenance was "
            "their first use case.</p>\n"
            "<h2>About Feldmark Analytics</h2>\n"
            "<p>Founded in 2009, Feldmark employs 85 analysts in Munich and Lyon.</p>\n</div>\n"
            "<footer>Pressfeed Europe &copy; 2024 &middot; Tel. +49 89 5550 2210</footer>\n</body>\n</html>"
        ),
        obs=[
            ("Total", 2023, 12.6, "EUR billion", "actual"),
            ("Total", 2029, 27.9, "EUR billion", "estimate"),
            ("Digital twin software", 2023, 3.2, "EUR billion", "actual"),
        ],
        claims=[
            ("cagr", 17.4, "percent", 2023, 2029, None, "stated"),
        ],
        verdicts=[
            # (27.9/12.6)**(1/6)-1 = 2.21429**(1/6)-1 = 14.17%; bounds (27.85/12.65)**(1/6)-1 = 14.06% ..
            # (27.95/12.55)**(1/6)-1 = 14.28%: 17.4 far outside
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 6. tech-news article: "last year" $7.3bn "up 17.7% from $6.2 billion in 2023", "this year" $8.6bn (estimate);
    #    a second publisher's 2024 figure ($9.1bn) expected nowhere; "multibillion-dollar opportunity", survey
    #    answer, "50 bots", comment count, footer nowhere
    dict(
        text=(
            "<html>\n<head>\n<title>Automation software sales keep climbing, but estimates diverge | The Circuit "
            "Desk</title>\n<meta itemprop='datePublished' content='2025-06-10'>\n</head>\n<body>\n"
            "<nav class='topnav'><a href='/enterprise'>Enterprise</a> &middot; <a href='/ai'>AI</a> &middot; "
            "<a href='/security'>Security</a></nav>\n<article>\n"
            "<h1>Automation software sales keep climbing, but estimates diverge</h1>\n"
            "<div class='meta'><time datetime='2025-06-10T11:00:00Z'>10 June 2025</time> &middot; "
            "<span class='comments'>23 comments</span></div>\n"
            "<p>Worldwide sales of robotic process automation (RPA) software reached <strong>$7.3 billion</strong> "
            "last year, up 17.7% from $6.2 billion in 2023, according to Brightwell Research. Brightwell expects the "
            "market to reach <strong>$8.6 billion</strong> this year.</p>\n"
            "<p>Not everyone counts the same way. Kestrel Analytics, which folds in process-mining tools, puts the "
            "2024 market at $9.1 billion.</p>\n"
            "<p>Vendors describe AI agents as a multibillion-dollar opportunity on top of that.</p>\n"
            "<p>Brightwell&rsquo;s survey found that 44% of large enterprises run more than 50 bots in "
            "production.</p>\n</article>\n"
            "<footer><p>&copy; 2025 The Circuit Desk Media LLC</p></footer>\n</body>\n</html>"
        ),
        obs=[
            ("Total", 2024, 7.3, "USD billion", "actual"),
            ("Total", 2023, 6.2, "USD billion", "actual"),
            ("Total", 2025, 8.6, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 17.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 7.3/6.2-1 = 17.74% -> 17.7
        ],
    ),
    # 7. Tokyo research firm's English release with &yen;: JPY 842bn in fiscal 2024 -> JPY 2,310bn in fiscal 2028,
    #    "about 2.7 times" (multiple, no verdict) and a stated FY2024-2028 CAGR; fiscal-year months in brackets,
    #    survey count and answer, citation date meta, phone expected nowhere
    dict(
        text=(
            "<html lang='en'>\n<head>\n<title>Mizuhara Soken: Japan generative AI services market forecast</title>\n"
            "<meta name='citation_publication_date' content='2025/07/22'>\n</head>\n<body>\n"
            "<nav><a href='/en/'>Home</a> / <a href='/en/news/'>News Releases</a> / <a href='/en/ict/'>ICT</a></nav>\n"
            "<div class='news-body'>\n"
            "<h1>Japan&rsquo;s generative AI services market forecast to reach &yen;2,310 billion in fiscal 2028</h1>\n"
            "<p>TOKYO, July 22, 2025 &mdash; Mizuhara Soken estimates that Japan&rsquo;s generative AI services "
            "market reached <strong>&yen;842 billion</strong> in fiscal 2024 (April 2024&ndash;March 2025).</p>\n"
            "<p>The firm forecasts the market at <strong>&yen;2,310 billion</strong> in fiscal 2028, about 2.7 times "
            "the fiscal 2024 level, for a compound annual growth rate of 28.7% over fiscal 2024&ndash;2028.</p>\n"
            "<ul>\n<li>The survey covered 1,050 companies; 41% said they already use generative AI in customer "
            "service.</li>\n<li>Enterprise chat assistants made up the largest segment.</li>\n</ul>\n"
            "<p>Inquiries: Public Relations Office, +81-3-5555-0187</p>\n</div>\n"
            "<footer>&copy; 2025 Mizuhara Soken Co., Ltd.</footer>\n</body>\n</html>"
        ),
        obs=[
            ("Total", 2024, 842, "JPY billion", "actual"),
            ("Total", 2028, 2310, "JPY billion", "estimate"),
        ],
        claims=[
            ("multiple", 2.7, "multiple", 2024, 2028, 4.0),  # "about 2.7 times" (2310/842 = 2.743), no verdict
            ("cagr", 28.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2310/842)**(1/4)-1 = 2.74347**0.25-1 = 28.70% -> 28.7
        ],
    ),
    # 8. company blog with <span class='stat'> and <br>: world $9.8bn (2024) "up 24% from $7.9 billion in 2023";
    #    Asia-Pacific $4.1bn "or 41.8% of the total" (part item, share with arithmetic); percentage points,
    #    "multibillion-dollar opportunity", subscriber count, "30 ms", CSS sizes, related-post date nowhere
    dict(
        text=(
            "<html>\n<head>\n<title>Cloud gaming in 2024: the year Asia took the lead | Pixelrun Blog</title>\n"
            "<meta name='article:published_time' content='2025-03-03'>\n"
            "<style>.hero{height:420px}.stat{font-weight:700;color:#e4572e}</style>\n</head>\n<body>\n"
            "<header><nav><a href='/'>Pixelrun</a> <a href='/blog'>Blog</a> <a href='/careers'>Careers</a></nav>"
            "</header>\n<article>\n<h1>Cloud gaming in 2024: the year Asia took the lead</h1>\n"
            "<p class='meta'>March 3, 2025 &middot; 4 min read</p>\n"
            "<p>Worldwide cloud gaming revenue reached <span class='stat'>$9.8 billion</span> in 2024, up 24% from "
            "$7.9 billion in 2023, according to data compiled by Tessaly Research.</p>\n"
            "<p>Asia-Pacific contributed <span class='stat'>$4.1 billion</span>, or 41.8% of the total, a gain of 3 "
            "percentage points on the year.<br>Mobile-first markets such as Indonesia and Vietnam did most of the "
            "lifting.</p>\n"
            "<p>We think the shift to streaming on phones and TVs is a multibillion-dollar opportunity for studios. "
            "Pixelrun itself passed 2.4 million subscribers in December.</p>\n</article>\n"
            "<section class='related'><h3>You might also like</h3><ul><li><a href='/blog/latency-2024'>How we cut "
            "latency by 30 ms</a> &ndash; Oct 9, 2024</li></ul></section>\n"
            "<footer><p>&copy; 2025 Pixelrun Inc.</p></footer>\n</body>\n</html>"
        ),
        obs=[
            ("Total", 2024, 9.8, "USD billion", "actual"),
            ("Total", 2023, 7.9, "USD billion", "actual"),
            ("Asia-Pacific", 2024, 4.1, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 24.0, "percent", 2023, 2024, 1.0),
            ("share", 41.8, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 9.8/7.9-1 = 24.05% -> 24
            ("arithmetic", "exact"),  # 4.1/9.8 = 41.84% -> 41.8
        ],
    ),
    # 9. Simplified Chinese news portal: 2024年 2824亿元 同比增长8.9% with 2023年 2593亿元; 预计2027年 突破4000亿元
    #    (estimate at printed figure); 百分点, 千亿级, 约四成 of 600 respondents, a listed company's revenue and growth,
    #    Baidu analytics id, ICP number and hotline expected nowhere
    dict(
        text=(
            "<html lang='zh-CN'>\n<head>\n<meta charset='utf-8'>\n"
            "<title>2024年我国工业软件市场规模达2824亿元_科技频道_华讯网</title>\n"
            "<meta name='publishdate' content='2025-04-15 09:32:18'>\n"
            "<script>var _hmt=_hmt||[];(function(){var hm=document.createElement('script');"
            "hm.src='https://hm.example.com/hm.js?8f2a61c0';})();</script>\n</head>\n<body>\n"
            "<div class='nav'><a href='/'>首页</a> | <a href='/tech/'>科技</a> | <a href='/finance/'>财经</a></div>\n"
            "<div class='article'>\n<h1>2024年我国工业软件市场规模达2824亿元</h1>\n"
            "<div class='info'>2025-04-15 09:32 来源：华讯网 作者：陈立凡</div>\n"
            "<p>据启衡咨询发布的报告，2024年我国工业软件市场规模达<strong>2824亿元</strong>，同比增长8.9%，2023年这一"
            "数字为2593亿元。其中，研发设计类软件占比提升1.2个百分点。</p>\n"
            "<p>启衡咨询预计，到2027年我国工业软件市场规模将突破<strong>4000亿元</strong>，国产替代正打开一个千亿级的"
            "增量空间。</p>\n"
            "<p>在受访的600家制造企业中，约四成表示计划在未来两年内更换核心设计软件。</p>\n"
            "<p>从企业端看，华拓软件去年实现营收12.6亿元，同比增长21%。</p>\n"
            "<div class='footer'>责任编辑：李楠 &nbsp; 网站备案号：京ICP备12345678号 &nbsp; 违法和不良信息举报电话："
            "010-5555 6789</div>\n</div>\n</body>\n</html>"
        ),
        obs=[
            ("Total", 2024, 2824, "CNY 100 million", "actual"),
            ("Total", 2023, 2593, "CNY 100 million", "actual"),
            ("Total", 2027, 4000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 8.9, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2824/2593-1 = 8.91% -> 8.9
        ],
    ),
    # 10. municipal government site (Simplified): 2023年 1850亿元, 到2025年 力争达到3000亿元, 年均增长27.3% with no span
    #     printed (inferred); document number, plan-title years, racks, EFLOPS, 营收超10亿元 company threshold, firm
    #     and base-station counts, site id, ICP number and phone expected nowhere
    dict(
        text=(
            "<html>\n<head>\n<meta http-equiv='Content-Type' content='text/html; charset=utf-8'>\n"
            "<title>临江市人民政府 关于印发《临江市算力产业高质量发展行动计划（2024—2025年）》的通知</title>\n"
            "<meta name='PubDate' content='2024-06-05 16:20'>\n"
            "<meta name='ContentSource' content='临江市经济和信息化局'>\n</head>\n<body>\n"
            "<div class='top-menu'><a href='/'>首页</a><a href='/zwgk/'>政务公开</a><a href='/zcwj/'>政策文件</a>"
            "<a href='/hdjl/'>互动交流</a></div>\n<div class='zw-content'>\n"
            "<h1>临江市算力产业高质量发展行动计划（2024—2025年）</h1>\n"
            "<p class='wh'>临政办发〔2024〕27号</p>\n<h2>一、发展基础</h2>\n"
            "<p>2023年，全市算力产业规模达到<b>1850亿元</b>，建成标准机架4.6万个，算力总规模达到12 EFLOPS。</p>\n"
            "<h2>二、主要目标</h2>\n"
            "<p>到2025年，全市算力产业规模力争达到<b>3000亿元</b>，年均增长27.3%；培育营收超10亿元的算力企业20家，"
            "新建5G基站1.2万个。</p>\n</div>\n"
            "<div class='footer'><p>主办：临江市人民政府办公室 &nbsp; 联系电话：0576-8555 1234</p>"
            "<p>网站标识码：3310000027 &nbsp; 浙ICP备05012345号</p></div>\n</body>\n</html>"
        ),
        obs=[
            ("Total", 2023, 1850, "CNY 100 million", "actual"),
            ("Total", 2025, 3000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 27.3, "percent", 2023, 2025, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (3000/1850)**(1/2)-1 = 1.62162**0.5-1 = 27.34% -> 27.3
        ],
    ),
    # 11. Simplified tech portal: series opens in 亿元 (2023年 6165亿元, 2022年 4550亿元, 增长35.5%), then
    #     "突破2.1万亿元" in 2027 expected converted to 21000 亿元; "较2023年增长2.4倍" between two printed amounts is x3.4;
    #     约占七成, 百分点, a vendor's revenue with &#65509;, read count 3.2万, likes, JSON-LD page id nowhere
    dict(
        text=(
            "<html lang='zh-CN'>\n<head>\n<title>云计算市场持续高增长 国产化进程提速 - 数智观察网</title>\n"
            "<meta property='og:release_date' content='2024-08-20'>\n"
            "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
            "\"pageId\":20240820113,\"datePublished\":\"2024-08-20T10:05:00+08:00\"}</script>\n</head>\n<body>\n"
            "<nav class='channel'><a href='/'>首页</a> &gt; <a href='/cloud/'>云计算</a> &gt; 正文</nav>\n"
            "<div class='content'>\n<h1>云计算市场持续高增长 国产化进程提速</h1>\n"
            "<p class='source'><span>2024年08月20日 10:05</span><span>来源：数智观察网</span></p>\n"
            "<p>《中国云计算发展报告（2024年）》显示，2023年我国云计算市场规模为<strong>6165亿元</strong>，较2022年的"
            "4550亿元增长35.5%。</p>\n"
            "<p>报告预计，到2027年我国云计算市场规模将突破<strong>2.1万亿元</strong>，较2023年增长2.4倍。</p>\n"
            "<p>从结构看，公有云市场约占七成，IaaS在公有云中的比重较上年提高2.6个百分点。</p>\n"
            "<p>头部厂商中，云启科技2023年云业务收入为&#65509;86.3亿元。</p>\n"
            "<p class='stat'>阅读 3.2万 &nbsp; 点赞 418</p>\n</div>\n"
            "<div class='foot'>Copyright &copy; 2024 数智观察网 版权所有</div>\n</body>\n</html>"
        ),
        obs=[
            ("Total", 2023, 6165, "CNY 100 million", "actual"),
            ("Total", 2022, 4550, "CNY 100 million", "actual"),
            ("Total", 2027, 21000, "CNY 100 million", "estimate"),  # 2.1万亿元 in the series' 亿元
        ],
        claims=[
            ("growth", 35.5, "percent", 2022, 2023, 1.0),
            ("multiple", 3.4, "multiple", 2023, 2027, 4.0),  # 增长2.4倍 between two amounts -> x3.4 (21000/6165 = 3.41)
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6165/4550-1 = 35.49% -> 35.5
        ],
    ),
    # 12. Traditional Chinese (Taiwan) tech site: 新台幣1,120億元 (2024) 較2023年的新台幣968億元成長15.7%; 2027年
    #     新台幣1,850億元 (estimate) with a stated 2024至2027年 年複合成長率; an operator's revenue, 第一季 growth, a price
    #     target in 元, data-centre and staff counts, hotline expected nowhere
    dict(
        text=(
            "<html lang='zh-Hant-TW'>\n<head>\n<title>台灣資料中心市場 2027年上看新台幣1,850億元｜科技新報網</title>\n"
            "<meta name='pubdate' content='2025-05-08T14:20:00+08:00'>\n</head>\n<body>\n"
            "<nav><a href='/'>首頁</a>｜<a href='/industry'>產業</a>｜<a href='/semi'>半導體</a>｜"
            "<a href='/cloud'>雲端</a></nav>\n<article>\n"
            "<h1>台灣資料中心市場 2027年上看新台幣1,850億元</h1>\n"
            "<time datetime='2025-05-08'>2025/05/08</time>\n"
            "<p>研調機構鼎岳產業研究指出，2024年台灣資料中心市場規模達<strong>新台幣1,120億元</strong>，較2023年的"
            "新台幣968億元成長15.7%。</p>\n"
            "<p>鼎岳預估，受AI伺服器進駐帶動，2027年市場規模將達新台幣1,850億元，2024至2027年年複合成長率為18.2%。"
            "</p>\n"
            "<p>業者方面，機房營運商遠碩數據去年營收新台幣52.4億元，今年第一季營收年增12%；外資給予目標價新台幣680元。"
            "</p>\n"
            "<p>目前全台共有約110座商用資料中心，從業人員逾6,000人。</p>\n</article>\n"
            "<footer>&copy; 2025 科技新報網 版權所有｜客服專線：(02) 2555-1234</footer>\n</body>\n</html>"
        ),
        obs=[
            ("Total", 2024, 1120, "TWD 100 million", "actual"),
            ("Total", 2023, 968, "TWD 100 million", "actual"),
            ("Total", 2027, 1850, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 15.7, "percent", 2023, 2024, 1.0),
            ("cagr", 18.2, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1120/968-1 = 15.70% -> 15.7
            ("cagr|implied", "exact"),  # (1850/1120)**(1/3)-1 = 1.65179**(1/3)-1 = 18.21% -> 18.2
        ],
    ),
    # 13. Traditional Chinese (Hong Kong) newspaper page: 2024年 532億港元 較2023年的486億港元增長9.6% (true 9.5%:
    #     rounding); 2026年 接近700億港元 (estimate at printed figure); respondents and their answer, 百分點, a local
    #     operator's revenue, ad-slot CSS sizes, hotline expected nowhere
    dict(
        text=(
            "<html lang='zh-HK'>\n<head>\n<title>本港雲端服務市場規模去年達532億港元｜港聞財經</title>\n"
            "<meta property='article:published_time' content='2025-01-16T07:45:00+08:00'>\n"
            "<style>#ad-slot-3{width:300px;height:250px}</style>\n</head>\n<body>\n"
            "<div class='menu'><a href='/news'>港聞</a> <a href='/finance'>財經</a> <a href='/tech'>科技</a> "
            "<a href='/property'>地產</a></div>\n<div class='article-content'>\n"
            "<h1>本港雲端服務市場規模去年達532億港元</h1>\n"
            "<p class='date'>2025年1月16日 星期四</p>\n"
            "<p>【本報訊】顧問公司恒昇智庫昨日發表報告指，2024年香港雲端服務市場規模為<strong>532億港元</strong>，"
            "較2023年的486億港元增長9.6%。</p>\n"
            "<p>報告預計，市場規模於2026年將接近700億港元。</p>\n"
            "<p>受訪的420家企業中，67%表示今年會增加雲端預算；混合雲採用率則上升5個百分點。</p>\n"
            "<p>另外，本地數據中心營運商港雲科技去年收入為3.18億港元。</p>\n</div>\n"
            "<footer>&copy; 2025 港聞財經 查詢電話：2555 8800</footer>\n</body>\n</html>"
        ),
        obs=[
            ("Total", 2024, 532, "HKD 100 million", "actual"),
            ("Total", 2023, 486, "HKD 100 million", "actual"),
            ("Total", 2026, 700, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 9.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 532/486-1 = 9.47% -> 9.5, not 9.6; bounds 531.5/486.5-1 = 9.25% .. 532.5/485.5-1 = 9.68% hold 9.6
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. Traditional Chinese (Taiwan) blog-style news page: a decline, 2024年 新台幣386億元 較2023年的新台幣420億元減少
    #     8.1% (negative rate); 今年 再衰退約5%至新台幣367億元 (estimate, -5%); 第四季 shipments, 百分點, a brand's
    #     revenue, view count, related-news date, tax id expected nowhere
    dict(
        text=(
            "<html lang='zh-TW'>\n<head>\n<title>桌機零售市場連兩年衰退｜數位時報網</title>\n"
            "<meta name='date' content='2025-03-27'>\n</head>\n<body>\n"
            "<nav><ul><li><a href='/'>首頁</a></li><li><a href='/pc'>電腦</a></li><li><a href='/mobile'>手機</a>"
            "</li></ul></nav>\n<div class='post'>\n<h1>桌機零售市場連兩年衰退</h1>\n"
            "<div class='post-meta'><span>2025-03-27</span> <span>瀏覽數 5,812</span></div>\n"
            "<p>市調機構岱川資訊統計，2024年台灣桌上型電腦零售市場規模為<b>新台幣386億元</b>，較2023年的新台幣420億元"
            "減少8.1%。</p>\n"
            "<p>岱川預估，今年市場將再衰退約5%至新台幣367億元；第四季雖有電競機種帶動，出貨量仍較去年同期下滑3.4%。"
            "</p>\n"
            "<p>筆電佔整體PC零售金額的比重則提高2.1個百分點。品牌商晟宇電腦去年營收新台幣215億元。</p>\n"
            "<p>相關新聞：<a href='/news/20241203'>顯示器市場迎來換機潮（2024-12-03）</a></p>\n</div>\n"
            "<footer>&copy; 2025 數位時報網｜統一編號 24556789</footer>\n</body>\n</html>"
        ),
        obs=[
            ("Total", 2024, 386, "TWD 100 million", "actual"),
            ("Total", 2023, 420, "TWD 100 million", "actual"),
            ("Total", 2025, 367, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", -8.1, "percent", 2023, 2024, 1.0),
            ("growth", -5.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 386/420-1 = -8.10% -> -8.1
            ("cagr|implied", "exact"),  # 367/386-1 = -4.92% -> -5 (printed as a whole number)
        ],
    ),
    # 15. Simplified auto-tech portal, dateline 2025-03-12: 去年 (2024) 1320亿元 较2023年的1080亿元增长22%; 今年 有望
    #     达到1600亿元 增长约21% (estimate); a second institute's 2024 figure (1450亿元) expected nowhere; 渗透率, 百分点,
    #     a supplier's revenue and headcount, comment count, ICP number nowhere
    dict(
        text=(
            "<html>\n<head>\n<title>智能座舱：去年市场规模1320亿元，今年有望达到1600亿元_汽车_车讯网</title>\n"
            "<meta name='publish_time' content='2025-03-12 08:00:00'>\n</head>\n<body>\n"
            "<div id='nav'><a href='/'>首页</a> <a href='/auto/'>汽车</a> <a href='/ev/'>新能源</a></div>\n"
            "<div class='main-text'>\n<h1>智能座舱赛道持续升温</h1>\n"
            "<p><span class='time'>2025年03月12日</span> <span>评论 56</span></p>\n"
            "<p>据咨询机构远策研究统计，去年中国智能座舱市场规模达到<strong>1320亿元</strong>，较2023年的1080亿元增长"
            "22%。远策研究预计，今年市场规模有望达到1600亿元，增长约21%。</p>\n"
            "<p>另据赛诺汽车研究院测算，2024年该市场规模为1450亿元。</p>\n"
            "<p>目前新车智能座舱渗透率已达65%，较上年提升8个百分点。</p>\n"
            "<p>座舱域控制器供应商安驰电子去年营收为48.7亿元，员工人数超过3,000人。</p>\n</div>\n"
            "<div class='copyright'>Copyright &copy; 2025 车讯网 京ICP证110234号</div>\n</body>\n</html>"
        ),
        obs=[
            ("Total", 2024, 1320, "CNY 100 million", "actual"),
            ("Total", 2023, 1080, "CNY 100 million", "actual"),
            ("Total", 2025, 1600, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 22.0, "percent", 2023, 2024, 1.0),
            ("growth", 21.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1320/1080-1 = 22.22% -> 22
            ("cagr|implied", "exact"),  # 1600/1320-1 = 21.21% -> 21
        ],
    ),
    # 16. English research page with an HTML <table>: <caption> unit, <thead> years 2024 / 2030F and a
    #     "CAGR 2024–2030" column; segment rows and a bold Total row; the Edge row's 27.4% is contradicted by its own
    #     amounts (true 24.7%); table number, source month, the firm's own quarterly growth, phone nowhere
    dict(
        text=(
            "<html>\n<head>\n<title>AI Accelerator Market Forecast 2024-2030 | Stratton Hale Research</title>\n"
            "<meta name='article:published_time' content='2025-09-01'>\n"
            "<style>table.data td{padding:4px 8px}</style>\n</head>\n<body>\n"
            "<nav><a href='/'>Home</a> | <a href='/research'>Research</a> | <a href='/data'>Data</a> | "
            "<a href='/contact'>Contact</a></nav>\n<main>\n"
            "<h1>AI accelerator spending to keep compounding through 2030</h1>\n"
            "<p>September 1, 2025 &mdash; Stratton Hale Research today published its segment forecast for AI "
            "accelerators. Table 2 summarises the outlook.</p>\n"
            "<table class='data'>\n"
            "<caption>Table 2. Global AI accelerator market by segment (USD billion)</caption>\n"
            "<thead><tr><th>Segment</th><th>2024</th><th>2030F</th><th>CAGR 2024&ndash;2030</th></tr></thead>\n"
            "<tbody>\n"
            "<tr><td>Training</td><td>38.2</td><td>112.4</td><td>19.7%</td></tr>\n"
            "<tr><td>Inference</td><td>21.5</td><td>98.7</td><td>28.9%</td></tr>\n"
            "<tr><td>Edge</td><td>6.1</td><td>22.9</td><td>27.4%</td></tr>\n"
            "<tr><td><b>Total</b></td><td><b>65.8</b></td><td><b>234.0</b></td><td><b>23.5%</b></td></tr>\n"
            "</tbody>\n</table>\n"
            "<p>Source: Stratton Hale Research, August 2025. F = forecast.</p>\n"
            "<p>Stratton Hale&rsquo;s own research revenue rose 11% in its second quarter.</p>\n</main>\n"
            "<footer>&copy; 2025 Stratton Hale Research &middot; +44 20 7946 0321</footer>\n</body>\n</html>"
        ),
        obs=[
            ("Training", 2024, 38.2, "USD billion", "actual"),
            ("Training", 2030, 112.4, "USD billion", "estimate"),
            ("Inference", 2024, 21.5, "USD billion", "actual"),
            ("Inference", 2030, 98.7, "USD billion", "estimate"),
            ("Edge", 2024, 6.1, "USD billion", "actual"),
            ("Edge", 2030, 22.9, "USD billion", "estimate"),
            ("Total", 2024, 65.8, "USD billion", "actual"),
            ("Total", 2030, 234.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19.7, "percent", 2024, 2030, None, "stated"),
            ("cagr", 28.9, "percent", 2024, 2030, None, "stated"),
            ("cagr", 27.4, "percent", 2024, 2030, None, "stated"),
            ("cagr", 23.5, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (112.4/38.2)**(1/6)-1 = 19.71% -> 19.7
            ("cagr|implied", "exact"),  # (98.7/21.5)**(1/6)-1 = 28.92% -> 28.9
            # (22.9/6.1)**(1/6)-1 = 24.67%; bounds (22.85/6.15)**(1/6)-1 = 24.45% .. (22.95/6.05)**(1/6)-1 = 24.88%
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # (234.0/65.8)**(1/6)-1 = 23.55% -> 23.5
            ("hierarchy", "exact"),  # 2024: 38.2+21.5+6.1 = 65.8
            ("hierarchy", "exact"),  # 2030: 112.4+98.7+22.9 = 234.0
        ],
    ),
    # 17. Simplified Chinese think-tank report page: <table border> with 表3-2 caption (单位：亿元), years 2022年..2025E,
    #     segment rows and 合计; the 2024 column sums to 1973 against a printed 1,974 (rounding); prose 同比增长8.8%;
    #     table number, 注1, a company's revenue, hotline nowhere
    dict(
        text=(
            "<html>\n<head>\n<title>中国智能安防市场规模及结构分析（2025）- 华研智库</title>\n"
            "<meta name='publishdate' content='2025-03-20'>\n</head>\n<body>\n"
            "<div class='breadcrumb'><a href='/'>首页</a> &gt; <a href='/reports/'>研究报告</a> &gt; 安防</div>\n"
            "<div class='report'>\n<h2>3.2 市场规模</h2>\n"
            "<p>表3-2显示了2022&mdash;2025年中国智能安防市场分环节规模。</p>\n"
            "<table border='1'>\n<caption>表3-2 中国智能安防市场分环节规模（单位：亿元）</caption>\n"
            "<thead><tr><th>环节</th><th>2022年</th><th>2023年</th><th>2024年</th><th>2025E</th></tr></thead>\n"
            "<tbody>\n"
            "<tr><td>前端设备</td><td>1,012</td><td>1,086</td><td>1,153</td><td>1,240</td></tr>\n"
            "<tr><td>后端平台</td><td>436</td><td>498</td><td>561</td><td>640</td></tr>\n"
            "<tr><td>运维服务</td><td>207</td><td>231</td><td>259</td><td>292</td></tr>\n"
            "<tr><td>合计</td><td>1,655</td><td>1,815</td><td>1,974</td><td>2,172</td></tr>\n"
            "</tbody>\n</table>\n"
            "<p>数据来源：华研智库整理。注1：2025年为预测值。</p>\n"
            "<p>2024年市场合计同比增长8.8%，其中后端平台增速最快。头部企业海昱视讯2024年营收为312亿元。</p>\n"
            "</div>\n<div class='footer'>&copy; 2025 华研智库 客服热线 400-555-0123</div>\n</body>\n</html>"
        ),
        obs=[
            ("前端设备", 2022, 1012, "CNY 100 million", "actual"),
            ("前端设备", 2023, 1086, "CNY 100 million", "actual"),
            ("前端设备", 2024, 1153, "CNY 100 million", "actual"),
            ("前端设备", 2025, 1240, "CNY 100 million", "estimate"),
            ("后端平台", 2022, 436, "CNY 100 million", "actual"),
            ("后端平台", 2023, 498, "CNY 100 million", "actual"),
            ("后端平台", 2024, 561, "CNY 100 million", "actual"),
            ("后端平台", 2025, 640, "CNY 100 million", "estimate"),
            ("运维服务", 2022, 207, "CNY 100 million", "actual"),
            ("运维服务", 2023, 231, "CNY 100 million", "actual"),
            ("运维服务", 2024, 259, "CNY 100 million", "actual"),
            ("运维服务", 2025, 292, "CNY 100 million", "estimate"),
            ("合计", 2022, 1655, "CNY 100 million", "actual"),
            ("合计", 2023, 1815, "CNY 100 million", "actual"),
            ("合计", 2024, 1974, "CNY 100 million", "actual"),
            ("合计", 2025, 2172, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 8.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1974/1815-1 = 8.76% -> 8.8
            ("hierarchy", "exact"),  # 2022: 1012+436+207 = 1655
            ("hierarchy", "exact"),  # 2023: 1086+498+231 = 1815
            ("hierarchy", "rounding"),  # 2024: 1153+561+259 = 1973 vs 1974; sum bounds 1971.5 .. 1974.5 reach it
            ("hierarchy", "exact"),  # 2025: 1240+640+292 = 2172
        ],
    ),
    # 18. Traditional Chinese industry newsletter: <table> without thead, caption 單位：新台幣億元, columns 2023 / 2024 /
    #     2025(F), rows 先進封裝 / 傳統封裝 / 合計; prose 年增36.2% for a row and 合計 預估成長14.4%; the leader's revenue
    #     (約新台幣2,870億元) and headcount, source month, phone nowhere
    dict(
        text=(
            "<html lang='zh-Hant'>\n<head>\n<title>台灣封測產值統計與預測｜工研通訊</title>\n"
            "<meta name='date' content='2025-02-25'>\n</head>\n<body>\n"
            "<ul class='menu'><li><a href='/'>首頁</a></li><li><a href='/intel'>產業情報</a></li>"
            "<li><a href='/subscribe'>訂閱</a></li></ul>\n<div class='article'>\n"
            "<h1>先進封裝帶動封測產值走揚</h1>\n"
            "<p>發布日期：2025-02-25　文／研究員 林思妤</p>\n"
            "<table>\n<caption>台灣封測產值（單位：新台幣億元）</caption>\n"
            "<tr><th>項目</th><th>2023</th><th>2024</th><th>2025(F)</th></tr>\n"
            "<tr><td>先進封裝</td><td>1,865</td><td>2,540</td><td>3,310</td></tr>\n"
            "<tr><td>傳統封裝</td><td>3,020</td><td>3,105</td><td>3,150</td></tr>\n"
            "<tr><td>合計</td><td>4,885</td><td>5,645</td><td>6,460</td></tr>\n"
            "</table>\n"
            "<p>註：(F)為預測值。資料來源：星橋產業研究所，2025年2月。</p>\n"
            "<p>2024年先進封裝產值年增36.2%；2025年合計產值預估成長14.4%。龍頭廠商去年營收約新台幣2,870億元，員工逾2萬人。"
            "</p>\n</div>\n"
            "<footer>&copy; 2025 工研通訊｜聯絡電話 03-555-7788</footer>\n</body>\n</html>"
        ),
        obs=[
            ("先進封裝", 2023, 1865, "TWD 100 million", "actual"),
            ("先進封裝", 2024, 2540, "TWD 100 million", "actual"),
            ("先進封裝", 2025, 3310, "TWD 100 million", "estimate"),
            ("傳統封裝", 2023, 3020, "TWD 100 million", "actual"),
            ("傳統封裝", 2024, 3105, "TWD 100 million", "actual"),
            ("傳統封裝", 2025, 3150, "TWD 100 million", "estimate"),
            ("合計", 2023, 4885, "TWD 100 million", "actual"),
            ("合計", 2024, 5645, "TWD 100 million", "actual"),
            ("合計", 2025, 6460, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 36.2, "percent", 2023, 2024, 1.0),  # 先進封裝
            ("growth", 14.4, "percent", 2024, 2025, 1.0),  # 合計
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2540/1865-1 = 36.19% -> 36.2
            ("cagr|implied", "exact"),  # 6460/5645-1 = 14.44% -> 14.4
            ("hierarchy", "exact"),  # 2023: 1865+3020 = 4885
            ("hierarchy", "exact"),  # 2024: 2540+3105 = 5645
            ("hierarchy", "exact"),  # 2025: 3310+3150 = 6460
        ],
    ),
    # 19. English data blog with a vertical <table> (rows are years, 2021..2025E): a lone value column headed by its
    #     unit only ("USD million") is Total; a YoY column whose 2024 entry (15.5%) its amounts contradict (true
    #     12.5%); a store count, a quarter's sales, percentage points, comment count, toll-free number nowhere
    dict(
        text=(
            "<html>\n<head>\n<title>US smart home camera sales, 2021-2025 | Hearthline Data Blog</title>\n"
            "<meta property='article:published_time' content='2025-10-05T12:00:00Z'>\n</head>\n<body>\n"
            "<nav><a href='/'>Hearthline</a> <a href='/data'>Data</a> <a href='/about'>About</a></nav>\n"
            "<article>\n<h1>Smart home camera sales: five years in one table</h1>\n"
            "<p>Posted <time datetime='2025-10-05'>Oct 5, 2025</time> by the Hearthline data team &middot; 14 "
            "comments</p>\n"
            "<p>Retail sales of smart home security cameras in the United States, from our point-of-sale panel of "
            "2,300 stores:</p>\n"
            "<table>\n<thead><tr><th>Year</th><th>USD million</th><th>YoY</th></tr></thead>\n<tbody>\n"
            "<tr><td>2021</td><td>2,140</td><td>&ndash;</td></tr>\n"
            "<tr><td>2022</td><td>2,480</td><td>15.9%</td></tr>\n"
            "<tr><td>2023</td><td>2,710</td><td>9.3%</td></tr>\n"
            "<tr><td>2024</td><td>3,050</td><td>15.5%</td></tr>\n"
            "<tr><td>2025E</td><td>3,390</td><td>11.1%</td></tr>\n"
            "</tbody>\n</table>\n"
            "<p>Second-quarter 2025 sales were $812 million. Video-doorbell attach rates rose 6 percentage "
            "points.</p>\n</article>\n"
            "<footer>&copy; 2025 Hearthline &middot; 1-800-555-0110</footer>\n</body>\n</html>"
        ),
        obs=[
            ("Total", 2021, 2140, "USD million", "actual"),
            ("Total", 2022, 2480, "USD million", "actual"),
            ("Total", 2023, 2710, "USD million", "actual"),
            ("Total", 2024, 3050, "USD million", "actual"),
            ("Total", 2025, 3390, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 15.9, "percent", 2021, 2022, 1.0),
            ("growth", 9.3, "percent", 2022, 2023, 1.0),
            ("growth", 15.5, "percent", 2023, 2024, 1.0),
            ("growth", 11.1, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 2480/2140-1 = 15.89% -> 15.9
            ("cagr|implied", "exact"),  # 2710/2480-1 = 9.27% -> 9.3
            # 3050/2710-1 = 12.55%; bounds 3049.5/2710.5-1 = 12.51% .. 3050.5/2709.5-1 = 12.59%: 15.5 far outside
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 3390/3050-1 = 11.15% -> 11.1
        ],
    ),
    # 20. Simplified Chinese industry site: a 2024 structure <table> (单位：亿元) with 市场规模 and 占比 columns and a
    #     合计 row at 100.0% (no claim); two printed shares exact only within rounding (87/200 = 43.5% printed 43.4%,
    #     49/200 = 24.5% printed 24.6%); penetration rate, a leader's liquid-cooling revenue, phone nowhere
    dict(
        text=(
            "<html>\n<head>\n<title>2024年中国液冷数据中心基础设施市场结构 - 算力前沿</title>\n"
            "<meta name='pubdate' content='2025-04-28'>\n</head>\n<body>\n"
            "<nav><a href='/'>首页</a> | <a href='/compute/'>算力</a> | <a href='/idc/'>数据中心</a> | "
            "<a href='/storage/'>储能</a></nav>\n<div class='article'>\n"
            "<h1>冷板式仍是液冷主流路线</h1>\n"
            "<p>2025-04-28 来源：算力前沿 作者：周衡</p>\n"
            "<p>根据鸿钧咨询数据，2024年冷板式液冷仍占据市场最大份额，浸没式增长最快。</p>\n"
            "<table>\n<caption>2024年中国液冷数据中心基础设施市场结构（单位：亿元）</caption>\n"
            "<thead><tr><th>技术路线</th><th>市场规模</th><th>占比</th></tr></thead>\n<tbody>\n"
            "<tr><td>冷板式液冷</td><td>87</td><td>43.4%</td></tr>\n"
            "<tr><td>浸没式液冷</td><td>64</td><td>32.0%</td></tr>\n"
            "<tr><td>喷淋式及其他</td><td>49</td><td>24.6%</td></tr>\n"
            "<tr><td>合计</td><td>200</td><td>100.0%</td></tr>\n"
            "</tbody>\n</table>\n"
            "<p>目前液冷在新建智算中心中的渗透率约为30%；龙头企业英维冷控2024年液冷业务收入为21.5亿元。</p>\n"
            "</div>\n<div class='footer'>&copy; 2025 算力前沿 电话：0755-8555 6677</div>\n</body>\n</html>"
        ),
        obs=[
            ("冷板式液冷", 2024, 87, "CNY 100 million", "actual"),
            ("浸没式液冷", 2024, 64, "CNY 100 million", "actual"),
            ("喷淋式及其他", 2024, 49, "CNY 100 million", "actual"),
            ("合计", 2024, 200, "CNY 100 million", "actual"),
        ],
        claims=[
            ("share", 43.4, "percent", 2024, 2024, None),
            ("share", 32.0, "percent", 2024, 2024, None),
            ("share", 24.6, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 87/200 = 43.50%, not 43.4; bounds 86.5/200.5 = 43.14% .. 87.5/199.5 = 43.86% hold 43.4
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 64/200 = 32.0%
            # 49/200 = 24.50%, not 24.6; bounds 48.5/200.5 = 24.19% .. 49.5/199.5 = 24.81% hold 24.6
            ("arithmetic", "rounding"),
            ("hierarchy", "exact"),  # 87+64+49 = 200
        ],
    ),
    # 21. a Series B deck export: slide title that is a claim ("a $41B market by 2028"), verbless fragment
    #    "2023A: $18.5B → 2028E: $41.0B" and "CAGR 23–28: 17.3%"; a percentage-point bullet, the startup's ARR,
    #    customers, headcount and funding, and slide numbers are expected nowhere
    dict(
        text=(
            "Northwind Robotics | Series B | Confidential | 3 / 22\n"
            "Warehouse automation: a $41B market by 2028\n"
            "• 2023A: $18.5B → 2028E: $41.0B\n"
            "• CAGR 23–28: 17.3%\n"
            "• Goods-to-person systems are the fastest-growing slice, ▲ 4 pts of mix since 2021\n"
            "Source: Halvard Insight, Global Warehouse Automation Tracker (2024 edition)\n"
            "4 / 22 | Traction\n"
            "ARR $14.2M (x2.6 YoY) · 38 enterprise customers · 210 employees · $60M raised to date"
        ),
        obs=[
            ("Total", 2023, 18.5, "USD billion", "actual"),
            ("Total", 2028, 41.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.3, "percent", 2023, 2028, None, "stated"),  # "CAGR 23–28"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (41.0 / 18.5) ** (1/5) - 1 = 17.253% -> 17.3
        ],
    ),
    # 22. a seed deck's market slide "TAM $48B | SAM $9B | SOM $0.6B" dated March 2026 for 2025; SOM is defined as
    #    the company's own revenue goal (nowhere); "1 in 4" survey answer and customer count nowhere
    dict(
        text=(
            "Ledgerline — Seed+ deck, March 2026 — Slide 6 of 18\n"
            "Market opportunity (2025)\n"
            "TAM $48B | SAM $9B | SOM $0.6B\n"
            "TAM: worldwide spend on accounts-payable automation software. SAM: mid-market firms in North America "
            "and the EU. SOM: our own five-year revenue goal.\n"
            "Source: Brightwater Analytics (2025); Ledgerline estimates\n"
            "Speaker notes: We are not claiming the whole $48B. 1 in 4 finance leaders we surveyed said they would "
            "switch vendors within a year, and our pilots already cover 31 customers."
        ),
        obs=[
            ("Total", 2025, 48, "USD billion", "actual"),
            ("SAM", 2025, 9, "USD billion", "actual"),
        ],
        claims=[],
        verdicts=[],
    ),
    # 23. a chart's alt text: title with unit, axis labels, data labels "2021 7.9; ... 2026F 29.5" and a callout
    #    "CAGR 2021–26: 30%"; the page number and the y-axis range are boilerplate
    dict(
        text=(
            "Figure 5 (alt text): Column chart titled 'Edge AI accelerator revenue worldwide, US$ billion'. "
            "X-axis: 2021 to 2026F; y-axis: 0 to 35. Data labels: 2021 7.9; 2022 10.4; 2023 13.6; 2024 17.9; "
            "2025F 23.0; 2026F 29.5. The 2025F and 2026F columns are hatched to mark forecasts. Callout box: "
            "'CAGR 2021–26: 30%'. Source: Qorvane Research, March 2025. Page 9 / 31."
        ),
        obs=[
            ("Total", 2021, 7.9, "USD billion", "actual"),
            ("Total", 2022, 10.4, "USD billion", "actual"),
            ("Total", 2023, 13.6, "USD billion", "actual"),
            ("Total", 2024, 17.9, "USD billion", "actual"),
            ("Total", 2025, 23.0, "USD billion", "estimate"),
            ("Total", 2026, 29.5, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 30, "percent", 2021, 2026, None, "stated"),  # "CAGR 2021–26"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (29.5 / 7.9) ** (1/5) - 1 = 30.148% -> 30
        ],
    ),
    # 24. an investor-day slide and CFO remarks: TAM "$64B (2024) → $120B (2029), ~13% CAGR" (span only from the
    #    amounts' years -> inferred); company revenue, an 8% share target, margin, percentage points, Q4
    #    bookings, headcount, a price target and its upside are expected nowhere
    dict(
        text=(
            "Halcyon Data Investor Day 2025 — slide 14 and speaker remarks\n"
            "Slide 14: 'Our addressable market: $64B (2024) → $120B (2029), ~13% CAGR'\n"
            "CFO remarks: \"We size the total addressable market for data-pipeline and governance software at "
            "$64 billion last year, and we think it gets to $120 billion by 2029. Our own revenue was $2.3 billion "
            "in fiscal 2024, and we're aiming for an 8% share of that TAM. Operating margin came in at 21%, up 3 "
            "percentage points.\"\n"
            "Slide 15: 'Q4 bookings $742M | 1,480 employees'\n"
            "Sell-side note, next morning: price target raised to $145, implying 22% upside."
        ),
        obs=[
            ("Total", 2024, 64, "USD billion", "actual"),
            ("Total", 2029, 120, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 13, "percent", 2024, 2029, None, "inferred"),  # span from the amounts' years only
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (120 / 64) ** (1/5) - 1 = 13.397% -> 13
        ],
    ),
    # 25. an infographic's big-number call-outs: "$62.4B", "▲ 11% YoY" (no 2023 amount, no verdict),
    #    "$23.1B | 37%" for the largest segment (share with part and whole), "5x ... 2024 vs. 2019";
    #    "1 in 4" and a survey's 68% nowhere, "n = 412 utilities" nowhere
    dict(
        text=(
            "GRID SOFTWARE 2025 | infographic, text export (published June 2025)\n"
            "$62.4B\nglobal smart-grid software market, 2024\n"
            "▲ 11% YoY\n"
            "$23.1B | 37%\ndistribution management systems, the largest segment\n"
            "5x\ngrid-edge analytics spend, 2024 vs. 2019\n"
            "1 in 4\nutilities plan to replace their meter-data platform by 2027\n"
            "68%\nof surveyed CIOs rank cybersecurity as their top grid-software priority\n"
            "Source: Tessaly Partners Grid Software Census; n = 412 utilities"
        ),
        obs=[
            ("Total", 2024, 62.4, "USD billion", "actual"),
            ("Distribution management systems", 2024, 23.1, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 11, "percent", 2023, 2024, 1.0),  # "▲ 11% YoY"
            ("share", 37, "percent", 2024, 2024, None),  # DMS share
            ("multiple", 5.0, "multiple", 2019, 2024, 5.0),  # "5x ... 2024 vs. 2019"
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 23.1 / 62.4 = 37.019% -> 37
        ],
    ),
    # 26. three slides in one export: services market "2024: $1.9B | 2030F: $8.6B | CAGR 2024–2030: 32%"
    #    (contradicted by its own amounts), a second market (hardware) named beside it, percentage points,
    #    "a multibillion-dollar opportunity" and a poll's "1 in 3" nowhere
    dict(
        text=(
            "Slide 8 — Quantum computing services will be worth $8.6B by 2030\n"
            "2024: $1.9B | 2030F: $8.6B | CAGR 2024–2030: 32%\n"
            "Slide 9 — Hardware is a separate, lumpier market\n"
            "Quantum hardware, 2024: $1.1B (not included above); services' share of combined quantum spend is up "
            "6 percentage points in two years\n"
            "Slide 10 — Why now\n"
            "A multibillion-dollar opportunity in chemistry and logistics simulation; 1 in 3 pharma R&D heads we "
            "polled are running pilots\n"
            "Speaker notes: the 32% is our base case; keep the 2030 figure on screen, not the bull case.\n"
            "Ardent Capital Markets | Quantum sector teach-in, January 2025 | 8–10 / 26"
        ),
        obs=[
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2030, 8.6, "USD billion", "estimate"),
            ("Quantum hardware", 2024, 1.1, "USD billion", "actual"),
        ],
        claims=[
            ("cagr", 32, "percent", 2024, 2030, None, "stated"),  # "CAGR 2024–2030"
        ],
        verdicts=[
            # (8.6 / 1.9) ** (1/6) - 1 = 28.61%; bounds (8.55/1.95)^(1/6)-1 = 27.93% .. (8.65/1.85)^(1/6)-1
            # = 29.31%; 32 is out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 27. a one-pager in yen with fiscal years: "¥142.0 billion in FY2024 → ¥163.3 billion FY2025e (+15.0% YoY)",
    #    FY2028e target, a segment with its share; a quarter's orders and a pilot headcount nowhere
    dict(
        text=(
            "ONE-PAGER | Japan industrial drone services | Kiyose Research, November 2025\n"
            "Market size: ¥142.0 billion in FY2024 → ¥163.3 billion FY2025e (+15.0% YoY)\n"
            "FY2028e: ¥240 billion, as inspection of bridges and power lines is outsourced\n"
            "Inspection accounts for ¥61.2 billion of FY2024 spend, or 43%\n"
            "Not in scope: consumer drones; Q2 FY2025 drone-service orders of ¥38.5 billion are shown for "
            "reference only\n"
            "Top-3 operators employ roughly 2,300 licensed pilots"
        ),
        obs=[
            ("Total", 2024, 142.0, "JPY billion", "actual"),
            ("Total", 2025, 163.3, "JPY billion", "estimate"),
            ("Total", 2028, 240, "JPY billion", "estimate"),
            ("Inspection", 2024, 61.2, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 15.0, "percent", 2024, 2025, 1.0),
            ("share", 43, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 163.3 / 142.0 - 1 = 15.000% -> 15.0
            ("arithmetic", "exact"),  # 61.2 / 142.0 = 43.099% -> 43
        ],
    ),
    # 28. a board-update Keynote export: "2024: $3.1B → 2030: $12.4B", "CAGR 24–30: 26.2%" (reachable only within
    #    rounding); the startup's ARR, logos, NRR, valuation and round nowhere; a second publisher's 2030 figure
    #    ($15.0B) nowhere
    dict(
        text=(
            "Vantor Twin — Board update, February 2025 (Keynote export) — 14 / 30\n"
            "Industrial digital twins: $12.4B by 2030\n"
            "2024: $3.1B → 2030: $12.4B\n"
            "CAGR 24–30: 26.2%\n"
            "Our numbers: ARR $9.8M, 57 logos, net revenue retention 128%, post-money valuation $310M after the "
            "$45M Series C\n"
            "Speaker notes: the market line is Meridale Consulting's; Paxton Group's 2030 view is higher at $15.0B "
            "but it counts services, so we don't use it."
        ),
        obs=[
            ("Total", 2024, 3.1, "USD billion", "actual"),
            ("Total", 2030, 12.4, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 26.2, "percent", 2024, 2030, None, "stated"),  # "CAGR 24–30"
        ],
        verdicts=[
            # (12.4 / 3.1) ** (1/6) - 1 = 25.99% -> 26.0, not 26.2; bounds (12.35/3.15)^(1/6)-1 = 25.57% ..
            # (12.45/3.05)^(1/6)-1 = 26.42%, which holds 26.2
            ("cagr|implied", "rounding"),
        ],
    ),
    # 29. a Simplified Chinese 路演 slide: 市场空间 title "2027年有望突破300亿元", fragment
    #    "规模（亿元）：2023A 126 / 2024A 152 / 2025E 185 / 2027E 302", 年复合增速 with span; 渗透率, 百分点,
    #    company revenue, customer count and R&D staff share nowhere
    dict(
        text=(
            "星衡智能 · 路演材料 | 第7页 / 共28页 | 仅供内部交流\n"
            "市场空间：中国工业视觉检测市场2027年有望突破300亿元\n"
            "规模（亿元）：2023A 126 / 2024A 152 / 2025E 185 / 2027E 302\n"
            "年复合增速（2023-2027E）：24.4%\n"
            "渗透率：2024年约12%，较2022年提升5个百分点\n"
            "公司2024年营收1.8亿元，服务客户超过260家，研发人员占比61%\n"
            "数据来源：澄观咨询，2025年4月"
        ),
        obs=[
            ("Total", 2023, 126, "CNY 100 million", "actual"),
            ("Total", 2024, 152, "CNY 100 million", "actual"),
            ("Total", 2025, 185, "CNY 100 million", "estimate"),
            ("Total", 2027, 302, "CNY 100 million", "estimate"),  # most precise statement of 2027
        ],
        claims=[
            ("cagr", 24.4, "percent", 2023, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (302 / 126) ** (1/4) - 1 = 24.425% -> 24.4
        ],
    ),
    # 30. a Simplified Chinese 行业汇报 deck: series opens in 亿元 (8,620亿元) and moves to 万亿 (1.1万亿元 ->
    #     11000), "同比增长28.3%" only within rounding of 1.1; a segment's share of the whole; another institute's
    #     1.3万亿元, a project count and 千亿级 nowhere
    dict(
        text=(
            "行业汇报 | 算力服务专题 | 2025年3月\n"
            "第4页：中国算力服务市场规模，2023年8,620亿元，2024年达1.1万亿元，同比增长28.3%。\n"
            "第5页：智算服务是主要增量，2024年规模4,870亿元，占整体的44%。\n"
            "讲者备注：第4页的数据来自某研究院的统计口径；另一家机构给出的2024年数字是1.3万亿元，口径包含了设备销售，"
            "本次汇报不采用。全年新增算力中心项目超过百个，属于千亿级的投资机会。"
        ),
        obs=[
            ("Total", 2023, 8620, "CNY 100 million", "actual"),
            ("Total", 2024, 11000, "CNY 100 million", "actual"),  # 1.1万亿元 in the series' 亿元
            ("智算服务", 2024, 4870, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 28.3, "percent", 2023, 2024, 1.0),
            ("share", 44, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 11000 / 8620 - 1 = 27.61% -> 27.6, not 28.3; bounds 10500/8620.5 - 1 = 21.80% ..
            # 11500/8619.5 - 1 = 33.42%, which holds 28.3
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 4870 / 11000 = 44.27% -> 44
        ],
    ),
    # 31. a Traditional Chinese (Taiwan) slide in 新台幣億元: title "2028年上看新台幣2,150億元", stated 2024–2028
    #     年複合成長率, a segment "約新台幣410億元，占32%"; the company's revenue growth, gross margin and
    #     headcount nowhere
    dict(
        text=(
            "【簡報第12頁】台灣車用半導體：2028年上看新台幣2,150億元\n"
            "2024年市場規模新台幣1,280億元，預估2028年達2,150億元，2024–2028年複合成長率13.8%。\n"
            "其中功率元件2024年約新台幣410億元，占32%。\n"
            "講者備註：本公司車用營收去年成長19%，毛利率42.5%；全公司員工約3,600人。"
            "資料來源：瀚邦產業研究所，2025年5月。"
        ),
        obs=[
            ("Total", 2024, 1280, "TWD 100 million", "actual"),
            ("Total", 2028, 2150, "TWD 100 million", "estimate"),
            ("功率元件", 2024, 410, "TWD 100 million", "actual"),
        ],
        claims=[
            ("cagr", 13.8, "percent", 2024, 2028, None, "stated"),
            ("share", 32, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2150 / 1280) ** (1/4) - 1 = 13.843% -> 13.8
            ("arithmetic", "exact"),  # 410 / 1280 = 32.03% -> 32
        ],
    ),
    # 32. a Traditional Chinese (Hong Kong) slide in 億港元: "2023年：486億港元 ▶ 2026年（預測）：712億港元",
    #     "年均複合增長約13.6%" without a printed span (inferred); a segment share with no amount (no verdict);
    #     a survey's 72%, the company's revenue and a 目標價 nowhere
    dict(
        text=(
            "幻燈片 6／20｜香港金融科技解決方案市場\n"
            "2023年：486億港元 ▶ 2026年（預測）：712億港元\n"
            "年均複合增長約13.6%\n"
            "● 監管科技（RegTech）2023年佔約18%\n"
            "● 受訪銀行中有72%表示會增加相關預算\n"
            "備註：本公司上年度收入為3.2億港元；券商目標價58港元。資料來源：港灣策略顧問，2024年11月"
        ),
        obs=[
            ("Total", 2023, 486, "HKD 100 million", "actual"),
            ("Total", 2026, 712, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 13.6, "percent", 2023, 2026, None, "inferred"),
            ("share", 18, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (712 / 486) ** (1/3) - 1 = 13.575% -> 13.6
        ],
    ),
    # 33. a Traditional Chinese slide whose title rate "年複合成長率達24%" its own amounts contradict
    #     (2022年 95億 -> 2025年（估）168億, inferred span); 滲透率 in words and the company's quarterly growth
    #     nowhere
    dict(
        text=(
            "第3頁　台灣雲端資安服務市場：年複合成長率達24%\n"
            "2022年　新台幣95億元\n"
            "2025年（估）　新台幣168億元\n"
            "● 零信任架構導入率（滲透率）2025年預估僅兩成\n"
            "● 本公司今年第一季營收年增31%\n"
            "資料來源：嶺森資訊顧問；製表日期：2025年8月｜機密"
        ),
        obs=[
            ("Total", 2022, 95, "TWD 100 million", "actual"),
            ("Total", 2025, 168, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 24, "percent", 2022, 2025, None, "inferred"),
        ],
        verdicts=[
            # (168 / 95) ** (1/3) - 1 = 20.93%; bounds (167.5/95.5)^(1/3)-1 = 20.60% ..
            # (168.5/94.5)^(1/3)-1 = 21.26%; 24 is out of reach
            ("cagr|period", "inconsistent"),
        ],
    ),
    # 34. a Simplified Chinese 一图看懂 infographic: "310亿元　市场规模", "▲35%　同比（2023年为229亿元）",
    #     "占比 42%" with the part's amount; 渗透率 and 百分点 nowhere
    dict(
        text=(
            "一图看懂｜2024年中国储能变流器（PCS）市场\n"
            "310亿元　市场规模\n"
            "▲35%　同比（2023年为229亿元）\n"
            "占比 42%　工商业储能PCS，规模130亿元\n"
            "渗透率 18%　构网型PCS在新增装机中的比例\n"
            "头部三家合计份额较上年提升6个百分点\n"
            "数据来源：衡川储能研究，2025年2月"
        ),
        obs=[
            ("Total", 2024, 310, "CNY 100 million", "actual"),
            ("Total", 2023, 229, "CNY 100 million", "actual"),
            ("工商业储能PCS", 2024, 130, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 35, "percent", 2023, 2024, 1.0),
            ("share", 42, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 310 / 229 - 1 = 35.37% -> 35
            ("arithmetic", "exact"),  # 130 / 310 = 41.94% -> 42
        ],
    ),
    # 35. a Simplified Chinese 路演 slide: "由2020年的45亿元增长3倍至2024年的180亿元" (x4 over 4 years), 千亿级,
    #     the company's funding, valuation and passenger count, a survey's 六成 nowhere; speaker notes give 2025E
    #     with 同比增长32%
    dict(
        text=(
            "翼澜科技 路演 — 第9页：中国低空飞行服务市场\n"
            "市场规模由2020年的45亿元增长3倍至2024年的180亿元；预计2030年将迈入千亿级。\n"
            "公司：已完成B轮融资5亿元，投后估值40亿元，累计服务旅客1.2万人次。\n"
            "超过六成受访地方政府表示将在2026年前出台补贴政策。\n"
            "讲者备注：2025年市场规模预计为238亿元，同比增长32%。\n"
            "来源：翼澜研究院（2025年1月）｜第9页 / 共24页"
        ),
        obs=[
            ("Total", 2020, 45, "CNY 100 million", "actual"),
            ("Total", 2024, 180, "CNY 100 million", "actual"),
            ("Total", 2025, 238, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2020, 2024, 4.0),  # 增长3倍 between two printed amounts -> x4
            ("growth", 32, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 238 / 180 - 1 = 32.22% -> 32
        ],
    ),
    # 36. an English pipe table on a slide: segments by year with a Total row and a 2025E column; rows add up
    #     exactly; speaker notes' "Traces grew 32% in 2024"
    dict(
        text=(
            "Slide 11 — Observability spend by data type (US$ million)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| Logs | 4,120 | 4,870 | 5,640 |\n"
            "| Metrics | 2,650 | 3,010 | 3,420 |\n"
            "| Traces | 1,180 | 1,560 | 2,010 |\n"
            "| Total | 7,950 | 9,440 | 11,070 |\n"
            "\n"
            "Source: Corvell Research, March 2025 | 11 / 34\n"
            "Speaker notes: Traces grew 32% in 2024, the fastest of the three."
        ),
        obs=[
            ("Logs", 2023, 4120, "USD million", "actual"),
            ("Logs", 2024, 4870, "USD million", "actual"),
            ("Logs", 2025, 5640, "USD million", "estimate"),
            ("Metrics", 2023, 2650, "USD million", "actual"),
            ("Metrics", 2024, 3010, "USD million", "actual"),
            ("Metrics", 2025, 3420, "USD million", "estimate"),
            ("Traces", 2023, 1180, "USD million", "actual"),
            ("Traces", 2024, 1560, "USD million", "actual"),
            ("Traces", 2025, 2010, "USD million", "estimate"),
            ("Total", 2023, 7950, "USD million", "actual"),
            ("Total", 2024, 9440, "USD million", "actual"),
            ("Total", 2025, 11070, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 32, "percent", 2023, 2024, 1.0),  # Traces
        ],
        verdicts=[
            # 4120+2650+1180 = 7950; 4870+3010+1560 = 9440; 5640+3420+2010 = 11070
            ("hierarchy", "exact"),
            ("cagr|implied", "exact"),  # 1560 / 1180 - 1 = 32.20% -> 32
        ],
    ),
    # 37. a Simplified Chinese tab-separated vertical chart table: rows are years, a lone value column headed
    #     only by its unit (亿元) -> Total, a 同比 column; 2024E and a mid-2024 dateline
    dict(
        text=(
            "图表：中国工业互联网平台市场规模\n"
            "年份\t亿元\t同比\n"
            "2021\t410\t—\n"
            "2022\t498\t21.5%\n"
            "2023\t603\t21.1%\n"
            "2024E\t728\t20.7%\n"
            "注：2024E为预测值。资料来源：启岳智库，2024年6月。第15页"
        ),
        obs=[
            ("Total", 2021, 410, "CNY 100 million", "actual"),
            ("Total", 2022, 498, "CNY 100 million", "actual"),
            ("Total", 2023, 603, "CNY 100 million", "actual"),
            ("Total", 2024, 728, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.5, "percent", 2021, 2022, 1.0),
            ("growth", 21.1, "percent", 2022, 2023, 1.0),
            ("growth", 20.7, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 498 / 410 - 1 = 21.46% -> 21.5
            ("cagr|implied", "exact"),  # 603 / 498 - 1 = 21.08% -> 21.1
            ("cagr|implied", "exact"),  # 728 / 603 - 1 = 20.73% -> 20.7
        ],
    ),
    # 38. an English chart's data labels as space-aligned columns under a title, a legend naming two series
    #     (two markets, neither a Total), and an annotation "Private 5G CAGR 2023–2027: 41%" reachable only
    #     within rounding
    dict(
        text=(
            "Chart 7 — Enterprise private cellular network spending, worldwide (USD billion)\n"
            "Legend: ■ Private 5G  □ Private LTE   (2025–2027 are forecasts)\n"
            "\n"
            "Year    Private 5G    Private LTE\n"
            "2023    2.3           3.4\n"
            "2024    3.3           3.5\n"
            "2025    4.6           3.5\n"
            "2026    6.5           3.4\n"
            "2027    8.9           3.3\n"
            "\n"
            "Annotation: Private 5G CAGR 2023–2027: 41%\n"
            "Source: Stellan Mobile Insights, February 2025 | Slide 7 / 19 | Confidential"
        ),
        obs=[
            ("Private 5G", 2023, 2.3, "USD billion", "actual"),
            ("Private 5G", 2024, 3.3, "USD billion", "actual"),
            ("Private 5G", 2025, 4.6, "USD billion", "estimate"),
            ("Private 5G", 2026, 6.5, "USD billion", "estimate"),
            ("Private 5G", 2027, 8.9, "USD billion", "estimate"),
            ("Private LTE", 2023, 3.4, "USD billion", "actual"),
            ("Private LTE", 2024, 3.5, "USD billion", "actual"),
            ("Private LTE", 2025, 3.5, "USD billion", "estimate"),
            ("Private LTE", 2026, 3.4, "USD billion", "estimate"),
            ("Private LTE", 2027, 3.3, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 41, "percent", 2023, 2027, None, "stated"),
        ],
        verdicts=[
            # (8.9 / 2.3) ** (1/4) - 1 = 40.25% -> 40, not 41; bounds (8.85/2.35)^(1/4)-1 = 39.31% ..
            # (8.95/2.25)^(1/4)-1 = 41.22%, which holds 41
            ("cagr|implied", "rounding"),
        ],
    ),
    # 39. a Traditional Chinese pipe table: segments in 新台幣億元 with a 占比 column and a 合計 row whose
    #     printed 81 the rows (sum 80) reach only within rounding; the 100% total is no claim; a segment's
    #     年增18% with no 2023 amount; the company's 市占率約一成 nowhere
    dict(
        text=(
            "簡報第5頁｜台灣智慧醫療軟體市場結構（2024年，新台幣億元）\n"
            "\n"
            "| 類別 | 產值 | 占比 |\n"
            "|---|---|---|\n"
            "| 遠距照護 | 38 | 47% |\n"
            "| 醫療影像AI | 25 | 31% |\n"
            "| 臨床決策支援 | 17 | 21% |\n"
            "| 合計 | 81 | 100% |\n"
            "\n"
            "講者備註：遠距照護年增18%；本公司市占率約一成。資料來源：禾晏健康研究，2025年7月"
        ),
        obs=[
            ("遠距照護", 2024, 38, "TWD 100 million", "actual"),
            ("醫療影像AI", 2024, 25, "TWD 100 million", "actual"),
            ("臨床決策支援", 2024, 17, "TWD 100 million", "actual"),
            ("合計", 2024, 81, "TWD 100 million", "actual"),
        ],
        claims=[
            ("share", 47, "percent", 2024, 2024, None),
            ("share", 31, "percent", 2024, 2024, None),
            ("share", 21, "percent", 2024, 2024, None),
            ("growth", 18, "percent", 2023, 2024, 1.0),  # 遠距照護, no 2023 amount -> no verdict
        ],
        verdicts=[
            # 38 + 25 + 17 = 80, not 81; with each row at +/-0.5 the sum spans 78.5 .. 81.5, which holds 81
            ("hierarchy", "rounding"),
            ("arithmetic", "exact"),  # 38 / 81 = 46.91% -> 47
            ("arithmetic", "exact"),  # 25 / 81 = 30.86% -> 31
            ("arithmetic", "exact"),  # 17 / 81 = 20.99% -> 21
        ],
    ),
    # 40. a Simplified Chinese 路演 space-aligned table: two markets (rows) over 2023A/2024E/2025E with a
    #     "CAGR(23-25)" column; the company's revenue and its growth nowhere
    dict(
        text=(
            "路演材料 第11页｜智能汽车软件两大赛道市场空间（单位：亿元）\n"
            "\n"
            "赛道        2023A    2024E    2025E    CAGR(23-25)\n"
            "智能座舱    1,250    1,610    2,080    29.0%\n"
            "智能驾驶      820    1,150    1,560    37.9%\n"
            "\n"
            "注：渗透率口径见附录；公司2023年收入3.6亿元，同比增长85%。来源：北辰证券研究所，2024年3月"
        ),
        obs=[
            ("智能座舱", 2023, 1250, "CNY 100 million", "actual"),
            ("智能座舱", 2024, 1610, "CNY 100 million", "estimate"),
            ("智能座舱", 2025, 2080, "CNY 100 million", "estimate"),
            ("智能驾驶", 2023, 820, "CNY 100 million", "actual"),
            ("智能驾驶", 2024, 1150, "CNY 100 million", "estimate"),
            ("智能驾驶", 2025, 1560, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 29.0, "percent", 2023, 2025, None, "stated"),
            ("cagr", 37.9, "percent", 2023, 2025, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2080 / 1250) ** (1/2) - 1 = 29.00% -> 29.0
            ("cagr|implied", "exact"),  # (1560 / 820) ** (1/2) - 1 = 37.93% -> 37.9
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "eighty-seventh check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 5, 'rounding': 9, 'exact': 59}
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 5, 12, 23)  # its HTML rows, whose figures print commas, among them
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'a compound annual growth rate (CAGR) of <b>22.2%</b> from 2024 to 2030',
    'last year, a 50% jump from &#36;2.6 billion in 2023',
    'We size the total addressable market for observability software at <strong>$45 billion</strong>',
    'up 9.4% on 2023&rsquo;s &pound;6.2bn',
    '<strong>&#8364;27.9 billion</strong>',
    'puts the 2024 market at $9.1 billion',
    'about 2.7 times the fiscal 2024 level',
    'or 41.8% of the total',
    '同比增长8.9%，2023年这一数字为2593亿元',
    '力争达到<b>3000亿元</b>，年均增长27.3%',
    '将突破<strong>2.1万亿元</strong>，较2023年增长2.4倍',
    '2024至2027年年複合成長率為18.2%',
    '較2023年的486億港元增長9.6%',
    '較2023年的新台幣420億元減少8.1%',
    '今年市场规模有望达到1600亿元，增长约21%',
    '<th>CAGR 2024&ndash;2030</th>',
    '<th>2025E</th>',
    '<th>USD million</th>',
    '<th>2025(F)</th>',
    '<td>100.0%</td>',
    'Warehouse automation: a $41B market by 2028',
    '2023A: $18.5B → 2028E: $41.0B',
    'CAGR 23–28: 17.3%',
    'TAM $48B | SAM $9B | SOM $0.6B',
    'Data labels: 2021 7.9;',
    '~13% CAGR',
    '▲ 11% YoY',
    '5x\ngrid-edge analytics spend, 2024 vs. 2019',
    '2024: $3.1B → 2030: $12.4B',
    '2023A 126 / 2024A 152 / 2025E 185 / 2027E 302',
    '2024年达1.1万亿元',
    '2024–2028年複合成長率13.8%',
    '486億港元 ▶ 2026年（預測）：712億港元',
    '占比 42%',
    '增长3倍至2024年的180亿元',
    '| Total | 7,950 | 9,440 | 11,070 |',
    '年份\t亿元\t同比',
    'Private 5G CAGR 2023–2027: 41%',
    '| 合計 | 81 | 100% |',
    'CAGR(23-25)',
)
#: the set's blind score (written without reading or running the extractor, and kept unread): 144 figures, 46 rates,
#: 55 verdicts and 3 false inconsistent on the code before the readings chosen on the eighty-sixth set; 154, 48, 58
#: and 3 after them; 154, 49, 58 and 3 after those chosen on the eighty-eighth
FLOORS = {"figures_found": 156, "rates_found": 49, "verdicts_right": 62}
#: the false inconsistent verdicts the set may draw; at most this (held out: left as found)
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset87.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
