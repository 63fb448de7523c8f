"""Growth curves and rate checks over panels of thousands of series at once.

:func:`fit_panel` fits one family to every series of a tidy frame in one
vectorised pass, from the family's own forms for arrays of series (its log
curve and derivatives, self-start, search box and closed form): through as
many equally spaced points as parameters by the closed form, and with more
points by a batched Levenberg-Marquardt solver inside the search box
:func:`aimarket.fit` uses, on log residuals, the loss it minimises. A series
that cannot be fitted gets a row with its reason; it never stops the panel. :func:`audit_panel` runs the rounding-aware rate checks over a frame of
claims. Both accept a Dask DataFrame and return one, so the same call runs on
a laptop's local cluster or a remote one.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._validate import as_float_array, check_finite, check_int, plain
from .curves import FAMILIES
from .errors import unknown
from .growth import _LOG_MAX, TOLERANCE, log_ratio, cagr_bounds, reconcile_rate

__all__ = ["fit_panel", "predict_panel", "forecast_panel", "audit_panel", "BATCHED"]

_LOSSES = ("log",)


def __getattr__(name):
    if name == "BATCHED":   # the families fitted in batches: those whose class says so, registered ones included
        return _batched()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _batched() -> tuple:
    return tuple(name for name, cls in FAMILIES.items() if cls.batched)


def _is_dask(frame) -> bool:
    return type(frame).__module__.split(".")[0] in ("dask", "dask_expr")


# ----------------------------------------------------------------------------------------- input
def _panel_arrays(frame: pd.DataFrame, keys: list[str]):
    """Validate a tidy panel and pad it into arrays: series x points, with a mask for shorter series (padded
    with their last point, so that a series' first and last year and its extremes are read off the arrays)."""
    missing = [c for c in (*keys, "year", "value") if c not in frame.columns]
    if missing:
        raise ValueError(f"frame is missing column(s) {missing}; a panel has {keys + ['year', 'value']}")
    df = frame[[*keys, "year", "value"]].copy()
    df["_row"] = np.arange(len(df))
    for key in keys:
        blank = df[key].isna().to_numpy()
        if blank.any():
            raise ValueError(f"frame, row {int(np.flatnonzero(blank)[0])}, column {key!r}: a series needs a name")
    for col in ("year", "value"):
        values = _numbers(df[col], "frame", col)
        bad = ~np.isfinite(values) | ((values <= 0) if col == "value" else np.abs(values) > 1e6)
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            what = "a positive finite number" if col == "value" else "a finite year within +/-1,000,000"
            raise ValueError(f"frame, row {i}, column {col!r}: {plain(frame[col].iloc[i])!r} is not {what} "
                             f"(series {_name(df, keys, i)})")
        df[col] = values
    dup = df.duplicated([*keys, "year"])
    if dup.any():
        i = int(np.flatnonzero(dup.to_numpy())[0])
        raise ValueError(f"frame, row {i}: a second value for series {_name(df, keys, i)} in {df['year'].iloc[i]:g}")
    df = df.sort_values([*keys, "year"], kind="stable")
    codes = df.groupby(keys, sort=False, observed=True).ngroup().to_numpy()
    counts = np.bincount(codes)
    if counts.size and counts.min() < 2:
        k = int(np.flatnonzero(counts < 2)[0])
        i = int(df["_row"].to_numpy()[codes == k][0])
        raise ValueError(f"frame, row {i}: series {_name(frame, keys, i)} has {counts[k]} point; "
                         "a curve needs at least two")
    S, N = len(counts), int(counts.max()) if counts.size else 0
    mask = np.arange(N) < counts[:, None]
    # each series' rows are contiguous in the sorted frame; past its last point, repeat that point
    fill = (np.cumsum(counts) - counts)[:, None] + np.minimum(np.arange(N), counts[:, None] - 1)
    t, y = df["year"].to_numpy()[fill], df["value"].to_numpy()[fill]
    first = df.drop_duplicates(keys)[keys].reset_index(drop=True)
    return first, t, y, mask, counts


def _numbers(column: pd.Series, frame: str, col: str) -> np.ndarray:
    """A column of numbers as floats, NaN where a cell is empty, read by the validator the scalar functions use:
    text, True or False in it is a ``TypeError`` naming the frame, column and position (``pd.to_numeric`` would
    read "2020" as a year and True as 1)."""
    cells = column.where(column.notna(), np.nan) if column.dtype == object else column  # None: an empty cell
    return as_float_array(cells, f"{frame} column {col!r}")[0]


def _name(df: pd.DataFrame, keys: list[str], i: int) -> str:
    return ", ".join(repr(df[k].iloc[i]) for k in keys)


# ----------------------------------------------------------------------------------------- the solver
def _solve(fam_cls, t, y, w, counts, fixed: dict, max_iter: int, tol: float):
    """Least squares on log values for every series at once, as :func:`aimarket.fit` does it series by series.

    The family gives everything: its self-start, search box (the same box ``fit`` searches, with the cap
    free to fall below the data when there are more points than parameters), log curve and its derivatives,
    and its closed form through as many equally spaced points as parameters. Parameters bounded away from
    zero are searched in logs, as ``fit`` does. The solver is a batched Levenberg-Marquardt that keeps every
    series inside its box: a parameter on an edge its gradient pushes past is held there (so a ceiling the
    data cannot pin ends on its bound, flagged, as in ``fit``), the others move.

    Returns parameter arrays, the sum of squares, converged, exact, the parameters on a bound per series
    (series x free) and a message per series.
    """
    S, N = t.shape
    ly = np.log(y)
    fam = fam_cls(t[:, :1])
    free = [p for p in fam_cls.params if p not in fixed]
    nfree = len(free)
    exact = counts == nfree
    box = fam.search_box(t, y)
    if "cap" in box and "cap" not in fixed:
        top = y.max(axis=1)
        box["cap"] = (np.where(exact, top * (1 + 1e-9), top * 1e-6), box["cap"][1])
    lo = np.stack([np.broadcast_to(np.asarray(box[p][0], float), (S,)) for p in free], axis=1)
    hi = np.stack([np.broadcast_to(np.asarray(box[p][1], float), (S,)) for p in free], axis=1)
    logged = (lo > 0).all(axis=0)                                # the same coordinates as aimarket.fit
    with np.errstate(all="ignore"):
        guess = fam.guess(t, y, fixed, w)
        theta0 = np.stack([np.broadcast_to(np.asarray(guess[p], float), (S,)) for p in free], axis=1)
        theta0 = np.clip(theta0, lo + 1e-12 * np.abs(lo) + 1e-12, hi - 1e-12 * np.abs(hi) - 1e-12)
        xlo, xhi = np.where(logged, np.log(np.abs(lo)), lo), np.where(logged, np.log(np.abs(hi)), hi)
        x = np.where(logged, np.log(np.abs(theta0)), theta0)
    fixed_cols = {k: np.full((S, 1), float(v)) for k, v in fixed.items()}

    def params(xr, rows):
        theta = np.where(logged, np.exp(xr), xr)
        return theta, {**{k: v[rows] for k, v in fixed_cols.items()},
                       **{p: theta[:, j:j + 1] for j, p in enumerate(free)}}

    def residuals(xr, rows):
        r = (fam_cls(t[rows, :1]).logf(t[rows], params(xr, rows)[1]) - ly[rows]) * w[rows]
        cost = (r ** 2).sum(axis=1)
        return r, np.where(np.isfinite(cost), cost, np.inf)

    everyone = np.arange(S)
    r, cost = residuals(x, everyone)
    lam, nu = np.full(S, 1e-3), np.full(S, 2.0)
    active = (counts >= nfree) & np.isfinite(cost)
    converged = np.zeros(S, bool)
    eye = np.eye(nfree)
    for _ in range(max_iter):
        idx = np.flatnonzero(active)
        if not idx.size:
            break
        xi, ri, ci = x[idx], r[idx], cost[idx]
        theta, p = params(xi, idx)
        d = fam_cls(t[idx, :1]).dlogf(t[idx], p)
        scale = np.where(logged, theta, 1.0)                                   # chain rule into log coordinates
        J = np.stack([d[name] * w[idx] for name in free], axis=-1) * scale[:, None, :]
        J = np.where(np.isfinite(J), J, 0.0)
        g = np.einsum("snp,sn->sp", J, ri)
        # a coordinate on an edge that the descent direction pushes past is held there
        held = ((xi <= xlo[idx]) & (g > 0)) | ((xi >= xhi[idx]) & (g < 0))
        g = np.where(held, 0.0, g)
        J = np.where(held[:, None, :], 0.0, J)
        A = np.einsum("snp,snq->spq", J, J)
        diag = np.einsum("spp->sp", A)
        ridge = lam[idx, None] * diag + 1e-15 * (1 + diag.sum(1, keepdims=True)) + held   # never exactly singular
        step = np.linalg.solve(A + ridge[:, :, None] * eye, -g[..., None])[..., 0]
        trial = np.clip(xi + np.where(np.isfinite(step), step, 0.0), xlo[idx], xhi[idx])
        r_t, cost_t = residuals(trial, idx)
        better = cost_t <= ci
        # the damping follows how well the linear model predicted the decrease (Nielsen's rule)
        taken = trial - xi
        predicted = -2 * np.einsum("sp,sp->s", taken, g) - np.einsum("sp,spq,sq->s", taken, A, taken)
        gain = np.where(predicted > 0, (ci - cost_t) / np.where(predicted > 0, predicted, 1.0), 0.0)
        # converged: an undamped step that no longer lowers the sum of squares, or a gradient that is gone
        small = ((np.abs(ci - cost_t) <= tol * np.maximum(ci, 1e-300)) & (lam[idx] <= 1)) | (
            np.abs(g).max(1) <= 1e-14 * (1 + ci))
        take = idx[better]
        x[take], r[take], cost[take] = trial[better], r_t[better], cost_t[better]
        lam[idx] = np.where(better, lam[idx] * np.maximum(1 / 3, 1 - (2 * gain - 1) ** 3), lam[idx] * nu[idx])
        nu[idx] = np.where(better, 2.0, nu[idx] * 2)
        # no step however small lowers the sum of squares: a minimum to the precision of the floats
        done = small | (cost[idx] < 1e-28) | (lam[idx] > 1e16)
        converged[idx[done]] = True
        active[idx[done]] = False
    theta = params(x, everyone)[0]
    out = {**{k: np.full(S, float(v)) for k, v in fixed.items()}, **{q: theta[:, j] for j, q in enumerate(free)}}
    message = np.where(converged, "", f"no convergence in {max_iter} Levenberg-Marquardt steps").astype(object)
    hit = np.isclose(theta, lo, rtol=1e-6, atol=0) | np.isclose(theta, hi, rtol=1e-6, atol=0)
    # as many points as parameters: the closed form where the family has one, else the curve must pass
    solved = fam.closed(t[:, :nfree], y[:, :nfree]) if not fixed and exact.any() else None
    if solved is not None:
        c_params, applies, ok = solved
        rows = exact & applies
        for q in free:
            out[q] = np.where(rows & ok, c_params[q], out[q])
        cost = np.where(rows & ok, 0.0, cost)
        converged = np.where(rows, ok, converged)
        message[rows] = np.where(ok[rows], "", f"no {fam_cls.name} curve passes through these {nfree} points")
        exact_by_form = rows
    else:
        exact_by_form = np.zeros(S, bool)
    # solved by least squares through every point: the curve must pass through them, as fit requires
    through = exact & ~exact_by_form & converged & ~(np.abs(r).max(axis=1) <= 1e-6)
    converged &= ~through
    message[through] = f"no {fam_cls.name} curve passes through these {nfree} points"
    few = counts < nfree
    converged &= ~few
    message[few] = [f"{fam_cls.name} has {nfree} free parameters ({', '.join(free)}) but only {c} points; "
                    + ("give cap=..." if "cap" in free else "give more points") for c in counts[few]]
    return out, cost, converged, exact, hit & (converged & ~exact)[:, None], free, message


# ----------------------------------------------------------------------------------------- public
def fit_panel(frame, family: str = "logistic", *, loss: str = "log", cap: float | None = None, max_iter: int = 500,
              tol: float = 1e-12):
    """Fit one growth-curve family to every series of a tidy panel at once.

    Parameters
    ----------
    frame : pandas.DataFrame or dask.dataframe.DataFrame
        Tidy rows with ``series``, ``year`` and ``value`` (and ``item``, when
        series have items: each (series, item) is fitted on its own).
    family : str, default "logistic"
        A family whose class is ``batched`` (exponential, logistic, gompertz,
        richards and any registered one that says so); the others raise and
        name these.
    loss : {"log"}
        Least squares on log values, as :func:`aimarket.fit`.
    cap : float, optional
        Hold the ceiling of a logistic or Gompertz curve at this level for every
        series, as ``fit(..., cap=...)`` does (a series whose data reach it gets a message).
    max_iter : int, default 500
        Levenberg-Marquardt steps at most.
    tol : float, default 1e-12
        Relative change of the sum of squares below which a series has converged.

    Returns
    -------
    pandas.DataFrame or dask.dataframe.DataFrame
        One row per series: its keys, the parameters under the names
        :func:`aimarket.fit` uses, ``t0`` (the first year), ``n``, ``sse``
        (sum of squared log residuals), ``converged``, ``exact`` (as many
        points as parameters), ``at_bound`` (a parameter the data cannot pin
        ends on the edge of the search box :func:`aimarket.fit` uses, where
        ``fit`` leaves it too and says "stuck on a bound") and ``message``
        (why a series could not be fitted, or which parameter is on a bound).

    Raises
    ------
    ValueError
        Missing columns, a duplicate (series, year), a non-positive or
        non-finite value, or a series with fewer than two points, naming the
        series and the row; an unknown or unbatched family.

    Examples
    --------
    >>> import aimarket as am, pandas as pd
    >>> frame = pd.DataFrame({"series": ["a"] * 3 + ["b"] * 3, "year": [2020, 2025, 2030] * 2,
    ...                       "value": [10, 50, 90, 5, 20, 60]})
    >>> am.fit_panel(frame, "logistic")[["series", "cap", "exact"]].round(1)
      series    cap  exact
    0      a  100.0   True
    1      b  140.0   True
    """
    if not isinstance(family, str) or family not in FAMILIES:
        raise unknown("family", family, FAMILIES)
    fam = FAMILIES[family]
    if not fam.batched:
        raise ValueError(f"family: {family!r} is not fitted in batches; fit_panel fits {', '.join(_batched())} "
                         "(fit the others series by series with aimarket.fit)")
    if not isinstance(loss, str) or loss not in _LOSSES:
        raise unknown("loss", loss, _LOSSES)
    max_iter = check_int(max_iter, "max_iter", low=1, high=100_000)
    tol = float(as_float_array(tol, "tol")[0])
    if not 0 < tol < 1:
        raise ValueError(f"tol must be a number between 0 and 1, got {tol!r}")
    if cap is not None:
        if not fam.saturating:
            raise ValueError(f"cap: the {family} family does not saturate; use {' or '.join(_saturating())}")
        cap = float(as_float_array(cap, "cap")[0])
        if not 0 < cap < np.inf:
            raise ValueError(f"cap must be a positive finite number, got {cap!r}")
    if _is_dask(frame):
        keys = ["series", "item"] if "item" in frame.columns else ["series"]
        meta = fit_panel(frame._meta, family, loss=loss, cap=cap, max_iter=max_iter, tol=tol)
        return frame.shuffle(on=keys).map_partitions(fit_panel, family, loss=loss, cap=cap, max_iter=max_iter,
                                                     tol=tol, meta=meta)
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"frame must be a pandas or Dask DataFrame, got {type(frame).__name__}")
    keys = ["series", "item"] if "item" in frame.columns else ["series"]
    first, t, y, mask, counts = _panel_arrays(frame, keys)
    columns = [*fam.params, "t0", "n", "sse", "converged", "exact", "at_bound", "message"]
    if len(counts) == 0:
        return pd.DataFrame({c: pd.Series(dtype=frame[c].dtype if c in keys else
                                          (bool if c in ("converged", "exact", "at_bound") else
                                           object if c == "message" else "int64" if c == "n" else float))
                             for c in [*keys, *columns]})
    fixed = {} if cap is None else {"cap": cap}
    below = np.zeros(len(counts), bool) if cap is None else y.max(axis=1) >= cap
    with np.errstate(all="ignore"):
        params, sse, conv, exact, hit, free, message = _solve(fam, t, y, mask.astype(float), counts, fixed,
                                                               max_iter, tol)
    conv &= ~below
    for i in np.flatnonzero(below):
        message[i] = f"cap: {cap:g} is at or below the largest value {y[i].max():g}; a ceiling must exceed the data"
    at_bound = hit.any(axis=1) & conv
    for i in np.flatnonzero(at_bound):
        names = [p for p, h in zip(free, hit[i]) if h]
        message[i] = (f"stuck on a bound: {', '.join(names)} at the edge of the search box, so the data do not pin "
                      f"{'it' if len(names) == 1 else 'them'} down (fit with cap=... or another family)")
    out = first.copy()
    for name in fam.params:
        out[name] = np.where(conv, params[name], np.nan)
    out["t0"] = t[:, 0]
    out["n"] = counts.astype("int64")
    out["sse"] = np.where(conv, sse, np.nan)
    out["converged"], out["exact"], out["at_bound"] = conv, exact, at_bound
    out["message"] = list(message)
    out.attrs = {"family": family, "loss": loss}
    return out


