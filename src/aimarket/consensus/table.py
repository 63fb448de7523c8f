"""One market across publishers and editions: each source's path in one unit, the value it implies at a common
year, and the market's median, range, spread and outliers; revisions between a publisher's editions; and the
markets' constraints (a part within its whole) checked across sources.
"""

from __future__ import annotations

import functools

import numpy as np
import pandas as pd

from ..errors import unknown
from .markets import match_markets
from .publishers import edition_date, publisher_key
from .stack import UNKNOWN

__all__ = ["consensus", "revisions", "market_constraints", "OUTLIER_FACTOR", "MAX_REACH"]

#: a source is an outlier when its value is more than this factor above or below its market's median
OUTLIER_FACTOR = 2.0
#: how many publishers a market needs before one of them is called an outlier
OUTLIER_MIN_SOURCES = 3
#: the furthest (in years) a source's path is carried from its nearest stated figure: the span of a typical
#: stated CAGR; an error of five points in the rate already moves the value by about a quarter over it, and
#: past it a value says more about the carrying than about the source
MAX_REACH = 5

COLUMNS = ["market", "label", "publisher", "edition", "source", "latest", "series", "unit", "base_year", "base_value",
           "target_year", "target_value", "stated_rate", "rate_period", "verdict", "path_rate", "year", "value",
           "method", "median", "low", "high", "spread", "vs_median", "outlier", "fx", "locator", "note"]
REVISION_COLUMNS = ["market", "label", "publisher", "year", "edition", "source", "value", "unit", "method",
                    "stated_rate", "change", "change_rate"]
CONSTRAINT_COLUMNS = ["part", "whole", "year", "publisher", "edition", "source", "value", "whole_low",
                      "whole_median", "whole_high", "unit", "exceeds", "of", "verdict"]


