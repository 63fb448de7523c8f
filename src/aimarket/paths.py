"""Each item's path through its own anchors and past the last one, for one series and scenario.

Between the reported years a path runs on a monotone cubic in log space; between the anchors a parent
shares with all its children, the children follow the parent's own path times their interpolated shares
(from the total down); after the last anchor growth fades from the last gap's rate to a terminal rate, or
follows a growth curve fitted through the anchors. :class:`Paths` holds the result as annual log growth,
with what the reconciliation needs: each printed value's rounding step and every other value's log spread.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ._validate import plain
from .growth import printed_step, printed_steps
from .hierarchy import Hierarchy, Projection, Reconciliation

__all__ = ["Paths", "build_paths", "with_remainders", "check_until", "check_levels", "outside_range", "log_hermite", "spreads",
           "MIN_SPREAD", "MAX_HORIZON", "LEVEL_RANGE"]

#: the furthest a projection runs past the data's first year
MAX_HORIZON = 200

#: the values a path may hold: their squares, the reconciliation's variances, stay well inside the float range
LEVEL_RANGE = (1e-120, 1e120)


def outside_range(values: np.ndarray, *, log: bool = False) -> np.ndarray:
    """Where ``values`` (their natural logs, with ``log``) leave :data:`LEVEL_RANGE`; nan is outside too."""
    lo, hi = (math.log(v) for v in LEVEL_RANGE) if log else LEVEL_RANGE
    return ~((values >= lo) & (values <= hi))


def check_levels(frame: pd.DataFrame, name: str | None = None) -> None:
    """Refuse a tidy frame whose ``value`` column holds anything but numbers within :data:`LEVEL_RANGE`,
    naming the first such row by its item and year (and ``name``, the argument the frame came in as)."""
    from ._validate import as_float_array

    where = f"{name}: " if name else ""
    value, _ = as_float_array(frame["value"], f"{name or 'frame'} column 'value'")
    bad = outside_range(value)
    if bad.any():
        row = frame.iloc[int(np.flatnonzero(bad)[0])]
        lo, hi = LEVEL_RANGE
        raise ValueError(f"{where}item {plain(row['item'])!r}, {plain(row['year'])}: the value {plain(row['value'])!r} is "
                         f"outside the range a projection can carry, {lo:g} to {hi:g}")

#: the least log spread of an unprinted value (one part in a thousand), so that no weight is zero
MIN_SPREAD = 1e-3


def spreads(years: np.ndarray, anchors: list) -> np.ndarray:
    """Standard deviation of the log of every interpolated or projected value, years x nodes.

    Between anchors a and b a value is a Brownian bridge in log space whose scale is the log growth across
    the gap: ``|log(v_b / v_a)| * sqrt(s (1 - s))`` at the fraction ``s`` of the gap, so a total that grows
    tenfold is trusted over a segment that grows a thousandfold. Past the last anchor the spread grows like
    a random walk with the last gap's scale per year: ``|log(v_b / v_a)| * sqrt(h / gap)``.
    """
    out = np.empty((len(years), len(anchors)))
    for r, (ay, av) in enumerate(anchors):  # one column per item: a handful of anchors each
        la = np.log(av)
        col = np.full(len(years), MIN_SPREAD)
        for a, b, da in zip(ay[:-1], ay[1:], np.abs(np.diff(la))):
            inside = (years > a) & (years < b)
            s = (years[inside] - a) / (b - a)
            col[inside] = np.maximum(da * np.sqrt(s * (1 - s)), MIN_SPREAD)
        past = years > ay[-1]
        gap, da = ay[-1] - ay[-2], abs(la[-1] - la[-2])
        col[past] = np.maximum(da * np.sqrt((years[past] - ay[-1]) / gap), MIN_SPREAD)
        out[:, r] = col
    return out


def _top_down(levels: np.ndarray, anchors: list, tree: Hierarchy, years: np.ndarray, kind: np.ndarray) -> None:
    """Between anchors, a parent's children follow the parent's own path times their interpolated shares.

    A segment that grows a thousandfold from near zero is hard to interpolate; its parent, growing tenfold,
    is not. So in the years between the anchors that a parent and all its children share, each child's
    share of the parent is interpolated (a monotone cubic in log share) and the shares are scaled to add up
    to one: the children then sum to the parent's own path instead of pulling it down. Parents are done
    before their children, so the allocation runs from the total down. In place on ``levels``.
    """
    queue = [tree.top] + [r for r, item in enumerate(tree.items) if tree.parent.get(item) is None and r != tree.top]
    while queue:
        p = queue.pop(0)
        kids = tree.children.get(p, [])
        queue += kids
        if not kids:
            continue
        py = anchors[p][0]
        if any(not np.array_equal(anchors[c][0], py) for c in kids):
            continue
        between = (years > py[0]) & (years < py[-1]) & ~np.isin(years, py)
        if not between.any():
            continue
        shares = np.array([log_hermite(py, anchors[c][1] / anchors[p][1], years[between]) for c in kids])
        levels[np.ix_(kids, np.flatnonzero(between))] = levels[p, between] * shares / shares.sum(axis=0)


def _steps(rows: pd.DataFrame) -> np.ndarray:
    """Each observation's printed step: its ``precision`` where the package gives one, else the step it shows."""
    value = rows["value"].to_numpy(float)
    given = rows["precision"].to_numpy(float) if "precision" in rows else np.full(len(value), np.nan)
    return np.where(np.isfinite(given), given, printed_steps(value))