def _saturating() -> list:
    return [name for name in _batched() if FAMILIES[name].saturating]


def predict_panel(fits: pd.DataFrame, years, *, family: str | None = None) -> pd.DataFrame:
    """The fitted curves of :func:`fit_panel` at ``years``: one row per series and year.

    A series whose fit failed (NaN parameters and a ``message`` saying why) gets NaN values, with its
    ``message`` carried to its rows; every other parameter must be a number the family's curve takes.

    Raises
    ------
    TypeError
        Text, True or False in a parameter column, naming ``fits``, the column and the row.
    ValueError
        A parameter outside the family's (a logistic's ``k`` at or below 0), a ``t0`` that is not a year, or
        NaN in a row with no ``message``, naming ``fits``, the row, the column and the series; an index
        label ``fits`` holds twice.

    Examples
    --------
    >>> import aimarket as am, pandas as pd
    >>> frame = pd.DataFrame({"series": ["a", "a"], "year": [2020, 2030], "value": [100.0, 400.0]})
    >>> am.predict_panel(am.fit_panel(frame, "exponential"), [2025])["value"].round(6).tolist()
    [200.0]
    """
    if not isinstance(fits, pd.DataFrame):
        raise TypeError(f"fits must be a DataFrame from fit_panel, got {type(fits).__name__}")
    if family is None:
        family = fits.attrs.get("family")
    if not isinstance(family, str) or family not in FAMILIES or not FAMILIES[family].batched:
        raise ValueError(f"family: give the family the fits are of ({', '.join(_batched())}), got {family!r}")
    fam = FAMILIES[family]
    if not fits.index.is_unique:
        twice = fits.index[fits.index.duplicated()][0]
        raise ValueError(f"fits: the index holds {plain(twice)!r} more than once (as after pd.concat of two fit_panel "
                         "results); give each row its own label, e.g. fits.reset_index(drop=True)")
    keys = [c for c in ("series", "item") if c in fits.columns]
    missing = [p for p in (*fam.params, "t0") if p not in fits.columns]
    if missing:
        raise ValueError(f"fits is missing the {family} column(s) {missing} (fit_panel gives them; t0 is each "
                         "series' first year)")
    yrs = np.atleast_1d(as_float_array(years, "years")[0])
    check_finite(yrs, "years")
    if yrs.ndim != 1:
        raise ValueError(f"years must be one-dimensional, got shape {yrs.shape}")
    if yrs.size and np.abs(yrs).max() > 1e6:
        raise ValueError(f"years must lie within +/-1,000,000, got {plain(yrs[np.abs(yrs).argmax()])!r}")
    S = len(fits)
    said = fits["message"].map(lambda m: isinstance(m, str) and bool(m.strip())).to_numpy(bool) \
        if "message" in fits.columns else np.zeros(S, bool)
    p = {}
    for k in (*fam.params, "t0"):
        v = _numbers(fits[k], "fits", k)
        if k == "t0":
            bad = ~np.isfinite(v) | (np.abs(v) > 1e6)
            what, why = "a finite year within +/-1,000,000, the series' first year", ""
        else:  # NaN is a failed fit when its row says why
            bad = fam.outside(k, v) & ~(np.isnan(v) & said)
            what = f"a finite number{fam.interval_words(k)}"
            why = "; a failed fit has NaN parameters and a message saying why"
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            why = why if np.isnan(v[i]) else ""
            series = f" (series {_name(fits, keys, i)})" if keys else ""
            raise ValueError(f"fits, row {i}, column {k!r}: {plain(fits[k].iloc[i])!r} is not {what}{series}{why}")
        p[k] = v[:, None]
    t0 = p.pop("t0")
    with np.errstate(all="ignore"):
        value = fam(t0).f(np.broadcast_to(yrs, (S, len(yrs))), p)
    over = np.isinf(value)
    if over.any():
        i, j = (int(k[0]) for k in np.nonzero(over))
        raise ValueError(f"years: the {family} curve of series {', '.join(map(repr, fits[keys].iloc[i]))} "
                         f"passes the float range by {plain(yrs[j])!r}")
    out = fits[keys].loc[fits.index.repeat(len(yrs))].reset_index(drop=True)
    out["year"] = np.tile(yrs, S)
    out["value"] = value.ravel()
    if "message" in fits.columns:
        out["message"] = np.repeat(fits["message"].to_numpy(dtype=object), len(yrs))
    return out


