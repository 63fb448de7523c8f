"""Audit every claim the reports make against the numbers they print.

:func:`audit` recomputes each stated growth rate, total, share, narrative
figure and hierarchy sum, allows for the rounding of everything printed, and
gives each check a verdict with the arithmetic in the note:

``exact``
    the recomputed figure rounds to the printed one;
``rounding``
    it does not, but inputs inside their rounding intervals give it;
``inconsistent``
    no inputs consistent with what is printed give it;
``unverifiable``
    the reports hold nothing to check it against (the implied figure is
    still computed and shown).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from .catalog import _check_series, _pkg, convert, nearest_year, top_item
from .datapackage import Package
from .growth import (_TOL, cagr, cagr_bounds, coarse_step, compound, implied_start, infer_periods, interpolate,
                     printed_step, reconcile_rate, rescale_rate)

__all__ = ["audit", "AUDIT_COLUMNS", "CHECKS", "VERDICTS"]

AUDIT_COLUMNS = ["series", "check", "claim", "item", "year", "reported", "recomputed", "low", "high", "unit",
                 "verdict", "note", "locator"]
CHECKS = ("cagr", "hierarchy", "narrative", "period", "arithmetic", "implied", "cross-source")
VERDICTS = ("exact", "rounding", "inconsistent", "unverifiable")


def _fmt(x: float, digits: int = 6) -> str:
    """A number for a note: thousands separated, at most two decimals past 1,000."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "n/a"
    if abs(x) >= 1000:
        return f"{x:,.2f}".rstrip("0").rstrip(".")
    return f"{x:.{digits}g}"


def _pct(r: float, nd: int = 2) -> str:
    return f"{100 * r:.{nd}f}%"


def _rounds_to(x: float, printed: float, step: float) -> bool:
    return abs(x - printed) <= step / 2 + _TOL * max(1.0, abs(printed))


def _interval_verdict(point: float, lo: float, hi: float, printed: float, step: float) -> str:
    """exact if point rounds to printed; rounding if [lo, hi] meets its rounding interval."""
    if _rounds_to(point, printed, step):
        return "exact"
    half = step / 2 + _TOL * max(1.0, abs(printed))
    return "rounding" if hi >= printed - half and lo <= printed + half else "inconsistent"


