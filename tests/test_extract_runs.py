"""Long runs of one kind of character (blanks, digits, Chinese numerals, quarters in one sentence) are read once.

Each reader made linear here is checked against the plain form it replaced, which tried a pattern again from every
place along such a run: on random text, the same answers, and the same matches but those the plain forms found from
inside a run; and whole extractions of runs far longer than any page holds still give the sentence after them. Times are printed by ``benchmarks/bench_extract.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import pytest
from hypothesis import given
from hypothesis import strategies as st

import aimarket as am
from aimarket.extract import asides, documents, numbers, prose, shares

_NUMERALS = numbers._CJK_NUMERALS


def _spans(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


# each pattern as it reads now, as it read before (its start tried along a run), and the pieces of text to try them on
_BEFORE = {
    "a Chinese numeral's start": (numbers.CJK_AMOUNT, numbers.CJK_AMOUNT.pattern.replace(
        numbers._CJK_NUMBER_START, "(?<![数數几幾上成好余餘多])"), "一二两十百千万亿億元美%〇O数几 .3"),
    "ten thousands in hundreds of millions": (numbers._CJK_YI_WAN, numbers._CJK_YI_WAN.pattern.replace(
        numbers._CJK_NUMBER_START, "(?<![数數几幾上成好余餘多])"), ["九十七億", "七千萬", "一", "二", "亿", "万", "美元", "元", " "]),
    "a multiple in Chinese numerals": (numbers.MULTIPLE, numbers.MULTIPLE.pattern.replace(
        numbers._CJK_NUMERALS_RUN, f"[{_NUMERALS}]+"), ["一", "二", "十", "百", "两", "倍", " ", "x3", "3"]),
    "a span of years in Chinese numerals": (numbers.DURATION, numbers.DURATION.pattern.replace(
        numbers._CJK_NUMERALS_RUN, f"[{_NUMERALS}]+"), ["未来", "过去", "近", "十", "二", "一", "五", "年", "来", " ", "3"]),
    "the size of a revision": (asides._REVISION_SIZE, asides._REVISION_SIZE.pattern.replace("(?<!\\d)(?<!\\d\\.)", ""),
                               ["12", ".5", "%", " ", ",", "upward revision", "above its previous forecast",
                                "比原预测下调", "8"]),
    "a month's rate": (asides._MONTH_RATE, asides._MONTH_RATE.pattern.replace("(?<!\\d,)", "", 1),
                       ["1", ",", ".5", "%", " ", "% in May", " over June 2024", "x"]),
    "a page's counter": (asides._COUNTER, asides._COUNTER.pattern.replace("(?<!\\d,)", "", 1),
                         ["1", ",", ".", "4K", " shares", "阅读 ", " ", "x"]),
    "a named edition": (prose._NAMED_EDITION, prose._NAMED_EDITION.pattern.replace("(?<![\\w'’&-])", "", 1),
                        ["AB Global ", "Market ", "2025 Report", "x", " ", "a "]),
    "a region heading its clause": (shares._HEAD_PART_ZH, shares._HEAD_PART_ZH.pattern.replace(
        r"(?:(?:(?:预计|預計|预测|預測)\s*)?(?:(?:19|20)\d{2}\s*(?:[-–~至到]\s*(?:19|20)\d{2})?\s*年\s*)?",
        r"(?:(?:预计|預計|预测|預測)?\s*(?:(?:19|20)\d{2}\s*(?:[-–~至到]\s*(?:19|20)\d{2})?\s*年)?\s*"),
        ["，", "预计", " ", "2025年", "亚太地区", "市场规模", "达", "北京", "将", "其中"]),
}


@pytest.mark.parametrize("what", sorted(_BEFORE))
def test_each_pattern_made_linear_still_finds_what_it_found(what):
    """On random text of the pattern's pieces, the plain form finds no match the pattern does not but where it starts
    inside a run (a digit, a numeral or a letter after a word character or a number's comma or point: "1%" of ".5,1%",
    "一%" of "数一一%", "AB Global 2025 Report" of "xAB …"), whose own start makes no match or a shorter one, and each of
    the pattern's matches ends as a plain one does, or within the stretch such a match took."""
    now, before, alphabet = _BEFORE[what]
    assert before != now.pattern, f"the test's plain form of {what} no longer differs from the pattern"
    before = re.compile(before, now.flags)

    @given(st.lists(st.sampled_from(list(alphabet)), max_size=30).map("".join))
    def same(text):
        found, plain = _spans(now, text), _spans(before, text)
        inside = [(s, e) for (s, e), g in plain if ((s, e), g) not in found]  # the plain form's other matches
        assert all(s > 0 and re.match(r"[\w.,]", text[s - 1]) for s, _ in inside), (text, found, plain)
        ends = {e for (_, e), _ in plain}  # each match ends as a plain one does, or where one inside a run took
        assert all(e in ends or any(a < e and s < b for a, b in inside) for (s, e), _ in found), (text, found, plain)

    same()