def forecast_panel(frame, until: int, family: str = "logistic", *, method: str | None = None, level: float = 0.8,
                   **kwargs) -> pd.DataFrame:
    """Forecast every series of a tidy panel to ``until``.

    Without ``method``, fit one family to every series with :func:`fit_panel`
    and predict each from the panel's last year. With ``method`` (``"auto"``
    or a smoothing member of :func:`aimarket.forecast`), the library's
    forecast with its interval at ``level``: series on the same consecutive
    annual years (eight or more) are forecast together, vectorised, in
    batches, as :func:`aimarket.forecast` does except that the damped members
    are the grid's fits (no optimiser per series); the rest one by one
    with :func:`aimarket.forecast`. Then the frame has ``low``, ``high`` and
    ``method``, and ``attrs["skill"]`` one row per series with its
    ``backtest_mape``, ``coverage`` and ``interval``: how its interval was
    made, or why it has none (its ``low`` and ``high`` NaN), as
    :func:`aimarket.forecast`'s ``attrs["interval"]`` says.

    Examples
    --------
    >>> import aimarket as am, pandas as pd
    >>> frame = pd.DataFrame({"series": ["a", "a"], "year": [2020, 2030], "value": [100.0, 400.0]})
    >>> am.forecast_panel(frame, 2032, "exponential")["year"].tolist()
    [2031.0, 2032.0]
    >>> frame = pd.DataFrame({"series": ["a"] * 10, "year": range(2015, 2025), "value": [1.1 ** i for i in range(10)]})
    >>> am.forecast_panel(frame, 2026, method="auto")[["year", "method"]].values.tolist()
    [[2025, 'auto'], [2026, 'auto']]
    """
    if isinstance(until, (bool, np.bool_)) or not isinstance(until, (int, np.integer)):
        raise TypeError(f"until must be a whole year, got {until!r} ({type(until).__name__})")
    if method is None:
        fits = fit_panel(frame, family, **kwargs)
        if fits.empty:
            raise ValueError("frame has no rows: there is no series to forecast")
        years = pd.to_numeric(frame["year"]).to_numpy(float)
        _whole_years(years, until)
        last = int(years.max())
        return predict_panel(fits, np.arange(last + 1, until + 1), family=family)
    from .curves.forecast import POOL_FROM, forecast_batch

    if kwargs:
        raise TypeError(f"forecast_panel with a method takes no fitting options, got {sorted(kwargs)}")
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"frame must be a pandas DataFrame when a method is given, got {type(frame).__name__}")
    keys = ["series", "item"] if "item" in frame.columns else ["series"]
    first, t, y, mask, counts = _panel_arrays(frame, keys)
    if not len(counts):
        raise ValueError("frame has no rows: there is no series to forecast")
    _whole_years(t[mask], until)
    consecutive = (counts >= POOL_FROM) & np.all((np.diff(t, axis=1) == 1) | ~mask[:, 1:], axis=1)
    groups = pd.Series(np.arange(len(counts))).groupby([np.where(consecutive, counts, -1 - np.arange(len(counts))),
                                                        t[:, 0]], sort=False)
    parts, skill = [], []
    for (n, _), rows in groups:
        rows = rows.to_numpy()
        if n > 0:
            got = forecast_batch(t[rows[0], :n], y[rows, :n], until, method=method, level=level)
            parts.append(_tidy(first.iloc[rows], got["year"], got["value"], got["low"], got["high"], method))
            skill.append((rows, got["backtest_mape"], got["coverage"], got["interval"]))
        else:
            from .curves import forecast

            i = rows[0]
            try:
                f = forecast(t[i, mask[i]], y[i, mask[i]], until, method=method, level=level)
            except ValueError as exc:
                raise type(exc)(f"series {', '.join(map(repr, first.iloc[i]))}: {exc}") from exc
            parts.append(_tidy(first.iloc[[i]], f["year"].to_numpy(), f["value"].to_numpy()[None],
                               f["low"].to_numpy()[None], f["high"].to_numpy()[None], method))
            skill.append(([i], [f.attrs["backtest_mape"]], [f.attrs["coverage"]], [f.attrs["interval"]]))
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=[*keys, "year", "value", "low",
                                                                                  "high", "method"])
    rows, mape, coverage, interval = (np.concatenate(a) for a in zip(*skill)) if skill else ([], [], [], [])
    out.attrs = {"method": method, "level": level, "skill": first.iloc[rows].reset_index(drop=True).assign(
        backtest_mape=np.asarray(mape, float), coverage=np.asarray(coverage, float),
        interval=np.asarray(interval, dtype=object))}
    return out


