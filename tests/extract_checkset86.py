"""An eighty-sixth check set for the extractor, written blind: web pages as their HTML source is saved or copied, in English
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
    # 1. newswire press release of a research firm (English prose): "USD 8.42 billion" 2024 -> "USD 31.70 billion"
    #    by 2030, stated "24.7% from 2024 to 2030"; a region's share with no amount; JSON-LD, report id, headcount
    #    of interviewees, related-report date, footer phone and copyright expected nowhere
    dict(
        text=(
            """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Edge AI Accelerator Market to Reach USD 31.7 Billion by 2030 | Brightmoor Insights</title>
<meta name="description" content="Brightmoor Insights releases its edge AI accelerator market study.">
<meta property="article:published_time" content="2025-03-11T08:30:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Edge AI Accelerator Market","datePublished":"2025-03-11","wordCount":412}</script>
<style>.hero{max-width:1200px;padding:24px 16px}.stat{font-weight:700}</style>
</head>
<body>
<nav class="top"><a href="/">Home</a> | <a href="/reports">Reports</a> | <a href="/press">Press Releases</a> | <a href="/contact">Contact</a></nav>
<article>
<h1>Edge AI Accelerator Market to Reach USD 31.7 Billion by 2030</h1>
<p class="dateline">SAN JOSE, Calif., March 11, 2025 /NewsLink/ &mdash; The global edge AI accelerator market was valued at <strong>USD 8.42 billion</strong> in 2024 and is projected to reach <strong>USD 31.70 billion</strong> by 2030, expanding at a compound annual growth rate (CAGR) of <b>24.7%</b> from 2024 to 2030, according to a new report by Brightmoor Insights.</p>
<h2>Key findings</h2>
<ul>
<li>Asia Pacific held a <span class="stat">41.3%</span> share of revenue in 2024.</li>
<li>Vision inference in smart cameras was the fastest-moving application.</li>
<li>The study draws on interviews with 150 executives across 22 countries.</li>
</ul>
<p>Report ID: BMI-2291-EA &middot; Pages: 184</p>
<aside class="related"><h3>Related reports</h3><ul><li><a href="/r/edge-dc">Edge Data Center Outlook</a> (January 9, 2024)</li></ul></aside>
</article>
<footer><p>&copy; 2025 Brightmoor Insights LLC. Media contact: +1 (408) 555-0142</p></footer>
</body>
</html>"""
        ),
        obs=[
            ("Total", 2024, 8.42, "USD billion", "actual"),
            ("Total", 2030, 31.7, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.7, "percent", 2024, 2030, None, "stated"),
            ("share", 41.3, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (31.70/8.42)**(1/6)-1 = 3.76485**(1/6)-1 = 24.73% -> 24.7
        ],
    ),
    # 2. UK news article (English prose), <time datetime> 2024-11-05: "£12.4bn ... last year" (2023), "up 9% from
    #    £11.3bn in 2022" (only within rounding), "pass £13.5bn this year" (2024 estimate); a quarter's figure,
    #    percentage points, a survey count, a vendor's own revenue and headcount, share/comment counts nowhere
    dict(
        text=(
            """<html>
<head>
<title>UK cyber spending hit &pound;12.4bn last year | The Ledger Post</title>
<meta name="author" content="Fiona Carrick">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX2841KDP"></script>
</head>
<body>
<div id="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<nav><ul><li><a href="/business">Business</a></li><li><a href="/technology">Technology</a></li><li><a href="/markets">Markets</a></li></ul></nav>
<main>
<h1>UK cyber spending hit &pound;12.4bn last year as attacks mount</h1>
<p class="byline">By Fiona Carrick &middot; <time datetime="2024-11-05T06:00:00+00:00">5 November 2024</time></p>
<div class="share-bar">Shares 312 &middot; <a href="#comments">148 comments</a></div>
<p>British organisations spent <strong>&pound;12.4bn</strong> on cybersecurity products and services last year, up 9% from &pound;11.3bn in 2022, according to figures compiled by the consultancy Pelham Ridge.</p>
<p>The firm expects spending to pass &pound;13.5bn this year. In the third quarter alone, buyers committed &pound;3.4bn, much of it on managed detection.</p>
<p>The share of businesses reporting a breach fell by 3 percentage points to 50%, according to Pelham Ridge&rsquo;s survey of 1,412 firms.</p>
<p>Halvard Secure, the Leeds-based vendor that employs 4,500 people, said its own revenue rose 14% to &pound;310m.</p>
</main>
<footer>&copy; 2024 Ledger Post Media Ltd. Newsdesk: 020 7946 0831</footer>
</body>
</html>"""
        ),
        obs=[
            ("Total", 2023, 12.4, "GBP billion", "actual"),
            ("Total", 2022, 11.3, "GBP billion", "actual"),
            ("Total", 2024, 13.5, "GBP billion", "estimate"),
        ],
        claims=[
            ("growth", 9.0, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            # 12.4/11.3-1 = 9.73% -> rounds to 10, not 9; bounds 12.35/11.35-1 = 8.81% .. 12.45/11.25-1 = 10.67%;
            # 8.81% rounds to 9 -> reachable only within rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 3. investor-relations page, prepared remarks of an earnings call (English prose): a TAM "$48 billion in fiscal
    #    2024, growing to $92 billion by fiscal 2027 -- roughly a 24% compound annual rate" (span only from the
    #    amounts' years -> inferred); quarter revenue, full-year revenue, margin, guidance range, headcount nowhere
    dict(
        text=(
            """<!DOCTYPE html>
<html lang="en">
<head>
<title>Corvane Systems Reports Fourth Quarter and Fiscal 2024 Results &ndash; Investor Relations</title>
<meta name="date" content="2025-02-20">
<style>.ir-body p{margin:0 0 14px;line-height:1.6}</style>
</head>
<body>
<nav class="ir-menu"><a href="/ir">Overview</a> <a href="/ir/events">Events &amp; Presentations</a> <a href="/ir/sec">SEC Filings</a> <a href="/ir/stock">Stock Info</a></nav>
<div class="ir-body">
<h1>Q4 Fiscal 2024 Earnings Call &mdash; Prepared Remarks</h1>
<p class="speaker"><b>Dana Whitcombe, Chief Executive Officer</b></p>
<p>Thank you, and good afternoon. Fourth-quarter revenue was &#36;612 million, up 31% year over year, and full-year revenue reached &#36;2.3 billion. Non-GAAP gross margin was 78.4%.</p>
<p>We now size our total addressable market at <strong>&#36;48 billion</strong> in fiscal 2024, growing to <strong>&#36;92 billion</strong> by fiscal 2027&nbsp;&mdash; roughly a 24% compound annual rate.</p>
<p class="speaker"><b>Marcus Obi, Chief Financial Officer</b></p>
<p>For fiscal 2025 we expect revenue of &#36;2.85 billion to &#36;2.90 billion. We ended the year with 3,120 employees.</p>
</div>
<footer><p>&copy; 2025 Corvane Systems, Inc. Investor contact: ir@corvane.example &middot; +1 650 555 0177</p></footer>
</body>
</html>"""
        ),
        obs=[
            ("Total", 2024, 48, "USD billion", "actual"),
            ("Total", 2027, 92, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 24.0, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (92/48)**(1/3)-1 = 1.91667**(1/3)-1 = 24.22% -> 24
        ],
    ),
    # 4. company blog page on Japanese RPA (English prose, yen): "&yen;284 billion in fiscal 2023" ->
    #    "&yen;412 billion in fiscal 2026", "an average annual increase of 13.2%" (inferred span); survey answer,
    #    the company's own bookings, comment count, phone nowhere
    dict(
        text=(
            """<html lang="en">
<head>
<title>Why Japanese back offices keep buying bots | Kiriha Works Blog</title>
<meta name="twitter:card" content="summary_large_image">
</head>
<body>
<header><nav><a href="/">Kiriha Works</a> &middot; <a href="/blog">Blog</a> &middot; <a href="/careers">Careers</a></nav></header>
<article class="post">
<h1>Why Japanese back offices keep buying bots</h1>
<p class="meta">Posted by Aya Morimoto on <time datetime="2024-09-12">September 12, 2024</time> &middot; 6 min read</p>
<p>Estimates from the Tokyo research house Sorano Research put the domestic robotic process automation market at <strong>&yen;284 billion</strong> in fiscal 2023.<br>Sorano expects it to reach &yen;412 billion in fiscal 2026, an average annual increase of 13.2%.</p>
<h2>What our customers tell us</h2>
<p>In a survey of 380 of our customers, 41% said labour shortages were the main reason they automated. Our own bookings grew 27% in the first half.</p>
<div class="comments-count">12 comments</div>
</article>
<footer>&copy; 2024 Kiriha Works, Inc. TEL 03-5555-0199</footer>
</body>
</html>"""
        ),
        obs=[
            ("Total", 2023, 284, "JPY billion", "actual"),
            ("Total", 2026, 412, "JPY billion", "estimate"),
        ],
        claims=[
            ("cagr", 13.2, "percent", 2023, 2026, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (412/284)**(1/3)-1 = 1.45070**(1/3)-1 = 13.20% -> 13.2
        ],
    ),
    # 5. newswire release with <ul> key findings (English prose, euros as &euro; and &#8364;): "€1.36 billion" 2024,
    #    "€4.9 billion by 2030", stated "CAGR of 26.5% over 2024–2030" that its own amounts contradict; a part in
    #    EUR million with its share of the total; "about a quarter", operator count, report code nowhere
    dict(
        text=(
            """<!DOCTYPE html>
