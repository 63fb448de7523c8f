"""Shares of a whole: which part a stated share is of, and which amounts are the part's and the whole's.

"North America held 38.2% of the global AI market, at $76.4 billion", "其中医疗领域规模为38.6亿元，占比12.8%", "the
software segment brought in $62.5 billion, a 45.1% share of the $138.6 billion enterprise AI market": the part becomes
an item of the whole's series, with its amount, so that the audit can hold the share to part over whole. The
functions here take the figures of one line (:class:`~aimarket.extract.prose.Figure`) as the line reader has placed
them, and ``sentence_of(pos)``, the bounds of the sentence at a position.

Examples
--------
>>> import aimarket as am
>>> pkg = am.extract_text("The AI chip market reached $182.9 billion in 2024; North America accounted for 41.8% of "
...                       "the AI chip market, at $76.4 billion.")
>>> pkg.observations[["item", "value"]].values.tolist()
[['Total', 182.9], ['North America', 76.4]]
>>> am.audit(package=pkg)[["check", "verdict"]].values.tolist()
[['arithmetic', 'exact']]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from . import vocabulary
from .asides import bracket_open
from .vocabulary import BEFORE_CURRENCY as _BEFORE_CURRENCY, words
from .subjects import (BULLET, head_phrase, is_clause, is_continuation, is_specific, measures, subject_key, title_of,
                       words_within)

__all__ = ["LOOKS_AHEAD", "SET_AGAINST_CJK", "SET_AGAINST_CLAUSE", "THE_MARKET", "part_and_whole", "amounts_of_parts",
           "shares_after_amounts", "wholes_first", "parts_after_of_which", "parts_heading_their_sentence",
           "shares_heading_their_sentence", "siblings_of_a_part", "parts_side_by_side", "segments_after_whole",
           "parts_within_their_whole", "parts_of_the_whole_after", "parts_heading_their_clause",
           "parts_listed_after_the_whole", "rises_of_parts", "parts_of_that", "shares_after_named_parts",
           "parts_it_goes_on_to", "item_name"]

#: a share's part, named before its verb: "North America held", "the software segment accounted for", "Platform as a
#: Service (PaaS) held", not the list in brackets after it ("Ordering tools (kiosks, QR and voice) made up")
_PART = re.compile(r"(?<![\w-])(?P<part>[^\s,，;；:：(](?:[^,，;；:：(]|\([^(),]{0,20}\)){1,60}?)(?:\s*\([^()]{0,80}\))?"
                   r"\s*,?\s+(?:(?:(?:will|should|could|would|is\s+expected\s+to|"
                   r"are\s+expected\s+to)\s+(?:account\s+for|make\s+up|represent|contribute|take)|"
                   r"accounted for|accounts for|accounting for|held|holds|captured|"
                   r"captures|represented|represents|made up|makes up|commanded|commands|contributed|took)"
                   r"(?:\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}share\s+of)?|(?:dominated|dominates|led|leads)"
                   r"(?:\s+the\s+(?:[\w-]+\s+){0,3}?market)?\s+with\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}share\s+of)"
                   r"(?:\s+(?:about|around|nearly|almost|over|roughly|approximately|some|close to|just over|just under|"
                   r"more than|less than|at least|at most|under))?"
                   r"\s*$", re.IGNORECASE)
#: a word that names a whole, never a part: "全球占比", "全国占比", "在整体伺服器出货占比"
_A_WHOLE = re.compile(r"全球|全国|全國|全世界|世界|整体|整體|全行业|全行業|总体|總體|全市场|全市場")
#: a whole named by a word for "the total" alone: "佔總額的33.9%", "占总量的"
_THE_TOTAL = re.compile(r"(?:总额|總額|总量|總量|总数|總數|总计|總計|总体|總體|整体|整體|全部|合计|合計)"
                        # "全行业", "整个市场", "行业整体": the whole the line states
                        r"|(?:全|整个|整個)(?:行业|行業|产业|產業|市场|市場)|(?:行业|行業|产业|產業|市场|市場)(?:整体|整體|总体|總體)"
                        # "the total", "the EU total", "the national total", "the overall market": the whole before
                        r"|(?:the\s+)?(?:[A-Za-z.\-]+\s+)?(?:total|overall(?:\s+market)?|whole)(?:\s+market)?"
                        # "all spending", "all advertising revenue": every part of the whole
                        r"|all\s+(?:[A-Za-z\-]+\s+)?(?:spending|spend|revenues?|sales|shipments|investment)", re.IGNORECASE)
#: in Chinese, the part before 占 and the whole after it: "北美占全球AI市场的"
_PART_ZH = re.compile(r"(?P<part>[\u4e00-\u9fffA-Za-z]{2,16}?)(?:[占佔]比|(?:占|佔)(?!比)(?:据|據)?(?P<whole>[\u4e00-\u9fffA-Za-z0-9]{2,30}?)?"
                      r"(?:的)?(?:份额|份額|比重|比例)?)(?:将|將|可望|有望)?(?:约为|約為|为|為|达到|達到|达|達|约|約|超过|超過|逾|近|突破)?\s*$")
#: a part's share "in" its whole: "AI服务器出货量在服务器总出货量中的占比为", "在全球市场中所占比重达"
_PART_IN_ZH = re.compile(r"(?P<part>[\u4e00-\u9fffA-Za-z]{2,16}?)在(?P<whole>[\u4e00-\u9fffA-Za-z0-9]{2,30}?)(?:中|之中|里|裡)"
                         r"(?:的)?(?:所(?:占|佔)(?:的)?)?(?:占比|比重|份额|份額|比例)"
                         r"(?:约为|約為|为|為|达到|達到|达|達|约|約|超过|超過|逾|近)?\s*$")
#: the whole a share is of, after it: "of the global AI market in 2024", "share of global revenue,"
_WHOLE = re.compile(r"\)?\s*(?:(?:market|revenue)\s+)?(?:share\s+)?of\s+(?P<whole>(?:[^,，;；.。()]|\.(?=\d)){2,80}?)"
                    r"(?=\s+(?:in|by|as of|during|for|at|and|while|which|compared|up|down|versus|against)\b"
                    r"|\s*[,，;；。()]|\.(?!\d)|\s*$)", re.IGNORECASE)
#: a part after the first of its sentence, its verb left out: "..., hardware for 30% and services 25%"
_NEXT_PART = re.compile(r"(?:^|\band\s+|,\s*)(?P<part>[A-Za-z][\w&\- ]{0,60}?)(?:\s+for)?\s*$", re.IGNORECASE)
#: what leads a part without being part of its name: "In 2024 North America", "2024年北美", "其中", "of which"
_PART_LEAD = re.compile(r"^(?:(?:in|by|as of)\s+(?:19|20)\d\d\s*,?\s*|the\s+|of which\s+|(?:19|20)\d\d年|年|其中|"
                        r"(?:while|whereas)\s+|"
                        r"\d{1,2}/\s+|\(\d{1,2}/\d{1,2}\)\s*|"  # a thread's post's number: "2/ ", "(3/5) "
                        + BULLET + r"\s*)+", re.IGNORECASE)  # and a bullet: "● Cloud deployments accounted for"
#: "and" between two words of one part's name: "Tracing and evals tools", "servers and accelerators"
_AND = re.compile(r"\s+(?:and|&)\s+")
#: the first words of a sentence before an "and" that may join them to a part's name: "Automated fault and"
_NAME_BEFORE_AND = re.compile(r"\s*(?P<first>[A-Z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+and\s*")


def part_and_whole(f, w, text: str) -> None:
    """A share whose sentence names its part and its whole ("North America held 38.2% of the global AI market",
    "北美占全球AI市场的38.2%") is the part's share of the whole's total: the part is its item, the whole its
    series. A later share of the sentence with its verb left out ("hardware for 30%") is of the same whole. ``f`` is
    the share, ``w`` where it stands in ``text`` (its clause, its sentence, and the parts the sentence has read so
    far, which it joins)."""
    before = text[w.cs:f.pos]
    earlier = w.parts
    m = _PART.search(before) or _PART_IN_ZH.search(before) or _PART_ZH.search(before) \
        or (_NEXT_PART.search(before.strip()) if earlier else None)
    if m is None:
        return
    joined = m.re is _PART and (lead := _NAME_BEFORE_AND.fullmatch(text, w.ss, w.cs)) and not earlier \
        and (whole_name := _PART.search(text[lead.start("first"):f.pos])) \
        and not is_clause(_AND.sub(" ", whole_name.group("part")))
    if joined:
        m = whole_name  # "Automated fault and horizon picking accounted for 38%": one name, not two clauses
    whole = m.groupdict().get("whole")
    after = _WHOLE.match(text, f.end, w.se) if not whole else None
    whole = after.group("whole") if after else whole or (earlier[-1].subject if earlier else "")
    part, whole = (_PART_LEAD.sub("", x.strip()) for x in (m.group("part"), _AMOUNT_IN_NAME.sub("", whole)))
    if is_continuation(whole) or not is_specific(whole):  # "74% of it", "of that total": the line's subject
        whole = f.subject
    if not (part and whole and is_specific(part) and is_specific(whole)) \
            or is_clause(_AND.sub(" ", part) if joined else part) or _A_WHOLE.match(part.lstrip("在")):
        return  # "…266.9亿美元，全球占比约为8.9%": the world is the whole the sentence's subject is a share of, no part
    f.item, f.subject, f.of = item_name(part), title_of(whole), "Total"
    f.notes.append(f"a share of {f.subject!r}: its part {f.item!r} read as an item")
    w.parts.append(f)


#: between a part's share and its amount: "38.2% of the global market in 2024, at $76.4 billion", "45% ($90bn)",
#: "42.5%，即約16.4億港元"
_SHARE_THEN_AMOUNT = re.compile(r"\s*(?:of\s+(?:[^,，;；.。()]|\.(?=\d)){1,80}?)?(?:\s+in\s+(?:19|20)\d\d)?\s*"
                                r"(?:,\s*(?:or|at|worth|valued at|equal to|amounting to|with\s+(?:revenue|sales|"
                                r"turnover|income|spending|shipments)\s+of)?|\(|\bor\b|\bat\b"
                                r"|[，,]\s*(?:即|相当于|相當於)?\s*(?:其)?(?:市场规模|市場規模|规模|規模|收入|营收|營收|销售额|銷售額)?"
                                r"(?:约为|約為|为|為|达到|達到|达|達|约|約)?合?)"
                                r"\s*(?:about|around|nearly|roughly|approximately|some)?\s*$", re.IGNORECASE)


#: between a share and its whole's amount inside the whole's name: "41.0% of the $77.5 billion ..."
_OF_THE = re.compile(r"\s*(?:share\s+)?of\s+(?:the\s+)?", re.IGNORECASE)


def amounts_of_parts(text, figures, sentence_of) -> None:
    """An amount right after a part's share is the part's ("North America accounted for 38.2% of the market, at
    $76.4 billion"): it takes the share's item, series and year. A share with no year of its own takes the year of
    its whole's amount inside the whole's name ("41.0% of the $77.5 billion AI server market in 2024")."""
    for k, f in enumerate(figures):
        h = figures[k + 1] if k + 1 < len(figures) else None
        if (f.claim == "share" and f.item != "Total" and f.year is None and h is not None and h.year is not None
                and h.kind in ("amount", "count") and _OF_THE.fullmatch(text, f.end, h.pos)):
            f.year = f.start_year = f.end_year = h.year
        # the amount after it, past the whole's own inside its name ("of the $41.2 billion market in 2024, worth")
        g = next((g for g in figures[k + 1:k + 3] if g.kind in ("amount", "count")
                  and _SHARE_THEN_AMOUNT.fullmatch(text, f.end, g.pos)), None)
        if (g is not None and f.claim == "share" and f.of == "Total" and f.item != "Total"
                and sentence_of(f.pos) == sentence_of(g.pos)):
            g.item, g.subject = f.item, f.subject
            if g.year is None:
                g.year, g.status = f.year, f.status
            g.notes.append(f"the amount of {f.item!r}, whose share of {f.subject!r} it follows")


#: a whole named by its year: "the total", "the 2024 total", "the fiscal 2024 total"
_YEARS_TOTAL = r"the\s+(?:(?:fiscal\s+)?(?:19|20)\d{2}\s+)?(?:total|number)"  # "of the 2024 number"
#: words after a part's amount that point back to its whole: "£6.5 billion of that", "of the total", "of the fiscal
#: 2024 total"
_OF_THAT = re.compile(r"\s*(?<![A-Za-z])of\s+(?:that|this|it|(?:these|those)(?:\s+[a-z]+)?|" + _YEARS_TOTAL + r")\b"
                      r"(?!\s+(?:year|month|quarter)|['’]s)",
                      re.IGNORECASE)  # not "of this year's total"
#: between a part's amount and its share of the total: "£6.5 billion of that, or 45.8%", "€1.75 billion, or 38.0%",
#: "¥156 billion of the fiscal 2024 total, roughly 38%"
_OF_THAT_SHARE = re.compile(r"(?:" + _OF_THAT.pattern + r")?\s*,?\s*(?:or|representing|accounting\s+for|i\.e\.|\()?\s*"
                            r"(?:(?:about|around|roughly|nearly|some|approximately|almost|close\s+to)\s*)?",
                            re.IGNORECASE)


#: a part named after "of which", behind its whole's amount, before its own: ", of which predictive maintenance is
#: to account for £420 million", "(of which software made up $3.1 billion)"
_OF_WHICH_PART = re.compile(r"[,;(]\s*of\s+which\s+(?:the\s+)?(?P<part>[A-Za-z][^,;:()\d]{1,60}?)\s+(?:(?:is|are|was|were)\s+"
                            r"(?:to|expected\s+to|set\s+to)\s+|will\s+|would\s+|should\s+)?(?:account(?:s|ed)?\s+for|"
                            r"(?:make|makes|made)\s+up|represent(?:s|ed)?|(?:came|comes?|went|goes|go)\s+to|be)\s+"
                            r"(?:about|around|roughly|some|nearly|almost)?\s*" + _BEFORE_CURRENCY, re.IGNORECASE)
#: a sentence that opens on its whole before a part's amount: "Of these, 19.5 million were notebooks", "Of that, £6.5
#: billion came from dedicated AI firms", "Of that total, RMB 112.8 billion went to servers"
_ROUGHLY = r"(?:about|around|nearly|some|roughly|approximately|over|almost)"
_OF_THESE = re.compile(r"\s*(?:of|among)\s+(?:these|this|that|them|which|(?:the|that|this)\s+(?:total|sum|amount))\s*[,，]"
                       r"\s*" + _ROUGHLY + r"?\s*(?:RMB|CNY|JPY|¥)?" + _BEFORE_CURRENCY, re.IGNORECASE)
#: a sentence that opens on its whole's amount again: "Of last year's $2.8B, roughly $1.1B came from …", "Of the
#: $14.2 billion, …", "Of 2024's ¥3.1 trillion, …"
_OF_THE_AMOUNT_OPENS = re.compile(r"\s*(?:out\s+)?of\s+(?:the\s+|that\s+|this\s+|(?:last|this)\s+year['’]s\s+|"
                                  r"(?:FY\s?)?(?:19|20)\d{2}['’]s\s+)?(?:RMB|CNY|JPY|¥)?" + _BEFORE_CURRENCY,
                                  re.IGNORECASE)
#: between the whole's amount and its part's there: ", roughly $", " total, "
_OF_THE_AMOUNT_THEN = re.compile(r"\s*(?:total\s*)?[,，]\s*" + _ROUGHLY + r"?\s*(?:RMB|CNY|JPY|¥)?" + _BEFORE_CURRENCY,
                                 re.IGNORECASE)
#: a part named after its amount: "… were notebooks", "… of that came from dedicated AI firms", "… went to start-ups"
_PART_AFTER = re.compile(r"\s*(?:units\s+)?(?:of\s+(?:that|this|it|the\s+total)\s+)?(?:were|was|came\s+from|went\s+to|"
                         r"(?:was|were)\s+(?:spent\s+on|invested\s+in|generated\s+by|earned\s+by|sold\s+by))\s+"
                         r"(?:the\s+)?(?P<part>[^,，.;；:：()]{2,60}?)\s*(?=$|[,，.;；:：(])", re.IGNORECASE)


#: a name set before an apposition between commas at the head of its sentence: "Johor, across the causeway from
#: Singapore," ("Johor" is the part, not the place it lies across from), or before a clause about it, which a part's
#: pattern may have begun within: "AI-based process control, which adjusts set-points in real time,", or before
#: examples of it: "Video analytics, including facial search,"
_NAME_THEN_APPOSITION = re.compile(r"\s*(?P<name>[A-Z][^,，;；:：]{1,60}?)\s*,\s*(?:(?:which|that|who|whose)\b[^,，;；:：]*|"
                                   r"(?:including|such\s+as|notably|especially|mainly|chiefly|e\.g\.)(?:\s[^,，;；:：]*)?)?$")


def _before_apposition(text: str, start: int, named: re.Match) -> str:
    """The part ``named`` names, or, where that is an apposition in lower case after the sentence's first name
    ("Dedicated cyber firms, as opposed to diversified defence and IT groups, accounted for …"), that name."""
    part = named.group("part").strip()
    head = _NAME_THEN_APPOSITION.fullmatch(text, start, named.start("part")) if part[:1].islower() else None
    return head.group("name").strip() if head else part


#: a verb that looks ahead: "will account for", "is expected to make up", "预计", "預估"
LOOKS_AHEAD = re.compile(r"\b(?:will|(?:is|are)\s+(?:expected|set|projected|forecast|poised)\s+to)\b|预计|預計|预估|預估",
                         re.IGNORECASE)


def parts_of_that(text, figures, sentence_of) -> None:
    """An amount "of that" (or whose share is "of the total") is a part of the whole the sentence before it reports:
    "The UK's AI sector generated £14.2 billion in 2024, up on the £10.6 billion of 2023. Dedicated AI firms accounted
    for £6.5 billion of that": of the 14.2, in its year, not the base's; after a forecast "to $10.9 billion in 2029 from
    $4.7 billion in 2024", of the 4.7, the latest history."""
    for k, f in enumerate(figures):
        if f.kind not in ("amount", "count"):
            continue
        share = figures[k + 1] if k + 1 < len(figures) else None  # "…of that, or 45.8% of the total"
        share = share if share is not None and share.claim == "share" and _OF_THAT_SHARE.fullmatch(
            text, f.end, share.pos) else None
        opens = _OF_THESE.fullmatch(text, sentence_of(f.pos)[0], f.pos)
        again = figures[k - 1] if k and _OF_THE_AMOUNT_OPENS.fullmatch(
            text, sentence_of(f.pos)[0], figures[k - 1].pos) and _OF_THE_AMOUNT_THEN.fullmatch(
            text, figures[k - 1].end, f.pos) and figures[k - 1].unit == f.unit else None
        which = _OF_WHICH_PART.search(text, sentence_of(f.pos)[0], f.pos) if f.item == "Total" else None
        if not opens and not again and not which and not _OF_THAT.match(text, f.end) and not (share and _OF_THAT.match(
                text, share.end)):
            continue  # neither it nor its share is "of that" (of the total): "€1.75 billion, or 38.0% of the total"
        wholes = [g for g in figures if g.pos < f.pos and g.kind == f.kind and g.item == "Total" and g.year is not None]
        if again is not None:  # "Of last year's $2.8B, roughly $1.1B …": of the whole it names again
            wholes = [g for g in wholes if g.pos < again.pos and g.value == again.value]
            if not wholes:
                continue
            again.subject, again.named, again.year, again.status = wholes[-1].subject, wholes[-1].named, \
                wholes[-1].year, wholes[-1].status
            again.notes.append(f"the {wholes[-1].year} whole named again as its sentence opens")
            opens = True
        if not wholes:
            continue
        # in its own sentence, the amount just before it ("to $1.1 trillion by 2028, with software accounting for $400
        # billion of that total"); else of the latest sentence with a whole, its latest history (a forecast's base,
        # not its target), else its first
        # (the latest history of any sentence before: "…£9.87 billion in 2024 … more than in 2023, whose total has been
        # revised to £8.64 billion. Exports brought in £3.12 billion, or 31.6% of the total" is of 2024)
        told = [g for g in wholes if sentence_of(g.pos) == sentence_of(wholes[-1].pos)]
        history = [g for g in wholes if g.status != "estimate"]
        latest = max((g.year for g in history), default=None)
        whole = wholes[-1] if sentence_of(wholes[-1].pos) == sentence_of(f.pos) else \
            [g for g in history if g.year == latest][-1] if history else told[0]
        ahead = [g for g in told if g.status == "estimate" or g.year > whole.year] if sentence_of(whole.pos) != \
            sentence_of(f.pos) and LOOKS_AHEAD.search(text, sentence_of(f.pos)[0], f.pos) else []
        whole = ahead[-1] if ahead else whole  # "The public sector alone will account for £410 million of that": of
        # the forecast, as its verb looks ahead
        said = _OF_THAT.match(text, f.end) or share and _OF_THAT.match(text, share.end)
        said = re.search(r"(?:19|20)\d{2}", said.group(0)) if said else None  # "of the 2024 total": that year's
        whole = next((g for g in reversed(wholes) if g.year == int(said.group(0))), whole) if said else whole
        named = _PART.search(text, sentence_of(f.pos)[0], f.pos) if f.item == "Total" \
            and (whole is wholes[-1] or whole in history or whole in ahead) and (
                _OF_THAT.match(text, f.end) or share and _OF_THAT.match(text, share.end)) else None
        part = _PART_LEAD.sub("", re.sub(r"^(?:with|while|and)\s+", "", _before_apposition(
            text, sentence_of(f.pos)[0], named))) if named else ""
        after = _PART_AFTER.match(text, f.end) if f.item == "Total" and not part else None
        part = part or (after.group("part").strip() if after else "") or (which.group("part") if which else "")
        if part and is_specific(part) and not is_clause(_AND.sub(" ", part)):
            f.item, f.subject = item_name(part), whole.subject  # "with enterprise software accounting for roughly
            # $400 billion of that total": an item of the whole's series
            f.notes.append(f"{f.item!r}: the part named beside it, of the whole {'its sentence' if named else 'the text'} "
                           "reports")
            h = figures[k + 1] if k + 1 < len(figures) else None  # "… went to servers and accelerators (60.3%)"
            if share is None and after and h is not None and h.claim == "share" and (re.fullmatch(
                    r"\s*\(?\s*", text[after.end():h.pos]) and "(" in text[after.start():h.pos + 1] or re.search(
                    r"[,，]\s*(?:or|i\.e\.)", text[after.end():h.pos]) and _OF_THAT_SHARE.fullmatch(text, after.end(), h.pos)):
                share = h  # "… went to servers and accelerators (60.3%)", "… came from the consumer segment, i.e. 39%"
            if share is not None and share.item == "Total":  # "… of the 2024 total (39.8%)": the part's share
                share.item, share.subject, share.of = f.item, whole.subject, "Total"
        for g in (f, share):
            if g is not None and g.year != whole.year:
                g.year, g.status = whole.year, whole.status
                if g.claim == "share":
                    g.start_year = g.end_year = whole.year
                g.notes.append(f"{whole.year}: a part 'of that', the {whole.value:g} {whole.unit} its sentence reports")


#: a word that says a figure is near: "about", "roughly"
_NEAR = r"(?:about|around|roughly|nearly|some|approximately|almost|~|≈)"
#: between a part's amount and its share: "$62.5 billion in 2025, a 45.1% share", ", which represented 12.7%", "(22.1%)",
#: "of the fiscal 2024 total, roughly 38%", "$1.02 billion or 43.2%", "$1.3B, i.e. 62%",
#: "38.6亿元，占比12.8%", "52.3万台，占全球出货量的28.0%", "3.57億港元，即整體的41.3%"
_AMOUNT_THEN_SHARE = re.compile(r"(?:\s*in\s+(?:19|20)\d\d)?(?:\s*(?:units\s+)?of\s+(?:them|(?:these|those)(?:\s+[a-z]+)?|that|it|"
                                + _YEARS_TOTAL + r"))?"
                                r"\s*(?:[,，]\s*(?:(?:or|a|an|call\s+it|i\.\s?e\.)(?![\w])"
                                r"|(?:(?:which|that)\s+)?(?:represented|"
                                r"represents|accounted for|accounts for|made up|makes up)\b|(?:representing|accounting for|"
                                r"making up|equal to)\b)?|\(|\bor\b)\s*"  # "US$1.02 billion or 43.2% of the total"
                                r"(?:" + _NEAR + r"\s*)?$|"
                                r"(?:人民币|人民幣)?"  # "15.4億元人民幣，佔比62%": the currency after the amount
                                r"(?:的?[^，,。；;%\d]{0,8}?(?:位居|位列|排名|排在|居于|居於|名列)[^，,。；;%\d]{0,4})?"  # "…的全年出货量位居第一"
                                r"\s*[,，]\s*(?:占比|佔比|比重|(?:(?:即|相当于|相當於|约|約|大约|大約|大概|差不多)\s*(?:占|佔)?|占|佔)(?:据|據)?"
                                r"(?P<whole>[\u4e00-\u9fffA-Za-z0-9]{2,30}?)?(?:的)?"
                                r"(?:市场份额|市場份額|份额|份額|比重|比例)?|(?:市场|市場)?(?:份额|份額|占有率|佔有率))"
                                r"(?:约为|約為|为|為|达到|達到|达|達|约|約)?\s*$", re.IGNORECASE)
#: where a part's name starts, before its amount: after a comma or 其中
_PART_BREAK = re.compile(r"[，,]|其中")


def _part_start(text: str, pos: int, sentence: int) -> int:
    """Where the name of the part whose amount is at ``pos`` may start: after the last comma or 其中 before it in
    its sentence (which starts at ``sentence``), else at the sentence's start; not after a comma inside brackets
    ("Ordering tools (kiosks, QR and voice) made up")."""
    return max([sentence] + [x.end() for x in _PART_BREAK.finditer(text, sentence, pos)
                             if bracket_open(text, sentence, x.start()) < 0])


def _name_start(text: str, pos: int, sentence: int) -> int:
    """Where the name of the part whose amount is at ``pos`` may start (:func:`_part_start`), a clause further back
    where the one right before the amount names nothing: "Germany, with €1.57 billion", "… took the largest slice,
    $0.7bn"."""
    start = _part_start(text, pos, sentence)
    if re.fullmatch(r"\s*(?:with\s*\S{0,4})?", text[start:pos], re.IGNORECASE):
        start = _part_start(text, start - 1, sentence)
    return start


#: a share in brackets right after its part's amount: "$76.4 billion (41.8%)", "US$4.2 billion of 2024 revenue (19.7%)"
_BRACKET = re.compile(r"\s*(?:of\s+(?:the\s+)?(?:FY\s?|fiscal\s+)?(?:19|20)\d{2}\s+[a-z]+\s*)?\(", re.IGNORECASE)
#: a part named before the verb of its amount: "North America generated", "Cloud deployments earned"
_PART_BEFORE_AMOUNT = re.compile(r"(?P<part>[^\s,，;；:：][^,，;；:：]{1,80}?)(?:\s*,\s*with|\s+(?:generated|earned|"
                                 r"brought in|"
                                 r"posted|recorded|sold|spent|bought|shipped|installed|deployed|produced|exported|"
                                 r"imported|came to|amounted to|"
                                 r"took in|took|won|secured|attracted|made|accounted for|held|captured|commanded|"
                                 r"accounts for|contributed|represented|made up|led with|followed (?:with|at)|"
                                 r"(?:came|was|ranked) (?:next|second|third) (?:with|at)|"
                                 r"(?:(?:is|are)\s+(?:set|expected|projected|forecast|poised)\s+to|will)\s+(?:capture|take|"
                                 r"generate|earn|bring\s+in|attract|collect|command)|"
                                 r"(?:held|took|kept|retained|claimed)\s+(?:the\s+)?(?:top|first|leading|second|third|"
                                 r"number[- ]one|no\.\s?\d)\s+(?:spot|place|position|rank|slot)(?:\s+[^,，;；:：\d]{1,20}?)?"
                                 r"\s+with|(?:led|topped)\s+the\s+(?:market|field|pack|rankings?|table|list)"
                                 # "Biometric boarding took the largest slice, US$0.70 billion", "Health-monitoring
                                 # collars are the big slice at $1.3B"
                                 r"(?:\s+[^,，;；:：\d]{1,20}?)?\s+with|(?:took|had|held|claimed|was|were|is|are)\s+the\s+"
                                 r"(?:single\s+)?(?:largest|biggest|big|main|second[- ]largest)\s+(?:single\s+)?"
                                 r"(?:slice|share|portion|chunk|piece|segment|category|use)(?:,|\s+at)"
                                 r"))\s+(?:(?:revenue|revenues|sales|"
                                 r"turnover|income|shipments)\s+of\s+)?(?:about|around|nearly|some|roughly|"
                                 r"approximately|over)?\s*" + _BEFORE_CURRENCY, re.IGNORECASE)
#: the words that rank a part, then its name, right before its amount: "The biggest slice: AI rebalancing at $",
#: "The largest segment was hardware, at about $"
_LARGEST_THEN_NAME = re.compile(r"\s*(?:the\s+)?(?:single\s+)?(?:largest|biggest|main)\s+(?:single\s+)?"
                                r"(?:slice|share|segment|category|portion|chunk|piece|use\s+case|application)\s*"
                                r"(?::|was|is|went\s+to)\s+(?P<part>[^,;:\d]{2,60}?)\s*,?\s+(?:at|with)\s+(?:about\s+|"
                                r"around\s+|nearly\s+|some\s+|roughly\s+)?" + _BEFORE_CURRENCY, re.IGNORECASE)
#: a name and a gloss between commas right before a part's verb: "Tavira Labs, the largest vendor,", "AI note
#: assistants, which draft consult records,", "AI medication tools, from dispensers to reminder apps,"
_NAME_THEN_GLOSS = re.compile(r"(?P<name>(?:(?<![\w-])[A-Z]|(?<=\bwhile\s)[a-z]|(?<=\bwhereas\s)[a-z])"
                              r"[^,，;；:：\d]{1,60}?)\s*,\s*(?:(?:the|a|an|its|one of the)\s+[a-z][^,，;；:：\d]{1,60}"
                              r"|(?:(?:in|of|for|by|with|through|under)\s+which|which|who|whose|where)\s+[^,，;；:：\d]{1,120}"
                              # "AI medication tools, from smart dispensers to reminder apps,"
                              r"|from\s+[^,，;；:：\d]{1,60}?\s+to\s+[^,，;；:：\d]{1,60}),\s*$")
#: an aside between dashes: " — search, social, retail media and short-form video — "
_DASH_ASIDE = re.compile(r"\s+(?:[—–]|--?)\s+[^—–.;]{1,120}?\s+(?:[—–]|--?)\s+")  # "X - first-pass review - accounted"
#: an article, an amount and a dangling preposition in a whole's name: "the $138.6 billion enterprise AI market",
#: "worldwide AI chip revenue of $182.9 billion"
_AMOUNT = r"(?:US\$|[$€£¥]|(?:USD|EUR|GBP|CNY|RMB|JPY)\s?)?\s?\d[\d.,]*\s*(?:billion|million|trillion|bn|mn)?\s*"
_AMOUNT_IN_NAME = re.compile(r"^\s*(?:the|a|an)\s+|\s*(?:of|in|for|at)?\s*" + _AMOUNT + "$|" + _AMOUNT, re.IGNORECASE)
#: what opens a part's name in Chinese, or ends it before its amount: "其中语言大模型", "医疗领域规模为", "华东地区贡献",
#: "住宅屋苑佔", "影音廣告則為"
_PART_OPEN = re.compile(r"^[\s,，、]*(?:其中|其(?![余餘他])|另外|此外)?[\s,，、]*")  # not 其余 (the rest)
_PART_CLOSE = re.compile(r"(?:(?:实现|實現)了?[\u4e00-\u9fff]{0,4}?)?(?:的)?(?:市场规模|市場規模|规模|規模|销售额|銷售額|零售额|零售額|营业额|營業額|交易额|交易額|"
                         r"营业收入|營業收入|出货量|出貨量|销量|銷量|产量|產量|收入|营收|營收|开支|開支|支出|投资额|投資額|投资|投資|"
                         r"增加值|增加價值|产值|產值|业务收益|業務收益|收益|采购额|採購額|投入金额|投入金額|投入|"
                         r"这一?块|這一?塊|这一?部分|這一?部分)?"  # "其中声音克隆这块约9.2亿元": this piece
                         r"(?:实现|實現|贡献|貢獻|合计|合計|共计|共計|录得|錄得|约为|約為|为|為|达到|達到|达|達|约|約|以|"
                         r"(?:占|佔)了?|预计|預計|预估|預估|预期|預期|将|將|有望|可望|"
                         + "|".join(vocabulary.TARGET_VERBS_ZH) + r"|由|从|從|(?:则|則)有?|亦|也|还|還|"
                         # a move to its amount: "逆市增長至", "減少至"
                         r"(?:逆市|逆勢|逆势|再|进一步|進一步)?(?:增长|增長|增加|减少|減少|下跌|下降|下滑|上升|回升|成长|成長)(?:至|到))*"
                         r"\s*(?:" + words(vocabulary.LABEL_CURRENCIES) + r")?\s*$")  # "…系統為台幣17.2億元"


#: a rise between a part's amount and its share: "，同比名義增長"
_RISE_BETWEEN = re.compile(r"\s*[,，]\s*[^,，;；。%\d]{0,12}")


def shares_after_amounts(text, figures, sentence_of) -> None:
    """A share right after an amount is the share of that amount's part ("其中医疗领域规模为38.6亿元，占比12.8%",
    "the software segment brought in $62.5 billion, a 45.1% share of the enterprise AI market"): the part is an
    item of the whole the line named before it (or the whole named after the share), with its amount."""
    totals = []  # the subjects of the line's whole amounts so far, in order
    stops = _stops(text)
    for k, (g, f) in enumerate(zip(figures, figures[1:])):
        if k and figures[k - 1].item == "Total" and figures[k - 1].kind in ("amount", "count"):
            totals.append((figures[k - 1].kind, figures[k - 1].subject))
        rise = f if f.claim == "growth" and k + 2 < len(figures) else None  # "…8.35萬億元，同比名義增長11.9%，佔…比重為"
        if rise is not None and _RISE_BETWEEN.fullmatch(text, g.end, rise.pos):
            f = figures[k + 2]
        gap = text[rise.end:f.pos] if rise is not None and f is not rise else text[g.end:f.pos]
        m = _AMOUNT_THEN_SHARE.fullmatch(gap) or (  # "$76.4 billion (41.8%)": the bracket is the share's
            _BRACKET.fullmatch(text, g.end, f.pos + 1))
        if (m is None or f.claim != "share" or f.item != "Total" or g.kind not in ("amount", "count")
                or g.item != "Total" or sentence_of(g.pos) != sentence_of(f.pos)):
            continue
        start = _part_start(text, g.pos, sentence_of(g.pos)[0])
        own = None
        if re.search(r"[\u4e00-\u9fff]", text[max(0, g.pos - 1):g.pos + 1] + text[g.end:f.pos]):
            part = _PART_CLOSE.sub("", _PART_OPEN.sub("", text[start:g.pos]))
            if g.year is not None:  # "2024年GPU芯片市场规模为1,012.3亿元，占比69.9%", "护理计划模块2024年规模为9.8亿元，
                # 占比41.7%": the year of the amount, before the name or after it
                part = re.sub(rf"^{g.year}\s*年\s*(?:的)?|(?<=[\u4e00-\u9fffA-Za-z])(?:於|于|在)?{g.year}\s*年\s*(?:的)?$",
                              "", part)
            part = _named_as_largest(text, part, sentence_of(g.pos)[0], start)
            part = part or (g.subject if is_specific(g.subject) else "")  # "新装备制造业规模最大，增加值为48808亿元"
        else:  # the words before its verb ("North America generated"), else the amount's subject
            start = _name_start(text, g.pos, sentence_of(g.pos)[0])
            at = g.pos + len(text[g.pos:g.end]) - len(text[g.pos:g.end].lstrip())  # a count's span opens on a blank
            aside = _DASH_ASIDE.search(text, sentence_of(g.pos)[0], at)
            if aside:
                # "Digital pure-play channels — search, social and retail media — are set to capture": the name
                # before its aside between dashes
                head = text[sentence_of(g.pos)[0]:aside.start()] + " " + text[aside.end():at]
                own = _PART_BEFORE_AMOUNT.search(head, _name_start(head, len(head), 0))
            elif lead := _LARGEST_THEN_NAME.fullmatch(text, THREAD_NUMBER.match(text, sentence_of(g.pos)[0]).end(),
                                                      at):  # "2/ The biggest slice: AI rebalancing at $238M": the
                own = lead  # name after the words that rank it
            else:
                own = _PART_BEFORE_AMOUNT.search(text, start, at)
            # "Forest inventory from drones, lidar and satellite imagery took": the head of the name's own list
            comma = len(text[:own.start("part")].rstrip()) - 1 if own is not None and not aside and not lead else -1
            if own is None and (named := _NAME_THEN_GLOSS.search(text, sentence_of(g.pos)[0], start)):
                # "Tavira Labs, the largest vendor, shipped": the name before its gloss
                own = _PART_BEFORE_AMOUNT.fullmatch(named["name"] + text[start:at])
            own = own and _with_list_head(text, sentence_of(g.pos)[0], comma,
                                          _PART_LEAD.sub("", own.group("part").strip()))
            # nouns joined by "and" name one part: "Software development and licensing contributed"
            part = own if own and not is_clause(re.sub(r"\s+(?:and|&)\s+", " ", own)) else \
                g.subject if is_specific(g.subject) else ""
        after = _WHOLE.match(text, f.end, sentence_of(f.pos)[1])
        named = m.groupdict().get("whole") or (_AMOUNT_IN_NAME.sub("", after.group("whole")) if after else "")
        earlier = next((subject for kind, subject in reversed(totals) if kind == g.kind and subject != part), None)
        inside = [h for h in figures[k + 2:k + 3]  # "of the $138.6 billion enterprise AI market": the whole's amount
                  if after and h.kind == g.kind and after.start("whole") <= h.pos < after.end("whole")]
        stated = named and is_specific(named) and not is_continuation(named) and not _THE_TOTAL.fullmatch(named)
        if earlier and (not stated or words_within(named, earlier)):  # "占全球出货量的" of 全球AI服务器出货量
            whole = earlier
        elif stated and inside:
            whole = inside[0].subject = title_of(named)
        elif own and part == own and not stated and not g.named and (is_specific(g.subject)
                                                                     or THE_MARKET.fullmatch(g.subject)):
            # the whole of the lines before, which it continues: "… US$64.0 billion by 2030." / "Automotive accounted for"
            # (an unnamed whole, where the amount's subject is the part's own name: "• Video generation took $2.9 billion
            # in 2024, or 19.4% of the total" under a line that names no market; "the market" of the lines before:
            # "- The market reached US$46.2 million in 2024." / "- Hotels accounted for US$28.6 million, or 62%")
            whole = "" if subject_key(g.subject) == subject_key(part) else g.subject
        else:  # a whole the line gives no amount of ("占整体人口的17.7%"): the amount stays its own series', unless
            if part and stated and not re.search(r"\d", part):  # the text states that whole elsewhere (the draft's)
                g.part_of = f.part_of = (item_name(re.sub(r"^(?:我国|我國)", "", part)), title_of(named))
            continue
        if not part or re.search(r"\d{3}|\d[.,]\d|\d\s*[%年亿億万萬]", part) or subject_key(part) == subject_key(whole):
            continue
        g.item = f.item = item_name(part)
        g.subject = f.subject = whole
        f.of = "Total"
        # "…, or 37.0%, of 2024 revenue": that year's whole, not the forecast the sentence before ends on; else, for
        # one without a year, "$76.4 billion (41.8%) of $182.9 billion in 2024": one year
        said = _OF_A_YEARS.match(text, f.end)
        ref = next((h for h in figures if said and h.item == "Total" and h.kind == g.kind and h.year == int(said[1])),
                   None)
        dated = next((y for y in (g, f, *inside) if y.year is not None), None)
        ref = ref or _whole_of_which(text, figures, g, stops)
        later = g.year is not None and f.year is not None and g.year > f.year and not re.search(
            r"(?:19|20)\d{2}", text[g.end:sentence_of(f.pos)[1]])
        for x in (g, f):
            # a share right after its part's amount of a later year, naming no year of its own, is of the amount's
            # year ("are set to capture $789 billion, or 73.1% of all spending": not the year the line ended on)
            source = ref or (dated if x.year is None or x is f and (later or g.dated) else None)  # or "去年產值…，占"
            if source is not None:
                x.year, x.status = source.year, source.status
                if x.claim == "share":
                    x.start_year = x.end_year = source.year
        f.notes.append(f"a share of {whole!r}: {f.item!r}, whose amount it follows, read as an item")


#: the year of the whole a share is of, right after it: "…, or 37.0%, of 2024 revenue", "of the 2024 total"
_OF_A_YEARS = re.compile(r"\s*,?\s*of\s+(?:the\s+)?(?:FY\s?|fiscal\s+)?((?:19|20)\d{2})\b(?!\s*[-–]\s*\d)", re.IGNORECASE)


#: where a sentence ends ("；" goes on)
_STOP = re.compile(r"[。!?！？]|\.(?!\d)")


def _stops(text: str) -> list[int] | None:
    """Where the sentences of a line that lists parts after 其中 end (:data:`_STOP`), once a line; None for a line
    with no 其中."""
    return [m.start() for m in _STOP.finditer(text)] if "其中" in text else None


def _whole_of_which(text, figures, g, stops):
    """The whole a part's figure ``g`` is listed under after 其中, where its clause names no year of its own: the latest
    whole its sentence states (past a "；"), the one it moves to ("由2023年的58.6亿元增至121.3亿元；其中…") or is about
    ("去年…達42.6億港元，…，2023年為30.7億港元；其中，生成式AI應用佔15.3億港元" is of 2024, "2025年…預計達1,540億美元，較2024年的
    1,120億美元成長37.5%；其中…占比約18%" of 2025): not a year the sentence looks back to. ``stops``: :func:`_stops`."""
    if stops is None:
        return None
    k = bisect_left(stops, g.pos)
    start = stops[k - 1] if k else -1  # where its sentence starts
    opened = text.rfind("其中", start + 1, g.pos)
    if opened <= start or g.role is not None or g.dated:
        return None  # nor a figure a sentence frame or its own words ("去年產值6.8億元") gave its year
    clause = max([start] + [text.rfind(c, start + 1, opened) for c in "，,；;"])  # where the clause of 其中 opens
    if re.search(r"(?:19|20)\d{2}", text[clause:g.pos]):
        return None  # nor one whose clause names a year
    kind = g.kind if g.kind in ("amount", "count") else "amount"  # a share's whole is an amount
    wholes = [h for h in figures if start < h.pos < opened and h.item == "Total" and h.kind == kind and h.year is not None]
    return max(wholes, key=lambda h: h.year) if wholes else None


def shares_of_which(text, figures) -> None:
    """A part's share after 其中 that names no year of its own ("…165亿美元，较上年下滑4.3%，2023年为172亿美元；其中中国市场占比约为
    41%") is of the latest whole its sentence states, not of a year the sentence looks back to."""
    stops = _stops(text)
    dated = {(g.item, g.sentence) for g in figures if g.dated and g.kind in ("amount", "count")}  # "去年產值…，占"
    for f in figures:
        if f.claim == "share" and f.item != "Total" and (f.item, f.sentence) not in dated \
                and (whole := _whole_of_which(text, figures, f, stops)) is not None and f.year != whole.year:
            f.year = f.start_year = f.end_year = whole.year
            f.status = whole.status
            f.notes.append(f"{whole.year}: the latest whole of its sentence, which it is listed under")


#: between a part's amount (and its share) and a later amount of its own in its sentence: "…, and Kusanagi forecasts it
#: will reach", ", which is expected to reach", "; it should hit"
_IT_GOES_ON = re.compile(r"[^.;。；\d]*?(?:\bit|\bwhich)\s+(?:(?:will|would|could|should|is\s+(?:expected|set|forecast|"
                         r"projected|poised)\s+to)\s+)?(?:reach|hit|grow|rise|climb|top|exceed|expand|increase|be\s+worth)\b"
                         r"[^.;。；\d]*?$|[^.;。；\d]*?\b(?:expects?|forecasts?|projects?|sees)\s+it\s+to\s+[^.;。；\d]*?$",
                         re.IGNORECASE)


def parts_it_goes_on_to(text, figures, sentence_of) -> None:
    """An amount a part's own sentence gives it later, by "it" ("Internet advertising accounted for ¥3,612.5 billion,
    or 46.9% of the total, and Kusanagi forecasts it will reach ¥4,480 billion in 2028, a compound annual growth rate
    of 5.5%"), is the part's, and so are the rates after it up to the next amount: not the whole's."""
    for k, g in enumerate(figures):
        if g.kind not in ("amount", "count") or g.item == "Total":
            continue
        later = next((j for j in range(k + 1, len(figures)) if figures[j].kind == g.kind), None)
        if later is None:
            continue
        f = figures[later]
        between = [h for h in figures[k + 1:later] if not (h.claim == "share" and h.item == g.item)]
        if (f.item != "Total" or between or sentence_of(f.pos) != sentence_of(g.pos) or f.unit != g.unit
                or not _IT_GOES_ON.fullmatch(text, figures[later - 1].end, f.pos)):
            continue
        f.item, f.subject = g.item, g.subject
        f.notes.append(f"the amount of {g.item!r}, which its sentence goes on to by 'it'")
        for h in figures[later + 1:]:
            if h.kind in ("amount", "count") or sentence_of(h.pos) != sentence_of(f.pos):
                break
            if h.item == "Total" and h.claim in ("growth", "cagr"):
                h.item, h.subject = g.item, g.subject
                h.notes.append(f"the rate of {g.item!r}, after its amount")


#: a bracket opened right before an amount, and one closed right after it
_OPEN_BEFORE, _CLOSE = re.compile(r"[(\[（][^()\[\]（）]*$"), re.compile(r"\s*[)\]）]")
#: how many figures before an amount are looked through for the one it took its part's name from
_NAMED_REACH = 40


def _named_after(figures: list, k: int, sentence_of) -> bool:
    """Whether an amount of its sentence shortly before ``figures[k]`` is of its part and year: the amount took the
    part's name from it, and its own name comes later ("X was the largest at $19.1 billion, …, followed by traffic
    management at $11.3 billion")."""
    g = figures[k]
    for h in (figures[j] for j in range(k - 1, max(k - 1 - _NAMED_REACH, -1), -1)):
        if sentence_of(h.pos) != sentence_of(g.pos):
            return False
        if h.kind == g.kind and h.item == g.item and h.year == g.year and h.currency == g.currency:
            return True  # (not the same amount in another currency after it: "€27.9 million [DKK 208 million]")
    return False


def shares_after_named_parts(text, figures, sentence_of) -> None:
    """A share of the whole right after an amount that the rules before named a part's is that part's share:
    "Contact-centre deployments were credited with $1.41 billion of the 2024 total, or 42%", "Sleep-mode
    orchestration was the largest use case, at US$0.61 billion (43.0%)"."""
    for k, (g, f) in enumerate(zip(figures, figures[1:])):
        if not (f.claim == "share" and f.item == "Total" and g.kind in ("amount", "count") and g.item != "Total"
                and sentence_of(g.pos) == sentence_of(f.pos)):
            continue
        start = o.end() if (o := _OF_TOTAL.match(text, g.end)) else g.end
        if _OPEN_BEFORE.search(text, max(0, g.pos - 12), g.pos) and (close := _CLOSE.match(text, start)):
            start = close.end()  # "€27.9 million [DKK 208 million], a 57% share": past the bracket it stands in
        if _AMOUNT_THEN_SHARE.fullmatch(text, start, f.pos + text.startswith(("(", "（"), f.pos)) \
                and not _named_after(figures, k, sentence_of):  # "$0.61 billion (43.0%)": past its "("
            f.item, f.subject, f.of = g.item, g.subject, "Total"
            f.notes.append(f"a share of the whole: {f.item!r}, whose amount it follows")
            if not f.dated and g.year is not None and f.year != g.year:  # "… at €117 million (37.5%)": its year
                f.year = f.start_year = f.end_year = g.year
                f.status = g.status
    for f in figures:  # "… and services for $0.9 billion, a 72% software share": the part its words name
        named = _NAMED_SHARE.match(text, f.end) if f.claim == "share" else None
        if named is None:
            continue
        part = next((g for g in figures if g.kind in ("amount", "count") and g.item != "Total"
                     and sentence_of(g.pos) == sentence_of(f.pos) and g.item.casefold() == named["name"].casefold()),
                    None)
        if part is not None and part.item != f.item:
            f.item, f.subject, f.of = part.item, part.subject, "Total"
            f.notes.append(f"the share of {f.item!r}, whose name it is followed by")


#: a part's name between a share and the word "share": "a 72% software share"
_NAMED_SHARE = re.compile(r"\s*(?P<name>[A-Za-z][\w&\- ]{0,30}?)\s+share\b")


#: a part's title before its name: "Leading vendor Orinth", "market leader Acme", "头部厂商华芯科技"
_TITLE = re.compile(r"^(?:the\s+)?(?:(?:leading|top|largest|biggest|dominant|(?:second|third|fourth)[- ](?:placed|ranked|"
                    r"largest)|market[- ]leading|no\.\s*\d)\s+(?:[\w-]+\s+)?(?:vendor|player|supplier|provider|maker|"
                    r"manufacturer|company|firm|chipmaker|rival|competitor)|(?:market|industry)\s+leader)\s+(?=(?-i:[A-Z0-9]))"
                    r"|^(?:头部|頭部|龙头|龍頭|领先|領先|主要|第[一二三]大|最大)的?(?:厂商|廠商|企业|企業|公司|供应商|供應商)"
                    r"(?=[\u4e00-\u9fffA-Za-z]{2})", re.IGNORECASE)


#: a whole named first, its parts' shares after it: "Of the $26.7 billion spent on AI in healthcare in 2024, ..."
_OF_WHOLE = re.compile(r"(?:^\s*|[,;:]\s*)(?:of|out of)\s+(?:the|its|this|these|that)?\s*"
                       r"(?:about|around|nearly|roughly|some|approximately)?\s*" + _BEFORE_CURRENCY,
                       re.IGNORECASE)
#: the part a share went to, after it: "41.2% went to medical imaging", "and 18% to clinical documentation",
#: "37.5% were in South Asia"
_SHARE_TO_PART = re.compile(r"\s*(?:went|go|goes|was|were|came|come|flowed|is|are)?\s*(?:spent\s+)?(?:to|in|on|from|for)"
                            r"\s+(?:the\s+)?(?P<part>[^,，;；.()\d]{2,60}?)(?=\s*\(|\s*,|\s+and\b|\s*[.;]|\s*$)",
                            re.IGNORECASE)


#: how far before a whole's amount the words that open it are looked for ("Of the $26.7 billion")
_WHOLE_REACH = 200


def wholes_first(text, figures, sentence_of) -> None:
    """A whole named first and its parts' shares after it ("Of the $26.7 billion spent on AI in healthcare in 2024,
    41.2% went to medical imaging ($11.0 billion) and 18% to clinical documentation"): each share is its part's
    share of that whole, the part an item of the whole's series, and an amount in brackets after the part its own."""
    for k, g in enumerate(figures):
        sentence = sentence_of(g.pos)
        if g.kind not in ("amount", "count") or g.item != "Total":
            continue
        lo = max(sentence[0], g.pos - _WHOLE_REACH)  # the sentence's start, where "^" reads, when it is near
        if not (_OF_WHOLE.search(text[lo:g.pos]) if lo == sentence[0] else _OF_WHOLE.search(text, lo, g.pos)):
            continue
        for j, f in enumerate(figures[k + 1:], start=k + 1):
            if sentence_of(f.pos) != sentence or f.claim != "share" or f.item != "Total":
                continue
            m = _SHARE_TO_PART.match(text, f.end)
            if m is None or not is_specific(m.group("part")) or is_clause(m.group("part")):
                continue
            f.item, f.subject, f.of = item_name(m.group("part").strip()), g.subject, "Total"
            if f.year is None and g.year is not None:
                f.year = f.start_year = f.end_year = g.year
            f.notes.append(f"a share of {g.subject!r}, named before it: its part {f.item!r} read as an item")
            h = figures[j + 1] if j + 1 < len(figures) else None
            if (h is not None and h.kind == g.kind and h.item == "Total"
                    and re.fullmatch(r"\s*\(\s*", text[m.end():h.pos])):
                h.item, h.subject = f.item, g.subject
                h.year = h.year if h.year is not None else g.year
                h.notes.append(f"the amount of {f.item!r}, in brackets after its share of {g.subject!r}")


#: what opens the parts of the whole named before it, in Chinese: "其中"
_OF_WHICH = re.compile(r"其中")
#: a sentence that opens on 其中, or on a speaker's words before it: "其中，", "分析師陳怡君表示，其中"
_OPENS_OF_WHICH = re.compile(r"\s*(?:[^，,。；;\d]{0,24}(?:表示|指出|认为|認為|称|稱)\s*[，,：:]\s*)?其中")
#: a forecast's words and year between a part's name and its measure: "其中，工业自动化领域市场规模预计2025年达",
#: "其中，虚拟主播于2024年的市场规模为", "其中，中国大陆市场2024年规模约" (not the year a move starts from: "亚太地区市场规模则将由2024年的",
#: nor 预测 that ends a part's name, or is joined to the next words of it: "其中電網巡檢與故障預測佔", "景区客流预测与智慧票务")
_FORECAST_TAIL = re.compile(r"(?:市场|市場)?(?:预计|預計|预估|預估|预期|預期|(?:预测|預測)(?!(?:占|佔|为|為)?\s*$|[与與和及、]|性)|有望"
                            r"|(?<![由从從自])[于於在]?(?:19|20)\d{2}\s*(?:年|[AEFP](?![A-Za-z]))).*$")  # "2024A规模"
#: the most parts a list after "其中" is read for
_LIST = 12
#: between two parts of a list: "、", "，", "；"
_LIST_BREAK = re.compile(r"[、，,；;]")


def _less_the_wholes_measure(name: str, whole: str) -> str:
    """A part's name less the measure its whole's name ends with: "移动游戏实际销售" under "国内游戏市场实际销售收入" is
    "移动游戏" (the longest tail the two share that holds a measure, where two or more characters are left; "纯电动汽车"
    under "新能源汽车销量" keeps its name)."""
    stem = _PART_CLOSE.sub("", whole or "")
    for k in range(min(len(name) - 2, len(stem)), 1, -1):
        if name[-k:] == stem[-k:] and re.fullmatch(r"[\u4e00-\u9fff]*" + _CJK_MEASURE + r"[\u4e00-\u9fff]*", name[-k:]):
            return name[:-k]
    return name


#: a Chinese word of measure inside a name: "实际销售", "产业规模"
_CJK_MEASURE = r"(?:销售|銷售|收入|规模|規模|产值|產值|营收|營收|出货|出貨|销量|銷量|支出|投资|投資|开支|開支)"


def parts_after_of_which(text, figures, sentence_cuts) -> None:
    """Amounts after "其中" (of which) behind a whole's amount in its sentence, each with a name before it and no share
    ("市场规模达到3,870亿元，其中硬件为2,410亿元、软件为1,460亿元", "…；其中，协作机器人实现收入32.3亿元"), are the whole's
    parts: each an item of its series. ``sentence_cuts`` are where the line's sentences end; past a "；" the whole
    goes on."""
    if "其中" not in text:
        return
    stops = [c for c in sentence_cuts if text[c - 1:c] not in ";；"]
    opens = [m.start() for m in _OF_WHICH.finditer(text)] + [len(text) + 1]  # and one past every figure
    sentences: dict = {}
    for f in figures:
        sentences.setdefault(bisect_right(stops, f.pos), []).append(f)
    at = {id(h): k for k, h in enumerate(figures)}  # where each figure stands on the line
    before = None  # the last whole of the sentence before: "…为5,000亿元。其中软件产品收入为2,000亿元" lists its parts
    told: list = []  # all the wholes of the sentence before
    for n, group in sorted(sentences.items()):
        opening = stops[n - 1] if n else 0
        if before is not None and _OPENS_OF_WHICH.match(text, opening) and before.kind == group[0].kind:
            # the whole of the year a part's forecast looks to, where its clause looks ahead ("…2025年…預估達6,820億元，
            # …，2024年則為6,320億元。其中，雲端服務支出預估為1,150億元")
            ahead = [g for g in told if g.year > before.year]
            before = ahead[-1] if ahead and LOOKS_AHEAD.search(text, opening, group[0].pos) else before
            group = [before] + group
        # of the sentence's wholes, its latest history's: "…为1,125亿美元，同比增长49.6%，2023年为752亿美元。其中…"; not
        # the year before's a rise is set against ("今年…下修至1,080億元；…仍較去年的742億元成長45.6%。其中…": 1,080's)
        wholes = [g for g in group if g.kind in ("amount", "count") and g.item == "Total" and g.year is not None]
        wholes = [g for g in wholes if not SET_AGAINST_CJK.search(text, max(opening, g.pos - 16), g.pos)] or wholes
        history = [g for g in wholes if g.status != "estimate"]
        before = max(history, key=lambda g: g.year) if history else wholes[-1] if wholes else None
        told = wholes
        for k, g in enumerate(group):
            if g.kind not in ("amount", "count") or g.item != "Total" or opens[bisect_right(opens, g.end)] > group[-1].pos:
                continue
            for f in group[k + 1:k + 1 + _LIST]:
                opened = [m.end() for m in _OF_WHICH.finditer(text, g.end, f.pos)]
                if (not opened or f.kind != g.kind or f.item != "Total" or f.claim not in (None, "value", "count")
                        or f.value * f.scale >= g.value * g.scale):
                    continue
                start = max([opened[-1]] + [m.end() for m in _LIST_BREAK.finditer(text, opened[-1], f.pos)])
                if (SET_AGAINST_CJK.fullmatch(text, start, f.pos)
                        or _SET_AGAINST_THE_YEAR_BEFORE.fullmatch(text, start, f.pos)):
                    # "其中，智能理赔达360亿元，…，较2021年的120亿元增长2倍", "…，较上年的74.6亿元增幅达30.7%":
                    # the base the part before it is set against, that part's own earlier figure
                    listed = [h for h in group[k + 1:group.index(f)] if h.kind == f.kind and h.item != "Total"]
                    if listed:
                        f.item, f.subject = listed[-1].item, g.subject
                        f.notes.append(f"the amount {f.item!r} is set against, listed after 其中 as a part of "
                                       f"{g.subject!r}")
                    continue
                name = _PART_CLOSE.sub("", _FORECAST_TAIL.sub("", _PART_OPEN.sub("", text[start:f.pos])))
                name = _named_as_largest(text, _less_the_wholes_measure(name, g.subject), opened[-1] - 2, start)
                if not re.search(r"[\u4e00-\u9fffA-Za-z]", name) or re.search(r"\d", name) or not is_specific(name) \
                        or is_clause(name):
                    continue
                f.item, f.subject = item_name(name), g.subject
                if f.year is None or f.year != g.year and g is before and not re.search(
                        r"(?:19|20)\d{2}", text[opening:f.pos]):
                    f.year, f.status = g.year, g.status  # the whole's year, where its own clause names none
                f.notes.append(f"the amount of {f.item!r}, listed after 其中 as a part of {g.subject!r}")
                _moved_to(at[id(f)], figures, text, before or g)
                _share_after(at[id(f)], figures, text, g)


#: the words before an amount a rise is set against, of a year named as a year or as 去年: "較去年的(新台幣742億元)",
#: "比2023年的" (not one counted from a fiscal year's or a year's end: "较上年末的1.08亿人")
SET_AGAINST_CJK = re.compile(r"(?:较|較|比)\s*(?:去年|前年|(?:19|20)\d{2}\s*年)的?\s*(?:"
                             + words(vocabulary.LABEL_CURRENCIES) + r")?\s*$")
#: or as the year before, which a part's earlier figure after 其中 may be set against: "较上年的74.6亿元"
_SET_AGAINST_THE_YEAR_BEFORE = re.compile(r"(?:较|較|比)\s*(?:上年|上一年)的?\s*(?:"
                                          + words(vocabulary.LABEL_CURRENCIES) + r")?\s*$")


#: a subject that names the market and nothing else, which the lines after it go on with: "market", "the market",
#: "市場"
THE_MARKET = re.compile(r"(?:the\s+)?(?:market|市场|市場)", re.IGNORECASE)


#: a line that opens on 其中, after a bullet or a run-in heading: "其中公有云数据库市场规模…", "② 云化趋势明确：其中…",
#: "【细分结构】其中…", "划重点📌 其中…" (its pictograph a stop: "划重点。其中…")
_OPENS_ON_OF_WHICH = re.compile(r"^\W*(?:\d{1,2}\s*[.)、]?\s*)?(?:[^:：，,。\d]{1,16}[:：】。!！])?\s*(?:其中[\s,，:：]*"
                                # or on the dimension its parts are of: "分区域看，", "从应用领域来看：", "按地区划分，"
                                r"|(?:分|从|從|按)(?:区域|區域|地区|地區|产品|產品|行业|行業|领域|領域|应用|應用|细分市场|細分市場"
                                r"|类型|類型|技术|技術|场景|場景|下游|终端|終端|客户|客戶)[\u4e00-\u9fff]{0,4}?"
                                r"(?:看|来看|來看|划分|劃分)\s*[,，:：]\s*)")


def opens_on_parts(text: str) -> bool:
    """Whether a line opens on 其中 or on the dimension of the parts it lists ("分区域看，华东地区…"): its amounts may
    be parts of the whole the line before states."""
    return _OPENS_ON_OF_WHICH.match(text) is not None


def parts_of_the_whole_before(text: str, figures: list, whole) -> None:
    """A line that opens on 其中 ("② 云化趋势明确：其中公有云数据库市场规模304.6亿元，占比58.3%") or on its parts' dimension
    ("分区域看，华东地区市场规模达328亿元，占全国的41.2%") lists parts of ``whole``, the latest whole the lines before it
    state: each amount named after those words, smaller than the whole and in its unit, is an item of the whole's
    series, of its year where its own words name none, with the share after it."""
    m = _OPENS_ON_OF_WHICH.match(text)
    if m is None:
        return
    for k, f in enumerate(figures):
        if f.pos < m.end() or f.kind != whole.kind or f.item != "Total" or f.claim not in (None, "value", "count") \
                or f.currency != whole.currency or f.value * f.scale >= whole.value * whole.scale:
            continue
        start = max([m.end()] + [b.end() for b in _LIST_BREAK.finditer(text, m.end(), f.pos)])
        name = _PART_CLOSE.sub("", _FORECAST_TAIL.sub("", _PART_OPEN.sub("", text[start:f.pos])))
        if not re.search(r"[\u4e00-\u9fffA-Za-z]", name) or re.search(r"\d", name) or not is_specific(name) \
                or is_clause(name):
            continue
        f.item, f.subject = item_name(name), whole.subject
        if f.year is None:
            f.year = f.start_year = f.end_year = whole.year
            f.status = whole.status
        f.notes.append(f"the amount of {f.item!r}, listed after {m.group(0).strip(' ,，:：')!r} as a part of "
                       f"{whole.subject!r} on the line before")
        _share_after(k, figures, text, whole)


#: a business named before its revenue at the start of a clause, as an annual report's segment discussion puts it:
#: "分业务看，算力租赁业务实现营业收入", "；IDC业务实现营收", "云服务收入为"
_SEGMENT = re.compile(r"(?:分业务看|分产品看|分地区看|分板块看|分行业看|按业务划分|按产品划分|按地区划分)?[，,：:\s]*"
                      r"(?P<part>[\u4e00-\u9fffA-Za-z0-9+&]{2,16}?(?:业务|業務|板块|板塊|产品|產品|分部)?)"
                      r"(?:实现|實現|录得|錄得|取得)?(?:营业收入|營業收入|营收|營收|销售收入|銷售收入|收入|销售额|銷售額)"
                      r"(?:约为|約為|为|為|达到|達到|达|達|约|約)?\s*")
#: words that name the whole's holder or its period, no business: "公司实现营业收入", "报告期内实现营收"
_NO_SEGMENT = re.compile(r"公司|集团|集團|全年|本期|报告期|報告期|本年|上年|同期|合计|合計|总|總|季|半年|月"
                         r"|^(?:全[市省区區国國])?[该該]"  # "该市人工智能产业": the whole again, of another year
                         r"|^(?:19|20)\d{2}\s*年"  # "2025年AI家教营收为…": a year's whole, no business
                         # "龙头曜光科技2024年营收为…": a leading firm's own revenue of a year
                         r"|龙头|龍頭|头部|頭部|厂商|廠商|(?:19|20)\d{2}\s*年$")


def segments_after_whole(text, figures) -> None:
    """Amounts of businesses named before their revenue, each at the start of a clause after a whole's amount of the
    same unit on its line ("2024年度，公司实现营业收入48.62亿元…分业务看，算力租赁业务实现营业收入12.35亿元…；IDC业务
    实现营业收入30.11亿元"), are the whole's parts: each an item named as printed, in the whole's year unless its
    own is another."""
    if not re.search("收入|营收|營收|销售|銷售", text):
        return
    wholes: dict = {}  # the first amount of each unit on the line
    for k, f in enumerate(figures):
        if f.kind != "amount" or f.item != "Total" or f.claim not in (None, "value"):
            continue
        whole = wholes.setdefault(f.unit, f)
        if whole is f or f.value * f.scale >= whole.value * whole.scale:
            continue
        start = _clause_start(text, whole.end, f.pos)
        m = _SEGMENT.fullmatch(text, max(start, text.rfind("。", start, f.pos) + 1), f.pos)
        if m is None or _NO_SEGMENT.search(m.group("part")) or not is_specific(m.group("part")):
            continue
        f.item, f.subject = item_name(m.group("part")), whole.subject
        if f.year is None or f.year == whole.year:
            f.year, f.status = whole.year, whole.status
        f.notes.append(f"the amount of {f.item!r}, a business named before its revenue after {whole.subject!r}'s")
        _share_after(k, figures, text, whole)


#: a part's move from its amount to the next: "由42.0亿元下滑至", "从42.0亿元增长到"
_MOVED_TO = re.compile(r"\s*[,，]?\s*(?:(?:下滑|下降|回落|减少|減少|增长|增長|增加|上升|提升|攀升|扩大|擴大|降|增|升)了?)?\s*(?:至|到)\s*$")


def _moved_to(k, figures, text, whole) -> None:
    """A part's amount after 由 or 从 and the amount it moves to ("其中，传统文本机器人收入由42.0亿元下滑至31.5亿元", under a
    whole that moves "由2023年的104.8亿元降至2024年的96.3亿元"): both the part's, of the years the whole moves between."""
    f = figures[k]
    to = figures[k + 1] if k + 1 < len(figures) else None
    if to is None or to.kind != f.kind or to.item != "Total" or not re.search(r"[由从從]\s*$", text[:f.pos]) \
            or not _MOVED_TO.fullmatch(text, f.end, to.pos):
        return
    bases = [h.year for h in figures if h.item == "Total" and h.kind == whole.kind and h.subject == whole.subject
             and h.year is not None and whole.year is not None and h.year < whole.year and h.pos < whole.pos]
    to.item, to.subject = f.item, f.subject
    if bases and f.year in (None, whole.year) and to.year in (None, whole.year):
        f.year, f.status, to.year, to.status = max(bases), whole.status, whole.year, whole.status
    to.notes.append(f"the amount {f.item!r} moves to from {f.value:g}, as its whole moves")


def _share_after(k, figures, text, whole) -> None:
    """The share in the clause after a part's amount ("，占全行業收入的比重為23%", "、占26%", "，大概36%") is that part's share of
    ``whole``, and so is one after the part's own rise ("软件产品实现收入4105亿元，同比增长6.6%，占全行业收入比重为22.0%",
    "…为97.5亿元，较上年的74.6亿元增幅达30.7%，占比34.0%"), which is the part's."""
    f = part = figures[k]
    after = figures[k + 1] if k + 1 < len(figures) else None
    base = after if after is not None and after.kind == f.kind and _BASE_THEN_RISE.fullmatch(text, f.end, after.pos) \
        else None
    if base is not None:  # read on past the amount of the year before that the rise is set against
        k, f = k + 1, base
    rise = figures[k + 1] if k + 1 < len(figures) else None
    if rise is not None and rise.claim == "growth" and rise.item == "Total" and (
            _RISE_AFTER if base is None else _RISE_OF_BASE).fullmatch(text, f.end, rise.pos):
        share = figures[k + 2] if k + 2 < len(figures) else None
        gap = text[rise.end:share.pos] if share is not None else ""
    else:
        rise, share = None, rise
        gap = text[f.end:share.pos] if share is not None else ""
    if (share is not None and share.claim == "share" and (re.fullmatch(r"[，,、]\s*(?:占|佔)[^。；;、]*", gap)
                                                          or rise is None and _AMOUNT_THEN_SHARE.fullmatch(gap))
            and (share.item == "Total" and share.of is None or share.item == part.item)
            # past a rise, a share of the whole it names ("占全行业"), or of the part whose base the rise names
            and (rise is None or _A_WHOLE.search(gap) or base is not None)):
        share.item, share.subject, share.of = part.item, whole.subject, "Total"
        share.year = share.start_year = share.end_year = part.year  # of its part's year
        share.notes.append(f"the share of {part.item!r}, whose amount the clause before states")
        if rise is not None:
            rise.item, rise.subject = part.item, part.subject
            rise.notes.append(f"the rise of {part.item!r}, whose amount the clause before states")


#: between a part's amount and the amount of the year before it is set against: "，较上年的"
_BASE_THEN_RISE = re.compile(r"\s*(?:" + words(vocabulary.LABEL_CURRENCIES) + r")?\s*[，,]\s*(?:较|較|比)\s*"
                             r"(?:上年|上一年)的?\s*(?:" + words(vocabulary.LABEL_CURRENCIES) + r")?\s*")
#: between that amount and the rise over it: "增幅达", "增长"
_RISE_OF_BASE = re.compile(r"\s*(?:增幅|增速|增长|增長|成长|成長)(?:达|達|为|為)?\s*")
#: the clause of a part's rise right after its amount: "，同比增长", "，比上年增長"
_RISE_AFTER = re.compile(r"[，,]\s*(?:同比|比上年|较上年|較上年|年增)?\s*(?:增长|增長|下降|减少|減少|成长|成長)了?\s*")


#: what may stand between a verb and its amount: "about", "the remaining", a currency
_BEFORE_AMOUNT = (r"\s*(?:(?:about|around|nearly|some|roughly|approximately|over|just over|the remaining|a further|"
                  r"another)\s+)?" + _BEFORE_CURRENCY)
#: a part named before the verb of its amount, its name's gloss in brackets: "China contributed", "Hardware
#: (controllers, sensors) came to", "North America led with"
_NAMED_PART = re.compile(r"\s*(?:with\s+)?(?P<part>[A-Za-z][\w&/\- ]{0,60}?)\s*(?:\([^()]{0,80}\))?\s+"
                         r"(?:(?:will|should|could|is expected to|are expected to)\s+"
                         r"(?:account for|make up|generate|contribute)\s|generated|"
                         r"earned|brought in|posted|recorded|contributed|accounted for|accounts for|made up|makes? up|"
                         r"came to|amounted to|led with|followed with"
                         r"|accounting for|making up)"  # "…, with case-management systems accounting for €45 million"
                         + _BEFORE_AMOUNT, re.IGNORECASE)
#: a part named before a copula, which makes it a part only where the whole follows its amount: "Data-centre
#: accelerators alone were $61.2B of the 2024 total", "Big-box chains = $124M of the 2024 figure"
_NAMED_PART_IS = re.compile(r"\s*(?P<part>[A-Za-z][\w&/\- ]{0,60}?)\s+(?:was|were|came\s+in\s+at|stood\s+at|totall?ed|="
                            r"|(?:is|are|was|were)\s+the\s+(?:[a-z-]+\s+){1,3}?at)"  # "are the backbone at"
                            + _BEFORE_AMOUNT, re.IGNORECASE)
#: the next part with its verb left out, right before its amount: "and Japan $0.6 billion", "and software to",
#: "and Asia Pacific with", "and services for the remaining"
_GAPPED_PART = re.compile(r"\s*(?P<part>[A-Za-z][\w&/\- ]{0,60}?)(?:\s+(?:with|for|to|at|contribut(?:e|es|ed|ing)|"
                          r"add(?:s|ed|ing)?|accounting\s+for|making\s+up|taking|bringing\s+in))?"
                          # "with marketing tools making up the remaining €57 million"
                          r"(?:\s+the\s+(?:rest|other|balance))?"  # ("the remaining", "a further": _BEFORE_AMOUNT's)
                          + _BEFORE_AMOUNT,
                          re.IGNORECASE)
#: words that date a Chinese part's amount relative to the text, no part of its name: "去年產值", "今年"
_RELATIVE_YEAR_WORDS = re.compile(r"^(?:去年|今年|明年|前年|上年|同年|当年|當年)(?:的)?|(?:去年|今年|明年|前年)$")
#: the clause before a part's amount that names it as the largest: "合約審閱與起草為最大應用，", "當中以貨櫃碼頭自動化
#: 及堆場調度最大，", "面料瑕疵检测仍是最大的应用领域，", "其中影像判讀規模最大，"
_LARGEST_BEFORE = re.compile(r"(?:^|(?<=[，,：:。；;]))\s*(?:(?:其中|當中|当中)\s*[，,]?\s*)?(?:(?P<name>[\u4e00-\u9fffA-Za-z0-9]{2,16}?)"
                             r"\s*(?:仍然|仍|依然|依旧|依舊|也|亦|还|還|则|則)?(?:為|为|是|成為|成为)(?:最大|第一大|最主要|主要)"
                             r"|以\s*(?P<by>[\u4e00-\u9fffA-Za-z0-9]{2,16}?)\s*"
                             r"(?:最大|居首|最多|為主|为主)"
                             # "其中AI牙科影像判讀規模最大，": the measure it is the largest by after its name
                             r"|(?P<big>[\u4e00-\u9fffA-Za-z0-9]{2,16}?)\s*的?(?:市场|市場)?(?:规模|規模|产值|產值|营收|營收|收入)"
                             r"(?:最大|居首|最高)"
                             # "當中酒店收益管理及動態定價系統佔最大份額，": the largest share
                             r"|(?P<most>[\u4e00-\u9fffA-Za-z0-9]{2,16}?)\s*(?:(?:佔|占)比?(?:最大|最多|最高)的?(?:份额|份額|比重|比例)?"
                             r"|(?:佔|占|居|據|据)(?:主导|主導)(?:地位)?)"  # "商用樓宇及園區佔主導，"
                             r")[^，,。；;]{0,8}[，,]\s*$")


def _named_as_largest(text: str, name: str, lo: int, hi: int) -> str:
    """A Chinese part's name less the words that date it; where nothing is left, the name an earlier clause between
    ``lo`` and ``hi`` gives as the largest: "其中，合約審閱與起草為最大應用，去年產值6.8億元" names 合約審閱與起草."""
    name = _RELATIVE_YEAR_WORDS.sub("", name)
    if not name and (lead := _LARGEST_BEFORE.search(text, lo, hi)):
        return lead["name"] or lead["by"] or lead["big"] or lead["most"]
    return name


#: a stop that ends a sentence (not a semicolon between the parts of one list)
_SENTENCE_END = re.compile(r"[.!?。！？](?=\s|$)")
#: where the next part's name starts: after "and", "while", "with" ("…, with AI commentary and translation a further
#: €61 million"), a comma or a semicolon
_NEXT = re.compile(r"(?:,\s*)?\b(?:and|while|with)\s+|[,;]\s*", re.IGNORECASE)
#: words that name the next part of a list: "…, followed by AI cameras and doorbells at €148 million"
_LISTED_AFTER = re.compile(r"\b(?:followed\s+by|trailed\s+by|ahead\s+of)\b", re.IGNORECASE)
#: a part's amount said to be of the whole: "made up EUR 0.94 billion of the 2024 total", "of the fiscal 2024 total"
#: (a year of it: "2024", "fiscal 2024", "FY24")
_A_YEAR = r"(?:(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d\d|FY\s?(?:(?:19|20)\d\d|\d\d))\s+"
_OF_TOTAL = re.compile(r"\s*of\s+(?:(?:(?:the|this|that|its|(?:this|last|next|the)\s+year's)\s+(?:" + _A_YEAR + r")?"
                       r"|" + _A_YEAR + r")"  # "of the FY24 figure", "of FY24 spending"
                       r"(?:total|whole|market|figure|sum|amount|turnover|revenues?|spending|spend|sales)\b"
                       r"|(?:that|it)(?=\s*[,;.(]|\s+(?:or|and)\b))"  # "accounted for $10.2 billion of that, or 41%"
                       # "accounted for USD 3.4 billion (2024), or 60.7% of revenue": the share of the whole right after
                       # (or "…, roughly 28%", "…, about a fifth", "… (23%)": a share said as near, of no change)
                       # or after the amount in another currency: "USD 96 million (INR 800 crore), or 31% of the total"
                       r"|\s*(?:\(\s*(?:(?:19|20)\d{2}|" + _NEAR
                       + r"?\s*(?:[A-Z]{2,3}\$?|[$€£¥₹])\s?\d[\d.,]*(?:\s*[A-Za-z]+)?)\s*\))?"
                       r"(?=\s*,\s*(?:(?:or|representing|accounting\s+for)\s+"
                       r"(?:" + _NEAR + r"\s*)?|" + _NEAR + r"\s*"
                       # "…, a 37% share of the total"
                       r"|an?\s+(?=\d[\d.]*\s*(?:%|percent|per\s+cent)\s+(?:share|slice|portion)\b))"
                       r"(?:\d[\d.]*\s*(?:%|percent|per\s+cent)(?!\s*(?:more|less|higher|lower|above|below|up|down|over"
                       r"|increase|rise|growth|decline|a\s+year|per\s+year|annually|year|y/y|yoy|CAGR)\b)"
                       r"|(?:(?:a|one)\s+(?:half|third|fifth|tenth)|(?:two|three|four)[- ](?:thirds|fifths))\b"
                       r"(?!\s+(?:more|less)\b|\s+of\s+(?:the\s+|its\s+)?(?:increase|rise|growth|gain|change|jump)))"
                       r"|\s*\(\s*" + _NEAR + r"?\s*\d[\d.]*\s*%\s*\))",
                       re.IGNORECASE)


#: the whole's amount named after a part's, before it: "… USD 2.91 billion of the 2024 total of USD 6.37 billion"
_TOTAL_OF = re.compile(r"\bof\s+(?:" + _YEARS_TOTAL + r"|the\s+market)\s+of\s+"
                       r"(?:(?:about|around|roughly|nearly|some)\s+)?(?:US\$|[A-Z]{3}\s?|[$€£¥])?\s*$", re.IGNORECASE)
#: a sentence that opens with its subject and a copula: "Inference is the bigger prize"
_SUBJECT_IS = re.compile(r"\s*(?P<part>[A-Z][\w&/\- ]{0,60}?)\s+(?:is|are|was|were|remains|remained)\b")
#: the pronoun that points back to that subject: "we put it at"
_IT = re.compile(r"\bit\b", re.IGNORECASE)


#: a name of capitalised words joined by "and", "&" or "of" ("Middle East and Africa", "Latin America and the
#: Caribbean", "Rest of World"), or the rest of the world: one region, though "and" and "of" would make a clause of it
_JOINED_NAME = re.compile(r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*(?:\s+(?:and|&|of)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+)*"
                          r"[A-Z][\w'’.-]*)+|(?i:rest\s+of\s+(?:the\s+)?world)")


#: the number of a post in a thread before its first word: "3/ "
THREAD_NUMBER = re.compile(r"\s*(?:\d{1,2}/\s+)?")


def _part_name(phrase: str) -> str:
    """A part's name as it stands before its verb or amount, or "" where the words are no part's name: a clause,
    a continuation ("it"), a phrase that measures a series of its own ("revenue"), a number (a name may hold
    digits: "L3+ systems", "5G")."""
    name = _PART_LEAD.sub("", phrase.strip())
    if (not name or len(name.split()) > 10 or re.search(r"(?<![\w+])\d[\d.,]*(?![\w+])", name)  # a number, not "L3+"
            or is_clause(_AND.sub(" ", name)) and not _JOINED_NAME.fullmatch(name) or measures(name)
            or is_continuation(name) or not is_specific(name)):
        return ""
    return name


def _clause_start(text: str, lo: int, hi: int) -> int:
    """Where the clause before ``hi`` starts: after the last comma, semicolon or colon of ``text[lo:hi]`` outside
    brackets."""
    depth, start = 0, lo
    for i in range(lo, hi):
        c = text[i]
        depth += (c == "(") - (c == ")")
        if depth <= 0 and c in ",;:":
            start, depth = i + 1, 0
    return start


#: the bullet that opens a line: "- ", "• "
_BULLET_MARK = re.compile(r"\s*(?:" + BULLET + r"\s+)?")


def parts_side_by_side(text, figures, sentence_of) -> None:
    """Parts named side by side in a sentence, the verb said once ("Hardware came to $142.7 billion in 2024 and
    software to $58.3 billion", "China contributed $1.3 billion and Japan $0.6 billion", "Europe followed with $3.1
    billion (26.3%) and Asia Pacific with $2.9 billion (27.4%)"), or a part's amount said to be of the whole
    ("Personalisation engines made up EUR 0.94 billion of the 2024 total"): each amount is its part's, an item of
    the whole's series, in the year of the first, with the share right after it. A name that measures a series of
    its own ("revenue came to ... and profit to ...") is no part."""
    index = [i for i, f in enumerate(figures) if f.kind in ("amount", "count")]  # each figure looks at its neighbours
    for k, i in enumerate(index):
        g, j = figures[i], index[k + 1] if k + 1 < len(index) else None
        sentence = sentence_of(g.pos)
        h = figures[j] if j is not None else None
        if h is not None and (sentence_of(h.pos) != sentence and _SENTENCE_END.search(text, g.end, h.pos)  # "…; pubs and bars
                              or h.kind != g.kind or h.currency != g.currency  # for £87 million": one list
                              or h.item != "Total" or h.year not in (None, g.year)):
            h = None
        next_name = ""
        if h is not None:
            near = (m for m in _NEXT.finditer(text, max(g.end, h.pos - 100), h.pos)  # a name and its lead-in fit in
                    # 100 characters; after "followed by" the next part's name is there, and an "and" joins its words
                    if not _LISTED_AFTER.search(text, g.end, m.start()))
            gaps = (_GAPPED_PART.fullmatch(text, m.end(), h.pos) for m in near)
            # the first separator whose words up to the amount name a part: "and Middle East and Africa for"
            gap = next((m for m in gaps if m and _part_name(m.group("part"))), None)
            cut = gap.start() if gap else None
            if cut is not None and cut - g.end <= 60 and all(
                    f.claim == "share" for f in figures[i + 1:j] if f.end <= cut):
                next_name = _part_name(gap.group("part"))
        anchor = g
        if g.item == "Total" and next_name and k and _TOTAL_OF.search(text, max(sentence[0], g.pos - 40), g.pos):
            p = figures[index[k - 1]]  # "North America accounted for USD 2.91 billion of the 2024 total of USD 6.37
            # billion, Europe for USD 1.64 billion": the part before the whole, whose verb the next one leaves out
            anchor = p if sentence_of(p.pos) == sentence and p.item != "Total" and p.kind == g.kind else g
        if anchor is g and g.item == "Total" and (next_name or _OF_TOTAL.match(text, g.end)):
            start = max(sentence[0], figures[i - 1].end if i else 0)
            clause = _clause_start(text, start, g.pos)  # "X were $61.2B of the 2024 total": a copula, the whole after
            clause = THREAD_NUMBER.match(text, clause).end()  # "3/ Tracing and evals tools were": a thread's post
            clause = _BULLET_MARK.match(text, clause).end()  # "- Dealer service bays accounted for": a bullet's
            own = _NAMED_PART.fullmatch(text, clause, g.pos) or (
                _OF_TOTAL.match(text, g.end) and _NAMED_PART_IS.fullmatch(text, clause, g.pos))
            name = _part_name(own.group("part")) if own else ""
            if not name and (lead := _SUBJECT_IS.match(text, sentence[0], g.pos)) \
                    and _IT.search(text, lead.end(), g.pos):  # "Inference is the bigger prize: we put it at $780bn"
                name = _part_name(lead.group("part"))
            if not name or subject_key(name) == subject_key(next_name):
                continue
            g.item = item_name(name)
            g.notes.append(f"the amount of {g.item!r}, a part of {g.subject!r} named before its verb")
            of_total = _OF_TOTAL.match(text, g.end)
            # the figure after it, past its amount in another currency in brackets
            share = next((s for s in figures[i + 1:i + 3] if s.pos >= of_total.end()), None) if of_total else None
            if (share is not None and share.claim == "share" and share.item == "Total"
                    and _AMOUNT_THEN_SHARE.fullmatch(text, of_total.end(), share.pos + text.startswith("(", share.pos))):
                # "..., or 43.4% of the total", "of the 2024 total (78%)": a bracket the percent's own span may open
                share.item, share.of = g.item, "Total"
                if g.year is not None and "(" in text[of_total.end():share.pos + 1]:  # in brackets: its amount's year
                    share.year = share.start_year = share.end_year = g.year
        if next_name and anchor.item != "Total":
            h.item, h.subject = item_name(next_name), anchor.subject
            if h.year is None or not h.dated and not re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", text[anchor.end:h.end]):
                h.year, h.status = anchor.year, anchor.status  # the year of the part beside it, where it names none
            h.notes.append(f"the amount of {h.item!r}, a part of {anchor.subject!r} beside {anchor.item!r}, its verb left "
                           "out")
            share = figures[j + 1] if j + 1 < len(figures) else None
            if (share is not None and share.claim == "share" and share.item == "Total"
                    and sentence_of(share.pos) == sentence_of(h.pos) and (_AMOUNT_THEN_SHARE.fullmatch(text, h.end, share.pos)
                                                               or _BRACKET.fullmatch(text, h.end, share.pos + 1))):
                share.item, share.subject, share.of = h.item, anchor.subject, "Total"
                if share.year is None:
                    share.year = share.start_year = share.end_year = h.year


#: a word after a part's name that stresses it, no part of the name: "China alone accounted for", "美国一国就占"
_ALONE = re.compile(r"\s+(?:alone|by itself|on its own)$|(?:一地|一国|一國|一家|单独|單獨)(?:就|便)?$"
                    r"|(?<=[\u4e00-\u9fffA-Za-z])(?<![成造])(?:就|便)$", re.IGNORECASE)  # "钢丝绳AI检测就占了…"


#: a bracket after a part's name that lists what it holds, no part of the name: "硬件（学习机、词典笔、学习平板）",
#: "Services (consulting, integration)", "Devices (e.g. pens)"; a bracket naming it another way ("（城市NOA）") stays
_EXAMPLES = re.compile(r"\s*[（(](?:[^（()）]*[、，,；;][^（()）]*|(?:含|包括|包含|如|例如|e\.g\.|such as|including|incl\.)"
                       r"[^（()）]*)[）)]$"
                       # or a gloss in Chinese after a Chinese name: "智能运维（列车与轨道预测性维护）"
                       r"|(?<=[\u4e00-\u9fff])\s*[（(][\u4e00-\u9fff/]{2,24}[）)]$", re.IGNORECASE)


def item_name(part: str) -> str:
    """A part's name as an item: as printed, less the words that open a label ("Of which X" -> "X"), a title before it
    ("Leading vendor Orinth" -> "Orinth"), a word that stresses it after ("China alone" -> "China") and a bracket
    listing what it holds ("硬件（学习机、词典笔）" -> "硬件") or glossing a Chinese name, its first letter in capitals
    ("software segment" -> "Software segment")."""
    part = _EXAMPLES.sub("", _ALONE.sub("", _TITLE.sub("", _OF_WHICH_LEAD.sub("", part)))) or part
    return part[0].upper() + part[1:]


#: the words that open a part's label, no part of its name: "Of which in-play anomaly detection", "incl. "
_OF_WHICH_LEAD = re.compile(r"^(?:of\s+which|of\s+this|including|incl\.)\s*[:,]?\s+(?=\S)", re.IGNORECASE)


#: words of growth or decline that are no verb after a name ("made up 18.5%", "growth of")
_NO_VERB = {"up", "down", "lower", "growth", "contraction"}
#: a name at the head of its sentence, before the verb of its move or level: "In-store analytics fell 3.2% to",
#: "Edge devices rose to", "Services came in at", "Math tutoring remained the biggest subject at", "L3+ systems would
#: account for $19 billion of the 2030 figure", "Renewables, mainly wind and solar farms, accounted for" (an aside)
_PART_VERBS = "|".join(map(re.escape, sorted(
    {w for w in vocabulary.GROWTH + vocabulary.DECLINE if w.isascii()} - _NO_VERB - vocabulary.MOVE_NOUNS
    | {"was", "were", "reached", "totalled", "totaled", "stood at", "came in at", "hit", "remained", "stayed",
       "accounted for", "would account for", "will account for", "made up", "would make up", "will make up",
       "took", "came to", "contributed"},
    key=len, reverse=True))) + "|(?:" + "|".join(sorted(vocabulary.MOVE_NOUNS, key=len, reverse=True)) \
    + r")(?=\s+(?:to|by|from|in|at|on|over|about|around|nearly|almost|some|roughly|[a-z]+ly)\b|\s*[\d$€£¥%(,.;]|\s*$)"
_PART_HEAD = re.compile(r"\s*(?P<part>[A-Za-z](?:(?!\s(?i:is|are|was|were|but)\s)[\w&/+\- ]){0,80}?)"
                        r"(?:\s*,[^,;.]{1,60},|\s*\([^()]{1,60}\))?\s+(?:" + _PART_VERBS + r")\b", re.IGNORECASE)
#: a clause after a part's that names a part of its own: "… and the rest of the world made up the remaining"
_ANOTHER_PART = re.compile(r"\b(?:and|while|whereas|but)\s+(?:the\s+)?[A-Za-z][\w&/+\- ]{0,80}?\s+(?:"
                           + _PART_VERBS + r")\b", re.IGNORECASE)


#: the whole a part's amount is of, right before the whole's amount: "of the USD ", "of the $", "of a total of €"
_OF_THE_WHOLE_BEFORE = re.compile(r"\bof\s+(?:the|its|a|an)?\s*(?:total\s+(?:of\s+)?)?(?:US\$|USD|[$€£¥]|[A-Z]{3})?\s*$",
                                  re.IGNORECASE)
#: a clause set against the one before it, about something else: ", while cloud revenue rose 31.2%"
SET_AGAINST_CLAUSE = re.compile(r"\b(?:while|whereas)\b", re.IGNORECASE)


def _other_clause(text: str, lo: int, hi: int) -> re.Match | None:
    """A clause in ``text[lo:hi]`` about something other than the part before it: one set against it
    (:data:`SET_AGAINST_CLAUSE`), else one naming a part of its own (:data:`_ANOTHER_PART`)."""
    return SET_AGAINST_CLAUSE.search(text, lo, hi) or _ANOTHER_PART.search(text, lo, hi)


def parts_heading_their_sentence(text, figures, sentence_of) -> None:
    """A sentence that opens with the name of a part the line named before ("Software accounted for $4.1 billion …
    Software is expected to reach $9.0 billion in 2028"), or with a part's name and states, for a year whose whole was
    given before on the line, an amount far from the whole's ("The AI in retail market grew 18.6% to $14.8 billion last year ... In-store
    analytics fell 3.2% to $2.42 billion"), or any amount where the name holds no measure word and a verb of change
    or of a level to come follows it ("Global equipment sales … $125.5 billion in 2025 … Wafer Fab Equipment (WFE)
    is set to grow from $104.3 billion in 2024 to $110.8 billion in 2025"): its amounts and rates are the part's, not
    a second figure of the whole."""
    given: dict = {}  # the whole's figure of each (subject, year), in one scale, and where its sentence starts
    done: set = set()
    positions = [f.pos for f in figures]
    items: dict = {}  # each subject's parts named so far, with where each was first
    for f in figures:
        if f.item != "Total" and f.kind == "amount":
            items.setdefault(f.subject, {}).setdefault(f.item, f.pos)
        if f.kind != "amount" or f.item != "Total" or f.year is None or f.claim != "value" or f.bound is not None:
            continue
        key, value = (f.subject, f.year), f.value * f.scale
        ss, se = sentence_of(f.pos)
        # "Software accounted for $4.1 billion … Software is expected to reach $9.0 billion in 2028": a part named before
        opening = text[ss:f.pos].lstrip(" \t,，;；").casefold() if f.subject in items and ss not in done else ""
        part = next((n for n, at in items.get(f.subject, {}).items() if at < ss and opening.startswith(n.casefold())
                     and re.match(r"\s|[^\sA-Za-z0-9]", opening[len(n):len(n) + 1] or " ")), None) if opening else None
        before = key in given and given[key][1] != ss  # the whole's figure of an earlier sentence, not its own
        named = part or (head_phrase(text, ss, f.pos) if before and ss not in done else None)
        # far below the whole ("0億元" is as far as any); an amount far above it is of a wider whole, no part
        far = key in given and (given[key][0] <= 0 or value / given[key][0] < 0.5)
        candidate = (part or far or before and named) and ss not in done
        head = _PART_HEAD.match(text, ss) if candidate else None
        head_name = _part_name(head.group("part")) if head and head.end() <= f.pos else ""
        # (not an amount of "…, while software brought in", "… and the rest of the world made up"; but a name's own
        # "and" is no other part's clause: "Demand forecasting and route planning took")
        if candidate and not _other_clause(text, head.end() if head_name else ss, f.pos):
            name = named or head_name
            if name:
                done.add(ss)
                # "…, while cloud revenue rose 31.2%", "… and the rest of the world made up …": not the part's
                other = _other_clause(text, f.end, se)
                for g in figures[bisect_left(positions, ss):bisect_left(positions, other.start() if other else se)]:
                    if _OF_THE_WHOLE_BEFORE.search(text, max(0, g.pos - 24), g.pos):
                        continue  # "Hardware accounted for USD 41.3 billion of the USD 87.2 billion": the whole's
                    if g.item == "Total" and (
                            (g.kind == "amount" and g.subject == f.subject) or g.claim in ("growth", "cagr")):
                        g.item, g.subject = item_name(name), f.subject
                        g.notes.append(f"the figure of {g.item!r}, the part its sentence opens with: " + (
                            "a part named before" if part else f"the whole's {f.year} figure was given before"))
                continue
        given.setdefault(key, (value, ss))


#: a sentence that opens with the name of a part and a verb of holding a share of the whole: "Platform as a Service
#: (PaaS) and Software as a Service delivered 18.4% and 17.0% of overall revenue", "Infrastructure as a service
#: (IaaS) had 20.4% of the total revenue"
_SHARE_HEAD = re.compile(r"(?:(?:In|For|During)\s+[^,]{1,30},\s+)?(?P<names>[A-Z][\w&'.\-]*(?:\s+(?:[A-Za-z][\w&'.\-]*|&|[–-]"
                         r"|\([A-Z][\w&\-]{1,10}\))){0,14}?)\s+(?:had|held|accounted\s+for|delivered|represented|"
                         r"represents|made\s+up|captured|took|contributed|comprised|commanded|"
                         # a share to come: "is forecast to make up", "will account for"
                         r"(?:will|(?:is|are)\s+(?:forecast|expected|projected|set|poised)\s+to)\s+(?:make\s+up|"
                         r"account\s+for|represent|hold|take|capture|contribute))\s+(?:about\s+|around\s+|"
                         r"nearly\s+|almost\s+|over\s+|more\s+than\s+)?\d")
#: a share's whole after it: "of overall revenue", "of the total", "of total spending", "of the market"
_SHARE_OF_WHOLE = re.compile(r"\s*(?:of\s+(?:the\s+)?(?:overall|total|whole|entire|market|all)\b|share\b"
                             r"|of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:"
                             + words(m for m in vocabulary.MEASURES if m.isascii())
                             + r")\b)", re.IGNORECASE)  # "of output in 2025", "of the region's revenue"


def shares_heading_their_sentence(text, figures, sentence_of) -> None:
    """A sentence that opens with the names of parts and a verb of holding ("Platform as a Service (PaaS) and
    Software as a Service – System Infrastructure Software delivered 18.4% and 17.0% of overall revenue
    respectively", "Infrastructure as a service (IaaS) had 20.4% of the total revenue, amounting to $64.4 billion"):
    its shares of the whole, one a name in order, are those parts', and an amount after a part's share is that
    part's."""
    starts = sorted({sentence_of(f.pos)[0] for f in figures if f.claim == "share" and f.item == "Total"})
    for ss in starts:
        m = _SHARE_HEAD.match(text, ss + len(text[ss:]) - len(text[ss:].lstrip()))
        if m is None or measures(m.group("names")):
            continue
        se = sentence_of(ss)[1]
        shares = [f for f in figures if ss <= f.pos < se and f.claim == "share" and f.item == "Total"]
        names = re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("names")) if len(shares) > 1 else [m.group("names")]
        if not shares or not _SHARE_OF_WHOLE.match(text, shares[-1].end) or len(names) != len(shares) \
                or not all(is_specific(n) for n in names):
            continue
        for name, share in zip(names, shares):
            share.item, share.of = item_name(name), "Total"
            share.notes.append(f"the share of {share.item!r}, the part its sentence opens with")
        amounts = [g for g in figures if shares[-1].pos < g.pos < se and g.kind == "amount" and g.item == "Total"]
        if len(shares) == 1 and len(amounts) == 1:  # "…20.4% of the total revenue, amounting to $64.4 billion"
            amounts[0].item = shares[0].item
            amounts[0].subject = shares[0].subject
            amounts[0].notes.append(f"the amount of {shares[0].item!r}, after its share")


