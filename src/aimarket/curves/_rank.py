"""Ranking families on the same data: one likelihood for all, exact fits tied, backtests from six points."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .._validate import check_names
from ._family import FAMILIES
from ._fit import fit, prepare

__all__ = ["compare", "backtest", "PREFERENCE", "rolling_origin_error"]

#: how exact fits that tie on parsimony are ordered: the S-curves that extrapolate market sizes best first
#: (Gompertz's slow saturation suits yearly market data), then the rest
PREFERENCE = ("gompertz", "logistic", "richards", "bass", "rise", "exponential", "damped")
#: a fit whose residuals are all below this (root mean square, on its loss scale) passes through every point
EXACT_RMSE = 1e-9
#: fewest points for ranking by rolling-origin backtest instead of an information criterion
BACKTEST_FROM = 6


def _families(families):
    if families is None:
        return list(FAMILIES)
    return check_names(families, "families", FAMILIES)


def _order(name: str) -> int:
    return PREFERENCE.index(name) if name in PREFERENCE else len(PREFERENCE)


def rolling_origin_error(t, y, family: str, *, origins: int = 4, **kwargs) -> float:
    """Mean absolute log error of forecasts from the last ``origins`` origins, every horizon to the last point.

    Each origin fits on the points before it; the family needs at least one point more than it has free
    parameters at each. NaN when no origin could be fitted.
    """
    n = len(t)
    errors = []
    for o in range(max(n - origins, 3), n):
        try:
            f = fit(t[:o], y[:o], family, **kwargs)
        except ValueError:
            continue
        with np.errstate(all="ignore"):
            e = np.abs(np.log(f.predict(t[o:])) - np.log(y[o:]))
        errors.append(e if np.isfinite(e).all() else np.full(len(e), np.inf))
    return float(np.mean(np.concatenate(errors))) if errors else float("nan")


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
                     "backtest": rolling_origin_error(t, y, name, **kwargs) if len(t) >= BACKTEST_FROM else None,
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
    if holdout >= len(t):
        raise ValueError(f"holdout ({holdout}) must leave at least one point to fit; there are {len(t)}")
    tf, yf, th, yh = t[:-holdout], y[:-holdout], t[-holdout:], y[-holdout:]
    rows, skipped = [], {}
    for name in _families(families):
        try:
            f = fit(tf, yf, name, **kwargs)
        except ValueError as exc:
            skipped[name] = str(exc)
            continue
        err = (f.predict(th) - yh) / yh
        rows.append({"family": name, "mape": float(100 * np.mean(np.abs(err))), "bias": float(100 * np.mean(err)),
                     "holdout": int(holdout), "n_fit": len(tf)})
    out = pd.DataFrame(rows, columns=["family", "mape", "bias", "holdout", "n_fit"])
    out = out.sort_values("mape", kind="stable").reset_index(drop=True)
    out.attrs = {"skipped": skipped}
    return out