<html>
<head>
<title>European EV Charging Software Market Report 2025 &ndash; Valdenmark Analytics</title>
<meta name="pubdate" content="2025-01-21">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageId":77310,"section":"press"});</script>
</head>
<body>
<nav><a href="/">Newsroom</a> | <a href="/releases">All releases</a> | <a href="/subscribe">Subscribe</a></nav>
<div class="release">
<h1>EV charging software spend in Europe set to more than triple by 2030</h1>
<p><em>COPENHAGEN, 21 January 2025</em> &mdash; The European market for EV charging management software was worth <strong>&euro;1.36 billion</strong> in 2024 and is forecast to reach &#8364;4.9 billion by 2030, a CAGR of 26.5% over 2024&ndash;2030, according to Valdenmark Analytics.</p>
<h2>Key findings</h2>
<ul>
<li>Public charging management software generated <b>&euro;780 million</b> in 2024, or 57.4% of the total.</li>
<li>Germany accounts for about a quarter of European spending.</li>
<li>The study covers 1,850 charge-point operators in 31 countries.</li>
</ul>
<p class="small">Report code VR-EV-2291 &middot; Press office +45 33 55 01 90</p>
</div>
<footer>&copy; 2025 Valdenmark Analytics ApS</footer>
</body>
</html>"""
        ),
        obs=[
            ("Total", 2024, 1.36, "EUR billion", "actual"),
            ("Total", 2030, 4.9, "EUR billion", "estimate"),
            # in the series' unit, as the conventions keep one unit a series (mended: written as 780 EUR million)
            ("Public charging management software", 2024, 0.78, "EUR billion", "actual"),
        ],
        claims=[
            ("cagr", 26.5, "percent", 2024, 2030, None, "stated"),
            ("share", 57.4, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # (4.9/1.36)**(1/6)-1 = 3.60294**(1/6)-1 = 23.82%; bounds (4.85/1.365)**(1/6)-1 = 23.53% ..
            # (4.95/1.355)**(1/6)-1 = 24.10%; 26.5 out of reach
            ("cagr|implied", "inconsistent"),
            ("arithmetic", "exact"),  # 780 / 1360 = 57.35% -> 57.4
        ],
    ),
    # 6. regional news site (English prose, US&#36;): "US$6.8 billion this year" (2025 estimate), "up 15% from
    #    US$5.9 billion in 2024"; MW capacity, "a multibillion-dollar opportunity", percentage points, related
    #    articles with their own dates and a comment count nowhere
    dict(
        text=(
            """<html>
<head>
<title>Southeast Asia colocation revenue to hit US$6.8bn &ndash; Straits Tech Daily</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-06-18T09:15:00+08:00">
<style>figure img{width:100%;height:auto}.rel li{font-size:14px}</style>
</head>
<body>
<nav class="menu"><a href="/cloud">Cloud</a> <a href="/datacentres">Data Centres</a> <a href="/deals">Deals</a></nav>
<article>
<h1>Southeast Asia colocation revenue to hit US$6.8bn as AI demand spreads</h1>
<figure><img src="/img/johor-dc.jpg" alt=""><figcaption>A data-centre campus under construction in Johor. Photo: Straits Tech Daily</figcaption></figure>
<p>Colocation revenue in Southeast Asia is set to reach <strong>US&#36;6.8 billion</strong> this year, up 15% from US&#36;5.9 billion in 2024, according to Tanjong Advisory.</p>
<p>Operators have some 1,450 MW of capacity under construction across the region, which Tanjong calls a multibillion-dollar opportunity for landlords.<br>Vacancy in Johor fell 2.1 percentage points to 7.9%.</p>
<section class="rel"><h2>Related articles</h2><ul>
<li><a href="/a/1">Batam data-centre zone draws new bidders</a> &middot; 3 March 2025</li>
<li><a href="/a/2">Power limits slow Jakarta builds</a> &middot; 27 November 2024</li>
</ul></section>
<div class="comments">Comments (23)</div>
</article>
</body>
</html>"""
        ),
        obs=[
            ("Total", 2025, 6.8, "USD billion", "estimate"),
            ("Total", 2024, 5.9, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 15.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6.8/5.9-1 = 15.25% -> 15
        ],
    ),
    # 7. Hong Kong consultancy press page (English prose, HK$): "grew 9.1% to HK$4.86 billion in 2023 from HK$4.45
    #    billion in 2022" (only within rounding), a part "HK$1.38 billion, or 28.4% of the total", a 2028 forecast;
    #    analyst headcount and a survey answer nowhere
    dict(
        text=(
            """<!DOCTYPE html>
<html lang="en-HK">
<head>
<meta charset="utf-8">
<meta name="publish-date" content="2024-04-09">
<title>Press Centre &ndash; Lantau Bridge Research</title>
</head>
<body>
<div class="topbar"><a href="/en">EN</a> | <a href="/tc">繁</a></div>
<nav><a href="/services">Services</a> <a href="/insights">Insights</a> <a href="/press">Press Centre</a></nav>
<section class="press">
<h1>Smart-building technology spending keeps climbing in Hong Kong</h1>
<p><span class="date">9 April 2024</span></p>
<p>Hong Kong&rsquo;s smart-building technology market grew 9.1% to <strong>HK&#36;4.86 billion</strong> in 2023, from HK&#36;4.45 billion in 2022, Lantau Bridge Research said today.</p>
<p>Building energy management systems accounted for HK&#36;1.38 billion, or 28.4% of the total. The firm forecasts that the market will reach HK&#36;7.2 billion by 2028.</p>
<p>Our team of 60 analysts surveyed 210 property managers; 64% of them plan to retrofit sensors within two years.</p>
</section>
<footer><p>Lantau Bridge Research Ltd &middot; Tel +852 2555 0136 &middot; &copy; 2024</p></footer>
</body>
</html>"""
        ),
        obs=[
            ("Total", 2023, 4.86, "HKD billion", "actual"),
            ("Total", 2022, 4.45, "HKD billion", "actual"),
            ("Total", 2028, 7.2, "HKD billion", "estimate"),
            ("Building energy management systems", 2023, 1.38, "HKD billion", "actual"),
        ],
        claims=[
            ("growth", 9.1, "percent", 2022, 2023, 1.0),
            ("share", 28.4, "percent", 2023, 2023, None),
        ],
        verdicts=[
            # 4.86/4.45-1 = 9.21% -> 9.2, not 9.1; bounds 4.855/4.455-1 = 8.98% .. 4.865/4.445-1 = 9.45%;
            # 9.1 inside -> rounding
            ("cagr|implied", "rounding"),
            ("arithmetic", "exact"),  # 1.38 / 4.86 = 28.395% -> 28.4
        ],
    ),
    # 8. research-firm blog (English prose): a decline "shrank 12.5% to $6.3 billion in 2023, from $7.2 billion in
    #    2022", a range "between $9 billion and $11 billion by 2027", "more than threefold its 2023 size by 2030";
    #    holiday-quarter spending, unit shipments and an average selling price nowhere
    dict(
        text=(
            """<html>
<head>
<title>Consumer VR: the reset year | Ostrava Lane Research blog</title>
<meta name="article:published_time" content="2024-05-14">
<script type="text/javascript">var _paq=window._paq||[];_paq.push(["setSiteId","418"]);</script>
</head>
<body>
<nav><a href="/">Home</a> / <a href="/blog">Blog</a> / <a href="/blog/xr">XR</a></nav>
<div class="post-body">
<h1>Consumer VR: the reset year</h1>
<p>Global consumer spending on VR headsets shrank 12.5% to <b>&#36;6.3 billion</b> in 2023, from &#36;7.2 billion in 2022, as buyers waited for lighter devices.</p>
<p>Holiday-quarter spending came to &#36;2.1 billion on shipments of 7.4 million units, at an average selling price of &#36;410.</p>
<h2>Our outlook</h2>
<p>We expect the market to be worth between &#36;9 billion and &#36;11 billion by 2027, and more than threefold its 2023 size by 2030.</p>
</div>
<div class="share">Share this post: <a href="#">LinkedIn</a> <a href="#">X</a></div>
<footer>&copy; 2024 Ostrava Lane Research</footer>
</body>
</html>"""
        ),
        obs=[
            ("Total", 2023, 6.3, "USD billion", "actual"),
            ("Total", 2022, 7.2, "USD billion", "actual"),
        ],
        claims=[
            ("growth", -12.5, "percent", 2022, 2023, 1.0),
            ("value", 9.0, "USD billion", 2027, 2027, None),
            ("value", 11.0, "USD billion", 2027, 2027, None),
            ("multiple", 3.0, "multiple", 2023, 2030, 7.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6.3/7.2-1 = -12.50% -> -12.5
        ],
    ),
    # 9. Simplified Chinese news portal: 2023年1,260亿元, "较2022年的1,062亿元增长18.6%", 2026年"有望突破2,000亿元";
    #    千亿级, platform and device counts, 个百分点, and a second institution's 2023 figure (约1,180亿元) nowhere
    dict(
        text=(
            """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>2023年我国工业互联网平台市场规模达1260亿元_科技频道_华讯网</title>
<meta name="publishdate" content="2024-08-20 10:32:15">
<meta name="keywords" content="工业互联网,平台,市场规模">
</head>
<body>
<div class="nav"><a href="/">首页</a> | <a href="/tech">科技</a> | <a href="/finance">财经</a> | <a href="/industry">产业</a></div>
<div class="article">
<h1>2023年我国工业互联网平台市场规模达1260亿元</h1>
<div class="info">2024-08-20 10:32 &nbsp; 来源：华讯网 &nbsp; 阅读 3.2万</div>
<p>本报北京8月20日电（记者 周明远）记者从华信产业研究院获悉，2023年我国工业互联网平台市场规模达到<strong>1,260亿元</strong>，较2022年的1,062亿元增长18.6%。</p>
<p>研究院预计，到2026年，市场规模有望突破2,000亿元，一个“千亿级”市场正加速成形。</p>
<p>目前全国具有一定影响力的平台超过340家，重点平台连接设备超过9,600万台（套），平台在规上工业企业中的普及率提高2.3个百分点。</p>
<p>另据一家咨询机构测算，2023年该市场规模约为1,180亿元。</p>
</div>
<div class="footer">版权所有 &copy; 2024 华讯网 &nbsp; 京ICP备12045678号 &nbsp; 评论（56）</div>
</body>
</html>"""
        ),
        obs=[
            ("Total", 2023, 1260, "CNY 100 million", "actual"),
            ("Total", 2022, 1062, "CNY 100 million", "actual"),
            ("Total", 2026, 2000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.6, "percent", 2022, 2023, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1260/1062-1 = 18.64% -> 18.6
        ],
    ),
    # 10. Simplified Chinese provincial government page: 2024年6,850亿元 "同比增长21.3%" (no base amount),
    #     2027年"突破1.1万亿元" (series opened in 亿元 -> 11000), "年均增长17%左右" (inferred span); 文号, plan-title
    #     years, firm counts, "营业收入超百亿元企业", phone and site code nowhere
    dict(
        text=(
            """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="PubDate" content="2025-02-10 16:20">
