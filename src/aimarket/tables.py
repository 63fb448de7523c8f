"""Any series' table as its report printed it, and rendered for a document.

:func:`reproduce` lays out a series from its package: items in the printed
order by years (``2027E`` for estimates), values in the series' own number
format (``value_format`` in series.csv, e.g. ``$#,##0``), the stated growth
rate of each row from the claims, and with ``audit=True`` the recomputed rate
and the audit's verdict. A series with one item is laid out by year, with the
value in the unit of any whole it must lie within. :func:`render` turns a table
into markdown, HTML or LaTeX with its title, unit and source note.
"""

from __future__ import annotations

import html as _html
import math
import re

import pandas as pd

from ._validate import check_bool, check_str
from .catalog import check_series, resolve_package, claims, convert, load, series_info, source_line
from .datapackage import Package
from .errors import unknown
from .growth import cagr, printed_step

__all__ = ["reproduce", "render", "FORMATS", "number_format"]

FORMATS = ("markdown", "html", "latex")
_FORMAT = re.compile(r"^(?P<prefix>[^#0]*)#,##0(?:\.(?P<decimals>0+))?(?P<suffix>[^#0]*)$")
#: the most decimals a ``value_format`` may print: a float holds 15 to 17 significant digits, and a report's
#: figures are printed to a few decimals at most, so further places would print binary noise as digits
MAX_DECIMALS = 6


def _year_label(year: int, status: str) -> str:
    return f"{year}E" if status == "estimate" else str(year)


def printed_decimals(values) -> int:
    """The most decimals any of the values shows as printed (0 for whole numbers).

    >>> printed_decimals([2058.0, 34.33, 60.9])
    2
    """
    return max((max(0, -round(math.log10(printed_step(float(v))))) for v in values if math.isfinite(v)), default=0)


def number_format(spec: str | None, values=()):
    """A function printing a value by a spreadsheet number format such as ``$#,##0`` or ``#,##0.0``, with at
    most :data:`MAX_DECIMALS` decimals.

    Without a format, values get thousands separators and the decimals the
    most precise of ``values`` has.

    Examples
    --------
    >>> from aimarket.tables import number_format
    >>> number_format("$#,##0")(37973.0)
    '$37,973'
    >>> number_format(None, [34.33, 60.9])(121.58)
    '121.58'
    """
    if spec is None or (isinstance(spec, float) and math.isnan(spec)):
        decimals, prefix, suffix = printed_decimals(values), "", ""
    else:
        m = _FORMAT.match(check_str(spec, "value_format"))
        if m is None:
            raise ValueError(f"value_format: {spec!r} is not a number format such as '$#,##0' or '#,##0.0'")
        prefix, suffix, decimals = m["prefix"], m["suffix"], len(m["decimals"] or "")
        if decimals > MAX_DECIMALS:
            raise ValueError(f"value_format: {spec!r} asks for {decimals} decimals; at most {MAX_DECIMALS} are printed "
                             "(further places of a float would print binary noise as digits)")
    return lambda v: f"{prefix}{v:,.{decimals}f}{suffix}"


def _source_note(series_id: str, pkg: Package) -> str:
    info = series_info(series_id, package=pkg)
    locators = load(series_id, package=pkg)["locator"]
    docs = {}
    for loc in locators:
        doc, rest = loc.split(":", 1)
        docs.setdefault(doc, set()).add(tuple(int(x) for x in rest.split(":")))
    where = []
    for doc, places in docs.items():
        first, last = min(places), max(places)
        span = ":".join(map(str, first)) + ("" if first == last else "-" + ":".join(map(str, last)))
        where.append(f"{doc}:{span}")
    via = f", as cited by {info['via']}" if info.get("via") else ""
    return f"Source: {info['publisher']}, {info['report']}{via}. Transcribed from {'; '.join(where)}."


