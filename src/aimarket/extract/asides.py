"""What a report's text says beside its market: a press release's dateline and boilerplate, a survey's answers, a
discount, a quarter's part of a year. Their numbers are no figures of the market, and are not read as such.

Examples
--------
>>> dateline_end("DUBLIN, Jan. 14, 2025 (GLOBE NEWSWIRE) -- Worldwide revenue rose to $71.3 billion in 2024.")
42
>>> dateline_end("北京，2025年3月4日——报告称，2024年市场规模为1,035亿元。")
14
>>> is_boilerplate("About Ashgrove Health Analytics"), is_boilerplate("关于睿观数据：公司成立于2009年，员工逾600人。")
(True, True)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from . import vocabulary
from .numbers import YEAR, chinese_int, trimmed_end

__all__ = ["dateline_end", "dateline_month", "dateline_year", "slide_label_end", "month_of", "is_boilerplate", "opens_boilerplate",
           "is_furniture", "without_counters",
           "aside_spans", "survey_spans", "period_spans", "part_label", "outside", "bracket_open"]

#: a place before a dateline's date, and its comma: "LONDON, ", "Frankfurt am Main, "
_PLACE = r"(?:[A-Z][A-Za-z.'\- ]{1,40},\s+)"
#: a dateline's day and month, either way round: "June 10, ", "12 June ", "Jan. 22, "
_DAY_AND_MONTH = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+)"
#: a press release's or news item's dateline, up to the dash, colon or source tag that ends it: "SAN JOSE, Calif.,
#: June 10, 2025 /PRNewswire/ --", "LONDON, 12 June 2025 -", "NEW YORK, Jan. 22, 2025:", "北京，2025年3月4日——",
#: "工信观察网 2025年1月16日讯", "界面新闻记者 周航 2025年3月12日，", "SAO PAULO:", "SEOUL, June 18 (Yonhap) --"
_DATELINE = re.compile(
    r"^\s*" + _PLACE + "{0,3}" + _DAY_AND_MONTH
    + r"(?P<a>(?:19|20)\d{2})\s*(?:(?:/[^/\n]{2,30}/|\([A-Z][A-Za-z ]{2,30}\))\s*(?:--|—|–|-)?|--|—|–|-|:)\s*"
    # the date, then what the text is in brackets, up to a dash: "Frankfurt, 22 May 2025 (Research note 14/2025) - "
    r"|^\s*" + _PLACE + "{1,3}" + _DAY_AND_MONTH
    + r"(?P<f>(?:19|20)\d{2})\s*\([^()\n]{2,50}\)\s*(?:--|—|–|-)\s*"
    # a place and a month with no day, as a monthly note dates itself: "Tokyo, June 2025 — "
    r"|^\s*" + _PLACE + "{1,3}" + vocabulary.MONTH + r"\s+(?P<e>(?:19|20)\d{2})\s*(?:--|—|–)\s*"
    # a place and a day with no year, before an agency's tag: "SEOUL, June 18 (Yonhap) -- "
    + r"|^\s*" + _PLACE + "{1,3}" + vocabulary.MONTH + r"\s+\d{1,2}\s*\([A-Z][A-Za-z ]{2,30}\)\s*(?:--|—|–|-)\s*"
    r"|^\s*[\u4e00-\u9fff]{2,12}\s*[，,]?\s*(?P<b>(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*"
    r"(?:电|電|讯|訊|——|—)\s*(?:——|—)?\s*"
    # a reporter's byline and the date before a comma: "界面新闻记者 周航 2025年3月12日，"
    r"|^\s*[\u4e00-\u9fff]{0,10}(?:记者|記者|新闻|新聞|日报|日報|网|網|社)(?:\s*[\u4e00-\u9fff]{2,4})?\s*[，,]?\s*"
    r"(?P<c>(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[，,]\s*"
    # the date first, then the outlet and reporter, up to a dash: "2025年10月2日 工商日報記者新竹報導——"
    r"|^\s*(?P<d>(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[\u4e00-\u9fff]{0,16}(?:报道|報導|讯|訊|电|電)"
    r"\s*(?:——|—)\s*"
    # a place alone, in capitals, before a colon or an agency's tag: "KUALA LUMPUR:", "SAO PAULO (Reuters) -"
    r"|^\s*[A-Z]{2,}(?:[ .'-][A-Z]{2,}){0,2}\s*(?::|\([A-Z][A-Za-z ]{1,30}\)\s*(?:--|—|–|-))\s+(?=[A-Z])")

#: a line of a press release's boilerplate: "About Acme" (alone, or "About Acme:"), "关于X：", contacts,
#: forward-looking statements
_BOILERPLATE = re.compile(
    r"^\s*(?:#+\s*)?(?:(?i:media\s+|press\s+|investor\s+)?(?i:contacts?)\s*(?::|$)"
    r"|(?i:forward[- ]looking\s+statements?)|About\s+(?!(?:the|this|our|us|these|its)\b)[A-Z][^\n:.\d%]{0,60}(?::|$)"
    r"|(?:关于|關於)[^\s，。：:\d]{1,30}[：:]|(?:媒体|媒體)?(?:联系方式|聯繫方式|联系人|聯絡人|联系电话|聯絡電話)\s*[：:])")

#: a sentence about a survey's answers: "62% of respondents", "71% said", "62%的受访企业", "有55%计划"
_SURVEY = re.compile(r"\brespondents\b|\b(?:those|we|they|it)\s+(?:surveyed|polled|interviewed)\b"
                     r"|%\s*(?:said|say|says|reported|agreed|plan|plans|intend|intends|already)\b"  # "54% plan to add"
                     # "surveyed 2,400 teachers, 41% of whom use an AI tool": a share of the people counted
                     r"|%\s+of\s+(?:whom|them)\b"
                     # a share of a population that does something, no market's: "90% of organisations will adopt"
                     r"|%\s+of\s+(?:all\s+)?(?:the\s+)?(?:organi[sz]ations|companies|enterprises|firms|businesses|consumers|"
                     r"CIOs|CEOs|executives|adults|households|people|employees|workers)\b"
                     r"|受访|受訪|受调查|受調查|被调查|被調查|接受调查|接受調查"
                     # "480家政企用户中，有55%计划…", "62%的企业表示": a share of those counted that plan or say something
                     r"|\d\s*(?:家|位|名|个|個)[^，,。；;%]{0,16}中\s*[，,]?\s*(?:有|约有|約有|超过|超過|近)?\s*\d+(?:\.\d+)?\s*[%％]"
                     r"|[%％]\s*(?:的[\u4e00-\u9fff]{0,6})?(?:计划|計劃|計畫|打算|表示|认为|認為|希望|愿意|願意)",
                     re.IGNORECASE)

#: a percent of something other than a market's size or share: a margin ("Gross margin target: 65%", "毛利率为41%"),
#: rooms or seats filled ("occupancy averaged 74%", "load factor of 83%", "入住率达78%"); a penetration rate is a share
#: (AI PCs among all PCs); not the name of what a market sells to watch it ("occupancy monitoring", "入住率监测")
_NOT_A_SHARE = re.compile(r"(?:\b(?:(?:gross|operating|net|profit|ebitda)\s+)?margins?\b|毛利率|净利率|淨利率|利润率|利潤率"
                          r"|\boccupancy\b|\bload\s+factors?\b|入住率|上座率)"
                          r"(?!\s*(?:(?:monitoring|management|analytics|sensing|tracking|forecast(?:ing|s)?|prediction|"
                          r"optimi[sz]ation|sensors?|detection|software|tools?|platforms?)\b|监测|監測|管理|预测|預測|优化|優化|"
                          r"分析|系统|系統|平台))", re.IGNORECASE)
#: a margin's percent before its name: "62% gross margin", "a 30% operating margin", "81% occupancy"
_MARGIN_AFTER = re.compile(r"\s?(?<![\d.])\d[\d.]*\s?%\s+(?:(?:(?:gross|operating|net|profit|ebitda|adjusted)\s+)+margins?"
                           r"|occupancy|load\s+factors?)\b", re.IGNORECASE)
#: an amount per head or per unit of another amount, no size of a market: "人均实现业务收入115.8万元", "每百元营业收入中的成本
#:为84.76元", "GDP per capita was $1,200" (the rest of its clause); "$1,200 per capita", "$450 per share", "¥150,000 a
#: pair" (the amount before it)
_PER_HEAD = re.compile(r"人均|每百元|每人|\bper[-\s](?:capita|head|person|employee|worker)\b", re.IGNORECASE)
_PER_HEAD_AFTER = re.compile(r"(?:US\$|[$€£¥]|\b[A-Z]{3}\s?)?(?<![\d.,])\d[\d.,]*\s*(?:[kmbt]n?\b|thousand|million|billion)?"
                             r"\s*(?:per|a)\s+(?:capita|head|person|employee|worker|share|unit|user|subscriber|month|"
                             r"pair|piece|set)\b",
                             re.IGNORECASE)
#: the price of one unit, a driver of a market's size and no size of it: "a blended ASP near US$1,500", "an average
#: installed price of EUR 19,300", "单价4.5万美元", "均价为3,200元"
_UNIT_PRICE = re.compile(r"(?:\b(?:blended\s+|average\s+)?ASPs?\b|\baverage\s+(?:[a-z]+\s+)?price|\bunit\s+price|"
                         # an average paid by one, its words before it: "the average annual premium to insure a dog
                         # reached £398"
                         r"\baverage\s+(?:[a-z]+\s+)?(?:premium|fee|bill|ticket\s+price|salary|wage)s?\b"
                         r"[^.;,\d$€£¥]{0,40}?\b(?:reached|rose\s+to|fell\s+to|was|is|stood\s+at|hit|of|at)"
                         r"(?=\s*(?:US\$|[$€£¥]|[A-Z]{3}\s?)\d)|"
                         # one thing's price by its verb: "a large cruise ship now costs about €1.4 billion", "a
                         # single newbuild can top €1 billion", "each robot sells for $40,000"
                         r"\b(?:an?|one|each|every)\s+(?:(?!(?:market|industry|sector|segment|spending|sales|revenues?|"
                         r"that|which|who)\b)[A-Za-z-]+\s+){1,4}?(?:now\s+|still\s+|typically\s+|usually\s+|alone\s+)?"
                         r"(?:costs?|can\s+(?:cost|top|exceed|run\s+to)|sells?\s+for|is\s+priced\s+at|"
                         r"retails?\s+(?:for|at))"
                         r"(?:\s+(?:about|around|roughly|some|up\s+to|more\s+than|over|nearly|almost|upwards\s+of))?"
                         r"(?=\s*(?:US\$|[$€£¥]|[A-Z]{3}\s?)\d)|"
                         r"\bprice\s+per\s+unit|单价|單價|均价|均價|售价|售價)\s*(?:of|at|near|around|about|is|was|为|為|约|約|:|：)?"
                         r"\s*(?:US\$|[$€£¥]|[A-Z]{3}\s?)?\d[\d.,]*\s*(?:[kmb]n?\b|thousand|million|万|萬)?"
                         r"(?:美元|元|港元|新台幣|新臺幣)?", re.IGNORECASE)
#: the drivers a market's size is built from, multiplied in brackets after it: "(出货量340万台×单价4.5万美元)", "(18 mn
#: units x an ASP of $410)"
_DRIVER_PRODUCT = re.compile(r"[(（][^()（）]{0,40}?\d[^()（）]{0,30}?(?:×|\s[x*]\s)[^()（）]{0,40}?\d[^()（）]{0,30}?[)）]")
#: the amount of a change in brackets after the words of its size: "up by more than a fifth (67,283 units)", "rose by
#: 12% (US$1.2 billion)"
_BRACKETED_INCREMENT = re.compile(r"\b(?:up|down|rose|fell|increased|decreased|grew|gained|declined|dropped)\s+by\s+"
                                  r"[^()\d.;]{0,30}?(?:\d[\d.,]*\s?(?:%|percent|per cent)\s*)?(?P<by>\([^()]{1,40}\))",
                                  re.IGNORECASE)
#: what a tool cuts by a percent, no move of a market: "cut interpretation time by 62%", "reduces unplanned downtime by
#: up to 30%", "lowered energy use by 8%" (the time, cost or waste of the work it does)
_REDUCED_BY = re.compile(r"\b(?:cut|cuts|cutting|reduced|reduces|reducing|reduce|lowered|lowers|lowering|shortened|"
                         r"shortens|slashed|slashes|trimmed|trims)\s+(?:[\w'-]+\s+){0,3}?(?:time|times|costs?|"
                         r"downtime|hours|days|errors?|labou?r|energy|use|consumption|emissions|waste|fuel|effort|"
                         r"workloads?|defects|failures|losses|rework|scrap|delays?)\s+by\s+(?:(?:up\s+to|about|around|"
                         r"some|roughly|nearly|"
                         r"almost|more\s+than|over|as\s+much\s+as)\s+)?\d[\d.]*\s?(?:%|percent|per\s+cent)",
                         re.IGNORECASE)
#: value at stake, no size of a market: "could unlock $18-25 billion a year", "value at stake of", "economic value of"
_VALUE_AT_STAKE = re.compile(r"\b(?:could|would|may|might|will|to|can)\s+unlock\b|\bvalue\s+at\s+stake\b"
                             r"|\beconomic\s+(?:value|impact|benefits?)\s+of\b", re.IGNORECASE)
#: a confidence interval's level and bounds, no share of the market: "(95% CI: 2.6–3.7)", "95%置信区间"
_CONFIDENCE = re.compile(r"\b\d{2}(?:\.\d+)?\s?%\s*(?:CI\b|(?:confidence|credible|prediction|uncertainty)\s+"
                         r"(?:interval|band|range)|置信区间|置信區間)", re.IGNORECASE)
#: a margin of error after an estimate: "(± 0.8%)", "±1.7 percent", "+/- 2%"
_MARGIN = re.compile(r"(?:±|\+/-|\+-)\s*\d[\d.,]*\s*(?:%|percent\b|per cent\b|pp\b|percentage points?\b)?", re.IGNORECASE)
#: a Chinese character (a cue in Chinese governs its own clause, an English one its sentence)
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: a figure a newer one replaces: "down from $14.6 billion in our November outlook", "此前曾预计…为2,600万台"
_SUPERSEDED = re.compile(r"(?:\b(?:down|up)\s+)?\bfrom\s+(?=(?:[^,;.]|\.(?=\d)){0,40}?\b(?:in\s+(?:our|its|their|the|last\s+year's|a\s+previous|"
                         r"an\s+earlier)\s+(?:[A-Za-z']+\s+)?(?:outlook|forecast|estimate|report|edition|study|update)"
                         r"|previously|earlier forecast|prior forecast)\b)"
                         r"|\bpreviously\s+(?:forecast|expected|projected|estimated)|\bhad\s+(?:forecast|expected|projected)"
                         # what an earlier event said: "At last year's investor day we talked about a TAM of $45 billion"
                         r"|\bat\s+(?:last\s+year's|(?:our|the)\s+(?:previous|last|prior|earlier))\s+(?:[A-Za-z'’-]+\s+){1,3}?"
                         r"we\s+(?:talked\s+about|spoke\s+of|guided\s+to|cited|gave)\b"
                         r"|此前(?:曾)?(?:预计|预测|預計|預測|估计|估計|预估|預估)|原(?:先|来|來)?(?:预计|预测|預計|預測|预估|預估)",
                         re.IGNORECASE)
#: what a corrected text says its earlier version printed, to the end of its sentence: "Correction: an earlier version of
#: this note put the 2024 global market … at $1.9 billion.", "the previous edition of this note gave the 2024 market as"
_ERRATUM = re.compile(r"\b(?:an?|the)\s+(?:earlier|previous|prior|original|first)\s+(?:version|edition|issue|draft)\s+"
                      r"of\s+(?:this|the|our)\s+"
                      r"(?:[A-Za-z-]+\s+)?(?:note|report|article|story|release|post|page|update|brief)\b"
                      # "The version of this note published on 2 June gave"
                      r"|\bthe\s+version\s+of\s+(?:this|the|our)\s+(?:[A-Za-z-]+\s+)?"
                      r"(?:note|report|article|story|release|post|page|update|brief)\s+(?:first\s+|originally\s+)?"
                      r"(?:published|issued|released|posted|sent)\b",
                      re.IGNORECASE)
#: a unit's label, whose scale normalising wrote in digits: "单位：人民币10亿元" ("十亿元", billions), "單位：10萬港元"
_UNIT_LABEL = re.compile(r"(?:单位|單位)\s*[:：]\s*(?:" + vocabulary.words(vocabulary.LABEL_CURRENCIES) + r")?\s*"
                         r"\d+\s*(?:亿|億|万|萬)"  # and in English, "(Unit: RMB 100 million; …)", "Units: 10 thousand"
                         r"|\bunits?\s*[:：]\s*(?:RMB|CNY|USD|US\$|yuan)?\s*(?:100|10)\s+(?:million|thousand)"
                         # or the brackets that close a caption: "… by category (¥100 million)", "(RMB 100 million, %)"
                         r"|[(（]\s*(?:RMB|CNY|JPY|NT\$|HK\$|TWD|HKD|[¥￥])?\s*(?:100|10)\s+(?:million|thousand)\s*"
                         r"(?:yuan|yen|dollars)?\s*(?:[,;，；、][^()（）]{0,30})?[)）]\s*$", re.IGNORECASE)
#: a second publisher's figure set beside the text's own: "A rival estimate from Castell Research puts 2024 sales at",
#: "A separate count by the Thermal Infrastructure Association put the 2024 figure at",
#: "a third firm, Oakhurst Data, puts it at", "A rival shop, Deccan Research, is more cautious at",
#: "另一家机构博观研究给出的2024年数据为", "Rival tracker Compass Point is more aggressive, seeing US$7.8 billion", and
#: a named publisher in brackets: "(Kinetiq Insights puts 2023 at $4.2B, but they fold in …)"
_OTHER = r"rival|competing|separate|different|second|other"  # a publisher other than the text's
_PUTS = r"puts?|pegs?|sees?|seeing|estimates?|gives?|places?"  # what it does with a figure
_OTHER_SOURCE = re.compile(r"(?:\b(?:a|one|another)\s+(?:" + _OTHER + r"|third|fourth|fifth)|(?<![\w-])(?:rival|competing))"
                           r"\s+(?:[a-z]+\s+)?(?:estimate|forecast|tracker|firm|consultancy|house|shop|analyst|"
                           r"researcher|count|tally|study|survey|report|analysis|assessment|calculation|reckoning)\b"
                           # "A rival shop, Deccan Research, is more cautious at $260 million"
                           r"[^.;]{0,80}?\b(?:" + _PUTS + r"|has"
                           r"|(?:is|was|are|were)\s+(?:more|less|far\s+more)\s+[a-z]+)\b"
                           r"|另一家?(?:机构|機構|咨询|諮詢|研究机构|研究機構|公司|研调|研調|调研|調研)"
                           r"|(?:其他|另有)(?:机构|機構)"
                           # "Other houses are more cautious about 2029: Orrin Group pencils in $12.9 billion and ..."
                           r"|\bother\s+(?:houses|firms|forecasters|analysts|researchers|estimates|trackers|consultancies)\b"
                           r"|[(（]\s*(?-i:[A-Z][\w&.'’-]*)(?:\s+(?-i:[A-Z][\w&.'’-]*)){0,3}\s+(?:" + _PUTS + r")\s",
                           re.IGNORECASE)
#: the amount a restated or revised one replaces: "restated from $16.2 billion", "revised down from $4.1bn", "has
#: revised its estimate of the 2024 market from $9.1 billion to $8.6 billion"
_AMOUNT_WORDS = r"(?:[A-Z]{0,3}[$€£¥]|[A-Z]{3}\s?)?\d[\d.,]{0,24}\s*(?:[kmbt]n?\b|million|billion|trillion)?"
#: an amount a second publisher puts on the year, named in a clause after it: "the $3.1 billion that rival tracker
#: Metrion Data puts on 2024", "the $5.2 billion that another firm estimates"
_OTHER_SOURCES_AMOUNT = re.compile(_AMOUNT_WORDS + r"\s+(?:that|which)\s+(?:(?:a|an|another|the|one)\s+)?(?:" + _OTHER
                                   + r")\b[^.;]{0,60}?\b(?:" + _PUTS + r"|reports?)\b", re.IGNORECASE)
#: an amount the figures leave out, and those joined to it: "The estimate leaves out the €1.6 billion the Commission
#: has earmarked …, as well as the €3.1 billion that start-ups raised", "excluding $2.1bn of one-off items"
_LEFT_OUT = re.compile(r"\b(?:leaves?\s+out|leaving\s+out|excludes?|excluding|omits?|omitting|not\s+including|"
                       r"(?:does|do)\s*(?:not|n't)\s+(?:include|count))\s+(?:the\s+|an?\s+|some\s+)?" + _AMOUNT_WORDS
                       + r"(?:[^.;]{0,120}?\b(?:as\s+well\s+as|and|nor|or)\s+(?:the\s+|an?\s+)?" + _AMOUNT_WORDS + r")*",
                       re.IGNORECASE)
#: a wider whole the market is set against as a small part of it: "still a sliver of a global apparel and footwear
#: business worth roughly €1.7 trillion", "a fraction of the £60.2 billion the ministry plans to spend", "a sliver of
#: recorded-music revenue, which reached $29.6 billion", "still small next to the region's market as a whole, which
#: Merlion puts at some US$68 billion"
_WIDER_WHOLE = re.compile(r"\b(?:(?:(?:small|tiny|mere|thin)\s+)?(?:" + vocabulary.SMALL_PARTS + r"|rounding\s+error|"
                          r"drop\s+in\s+the\s+ocean|" + vocabulary.SMALL_SHARES + r")\s+of|"
                          r"(?:small|tiny|modest)\s+(?:next\s+to|beside|against|compared\s+(?:with|to)))"
                          r"\s+(?:[^.;,\d$€£¥]{0,80}?"
                          r"(?:,\s*(?:which|that)\s+[^.;,\d$€£¥]{0,40}?)?\s)?" + _AMOUNT_WORDS,
                          re.IGNORECASE)
#: one firm's round of funding and the valuation it set, no figure of a market (a sector's funding in a year is one):
#: "raised $48 million in a Series C at a $410 million post-money valuation", "a €25m seed round", "Series C closed in
#: January: US$45M", "the start-up … raised €14 million", "完成5亿元B轮融资",
#: "完成新台幣4億元A輪募資",
#: "投后估值达30亿美元" (not a bare 估值, which may be a market's estimated value)
_ROUND = (r"(?:Series\s+[A-H]\b(?:\s+(?:round|raise|extension))?|(?:pre-?)?seed\s+round|"
          r"(?:funding|financing|investment)\s+round)")
_FUNDING_ROUND = re.compile(
    r"\braised\s+(?:an?\s+|some\s+|about\s+|nearly\s+)?" + _AMOUNT_WORDS
    + r"(?=\s+(?:in|from|through|via)\s+(?:an?|its|their|the)\s+(?:(?:new|fresh|latest|oversubscribed)\s+)?" + _ROUND
    + r")|" + _AMOUNT_WORDS + r"(?<![.,])\s+" + _ROUND  # not a sentence's last figure before one on a round
    # the round named before its amount: "Series C closed in January: US$45M", "a seed round of €2m"
    + r"|" + _ROUND + r"[^.;,\d$€£¥]{0,30}?" + _AMOUNT_WORDS
    # what one firm raised (not a sector's firms: "AI start-ups raised $5 billion in 2024"): "the Lyon start-up
    # Cartonia, which sells software to movers, raised €14 million"
    + r"|\b(?:start-?up|company|firm|vendor|developer|maker|provider)\b[^.;!?]{0,80}?\braised\s+"
    r"(?:an?\s+|some\s+|about\s+|nearly\s+|another\s+)?" + _AMOUNT_WORDS
    + r"|\bat\s+an?\s+(?:(?:post|pre)-money\s+)?valuation\s+of\s+(?:about\s+|some\s+)?" + _AMOUNT_WORDS
    + r"|\bat\s+an?\s+~?\s*" + _AMOUNT_WORDS + r"\s+(?:(?:post|pre)-money(?:\s+valuation)?|valuation)\b"
    r"|\bvaluing\s+(?:it|them|the\s+(?:company|firm|start-?up|business))\s+at\s+(?:about\s+|some\s+)?" + _AMOUNT_WORDS
    + r"|(?:完成|获得|獲得|宣布完成)?[^，,。；;\d]{0,6}?(?:[A-F]\+?|天使|种子|種子|Pre-[A-F])(?:轮|輪)(?:融资|融資)[^，,。；;\d]{0,6}?"
    r"\d[\d,.]{0,24}\s*(?:万亿|萬億|亿|億|万|萬)?\s*(?:元|港元|美元|人民币|人民幣|新台币|新台幣)"
    r"|(?:新台币|新台幣|人民币|人民幣|港币|港幣)?\s*\d[\d,.]{0,24}\s*(?:万亿|萬億|亿|億|万|萬)?\s*(?:元|港元|美元)(?:的)?\s*"
    r"(?:[A-F]\+?|天使|种子|種子|Pre-[A-F])(?:轮|輪)"  # "新台幣4億元A輪募資": the currency's name before the amount too
    r"|(?:投后|投後|融资后|融資後)估值(?:达到?|達到?|约|約|为|為|超过?|超過?)?\s*\d[\d,.]{0,24}\s*(?:万亿|萬億|亿|億|万|萬)?"
    r"\s*(?:元|港元|美元)", re.IGNORECASE)
#: a contract's value, one buyer's deal and no size of a market: "The estimated contract value is €2.4 million", "a
#: contract worth $12 million", "a $3 million contract"
_CONTRACT = re.compile(r"\bcontract(?:['’]s)?\s+(?:value|price|sum|ceiling)\s+(?:is|was|of|at|will\s+be|[:：])?\s*"
                       r"(?:about|around|roughly|some|up\s+to|approximately)?\s*" + _AMOUNT_WORDS
                       + r"|\bcontracts?\s+(?:worth|valued\s+at)\s+(?:about|around|roughly|some|up\s+to)?\s*"
                       + _AMOUNT_WORDS + r"|" + _AMOUNT_WORDS + r"\s+(?:(?:multi-?year|framework|service|supply)\s+)?"
                       r"contracts?\b", re.IGNORECASE)
#: a price's move, or a move from a peak, no growth of a market: "Monthly rents for H100 racks have fallen about 30%
#: from their peak", "月租價格已較高峰下滑約30%", "prices dropped 12%"
_PRICE_MOVE = re.compile(
    r"\b(?:prices?|rents?|rental\s+rates?|fees?|tariffs?|ASPs?)\b[^.;,!?%$€£¥]{0,40}?\b(?:fell|fallen|dropped|declined|"
    r"slid|slipped|eased|rose|risen|climbed|increased|decreased|(?:gone|went)\s+(?:up|down)|are\s+(?:up|down)|"
    r"is\s+(?:up|down))\s+(?:by\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?"
    r"\d[\d.]*\s*(?:%|percent|per\s+cent)"
    r"|(?:價格|价格|租金|單價|单价|售價|售价|均價|均价)[^，,。；;！!？?\d%]{0,12}?(?:下滑|下降|下跌|下调|下調|降低|回落|"
    r"上漲|上涨|上升|上调|上調)\s*(?:了|约|約|近|逾|超过|超過)?\s*\d[\d.]*\s*%"
    r"|\d[\d.]*\s*(?:%|percent|per\s+cent)\s+(?:below|above|off|from)\s+(?:its|their|the)\s+(?:\d{4}\s+)?"
    r"(?:peak|high|record|highs)\b"
    r"|(?:較|较|比|自|从|從)(?:高峰|峰值|高點|高点|最高點|最高点)[^，,。；;\d%]{0,8}?\d[\d.]*\s*%", re.IGNORECASE)
#: a rise over a quarter, a month or a week, no year's: "marked up its holdings by 14% over the quarter"
_SHORT_RISE = re.compile(r"\s?[-−+(]?(?<![\d.,])\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)\s+(?:over|in|during|for|across)\s+the\s+"
                         r"(?:(?:past|last|latest|previous|same)\s+)?(?:quarter|month|week)\b", re.IGNORECASE)
#: public money set aside for a purpose, no sales of a market: "the HK$3 billion earmarked in the budget", "a €300
#: million rural-digitalisation fund", "will provide EUR 85 million in funding over five years",
#: "預留30億港元推行人工智能資助計劃", "设立100亿元人工智能产业基金", "补贴2.5亿元"
_MONEY_FOR = (r"\s+(?:in|of)\s+(?:public\s+|state\s+|federal\s+)?(?:funding|grants?|subsidies|support)\b"
              r"(?:\s+over\s+(?:the\s+next\s+)?\w+\s+years)?")  # "… in subsidies over three years"
_PUBLIC_MONEY = re.compile(r"\b(?:provides?|providing|commit(?:s|ted)?|pledg(?:es|ed))\s+"
                           r"(?:about\s+|some\s+|up\s+to\s+)?" + _AMOUNT_WORDS + _MONEY_FOR + "|"
                           r"\b(?:earmark(?:s|ed|ing)?|set(?:s|ting)?\s+aside|allocat(?:es|ed|ing)|grants?\s+(?:of|worth|"
                           r"totall?ing)|subsid(?:y|ies)\s+(?:of|worth|totall?ing))\s+(?:the\s+|an?\s+|some\s+|about\s+)?"
                           + _AMOUNT_WORDS + r"(?:" + _MONEY_FOR + r")?|"
                           + _AMOUNT_WORDS + r"(?:\s+(?:has\s+been\s+|was\s+|were\s+|is\s+)?"
                           r"(?:earmarked|set\s+aside|allocated)|(?:\s+(?!(?:market|for|of|in|on|to|and)\b)[a-z][\w-]*){0,3}"
                           r"\s+(?:fund|grant|subsidy|subsidies|stimulus)(?:\s+(?:programme|program|scheme|package))?\b)"
                           r"|(?:预留|預留|拨款|撥款|拨付|撥付|补贴|補貼|补助|補助|资助|資助|专项资金|專項資金)[^，,。；;\d]{0,12}?"
                           r"\d[\d,.]{0,24}\s*(?:万亿|萬億|亿|億|万|萬)?\s*(?:元|港元|美元|新台币|新台幣|日元|日圓)"
                           r"|(?<![\d.,])\d[\d,.]{0,24}\s*(?:万亿|萬億|亿|億|万|萬)?\s*(?:元|港元|美元)(?:的)?[^，,。；;\d]{0,12}?"
                           r"(?:基金|补贴|補貼|资助|資助|专项资金|專項資金|补助|補助)", re.IGNORECASE)
#: a budget for grants: "the federal heating grant budget for '25 is €3.6bn"
_GRANT_BUDGET = re.compile(r"\b(?:grants?|subsid(?:y|ies)|funding|aid)\s+budget(?:\s+for\s+(?:'\d{2}|(?:19|20)\d{2}|"
                           r"(?:this|next)\s+year))?\s+(?:is|was|of|stands\s+at|totals|will\s+be)\s+"
                           r"(?:about\s+|some\s+)?" + _AMOUNT_WORDS, re.IGNORECASE)
#: a forecast revised to a figure from the one it replaces: "raised its forecast for 2025 spending ... to $31.5 billion
#: from $27.0 billion", "trimmed its forecast ... to $19.8 billion, still a 14% rise on 2024, from the $21.5 billion"
#: (the old figure is ``old``)
_REVISED_TO_FROM = re.compile(r"\b(?:raised|lifted|lowered|cut|trimmed|revised|upgraded|downgraded)\s+(?:its|their|our|the)\s+"
                              r"(?:[\w'-]+\s+){0,2}(?:forecast|estimate|projection|outlook|call|guidance)\b[^.;]{0,100}?\bto\s+"
                              r"(?:about\s+)?" + _AMOUNT_WORDS + r"\s*,?\s+(?:[^.;$€£¥\d]{0,60}?\d{4}[^.;$€£¥\d]{0,20},\s+)?"
                              r"(?P<old>from\s+(?:about\s+)?(?:the\s+|its\s+|their\s+|an?\s+)?" + _AMOUNT_WORDS + ")",
                              re.IGNORECASE)
#: a currency a Chinese amount may name before its number: "由新台幣1,260億元下修至…"
_LABEL_CURRENCY = vocabulary.words(vocabulary.LABEL_CURRENCIES)
#: the figure a revision replaces: "revised from $X", "cut … from $X to" (not where a rate stands between, a fall's:
#: "cut it 1% from 2015, from $1.1 billion to"), "而非…", "由此前的…上调至"
_REPLACED_AMOUNT = re.compile(
    r"\b(?:restated|revised(?:\s+(?:up|down)(?:wards?)?)?|corrected|adjusted)\s+from\s+(?:about\s+)?" + _AMOUNT_WORDS
    + r"|\b(?:restated|revised|raised|lowered|cut|trimmed|corrected|upgraded|downgraded)\b[^.;$€£¥%]{0,80}?\bfrom\s+"
    r"(?:about\s+)?" + _AMOUNT_WORDS + r"(?=\s+to\s)"
    # "to $9.8 billion in 2028 from a previous $12.4 billion", "from an earlier estimate of $3 billion"
    r"|\bfrom\s+(?:a|an|the|its|their)\s+(?:previous|prior|earlier|original)\s+(?:(?:forecast|estimate|projection)"
    r"\s+of\s+)?(?:about\s+)?" + _AMOUNT_WORDS
    # "预测值由980亿元上调至1,150亿元", "由此前的1,850亿元上调至", "由年初的1,420亿元上调至": the forecast before the revision
    # a correction's wrong figure: "It was $13.6 billion, not $16.3 billion", "而非16.3亿元", "An earlier version of
    # this article put the 2024 size of the market at $1.18 billion", "incorrectly stated it as $1.18 billion"
    + r"|\b(?:earlier|previous|original)\s+version\s+of\s+this\s+(?:article|story|report|post|page|release|piece)\b"
    r"[^.;]{0,120}?\b(?:at|as|was|of)\s+(?:about\s+)?" + _AMOUNT_WORDS
    + r"|\bincorrectly\s+(?:stated|said|put|gave|reported|listed)\b[^.;]{0,80}?\b(?:at|as|was)\s+(?:about\s+)?"
    + _AMOUNT_WORDS
    # the figure a revision replaced, in brackets: "revised to £214 million (previously £221 million)", "(All AI HR
    # tools previously £496 million)"
    + r"|[(（]\s*(?:(?:earlier|was)\s*:?\s+|[^()（）\d]{0,40}?\b(?:previously|formerly|originally)\s*:?\s+)(?:about\s+)?"
    + _AMOUNT_WORDS
    + r"|(?<=\d)(?:\s*(?:billion|million|trillion|[kmbt]n?))?\s*,?\s*not\s+(?:the\s+)?" + _AMOUNT_WORDS
    # the figure not taken, a clause after the one taken: "$23.9 billion, a 20.7% gain, rather than $26.0 billion"
    + r"|\b(?:rather\s+than|instead\s+of)\s+(?:the\s+)?(?=[A-Z]{0,3}[$€£¥\d]|[A-Z]{3}\s?\d)" + _AMOUNT_WORDS
    # a forecast the text says was made before, which the new one replaces: "from the 5.9% it forecast in December",
    # "revised down from the £46.4 billion forecast in April", "than the $1.2 billion they had predicted"
    + r"|\b(?:from|than|of)\s+(?:the\s+|its\s+|their\s+)?" + _AMOUNT_WORDS + r"\s*(?:%|percent\b|per\s+cent\b)?"
    r"(?=\s+(?:(?:it|they|we|he|she)\s+(?:had\s+)?)?(?:forecast|predicted|projected|expected|estimated|pencill?ed\s+in)"
    r"\s+(?:in\s+" + vocabulary.MONTH + r"|in\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter)|earlier|last\s+"
    r"(?:year|month|quarter)|(?:a|six|three)\s+months?\s+ago|in\s+its\s+(?:previous|last|earlier)\b))"
    + r"|(?:而非|而不是)\s*(?:" + _LABEL_CURRENCY + r")?\s*\d[\d.,]*\s*(?:万亿|萬億|亿|億|万|萬)?\s*(?:美元|元)?"
    + r"|(?:由|从|從)\s*(?:此前|原先|原来|原來|之前|先前|年初|年中|早前|最初|前次|上次)?的?\s*(?:" + _LABEL_CURRENCY
    + r")?\s*\d[\d.,]*\s*"
    r"(?:万亿|萬億|亿|億|万|萬)?\s*(?:美元|元)?"
    r"(?=\s*(?:上调|下调|上調|下調|上修|下修|调高|调低|調高|調低|调整|調整|修正)\s*(?:至|到|为|為))", re.IGNORECASE)
#: the size of a revision, no growth of the market: "較前次預測上修12%", "比原预测下调8%", "12% above its previous forecast",
#: "a 9% downward revision"
_REVISION_SIZE = re.compile(r"(?:较|較|比)\s*(?:前次|此前|上次|原先|先前|之前|原)的?\s*(?:预测|預測|预估|預估|预期|預期|估计|估計)值?\s*"
                            r"(?:上修|下修|上调|下调|上調|下調|调高|调低|調高|調低|提高|增加|减少|減少)?了?\s*\d[\d.]*\s*%"
                            r"|(?<!\d)(?<!\d\.)\d[\d.]*\s*(?:%|percent\b|per\s+cent\b)\s+(?:above|below|higher\s+than|lower\s+than|more\s+than|"
                            r"less\s+than|over|under)\s+(?:its|their|our|the)\s+(?:previous|prior|earlier|original|last)\s+"
                            r"(?:forecast|estimate|projection|outlook)"
                            r"|(?<!\d)(?<!\d\.)\d[\d.]*\s*(?:%|percent\b|per\s+cent\b)\s+(?:upward|downward)\s+revision", re.IGNORECASE)
#: an amount the words after it name as a forecast made before: "the $21.5 billion it expected in January", "the $75
#: billion it showed a year earlier", "the $41.2 billion it had pencilled in"
_FORECAST_BEFORE = re.compile(_AMOUNT_WORDS + r"\s+(?:that\s+|which\s+)?(?:it|they|we|the\s+(?:firm|company|group|bank))\s+"
                              r"(?:had\s+)?(?:previously\s+|originally\s+|earlier\s+|first\s+)?(?:expected|forecast|projected|"
                              r"predicted|anticipated|estimated|pencill?ed\s+in|showed|published|put\s+out)\b", re.IGNORECASE)
#: an amount that is a difference between two years' ("roughly $1 billion more than the year before", "$0.6bn higher
#: than in 2023"), no year's level
_DIFFERENCE = re.compile(_AMOUNT_WORDS + r"\s+(?:more|less|higher|lower|larger|smaller|bigger)\s+than\b"
                         # an increment, no level: "$30 billion incremental revenue", "over $30 billion in additional
                         # spending", "grow by almost $50 billion", "an increase of over $8 billion"
                         r"|" + _AMOUNT_WORDS + r"\s+(?:(?:of|in)\s+)?(?:incremental|additional)\b"
                         r"|\b(?:(?:grow|grew|grows|growing|rise|rises|rose|rising|increase|increased|increases|jump|jumped)"
                         r"\s+by|an?\s+(?:increase|rise|jump|gain)\s+of)\s+(?:(?:almost|nearly|over|about|around|some|"
                         r"more\s+than|roughly)\s+)?(?=[A-Z]{0,3}[$€£¥])" + _AMOUNT_WORDS
                         # a count's change, or a change set against a year: "an increase of 18.5 million from
                         # December 2024", "up $2.1 billion from 2023", "down 3,200 units on the year before"
                         + r"|\ban?\s+(?:increase|rise|jump|gain|decrease|decline|drop|fall)\s+of\s+(?:(?:almost|nearly|"
                         r"over|about|around|some|roughly)\s+)?\d[\d.,]{0,24}\s*(?:million|billion|thousand|trillion)\b"
                         r"|\b(?:up|down)\s+(?:by\s+)?(?:(?:almost|nearly|over|about|around|some|roughly)\s+)?"
                         + _AMOUNT_WORDS + r"(?:\s+units)?(?=\s+(?:from|on|over|compared|versus|vs\.?|year[- ]on[- ]year)\b)"
                         # a fall by an amount: "imports decreased €330 billion", "exports decreased by only €16 billion"
                         + r"|\b(?:decrease|decreased|decreases|fell|fall|falls|drop|dropped|drops|decline|declined|declines"
                         r"|shrank|shrink|shrinks|slipped|contracted)\s+(?:by\s+)?(?:(?:only|just|almost|nearly|over|about|"
                         r"around|some|roughly)\s+)?(?=[A-Z]{0,3}[$€£¥])" + _AMOUNT_WORDS
                         # and in Chinese, a verb of change right before an amount, not "增至" or "增长到" a level:
                         # "縮減365億元", "年增額逼近6,000億元", "比上年增加12.5亿元"
                         + r"|(?:年增額|年增额|增加額|增加额|增額|增额|增量|增加了?|减少了?|減少了?|下降了?"
                         r"|缩减|縮減|缩水|縮水)\s*[各均]?\s*(?:约|約|近|逼近|超过|超過|逾|达|達|了)?\s*\d[\d.,]*\s*(?:兆|万亿|萬億|亿|億|万|萬)",
                         re.IGNORECASE)
#: a valuation, no figure of the market: "31x 2026E earnings", "24 times forward EPS", "市盈率30倍", "目标价86.5元"
_MULTIPLE_OF = r"\d{1,6}(?:\.\d{1,6})?\s?(?:x|times)"
_VALUATION = re.compile(_MULTIPLE_OF + r"\s+(?:(?:our|the|its|consensus)\s+)?(?:(?:FY\s?)?(?:19|20)?\d{2}\s?[EF]?\s+|"
                        r"forward\s+|trailing\s+)?(?:earnings|EPS|P/?E|EBITDA|sales|book|(?:free\s+)?cash\s+flow)\b"
                        # and the per-share figure it multiplies: "31x our 2026E EPS of US$4.77"
                        r"(?:\s+(?:of|at)\s+(?:[A-Z]{0,3}[$€£¥₩₹]|[A-Z]{3}\s?)?\d[\d.,]{0,12})?"
                        r"|(?:P/?E|EV/EBITDA|price[- ]to[- ]earnings|(?:net\s+)?debt\s*(?:/|to)\s*EBITDA|leverage)"
                        r"(?:\s+(?:ratio\s+)?(?:of|at))?\s+" + _MULTIPLE_OF  # "debt/EBITDA of 0.9x"
                        + r"|(?:市盈率|市净率|市淨率|市销率|市銷率|估值|PE|P/E|PB|PS)\s*(?:仅|僅|只有|为|為|约|約|达|達)?\s*\d{1,6}(?:\.\d{1,6})?\s*倍"
                        r"|\d{1,6}(?:\.\d{1,6})?\s*倍\s*(?:PE|P/E|PB|PS|市盈率|市净率|市淨率|市销率|市銷率)"  # "25倍PE"
                        # a share's price target: "a price target of $212", "目标价86.5元"
                        r"|(?:price\s+target|target\s+price|目标价格?|目標價格?)\s*(?:of|to|at|is|为|為|[:：])?\s*"
                        r"(?:[A-Z]{0,3}[$€£¥₩₹]|[A-Z]{3}\s?)?\d[\d.,]{0,12}\s*(?:元|港元|美元)?"
                        # before it: "a $148 price target", "our $310 12-month target price"
                        r"|(?:[A-Z]{0,3}[$€£¥₩₹])\d[\d.,]{0,12}\s+(?:[\w-]+\s+)?(?:price\s+target|target\s+price)"
                        # and its upside: "(28% upside)", "31% above the current share price"
                        r"|\s?\(?\d[\d.]{0,6}\s?%\s+(?:upside|downside)\b|\s?\d[\d.]{0,6}\s?%\s+(?:above|below)\s+(?:the\s+|its\s+)?"
                        r"(?:current\s+|last\s+|closing\s+|present\s+)?(?:share|stock)\s+price"
                        # in Chinese: "较现价有18%上升空间", "較現價有18%上漲空間", "潜在涨幅18%", "上涨空间23%"
                        r"|(?:较|較|相对|相對)(?:现价|現價|当前股价|當前股價|目前股价|目前股價)\s*(?:有|尚有|仍有)?\s*(?:约|約)?\s*"
                        r"\d[\d.]{0,6}\s*%\s*(?:的)?\s*(?:上升|上涨|上漲|下跌)(?:空间|空間)"
                        r"|(?:(?:潜在|潛在)(?:涨幅|漲幅)|(?:潜在|潛在|对应|對應)?(?:上涨|上漲|上升|上行)(?:空间|空間))"
                        r"\s*(?:为|為|约|約|达|達)?\s*\d[\d.]{0,6}\s*%",  # "目标价42.5元，对应上涨空间23%"
                        re.IGNORECASE)
#: a multiple of another rate, no move of the market: "more than four times greater than the five-year CAGR of 6.3%",
#: "twice the growth rate of IT spending"
_RATE_MULTIPLE = re.compile(r"(?:" + _MULTIPLE_OF + r"|(?:two|three|four|five|six|seven|eight|nine|ten)\s?(?:x|times))"
                            r"(?:\s+(?:greater|higher|faster|larger|more|bigger))?(?:\s+than)?\s+(?:that\s+of\s+)?(?:the|its)\s+"
                            r"(?:[\w-]+\s+){0,4}?(?:CAGR|growth(?:\s+rate)?|rate\s+of\s+growth|pace)\b"
                            r"|\btwice\s+(?:as\s+fast\s+as\s+|the\s+)(?:[\w-]+\s+){0,4}?(?:CAGR|growth(?:\s+rate)?|pace)\b",
                            re.IGNORECASE)
#: a scenario other than the central one: "our bear case puts 2030 at $15.2 billion", "in the upside scenario",
#: "乐观情景下"
_OTHER_SCENARIO = re.compile(r"\b(?:bear|bull|upside|downside|optimistic|pessimistic|high|low)[- ](?:case|scenario)s?\b"
                             r"|(?:乐观|樂觀|悲观|悲觀)(?:情景|情境|情形|假设|假設|预期|預期)"
                             # an assumption a model is run on, opening its clause: "假设未来五年销售价格增长率为5.0%"
                             r"|(?:^|(?<=[，,；;。:：\s]))(?:假设|假設|假定)", re.IGNORECASE)
#: a discount: "a 20% discount", "20% off"
_DISCOUNT = re.compile(r"%\s*(?:discount|off\b)|(?:折扣|优惠|優惠)", re.IGNORECASE)

#: a part of a year: "the fourth quarter alone", "Q4", "first-half", "H1 2025", "第四季單季", "上半年", "前三季度"
_ORDINAL_PART = (r"(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)[- ](?:(?:calendar|fiscal)\s+)?(?:quarter|half)"
                 r"(?!\s+of\s+(?:the\s+|this\s+)?(?:decade|century|(?:19|20)\d0s))"
                 r"|(?:" + vocabulary.MONTH + r"\s*[-–/]\s*)?" + vocabulary.MONTH + r"\s+quarter"  # "the October-December quarter"
                 # the first months of a year: "the first seven months", "January-September", "year to date"
                 r"|(?:first|past)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months"
                 r"|Jan(?:uary|\.)?\s*(?:-|–|to|through|thru)\s*(?:Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov)[a-z]*\.?"
                 r"|year[- ]to[- ]date|YTD"
                 # a company's period by its length and end: "the six months ended June 30", "three months ended 31 March"
                 r"|(?:three|six|nine|3|6|9)\s+months\s+ended\s+(?:on\s+)?(?:\d{1,2}\s+)?" + vocabulary.MONTH
                 + r"(?:\s+\d{1,2}(?!\d))?)")
#: what a month's figure measures right after the month: "3月營收年增92%", "5月出口"
_MONTHS_MEASURE = r"营收|營收|营业收入|營業收入|收入|销售额|銷售額|销量|銷量|出货|出貨|产量|產量|出口|进口|進口|合并营收|合併營收"
#: a month's name in full, capitalised: "March", "September"
#: a year in two digits glued to the part of a year before it: the "12" of "4Q12", the "'24" of "H1'24"
_TWO_DIGITS = r"'?[12]\d"
_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: what a part of a year may name that is an event, no period a figure is of: "(fourth-quarter) earnings call", "(Q4
#: 2024) results call", "(fourth-quarter) call"
_AN_EVENT_AFTER = (r"(?![- ](?:(?:19|20)\d{2}\s+)?(?:(?:earnings|results|conference|investor|analysts?['’]?)\s+)?"
                   r"(?:call|webcast)\b)")
_PART_OF_YEAR = re.compile(
    r"\b" + _ORDINAL_PART + r"\b" + _AN_EVENT_AFTER +
    r"|(?:(?<![A-Za-z0-9])|(?<=(?:19|20)\d{2}))(?:" + vocabulary.PARTS_OF_YEAR + r")"
    r"(?:" + _TWO_DIGITS + r"(?![\d.,%]))?(?:(?<=[季月年])|(?![A-Za-z0-9]))" + _AN_EVENT_AFTER +
    r"|单季|單季|前三季"
    # the quarter a sentence opens on, an earnings call's: "For the quarter, subscribers grew 11% to 268 million"
    r"|(?:(?<=\bfor the )|(?<=\bin the )|(?<=\bduring the ))quarter(?=\s*,)"
    r"|(?<!\d)(?:1[0-2]|[1-9])\s*月份|(?<![\d.])(?:1[0-2]|[1-9])\s*月(?=\s*[,，]|\s*(?:" + _MONTHS_MEASURE + r"))"
    r"|单月|單月|当月|當月"
    # a company's period by its end and length: "截至2024年6月30日止六个月", "截至9月30日止三個月"
    r"|截至\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:1[0-2]|[1-9])\s*月\s*\d{1,2}\s*日\s*止\s*(?:三|六|九|3|6|9)\s*[个個]?月"
    # a month named after "in" or "during", no day after it: "declined by 2.96 per cent in March to 291,806 units"
    r"|(?<=\bin )(?<!\bjust in )(?<!ended in )(?<!ending in )(?<!ends in )(?-i:" + _MONTH_NAME + r")(?![A-Za-z])(?!\.?\s+\d{1,2}\b(?!\d))"
    r"|(?<=\bduring )(?-i:" + _MONTH_NAME + r")(?![A-Za-z])(?!\.?\s+\d{1,2}\b(?!\d))",
    re.IGNORECASE)  # a month's: "11月份", "10月，" (no day after it), "单月", "当月"


#: what makes a quarter's figure a part of a year the text states: "alone", "单季", "其中" (of which)
_ALONE = re.compile(r"\balone\b|\bof which\b|单季|單季|其中", re.IGNORECASE)
#: an amount the words right after it make a part of a year's: "$8.3 billion in the first half of 2025", "$2.1bn in Q4",
#: "$212 million in the quarter"
_PART_AFTER_AMOUNT = re.compile(
    r"\s?" + _AMOUNT_WORDS + r"\s*(?:(?:yen|yuan|euros?|dollars|pounds|won|rupees)\s+)?(?:in|during|for)\s+(?:the\s+)?"
    r"(?:" + _ORDINAL_PART + r"|(?:Q[1-4]|[1-4]Q|H[12]|[12]H)(?:" + _TWO_DIGITS + r")?|quarter(?![- ]century))\b",
    re.IGNORECASE)  # "$212 million in the quarter": the quarter an earnings call reports
#: a rate right before the amount it rises or falls to: "12% to" in "rose 12% to $4.1 billion in October"
_RATE_TO = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*(?:%|percent|per cent)\s+to\s+(?:about\s+|nearly\s+|almost\s+)?(?=\S*\s?$)",
                      re.IGNORECASE)
#: a month's amount: "$49.7 billion in the month of November 2021", "the November 2020 total of $40.2 billion"
_MONTH_AMOUNT = re.compile(
    r"\s?" + _AMOUNT_WORDS + r"\s*(?:in|during|for)\s+(?:the\s+month\s+of\s+)?" + vocabulary.MONTH
    + r"(?!\s*(?:[-–/]|quarter|to\b|through\b))(?:\s+(?:of\s+)?(?:19|20)\d{2})?"
    r"|\b" + vocabulary.MONTH + r"\s+(?:19|20)\d{2}\s+(?:total|figure|level|sales|revenue)\s+of\s+" + _AMOUNT_WORDS,
    re.IGNORECASE)
#: a month's rate: "up 23.5% over the November 2020 total", "1.5% more than the October 2021 total", "Sales Increase
#: 23.5% Year-to-Year in November"
_MONTH_RATE = re.compile(
    r"\s?(?<![\d.])(?<!\d,)\d[\d.,]*\s?%\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:over|from|than|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+)?"
    + vocabulary.MONTH + r"\s+(?:19|20)\d{2}|in\s+(?:the\s+month\s+of\s+)?" + vocabulary.MONTH
    + r"(?!\s*(?:[-–/]|quarter|to\b|through\b)))", re.IGNORECASE)
#: an amount in a clause before the one naming the quarter: the year's, of which the quarter is a part
_AMOUNT = re.compile(r"\d\s*(?:[kmbt]n?\b|million|billion|trillion|亿|億|万|萬)", re.IGNORECASE)


#: an amount from its first character: "$7.9bn", "EUR 2.4 billion", "38.6亿"
_WHOLE_AMOUNT = re.compile(r"(?:US\$|[$€£¥]|\b[A-Z]{3}\s?)?(?<![\d.,])\d[\d.,]*\s*(?:[kmbt]n?\b|million|billion|trillion|"
                           r"亿|億|万|萬)", re.IGNORECASE)


def dateline_end(line: str) -> int:
    """Where the dateline that opens ``line`` ends (0 where none does)."""
    m = _DATELINE.match(line)
    return m.end() if m and m.end() < len(line.rstrip()) else 0


#: a slide's or page's number opening its line before the slide's title: "Slide 4 — ", "第3頁　", "Page 12: "
_SLIDE_LABEL = re.compile(r"\s*(?:第\s*\d{1,3}\s*[页頁]|(?:slide|page)\s*\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?)"
                          r"(?:\s*[:：|｜—–-]\s*|\s+)(?=\S)", re.IGNORECASE)


def slide_label_end(line: str) -> int:
    """Where a slide's or page's number that opens ``line`` before its title ends ("Slide 6 — Outlook: $19.5B",
    "第3頁　規模（新台幣億元）"), or 0: the number is no figure's, nor part of the title's subject."""
    m = _SLIDE_LABEL.match(line)
    return m.end() if m else 0


def dateline_year(line: str) -> int | None:
    """The year of the dateline that opens ``line``, if one does: the year the item was published."""
    m = _DATELINE.match(line)
    year = m and (m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e") or m.group("f"))
    return int(year) if year else None


def dateline_month(line: str) -> int | None:
    """The month of the dateline that opens ``line``, if it names one ("BOSTON, Feb. 26, 2024 /PRNewswire/ --" 2,
    "深圳2024年3月4日电" 3)."""
    m = _DATELINE.match(line)
    return month_of(m.group(0)) if m else None


def month_of(words: str) -> int | None:
    """The month a date names, by its name or its number after the year: "12 June 2024" 6, "2024年3月4日" 3,
    "2024-03-04" 3; ``None`` where it names none."""
    if name := re.search(vocabulary.MONTH, words, re.IGNORECASE):
        return _MONTHS.index(name.group(0)[:3].casefold()) + 1
    m = re.search(r"(?:19|20)\d{2}\s*(?:年|[-/.])\s*(\d{1,2})(?!\d)", words)
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 12 else None


def is_boilerplate(line: str) -> bool:
    """Whether ``line`` is a press release's boilerplate ("About Acme Research", "关于X：公司成立于2009年…")."""
    return bool(_BOILERPLATE.match(line))


