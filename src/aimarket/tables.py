"""The reports' tables, reproduced cell for cell, and rendered for a document.

:func:`reproduce` gives a table as the report printed it (strings such as
``$37,973`` and ``33%``, in the printed row order); :func:`render` turns it into
markdown, HTML or LaTeX with its title, unit and source note.
"""

from __future__ import annotations

import html as _html

import pandas as pd

from .catalog import _pkg, claims, convert, load, series_info
from .checks import audit as _audit
from .datapackage import Package
from .errors import unknown
from .growth import cagr

__all__ = ["reproduce", "render", "TABLES", "FORMATS"]

FORMATS = ("markdown", "html", "latex")


def _year_label(year: int, status: str) -> str:
    return f"{year}E" if status == "estimate" else str(year)


def _source_note(series_id: str, pkg: Package) -> str:
    info = series_info(series_id, package=pkg)
    df = load(series_id, package=pkg)
    lines = sorted({loc.rsplit(":", 1)[1] for loc in df["locator"]}, key=int)
    file = df["locator"].iloc[0].rsplit(":", 1)[0]
    where = f"{file}:{lines[0]}" + (f"-{lines[-1]}" if len(lines) > 1 else "")
    via = f", as cited by {info['via']}" if info.get("via") else ""
    return f"Source: {info['publisher']}, {info['report']}{via}. Transcribed from {where}."


def _bloomberg(pkg: Package, with_audit: bool) -> pd.DataFrame:
    wide = load("bloomberg_genai", wide=True, package=pkg)
    status = wide.attrs["status"]
    stated = claims("bloomberg_genai", package=pkg)
    stated = stated[(stated["kind"] == "cagr") & (stated["source"] == "bloomberg_intelligence")].set_index("item")
    first, last = wide.columns[0], wide.columns[-1]
    rate_col = f"{first}-{str(last)[2:]}E CAGR"
    out = pd.DataFrame({"Generative AI Revenue Projections": wide.index})
    for y in wide.columns:
        out[_year_label(y, status[y])] = [f"${v:,.0f}" for v in wide[y]]
    out[rate_col] = [f"{stated.loc[i, 'value']:g}%" for i in wide.index]
    if with_audit:
        a = _audit("bloomberg_genai", package=pkg)
        a = a[(a["check"] == "cagr") & a["claim"].isin(stated["claim"])].set_index("item")
        out["Recomputed CAGR"] = [f"{a.loc[i, 'recomputed']:.1f}%" for i in wide.index]
        out["Verdict"] = [a.loc[i, "verdict"] for i in wide.index]
    out.attrs = {
        "title": "Generative AI Revenue Projections",
        "unit": "USD million, unless otherwise specified",
        "source": _source_note("bloomberg_genai", pkg),
        "table_id": "bloomberg_genai",
    }
    return out


def _market_summary(series_id: str, pkg: Package, with_audit: bool) -> pd.DataFrame:
    df = load(series_id, package=pkg)
    unit = df["unit"].iloc[0]
    info = series_info(series_id, package=pkg)
    out = pd.DataFrame({
        "Year": [_year_label(y, s) for y, s in zip(df["year"], df["status"])],
        f"Market size ({unit})": [f"{v:,.0f}" for v in df["value"]],
        "Status": df["status"].tolist(),
    })
    notes = []
    if not unit.startswith("USD"):
        usd = convert(df, "USD 100 million", fx_year="nearest", package=pkg)
        out["USD 100 million"] = [f"{v:,.1f}" for v in usd["value"]]
        used = ", ".join(f"{y}" for _, y in usd.attrs.get("fx", []))
        notes.append(f"USD column converted at annual-average CNY/USD rates for {used} (the latest published rate "
                     "for forecast years).")
    stated = claims(series_id, package=pkg)
    stated = stated[stated["kind"] == "cagr"]
    y0, y1 = int(df["year"].iloc[0]), int(df["year"].iloc[-1])
    implied = cagr(df["value"].iloc[0], df["value"].iloc[-1], y1 - y0)
    if len(stated):
        c = stated.iloc[0]
        notes.append(f"Stated CAGR {int(c['start_year'])}-{int(c['end_year'])}: {c['value']:g}%.")
    notes.append(f"Recomputed CAGR {y0}-{y1} ({y1 - y0} periods): {100 * implied:.1f}%.")
    if with_audit:
        a = _audit(series_id, package=pkg)
        a = a[a["check"].isin(["cagr", "period"])]
        for _, r in a.iterrows():
            notes.append(f"Audit ({r['check']}): {r['verdict']}. {r['note']}")
    out.attrs = {
        "title": info["title"],
        "unit": unit,
        "source": _source_note(series_id, pkg) + " " + " ".join(notes),
        "table_id": series_id,
    }
    return out