class _Audit:
    """Collects rows; one method per kind of check."""

    def __init__(self, pkg: Package):
        self.pkg = pkg
        self.rows: list[dict] = []
        self.obs = pkg.observations
        self.units = pkg.units.set_index("unit")

    def add(self, claim_row=None, **row):
        base = {c: None for c in AUDIT_COLUMNS}
        if claim_row is not None:
            base.update(series=claim_row["series"], claim=claim_row["claim"], item=claim_row["item"],
                        locator=claim_row["locator"], unit=claim_row["unit"],
                        year=_int(claim_row["end_year"]))
        base.update(row)
        self.rows.append(base)

    # -- helpers -------------------------------------------------------------
    def values(self, series: str, item: str) -> pd.Series:
        o = self.obs[(self.obs["series"] == series) & (self.obs["item"] == item)]
        return pd.Series(o["value"].to_numpy(), index=o["year"].to_numpy())

    def steps(self, series: str, item: str, *, coarse: bool = False) -> pd.Series:
        """The printed step of each year's value: the package's ``precision``, else read from the digits.

        With ``coarse``, a value without a stated precision whose trailing zeros may be rounding (9750)
        gets the coarser step (10).
        """
        o = self.obs[(self.obs["series"] == series) & (self.obs["item"] == item)]
        prec = o["precision"] if "precision" in o else pd.Series([None] * len(o), index=o.index)
        return pd.Series([float(p) if p is not None and p == p else
                          (coarse_step(v, printed_step(v)) if coarse else printed_step(v)) for v, p in zip(o["value"], prec)],
                         index=o["year"].to_numpy())

    def incomparable(self, c, unit: str, check: str) -> bool:
        """Whether the claim's unit measures another quantity than the series' (money in any currency counts
        as one); if so, the claim is recorded as unverifiable."""
        q = self.units["quantity"]
        if unit in q.index and c["unit"] in q.index and q[unit] == q[c["unit"]]:
            return False
        self.add(c, check=check, reported=c["value"], verdict="unverifiable",
                 note=f"the claim is in {c['unit']} and the series in {unit}: not the same quantity")
        return True

    def obs_unit(self, series: str) -> str | None:
        u = self.obs.loc[self.obs["series"] == series, "unit"]
        return u.iloc[0] if len(u) else None

    def to_unit(self, value, from_unit, to_unit, year=None):
        if from_unit == to_unit:
            return value
        return convert(value, to_unit, from_unit=from_unit, year=year, fx_year="nearest" if year is not None else None,
                       package=self.pkg)

    # -- stated growth rates ---------------------------------------------------
    def cagr_claim(self, c):
        v = self.values(c["series"], c["item"])
        start, end = _int(c["start_year"]), _int(c["end_year"])
        rate, step = c["value"] / 100, c["precision"] / 100
        if end is not None and start is not None and end > start and end not in v.index:
            known = [y for y in v.index if y <= start]
            if known:  # only the first end is printed: the rate implies the last
                base = max(known)
                n = end - base
                implied = float(compound(v[base], rate, n))
                self.add(c, check="implied", reported=c["value"], recomputed=implied, unit=self.obs_unit(c["series"]),
                         verdict="unverifiable",
                         note=f"no value in {end}; {_fmt(v[base])} in {base} growing {c['value']:g}% a year for {n} "
                              f"years implies {_fmt(implied, 6)} in {end}")
                return
        if end not in v.index or start is None:
            self.add(c, check="cagr", reported=c["value"], verdict="unverifiable",
                     note=f"no value for {c['item']} in {end} to recompute the rate from")
            return
        st = self.steps(c["series"], c["item"])
        if start in v.index:
            s, e, n = v[start], v[end], end - start
            ss, es = st[start], st[end]
            lo, hi = cagr_bounds(s, e, n, start_step=ss, end_step=es)
            r = cagr(s, e, n)
            verdict = reconcile_rate(rate, s, e, n, rate_step=step, start_step=ss, end_step=es)
            note = (f"({_fmt(e)} / {_fmt(s)}) ** (1/{n}) - 1 = {_pct(r, 3)}; printed {c['value']:g}% "
                    f"(step {c['precision']:g}); values rounded to {ss:g} and {es:g} allow {_pct(lo, 3)} to {_pct(hi, 3)}")
            wide = self.steps(c["series"], c["item"], coarse=True)
            cs_, ce_ = wide[start], wide[end]
            if verdict == "inconsistent" and (cs_, ce_) != (ss, es) and reconcile_rate(
                    rate, s, e, n, rate_step=step, start_step=cs_, end_step=ce_) != "inconsistent":
                verdict = "rounding"
                lo, hi = cagr_bounds(s, e, n, start_step=cs_, end_step=ce_)
                note += (f"; read as rounded to {cs_:g} and {ce_:g} (their trailing zeros), the values allow "
                         f"{_pct(lo, 3)} to {_pct(hi, 3)}")
            elif verdict == "rounding":
                note += f"; {_pct(r, 3)} does not round to {c['value']:g}%, but values inside their rounding do"
            self.add(c, check="cagr", reported=c["value"], recomputed=100 * r, low=100 * lo, high=100 * hi,
                     unit="percent", verdict=verdict, note=note)
            return
        # the stated first year has no value: which period counts make the rate hold?
        base_years = [y for y in v.index if y < start]
        if not base_years:  # only the last end is printed: the rate implies the first, under both readings
            e = v[end]
            literal = end - start
            readings = [(start, literal), (start - 1, literal + 1)] if literal > 0 else [(start - 1, 1)]
            implied = {y: float(implied_start(e, rate, n)) for y, n in readings}
            self.add(c, check="implied", reported=c["value"], recomputed=implied[readings[0][0]],
                     unit=self.obs_unit(c["series"]), year=readings[0][0], verdict="unverifiable",
                     note=f"no value in or before {start}; {_fmt(e)} in {end} at {c['value']:g}% a year implies "
                          + " or ".join(f"{_fmt(x, 6)} in {y} ({n} periods)" for (y, n), x in
                                        zip(readings, implied.values())))
            return
        base = max(base_years)
        s, e = v[base], v[end]
        ss, es = st[base], st[end]
        counts = infer_periods(s, e, rate, rate_step=step)
        literal, growth_years = end - start, end - base
        n = growth_years if growth_years in counts else (counts[0] if counts else growth_years)
        r = cagr(s, e, n)
        lo, hi = cagr_bounds(s, e, n, start_step=ss, end_step=es)
        verdict = reconcile_rate(rate, s, e, n, rate_step=step, start_step=ss, end_step=es)
        literal_rate = cagr(s, e, literal) if literal > 0 else float("nan")
        note = (f"stated for {start}-{end}; the values are {_fmt(s)} in {base} and {_fmt(e)} in {end}. "
                f"Period counts for which {c['value']:g}% holds: {', '.join(map(str, counts)) or 'none'}. "
                f"Over {n} periods ({base} base): ({_fmt(e)} / {_fmt(s)}) ** (1/{n}) - 1 = {_pct(r, 3)}")
        if literal > 0 and literal not in counts:
            note += (f"; read literally as {literal} periods ({start} to {end}) it would be {_pct(literal_rate, 1)}, "
                     f"so the label names the years of growth, with {base} as the base")
        self.add(c, check="period", reported=c["value"], recomputed=100 * r, low=100 * lo, high=100 * hi,
                 unit="percent", verdict=verdict, note=note)

    # -- narrative figures -------------------------------------------------------
    def value_claim(self, c):
        v = self.values(c["series"], c["item"])
        year = _int(c["end_year"])
        if v.empty:
            self.add(c, check="narrative", reported=c["value"], verdict="unverifiable",
                     note="the reports print no other figure to check this one against")
            return
        unit = self.obs_unit(c["series"])
        if self.incomparable(c, unit, "narrative"):
            return
        conv = {y: float(self.to_unit(val, unit, c["unit"], y)) for y, val in v.items()}
        st = self.steps(c["series"], c["item"])
        half_obs = {y: float(self.to_unit(st[y], unit, c["unit"], y)) / 2 for y in v.index}
        p = c["precision"]
        coarse = coarse_step(c["value"], p)

        def judge(y):
            """The best verdict over the readings of the printed step (trailing zeros may be rounding)."""
            return min((_interval_verdict(conv[y], conv[y] - half_obs[y], conv[y] + half_obs[y], c["value"], step)
                        for step in dict.fromkeys((p, coarse))), key=VERDICTS.index)

        if year in conv:
            verdict = judge(year)
            note = (f"the table's {year} value {_fmt(v[year])} {unit} is {_fmt(conv[year], 6)} {c['unit']}, "
                    f"which rounds to {_fmt(round(conv[year] / p) * p, 6)} at step {p:g}; the text says {c['value']:g}")
            if coarse != p:
                note += (f"; read as rounded to {coarse:g} (its trailing zeros) it is "
                         f"{'consistent' if verdict != 'inconsistent' else 'still inconsistent'}")
            self.add(c, check="narrative", reported=c["value"], recomputed=conv[year],
                     low=conv[year] - half_obs[year], high=conv[year] + half_obs[year], verdict=verdict, note=note)
            return
        matches = [y for y in conv if judge(y) != "inconsistent"]
        near = matches[0] if matches else min(conv, key=lambda y: abs(conv[y] - c["value"]))
        note = (f"the table has no {year}; its years are {', '.join(map(str, conv))}. "
                + (f"The figure matches the {near} value ({_fmt(v[near])} {unit} = {_fmt(conv[near], 6)} {c['unit']}), "
                   f"so the year in the text does not agree with the table" if matches else
                   f"No year of the table matches; the closest is {near} ({_fmt(conv[near], 6)} {c['unit']})"))
        self.add(c, check="narrative", reported=c["value"], recomputed=conv[near],
                 low=conv[near] - half_obs[near], high=conv[near] + half_obs[near], verdict="inconsistent", note=note)

    def span_claim(self, c):
        v = self.values(c["series"], c["item"])
        start = _int(c["start_year"])
        if v.empty or start is None:
            self.add(c, check="narrative", reported=c["value"], unit="years", verdict="unverifiable",
                     note="a span of years with " + ("no values of the item" if v.empty else "no first year") +
                          " to check it against")
            return
        first, last = int(v.index.min()), int(v.index.max())
        end_text = start + int(c["value"])
        verdict = "exact" if (start == first and end_text == last) else "inconsistent"
        note = (f"the table runs {first}-{last} ({last - first} years); {int(c['value'])} years from the text's {start} "
                f"end in {end_text}" + ("" if end_text in v.index else ", a year the table does not have")
                + f"; from {start} to the table's last year is {last - start} years")
        self.add(c, check="narrative", reported=c["value"], recomputed=float(last - start), unit="years",
                 year=start, verdict=verdict, note=note)

    # -- stated totals, counts and shares ------------------------------------------
    def total_claim(self, c):
        v = self.values(c["series"], c["item"])
        start, end = _int(c["start_year"]), _int(c["end_year"])
        years = [y for y in v.index if start is not None and end is not None and start <= y <= end]
        if not years:
            self.add(c, check="arithmetic", reported=c["value"], verdict="unverifiable",
                     note=f"no values of {c['item']} in {start}-{end} to add up" if start is not None
                     else "no years stated for the total")
            return
        unit = self.obs_unit(c["series"])
        if self.incomparable(c, unit, "arithmetic"):
            return
        parts = v[years]
        st = self.steps(c["series"], c["item"])[years]
        total = float(self.to_unit(float(parts.sum()), unit, c["unit"], years[-1]))
        slack = float(self.to_unit(float(st.sum()) / 2, unit, c["unit"], years[-1]))
        verdict = _interval_verdict(total, total - slack, total + slack, c["value"], c["precision"])
        note = (f"{' + '.join(_fmt(x, 6) for x in parts)} = {_fmt(float(parts.sum()), 8)} {unit} ({years[0]}-{years[-1]})"
                + (f" = {_fmt(total, 8)} {c['unit']}" if unit != c["unit"] else "") + f"; stated {c['value']:g}")
        self.add(c, check="arithmetic", reported=c["value"], recomputed=total, low=total - slack, high=total + slack,
                 verdict=verdict, note=note)

    def count_group(self, whole, parts):
        total = float(sum(parts["value"]))
        verdict = "exact" if abs(total - whole["value"]) < _TOL else "inconsistent"
        note = f"{' + '.join(_fmt(x) for x in parts['value'])} = {_fmt(total)}; stated total {whole['value']:g}"
        self.add(whole, check="arithmetic", reported=whole["value"], recomputed=total, low=total, high=total,
                 verdict=verdict, note=note)

    def share_of_count(self, c, part, whole):
        r = 100 * part["value"] / whole["value"]
        verdict = "exact" if _rounds_to(r, c["value"], c["precision"]) else "inconsistent"
        note = f"{part['value']:g} / {whole['value']:g} = {r:.4f}%; printed {c['value']:g}% at step {c['precision']:g}"
        self.add(c, check="arithmetic", reported=c["value"], recomputed=r, low=r, high=r, verdict=verdict, note=note)

    def share_of_unknown(self, c, level, level_unit, level_step):
        """A share of a whole the reports never give: say what whole it implies."""
        s, p = c["value"], c["precision"]
        upper = c["bound"] == "upper"
        whole = level / (s / 100)
        lo = (level - level_step / 2) / ((s + p / 2) / 100)
        hi = (level + level_step / 2) / ((s - p / 2) / 100) if s - p / 2 > 0 else float("inf")
        if upper:
            note = (f"below {s:g}% means {c['of']} above {_fmt(level, 6)} / {s / 100:g} = {_fmt(whole, 6)} "
                    f"{level_unit}; the reports give no {c['of']} to check it")
            lo, hi = whole, float("inf")
        else:
            note = (f"{_fmt(level, 6)} / {s / 100:g} = {_fmt(whole, 6)} {level_unit} of {c['of']} "
                    f"({_fmt(lo, 6)} to {_fmt(hi, 6)} with rounding); the reports give no {c['of']} to check it")
        self.add(c, check="implied", reported=s, recomputed=whole, low=lo, high=hi, unit=level_unit,
                 verdict="unverifiable", note=note)
        return lo, hi

    # -- growth that implies earlier values ----------------------------------------
    def growth_claim(self, c, level_claim):
        g, gp = c["value"] / 100, c["precision"] / 100
        L, Lp = level_claim["value"], level_claim["precision"]
        earlier = L / (1 + g)
        lo, hi = (L - Lp / 2) / (1 + g + gp / 2), (L + Lp / 2) / (1 + g - gp / 2)
        span = "a year" if c["period_years"] == 1 else (
            "a quarter" if c["period_years"] == 0.25 else f"{c['period_years']:g} years")
        note = (f"{_fmt(L)} / (1 + {c['value']:g}%) = {_fmt(earlier, 5)} {level_claim['unit']} {span} earlier "
                f"({_fmt(lo, 5)} to {_fmt(hi, 5)} with rounding); that value is not in the reports")
        self.add(c, check="implied", reported=c["value"], recomputed=earlier, low=lo, high=hi,
                 unit=level_claim["unit"], verdict="unverifiable", note=note)

    def multiple_with_level(self, c, level_claim):
        n, L, Lp = c["value"], level_claim["value"], level_claim["precision"]
        times, plus = L / n, L / (n + 1)
        lo, hi = (L - Lp / 2) / (n + 1 + c["precision"] / 2), (L + Lp / 2) / (n - c["precision"] / 2)
        note = (f"'grew {n:g} times' read as x{n:g}: {_fmt(L)} / {n:g} = {_fmt(times, 4)}; read as x{n + 1:g} "
                f"(grew by {n:g} times the base): {_fmt(L)} / {n + 1:g} = {_fmt(plus, 4)} {level_claim['unit']} in "
                f"{_int(c['start_year'])}; the reports do not give that value")
        self.add(c, check="implied", reported=n, recomputed=times, low=lo, high=hi, unit=level_claim["unit"],
                 year=_int(c["start_year"]), verdict="unverifiable", note=note)

    def multiple_against_record(self, c):
        """A growth multiple per period against the record-setting values in the series."""
        o = self.obs[self.obs["series"] == c["series"]].sort_values("year")
        start, end = _int(c["start_year"]), _int(c["end_year"])
        if start is None:
            record = o[o["value"] >= o["value"].cummax()]
            start, end = int(record["year"].iloc[0]), int(record.loc[record["value"].idxmax(), "year"])
        if end is None or not (o["year"] == start).any() or not (o["year"] == end).any() or end <= start:
            self.add(c, check="implied", reported=c["value"], verdict="unverifiable",
                     note=f"no values in both {start} and {end} to compare the multiple with")
            return
        a = o[o["year"] == start].nlargest(1, "value").iloc[0]
        b = o[o["year"] == end].nlargest(1, "value").iloc[0]
        years, per = end - start, c["period_years"]
        ratio = b["value"] / a["value"]
        factor = ratio ** (per / years)
        ra, rb = printed_step(a["value"]) / 2, printed_step(b["value"]) / 2
        f_lo = ((b["value"] - rb) / (a["value"] + ra)) ** (per / years)
        f_hi = ((b["value"] + rb) / (a["value"] - ra)) ** (per / years)
        readings = {f"x{c['value']:g}": c["value"], f"x{c['value'] + 1:g}": c["value"] + 1}
        verdicts = {k: _interval_verdict(factor, f_lo, f_hi, val, c["precision"]) for k, val in readings.items()}
        best = min(verdicts.values(), key=VERDICTS.index)
        note = (f"{b['item']} ({end}) / {a['item']} ({start}) = {_fmt(b['value'])} / {_fmt(a['value'])} = {_fmt(ratio, 5)} "
                f"over {years} years, i.e. x{factor:.2f} per {per:g} year(s) (x{ratio ** (1 / years):.2f} a year). "
                + "; ".join(f"reading {k}: {v}" for k, v in verdicts.items()))
        self.add(c, check="cagr", reported=c["value"], recomputed=factor, low=f_lo, high=f_hi, unit="multiple",
                 year=end, verdict=best, note=note)

    def multiples_compared(self, a, b):
        """Two growth multiples over different period lengths, made annual with rescale_rate."""
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
        self.add(a, check="cross-source", reported=a["value"], recomputed=pb0 ** a["period_years"], unit="multiple",
                 verdict="exact" if ok and ok[0][:2] == (0, 0) else ("rounding" if ok else "inconsistent"),
                 note=note, item=f"{a['item']} ({a['claim']} vs {b['claim']})")

    # -- the hierarchy ---------------------------------------------------------------
    def hierarchy(self, series: str):
        o = self.obs[self.obs["series"] == series]
        kids = o[o["parent"].notna()]
        for (parent, year), g in kids.groupby(["parent", "year"], sort=False):
            prow = o[(o["item"] == parent) & (o["year"] == year)]
            if prow.empty:
                continue
            P = float(prow["value"].iloc[0])
            S = float(g["value"].sum())
            slack = (printed_step(P) + sum(printed_step(x) for x in g["value"])) / 2
            diff = P - S
            verdict = "exact" if abs(diff) < _TOL * max(1, P) else ("rounding" if abs(diff) <= slack + _TOL * P else "inconsistent")
            note = (f"{len(g)} children sum to {_fmt(S, 9)} against {_fmt(P, 9)} printed (difference {diff:+,.6g}; "
                    f"rounding of {len(g) + 1} printed values allows +/-{slack:g})")
            self.add(None, series=series, check="hierarchy", claim=None, item=parent, year=int(year), reported=P,
                     recomputed=S, low=S - slack, high=S + slack,
                     unit=prow["unit"].iloc[0], verdict=verdict, note=note, locator=prow["locator"].iloc[0])

    # -- across sources ---------------------------------------------------------------
    def part_of_whole(self, constraint) -> None:
        """part <= whole in every year both span, values interpolated between anchors (derived)."""
        part_series, whole_series, label = constraint["part"], constraint["whole"], constraint["label"]
        part_item, whole_item = top_item(part_series, package=self.pkg), top_item(whole_series, package=self.pkg)
        pv, wv = self.values(part_series, part_item), self.values(whole_series, whole_item)
        if pv.empty or wv.empty:
            return
        pu, wu = self.obs_unit(part_series), self.obs_unit(whole_series)
        lo_y, hi_y = max(pv.index.min(), wv.index.min()), min(pv.index.max(), wv.index.max())
        years = sorted(y for y in set(pv.index) | set(wv.index) if lo_y <= y <= hi_y)
        loc = self.obs.loc[(self.obs["series"] == part_series) & (self.obs["item"] == part_item), "locator"].iloc[0]
        for y in years:
            p_val = float(interpolate(pv.index.to_numpy(float), pv.to_numpy(), y))
            w_val = float(interpolate(wv.index.to_numpy(float), wv.to_numpy(), y))
            conv = float(self.to_unit(p_val, pu, wu, y))
            fx_note = ""
            a, b = self.units.loc[pu, "currency"], self.units.loc[wu, "currency"]
            if a != b:
                fx = self.pkg.fx[self.pkg.fx["pair"].isin([f"{a}/{b}", f"{b}/{a}"])]
                used = nearest_year(fx["year"], y)
                row = fx[fx["year"] == used].iloc[0]
                fx_note = f" at the {used} {row['pair']} rate ({row['rate']:g}, source {row['source']})"
            derived = [s for s, v in ((part_series, pv), (whole_series, wv)) if y not in v.index]
            share = conv / w_val
            verdict = "exact" if conv <= w_val else "inconsistent"
            note = (f"{part_series} {y}: {_fmt(p_val, 6)} {pu} = {_fmt(conv, 6)} {wu}{fx_note}; {whole_series} {y}: "
                    f"{_fmt(w_val, 6)} {wu}; implied share {100 * share:.1f}% ({label})"
                    + (f"; derived by geometric interpolation for {', '.join(derived)}" if derived else ""))
            self.add(None, series=part_series, check="cross-source", claim=constraint["constraint"],
                     item=f"{part_item} within {whole_series}", year=int(y), reported=conv, recomputed=w_val, low=None,
                     high=None, unit=wu, verdict=verdict, note=note, locator=loc)

    def common_unit(self, units) -> str:
        """The finest of some units of one quantity: the one the others convert into without losing digits."""
        units = list(dict.fromkeys(units))
        return min(units, key=lambda u: float(self.units.loc[u, "scale"]))


