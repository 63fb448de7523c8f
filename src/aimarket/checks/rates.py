"""Audit checks of stated growth rates: a CAGR over its period or every period its text allows, and multiples.

Each check is one registered function (see :mod:`aimarket.checks.context`); the ``cagr`` checks are tried
in the order below, and the first whose case the claim is takes it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..growth import cagr, cagr_bounds, compound, implied_start, infer_periods, printed_step, reconcile_rate, rescale_rate
from .context import (as_int, best, bound_of, bound_verdict, claim_check, claim_period, ends_bound, fmt,
                      interval_verdict, only_item, pct, series_check)

#: how a rate's bound reads in a note
_BOUND_WORDS = {"low": "at least", "upper": "at most", "high": "at most"}


@dataclass(frozen=True)
class _Reading:
    """A stated rate recomputed from two values over ``n`` periods, with the verdict rounding allows."""

    base: int
    base_value: float
    n: int
    label: str
    verdict: str
    rate: float
    low: float
    high: float
    arithmetic: str
    rounding: str


def _over(ctx, c, item: str, base: int, end: int, n: int, label: str | None = None) -> _Reading:
    """The claim's rate against the item's values in ``base`` and ``end`` over ``n`` periods.

    Values without a stated precision whose trailing zeros may be rounding (9750) are read both ways.
    """
    v, st = ctx.printed(c["series"], item)
    wide = ctx.printed(c["series"], item, coarse=True)[1]
    rate, step = c["value"] / 100, c["precision"] / 100
    s, e, ss, es = v[base], v[end], st[base], st[end]
    r = float(cagr(s, e, n))
    lo, hi = cagr_bounds(s, e, n, start_step=ss, end_step=es)
    note = f"values rounded to {ss:g} and {es:g} allow {pct(lo, 3)} to {pct(hi, 3)}"
    bound = bound_of(c)
    ends = None if bound else ends_bound(ctx, c["series"], item, base, end)
    verdict = (bound_verdict(r, lo, hi, rate, step, bound) if bound
               else str(reconcile_rate(rate, s, e, n, rate_step=step, start_step=ss, end_step=es)))
    if ends and verdict == "inconsistent":  # a threshold's rate may lie beyond the rate its printed figure gives
        verdict = bound_verdict(r, lo, hi, rate, step, ends)
    cs, ce = wide[base], wide[end]
    if bound:
        note += f"; the text states the rate as {_BOUND_WORDS[bound]} {c['value']:g}%"
    elif ends:
        note += _threshold_note(ends, r)
    elif verdict == "inconsistent" and (cs, ce) != (ss, es) and reconcile_rate(
            rate, s, e, n, rate_step=step, start_step=cs, end_step=ce) != "inconsistent":
        verdict = "rounding"
        lo, hi = cagr_bounds(s, e, n, start_step=cs, end_step=ce)
        note += (f"; read as rounded to {cs:g} and {ce:g} (their trailing zeros), the values allow "
                 f"{pct(lo, 3)} to {pct(hi, 3)}")
    elif verdict == "rounding":
        note += f"; {pct(r, 3)} does not round to {c['value']:g}%, but values inside their rounding do"
    return _Reading(base, float(s), n, label or f"{base}-{end}", verdict, r, float(lo), float(hi),
                    f"({fmt(e)} / {fmt(s)}) ** (1/{n}) - 1 = {pct(r, 3)}", note)


def _threshold_note(ends: str, rate: float) -> str:
    """What a rate to or from a threshold (:func:`~aimarket.checks.context.ends_bound`) says of the ``rate`` (a
    fraction) its printed values give."""
    return (f"; a value is a threshold the text states ('more than', '突破'), so the rate is at "
            f"{'least' if ends == 'upper' else 'most'} {pct(rate, 3)}")


def _rate_claim(ctx, c):
    """A rate claim's first and last years, the item it is checked against, its note's prefix and the values."""
    item, which = only_item(ctx, c)
    return as_int(c["start_year"]), as_int(c["end_year"]), item, which, ctx.printed(c["series"], item)[0]


def _add_rate(ctx, c, which: str, *, verdict: str, note: str, **row) -> None:
    """Record a rate's row. Checked against the series' only item under another name, a rate that does not
    hold is unverifiable, not inconsistent: the claim may measure something else."""
    if which and verdict == "inconsistent":
        verdict = "unverifiable"
        note += f"; the claim names {c['item']}, which the series does not hold, so this is no contradiction"
    ctx.add(c, verdict=verdict, note=which + note, **row)


def _judge_readings(ctx, c, which: str, readings: list, *, intro: str, none_holds: str, check: str) -> None:
    """One row for a rate read over several periods: the best reading's verdict, every reading in the note."""
    verdict = best(r.verdict for r in readings)
    held = [r for r in readings if r.verdict == verdict] if verdict != "inconsistent" else []
    shown = held[0] if held else readings[0]
    note = (intro + "; ".join(f"{r.label} ({r.n} periods): {r.arithmetic}, {r.verdict}" for r in readings)
            + f". Printed {c['value']:g}% (step {c['precision']:g}); ")
    if held:
        note += (f"it holds in the {shown.label} reading ({shown.n} periods, {fmt(shown.base_value)} in {shown.base}): "
                 f"{shown.rounding}")
    else:
        note += "it holds in no reading"
        verdict = none_holds
    _add_rate(ctx, c, which, check=check, reported=c["value"], recomputed=100 * shown.rate, low=100 * shown.low,
              high=100 * shown.high, unit="percent", verdict=verdict, note=note)


