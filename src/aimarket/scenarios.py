"""Scenario projections past the reports' horizon, Monte Carlo fans and sensitivity.

A scenario is data: a name, a description and assumptions, for all items or
for one. Every item gets its own path through its own anchors (piecewise
geometric between the reported years); after the last anchor its growth
fades from the last period's rate to a terminal rate. The hierarchy is then
reconciled (weighted least squares in the manner of MinT with a diagonal,
level-scaled covariance) so that every parent equals the sum of its children
in every year, without letting a parent's own path be ignored, as summing the
leaves alone would.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from types import MappingProxyType

import numpy as np
import pandas as pd

from ._validate import check_path
from .catalog import _check_series, _pkg, convert, load, nearest_year, source_line, top_item
from .growth import printed_step
from .datapackage import Package
from .errors import unknown

__all__ = ["Assumptions", "Scenario", "SCENARIOS", "load_scenarios", "project", "simulate", "sensitivity",
           "cross_check", "reconcile", "QUANTILES"]

QUANTILES = (0.025, 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.975)
DEFAULT_UNTIL = 2035
#: paths per block of the Monte Carlo; each block has its own random stream
BLOCK = 16_384


@dataclass(frozen=True)
class Assumptions:
    """How one item's path runs.

    Attributes
    ----------
    terminal_rate : float
        Annual growth the item fades to after its last anchor.
    fade_years : float
        Years over which the last period's growth fades (linearly) to the terminal rate.
    rate_multiplier : float
        Scales the growth after the last anchor before it fades (1 keeps it).
    rate_override : float or None
        Replace the last period's growth with this annual rate.
    estimate_scale : float
        Scales the report's estimates: the horizon estimate by this factor,
        earlier estimates proportionally less (1 keeps the anchors as printed).
    family, cap : str or None, float or None
        Follow this growth-curve family (fitted through the anchors, with the
        cap if given) after the last anchor instead of fading.
    """

    terminal_rate: float = 0.06
    fade_years: float = 8.0
    rate_multiplier: float = 1.0
    rate_override: float | None = None
    estimate_scale: float = 1.0
    family: str | None = None
    cap: float | None = None

    def __post_init__(self):
        for name in ("terminal_rate", "fade_years", "rate_multiplier", "estimate_scale"):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
                raise TypeError(f"{name} must be a finite number, got {v!r}")
        if self.terminal_rate <= -1:
            raise ValueError(f"terminal_rate must be above -1, got {self.terminal_rate!r}")
        if self.fade_years < 0:
            raise ValueError(f"fade_years must be zero or positive, got {self.fade_years!r}")
        if self.rate_multiplier < 0 or self.estimate_scale <= 0:
            raise ValueError("rate_multiplier must be >= 0 and estimate_scale > 0, "
                             f"got {self.rate_multiplier!r} and {self.estimate_scale!r}")
        if self.rate_override is not None and (isinstance(self.rate_override, bool)
                                               or not isinstance(self.rate_override, (int, float))
                                               or not -1 < self.rate_override < math.inf):
            raise ValueError(f"rate_override must be a finite number above -1, got {self.rate_override!r}")
        if self.cap is not None and (isinstance(self.cap, bool) or not isinstance(self.cap, (int, float))
                                     or not 0 < self.cap < math.inf):
            raise ValueError(f"cap must be a positive finite number, got {self.cap!r}")
        if self.family is not None and not isinstance(self.family, str):
            raise TypeError(f"family must be a family name, got {self.family!r}")
        if self.family is not None:
            from .curves import FAMILIES

            if self.family not in FAMILIES:
                raise unknown("family", self.family, FAMILIES)


@dataclass(frozen=True)
class Scenario:
    """A named set of assumptions: one default, optionally overridden per item.

    Immutable; :meth:`with_item` returns a new scenario.

    Examples
    --------
    >>> import aimarket as am
    >>> s = am.SCENARIOS["base"].with_item("AI Server", terminal_rate=0.03)
    >>> s.for_item("AI Server").terminal_rate, s.for_item("Software").terminal_rate
    (0.03, 0.06)
    """

    name: str
    description: str = ""
    default: Assumptions = field(default_factory=Assumptions)
    items: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self):
        if not isinstance(self.name, str) or not self.name:
            raise TypeError(f"name must be a non-empty string, got {self.name!r}")
        if not isinstance(self.description, str):
            raise TypeError(f"description must be a string, got {self.description!r}")
        if not isinstance(self.default, Assumptions):
            raise TypeError(f"default must be an Assumptions, got {type(self.default).__name__} {self.default!r}")
        if not isinstance(self.items, Mapping):
            raise TypeError(f"items must map item names to Assumptions, got {type(self.items).__name__} {self.items!r}")
        for key, value in self.items.items():
            if not isinstance(key, str) or not isinstance(value, Assumptions):
                raise TypeError(f"items[{key!r}] must be an Assumptions keyed by an item name, got {value!r}")
        object.__setattr__(self, "items", MappingProxyType(dict(self.items)))

    def __deepcopy__(self, memo):
        return self

    def for_item(self, item: str, series: str | None = None) -> Assumptions:
        """Assumptions for an item; a key ``"series:item"`` targets one series' item only."""
        if series is not None and f"{series}:{item}" in self.items:
            return self.items[f"{series}:{item}"]
        return self.items.get(item, self.default)

    def with_item(self, item: str, **changes) -> "Scenario":
        new = replace(self.for_item(item), **changes)
        return replace(self, items={**self.items, item: new})