# ------------------------------------------------------------------------------------------- paths
class MarketPaths:
    """Each (market, source)'s stated figures and rate, ready to convert and to read at any year."""

    def __init__(self, package):
        from ..catalog import resolve_package

        self.pkg = pkg = resolve_package(package)
        placed = match_markets(pkg)
        self.unplaced = placed[placed["market"].isna() & (placed["kind"] == "market")]   # for error messages
        placed = placed[placed["market"].notna()]
        obs = pkg.observations
        tops = obs[obs["parent"].isna() & obs["series"].isin(placed["series"])]
        first_top = tops.drop_duplicates("series")[["series", "item"]]
        tops = tops.merge(first_top, on=["series", "item"])                      # each series' top item
        tops = tops.merge(placed[["series", "market"]], on="series")
        # a source's series of one market share its years: the series with the most figures wins (a headline's
        # rounded figure gives way to the sentence's), then the series id
        tops = tops.assign(n=tops.groupby("series")["year"].transform("size"))
        tops = tops.sort_values(["market", "source", "n", "series", "year"], ascending=[True, True, False, True, True],
                                kind="stable").drop(columns="n")
        dup = tops.duplicated(["market", "source", "year"])
        self.notes = {}
        for (m, s), g in tops[dup].groupby(["market", "source"]):
            self.notes[(m, s)] = (f"{len(g)} more figure(s) for the same years in series "
                                  f"{', '.join(sorted(set(g['series'])))}; the series with the most figures is kept")
        self.anchors = tops[~dup].sort_values(["market", "source", "year"]).reset_index(drop=True)
        claims = pkg.claims
        rates = claims[(claims["kind"] == "cagr") & claims["series"].isin(placed["series"])
                       & claims["start_year"].notna() & claims["end_year"].notna()]
        rates = rates.merge(first_top, on=["series", "item"]).merge(placed[["series", "market"]], on="series")
        rates = rates.assign(span=(rates["end_year"] - rates["start_year"]).astype(int))
        self.rates = rates.sort_values(["market", "source", "span", "end_year", "claim"],
                                       ascending=[True, True, False, False, True]).drop_duplicates(["market", "source"])
        src = pkg.sources.set_index("source")
        self.info = {s: (src.loc[s, "publisher"] if s in src.index else None,
                         src.loc[s, "date"] if s in src.index else None) for s in set(self.anchors["source"])}
        self.when = {s: self._when(s) for s in self.info}
        self.labels = dict(zip(pkg.markets["market"], pkg.markets["label"]))
        self._verdicts: dict = {}

    def _when(self, source: str) -> int:
        """A source's date as a number that orders editions (YYYYMMDD, an unstated month or day as 00); 0 for an
        undated source and for a date that is no ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` ("Q3 2024"), which is
        noted on the source's rows."""
        date = self.info[source][1]
        parsed = edition_date(date) if isinstance(date, str) else None
        if parsed is None:
            if isinstance(date, str):
                said = (f"its date {date!r} is no YYYY, YYYY-MM or YYYY-MM-DD (a day of the calendar): "
                        "ordered as undated")
                for m in set(self.anchors.loc[self.anchors["source"] == source, "market"]):
                    self.notes[(m, source)] = "; ".join(filter(None, [self.notes.get((m, source)), said]))
            return 0
        y, m, d = parsed
        return y * 10000 + m * 100 + d

    def publisher(self, source: str) -> str:
        """The key a source's editions share: its publisher's, or the source's own where no publisher is stated
        (two anonymous documents are no editions of one another)."""
        pub = self.info[source][0]
        if not isinstance(pub, str) or pub == UNKNOWN:
            return f"source:{source}"
        return publisher_key(pub) or f"source:{source}"

    def markets(self) -> dict[str, list[str]]:
        """Every market with its sources (sorted)."""
        return {m: sorted(set(g["source"])) for m, g in self.anchors.groupby("market")}

    def verdict(self, claim_row) -> str | None:
        from ..checks import audit

        sid = claim_row["series"]
        if sid not in self._verdicts:
            a = audit(sid, package=self.pkg)
            a = a[a["check"].isin(["cagr", "period"])].sort_values("check")    # the cagr row before the period row
            self._verdicts[sid] = dict(zip(a["claim"][::-1], a["verdict"][::-1]))
        return self._verdicts[sid].get(claim_row["claim"])

    def latest(self, market: str) -> dict[str, bool]:
        """Whether each source is its publisher's latest edition for the market (an undated source is latest only
        when none of its publisher's sources is dated)."""
        out = {}
        sources = self.markets()[market]
        by_pub: dict[str, list] = {}
        for s in sources:
            by_pub.setdefault(self.publisher(s), []).append((self.when[s], s))
        for group in by_pub.values():
            newest = max(d for d, _ in group)
            for d, s in group:
                out[s] = d == newest
        return out


def _units(pkg) -> pd.DataFrame:
    return pkg.units.set_index("unit")


def _pick_unit(pkg, anchors: pd.DataFrame, unit) -> str:
    """The unit asked for, else the largest unit of the currency most of the market's sources use."""
    table = _units(pkg)
    if unit is not None:
        if not isinstance(unit, str):
            raise TypeError(f"unit must be a unit name (str), got {unit!r}")
        if unit not in table.index:
            raise unknown("unit", unit, table.index)
        return unit
    used = anchors.drop_duplicates("source")[["source", "unit"]]
    cur = used["unit"].map(lambda u: table.loc[u, "currency"] or table.loc[u, "quantity"])
    counts = cur.value_counts()
    best = sorted(counts.index[counts == counts.max()])[0]
    candidates = sorted(set(used["unit"][cur == best]), key=lambda u: (-float(table.loc[u, "scale"]), u))
    return candidates[0]


