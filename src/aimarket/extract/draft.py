"""From the figures found in a document to a draft data package.

Tables become series with their rows as items and the hierarchy their sums
imply. Figures in sentences are grouped by subject: the first figure of a
subject in a year is an observation, later ones are claims about it. A
figure in a sentence that equals, within 3%, a table row's value is a claim
about that row (a text that restates its own table). Every guess is written
into the package's ``notes``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..datapackage import bundled_values, package_from_frames
from ..growth import coarse_step
from .documents import Document
from . import vocabulary
from .asides import (dateline_end, dateline_month, dateline_year, heading_part_of, is_boilerplate, is_furniture,
                     lone_year, month_of, months_of, names_a_year, names_the_whole_year, opens_boilerplate,
                     parts_with_years, slide_label_end, without_counters)
from .numbers import (FOOTNOTE_REF, SCALES, dollar_of_text, in_the_unit_stated_before, normalise, republic_years,
                      yen_of_text, yuan_of_text)
from .parts import A_YEAR as _HEADING_YEAR, MEASURE_WORD as _MEASURE_WORD
from .parts import (bracketed_amounts, bracketed_parts, followed_amounts, lead_in, listed_rates, parts_by_dimension,
                    rate_of_which, shares_after_parts_amounts, year_of_a_share, another_market)
from .prose import (EITHER_READING, OF_WHICH, PRIOR_YEAR_BEFORE, REPORT_WORD, SENTENCE, Figure, forecast_cues,
                    scan_line, states_a_figure)
from .relative import dated_last_year
from .shares import SET_AGAINST_CLAUSE, THE_MARKET, item_name, opens_on_parts, parts_of_the_whole_before
from .subjects import BULLET as _BULLET, is_specific, noun_phrases, series_id, subject_key, title_of
from .vocabulary import REGION_NAMES, words
from .tables import TOTAL_LABEL, Table, dated_header, find_tables, rows_in_their_own_scale, runs_to_the_foot

__all__ = ["draft_package", "figures_of"]

#: how close (relative) a figure in a sentence must be to a table value to be read as restating it
LINK_TOLERANCE = 0.03
_SCALE_NAMES = {name: factor for factor, name in SCALES.values()}


#: the rest of a number broken at a line end, with the rest of its clause (its unit and year)
_REST_OF_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?[^。;；,，\n]*?(?:[。;；,，]|\.(?=\s|$)|$)")


_UNIT_AT_START = re.compile(r"(?:\d{1,3}[、.]\s*)?(?P<unit>(?:万亿|萬億|亿|億|万|萬|billion|million|trillion|bn|mn)?\s*"
                            r"(?:美元|元|港元|日元|欧元|%)?)(?P<year>\s*(?:in|by|as of)\s+(?:19|20)\d{2}(?!\d)|"
                            r"\s*\((?:19|20)\d{2}\))?", re.IGNORECASE)

#: a subject that names a market
_MARKET = re.compile(r"市场|市場|market", re.IGNORECASE)


def _joined(lines: tuple, wrapped: dict | None = None) -> list[str]:
    """Lines with a number broken across a line end put back together on the line where it starts, and
    sentences wrapped mid-way read whole; ``wrapped`` gets, for each line that took the next ones in, where in
    its normalised text each of them starts and its line number (figures from there on keep that line's
    locator)."""
    out = list(lines)
    for i in range(len(out) - 1):
        head, nxt = out[i].rstrip(), out[i + 1].lstrip()
        if not head or not re.search(r"\d[,.]?$", head) or re.search(r"\t|\s{2,}", out[i + 1]):
            continue
        # a thousands group on the next line goes on a number of one to three digits ("1" / "234"), never a year's
        # four ("in 2023" / "147% — growth")
        groups = re.match(r"\d{3}\b", nxt) and re.search(r"(?:^|[^\d,.])\d{1,3}(?:,\d{3})*$", head)
        # (not a numbered item's number: "… $2.35 billion in 2024." / "2. Ambient scribing took …", nor a thread's
        # post's: "… from $1.96B in 2023." / "3/ Harrow Lane's forecast" or "3/5 Their forecast", nor a paragraph's:
        # "… in 2023." / "4.13 Bags", nor a year that opens a sentence: "… in 2023." / "2024 came in at …")
        m = _REST_OF_NUMBER.match(nxt) if (re.search(r"[,.]$", head) or groups) and not re.match(
            r"\d{1,2}(?:/\d{1,2})?[.)、/]?\s|\d{1,2}(?:\.\d{1,2}){1,3}\s+[A-Z\u4e00-\u9fff]", nxt) and not (
            head.endswith(".") and re.match(r"(?:19|20)\d{2}\b(?![.,]\d)", nxt)) else None
        if m is None:  # a unit on the next line, perhaps after a page label such as "16、", with its year
            m = _UNIT_AT_START.match(nxt)
            if m and m.group("unit").strip():
                out[i] = head + m.group("unit") + (m.group("year") or "")
                out[i + 1] = nxt[m.end():]
            continue
        out[i] = head + m.group(0)
        out[i + 1] = nxt[m.end():]
    for i in range(len(out) - 1):  # a sentence wrapped after a word that cannot end one: "... USD 66.5 billion by"
        j = i + 1  # "…28.5萬台，" / "同比減少" / "6.2%。": a Chinese sentence may wrap over several lines
        if "\t" in out[i] or _COLUMNS_APART.search(out[i]) or _SECTION_HEADING_ZH.fullmatch(out[i].strip()):
            continue  # a table's row ("合计       815     1,028") goes on into no note under it, nor a section's
            # heading ("二、主要目标") into its first paragraph
        pieces = [out[i].rstrip()]
        tail, done = pieces[0][-_TAIL:], 0  # the joined line's end, which alone says whether it goes on
        while j < len(out):
            nxt = out[j].strip()
            bare = FOOTNOTE_REF.sub("", tail)  # "…698億元[5]，" / "年增率…": a footnote's mark ends no sentence
            dangles, dangles_zh = _DANGLING.search(bare), _DANGLING_ZH.search(bare)
            page = _page_break_between(out, j) if dangles or dangles_zh else 0
            if page and j + page < len(out) and out[j + page].strip():  # "…将达到" / "12 / 48" / "1,986.4亿元"
                out[j:j + page] = [""] * page
                j += page
                nxt = out[j].strip()
            if not nxt or _BLOCK_START.match(nxt) or "\t" in out[j] or is_furniture(nxt) \
                    or (_CALL_OUT.match(pieces[0]) or not dangles and not re.search(r"\d", pieces[0])) \
                    and _CALL_OUT.match(nxt) \
                    or _COLUMNS_APART.search(nxt):
                break  # "$1.2T — forecast 2025 spend" over "$1.04T — 2024 actual": a list of call-outs, each its own
                # (and under a heading of no figure: "By the numbers");
                # a row of columns set apart by spaces ("其他零售業     1,132      1,190") goes on no sentence
            broken = _WORD_BROKEN.search(tail) if re.match(r"[a-z]", nxt) else None  # "… the mar-" / "ket was …"
            if broken and not broken["first"][0].isupper() and not _COMPOUND_END.match(nxt):  # not "AI-" / "powered"
                pieces[-1] = pieces[-1][:-1]
            english = dangles or _GOES_ON.search(f"{tail}\n{nxt}") or (
                len(pieces[-1]) >= _WRAP_EN and _LOWER_END.search(tail) and (nxt[0].isupper() or nxt[0].isdigit()))
            spanned = _SPAN_BROKEN.search(tail) and re.match(r"(?:FY\s?)?(?:19|20)?\d{2}(?!\d)", nxt)
            sep = "" if spanned or broken else " " if english else "" if dangles_zh or nxt[0] in "，、,；" or (
                len(pieces[-1]) >= _WRAP_ZH and _MID_SENTENCE_ZH.search(tail)
                and re.match(r"[\u4e00-\u9fff\d]", nxt)) else None
            if sep is None:
                break
            pieces[-1] += sep
            if wrapped is not None:  # the normalised length so far, a piece at a time: linear in the lines joined
                done += len(normalise(pieces[-1]))
                wrapped.setdefault(i + 1, []).append((done, j + 1))
            pieces.append(nxt)
            tail = (tail + sep + nxt)[-_TAIL:]
            out[j] = ""
            j += 1
        if len(pieces) > 1:
            out[i] = "".join(pieces)
    return out


#: a page's number on a line of its own: "12 / 48", "Page 6 of 28", "— 142 —", "第 7 頁", "第 12 页 / 共 58 页"
_PAGE_NUMBER = re.compile(r"(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?|第\s*\d{1,4}\s*[頁页](?:\s*/\s*共\s*\d{1,4}\s*[頁页])?"
                          r"|[-—–]\s*\d{1,4}\s*[-—–]", re.IGNORECASE)
#: a running header or footer beside a page's number: a short line with no stop or comma
_RUNNING = re.compile(r"[^，。；,;:：!?！？]{1,40}")
#: a running header or footer and a page's number on one line, set apart by a wide gap or a bar: "敬请参阅最后一页特别声明
#: 19 / 46", "Page 14 of 60 | Industry outlook"
_RUNNING_AND_NUMBER = re.compile(r"(?:" + _RUNNING.pattern + r"?(?:\s{2,}|\s*\|\s*))?(?:" + _PAGE_NUMBER.pattern
                                 + r")(?:(?:\s{2,}|\s*\|\s*)" + _RUNNING.pattern + r")?", re.IGNORECASE)


def _page_break(lines: list, j: int) -> int:
    """How many lines from ``j`` on are a page break's furniture inside a sentence, which the sentence reads across: a
    page's number on a line of its own, after a running header or footer (a short line with no stop that does not
    break off mid-sentence) or not (2, 1); else 0."""
    for n in (1, 2):
        number = _PAGE_NUMBER if n == 2 else _RUNNING_AND_NUMBER  # a header and the number may share a line
        if j + n <= len(lines) and number.fullmatch(lines[j + n - 1].strip()) and (
                n == 1 or _RUNNING.fullmatch(lines[j].strip()) and not _DANGLING_ZH.search(lines[j].strip())
                and not _DANGLING.search(lines[j].strip())):  # "…将达到" / "12 / 48": a line of the sentence
            return n
    return 0


def _page_break_between(lines: list, j: int) -> int:
    """How many lines from ``j`` on a sentence broken mid-way reads across: a page break's furniture
    (:func:`_page_break`), with a blank line or two around it as a PDF sets them; else 0."""
    before = _blanks(lines, j)
    page = _page_break(lines, j + before)
    return before + page + _blanks(lines, j + before + page) if page else 0


def _blanks(lines: list, j: int) -> int:
    """How many blank lines (up to two) stand from ``j`` on."""
    return next((n for n in range(3) if j + n >= len(lines) or lines[j + n].strip()), 2)


#: how much of a line's end says whether the sentence goes on to the next line
_TAIL = 80
#: the length from which a Chinese line that ends in the middle of a sentence was wrapped there (a PDF's paragraph:
#: "…我们预计到2028年市场规模" / "将达到145.4亿元"), not a heading's end
_WRAP_ZH = 28
#: a Chinese line's end in the middle of a sentence: a sentence's comma (or the stop or semicolon of the one before)
#: before it and no stop after that
_MID_SENTENCE_ZH = re.compile(r"[，,。！？；;][^。！？；;:：!?]*[\u4e00-\u9fff\d]$")


#: the length from which an English line that ends on a word in lower case, or on the first word of a sentence, was
#: wrapped there, whatever the next line starts with ("… spent an estimated $3.1 billion on clinical" / "AI software
#: in 2024.", "… 12.3% a year. Dedicated" / "AI firms accounted for …", "… that rival tracker Metrion" / "Data puts on
#: 2024"), not a heading's end
_WRAP_EN = 60
_LOWER_END = re.compile(r"(?<![A-Za-z])[a-z][a-z-]+(?:\s+[A-Z][A-Za-z-]*)?$|[a-z0-9%)][.!?]\s+[A-Z][A-Za-z-]*$")
#: an English line that stops mid-sentence: on a preposition, article, conjunction or comma
_DANGLING = re.compile(r"[A-Za-z0-9%)]\s*,$|(?<![A-Za-z])(?:by|in|to|from|of|at|and|or|the|a|an|than|about|around|"
                       r"with|for|between|reach|reached|over|during|nearly|roughly|approximately|USD|US\$|\$|EUR|€)$",
                       re.IGNORECASE)
#: an English line with no stop at its end, followed by one that starts in lower case or with a sum of money: one
#: sentence, wrapped; or with a rate's name that goes on ("… which represents a 2024–2028" / "CAGR of 65.5%")
_GOES_ON = re.compile(r"[A-Za-z0-9%)]\n[a-z]|[A-Za-z]\n(?:US\$|USD|EUR|GBP|CNY|RMB|JPY|\$|€|£|¥)\s?\d"
                      r"|[A-Za-z0-9%)]\n(?:CAGR|YoY|YOY)\s+(?:of|was|is|at|for|in)\b")
#: an English line that ends on a word broken by a hyphen, as a page sets type: "… the AI lift-monitoring mar-"
_WORD_BROKEN = re.compile(r"(?<![A-Za-z-])(?P<first>[A-Za-z]+)-$")
#: the second word of a compound broken at its own hyphen, which stays: "AI-" / "powered", "year-" / "on-year"
_COMPOUND_END = re.compile(r"(?:[a-z]+-|(?:based|driven|powered|enabled|related|led|backed|wide|level|scale|time|term|"
                           r"year|on|over|to|in|up|out|end|side|party|commerce|sized|owned|run|free|ready)\b)")
#: an English line broken inside a span of years ("… for 2024-" / "2028."): joined with no space
_SPAN_BROKEN = re.compile(r"(?<!\d)(?:19|20)\d{2}[A-Za-z]?\s*[-–—]$")
#: a Chinese line that stops mid-sentence: on a comma, on a scale whose currency is on the next line ("185.6亿" /
#: "元", "146.3亿美" / "元"), on a currency whose figure is ("约人民幣" / "1,425億元"), or on a verb or word of change
#: whose figure is on the next line
_VERB_ENDS_ZH = ("为", "為", "达", "達", "达到", "達到", "至", "到", "约", "約", "由", "从", "從") + vocabulary.THRESHOLD + tuple(
    w for w in vocabulary.ESTIMATE if not w.isascii())  # "…產值預估" / "2025年達…": the cue governs the next line
_DANGLING_ZH = re.compile(r"[\u4e00-\u9fff\d%][，、]$|\d\s*(?:万亿|萬億|亿|億|万|萬)[美欧歐日港英韩韓]?$"
                          r"|(?:人民币|人民幣|新台币|新台幣|新臺幣|港币|港幣)$|[\u4e00-\u9fff](?:"
                          + words(vocabulary.YOY + vocabulary.GROWTH + vocabulary.DECLINE + _VERB_ENDS_ZH) + r")$")
#: a row's last two or more cells, figures set apart by runs of spaces: "其他零售業     1,132      1,190"
_COLUMNS_APART = re.compile(r"(?:\S {3,}[-(]?\d[\d.,]*%?\)?){2,}\s*$")
#: a figure that heads its line, the words after a dash or colon saying what it is: "$1.2T — forecast 2025 spend",
#: "€4.9bn: 2030 target", "1,250亿元 — 2023年规模"
_CALL_OUT = re.compile(r"\s*(?:US\$|USD|EUR|GBP|CNY|RMB|JPY|[$€£¥])?\s?\d[\d.,]*\s?(?:[A-Za-z]{1,8}|[亿億万萬]元?)?"
                       r"\s*(?:[:：]|\s[—–-])\s")
#: a section's number in Chinese: "二、", "（一）"
_ZH_NUMBER = r"[（(]?[一二三四五六七八九十]+[、.)）]"
#: a section's numbered heading in Chinese, short and with no figure or stop: "二、主要目标", "（一）总体目标"
_SECTION_HEADING_ZH = re.compile(_ZH_NUMBER + r"\s*[^，。,;；:：!?！？\d]{1,16}")
#: a line that starts a block of its own: a bullet, a heading, a table row, a numbered item
_BLOCK_START = re.compile(_BULLET + r"|[#|>]|\d+[.)、]\s|" + _ZH_NUMBER)




def _heading_of_bullets(page, i: int) -> bool:
    """Line ``i`` (1-based) is a short heading with bullets under it, or a sentence that leads in to lines of a label
    and its figures ("在2024年国内智能手机排名如下:" over "冠军:vivo,出货量4930万台,…")."""
    line, nxt = page[i - 1].strip(), (page[i].strip() if i < len(page) else "")
    if _LEAD_IN.search(line) and _listed(nxt):
        return True
    # up to 60 characters, or 100 where it names itself a list of highlights ("…: Market Highlights")
    longest = 100 if _HIGHLIGHTS.search(line) else 60
    return 0 < len(line) <= longest and not re.search(r"[.。!?！？;；]$", line) and bool(re.match(_BULLET + r"\s", nxt))


#: the words of a heading that calls its bullets the highlights of what it names: "Asia Pacific highlights"
_HIGHLIGHTS = re.compile(r"\b(?:(?:market\s+)?highlights|key (?:figures|numbers|facts|statistics)|at a glance|overview)\b"
                         r"|要点|概览|亮点", re.IGNORECASE)


def _listed(line: str) -> bool:
    """Whether a line is an item of a list: a bullet, or a label and a colon before its figures ("vivo:出货量…")."""
    return bool(_BULLET_START.match(line) or _LABEL_LINE.match(normalise(line))
                and re.search(r"\d", line))


#: the last sentence of a line that leads in to a list: "…，在2024年国内智能手机排名如下:", "Sales by vendor, 2024:"
_LEAD_IN = re.compile(r"(?:^|[.。!?！？])[^.。!?！？]{0,80}[:：]\s*$")
#: a rank that labels a line of a list, no name of what it measures: "冠军:", "第四:", "No. 2:"
_RANK_LABEL = re.compile(r"\s*(?:冠军|冠軍|亚军|亞軍|季军|季軍|第[一二三四五六七八九十\d]{1,3}名?|No\.?\s?\d{1,3}|#\d{1,3})\s*[:：]\s*",
                         re.IGNORECASE)


def _title_line(page, i: int) -> bool:
    """Line ``i`` (1-based) stands alone as a title: a Markdown heading, or a line of up to 160 characters, no
    bullet, that ends in no sentence's stop and opens the page or has a blank line above and below it."""
    line = page[i - 1].strip()
    if re.match(r"#{1,6}(?:\s|$)", line):  # a Markdown heading; "#人工智能#" opening a post is its topic tag
        return True
    alone = i == 1 or (not page[i - 2].strip() and (i == len(page) or not page[i].strip()))
    return alone and 0 < len(line) <= 160 and not re.match(_BULLET, line) and not re.search(r"[.。;；:：]$", line)


#: the figure a correction replaces, right after the right one: "it's $286 million, not $268 million", "2024 is $286M
#: not $268M", "为12.5亿元，而非15.2亿元"
_NOT_THAT = re.compile(r"\s*[,，]?\s*(?:(?:and\s+)?not|而非|而不是)\s*(?:the\s+)?(?P<was>[^\s,，.。;；()（）][^,，;；()（）]{0,30}?)"
                       r"(?=\s*(?:[,，;；()（）。]|\.(?!\d)|$))", re.IGNORECASE)


def _corrected_before(text: str, found: list, figures: list, read) -> None:
    """An amount that corrects one the text stated before ("EDIT: typo, 2024 is $286M not $268M" under "$268M in
    2024"): the earlier figure of that value, unit and year takes the corrected value, and the correction is no figure
    of its own. ``read`` gives the figures of a piece of text (the replaced amount, read alone)."""
    for f in [f for f in found if f.kind == "amount"]:
        m = _NOT_THAT.match(text, f.end)
        was = next((w for w in read(m["was"]) if w.kind == "amount"), None) if m else None
        if was is None:
            continue
        g = next((g for g in reversed(figures + found) if g is not f and g.kind == "amount" and g.unit == was.unit
                  and math.isclose(g.value, was.value) and (f.year is None or g.year == f.year)), None)
        if g is None:
            continue
        g.value, g.step = f.value, f.step
        g.notes.append(f"{f.value:g}, as the correction on line {f.line} has it, not {was.value:g}")
        found.remove(f)


#: a bullet's mark, with the blank after it
_BULLET_START = re.compile(r"\s*" + _BULLET + r"\s")
#: a bullet's label that names a part of the market above it ("• Training workloads: USD 61.2 billion"), not a
#: measure of a market of its own ("• Market size: ...", "• 市场规模：...")
_BULLET_LABEL = re.compile(r"\s*" + _BULLET + r"(?:\s+|(?<![-*]))(?P<label>[^:：\d%$€£¥]{2,40}?)\s*[:：]\s*")  # "・雲端服務："
#: a bullet's label that names a part by its share, and the share's year: "• Automotive share of 2024: 61% (US$1.4
#: billion)"
_SHARE_BULLET = re.compile(r"\s*" + _BULLET + r"\s+(?P<label>[^:：\d%$€£¥]{2,40}?)\s+share\s+(?:of\s+(?:the\s+)?)?"
                           r"(?:FY\s?)?(?:19|20)\d{2}[EFP]?(?:\s+total)?\s*[:：]\s*", re.IGNORECASE)