SCENARIOS = MappingProxyType({
    "bear": Scenario(
        "bear",
        "The reports' estimates overshoot: the horizon estimate is 20% too high (earlier estimates "
        "proportionally less), growth after it runs at 60% of the last period's rate and fades within five "
        "years to 3% a year, about nominal GDP growth.",
        Assumptions(terminal_rate=0.03, fade_years=5, rate_multiplier=0.6, estimate_scale=0.8),
    ),
    "base": Scenario(
        "base",
        "The reports' numbers as printed: the path runs through every anchor; after the last one growth "
        "fades over eight years from the last period's rate to 6% a year, a mature technology market's pace.",
        Assumptions(terminal_rate=0.06, fade_years=8, rate_multiplier=1.0, estimate_scale=1.0),
    ),
    "bull": Scenario(
        "bull",
        "Adoption outruns the reports: the horizon estimate is 10% too low, growth after it keeps 125% of "
        "the last period's rate and fades over twelve years to 9% a year.",
        Assumptions(terminal_rate=0.09, fade_years=12, rate_multiplier=1.25, estimate_scale=1.1),
    ),
})

_ASSUMPTION_TYPES = {f.name: f.type for f in fields(Assumptions)}


def _check_value(key: str, value, where: str):
    if key in ("family",):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{where}: {key} must be a string, got {value!r}")
    elif isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{where}: {key} must be a number, got {value!r} ({type(value).__name__})")
    return value


def load_scenarios(path: str | Path) -> dict[str, Scenario]:
    """Read scenarios from a TOML file.

    The file holds one table per scenario under ``scenario``; keys are the
    fields of :class:`Assumptions` plus ``description``; a sub-table ``items``
    overrides them per item (``"series:item"`` for one series' item only)::

        [scenario.cautious]
        description = "Slower adoption"
        terminal_rate = 0.04
        rate_multiplier = 0.8

        [scenario.cautious.items."AI Server"]
        rate_override = 0.10

    Raises
    ------
    ValueError or TypeError
        Unknown keys or wrong types, naming the key and the file.

    Examples
    --------
    >>> import aimarket as am, pathlib
    >>> p = pathlib.Path("cautious.toml")
    >>> _ = p.write_text('[scenario.cautious]\\nterminal_rate = 0.04\\n')
    >>> am.load_scenarios(p)["cautious"].default.terminal_rate
    0.04
    """
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib

    path = check_path(path, "path")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"path: {str(path)!r} cannot be read as UTF-8 text ({getattr(exc, 'strerror', None) or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"path: {str(path)!r} is not valid TOML ({exc})") from None
    extra = set(data) - {"scenario"}
    if extra:
        raise ValueError(f"path {str(path)!r}: unknown top-level key(s) {sorted(extra)}; scenarios go under [scenario.NAME]")
    out = {}
    if not isinstance(data.get("scenario", {}), dict):
        raise TypeError(f"path {str(path)!r}: scenario must be a table of scenarios, got {data['scenario']!r}")
    for name, spec in data.get("scenario", {}).items():
        if not isinstance(spec, dict):
            raise TypeError(f"path {str(path)!r}: scenario.{name} must be a table")
        where = f"path {str(path)!r}, scenario.{name}"
        allowed = set(_ASSUMPTION_TYPES) | {"description", "items"}
        bad = set(spec) - allowed
        if bad:
            raise ValueError(f"{where}: unknown key(s) {sorted(bad)}; known: {sorted(allowed)}")
        desc = spec.get("description", "")
        if not isinstance(desc, str):
            raise TypeError(f"{where}: description must be a string, got {desc!r}")
        base = {k: _check_value(k, v, where) for k, v in spec.items() if k in _ASSUMPTION_TYPES}
        default = Assumptions(**base)
        items = {}
        if not isinstance(spec.get("items", {}), dict):
            raise TypeError(f"{where}.items must be a table of items, got {spec['items']!r}")
        for item, over in spec.get("items", {}).items():
            iw = f"{where}.items.{item!r}"
            if not isinstance(over, dict):
                raise TypeError(f"{iw} must be a table")
            bad = set(over) - set(_ASSUMPTION_TYPES)
            if bad:
                raise ValueError(f"{iw}: unknown key(s) {sorted(bad)}; known: {sorted(_ASSUMPTION_TYPES)}")
            items[item] = replace(default, **{k: _check_value(k, v, iw) for k, v in over.items()})
        out[name] = Scenario(name, desc, default, items)
    if not out:
        raise ValueError(f"path {str(path)!r}: no [scenario.NAME] tables")
    return out


# ------------------------------------------------------------------------ the hierarchy
@dataclass(frozen=True)
class _Tree:
    items: tuple          # all nodes, in the report's order
    leaves: tuple
    S: np.ndarray         # nodes x leaves summing matrix
    parent: dict

    @property
    def top(self) -> int:
        """Index of the first item without a parent (the total)."""
        return next(r for r, item in enumerate(self.items) if self.parent.get(item) is None)


def _tree(obs: pd.DataFrame) -> _Tree:
    """The summing matrix of a hierarchy, by an iterative walk that refuses cycles and unknown parents."""
    order = list(dict.fromkeys(obs["item"]))
    parent = dict(obs.drop_duplicates("item").set_index("item")["parent"])
    parent = {i: (p if isinstance(p, str) else None) for i, p in parent.items()}
    index = {item: r for r, item in enumerate(order)}
    for item, p in parent.items():
        if p is not None and p not in index:
            raise ValueError(f"frame: the parent {p!r} of {item!r} is not an item of the frame")
    has_child = {p for p in parent.values() if p is not None}
    leaves = [i for i in order if i not in has_child]
    done: set = set()
    for start in order:  # every node reaches a root: no cycles
        node, path = start, set()
        while node is not None and node not in done:
            if node in path:
                raise ValueError(f"frame: the hierarchy has a cycle through {node!r}")
            path.add(node)
            node = parent[node]
        done |= path
    S = np.zeros((len(order), len(leaves)))
    for k, leaf in enumerate(leaves):
        node = leaf
        while node is not None:
            S[index[node], k] = 1.0
            node = parent[node]
    return _Tree(tuple(order), tuple(leaves), S, parent)


