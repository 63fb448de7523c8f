"""What a figure measures: the noun phrase of its subject, whether it names one, and the series id it gives.

A subject is a noun phrase that ends in (or starts with) a measure word from
the vocabulary: "the AI in retail market", "Worldwide spending on AI chips",
"中国AI芯片市场规模". A phrase such as "the market", "it" or "该市场" names no
subject of its own: the figure continues the subject before it (a sentence's
continuation, the bullets under a heading). Series ids are made from the
phrase, in pinyin for Chinese, never from a line number or a verb.
"""

from __future__ import annotations

import re

from . import vocabulary
from .vocabulary import words

__all__ = ["noun_phrases", "head_phrase", "is_specific", "is_continuation", "is_clause", "measures", "series_id", "title_of",
           "subject_key"]

_MEASURE = re.compile(r"(?<![A-Za-z])(?:" + words([w for w in vocabulary.MEASURES if w.isascii()]) + r")(?![A-Za-z])|"
                      + words([w for w in vocabulary.MEASURES if not w.isascii()]), re.IGNORECASE)  # "AI市场" too
#: words that end a noun phrase when walking out of it
_STOP = set("""a an the this that these those its their our his her was were is are be been being to at by from that
which with according as than and or but while when where who whose has had have having will would could should may
might can shall must do does did came come comes reached reach reaches hit stood totalled totaled amounted grew grow
grows growing rose rise rises rising fell fall falls falling climbed jumped surged doubled tripled declined dropped
expected expect expects projected project projects forecast forecasts estimated estimate estimates valued worth
generated earned accounted puts put says said shows showed show see seen seeing set land analysts analyst report
reports we our they it about around roughly some nearly almost over under up down more less likely unlikely between
taking bringing pushing putting boosting raising sending leaving lowering took takes climbs jumps surges soars soared
doubles triples declines drops totals reckon reckons reckoned think thinks
believe believes""".split())  # "…, taking revenue to": a verb; "spending climbs to": one
#: words a noun phrase may hold inside it ("AI in retail market", "spending on AI chips for phones")
_INNER = {"in", "for", "of", "on", "from", "and", "&"}
#: Chinese words that end a phrase when walking back from the measure word
_CJK_STOP = re.compile(r"(?:预计|預計|预测|預測|预估|預估|预期|預期|可望|有望|" + "|".join(vocabulary.TARGET_VERBS_ZH)
                       + r"|估计|估計|指出|表示|认为|認為|将|將|在|为|為|达到|達到|达|達|从|從|由|到|至|的|是|(?<![公私国國所])有|年|年度|月|(?<![数數])(?:据|據)|根据|根據|其中|"
                       r"同比|较|較|比|约|約|约为|約為|已|也|和|(?:万亿|萬億|亿|億|万|萬)(?:美元|元)?)$")
_PREPOSITION = re.compile(r"\s+(?:on|for|of|from|in)\s+", re.IGNORECASE)
#: the measure of a market between its word and what it is of, as translations print it: "market size of", "market scale
#: of" (市场规模)
_SIZE_OF = re.compile(r"\s+(?:size|scale)(?=\s+of\s)", re.IGNORECASE)
#: a phrase of a market's size and what it is of: "market scale of China's machine vision" names "China's machine vision
#: market"
_MARKET_SIZE_OF = re.compile(r"(?P<market>market)\s+(?:size|scale)\s+of\s+(?:the\s+)?(?P<name>.+)", re.IGNORECASE)
#: a small part of a wider whole, as a phrase opens or right before it: "sliver of film revenue", "fraction of the
#: defence budget", "a small slice of an audiobook market"
_SMALL_PART_OF = re.compile(r"(?:(?:small|tiny|mere|thin)\s+)?(?:" + vocabulary.SMALL_PARTS + r")\s+of\b",
                            re.IGNORECASE)
