"""Fitting one item of a package's series: its points, status, unit and source line, and the family
:func:`aimarket.compare` ranks first where none is named."""

from __future__ import annotations

from dataclasses import replace

from .._validate import check_str
from ..errors import unknown
from ._fit import GrowthFit, fit
from ._rank import compare

__all__ = ["fit_series"]


def fit_series(series_id: str, item: str | None = None, family: str | None = None, *, package=None,
               **kwargs) -> GrowthFit:
    """Fit a curve to one item of a series, carrying status, unit and source to the plot.

    Parameters
    ----------
    series_id : str
    item : str, optional
        The item as printed; the series' top item (its total) by default.
    family : str, optional
        The curve family. By default the best family the points identify, as
        :func:`aimarket.compare` ranks them; the fit's ``note`` says which.
    package : Package, optional
        A package from :func:`aimarket.read_package`; the bundled one by default.
    **kwargs
        Passed to :func:`fit` (``cap``, ``fixed``, ``bounds`` ...).

    Examples
    --------
    >>> import aimarket as am
    >>> f = am.fit_series("bloomberg_genai", "Total", "gompertz")
    >>> f.label, f.unit
    ('Generative AI revenue by segment', 'USD million')
    >>> am.fit_series("china_ai").family      # two points identify only exponential growth
    'exponential'
    """
    from ..catalog import item_title, load, series_info, source_line, top_item

    df = load(series_id, package=package)
    top = top_item(series_id, package=package)
    item = top if item is None else check_str(item, "item")
    rows = df[df["item"] == item]
    if rows.empty:
        raise unknown("item", item, df["item"].unique())
    chosen = None
    if family is None:
        ranked = compare(rows["year"].to_numpy(), rows["value"].to_numpy(),
                         **{k: v for k, v in kwargs.items() if k in ("cap", "fixed")})
        if ranked.empty:
            reasons = "; ".join(f"{k}: {v}" for k, v in ranked.attrs.get("skipped", {}).items())
            raise ValueError(f"family: no family fits the {len(rows)} points of {item!r} ({reasons})")
        family = ranked["family"].iloc[0]
        chosen = (f"family {family}: the best of {len(ranked)} that the points identify, ranked by "
                  f"{ranked['criterion'].iloc[0]}")
    f = fit(rows["year"].to_numpy(), rows["value"].to_numpy(), family, status=rows["status"].tolist(),
            label=item_title(series_info(series_id, package=package)["title"], item, top), unit=rows["unit"].iloc[0],
            source=source_line(series_id, package=package), **kwargs)
    if chosen:
        f = replace(f, note="; ".join(filter(None, [chosen, f.note])))
    return f