#: a Chinese measure word a part's name ends with: "数字技术应用业增加值", "软件业务收入"
_CJK_MEASURE_END = re.compile(r"(?:" + words(sorted((w for w in vocabulary.MEASURES if not w.isascii()), key=len,
                                                   reverse=True)) + r")$")


def siblings_of_a_part(text, figures) -> None:
    """A name with the measure word of the whole a part before it in its sentence is of, after a semicolon ("数字技术应用业
    增加值为55636亿元，占数字经济核心产业的比重为43.6%；数字产品制造业增加值为43135亿元，所占比重为33.8%"), is another part
    of that whole: its amount and the share in its clause are that part's."""
    for k, g in enumerate(figures):
        if g.kind != "amount" or g.item != "Total" or not g.named or not (end := _CJK_MEASURE_END.search(g.subject)):
            continue
        part = next((p for p in reversed(figures[:k]) if p.kind == "amount" and p.item != "Total"
                     and p.subject.endswith(end.group(0)) and p.subject != g.subject), None)  # a whole of that measure
        if part is None or not re.search(r"[;；]", text[part.end:g.pos]) \
                or re.search(r"[。!?！？]|\.(?!\d)", text[part.end:g.pos]):  # one sentence ("43.6%" is no stop)
            continue
        name = item_name(g.subject[:end.start()] or g.subject)  # "数字产品制造业", the whole's measure left to it
        g.item, g.subject = name, part.subject
        g.notes.append(f"a part of {part.subject!r}, as {part.item!r} before it is")
        nxt = next((h.pos for h in figures[k + 1:] if h.kind == "amount"), len(text))
        for h in figures[k + 1:]:
            if h.pos < nxt and h.claim == "share" and h.item == "Total" and not re.search(r"[;；。]", text[g.end:h.pos]):
                h.item, h.of, h.subject = name, "Total", part.subject
                h.notes.append(f"the share of {name!r} in {part.subject!r}")