_SMALL_PART_OF_BEFORE = re.compile(r"\b(?:" + vocabulary.SMALL_PARTS + "|" + vocabulary.SMALL_SHARES + r")\s+of\s+"
                                   r"(?:(?:the|an?)\s+)?$", re.IGNORECASE)
#: Chinese function words that name nothing: "市场规模由" is no more specific than "市场规模"
_CJK_FILLER = re.compile(r"预计|預計|预期|預期|达到|達到|由|从|從|在|为|為|的|将|將|达|達|约|約|已|也|于|於|至|到"
                         # the publisher named again ("該所預估今年產值"): who sizes the market, not what it is
                         r"|(?:该|該)(?:研究所|研究院|机构|機構|中心|协会|協會|所|院|会|會|团队|團隊)")
_CONTINUATION = re.compile(words(vocabulary.CONTINUATION), re.IGNORECASE)
#: a pointer back to the market, trade or field named before: "该市场", "這一產業", "该领域"
POINTER = r"(?:该|該|这一|這一)(?:市场|市場|行业|行業|产业|產業|领域|領域)"
#: the words before a pointer back to the market named before, which name no part of it: "全省该领域" -> "该领域"
_BEFORE_POINTER = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?=" + POINTER + ")")
_SCALE_WORDS = {w.lower() for w in vocabulary.SCALES if w.isascii() and len(w) > 1} | {"thousands", "millions",
                                                                                        "billions", "trillions"}
#: currency codes written before a number ("EUR 2.4 billion"): the amount's, never a subject's last word
_CODES = {c for c in vocabulary.PREFIX_CURRENCIES if c.isascii() and c.isalpha()}
#: a dash or a wire's name between slashes that ends a press release's dateline: "2025 /PRNewswire/ -- Worldwide"
_WIRE_BREAK = re.compile(r"--|—|–|^/|/$")
#: a word that ends the sentence before a phrase ("... from Corvane Data Group. Spending will"), not an
#: abbreviation ("U.S.", "Inc.")
_SENTENCE_END = re.compile(r"(?!(?:[A-Za-z]\.)+$|(?:Inc|Corp|Co|Ltd|Jr|St|vs|No|Dr|Mr|Ms)\.$)\S*[A-Za-z)\]]\.[\"'”’]?")
#: a bullet point's opening character, as a regular expression
BULLET = "[" + re.escape("".join(vocabulary.BULLETS)) + "]"
_GENERIC = re.compile(r"^(?:" + words(vocabulary.CONTINUATION) + r"|the|a|an|this|that|its|all|global|worldwide|total|overall|size|value|"
                      r"forecast|growth|rate|figures?|key|data|market size|market scale|scale|volume|规模|規模|总|總|整体|整體|该|該|这一|這一|此|"
                      r"数据|數據|主要|行业|行業|产业|產業|industry|"
                      r"(?:该|該|这一|這一)?(?:领域|領域)(?:产业|產業|行业|行業)?|"  # "该领域产业规模": the field named before
                      # a time's words, whose measure is the one named before: "last year's spending", "this year's total"
                      r"last|this|next|previous|prior|year|year['’]s|years|"
                      # a figure's standing, no name: "The correct figure is", "the revised estimate"
                      r"correct|corrected|revised|updated|amended|right|actual|latest)$", re.IGNORECASE)


#: a noun after a measure word that makes the word its modifier: "industry forecast", "market watchers"
_MODIFIER = re.compile(r"\s+(?:forecasts?(?!\s+to\b)(?!\s*(?:[(（:：]|$))|reports?(?!\s+(?:that|a|an)\b)|analysts?|watchers?|observers?|"
                       r"insiders?|experts?|sources?|estimates?|consensus|bod(?:y|ies)|groups?|associations?|"
                       r"research(?:ers)?|participants?|players?|leaders?|intelligence|insights?|analytics|advisors?|"
                       r"consult(?:ing|ants?)|partners|"  # "Tallis Market Intelligence": a firm's name
                       # "the Silver Signal Market Tracker 2025": a report's title
                       r"trackers?|monitors?|outlooks?|surveys?|stud(?:y|ies)|barometers?|yearbooks?|briefings?|"
                       r"bulletins?|handbooks?|scorecards?|white\s+papers?)\b"
                       r"|以上|以下", re.IGNORECASE)  # "规模以上工业" (firms above a size): a class of firms, no measure