#: the words between a part's amount and its whole's: "$1.5B of the $3.6B 2024E TAM", "€40m out of a €310m total"
_OF_THE_WHOLE = re.compile(r"\s*(?:of|out\s+of)\s+(?:the|an?|its)?\s*(?:total|overall|whole)?\s*", re.IGNORECASE)
#: the market a bullet names after its figure (and its year): " in 2024 in plant digital twins"
_NAMED_AFTER = re.compile(r"(?:\s*(?:in\s+)?\(?(?:19|20)\d{2}[EF]?\)?)?\s+(?:in|for|on)\s+(?P<name>[A-Za-z][^,;.()\d]{2,50}?)"
                          r"\s*[.;]?\s*")
#: a bullet's label that describes the market or part named after it, no name of its own: "Adjacent:", "Related
#: markets:", "Biggest pool:", "Fastest-growing segment:"
_BESIDE_LABEL = re.compile(r"(?:adjacent|separate|neighbou?ring|related|nearby|biggest|largest|smallest|fastest[- ]growing"
                           r"|top|leading|main)(?:\s+(?:markets?|opportunit(?:y|ies)|pools?|segments?|parts?))?",
                           re.IGNORECASE)


#: a bullet's label that sizes the market itself: "AI coding assistants TAM", "total addressable market"
_ADDRESSABLE = re.compile(r"\bTAM\b|\baddressable\b", re.IGNORECASE)


#: a heading's words in brackets
_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
#: a Markdown heading that names its subject before a colon: "## Private 5G: market snapshot"
_MARKDOWN_TITLE = re.compile(r"#{1,6}\s+\**(?P<name>[^:：#*]{2,60}?)\s*[:：]")
#: a heading that names the dimension its bullets split the market by: "### By vertical (2025)", "按应用领域划分："
_BY_DIMENSION = re.compile(r"[\s#*]*(?:(?:by|per|split\s+by|breakdown\s+by)\s+[A-Za-z][A-Za-z -]{1,30}"
                           r"|按[\u4e00-\u9fff]{1,6}(?:划分|劃分|分|计|計)?|分[\u4e00-\u9fff]{1,4})"
                           r"\s*(?:[(（][^()（）]{0,12}[)）])?\s*[:：]?\s*$", re.IGNORECASE)
#: a heading that names a publication, not a market whose parts its bullets list: "The Agent Dispatch, issue 112"
_NOT_A_MARKET = re.compile(r"\b(?:issue|vol(?:ume)?|edition|newsletter|digest|no\.)\s*\d*\b|第\s*\d+\s*期", re.IGNORECASE)


#: the whole a bullet's amount is a part of, right after it: "of the 2024 TAM", "of the total"
_OF_THE_NAMED_WHOLE = re.compile(r"\s*of\s+(?:the|our|this)\s+(?:(?:FY\s?)?(?:19|20)\d{2}[EFP]?\s+)?"
                                 r"(?:TAM|total|market|number|figure)\b", re.IGNORECASE)


def _bullet_parts(line: str, found: list, subject: str, before=None):
    """The amounts of a bullet whose label names a part of the market the lines above name ("Key figures, 2024:" over
    "• Training workloads: USD 61.2 billion") are that part's: an item of the market, not the market itself. Returns
    the part a bullet under no named market names (:func:`_part_of_the_named_whole`), which the bullet ``before``
    named where it is of the same whole."""
    text = normalise(line)
    m = (_BULLET_LABEL.match(text) or _SHARE_BULLET.match(text)) if found else None
    if m and not subject:  # "- Personalisation engines: $2.9bn of the 2024 TAM (31%)": a part of the whole it names
        return _part_of_the_named_whole(text, m, found, before)
    if not (m and subject and is_specific(subject)):
        return None
    label = m.group("label").strip()
    first = min((f.pos for f in found if f.pos >= m.end()), default=len(text))
    named = text[m.end():first].strip(" ,;–—-")
    said = None  # a label read as the subject of its own line ("Biggest segment")
    if _BESIDE_LABEL.fullmatch(label) and not named and (amounts := [f for f in found if f.kind == "amount"]):
        # "- Adjacent: $5.2bn in 2024 in plant digital twins": the market it names after its figure
        after = _NAMED_AFTER.fullmatch(text, amounts[-1].end)
        named = after["name"].strip() if after else named
    if _BESIDE_LABEL.fullmatch(label) and named and is_specific(named):
        # "- Adjacent: AI-driven airline retailing, $4.0B (2024)": the market it names beside the one above
        said, label = subject_key(label), named
    if _MEASURE_WORD.search(label) or _ADDRESSABLE.search(label) or not is_specific(label):
        return None
    if any(_MARKET.search(p) and is_specific(p) for _, p in noun_phrases(text[m.end():first])):
        return None  # "② 云化趋势明确：其中公有云数据库市场规模304.6亿元": a run-in heading over a sentence that names its market
    if _NOT_A_MARKET.search(subject) or _ADDRESSABLE.fullmatch(named):
        # a newsletter's name over its bullets, or a label that a TAM follows ("- Refinery optimisation AI: TAM $4.8B
        # (2024) -> $8.4B (2029E)"): each label names what it measures
        for f in found:
            if f.kind in ("amount", "count") and f.item == "Total" and f.pos >= m.end() and not f.named:
                f.subject, f.named = label, True
        return None
    ends = [g.end for g in found if g.kind in ("amount", "count")]
    for f in found:
        if f.kind in ("amount", "count") and f.item == "Total" and f.pos >= m.end() \
                and (not f.named or subject_key(f.subject) == said) \
                and not any(_OF_THE_WHOLE.fullmatch(text, e, f.pos) for e in ends if m.end() <= e <= f.pos):
            f.item, f.subject = item_name(label), subject  # not the whole after "of the": "$1.5B of the $3.6B TAM"
            f.notes.append(f"the bullet's label {label!r} read as a part of {subject!r}")
        elif f.claim == "share" and f.item == "Total" and f.of is None and f.end > m.end():
            f.item, f.of, f.subject = item_name(label), "Total", subject  # "• AI Infrastructure: Accounts for 48%"
            f.notes.append(f"the share of the bullet's label {label!r} in {subject!r}")
    shares_after_parts_amounts(text, found)  # "• Imaging systems: $3.12 billion (45.6%)"


def _part_of_the_named_whole(text: str, m: re.Match, found: list, before=None, subject: str = ""):
    """The amount of a bullet under no named market that its words make a part of the whole ("- Personalisation
    engines: $2.9bn of the 2024 TAM (31%)") is the part its label names, with the share after it; so is the amount
    of the next bullets with its share in brackets right after it ("- Shade matching: $1.1bn (12%)"), of the year of
    the part ``before`` it; the part of ``subject`` where the lines above name one. Returns the last part named."""
    label = m.group("label").strip()
    if not is_specific(label) or _MEASURE_WORD.search(label) or _ADDRESSABLE.search(label):
        return None
    named = None
    for f in found:
        if f.claim == "share" and f.item == "Total" and f.end > m.end() and m.re is _SHARE_BULLET:
            f.item, f.of = item_name(label), "Total"  # "• Automotive share of 2024: 61% (US$1.4 billion)"
            f.notes.append(f"the share its bullet's label {label!r} names")
        if f.kind != "amount" or f.item != "Total" or f.pos < m.end():
            continue
        if m.re is _SHARE_BULLET:
            f.notes.append(f"the amount of the part its bullet's label {label!r} gives the share of")
        elif _OF_THE_NAMED_WHOLE.match(text, f.end):
            f.notes.append(f"the bullet's label {label!r} read as a part of the whole its amount is 'of'")
        elif before is not None and f.year is None and _SHARE_BRACKETED_AFTER.match(text, f.end) \
                and f.currency == before.currency:
            f.year, f.status = before.year, before.status
            f.notes.append(f"the bullet's label {label!r} read as a part of the whole, as {before.item!r} before it")
        else:
            continue
        f.item, named = item_name(label), f
        f.subject = subject or f.subject
    shares_after_parts_amounts(text, found)
    return named


#: a share in brackets right after an amount: " (20%)"
_SHARE_BRACKETED_AFTER = re.compile(r"\s*[(（]\s*\d[\d.]*\s*%\s*[)）]")


def _bullet_amounts_year(text: str, found: list) -> None:
    """A bullet's amount with no year of its own followed by its rise into a year, with no word between ("• Devices:
    $836,275M – 6.8% growth in 2026"), is that year's: a table's row set out as a bullet (``text``, normalised)."""
    if not found or not _BULLET_LABEL.match(text):
        return
    amounts = [f for f in found if f.kind in ("amount", "count") and f.year is None]
    rates = [f for f in found if f.claim == "growth" and f.end_year is not None]
    if len(amounts) == 1 and len(rates) == 1 and re.fullmatch(r"[\s,;(\-–—]*", text[amounts[0].end:rates[0].pos]):
        f, year = amounts[0], rates[0].end_year
        f.year = f.start_year = f.end_year = year
        f.notes.append(f"{year}: the year of the rise after it on its bullet")


#: a line that is a label and its figure, with no bullet: "SAM 2027: $150B", "Asia Pacific: USD 3.1 billion"
_LABEL_LINE = re.compile(r"\s*(?:\d{1,2}[.)]\s+|\(?\d{1,2}/\d{0,2}\)?\s+)?"  # a list's number before it: "3. Computer
                         # vision: $22.4 billion", or a thread's post's: "(2/5) Global spend on collars & tags: $2.1B"
                         r"(?P<label>[A-Za-z\u4e00-\u9fff][^:：\d%$€£¥]{0,60}?)"
                         r"\s*(?:(?:FY\s?)?(?:19|20)\d{2}\s*)?[:：]\s*")


#: a label that names who speaks, not what is measured: "答：", "记者：", "Q:", "A:", "主持人："
_SPEAKER_LABEL = re.compile(r"答|问|問|记者|記者|主持人|受访者|受訪者|嘉宾|嘉賓|[QA]|answer|question|interviewer",
                            re.IGNORECASE)
#: how far after its label a figure of a label line stands ("SAM 2027: $150B", "Asia Pacific: about USD 3.1 billion")
_LABEL_REACH = 24


def _label_subject(line: str, found: list, subject: str = "", before: list = ()) -> None:
    """The amounts of a line that is a label and its figure ("SAM 2027: $150B") measure what the label names, where
    no noun phrase of the line names another: a series of the label's, not another figure of the subject above. One
    the words after its amount make a part of the whole ("Mobile apps: $0.5B of the 2024 number (42%)") is a part of
    ``subject``, else of the latest whole among the figures ``before`` it."""
    text = normalise(line)
    m = _LABEL_LINE.match(text) if found and not re.match(r"\s*" + _BULLET, line) else None
    if not m or _MEASURE_WORD.search(m.group("label")) or not is_specific(m.group("label")) \
            or _SPEAKER_LABEL.fullmatch(m.group("label").strip()):
        return
    first = min((f.pos for f in found if f.kind in ("amount", "count") and f.pos >= m.end()), default=None)
    if first is None or first - m.end() > _LABEL_REACH:  # "答：根据第三方研究机构的测算，…": a speaker, then prose
        return
    if _MARKET.search(text[m.end():first]):  # "③ 长期空间可观：预计2029年市场规模将达到…": a run-in heading
        return  # over a sentence of the market's (not "vivo:出货量4930万台", the label's shipments)
    if any(f.pos == first and _OF_THE_NAMED_WHOLE.match(text, f.end) for f in found):
        whole = subject or next((g.subject for g in reversed(before[-40:]) if g.item == "Total" and g.kind == "amount"),
                                "")
        _part_of_the_named_whole(text, m, found, subject=whole)
        return
    for f in found:
        if f.kind in ("amount", "count") and f.pos >= m.end() and not f.named and f.item == "Total":
            f.subject, f.named = m.group("label").strip(), True
            f.notes.append(f"the line's label {f.subject!r} read as what it measures")


#: a sentence that cites another source than the one before it: "另据X测算", "另一家机构", "another firm estimates"
_ANOTHER_SOURCE = re.compile(r"另据|另據|第三方(?:咨询|諮詢|研究|调研|調研)?(?:机构|機構)"
                             r"|另一(?:家|份|项|項|个|個)?(?:研调|研調|调研|調研|研究)?(?:机构|機構|研究|报告|報告|数据|數據|统计|統計|调查|調查|顾问|顧問|"
                             r"咨询|諮詢|券商|智库|智庫)|另有(?:机构|機構|研究|报告|報告)"
                             r"|\b(?:another|a separate|a second|a different|a rival|other)\s+"
                             r"(?:research\s+)?(?:firms?|estimates?|forecasts?|reports?|stud(?:y|ies)|analysts?|sources?|"
                             r"researchers?|houses?|shops?|consultanc(?:y|ies)|brokers?)\b"
                             # "Baltic Insight … takes a broader view and puts 2023 at", "Halden puts 2024 at": a
                             # year's figure put beside the text's (not the text's own source going on: "It … and puts")
                             r"|\b(?:takes?|uses?|applies|apply)\s+an?\s+(?:broader|narrower|wider|more\s+\w+)\s+"
                             r"(?:view|definition|scope)\b"
                             r"|(?<!\bnow\s)(?<!\band\s)(?<!\b[Ii]t\s)(?<!\b[Tt]hey\s)(?<!\balso\s)\b(?:puts?|pegs?|places?)\s+(?:the\s+)?(?:19|20)\d{2}(?:\s+(?:figure|market|total|"
                             r"number|size))?\s+at\b", re.IGNORECASE)


def _cites_another_source(text: str, found: list) -> None:
    """A figure whose sentence (in ``text``, a line normalised) cites another source before it ("另据智研测算，2024年该市场
    规模为28.7亿元") is marked: where it differs from a figure the text gave before it, it is that source's, not a
    restatement."""
    last: dict = {}  # where each sentence's last figure stands
    for f in found:
        last[f.sentence] = max(last.get(f.sentence, f.pos), f.pos)
    first: dict = {}  # each sentence's first citation before its last figure, looked for once: in linear time
    for f in found:
        if f.sentence not in first:
            first[f.sentence] = _ANOTHER_SOURCE.search(text, f.sentence, last[f.sentence])
        m = first[f.sentence]
        f.elsewhere = m is not None and (m.end() <= f.pos or bool(_ANOTHER_SOURCE.search(text, f.sentence, f.pos)))


#: a bullet whose label has words after its colon ("- Our network: 3,200 partner spas"): a line of content, no
#: heading of the lines after
_LABELLED_BULLET = re.compile(r"\s*" + _BULLET + r"\s*[^:：]{1,60}[:：]\s*\w")


def _part_of_which(text: str, f: Figure, found: list) -> bool:
    """Whether ``f`` stands after "of which" (其中) behind another figure of its sentence: a part of that figure
    ("2025E TAM: US$640M, of which Thailand roughly THB 3.1bn"), whose name is no subject for the lines after."""
    m = OF_WHICH.search(text, f.sentence, f.pos)
    return m is not None and any(g.sentence == f.sentence and g.end <= m.start() for g in found)


def figures_of(doc: Document, published: int | None = None, yuan: str = "CNY",
               left_out: list | None = None) -> tuple[list[Table], list[Figure]]:
    """The tables and the figures in sentences of a document; ``published``, the year the document states it was
    published, dates an amount its sentence dates only as "last year" or "by the end of the decade", and ``yuan`` is
    the currency its bare 元 stands for. The figures of a part of a year are added to ``left_out``, if given, as
    ``(figure, words naming the part)``."""
    tables, figures = [], []
    left_out = [] if left_out is None else left_out
    lines = [line for page in doc.pages for line in page]
    dollar = dollar_of_text(lines)  # "$" of a text of Statistics Canada: CAD
    yen = yen_of_text(lines)  # "¥" of a text of Japan's: JPY
    open_table = None  # a table that ran to the foot of the page before, which may go on overleaf
    title_year = None  # the one year the last line that states no figure names: a release's title
    for p, page in enumerate(doc.pages, start=1):
        page_tables = find_tables([dated_header(line, published) for line in page], p, open_table)
        tables += [t for t in page_tables if t is not open_table]
        open_table = page_tables[-1] if page_tables and runs_to_the_foot(page_tables[-1], list(page)) else None
        in_table = ({t.header_line for t in page_tables if t.page == p} | {r["line"] for t in page_tables
                                                                            for r in t.rows if r["page"] == p}
                    | {line for t in page_tables for pg, line in t.lines if pg == p})
        subject = ""  # the subject the lines so far named last: a heading's, or a sentence's
        heading_year = None  # the year of a heading over bullets ("Highlights for FY2024"), while its bullets last
        wrapped: dict = {}
        aside = False  # the paragraph under a boilerplate heading ("About Acme Research")
        lead = None  # the lead-in of a list of parts' rates while its lines last ("Growth by region:")
        heading_part = None  # (label, words) a heading names ("2024年一季度软件业经济运行情况", "一季度总体运行情况")
        bullet_part = None  # the part the bullet right before named, "of the 2024 TAM", under no named market
        stated_unit = None  # the unit a line stated for the bare amounts after it ("本章金额单位：亿元。")
        for i, line in enumerate(_joined(page, wrapped), start=1):
            if i in in_table or not line.strip():
                continue
            if is_boilerplate(line) or aside:
                aside = opens_boilerplate(line)
                continue
            if is_furniture(line):  # another story's headline, a strip of quotes
                continue
            line = without_counters(line)  # "1.4K shares", "阅读 3.2万"
            line, stated_unit = in_the_unit_stated_before(line, stated_unit)
            cut = dateline_end(line) or slide_label_end(line) or _dated_tag_end(line)  # "…, June 10, 2025 --", "Slide
            # 6 — ", "第3頁　", "（2025年10月，香港）", "【2025年4月8日／台北報導】"
            line = " " * cut + line[cut:]  # the dateline's date and place, a slide's number: no figure's, nor a subject
            if heading_year is not None and not _listed(line):
                heading_year = None
            if (rank := _RANK_LABEL.match(line)) and _listed(line):
                # "冠军:vivo,出货量…" is "vivo:出货量…": the line's label is the name after the rank
                named = re.match(r"([^,，:：\d]{1,30}?)[,，]", line[rank.end():])
                line = " " * rank.end() + (named.group(1) + ":" + line[rank.end() + named.end():] if named
                                           else line[rank.end():])
            before = len(left_out)
            # a note right under a table ("Note: … Total CAGR 2024-2027F: 23.0%") goes on with the table's series
            noted = next((t for t in page_tables if t.title and t.page == p and t.end < i <= t.end + 3), None)
            inherited = _table_name(noted.title) if noted is not None and _NOTE_LINE.match(line) else subject
            found = (scan_line(line, i, p, inherited, heading_year, published=published, yuan=yuan, left_out=left_out,
                               dollar=dollar, yen=yen)
                     if states_a_figure(line) else [])
            if not found and len(left_out) > before:  # figures of a part of a year: no heading, though none is kept
                continue
            text = normalise(line)
            if found and opens_on_parts(text):  # "其中公有云数据库市场规模…" on the line after its whole's: of its latest
                latest = []  # year's, the wholes of the last line that states one
                for f in reversed(figures[-200:]):  # the lines just before it
                    if latest and (f.page, f.line) != (latest[0].page, latest[0].line):
                        break
                    if f.kind in ("amount", "count") and f.item == "Total" and f.subject == (subject or f.subject) \
                            and f.year is not None and f.status != "estimate":
                        latest.append(f)
                if latest:
                    parts_of_the_whole_before(text, found, max(latest, key=lambda f: f.year))
            _corrected_before(text, found, figures, lambda was: scan_line(was, i, p, published=published, yuan=yuan,
                                                                       dollar=dollar, yen=yen))
            _of_the_whole_year(text, found, title_year, published)
            if not found:
                title_year = lone_year(text) or title_year
            if not found and (part := heading_part_of(text)):
                heading_part = part
            elif heading_part is not None and not names_a_year(text):
                for f in found:  # a figure under it whose line names no year nor part of its own is of its part
                    if f.part is None and f.claim in _OF_A_PART and f.year is None and f.end_year is None:
                        f.part, f.part_words = heading_part
            bullet_part = _bullet_parts(line, found, subject, bullet_part)
            _bullet_amounts_year(text, found)
            _year_of_the_bullet_above(text, found, [g for g in figures[-40:] if g.page == p and i - 3 <= g.row < i])
            _label_subject(line, found, subject, figures)
            bracketed_parts(text, found)
            bracketed_amounts(text, found)
            _cites_another_source(text, found)
            followed_amounts(text, found)
            parts_by_dimension(text, found)
            rate_of_which(text, found)
            year_of_a_share(text, found, figures)
            another_market(text, found)
            _priors_of_parts(found)
            if lead is not None and not listed_rates(text, found, lead, figures):
                lead = None
            lead = lead_in(text) if lead is None else lead
            title = bool(found) and i not in wrapped and _title_line(page, i)
            for f in found:
                f.title, f.row = title, i
                for start, number in wrapped.get(i, ()):
                    if f.pos >= start:
                        f.line = number  # it stands on a line the sentence wrapped to
            figures += found
            # a quarter's subject is no market's, nor a part's after "of which" behind its whole's figure
            named = [f.subject for f in found if f.named and f.part is None and not _part_of_which(text, f, found)]
            if not named and not subject:  # where no line before named one, the subject its figure's words give
                named = [f.subject for f in found if f.kind == "amount" and f.part is None
                         and (is_specific(f.subject) or THE_MARKET.fullmatch(f.subject))  # not "Revenue": whose?
                         and not _part_of_which(text, f, found)]
            if not found and _heading_of_bullets(page, i):
                said = _HEADING_YEAR.search(text.rsplit("。", 1)[-1])
                heading_year = int(said.group("year")) if said else None
            if named:
                subject = named[-1]
            elif not found and len(line) <= 120 and not _BY_DIMENSION.match(text) and not _LABELLED_BULLET.match(text):
                # a heading: "Global AI Server Market", "中国AI服务器市场：" (not "By vertical (2025)", whose bullets are
                # parts of the market named before)
                # what its brackets say is its unit or basis ("(¥ billion, vendor sales basis)"), no subject
                phrases = [ph for _, ph in noun_phrases(_BRACKETED.sub(" ", text))]
                if phrases and is_specific(phrases[-1]):
                    subject = title_of(phrases[-1])
                elif _heading_of_bullets(page, i):  # "Asia Pacific highlights" over its bullets; "Key figures, 2024:"
                    named = _HIGHLIGHTS.sub(" ", re.sub(r"(?<!\d)(?:19|20)\d{2}年?(?!\d)|[:：,，]", " ",
                                                        text.strip(" #*"))).strip()
                    subject = " ".join(named.split()) if is_specific(named) else subject
                elif (titled := _MARKDOWN_TITLE.match(text)) and is_specific(titled["name"]):
                    subject = titled["name"].strip()  # "## Private 5G: market snapshot": the name before the colon
    return tables, figures


