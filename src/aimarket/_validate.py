"""Argument checks shared by the numeric modules.

Each check raises ``TypeError`` or ``ValueError`` naming the argument, the
offending value and, for arrays, its position. The fast path is a couple of
reductions over the array, so validation costs little next to the arithmetic.
"""

from __future__ import annotations

from numbers import Real

import numpy as np
import pandas as pd


def _identity(x):
    return x


def as_float_array(x, name: str):
    """Return ``(array, wrap)``: ``x`` as a float array and a function that
    gives a result the type of ``x`` back (scalar, ndarray, Series, DataFrame)."""
    if isinstance(x, (pd.Series, pd.DataFrame)):
        if isinstance(x, pd.Series):
            kind = x.dtype.kind
            if kind not in "biuf":
                raise TypeError(f"{name} must be numeric, got a Series of dtype {x.dtype}")
        else:
            bad = [c for c, d in x.dtypes.items() if d.kind not in "biuf"]
            if bad:
                raise TypeError(f"{name} must be numeric, column {bad[0]!r} has dtype {x.dtypes[bad[0]]}")
        arr = x.to_numpy(dtype=float)
        if isinstance(x, pd.Series):
            return arr, lambda r: pd.Series(r, index=x.index, name=x.name)
        return arr, lambda r: pd.DataFrame(r, index=x.index, columns=x.columns)
    if x is None or isinstance(x, (str, bytes)):
        raise TypeError(f"{name} must be a number or an array of numbers, got {x!r}")
    if isinstance(x, (bool, np.bool_)):
        raise TypeError(f"{name} must be a number, got the boolean {x!r}")
    if isinstance(x, Real) or (isinstance(x, np.generic) and np.issubdtype(type(x), np.number)):
        return np.asarray(float(x)), lambda r: float(r) if np.ndim(r) == 0 else r
    try:
        arr = np.asarray(x)
    except (ValueError, TypeError) as exc:  # ragged lists and the like
        raise TypeError(f"{name} must be an array of numbers ({exc})") from None
    if arr.dtype.kind not in "iuf":
        if arr.dtype.kind == "O":
            for pos, v in np.ndenumerate(arr):
                if v is None or isinstance(v, (str, bytes, bool)) or not isinstance(v, Real):
                    raise TypeError(f"{name} must hold only numbers; position {pos if arr.ndim > 1 else pos[0]} is {v!r}")
            arr = arr.astype(float)
        else:
            raise TypeError(f"{name} must be numeric, got an array of dtype {arr.dtype}")
    if arr.dtype != np.float64:
        arr = arr.astype(np.float64)
    return arr, _identity


def _where(arr: np.ndarray, bad: np.ndarray) -> str:
    pos = np.argwhere(bad)[0]
    if arr.ndim == 0:
        return f"{arr.item()!r}"
    p = int(pos[0]) if arr.ndim == 1 else tuple(int(i) for i in pos)
    return f"{arr[tuple(pos)].item()!r} at position {p}"


def check_finite(arr: np.ndarray, name: str) -> None:
    """Refuse nan and infinity."""
    if arr.size and not np.isfinite(arr.min() + arr.max()):
        bad = ~np.isfinite(arr)
        raise ValueError(f"{name} must be finite, got {_where(arr, bad)}")


def check_positive(arr: np.ndarray, name: str) -> None:
    """Refuse zero, negative, nan and infinite values (values a ratio is taken of)."""
    if arr.size:
        lo, hi = arr.min(), arr.max()
        if not (lo > 0 and hi < np.inf):
            bad = ~(np.isfinite(arr) & (arr > 0))
            raise ValueError(f"{name} must be positive and finite, got {_where(arr, bad)}")


def check_rate(arr: np.ndarray, name: str) -> None:
    """Refuse rates at or below -100% (and nan or infinite ones)."""
    if arr.size:
        lo, hi = arr.min(), arr.max()
        if not (lo > -1 and hi < np.inf):
            bad = ~(np.isfinite(arr) & (arr > -1))
            raise ValueError(f"{name} must be a finite rate above -1 (-100%), got {_where(arr, bad)}")


def check_nonnegative(arr: np.ndarray, name: str) -> None:
    """Refuse negative, nan and infinite values (rounding steps)."""
    if arr.size:
        lo, hi = arr.min(), arr.max()
        if not (lo >= 0 and hi < np.inf):
            bad = ~(np.isfinite(arr) & (arr >= 0))
            raise ValueError(f"{name} must be zero or positive and finite, got {_where(arr, bad)}")


def broadcast(**arrays: np.ndarray) -> tuple[np.ndarray, ...]:
    """Broadcast named arrays together, naming them if their shapes clash."""
    try:
        return np.broadcast_arrays(*arrays.values())
    except ValueError:
        shapes = ", ".join(f"{k} {np.shape(v)}" for k, v in arrays.items())
        raise ValueError(f"shapes do not broadcast together: {shapes}") from None


def check_years(years, name: str = "years", *, min_points: int = 1) -> np.ndarray:
    """A strictly increasing, duplicate-free 1-d array of finite years (floats allowed)."""
    arr, _ = as_float_array(years, name)
    arr = np.atleast_1d(arr)
    if arr.ndim != 1:
        raise ValueError(f"{name} must be one-dimensional, got shape {arr.shape}")
    check_finite(arr, name)
    if len(arr) < min_points:
        raise ValueError(f"{name} needs at least {min_points} points, got {len(arr)}")
    d = np.diff(arr)
    if (d == 0).any():
        i = int(np.flatnonzero(d == 0)[0])
        raise ValueError(f"{name} has a duplicate year {arr[i]:g} at positions {i} and {i + 1}")
    if (d < 0).any():
        i = int(np.flatnonzero(d < 0)[0])
        raise ValueError(f"{name} must be increasing; {arr[i + 1]:g} at position {i + 1} follows {arr[i]:g}")
    return arr


def check_same_length(a: np.ndarray, b: np.ndarray, names: tuple[str, str]) -> None:
    if len(a) != len(b):
        raise ValueError(f"{names[0]} and {names[1]} must have the same length, got {len(a)} and {len(b)}")
