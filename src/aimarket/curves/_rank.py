"""Ranking families on the same data: one likelihood for all, exact fits tied, backtests from six points."""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .._validate import check_names
from ._family import FAMILIES
from ._fit import fit, prepare

__all__ = ["compare", "backtest", "PREFERENCE", "rolling_origin", "rolling_origin_error", "Origins"]

#: how exact fits that tie on parsimony are ordered: the S-curves that extrapolate market sizes best first
#: (Gompertz's slow saturation suits yearly market data), then the rest
PREFERENCE = ("gompertz", "logistic", "richards", "bass", "rise", "exponential", "damped")
#: a fit whose residuals are all below this (root mean square, on its loss scale) passes through every point
EXACT_RMSE = 1e-9
#: fewest points for ranking by rolling-origin backtest instead of an information criterion
BACKTEST_FROM = 6
#: the optimizer's relative tolerance for backtest fits: their forecasts are scored to a few digits, so the
#: cost need not be driven to 1e-12 of itself at every origin
BACKTEST_TOL = 1e-8


def _families(families):
    if families is None:
        return list(FAMILIES)
    return check_names(families, "families", FAMILIES)


def _order(name: str) -> int:
    return PREFERENCE.index(name) if name in PREFERENCE else len(PREFERENCE)


@dataclass(frozen=True)
class Origins:
    """Forecasts from rolling origins and their errors on log values.

    ``origins`` are training sizes (origin ``o`` fits the first ``o`` points); column ``j`` is the ``j``-th
    target after the origin. ``paths`` maps each member to its log forecasts ([series x] origins x steps),
    ``central`` is their combination, ``errors`` is log(actual) - central (NaN where there is no actual or no
    forecast) and ``ahead`` the years from the origin's last point to each target (origins x steps).
    """

    origins: np.ndarray
    paths: dict
    central: np.ndarray
    errors: np.ndarray
    ahead: np.ndarray

    def mape(self, within: float = np.inf):
        """Mean absolute percentage error of the combined forecasts, in percent, over every scored target up
        to ``within`` years ahead: a float for one series (None when nothing was scored), else an array per
        series (NaN when nothing was scored)."""
        with np.errstate(invalid="ignore"):
            ok = np.isfinite(self.errors) & (self.ahead <= within)
        pct = np.where(ok, np.abs(np.expm1(-np.where(ok, self.errors, 0.0))), 0.0)
        count = ok.sum(axis=(-2, -1))
        with np.errstate(invalid="ignore", divide="ignore"):
            out = 100 * pct.sum(axis=(-2, -1)) / count
        if np.ndim(out) == 0:
            return float(out) if count else None
        return out


def rolling_origin(t, y, forecaster, *, origins, steps: int, targets=None, combine=None) -> Origins:
    """Forecasts of every member from each origin, combined and scored: the one routine behind
    :func:`compare`, :func:`backtest`, :func:`~aimarket.forecast` and its intervals.

    ``y`` is one series or several on the same years (series x points). ``forecaster(origins, steps)``
    returns ``{member: log forecasts ([series x] origins x steps)}`` at ``targets[o:o + steps]``
    (``targets`` defaults to ``t``; it may run past the data, for a forecast). ``combine`` maps a stack
    (members x [series x] origins x steps) to the combined forecasts (default: the median of the members).

    Examples
    --------
    >>> import numpy as np
    >>> t, y = np.arange(2000.0, 2006.0), 2.0 ** np.arange(6)
    >>> drift = lambda o, k: {"d": np.log(y[o - 1])[:, None] + np.log(2) * np.arange(1, k + 1)}
    >>> r = rolling_origin(t, y, drift, origins=np.array([3, 4]), steps=2)
    >>> bool(np.abs(r.errors).max() < 1e-12), r.ahead.tolist()
    (True, [[1.0, 2.0], [1.0, 2.0]])
    """
    t, y = np.asarray(t, dtype=float), np.asarray(y, dtype=float)
    targets = t if targets is None else np.asarray(targets, dtype=float)
    origins = np.asarray(origins, dtype=int)
    paths = forecaster(origins, steps)
    stack = np.stack([paths[m] for m in paths])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # an origin no member could fit stays NaN
        central = stack[0] if combine is None and len(stack) == 1 else (combine or _median)(stack)
    idx = origins[:, None] + np.arange(steps)[None, :]
    inside = idx < len(t)
    actual = np.where(inside, np.log(y[..., np.minimum(idx, len(t) - 1)]), np.nan)
    with np.errstate(invalid="ignore"):
        errors = np.where(inside & ~np.isnan(central), actual - central, np.nan)
    known = idx < len(targets)
    ahead = np.where(known, targets[np.minimum(idx, len(targets) - 1)] - t[origins - 1][:, None], np.nan)
    return Origins(origins, paths, central, errors, ahead)