@given(st.text(" \t|a$1,", max_size=30))
def test_a_cell_line_reads_as_its_pattern_read_it(line):
    m = re.fullmatch(r"\s*(?P<cell>[^|]+?)\s*\|\s*", line)
    assert documents._cell_line(line) == (None if m is None else m["cell"].strip() or " ")


_PIECES = ["Q1", " 2030", " in 2024", " $5 billion", " 5bn", " 12亿元", ", ", "; ", "，", " and", " full year", " the market",
           " alone", " 2025年上半年"]


@st.composite
def _lines(draw):
    """A line of pieces, and its clause cuts as the sentence reader makes them."""
    text = "".join(draw(st.lists(st.sampled_from(_PIECES), max_size=14)))
    return text, sorted(set(prose._bounds(text, prose.SENTENCE) + prose._bounds(text, prose._CLAUSE)))


def _plain_until(text, cuts, pos, end):
    k = bisect_right(cuts, pos)
    return next((c for c, d in zip(cuts[k:], cuts[k + 1:]) if c < end
                 and asides._names_a_whole_year(text, c, min(d, end))), end)


def _plain_last_clause(text, cuts, k, owned, end):
    while cuts[k] < end and k + 1 < len(cuts):
        nxt = min(cuts[k + 1], end)
        amount = bool(asides._AMOUNT.search(text, cuts[k], nxt))
        if amount and owned or asides._names_a_whole_year(text, cuts[k], nxt):
            break
        owned, k = owned or amount, k + 1
    return k


@given(_lines(), st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200), st.booleans()), max_size=12))
def test_a_line_readers_walks_answer_as_plain_walks(line, asks):
    """Asked in any order, the line reader's memoised walks give what a walk from scratch gives."""
    text, cuts = line
    read = asides._LineReader(text, cuts)
    for pos, end, owned in asks:
        pos, end = min(pos, len(text)), min(max(end, 1), len(text))
        assert read.until_a_whole_year(pos, end) == _plain_until(text, cuts, pos, end)
        k = min(bisect_right(cuts, pos), len(cuts) - 1)
        assert read.last_clause(k, owned, end) == _plain_last_clause(text, cuts, k, owned, end)


@given(_lines(), st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), max_size=12))
def test_a_line_readers_searches_are_searches(line, asks):
    """Its first match from a place is a search's; whether an amount stands between two cuts, or a whole year in a
    part's clause before it, is what a search of that stretch says."""
    text, cuts = line
    read = asides._LineReader(text, cuts)
    for pos, end in asks:
        pos, end = min(pos, len(text)), min(end, len(text))
        found, plain = read.first(asides._WHOLE_AMOUNT, pos, end), asides._WHOLE_AMOUNT.search(text, pos, end)
        assert (found and found.span()) == (plain and plain.span())
        a, b = sorted((cuts[pos % len(cuts)], cuts[end % len(cuts)]))
        assert read.amount(a, b) == bool(asides._AMOUNT.search(text, a, b))
    for part in asides._PART_OF_YEAR.finditer(text):  # a whole year named in a part's clause before it
        lo = cuts[bisect_right(cuts, part.start()) - 1]
        assert read.whole_year_before(lo, part.start()) == asides._names_a_whole_year(text, lo, part.start())


_SENTENCE = "The AI market was $5.1 billion in 2024 and will reach $12.3 billion by 2030."


@pytest.mark.slow  # inputs of tens of thousands of characters; the benchmarks time their growth
@pytest.mark.parametrize("run", [" " * 60_000, "1" * 40_000, "1," * 20_000, "一" * 40_000, "二〇" * 20_000,
                                 "Q1, " * 8_000, "Q1 " * 10_000, "AB" * 20_000, "1-5月 " * 6_000, ", 1 " * 8_000,
                                 "1、" * 15_000],
                         ids=["blanks", "digits", "digits and commas", "numerals", "numeral zeros", "quarters",
                              "quarters unpunctuated", "capitals", "months", "a list of numbers", "a Chinese list"])
def test_a_long_run_before_a_sentence_leaves_its_figures_read(run):
    """Runs far longer than a page (each once took minutes or more) before a sentence on a line of its own."""
    read = am.extract_text(run + "\n" + _SENTENCE).observations
    assert {(y, v) for y, v in zip(read.year, read.value)} >= {(2024, 5.1), (2030, 12.3)}