TABLES = {
    "bloomberg_genai": _bloomberg,
    "china_ai": lambda pkg, a: _market_summary("china_ai", pkg, a),
    "global_ai": lambda pkg, a: _market_summary("global_ai", pkg, a),
}


def reproduce(table_id: str, *, audit: bool = False, package: Package | None = None) -> pd.DataFrame:
    """A report's table in its printed row order, with cells formatted as printed.

    Parameters
    ----------
    table_id : str
        ``"bloomberg_genai"`` (the Bloomberg Intelligence table), ``"china_ai"``
        or ``"global_ai"`` (summary tables of the two market series).
    audit : bool, default False
        Add the recomputed CAGR and the audit's verdict for each row (for the
        summaries, the audit's notes go into the source note).

    Returns
    -------
    pandas.DataFrame
        String cells; ``attrs`` holds ``title``, ``unit`` and ``source``.

    Examples
    --------
    >>> import aimarket as am
    >>> t = am.reproduce("bloomberg_genai")
    >>> t.iloc[0].tolist()
    ['Hardware', '$37,973', '$223,615', '$641,737', '33%']
    >>> am.reproduce("bloomberg_genai", audit=True).iloc[12, -2:].tolist()
    ['114.1%', 'rounding']
    """
    pkg = _pkg(package)
    if not isinstance(table_id, str) or table_id not in TABLES:
        raise unknown("table_id", table_id, TABLES)
    return TABLES[table_id](pkg, audit)


def _markdown(df: pd.DataFrame) -> str:
    def esc(x):
        return str(x).replace("|", "\\|")

    numeric = [all(ch in "0123456789$,.%-+E " for ch in str(v)) for v in df.iloc[0]] if len(df) else []
    head = "| " + " | ".join(esc(c) for c in df.columns) + " |"
    rule = "|" + "|".join("---:" if n else ":---" for n in numeric) + "|"
    body = ["| " + " | ".join(esc(v) for v in row) + " |" for row in df.itertuples(index=False)]
    lines = []
    if df.attrs.get("title"):
        lines += [f"**{df.attrs['title']}**", ""]
    if df.attrs.get("unit"):
        lines += [f"*{df.attrs['unit']}*", ""]
    lines += [head, rule, *body]
    if df.attrs.get("source"):
        lines += ["", df.attrs["source"]]
    return "\n".join(lines) + "\n"


def render(table, fmt: str = "markdown") -> str:
    """Render a reproduced table as markdown, HTML or LaTeX.

    HTML and LaTeX come from great_tables, with the title, the unit as the
    subtitle and the source as a source note.

    Parameters
    ----------
    table : pandas.DataFrame or str
        A frame from :func:`reproduce` (its ``attrs`` give title, unit and
        source) or a table id.
    fmt : {"markdown", "html", "latex"}

    Examples
    --------
    >>> import aimarket as am
    >>> print(am.render(am.reproduce("china_ai"), "markdown").splitlines()[4])
    | Year | Market size (CNY 100 million) | Status | USD 100 million |
    """
    if isinstance(table, str):
        table = reproduce(table)
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"table must be a DataFrame from reproduce() or a table id, got {type(table).__name__}")
    if fmt not in FORMATS:
        raise unknown("fmt", fmt, FORMATS)
    if fmt == "markdown":
        return _markdown(table)
    from great_tables import GT

    attrs = table.attrs
    frame = pd.DataFrame(table.to_numpy(), columns=[str(c) for c in table.columns])
    g = GT(frame)
    if attrs.get("title"):
        g = g.tab_header(title=attrs["title"], subtitle=attrs.get("unit"))
    if attrs.get("source"):
        g = g.tab_source_note(attrs["source"] if fmt == "latex" else _html.escape(attrs["source"]))
    g = g.cols_align("right", columns=list(frame.columns[1:])) if frame.shape[1] > 1 else g
    return g.as_raw_html() if fmt == "html" else g.as_latex()
