"""Figures stated in sentences: amounts with their year, status and subject; rates with their period.

Each line (a paragraph, or a sentence wrapped across lines read whole) is cut into tokens from the
vocabulary: amounts, years, spans, rates and multiples. Each figure then takes its year from its sentence
(the one right after it, else in its clause, else before it), and its role from the table of sentence frames
(:mod:`.frames`): the base of a movement ("from", "从…的", "up from") is history and the target after a forecast
cue an estimate; a rate's period is a stated span or length, a base year beside it ("from 2023", "比2023年"), or,
marked inferred, the years of the base and the target. Figures no frame reads keep the rules below. Its
subject is the noun phrase of its sentence that names one, else the subject before it (a continuation).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, islice

from . import vocabulary
from .asides import aside_spans, bracket_open, months_of, names_the_whole_year, outside, own_parts, part_label, period_spans, survey_spans
from .frames import SLOTS, frames_matcher, line_codes
from .numbers import (APOSTROPHE_RANGE, APOSTROPHE_YEAR, CAGR_SHORT_RANGE, CJK_AMOUNT, COMPOUND, COUNT, DURATION,
                      FROM_TO, FY_RANGE, MONEY, MULTIPLE, NUMERAL_LESS, PERCENT, PHYSICAL, RANGE, SCALES, SHORT_FY,
                      SHORT_PART_YEAR, SHORT_YEAR, SMALL_COUNT, YEAR, YEARS_TO, YEN_CUE, chinese_int, count_noun,
                      currency_of, normalise, parse_number, scale_key, trimmed_end, unit_name)
from .relative import AGAINST_YEAR, ASIDE_AFTER, RelativeYears, year_words
from .shares import (LOOKS_AHEAD, SET_AGAINST_CJK, SET_AGAINST_CLAUSE, THREAD_NUMBER, amounts_of_parts, item_name,
                     part_and_whole, parts_after_of_which, parts_heading_their_clause, parts_heading_their_sentence,
                     parts_it_goes_on_to, parts_listed_after_the_whole, parts_of_that, parts_of_the_whole_after, parts_side_by_side,
                     rises_of_parts,
                     parts_within_their_whole, segments_after_whole, shares_after_amounts, shares_after_named_parts,
                     shares_heading_their_sentence, shares_of_which, siblings_of_a_part, wholes_first)
from .subjects import (BULLET, POINTER, before_clause, content_words, head_phrase, is_clause, is_specific, noun_phrases,
                       subject_key, title_of, words_within)
from .vocabulary import whole_words, words

__all__ = ["Figure", "scan_line"]

#: where a sentence ends: a stop, or a full stop before a space (not a decimal point, nor an abbreviation's: "p. 17",
#: "et al. (2023)", "No. 5", "vs. 2023"; a company's "Co.", "Inc.", "Ltd." or "Corp.", a scale's "Mrd." or "Mio." and
#: letters' "U.S." or "p.a." only before a capital or the end: "Quarrel & Co. is the outlier", "EUR 1,24 Mrd. in
#: 2024", "28% p.a. to 2029", "in U.S. residential mortgages" go on; nor does "est." in "$138M est. for 2025")
SENTENCE = re.compile(r"[。！？!?;；]|(?<!\bp)(?<!\bpp)(?<!\best)(?<!\b[Nn]o)(?<!\bal)(?<!\b[Vv]ol)(?<!\b[Ff]ig)(?<!\bvs)(?<!\bcf)(?<!\bapprox)(?<!\bc)(?<!\bca)"
                      r"(?<!\bCo)(?<!\bInc)(?<!\bLtd)(?<!\bCorp)(?<!\bMrd)(?<!\bMio)(?<!\b[A-Za-z]\.[A-Za-z])\.[\"'”’]?[)）]?(?=\s|$)"
                      r"|(?:(?<=\bCo)|(?<=\bInc)|(?<=\bLtd)|(?<=\bCorp)|(?<=\bMrd)|(?<=\bMio)|(?<=\b[A-Za-z]\.[A-Za-z]))"
                      r"(?<!\bi\.e)(?<!\be\.g)\.[\"'”’]?(?=\s+[^a-z\s]|\s*$)")  # "i.e. 62%" ends no sentence
_CLAUSE = re.compile(r",(?!\d{3}(?!\d))|[，:：()（）]|\band\b|\bwhile\b")
#: "$40 billion in 2024", "R$6.8 billion on AI-based cybersecurity tools in 2024", "$17.9 billion on artificial
#: intelligence (AI) solutions in 2025", "in FY25": a year a few words after
#: a figure, none of them a verb of another clause ("$3.2 billion last year and will grow fast in 2029"), nor "from"
#: a base ("from zero in 2015"; "on tools from drones and satellites in 2024" names where the money went)
_FOLLOWING_YEAR = re.compile(r"\s*(?:,\s*(?=(?:in|by)\s+(?:19|20)\d{2}\s*(?:[,;.]|[-–—](?:\s|$))))?"  # "at 38.2%, in 2024,
                             # ahead of": its year, and "to USD 8.2 billion, by 2030." or "…, by 2030 - an average"
                             r"(?:(?!(?:will|would|could|should|may|might|is|are|was|were|be|been|has|have|had|to|"
                             r"than|expected|projected|forecast|grow|grew|rise|rose|reach|reached|up|down|"
                             r"versus|vs|expects?|sees|says|said|plans?|aims?|hopes?|puts?|can)\b)"
                             r"(?!from\s+(?:zero|nothing|scratch|near|nearly|almost|virtually|about|around|roughly|some|"
                             r"a|an|the|its|their|that|this|these|those|just|only|under|over|less|more)\b)"
                             r"(?:[a-z]+(?:-[a-z]+)*|(?:[a-z]\.){2,3}|\([a-z]{1,10}\)),?\s+){0,14}?"  # "the U.S. and"
                             r"(?:(?:in|by|for|during|as of|end\s+of)\s+|end-)"  # "at end-2022", "at the end of 2022"
                             r"(?:fiscal\s+(?:year\s+)?)?(?:(?:FY\s?)?((?:19|20)\d{2})|[FC]Y\s?'?(\d{2}))(?!\d)", re.IGNORECASE)
#: words set off by a pair of dashes, no figure among them: " - wildfire-spread modelling, flood forecasting - "
_WORDS_BETWEEN_DASHES = re.compile(r"\s[-–—]\s(?=[A-Za-z])(?:[^-–—.;:!?\d]|(?<=\w)-(?=\w)){1,120}?\s[-–—]\s")
#: the months a fiscal year runs over, in brackets after it: "FY2024 (April 2024 to March 2025)", "2024财年（2024年4月至
#: 2025年3月）": no years of their own
_FISCAL_MONTHS = re.compile(r"(?:\b(?:FY|fiscal\s+(?:year\s+)?)\s?(?:19|20)\d{2}"
                            r"|(?:19|20)\d{2}\s*(?:财年|財年|会计年度|會計年度|年度))"
                            r"\s*(?P<months>[(（][^()（）]{0,40}?(?:" + vocabulary.MONTH + r"|月)[^()（）]{0,40}[)）])",
                            re.IGNORECASE)
#: a colon or a dash after a figure, before the words that say what it is: "$14.6B: what buyers spent in 2024"
#: (a figure's match may take the space before the dash: "$1.22B — …")
_DEFINED = re.compile(r"\s*(?:(?P<colon>[:：])|(?:(?<=\s)|\s)[—–-])\s+")
#: after a dash, a short label of the market and its year after a comma, as a "By the numbers" box prints it:
#: "global market, 2024", "worldwide spending, 2030" (not "North America, 2024": a part, whose words name no market)
_MARKET_LABEL = re.compile(r"[A-Za-z][A-Za-z -]{0,40}?\b(?:market|spending|spend|revenues?|sales|TAM)\s*,\s*"
                           r"(?:19|20)\d{2}\b", re.IGNORECASE)
#: nothing before a figure on its line but a bullet: the figure heads the line
_LINE_HEAD = re.compile(r"\s*(?:(?:" + BULLET + r"|\d{1,2}[.)/])\s*)?")
#: a forecast cue: a word of :data:`vocabulary.ESTIMATE`, or a plan's deadline with no word of the past after it
#: that opens a clause ("到2027年，全省人工智能核心产业规模突破1000亿元"; not "增长至2024年的", "截至2024年底" or
#: "到2024年已建成")
_ESTIMATE = re.compile(whole_words(vocabulary.ESTIMATE) + r"|(?:^|(?<=[。，,；;：:\s]))(?:到|至)"
                       r"(?=\s*(?:19|20)\d{2}\s*年)(?![^。；;!?！？]{0,60}?(?:已|了|截至))", re.IGNORECASE)
#: a count of firms, no size of a market: "企业超3.8万家", "4,500 companies", "120 startups"
_NO_MARKET_COUNT = re.compile(r"^(?:家|(?:.*\s)?(?:companies|startups|firms|enterprises))$", re.IGNORECASE)
#: a sum of money somewhere in a line: a currency's sign, code or word
_MONEY_WORD = re.compile(r"[$€£¥]|\b(?:USD|EUR|GBP|CNY|RMB|JPY)\b|元|圓|円|\b(?:dollars?|euros?|pounds)\b", re.IGNORECASE)
#: the words before a count of people that make it a workforce: "从业人数710万人", "就业人员"
_WORKFORCE = re.compile(r"从业|從業|就业|就業|员工|員工|职工|職工|雇员|僱員")


#: the least sum of money a market's size can be: below it an amount in a currency with no scale word is a price
#: ("单车价值量2,800元", "EPS of US$4.77", "the volume costs EUR 1,950"), whatever its words
_LEAST_MARKET = 1e5


def _a_price(f) -> bool:
    return f.kind == "amount" and f.currency is not None and f.scale == 1 and abs(f.value) < _LEAST_MARKET


def _firms_or_workers(text: str, count: re.Match, s: int) -> bool:
    """Whether a count (a match of :data:`COUNT` at ``s``) counts a workforce ("从业人数710万人"), or firms in a line
    that states sums of money ("软件业务收入…亿元…企业超3.8万家": an aside of a market's text, where a line about firms
    alone, "全国人工智能企业超过4500家，其中长三角地区1562家", counts what it is about): no size of a market."""
    word = (count.group("word") or "").strip()
    if word == "人":
        return bool(_WORKFORCE.search(text, max(0, s - 12), s))
    return bool(_NO_MARKET_COUNT.search(word)) and bool(_MONEY_WORD.search(text))


#: a relative clause set off by commas: ", which as in 2022 accounted for 84% of recorded music's revenues,"
_RELATIVE = re.compile(r",\s*(?:which|who)\b[^,;.]{0,200},", re.IGNORECASE)
#: a verb of saying or sizing after such a clause, whose subject is who states the figure, not what it measures
_REPORTS_THAT = re.compile(r",\s*(?:forecasts|expects|estimates|predicts|projects|says|said|believes|reckons|sees|"
                           r"thinks|calculates|puts|values|sizes)\b", re.IGNORECASE)
#: a verb of the past that makes "to reach" after it the result of a change that happened: "grew 19% in 2023 to
#: reach $78.1 billion"
_PAST_MOVE = re.compile(r"\b(?:grew|rose|increased|jumped|climbed|surged|soared|expanded|gained|declined|fell|dropped|"
                        r"decreased|shrank|contracted|compounded|doubled|tripled|advanced|rebounded|recovered)\b"
                        r"(?:[^.;:!?]|\.(?=\d)){0,60}$", re.IGNORECASE)


def forecast_cues(text: str, lo: int = 0, hi: int | None = None, reports: bool = True):
    """The forecast cues (:data:`_ESTIMATE`) in ``text[lo:hi]``, but for "to reach" or "to hit" after a verb of the
    past in its sentence ("grew 19% year-on-year in 2023 to reach $78.1 billion": it did), for the end of a compound
    ("AI-guided robots", "robots guided by vision"), for a word of a report's title
    ("《2025-2031年中国AI数字人行业…预测报告》显示，2024年…": the report's name forecasts nothing; "its Grid Intelligence
    Outlook 2025"), for 将 before the object of a revision ("将2023年销售额修订为…"), for 预测 of what a market sells
    ("预测性维护", "負載預測與設備巡檢", "需求预测"), for 目标 of what a system senses ("目标识别") and for the noun
    "projects" ("as several large projects slipped"); with ``reports`` False, but for a word that names the forecast
    a figure is quoted from (:data:`_NAMED_REPORT`: "In its annual outlook, …"), which makes a forecast of a year to
    come but says nothing of a year gone by."""
    hi = len(text) if hi is None else hi
    titles = _title_spans(text)
    if not reports and REPORT_WORD.search(text, lo, hi):
        titles += tuple(r.span() for r in _NAMED_REPORT.finditer(text, max(0, lo - 80), hi))
    for m in _ESTIMATE.finditer(text, lo, hi):
        if m.group(0).lower().startswith("to ") and _PAST_MOVE.search(text, max(0, m.start() - 60), m.start()):
            continue
        if any(a < m.start() < b for a, b in titles):
            continue
        if m.start() and text[m.start() - 1] in "-‐" and m.group(0).isascii():  # "AI-guided robots": a compound's
            continue
        if m.group(0).lower() == "should" and _OBLIGED.match(text, m.end()):
            continue  # "Bidders should note that the market was valued at": what a reader is to do, no forecast
        if m.group(0).lower() == "guided" and re.match(r"\s+by\b", text[m.end():m.end() + 4]):
            continue  # "welding robots guided by vision": a participle of what a market sells
        if m.group(0) in "将將" and _BA_REVISION.match(text, m.end()):  # "将2023年销售额修订为…": what it did
            continue
        if m.group(0) in "将將" and re.match(r"至(?:[，,。；;!！\s]|$)", text[m.end():m.end() + 2]):
            continue  # "清明連假將至，": a day that draws near, no forecast
        if m.group(0).lower() in ("forecast", "forecasts") and not _FORECAST_AS_VERB.match(text, m.end()) \
                and _FORECAST_OF_EN.search(text, max(0, m.start() - 16), m.start()):
            continue  # "AI crowding forecasts and ticket pricing": what a market sells
        if m.group(0) in ("预测", "預測") and (_FORECASTING_SOLD.match(text, m.end()) or _FORECAST_OF.search(
                text, max(0, m.start() - 4), m.start())):  # "预测性维护", "負載預測與設備巡檢", "需求预测市场规模"
            continue
        if m.group(0) in ("预测", "預測") and _GLOSS_ENDS.match(text, m.end()) and m.start() \
                and _OBJECT_BEFORE.match(text[m.start() - 1]):
            continue  # "（RFID芯片加AI盘点与损耗预测）": the last words of a gloss on what a market sells, no forecast
        if m.group(0) in ("目标", "目標") and _TARGET_SENSED.match(text, m.end()):  # "目标识别": a target a system
            continue  # senses, no goal set for the market
        if m.group(0).lower() == "projects" and _NOUN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "as several large projects slipped": the noun
        if m.group(0)[:1].isupper() and _in_named_edition(text, m):  # "its Grid Intelligence Outlook 2025, which"
            continue
        yield m


#: what follows 预测 where it names what a market sells (forecasting, predictive), no forecast: "预测性维护",
#: "負載預測與設備巡檢", "需求预测、库存优化", "功率预测系统", "客戶流失預測方案", "流失预测分析", "需求预测方面的投入"
_FORECASTING_SOLD = re.compile(r"性|[、与與和及]|系[统統]|[软軟][件体體]|平台|服[务務]|模型|算法|工具|[场場]景|[应應]用|精度|方案|分析|解决|解決|产品|產品"
                               r"|方面|[领領]域|[环環]节|[业業]务|技[术術]|保[养養]|[维維][护護]|[维維]修|[检檢]修")
#: what someone "should" do, which forecasts nothing: "should note", "should be submitted by"
_OBLIGED = re.compile(r"\s+(?:(?:also|first|please)\s+)?(?:note|submit|contact|send|include|read|refer|consult|apply|"
                      r"provide|register|ensure|check|attach|quote|state|be\s+(?:aware|submitted|sent|addressed|"
                      r"directed|received|marked|emailed|uploaded))\b", re.IGNORECASE)
#: a closing bracket right after 预测, and a character before it that is a noun's, not a year's or a bracket's ("2025年
#: (预测)" marks a forecast; "(…损耗预测)" glosses what a market sells)
_GLOSS_ENDS = re.compile(r"\s*[)）]")
_OBJECT_BEFORE = re.compile(r"[\u4e00-\u9fff](?<![年度期的为為])")
#: what a forecasting tool forecasts, right before 预测, which makes it the name of what a market sells: "需求预测",
#: "趋势预测", "天氣預測", "索道排队预测", "配送時間預測"
_FORECAST_OF = re.compile(r"(?:需求|趋势|趨勢|天气|天氣|气象|氣象|销量|銷量|负荷|負荷|价格|價格|风险|風險|客流|流量|产量|產量|"
                          r"故障|库存|庫存|尺码|尺碼|排队|排隊|人流|交通|路况|路況|产能|產能|电价|電價|火险|火險|虫害|蟲害|"
                          r"销售|銷售|票房|流失|违约|違約|能耗|用电|用電|水位|洪水|鱼群|魚群|渔情|漁情|时间|時間|时长|時長|"
                          r"路线|路線|运力|運力|峰值|订单|訂單|运量|運量|件量|货量|貨量|病害|拥挤度|擁擠度)$")
#: what a forecasting tool forecasts, right before "forecasts" as a noun: "crowding forecasts", "demand forecast"
_FORECAST_OF_EN = re.compile(r"\b(?:" + words(vocabulary.FORECAST_OBJECTS) + r")\s+$", re.IGNORECASE)
#: what follows "forecast" as a verb, or a forecast that says something: its object ("demand forecast the market",
#: "… forecasts that spending", "… forecast $1.2 billion") or its verb ("demand forecasts show"); after the name of what
#: a market sells come other words ("crowding forecasts and ticket pricing", "ridership forecasts came to")
_FORECAST_AS_VERB = re.compile(r"\s+(?:(?:the|a|an|that|this|these|those|its|their|it|they|we|spending|revenue|sales|"
                               r"growth|show|shows|see|sees|put|puts|suggest|suggests|point|points|say|says|indicate|"
                               r"indicates|call|calls|expect|expects|imply|implies|"
                               # or an adverb between the verb and its object: "forecast, according to the firm, the
                               # market …", "forecast roughly $1.2 billion"
                               r"according|notably|once|overall|in\s+its|roughly|around|approximately|about|some|just|"
                               r"nearly|almost|estimated)\b|,?\s*US\$|,?\s*[$€£¥\d])", re.IGNORECASE)
#: what a system does to a target it senses, right after 目标: "目标识别", "目標檢測", "目标跟踪"
_TARGET_SENSED = re.compile(r"识别|識別|检测|檢測|跟踪|跟蹤|追踪|追蹤|定位|探测|探測|分类|分類|打击|打擊")
#: a word right before "projects" that makes it the noun: "several large projects", "its projects"
_NOUN_BEFORE = re.compile(r"\b(?:several|many|large|big|major|new|pilot|some|few|such|these|those|its|their|our|of|"
                          r"(?!(?:19|20)\d\d\s)\d[\d,]*)\s+$", re.IGNORECASE)  # a count, not a year ("In 2016 projects")


def _in_named_edition(text: str, m: re.Match) -> bool:
    """Whether a capitalised forecast's word (``m``) is the last word of a report's name with its edition's year
    (:data:`_NAMED_EDITION`): "its Grid Intelligence Outlook 2025", "the Energy Transition 2025 Outlook"."""
    lo = max(0, m.start() - 120)
    return any(a <= m.start() - lo <= b for a, b in (e.span() for e in _NAMED_EDITION.finditer(text[lo:m.end() + 8])))


#: a forecast's word that names the document a figure is quoted from: "In its annual outlook, Tessaro said the market
#: reached…", "在年度展望中表示，2024年…达到", "在最新发布的预测报告中指出"
_NAMED_REPORT = re.compile(r"\bin\s+(?:its|their|the|this|[A-Z][\w&.-]*['’]s)\s+(?:[\w-]+\s+){0,3}?(?:outlook|forecast)s?"
                           r"(?:\s+(?:report|update|note|study|paper))?(?=\s*[,，]|\s+(?:published|released|issued)\b)"
                           r"|在[^，,。；;!?！？]{0,16}?(?:展望|预测|預測)[^，,。；;!?！？]{0,6}?中", re.IGNORECASE)
#: a word that may name a forecast document, looked for before :data:`_NAMED_REPORT` is
REPORT_WORD = re.compile(r"outlook|forecast|展望|预测|預測", re.IGNORECASE)
#: 将 that holds up the object of a revision, no future: "将2023年销售额修订为12,305.2亿元", "将全年预测上调至"
_BA_REVISION = re.compile(r"[^，,。；;：:！!？?]{1,24}?(?:修订|修訂|修正|更正|修改|上调|下调|上調|下調|上修|下修|调高|调低|調高|"
                          r"調低|调整|調整|改)(?:为|為|至|到)")


#: how far on a forecast cue governs the figures of its sentence, in characters (a run-on line of a thousand
#: figures is not one forecast)
_CUE_REACH = 2000
_MEASURE = re.compile(r"参数量|出货|亏损|估值|" + words(vocabulary.MEASURES) + r"|loss|valuation|parameters", re.IGNORECASE)
_CAGR = re.compile(words(vocabulary.CAGR), re.IGNORECASE)
#: an amount or a rate, which a source's citation holds none of: "160亿元", "12%", "$3.1 billion"
_AMOUNT_WORD = r"\d[\d.,]*\s*(?:亿|億|万|萬|元|%|％|billion|million|trillion|bn\b|mn\b)"
#: a source's citation up to its stop (no amount in it): "資料來源：經濟統計署，2025年3月。", "Source: Gaurang Research, July 2025."
_SOURCE_CLAUSE = re.compile(r"(?:" + words(vocabulary.SOURCE_LABELS) + r"|\bsources?)\s*[:：](?:(?!\s{2}|" + _AMOUNT_WORD
                            + r")[^。；;\n]){0,60}?(?=[。；;]|\.\s|\.?$)", re.IGNORECASE)
#: the month (or day) a report was released: "2025年1月发布的《2024年通信业统计公报》", "于2025年2月10日公布": no figure's year
_RELEASED_IN_MONTH = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号號])?\s*(?:发布|發布|公布|发表|發表|"
                                r"出版|印发|印發|披露)")
#: a CAGR's name, its span and a verb before its rate, a clause of its own: "the compound annual growth rate from 2023
#: to 2027 will reach 12.8%"
_CAGR_THEN_SPAN = re.compile(r"(?:" + words(vocabulary.CAGR) + r")\s+(?:from|between|over|for|during|in)\s+(?:the\s+)?"
                             r"(?:period\s+)?(?:19|20)\d{2}\s*(?:to|and|-|–|—)\s*(?:19|20)\d{2}\s*,?\s*(?:will|would|is|was|"
                             r"should|could|may|is\s+expected\s+to|is\s+projected\s+to)?\s*(?:reach|be|stand\s+at|hit|amount\s+to|"
                             r"exceed)?\s*(?:about|around|approximately|roughly|nearly|some)?\s*$", re.IGNORECASE)
_YOY = re.compile(whole_words(vocabulary.YOY), re.IGNORECASE)
_QOQ = re.compile(whole_words(vocabulary.QOQ + vocabulary.MOM), re.IGNORECASE)
_MOM = re.compile(whole_words(vocabulary.MOM), re.IGNORECASE)
_GROWTH = re.compile(whole_words(vocabulary.GROWTH), re.IGNORECASE)
_DECLINE = re.compile(whole_words(vocabulary.DECLINE), re.IGNORECASE)
#: an amount that is the base of a movement: "from USD 24.9 billion", "从2023年的1,205亿元", "up from $4.2 billion"
#: a currency, if any, right before an amount, the yuan's among them
_CURRENCY_BEFORE = r"(?:US\$|USD|\$|€|EUR|£|RMB|CNY|人民币|人民幣)?\s*$"
#: a currency's sign or code, if any, right before an amount's digits: "$", "US$", "EUR ", "HK$"
_SIGN_OR_CODE = r"(?:[A-Z]{0,3}[$€£¥]|[A-Z]{3}\s?)?"
#: a word that makes an amount approximate: "about", "nearly", "约"
_ABOUT_WORD = r"(?:" + words(vocabulary.APPROXIMATE) + r")"
_BASE_BEFORE = re.compile(r"(?:" + words(vocabulary.BASE) + r")\s*(?:(?:FY\s?)?(?:19|20)\d{2}\s*年?\s*的?\s*)?"
                          r"(?:" + _ABOUT_WORD + r"\s*)?" + _CURRENCY_BEFORE, re.IGNORECASE)
_BASE_WORD = re.compile(whole_words(vocabulary.BASE), re.IGNORECASE)
#: a word that makes the figure after it approximate, right before it: "of about ", "近"
_ABOUT_BEFORE = re.compile(_ABOUT_WORD + r"\s*$", re.IGNORECASE)
#: a base word before a year, a few words between them: "from 2022", "compared with fiscal 2022", "from the end of
#: 2022", "由2022"
_BASE_BEFORE_YEAR = re.compile(whole_words(vocabulary.BASE) + r"\s*(?:[A-Za-z][\w'’-]*\s+){0,3}$",
                               re.IGNORECASE)
#: a year set against in Chinese, the words before it and after it: "與2020年的2.2億元相比", "与2023年相比"
_WITH_BEFORE_CJK = re.compile(r"(?:与|與|和|同|跟)\s*$")
_COMPARED_AFTER_CJK = re.compile(r"\s*年?\s*(?:的[^，。；,;]{0,20}?)?\s*(?:相比|相較|相较)")
#: a rise said to have come about: "has grown", "have more than doubled", "has risen"
_HAS_RISEN = re.compile(r"\b(?:has|have)\s+(?:(?:more\s+than|nearly|almost|roughly)\s+)?(?:grown|risen|increased|climbed|"
                        r"expanded|doubled|tripled|quadrupled|multiplied|jumped|surged|soared)\b", re.IGNORECASE)
#: a comparison right before a year: "more than in 2023", "higher than 2022"
_THAN_YEAR = re.compile(r"\bthan\s+(?:in\s+|during\s+)?$", re.IGNORECASE)


def _compared(text: str, y: tuple) -> bool:
    """Whether the year ``y`` (a line's year, by position) is what a comparison is set against: "more than in 2023"."""
    return bool(_THAN_YEAR.search(text, max(0, y[0] - 16), y[0]))

#: a rise's base year after it: "a rise of 19.5% on 2023", "up 8% over 2022"
_RISE_ON_YEAR = re.compile(r"%\s*(?:(?:rise|increase|gain|growth|jump|decline|drop|fall)\s+)?(?:on|over)\s+$",
                           re.IGNORECASE)
#: the comparatives a rate is set against something with: "higher than", "3% less than", "3.1% fewer than"
_MORE = r"higher|more|greater|larger|bigger"
_LESS = r"lower|less|smaller|fewer"
#: a year after a rise on the year before, whose level it restates: "4.6% more than in 2023", "同比下降5.1%，2023年为"
_RESTATED_AFTER_RISE = re.compile(r"%\s*(?:" + _MORE + "|" + _LESS + r")\s+than\s+(?:in\s+)?$"
                                  r"|(?:" + words(vocabulary.YOY) + r")[^,，。;；%]{0,8}%\s*[,，]\s*$", re.IGNORECASE)


def _restated(text: str, y: tuple, named: set, at: _YearsAt) -> bool:
    """Whether the year ``y`` (of the years a line names before a figure, ``named`` the set of their numbers) is one
    whose level the line restates, the year after it named too: the base of a rise ("€3.41 billion in 2024, 4.6% more
    than in 2023, when it stood at …", "2024年…同比下降5.1%，2023年为31.4万台"), or a revision ("2024年…为14,286.5亿元…；
    协会同时将2023年销售额修订为…", "…；2023年營業額已修正為6,831億元"); in a line of the whole year, any year a revision
    restates. The words around each year are read once a line (``at``), however many figures ask."""
    if y[0] not in at.restating:
        revised = bool(_BA_REVISION.match(text, y[0]))
        at.restating[y[0]] = revised, revised or bool(_RESTATED_AFTER_RISE.search(text, max(0, y[0] - 24), y[0]))
    revised, restating = at.restating[y[0]]
    if revised and at.whole_year:
        return True  # a revision in a line of the whole year: the year it restates is the one before
    return y[2] + 1 in named and restating


_MOVE = re.compile(_GROWTH.pattern + "|" + _DECLINE.pattern, re.IGNORECASE)
#: a web address, whose words and numbers are no sentence's ("…/ai-market-to-hit-42-trillion-by-2027")
_URL = re.compile(r"(?:\bhttps?://|(?<![\w.@])www\.)[^\s<>\"'）」]+", re.IGNORECASE)
#: the blanks between a figure and the word after it
_GAP = re.compile(r"\s{0,3}")
#: the words between a rate and the word of growth after it: "20%以上的增长率", "30%左右的增速"
_RATE_WORD_GAP = re.compile(r"\s{0,3}(?:(?:以上|以下|左右|上下)\s?)?的?\s{0,2}"
                            r"(?:强劲|強勁|稳健|穩健|稳定|穩定|高速|快速|大幅|显著|顯著|明显|明顯)?")  # "26.2%的強勁增長"
#: an article and a word or two of emphasis right before a rate: "by a whopping 690%", "a massive 48.4%"
_MODIFIED = re.compile(r"\b(?:a|an)\s+[a-z]+(?:\s+[a-z]+)?\s*$", re.IGNORECASE)
#: a dash between a figure and the words that say what it is: "147% — growth in that spend"
_DASH_GAP = re.compile(r"\s{0,3}[—–]\s{0,3}")
#: where a cell of a laid-out line starts: the line's start, a tab, a pipe or a run of spaces
_CELL_START = re.compile(r"(?:^|\t|\||\s{2})\s*$")


#: a list's separator or its opening word right before a rate's sign: "、 - 3.11%", "分别为 -1.5%"
_LISTED = re.compile(r"(?:[、，,;；]|分别为|分別為|依次为|依序為|依次為|respectively)\s*$")


def _cell_starts(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a cell of a table row: the line's start, a tab, a pipe or a run of spaces before it
    (looked for in the blanks right before it only, so a line of many cells is read in linear time)."""
    lo = trimmed_end(text, pos)
    return lo == 0 or bool(_CELL_START.search(text, max(0, lo - 2), pos))
_TOTAL = re.compile(r"累计|合计|总计|共计|cumulative|in total|combined", re.IGNORECASE)
#: the measure word after a list of names ("A、B和C的市场份额分别为"), which is none of the names
_LIST_MEASURE = re.compile(r"(?:的)?(?:数量|數量|占比|佔比|比例|规模|規模|市场份额|市場份額|份额|份額|市占率|出货量|出貨量|产值|產值|"
                           r"营收|營收|收入)\s*$")
_RESPECTIVELY = re.compile(r"分别|分別|依序|依次|respectively", re.IGNORECASE)
_SHARE = re.compile(r"占|佔|占比|份额|份額|比重|的比例|渗透率|滲透率|普及率|share of|penetration(?: rate)?|adoption rate|"
                    # a ratio's level: "关键工序数控化率达到75%", "覆盖率", "导入率"
                    r"化率|覆盖率|覆蓋率|利用率|使用率|采用率|採用率|导入率|導入率|上云率|上雲率|"
                    r"accounting for|accounted for|accounts? for|(?:makes?|made|making) up|of (?:the )?total", re.IGNORECASE)
#: a share's word, then the year it moves from: "占比將由去（2024）年的51%進一步拉高", "渗透率从2023年的"
_SHARE_FROM_YEAR = re.compile(r"(?:占比|佔比|比重|份额|份額|渗透率|滲透率|普及率)[^，,。；;%\d]{0,6}?(?:由|从|從)"
                              r"[^，,。；;%]{0,16}?的\s*$")
#: a name at the head of its sentence and a gloss of it between commas, before the verb of its figure: "Autonomous
#: mobile robots, a separate market we size on the same basis, stood at"
_APPOSITION = re.compile(r"\s*(?!(?:By|In|For|According|As|At|On|Over|Under|With|From|After|Before|Since|During)\b)"
                         r"(?P<name>[A-Z][^,;:()\d]{1,60}?),\s+(?P<gloss>(?:a|an|the|one)\s+[^,;:\d]{1,80}),\s+"
                         r"[a-z][^,;:\d]{0,30}?(?:US\$|[A-Z]{3}\s?|[$€£¥])?\s*")
#: a part of a year named in a subject: "首季市場收入", "Q1 revenue"
_PART_OF_A_YEAR = re.compile(r"(?<![A-Za-z0-9])(?:" + vocabulary.PARTS_OF_YEAR + r")(?![A-Za-z0-9])")
#: a gloss that makes the name before it a part of a whole: "the largest segment", "its fastest-growing category"
_PART_GLOSS = re.compile(r"\b(?:segment|category|sub-?segment|application|use\s+case|slice|component|(?:largest|biggest|"
                         r"smallest|leading|fastest[- ]growing)\s+(?:part|share|piece))\b", re.IGNORECASE)
#: a level that is a part of a whole right before a percent: "新車銷量達到汽車新車總銷量的31.6%" (no rise)
_OF_THE_WHOLE = re.compile(r"(?:达到|達到|达|達|为|為|相当于|相當於)[^，,。；;%\d]{0,20}(?:总|總|全部|整体|整體)[^，,。；;%\d]{0,10}的\s*$")
#: a verb of being a share right before a percent: "Represents 30%, or $756 billion" (not "represents a 30% increase")
_REPRESENTS = re.compile(r"\brepresent(?:s|ed|ing)(?:\s+(?:about|around|nearly|almost|roughly|some))?\s*$",
                         re.IGNORECASE)
#: a share's word right after its percent: "以56%的全球份额", "a 38% market share", "24% share of"
_SHARE_AFTER = re.compile(r"(?:的[\u4e00-\u9fff]{0,4}?(?:市场份额|市場份額|份额|份額|市占率|市佔率)|\s+(?:market\s+)?share\b)",
                          re.IGNORECASE)
#: a percent of a year's whole, named by its year and noun: "taking 71% of 2030E demand", "38% of its 2024 revenue"
_OF_A_YEARS_NOUN = re.compile(r"\s*of\s+(?:the\s+|its\s+|their\s+)?(?:FY\s?)?(?:19|20)\d{2}\s?[AEFP]?(?:'s|’s)?\s+"
                              r"(?!to\b|and\b|through\b)[A-Za-z]", re.IGNORECASE)
#: a part that contributes a percent of its whole's: "贡献全球24%的收入"
_CONTRIBUTES = re.compile(r"(?:贡献|貢獻)[\u4e00-\u9fff]{0,4}$")
#: the share of its value an approximate amount ("nearly $500 million") is read to: within half of it either way
APPROXIMATION = 0.1
_APPROX = re.compile(r"(?<![A-Za-z])" + _ABOUT_WORD + r"\s*" + _CURRENCY_BEFORE, re.IGNORECASE)
_LOWER = re.compile(r"(?<![a-z])(?:" + words(vocabulary.LOWER_BOUND) + r")\s*" + _CURRENCY_BEFORE, re.IGNORECASE)
#: a rate stated per year is compound: "expand by 19.1% a year", "12% per annum", "28% p.a.", "~31%/yr"
_PER_YEAR = re.compile(r"\s*(?:a|per|each|every)\s+year(?!\s*(?:earlier|before|ago)|[- ]?(?:on|over)[- ]year)|\s*每年"
                       r"|\s*p\.\s?a\.|\s*/\s*(?:yr|year)\b|\s+(?:a|per)\s+yr\b", re.IGNORECASE)
#: one year right after a rate, no span: "annual growth of 27.4% in 2023 and 30.6% in 2024" (each year's own rise)
_IN_ONE_YEAR = re.compile(r"\s+in\s+(?:19|20)\d{2}(?!\s*(?:[-–—/]|to\b|and\s+(?:19|20)\d{2}))", re.IGNORECASE)
#: a word of compounding, which makes a rate a CAGR whatever year follows it
_COMPOUNDED = re.compile(r"compound|CAGR|复合|複合|復合", re.IGNORECASE)
#: a share of the year before, after the share it is set against: "17% in 2024, against 9% a year before"
_PRIOR_YEAR_AFTER = re.compile(r"\s*(?:" + words(vocabulary.PRIOR_YEAR) + ")", re.IGNORECASE)
_SET_AGAINST = re.compile(r"(?:against|versus|vs\.?|compared (?:with|to)|from|up from|down from)\s*$", re.IGNORECASE)
_UPPER = re.compile(r"(?:不到|不足|低于|less than|under|below)\s*$", re.IGNORECASE)
_LAST_YEAR = re.compile(r"(?:相比|较|較|比)(?:去年|上一?年|前一年)|than (?:last|the previous|a) year|from (?:last|the previous|a) "
                        r"year|over (?:last|the previous) year|year earlier", re.IGNORECASE)
_EVERY = re.compile(r"(?:每|every)\s*(?P<num>\d+(?:\.\d+)?|[一二两三四五六七八九十]+)?\s*(?:个)?\s*"
                    r"(?P<unit>年|个月|月|years?|months?)", re.IGNORECASE)
_RANGE_NEXT = re.compile(r"\s*(?:-|–|—|~|至|到|and|to)\s*[$€¥£]?\s?\d")
#: a bare number in a list whose last member carries the unit: "分别为1624、2427、6646亿元"
_LIST_NEXT = re.compile(r"\s*(?:、|,\s|，|和|及|与|與|and)\s*[$€¥£]?\s?\d")
_LIST_GAP = re.compile(r"(?:US\$|[$€¥£]|[A-Z]{3}\s?|港幣|港币|新台幣|新台币|人民幣|人民币)?[\d.,\s]*(?:万亿|萬億|亿|億|万|萬|兆|千|bn|billion|mn|million|m|b|tn|"
                       r"trillion|k)?\s*(?:美元|元|人民币|人民幣|港元|港幣|新台幣|%|个|個|家|人|台|臺|部|辆|輛|件|套|架|颗|顆|units)?\s*"
                       r"(?:[、,，;；]|和|及|与|與|and|, and)\s*", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|~|至|到|to)\s*$")
_BETWEEN_END = re.compile(r"[^,，。]{0,8}之间")
_BETWEEN_JOIN = re.compile(r"^\s*(?:and|与|與|和)\s*[$€¥£]?\s*$", re.IGNORECASE)
#: the verbs of a plan's target, no words of what it measures ("产业规模力争突破", "力争规模突破")
_TARGET_ZH = "|".join(vocabulary.TARGET_VERBS_ZH)
_VERBS = re.compile(r"(?:(?:预计|預計|预估|預估|将|將|会|會|有望|可望|" + _TARGET_ZH + r"|可|已经?|已經?|也|就|约|約|大约|大約|分别|分別|依次|依序)?\s*"
                    r"(?:达到|達到|达|達|为|為|约为|約為|增至|突破|超过|升至|"
                    # a revision's verb: "将2023年销售额修订为", "产值修正為"
                    r"(?:修订|修訂|修正|更正|调整|調整|上修|下修)(?:为|為|至)|"
                    r"(?:增长|增長|成长|成長|增加|上升|提升|攀升|扩大|擴大)(?:至|到)|"
                    r"reached|reach|was valued at|valued at|is valued at|was|were|is|are|stood at|totall?ed|of|at|to|"
                    r"is expected to reach|expected to reach|will reach|grew to|rose to|"
                    r"(?<![A-Za-z])(?:could|would|should|may|might|can|will|be|become|into|a|an|more than|over|above|"
                    r"at least|in excess of|upwards of|reaching|approach(?:ing)?|near(?:ing)?|top(?:ping)?|hit(?:ting)?|"
                    r"exceed(?:ing)?|surpass(?:ing)?|pass(?:ing)?|cross(?:ing)?)(?![A-Za-z])|超过|超過|逾|至少|仅|僅|只有|不足|上看"
                    r"|约|約|大约|大約|将近|將近|(?<![最附接])近))+\s*$",
                    re.IGNORECASE)
_NOISE = re.compile(r"(?:FY\s?)?(?:19|20)\d{2}\s*(?:财年|財年|会计年度|會計年度|年度|年|[EF](?![A-Za-z]))?|\d+\s*月|^[\s的在于从到至年月,.，、#>*•·・▪~～—–-]+|预计|預計|预测(?!性)|預測(?!性)|预估|預估|" + _TARGET_ZH
                    + r"|今年|去年|明年|前年|全年度?|^(?:有关|有關|上述)|(?:在|介于|介於)$|根据\S*?的统计数据|据\S*?统计|"
                    # the writer ("我们预计到2028年市场规模"): no market's name
                    # or its house ("本中心預估產值", "本院预计", "本所統計")
                    r"^(?:我们|我們|笔者|筆者|本中心|本院|本所|本会|本會|本研究院|本研究所|本公司)(?:认为|認為)?[\s到至]*|"
                    r"^(?:the|a|an|in|by)\s+|[“”\"'()（）]", re.IGNORECASE)
#: measures stated for named things, one series with the names as items: "GPT-3模型参数量", "GPT-3 parameters"
_PER_ITEM_MEASURE = re.compile(r"参数量|参数规模|parameter count|parameters", re.IGNORECASE)
_PER_ITEM = re.compile(r"(?P<item>[A-Za-z][A-Za-z0-9.\-]*\d[A-Za-z0-9.\-]*|[A-Z][A-Za-z]+-[A-Za-z0-9]+)\s*(?:的)?\s*(?:模型|model)?\s*"
                       r"(?P<measure>" + _PER_ITEM_MEASURE.pattern + r")\s*$", re.IGNORECASE)
@dataclass
class Figure:
    """One figure found in a line, before it is placed in a series."""

    kind: str  # amount | count | percent | multiple | span
    value: float
    step: float
    unit: str
    scale: float
    pos: int
    line: int
    page: int = 1
    end: int = 0
    currency: str | None = None
    year: int | None = None
    start_year: int | None = None
    end_year: int | None = None
    period: float | None = None
    status: str = "actual"
    subject: str = ""
    item: str = "Total"
    of: str | None = None
    claim: str | None = None  # cagr | growth | share | value | total | count | multiple | span
    bound: str | None = None
    threshold: bool = False  # its bound is a cue's ("more than", "超过"), not a range's end
    dated: bool = False  # words relative to the text's year ("last year", 去年) give its year
    listed: bool = False  # its item is a name of a list it stands in ("X和Y分别为A和B")
    notes: list = field(default_factory=list)
    estimate_cue: bool = False
    span_said: bool = False  # a rate's span of years stated beside it ("FY2024–FY2029 CAGR")
    period_status: str | None = None  # stated | inferred, for a rate's or multiple's period
    named: bool = False  # its subject is a noun phrase of its own sentence
    absorbed: bool = False  # a span a rate took as its period: no claim of its own
    role: str | None = None  # what a sentence frame made of it: base, target, restated, each, cagr ...
    title: bool = False  # it stands in a title line (a headline), which restates the body more roundly
    share_word: bool = False  # a percent a share's word stands right before ("比重提升至19.6%"): a share, no rise
    sentence: int = 0  # where its sentence starts in its line
    row: int = 0  # the line it was read on: where lines wrapped mid-sentence were joined, the first of them
    elsewhere: bool = False  # its sentence cites another source than the text's before it ("另据…", "another firm")
    part: str | None = None  # the part of a year it is of ("H1", "Q4", "Jan-Sep"): a series of that part of each year
    part_words: str | None = None  # the words that name its part ("the first half", "前三季度")
    range_end: int = 0  # where the range it is the low end of ends ("30% and 35%" of "between 30% and 35%")
    part_of: tuple | None = None  # (part, whole) it is, where the draft finds that whole ("8.35萬億元，佔數字經濟比重為18.3%")
    contrasted: bool = False  # a rate of a clause set against the one before it ("…, while cloud revenue rose 31.2%")
    counted: str = ""  # the Chinese measure word of a count, which says what it counts ("1000辆", "260万单")
    # the amount a sentence frame made it the year before's ("其中X规模为14.2亿元，…，上年为10.9亿元"): of its item
    prior_of: "Figure | None" = field(default=None, repr=False, compare=False)
    central: bool = False  # words before it name it a range's central figure ("the midpoint, $440 million")


def _spans(pattern, text):
    return [(m.start(), m.end(), m) for m in pattern.finditer(text)]


#: a minus sign right before an amount or its number, no hyphen of a range ("$3-5 billion"): a negative amount,
#: no market's size, is not read; a hyphen with a space after it is a dash or a bullet ("- $39.5 billion by 2030")
_SIGNED = re.compile(r"(?:^|(?<=[\s(\[:：,，]))(?:(?:US\$|\$|€|£|¥)\s?)?(?:-|−\s?)(?:(?:US\$|\$|€|£|¥)\s?)?$")


#: scales in a letter or two, read as money only with a currency ("430m" alone may be metres)
_SHORT_SCALES = ("k", "m", "b", "mn", "bn", "tn")
#: the low end of a range with its currency, right before its high end: "$410–" of "$410–430m", "US$4.1-" of "US$4.1-4.3bn"
_CURRENCY_LOW_END = re.compile(r"(?:US\$|HK\$|NT\$|S\$|A\$|C\$|[$€£¥]|\b[A-Z]{3}\s?)\d[\d.,]*\s*(?:-|–|—|~|to\s)\s*$")


def _money(text, taken):
    """The amounts of the line whose number no token has taken; after a number taken ("In 2016 USD 1.1 billion":
    a year), the search goes on right after it, so the currency it was read with is read with the next number."""
    m = MONEY.search(text)
    while m is not None:
        if _SIGNED.search(text, max(0, m.start() - 8), m.start()) \
                or _SIGNED.search(text, max(0, m.start("num") - 8), m.start("num")):  # "-$5 billion", "$-5"
            m = MONEY.search(text, m.end("num"))
            continue
        if taken.overlaps(m.start("num"), m.end("num")):
            m = MONEY.search(text, m.end("num"))
            continue
        yield m.start(), m.end(), m
        m = MONEY.search(text, max(m.end(), m.start() + 1))


class _Taken:
    """The characters of a line already read as some token: a mask, so that each test costs its span's length."""

    def __init__(self, size: int):
        self.mask = bytearray(size + 1)

    def add(self, s: int, e: int) -> None:
        self.mask[s:e] = b"\x01" * (e - s)

    def overlaps(self, s: int, e: int) -> bool:
        return self.mask.find(1, s, max(s, e)) >= 0


def _within(starts: list, items: list, lo: int, hi: int) -> list:
    """The items whose start (``starts``, sorted) lies in [lo, hi)."""
    return items[bisect_left(starts, lo):bisect_left(starts, hi)]


def _bounds(text: str, pattern) -> list[int]:
    return [0] + [m.end() for m in pattern.finditer(text)] + [len(text) + 1]


def _segment(pos: int, cuts: list[int]) -> tuple[int, int]:
    i = min(max(bisect_right(cuts, pos) - 1, 0), len(cuts) - 2)
    return cuts[i], cuts[i + 1]


#: an amount inside the words before a figure: "€330 billion", "$1.2bn", "38.6亿元"
_AMOUNT_IN_PHRASE = re.compile(r"(?:US\$|[$€£¥]|\b[A-Z]{3}\s)\s?\d[\d.,\s]*(?:billion|million|trillion|bn|mn|[kmbt]\b)?"
                               r"|\d[\d.,]*\s*(?:billion|million|trillion|bn|mn|亿|億|万|萬)\S*", re.IGNORECASE)
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _subject(before: str) -> str:
    """The phrase a figure measures, from the text before it in its clause."""
    s = _VERBS.sub("", before[-200:].rstrip())
    cue = list(_SOURCE_FORECASTS.finditer(s))  # "报告预计今年市场规模将增至": who forecasts it is no part of it
    s = s[cue[-1].end():] if cue and _CJK_CHAR.search(s, cue[-1].end()) else s
    for _ in range(3):  # "有關支出在二〇二八年可增至": the verb, the year, "在" and "有關" in turn
        s = _VERBS.sub("", _NOISE.sub("", s).strip())
    s = re.sub(r"\s+", " ", s).strip(" ,.;:、的")
    s = s[THREAD_NUMBER.match(s).end():]  # "2/ US organisers spent": a thread's post number names nothing
    # "中研智库预计…该市场规模": what the words before a pointer back ("该", "該") name is no part of the subject
    s = _BEFORE_POINTER.sub("", s)
    ba = re.search(r"[将將]", s)  # "协会同时将2023年销售额修订为": what 将 holds up is what the figure measures
    s = s[ba.end():] if ba and content_words(s[ba.end():]) else s
    parts = re.split(r"\b(?:puts?|estimates?|says?|said|shows?|of|for|the|a|an|is|was|are|were|that|which|with|"
                     r"according to)\b", s, flags=re.IGNORECASE)
    tail = next((t for t in (p.strip(" ,.;:") for p in reversed(parts)) if len(t) >= 3 and content_words(t)), "")
    s = tail or s  # "AI in insurance in India is worth": the phrase before "is", not "worth"
    s = _AMOUNT_IN_PHRASE.split(s)[-1].strip(" ,.;:(")  # "imports fell by €330 billion (from": no amount names it
    if len(s) > 30 and (_CJK_CHAR.search(s) or len(" ".join(s.split()[-4:])) > 40):
        s = s[-30:]
        s = s.split(" ", 1)[-1] if not _CJK_CHAR.search(s) and " " in s else s  # no word cut in two
    elif len(s) > 30:  # the last four words: "Cloud security posture management hit $7.4B"
        s = " ".join(s.split()[-4:])
    s = s.strip()
    # "(38%, or $21.5 billion)": "or" names nothing; "a 24% CAGR from 2024's $9.9bn": nor a rate's own word
    return s if content_words(s) and not _RATE_ALONE.fullmatch(s) and not _SET_AGAINST_ALONE.fullmatch(s) else ""


#: a subject that is only the word that sets its figure against another: "较" of "较2023年的29.7亿元"
_SET_AGAINST_ALONE = re.compile(r"较|較|比|相比|相较|相較|与|與|同比")
#: a subject that is only the word of a rate: "CAGR", "growth rate", "复合增长率"
_RATE_ALONE = re.compile(r"(?:[\d.]+\s*%\s*)?(?:(?:compound\s+)?(?:annual\s+)?growth(?:\s+rate)?|CAGR|rate)"
                         r"(?:\s+(?:from|of|over|on)(?:\s+s)?)?"  # "a 24% CAGR from 2024's $9.9bn"
                         r"|(?:年均)?(?:复合|複合)?(?:增长率|增長率|增速)", re.IGNORECASE)


#: a Chinese verb of forecasting after the one who forecasts: "报告预计", "商會預計", "协会预测"
_SOURCE_FORECASTS = re.compile(r"(?<=[\u4e00-\u9fff])(?:预计|預計|预测|預測|预估|預估|预期|預期)(?!性)")  # not "预测性维护"


#: the words before a pointer back to the market named before: "中研智库该市场规模" -> "该市场规模"
_BEFORE_POINTER = re.compile(r"^[^，,。；;]*?(?=" + POINTER + ")")
#: a unit of measure right after a scaled number with no currency: length, area, weight, energy, time; shares
#: ("8,000万股")
_MEASURE_AFTER = re.compile(r"\s*(?:股|公里|千米|平方(?:公里|千米|米)|立方米|米|吨|噸|公顷|公頃|亩|畝|千瓦时|千瓦|度电|小时|小時"
                            r"|km\b|kilomet|miles?\b|tonnes?\b|tons?\b|hectares?\b|hours?\b|kWh\b)", re.IGNORECASE)


def _noun(text: str, s: int, e: int) -> str:
    """What a count counts, from the words before it and the rest of its clause after it ("420 million monthly
    users"): searched in place, so that "机器人" is never read as "人"."""
    return count_noun(text, max(0, s - 12), e + len(re.split(r"[,，.;。；]", text[e:e + 30])[0]))


def states_a_figure(text: str) -> bool:
    """Whether a line may state a figure: a digit, an amount with no numeral ("突破十亿美元"), or one in Chinese
    numerals ("一一三億美元", "百分之三五‧六")."""
    return bool(re.search(r"\d", text) or NUMERAL_LESS.search(text) or CJK_AMOUNT.search(text))


def scan_line(raw: str, line: int, page: int = 1, inherited: str = "", year: int | None = None,
              frames=None, published: int | None = None, yuan: str = "CNY", left_out: list | None = None,
              dollar: str = "USD", yen: str = "CNY") -> list[Figure]:
    """Every figure stated in one line of text, with what the line says about it; ``inherited`` is the subject
    of the lines before, which a figure whose sentence names none continues, ``year`` the year of a heading
    over the line ("Highlights for FY2024"), which a figure whose line states none takes, and ``frames`` the
    :class:`~aimarket.extract.frames.Matcher` of the sentence frames to read (by default the table's), and
    ``published`` the year the text was published, from which "last year" or "by the end of the decade" count, and
    ``yuan`` the currency a bare 元 stands for in the text (:func:`~aimarket.extract.numbers.yuan_of_text`) where
    its sentence names no place that says otherwise, ``dollar`` the currency a bare "$" stands for in the text
    (:func:`~aimarket.extract.numbers.dollar_of_text`), ``yen`` the currency a bare "¥" stands for (the yen in a text
    of Japan: :func:`~aimarket.extract.numbers.yen_of_text`). The figures of a part of a year (a quarter's, a half's, a
    month's, the months so far: :func:`~aimarket.extract.asides.period_spans`) are no figures of a year: each is
    marked with its part (``part``), of which it is that year's figure; where ``left_out`` is a list, a figure of a
    part that recurs in no year ("单季") or a rise over the part before ("环比") is added to it, with the words that
    name its part, as ``(figure, words)``."""
    text = normalise(raw)
    text = _URL.sub(" ", text) if "http" in text or "www." in text else text  # a link's slug holds no figures
    if not states_a_figure(text):
        return []
    ranges = sorted(_spans(RANGE, text) + _spans(FY_RANGE, text) + _spans(FROM_TO, text) + _spans(YEARS_TO, text)
                    + _spans(CAGR_SHORT_RANGE, text) + _spans(APOSTROPHE_RANGE, text),
                    key=lambda r: r[0])
    years = []
    for s, e, m in (_spans(YEAR, text) + _spans(SHORT_YEAR, text) + _spans(SHORT_FY, text)
                    + _spans(SHORT_PART_YEAR, text) + _spans(APOSTROPHE_YEAR, text)):
        y = int(m.group("year"))
        years.append((s, e, y + 2000 if y < 100 else y, bool(m.groupdict().get("e")), m.start("year")))
    years.sort()
    sentence_cuts = _bounds(text, SENTENCE)
    clause_cuts = sorted(set(sentence_cuts + _bounds(text, _CLAUSE)))
    taken = _Taken(len(text))
    for s, e, *_ in ranges + years:
        taken.add(s, e)
    titles = list(_title_spans(text)) + [m.span() for m in _NAMED_EDITION.finditer(text)]
    titles += [m.span() for m in _CITATION.finditer(text)] if "(" in text else []  # "(Kaur, 2025, p. 17)"
    months = [m.span("months") for m in _FISCAL_MONTHS.finditer(text)] if "(" in text or "（" in text else []
    sources = [m.span() for m in _SOURCE_CLAUSE.finditer(text)] if re.search(r"[:：]", text) else []
    years = [y for y in years if not any(a < y[0] < b for a, b in titles + months)  # a report's title dates no
             and not _YEAR_ENDED.search(text, max(0, y[0] - 70), y[0])  # figure, nor a fiscal year's months,
             and not _RELEASED_IN_MONTH.match(text, y[0])  # nor the month a report was released in, nor the date
             and not any(a <= y[0] < b for a, b in sources)]  # of a source ("資料來源：經濟統計署，2025年3月。")
    ranges = [r for r in ranges if not any(a <= r[0] < b for a, b in months)  # "FY2024 (April 2024 to March 2025)"
              and not any(a < r[0] < b for a, b in titles)]  # "《…推動方案（2025－2028年）》": a plan's name, no rate's span
    figures: list[Figure] = []

    def add(fig: Figure, span) -> None:
        taken.add(*span)
        fig.end = span[1]
        figures.append(fig)

    yuan_of = None  # "新台幣3,850億元 … 1,420億元": a bare 元 later in the line is the currency named before it

    def currency_at(m: re.Match, s: int) -> str | None:
        nonlocal yuan_of
        named = currency_of(m.group("pre")) or currency_of(m.group("post"))
        if named == "USD" and (m.group("pre") or "").strip() == "$":  # a bare "$" in a text of Statistics Canada
            return dollar
        if m.group("pre") == "¥" and (yen == "JPY" or YEN_CUE.search(text)):  # "Japan's ... ¥1.35 trillion": yen
            return "JPY"
        if m.group("post") != "元":
            return named
        if m.group("pre"):
            yuan_of = named
            return named
        return yuan_of or _yuan_of_place(text, s) or yuan

    for s, e, m in _spans(COMPOUND, text):  # "1兆3,412億日圓": 10^12 and 10^8 in one amount
        lo = parse_number(m.group("lo"))
        currency = currency_at(m, s)
        add(Figure("amount" if currency else "count", int(m.group("hi")) * 10_000 + lo.value, lo.step,
                   unit_name(currency, "亿"), 1e8, s, line, page, currency=currency), (s, e))
    for s, e, m in _spans(NUMERAL_LESS, text):  # "突破万亿元": a threshold of one trillion yuan, no numeral
        scale = m.group("scale")
        value, key = {"万": (1.0, "万亿"), "萬": (1.0, "万亿"), "兆": (1.0, "兆"), "千": (1000.0, "亿"),
                      "百": (100.0, "亿"), "十": (10.0, "亿")}[scale[0]]
        currency = currency_at(m, s)
        fig = Figure("amount", value, value, unit_name(currency, key), SCALES[key][0], m.start("scale"), line, page,
                     currency=currency)
        if m.group("cue") in vocabulary.THRESHOLD:
            fig.bound, fig.threshold = "low", True
            fig.notes.append(f"'{m.group(0)}' is a threshold: the value passes {value:g} {fig.unit}")
        add(fig, (s, e))
    # percentages first: "42%" must not be read as an amount
    for s, e, m in _spans(PERCENT, text):
        if taken.overlaps(m.start("num"), m.end("num")):
            continue
        num = parse_number(m.group("num"))
        # "(5.2%)" as a cell is negative; "$4.07 billion (27.5%)" is not, nor "- 75% of firms" (a dash or a bullet)
        negative = m.group("neg") == "(" and _cell_starts(text, s) or m.group("neg") == "−" \
            or m.group("neg") == "-" and (m.end("neg") == m.start("num") or _LISTED.search(text, 0, m.start("neg")))
        value = -num.value if negative else num.value
        add(Figure("percent", value, num.step, "percent", 0.01, s, line, page), (s, e))
    for s, e, m in _spans(MULTIPLE, text):
        if taken.overlaps(s, e):
            continue
        token = m.group("num") or m.group("lead") or m.group("word")
        if token[0].isdigit():
            num = parse_number(token)
        else:
            try:
                num = parse_number(str(chinese_int(token)))
            except (ValueError, TypeError):
                continue
        add(Figure("multiple", num.value, num.step, "multiple", 1.0, s, line, page), (s, e))
    for s, e, m in _spans(DURATION, text):
        try:
            n = chinese_int(m.group("num"))
        except (ValueError, TypeError):
            continue
        if m.group("back") or m.group(0)[-1] in "来來":  # "over the past 10 years", "10年來": back from a year, a CAGR's
            taken.add(s, e)
            continue
        add(Figure("span", float(n), 1.0, "years", 1.0, s, line, page), (s, e))
    for s, e, m in _money(text, taken):
        currency = currency_at(m, s)
        scale = scale_key(m.group("scale"))
        if scale is not None and scale not in SCALES:
            scale = None
        if scale == "兆" and currency is None:  # 兆 with no currency: megawatts, megabytes, not money
            continue
        if currency is None and scale is None and (_RANGE_NEXT.match(text, e) or _LIST_NEXT.match(text, e)
                                                   or _FROM_BEFORE.search(text, max(0, m.start("num") - 8), m.start("num"))
                                                   and _NOTHING_AFTER.match(text, m.end("num"))):  # not "from 33 ZB"
            digit = s + next((k for k, c in enumerate(m.group(0)) if c.isdigit()), 0)
            if digit and text[digit - 1].isascii() and text[digit - 1].isalpha():
                continue  # "in Q4 to $563 million": a part of a name ("Q4", "H100"), no low end of a range
            num = parse_number(m.group("num"))  # the low end of "17.1-25.6万亿美元": its unit comes from the high end
            add(Figure("bare", num.value, num.step, "", 1.0, s, line, page), (s, e))
            continue
        if currency is None and scale in _SHORT_SCALES and (low := _CURRENCY_LOW_END.search(text, max(0, s - 30), s)):
            currency = currency_at(MONEY.match(text, low.start()), low.start())  # "$410–430m": the low end's currency
        if currency is None and (scale is None or scale in _SHORT_SCALES):
            continue
        num = parse_number(m.group("num"))
        factor = SCALES[scale][0] if scale else 1.0
        if currency is None:
            if _MEASURE_AFTER.match(text, e):  # "3.2万公里" of road, "1.5亿吨": a measured quantity, no count
                continue
            count = COUNT.match(text, m.start("num"))
            if count and _firms_or_workers(text, count, s):
                taken.add(s, count.end())
                continue
            noun = _noun(text, s, e)
            add(_bounded(Figure("count", num.value, num.step, unit_name(None, scale, noun), factor, s, line, page,
                                counted=_classifier(text, e if not count else count.end())),
                         text), (s, e if not count else count.end()))
            continue
        add(_bounded(Figure("amount", num.value, num.step, unit_name(currency, scale), factor, s, line, page,
                            currency=currency), text), (s, e))
    for s, e, m in _spans(COUNT, text):
        if taken.overlaps(m.start("num"), m.end("num")):
            continue
        if _firms_or_workers(text, m, s):
            taken.add(s, e)
            continue
        num = parse_number(m.group("num"))
        add(_bounded(Figure("count", num.value, num.step, "count", 1.0, s, line, page, counted=_classifier(text, e)),
                     text), (s, e))
    for s, e, m in _spans(PHYSICAL, text):  # "414.1 EFLOPS": a measured quantity, counted in its printed unit
        n = "num" if m.group("num") else "cnum"
        if not taken.overlaps(m.start(n), m.end(n)):
            num = parse_number(m.group(n))
            unit = re.sub(r"\s", "", m.group("unit") or m.group("cunit")).replace("Flops", "FLOPS").replace("flops", "FLOPS")
            add(_bounded(Figure("count", num.value, num.step, unit, 1.0, s, line, page), text), (s, e))
    figures.sort(key=lambda f: f.pos)
    _one_noun_a_sentence(text, figures)
    _ranges_of_amounts(text, figures)
    _bases_in_the_targets_unit(text, figures)
    _scale_of_a_neighbour(text, figures, sentence_cuts)
    _currency_of_a_neighbour(text, figures, sentence_cuts)
    surveyed = survey_spans(text, sentence_cuts, clause_cuts)
    figures = outside([f for f in figures if f.kind != "bare" and not _a_price(f)],
                      aside_spans(text, sentence_cuts, clause_cuts, surveyed))
    # nor does a year of a survey's answers date a figure
    years = [y for y in years if not any(a <= y[0] < b for a, b in surveyed)] if surveyed else years
    periods = period_spans(text, sentence_cuts, clause_cuts)
    figures = _of_parts_of_years(text, figures, periods, left_out) if periods else figures
    frames = frames or frames_matcher()
    whole = [f for f in figures if f.part is None]
    _place(text, whole, years, ranges, sentence_cuts, clause_cuts, inherited, year, frames, published)
    if len(whole) == len(figures):
        _same_part_a_year_before(text, figures, sentence_cuts)
        return figures
    # the figures of parts of years, placed apart: their subjects, years and roles are their own
    parts = [f for f in figures if f.part is not None]
    _place(text, parts, years, ranges, sentence_cuts, clause_cuts, inherited, year, frames, published)
    parts = _of_parts_of_years(text, parts, [], left_out)  # a rise over the part before is no rise from one year's part
    figures = sorted(whole + parts, key=lambda f: f.pos)
    _same_part_a_year_before(text, figures, sentence_cuts)
    return figures


#: words after an amount that make it the same part of a year as the part's amount before it: "$2.5 billion in the same
#: period last year", "in the year-earlier quarter", "in the corresponding period of 2024"
_SAME_PART_AFTER = re.compile(r"\s*(?:units\s+)?(?:(?:in|for|during|over)\s+)?the\s+(?:same|corresponding|comparable|"
                              r"year[- ](?:earlier|ago)|prior[- ]year|previous[- ]year)\s+(?:period|quarter|half|months)"
                              r"(?:\s+(?:of|in)\s+(?P<year>(?:19|20)\d{2})\b)?", re.IGNORECASE)
#: words before an amount that make it so: "上年同期为25亿元", "较去年同期的25亿元"
_PRIOR_YEAR_WORD, _IS = r"(?:上年|去年|上一年|前一年)", r"(?:的|为|為|是|达|達|实现|實現)?\s*$"
_SAME_PART_BEFORE = re.compile(_PRIOR_YEAR_WORD + "同期" + _IS)
#: words before an amount that make it the year before's, its same period or its whole: "上年为1,892亿元", "去年同期为"
PRIOR_YEAR_BEFORE = re.compile(_PRIOR_YEAR_WORD + "(?:同期)?" + _IS)


def _same_part_a_year_before(text: str, figures: list[Figure], sentence_cuts: list[int]) -> None:
    """An amount set against a part of a year's amount before it in its sentence, as that part's a year earlier ("$3.2
    billion in the first half of 2025, compared with $2.5 billion in the same period last year", "… a year earlier",
    "2025年上半年营收32亿元，上年同期为25亿元"), or of the year it names ("the same period of 2023"): the same measure and
    part, not a whole year's figure nor the part's own year. "上年同期" after a whole year's amount of the line is that
    year's a year before."""
    for k, f in enumerate(figures):
        if f.kind not in ("amount", "count"):
            continue
        same = _SAME_PART_AFTER.match(text, f.end)
        if not (same or _SAME_PART_BEFORE.search(text, max(0, f.pos - 12), f.pos)
                or f.part is None and _PRIOR_YEAR_AFTER.match(text, f.end)):
            continue
        sentence = _segment(f.pos, sentence_cuts)
        base = next((g for g in reversed(figures[:k]) if g.kind == f.kind and g.part and g.year is not None
                     and _segment(g.pos, sentence_cuts) == sentence), None)
        if base is None:
            whole = next((g for g in reversed(figures[:k]) if g.kind == f.kind and g.year is not None), None)
            if whole is not None and whole.part is None and f.year in (None, whole.year) \
                    and _SAME_PART_BEFORE.search(text, max(0, f.pos - 12), f.pos):
                # "2024年1-12月…营业收入8,642.3亿元…；上年同期为7,758.1亿元": the same period of a whole year, the year before
                f.year, f.status, f.subject, f.item = whole.year - 1, "actual", whole.subject, whole.item
                if f.claim in ("value", "count"):
                    f.start_year = f.end_year = f.year
                f.notes.append(f"{f.year}: the same period a year before the {whole.value:g} {whole.unit} of {whole.year}")
            continue
        year = int(same.group("year")) if same and same.group("year") else base.year - 1
        f.part, f.part_words, f.subject, f.item = base.part, base.part_words, base.subject, base.item
        f.year, f.status = year, "actual"
        if f.claim in ("value", "count"):
            f.start_year = f.end_year = year
        f.notes.append(f"{year}, {base.part}: the same part of a year as the {base.value:g} {base.unit} it is set against")


def _of_parts_of_years(text: str, figures: list[Figure], periods: list, left_out: list | None) -> list[Figure]:
    """The ``figures`` with those in the stretches ``periods`` ((start, end, words) of :func:`period_spans`) marked
    with their part of a year (:func:`part_label`), and without those of a part that recurs in no year ("单季") and
    rises over the part before ("环比", "1.0 percent from the second quarter" of a third quarter's figure), which go
    to ``left_out`` (when a list) with the words that name them."""
    keep = []
    for f in figures:
        words = max(((a, w) for a, b, w in periods if a <= f.pos < b), default=(0, None))[1]
        if words is not None:
            f.part, f.part_words = part_label(words), words
        base = _FROM_PART.match(text, f.end) if f.part and f.claim == "growth" else None
        own = base and own_parts(text)
        if own and part_label(base.group("part")) not in own:  # "Q3 … up 1.0 percent from the second quarter"
            # over another part of a year: no rise from a year before, but over the part's length ("Nov": a month)
            label = part_label(base.group("part"))
            first, last = (label and months_of(label)) or (1, 3)
            f.part, f.period = min(own), (last - first + 1) / 12
        if f.part_words is not None and (f.part is None or f.claim == "growth" and f.period is not None and f.period < 1):
            if left_out is not None:
                left_out.append((f, f.part_words))
        else:
            keep.append(f)
    return keep


#: the base a part's rise is over, right after the rate: "1.0 percent from the second quarter of 2014", "over Q2"
_FROM_PART = re.compile(r"\s*(?:%|percent|per cent)?\s*(?:\([^()]{0,30}\)\s*)?"
                        r"(?:(?:rise|increase|gain|jump|growth|decline|decrease|drop|fall)\s+)?(?:from|over|compared\s+(?:with|to)|versus|vs\.?"
                        r"|(?:" + _MORE + "|" + _LESS + r")\s+than|above|below)"
                        r"\s+(?:(?:in|during)\s+)?(?:the\s+)?"
                        r"(?P<part>(?:first|second|third|fourth)\s+(?:calendar\s+|fiscal\s+)?(?:quarter|half)|Q[1-4]|[1-4]Q|H[12]"
                        r"|(?-i:" + vocabulary.MONTH + r"))", re.IGNORECASE)


#: a Chinese measure word that ends a count and says what it counts, other than people: "2万家", "1.1万件", "300台"
_MEASURE_WORD_ZH = re.compile(r"[个個家件台部辆輛套颗顆片块塊款项項轮輪]$")
#: a Chinese measure word at or right after a count's end, which says what it counts: "1000辆", "260万单", "120万名"
_CLASSIFIER = re.compile(r"[个個家件台部辆輛套颗顆片块塊款项項轮輪名位人单單次座张張架艘条條所]")


def _classifier(text: str, end: int) -> str:
    """The measure word a Chinese count ends on (``text[:end]``) or that follows it, else ``""``."""
    m = _CLASSIFIER.fullmatch(text, end - 1, end) or _CLASSIFIER.match(text, end)
    return m.group(0) if m else ""


def _one_noun_a_sentence(text: str, figures: list[Figure]) -> None:
    """Counts of a sentence that name no noun count what its one named count does: "420 million users, against
    180 million a year earlier" are both people."""
    cuts = _bounds(text, SENTENCE)
    by_sentence: dict = defaultdict(list)
    for f in figures:
        if f.kind == "count" and " " in f.unit:
            by_sentence[_segment(f.pos, cuts)].append(f)
    for counts in by_sentence.values():
        nouns = {f.unit.split(" ", 1)[0] for f in counts} - {"count"}
        if len(nouns) == 1:
            noun = nouns.pop()
            for f in counts:
                if not _MEASURE_WORD_ZH.search(text, f.pos, f.end):  # "2万家", "1.1万件": firms and filings, counted
                    f.unit = f"{noun} {f.unit.split(' ', 1)[1]}"  # by their own word, are no people


_YUAN_PLACE = re.compile(words(vocabulary.YUAN_PLACES))


def _yuan_of_place(text: str, pos: int) -> str | None:
    """The currency of a bare 元 at ``pos`` by the last place its line names before it (``YUAN_PLACES``): "香港工業…1,271
    億元。同年，…服務業…4,735億元" are both Hong Kong dollars."""
    places = _YUAN_PLACE.findall(text, 0, pos)
    return vocabulary.YUAN_PLACES[places[-1]] if places else None


def _bounded(fig: Figure, text: str) -> Figure:
    """An amount or count after "more than", "超过", "逾" is a lower bound, not the value; one after "nearly", "约",
    "about" an approximation, read to within :data:`APPROXIMATION` of its value where it prints two significant
    digits or fewer ("about $34 billion"); one printed to three or more ("約12.6億") is as exact as its last digit."""
    lower = _LOWER.search(text, max(0, fig.pos - 24), fig.pos)
    if lower:
        fig.bound, fig.threshold = "low", True
        fig.notes.append(f"'{lower.group(0).strip()}' makes {fig.value:g} {fig.unit} a lower bound, not the value")
    elif ((approx := _APPROX.search(text, max(0, fig.pos - 24), fig.pos)) and APPROXIMATION * abs(fig.value) > fig.step
          and len(str(round(abs(fig.value) / fig.step)).rstrip("0")) <= 2):
        fig.step = APPROXIMATION * abs(fig.value)
        fig.notes.append(f"'{approx.group(0).strip()}' makes {fig.value:g} {fig.unit} an approximation: read as "
                         f"{fig.value - fig.step / 2:g} to {fig.value + fig.step / 2:g}")
    return fig


#: "from" right before an amount, or before the noun it is "of": "from $9.5 billion", "from current expenditure of
#: $37.5 billion", "由", "from 2022's $13.3 billion", "from last year's record", "up from a market of roughly $", "from the
#: US$3.3 billion"
_FROM_BASE = re.compile(r"(?:\bfrom(?:\s+the|\s+(?:[\w'’-]+\s+){0,3}?of|\s+(?:[a-z]+\s+){0,5}?(?:(?:19|20)\d{2}|year)\s?['’]s(?:\s+[a-z]+){0,2})?|由|从|從)"
                        r"\s*(?:" + _ABOUT_WORD + r"\s*)?(?:US\$|[$€¥£])?\s*$", re.IGNORECASE)


#: "from" that opens a range: "anywhere from $25 billion to $30 billion", "ranging from", "anything from", "forecasts run
#: from"
_RANGE_FROM = re.compile(r"\b(?:anywhere|anything|somewhere|ranging|range[sd]?|run(?:s|ning)?|var(?:y|ies|ying))\s+from"
                         r"\s*(?:US\$|[$€¥£])?\s*$", re.IGNORECASE)


#: "by" before the size of a change: "grew by $2.1 billion to", "rose by about 150,000 units to"
_CHANGE_BY = re.compile(r"\bby\s*(?:(?:" + _ABOUT_WORD + r")\s*)?$", re.IGNORECASE)


#: "from" right before a number: the base of a move, whose unit may be its target's
_FROM_BEFORE = re.compile(r"\bfrom\s*$", re.IGNORECASE)
#: what follows a number that prints no unit: "from 80,230 in 2023", "from 80,230."
_NOTHING_AFTER = re.compile(r"\s*(?:(?:in|a|the|last|and|a year)\b|[,.;:)]|$)", re.IGNORECASE)
#: between a move's target and a bare base after it: " in 2024 from ", ", up from "
_TO_THEN_FROM = re.compile(r"\s*(?:(?:on|for)\s+[^,.;:()\d]{1,40}?\s*)?(?:(?:in\s+(?:FY\s?)?(?:19|20)\d{2}|last\s+year)\s*)?,?\s*"
                           r"(?:(?:up|down)\s+)?from\s*$", re.IGNORECASE)  # "… on home energy systems last year, up from"


#: between an amount in Chinese and the one it goes on to, printed without its currency: "，今年上看", "，预计2027年将达到"
_REACHES_CJK = re.compile(r"[，,、\s]*(?:(?:今年|明年|后年|後年|(?:19|20)\d{2}\s*年)\s*)?(?:(?:预计|預計|预估|預估|有望|可望|将|將|"
                          r"则|則|更|再)\s*)*(?:上看|达到|達到|达|達|增至|升至|增长至|增長至|成长至|成長至|突破|至)\s*"
                          r"(?:约|約|近|逾|超过|超過)?\s*")


def _bases_in_the_targets_unit(text: str, figures: list[Figure]) -> None:
    """A bare number after "from" right after an amount or count ("fell to 71,460 units in 2024 from 80,230 in 2023")
    is the base of that move, in the unit printed with its target, where it lies within a fifth and five times it; so
    is a scale with no currency after an amount ("2.7 billion dollars in 2024, up from 2.3 billion in 2023"), and a
    Chinese scale with no currency nor measure word that an amount goes on to ("新台幣12億，今年上看15億")."""
    for a, b in zip(figures, figures[1:]):
        scaled = b.kind == "count" and b.unit.startswith("count ") and a.kind == "amount"  # "2.3 billion"
        if (b.kind == "bare" or scaled) and a.kind in ("amount", "count") and a.bound is None and a.value > 0 \
                and _TO_THEN_FROM.fullmatch(text, a.end, b.pos) \
                and 0.2 <= (b.value * b.scale / (a.value * a.scale) if scaled else b.value / a.value) <= 5:
            _borrow_unit(b, a)
            b.notes.append(f"{b.value:g}: the base of the move to {a.value:g} {a.unit}, printed without its unit")
        elif (scaled and b.unit == f"count {a.unit.split(' ', 1)[-1]}" and not b.counted and a.bound is None and a.value > 0
              and _REACHES_CJK.fullmatch(text, a.end, b.pos) and 0.2 <= b.value / a.value <= 5):
            _borrow_unit(b, a)  # "新台幣12億，今年上看15億": the amount it goes on to, in its currency
            b.notes.append(f"{b.value:g}: the amount {a.value:g} {a.unit} goes on to, printed without its currency")


#: what joins the members of a list of numbers: "1624、2427、6646亿元", "12, 15 and 19 billion"
_LIST_JOIN = re.compile(r"\s*(?:、|,|，|和|及|与|與|and|, and)\s*[$€¥£]?\s*")


def _ranges_of_amounts(text: str, figures: list[Figure]) -> None:
    """"17.1-25.6万亿美元", "7,600 亿至 1.2 万亿美元", "between $80 billion and $100 billion", "4.8%~9.3%": a low and
    a high sharing a unit; "1624、2427、6646亿元": bare numbers in a list take the unit of its last member."""
    for a, b in zip(figures, figures[1:]):
        if a.kind not in ("amount", "count", "percent", "bare") or b.kind not in ("amount", "percent", "count"):
            continue
        if a.kind != "bare" and (a.kind == "percent") != (b.kind == "percent"):
            continue  # "rose 18.4% to £642.7m": a rate and its target, not a range
        gap = text[a.end:b.pos]
        between = _BETWEEN_JOIN.match(gap) and (re.search(r"between\s*[$€¥£]?\s*$", text[max(0, a.pos - 12):a.pos],
                                                          re.IGNORECASE) or _BETWEEN_END.match(text, b.end))
        if not (_RANGE_JOIN.match(gap) or between):
            continue
        if not between and _FROM_BASE.search(text, max(0, a.pos - 60), a.pos) \
                and not _RANGE_FROM.search(text, max(0, a.pos - 30), a.pos):
            continue  # "four-fold from $9.5 billion to $38 billion": a base and a target, not a range
        if not between and _CHANGE_BY.search(text, max(0, a.pos - 30), a.pos):
            continue  # "grew by $2.1 billion to $10.4 billion": a change and its target
        _borrow_unit(a, b)
        a.bound, b.bound = "low", "high"
        a.range_end = b.end
    def unitless(f):  # a bare number, or a scale with no noun or currency ("182億")
        return f.kind == "bare" or f.kind == "count" and f.unit.startswith("count ")

    k = 0
    while k < len(figures):  # a list of bare numbers, then one with the unit (each list read once: a later start in
        f = figures[k]       # it would end where it ends)
        if not unitless(f) or f.bound is not None:
            k += 1
            continue
        run = [f]
        for g in islice(figures, k + 1, None):
            if g.pos - run[-1].end > 8 or not _LIST_JOIN.fullmatch(text, run[-1].end, g.pos):
                break
            run.append(g)
            if not unitless(g):
                break
        if len(run) >= 2 and run[-1].kind in ("amount", "count"):
            for g in run[:-1]:
                _borrow_unit(g, run[-1])
        k += len(run)


def _scale_of_a_neighbour(text: str, figures: list[Figure], sentence_cuts: list[int]) -> None:
    """An amount printed with its currency but no scale ("down from an estimated $497 last year") beside one of the
    same currency with a scale in its sentence, whose number it is within half to twice of ("$485 billion"): the
    scale was printed once, the reader takes it for both."""
    scaled: dict = {}  # each sentence's amounts printed with a scale
    for f in figures:
        if f.kind == "amount" and f.scale != 1.0 and f.bound is None:
            scaled.setdefault(_segment(f.pos, sentence_cuts), []).append(f)
    for a in figures:
        if a.kind != "amount" or a.scale != 1.0 or a.bound is not None or a.value < 1:
            continue
        b = next((b for b in scaled.get(_segment(a.pos, sentence_cuts), ()) if b.currency == a.currency
                  and 0.5 <= a.value / b.value <= 2), None)
        if b is not None:
            a.scale, a.unit = b.scale, b.unit
            a.notes.append(f"{a.value:g}: printed without a scale beside {b.value:g} {b.unit}; read in its scale")


#: a market's size named right before a number: "2027年市场规模有望达到", "規模將達"
_SIZE_BEFORE = re.compile(r"(?:规模|規模|市场|市場)[^，,。；;\d]{0,8}$")


def _currency_of_a_neighbour(text: str, figures: list[Figure], sentence_cuts: list[int]) -> None:
    """A Chinese number in a scale of money with no currency and nothing counted ("去年到了14.6億") right after an amount
    of its sentence in that scale with its currency ("2023年大概新台幣12億"), within half to twice of it: the
    currency was printed once, the reader takes it for both. So is one a market's size names ("2027年市场规模有望达到
    205亿") after such an amount in any sentence before, within a fifth and five times of it."""
    for k, b in enumerate(figures[1:], 1):
        if b.kind != "count" or not b.unit.startswith("count ") or b.scale == 1.0:
            continue
        sized = _SIZE_BEFORE.search(text, max(0, b.pos - 12), b.pos)
        if b.bound is not None and not (sized and b.bound == "low" and not b.range_end):  # "将突破100亿"
            continue
        a = next((a for a in reversed(figures[:k]) if a.kind == "amount" and a.bound is None),  # in any sentence
                 figures[k - 1]) if sized else figures[k - 1]
        if (a.kind == "amount" and a.scale == b.scale and a.currency and a.value > 0
                and _CJK_CHAR.search(text, a.end, b.pos)
                and (_segment(a.pos, sentence_cuts) == _segment(b.pos, sentence_cuts) and 0.5 <= b.value / a.value <= 2
                     or sized and 0.2 <= b.value / a.value <= 5)):
            b.kind, b.currency, b.unit = "amount", a.currency, a.unit
            b.notes.append(f"{b.value:g}: printed without a currency after {a.value:g} {a.unit}; read in its currency")


def _borrow_unit(a: Figure, b: Figure) -> None:
    """The low end (or an earlier list member) takes the unit printed with the high end (or the last member)."""
    if a.kind == "bare":
        a.kind, a.unit, a.scale, a.currency = b.kind, b.unit, b.scale, b.currency
    elif a.kind == "count" and b.kind == "amount":  # the low end borrows the currency of the high end
        a.kind, a.currency = "amount", b.currency
        a.unit = unit_name(b.currency, _scale_key(a.scale))
    elif a.kind == "amount" and a.scale == 1.0 and b.scale != 1.0 and b.kind in ("amount", "count") \
            and b.currency in (None, a.currency):  # "$85–110 billion": the scale printed once, with the high end
        a.scale, a.unit = b.scale, unit_name(a.currency, _scale_key(b.scale))
        b.kind, b.currency, b.unit = "amount", a.currency, a.unit


def _scale_key(factor: float) -> str | None:
    """The vocabulary's scale word for a factor (a Chinese one where there is, as units name them)."""
    keys = [k for k, v in SCALES.items() if v[0] == factor]
    return next((k for k in keys if not k.isascii()), keys[0] if keys else None)


@dataclass
class _Where:
    """Where a figure stands in its line: its clause, its sentence, and the text before it in the clause."""

    cs: int
    ce: int
    ss: int
    se: int
    before: str
    sentence: str
    rng: tuple | None
    said: list = field(default_factory=list)  # the years of the amounts of its sentence
    amounts: list = field(default_factory=list)  # those amounts, in order
    previous: object = None  # the figure before it on the line
    parts: list = field(default_factory=list)  # the shares of its sentence read so far as a part's of a whole
    percent: object = None  # the percent before it in its sentence
    published: int | None = None  # the year the text was published, if it says


def _place(text, figures, years, ranges, sentence_cuts, clause_cuts, inherited, heading_year, matcher,
           published=None) -> None:
    """Give each figure its years, status, subject, period and kind of claim."""
    # "$40 billion in 2024": a year right after a figure is that figure's, not the next one's
    following = {}
    starts = {y[4] for y in years}  # a year the year reader took ("2025.1" is no year)
    in_range = _Taken(len(text))
    for s, e, _ in ranges:
        in_range.add(s, e)
    singles = [y for y in years if not in_range.overlaps(y[0], y[1])]
    unset = _WORDS_BETWEEN_DASHES.sub(lambda d: " " * len(d.group(0)), text)  # the text less its dashed asides
    for f in figures:
        m = _FOLLOWING_YEAR.match(text, f.end)
        if m is None and (aside := ASIDE_AFTER.match(text, f.end)):  # "RM 3.1 billion (US$0.7 billion) in 2024"
            m = _FOLLOWING_YEAR.match(text, aside.end())
        if m is None:  # "$1.72 billion on AI for fire prediction - wildfire modelling, flood forecasting - in 2024"
            m = _FOLLOWING_YEAR.match(unset, f.end)
        at_year = (m.start(1) if m.group(1) else m.start(2)) if m else None
        if at_year is None and (said := _DEFINED.match(text, f.end)) and _LINE_HEAD.fullmatch(text, 0, f.pos) \
                and (said["colon"] or _MARKET_LABEL.match(text, said.end())):
            # "- $14.6B: what buyers spent ... in 2024": a figure heading its line, the words after its colon
            # saying what it is (or after a dash, the market's: "$1.22B — global market, 2024"), takes the first
            # year they name
            end = next((c for c in sentence_cuts if c > f.end), len(text))
            at_year = next((y[4] for y in singles if said.end() <= y[0] < end), None)
        if at_year in starts and f.kind in ("amount", "count", "percent"):
            following[id(f)] = at_year
    at = _YearsAt(years, singles, following, ranges)
    at.cues = [m.start() for m in forecast_cues(text)]  # read once a line, looked up by position
    at.sentence_cuts = sentence_cuts
    at.heading_year = heading_year
    at.whole_year = names_the_whole_year(text, 0, len(text))  # "全年", "1-12月": a line of an official release's year
    at.amount_years = {following[id(f)] for f in figures if f.kind in ("amount", "count") and id(f) in following}
    at.figures = figures  # in order: those before a figure have their years when its own is read
    at.rates = [f.pos for f in figures if f.kind == "percent"]  # in order: the figures are
    at.multiples = [f for f in figures if f.kind == "multiple"]
    at.multiple_starts = [f.pos for f in at.multiples]
    at.relative = RelativeYears(text, published, [(f.pos, f.end) for f in figures if f.kind in ("amount", "count")])
    at.said_relative = []  # the amounts dated by words relative to the text's year ("£742m last year"), as years
    at.phrases = noun_phrases(text)
    at.place_item = None  # (sentence start, item) of the last amount a place named right before it owns
    at.sources = set()  # the firms whose sentences on the line named the subject of their figures
    at.firm_market = {}  # the first firm's name, and the market the line named before its figures
    at.own = None  # (sentence start, subject) of the line's latest figure of the reporting company's own
    at.owned = set()  # the names of the line's figures of a company's own, which no later sentence takes as its subject
    at.money_subject = at.count_subject = ""  # the subjects of the line's latest amount of money, and count
    at.context = []  # (start, end) of the sentences of another thing for scale ("For context, …", "对比来看，…")
    at.phrase_starts = [p for p, _ in at.phrases]
    last_subject = ""
    held = None  # (start, subject before it) of a sentence that opens on a part
    wheres = []
    for k, f in enumerate(figures):  # years and subjects first: a rate reads the years of the amounts after it too
        cs, ce = _segment(f.pos, clause_cuts)
        if k and cs <= figures[k - 1].end <= f.pos:
            cs = figures[k - 1].end  # the subject lies between this figure and the one before
        ss, se = _segment(f.pos, sentence_cuts)
        w = _Where(cs, ce, ss, se, text[cs:f.pos], text[max(ss, f.pos - 300):min(se, f.end + 300)],
                   _range_near(f.pos, at, ss, se, f.end))
        w.previous = figures[k - 1] if k else None
        w.published = published
        f.sentence = ss
        _year_of(f, w, text, at)
        if f.dated and f.year is not None and f.kind in ("amount", "count"):
            at.said_relative.append((f.pos, f.end, f.year, f.estimate_cue, -1 - k))
        if held is not None and held[0] != w.ss:  # past a sentence that opened on a part ("其中，託管安全服務的市場
            last_subject, held = held[1], None  # 規模為…"): a later "市場規模" continues the whole before it
        # (a part's, of a whole named or not: "其中，智能筹款工具为7.9亿元")
        if held is None and (_OF_WHICH_OPENS.match(text, w.ss) or last_subject and (
                _CONTEXT_OPENS.match(text, w.ss) or _IN_BRACKETS.match(text, w.ss))):
            held = (w.ss, last_subject)  # nor does a sentence of another thing for scale ("作为对照，同年全国电信业务收入…"),
            # or an aside in brackets ("(At today's rate that is roughly Tk 7.1 billion - small change next to …)")
        if _CONTEXT_OPENS.match(text, w.ss) and (not at.context or at.context[-1][0] != w.ss):
            at.context.append((w.ss, w.se))
        last_subject = _subject_of(f, w, text, at, last_subject, inherited)
        aside = held is not None and held[0] == w.ss and not _OF_WHICH_OPENS.match(text, w.ss)
        if f.kind == "amount" and not aside:  # (an aside's figures name no subject for the sentences after it)
            at.money_subject = f.subject
        elif f.kind == "count" and not aside:
            at.count_subject = f.subject
        wheres.append(w)
    _whole_opening_its_sentence(text, figures, sentence_cuts)
    readings = _frame_years(text, figures, ranges, sentence_cuts, at, matcher)
    dated: dict = defaultdict(list)  # the amounts of each sentence with their years, which its rates read
    for f, w in zip(figures, wheres):
        if f.kind in ("amount", "count") and f.year is not None:
            dated[w.ss].append(f)
    parts: dict = defaultdict(list)
    last_percent: dict = {}
    said = {ss: sorted({g.year for g in amounts}) for ss, amounts in dated.items()}  # once a sentence
    for f, w in zip(figures, wheres):  # "这一规模约是2022年的1.5倍": the year of the amount before it says is its too
        if f.kind == "multiple" and _THIS_FIGURE.match(text, w.ss) and (
                before := [g.year for g in figures if g.kind in ("amount", "count") and g.year and g.pos < w.ss]):
            said[w.ss] = sorted({*said.get(w.ss, []), max(before)})
    for f, w in zip(figures, wheres):
        w.amounts, w.parts = dated[w.ss], parts[w.ss]
        w.said = said.get(w.ss, [])
        w.percent = last_percent.get(w.ss)
        if f.kind == "percent":
            last_percent[w.ss] = f
    for f, w in zip(figures, wheres):
        CLAIMS.get(f.kind, _amount_claim)(f, w, text, figures)
    _frame_rates(readings, text, figures)
    for a, b in zip(figures, figures[1:]):  # "¥182 billion in fiscal 2004, a figure later revised to ¥176 billion",
        # "2012年产业总产值为880亿元，次年修订为860亿元": the revised amount is the year's, the first is superseded
        if a.kind == b.kind in ("amount", "count") and a.year is not None and not b.dated \
                and _LATER_REVISED_TO.fullmatch(text, a.end, b.pos) \
                and _segment(a.pos, sentence_cuts) == _segment(b.pos, sentence_cuts):
            b.year, b.status, a.absorbed = a.year, a.status, True
            if b.claim in ("value", "count"):
                b.start_year = b.end_year = b.year
            b.notes.append(f"{b.year}: the amount {a.value:g} of that year was later revised to")
    figures[:] = [f for f in figures if not f.absorbed]
    for a, b in zip(figures, figures[1:]):  # "between $80 billion and $100 billion by 2033": both ends in 2033
        if a.role == "prior":  # a frame read it as the year before's: "from the preceding year's $1.1 billion to
            continue  # $1.2 billion by 2016", whatever words stand between, is no range
        if a.bound == "low" and b.bound == "high" and (id(b) in following or b.dated and a.year is None) \
                and id(a) not in following:  # "a $0.6–0.8 billion market today": both ends of the high end's year
            a.year, a.status = b.year, b.status
            if a.claim in ("value", "count", "share"):
                a.start_year = a.end_year = b.year
        elif a.bound == "low" and b.bound == "high" and a.year is not None and (b.year is None or a.dated):
            b.year, b.status = a.year, a.status  # "this year's market at between $3.1 and $3.4 billion", "Sales
            # this year will land between $7.8 billion and $8.6 billion": the year the words give the low end
            if b.claim in ("value", "count", "share"):
                b.start_year = b.end_year = a.year
        if a.bound == "low" and b.bound == "high" and a.kind == b.kind == "percent" and (
                {a.claim, b.claim} & {"cagr", "growth"}):
            # "growth of 18% to 24% a year over the four years to 2028": the words after the high end make both a CAGR;
            # "up 18% to 24% from fiscal 2024", "to rise 18% to 24% in 2025": both ends a rise, the high end no share
            kind = "cagr" if "cagr" in (a.claim, b.claim) else "growth"
            rate = next((f for f in (a, b) if f.claim == kind and f.end_year is not None), None)
            year = next((f.year for f in (b, a) if f.year is not None), None)
            start, end, period, status = (rate.start_year, rate.end_year, rate.period, rate.period_status) if rate \
                else (year - 1, year, 1.0, "inferred") if kind == "growth" and year is not None \
                else (a.start_year, a.end_year, a.period, a.period_status)
            for f in (a, b):
                f.claim, f.start_year, f.end_year, f.period, f.period_status = kind, start, end, period, status
    for a, b in zip(figures, figures[1:]):  # "$650 billion in 2026, up from $500 billion the previous year": 2025's
        if a.kind == b.kind in ("amount", "count") and a.year is not None and b.year == a.year \
                and _PRIOR_YEAR_AFTER.match(text, b.end) \
                and _segment(a.pos, sentence_cuts) == _segment(b.pos, sentence_cuts):
            b.year = a.year - 1
            if b.claim in ("value", "count"):
                b.start_year = b.end_year = b.year
            b.notes.append(f"{b.year}: the year before the {a.year} it is set against")
    _level_of_a_rise_from_a_year(text, figures, sentence_cuts)
    _later_years_are_estimates(text, figures, sentence_cuts)
    _respectively(text, figures, sentence_cuts)
    _amount_of_a_multiple(text, figures)
    for f in figures:  # a share of a part listed before with its amount ("…分别为68.2亿元…，图像标注占比43.6%"): its whole's
        if f.claim == "share" and f.item != "Total" and f.of == "Total":
            listed = [g for g in figures if g.pos < f.pos and g.kind == "amount" and g.listed and g.item == f.item]
            f.subject = listed[-1].subject if listed else f.subject
    sentence_of = lambda pos: _segment(pos, sentence_cuts)  # noqa: E731
    parts_of_that(text, figures, sentence_of)
    amounts_of_parts(text, figures, sentence_of)
    shares_after_amounts(text, figures, sentence_of)
    wholes_first(text, figures, sentence_of)
    parts_after_of_which(text, figures, sentence_cuts)
    shares_of_which(text, figures)
    segments_after_whole(text, figures)
    parts_side_by_side(text, figures, sentence_of)
    parts_heading_their_sentence(text, figures, sentence_of)
    shares_heading_their_sentence(text, figures, sentence_of)
    parts_within_their_whole(text, figures, sentence_of)
    parts_of_the_whole_after(text, figures, sentence_of)
    parts_heading_their_clause(text, figures, sentence_of, at.phrases)
    parts_listed_after_the_whole(text, figures, sentence_of)
    rises_of_parts(text, figures, sentence_of)
    siblings_of_a_part(text, figures)
    shares_after_named_parts(text, figures, sentence_of)
    parts_it_goes_on_to(text, figures, sentence_of)


_CODES = {"amount": SLOTS["AMOUNT"], "count": SLOTS["AMOUNT"], "percent": SLOTS["RATE"], "multiple": SLOTS["MULTIPLE"],
          "span": SLOTS["SPAN"]}


def _range_years(m) -> tuple[int, int]:
    if "decade" in m.re.groupindex:  # "over the five years to 2029": its length back from its last year
        b = int(m.group("b"))
        return b - (10 if m.group("decade") else chinese_int(m.group("n"))), b
    a, b = int(m.group("a")), m.group("b")
    a += 2000 if a < 100 else 0  # "FY24-FY30"
    return a, int(b) if len(b) == 4 else (a // 100) * 100 + int(b)


#: the frames of a rise from a level with no year ("up 12% from $16.3 billion"), whose year the rules read where the
#: level states one after it
_RATE_FROM_LEVEL = frozenset({"rate_from_level", "rate_on_level", "share_then_rate_from_level",
                              "bracketed_share_then_rate_from_level"})


def _frame_years(text, figures, ranges, sentence_cuts, at, matcher) -> list:
    """The sentence frames of the line (:mod:`.frames`): the amounts they cover take the years and status of their
    roles. Returns the readings, each as ``(frame name, {role: [figures]}, {role: [years]})``, for the rates."""
    slots = [(f.pos, f.end, _CODES[f.kind], f) for f in figures if f.kind in _CODES]
    slots += [(y[0], y[1], SLOTS["YEAR"], y) for y in at.singles]
    slots += [(s, e, SLOTS["PERIOD"], _range_years(m)) for s, e, m in ranges]
    codes, refs = line_codes(text, slots, sentence_cuts)
    starts = [f.pos for f in figures]  # in order, as the figures are
    out = []
    for reading in matcher.read(codes):
        figs, said = _roles_of(reading, refs)
        first = [said[r][0] if said.get(r) else figs[r][0].year if figs.get(r) else None for r in ("base", "target")]
        if None not in first and first[0] >= first[1]:
            continue  # a base no earlier than its target is no movement: the rules read the sentence
        if said.get("restated") and figs.get("target") and figs["target"][0].year is not None \
                and figs["target"][0].year <= said["restated"][0]:
            continue  # "2023年…96.2亿元，2024年为118.5亿元": a later year is no restated one of the target's
        if said.get("prior") and any(f.dated and f.year is not None and f.year >= said["prior"][0] + 1
                                     for f in figs["prior"]):
            continue  # "2023年为6.4亿元，去年为8.1亿元" dated 2025: last year, 2024, is no year before the target's
        name = reading.frame.name
        if name in _RATE_FROM_LEVEL and any(_YEAR_SAID_AFTER.match(text, f.end) for f in figs["prior"]):
            continue  # "up 60% from $10.0 billion in 2021": the year it states, which the rules read
        for k, slot in enumerate(reading.slots):
            if slot.kind == "RATE" and slot.role in ("growth", "yoy"):
                _decline(refs[slot.token], text, refs, reading.slots[k - 1].token + 1 if k else reading.start,
                         slot.token, reading.slots[k + 1].token if k + 1 < len(reading.slots) else slot.token + 12)
        for role in ("cagr", "growth", "multiple"):  # a stated base year, which the rules read the rate's end by
            for f in figs[role] if said.get("base") and "span" not in said else ():
                f.start_year = said["base"][0]
        for role in ("base", "target", "restated", "prior"):
            for f in figs[role]:
                was = f.year, f.status
                # "to $9.6 billion last year" in a text dated 2025 is of 2024, whatever year the sentence began at
                f.year = said[role][0] if said[role] and not (role == "prior" and f.dated) else f.year
                f.role = role
                f.prior_of = figs["target"][0] if role == "prior" and figs.get("target") else f.prior_of
                governed = role in ("base", "target") and _governed(f, role, text, starts, sentence_cuts)
                f.status = "estimate" if governed else "actual"
                if (f.year, f.status) != was:
                    f.notes.append(f"{f.year}, {f.status}: the {role} of a sentence of the form '{name}'")
        for group in _runs(figs["each"], text):
            _each_year(group, said["each"], text, name)
        out.append((name, figs, said))
    return out


#: a year stated right after an amount: " in 2021", " of 2021", " (2021)", " in fiscal 2021", " last year"
_YEAR_SAID_AFTER = re.compile(r"\s*(?:(?:in|for|during|of)\s+(?:fiscal\s+|FY\s?)?(?:19|20)\d{2}"
                              r"|[(（]\s*(?:FY\s?)?(?:19|20)\d{2}|(?:in\s+)?(?:last|the\s+previous|the\s+prior)\s+year"
                              r"|a\s+year\s+(?:earlier|before|ago))", re.IGNORECASE)
#: a whole that opens its sentence before its parts: "Of the $12.4 billion that enterprises spent on … in 2024, …"
_OF_THE_WHOLE_OPENS = re.compile(r"[\s\-•*]*of\s+(?:the\s+)?(?:(?:about|some|nearly|roughly|an\s+estimated)\s+)?",
                                 re.IGNORECASE)
#: the year of the clause a whole opens, before the comma that ends it: "… that enterprises spent on it in 2024,"
_CLAUSE_YEAR = re.compile(r"[^,，;；.。]*?\b(?:in|during|for)\s+((?:19|20)\d{2})\b(?=[^,，;；.。\d]*[,，])", re.IGNORECASE)


def _whole_opening_its_sentence(text: str, figures: list[Figure], sentence_cuts: list[int]) -> None:
    """An amount with no year that opens its sentence as the whole of its parts ("Of the $12.4 billion that
    enterprises spent on AI software in 2024, platform licences took $7.1 billion") is of the year its clause
    names after it."""
    for f in figures:
        if f.kind in ("amount", "count") and f.year is None \
                and _OF_THE_WHOLE_OPENS.fullmatch(text, _segment(f.pos, sentence_cuts)[0], f.pos) \
                and (m := _CLAUSE_YEAR.match(text, f.end)):
            f.year = int(m.group(1))
            f.notes.append(f"{f.year}: the year of the clause the whole opens its sentence with")


def _runs(figures: list[Figure], text: str) -> list[list[Figure]]:
    """``figures`` (in order) cut into the lists they stand in, each of one kind: "营收分别为80亿元、95亿元，分别亏损12亿元、
    15亿元" is two, "another list of the same years" opening with its "分别"."""
    runs: list[list[Figure]] = []
    for f in figures:
        if runs and runs[-1][-1].kind == f.kind and not _RESPECTIVELY.search(text, runs[-1][-1].pos, f.pos):
            runs[-1].append(f)
        else:
            runs.append([f])
    return runs


def _each_year(figures: list[Figure], years: list[int], text: str, frame: str) -> None:
    """Lists of amounts (or of rates) after one list of ``years``, paired with them in order; a list of rates one
    shorter that opens with a dash ("2020-2024年…增长率分别为 - 、8.06%、…") starts at the second year, the first having
    no rise over a year before it."""
    if years and figures and figures[0].kind == "percent" and len(figures) == len(years) - 1 and (
            _NO_FIRST_RATE.search(text, max(0, figures[0].pos - 12), figures[0].pos + 1)):
        years = years[1:]
    if not years or len(figures) % len(years):
        return
    for f, y in zip(figures, years * (len(figures) // len(years))):
        if f.role == "each":  # a longer frame read it already
            continue
        f.year, f.role = y, "each"
        if f.kind == "percent":  # "增速分别为": each year's growth over the year before
            f.start_year, f.end_year, f.period = y - 1, y, 1.0
        f.notes.append(f"year {y} from the list of years before it (the frame '{frame}')")


#: a list of rates that opens with a dash for its first year, which has none: "增长率分别为 - 、8.05%", "—, 4.2%"
_NO_FIRST_RATE = re.compile(r"(?:分别为|分別為|为|為|:|：|respectively)?\s*[-–—/]\s*[、，,]\s*\S*$")


def _roles_of(reading, refs) -> tuple[dict, dict]:
    """A reading's figures by role, and the years its roles have, stated or following from the others."""
    figs: dict = defaultdict(list)
    said: dict = defaultdict(list)
    for slot in reading.slots:
        ref = refs[slot.token]
        if slot.kind == "YEAR":
            said[slot.role].append(ref[2])
        elif slot.kind == "PERIOD":
            said[slot.role].extend(range(ref[0], ref[1] + 1) if slot.role == "each" else ref)
        else:
            figs[slot.role].append(ref)
    if "span" in said:  # "between 2020 and 2024 ... from A to B": the base in the first year, the target the last
        said.setdefault("base", [said["span"][0]])
        said.setdefault("target", [said["span"][-1]])
    if "restated" in said and "target" not in said:  # "£512.0m (2023: £423.1m)": the year after the prior one,
        own = figs["target"][0].year if figs.get("target") else None  # unless the target's sentence gives its own
        said["target"] = [own if own is not None else said["restated"][0] + 1]  # (a later one: see _frame_years)
    if figs.get("rate") and said.get("base") and not said.get("target"):  # "over the next ten years, from A in
        said["target"] = [said["base"][0] + int(figs["rate"][0].value)]  # 2022 to B": B is of 2032
    if said.get("base") and not said.get("target") and figs.get("target") and figs.get("growth") \
            and figs["target"][0].year in (None, said["base"][0]) and figs["target"][0].part is None \
            and figs["growth"][0].part is None:  # "$2.6 billion, down 58% compared to 2023" (no quarter's): the
        said["target"] = [said["base"][0] + 1]  # year after the one a rise is set against, not that year
    if figs.get("prior") and not figs.get("target") and not said.get("target") and figs.get("yoy") \
            and figs["yoy"][0].year is not None:  # "…$286 million in 2024. Spending grew 21% from $236 million the
        said["target"] = [figs["yoy"][0].year]  # year before": a rise into the year its sentence goes on in
    if figs.get("prior"):  # "$9.5 billion a year earlier": the year before the target's
        target = said["target"][0] if said.get("target") else figs["target"][0].year if figs.get("target") else None
        said["prior"] = [] if target is None else [target - 1]
    return figs, said


def _decline(f: Figure, text, refs, lo: int, hi: int, after: int) -> None:
    """A rate a frame reads as a change is a fall when the last word of growth or decline before it, after the
    frame's element before it, is one of decline ("contracted (notably) 1%" is -1%); with none there, the first such
    word after it, before the frame's next element ("a 6.4% decline on the prior year")."""
    if f.value <= 0:
        return
    words = [r for r in refs[lo:hi] if isinstance(r, int)]
    moves = list(_MOVE.finditer(text, words[0], f.pos)) if words else []
    later = [r for r in refs[hi + 1:after] if isinstance(r, int)]
    if not moves and later:
        moves = list(_MOVE.finditer(text, f.end, later[-1] + 1))[:1]
    if not moves and later and (less := _LESS_AFTER.search(text, f.end, later[-1] + 1)):  # "5.9 per cent less than"
        f.value = -f.value
        f.notes.append(f"'{less.group('word')}': read as a decline, {f.value:g}%")
    _signed(f, moves)


#: a comparative of less after a rate, before the frame's next element: "5.9 per cent less than", "3% lower than"
_LESS_AFTER = re.compile(r"\b(?P<word>" + _LESS + r")\b", re.IGNORECASE)


def _signed(f: Figure, moves) -> None:
    """A positive rate whose word of movement (the last of ``moves``) is one of decline is a fall, and says so."""
    if moves and _DECLINE.fullmatch(moves[-1].group(0)) and f.value > 0:
        f.value = -f.value
        f.notes.append(f"'{moves[-1].group(0)}': read as a decline, {f.value:g}%")


def _governed(f: Figure, role: str, text, starts: list[int], sentence_cuts) -> bool:
    """Whether a forecast cue governs the figure: a target after a cue of its sentence (or of an "E" year); a base
    right after a cue, with no other figure between them (``starts``: the figures' positions, in order) and no word
    that makes it the start of a movement. A cue governs at most :data:`_CUE_REACH` characters on."""
    if f.estimate_cue:
        return True
    ss, _ = _segment(f.pos, sentence_cuts)
    # a base "estimated to be worth" a sum is today's estimate of the level a forecast starts from: history
    cues = [m.end() for m in forecast_cues(text, max(ss, f.pos - _CUE_REACH), f.pos)
            if role == "target" or not m.group(0).lower().startswith("estimat")]
    if not cues or role == "target":
        return bool(cues)
    k = bisect_left(starts, f.pos)
    between = k - bisect_left(starts, cues[-1])
    if between == 1 and _RISE_TO.search(text, starts[k - 1], f.pos):
        between = 0  # "expects a further 21.6% rise to ¥71 billion": the rise it forecasts, to the amount
    return not between and not _BASE_WORD.search(text, cues[-1], f.pos)


#: a rate and the words that take it to the amount right after them: "21.6% rise to ¥", "18% to about $"
_RISE_TO = re.compile(r"(?:%|percent|per cent)\s+(?:(?:rise|increase|gain|jump|growth|climb)\s+)?(?:to|reaching)\s+"
                      r"(?:" + _ABOUT_WORD + r"\s+)?" + _SIGN_OR_CODE + r"$", re.IGNORECASE)


def _frame_rates(readings, text: str, figures: list) -> None:
    """The rates and multiples the frames cover: their kind and period from the roles of the sentence (a stated
    span or length, a stated base year, else, inferred, the years of the base and the target); the first reading of
    a rate, the longest, is the one it takes."""
    done: set = set()
    for name, figs, said in readings:
        span = said.get("rate")
        length = figs["rate"][0] if figs.get("rate") else None  # "over the next five years"
        base = said["base"][0] if said.get("base") else (figs["base"][0].year if figs.get("base") else
                                                          (said.get("restated") or said.get("prior") or [None])[0])
        target = said["target"][0] if said.get("target") else (figs["target"][0].year if figs.get("target") else None)
        # stated: a span of years, or a base year of its own ("from 2023"); inferred: the years of the amounts
        stated = bool(span or length) or "span" in said or bool(said.get("base")) and not figs.get("base")
        # a rise its own words make a rate a year ("compound growth of roughly 36% a year") is the frame's CAGR
        rises = figs.get("growth", [])
        roles = {"cagr": figs.get("cagr", []) + [f for f in rises if f.claim == "cagr"],
                 "growth": [f for f in rises if f.claim != "cagr"], "yoy": figs.get("yoy", []),
                 "multiple": figs.get("multiple", [])}
        for role, rates in roles.items():
            for f in rates:
                if id(f) in done or (role in ("growth", "yoy") and f.share_word):
                    continue  # "比重提升至19.6%": a share the rules read by its word, not a rise
                if role == "cagr" and not span and (stated_span := _SPAN_AFTER.match(text, f.end)) \
                        and _range_years(stated_span) != (base, target):
                    continue  # "… up from B in 2023, and will grow at a CAGR of R between 2024 and 2030": its own span
                if role == "yoy" and f.claim == "cagr" and _CAGR.search(text, max(0, f.pos - 40), f.pos):
                    continue  # "… a year earlier, …, at an average annual rate of 15.1% to …": a CAGR by its own words
                by_length = span is None and length is not None and (target or base) is not None
                if span:
                    start, end = span[0], span[-1]
                elif by_length:
                    n = int(length.value)
                    start, end = (target - n, target) if target is not None else (base, base + n)
                elif role == "yoy":
                    end = target if target is not None else f.end_year
                    if f.dated and f.year is not None and end is not None and end != f.year:
                        continue  # "…為1,163億美元，今年將年成長約38%至1,605億美元": the year its own word names
                    opens = _clause_of_its_year(text, f)
                    if opens and end is not None and int(opens.group(1)) != end:
                        continue  # "2019年…256億港元，2020年按年上升38.7%至355億港元": the year its own clause opens on
                    start = None if end is None else end - 1
                else:
                    start, end = base, target if target is not None else f.end_year
                    if role == "cagr" and not stated and figs.get("base"):
                        start = _level_it_is_set_against(figs["base"][0], start, end, text, figures)
                if role == "cagr" and said.get("restated") and not figs.get("target") and not (span or length):
                    continue  # a CAGR against a level alone ("grew at a CAGR of 41.5% from RMB1.2 billion in 2019
                    # to …"): not the year after it, as a rise over the year before is; the rules read its years
                if start is None or end is None or end <= start:
                    continue  # the reading gives the rate no period: the rules read it
                reached = figs["target"][0] if figs.get("target") else None
                opened = _other_brackets(text, reached.pos, f) if reached is not None and reached.pos < f.pos else -1
                if opened >= 0 and (_YEAR_IN.search(text, opened, reached.pos)
                                    or re.search(_RELATIVE_YEAR, text[opened:reached.pos], re.IGNORECASE)):
                    continue  # "增长21.3%（2023年为2,346亿元），是2020年的2.1倍", "（前年為3.9億港元），較2021年增長2倍": an
                    # amount in brackets before it restates a base; the rules read the rate's own years
                if role == "multiple" and f.start_year is not None and _PERIOD_IN_WORDS.match(text, f.end) \
                        and (start, end) != (f.start_year, f.end_year):
                    continue  # "tripled in just three years": the period its words give, which the rules read
                if not stated and role == "cagr" and (on := _BASE_YEAR_AFTER.match(text, f.end)) and on["a"]:
                    continue  # "a CAGR of 22.7% from 2024": the base year stated after it, which the rules read
                done.add(id(f))
                if by_length:
                    length.absorbed = True  # the span the rate took as its length is no claim of its own
                was = f.claim, f.start_year, f.end_year, f.period_status
                # a length or a span the rules read beside the rate ("三年年复合增长率", "(FY2024–FY2029 CAGR: 16.2%)")
                # states the period the frame infers
                stated = stated or (role == was[0] == "cagr" and was[3] == "stated" and was[1:3] == (start, end)
                                    and (f.period is not None or f.span_said))
                f.role = role
                f.claim = "cagr" if role == "cagr" else "multiple" if role == "multiple" else "growth"
                f.start_year, f.end_year = start, end
                f.period_status = "stated" if stated or role == "yoy" else "inferred"
                f.period = float(end - start) if role != "cagr" or length is not None else None
                if (f.claim, start, end, f.period_status) != was:
                    f.notes.append(f"{start}-{end}, {f.period_status}: the {role} of a sentence of the form '{name}'"
                                   + ("; the audit also tries from the year after" if f.period_status == "inferred"
                                      else ""))


#: the words that set an amount against a later level, right before it: "up 24% on £", "up from $", "22% higher
#: than ¥"
_SET_AGAINST = re.compile(r"(?:%|\bper\s*cent|\bup|\bdown)\s+(?:(?:higher|lower|more|less)\s+)?(?:on|from|over|against|"
                          r"versus|vs\.?|compared\s+(?:with|to)|than)\s+(?:the\s+)?(?:" + _ABOUT_WORD + r"\s+)?"
                          + _SIGN_OR_CODE + r"\s*$", re.IGNORECASE)


def _level_it_is_set_against(base: Figure, start, end, text: str, figures: list):
    """The year a forecast's CAGR runs from where the base a frame read is the level an earlier amount of its sentence
    is set against ("£212m in FY2024, up 24% on £171m in FY2023, and forecast £539m by FY2029e, a CAGR of about
    20%"): the year of that later level, the latest before the base, not the year it rose from."""
    if start is None or end is None or not _SET_AGAINST.search(text, max(base.sentence, base.pos - 60), base.pos):
        return start
    later = [g.year for g in figures if g.kind == base.kind and g.sentence == base.sentence and g.pos < base.pos
             and g.year is not None and start < g.year < end]
    return later[-1] if later else start


class _YearsAt:
    """A line's years and spans by position, for binary searches."""

    def __init__(self, years, singles, following, ranges):
        self.by_digits = {y[4]: y for y in years}
        self.claimed = set(following.values())
        self.singles, self.starts = singles, [y[0] for y in singles]
        self.following = following
        self.ranges, self.range_starts = ranges, [r[0] for r in ranges]
        self.restating = {}  # of a year's place, whether a revision and whether a rise's base restates its level
        self.no_figures = None  # the places of the years that date no figure (:func:`_dates_no_figure`), read once

    def singles_in(self, lo: int, hi: int) -> list:
        return _within(self.starts, self.singles, lo, hi)

    def dating(self, text: str, years: list) -> list:
        """The ``years`` that may date a figure: not a record's count from a year, nor a founding's."""
        if self.no_figures is None:
            self.no_figures = {y[0] for y in self.singles if _dates_no_figure(text, y)}
        return [y for y in years if y[0] not in self.no_figures] if self.no_figures else years


#: how far before a year its opening bracket is looked for
_BRACKET_REACH = 200


def _in_brackets(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside brackets opened at most :data:`_BRACKET_REACH` characters before it."""
    return _bracket_open(text, pos) >= 0


def _other_brackets(text: str, pos: int, f: Figure) -> int:
    """Where the brackets ``pos`` lies inside open, where they are not those of figure ``f`` ("（2023年为2,346亿元）"
    before "是2020年的2.1倍"), else -1."""
    opened = _bracket_open(text, pos)
    return opened if opened != _bracket_open(text, f.pos) else -1


def _bracket_open(text: str, pos: int) -> int:
    """Where the brackets ``pos`` lies inside open (at most :data:`_BRACKET_REACH` characters before it), or -1."""
    return bracket_open(text, max(0, pos - _BRACKET_REACH), pos)


#: a year written out: "2024", "2024年"
_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


#: a year a base amount states of itself: "from $1.43 billion in ", "up from about €2.1bn in ", "较2023年的",
#: "higher than the US$95.6 billion of ", "up from EUR 1 130 million in ", "a 19% gain on the
#: $5.8 billion of ", "more than fourfold the US$74 million of "
_BASE_AMOUNT_YEAR = re.compile(r"(?:from|against|compared (?:with|to)|than|times|fold|twice|(?:gain|rise|increase|jump|"
                               r"growth|decline|drop|fall|up|down)\s+on)\s+(?:the\s+)?(?:" + _ABOUT_WORD
                               + r"\s+)?(?:[A-Z]{0,3}\$|€|£|¥|[A-Z]{3})?\s?\d[\d.,]*(?:\s\d{3}(?!\d))*\s*"
                               r"(?:[A-Za-z]+\s+){0,3}"
                               # past the amount in another currency: "from €41.5 million [DKK 310 million] in "
                               r"(?:[(\[][^()\[\]]{1,30}[)\]]\s*)?(?:in|of)\s+"
                               r"(?:fiscal\s+|FY\s?)?$", re.IGNORECASE)
#: a year a rise's base amount states of itself, the rise's rate before "on": "up 19.2% on EUR 1.98 billion in "
#: (a later sentence's parts are of the year the rise reaches, not of its base's)
_RISE_ON_AMOUNT_YEAR = re.compile(r"\b(?:up|down|rise|gain|increase|growth|jump|decline|drop|fall)\s+(?:of\s+)?(?:"
                                  + _ABOUT_WORD + r"\s+)?\d[\d.]*\s?(?:%|percent|per cent)\s+on\s+(?:the\s+)?(?:"
                                  + _ABOUT_WORD + r"\s+)?(?:[A-Z]{0,3}\$|€|£|¥|[A-Z]{3})?\s?\d[\d.,]*\s*"
                                  r"(?:[A-Za-z]+\s+){0,3}(?:in|of)\s+(?:fiscal\s+|FY\s?)?$", re.IGNORECASE)
#: between a target and its base: " from ", ", up from about "
_FROM_TARGET = re.compile(r"\s*,?\s*(?:(?:up|down)\s+)?from\s+(?:" + _ABOUT_WORD + r"\s+)?"
                          + _CURRENCY_BEFORE, re.IGNORECASE)
#: between a span of years and the amount reached at its end: ", to $", "，达到", " reaching about "
_TO_TARGET = re.compile(r"[\s,，]*(?:(?:it|them|the\s+market)\s*,?\s+)?"  # "triple it, to EUR 1.25 billion"
                        r"(?:to(?:\s+(?:reach|hit|top|total|exceed|surpass|approach))?|reaching|hitting|达到|达|達到|至)\s*"
                        + _ABOUT_WORD + r"?\s*"
                        + _CURRENCY_BEFORE, re.IGNORECASE)


#: a number after a figure where its year would stand, which is no year read (1900-2099): "in 2101", "by 20300"
_NO_YEAR_AFTER = re.compile(r"\s*(?:in|by)\s+(?:the\s+year\s+)?(?P<n>\d{4,5})"
                            r"(?!\d|[.,]\d|\s?%|\s+(?!and\b|or\b)[A-Za-z])", re.IGNORECASE)


#: between an amount and its conversion into another currency in brackets (the rest of a currency name the reader
#: does not know before them): " (about ", "元（約", "(US$", "（合"
_CONVERTED = re.compile(r"(?:[^\d()（）,，;；。]{0,6}|\s+(?:in|for)\s+(?:fiscal\s+|FY\s?)?(?:19|20)\d{2}\s*)"  # or after its year
                        r"[(（]\s*(?:約|约|合|約合|约合|折合|about|approx\.?|approximately|around|"
                        r"some|~|≈)?\s*"
                        + _CURRENCY_BEFORE, re.IGNORECASE)


#: a year right before the brackets an amount opens: "较2021年（21.9亿元）", "in 2021 ($2.2 billion)"
_YEAR_OPENS_BRACKETS = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年?\s*[(（]\s*"
                                  r"(?:(?:约|約|近|逾|about|around|roughly|some)\s*|~\s*)?"
                                  + _SIGN_OR_CODE + r"\s*\d?$")
#: or a year, then words about that year, then brackets: "since 2020, the first year the Institute tracked the category
#: (£148 million)", "2019, the year before the pandemic ($2.1bn)"
_YEAR_GLOSSED_BRACKETS = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*,\s*the\s+(?:[^,;.()\d]{0,40}?\s)?year\b[^,;.()\d]{0,80}"
                                    r"\(\s*" + _SIGN_OR_CODE + r"\s*\d?$", re.IGNORECASE)


#: the year of the whole a part's amount is set against after it: "or 45.8% of the 2024 total", "(43.0% of 2024
#: spending)", "38% of 2025E TAM", "38% of FY25 spending", "占2024年"
_OF_THE_YEARS_WHOLE = re.compile(r"\bof\s+(?:(?:the|its)\s+)?(?:(?:FY\s?|fiscal\s+)?((?:19|20)\d{2})|FY\s?'?(\d{2}))"
                                 r"(?:[EFP]\b)?\s+(?:total|market|whole|spending|sales|revenues?|TAM|SAM)\b"
                                 r"|占\s*((?:19|20)\d{2})\s*年", re.IGNORECASE)


#: a year a multiple is of, right after it: "是2023年的3.1倍", "是2021年6.2億港元的3倍"
_MULTIPLE_OF_YEAR = re.compile(r"\s*年?\s*(?:的\s*)?(?:(?:约|約)?\s*\d[\d.,]*\s*(?:万亿|萬億|亿|億|万|萬)?\s*(?:美元|港元|日元|欧元|歐元|"
                               r"新台币|新台幣|元)\s*)?的\s*\d[\d.]*\s*倍")
#: a multiple's base amount, right before it: "（是2024年约38亿元）的5倍多", "的两倍": history, whatever cue stands before
_MULTIPLE_OF_AMOUNT = re.compile(r"\s*的\s*(?:\d[\d.]*|[一二两兩三四五六七八九十]+)\s*倍")
#: a sentence that says what the amount before it is: "That is what operators spent …", "That's how much …"
_THAT_IS_WHAT = re.compile(r"\s*(?:That|This)(?:['’]s|\s+is|\s+was)\s+(?:what|how\s+much|the\s+(?:amount|sum|value|size))\b")


#: what an amount is of, a list of words with no figure, then its year: "£412 million of contracts for AI imaging,
#: triage and pathology tools in 2024", "$4.2 billion on servers, storage, and networking in 2024"
_LIST_PIECE = r"[^\d,;:.!?()（）。，；：]"
_YEAR_AFTER_A_LIST = re.compile(r"\s*(?:of|on|for|in)\s" + _LIST_PIECE + r"{0,60},\s+(?!(?:up|down|which|while|a|an|the|"
                                r"compared|against|from|after|before|when|as|with)\b)" + _LIST_PIECE + r"{1,30}"
                                r"(?:,\s+" + _LIST_PIECE + r"{1,30}){0,3},?\s+(?:and|or)\s+" + _LIST_PIECE
                                + r"{1,40}?\s(?:in|during)\s+((?:19|20)\d{2})\b(?![-–/]\d)"
                                # or set off by dashes: "$412 million on tools -- art, voice, QA -- in 2024"
                                r"|\s*(?:of|on|for|in)\s(?:(?!--)[^\d;:.!?()（）。，；：—–]){0,60}?\s(?:--|—|–)\s[^\d;:.!?()（）。；：—–]"
                                r"{1,120}?\s(?:--|—|–)\s*(?:in|during)\s+((?:19|20)\d{2})\b(?![-–/]\d)"
                                # or a gloss between commas: "€96 million on smart parking, from bay detection to
                                # dynamic pricing, in 2024"
                                r"|\s*(?:of|on|for|in)\s[^,;:.!?\d]{0,60}?,\s+(?:from|including|such\s+as|mainly"
                                r"|mostly)\s[^,;:.!?\d()]{1,120}?,\s*(?:in|during)\s+((?:19|20)\d{2})\b(?![-–/]\d)",
                                re.IGNORECASE)


#: a currency's sign or code right before an amount's number, if any: "US$", "¥", "HK$", "EUR "
_SIGN = r"(?:US\$|[A-Z]{0,3}[$€£¥]|[A-Z]{3}\s?)?"
#: the words between a year's amount and the amount it was later revised to: ", a figure later revised to", "，次年修订为"
_LATER_REVISED_TO = re.compile(r"(?:\s*(?:in|for)\s+(?:fiscal\s+(?:year\s+)?|FY\s?)?(?:19|20)\d{2})?\s*[,，]?\s*"
                               r"(?:(?:a\s+figure|which\s+was|and\s+was|since)\s+)?(?:(?:later|subsequently|since)\s+)?"
                               r"(?:been\s+)?revised\s+(?:(?:up|down)(?:wards?)?\s+)?to\s+(?:" + _ABOUT_WORD + r"\s+)?"
                               + _SIGN +
                               r"|\s*[，,]\s*(?:次年|翌年|其后|其後|随后|隨後|后来|後來|后|後)?(?:被)?(?:修订|修訂|修正|下修|上修)"
                               r"(?:为|為|至)\s*", re.IGNORECASE)
#: the words that make the amount right after them the level a move reaches: ", reaching $", "to reach", ", when
#: premiums reached $", "lifted it to a record ¥"
_REACHED_BEFORE = re.compile(r"(?:\bto(?:\s+(?:reach|hit|top|total))?|\breaching|\bhitting|\bwhen\s+(?:[\w'-]+\s+){0,3}?"
                             r"(?:reached|hit|stood\s+at|totalled|totaled|topped))\s*(?:a\s+(?:record|peak|high)\s+(?:of\s+)?)?"
                             r"(?:" + _ABOUT_WORD + r"\s+)?" + _SIGN + "$", re.IGNORECASE)
#: a year, then a clause of what stood then, right before its amount: "from 2022, when it stood at $"
_YEAR_THEN_WHEN = re.compile(r"\b((?:19|20)\d{2})\s*,\s*when\s+(?:[\w'-]+\s+){0,3}?(?:stood\s+at|was|were|reached|hit"
                             r"|totall?ed|came\s+to|amounted\s+to)\s+(?:" + _ABOUT_WORD + r"\s+)?" + _SIGN + "$",
                             re.IGNORECASE)
#: what makes a year a whole day's date, right after it, which dates no figure: "2025年2月18日"
_A_DAYS_YEAR = re.compile(r"\s*年\s*(?:1[0-2]|0?[1-9])\s*月\s*(?:[12]\d|3[01]|0?[1-9])\s*[日号號]")
#: what makes a year a name's, right after it: "2025智慧出行产业大会" (an event's or a title's year, no figure's)
_A_NAMES_YEAR = re.compile(r"(?![年度])[\u4e00-\u9fff]")
#: what makes a year a date's, right after it: "2025年5月", "2025/05/13"
_A_DATES_YEAR = re.compile(r"\s*(?:年\s*)?(?:1[0-2]|0?[1-9])\s*月|[/.-](?:1[0-2]|0?[1-9])[/.-]\d")
#: a whole right after a percent, which makes it a share, no rise: "(taking) 31% of the market", "40% of total sales"
_OF_A_WHOLE_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent)?\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w'-]+\s+){0,3}?"
                               r"(?:market|total|revenues?|sales|spending|industry)\b", re.IGNORECASE)


def _year_of(f: Figure, w: _Where, text, at: _YearsAt) -> None:
    """The year: one right after the figure ("in 2024", "(2024)"), else its own clause (before it, then after;
    not one that follows another figure), else earlier in the sentence, else earlier in the line; none where the
    figure names a number no year is read as ("$20 billion in 2101"), which it is never given another's year for."""
    odd = _NO_YEAR_AFTER.match(text, f.end)
    if odd and not YEAR.fullmatch(odd.group("n")):
        f.notes.append(f"{odd.group(0).strip()!r} names a year outside 1900-2099, which aimarket does not read: "
                       "the figure is left without a year")
        return
    prev = w.previous
    if (prev is not None and prev.dated and {prev.kind, f.kind} <= {"amount", "count"}
            and prev.currency != f.currency
            and _CONVERTED.fullmatch(text, prev.end, f.pos)):  # "去年達9.8億澳門元（約1.22億美元）": that year too
        f.year = prev.year
        f.dated = True
        f.notes.append(f"{f.year}: the year the words before the amount it converts name")
        return
    own = [y for y in at.singles_in(w.cs, w.ce) if y[4] not in at.claimed]
    if f.kind == "multiple" and (base := _BASE_YEAR_AFTER.match(text, f.end)):  # "more than double the 2021 figure":
        own = [y for y in own if not base.start() <= y[0] < base.end()]  # its base's year, not its own
    elif f.kind in ("amount", "count"):  # nor the base's of a multiple after it: "Last year's ~$780M was roughly
        # 2.5x the 2022 level"
        k = bisect_left(at.multiple_starts, f.end)  # the first few after it in its clause
        bases = [b.span() for g in at.multiples[k:k + 3] if g.pos < w.ce and (b := _BASE_YEAR_AFTER.match(text, g.end))]
        own = [y for y in own if not any(a <= y[0] < b for a, b in bases)] if bases else own
    prior = [y for y in own if y[0] < f.pos]
    pick = prior[-1] if prior else (own[0] if own else None)
    if id(f) in at.following:
        pick = at.by_digits[at.following[id(f)]]
        prior = [pick]
    paren = re.match(r"\s*(?:[^\d\s(,;，。]{1,12}\s*){0,3}\((?:FY\s?)?((?:19|20)\d{2})(E?)\s*年?\)", text[f.end:f.end + 40])
    if paren and not prior:
        pick = (f.end, f.end, int(paren.group(1)), bool(paren.group(2)))
    opened_on = (_YEAR_OPENS_BRACKETS.search(text, max(w.ss, f.pos - 12), f.pos + 1)
                 or _YEAR_GLOSSED_BRACKETS.search(text, max(w.ss, f.pos - 160), f.pos + 1)) \
        if f.kind in ("amount", "count") else None
    if opened_on:  # "较2021年（21.9亿元）增长3倍", "than in 2021 ($2.2 billion)": the year its brackets follow
        pick = (opened_on.start(1), opened_on.end(1), int(opened_on.group(1)), False)
        f.notes.append(f"{pick[2]}: the year the brackets it stands in follow")
    when = _YEAR_THEN_WHEN.search(text, max(w.ss, f.pos - 64), f.pos) if pick is None and f.kind in (
        "amount", "count") else None
    if when:  # "more than doubled from 2022, when it stood at $310 million": the year its "when" is of
        pick = (when.start(1), when.end(1), int(when.group(1)), False)
        f.notes.append(f"{pick[2]}: the year the clause it stands in says it was then")
    listed = _YEAR_AFTER_A_LIST.match(text, f.end, w.se) if pick is None and f.kind in ("amount", "count") else None
    if listed:  # "awarded £412 million of contracts for AI imaging, triage and pathology tools in 2024"
        said = next(k for k in (1, 2, 3) if listed.group(k))  # the list's year, or the year after an aside
        pick = (listed.start(said), listed.end(said), int(listed.group(said)), False)
        f.notes.append(f"{pick[2]}: the year after the list of what the amount is of")
    whole = _OF_THE_YEARS_WHOLE.search(text, f.end, w.se if f.kind == "amount" else min(w.se, f.end + 40)) \
        if pick is None and f.kind in ("amount", "percent") else None  # a share's: right after it
    if whole:  # "Platform licensing made up USD 1.1 billion, or 45.8% of the 2024 total": the whole's year
        year = int(whole.group(1) or whole.group(3) or 2000 + int(whole.group(2)))
        pick = (whole.start(), whole.end(), year, False)
        f.notes.append(f"{pick[2]}: the year of the whole it is set against after it")
    if pick is None and f.kind in ("amount", "count"):  # "doubled between 2021 and 2024, to $1.52 billion"
        spans = [(e, m) for s, e, m in _within(at.range_starts, at.ranges, w.ss, f.pos) if e <= f.pos]
        if spans and (_TO_TARGET.fullmatch(text, spans[-1][0], f.pos) or (
                _REACHED_BEFORE.search(text, max(spans[-1][0], f.pos - 48), f.pos) and not any(
                    spans[-1][0] <= g.pos < f.pos for g in at.figures if g.kind in ("amount", "count")))):
            # "from 2015 to 2022 the market grew at a compound annual rate of 9.5%, reaching $14.0 billion", "grew more
            # than fivefold between 2010 and 2020, when premiums reached $2.35 billion"
            pick = (f.pos, f.pos, _range_years(spans[-1][1])[1], False)
            f.notes.append(f"{pick[2]}: the last year of the span the amount is reached at the end of")
        elif (spans and prev is not None and prev.pos > spans[-1][0] and _TO_TARGET.fullmatch(text, spans[-1][0], prev.pos)
              and _FROM_TARGET.fullmatch(text, prev.end, f.pos)):  # "between 2022 and 2024, to $3.4bn from $1.5bn"
            pick = (f.pos, f.pos, _range_years(spans[-1][1])[0], False)
            f.notes.append(f"{pick[2]}: the first year of the span the amount moved from")
    if pick is None and f.kind in ("amount", "count") and (ahead := _NEXT_YEARS_TO.search(text, max(w.ss, f.pos - 160),
                                                                                         f.pos)):
        # "$3.4 billion in 2025 … should grow 22% a year over the next five years, to about $9.2 billion": that many
        # years after the latest amount before it
        base = [g.year for g in at.figures if g.kind == f.kind and g.pos < f.pos and g.year is not None and g.part is None]
        if base:
            pick = (f.pos, f.pos, base[-1] + chinese_int(ahead["n"]), False)  # a forecast by its cue, as any
            f.notes.append(f"{pick[2]}: {ahead.group(0).strip()!r} after {base[-1]}, the year of the amount before it")
    if pick is None:  # not a base year the sentence moves from ("较2023年的147.2亿元增长…，其中…占比61.3%"), nor, for a
        # rate or a share, one a clause before compares with ("… three points more than in 2023, and the leader alone
        # held 22%"; an amount after it may restate that year's level: "28.5% more than in 2023 (€3.01 billion)")
        years = [y for y in at.singles_in(w.ss, f.pos) if y[0] >= w.cs or f.kind != "percent"
                 or not _compared(text, y)]
        # in its sentence, not a year another amount states of itself: "grew by half in 2024, from $2.6 billion in
        # 2023 to $3.9 billion"
        if f.kind in ("amount", "count"):
            years = [y for y in years if y[4] not in at.amount_years] or years
        else:  # nor, for a rate, a year an amount in brackets states of itself ("增长21.3%（2023年为2,346亿元），是2020年的2.1倍")
            years = [y for y in years if (opened := _other_brackets(text, y[0], f)) < 0
                     or not any(_bracket_open(text, g.pos) == opened for g in w.amounts)] or years
        years = at.dating(text, years)
        if years and f.kind in ("amount", "count") and _CJK_CHAR.search(text, w.ss, f.pos):
            # a Chinese clause goes on in the time named before it, in words too: "2024年…为120亿元，今年预计增长25%
            # 至150亿元，其中直播场景贡献60亿元" is of this year
            years = _with_years_said(years, [y for y in at.said_relative if w.ss <= y[1] <= f.pos])
        # words of its own sentence ("$1.3 billion last year") before a year of an earlier sentence, and the present
        # or the coming year right after it ("to 34.5 billion yuan, this year", "$9.7 billion next year") before any year
        said = at.relative(f.pos, max(f.end, f.range_end)) if f.kind in ("amount", "count", "percent", "multiple") \
            else None
        stated = [y for y in years if not AGAINST_YEAR.search(text, max(0, y[0] - 16), y[0])]  # not "compared to 2022"
        said = said if said is not None and (not stated or year_words(said[1]) in ("this year", "today", "next year")
                                             or said[1] in text[stated[-1][1]:f.pos]  # "2025/05/13 … 明年"
                                             or said[1] in text[f.end:f.end + 40]) else None  # "... to $9.6bn last year"
        if said is not None:  # "this year" is not over when the text is written: an estimate
            pick, f.dated = (f.end, f.end, said[0], said[0] == at.relative.published and said[1] != "today"), True
            f.notes.append(f"{said[1]!r} in a text of {at.relative.published}: read as {said[0]}")
        elif at.relative.published is None and (
                not years and _RELATIVE_RIGHT_AFTER.match(text, f.end) or _NOW_RIGHT_AFTER.match(text, f.end)
                or not years and f.part is None and _RELATIVE_OPENS.match(text, w.ss)):
            # "$11.5 billion this year", "This year they are expected to hit $11.5 billion": no year of another
            # sentence, nor (for "this year", "next year") of its own
            f.notes.append("its year is named relative to the text's date, which the text does not state: left open")
        else:
            if years and f.kind in ("amount", "count") and all(
                    _BASE_BEFORE_YEAR.search(text, max(0, y[0] - 48), y[0]) and _CLAUSE_BETWEEN.search(text, y[1], f.pos)
                    for y in years):  # "…衰退2.1%，晶圆代工为13,060亿元": a base year of a clause before, not the amount's
                years = []
            before = not years
            if before:  # earlier in the line: not a date's ("Note, Oct. 2025."), nor a base's in brackets; an
                # amount an earlier sentence dates in words ("grew 18pc to £742m last year") states its year too
                years = [y for y in at.dating(text, at.singles_in(0, f.pos))
                         if not _MONTH_BEFORE.search(text, max(0, y[0] - 16), y[0])]
                # a day's date ("（2025年8月6日）") only where no other year is named: "预计全年…3,300亿元" is of its year
                years = [y for y in years if not _A_DAYS_YEAR.match(text, y[1])] or years
                if f.kind in ("amount", "count", "percent", "multiple"):  # "Last year it reached $15.4 billion. It
                    # grew 2.5 times in three years."; in Chinese, whose clauses go on in the time named before them,
                    # of its own sentence too: "去年…達186億美元，較前一年增加2.3倍"
                    years = _with_years_said(years, [y for y in at.said_relative if y[1] <= w.ss or (
                        y[1] <= f.pos and _CJK_CHAR.search(text, y[1], f.pos))])
                years = [y for y in years if not _in_brackets(text, y[0])] or years  # "（2023年为243.7亿元）。其中…"
                # nor the base a rise was on ("€1.84bn in 2024, a rise of 19.5% on 2023, when sales stood at …")
                years = [y for y in years if not _RISE_ON_YEAR.search(text, max(0, y[0] - 24), y[0])] or years
                # nor a year whose level a rise's base or a revision restates, where the year after it is named too
                named = {y[2] for y in years}
                kept = [y for y in years if not _restated(text, y, named, at)]
                # a line of the whole year ("全年，…（2023年软件业务收入修订为…）") is of no year it restates: its title's
                years = kept or ([] if at.whole_year else years)
                if years and _THEN.search(text, w.ss, w.se):  # "by then": the latest year the text has looked to
                    years = [max(years, key=lambda y: y[2])]
                    f.notes.append(f"{years[0][2]}: 'then' read as the latest year named before")
            # the years no base word (nor, for a percent, a comparison) comes right before, else all of them; looked
            # through from the last
            not_bases = (y for y in reversed(years) if not _BASE_BEFORE_YEAR.search(text, max(0, y[0] - 48), y[0])
                         and not (_WITH_BEFORE_CJK.search(text, max(0, y[0] - 3), y[0])
                                  and _COMPARED_AFTER_CJK.match(text, y[1]))
                         and not (f.kind == "percent" and _compared(text, y)))
            pick = next(not_bases, None)
            earlier = chain([pick], not_bases) if pick is not None else reversed(years)
            pick = pick if pick is not None else (years[-1] if years else None)
            if before and f.kind in ("amount", "count") and years and (
                    _within(at.cues, at.cues, w.ss, f.pos) or LOOKS_AHEAD.search(text, w.ss, f.pos)):
                # a sentence that forecasts and names no year is of the latest year named before, the forecast's, not
                # its base's ("… to reach £42.1 billion in 2025, a rise on the £40.4 billion spent in 2024. Online
                # display will grow to £23.6 billion")
                pick = max(years, key=lambda y: y[2])
            elif f.kind != "span" and not _within(at.cues, at.cues, w.ss, w.se):
                # a sentence that forecasts nothing is of the latest year an earlier one reports, not its base
                # ("shrank 4.2% in 2024, to $1.37 billion from $1.43 billion in 2023. Kits declined to $214
                # million"), nor, for an amount, its forecast: the last such year, looked for from the end
                # (nor, for a share, "市场份额达69.7%" after "GDC预测，2029年…": the state of the history, not of a forecast)
                # (a rise its sentence says has come about, "has grown 2.5 times since 2018", is history too)
                rise = (f.kind == "multiple" or (f.kind == "percent" and not _SHARE.search(text, max(w.cs, f.pos - 12),
                                                                                           f.pos)
                                                 and not _OF_A_WHOLE_AFTER.match(text, f.end))) \
                    and not _HAS_RISEN.search(text, max(w.ss, f.pos - 120), f.pos)
                reported = (y for y in earlier if not _BASE_AMOUNT_YEAR.search(text, max(0, y[0] - 48), y[0])
                            and not (f.kind in ("amount", "count")
                                     and _RISE_ON_AMOUNT_YEAR.search(text, max(0, y[0] - 64), y[0]))
                            and not _MULTIPLE_OF_YEAR.match(text, y[1])  # "是2023年的3.1倍": a multiple's base
                            and (rise or not _within(at.cues, at.cues, _segment(y[0], at.sentence_cuts)[0], y[0])))
                # (a year a cue of its sentence comes before: "2024年…为96.8亿美元，预计2029年达到…" reports 2024); a
                # sentence that opens on 其中 lists parts of the latest whole ("2024年…达1.35万亿元，2023年为1.14万亿元，
                # 同比增长18%。其中智算中心4860亿元": 2024's, not the base year named last)
                if _OF_WHICH_OPENS.match(text, w.ss):
                    # after a semicolon, of the latest year the clause it goes on from names, a forecast's too
                    # ("到2027年…突破1200亿元,年均增长约21%;其中,…达到260亿元")
                    lo = _segment(w.ss - 1, at.sentence_cuts)[0] if _SEMICOLON_BEFORE.search(
                        text, max(0, w.ss - 8), w.ss) else w.ss
                    went_on = [y for y in years if lo <= y[0]
                               and not _BASE_BEFORE_YEAR.search(text, max(0, y[0] - 48), y[0])]
                    # not "2025年5月", nor "2025智慧出行产业大会"
                    reported = [y for y in reported if not _A_DATES_YEAR.match(text, y[1])
                                and not _A_NAMES_YEAR.match(text, y[1])]
                    # the year of a whole's amount before a title's ("ETFA Yearbook 2025 … €612 million … in 2024; of
                    # which …")
                    reported = went_on or [y for y in reported if y[4] in at.amount_years] or reported
                    pick = max(reported, key=lambda y: y[2]) if reported else pick
                else:
                    pick = next(reported, pick)
    if pick is None and f.kind in ("amount", "count") and (that := _THAT_IS_WHAT.match(text, w.se)):
        told = at.singles_in(*_segment(that.end(), at.sentence_cuts))  # "$27.6 billion. That is what … spent … in 2024"
        if told:
            pick = told[0][:4]
            f.notes.append(f"{pick[2]}: the year of the sentence after it, which says what the amount is")
    if pick is None and at.heading_year is not None:  # a bullet under "Highlights for FY2024"
        pick = (f.pos, f.pos, at.heading_year, False)
        f.notes.append(f"{at.heading_year}: the year of the heading over its line")
    if (pick is not None and prev is not None and prev.year == pick[2] and prev.pos >= w.ss and prev.kind == f.kind
            and _MOVED_TO.fullmatch(text, prev.end, f.pos)
            and _FROM_BEFORE.search(text, max(w.ss, prev.pos - 24), prev.pos)
            and (due := [y for m in _DEADLINE_BEFORE.finditer(text, 0, prev.pos) if (y := int(m["year"])) > pick[2]])):
        # "到2027年，…。市场规模由2024年的约86亿元增长到150亿元以上": the amount a move from a year's goes to is of the
        # year the line sets as its deadline before, not of the year it moves from
        pick = (f.pos, f.pos, due[-1], True)
        f.notes.append(f"{due[-1]}: the year its line sets a target for, which a move from {prev.year} runs to")
    if pick is not None:
        f.year, f.estimate_cue = pick[2], pick[3]
        target = w.previous
        if (id(f) not in at.following and not paren and target is not None and target.kind == f.kind
                and target.year == f.year and target.pos >= w.ss and _FROM_TARGET.fullmatch(text, target.end, f.pos)):
            f.year -= 1  # "declined to $214 million from $251 million": the move of a year, to the target's
            f.notes.append(f"{f.year}: the base a move to {f.year + 1}'s figure starts from, its year named nowhere")
    # a cue makes a forecast of the figure after it, not of a base it moves from ("projected to grow from $X"), nor
    # of one that brackets state of a year of their own ("预计…分别为…（2024年市场规模为1,550亿元）")
    lo = max(w.ss, f.pos - 300)
    opened = _bracket_open(text, f.pos)
    if opened >= 0 and _YEAR_IN.search(text, opened, f.pos):
        lo = max(lo, opened)
    if _ACTUAL_YEAR_AFTER.match(text, f.end):  # "$2.1bn in 2024A": history, whatever cue stands before it
        return
    cues = _within(at.cues, at.cues, lo, f.pos)
    if cues and ("—" in text or "–" in text):  # nor a cue in an aside set off by dashes before it ("AI for network
        # operations — software that predicts faults … — brought in $3.4 billion")
        asides = [m.span() for m in _DASH_ASIDE.finditer(text, lo, f.pos)
                  if not re.search(r"\d\s*$", text[max(0, m.start() - 4):m.start()])]  # not a dateline's dash
        cues = [c for c in cues if not _inside(c, asides)]
    if cues and _PAST_AFTER_BREAK.search(text, cues[-1], f.pos):  # "is set to increase: in 2020, spending was £16.7bn"
        cues = []
    if (cues and not _BASE_BEFORE.search(w.before[-60:]) and not _FROM_BASE.search(w.before[-60:])
            and not _MULTIPLE_OF_AMOUNT.match(text, f.end)) \
            or f.estimate_cue or (id(f) in at.following and _within(at.cues, at.cues, f.end, at.following[id(f)])):
        f.status = "estimate"


#: the words from a move's base to the amount it moves to: "的约86亿元增长到", " in 2024 to more than "
_MOVED_TO = re.compile(r"(?:\s*in\s+(?:19|20)\d{2})?\s*[,，]?\s*(?:(?:增长|增長|提高|提升|扩大|擴大|上升|增加)(?:到|至)|to)\s*"
                       r"(?:约|約|超过|超過|more\s+than|over|about|around|nearly|almost)?\s*"
                       + _SIGN_OR_CODE)
#: the word before a move's base: "由2024年的", "from"
_FROM_BEFORE = re.compile(r"(?:由|从|從)\s*(?:(?:19|20)\d{2}\s*年\s*(?:的|底的)?)?\s*(?:约|約)?\s*$"
                          r"|\bfrom\s+(?:about\s+|around\s+)?"
                          + _SIGN_OR_CODE + r"$", re.IGNORECASE)
#: an aside set off by a pair of dashes: " — software that predicts faults — "
_DASH_ASIDE = re.compile(r"\s[—–]\s[^—–.;。]{1,200}?\s[—–]\s")


#: a sentence that opens with a firm's name and its verb of sizing: "MarketsandMarkets puts the market at"
_SOURCE_HEAD = re.compile(r"\s*(?!(?:Where|What|How|When|Why|Who)\b)"  # "Where X expects that spend": no firm's
                          r"(?P<name>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})(?:\s*\((?:19|20)\d{2}[a-z]?\))?\s+"
                          # a paper's citation of it: "Vantor Research (2023) reports a higher 2022 figure of"
                          r"(?:puts|put|estimates|estimated|values|valued|sizes|sized|pegs|pegged|forecasts|projects|expects|"
                          r"sees|predicts|reports|reported|gives|gave)\s+(?P<object>the|its|this|that|it|a|an)\b")
#: a firm's forecast of the market a line before named, after its name and verb: "it to reach", "the market to grow"
_FORECASTS_IT = re.compile(r"(?:it|(?:the|this|that)\s+market)\s+(?:to|will|would)\b")
#: a year a record is counted from: "2022年以来", "since 2013", "since the first half of 2013"
_SINCE_AFTER = re.compile(r"\s*年?\s*(?:以来|以來)")
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:first|second|third|fourth)\s+(?:half|quarter)\s+of\s+)?$",
                           re.IGNORECASE)
#: an amount in words before a rate in its sentence: "1251亿美元", "$5 billion"
_AMOUNT_BEFORE = re.compile(r"\d\s*(?:万亿|萬億|亿|億|万|萬|兆|billion|million|trillion|bn\b|mn\b)", re.IGNORECASE)


def _with_years_said(years: list, said: list) -> list:
    """The ``years`` stated in digits before a figure with those of the amounts dated in words before it (``said``:
    "grew 18pc to £742m last year"), in order, less a year said after a later one, which looks back from
    the subject's year ("今年…將達98億美元，年增26.4%；去年規模為77.5億美元。其中…" is of this year)."""
    out = []
    for y in sorted(years + said):
        if y in said and any(x[2] > y[2] for x in out):
            continue
        out.append(y)
    return out


#: the words of a founding before its year: "a Swedish firm founded in 1994", "成立于2010年"
_FOUNDED_IN = re.compile(r"\b(?:founded|established|incorporated|set\s+up|started|born)\s+(?:in\s+)?$"
                         r"|(?:成立于|成立於|创立于|創立於|创办于|創辦於|始创于|始創於|创建于|創建於)\s*$", re.IGNORECASE)


def _dates_no_figure(text: str, y: tuple) -> bool:
    """Whether year ``y`` (a span of :data:`YEAR` in ``text``) is one a record is counted from ("为2022年以来最高", "the
    first time since 2013"), which dates no figure (but "since 2020, when it stood at $8.6 billion" dates the amount),
    or a founding's ("a Swedish firm founded in 1994")."""
    return bool(_SINCE_AFTER.match(text, y[1]) or _SINCE_BEFORE.search(text, max(0, y[0] - 24), y[0])
                and not re.match(r"\s*,?\s*when\b", text[y[1]:y[1] + 16])  # "since 2020, when it stood at"
                or _FOUNDED_IN.search(text, max(0, y[0] - 24), y[0]))


#: a fiscal year's number, then the month it ends in before a calendar year: "fiscal 2024, the year ended March
#: 2025", "FY24 (year ending 31 March 2025)": that year dates no figure, the fiscal year's number does ("in the year
#: to 31 December 2024" does)
_YEAR_ENDED = re.compile(r"(?:\bfiscal\s+(?:year\s+)?|\bFY\s?)'?(?:19|20)?\d{2}\s*[,(]?\s*(?:the\s+)?(?:fiscal\s+)?"
                         r"year\s+(?:ended|ending|to)\s+(?:on\s+)?(?:\d{1,2}\s+)?" + vocabulary.MONTH
                         + r"\.?\s+(?:\d{1,2},?\s+)?$", re.IGNORECASE)
#: the title of a report or an event: "《2025年中国人工智能计算力发展评估报告》", "「2023年台灣製造業…展望」" (a quote in
#: 「」 states figures or a clause: "「2024年…已经达到1,086亿元，比上年…」" is no title)
_TITLE = re.compile(r"《[^《》]{2,60}》|「(?:(?:19|20)\d{2}\s*年?)?[^「」\d,，。;；:：]{6,60}」")
@lru_cache(maxsize=4)
def _title_spans(text: str) -> tuple:
    """Where the titles of reports or events (:data:`_TITLE`) stand in a line, read once a line: the forecast cues of
    every figure and the line's years look them up."""
    return tuple(m.span() for m in _TITLE.finditer(text)) if "《" in text or "「" in text else ()


#: a reference to a paper, whose year dates no figure: "(Kaur, 2025, p. 17)", "(Smith et al., 2024; Lee, 2023)",
#: "Lindqvist and Osei (2022)", "Tan et al. (2023)" (not "Revenue (2024)": one capitalised word is no author)
_AUTHOR = r"(?-i:[A-Z][\w'’-]+)(?:\s+(?:and|&)\s+(?-i:[A-Z][\w'’-]+)|\s+et\s+al\.)?"
_CITATION = re.compile(r"\((?:" + _AUTHOR + r",?\s+(?:19|20)\d{2}[a-z]?(?:,\s*pp?\.\s*\d+(?:[-–]\d+)?)?(?:;\s*)?)+\)"
                       r"|(?-i:[A-Z][\w'’-]+)(?:\s+(?:and|&)\s+(?-i:[A-Z][\w'’-]+)|\s+et\s+al\.)\s+\((?:19|20)\d{2}[a-z]?\)",
                       re.IGNORECASE)
#: a report named in capitalised words with its edition's year: "Energy Transition Investment Trends 2025 report",
#: "the Technology Vision 2024 survey", "Global Energy Review 2025" (the year is the edition's, no figure's), or a plan
#: named with its horizon: "the Mountain Tourism 2030 roadmap" (a figure's year is said of it, "by 2030")
_EDITION_WORD = (r"(?:Report|Survey|Study|Outlook|Review|Index|Guide|Yearbook|Monitor|Tracker|Barometer|Roadmap|Strategy|"
                 r"Plan|Agenda|Blueprint|Programme|Program|Initiative|Framework)")
_NAMED_EDITION = re.compile(r"(?<![\w'’&-])(?-i:(?:[A-Z][\w'’&-]*\s+){2,8})(?:(?:19|20)\d{2}\s+(?=" + _EDITION_WORD
                            + r"\b)|(?-i:(?<=[a-z] )" + _EDITION_WORD + r")\s+(?:19|20)\d{2}"
                            r"(?:\s*[-–—]\s*(?:19|20)\d{2})?(?![\d%]|[.,]\d))",  # "Strategy 2025-2030"
                            re.IGNORECASE)
#: a year named relative to the text's own: "this year", "last year", "next year", 今年, 去年, 明年
_RELATIVE_YEAR = r"(?:(?:this|last|next)\s+year\b|今年|去年|明年|前年)"
#: a year named relative to the text's right after an amount: "$602 billion this year", "1.2万亿元（今年）"
_RELATIVE_RIGHT_AFTER = re.compile(r"\s*[(（]?\s*" + _RELATIVE_YEAR, re.IGNORECASE)
#: the present or the coming year right after an amount: never a year its sentence names of another ("$9.7 billion in 2023
#: and … $11.5 billion this year")
_NOW_RIGHT_AFTER = re.compile(r"\s*,?\s*(?:in\s+|for\s+)?(?:(?:this|next)\s+year\b|今年|明年)", re.IGNORECASE)
#: a sentence that opens on a year named relative to the text's date: "This year they are expected to", "今年，"
_RELATIVE_OPENS = re.compile(r"\s*(?:(?:in|for|during|by)\s+)?" + _RELATIVE_YEAR, re.IGNORECASE)
#: a clause after a colon or semicolon that states the past of its own: a cue before the break governs none of it
_PAST_AFTER_BREAK = re.compile(r"[:：;；][^:：;；]*?\b(?:was|were|stood\s+at|totall?ed|amounted\s+to)\b[^:：;；]*$",
                               re.IGNORECASE)
#: a year named relative to the text's right after a rate, as its own: "grew 40% last year", "a 46% rise this year",
#: "增长12%（今年）"
_RELATIVE_OWN_YEAR = re.compile(r"\s*(?:(?:rise|increase|gain|jump|growth|decline|drop|fall)\s+)?(?:in\s+|during\s+)?"
                                r"(?:last|this|next)\s+year\b|\s*[(（]?(?:去年|今年|明年)", re.IGNORECASE)


#: a year marked as history right after an amount: "in 2024A", "(FY2024A)"
_ACTUAL_YEAR_AFTER = re.compile(r"\s*(?:in|for|of)?\s*\(?\s*(?:FY\s?)?(?:19|20)\d{2}\s?A\b")


#: the noun an amount qualifies, right after it: "the $56.6 billion market", "a $3 billion AI chip industry"
_ATTRIBUTIVE = re.compile(r"\s*(?P<phrase>(?:[A-Za-z][\w-]*\s+){0,4}?(?:market|industry|sector|segment))\b")


#: a place right before a market's amount: "generated in the United States (US$8.41bn in 2025)", "the United States
#: will be the largest country market, with $7.3 billion"
_PLACE_NAME = r"(?P<place>[A-Z][a-z]+(?:[- ][A-Z][a-z]+){0,2})"
_PLACE_BEFORE = re.compile(r"\bin\s+(?:the\s+)?" + _PLACE_NAME + r"\s*\(\s*" + _CURRENCY_BEFORE + r"$"
                           r"|\b(?:the\s+)?" + _PLACE_NAME.replace("place", "place2") + r"\s+(?:will\s+be|was|is|remains|"
                           r"remained)\s+the\s+(?:largest|biggest|leading|fastest[- ]growing)\s+(?:\w+\s+){0,2}?"
                           r"(?:market|region)\s*(?:,?\s*(?:(?:with|at)\s+|\(\s*)|[:;,]\s*its\s+(?:\w+\s+){1,2}?(?:of|was|"
                           r"reached|stood\s+at|totall?ed)\s+)" + _CURRENCY_BEFORE + r"$"  # "…region: its revenue of"
                           # a part that opens its sentence, the largest of its kind: "Private cloud orchestration
                           # was the largest segment, contributing RMB5.38 billion", "Industrial vision is the biggest
                           # slice: $1.1B"
                           # an industry that will be the largest buyer: "while banking will remain the largest single
                           # industry, with spending of $71.3 billion in 2028"
                           r"|\b(?:while|and|with)\s+(?P<place5>[a-z][\w&/-]*(?:\s+[a-z][\w&/-]*){0,2}?)\s+(?:will\s+(?:be|remain)|"
                           r"was|is|remains|remained)\s+the\s+(?:largest|biggest)\s+(?:single\s+)?(?:industry|vertical|sector)"
                           r"\s*,?\s*with\s+(?:(?:spending|revenue|sales)\s+of\s+)?" + _CURRENCY_BEFORE + r"$"
                           r"|(?:^|(?<=[^\w\s,]\s))(?:[Tt]he\s+)?(?P<place3>[A-Z][\w&/-]*(?:\s+[\w&/-]+){0,5}?)"
                           r"\s+(?:will\s+be|was|were|is|are|remains?|remained)\s+the\s+(?:(?:second|third)[- ])?"
                           r"(?:largest|biggest|larger|bigger|leading|fastest[- ]growing)\s+(?:segment|slice|component|"
                           r"category|application|vertical|sub-segment|use(?:[- ]case)?|product|technology|service|"
                           r"area|domain|type|chunk|piece|part|portion)"
                           r"\s*(?:,?\s*(?:with|at|contributing|generating|"
                           r"worth)\s+(?:an?\s+(?:projected|forecast|expected|estimated)\s+|(?:spending|revenue|sales)\s+"
                           r"[^,;:()]{0,40}?\bto\s+)?|\(\s*|:\s*)(?:" + _ABOUT_WORD + r"\s+)?" + _CURRENCY_BEFORE + r"$"
                           # or the part of the whole it will make: "Software will account for more than half of the
                           # total, with $312 billion in 2028"
                           r"|(?:^|(?<=[^\w\s,]\s))(?P<place4>[A-Z][\w&/-]*(?:\s+[\w&/-]+){0,3}?)\s+(?:will\s+)?"
                           r"(?:account(?:s|ed)?\s+for|make(?:s)?\s+up|made\s+up)\s+[^,;:\d%]{0,40}?\s+of\s+"
                           r"(?:the|its|this|that)\s+(?:total|whole|market|spending)\s*,\s*(?:with|at)\s+"
                           + _CURRENCY_BEFORE + r"$")


#: the words between a label of a firm's own figure and the figure: "FY25 ARR guidance: $"
_AFTER_OWN_LABEL = re.compile(r"(?:\s+(?:guidance|target|outlook|plan))?\s*[:：]\s*" + _SIGN_OR_CODE + r"\s*",
                              re.IGNORECASE)
#: a rise from the subject of a sentence to its amount: " grew 31% to ", " rose by 12 per cent to "
_OWN_RISE_TO = re.compile(r"\s+(?:" + _MOVE.pattern + r")\s+(?:by\s+)?"
                          r"(?:about\s+|roughly\s+|some\s+)?\d[\d.]*\s*(?:%|per\s*cent|percent)\s+to\s+", re.IGNORECASE)
#: a copula from the subject of a sentence to its amount: " was $", " came to about EUR "
_OWN_IS = re.compile(r"\s+(?:was|were|came\s+to|came\s+in\s+at|reached|totall?ed|stood\s+at|amounted\s+to)\s+"
                     r"(?:(?:about|around|roughly|some|nearly|almost|over|just\s+over)\s+)?"
                     + _SIGN_OR_CODE + r"\s*", re.IGNORECASE)
#: a year a sentence opens with, before its subject: "In fiscal 2025 ", "For FY2024 ", "In 2024 "
_YEAR_OPENS = re.compile(r"\s*(?:in|for|during)\s+(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s?)?(?:19|20)\d{2}\s+",
                         re.IGNORECASE)
#: the places reports name, as words: no firm's name
_PLACES = "|".join(re.escape(r) for r in vocabulary.REGIONS if r.isascii())
#: the start of a clause about the reporting company's own figures: "Our total revenues were", "our revenue rose to",
#: a fiscal year's revenue on a slide ("FY2024E revenue ~$190M": a market is sized, a company's year reported)
_OWN_FIGURES = re.compile(r"\s*(?:(?:and|but|while|whereas)\s+)?(?:our|the\s+company's|the\s+group's)\s+(?:own\s+)?"
                          r"(?:(?:total|net|annual|consolidated|operating)\s+)?"
                          # a word of what the takings are of: "our software revenue"
                          r"(?:(?!(?:estimates?|forecasts?|view|count|of|for|market)\b)[a-z][\w-]*\s+)?"
                          r"(?:revenues?|sales|turnover|net\s+income|income|profits?|bookings)\b"
                          r"|\s*(?:[-•*▪·]\s*)?FY\s?(?:19|20)?\d{2}[EAFP]?\s+(?:revenues?|sales|turnover|ARR|bookings|EBITDA)\b"
                          # a firm's takings by its name's possessive: "Lockwarden's revenue grew 41% to £58.2 million"
                          # (not a place's, nor the market's: "Europe's sales", "The industry's revenue")
                          r"|\s*(?!(?:the|this|that|its|their|our|industry|market|sector|global|world|" + _PLACES
                          + r")['’\s])(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,2}['’]s\s+"
                          r"(?:(?:total|net|annual|group|full[- ]year)\s+)?(?:revenues?|sales|turnover|net\s+income|"
                          r"profits?|bookings)\b"
                          # a firm's capital spending: "BHP's FY26 capex guidance of"
                          r"|\s*(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3}['’]s\s+"
                          r"(?:FY\s?(?:19|20)?\d{2}[EAFP]?\s+|(?:fiscal\s+)?(?:19|20)\d{2}\s+)?"
                          r"(?:capex|capital\s+(?:expenditures?|spending))\b"
                          # "我們於2023年的收益為", "本集团2024年度营业收入"
                          r"|\s*(?:我们|我們|本公司|本集团|本集團)\s*(?:于|於)?\s*(?:(?:19|20)\d{2}\s*年度?)?\s*的?\s*[总總]?"
                          r"(?:收益|收入|营收|營收|营业收入|營業收入|销售额|銷售額|净利润|淨利潤|利润|利潤)",
                          re.IGNORECASE)


#: a semicolon right before a clause, which goes on from the one before it
_SEMICOLON_BEFORE = re.compile(r"[；;]\s*$")
#: a sentence that opens on a part of what the one before sized: "其中，", "Of this, ", "Of which"
_OF_WHICH_OPENS = re.compile(r"\s*(?:其中|當中|当中|of\s+(?:this|that|which|these|the\s+total)\b)", re.IGNORECASE)


#: a sentence set in brackets, an aside: "(At today's exchange rate that is roughly Tk 7.1 billion.)"
_IN_BRACKETS = re.compile(r"\s*[(（][^()（）]{20,}[.。!?]?\s*[)）]")
#: a sentence that opens on a figure of another thing, set beside the market for scale: "For context,", "By comparison,",
#: "作为对照，", "相比之下，"
_CONTEXT_OPENS = re.compile(r"\s*(?:(?:for\s+(?:context|scale|comparison|perspective|reference)|by\s+comparison|"
                            r"in\s+comparison|by\s+way\s+of\s+comparison|as\s+a\s+(?:yardstick|benchmark)|作为对照|作為對照|作为对比|作為對比|"
                            r"作为参照|作為參照|相比之下|对比来看|對比來看)\s*[,，]"
                            # or a bidding to set it beside another thing: "Put that next to roughly $108 billion of
                            # toy sales", "Compare that with …", "Stack it up against …"
                            r"|(?:put|set|compare|stack|weigh|measure)\s+(?:that|this|it|these|those)\s+(?:up\s+)?"
                            r"(?:next\s+to|against|with|beside|alongside)\s)", re.IGNORECASE)


#: what a sentence names as someone's own before its verb: "its own subscriber base was", "their own sales grew", "our
#: returns on complexion products dropped" (the writer's; not "by our count the market grew")
_THEIR_OWN = re.compile(r"\b(?:(?:its|their|our)\s+own|our(?!\s+(?:count|estimates?|forecasts?|view|numbers|models?|data|"
                        r"analysis|calculations?|reckoning|tally|research|survey|base\s+case)\b))\s+"
                        r"(?P<what>[^,.;:()]{1,40}?)(?=\s+(?:was|were|is|are|has|have|had|grew|rose|"
                        r"fell|increased|declined|jumped|climbed|dropped|expanded|surged|shrank)\b)", re.IGNORECASE)

#: a firm's own takings right before their amount: "lifted its revenue to EUR ", "their sales of $", "its own
#: revenue rose 8% to ", "booked revenue of £"
_THEIR_REVENUE = re.compile(r"\b(?:(?:its|their)\s+(?:own\s+)?|(?:booked|reported|posted)\s+"
                            # a firm's year's revenue it grew: "Kerbline Group plc … grew FY2024 revenue 14% to £88.5m"
                            r"|(?:grew|lifted|raised|increased|boosted|cut)\s+"
                            r"(?:(?:FY\s?|fiscal\s+)?(?:19|20)\d{2}\s+)?)"
                            r"(?P<what>(?:(?:total|annual|net|group|full[- ]year)\s+)?"
                            r"(?:revenues?|sales|turnover|income|profits?|bookings|earnings))\b[^.;:!?\d%]{0,12}"
                            r"(?:\d[\d.]*\s*(?:%|per\s*cent)[^.;:!?\d]{0,8})?$", re.IGNORECASE)

#: a company's own takings in Chinese, right before their amount: "航空公司去年收益為", "該集團2024年營收約"
_THEIR_REVENUE_ZH = re.compile(r"(?:公司|集团|集團)(?:去年|今年|(?:19|20)\d{2}\s*年度?)?(?:全年|的)?\s*[总總]?"
                               r"(?P<what>收益|营收|營收|营业收入|營業收入|收入|净利润|淨利潤|利润|利潤)\s*"
                               r"(?:为|為|达|達|约|約|达到|達到)?\s*(?:" + words(vocabulary.LABEL_CURRENCIES) + r")?\s*$")
def _firms_own(text: str, ss: int, pos: int) -> re.Match | None:
    """The words before an amount at ``pos`` (in a sentence from ``ss``) that make it one firm's own takings: "本地航空
    公司去年收益為", or "lifted its revenue to" after a word naming a firm ("listed vendor Taxora SE")."""
    if zh := _THEIR_REVENUE_ZH.search(text, max(ss, pos - 30), pos):
        return zh
    en = _THEIR_REVENUE.search(text, max(ss, pos - 60), pos)
    return en if en and _A_FIRM.search(text, ss, en.start()) else None


#: a word naming a firm, which "its" may point back to: "listed vendor Taxora SE", "the company", "rival Acme Inc."
_A_FIRM = re.compile(r"\b(?:vendors?|compan(?:y|ies)|firms?|makers?|providers?|suppliers?|players?|start-?ups?|rivals?|"
                     r"listed\s+groups?|competitors?|incumbents?|"
                     r"(?-i:Inc|Ltd|SE|AG|plc|PLC|Corp|GmbH|SA|NV|LLC|KK|Co))\b",
                     re.IGNORECASE)


def _names_no_one(subj: str) -> bool:
    """Whether the words before a figure name nothing: function words, or one lower-case word, a verb ("led the"),
    not a name ("Generative AI could be a")."""
    content = content_words(subj)
    return not content or len(content) == 1 and content[0].islower()


#: a phrase (from where it is found) that names the whole a share is taken in: "在PC整体出货量中的渗透率"
_WITHIN_WHOLE = re.compile(r"[^\s，,。；;、]{0,12}?(?:之)?中的?\s*(?:渗透率|滲透率|占比|佔比|比重|份额|份額|市占率)")
#: a phrase after a figure that opens a participle's clause of how or when, no name of what it measures: "(revised its
#: fiscal 2023 figure to ¥19.1 billion, …,) after adding cloud GPU spending"
_CLAUSE_OF_WHY = re.compile(r"(?:after|before|while|since|when|by|without|despite)\s+[a-z]+ing\b", re.IGNORECASE)
#: a clause of reason or time after a figure, whose subject is no name of what the figure measures: "…, as drama
#: exports to global platforms increasingly need dubbing", "…, because retailers"
_REASON_OPENS = re.compile(r"\s*(?:as|because|since|though|although|whereas|when|once|until|if|unless)\s",
                           re.IGNORECASE)


#: a sentence that opens with a firm named with its ticker or its Latin name in brackets, after a connective:
#: "台積電（2330）受…", "此外，世界先進（5347）受…", "封测大厂力成(PTI)第三季营收…"
_ENTITY_OPENS = re.compile(r"\s*(?:[\u4e00-\u9fff]{1,8}[，,]\s*)?(?P<name>[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z]{1,15}?)\s*"
                           r"[（(](?P<id>\d{4,6}(?:\.[A-Z]{1,2})?|[A-Z][A-Za-z0-9 .&'-]{1,30})[）)]"
                           r"(?!\s*(?:[、,，和与與及]|以及)\s*[\u4e00-\u9fff]{1,15}\s*[（(])")  # not the first of a list of firms


#: a measure that names no one, its part of a year before it perhaps: "營收", "第2季營收", "单季营业收入"
_BARE_MEASURE = re.compile(r"\s*(?:第?[1-4一二三四]季度?|单季|單季|季|[上下]半年|全年|当期|當期)?\s*(?:" + _MEASURE.pattern + r")\s*")


#: a place and its market, no more: "全球市场", "中国市场", "國內市場", "全市相关市场" (not "中国AI芯片市场")
_WHERE_ALONE = re.compile(r"(?P<where>[\u4e00-\u9fff]{2,4}?)(?:的|之)?(?:整体|整體|相关|相關)?(?:市场|市場)(?:空间|空間)?")


#: a mark that ends a clause
_CLAUSE_MARK = re.compile(r"[,，;；:：]")
#: brackets that open with a rise or fall from one amount to another, up to the amount after "from" or "to"
_FROM_TO_IN_BRACKETS = re.compile(r"\s*(?:up\s+|down\s+|rising\s+|falling\s+)?from(?:\s[^()]*?\s(?:to|-|–))?"
                                  + _CURRENCY_BEFORE, re.IGNORECASE)


def _inside(pos: int, spans) -> bool:
    """Whether ``pos`` falls within one of ``spans`` ((start, end) pairs, the end not included)."""
    return any(a <= pos < b for a, b in spans)


def _of_its_period(phrase: str, f: Figure) -> str:
    """A phrase as it names the subject of ``f``: for a figure of a whole year, less the words of a part of a year
    ("今年首季市場收入" reads as 今年市場收入); a figure of a part of a year keeps them."""
    return phrase if f.part is not None else _PART_OF_A_YEAR.sub("", phrase).strip()


#: a verb of spending before an amount, and what it was spent on after it: "spent EUR 2.1 billion on artificial
#: intelligence in 2024", "will invest $3 billion in AI chips by 2027"
_SPENT = re.compile(r"\b(?:spent|spend|spends|spending|invested|invest|invests|investing)\b"
                    r"(?:\s+(?:an?\s+estimated|about|"
                    r"around|roughly|some|nearly|almost|over|more\s+than))?\s*\S*$", re.IGNORECASE)
_AI = r"\b(?:artificial\s+intelligence|AI|A\.I\.)(?![\w.])"
_ON_AI = re.compile(_AI + r"|人工智能|人工智慧", re.IGNORECASE)
_SPENT_ON = re.compile(r"\s*(?:a\s+year\s+|annually\s+)?(?:on|in)\s+(?P<phrase>" + _AI + r"[^,.;:()\d]{0,60}?)"
                       r"(?=\s+(?:in|for|during|last|this|next|by|over|across|from|at|and|between)\b|\s*[,.;:(]|\s*$)")


#: what a product lifts, right before the rate: "可讓客單價提升約", "使转化率提高", "conversion uplifts of", "basket-size
#: lifts of up to"
_EFFECT_ON = re.compile(r"(?:让|讓|使|令|帮助|幫助)(?P<what>[\u4e00-\u9fffA-Za-z]{1,10}?)(?:提升|提高|增加|上升|降低|减少|減少|下降)"
                        r"了?\s*(?:约|約|近|逾|超过|超過|达|達)?\s*$"
                        r"|(?P<what_en>(?<![\w-])[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)\s+(?:uplifts?|lifts?)"
                        r"\s+(?:of|in)\s+(?:(?:about|around|roughly|up\s+to|some)\s+)?$")


def _subject_of(f: Figure, w: _Where, text, at, last_subject: str, inherited: str = "") -> str:
    """The noun phrase of its sentence that names a subject ("the AI in retail market", "中国AI芯片市场规模"),
    before it or, when nothing before it names one, after it; else the subject before it on the line, else the
    one ``inherited`` from the lines before (a continuation: "It", "The market", "该市场", a bullet under its
    heading). Returns the subject later figures of the line inherit."""
    if f.kind in ("percent", "multiple") and (effect := _EFFECT_ON.search(text, max(w.cs, f.pos - 60), f.pos)):
        # "AI導購可讓客單價提升約18%", "conversion uplifts of 1.8x": what a product lifts, no rate of the market
        f.subject, f.named = title_of(effect["what"] or effect["what_en"]), True
        f.notes.append(f"{f.subject!r}: what its sentence says the product lifts, not the market")
        return last_subject
    place = _PLACE_BEFORE.search(text, max(w.ss, f.pos - 160), f.pos) if f.kind == "amount" else None
    largest = bool(place and (place["place3"] or place["place4"] or place["place5"]))  # "the biggest slice" is a
    # slice of a whole
    place = place and (place["place"] or place["place2"] or place["place3"] or place["place4"] or place["place5"])
    if place and (last_subject or inherited or largest) \
            and not re.fullmatch(vocabulary.MONTH + "|The|This|That|It", place):
        # "generated in the United States (US$8.41bn in 2025)"
        f.item, f.subject = item_name(place), last_subject or inherited
        f.notes.append(f"the amount of {f.item!r}, the place or part named right before it, a part of {f.subject!r}")
        at.place_item = (w.ss, place)
        return last_subject
    if (f.kind == "amount" and at.place_item is not None and at.place_item[0] == w.ss and w.previous is not None
            and not [p for _, p in _within(at.phrase_starts, at.phrases, w.previous.end, f.pos) if is_specific(p)]):
        # "its revenue of USD 5.9 billion in 2024, or 22.5% of the global total, is forecast to reach USD 24.3
        # billion by 2030": the place's amount goes on, naming nothing else between
        f.item, f.subject = at.place_item[1], last_subject or inherited
        f.notes.append(f"the amount of {f.item!r}, as the amount before it in its sentence")
        return last_subject
    subj = _subject(w.before)
    opened = _bracket_open(text, f.pos) if f.kind in ("amount", "count") else -1
    bracketed = None
    if opened > w.ss and _FROM_TO_IN_BRACKETS.match(text, opened + 1, f.pos):
        # "machinery and equipment (from 556 billion euros in 2022 to 600 billion euros in 2023)": the amounts in the
        # brackets are those of what stands right before them
        cut = [m.end() for m in _CLAUSE_MARK.finditer(text, w.ss, opened)]
        bracketed = _subject(text[cut[-1] if cut else w.ss:opened]) or None
    # after a bar, as slides set items apart: "Today: 4,600 customers | FY25 revenue $780M"
    own_figures = _OWN_FIGURES.match(re.split(r"[|｜]", w.before)[-1]) if f.kind in ("amount", "count") else None
    if f.kind in ("amount", "count") and not own_figures:  # a line's label: "- FY25 ARR guidance: $310M", or the
        comma = text.rfind(",", w.ss, f.pos)  # sentence's subject before a rise: "Our revenue grew 31% to $388M", or
        # the subject after its last comma: "…, and our own revenue eased 2% to EUR 18.4 billion"
        opens = _YEAR_OPENS.match(text, w.ss, f.pos)  # "In fiscal 2025 Tintwise's revenue grew 35% to"
        label = _OWN_FIGURES.match(text, opens.end() if opens else w.ss, f.pos) or (
            _OWN_FIGURES.match(text, comma + 1, f.pos) if comma >= 0 else None)
        own_figures = label if label and (_AFTER_OWN_LABEL.fullmatch(text, label.end(), f.pos)
                                          or _OWN_RISE_TO.fullmatch(text, label.end(), f.pos)
                                          or _OWN_IS.fullmatch(text, label.end(), f.pos)) else None
    if own_figures:  # "Our total revenues were RMB612.4 million": the issuer's own figures, a series of their own
        f.subject = re.sub(r"^(?:(?:and|but|while|whereas)\s+)?(?:(?:our|the\s+company's|the\s+group's)\s+(?=own\s))?",
                           "", own_figures.group(0).strip(" -•*▪·"), flags=re.IGNORECASE)  # "our own revenue" as
        # its rate names it: "own revenue"
        f.named = True
        f.notes.append(f"{f.subject!r}: the reporting company's own figure, not the market's")
        at.own = (w.ss, f.subject)  # the subject of the rest of its sentence, and of no sentence after it
        at.owned.add(title_of(f.subject))
        return last_subject
    if f.kind == "amount" and (theirs := _firms_own(text, w.ss, f.pos)):
        # "listed vendor Taxora SE lifted its revenue to EUR 212 million last year", "本地航空公司去年收益為1,044億港元":
        # a firm's own, not the market's
        f.subject, f.named = title_of(f"own {theirs['what']}"), True
        f.notes.append(f"{theirs.group(0).strip()!r}: what its sentence names as a firm's own, not the market's")
        return last_subject
    relative = [m.span() for m in _RELATIVE.finditer(text, w.ss, f.pos)]  # ", which … ,": no subject of the sentence
    # (for a figure of a whole year, less the words of a part of a year: "今年首季市場收入已錄得1.9億港元，…預計全年規模將增至",
    # "前三季全球AI伺服器產值達…；2024年全年產值為")
    phrases = [_of_its_period(p, f)
               for s, p in _within(at.phrase_starts, at.phrases, max(w.ss, f.pos - 300), f.pos)
               if not _inside(s, relative)]
    own = bracketed or next((p for p in reversed(phrases) if is_specific(p)), None)  # "中国智能语音市场：2022年规模为"
    gloss = _APPOSITION.fullmatch(text, w.ss, f.pos) if own is not None and f.kind in ("amount", "count") else None
    if gloss and own in gloss.group("gloss") and is_specific(gloss.group("name")):
        if (last_subject or inherited) and _PART_GLOSS.search(gloss.group("gloss")):
            # "Virtual try-on, the largest segment, generated €1.05 billion": a part of the market before it
            f.item, f.subject = item_name(gloss.group("name").strip()), last_subject or inherited
            f.notes.append(f"the amount of {f.item!r}, which its gloss names a part, of {f.subject!r}")
            return last_subject
        own = gloss.group("name")  # "Autonomous mobile robots, a separate market we size, stood at": not the gloss
    if own is not None and last_subject and (where := _WHERE_ALONE.fullmatch(title_of(own))) \
            and title_of(last_subject).startswith(where["where"]):
        # "全球人形机器人本体市场空间…，而2024年全球市场规模仅约14.8亿美元": a place's market after that place's own named
        # market is the same market
        f.notes.append(f"{own!r}: the market of the place {last_subject!r} is named with")
        own = last_subject
    # (not a firm that sizes it: "The London-based firm, which surveyed …, forecasts that the category will")
    opening = text[w.ss:relative[0][0]].strip() if relative and own is None and not phrases \
        and not _REPORTS_THAT.search(text, relative[0][0] + 1, f.pos) else ""
    if opening and len(opening.split()) <= 6 and is_specific(opening) and not re.search(r"\d", opening) \
            and not re.match(r"(?:in|for|at|on|during|by|from|with|as|after|before|since)\b", opening, re.IGNORECASE):
        own = opening  # "Streaming music, which … accounted for 84% of recorded music's revenues, shows …"
        f.notes.append(f"{own!r}: the name its sentence opens with, before a clause about it")
        if last_subject and f.kind in ("amount", "count") and _SHARE.search(text, relative[-1][1], f.pos):
            # "AI-based advanced process control, which …, accounted for €241 million": a part of the market before,
            # whose name the sentences after it do not carry on
            f.subject, f.named = title_of(own), True
            return last_subject
    if own is None and not phrases and f.kind in ("amount", "count"):
        # after it in its sentence, but not a whole that a later rate is "in" ("预计2025年将达到2,310亿元，…，AI PC在PC整体
        # 出货量中的渗透率…": the shipments are no subject of the amount)
        reach = w.ce if _CJK_CHAR.match(text, f.end - 1) else w.se  # a Chinese clause's, not the next's ("力争突破
        # 90亿元，…，培育年营业收入超10亿元的龙头企业": firms' takings)
        # (nor one of a clause set against it: "Sorting took €30 million, while the whole market grew 14%")
        after = [p for s, p in _within(at.phrase_starts, at.phrases, f.end, min(reach, f.end + 300))
                 if not _WITHIN_WHOLE.match(text, s) and not _CLAUSE_OF_WHY.match(p)
                 and not _REASON_OPENS.match(re.split(r"[,;，；]", text[f.end:s])[-1])
                 and not SET_AGAINST_CLAUSE.search(text, f.end, s)]
        own = after[0] if after and is_specific(after[0]) else None
    head = None
    if own is None and f.kind in ("amount", "count", "percent") and not last_subject and inherited \
            and not any(is_specific(p) for p in phrases) and (head := head_phrase(text, w.ss, f.pos)):
        # a line's first sentence that opens with a name and its verb ("AI services will increase to US$589 billion",
        # "The amount spent online increased by 13.4%") measures that name, not the subject of the lines above
        own = head
        f.notes.append(f"{head!r}: the name its sentence opens with, before its verb")
    bare = own is None or _BARE_MEASURE.fullmatch(own)  # "第2季營收": a measure of no one named
    entity = _ENTITY_OPENS.match(text, w.ss, f.pos) if bare and f.kind in ("amount", "count") else None
    measure = list(_MEASURE.finditer(text, entity.end(), f.pos)) if entity else []
    if measure:  # "聯電（2303）在出貨與ASP雙升帶動下，第2季營收19億美元": the firm its sentence opens with, and its measure
        own = entity["name"] + measure[-1].group(0)
        f.notes.append(f"{own!r}: the measure of {entity['name']!r}, named with its {entity['id']!r} as its sentence opens")
    source = _SOURCE_HEAD.match(text, w.ss) if own is None and f.kind in ("amount", "count") else None
    if (source and source["name"] != last_subject and last_subject in at.sources | {""}
            and not any(is_specific(p) for p in phrases)):
        # "Fortune puts it at $376 billion … MarketsandMarkets puts the market at $602 billion": a firm's figure after
        # another firm's (but "Europe's robotics market … Ardenne expects it to grow" is the market's)
        firm = title_of(source["name"])
        named = [p for _, p in _within(at.phrase_starts, at.phrases, 0, w.ss) if is_specific(p)
                 and _MARKET_WORD.search(p)] if not last_subject else []
        if not named and not last_subject and inherited and _MARKET_WORD.search(inherited) \
                and _FORECASTS_IT.match(text, source.start("object")):
            named = [inherited]  # "… the market at ¥284 billion in fiscal 2023." over "Sorano expects it to reach…"
        if named:  # "The LLM observability market is tiny. Fulmarsh Analytics puts it at $1.42bn": the first firm's
            at.firm_market[firm] = named[-1]  # figures are the market's its line named before; a later firm's its own
        if firm in at.firm_market:
            own = at.firm_market[firm]
            f.notes.append(f"{own!r}: the market its line names before the firm {source['name']!r} sizes it")
        else:
            own = source["name"]
            f.notes.append(f"{own!r}: the firm its sentence opens with, whose figure it is")
        at.sources.add(title_of(own))
    if f.kind in ("amount", "count") and at.own and at.own[0] == w.ss and (own is None or not _MARKET_WORD.search(own)):
        # after the company's own figure in its sentence, more of its own, lending their name to no sentence after:
        # "Our total revenues were RMB300.0 million in 2024, an increase of 20.0% from RMB250.0 million in 2023" (its
        # subject), "our own revenue eased 2% to EUR 18.4 billion, with recurring operating income of EUR 4.1 billion"
        # (the name its sentence gives it)
        f.subject, f.named = (at.own[1] if own is None else title_of(own)), True
        f.notes.append(f"{f.subject!r}: the reporting company's own figure its sentence gives before it" if own is None
                       else f"{f.subject!r}: named after the reporting company's own figure in its sentence")
        return last_subject
    spent_on = _SPENT_ON.match(text, f.end) if f.kind == "amount" and _SPENT.search(
        text, max(w.ss, f.pos - 40), f.pos) else None
    spent_on = spent_on if spent_on and is_specific(spent_on["phrase"]) and not _ON_AI.search(
        last_subject or inherited) else None
    if own is not None and f.kind in ("amount", "count"):
        last_subject = f.subject = title_of(own)
        f.named = True
    elif f.kind in ("amount", "count") and not last_subject and inherited and not spent_on and not (
            _MEASURE.search(subj) and is_specific(subj)):
        last_subject = f.subject = inherited
        f.notes.append(f"grouped with {inherited!r} of the lines before: its sentence names no other subject")
    elif f.kind in ("amount", "count") and _MEASURE.search(subj) and is_specific(subj) and not is_clause(subj):
        last_subject = f.subject = subj
    elif f.kind == "amount" and not last_subject and _names_no_one(subj) \
            and (attributive := _ATTRIBUTIVE.match(text, f.end)):  # "led the $56.6 billion market"
        last_subject = f.subject = title_of(attributive.group("phrase"))
    elif f.kind == "percent" and (theirs := _THEIR_OWN.search(text, max(w.ss, f.pos - _CLAUSE_REACH), f.pos)):
        # "One operator, Nordsat, said its own subscriber base was up by a third": a firm's own, not the market's
        f.subject, f.named = title_of(f"own {theirs['what']}"), True  # as "our own revenue of $412 million" is named
        f.notes.append(f"{theirs.group(0)!r}: what its sentence names as someone's own, not the market's")
    elif (f.kind == "percent" and own is not None and (last_subject or inherited)
          and not _AMOUNT_BEFORE.search(text, w.ss, f.pos) and not _SHARE.search(text, w.ss, f.pos)
          and subject_key(own) != subject_key(last_subject or inherited) and (_MEASURE.search(own) or own == head)):
        # "台灣半導體產業…7.13兆元。" over "預期2026年台灣IC設計業產值將成長6.8%": a rate whose sentence names what it measures
        # before it, and no amount, is that subject's, not the one of the lines before
        f.subject = title_of(own)
        f.notes.append(f"{f.subject!r}: what its sentence names before it")
    elif spent_on and (last_subject or inherited):
        # "The global personal luxury goods market slipped to EUR 363 billion … luxury houses worldwide spent EUR 2.1
        # billion on artificial intelligence in 2024": what its sentence says the money went on, not the wider market
        # before (a subject not of AI), nor a heading's name of the house that writes ("Hanbit Investment & Securities")
        last_subject = f.subject = title_of(spent_on["phrase"])
        f.notes.append(f"{f.subject!r}: what its sentence says the money was spent on")
    else:  # the subject before it, else a generic phrase of its own ("the market"), which later figures share
        f.subject = last_subject or inherited or (title_of(phrases[-1]) if phrases else before_clause(subj))
        if (f.kind == "amount" and last_subject and last_subject == at.count_subject != at.money_subject
                and at.money_subject and phrases and not is_specific(phrases[-1]) and _MARKET_WORD.search(phrases[-1])):
            # "UK spending on AI valuation tools at £412 million … roughly 1.08 million residential sales … The firm
            # forecasts the market will reach £1.05 billion": the market of the money before, not of the count
            last_subject = f.subject = at.money_subject
            f.notes.append(f"{f.subject!r}: the subject of the money named before, not of the count between")
        elif not f.subject or not (phrases or is_specific(f.subject)):
            # "Q: How big is the market for AI in banking? A: Roughly $30 billion", "… put the 2024 market for AI
            # dubbing at $41.8 million. The correct figure is $48.1 million": an earlier sentence's
            earlier = [p for _, p in _within(at.phrase_starts, at.phrases, 0, f.pos) if is_specific(p)
                       and title_of(p) not in at.owned]  # not "Lockwarden's revenue grew 41% to £58.2 million"
            f.subject = title_of(earlier[-1]) if earlier else f.subject
        elif phrases and f.subject == title_of(phrases[-1]) and not is_specific(phrases[-1]):
            # no phrase of its sentence names a subject of its own (not "The domestic market grew 12.8%"):
            # "Malaysia's market for AI in agriculture is set to almost triple ... The market was worth RM1.42 billion"
            earlier = (q for s, p in reversed(_within(at.phrase_starts, at.phrases, max(0, w.ss - _BACK), w.ss))
                       if is_specific(q := _of_its_period(p, f))
                       and not _inside(s, at.context))
            named = next(earlier, None)
            if named is not None and (_MARKET_WORD.search(named) or _SPENDING_ON.search(named)):
                f.subject = title_of(named)
        elif phrases and last_subject and not words_within(title_of(phrases[-1]), last_subject, as_printed=True):
            # "其中…封装测试业销售额3,745亿元。协会预计，2025年产业销售额将达到…": the words its sentence names it by are
            # those of the line's latest subject that holds them all, not of the last part's
            named = next((p for s, p in reversed(_within(at.phrase_starts, at.phrases, 0, w.ss)) if is_specific(p)
                          and words_within(title_of(phrases[-1]), title_of(p), as_printed=True)
                          and not _inside(s, at.context)), None)
            if named is not None:
                f.subject = title_of(named)
                f.notes.append(f"{f.subject!r}: the subject before it that its sentence's {phrases[-1]!r} names")
                last_subject = f.subject if f.kind in ("amount", "count") else last_subject
        if f.kind in ("amount", "count") and not last_subject:
            last_subject = f.subject
        previous = w.previous.end if w.previous is not None and w.previous.pos >= w.ss else w.ss
        mine = [(s, p) for s, p in _within(at.phrase_starts, at.phrases, previous, f.pos) if is_specific(p)]
        if (f.kind in ("percent", "multiple") and last_subject and mine
                and (previous > w.ss or subject_key(mine[-1][1]) != subject_key(last_subject))
                and _MOVE.search(text, mine[-1][0], f.pos)):
            # "..., while AI software revenue rose 24%", "GenAI spending will grow at a CAGR of 59.2%": its own
            f.subject = title_of(mine[-1][1])
            f.contrasted = bool(SET_AGAINST_CLAUSE.search(text, previous, f.pos))
    per_item = _PER_ITEM.search(f.subject)
    if per_item and f.kind in ("amount", "count"):  # "ResNet-50参数量": the measure is the series, the name its item
        f.item, f.subject = per_item.group("item"), per_item.group("measure")
        f.notes.append(f"{f.item!r} read as an item of {f.subject!r}")
    elif f.kind == "multiple" and _PER_ITEM_MEASURE.search(subj):
        f.subject = _PER_ITEM_MEASURE.search(subj).group(0)
    return last_subject


#: a mark that ends a clause between a year and a figure after it
_CLAUSE_BETWEEN = re.compile(r"[,，;；、]")


#: the years ahead an amount is reached in, before it: "over the next five years, to about", "in the next 5 years to reach",
#: "未来五年…，到"
_NEXT_YEARS_TO = re.compile(r"(?:(?:over|in|within|during)\s+the\s+(?:next|coming)\s+(?P<n>" + SMALL_COUNT + r")"
                            r"\s+years?\b[^.;!?]{0,60}?\bto\s+(?:reach\s+|hit\s+|top\s+)?"
                            r"(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than)\s+)?)\s*$", re.IGNORECASE)
#: a sentence that opens on the amount the one before it states: "这一规模约是…", "This figure is 2.5 times"
_THIS_FIGURE = re.compile(r"\s*(?:(?:这一|這一|该|該|此)(?:规模|規模|数字|數字|水平|金额|金額)|(?:This|That)\s+(?:figure|level|total|"
                          r"amount|sum|number)\b)", re.IGNORECASE)


def _amount_years(figures, w: _Where) -> list[int]:
    """The years of the amounts and counts stated in the figure's sentence, in order."""
    return w.said


#: how far back "the market" of a sentence looks for the market it points back to
_BACK = 400
#: a phrase that names a market, which "the market" of a later sentence points back to
_MARKET_WORD = re.compile(r"market|industry|市场|市場|产业|產業|行业|行業", re.IGNORECASE)
#: a market named by what is spent on it: "European spending on AI design optimisation", "sales of AI mattresses"
_SPENDING_ON = re.compile(r"\b(?:spending|expenditures?|sales)\s+(?:on|of|for)\s", re.IGNORECASE)
#: a sentence that names no year but the one the text looks to: "by then", "by that time", 届时
_THEN = re.compile(r"\bby\s+then\b|\bby\s+that\s+(?:time|point)\b|届时|屆時|到那时|到那時", re.IGNORECASE)
#: a month (and day) before a year: the year of a date, which dates the text, not a figure of another sentence
_MONTH_BEFORE = re.compile(r"\b" + vocabulary.MONTH + r"\s+(?:\d{1,2},?\s+)?$")
#: the year a rate names of itself right after it: "grow a further 45% in 2026", "grew 17% year on year in 2024",
#: "in FY25"
_OWN_YEAR = re.compile(r"\s*(?:(?i:year[- ](?:on|over)[- ]year|y/?o/?y|on\s+the\s+year)\s+)?(?:in|for|during)\s+"
                       r"(?i:fiscal\s+(?:year\s+)?)?(?:(?:FY\s?)?((?:19|20)\d{2})|FY\s?'?(\d{2}))\b"
                       r"(?!\s*(?:-|–|to)\s*\d)")


#: a noun of movement right after a rate: "a 190% jump", "a 12% rise"
_NOUN_OF_MOVE = re.compile(r"\s*(?:jump|rise|increase|gain|surge|climb|leap|rebound|drop|fall|decline)s?\b", re.IGNORECASE)


#: a clause of Chinese that opens on a year and says nothing but that the year grew, up to its rate: "，2024年同比增长",
#: "；2025年预计增速为"
_CLAUSE_OF_ITS_YEAR = re.compile(r"(?:^|[，,；;。])\s*(?:其中\s*)?((?:19|20)\d{2})\s*年(?:全年)?\s*(?:预计|預計|预期|預期)?\s*"
                                 r"(?:(?:因|受|由于|由於)[^，,；;。\d]{1,16}[，,]\s*)?"  # "2023年因政府補助縮減，年減4.5%": why
                                 r"(?:(?:产值|產值|营收|營收|收入|规模|規模|出货量|出貨量|销售额|銷售額)\s*年?)?"  # "產值年成長率"
                                 r"(?:[\u4e00-\u9fff]{1,8}?)?"  # "2020年受疫情冲击骤降68.2%": what moved it
                                 r"(?:同比|按年|较上年|較上年|比上年|年)?\s*(?:增长|增長|增速|增幅|成长|成長|上升|下降|下滑|减少|減少|"
                                 r"骤降|驟降|暴跌|锐减|銳減|大跌|下跌|回落|萎缩|萎縮|大增|激增|飙升|飆升|增|減|减)率?"
                                 r"\s*(?:为|為|达|達|约|約|约为|約為)?\s*[+＋]?$")


def _clause_of_its_year(text: str, f: Figure, lo: int = 0) -> re.Match | None:
    """The clause before rate ``f`` where it opens on a year and says only that the year grew
    (:data:`_CLAUSE_OF_ITS_YEAR`, its year the match's first group), looked for in the 40 characters before the rate,
    from ``lo`` (its sentence's start) on."""
    start = max(lo, f.pos - 40)
    return _CLAUSE_OF_ITS_YEAR.search(text, start - (0 < start == lo), f.pos)  # with the stop its sentence opens after


def _anchor_year(f: Figure, w: _Where, text, base: int | None, figures) -> int | None:
    """The year of the amount a growth rate is stated of: the last one before it in its sentence (later than the
    base year it grows from), or the year after that one where the sentence states it too, the last amount being
    its base ("$11.6 billion last year, up from $8.9 billion in 2023, a 30% jump", "2024年为28.7亿元，2023年为9.6亿元，
    增速达199%"; not where the rate says it is over the year before the last amount: "2025年为247亿元，同比增长38%"),
    else, where its sentence points back ("That's up 19% from …"), the last amount of its item before, else the first
    after it."""
    opens = _clause_of_its_year(text, f, w.ss)
    if opens and (base is None or int(opens.group(1)) > base):
        return int(opens.group(1))  # "…分别为420万台、1,310万台和2,750万台，2024年同比增长211.9%": its own clause's year
    turn = _reached_in_turn(f, w, text, figures)
    if turn is not None and (base is None or turn > base):
        return turn  # "fell by 14.3% and 13.9%, to $3.6 billion in 2019 and $3.1 billion in 2020"
    amounts = [g for g in w.amounts if base is None or g.year > base]
    reached = next((g for g in amounts if g.pos > f.pos), None)
    noun = _NOUN_OF_MOVE.match(text, f.end)  # "after a 190% jump to $18.2 billion last year"
    if reached is not None and _TO_TARGET.fullmatch(text, noun.end() if noun else f.end, reached.pos):
        return reached.year  # "up 48.4% to $66.6 billion in 2024"
    if reached is not None and reached.year is not None and _in_brackets(text, reached.pos) \
            and _BA_REVISION.match(text, _bracket_open(text, reached.pos) + 1):
        return reached.year + 1  # "同比增长10.0%（2023年软件业务收入修订为11.67万亿元）": the revised level it grew from
    before = [g for g in amounts if g.pos < f.pos and g.year is not None]
    after = [g.year for g in amounts if g.pos > f.pos]
    if before and before[-1].year + 1 in {g.year for g in before} and (
            _BASE_BEFORE.search(text, max(w.ss, before[-1].pos - 30), before[-1].pos)
            or not _YOY.search(text, before[-1].end, f.end)):
        return before[-1].year + 1
    back = _last_amount_before(figures, w, f.item, base) if not before and after and _POINTS_BACK.match(text, w.ss) \
        else None
    if back is not None:
        return back.year  # "… ¥38.5 billion in FY2024. That's up 19% from ¥33.1 billion in FY2023, and they forecast
        # ¥72 billion by FY2028": the level its sentence points back to, not a later clause's
    before = [g.year for g in before]
    return before[-1] if before else (after[0] if after else None)


#: the words from a share to the share it rises or falls to: "提升至2026年的", "to", "rising to 51% in"
_SHARE_TO = re.compile(r"\s*(?:(?:in|by)\s+(?:19|20)\d{2}\s*,?\s*)?(?:(?:[A-Za-z]+\s+){0,2}(?:to|at)|(?:提升|提高|上升|升|增加|增长|增長|成长|成長|增|"
                       r"扩大|擴大|下降|降|回落|减少|減少|达到|達到|达|達|变为|變為)?(?:至|到|为|為))\s*"
                       r"(?:(?:19|20)\d{2}\s*年?(?:底|末)?\s*的?)?\s*(?:(?:约|約|大约|大約|近|about|around|nearly)\s*)?",
                       re.IGNORECASE)


def _clause_after(text: str, pos: int, end: int) -> str:
    """The rest of the clause from ``pos`` (to ``end`` at most, and no further than :data:`_CLAUSE_REACH`): "to $5.2
    billion from the prior quarter"."""
    end = min(end, pos + _CLAUSE_REACH)
    stop = _CLAUSE.search(text, pos, end)
    return text[pos:stop.start() if stop else end]


#: how far from a rate its sentence is read for the clause after it, or for someone's own measure before it: a run-on
#: line of thousands of rates ("1% 1% 1% …") is read in linear time
_CLAUSE_REACH = 300
#: the words that may open a sentence before the one that says what a rate is over: a bullet, "-", spaces
_OPENING = re.compile(r"[\s\-•*]*")


def _over_the_part_before(f: Figure, w: _Where, text: str, window: str, near: str, base) -> float | None:
    """The period in years of a rise over the part of a year before (a quarter's 0.25, a month's 1/12), where the
    words right before the rate, around it, after the amount it reaches ("to $5.2 billion from the prior quarter") or
    at its sentence's start ("Month-on-month, …") say so, else ``None``."""
    tail = _clause_after(text, f.end, w.se)
    opening = _OPENING.match(text, w.ss).end()
    said = (near if _QOQ.search(near) else window if _QOQ.search(window) and not _YOY.search(near) and base is None
            else tail if base is None and _QOQ.search(tail) and not _YOY.search(tail)
            else text[opening:f.pos] if base is None and _QOQ.match(text, opening) and not _YOY.search(text, w.ss, f.pos)
            else None)
    if said is None:
        return None
    return 1 / 12 if _MOM.search(said) else 0.25


#: a rate's comparison with an amount after it: "9% higher than the $78.13 billion", "3% less than"
_THAN = re.compile(r"\s*(?:(?:(?P<up>" + _MORE + r")|(?P<down>" + _LESS + r"))\s+than"
                   r"|(?P<above>above)|(?P<below>below))\s+"
                   # what it is set against: an amount or a year ("than $78.13 billion", "than the EUR 168 million",
                   # "than in 2022", "above the 2022 total"), the year before ("than a year earlier", "than last
                   # year"), or a part of a year ("than the fourth quarter of 2022", "than in November 2023"); not
                   # "than those of …"
                   r"(?:(?:in|during|for)\s+)?(?:the\s+|its\s+)?(?:(?:level|total|figure)\s+(?:of|for|in)\s+)?"
                   r"(?:(?:revised|restated|final|preliminary|provisional|adjusted|updated|original)\s+)?"  # "the revised 2023 figure"
                   r"(?=US\$|[A-Z]{0,3}[$€£¥]|(?-i:[A-Z]{3})\s?\d|\d|(?:" + words(vocabulary.PRIOR_YEAR)
                   + r"|last\s+year|same\s+(?:period|quarter|month)"
                   r"|(?:first|second|third|fourth)\s+(?:quarter|half)\b|(?:Q[1-4]|[1-4]Q|H[12])\b|" + vocabulary.MONTH + r"\s+(?:19|20)\d{2}))",
                   re.IGNORECASE)


#: the words between a rise and the amount it is from: "(a 41% rise) from $190 billion", "(up 12%) on the £349 million",
#: "(a 65.2% jump) on last year's $4.1 billion", "(+24%) on 2023's $1.48B", "(grew 18 percent) year over year, from"
_FROM_AMOUNT = re.compile(r"\s*(?:(?:year[- ](?:over|on)[- ]year|y/y|yoy)\s*,?\s*)?(?:from|on|over)\s+(?:the\s+)?"
                          r"(?:(?:last|the\s+previous|the\s+prior|(?:19|20)\d{2})\s*(?:year)?['’]s\s+)?"
                          r"(?=US\$|[A-Z]{0,3}[$€£¥]|\d)", re.IGNORECASE)
#: what stands between the amount a Chinese rise is set against (:data:`SET_AGAINST_CJK`) and the rise: "较去年的
#: (新台幣742億元)成長(45.6%)"
_RISES_CJK = re.compile(r"\s*(?:成长|成長|增长|增長|上升|提升|下降|下滑|减少|減少|衰退)了?\s*")
#: words after an amount that name its year as a span or relative to another's, which is read later: "in 2023-24",
#: "in the previous fiscal year", "a year earlier"
_NOT_ITS_OWN_YEAR = re.compile(r"\s*(?:in\s+|for\s+)?(?:(?:the\s+)?(?:previous|prior|preceding|last)\b|a\s+year\b"
                               r"|(?:FY\s?)?(?:19|20)\d{2}\s*[-–/]\s*\d)", re.IGNORECASE)


#: a share's word, then the move it makes from the percent after it: "Cat food's share of the total rose from (28%)"
_SHARE_MOVED_FROM = re.compile(r"\bshare\b[^.;%\d]{0,40}?\b(?:rose|ris(?:es?|ing)|climb(?:s|ed|ing)?|grew|grows?|growing|"
                               r"increas(?:es?|ed|ing)|jump(?:s|ed|ing)?|fell|fall(?:s|ing)?|drop(?:s|ped|ping)?|"
                               r"declin(?:es?|ed|ing)|slip(?:s|ped|ping)?|shr[ai]nks?|shrinking|mov(?:es?|ed|ing)|"
                               r"edg(?:es?|ed|ing)\s+(?:up|down))\s+from\s*$", re.IGNORECASE)


#: the words between an amount and a percent that make the percent a rise like one before: "$3.4B in 2025, another
#: 21% or so", "…, a further 18%"
_ANOTHER_BEFORE = re.compile(r"(?:\s*(?:in\s+(?:19|20)\d{2}|(?:this|next)\s+year))?\s*,\s*(?:another|a\s+further)"
                             r"(?:\s+(?:about|some|roughly|nearly|almost)|\s*~)?\s*", re.IGNORECASE)


def _amount_at(w: _Where, pos: int) -> Figure | None:
    """The dated amount of the sentence that stands at ``pos``, within a few characters (its currency's sign)."""
    return next((g for g in w.amounts if abs(g.pos - pos) <= 4), None)


#: a rate said in round words right before the figure that restates it: "in the low twenties, call it ", "mid-teens - say "
_ROUND_RATE_BEFORE = re.compile(r"\b(?:low|mid|high|upper)[- ]?(?:single[- ]digits?|teens|twenties|thirties|forties|[1-5]0s)"
                                r"[^\d.;!?。；]{0,30}$", re.IGNORECASE)


def _cagr_word_of_its_own(f: Figure, w: _Where, text, figures) -> bool:
    """Whether a CAGR word within 40 characters names the rate, not another rate a clause away that it sits right
    beside: "较2023年的22.0亿元增长24%，…，2024—2028年复合增长率约35%" names the 35% alone."""
    lo, hi = max(w.ss, f.pos - 40), min(w.se, f.pos + 40)
    if said := _ROUND_RATE_BEFORE.search(text, max(w.ss, f.pos - 48), f.pos):
        lo = max(w.ss, said.start() - 40)  # "a compound rate in the low twenties, call it 23%": the words it restates
    rates = [g.pos for g in figures if g.kind == "percent" and g is not f and w.ss <= g.pos < w.se]
    for m in _CAGR.finditer(text, lo, hi):
        if m.start() >= f.end and _CLAUSE_MARK.search(text, f.end, m.start()) and any(
                m.end() <= p <= m.end() + 12 and not _CLAUSE_MARK.search(text, m.end(), p) for p in rates):
            continue  # a clause on, right before another rate: that rate's word
        return True
    return False


#: a label of a rise that opens its line or sentence, right before its rate: "Growth 2025: ", "YoY growth (2025):"
_GROWTH_LABEL = re.compile(r"(?:^|(?<=[.;]\s))(?:(?:annual|yearly|year-on-year|YoY|y/y|market|revenue)\s+)?growth"
                           r"(?:\s+rate)?\s*(?:[(（]?\s*(?:in\s+)?(?:FY\s?)?(?:19|20)\d{2}[EFP]?\s*[)）]?)?\s*[:：]\s*$",
                           re.IGNORECASE)


def _percent_claim(f: Figure, w: _Where, text, figures) -> None:
    """A CAGR with its period, year-on-year or quarter-on-quarter growth, or a share; a decline is negative."""
    window = text[max(w.ss, f.pos - 40): min(w.se, f.pos + 40)]
    near = text[max(w.cs, f.pos - 16):f.pos]
    said = _amount_years(figures, w)
    base = f.start_year  # a base year a frame read beside it ("up 9.8% from 2024", "比2023年增长")
    said_as = _MODIFIED.search(text, max(w.cs, f.pos - 40), f.pos) or _ABOUT_BEFORE.search(
        text, max(w.cs, f.pos - 40), f.pos)  # "by a whopping 690%", "an increase of about 52%": read from before them
    lo = max(w.cs, (said_as.start() if said_as else f.pos) - 16)  # the words read whole: "increased" is no "eased"
    moves = [m for m in _MOVE.finditer(text, lo, f.pos)
             if not re.fullmatch(r"\s*(?:to|至|到|达到|達到)\s*(?:(?:around|about|roughly|nearly|almost|some|approximately|"
                                 r"just\s+(?:over|under))\s*|~\s*|约|約)?", text[m.end():f.pos])  # "rose to 26%",
             # "have fallen to around 8%": a level
             and not re.search(r"(?:made|make|makes|making)\s*$", text[max(w.cs, m.start() - 8):m.start()],
                               re.IGNORECASE)]  # "made up 17%", "make up as much as 14.2%"
    dash = _DASH_GAP.match(text, f.end)  # "147% — growth in that spend"
    gap = _RATE_WORD_GAP.match(text, f.end).end()  # where the words after the rate start
    after = _MOVE.match(text, gap) or (dash and _MOVE.match(text, dash.end()))
    if not moves and after:  # "a further 28% increase in 2025", "a 5% decline"
        moves = [after]
    if not moves and (plus := _PLUS.search(text, max(0, f.pos - 2), f.pos)):  # "$12.0 billion (+34%)": a change
        moves = [plus]
    if not moves and (label := _GROWTH_LABEL.search(text, w.ss, f.pos)):  # "Growth 2025: 17.9%": the rise its
        moves = [label]  # label names
    if not moves and w.previous is not None and w.previous.kind == "amount" and w.previous.pos >= w.ss \
            and (again := _ANOTHER_BEFORE.fullmatch(text, w.previous.end, f.pos)) \
            and not re.match(r"\s*(?:%|percent|per\s+cent)?\s*of\b", text[f.end:f.end + 16]):
        # "$3.4B this year, another 21% or so": a rise again, right after the amount it leads to (not "another 21% of
        # it", nor "accounted for a further 9%")
        moves = [again]
    # "a 41% rise from $190 billion in 2024": a rise over the year of the amount it is from
    from_amount = _FROM_AMOUNT.match(text, after.end() if after else gap)
    against = from_amount and _amount_at(w, from_amount.end())
    if against and base is None and against.year is not None and not _NOT_ITS_OWN_YEAR.match(text, against.end):
        base = against.year
    if base is None and (against := next((g for g in w.amounts if w.ss <= g.pos < f.pos and _RISES_CJK.fullmatch(
            text, g.end, f.pos) and SET_AGAINST_CJK.search(text, max(w.ss, g.pos - 20), g.pos)), None)) and \
            against.year is not None and max(g.year or 0 for g in w.amounts) <= against.year + 1:
        base = against.year  # "較去年的新台幣742億元成長45.6%": a rise over that amount's year, where its sentence
        # states none later than the year after it (the rise of a span is read by its frame: "较2022年的…成長200%")
    compared = _THAN.match(text, gap)
    year = compared and re.match(r"(?:19|20)\d{2}(?!\d|[.,]\d|\s?%)", text[compared.end():compared.end() + 7])
    if year and base is None:  # "12% higher than in 2021": a rise over that year
        base = f.start_year = int(year.group(0))
    than = compared if not moves else None
    if than:  # "$85.20 billion, 9% higher than the $78.13 billion": a rise over the amount after it
        moves = [than]
        against = _amount_at(w, than.end())
        if against is not None and against.year is not None and base is None:  # "60.7% above the $19.6 billion spent
            # in 2024": over that year
            base = against.year
        if (than["down"] or than["below"]) and f.value > 0:
            f.value = -f.value
            f.notes.append(f"'{than.group(0).strip()}': read as a decline, {f.value:g}%")
    if not moves and re.search(r"\bby\s*$|\brate\s+of\s*$", text[max(w.cs, f.pos - 60):f.pos]):
        moves = list(_MOVE.finditer(text, w.cs, f.pos))[-1:] or list(_MOVE.finditer(text, w.ss, f.pos))[-1:]
        # "contracted in 2013 by 1.2%", "growing at a much slower rate of 0.3 percent": the clause's verb, or the
        # sentence's where the clause has none ("fell for two years running, by 14.3% and 13.9%")
    _signed(f, moves)
    prior = w.percent
    reaches = prior is not None and prior.share_word and _SHARE_TO.fullmatch(text, prior.end, f.pos)
    listed = f.role == "each" and prior is not None and prior.role == "each" and prior.claim == "share" \
        and _RATE_LIST_GAP.fullmatch(text, prior.end, f.pos) and not _RESPECTIVELY.search(text, prior.end, f.pos)
    # "渗透率分别为82.7%、83.4%…": shares all, up to another list ("，增长率分别为…")
    if _SHARE.search(text, max(w.cs, f.pos - 12), f.pos) or reaches or listed or _SHARE_AFTER.match(text, f.end) or (
            _OF_A_YEARS_NOUN.match(text, f.end)) or _SHARE_FROM_YEAR.search(text, max(w.ss, f.pos - 40), f.pos) or (
            _SHARE_MOVED_TO.search(text, max(w.cs, f.pos - 60), f.pos)) or (
            _SHARE_MOVED_FROM.search(text, max(w.cs, f.pos - 60), f.pos)) or (
            _OF_THE_WHOLE.search(text, max(w.cs, f.pos - 40), f.pos)) or (
            _REPRESENTS.search(text, max(w.cs, f.pos - 30), f.pos) and not after) or (
            _CONTRIBUTES.search(text, max(w.cs, f.pos - 8), f.pos) and text.startswith("的", f.end)):
        # "占总营收的18.2%": a share, whatever growth is near; "比重将由今年的32%提升至2026年的51%": the share it reaches
        f.claim, f.share_word = "share", True
        if reaches and f.year is None and prior.year is None and w.rng is not None:
            # "2024至2028年…，其中X的占比將由23%升至29%": from the span's first year to its last
            prior.year, f.year = w.rng
            prior.start_year = prior.end_year = prior.year
            f.notes.append(f"a share moved to over the span {w.rng[0]}-{w.rng[1]} its sentence names: {f.year}'s")
        f.start_year = f.end_year = f.year
        part_and_whole(f, w, text)
        if reaches:
            f.item = prior.item
    elif (f.year is not None and _PRIOR_YEAR_AFTER.match(text, f.end) and _SET_AGAINST.search(text[w.cs:f.pos])
          and _SHARE.search(text, w.ss, f.pos)):  # "17% of ... in 2024, against 9% a year before": last year's share
        f.claim = "share"
        f.start_year = f.end_year = f.year = f.year - 1
        f.notes.append(f"a share set against one of {f.year + 1}, stated of the year before: {f.year}")
    elif prior is not None and prior.claim == "share" and prior.pos >= w.ss and _SHARE_BEFORE_FROM.search(
            text, max(w.cs, f.pos - 24), f.pos):  # "to make up 14.2% of IT spending in 2024, up from 9.1% in 2020"
        f.claim, f.share_word, f.item, f.of = "share", True, prior.item, prior.of
        if f.year is not None and f.year == prior.year and _PRIOR_YEAR_AFTER.match(text, f.end):
            f.year -= 1  # "rose to 12.4% in 2024 from 9.8% a year earlier"
        f.subject, f.named, f.start_year, f.end_year = prior.subject, prior.named, f.year, f.year
        if f.value < 0 and not re.search(r"[-−]\s*\d", text[f.pos:f.end]):  # "down from 37.4 percent": the share
            f.value = -f.value  # it fell from, no negative share (a printed "-3%" keeps its sign)
        f.notes.append(f"a share set against the one of {prior.value:g}% before it: the same part's, of its own year")
    elif (_cagr_word_of_its_own(f, w, text, figures) and not (_YOY.search(near) and not _CAGR.search(near))
          and not (_IN_ONE_YEAR.match(text, f.end) and not _COMPOUNDED.search(window))) or _PER_YEAR.match(
            text, f.end) or _CAGR_THEN_SPAN.search(text, max(w.cs, f.pos - 90), f.pos) or _IMPLIED_ANNUAL.search(
            text, max(w.cs, f.pos - 60), f.pos) or (  # the rate word right before it names it: "…复合增长率为34.4%，其中2024年同比增长35.1%"
            _ANNUAL_BEFORE.search(text, max(w.cs, f.pos - 40), f.pos)  # "annual growth of 22%" over a span, or
            and (_SPAN_AFTER.match(text, f.end) or _DEADLINE_BEFORE.search(text, w.ss, f.pos))) or (  # to "by 2028"
            _GROWTH_AT.search(text, max(w.cs, f.pos - 80), f.pos) and _RATE_UNTIL.match(text, f.end)):
        # or a pace kept up to a year: "grow at 37.3% through 2030"
        f.claim = "cagr"
        _cagr_period(f, w, said, base, figures, text)
    elif (over_part := _over_the_part_before(f, w, text, window, near, base)) is not None:
        # "rose 16% to $5.2 billion from the prior quarter", "Month-on-month, … a decrease (2.1%)": a rise over the
        # quarter or the month before
        f.claim, f.period, f.period_status = "growth", over_part, "stated"
        f.start_year = f.end_year = said[-1] if said else f.year
    elif base is not None or _YOY.search(window) or moves:
        f.claim = "growth"
        # "a further 45% in 2026", "a further 25% rise in 2025": the year the rate names of itself
        own = _OWN_YEAR.match(text, f.end) or (after and _OWN_YEAR.match(text, after.end()))
        own = int(own.group(1) or 2000 + int(own.group(2))) if own else None
        own = own if own is not None and (base is None or own > base) else None
        opens = _clause_of_its_year(text, f, w.ss)
        if own is None and opens and base is not None and int(opens.group(1)) > base and _YOY.search(opens.group(0)):
            own, base = int(opens.group(1)), int(opens.group(1)) - 1  # "2022年至2024年…，其中2024年同比增长23.4%": a year's
        elif own is None and opens and base is None:  # "2025年產值年成長率約18%，2028年可望突破1兆元": the year its
            own = int(opens.group(1))  # clause opens on, not a later amount's
        if own is None and f.dated and f.year is not None and (base is None or f.year > base) and (
                _RELATIVE_OWN_YEAR.match(text, max(f.end, f.range_end))
                or re.search(_RELATIVE_YEAR, text[w.cs:f.pos], re.IGNORECASE)):
            own = f.year  # "grew roughly 40% last year", in a text dated 2025: over 2024 (not "up 31% from this year");
            # "今年有望增长40%以上": over 2024, the words of its own clause before it
        if own is None and base is None and not w.amounts and _POINTS_BACK.match(text, w.ss) \
                and (back := _span_pointed_back(f, w, figures)):
            # "$2.1B in 2024 vs $1.6B in 2023. That's +31% y/y": over the amounts its sentence points back to (a
            # year's rise, of the last of them)
            own, base = back[1], back[1] - 1 if _YOY.search(window) else back[0]
        span = _SPAN_AFTER.match(text, f.end) if base is None and own is None else None
        if span:  # "grew by 690% between 2020 and 2023": the span it names right after it
            base, own = _range_years(span)
        took = _PERIOD_IN_WORDS.match(text, after.end() if after else f.end) if base is None and own is None else None
        if took and (years := _period_in_words(f, took, w, text, figures)):  # "a 65% increase within two years"
            base, own = years
        if own is None and base is not None and _YOY.search(window):  # "grew 18 percent year over year, from
            own = base + 1  # US$180 million in 2023, and is forecast to reach … by 2030": the year after its base's
        end = own if own is not None else f.year if f.role == "each" else _anchor_year(f, w, text, base, figures)
        if end is None and base is None and w.rng is not None:  # "147% — growth in that spend from 2023 to 2024"
            base, end = w.rng
        end = end if end is not None else (base + 1 if base is not None else f.year)
        start = base if base is not None else (end - 1 if end is not None else None)
        f.start_year, f.end_year = start, end
        f.period = None if start is None or end is None else float(end - start)
        f.period_status = "stated" if base is not None or _YOY.search(window) or f.dated else "inferred"
        if f.period_status == "inferred":
            f.notes.append("a rise or fall with no period stated; read as over the year before")
    elif _rate_listed_before(f, text, figures, w):  # "climbed 33% in Europe and 29% in Japan": a rate as well
        pass
    elif _GROWTH_IS.search(text, w.cs, f.pos) or (  # "the annual growth rate of server shipments is only 1.9%";
            _GROWTH_AT.search(text, max(w.ss, f.pos - 80), f.pos) and not _OF_AFTER.match(text, f.end)):  # "grow
        # fastest in 2025, at 14.2%"
        f.claim = "growth"
        f.start_year, f.end_year = (f.year - 1, f.year) if f.year is not None else (None, None)
        f.period, f.period_status = 1.0, "inferred"
        f.notes.append("a growth rate its sentence names as its subject: read as over the year before")
    elif f.year is not None and _PACE.search(text, w.ss, f.pos):  # "Growth ... slowed to 21% in 2024 from 29% in 2023"
        f.claim, f.start_year, f.end_year, f.period, f.period_status = "growth", f.year - 1, f.year, 1.0, "stated"
        f.notes.append("a pace of growth its sentence names: the growth of its year over the year before")
    else:
        f.claim = "share"
        f.start_year = f.end_year = f.year
        if _UPPER.search(text[max(w.cs, f.pos - 8):f.pos]):
            f.bound = "upper"
        part_and_whole(f, w, text)
    if f.claim in ("growth", "cagr", "share") and f.bound is None:  # "at least 35% a year", "增长20%以上", "不到5%"
        if _LOWER.search(text, max(w.cs, f.pos - 24), f.pos) or _OR_MORE.match(text, f.end):
            f.bound = "low"
        elif _UPPER.search(text[max(w.cs, f.pos - 12):f.pos]) or _OR_LESS.match(text, f.end):
            f.bound = "upper"
        if f.bound:
            f.notes.append(f"a {'lower' if f.bound == 'low' else 'upper'} bound on the rate, not its value")
    _followed_by(f, text, w)
    if f.claim in ("growth", "cagr") and (place := _PLACE_AFTER.match(text, f.end)) \
            and not re.fullmatch(vocabulary.MONTH + "|Fiscal|FY|The|This|That|Its|Their", place.group("place")):
        f.item = place.group("place")  # "climbed 33% in Europe": Europe's rate, not the whole's
        f.notes.append(f"the rate of {f.item}, the place named right after it")


#: words after a rate that make it a bound: "20%以上", "30% or more"; "5%以下", "10% or less"
_OR_MORE = re.compile(r"\s*(?:以上|or more|and above|plus\b)", re.IGNORECASE)
_OR_LESS = re.compile(r"\s*(?:以下|以内|以內|or less|and below)", re.IGNORECASE)


#: a plus sign right before a percent: a change, as "up" is ("(+34%)", "+12.5% YoY")
_PLUS = re.compile(r"(?<![\w.])\+\s?$")


#: a growth rate as the subject of the percent after its verb: "the annual growth rate of general server shipments is
#: only 1.9%", "growth in AI spending was 24%", "software spending growth for 2026 has been revised to 14.7%"
_GROWTH_IS = re.compile(r"\bgrowth(?:\s+rate)?(?:\s+(?:of|for|in)\s+[^,;%$]{1,60}?)?"
                        r"\s+(?:is|was|will\s+be|would\s+be|stood\s+at|came\s+in\s+at|(?:has\s+been\s+|was\s+|is\s+)?"
                        r"(?:revised|raised|lowered|cut)(?:\s+(?:up|down)(?:wards?)?)?\s+to)"
                        r"(?:\s+(?:only|just|about|around|roughly|nearly|approximately|some|expected\s+to\s+be))?\s*$",
                        re.IGNORECASE)


#: a share (a penetration, a margin) that moves to the percent after it: "its market share rose to 12.4%"
_SHARE_MOVED_TO = re.compile(r"\b(?:share|penetration|proportion|ratio|margin)\b(?:\s+[\w-]+){0,3}?\s+(?:rose|fell|increased|"
                             r"decreased|climbed|grew|jumped|dropped|declined|slipped|improved|reached|hit|edged\s+(?:up|down))"
                             r"\s+to\s*(?:(?:" + _ABOUT_WORD + r")\s*)?$", re.IGNORECASE)
#: a percent set against a share before it: "…, up from 9.1% in 2020", "compared with 12% a year earlier", "from 9.8%"
_SHARE_BEFORE_FROM = re.compile(r"(?:(?:(?:up|down|rising|falling|rose|fell)\s+)?from|compared\s+(?:with|to)|against|versus|"
                                r"vs\.?)\s*(?:(?:" + _ABOUT_WORD + r")\s*)?$", re.IGNORECASE)
#: a rate a word of growth governs through "at": "the highest spending growth in 2024 at 25.6%", "will grow fastest in
#: 2025, at 14.2%", "growing at a rate of about 37%"
_GROWTH_AT = re.compile(r"\b(?:growth|grow|grows|growing|grew|expand|expands|expanding|expanded)\b[^.;%$€£¥]{0,60}?"
                        r"\bat(?:\s+an?\s+(?:\w+\s+)?(?:rate|pace)\s+of)?\s*(?:(?:" + _ABOUT_WORD + r")\s*)?$",
                        re.IGNORECASE)
#: "of" right after a percent: a share of something ("at 40% of the total"), no rate
_OF_AFTER = re.compile(r"\s*of\b", re.IGNORECASE)
#: the next of a list of parts' rates: "…, followed by platform services at 20.6%", "followed by Europe (27%)"
_FOLLOWED_BY = re.compile(r"[^.;%\d]{0,6}?(?:\bfollowed\s+by|(?P<more>\band|,))\s+(?!followed\b)(?:the\s+)?(?P<name>[^.;,%\d$€£¥]{2,60}?)\s*(?:at|with|[(（])\s*"
                          r"(?:(?:" + _ABOUT_WORD + r")\s*)?$", re.IGNORECASE)


#: the part a sentence opens with, before its verb: "Infrastructure-as-a-service (IaaS) is forecast to", "Software will"
_LEADS_THE_LIST = re.compile(r"\s*(?P<name>[A-Z][^,;:%$€£¥\d]{0,60}?)\s+(?:is|are|was|were|will|would|has|have|had|held|"
                             r"holds|grew|rose|saw|sees|posted|led|leads|remains?|remained)\b")


def _followed_by(f: Figure, text: str, w: _Where) -> None:
    """A rate after "followed by X at" the sentence's rate before it is X's, and of that rate's kind and years where
    no word of its own says otherwise ("growth … at 25.6%, followed by platform services at 20.6%"); the rate before
    it is the part's the sentence opens with, where it opens with one ("Infrastructure services will see …")."""
    g = w.previous
    m = _FOLLOWED_BY.fullmatch(text, g.end, f.pos) if g is not None and g.kind == "percent" and g.pos >= w.ss else None
    if m is None or m.group("more") and not g.listed:  # "and devices at 6.2%" goes on a list "followed by" began
        return
    f.item, f.subject, f.named, f.listed = item_name(m.group("name").strip()), g.subject, g.named, True
    f.of = "Total" if f.claim == "share" else f.of  # a part's share of the whole the sentence is about
    # the part the sentence opens with has the first rate: "IaaS will see the highest growth at 25.6%, followed by …"
    lead = _LEADS_THE_LIST.match(text, w.ss, g.pos) if g.item == "Total" and not m.group("more") else None
    if lead and is_specific(lead.group("name")) and not _MARKET_WORD.search(lead.group("name")):
        g.item, g.listed = item_name(lead.group("name")), True
        g.of = "Total" if g.claim == "share" else g.of
        g.notes.append(f"the first of a list of parts' rates: {g.item!r}'s")
    if g.claim in ("growth", "cagr") and f.claim == "share":
        f.claim, f.start_year, f.end_year, f.period, f.period_status, f.of = (
            g.claim, g.start_year, g.end_year, g.period, g.period_status, None)
    f.notes.append(f"the rate after 'followed by {m.group('name').strip()}', of the kind of the one before it")


#: a sentence whose subject is the pace of growth, the percents after it that pace: "Growth in the market slowed to
#: 21% in 2024 from 29% in 2023"
_PACE = re.compile(r"\b(?:growth|growth\s+rate|pace\s+of\s+growth|expansion)\b[^.;%]{0,80}?\b(?:slow(?:ed|s|ing)?|"
                   r"accelerat(?:ed|es|ing)|eas(?:ed|es|ing)|picked\s+up|quicken(?:ed|s)|moderat(?:ed|es)|cool(?:ed|s)|"
                   r"decelerat(?:ed|es))\b", re.IGNORECASE)


#: a place right after a rate: "33% in Europe", "12% in North America", "8% in the Asia-Pacific region"
_PLACE_AFTER = re.compile(r"\s+in\s+(?:the\s+)?" + _PLACE_NAME + r"(?![\w'’])")

#: between two rates of one list: "33% in Europe and 29%", "增长33%、29%"
_RATE_LIST_GAP = re.compile(r"[^.;。；%\d]{0,40}?(?:\band\b|、|和|及|[,，])\s*$", re.IGNORECASE)


def _rate_listed_before(f: Figure, text: str, figures, w: _Where) -> bool:
    """A percent with no word of its own, listed right after a growth rate or CAGR of its sentence, is the same kind
    of rate over the same years; it takes them."""
    g = w.previous
    if g is None or g.kind != "percent" or g.claim not in ("growth", "cagr") or g.pos < w.ss \
            or not _RATE_LIST_GAP.fullmatch(text, g.end, f.pos):
        return False
    f.claim, f.start_year, f.end_year, f.period, f.period_status = (g.claim, g.start_year, g.end_year, g.period,
                                                                    g.period_status)
    turn = _reached_in_turn(f, w, text, figures) if g.claim == "growth" and g.end_year is not None else None
    if turn is not None and g.start_year is not None:  # "by 14.3% and 13.9%, to $3.6 billion in 2019 and $3.1
        f.start_year, f.end_year = turn - (g.end_year - g.start_year), turn  # billion in 2020": each its own year
        f.notes.append(f"a {g.claim} listed after the one of {g.value:g}%, of the amount in its place after it")
    else:
        f.notes.append(f"a {g.claim} listed after the one of {g.value:g}%, over the same years")
    if g.value < 0 < f.value and not re.search(r"[-−]\s*\d", text[g.pos:g.end]):  # "fell by 14.3% and 13.9%": both falls
        f.value = -f.value
        f.notes.append(f"listed after a decline: read as a decline, {f.value:g}%")
    return True


def _reached_in_turn(f: Figure, w: _Where, text: str, figures) -> int | None:
    """The year of the amount in the same place, in a list of amounts a list of rates reaches, as the rate ``f`` in
    its list: "fell by 14.3% and 13.9%, to $3.6 billion in 2019 and $3.1 billion in 2020" (the first 2019's, the
    second 2020's); ``None`` where the rate stands in no such list."""
    rates = [g for g in figures if g.kind == "percent" and w.ss <= g.pos < w.se]
    i = next((k for k, g in enumerate(rates) if g is f), None)
    if i is None:
        return None
    lo, hi = i, i
    while lo > 0 and _RATE_LIST_GAP.fullmatch(text, rates[lo - 1].end, rates[lo].pos):
        lo -= 1
    while hi + 1 < len(rates) and _RATE_LIST_GAP.fullmatch(text, rates[hi].end, rates[hi + 1].pos):
        hi += 1
    reached = [g for g in w.amounts if g.pos > rates[hi].end][:hi - lo + 1]
    if hi == lo or len(reached) < hi - lo + 1 or not _TO_TARGET.fullmatch(text, rates[hi].end, reached[0].pos):
        return None
    years = [g.year for g in reached]
    if None in years or sorted(set(years)) != years:  # each amount its own year, in order
        return None
    return years[i - lo]


#: "an annual growth of 20.1% over 2023-2030": a yearly rate over a span of years is compound
_ANNUAL_BEFORE = re.compile(r"\bannual(?:ized|ised)?\s+(?:average\s+)?(?:growth|increase|rise|expansion)\s+"
                            r"(?:rate\s+)?(?:of|at)\s*(?:(?:" + words(vocabulary.APPROXIMATE) + r")\s*)?$", re.IGNORECASE)
#: the yearly pace two amounts imply, after them: "¥412 billion in fiscal 2023 and … ¥1,050 billion in FY2030, equivalent
#: to annual growth of 14.3%", "implying an average annual increase of"
_IMPLIED_ANNUAL = re.compile(r"\b(?:equivalent\s+to|implying|which\s+implies|an?\s+implied)\s+(?:an?\s+)?(?:average\s+)?"
                            r"annual(?:ized|ised)?\s+(?:average\s+)?(?:growth|increase|rise|expansion)\s+(?:rate\s+)?(?:of\s*)?"
                            r"(?:(?:" + words(vocabulary.APPROXIMATE) + r")\s*)?$", re.IGNORECASE)
_SPAN_AFTER = re.compile(r"\s*(?:over|in|during|between|from|for)\s+(?:the\s+(?:period\s+)?)?"
                         r"(?:fiscal\s+(?:years?\s+)?|FY\s?)?(?P<a>(?:19|20)\d{2})\s*(?:-|–|—|to|and|through)\s*"
                         # two digits end a span only after a dash or FY ("2023-25", "FY24 to FY27"), never a percent's
                         # ("from 28% in fiscal 1995 to 38% in fiscal 2020")
                         r"(?:fiscal\s+|FY\s?)?(?P<b>(?:19|20)\d{2}|(?:(?<=[-–—])|(?<=[-–—]\s)|(?<=FY)|(?<=FY\s))\d{2})"
                         r"(?![\d%]|\s%|[.,]\d)", re.IGNORECASE)
#: a rate's base year named as a base: "off the 2024 base", "from a 2023 base", "以2024年为基数"
_OFF_BASE = re.compile(r"\b(?:off|from)\s+(?:the|a|its|their)\s+((?:19|20)\d{2})\s+(?:base|baseline|level)\b"
                       r"|以\s*((?:19|20)\d{2})\s*年\s*为\s*(?:基数|基期|基准)", re.IGNORECASE)


#: how many figures before a rate the sentence it points back to is looked for in
_BACK_REACH = 40
#: a sentence that opens by pointing back to the one before: "That's", "This implies", "That would", "It works out to",
#: "Implying", "So roughly 2.5x"
_POINTS_BACK = re.compile(r"\s*(?:(?:that|this|it|which)(?:['’]s|\s+(?:is|was|would|implies|implied|works?\s+out|"
                          r"worked\s+out|equals|represents|means|translates))|implying|so|thus|hence)\b", re.IGNORECASE)


def _figures_before(figures, w: _Where) -> list:
    """The figures of the sentences before ``w``'s, up to :data:`_BACK_REACH` of them, the last last."""
    k = bisect_left(figures, w.ss, key=lambda g: g.pos)
    return figures[max(k - _BACK_REACH, 0):k]


def _last_amount_before(figures, w: _Where, item: str, after: int | None = None) -> Figure | None:
    """The last amount of ``item`` with a year (later than ``after``, where given) in the sentences before ``w``'s."""
    return next((g for g in reversed(_figures_before(figures, w)) if g.kind == "amount" and g.item == item
                 and g.year is not None and (after is None or g.year > after)), None)


def _span_pointed_back(f: Figure, w: _Where, figures) -> tuple[int, int] | None:
    """The first and last years of the amounts of ``f``'s item in the sentence before ``f``'s, or in the two before
    where one states a single year ("… hit US$3.6bn last year. In 2019 it was ~US$1.2bn. That's a tripling"): the span
    a rate or a multiple its sentence points back to ("That's …") is of. None where they state fewer than two."""
    prior = _figures_before(figures, w)
    sentences = sorted({g.sentence for g in prior}, reverse=True)
    for back in (sentences[:1], sentences[:2]):
        years = sorted({g.year for g in prior if g.sentence in back and g.kind == "amount" and g.year is not None
                        and g.item == f.item})
        if len(years) >= 2:
            return years[0], years[-1]
    return None


def _cagr_period(f: Figure, w: _Where, said: list, base: int | None, figures, text: str) -> None:
    """A CAGR's first and last years: a stated span, a stated length, a base year, or the years of the amounts
    of its sentence (inferred: the audit then tries every reading)."""
    f.period_status = "stated"
    if w.rng is not None:
        f.start_year, f.end_year = w.rng
        f.span_said = True
        return
    if base is None and (on := _BASE_YEAR_AFTER.match(text, f.end)) and on["a"]:  # "a CAGR of 22.7% from 2024"
        base = int(on["a"])
    off = _OFF_BASE.search(w.sentence)
    first = int(off.group(1) or off.group(2)) if off else None
    if first is not None and not [y for y in said if y > first]:
        f.start_year, f.end_year, f.period_status = first, None, "inferred"
        f.notes.append(f"{f.start_year}: the base year '{off.group(0)}' names; it runs to the series' latest forecast")
        return
    dur = DURATION.search(w.sentence) or re.search(r"(?<!\d)(?P<num>[一二两三四五六七八九十]|\d{1,2})\s*年\s*年?(?:复合|年均|複合|復合)",
                                                 w.sentence)
    if dur is None:
        dur = re.search(r"(?<!\d)(?P<num>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]year "
                        r"(?:CAGR|compound)", w.sentence, re.IGNORECASE)
    if dur:
        n = chinese_int(dur.group("num"))
        f.period = float(n)
        after = [g for g in w.amounts if g.pos > f.pos]  # the amounts after it, and those a base word leads
        bases = [g for g in after if _BASE_BEFORE.search(text, max(0, g.pos - 40), g.pos)]
        if len(said) >= 2 and said[-1] - said[0] == n:
            f.start_year, f.end_year = said[0], said[-1]
        elif re.match(r"未来|未來|next|over the next|in the next", dur.group(0), re.IGNORECASE) \
                and len(bases) == len(after):
            # "A in 2024; over the next five years ..." or "... over the next five years, from A in 2024": no target;
            # but "will reach A by 2030, a CAGR of R over the next five years" runs to its target
            start = said[-1] if said else f.year
            target = next((g for g in reversed(w.amounts) if g.pos < f.pos and g.year == start), None)
            if target is not None and not after and (target.role == "target" or target.status == "estimate"):
                f.start_year, f.end_year = start - n, start
            elif start is not None:
                f.start_year, f.end_year = start, start + n
                _reached_at_the_end(f, w, text, figures)
        elif len(said) == 1 and any(g.year == said[0] for g in bases):
            f.start_year, f.end_year = said[0], said[0] + n  # "a five-year CAGR of R from A in 2023": A is the start
        else:
            end = said[-1] if said else f.year
            if end is not None:
                f.start_year, f.end_year = end - n, end
        f.notes.append(f"the period is {n} years, as the text says")
        for g in figures:  # the span the rate took as its length is not a claim of its own
            if g.kind == "span" and g.value == n and w.ss <= g.pos < w.se:
                g.absorbed = True
        return
    if base is not None:
        later = [y for y in said if y > base]
        f.start_year, f.end_year = base, (later[-1] if later else None)
        return
    f.period_status = "inferred"
    # the latest amount before it and the one it runs "to" ("A in 2024, up from B in 2023, and will grow at R to C in
    # 2029"), else the amounts it follows ("由A增长至B，年均复合增长率R，预计…C"), else the one before and the one after it
    # ("valued at A in 2023 ... a CAGR of R to reach B by 2028"), else those after it
    before = sorted({g.year for g in w.amounts if g.pos < f.pos})
    following = [g for g in w.amounts if g.pos > f.pos]
    after = sorted({g.year for g in following})
    nearest = following[0] if following else None
    # "... and will grow at 18.3% a year to C in 2029"
    reach = nearest if nearest is not None and _TO_TARGET.fullmatch(text, f.end, nearest.pos) else None
    until = _RATE_UNTIL.match(text, f.end) if reach is None else None  # "… in 2023 and will grow at R through 2030"
    last = reach.year if reach is not None else int(until["b"]) if until else None
    moved = following[:2]  # "grew at a CAGR of R from A in 2019 to B in 2024"
    if not before and len(moved) == 2 and _FROM_AFTER_RATE.fullmatch(text, f.end, moved[0].pos) \
            and _TO_AFTER_BASE.fullmatch(text, moved[0].end, moved[1].pos) \
            and None not in (moved[0].year, moved[1].year) and moved[1].year > moved[0].year:
        before, last = [moved[0].year], moved[1].year
    # (a rate after a forecast's target that two years of history come before runs from the latest of them, the
    # forecast's base: "US$1.35bn in FY2024, up 25% from US$1.08bn in FY2023, and … US$3.2bn by FY2029e - a CAGR of
    # roughly 19%")
    history = [g.year for g in w.amounts if g.pos < f.pos and g.status != "estimate" and g.year is not None]
    latest = len(set(history)) >= 2 and max(history) < before[-1]
    first = max(history) if latest else before[0] if before else None
    if first is not None and not latest and (
            at := next((g for g in w.amounts if g.pos < f.pos and g.year == first), None)) is not None:
        # ("$4.2 billion this year, up 24% from $3.4 billion last year, and … $11.8 billion in 2030, … a 23% compound
        # rate": from the level the earlier one is set against, not yet a year of history)
        first = _level_it_is_set_against(at, first, before[-1], text, figures)
    ends = (before[-1], last) if before and last is not None and last > before[-1] \
        else (first, before[-1]) if len(before) >= 2 else (before[-1], after[0]) if before and after \
        else (after[0], after[-1]) if len(after) >= 2 else None
    if ends is None and not before and len(after) == 1 and _FROM_AFTER_RATE.fullmatch(text, f.end, nearest.pos) \
            and nearest.year is not None:
        # "… to reach US$8.7 billion in 2027. The revised outlook implies compound growth of 39.6% a year from the
        # US$3.3 billion the market generated in 2024": from its base to the latest year the sentences before state
        later = [g.year for g in figures if g.kind == "amount" and g.pos < w.ss and g.year is not None
                 and g.year > nearest.year and g.item == f.item]
        ends = (nearest.year, max(later)) if later else None
    if ends is None and len(before) == 1 and not after:
        # "… from USD 12.4 billion to USD 25.1 billion. The Council expects it to reach USD 58 billion by 2030, a pace of
        # about 15% a year": from the latest year the line's sentences before state, of the same item
        earlier = [g.year for g in figures if g.kind == "amount" and g.pos < w.ss and g.year is not None
                   and g.year != before[0] and g.item == f.item]
        # (or to the target a sentence before sets: "到2027年…规模突破500亿元。…2024年…为210亿元，按此推算，年均复合
        # 增长率约为33.5%")
        ends = (max(y for y in earlier if y < before[0]), before[0]) if any(y < before[0] for y in earlier) \
            else (before[0], max(earlier)) if earlier else None
    if ends is None and not before and not after and (_POINTS_BACK.match(text, w.ss)
                                                      or re.search(r"[;；]\s*$", text[max(0, w.ss - 4):w.ss])):
        # "… about $9 billion this year, … around $25 billion in 2029. That's roughly a 29% compound annual rate": the
        # span of the amounts of the sentence it points back to, or of the clause before a semicolon ("TAM $4.8B
        # (2024) -> $8.4B (2029E); ~12% CAGR")
        ends = _span_pointed_back(f, w, figures)
    if ends is not None and ends[1] > ends[0]:
        f.start_year, f.end_year = ends
        f.notes.append(f"the rate's period, {ends[0]}-{ends[1]}, is read from the years of the amounts beside it; "
                       f"{ends[0] + 1}-{ends[1]} is as likely, and the audit tries both")
    else:
        f.end_year = said[-1] if said else f.year
        f.notes.append("no period stated with the rate")


#: between a rate and the amount its move starts from: " from ", "，由2019年的", " a year, from about "
_FROM_AFTER_RATE = re.compile(r"[^\d。；;.!?]{0,24}?(?:\bfrom(?:\s+the)?|由|从|從)\s*(?:(?:19|20)\d{2}\s*年?\s*的?)?\s*(?:"
                              + _ABOUT_WORD + r"\s+)?" + _CURRENCY_BEFORE, re.IGNORECASE)
#: between the amount a move starts from and the one it reaches: " in 2019 to ", "增长至2024年的"
_TO_AFTER_BASE = re.compile(r"[^\d。；;.!?]{0,16}?(?:(?:in\s+)?(?:FY\s?)?(?:19|20)\d{2}\s*)?[^\d。；;.!?]{0,12}?(?:\bto|至|到)\s*"
                            r"(?:(?:19|20)\d{2}\s*年?\s*的?)?\s*(?:" + _ABOUT_WORD + r"\s+)?" + _CURRENCY_BEFORE,
                            re.IGNORECASE)
#: the last year a rate runs to, right after it: "at a CAGR of 37.3% through 2030", "20% a year until 2028"
_RATE_UNTIL = re.compile(r"\s*(?:(?:a|per)\s+(?:year|annum)\s+|annually\s+|(?:over|during)\s+the\s+forecast\s+period\s+)?"
                         r"(?:to|through|thru|until|till|by|out\s+to|up\s+to)\s+(?P<b>(?:19|20)\d{2})\b(?!\s*(?:-|–|—|to)\s*\d)",
                         re.IGNORECASE)
#: the words before an amount a movement reaches: "to $38.4 billion", "reaching", "达到"
_REACHED = re.compile(r"(?:\bto|\breach(?:ing|es)?|达到|達到|增至|升至)\s*(?:about|around|nearly|almost|some|约|約)?\s*"
                      + _CURRENCY_BEFORE, re.IGNORECASE)


def _reached_at_the_end(f: Figure, w: _Where, text, figures) -> None:
    """"At 23.8% a year over the next five years to $38.4 billion": the undated amount the rate grows to is of the
    rate's last year, a forecast."""
    for g in figures:
        if (g.kind in ("amount", "count") and g.year is None and f.end <= g.pos < w.se
                and _REACHED.search(text, max(w.ss, g.pos - 30), g.pos)):
            g.year, g.status = f.end_year, "estimate"
            g.notes.append(f"the amount the rate of {f.value:g}% reaches after its {f.period:g} years: {f.end_year}")


#: a year a change is to be reached by, not the year it happened in: "triple by 2030", "sixfold through 2033"
_DEADLINE = re.compile(r"\s*(?:\w+\s+){0,2}?(?:by|through|until|till|before)\s+(?:the\s+end\s+of\s+)?(?:fiscal\s+(?:year\s+)?|"
                       r"FY\s?)?(?:19|20)\d{2}", re.IGNORECASE)


#: a year a change is to be reached by, before it: "到2027年，市场规模将再翻一番", "by 2030 the market will double"
_DEADLINE_BEFORE = re.compile(r"(?:(?<![截止年\d])(?:到|至)|\b(?:by|through|until))\s*(?:the\s+end\s+of\s+)?"
                              r"(?P<year>(?:19|20)\d{2})", re.IGNORECASE)


#: between a multiple and the amount it multiplies: "2.3 times the $16.2 billion", "three times that of"
_TIMES_THE = re.compile(r"\s*(?:the|that\s+of|its)\s+(?:(?:about|some|roughly|around|nearly|almost)\s+|~\s*)?",
                        re.IGNORECASE)


#: the words before an amount that make it another amount's base: "more than the", "up from", "compared with"
_BASE_AMOUNT_BEFORE = re.compile(r"(?:\bthan|" + words(vocabulary.BASE) + r"|\bversus|\bvs\.?)\s+(?:the\s+)?(?:about\s+|some\s+)?"
                          + vocabulary.BEFORE_CURRENCY, re.IGNORECASE)


def _times_the(f: Figure, w: _Where, text, figures) -> tuple[int, int] | None:
    """The years of a multiple set between the amount it multiplies, right after it ("about 2.3 times the $16.2
    billion it counted for 2024"), and the amount before it in its sentence, or where its sentence points back and
    has none, the latest of its item in the sentences before ("Their 2028 call is $3.9B. That's more than five times
    the ~$0.7B the market was in 2022"), where the second is the later."""
    base = next((g for g in w.amounts if g.pos >= f.end and _TIMES_THE.fullmatch(text, f.end, g.pos)), None)
    # the amount it multiplies, not another's base before it ("$33.4 billion …, 16.1% more than the $28.8 billion …
    # and nearly 2.5 times the $13.4 billion of 2020")
    target = next((g for g in reversed(w.amounts) if g.end <= f.pos
                   and not _BASE_AMOUNT_BEFORE.search(text, max(w.ss, g.pos - 30), g.pos)), None)
    if target is None and base is not None and _POINTS_BACK.match(text, w.ss):
        target = _last_amount_before(figures, w, f.item)
    if base is None or target is None or target.year <= base.year:
        return None
    return base.year, target.year


#: a base year right after a multiple: "a 2.6-fold increase on 2024", "three times over 2023", "2.6x the 2024 level",
#: "2.5 times as much as in 2019", "2.5 times higher than in 2020", "2.5 times what it was in 2019", "2.5 times its
#: level of 2019", "2.4 times its size in 2021", "2.5x where it stood in 2021", "more than triple 2024's level"
_BASE_YEAR_AFTER = re.compile(r"\s*(?:(?:increase|rise|jump|gain|growth|expansion)\s+)?"
                              r"(?:(?:on|over|from|compared (?:with|to)|versus|vs\.?|against|as\s+(?:much|large|big|high)\s+as"
                              r"(?:\s+in)?|(?:higher|more|larger|bigger|greater)\s+than(?:\s+in)?|(?:what|where)\s+it\s+(?:was|stood)\s+in|"
                              r"(?:its|the)\s+(?:level|size|value)\s+(?:of|in))\s+(?:the\s+|its\s+)?"
                              r"(?:FY\s?)?(?P<a>(?:19|20)\d{2})(?![\d\s]*(?:-|–|to\b))"
                              r"|(?:(?:the|its)\s+)?(?P<b>(?:19|20)\d{2})(?:'s|’s)?\s+"
                              r"(?:level|figure|size|total|value|base))",
                              re.IGNORECASE)
#: a base some years before, right after a multiple: "2.5 times what it was five years earlier", "three times its level
#: of four years ago", "twice as much as two years before"
_YEARS_BEFORE_AFTER = re.compile(r"\s*(?:as\s+(?:much|large|big|high)\s+as|what\s+it\s+was|(?:its|the)\s+level\s+of)\s+"
                                 r"(?:(?:some|about|roughly)\s+)?(?P<n>" + SMALL_COUNT + r")"
                                 r"\s+years?\s+(?:earlier|before|ago|previously)\b", re.IGNORECASE)
#: a base named relative to the text's year, right after a multiple: "2.5 times last year's level", "three times its
#: level of this year"
_YEAR_IN_WORDS_AFTER = re.compile(r"\s*(?:(?:its|the)\s+(?:level|size|figure|total|value)\s+(?:of\s+)?(?P<a>last|this)\s+year\b"
                                  r"|(?P<b>last|this)\s+year(?:'s|’s))", re.IGNORECASE)
#: the year, named relative to the text's, a Chinese multiple is of, right before it: "是去年的3倍", "为今年的"
_YEAR_IN_WORDS_BEFORE_CJK = re.compile(r"(?:是|为|為|相当于|相當於|约|約)\s*(?P<a>去年|今年)\s*(?:的)?\s*(?:约|約)?\s*$")
#: a multiple of another thing's size, no growth: "2.5 times the size of Europe's", "twice as large as Japan's market"
_TIMES_ANOTHER = re.compile(r"\s*(?:the\s+size\s+of|as\s+(?:large|big)\s+as|that\s+of)\s+(?:the\s+)?"
                            r"(?!(?:19|20)\d{2})(?:[A-Z][\w.-]*\s*){1,3}(?:'s|’s)?", re.IGNORECASE)


#: a multiple over the year before, said right before it: "按年增加逾一倍", "同比增长2倍", "year on year, tripled"
_YOY_BEFORE = re.compile(r"(?:同比|按年|(?:较|較|比)(?:上年|去年)|\byear[- ](?:on|over)[- ]year,?)\s*(?:增长|增長|增加|上升|"
                         r"提升|rose|grew|increased)?了?\s*(?:近|约|約|逾|超过|超過|more\s+than|nearly)?\s*$", re.IGNORECASE)
#: a base year right before a multiple: "较2022年翻了一番", "比2020年增长3倍", "compared with 2021, it tripled",
#: "在2024年基础上翻两番"
_BASE_YEAR_BEFORE = re.compile(r"(?:较|較|比|相比|相較|是|为|為|达到|達到|达|達|在|compared\s+(?:with|to))\s*((?:19|20)\d{2})\s*年?"
                               r"(?:的?(?:基础|基礎|水平)上)?"
                               r"(?:\s*[(（][^()（）]{1,20}[)）])?(?:的水平|的)?[,，]?\s*"  # "是2022年（540亿元）的"
                               # "较2019年的716亿元增长2倍": its amount
                               r"(?:\d[\d.,]*\s*(?:万亿|萬億|亿|億|万|萬|兆)?\s*(?:美元|港元|日元|欧元|元|台|部|辆|輛)?\s*)?"
                               r"(?:it\s+|已|已经|已經|则|則)?(?:增长|增長|增加|成长|成長)?了?\s*(?:近|约|約|将近|將近|超过|超過|逾)?\s*$",
                               re.IGNORECASE)
#: the words before a multiple that grew "by" it: 增长2倍, 增长了近两倍, 增長逾3倍, "grew 4 times"
_GREW_BY = re.compile(r"(?:增长|增長|增加|成长|成長|提升|扩大|擴大)了?\s*(?:近|约|約|将近|將近|超过|超過|逾|达|達)?\s*$|grew\s*$")
#: the note on a multiple that grew "by N times" (增长N倍): xN as often written, x(N+1) by the letter
EITHER_READING = "增长N倍 may mean xN or x(N+1); both readings are checked"


#: a year of its own right after a multiple: "tripled in 2024", "doubled during 2023" (no span of years)
_IN_ITS_YEAR = re.compile(r"\s+(?:in|during)\s+((?:19|20)\d{2})\b(?!\s*(?:-|–|to|and)\s*(?:19|20)?\d{2})", re.IGNORECASE)


#: the years a multiple took, said in words after it: "tripled in just three years", "doubled over the past two
#: years", "has doubled since 2021"
_PERIOD_IN_WORDS = re.compile(r"\s*(?:(?:in|over|within|during|across)\s+(?:just|only|less\s+than|under|barely)?\s*"
                              r"(?:the\s+(?:past|last|previous)\s+)?(?P<n>" + SMALL_COUNT + r")\s+years?\b"
                              r"|since\s+(?:FY\s?)?(?P<since>(?:19|20)\d{2})\b)", re.IGNORECASE)


#: the years a multiple took, said in Chinese right before it: "五年间增长了四倍", "过去5年增长3倍", "近五年翻了一番"
_PERIOD_BEFORE_CJK = re.compile(r"(?:过去|過去|近|最近|这|這)?(?<![\d.])(?P<n>[二两兩三四五六七八九十]|\d{1,2})\s*年(?:间|間|来|來|内|內|里|裡)?"
                                r"\s*[,，]?\s*(?:已|已经|已經|再|又|还|還)?(?:增长|增長|成长|成長|增加|扩大|擴大)?了?\s*"
                                r"(?:近|约|約|将近|將近|超过|超過|逾)?\s*$")


#: a present perfect right before a multiple, which runs to now: "it has tripled", "has more than doubled"
_HAS_BEFORE = re.compile(r"\b(?:has|have)\s+(?:(?:more\s+than|nearly|almost|roughly|about)\s+)?$", re.IGNORECASE)


def _period_in_words(f: Figure, took, w: _Where, text, figures) -> tuple[int, int] | None:
    """The first and last years of a multiple whose period is said in words (:data:`_PERIOD_IN_WORDS`): it ends at
    the year of the amount it reaches ("to $6.3 billion in 2024"), else at the latest year its sentence's amounts
    name, else at its own year; it starts that many years before, or at the year it is "since"."""
    target = _reached_after(took.end(), w, text)
    said = _amount_years(figures, w)
    bases = [g.year for g in w.amounts if g is not target and g.pos < f.pos and g.year is not None]
    if target is not None and bases and not took["since"] and (target.year is None or target.year <= max(bases)):
        # "booked $2.3 billion in 2024 … expects the market to triple within three years, to roughly $7 billion": the
        # target, with no later year of its own, is that many years after the latest amount's
        target.year = max(bases) + chinese_int(took["n"])
        target.notes.append(f"{target.year}: {took.group(0).strip()!r} after {max(bases)}, the year it reaches")
    end = target.year if target is not None and target.year is not None \
        else max(bases) if took["since"] and bases else max(said, default=f.year)  # "$1.46bn in 2024, … fivefold
    # since 2019, and … US$3.9bn by 2029": to now, the amount before it, not the forecast after
    latest = max((g.year for g in figures if g.kind == "amount" and g.pos < w.ss and g.year is not None
                  and g.status != "estimate"), default=None)  # the latest year of history the sentences before state
    if took["since"] and (end is None or end <= int(took["since"])) and latest is not None:
        end = latest  # "£64 million in 2024. That spend has tripled since 2020, when it stood at £21 million": to now
    if end is None:
        return None
    if (not said or _HAS_BEFORE.search(text, max(w.ss, f.pos - 30), f.pos)) and target is None and not took["since"]:
        # "hit $412M in 2024. Back in 2020 this was a niche - the market has more than tripled in four years", "$2.1B in
        # 2024 … the category was just $0.7B in 2020, so it has tripled in four years": the year its sentence names
        # is the start, where the latest amount before it is that many years later (a present perfect runs to now)
        end = latest if end + chinese_int(took["n"]) == latest else end
    start = int(took["since"]) if took["since"] else end - chinese_int(took["n"])
    if start >= end:
        return None
    for g in figures:  # the span it took as its period is no claim of its own
        g.absorbed = g.absorbed or g.kind == "span" and took.start() <= g.pos < took.end()
    return start, end


def _reached_after(pos: int, w: _Where, text) -> Figure | None:
    """The amount of the sentence a movement ending at ``pos`` reaches, right after it: "to $6.3 billion", "至21.6億港元"."""
    to = next((g for g in w.amounts if g.pos >= pos), None)
    return to if to is not None and _TO_TARGET.fullmatch(text, pos, to.pos) else None


def _over_the_year_before(f: Figure, text: str) -> None:
    """A multiple of its own year ("doubled in 2024"): the move from the year before."""
    f.start_year, f.end_year, f.period = f.year - 1, f.year, 1.0
    f.notes.append(f"'{text[f.pos:f.end]}' in {f.year} read as over the year before")


#: a multiple set against what was said before, nothing named after it: "nearly 3x as much", "twice as large"
_AS_MUCH = re.compile(r"\s*(?:times\s+)?as\s+(?:much|many|large|big|high)\b(?!\s+as\b)", re.IGNORECASE)


def _as_much(f: Figure, w: _Where, figures) -> tuple[int, int] | None:
    """The years of a multiple "as much" as what the text said before (:data:`_AS_MUCH`): from the year of the
    latest amount of its item before its sentence to the year of the amount its sentence states before it, where
    that is the later."""
    target = next((g for g in reversed(w.amounts) if g.end <= f.pos and g.year is not None), None)
    base = _last_amount_before(figures, w, f.item)
    return (base.year, target.year) if target and base and base.year < target.year else None


def _multiple_claim(f: Figure, w: _Where, text, figures) -> None:
    """A growth multiple with its period: "every 18 months", "compared with last year", a year range; "more than
    double" is a lower bound."""
    f.claim = "multiple"
    if _LOWER.search(text, max(w.cs, f.pos - 24), f.pos) or _OR_MORE.match(text, f.end):  # "2倍以上"
        f.bound = "low"
        f.notes.append("a lower bound on the multiple, not its value")
    every = _EVERY.search(text[max(w.ss, f.pos - 200):f.pos])
    span = None
    if every:
        num = every.group("num")  # "每18个月", "every two years", "每年" (one)
        n = 1.0 if num is None else float(num) if re.fullmatch(r"\d+(?:\.\d+)?", num) else float(chinese_int(num))
        f.period = n / 12 if "月" in every.group("unit") or every.group("unit").startswith("month") else n
    elif (took := _PERIOD_IN_WORDS.match(text, f.end)) and (span := _period_in_words(f, took, w, text, figures)):
        f.start_year, f.end_year = span  # "tripled in just three years to $6.3 billion in 2024", "doubled since 2021"
        f.period = float(span[1] - span[0])
    elif (took := _PERIOD_BEFORE_CJK.search(text, max(w.cs, f.pos - 24), f.pos)) and (
            end := max([*_amount_years(figures, w), f.year or 0])):
        # "去年收益约120亿港元，与2019年相比，五年间增长了四倍", "近五年翻了一番": that many years to its sentence's year
        f.start_year, f.end_year = end - chinese_int(took["n"]), end
        f.period = float(f.end_year - f.start_year)
        span = took
    elif not w.amounts and _POINTS_BACK.match(text, w.ss) and not _BASE_YEAR_AFTER.match(text, f.end) \
            and (back := _span_pointed_back(f, w, figures)) and (f.year is None or back[1] >= f.year):
        # (not "That's 3x what it was in 2020": its own base; nor "… and we expect the market to double by 2029")
        f.start_year, f.end_year = back  # "… US$3.6bn last year. In 2019 it was ~US$1.2bn. That's a tripling"
        f.period = float(back[1] - back[0])
        f.notes.append(f"the span {back[0]}-{back[1]} of the amounts before, which its sentence points back to")
    elif _AS_MUCH.match(text, f.end) and (pair := _as_much(f, w, figures)) is not None:
        f.start_year, f.end_year = pair  # "… $142 million on them in 2021. In 2024 they spent $405 million, nearly 3x
        f.period = float(pair[1] - pair[0])  # as much": from the level the sentence before names
        f.notes.append(f"{pair[0]}: the year of the amount before, which 'as much' is set against")
    elif (pair := _times_the(f, w, text, figures)) is not None:
        # "$37.5 billion in 2025, about 2.3 times the $16.2 billion"
        f.start_year, f.end_year = pair
        f.period = float(pair[1] - pair[0])
    elif (ago := _YEARS_BEFORE_AFTER.match(text, f.end)) and f.year is not None:
        # "$5.0 billion in 2024, roughly 2.5 times what it was five years earlier": from that many years before
        f.start_year, f.end_year = f.year - chinese_int(ago["n"]), f.year
        f.period = float(f.end_year - f.start_year)
    elif _TIMES_ANOTHER.match(text, f.end) and re.search(r"\btimes$|\btwice$|-?fold$", text[f.pos:f.end], re.IGNORECASE):
        f.absorbed = True  # "two and a half times the size of Europe's": a ratio of two things, no growth
        return
    elif (w.published is not None and ((on := _YEAR_IN_WORDS_AFTER.match(text, f.end))
                                        and re.search(r"(?:times|x|fold)$", text[f.pos:f.end], re.IGNORECASE)
                                        or (on := _YEAR_IN_WORDS_BEFORE_CJK.search(text, max(w.cs, f.pos - 12), f.pos)))
          and (base := w.published - ((on["a"] or on["b"]).lower() in ("last", "去年")))
          and (later := [y for y in [*_amount_years(figures, w), f.year] if y is not None and y > base])):
        # "US$2.2 billion by 2029, some 2.5 times last year's level", "2029年…將達12.6億港元，是去年的3倍": from the
        # year before the text's
        f.start_year, f.end_year = base, max(later)
        f.period = float(f.end_year - f.start_year)
    elif (on := _BASE_YEAR_AFTER.match(text, f.end)) and (
            later := [y for y in [*_amount_years(figures, w), f.year] if y is not None and y > int(on["a"] or on["b"])]
            or [g.year for g in _figures_before(figures, w) if g.kind == "amount" and g.item == f.item
                and g.year is not None and g.year > int(on["a"] or on["b"])]):
        # "to reach $4.9 billion by 2028, a 2.6-fold increase on 2024": from the year it names to the amount's, or to
        # the year its own words give it ("Last year's total was more than fivefold the 2019 level, and … next year"),
        # or, where its sentence names no later one, to the latest amount's before it ("… $690 million in 2024, … The
        # market more than doubled from 2022, when it stood at $310 million")
        f.start_year = int(on["a"] or on["b"])
        f.end_year = f.year if f.dated and f.year is not None and f.year > f.start_year else max(later)
        f.period = float(f.end_year - f.start_year)
    elif (on := _BASE_YEAR_BEFORE.search(text, max(w.ss, f.pos - 32), f.pos)) and (
            later := [y for y in [*_amount_years(figures, w), f.year] if y is not None and y > int(on.group(1))]
            or [y for m in YEAR.finditer(text, w.ss, on.start()) if (y := int(m["year"])) > int(on.group(1))][-1:]):
        # "2024年…规模达到1,185亿元，…，较2022年翻了一番": from the year it names to its sentence's (not the year of
        # an aside in brackets before it: "同比增长21.0%（2023年为4,230亿元），较2020年的1,280亿元增长3倍"), or to the
        # year its sentence names before the base with no amount ("2028年市場規模將較2024年成長逾3倍")
        f.start_year = int(on.group(1))
        same = [g for g in w.amounts if g.pos < f.pos and g.year == f.year]
        aside = f.year is not None and ((year_at := text.rfind(str(f.year), w.ss, f.pos)) >= 0
                                        and _in_brackets(text, year_at)
                                        or same and all(_in_brackets(text, g.pos) for g in same))  # "（前年為3.9億港元）"
        f.end_year = f.year if f.year is not None and f.year > f.start_year and not aside else max(later)
        f.period = float(f.end_year - f.start_year)
    elif _LAST_YEAR.search(text[max(w.ss, f.pos - 200):f.pos]) and f.year is not None \
            and not _DEADLINE.match(text, f.end):  # (not "…, up on a year earlier, and to double by 2028")
        f.period, f.start_year, f.end_year = 1.0, f.year - 1, f.year
    elif f.year is not None and _YOY_BEFORE.search(text, max(w.cs, f.pos - 16), f.pos):  # "開支按年增加逾一倍"
        to = _reached_after(f.end, w, text)  # … of the year of the amount it rose to
        f.year = to.year if to is not None and to.year is not None else f.year
        _over_the_year_before(f, text)
    elif w.rng is not None:
        f.start_year, f.end_year = w.rng
        f.period = float(w.rng[1] - w.rng[0])
    elif (f.year is not None and (own := _IN_ITS_YEAR.match(text, f.end)) and int(own.group(1)) == f.year
          and re.search(r"^(?:doubl|tripl|quadrupl)ed", text[f.pos:f.end], re.IGNORECASE)
          and not any(y < f.year - 1 for y in _amount_years(figures, w))):  # not "... from $3bn in 2022"
        _over_the_year_before(f, text)  # "tripled in 2024 alone (to A, from B in 2023)"
    elif (f.year is not None and f.dated and _RELATIVE_RIGHT_AFTER.match(text, f.end)
          and not any(y < f.year - 1 for y in _amount_years(figures, w))):
        _over_the_year_before(f, text)  # "it grew two-and-a-half times last year, to $73.5 billion"
    elif f.start_year is None and f.year is not None and _DEADLINE.match(text, f.end) \
            and (earlier := [y for y in _amount_years(figures, w) if y < f.year]) and (
                f.year > max(_amount_years(figures, w)) or any(g.pos > f.pos and g.year == f.year for g in w.amounts)):
        # "$1.67 billion in 2024 ... double by 2027", and "€1.37 billion last year, up 16% from €1.17 billion in 2023,
        # … to more than double by 2030, to about €2.9 billion": from the latest year before it
        f.start_year, f.end_year = max(earlier), f.year
        f.period = float(f.end_year - f.start_year)
    elif f.start_year is None and f.year is not None and _DEADLINE.match(text, f.end) and not w.amounts and (
            before := [g.year for g in figures if g.kind == "amount" and g.pos < w.ss and g.year is not None
                       and g.year < f.year and g.status == "actual"]):
        # "… ¥142 billion in fiscal 2024 … It expects spending to more than double by fiscal 2027": from the latest
        # year the text reports, where its own sentence states no amount
        f.start_year, f.end_year = max(before), f.year
        f.period = float(f.end_year - f.start_year)
    elif f.start_year is not None or len(_amount_years(figures, w)) >= 2:
        said, base = _amount_years(figures, w), f.start_year
        # the amounts of its own clause, where they name two years: "will more than double their spending to $31
        # billion in 2028 from $14.2 billion last year, …, and the total will top $40 billion by 2030"
        own = sorted({g.year for g in w.amounts if w.cs <= g.pos < w.ce and g.year is not None})
        said = own if len(own) >= 2 else said
        start = base if base is not None else said[0]
        end = ([y for y in said if y > start] or [start + 1])[-1]
        to = _reached_after(f.end, w, text)  # "more than quadrupled to £480 million by 2008": the year it reaches
        end = to.year if to is not None and to.year is not None and to.year > start else end
        f.start_year, f.end_year, f.period = start, end, float(end - start)
    elif f.year is not None and f.year > min(_amount_years(figures, w), default=f.year):  # "A in 2024 … triple by 2030"
        start = max(y for y in _amount_years(figures, w) if y < f.year)
        f.start_year, f.end_year, f.period = start, f.year, float(f.year - start)
    elif (f.year is not None and (to := _reached_after(f.end, w, text)) is not None and to.year is not None
          and to.year > f.year and (carried := next((g for g in figures if g.kind == "amount" and g.year == f.year
                                                     and g.pos < w.ss), None)) is not None):
        # "In 2021 the market reached $96 billion. Two years later it had more than doubled to $208 billion in 2023":
        # the year carried from the sentence before is the base, the amount it rose to gives the last year; of the
        # years that sentence reports, the latest ("grew to $4.7 billion in 2024 from $3.9 billion in 2023. … expects
        # the market to more than double to $10.2 billion by 2029" is over 2024-2029)
        start = max((g.year for g in figures if g.kind == "amount" and g.sentence == carried.sentence
                     and g.year is not None and f.year <= g.year < to.year and g.status == "actual"), default=f.year)
        f.start_year, f.end_year, f.period = start, to.year, float(to.year - start)
    elif f.year is not None and re.search(r"^(?:doubl|tripl|quadrupl)|翻", text[f.pos:f.end], re.IGNORECASE) \
            and not _DEADLINE.match(text, f.end) and not any(  # "tripled in 2024", not "triple by 2030"
                int(m.group("year")) == f.year for m in _DEADLINE_BEFORE.finditer(text, w.ss, f.pos)):
        _over_the_year_before(f, text)  # "doubled in 2024"
    if f.start_year is None and f.period is None and f.year is not None and (before := [
            g.year for g in figures if g.kind in ("amount", "count") and g.pos < w.ss and g.year is not None
            and g.year < f.year and subject_key(g.subject) == subject_key(f.subject)]):
        # "… worth about $180 billion last year. By 2030 we see a $1.3-trillion market, roughly sevenfold": from the
        # latest year of the market's amounts before its sentence
        f.start_year, f.end_year = max(before), f.year
        f.period = float(f.end_year - f.start_year)
    if f.start_year is None and f.period is None and f.year is not None:
        f.end_year = f.year
    if f.period is not None:
        f.period_status = "stated" if f.start_year is None or w.rng is not None or span else "inferred"
    if _GREW_BY.search(text[max(w.ss, f.pos - 10):f.pos]):
        f.notes.append(EITHER_READING)


def _span_claim(f: Figure, w: _Where, text, figures) -> None:
    """"Over the next ten years": its first year is read from the context, so the audit may try the next one."""
    f.claim, f.start_year, f.end_year, f.period_status = "span", f.year, None, "inferred"


def _amount_claim(f: Figure, w: _Where, text, figures) -> None:
    """An amount or a count: a stated value, or a total over a range of years ("累计", "in total"); a cumulative one
    of a single year ("2024年，…累计完成软件业务收入128,462亿元") is that year's value."""
    f.start_year = f.end_year = f.year
    said = _TOTAL.search(text[max(w.ss, f.pos - 12):f.pos])
    if said and (w.rng is not None or said.group(0).lower() in ("累计", "cumulative") and f.year is None):
        # not "合计投入" of one year
        f.claim = "total"
        earlier = [g for g in figures if g.kind == f.kind and w.ss <= g.pos < f.pos]
        if earlier:
            f.subject = earlier[-1].subject
        if w.rng is not None:
            f.start_year, f.end_year = w.rng
    else:
        f.claim = "value" if f.kind == "amount" or f.bound is not None else "count"
        f.central = f.bound is None and bool(_CENTRAL.search(text, max(w.ss, f.pos - 40), f.pos))


#: words that name an amount a range's central figure: "The midpoint, $440 million", "a central estimate of",
#: "its point estimate is", "the headline figure,"
_CENTRAL = re.compile(r"\b(?:mid-?point|central\s+(?:estimate|case|figure|scenario)|point\s+estimate|headline\s+"
                      r"(?:estimate|figure)|best\s+estimate)\b[^.;$€£¥\d]{0,24}$", re.IGNORECASE)


#: how each kind of figure becomes a claim (amounts and counts by default)
CLAIMS = {"percent": _percent_claim, "multiple": _multiple_claim, "span": _span_claim}


def _level_of_a_rise_from_a_year(text, figures, sentence_cuts) -> None:
    """An amount whose sentence names no year but the one a rise after it runs from ("China accounted for $818
    billion, nearly two-thirds of the increase, growing 20% from 2023"): the level the rise reaches, of the year it
    runs to, not of its base."""
    by_sentence: dict = {}
    for f in figures:
        by_sentence.setdefault(_segment(f.pos, sentence_cuts), []).append(f)
    for r in figures:
        if not (r.kind == "percent" and r.claim == "growth" and r.period == 1 and r.start_year is not None
                and r.end_year == r.start_year + 1):
            continue
        ss, se = _segment(r.pos, sentence_cuts)
        base = YEAR.search(text, r.end, se)
        if YEAR.search(text, ss, r.pos) or base is None or int(base["year"]) != r.start_year:
            continue  # a year before the rate is the amounts' own; the base must be named after it
        for a in by_sentence[(ss, se)]:
            if a.pos < r.pos and a.kind in ("amount", "count") and a.role is None and a.subject == r.subject \
                    and a.year in (None, r.start_year) and not a.dated and a.bound is None and a.part is None:
                a.year = r.end_year
                if a.claim == "value":
                    a.start_year = a.end_year = a.year
                a.notes.append(f"{a.year}: the year the rise after it runs to from {r.start_year}")


def _later_years_are_estimates(text, figures, sentence_cuts) -> None:
    """In a sentence that forecasts ("expected", "预计"), figures of later years than its first are estimates."""
    by_sentence: dict = {}
    for f in figures:
        if f.kind in ("amount", "count") and f.year is not None:
            by_sentence.setdefault(_segment(f.pos, sentence_cuts), []).append(f)
    for (ss, se), figs in by_sentence.items():
        cue = next(forecast_cues(text, ss, se), None)
        if not cue:
            continue
        first = min(f.year for f in figs)
        for f in figs:
            # "2023年为398亿元，2024年预计达到486亿元": only after the cue; a frame's base and target have their status
            if f.year > first and f.pos > cue.start() and f.role not in ("base", "target", "restated", "prior"):
                f.status = "estimate"


#: between a span and the rate it heads: "年的年复合增长率为", " CAGR of ", "期間的年均增速約"
_HEADS_A_RATE = re.compile(r"[^\d,，;；。.]{0,12}?(?:复合|複合|年均|CAGR|compound)[^\d,，;；。.]{0,16}", re.IGNORECASE)


def _range_near(pos, at: _YearsAt, ss, se, end=None):
    """The span of years of the figure at ``pos`` (ending at ``end``): one that follows it with a preposition ("a
    CAGR of 31.1% from 2023 to 2028", after "a CAGR of 28.7% from 2019 to 2023 and"), else the last one before it in
    its sentence, else the first after it, unless a rate stands between them, or right after the span, whose span it
    is ("a CAGR of 69.8%, and ... a CAGR of 41.2% from 2024 to 2029")."""
    inside = [(s, m) for s, e, m in _within(at.range_starts, at.ranges, ss, se)]
    if not inside:
        return None
    later = next((m for s, m in inside if end is not None and s >= end), None)
    if later is not None and (own := _OWN_SPAN_GAP.fullmatch(later.string, end, later.start())) \
            and (own["to"] or re.match(r"(?:from|between)\b", later.group(0), re.IGNORECASE)):
        a, b = _range_years(later)
        if b > a:
            return a, b
    before = [x for x in inside if x[0] < pos]
    if before and end is not None and _OWN_YEAR_AFTER.match(before[-1][1].string, end):
        before = []  # "…over fiscal 2021-2024, while cloud sales grew 23% in fiscal 2024": a year of its own
        inside = [x for x in inside if x[0] > pos]
        if not inside:
            return None
    if not before and bisect_left(at.rates, inside[0][0]) > bisect_right(at.rates, pos):
        return None
    if not before:  # nor where it heads a rate of its own: "…，由2019年的12亿元增长至…，2024年至2030年的年复合增长率为30.2%"
        m = inside[0][1]
        k = bisect_left(at.rates, m.end())
        if k < len(at.rates) and at.rates[k] != pos and at.rates[k] < se \
                and _HEADS_A_RATE.fullmatch(m.string, m.end(), at.rates[k]):
            return None
    a, b = _range_years((before[-1] if before else inside[0])[1])
    return (a, b) if b > a else None


#: a single year of a rate's own right after it: " in fiscal 2024", " in 2024" (not "in 2021-2024")
_OWN_YEAR_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent)?\s+in\s+(?:fiscal\s+(?:year\s+)?|FY\s?)?(?:19|20)\d{2}(?!\d|\s*[-–/])",
                             re.IGNORECASE)


#: the words between a rate and a span of years that make the span its own: " a year from", ", over", " between",
#: " CAGR for"
_OWN_SPAN_GAP = re.compile(r"[\s,]*(?:(?:a|per)\s+year|annually|CAGR|(?:compound\s+)?annual\s+growth(?:\s+rate)?)?"
                           r"[\s,]*(?:(?P<to>from|between|over|during|in|for|through|"
                           r"across)\s+(?:the\s+(?:period|years?)\s+(?:of\s+)?)?)?", re.IGNORECASE)


#: a word of two measures at the end of a list's one name: "汽车产销"
_PAIRED = re.compile("(?:" + "|".join(vocabulary.PAIRED_MEASURES) + ")$")


#: between a multiple of a year's level and the amount it comes to: " times its 2024 size, at roughly ", " this year's
#: level, around "
_MULTIPLE_COMES_TO = re.compile(r"\s*(?:times|x|-?fold)?\s+(?:(?:its|the)\s+(?:19|20)\d{2}|(?:(?:19|20)\d{2}"
                                r"|this\s+year|last\s+year)(?:'s|’s))\s+(?:size|level|value|total|figure)\s*,\s*"
                                r"(?:(?:at|to|or|i\.e\.)\s+)?(?:(?:roughly|about|around|some|nearly|almost)\s+)?"
                                + _CURRENCY_BEFORE, re.IGNORECASE)


def _amount_of_a_multiple(text: str, figures: list) -> None:
    """The amount a multiple of a year's level comes to ("by 2030 the market will be 2.5 times its 2024 size, at
    roughly $10 billion") is of the multiple's last year, not of the year it names as its base."""
    for m, g in zip(figures, figures[1:]):
        if m.kind == "multiple" and m.end_year is not None and g.kind == "amount" and g.year != m.end_year \
                and _MULTIPLE_COMES_TO.fullmatch(text, m.end, g.pos):
            g.year = g.start_year = g.end_year = m.end_year
            if m.end_year > (m.start_year or m.end_year):
                g.status = "estimate"
            g.notes.append(f"{m.end_year}: the year of the multiple ({m.value:g}x) it comes to")


def _respectively(text, figures, sentence_cuts) -> None:
    """"X、Y、Z 分别为 A、B、C", "X, Y and Z reached A, B and C, respectively": one item each (the years of a list
    over a list of years are a frame's: :mod:`.frames`)."""
    last_names: list[str] = []
    positions = [f.pos for f in figures]
    for m in _RESPECTIVELY.finditer(text):
        ss, se = _segment(m.start(), sentence_cuts)
        # "were A, B and C, respectively": the list stands before the word (else after it); "分别为A、B、C" after it
        # (else before it)
        lists = (_list_before(text, figures, positions, ss, m.start()),
                 _list_after(text, figures, positions, m.end(), se))
        first = 0 if m.group(0).isascii() else 1
        before = (len(lists[first]) >= 2) == (first == 0)
        group = lists[0] if before else lists[1]
        if len(group) < 2:
            continue
        for f in group[1:]:
            f.subject = group[0].subject
        if any(f.role == "each" for f in group):  # a frame gave each its year of a list of years
            for f in group:
                if f.kind != "percent":  # a rate's years are over the year before its own
                    f.start_year = f.end_year = f.year
            _rates_of_the_years(text, figures, positions, group, se)
            continue
        if before:  # "Cloud, edge and on-premise deployments reached A, B and C, respectively"
            head = _VERBS.sub("", text[ss:group[0].pos].rstrip())
        else:
            head = text[max(ss, _segment(m.start(), _bounds(text, re.compile(r"[,，;；]")))[0]):m.start()]
        names = [n.strip() for n in re.split(r"[、,，]|\band\b|和|与|與|及", _LIST_MEASURE.sub("", head))]
        names = [re.sub(r"^(?:.*?(?:中|里)\s*[,，]|其中)", "", n).strip(" 的") for n in names if n.strip()]
        # "In 2024 the markets for A, B and C were worth": the year, the measure before the first name and the verb
        # after the last are no part of a name
        names = [_NAME_TAIL.sub("", _NAME_HEAD.sub("", n)).strip() for n in names]
        names = [_CN_NAME_HEAD.sub("", n).strip() for n in names]
        names = [n for n in names if n]
        paired = _PAIRED.search(names[0]) if len(names) == 1 else None
        if paired:  # "新能源汽車產銷分別完成了958.7萬輛和949.5萬輛": production, then sales
            names = [names[0][:paired.start()] + w for w in vocabulary.PAIRED_MEASURES[paired.group(0)]]
        if not before and len(names) >= 2 and all(_CJK_NAME.fullmatch(n) for n in names) \
                and _MARKET_WORD.search(names[-1]) and not any(_MARKET_WORD.search(n) for n in names[:-1]):
            # "全球和中国AI搜索市场规模分别为": the market phrase after the last name is every name's; the last keeps
            # as many characters as the longest other name, or, near as long as they are, all before its market word
            # ("智能客服、智能车载语音市场规模")
            longest = max(len(n) for n in names[:-1])
            bare = re.sub(r"(?:地区|地區|区域|區域)$", "", names[-1][:_MARKET_WORD.search(names[-1]).start()])
            names = names[:-1] + [bare if len(bare) <= longest + 2 else names[-1][:longest]]
        # figures before the list: no names ("they ... reach $13.9 billion"); but "5G智能手机", "x86服务器" are names
        if any(re.search(r"(?<![A-Za-z\d.])\d[\d.,]*(?![A-Za-z\d])", n) for n in names):
            names = []
        if before and len(names) >= len(group):
            names = _shared_noun_dropped(names[-len(group):])
        if len(names) < len(group) and len(last_names) == len(group):
            names = last_names
        last_names = names
        whole = [f for f in _within(positions, figures, ss, m.start()) if f.kind == "count" and f.item == "Total"]
        if whole and group[0].kind in ("count", "percent") and len(names) == len(group):
            for f in group:  # parts of the count stated before the list, in its series
                f.of, f.subject = "Total", whole[-1].subject
        # the whole may close the sentence before: "…规模为412亿元…；其中，智能客服…分别为"
        lo = _segment(ss - 1, sentence_cuts)[0] if ss and re.match(r"[\s,，]*其中", text[ss:m.start()]) else ss
        of_which = [f for f in _within(positions, figures, lo, m.start()) if f.kind == group[0].kind == "amount"
                    and f.item == "Total" and OF_WHICH.search(text, f.end, m.start())]
        if of_which and len(names) == len(group):  # "规模为156.3亿元，其中图像标注、语音标注…规模分别为": the whole's parts
            for f in group:
                f.subject = of_which[-1].subject
        if group[0].kind == "percent" and any(f.claim == "cagr" for f in group):  # a list of rates is of one kind
            cagr = next(f for f in group if f.claim == "cagr")
            for f in group:
                f.claim, f.period_status, f.period = "cagr", cagr.period_status, cagr.period
                f.start_year, f.end_year = cagr.start_year, cagr.end_year
            years = sorted({f.year for f in _within(positions, figures, ss, group[0].pos)
                            if f.kind == "amount" and f.year is not None})
            if len(names) != len(group) and cagr.period_status == "inferred" and len(years) == len(group) + 1:
                # "rose from A in 2021 to B in 2024 and … to C in 2029, representing CAGRs of 67.1% and 36.4%,
                # respectively": one rate for each stretch between the years of the amounts, in order
                for f, a, b in zip(group, years, years[1:]):
                    f.start_year, f.end_year = a, b
                    f.notes.append(f"the rate of {a}-{b}, the stretch between the amounts' years its place names")
        if len(names) == len(group) and before and group[0].kind == "percent":
            # "by 2030 they are forecast to reach $13.9 billion, $11.0 billion and $10.4 billion, compound growth of
            # 21.6%, 31.8% and 43.3% a year respectively": the amounts listed before the rates are the same names'
            amounts = [f for f in _within(positions, figures, ss, group[0].pos) if f.kind == "amount"][-len(group):]
            if len(amounts) == len(group) and all(_LIST_GAP.fullmatch(text[a.pos:b.pos])
                                                  for a, b in zip(amounts, amounts[1:])):
                group = amounts + group
                names = names + names
        names = [item_name(n) for n in names]  # "Software, hardware and services": "Hardware", as an item is named
        if names and _WORLD.fullmatch(names[0]):  # "全球和中国…分别为": the world's market is the whole
            names = ["Total"] + names[1:]
        _year_after_the_list(text, group)
        if names and len(names) >= len(group):
            for f, name in zip(group, names[-len(group):]):
                f.item, f.listed = name, True
                f.notes.append(f"item {name!r} from the list before '{m.group(0)}'")
            # a list of as many amounts or rates later in the sentence is the same names' ("…, respectively, up
            # from $49.5 billion and $27.0 billion in 2023", "分別為1,350萬台、380.9萬台，年增2.2%及2.6%")
            at = bisect_left(positions, m.end())
            while at < len(figures) and figures[at].pos < se:
                run = _list_after(text, figures, positions, figures[at].pos, se)
                if len(run) == len(group) and run[0].kind in (group[0].kind, "percent") \
                        and not any(f.listed for f in run):
                    _year_after_the_list(text, run)
                    for f, name in zip(run, names[-len(group):]):
                        f.item, f.listed, f.subject = name, True, group[0].subject
                        f.notes.append(f"item {name!r} from the list before '{m.group(0)}'")
                at += max(len(run), 1)


def _rates_of_the_years(text, figures, positions, group, se) -> None:
    """A later list of as many rates of change in the sentence as a list of years' amounts is those years' rises,
    one for one: "2025年、2026年將分別成長至798億美元及1,126億美元，年增率分別為55.9%及44.1%"."""
    amounts = [f for f in group if f.kind != "percent" and f.year is not None]
    at = bisect_left(positions, group[-1].end)
    run = _list_after(text, figures, positions, figures[at].pos, se) if at < len(figures) else []
    if len(amounts) != len(group) or len(run) != len(group) or any(r.claim != "growth" for r in run):
        return
    for f, r in zip(amounts, run):
        r.start_year, r.end_year, r.period, r.subject = f.year - 1, f.year, 1.0, f.subject
        r.notes.append(f"the rise to {f.year}, the year of the amount it is listed with")


#: words that make the list after them parts of the amount before: "其中", "of which", "of this"
OF_WHICH = re.compile(r"其中|\bof (?:which|this|that)\b", re.IGNORECASE)


#: what stands before the first name of a list and after its last, no part of either: "In 2024 the markets for", "were
#: worth", "while"
_NAME_HEAD = re.compile(r"^(?:(?:while|whereas|and|but)\s+)?(?:(?:in|by|during|for)\s+(?:19|20)\d{2}\s*,?\s*)?(?:the\s+)?"
                        r"(?:(?:global|worldwide)\s+)?"
                        r"(?:(?:markets?|revenues?|sales|spending|shipments|investments?)\s+(?:for|of|in|on)\s+)?",
                        re.IGNORECASE)
_NAME_TAIL = re.compile(r"\s+(?:were|was|are|is|will\s+be|stood\s+at|reached|totall?ed|came\s+to|amounted\s+to|hit|"
                        r"generated|earned)\b.*$", re.IGNORECASE)


#: a name of the whole world's market, first in a list of markets
_WORLD = re.compile(r"全球|全世界|世界|global|worldwide|the world", re.IGNORECASE)
#: a year or a time before the first name of a Chinese list: "2024年全球和中国…"
_CN_NAME_HEAD = re.compile(r"^(?:(?:19|20)\d{2}\s*年(?:底|末|度)?|今年|去年|明年)\s*")
#: a name of a Chinese list: characters and Latin letters, no blank
_CJK_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z+]+")


def _shared_noun_dropped(names: list[str]) -> list[str]:
    """"Cloud, edge and on-premise deployments of AI earned": the words after the last name (the noun all the names
    share, the rest of the subject) are not the last name's, which has as many words as the longest other name."""
    words = max(len(n.split()) for n in names[:-1]) if len(names) >= 2 else None
    return names[:-1] + [" ".join(names[-1].split()[:words])]


#: what may stand between a list's last figure and "respectively": "a year", "in 2024", "units in 2027"
_LIST_END = re.compile(r"[\s,，]*(?:units\s+)?(?:(?:a|per)\s+year|annually|each\s+year|(?:in|by|for)\s+(?:19|20)\d{2})?"
                       r"[\s,，]*", re.IGNORECASE)


#: the year stated right after a list's last amount: "$68.4 billion and $41.2 billion in 2024"
_YEAR_AFTER_LIST = re.compile(r"\s*(?:units\s+)?(?:in|by|for)\s+(?P<year>(?:19|20)\d{2})\b", re.IGNORECASE)


def _year_after_the_list(text: str, group: list) -> None:
    """Amounts of a list whose year is stated once, after the last ("$68.4 billion and $41.2 billion in 2024"): every
    member's year is that one."""
    said = _YEAR_AFTER_LIST.match(text, group[-1].end) if group[0].kind in ("amount", "count") else None
    if said is None:
        return
    year = int(said.group("year"))
    status = "estimate" if any(f.status == "estimate" for f in group) else group[-1].status  # "expected to total"
    for f in group:
        if (f.year, f.status) != (year, status):
            f.year, f.status = year, status
            f.notes.append(f"{year}: the year stated once after the list it is in")


def _list_after(text, figures, positions, at, se) -> list:
    """The figures of a list that starts at or after ``at`` and ends in its sentence (at ``se``), in order."""
    group: list = []
    for f in figures[bisect_left(positions, at):]:
        if f.pos >= se or group and (f.kind != group[0].kind or not _LIST_GAP.fullmatch(text[group[-1].pos:f.pos])):
            break
        group.append(f)
    return group


def _list_before(text, figures, positions, ss, at) -> list:
    """The figures of a list that ends right before ``at`` ("$0.8bn, $1.4bn and $2.1bn, respectively"), in order."""
    k = bisect_left(positions, at)
    group: list = []
    for f in reversed(figures[bisect_left(positions, ss):k]):
        if (group and (f.kind != group[0].kind or not _LIST_GAP.fullmatch(text[f.pos:group[0].pos]))) or (
                not group and not _LIST_END.fullmatch(text[f.end:at])):
            break
        group.insert(0, f)
    return group