def _projection_matrices(tree: _Tree, weights: np.ndarray) -> np.ndarray:
    """Per year, the n x n map from incoherent to coherent values: S (S' W^-1 S)^-1 S' W^-1.

    ``weights`` (years x nodes) are the variances W's diagonal; scaling them with each node's
    squared level spreads each discrepancy in proportion to size, so small segments are not
    pushed negative by large parents.
    """
    S = tree.S
    need = weights.shape[0] * S.shape[0] * (S.shape[0] + S.shape[1]) * 8 * 3
    if need > MAX_RECONCILE_BYTES:
        raise ValueError(f"the hierarchy has {S.shape[0]:,} items over {weights.shape[0]} years; reconciling it would "
                         f"take about {need / 2**30:,.1f} GB, more than the limit of {MAX_RECONCILE_BYTES / 2**30:g} GB "
                         "(use reconciliation='bottom_up', or fewer items)")
    winv = 1.0 / weights                                         # years x n
    StW = S.T[None, :, :] * winv[:, None, :]                     # years x m x n
    A = np.einsum("ymn,nk->ymk", StW, S)                         # years x m x m
    G = np.linalg.solve(A, StW)                                  # years x m x n
    return np.einsum("nm,ymk->ynk", S, G)                        # years x n x n


RECONCILIATIONS = ("mint_scaled", "ols", "bottom_up")


def _check_method(method, name: str = "reconciliation") -> str:
    if not isinstance(method, str) or method not in RECONCILIATIONS:
        raise unknown(name, method, RECONCILIATIONS)
    return method


def reconcile(frame: pd.DataFrame, *, method: str = "mint_scaled", package: Package | None = None) -> pd.DataFrame:
    """Make a tidy projection coherent: every parent the sum of its children, every year.

    Parameters
    ----------
    frame : pandas.DataFrame
        Tidy values with ``item``, ``year``, ``value`` for one series (one scenario).
    method : {"mint_scaled", "ols", "bottom_up"}
        ``mint_scaled`` (default): weighted least squares with variances
        proportional to each value squared; ``ols``: equal weights;
        ``bottom_up``: parents become the sums of their leaves.

    Examples
    --------
    >>> import aimarket as am
    >>> df = am.load("bloomberg_genai")
    >>> r = am.reconcile(df)
    >>> w = r.pivot(index="item", columns="year", values="value")
    >>> bool(abs(w.loc["Software", 2022] - 1493) < 0.5)
    True
    """
    _check_method(method, "method")
    if not isinstance(frame, pd.DataFrame) or not {"item", "year", "value"} <= set(frame.columns):
        raise TypeError("frame must be a tidy DataFrame with item, year and value columns")
    dup = frame.duplicated(["item", "year"])
    if dup.any():
        r = frame[dup].iloc[0]
        raise ValueError(f"frame has more than one value for {r['item']!r} in {r['year']}; "
                         "reconcile one scenario at a time")
    series = frame["series"].iloc[0] if "series" in frame.columns else None
    if series is None and "parent" not in frame.columns:
        raise TypeError("frame needs a parent column (or a series column naming a bundled series)")
    obs = load(series, package=package) if series else frame
    tree = _tree(obs)
    wide = frame.pivot(index="item", columns="year", values="value").reindex(list(tree.items))
    if wide.isna().any().any():
        raise ValueError("frame: every item needs a value in every year to reconcile")
    Y = wide.to_numpy().T  # years x n
    printed = None
    if "kind" not in frame.columns or (frame["kind"] == "reported").all():
        printed = np.vectorize(printed_step)(Y)
    out = _reconcile_array(Y[None], tree, method, _weights(method, Y, printed))[0]  # years x n
    value = {(item, year): out[t, r] for r, item in enumerate(tree.items) for t, year in enumerate(wide.columns)}
    res = frame.copy()
    res["value"] = [value[k] for k in zip(res["item"], res["year"])]
    return res


def _weights(method: str, level: np.ndarray, printed: np.ndarray | None = None,
             spread: np.ndarray | None = None) -> np.ndarray:
    """Variances for the reconciliation, years x nodes.

    A printed value is uncertain by its rounding: variance ``step ** 2 / 12``. Any other value is uncertain
    relative to its level: variance ``(level * spread) ** 2``, where ``spread`` (years x nodes) is the
    standard deviation of its log. Paths between anchors get the spread of a bridge across the gap, which
    grows with the log growth the gap spans (see :func:`_spreads`), so the reconciliation moves the values
    that are hardest to interpolate most. Without ``spread`` every unprinted value gets spread 1, and a year
    is treated as printed only when every value in it is. ``printed`` holds the rounding step of each
    printed value (nan where the value is not printed).
    """
    if method == "ols":
        return np.ones_like(level)
    if spread is None:
        w = np.maximum(level, 1e-12) ** 2
        if printed is not None:
            full = ~np.isnan(printed).any(axis=1)
            w[full] = np.maximum(printed[full], 1e-12) ** 2 / 12
        return w
    w = (np.maximum(level, 1e-12) * spread) ** 2
    if printed is not None:
        known = ~np.isnan(printed)
        w[known] = np.maximum(printed[known], 1e-12) ** 2 / 12
    return np.maximum(w, 1e-300)


#: the least log spread of an unprinted value (one part in a thousand), so that no weight is zero
MIN_SPREAD = 1e-3


