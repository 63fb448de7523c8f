"""Parts of a market a line lists, each with its figure: rates under a lead-in ("Growth by region in 2025:" over
"- Europe: +22.9%"), rates in brackets after their names ("Europe (33.5%), China (30.8%)"), amounts "followed by"
others ("at €1.42 billion, followed by Italy at €0.71 billion"), and the clauses of a sentence that opens "By
component,". Each rule takes a line's text (normalised) and its figures as :func:`.prose.scan_line` read them,
and names their parts.

Examples
--------
>>> from aimarket.extract.parts import lead_in
>>> lead_in("Revenue rose 40.9% in 2024. Growth was uneven across regions:")
'Growth was uneven across regions:'
"""

from __future__ import annotations

import re
from bisect import bisect_left

from . import vocabulary
from .numbers import YEAR
from .shares import item_name
from .subjects import BULLET as _BULLET, is_specific
from .vocabulary import whole_words, words

__all__ = ["MEASURE_WORD", "A_YEAR", "lead_in", "listed_rates", "bracketed_parts", "followed_amounts",
           "shares_after_parts_amounts", "parts_by_dimension", "rate_of_which", "bracketed_amounts", "year_of_a_share",
           "another_market"]


#: a word that names what a market is measured by, not a part of it: a label with one ("Market size:", "市场规模：")
#: measures the market itself
_MEASURES_EN = (r"(?:market|revenues?|spending|sales|size|shipments|total|value|investment|forecast|outlook|growth|"
                r"cagr|share)")
#: (not a word joined by "&" or "and" to a word that is no measure: "Size & fit recommendation", "Sales and marketing"
#: name a part)
MEASURE_WORD = re.compile(r"(?<!&)(?<!&\s)(?<!\band\s)\b" + _MEASURES_EN + r"\b(?!\s*(?:&|\band\b)\s*(?!"
                          + _MEASURES_EN + r"\b)[A-Za-z])|市场|市場|规模|規模|收入|营收|營收|出货|出貨|销售|銷售|合计|总计|增长|增速|占比",
                          re.IGNORECASE)

#: a year a lead-in or a heading names: "in 2025", "FY2025", "Highlights for FY2024", "2024年度业绩摘要"
A_YEAR = re.compile(r"(?<!\d)(?:FY\s?)?(?P<year>(?:19|20)\d{2})(?!\d)")


#: a line of a list of parts' rates: "- North America: +48.3%", "Memory: 19.8% growth", "亚太地区：增长21.3%"
_RATE_LINE = re.compile(r"\s*(?:" + _BULLET + r"\s*)?(?P<label>[^:：\d%$€£¥]{2,40}?)\s*[:：]\s*")
#: the words of a list's lead-in that name what its rates measure ("Regional outlook, CAGR 2025-2032:", "分区域看：")
_LEAD_CAGR = re.compile(words(vocabulary.CAGR), re.IGNORECASE)
_LEAD_GROWTH = re.compile(whole_words(vocabulary.GROWTH + vocabulary.YOY) + r"|增|成長|成长",
                          re.IGNORECASE)
_LEAD_SPAN = re.compile(r"(?<!\d)(?P<a>(?:19|20)\d{2})\s*年?\s*(?:-|–|—|~|至|到|to)\s*(?P<b>(?:19|20)?\d{2})(?!\d)")


def lead_in(text: str) -> str | None:
    """The last sentence of ``text`` (a line) where it ends in a colon and leads into a list ("Growth was uneven across
    regions:", "…同比增长9.8%。分区域看："), else None."""
    text = text.rstrip()
    if not text.endswith((":", "：")):
        return None
    return re.split(r"(?<=[。！？!?；;])|(?<=\.)\s", text)[-1]


