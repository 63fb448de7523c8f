"""The extractor on the check sets written blind after the first (``extract_checkset2`` ...): each set's measures held
to the floors its module states, and each set's own expectations checked (its mix, its vocabulary, its arithmetic).

Each set module holds ``CHECKSET`` and ``numbered()`` (the snippets), and ``NAME``, ``MIX``, ``FORMS`` and ``FLOORS``
(what the set is and what it holds the extractor to; the comment over ``FLOORS`` gives the set's blind score).
"""

from __future__ import annotations

import importlib
import re
import sys
from collections import defaultdict
from itertools import permutations
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_corpus import report, score  # noqa: E402
from test_extract_checkset import _cagr_verdict, _step, _steps  # noqa: E402

SETS = sorted(p.stem for p in Path(__file__).parent.glob("extract_checkset[0-9]*.py"))
_UNITS = Path(__file__).resolve().parents[1] / "data" / "units.csv"
_VERDICTS = {"exact", "rounding", "inconsistent", "unverifiable"}
_CHECKS = {"cagr", "hierarchy", "narrative", "period", "arithmetic", "implied", "cross-source"}
#: a line of three or more cells set apart by commas or semicolons with no space after them, each short, quoted or
#: blank, and no sentence's stop or a gap between two figures in it ("2024,Total,\"1,284.5\"", "Nord;1.234,5;13,4%")
_CSV_LINE = r'(?![^\n]*(?:[。？！?]|\d \d))(?:"[^"\n]*"|[^\s,;"][^,;"\n]{0,39})?(?:[,;](?:"[^"\n]*"|[^\s,;"][^,;"\n]{0,39})?){2,}'
#: a table: pipes, tabs, a line with a figure after a wide gap, or (:data:`_CSV_LINE`) three lines in a row of
#: comma- or semicolon-separated cells
_TABLE = re.compile(r"\||\t|\n\S[^\n]*\s{3,}\d|(?:^|\n)(?:(?=[^\n]*\n)" + _CSV_LINE + r"\n){2}" + _CSV_LINE + r"(?:\n|$)")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_TRADITIONAL = re.compile("[億萬兆與為預據國業場規長來計數]")


@pytest.fixture(params=SETS)
def checkset(request):
    return importlib.import_module(request.param)