def _median(stack):
    return np.nanmedian(stack, axis=0)


def family_paths(t, y, names, *, targets=None, skipped=None, full=None, **kwargs):
    """A forecaster for :func:`rolling_origin` that fits each family on the points before every origin; a
    family that cannot be fitted at an origin gives NaN there (its reason kept in ``skipped``). A family
    whose class has a quick ``refit`` of fewer points uses it; the others start each origin's fit from
    ``full[name]``, the fit of all the points, when there is one."""
    targets = t if targets is None else targets
    full = full or {}

    def paths(origins, steps):
        out = {}
        for name in names:
            whole = full.get(name)
            quick = whole is not None and hasattr(whole._family, "refit")
            # otherwise each origin's fit starts from the fit of all the points, when there is one
            start = {} if whole is None or whole.exact or "p0" in kwargs else \
                {"p0": {k: v for k, v in whole.params.items() if k not in whole.fixed}}
            rows = np.full((len(origins), steps), np.nan)
            for i, o in enumerate(origins):
                try:
                    f = whole._family.refit(whole, o) if quick else \
                        fit(t[:o], y[:o], name, **{"tol": BACKTEST_TOL, **start, **kwargs})
                except ValueError as exc:  # includes FitError
                    if skipped is not None:
                        skipped.setdefault(name, str(exc))
                    continue
                at = targets[o:o + steps]
                with np.errstate(all="ignore"):
                    v = np.log(f.predict(at))
                rows[i, :len(at)] = np.where(np.isnan(v), np.inf, v)  # a forecast that is no number: no skill
            out[name] = rows
        return out

    return paths


def rolling_origin_error(t, y, family: str, *, origins: int = 4, full=None, **kwargs) -> float:
    """Mean absolute log error of forecasts from the last ``origins`` origins, every horizon to the last point.

    Each origin fits on the points before it; an origin the family cannot fit is left out, a forecast that
    is not finite counts as an infinite error. NaN when no origin could be fitted.
    """
    n = len(t)
    first = max(n - origins, 3)
    r = rolling_origin(t, y, family_paths(t, y, [family], full=full, **kwargs), origins=np.arange(first, n),
                       steps=n - first)
    e = np.abs(r.errors[~np.isnan(r.errors)])  # NaN: past the data, or an origin the family could not fit
    return float(np.mean(e)) if len(e) else float("nan")