def listed_rates(text: str, found: list, lead: str, before: list) -> bool:
    """The rates of a line in a list of parts' rates under a lead-in ("Growth by region in 2025:" over "- Europe:
    +22.9%") are the parts': each is named by its label, and is of the kind and years the lead-in states ("CAGR
    2025-2032", "in 2025": the year's growth) or, where it states none, of the last rate stated before the list
    (the whole's). Returns whether the line is such a list's."""
    m = _RATE_LINE.match(text)
    rates = [f for f in found if f.kind == "percent" and m and f.pos >= m.end("label")]
    if not (m and rates) or len(rates) > 1 or any(f.kind in ("amount", "count") for f in found) \
            or not is_specific(m.group("label")) or MEASURE_WORD.search(m.group("label")):
        return False
    f, label = rates[0], m.group("label").strip()
    cagr = bool(_LEAD_CAGR.search(lead))
    if not cagr and not (_LEAD_GROWTH.search(lead) or f.claim == "growth"):
        return False
    kind = "cagr" if cagr else "growth"
    span = _LEAD_SPAN.search(lead)
    year = A_YEAR.search(_LEAD_SPAN.sub(" ", lead))
    last = next((g for g in reversed(before) if g.claim == kind and g.end_year is not None), None)
    if span:
        b = span.group("b")
        years = int(span.group("a")), int(b) if len(b) == 4 else int(span.group("a")[:2] + b)
    elif year and kind == "growth":
        years = int(year.group("year")) - 1, int(year.group("year"))
    elif last is not None:
        years = last.start_year, last.end_year
    else:
        return False
    f.claim, f.item, f.listed = kind, item_name(label), True
    f.start_year, f.end_year = years
    f.period = float(years[1] - years[0]) if kind == "growth" else f.period
    f.notes.append(f"a rate in a list under {lead.strip()!r}: {label!r}'s, {years[0]}-{years[1]}")
    return True


#: a part named before its rate in brackets: "Europe (33.5%)", "Asia Pacific/All Other (28.2%)", "华东（32.1%）",
#: "Logic (up 37 percent)"
_NAMED_BEFORE = re.compile(r"(?P<name>(?<![\w$€£¥])(?:[A-Z][A-Za-z/&.'’-]*\s+){0,4}[A-Z][A-Za-z/&.'’-]*"
                           r"|(?<![\d\u4e00-\u9fff])[\u4e00-\u9fff]{2,8})\s*[(（]\s*(?P<move>(?i:up|down|rising|falling)|"
                           r"增长|增長|成长|成長|下降|减少|減少)?\s*(?P<sign>[+−-])?\s*$")
_MOVE_BEFORE = re.compile(whole_words(vocabulary.GROWTH + vocabulary.DECLINE) + r"|增|减|減|下降|下滑",
                          re.IGNORECASE)
_FALL_BEFORE = re.compile(whole_words(vocabulary.DECLINE) + r"|减|減|下降|下滑", re.IGNORECASE)


#: a part named after the amount before it, and its own amount's lead-in: "Italy at €", "France at about €"
_FOLLOWER = (r"(?P<name>[A-Za-z][\w&'’./-]*(?:\s+[A-Za-z&][\w&'’./-]*){0,5})\s+(?:at|with)\s+"
             r"(?:(?:about|around|roughly|nearly|some)\s+)?(?:US\$|[A-Z]{3}\s?|[$€£¥])?\s*$")
_FOLLOWED_BY = r"\b(?P<fb>followed\s+by|ahead\s+of|trailed\s+by)"
#: between two parts' amounts of a list: ", followed by Italy at €", " and France at ", ", ahead of France at €"
_AMOUNT_FOLLOWED = re.compile(r"[^.;%\d]{0,8}?(?:" + _FOLLOWED_BY + r"|\band|,)\s+(?:the\s+)?"
                              r"(?!followed\b|ahead\b|trailed\b|and\b)" + _FOLLOWER)
#: the same after a part's share: "…at €610 million, accounting for 42% of the regional total, ahead of France at €"
_SHARE_FOLLOWED = re.compile(r"[^.;%\d]{0,40}?" + _FOLLOWED_BY + r"\s+(?:the\s+)?" + _FOLLOWER)

#: between an amount and the same in another currency: ", or about SAR ", " (about "
_RESTATED = re.compile(r"\s*,?\s*[(（]?\s*(?:or|i\.e\.|equivalent\s+to|equal\s+to)?\s*"
                       r"(?:about|around|roughly|some|approximately|nearly|~)?\s*", re.IGNORECASE)