#: a noun right after a hyphened compound's measure word ("balancing-market reforms", "end-market demand"): any
#: lowercase word but a verb, a preposition or a measure's own word ("AI-market is", "the AI-market size")
_NOUN_AFTER = re.compile(r"\s+(?!(?:is|was|are|were|will|would|could|can|may|might|should|has|had|have|to|in|of|at|by|"
                         r"for|from|and|or|with|on|as|size|sizes|value|revenues?|spending|sales|grew|grows|rose|rises|"
                         r"reached|reaches|stood|stands|totall?ed|hit|hits|expanded|expands|rebounded|fell|declined)\b)"
                         r"[a-z]+\b")


#: a scenario's name before what it measures: "(in our) central case spending", "base-case revenue"
_SCENARIO = re.compile(r"^(?:central|base|bull|bear|baseline|main|upside|downside)[- ](?:case|scenario)\s+",
                       re.IGNORECASE)
#: the close of a Chinese phrase of circumstance after 在: "（在）拍賣市場與大型花農加速導入下，"
_UNDER = re.compile(r"[^，,。；;：:]{0,20}?(?:之)?下[，,]")


def noun_phrases(text: str) -> list[tuple[int, str]]:
    """Every subject noun phrase in ``text`` as (position of its measure word, phrase), in order.

    Examples
    --------
    >>> from aimarket.extract.subjects import noun_phrases
    >>> [p for _, p in noun_phrases("Valued at $11.3 billion, the AI in retail market could be worth more")]
    ['AI in retail market']
    >>> [p for _, p in noun_phrases("2023年中国AI芯片市场规模达1206亿元")]
    ['中国AI芯片市场规模']
    """
    out = []
    for m in _MEASURE.finditer(text):
        if out and m.start() < out[-1][2]:
            continue  # a measure word inside the phrase already read ("market revenue")
        if _MODIFIER.match(text, m.end()):
            continue  # "a widely cited industry forecast", "market watchers": the word names no subject there
        if text[m.start() - 1:m.start()] in ("-", "‐") and _NOUN_AFTER.match(text, m.end()):
            continue  # "balancing-market reforms": the second half of a compound before its noun
        if re.match(r"[\u4e00-\u9fff]", m.group(0)):
            start, end = _cjk_back(text, m.start()), m.end()
            if text[start - 1:start] == "在" and _UNDER.match(text, end):
                continue  # "在拍賣市場與大型花農加速導入下，": what drives the figure, no subject of it
        else:
            start, end = _latin_back(text, m.start()), _latin_forward(text, m.end())
        head = text[start:m.start()]
        if text.startswith(_MARKET_SIZE, m.start()) and not _GLOSS_BEFORE.search(head):
            head = _CJK_GLOSS_BEFORE.sub("", head)  # the name, less what it covers: "国内AI材料研发（材料信息学）市场规模"
        phrase = re.sub(r"\s+", " ", head + text[m.start():end]).strip(" ,.;:'\"-")
        if phrase.startswith("按") and re.match(r"\s*[计計算]", text[end:end + 2]):
            continue  # "（按收入計）": what the market is measured by, no subject
        phrase = re.sub(r"^(?:(?:" + BULLET + r"|[#>])+\s*)?(?:(?:the|a|an)\s+)?", "", phrase, flags=re.IGNORECASE)
        phrase = _SCENARIO.sub("", phrase) or phrase  # "(In our) central case spending reaches": the spending
        if _SMALL_PART_OF.match(phrase) or _SMALL_PART_OF_BEFORE.search(text, max(0, start - 40), start):
            continue  # "a sliver of film revenue", "a small slice of an audiobook market": a wider whole set against
            # the market, no subject of what follows
        if sized := _MARKET_SIZE_OF.fullmatch(phrase):
            phrase = f"{sized['name']} {sized['market']}"
        phrase = _BEFORE_POINTER.sub("", phrase)
        if not is_continuation(phrase):
            # (nor what says when: "此後市場每年平均成長約18%", "今后…")
            phrase = re.sub(r"^(?:此后|此後|今后|今後|之后|之後|该项|該項|该|該|这一|這一|此|其|有关|有關|上述|相关|相關)", "",
                            phrase)
        out.append((m.start(), phrase, end))
    return [(p, s) for p, s, _ in out]