@claim_check("cagr")
def inferred_period(ctx, c, s) -> bool:
    """A rate whose period was inferred (from the years of the figures around it): tried over the period from
    the base year (start..end), from the year after it (start+1..end), and over ``period_years`` when stated;
    inconsistent only when no reading holds."""
    start, end, item, which, v = _rate_claim(ctx, c)
    if claim_period(c) != "inferred" or start is None or end is None or end <= start \
            or start not in v.index or end not in v.index:
        return False
    counts = [end - start, end - start - 1]
    py = c.get("period_years")
    if py is not None and py == py and float(py).is_integer() and py > 0:
        counts.append(int(py))
    labels = {end - start: f"{start}-{end}", end - start - 1: f"{start + 1}-{end}"}
    readings = [_over(ctx, c, item, start, end, n, labels.get(n, f"{n} periods from {start}"))
                for n in dict.fromkeys(counts) if n > 0]
    if all(r.verdict == "inconsistent" for r in readings):
        readings += _from_the_year_a_rise_implies(ctx, c, s, item, start, end)
    _judge_readings(ctx, c, which, readings, check="cagr", none_holds="inconsistent",
                    intro=f"the period {start}-{end} is inferred, so every reading is tried: ")
    return True


def _from_the_year_a_rise_implies(ctx, c, s, item: str, start: int, end: int) -> list[_Reading]:
    """The rate read from the year before its first amount, whose value the text's own rise into that amount implies
    ("91亿美元, 同比增长82.5% … 2027年134亿美元, 年复合增长率21.8%": 91 / 1.825 in 2022, five periods), with the rise's
    rounding and the amounts' in its bounds; none where the text states no such rise."""
    rises = s.claims[(s.claims["kind"] == "growth") & (s.claims["end_year"] == start)
                     & (s.claims["start_year"] == start - 1) & s.claims["item"].isin([item, c["item"]])]
    if rises.empty:
        return []
    rise = rises.iloc[0]
    v, st = ctx.printed(c["series"], item)
    g, gs = rise["value"] / 100, (rise["precision"] if rise["precision"] == rise["precision"] else 0.1) / 100
    first, e, fs, es = v[start], v[end], st[start], st[end]
    base = first / (1 + g)
    n = end - start + 1
    r = float(cagr(base, e, n))
    lo = float(cagr((first + fs / 2) / (1 + g - gs / 2), e - es / 2, n))
    hi = float(cagr((first - fs / 2) / (1 + g + gs / 2), e + es / 2, n))
    verdict = interval_verdict(r, lo, hi, c["value"] / 100, c["precision"] / 100)
    verdict = "rounding" if verdict == "exact" else verdict  # its base is no printed figure
    return [_Reading(start - 1, base, n, f"{start - 1}-{end}, {start - 1} implied by the {rise['value']:g}% rise into "
                     f"{start}", verdict, r, lo, hi, f"({fmt(e)} / ({fmt(first)} / {1 + g:g})) ** (1/{n}) - 1 = "
                     f"{pct(r, 3)}", f"the rise and the values inside their rounding allow {pct(lo, 3)} to "
                     f"{pct(hi, 3)}")]


