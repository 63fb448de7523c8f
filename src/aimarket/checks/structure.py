"""Audit checks of how values fit together: a parent against its children, a part within a whole across series."""

from __future__ import annotations

import re

from ..catalog import nearest_year, top_item
from ..extract import vocabulary
from ..growth import TOLERANCE, interpolate
from .context import difference, fmt, package_check, series_check

_TOTAL_LABEL = re.compile(vocabulary.TOTAL_LABEL, re.IGNORECASE)


@series_check
def hierarchy(ctx, s) -> None:
    """Each parent against the sum of its children, one row per parent and year; the printed step of every
    value (the package's precision, else its digits) makes the slack. Parents are the package's ``parent``
    column; in a series that names none, a table's row labelled as its total is the parent of its other rows."""
    if not s.has_obs:
        return
    o = ctx.series_rows(s.series)
    if o["item"].nunique() < 2:  # one item: no parent and child
        return
    kids, how = o[o["parent"].notna()], ""
    if kids.empty:
        o, kids = _labelled_total(o)
        how = "; the rows are read as parts of the row labelled as their total (the package names no parents)"
    family = kids.groupby("parent", sort=False)["item"].unique().to_dict()
    for (parent, year), g in kids.groupby(["parent", "year"], sort=False):
        prow = o[(o["item"] == parent) & (o["year"] == year)]
        if prow.empty:
            continue
        P = float(prow["value"].iloc[0])
        present = set(g["item"])
        missing = [str(i) for i in family[parent] if i not in present]
        if missing:
            ctx.add(None, series=s.series, check="hierarchy", claim=None, item=parent, year=int(year), reported=P,
                    unit=prow["unit"].iloc[0], verdict="unverifiable", locator=prow["locator"].iloc[0],
                    note=f"{len(missing)} of its {len(family[parent])} children have no {int(year)} value "
                         f"({', '.join(missing)}): their sum would be short")
            continue
        shares = _stated_shares(ctx, s.series, g, year, P)
        if shares is not None and shares < 100 - 5:  # "Insurance: $2.9B (43%)", "Banks: $1.6B (24%)" of a $6.8B TAM
            ctx.add(None, series=s.series, check="hierarchy", claim=None, item=parent, year=int(year), reported=P,
                    unit=prow["unit"].iloc[0], verdict="unverifiable", locator=prow["locator"].iloc[0],
                    note=f"the shares stated of its {len(g)} rows sum to {fmt(shares, 3)}%: they are not all its parts")
            continue
        S = float(g["value"].sum())
        steps = [float(ctx.steps(s.series, item)[year]) for item in (parent, *g["item"])]
        slack = sum(steps) / 2
        diff = difference(P, S)
        verdict = "exact" if diff == 0 else ("rounding" if abs(diff) <= slack + TOLERANCE * P else "inconsistent")
        note = (f"{len(g)} children sum to {fmt(S, 9)} against {fmt(P, 9)} printed (difference {diff:+,.6g}; "
                f"rounding of {len(g) + 1} printed values allows +/-{slack:g}){how}")
        ctx.add(None, series=s.series, check="hierarchy", claim=None, item=parent, year=int(year), reported=P,
                recomputed=S, low=S - slack, high=S + slack, unit=prow["unit"].iloc[0], verdict=verdict, note=note,
                locator=prow["locator"].iloc[0])


def _stated_shares(ctx, series: str, kids, year, whole: float) -> float | None:
    """The sum of the shares the package states of each child in ``kids`` (rows of one year), a child without one
    counted at its value's share of ``whole`` ("Imaging: $0.9B (28% of TAM)", "Claims: $1.4B (44%)", "Messaging:
    ~$0.6B" of $3.2B: 28 + 44 + 18.75); None where none states one."""
    cl = ctx.pkg.claims
    if cl.empty:
        return None
    cl = cl[(cl["series"] == series) & (cl["kind"] == "share") & (cl["end_year"] == year)]
    found = [cl.loc[cl["item"] == item, "value"] for item in kids["item"]]
    if all(v.empty for v in found) or not whole:
        return None
    return float(sum(100 * x / whole if v.empty else v.iloc[0] for v, x in zip(found, kids["value"])))


#: a locator that ends in a line's number: "report.txt:12", "deck.pdf:3:40"
_LINE_NUMBER = re.compile(r"(?P<file>.*):(?P<line>\d+)$")


