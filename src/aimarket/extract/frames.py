"""Sentence frames: the phrasings of report sentences, as a table of slots and roles, and the matcher that reads them.

A frame is a pattern in a small slot language, with one example sentence and the roles it gives::

    from AMOUNT@base in|by YEAR@base to AMOUNT@target in|by YEAR@target [at {CAGR} RATE@cagr]

- ``AMOUNT``, ``YEAR``, ``PERIOD`` (a span of years, "2023-2028"), ``RATE`` (a percentage), ``SPAN`` (a length,
  "over the next five years") and ``MULTIPLE`` ("3.5 times") are slots; ``@role`` names what the figure is to
  the sentence, and ``AMOUNT+``/``YEAR+`` a list of them ("2022年、2023年和2024年", "A、B、C");
- a word (in lower case: upper case is for slots) stands for itself, ``a|b`` for either, ``{GROWTH}`` for any
  word of that group of :mod:`~aimarket.extract.vocabulary` (``{GROWTH|DECLINE}`` for either group), so a word
  added there is read by every frame; ``[...]`` is optional; Chinese words need no spaces and a ``年`` after
  ``YEAR`` is the year's own;
- between two elements up to six filler words may stand (words that are neither slots nor the frame's own
  words, nor a forecast's cue unless the frame names one: "and is forecast to reach" starts a clause of its own);
  ``...`` stands for up to forty words or years, up to the first place where the next element reads, but for no
  figure of a kind the frame has a slot for.

Roles: ``base`` (the start of a movement: history), ``target`` (its end: a forecast when a cue governs it),
``restated`` (a prior year's figure in brackets: history), ``prior`` (a figure of the year before the target's,
"a year earlier": history), ``span`` (a PERIOD whose first year is the base's and
last the target's), ``each`` (a list of years and lists of amounts, each paired with it in order), ``cagr``, ``growth`` and
``yoy`` (a rate: compound from the base to the target, a change from the base to the target, a change over the
year before the target), ``multiple`` (a growth multiple from the base to the target) and ``rate`` (a PERIOD or
a SPAN stated with the rate: its years, or its length counted from the target back or from the base on).
A sentence is cut into tokens once; each frame is one compiled regular expression over them, with bounded gaps
that cannot overlap, so reading a line stays linear in its length.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property

from . import vocabulary

__all__ = ["Frame", "FRAMES", "Slot", "Reading", "Matcher", "frames_matcher", "register", "unregister", "parse",
           "tokenize_words", "line_codes"]

#: slot names -> the code of their tokens in a sentence's token string
SLOTS = {"AMOUNT": "§A", "YEAR": "§Y", "PERIOD": "§P", "RATE": "§R", "SPAN": "§S", "MULTIPLE": "§M"}
ROLES = ("", "base", "target", "restated", "prior", "span", "each", "cagr", "growth", "yoy", "multiple", "rate")
FILLER = 6  # filler words between two elements
WIDE = 40  # words a "..." may stand for
_LIST = 12  # members of a list slot
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|[\u3400-\u9fff\uf900-\ufaff]|\d+(?:[.,]\d+)*|[^\s\w]|_")
_LEX = re.compile(r"(?P<space>\s+)|(?P<wide>\.\.\.)|(?P<open>\[)|(?P<close>\])|\{(?P<group>[A-Z_|]+)\}"
                  r"|(?P<slot>" + "|".join(SLOTS) + r")(?P<many>\+)?(?:@(?P<role>[a-z]+))?年?"
                  r"|(?P<word>(?:(?!\.\.\.)[^\s\[\]{}A-Z])+)")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_SEPARATOR = r"(?:(?:, |、 |， |; |/ )?(?:and |和 |及 |与 |與 |以及 )?(?:\+ )?)"  # "+64%/+58%": a sign before the next


def tokenize_words(text: str) -> list[str]:
    """The word tokens of ``text`` as the matcher sees them: Latin words in lower case, one token per Chinese
    character, numbers and punctuation marks one token each."""
    return [m.group(0).lower() for m in _WORD.finditer(text)]


def _literal(word: str) -> str:
    """A regular expression over token strings for a word (or phrase) of text: its first token as it is, the
    Chinese characters after it also as the inside of a compound (see :func:`line_codes`)."""
    tokens = tokenize_words(unicodedata.normalize("NFKC", word))
    if not tokens:
        raise ValueError(f"frame pattern: the word {word!r} has no token")
    return "".join(("~?" if k and _CJK.match(t) else "") + re.escape(t) + " " for k, t in enumerate(tokens))


def _compounds():
    """Chinese words of three or more characters of the vocabulary ("复合年增长率"), and the years a text names
    relative to its own (今年, 去年), inside which no word starts."""
    found = set()
    for name in vocabulary.__all__:
        group = getattr(vocabulary, name)
        if isinstance(group, (tuple, dict)):
            found.update(w for w in group if isinstance(w, str) and len(w) >= 3 and _CJK.match(w))
    # and the years named relative to the text's, inside which no "年增" (over the year before) starts: "今年增至"
    found.update(("今年", "去年", "明年", "前年"))
    # at every place one starts, overlaps too: "三年複合年增長率" holds "年複合" and "複合年增長率"
    return re.compile("(?=(" + "|".join(map(re.escape, sorted(found, key=len, reverse=True))) + "))")


def _longer_words() -> dict[tuple, set]:
    """For each ending of a Latin phrase of the vocabulary, the words before it: "annual increase" (growth over a
    year) is no word where it ends "average annual increase" (a CAGR)."""
    out: dict[tuple, set] = {}
    for name in vocabulary.__all__:
        group = getattr(vocabulary, name)
        for w in group if isinstance(group, (tuple, dict)) else ():
            tokens = tokenize_words(w) if isinstance(w, str) and w.isascii() else []
            for k in range(1, len(tokens)):
                out.setdefault(tuple(tokens[k:]), set()).add(" ".join(tokens[:k]) + " ")
    return out


def _alternatives(words, own=frozenset(), guard=True) -> str:
    """Any of ``words``, none of them where it ends a longer word of the vocabulary, unless the words before it are
    ``own`` words of the frame ("from" + "the previous year" is read as the frame's two words); ``guard=False``: any
    of them anywhere."""
    def guarded(w):
        before = _LONGER.get(tuple(tokenize_words(w)), ()) if guard and w.isascii() else ()
        return "".join(f"(?<!(?<![^ ]){re.escape(b)})" for b in sorted(before) if b.strip() not in own) + _literal(w)

    return "(?:" + "|".join(guarded(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


@dataclass(frozen=True)
class Frame:
    """A phrasing: a ``name``, a ``pattern`` in the slot language, an ``example`` sentence, and the roles the
    example's figures take, each written ``"VALUE role YEAR status"`` for an amount or ``"VALUE role START-END
    period_status"`` for a rate or multiple (``?`` for the role of a figure no frame reads).

    Examples
    --------
    >>> from aimarket.extract.frames import Frame, frames_matcher
    >>> f = Frame("doubled_since", "MULTIPLE@multiple since YEAR@base", "Sales doubled since 2021.", ())
    >>> frames_matcher(extra=[f]).frames[-1].name
    'doubled_since'
    """

    name: str
    pattern: str
    example: str
    expect: tuple = ()


@dataclass(frozen=True)
class Slot:
    """One slot of a match: its role, its kind (``AMOUNT`` ...) and the position of its token."""

    role: str
    kind: str
    token: int


@dataclass(frozen=True)
class Reading:
    """A frame read in a sentence: the frame, its slots in order, and the token it starts at."""

    frame: Frame
    slots: tuple
    start: int = 0


def parse(pattern: str) -> list:
    """A pattern's elements, in order: ``("words", words)`` (a word, its alternatives or a vocabulary group),
    ``("slot", (kind, role, many))``, ``("wide", None)`` for ``...`` and ``("optional", elements)``.

    Examples
    --------
    >>> from aimarket.extract.frames import parse
    >>> parse("from AMOUNT@base [in] YEAR@base")
    [('words', ('from',)), ('slot', ('AMOUNT', 'base', False)), ('optional', [('words', ('in',))]), \
('slot', ('YEAR', 'base', False))]
    """
    stack: list[list] = [[]]
    pos = 0
    while pos < len(pattern):
        m = _LEX.match(pattern, pos)
        if m is None:
            raise ValueError(f"pattern: cannot read {pattern[pos:pos + 12]!r} in {pattern!r}")
        pos = m.end()
        if m.group("space"):
            continue
        if m.group("open"):
            stack.append([])
        elif m.group("close"):
            if len(stack) == 1:
                raise ValueError(f"pattern: ']' without '[' in {pattern!r}")
            inner = stack.pop()
            stack[-1].append(("optional", inner))
        elif m.group("wide"):
            stack[-1].append(("wide", None))
        elif m.group("group"):
            words: list = []
            for name in m.group("group").split("|"):
                group = getattr(vocabulary, name, None) if name in vocabulary.__all__ else None
                if not isinstance(group, (tuple, dict)):
                    raise ValueError(f"pattern: no vocabulary group {name!r} in {pattern!r}")
                words.extend(group)
            stack[-1].append(("words", tuple(words)))
        elif m.group("slot"):
            role = m.group("role") or ""
            if role not in ROLES:
                raise ValueError(f"pattern: the role {role!r} of {m.group(0)!r} is none of {ROLES}")
            stack[-1].append(("slot", (m.group("slot"), role, bool(m.group("many")))))
        else:
            stack[-1].append(("words", tuple(m.group("word").split("|"))))
    if len(stack) != 1:
        raise ValueError(f"pattern: '[' without ']' in {pattern!r}")
    if not stack[0] or stack[0][0][0] in ("wide", "optional"):
        raise ValueError(f"pattern: a pattern starts with a word or a slot, not {pattern!r}")
    return stack[0]


class _Compiler:
    """One frame's pattern -> one regular expression over token strings, and the slots of its groups."""

    def __init__(self, frame: Frame):
        self.frame = frame
        self.slots: dict[str, tuple[str, str]] = {}  # group name -> (kind, role)
        try:
            elements = parse(frame.pattern)
        except ValueError as e:
            raise ValueError(f"frame {frame.name!r}: {e}") from None
        self.needs = {SLOTS[arg[0]] for kind, arg in elements if kind == "slot"}  # a line without them is skipped
        # and one without a first token of each word the frame cannot do without
        self.firsts = [frozenset(tokenize_words(unicodedata.normalize("NFKC", w))[0] for w in arg)
                       for kind, arg in elements if kind == "words"]
        self.kinds = set()  # the figures' slot codes of the pattern, which a "..." does not pass
        words = []
        stack = list(elements)
        while stack:
            kind, arg = stack.pop()
            if kind == "optional":
                stack.extend(arg)
            elif kind == "words":
                words.append(arg)
            elif kind == "slot" and arg[0] not in ("YEAR", "PERIOD"):
                self.kinds.add(SLOTS[arg[0]][1])
        self.own = frozenset(" ".join(tokenize_words(w)) for arg in words for w in arg)
        keywords = {_alternatives(arg, self.own, guard=False) for arg in words}  # a filler is never such a word
        keywords = "|".join(sorted(keywords, key=len, reverse=True)) or "(?!)"
        names_a_cue = not _CUE_WORDS.isdisjoint(w for arg in words for w in arg)
        cue = "" if names_a_cue else "|" + _CUES  # a forecast's cue starts a clause: no filler of its frame
        self.fill = rf"(?:(?!{keywords}{cue})[^§ ]\S* ){{0,{FILLER}}}"
        self._keywords = rf"(?<![^ ])(?:{keywords})"
        self._pattern = self._sequence(elements)  # names the slots' groups; compiled when a line first needs it

    @cached_property
    def regex(self) -> re.Pattern:
        """The frame's expression, compiled on first use: a text in one script never compiles the other's frames."""
        return re.compile(self._pattern)

    @cached_property
    def keyword_re(self) -> re.Pattern:
        return re.compile(self._keywords)

    def _first(self, element) -> str:
        kind, arg = element
        if kind == "words":
            return _alternatives(arg, self.own)
        if kind == "slot":
            return SLOTS[arg[0]] + " "
        raise ValueError(f"frame {self.frame.name!r}: '...' must be followed by a word or a slot")

    def _element(self, element) -> str:
        kind, arg = element
        if kind == "words":
            return _alternatives(arg, self.own)
        if kind == "optional":
            return "(?:" + self._sequence(arg, lead=True) + ")?"
        slot, role, many = arg
        group = f"s{len(self.slots)}"
        self.slots[group] = (slot, role)
        code = SLOTS[slot] + " "
        if many:
            return f"(?P<{group}>{code}(?:{_SEPARATOR}{code}){{1,{_LIST}}})"
        return f"(?P<{group}>{code})"

    def _sequence(self, elements, lead: bool = False) -> str:
        out = []
        for k, element in enumerate(elements):
            if element[0] == "wide":
                if k + 1 >= len(elements):
                    raise ValueError(f"frame {self.frame.name!r}: a pattern cannot end with '...'")
                # nor "其中" / "of which": what follows is a part of the figure before, no other role of it
                stop = "§[." + "".join(sorted(self.kinds)) + "] |其 中 |of which "
                out.append(rf"(?:(?!{self._first(elements[k + 1])})(?!{stop})\S+ ){{0,{WIDE}}}")
                continue
            if (k or lead) and not (k and elements[k - 1][0] == "wide"):
                out.append(self.fill)
            out.append(self._element(element))
        return "".join(out)


def line_codes(text: str, slots: list, ends) -> tuple[list[str], list]:
    """A line as the matcher reads it: ``slots`` are ``(start, end, code, ref)`` spans of figures and years (a
    ``年`` right after a year or a span of years is the year's own), ``ends`` the positions where sentences end.
    Returns the token codes and, for each, its ``ref`` (for a word, where it starts in ``text``)."""
    codes: list[str] = []
    refs: list = []
    ends = set(ends)
    at = 0
    for start, end, code, ref in sorted(slots, key=lambda s: s[0]):
        if start < at:
            continue
        _words(text, at, start, ends, codes, refs)
        codes.append(code)
        refs.append(ref)
        at = end + 1 if code in ("§Y", "§P") and text.startswith("年", end) else end
    _words(text, at, len(text), ends, codes, refs)
    return codes, refs


def _words(text, lo, hi, ends, codes, refs) -> None:
    inside = set()  # the characters of a compound after its first: "~年" in "复合年增长率"
    for m in _COMPOUNDS.finditer(text, lo, hi):
        inside.update(range(m.start() + 1, min(m.end(1), hi)))
    for m in _WORD.finditer(text, lo, hi):
        word = m.group(0)
        if m.end() in ends and not word[0].isalnum() and not _CJK.match(word):
            codes.append("§.")
        else:
            codes.append("~" + word if m.start() in inside else word.lower())
        refs.append(m.start())


class Matcher:
    """Frames compiled once; :meth:`read` finds them in a line's tokens.

    Examples
    --------
    >>> from aimarket.extract.frames import frames_matcher
    >>> m = frames_matcher()
    >>> [r.frame.name for r in m.read(["§A", "in", "§Y", ",", "up", "§R", "from", "§Y"])]
    ['up_from_year', 'rate_from_year']
    """

    def __init__(self, frames):
        self.frames = tuple(frames)
        self._compiled = [_Compiler(f) for f in self.frames]

    def has_keyword(self, frame: Frame, text: str) -> bool:
        """Whether ``text`` holds one of ``frame``'s own words (so it is no filler of that frame)."""
        compiled = self._compiled[self.frames.index(frame)]
        return compiled.keyword_re.search("".join(t + " " for t in tokenize_words(text))) is not None

    def read(self, codes: list[str]) -> list[Reading]:
        """The frames read in a line given as its token codes (``§A`` for an amount, ``§.`` for the end of a
        sentence, words in lower case): the longest readings first, in the table's order among readings of one
        length; a reading is kept when it gives each slot it shares with those kept before the same role."""
        line = "".join(c + " " for c in codes)
        starts, at = [], 0
        for c in codes:
            starts.append(at)
            at += len(c) + 1
        starts.append(at)
        found = []
        for lo, hi in _sentences(codes):  # no frame crosses the end of a sentence: each is read on its own
            present = set(codes[lo:hi])
            for order, compiled in enumerate(self._compiled):
                if compiled.needs <= present and all(not present.isdisjoint(f) for f in compiled.firsts):
                    found += self._found(compiled, order, line, starts[lo], starts[hi], codes, starts)
        found.sort(key=lambda x: (x[0], x[1]))
        roles: dict = {}
        readings = []
        for _, _, reading in found:
            if any(roles.get(s.token, s.role) != s.role for s in reading.slots):
                continue
            roles.update((s.token, s.role) for s in reading.slots)
            readings.append(reading)
        return readings

    @staticmethod
    def _found(compiled, order, line, lo, hi, codes, starts) -> list:
        found = []
        for m in compiled.regex.finditer(line, lo, hi):
            slots = []
            for group, (kind, role) in compiled.slots.items():
                s, e = m.span(group)
                if s < 0:
                    continue
                code = SLOTS[kind]
                slots += [Slot(role, kind, t) for t in range(bisect_left(starts, s), bisect_left(starts, e))
                          if codes[t] == code]
            found.append((-len(slots), order, Reading(compiled.frame, tuple(slots), bisect_left(starts, m.start()))))
        return found


def _sentences(codes: list[str]):
    """The token ranges of the sentences of a line that hold two slots or more (a frame has two at least)."""
    lo = 0
    for k, code in enumerate(codes + ["§."]):
        if code == "§.":
            if sum(1 for c in codes[lo:k] if c[0] == "§") >= 2:
                yield lo, k
            lo = k + 1


_COMPOUNDS = _compounds()
_CUE_WORDS = frozenset(vocabulary.ESTIMATE)
_CUES = _alternatives(vocabulary.ESTIMATE, guard=False)
_LONGER = _longer_words()


# ---------------------------------------------------------------------------------------------------- the table
FRAMES = (
    Frame("from_to", "from AMOUNT@base [in|by|for] YEAR@base to|至|到 AMOUNT@target [in|by|for] YEAR@target "
          "[at|with {CAGR} RATE@cagr]",
          "The edge AI market is projected to grow from USD 24.9 billion in 2024 to USD 66.5 billion by 2030, at a "
          "CAGR of 21.7%.",
          ("24.9 base 2024 actual", "66.5 target 2030 estimate", "21.7 cagr 2024-2030 inferred")),
    Frame("from_to_by_rate", "from AMOUNT@base [in] YEAR@base to AMOUNT@target [in|by] YEAR@target ... "
          "{CAGR} RATE@cagr PERIOD@rate",
          "Sales rose from $40 billion in 2024 to $93.4 billion in 2029, a CAGR of 18.5% from 2024 to 2029.",
          ("40 base 2024 actual", "93.4 target 2029 actual", "18.5 cagr 2024-2029 stated")),
    Frame("multiple_from_to", "MULTIPLE@multiple from AMOUNT@base [in] YEAR@base to AMOUNT@target [in|by] YEAR@target",
          "Its AI revenue tripled from $1.1 billion in 2022 to $3.3 billion in 2024.",
          ("3 multiple 2022-2024 inferred", "1.1 base 2022 actual", "3.3 target 2024 actual")),
    Frame("span_from_to", "PERIOD@span ... from|由|从|從 AMOUNT@base [{GROWTH}] to|至|到 AMOUNT@target",
          "Between 2020 and 2024 the segment grew from $2.0 billion to $4.4 billion.",
          ("2 base 2020 actual", "4.4 target 2024 actual")),
    Frame("level_then_forecast", "AMOUNT@base in|for YEAR@base ... {ESTIMATE} ... AMOUNT@target in|by YEAR@target "
          "[... {CAGR} RATE@cagr]",
          "The market was worth $11.3 billion in 2023 and is expected to reach $15.3 billion by 2028, growing at "
          "a CAGR of 6.2%.",
          ("11.3 base 2023 actual", "15.3 target 2028 estimate", "6.2 cagr 2023-2028 inferred")),
    Frame("level_then_forecast_over", "AMOUNT@base in|for YEAR@base ... {ESTIMATE} ... AMOUNT@target in|by YEAR@target "
          "... {CAGR} RATE@cagr ... PERIOD@rate",
          "AI accelerators earned $5.1 billion in 2023 and are forecast to hit $13.6 billion in 2029, a CAGR of "
          "17.8% over 2023-2029.",
          ("5.1 base 2023 actual", "13.6 target 2029 estimate", "17.8 cagr 2023-2029 stated")),
    Frame("level_then_rate_over_years", "AMOUNT@base in|for YEAR@base ... {CAGR} RATE@cagr ... SPAN@rate",
          "The market was worth $10.0 billion in 2024 and should grow at a CAGR of 20% over the next five years.",
          ("10 base 2024 actual", "20 cagr 2024-2029 stated")),
    Frame("valued_then_reach", "valued|worth at AMOUNT@base in YEAR@base ... AMOUNT@target by|in YEAR@target "
          "[... {CAGR} RATE@cagr]",
          "Valued at $8.0 billion in 2023, the segment could be worth $20.0 billion by 2030, growing at a CAGR of "
          "14%.",
          ("8 base 2023 actual", "20 target 2030 estimate", "14 cagr 2023-2030 inferred")),
    Frame("reach_rate_from_year", "AMOUNT@target by|in YEAR@target ... {CAGR} RATE@cagr from|since YEAR@base",
          "AI governance software is expected to reach $15.3 billion by 2028, at a CAGR of 6.2% from 2023.",
          ("15.3 target 2028 estimate", "6.2 cagr 2023-2028 stated")),
    Frame("rate_cagr_from_year_to_reach", "RATE@cagr {CAGR} from|since YEAR@base ... AMOUNT@target by|in YEAR@target",
          "Spending is forecast to grow at a 30% compound annual rate from 2024, reaching $9.0 billion in 2029.",
          ("30 cagr 2024-2029 stated", "9 target 2029 estimate")),
    Frame("multiple_over_span", "MULTIPLE@multiple SPAN@rate ... AMOUNT@target in|by YEAR@target",
          "Its AI licence revenue tripled in two years, reaching $0.9 billion in 2024.",
          ("3 multiple 2022-2024 stated", "0.9 target 2024 actual")),
    Frame("rate_from_year_to_reach", "{CAGR} RATE@cagr from|since YEAR@base ... AMOUNT@target by|in YEAR@target",
          "The market should grow at a CAGR of 30% from 2024 to reach $9.0 billion by 2029.",
          ("30 cagr 2024-2029 stated", "9 target 2029 estimate")),
    Frame("target_then_base", "AMOUNT@target in|by YEAR@target , {BASE} AMOUNT@base in YEAR@base",
          "Sales of AI PCs should reach USD 12.8 billion in 2030, up from USD 4.2 billion in 2024.",
          ("12.8 target 2030 estimate", "4.2 base 2024 actual")),
    Frame("target_when_rate_from_base", "AMOUNT@target in YEAR@target , when|after ... {GROWTH|DECLINE} RATE@growth "
          "from AMOUNT@base in YEAR@base",
          "Sales were $7.36 billion in 2023, when they had fallen 4.2% from $7.68 billion in 2022.",
          ("7.36 target 2023 actual", "-4.2 growth 2022-2023 inferred", "7.68 base 2022 actual")),
    Frame("target_then_base_rate", "AMOUNT@target in|by YEAR@target , {BASE} AMOUNT@base in YEAR@base , ... "
          "{GROWTH|DECLINE} RATE@growth",
          "Revenue from AI modems reached $6.0 billion in 2024, against $4.0 billion in 2023, an increase of 50%.",
          ("6 target 2024 actual", "4 base 2023 actual", "50 growth 2023-2024 inferred")),
    Frame("up_from_year", "AMOUNT@target [in] [YEAR@target] ... {GROWTH|DECLINE} RATE@growth from|over|since|versus|"
          "compared YEAR@base",
          "In 2023 start-up funding was $6.1 billion, down 8.2% from 2022.",
          ("6.1 target 2023 actual", "-8.2 growth 2022-2023 stated")),
    Frame("rate_over_year", "AMOUNT@target ... RATE@growth {GROWTH|DECLINE} over|on|from|compared|versus|against YEAR@base",
          "Revenue was $3.0 billion in 2024, a 25% increase over 2023.",
          ("3 target 2024 actual", "25 growth 2023-2024 stated")),
    Frame("yoy_to", "{GROWTH|DECLINE} RATE@yoy {YOY} [in YEAR@target] [,] to AMOUNT@target [in] [YEAR@target]",
          "In 2024, cloud AI revenue rose 35% year-on-year to $12.4 billion.",
          ("35 yoy 2023-2024 stated", "12.4 target 2024 actual")),
    Frame("rate_word_prior_year", "AMOUNT@target [in YEAR@target] ... RATE@yoy {GROWTH|DECLINE} on|over|from "
          "{PRIOR_YEAR}",
          "Shipments of AI doorbells totalled 4.0 million units in 2024, a 20% decline on the prior year.",
          ("4 target 2024 actual", "-20 yoy 2023-2024 stated")),
    Frame("amount_up_yoy", "AMOUNT@target [in|for] [YEAR@target] ... {GROWTH|DECLINE} RATE@yoy {YOY}",
          "Asia Pacific revenue was $9.8 billion in 2024, up 23.5% year over year.",
          ("9.8 target 2024 actual", "23.5 yoy 2023-2024 stated")),
    Frame("cn_year_amount_rate_to_reach", "YEAR@base年 ... AMOUNT@base ... {ESTIMATE} [PERIOD@rate年] ... "
          "RATE@cagr [的] {CAGR} ... YEAR@target年 ... AMOUNT@target",
          "2024年全球机器人市场规模为40亿美元，预计将以18.5%的年复合增长率增长，2029年达到93.4亿美元。",
          ("40 base 2024 actual", "18.5 cagr 2024-2029 inferred", "93.4 target 2029 estimate")),
    Frame("cn_history_rate_then_rate_to_reach", "YEAR@base年 [的] AMOUNT@base ， {CAGR} [为|為|达|達] RATE ， "
          "{ESTIMATE} ... RATE@cagr [的] {CAGR} ... YEAR@target年 ... AMOUNT@target",
          "市场规模由2019年的8.6亿元增至2023年的31.2亿元，复合年增长率为38.0%，预计将以29.4%的复合年增长率于2028年达到112.3亿元。",
          ("8.6 ? 2019 actual", "38 ? 2019-2023 inferred", "31.2 base 2023 actual", "29.4 cagr 2023-2028 inferred",
           "112.3 target 2028 estimate")),
    Frame("cn_from_to", "从|從|由|自 YEAR@base年 AMOUNT@base [{GROWTH}] 至|到 YEAR@target年 AMOUNT@target "
          "[， ... {CAGR} [为|為|达|達] RATE@cagr]",
          "中国智算服务市场从2022年的1,205亿元增长至2027年的3,000亿元，年复合增长率为20.0%。",
          ("1205 base 2022 actual", "3000 target 2027 actual", "20 cagr 2022-2027 inferred")),
    Frame("cn_from_prior_to", "从|從|由|自 上年|去年|前一年|上一年 [的] AMOUNT@prior [{GROWTH}] 至|到 AMOUNT@target",
          "2024年，全省AI涂装质检市场规模由上年的12.4亿元增至15.1亿元。",
          ("12.4 prior 2023 actual", "15.1 target 2024 actual")),
    Frame("cn_from_to_over", "从|從|由|自 YEAR@base年 AMOUNT@base [{GROWTH}] 至|到 YEAR@target年 AMOUNT@target "
          "，|, ... PERIOD@rate年 ... {CAGR} ... RATE@cagr",
          "國內智慧倉儲市場預計由2024年的120億元成長至2029年的300億元，2024-2029年年複合成長率約20.1%。",
          ("120 base 2024 actual", "300 target 2029 estimate", "20.1 cagr 2024-2029 stated")),
    Frame("cn_forecast_reach_cagr", "{ESTIMATE} YEAR@target年 ... 达到|達到|达|達|突破|增至|增长至|增長至 "
          "AMOUNT@target [PERIOD@rate年 ... {CAGR} [为|為|达|達] RATE@cagr]",
          "预计2028年该市场将达到1,500亿元，2023-2028年复合增长率为25.8%。",
          ("1500 target 2028 estimate", "25.8 cagr 2023-2028 stated")),
    Frame("cn_target_then_base", "{ESTIMATE} YEAR@target年 ... AMOUNT@target ，|, [而|较|較] YEAR@base年 ... "
          "AMOUNT@base",
          "预计2027年市场规模将达到900亿元，而2022年仅为210亿元。",
          ("900 target 2027 estimate", "210 base 2022 actual")),
    Frame("target_then_earlier", "{ESTIMATE} ... AMOUNT@target ... AMOUNT@base",
          "By 2032 the market could be worth $1.3 trillion, against $40 billion in 2022.",
          ("1.3 target 2032 estimate", "40 base 2022 actual")),
    Frame("cn_than_year_level_then_yoy", "AMOUNT@target ... 比|较|較 YEAR@base年 的 AMOUNT@base ... {YOY} "
          "[{GROWTH|DECLINE}] RATE@growth",
          "2024年台灣伺服器產值達1.52兆元，較2023年的9,860億元大幅成長，年增率達54.2%。",
          ("1.52 target 2024 actual", "9860 base 2023 actual", "54.2 growth 2023-2024 inferred")),
    Frame("cn_than_prior_level_then_yoy", "AMOUNT@target ... 比|较|較 前年|上年|去年|前一年|上一年 的 AMOUNT@prior ... {YOY} "
          "[{GROWTH|DECLINE}] RATE@growth",
          "2024年台灣伺服器產值達1.52兆元，較前年的9,860億元大幅成長，年增率達54.2%。",
          ("1.52 target 2024 actual", "9860 prior 2023 actual", "54.2 growth 2023-2024 inferred")),
    Frame("cn_yoy_prior_level_then_yoy", "AMOUNT@target ... {YOY} [的] AMOUNT@prior ... {YOY} [{GROWTH|DECLINE}] "
          "RATE@growth",
          "2024年该产业产值达1.52万亿元，比上年的9,860亿元大幅增长，同比增长54.2%。",
          ("1.52 target 2024 actual", "9860 prior 2023 actual", "54.2 growth 2023-2024 inferred")),
    Frame("cn_yoy", "AMOUNT@target ... {YOY} [{GROWTH|DECLINE}] RATE@yoy",
          "2023年全球AI服务器出货量达到118万台，同比增长38.4%。",
          ("118 target 2023 actual", "38.4 yoy 2022-2023 stated")),
    Frame("cn_than_year", "AMOUNT@target ... 比|较|較|相比|相較|相较 YEAR@base年 ... {GROWTH|DECLINE} RATE@growth",
          "2024年该公司营收为50亿元，比2022年增长25%。",
          ("50 target 2024 actual", "25 growth 2022-2024 stated")),
    Frame("cn_than_year_level", "AMOUNT@target ... 比|较|較|相比|相較|相较 YEAR@base年 [的] AMOUNT@base ... {GROWTH|DECLINE} "
          "RATE@growth",
          "2024年该市场规模达到385.6亿元，较2023年的273.1亿元同比增长41.2%。",
          ("385.6 target 2024 actual", "273.1 base 2023 actual", "41.2 growth 2023-2024 inferred")),
    Frame("rate_from_year", "{GROWTH|DECLINE} RATE@growth from|over|since|versus|compared|against YEAR@base",
          "In 2025 the segment earned $14.2 billion; it was an increase of 9.8% from 2024.",
          ("14.2 ? 2025 actual", "9.8 growth 2024-2025 stated")),
    Frame("multiple_of_prior", "AMOUNT@target ... 上年|去年|上一年|前一年 AMOUNT@prior [的] MULTIPLE@multiple",
          "2024年某省工业机器人产量为12万台，约为上年6万台的2倍。",
          ("12 target 2024 actual", "6 prior 2023 actual", "2 multiple 2023-2024 inferred")),
    Frame("rate_from_year_level", "AMOUNT@target in|by YEAR@target ... RATE@cagr a|per year ... from YEAR@base 's "
          "AMOUNT@base",
          "Analysts expect data-centre power spending to reach $90 billion in 2029, rising 20% a year from 2024's $36 "
          "billion.",
          ("90 target 2029 estimate", "20 cagr 2024-2029 inferred", "36 base 2024 actual")),
    Frame("multiple_than_year", "AMOUNT@target ... 比|较|較|相比|相較|相较|than|from|over YEAR@base年 ... "
          "MULTIPLE@multiple",
          "2024年中国智能算力规模为725亿元，较2023年翻了一番。",
          ("725 target 2024 actual", "2 multiple 2023-2024 stated")),
    Frame("cn_rate_than_year", "比|较|較|相比|相較|相较 YEAR@base年 ... {GROWTH|DECLINE} RATE@growth",
          "2024年该业务较2023年增长了35%。",
          ("35 growth 2023-2024 stated",)),
    # 与 is "and" as well: only "与2023年相比" sets a base ("受HPC與AI拉動，2026年…年增率可達31%" sets none)
    Frame("cn_rate_with_year", "与|與 YEAR@base年 相比|相較|相较 ... {GROWTH|DECLINE} RATE@growth",
          "2024年该业务收入与2023年相比增长了35%。",
          ("35 growth 2023-2024 stated",)),
    Frame("restated", "AMOUNT@target [in YEAR@target] ( YEAR@restated : AMOUNT@restated )",
          "Group revenue was £512.0m (2023: £423.1m).",
          ("512 target 2024 actual", "423.1 restated 2023 actual")),
    Frame("prior_year_bracketed", "AMOUNT@target [in|for] [fiscal] [YEAR@target] ( prior|previous year : AMOUNT@prior )",
          "Group revenue was €412 million in 2024 (prior year: €378 million).",
          ("412 target 2024 actual", "378 prior 2023 actual")),
    Frame("rate_prior_year_bracketed", "{GROWTH|DECLINE} RATE@growth [in YEAR@target] to AMOUNT@target "
          "( prior|previous year : AMOUNT@prior )",
          "The market grew by 11% in 2024 to €2.9 billion (prior year: €2.6 billion).",
          ("11 growth 2023-2024 inferred", "2.9 target 2024 actual", "2.6 prior 2023 actual")),
    Frame("restated_rate", "{GROWTH|DECLINE} RATE@growth to AMOUNT@target ( YEAR@restated : AMOUNT@restated )",
          "Group revenue rose 21.0% to £512.0m (2023: £423.1m).",
          ("21 growth 2023-2024 inferred", "512 target 2024 actual", "423.1 restated 2023 actual")),
    Frame("restated_then_rate", "AMOUNT@target [in YEAR@target] ( YEAR@restated : AMOUNT@restated ) ... "
          "{GROWTH|DECLINE} RATE@growth",
          "Subscription income was £96.0m (2023: £80.0m), an increase of 20%.",
          ("96 target 2024 actual", "80 restated 2023 actual", "20 growth 2023-2024 inferred")),
    Frame("rate_in_year_against_to", "{GROWTH|DECLINE} RATE@growth in YEAR@target ... YEAR@base ... to AMOUNT@target",
          "Spending on AI chips rose 40% in 2024 compared with 2023, to $70 billion.",
          ("40 growth 2023-2024 stated", "70 target 2024 actual")),
    Frame("rate_to_from", "{GROWTH|DECLINE} RATE@growth to AMOUNT@target [in|for] [fiscal] [YEAR@target] from "
          "AMOUNT@prior [{PRIOR_YEAR}]",
          "Revenue from AI servers rose 41% to $126.0 billion in 2024 from $89.5 billion a year earlier.",
          ("41 growth 2023-2024 inferred", "126 target 2024 actual", "89.5 prior 2023 actual")),
    Frame("to_then_rate_from", "to AMOUNT@target [in|for] [fiscal] [YEAR@target] , ... RATE@growth from AMOUNT@prior",
          "The market grew to 412.5 billion yen in fiscal 2024, a year-on-year rise of 11.4% from 370.3 billion yen.",
          ("412.5 target 2024 actual", "11.4 growth 2023-2024 inferred", "370.3 prior 2023 actual")),
    Frame("rate_against_level", "AMOUNT@target ... RATE@growth compared|against|versus|from [the] AMOUNT@restated ... "
          "in YEAR@restated",
          "Vendor revenue came to $40.0 billion, a drop of 20% compared to the $50.0 billion earned in 2022.",
          ("40 target 2023 actual", "-20 growth 2022-2023 inferred", "50 restated 2022 actual")),
    Frame("rate_from_to", "{GROWTH|DECLINE} RATE@growth from AMOUNT@base in YEAR@base to AMOUNT@target in YEAR@target",
          "Revenue rose 12.5% from $4.0 billion in 2021 to $4.5 billion in 2022.",
          ("12.5 growth 2021-2022 inferred", "4 base 2021 actual", "4.5 target 2022 actual")),
    Frame("rate_from_year_from_to", "{GROWTH|DECLINE} RATE@growth from YEAR@base , from AMOUNT@base to AMOUNT@target",
          "Retail revenues were up 7.5% from 2022, from $15.9 billion to $17.1 billion.",
          ("7.5 growth 2022-2023 inferred", "15.9 base 2022 actual", "17.1 target 2023 actual")),
    Frame("from_years_to", "from YEAR@base 's|’s AMOUNT@base to AMOUNT@target [in|by|for] YEAR@target",
          "Streaming revenues rose from 2022's $13.3 billion to $14.4 billion in 2023.",
          ("13.3 base 2022 actual", "14.4 target 2023 actual")),
    Frame("from_prior_years_to", "from [the] previous|prior|preceding year's|year’s AMOUNT@prior to AMOUNT@target "
          "[in|by|for] YEAR@target",
          "Download revenues fell from the previous year's $1.2 billion to $1.0 billion in 2023.",
          ("1.2 prior 2022 actual", "1 target 2023 actual")),
    Frame("rate_to_from_years", "{GROWTH|DECLINE} RATE@growth to AMOUNT@target from YEAR@base 's|’s AMOUNT@base",
          "Sales in 2023 fell 1.3% to $106.3 billion from 2022's record $107.6 billion.",
          ("-1.3 growth 2022-2023 inferred", "106.3 target 2023 actual", "107.6 base 2022 actual")),
    Frame("rate_against_level_alone", "{GROWTH|DECLINE} RATE@growth compared|against|versus|from [the] AMOUNT@restated "
          "... in YEAR@restated",
          "Still, it is down 16.7% from the $58.4 billion the firm earned in 2022.",
          ("-16.7 growth 2022-2023 inferred", "58.4 restated 2022 actual")),
    Frame("against_year_level_then_rate", "compared|against|versus YEAR@restated ( AMOUNT@restated ... ) ... "
          "{GROWTH|DECLINE} ... RATE@growth",
          "Compared to 2022 (1,200 units), this is an increase of 25%.",
          ("1200 restated 2022 actual", "25 growth 2022-2023 inferred")),
    Frame("year_rate_against_year_then_amount", "YEAR@target ... RATE@growth ... compared|against|versus YEAR@base , "
          "... AMOUNT@target",
          "2023 saw a 14.8% decline in shipments compared to 2022, with 241.8 million units shipped.",
          ("-14.8 growth 2022-2023 stated", "241.8 target 2023 actual")),
    Frame("rate_from_prior_level", "AMOUNT@target [in|for] [fiscal] [YEAR@target] ... {GROWTH|DECLINE} RATE@growth "
          "from|over|on [the] previous|prior|preceding|last [fiscal] year's AMOUNT@prior",
          "Revenue reached $30.2 billion in 2024, up 20.1% from the previous year's $25.1 billion.",
          ("30.2 target 2024 actual", "20.1 growth 2023-2024 inferred", "25.1 prior 2023 actual")),
    Frame("rate_from_level", "AMOUNT@target [in|for] [fiscal] [YEAR@target] , {GROWTH|DECLINE} RATE@growth "
          "from|over [the] AMOUNT@prior",
          "Insurers spent $18.2 billion on AI in 2024, up 12% from $16.3 billion.",
          ("18.2 target 2024 actual", "12 growth 2023-2024 inferred", "16.3 prior 2023 actual")),
    Frame("rate_on_level", "AMOUNT@target [in|for] [fiscal] [YEAR@target] , {GROWTH|DECLINE} RATE@growth "
          "on [the] AMOUNT@prior",
          "UK sales were £212m in 2024, up 24% on £171m.",
          ("212 target 2024 actual", "24 growth 2023-2024 inferred", "171 prior 2023 actual")),
    Frame("share_then_rate_from_level", "AMOUNT@target [in|for] [fiscal] [YEAR@target] , or RATE , {GROWTH|DECLINE} "
          "RATE@growth from|over|on [the] AMOUNT@prior",
          "Route planning took £41 million in 2024, or 43%, up 25% from £32.8 million.",
          ("41 target 2024 actual", "43 ? 2024-2024 None", "25 growth 2023-2024 inferred", "32.8 prior 2023 actual")),
    Frame("bracketed_share_then_rate_from_level", "AMOUNT@target [in|for] [fiscal] [YEAR@target] [(] RATE ) , "
          "{GROWTH|DECLINE} RATE@growth from|over|on [the] AMOUNT@prior",
          "Route planning took £41 million in 2024 (43%), up 25% from £32.8 million.",
          ("41 target 2024 actual", "43 ? 2024-2024 None", "25 growth 2023-2024 inferred", "32.8 prior 2023 actual")),
    Frame("cn_yoy_then_prior_level", "AMOUNT@target ... {YOY} [{GROWTH|DECLINE}] RATE@yoy ... {YOY} [同期] [的|之] "
          "AMOUNT@prior",
          "2024年國內該產值為新台幣38.7億元，年增16.2%，較上年之33.3億元增加5.4億元。",
          ("38.7 target 2024 actual", "16.2 yoy 2023-2024 stated", "33.3 prior 2023 actual")),
    Frame("cn_than_prior_level_change", "AMOUNT@target ... {YOY} [同期] [的|之] AMOUNT@prior {GROWTH|DECLINE}",
          "2024年国内该市场规模达48.6亿元，较上年的38.2亿元增加逾10亿元。",
          ("48.6 target 2024 actual", "38.2 prior 2023 actual")),
    Frame("cn_than_prior_level", "AMOUNT@target ... {YOY} [同期] [的] AMOUNT@prior ... "
          "{GROWTH|DECLINE} RATE@growth",
          "2024年中国AI芯片市场规模为294.6亿元，较上年的147.2亿元增长100.1%。",
          ("294.6 target 2024 actual", "147.2 prior 2023 actual", "100.1 growth 2023-2024 inferred")),
    Frame("cn_yoy_prior_is", "AMOUNT@target ... {YOY} [{GROWTH|DECLINE}] RATE@yoy ... {PRIOR_YEAR} 为|為|是 AMOUNT@prior",
          "2024年全省工业机器人主营业务收入286.4亿元，同比增长13.8%，上年同期为251.6亿元。",
          ("286.4 target 2024 actual", "13.8 yoy 2023-2024 stated", "251.6 prior 2023 actual")),
    Frame("cn_prior_year_is_yoy", "AMOUNT@target ... 上年|去年|上一年|前一年 为|為|是|达|達 AMOUNT@prior ... {YOY} "
          "[{GROWTH|DECLINE}] RATE@yoy",
          "2024年该市场规模为265亿元，上年为224亿元，同比增长18.3%。",
          ("265 target 2024 actual", "224 prior 2023 actual", "18.3 yoy 2023-2024 stated")),
    Frame("cn_year_is_yoy", "AMOUNT@target ，|, YEAR@restated年 为|為|是 AMOUNT@restated ，|, {YOY} "
          "[{GROWTH|DECLINE}] RATE@yoy",
          "2024年该市场规模达36.0亿元，2023年为24.0亿元，同比增长50%。",
          ("36 target 2024 actual", "24 restated 2023 actual", "50 yoy 2023-2024 stated")),
    Frame("cn_prior_year_is", "AMOUNT@target ... 上年|去年|上一年|前一年 为|為|是|达|達 AMOUNT@prior",
          "2024年该市场规模为265亿元，上年为224亿元。",
          ("265 target 2024 actual", "224 prior 2023 actual")),
    Frame("rate_larger_than_year_before_at_against", "RATE@growth larger|higher|bigger|greater|smaller|lower ... than "
          "{PRIOR_YEAR} , at AMOUNT@target against|versus|vs AMOUNT@prior",
          "US retail media spending was 20% larger in 2024 than a year earlier, at $54.6 billion against $45.5 billion.",
          ("20 growth 2023-2024 inferred", "54.6 target 2024 actual", "45.5 prior 2023 actual")),
    Frame("rate_from_level_year_before", "grew|rose|increased|expanded|climbed|jumped|fell|declined|dropped|shrank "
          "[by] RATE@yoy from|over|on [the] AMOUNT@prior {PRIOR_YEAR}",
          "The market reached $286 million in 2024; spending grew 21% from $236 million the year before.",
          ("286 ? 2024 actual", "21 yoy 2023-2024 stated", "236 prior 2023 actual")),
    Frame("amount_year_earlier", "AMOUNT@target ... AMOUNT@prior {PRIOR_YEAR}",
          "Revenue of $12.0 billion in fiscal 2024 compares with $9.5 billion a year earlier.",
          ("12 target 2024 actual", "9.5 prior 2023 actual")),
    Frame("rate_over_years_from_to", "{CAGR} RATE@cagr SPAN@rate ... from AMOUNT@base [in] YEAR@base to AMOUNT@target",
          "The market should grow at a CAGR of 42% over the next ten years, from $40 billion in 2022 to $1.3 "
          "trillion.",
          ("42 cagr 2022-2032 stated", "40 base 2022 actual", "1.3 target 2032 estimate")),
    Frame("rate_annually_from_to", "RATE@cagr {CAGR} SPAN@rate ... from AMOUNT@base [in] YEAR@base to "
          "AMOUNT@target",
          "Revenue is expected to grow 42% annually over the next ten years, from $40 billion in 2022 to $1.3 "
          "trillion.",
          ("42 cagr 2022-2032 stated", "40 base 2022 actual", "1.3 target 2032 estimate")),
    Frame("from_to_over_span", "from AMOUNT@base [in] YEAR@base to AMOUNT@target SPAN@rate",
          "The market is set to expand from $40 billion in 2022 to $1.3 trillion over the next ten years.",
          ("40 base 2022 actual", "1.3 target 2032 estimate", "10 ? 2022-None inferred")),
    Frame("arrow_over_period", "AMOUNT@base →|-> AMOUNT@target ( PERIOD@span )",
          "Edge AI spending: $5.6B → $21.3B (2024→2030).",
          ("5.6 base 2024 actual", "21.3 target 2030 actual")),
    Frame("arrow_each_year", "AMOUNT@base ( YEAR@base ) →|-> AMOUNT@target ( YEAR@target )",
          "AI PC revenue: $31.5B (2024) → $108.6B (2027).",
          ("31.5 base 2024 actual", "108.6 target 2027 actual")),
    Frame("between_by", "between AMOUNT@target and AMOUNT@target by|in YEAR@target",
          "Analysts expect the market to land between $80 billion and $100 billion by 2033.",
          ("80 target 2033 estimate", "100 target 2033 estimate")),
    Frame("years_respectively_growth", "YEAR+@each ... 分别|分別 AMOUNT+@each ... RATE+@each",
          "2025年、2026年该市场规模分别为286亿元、452亿元，同比+64%/+58%。",
          ("286 each 2025 actual", "452 each 2026 actual", "64 each 2024-2025 stated", "58 each 2025-2026 stated")),
    Frame("years_respectively", "YEAR+@each ... 分别|分別|依次|依序|respectively AMOUNT+@each [... 分别|分別|依次|依序 AMOUNT+@each]",
          "2022年、2023年和2024年，该市场规模分别为120亿元、150亿元和190亿元。",
          ("120 each 2022 actual", "150 each 2023 actual", "190 each 2024 actual")),
    Frame("period_respectively", "PERIOD@each ... 分别|分別|依次|依序 AMOUNT+@each [... 分别|分別|依次|依序 AMOUNT+@each]",
          "2021-2023年，该公司营收分别为80亿元、95亿元、110亿元，分别亏损12亿元、15亿元、9亿元。",
          ("80 each 2021 actual", "95 each 2022 actual", "110 each 2023 actual", "12 each 2021 actual",
           "15 each 2022 actual", "9 each 2023 actual")),
    Frame("period_respectively_growth", "PERIOD@each ... 分别|分別 AMOUNT+@each ... 分别|分別 RATE+@each",
          "2024-2026年该市场规模分别为200亿元、250亿元、310亿元，同比增速分别为33.3%、25.0%、24.0%。",
          ("200 each 2024 actual", "250 each 2025 actual", "310 each 2026 actual", "33.3 each 2023-2024 stated",
           "25 each 2024-2025 stated", "24 each 2025-2026 stated")),
    Frame("period_respectively_rates", "PERIOD@each ... 分别|分別 RATE+@each [... 分别|分別 RATE+@each]",
          "2021-2023年，该产品渗透率分别为12.5%、18.0%、24.2%，增速分别为 - 、44.0%、34.4%。",
          ("12.5 each 2021-2021 None", "18 each 2022-2022 None", "24.2 each 2023-2023 None", "44 each 2021-2022 stated",
           "34.4 each 2022-2023 stated")),
    Frame("years_respectively_rates", "YEAR+@each ... 分别|分別 RATE+@each",
          "其中2026年、2027年该市场同比增速分别约为64.6%和53.2%。",
          ("64.6 each 2025-2026 stated", "53.2 each 2026-2027 stated")),
    Frame("years_were_respectively", "YEAR+@each ... AMOUNT+@each respectively",
          "Revenues in 2022, 2023 and 2024 were $1.0 billion, $1.5 billion and $2.1 billion, respectively.",
          ("1 each 2022 actual", "1.5 each 2023 actual", "2.1 each 2024 actual")),
    Frame("amounts_in_years_respectively", "AMOUNT+@each in|for|during YEAR+@each respectively",
          "Revenue was $12.3 billion and $18.9 billion in 2022 and 2023, respectively.",
          ("12.3 each 2022 actual", "18.9 each 2023 actual")),
    Frame("list_respectively_in_year", "AMOUNT+@target respectively in|for|by YEAR@target",
          "Cloud and edge deployments reached $3.1 billion and $1.2 billion, respectively, in 2024.",
          ("3.1 target 2024 actual", "1.2 target 2024 actual")),
    Frame("multiple_its_year", "by|in YEAR@target ... MULTIPLE@multiple its YEAR@base",
          "By 2027 the market will be 3.5 times its 2023 size.",
          ("3.5 multiple 2023-2027 stated",)),
    Frame("multiple_its_year_by", "MULTIPLE@multiple its|their YEAR@base ... by|in YEAR@target",
          "The market should grow to three times its 2024 size by 2030.",
          ("3 multiple 2024-2030 stated",)),
    Frame("multiple_its_year_to_from", "by|in YEAR@target ... MULTIPLE@multiple its|their YEAR@base ... to "
          "AMOUNT@target from AMOUNT@base",
          "By 2028, spending on AI tutors should be four times its 2024 level, rising to $8.0 billion from $2.0 "
          "billion.",
          ("4 multiple 2024-2028 inferred", "8 target 2028 estimate", "2 base 2024 actual")),
    Frame("multiple_its_year_level", "by|in YEAR@target ... MULTIPLE@multiple its|their YEAR@base ... of AMOUNT@base "
          "[... AMOUNT@target]",
          "By 2030 warehouse robot sales could be about four times their 2024 level of $20 billion, some $80 billion.",
          ("4 multiple 2024-2030 inferred", "20 base 2024 actual", "80 target 2030 estimate")),
    Frame("cn_multiple_of_year", "AMOUNT@target ... 是|为|為|相当于|相當於 YEAR@base年 [的] MULTIPLE@multiple",
          "2024年该省智能算力规模达到360亿元，是2022年的3倍。",
          ("360 target 2024 actual", "3 multiple 2022-2024 stated")),
    Frame("multiple_period", "MULTIPLE@multiple PERIOD@rate",
          "Demand for inference compute is set to rise tenfold between 2024 and 2030.",
          ("10 multiple 2024-2030 stated",)),
)

_extra: list[Frame] = []
_matcher: Matcher | None = None


def register(frame: Frame) -> Frame:
    """Add a phrasing to the table the extractor reads (a new phrasing is one frame and one test snippet).

    Examples
    --------
    >>> from aimarket.extract.frames import Frame, register, unregister, frames_matcher
    >>> f = register(Frame("made_up", "AMOUNT@target in YEAR@target , versus AMOUNT@base for YEAR@base", "", ()))
    >>> frames_matcher().frames[-1].name
    'made_up'
    >>> unregister(f)
    """
    if not isinstance(frame, Frame):
        raise TypeError(f"frame: a Frame is needed, not {type(frame).__name__}")
    _Compiler(frame).regex  # a pattern that cannot be read fails here, not in the middle of a document
    _extra.append(frame)
    return frame


def unregister(frame: Frame) -> None:
    """Take a registered phrasing out of the table again."""
    if frame not in _extra:
        raise LookupError(f"frame: {getattr(frame, 'name', frame)!r} is not registered")
    _extra.remove(frame)


def frames_matcher(extra=()) -> Matcher:
    """The matcher of the table with the registered frames, compiled once (with ``extra`` frames: a new one)."""
    global _matcher
    frames = FRAMES + tuple(_extra) + tuple(extra)
    if extra:
        return Matcher(frames)
    if _matcher is None or _matcher.frames != frames:
        _matcher = Matcher(frames)
    return _matcher