#: a sentence that opens with what it measures, a name with no measure word, before a verb of change or of a level
#: to come: "Wafer Fab Equipment (WFE) is set to grow from …", "Logic grew 37%", "In 2026, test equipment will rise"
_HEAD = re.compile(
    r"(?:(?:(?:In|By|For|During|Through|Over)\s+[^,]{1,30}|(?:Within|Of)\s+(?:that|this|which|these|it))\s*,\s+)?"
    r"(?P<phrase>(?:the\s+)?[A-Za-z][\w&'\-]*"
    r"(?:\s+(?!(?i:is|are|was|were|but|has|have|had|to|expects?|forecasts?|projects?|predicts?|sees|estimates?|says|"
    r"said)\b)(?:[A-Za-z][\w&'\-]*|&)){0,5}?)(?:\s+\([A-Z][\w&\-]{1,10}\))?"
    r"(?:\s*,\s*(?:which|that|including)\b[^.;]{0,160}?,)?\s+"  # "AI software, which includes …, is expected to"
    r"(?=(?:is|are)\s+(?:set|expected|forecast|projected|poised|estimated|on\s+track)\s+to\b|will\b|should\b"
    # or a copula that makes it a part of the whole: "Hobby retailers are the faster-growing slice", "is the bulk of it"
    r"|(?:is|are|was|were)\s+(?:still\s+)?the\s+(?:[\w-]+\s+){0,2}(?:slice|segment|part|portion|bulk|piece|chunk)\b|(?:"
    + words(w for w in vocabulary.GROWTH + vocabulary.DECLINE if w.isascii() and " " not in w
            and w not in ("growth", "up", "down", "lower", "contraction", "gain", "increase", "rise", "fall", "decline",
                          "drop", "jump", "surge", "leap", "climb")) + r")\b)")
#: the words that open a sentence without naming what it measures
_NO_HEAD = re.compile(r"(?:it|this|that|these|those|they|we|he|she|there|which|analysts?|experts?|spending|sales|"
                      r"revenues?|demand|prices?|shipments?|the\s+(?:market|industry|sector|segment|company|firm))$",
                      re.IGNORECASE)


def head_phrase(text: str, start: int, end: int) -> str | None:
    """What a sentence (``text[start:end]``) that opens with a name and a verb of change measures, where the name
    holds no measure word ("Wafer Fab Equipment (WFE) is set to grow from $104.3 billion", "Within that, robot
    licensing should be worth"): the name, else ``None``.

    Examples
    --------
    >>> from aimarket.extract.subjects import head_phrase
    >>> text = "Wafer Fab Equipment (WFE) is set to grow from $104.3 billion in 2024 to $110.8 billion in 2025."
    >>> head_phrase(text, 0, len(text)), head_phrase("It is set to grow 5%.", 0, 21)
    ('Wafer Fab Equipment', None)
    """
    opening = re.match(r"\s*(?:" + BULLET + r"\s*)?", text[start:end])
    m = _HEAD.match(text, start + opening.end(), end)
    if m is None:
        return None
    phrase = re.sub(r"^the\s+", "", m.group("phrase"), flags=re.IGNORECASE)
    return None if _NO_HEAD.fullmatch(phrase) or not is_specific(phrase) or _MEASURE.search(phrase) else phrase