#: how far before a part its whole is looked for
_WHOLE_REACH = 400
#: a year named in digits
_YEAR_WORD = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


#: between a part's amount and its whole's: "accounted for USD 4.1 billion of the USD 6.8 billion ... market"
_OF_THE_AMOUNT = re.compile(r"\s*of\s+(?:the|a|an)\s*$", re.IGNORECASE)
#: between the whole's amount and a share of it: " AI in cybersecurity market in 2024, or 61.2% of the total"
_OR_SHARE = re.compile(r"[^,;.。]{0,80}?,\s*(?:or|i\.e\.|about|some|roughly)\s*$", re.IGNORECASE)


#: what a whole's amount is of, in the words after it: "… of the $6.27 billion insurers spent on AI in 2024, or …"
_WHAT_AFTER = re.compile(r"\s*(?P<what>[A-Za-z][^,;.。()\d]{3,60}?)(?=\s+(?:in|for|during)\s+(?:19|20)\d{2}|\s*[,;.。(]|$)")


def parts_of_the_whole_after(text, figures, sentence_of) -> None:
    """"Software accounted for USD 4.1 billion of the USD 6.8 billion AI in cybersecurity market in 2024, or 61.2%
    of the total": the first amount is the part's (named before its verb), an item of the whole whose amount follows
    "of the", and the share after them is that part's."""
    for k, (g, h) in enumerate(zip(figures, figures[1:])):
        if (g.kind != "amount" or h.kind != "amount" or g.item != "Total" or h.item != "Total"
                or g.currency != h.currency or not _OF_THE_AMOUNT.fullmatch(text, g.end, h.pos)
                or sentence_of(g.pos) != sentence_of(h.pos) or g.value * g.scale >= h.value * h.scale):
            continue
        start = _part_start(text, g.pos, sentence_of(g.pos)[0])
        own = _PART_BEFORE_AMOUNT.search(text, start, g.pos)
        part = own and _PART_LEAD.sub("", own.group("part").strip())
        part = re.sub(r"^(?:by\s+\w+\s*,?\s*)", "", part or "", flags=re.IGNORECASE)  # "By component, software"
        if not part or is_clause(part) or re.search(r"\d", part):
            continue
        if subject_key(part) == subject_key(h.subject):  # the sentence's opening words named the whole after the part
            spent = None if h.named else _WHAT_AFTER.match(text, h.end)  # "of the $6.27 billion insurers spent on AI"
            if spent is None:
                continue
            named_first = h.subject
            for f in figures:
                if f.subject == named_first:
                    f.subject = title_of(spent["what"])
        g.item, g.subject = item_name(part), h.subject
        if g.year is None:
            g.year, g.status = h.year, h.status
        g.start_year = g.end_year = g.year
        g.notes.append(f"{g.item!r}: a part of {h.subject!r}, whose amount follows it")
        f = figures[k + 2] if k + 2 < len(figures) else None
        if (f is not None and f.claim == "share" and f.item == "Total" and sentence_of(f.pos) == sentence_of(h.pos)
                and _OR_SHARE.fullmatch(text, h.end, f.pos)):
            f.item, f.subject, f.of = g.item, h.subject, "Total"
            f.notes.append(f"the share of {g.item!r}, whose amount and whole it follows")


