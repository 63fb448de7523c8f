"""The table of sentence frames: each frame reads its example, is indifferent to filler words, and a new phrasing
is one more entry."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, strategies as st

from aimarket.extract import vocabulary
from aimarket.extract.frames import FRAMES, Frame, Matcher, frames_matcher, parse, register, unregister
from aimarket.extract.prose import scan_line

_CJK = re.compile(r"[\u3400-\u9fff]")


def _roles(figures) -> list[str]:
    """What the figures of a line are, written as a frame's ``expect`` writes them."""
    out = []
    for f in figures:
        if f.kind in ("amount", "count"):
            out.append(f"{f.value:g} {f.role or '?'} {f.year} {f.status}")
        else:
            out.append(f"{f.value:g} {f.role or '?'} {f.start_year}-{f.end_year} {f.period_status}")
    return sorted(out)


def test_the_table_has_the_common_forms_in_both_scripts():
    assert len(FRAMES) >= 15
    assert len({f.name for f in FRAMES}) == len(FRAMES)
    chinese = [f for f in FRAMES if _CJK.search(f.example)]
    traditional = [f for f in FRAMES if re.search(r"[從較為達們長預]", f.pattern)]
    assert len(chinese) >= 5 and traditional and len(FRAMES) - len(chinese) >= 10


@pytest.mark.parametrize("frame", FRAMES, ids=lambda f: f.name)
def test_every_frame_reads_its_example(frame):
    """Alone, the frame gives the example's figures the roles written beside it; among the whole table too."""
    assert frame.expect, f"{frame.name}: no roles to check"
    assert _roles(scan_line(frame.example, 1, frames=Matcher([frame]))) == sorted(frame.expect)
    assert _roles(scan_line(frame.example, 1)) == sorted(frame.expect)


def test_a_sentence_no_frame_reads_keeps_the_rules():
    """With no frames at all, a sentence is still read by the rules, and no figure has a role."""
    figures = scan_line("Revenue was $3.0 billion in 2024.", 1, frames=Matcher([]))
    assert [(f.value, f.year, f.status, f.role) for f in figures] == [(3.0, 2024, "actual", None)]


# ------------------------------------------------------------------------------------------------ filler words
#: fillers of a figure stand right before it; other fillers anywhere between two elements
_BEFORE_FIGURE_EN = ("roughly", "an estimated", "around", "approximately", "about", "some", "just")
_ANYWHERE_EN = ("according to the firm", "notably", "in its view", "once again")
_BEFORE_FIGURE_CN = ("约", "大约", "近", "约合")
_ANYWHERE_CN = ("总体", "整体", "据测算", "总的来看")  # not "其中", after which a figure is a part of the one before
_WIDE_EN = ("the market", "the segment as a whole", "overall demand")
_ARTICLES = ("the", "a", "an", "its", "their")
_WIDE_CN = ("市场规模", "该行业", "整体")


def _possessive(kind, arg) -> bool:
    """Whether a pattern's element is a possessive's words ("year's|year’s")."""
    return kind == "words" and all(w.endswith(("'s", "’s")) for w in arg)


def _render(elements, draw, cn: bool, years: dict, out: list, values: dict) -> None:
    """The words of one instance of ``elements`` into ``out``, with a ``gap`` between two elements (marked when a
    figure follows it), where a filler may stand."""
    for k, (kind, arg) in enumerate(elements):
        # no filler splits a possessive's phrase: "2022's", "the previous year's" (not "the once again preceding
        # year's", nor "from notably preceding year's")
        if k and not (_possessive(kind, arg) or k + 1 < len(elements) and _possessive(*elements[k + 1])) \
                and not (out and out[-1][0] == "text" and out[-1][1].lower() in _ARTICLES):
            out.append(("gap", kind == "slot"))
        if kind == "wide":
            out.append(("text", draw(st.sampled_from(_WIDE_CN if cn else _WIDE_EN))))
        elif kind == "optional":
            if draw(st.booleans()):
                out.append(("gap", arg[0][0] == "slot"))
                _render(arg, draw, cn, years, out, values)
        elif kind == "words":
            script = [w for w in arg if bool(_CJK.search(w)) == cn and w.strip()] or list(arg)
            out.append(("text", draw(st.sampled_from(sorted(script)))))
        else:
            out.append(("text", _slot(arg, draw, cn, years, values)))