#: between a listed part's amount and its share: " (", ", or "
_ITS_SHARE = re.compile(r"\s*(?:,\s*(?:or\s+)?)?\(?\s*")


def followed_amounts(text: str, found: list) -> None:
    """Amounts listed after a part's ("Germany was the largest market at €1.42 billion, followed by Italy at €0.71
    billion and France at €0.58 billion", "…, accounting for 42% of the total, ahead of France at €240 million"): each
    is the part's named before it, in the same series, and so is a share right after it ("… at €0.71 billion (21.6%)")."""
    amounts = [(k, f) for k, f in enumerate(found) if f.kind == "amount"]
    restated = {id(f) for (_, g), (_, f) in zip(amounts, amounts[1:])  # "US$297 million, or about SAR 1.11 billion"
                if f.currency != g.currency and f.sentence == g.sentence and _RESTATED.fullmatch(text, g.end, f.pos)}
    amounts = [(k, f) for k, f in amounts if id(f) not in restated]
    for (i, g), (j, f) in zip(amounts, amounts[1:]):
        between = [h for h in found[i + 1:j] if id(h) not in restated]
        if f.sentence != g.sentence or any(h.claim != "share" for h in between):
            continue
        m = (_SHARE_FOLLOWED.fullmatch(text, between[-1].end, f.pos) if between else None) \
            or _AMOUNT_FOLLOWED.fullmatch(text, between[-1].end if between else g.end, f.pos)  # "(30.7%), and Qatar at"
        # after "and", a name in capitals ("and France at"); after "followed by", any ("followed by console games at")
        if m and (m.group("fb") or g.item != "Total" and m.group("name")[:1].isupper()) and is_specific(m.group("name")):
            f.item, f.subject, f.named, f.listed = item_name(m.group("name")), g.subject, g.named, True
            f.notes.append(f"{f.item!r}: a part listed after {g.item!r}")
            k = j + 1 + (j + 1 < len(found) and id(found[j + 1]) in restated)  # its share after it in another currency
            share = found[k] if k < len(found) else None
            if share is not None and share.claim == "share" and share.item == "Total" \
                    and _ITS_SHARE.fullmatch(text, found[k - 1].end, share.pos):  # "at €0.71 billion (21.6%)"
                share.item, share.subject, share.of = f.item, f.subject, "Total"
                share.notes.append(f"the share of {f.item!r}, after its amount")


#: a sentence that opens by naming the dimension its parts split the market by: "By component,", "By region,",
#: "In terms of deployment,", "Based on application,"
_BY_DIMENSION = re.compile(r"(?:^|(?<=[.;]\s))(?:By|In\s+terms\s+of|Based\s+on|On\s+the\s+basis\s+of)\s+"
                           # (not whose reckoning it is: "By my count,", "By most estimates,")
                           r"(?!(?:my|our|their|his|her|its|this|that|one|some|any|most|all|these|those)\b)"
                           # nor what it rests on: "Based on third-party research,", "Based on survey data,"
                           r"(?![a-z -]*\b(?:research|data|estimates?|analysis|surveys?|figures|reports?|interviews|"
                           r"information|findings|sources?|modell?ing)\s*,)"
                           r"[a-z][a-z -]{2,30},\s*")
#: a part's name at the head of its clause, before its verb: "solutions accounted for", "while services are expected"
_PART_HEAD = re.compile(r"(?:^|[,;]\s*|\b(?:while|whereas|and)\s+)(?!(?:while|whereas|and)\b)(?:the\s+)?"
                        r"(?P<name>[A-Za-z][\w&'’/-]*(?:\s+[\w&'’/-]+){0,3}?)"
                        r"\s+(?:segment\s+)?(?:accounted|accounts|held|holds|captured|led|leads|dominated|dominates|"
                        r"generated|is|are|was|were|will|registered|recorded|grew|rose)\b[^,;]*$", re.IGNORECASE)