#: a note's label that opens a line: "Note:", "Notes -", "注：", "說明："
_NOTE_LINE = re.compile(r"\s*(?:notes?|注|註|说明|說明|備註|备注)\s*[:：.-]", re.IGNORECASE)
#: the claims a figure of a part of a year may make
_OF_A_PART = ("value", "count", "growth", "share")
#: where a sentence ends, for the words of a whole year its figures take (a semicolon's clause goes on with them)
_FULL_STOP = re.compile(r"[。！？!?]|\.(?=\s|$)")


def _priors_of_parts(found: list) -> None:
    """An amount a sentence frame made the year before's of a part's amount ("其中，独立维修厂规模为14.2亿元，较上年增长
    30.9%，上年为10.9亿元") is that part's too, where nothing names it another's."""
    for f in found:
        t = f.prior_of
        if t is not None and f.item == "Total" != t.item and (f.kind, f.currency) == (t.kind, t.currency):
            f.item, f.subject, f.named = t.item, t.subject, t.named
            f.notes.append(f"{t.item!r}: the year before's of the part's amount {t.value:g}")


def _of_the_whole_year(text: str, found: list, title_year: int | None, published: int | None = None) -> None:
    """Figures whose sentence names the whole year in words and no year ("全年…产量328.6万台，比上年增长26.4%",
    "1-12月，…营业收入15.84万亿元，同比增长6.9%") are of the one year named where the text states no figure before them:
    in their line, before its first figure ("《…2024年国民经济和社会发展统计公报》。公报显示，全年…", "…今日发布2024年资讯
    服务业营运概况，全年营业额达…"), else in the lines above (``title_year``: "2024年电子信息制造业运行情况"), else, for a
    forecast, the year the text is ``published`` in ("（2025年8月6日）…预计全年…"); a rise of such a sentence is over the
    year before, and an amount after "上年为" the year before's."""
    if not found or not names_the_whole_year(text, 0, len(text)):
        return
    lead = lone_year(text[:min(g.pos for g in found)])
    cuts = [0] + [m.end() for m in _FULL_STOP.finditer(text)] + [len(text)]
    opens = names_the_whole_year(text, 0, cuts[1])  # where the line's first sentence names it, a sentence after that
    for f in found:                                   # names no year goes on with it ("全年，…。利润总额1.58万亿元，…")
        if f.year is not None or f.start_year is not None or f.end_year is not None or f.part or \
                f.claim not in _OF_A_PART + ("total",):
            continue
        k = bisect_right(cuts, f.pos) - 1
        start, end = cuts[k], cuts[min(k + 1, len(cuts) - 1)]
        said = "its sentence names" if names_the_whole_year(text, start, end) else \
            "its line opens on" if opens and not _HEADING_YEAR.search(text, start, end) else None
        if said is None:
            continue
        year = lead or title_year or (published if f.status == "estimate" else None)
        if year is None:
            continue
        if f.claim == "total":  # "全年累计完成…": the year's own
            f.claim = "value" if f.kind == "amount" else "count"
        if f.claim in ("value", "count") and PRIOR_YEAR_BEFORE.search(text, max(0, f.pos - 8), f.pos):
            _dated(f, year - 1, f"{year - 1}: the year before the whole year ({year}) {said}")  # "（上年为…）"
            continue
        _dated(f, year, f"{year}: {said} the whole year, and the text before it the year {year}")


def _dated(f, year: int, why: str) -> None:
    """A figure its sentence gives no year of, of ``year``: a rise over the year before, why in its notes."""
    f.year, f.start_year, f.end_year = year, (year - 1 if f.claim == "growth" else year), year
    if f.claim == "growth":
        f.period, f.period_status = 1.0, f.period_status or "inferred"
    f.notes.append(why)


def _within(part: str, label: str) -> bool:
    """Whether the months of a part of a year lie within another's of the same year: "Q2" in "H1", "May" in
    "Jan-May", "Q4" in "Q4"."""
    inner, outer = months_of(part), months_of(label)
    return part == label or None not in (inner, outer) and outer[0] <= inner[0] and inner[1] <= outer[1]


def _years_of_parts(figures: list, doc: Document, texts: list, published_on: tuple | None, notes: list) -> None:
    """The year of a part of a year's figure whose sentence names none ("1-5月，…增加值同比增长13.8%"): that of the
    nearest place before it that names the same part with a year (a title "2024 年 1-5 月电子信息制造业运行情况"), else,
    in a text dated to its month, the latest such part that ended before it ("5月份" in a text of 2020-07-13: May
    2020; "Q4" in a text of March 2025: Q4 2024). A rise is over the same part a year before. ``texts`` are the
    document's lines, normalised, page after page."""
    undated = [f for f in figures if f.part and f.claim in _OF_A_PART and f.year is None
               and f.start_year is None and f.end_year is None]
    if not undated:
        return
    said, first = [], 0  # (page, line, position, year, label) of each part named with its year
    for p, page in enumerate(doc.pages, start=1):
        said += [(p, i, *named) for i, text in enumerate(texts[first:first + len(page)], start=1)
                 for named in parts_with_years(text)]
        first += len(page)
    for f in undated:
        before = [year for p, i, pos, year, label in said if _within(f.part, label) and (p, i, pos) < (f.page, f.line, f.pos)]
        months = months_of(f.part)
        if before:
            year, why = before[-1], f"{before[-1]}: the year the text gives its {f.part_words!r} before"
        elif published_on and published_on[1] and months:
            year = published_on[0] - (months[1] >= published_on[1])
            why = f"{year}: the latest {f.part_words!r} before the text's date ({published_on[0]}-{published_on[1]:02d})"
        else:
            continue
        _dated(f, year, why)
        notes.append(f"{doc.locator(f.page, f.line)}: {f.value:g} {f.unit} of {f.part_words!r} with no year: {why}")


def _without_part(subject: str, words: str) -> str:
    """A subject less the words of the part of a year it took in ("revenue for the first half", "第四季度全球服务器市场收入")."""
    rest = re.sub(r"\b(?:for|in|during|of|over)(?:\s+the)?\s*$", "", subject.replace(words, " ").strip(),
                  flags=re.IGNORECASE)
    return " ".join(rest.split()) or subject


def _id_with_part(phrase: str, part: str | None) -> str:
    """The series id of ``phrase`` whose figures are of a ``part`` of each year ("Q4"), or of one unit's rows of a
    table, cut short to an id's length before the part's label, which it keeps whole ("…_services_q4"), so that it is
    no id of the whole year's or of another unit's rows."""
    ending = f"_{series_id(part)}" if part else ""
    return series_id(phrase).removesuffix(ending)[:40 - len(ending)].rstrip("_") + ending


def _unique(base: str, used: set, fallback: str) -> str:
    """``base`` (or ``fallback`` when it is not an id) made unique among ``used`` with a suffix."""
    base = base[:40].rstrip("_")
    base = f"series_{base}"[:40].rstrip("_") if re.match(r"\d", base) else base  # "5g_zhineng_shouji": ids open with a letter
    base = base if re.fullmatch(r"[a-z][a-z0-9_]*", base) and len(re.sub(r"[^a-z]", "", base)) >= 2 else fallback
    out, k = base, 2
    while out in used:
        out, k = f"{base}_{k}", k + 1
    used.add(out)
    return out


def _slug(text: str, used: set, fallback: str) -> str:
    return _unique(re.sub(r"[^a-z0-9]+", "_", normalise(text).lower()).strip("_"), used, fallback)


def _unit_rows(units: set, known) -> list[dict]:
    rows = []
    for u in sorted(units - set(known)):
        head, _, scale = u.partition(" ")
        factor = _SCALE_NAMES.get(scale, 1.0) if scale else 1.0
        money = head.isupper() and len(head) == 3
        rows.append({"unit": u, "quantity": "money" if money else head, "currency": head if money else None,
                     "scale": factor, "description": f"{head} in units of {scale or 'one'} (from the extracted text)"})
    return rows


def draft_package(doc: Document, source: str | None = None):
    """A draft :class:`~aimarket.datapackage.Package` of everything found in ``doc``."""
    yuan = yuan_of_text([line for page in doc.pages for line in page])  # as printed: "114年" is no year after normalise
    if yuan == "TWD":  # a text of Taiwan's counts the Republic's years on every line
        doc = replace(doc, pages=tuple(tuple(republic_years(line) for line in page) for page in doc.pages))
    texts = [normalise(line) for page in doc.pages for line in page]  # read once for the dates and notes it states
    published_on = publication_date(texts) or doc.published  # the date its text prints, else its markup's
    published = published_on[0] if published_on else None
    parts_of_years: list = []
    tables, figures = figures_of(doc, published, yuan, parts_of_years)
    used: set = set()
    source = source or _slug(doc.name, set(), "report")
    notes: list[str] = list(doc.notes)  # what reading the file guessed, first
    _years_of_parts(figures, doc, texts, published_on, notes)
    for f, words in parts_of_years:
        why = (f"a rise over the period before {words!r}, no rise from one year to the next" if f.part else
               f"a figure of a part of a year ({words!r}) that recurs in no year")
        notes.append(f"{doc.locator(f.page, f.line)}: {f.value:g} {f.unit} is {why}; left out")
    parts: dict = {}  # a part of a year's subject: the words that name the part (for its series' description), its label
    for f in figures:  # a part of each year ("H1") is a series of its own: its figures are no whole year's
        if f.part:
            f.subject = f"{_without_part(f.subject, f.part_words)} ({f.part})".strip()
            parts.setdefault(f.subject, (f.part_words, f.part))
    kept = []
    for f in figures:
        if f.kind in ("amount", "count", "multiple", "span") and f.value <= 0:
            notes.append(f"{doc.locator(f.page, f.line)}: {f.value:g} {f.unit} is not a positive amount; left out")
        else:
            kept.append(f)
    figures = kept
    series_rows, obs_rows, claim_rows = [], [], []
    claim_ids: dict = {}  # the ids given, each with the last suffix tried for it

    def claim(row: dict) -> None:
        for key in ("start_year", "end_year"):  # a misreading leaves the year unknown, not the draft broken
            if row[key] is not None and not 1900 <= row[key] <= 2100:
                row["note"] = "; ".join(filter(None, [row.get("note"), f"{row[key]} read as its {key} is no year"]))
                row[key] = row["period_years"] = None
        if row["start_year"] is not None and row["end_year"] is not None and row["end_year"] < row["start_year"]:
            row["note"] = "; ".join(filter(None, [row.get("note"), f"{row['end_year']} read as the end of a span from "
                                                  f"{row['start_year']} is before it: the span is left open"]))
            row["start_year"] = row["end_year"] = row["period_years"] = None
        base = _slug(f"{row['series']}_{row['kind']}_{row['locator'].split(':', 1)[1]}", set(), "claim")
        k, cid = claim_ids.get(base, 1), base
        while cid in claim_ids:
            k += 1
            cid = f"{base}_{k}"
        claim_ids[base] = k
        claim_ids.setdefault(cid, 1)
        claim_rows.append({"claim": cid, "source": source, "precision": row.pop("step"), **row})

    table_values, table_lines, history = [], {}, {}
    for t in tables:
        _unit_of_its_total(t, figures, doc, notes)
    for t in (part for whole in tables for part in whole.by_part()):
        rows = _table_series(doc, t, source, used, series_rows, obs_rows, claim, notes)
        if t.parts:  # a part of a year's values: no sentence's figure of a whole year is linked to them
            continue
        table_values += rows
        if rows:  # where the table stands: a rate of "the total" next to it is of its total row
            table_lines[rows[0][0]] = (t.page, t.header_line, t.end)
            history[rows[0][0]] = max((y for y, estimate in t.years if not estimate), default=None)  # its latest actual

    # figures in sentences: link to a table, else group by subject
    _one_name_a_subject(figures)
    _parts_of_named_wholes(figures)
    groups: dict = defaultdict(list)
    index = _TableIndex(table_values)
    forecast = set()  # a table's years the text forecasts ("will reach $264.1 billion in 2025" of its 2025 column)
    for f in figures:
        # (a part of a year's figure restates no whole year's: "First-quarter 2025 spending came in at $551 million")
        link = _link(f, index) if f.kind in ("amount", "count") and table_values and not f.part else None
        if link is not None:
            sid, item, year, rounded = link
            f.item = item
            groups[("table", sid)].append(f)
            if year != f.year:
                f.notes.append(f"read as the table's {item} ({year}) by value")
            if year != f.year and rounded:  # the cell it prints: its year, whatever year the sentence named
                f.start_year = year if f.start_year == f.year else f.start_year
                f.end_year = year if f.end_year == f.year else f.end_year
                f.year = year
            elif f.status == "estimate":
                forecast.add((sid, year))
            continue
        groups[("text", f.subject or "", f.kind == "percent" or f.kind == "multiple"
                or f.kind == "span")].append(f)
    for sid, year in sorted(forecast):
        _as_estimates([r for r in obs_rows if r["series"] == sid and r["year"] == year], notes,
                      f"of {year} in table {sid!r} marked as estimates: the text forecasts that year's figure")
    _attach_rates(groups, doc)
    _rates_to_tables(groups, series_rows, table_values, table_lines, history, doc)
    under_tables = _parts_under_tables(groups, table_lines)
    _split_unlike(groups)
    _headline_years(groups)
    _parts_of_the_years_whole(groups)
    _year_its_share_implies(groups)
    _regions_by_one_name(groups)
    _year_of_the_lines_before(figures)
    _multiples_over_years_in_words(figures, groups)
    _precise_first(groups)
    _amounts_of_last_years_rise(figures, doc, published)
    by_subject: dict = {}
    units_of: dict = {}
    seen: dict = {}
    thresholds: list = []
    ranged: set = set()  # (series, item, year) a range gave, which a central figure after it may still take

    stated_in: dict = {}  # each prose observation's figure, by its row

    def observe(sid, f, loc):
        seen[sid].add((f.item, f.year))
        ratio = _scale(f.unit) / _scale(units_of[sid])
        stated = _stated(f.value, f.step)
        obs_rows.append({"series": sid, "item": f.item, "parent": None, "year": f.year,
                         "value": _rescaled(f.value, ratio), "unit": units_of[sid], "status": f.status,
                         "source": source, "locator": loc,
                         "precision": None if stated is None else _rescaled(stated, ratio)})
        stated_in[id(obs_rows[-1])] = f
        if stated is None and f.bound is None:
            notes.append(f"{loc}: {f.value:g} may be rounded to {coarse_step(f.value, f.step):g} (its trailing zeros); "
                         "the precision is left empty so the audit tries both readings")

    # a subject's amounts before its rates that stood alone, so that its series takes its unit from an amount
    for key, figs in sorted(groups.items(), key=lambda kv: kv[0][0] == "text" and kv[0][2]):
        if key[0] == "table" or key in under_tables:
            sid = under_tables.get(key, key[1])
        else:
            subject = key[1]
            if subject not in by_subject:
                kind = "market" if _MARKET.search(subject) else "company"
                sid = _unique(_id_with_part(subject, parts[subject][1] if subject in parts else None), used,
                              f"{source}_figures")
                unit = next((f.unit for f in figs if f.kind in ("amount", "count")), figs[0].unit)
                what = f"figures of {parts[subject][0]!r} of each year" if subject in parts else "figures"
                series_rows.append({"series": sid, "title": subject or f"figures of {doc.name} with no named subject",
                                    "unit": unit, "source": source, "kind": kind,
                                    "description": f"{what} the text states about {subject}", "table_title": None})
                by_subject[subject] = sid
                notes.append(f"{doc.locator(figs[0].page, figs[0].line)}: series {sid!r} groups the {what} the text "
                             f"states about {subject!r} ({kind}); rename or merge as the report means")
            sid = by_subject[subject]
        if sid not in seen:  # once a series: its unit, and the (item, year) pairs it already holds
            units_of[sid] = next(r["unit"] for r in series_rows if r["series"] == sid)
            seen[sid] = {(o["item"], o["year"]) for o in obs_rows if o["series"] == sid}
        series_unit, seen_years = units_of[sid], seen[sid]
        for f in figs:
            loc = doc.locator(f.page, f.line)
            for n in f.notes:
                notes.append(f"{loc}: {n}")
            observable = (key[0] == "text" and f.kind in ("amount", "count") and f.claim in ("value", "count")
                          and f.year is not None and f.unit.split(" ")[0] == series_unit.split(" ")[0])
            if observable and f.bound is None and ((f.item, f.year) not in seen_years or f.central and (
                    sid, f.item, f.year) in ranged):  # "between $410m and $470m …; the midpoint, $440m": the year's
                ranged.discard((sid, f.item, f.year))
                observe(sid, f, loc)
                continue
            if observable and f.bound == "low" and f.threshold and not f.title:
                thresholds.append((sid, f, loc))
            elif observable and f.bound is not None and not f.title:
                if (f.item, f.year) not in seen_years:
                    ranged.add((sid, f.item, f.year))
                seen_years.add((f.item, f.year))  # a range gives the year: a single figure after it is a claim
            kind = f.claim or "value"
            if kind == "growth" and f.start_year is None and f.end_year is None \
                    and (years := dated_last_year(doc.pages[f.page - 1][f.line - 1], published)):
                f.start_year, f.end_year, f.period, f.period_status = *years, 1.0, "stated"
                notes.append(f"{loc}: 'last year' in a text of {published}: the rise of {published - 1}")
            claim({"series": sid, "item": f.item, "kind": kind, "start_year": f.start_year, "end_year": f.end_year,
                   "period_years": f.period, "period": f.period_status, "value": f.value, "unit": f.unit,
                   "step": f.step, "bound": f.bound,
                   "of": f.of, "locator": loc, "note": "; ".join(f.notes) or None})
    for sid, f, loc in thresholds:  # "more than $18 billion": the year's figure where no other figure gives it
        passed = _passed_by(f, obs_rows)
        if passed is not None:
            notes.append(f"{loc}: {f.value:g} {f.unit} is a threshold the {passed['value']:g} {passed['unit']} of "
                         f"{passed['year']} at {passed['locator']} passes: no figure of its own")
        elif (f.item, f.year) not in seen[sid]:
            observe(sid, f, loc)
            notes.append(f"{loc}: {f.value:g} {f.unit} is a threshold the value passes; it stands as the "
                         f"observation of {f.item} {f.year}, which the text gives no closer")
    _forecasts_after(texts, published, obs_rows, notes)
    _forecast_tables_of_their_year(series_rows, published, obs_rows, notes)
    _amounts_of_a_year_not_over(obs_rows, stated_in, doc, published_on, notes)
    _history_before(doc, obs_rows, stated_in, published, notes)
    by_item = defaultdict(list)  # each series' item's observations, in order, for the rates that read them
    for o in obs_rows:
        by_item[(o["series"], o["item"])].append(o)
    _spans_from_the_series(claim_rows, by_item, notes)
    _multiples_by_their_amounts(claim_rows, by_item, notes)
    return _package(doc, source, series_rows, obs_rows, claim_rows, notes)


