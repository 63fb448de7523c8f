"""Audit checks of stated totals, counts, shares and ranges against their parts (the ``arithmetic`` checks)."""

from __future__ import annotations

import pandas as pd

from ..growth import TOLERANCE, printed_step
from .context import as_int, bound_of, bound_verdict, claim_check, fmt, interval_verdict, rounds_to, series_check


@claim_check("total")
def stated_total(ctx, c, s) -> bool:
    """A stated sum over years against the sum of the item's values in those years."""
    v = ctx.values(c["series"], c["item"])
    start, end = as_int(c["start_year"]), as_int(c["end_year"])
    years = [y for y in v.index if start is not None and end is not None and start <= y <= end]
    if not years:
        ctx.add(c, check="arithmetic", reported=c["value"], verdict="unverifiable",
                note=f"no values of {c['item']} in {start}-{end} to add up" if start is not None
                else "no years stated for the total")
        return True
    unit = ctx.obs_unit(c["series"])
    if ctx.incomparable(c, unit, "arithmetic"):
        return True
    parts = v[years]
    st = ctx.steps(c["series"], c["item"])[years]
    total = float(ctx.to_unit(float(parts.sum()), unit, c["unit"], years[-1]))
    slack = float(ctx.to_unit(float(st.sum()) / 2, unit, c["unit"], years[-1]))
    verdict = interval_verdict(total, total - slack, total + slack, c["value"], c["precision"])
    note = (f"{' + '.join(fmt(x, 6) for x in parts)} = {fmt(float(parts.sum()), 8)} {unit} ({years[0]}-{years[-1]})"
            + (f" = {fmt(total, 8)} {c['unit']}" if unit != c["unit"] else "") + f"; stated {c['value']:g}")
    ctx.add(c, check="arithmetic", reported=c["value"], recomputed=total, low=total - slack, high=total + slack,
            verdict=verdict, note=note)
    return True


@claim_check("count")
def stated_count(ctx, c, s) -> bool:
    """A stated count against the counts stated as its parts."""
    parts = s.counts[s.counts["of"] == c["item"]]
    if len(parts):
        total = float(sum(parts["value"]))
        verdict = "exact" if abs(total - c["value"]) < TOLERANCE else "inconsistent"
        note = f"{' + '.join(fmt(x) for x in parts['value'])} = {fmt(total)}; stated total {c['value']:g}"
        ctx.add(c, check="arithmetic", reported=c["value"], recomputed=total, low=total, high=total,
                verdict=verdict, note=note)
    elif c["of"] is None:
        ctx.add(c, check="arithmetic", reported=c["value"], verdict="unverifiable",
                note="a count the reports give nothing to check against")
    return True


@claim_check("share")
def share_of_count(ctx, c, s) -> bool:
    """A stated share of a stated count, against the part's count over the whole's."""
    part = s.counts[s.counts["item"] == c["item"]]
    whole = s.counts[s.counts["item"] == c["of"]]
    if len(part) and len(whole):
        part, whole = part.iloc[0], whole.iloc[0]
        r = 100 * part["value"] / whole["value"]
        verdict = "exact" if rounds_to(r, c["value"], c["precision"]) else "inconsistent"
        note = f"{part['value']:g} / {whole['value']:g} = {r:.4f}%; printed {c['value']:g}% at step {c['precision']:g}"
        ctx.add(c, check="arithmetic", reported=c["value"], recomputed=r, low=r, high=r, verdict=verdict, note=note)
        return True
    return False


def _whole_of(ctx, c, s):
    """The whole a share is of: its ``of``, else the parent of its item in the series' observations."""
    if not pd.isna(c["of"]):
        return c["of"]
    parents = ctx.item_rows(s.series, c["item"])["parent"].dropna()
    return parents.iloc[0] if len(parents) else None


def _observed_share(ctx, c, s):
    """The whole (:func:`_whole_of`), and the part's and the whole's printed values and steps in the claim's year,
    where the series holds both."""
    year = as_int(c["end_year"])
    of = _whole_of(ctx, c, s)
    if of is None or year is None:
        return None
    (pv, ps), (wv, ws) = (ctx.printed(s.series, item) for item in (c["item"], of))
    if year not in pv.index or year not in wv.index or wv[year] <= 0:
        return None
    return of, float(pv[year]), float(ps[year]), float(wv[year]), float(ws[year])


@claim_check("share")
def share_of_observed(ctx, c, s) -> bool:
    """A stated share of a whole the series holds (a table's "Share" column): the part over the whole, allowing
    for the rounding of both."""
    got = _observed_share(ctx, c, s)
    if got is None:
        return False
    of, p, sp, w, sw = got
    r = 100 * p / w
    lo, hi = 100 * max(p - sp / 2, 0) / (w + sw / 2), 100 * (p + sp / 2) / max(w - sw / 2, TOLERANCE)
    bound = bound_of(c)  # "more than 45% of", "不到5%", a range's end
    verdict = (bound_verdict(r, lo, hi, c["value"], c["precision"], bound) if bound
               else interval_verdict(r, lo, hi, c["value"], c["precision"]))
    said = {"low": "more than ", "upper": "less than ", "high": "at most "}.get(bound, "")
    ctx.add(c, check="arithmetic", reported=c["value"], recomputed=r, low=lo, high=hi, unit="percent",
            verdict=verdict, note=f"{c['item']} {fmt(p)} / {of} {fmt(w)} = {r:.4g}%; printed {said}{c['value']:g}%"
                                  + ("" if of == c["of"] else f" ({of} is its parent: the claim names no whole)"))
    return True