def _spreads(years: np.ndarray, anchors: list) -> np.ndarray:
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


def _top_down(levels: np.ndarray, anchors: list, tree: _Tree, years: np.ndarray, kind: np.ndarray) -> None:
    """Between anchors, a parent's children follow the parent's own path times their interpolated shares.

    A segment that grows a thousandfold from near zero is hard to interpolate; its parent, growing tenfold,
    is not. So in the years between the anchors that a parent and all its children share, each child's
    share of the parent is interpolated (a monotone cubic in log share) and the shares are scaled to add up
    to one: the children then sum to the parent's own path instead of pulling it down. Parents are done
    before their children, so the allocation runs from the total down. In place on ``levels``.
    """
    index = {item: r for r, item in enumerate(tree.items)}
    children: dict = {}
    for item, parent in tree.parent.items():
        if parent is not None:
            children.setdefault(parent, []).append(index[item])
    queue = [tree.top] + [r for r, item in enumerate(tree.items) if tree.parent.get(item) is None and r != tree.top]
    while queue:
        p = queue.pop(0)
        kids = children.get(tree.items[p], [])
        queue += kids
        if not kids:
            continue
        py = anchors[p][0]
        if any(not np.array_equal(anchors[c][0], py) for c in kids):
            continue
        between = (years > py[0]) & (years < py[-1]) & ~np.isin(years, py)
        if not between.any():
            continue
        shares = np.array([_log_hermite(py, anchors[c][1] / anchors[p][1], years[between]) for c in kids])
        levels[np.ix_(kids, np.flatnonzero(between))] = levels[p, between] * shares / shares.sum(axis=0)


def _log_hermite(ay: np.ndarray, av: np.ndarray, years: np.ndarray) -> np.ndarray:
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


def _reconcile_array(Y: np.ndarray, tree: _Tree, method: str, weights: np.ndarray) -> np.ndarray:
    """Y: paths x years x nodes; weights: years x nodes (see :func:`_weights`)."""
    if method == "bottom_up":
        leaf_idx = [tree.items.index(x) for x in tree.leaves]
        return np.einsum("nm,pym->pyn", tree.S, Y[:, :, leaf_idx])
    P = _projection_matrices(tree, weights)
    return np.einsum("ynk,pyk->pyn", P, Y)


# ------------------------------------------------------------------------ Monte Carlo memory
#: the most memory the reconciliation matrices of one projection may take
MAX_RECONCILE_BYTES = 2 * 2**30
#: the most paths :func:`simulate` draws; memory stays bounded (streamed quantiles), this bounds the time
MAX_PATHS = 10_000_000
#: runs whose paths fit in this many bytes get exact quantiles; larger runs are streamed through histograms
EXACT_BYTES = 128 * 2**20
#: bins per item and year with which streamed quantiles find their order statistics
HIST_BINS = 4096


def _streamed_quantiles(blocks, shape: tuple) -> np.ndarray:
    """Exact quantiles (numpy's linear method) of paths too many to hold, in three passes over the blocks.

    The blocks are reproducible, so they can be drawn again: the first pass finds each cell's range,
    the second counts the paths in ``HIST_BINS`` bins per cell (equal in ``asinh`` of the value, which
    is logarithmic for large values and keeps negative ones), and the third keeps only the values in the
    bins that hold the order statistics wanted. Memory is a block plus ``cells x HIST_BINS`` counts and
    the kept values, whatever the number of paths.
    """
    cells = int(np.prod(shape))
    vmin, vmax, n = np.full(cells, np.inf), np.full(cells, -np.inf), 0
    for b in blocks():
        flat = b.reshape(len(b), cells)
        vmin, vmax, n = np.minimum(vmin, flat.min(0)), np.maximum(vmax, flat.max(0)), n + len(b)
    lo, hi = np.arcsinh(vmin), np.arcsinh(vmax)
    spread = hi > lo     # cells where every path has the same value (years before the shocks) need no search
    width = np.where(spread, hi - lo, 1.0) / HIST_BINS
    offsets = np.arange(cells) * HIST_BINS

    def keys(b):  # cell * HIST_BINS + bin of every value of a block
        z = np.arcsinh(b.reshape(len(b), cells))
        return np.clip(((z - lo) / width).astype(np.int64), 0, HIST_BINS - 1) + offsets, b.reshape(len(b), cells)

    counts = np.zeros(cells * HIST_BINS, dtype=np.int64)
    for b in blocks():
        counts += np.bincount(keys(b)[0].ravel(), minlength=cells * HIST_BINS)
    cum = np.cumsum(counts.reshape(cells, HIST_BINS), axis=1)
    h = np.asarray(QUANTILES) * (n - 1)
    ranks = np.stack([np.floor(h), np.minimum(np.floor(h) + 1, n - 1)]).astype(np.int64).reshape(-1)  # 0-based
    # the bin holding each wanted rank, per cell: requests x cells
    target = np.stack([(cum > r).argmax(axis=1) for r in ranks])
    below = np.where(target > 0, cum[np.arange(cells), np.maximum(target - 1, 0)], 0)
    wanted = np.zeros(cells * HIST_BINS, dtype=bool)
    wanted[(target + offsets)[:, spread].ravel()] = True
    kept_keys, kept_values = [], []
    for b in blocks():
        k, v = keys(b)
        mask = wanted[k]
        kept_keys.append(k[mask])
        kept_values.append(v[mask])
    kk, kv = np.concatenate(kept_keys), np.concatenate(kept_values)
    order = np.lexsort((kv, kk))
    kk, kv = kk[order], kv[order]
    pos = np.searchsorted(kk, target + offsets) + (ranks[:, None] - below)
    stats = np.where(spread, kv[np.where(spread, pos, 0)] if len(kv) else 0.0, vmin).reshape(2, len(QUANTILES), cells)
    frac = (h - np.floor(h))[:, None]
    return (stats[0] + frac * (stats[1] - stats[0])).reshape((len(QUANTILES),) + tuple(shape))