def parts_by_dimension(text: str, found: list) -> None:
    """In a sentence that opens "By component," (or "By region,", "In terms of deployment,"), each clause's figure is
    the part its clause opens with: "By component, solutions accounted for USD 5.41 billion in 2024, while services
    are expected to register a CAGR of 29.2%" gives Solutions' amount and Services' CAGR, not the market's."""
    for m in _BY_DIMENSION.finditer(text):
        for f in found:  # the figures of the sentence the words open
            if f.pos < m.end() or f.sentence > m.start() or text[f.sentence:m.start()].strip() \
                    or f.item != "Total" or f.kind in ("amount", "count") and _WHOLE_BEFORE.search(text, m.end(), f.pos + 1):
                continue  # "held 38.2% of the $15.6 billion market": the whole, named in the part's clause
            head = _PART_HEAD.search(text[m.end():f.pos])
            name = head.group("name") if head else ""
            if name and is_specific(name) and not MEASURE_WORD.search(name):
                f.item, f.listed = item_name(name), True
                f.notes.append(f"{f.item!r}: a part of the market, in a sentence {m.group(0).strip()!r}")


_WHOLE_BEFORE = re.compile(r"\bof\s+(?:the\s+)?(?:US\$|[A-Z]{3}\s?|[$€£¥])?\s*\S?$", re.IGNORECASE)


def bracketed_parts(text: str, found: list) -> None:
    """A list of parts, each with its rate in brackets after its name ("Sales increased in Europe (33.5%), China
    (30.8%) and Japan (23.8%)"; "followed by Europe (27.5%) and Asia Pacific (21.0%)"): each rate is its part's.
    After a word of change the rates are the parts' rates of change over the year, else they keep their reading."""
    named = []
    for f in found:
        digit = next((i for i in range(f.pos, f.end) if text[i].isdigit()), None)
        if f.kind == "percent" and digit is not None and text[f.end:f.end + 2].lstrip()[:1] in (")", "）"):
            m = _NAMED_BEFORE.search(text, max(f.sentence, digit - 60), digit)
            if m and is_specific(m.group("name")) and not MEASURE_WORD.search(m.group("name")):
                named.append((f, m))
    for sentence in {f.sentence for f, _ in named}:
        listed = [(f, m) for f, m in named if f.sentence == sentence]
        if len(listed) < 2:
            continue
        lead = text[sentence:min(m.start() for _, m in listed)]
        last = max(f.end for f, _ in listed)
        end = last + re.search(r"[.;。；](?!\d)|$", text[last:]).start()
        named_years = {int(y.group("year")) for y in YEAR.finditer(text, sentence, end)}
        for f, m in listed:
            # "increased in Europe (33.5%)", "Logic (up 37%)", "Discretes (-4%)": no share is signed
            moved = _MOVE_BEFORE.search(lead) or m.group("move") or m.group("sign")
            f.item, f.listed = item_name(re.sub(r"^(?:其中|以及|和|及|与|與)", "", m.group("name").strip())), True
            year = f.year if f.year is not None else (min(named_years) if len(named_years) == 1 else None)
            if moved and (f.claim == "share" or f.claim == "growth" and f.end_year is None) and year is not None:
                f.claim, f.of, f.start_year, f.end_year, f.period = "growth", None, year - 1, year, 1.0
                f.year = year  # "… but down in Japan (-0.4%), and Europe (-8.1%) in 2024": the rise of its year
                fell = m.group("sign") in ("-", "−") or _FALL_BEFORE.search(m.group("move") or lead)
                f.value = -abs(f.value) if fell else abs(f.value) if m.group("sign") == "+" else f.value
            f.notes.append(f"the rate in brackets after {f.item!r}, in a list of parts, read as {f.item!r}'s")


#: between a part's amount and its share in brackets: " (", "（占比", " of the 2024 TAM ("
_SHARE_IN_BRACKETS = re.compile(r"\s*(?:of\s+(?:the|our|this|its)\s+[^()（）%\d]{0,12}"
                                r"(?:(?:FY\s?)?(?:19|20)\d{2}[EFP]?\s+)?[^()（）%\d]{1,20}?\s*)?"
                                r"[(（]\s*(?:占比|佔比|share\s*(?:of\s*)?)?", re.IGNORECASE)