def _factors(pkg, units: pd.Series, to_unit: str, market: str, who: pd.Series, fx_year) -> tuple[np.ndarray, list]:
    """What turns each row's unit into ``to_unit``: scale times one FX rate per currency pair (the latest year's
    by default, so every source's growth stays its own)."""
    from ..catalog import _fx_factor, _fx_table

    table = _units(pkg)
    target = table.loc[to_unit]
    out, used = np.empty(len(units)), []
    fx = functools.cache(lambda: _fx_table(pkg.fx))  # the checks convert applies, once: one rate per pair and year
    for u in sorted(set(units)):
        row = table.loc[u]
        if row["quantity"] != target["quantity"]:
            raise ValueError(f"market {market!r}: {who[units == u].iloc[0]} states {u!r} ({row['quantity']}), which "
                             f"cannot be put in {to_unit!r} ({target['quantity']})")
        factor = float(row["scale"]) / float(target["scale"])
        a, b = row["currency"], target["currency"]
        if isinstance(a, str) and isinstance(b, str) and a != b:
            rates = fx()
            pairs = (f"{a}/{b}", f"{b}/{a}")
            have = sorted(y for p, y in rates.index if p in pairs and (fx_year is None or y == fx_year))
            if not have:
                raise ValueError(f"market {market!r}: {who[units == u].iloc[0]} states {a} ({u!r}) and the comparison "
                                 f"is in {b} ({to_unit!r}), but the package has no {a}/{b} rate"
                                 + (f" for {fx_year}" if fx_year is not None else "")
                                 + "; add one to its fx resource, or pass unit= in " + a)
            year = have[-1]
            factor *= float(_fx_factor(a, b, np.array([year]), rates, year, set())[0])
            pair = pairs[0] if (pairs[0], year) in rates.index else pairs[1]
            used.append(f"{pair} {rates[(pair, year)]:g} ({year})")
        out[np.asarray(units == u)] = factor
    return out, used


def value_at(years: np.ndarray, values: np.ndarray, rate: float | None, rate_says: str, year: int) -> tuple[float, str]:
    """A source's value at ``year`` on its own path: stated, geometric between its figures, or carried on at
    its stated rate (else the rate between its two figures nearest the year)."""
    from ..growth import cagr, compound, implied_start, interpolate

    if year in years:
        return float(values[years == year][0]), "stated"
    if years[0] < year < years[-1]:
        k = int(np.searchsorted(years, year))
        return float(interpolate(years, values, year)), f"geometric between its {years[k - 1]} and {years[k]} figures"
    anchor = years[-1] if year > years[-1] else years[0]
    if rate is None and len(years) >= 2:
        y0, y1 = (years[-2], years[-1]) if year > years[-1] else (years[0], years[1])
        rate = float(cagr(values[years == y0][0], values[years == y1][0], y1 - y0))
        rate_says = f"its {y0}-{y1} growth"
    if rate is None:
        return float("nan"), f"one figure ({years[0]}) and no stated rate: no path to {year}"
    v0 = values[years == anchor][0]
    if year > anchor:
        return float(compound(v0, rate, year - anchor)), f"carried on from {anchor} at {rate_says} ({rate:.2%} a year)"
    return float(implied_start(v0, rate, anchor - year)), f"carried back from {anchor} at {rate_says} ({rate:.2%} a year)"


def _nearest(years: np.ndarray, year: int) -> int:
    """The stated year nearest ``year``."""
    return int(years[np.argmin(np.abs(years - year))])


def _reach(years: np.ndarray, year: int) -> int:
    """How many years a path is carried past its stated years (sorted) to reach ``year``: 0 between them."""
    return int(max(years[0] - year, year - years[-1], 0))


def _comparison_year(targets: list[int]) -> int:
    """The latest target year that more than half of the sources reach."""
    t = np.asarray(sorted(targets))
    return int(max(y for y in t if (t >= y).sum() * 2 > len(t)))


