"""Audit checks of figures and years in a report's text against its table (the ``narrative`` checks)."""

from __future__ import annotations

from ..growth import coarse_step
from .context import as_int, best, claim_check, fmt, interval_verdict


@claim_check("value")
def stated_value(ctx, c, s) -> bool:
    """A figure of the text against the table's value of its item, in the text's unit; a year the table lacks
    is matched against the years it has."""
    if c["bound"] is not None and not s.has_obs:
        return True  # ranges are checked together, by the ranges check
    cl = s.claims
    if not s.has_obs and len(cl[(cl["item"] == c["item"]) & (cl["kind"] != "value")]):
        return True  # a level that other claims are checked from
    v = ctx.values(c["series"], c["item"])
    year = as_int(c["end_year"])
    if v.empty:
        held = ctx.series_rows(c["series"])["item"].unique()
        ctx.add(c, check="narrative", reported=c["value"], verdict="unverifiable",
                note="the reports print no other figure to check this one against" if not len(held) else
                f"the reports print no other figure of {c['item']} to check this one against (the series holds "
                f"{', '.join(map(str, held[:3]))}{', ...' if len(held) > 3 else ''}, which may measure something else)")
        return True
    unit = ctx.obs_unit(c["series"])
    if ctx.incomparable(c, unit, "narrative"):
        return True
    conv = {y: float(ctx.to_unit(val, unit, c["unit"], y)) for y, val in v.items()}
    st = ctx.steps(c["series"], c["item"])
    half_obs = {y: float(ctx.to_unit(st[y], unit, c["unit"], y)) / 2 for y in v.index}
    p = c["precision"]
    coarse = coarse_step(c["value"], p)

    def judge(y):
        """The best verdict over the readings of the printed step (trailing zeros may be rounding)."""
        return best(interval_verdict(conv[y], conv[y] - half_obs[y], conv[y] + half_obs[y], c["value"], step)
                    for step in dict.fromkeys((p, coarse)))

    if year is None:
        ctx.add(c, check="narrative", reported=c["value"], verdict="unverifiable",
                note=f"the text gives the figure no year to find in the table (its years are {', '.join(map(str, conv))})")
        return True
    if c["bound"] is not None:  # "more than $290 billion": the value need only lie beyond it
        if year not in conv:
            ctx.add(c, check="narrative", reported=c["value"], verdict="unverifiable",
                    note=f"a bound of {year}, a year the reports give no value of (their years are "
                         f"{', '.join(map(str, conv))})")
            return True
        if conv[year] == c["value"] and c["locator"] in set(ctx.locators(c["series"], c["item"], year)):
            ctx.add(c, check="narrative", reported=c["value"], verdict="unverifiable",
                    note=f"the {year} observation is this threshold itself, the text giving the year no closer "
                         "figure: nothing to check it against")
            return True
        lo, hi = conv[year] - half_obs[year], conv[year] + half_obs[year]
        above = c["bound"] == "low"
        holds = hi >= c["value"] if above else lo <= c["value"]
        ctx.add(c, check="narrative", reported=c["value"], recomputed=conv[year], low=lo, high=hi,
                verdict="exact" if holds else "inconsistent",
                note=f"the text puts the {year} value {'above' if above else 'below'} {c['value']:g}; the table's "
                     f"{fmt(v[year])} {unit} is {fmt(conv[year], 6)} {c['unit']}, "
                     f"{'which it is' if holds else 'which it is not'}")
        return True
    if year in conv:
        verdict = judge(year)
        if verdict == "inconsistent" and c["locator"] in set(ctx.locators(c["series"], c["item"], year)):
            ctx.add(c, check="narrative", reported=c["value"], recomputed=conv[year], verdict="unverifiable",
                    note=f"the table's {year} value {fmt(v[year])} {unit} and this figure stand on the same line, "
                         "so one of them was read with the other's year: no contradiction between two places")
            return True
        note = (f"the table's {year} value {fmt(v[year])} {unit} is {fmt(conv[year], 6)} {c['unit']}, "
                f"which rounds to {fmt(round(conv[year] / p) * p, 6)} at step {p:g}; the text says {c['value']:g}")
        if verdict == "inconsistent" and 2 * half_obs[year] < p and c["value"] <= conv[year] + half_obs[year] \
                and conv[year] - half_obs[year] < c["value"] + p:  # "$5.43 trillion" of 5,435,555 M$: cut, not rounded
            verdict = "rounding"
            note += f", the value cut short to step {p:g} (truncated, not rounded)"
        if coarse != p:
            note += (f"; read as rounded to {coarse:g} (its trailing zeros) it is "
                     f"{'consistent' if verdict != 'inconsistent' else 'still inconsistent'}")
        ctx.add(c, check="narrative", reported=c["value"], recomputed=conv[year],
                low=conv[year] - half_obs[year], high=conv[year] + half_obs[year], verdict=verdict, note=note)
        return True
    matches = [y for y in conv if judge(y) != "inconsistent"]
    near = matches[0] if matches else min(conv, key=lambda y: abs(conv[y] - c["value"]))
    note = (f"the table has no {year}; its years are {', '.join(map(str, conv))}. "
            + (f"The figure matches the {near} value ({fmt(v[near])} {unit} = {fmt(conv[near], 6)} {c['unit']}), "
               f"so the year in the text does not agree with the table" if matches else
               f"No year of the table matches (the closest is {near}, {fmt(conv[near], 6)} {c['unit']}), so the "
               f"figure is one the table does not print, not a contradiction"))
    ctx.add(c, check="narrative", reported=c["value"], recomputed=conv[near],
            low=conv[near] - half_obs[near], high=conv[near] + half_obs[near],
            verdict="inconsistent" if matches else "unverifiable", note=note)
    return True


@claim_check("span")
def stated_span(ctx, c, s) -> bool:
    """'Within N years' from a year of the text against the years the table runs."""
    v = ctx.values(c["series"], c["item"])
    start = as_int(c["start_year"])
    if v.empty or start is None:
        ctx.add(c, check="narrative", reported=c["value"], unit="years", verdict="unverifiable",
                note="a span of years with " + ("no values of the item" if v.empty else "no first year") +
                     " to check it against")
        return True
    first, last = int(v.index.min()), int(v.index.max())
    end_text = start + int(c["value"])
    if last <= start:
        ctx.add(c, check="narrative", reported=c["value"], unit="years", year=start, verdict="unverifiable",
                note=f"the table's years ({first}-{last}) end by the text's {start}: nothing to measure the span of "
                     f"{int(c['value'])} years against")
        return True
    verdict = "exact" if end_text == last else "inconsistent"  # history before the span's start is no contradiction
    note = (f"the table runs {first}-{last} ({last - first} years); {int(c['value'])} years from the text's {start} "
            f"end in {end_text}" + ("" if end_text in v.index else ", a year the table does not have")
            + f"; from {start} to the table's last year is {last - start} years")
    ctx.add(c, check="narrative", reported=c["value"], recomputed=float(last - start), unit="years",
            year=start, verdict=verdict, note=note)
    return True
