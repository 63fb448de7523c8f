"""Growth curves and rate checks over panels of thousands of series at once.

:func:`fit_panel` fits one family to every series of a tidy frame in one
vectorised pass: the exponential by least squares on log values (closed form),
the logistic and Gompertz curves through three equally spaced points by their
closed forms, and with more points by a batched Levenberg-Marquardt solver with
analytic Jacobians on log residuals, the loss :func:`aimarket.fit` minimises. A
series that cannot be fitted gets a row with its reason; it never stops the
panel. :func:`audit_panel` runs the rounding-aware rate checks over a frame of
claims. Both accept a Dask DataFrame and return one, so the same call runs on
a laptop's local cluster or a remote one.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._validate import as_float_array, check_finite, check_int
from .curves import FAMILIES
from .errors import unknown
from .growth import _TOL, _log_ratio, cagr_bounds, reconcile_rate

__all__ = ["fit_panel", "predict_panel", "forecast_panel", "audit_panel", "BATCHED"]

#: the families fitted in batches; the others are fitted one series at a time by :func:`aimarket.fit`
BATCHED = ("exponential", "logistic", "gompertz")
_PARAMS = {f: FAMILIES[f].params for f in BATCHED}
_LOSSES = ("log",)


def _is_dask(frame) -> bool:
    return type(frame).__module__.split(".")[0] in ("dask", "dask_expr")


# ----------------------------------------------------------------------------------------- input
def _panel_arrays(frame: pd.DataFrame, keys: list[str]):
    """Validate a tidy panel and pad it into arrays: series x points, with a mask for shorter series."""
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
        values = pd.to_numeric(df[col], errors="coerce").to_numpy(dtype=float)
        bad = ~np.isfinite(values) | ((values <= 0) if col == "value" else np.zeros(len(values), bool))
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            what = "a positive finite number" if col == "value" else "a finite year"
            raise ValueError(f"frame, row {i}, column {col!r}: {frame[col].iloc[i]!r} is not {what} "
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
    pos = np.arange(len(df)) - np.repeat(np.cumsum(counts) - counts, counts)
    t, y = np.zeros((S, N)), np.ones((S, N))
    mask = np.zeros((S, N), dtype=bool)
    t[codes, pos], y[codes, pos], mask[codes, pos] = df["year"].to_numpy(), df["value"].to_numpy(), True
    first = df.drop_duplicates(keys)[keys].reset_index(drop=True)
    return first, t, y, mask, counts


def _name(df: pd.DataFrame, keys: list[str], i: int) -> str:
    return ", ".join(repr(df[k].iloc[i]) for k in keys)


# ----------------------------------------------------------------------------------------- families
def _exponential(t, y, mask, counts):
    """Least squares on log values, per series: log y = a + b (t - t0)."""
    w = mask.astype(float)
    t0 = t[:, 0:1]
    x, ly = (t - t0) * w, np.log(y) * w
    n = counts.astype(float)
    sx, sy = x.sum(1), ly.sum(1)
    sxx, sxy = (x * x).sum(1), (x * ly).sum(1)
    b = (n * sxy - sx * sy) / (n * sxx - sx * sx)
    a = (sy - b * sx) / n
    resid = (a[:, None] + b[:, None] * (t - t0) - np.log(y)) * w
    params = {"start": np.exp(a), "rate": np.expm1(b), "t0": t[:, 0]}
    sse = (resid ** 2).sum(1)
    exact = counts == 2
    return params, np.where(exact, 0.0, sse), np.ones(len(n), bool), exact, np.zeros(len(n), bool), [""] * len(n)


def _sigmoid_log(family: str, t, cap, k, tm):
    """log f and its derivatives by (log of cap above the data, log k, t_mid): series x points each."""
    z = np.clip(-k[:, None] * (t - tm[:, None]), -300, 300)
    if family == "logistic":
        logf = np.log(cap)[:, None] - np.logaddexp(0, z)       # log(cap / (1 + e^z))
        h = 0.5 * (1 + np.tanh(z / 2))                         # e^z / (1 + e^z), without overflow
    else:
        h = np.exp(z)
        logf = np.log(cap)[:, None] - h
    return logf, h


def _sigmoid_closed(family: str, t, y):
    """Three equally spaced points: the closed forms of :mod:`aimarket.curves`, for every series at once."""
    u = 1 / y if family == "logistic" else np.log(y)
    den = u[:, 0] + u[:, 2] - 2 * u[:, 1]
    with np.errstate(all="ignore"):
        c = (u[:, 0] * u[:, 2] - u[:, 1] ** 2) / den
        h = t[:, 1] - t[:, 0]
        if family == "logistic":
            ok = (c > 0) & (u[:, 0] > u[:, 1]) & (u[:, 1] > u[:, 2]) & (u[:, 2] > c)
            k = -np.log((u[:, 1] - c) / (u[:, 0] - c)) / h
            cap, tm = 1 / c, t[:, 0] + np.log((u[:, 0] - c) / c) / k
        else:
            ok = np.isfinite(c) & (c > u[:, 2]) & (c - u[:, 0] > c - u[:, 1]) & (c - u[:, 1] > c - u[:, 2])
            k = -np.log((c - u[:, 1]) / (c - u[:, 0])) / h
            cap, tm = np.exp(c), t[:, 0] + np.log(c - u[:, 0]) / k
    return cap, k, tm, ok & np.isfinite(cap) & np.isfinite(k) & np.isfinite(tm)


def _sigmoid(family: str, t, y, mask, counts, max_iter: int, tol: float, fixed_cap: float | None = None):
    """Batched Levenberg-Marquardt on log residuals, in log cap and log k (both stay positive; with noise
    the cap may fall below the largest point, as in :func:`aimarket.fit`), or with the cap held at ``fixed_cap``."""
    S = len(counts)
    w = mask.astype(float)
    ly = np.log(y)
    ymax = np.where(mask, y, 0).max(1)
    span = t.max(1, where=mask, initial=-np.inf) - t[:, 0]
    # self-start as aimarket.fit does: a cap at twice the data, then a line through the linearised points
    cap0 = 2 * ymax if fixed_cap is None else np.full(S, fixed_cap)
    below = cap0 <= ymax                      # a fixed cap at or below a series' data: no curve
    cap0 = np.where(below, 2 * ymax, cap0)
    share = np.clip(y / cap0[:, None], 1e-12, 1 - 1e-12)
    lin = np.log(share / (1 - share)) if family == "logistic" else -np.log(-np.log(share))
    n = counts.astype(float)
    x = (t - t[:, :1]) * w
    sx, sl, sxx, sxl = x.sum(1), (lin * w).sum(1), (x * x).sum(1), (x * lin * w).sum(1)
    k0 = np.maximum((n * sxl - sx * sl) / (n * sxx - sx * sx), 1e-3)
    tm0 = t[:, 0] + ((sl - k0 * sx) / n) * -1 / k0
    theta = np.stack([np.log(cap0), np.log(k0), tm0], axis=1)     # series x 3: log cap, log k, t_mid

    def evaluate(th, rows):
        """Residuals and curve pieces of the series ``rows`` at parameters ``th`` (rows x 3)."""
        cap, k, tm = np.exp(th[:, 0]), np.exp(th[:, 1]), th[:, 2]
        logf, h = _sigmoid_log(family, t[rows], cap, k, tm)
        return (logf - ly[rows]) * w[rows], cap, k, tm, h

    everyone = np.arange(S)
    r, cap, k, tm, h = evaluate(theta, everyone)
    cost = (r ** 2).sum(1)
    lam = np.full(S, 1e-3)
    active = np.ones(S, bool)
    converged = np.zeros(S, bool)
    eye = np.eye(3)
    free_cap = float(fixed_cap is None)
    nfree = 3 if fixed_cap is None else 2
    active &= (counts >= nfree) & ~below
    for _ in range(max_iter):
        idx = np.flatnonzero(active)
        if not idx.size:
            break
        wi, hi_, ki = w[idx], h[idx], k[idx, None]
        J = np.empty((len(idx), t.shape[1], 3))
        J[..., 0] = wi * free_cap                                                  # d log f / d log cap
        J[..., 1] = ki * (t[idx] - tm[idx, None]) * hi_ * wi                       # d log f / d log k
        J[..., 2] = -ki * hi_ * wi                                                 # d log f / d t_mid
        A = np.einsum("snp,snq->spq", J, J)
        g = np.einsum("snp,sn->sp", J, r[idx])
        A, g = np.nan_to_num(A, posinf=1e300), np.nan_to_num(g)
        diag = np.einsum("spp->sp", A)
        ridge = lam[idx, None] * diag + 1e-12 * (1 + diag.sum(1, keepdims=True))   # never exactly singular
        step = np.linalg.solve(A + ridge[:, :, None] * eye, -g[..., None])[..., 0]
        trial = theta[idx] + step
        trial = np.where(np.isfinite(trial), trial, theta[idx])
        r_t, cap_t, k_t, tm_t, h_t = evaluate(trial, idx)
        cost_t = (r_t ** 2).sum(1)
        better = np.isfinite(cost_t) & (cost_t <= cost[idx])
        # converged: an undamped step that no longer lowers the sum of squares, or a gradient that is gone
        small = ((np.abs(cost[idx] - cost_t) <= tol * np.maximum(cost[idx], 1e-300)) & (lam[idx] <= 1)) | (
            np.abs(g).max(1) <= 1e-14 * (1 + cost[idx]))
        take = idx[better]
        theta[take] = trial[better]
        r[take], cap[take], k[take], tm[take], h[take] = r_t[better], cap_t[better], k_t[better], tm_t[better], h_t[better]
        cost[take] = cost_t[better]
        lam[idx] = np.where(better, lam[idx] / 3, lam[idx] * 2)
        done = small | (cost[idx] < 1e-28)
        stuck = lam[idx] > 1e16
        converged[idx[done]] = True
        active[idx[done | stuck]] = False
    message = np.where(converged, "", f"no convergence in {max_iter} Levenberg-Marquardt steps").tolist()
    at_bound = (cap <= ymax * 1e-6) | (k <= 1e-4) | (k >= 10) | (np.abs(tm - t[:, 0]) > 10 * span + 50)
    exact = counts == nfree
    few = counts < nfree
    for i in np.flatnonzero(few):
        message[i] = f"{family} has 3 free parameters (cap, k, t_mid) but only {counts[i]} points; give cap=..."
    for i in np.flatnonzero(below):
        message[i] = f"cap {fixed_cap:g} is at or below the largest value {ymax[i]:g}; a ceiling must exceed the data"
    converged &= ~few & ~below
    spaced = (np.abs(np.diff(t[:, :3], 2, axis=1))[:, 0] <= 1e-9 * np.abs(t[:, 0])) if t.shape[1] >= 3 else False
    closed = exact & (fixed_cap is None) & spaced
    if closed.any():
        c_cap, c_k, c_tm, ok = _sigmoid_closed(family, t[closed][:, :3], y[closed][:, :3])
        rows = np.flatnonzero(closed)
        cap[rows[ok]], k[rows[ok]], tm[rows[ok]] = c_cap[ok], c_k[ok], c_tm[ok]
        cost[rows[ok]], converged[rows[ok]] = 0.0, True
        for i in rows[~ok]:
            converged[i] = False
            message[i] = f"no {family} curve passes through these 3 points"
    return {"cap": cap, "k": k, "t_mid": tm}, cost, converged, exact, at_bound & ~exact, message


# ----------------------------------------------------------------------------------------- public
def fit_panel(frame, family: str = "logistic", *, loss: str = "log", cap: float | None = None, max_iter: int = 500,
              tol: float = 1e-12):
    """Fit one growth-curve family to every series of a tidy panel at once.

    Parameters
    ----------
    frame : pandas.DataFrame or dask.dataframe.DataFrame
        Tidy rows with ``series``, ``year`` and ``value`` (and ``item``, when
        series have items: each (series, item) is fitted on its own).
    family : {"exponential", "logistic", "gompertz"}
        The batched families; the others raise and name these.
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
        :func:`aimarket.fit` uses, ``n``, ``sse`` (sum of squared log
        residuals), ``converged``, ``exact`` (as many points as parameters),
        ``at_bound`` and ``message`` (why a series could not be fitted).

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
    if family not in BATCHED:
        raise ValueError(f"family: {family!r} is not fitted in batches; fit_panel fits {', '.join(BATCHED)} "
                         "(fit the others series by series with aimarket.fit)")
    if not isinstance(loss, str) or loss not in _LOSSES:
        raise unknown("loss", loss, _LOSSES)
    max_iter = check_int(max_iter, "max_iter", low=1, high=100_000)
    tol = float(as_float_array(tol, "tol")[0])
    if not 0 < tol < 1:
        raise ValueError(f"tol must be a number between 0 and 1, got {tol!r}")
    if cap is not None:
        if family == "exponential":
            raise ValueError("cap: the exponential family does not saturate; use logistic or gompertz")
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
    if len(counts) == 0:
        columns = [*keys, *_PARAMS[family], "n", "sse", "converged", "exact", "at_bound", "message"]
        empty = pd.DataFrame({c: pd.Series(dtype=frame[c].dtype if c in keys else
                                           (bool if c in ("converged", "exact", "at_bound") else
                                            object if c == "message" else float if c != "n" else "int64"))
                              for c in columns})
        return empty
    with np.errstate(all="ignore"):
        if family == "exponential":
            params, sse, conv, exact, at_bound, message = _exponential(t, y, mask, counts)
        else:
            params, sse, conv, exact, at_bound, message = _sigmoid(family, t, y, mask, counts, max_iter, tol, cap)
    out = first.copy()
    for name in (*_PARAMS[family], *(["t0"] if family == "exponential" else [])):
        out[name] = np.where(conv, params[name], np.nan)
    out["n"] = counts.astype("int64")
    out["sse"] = np.where(conv, sse, np.nan)
    out["converged"], out["exact"], out["at_bound"] = conv, exact, at_bound
    out["message"] = message
    out.attrs = {"family": family, "loss": loss}
    return out