<meta name="ColumnName" content="政策文件">
<title>关于印发《人工智能产业高质量发展行动方案（2025—2027年）》的通知</title>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.example.com/hm.js?8a7c21f0";})();</script>
</head>
<body>
<div class="menu"><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/zcwj">政策文件</a> <a href="/hdjl">互动交流</a></div>
<div class="zw">
<h1>关于印发《人工智能产业高质量发展行动方案（2025—2027年）》的通知</h1>
<p class="wh">工信发〔2025〕12号</p>
<h2>一、发展基础</h2>
<p>2024年，全省人工智能核心产业规模达到<span class="num">6,850亿元</span>，同比增长21.3%，集聚相关企业2,300余家。</p>
<h2>二、主要目标</h2>
<p>到2027年，全省人工智能核心产业规模突破1.1万亿元，年均增长17%左右，培育营业收入超百亿元企业10家以上。</p>
</div>
<div class="foot">主办单位：省工业和信息化厅 &nbsp; 联系电话：0571-87050000 &nbsp; 网站标识码：3300000051 &nbsp; 版权所有 &copy; 2025</div>
</body>
</html>"""
        ),
        obs=[
            ("Total", 2024, 6850, "CNY 100 million", "actual"),
            ("Total", 2027, 11000, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 21.3, "percent", 2023, 2024, 1.0),
            ("cagr", 17.0, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (11000/6850)**(1/3)-1 = 1.60584**(1/3)-1 = 17.10% -> 17
        ],
    ),
    # 11. Simplified Chinese tech-media article: 2023年412.5亿元 "较2020年的103亿元增长3倍" (x4 over 3 years),
    #     2028年1,480亿元, stated "2023—2028年复合增长率为29.1%"; a penetration rate and a listed company's own
    #     revenue in &#65509; nowhere
    dict(
        text=(
            """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<title>液冷数据中心：三年增长3倍之后 - 钛度科技</title>
<meta name="pubtime" content="2024-07-03T08:00:00+08:00">
<style>.content p{text-indent:2em;font-size:16px}</style>
</head>
<body>
<nav><a href="/">首页</a> <a href="/ai">AI</a> <a href="/cloud">云计算</a> <a href="/chips">芯片</a></nav>
<div class="content">
<h1>液冷数据中心：三年增长3倍之后</h1>
<p class="time"><time datetime="2024-07-03">2024年7月3日</time> 作者：林一舟</p>
<p>据研究机构澜川咨询发布的报告，2023年中国液冷数据中心市场规模达到<strong>412.5亿元</strong>，较2020年的103亿元增长3倍。</p>
<p>报告预测，2028年市场规模将达到1,480亿元，2023—2028年复合增长率为29.1%。</p>
<p>液冷在新建智算中心中的渗透率将从2023年的8%提升至2028年的30%以上。某上市服务器厂商去年液冷业务营收为&#65509;9.6亿元。</p>
</div>
<div class="stats">点赞 1,204 &nbsp; 收藏 388</div>
</body>
</html>"""
        ),
        obs=[
            ("Total", 2023, 412.5, "CNY 100 million", "actual"),
            ("Total", 2020, 103, "CNY 100 million", "actual"),
            ("Total", 2028, 1480, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2020, 2023, 3.0),  # 增长3倍 between two printed amounts -> x4
            ("cagr", 29.1, "percent", 2023, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1480/412.5)**(1/5)-1 = 3.58788**(1/5)-1 = 29.11% -> 29.1
        ],
    ),
    # 12. Traditional Chinese (Taiwan) think-tank news page: 2024年新台幣1,850億元 -> 預估2027年2,640億元,
    #     "年複合成長率約12.6%" (inferred span); surveyed-firm count, a survey answer, a company's revenue nowhere
    dict(
        text=(
            """<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<title>智慧製造市場調查發布｜臺灣產業智庫</title>
<meta name="date" content="2025-04-15">
</head>
<body>
<ul class="nav"><li><a href="/">首頁</a></li><li><a href="/news">最新消息</a></li><li><a href="/research">研究報告</a></li></ul>
<div class="news-content">
<h1>智慧製造市場持續擴張　三年後上看2,640億元</h1>
<p class="date">發布日期：2025-04-15</p>
<p>根據臺灣產業智庫最新調查，2024年台灣智慧製造市場規模達新台幣<strong>1,850億元</strong>，預估2027年將成長至2,640億元，年複合成長率約12.6%。</p>
<p>本次調查共訪問486家製造業者，其中62%表示今年將增加自動化投資。</p>
<p>以個別廠商而言，設備大廠宏碩精機2024年營收為新台幣312億元。</p>
</div>
<div class="footer">臺灣產業智庫 &nbsp; 電話：(02)2555-0188 &nbsp; &copy; 2025 版權所有</div>
</body>
</html>"""
        ),
        obs=[
            ("Total", 2024, 1850, "TWD 100 million", "actual"),
            ("Total", 2027, 2640, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 12.6, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2640/1850)**(1/3)-1 = 1.42703**(1/3)-1 = 12.58% -> 12.6
        ],
    ),
    # 13. Traditional Chinese (Hong Kong) news page, 億港元: 去年 (2024) 86.4億港元 "較2023年的77.7億港元按年增長11.3%"
    #     (only within rounding), 今年 (2025) "約96億港元" (estimate); a quarter's figure, 個百分點, survey count and
    #     "七成" nowhere
    dict(
        text=(
            """<!DOCTYPE html>
<html lang="zh-HK">
<head>
<title>本港網絡安全市場去年規模達86.4億 - 港聞財經</title>
<meta property="article:published_time" content="2025-05-08T12:45:00+08:00">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-05-08","interactionCount":"UserComments:41"}</script>
</head>
<body>
<nav><a href="/">主頁</a> <a href="/finance">財經</a> <a href="/tech">科技</a></nav>
<article>
<h1>本港網絡安全市場去年規模達86.4億</h1>
<p>【本報訊】本地研究機構港灣數據研究所今日發表報告指，香港網絡安全市場去年規模達<strong>86.4億港元</strong>，較2023年的77.7億港元按年增長11.3%。</p>
<p>報告預計，今年市場規模將增至約96億港元。<br>今年首季相關開支約23億港元。</p>
<p>受訪的1,020家企業中，有七成表示會增加預算；中小企開支佔比上升3.5個百分點。</p>
</article>
<div class="share">分享 87 &nbsp; 留言 41</div>
</body>
</html>"""
        ),
        obs=[
            ("Total", 2024, 86.4, "HKD 100 million", "actual"),
            ("Total", 2023, 77.7, "HKD 100 million", "actual"),
            ("Total", 2025, 96, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 11.3, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 86.4/77.7-1 = 11.20% -> 11.2, not 11.3; bounds 86.35/77.75-1 = 11.06% .. 86.45/77.65-1 = 11.33%;
            # 11.3 inside -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 14. Traditional Chinese (Taiwan) financial news page: 2023年新台幣920億元 -> 2024年1,068億元 "年增19.5%"
    #     (contradicted by its amounts), 預估2025年1,240億元; a broker's price target and upside and a company's
    #     revenue nowhere
    dict(
        text=(
            """<html>
<head>
<meta charset="utf-8">
<title>公有雲市場去年破千億 業者搶進AI運算｜科技財經網</title>
<meta name="pubdate" content="2025-03-20">
<style>.article-body{font-size:17px;line-height:1.8}</style>
</head>
<body>
<div class="header-menu"><a href="/">首頁</a>｜<a href="/stock">台股</a>｜<a href="/tech">科技</a></div>
<div class="article-body">
<h1>公有雲市場去年破千億　業者搶進AI運算</h1>
<p class="byline">記者陳映潔／台北報導　<time datetime="2025-03-20T07:30:00+08:00">2025/03/20</time></p>
<p>市調機構北辰資訊發布報告指出，2023年台灣公有雲服務市場規模為新台幣920億元，2024年成長至<strong>1,068億元</strong>，年增19.5%；預估2025年將達1,240億元。</p>
<p>法人看好雲端服務商雲嶺科技，給予目標價新台幣1,250元，潛在上漲空間18%。</p>
<p>雲嶺科技去年營收為新台幣86億元。</p>
</div>
<div class="related"><h3>延伸閱讀</h3><ul><li><a href="/n/1">資料中心用電吃緊（2025/02/11）</a></li></ul></div>
</body>
</html>"""
        ),
        obs=[
            ("Total", 2023, 920, "TWD 100 million", "actual"),
            ("Total", 2024, 1068, "TWD 100 million", "actual"),
            ("Total", 2025, 1240, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 19.5, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 1068/920-1 = 16.09%; bounds 1067.5/920.5-1 = 15.97% .. 1068.5/919.5-1 = 16.20%; 19.5 out of reach
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 15. Simplified Chinese industry-portal article: a decline "同比下降3.4%（2022年为824亿元）" to 796亿元, a part
    #     华东地区328亿元 "占全国的41.2%"; "约占两成", unit shipments and a quarter's figure nowhere
    dict(
        text=(
            """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>2023年智能视频监控市场规模796亿元 同比下降 - 安防产业网</title>