def with_remainders(obs: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """``obs`` with a remainder segment under every parent whose segments are a partial list, and a note.

    A report often lists only some of a total's segments ("of which: care robots"). Where, in every year a
    parent and all its children state (two or more), the children sum to less than the parent by more than
    their rounding, the rest is a segment of its own (``"<parent>: remainder"``, marked in the column
    ``remainder``), so that the hierarchy adds up with the parent as printed instead of pulling the parent
    down to its parts. Children that sum to more than their parent are left to the reconciliation.
    """
    obs = obs.assign(remainder=False, step=_steps(obs))
    kids = obs[obs["parent"].notna()]
    if kids.empty:
        return obs.drop(columns="step"), []
    # the years a parent and every one of its children state, with the children's sum and rounding there
    parts = kids.groupby(["parent", "year"]).agg(parts=("value", "sum"), parts_step=("step", "sum"), n=("item", "size"))
    parts = parts.join(kids.groupby("parent")["item"].nunique().rename("kids"), on="parent").reset_index()
    parts = parts[parts["n"] == parts["kids"]].rename(columns={"parent": "item"})
    both = obs.merge(parts, on=["item", "year"])
    both["slack"] = both["value"] - both["parts"]
    short = (both["slack"] > (both["step"] + both["parts_step"]) / 2).groupby(both["item"]).agg(["all", "size"])
    partial = short.index[short["all"] & (short["size"] >= 2)]   # short by more than rounding in every such year
    if partial.empty:
        return obs.drop(columns="step"), []
    rest = both[both["item"].isin(partial)]
    names = rest["item"] + ": remainder"
    while names.isin(obs["item"]).any():
        names = names.where(~names.isin(obs["item"]), names + "'")
    rest = rest.assign(parent=rest["item"], item=names, value=rest["slack"], remainder=True)[obs.columns]
    first = both[both["item"] == partial[0]].sort_values("year").iloc[0]
    note = (f"{len(partial)} item(s) whose segments sum to less than them (first: {first['item']}, {first['parts']:g} "
            f"of {first['value']:g} in {first['year']}) keep their printed values: the rest of each is a segment of "
            f"its own, '<item>: remainder'")
    return pd.concat([obs, rest], ignore_index=True).drop(columns="step"), [note]


def log_hermite(ay: np.ndarray, av: np.ndarray, years: np.ndarray) -> np.ndarray:
    """Levels between anchors on a monotone cubic in log space: through every anchor, no kink at any, and
    monotone wherever the anchors are (Fritsch-Carlson slopes inside; each end keeps its segment's mean
    growth, so the projection past the last anchor starts at the rate the last gap shows)."""
    from scipy.interpolate import CubicHermiteSpline

    x, z = ay.astype(float), np.log(av)
    h, delta = np.diff(x), np.diff(z) / np.diff(x)
    d = np.empty(len(x))
    d[0], d[-1] = delta[0], delta[-1]
    if len(x) > 2:
        w1, w2 = 2 * h[1:] + h[:-1], h[1:] + 2 * h[:-1]
        same = delta[:-1] * delta[1:] > 0
        with np.errstate(divide="ignore", invalid="ignore"):
            d[1:-1] = np.where(same, (w1 + w2) / (w1 / delta[:-1] + w2 / delta[1:]), 0.0)
    return np.exp(CubicHermiteSpline(x, z, d)(years.astype(float)))



def check_until(until, last_year: int, first_year: int) -> int:
    """``until`` as an int year between the data's last year and :data:`MAX_HORIZON` years past its first."""
    if isinstance(until, bool) or not isinstance(until, (int, np.integer)):
        raise TypeError(f"until must be an integer year, got {until!r}")
    if until < last_year:
        raise ValueError(f"until ({until}) is before the data's last year ({last_year})")
    if until > first_year + MAX_HORIZON:
        raise ValueError(f"until ({until}) is more than {MAX_HORIZON} years past the data")
    return int(until)


@dataclass(frozen=True)
class Paths:
    """Log-growth engine for one series and scenario."""

    tree: Hierarchy
    years: np.ndarray           # all years, first data year .. until
    start: np.ndarray           # nodes: value in the first year
    growth: np.ndarray          # nodes x (years - 1): annual log growth
    notes: tuple                # what the engine had to decide on its own
    kind: np.ndarray            # nodes x years: reported / derived / projected
    printed: np.ndarray         # years x nodes: rounding step of values kept as printed, else nan
    number: np.ndarray          # years x nodes: the printed number of those values, else nan
    spread: np.ndarray          # years x nodes: log standard deviation of the other values
    last_actual: int            # index of the last actual year
    unit: str
    series: str

    def levels(self, growth=None) -> np.ndarray:
        """Levels, nodes x years, from the first year's values and ``growth`` (this path's by default; any
        leading axes of variants broadcast)."""
        g = self.growth if growth is None else growth
        return self.start[..., None] * np.exp(np.concatenate([np.zeros(g.shape[:-1] + (1,)), np.cumsum(g, -1)], -1))

    def projection(self, method: Reconciliation) -> Projection:
        """The map that makes values of these items coherent by ``method``, weighted by this path's levels, its
        printed values' rounding and the other values' log spreads; built once, applied to any paths."""
        return method.projection(self.tree, self.levels().T, self.printed, self.spread)


def build_paths(obs: pd.DataFrame, scenario, until: int, method: Reconciliation | None = None, *,
                _anchors: np.ndarray | None = None) -> Paths:
    """The paths of every item of one series' observations under ``scenario`` (a :class:`~aimarket.Scenario`)
    from the first data year to ``until``.

    Segments that are a partial list of their parent get a remainder (:func:`with_remainders`). Given a
    reconciliation ``method``, the paths run through anchors that add up: where the printed figures do not
    (children that miss their parent by more than their rounding), every path is built again through the
    anchors as ``method`` reconciles them, so that the years between and after them follow the same anchors
    as the anchor years do, instead of the printed ones the reconciliation moved away from.

    Examples
    --------
    >>> import aimarket as am
    >>> P = build_paths(am.load("china_ai"), am.SCENARIOS["base"], 2030)
    >>> P.tree.items, int(P.years[0]), int(P.years[-1]), P.kind[0, 0]
    (('Total',), 2022, 2030, 'reported')
    """
    given, (obs, notes) = obs, with_remainders(obs)
    tree = Hierarchy.from_frame(obs)
    first = int(obs["year"].min())
    years = np.arange(first, until + 1)
    actual_years = obs.loc[obs["status"] == "actual", "year"]
    last_actual = int(actual_years.max()) if len(actual_years) else first
    n, T = len(tree.items), len(years)
    start = np.empty(n)
    growth = np.empty((n, T - 1))
    kind = np.full((n, T), "projected", dtype=object)
    printed = np.full((T, n), np.nan)
    number = np.full((T, n), np.nan)
    levels = np.empty((n, T))
    half = np.full((n, T), np.nan)
    anchors = []
    series = obs["series"].iloc[0]
    lo, hi = LEVEL_RANGE
    check_levels(obs)
    by_item = {item: rows.sort_values("year") for item, rows in obs.groupby("item", sort=False)}
    for r, item in enumerate(tree.items):
        a = scenario.for_item(item, series)
        rows = by_item[item]
        ay, av = rows["year"].to_numpy(int), rows["value"].to_numpy(float)
        if len(ay) < 2:
            raise ValueError(f"item {item!r} has {len(ay)} anchor year(s); a path needs at least two")
        est = rows["status"].to_numpy() == "estimate"
        if a.estimate_scale != 1 and est.any():
            frac = (ay - last_actual) / max(ay[-1] - last_actual, 1)
            av = av * np.where(est, a.estimate_scale ** frac, 1.0)
        if ay[0] > first:
            raise ValueError(f"item {item!r} starts in {ay[0]}, after the series' first year {first}")
        inside = (years >= ay[0]) & (years <= ay[-1])
        kind[r, inside] = "derived"
        as_printed = ay[:0] if rows["remainder"].iloc[0] else ay if a.estimate_scale == 1 else ay[~est]
        kind[r, np.isin(years, as_printed)] = "reported"
        steps = dict(zip(rows["year"], rows["precision"])) if "precision" in rows else {}
        for y in as_printed:
            v = float(av[ay == y][0])
            step = steps.get(y)
            printed[y - first, r] = float(step) if step is not None and step == step else printed_step(v)
            number[y - first, r] = v
        # each anchor's rounding, scaled with it (a remainder is exact: the difference of printed figures)
        half[r, ay - first] = 0.0 if rows["remainder"].iloc[0] else _steps(rows) / 2 * av / rows["value"].to_numpy(float)
        if _anchors is not None:
            av = _anchors[ay - first, r]
        level_in = log_hermite(ay, av, years[inside])
        anchors.append((ay, av))
        lv = np.empty(T)
        lv[inside] = level_in
        h = years[~inside] - ay[-1]
        curve = None
        if h.size and a.family is not None:
            from .curves import fit

            try:
                curve = fit(ay, av, a.family, cap=a.cap)
            except ValueError as exc:
                notes.append(f"{item}: no {a.family} curve ({exc}); faded growth used instead")
        if h.size:
            if curve is not None:
                with np.errstate(divide="ignore"):
                    past = np.log(curve.predict(years[~inside].astype(float)))
            else:
                gap = ay[-1] - ay[-2]
                last = math.expm1(math.log(av[-1] / av[-2]) / gap) if a.rate_override is None else a.rate_override
                g0 = math.log1p(last * a.rate_multiplier) if last * a.rate_multiplier > -1 else -5.0
                gT = math.log1p(a.terminal_rate)
                w = np.clip(1 - h / a.fade_years, 0, 1) if a.fade_years > 0 else np.zeros(h.size)
                past = math.log(av[-1]) + np.cumsum(gT + (g0 - gT) * w)
            out = outside_range(past, log=True)
            if out.any():
                y = int(years[~inside][np.flatnonzero(out)[0]])
                raise ValueError(f"item {item!r}: under scenario {scenario.name!r} its path leaves the range a "
                                 f"projection can carry, {lo:g} to {hi:g}, in {y}; lower its growth "
                                 "(terminal_rate, rate_multiplier, rate_override) or project to an earlier year")
            lv[~inside] = np.exp(past)
        levels[r] = lv
    _top_down(levels, anchors, tree, years, kind)
    start[:] = levels[:, 0]
    growth[:] = np.diff(np.log(levels), axis=1)
    P = Paths(tree, years, start, growth, tuple(notes), kind, printed, number, spreads(years, anchors),
              int(np.searchsorted(years, last_actual)), obs["unit"].iloc[0], obs["series"].iloc[0])
    if method is None or _anchors is not None or not _at_odds(levels, half, tree):
        return P
    ys = np.flatnonzero(~np.isnan(half).all(axis=0))             # the anchor years: only they are reconciled
    level = P.levels().T[ys]
    rec = np.full((T, n), np.nan)
    rec[ys] = method.projection(tree, level, printed[ys], P.spread[ys])(level[None])[0]
    if any((rec[ay - first, r] < lo).any() for r, (ay, _) in enumerate(anchors)):
        return P                                                  # a part reconciled away: no path in logs
    return build_paths(given, scenario, until, _anchors=rec)


def _at_odds(levels: np.ndarray, half: np.ndarray, tree: Hierarchy) -> bool:
    """Whether, in a year a parent and all its children are anchors, the children's sum misses the parent by more
    than their rounding (``half``: nodes x years, half of each anchor's step; nan where not an anchor)."""
    for p, kids in tree.children.items():
        miss = np.abs(levels[p] - levels[kids].sum(axis=0))
        if (miss > (half[p] + half[kids].sum(axis=0)) * (1 + 1e-9) + 1e-9 * levels[p]).any():   # nan: not compared
            return True
    return False