@claim_check("cagr")
def unstated_first_year(ctx, c, s) -> bool:
    """A rate that names only its last year: tried from every earlier year the item has (and from the year
    after each); unverifiable, not inconsistent, when none holds, since the text does not say which it means."""
    start, end, item, which, v = _rate_claim(ctx, c)
    bases = [int(y) for y in v.index if end is not None and y < end]
    if start is not None or end not in v.index or not bases:
        return False
    readings = [_over(ctx, c, item, b, end, n, f"{b}-{end}" if n == end - b else f"{b + 1}-{end} ({b} base)")
                for b in reversed(bases) for n in (end - b, end - b - 1) if n > 0]
    _judge_readings(ctx, c, which, readings, check="period", none_holds="unverifiable",
                    intro=f"the text names no first year for the rate to {end}; readings from the values before "
                          "it: ")
    return True


@claim_check("cagr")
def stated_period(ctx, c, s) -> bool:
    """A rate over a stated period whose first and last years both have values. A label such as "2023-2027"
    may name the years of growth from a 2022 base: when the literal reading fails, the year before has a value
    and the label's first year is a forecast's (a year of history the label opens on is its base), that reading
    is tried too."""
    start, end, item, which, v = _rate_claim(ctx, c)
    if start is None or end is None or end <= start or start not in v.index or end not in v.index:
        return False
    r = _over(ctx, c, item, start, end, end - start)
    if r.verdict == "inconsistent" and start - 1 in v.index and not ctx.is_history(c["series"], item, start):
        base = _over(ctx, c, item, start - 1, end, end - start + 1, f"{start - 1}-{end}")
        _judge_readings(ctx, c, which, [r, base], check="cagr", none_holds="inconsistent",
                        intro=f"stated for {start}-{end}, read literally and as the years of growth from a "
                              f"{start - 1} base: ")
        return True
    _add_rate(ctx, c, which, check="cagr", reported=c["value"], recomputed=100 * r.rate, low=100 * r.low,
              high=100 * r.high, unit="percent", verdict=r.verdict,
              note=f"{r.arithmetic}; printed {c['value']:g}% (step {c['precision']:g}); {r.rounding}")
    return True


@claim_check("cagr")
def period_counts(ctx, c, s) -> bool:
    """A rate whose stated first year has no value but an earlier year has: which period counts make it hold
    ("2023-2027" with a 2022 base: four periods or five?)."""
    start, end, item, which, v = _rate_claim(ctx, c)
    if start is None or end is None or end not in v.index or start in v.index:
        return False
    base_years = [y for y in v.index if y < start]
    if not base_years:
        return False
    st = ctx.printed(c["series"], item)[1]
    base = max(base_years)
    s_, e = v[base], v[end]
    # the counts that hold with the values inside their rounding; the years of growth from the base first,
    # then the literal count of the label
    counts = infer_periods(s_, e, c["value"] / 100, rate_step=c["precision"] / 100, start_step=st[base],
                           end_step=st[end])
    literal, growth_years = end - start, end - base
    n = next((k for k in (growth_years, literal) if k in counts), counts[0] if counts else growth_years)
    r = _over(ctx, c, item, base, end, n)
    note = (f"stated for {start}-{end}; the values are {fmt(s_)} in {base} and {fmt(e)} in {end}. "
            f"Period counts for which {c['value']:g}% holds: {', '.join(map(str, counts)) or 'none'}. "
            f"Over {n} periods ({base} base): {r.arithmetic}")
    if literal > 0 and literal not in counts:
        note += (f"; read literally as {literal} periods ({start} to {end}) it would be {pct(cagr(s_, e, literal), 1)}"
                 + (f", so the label names the years of growth, with {base} as the base" if counts else ""))
    verdict = r.verdict
    if verdict == "inconsistent" and literal > 0:
        # the rate may run from a value of its first year that is not printed: no contradiction is shown
        verdict = "unverifiable"
        note += (f"; from the {start} value the rate names, which is not printed, {fmt(e)} in {end} implies "
                 f"{fmt(float(implied_start(e, c['value'] / 100, literal)), 5)} in {start}")
    _add_rate(ctx, c, which, check="period", reported=c["value"], recomputed=100 * r.rate, low=100 * r.low,
              high=100 * r.high, unit="percent", verdict=verdict, note=note)
    return True