# ------------------------------------------------------------------------ paths
def _check_until(until, last_year: int, first_year: int) -> int:
    if isinstance(until, bool) or not isinstance(until, (int, np.integer)):
        raise TypeError(f"until must be an integer year, got {until!r}")
    if until < last_year:
        raise ValueError(f"until ({until}) is before the data's last year ({last_year})")
    if until > first_year + 200:
        raise ValueError(f"until ({until}) is more than 200 years past the data")
    return int(until)


def _scenarios(scenarios) -> list[Scenario]:
    if isinstance(scenarios, (str, Scenario)):
        scenarios = [scenarios]
    if not isinstance(scenarios, (list, tuple)):
        raise TypeError(f"scenarios must be a scenario name, a Scenario or a list of them, got {scenarios!r}")
    out = []
    for s in scenarios:
        if isinstance(s, Scenario):
            out.append(s)
        elif isinstance(s, str) and s in SCENARIOS:
            out.append(SCENARIOS[s])
        else:
            raise unknown("scenario", s, SCENARIOS)
    if not out:
        raise ValueError("scenarios must name at least one scenario")
    return out


@dataclass(frozen=True)
class _Paths:
    """Log-growth engine for one series and scenario."""

    tree: _Tree
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
        g = self.growth if growth is None else growth
        return self.start[..., None] * np.exp(np.concatenate([np.zeros(g.shape[:-1] + (1,)), np.cumsum(g, -1)], -1))


def _paths(obs: pd.DataFrame, scenario: Scenario, until: int) -> _Paths:
    tree = _tree(obs)
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
    anchors = []
    notes = []
    series = obs["series"].iloc[0]
    for r, item in enumerate(tree.items):
        a = scenario.for_item(item, series)
        rows = obs[obs["item"] == item].sort_values("year")
        ay, av = rows["year"].to_numpy(int), rows["value"].to_numpy(float)
        if len(ay) < 2:
            raise ValueError(f"item {item!r} has {len(ay)} anchor year(s); a path needs at least two")
        est = rows["status"].to_numpy() == "estimate"
        if a.estimate_scale != 1 and est.any():
            frac = (ay - last_actual) / max(ay[-1] - last_actual, 1)
            av = av * np.where(est, a.estimate_scale ** frac, 1.0)
        inside = (years >= ay[0]) & (years <= ay[-1])
        level_in = _log_hermite(ay, av, years[inside])
        anchors.append((ay, av))
        kind[r, inside] = "derived"
        as_printed = ay if a.estimate_scale == 1 else ay[~est]
        kind[r, np.isin(years, as_printed)] = "reported"
        steps = dict(zip(rows["year"], rows["precision"])) if "precision" in rows else {}
        for y in as_printed:
            v = float(av[ay == y][0])
            step = steps.get(y)
            printed[y - first, r] = float(step) if step is not None and step == step else printed_step(v)
            number[y - first, r] = v
        if ay[0] > first:
            raise ValueError(f"item {item!r} starts in {ay[0]}, after the series' first year {first}")
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
                lv[~inside] = curve.predict(years[~inside].astype(float))
            else:
                last_rate = a.rate_override if a.rate_override is not None else (av[-1] / av[-2]) ** (1 / (ay[-1] - ay[-2])) - 1
                g0 = math.log1p(last_rate * a.rate_multiplier) if last_rate * a.rate_multiplier > -1 else -5.0
                gT = math.log1p(a.terminal_rate)
                w = np.clip(1 - h / a.fade_years, 0, 1) if a.fade_years > 0 else np.zeros(h.size)
                lv[~inside] = av[-1] * np.exp(np.cumsum(gT + (g0 - gT) * w))
        levels[r] = lv
    _top_down(levels, anchors, tree, years, kind)
    start[:] = levels[:, 0]
    growth[:] = np.diff(np.log(levels), axis=1)
    return _Paths(tree, years, start, growth, tuple(notes), kind, printed, number, _spreads(years, anchors),
                  int(np.searchsorted(years, last_actual)), obs["unit"].iloc[0], obs["series"].iloc[0])


def _series_obs(series_id, pkg):
    _check_series(series_id, pkg)
    obs = load(series_id, package=pkg)
    if obs.empty:
        raise ValueError(f"series_id: {series_id!r} has no observations to project (its figures are claims only)")
    return obs