def _spans_from_the_series(claim_rows: list, by_item: dict, notes: list) -> None:
    """A rate given one end of its span takes the other from its series. A multiple or a CAGR stated only with the
    year it is to be reached by ("to triple by 2030", "sixfold through 2033", "- 2030E: $17.6bn (CAGR 29.1%)") runs
    from the latest year of history its series states (a multiple, where there is none, from its first year): the
    base the text's forecast starts from. A CAGR stated only with its base ("off the 2024 base") runs to the latest
    year its series states, and one stated with neither ("~18% CAGR" under "$14.8 B in 2024" and "$39.5 B by
    2030") from its series' latest year of history to its latest forecast. ``by_item``: each (series, item)'s
    observations."""
    for c in claim_rows:
        if c["kind"] == "cagr" and c["start_year"] is None and c["end_year"] is None:
            held = by_item.get((c["series"], c["item"]), ())
            start = max((o["year"] for o in held if o["status"] == "actual"), default=None)
            end = max((o["year"] for o in held if o["status"] == "estimate"), default=None)
            why = "the latest years of history and forecast its series states"
            if start is None or end is None or end <= start:  # history alone, or forecasts alone: first to last
                start, end = min((o["year"] for o in held), default=None), max((o["year"] for o in held), default=None)
                why = "the first and last years its series states"
            fits = _spans_that_hold(c, held, end) if start is not None and end > start else []
            if fits and start not in fits:  # the span the printed figures allow, where the usual one does not hold
                start, why = fits[-1], "the span over which its series' figures give it"
            if start is not None and end > start:
                c["start_year"], c["end_year"], c["period"] = start, end, "inferred"
                notes.append(f"{c['locator']}: the CAGR {c['value']:g}, of no years, read as from {start} to {end}, "
                             f"{why}")
            continue
        if c["kind"] == "cagr" and c["start_year"] is not None and c["end_year"] is None:  # "off the 2024 base"
            after = [o for o in by_item.get((c["series"], c["item"]), ()) if o["year"] > c["start_year"]]
            if after:
                c["end_year"] = max(o["year"] for o in after)
                notes.append(f"{c['locator']}: the CAGR {c['value']:g} from {c['start_year']} read as to "
                             f"{c['end_year']}, the latest year its series states")
            continue
        if c["kind"] not in ("multiple", "cagr") or c["start_year"] is not None or c["end_year"] is None:
            continue
        before = [o for o in by_item.get((c["series"], c["item"]), ()) if o["year"] < c["end_year"]]
        actual = [o["year"] for o in before if o["status"] == "actual"]
        start = max(actual) if actual else None
        if start is None and c["kind"] == "multiple":
            start = min((o["year"] for o in before), default=None)
        if start is not None:
            c["start_year"], c["period"] = start, "inferred"
            if c["kind"] == "multiple":
                c["period_years"] = float(c["end_year"] - start)
            why = "the latest year of history its series states" if actual else "the first year its series states"
            what = "multiple" if c["kind"] == "multiple" else "CAGR"
            notes.append(f"{c['locator']}: the {what} {c['value']:g} to {c['end_year']} read as from {start}, {why}")


def _spans_that_hold(c: dict, held, end: int) -> list[int]:
    """The first years from which CAGR claim ``c`` holds (exactly or by rounding) to ``end`` over its item's
    observations ``held``, earliest first."""
    from ..growth import reconcile_rate

    at = {o["year"]: o for o in held if o["value"] > 0}
    starts = sorted(y for y in at if y < end)
    if end not in at or not starts or c["value"] <= -100:
        return []

    def step(x, printed):  # an integer's trailing zeros: read as rounded as far as the audit reads them
        return printed if printed is not None else coarse_step(x, 1.0)

    last = at[end]
    verdicts = reconcile_rate(c["value"], [at[y]["value"] for y in starts], last["value"], [end - y for y in starts],
                              rate_step=step(c["value"], c["precision"]), percent=True,
                              start_step=[step(at[y]["value"], at[y]["precision"]) for y in starts],
                              end_step=step(last["value"], last["precision"]))
    return [y for y, v in zip(starts, verdicts) if v != "inconsistent"]


def _multiples_by_their_amounts(claim_rows: list, by_item: dict, notes: list) -> None:
    """A market that "grew by N times" (增长N倍) is N times as large in common use and N + 1 times by the letter;
    where its series states the amounts of both of its years, it takes the reading those amounts give
    (增长2倍 from 120 to 365 is x3; 增长2.3倍 from 38 to 87 is x2.3). ``by_item``: each (series, item)'s
    observations."""
    for c in claim_rows:
        if c["kind"] != "multiple" or EITHER_READING not in (c["note"] or "") or c["start_year"] is None \
                or c["end_year"] is None or c["value"] <= 0:
            continue
        ends = {o["year"]: o["value"] for o in by_item.get((c["series"], c["item"]), ())
                if o["year"] in (c["start_year"], c["end_year"])}
        if len(ends) < 2 or ends[c["start_year"]] <= 0 or ends[c["end_year"]] <= 0:
            continue
        ratio, n = ends[c["end_year"]] / ends[c["start_year"]], c["value"]
        if abs(math.log(ratio / (n + 1))) < abs(math.log(ratio / n)):
            c["value"] = n + 1
            c["note"] = c["note"].replace(EITHER_READING, f"grew by {n:g} times read as x{n + 1:g}, as its amounts "
                                                          f"give x{ratio:.3g}")
            notes.append(f"{c['locator']}: grew by {n:g} times ({c['start_year']}-{c['end_year']}) read as x{n + 1:g}: "
                         f"its amounts give x{ratio:.3g}")


#: a publication date the text states: "Published June 2025", "Report date: 2025-03-10", "2025年3月发布" (not the
#: year a sentence opens on after the word: "…日前发布，2023年全省…")
_PUBLISHED = re.compile(r"(?:" + words(vocabulary.PUBLICATION) + r")\W{0,3}(?:on\s+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
                        r"(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<month>[A-Za-z]{3,9})\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
                        r"(?P<a>(?:19|20)\d{2})(?!\d)(?!\s*年(?!\s*\d{1,2}\s*月))|(?P<b>(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*"
                        r"(?:" + words(vocabulary.PUBLICATION) + r")", re.IGNORECASE)


#: a news item's source and date: "来源：语联研究中心  2025-01-09"
_SOURCE_DATE = re.compile(r"^\s*(?:来源|來源)\s*[:：].{0,60}?((?:19|20)\d{2})\s*[-/年.]\s*\d{1,2}"
                          # "Source: Halvorsen Insight (March 2025)", "Source: Vantrell Research, Jan. 2025", "…, November 1, 2018"
                          r"|^\s*(?:.{0,120}?\.\s+)?Sources?\s*:.{0,80}?\b" + vocabulary.MONTH
                          + r"\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d{2})\b",
                          re.IGNORECASE)


#: a note that names the years a text forecasts: "Figures for 2025-2027 are forecasts", "2025—2027年为预测值"
_FORECAST_YEARS = re.compile(r"(?P<a>(?:19|20)\d{2})\s*(?:-|–|—|~|to|至|到)\s*(?P<b>(?:19|20)\d{2})\s*年?[^.。;；\d]{0,16}?"
                             r"(?:are|is|为|為|均为|均為)\s*(?:forecasts?|estimates?|projections?|projected|forecast|"
                             r"预测|預測|预估|預估)", re.IGNORECASE)


#: a label that names the years a report forecasts, the first of them the forecast's base: "Forecast period: 2025 -
#: 2030", "over the forecast period (2025-2030)", "预测期：2025-2030年"
_FORECAST_PERIOD = re.compile(r"(?:forecast(?:ing)?\s+period|projection\s+period|预测期|預測期)(?:间|間)?\W{0,3}"
                              r"(?P<a>(?:19|20)\d{2})\s*年?\s*(?:-|–|—|~|to|至|到)\s*(?P<b>(?:19|20)\d{2})",
                              re.IGNORECASE)
#: a label that names the last year of a report's history: "Base year for estimation: 2024", "基准年：2024年"
_BASE_YEAR_LABEL = re.compile(r"(?:base\s+year(?:\s+for\s+(?:estimation|the\s+estimates?))?|基准年份?|基準年份?)"
                              r"\s*[:：]\s*(?P<a>(?:19|20)\d{2})", re.IGNORECASE)


#: a whole date on one of a text's first lines, which dates the text: "The Model Week, issue 212, 9 December 2025"
_FULL_DATE = re.compile(r"\b\d{1,2}\s+" + vocabulary.MONTH + r",?\s+(?P<a>(?:19|20)\d{2})\b|\b" + vocabulary.MONTH
                        + r"\s+\d{1,2},\s+(?P<b>(?:19|20)\d{2})\b"
                        r"|(?P<c>(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號]"
                        # a date in numbers, year first: "2025-03-08", "2025/3/8", "2025.03.08"
                        r"|(?<![\d.])(?P<d>(?:19|20)\d{2})(?P<sep>[-/.])(?:0?[1-9]|1[0-2])(?P=sep)(?:0?[1-9]|[12]\d|3[01])(?![\d.])",
                        re.IGNORECASE)  # "EARNINGS CALL, OCTOBER 29, 2025"


#: a month and year with no day, on one of a text's first lines: "Security Buyer, April 2025 — Market watch",
#: "Semiconductor Digest, June 2025 issue", "2025年6月"; not the end or start of a span ("from March 2024", "to June 2025")
_MONTH_YEAR = re.compile(r"(?<!\bto\s)(?<!\bby\s)(?<!\bfrom\s)(?<!\bsince\s)(?<!\buntil\s)(?<!\bthrough\s)\b" + vocabulary.MONTH
                         + r",?\s+(?P<a>(?:19|20)\d{2})\b(?!\s*(?:-|–|—|to)\s*\d)"
                         r"|(?<![\d至到])(?P<c>(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月(?!\s*\d|份?(?:至|到|-|—))", re.IGNORECASE)
#: a month and its year in brackets that open a line: "(2025年2月)", "(March 2025)"
_BRACKETED_MONTH = re.compile(r"\s*[(（【]\s*(?:[\u4e00-\u9fffA-Za-z ]{1,12}[，,、・·/／]\s*)?(?:" + _MONTH_YEAR.pattern
                              + r")\s*(?:[，,、・·/／]\s*[\u4e00-\u9fffA-Za-z ]{1,12})?[)）】]", re.IGNORECASE)  # "（2025年10月，香港）"
#: a tag of a date (and a place) in brackets that opens a line: "【2025年4月8日／台北報導】"
_DATED_TAG = re.compile(r"\s*[【〔][^】〕\d]{0,12}(?:19|20)\d{2}\s*年[^】〕]{0,24}[】〕]")


def _dated_tag_end(line: str) -> int:
    """Where a date in brackets that opens ``line`` ends ("（2025年10月，香港）", "【2025年4月8日／台北報導】", "（香港
    2025年2月20日）", or a byline's month before a dash, "Pellworth & Co., June 2025 — "): its month (or day) is the
    text's date, no part of a year of the figures after it (0 where none opens the line)."""
    m = _DATED_TAG.match(line) or _BRACKETED_DAY.match(line) or _opening_month(line)
    return m.end() if m and m.end() < len(line.rstrip()) else 0


#: a day (and a place, an agency) in brackets that opens a line: "（2025年2月14日，東京）", "（香港 2025年2月20日）",
#: "（中央社首爾2025年3月11日綜合外電報導）", "(2025-05-18)", after a news tag: "【本報訊】（2025年5月8日）"
_BRACKETED_DAY = re.compile(r"\s*(?:[【〔][^】〕\d]{1,12}[】〕]\s*)?[(（][^()（）\d]{0,16}?(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號]"
                            r"|(?:19|20)\d{2}([-/.])\d{1,2}\1\d{1,2})[^()（）\d]{0,16}[)）]")


def _opening_month(text: str) -> re.Match | None:
    """The month (or day) that opens ``text`` as the text's date: in brackets ("(2025年2月)", "（2025年10月，香港）"), as
    a dateline's before a dash ("Pellworth & Co., June 2025 — ", "上海，2025年3月——") or a news lead's ("2025年5月，记者从
    …获悉"); its groups ``a`` or ``c`` hold the year."""
    return (_BRACKETED_MONTH.match(text) or _MONTH_DATELINE.match(text) or _TAGGED_MONTH.match(text)
            or _MONTH_LEAD.match(text) or _ISSUED_IN.match(text))


#: the month in brackets after "today" or "yesterday" in a news lead's first words: "…協會昨日（2025年6月）發表報告"
_TODAYS_MONTH = re.compile(r"[^。；;\d]{0,40}?(?:今日|今天|昨日|昨天|日前|近日)\s*[(（]\s*(?P<a>(?:19|20)\d{2})\s*年\s*"
                           r"(?:1[0-2]|0?[1-9])\s*月\s*[)）](?P<c>)")


#: a heading's words beside its date that may be a figure: a sum, a share, a scale
_HEADING_FIGURE = re.compile(r"[%％$€£¥]|\b(?:billion|million|trillion|bn|mn|USD|EUR|GBP|CNY|RMB|JPY)\b|[亿億万萬元]",
                             re.IGNORECASE)


def _heading_date(text: str, pattern) -> re.Match | None:
    """The date ``pattern`` finds on a short heading line that names no other year and states no sum, share or
    scale beside it: "The Sift, issue #214 (5 May 2025)", "The Compute Cast, episode 112 (recorded 16 April 2025) —
    transcript", "Gamma Wire, July 2025 edition" (its issue or episode number is no figure of a market)."""
    m = pattern.search(text)
    years = {int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", text)}
    if m is None or len(text) > 140 or len(years) != 1 and not (
            # a whole date in brackets that closes a heading of an earlier year's results, the day it was given:
            # "2024年度业绩说明会文字实录（2025年4月26日）", "FY2024 results call (26 February 2025)"
            pattern is _FULL_DATE and re.match(r"\s*[)）]\s*$", text[m.end():]) and re.search(r"[(（]\s*$", text[:m.start()])
            and max(years) == _date_year(m)):
        return None
    rest = text[:m.start()] + text[m.end():]
    return None if _HEADING_FIGURE.search(rest) or re.search(r"[.。!?！？]\s+[^\s—–-]", rest) \
        or _PERIOD_ENDS.search(text, 0, m.start()) else m  # "…? — answer by"


#: the words before a date that ends the period a report covers, not the day it was written: "(year ended 30 June
#: 2024)", "for the six months to 30 September 2025", "截至2024年6月30日止年度"
_PERIOD_ENDS = re.compile(r"\b(?:year|months?|period|quarter|half|weeks?)\s+(?:ended|ending|to|through)\s*(?:\d{1,2}\s*)?$"
                          r"|(?:截至|截止)\s*$",
                          re.IGNORECASE)


def _date_year(m: re.Match) -> int:
    """The year of a date one of the date patterns found: its first group of digits."""
    return int(next(g for g in m.groups() if g and g.isdigit()))


#: a place in brackets before the day an event was held there: "Investor Day (New York, 12 November 2024)"
_PLACE_AND_DAY = re.compile(r"\(\s*[A-Z][\w.&'’\- ]{1,30},\s*$")


#: a reporter's name in brackets before a news lead's date, or nothing: "（记者 李晓帆）", "(本報記者 陳怡君)"
_REPORTER_TAG = re.compile(r"\s*(?:[(（]\s*(?:本报|本報)?(?:记者|記者)[^()（）\d]{0,20}[)）])?\s*")


#: the label of a page's date before it: "Date:", "Posted on", "Updated", "日期：", "发布时间："
_DATE_FIELD = re.compile(r"\s*(?:date|dated|posted(?:\s+on)?|published(?:\s+on)?|updated(?:\s+on)?|日期|发布日期|發布日期|"
                         r"发布时间|發布時間|时间|時間)\s*[:：]?\s*", re.IGNORECASE)


#: a word of posting right before a date, anywhere on a heading line: "答（发布于2025-05-18 · …）", "Posted on 3 Feb 2025"
_POSTED_ON = re.compile(r"(?:发布于|發布於|發佈於|发表于|發表於|编辑于|編輯於|更新于|更新於|\b(?:posted|published|updated)(?:\s+on)?)"
                        r"\s*[:：]?\s*$", re.IGNORECASE)


#: a page's label over its story that says what kind of item it is, no heading: "ADVERTISEMENT", "Sponsored", "广告"
_KICKER = re.compile(r"\s*(?:advertisement|advert|sponsored(?:\s+content)?|promoted|paid\s+post|advertorial|广告|廣告|推广|推廣)"
                     r"\s*", re.IGNORECASE)


def publication_year(texts: list[str]) -> int | None:
    """The year a text's lines (``texts``, normalised) say it was published, if they say so: a publication date, a
    dateline, or a whole date on one of its first three lines."""
    return (publication_date(texts) or (None, None))[0]


#: a footnote under a text, by its mark: "(1) Harlow & Pike Research, October 2024.", "[2] …", "¹ …", "† …"
_FOOTNOTE_LINE = re.compile(r"\s*(?:[(\[]\d{1,2}[)\]]|\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹]|†)\s*[A-Z\u4e00-\u9fff]")


def publication_date(texts: list[str]) -> tuple[int, int | None] | None:
    """The year and month (``None`` where it names none) a text's lines say it was published: see
    :func:`publication_year`."""
    heading = [t for k, t in enumerate(texts) if t.strip() and not _KICKER.fullmatch(t)
               and not (k and _FOOTNOTE_LINE.match(t))][:3]  # a footnote's source and its date are no heading's
    for text in [t for t in texts if t.strip()][:6]:  # a forum post's time field, under its author, board and title
        # lines: "時間 Tue Jan 14 21:37:05 2025", "Date: Mon Mar 3 09:12 2025"
        if m := _POST_TIME.match(text):
            return int(m.group("y")), month_of(m.group("mon"))
    for text in heading:  # a line of its own, or a date that opens its line and ends at a stop ("Interview, 2 May 2025.")
        # or a news tag ("2025年6月12日【本報訊】", "【記者…報導】2025/05/13")
        m = _FULL_DATE.search(text, 0, 120)
        if m and (not states_a_figure(text[:m.start()] + text[m.end():])
                  or re.match(r"\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:$|(?:来源|來源|source)\s*[:：]|[【〔])|[.:：—–]|--|-\s|$|[【〔]|[(（]?\s*(?:记者|記者)|(?:本报|本報|本网|本網)?(?:讯|訊|电|電)"
                              r"|[／/][^，,。／/]{1,16}?(?:报道|報導))"  # "2025年2月18日／台北報導 —"
                              r"|\s*\([^()\d]{1,40}\)\s*$", text[m.end():])  # "February 26, 2025 (prepared remarks)"
                  or _SPOKEN_AT.match(text, m.end())  # "——2025年1月16日在…第四次会议上。": the day a speech was made
                  or (b := _PLACE_AND_DAY.search(text, 0, m.start())) and re.match(r"\s*\)", text[m.end():])
                  and not _HEADING_FIGURE.search(text, 0, b.start())  # "2024 Investor Day (New York, 12 November 2024)"
                  or re.search(r"[(（]\s*$", text[:m.start()]) and (
                      re.match(r"\s*[)）]\s*(?:[:：]|据|據)", text[m.end():])
                      or re.fullmatch(r"\s*(?:[,，、]\s*[\u4e00-\u9fffA-Za-z .]{1,16})?[)）]\s*", text[m.end():]))
                  # a title's date in brackets before the colon (or the source) that opens its text: "深度报告（2025年1月
                  # 20日）：我们测算", "…到“算配方”(2024年12月30日)据…研究院测算", or that closes its line, a place after
                  # it: "…業績發布會實錄(2025年3月27日,香港)"
                  or re.fullmatch(r"\s*[【〔][^】〕]{1,30}[】〕]\s*", text[:m.start()])  # "【記者林志豪／台北報導】2025/05/13"
                  or re.fullmatch(r"\s*【[^】\d]{0,12}", text[:m.start()]) and re.match(r"[^】]{0,20}】", text[m.end():])
                  # "【2025年4月8日／台北報導】", "【北京，2025年6月25日】": the date in the tag
                  or re.fullmatch(r"\s*(?:[\u4e00-\u9fff]{2,12}(?:讯|訊|电|電)|[(（][\u4e00-\u9fff]{2,12}(?:讯|訊|电|電)[)）])\s*"
                                  r"(?:[(（][^()（）\d]{1,20}[)）]\s*)?", text[:m.start()])
                  # "证券时报网讯 2025年4月9日", "本报讯（记者 周航）2025年4月16日，", "（本報訊）2025年2月20日"
                  or _DATE_FIELD.fullmatch(text[:m.start()])  # "Date: 2020-11-23", "Posted on 2020-11-23 10:15"
                  or re.match(r"\s*[|｜]", text[m.end():]) and "|" not in text[:m.start()]  # "經濟日報 2025/09/03｜…"
                  or _POSTED_ON.search(text[max(0, m.start() - 16):m.start()])  # "答（发布于2025-05-18 · 1.2万人赞同）"
                  or _REPORTER_TAG.fullmatch(text[:m.start()]) and re.match(
                      r"\s*[，,]\s*(?:在|据|據|记者|記者|[\u4e00-\u9fff]{2,})", text[m.end():])  # a news lead: "2025年3月
                  # 12日，在…上", after its reporter's name: "（记者 李晓帆）2025年6月18日，记者从业内获悉"
                  or re.search(r"(?:^\s*(?:[【〔][^】〕]{1,30}[】〕]|[\u4e00-\u9fff]{2,6}(?:讯|訊))?|今日|今天|今|本日|昨日|昨天|\btoday|\byesterday|报道|報導|讯|訊"
                               r"|第\s*\d{1,4}\s*[期号號])"  # an issue's number: "研究简报 2025年第7期（2025年3月18日）"
                               r"\s*[(（]\s*(?:[^()（）\d]{0,12}?(?:记者|記者)[^()（）\d]{0,12}|[\u4e00-\u9fff]{2,10}[\s，,]*)?$",
                               text[:m.start()], re.IGNORECASE)
                  and re.match(r"\s*(?:[^()（）\d]{1,24})?[)）]", text[m.end():])):  # "（2025年4月17日）", "…局今日
                # （2025年6月12日）公布", "記者林怡君／台北報導（2025年6月10日）", "【本報訊】（2025年4月2日）", "（遠景日報記者／台北
                # 2025年5月20日）", the outlet or reporter after it: "（2025/05/20 經貿日報記者陳怡君）", "（2025年2月11日 科技評論）",
                # the place or the outlet before it: "（香港 2025年2月20日）", "（香港經濟日報訊 2025年10月14日）"
            return int(m.group("a") or m.group("b") or m.group("c") or m.group("d")), month_of(m.group(0))
    for text in heading:  # a month in brackets that opens a line: "(2025年2月)寶島…研究所估計", "(March 2025) The market"
        # or a dateline's, or a news lead's (:func:`_opening_month`), or the month after a lead's "yesterday"
        if (m := _opening_month(text) or _TODAYS_MONTH.match(text)) is not None:
            return int(m.group("a") or m.group("c")), month_of(m.group(0))
    for pattern in (_FULL_DATE, _MONTH_YEAR):  # a heading's date beside its title, issue or episode number
        for text in heading:
            if m := _heading_date(text, pattern):
                return _date_year(m), month_of(m.group(0))
    for text in texts:
        m = _PUBLISHED.search(text)
        if m:  # "First Published: Mon, April 08 2019": with its month where it names one
            month = m.group("month") and re.fullmatch(vocabulary.MONTH, m.group("month"), re.IGNORECASE)
            return int(m.group("a") or m.group("b")), month_of(m.group("month")) if month else None
        year = dateline_year(text)
        if year is None and (m := _SOURCE_DATE.match(text)):
            k = 1 if m.group(1) else 2  # the month after a year in numbers, before a year in words
            return int(m.group(k)), month_of(text[m.start(k):m.end()] if k == 1 else text[max(0, m.start(k) - 14):m.end(k)])
        if year is not None:
            return year, dateline_month(text)
    for text in texts:  # at last, the day a statement was made: "…, Hedgerow Consumer Data said on 12 February 2025."
        if m := _SAID_ON.search(text):
            return int(m.group("y") or m.group("y2") or m.group("y3")), month_of(m.group(0))
    for text in heading:  # or the month a news lead opens on, as the time of its release: "2025年2月，…委员会发布年度观察："
        if m := _RELEASED_IN.match(text):
            return int(m.group(1)), int(m.group(2))
    for text in heading:  # or the year a lead calls this year or last, in brackets: "今（2025）年5月公布", "去（2024）年"
        if m := _THIS_YEAR_IS.search(text):
            since = {"今": 0, "去": 1, "前": 2}[m["which"]]  # the text's year, the year after, two years after
            return int(m["y"]) + since, int(m["m"]) if m["m"] and not since else None
    for text in [t for t in texts if t.strip()][-1:]:  # or a whole date that closes the text: "… agencies.
        # (2025.06.18)", or its signature line: "Catherine Ashdown, Chair, 12 March 2025", or a post's footer: "编辑于
        # 2025-03-12 上海"
        if (m := _CLOSING_DATE.search(text)) or (m := _SIGNED_ON.search(text)) and len(text) <= 100 \
                and not states_a_figure(text[:m.start()]) \
                or (m := _FULL_DATE.search(text)) and len(text) <= 60 and _POSTED_ON.search(text[:m.start()]):
            return _date_year(m), month_of(m.group(0))
    for text in heading:  # or the results of a part of a year a heading names: given after that part ends
        if m := _RESULTS_OF_A_PART.search(text):
            part = m["cn"] or m["en"]
            return int(m["y"] or m["y2"]), next((month for word, month in _AFTER_THE_PART if word.match(part)), 7)
    return None


#: a heading of the results of a part of a year, and the part: "2025年半年度业绩说明会", "Q3 2025 earnings call", "H1 FY2025
#: results" (a fourth quarter's are given in the next year, with the whole year's)
_RESULTS_OF_A_PART = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*年?\s*(?P<cn>第一季度|一季度|首季|半年度|中期|上半年|第二季度|二季度|前三季度|第三季度|三季度)"
    r"\s*(?:业绩|業績)|\b(?P<en>Q[123]|first[- ]quarter|H1|first[- ]half|half[- ]year|interim|second[- ]quarter|"
    r"third[- ]quarter|nine[- ]months?)\s+(?:FY\s?)?(?P<y2>(?:19|20)\d{2})\s+(?:results|earnings)\b", re.IGNORECASE)