def _whole_years(years: np.ndarray, until: int) -> None:
    """A forecast runs over whole years, from after the data's last to ``until``, as :func:`aimarket.forecast`'s."""
    from .curves.forecast import _check_until

    part = years != np.round(years)
    if part.any():
        raise ValueError(f"frame, column 'year': a forecast needs whole years, got {years[part][0]:g}")
    _check_until(until, years.max())


def _tidy(keys: pd.DataFrame, years, value, low, high, method) -> pd.DataFrame:
    """Rows (series x years) of forecasts as a tidy frame."""
    out = keys.loc[keys.index.repeat(len(years))].reset_index(drop=True)
    out["year"] = np.tile(years, len(keys))
    out["value"], out["low"], out["high"] = value.ravel(), low.ravel(), high.ravel()
    out["method"] = method
    return out


def audit_panel(claims, *, percent=False):
    """Rounding-aware checks of stated growth rates over a frame of claims, vectorised.

    Parameters
    ----------
    claims : pandas.DataFrame or dask.dataframe.DataFrame
        One row per stated rate: ``reported`` (a fraction), ``start``, ``end``,
        ``periods`` (as labelled), ``rate_step`` and optionally ``start_step``
        and ``end_step``.
    percent : bool, default False
        ``reported`` and ``rate_step`` are given in percent (28.2 and 0.1 for 28.2%), as
        :func:`~aimarket.growth.reconcile_rate` takes them; ``recomputed``, ``low`` and ``high`` are
        fractions either way.

    Returns
    -------
    The frame with ``recomputed``, ``low``, ``high`` (what the rounding of the
    values allows), ``verdict`` over the labelled periods, and ``periods_hold``:
    the period counts from 1 to 30 for which the rate holds, as text
    (``"5"``, ``"4 5"``, or ``""``).

    Examples
    --------
    >>> import aimarket as am, pandas as pd
    >>> c = pd.DataFrame({"reported": [0.282], "start": [2058], "end": [7119], "periods": [4], "rate_step": [0.001]})
    >>> am.audit_panel(c)[["verdict", "periods_hold"]].values.tolist()
    [['inconsistent', '5']]
    """
    if not isinstance(percent, (bool, np.bool_)):
        raise TypeError(f"percent must be True or False, got {percent!r}")
    if _is_dask(claims):
        return claims.map_partitions(audit_panel, percent=percent, meta=audit_panel(claims._meta, percent=percent))
    if not isinstance(claims, pd.DataFrame):
        raise TypeError(f"claims must be a pandas or Dask DataFrame, got {type(claims).__name__}")
    need = ["reported", "start", "end", "periods", "rate_step"]
    missing = [c for c in need if c not in claims.columns]
    if missing:
        raise ValueError(f"claims is missing column(s) {missing}; it needs {need}")
    out = claims.copy()
    a = {c: _numbers(claims[c], "claims", c) for c in need}
    for c in ("start_step", "end_step"):
        a[c] = _numbers(claims[c], "claims", c) if c in claims.columns else np.zeros(len(claims))
    if percent:
        a["reported"], a["rate_step"] = a["reported"] / 100, a["rate_step"] / 100
    if len(claims) == 0:
        for c, dtype in (("verdict", object), ("recomputed", float), ("low", float), ("high", float), ("periods_hold", object)):
            out[c] = pd.Series(dtype=dtype)
        return out
    args = dict(rate_step=a["rate_step"], start_step=a["start_step"], end_step=a["end_step"])
    try:
        verdict = reconcile_rate(a["reported"], a["start"], a["end"], a["periods"], **args)
        low, high = cagr_bounds(a["start"], a["end"], a["periods"], start_step=a["start_step"], end_step=a["end_step"])
    except ValueError:
        _refuse_row(a)
        raise
    out["verdict"] = verdict
    out["recomputed"] = np.expm1(log_ratio(a["end"], a["start"]) / a["periods"])
    out["low"], out["high"] = low, high
    # a count holds unless its verdict is 'inconsistent': the rates the rounding allows meet the printed one's;
    # a count over which the highest rate passes the float range holds no finite printed rate
    counts = np.arange(1, 31, dtype=float)
    with np.errstate(over="ignore"):
        e_hi = np.minimum(a["end"] + a["end_step"] / 2, np.finfo(np.float64).max)
    over = log_ratio(e_hi, a["start"] - a["start_step"] / 2)[:, None] / counts[None, :] > _LOG_MAX
    lo, hi = cagr_bounds(a["start"][:, None], a["end"][:, None], np.where(over, 1e300, counts[None, :]),
                         start_step=a["start_step"][:, None], end_step=a["end_step"][:, None])
    half = a["rate_step"][:, None] / 2 + TOLERANCE
    holds = (hi >= a["reported"][:, None] - half) & (lo <= a["reported"][:, None] + half) & ~over
    out["periods_hold"] = _count_lists(holds)
    return out


def _refuse_row(a: dict) -> None:
    """The first row of claims whose own values the rate checks refuse, named (the checks ran on whole columns)."""
    for i in range(len(a["reported"])):
        row = {c: float(v[i]) for c, v in a.items()}
        try:
            reconcile_rate(row["reported"], row["start"], row["end"], row["periods"], rate_step=row["rate_step"],
                           start_step=row["start_step"], end_step=row["end_step"])
            cagr_bounds(row["start"], row["end"], row["periods"], start_step=row["start_step"],
                        end_step=row["end_step"])
        except ValueError as exc:
            raise ValueError(f"claims, row {i}: {exc}") from None


def _count_lists(holds: np.ndarray) -> list[str]:
    """Each row's true columns as 1-based counts in text ("4 5"), grouped by pattern so the join runs once each."""
    patterns, inverse = np.unique(np.packbits(holds, axis=1), axis=0, return_inverse=True)
    text = [" ".join(str(c + 1) for c in np.flatnonzero(np.unpackbits(p)[:holds.shape[1]])) for p in patterns]
    return list(np.asarray(text, dtype=object)[inverse.reshape(-1)])