@pytest.mark.slow  # a measurement over forty drafts a set; the first check set and the corpus guard the fast loop
def test_the_measures_hold_their_floors(checkset, capsys):
    """Figures found (value, unit, year and status), stated rates found (with their years), verdicts right and
    false ``inconsistent`` verdicts, printed and held to the set's floors, with none of its expectations lost."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        scores = score(checkset.numbered())
    cases = checkset.CHECKSET
    line = f"{checkset.NAME} ({len(cases)} snippets): {report(scores)}"
    with capsys.disabled():
        print("\n" + line)
    for key, floor in checkset.FLOORS.items():
        assert scores[key] >= floor, f"{key} fell below {floor}: {line}"
    # a set may name the false alarms it still raises (each in its FLOORS comment), never more
    assert scores["false_inconsistent"] <= getattr(checkset, "FALSE_INCONSISTENT", 0), line
    rates = sum(c[0] in ("cagr", "growth", "multiple") for case in cases for c in case["claims"])
    figures = sum(len(case["obs"]) + len(case["claims"]) for case in cases) - rates
    assert (scores["figures"], scores["rates"]) == (figures, rates), line
    assert scores["verdicts"] == sum(len(case["verdicts"]) for case in cases), line


def test_the_set_has_the_mix_it_promises(checkset):
    """Forty snippets: sixteen in English prose, fourteen in Chinese prose and ten tables (or the layout a set
    states of itself), some in Traditional Chinese; rates their figures contradict, some exact and some only within
    rounding; every form it covers."""
    texts = [c["text"] for c in checkset.CHECKSET]
    tables = [t for t in texts if _TABLE.search(t)]
    prose = [t for t in texts if not _TABLE.search(t)]
    chinese = [t for t in prose if _HAN.search(t)]
    assert (len(texts), len(prose) - len(chinese), len(chinese), len(tables)) == getattr(checkset, "LAYOUT",
                                                                                           (40, 16, 14, 10))
    assert sum(bool(_HAN.search(t) and _TRADITIONAL.search(t)) for t in texts) >= checkset.MIX["traditional"]
    verdicts = [v for c in checkset.CHECKSET for _, v in c["verdicts"]]
    for verdict in ("inconsistent", "rounding", "exact"):
        assert verdicts.count(verdict) >= checkset.MIX[verdict], (verdict, verdicts)
    for form in checkset.FORMS:
        assert any(form in t for t in texts), form


def test_every_expectation_is_well_formed(checkset):
    """Units come from the bundled unit table (or are a count, or a currency of the table, in a scale), statuses,
    kinds, checks and verdicts from the package's vocabulary, a rate's years run forward, and growth and multiples
    carry their period: a malformed expectation would count as a miss the extractor never made."""
    units = {line.split(",", 1)[0] for line in _UNITS.read_text(encoding="utf-8").splitlines()[1:]}
    units |= {f"{q} {s}" for q in ("count", "people") for s in ("thousand", "10 thousand", "million", "100 million")}
    units |= {f"{u.split()[0]} {s}" for u in list(units) for s in ("10 thousand", "100 million")}  # 億円: a draft's unit
    for k, case in checkset.numbered():
        assert set(case) == {"text", "obs", "claims", "verdicts"}, k
        for item, year, value, unit, status in case["obs"]:
            assert isinstance(item, str) and 1900 <= year <= 2100 and value > 0, (k, item, year, value)
            assert unit in units and status in ("actual", "estimate"), (k, unit, status)
        for kind, value, unit, start, end, period, *how in case["claims"]:
            assert kind in ("cagr", "growth", "multiple", "share", "value") and unit in units, (k, kind, unit)
            assert start <= end and how in ([], ["stated"], ["inferred"]), (k, start, end, how)
            if kind != "value":
                assert unit == ("multiple" if kind == "multiple" else "percent"), (k, kind, unit)
            want = {"growth": 1.0, "multiple": float(end - start)}.get(kind)
            assert period == want, (k, kind, period)
        for check, verdict in case["verdicts"]:
            assert set(check.split("|")) <= _CHECKS and set(verdict.split("|")) <= _VERDICTS, (k, check, verdict)


def _rates_with_values(case: dict):
    """Each stated CAGR or growth rate of ``case`` with the item whose values at its two years it states: the
    rates of one span pair in order with the items that have values at both of its years (a table's rows), an
    item's values in one unit ("Total" in units and in yuan are two)."""
    values = {((o[0], o[3]), o[1]): o[2] for o in case["obs"]}
    items = list(dict.fromkeys((o[0], o[3]) for o in case["obs"]))
    spans = defaultdict(list)
    for c in case["claims"]:
        if c[0] in ("cagr", "growth"):
            spans[c[3], c[4]].append(c)
    for (start, end), rates in spans.items():
        rows = [i for i in items if (i, start) in values and (i, end) in values]
        if len(rows) == len(rates) <= 6:  # in the rows' order, or, where another order pairs the rates with values
            # much nearer them (the text names the rows in another order: "GPU cloud rental … 38%, against 12.4% for
            # colocation"), in that order
            def off(rs):
                return [abs(100 * ((values[i, end] / values[i, start]) ** (1 / (end - start)) - 1) - c[1])
                        for i, c in zip(rs, rates)]
            # (but the printed order stands unless another halves the misses: a typo in one row's rate)
            best = min(permutations(rows), key=lambda rs: sum(off(rs)))
            order = best if sum(off(best)) < sum(off(rows)) / 2 else rows
            for item, c in zip(order, rates):
                yield c, values[item, start], values[item, end]


def test_the_stated_rate_verdicts_agree_with_a_second_reading(checkset):
    """Every stated CAGR or growth rate whose two values the snippet prints has, among its verdict rows, the
    verdict plain arithmetic on the printed digits gives, and every multiple between two printed values (of one of
    the items) rounds to its stated factor: a guard against a slip in the hand-worked comments."""
    checked = 0
    for k, case in checkset.numbered():
        for (_, rate, _, start, end, *_), a, b in _rates_with_values(case):
            try:
                steps = (_step(case["text"], a), _step(case["text"], b))
                printed = _steps(case["text"], abs(rate), percent=True)  # "18.0%" and "18%": either rate's
            except LookupError:
                continue  # a value expected converted to its series' unit is not printed as such
            want = {_cagr_verdict(a, b, end - start, rate, (*steps, step)) for step in printed}
            assert any(w in v.split("|") for w in want for c, v in case["verdicts"]
                       if {"cagr", "implied"} & set(c.split("|"))), (k, rate, want)
            checked += 1
        values = {((o[0], o[3]), o[1]): o[2] for o in case["obs"]}
        for kind, factor, _, start, end, *_ in case["claims"]:
            pairs = [(values[i, start], values[i, end]) for i, y in values if y == start and (i, end) in values]
            lone = any(y in (start, end) and (i, start + end - y) not in values for i, y in values)
            if kind == "multiple" and pairs and not lone:
                # the multiple of one of the items with values at both its years (where an item has only one of the
                # two, the multiple may be its own), to its printed digits, or within the rounding of the two values
                # ("2.5 times its 2024 size, at roughly $10 billion"), or passed where it is a floor ("will more than
                # double"); "增长1.5倍" (grew by 1.5 times) keeps its printed 1.5, and its amounts may be 2.5 times apart
                half = 10.0 ** -len(f"{factor:g}".partition(".")[2]) / 2
                bound = _AT_LEAST.search(case["text"]) or _FLOOR_AMOUNT.search(case["text"])
                by = re.search(rf"(?:增[长長加]|成[长長]|提[高升])了?\s*(?:约|約|近|逾|超过|超過)?\s*"
                               rf"{re.escape(f'{factor:g}')}\s*倍", case["text"])  # "增长了约1.8倍" too
                assert any(_reaches(case["text"], a, b, f, half) or bound and b / a >= f - half
                           for a, b in pairs for f in (factor, factor + 1)[:1 + bool(by)]), (k, factor)
                checked += 1
    assert checked >= 10, checked


#: a multiple stated as a floor: "more than double", "over fivefold", "超过3倍", "增长2倍以上"
_AT_LEAST = re.compile(r"\b(?:more\s+than|over|at\s+least)\s+(?:doubl|tripl|quadrupl|\w+-?fold|\d[\d.]*\s*(?:times|x)\b)"
                       r"|(?:超过|超過|逾|至少)\s*\d[\d.]*\s*倍|\d[\d.]*\s*倍(?:以上|多|有余|有餘)", re.IGNORECASE)

#: a target amount printed as a floor ("力争突破25亿元", "more than $4 billion"): the multiple to it is one too
_FLOOR_AMOUNT = re.compile(r"(?:突破|超过|超過|逾)\s*\d[\d.]*\s*(?:万亿|萬億|亿|億|万|萬)"
                           r"|\bmore\s+than\s+(?:US)?[$€£¥]\s*\d", re.IGNORECASE)


def _reaches(text: str, a: float, b: float, factor: float, half: float) -> bool:
    """Whether b / a, or some reading of the two printed values (each to half its last digit), rounds to ``factor``."""
    if abs(b / a - factor) <= half + 1e-9:
        return True
    try:
        sa, sb = _step(text, a) / 2, _step(text, b) / 2
    except LookupError:
        return False
    return (b - sb) / (a + sa) <= factor + half and (b + sb) / (a - sa) >= factor - half


def test_the_totals_add_up_as_the_hierarchy_verdicts_say(checkset):
    """In a snippet with an exact ``hierarchy`` verdict and one table, the largest item is the whole (printed
    last or first) and the others its parts: their sum equals the whole in every year, as the comments work out by hand, but in as many
    years as the snippet has ``rounding`` hierarchy verdicts, where it misses by no more than half a printed step on
    each of the figures, and in as many as it has ``inconsistent`` ones, where it misses by more."""
    checked = 0
    for k, case in checkset.numbered():
        if ("hierarchy", "exact") not in case["verdicts"] or case["text"].count("\n\n"):
            continue
        items = list(dict.fromkeys(o[0] for o in case["obs"]))
        years = sorted({o[1] for o in case["obs"]})
        if sum(c == "hierarchy" for c, _ in case["verdicts"]) > len(years):
            continue  # subtotals: more than one whole a year, which the table's indents or labels nest
        values = {(o[0], o[1]): o[2] for o in case["obs"]}
        rounded = case["verdicts"].count(("hierarchy", "rounding"))
        wrong = case["verdicts"].count(("hierarchy", "inconsistent"))
        whole = max(items, key=lambda i: sum(values.get((i, y), 0) for y in years))  # printed first or last
        for y in years:
            if all((i, y) in values for i in items):
                parts = sum(values[i, y] for i in items if i != whole)
                step = 10.0 ** -max(len(f"{values[i, y]:g}".partition(".")[2]) for i in items)
                miss = abs(parts - values[whole, y])
                if miss >= 1e-6 and miss <= len(items) * step / 2 + 1e-9:
                    rounded -= 1
                elif miss >= 1e-6:
                    wrong -= 1
                assert rounded >= 0 and wrong >= 0, (k, y, parts)
                checked += 1
    assert checked >= 3, checked
