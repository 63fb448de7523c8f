"""The one renderer: a report's sections (titles and typed blocks) as a self-contained HTML page.

Text is escaped here and nowhere else; numbers are formatted by :func:`aimarket.display.format_frame`.
Tables scroll inside their own box, numbers never wrap, and words wrap only between themselves, so
a phone shows every cell whole.
"""

from __future__ import annotations

import datetime
import html

import pandas as pd

from .blocks import Figure, Heading, Items, Section, Span, Table, Text

__all__ = ["render_page"]

#: text columns no longer than this (in characters) are kept on one line
SHORT = 32


def _esc(x) -> str:
    """Text as element content (quotes kept as they are)."""
    return html.escape(str(x), quote=False)


def _attr(x) -> str:
    """Text as an attribute value."""
    return html.escape(str(x), quote=True)


def _inline(parts) -> str:
    out = []
    for p in parts:
        if not isinstance(p, Span):
            out.append(_esc(p))
            continue
        text = _esc(p.text)
        if p.href:
            text = f'<a href="{_attr(p.href)}">{text}</a>'
        if p.strong:
            text = f"<b>{text}</b>"
        if p.small:
            text = f"<small>{text}</small>"
        out.append(text)
    return "".join(out)


def _frame(df: pd.DataFrame, *, problems: bool) -> str:
    """A frame as an HTML table of formatted numbers; numeric columns are marked so they never wrap."""
    from ..display import format_frame

    text = format_frame(df)
    numeric = [pd.api.types.is_numeric_dtype(df[c].dtype) and df[c].dtype.kind != "b" for c in df.columns]
    # numbers and short text (ids, units, verdicts) stay on one line; only long text wraps, between its words
    kinds = ["num" if n else "short" if text[c].str.len().max(skipna=True) <= SHORT else ""
             for c, n in zip(df.columns, numeric)] if len(df) else [""] * len(df.columns)
    cls = lambda k: f' class="{k}"' if k else ""   # noqa: E731
    head = "".join(f"<th{cls(k)}>{_esc(c)}</th>" for c, k in zip(df.columns, kinds))
    labels = [f' data-label="{_attr(c)}"' for c in df.columns]
    rows = "".join("<tr>" + "".join(f"<td{cls(k)}{lab}>{_esc(v)}</td>" for v, k, lab in zip(row, kinds, labels))
                   + "</tr>" for row in text.itertuples(index=False))
    # a table with long text reflows into one card per row on a phone, rather than rows a screen tall
    cards = " cards" if "" in kinds else ""
    return (f'<table class="data{" problems" if problems else ""}{cards}"><thead><tr>{head}</tr></thead>'
            f"<tbody>{rows}</tbody></table>")


def _table(block: Table) -> str:
    from ..tables import render

    inner = render(block.frame, "html") if block.printed else _frame(block.frame, problems=block.problems)
    box = f'<div class="scroll">{inner}</div>'
    if not block.printed and len(block.frame) > block.collapse_after:
        box = f"<details><summary>Show all {len(block.frame):,} {_esc(block.label)}</summary>{box}</details>"
    if block.csv:
        box += f'<p class="csv">Data: <a href="tables/{_attr(block.csv)}.csv">tables/{_esc(block.csv)}.csv</a></p>'
    return box


def _figure(block: Figure) -> str:
    name = _attr(block.name)
    return (f'<figure><img src="figures/{name}.png" alt="{_attr(block.caption)} {_attr(block.source)}">'
            f'<figcaption>{_esc(block.caption)} <span class="files"><a href="figures/{name}.png">PNG</a> · '
            f'<a href="figures/{name}.svg">SVG</a></span></figcaption></figure>')