def shares_after_parts_amounts(text: str, found: list) -> None:
    """A percent in brackets right after a part's amount ("• Imaging systems: $3.12 billion (45.6%)", "• 软件：120亿元
    （占比40%）") is that part's share of the whole, of the amount's year; a percent read as a rise stays one ("$3.1
    billion (+12%)")."""
    for g, f in zip(found, found[1:]):
        digit = next((i for i in range(f.pos, f.end) if text[i].isdigit()), f.pos)
        if (g.kind == "amount" and g.item != "Total" and f.kind == "percent" and f.claim == "share" and f.of is None
                and f.item == "Total" and _SHARE_IN_BRACKETS.fullmatch(text, g.end, digit)):
            f.item, f.subject, f.of = g.item, g.subject, "Total"
            f.year = f.start_year = f.end_year = g.year if g.year is not None else f.year
            f.notes.append(f"the share in brackets after {g.item!r}'s amount, read as {g.item!r}'s share of the whole")


#: between a part's amount and its share right after it: ", ", " (", "，约佔", ", or "
_TO_ITS_SHARE = re.compile(r"[\s,，(（]*(?:or\s+|(?:约|約)?\s*(?:占|佔)(?:比)?\s*(?:约|約)?|share\s+(?:of\s+)?)?\s*")


def _fits(part, share, whole) -> bool:
    """Whether ``share`` percent of ``whole`` is ``part``, within the rounding of all three as printed."""
    lo = (part.value - part.step / 2) * part.scale / ((whole.value + whole.step / 2) * whole.scale) * 100
    hi_whole = (whole.value - whole.step / 2) * whole.scale
    hi = (part.value + part.step / 2) * part.scale / hi_whole * 100 if hi_whole > 0 else float("inf")
    return lo <= share.value + share.step / 2 and share.value - share.step / 2 <= hi


#: how many figures of the lines before a part's its whole is looked for among, and how many wholes of its market
_WHOLES_BACK = 200


#: the words of what is left of a whole: "the remaining", "the rest", "其余"
_THE_REST = re.compile(r"\b(?:remaining|rest|balance)\b|其余|其餘|剩余|剩餘", re.IGNORECASE)


def year_of_a_share(text: str, found: list, before: list) -> None:
    """A part's amount and its share right after it ("其中商業寫字樓佔7.4億港元，約佔59%", "Commercial offices: $5.6B,
    45% of 2024 TAM"), in a sentence that names no year before it, are of the year of the one whole of its market (on
    the line, or among the last :data:`_WHOLES_BACK` figures ``before`` it) that the share makes the part of, where the
    whole of the year the part was given does not fit: "去年約為12.6億港元，今年預計增至15.1億港元" makes 7.4 (59%) last
    year's part."""
    pairs = [(g, f) for g, f in zip(found, found[1:])
             if g.kind == "amount" and g.item != "Total" and g.year is not None and f.kind == "percent"
             and f.claim == "share" and f.sentence == g.sentence and _TO_ITS_SHARE.fullmatch(text, g.end, f.pos)]
    if not pairs:
        return
    wholes: dict = {}
    for w in (*before[-_WHOLES_BACK:], *found):
        if w.kind == "amount" and w.item == "Total" and w.year is not None and w.bound is None and w.value > 0:
            wholes.setdefault((w.currency, w.subject), []).append(w)
    years = [m.start() for m in YEAR.finditer(text)]
    for g, f in pairs:
        if bisect_left(years, g.sentence) != bisect_left(years, g.pos):  # a year before it in its sentence
            continue
        mine = wholes.get((g.currency, g.subject), [])[-_WHOLES_BACK:]
        if any(w.year == g.year and _fits(g, f, w) for w in mine):
            continue
        fit = {w.year: w for w in mine if _fits(g, f, w)}
        if len(fit) == 1 and f.year in (g.year, *fit):
            whole = fit.popitem()[1]
            # and the rest of the whole after it in its sentence, which names no year of its own ("€81 million (58.7%),
            # with marketing tools making up the remaining €57 million")
            siblings = [h for h in found if h.pos > f.pos and h.sentence == g.sentence and h.kind == "amount"
                        and h.item != "Total" and h.subject == g.subject and h.year == g.year and not h.dated
                        and bisect_left(years, g.pos) == bisect_left(years, h.pos)
                        and _THE_REST.search(text, f.end, h.pos)]
            for h in (g, *siblings):
                h.notes.append(f"{whole.year}: the year of the whole its share ({f.value:g}%) makes it a part of"
                               if h is g else f"{whole.year}: the year of the part before it, {g.item!r}")
                h.year, h.status = whole.year, whole.status
            f.year = f.start_year = f.end_year = whole.year