def _slot(arg, draw, cn: bool, years: dict, values: dict) -> str:
    slot, role, many = arg
    if slot == "YEAR":
        ys = years["each"] if role == "each" else [years.get(role, years["base"])]
        text = [f"{y}年" if cn else str(y) for y in ys]
        return ("、".join(text) if cn else ", ".join(text[:-1]) + " and " + text[-1]) if many else text[0]
    if slot == "PERIOD":
        a, b = (years["each"][0], years["each"][-1]) if role == "each" else (years["base"], years["target"])
        return f"{a}-{b}年" if cn else f"{a}-{b}"
    if slot == "RATE":  # a list of rates ("RATE+"), one for each year of the list of years
        rates = [f"{draw(st.integers(10, 600)) / 10:g}%" for _ in (years["each"] if many else [0])]
        return ("、".join(rates) if cn else ", ".join(rates[:-1]) + " and " + rates[-1]) if many else rates[0]
    if slot == "SPAN":
        n = years["target"] - years["base"]
        return f"未来{n}年" if cn else f"over the next {n} years"
    if slot == "MULTIPLE":
        return f"{draw(st.integers(2, 9))}倍" if cn else f"{draw(st.integers(2, 9))} times"
    n = len(years["each"]) if many else 1
    amounts = []
    for _ in range(n):
        value = draw(st.integers(11, 9_999).filter(lambda v: v not in values))
        values[value] = role
        value /= 10
        form = draw(st.sampled_from(("{v}亿元", "{v}亿美元", "人民币{v}亿元") if cn else
                                    ("${v} billion", "USD {v} billion", "US${v}bn", "€{v} billion", "${v} million")))
        amounts.append(form.format(v=f"{value:g}"))
    return ("、".join(amounts) if cn else ", ".join(amounts[:-1]) + " and " + amounts[-1]) if many else amounts[0]


def _instance(frame: Frame, draw):
    cn = bool(_CJK.search(frame.example))
    base = draw(st.integers(2015, 2028))
    years = {"base": base, "target": base + draw(st.integers(1, 8)), "restated": base,
             "each": list(range(base, base + draw(st.integers(2, 4))))}
    out: list = []
    elements = parse(frame.pattern)
    if not _years_given(frame) & {"target", "each"}:  # the year of the sentence, in its context
        out += [("text", f"{years['target']}年" if cn else f"In {years['target']}"), ("gap", False)]
    _render(elements, draw, cn, years, out, {})
    matcher = frames_matcher()
    anywhere = [w for w in (_ANYWHERE_CN if cn else _ANYWHERE_EN) if not matcher.has_keyword(frame, w)]
    before = [w for w in (_BEFORE_FIGURE_CN if cn else _BEFORE_FIGURE_EN) if not matcher.has_keyword(frame, w)]
    chosen = [draw(st.sampled_from([""] + anywhere + (before if figure else []))) for kind, figure in out
              if kind == "gap"]
    return cn, out, chosen, years


def _text(cn: bool, out, chosen) -> str:
    words, k = [], 0
    for kind, text in out:
        if kind == "gap":
            if chosen[k]:
                words.append(chosen[k])
            k += 1
        else:
            words.append(text)
    return ("".join(words) + "。") if cn else (" ".join(words) + ".")


def _read(text: str) -> list:
    """Each figure's roles: an amount's year and status, a rate's or multiple's claim and period."""
    return [(f.kind, f.value, f.year, f.status, f.role) if f.kind in ("amount", "count") else
            (f.kind, f.value, None, None, f.role, f.claim, f.start_year, f.end_year, f.period, f.period_status)
            for f in scan_line(text, 1)]


@pytest.mark.parametrize("frame", FRAMES, ids=lambda f: f.name)
@given(data=st.data())
def test_frames_are_indifferent_to_filler_words(frame, data):
    """An instance of the frame with random amounts (in any written form), years and rates reads the same with
    filler words between its elements as without them; its amounts take the years of their roles, and a rate
    between a stated base year and a stated target year (or span) runs from the one to the other."""
    cn, out, chosen, years = _instance(frame, data.draw)
    bare = _text(cn, out, [""] * len(chosen))
    filled = _text(cn, out, chosen)
    plain, noisy = _read(bare), _read(filled)
    assert noisy == plain, f"{bare!r} -> {plain}\n{filled!r} -> {noisy}"
    stated = _years_given(frame)
    assert any(r[4] is not None for r in plain) or not stated, f"{bare!r}: no frame read it"
    each = itertools.cycle(years["each"])  # one list of years, one or more lists of amounts
    for kind, value, year, status, role, *rest in plain:
        if kind not in ("amount", "count") and role in ("cagr", "growth", "multiple") and "base" in stated and (
                stated & {"target", "rate"}):
            assert rest[1:3] == [years["base"], years["target"]], f"{bare!r}: {value} over {rest[1:3]}"
        if kind not in ("amount", "count") or role not in stated:
            continue
        want = next(each) if role == "each" else years[role]
        assert year == want, f"{bare!r}: {value} is the {role}, of {want}, not {year}"
        if role in ("base", "restated"):
            assert status == "actual", f"{bare!r}: the {role} {value} is history"