@claim_check("cagr")
def years_counted_inclusively(ctx, c, s) -> bool:
    """A rate whose stated first year has no value, nor any year before it, but the year after it has: a span
    counted in years ("a five-year CAGR" over 2023-2027) names one period more than the growth has. Read from the
    year after; unverifiable, not inconsistent, when that fails too, since the stated base is not printed."""
    start, end, item, which, v = _rate_claim(ctx, c)
    if start is None or end is None or start in v.index or start + 1 not in v.index or end not in v.index \
            or end - start < 2 or any(y < start for y in v.index):
        return False
    reading = _over(ctx, c, item, start + 1, end, end - start - 1, f"{start + 1}-{end}")
    _judge_readings(ctx, c, which, [reading], check="period", none_holds="unverifiable",
                    intro=f"stated for {start}-{end}, whose first year has no value; read over the years "
                          f"{start + 1}-{end} the text's count of years may name: ")
    return True


@claim_check("cagr")
def implied_first_value(ctx, c, s) -> bool:
    """A rate whose last year alone is printed: the first value it implies, under both readings of the period."""
    start, end, item, _, v = _rate_claim(ctx, c)
    if start is None or end is None or end not in v.index or start in v.index or any(y < start for y in v.index):
        return False
    e, rate = v[end], c["value"] / 100
    literal = end - start
    readings = [(start, literal), (start - 1, literal + 1)] if literal > 0 else [(start - 1, 1)]
    implied = {y: float(implied_start(e, rate, n)) for y, n in readings}
    ctx.add(c, check="implied", reported=c["value"], recomputed=implied[readings[0][0]],
            unit=ctx.obs_unit(c["series"]), year=readings[0][0], verdict="unverifiable",
            note=f"no value in or before {start}; {fmt(e)} in {end} at {c['value']:g}% a year implies "
                 + " or ".join(f"{fmt(x, 6)} in {y} ({n} periods)" for (y, n), x in zip(readings, implied.values())))
    return True


@claim_check("cagr")
def implied_last_value(ctx, c, s) -> bool:
    """A rate whose first year alone is printed: the last value it implies."""
    start, end, item, _, v = _rate_claim(ctx, c)
    if start is None or end is None or end <= start or end in v.index:
        return False
    known = [y for y in v.index if y <= start]
    if not known:
        return False
    base = max(known)
    n = end - base
    implied = float(compound(v[base], c["value"] / 100, n))
    ctx.add(c, check="implied", reported=c["value"], recomputed=implied, unit=ctx.obs_unit(c["series"]),
            verdict="unverifiable",
            note=f"no value in {end}; {fmt(v[base])} in {base} growing {c['value']:g}% a year for {n} years implies "
                 f"{fmt(implied, 6)} in {end}")
    return True


@claim_check("cagr")
def rate_without_values(ctx, c, s) -> bool:
    """A rate the values cannot test: what is missing, said as it is."""
    start, end, item, which, v = _rate_claim(ctx, c)
    if end is None:
        why = "the rate names no last year"
    elif start is not None and end <= start:
        why = f"the stated period {start}-{end} does not run forward"
    elif end not in v.index:
        why = f"no value for {item} in {end} to recompute the rate from"
    else:
        why = f"the rate names no first year, and {item} has no value before {end}"
    ctx.add(c, check="cagr", reported=c["value"], verdict="unverifiable", note=which + why)
    return True


