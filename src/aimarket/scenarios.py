"""Scenario projections past the reports' horizon, Monte Carlo fans and sensitivity.

A scenario is data: a name, a description and assumptions, for all items or
for one, written in Python or read from TOML. This module holds the specs and
the public functions; every item's own path through its own anchors is built
in :mod:`aimarket.paths`, made coherent by a reconciliation method of
:mod:`aimarket.hierarchy` (so that every parent equals the sum of its children
in every year without its own path being ignored, as summing the leaves alone
would), and fanned out in :mod:`aimarket.montecarlo`.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from statistics import NormalDist
from types import MappingProxyType

import numpy as np
import pandas as pd

from ._validate import check_path, plain
from .catalog import check_series, resolve_package, convert, load, nearest_year, source_line, top_item
from .datapackage import Package
from .errors import Registry, UnknownIdError
from .growth import printed_step
from .hierarchy import METHODS, RECONCILIATIONS, Hierarchy, Reconciliation, method_of, parent_of
from .montecarlo import BLOCK, EXACT_BYTES, MAX_PATHS, QUANTILES, draw_quantiles, fan_spread  # noqa: F401 (BLOCK, as before)
from .paths import LEVEL_RANGE, MAX_HORIZON, build_paths, check_levels, check_until, outside_range, with_remainders

__all__ = ["Assumptions", "Scenario", "SCENARIOS", "load_scenarios", "project", "simulate", "sensitivity",
           "cross_check", "reconcile", "QUANTILES", "RECONCILIATIONS", "METHODS", "Reconciliation"]

DEFAULT_UNTIL = 2035
#: what a projection's ``kind`` column may say of a value (see :func:`project`)
KINDS = ("reported", "adjusted", "derived", "projected")
#: the fan's columns, one per quantile: q025, q05, ... q975
_QUANTILE_NAMES = [f"q{round(q * 1000):03d}" if q * 100 % 1 else f"q{round(q * 100):02d}" for q in QUANTILES]


#: what each assumption may be: (low, high, low excluded); beyond these a path leaves the float range
_RANGES = {
    "terminal_rate": (-1.0, 10.0, True),
    "fade_years": (0.0, 1000.0, False),
    "rate_multiplier": (0.0, 100.0, False),
    "rate_override": (-1.0, 10.0, True),
    "estimate_scale": (1e-3, 1e3, False),
    "cap": (0.0, 1e120, True),
}
_WHY = {"terminal_rate": " (an annual rate: -100% to 1,000% a year)", "rate_override": " (an annual rate)",
        "estimate_scale": " (a factor on the report's horizon estimate)", "fade_years": " years"}
#: the shortest fade that is not no fade at all
_MIN_FADE = 1e-3


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
        for name, (low, high, open_low) in _RANGES.items():
            v = getattr(self, name)
            if v is None and name in ("rate_override", "cap"):
                continue
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise TypeError(f"{name} must be a number, got {v!r}")
            inside = (low < v if open_low else low <= v) and v <= high   # compares ints of any size exactly
            if not inside:
                raise ValueError(f"{name} must be a finite number {'above' if open_low else 'from'} {low:g} up to {high:g}"
                                 f"{_WHY.get(name, '')}, got {v!r}")
        if 0 < self.fade_years < _MIN_FADE:
            raise ValueError(f"fade_years must be 0 (no fade) or from {_MIN_FADE:g} up to {_RANGES['fade_years'][1]:g} "
                             f"years, got {self.fade_years!r}")
        if self.family is not None and not isinstance(self.family, str):
            raise TypeError(f"family must be a family name, got {self.family!r}")
        if self.family is not None or self.cap is not None:
            from .curves import FAMILIES

            if self.family is not None:
                FAMILIES[self.family]  # an unknown name: the registry's UnknownIdError, with the closest names
            ceilings = [name for name, fam in FAMILIES.items() if "cap" in fam.params]
            if self.cap is not None and self.family not in ceilings:
                raise ValueError(f"cap: {self.cap!r} is used only with a family that has a ceiling "
                                 f"({', '.join(ceilings)}); family is {self.family!r}")


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


SCENARIOS = Registry("scenario", {
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


#: the assumptions that are annual rates, fractions in a scenario file (0.04 for 4%)
_RATES = ("terminal_rate", "rate_override")


def _check_value(key: str, value, where: str):
    if key in ("family",):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{where}: {key} must be a string, got {value!r}")
    elif isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{where}: {key} must be a number, got {value!r} ({type(value).__name__})")
    elif key in _RATES and not -1 < value < 1:
        # a file is written by hand, where '4' means 4%: 400% a year is no rate an analyst writes in a file
        shown = f"{value / 100:g} for {value:g}%" if -100 < value < 100 else "0.04 for 4%"
        raise ValueError(f"{where}: {key} = {value!r} reads as {value:.0%} a year; rates are fractions ({shown}), from above -1 "
                         "to below 1 in a scenario file (a growth of 100% a year or more is set in Python, "
                         f"with Assumptions({key}=...))")
    return value


#: the largest file of scenarios read: a few hundred scenarios are a few kilobytes
MAX_SCENARIO_BYTES = 1_000_000


def _named(where: str, make, *args, **kwargs):
    """``make(*args, **kwargs)``, its refusal of a value prefixed with where in the file the value stands."""
    try:
        return make(*args, **kwargs)
    except (ValueError, TypeError) as exc:
        raise type(exc)(f"{where}: {exc}") from None


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

    An item is checked where the scenario meets a series: :func:`project`,
    :func:`simulate` and :func:`sensitivity` raise ``LookupError`` for an
    item the series does not have, with the closest one it has.

    Raises
    ------
    ValueError or TypeError
        Unknown keys, wrong types or a rate that is no fraction (``terminal_rate
        = 4`` for 4%: rates are fractions, from above -1 to below 1 in a file),
        naming the file, the scenario, the key and the value.

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
        if not path.is_file():
            raise ValueError(f"path: {str(path)!r} is no file of scenarios")
        if path.stat().st_size > MAX_SCENARIO_BYTES:
            raise ValueError(f"path: {str(path)!r} holds {path.stat().st_size:,} bytes, more than a file of scenarios "
                             f"({MAX_SCENARIO_BYTES:,})")
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"path: {str(path)!r} cannot be read as UTF-8 text ({getattr(exc, 'strerror', None) or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"path: {str(path)!r} is not valid TOML ({exc})") from None
    except (RecursionError, ValueError) as exc:  # nested past the parser's depth; an integer of 5,000 digits
        if str(exc).startswith("path: "):
            raise
        why = "nested too deeply" if isinstance(exc, RecursionError) else exc
        raise ValueError(f"path: {str(path)!r} is not valid TOML ({why})") from None
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
        default = _named(where, Assumptions, **base)
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
            items[item] = _named(iw, replace, default, **{k: _check_value(k, v, iw) for k, v in over.items()})
        out[name] = Scenario(name, desc, default, items)
    if not out:
        raise ValueError(f"path {str(path)!r}: no [scenario.NAME] tables")
    return out


def reconcile(frame: pd.DataFrame, *, reconciliation: str | Reconciliation = "mint_scaled",
              package: Package | None = None, method: str | Reconciliation | None = None) -> pd.DataFrame:
    """Make a tidy projection coherent: every parent the sum of its children, every year.

    Parameters
    ----------
    frame : pandas.DataFrame
        Tidy values with ``item``, ``year``, ``value`` for one series (one scenario): positive
        numbers within 1e-120 to 1e120 (``LEVEL_RANGE``, as in :func:`project`); a ``kind``
        column, if there is one, says what each value is, as in :func:`project`'s result. The
        hierarchy is the bundled (or ``package``'s) series named in a ``series`` column, else the
        frame's own ``parent`` column. With a ``series`` column, every item must be an item of that
        series (else ``LookupError``) and a ``parent`` column, if there is one, must agree with the
        series' hierarchy (else ``ValueError``): the series' hierarchy is used, never silently
        another.
    reconciliation : {"mint_scaled", "ols", "wls_struct", "bottom_up"} or Reconciliation
        The argument of that name in :func:`project`, :func:`simulate` and
        :func:`sensitivity`. ``mint_scaled`` (default): weighted least squares with variances
        proportional to each value squared (a printed year's by its
        rounding); ``ols``: equal weights; ``wls_struct``: each node's
        variance the number of leaves under it; ``bottom_up``: parents become
        the sums of their leaves. Or a method object from
        :mod:`aimarket.hierarchy` (``METHODS`` holds them by name).
    method : str or Reconciliation, optional
        Deprecated: the former name of ``reconciliation``; still taken, with
        a ``DeprecationWarning``.

    Examples
    --------
    >>> import aimarket as am
    >>> df = am.load("bloomberg_genai")
    >>> r = am.reconcile(df)
    >>> w = r.pivot(index="item", columns="year", values="value")
    >>> bool(abs(w.loc["Software", 2022] - 1493) < 0.5)
    True
    """
    if method is not None:
        if reconciliation != "mint_scaled":
            raise TypeError(f"reconcile takes reconciliation={reconciliation!r} or the deprecated method={method!r}, "
                            "not both")
        import warnings

        warnings.warn("reconcile(method=...) is now reconcile(reconciliation=...), the name project, simulate and "
                      "sensitivity use", DeprecationWarning, stacklevel=2)
        reconciliation = method
    method = method_of(reconciliation)
    if not isinstance(frame, pd.DataFrame) or not {"item", "year", "value"} <= set(frame.columns):
        raise TypeError("frame must be a tidy DataFrame with item, year and value columns")
    if frame.empty:
        raise ValueError("frame has no rows; reconcile needs the values of every item in every year")
    dup = frame.duplicated(["item", "year"])
    if dup.any():
        r = frame[dup].iloc[0]
        raise ValueError(f"frame has more than one value for {r['item']!r} in {r['year']}; "
                         "reconcile one scenario at a time")
    check_levels(frame, "frame")
    if "kind" in frame.columns:
        known = frame["kind"].isin(KINDS).to_numpy(dtype=bool)
        if not known.all():
            r = frame.iloc[int(np.flatnonzero(~known)[0])]
            raise ValueError(f"frame: item {plain(r['item'])!r}, {plain(r['year'])}: kind {plain(r['kind'])!r} is not one of "
                             f"{', '.join(map(repr, KINDS))}")
    series = frame["series"].iloc[0] if "series" in frame.columns else None
    if series is None and "parent" not in frame.columns:
        raise TypeError("frame needs a parent column (or a series column naming a bundled series)")
    obs = load(series, package=package) if series else frame
    tree = Hierarchy.from_frame(obs)
    if series:
        _check_in_series(frame, tree, series)
    wide = frame.pivot(index="item", columns="year", values="value").reindex(list(tree.items))
    if wide.isna().any().any():
        raise ValueError("frame: every item needs a value in every year to reconcile")
    Y = wide.to_numpy().T  # years x n
    printed = None
    if "kind" not in frame.columns or (frame["kind"] == "reported").all():
        printed = np.vectorize(printed_step)(Y)
    out = method.projection(tree, Y, printed)(Y[None])[0]  # years x n
    value = {(item, year): out[t, r] for r, item in enumerate(tree.items) for t, year in enumerate(wide.columns)}
    res = frame.copy()
    res["value"] = [value[k] for k in zip(res["item"], res["year"])]
    return res


def _check_in_series(frame: pd.DataFrame, tree: Hierarchy, series: str) -> None:
    """Every item of a frame that names its series is an item of that series, under the parent the series gives
    it (where the frame has a parent column): reconcile sums by the series' hierarchy, never leaving an item out."""
    for item in dict.fromkeys(frame["item"]):
        if item not in tree.parent:
            raise UnknownIdError(f"frame: item {plain(item)!r} is not an item of series {series!r}; its items: "
                                 f"{', '.join(map(repr, tree.items))}")
    if "parent" in frame.columns:
        for item, parent in zip(frame["item"], frame["parent"]):
            parent = parent_of(parent)
            if parent != tree.parent[item]:
                raise ValueError(f"frame: item {plain(item)!r} has the parent {plain(parent)!r}, but in series "
                                 f"{series!r} its parent is {tree.parent[item]!r}; reconcile sums by the series' "
                                 "hierarchy (drop the series column to sum by the frame's own parent column)")


def _scenarios(scenarios, name: str = "scenarios") -> list[Scenario]:
    if isinstance(scenarios, (str, Scenario)):
        scenarios = [scenarios]
    if not isinstance(scenarios, (list, tuple)):
        raise TypeError(f"{name} must be a scenario name, a Scenario or a list of them, got {scenarios!r}")
    out = []
    for s in scenarios:
        out.append(s if isinstance(s, Scenario) else SCENARIOS[s])  # an unknown name: the registry's error
    if not out:
        raise ValueError(f"{name} must name at least one scenario")
    return out


def _named_once(scenarios: list[Scenario]) -> list[Scenario]:
    """Scenarios whose rows a projection labels by name: each name once, or its rows would come twice."""
    names = [sc.name for sc in scenarios]
    twice = next((n for k, n in enumerate(names) if n in names[:k]), None)
    if twice is not None:
        raise ValueError(f"scenarios: {twice!r} is named twice; name each scenario once")
    return scenarios


def _check_items(scenarios: list[Scenario], pkg: Package, items_of: Mapping[str, set]) -> None:
    """Every item a scenario overrides is an item of the series it meets; a typo raises, never passes unseen.

    A key names an item of one of the series in ``items_of`` (``"item"``, or ``"series:item"``), or, with
    the prefix of another series of the package, an item of that series (checked when it is projected).
    """
    others = [s for s in pkg.series["series"] if s not in items_of]
    for sc in scenarios:
        for key in sc.items:
            if any(key in items or (key.startswith(f"{sid}:") and key[len(sid) + 1:] in items)
                   for sid, items in items_of.items()):
                continue
            if any(key.startswith(f"{sid}:") for sid in others):
                continue
            known = sorted({i for items in items_of.values() for i in items})
            forms = known + [f"{sid}:{i}" for sid, items in items_of.items() for i in sorted(items) if ":" in key]
            close = difflib.get_close_matches(key, forms, n=1, cutoff=0.4)
            hint = (f"did you mean {close[0]!r}?" if close else
                    f"its items are {', '.join(map(repr, known[:12]))}{' ...' if len(known) > 12 else ''}")
            where = " or ".join(map(repr, items_of))
            raise UnknownIdError(f"scenario {sc.name!r}: unknown item {key!r} in series {where}; {hint}")


def _series_obs(series_id, pkg):
    check_series(series_id, pkg)
    obs = load(series_id, package=pkg)
    if obs.empty:
        raise ValueError(f"series_id: {series_id!r} has no observations to project (its figures are claims only)")
    return obs


def project(series_id: str, scenarios=("bear", "base", "bull"), until: int = DEFAULT_UNTIL, *,
            reconciliation: str | Reconciliation = "mint_scaled", package: Package | None = None) -> pd.DataFrame:
    """Project a series past the reports' horizon under named scenarios.

    Parameters
    ----------
    series_id : str
    scenarios : str, Scenario or sequence of them, default ("bear", "base", "bull")
    until : int, default 2035
        Last year to project.
    reconciliation : {"mint_scaled", "ols", "wls_struct", "bottom_up"} or Reconciliation
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
    pkg = resolve_package(package)
    obs = _series_obs(series_id, pkg)
    scenarios = _named_once(_scenarios(scenarios))
    _check_items(scenarios, pkg, {series_id: set(obs["item"])})
    return _project(obs, scenarios, until, method_of(reconciliation), pkg)


def _project(obs: pd.DataFrame, scenarios: list[Scenario], until, method: Reconciliation, pkg: Package) -> pd.DataFrame:
    """:func:`project` of one series' observations under scenarios whose items are checked."""
    series_id = obs["series"].iloc[0]
    until = check_until(until, int(obs["year"].max()), int(obs["year"].min()))
    frames, notes = [], []
    for sc in scenarios:
        P = build_paths(obs, sc, until, method)
        notes += [f"{sc.name}: {n}" for n in P.notes]
        rec = P.projection(method)(P.levels().T[None])[0]   # years x nodes
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
    out.attrs = {"series": series_id, "until": until, "reconciliation": method.name, "notes": notes,
                 "source_line": source_line(series_id, package=pkg),
                 "top": P.tree.items[P.tree.top]}
    return out


def simulate(series_id: str, n: int = 10_000, seed: int | None = None, until: int = DEFAULT_UNTIL, *,
             scenario: str | Scenario = "base", sigma: float | None = None, rho: float | None = None,
             fan=("bear", "bull"), reconciliation: str | Reconciliation = "mint_scaled",
             package: Package | None = None) -> pd.DataFrame:
    """Monte Carlo fan of a series: quantiles of coherent paths per item and year.

    From the last actual year on, each item's annual log growth gets a
    normal shock, driven by a factor common to all items (correlation
    ``rho``) and one of its own. The paths are reconciled like
    :func:`project`, so parents are the sums of their children in every path.

    By default the volatility and correlation are estimated from the
    scenarios in ``fan`` ("scenario spread"): each item's annual log
    volatility is the one that makes its lowest and highest of those
    scenarios at ``until`` the 10th and 90th percentiles of its fan,
    ``log(high / low) / (2 z_0.9 sqrt(h))`` over the ``h`` uncertain years;
    ``rho`` is the correlation that gives the top item's fan the same 10-90
    spread as its own, from its children's volatilities and shares. Given
    ``sigma``, an item's volatility is instead ``sigma`` times its mean log
    growth over its anchors; given ``rho``, that correlation is used. Paths
    are generated in blocks of ``BLOCK`` with a random stream of their own
    (spawned from ``seed``), which bounds memory and makes path k the same
    whatever ``n``.

    Parameters
    ----------
    series_id : str
    n : int, default 10000
        Paths to draw, at most ``MAX_PATHS``.
    seed : int, optional
        A non-negative integer seed; the same seed gives the same quantiles.
    until : int, default 2035
    scenario : str or Scenario, default "base"
        The path the fan is centred on.
    sigma, rho : float, optional
        Volatility as a multiple of each item's mean log growth (0 to 5), and
        the common-factor correlation (0 to 1), instead of the scenario spread.
    fan : sequence of str or Scenario, default ("bear", "bull")
        At least two scenarios whose spread at ``until`` sets the fan's width.
    reconciliation : str or Reconciliation, default "mint_scaled"
        A name in ``RECONCILIATIONS`` or a method object; see :func:`reconcile`.

    Returns
    -------
    pandas.DataFrame
        One row per (item, year): ``item``, ``year``, ``unit`` and columns
        ``q025``, ``q05``, ``q10``, ``q25``, ``q50``, ``q75``, ``q90``, ``q95``,
        ``q975``; ``attrs`` records ``seed``, ``n``, ``volatility`` (each item's
        annual log volatility), ``rho``, ``method`` (how they were set) and the
        library version.

    Raises
    ------
    ValueError
        A fan whose outer quantiles (each item's own, before reconciliation)
        leave 1e-120 to 1e120 in some year, as :func:`project` refuses a path
        that does, naming the item, the quantile and the year.

    Examples
    --------
    >>> import aimarket as am
    >>> s = am.simulate("bloomberg_genai", n=2000, seed=1, until=2035)
    >>> row = s[(s.item == "Total") & (s.year == 2035)].iloc[0]
    >>> bool(row.q05 < row.q50 < row.q95)
    True
    """
    from ._version import __version__

    pkg = resolve_package(package)
    obs = _series_obs(series_id, pkg)
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)):
        raise TypeError(f"n must be an integer number of paths, got {n!r}")
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, (int, np.integer))):
        raise TypeError(f"seed must be a non-negative integer or None, got {seed!r}")
    if seed is not None and seed < 0:
        raise ValueError(f"seed must be a non-negative integer or None, got {seed!r}")
    for name, v, lo, hi in (("sigma", sigma, 0, 5), ("rho", rho, 0, 1)):
        if v is not None and (isinstance(v, bool) or not isinstance(v, (int, float)) or not lo <= v <= hi):
            raise ValueError(f"{name} must be None (estimated from the data) or a number in [{lo}, {hi}], got {v!r}")
    until = check_until(until, int(obs["year"].max()), int(obs["year"].min()))
    method = method_of(reconciliation)
    spread_by = _scenarios(fan, "fan")
    if len(spread_by) < 2:
        raise ValueError(f"fan must name at least two scenarios whose spread sets the fan's width, got {fan!r}")
    if n > MAX_PATHS:
        held = n * obs["item"].nunique() * (until - int(obs["year"].min()) + 1) * 8
        raise ValueError(f"n: {n:,} paths is more than the limit of {MAX_PATHS:,} (held in memory they would take "
                         f"about {held / 2**30:,.1f} GB; streamed they would take hours); quantiles of "
                         f"{MAX_PATHS:,} paths are already within their Monte Carlo error")
    sc = _scenarios(scenario)[0]
    _check_items([sc, *spread_by], pkg, {series_id: set(obs["item"])})
    P = build_paths(obs, sc, until, method)
    nodes, T = P.start.size, P.years.size
    ends = with_remainders(obs)[0].sort_values("year").groupby("item").agg(v0=("value", "first"), v1=("value", "last"),
                                                        y0=("year", "first"), y1=("year", "last"))
    ends = ends.reindex(list(P.tree.items))
    anchor_growth = (np.log(ends["v1"] / ends["v0"]) / (ends["y1"] - ends["y0"])).to_numpy()
    steps = T - 1 - P.last_actual                              # growth steps after the last actual year
    est_vol, est_rho = fan_spread(obs, P, spread_by, until, steps, method)
    vol = est_vol if sigma is None else sigma * np.abs(anchor_growth)   # nodes
    rho = est_rho if rho is None else float(rho)
    names = ", ".join(s.name for s in spread_by)
    vol_method = (f"scenario spread: each item's lowest and highest of {names} at the horizon are its 10th and "
                  "90th percentiles; the correlation gives the total the same spread" if sigma is None else
                  f"sigma {sigma:g} times each item's mean log growth over its anchors")
    if nodes > 1 and (sigma is None or rho != est_rho):      # one item has nothing to be correlated with
        vol_method += f"; correlation {rho:.2f}" + (" (estimated)" if rho == est_rho else " (given)")
    _check_fan(P, vol, steps, sc.name)
    qs, how = draw_quantiles(P, method, vol, rho, n, seed, EXACT_BYTES)     # q x years x nodes
    frame = pd.DataFrame({
        "item": np.repeat(P.tree.items, T),
        "year": np.tile(P.years, nodes),
        "unit": P.unit,
    })
    for name, qv in zip(_QUANTILE_NAMES, qs):
        frame[name] = qv.T.ravel()
    frame.attrs = {"series": series_id, "seed": seed, "notes": list(P.notes), "n": int(n), "rho": rho,
                   "volatility": dict(zip(P.tree.items, map(float, vol))), "method": vol_method,
                   "source_line": source_line(series_id, package=pkg),
                   "quantiles": how, "reconciliation": method.name,
                   "scenario": sc.name, "until": until, "version": __version__,
                   "first_uncertain_year": int(P.years[P.last_actual]),
                   "top": P.tree.items[P.tree.top]}
    return frame