#: a word of a name that holds digits among its letters ("5G", "x86", "H100", "B2B"), no number, year or period
_NAME_WITH_DIGITS = re.compile(r"(?!(?:fy|q[1-4]|[1-4]q|h[12]|[12]h)\d*$)(?!.*(?:19|20)\d{2})(?=.*[a-z])[a-z0-9][a-z0-9\-]*")


#: a name's short form in brackets inside a phrase: "(AI)", "(IVD)", "(GenAI)"
_ACRONYM = re.compile(r"\([A-Za-z][A-Za-z0-9&.\-]{0,11}\)")


def _latin_back(text: str, pos: int) -> int:
    start = pos
    for m in reversed(list(re.finditer(r"\S+", text[max(0, pos - 120):pos]))):
        word = m.group(0)
        bare = word.lower().strip(",;:()")
        if _ACRONYM.fullmatch(word):  # "artificial intelligence (AI) market": the name's short form, inside it
            continue
        if word[-1] in ",;:(" or bare in _STOP and word.strip(",;:()") != "IT" or bare in _SCALE_WORDS or re.search(r"[$€£¥%]", word) \
                or re.search(r"\d", word) and not _NAME_WITH_DIGITS.fullmatch(bare) \
                or word.endswith(")") or _WIRE_BREAK.search(word) or _SENTENCE_END.fullmatch(word):
            break  # a scale word belongs to the amount before it: "a $1.3 trillion market" names no market
        start = max(0, pos - 120) + m.start()
    while True:  # an inner word cannot open the phrase: "in retail market" -> "retail market"
        head = re.match(r"(\S+)\s+", text[start:pos])
        if head and head.group(1).lower() in _INNER:
            start += head.end()
            continue
        return start


def _latin_forward(text: str, end: int) -> int:
    """"spending on AI chips for phones", "market for AI agents": words after the measure word, after a preposition."""
    sized = _SIZE_OF.match(text, end)  # "the market size of China's machine vision", "market scale of"
    m = _PREPOSITION.match(text, sized.end() if sized else end)
    if not m:
        return end
    stop = m.end()
    last = end
    article = False
    for k, w in enumerate(re.finditer(r"\S+", text[stop:stop + 80])):
        word = w.group(0)
        bare = word.lower().strip(",;:.()")
        if k == 0 and bare in ("the", "a", "an"):
            article = True  # "revenue from the UK's AI sector"; but "revenue in the AI market" names the market
            continue
        if bare in _STOP or re.search(r"\d|[$€£¥%]", word) or not bare or (article and _MEASURE.fullmatch(bare)) \
                or bare.upper() in _CODES:  # "revenue of EUR 2.4 billion"
            return end if article and _MEASURE.fullmatch(bare) else last
        if bare in _INNER:
            continue
        last = stop + w.end() - (len(word) - len(word.rstrip(",;:.)")))
        if word[-1] in ",;:.)":
            break
    return last


#: a bracketed gloss in Latin letters right after Chinese characters: "（RegTech）", "(AIGC)"
_GLOSS_BEFORE = re.compile(r"(?<=[\u4e00-\u9fff])[(（][A-Za-z][A-Za-z0-9 .&-]{0,18}[)）]$")


#: what a Chinese name covers, in brackets right before its measure: "（含先进过程控制、预测性维护）"
_CJK_GLOSS_BEFORE = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])[(（][^()（）\d]{1,40}[)）]$")
_MARKET_SIZE = ("市场规模", "市場規模")