def parts_within_their_whole(text, figures, sentence_of) -> None:
    """A part whose sentence names no year of its own took the year last named before it; where the whole's amount
    of that year is smaller than the part, the year was one the text compared the whole with ("9.6亿元，是2022年的
    3.2倍，而2022年仅为3.0亿元。其中，AI作曲工具规模为3.84亿元"): the part, and the share stated of it, are of the
    latest year before it whose whole is large enough."""
    wholes = [f for f in figures if f.kind == "amount" and f.item == "Total" and f.year is not None]
    at, positions = [g.pos for g in wholes], [g.pos for g in figures]
    for f in figures:
        if f.kind != "amount" or f.item == "Total" or f.year is None:
            continue
        ss, se = sentence_of(f.pos)
        if _YEAR_WORD.search(text, ss, f.pos):
            continue
        near = wholes[bisect_left(at, f.pos - _WHOLE_REACH):bisect_left(at, f.pos)]  # the sentences before it
        mine = [g for g in near if g.subject == f.subject and g.currency == f.currency]
        that = [g for g in mine if g.year == f.year]
        if not that or any(g.value * g.scale >= f.value * f.scale for g in that):
            continue
        large = [g for g in mine if g.value * g.scale >= f.value * f.scale]
        if not large:
            continue
        was, f.year, f.status = f.year, large[-1].year, large[-1].status
        f.notes.append(f"{f.year}: the year of the latest whole before it that is larger than it ({was}'s is smaller)")
        for h in figures[bisect_left(positions, ss):bisect_left(positions, se)]:  # its share ("占比40.0%")
            if h.claim == "share" and h.item == f.item and h.year == was:
                h.year = h.start_year = h.end_year = f.year