def market_rows(paths: MarketPaths, market: str, *, year=None, unit=None, fx_year=None, outlier=OUTLIER_FACTOR,
                refuse_far: bool = True) -> pd.DataFrame:
    """One market's rows of the consensus table, with each source's ``path`` for figures.

    A source whose nearest figure is more than :data:`MAX_REACH` years from ``year`` has no value there (its
    ``method`` says why); a ``year`` that far from every latest edition's figures is refused (or, without
    ``refuse_far``, gives a market with no values to compare)."""
    from ..growth import cagr, implied_start

    pkg = paths.pkg
    a = paths.anchors[paths.anchors["market"] == market]
    unit = _pick_unit(pkg, a, unit)
    who = a["locator"].str.split(":").str[0] + " (" + a["source"] + ")"
    factor, fx_used = _factors(pkg, a["unit"], unit, market, who, fx_year)
    a = a.assign(v=a["value"].to_numpy(float) * factor)
    latest = paths.latest(market)
    rates = paths.rates[paths.rates["market"] == market].set_index("source")
    rows = []
    for source, g in a.groupby("source", sort=True):
        years, values = g["year"].to_numpy(int), g["v"].to_numpy(float)
        publisher, edition = paths.info[source]
        row = {"market": market, "label": paths.labels.get(market, market), "publisher": publisher,
               "edition": edition if isinstance(edition, str) else None, "source": source,
               "latest": latest[source], "series": ", ".join(sorted(set(g["series"]))), "unit": unit,
               "base_year": int(years[0]), "base_value": values[0], "target_year": int(years[-1]),
               "target_value": values[-1], "stated_rate": np.nan, "rate_period": None, "verdict": None,
               "path_rate": np.nan, "locator": g["locator"].iloc[0], "fx": "; ".join(fx_used) or None,
               "note": paths.notes.get((market, source))}
        rate, says = None, ""
        if source in rates.index:
            c = rates.loc[source]
            rate, says = float(c["value"]) / 100.0, "its stated rate"
            row.update(stated_rate=rate, rate_period=f"{int(c['start_year'])}-{int(c['end_year'])}",
                       verdict=paths.verdict(c))
            if len(years) == 1 and int(c["start_year"]) < years[0]:   # one figure and a rate: the base it implies
                row.update(base_year=int(c["start_year"]),
                           base_value=float(implied_start(values[0], rate, years[0] - int(c["start_year"]))))
                row["note"] = "; ".join(filter(None, [row["note"], "base implied by the stated rate"]))
        if row["target_year"] > row["base_year"]:
            row["path_rate"] = float(cagr(row["base_value"], row["target_value"],
                                                  row["target_year"] - row["base_year"]))
        row["path"] = (years, values, rate, says)
        rows.append(row)
    df = pd.DataFrame(rows)
    if year is None:
        year = _comparison_year(df.loc[df["latest"], "target_year"].tolist())
    reach = np.array([_reach(r[0], year) for r in df["path"]])
    if refuse_far and (reach[df["latest"].to_numpy(bool)] > MAX_REACH).all():
        years = np.concatenate([r[0] for r in df.loc[df["latest"], "path"]])
        raise ValueError(f"year: {year} is more than {MAX_REACH} years from every stated figure of market {market!r} "
                         f"(its sources state {years.min()} to {years.max()}); consensus carries a source's path at "
                         f"most {MAX_REACH} years past its figures, and calls no outlier on a longer extrapolation")
    at = [value_at(*r, year) if d <= MAX_REACH else
          (np.nan, f"its nearest figure ({_nearest(r[0], year)}) is {d} years from {year}; a path is carried at "
                   f"most {MAX_REACH} years") for r, d in zip(df["path"], reach)]
    df["year"] = int(year)
    df["value"] = [v for v, _ in at]
    df["method"] = [m for _, m in at]
    use = df["latest"] & np.isfinite(df["value"])
    vals = df.loc[use, "value"].to_numpy(float)
    med = float(np.median(vals)) if len(vals) else np.nan
    df["median"], df["low"], df["high"] = med, (vals.min() if len(vals) else np.nan), (vals.max() if len(vals) else np.nan)
    df["spread"] = df["high"] / df["low"]
    df["vs_median"] = df["value"] / med
    far = (df["vs_median"] > outlier) | (df["vs_median"] < 1.0 / outlier)
    df["outlier"] = (use & far & (use.sum() >= OUTLIER_MIN_SOURCES)).astype(bool)
    return df   # with "path": each source's (years, values, rate, what the rate is) for figures