#: a line of a web page's furniture: another story's headline ("Related: Chipmaker's $30 billion quarter", "相关阅读：
#: …", "Read more: …"), or a strip of market quotes ("Nikkei 225 38,412 +1.1% · USD/JPY 147.32", "恒生指数 -0.8%")
_FURNITURE = re.compile(
    r"^\s*(?:[#>*•·-]\s*)?(?:(?i:related(?:\s+(?:reports?|articles?|stories|news|reading|coverage|content))?|read\s+(?:more|"
    r"also|next)|see\s+also|you\s+may\s+also\s+like|more\s+from\s+[^:：]{1,30}|recommended(?:\s+for\s+you)?|trending|"
    r"most\s+(?:read|popular)|popular\s+now|(?:previous|next)\s+(?:article|story|post))\s*[:：›»|]|(?:相关|相關)(?:阅读|閱讀|"
    r"报道|報導|文章|新闻|新聞|推荐|推薦)|延伸(?:阅读|閱讀)|推荐阅读|推薦閱讀|猜你喜欢|猜你喜歡|热门(?:文章|推荐)|熱門(?:文章|推薦)|"
    r"上一篇|下一篇)"
    r"|^\s*(?:(?:(?:Nikkei(?:\s+225)?|Dow(?:\s+Jones)?|Nasdaq(?:\s+Composite)?|S&P\s*500|FTSE(?:\s+100)?|DAX|CAC\s*40|"
    r"Hang\s+Seng|KOSPI|TAIEX|Sensex|Nifty(?:\s+50)?|STOXX\s*600|恒生指[数數]|上[证證]指[数數]|深[证證]成指|创业板指|沪深300|"
    r"滬深300|日[经經]225|日[经經]指[数數]|道[琼瓊]指[数數]|[纳納]斯[达達]克(?:指[数數])?|加[权權]指[数數]|"
    r"(?!(?:CAGR|TAM|SAM|SOM|YOY|GDP|EUR|USD|GBP|JPY|CNY|RMB|AI)\b)[A-Z]{2,5})(?:\s+\d[\d,.]*)?\s+[+\-−]\d[\d,.]*%?"  # "NVDA +2.31%"
    r"|[A-Z]{3}/[A-Z]{3}\s+\d[\d,.]*)(?:\s*[·|,，]\s*|\s+|$))+$")  # "USD/JPY 147.32"
