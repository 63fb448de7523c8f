"""Audit every claim the reports make against the numbers they print, one registered check at a time.

:func:`audit` recomputes each stated growth rate, total, share, narrative
figure and hierarchy sum, allows for the rounding of everything printed, and
gives each check a verdict with the arithmetic in the note:

``exact``
    the recomputed figure rounds to the printed one;
``rounding``
    it does not, but inputs inside their rounding intervals give it;
``within``
    a part lies within its whole (a constraint between series: an
    inequality that holds, not a figure recomputed);
``inconsistent``
    no inputs consistent with what is printed give it (for a rate whose
    period is inferred: under no reading of the period);
``unverifiable``
    the reports hold nothing to check it against (the implied figure is
    still computed and shown).

The checks live in small modules (:mod:`.rates`, :mod:`.figures`, :mod:`.sums`,
:mod:`.structure`), each a function registered in :mod:`.context` on a shared
:class:`~aimarket.checks.context.Context`; a new kind of check is one more
registered function.
"""

from __future__ import annotations

import pandas as pd

from ..catalog import check_series, resolve_package
from ..datapackage import Package
from . import figures, sums, rates, structure  # noqa: F401  (registers the checks: series checks run in this order)
from .context import (AUDIT_COLUMNS, CHECKS, CLAIM_CHECKS, PACKAGE_CHECKS, SERIES_CHECKS, VERDICTS, Context,
                      SeriesClaims, claim_check, claim_period, package_check, series_check)

__all__ = ["audit", "AUDIT_COLUMNS", "CHECKS", "VERDICTS", "CLAIM_CHECKS", "SERIES_CHECKS", "PACKAGE_CHECKS",
           "claim_check", "series_check", "package_check"]


#: the check a claim's row is filed under where no check can read it
_CHECK_OF = {"cagr": "cagr", "growth": "cagr", "multiple": "cagr", "share": "implied", "value": "narrative"}


def audit(series_id: str | None = None, *, package: Package | None = None) -> pd.DataFrame:
    """Check every claim the reports make against their own numbers.

    Parameters
    ----------
    series_id : str, optional
        Audit one series (and the cross-source checks it takes part in);
        every series by default.
    package : Package, optional
        A package from :func:`aimarket.read_package`; the bundled one by default.
        A claim's optional ``period`` column (``stated`` or ``inferred``; empty
        means stated) decides whether a rate is read over its stated period only
        or over every period its text allows.

    Returns
    -------
    pandas.DataFrame
        One row per check with columns ``series``, ``check`` (``cagr``,
        ``hierarchy``, ``narrative``, ``period``, ``arithmetic``, ``implied``,
        ``cross-source``), ``claim``, ``item``, ``year``, ``reported``,
        ``recomputed``, ``low`` and ``high`` (what rounding allows), ``unit``,
        ``verdict`` (one of :data:`VERDICTS`: ``exact``, ``rounding``,
        ``within``, ``inconsistent``, ``unverifiable``), ``note`` (the
        arithmetic) and ``locator``.

    Raises
    ------
    LookupError
        An unknown ``series_id``.
    ValueError
        A claim of a kind no check is registered for, or a ``period`` other
        than ``stated`` or ``inferred``.

    Examples
    --------
    >>> import aimarket as am
    >>> a = am.audit("bloomberg_genai")
    >>> a[a.check == "cagr"].verdict.value_counts().to_dict()
    {'exact': 19, 'rounding': 2}
    >>> a.query("claim == 'bbg_text_ai_server'").verdict.item()
    'inconsistent'
    """
    pkg = resolve_package(package)
    if series_id is not None:
        check_series(series_id, pkg)
    ctx = Context(pkg)
    claims = dict(tuple(pkg.claims.groupby("series", sort=False)))  # each series' claims, in the package's order
    for sid in [series_id] if series_id else list(pkg.series["series"]):
        s = SeriesClaims(sid, claims.get(sid, pkg.claims.iloc[:0]), len(ctx.series_rows(sid)) > 0)
        for _, c in s.claims.iterrows():
            claim_period(c)  # a period other than stated or inferred is named before any check reads it
            checks = CLAIM_CHECKS.get(c["kind"])
            if checks is None:
                raise ValueError(f"claims: claim {c['claim']!r} is of kind {c['kind']!r}, which no check reads; "
                                 f"known kinds: {sorted(CLAIM_CHECKS)}")
            try:
                any(check(ctx, c, s) for check in checks)
            except ValueError as exc:  # a rate below -100%, a year past the float range: this claim alone unread
                ctx.add(c, check=_CHECK_OF.get(c["kind"], "narrative"), reported=c["value"], verdict="unverifiable",
                        note=f"the claim cannot be checked as printed: {exc}")
        for check in SERIES_CHECKS:
            check(ctx, s)
    for check in PACKAGE_CHECKS:
        check(ctx, series_id)
    return ctx.frame()
