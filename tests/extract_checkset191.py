"""A hundred-and-ninety-first check set for the extractor, written blind: AI in publishing, newspapers and books: AI
tools for newsrooms (transcription, summarisation, translation, archive search), AI in book publishing (audiobook
narration, rights and metadata, editorial assistants), AI licensing deals between publishers and model makers, AI ad
targeting for news sites; sized in money by publishers' associations, news-media trade bodies, publishing groups'
investor days, culture and media ministries' plans, brokers and research houses in the United Kingdom, Germany,
France, Norway, Japan, India, Brazil, mainland China, Taiwan and Hong Kong. Distractors a careful reader leaves out:
the whole newspaper or book market beside the AI part, copies sold, digital subscribers, page views, a publisher's own
revenue or profit, licensing fees per article, a funding round and valuation, a quarter's figures, a survey's
percentages, newsroom headcounts.

Snippets 1-20: Twenty snippets on AI in publishing, newspapers and books. Eight English prose pieces: a London wire
release, a Mumbai broker note in fiscal years, an Oslo briefing with segment shares, a Sao Paulo story quoting two
research houses, a Frankfurt capital-markets-day TAM, a French ministry plan, a Tokyo note with a correction and a yen
range, and an investor's blog. Seven Chinese prose pieces (three Traditional): an industry report, a provincial plan
with 力争 and 增长3倍, a Xinhua story quoting two institutes, a Taiwanese association report, a Hong Kong story in 億港元, a
去年/今年 story and a Taipei broker deep-dive. Five tables: markdown E/F with Total, space-aligned years with YoY,
tab-separated 亿元 with 合计, fiscal-year with CAGR column, 新台幣百萬元 with shares. Left out: whole newspaper and book
markets, copies, users, page views, own revenue and margins, per-article fees, funding rounds, quarters, surveys,
headcounts, target prices, a corrected figure and rival houses' bases. Inconsistent: the Taiwanese 13.0% (really
31.0%) and the 43.3% YoY (34.3%). Only by rounding: the c.19% CAGR, the 13% narration share, the 31.2% growth, the 39%
Hong Kong share, the 38.0% YoY, the 32.8% share and the markdown table's 2024 total.

Snippets 21-40: Twenty snippets (21-40) on AI in newsrooms and publishing. English prose: a UK earnings call sizing a
TAM, a working-paper abstract with a multiple, a Norwegian analyst's thread, a German web article with a correction,
an Indian chairman's letter, French investor-day bullets, a forum answer citing a second research house and a
Brazilian note with a real-denominated aside. Chinese prose: a Xinhua-style release, a ministry plan, a Taiwanese
MIC-style release, a Hong Kong press report, a PTT post (those three Traditional), a brokerage abstract with a range
and a results-briefing transcript. Tables: markdown segments with a total, a tab-separated yen table with a YoY
column, a Chinese 合计 table, a regional CAGR table and a French share table. Left out: whole newspaper and book
markets, subscribers, page views, company revenue, fees, funding rounds, quarters, survey and penetration percentages,
headcounts, share targets, shares in words, rupee, real and krone amounts, a superseded figure, a second house's
number. Inconsistent: India's 28%, the forum's 21% CAGR, Latin America's 31.7%. Rounding only: the thread's 75%,
Brazil's 22%, MIC's 18.2%, Hong Kong's 26% share, the briefing's 35%, Japan's 30.8%, the Middle East 26.1%, the 10.5%
agency share, the UK 2024 total.

Conventions: as in the sixty-eighth set (its module docstring states them).
"""

from __future__ import annotations