#: a page's counters: "1.4K shares", "5 min read", "阅读 3.2万", "评论 128", "在看 56" (not a year that ends its sentence
#: before "Comments are open")
_COUNTER = re.compile(r"(?<![\w.])(?<!\d,)\d(?:[\d,.]*\d)?\s*[KkM万萬w]?\+?\s*(?i:shares?|views?|comments?|likes?|reads?|min(?:ute)?s?\s+read|"
                      r"reposts?|retweets?)\b|(?:阅读|閱讀|浏览|瀏覽|评论|評論|点赞|點讚|点赞数|在看|分享|转发|轉發|收藏|阅读量|閱讀量)"
                      r"\s*[:：]?\s*\d[\d,.]*\s*[万萬w]?\+?")


def is_furniture(line: str) -> bool:
    """Whether ``line`` is a web page's furniture, no figure of its story's: another story's headline ("Related:
    Chipmaker's $30 billion quarter", "相关阅读：…") or a strip of market quotes ("Nikkei 225 38,412 +1.1%")."""
    return bool(_FURNITURE.match(line))


def without_counters(line: str) -> str:
    """``line`` with a page's counters ("1.4K shares", "5 min read", "阅读 3.2万") blanked, its other offsets kept."""
    return _COUNTER.sub(lambda m: " " * len(m[0]), line) if _COUNTER.search(line) else line