def predict_panel(fits: pd.DataFrame, years, *, family: str | None = None) -> pd.DataFrame:
    """The fitted curves of :func:`fit_panel` at ``years``: one row per series and year.

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
    if not isinstance(family, str) or family not in BATCHED:
        raise ValueError(f"family: give the family the fits are of ({', '.join(BATCHED)}), got {family!r}")
    keys = [c for c in ("series", "item") if c in fits.columns]
    missing = [p for p in _PARAMS[family] if p not in fits.columns]
    if missing:
        raise ValueError(f"fits is missing the {family} parameter column(s) {missing}")
    yrs = np.atleast_1d(as_float_array(years, "years")[0])
    check_finite(yrs, "years")
    if yrs.ndim != 1:
        raise ValueError(f"years must be one-dimensional, got shape {yrs.shape}")
    S = len(fits)
    grid = np.broadcast_to(yrs, (S, len(yrs)))
    p = {k: fits[k].to_numpy(dtype=float)[:, None] for k in _PARAMS[family]}
    with np.errstate(all="ignore"):
        if family == "exponential":
            if "t0" not in fits.columns:
                raise ValueError("fits: the exponential needs each series' first year in a 't0' column (fit_panel adds it)")
            value = p["start"] * np.exp((grid - fits["t0"].to_numpy(float)[:, None]) * np.log1p(p["rate"]))
        elif family == "logistic":
            value = p["cap"] / (1 + np.exp(-p["k"] * (grid - p["t_mid"])))
        else:
            value = p["cap"] * np.exp(-np.exp(-p["k"] * (grid - p["t_mid"])))
    out = fits[keys].loc[fits.index.repeat(len(yrs))].reset_index(drop=True)
    out["year"] = np.tile(yrs, S)
    out["value"] = value.ravel()
    return out


def forecast_panel(frame, until: int, family: str = "logistic", *, method: str | None = None, level: float = 0.8,
                   **kwargs) -> pd.DataFrame:
    """Forecast every series of a tidy panel to ``until``.

    Without ``method``, fit one family to every series with :func:`fit_panel`
    and predict each from the panel's last year. With ``method`` (``"auto"``
    or a smoothing member of :func:`aimarket.forecast`), the library's
    forecast with its interval at ``level``: series on the same consecutive
    annual years (eight or more) are forecast together, vectorised, in
    batches, as :func:`aimarket.forecast` does except that the damped trend of
    log values is the grid fit (no optimiser per series); the rest one by one
    with :func:`aimarket.forecast`. Then the frame has ``low``, ``high`` and
    ``method``, and ``attrs["skill"]`` one row per series with its
    ``backtest_mape`` and ``coverage``.

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
    if method is None:
        fits = fit_panel(frame, family, **kwargs)
        last = int(pd.to_numeric(frame["year"]).max())
        if isinstance(until, bool) or not isinstance(until, (int, np.integer)) or until <= last:
            raise ValueError(f"until must be a year after the data's last year ({last}), got {until!r}")
        return predict_panel(fits, np.arange(last + 1, until + 1), family=family)
    from .curves.forecast import POOL_FROM, forecast_batch

    if kwargs:
        raise TypeError(f"forecast_panel with a method takes no fitting options, got {sorted(kwargs)}")
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"frame must be a pandas DataFrame when a method is given, got {type(frame).__name__}")
    keys = ["series", "item"] if "item" in frame.columns else ["series"]
    first, t, y, mask, counts = _panel_arrays(frame, keys)
    consecutive = (counts >= POOL_FROM) & np.all((np.diff(t, axis=1) == 1) | ~mask[:, 1:], axis=1)
    groups = pd.Series(np.arange(len(counts))).groupby([np.where(consecutive, counts, -1 - np.arange(len(counts))),
                                                        t[:, 0]], sort=False)
    parts, skill = [], []
    for (n, _), rows in groups:
        rows = rows.to_numpy()
        if n > 0:
            got = forecast_batch(t[rows[0], :n], y[rows, :n], until, method=method, level=level)
            parts.append(_tidy(first.iloc[rows], got["year"], got["value"], got["low"], got["high"], method))
            skill.append(first.iloc[rows].assign(backtest_mape=got["backtest_mape"], coverage=got["coverage"]))
        else:
            from .curves import forecast

            i = rows[0]
            try:
                f = forecast(t[i, mask[i]], y[i, mask[i]], until, method=method, level=level)
            except ValueError as exc:
                raise type(exc)(f"series {', '.join(map(repr, first.iloc[i]))}: {exc}") from exc
            parts.append(_tidy(first.iloc[[i]], f["year"].to_numpy(), f["value"].to_numpy()[None],
                               f["low"].to_numpy()[None], f["high"].to_numpy()[None], method))
            skill.append(first.iloc[[i]].assign(backtest_mape=f.attrs["backtest_mape"], coverage=f.attrs["coverage"]))
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=[*keys, "year", "value", "low",
                                                                                  "high", "method"])
    out.attrs = {"method": method, "level": level,
                 "skill": pd.concat(skill, ignore_index=True) if skill else pd.DataFrame(columns=keys)}
    return out


