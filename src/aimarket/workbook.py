"""The report's Excel workbook: numbers as numbers, rates and sums as live formulas.

Each series with observations gets a sheet laid out as its report printed it,
with the values under the series' own number format and the unit in every
header. The recomputed growth rate of each row and the sum of each parent's
children in each year are formulas over the value cells, so an analyst who
edits a value sees the rate and the check move; their cached values are the
library's own. The verdict on each stated rate is a formula too: it compares the
stated rate with the recomputed one within the printed step (and, failing that,
with every rate the values' own rounding allows), so it moves when a value is
edited. Every other table of the report follows as a sheet of numbers, and a
Sources sheet lists every publisher with the locators of what was read. Every
sheet prints landscape, one page wide, with its header repeated on each page.
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
from .tables import printed_decimals, printed_step

__all__ = ["write_workbook"]


#: sheet names Excel keeps for itself, in any case ("History" for a shared workbook's change log)
RESERVED_SHEETS = {"history"}


def _sheet_name(name: str, taken: set) -> str:
    """A sheet name Excel takes: no ``[]:*?/\\'``, at most 31 characters, none taken (in any case) and none Excel
    keeps for itself ("history" becomes ``history~2``)."""
    base = re.sub(r"[\[\]:*?/\\']", "_", str(name))[:31] or "Sheet"
    out, k = base, 2
    while out.lower() in taken or out.lower() in RESERVED_SHEETS:
        out = f"{base[:28]}~{k}"
        k += 1
    taken.add(out.lower())
    return out


def _lines(text: str, width: float) -> int:
    """How many lines a cell's text wraps to, by words, in a column ``width`` characters wide."""
    import textwrap

    return max(1, len(textwrap.wrap(text, max(1, int(width) - 2))))


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
        self.head = self.book.add_format({"bold": True, "bottom": 1, "text_wrap": True, "valign": "bottom"})
        self.text = self.book.add_format({"valign": "top", "indent": 1})
        self.wrapped = self.book.add_format({"text_wrap": True, "valign": "top", "indent": 1})
        self.verdict = self.book.add_format({"align": "center", "valign": "top"})
        self.quoted = self.book.add_format({"quote_prefix": True})
        self.percent = self.book.add_format({"num_format": "0.0%", "valign": "top"})
        self.year = self.book.add_format({"num_format": "0", "valign": "top"})
        self.number = self.book.add_format({"num_format": "#,##0.####", "valign": "top"})
        self._formats: dict[str, object] = {}
        self.taken: set = set()

    def fmt(self, spec: str):
        if spec not in self._formats:
            self._formats[spec] = self.book.add_format({"num_format": spec, "valign": "top"})
        return self._formats[spec]

    def header(self, sheet, row: int, names: list, widths: list) -> None:
        """A header row, tall enough for its wrapped text, repeated on every printed page, panes frozen under it."""
        for c, h in enumerate(names):
            sheet.write_string(row, c, str(h), self.head)
        lines = max([_lines(str(h), w - 1) for h, w in zip(names, widths)] + [1])    # bold runs wider
        sheet.set_row(row, 15 * lines)
        sheet.repeat_rows(row)
        sheet.set_landscape()
        sheet.fit_to_pages(1, 0)          # one page wide, as many tall as it takes
        sheet.set_paper(9)                # A4
        sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
        sheet.set_footer("&L&A&RPage &P of &N")

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
            sheet.write_string(row, col, text, self.quoted if text.startswith(FORMULA_STARTS) else (fmt or self.text))


def _value_format(spec, values) -> str:
    """The series' printed format as an Excel number format (it is one already), or the values' own decimals."""
    if isinstance(spec, str) and spec:
        return spec
    decimals = printed_decimals(values)
    return "#,##0" + ("." + "0" * decimals if decimals else "")