def _layout(series_id: str, pkg: Package) -> dict:
    row = pkg.series.set_index("series").loc[series_id]

    def given(key):
        v = row.get(key)
        return v if isinstance(v, str) and v else None

    return {"title": given("table_title") or row["title"], "note": given("table_note") or row["unit"],
            "format": given("value_format"), "kind": row["kind"], "source": row["source"]}


def _stated_rates(series_id: str, pkg: Package, first: int, last: int, source: str) -> pd.DataFrame:
    stated = claims(series_id, package=pkg)
    stated = stated[(stated["kind"] == "cagr") & (stated["source"] == source) & (stated["start_year"] == first)
                    & (stated["end_year"] == last)]
    return stated.drop_duplicates("item").set_index("item")


def _by_item(series_id: str, pkg: Package, with_audit: bool, layout: dict, numbers: bool) -> pd.DataFrame:
    """Items in the printed order by years, with the stated rate of each row."""
    wide = load(series_id, wide=True, package=pkg)
    status = wide.attrs["status"]
    fmt = float if numbers else number_format(layout["format"], wide.stack().to_numpy())
    rate = (lambda r: r / 100) if numbers else (lambda r: f"{r:g}%")
    again = (lambda r: r / 100) if numbers else (lambda r: f"{r:.1f}%")
    blank = None if numbers else ""
    first, last = int(wide.columns[0]), int(wide.columns[-1])
    stated = _stated_rates(series_id, pkg, first, last, layout["source"])
    out = pd.DataFrame({layout["title"]: wide.index})
    for y in wide.columns:
        header = f"{_year_label(y, status[y])} ({wide.attrs['unit']})" if numbers else _year_label(y, status[y])
        out[header] = [fmt(v) if pd.notna(v) else blank for v in wide[y]]
    if len(stated):
        label = f"{first}-{str(last)[2:]}{'E' if status[last] == 'estimate' else ''} CAGR"
        out[label] = [rate(stated.loc[i, "value"]) if i in stated.index else blank for i in wide.index]
        if with_audit:
            from .checks import audit

            a = audit(series_id, package=pkg)
            a = a[(a["check"] == "cagr") & a["claim"].isin(stated["claim"])].set_index("item")
            out["Recomputed CAGR"] = [again(a.loc[i, "recomputed"]) if i in a.index else blank for i in wide.index]
            out["Verdict"] = [a.loc[i, "verdict"] if i in a.index else blank for i in wide.index]
    return out


def _whole_unit(series_id: str, pkg: Package, unit: str) -> str | None:
    """The unit of a whole the series must lie within, when it is another currency (for a converted column)."""
    k = pkg.constraints[pkg.constraints["part"] == series_id]
    units = pkg.units.set_index("unit")
    for whole in k["whole"]:
        wu = pkg.series.set_index("series").loc[whole, "unit"]
        if units.loc[wu, "quantity"] == units.loc[unit, "quantity"] == "money" \
                and units.loc[wu, "currency"] != units.loc[unit, "currency"]:
            return wu
    return None


