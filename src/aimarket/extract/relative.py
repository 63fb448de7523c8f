"""Years a text names relative to its own date: "last year", "this year", "today", "by the end of the decade", 去年.

A press release dated 10 June 2025 that puts a market "at $1.3 billion last year" means 2024; "by the end of the
decade" there is 2030. Such an amount takes its year from the text's publication year, where the text states one
and the amount's sentence names no year of the past that the words could be counted from instead.

Examples
--------
>>> text = "Robotaxis were a $1.3 billion market last year and may reach $38.5 billion by the end of the decade."
>>> years = RelativeYears(text, 2025)
>>> years(text.index("$1.3"), text.index(" market")), years(text.index("$38.5"), text.index(" by the"))
((2024, 'last year'), (2030, 'by the end of the decade'))
>>> RelativeYears("去年市场规模为265亿元。", 2025)(7, 13)
(2024, '去年')
>>> text = "It was $1.3 billion in 2023, against $0.9 billion last year."
>>> RelativeYears(text, 2025)(text.index("$0.9"), text.index(" last")) is None
True
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from . import vocabulary
from .numbers import SENTENCE_STOP, trimmed_end
from .vocabulary import words

__all__ = ["AGAINST_YEAR", "ASIDE_AFTER", "RelativeYears", "dated_last_year", "year_words"]

#: the years counted from the text's own: the year before it, its own and the next
_OFFSET = {"last year": -1, "the past year": -1, "this year": 0, "today": 0, "next year": 1, "去年": -1, "今年": 0,
           "明年": 1, "前年": -2, "过去一年": -1, "過去一年": -1, "过去的一年": -1, "過去的一年": -1}
#: the kind of year a text may name its own by: "this calendar year", "last fiscal year" (:func:`year_words` drops it)
_KINDS = ("calendar", "fiscal", "financial")
_KIND = r"(?:(?:" + "|".join(_KINDS) + r") )?"
#: the present or the coming year: "this year", "this fiscal year", "today", "next calendar year"
_NOW = rf"this {_KIND}year|today|next {_KIND}year"
_WORDS = rf"last {_KIND}year|the past year|{_NOW}"
#: the end of the text's decade: "by the end of the decade", "by decade's end", "before the decade is out"
_DECADE = (r"(?:by|at|before|until|through)\s+(?:the\s+)?end\s+of\s+(?:the|this)\s+decade"
           r"|by\s+(?:the\s+)?decade'?s\s+end|before\s+the\s+decade\s+is\s+out")
#: an aside in brackets after a figure, or the bracket that closes its own, before the year of both: "RM 3.1 billion
#: (US$0.7 billion) in 2024", "(US$4.6bn, or 38.7%) of the US$11.9bn spent in 2024"; not a year of its own
ASIDE_AFTER = re.compile(r"\s*(?:\((?![^()]*(?:19|20)\d{2})[^()]{1,40}\)|\))")
#: one to a given number plus one of words, none of them "this", "last" or "next" (fill in the number with ``%``)
_WORDS_BUT_WHEN = r"(?:(?!this\b|last\b|next\b)[\w-]+\s+){0,%d}?(?!this\b|last\b|next\b)[\w-]+"
#: the words right after an amount: "$1.3 billion last year", "$38.5 billion by the end of the decade", "£16.9 billion
#: in revenue last year", "€4.7 billion in charging revenue last year", "$1.2 billion in fares last year", "$312.6
#: billion on generative AI this year", "41% of the market today"
_AFTER = re.compile(r"(?:\s+in\s+(?:the\s+)?(?!(?:last|this|next)\b)[a-z][\w-]*(?:\s+(?!(?:last|this|next)\b)[a-z][\w-]*)?"
                    # what it was spent on, for a list of uses: "£84 million on AI software for rostering, learning
                    # journals and developmental checks last year"
                    r"|\s+on\s+" + _WORDS_BUT_WHEN % 5 + r"\s+for\s+(?:(?!\d|this\b|last\b|next\b)[\w-]+,?\s+){1,8}?"
                    r"(?:and|or)\s+(?!\d|this\b|last\b|next\b)[\w-]+"
                    r"|\s+on\s+" + _WORDS_BUT_WHEN % 5 +
                    # where it came from, or a list of what it was spent on: "earned €186 million from AI translation,
                    # localisation and multilingual customer-support services last year", "spent ¥14.5 billion on AI
                    # matching, compatibility scoring and identity-verification tools last year" (no figure among them)
                    r"|\s+(?:from|on)\s+(?:(?!\d|this\b|last\b|next\b)[\w-]+,?\s+){0,14}?"
                    r"(?!\d|this\b|last\b|next\b)[\w-]+"
                    r"|\s+of(?:\s+(?:the|its|their|all))?(?=\s)"  # a share's whole: "41% of the market today", "81%
                    # of accelerator revenue last year"
                    # what the amount buys: "awarded £412 million of contracts for clinical AI software last year"
                    r"|\s+of\s+[\w-]+(?:\s+[\w-]+)?\s+(?:for|on)\s+" + _WORDS_BUT_WHEN % 4 +
                    # or a list of what it buys: "bought $16.9 billion of fraud-detection software and services last year"
                    r"|\s+of\s+(?:(?!\d|this\b|last\b|next\b)[\w-]+\s+){1,4}?(?:and|or)\s+(?!\d|this\b|last\b|next\b)[\w-]+"
                    r")?"
                    # and a gloss between commas: "on AI tools, from dispensing robots to checking software, last year"
                    r"(?:\s*,\s*from\s+[^,.;\d]{1,60}?\s+to\s+[^,.;\d]{1,60}?\s*,)?"
                    r"(?:\s+(?!and\b|or\b|but\b|while\b|by\b|in\b|last\b|this\b|next\b)[a-z][a-z-]*){0,2}?"
                    r"\s*(?:in\s+|during\s+|for\s+)?(?P<w>" + _WORDS + "|" + _DECADE + r")\b(?!'s)", re.IGNORECASE)
#: the present or the coming year right after an amount, a comma between them or not: "to 34.5 billion yuan, this
#: year", "could climb to $9.7 billion next year", a rate's "a further 46% rise this year": counted from the text's own
#: year, whatever past year the sentence names before it (unlike "last year", which may count from another amount's
#: year; "the next year" is no such word)
_NOW_AFTER = re.compile(r"\s*,?\s*(?:(?:rise|increase|gain|jump|growth|decline|drop|fall)\s+)?(?:in\s+|during\s+|for\s+)?"
                        r"(?P<w>" + _NOW + r")\b(?!'s)", re.IGNORECASE)
#: a share of a whole of a year named relative to the text's: "took 38% of last year's revenue", "made up £161 million, or
#: 38.5%, of last year's spending"
_OF_ITS = re.compile(r"(?:\s*,?\s*(?:or\s+)?\d[\d.]*\s*(?:%|percent|per cent))?\s*,?\s+of\s+(?P<w>" + _WORDS
                     + r")['’]s\b", re.IGNORECASE)
#: the words before an amount in its sentence: "Last year, the market was worth", "grew by half last year, to",
#: "去年市场规模为"
_BEFORE = re.compile(r"(?<![A-Za-z])(?P<w>" + _WORDS + r")(?:'s)?(?![A-Za-z'])|(?P<cn>过去的?一年|過去的?一年|去年|今年|明年|前年)"
                     r"(?!同期|底|末|前|第)", re.IGNORECASE)
#: words before an amount that set it against another as its base, whose "last year" counts from that other's year:
#: "$412 million, up from $263 million last year"
_BASE = re.compile(r"(?:" + words(vocabulary.BASE) + r"|versus|vs\.?|over)\s*" + vocabulary.BEFORE_CURRENCY,
                   re.IGNORECASE)
#: the words before a year a movement is set against ("grew by 13.9% last year compared to 2022"): no year "last
#: year" counts from
AGAINST_YEAR = re.compile(r"\b(?:compared\s+(?:to|with)|versus|vs\.?|than)\s+(?:in\s+)?$", re.IGNORECASE)
#: the word before a year that starts a span running to now: "since 2021"
_SINCE = re.compile(r"\bsince\s+$|自\s*$", re.IGNORECASE)
#: a year the sentence names
_YEAR = re.compile(r"(?<!\d)(?:FY\s?)?((?:19|20)\d{2})(?!\d)")


def year_words(words: str) -> str:
    """The words as :data:`_OFFSET` spells them: "this calendar year" and "this fiscal year" are "this year".

    Examples
    --------
    >>> from aimarket.extract.relative import year_words
    >>> year_words("This fiscal year"), year_words("next calendar year"), year_words("去年")
    ('this year', 'next year', '去年')
    """
    return " ".join(w for w in words.lower().split() if w not in _KINDS)


class RelativeYears:
    """The years the words around each amount of ``text`` name relative to ``published`` (the text's year), read
    once a line (``amounts``: the spans of its amounts; words before an amount name its year, not the year of the
    amounts after it): a call with an amount's span gives the year and the words, or None where they name none, where
    the text's year is unknown, or where the amount's sentence names a year up to ``published`` before it or sets
    it against another amount, from whose year "last year" may count instead."""

    def __init__(self, text: str, published: int | None, amounts: list[tuple[int, int]] = ()):
        self.text, self.published = text, published
        self.spans = sorted(amounts)  # the line's amounts: words before one name its year, not the next's
        self.amounts = [a for a, _ in self.spans]
        if published is None:
            return
        self.stops, lead = [], 0
        for m in SENTENCE_STOP.finditer(text):  # not the semicolons between the items of a list its lead-in governs:
            if m.group(0) in ";；" and re.search(r"[:：]", text[lead:m.start()]):  # "今年的主要预期目标是：…；…"
                continue
            self.stops.append(m.end())
            lead = m.end()
        # a year a span starts from ("has doubled since 2021, ... to $9.6 billion last year") is no year "last year"
        # counts from, and the text's own year (a dateline's) counts the same either way
        self.past = [m.start() for m in _YEAR.finditer(text) if int(m.group(1)) < published
                     and not _SINCE.search(text, max(0, m.start() - 8), m.start())
                     and not AGAINST_YEAR.search(text, max(0, m.start() - 16), m.start())]
        self.words = [(m.start(), m.group("w") or m.group("cn")) for m in _BEFORE.finditer(text)]
        self.word_starts = [w for w, _ in self.words]

    def __call__(self, start: int, end: int) -> tuple[int, str] | None:
        text, published = self.text, self.published
        if published is None:
            return None
        k = bisect_right(self.stops, start) - 1
        lo = self.stops[k] if k >= 0 else 0  # where the amount's sentence starts
        # "up from $263 million last year" counts from the other amount's year, unless an amount of "this year":
        # "$92.4 billion this year, up 27.6% from $72.4 billion last year", "€48.6 billion on security products and
        # services this year, up 12.5% from €41.2 billion last year"
        end = max(start, trimmed_end(text, end))  # a span may end with the space after the amount
        now = _NOW_AFTER.match(text, end)  # "up from $257.5 billion this year": the text's year, whatever the base
        if now is None:
            now = _OF_ITS.match(text, end)
        if now is not None:
            return published + _OFFSET[year_words(now.group("w"))], now.group("w")
        # … but not from a forecast's year: "to $31 billion in 2028 from $14.2 billion last year", dated 2025, is 2024
        if _BASE.search(text, max(0, start - 20), start) and not any(
                (now := _NOW_AFTER.match(text, e) or _AFTER.match(text, trimmed_end(text, e)))
                and year_words(now.group("w")) == "this year"
                for _, e in self.spans[bisect_left(self.amounts, lo):bisect_left(self.amounts, start)]) and not any(
                int(y) > published for y in _YEAR.findall(text, lo, start)):
            return None
        before = bisect_left(self.past, start)
        year = self.past[before - 1] if before > bisect_left(self.past, lo) else -1  # a past year of the sentence
        aside = ASIDE_AFTER.match(text, end)  # "USD 1.36 billion (AED 5.0 billion) last year": both amounts' year
        m = _AFTER.match(text, end) or (aside and _AFTER.match(text, aside.end()))
        if m is not None:
            # a past year of the sentence may be the one the words count from, unless they count to a later year,
            # as a history told in order does: "… to $2.9 billion in 2022 and reached $3.6 billion last year"
            if year >= 0 and published + _OFFSET.get(year_words(m.group("w")), 1) <= year:
                return None
            words = m.group("w")
        else:  # words between a past year and the amount name its year: "2025/05/13 …，明年可望突破1,500亿元"
            k = bisect_left(self.word_starts, start) - 1
            if k < 0 or self.word_starts[k] < max(lo, year) or self._taken(self.word_starts[k], start):
                return None
            words = self.words[k][1]
        said = year_words(words)
        if said in _OFFSET:
            return published + _OFFSET[said], words
        return (published // 10 + 1) * 10, words

    def _taken(self, word: int, start: int) -> bool:
        """Whether words at ``word`` belong to another amount: one stands between them and ``start``, or they follow
        the amount before them ("worth $8.0 billion last year, ... to $16.6 billion": 8.0's year, not 16.6's)."""
        k = bisect_left(self.amounts, word)
        if k < bisect_left(self.amounts, start):
            return True
        after = _AFTER.match(self.text, self.spans[k - 1][1]) if k else None
        return after is not None and after.start("w") == word


#: "last year" in a line, which a text dated in year Y means as Y - 1
_LAST_YEAR_WORDS = re.compile(r"\blast year\b|\bthe past year\b|去年|上年(?!同期)", re.IGNORECASE)


def dated_last_year(line: str, published: int | None) -> tuple[int, int] | None:
    """The years of a rise its line dates only as "last year" ("spending grew 29% last year alone"): the year
    before the text's publication year, over the year before that."""
    if published is None or not _LAST_YEAR_WORDS.search(line):
        return None
    return published - 2, published - 1
