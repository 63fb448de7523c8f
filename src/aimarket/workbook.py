"""The report's Excel workbook: numbers as numbers, rates and sums as live formulas.

Each series with observations gets a sheet laid out as its report printed it,
with the values under the series' own number format and the unit in every
header. The recomputed growth rate of each row and the sum of each parent's
children in each year are formulas over the value cells, so an analyst who
edits a value sees the rate and the check move; their cached values are the
library's own. Every other table of the report follows as a sheet of numbers,
and a Sources sheet lists every publisher with the locators of what was read.
Text that a spreadsheet would take for a formula is written as text, marked
with Excel's quote prefix. XlsxWriter writes the file: it stores formulas with
their cached results, which a reader sees before any recalculation.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pandas as pd

from .display import FORMULA_STARTS, column_kind
from .growth import cagr
from .tables import _stated_rates, printed_decimals

__all__ = ["write_workbook"]


def _sheet_name(name: str, taken: set) -> str:
    base = re.sub(r"[\[\]:*?/\\']", "_", str(name))[:31] or "Sheet"
    out, k = base, 2
    while out.lower() in taken:
        out = f"{base[:28]}~{k}"
        k += 1
    taken.add(out.lower())
    return out


def _col(k: int) -> str:
    """Column letters of a 0-based index: 0 -> A, 27 -> AB."""
    letters = ""
    k += 1
    while k:
        k, r = divmod(k - 1, 26)
        letters = chr(65 + r) + letters
    return letters


class _Writer:
    def __init__(self, path: Path):
        import xlsxwriter

        self.book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False,
                                                     "nan_inf_to_errors": True})
        self.bold = self.book.add_format({"bold": True})
        self.title = self.book.add_format({"bold": True, "font_size": 13})
        self.head = self.book.add_format({"bold": True, "bottom": 1, "text_wrap": True, "valign": "top"})
        self.text = self.book.add_format({})
        self.quoted = self.book.add_format({"quote_prefix": True})
        self.percent = self.book.add_format({"num_format": "0.0%"})
        self.year = self.book.add_format({"num_format": "0"})
        self.number = self.book.add_format({"num_format": "#,##0.####"})
        self._formats: dict[str, object] = {}
        self.taken: set = set()

    def fmt(self, spec: str):
        if spec not in self._formats:
            self._formats[spec] = self.book.add_format({"num_format": spec})
        return self._formats[spec]

    def put(self, sheet, row: int, col: int, value, fmt=None) -> None:
        """One cell: numbers as numbers, text as text (never a formula), blanks for missing values."""
        if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
            return
        if isinstance(value, (bool, np.bool_)):
            sheet.write_boolean(row, col, bool(value))
        elif isinstance(value, (int, float, np.integer, np.floating)):
            v = float(value)
            if math.isinf(v):
                sheet.write_string(row, col, "inf" if v > 0 else "-inf")
            else:
                sheet.write_number(row, col, v, fmt or self.number)
        else:
            text = ", ".join(map(str, value)) if isinstance(value, (tuple, list)) else str(value)
            sheet.write_string(row, col, text, self.quoted if text.startswith(FORMULA_STARTS) else self.text)


def _value_format(spec, values) -> str:
    """The series' printed format as an Excel number format (it is one already), or the values' own decimals."""
    if isinstance(spec, str) and spec:
        return spec
    decimals = printed_decimals(values)
    return "#,##0" + ("." + "0" * decimals if decimals else "")


def _series_sheet(w: _Writer, sid: str, pkg, audit: pd.DataFrame | None) -> None:
    from .catalog import load

    wide = load(sid, wide=True, package=pkg)
    info = pkg.series.set_index("series").loc[sid]
    unit, status, parent = wide.attrs["unit"], wide.attrs["status"], wide.attrs["parent"]
    ws = w.book.add_worksheet(_sheet_name(sid, w.taken))
    title = info.get("table_title") if isinstance(info.get("table_title"), str) else info["title"]
    w.put(ws, 0, 0, title, w.title)
    w.put(ws, 1, 0, f"{info['title']} ({sid}), {unit}")
    years = list(wide.columns)
    vfmt = w.fmt(_value_format(info.get("value_format"), wide.stack().to_numpy()))
    head = ["Item", "Parent"] + [f"{y}{'E' if status[y] == 'estimate' else ''} ({unit})" for y in years]
    first_year_col, last_col = 2, 2 + len(years) - 1
    rate_col = last_col + 1
    stated = _stated_rates(sid, pkg, years[0], years[-1], info["source"])
    verdicts = {}
    if audit is not None and len(stated):
        a = audit[(audit["check"] == "cagr") & audit["claim"].isin(stated["claim"])]
        verdicts = dict(zip(a["item"], a["verdict"]))
    head += [f"Recomputed CAGR {years[0]}-{years[-1]}", f"Stated CAGR {years[0]}-{years[-1]}", "Verdict"]
    children = {p: [i for i, q in parent.items() if q == p] for p in wide.index}
    parents = [p for p in wide.index if children[p]]
    sum_col = rate_col + 3
    head += [f"Sum of children {y} ({unit})" for y in years] if parents else []
    top = 3
    for c, h in enumerate(head):
        ws.write_string(top, c, h, w.head)
    row_of = {item: top + 1 + r for r, item in enumerate(wide.index)}
    n = years[-1] - years[0]
    for item, r in row_of.items():
        w.put(ws, r, 0, item)
        w.put(ws, r, 1, parent.get(item) if isinstance(parent.get(item), str) else None)
        values = wide.loc[item]
        for k, y in enumerate(years):
            w.put(ws, r, first_year_col + k, values[y], vfmt)
        a, b = values[years[0]], values[years[-1]]
        if n > 0 and pd.notna(a) and pd.notna(b) and a > 0 and b > 0:
            start, end = f"{_col(first_year_col)}{r + 1}", f"{_col(last_col)}{r + 1}"
            ws.write_formula(r, rate_col, f"=({end}/{start})^(1/{n})-1", w.percent, float(cagr(a, b, n)))
        if item in stated.index:
            w.put(ws, r, rate_col + 1, float(stated.loc[item, "value"]) / 100, w.percent)
            w.put(ws, r, rate_col + 2, verdicts.get(item))
        for k, y in enumerate(years):
            kids = [c for c in children[item] if pd.notna(wide.loc[c, y])]
            if not kids:
                continue
            col = _col(first_year_col + k)
            formula = "=" + "+".join(f"{col}{row_of[c] + 1}" for c in kids)
            ws.write_formula(r, sum_col + k, formula, vfmt, float(sum(wide.loc[c, y] for c in kids)))
    ws.set_column(0, 0, 40)
    ws.set_column(1, 1, 22)
    ws.set_column(2, len(head), 16)
    ws.freeze_panes(top + 1, 1)


def _table_sheet(w: _Writer, name: str, df: pd.DataFrame) -> None:
    ws = w.book.add_worksheet(_sheet_name(name, w.taken))
    for c, h in enumerate(df.columns):
        ws.write_string(0, c, str(h), w.head)
    for c, col in enumerate(df.columns):
        fmt = {"year": w.year, "percent": w.percent}.get(column_kind(col), w.number)
        for r, v in enumerate(df[col].tolist(), start=1):
            w.put(ws, r, c, v, fmt)
        ws.set_column(c, c, min(60, max(10, len(str(col)) + 2)))
    ws.freeze_panes(1, 0)


def _sources_sheet(w: _Writer, pkg) -> None:
    from .catalog import source_locators

    src = source_locators(package=pkg)
    _table_sheet(w, "Sources", src[["source", "publisher", "title", "date", "url", "via", "locators"]])


def write_workbook(path: str | Path, pkg, tables: dict, *, audit: pd.DataFrame | None = None) -> Path:
    """Write the workbook: a sheet per series (with formulas), one per other table, and the sources.

    Parameters
    ----------
    path : str or Path
        The ``.xlsx`` file to write.
    pkg : Package
        The package the report is on.
    tables : dict of str to DataFrame
        The report's other tables by name; a name that is a series id is
        replaced by that series' sheet with formulas.
    audit : DataFrame, optional
        The package's audit, for each stated rate's verdict.

    Examples
    --------
    >>> import aimarket as am
    >>> from aimarket.workbook import write_workbook
    >>> pkg = am.datapackage._bundled_package()
    >>> write_workbook("example.xlsx", pkg, {"audit": am.audit()}).suffix
    '.xlsx'
    """
    path = Path(path)
    w = _Writer(path)
    series = pkg.observations["series"].unique()
    for sid in series:
        _series_sheet(w, sid, pkg, audit)
    for name, df in tables.items():
        if name not in set(series):
            _table_sheet(w, name, df)
    _sources_sheet(w, pkg)
    w.book.close()
    return path