def _check_args(year, outlier, fx_year):
    from .._validate import check_int

    if year is not None:
        check_int(year, "year", low=1900, high=2100)
    if fx_year is not None:
        check_int(fx_year, "fx_year", low=1900, high=2100)
    if isinstance(outlier, bool) or not isinstance(outlier, (int, float)) or not outlier > 1 or not np.isfinite(outlier):
        raise ValueError(f"outlier must be a factor greater than 1, got {outlier!r}")


def markets_asked(paths: MarketPaths, market) -> list[str]:
    have = paths.markets()
    if market is None:
        common = [m for m, s in have.items() if len(s) >= 2]
        if not common:
            listed = "; ".join(f"{m}: {', '.join(s)}" for m, s in have.items()) or "none placed"
            unplaced = ", ".join(repr(t) for t in paths.unplaced["title"])
            raise ValueError("package: no market has figures from two or more sources (" + listed + ")"
                             + (f"; subjects no market's name matches: {unplaced}" if unplaced else ""))
        return common
    names = [market] if isinstance(market, str) else market
    if not isinstance(names, (list, tuple)) or not all(isinstance(m, str) for m in names):
        raise TypeError(f"market must be a market id or a list of them, got {market!r}")
    if not names or len(set(names)) < len(names):
        raise ValueError(f"market must name one market or more, each once, got {market!r}")
    known = set(paths.pkg.markets["market"])
    for m in names:
        if m not in known:
            raise unknown("market", m, known)
        if m not in have:
            raise ValueError(f"market {m!r}: no series in the package is placed in it; markets with figures: "
                             f"{', '.join(have) or 'none'}")
    return list(names)


def consensus(package, *, market=None, year: int | None = None, unit: str | None = None,
              outlier: float = OUTLIER_FACTOR, fx_year: int | None = None) -> pd.DataFrame:
    """One market across publishers and editions: each source's figures in one unit, and where they agree.

    Parameters
    ----------
    package : Package
        A stack (:func:`aimarket.stack`) or any package whose series are placed in markets (its
        ``series.market`` column, else the markets' names matched against the series' titles).
    market : str or list of str, optional
        Market ids; by default every market with figures from two or more sources.
    year : int, optional
        The comparison year; by default, per market, the latest target year that more than half of its
        sources (their publishers' latest editions) reach. A source's path is carried at most
        ``MAX_REACH`` (5) years from its nearest stated figure: a source further away has no value there
        (and no outlier verdict), and a year that far from every latest edition's figures is refused.
    unit : str, optional
        The unit of every value; by default, per market, the largest unit of the currency most of its
        sources state.
    outlier : float, default 2.0
        A source is an outlier when its value at the comparison year is more than ``outlier`` times its
        market's median or less than ``1/outlier`` of it (with three or more publishers).
    fx_year : int, optional
        The year of the one FX rate each currency pair converts at; the latest in the package by default.

    Returns
    -------
    pandas.DataFrame
        One row per market and source, sorted by market, publisher and edition (by date, oldest first; a
        source that states no publisher is its own, never an edition of another): ``publisher``,
        ``edition``, ``latest`` (its publisher's newest edition for the market: the statistics use only
        these), ``base_year``/``base_value``, ``target_year``/``target_value``, ``stated_rate`` (a fraction, as every rate) with
        ``rate_period`` and the audit's ``verdict``, ``path_rate`` (the CAGR from base to target),
        ``year`` and ``value`` (the value at the comparison year on the source's own path) with its
        ``method``, the market's ``median``, ``low``, ``high`` and ``spread`` (high / low), the row's
        ``vs_median`` and ``outlier`` flag, the ``fx`` rate used, the first ``locator`` and a ``note``.
        ``attrs["rule"]`` states the outlier rule.

    Raises
    ------
    UnknownIdError
        An unknown market or unit.
    ValueError
        No market with two sources, a market no series is placed in, units of another quantity, two
        currencies and no FX rate between them, or a ``year`` more than ``MAX_REACH`` years from every
        source's figures; the message names the market and the file (or the year and the sources' span).
        A source's date that is not ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a day of the calendar) is no
        error: the source is ordered as undated and its ``note`` says so.

    Examples
    --------
    >>> import aimarket as am, pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Acme estimates the global AI market at USD 100 billion in 2024 and "
    ...                                   "USD 400 billion in 2030.", encoding="utf-8")
    >>> _ = (folder / "b.txt").write_text("Beta estimates the global AI market at USD 200 billion in 2024 and "
    ...                                   "USD 800 billion in 2032.", encoding="utf-8")
    >>> t = am.consensus(am.stack(folder))
    >>> t[["publisher", "year", "value", "method"]].values.tolist()
    [['Acme', 2030, 400.0, 'stated'], ['Beta', 2030, 565.68..., 'geometric between its 2024 and 2032 figures']]
    """
    _check_args(year, outlier, fx_year)
    paths = MarketPaths(package)
    out = [market_rows(paths, m, year=year, unit=unit, fx_year=fx_year, outlier=outlier)
           for m in markets_asked(paths, market)]
    df = pd.concat(out, ignore_index=True) if out else pd.DataFrame(columns=COLUMNS)
    when = df["source"].map(lambda src: paths.when[src] or np.nan) if len(df) else df["source"]
    df = df.assign(when=when).sort_values(["market", "publisher", "when", "source"], na_position="last", kind="stable")
    df = df[COLUMNS].reset_index(drop=True)
    df.attrs["rule"] = (f"an outlier is more than {outlier:g} times its market's median at the comparison year, or "
                        f"less than 1/{outlier:g} of it, among the latest edition of each publisher "
                        f"(markets with {OUTLIER_MIN_SOURCES} or more publishers)")
    return df


