"""The extractor scored on the independent check set: the four measures printed, held to floors against regression."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_checkset import CHECKSET, numbered  # noqa: E402
from extract_corpus import report, score  # noqa: E402

#: what the extractor achieves on the check set today; a change that lowers one is a regression, a change that
#: raises one should raise its floor (counts, not shares, so that one lost figure shows)
FLOORS = {"figures_found": 168, "rates_found": 60, "verdicts_right": 38}
#: at most this many ``inconsistent`` verdicts where the snippet states none (the audit crying wolf)
MAX_FALSE_INCONSISTENT = 0

_UNITS = Path(__file__).resolve().parents[1] / "data" / "units.csv"
_VERDICTS = {"exact", "rounding", "inconsistent", "unverifiable"}
_CHECKS = {"cagr", "hierarchy", "narrative", "period", "arithmetic", "implied", "cross-source"}


@pytest.fixture(scope="module")
def scores():
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        return score(numbered())


def test_the_measures_hold_their_floors(scores, capsys):
    """Figures found (value, unit, year and status), stated rates found (with their years), verdicts right and
    false ``inconsistent`` verdicts, printed, then held to what the extractor reaches today."""
    line = f"check set ({len(CHECKSET)} snippets): {report(scores)}"
    with capsys.disabled():
        print("\n" + line)
    for key, floor in FLOORS.items():
        assert scores[key] >= floor, f"{key} fell to {scores[key]} (floor {floor}): {line}; misses {scores['misses']}"
    assert scores["false_inconsistent"] <= MAX_FALSE_INCONSISTENT, line


def test_the_set_has_the_mix_it_promises():
    """At least 40 snippets, 15 in Chinese (some Traditional), 8 tables, and every form the set is meant to cover."""
    texts = [c["text"] for c in CHECKSET]
    chinese = [t for t in texts if re.search(r"[\u4e00-\u9fff]", t)]
    traditional = [t for t in chinese if re.search("[億萬兆與為預據國業場規長來計數]", t)]
    tables = [t for t in texts if "|" in t or "\t" in t or re.search(r"\n\S[^\n]*\s{3,}\d", t)]
    assert len(texts) >= 40 and len(chinese) >= 15 and len(traditional) >= 3 and len(tables) >= 8, (
        len(texts), len(chinese), len(traditional), len(tables))
    for form in ("分别为", "倍", "翻", "\n-", "\u2022", "(2023:", "14,6", "four-fold", "doubled", "(9.9)%", "兆", "萬億"):
        assert any(form in t for t in texts), form


def test_every_expectation_is_well_formed():
    """Units come from the bundled unit table (or are a count in a scale), statuses, kinds, checks and verdicts
    from the package's vocabulary, and a rate's years run forward: a malformed expectation would count as a miss
    the extractor never made."""
    units = {line.split(",", 1)[0] for line in _UNITS.read_text(encoding="utf-8").splitlines()[1:]}
    # counts in a scale the bundled table lacks are units a draft adds of its own ("count million")
    units |= {f"{q} {s}" for q in ("count", "people") for s in ("thousand", "10 thousand", "million", "100 million")}
    for k, case in numbered():
        assert set(case) <= {"text", "obs", "claims", "verdicts", "series"}, k
        for item, year, value, unit, status in (o[:5] for o in case["obs"]):
            assert isinstance(item, str) and 1990 <= year <= 2100 and value > 0, (k, item, year, value)
            assert unit in units and status in ("actual", "estimate"), (k, unit, status)
        for kind, value, unit, start, end, period, *how in case["claims"]:
            assert kind in ("cagr", "growth", "multiple", "share", "value") and unit in units, (k, kind, unit)
            assert start is None or end is None or start <= end, (k, start, end)
            assert how in ([], ["stated"], ["inferred"]), (k, how)
        for check, verdict in case["verdicts"]:
            assert set(check.split("|")) <= _CHECKS and set(verdict.split("|")) <= _VERDICTS, (k, check, verdict)


def _steps(text: str, value: float, percent: bool = False) -> list[float]:
    """The steps of the last digit ``value`` is printed to in ``text`` (thousands separators and decimal commas
    allowed), found by trying two, one and no decimals, finest first ("18.0%" and "18%" in one snippet are two); a
    ``percent`` is looked for as a percent first ("about 13%", not the "13.0" of an amount)."""
    for after in ((r"\s*(?:%|％|percent|per\s+cent)", "") if percent else ("",)):
        found = []
        for d in (2, 1, 0):
            s = f"{value:,.{d}f}"
            forms = {s, s.replace(",", ""), s.replace(",", "").replace(".", ",")}
            if any(re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d]|[.,]\d){after}", text) for f in forms):  # not "1"
                found.append(10.0 ** -d)  # of "1.52"
        if found:
            return found
    raise LookupError(f"{value} is not printed in the snippet")


def _step(text: str, value: float, percent: bool = False) -> float:
    """The finest step ``value`` is printed to in ``text`` (:func:`_steps`)."""
    return _steps(text, value, percent)[0]


def _cagr_verdict(a: float, b: float, years: int, rate: float, steps: tuple) -> str:
    """A second, plain reading of a stated CAGR: exact when the recomputed rate rounds to the stated one, rounding
    when some reading of the printed inputs gets there, inconsistent otherwise."""
    sa, sb, sr = steps
    mid = 100 * ((b / a) ** (1 / years) - 1)
    lo = 100 * (((b - sb / 2) / (a + sa / 2)) ** (1 / years) - 1)
    hi = 100 * (((b + sb / 2) / (a - sa / 2)) ** (1 / years) - 1)
    if abs(mid - rate) <= sr / 2 + 1e-9:
        return "exact"
    return "rounding" if lo <= rate + sr / 2 and hi >= rate - sr / 2 else "inconsistent"


def test_the_stated_cagr_verdicts_agree_with_a_second_reading():
    """Every snippet whose one item has a stated CAGR and values at both its years has the verdict that plain
    arithmetic on the printed digits gives: a guard against a slip in the hand-worked comments."""
    checked = 0
    for k, case in numbered():
        rates = [c for c in case["claims"] if c[0] == "cagr"]
        values = {(o[0], o[1]): o for o in case["obs"]}
        items = {o[0] for o in case["obs"]}
        if len(rates) != 1 or len(items) != 1 or len({o[3] for o in case["obs"]}) != 1:
            continue
        (item,) = items
        _, rate, _, start, end, *_ = rates[0]
        if (item, start) not in values or (item, end) not in values:
            continue
        a, b = values[item, start][2], values[item, end][2]
        try:
            steps = (_step(case["text"], a), _step(case["text"], b), _step(case["text"], abs(rate), percent=True))
        except LookupError:
            continue  # a value expected converted to its series' unit is not printed as such
        want = _cagr_verdict(a, b, end - start, rate, steps)
        assert any(v.split("|").count(want) for c, v in case["verdicts"] if "cagr" in c.split("|")), (k, want)
        checked += 1
    assert checked >= 12