def _years_given(frame: Frame) -> set:
    """The roles the frame's pattern states a year (or a span of years) for, always (not in an optional part)."""
    given_ = set()
    for kind, arg in parse(frame.pattern):
        if kind == "slot" and arg[0] in ("YEAR", "PERIOD"):
            given_.add(arg[1])
            if arg[1] == "span":
                given_ |= {"base", "target"}
    return given_


# ------------------------------------------------------------------------------------------ a new phrasing
def test_a_new_phrasing_is_one_table_entry():
    """A made-up phrasing no frame reads: with one more frame, its amounts take their roles and its rate its
    period from them."""
    text = "Turnover: $9.6 billion for 2030 against $4.8 billion for 2024 (a compound annual growth rate of 12.2%)."
    frame = Frame("turnover_against", "AMOUNT@target for YEAR@target against AMOUNT@base for YEAR@base ... "
                  "{CAGR} RATE@cagr", text, ("9.6 target 2030 actual", "4.8 base 2024 actual",
                                             "12.2 cagr 2024-2030 inferred"))
    before = _roles(scan_line(text, 1))
    assert before != sorted(frame.expect)
    assert _roles(scan_line(text, 1, frames=frames_matcher(extra=[frame]))) == sorted(frame.expect)
    register(frame)
    try:
        assert frames_matcher().frames[-1] is frame
        assert _roles(scan_line(text, 1)) == sorted(frame.expect)
    finally:
        unregister(frame)
    assert _roles(scan_line(text, 1)) == before
    with pytest.raises(LookupError, match="turnover_against"):
        unregister(frame)


def test_a_frame_is_compiled_when_a_line_first_could_hold_it():
    """A new interpreter's first Chinese sentence compiles the frames whose words it holds, not the English ones."""
    matcher = Matcher(FRAMES)
    text = "2024年市场规模为5100亿元，预计2030年将达到12300亿元，年复合增长率为15.8%。"
    assert "12300 target 2030 estimate" in _roles(scan_line(text, 1, frames=matcher))
    compiled = {c.frame.name for c in matcher._compiled if "regex" in vars(c)}
    assert compiled and "from_to" not in compiled and len(compiled) < len(FRAMES) / 2, compiled


def test_a_word_added_to_the_vocabulary_is_read_by_every_frame(monkeypatch):
    """Frames name vocabulary groups, so a new growth word reads in every frame that names the group."""
    text = "In 2023 funding was $6.1 billion, mushroomed 8.2% from 2022."
    assert "8.2 growth 2022-2023 stated" not in _roles(scan_line(text, 1))
    monkeypatch.setattr(vocabulary, "GROWTH", vocabulary.GROWTH + ("mushroomed",))
    assert "8.2 growth 2022-2023 stated" in _roles(scan_line(text, 1, frames=Matcher(FRAMES)))


@pytest.mark.parametrize("pattern, message", [
    ("from AMOUNT@base [in YEAR@base", "without"),
    ("AMOUNT@target in YEAR@target ...", "end with"),
    ("AMOUNT@boss in YEAR@boss", "role"),
    ("{NO_SUCH_GROUP} AMOUNT@target", "vocabulary group"),
    ("... AMOUNT@target", "starts with"),
])
def test_a_pattern_that_cannot_be_read_is_refused_when_registered(pattern, message):
    with pytest.raises(ValueError, match=message):
        register(Frame("bad", pattern, "", ()))


def test_register_takes_a_frame():
    with pytest.raises(TypeError, match="frame"):
        register("from AMOUNT@base to AMOUNT@target")


@pytest.mark.slow  # a line of 3,000 sentences: a long input, as the runs of tests/test_extract_runs.py
def test_a_long_line_of_sentences_is_read_sentence_by_sentence():
    """A line of 3,000 sentences (no frame crosses the end of one) is read whole, each amount with its own role
    and each rate over the year before its own."""
    text = " ".join(f"${k % 90 + 10} billion in {2000 + k % 30}, up {k % 9 + 1}% from {1999 + k % 30}."
                    for k in range(3000))
    figures = scan_line(text, 1)
    amounts = [f for f in figures if f.kind == "amount"]
    assert [(f.year, f.role) for f in amounts] == [(2000 + k % 30, "target") for k in range(3000)]
    rates = [f for f in figures if f.kind == "percent"]
    assert [(f.start_year, f.end_year, f.period_status) for f in rates] == [
        (1999 + k % 30, 2000 + k % 30, "stated") for k in range(3000)]