def _by_year(series_id: str, pkg: Package, with_audit: bool, layout: dict, numbers: bool) -> tuple[pd.DataFrame, list]:
    """One item by year, with its value in the unit of its whole when that is another currency."""
    df = load(series_id, package=pkg)
    unit = df["unit"].iloc[0]
    fmt = float if numbers else number_format(layout["format"], df["value"])
    label = "Market size" if layout["kind"] == "market" else df["item"].iloc[0]
    out = pd.DataFrame({
        "Year": [_year_label(y, s) for y, s in zip(df["year"], df["status"])],
        f"{label} ({unit})": [fmt(v) for v in df["value"]],
        "Status": df["status"].tolist(),
    })
    notes = []
    whole_unit = _whole_unit(series_id, pkg, unit)
    if whole_unit is not None:
        conv = convert(df, whole_unit, fx_year="nearest", package=pkg)
        out[whole_unit] = [float(v) if numbers else f"{v:,.1f}" for v in conv["value"]]
        pairs = sorted({p for p, _ in conv.attrs.get("fx", [])})
        used = ", ".join(str(y) for _, y in conv.attrs.get("fx", []))
        target = pkg.units.set_index("unit").loc[whole_unit, "currency"]
        notes.append(f"{target} column converted at annual-average {', '.join(pairs)} rates for {used} (the latest "
                     "published rate for forecast years).")
    stated = claims(series_id, package=pkg)
    stated = stated[stated["kind"] == "cagr"]
    y0, y1 = int(df["year"].iloc[0]), int(df["year"].iloc[-1])
    if len(stated):
        c = stated.iloc[0]
        notes.append(f"Stated CAGR {int(c['start_year'])}-{int(c['end_year'])}: {c['value']:g}%.")
    if y1 > y0:
        implied = cagr(df["value"].iloc[0], df["value"].iloc[-1], y1 - y0)
        notes.append(f"Recomputed CAGR {y0}-{y1} ({y1 - y0} periods): {100 * implied:.1f}%.")
    if with_audit:
        from .checks import audit

        a = audit(series_id, package=pkg)
        for _, r in a[a["check"].isin(["cagr", "period"])].iterrows():
            notes.append(f"Audit ({r['check']}): {r['verdict']}. {r['note']}")
    return out, notes


def reproduce(series_id: str, *, audit: bool = False, package: Package | None = None,
              numbers: bool = False) -> pd.DataFrame:
    """A series' table in its printed row order, with cells formatted as printed.

    Parameters
    ----------
    series_id : str
        Any series with observations (:func:`aimarket.list_series`).
    audit : bool, default False
        Add the recomputed CAGR and the audit's verdict for each row with a
        stated rate (for a one-item series, the audit's notes go into the
        source note).
    package : Package, optional
        A package from :func:`aimarket.read_package`; the bundled one by default.
    numbers : bool, default False
        Cells as numbers (values in the series' unit, rates as fractions) for
        CSV files and spreadsheets, instead of text formatted as printed.

    Returns
    -------
    pandas.DataFrame
        String cells (numbers with ``numbers=True``); ``attrs`` holds ``title``,
        ``unit``, ``source`` and ``table_id``.

    Examples
    --------
    >>> import aimarket as am
    >>> t = am.reproduce("bloomberg_genai")
    >>> t.iloc[0].tolist()
    ['Hardware', '$37,973', '$223,615', '$641,737', '33%']
    >>> am.reproduce("bloomberg_genai", audit=True).iloc[12, -2:].tolist()
    ['114.1%', 'rounding']
    """
    pkg = resolve_package(package)
    check_series(series_id, pkg)
    check_bool(audit, "audit")
    check_bool(numbers, "numbers")
    obs = pkg.observations
    items = obs.loc[obs["series"] == series_id, "item"].unique()
    if len(items) == 0:
        raise ValueError(f"series_id: {series_id!r} has no observations to tabulate (its figures are claims only)")
    layout = _layout(series_id, pkg)
    notes = []
    if len(items) > 1:
        out = _by_item(series_id, pkg, audit, layout, numbers)
    else:
        out, notes = _by_year(series_id, pkg, audit, layout, numbers)
    out.attrs = {"title": layout["title"], "unit": layout["note"],
                 "source": " ".join([_source_note(series_id, pkg), *notes]), "table_id": series_id}
    return out