#: the month after a part of a year ends, as :data:`_RESULTS_OF_A_PART` names it: its first quarter's, its half's
_AFTER_THE_PART = ((re.compile(r"第一季度|一季度|首季|Q1|first[- ]quarter", re.IGNORECASE), 4),
                   (re.compile(r"前三季度|第三季度|三季度|Q3|third[- ]quarter|nine", re.IGNORECASE), 10))


#: a whole date, alone or in brackets, that closes a text's last line: "(2025.06.18)", "— 12 June 2025"
#: the date that closes a signature line, after a comma: "Catherine Ashdown, Chair, 12 March 2025"
_SIGNED_ON = re.compile(r",\s*(?:" + _FULL_DATE.pattern + r")\s*[.。]?\s*$", re.IGNORECASE)
_CLOSING_DATE = re.compile(r"(?:[(（]|^|\s(?:—|–|--)\s*)\s*(?:" + _FULL_DATE.pattern + r")\s*[)）]?\s*[.。]?\s*$", re.IGNORECASE)


#: a forum post's time field, the day, month, time and year of a C library's clock: "時間 Tue Jan 14 21:37:05 2025"
_POST_TIME = re.compile(r"\s*(?:時間|时间|date:?|posted:?)\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+(?P<mon>"
                        + vocabulary.MONTH + r")\s+\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?P<y>(?:19|20)\d{2})\s*$",
                        re.IGNORECASE)


#: a name (or a tag) and a month (or a day) before a dash that opens a line, as a dateline: "Pellworth & Co., June
#: 2025 — ", "上海，2025年3月——", "【香港訊】2025年5月8日——"
_MONTH_DATELINE = re.compile(r"\s*(?:[^,，。:：;；\d]{2,60}[,，]|[【〔][^】〕\d]{1,30}[】〕])"
                             r"\s*(?:(?:\d{1,2}\s+)?" + vocabulary.MONTH
                             + r"\s+(?:\d{1,2},\s+)?(?P<a>(?:19|20)\d{2})"
                             # or a Chinese one: "上海，2025年3月——", "【香港訊】2025年5月8日——"
                             r"|(?P<c>(?:19|20)\d{2})\s*年\s*(?:1[0-2]|0?[1-9])\s*月(?:\s*\d{1,2}\s*日)?)\s*(?:—|–|--)")


#: a news tag, then a month (or a day) that closes the line or opens a clause of no figure: "【本報訊】2025年2月 香港…聯會
#: 最新報告指，", "【华屿证券｜教育行业深度报告】2025年6月" (not "【快讯】2024年12月全国…销量达120万辆", "【快讯】2024年12月，全国…",
#: a month the figures are of), or a day before a space or a comma, the story's: "【記者林柏宏／台北報導】2025年3月18日 去年…"
_TAGGED_MONTH = re.compile(r"\s*[【〔][^】〕\d]{1,30}[】〕]\s*(?P<a>)(?P<c>(?:19|20)\d{2})\s*年\s*(?:1[0-2]|0?[1-9])\s*月"
                           r"(?:\s*\d{1,2}\s*[日号號](?=\s|[，,])"
                           r"|(?:\s*\d{1,2}\s*日)?(?=\s*$|\s*[^，,。；;:：\d\s][^，,。；;:：\d]*[，,。；;:：]))")


#: a month that opens a news lead, then who reports or what was held then: "2025年5月，记者从…获悉", "2025年4月，…推进会在
#: 苏禾市召开" (not "2024年12月，全国…销量达…", a month the figures are of)
_MONTH_LEAD = re.compile(r"\s*(?P<a>)(?P<c>(?:19|20)\d{2})\s*年\s*(?:1[0-2]|0?[1-9])\s*月\s*[，,]"
                         r"(?=[^，,。；;\d]{0,40}(?:记者|記者|获悉|獲悉|发布|發布|召开|召開|举行|舉行|举办|舉辦|公布|印发|印發|报道|報導))")


#: a body that opens a text, the month it issued it and the verb of issuing: "省体育局2025年6月通报：", "市统计局2025年3月
#: 发布数据显示，" (the month of a notice, not of its figures)
_ISSUED_IN = re.compile(r"\s*[\u4e00-\u9fff]{2,16}?(?P<a>)(?P<c>(?:19|20)\d{2})\s*年\s*(?:1[0-2]|0?[1-9])\s*月"
                        r"(?:\s*\d{1,2}\s*日)?\s*(?:通报|通報|发布|發布|公布|印发|印發|披露|宣布)")


#: this year or last named with its number in brackets: "今（2025）年5月", "去（2024）年"
_THIS_YEAR_IS = re.compile(r"(?P<which>[今去前])\s*[（(]\s*(?P<y>(?:19|20)\d{2})\s*[）)]\s*年(?:\s*(?P<m>1[0-2]|0?[1-9])\s*月)?")


#: the place a speech was made at, after its date: "2025年1月16日在滨城市第十七届人民代表大会第四次会议上。", "（2025年3月5日在…上的讲话）"
_SPOKEN_AT = re.compile(r"\s*在[^。，,；;：:]{2,50}?(?:上|时|時)(?:的?(?:讲话|講話|报告|報告|发言|發言|致辞|致辭))?\s*(?:[。.）)]|$)")
#: a month and its year opening a line whose first clause releases something: "2025年2月，教育智能硬件专业委员会发布年度观察"
_RELEASED_IN = re.compile(r"\s*((?:19|20)\d{2})\s*年\s*(1[0-2]|0?[1-9])\s*月\s*[，,]\s*[^，,。；;：:]{0,40}?"
                          r"(?:发布|發布|公布|发表|發表|披露|出炉|出爐)")


#: the whole date a text's statement was made on: "said on 12 February 2025", "announced on March 3, 2025"
_SAID_ON = re.compile(r"\b(?:(?:said|says|announced|reported|stated|told\s+(?:[a-z]+\s+){1,3}?)\s*(?:in\s+a\s+(?:statement|release)\s+)?on"
                      # or the day of the event it was said at: "At its investor day in London on 12 November 2025",
                      # "On Lumora Optics' fourth-quarter earnings call on 6 February 2025"
                      r"|\b(?:at|during|on)\s+(?:its|their|his|her|a|an|the|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}['’]s?)\s+"
                      r"(?:[\w'-]+\s+){1,4}?"
                      r"(?:(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+)?(?:held\s+)?on"
                      # or a call or meeting named with its day, whatever verb leads to it: "used its fourth-quarter
                      # call on 20 February 2025"
                      r"|\b(?:its|their|the)\s+(?:[\w'-]+\s+){0,3}(?:call|conference|briefing|presentation|webcast|"
                      r"investor\s+day|capital\s+markets\s+day|meeting)\s+on"
                      # or the date of its report: "in its annual market report of 10 July 2025", "a release dated …"
                      r"|(?:report|release|statement|bulletin|update|survey)\s+(?:of|dated)"
                      # or the day it came out, where: "published in Manchester on 11 February 2025", "released on"
                      r"|\b(?:published|released|issued)\s+(?:in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+)?on)\s+"
                      r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+" + vocabulary.MONTH + r"|"
                      + vocabulary.MONTH + r"\s+\d{1,2},)\s+(?P<y>(?:19|20)\d{2})\b"
                      # the day a briefing was held: "国家数据局2025年3月28日举行新闻发布会", "于2025年1月9日召开"
                      r"|(?P<y2>(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:上午|下午)?\s*(?:举行|舉行|召开|召開|举办|舉辦)"
                      r"[^，,。；;]{0,12}(?:发布会|發布會|记者会|記者會|新闻|新聞)"
                      # or the month a report or plan came out, or a meeting it was given at was held, in: "匯嶺證券2025年4月發表報告
                      # 指出", "…2025年3月印发的行动方案提出", "在2025年1月召开的市人大会议上作政府工作报告"
                      r"|(?P<y3>(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:发布|發布|发表|發表|公布|印发|印發|召开|召開|举行|舉行)",
                      re.IGNORECASE)


def _forecasts_after(texts: list[str], published: int | None, obs_rows: list, notes: list) -> None:
    """Figures of years after the publication year (or, when the text states none, after this year) are forecasts,
    whatever the text's verbs say: no report can state a year that has not ended as history."""
    import datetime

    horizon = published if published is not None else datetime.date.today().year
    why = f"the text's publication year, {published}" if published is not None else \
        f"this year, {horizon} (the text states no publication date)"
    _as_estimates([r for r in obs_rows if r["year"] > horizon], notes, f"of years after {why}, marked as estimates")
    said = [(int(m.group("a")) + after, int(m.group("b")) if m.groupdict().get("b") else None, m.group(0).strip())
            for text in texts for pattern, after in ((_FORECAST_YEARS, 0), (_FORECAST_PERIOD, 1), (_BASE_YEAR_LABEL, 1))
            for m in pattern.finditer(text)]
    # "Figures for 2025-2027 are forecasts", "2025—2027年为预测值"; after its base, "Forecast period: 2025 - 2030";
    # after "Base year for estimation: 2024"
    for first, last, words in said:
        years = f"of {first}-{last}" if last is not None else f"after {first - 1}"
        _as_estimates([r for r in obs_rows if first <= r["year"] <= (last or r["year"])], notes,
                      f"{years} marked as estimates: the text says {words!r}")


#: a table caption that names a forecast: "Spending Forecast by Segment, 2024-2026", "市场规模预测"
_FORECAST_CAPTION = re.compile(r"\b(?:forecasts?|outlook|projections?)\b|预测|預測|展望", re.IGNORECASE)


def _forecast_tables_of_their_year(series_rows: list, published: int | None, obs_rows: list, notes: list) -> None:
    """A forecast table's column of the year it was published is an estimate: "Spending Forecast ..., 2024-2026"
    with "Source: ... (March 2025)" under it gives 2025 before the year was over."""
    if published is None:
        return
    tables = {r["series"] for r in series_rows if _FORECAST_CAPTION.search(r.get("table_title") or "")}
    _as_estimates([r for r in obs_rows if r["series"] in tables and r["year"] == published], notes,
                  f"of {published}, the year a forecast table was published, marked as estimates")


#: words of a figure's sentence that make its year no calendar year still running: a fiscal year (which may have
#: ended before the text's date: "fiscal 2025", "FY25", "2025财年", "2024年度"), or the present ("today", "目前")
_NOT_A_YEAR_RUNNING = re.compile(r"\bfiscal\b|\bFY\s?'?\d|财年|財年|财政年度|財政年度|年度|\btoday\b|\bcurrently\b|\bat present\b|"
                                 r"目前|当前|當前|现时|現時", re.IGNORECASE)


def _amounts_of_a_year_not_over(obs_rows: list, stated_in: dict, doc, published_on, notes: list) -> None:
    """A figure a sentence gives for the year a text is dated in, before that year's December, is an estimate: the
    year is not over ("Posted 11 Feb 2026 … Tallis's base case for 2026 is $2.1B", "5 May 2025 … €0.9 billion for
    2025"), unless its sentence speaks of a fiscal year, which may have ended already, or of the present, or its table
    marks which of its columns are estimates."""
    if not published_on or published_on[1] is None or published_on[1] >= 12:
        return
    rows = []
    for r in obs_rows:
        f = stated_in.get(id(r))
        if r["year"] != published_on[0] or r["status"] != "actual":
            continue
        if f is None:  # a table's, unless it marks the columns of its estimates ("FY24 | FY25E"): the rest are history
            if not r.get("marked"):
                rows.append(r)
            continue
        line = _line_of(doc, f)
        cut = SENTENCE.search(line, f.end)  # where its sentence ends, as the line was cut into sentences
        if not _NOT_A_YEAR_RUNNING.search(line, f.sentence, cut.start() if cut else len(line)):
            rows.append(r)
    _as_estimates(rows, notes, f"of {published_on[0]}, a year not over when the text was dated "
                               f"({published_on[0]}-{published_on[1]:02d}), marked as estimates")


def _history_before(doc, obs_rows: list, stated_in: dict, published: int | None, notes: list) -> None:
    """A figure of a year before the text's, set after a forecast of the text's year or later in its sentence, is
    history, not part of the forecast its sentence's cue governs: "It expects revenue to grow 7.4% this year to $1,082
    billion, after advertisers spent $1,007 billion in 2024" (a text of 2025), "will spend $33.4 billion this year …
    nearly 2.5 times the $13.4 billion of 2020"; so is one whose only forecast's word before it in its sentence names
    the forecast it is quoted from ("In its annual outlook, Tessaro said the market reached $280 billion in 2024"). A
    year marked as an estimate ("2024E") stays one."""
    if published is None:
        return
    forecasts = {}  # each sentence's first forecast of the text's year or later: where it stands
    for r in obs_rows:
        f = stated_in.get(id(r))
        if f is not None and r["status"] == "estimate" and r["year"] >= published:
            where = (f.page, f.line, f.sentence)
            forecasts[where] = min(forecasts.get(where, f.pos), f.pos)
    changed = []
    for r in obs_rows:
        f = stated_in.get(id(r))
        if (f is not None and r["status"] == "estimate" and r["year"] < published and not f.estimate_cue
                and (forecasts.get((f.page, f.line, f.sentence), f.pos) < f.pos or _quoted_from_a_forecast(doc, f))):
            r["status"] = "actual"
            changed.append(r)
    if changed:
        notes.append(f"{len(changed)} figure(s) of years before {published}, after a forecast in their sentence or "
                     "quoted from one, read as history")


def _quoted_from_a_forecast(doc, f) -> bool:
    """Whether the one forecast's word before ``f`` in its sentence names the document it is quoted from ("In its
    annual outlook, Tessaro said the market reached $280 billion in 2024", "在年度展望中表示，2024年…达到2,800亿元")."""
    line = _line_of(doc, f)
    lo = max(f.sentence, f.pos - 300)  # the words a cue governs a figure from (as :mod:`.prose` reads them)
    return bool(REPORT_WORD.search(line, lo, f.pos)) and any(forecast_cues(line, lo, f.pos)) \
        and not any(forecast_cues(line, lo, f.pos, reports=False))


def _as_estimates(rows: list, notes: list, what: str) -> None:
    """The observations among ``rows`` that are history become estimates, and a note says how many and ``what``
    made them so ("... figure(s) of years after the text's publication year, 2025, marked as estimates")."""
    changed = [r for r in rows if r["status"] == "actual"]
    for r in changed:
        r["status"] = "estimate"
    if changed:
        notes.append(f"{len(changed)} figure(s) {what}")


def _rescaled(value: float, ratio: float) -> float:
    """A printed figure in another scale of its unit, to the digits it has: 410 billion is 0.41 trillion, not
    0.41000000000000003."""
    return value if ratio == 1 else float(f"{value * ratio:.12g}")