def opens_boilerplate(line: str) -> bool:
    """Whether ``line`` is a heading alone ("About Acme Research", "Media contact") whose paragraph below is
    boilerplate too."""
    return is_boilerplate(line) and len(line.strip()) <= 80 and not re.search(r"\d", line)


def survey_spans(text: str, sentence_cuts: list[int], clause_cuts: list[int]) -> list[tuple[int, int]]:
    """The clauses of a sentence about a survey's answers ("58% said …, up from 37% in 2024"), but a clause with an
    amount and no answers ("..., and revenue grew to $3.3bn"): no figure of the market, and no year of one."""
    out = []
    for a, b in zip(sentence_cuts, sentence_cuts[1:]):
        if _SURVEY.search(text, a, b):
            cuts = [a] + [c for c in clause_cuts if a < c < b] + [b]
            clauses = list(zip(cuts, cuts[1:]))
            said = [(x, y) for x, y in clauses if _SURVEY.search(text, x, y)]
            # a survey named as the source of the figures, with no answer in its clause ("綜合312間受訪美容院的資料，…
            # 按年升17.9%"): that clause alone
            answers = any(_PERCENT_SIGN.search(text, x, y) for x, y in said)
            out.extend((x, y) for x, y in clauses
                       if (x, y) in said or answers and not _AMOUNT.search(text, x, y))
    return out