def _labelled_total(o):
    """A flat table's rows with the row labelled as its total made the parent of the others: (rows, children).

    Only a table: one row labelled total, at least two others, each row on a line of its own (prose puts a
    figure and its parts on one line, and names parts without all of them), or, in a table whose years are its rows,
    each item in a column of its own: every item on the same lines, one a year."""
    items = list(dict.fromkeys(o["item"]))
    totals = [i for i in items if _TOTAL_LABEL.search(str(i))]
    lines = o.groupby("item", sort=False)["locator"].unique()
    spans = lines.map(tuple)
    columns = spans.nunique() == 1 and 1 < len(lines.iloc[0]) == o["year"].nunique()
    if len(totals) != 1 or len(items) < 3 or not columns and (
            any(len(x) != 1 for x in lines) or spans.duplicated().any()):
        return o, o.iloc[:0]
    at = {item: _LINE_NUMBER.match(str(x[0])) for item, x in lines.items()}
    if all(at.values()) and len({m["file"] for m in at.values()}) == 1:  # "report.txt:12": a table's total row stands
        total = int(at[totals[0]]["line"])  # beside its rows; a whole printed lines above its bullets heads no table
        if min(abs(int(m["line"]) - total) for item, m in at.items() if item != totals[0]) > 2:
            return o, o.iloc[:0]
    return o, o[o["item"] != totals[0]].assign(parent=totals[0])


@package_check
def part_within_whole(ctx, series_id) -> None:
    """The package's constraints: a part within its whole in every year both series span, values interpolated
    geometrically between anchors (and said to be derived). A part that fits is ``within``, not ``exact``: the
    check is an inequality, not a figure recomputed."""
    for _, k in ctx.pkg.constraints.iterrows():
        if series_id in (None, k["part"], k["whole"]):
            _constraint(ctx, k)


def _constraint(ctx, constraint) -> None:
    part_series, whole_series, label = constraint["part"], constraint["whole"], constraint["label"]
    part_item, whole_item = top_item(part_series, package=ctx.pkg), top_item(whole_series, package=ctx.pkg)
    pv, wv = ctx.values(part_series, part_item), ctx.values(whole_series, whole_item)
    if pv.empty or wv.empty:
        return
    pu, wu = ctx.obs_unit(part_series), ctx.obs_unit(whole_series)
    lo_y, hi_y = max(pv.index.min(), wv.index.min()), min(pv.index.max(), wv.index.max())
    years = sorted(y for y in set(pv.index) | set(wv.index) if lo_y <= y <= hi_y)
    loc = ctx.item_rows(part_series, part_item)["locator"].iloc[0]
    for y in years:
        p_val = float(interpolate(pv.index.to_numpy(float), pv.to_numpy(), y))
        w_val = float(interpolate(wv.index.to_numpy(float), wv.to_numpy(), y))
        a, b = ctx.units.loc[pu, "currency"], ctx.units.loc[wu, "currency"]
        try:
            conv = float(ctx.to_unit(p_val, pu, wu, y))
        except ValueError as exc:  # no exchange rate between the two currencies: nothing to compare
            ctx.add(None, series=part_series, check="cross-source", claim=constraint["constraint"],
                    item=f"{part_item} within {whole_series}", year=int(y), reported=p_val, recomputed=w_val,
                    low=None, high=None, unit=pu, verdict="unverifiable", locator=loc,
                    note=f"{part_series} is in {pu}, {whole_series} in {wu}: {exc}; add a row to the package's "
                         f"fx.csv (pair {b}/{a}: {b} per one {a}, year, rate, source) to check it")
            continue
        fx_note = ""
        if a != b:
            fx = ctx.pkg.fx[ctx.pkg.fx["pair"].isin([f"{a}/{b}", f"{b}/{a}"])]
            used = nearest_year(fx["year"], y)
            row = fx[fx["year"] == used].iloc[0]
            fx_note = f" at the {used} {row['pair']} rate ({row['rate']:g}, source {row['source']})"
        derived = [s for s, v in ((part_series, pv), (whole_series, wv)) if y not in v.index]
        note = (f"{part_series} {y}: {fmt(p_val, 6)} {pu} = {fmt(conv, 6)} {wu}{fx_note}; {whole_series} {y}: "
                f"{fmt(w_val, 6)} {wu}; implied share {100 * conv / w_val:.1f}% ({label})"
                + (f"; derived by geometric interpolation for {', '.join(derived)}" if derived else ""))
        ctx.add(None, series=part_series, check="cross-source", claim=constraint["constraint"],
                item=f"{part_item} within {whole_series}", year=int(y), reported=conv, recomputed=w_val, low=None,
                high=None, unit=wu, verdict="within" if conv <= w_val else "inconsistent", note=note, locator=loc)