def _cjk_back(text: str, pos: int) -> int:
    start = pos
    while start > 0 and start > pos - 30:
        ch = text[start - 1]
        gloss = _GLOSS_BEFORE.search(text, max(0, start - 24), start) if ch in ")）" else None
        if ch in ")）" and start == pos and text.startswith(_MARKET_SIZE, pos):
            # "国内AI材料研发（材料信息学）市场规模": what the name covers, in brackets between it and its measure
            gloss = gloss or _CJK_GLOSS_BEFORE.search(text, max(0, start - 42), start)
        if gloss:  # "香港監管科技（RegTech）市場規模": a name's gloss in Latin letters is part of the phrase
            start = gloss.start()
            continue
        if not (re.match(r"[\u4e00-\u9fffA-Za-z0-9\-]", ch) or ch == " " and re.match(r"[A-Za-z]", text[start - 2:start - 1] or "-")):
            break
        if ch.isdigit():  # a name with digits in it is read whole ("x86服务器", "5G网络"); a number or a date is not
            token = re.search(r"[A-Za-z0-9]+$", text[max(0, start - 12):start]).group(0)
            rest = re.match(r"[A-Za-z0-9]*", text[start:]).group(0)  # its letters already read: "5G"
            if re.fullmatch(r"(?:19|20)\d{2}[AEFP]", token + rest):  # "2023-2026E合计规模": a year and its mark
                start += len(rest)
                break
            if not re.search(r"[A-Za-z]", token + rest) or start - len(token) < pos - 30:
                break
            start -= len(token)
            continue
        if ch == "日" and text[start - 2:start - 1].isdigit():  # "1日台灣…": a date's day
            break
        if _CJK_STOP.search(text[max(0, start - 4):start]) and not (ch == "有" and text[start:start + 1] in "关關") \
                and text[start - 2:start + 1] not in ("预测性", "預測性"):
            break  # but "有关支出" (the said spending) is read whole, and its "有关" then left out, and "预测性维护"
            # (predictive maintenance) names what is sold
        start -= 1
    return start


def is_continuation(phrase: str) -> bool:
    """"The market", "it", "该市场": a phrase that points back to the subject before it."""
    return bool(_CONTINUATION.fullmatch(phrase.strip()))


def is_specific(phrase: str) -> bool:
    """Whether a phrase names a subject of its own ("edge AI market"), not a continuation ("the market", "it").

    Examples
    --------
    >>> from aimarket.extract.subjects import is_specific
    >>> is_specific("edge AI market"), is_specific("The market"), is_specific("该市场"), is_specific("市场规模")
    (True, False, False, False)
    """
    rest = _CJK_FILLER.sub(" ", _MEASURE.sub(" ", phrase))
    parts = [w for w in re.findall(r"[A-Za-z][\w'&.\-]*|[\u4e00-\u9fff]+", rest) if not _GENERIC.match(w)
             and w.lower() not in _INNER or w.isupper() and len(w) > 1]  # "IT" is no pronoun
    return any(len(w) >= 2 or re.match(r"[\u4e00-\u9fff]", w) for w in parts)


def words_within(short: str, name: str, *, as_printed: bool = False) -> bool:
    """Whether every word (every character, in Chinese) of ``short`` is in ``name``: "全球出货量" names 全球AI服务器出货量
    again, "the AI market" the global AI market; the words of their keys (:func:`subject_key`), or with ``as_printed``
    the words as printed ("市场规模" is in "全年市场规模").

    Examples
    --------
    >>> from aimarket.extract.subjects import words_within
    >>> words_within("产业销售额", "中国集成电路产业销售额"), words_within("产业销售额", "封装测试业销售额")
    (True, False)
    """
    def words_of(x):
        return set(re.findall(r"[a-z0-9]+|[\u4e00-\u9fff]", x.casefold() if as_printed else subject_key(x)))

    return words_of(short) <= words_of(name)


def measures(phrase: str) -> bool:
    """Whether a phrase holds a measure word ("AI chip revenue", "spending"), so names a series of its own rather
    than a part of one ("software", "Asia Pacific").

    Examples
    --------
    >>> from aimarket.extract.subjects import measures
    >>> measures("services revenue"), measures("Asia Pacific")
    (True, False)
    """
    return bool(_MEASURE.search(phrase))


