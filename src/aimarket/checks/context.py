"""What every audit check shares: the package's values and printed steps, units, the rows found, the registry.

A check is a function registered here. A claim check, ``f(ctx, claim, series_claims) -> bool``, is
registered for one claim ``kind``; the checks of a kind are tried in registration order and the first that
returns True has taken the claim (with or without a row). A series check, ``f(ctx, series_claims)``, runs
once per series; a package check, ``f(ctx, series_id or None)``, once per audit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd

from ..catalog import convert
from ..datapackage import Package
from ..growth import TOLERANCE, coarse_step, printed_step

AUDIT_COLUMNS = ["series", "check", "claim", "item", "year", "reported", "recomputed", "low", "high", "unit",
                 "verdict", "note", "locator"]
CHECKS = ("cagr", "hierarchy", "narrative", "period", "arithmetic", "implied", "cross-source")
VERDICTS = ("exact", "rounding", "within", "inconsistent", "unverifiable")
#: claim periods a package may state; an empty cell is ``stated``
PERIODS = ("stated", "inferred")

#: claim kind -> the checks of one claim of that kind, tried in order: ``f(ctx, claim, series_claims) -> bool``
CLAIM_CHECKS: dict[str, list] = {}
#: checks of a series' claims and values taken together, in order: ``f(ctx, series_claims)``
SERIES_CHECKS: list = []
#: checks across series, in order: ``f(ctx, series_id or None)``
PACKAGE_CHECKS: list = []


def claim_check(kind: str):
    """Register a check of one claim kind (a value of claims.csv's ``kind``), after those already registered."""
    def register(fn):
        CLAIM_CHECKS.setdefault(kind, []).append(fn)
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


# ---------------------------------------------------------------------------- numbers in notes
def fmt(x: float, digits: int = 6) -> str:
    """A number for a note: thousands separated, at most two decimals past 1,000, ``digits`` significant below.

    >>> fmt(1303551.0), fmt(0.1 + 0.2), fmt(1 / 3, 3)
    ('1,303,551', '0.3', '0.333')
    """
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "n/a"
    if abs(x) >= 1000:
        return f"{x:,.2f}".rstrip("0").rstrip(".")
    return f"{x:.{digits}g}"


def pct(r: float, nd: int = 2) -> str:
    """A rate (a fraction) as a percent with ``nd`` decimals."""
    return f"{100 * r:.{nd}f}%"


def difference(a: float, b: float) -> float:
    """``a - b`` without the float noise of the subtraction (``-3.6e-15`` for equal printed sums is 0)."""
    d = a - b
    return 0.0 if abs(d) <= TOLERANCE * max(1.0, abs(a), abs(b)) else d


def as_int(x):
    """A year cell as an int, or None when empty."""
    if x is None or x is pd.NA or (isinstance(x, float) and math.isnan(x)):
        return None
    return int(x)


def claim_period(c) -> str:
    """Whether the claim's period was ``stated`` or ``inferred`` (an absent or empty ``period`` is stated)."""
    p = c.get("period")
    if p is None or p is pd.NA or (isinstance(p, float) and math.isnan(p)) or (isinstance(p, str) and not p.strip()):
        return "stated"
    if not isinstance(p, str) or p.strip() not in PERIODS:
        raise ValueError(f"claims: claim {c['claim']!r} has period {p!r}; expected one of {list(PERIODS)} or empty")
    return p.strip()


def only_item(ctx, c) -> tuple[str, str]:
    """The item a claim is checked against, and what its note says first when that is the series' only item
    under another name."""
    item = ctx.item_of(c["series"], c["item"])
    return item, ("" if item == c["item"] else f"checked against {item}, the series' only item; ")


# ---------------------------------------------------------------------------- verdicts
def rounds_to(x: float, printed: float, step: float) -> bool:
    """Whether ``x`` prints as ``printed`` at ``step``."""
    return abs(x - printed) <= step / 2 + TOLERANCE * max(1.0, abs(printed))


def interval_verdict(point: float, lo: float, hi: float, printed: float, step: float) -> str:
    """exact if point rounds to printed; rounding if [lo, hi] meets its rounding interval; else inconsistent."""
    if rounds_to(point, printed, step):
        return "exact"
    half = step / 2 + TOLERANCE * max(1.0, abs(printed))
    return "rounding" if hi >= printed - half and lo <= printed + half else "inconsistent"


def bound_verdict(point: float, lo: float, hi: float, printed: float, step: float, bound: str) -> str:
    """A rate stated as a bound ("more than 18%" is ``"low"``, "不到5%" ``"upper"``, a range's ends ``"low"`` and
    ``"high"``): exact if ``point`` lies on the bound's side, rounding if the values' rounding ``[lo, hi]`` or the
    bound's own reaches it, else inconsistent."""
    above = bound == "low"
    if point >= printed if above else point <= printed:
        return "exact"
    half = step / 2 + TOLERANCE * max(1.0, abs(printed))
    return "rounding" if (hi >= printed - half if above else lo <= printed + half) else "inconsistent"


def ends_bound(ctx, series: str, item: str, start: int, end: int) -> str | None:
    """How thresholds among a rate's two values bound the rate they give: "upper" where the true rate can only be
    higher than it (the last value at least, or the first at most, the one printed), "low" where only lower, None
    where neither value is a threshold (or they pull both ways). Read as a stated rate's bound, "upper" means the
    computed rate must not exceed the printed one beyond rounding."""
    a, b = ctx.threshold(series, item, start), ctx.threshold(series, item, end)
    higher = b == "low" or a == "upper"
    lower = b == "upper" or a == "low"
    return "upper" if higher and not lower else "low" if lower and not higher else None


def bound_of(c) -> str | None:
    """A claim's bound ("low", "upper", "high"), or None where it states a point."""
    b = c.get("bound")
    return b if isinstance(b, str) else None


def best(verdicts) -> str:
    """The most favourable of some verdicts (exact before rounding before inconsistent)."""
    return min(verdicts, key=VERDICTS.index)


# ---------------------------------------------------------------------------- the context
@dataclass(frozen=True)
class SeriesClaims:
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


@dataclass
class Context:
    """A package's values, printed steps and units, and the audit rows found so far."""

    pkg: Package
    rows: list = field(default_factory=list)

    def __post_init__(self):
        self.obs = self.pkg.observations
        self.units = self.pkg.units.drop_duplicates("unit").set_index("unit")
        # each (series, item)'s rows, looked up once: checks ask for the same item's values many times
        self._groups = {key: rows for key, rows in self.obs.groupby(["series", "item"], sort=False)}
        self._series = {key: rows for key, rows in self.obs.groupby("series", sort=False)}
        self._items = self.obs.groupby("series", sort=False)["item"].unique().to_dict()
        self._levels = self._stated_levels()
        self._thresholds = self._threshold_observations()

    def _threshold_observations(self) -> dict:
        """(series, item, year) -> "low" or "upper" for an observation that is a threshold the text states and no
        closer figure ("将突破2500亿元", "more than $18 billion"): a value claim with that bound, value and place."""
        cl = self.pkg.claims
        if cl.empty or "bound" not in cl:
            return {}
        cl = cl[(cl["kind"] == "value") & cl["bound"].isin(["low", "upper"]) & cl["end_year"].notna()]
        if cl.empty:
            return {}
        cl = cl.assign(year=cl["end_year"].astype("int64"))
        both = cl.merge(self.obs, on=["series", "item", "year", "value", "locator"], suffixes=("", "_obs"))
        return {(s, i, int(y)): b for s, i, y, b in zip(both["series"], both["item"], both["year"], both["bound"])}

    def threshold(self, series: str, item: str, year) -> str | None:
        """Whether the item's value of ``year`` is a threshold ("low": at least, "upper": at most), else None."""
        return self._thresholds.get((series, item, year))

    def _stated_levels(self) -> dict:
        """(series, item) -> the years' levels the text states and the table lacks, as (values, steps): a value
        claim without a bound, or the year's only one ("from X to Y" is no range when its ends are years
        apart), in the series' unit."""
        cl = self.pkg.claims
        if cl.empty or "bound" not in cl:
            return {}
        cl = cl[(cl["kind"] == "value") & cl["end_year"].notna() & (cl["bound"] != "upper")]
        units = self.obs.groupby("series", sort=False)["unit"].first().to_dict()
        out = {}
        for (series, item), g in cl.groupby(["series", "item"], sort=False):
            held = set(self.item_rows(series, item)["year"])
            unit = units.get(series, g["unit"].iloc[0])
            rows = []
            for year, y in g.groupby("end_year", sort=True):
                if len(y) > 1:
                    y = y[y["bound"].isna()]
                if len(y) == 1 and int(year) not in held and y["unit"].iloc[0] == unit:
                    rows.append((int(year), float(y["value"].iloc[0]), float(y["precision"].iloc[0])))
            if rows:
                years, values, steps = zip(*rows)
                out[series, item] = (pd.Series(values, index=years), pd.Series(steps, index=years))
        return out

    def printed(self, series: str, item: str, *, coarse: bool = False) -> tuple[pd.Series, pd.Series]:
        """The item's values and their printed steps by year, ascending: the table's, and the levels its text
        states for years the table lacks (a rate is checked against either)."""
        v, st = self.values(series, item), self.steps(series, item, coarse=coarse)
        extra = self._levels.get((series, item))
        if extra is None:
            return v, st
        if not len(v):  # nothing of the table's: the text's levels alone
            return extra[0].sort_index(), extra[1].sort_index()
        return pd.concat([v, extra[0]]).sort_index(), pd.concat([st, extra[1]]).sort_index()

    def add(self, claim_row=None, **row) -> None:
        """Record one row; the claim's series, claim, item, unit, end year and locator unless given."""
        base = {c: None for c in AUDIT_COLUMNS}
        if claim_row is not None:
            base.update(series=claim_row["series"], claim=claim_row["claim"], item=claim_row["item"],
                        locator=claim_row["locator"], unit=claim_row["unit"], year=as_int(claim_row["end_year"]))
        base.update(row)
        self.rows.append(base)

    def frame(self) -> pd.DataFrame:
        out = pd.DataFrame(self.rows, columns=AUDIT_COLUMNS)
        out["year"] = out["year"].astype("Int64")
        for col in ("reported", "recomputed", "low", "high"):
            out[col] = pd.to_numeric(out[col], errors="coerce").astype(float)
        return out

    # -- the numbers a claim is checked against -----------------------------------
    def item_rows(self, series: str, item: str) -> pd.DataFrame:
        """The observations of one item of a series, in year order (the package keeps it)."""
        return self._groups.get((series, item), self.obs.iloc[:0])

    def series_rows(self, series: str) -> pd.DataFrame:
        """The series' observations, in the package's order."""
        return self._series.get(series, self.obs.iloc[:0])

    def item_of(self, series: str, item: str) -> str:
        """The item whose values a rate about ``item`` is checked against: the item itself, or the series'
        only item when the rate names another (a draft may name the one measure of its series otherwise)."""
        held = self._items.get(series, ())
        return str(held[0]) if len(held) == 1 and item not in held else item

    def values(self, series: str, item: str) -> pd.Series:
        """The item's values by year, ascending."""
        o = self.item_rows(series, item)
        return pd.Series(o["value"].to_numpy(), index=o["year"].to_numpy())

    def is_history(self, series: str, item: str, year: int) -> bool:
        """Whether the item's value of ``year`` is an actual figure, not an estimate or a forecast."""
        o = self.item_rows(series, item)
        return "status" in o and bool((o.loc[o["year"] == year, "status"] == "actual").any())

    def locators(self, series: str, item: str, year: int) -> pd.Series:
        """Where the item's value of ``year`` is printed (``document:line``)."""
        o = self.item_rows(series, item)
        return o.loc[o["year"] == year, "locator"]

    def steps(self, series: str, item: str, *, coarse: bool = False) -> pd.Series:
        """The printed step of each year's value: the package's ``precision``, else read from the digits.

        With ``coarse``, a value without a stated precision whose trailing zeros may be rounding (9750)
        gets the coarser step (10).
        """
        o = self.item_rows(series, item)
        prec = o["precision"] if "precision" in o else pd.Series([None] * len(o), index=o.index)
        return pd.Series([float(p) if p is not None and p == p else
                          (coarse_step(v, printed_step(v)) if coarse else printed_step(v))
                          for v, p in zip(o["value"], prec)], index=o["year"].to_numpy())

    def obs_unit(self, series: str) -> str | None:
        u = self.series_rows(series)["unit"]
        return u.iloc[0] if len(u) else None

    # -- units ---------------------------------------------------------------------
    def to_unit(self, value, from_unit, to_unit, year=None):
        if from_unit == to_unit:
            return value
        return convert(value, to_unit, from_unit=from_unit, year=year, fx_year="nearest" if year is not None else None,
                       package=self.pkg)

    def incomparable(self, c, unit: str, check: str) -> bool:
        """Whether the claim's unit measures another quantity than the series' (money in any currency counts
        as one); if so, the claim is recorded as unverifiable."""
        q = self.units["quantity"]
        if unit in q.index and c["unit"] in q.index and q[unit] == q[c["unit"]]:
            return False
        self.add(c, check=check, reported=c["value"], verdict="unverifiable",
                 note=f"the claim is in {c['unit']} and the series in {unit}: not the same quantity")
        return True

    def common_unit(self, units) -> str:
        """The finest of some units of one quantity: the one the others convert into without losing digits."""
        units = list(dict.fromkeys(units))
        return min(units, key=lambda u: float(self.units.loc[u, "scale"]))