<meta name="publish_time" content="2024-03-28">
</head>
<body>
<div class="top-nav"><a href="/">首页</a> · <a href="/news">资讯</a> · <a href="/data">数据</a> · <a href="/expo">展会</a></div>
<div class="detail">
<h1>2023年智能视频监控市场规模796亿元，同比下降</h1>
<p>据行业研究机构鸿远智库统计，2023年全国智能视频监控市场规模为<strong>796亿元</strong>，同比下降3.4%（2022年为824亿元）。</p>
<p>分区域看，华东地区市场规模达328亿元，占全国的41.2%；华南地区约占两成。</p>
<p>全年摄像头出货量约4,850万台，平均单价继续下探。</p>
<p>2024年一季度，市场规模约为171亿元。</p>
</div>
<div class="copyright">Copyright &copy; 2024 安防产业网 &nbsp; 客服热线：400-800-1234</div>
</body>
</html>"""
        ),
        obs=[
            ("Total", 2023, 796, "CNY 100 million", "actual"),
            ("Total", 2022, 824, "CNY 100 million", "actual"),
            ("华东地区", 2023, 328, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", -3.4, "percent", 2022, 2023, 1.0),
            ("share", 41.2, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 796/824-1 = -3.398% -> -3.4
            ("arithmetic", "exact"),  # 328 / 796 = 41.206% -> 41.2
        ],
    ),
    # 16. English research-firm page with a horizontal <table> (caption unit "USD million", columns 2024, 2025E,
    #     2027F and a "CAGR 2024–2027" column, a Total row); one row's CAGR only within rounding; table number,
    #     quarter's figure, survey count and analytics id nowhere
    dict(
        text=(
            """<html lang="en">
<head>
<title>North America CSPM Market Outlook 2025&ndash;2027 | Halden &amp; Rowe Research</title>
<meta name="citation_publication_date" content="2025/05/06">
<script>ga('create','UA-48211903-2','auto');</script>
</head>
<body>
<nav><a href="/research">Research</a> <a href="/outlooks">Outlooks</a> <a href="/about">About</a></nav>
<main>
<h1>Cloud security posture management: the next three years</h1>
<p>North American spending on cloud security posture management (CSPM) keeps outpacing the wider security budget, Halden &amp; Rowe Research says in its latest outlook. First-quarter 2025 spending came in at &#36;551 million.</p>
<table class="data">
<caption>Table 1. North America CSPM market by segment (USD million)</caption>
<thead><tr><th>Segment</th><th>2024</th><th>2025E</th><th>2027F</th><th>CAGR 2024&ndash;2027</th></tr></thead>
<tbody>
<tr><td>Software platforms</td><td>1,284</td><td>1,596</td><td>2,412</td><td>23.4%</td></tr>
<tr><td>Managed services</td><td>412</td><td>538</td><td>901</td><td>29.8%</td></tr>
<tr><td>Professional services</td><td>236</td><td>271</td><td>348</td><td>13.9%</td></tr>
<tr class="total"><td><b>Total</b></td><td><b>1,932</b></td><td><b>2,405</b></td><td><b>3,661</b></td><td><b>23.7%</b></td></tr>
</tbody>
</table>
<p class="note">Source: Halden &amp; Rowe Research survey of 640 security buyers, April 2025. E = estimate, F = forecast.</p>
</main>
<footer>&copy; 2025 Halden &amp; Rowe Research &middot; +1 212 555 0160</footer>
</body>
</html>"""
        ),
        obs=[
            ("Software platforms", 2024, 1284, "USD million", "actual"),
            ("Software platforms", 2025, 1596, "USD million", "estimate"),
            ("Software platforms", 2027, 2412, "USD million", "estimate"),
            ("Managed services", 2024, 412, "USD million", "actual"),
            ("Managed services", 2025, 538, "USD million", "estimate"),
            ("Managed services", 2027, 901, "USD million", "estimate"),
            ("Professional services", 2024, 236, "USD million", "actual"),
            ("Professional services", 2025, 271, "USD million", "estimate"),
            ("Professional services", 2027, 348, "USD million", "estimate"),
            ("Total", 2024, 1932, "USD million", "actual"),
            ("Total", 2025, 2405, "USD million", "estimate"),
            ("Total", 2027, 3661, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 23.4, "percent", 2024, 2027, None, "stated"),
            ("cagr", 29.8, "percent", 2024, 2027, None, "stated"),
            ("cagr", 13.9, "percent", 2024, 2027, None, "stated"),
            ("cagr", 23.7, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # Software: (2412/1284)**(1/3)-1 = 23.39% -> 23.4
            ("cagr|implied", "exact"),  # Managed: (901/412)**(1/3)-1 = 29.80% -> 29.8
            # Professional: (348/236)**(1/3)-1 = 13.82% -> 13.8, not 13.9; bounds (347.5/236.5)**(1/3)-1 = 13.69% ..
            # (348.5/235.5)**(1/3)-1 = 13.96%; 13.9 inside -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # Total: (3661/1932)**(1/3)-1 = 23.75% -> 23.7 (23.746)
            ("hierarchy", "exact"),  # 2024: 1284 + 412 + 236 = 1932
            ("hierarchy", "exact"),  # 2025E: 1596 + 538 + 271 = 2405
            ("hierarchy", "exact"),  # 2027F: 2412 + 901 + 348 = 3661
        ],
    ),
    # 17. Simplified Chinese white-paper news page with a vertical <table> (rows are years, a lone value column
    #     headed "亿元" -> Total, a 同比增长 column; 2024E/2025E estimates); one year's rate only within rounding;
    #     white-paper title year, table number, firm count, headcount and a company's revenue nowhere
    dict(
        text=(
            """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>《2024中国数据标注产业发展白皮书》发布_新闻中心</title>
<meta name="publishdate" content="2024-12-10">
</head>
<body>
<div class="nav"><a href="/">首页</a> <a href="/news">新闻中心</a> <a href="/report">研究报告</a></div>
<div class="main">
<h1>《2024中国数据标注产业发展白皮书》发布</h1>
<p>12月10日，星衡研究院发布《2024中国数据标注产业发展白皮书》。白皮书调研了312家企业，行业从业人员已超过100万人。</p>
<table border="1" class="tb">
<caption>表2&nbsp;中国数据标注服务市场规模及增速</caption>
<thead><tr><th>年份</th><th>亿元</th><th>同比增长</th></tr></thead>
<tbody>
<tr><td>2021</td><td>29.6</td><td>&mdash;</td></tr>
<tr><td>2022</td><td>38.4</td><td>29.7%</td></tr>
<tr><td>2023</td><td>50.1</td><td>30.5%</td></tr>
<tr><td>2024E</td><td>63.8</td><td>27.2%</td></tr>
<tr><td>2025E</td><td>80.2</td><td>25.7%</td></tr>
</tbody>
</table>
<p class="note">注：E为预测值。资料来源：星衡研究院。</p>
<p>头部企业中，某标注平台2023年营收为11.4亿元。</p>
</div>
<div class="foot">&copy; 2024 星衡研究院 &nbsp; 电话：010-6255-0123</div>
</body>
</html>"""
        ),
        obs=[
            ("Total", 2021, 29.6, "CNY 100 million", "actual"),
            ("Total", 2022, 38.4, "CNY 100 million", "actual"),
            ("Total", 2023, 50.1, "CNY 100 million", "actual"),
            ("Total", 2024, 63.8, "CNY 100 million", "estimate"),
            ("Total", 2025, 80.2, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 29.7, "percent", 2021, 2022, 1.0),
            ("growth", 30.5, "percent", 2022, 2023, 1.0),
            ("growth", 27.2, "percent", 2023, 2024, 1.0),
            ("growth", 25.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 38.4/29.6-1 = 29.73% -> 29.7
            ("cagr|implied", "exact"),  # 50.1/38.4-1 = 30.47% -> 30.5
            # 63.8/50.1-1 = 27.35% -> 27.3, not 27.2; bounds 63.75/50.15-1 = 27.12% .. 63.85/50.05-1 = 27.57%;
            # 27.2 inside -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 80.2/63.8-1 = 25.71% -> 25.7
        ],
    ),
    # 18. Traditional Chinese (Taiwan) research-centre page with a one-year <table> by segment (caption
    #     "單位：新臺幣億元", a 占比 column, a 合計 row with 100.0%); each row's share checks against its part and
    #     the total; the 100% total, a survey rate and a vendor count nowhere
    dict(
        text=(
            """<html lang="zh-Hant">