def is_clause(phrase: str) -> bool:
    """Whether words before a figure hold a verb or a function word, so are no noun phrase ("firm forecasts
    shipments", "expects sector revenue"); a word of growth or decline that is a noun too is one of a name between
    two nouns ("acoustic fall detection"), and so is "with", "from" or "at" between a noun and the nouns that end the
    phrase, one such word between nouns after another ("doorbells with person detection", "inspection from photos",
    "inspection of welds by ultrasound",
    "beetle spotting from drones at state forests"), and so is a participle with its preposition there ("servers built
    around GPUs").

    Examples
    --------
    >>> from aimarket.extract.subjects import is_clause
    >>> is_clause("firm forecasts shipments"), is_clause("AI chip shipments"), is_clause("acoustic fall detection")
    (True, False, False)
    """
    w = phrase.split()
    noun = [not _is_stop(x) and any(c.isalpha() for c in x) for x in w]
    joined = [noun[i] or w[i].lower() in _WITH and noun[i - 1] for i in range(len(w))]  # "… from drones at …"
    # "servers built around GPUs": a participle and its preposition between a noun and the nouns that end the name
    named = {j for k in range(1, len(w) - 2) if w[k].lower() in _PARTICIPLES and noun[k - 1]
             and w[k + 1].lower() in _PARTICIPLE_PREPOSITIONS and all(noun[k + 2:]) for j in (k, k + 1)}
    named |= {k for k in range(1, len(w)) if w[k].lower() in ("forecast", "forecasts")
              and w[k - 1].lower() in vocabulary.FORECAST_OBJECTS}  # "crowding forecasts": a noun
    return any(_is_stop(x) and k not in named and not (0 < k < len(w) - 1 and noun[k - 1] and (
        x.lower() in vocabulary.MOVE_NOUNS and noun[k + 1] or x.lower() in _WITH and noun[-1] and all(joined[k + 1:])
        and (x.lower() != "by" or k > 1 and noun[k - 2])))  # not "followed by venue booking": a noun before the verb
        for k, x in enumerate(w))


#: words that join a noun to the nouns that end a name: "doorbells with person detection", "grading at auction halls",
#: "inspection of welds by ultrasound", "robots guided by vision"
_WITH = {"with", "without", "from", "at", "by"}
#: past participles that, with a preposition, join a noun to the nouns that end a name: "servers built around GPUs and
#: custom chips", "tools based on speech models", "robots powered by vision AI"
_PARTICIPLES = {"built", "based", "made", "powered", "driven", "designed", "used", "sold", "deployed", "installed",
                "trained", "hosted", "aimed", "focused", "centred", "centered"}
_PARTICIPLE_PREPOSITIONS = {"around", "on", "by", "for", "in", "into", "to", "at", "with"}


def _is_stop(word: str) -> bool:
    """A verb or function word, which no noun phrase holds."""
    return word.lower().strip(",;:()") in _STOP


def content_words(phrase: str) -> list[str]:
    """A phrase's words less its verbs and function words, and signs with no letter ("📊", "~"): ``[]`` for "or",
    ``["led"]`` for "led the"."""
    return [w for w in phrase.split() if not _is_stop(w) and any(c.isalpha() for c in w)]


def before_clause(phrase: str) -> str:
    """The words of a phrase before its first verb or function word (the whole phrase where its first word is one).

    Examples
    --------
    >>> from aimarket.extract.subjects import before_clause
    >>> before_clause("global datasphere will grow from"), before_clause("AI chip shipments")
    ('global datasphere', 'AI chip shipments')
    """
    words = phrase.split()
    k = next((i for i, w in enumerate(words) if _is_stop(w)), len(words))
    return " ".join(words[:k]) if k else phrase


def title_of(phrase: str) -> str:
    """A series title from a subject phrase: "中国AI芯片市场规模" -> "中国AI芯片市场", "Market size" dropped, the verb
    between a name and its measure left out ("家用视听行业实现销售产值" -> "家用视听行业销售产值")."""
    t = re.sub(r"(?<=[\u4e00-\u9fff])(?:实现|實現|完成)(?=[\u4e00-\u9fff]{2})", "", phrase.strip())
    t = re.sub(r"\s*(?:市场规模|市場規模)$", lambda m: m.group(0)[:-2], t)
    t = re.sub(r"(?:\s+(?:size|scale)|规模|規模)$", "", t, flags=re.IGNORECASE).strip()
    return t or phrase.strip()