#: what may open a clause before the part it is about: "By region,", "Regionally,", "In 2024,", "Over the forecast
#: period,"
_CLAUSE_LEAD = (r"(?:(?i:(?:by|in terms of|across|among)\s+(?:regions?|geograph(?:y|ies)|countr(?:y|ies)|segments?|"
                r"components?|offerings?|types?|applications?|end[- ]users?|end[- ]uses?|verticals?|industr(?:y|ies)|"
                r"deployments?|technolog(?:y|ies))|regionally|geographically|(?:in|by|for)\s+(?:19|20)\d\d|"
                r"(?:in|over|during)\s+the\s+forecast\s+period)\s*,\s*)*")
#: verbs that follow a clause's subject
_HEAD_VERB = words({"is", "are", "was", "were", "will", "would", "should", "could", "may", "might", "has", "have", "had",
                    "accounted", "accounts", "generated", "generates", "held", "holds", "led", "leads", "dominated",
                    "dominates", "registered", "registers", "recorded", "records", "posted", "reached", "reaches",
                    "stood", "totalled", "totaled", "represented", "represents", "remains", "remained", "captured",
                    "commanded", "contributed", "emerged", "exhibits", "exhibited", "witnessed", "witnesses",
                    # after "with": "with Asia Pacific expected to grow", "with North America holding 38%"
                    "expected", "projected", "set", "holding", "accounting", "growing", "leading", "representing",
                    "capturing", "contributing", "registering", "posting", "being",
                    "made", "makes", "make", "came", "comes", "amounted", "amounts", "earned", "brought", "took",
                    "takes"}
                   | {w for w in vocabulary.GROWTH + vocabulary.DECLINE if w.isascii()} - _NO_VERB)