CHECKSET = [
    # 1. London wire press release from a consultancy: YoY growth with both amounts, CAGR with printed span (GBP).
    #    Expected nowhere: the editors interviewed and countries, the 58%/11% poll answers, the index's fourth year.
    dict(
        text=(
            "LONDON, 3 February 2025 /PRNewswire/ -- Newsrooms worldwide spent £214 million on AI tools for "
            "transcription, summarisation, translation and archive search in 2024, a 27% jump on the £168 million "
            "they spent in 2023, according to the Newsroom Automation Index released today by Ashcombe & Vane, the "
            "London media-technology consultancy. The firm, which interviewed 146 editors-in-chief across 19 "
            "countries, forecasts that spending will climb to £612 million by 2029, equivalent to compound annual "
            "growth of 23.4% over 2024-2029. Adoption remains uneven: 58% of the editors polled said their newsroom "
            "now relies on machine transcription every day, but only 11% let AI draft copy that reaches readers "
            "unedited. The index is now in its fourth year."
        ),
        obs=[
            ("Total", 2023, 168, "GBP million", "actual"),
            ("Total", 2024, 214, "GBP million", "actual"),
            ("Total", 2029, 612, "GBP million", "estimate"),
        ],
        claims=[
            ("growth", 27, "percent", 2023, 2024, 1.0),
            ("cagr", 23.4, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (214 / 168) ** (1 / 1) - 1 = 27.38% -> 27
            ("cagr|implied", "exact"),  # (612 / 214) ** (1 / 5) - 1 = 23.39% -> 23.4
        ],
    ),
    # 2. Mumbai broker thematic note in fiscal years; a CAGR printed as "c.19%" whose span only the amounts' years give,
    #    while the amounts give 18.37%. Expected nowhere: the Indian slice in Rs crore, Kalam Digital's revenue and
    #    growth, its target price and upside, its journalists and languages, the note's date.
    dict(
        text=(
            "INDIA MEDIA & INTERNET | Thematic | Mumbai, 21 November 2024\n"
            "Ad-tech for news finally gets a brain. Publishers have stopped trying to build machine-learning audience "
            "tools in-house and have started buying them. We estimate the global market for AI-driven ad targeting on "
            "news sites at US$3.4bn in FY2024, and see it rising to US$7.9bn by FY2029e - a c.19% CAGR. The Indian "
            "slice is still small, perhaps Rs2,100 crore, but vernacular news apps are scaling quickly. Our preferred "
            "play, Kalam Digital (BUY, TP Rs865, 24% upside), reported FY2024 ad revenue of Rs418 crore, up 29%, and "
            "runs a newsroom of 1,650 journalists across 11 languages."
        ),
        obs=[
            ("Total", 2024, 3.4, "USD billion", "actual"),
            ("Total", 2029, 7.9, "USD billion", "estimate"),
        ],
        claims=[
            ("cagr", 19, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            # (7.9 / 3.4) ** (1 / 5) - 1 = 18.37% -> 18, not 19; bounds (7.85 / 3.45) ** (1/5) - 1 = 17.87%,
            # (7.95 / 3.35) ** (1/5) - 1 = 18.87% -> 19 is reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 3. Oslo research institute briefing: a European total ("last year" = 2024) and three segments with shares.
    #    Expected nowhere: the 430 publishers polled, Norway's NOK book market, the dateline.
    dict(
        text=(
            "Oslo, 9 April 2025 - European news and book publishers spent EUR 1.86 billion on artificial-intelligence "
            "tools and services last year, according to a briefing from the Nordvik Institute for Media Economics. "
            "Archive search and metadata enrichment was the largest category at EUR 0.41 billion, or 22% of the "
            "total; machine translation took EUR 0.29 billion (16%), and synthetic audiobook narration EUR 0.23 "
            "billion, equal to 13%. The institute, which polled 430 publishers, notes that Norway's own book market - "
            "worth about NOK 5.3 billion at retail - has been slower to embrace synthetic voices than Sweden's. It "
            "expects European spending to pass EUR 3 billion in 2027."
        ),
        obs=[
            ("Total", 2024, 1.86, "EUR billion", "actual"),
            ("Archive search and metadata enrichment", 2024, 0.41, "EUR billion", "actual"),
            ("Machine translation", 2024, 0.29, "EUR billion", "actual"),
            ("Synthetic audiobook narration", 2024, 0.23, "EUR billion", "actual"),
            ("Total", 2027, 3, "EUR billion", "estimate"),
        ],
        claims=[
            ("share", 22, "percent", 2024, 2024, None),
            ("share", 16, "percent", 2024, 2024, None),
            ("share", 13, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 0.41 / 1.86 = 22.04% -> 22
            ("arithmetic", "exact"),  # 0.29 / 1.86 = 15.59% -> 16
            # 0.23 / 1.86 = 12.37% -> 12, not 13; bounds 0.225 / 1.865 = 12.06%, 0.235 / 1.855 = 12.67% -> 13 reached
            ("arithmetic", "rounding"),
        ],
    ),
    # 4. Sao Paulo news article quoting two research houses; series unit USD million (first printed), so the 2033
    #    figure in billions is converted. Expected nowhere: Atlantica's 2024 figure, the R$ Series A and valuation,
    #    the 600 titles a month, the 47 million copies.
    dict(
        text=(
            "SAO PAULO, 17 July 2025 - Brazilian publishers are quietly handing translation and dubbing to machines. "
            "The country's market for AI translation, dubbing and narration of books and news content was worth "
            "US$148 million in 2024 and should reach US$1.02 billion by 2033, compounding at 23.9% a year, according to "
            "Ipê Dados, a Sao Paulo consultancy. Rio de Janeiro-based Atlântica Research sees a larger starting point, "
            "putting the 2024 market at US$175 million. Start-up Voz Livro, which narrates about 600 titles a month in "
            "Portuguese, raised R$38 million in a Series A this month at a valuation of R$210 million. The wider book "
            "trade, for its part, sold 47 million copies last year."
        ),
        obs=[
            ("Total", 2024, 148, "USD million", "actual"),
            ("Total", 2033, 1020, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 23.9, "percent", 2024, 2033, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (1020 / 148) ** (1 / 9) - 1 = 23.92% -> 23.9
        ],
    ),
    # 5. Frankfurt capital-markets-day transcript: a publishing group sizes a TAM ("this year" = 2025, estimate).
    #    Expected nowhere: the group's own digital revenue and EBITDA margin, its 10% share target, third-quarter
    #    trading, the 9,800 colleagues and 14 countries.
    dict(
        text=(
            "Rheinhaus Medien SE - Capital Markets Day, Frankfurt, 25 September 2025 - transcript excerpt\n"
            "Katrin Albers, Chief Digital Officer: So where is the opportunity? We size the total addressable market "
            "for AI-assisted editorial, rights and metadata software across European book and news publishers at "
            "around 2.3 billion euros this year. By 2029 we see that TAM at 4.1 billion euros, so call it 16% a year. "
            "Our own digital revenue was 1.24 billion euros last year, with an adjusted EBITDA margin of 14.8%, and we "
            "are aiming for a 10% share of that TAM by 2029. Third-quarter trading so far is in line, and we now have "
            "some 9,800 colleagues in 14 countries working on this."
        ),
        obs=[
            ("Total", 2025, 2.3, "EUR billion", "estimate"),
            ("Total", 2029, 4.1, "EUR billion", "estimate"),
        ],
        claims=[
            ("cagr", 16, "percent", 2025, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (4.1 / 2.3) ** (1 / 4) - 1 = 15.55% -> 16
        ],
    ),
    # 6. Paris ministry of culture plan: a 2024 base, a "this year" figure (2025, estimate), a 2030 target in billions
    #    converted to the series' EUR million. Expected nowhere: the EUR150 million fund, 40 pilot projects, measure 17,
    #    34,000 press-card holders, the plan's five years.
    dict(
        text=(
            "Paris, 14 May 2025 - The Ministry of Culture today published its 'IA et création éditoriale' plan, a "
            "five-year roadmap for the press and book sectors. The ministry puts French spending by publishers and news "
            "organisations on artificial-intelligence tools at €380 million in 2024 and expects it to approach €455 "
            "million this year, a rise of nearly 20%. The plan sets a target of €1.1 billion by 2030, which would mean "
            "average annual growth of 19.4% between 2024 and 2030. A €150 million support fund will back 40 pilot "
            "projects, and measure 17 of the plan requires licensing deals with model makers to remunerate authors. "
            "France's 34,000 press-card holders are covered by a separate charter."
        ),
        obs=[
            ("Total", 2024, 380, "EUR million", "actual"),
            ("Total", 2025, 455, "EUR million", "estimate"),
            ("Total", 2030, 1100, "EUR million", "estimate"),
        ],
        claims=[
            ("growth", 20, "percent", 2024, 2025, 1.0),
            ("cagr", 19.4, "percent", 2024, 2030, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (455 / 380) ** (1 / 1) - 1 = 19.74% -> 20
            ("cagr|implied", "exact"),  # (1100 / 380) ** (1 / 6) - 1 = 19.38% -> 19.4
        ],
    ),
    # 7. Tokyo research note with a correction (yen): the corrected 2024 figure, its 2023 base, and a 2028 range.
    #    Expected nowhere: the erroneous Y48.2 billion, the manga app's page views.
    dict(
        text=(
            "Tokyo, 2 June 2025 - Research note: Japan AI localisation and narration\n"
            "Correction: an earlier version of this note put the 2024 market at ¥48.2 billion, transposing two digits; "
            "the correct figure is ¥42.8 billion.\n"
            "Japan's market for AI-driven manga and light-novel translation, together with synthetic audiobook "
            "narration, grew 18% in 2024 to ¥42.8 billion, from ¥36.3 billion the year before. We expect it to land "
            "somewhere between ¥95 billion and ¥110 billion in 2028, depending on how quickly the big three manga houses "
            "let machines letter their overseas editions. The largest reading app, Koma+, already logs more than 3 "
            "billion page views a month; we leave that traffic out of our sizing."
        ),
        obs=[
            ("Total", 2023, 36.3, "JPY billion", "actual"),
            ("Total", 2024, 42.8, "JPY billion", "actual"),
        ],
        claims=[
            ("growth", 18, "percent", 2023, 2024, 1.0),
            ("value", 95, "JPY billion", 2028, 2028, None),
            ("value", 110, "JPY billion", 2028, 2028, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (42.8 / 36.3) ** (1 / 1) - 1 = 17.91% -> 18
        ],
    ),
    # 8. Investor's blog post dated March 2025: "last year" (2024), "this year" (2025, estimate), a multiple over 2022.
    #    Expected nowhere: per-article fees, the model lab's funding round and valuation, the publisher's Q4 licensing
    #    revenue.
    dict(
        text=(
            "Notes from a small-cap investor | posted 2 March 2025\n"
            "Who gets paid when the models read the news? By my tally, content-licensing deals between publishers and "
            "AI model makers were worth roughly $1.9 billion last year, close to four times the $0.5 billion signed in "
            "2022. I expect something like $2.6 billion this year, up 37%. The per-article economics are still thin - "
            "most deals I can reconstruct work out at two to four cents an article - and one of the keenest buyers is "
            "a lab that raised $4.2 billion at a $61 billion valuation in January. The regional publisher I hold "
            "booked $38 million of licensing income in the fourth quarter alone, which is why I am still long."
        ),
        obs=[
            ("Total", 2022, 0.5, "USD billion", "actual"),
            ("Total", 2024, 1.9, "USD billion", "actual"),
            ("Total", 2025, 2.6, "USD billion", "estimate"),
        ],
        claims=[
            ("multiple", 4, "multiple", 2022, 2024, 2.0),
            ("growth", 37, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.6 / 1.9) ** (1 / 1) - 1 = 36.84% -> 37
        ],
    ),
    # 9. Mainland industry report (Simplified): base, growth and stated 2024-2028 CAGR in 亿元; the 31.2% growth holds
    #    only by rounding. Expected nowhere: the report's title year, 约占六成, the 312 units surveyed and their 87%,
    #    the whole book retail market (1129亿元) and its -1.5%.
    dict(
        text=(
            "《中国出版业人工智能应用发展报告（2025）》近日在京发布。报告显示，2024年我国出版业人工智能应用市场规模达到"
            "86.4亿元，较2023年的65.8亿元同比增长31.2%；预计到2028年，市场规模将达到215.7亿元，2024—2028年年均复合"
            "增长率为25.7%。从细分领域看，智能编校、有声书AI配音和多语种翻译合计约占六成。报告课题组共调研了312家出版"
            "单位，其中87%表示已在选题策划环节试用大模型。同期，全国图书零售市场码洋为1129亿元，同比下降1.5%。"
        ),
        obs=[
            ("Total", 2023, 65.8, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("Total", 2028, 215.7, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 31.2, "percent", 2023, 2024, 1.0),
            ("cagr", 25.7, "percent", 2024, 2028, None, "stated"),
        ],
        verdicts=[
            # (86.4 / 65.8) - 1 = 31.31% -> 31.3, not 31.2; bounds 86.35 / 65.85 - 1 = 31.13%,
            # 86.45 / 65.75 - 1 = 31.48% -> 31.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (215.7 / 86.4) ** (1 / 4) - 1 = 25.70% -> 25.7
        ],
    ),
    # 10. Provincial action plan (Simplified) with 力争 targets and 增长3倍 (x3 over 2023-2027).
    #     Expected nowhere: the plan's title years, 10 backbone firms, 5 demonstration bases, the 90% coverage rate.
    dict(
        text=(
            "浙江省新闻出版局等六部门近日联合印发《推进“人工智能+出版”高质量发展行动方案（2025—2027年）》。方案提出，"
            "到2026年，力争全省出版传媒领域人工智能应用产业规模达到80亿元，重点出版单位智能编校覆盖率达到90%；到2027年，"
            "产业规模力争突破120亿元，较2023年增长3倍，培育年营收超亿元的骨干企业10家以上，建设省级数字出版示范基地5个。"
            "据省新闻出版局统计，2024年全省该领域产业规模为41.5亿元。"
        ),
        obs=[
            ("Total", 2024, 41.5, "CNY 100 million", "actual"),
            ("Total", 2026, 80, "CNY 100 million", "estimate"),
            ("Total", 2027, 120, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2027, 4.0),
        ],
        verdicts=[],
    ),
    # 11. Xinhua wire story (Simplified) quoting two institutes: the first institute's base, forecast and CAGR (span
    #     only from the amounts' years). Expected nowhere: 艾维咨询's 2024 figure, the 1400 media outlets, 约四成.
    dict(
        text=(
            "新华社北京5月20日电（记者林晓）记者20日从中国新闻技术研究院获悉，该院发布的报告显示，2024年我国新闻媒体"
            "人工智能应用市场规模为52.3亿元，预计2027年将增至118.6亿元，年均复合增长率达31.4%。另据艾维咨询测算，2024年"
            "这一市场规模约为60亿元。报告指出，全国已有超过1400家媒体机构部署了AI转写和智能审校工具，省级以上媒体采编"
            "人员中约四成日常使用大模型辅助写作。"
        ),
        obs=[
            ("Total", 2024, 52.3, "CNY 100 million", "actual"),
            ("Total", 2027, 118.6, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 31.4, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (118.6 / 52.3) ** (1 / 3) - 1 = 31.38% -> 31.4
        ],
    ),
    # 12. Taiwanese association report (Traditional) in 新台幣億元: a YoY printed as 13.0% while the amounts give 31.0%
    #     (transposed digits); a 2025 forecast with its YoY. Expected nowhere: the report's title year, 162 publishers,
    #     逾六成, the whole book-publishing output (174億元).
    dict(
        text=(
            "台灣數位出版聯盟今（18）日發布《2025台灣出版產業AI應用調查報告》指出，2024年國內出版業在AI工具與服務上的"
            "支出達新台幣18.6億元，較2023年的14.2億元成長13.0%，其中以有聲書AI配音與AI翻譯成長最快。聯盟預估，2025年"
            "市場規模可望達到新台幣21.9億元，年增17.7%。報告共調查162家出版社，逾六成業者已導入AI校對；同期全台圖書"
            "出版總產值約新台幣174億元，仍持續衰退。"
        ),
        obs=[
            ("Total", 2023, 14.2, "TWD 100 million", "actual"),
            ("Total", 2024, 18.6, "TWD 100 million", "actual"),
            ("Total", 2025, 21.9, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 13.0, "percent", 2023, 2024, 1.0),
            ("growth", 17.7, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 18.6 / 14.2 - 1 = 30.99% -> 31.0, not 13.0; bounds 18.55 / 14.25 - 1 = 30.18%,
            # 18.65 / 14.15 - 1 = 31.80% -> 13.0 never reached
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 21.9 / 18.6 - 1 = 17.74% -> 17.7
        ],
    ),
    # 13. Hong Kong newspaper story (Traditional) in 億港元: a total, a part and its share (39% only by rounding), a
    #     2027 forecast. Expected nowhere: this year's first-quarter spend, the start-up's 8,000萬港元 round and
    #     valuation, the 120 organisations polled and 約三成.
    dict(
        text=(
            "【本報訊】香港新聞及出版業正加快擁抱人工智能。香港媒體科技協會昨日公布的研究顯示，2024年本港新聞及出版機構"
            "在人工智能工具上的開支約為12.8億港元，其中中英翻譯及粵語語音轉寫佔4.9億港元，約佔總額39%。協會預計，相關"
            "開支於2027年將增至25億港元。研究亦提到，今年首季本地機構的AI開支已達3.6億港元；另有本地AI新聞摘要初創公司"
            "早前完成8,000萬港元A輪融資，估值約5億港元。受訪的120家機構中，約三成表示計劃明年擴大採購。"
        ),
        obs=[
            ("Total", 2024, 12.8, "HKD 100 million", "actual"),
            ("中英翻譯及粵語語音轉寫", 2024, 4.9, "HKD 100 million", "actual"),
            ("Total", 2027, 25, "HKD 100 million", "estimate"),
        ],
        claims=[
            ("share", 39, "percent", 2024, 2024, None),
        ],
        verdicts=[
            # 4.9 / 12.8 = 38.28% -> 38, not 39; bounds 4.85 / 12.85 = 37.74%, 4.95 / 12.75 = 38.82% -> 39 reached
            ("arithmetic", "rounding"),
        ],
    ),
    # 14. Mainland news story (Simplified) dated 18 March 2025: 去年 = 2024 with its 2023 base and growth, 今年 = 2025
    #     (estimate, 突破). Expected nowhere: 近一半 of new titles, the platform's own revenue, 2.1万 narrators,
    #     6.9亿 users.
    dict(
        text=(
            "北京，2025年3月18日——记者从中国有声阅读产业联盟获悉，去年我国有声书AI配音市场规模约为23.7亿元，比2023年"
            "的16.2亿元增长46%，AI配音作品已占新上架有声书的近一半。联盟预计，今年这一市场规模有望突破35亿元。头部平台"
            "“听岸”去年营收12.4亿元，平台活跃配音主播超过2.1万人；全国有声书用户规模达到6.9亿。"
        ),
        obs=[
            ("Total", 2023, 16.2, "CNY 100 million", "actual"),
            ("Total", 2024, 23.7, "CNY 100 million", "actual"),
            ("Total", 2025, 35, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 46, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 23.7 / 16.2 - 1 = 46.30% -> 46
        ],
    ),
    # 15. Taipei broker deep-dive (Traditional) in 億美元 with a target price: base, forecast, CAGR "約40%" (span only
    #     from the amounts' years). Expected nowhere: 約佔三成, the stock code, the company's H1 revenue growth, the
    #     target price and upside, per-article fees.
    dict(
        text=(
            "【深度報告】寶華投顧｜2025年8月12日\n"
            "出版內容AI授權：被低估的新金礦。我們估算，全球新聞與圖書內容AI授權市場規模2024年為27億美元，2027年將擴大至"
            "74億美元，年複合成長率約40%，其中新聞內容約佔三成。我們首次納入研究的數位內容平台「墨研科技」（6987 TT）"
            "今年上半年營收年增52%，給予「買進」評等，目標價新台幣680元，較現價有23%上檔空間。值得注意的是，單篇新聞的"
            "授權費用目前多落在0.02至0.05美元之間。"
        ),
        obs=[
            ("Total", 2024, 27, "USD 100 million", "actual"),
            ("Total", 2027, 74, "USD 100 million", "estimate"),
        ],
        claims=[
            ("cagr", 40, "percent", 2024, 2027, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (74 / 27) ** (1 / 3) - 1 = 39.94% -> 40
        ],
    ),
    # 16. Markdown pipe table (USD million) with E/F columns and a Total row; the 2024 column adds only by rounding.
    #     Expected nowhere: the table number, the publication month.
    dict(
        text=(
            "Table 4. Global spending on AI in publishing by segment, US$ million (Kestrel Media Research, June 2025)\n"
            "\n"
            "| Segment | 2023 | 2024 | 2025E | 2027F |\n"
            "|---|---|---|---|---|\n"
            "| Newsroom tools | 412.6 | 538.9 | 688.4 | 1,094.7 |\n"
            "| Book publishing tools | 236.1 | 311.8 | 402.5 | 659.3 |\n"
            "| Content licensing | 318.4 | 702.5 | 958.0 | 1,612.9 |\n"
            "| Ad targeting for news sites | 505.3 | 566.0 | 631.7 | 774.2 |\n"
            "| Total | 1,472.4 | 2,119.3 | 2,680.6 | 4,141.1 |\n"
            "\n"
            "E = estimate, F = forecast. Totals may not add because of rounding."
        ),
        obs=[
            ("Newsroom tools", 2023, 412.6, "USD million", "actual"),
            ("Newsroom tools", 2024, 538.9, "USD million", "actual"),
            ("Newsroom tools", 2025, 688.4, "USD million", "estimate"),
            ("Newsroom tools", 2027, 1094.7, "USD million", "estimate"),
            ("Book publishing tools", 2023, 236.1, "USD million", "actual"),
            ("Book publishing tools", 2024, 311.8, "USD million", "actual"),
            ("Book publishing tools", 2025, 402.5, "USD million", "estimate"),
            ("Book publishing tools", 2027, 659.3, "USD million", "estimate"),
            ("Content licensing", 2023, 318.4, "USD million", "actual"),
            ("Content licensing", 2024, 702.5, "USD million", "actual"),
            ("Content licensing", 2025, 958.0, "USD million", "estimate"),
            ("Content licensing", 2027, 1612.9, "USD million", "estimate"),
            ("Ad targeting for news sites", 2023, 505.3, "USD million", "actual"),
            ("Ad targeting for news sites", 2024, 566.0, "USD million", "actual"),
            ("Ad targeting for news sites", 2025, 631.7, "USD million", "estimate"),
            ("Ad targeting for news sites", 2027, 774.2, "USD million", "estimate"),
            ("Total", 2023, 1472.4, "USD million", "actual"),
            ("Total", 2024, 2119.3, "USD million", "actual"),
            ("Total", 2025, 2680.6, "USD million", "estimate"),
            ("Total", 2027, 4141.1, "USD million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 412.6 + 236.1 + 318.4 + 505.3 = 1472.4
            # 2024: 538.9 + 311.8 + 702.5 + 566.0 = 2119.2, not 2119.3; bounds 2119.2 -/+ 4 * 0.05 = 2119.0 .. 2119.4
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025E: 688.4 + 402.5 + 958.0 + 631.7 = 2680.6
            ("hierarchy", "exact"),  # 2027F: 1094.7 + 659.3 + 1612.9 + 774.2 = 4141.1
        ],
    ),
    # 17. Space-aligned vertical table, years as rows, a lone value column headed by its unit (Total) and a YoY
    #     column; 2024's 38.0% holds only by rounding, 2025E's 43.3% is a typo for 34.3%.
    #     Expected nowhere: the outlook's title year, the publication month.
    dict(
        text=(
            "AI narration for audiobooks, worldwide\n"
            "Source: Tidewell Audio Research, Audiobook Outlook 2025 (published March 2025)\n"
            "\n"
            "Year      US$ m      YoY\n"
            "2021        118        -\n"
            "2022        164    39.0%\n"
            "2023        231    40.9%\n"
            "2024        318    38.0%\n"
            "2025E       427    43.3%\n"
            "2026E       561    31.4%\n"
        ),
        obs=[
            ("Total", 2021, 118, "USD million", "actual"),
            ("Total", 2022, 164, "USD million", "actual"),
            ("Total", 2023, 231, "USD million", "actual"),
            ("Total", 2024, 318, "USD million", "actual"),
            ("Total", 2025, 427, "USD million", "estimate"),
            ("Total", 2026, 561, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 39.0, "percent", 2021, 2022, 1.0),
            ("growth", 40.9, "percent", 2022, 2023, 1.0),
            ("growth", 38.0, "percent", 2023, 2024, 1.0),
            ("growth", 43.3, "percent", 2024, 2025, 1.0),
            ("growth", 31.4, "percent", 2025, 2026, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 164 / 118 - 1 = 38.98% -> 39.0
            ("cagr|implied", "exact"),  # 231 / 164 - 1 = 40.85% -> 40.9
            # 318 / 231 - 1 = 37.66% -> 37.7, not 38.0; bounds 317.5 / 231.5 - 1 = 37.15%,
            # 318.5 / 230.5 - 1 = 38.18% -> 38.0 reached only by some reading
            ("cagr|implied", "rounding"),
            # 427 / 318 - 1 = 34.28% -> 34.3, not 43.3; bounds 426.5 / 318.5 - 1 = 33.91%,
            # 427.5 / 317.5 - 1 = 34.65% -> 43.3 never reached
            ("cagr|implied", "inconsistent"),
            ("cagr|implied", "exact"),  # 561 / 427 - 1 = 31.38% -> 31.4
        ],
    ),
    # 18. Tab-separated Chinese table (Simplified) in 亿元 with a 合计 row and a 2025年E column; all columns add exactly.
    #     Expected nowhere: the table number, the title's years.
    dict(
        text=(
            "表2\t2023—2025年我国出版业AI应用市场细分规模（单位：亿元）\n"
            "细分领域\t2023年\t2024年\t2025年E\n"
            "智能编校\t18.4\t24.9\t32.6\n"
            "有声书AI配音\t15.8\t22.6\t31.0\n"
            "AI翻译\t9.7\t13.5\t18.2\n"
            "数字版权管理\t6.3\t8.1\t10.4\n"
            "其他\t4.5\t6.0\t7.9\n"
            "合计\t54.7\t75.1\t100.1\n"
            "注：E为预测值。资料来源：华章出版科技研究院"
        ),
        obs=[
            ("智能编校", 2023, 18.4, "CNY 100 million", "actual"),
            ("智能编校", 2024, 24.9, "CNY 100 million", "actual"),
            ("智能编校", 2025, 32.6, "CNY 100 million", "estimate"),
            ("有声书AI配音", 2023, 15.8, "CNY 100 million", "actual"),
            ("有声书AI配音", 2024, 22.6, "CNY 100 million", "actual"),
            ("有声书AI配音", 2025, 31.0, "CNY 100 million", "estimate"),
            ("AI翻译", 2023, 9.7, "CNY 100 million", "actual"),
            ("AI翻译", 2024, 13.5, "CNY 100 million", "actual"),
            ("AI翻译", 2025, 18.2, "CNY 100 million", "estimate"),
            ("数字版权管理", 2023, 6.3, "CNY 100 million", "actual"),
            ("数字版权管理", 2024, 8.1, "CNY 100 million", "actual"),
            ("数字版权管理", 2025, 10.4, "CNY 100 million", "estimate"),
            ("其他", 2023, 4.5, "CNY 100 million", "actual"),
            ("其他", 2024, 6.0, "CNY 100 million", "actual"),
            ("其他", 2025, 7.9, "CNY 100 million", "estimate"),
            ("合计", 2023, 54.7, "CNY 100 million", "actual"),
            ("合计", 2024, 75.1, "CNY 100 million", "actual"),
            ("合计", 2025, 100.1, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 18.4 + 15.8 + 9.7 + 6.3 + 4.5 = 54.7
            ("hierarchy", "exact"),  # 2024: 24.9 + 22.6 + 13.5 + 8.1 + 6.0 = 75.1
            ("hierarchy", "exact"),  # 2025E: 32.6 + 31.0 + 18.2 + 10.4 + 7.9 = 100.1
        ],
    ),
    # 19. Tab-separated fiscal-year table (GBP million) from a London broker, dated February 2025, with a Total row and
    #     a printed-span CAGR column (FY24-26e) per row. Expected nowhere: the note's date.
    dict(
        text=(
            "UK publishers: spend on AI tools and services (GBP m, fiscal years ending March) - Harbottle Securities, "
            "11 February 2025\n"
            "Segment\tFY2023\tFY2024\tFY2025e\tFY2026e\tCAGR FY24-26e\n"
            "Newspapers\t46.2\t61.5\t78.9\t97.4\t25.8%\n"
            "Book publishers\t38.7\t52.3\t66.0\t81.8\t25.1%\n"
            "Magazines & B2B\t21.4\t26.8\t33.1\t39.9\t22.0%\n"
            "Total\t106.3\t140.6\t178.0\t219.1\t24.8%\n"
            "Source: company data, Harbottle Securities estimates"
        ),
        obs=[
            ("Newspapers", 2023, 46.2, "GBP million", "actual"),
            ("Newspapers", 2024, 61.5, "GBP million", "actual"),
            ("Newspapers", 2025, 78.9, "GBP million", "estimate"),
            ("Newspapers", 2026, 97.4, "GBP million", "estimate"),
            ("Book publishers", 2023, 38.7, "GBP million", "actual"),
            ("Book publishers", 2024, 52.3, "GBP million", "actual"),
            ("Book publishers", 2025, 66.0, "GBP million", "estimate"),
            ("Book publishers", 2026, 81.8, "GBP million", "estimate"),
            ("Magazines & B2B", 2023, 21.4, "GBP million", "actual"),
            ("Magazines & B2B", 2024, 26.8, "GBP million", "actual"),
            ("Magazines & B2B", 2025, 33.1, "GBP million", "estimate"),
            ("Magazines & B2B", 2026, 39.9, "GBP million", "estimate"),
            ("Total", 2023, 106.3, "GBP million", "actual"),
            ("Total", 2024, 140.6, "GBP million", "actual"),
            ("Total", 2025, 178.0, "GBP million", "estimate"),
            ("Total", 2026, 219.1, "GBP million", "estimate"),
        ],
        claims=[
            ("cagr", 25.8, "percent", 2024, 2026, None, "stated"),
            ("cagr", 25.1, "percent", 2024, 2026, None, "stated"),
            ("cagr", 22.0, "percent", 2024, 2026, None, "stated"),
            ("cagr", 24.8, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (97.4 / 61.5) ** (1 / 2) - 1 = 25.85% -> 25.8
            ("cagr|implied", "exact"),  # (81.8 / 52.3) ** (1 / 2) - 1 = 25.06% -> 25.1
            ("cagr|implied", "exact"),  # (39.9 / 26.8) ** (1 / 2) - 1 = 22.02% -> 22.0
            ("cagr|implied", "exact"),  # (219.1 / 140.6) ** (1 / 2) - 1 = 24.83% -> 24.8
            ("hierarchy", "exact"),  # FY2023: 46.2 + 38.7 + 21.4 = 106.3
            ("hierarchy", "exact"),  # FY2024: 61.5 + 52.3 + 26.8 = 140.6
            ("hierarchy", "exact"),  # FY2025e: 78.9 + 66.0 + 33.1 = 178.0
            ("hierarchy", "exact"),  # FY2026e: 97.4 + 81.8 + 39.9 = 219.1
        ],
    ),
    # 20. Traditional Chinese pipe table in 新台幣百萬元 with a share column and a 合計 row; the 32.8% share holds only by
    #     rounding. Expected nowhere: the table number, the 100.0% total share.
    dict(
        text=(
            "表3　2024年台灣新聞及出版業AI應用支出結構（單位：新台幣百萬元）\n"
            "| 類別 | 2024年支出 | 占比 |\n"
            "|---|---|---|\n"
            "| 新聞媒體 | 836 | 45.4% |\n"
            "| 圖書出版 | 605 | 32.8% |\n"
            "| 雜誌及其他 | 400 | 21.7% |\n"
            "| 合計 | 1,841 | 100.0% |\n"
            "資料來源：台灣媒體與出版科技研究中心；占比以原始數值計算，加總因四捨五入可能不等於100%。"
        ),
        obs=[
            ("新聞媒體", 2024, 836, "TWD million", "actual"),
            ("圖書出版", 2024, 605, "TWD million", "actual"),
            ("雜誌及其他", 2024, 400, "TWD million", "actual"),
            ("合計", 2024, 1841, "TWD million", "actual"),
        ],
        claims=[
            ("share", 45.4, "percent", 2024, 2024, None),
            ("share", 32.8, "percent", 2024, 2024, None),
            ("share", 21.7, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 836 / 1841 = 45.41% -> 45.4
            # 605 / 1841 = 32.86% -> 32.9, not 32.8; bounds 604.5 / 1841.5 = 32.83%, 605.5 / 1840.5 = 32.90%
            # -> 32.8 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 400 / 1841 = 21.73% -> 21.7
            ("hierarchy", "exact"),  # 2024: 836 + 605 + 400 = 1841
        ],
    ),
    # 21. London publisher's Q2 earnings-call transcript; the CEO sizes the UK & Ireland TAM ("this year" = 2025, estimate).
    #     Expected nowhere: the quarter's revenue, digital subscribers, the 10% share ambition, journalist headcount.
    dict(
        text=(
            "Larkfield Media plc - Q2 2025 Earnings Call Transcript - 30 July 2025\n"
            "Operator: Our next question comes from Priya Natarajan at Harcourt Securities.\n"
            "Priya Natarajan: Thanks. Could you size the opportunity for the newsroom AI suite you launched in April?\n"
            "Tom Ashdown, Chief Executive: Sure. We think the total addressable market for AI newsroom tools in the UK "
            "and Ireland - transcription, summarisation, translation, archive search - is roughly £1.9 billion this "
            "year, and we see it getting to £3.4 billion by 2028. That's a compound rate of about 21% from 2025 to "
            "2028. For context, our own revenue in the quarter was £212 million, we now have 1.34 million digital "
            "subscribers, and we'd like to win 10% of that market within three years. Around 2,600 of our journalists "
            "use the tools every day."
        ),
        obs=[
            ("Total", 2025, 1.9, "GBP billion", "estimate"),
            ("Total", 2028, 3.4, "GBP billion", "estimate"),
        ],
        claims=[
            ("cagr", 21, "percent", 2025, 2028, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (3.4 / 1.9) ** (1 / 3) - 1 = 21.41% -> 21
        ],
    ),
    # 22. Working-paper abstract on AI licensing payments to news publishers; "more than threefold" is x3 over one year,
    #     the 23% CAGR's span only given by the amounts' years. Expected nowhere: the paper number, 143 deals,
    #     "two-thirds" in words, the per-thousand-articles fee, the 6% circulation fall, 38 publishing groups.
    dict(
        text=(
            "Working Paper No. 25-014 | This version: February 2025\n"
            "Paying for the Archive: AI Licensing Deals between News Publishers and Model Developers\n"
            "Abstract. Drawing on 143 disclosed agreements signed between January 2023 and December 2024, we estimate "
            "that payments from AI developers to news publishers for content licensing reached $820 million in 2024, "
            "more than threefold the $250 million paid in 2023. Roughly two-thirds of the 2024 total went to the ten "
            "largest English-language publishers, and the median disclosed fee worked out at about $1.40 per thousand "
            "archived articles. Under our baseline scenario the market grows to $2.3 billion by 2029, a compound "
            "annual rate of roughly 23%. We find no evidence that licensing income has slowed the decline of print "
            "circulation, which fell 6% across our sample of 38 publishing groups."
        ),
        obs=[
            ("Total", 2023, 250, "USD million", "actual"),
            ("Total", 2024, 820, "USD million", "actual"),
            ("Total", 2029, 2300, "USD million", "estimate"),  # $2.3 billion converted to the series' unit
        ],
        claims=[
            ("multiple", 3, "multiple", 2023, 2024, 1.0),
            ("cagr", 23, "percent", 2024, 2029, None, "inferred"),
        ],
        verdicts=[
            ("cagr|period", "exact"),  # (2300 / 820) ** (1 / 5) - 1 = 22.91% -> 23
        ],
    ),
    # 23. Norwegian media analyst's social-media thread on AI audiobook narration (global, EUR); the +75% holds only by
    #     rounding; the 2027 figure in billions is converted to EUR million. Expected nowhere: post numbers, the
    #     NOK figure for Norway, "about half" of titles, 120 union members, the report price, likes and reposts.
    dict(
        text=(
            "@ola_fjordmedia · 3 Mar 2025\n"
            "1/6 Thread on AI audiobook narration, because the numbers in the new Fjordlys Analyse report are wild.\n"
            "2/6 Global spend on AI-narrated audiobook production: €310m in 2023 → €540m in 2024. That's +75% YoY.\n"
            "3/6 Their forecast: €1.6bn by 2027, i.e. ~44%/yr over 2024-27.\n"
            "4/6 Norway punches above its weight: roughly NOK 210m of that last year, and about half of new Norwegian "
            "audiobook titles are now AI-voiced.\n"
            "5/6 Meanwhile the Norwegian book market as a whole barely moved, and the narrators' union says 120 "
            "members lost work.\n"
            "6/6 Full report is paywalled (NOK 4,900). Not sponsored. /end\n"
            "♥ 1.2K   ↻ 388"
        ),
        obs=[
            ("Total", 2023, 310, "EUR million", "actual"),
            ("Total", 2024, 540, "EUR million", "actual"),
            ("Total", 2027, 1600, "EUR million", "estimate"),  # €1.6bn converted to the series' unit
        ],
        claims=[
            ("growth", 75, "percent", 2023, 2024, 1.0),
            ("cagr", 44, "percent", 2024, 2027, None, "stated"),
        ],
        verdicts=[
            # 540 / 310 - 1 = 74.19% -> 74, not 75; bounds 539.5 / 310.5 - 1 = 73.75%, 540.5 / 309.5 - 1 = 74.64%
            # -> 75 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (1600 / 540) ** (1 / 3) - 1 = 43.63% -> 44
        ],
    ),
    # 24. Berlin media-trade web article with an appended correction; the corrected €408 million stands.
    #     Expected nowhere: the superseded €480 million, the German newspaper market, the start-up's round and
    #     valuation, 140 regional titles.
    dict(
        text=(
            "Medienwoche Online | Berlin | 14 May 2025, updated 16 May 2025\n"
            "German newsrooms are buying AI faster than they are hiring\n"
            "Spending by German publishers on AI tools for the newsroom - automated transcription, summarisation, "
            "translation and archive search - came to €408 million in 2024, according to a study by the Hamburg "
            "consultancy Nordhafen Media Advisory. The firm expects the figure to climb to €1.1 billion in 2029, "
            "growth of around 22% a year between 2024 and 2029. That is still small beside the German newspaper "
            "market, which took in roughly €7.6 billion last year. Berlin start-up Textwerk, which sells a "
            "transcription tool to 140 regional titles, raised €18 million this spring at a valuation of €95 million.\n"
            "Correction, 16 May 2025: An earlier version of this article said German newsroom AI spending was "
            "€480 million in 2024. The correct figure is €408 million."
        ),
        obs=[
            ("Total", 2024, 408, "EUR million", "actual"),
            ("Total", 2029, 1100, "EUR million", "estimate"),  # €1.1 billion converted to the series' unit
        ],
        claims=[
            ("cagr", 22, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1100 / 408) ** (1 / 5) - 1 = 21.94% -> 22
        ],
    ),
    # 25. Mumbai newspaper group's annual-report chairman's letter; fiscal years; the 28% is inconsistent with the
    #     amounts. Expected nowhere: the report's title years, the rupee (crore) conversion, the company's revenue
    #     and its growth, paying subscribers, the count of languages.
    dict(
        text=(
            "Letter from the Chairman | Annual Report 2024-25 | Mumbai, 18 June 2025\n"
            "Dear Shareholders,\n"
            "Artificial intelligence moved from pilot to practice in Indian newsrooms this year. The market for "
            "AI-powered translation and localisation of news content in India grew from US$145 million in FY2024 to "
            "US$190 million in FY2025 (about ₹1,620 crore), an increase of 28%, according to estimates by the Indian "
            "Newspaper Technology Forum. We believe it can cross US$400 million by FY2028. Your company's revenue rose "
            "9.4% to ₹2,340 crore, and our digital editions now reach 1.2 million paying subscribers in eleven "
            "languages."
        ),
        obs=[
            ("Total", 2024, 145, "USD million", "actual"),
            ("Total", 2025, 190, "USD million", "actual"),
            ("Total", 2028, 400, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 28, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 190 / 145 - 1 = 31.03% -> 31, not 28; bounds 189.5 / 145.5 - 1 = 30.24%, 190.5 / 144.5 - 1 = 31.83%
            # -> 28 is never reached
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 26. Paris publishing group's capital-markets-day slide bullets; the TAM is the market; a segment with its share.
    #     Expected nowhere: slide number, group revenue, EBIT margin, titles a year, the 12% share ambition.
    dict(
        text=(
            "Groupe Verlaine - Capital Markets Day, Paris, 2 October 2025\n"
            "Slide 14 | Books: the AI rights & metadata opportunity\n"
            "• Addressable market for AI rights & metadata management in book publishing: €1.2bn (2024) → €2.9bn "
            "(2030E)\n"
            "• ~16% CAGR 2024-30E\n"
            "• Metadata enrichment alone: €430m in 2024, 36% of the TAM\n"
            "• Verlaine today: 2024 revenue €2.41bn, EBIT margin 11.2%, 9,800 new titles a year\n"
            "• Ambition: 12% share of the addressable market by 2030"
        ),
        obs=[
            ("Total", 2024, 1.2, "EUR billion", "actual"),
            ("Total", 2030, 2.9, "EUR billion", "estimate"),
            ("Metadata enrichment", 2024, 430, "EUR million", "actual"),
        ],
        claims=[
            ("cagr", 16, "percent", 2024, 2030, None, "stated"),
            ("share", 36, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (2.9 / 1.2) ** (1 / 6) - 1 = 15.84% -> 16
            ("arithmetic", "exact"),  # 430 / 1200 = 35.83% -> 36
        ],
    ),
    # 27. Q&A-forum answer by an audio producer citing one research house; the quoted 21% CAGR is inconsistent;
    #     the 2029 figure in billions is converted. Expected nowhere: the second house's 2024 figure, the newsroom's
    #     headcount, the per-hour price, the vendor's Series C and valuation.
    dict(
        text=(
            "Q: How big is the market for AI transcription tools in newsrooms, really?\n"
            "Answer by Dana Whitcombe, audio producer · Answered 11 January 2025\n"
            "Short version: smaller than the pitch decks say. The figure most people cite is from Marlowe Research, "
            "which put global newsroom spending on AI transcription at $390M in 2024 and expects $1.05B in 2029 - "
            "they describe that as a 21% CAGR over 2024-2029. Quillstone Insights is more optimistic and has 2024 at "
            "$460M, but their definition includes podcast studios. For what it's worth, my newsroom has 40 people and "
            "we pay roughly $0.25 per hour of audio. The biggest vendor in this space raised a $70M Series C at a $1B "
            "valuation last autumn, so expect the numbers to keep going up."
        ),
        obs=[
            ("Total", 2024, 390, "USD million", "actual"),
            ("Total", 2029, 1050, "USD million", "estimate"),  # $1.05B converted to the series' unit
        ],
        claims=[
            ("cagr", 21, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            # (1050 / 390) ** (1 / 5) - 1 = 21.91% -> 22, not 21; bounds (1045 / 390.5) ** (1/5) - 1 = 21.76%,
            # (1055 / 389.5) ** (1/5) - 1 = 22.05% -> 21 is never reached
            ("cagr|implied", "inconsistent"),
        ],
    ),
    # 28. São Paulo research-house note on AI ad targeting for Brazilian news sites; YoY with both amounts, a CAGR
    #     whose span only the amounts' years give (holds only by rounding). Expected nowhere: the R$ (real)
    #     conversion, the digital news ad pool in reais, page views, the covered company's ad growth, target, upside.
    dict(
        text=(
            "Ipê Research | Media & Internet | São Paulo, 9 September 2025\n"
            "Programmatic gets smarter: AI ad targeting on Brazilian news sites\n"
            "Brazilian news publishers spent US$88 million on AI-driven ad-targeting and audience-segmentation tools "
            "in 2024, up 24% from US$71 million in 2023 (in local currency, roughly R$480 million last year). We "
            "forecast the segment at US$191 million in 2028, a CAGR of about 22%. The broader digital news "
            "advertising pool is far larger, at R$3.1 billion, and the top five portals together serve some 4.2 "
            "billion page views a month. Among the names we cover, Grupo Horizonte grew ad revenue 11% in 2Q25; we "
            "reiterate Outperform with a target price of R$14.50 (26% upside)."
        ),
        obs=[
            ("Total", 2023, 71, "USD million", "actual"),
            ("Total", 2024, 88, "USD million", "actual"),
            ("Total", 2028, 191, "USD million", "estimate"),
        ],
        claims=[
            ("growth", 24, "percent", 2023, 2024, 1.0),
            ("cagr", 22, "percent", 2024, 2028, None, "inferred"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 88 / 71 - 1 = 23.94% -> 24
            # (191 / 88) ** (1 / 4) - 1 = 21.38% -> 21, not 22; bounds (190.5 / 88.5) ** (1/4) - 1 = 21.13%,
            # (191.5 / 87.5) ** (1/4) - 1 = 21.63% -> 22 reached only by some reading
            ("cagr|period", "rounding"),
        ],
    ),
    # 29. Xinhua-style release on AI in news publishing (CNY 100 million); YoY with both amounts; 突破 (approximate).
    #     Expected nowhere: the conference edition, the report's title year, books printed (册), digital readers,
    #     media organisations and delegates.
    dict(
        text=(
            "新华社北京2025年3月18日电（记者王晓宁）记者18日从第十一届中国新闻技术大会上获悉，据中国新闻技术协进会发布的"
            "《新闻出版人工智能应用发展报告（2025）》，2024年我国新闻出版领域人工智能应用市场规模达到86.4亿元，同比增长"
            "27.6%，2023年这一数字为67.7亿元。报告预计，到2027年该市场规模将突破180亿元。报告显示，智能采编、语音转写、"
            "机器翻译和数字资产检索已成为应用最广的场景。另据统计，2024年全国共出版图书超过100亿册，数字阅读用户规模达"
            "5.7亿人。本届大会吸引了来自全国300余家媒体机构的1200余名代表参会。"
        ),
        obs=[
            ("Total", 2023, 67.7, "CNY 100 million", "actual"),
            ("Total", 2024, 86.4, "CNY 100 million", "actual"),
            ("Total", 2027, 180, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 27.6, "percent", 2023, 2024, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 86.4 / 67.7 - 1 = 27.62% -> 27.6
        ],
    ),
    # 30. Ministry implementation plan for AI in publishing; 增长1.5倍 keeps 1.5 as the multiple, 翻一番 is x2.
    #     Expected nowhere: the plan's title years, section numbers, 10 firms, 20 bases, the 80% penetration rate.
    dict(
        text=(
            "关于推动人工智能赋能出版业高质量发展的实施方案（2025—2027年）\n"
            "（2025年6月印发）\n"
            "一、总体目标\n"
            "2024年，我国出版领域人工智能相关产业规模约为120亿元，智能编校、有声读物合成、版权资产管理等应用加快落地。"
            "到2027年，出版领域人工智能相关产业规模超过300亿元，较2024年增长1.5倍；培育10家以上具有示范作用的出版智能化"
            "骨干企业，建设20个左右出版业人工智能应用创新基地，重点出版单位人工智能应用普及率达到80%。展望2030年，产业规模"
            "力争达到600亿元，较2027年翻一番。\n"
            "二、重点任务\n"
            "（一）推进智能编校规模化应用。……"
        ),
        obs=[
            ("Total", 2024, 120, "CNY 100 million", "actual"),
            ("Total", 2027, 300, "CNY 100 million", "estimate"),
            ("Total", 2030, 600, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("multiple", 1.5, "multiple", 2024, 2027, 3.0),
            ("multiple", 2, "multiple", 2027, 2030, 3.0),
        ],
        verdicts=[],
    ),
    # 31. Taiwanese MIC-style release (Traditional, TWD 100 million); the 18.2% YoY holds only by rounding.
    #     Expected nowhere: 312 firms surveyed, the 62% survey answer, 不到兩成 in words, the whole publishing sector.
    dict(
        text=(
            "資策會產業情報研究所（MIC）2025年5月20日發布最新研究指出，台灣新聞與出版業者在AI應用上的投入持續擴大，2024年"
            "相關市場規模達新台幣38.6億元，較2023年的32.7億元年增18.2%。MIC預估，隨著AI逐字稿、自動摘要與多語翻譯工具普及，"
            "2026年市場規模將成長至新台幣61億元，2024至2026年年複合成長率達25.7%。MIC資深產業分析師林佳蓉表示，本次調查"
            "共訪問312家媒體與出版業者，其中62%已導入至少一項生成式AI工具，但僅有不到兩成訂有內部使用規範。相較之下，"
            "台灣出版產業整體產值仍約在新台幣300億元上下。"
        ),
        obs=[
            ("Total", 2023, 32.7, "TWD 100 million", "actual"),
            ("Total", 2024, 38.6, "TWD 100 million", "actual"),
            ("Total", 2026, 61, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 18.2, "percent", 2023, 2024, 1.0),
            ("cagr", 25.7, "percent", 2024, 2026, None, "stated"),
        ],
        verdicts=[
            # 38.6 / 32.7 - 1 = 18.04% -> 18.0, not 18.2; bounds 38.55 / 32.75 - 1 = 17.71%,
            # 38.65 / 32.65 - 1 = 18.38% -> 18.2 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (61 / 38.6) ** (1 / 2) - 1 = 25.71% -> 25.7
        ],
    ),
    # 32. Hong Kong newspaper report (Traditional, HKD 100 million) on the book-fair day; 去年 = 2024, 今年 = 2025
    #     estimate; a segment whose 26% share holds only by rounding. Expected nowhere: the whole local book market,
    #     the e-book 三成 in words, fair visitors, exhibitor count.
    dict(
        text=(
            "（本報記者 鄭詠詩）2025年7月16日 香港書展今日揭幕。香港出版總會昨日公布的調查顯示，本港出版及新聞業去年在"
            "人工智能應用上的開支達4.86億港元，較2023年的3.9億港元增長約25%，預計今年可達6億港元。其中AI翻譯及版權管理"
            "服務佔1.2億港元，佔比約26%。總會會長表示，生成式AI已滲透編輯、排版及有聲書製作等環節，但本地圖書市場總值約"
            "28億港元，電子書銷售只佔其中約三成。今屆書展預計吸引約100萬人次入場，參展商逾700家。"
        ),
        obs=[
            ("Total", 2023, 3.9, "HKD 100 million", "actual"),
            ("Total", 2024, 4.86, "HKD 100 million", "actual"),
            ("Total", 2025, 6, "HKD 100 million", "estimate"),
            ("AI翻譯及版權管理服務", 2024, 1.2, "HKD 100 million", "actual"),
        ],
        claims=[
            ("growth", 25, "percent", 2023, 2024, 1.0),
            ("share", 26, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 4.86 / 3.9 - 1 = 24.62% -> 25
            # 1.2 / 4.86 = 24.69% -> 25, not 26; bounds 1.15 / 4.865 = 23.64%, 1.25 / 4.855 = 25.75%
            # -> 26 reached only by some reading
            ("arithmetic", "rounding"),
        ],
    ),
    # 33. PTT forum post (Traditional, TWD 100 million) summarising a consultancy report; 是2024年的近4倍 is x4.
    #     Expected nowhere: the per-book NT$ cost, the editor headcount, the push comment's listener count, list numbers.
    dict(
        text=(
            "作者 bookworm88 (書蟲阿德)\n"
            "看板 Publish\n"
            "標題 [情報] 台灣AI有聲書製作市場 研究報告摘要\n"
            "時間 Tue Apr  8 21:14:03 2025\n"
            "\n"
            "剛看到澄觀研究出的報告，幫大家整理重點：\n"
            "1. 台灣AI有聲書製作市場2023年約新台幣3.2億元，2024年衝到新台幣5.1億元，成長59%\n"
            "2. 他們預估2028年會到新台幣20億元，是2024年的近4倍\n"
            "3. 一本書用AI配音大概NT$2萬就能搞定，真人錄製要貴好幾倍\n"
            "心得：我們出版社編輯才6個人，老闆已經在問要不要全部改AI了……\n"
            "--\n"
            "※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 臺灣\n"
            "推 readmore: 去年有聲書聽眾好像破200萬人了\n"
            "→ catlover: 真人朗讀還是比較有溫度啦"
        ),
        obs=[
            ("Total", 2023, 3.2, "TWD 100 million", "actual"),
            ("Total", 2024, 5.1, "TWD 100 million", "actual"),
            ("Total", 2028, 20, "TWD 100 million", "estimate"),
        ],
        claims=[
            ("growth", 59, "percent", 2023, 2024, 1.0),
            ("multiple", 4, "multiple", 2024, 2028, 4.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 5.1 / 3.2 - 1 = 59.38% -> 59
        ],
    ),
    # 34. Mainland brokerage sector-report abstract; the 2030 figure is a range (two value claims, no obs).
    #     Expected nowhere: the report date, rating, the national distribution total (万亿元), the <1% penetration,
    #     the stock's target price, the analyst's certificate number.
    dict(
        text=(
            "华辰证券研究所 | 传媒行业深度报告 | 2025年8月12日\n"
            "AI+出版：从降本工具到内容新供给\n"
            "行业评级：推荐（维持）\n"
            "核心观点：我们测算，2024年国内AI+出版（含智能编校、有声书合成、版权与元数据管理）市场规模为72亿元，2025年有望"
            "达到95亿元，同比增长32%；中性假设下，2030年市场规模有望达到280-320亿元。对比来看，2024年全国出版物发行总额约"
            "1.1万亿元，AI渗透率仍不足1%。重点推荐书海传媒（目标价18.6元）。\n"
            "风险提示：AI技术落地不及预期；版权纠纷风险。\n"
            "分析师：陈思远  执业证书编号：S1230523080002"
        ),
        obs=[
            ("Total", 2024, 72, "CNY 100 million", "actual"),
            ("Total", 2025, 95, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 32, "percent", 2024, 2025, 1.0),
            ("value", 280, "CNY 100 million", 2030, 2030, None),
            ("value", 320, "CNY 100 million", 2030, 2030, None),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 95 / 72 - 1 = 31.94% -> 32
        ],
    ),
    # 35. Listed publisher's results-briefing transcript; the chairman sizes the market (Total); 今年 = 2025 estimate;
    #     "约35%" holds only by rounding. Expected nowhere: the company's revenue and AI revenue, the Q1 figure and
    #     its growth, the 10% share target, the editorial headcount.
    dict(
        text=(
            "文澜出版传媒股份有限公司2024年度暨2025年第一季度业绩说明会文字实录（2025年5月9日）\n"
            "问：请问公司如何看待AI教辅和智能编校业务的市场空间？\n"
            "答（董事长 周启明）：感谢您的提问。根据公司内部测算，国内AI教辅及智能编校市场2024年约为40亿元，今年有望达到"
            "55亿元，同比增长约35%。公司2024年实现营业收入12.3亿元，其中AI相关业务收入1.1亿元；今年一季度AI相关业务收入"
            "0.32亿元，同比增长41%。我们的目标是三年内在这一市场占据10%以上的份额。目前公司数字化编辑团队约180人。\n"
            "问：公司在有声书方面有什么新进展？"
        ),
        obs=[
            ("Total", 2024, 40, "CNY 100 million", "actual"),
            ("Total", 2025, 55, "CNY 100 million", "estimate"),
        ],
        claims=[
            ("growth", 35, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            # 55 / 40 - 1 = 37.50% -> 38, not 35; bounds 54.5 / 40.5 - 1 = 34.57%, 55.5 / 39.5 - 1 = 40.51%
            # -> 35 reached only by some reading
            ("cagr|implied", "rounding"),
        ],
    ),
    # 36. Markdown pipe table of UK book publishing AI spend by application with a Total row; 2025F estimates; the
    #     2024 column adds only by rounding. Expected nowhere: the table number, UK consumer book sales.
    dict(
        text=(
            "Table 3: AI spending in UK book publishing, by application (GBP million)\n"
            "\n"
            "| Application | 2023 | 2024 | 2025F |\n"
            "|---|---:|---:|---:|\n"
            "| Audiobook narration | 48.2 | 66.4 | 90.1 |\n"
            "| Editorial assistants | 31.5 | 42.9 | 57.0 |\n"
            "| Rights and metadata | 22.7 | 29.3 | 37.8 |\n"
            "| Translation | 15.1 | 20.6 | 27.4 |\n"
            "| Total | 117.5 | 159.3 | 212.3 |\n"
            "\n"
            "Source: Pemberton Hale Research, UK Publishing AI Tracker, March 2025. Totals may not sum due to "
            "rounding. For reference, UK consumer book sales were £2.1bn in 2024."
        ),
        obs=[
            ("Audiobook narration", 2023, 48.2, "GBP million", "actual"),
            ("Audiobook narration", 2024, 66.4, "GBP million", "actual"),
            ("Audiobook narration", 2025, 90.1, "GBP million", "estimate"),
            ("Editorial assistants", 2023, 31.5, "GBP million", "actual"),
            ("Editorial assistants", 2024, 42.9, "GBP million", "actual"),
            ("Editorial assistants", 2025, 57.0, "GBP million", "estimate"),
            ("Rights and metadata", 2023, 22.7, "GBP million", "actual"),
            ("Rights and metadata", 2024, 29.3, "GBP million", "actual"),
            ("Rights and metadata", 2025, 37.8, "GBP million", "estimate"),
            ("Translation", 2023, 15.1, "GBP million", "actual"),
            ("Translation", 2024, 20.6, "GBP million", "actual"),
            ("Translation", 2025, 27.4, "GBP million", "estimate"),
            ("Total", 2023, 117.5, "GBP million", "actual"),
            ("Total", 2024, 159.3, "GBP million", "actual"),
            ("Total", 2025, 212.3, "GBP million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 48.2 + 31.5 + 22.7 + 15.1 = 117.5 = 117.5
            # 2024: 66.4 + 42.9 + 29.3 + 20.6 = 159.2, not 159.3; bounds 159.0 .. 159.4 (each row +/-0.05)
            # -> 159.3 reached only by some reading
            ("hierarchy", "rounding"),
            ("hierarchy", "exact"),  # 2025F: 90.1 + 57.0 + 37.8 + 27.4 = 212.3 = 212.3
        ],
    ),
    # 37. Tab-separated vertical table for Japan headed only by its unit (¥ billion -> Total, JPY billion) with a YoY
    #     column; 2025E estimate; the 2024 YoY holds only by rounding. Expected nowhere: the figure number,
    #     146 groups surveyed.
    dict(
        text=(
            "Figure 7. Japan: market for AI newsroom tools (transcription, summarisation, translation)\n"
            "Year\t¥ billion\tYoY\n"
            "2021\t12.4\t-\n"
            "2022\t16.1\t29.8%\n"
            "2023\t21.3\t32.3%\n"
            "2024\t27.9\t30.8%\n"
            "2025E\t35.5\t27.2%\n"
            "Source: Kanda Media Research Institute, January 2025; survey of 146 newspaper and broadcast groups."
        ),
        obs=[
            ("Total", 2021, 12.4, "JPY billion", "actual"),
            ("Total", 2022, 16.1, "JPY billion", "actual"),
            ("Total", 2023, 21.3, "JPY billion", "actual"),
            ("Total", 2024, 27.9, "JPY billion", "actual"),
            ("Total", 2025, 35.5, "JPY billion", "estimate"),
        ],
        claims=[
            ("growth", 29.8, "percent", 2021, 2022, 1.0),
            ("growth", 32.3, "percent", 2022, 2023, 1.0),
            ("growth", 30.8, "percent", 2023, 2024, 1.0),
            ("growth", 27.2, "percent", 2024, 2025, 1.0),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # 16.1 / 12.4 - 1 = 29.84% -> 29.8
            ("cagr|implied", "exact"),  # 21.3 / 16.1 - 1 = 32.30% -> 32.3
            # 27.9 / 21.3 - 1 = 30.99% -> 31.0, not 30.8; bounds 27.85 / 21.35 - 1 = 30.44%,
            # 27.95 / 21.25 - 1 = 31.53% -> 30.8 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # 35.5 / 27.9 - 1 = 27.24% -> 27.2
        ],
    ),
    # 38. Space-aligned Simplified Chinese table (亿元) by segment with a 合计 row; 2025E estimates.
    #     Expected nowhere: the table number and title years, the national book-retail 码洋 in the note.
    dict(
        text=(
            "表2  2023-2025年中国出版业AI应用市场结构\n"
            "单位：亿元\n"
            "细分领域              2023年    2024年    2025E\n"
            "智能编校                18.6      25.3      33.9\n"
            "有声书AI合成            12.4      17.8      24.5\n"
            "版权与元数据管理         7.9      10.6      14.2\n"
            "AI翻译出版               4.3       6.1       8.8\n"
            "合计                    43.2      59.8      81.4\n"
            "资料来源：墨林数字出版研究院，2025年3月。注：2024年全国图书零售市场码洋规模约1129亿元。"
        ),
        obs=[
            ("智能编校", 2023, 18.6, "CNY 100 million", "actual"),
            ("智能编校", 2024, 25.3, "CNY 100 million", "actual"),
            ("智能编校", 2025, 33.9, "CNY 100 million", "estimate"),
            ("有声书AI合成", 2023, 12.4, "CNY 100 million", "actual"),
            ("有声书AI合成", 2024, 17.8, "CNY 100 million", "actual"),
            ("有声书AI合成", 2025, 24.5, "CNY 100 million", "estimate"),
            ("版权与元数据管理", 2023, 7.9, "CNY 100 million", "actual"),
            ("版权与元数据管理", 2024, 10.6, "CNY 100 million", "actual"),
            ("版权与元数据管理", 2025, 14.2, "CNY 100 million", "estimate"),
            ("AI翻译出版", 2023, 4.3, "CNY 100 million", "actual"),
            ("AI翻译出版", 2024, 6.1, "CNY 100 million", "actual"),
            ("AI翻译出版", 2025, 8.8, "CNY 100 million", "estimate"),
            ("合计", 2023, 43.2, "CNY 100 million", "actual"),
            ("合计", 2024, 59.8, "CNY 100 million", "actual"),
            ("合计", 2025, 81.4, "CNY 100 million", "estimate"),
        ],
        claims=[],
        verdicts=[
            ("hierarchy", "exact"),  # 2023: 18.6 + 12.4 + 7.9 + 4.3 = 43.2 = 43.2
            ("hierarchy", "exact"),  # 2024: 25.3 + 17.8 + 10.6 + 6.1 = 59.8 = 59.8
            ("hierarchy", "exact"),  # 2025E: 33.9 + 24.5 + 14.2 + 8.8 = 81.4 = 81.4
        ],
    ),
    # 39. Regional space-aligned table of AI content-licensing revenue with a CAGR 2024-29F column (stated spans);
    #     Latin America's 31.7% is inconsistent, Middle East & Africa's 26.1% holds only by rounding.
    #     Expected nowhere: litigation settlements (excluded, unquantified).
    dict(
        text=(
            "AI content-licensing revenue of news publishers, by region (USD million)\n"
            "Region                  2024    2029F   CAGR 2024-29F\n"
            "North America            412    1,180       23.4%\n"
            "Europe                   198      610       25.2%\n"
            "Asia-Pacific             121      455       30.3%\n"
            "Latin America             24       88       31.7%\n"
            "Middle East & Africa      15       47       26.1%\n"
            "Global                   770    2,380       25.3%\n"
            "Source: Ostrander & Wilde, AI Content Licensing Monitor, June 2025. Excludes one-off settlements of "
            "copyright litigation."
        ),
        obs=[
            ("North America", 2024, 412, "USD million", "actual"),
            ("North America", 2029, 1180, "USD million", "estimate"),
            ("Europe", 2024, 198, "USD million", "actual"),
            ("Europe", 2029, 610, "USD million", "estimate"),
            ("Asia-Pacific", 2024, 121, "USD million", "actual"),
            ("Asia-Pacific", 2029, 455, "USD million", "estimate"),
            ("Latin America", 2024, 24, "USD million", "actual"),
            ("Latin America", 2029, 88, "USD million", "estimate"),
            ("Middle East & Africa", 2024, 15, "USD million", "actual"),
            ("Middle East & Africa", 2029, 47, "USD million", "estimate"),
            ("Global", 2024, 770, "USD million", "actual"),
            ("Global", 2029, 2380, "USD million", "estimate"),
        ],
        claims=[
            ("cagr", 23.4, "percent", 2024, 2029, None, "stated"),
            ("cagr", 25.2, "percent", 2024, 2029, None, "stated"),
            ("cagr", 30.3, "percent", 2024, 2029, None, "stated"),
            ("cagr", 31.7, "percent", 2024, 2029, None, "stated"),
            ("cagr", 26.1, "percent", 2024, 2029, None, "stated"),
            ("cagr", 25.3, "percent", 2024, 2029, None, "stated"),
        ],
        verdicts=[
            ("cagr|implied", "exact"),  # (1180 / 412) ** (1 / 5) - 1 = 23.42% -> 23.4
            ("cagr|implied", "exact"),  # (610 / 198) ** (1 / 5) - 1 = 25.24% -> 25.2
            ("cagr|implied", "exact"),  # (455 / 121) ** (1 / 5) - 1 = 30.33% -> 30.3
            # (88 / 24) ** (1 / 5) - 1 = 29.67% -> 29.7, not 31.7; bounds (87.5 / 24.5) ** (1/5) - 1 = 28.99%,
            # (88.5 / 23.5) ** (1/5) - 1 = 30.37% -> 31.7 is never reached
            ("cagr|implied", "inconsistent"),
            # (47 / 15) ** (1 / 5) - 1 = 25.66% -> 25.7, not 26.1; bounds (46.5 / 15.5) ** (1/5) - 1 = 24.57%,
            # (47.5 / 14.5) ** (1/5) - 1 = 26.78% -> 26.1 reached only by some reading
            ("cagr|implied", "rounding"),
            ("cagr|implied", "exact"),  # (2380 / 770) ** (1 / 5) - 1 = 25.32% -> 25.3
            ("hierarchy", "exact"),  # 2024: 412 + 198 + 121 + 24 + 15 = 770 = 770
            ("hierarchy", "exact"),  # 2029F: 1180 + 610 + 455 + 88 + 47 = 2380 = 2380
        ],
    ),
    # 40. French culture-ministry statistics table (EUR million) with a share column; the 100.0 total share is no
    #     claim; the news-agency 10.5% holds only by rounding. Expected nowhere: the table number, enterprise count,
    #     the publishing sector's whole turnover.
    dict(
        text=(
            "Ministère de la Culture - Département des études, de la prospective et des statistiques | Paris, "
            "November 2025\n"
            "Table 5. Spending on AI tools by French publishers, 2024\n"
            "Type of publisher                    EUR million   Share (%)\n"
            "Newspaper and magazine publishers          142.6        47.9\n"
            "Book publishers                             98.6        33.1\n"
            "News agencies                               31.1        10.5\n"
            "Other publishers                            25.4         8.5\n"
            "Total                                      297.7       100.0\n"
            "Coverage: 1,284 enterprises with 10 or more employees. Turnover of the publishing sector as a whole: "
            "EUR 17.9 billion."
        ),
        obs=[
            ("Newspaper and magazine publishers", 2024, 142.6, "EUR million", "actual"),
            ("Book publishers", 2024, 98.6, "EUR million", "actual"),
            ("News agencies", 2024, 31.1, "EUR million", "actual"),
            ("Other publishers", 2024, 25.4, "EUR million", "actual"),
            ("Total", 2024, 297.7, "EUR million", "actual"),
        ],
        claims=[
            ("share", 47.9, "percent", 2024, 2024, None),
            ("share", 33.1, "percent", 2024, 2024, None),
            ("share", 10.5, "percent", 2024, 2024, None),
            ("share", 8.5, "percent", 2024, 2024, None),
        ],
        verdicts=[
            ("arithmetic", "exact"),  # 142.6 / 297.7 = 47.90% -> 47.9
            ("arithmetic", "exact"),  # 98.6 / 297.7 = 33.12% -> 33.1
            # 31.1 / 297.7 = 10.447% -> 10.4, not 10.5; bounds 31.05 / 297.75 = 10.428%, 31.15 / 297.65 = 10.465%
            # -> 10.5 reached only by some reading
            ("arithmetic", "rounding"),
            ("arithmetic", "exact"),  # 25.4 / 297.7 = 8.53% -> 8.5
            ("hierarchy", "exact"),  # 142.6 + 98.6 + 31.1 + 25.4 = 297.7 = 297.7
        ],
    ),
]


def numbered() -> list:
    """The snippets as (number, snippet) pairs, numbered from 1 as in the comments."""
    return list(enumerate(CHECKSET, start=1))


# ------------------------------------------------------------------ what the set is, and what it holds the extractor to
#: its name in the measures' line
NAME = "hundred-and-ninety-first check set"
#: at least this many snippets in Traditional Chinese, and rows of these verdicts
MIX = {'traditional': 7, 'inconsistent': 5, 'rounding': 16, 'exact': 65}
#: sources, layouts and wordings the set is meant to cover
FORMS = (
    'a 27% jump on the £168 million',
    'equivalent to compound annual growth of 23.4% over 2024-2029',
    'US$7.9bn by FY2029e - a c.19% CAGR',
    'Archive search and metadata enrichment was the largest',
    'EUR 0.29 billion (16%)',
    'expects European spending to pass EUR 3 billion in 2027',
    'US$1.02 billion by 2033, compounding at 23.9% a year',
    'putting the 2024 market at US$175 million',
    'at around 2.3 billion euros this year',
    'so call it 16% a year',
    'expects it to approach €455 million this year',
    'the correct figure is ¥42.8 billion',
    'between ¥95 billion and ¥110 billion in 2028',
    'close to four times the $0.5 billion signed in',
    '较2023年的65.8亿元同比增长31.2%',
    '产业规模力争突破120亿元，较2023年增长3倍',
    '另据艾维咨询测算，2024年这一市场规模约为60亿元',
    '較2023年的14.2億元成長13.0%',
    '其中中英翻譯及粵語語音轉寫佔4.9億港元，約佔總額39%',
    '去年我国有声书AI配音市场规模约为23.7亿元',
    '今年这一市场规模有望突破35亿元',
    '年複合成長率約40%',
    '| Segment | 2023 | 2024 | 2025E | 2027F |',
    '2025E       427    43.3%',
    '合计\t54.7\t75.1\t100.1',
    '| 圖書出版 | 605 | 32.8% |',
    'is roughly £1.9 billion this year',
    'a compound rate of about 21% from 2025 to 2028',
    'more than threefold the $250 million paid in 2023',
    'a compound annual rate of roughly 23%',
    "€310m in 2023 → €540m in 2024. That's +75% YoY",
    '~44%/yr over 2024-27',
    'The correct figure is €408 million.',
    'from US$145 million in FY2024 to US$190 million in FY2025',
    '€1.2bn (2024) → €2.9bn (2030E)',
    '€430m in 2024, 36% of the TAM',
    'they describe that as a 21% CAGR over 2024-2029',
    'up 24% from US$71 million in 2023',
    'US$191 million in 2028, a CAGR of about 22%',
    '市场规模达到86.4亿元，同比增长27.6%',
    '到2027年该市场规模将突破180亿元',
    '较2024年增长1.5倍',
    '力争达到600亿元，较2027年翻一番',
    '2024至2026年年複合成長率達25.7%',
    '去年在人工智能應用上的開支達4.86億港元',
    '是2024年的近4倍',
    '2030年市场规模有望达到280-320亿元',
    '今年有望达到55亿元，同比增长约35%',
    '| Total | 117.5 | 159.3 | 212.3 |',
    '2025E\t35.5\t27.2%',
    '合计                    43.2',
    'Latin America             24       88       31.7%',
)
LAYOUT = (40, 9, 13, 18)
#: the set's blind score (written without reading or running the extractor, and kept unread): 194
#: figures, 55 rates, 84 verdicts and 1 false inconsistent
FLOORS = {"figures_found": 194, "rates_found": 56, "verdicts_right": 85}
#: the false inconsistent verdicts the set may draw; at most this
FALSE_INCONSISTENT = 1


if __name__ == "__main__":  # python tests/extract_checkset191.py [-v]: the measures on the set
    import sys

    from extract_corpus import print_measures

    print_measures(f"{NAME} ({len(CHECKSET)} snippets):", numbered(), "-v" in sys.argv)