#: words that do not change which market a phrase names within one text: a headline's "AI Chip Market" is its
#: body's "global AI chip market", "Worldwide AI Infrastructure Spending" its "worldwide spending on AI
#: infrastructure"
_SAME_MARKET = {"the", "a", "an", "of", "on", "in", "for", "from", "and", "&", "global", "worldwide", "market",
                "size", "scale", "s"}
_SAME_MARKET_ZH = re.compile(r"^(?:全球)|(?:市场|市場)$|相关|相關")  # "智慧林业相关产业": the same industry
_OUR_COUNTRY = re.compile(r"^(?:我国|我國)")


def subject_key(phrase: str) -> str:
    """What two phrases of one text must share to name the same series: their words in any order, in lower case,
    less "the", "global", "market" and prepositions, and less a plural's or a verb's ending ("AI coding
    assistants", "AI Code Assistant"); in Chinese, the phrase less 全球, 市场 and 相关 ("related"), with 我国 ("our
    country") read as 中国.
    "China" or "spending" makes another series.

    Examples
    --------
    >>> from aimarket.extract.subjects import subject_key
    >>> subject_key("Edge AI Software Market") == subject_key("the global edge AI software market size")
    True
    >>> subject_key("Worldwide AI Infrastructure Spending") == subject_key("worldwide spending on AI infrastructure")
    True
    >>> subject_key("Generative AI") == subject_key("global generative AI market")
    True
    >>> subject_key("China AI chip market") == subject_key("AI chip market")
    False
    >>> subject_key("我国工业机器人市场") == subject_key("中国工业机器人市场")
    True
    """
    title = title_of(phrase).casefold()
    if re.search(r"[\u4e00-\u9fff]", title):
        title = _OUR_COUNTRY.sub("中国", title)  # "我国…市场" in a Chinese text is "中国…市场"
        return re.sub(r"\s+", "", _SAME_MARKET_ZH.sub("", title)) or title
    stems = {_stem(w) for w in re.findall(r"[a-z0-9]+", title.replace("'s", "")) if w not in _SAME_MARKET}
    return " ".join(sorted(stems)) or title


def _stem(word: str) -> str:
    """A word less a plural's, a participle's or a silent e's ending: "assistants", "coding" and "code" alike."""
    for end in ("ies", "ing", "ed", "es", "s", "e"):
        if word.endswith(end) and len(word) - len(end) >= 3 and not word.endswith("ss"):
            return word[: -len(end)] + ("y" if end == "ies" else "")
    return word


def series_id(phrase: str) -> str:
    """A series id ``[a-z][a-z0-9_]*`` from a phrase: words in lower case, Chinese in pinyin.

    Examples
    --------
    >>> from aimarket.extract.subjects import series_id
    >>> series_id("AI-powered cybersecurity market"), series_id("中国AI芯片市场")
    ('ai_powered_cybersecurity_market', 'zhongguo_ai_xinpian_shichang')
    """
    text = title_of(phrase)
    if re.search(r"[\u4e00-\u9fff]", text):
        text = " ".join(_pinyin(run) if re.match(r"[\u4e00-\u9fff]", run) else run
                        for run in re.findall(r"[\u4e00-\u9fff]+|[^\u4e00-\u9fff]+", text))
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _pinyin(run: str) -> str:
    """Pinyin of a run of Chinese characters, two characters a word ("中国AI" -> "zhongguo")."""
    try:
        from pypinyin import lazy_pinyin
    except ImportError:  # pragma: no cover - a dependency
        return ""
    syllables = lazy_pinyin(run)
    return " ".join("".join(syllables[i:i + 2]) for i in range(0, len(syllables), 2))