def consensus_source(rows: pd.DataFrame) -> str:
    """The whole source line of one market's consensus rows: every publisher and edition, the FX used and
    the outliers, as the consensus figure and the report print it."""
    latest = rows[rows["latest"]]
    outliers = ", ".join(latest.loc[latest["outlier"], "publisher"].astype(str))
    names = [f"{p or s}" + (f" ({e})" if e else "") for p, e, s in zip(rows["publisher"], rows["edition"], rows["source"])]
    fx = rows["fx"].iloc[0]
    return ("Sources: " + "; ".join(dict.fromkeys(names)) + "; aimarket."
            + (f" Converted at {fx}." if isinstance(fx, str) else "")
            + (f" Outliers (more than {OUTLIER_FACTOR:g}x from the median): {outliers}." if outliers else ""))


def revisions(package, *, market=None, unit: str | None = None, fx_year: int | None = None) -> pd.DataFrame:
    """How a publisher's forecast of one year moved between its editions.

    For each market and publisher with two or more editions: the latest year every edition's figures
    reach, each edition's value for it (on its own path, in one unit), and the change from the edition
    before.

    Returns
    -------
    pandas.DataFrame
        One row per market, publisher and edition, oldest first; ``change`` and ``change_rate`` (a fraction) are
        empty for a publisher's first edition. No rows when no publisher has several editions.

    Raises
    ------
    ValueError
        A source whose date is not ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` ("Q3 2024") among its publisher's
        dated editions of a market: it cannot be ordered; the message names the source, its document and date.

    Examples
    --------
    >>> import aimarket as am, pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> for e, a, b in ((2023, 150, 1300), (2024, 200, 1000)):
    ...     _ = (folder / f"acme{e}.txt").write_text(f"Published in {e}. Acme estimates the global AI market at "
    ...                                              f"USD {a} billion in {e} and USD {b} billion in 2030.")
    >>> r = am.revisions(am.stack(folder))
    >>> r[["edition", "year", "value", "change", "change_rate"]].round(4).values.tolist()
    [['2023', 2030, 1300.0, nan, nan], ['2024', 2030, 1000.0, -300.0, -0.2308]]
    """
    _check_args(None, OUTLIER_FACTOR, fx_year)
    paths = MarketPaths(package)
    asked = list(paths.markets()) if market is None else markets_asked(paths, market)
    out = []
    for m in asked:
        a = paths.anchors[paths.anchors["market"] == m]
        targets = a.groupby("source")["year"].max()
        editions: dict[str, list] = {}
        for s in targets.index:
            if isinstance(paths.info[s][1], str):
                editions.setdefault(paths.publisher(s), []).append(s)
        for sources in editions.values():
            if len({paths.when[s] for s in sources}) < 2:
                continue
            undated = next((s for s in sources if not paths.when[s]), None)
            if undated is not None:
                doc = a.loc[a["source"] == undated, "locator"].iloc[0].split(":")[0]
                raise ValueError(f"sources: source {undated!r} ({doc}) has the date {paths.info[undated][1]!r}, "
                                 f"which is no edition date, and market {m!r} has other editions of its publisher "
                                 "to order it among; write YYYY, YYYY-MM or YYYY-MM-DD, a day of the calendar")
            sub = market_rows(paths, m, unit=unit, fx_year=fx_year, year=int(targets[sources].min()))
            sub = sub[sub["source"].isin(sources)]
            sub = sub.iloc[np.lexsort((sub["source"].to_numpy(), sub["source"].map(paths.when).to_numpy()))]
            out.append(sub.assign(change=sub["value"].diff(),
                                  change_rate=sub["value"] / sub["value"].shift() - 1.0))
    if not out:
        return pd.DataFrame(columns=REVISION_COLUMNS)
    return pd.concat(out, ignore_index=True)[REVISION_COLUMNS]