def _block(block) -> str:
    if isinstance(block, Text):
        return f"<p>{_inline(block.parts)}</p>"
    if isinstance(block, Items):
        cls = f' class="{_attr(block.kind)}"' if block.kind else ""
        return f"<ul{cls}>" + "".join(f"<li>{_inline(item)}</li>" for item in block.items) + "</ul>"
    if isinstance(block, Heading):
        return f"<h3>{_esc(block.text)}</h3>"
    if isinstance(block, Figure):
        return _figure(block)
    if isinstance(block, Table):
        return _table(block)
    raise TypeError(f"a report block must be Text, Items, Heading, Figure or Table, got {type(block).__name__}")


def render_page(sections: list[Section], *, title: str, version: str, seconds: float, until: int) -> str:
    """The page: a contents list of the sections' titles, then the sections."""
    body, contents = [], []
    for k, section in enumerate(s for s in sections if s.blocks):
        anchor = f"s{k + 1}"
        contents.append(f'<li><a href="#{anchor}">{_esc(section.title)}</a></li>')
        body.append(f'<section id="{anchor}"><h2>{_esc(section.title)}</h2>\n'
                    + "\n".join(_block(b) for b in section.blocks) + "</section>")
    today = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d")
    return _PAGE.format(title=_esc(title), version=_esc(version), date=today, seconds=f"{seconds:.1f}", until=until,
                        contents="".join(contents), body="\n".join(body))


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>aimarket report: {title}, audited and projected</title>
<style>
body {{ font-family: -apple-system, "Segoe UI", Helvetica, Arial, "Noto Sans CJK SC", sans-serif; font-size: 16px;
        max-width: 1200px; margin: 2em auto; padding: 0 1em; color: #212529; line-height: 1.5; overflow-wrap: break-word; }}
h1 {{ border-bottom: 2px solid #1c7ed6; padding-bottom: .3em; font-size: 1.8em; }}
h2 {{ margin-top: 2em; color: #1864ab; }}
nav.contents ol {{ columns: 2 14em; }}
table.data {{ border-collapse: collapse; font-size: 14px; margin: 1em 0; }}
table.data th, table.data td {{ border-bottom: 1px solid #dee2e6; padding: 3px 8px; text-align: left; vertical-align: top; }}
table.data th.num, table.data td.num {{ text-align: right; }}
table.problems td {{ background: #fff5f5; }}
table.data td {{ min-width: 4em; max-width: 28em; }}
table.data td:last-child {{ min-width: 8em; }}
table th, table td {{ overflow-wrap: normal; word-break: keep-all; hyphens: manual; }}
td.num, th.num, td.short, td.gt_right, th.gt_right, td.gt_center {{ white-space: nowrap; }}
.scroll {{ overflow-x: auto; max-width: 100%; }}
details {{ margin: 1em 0; }} summary {{ cursor: pointer; color: #1864ab; }}
figure {{ margin: 1.5em 0; }} figure img {{ max-width: 100%; height: auto; border: 1px solid #dee2e6; }}
figcaption {{ font-size: 14px; color: #495057; }} .files {{ white-space: nowrap; }}
.csv {{ font-size: 14px; }} .sources li, .downloads li, .findings li {{ margin-bottom: .6em; }}
a {{ overflow-wrap: anywhere; }}
@media (max-width: 640px) {{
  h1 {{ font-size: 1.4em; }}
  table.cards, table.cards tbody, table.cards tr, table.cards td {{ display: block; }}
  table.cards thead {{ display: none; }}
  table.cards tr {{ border-bottom: 2px solid #adb5bd; padding: .4em 0; }}
  table.data.cards td, table.data.cards td.num {{ border: none; max-width: none; min-width: 0; text-align: left; padding: 1px 4px; }}
  table.cards td:empty {{ display: none; }}
  table.cards td::before {{ content: attr(data-label) ": "; color: #495057; font-weight: bold; }}
}}
</style></head>
<body>
<h1>{title}: audited and projected</h1>
<p>Generated on {date} by aimarket {version} in {seconds} s. Every number comes from its report with the
document and line it was read from; rates and totals are recomputed from the printed values, allowing for their
rounding; projections run to {until}.</p>
<nav class="contents"><b>Contents</b><ol>{contents}</ol></nav>
{body}
</body></html>
"""