#: a market a sentence names as another beside the one it sizes, in apposition: "Refinery AI, an adjacent market we do
#: not yet address, was worth", "AI-enabled facility maintenance, a separate $4.2B market", "a neighbouring market, EV
#: charging optimisation, at", "A second market it tracks, AI coatings formulation, reached"
_BESIDE = r"(?:separate|neighbou?ring|adjacent|distinct|related|sister)"
_ANOTHER_MARKET = re.compile(r"(?:^|(?<=[.:;]\s)|(?<=^[-•*]\s))(?P<a>[A-Za-z][\w&'’/ -]{1,60}?),\s+(?:a|an)\s+" + _BESIDE
                             + r"\s+(?:(?:[^,.;]|\.(?=\d)){0,30}?\s)?market\b|\b(?:a|an)\s+" + _BESIDE
                             + r"\s+market,\s+(?P<b>[A-Za-z][\w&'’/ -]{1,60}?),"
                             + r"|\b(?:An?\s+(?:second|third|further|" + _BESIDE + r")|Another|One\s+more)\s+"
                             r"(?:[\w-]+\s+){0,2}?"
                             r"(?:market|segment|category|niche)\b[^,;:()\d]{0,40},\s+(?P<c>[A-Za-z][\w&'’/ -]{1,60}?),",
                             re.IGNORECASE)


def another_market(text: str, found: list) -> None:
    """The amount after a market its sentence names in apposition as another beside the one it sizes (``_ANOTHER_MARKET``)
    is that market's, in a series of its own: "It sized a neighbouring market, EV charging optimisation, at $0.92
    billion in 2024"."""
    named = list(_ANOTHER_MARKET.finditer(text))
    if not named:
        return
    amounts = sorted((f for f in found if f.kind == "amount"), key=lambda f: f.pos)
    starts = [f.pos for f in amounts]
    for m in named:
        name = m["a"] or m["b"] or m["c"]
        k = bisect_left(starts, m.start())
        f = amounts[k] if k < len(amounts) else None
        if f is not None and f.sentence <= m.start() and is_specific(name):
            f.item, f.subject, f.named = item_name(name), name, True  # a series of its own, no part of the other
            f.notes.append(f"{f.item!r}: another market its sentence names beside the one it sizes")


#: a part named after 其中 before its rate's words: "其中生成式AI成長率更猛", "其中云服务的年复合增长率"
_OF_WHICH_NAME = re.compile(r"其中\s*(?P<name>[A-Za-z0-9\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff ]{1,15}?)\s*(?:的|之)?\s*"
                            r"(?:金额|金額|销售额|銷售額|收入|营收|營收|规模|規模|销量|銷量)?\s*"
                            r"(?:[\d一二三四五六七八九十两兩]+\s*年\s*(?:的|间|間)?)?\s*"
                            r"(?:成长率|成長率|增长率|增長率|增速|复合|複合|年均|年增|同比|[，,]"
                            r"|(?:增长|增長|成长|成長|上升|下滑|下降)(?:了|约|約|近|逾)?\s*$)")  # up to the rate


def rate_of_which(text: str, found: list) -> None:
    """A rate of change after "其中X" in its sentence, with no figure between them, is the part X's ("五年複合成長率高達
    31.9%，其中生成式AI成長率更猛，五年複合成長率有望達56.3%", "其中透過手機下單的金額增長近30%"): not a second rate
    of the whole."""
    for k, f in enumerate(found):
        if f.kind != "percent" or f.claim not in ("growth", "cagr") or f.item != "Total":
            continue
        at = text.rfind("其中", f.sentence, f.pos)
        if at < 0 or (k and found[k - 1].pos > at and found[k - 1].sentence == f.sentence):
            continue
        m = _OF_WHICH_NAME.match(text, at, f.pos)
        name = m.group("name").strip() if m else ""
        if name and is_specific(name) and not MEASURE_WORD.search(name):
            f.item, f.listed = item_name(name), True
            f.notes.append(f"{f.item!r}: the part named after 其中 before it")