# ---------------------------------------------------------------------------- growth and multiples
def _printed(ctx, c, item: str, year):
    """The item's printed value in ``year`` as (value, step), from the table or a level its text states; None
    when neither prints one."""
    v, st = ctx.printed(c["series"], item)
    return None if year is None or year not in v.index else (float(v[year]), float(st[year]))


def _ends(ctx, c):
    """A growth or multiple's first and last printed values, ((year, value, step), (year, value, step)), or
    None when either end is missing or the claim is a rate per period over a longer span. A first year left
    unstated is the last less the stated period."""
    item, which = only_item(ctx, c)
    start, end = as_int(c["start_year"]), as_int(c["end_year"])
    py = c.get("period_years")
    py = None if py is None or py != py else float(py)
    if start is None and end is not None and py is not None and py.is_integer():
        start = end - int(py)
    if start is None or end is None or end <= start or (py is not None and py != end - start):
        return None
    a, b = _printed(ctx, c, item, start), _printed(ctx, c, item, end)
    if a is None or b is None or a[0] <= 0 or b[0] <= 0 or a[0] - a[1] / 2 <= 0:
        return None
    return which, (start, *a), (end, *b)


def _ratio_bounds(a, b):
    """The ratio ``b / a`` of two printed values and every ratio their rounding allows: (ratio, low, high)."""
    (_, s, ss), (_, e, es) = a, b
    return e / s, (e - es / 2) / (s + ss / 2), (e + es / 2) / (s - ss / 2)


@claim_check("growth")
def growth_between_values(ctx, c, s) -> bool:
    """A growth (or a decline) whose first and last values are both printed: ``last / first - 1`` against the
    stated rate, exact, within rounding by the printed steps, or inconsistent, as a stated CAGR is."""
    ends = _ends(ctx, c)
    if ends is None:
        return False
    which, a, b = ends
    r, lo, hi = (100 * (x - 1) for x in _ratio_bounds(a, b))
    bound = bound_of(c)
    ends = None if bound else ends_bound(ctx, c["series"], only_item(ctx, c)[0], a[0], b[0])
    verdict = (bound_verdict(r, lo, hi, c["value"], c["precision"], bound) if bound
               else interval_verdict(r, lo, hi, c["value"], c["precision"]))
    if ends and verdict == "inconsistent":  # a threshold's rate may lie beyond the rate its printed figure gives
        verdict = bound_verdict(r, lo, hi, c["value"], c["precision"], ends)
    note = (f"{fmt(b[1])} / {fmt(a[1])} - 1 = {r:.3f}% ({a[0]}-{b[0]}); values rounded to {a[2]:g} and {b[2]:g} "
            f"allow {lo:.3f}% to {hi:.3f}%; printed {_BOUND_WORDS[bound] + ' ' if bound else ''}{c['value']:g}% "
            f"(step {c['precision']:g})")
    if ends:
        note += _threshold_note(ends, r / 100)
    _add_rate(ctx, c, which, check="cagr", reported=c["value"], recomputed=r, low=lo, high=hi, unit="percent",
              verdict=verdict, note=note)
    return True


@claim_check("multiple")
def multiple_between_values(ctx, c, s) -> bool:
    """A multiple ("doubled", "four-fold", "增长3倍") whose first and last values are both printed: their ratio
    against the multiple read as x N and as x N+1 (the reading of "grew N times" some texts mean), by the
    printed steps; inconsistent only when neither reading holds."""
    ends = _ends(ctx, c)
    if ends is None:
        return False
    which, a, b = ends
    ratio, lo, hi = _ratio_bounds(a, b)
    n, bound = c["value"], bound_of(c)
    verdicts = ({n: bound_verdict(ratio, lo, hi, n, 0.0, bound)} if bound  # "more than doubled": a threshold
                else {k: interval_verdict(ratio, lo, hi, k, c["precision"]) for k in (n, n + 1)})
    note = (f"{fmt(b[1])} / {fmt(a[1])} = {ratio:.4g} ({a[0]}-{b[0]}); values rounded to {a[2]:g} and {b[2]:g} "
            f"allow {lo:.4g} to {hi:.4g}; " + "; ".join(
                f"read as {_BOUND_WORDS[bound] + ' ' if bound else ''}x{k:g}: {v}" for k, v in verdicts.items()))
    _add_rate(ctx, c, which, check="cagr", reported=n, recomputed=ratio, low=lo, high=hi, unit="multiple",
              year=b[0], verdict=best(verdicts.values()), note=note)
    return True