def _passed_by(f: Figure, obs_rows: list) -> dict | None:
    """A whole's observation of the threshold ``f``'s year in its currency that passes it by less than half again
    ("exceeding USD 600 billion in annual sales" beside "sales in 2024 totaled USD 627.6 billion"), if any: the text's
    own figure, of which the threshold is a rounding down."""
    if f.kind != "amount":
        return None  # counts of other things than the whole's may share its unit
    currency = f.unit.partition(" ")[0]
    for o in obs_rows:
        if o["year"] == f.year and o["item"] == "Total" and o["unit"].partition(" ")[0] == currency:
            value = o["value"] * _scale(o["unit"]) / _scale(f.unit)
            if f.value <= value < 1.5 * f.value:
                return o
    return None


def _scale(unit: str) -> float:
    return _SCALE_NAMES.get(unit.partition(" ")[2], 1.0)


def _stated(value: float, step: float) -> float | None:
    """The precision to write for a printed number: its step, or none when an integer's trailing zeros may
    be rounding (9750), so that the audit reads it both ways."""
    return step if coarse_step(value, step) == step else None


def _table_name(title: str) -> str:
    """The name of a table's series in its title: "Table 2: Global AI in telecom networks (USD billion)" names "Global
    AI in telecom networks"."""
    return re.sub(r"[(（][^()（）]*[)）]|单位|單位|\bunits?\b|^\s*(?:table|figure|exhibit|chart|图表|圖表|表|图|圖)\s*"
                  r"(?:\d+(?:[.-]\d+)*\s*[.:：]?|[:：])|"
                  # a span of years with its forecast's mark: "2020-2025E年", "2022-2028F"
                  r"(?:19|20)\d{2}\s*[AEFP]?\s*[-–~至到]\s*(?:19|20)?\d{2}(?:\s?[AEFP](?![A-Za-z]))?\s*年?", " ",
                  _HIGHLIGHTS.sub(" ", title), flags=re.IGNORECASE)


def _table_series(doc, t: Table, source, used, series_rows, obs_rows, claim, notes) -> list:
    """A table's series (one, or one for each unit its rows state), observations and CAGR claims; returns (series,
    item, year, value in units, unit, currency) for each value, to link the text's restatements to."""
    rows_in_their_own_scale(t)
    name = _table_name(t.title)
    where = doc.locator(t.page, t.header_line)
    title = t.title or f"Table at {where}"
    what = ""
    if t.parts:  # one part of each year the table's columns hold: "… (Q2)", as a sentence's figures of a part are
        title, what = f"{title} ({t.parts[0]})", f"figures of {t.parts[0]!r} of each year, "
        name = f"{name} {t.parts[0]}"  # a series of each part, a table of shares' too
    if t.currency is None and not any(r.get("unit") for r in t.rows):
        notes.append(f"{where}: no currency or unit printed with table {title!r}; its values are read as plain "
                     f"numbers ({t.unit})")
    notes += [f"{where}: {n}" for n in t.notes]
    seen: dict = {}
    for r in t.rows:  # a label printed twice names two rows: "Service" and "Service (2)", each with its figures
        key = (r["label"], r.get("unit"))  # "合計" and "合計（億美元）" are one total in two units, two series
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            notes.append(f"{doc.locator(r['page'], r['line'])}: a second row labelled {r['label']!r}: read as "
                         f"{r['label']} ({seen[key]})")
            r["label"] = f"{r['label']} ({seen[key]})"
    labels = [r["label"] for r in t.rows]
    if t.parents:
        notes.append(f"{where}: hierarchy of {title!r} inferred from its sums: "
                     + "; ".join(f"{labels[p]} = {' + '.join(labels[c] for c, q in t.parents.items() if q == p)}"
                                 for p in sorted(set(t.parents.values()))))
    if t.rows and (all(r.get("percents") for r in t.rows)  # a table of shares only ("市场份额（按收入计）")
                   or t.noun == "percent"):  # "Share of revenue by region (%)"
        return _shares_table(doc, t, name, title, where, source, used, series_rows, claim, notes)
    by_unit: dict = {}  # rows that state units of their own ("Revenue (USD million)") make a series of each unit
    for i, r in enumerate(t.rows):
        by_unit.setdefault(r.get("unit") or (t.unit, t.currency), []).append(i)
    values = []
    kept = {i for i, r in enumerate(t.rows) if any(v is not None and v > 0 for v in r["values"])}

    def parent_of(i):  # the nearest kept ancestor: a row with no positive value is left out, so parents no child
        p = t.parents.get(i)
        while p is not None and p not in kept:
            p = t.parents.get(p)
        return p

    # the row whose share is 100%: the whole of the rows whose sums name no parent ("全国 5,740 100.0%")
    whole = next((labels[i] for i, r in enumerate(t.rows)
                  if any(abs(v - 100) < 1e-9 for v, *_ in r.get("shares", []))), None)
    for (unit, currency), rows in by_unit.items():
        group = _group_label(t, rows, labels, unit) if len(by_unit) > 1 else None
        own = f"{name} {group}" if group else name
        kept_whole = " ".join(filter(None, (t.parts[0] if t.parts else None, group))) or None
        sid = _unique(_id_with_part(own, kept_whole), used,
                      f"{source}_table")  # from its caption, less labels, units and spans
        series_rows.append({"series": sid, "title": f"{title}: {group}" if group else title,
                            "unit": unit, "source": source, "kind": "market",
                            "description": f"{what}a table of {len(t.rows)} rows found at {where}",
                            "table_title": t.title or None})
        for i in rows:
            p = parent_of(i)
            values += _table_row(doc, t, t.rows[i], sid, unit, currency, None if p is None else labels[p], source,
                                 obs_rows, claim, notes, whole)
    return values


def _shares_table(doc, t: Table, name, title, where, source, used, series_rows, claim, notes) -> list:
    """A table whose every figure is a percent: each row's share of the market its caption names, a claim of each
    year; a row of 100% in every year is the whole, no claim. It has no observations."""
    sid = _unique(series_id(name), used, f"{source}_table")
    series_rows.append({"series": sid, "title": title, "unit": "percent", "source": source, "kind": "market",
                        "description": f"a table of shares, {len(t.rows)} rows, found at {where}",
                        "table_title": t.title or None})
    for r in t.rows:
        printed = [v for v in r["values"] if v is not None]
        if printed and all(abs(v - 100) < 1e-9 for v in printed):
            continue
        for (year, _), v, step in zip(t.years, r["values"], r["steps"]):
            if v is not None:
                claim({"series": sid, "item": r["label"], "kind": "share", "start_year": year, "end_year": year,
                       "period_years": None, "period": None, "value": v, "unit": "percent", "step": step,
                       "bound": None, "of": None, "locator": doc.locator(r["page"], r["line"]),
                       "note": f"a table of shares: {r['label']}'s share in {year}"})
    notes.append(f"{where}: every figure of {title!r} is a percent: read as shares, no amounts")
    return []


def _group_label(t: Table, rows: list, labels: list, unit: str) -> str:
    """What names the series of a table's ``rows`` in one ``unit`` among rows of other units: the row's own label
    where it stands alone ("Revenue (USD million)"), the whole's where one of them adds up the others or is named a
    total, else the unit ("United States" and "Global" in USD beside Japan in JPY)."""
    if len(rows) == 1:
        return labels[rows[0]]
    wholes = [i for i in rows if i in t.parents.values() or TOTAL_LABEL.search(labels[i])]
    return labels[wholes[0]] if wholes else unit


def _table_row(doc, t: Table, r: dict, sid, unit, currency, parent, source, obs_rows, claim, notes, whole=None) -> list:
    """One row's observations and claims (its CAGR column, its change and share columns: a share is of the row's
    parent, else of the ``whole`` row, else of a whole the table does not print); returns its values for linking."""
    loc = doc.locator(r["page"], r["line"])
    marked = any(e for _, e in t.years)  # the table marks which of its columns are estimates
    values = []
    for k, ((year, est), v, step) in enumerate(zip(t.years, r["values"], r["steps"])):
        at = doc.locator(r["page"], r["lines"][k]) if r.get("lines") else loc  # a table of years as rows: its year's line
        if v is None:
            notes.append(f"{at}: {r['label']} {year} is not printed (an empty or 'n/a' cell); left out")
            continue
        if v <= 0:
            notes.append(f"{at}: {r['label']} {year} is {v:g}, not a positive amount; left out")
            continue
        obs_rows.append({"series": sid, "item": r["label"], "parent": parent, "year": year, "value": v, "unit": unit,
                         "status": "estimate" if est else "actual", "source": source, "locator": at,
                         "precision": _stated(v, step), "marked": marked})
        values.append((sid, r["label"], year, v * _scale(unit), unit, currency))
    changes = [("growth", "percent", c) for c in r.get("changes", [])] \
        + [("multiple", "multiple", c) for c in r.get("multiples", [])]  # "2x", "翻倍"
    for kind, rate_unit, (value, step, *span) in changes:  # a "Change" or "y/y" column: growth over the year before
        ys = sorted(y for y, _ in t.years)  # over the latest year column's before it, else over the year before it
        start, end = span or (ys[-2] if len(ys) > 1 else ys[-1] - 1, ys[-1])
        claim({"series": sid, "item": r["label"], "kind": kind, "start_year": start, "end_year": end,
               "period_years": float(end - start), "period": "stated", "value": value, "unit": rate_unit,
               "step": step, "bound": None, "of": None, "locator": loc,
               "note": f"change column of the table, {start} to {end}"})
    of = parent or r.get("share_of") or (whole if whole != r["label"] else None)
    for value, step, year in r.get("shares", []) if of is not None or whole is None else ():  # not the whole's own 100%
        year = year or max(y for y, _ in t.years)  # the year its header states, else the latest year's
        claim({"series": sid, "item": r["label"], "kind": "share", "start_year": year, "end_year": year,
               "period_years": None, "period": None, "value": value, "unit": "percent", "step": step, "bound": None,
               "of": of, "locator": loc, "note": f"share column of the table, of {of or 'the whole'} in {year}"})
    rates = ([(*r["rate"], t.rate)] if r["rate"] is not None and t.rate is not None else []) + r.get("cagrs", [])
    for value, step, (start, end) in rates:  # a CAGR column, and a second of other years
        claim({"series": sid, "item": r["label"], "kind": "cagr", "start_year": start, "end_year": end,
               "period_years": None, "period": "stated", "value": value, "unit": "percent", "step": step,
               "bound": None, "of": None, "locator": loc,
               "note": f"{start}-{end} CAGR column of the table" if start else "CAGR column of the table, of no years"})
    return values


def _parts_of_named_wholes(figures: list) -> None:
    """An amount and its share that make a part of a whole the line names but states no amount of (``part_of``:
    "數字產業化規模為8.35萬億元，同比增長11.9%，佔數字經濟比重為18.3%") are that part of the whole's series where the text
    states the whole's own figures elsewhere ("數字經濟規模達到45.5萬億元"), its country left out of the names; else they
    keep their own ("占GDP比重为42.8%")."""
    def key(subject: str) -> str:
        return _HOME.sub("", subject_key(subject), count=1)

    wholes: dict = {}
    for f in figures:
        if f.kind in ("amount", "count") and f.item == "Total" and f.part_of is None and f.subject:
            wholes.setdefault(key(f.subject), f.subject)
    for f in figures:
        if f.part_of is not None and (whole := wholes.get(key(f.part_of[1]))) is not None \
                and key(whole) != key(f.subject):
            f.item, f.subject = f.part_of[0], whole
            f.of = "Total" if f.claim == "share" else f.of
            f.notes.append(f"the part {f.item!r} of {whole!r}, whose share its sentence states")


def _year_of_the_bullet_above(text: str, found: list, above: list) -> None:
    """A bullet's part with no year, right under a bullet whose part is of one year ("- Insurance & reinsurance: $2.9B
    of 2025E TAM (43%)" over "- Banks & asset managers: $1.6B (24%)"), or whose whole is ("- The market reached
    US$46.2 million in 2024." over "- Hotels accounted for US$28.6 million, or 62% of spending", or two bullets up,
    past a forecast's), is of that year, as is its share: the bullets split one year's whole. ``above``: the figures
    of the three lines above."""
    dated = [g for g in above if g.kind in ("amount", "count") and g.year is not None]
    parts = [g for g in dated if g.item != "Total" and g.row == above[-1].row]
    labelled = _BULLET_LABEL.match(text) if parts else _BULLET_START.match(text)
    parts = parts or [g for g in dated if g.item == "Total" and g.status == "actual"]
    if not parts or not labelled or any(f.year is not None for f in found if f.kind != "percent"):
        return
    for f in found:
        if f.item != "Total" and f.year is None and (f.kind in ("amount", "count") and f.unit == parts[-1].unit
                                                     or f.claim == "share" and f.end_year is None):
            f.year = f.start_year = f.end_year = parts[-1].year
            f.status = parts[-1].status
            f.notes.append(f"{f.year}: the year of the part on the bullet above, whose year's whole it splits too")


def _year_of_the_lines_before(figures: list) -> None:
    """A part's amount or count whose line names no year, in a text whose figures so far are all history, is of the
    latest year they state ("… 1,538,621 battery electric cars were registered in the EU last year" over a later paragraph's
    "Germany (524,219 BEVs, +11%)": 2023), its rise in brackets over the year before; from a forecast on (a figure of
    a year to come) the text leaves such figures without one. Figures of a part of a year and headlines count not."""
    dated = {(f.page, f.line) for f in figures if f.year is not None}
    rises: dict = defaultdict(list)
    for g in figures:
        if g.kind == "percent" and g.claim == "growth" and g.end_year is None:
            rises[(g.page, g.line)].append(g)
    latest = None
    for f in figures:
        if f.part is not None or f.title:
            continue
        if f.status == "estimate":
            return
        if f.kind in ("amount", "count") and f.year is not None:
            latest = max(latest or f.year, f.year)
        elif (f.kind in ("amount", "count") and f.year is None and latest is not None and f.item != "Total"
              and f.claim in (None, "value", "count") and (f.page, f.line) not in dated):
            f.year = latest
            f.notes.append(f"{latest}: its line names no year; the latest year of the figures before it, all history")
            for g in rises[(f.page, f.line)]:  # its rise in brackets: "(524,219 BEVs, +11%)"
                if 0 < g.pos - f.end <= 12:
                    g.start_year, g.end_year, g.period, g.period_status = latest - 1, latest, 1.0, "inferred"


def _multiples_over_years_in_words(figures: list, groups: dict) -> None:
    """A multiple whose line gives its years only in words after it, with no amount ("~2.3x in six years" under "TAM:
    $9.0B (2024) -> $21B (2030E)"): it runs between the two years that far apart of its market's amounts on the lines
    before (the latest such pair), and the span is no claim of its own."""
    spans = {(g.page, g.line): g for g in figures if g.kind == "span"}
    for f in figures:
        span = spans.get((f.page, f.line))
        if f.kind != "multiple" or f.start_year is not None or f.end_year is not None or span is None \
                or not 0 < span.pos - f.end <= 16:
            continue
        n = int(span.value)
        years = {g.year for g in figures if g.kind == "amount" and (g.page, g.line) < (f.page, f.line)
                 and g.year is not None and subject_key(g.subject) == subject_key(f.subject)}
        end = max((y for y in years if y - n in years), default=None)
        if end is None:
            continue
        f.start_year, f.end_year, f.period, f.period_status = end - n, end, float(n), "stated"
        f.notes.append(f"{end - n}-{end}: the {n} years its words give, between its market's amounts on the lines before")
        for rest in groups.values():
            rest[:] = [g for g in rest if g is not span]


def _unit_of_its_total(t: Table, figures: list, doc: Document, notes: list) -> None:
    """A table that prints no unit takes a sentence's where its total row restates that sentence's amount of the same
    year within their rounding ("worldwide semiconductor revenue totaled $533 billion in 2023" over a table whose "Total
    Market" is 533.025 in its 2023 column: USD billion), or, where none does, another row restates it to the last of
    four or more digits ("英伟达…在2023年实现496.18亿美元的半导体销售额" over 英伟达's 496.18 of 2023: USD 100
    million), said in a note; else its values stay plain numbers."""
    if t.currency is not None or t.scale is not None or t.noun != "count" or t.parts:
        return
    rows = [r for r in t.rows if r.get("unit") is None]
    for total in (True, False):
        for r in (r for r in rows if bool(TOTAL_LABEL.search(r["label"])) == total):
            for (year, _), v, step in zip(t.years, r["values"], r["steps"]):
                if v is None or not total and not (step and abs(v) >= 1000 * step):
                    continue
                said = next((f for f in figures if f.kind == "amount" and f.year == year and f.currency
                             and abs(f.value - v) <= (max(f.step, step or 0) / 2 if total else 0) + 1e-9 * abs(v)),
                            None)
                if said is None:
                    continue
                scale = said.unit.partition(" ")[2]
                t.currency = said.currency
                t.scale = next((k for k, (_, name) in SCALES.items() if name == scale), None) if scale else None
                notes.append(f"{doc.locator(t.page, t.header_line)}: the table prints no unit; its {r['label']!r} of "
                             f"{year}, {v:g}, restates the {said.value:g} {said.unit} of "
                             f"{doc.locator(said.page, said.line)}, so its values are read in {said.unit}")
                return


class _TableIndex:
    """The tables' values by currency and year, sorted, so that linking a figure to the nearest one is a binary
    search (the cost of a document stays linear in its figures and table values)."""

    def __init__(self, table_values: list):
        pools: dict = defaultdict(list)
        for k, t in enumerate(table_values):
            pools[(t[5], t[2])].append((t[3], k, t))
            pools[(t[5], None)].append((t[3], k, t))
        self.pools = {key: (sorted(v, key=lambda x: (x[0], x[1]))) for key, v in pools.items()}
        self.keys = {key: [x[0] for x in v] for key, v in self.pools.items()}

    def nearest(self, currency, year, v):
        pool = self.pools.get((currency, year))
        if not pool:
            return None
        from bisect import bisect_left

        i = bisect_left(self.keys[(currency, year)], v)
        near = [pool[j] for j in (i - 1, i) if 0 <= j < len(pool)]
        return min(near, key=lambda x: (abs(x[0] - v), x[1]))[2]


def _link(f: Figure, index: _TableIndex):
    """The table row a figure in a sentence restates, and whether it prints that row's value rounded: the value it
    rounds, of any year, else one within 3% of it (same year first)."""
    v = f.value * f.scale
    printed = index.nearest(f.currency, None, v)  # a value it prints, rounded ("$23.98 billion" of 23.983): that one,
    if printed is not None and abs(printed[3] - v) <= f.step * f.scale / 2 * (1 + 1e-9):  # whatever year it reads
        return printed[0], printed[1], printed[2], True
    same = index.nearest(f.currency, f.year, v) if f.year is not None else None
    best, tol = (same, LINK_TOLERANCE) if same is not None else (index.nearest(f.currency, None, v), LINK_TOLERANCE / 3)
    if best is None or abs(best[3] - v) > tol * best[3]:
        return None
    return best[0], best[1], best[2], False


#: the country a Chinese text is about, which its headline may leave out
_HOME = re.compile(r"中国|中國|我国|我國|国内|國內|中国内地|中國內地|全国|全國")
#: a subject that names the world, which no country's subject continues: "全球用电量"
_WORLD = re.compile(r"\s*(?:全球|全世界|世界|global|worldwide)", re.IGNORECASE)
#: what a later sentence may leave out of a subject of four characters or more: the country, the field (人工智能, AI) or
#: both ("核心产业规模" after "我国人工智能核心产业规模"; "大模型" names too little to be taken for "中国AI大模型")
_HOME_AND_FIELD = re.compile(r"(?:" + _HOME.pattern + r")?(?:人工智能|AI)?", re.IGNORECASE)


#: the words that make a Chinese subject the whole place's: "全市…", "全省…", "本市…"
_WHOLE_PLACE = re.compile(r"^(?:全市|全省|全区|全區|全国|全國|本市|本省|我市|我省|全港|全臺|全台)(?=[\u4e00-\u9fffA-Za-z]{2})")


#: a rate's subject that names nothing but the rate or the whole: "The total is forecast to grow at a CAGR of ...",
#: or what any market measures ("total spending", "sales"), as :func:`subject_key` writes them
_NO_SUBJECT = {"cagr", "total", "growth", "rate", "compound", "annual", "the", "market", "overall", "sum",
               "spend", "revenu", "sal", "valu", "expenditur"}