#: the role an apposition gives a part: "Software, the largest component,"
_PART_ROLE = r"(?:component|segment|sub-segment|region|application|vertical|category|country|offering|end[- ]use|type)s?"
#: the regions and countries a market is split by (:data:`~aimarket.extract.vocabulary.REGIONS`), in English and in Chinese
_REGIONS_EN = words([r for r in vocabulary.REGIONS if r.isascii()])
_REGIONS_ZH = words([r for r in vocabulary.REGIONS if not r.isascii()])
#: those regions in English or the adjectives of their peoples ("Japanese", "North American")
_REGIONS_OR_PEOPLES = words([r for r in vocabulary.REGIONS if r.isascii()] + list(vocabulary.DEMONYMS))
#: a part at the head of its clause, before its verb: "Asia Pacific is expected to", "By region, Europe will", "The
#: software segment accounted for", "The North America edge AI market held", "while the hardware segment is set to"
_HEAD_PART = re.compile(r"(?:^|[,;:(.!?。]\s*|\b(?i:while|whereas|and|but|meanwhile|with)\s*,?\s+"
                        r"|\b(?i:says|said|notes|noted|reports|reported|finds|found|adds|added|shows|showed)\s+(?i:that\s+)?)"
                        + _CLAUSE_LEAD
                        + r"(?i:the\s+)?"
                        r"(?:(?P<region>" + _REGIONS_EN + r")(?=['’\s,])(?:['’]s?)?"
                        r"(?P<rest>(?:\s+[\w&/-]+){0,5}?)"
                        r"|(?P<segment>(?:(?!(?i:while|whereas|and|but|the|meanwhile)\b)[\w&/-]+\s+){1,4}?"
                        r"(?i:segment|sub-segment|region))"
                        # a name its apposition makes a part: "Software, the largest component,"
                        r"|(?P<named>[A-Z][\w&/-]*(?:\s+[\w&/-]+){0,2}?)(?=\s*,\s*(?i:the|its)\s+(?:[\w'’-]+\s+){0,3}?"
                        r"(?i:" + _PART_ROLE + r")\s*,))"
                        r"(?:\s*,\s*(?i:the|its|a|an)\s+[^,;.]{1,60}?,)?"  # "Asia Pacific, the fastest-growing region,"
                        r"\s+(?i:" + _HEAD_VERB + r")\b")
