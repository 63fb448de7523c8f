"""Argument checks shared by the numeric modules.

Each check raises ``TypeError`` or ``ValueError`` naming the argument, the
offending value and, for arrays, its position. The fast path is a couple of
reductions over the array, so validation costs little next to the arithmetic.
"""

from __future__ import annotations

from decimal import Decimal
from numbers import Real

import numpy as np
import pandas as pd


def _identity(x):
    return x


def plain(x):
    """A numpy scalar as the Python value it holds, so that a message reads ``2023``, not ``np.int64(2023)``;
    anything else unchanged.

    Examples
    --------
    >>> import numpy as np
    >>> from aimarket._validate import plain
    >>> f"year={plain(np.int64(2023))!r}, value={plain(np.float64('nan'))!r}, item={plain('Total')!r}"
    "year=2023, value=nan, item='Total'"
    """
    return x.item() if isinstance(x, np.generic) else x


def _describe(x) -> str:
    text = repr(plain(x))
    return text if len(text) <= 60 else text[:57] + "..."


def as_float(x, name: str) -> float:
    """One number as a float: ints, floats, numpy scalars, Decimal and Fraction.

    ``None``, ``pd.NA``, booleans, strings, dates and other objects raise
    ``TypeError``; an integer too large for a float raises ``ValueError``.
    NaN and infinity pass through for the range checks to name.
    """
    if isinstance(x, (bool, np.bool_)):
        raise TypeError(f"{name} must be a number, got the boolean {_describe(x)}")
    if x is None or x is pd.NA or x is pd.NaT or isinstance(x, (str, bytes)):
        raise TypeError(f"{name} must be a number, got {_describe(x)}")
    if isinstance(x, (Real, Decimal, np.integer, np.floating)):
        try:
            return float(x)
        except OverflowError:
            raise ValueError(f"{name}: {_describe(x)} is too large for a float (the largest is about 1.8e308)") from None
        except (TypeError, ValueError, ArithmeticError):  # Decimal('sNaN') and the like
            raise ValueError(f"{name} must be a number, got {_describe(x)}") from None
    raise TypeError(f"{name} must be a number, got {type(x).__name__} {_describe(x)}")


def _object_to_float(arr: np.ndarray, name: str) -> np.ndarray:
    out = np.empty(arr.shape, dtype=np.float64)
    flat = out.reshape(-1)
    for k, v in enumerate(arr.reshape(-1)):
        try:
            flat[k] = as_float(v, name)
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"{name} must hold only numbers; position {_position(arr.shape, k)} is {_describe(v)}") from None
    return out


def _column_to_float(col: pd.Series, name: str) -> np.ndarray:
    dtype = col.dtype
    if isinstance(dtype, pd.CategoricalDtype) or dtype.kind in "bMmcSUV":
        raise TypeError(f"{name} must be numeric, got dtype {dtype}")
    if dtype.kind in "iuf":
        return col.to_numpy(dtype=np.float64, na_value=np.nan)
    return _object_to_float(col.to_numpy(dtype=object), name)


def as_float_array(x, name: str):
    """Return ``(array, wrap)``: ``x`` as a float array and a function that
    gives a result the type of ``x`` back (scalar, ndarray, Series, DataFrame).

    One validator for every numeric argument: scalars, sequences, arrays and
    pandas objects; ``Decimal`` and ``Fraction`` are numbers; ``None``,
    ``pd.NA``, booleans, strings and dates raise ``TypeError`` naming ``name``.
    """
    if isinstance(x, pd.Series):
        arr = _column_to_float(x, name)
        return arr, lambda r: pd.Series(r, index=x.index, name=x.name)
    if isinstance(x, pd.Index):  # a frame's years, say: read as its values
        return _column_to_float(pd.Series(x, dtype=x.dtype), name), lambda r: r
    if isinstance(x, pd.DataFrame):
        cols = [_column_to_float(x.iloc[:, j], f"{name} column {plain(x.columns[j])!r}") for j in range(x.shape[1])]
        arr = np.column_stack(cols) if cols else np.empty(x.shape)
        return arr, lambda r: pd.DataFrame(r, index=x.index, columns=x.columns)
    if not isinstance(x, (list, tuple, range, np.ndarray)):
        return np.asarray(as_float(x, name)), lambda r: float(r) if np.ndim(r) == 0 else r
    try:
        arr = np.asarray(x)
    except (ValueError, TypeError) as exc:  # ragged lists and the like
        raise TypeError(f"{name} must be an array of numbers ({exc})") from None
    kind = arr.dtype.kind
    if kind in "iu":
        arr = arr.astype(np.float64)
    elif kind == "f":
        if arr.dtype != np.float64:
            with np.errstate(over="ignore"):
                arr = arr.astype(np.float64)
    elif kind == "O":
        arr = _object_to_float(arr, name)
    elif kind in "US":  # text among the numbers (numpy made every element text): name the first that is text
        arr = _object_to_float(arr.astype(object) if isinstance(x, np.ndarray) else np.array(x, dtype=object), name)
    else:
        raise TypeError(f"{name} must be numeric, got an array of dtype {arr.dtype}")
    if arr.ndim == 0:
        return arr, lambda r: float(r) if np.ndim(r) == 0 else r
    return arr, _identity


def _position(shape: tuple, k: int):
    return k if len(shape) == 1 else tuple(int(i) for i in np.unravel_index(k, shape))


def _where(arr: np.ndarray, bad: np.ndarray) -> str:
    if arr.ndim == 0:
        return f"{float(arr)!r}"
    k = int(np.flatnonzero(np.broadcast_to(bad, arr.shape))[0])
    return f"{float(arr.reshape(-1)[k])!r} at position {_position(arr.shape, k)}"