def _rates_to_tables(groups: dict, series_rows: list, table_values: list, table_lines: dict, history: dict,
                     doc: Document) -> None:
    """A rate a sentence states of a table's subject, with no sum of its own beside it ("AI software revenue is
    forecast to rise at a 22.2% CAGR" over "Global AI software revenue by segment (USD billion)"), is a claim on the
    table's total row (or its only row): its subject's words are all among the words of the table's title, or it
    names no subject of its own ("The total is forecast to grow at ...") and stands within two lines of the one
    table (``table_lines``: series -> page, header line, the line after its last row; the others of no subject
    stay as they are); a share of a part the sentence names keeps its part; a line that names one of the
    table's rows before the rate is that row's, and a rise of no year is into the table's latest year of history
    (``history``: series -> that year)."""
    rows: dict = defaultdict(list)
    for sid, label, *_ in table_values:
        if label not in rows[sid]:
            rows[sid].append(label)
    keys = {r["series"]: subject_key(r["title"]) for r in series_rows if r["series"] in rows}
    titles = {sid: set(k.split()) for sid, k in keys.items()}
    for key in [k for k in groups if k[0] == "text" and k[2]]:  # a rate of no subject too: "CAGR 2023-2027E: 70.7%"
        words = set(subject_key(key[1]).split())
        core = words - _NO_SUBJECT  # "Total spending rose 29.8%" under "UK spending on AI in education by buyer"
        # a Chinese subject is one word, within the title's: "中國AI驅動營銷科技市場" in "中國AI驅動營銷科技市場規模,2019年至…"
        # (less the place it is of: "全市低空经济规模" under "滨海市低空经济细分领域规模")
        tables = [sid for sid, title in titles.items() if core and (core <= title or len(words) == 1 and re.search(
            r"[\u4e00-\u9fff]", key[1]) and _WHOLE_PLACE.sub("", next(iter(words))) in keys[sid])]
        if len(tables) > 1:  # of a table read as a series of sums and one of counts, the one whose row it names
            naming = [sid for sid in tables if any(_row_named(_part_or_subject(f), rows[sid]) for f in groups[key])]
            tables = naming if len(naming) == 1 else tables
        if len(tables) > 1 and len(words) == 1:  # of two tables, the one whose title ends on the subject: "…中国工业机器人
            # (市场规模)", not "…中国工业机器人销量"
            tables = [sid for sid in tables if keys[sid].endswith(next(iter(words)))] or tables
        near = groups[key]
        if not tables:  # a share of a part the table holds, under it: "Advanced packaging is forecast to make up
            # 40.8% of output in 2025" under its row "Advanced packaging"
            # (or a rate whose subject is a row's: "Robotaxi services should compound at 83% a year")
            # (or a rate whose sentence opens on a row's label: "Video remains the smallest segment but grows fastest,
            # at a 2024-26E CAGR of 59.6%")
            named = {sid: [(f, row) for f in near if f.page == page and head <= f.line <= end + 3
                           and (row := _row_of_its_clause(_line_of(doc, f), f, rows[sid])
                                or _row_heading_its_clause(_line_of(doc, f), f, rows[sid])
                                or _row_named(_part_or_subject(f), rows[sid])
                                or not words <= _NO_SUBJECT  # ("Total spending rose …": the rows it names later)
                                and _row_opening(_line_of(doc, f), f, rows[sid]))]
                     for sid, (page, head, end) in table_lines.items()}
            named = {sid: found for sid, found in named.items() if found}
            if len(named) == 1:
                sid, found = named.popitem()
                for f, row in found:
                    f.item = row
                    f.notes.append(f"read as a figure of the table {sid!r}, its row {f.item!r}")
                    _of_the_tables_whole(f, rows[sid])
                _to_table(groups, key, sid, [f for f, _ in found])
                if not words <= _NO_SUBJECT or key not in groups:
                    continue
                near = groups[key]  # "Total spending rose 36.8%, and AI tutoring's share …": the rest, as below
        if not tables and (words <= _NO_SUBJECT or not any(
                f.named or f.part or f.subject.lower() in _line_of(doc, f).lower() for f in near)):
            # those of its rates within two lines of one table (of no subject, or of one its lines do not name, a
            # heading's before the table's: "- CAGR: 18.8%" under a slide's rows, its subject "Why now" slides
            # before; not a quarter's)
            by_table = {sid: [f for f in near if f.page == page and head - 2 <= f.line <= end + 2]
                        for sid, (page, head, end) in table_lines.items()}
            tables = [sid for sid, fs in by_table.items() if fs]
            near = by_table[tables[0]] if len(tables) == 1 else near
        if len(tables) != 1:
            continue
        labels = rows[tables[0]]
        whole = [label for label in labels if TOTAL_LABEL.search(label)] if len(labels) > 1 else labels
        moved, elsewhere = [], defaultdict(list)
        for f in near:  # a line that names a row ("AI伺服器2024年年增率：80.6%") states that row's rate
            line = _line_of(doc, f)
            heading = _row_heading_its_clause(line, f, labels)
            if f.claim in ("growth", "cagr") and not heading:
                # a clause that opens on a row of another table on its page ("…市场规模同比增长37.4%，出货量同比增长
                # 31.2%" under a table of shipments and one of sums): that row's rate
                other = [(sid, row) for sid, (page, *_) in table_lines.items() if sid != tables[0] and page == f.page
                         and (row := _row_heading_its_clause(line, f, rows[sid]))]
                if len(other) == 1:
                    f.item = other[0][1]
                    f.notes.append(f"read as a rate of the table {other[0][0]!r}, its row {f.item!r}, that its clause "
                                   "opens on")
                    elsewhere[other[0][0]].append(f)
                    continue
            if f.claim == "share" and _PENETRATION.search(line, max(f.sentence, f.pos - 30), f.pos):
                continue  # "2024年AI PC渗透率为23%": of all PCs sold, no share of the table's whole
            if len(whole) == 1 and f.claim == "share" and f.item not in (None, "Total"):  # "2024年亞太地區占比38%"
                f.item = _row_named(f.item, labels) or f.item  # "GPUs held 81.9%" under the row "GPU"
                _of_the_tables_whole(f, labels)
                moved.append(f)
                continue
            # the row named right after it ("19.1% for identity verification"), else the one its clause opens on
            # or names before its verb ("…, and livestock monitoring is set to expand 2.0x"), else the row named
            # last before it in its sentence ("Software took 65.1% of 2024 revenue; total revenue grew 25.3%": the
            # total's; of a table with no total, "Robotaxi services should compound at 83% a year": that row's), not
            # in a clause set against the rate's ("Data centre services … grew 11.2% …, while cloud sales grew 23%")
            named = [label for label in labels if re.match(r"\s*(?:%|percent)?\s*(?:for|of)\s+(?:the\s+)?"
                                                           + re.escape(label) + r"\b", line[f.end:], re.IGNORECASE)][:1] \
                or ([heading] if heading else []) \
                or [label for label in labels if label in line[_own_clause(line, f):f.pos]
                    and not _CONTRAST.search(line, line.rfind(label, 0, f.pos), f.pos)]
            if named or len(whole) == 1:
                f.item = max(named, key=lambda label: (line.rfind(label, 0, f.pos), len(label))) if named else whole[0]
                f.notes.append(f"read as a rate of the table {tables[0]!r}, its row {f.item!r}")
                moved.append(f)
                latest = history.get(tables[0])
                if f.claim == "growth" and f.end_year is None and f.start_year is None and f.period in (None, 1.0) \
                        and latest is not None and named:  # "合計年增8.4%" under columns of 2023 and 2024: the row it
                    # names, into the table's latest year of history (not "2025e")
                    f.end_year = f.year = latest
                    f.start_year, f.period = latest - 1, 1.0
                    f.notes.append(f"a rise with no year of its own: the table's latest, {latest}, over the year before")
        for sid, found in elsewhere.items():
            _to_table(groups, key, sid, found)
        if moved:
            _to_table(groups, key, tables[0], moved)


def _parts_under_tables(groups: dict, table_lines: dict) -> dict:
    """The parts a text names under a table with no subject of their own ("Body-shop apps: $1.0B of the 2024 number
    (42%)" under a line of the whole's years, "• Automotive share of 2024: 55% (US$352 million)" under bullets read as
    a table) are parts of that table's whole: the groups of such parts, and the table's series each goes to.
    ``table_lines``: series -> page, header line, the line after its last row."""
    into = {}
    for key in [k for k in groups if k[0] == "text" and not k[1]]:
        parts = groups[key]
        if not any(f.kind == "amount" for f in parts) or any(f.item in (None, "Total") for f in parts):
            continue
        near = [sid for sid, (page, _, end) in table_lines.items()
                if all(f.page == page and end <= f.line <= end + 2 for f in parts)]
        if len(near) == 1:
            into[key] = near[0]
            for f in parts:
                f.notes.append(f"{f.item!r}: a part of the whole of the table {near[0]!r} right above it")
    return into


#: a share of a wider whole than a market's: a penetration or adoption rate
_PENETRATION = re.compile(r"渗透率|滲透率|普及率|penetration|adoption\s+rate", re.IGNORECASE)
#: a word that sets a clause against the one before it (:data:`~aimarket.extract.shares.SET_AGAINST_CLAUSE`, or in
#: Chinese "，而")
_CONTRAST = re.compile(SET_AGAINST_CLAUSE.pattern + r"|，而|；而", re.IGNORECASE)


def _line_of(doc: Document, f) -> str:
    """The line figure ``f`` stands in, as its positions count it (normalised once a line, however many figures ask:
    a report printed as one long line has thousands)."""
    return _normalised(doc.pages[f.page - 1][f.line - 1])


@lru_cache(maxsize=256)
def _normalised(line: str) -> str:
    return normalise(line)


def _part_or_subject(f) -> str | None:
    """What a figure names that may be a table's row: its part, else its subject."""
    return f.item if f.item != "Total" else f.subject


#: the words around a Chinese name that say which of its rates or shares a figure is, or what it measures: "其中…占比",
#: "…复合增长率", "合计投入", "物流无人机市场(规模)"
_RATE_WORDS_ZH = re.compile(r"^(?:其中|當中|当中)|的?(?:年均|年)?(?:复合|複合)?(?:年)?(?:增长率|增長率|成长率|成長率|增速|增幅|占比|佔比"
                            r"|比重|份额|份額)$|(?<=[\u4e00-\u9fff])(?:市场|市場)?(?:投入|规模|規模|支出|开支|開支|收入|营收|營收)$"
                            r"|(?<=[\u4e00-\u9fff])(?:市场|市場)$")


def _row_named(item: str | None, labels: list) -> str | None:
    """The row of a table ``item`` names: its label as printed, or less a plural's or a possessive's ending ("GPUs",
    "GPUs'" name the row "GPU"), or a Chinese name less the words of its rate or share around it ("合计复合增长率",
    "其中大模型API调用占比"), or the one row whose words hold all of an English name's but what any market measures
    ("Avatar spending": the row "Digital avatars")."""
    if item is None:
        return None
    if item in labels:
        return item
    less = _RATE_WORDS_ZH.sub("", item)
    if less != item and less in labels:
        return less
    core = set(subject_key(item).split()) - _NO_SUBJECT  # "Avatar spending" of the rows "Digital avatars", "Voice
    # cloning": the one row whose words hold all of the subject's but what any market measures
    holding = [label for label in labels if core and core <= set(subject_key(label).split())]
    if len(holding) == 1 and not re.search(r"[\u4e00-\u9fff]", item):
        return holding[0]
    bare = re.sub(r"['’]s?$", "", item.strip()).lower()  # "GPUs'", "Nvidia's"
    said = {bare, bare[:-1] if bare.endswith("s") else bare, bare[:-2] if bare.endswith("es") else bare}
    return next((label for label in labels if label.lower() in said), None)


def _row_of_its_clause(line: str, f, labels: list) -> str | None:
    """The row label a clause set against the one before names before rate ``f`` ("…, while pathology AI grew 34%"),
    in any case."""
    against = list(_CONTRAST.finditer(line, max(f.sentence, f.pos - _CLAUSE_REACH), f.pos))
    clause = line[against[-1].end():f.pos].lower() if against else ""
    named = [label for label in labels if label.lower() in clause]
    return max(named, key=len) if named else None


def _own_clause(line: str, f) -> int:
    """Where the part of rate ``f``'s sentence that may name its row starts: its sentence's start, or the clause the
    sentence goes on to with ", and" or ";" before it, where that clause speaks of no row named before by "it"
    ("Germany alone accounts for 29.6% of the 2024 total, and Vantroux puts the 2024-2027 CAGR at 19.9%": no row's)."""
    lo = max(f.sentence, f.pos - _CLAUSE_REACH)
    joins = list(_CLAUSE_JOIN.finditer(line, lo, f.pos))
    return joins[-1].end() if joins and not _GOES_ON_WITH_IT.match(line, joins[-1].end()) else f.sentence


#: a clause joined to the one before: ", and", ", while", "; "
_CLAUSE_JOIN = re.compile(r",\s*(?:and|while|whereas|but)\s+|;\s*|；")
#: a clause that speaks of what the one before named: "and its spending", "which", "它"
_GOES_ON_WITH_IT = re.compile(r"\s*(?:(?:it|its|it's|they|their|which|whose|this|that|these)\b|其|它|该|該)", re.IGNORECASE)


def _row_heading_its_clause(line: str, f, labels: list) -> str | None:
    """The row label, in any case, that opens rate ``f``'s clause before its verb, "at" or its share: "Note: tutoring
    apps are projected to grow at a 35.9% CAGR …, grading tools at 38.4%" under the rows "Tutoring apps" and "Grading
    tools", "AKF says perception software grew at a compound 17%", "Platforms' share of the total climbs to 62%" (not
    "HBM bit shipments should rise", whose name is longer than the row's, nor "…'s share of the total reached");
    a Chinese label right where the clause opens: "，出货量同比增长31.2%" under the row "出货量"."""
    lo = max(f.sentence, f.pos - _CLAUSE_REACH)
    cuts = [m.end() for m in re.finditer(r"[,;:，；：。]", line[lo:f.pos])]
    clause = line[lo + (cuts[-1] if cuts else 0):f.pos].lstrip().lower()
    return next((label for label in sorted(labels, key=len, reverse=True)
                 if (clause.startswith(label.lower()) if re.search(r"[\u4e00-\u9fff]", label) else
                     re.search(_CLAUSE_LEAD + re.escape(label.lower()) + r"(?:" + _A_VERB + r"|\s+at\b|['’]s?\s+share\b)",
                               clause))),
                None)


#: what may stand before the name a clause opens on: "and", "while", who says it ("AKF says perception software grew")
_CLAUSE_LEAD = (r"(?:^|\b(?:and|but|while|whereas|that|says|said|notes|noted|reports|reported|estimates|expects|adds|"
                r"added)\s+)(?:the\s+)?")


def _row_opening(line: str, f, labels: list) -> str | None:
    """The row label rate ``f``'s sentence in ``line`` opens on, before a verb ("Video remains …"), where no clause
    set against the opening one holds the rate ("…, while cloud sales grew 23%")."""
    if f.pos - f.sentence > _CLAUSE_REACH:
        return None
    head = line[f.sentence:f.pos].lstrip()
    return None if _CONTRAST.search(head) else next((label for label in sorted(labels, key=len, reverse=True)
                                                     if re.match(re.escape(label) + _A_VERB, head)), None)


#: a verb right after a sentence's opening name: "Video remains …", "Robotaxi services should …" (not "HBM bit
#: shipments should …", whose name is longer than the row's)
_A_VERB = (r"\s+(?:is|was|are|were|remains?|remained|stays?|stayed|should|will|would|could|may|might|can|has|have|had|"
           r"grew|grows|rose|rises|fell|falls|jumped|jumps|climbed|climbs|expanded|expands|accounted|accounts|"
           r"made|makes|took|takes|led|leads|continues?|continued|reached|reaches|compounds?|compounded|"
           r"posted|posts|added|adds|doubled|doubles|tripled|triples)\b")


def _of_the_tables_whole(f, labels: list) -> None:
    """A share of the whole (``of`` "Total") of a table whose whole is a total row of its own label ("合計", "Total
    revenue"): a share of that row."""
    wholes = [label for label in labels if TOTAL_LABEL.search(label)]
    if f.claim == "share" and f.of == "Total" and "Total" not in labels and len(wholes) == 1:
        f.of = wholes[0]


def _to_table(groups: dict, key, sid: str, moved: list) -> None:
    """Figures ``moved`` of the group ``key`` go to the group of the table ``sid``; the group keeps the rest."""
    groups[("table", sid)].extend(moved)
    rest = [f for f in groups.pop(key) if all(f is not g for g in moved)]
    if rest:
        groups[key] = rest


def _one_name_a_subject(figures) -> None:
    """Subjects one text writes in several ways ("Edge AI Software Market", "the global edge AI software market")
    take one name: the first way the text writes it that says what it measures ("global generative AI market"
    over a headline's "Generative AI")."""
    named: dict = {}
    for f in figures:
        if f.subject:
            key = subject_key(f.subject)
            if key not in named or (_MARKET.search(f.subject) and not _MARKET.search(named[key])):
                named[key] = f.subject
    world = {subject_key(f.subject) for f in figures if f.subject and _WORLD.match(f.subject)}
    forms = {k: {k, _GENERIC_HEAD_ZH.sub("", k)} for k in named}  # each key, and less the kind of thing it sells
    for key in list(named):  # a Chinese headline drops the country its body names: "智能语音市场", "中国智能语音市场";
        # a later sentence the country and the field (:data:`_HOME_AND_FIELD`), or all but the head it keeps ("采购规模"
        # after "全省AI反诈与身份核验平台采购规模"), where one subject alone ends on it; never the world's ("全球用电量")
        # (or the kind of thing it sells too: "公有云市场规模" after "中国公有云服务市场规模")
        home = [k for k in named if k != key and any(c.endswith(key) and (
            _HOME.fullmatch(c[: -len(key)]) or len(key) >= 4 and _HOME_AND_FIELD.fullmatch(c[: -len(key)])
            or re.fullmatch(r"[\u4e00-\u9fff]{2,}", key)) for c in forms[k])]
        if len(home) == 1 and key not in world:
            named[key] = named[home[0]]
    short: dict = defaultdict(set)  # a name's letters in brackets, which later sentences write alone: "MaaS市场规模"
    for key, subject in list(named.items()):  # after "中国模型即服务（MaaS）市场规模"
        for m in _ABBREVIATION.finditer(subject):
            short[key] |= {m["abbr"].lower(), subject_key(m["abbr"])}
    for key in list(named):
        full = {k for k, abbrs in short.items() if k != key and any(
            key.endswith(a) and (key == a or _HOME.fullmatch(key[: -len(a)].strip())) for a in abbrs)}
        if len(full) == 1:
            named[key] = named[full.pop()]
    titles = {subject_key(f.subject) for f in figures if f.subject and f.title}
    for key in titles:  # a headline drops a generic noun its body names: "Public Cloud End-User Spending", "end-user
        # spending on public cloud services"
        fuller = [k for k in named if k != key and set(key.split()) < set(k.split())
                  and set(k.split()) - set(key.split()) <= _GENERIC_HEADS]
        if len(fuller) == 1:
            named[key] = named[fuller[0]]
    for f in figures:
        if f.subject:
            f.subject = named[subject_key(f.subject)]


#: the Chinese words that name the kind of thing a market sells, not which market: a later sentence may drop them
_GENERIC_HEAD_ZH = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])(?:服务|服務|产品|產品|解决方案|解決方案)$")


#: a name's short form in brackets after it: "模型即服务（MaaS）", "Model-as-a-Service (MaaS)"
_ABBREVIATION = re.compile(r"[（(]\s*(?P<abbr>[A-Za-z][A-Za-z0-9&.-]{1,9})\s*[)）]")


#: the words of a subject's key (stems) that name the kind of thing a market sells, not which market: a headline
#: may drop them
_GENERIC_HEADS = {"servic", "solution", "product", "technology", "technolog", "offering"}


def _amounts_of_last_years_rise(figures: list, doc, published: int | None) -> None:
    """An amount with no year right before its rise over "last year" ("全年…实现营业收入1,286.4亿元，比上年增长18.7%", in a
    text published in 2025) is of the year that rise runs to: the year before the publication year."""
    for f, g in zip(figures, figures[1:]):
        if (f.kind == "amount" and f.year is None and f.claim == "value" and g.claim == "growth" and g.item == f.item
                and (f.page, f.row, f.sentence) == (g.page, g.row, g.sentence)
                and (years := dated_last_year(doc.pages[f.page - 1][f.line - 1], published))
                and (g.start_year, g.end_year) in ((None, None), years)):
            f.year = f.start_year = f.end_year = years[1]
            f.notes.append(f"{years[1]}: the year of the rise over 'last year' stated of it, in a text of {published}")