#: a percent's sign or word
_PERCENT_SIGN = re.compile(r"[%％]|per\s?cent", re.IGNORECASE)


def aside_spans(text: str, sentence_cuts: list[int], clause_cuts: list[int],
                surveyed: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The stretches of a line (``text``, normalised; cut into sentences and clauses at the given offsets) whose
    numbers are no figures of the market (the figures of a part of a year are another series': :func:`period_spans`):
    a sentence about a survey's answers; a difference between years ("$1 billion more than the year before"); a
    margin of error ("(± 0.8%)"); a rise over a quarter, a month or a week ("14% over the quarter"); the price of
    one unit ("a blended ASP near US$1,500", "单价4.5万美元") or an amount a month, and the drivers multiplied in
    brackets to build a size ("（出货量340万台×单价4.5万美元）"); the percent of a discount or a margin, or what a tool cuts
    ("cut interpretation time by 62%"); a valuation
    multiple ("31x 2026E earnings") or a multiple of another rate ("four times greater than the five-year CAGR of 6.3%"); a figure
    a newer one replaces ("down from $14.6 billion in our November outlook", "restated
    from $16.2 billion", "the $21.5 billion it expected in January", "此前曾预计…", "原先預估為…") and the size of the
    revision ("較前次預測上修12%"); public money set aside ("the HK$3 billion earmarked in the budget", "a €300 million
    fund", "補貼2.5億元"); one firm's round of funding and its valuation ("raised $48 million in a Series C at a
    $410 million post-money valuation", "完成5亿元B轮融资"); a price's move or a move from a peak ("rents have fallen
    about 30% from their peak", "價格已較高峰下滑約30%"); a contract's value ("The estimated contract value is €2.4
    million"); another publisher's beside the text's ("a rival estimate
    … puts 2024 sales at", "Other houses are more cautious: …"); the rest of a clause about a scenario other than the
    central one ("our bear case puts 2030 at $15.2 billion", "乐观情景下"). ``surveyed``: the line's
    :func:`survey_spans`, where the caller has them."""
    out = list(survey_spans(text, sentence_cuts, clause_cuts) if surveyed is None else surveyed)
    for pattern in (_REPLACED_AMOUNT, _FORECAST_BEFORE, _REVISION_SIZE, _VALUATION, _DIFFERENCE, _RATE_MULTIPLE, _MARGIN,
                    _MARGIN_AFTER, _UNIT_LABEL, _UNIT_PRICE, _DRIVER_PRODUCT, _REDUCED_BY, _CONTRACT):
        out.extend(m.span() for m in pattern.finditer(text))
    for m in _DISCOUNT.finditer(text):
        out.append((max(0, m.start() - 12), m.end()))
    for m in _OTHER_SCENARIO.finditer(text):  # the rest of its clause, and the next where it ends one ("乐观情景下，")
        k = min(bisect_right(clause_cuts, m.end()), len(clause_cuts) - 1)
        if not text[m.end():clause_cuts[k]].strip(" ,，:：下中(（") and k + 1 < len(clause_cuts):  # "bear case ($0.6tn)"
            k += 1
        out.append((m.start(), clause_cuts[k]))
    for m in _PER_HEAD.finditer(text):  # the rest of its clause: "人均实现业务收入115.8万元，同比增长5%" is one's
        k = min(bisect_right(clause_cuts, m.end()), len(clause_cuts) - 1)
        out.append((m.start(), max(clause_cuts[k], m.end())))
    out.extend(m.span() for m in _PER_HEAD_AFTER.finditer(text))
    out.extend(m.span("by") for m in _BRACKETED_INCREMENT.finditer(text))
    out.extend(m.span("old") for m in _REVISED_TO_FROM.finditer(text))
    out.extend(m.span() for m in _OTHER_SOURCES_AMOUNT.finditer(text))
    out.extend(m.span() for m in _LEFT_OUT.finditer(text))
    out.extend(m.span() for m in _WIDER_WHOLE.finditer(text))
    out.extend(m.span() for m in _SHORT_RISE.finditer(text))
    out.extend(m.span() for m in _PUBLIC_MONEY.finditer(text))
    out.extend(m.span() for m in _GRANT_BUDGET.finditer(text))
    out.extend(m.span() for m in _FUNDING_ROUND.finditer(text))
    out.extend(m.span() for m in _PRICE_MOVE.finditer(text))
    for m in _CONFIDENCE.finditer(text):  # the level (with a bracket before it), and the bounds after it
        close = text.find(")", m.end(), m.end() + 40)
        out.append((max(0, m.start() - 2), close if close >= 0 else min(len(text), m.end() + 16)))
    for pattern, reach in ((_NOT_A_SHARE, 40), (_SUPERSEDED, 60), (_ERRATUM, 200), (_OTHER_SOURCE, 160),
                           (_VALUE_AT_STAKE, 40)):
        for m in pattern.finditer(text):
            # a Chinese cue governs its own clause ("较此前预测的102亿元下调15.7%，但仍较2024年的51亿元增长66.7%"), as a
            # margin or an occupancy does ("入住率达78%，市场规模为9.6亿元")
            cuts = clause_cuts if pattern is _NOT_A_SHARE or pattern is _SUPERSEDED and _CJK.match(m.group(0)) \
                else sentence_cuts
            k = bisect_right(cuts, m.end())
            lo, end = cuts[max(k - 1, 0)], cuts[min(k, len(cuts) - 1)]
            lo = lo if lo <= m.start() else 0
            out.append((m.start(), min(m.end() + reach, end, _close_of_aside(text, lo, m.start(), m.end(), end))))
    return out


#: a dash that opens or closes an aside: "… in fiscal 2024 -- an upward revision from … -- up 18.8%"
_ASIDE_DASH = re.compile(r"\s(?:--|—|–)\s|—")


def bracket_open(text: str, lo: int, pos: int) -> int:
    """Where the brackets ``pos`` lies inside open (looked for from ``lo``), or -1.

    Examples
    --------
    >>> text = "$4.2 billion (up from $3.1 billion) in 2024"
    >>> bracket_open(text, 0, text.index("$3.1")), bracket_open(text, 0, text.index("in 2024"))
    (13, -1)
    """
    opened = max(text.rfind("(", lo, pos), text.rfind("（", lo, pos))
    return opened if opened >= 0 and max(text.rfind(")", opened, pos), text.rfind("）", opened, pos)) < 0 else -1


def _close_of_aside(text: str, lo: int, start: int, end: int, limit: int) -> int:
    """Where the brackets or the pair of dashes that hold ``text[start:end]`` (in a sentence from ``lo``) close (the
    cue of an aside ends there: "(revised from ¥85.0 billion in the report), up 18.8%"), else ``limit``."""
    if bracket_open(text, lo, start) >= 0:
        closes = [k for k in (text.find(")", end, limit), text.find("）", end, limit)) if k >= 0]
        return min(closes, default=limit)
    if len(_ASIDE_DASH.findall(text, lo, start)) % 2:
        dash = _ASIDE_DASH.search(text, end, limit)
        return dash.start() if dash else limit
    return limit


def period_spans(text: str, sentence_cuts: list[int], clause_cuts: list[int]) -> list[tuple[int, int, str]]:
    """The stretches of a line (``text``, normalised; cut into sentences and clauses at the given offsets) whose
    figures are a part of a year's, no whole year's, each with the words that name the part (of stretches that
    overlap, the one that starts last is a figure's): the rest of a
    sentence from the clause that names a quarter, a half, a month or the months so far as a part of a year the
    sentence states ("$125.1 billion in 2024, with the fourth quarter alone contributing $38.2 billion",
    "其中第四季单季…"); where the sentence states no whole year's amount before it, the part's clause and the
    clauses it governs ("In the first half of 2021, the market reached US$12.31 billion, up 47.5%", "Q4 2024
    revenue: $35.6 billion", "2025年上半年…规模达到241.8亿美元"), up to a clause that names another year; an amount
    the words after it make a part of a year's ("$8.3 billion in the first half of 2025", "$49.7 billion in November
    2021"), with the rates after it in its sentence up to the next amount; and a month's rate ("up 23.5% over the
    November 2020 total").

    Examples
    --------
    >>> text = "In Q2 2024, spending grew 19% to $78.2 billion; the 2030 market is put at $400 billion."
    >>> cut = text.index(";") + 1
    >>> [(text[a:b], what) for a, b, what in period_spans(text, [0, cut, len(text)], [0, 11, cut, len(text)])]
    [('In Q2 2024, spending grew 19% to $78.2 billion;', 'Q2')]
    """
    out, read = [], _LineReader(text, clause_cuts)
    lead = len(text) - len(text.lstrip())  # where the line's first words start
    for a, b in zip(sentence_cuts, sentence_cuts[1:]):
        alone = _ALONE.search(text, a, b)
        for part in _PART_OF_YEAR.finditer(text, a, b):  # each from its clause on ("今年上半年…；6月份，…")
            clause = max(a, clause_cuts[bisect_right(clause_cuts, part.start()) - 1])
            if _OPENS.fullmatch(text, a, part.start()) and _COMMA_AFTER.match(text, part.end()):
                # a part that opens its sentence before a comma governs all of it, and the sentences after a semicolon
                # ("2025年1—5月，手機產量…；集成電路產量…"), or all its paragraph where it opens that ("1~5月，家用视听
                # 行业…。电子元件行业…。"), up to a clause that names a whole year
                end = len(text) if a <= lead else b
                while end < len(text) and text[:end].rstrip()[-1:] in (";", "；"):
                    end = sentence_cuts[min(bisect_right(sentence_cuts, end), len(sentence_cuts) - 1)]
                out.append((a, read.until_a_whole_year(part.end(), min(end, len(text))), part.group()))
            elif alone or read.amount(a, clause):
                out.append((clause, read.until_a_whole_year(part.end(), b), part.group()))
            else:
                out.append((*_part_stretch(read, part, b), part.group()))
    for pattern in (_PART_AFTER_AMOUNT, _MONTH_AMOUNT):  # the amount of a month or a part of a year, and the rates
        for m in pattern.finditer(text):  # after it in its sentence up to the next amount ("$49.7 billion in November
            end = sentence_cuts[min(bisect_right(sentence_cuts, m.end()), len(sentence_cuts) - 1)]  # 2021, up 23.5%")
            after = read.first(_WHOLE_AMOUNT, m.end(), end)
            # a figure's place takes the space before it
            stop = trimmed_end(text, after.start(), m.end()) if after else end
            rate = _RATE_TO.search(text, max(0, m.start() - 40), m.start() + 1)  # "rose 12% to $4.1 billion in October"
            start = rate.start() - (rate.start() > 0 and text[rate.start() - 1].isspace()) if rate else m.start()
            out.append((start, max(m.end(), stop), _named_part(m.group())))
    out.extend((*m.span(), _named_part(m.group())) for m in _MONTH_RATE.finditer(text))
    return out


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}
#: the words of a part of a year, and how each gives its label (from the groups it matched)
_PART_LABELS = (
    (r"(?:first[- ](?:(?:calendar|fiscal)\s+)?half|h1|1h|上半年|中[报報]|半年[报報])(?:" + _TWO_DIGITS + ")?", lambda g: "H1"),
    (r"一季[报報]|首季度?", lambda g: "Q1"),
    (r"三季[报報]", lambda g: _months(9)),
    (r"(?:second[- ](?:(?:calendar|fiscal)\s+)?half|h2|2h|下半年)(?:" + _TWO_DIGITS + ")?", lambda g: "H2"),
    (r"(first|second|third|fourth|1st|2nd|3rd|4th|final)[- ](?:(?:calendar|fiscal)\s+)?quarter", lambda g: f"Q{_ORDINALS[g[0]]}"),
    (r"(?:q([1-4])|([1-4])q)(?:" + _TWO_DIGITS + ")?|第?([一二三四1-4])季度?", lambda g: f"Q{chinese_int(next(x for x in g if x))}"),
    (r"前([一二三])季度?", lambda g: _months(3 * chinese_int(g[0]))),
    (r"前([一二三四五六七八九十两兩]|十一|[2-9]|1[01])[个個]?月|[1一]\s*月?\s*[-–—~至到]\s*(\S+?)\s*月",
     lambda g: _months(chinese_int(g[0] or g[1]))),
    (r"first\s+(\w+)\s+months", lambda g: _months(chinese_int(g[0]))),
    (r"jan(?:uary|\.)?\s*(?:-|–|to|through|thru)\s*([a-z]{3})[a-z]*\.?", lambda g: _months(_MONTHS.index(g[0]) + 1)),
    (r"([a-z]{3})[a-z]*\.?\s*[-–/]\s*([a-z]{3})[a-z]*\.?\s+quarter", lambda g: _quarter(g[0], g[1])),
    (r"year[- ]to[- ]date|ytd", lambda g: "YTD"),
    (r"(three|six|nine|3|6|9) months ended (?:on )?(?:\d{1,2} )?([a-z]{3})[a-z]*\.?(?: \d{1,2})?",
     lambda g: _ended(chinese_int(g[0]), _MONTHS.index(g[1]) + 1)),
    (r"截至\s*(?:\d{4}\s*年\s*)?(1[0-2]|[1-9])\s*月\s*\d{1,2}\s*日\s*止\s*(三|六|九|3|6|9)\s*[个個]?月",
     lambda g: _ended(chinese_int(g[1]), int(g[0]))),
    (r"(1[0-2]|[1-9])\s*月份?", lambda g: _MONTHS[int(g[0]) - 1].title()),
    (r"([a-z]{3})[a-z]*\.?(?:\s+(?:of\s+)?(?:19|20)\d{2})?", lambda g: g[0].title() if g[0] in _MONTHS else None))


def _ended(length: int, last: int) -> str | None:
    """The label of a period of ``length`` months that ends with month ``last``: three months to March "Q1", six to
    June "H1", nine to September "Jan-Sep", six to September "Apr-Sep" (a fiscal half); ``None`` for one that
    straddles two years (six months to March)."""
    if length == 3 and last % 3 == 0:
        return f"Q{last // 3}"
    if length == 6 and last in (6, 12):
        return f"H{last // 6}"
    if length == last:
        return _months(last)
    first = last - length + 1  # a fiscal half or three quarters within the calendar year: "Apr-Sep"
    return f"{_MONTHS[first - 1].title()}-{_MONTHS[last - 1].title()}" if first >= 1 else None


def _months(n: int) -> str | None:
    return f"Jan-{_MONTHS[n - 1].title()}" if 2 <= n <= 11 else None


def _quarter(first: str, last: str) -> str | None:
    a, b = _MONTHS.index(first), _MONTHS.index(last)
    return f"Q{b // 3 + 1}" if b == a + 2 and a % 3 == 0 else None


def part_label(words: str) -> str | None:
    """The label of the part of a year ``words`` name: "H1", "Q4", "Jan-Sep" (the months so far), "Nov" (a month),
    "YTD"; ``None`` where the words name no part that recurs each year ("单季", "last quarter", "the past three
    months").

    Examples
    --------
    >>> [part_label(w) for w in ("first half", "2H", "上半年", "fourth quarter", "第4季", "前三季度", "1-11月", "前5個月",
    ...                          "first seven months", "January-September", "October-December quarter", "11月份",
    ...                          "November 2021", "单季", "last quarter", "six months ended June 30", "截至9月30日止三个月")]
    ['H1', 'H2', 'H1', 'Q4', 'Q4', 'Jan-Sep', 'Jan-Nov', 'Jan-May', 'Jan-Jul', 'Jan-Sep', 'Q4', 'Nov', 'Nov', None, None, 'H1', 'Q3']
    """
    w = " ".join(words.strip().casefold().split())
    for pattern, label in _PART_LABELS:
        m = re.fullmatch(pattern, w)
        if m:
            try:
                return label(m.groups())
            except (KeyError, ValueError, IndexError):  # words that look like a part but count no months
                return None
    return None


def months_of(label: str) -> tuple[int, int] | None:
    """The first and last months (1-12) of a part of a year's label: "Q2" (4, 6), "H2" (7, 12), "Jan-May" (1, 5),
    "Nov" (11, 11); None for "YTD", whose months the label does not say.

    Examples
    --------
    >>> [months_of(x) for x in ("Q2", "H2", "Jan-May", "Apr-Sep", "Nov", "YTD")]
    [(4, 6), (7, 12), (1, 5), (4, 9), (11, 11), None]
    """
    if re.fullmatch(r"Q[1-4]|H[12]", label):
        width = 3 if label[0] == "Q" else 6
        return width * int(label[1]) - width + 1, width * int(label[1])
    first, _, month = label.casefold().rpartition("-")
    if month not in _MONTHS or first and first not in _MONTHS:
        return None
    last = _MONTHS.index(month) + 1
    return (_MONTHS.index(first) + 1 if first else last), last


#: a heading that names no period its figures are of: an edition, a report, an outlook
_EDITION = re.compile(r"\b(?:edition|report|outlook|forecast|update|preview)\b|报告|報告|展望|预测|預測", re.IGNORECASE)


def heading_part_of(line: str) -> tuple[str, str] | None:
    """The part of a year (label, words) a heading names, whose figures the lines under it state: a short line of
    no figure that names one quarter, half or months so far ("2024年一季度软件业经济运行情况", "一季度总体运行情况",
    "Second quarter 2024 results"), not an edition's ("Market outlook, H1 2025 edition").

    Examples
    --------
    >>> heading_part_of("2024 年一季度軟件業經濟運行情況"), heading_part_of("Market outlook, H1 2025 edition")
    (('Q1', '一季度'), None)
    """
    if len(line) > 80 or _EDITION.search(line):
        return None
    named = {(label, m.group(0)) for m in _PART_OF_YEAR.finditer(line)
             if (label := part_label(m.group(0))) and "-" in label or label and label[0] in "QH"}
    return named.pop() if len(named) == 1 else None  # a month alone heads an issue's date ("2023 年 11 月，第 47 期")


#: a year right before a part's words ("2024 年 1-5 月", "2025年上半年", "2024 Q2") or right after them ("Q2 2024",
#: "the first half of 2025")
_YEAR_BEFORE = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})\s*年?\s*(?:第\s*)?$")
_YEAR_AFTER = re.compile(r"\s*(?:of\s+)?'?(?P<year>(?:19|20)\d{2})(?!\d)", re.IGNORECASE)


#: a month with its year and no day: "2019年5月电子信息制造业运行情况" (not "2019年5月12日")
_YEAR_MONTH = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>1[0-2]|[1-9])\s*月(?!\s*\d|份?\s*[至到-])")


def parts_with_years(text: str) -> list[tuple[int, int, str]]:
    """Where a line names a part of a year with its year, as (position, year, label): "2024 年 1-5 月電子信息制造業運行
    情況" gives the year of the "1-5月" a later line names alone.

    Examples
    --------
    >>> parts_with_years("工信部公布 2024 年 1-5 月运行情况; Q2 2025 and the first half of 2023")
    [(13, 2024, 'Jan-May'), (24, 2025, 'Q2'), (40, 2023, 'H1')]
    """
    out = []
    for m in _PART_OF_YEAR.finditer(text):
        label = part_label(m.group(0))
        said = _YEAR_BEFORE.search(text, max(0, m.start() - 9), m.start()) or _YEAR_AFTER.match(text, m.end())
        if label and said:
            out.append((m.start(), int(said["year"]), label))
    out += [(m.start(), int(m["year"]), _MONTHS[int(m["month"]) - 1].title()) for m in _YEAR_MONTH.finditer(text)]
    return sorted(out)


def _named_part(words: str) -> str:
    """The part of a year that a matched stretch names ("in the first half of 2025" gives "first half")."""
    m = _PART_OF_YEAR.search(words) or re.search(vocabulary.MONTH + r"(?:\s+(?:19|20)\d{2})?|\bquarter\b", words,
                                                 re.IGNORECASE)
    return m.group() if m else words.strip()


def _part_stretch(read: _LineReader, part, end: int) -> tuple[int, int]:
    """Where the part of a year ``part`` names governs, in a sentence that ends at ``end`` and states no amount
    before it: from the part through its clause and the clauses after that hold no amount of their own ("For the
    first half of 2025 revenue totalled $71.3 billion, up 40%"), and where its own clause holds none, the clause after
    it that does ("For the first half of 2025, revenue totalled $71.3 billion")."""
    cuts = read.cuts
    k = min(bisect_right(cuts, part.end()), len(cuts) - 1)
    lo = cuts[max(bisect_right(cuts, part.start()) - 1, 0)]
    owned = read.amount(lo, min(cuts[k], end))  # the part's clause states its amount
    # the words of its clause before it are the part's too ("spending grew 19% in Q2 2024"), unless they name a year
    start = part.start() if read.whole_year_before(lo, part.start()) else lo
    return start, min(cuts[read.last_clause(k, owned, end)], end)


class _LineReader:
    """The questions :func:`period_spans` asks of one line (``text``, cut into clauses at ``cuts``), each read once
    however many parts of a year ask it: a line of thousands of quarters ("Q1 Q2 Q3 …") is read in linear time."""

    def __init__(self, text: str, cuts: list[int]):
        self.text, self.cuts = text, cuts
        self._first, self._whole, self._walks, self._years = {}, {}, {}, {}
        self._amounts = None  # of each cut, how many clauses before it hold an amount

    def amount(self, a: int, b: int) -> bool:
        """Whether ``text[a:b]``, from one cut to another, holds an amount (:data:`_AMOUNT`, which no cut's
        punctuation or word can stand inside): each clause is read once, for all stretches."""
        if self._amounts is None:
            held = [bool(_AMOUNT.search(self.text, x, y)) for x, y in zip(self.cuts, self.cuts[1:])]
            self._amounts = dict(zip(self.cuts, accumulate(held, initial=0)))
        if a in self._amounts and b in self._amounts:
            return self._amounts[b] > self._amounts[a]
        return bool(_AMOUNT.search(self.text, a, b))

    def first(self, pattern: re.Pattern, pos: int, end: int) -> re.Match | None:
        """``pattern.search(text, pos, end)``. A search from ``pos`` that found its match at ``s`` answers every
        search from a place between them (whether a match starts at a place does not depend on where the search
        began), and one that found none answers every later place."""
        known = self._first.get((pattern, end))
        if known is not None and known[0] <= pos and (known[1] is None or pos <= known[1].start()):
            return known[1]
        m = pattern.search(self.text, pos, end)
        self._first[pattern, end] = (pos, m)
        return m

    def whole(self, a: int, b: int) -> bool:
        """Whether ``text[a:b]`` names a whole year (:func:`_names_a_whole_year`)."""
        if (a, b) not in self._whole:
            self._whole[a, b] = _names_a_whole_year(self.text, a, b)
        return self._whole[a, b]

    def whole_year_before(self, lo: int, pos: int) -> bool:
        """Whether the words of a clause from ``lo`` up to ``pos`` name a whole year: its words are read once, for the
        first place a whole year's words end."""
        if lo not in self._years:
            text, hi = self.text, self.cuts[min(bisect_right(self.cuts, lo), len(self.cuts) - 1)]
            ends = [m.end() for m in _FULL_YEAR.finditer(text, lo, hi)]
            ends += [m.end() for m in YEAR.finditer(text, lo, hi) if _whole(text, m, lo)]
            self._years[lo] = min(ends, default=len(text) + 1)
        return self._years[lo] <= pos

    def until_a_whole_year(self, pos: int, end: int) -> int:
        """Where the first clause after ``pos`` that names a whole year ("the 2030 market", "for the full year")
        starts, else ``end``."""
        cuts, walk, k = self.cuts, [], bisect_right(self.cuts, pos)
        while (key := ("year", k, end)) not in self._walks:
            walk.append(key)
            if k + 1 >= len(cuts) or cuts[k] >= end:
                self._walks[key] = end
            elif self.whole(cuts[k], min(cuts[k + 1], end)):
                self._walks[key] = cuts[k]
            else:
                k += 1
        for key_ in walk:  # every clause walked over leads where this walk led
            self._walks[key_] = self._walks[key]
        return self._walks[key]

    def last_clause(self, k: int, owned: bool, end: int) -> int:
        """The last clause a part's figures reach from clause ``k`` in a sentence ending at ``end``: the clauses after
        its own that hold no amount of their own, up to one that names a whole year; where its own clause holds no
        amount (``owned`` false), the clause after it that does."""
        cuts, walk = self.cuts, []
        while (key := ("clause", k, owned, end)) not in self._walks:
            walk.append(key)
            if not (cuts[k] < end and k + 1 < len(cuts)):
                self._walks[key] = k
                continue
            nxt = min(cuts[k + 1], end)
            amount = self.amount(cuts[k], nxt)
            if amount and owned or self.whole(cuts[k], nxt):  # "…, and the 2030 market at $400bn"
                self._walks[key] = k
            else:
                owned, k = owned or amount, k + 1  # "For the first half of 2025, revenue totalled $71.3 billion"
        for key_ in walk:
            self._walks[key_] = self._walks[key]
        return self._walks[key]


#: what may stand before a part of a year that opens its sentence, and the comma after it: "2025年1—5月，", "In Q3 2025,"
_OPENS = re.compile(r"\s*(?:[^,，。:：;；]{1,16}[:：]\s*)?(?:(?:in|for|during|over)\s+(?:the\s+)?)?"
                    r"(?:(?:19|20)\d{2}\s*年?\s*(?:的)?)?", re.IGNORECASE)  # after a lead-in: "主要分行业情况为：5月，"
_COMMA_AFTER = re.compile(r"(?:\s*,?\s*(?:of\s+)?(?:19|20)\d{2}\s*年?)?(?:\s*[(（][^()（）,，]{1,12}[)）])?\s*[,，]")
# "Q3 2025,", "…June 30, 2024,", "the fourth quarter of 2013 (4Q13),"
#: words of a whole year: "for the full year", "full-year", "全年"
_FULL_YEAR = re.compile(r"\bfull[- ]year\b|\b(?:the\s+)?(?:whole|entire)\s+year\b|全年", re.IGNORECASE)


#: the words that make a part of a year the base of a rise: "from the", "over"
_BASE_WORD = re.compile(r"\b(?:from|over|than|versus|vs\.?|compared\s+(?:with|to)|above|below)\s+(?:(?:in|during)\s+)?(?:the\s+)?$",
                        re.IGNORECASE)


def own_parts(text: str) -> set[str]:
    """The labels of the parts of a year a line names as its figures' own, not as the base of a rise.

    Examples
    --------
    >>> sorted(own_parts("Revenue for the third quarter was $336.5 billion, up 1.0% from the second quarter"))
    ['Q3']
    """
    return {part_label(m.group(0)) for m in _PART_OF_YEAR.finditer(text)
            if not _BASE_WORD.search(text, max(0, m.start() - 16), m.start())} - {None}


def names_a_year(text: str) -> bool:
    """Whether a line names a year, whole ("in 2030", "全年") or a part of one ("Q2", "1-5月").

    Examples
    --------
    >>> names_a_year("軟件業務收入28020億元"), names_a_year("全年收入3万亿元"), names_a_year("Q2 sales rose 5%")
    (False, True, True)
    """
    return _names_a_whole_year(text, 0, len(text)) or bool(_PART_OF_YEAR.search(text))


#: the day and month before a year, which make it a date's: "June 30, ", "31 March "
_DATES_YEAR = re.compile(r"(?:" + vocabulary.MONTH + r"\s+\d{1,2}|\d{1,2}\s+" + vocabulary.MONTH + r"),?\s*$", re.IGNORECASE)


#: the words before a year that make it the base of a part's rise: "the same period in 2023", "the same quarter of"
_SAME_PART = re.compile(r"\bsame\s+(?:period|quarter|month|half)\s+(?:of|in)\s*$", re.IGNORECASE)


def _names_a_whole_year(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` names a whole year: "for the full year", "全年", or a year that is no part of a year's
    ("in 2030", not "Q2 2024" or "2025年上半年")."""
    return bool(_FULL_YEAR.search(text, a, b)) or any(_whole(text, m, a) for m in YEAR.finditer(text, a, b))


def _whole(text: str, m: re.Match, a: int = 0) -> bool:
    """Whether the year ``m`` (a match of :data:`YEAR` in ``text``, whose words from ``a`` on are read) is a whole
    year's: no part of a year's ("Q2 2024", "2025年上半年"), a day's ("June 30, 2024") or a part's base ("the same
    period in 2023"). A year, not an amount of 1935億."""
    before = text[max(a, m.start() - 12):m.start()]
    after = text[m.end():m.end() + 6]
    return not (re.search(r"(?:" + _ORDINAL_PART + r"|" + vocabulary.PARTS_OF_YEAR + r")(?:\s+of)?\s*$", before,
                          re.IGNORECASE)
                or _DATES_YEAR.search(text, max(0, m.start() - 16), m.start())  # "ended June 30, 2024": a day's
                or _SAME_PART.search(text, max(a, m.start() - 24), m.start())  # "the same period in 2023": a base's
                or re.match(r"\s*年?\s*(?:" + vocabulary.PARTS_OF_YEAR + r"|单季|單季)", after))


def lone_year(text: str) -> int | None:
    """The one whole year a text names (a release's title: "2024年电子信息制造业运行情况", "《…2024年国民经济和社会发展统计
    公报》"); None where it names none, several, or only a part of one or a day's.

    Examples
    --------
    >>> lone_year("2024年电子信息制造业运行情况"), lone_year("发布时间：2025-01-27"), lone_year("2023 and 2024 results")
    (2024, None, None)
    """
    years = {int(m.group("year")) for m in YEAR.finditer(text)  # not a day's: "2025年1月27日", "2025-01-27"
             if _whole(text, m) and not re.match(r"\s*年\s*\d{1,2}\s*月|[-/.]\d{1,2}[-/.]\d{1,2}", text[m.end():])}
    return years.pop() if len(years) == 1 else None


def names_the_whole_year(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` names the whole year in words, no year: "全年", "for the full year" (and "1-12月",
    "January-December", which :func:`~aimarket.extract.numbers.normalise` writes so)."""
    return bool(_FULL_YEAR.search(text, a, b))


def outside(figures: list, spans: list) -> list:
    """The ``figures`` (with a ``pos``) that stand in none of ``spans`` ((start, end) pairs), in one pass over both
    sorted: a line of thousands of figures and asides costs no more than its lines apart."""
    spans = sorted(spans)
    ends, reach = [], -1
    for a, b in spans:  # the furthest end of the spans starting at or before each one
        reach = max(reach, b)
        ends.append(reach)
    starts = [a for a, _ in spans]
    keep = []
    for f in figures:
        k = bisect_right(starts, f.pos) - 1
        if k < 0 or ends[k] <= f.pos:
            keep.append(f)
    return keep