def _markdown(df: pd.DataFrame) -> str:
    def esc(x):  # pipes would split a cell; markup from a package prints as text
        return _html.escape(str(x), quote=False).replace("|", "\\|")

    numeric = [bool(re.fullmatch(r"[-+$€¥£(]*[0-9][0-9,.]*[%)]?E?", str(v))) for v in df.iloc[0]] if len(df) else []
    head = "| " + " | ".join(esc(c) for c in df.columns) + " |"
    rule = "|" + "|".join("---:" if n else ":---" for n in numeric) + "|"
    body = ["| " + " | ".join(esc(v) for v in row) + " |" for row in df.itertuples(index=False)]
    lines = []
    if df.attrs.get("title"):
        lines += [f"**{esc(df.attrs['title'])}**", ""]
    if df.attrs.get("unit"):
        lines += [f"*{esc(df.attrs['unit'])}*", ""]
    lines += [head, rule, *body]
    if df.attrs.get("source"):
        lines += ["", esc(df.attrs["source"])]
    return "\n".join(lines) + "\n"


def _described(table: pd.DataFrame, package: Package | None) -> pd.DataFrame:
    """A copy of ``table`` whose ``attrs`` give title, unit and source: its own (a frame from :func:`reproduce`), or
    those of the series its ``attrs["series"]`` names (a frame from :func:`load`, its index a column if it has
    one); a frame that says neither is refused."""
    if table.attrs.get("title"):
        return table
    sid = table.attrs.get("series")
    if not isinstance(sid, str):
        raise ValueError("table: the frame has no title, unit or source in its attrs, nor the series it came from; "
                         "render takes a table from reproduce() or load(), or a series id")
    try:
        info = series_info(sid, package=package)
    except LookupError as exc:
        raise LookupError(f"table: the frame is of series {sid!r}, which the package given does not hold; pass the "
                          f"package it came from ({exc})") from None
    out = table if isinstance(table.index, pd.RangeIndex) else table.reset_index()
    out = out.astype(object).where(out.notna(), "")        # an empty cell (no parent, no value) prints empty
    out.attrs = {**table.attrs, "title": info["title"], "unit": table.attrs.get("unit") or info["unit"],
                 "source": source_line(sid, package=package)}
    return out


def render(table, fmt: str = "markdown", *, package: Package | None = None) -> str:
    """Render a reproduced table as markdown, HTML or LaTeX.

    HTML and LaTeX come from great_tables, with the title, the unit as the
    subtitle and the source as a source note; text from a package is escaped
    in every format.

    Parameters
    ----------
    table : pandas.DataFrame or str
        A frame from :func:`reproduce` (its ``attrs`` give title, unit and
        source), one from :func:`~aimarket.load` (the title, unit and source
        of the series it names), or a series id.
    fmt : {"markdown", "html", "latex"}
    package : Package, optional
        Where a series id is looked up; the bundled package by default.

    Raises
    ------
    ValueError
        A frame whose ``attrs`` name neither a title nor a series.

    Examples
    --------
    >>> import aimarket as am
    >>> print(am.render(am.reproduce("china_ai"), "markdown").splitlines()[4])
    | Year | Market size (CNY 100 million) | Status | USD 100 million |
    >>> print(am.render(am.load("china_ai", wide=True), "markdown").splitlines()[:3])
    ['**China AI market size**', '', '*CNY 100 million*']
    """
    if isinstance(fmt, str) and fmt not in FORMATS or not isinstance(fmt, str):
        raise unknown("fmt", fmt, FORMATS)
    if isinstance(table, str):
        table = reproduce(table, package=package)
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"table must be a DataFrame from reproduce() or a series id, got {type(table).__name__}")
    table = _described(table, package)
    if fmt == "markdown":
        return _markdown(table)
    from great_tables import GT

    attrs = table.attrs
    frame = pd.DataFrame(table.to_numpy(), columns=[str(c) for c in table.columns]).astype(str)
    g = GT(frame)
    if attrs.get("title"):
        g = g.tab_header(title=str(attrs["title"]), subtitle=str(attrs.get("unit") or ""))
    if attrs.get("source"):
        g = g.tab_source_note(str(attrs["source"]))
    g = g.cols_align("right", columns=list(frame.columns[1:])) if frame.shape[1] > 1 else g
    return g.as_raw_html() if fmt == "html" else g.as_latex()