def _int(x):
    if x is None or (isinstance(x, float) and math.isnan(x)) or x is pd.NA:
        return None
    return int(x)


def audit(series_id: str | None = None, *, package: Package | None = None) -> pd.DataFrame:
    """Check every claim the reports make against their own numbers.

    Parameters
    ----------
    series_id : str, optional
        Audit one series (and the cross-source checks it takes part in);
        every series by default.
    package : Package, optional
        A package from :func:`aimarket.read_package`; the bundled one by default.

    Returns
    -------
    pandas.DataFrame
        One row per check with columns ``series``, ``check`` (``cagr``,
        ``hierarchy``, ``narrative``, ``period``, ``arithmetic``, ``implied``,
        ``cross-source``), ``claim``, ``item``, ``year``, ``reported``,
        ``recomputed``, ``low`` and ``high`` (what rounding allows), ``unit``,
        ``verdict`` (``exact``, ``rounding``, ``inconsistent``,
        ``unverifiable``), ``note`` (the arithmetic) and ``locator``.

    Examples
    --------
    >>> import aimarket as am
    >>> a = am.audit("bloomberg_genai")
    >>> a[a.check == "cagr"].verdict.value_counts().to_dict()
    {'exact': 19, 'rounding': 2}
    >>> a.query("claim == 'bbg_text_ai_server'").verdict.item()
    'inconsistent'
    """
    pkg = _pkg(package)
    if series_id is not None:
        _check_series(series_id, pkg)
    A = _Audit(pkg)
    wanted = [series_id] if series_id else list(pkg.series["series"])
    for sid in wanted:
        s = _SeriesClaims(sid, pkg.claims[pkg.claims["series"] == sid], (A.obs["series"] == sid).any())
        for _, c in s.claims.iterrows():
            CLAIM_CHECKS[c["kind"]](A, c, s)
        for check in SERIES_CHECKS:
            check(A, s)
    for check in PACKAGE_CHECKS:
        check(A, series_id)
    out = pd.DataFrame(A.rows, columns=AUDIT_COLUMNS)
    out["year"] = out["year"].astype("Int64")
    for col in ("reported", "recomputed", "low", "high"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype(float)
    return out


# ---------------------------------------------------------------------------- the registry of checks
#: claim kind -> the check of one claim of that kind: ``f(audit, claim, series_claims)``
CLAIM_CHECKS: dict = {}
#: checks of a series' claims and values taken together, in order: ``f(audit, series_claims)``
SERIES_CHECKS: list = []
#: checks across series, in order: ``f(audit, series_id or None)``
PACKAGE_CHECKS: list = []


def claim_check(kind: str):
    """Register the check of one claim kind (a value of claims.csv's ``kind``)."""
    def register(fn):
        CLAIM_CHECKS[kind] = fn
        return fn
    return register


def series_check(fn):
    """Register a check over one series' claims and values."""
    SERIES_CHECKS.append(fn)
    return fn


def package_check(fn):
    """Register a check across the series of a package."""
    PACKAGE_CHECKS.append(fn)
    return fn


@dataclass(frozen=True)
class _SeriesClaims:
    """One series' claims, with the look-ups its checks share."""

    series: str
    claims: pd.DataFrame
    has_obs: bool

    @property
    def counts(self) -> pd.DataFrame:
        return self.claims[self.claims["kind"] == "count"]

    def level_for(self, c):
        """The stated level (a value claim) of the claim's item and year, if there is one."""
        levels = self.claims[self.claims["kind"] == "value"]
        m = levels[(levels["item"] == c["item"]) & (levels["end_year"] == c["end_year"])]
        return m.iloc[0] if len(m) else None


@claim_check("cagr")
def _check_cagr(A, c, s):
    A.cagr_claim(c)


@claim_check("value")
def _check_value(A, c, s):
    if c["bound"] is not None and not s.has_obs:
        return  # ranges are checked together, by _ranges
    cl = s.claims
    if not s.has_obs and len(cl[(cl["item"] == c["item"]) & (cl["kind"] != "value")]):
        return  # a level that other claims are checked from
    A.value_claim(c)


@claim_check("span")
def _check_span(A, c, s):
    A.span_claim(c)


@claim_check("total")
def _check_total(A, c, s):
    A.total_claim(c)


def _level(A, c, s):
    """The level a growth or multiple applies to: a stated value of the item and year, else its observation."""
    lv = s.level_for(c)
    end = _int(c["end_year"])
    if lv is not None or end is None:
        return lv
    v = A.values(c["series"], c["item"])
    if end not in v.index:
        return None
    return pd.Series({"value": float(v[end]), "precision": float(A.steps(c["series"], c["item"])[end]),
                      "unit": A.obs_unit(c["series"])})


@claim_check("growth")
def _check_growth(A, c, s):
    lv = _level(A, c, s)
    if lv is not None:
        A.growth_claim(c, lv)
    else:
        A.add(c, check="implied", reported=c["value"], verdict="unverifiable", note="no level to apply the growth to")


@claim_check("multiple")
def _check_multiple(A, c, s):
    lv = _level(A, c, s)
    if lv is not None:
        A.multiple_with_level(c, lv)
    elif s.has_obs and c["period_years"] is not None and not math.isnan(c["period_years"]):
        A.multiple_against_record(c)
    else:
        A.add(c, check="implied", reported=c["value"], verdict="unverifiable", note="nothing to compare with")


@claim_check("count")
def _check_count(A, c, s):
    parts = s.counts[s.counts["of"] == c["item"]]
    if len(parts):
        A.count_group(c, parts)
    elif c["of"] is None:
        A.add(c, check="arithmetic", reported=c["value"], verdict="unverifiable",
              note="a count the reports give nothing to check against")


@claim_check("share")
def _check_share(A, c, s):
    part = s.counts[s.counts["item"] == c["item"]]
    whole = s.counts[s.counts["item"] == c["of"]]
    if len(part) and len(whole):
        A.share_of_count(c, part.iloc[0], whole.iloc[0])


@series_check
def _parts_of_stated_wholes_check(A, s):
    _parts_of_stated_wholes(A, s.claims)


@series_check
def _shares_of_unknown_wholes_check(A, s):
    _shares_of_unknown_wholes(A, s.claims, s.series)


@series_check
def _ranges_check(A, s):
    _ranges(A, s.claims)


@series_check
def _multiples_compared_check(A, s):
    multiples = s.claims[(s.claims["kind"] == "multiple") & s.claims["period_years"].notna()]
    if len(multiples) == 2 and s.has_obs:
        A.multiples_compared(multiples.iloc[0], multiples.iloc[1])


@series_check
def _hierarchy_check(A, s):
    if s.has_obs:
        A.hierarchy(s.series)


@package_check
def _constraints_check(A, series_id):
    """The package's constraints: a part within its whole, in every year both series span."""
    for _, k in A.pkg.constraints.iterrows():
        if series_id in (None, k["part"], k["whole"]):
            A.part_of_whole(k)


def _shares_of_unknown_wholes(A: _Audit, c_s: pd.DataFrame, sid: str) -> None:
    """Shares of wholes that the reports never give: implied wholes, and sums within one whole."""
    shares = c_s[(c_s["kind"] == "share")]
    counts = set(c_s.loc[c_s["kind"] == "count", "item"])
    shares = shares[~shares["of"].isin(counts)]
    for of, g in shares.groupby("of", sort=False):
        ranged = g[g["bound"].isin(["low", "high"])]
        implied = {}
        levels = c_s[(c_s["kind"] == "value") & c_s["item"].isin(g["item"]) & c_s["bound"].isin(["low", "high"])]
        unit = A.common_unit(levels["unit"]) if len(levels) else None
        for _, c in g.iterrows():
            if c["bound"] in ("low", "high"):
                lv = levels[(levels["item"] == c["item"]) & (levels["bound"] == c["bound"])]
                if len(lv):
                    lvl = lv.iloc[0]
                    value = float(A.to_unit(lvl["value"], lvl["unit"], unit))
                    step = float(A.to_unit(lvl["precision"], lvl["unit"], unit))
                    implied[c["bound"]] = (A.share_of_unknown(c, value, unit, step), c)
                continue
            v = A.values(sid, c["item"])
            year = _int(c["end_year"])
            if year is not None and year in v.index:
                A.share_of_unknown(c, float(v[year]), A.obs_unit(sid), printed_step(float(v[year])))
            elif len(g) == 1:
                A.add(c, check="implied", reported=c["value"], verdict="unverifiable",
                      note=f"the reports give no size of {of} to turn the share into a count")
        if len(ranged) == 0 and len(g) > 1 and g["end_year"].isna().all():
            total = float(g["value"].sum())
            slack = float(g["precision"].sum()) / 2
            verdict = "exact" if total <= 100 + _TOL else ("rounding" if total - slack <= 100 else "inconsistent")
            first = g.iloc[0]
            A.add(first, check="arithmetic", item=f"{' + '.join(g['item'])} ({of})", reported=total, recomputed=total,
                  low=total - slack, high=total + slack, unit="percent", verdict=verdict,
                  note=f"{' + '.join(f'{x:g}' for x in g['value'])} = {total:g}% of {of}, which must not exceed 100%")
        if {"low", "high"} <= set(implied):
            (lo1, hi1), c = implied["low"]
            (lo2, hi2), _ = implied["high"]
            overlap = max(lo1, lo2) <= min(hi1, hi2)
            A.add(c, check="arithmetic", item=f"{c['item']} ({of})", reported=None, recomputed=None,
                  low=max(lo1, lo2), high=min(hi1, hi2), unit=unit,
                  verdict="rounding" if overlap else "inconsistent",
                  note=(f"the low ends imply {of} of {_fmt(lo1, 5)} to {_fmt(hi1, 5)}, the high ends {_fmt(lo2, 5)} to "
                        f"{_fmt(hi2, 5)} {unit}: " + ("the two agree within rounding" if overlap else "they disagree")))


def _parts_of_stated_wholes(A: _Audit, c_s: pd.DataFrame) -> None:
    """A stated figure that is part of another (data-centre revenue within revenue): part <= whole, now and
    in the earlier periods the stated growth rates imply."""
    values = c_s[(c_s["kind"] == "value") & c_s["bound"].isna()]
    growth = c_s[c_s["kind"] == "growth"]
    for _, part in values[values["of"].notna()].iterrows():
        whole = values[(values["item"] == part["of"]) & (values["end_year"] == part["end_year"])]
        if whole.empty:
            continue
        whole = whole.iloc[0]
        share = part["value"] / whole["value"]
        A.add(part, check="arithmetic", reported=part["value"], recomputed=whole["value"],
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
            A.add(gp, check="arithmetic", item=f"{part['item']} within {whole['item']}", reported=p_mid,
                  recomputed=w_mid, low=p_lo, high=w_hi, unit=whole["unit"], verdict=verdict,
                  note=f"{gp['period_years']:g} year(s) earlier the stated rates imply {part['item']} "
                       f"{part['value']:g} / (1 + {gp['value']:g}%) = {p_mid:.4g} and {whole['item']} "
                       f"{whole['value']:g} / (1 + {gw['value']:g}%) = {w_mid:.4g}: {100 * p_mid / w_mid:.1f}%")


def _ranges(A: _Audit, c_s: pd.DataFrame) -> None:
    """Stated ranges: low below high, an 'up to' figure equal to the range's top, a part below its whole."""
    vals = c_s[(c_s["kind"] == "value") & c_s["bound"].notna()]
    if vals.empty:
        return

    unit = None

    def usd(r):  # in the finest unit the stated ranges use
        return float(A.to_unit(r["value"], r["unit"], unit))

    for _, g in vals.groupby("item", sort=False):
        wholes = vals[vals["item"].isin(g["of"].dropna()) & (vals["bound"] == "upper")]
        unit = A.common_unit(list(g["unit"]) + list(wholes["unit"]))
        b = {r["bound"]: r for _, r in g.iterrows()}
        if "low" in b and "high" in b:
            lo, hi = usd(b["low"]), usd(b["high"])
            A.add(b["low"], check="arithmetic", reported=lo, recomputed=hi, unit=unit,
                  verdict="exact" if lo <= hi else "inconsistent",
                  note=f"range {b['low']['value']:g} {b['low']['unit']} to {b['high']['value']:g} {b['high']['unit']}: "
                       f"{_fmt(lo)} <= {_fmt(hi)} {unit}")
        if "upper" in b and "high" in b:
            up, hi = b["upper"], b["high"]
            same = abs(usd(up) - usd(hi)) <= A.to_unit(max(up["precision"], hi["precision"]), up["unit"], unit) / 2
            A.add(up, check="narrative", reported=up["value"], recomputed=float(A.to_unit(usd(hi), unit, up["unit"])),
                  verdict="exact" if same else "inconsistent",
                  note=f"the 'up to' figure {up['value']:g} {up['unit']} against the top of the stated range, {hi['value']:g} {hi['unit']}")
        if "upper" in b and b["upper"]["of"] is not None:
            part = b["upper"]
            whole = vals[(vals["item"] == part["of"]) & (vals["bound"] == "upper")]
            if len(whole):
                w = whole.iloc[0]
                share = usd(part) / usd(w)
                A.add(part, check="arithmetic", reported=part["value"], recomputed=w["value"], unit=part["unit"],
                      verdict="exact" if share <= 1 else "inconsistent",
                      note=f"{part['item']} {part['value']:g} within {w['item']} {w['value']:g} {w['unit']}: "
                           f"{100 * share:.1f}% of it")