def _share_of_unknown(ctx, c, level, level_unit, level_step):
    """A share of a whole the reports never give: say what whole it implies."""
    s, p = c["value"], c["precision"]
    whole = level / (s / 100)
    lo = (level - level_step / 2) / ((s + p / 2) / 100)
    hi = (level + level_step / 2) / ((s - p / 2) / 100) if s - p / 2 > 0 else float("inf")
    if c["bound"] == "upper":
        note = (f"below {s:g}% means {c['of']} above {fmt(level, 6)} / {s / 100:g} = {fmt(whole, 6)} "
                f"{level_unit}; the reports give no {c['of']} to check it")
        lo, hi = whole, float("inf")
    else:
        note = (f"{fmt(level, 6)} / {s / 100:g} = {fmt(whole, 6)} {level_unit} of {c['of']} "
                f"({fmt(lo, 6)} to {fmt(hi, 6)} with rounding); the reports give no {c['of']} to check it")
    ctx.add(c, check="implied", reported=s, recomputed=whole, low=lo, high=hi, unit=level_unit,
            verdict="unverifiable", note=note)
    return lo, hi


@series_check
def parts_of_stated_wholes(ctx, s) -> None:
    """A stated figure that is part of another (data-centre revenue within revenue): part <= whole, now and
    in the earlier periods the stated growth rates imply."""
    c_s = s.claims
    values = c_s[(c_s["kind"] == "value") & c_s["bound"].isna()]
    if values["of"].isna().all():  # no part of a stated whole
        return
    growth = c_s[c_s["kind"] == "growth"]
    for _, part in values[values["of"].notna()].iterrows():
        whole = values[(values["item"] == part["of"]) & (values["end_year"] == part["end_year"])]
        if whole.empty:
            continue
        whole = whole.iloc[0]
        share = part["value"] / whole["value"]
        ctx.add(part, check="arithmetic", reported=part["value"], recomputed=whole["value"],
                verdict="exact" if part["value"] <= whole["value"] else "inconsistent",
                note=f"{part['item']} {part['value']:g} within {whole['item']} {whole['value']:g} {whole['unit']}: "
                     f"{100 * share:.1f}%")
        for _, gp in growth[growth["item"] == part["item"]].iterrows():
            gw = growth[(growth["item"] == whole["item"]) & (growth["period_years"] == gp["period_years"])]
            if gw.empty:
                continue
            gw = gw.iloc[0]
            p_mid, p_lo = part["value"] / (1 + gp["value"] / 100), (part["value"] - part["precision"] / 2) / (
                1 + (gp["value"] + gp["precision"] / 2) / 100)
            w_mid, w_hi = whole["value"] / (1 + gw["value"] / 100), (whole["value"] + whole["precision"] / 2) / (
                1 + (gw["value"] - gw["precision"] / 2) / 100)
            verdict = "exact" if p_mid <= w_mid else ("rounding" if p_lo <= w_hi else "inconsistent")
            ctx.add(gp, check="arithmetic", item=f"{part['item']} within {whole['item']}", reported=p_mid,
                    recomputed=w_mid, low=p_lo, high=w_hi, unit=whole["unit"], verdict=verdict,
                    note=f"{gp['period_years']:g} year(s) earlier the stated rates imply {part['item']} "
                         f"{part['value']:g} / (1 + {gp['value']:g}%) = {p_mid:.4g} and {whole['item']} "
                         f"{whole['value']:g} / (1 + {gw['value']:g}%) = {w_mid:.4g}: {100 * p_mid / w_mid:.1f}%")