def _check_fan(P, vol: np.ndarray, steps: int, scenario: str) -> None:
    """Refuse a fan whose outer quantiles leave ``LEVEL_RANGE``, as :func:`project` refuses a path that does.

    Before reconciliation each item's log path is normal about its own, with standard deviation
    ``vol * sqrt(h)`` after ``h`` shocks, so its outermost quantiles are known before any path is drawn.
    """
    T = P.years.size
    h = np.clip(np.arange(T) - (T - steps) + 1, 0, None)                     # shocks up to each year
    z = NormalDist().inv_cdf(QUANTILES[-1])
    log_path = np.log(P.levels()).T                                          # years x nodes
    band = z * np.sqrt(h)[:, None] * vol[None, :]
    for k, edge in ((len(QUANTILES) - 1, log_path + band), (0, log_path - band)):
        out = outside_range(edge, log=True)
        if out.any():
            t, r = np.argwhere(out)[0]                                       # the first year, its first item
            lo, hi = LEVEL_RANGE
            power, digits = divmod(edge[t, r] / math.log(10), 1)             # 10 ** digits * 10 ** power, unrounded
            raise ValueError(f"item {P.tree.items[r]!r}: under scenario {scenario!r} the fan's {_QUANTILE_NAMES[k]} in "
                             f"{int(P.years[t])} is about {10 ** digits:.2f}e{int(power):+d}, outside the range a "
                             f"projection can carry, {lo:g} to {hi:g}; give a smaller sigma, fan scenarios closer "
                             "together or an earlier until")