def _tidy(keys: pd.DataFrame, years, value, low, high, method) -> pd.DataFrame:
    """Rows (series x years) of forecasts as a tidy frame."""
    out = keys.loc[keys.index.repeat(len(years))].reset_index(drop=True)
    out["year"] = np.tile(years, len(keys))
    out["value"], out["low"], out["high"] = value.ravel(), low.ravel(), high.ravel()
    out["method"] = method
    return out


def audit_panel(claims):
    """Rounding-aware checks of stated growth rates over a frame of claims, vectorised.

    Parameters
    ----------
    claims : pandas.DataFrame or dask.dataframe.DataFrame
        One row per stated rate: ``reported`` (a fraction), ``start``, ``end``,
        ``periods`` (as labelled), ``rate_step`` and optionally ``start_step``
        and ``end_step``.

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
    if _is_dask(claims):
        return claims.map_partitions(audit_panel, meta=audit_panel(claims._meta))
    if not isinstance(claims, pd.DataFrame):
        raise TypeError(f"claims must be a pandas or Dask DataFrame, got {type(claims).__name__}")
    need = ["reported", "start", "end", "periods", "rate_step"]
    missing = [c for c in need if c not in claims.columns]
    if missing:
        raise ValueError(f"claims is missing column(s) {missing}; it needs {need}")
    out = claims.copy()
    a = {c: pd.to_numeric(claims[c], errors="coerce").to_numpy(dtype=float) for c in need}
    for c in ("start_step", "end_step"):
        a[c] = pd.to_numeric(claims[c], errors="coerce").to_numpy(dtype=float) if c in claims.columns else np.zeros(len(claims))
    if len(claims) == 0:
        for c, dtype in (("verdict", object), ("recomputed", float), ("low", float), ("high", float), ("periods_hold", object)):
            out[c] = pd.Series(dtype=dtype)
        return out
    args = dict(rate_step=a["rate_step"], start_step=a["start_step"], end_step=a["end_step"])
    out["verdict"] = reconcile_rate(a["reported"], a["start"], a["end"], a["periods"], **args)
    out["recomputed"] = np.expm1(_log_ratio(a["end"], a["start"]) / a["periods"])
    out["low"], out["high"] = cagr_bounds(a["start"], a["end"], a["periods"], start_step=a["start_step"],
                                          end_step=a["end_step"])
    # a count holds unless its verdict is 'inconsistent': the rates the rounding allows meet the printed one's
    counts = np.arange(1, 31, dtype=float)
    lo, hi = cagr_bounds(a["start"][:, None], a["end"][:, None], counts[None, :],
                         start_step=a["start_step"][:, None], end_step=a["end_step"][:, None])
    half = a["rate_step"][:, None] / 2 + _TOL
    holds = (hi >= a["reported"][:, None] - half) & (lo <= a["reported"][:, None] + half)
    out["periods_hold"] = _count_lists(holds)
    return out


def _count_lists(holds: np.ndarray) -> list[str]:
    """Each row's true columns as 1-based counts in text ("4 5"), grouped by pattern so the join runs once each."""
    patterns, inverse = np.unique(np.packbits(holds, axis=1), axis=0, return_inverse=True)
    text = [" ".join(str(c + 1) for c in np.flatnonzero(np.unpackbits(p)[:holds.shape[1]])) for p in patterns]
    return list(np.asarray(text, dtype=object)[inverse.reshape(-1)])