<head>
<meta charset="utf-8">
<title>2024年臺灣資安市場規模統計｜臺灣資安產業研究中心</title>
<meta name="date" content="2025-01-09">
<style>table.stat td{padding:4px 10px;text-align:right}</style>
</head>
<body>
<nav><a href="/">首頁</a>｜<a href="/data">產業數據</a>｜<a href="/events">活動訊息</a></nav>
<div class="content">
<h1>2024年臺灣資安市場規模統計</h1>
<p>本中心彙整約540家資安廠商資料，2024年各領域市場規模如下表。受訪企業中設置資安長的比例為48%。</p>
<table class="stat">
<caption>2024年臺灣資安市場規模（單位：新臺幣億元）</caption>
<thead><tr><th>領域</th><th>市場規模</th><th>占比</th></tr></thead>
<tbody>
<tr><td>網路安全</td><td>182.4</td><td>33.1%</td></tr>
<tr><td>端點安全</td><td>126.0</td><td>22.9%</td></tr>
<tr><td>雲端安全</td><td>98.7</td><td>17.9%</td></tr>
<tr><td>身分與存取管理</td><td>71.5</td><td>13.0%</td></tr>
<tr><td>其他</td><td>72.4</td><td>13.1%</td></tr>
<tr><td><strong>合計</strong></td><td><strong>551.0</strong></td><td><strong>100.0%</strong></td></tr>
</tbody>
</table>
</div>
<div class="footer">臺灣資安產業研究中心　服務專線：(02)2700-5566　&copy; 2025</div>
</body>
</html>"""
        ),
        obs=[
            ("網路安全", 2024, 182.4, "TWD 100 million", "actual"),
            ("端點安全", 2024, 126.0, "TWD 100 million", "actual"),
            ("雲端安全", 2024, 98.7, "TWD 100 million", "actual"),
            ("身分與存取管理", 2024, 71.5, "TWD 100 million", "actual"),
            ("其他", 2024, 72.4, "TWD 100 million", "actual"),
            ("合計", 2024, 551.0, "TWD 100 million", "actual"),
        ],
        claims=[
            ("share", 33.1, "percent", 2024, 2024, None),
            ("share", 22.9, "percent", 2024, 2024, None),
            ("share", 17.9, "percent", 2024, 2024, None),
            ("share", 13.0, "percent", 2024, 2024, None),
            ("share", 13.1, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 182.4 / 551.0 = 33.10% -> 33.1
            ("arithmetic", "exact"),  # 126.0 / 551.0 = 22.87% -> 22.9
            ("arithmetic", "exact"),  # 98.7 / 551.0 = 17.91% -> 17.9
            ("arithmetic", "exact"),  # 71.5 / 551.0 = 12.98% -> 13.0
            ("arithmetic", "exact"),  # 72.4 / 551.0 = 13.14% -> 13.1
            ("hierarchy", "exact"),  # 182.4 + 126.0 + 98.7 + 71.5 + 72.4 = 551.0
        ],
    ),
    # 19. English investor-day page with a TAM <table> (caption "US$ billions", FY2024 / FY2028E columns, a
    #     "CAGR 2024–2028" column, footnote marks in <sup> on labels, a Total row whose FY2028E figure exceeds
    #     its rows' sum by 0.1 -> hierarchy only within rounding); company revenue, share target, margin and
    #     headcount nowhere
    dict(
        text=(
            """<!DOCTYPE html>