def check_finite(arr: np.ndarray, name: str) -> None:
    """Refuse nan and infinity."""
    if arr.size and not (np.isfinite(arr.min()) and np.isfinite(arr.max())):
        bad = ~np.isfinite(arr)
        raise ValueError(f"{name} must be finite, got {_where(arr, bad)}")


def check_positive(arr: np.ndarray, name: str) -> None:
    """Refuse zero, negative, nan and infinite values (values a ratio is taken of)."""
    if arr.size:
        lo, hi = arr.min(), arr.max()
        if not (lo > 0 and hi < np.inf):
            bad = ~(np.isfinite(arr) & (arr > 0))
            raise ValueError(f"{name} must be positive and finite, got {_where(arr, bad)}")


def check_rate(arr: np.ndarray, name: str, *, inclusive: bool = False) -> None:
    """Refuse rates below -100%, at -100% unless ``inclusive`` (a printed rate may round to it), nan or infinite."""
    if arr.size:
        lo, hi = arr.min(), arr.max()
        if not ((lo >= -1 if inclusive else lo > -1) and hi < np.inf):
            bad = ~(np.isfinite(arr) & ((arr >= -1) if inclusive else (arr > -1)))
            limit = "at or above" if inclusive else "above"
            raise ValueError(f"{name} must be a finite rate {limit} -1 (-100%), got {_where(arr, bad)}")


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
    if arr.size and np.abs(arr).max() > 1e6:
        raise ValueError(f"{name} must lie within +/-1,000,000, got {_where(arr, np.abs(arr) > 1e6)}")
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


def duplicate_rows(frame: pd.DataFrame, key: list[str]) -> list[int]:
    """Positions of the rows that share the first repeated ``key`` (empty when every key is unique)."""
    dup = frame.duplicated(key, keep=False).to_numpy()
    if not dup.any():
        return []
    rows = np.flatnonzero(dup)
    keys = frame[key].iloc[rows]
    return [int(r) for r in rows[(keys == keys.iloc[0]).all(axis=1).to_numpy()]]


def check_values(values, years: np.ndarray, name: str = "values") -> np.ndarray:
    """Positive finite values, one per year, as a 1-d float array."""
    v, _ = as_float_array(values, name)
    v = np.atleast_1d(v)
    if v.ndim != 1:
        raise ValueError(f"{name} must be one-dimensional (one value per year), got shape {v.shape}")
    check_same_length(years, v, ("years", name))
    check_positive(v, name)
    return v


def check_same_length(a: np.ndarray, b: np.ndarray, names: tuple[str, str]) -> None:
    if len(a) != len(b):
        raise ValueError(f"{names[0]} and {names[1]} must have the same length, got {len(a)} and {len(b)}")


def check_bool(x, name: str) -> bool:
    """A plain True or False (numpy booleans too); anything else raises naming ``name``."""
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    raise TypeError(f"{name} must be True or False, got {_describe(x)}")


def check_int(x, name: str, *, low: int | None = None, high: int | None = None) -> int:
    """A whole number (not a bool) within ``[low, high]``."""
    if isinstance(x, (bool, np.bool_)) or not isinstance(x, (int, np.integer)):
        raise TypeError(f"{name} must be an integer, got {_describe(x)}")
    x = int(x)
    if (low is not None and x < low) or (high is not None and x > high):
        span = f"from {low:,} to {high:,}" if low is not None and high is not None else (
            f"at least {low:,}" if low is not None else f"at most {high:,}")
        raise ValueError(f"{name} must be {span}, got {x:,}")
    return x


def check_str(x, name: str, *, optional: bool = False) -> str | None:
    """A string (or None when ``optional``)."""
    if x is None and optional:
        return None
    if not isinstance(x, str):
        raise TypeError(f"{name} must be a string, got {_describe(x)}")
    return x


def check_path(x, name: str):
    """A str or os.PathLike naming a file or folder, as a ``pathlib.Path``."""
    import os
    from pathlib import Path

    if isinstance(x, str) and x.strip() and "\x00" not in x:
        return Path(x)
    if isinstance(x, os.PathLike) and not isinstance(x, bytes):
        p = os.fspath(x)
        if isinstance(p, str) and p.strip() and "\x00" not in p:
            return Path(p)
    raise TypeError(f"{name} must be a non-empty path (str or pathlib.Path), got {_describe(x)}")


def check_names(x, name: str, known=None) -> list[str]:
    """A string or a sequence of strings (each in ``known`` if given), as a list."""
    from .errors import unknown

    items = [x] if isinstance(x, str) else x
    if not isinstance(items, (list, tuple)) or not all(isinstance(i, str) for i in items):
        raise TypeError(f"{name} must be a name or a list of names, got {_describe(x)}")
    if known is not None:
        for i in items:
            if i not in known:
                raise unknown(name, i, known)
    return list(items)


def check_ax(ax, name: str = "ax"):
    """None or a matplotlib Axes."""
    if ax is None:
        return None
    from matplotlib.axes import Axes

    if not isinstance(ax, Axes):
        raise TypeError(f"{name} must be a matplotlib Axes or None, got {_describe(ax)}")
    return ax


def check_level(level, name: str = "level") -> float:
    """A probability strictly between 0 and 1 (a confidence level)."""
    if isinstance(level, (bool, np.bool_)) or not isinstance(level, (int, float, np.floating)) or not 0 < level < 1:
        raise ValueError(f"{name} must be a number strictly between 0 and 1, got {_describe(level)}")
    return float(level)