def _level(ctx, c, s):
    """The level a growth or multiple applies to: a stated value of the item and year, else its observation."""
    lv = s.level_for(c)
    end = as_int(c["end_year"])
    if lv is not None or end is None:
        return lv
    v = ctx.values(c["series"], c["item"])
    if end not in v.index:
        return None
    return {"value": float(v[end]), "precision": float(ctx.steps(c["series"], c["item"])[end]),
            "unit": ctx.obs_unit(c["series"])}


@claim_check("growth")
def growth_on_level(ctx, c, s) -> bool:
    """A growth over a period applied to its level: the earlier value it implies."""
    lv = _level(ctx, c, s)
    if lv is None:
        ctx.add(c, check="implied", reported=c["value"], verdict="unverifiable", note="no level to apply the growth to")
        return True
    g, gp = c["value"] / 100, c["precision"] / 100
    L, Lp = lv["value"], lv["precision"]
    earlier = L / (1 + g)
    lo, hi = (L - Lp / 2) / (1 + g + gp / 2), (L + Lp / 2) / (1 + g - gp / 2)
    span = "a year" if c["period_years"] == 1 else ("a quarter" if c["period_years"] == 0.25 else
                                                     f"{c['period_years']:g} years")
    ctx.add(c, check="implied", reported=c["value"], recomputed=earlier, low=lo, high=hi, unit=lv["unit"],
            verdict="unverifiable",
            note=f"{fmt(L)} / (1 + {c['value']:g}%) = {fmt(earlier, 5)} {lv['unit']} {span} earlier "
                 f"({fmt(lo, 5)} to {fmt(hi, 5)} with rounding); that value is not in the reports")
    return True


@claim_check("multiple")
def multiple_of_level(ctx, c, s) -> bool:
    """'Grew N times' to a level: the first value under both readings (x N and x N+1)."""
    lv = _level(ctx, c, s)
    if lv is None:
        return False
    n, L, Lp = c["value"], lv["value"], lv["precision"]
    times, plus = L / n, L / (n + 1)
    lo, hi = (L - Lp / 2) / (n + 1 + c["precision"] / 2), (L + Lp / 2) / (n - c["precision"] / 2)
    start = as_int(c["start_year"])
    when = f"in {start}" if start is not None else "at the start (the text names no first year)"
    ctx.add(c, check="implied", reported=n, recomputed=times, low=lo, high=hi, unit=lv["unit"],
            year=start, verdict="unverifiable",
            note=f"'grew {n:g} times' read as x{n:g}: {fmt(L)} / {n:g} = {fmt(times, 4)}; read as x{n + 1:g} "
                 f"(grew by {n:g} times the base): {fmt(L)} / {n + 1:g} = {fmt(plus, 4)} {lv['unit']} {when}; "
                 "the reports do not give that value")
    return True


