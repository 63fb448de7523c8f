"""The extractor scored on the seventh, blind check set: the four measures printed, the set's own arithmetic checked."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from extract_checkset7 import CHECKSET, numbered  # noqa: E402
from extract_corpus import report, score  # noqa: E402
from test_extract_checkset import _cagr_verdict, _step  # noqa: E402
from test_extract_checkset2 import _rates_with_values  # noqa: E402

_UNITS = Path(__file__).resolve().parents[1] / "data" / "units.csv"
_VERDICTS = {"exact", "rounding", "inconsistent", "unverifiable"}
_CHECKS = {"cagr", "hierarchy", "narrative", "period", "arithmetic", "implied", "cross-source"}
_TABLE = re.compile(r"\||\t|\n\S[^\n]*\s{3,}\d")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_TRADITIONAL = re.compile("[億萬兆與為預據國業場規長來計數]")


@pytest.fixture(scope="module")
def scores():
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        return score(numbered())


@pytest.mark.slow  # a measurement over forty drafts; the first check set and the corpus guard the fast loop
def test_the_measures_are_printed(scores, capsys):
    """Figures found (value, unit, year and status), stated rates found (with their years), verdicts right and
    false ``inconsistent`` verdicts, printed (no floors until the set has been scored once); the totals the measures
    are out of are held: every expectation of the set counted, none lost."""
    line = f"seventh check set ({len(CHECKSET)} snippets): {report(scores)}"
    with capsys.disabled():
        print("\n" + line)
    rates = sum(c[0] in ("cagr", "growth", "multiple") for case in CHECKSET for c in case["claims"])
    figures = sum(len(case["obs"]) + len(case["claims"]) for case in CHECKSET) - rates
    assert (scores["figures"], scores["rates"]) == (figures, rates), line
    assert scores["verdicts"] == sum(len(case["verdicts"]) for case in CHECKSET), line


def test_the_set_has_the_mix_it_promises():
    """Forty snippets: sixteen in English prose, fourteen in Chinese prose and ten tables, at least four in
    Traditional Chinese; at least three rates their figures contradict, some exact and some only within
    rounding; the forms the set is meant to cover."""
    texts = [c["text"] for c in CHECKSET]
    tables = [t for t in texts if _TABLE.search(t)]
    prose = [t for t in texts if not _TABLE.search(t)]
    chinese = [t for t in prose if _HAN.search(t)]
    assert (len(texts), len(prose) - len(chinese), len(chinese), len(tables)) == (40, 16, 14, 10)
    assert sum(bool(_HAN.search(t) and _TRADITIONAL.search(t)) for t in texts) >= 4
    verdicts = [v for c in CHECKSET for _, v in c["verdicts"]]
    assert verdicts.count("inconsistent") >= 3 and verdicts.count("rounding") >= 3, verdicts
    assert verdicts.count("exact") >= 15, verdicts
    for form in ("Valued at USD", "year over year", "three times", "quadruple", "accounted for", "(2023: \u00a3",
                 "2.6\u20133.4 billion", "\n- 2024:", "more than $7.5", "1.37\nbillion", "five-year CAGR",
                 "compound at 27%", "分别为", "同比增长", "同比下降", "年复合增长率", "万亿元", "亿美元", "由2020年", "倍",
                 "超过", "逾", "15.4\n亿元", "年複合成長率", "兆美元", "翻一番", "百分点", "2025E", "2030F",
                 "CAGR 2025-2030", "FY2023    FY2024    Change", "(USD million)", "(\u00a3m)", "单位：亿元", "(預估)",
                 "Page 14 of 52", "合计", "合計", "|:--|", "(USD\nbillion)", "Year\tShipments", "\t-\n", "(thousand units)"):
        assert any(form in t for t in texts), form


def test_every_expectation_is_well_formed():
    """Units come from the bundled unit table (or are a count in a scale), statuses, kinds, checks and verdicts
    from the package's vocabulary, a rate's years run forward, and growth and multiples carry their period: a
    malformed expectation would count as a miss the extractor never made."""
    units = {line.split(",", 1)[0] for line in _UNITS.read_text(encoding="utf-8").splitlines()[1:]}
    units |= {f"{q} {s}" for q in ("count", "people") for s in ("thousand", "10 thousand", "million", "100 million")}
    for k, case in numbered():
        assert set(case) == {"text", "obs", "claims", "verdicts"}, k
        for item, year, value, unit, status in case["obs"]:
            assert isinstance(item, str) and 1990 <= year <= 2100 and value > 0, (k, item, year, value)
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


def test_the_stated_rate_verdicts_agree_with_a_second_reading():
    """Every stated CAGR or growth rate whose two values the snippet prints has, among its verdict rows, the
    verdict plain arithmetic on the printed digits gives; every multiple between two printed values rounds to its
    stated factor, and every share in a table with a total is its row over the total: a guard against a slip in
    the hand-worked comments."""
    checked = 0
    for k, case in numbered():
        for (_, rate, _, start, end, *_), a, b in _rates_with_values(case):
            steps = (_step(case["text"], a), _step(case["text"], b), _step(case["text"], abs(rate)))
            want = _cagr_verdict(a, b, end - start, rate, steps)
            assert any(want in v.split("|") for c, v in case["verdicts"] if {"cagr", "implied"} & set(c.split("|"))), (
                k, rate, want)
            checked += 1
        values = {o[1]: o[2] for o in case["obs"]}
        for kind, factor, _, start, end, *_ in case["claims"]:
            if kind == "multiple" and start in values and end in values:
                assert round(values[end] / values[start], len(f"{factor:g}".partition(".")[2])) == factor, (k, factor)
                checked += 1
        total = [o[2] for o in case["obs"] if o[0] == "Total"]
        shares = [c[1] for c in case["claims"] if c[0] == "share"]
        if _TABLE.search(case["text"]) and total and shares:
            for share, o in zip(shares, case["obs"]):
                assert abs(100 * o[2] / total[0] - share) <= 0.05, (k, o, share)
                checked += 1
    assert checked >= 25, checked


def test_the_totals_add_up_as_the_hierarchy_verdicts_say():
    """In a table with a ``hierarchy`` verdict the last item is the whole and the items before it its parts:
    their sum equals the whole in every year (``exact``), as the comments work out by hand."""
    checked = 0
    for k, case in numbered():
        if not any(c == "hierarchy" for c, _ in case["verdicts"]):
            continue
        items = list(dict.fromkeys(o[0] for o in case["obs"]))
        years = sorted({o[1] for o in case["obs"]})
        values = {(o[0], o[1]): o[2] for o in case["obs"]}
        for y in years:
            parts = sum(values[i, y] for i in items[:-1])
            assert abs(parts - values[items[-1], y]) < 1e-6, (k, y, parts)
            checked += 1
    assert checked >= 15, checked