def project(series_id: str, scenarios=("bear", "base", "bull"), until: int = DEFAULT_UNTIL, *,
            reconciliation: str = "mint_scaled", package: Package | None = None) -> pd.DataFrame:
    """Project a series past the reports' horizon under named scenarios.

    Parameters
    ----------
    series_id : str
    scenarios : str, Scenario or sequence of them, default ("bear", "base", "bull")
    until : int, default 2035
        Last year to project.
    reconciliation : {"mint_scaled", "ols", "bottom_up"}
        How the hierarchy is made coherent; see :func:`reconcile`.

    Returns
    -------
    pandas.DataFrame
        Tidy: ``scenario``, ``item``, ``parent``, ``year``, ``value``, ``unit``,
        ``kind`` and ``printed``. ``kind`` is ``reported`` for an anchor, whose
        value stays within half its printed step of the report's number (kept
        in ``printed``) after reconciliation; ``adjusted`` for an anchor the
        hierarchy moved further (the printed figures do not add up within
        rounding); ``derived`` between (or for rescaled) anchors; ``projected``
        past the last anchor.

    Notes
    -----
    Each item's path runs through its anchors on a monotone cubic in log
    space (no kink at an anchor; monotone where the anchors are), then fades
    from the last gap's growth to the terminal rate. Reconciliation weighs
    each value by how hard it is to interpolate: a printed value by its
    rounding, any other by a log spread that grows with the log growth across
    its gap, so a total that grows tenfold outweighs a segment that grows a
    thousandfold. Between anchors, a parent's segments are its own path times
    their interpolated shares. On the Bloomberg table the base path of the
    total in 2023 is USD 64,681 million before reconciliation and after it;
    the segments' own log-linear paths add up to 54,050, and reconciling those
    with the total (as this function did before) gave 56,110.

    Examples
    --------
    >>> import aimarket as am
    >>> p = am.project("bloomberg_genai", until=2035)
    >>> t = p[(p.item == "Total") & (p.year == 2035)].set_index("scenario").value
    >>> bool(t["bear"] < t["base"] < t["bull"])
    True
    """
    pkg = _pkg(package)
    obs = _series_obs(series_id, pkg)
    until = _check_until(until, int(obs["year"].max()), int(obs["year"].min()))
    _check_method(reconciliation)
    frames, notes = [], []
    for sc in _scenarios(scenarios):
        P = _paths(obs, sc, until)
        notes += [f"{sc.name}: {n}" for n in P.notes]
        Y = P.levels().T[None]  # 1 x years x nodes
        rec = _reconcile_array(Y, P.tree, reconciliation, _weights(reconciliation, Y[0], P.printed, P.spread))[0]
        n, T = len(P.tree.items), len(P.years)
        kind = P.kind.copy()
        moved = np.abs(rec - P.number) > P.printed / 2 * (1 + 1e-9) + 1e-12 * np.abs(P.number)  # years x nodes
        if moved.any():
            kind[moved.T] = "adjusted"
            t, r = np.argwhere(moved)[0]
            notes.append(f"{sc.name}: {int(moved.sum())} printed value(s) moved by more than half their printed step "
                         f"to make the hierarchy add up (first: {P.tree.items[r]} {P.years[t]}); they are marked "
                         "'adjusted'")
        frames.append(pd.DataFrame({
            "scenario": sc.name,
            "item": np.repeat(P.tree.items, T),
            "parent": np.repeat([P.tree.parent.get(i) for i in P.tree.items], T),
            "year": np.tile(P.years, n),
            "value": rec.T.ravel(),
            "unit": P.unit,
            "kind": kind.ravel(),
            "printed": P.number.T.ravel(),
        }))
    out = pd.concat(frames, ignore_index=True)
    out.attrs = {"series": series_id, "until": until, "reconciliation": reconciliation, "notes": notes,
                 "source_line": source_line(series_id, package=pkg),
                 "top": P.tree.items[P.tree.top]}
    return out