def _stated(sid: str, pkg, items, first: int, last: int, source: str) -> pd.DataFrame:
    """Each item's stated growth rate over the table's span: a rate claim ending in its last year that starts in its
    first year, or in the year after (a "2023-2027" rate over a table from 2022 counts the years of growth); the
    table's own source first, then a span that is exactly the table's."""
    from .catalog import claims

    c = claims(sid, package=pkg)
    c = c[(c["kind"] == "cagr") & (c["end_year"] == last) & c["start_year"].isin([first, first + 1])
          & c["item"].isin(list(items))]
    c = c.assign(other=c["source"] != source, later=c["start_year"] != first)
    return c.sort_values(["other", "later"], kind="stable").drop_duplicates("item").set_index("item")


def _steps(sid: str, pkg, item: str) -> dict:
    """The printed step of each year's value of one item: the package's ``precision``, else read from its digits."""
    o = pkg.observations
    o = o[(o["series"] == sid) & (o["item"] == item)]
    prec = o["precision"] if "precision" in o else pd.Series(np.nan, index=o.index)
    return {int(y): float(p) if pd.notna(p) else printed_step(float(v)) for y, v, p in zip(o["year"], o["value"], prec)}


def _verdict_formula(rate: str, stated: str, start: str, end: str, n: int, half: float, hs: float, he: float) -> str:
    """exact when the recomputed rate rounds to the stated one; rounding when some values inside the printed values'
    rounding give a rate that does; else inconsistent (as :func:`aimarket.reconcile_rate` decides)."""
    low = f"(({end}-{he!r})/({start}+{hs!r}))^(1/{n})-1"
    high = f"(({end}+{he!r})/MAX({start}-{hs!r},1E-300))^(1/{n})-1"
    return (f'=IF(ABS({rate}-{stated})<={half!r}*(1+1E-9),"exact",IF(AND({stated}+{half!r}>={low},'
            f'{stated}-{half!r}<={high}),"rounding","inconsistent"))')


def _verdict_value(r: float, stated: float, a: float, b: float, n: int, half: float, hs: float, he: float) -> str:
    """The formula's result, cached with it, so a reader sees the same verdict before and after recalculation."""
    if abs(r - stated) <= half * (1 + 1e-9):
        return "exact"
    low = ((b - he) / (a + hs)) ** (1 / n) - 1
    high = ((b + he) / max(a - hs, 1e-300)) ** (1 / n) - 1
    return "rounding" if stated + half >= low and stated - half <= high else "inconsistent"


def _series_sheet(w: _Writer, sid: str, pkg) -> None:
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
    stated = _stated(sid, pkg, wide.index, years[0], years[-1], info["source"])
    head += [f"Recomputed CAGR {years[0]}-{years[-1]}", f"Stated CAGR {years[0]}-{years[-1]}", "Verdict"]
    children = {p: [i for i, q in parent.items() if q == p] for p in wide.index}
    parents = [p for p in wide.index if children[p]]
    sum_col = rate_col + 3
    head += [f"Sum of children {y} ({unit})" for y in years] if parents else []
    widths = [40, 22] + [14] * (len(head) - 2)
    top = 3
    w.header(ws, top, head, widths)
    row_of = {item: top + 1 + r for r, item in enumerate(wide.index)}
    n = years[-1] - years[0]
    for item, r in row_of.items():
        w.put(ws, r, 0, item, w.wrapped)
        w.put(ws, r, 1, parent.get(item) if isinstance(parent.get(item), str) else None, w.wrapped)
        values = wide.loc[item]
        for k, y in enumerate(years):
            w.put(ws, r, first_year_col + k, values[y], vfmt)
        a, b = values[years[0]], values[years[-1]]
        rate_cell = None
        if n > 0 and pd.notna(a) and pd.notna(b) and a > 0 and b > 0:
            start, end = f"{_col(first_year_col)}{r + 1}", f"{_col(last_col)}{r + 1}"
            rate_cell = f"{_col(rate_col)}{r + 1}"
            ws.write_formula(r, rate_col, f"=({end}/{start})^(1/{n})-1", w.percent, float(cagr(a, b, n)))
        if item in stated.index:
            rate = float(stated.loc[item, "value"]) / 100
            w.put(ws, r, rate_col + 1, rate, w.percent)
            if rate_cell is not None:
                steps = _steps(sid, pkg, item)
                half = float(stated.loc[item, "precision"]) / 200
                hs, he = steps[years[0]] / 2, steps[years[-1]] / 2
                cached = _verdict_value(float(cagr(a, b, n)), rate, a, b, n, half, hs, he)
                ws.write_formula(r, rate_col + 2, _verdict_formula(rate_cell, f"{_col(rate_col + 1)}{r + 1}", start,
                                                                   end, n, half, hs, he), w.verdict, cached)
        for k, y in enumerate(years):
            kids = [c for c in children[item] if pd.notna(wide.loc[c, y])]
            if not kids:
                continue
            col = _col(first_year_col + k)
            formula = "=" + "+".join(f"{col}{row_of[c] + 1}" for c in kids)
            ws.write_formula(r, sum_col + k, formula, vfmt, float(sum(wide.loc[c, y] for c in kids)))
    for c, width in enumerate(widths):
        ws.set_column(c, c, width)
    ws.freeze_panes(top + 1, 1)