def sensitivity(series_id: str, year: int, delta: float = 0.2, *, scenario: str | Scenario = "base",
                reconciliation: str | Reconciliation = "mint_scaled", package: Package | None = None) -> pd.DataFrame:
    """How much each leaf's growth moves the total in ``year``, for a tornado chart.

    Each leaf's annual growth from the last actual year on is scaled down and
    up by ``delta`` (0.2: 80% and 120% of its path's growth, through and past
    the report's estimates), one leaf at a time; the projection is reconciled
    (by ``reconciliation``, as in :func:`project`) and the top item read off
    in ``year``.

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
    pkg = resolve_package(package)
    obs = _series_obs(series_id, pkg)
    if isinstance(year, bool) or not isinstance(year, (int, np.integer)):
        raise TypeError(f"year must be an integer year, got {year!r}")
    if isinstance(delta, bool) or not isinstance(delta, (int, float)) or not 0 < delta < 1:
        raise ValueError(f"delta must be a number strictly between 0 and 1, got {delta!r}")
    first, last = int(obs["year"].min()), int(obs["year"].max())
    if year < first:
        raise ValueError(f"year ({year}) is before the data's first year ({first})")
    if year > first + MAX_HORIZON:
        raise ValueError(f"year ({year}) is more than {MAX_HORIZON} years past the data's first year ({first})")
    method = method_of(reconciliation)
    until = max(int(year), last)
    sc = _scenarios(scenario)
    _check_items(sc, pkg, {series_id: set(obs["item"])})
    P = build_paths(obs, sc[0], until, method)
    t = int(np.searchsorted(P.years, year))
    leaves = P.tree.leaf_index
    top = P.tree.top
    shock = np.arange(P.growth.shape[1]) >= P.last_actual
    # variant 0 is the path itself; then each leaf's growth scaled down and up, the others as they are
    rows, factor = np.repeat(leaves, 2), np.tile([1 - delta, 1 + delta], len(leaves))
    growth = np.repeat(P.growth[None], 1 + len(rows), axis=0)                 # variants x nodes x steps
    growth[1 + np.arange(len(rows)), rows] = np.where(shock, P.growth[rows] * factor[:, None], P.growth[rows])
    Y = P.levels(growth).transpose(0, 2, 1)                                  # variants x years x nodes
    totals = P.projection(method)(Y)[:, t, top]
    base = totals[0]
    lows, highs = totals[1::2], totals[2::2]
    out = pd.DataFrame({"item": [P.tree.items[r] for r in leaves], "low": np.minimum(lows, highs),
                        "high": np.maximum(lows, highs), "base": base})
    out["swing"] = out["high"] - out["low"]
    out = out.sort_values("swing", ascending=False, kind="stable").reset_index(drop=True)
    out.attrs = {"series": series_id, "year": int(year), "delta": delta, "unit": P.unit, "reconciliation": method.name,
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
    pkg = resolve_package(package)
    columns = ["scenario", "year", "constraint", "part", "whole", "unit", "share", "breaks", "fx_year"]
    rows, projected = [], {}
    # an item a scenario overrides may belong to any of the series it meets here, not to each of them
    obs = {sid: _series_obs(sid, pkg) for sid in dict.fromkeys([*pkg.constraints["part"], *pkg.constraints["whole"]])}
    scenarios = _named_once(_scenarios(scenarios))
    _check_items(scenarios, pkg, {sid: set(o["item"]) for sid, o in obs.items()})
    method = method_of("mint_scaled")

    def top(sid):
        if sid not in projected:
            p = _project(obs[sid], scenarios, until, method, pkg)
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