def simulate(series_id: str, n: int = 10_000, seed: int | None = None, until: int = DEFAULT_UNTIL, *,
             scenario: str | Scenario = "base", sigma: float | None = None, rho: float | None = None,
             reconciliation: str = "mint_scaled", package: Package | None = None) -> pd.DataFrame:
    """Monte Carlo fan of a series: quantiles of coherent paths per item and year.

    From the last actual year on, each item's annual log growth gets a
    normal shock, driven by a factor common to all items (correlation
    ``rho``) and one of its own. The paths are reconciled like
    :func:`project`, so parents are the sums of their children in every path.

    By default the volatility and correlation are estimated from the data
    ("scenario spread"): each item's annual log volatility is the one that
    makes its bear and bull paths at ``until`` the 10th and 90th percentiles
    of its fan, ``(log bull - log bear) / (2 z_0.9 sqrt(h))`` over the ``h``
    uncertain years; ``rho`` is the correlation that gives the top item's
    fan the same 10-90 spread as its own bear and bull, from its children's
    volatilities and shares. Given ``sigma``, an item's volatility is instead
    ``sigma`` times its mean log growth over its anchors; given ``rho``, that
    correlation is used. Paths are generated in blocks of ``BLOCK`` with a
    random stream of their own (spawned from ``seed``), which bounds memory
    and makes path k the same whatever ``n``.

    Returns
    -------
    pandas.DataFrame
        One row per (item, year): ``item``, ``year``, ``unit`` and columns
        ``q025``, ``q05``, ``q10``, ``q25``, ``q50``, ``q75``, ``q90``, ``q95``,
        ``q975``; ``attrs`` records ``seed``, ``n``, ``volatility`` (each item's
        annual log volatility), ``rho``, ``method`` (how they were set) and the
        library version.

    Examples
    --------
    >>> import aimarket as am
    >>> s = am.simulate("bloomberg_genai", n=2000, seed=1, until=2035)
    >>> row = s[(s.item == "Total") & (s.year == 2035)].iloc[0]
    >>> bool(row.q05 < row.q50 < row.q95)
    True
    """
    from ._version import __version__

    pkg = _pkg(package)
    obs = _series_obs(series_id, pkg)
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)):
        raise TypeError(f"n must be an integer number of paths, got {n!r}")
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, (int, np.integer))):
        raise TypeError(f"seed must be an integer or None, got {seed!r}")
    for name, v, lo, hi in (("sigma", sigma, 0, 5), ("rho", rho, 0, 1)):
        if v is not None and (isinstance(v, bool) or not isinstance(v, (int, float)) or not lo <= v <= hi):
            raise ValueError(f"{name} must be None (estimated from the data) or a number in [{lo}, {hi}], got {v!r}")
    until = _check_until(until, int(obs["year"].max()), int(obs["year"].min()))
    _check_method(reconciliation)
    if n > MAX_PATHS:
        held = n * obs["item"].nunique() * (until - int(obs["year"].min()) + 1) * 8
        raise ValueError(f"n: {n:,} paths is more than the limit of {MAX_PATHS:,} (held in memory they would take "
                         f"about {held / 2**30:,.1f} GB; streamed they would take hours); quantiles of "
                         f"{MAX_PATHS:,} paths are already within their Monte Carlo error")
    sc = _scenarios(scenario)[0]
    P = _paths(obs, sc, until)
    base_levels = P.levels()                                   # nodes x years
    nodes, T = base_levels.shape
    ends = obs.sort_values("year").groupby("item").agg(v0=("value", "first"), v1=("value", "last"),
                                                        y0=("year", "first"), y1=("year", "last"))
    ends = ends.reindex(list(P.tree.items))
    anchor_growth = (np.log(ends["v1"] / ends["v0"]) / (ends["y1"] - ends["y0"])).to_numpy()
    shocked = np.arange(T - 1) >= P.last_actual                # growth steps after the last actual year
    steps = int(shocked.sum())
    est_vol, est_rho = _scenario_spread(obs, P, until, steps, reconciliation)
    vol = est_vol if sigma is None else sigma * np.abs(anchor_growth)   # nodes
    rho = est_rho if rho is None else float(rho)
    vol_method = ("scenario spread: each item's bear and bull paths at the horizon are its 10th and 90th "
              "percentiles; the correlation gives the total the same spread" if sigma is None else
              f"sigma {sigma:g} times each item's mean log growth over its anchors")
    if nodes > 1 and (sigma is None or rho != est_rho):      # one item has nothing to be correlated with
        vol_method += f"; correlation {rho:.2f}" + (" (estimated)" if rho == est_rho else " (given)")
    weights = _weights(reconciliation, base_levels.T, P.printed, P.spread)  # years x nodes
    w_common, w_own = math.sqrt(rho), math.sqrt(1 - rho)
    log_start = np.log(P.start)
    base_cum = np.concatenate([np.zeros((nodes, 1)), np.cumsum(P.growth, 1)], 1).T   # years x nodes
    first_shock = T - steps
    seeds = np.random.SeedSequence(seed).spawn(-(-n // BLOCK))

    def blocks():
        """The reconciled paths, block by block: paths x years x nodes."""
        for k, lo in enumerate(range(0, n, BLOCK)):
            m = min(BLOCK, n - lo)
            rng = np.random.default_rng(seeds[k])
            common = rng.standard_normal((m, steps, 1))
            own = rng.standard_normal((m, steps, nodes))
            shocks = (w_common * common + w_own * own) * vol                  # m x steps x nodes
            cum = np.empty((m, T, nodes))
            cum[:, :first_shock] = base_cum[None, :first_shock]
            cum[:, first_shock:] = base_cum[None, first_shock:] + np.cumsum(shocks, axis=1)
            del common, own, shocks
            np.exp(cum + log_start, out=cum)
            yield _reconcile_array(cum, P.tree, reconciliation, weights)

    if n * T * nodes * 8 <= EXACT_BYTES:
        qs, method = np.quantile(np.concatenate(list(blocks())), QUANTILES, axis=0), "exact"   # q x years x nodes
    else:
        qs, method = _streamed_quantiles(blocks, (T, nodes)), "exact, streamed in blocks"
    names = [f"q{round(q * 1000):03d}" if q * 100 % 1 else f"q{round(q * 100):02d}" for q in QUANTILES]
    frame = pd.DataFrame({
        "item": np.repeat(P.tree.items, T),
        "year": np.tile(P.years, nodes),
        "unit": P.unit,
    })
    for name, qv in zip(names, qs):
        frame[name] = qv.T.ravel()
    frame.attrs = {"series": series_id, "seed": seed, "notes": list(P.notes), "n": int(n), "rho": rho,
                   "volatility": dict(zip(P.tree.items, map(float, vol))), "method": vol_method,
                   "source_line": source_line(series_id, package=pkg),
                   "quantiles": method,
                   "scenario": sc.name, "until": until, "version": __version__,
                   "first_uncertain_year": int(P.years[P.last_actual]),
                   "top": P.tree.items[P.tree.top]}
    return frame


def _scenario_spread(obs, P: _Paths, until: int, steps: int, reconciliation: str) -> tuple[np.ndarray, float]:
    """Annual log volatility per item and the common-factor correlation implied by the (reconciled) bear and
    bull paths at the horizon, as :func:`project` gives them."""
    if steps == 0:
        return np.zeros(len(P.tree.items)), 0.0
    z = 1.2815515655446004  # the 90th percentile of the standard normal

    def horizon(name):
        Q = _paths(obs, SCENARIOS[name], until)
        Y = Q.levels().T[None]
        return _reconcile_array(Y, Q.tree, reconciliation, _weights(reconciliation, Y[0], Q.printed, Q.spread))[0, -1]

    bear, bull = horizon("bear"), horizon("bull")
    vol = np.abs(np.log(bull) - np.log(bear)) / (2 * z * math.sqrt(steps))
    top = P.tree.top
    kids = [r for r, item in enumerate(P.tree.items) if P.tree.parent.get(item) == P.tree.items[top]]
    if not kids:
        return vol, 1.0
    w = P.levels()[kids, -1]
    w = w / w.sum()
    own = float(np.sum((w * vol[kids]) ** 2))
    full = float(np.sum(w * vol[kids]) ** 2)
    rho = (vol[top] ** 2 - own) / (full - own) if full > own else 1.0
    return vol, float(np.clip(rho, 0.0, 1.0))


def sensitivity(series_id: str, year: int, delta: float = 0.2, *, scenario: str | Scenario = "base",
                package: Package | None = None) -> pd.DataFrame:
    """How much each leaf's growth moves the total in ``year``, for a tornado chart.

    Each leaf's annual growth from the last actual year on is scaled down and
    up by ``delta`` (0.2: 80% and 120% of its path's growth, through and past
    the report's estimates), one leaf at a time; the projection is reconciled
    and the top item read off in ``year``.

    Returns
    -------
    pandas.DataFrame
        ``item``, ``low`` and ``high`` (the total with that leaf's growth down
        and up), ``base``, ``swing`` (high - low), largest swing first.

    Examples
    --------
    >>> import aimarket as am
    >>> s = am.sensitivity("bloomberg_genai", 2035)
    >>> s.item.iloc[0]
    'Generative AI Driven Ad Spending'
    """
    pkg = _pkg(package)
    obs = _series_obs(series_id, pkg)
    if isinstance(year, bool) or not isinstance(year, (int, np.integer)):
        raise TypeError(f"year must be an integer year, got {year!r}")
    if isinstance(delta, bool) or not isinstance(delta, (int, float)) or not 0 < delta < 1:
        raise ValueError(f"delta must be a number strictly between 0 and 1, got {delta!r}")
    first, last = int(obs["year"].min()), int(obs["year"].max())
    if year < first:
        raise ValueError(f"year ({year}) is before the data's first year ({first})")
    if year > first + 200:
        raise ValueError(f"year ({year}) is more than 200 years past the data's first year ({first})")
    until = max(int(year), last)
    P = _paths(obs, _scenarios(scenario)[0], until)
    t = int(np.searchsorted(P.years, year))
    leaves = [P.tree.items.index(x) for x in P.tree.leaves]
    top = P.tree.top
    shock = np.arange(P.growth.shape[1]) >= P.last_actual
    variants = [P.growth]
    for r in leaves:
        for f in (1 - delta, 1 + delta):
            g = P.growth.copy()
            g[r, shock] *= f
            variants.append(g)
    Y = np.stack([P.levels(g).T for g in variants])          # variants x years x nodes
    rec = _reconcile_array(Y, P.tree, "mint_scaled", _weights("mint_scaled", Y[0], P.printed, P.spread))
    totals = rec[:, t, top]
    base = totals[0]
    lows, highs = totals[1::2], totals[2::2]
    out = pd.DataFrame({"item": [P.tree.items[r] for r in leaves], "low": np.minimum(lows, highs),
                        "high": np.maximum(lows, highs), "base": base})
    out["swing"] = out["high"] - out["low"]
    out = out.sort_values("swing", ascending=False, kind="stable").reset_index(drop=True)
    out.attrs = {"series": series_id, "year": int(year), "delta": delta, "unit": P.unit,
                 "source_line": source_line(series_id, package=pkg),
                 "total": P.tree.items[top]}
    return out


def cross_check(scenarios=("bear", "base", "bull"), until: int = DEFAULT_UNTIL, *,
                package: Package | None = None) -> pd.DataFrame:
    """Project the series the package's constraints name and flag every scenario-year that breaks one.

    Each constraint (the ``constraints`` resource) says a part lies within a
    whole, e.g. China's AI market within the world's. Both series are
    projected, the part's top item is converted to the whole's unit (the
    sourced annual-average rate of each year where there is one, the nearest
    published year's otherwise, recorded in ``fx_year``) and compared with the
    whole's top item in every scenario and every year both span.

    Returns
    -------
    pandas.DataFrame
        ``scenario``, ``year``, ``constraint`` (its label), ``part``, ``whole``
        (in ``unit``, the whole's unit), ``share``, ``breaks`` (True where the
        part exceeds the whole), ``fx_year``; empty when the package has no constraints.

    Examples
    --------
    >>> import aimarket as am
    >>> c = am.cross_check(until=2035)
    >>> sorted(c.constraint.unique())
    ['China within the world', 'generative AI within all AI']
    """
    pkg = _pkg(package)
    columns = ["scenario", "year", "constraint", "part", "whole", "unit", "share", "breaks", "fx_year"]
    rows, projected = [], {}

    def top(sid):
        if sid not in projected:
            p = project(sid, scenarios, until, package=pkg)
            projected[sid] = p[p["item"] == top_item(sid, package=pkg)]
        return projected[sid]

    units = pkg.units.set_index("unit")
    for _, k in pkg.constraints.iterrows():
        whole = top(k["whole"])
        unit = whole["unit"].iloc[0]
        part = convert(top(k["part"]), unit, fx_year="nearest", package=pkg)
        a, b = units.loc[top(k["part"])["unit"].iloc[0], "currency"], units.loc[unit, "currency"]
        fx = pkg.fx[pkg.fx["pair"].isin([f"{a}/{b}", f"{b}/{a}"])]["year"] if a != b else ()
        pv, wv = part.set_index(["scenario", "year"])["value"], whole.set_index(["scenario", "year"])["value"]
        for sc, y in pv.index.intersection(wv.index):
            p_, w_ = float(pv[(sc, y)]), float(wv[(sc, y)])
            rows.append({"scenario": sc, "year": int(y), "constraint": k["label"], "part": p_, "whole": w_, "unit": unit,
                         "share": p_ / w_, "breaks": p_ > w_, "fx_year": nearest_year(fx, y) if len(fx) else None})
    out = pd.DataFrame(rows, columns=columns)
    out["fx_year"] = out["fx_year"].astype("Int64")
    out.attrs = {"unit": out["unit"].iloc[0] if out["unit"].nunique() == 1 else None, "until": until}
    return out