#: a region a clause opens on before the measure it gives the region's figure of: "In Europe, spending rose 29% to $0.61
#: billion", "In Japan, the market reached ¥148.6 billion"
_IN_PART = re.compile(r"(?:^|[,;:(.!?]\s*)(?i:in|across|within)\s+(?i:the\s+)?"
                      r"(?P<region>" + _REGIONS_EN + r")\s*,\s*"
                      r"(?P<rest>(?i:the\s+)?(?:[\w&/-]+\s+){0,2}?(?i:" + words(m for m in vocabulary.MEASURES if m.isascii())
                      + r"))(?=\s)")
#: a region after another (or a word of a region's name) and "and", which names one region with it: "across the
#: Middle East and Africa will total", "in South and Southeast Asia came to"
_AFTER_REGION = re.compile(r"(?:" + _REGIONS_EN + r"|\b[A-Z][a-z]+)\s+(?:and|&)\s+(?:the\s+)?$")
#: a region a firm sizes on its own, after the whole: "the firm puts Europe's own market at EUR 3.84 billion", "expects
#: UK revenue to reach £3.06 billion"
_SIZED_PART = re.compile(r"\b(?i:puts|put|sizes|sized|values|valued|pegs|pegged|expects|expected|forecasts|sees|projects|"
                         r"estimates|estimated)\s+(?i:the\s+)?"
                         r"(?P<region>" + _REGIONS_OR_PEOPLES
                         + r")(?=['’\s,])(?:['’]s?)?"
                         r"(?P<rest>(?:\s+[\w&/-]+){1,3}?)\s+(?i:at|of|to\s+(?:reach|hit|top|total|exceed|grow|rise|climb))\b")