def compare(years, values, families=None, **kwargs) -> pd.DataFrame:
    """Fit every family the data identify and rank them, best first.

    Every family gets the same Gaussian log-likelihood of its residuals on
    the scale of the loss (log values by default), with the damped smoother
    scored on its one-step-ahead errors, and AIC, AICc and BIC from it. With
    six or more points the ranking is by rolling-origin backtest error (the
    mean absolute log error forecasting the last points from earlier
    origins), with the criterion still shown; with fewer, by AICc (else AIC).
    Fits through every point (``exact``) cannot be told apart by the data:
    they are ranked first as a tie (``tied_with``), ordered by parsimony and
    then by :data:`PREFERENCE`.

    Returns
    -------
    pandas.DataFrame
        ``family``, ``criterion``, ``value``, ``k`` (free parameters), ``n``,
        ``exact``, ``tied_with``, ``loglik``, ``aic``, ``aicc``, ``bic``,
        ``rmse`` (on the loss scale), ``backtest``, ``ceiling``, ``note``.
        Families that cannot be fitted are in ``attrs["skipped"]`` with the reason.

    Examples
    --------
    >>> import aimarket as am
    >>> c = am.compare([2022, 2027, 2032], [39_834, 399_345, 1_303_551])
    >>> c[["family", "exact", "tied_with"]].values.tolist()
    [['gompertz', True, 'logistic'], ['logistic', True, 'gompertz'], ['exponential', False, '']]
    """
    t, y = prepare(years, values)
    if len(t) < 2:
        raise ValueError(f"values: compare needs at least two points, got {len(t)}")
    fits, skipped = {}, {}
    for name in _families(families):
        try:
            fits[name] = fit(t, y, name, **kwargs)
        except ValueError as exc:  # includes FitError
            skipped[name] = str(exc)
    rows = []
    for name, f in fits.items():
        rmse = float(np.sqrt(np.mean(f.residuals ** 2)))
        scale = 1.0 if f.loss == "log" else float(np.mean(np.abs(y)))
        exact = f.exact or rmse <= EXACT_RMSE * scale
        rows.append({"family": name, "k": len(f.free), "n": f.n, "exact": exact,
                     "loglik": None if exact else f.loglik, "aic": None if exact else f.aic,
                     "aicc": None if exact else f.aicc, "bic": None if exact else f.bic, "rmse": rmse,
                     "backtest": rolling_origin_error(t, y, name, full=fits, **kwargs) if len(t) >= BACKTEST_FROM
                     else None,
                     "ceiling": f.ceiling, "note": f.note})
    cols = ["family", "k", "n", "exact", "loglik", "aic", "aicc", "bic", "rmse", "backtest", "ceiling", "note"]
    out = pd.DataFrame(rows, columns=cols)
    inexact = out[~out["exact"]] if len(out) else out
    if len(t) >= BACKTEST_FROM and len(out) and out["backtest"].notna().any():
        criterion = "backtest"
    elif len(inexact) and inexact["aicc"].notna().all():
        criterion = "aicc"
    elif len(inexact) and inexact["aic"].notna().all():
        criterion = "aic"
    else:
        criterion = "rmse"
    value = pd.to_numeric(out[criterion], errors="coerce").astype(float) if len(out) else pd.Series(dtype=float)
    out.insert(1, "criterion", criterion)
    out.insert(2, "value", value)
    exact_names = out.loc[out["exact"], "family"].tolist() if len(out) else []
    out.insert(6, "tied_with", [", ".join(x for x in exact_names if x != f) if e else ""
                                for f, e in zip(out["family"], out["exact"])])
    # exact fits first when the criterion cannot see them (a backtest can), then by the criterion
    first = (~out["exact"]).astype(int) if criterion != "backtest" else pd.Series(0, index=out.index)
    out = out.assign(_first=first, _v=out["value"].fillna(np.inf), _o=out["family"].map(_order))
    out = out.sort_values(["_first", "_v", "k", "_o"], kind="stable").drop(columns=["_first", "_v", "_o"])
    out = out.reset_index(drop=True)
    out.attrs = {"skipped": skipped, "criterion": criterion}
    return out


def backtest(years, values, holdout: int = 1, families=None, **kwargs) -> pd.DataFrame:
    """Fit on all but the last ``holdout`` points and score the held-out ones.

    Returns
    -------
    pandas.DataFrame
        One row per family that could be fitted on the shorter history,
        best first: ``family``, ``mape`` (mean absolute percentage error),
        ``bias`` (mean signed percentage error; positive is over-forecast),
        ``holdout``, ``n_fit``. Skipped families are in ``attrs["skipped"]``.

    Examples
    --------
    >>> import numpy as np, aimarket as am
    >>> years = np.arange(2015, 2025)
    >>> b = am.backtest(years, 50 * 1.3 ** (years - 2015), holdout=3, families=["exponential", "logistic"])
    >>> b.family.iloc[0], round(float(b.mape.iloc[0]), 6)
    ('exponential', 0.0)
    """
    t, y = prepare(years, values)
    if isinstance(holdout, bool) or not isinstance(holdout, (int, np.integer)) or holdout < 1:
        raise ValueError(f"holdout must be a positive integer, got {holdout!r}")
    if holdout > len(t) - 2:
        raise ValueError(f"holdout ({holdout}) must leave at least two points to fit (no family is fitted to "
                         f"fewer); there are {len(t)}")
    rows, skipped = [], {}
    n = len(t)
    for name in _families(families):
        r = rolling_origin(t, y, family_paths(t, y, [name], skipped=skipped, **kwargs), origins=[n - holdout],
                           steps=holdout)
        if np.isnan(r.central).all():
            continue
        err = np.expm1(-r.errors[0])  # (forecast - actual) / actual
        rows.append({"family": name, "mape": float(100 * np.mean(np.abs(err))), "bias": float(100 * np.mean(err)),
                     "holdout": int(holdout), "n_fit": n - holdout})
    out = pd.DataFrame(rows, columns=["family", "mape", "bias", "holdout", "n_fit"])
    out = out.sort_values("mape", kind="stable").reset_index(drop=True)
    out.attrs = {"skipped": skipped}
    return out