def _magnitude_format(values: pd.Series) -> str:
    """A number format for a column of computed numbers, by their size: whole thousands for market sizes, two
    decimals for small ratios, four for the smallest (the cell keeps every digit; only its display rounds)."""
    v = pd.to_numeric(values, errors="coerce").abs()
    v = v[np.isfinite(v) & (v > 0)]
    typical = float(v.median()) if len(v) else 0.0
    return "#,##0" if typical >= 100 else "#,##0.0#" if typical >= 1 else "#,##0.0###"


def _widths(df: pd.DataFrame) -> list[int]:
    """Each column's width in characters: its longest entry as shown, between 8 and 50 (longer text wraps)."""
    from .display import format_frame

    text = format_frame(df.head(500))
    return [min(50, max(8, max([len(str(c))] + text[c].str.len().tolist()) + 2)) for c in df.columns]


def _table_sheet(w: _Writer, name: str, df: pd.DataFrame) -> None:
    ws = w.book.add_worksheet(_sheet_name(name, w.taken))
    widths = _widths(df)
    w.header(ws, 0, list(df.columns), [max(8, min(w_, 16)) if pd.api.types.is_numeric_dtype(df[c].dtype) else w_
                                       for c, w_ in zip(df.columns, widths)])
    lines = np.ones(len(df), dtype=int)
    for c, col in enumerate(df.columns):
        numeric = pd.api.types.is_numeric_dtype(df[col].dtype)
        fmt = {"year": w.year, "percent": w.percent}.get(column_kind(col), w.fmt(_magnitude_format(df[col]))) \
            if numeric else w.wrapped
        for r, v in enumerate(df[col].tolist(), start=1):
            w.put(ws, r, c, v, fmt)
        ws.set_column(c, c, max(8, min(widths[c], 16)) if numeric else widths[c])
        if not numeric and len(df):      # a spreadsheet does not size rows to wrapped text on its own
            from .display import format_frame

            shown = format_frame(df[[col]])[col]
            lines = np.maximum(lines, [_lines(v, widths[c]) for v in shown])
    for r, k in enumerate(lines, start=1):
        if k > 1:
            ws.set_row(r, 15 * int(k))
    ws.freeze_panes(1, 0)


def _sources_sheet(w: _Writer, pkg) -> None:
    from .catalog import source_locators

    src = source_locators(package=pkg)[["source", "publisher", "title", "date", "url", "via", "locators"]]
    # a date that is a year is a number; a fuller date stays as printed
    src["date"] = [int(d) if isinstance(d, str) and d.isdigit() else d for d in src["date"]]
    _table_sheet(w, "Sources", src)


def write_workbook(path: str | Path, pkg, tables: dict) -> Path:
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

    Examples
    --------
    >>> import aimarket as am
    >>> from aimarket.workbook import write_workbook
    >>> pkg = am.datapackage.bundled_package()
    >>> write_workbook("example.xlsx", pkg, {"audit": am.audit()}).suffix
    '.xlsx'
    """
    path = Path(path)
    w = _Writer(path)
    series = pkg.observations["series"].unique()
    for sid in series:
        _series_sheet(w, sid, pkg)
    for name, df in tables.items():
        if name not in set(series):
            _table_sheet(w, name, df)
    _sources_sheet(w, pkg)
    w.book.close()
    return path