def market_constraints(package, *, unit: str | None = None, fx_year: int | None = None) -> pd.DataFrame:
    """Each part market's sources against its whole's (China within the world, generative AI within all AI).

    At the part's comparison year, every part source's value (latest editions) is set against the
    whole market's sources' values in the whole's unit: ``exceeds`` counts the whole's sources it is
    larger than, of ``of``; the verdict is ``holds`` (below all), ``conflicts with some sources`` or
    ``exceeds every source``.

    Examples
    --------
    >>> import aimarket as am
    >>> pkg = am.stack([am.extract_text("Acme estimates the global AI market at USD 500 billion in 2030.",
    ...                                 name="a.txt"),
    ...                 am.extract_text("Beta estimates the China AI market at USD 600 billion in 2030.",
    ...                                 name="b.txt")])
    >>> am.market_constraints(pkg)[["part", "whole", "year", "exceeds", "of", "verdict"]].values.tolist()
    [['china_ai', 'global_ai', 2030, 1, 1, 'exceeds every source']]
    """
    _check_args(None, OUTLIER_FACTOR, fx_year)
    paths = MarketPaths(package)
    have = paths.markets()
    within = paths.pkg.markets.dropna(subset=["within"])
    out = []
    for part, whole in zip(within["market"], within["within"]):
        if part not in have or whole not in have:
            continue
        w_unit = _pick_unit(paths.pkg, paths.anchors[paths.anchors["market"] == whole], unit)
        p = market_rows(paths, part, unit=w_unit, fx_year=fx_year)
        p = p[p["latest"] & np.isfinite(p["value"])]
        if p.empty:
            continue
        w = market_rows(paths, whole, unit=w_unit, fx_year=fx_year, year=int(p["year"].iloc[0]), refuse_far=False)
        wv = w.loc[w["latest"] & np.isfinite(w["value"]), "value"].to_numpy(float)
        if not len(wv):
            continue
        for r in p.itertuples(index=False):
            n = int((r.value > wv).sum())
            verdict = "holds" if n == 0 else ("exceeds every source" if n == len(wv) else "conflicts with some sources")
            out.append({"part": part, "whole": whole, "year": r.year, "publisher": r.publisher, "edition": r.edition,
                        "source": r.source, "value": r.value, "whole_low": wv.min(), "whole_median": float(np.median(wv)),
                        "whole_high": wv.max(), "unit": w_unit, "exceeds": n, "of": len(wv), "verdict": verdict})
    return pd.DataFrame(out, columns=CONSTRAINT_COLUMNS)