<html>
<head>
<title>2025 Investor Day &ndash; Nerida Robotics</title>
<meta name="dcterms.date" content="2025-09-16">
</head>
<body>
<nav class="ir"><a href="/investors">Investors</a> <a href="/investors/events">Events</a> <a href="/investors/governance">Governance</a></nav>
<section>
<h1>2025 Investor Day highlights</h1>
<p>Nerida Robotics reported fiscal 2024 revenue of &#36;412 million and an adjusted EBITDA margin of 18%. The company, which has 1,900 employees, aims to win a 5% share of its addressable market by fiscal 2028.</p>
<table class="tam">
<caption>Total addressable market by segment (US&#36; billions)</caption>
<thead><tr><th>Segment</th><th>FY2024</th><th>FY2028E</th><th>CAGR 2024&ndash;2028</th></tr></thead>
<tbody>
<tr><td>Warehouse automation</td><td>18.2</td><td>34.5</td><td>17.3%</td></tr>
<tr><td>Surgical robotics</td><td>9.6</td><td>17.8</td><td>16.7%</td></tr>
<tr><td>Agricultural robots<sup>1</sup></td><td>3.1</td><td>7.4</td><td>24.3%</td></tr>
<tr><th>Total</th><td>30.9</td><td>59.8</td><td>17.9%</td></tr>
</tbody>
</table>
<p class="fn"><sup>1</sup> Includes autonomous harvesting and crop-monitoring systems. Company estimates.</p>
</section>
<footer>&copy; 2025 Nerida Robotics Corp. &middot; IR hotline +1 617 555 0112</footer>
</body>
</html>"""
        ),
        obs=[
            ("Warehouse automation", 2024, 18.2, "USD billion", "actual"),
            ("Warehouse automation", 2028, 34.5, "USD billion", "estimate"),
            ("Surgical robotics", 2024, 9.6, "USD billion", "actual"),
            ("Surgical robotics", 2028, 17.8, "USD billion", "estimate"),
            ("Agricultural robots", 2024, 3.1, "USD billion", "actual"),
            ("Agricultural robots", 2028, 7.4, "USD billion", "estimate"),
            ("Total", 2024, 30.9, "USD billion", "actual"),
            ("Total", 2028, 59.8, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 17.3, "percent", 2024, 2028, None, "stated"),
            ("cagr", 16.7, "percent", 2024, 2028, None, "stated"),
            ("cagr", 24.3, "percent", 2024, 2028, None, "stated"),
            ("cagr", 17.9, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (34.5/18.2)**(1/4)-1 = 17.34% -> 17.3
            ("cagr|implied", "exact"),  # (17.8/9.6)**(1/4)-1 = 16.69% -> 16.7
            ("cagr|implied", "exact"),  # (7.4/3.1)**(1/4)-1 = 24.30% -> 24.3
            ("cagr|implied", "exact"),  # (59.8/30.9)**(1/4)-1 = 17.95% -> 17.9 (17.947)
            ("hierarchy", "exact"),  # FY2024: 18.2 + 9.6 + 3.1 = 30.9
            # FY2028E: 34.5 + 17.8 + 7.4 = 59.7 vs 59.8; rows' sum reaches 59.55 .. 59.85, total 59.75 .. 59.85 -> overlap
            ("hierarchy", "rounding"),
        ],
    ),
    # 20. Simplified Chinese municipal government page with a district <table> (2023年 / 2024年 columns, a 同比增长
    #     column, a 合计 row, caption "单位：亿元"); one district's rate only within rounding; computing-power
    #     EFLOPS, a centre count, view count and 文号-like ids nowhere
    dict(
        text=(
            """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="PubDate" content="2025-03-14 09:00">
<title>2024年全市算力服务产业发展情况通报</title>
</head>
<body>
<div class="gov-nav"><a href="/">首页</a> &gt; <a href="/sjfb">数据发布</a> &gt; <a href="/tjxx">统计信息</a></div>
<div class="article">
<h1>2024年全市算力服务产业发展情况通报</h1>
<p class="meta">发布时间：2025-03-14 &nbsp; 来源：市数据局 &nbsp; 浏览次数：2,315</p>
<p>2024年，全市算力服务市场保持较快增长，在用算力规模达到12.6 EFLOPS，建成智算中心8个。分区域情况见下表。</p>
<table class="tb">
<caption>全市算力服务市场规模（单位：亿元）</caption>
<thead><tr><th>区域</th><th>2023年</th><th>2024年</th><th>同比增长</th></tr></thead>
<tbody>
<tr><td>滨江新区</td><td>182.6</td><td>214.3</td><td>17.4%</td></tr>
<tr><td>高新区</td><td>96.4</td><td>121.7</td><td>26.2%</td></tr>
<tr><td>临港区</td><td>58.9</td><td>66.2</td><td>12.5%</td></tr>
<tr><td>其他区县</td><td>41.3</td><td>52.8</td><td>27.8%</td></tr>
<tr><td>合计</td><td>379.2</td><td>455.0</td><td>20.0%</td></tr>
</tbody>
</table>
</div>
<div class="foot">主办：市数据局 &nbsp; 联系电话：0532-8591-2000 &nbsp; 政府网站标识码：3702000008</div>
</body>
</html>"""
        ),
        obs=[
            ("滨江新区", 2023, 182.6, "CNY 100 million", "actual"),
            ("滨江新区", 2024, 214.3, "CNY 100 million", "actual"),
            ("高新区", 2023, 96.4, "CNY 100 million", "actual"),
            ("高新区", 2024, 121.7, "CNY 100 million", "actual"),
            ("临港区", 2023, 58.9, "CNY 100 million", "actual"),
            ("临港区", 2024, 66.2, "CNY 100 million", "actual"),
            ("其他区县", 2023, 41.3, "CNY 100 million", "actual"),
            ("其他区县", 2024, 52.8, "CNY 100 million", "actual"),
            ("合计", 2023, 379.2, "CNY 100 million", "actual"),
            ("合计", 2024, 455.0, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 17.4, "percent", 2023, 2024, 1.0),
            ("growth", 26.2, "percent", 2023, 2024, 1.0),
            ("growth", 12.5, "percent", 2023, 2024, 1.0),
            ("growth", 27.8, "percent", 2023, 2024, 1.0),
            ("growth", 20.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 214.3/182.6-1 = 17.36% -> 17.4
            ("cagr|implied", "exact"),  # 121.7/96.4-1 = 26.24% -> 26.2
            # 66.2/58.9-1 = 12.39% -> 12.4, not 12.5; bounds 66.15/58.95-1 = 12.21% .. 66.25/58.85-1 = 12.57%;
            # 12.5 inside -> rounding
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 52.8/41.3-1 = 27.85% -> 27.8 (27.845)
            ("cagr|implied", "exact"),  # 455.0/379.2-1 = 19.99% -> 20.0
            ("hierarchy", "exact"),  # 2023: 182.6 + 96.4 + 58.9 + 41.3 = 379.2
            ("hierarchy", "exact"),  # 2024: 214.3 + 121.7 + 66.2 + 52.8 = 455.0
        ],
    ),
    # 21. English investor-day slide: title claim "$38B market by 2030", arrow fragment "2024: $9.6B -> 2030: $38.0B",
    #    "CAGR 24–30: 26%"; the company's own revenue and its YoY, slide number and "Confidential" nowhere
    dict(
        text=(
            "Northwind Silicon | Investor Day 2025 | 11 June 2025\n"
            "Edge AI accelerators: a $38B market by 2030\n"
            "• 2024: $9.6B → 2030: $38.0B\n"
            "• CAGR 24–30: 26%\n"
            "• Northwind FY2024 revenue: $1.1B (▲ 31% YoY)\n"
            "Source: Halvorsen Insights, May 2025 | Confidential | 7 / 32"
        ),
        obs=[
            ("Total", 2024, 9.6, "USD billion", "actual"),
            ("Total", 2030, 38.0, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 26.0, "percent", 2024, 2030, None, "stated"),  # "CAGR 24–30"
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (38.0 / 9.6) ** (1/6) - 1 = 25.77% -> 26
        ],
    ),
    # 22. English startup pitch deck: "TAM: $21B (2024) → $48B (2028E)", "~23% CAGR" without a printed span;
    #    ARR, customers, NRR, Series A and valuation, "a multibillion-dollar opportunity" nowhere
    dict(
        text=(
            "Lumora Labs — Seed+ deck, February 2025\n"
            "Slide 3 · The opportunity\n"
            "TAM: $21B (2024) → $48B (2028E)\n"
            "~23% CAGR, driven by warehouse-robot retrofits\n"
            "Slide 9 · Traction\n"
            "ARR $4.2M | 130 customers | NRR 138%\n"
            "Raised $22M Series A at a $140M post-money valuation\n"
            "A multibillion-dollar opportunity hiding in plain sight."
        ),
        obs=[
            ("Total", 2024, 21, "USD billion", "actual"),
            ("Total", 2028, 48, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 23.0, "percent", 2024, 2028, None, "inferred"),  # span only from the amounts' years
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (48 / 21) ** (1/4) - 1 = 22.96% -> 23
        ],
    ),
    # 23. English board-update slide with speaker notes: "€1.42bn in 2023 | €1.71bn in 2024", "grew 20.8% in 2024"
    #    exact only within rounding; a quarter's figure, percentage points and a survey answer nowhere
    dict(
        text=(
            "Board update — March 2025\n"
            "Slide 14: Europe's heat-pump controls market\n"
            "€1.42bn in 2023 | €1.71bn in 2024\n"
            "Speaker notes: Remind the room that the market grew 20.8% in 2024 even as installations slowed. "
            "Q4 2024 alone was €520m. Our share of the controls segment rose 3 percentage points. Don't read out "
            "the survey: 64% of installers said they would switch brands for a better app."
        ),
        obs=[
            ("Total", 2023, 1.42, "EUR billion", "actual"),
            ("Total", 2024, 1.71, "EUR billion", "actual"),
        ],
        claims=[
            ("growth", 20.8, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            # 21.71 / 1.42 - 1 = 20.42% -> 20.4, not 20.8; bounds 1.705/1.425 - 1 = 19.65% .. 1.715/1.415 - 1 = 21.20%
            # contain 20.8 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 24. English analyst-briefing deck, several slides each with its own title: "2.5x vs. 2020 ($2.96B)",
    #    "CAGR 2024–2029: 21.4%", a second market named beside the first; vendor count, "roughly half",
    #    points and a quarter nowhere
    dict(
        text=(
            "Vantor Cloud | Analyst briefing | 9 April 2025\n"
            "Slide 4 — Cloud security posture management hit $7.4B in 2024\n"
            "Slide 5 — 2.5x vs. 2020 ($2.96B); ~40 vendors, top five hold roughly half\n"
            "Slide 6 — Outlook: $19.5B by 2029 | CAGR 2024–2029: 21.4%\n"
            "Slide 7 — Adjacent market: cloud workload protection, $5.2B in 2024\n"
            "Speaker notes: stress that Q1 2025 bookings were up 11 points on Q4."
        ),
        obs=[
            ("Total", 2020, 2.96, "USD billion", "actual"),
            ("Total", 2024, 7.4, "USD billion", "actual"),
            ("Total", 2029, 19.5, "USD billion", "estimate"),
            ("Cloud workload protection", 2024, 5.2, "USD billion", "actual"),
        ],
        claims=[
            ("multiple", 2.5, "multiple", 2020, 2024, 4.0),  # 7.4 / 2.96 = 2.5, no verdict
            ("cagr", 21.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (19.5 / 7.4) ** (1/5) - 1 = 21.38% -> 21.4
        ],
    ),
    # 25. English infographic with big-number call-outs: "$1.2T" forecast, "$1.04T" actual, "▲ 15% YoY",
    #    "$744B ... (62%)" share with part and whole; "1 in 4", an app count and the sample size nowhere
    dict(
        text=(
            "THE STATE OF ENTERPRISE SOFTWARE | Corvell Research infographic | January 2025\n"
            "$1.2T — forecast 2025 global enterprise software spend\n"
            "$1.04T — 2024 actual\n"
            "▲ 15% YoY\n"
            "$744B — SaaS portion of 2025 spend (62%)\n"
            "1 in 4 dollars goes to security and identity\n"
            "130 — average SaaS apps per mid-size company\n"
            "Base: n = 1,400 IT buyers"
        ),
        obs=[
            ("Total", 2024, 1.04, "USD trillion", "actual"),
            ("Total", 2025, 1.2, "USD trillion", "estimate"),
            ("SaaS", 2025, 744, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 15.0, "percent", 2024, 2025, 1.0),
            ("share", 62.0, "percent", 2025, 2025, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 1.2 / 1.04 - 1 = 15.38% -> 15
            ("arithmetic", "exact"),  # 744 / 1200 = 62.0% -> 62
        ],
    ),
    # 26. English chart alt text in prose: four data points, "x5.5 vs. 2022" annotation, a stated 2024–2028 CAGR
    #    of 34% that its own figures contradict; the figure number nowhere
    dict(
        text=(
            "Alt text for Figure 3 (report published March 2024): Line chart showing worldwide spending on private "
            "5G networks rising from $2.1 billion in 2022 to $3.0 billion in 2023 and an estimated $4.0 billion in "
            "2024, with a dotted forecast line reaching $11.5 billion in 2028. An annotation at the 2028 point reads "
            "'x5.5 vs. 2022'. A call-out box cites a 2024–2028 CAGR of 34%."
        ),
        obs=[
            ("Total", 2022, 2.1, "USD billion", "actual"),
            ("Total", 2023, 3.0, "USD billion", "actual"),
            ("Total", 2024, 4.0, "USD billion", "estimate"),
            ("Total", 2028, 11.5, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 5.5, "multiple", 2022, 2028, 6.0),  # 11.5 / 2.1 = 5.48, no verdict
            ("cagr", 34.0, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (11.5 / 4.0) ** (1/4) - 1 = 30.21%; bounds (11.45/4.05) -> 29.67% .. (11.55/3.95) -> 30.77%;
            # none reaches 34 -> inconsistent
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 27. English earnings-call deck: the company's TAM is the market (FY2025 -> 2025, dateline year -> estimate),
    #    "~16% a year" with no printed span; revenue guidance range, price target and upside nowhere
    dict(
        text=(
            "Telvia Systems — Q2 FY2025 earnings presentation, August 2025\n"
            "Slide 18: Our TAM keeps expanding\n"
            "Observability & AIOps TAM: $62B in FY2025, expanding to $96B by FY2028\n"
            "Implied growth of ~16% a year\n"
            "Telvia FY2025 revenue guide: $2.35–2.40B; 4,900 employees\n"
            "Brightwater Securities: PT $188, 24% upside"
        ),
        obs=[
            ("Total", 2025, 62, "USD billion", "estimate"),
            ("Total", 2028, 96, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 16.0, "percent", 2025, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (96 / 62) ** (1/3) - 1 = 15.69% -> 16
        ],
    ),
    # 28. English infographic "at a glance": call-outs "$4.8B — 2023 market", "+31% — expected growth this year",
    #    a segment's "$2.9B, 62% of 2023" exact only within rounding; "1 in 4", a penetration rate and a survey
    #    answer nowhere
    dict(
        text=(
            "DATA-CENTRE LIQUID COOLING AT A GLANCE | infographic, September 2024\n"
            "$4.8B — 2023 market\n"
            "$6.3B — 2024 forecast\n"
            "+31% — expected growth this year\n"
            "Direct-to-chip: $2.9B, 62% of 2023\n"
            "1 in 4 new AI racks shipped with immersion tanks\n"
            "Liquid-cooling penetration in new builds: 22%\n"
            "Operators planning adoption by 2026: 71% (survey)"
        ),
        obs=[
            ("Total", 2023, 4.8, "USD billion", "actual"),
            ("Total", 2024, 6.3, "USD billion", "estimate"),
            ("Direct-to-chip", 2023, 2.9, "USD billion", "actual"),
        ],
        claims=[
            ("growth", 31.0, "percent", 2023, 2024, 1.0),
            ("share", 62.0, "percent", 2023, 2023, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6.3 / 4.8 - 1 = 31.25% -> 31
            # 22.9 / 4.8 = 60.42% -> 60, not 62; bounds 2.85/4.85 = 58.76% .. 2.95/4.75 = 62.11% contain 62 -> rounding
            ("arithmetic", "rounding"),
        ],
    ),
    # 29. Simplified Chinese 路演 deck: "2023A 386 / 2024E 497 / 2025E 641（亿元）", 年复合增速约29% (span from the
    #    A/E years only); company revenue, customers, funding round and valuation nowhere
    dict(
        text=(
            "星衡智能 · B轮路演材料 | 2024年11月\n"
            "第5页 市场空间\n"
            "中国工业AI质检市场规模：2023A 386 / 2024E 497 / 2025E 641（亿元）\n"
            "年复合增速约29%\n"
            "第11页 公司概况\n"
            "2023年营收1.8亿元，服务客户320家；本轮融资3亿元，投后估值25亿元"
        ),
        obs=[
            ("Total", 2023, 386, "CNY 100 million", "actual"),
            ("Total", 2024, 497, "CNY 100 million", "estimate"),
            ("Total", 2025, 641, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 29.0, "percent", 2023, 2025, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (641 / 386) ** (1/2) - 1 = 28.87% -> 29
        ],
    ),
    # 30. Simplified Chinese 行业汇报: 同比增长43% between two printed years, 2024—2027年年复合增速约34% stated;
    #     千亿级, 渗透率 and 个百分点 nowhere
    dict(
        text=(
            "储能温控行业汇报（2025年3月）\n"
            "一、市场空间：千亿级赛道的关键一环\n"
            "2024年中国储能温控市场规模达到86亿元，同比增长43%，2023年为60亿元。"
            "预计2027年将达到约205亿元，2024—2027年年复合增速约34%。"
            "液冷渗透率由2023年的25%提升至2024年的40%，提升15个百分点。"
        ),
        obs=[
            ("Total", 2023, 60, "CNY 100 million", "actual"),
            ("Total", 2024, 86, "CNY 100 million", "actual"),
            ("Total", 2027, 205, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 43.0, "percent", 2023, 2024, 1.0),
            ("cagr", 34.0, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 86 / 60 - 1 = 43.33% -> 43
            ("cagr|implied", "exact"),  # (205 / 86) ** (1/3) - 1 = 33.58% -> 34
        ],
    ),
    # 31. Simplified Chinese research slide whose title opens the series in 万亿元: later 亿元 figures expected
    #     converted to CNY trillion; "同比+32%", "增长约1.3倍" between two printed amounts = x2.3; slide number nowhere
    dict(
        text=(
            "算力基础设施专题 · 第12页 / 共40页\n"
            "标题：智能算力投资2026年有望达到1.1万亿元\n"
            "要点：\n"
            "▲ 2023年：4,700亿元\n"
            "▲ 2024年：6,200亿元，同比+32%\n"
            "▲ 2026E：1.1万亿元，较2023年增长约1.3倍\n"
            "数据来源：启衡研究院，2025年1月"
        ),
        obs=[
            ("Total", 2023, 0.47, "CNY trillion", "actual"),
            ("Total", 2024, 0.62, "CNY trillion", "actual"),
            ("Total", 2026, 1.1, "CNY trillion", "estimate"),
        ],
        claims=[
            ("growth", 32.0, "percent", 2023, 2024, 1.0),
            ("multiple", 2.3, "multiple", 2023, 2026, 3.0),  # 增长约1.3倍 with both amounts printed -> 1.3 + 1
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 6200 / 4700 - 1 = 31.91% -> 32
        ],
    ),
    # 32. Traditional Chinese slide export in 新台幣億元: 年增40% exact, a 2025 forecast's 年增35% contradicted by
    #     its own figures; the company's revenue and headcount nowhere
    dict(
        text=(
            "【簡報匯出】台灣伺服器散熱模組市場｜第8頁\n"
            "2023年：新台幣420億元\n"
            "2024年：新台幣590億元（年增40%）\n"
            "2025年預估：新台幣760億元（年增35%）\n"
            "本公司2024年營收新台幣38億元，員工1,200人\n"
            "資料來源：鼎峰產業研究，2025年2月"
        ),
        obs=[
            ("Total", 2023, 420, "TWD 100 million", "actual"),
            ("Total", 2024, 590, "TWD 100 million", "actual"),
            ("Total", 2025, 760, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 40.0, "percent", 2023, 2024, 1.0),
            ("growth", 35.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 590 / 420 - 1 = 40.48% -> 40
            # 760 / 590 - 1 = 28.81%; bounds 759.5/590.5 - 1 = 28.62% .. 760.5/589.5 - 1 = 29.01%; 35 unreachable
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 33. Traditional Chinese Hong Kong 路演簡報 in 億港元: title "三年翻倍" (x2 over 2021-2024), 年複合成長率約28%
    #     with no printed span; "約三成" share in words, company revenue in 萬港元 and a quarter's client count nowhere
    dict(
        text=(
            "香港金融科技路演簡報（2024年10月）\n"
            "投影片標題：虛擬銀行科技支出，三年翻倍\n"
            "• 2021年：52億港元\n"
            "• 2024年預估：108億港元\n"
            "• 年複合成長率約28%\n"
            "• 佔亞太區虛擬銀行科技支出約三成\n"
            "備註：本公司今年上半年收入4,860萬港元；第三季新簽客戶15家。"
        ),
        obs=[
            ("Total", 2021, 52, "HKD 100 million", "actual"),
            ("Total", 2024, 108, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 2.0, "multiple", 2021, 2024, 3.0),  # 翻倍; 108 / 52 = 2.08, no verdict
            ("cagr", 28.0, "percent", 2021, 2024, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (108 / 52) ** (1/3) - 1 = 27.59% -> 28
        ],
    ),
    # 34. Traditional Chinese 產業簡報, two slides and speaker notes: 增長3倍 between 18 and 72 (= x4), a part
    #     "直流快充47億元，占比65%"; the company's shipments growth and a price target nowhere
    dict(
        text=(
            "【產業簡報】台灣電動車充電樁市場｜2025年5月\n"
            "第3頁　規模（新台幣億元）\n"
            "・2020年市場規模僅新台幣18億元，2024年已達72億元，增長3倍\n"
            "・其中直流快充47億元，占比65%\n"
            "第4頁　展望\n"
            "・預計2027年達到130億元\n"
            "講者備註：本公司今年上半年出貨量年增52%；外資目標價新台幣215元。"
        ),
        obs=[
            ("Total", 2020, 18, "TWD 100 million", "actual"),
            ("Total", 2024, 72, "TWD 100 million", "actual"),
            ("Total", 2027, 130, "TWD 100 million", "estimate"),
            ("直流快充", 2024, 47, "TWD 100 million", "actual"),
        ],
        claims=[
            ("multiple", 4.0, "multiple", 2020, 2024, 4.0),  # 增長3倍 with both amounts printed -> 3 + 1; 72/18 = 4
            ("share", 65.0, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 47 / 72 = 65.28% -> 65
        ],
    ),
    # 35. Simplified Chinese 专题汇报: 同比增长约62% exact only within rounding, a 2030 range 120亿至150亿元 as two
    #     value claims; counts of firms and a unit price nowhere
    dict(
        text=(
            "低空经济专题汇报｜2025年6月\n"
            "核心观点：2024年中国eVTOL整机市场规模为9.8亿元，同比增长约62%（2023年为6.1亿元）。"
            "预计2030年市场规模在120亿至150亿元之间。"
            "目前已有超过40家企业提交适航申请，头部机型单机售价约600万元。"
        ),
        obs=[
            ("Total", 2023, 6.1, "CNY 100 million", "actual"),
            ("Total", 2024, 9.8, "CNY 100 million", "actual"),
        ],
        claims=[
            ("growth", 62.0, "percent", 2023, 2024, 1.0),
            ("value", 120, "CNY 100 million", 2030, 2030, None),
            ("value", 150, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[
            # 29.8 / 6.1 - 1 = 60.66% -> 61, not 62; bounds 9.75/6.15 - 1 = 58.54% .. 9.85/6.05 - 1 = 62.81%
            # contain 62 -> rounding
            ("cagr|implied", "rounding"),
        ],
    ),
    # 36. English pipe table, regions by year with a 2025E column and a Total row that adds exactly; a
    #     "▲ 16% YoY" bullet below; slide number and deck date nowhere
    dict(
        text=(
            "Slide 21 — Industrial IoT platforms by region (USD million)\n"
            "| Region | 2023 | 2024 | 2025E |\n"
            "|---|---|---|---|\n"
            "| North America | 1,840 | 2,110 | 2,420 |\n"
            "| Europe | 1,260 | 1,430 | 1,630 |\n"
            "| Asia-Pacific | 1,520 | 1,810 | 2,170 |\n"
            "| Rest of world | 380 | 450 | 530 |\n"
            "| Total | 5,000 | 5,800 | 6,750 |\n"
            "Total 2024: ▲ 16% YoY\n"
            "Source: Kestrel Analytics; deck dated February 2025 · 21 / 36"
        ),
        obs=[
            ("North America", 2023, 1840, "USD million", "actual"),
            ("North America", 2024, 2110, "USD million", "actual"),
            ("North America", 2025, 2420, "USD million", "estimate"),
            ("Europe", 2023, 1260, "USD million", "actual"),
            ("Europe", 2024, 1430, "USD million", "actual"),
            ("Europe", 2025, 1630, "USD million", "estimate"),
            ("Asia-Pacific", 2023, 1520, "USD million", "actual"),
            ("Asia-Pacific", 2024, 1810, "USD million", "actual"),
            ("Asia-Pacific", 2025, 2170, "USD million", "estimate"),
            ("Rest of world", 2023, 380, "USD million", "actual"),
            ("Rest of world", 2024, 450, "USD million", "actual"),
            ("Rest of world", 2025, 530, "USD million", "estimate"),
            ("Total", 2023, 5000, "USD million", "actual"),
            ("Total", 2024, 5800, "USD million", "actual"),
            ("Total", 2025, 6750, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 16.0, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 1840 + 1260 + 1520 + 380 = 5000
            ("hierarchy", "exact"),  # 2024: 2110 + 1430 + 1810 + 450 = 5800
            ("hierarchy", "exact"),  # 2025E: 2420 + 1630 + 2170 + 530 = 6750
            ("cagr|implied", "exact"),  # 5800 / 5000 - 1 = 16.0%
        ],
    ),
    # 37. Simplified Chinese tab-separated table (亿元) with a 合计 row: two years add exactly, 2024 only within
    #     rounding; a stated 2022—2024 CAGR below; the page number and note nowhere
    dict(
        text=(
            "第9页  中国工业软件细分市场规模（亿元）\n"
            "细分\t2022\t2023\t2024\n"
            "研发设计类\t312.4\t358.6\t409.1\n"
            "生产控制类\t521.7\t590.3\t668.8\n"
            "经营管理类\t684.2\t742.5\t801.9\n"
            "合计\t1518.3\t1691.4\t1879.9\n"
            "2022—2024年年复合增速11.3%\n"
            "注：合计因四舍五入可能与分项之和存在差异。数据来源：赛川咨询，2025年4月"
        ),
        obs=[
            ("研发设计类", 2022, 312.4, "CNY 100 million", "actual"),
            ("研发设计类", 2023, 358.6, "CNY 100 million", "actual"),
            ("研发设计类", 2024, 409.1, "CNY 100 million", "actual"),
            ("生产控制类", 2022, 521.7, "CNY 100 million", "actual"),
            ("生产控制类", 2023, 590.3, "CNY 100 million", "actual"),
            ("生产控制类", 2024, 668.8, "CNY 100 million", "actual"),
            ("经营管理类", 2022, 684.2, "CNY 100 million", "actual"),
            ("经营管理类", 2023, 742.5, "CNY 100 million", "actual"),
            ("经营管理类", 2024, 801.9, "CNY 100 million", "actual"),
            ("合计", 2022, 1518.3, "CNY 100 million", "actual"),
            ("合计", 2023, 1691.4, "CNY 100 million", "actual"),
            ("合计", 2024, 1879.9, "CNY 100 million", "actual"),
        ],
        claims=[
            ("cagr", 11.3, "percent", 2022, 2024, None, "stated"),
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2022: 312.4 + 521.7 + 684.2 = 1518.3
            ("hierarchy", "exact"),  # 2023: 358.6 + 590.3 + 742.5 = 1691.4
            # 2024: 409.1 + 668.8 + 801.9 = 1879.8, not 1879.9; bounds 1879.65 .. 1879.95 contain 1879.9 -> rounding
            ("hierarchy", "rounding"),
            ("cagr|implied", "exact"),  # (1879.9 / 1518.3) ** (1/2) - 1 = 11.27% -> 11.3
        ],
    ),
    # 38. English chart data labels as a space-aligned vertical table: a lone value column headed by its unit
    #     (Total) and a YoY column, one YoY contradicted by its figures; slide number and "Confidential" nowhere
    dict(
        text=(
            "Chart 6 — Satellite broadband service revenue, worldwide\n"
            "(data labels exported from slide 15 of 28)\n"
            "\n"
            "Year     US$ bn    YoY\n"
            "2021       8.6      —\n"
            "2022      10.4     21%\n"
            "2023      12.9     24%\n"
            "2024      15.1     19%\n"
            "2025F     18.7     24%\n"
            "\n"
            "Source: Orbitra Research, January 2025. Confidential."
        ),
        obs=[
            ("Total", 2021, 8.6, "USD billion", "actual"),
            ("Total", 2022, 10.4, "USD billion", "actual"),
            ("Total", 2023, 12.9, "USD billion", "actual"),
            ("Total", 2024, 15.1, "USD billion", "actual"),
            ("Total", 2025, 18.7, "USD billion", "estimate"),
        ],
        claims=[
            ("growth", 21.0, "percent", 2021, 2022, 1.0),
            ("growth", 24.0, "percent", 2022, 2023, 1.0),
            ("growth", 19.0, "percent", 2023, 2024, 1.0),
            ("growth", 24.0, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 10.4 / 8.6 - 1 = 20.93% -> 21
            ("cagr|implied", "exact"),  # 12.9 / 10.4 - 1 = 24.04% -> 24
            # 35.1 / 12.9 - 1 = 17.05%; bounds 15.05/12.95 - 1 = 16.22% .. 15.15/12.85 - 1 = 17.90%; 19 unreachable
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 18.7 / 15.1 - 1 = 23.84% -> 24
        ],
    ),
    # 39. Traditional Chinese pipe table in 新台幣億元 with E columns and a row of shares of the server market,
    #     bullets "2024年年增84%" and "2023–2026年複合成長率約47%"; the confidentiality line nowhere
    dict(
        text=(
            "第6頁｜台灣AI伺服器市場規模（新台幣億元）\n"
            "| 項目 | 2023 | 2024 | 2025E | 2026E |\n"
            "|---|---|---|---|---|\n"
            "| AI伺服器 | 3,200 | 5,900 | 8,400 | 10,100 |\n"
            "| 占伺服器市場比重 | 38% | 52% | 61% | 66% |\n"
            "重點：2024年年增84%；2023–2026年複合成長率約47%\n"
            "資料來源：晨曜研究，2025年3月。本頁為機密資料，請勿外流。"
        ),
        obs=[
            ("AI伺服器", 2023, 3200, "TWD 100 million", "actual"),
            ("AI伺服器", 2024, 5900, "TWD 100 million", "actual"),
            ("AI伺服器", 2025, 8400, "TWD 100 million", "estimate"),
            ("AI伺服器", 2026, 10100, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("share", 38.0, "percent", 2023, 2023, None),
            ("share", 52.0, "percent", 2024, 2024, None),
            ("share", 61.0, "percent", 2025, 2025, None),
            ("share", 66.0, "percent", 2026, 2026, None),
            ("growth", 84.0, "percent", 2023, 2024, 1.0),
            ("cagr", 47.0, "percent", 2023, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5900 / 3200 - 1 = 84.38% -> 84
            ("cagr|implied", "exact"),  # (10100 / 3200) ** (1/3) - 1 = 46.69% -> 47
        ],
    ),
    # 40. English tab-separated one-pager: segments with a Total row and a "Share 2024E" column (100% total no
    #     claim), key stats "▲ 18.5% YoY | x3.2 vs. 2019"; a survey's "1 in 3" nowhere
    dict(
        text=(
            "OT cybersecurity — market snapshot (one-pager, October 2024)\n"
            "Segment\t2023 ($M)\t2024E ($M)\tShare 2024E\n"
            "Network monitoring\t1,120\t1,330\t41%\n"
            "Endpoint & asset protection\t760\t890\t27%\n"
            "Identity & access\t540\t650\t20%\n"
            "Services\t330\t390\t12%\n"
            "Total\t2,750\t3,260\t100%\n"
            "Key stats, 2024E: ▲ 18.5% YoY | x3.2 vs. 2019 | 1 in 3 plants breached last year (survey)"
        ),
        obs=[
            ("Network monitoring", 2023, 1120, "USD million", "actual"),
            ("Network monitoring", 2024, 1330, "USD million", "estimate"),
            ("Endpoint & asset protection", 2023, 760, "USD million", "actual"),
            ("Endpoint & asset protection", 2024, 890, "USD million", "estimate"),
            ("Identity & access", 2023, 540, "USD million", "actual"),
            ("Identity & access", 2024, 650, "USD million", "estimate"),
            ("Services", 2023, 330, "USD million", "actual"),
            ("Services", 2024, 390, "USD million", "estimate"),
            ("Total", 2023, 2750, "USD million", "actual"),
            ("Total", 2024, 3260, "USD million", "estimate"),
        ],
        claims=[
            ("share", 41.0, "percent", 2024, 2024, None),
            ("share", 27.0, "percent", 2024, 2024, None),
            ("share", 20.0, "percent", 2024, 2024, None),
            ("share", 12.0, "percent", 2024, 2024, None),
            ("growth", 18.5, "percent", 2023, 2024, 1.0),
            ("multiple", 3.2, "multiple", 2019, 2024, 5.0),  # one amount printed, no verdict
        ],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 1120 + 760 + 540 + 330 = 2750
            ("hierarchy", "exact"),  # 2024E: 1330 + 890 + 650 + 390 = 3260
            ("arithmetic", "exact"),  # 1330 / 3260 = 40.80% -> 41
            ("arithmetic", "exact"),  # 890 / 3260 = 27.30% -> 27
            ("arithmetic", "exact"),  # 650 / 3260 = 19.94% -> 20
            ("arithmetic", "exact"),  # 390 / 3260 = 11.96% -> 12
            ("cagr|implied", "exact"),  # 3260 / 2750 - 1 = 18.545% -> 18.5
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "eighty-sixth check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 8, 'inconsistent': 5, 'rounding': 11, 'exact': 72}
#: snippets in all, English prose, Chinese prose and tables
LAYOUT = (40, 5, 14, 21)
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'expanding at a compound annual growth rate (CAGR) of <b>24.7%</b> from 2024 to 2030',
    'last year, up 9% from &pound;11.3bn in 2022',
    'growing to <strong>&#36;92 billion</strong> by fiscal 2027&nbsp;&mdash; roughly a 24% compound annual rate',
    'an average annual increase of 13.2%',
    'a CAGR of 26.5% over 2024&ndash;2030',
    'this year, up 15% from US&#36;5.9 billion in 2024',
    'grew 9.1% to <strong>HK&#36;4.86 billion</strong> in 2023',
    'between &#36;9 billion and &#36;11 billion by 2027',
    'more than threefold its 2023 size by 2030',
    '较2022年的1,062亿元增长18.6%',
    '突破1.1万亿元，年均增长17%左右',
    '较2020年的103亿元增长3倍',
    '年複合成長率約12.6%',
    '去年規模達<strong>86.4億港元</strong>',
    '年增19.5%；預估2025年將達1,240億元',
    '同比下降3.4%（2022年为824亿元）',
    '<th>CAGR 2024&ndash;2027</th>',
    '<thead><tr><th>年份</th><th>亿元</th><th>同比增长</th></tr></thead>',
    '<caption>2024年臺灣資安市場規模（單位：新臺幣億元）</caption>',
    '<tr><th>Total</th><td>30.9</td><td>59.8</td><td>17.9%</td></tr>',
    'a $38B market by 2030',
    '2024: $9.6B → 2030: $38.0B',
    'CAGR 24–30: 26%',
    'TAM: $21B (2024) → $48B (2028E)',
    'Speaker notes:',
    '2.5x vs. 2020 ($2.96B)',
    '$1.2T — forecast 2025',
    "'x5.5 vs. 2022'",
    '+31% — expected growth this year',
    '2023A 386 / 2024E 497 / 2025E 641（亿元）',
    '千亿级赛道',
    '有望达到1.1万亿元',
    '新台幣590億元（年增40%）',
    '三年翻倍',
    '增長3倍',
    '在120亿至150亿元之间',
    '| Total | 5,000 | 5,800 | 6,750 |',
    '合计\t1518.3\t1691.4\t1879.9',
    'Year     US$ bn    YoY',
    '▲ 18.5% YoY | x3.2 vs. 2019',
)
#: the set's blind score (written without reading or running the extractor): 165 figures, 55 rates, 76 verdicts and 1
#: false inconsistent on the code before the readings chosen on it; one part's expectation mended to the series' unit
FLOORS = {"figures_found": 186, "rates_found": 61, "verdicts_right": 84}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 0


if __name__ == "__main__":  # python tests/extract_checkset86.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