@claim_check("multiple")
def multiple_against_record(ctx, c, s) -> bool:
    """A growth multiple per period against the record-setting values in the series."""
    if not (s.has_obs and c["period_years"] is not None and not math.isnan(c["period_years"])):
        ctx.add(c, check="implied", reported=c["value"], verdict="unverifiable", note="nothing to compare with")
        return True
    o = ctx.series_rows(c["series"]).sort_values("year", kind="stable")
    start, end = as_int(c["start_year"]), as_int(c["end_year"])
    if start is None:
        record = o[o["value"] >= o["value"].cummax()]
        start, end = int(record["year"].iloc[0]), int(record.loc[record["value"].idxmax(), "year"])
    if end is None or not (o["year"] == start).any() or not (o["year"] == end).any() or end <= start:
        ctx.add(c, check="implied", reported=c["value"], verdict="unverifiable",
                note=f"the values span no period to compare the multiple with (only {start})" if start == end else
                f"no values in both {start} and {end} to compare the multiple with")
        return True
    a = o[o["year"] == start].nlargest(1, "value").iloc[0]
    b = o[o["year"] == end].nlargest(1, "value").iloc[0]
    years, per = end - start, c["period_years"]
    ratio = b["value"] / a["value"]
    factor = ratio ** (per / years)
    ra, rb = printed_step(a["value"]) / 2, printed_step(b["value"]) / 2
    f_lo = ((b["value"] - rb) / (a["value"] + ra)) ** (per / years)
    f_hi = ((b["value"] + rb) / (a["value"] - ra)) ** (per / years)
    readings = {f"x{c['value']:g}": c["value"], f"x{c['value'] + 1:g}": c["value"] + 1}
    verdicts = {k: interval_verdict(factor, f_lo, f_hi, val, c["precision"]) for k, val in readings.items()}
    note = (f"{b['item']} ({end}) / {a['item']} ({start}) = {fmt(b['value'])} / {fmt(a['value'])} = {fmt(ratio, 5)} "
            f"over {years} years, i.e. x{factor:.2f} per {per:g} year(s) (x{ratio ** (1 / years):.2f} a year). "
            + "; ".join(f"reading {k}: {v}" for k, v in verdicts.items()))
    ctx.add(c, check="cagr", reported=c["value"], recomputed=factor, low=f_lo, high=f_hi, unit="multiple",
            year=end, verdict=best(verdicts.values()), note=note)
    return True


@series_check
def multiples_compared(ctx, s) -> None:
    """Two growth multiples over different period lengths, made annual with rescale_rate: two statements of one
    pace ("40 times every 18 months", "10 times a year"). Multiples of two stated spans of years ("doubled between
    2022 and 2024", "a fivefold increase on 2024 by 2034"; "是2022年的1.5倍，较2020年增长了1.5倍") are moves of those years,
    whose paces need not agree, and are each checked against the values instead."""
    multiples = s.claims[(s.claims["kind"] == "multiple") & s.claims["period_years"].notna()]
    if len(multiples) != 2 or not s.has_obs:
        return
    a, b = multiples.iloc[0], multiples.iloc[1]
    spans = [(as_int(c["start_year"]), as_int(c["end_year"])) for c in (a, b)]
    if None not in spans[0] + spans[1] and spans[0] != spans[1]:
        return

    def annual(c, extra):
        n = c["value"] + extra
        half = c["precision"] / 2
        return tuple(1 + rescale_rate(m - 1, c["period_years"], 1.0) for m in (n, n - half, n + half))

    combos = []
    for ea in (0, 1):
        for eb in (0, 1):
            (pa, la, ha), (pb, lb, hb) = annual(a, ea), annual(b, eb)
            combos.append((ea, eb, pa, pb, ha >= lb and hb >= la))
    ok = [x for x in combos if x[4]]
    pa0, pb0 = combos[0][2], combos[0][3]
    note = (f"{a['claim']}: x{a['value']:g} per {a['period_years']:g} year(s) is x{pa0:.2f} a year; "
            f"{b['claim']}: x{b['value']:g} per {b['period_years']:g} year(s) is x{pb0:.2f} a year. "
            + ("They agree under " + ", ".join(f"x{a['value'] + x[0]:g} with x{b['value'] + x[1]:g}" for x in ok)
               if ok else "They disagree under every reading of '增长N倍' (x N or x N+1) and every value their rounding allows"))
    ctx.add(a, check="cross-source", reported=a["value"], recomputed=pb0 ** a["period_years"], unit="multiple",
            verdict="exact" if ok and ok[0][:2] == (0, 0) else ("rounding" if ok else "inconsistent"),
            note=note, item=f"{a['item']} ({a['claim']} vs {b['claim']})")