#: a part's name right before the bracket its amount opens: "Belgium (93,285", "the Netherlands (113,981"
_NAME_BRACKET = re.compile(r"(?P<name>(?<![\w$€£¥])(?:[A-Z][A-Za-z/&.'’-]*\s+){0,4}[A-Z][A-Za-z/&.'’-]*"
                           r"|(?<![\d\u4e00-\u9fff])[\u4e00-\u9fff]{2,8})\s*[(（]\s*(?:[A-Z]{1,2}\$|[A-Z]{3}\s?|[$€£¥])?\s*$")


#: after a part's bracketed amount, the words before its share of the whole: ") account for ", ") was the largest
#: national market, with "
_SHARE_AFTER_BRACKET = re.compile(r"\s*[)）]\s*(?:(?:accounts?|accounted)\s+for|(?:makes?|made)\s+up|(?:represents?|represented)"
                                  r"|(?:holds?|held|takes?|took)|(?:is|was|are|were)\s+(?:the\s+)?[a-z -]{0,40}?,?\s+with)"
                                  r"(?:\s+(?:about|around|nearly|roughly|some))?\s*$", re.IGNORECASE)


def _part_name(name: str) -> str:
    """The item a name before a bracketed amount gives, less a leading "the"."""
    return item_name(re.sub(r"^(?:the|The)\s+", "", name))


def _named_part_and_share(text: str, found: list, k: int, name: str) -> None:
    """One part named at the head of its sentence with its amount in brackets, then its share ("Banks (HK$2.31 billion)
    account for 59.8% of the 2024 figure"): the amount and the share are the part's."""
    f = found[k]
    share = found[k + 1] if k + 1 < len(found) else None
    start = text.rfind(name, f.sentence, f.pos)
    if share is None or share.claim != "share" or share.sentence != f.sentence or start < 0 \
            or text[f.sentence:start].strip(" \t-–—•*") or not _SHARE_AFTER_BRACKET.fullmatch(text, f.end, share.pos):
        return
    f.item = share.item = _part_name(name)
    share.of = share.of or "Total"
    f.notes.append(f"{f.item!r}: the name before the brackets its figure opens, with its share after them")


def bracketed_amounts(text: str, found: list) -> None:
    """A list of parts, each with its amount (and its rate) in brackets after its name ("Belgium (93,285 new BEV
    registrations, +148%), Denmark (62,759 BEVs, +104%) and Portugal (36,390 BEVs, +102%)"): each amount is its part's,
    and a rate after it in the same brackets the part's rise."""
    named = []
    for k, f in enumerate(found):
        if f.kind in ("amount", "count") and f.item == "Total":
            m = _NAME_BRACKET.search(text, max(f.sentence, f.pos - 60), f.pos)
            if m and is_specific(m.group("name")) and not MEASURE_WORD.search(m.group("name")):
                named.append((k, m.group("name")))
    for sentence in {found[k].sentence for k, _ in named}:
        listed = [(k, name) for k, name in named if found[k].sentence == sentence]
        if len(listed) == 1:
            _named_part_and_share(text, found, *listed[0])
        if len(listed) < 2:
            continue
        for k, name in listed:
            f = found[k]
            f.item, f.listed = _part_name(name), True
            f.notes.append(f"{f.item!r}: the name before the brackets its figure opens, in a list of parts")
            rate = found[k + 1] if k + 1 < len(found) else None
            if rate is not None and rate.kind == "percent" and re.fullmatch(r"[^()（）]*", text[f.end:rate.pos]) \
                    and re.match(r"\s*[)）]", text[rate.end:]):
                rate.item, rate.listed = f.item, True
                if rate.claim == "share" and (rate.value < 0 or re.search(r"[+−-]\s*$", text[:rate.pos])):
                    rate.claim, rate.of = "growth", None  # "(20,000 EVs, -10%)": a signed rate is a rise, no share
                    rate.start_year = rate.end_year = None