@series_check
def shares_of_unknown_wholes(ctx, s) -> None:
    """Shares of wholes that the reports never give: implied wholes, and sums within one whole."""
    c_s = s.claims
    shares = c_s[(c_s["kind"] == "share")]
    if shares.empty:
        return
    counts = set(c_s.loc[c_s["kind"] == "count", "item"])
    shares = shares[~shares["of"].isin(counts)]
    unknown = [_observed_share(ctx, c, s) is None for _, c in shares.iterrows()]  # the others are checked
    shares = shares[pd.Series(unknown, index=shares.index, dtype=bool)]
    for _, c in shares[shares["of"].isna()].iterrows():  # a share of no whole the package names
        ctx.add(c, check="implied", reported=c["value"], verdict="unverifiable",
                note=f"a share of {c['item']} with no whole: fill the claim's 'of' (the item it is a share of)")
    for of, g in shares.groupby("of", sort=False):
        ranged = g[g["bound"].isin(["low", "high"])]
        implied = {}
        levels = c_s[(c_s["kind"] == "value") & c_s["item"].isin(g["item"]) & c_s["bound"].isin(["low", "high"])]
        unit = ctx.common_unit(levels["unit"]) if len(levels) else None
        for _, c in g.iterrows():
            if c["bound"] in ("low", "high"):
                lv = levels[(levels["item"] == c["item"]) & (levels["bound"] == c["bound"])]
                if len(lv):
                    lvl = lv.iloc[0]
                    value = float(ctx.to_unit(lvl["value"], lvl["unit"], unit))
                    step = float(ctx.to_unit(lvl["precision"], lvl["unit"], unit))
                    implied[c["bound"]] = (_share_of_unknown(ctx, c, value, unit, step), c)
                continue
            v = ctx.values(s.series, c["item"])
            year = as_int(c["end_year"])
            if year is not None and year in v.index:
                _share_of_unknown(ctx, c, float(v[year]), ctx.obs_unit(s.series), printed_step(float(v[year])))
            elif len(g) == 1:
                ctx.add(c, check="implied", reported=c["value"], verdict="unverifiable",
                        note=f"the reports give no size of {of} to turn the share into a count")
        if len(ranged) == 0 and len(g) > 1 and g["end_year"].isna().all():
            total = float(g["value"].sum())
            slack = float(g["precision"].sum()) / 2
            verdict = "exact" if total <= 100 + TOLERANCE else ("rounding" if total - slack <= 100 else "inconsistent")
            ctx.add(g.iloc[0], check="arithmetic", item=f"{' + '.join(g['item'])} ({of})", reported=total,
                    recomputed=total, low=total - slack, high=total + slack, unit="percent", verdict=verdict,
                    note=f"{' + '.join(f'{x:g}' for x in g['value'])} = {total:g}% of {of}, which must not exceed 100%")
        if {"low", "high"} <= set(implied):
            (lo1, hi1), c = implied["low"]
            (lo2, hi2), _ = implied["high"]
            overlap = max(lo1, lo2) <= min(hi1, hi2)
            ctx.add(c, check="arithmetic", item=f"{c['item']} ({of})", reported=None, recomputed=None,
                    low=max(lo1, lo2), high=min(hi1, hi2), unit=unit,
                    verdict="rounding" if overlap else "inconsistent",
                    note=(f"the low ends imply {of} of {fmt(lo1, 5)} to {fmt(hi1, 5)}, the high ends {fmt(lo2, 5)} to "
                          f"{fmt(hi2, 5)} {unit}: " + ("the two agree within rounding" if overlap else "they disagree")))


@series_check
def stated_ranges(ctx, s) -> None:
    """Stated ranges: low below high, an 'up to' figure equal to the range's top, a part below its whole."""
    c_s = s.claims
    vals = c_s[(c_s["kind"] == "value") & c_s["bound"].notna()]
    if vals.empty:
        return
    quantity = vals["unit"].map(ctx.units["quantity"])  # a range of money and a bound on a count are not compared
    for _, g in vals.groupby([vals["item"], quantity], sort=False, dropna=False):
        same = quantity == quantity[g.index[0]]
        wholes = vals[vals["item"].isin(g["of"].dropna()) & (vals["bound"] == "upper") & same]
        unit = ctx.common_unit(list(g["unit"]) + list(wholes["unit"]))

        def usd(r):  # in the finest unit the stated ranges use
            return float(ctx.to_unit(r["value"], r["unit"], unit))

        b = {r["bound"]: r for _, r in g.iterrows()}
        if "low" in b and "high" in b:
            lo, hi = usd(b["low"]), usd(b["high"])
            ctx.add(b["low"], check="arithmetic", reported=lo, recomputed=hi, unit=unit,
                    verdict="exact" if lo <= hi else "inconsistent",
                    note=f"range {b['low']['value']:g} {b['low']['unit']} to {b['high']['value']:g} "
                         f"{b['high']['unit']}: {fmt(lo)} <= {fmt(hi)} {unit}")
        if "upper" in b and "high" in b:
            up, hi = b["upper"], b["high"]
            same = abs(usd(up) - usd(hi)) <= ctx.to_unit(max(up["precision"], hi["precision"]), up["unit"], unit) / 2
            ctx.add(up, check="narrative", reported=up["value"], recomputed=float(ctx.to_unit(usd(hi), unit, up["unit"])),
                    verdict="exact" if same else "inconsistent",
                    note=f"the 'up to' figure {up['value']:g} {up['unit']} against the top of the stated range, "
                         f"{hi['value']:g} {hi['unit']}")
        if "upper" in b and b["upper"]["of"] is not None:
            part = b["upper"]
            whole = vals[(vals["item"] == part["of"]) & (vals["bound"] == "upper") & same]
            if len(whole):
                w = whole.iloc[0]
                share = usd(part) / usd(w)
                ctx.add(part, check="arithmetic", reported=part["value"], recomputed=w["value"], unit=part["unit"],
                        verdict="exact" if share <= 1 else "inconsistent",
                        note=f"{part['item']} {part['value']:g} within {w['item']} {w['value']:g} {w['unit']}: "
                             f"{100 * share:.1f}% of it")