#: a Chinese character: a part named in Chinese keeps its name whatever subject an earlier rule gave its figure
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: a province, a city or a county by its name: "广东省", "深圳市", "臺北市", "新竹縣" (not "全市", "上市", "城市", "市场", "市值")
_PROVINCE_OR_CITY = (r"(?!力争|力爭|预计|預計|全|本|该|該|各|此)[\u4e00-\u9fff]{2,3}?"
                     r"(?<![全本该該各此城上超股门門夜楼樓车車])(?:省|市|縣|县)(?![场場值民区區])")
#: in Chinese, a region at the head of its clause, or "this region" after one: "华东地区市场规模占比达", "亚太地区预计将以",
#: "从区域来看，华南地区", "预计2024-2028年该地区复合增长率"
_HEAD_PART_ZH = re.compile(r"(?:^|[，,；;。：:!?！？]|其中[，,]?)\s*(?:(?:从|從)(?:区域|區域|地区|地區)(?:分布|格局)?(?:来|來)?看[，,]?\s*)?"
                           r"(?:(?:(?:预计|預計|预测|預測)\s*)?(?:(?:19|20)\d{2}\s*(?:[-–~至到]\s*(?:19|20)\d{2})?\s*年\s*)?"
                           r"(?P<this>该地区|該地區|该区域|該區域)"
                           r"|(?P<region>(?:" + _REGIONS_ZH + r")"
                           r"(?:地区|地區|区域|區域)?|" + _PROVINCE_OR_CITY + r")(?P<rest>[A-Za-z\u4e00-\u9fff]{0,8}?))"
                           r"(?:\s*(?:19|20)\d{2}\s*年)?"
                           r"的?(?:市场规模|市場規模|市场|市場|规模|規模|营收|營收|收入)?"  # its measure, which names no other
                           r"(?=(?:则|則|也|还|還|亦)?(?:预计|預計|将|將|有望|以|由|从|從|为|為|达|達|实现|實現|增长|增長|占|佔|约|約|"
                           r"同比|年均|复合|複合)|\d)")
#: in Chinese, a region "among" the whole's, whose figures run to the end of its sentence: "其中亚洲市场成长动能最为强劲，
#: 预估年均成长率达41.7%"
_AMONG_PART_ZH = re.compile(r"其中[，,]?\s*(?P<region>(?:" + _REGIONS_ZH
                            + r")(?:地区|地區|区域|區域)?)(?P<rest>)(?:的)?(?:市场|市場)")
#: words between a region and its verb that name no other thing: "Asia Pacific region", "the U.S. market's revenue"
_REGION_WORDS = re.compile(r"\b(?:" + words(vocabulary.MEASURES) + r"|regional|region|alone|overall|own)\b",
                           re.IGNORECASE)
#: an amount the whole's name holds, after its part's figures: "... (USD 4.36 billion) of the USD 22.0 billion market"
_OF_THE_WHOLE = re.compile(r"\bof\s+(?:the|a|an)\s+" + _BEFORE_CURRENCY, re.IGNORECASE)
#: what ends a clause's reach over the figures after it: another clause set against it, a relative clause, a source
_CLAUSE_BREAK = re.compile(r"[;；]|" + SET_AGAINST_CLAUSE.pattern + r"|\b(?:which|who|according)\b", re.IGNORECASE)
#: a clause that turns back to the whole: "…, and the region is on course for EUR 6.35 billion"
_WHOLE_AGAIN = re.compile(r",?\s+(?:and|while|but|whereas)\s+the\s+(?:region|market|sector|industry)\b", re.IGNORECASE)


def parts_heading_their_clause(text, figures, sentence_of, phrases) -> None:
    """A clause whose subject is a region or a segment of the market ("Asia Pacific is expected to grow at a CAGR of
    42.3%", "By region, Europe will reach USD 12.6 billion by 2030", "The software segment accounted for USD 11.2
    billion", "The North America edge AI market held ...") states that part's figures, not the whole's: its
    amounts, rates and shares become the part's item of the whole the line named before it. A clause naming a
    region the whole itself is of ("the U.S. AI market" in a report on it) is the whole's. ``phrases``: the line's
    noun phrases as :func:`~aimarket.extract.subjects.noun_phrases` gives them, which end a clause's reach."""
    phrases = [p for p, name in phrases if is_specific(name)]
    among = {m.start("region"): m for m in _AMONG_PART_ZH.finditer(text)}
    heads = sorted([*[m for m in _HEAD_PART.finditer(text) if not (m.group("region") and _AFTER_REGION.search(
        text, max(0, m.start("region") - 40), m.start("region")))], *_SIZED_PART.finditer(text), *_IN_PART.finditer(text),
                    *[m for m in _HEAD_PART_ZH.finditer(text) if m.start("region") not in among], *among.values()],
                   key=lambda m: m.start())
    region = None  # the last region a Chinese head named: "该地区" after it is that region
    for k, head in enumerate(heads):
        _, se = sentence_of(head.end() - 1)  # the verb's sentence: "The U.S." may end one for the sentence reader
        stop = min([se] + [m.start() for m in _CLAUSE_BREAK.finditer(text, head.end(), se)]
                   + [m.start() for m in _WHOLE_AGAIN.finditer(text, head.end(), se)]
                   + [m.start() for m in heads[k + 1:k + 2] if m.start() < se])
        stop = min([stop] + [p for p in phrases if head.end() <= p < stop])
        if head.re is _HEAD_PART_ZH or head.re is _AMONG_PART_ZH:
            region = head.group("region") or (region if head.groupdict().get("this") else None)
            if region is None:
                continue
            part = region
        else:
            part = head.group("region") or head.groupdict().get("segment") or head.groupdict().get("named")
            part = vocabulary.DEMONYMS.get(part, part)  # "forecasts Japanese sales of": Japan's
        name = item_name(_PART_LEAD.sub("", part))
        # the whole's figures, and the part's a share's rule put in a series of the part's own name ("North America
        # dominated the market with a share of 38.2%" after "The North America edge AI market accounted for")
        governed = [f for f in figures if head.end() <= f.pos < stop
                    and (f.kind == "amount" and f.claim == "value" or f.claim in ("growth", "cagr", "share"))
                    and (f.item == "Total" or f.item == name and (words_within(part, f.subject) or _CJK.search(part)))
                    and not _OF_THE_WHOLE.search(text, max(0, f.pos - 24), f.pos)]  # "of the USD 22.0 billion market"
        if not governed:
            continue
        wholes = [f.subject for f in figures if f.pos < head.start() and f.item == "Total" and f.kind == "amount"]
        if head.re is _SIZED_PART and not wholes:
            continue  # "put European sales of … at €2.34 billion" with no whole before: the market itself
        named = head.groupdict().get("region") or head.groupdict().get("this")
        # a region's figures with no whole before them on the line keep the subject the line gave them; a segment's
        # subject there may be its own phrase ("Machine Learning, the market's largest segment, ..."): no whole
        whole = wholes[-1] if wholes else governed[0].subject if named else ""
        rest = _REGION_WORDS.sub(" ", head.groupdict().get("rest") or "")
        # (a region its whole's own words name, as a people's too: "the European market" after "European operators")
        said = head.groupdict().get("region") or part
        if not whole or (named and (words_within(part, whole) or words_within(said, whole))) \
                or not words_within(rest, whole) \
                or (not named and (is_clause(part) or words_within(part, whole))):
            continue  # a clause about the whole, or about something else
        for f in governed:
            f.item, f.subject = name, whole
            if f.claim == "share":  # of the whole, or of a region named as a part before ("87.6% of North American
                f.of = _region_part_of(text, f, figures) or "Total"  # spending" after North America's amount)
            f.notes.append(f"the figure of {f.item!r}, the part its clause is about: a part of {whole!r}")


#: the region a share is of, right after it: "87.6% of North American spending", "of the European total"
_OF_REGION = re.compile(r"\s*of\s+(?:the\s+)?(?P<region>" + _REGIONS_OR_PEOPLES + r")\b")


def _region_part_of(text: str, share, figures) -> str | None:
    """The part a share is of where the words after it name a region the line has named as a part before it ("or
    87.6% of North American spending" after "North America contributed USD 3.62 billion"), else ``None``."""
    m = _OF_REGION.match(text, share.end)
    name = m and vocabulary.DEMONYMS.get(m["region"], m["region"])
    return name if name and any(g.item == name and g.pos < share.pos for g in figures) else None


#: the words that open a part listed after another: "followed by retail", "while independents"
_OPENS_A_PART = r"followed\s+by|led\s+by|including|while|whereas"
#: a part named right before its amount in a list after the whole's: "with generative AI on smartphones climbing to
#: $393.3 billion, AI services at $324.7 billion", "followed by AI services ($282.6 billion)"
_LISTED_PART = re.compile(r"(?:^|[,;]|\b(?:and|with|" + _OPENS_A_PART + r"))\s*(?:the\s+)?"
                          r"(?P<part>(?!(?:and|with|followed|including|led|while|whereas)\b)[A-Za-z][\w&/\-]*"
                          r"(?:\s+[\w&/\-]+){0,7}?)\s*"
                          r"(?:\(\s*|\s+(?:at|with)\s+|\s+(?:climbing|rising|growing|reaching|jumping|increasing|"
                          r"falling|declining|slipping)\s+to\s+"
                          # "while independent pharmacies made up the remaining €18 million"
                          r"|\s+(?:made\s+up|accounted\s+for|took|came\s+to|contributed)\s+(?:the\s+(?:remaining|rest|"
                          r"other|balance)\s+(?:of\s+)?)?)(?:about|around|nearly|roughly|some|over)?\s*"
                          + _BEFORE_CURRENCY, re.IGNORECASE)


#: between a part's amount and the base it moved from: ", up 7.4% from $", " from about €", ", or 43%, up 25% from £",
#: " (43%), up 25% from £"
_MOVED_FROM = re.compile(r"(?:\s*,\s*or\s+[\d.]+\s*%|\s*\(\s*[\d.]+\s*%\s*\))?"
                         r"\s*,?\s*(?:(?:up|down|rising|falling)\s+(?:by\s+)?[\d.]+\s*(?:%|percent|per\s+cent)\s+)?"
                         r"from\s+(?:about\s+|around\s+|roughly\s+)?(?:US\$|[A-Z]{3}\s?|[$€£¥])?\s*$", re.IGNORECASE)


#: a region right after a part's amount, which names the part: "$4.1 billion to the United States, $1.7 billion to China"
_TO_REGION = re.compile(r"\s*(?:to|for|in|from)\s+(?:the\s+)?(?P<region>" + _REGIONS_EN
                        + r")(?![\w'’])")


#: the head of a part's name that lists what it covers, before the comma a list element was found after, at the head
#: of the words read or after a word that opens a part: "followed by AI turf" in "followed by AI turf, irrigation and
#: course maintenance at £48 million", "Forest inventory from drones" in "Forest inventory from drones, lidar and
#: satellite imagery took …"
_LIST_HEAD = re.compile(r"(?:^|\b(?:" + _OPENS_A_PART + r"))\s*(?:the\s+)?"
                        r"(?P<head>[A-Za-z][\w&/\- ]{0,40}?)\s*$", re.IGNORECASE)


def _with_list_head(text: str, lo: int, comma: int, part: str) -> str:
    """``part``, found right after the comma at ``comma``, with the head of its name where that comma is one of the
    name's own list ("AI turf, irrigation and course maintenance"), the head read from ``lo`` on."""
    if comma < lo or text[comma:comma + 1] != "," or " and " not in f" {part} ":
        return part
    head = _LIST_HEAD.search(text[lo:comma])
    return f"{head.group('head')}, {part}" if head and _part_name(head.group("head")) else part


def parts_listed_after_the_whole(text, figures, sentence_of) -> None:
    """Amounts listed after the whole's in its sentence, each named right before it ("Global AI spending will reach
    $2.02 trillion in 2026, with generative AI on smartphones climbing to $393.3 billion, AI services at $324.7
    billion, ..."), or each before the region it is of ("we attribute $4.1 billion to the United States, $1.7 billion to
    China"), smaller than the whole and in its currency, are its parts' of that year: items of the whole, not figures
    of another measure; so are those listed after a part's ("followed by retail ($6.4 billion)", "while independents
    made up the remaining €20 million")."""
    for k, f in enumerate(figures):
        if f.kind != "amount" or f.claim != "value" or f.year is None:
            continue
        _, se = sentence_of(f.pos)
        start = f.end
        for g in figures[k + 1:]:
            if g.pos < se and g.claim == "share" and f.item != "Total":
                continue  # a part's share in a list of parts ("watches at €0.29 billion (23%) and fine jewellery at €0.19
                # billion"), not a whole's
            if g.pos >= se or g.kind != "amount":
                break
            m = _LISTED_PART.search(text, start, g.pos)  # the list element that ends at the amount
            part = m and _part_name(_with_list_head(text, start, m.start(), m.group("part")))
            # after the whole's amount, or after a part's ("Financial services ... at $11.2 billion, followed by
            # retail ($6.4 billion)"): the next part of the same whole, no larger
            if (not part or g.item not in ("Total", f.item) or g.currency != f.currency or g.year not in (None, f.year)
                    or g.value * g.scale >= f.value * f.scale or subject_key(part) == subject_key(f.subject)
                    or item_name(part) == f.item):
                break
            g.item, g.subject, g.year, g.status = item_name(part), f.subject, f.year, f.status
            g.start_year = g.end_year = f.year
            g.notes.append(f"{g.item!r}: a part of {f.subject!r}, listed with its amount after the whole's")
            start = g.end
    for k, g in enumerate(figures):  # "we attribute $4.1 billion to the United States": the last whole's part
        if g.kind != "amount" or g.item != "Total" or g.claim != "value" or not (to := _TO_REGION.match(text, g.end)):
            continue
        whole = next((f for f in reversed(figures[:k]) if f.kind == "amount" and f.item == "Total"
                      and f.claim == "value" and f.year is not None), None)
        if whole is None or whole.currency != g.currency or g.year not in (None, whole.year) \
                or g.value * g.scale >= whole.value * whole.scale:
            continue
        g.item, g.subject, g.year, g.status = item_name(to.group("region")), whole.subject, whole.year, whole.status
        g.start_year = g.end_year = whole.year
        g.notes.append(f"{g.item!r}: a part of {whole.subject!r}, the region its amount is given to")


def rises_of_parts(text, figures, sentence_of) -> None:
    """A part's rise and the base it rose from, right after the part's amount (a share of it between them or not:
    "… accounted for $40 billion, up 8% from $37 billion a year earlier", "Forecasting took £41 million, or 43%, up 25%
    from £32.8 million"): the part's, not the whole's."""
    amounts = [k for k, g in enumerate(figures) if g.kind == "amount"]
    for a, b in zip(amounts, amounts[1:]):
        g, h = figures[a], figures[b]
        if g.item == "Total" or h.item != "Total" or h.currency != g.currency \
                or sentence_of(g.pos) != sentence_of(h.pos) or not _MOVED_FROM.fullmatch(text, g.end, h.pos):
            continue
        for x in figures[a + 1:b + 1]:
            if x.item == "Total":
                x.item, x.subject = g.item, g.subject
                x.notes.append(f"{x.item!r}: of the part whose amount moved from the base")
