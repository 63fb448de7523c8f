"""Numbers as people read them: for the HTML report, the terminal and markdown.

:func:`format_frame` turns any frame the library returns into strings: years as
years, rates and shares as percent, other numbers with thousands separators and
a sensible number of digits, never in scientific notation; missing values are
blank and Python values (``None``, ``inf``, tuples) never show. Files meant for
machines (CSV, the workbook) keep the numbers; :func:`safe_text` escapes text
that a spreadsheet would read as a formula.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from .datapackage import FORMULA_STARTS, safe_text

__all__ = ["format_frame", "format_number", "safe_text", "plain_text", "column_kind", "scale_for"]

#: column names (or their endings) whose values are fractions shown as percent
PERCENT_COLUMNS = ("share", "cagr", "rate")


def format_number(value, *, percent: bool = False, year: bool = False) -> str:
    """One number for a reader: ``1,303,551``, ``28.2%``, ``2029.2``, ``0.00731``; blank when missing.

    Examples
    --------
    >>> from aimarket.display import format_number
    >>> format_number(1303551.0), format_number(0.282, percent=True), format_number(2036, year=True)
    ('1,303,551', '28.2%', '2036')
    >>> format_number(float("inf")), format_number(None), format_number(0.000123456)
    ('∞', '', '0.0001235')
    """
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, (bool, np.bool_)):
        return "yes" if value else "no"
    if not isinstance(value, (int, float, np.integer, np.floating)):
        return str(value)
    v = float(value)
    if math.isinf(v):
        return "∞" if v > 0 else "-∞"
    if year:
        return f"{v:.0f}" if v == round(v) else f"{v:.1f}"
    if percent:
        return f"{100 * v:,.1f}%" if abs(v) < 10 else f"{100 * v:,.0f}%"
    if abs(v) >= 1000 or v == round(v):
        return f"{v:,.0f}"
    digits = min(12, 3 - int(math.floor(math.log10(abs(v)))))   # four significant digits
    return f"{v:,.{digits}f}".rstrip("0").rstrip(".")


def column_kind(name) -> str:
    """What a column's numbers are, by its name: ``"year"``, ``"percent"`` (a fraction) or ``"number"``."""
    low = str(name).lower()
    if "year" in low:
        return "year"
    if any(low == p or low.endswith(p) or low.startswith(p + "_") for p in PERCENT_COLUMNS):
        return "percent"
    return "number"


def plain_text(df: pd.DataFrame) -> pd.DataFrame:
    """A copy for a CSV file: numbers kept, tuples joined, text a spreadsheet would take for a formula escaped."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col].dtype):
            out[col] = [", ".join(map(str, v)) if isinstance(v, tuple) else safe_text(v) for v in out[col]]
    if not isinstance(out.columns, pd.MultiIndex):  # a header can hold a name too ("=1+1 genai (USD billion)")
        out.columns = [safe_text(c) for c in out.columns]
    return out


def format_frame(df: pd.DataFrame) -> pd.DataFrame:
    """Every cell of a frame as a string a reader expects (see :func:`format_number`).

    Examples
    --------
    >>> import pandas as pd
    >>> from aimarket.display import format_frame
    >>> format_frame(pd.DataFrame({"year": [2035], "value": [2.5e6], "share": [0.1713], "years": [(2022, 2027)]}))
       year      value  share       years
    0  2035  2,500,000  17.1%  2022, 2027
    """
    out = {}
    for col in df.columns:
        s = df[col]
        kind = column_kind(col)
        if s.dtype.kind in "biuf" or pd.api.types.is_numeric_dtype(s.dtype):
            out[col] = [format_number(v, percent=kind == "percent", year=kind == "year") for v in s.tolist()]
        else:
            out[col] = [", ".join(map(str, v)) if isinstance(v, (tuple, list)) else format_number(v) for v in s.tolist()]
    return pd.DataFrame(out, index=df.index, columns=df.columns)


def scale_for(unit: str | None, largest: float) -> tuple[float, str]:
    """A factor and unit that keep tick labels short: 2,500 'USD billion' rather than 2,500,000 'USD million'.

    The larger unit comes from the unit table (same quantity and currency, a scale 1,000 to 1,000,000,000
    times larger), so ticks stay in a unit that exists; values stay as they are, only their labels change.

    Examples
    --------
    >>> from aimarket.display import scale_for
    >>> scale_for("USD million", 2_500_000)
    (1000.0, 'USD billion')
    """
    from .catalog import units

    table = units().set_index("unit")
    if not isinstance(unit, str) or unit not in table.index or not np.isfinite(largest):
        return 1.0, unit if isinstance(unit, str) else "value"
    row = table.loc[unit]
    same = table[(table["quantity"] == row["quantity"]) & (table["currency"].fillna("") == (row["currency"] or ""))]
    for factor in (1e9, 1e6, 1e3):
        if largest / factor >= 10:
            match = same[np.isclose(same["scale"].to_numpy(float), float(row["scale"]) * factor)]
            if len(match):
                return factor, match.index[0]
    return 1.0, unit