def _year_its_share_implies(groups: dict) -> None:
    """A part's amount and its share side by side, of a year whose whole the share does not fit, are of the one other
    year whose whole it fits, within the rounding of both ("…15亿元，…今年估计可到20亿元。最大客户是能源业，占了6.3亿元、
    大约42%": 6.3 is 42% of last year's 15, not of this year's 20), with that whole's status."""
    for key in [k for k in groups if k[0] == "text" and not k[2]]:
        wholes = [f for f in groups[key] if f.kind == "amount" and f.item == "Total" and f.year is not None]
        shares = [g for g in groups.get(("text", key[1], True), ()) if g.claim == "share"]
        for f in groups[key]:
            if f.kind != "amount" or f.item == "Total" or f.year is None:
                continue
            share = next((g for g in shares if g.item == f.item and (g.page, g.row, g.sentence) == (f.page, f.row,
                          f.sentence) and 0 <= g.pos - f.end <= 12 and g.end_year == f.year), None)
            if share is None or not share.value:
                continue

            def fits(w, f=f, share=share):  # the whole the part's share makes of it, with the rounding of both
                lo = (f.value - f.step / 2) * f.scale / ((share.value + share.step / 2) / 100)
                hi = (f.value + f.step / 2) * f.scale / ((share.value - share.step / 2) / 100)
                return w.unit.split(" ")[0] == f.unit.split(" ")[0] and lo <= w.value * w.scale <= hi

            years = {w.year: w for w in wholes if fits(w)}
            if len(years) != 1 or f.year in years or not any(w.year == f.year for w in wholes):
                continue
            (year, whole), = years.items()
            f.year = f.start_year = f.end_year = share.year = share.start_year = share.end_year = year
            f.status = whole.status
            f.notes.append(f"{year}: the year whose whole ({whole.value:g} {whole.unit}) its share of {share.value:g}% "
                           "fits, not the year its sentence carries on")


def _parts_of_the_years_whole(groups: dict) -> None:
    """Parts' amounts a sentence gives no year of, after a sentence of their series' whole with one ("Sales … reached
    €4.86 billion last year. Germany was the largest market at €1.42 billion, followed by Italy at €0.71 billion"):
    the parts of that whole, of its year and status, where the whole is the last amount of the series before them
    (of the latest year, where its sentence gives two), in an earlier sentence of their line or of one of the two
    lines before (or the line after such a part, down a list), and larger than each."""
    for key in [k for k in groups if k[0] == "text" and not k[2]]:
        whole, reach = None, -1  # the whole, and the last line its parts reach (a list of bullets goes on)
        for f in sorted(groups[key], key=lambda g: (g.page, g.line, g.pos)):
            if f.kind != "amount":
                continue
            if f.item == "Total" and f.year is not None:  # of a sentence's wholes, the latest year's ("£1,240 million
                # in 2023-24, compared with £905 million in 2022-23")
                if whole is None or (whole.page, whole.row, whole.sentence) != (f.page, f.row, f.sentence) \
                        or f.year > whole.year:
                    whole, reach = f, f.line + 2
            elif (f.item != "Total" and f.year is None and f.claim == "value" and whole is not None
                  and whole.page == f.page and whole.line <= f.line <= reach
                  and (whole.row, whole.sentence) != (f.row, f.sentence) and f.value * f.scale < whole.value * whole.scale):
                reach = max(reach, f.line + 1)
                f.year, f.start_year, f.end_year, f.status = whole.year, whole.year, whole.year, whole.status
                f.notes.append(f"{whole.year}: a part of the {whole.value:g} {whole.unit} the sentence before reports")
                for g in [*groups[key], *groups.get(("text", key[1], True), ())]:  # its share ("$3.12 billion
                    # (45.6%)") and its rise ("up 38% YoY") in its sentence: of that year
                    if (g.item == f.item and g.end_year is None and (g.page, g.row) == (f.page, f.row)
                            and g.sentence == f.sentence):
                        if g.claim == "share":
                            g.year = g.start_year = g.end_year = whole.year
                        elif g.claim == "growth":
                            g.year, g.start_year, g.end_year, g.period = whole.year, whole.year - 1, whole.year, 1.0


def _headline_years(groups: dict) -> None:
    """A headline's amount with no year ("AI Chip Revenue Climbs to $71 Billion", "Nearly USD 500 Million") restates
    the body's figure it rounds: it takes that figure's year (the nearest in value, within the headline's rounding,
    its trailing zeros read as rounding to one significant figure: 500 for 486.3)."""
    for key in [k for k in groups if k[0] == "text" and not k[2]]:
        body = [g for g in groups[key] if not g.title and g.year is not None and g.kind in ("amount", "count")]
        for f in [f for f in groups[key] if f.title and f.year is None and f.kind in ("amount", "count")]:
            half = coarse_step(f.value, f.step, figures=1) / 2
            near = [g for g in body if g.unit == f.unit and abs(g.value - f.value) <= half * (1 + 1e-9)]
            if near:
                g = min(near, key=lambda g: abs(g.value - f.value))
                f.year, f.status, f.step = g.year, g.status, max(f.step, 2 * half)  # a headline rounds hard
                if f.claim in ("value", "count"):
                    f.start_year = f.end_year = g.year
                f.notes.append(f"a headline's figure with no year: read as the body's {g.value:g} of {g.year}, "
                               f"rounded to {f.step:g}")


def _regions_by_one_name(groups: dict) -> None:
    """A region a series names by its short form ("U.S.", "UK", "APAC") after its full name ("United States") is the
    same item: it takes the full name (:data:`~aimarket.extract.vocabulary.REGION_NAMES`)."""
    for figs in groups.values():
        items = {f.item for f in figs}
        for f in figs:
            full = REGION_NAMES.get(f.item)
            if full in items:
                f.notes.append(f"{f.item!r} read as {full!r}, the name its series gives the region")
                f.item = full


def _precise_first(groups: dict) -> None:
    """Where a text states one item's year more than once (a headline's "$1.3 trillion", its body's "USD 1,339.1
    billion"), the most precise statement goes first, so that it is the observation, and a title's figures after
    the body's, so that the body's first figure gives the series its unit; the others follow, in their order, as
    claims the audit holds to the observation. Statements alike in precision ("$640 million" and "$720 million",
    within a factor of :data:`_FINER`) keep the text's order: the first is the text's own."""
    for key in [k for k in groups if k[0] == "text" and not k[2]]:
        figs = groups[key]
        stated = [f for f in figs if f.kind in ("amount", "count") and f.year is not None and f.bound is None]
        finest: dict = {}
        for f in stated:
            finest[(f.item, f.year)] = max(finest.get((f.item, f.year), _resolution(f)), _resolution(f))
        later = {id(f) for f in stated if _resolution(f) * _FINER <= finest[(f.item, f.year)]}
        groups[key] = sorted(figs, key=lambda f: (id(f) in later, f.title))  # stable: the text's order otherwise


#: how many times finer one statement of a year must be than another to go first
_FINER = 2.0


def _resolution(f) -> float:
    """How many of its last stated digit a figure holds: 13 of 0.1 in 1.3, 13,391 in 1,339.1, 20 in "about 6.3"
    (read to within 5%)."""
    return abs(f.value / f.step) if f.step and f.value else math.inf


def _split_unlike(groups: dict) -> None:
    """Figures a text series cannot hold beside its first go to a series of their own, not a claim against it:
    another measure (a count among sums of money, another currency), a second figure for the same item and year
    more than half as large again or under two thirds of the first (a valuation beside a revenue, a part
    beside its whole: "計算機制造業產值為3215億元 … 以服務器占比最大，產值為1940億元"), or another source's that differs from
    the first beyond their rounding ("另据…测算", "another firm puts it at")."""
    for key in [k for k in groups if k[0] == "text" and not k[2]]:
        first: dict = {}
        keep, other = [], []
        moved: dict = {}  # each item's amounts of another measure: the series they went to
        measures = [_measure(f) for f in groups[key] if f.kind in ("amount", "count")]
        for f in groups[key]:
            # one series, one measure: a count among sums of money, people among units, another currency (FX is
            # the user's to give)
            if f.kind in ("amount", "count") and (measure := _measure(f)) != measures[0]:
                _, noun, counted = measure
                what = counted or noun
                f.notes.append(f"{f.value:g} {f.unit} counts {what}, unlike the figures before it; in a series of its "
                               "own")
                moved[f.item] = ("text", f"{key[1]} ({what})", False)
                groups.setdefault(moved[f.item], []).append(f)
                continue
            if f.kind not in ("amount", "count") or f.year is None or f.claim not in ("value", "count"):
                keep.append(f)
                continue
            given = first.setdefault((f.item, f.year), f)
            seen = given.value * given.scale
            ratio = f.value * f.scale / seen
            if ratio > 1.5 or ratio < 2 / 3:
                f.notes.append(f"{f.value:g} {f.unit} is far from the {f.year} figure before it ({seen:g}); "
                               "read as a different measure, in a series of its own")
                other.append(f)
            elif f.elsewhere and abs(f.value * f.scale - seen) > max(f.step * f.scale, given.step * given.scale) / 2:
                f.notes.append(f"{f.value:g} {f.unit}, another source's {f.year} figure, differs from the one before "
                               f"it ({seen:g}); in a series of its own")
                other.append(f)
            else:
                keep.append(f)
        kept = {f.item for f in keep if f.kind in ("amount", "count")}
        for f in [f for f in keep if f.listed and f.item in moved and f.item not in kept]:
            keep.remove(f)  # "全球和中国…分别增长A和B": China's rate goes where China's yuan went
            groups[moved[f.item]].append(f)
        # a rate whose sentence's amounts all went to one series of another measure goes with them ("In the United
        # Kingdom the market grew 26.4% to £410 million from £325 million", after a sentence in euros), or to the
        # series of other figures ("利润总额1.58万亿元，同比增长8.7%" after a revenue of 12.84万亿元)
        went: dict = defaultdict(set)
        others = ("text", f"{key[1]} (other figures)", False)
        for k, gone in [(k, groups[k]) for k in set(moved.values())] + [(others, other)]:
            for g in gone:
                if g.kind in ("amount", "count"):
                    went[(g.page, g.row, g.sentence)].add(k)
        stayed = {(g.page, g.row, g.sentence) for g in keep if g.kind in ("amount", "count")}
        for f in [f for f in keep if f.kind in ("percent", "multiple") and f.claim != "share"] if went else ():
            where = (f.page, f.row, f.sentence)
            if where not in stayed and len(went.get(where, ())) == 1:
                keep.remove(f)
                (other if went[where] == {others} else groups[next(iter(went[where]))]).append(f)
            elif len(went.get(where, ())) == 1 and others not in went[where] and f.end_year is not None:
                # "2.3 trillion won ($1.71 billion) last year and … grow 15% to $1.97 billion this year": the rate of
                # the series its last year's amount went to, where none of its sentence stayed for that year
                there = groups[next(iter(went[where]))]
                ends = [g for g in keep + there if (g.page, g.row, g.sentence) == where and g.year == f.end_year
                        and g.kind in ("amount", "count")]
                if ends and all(any(g is h for h in there) for g in ends):
                    keep.remove(f)
                    there.append(f)
        groups[key] = keep
        if other:
            groups.setdefault(others, []).extend(other)


def _measure(f: Figure) -> tuple[str, str, str]:
    """What a figure measures: money in its currency, or a count of its noun ("people", "count") and its Chinese
    measure word ("辆" vehicles, "单" orders: two things counted)."""
    return f.kind, (f.currency if f.kind == "amount" else f.unit.split(" ", 1)[0]), f.counted


def _names_another(rate: Figure, amount: Figure) -> bool:
    """Whether a rate names a subject of its own, a noun phrase ("Software revenue grew 31%") or someone's own ("its
    own subscriber base was up"), other than the one of an amount after it ("The market as a whole reached $48.5
    billion")."""
    return bool(noun_phrases(rate.subject) or rate.named) and is_specific(rate.subject) \
        and subject_key(rate.subject) != subject_key(amount.subject)


#: a word that opens a clause of its own after a rate: what it says of an amount after it is no rise to it
_NEW_CLAUSE = re.compile(r"\b(?:as|while|whereas|because|since|thanks\s+to|driven\s+by|led\s+by|fuell?ed\s+by)\b"
                         r"(?!\s+(?:much|many|high|low|well|large|big|little|few|of)\b)|[;；]", re.IGNORECASE)


#: … and, before a count (no money a rate of a market's size rises to), a comma
_NEW_CLAUSE_OR_COMMA = re.compile(_NEW_CLAUSE.pattern + r"|[,，]", re.IGNORECASE)


def _names_its_own_clause(line: str, f) -> bool:
    """Whether rate ``f``'s subject is written in its own clause of ``line``, before it ("，全省工业增加值年均增长7%左右")."""
    lo = max(f.sentence, f.pos - _CLAUSE_REACH)  # (a clause is short: no search back along a run-on sentence)
    clause = max([lo - 1] + [line.rfind(stop, lo, f.pos) for stop in ",，;；"])
    return bool(f.subject) and f.subject in line[clause + 1:f.pos]


#: how far before a rate its clause, or the words that name its row, are looked for
_CLAUSE_REACH = 300


def _attach_rates(groups: dict, doc) -> None:
    """Rates and multiples join the series of the amount stated before them on their line, or on the line before
    (a sentence broken across lines), else the first amount after them on their line, in their sentence and not in
    a clause of its own (``doc``'s lines say which); a rate that names a subject of its own, other than the amount's
    before it, joins the first amount after it of that subject."""
    amounts = {}
    for key, figs in groups.items():
        if key[0] == "table" or not key[2]:
            for f in figs:
                amounts.setdefault((f.page, f.line), []).append((key, f))
    for near in amounts.values():
        near.sort(key=lambda a: a[1].pos)
    for key in [k for k in groups if k[0] == "text" and k[2]]:
        stay = []
        for f in groups[key]:
            named = ("text", f.subject, False)
            near = amounts.get((f.page, f.line), [])
            before = near[:bisect_left(near, f.pos, key=lambda a: a[1].pos)]
            if f.kind == "multiple" and named in groups:  # "参数量...增长40倍" joins the series of that measure
                # (a part's, where a part's amount stands right before it in its sentence: "…，较2021年的120亿元增长2倍")
                if before and before[-1][1].sentence == f.sentence and f.item == "Total" and not f.listed:
                    f.item = before[-1][1].item
                groups[named].append(f)
                continue
            after = [a for a in near[:1] if not _names_another(f, a[1])  # "Software revenue grew 31% ... The market"
                     and a[1].sentence == f.sentence  # (of its sentence: "Spending grew 96%. Paid seats passed 14 million")
                     and not (a[1].pos > f.end and (_NEW_CLAUSE if a[1].kind == "amount" else _NEW_CLAUSE_OR_COMMA)
                              .search(_line_of(doc, f), f.end, a[1].pos))]  # nor of a clause of its own: "… should
            # compound at 83% a year as fleets scale past 10,000 vehicles", "同比增长23.0%，全年完成低空飞行86万架次"
            if not before and not (after and after[0][1].named and after[0][1].sentence == f.sentence):
                # the line before holds the start of a sentence broken across lines, unless the rate's own sentence
                # names its amount after it ("- The amount spent online increased by 13.4% in 2023 to £110.2 billion")
                before = amounts.get((f.page, f.line - 1), [])[-1:]
            target = (before[-1] if before else (after[0] if after else None))
            if before and _names_another(f, before[-1][1]):  # "..., while software revenue rose 24% to $X"
                k = bisect_right(near, f.pos, key=lambda a: a[1].pos)
                own = [a for a in near[k:k + 3] if subject_key(a[1].subject) == subject_key(f.subject)]
                # a sentence of its own about another subject ("GenAI spending will grow at a CAGR of 59.2%") keeps it
                # nor a clause set against the amount's ("…, while cloud revenue rose 31.2%")
                # nor a rate its own sentence names a subject for ("…力争突破1.2万亿元，…，全省工业增加值年均增长7%左右")
                target = own[0] if own else (None if before[-1][1].line != f.line or before[-1][1].sentence != f.sentence
                                             or f.contrasted or _names_its_own_clause(_line_of(doc, f), f) else target)
            if f.listed:  # "X和Y…分别增长A和B": each rate the series of its own name's amount
                same = [a for a in before if a[1].item == f.item] or [a for a in near if a[1].item == f.item]
                target = same[-1] if same else target
            if target is not None and target[1].part != f.part and (f.part or target[1].pos > f.pos):
                target = None  # "Reported incidents rose by 16% in the first quarter of 2025": no whole year's rise
                # (nor a whole year's rise the part's after it: "… to grow 51.8% in 2025; first-quarter spending was …")
            if target is not None and f.of is None:
                # a part's amount in the sentence before it on its line: the rate is the whole's
                part = target[1].item != "Total" and target[1].line == f.line and target[1].sentence != f.sentence
                f.item = target[1].item if f.claim != "share" and f.item == "Total" and not f.listed and not part \
                    else f.item
                groups[target[0]].append(f)
            else:
                stay.append(f)
        groups[key] = stay
    for key in [k for k, v in groups.items() if not v]:
        del groups[key]


def _as_printed(name: str, line: str, read: tuple | None = None) -> str:
    """``name`` as ``line`` prints it, where the text was read in its compatibility forms (NFKC) and the line prints
    the name in full-width characters ("倒装芯片(FC)" in "倒装芯片（FC）  402  436"); else ``name`` itself. ``read``: the
    line as :func:`_compatible` reads it, where the caller has it.

    Examples
    --------
    >>> _as_printed("倒装芯片(FC)", "倒装芯片（FC）        402       436")
    '倒装芯片（FC）'
    >>> _as_printed("Total", "合计  1,180")
    'Total'
    """
    flat, at = read or _compatible(line)
    start = flat.find(name)
    if start not in at or start + len(name) not in at:
        return name
    return line[at[start]:at[start + len(name)]]


def _compatible(line: str) -> tuple[str, dict]:
    """``line`` in its compatibility forms, a character at a time, and for each place in them where a character's
    form starts, that character's place in ``line``."""
    at, flat, end = {0: 0}, [], 0
    for k, c in enumerate(line, 1):
        flat.append(unicodedata.normalize("NFKC", c))
        end += len(flat[-1])
        at[end] = k
    return "".join(flat), at


def _printed_items(doc: Document, obs_rows: list, claim_rows: list) -> None:
    """Each item named as a line of its figures prints it, where that line prints it in full-width characters
    (its brackets and letters kept as printed): the same name in every row, parent and claim that names it."""
    lines = {doc.locator(p, i): line for p, page in enumerate(doc.pages, 1) for i, line in enumerate(page, 1)
             if not line.isascii() and not unicodedata.is_normalized("NFKC", line)}
    if not lines:
        return
    named: dict = {}
    read: dict = {}  # each line in its compatibility forms, read once
    for r in [*obs_rows, *claim_rows]:
        line = lines.get(r["locator"])
        if r["item"] not in named and line is not None and r["item"] not in line and r["item"] != "Total":
            if r["locator"] not in read:
                read[r["locator"]] = _compatible(line)
            named[r["item"]] = _as_printed(r["item"], line, read[r["locator"]])
    named = {k: v for k, v in named.items() if k != v}
    for r in obs_rows:
        r["item"], r["parent"] = named.get(r["item"], r["item"]), named.get(r["parent"], r["parent"])
    for r in claim_rows:
        r["item"], r["of"] = named.get(r["item"], r["item"]), named.get(r["of"], r["of"])


def _package(doc: Document, source: str, series_rows, obs_rows, claim_rows, notes):
    _printed_items(doc, obs_rows, claim_rows)
    seen, kept = set(), []
    for r in obs_rows:  # one value a series' item and year: a second reading of a table's cell is left out, said
        key = (r["series"], r["item"], r["year"])
        if key in seen:
            notes.append(f"{r['locator']}: {r['value']:g} is a second value of {r['item']} in {r['year']}; left out")
        else:
            seen.add(key)
            kept.append(r)
    obs_rows = kept
    units = {r["unit"] for r in obs_rows} | {r["unit"] for r in claim_rows} | {r["unit"] for r in series_rows}
    frames = {
        "observations": pd.DataFrame(obs_rows, columns=["series", "item", "parent", "year", "value", "unit", "status",
                                                        "source", "locator", "precision"]),
        "claims": pd.DataFrame(claim_rows, columns=["claim", "series", "item", "kind", "start_year", "end_year",
                                                    "period_years", "period", "value", "unit", "precision", "bound", "of",
                                                    "source", "locator", "note"]),
        "series": pd.DataFrame(series_rows, columns=["series", "title", "unit", "source", "kind", "description",
                                                     "table_title"]),
        "sources": pd.DataFrame([{"source": source, "publisher": "unknown (extracted draft)", "title": doc.name}]),
        "units": pd.DataFrame(_unit_rows(units, bundled_values("units", "unit")),
                              columns=["unit", "quantity", "currency", "scale", "description"]),
    }
    for col in ("start_year", "end_year"):
        frames["claims"][col] = frames["claims"][col].astype("Int64")
    obs = frames["observations"]  # each series and item in the order the text gives them, its years in order
    keys = list(zip(obs["series"], obs["item"]))
    first = {k: i for i, k in reversed(list(enumerate(keys)))}
    years = obs["year"].tolist()
    order = sorted(range(len(obs)), key=lambda i: (first[keys[i]], years[i]))
    frames["observations"] = obs.iloc[order].reset_index(drop=True)
    descriptor = {"name": re.sub(r"[^a-z0-9._-]+", "-", doc.name.lower()).strip("-") or "draft",
                  "title": f"Draft extracted from {doc.name}", "notes": notes}
    return package_from_frames(frames, descriptor, Path(doc.name))
