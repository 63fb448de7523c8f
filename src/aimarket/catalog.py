"""The catalog: list, load and convert the series the reports publish.

Every frame handed out is a copy, so nothing done to it reaches the bundled
data. Values stay in the report's own unit until :func:`convert` is asked.
"""

from __future__ import annotations

import functools
import re

import numpy as np
import pandas as pd

from ._validate import _describe, as_float_array, check_bool, check_finite, duplicate_rows
from .datapackage import Package, bundled_package
from .errors import UnknownIdError, unknown
from .growth import _check_aligned, printed_steps

__all__ = ["list_series", "load", "claims", "sources", "units", "fx_rates", "constraints", "convert", "series_info",
           "source_line", "source_locators", "top_item"]

OBSERVATION_COLUMNS = ["series", "item", "parent", "year", "value", "unit", "status", "source", "locator"]


def resolve_package(package: Package | None) -> Package:
    """The package a reading function works on: ``package`` itself, or the bundled one for ``None``.

    Part of the library's internal API (every layer that takes ``package=`` calls it); a non-Package is
    a ``TypeError`` naming the argument.
    """
    if package is None:
        return bundled_package()
    if not isinstance(package, Package):
        raise TypeError(f"package must be an aimarket Package (from read_package), got {type(package).__name__}")
    return package


def check_series(series_id: object, pkg: Package) -> str:
    """``series_id`` if ``pkg`` holds that series; else an error naming it, with the closest known ids.

    Part of the library's internal API, shared by the layers that take a series id.
    """
    known = pkg.series["series"].tolist()
    if isinstance(series_id, Package):
        raise TypeError("series_id must be a string, got a Package: pass a package as package=pkg")
    if not isinstance(series_id, str):
        raise TypeError(f"series_id must be a string, got {_describe(series_id)} ({type(series_id).__name__}); "
                        f"known: {', '.join(known)}")
    if series_id not in known:
        if not known:
            raise UnknownIdError(f"series_id: {series_id!r} is not in the package, which has no series (no rows of "
                                 "observations)")
        raise unknown("series_id", series_id, known)
    return series_id


def list_series(*, package: Package | None = None) -> pd.DataFrame:
    """One row per series: id, title, unit, years, number of items and claims, source.

    Parameters
    ----------
    package : Package, optional
        A package from :func:`aimarket.read_package`; the bundled one by default.

    Returns
    -------
    pandas.DataFrame
        Columns ``series``, ``title``, ``unit``, ``years`` (a tuple of the
        years with observations), ``items``, ``claims``, ``kind``, ``source``,
        ``publisher``.

    Examples
    --------
    >>> import aimarket as am
    >>> s = am.list_series().set_index("series")
    >>> s.loc["bloomberg_genai", "years"]
    (2022, 2027, 2032)
    >>> s.loc["china_ai", "unit"]
    'CNY 100 million'
    """
    pkg = resolve_package(package)
    obs = pkg.observations
    years = obs.groupby("series")["year"].apply(lambda y: tuple(sorted(int(v) for v in set(y))))
    items = obs.groupby("series")["item"].nunique()
    n_claims = pkg.claims.groupby("series")["claim"].size() if len(pkg.claims) else pd.Series(dtype=int)
    out = pkg.series[["series", "title", "unit", "kind", "source"]].copy()
    out["years"] = [years.get(s, ()) for s in out["series"]]
    out["items"] = [int(items.get(s, 0)) for s in out["series"]]
    out["claims"] = [int(n_claims.get(s, 0)) for s in out["series"]]
    publisher = dict(zip(pkg.sources["source"], pkg.sources["publisher"])) if len(pkg.sources) else {}
    out["publisher"] = [publisher.get(s) for s in out["source"]]
    return out[["series", "title", "unit", "years", "items", "claims", "kind", "source", "publisher"]].reset_index(drop=True)


def series_info(series_id: str, *, package: Package | None = None) -> dict:
    """Title, unit, source and publisher of one series, as a dict.

    Examples
    --------
    >>> import aimarket as am
    >>> am.series_info("global_ai")["publisher"]
    'Statista'
    """
    pkg = resolve_package(package)
    check_series(series_id, pkg)
    row = pkg.series.set_index("series").loc[series_id].to_dict()
    row["series"] = series_id
    src = pkg.sources.set_index("source") if len(pkg.sources) else None
    if src is not None and row["source"] in src.index:
        s = src.loc[row["source"]]
        row["publisher"], row["report"] = s["publisher"], s["title"]
        via = s["via"]
        row["via"] = src.loc[via, "publisher"] if isinstance(via, str) and via in src.index else None
    else:
        row["publisher"] = row["report"] = row["via"] = None
    return row


def load(series_id: str, *, wide: bool = False, package: Package | None = None) -> pd.DataFrame:
    """Observations of one series, tidy (one row per item and year) or wide.

    Parameters
    ----------
    series_id : str
        A series id from :func:`list_series`.
    wide : bool, default False
        If True, return items (in the report's row order) by years, with the
        unit, source and status per year in ``attrs``.
    package : Package, optional
        A package from :func:`aimarket.read_package`; the bundled one by default.

    Returns
    -------
    pandas.DataFrame
        A copy: changing it never changes the next ``load``.

    Raises
    ------
    UnknownIdError
        An unknown id (a ``LookupError`` and ``ValueError``) naming the closest ids.
    TypeError
        A non-string id.

    Examples
    --------
    >>> import aimarket as am
    >>> df = am.load("bloomberg_genai")
    >>> df.shape
    (60, 9)
    >>> am.load("bloomberg_genai", wide=True).loc["Total", 2032]
    np.float64(1303551.0)
    """
    pkg = resolve_package(package)
    check_series(series_id, pkg)
    check_bool(wide, "wide")
    obs = pkg.observations
    df = obs.loc[obs["series"] == series_id, OBSERVATION_COLUMNS].reset_index(drop=True).copy(deep=True)
    if not wide:
        df.attrs = {"series": series_id}
        return df
    order = list(dict.fromkeys(df["item"]))
    table = df.pivot(index="item", columns="year", values="value").reindex(order)
    table.columns = [int(c) for c in table.columns]
    table.columns.name = "year"
    table.attrs = {
        "series": series_id,
        "unit": df["unit"].iloc[0] if len(df) else None,
        "status": dict(df.drop_duplicates("year").set_index("year")["status"].astype(str)),
        "parent": dict(df.drop_duplicates("item").set_index("item")["parent"]),
    }
    return table


def item_title(title: str, item: str, top: str) -> str:
    """What a figure or fit of one item of a series shows: the series' title, and the item unless it is the
    series' top item (its total).

    Examples
    --------
    >>> item_title("AI servers", "Total", "Total"), item_title("AI servers", "GPU", "Total")
    ('AI servers', 'AI servers, GPU')
    """
    return title if item == top else f"{title}, {item}"


def top_item(series_id: str, *, package: Package | None = None) -> str:
    """The item at the top of a series' hierarchy (its total): the first item without a parent.

    Examples
    --------
    >>> import aimarket as am
    >>> am.top_item("bloomberg_genai")
    'Total'
    """
    pkg = resolve_package(package)
    check_series(series_id, pkg)
    obs = pkg.observations
    rows = obs[(obs["series"] == series_id) & obs["parent"].isna()]
    if rows.empty:
        raise ValueError(f"series_id: {series_id!r} has no observations, so it has no top item")
    return rows["item"].iloc[0]


def source_line(series_id: str | None, *, package: Package | None = None) -> str:
    """A whole source line for a figure or table: publisher, via whom, and report.

    Chinese parentheticals in publisher names are dropped, so the line renders
    with fonts that have no CJK glyphs; an unknown or missing id gives "".

    Examples
    --------
    >>> import aimarket as am
    >>> am.source_line("china_ai")
    'Source: Gewu Zhisheng via Guoyuan Securities research; aimarket.'
    """
    if not isinstance(series_id, str):
        return ""
    try:
        info = series_info(series_id, package=package)
    except LookupError:
        return ""
    if info.get("publisher") is None:
        return ""
    via = f" via {_latin(info['via'])}" if info.get("via") else ""
    return f"Source: {_latin(info['publisher'])}{via}; aimarket."


def _latin(name: str) -> str:
    """A publisher name without its parenthetical in Chinese."""
    import re

    return re.sub(r"\s*\([^)]*[^\x00-\x7f][^)]*\)", "", str(name))


def source_locators(*, package: Package | None = None) -> pd.DataFrame:
    """The sources a package uses (by its figures, claims, constraints and FX rates), each with the locators
    of what was read from it, in document and line order (a copy).

    Examples
    --------
    >>> import aimarket as am
    >>> s = am.catalog.source_locators().set_index("source")
    >>> s.loc["gewu_zhisheng", "locators"]
    '000_d0e3e57c57af38b6.txt:21'
    """
    pkg = resolve_package(package)
    used = pd.concat([pkg.observations[["source", "locator"]], pkg.claims[["source", "locator"]]])

    def order(loc):
        doc, *rest = loc.split(":")
        return (doc, *map(int, rest))

    loc = used.groupby("source")["locator"].apply(lambda s: ", ".join(sorted(set(s), key=order)))
    wanted = set(used["source"]) | set(pkg.constraints["source"]) | set(pkg.fx["source"])
    out = pkg.sources[pkg.sources["source"].isin(wanted)].reset_index(drop=True).copy(deep=True)
    out["locators"] = [loc.get(s, "") for s in out["source"]]
    return out


def constraints(*, package: Package | None = None) -> pd.DataFrame:
    """Constraints between series (a part within its whole), with rationale and source (a copy).

    Examples
    --------
    >>> import aimarket as am
    >>> am.constraints()[["part", "whole"]].values.tolist()
    [['bloomberg_genai', 'global_ai'], ['china_ai', 'global_ai']]
    """
    return resolve_package(package).constraints.copy(deep=True)


def claims(series_id: str | None = None, *, package: Package | None = None) -> pd.DataFrame:
    """What the reports state about their numbers (rates, totals, shares ...).

    Parameters
    ----------
    series_id : str, optional
        Only the claims about this series; all claims by default.

    Examples
    --------
    >>> import aimarket as am
    >>> c = am.claims("china_ai")
    >>> c.loc[0, "kind"], int(c.loc[0, "start_year"]), int(c.loc[0, "end_year"]), float(c.loc[0, "value"])
    ('cagr', 2023, 2027, 28.2)
    """
    pkg = resolve_package(package)
    df = pkg.claims
    if series_id is not None:
        check_series(series_id, pkg)
        df = df[df["series"] == series_id]
    return df.reset_index(drop=True).copy(deep=True)


def sources(*, package: Package | None = None) -> pd.DataFrame:
    """The publishers and reports behind the figures (a copy).

    Examples
    --------
    >>> import aimarket as am
    >>> "fed_g5a" in set(am.sources().source)
    True
    """
    return resolve_package(package).sources.copy(deep=True)


def units(*, package: Package | None = None) -> pd.DataFrame:
    """The unit table: quantity, currency and scale of each unit (a copy).

    Examples
    --------
    >>> import aimarket as am
    >>> am.units().set_index("unit").loc["CNY 100 million", "scale"]
    np.float64(100000000.0)
    """
    return resolve_package(package).units.copy(deep=True)


def fx_rates(*, package: Package | None = None) -> pd.DataFrame:
    """The sourced exchange-rate table (pair, year, rate, source), a copy.

    Examples
    --------
    >>> import aimarket as am
    >>> am.fx_rates().query("year == 2022").rate.item()
    6.729
    """
    return resolve_package(package).fx.copy(deep=True)


def _unit_row(unit: object, table: pd.DataFrame, argument: str) -> pd.Series:
    if not isinstance(unit, str):
        raise TypeError(f"{argument} must be a unit name (str), got {unit!r}")
    idx = table.set_index("unit")
    if unit not in idx.index:
        raise unknown(argument, unit, idx.index)
    return idx.loc[unit]


def nearest_year(have, year: int) -> int:
    """The year in ``have`` closest to ``year`` (the later one on a tie): which FX rate 'nearest' uses."""
    return min(have, key=lambda h: (abs(h - int(year)), -h))


def _inverse(pair: str) -> str:
    """The pair read the other way: "CNY/USD" -> "USD/CNY"."""
    return "/".join(pair.split("/")[::-1])


#: the years an exchange rate may be of (the fx resource's schema says the same)
FX_YEARS = (1900, 2100)


def _fx_table(fx: pd.DataFrame) -> pd.Series:
    """The FX rates by (pair, year), refusing duplicate keys, years that are not whole or outside
    :data:`FX_YEARS`, rates that are not positive and finite, and a pair and its inverse that disagree."""
    rates, _ = as_float_array(fx["rate"], "fx column 'rate'")
    bad = ~(np.isfinite(rates) & (rates > 0))
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        raise ValueError(f"fx: row {i} ({fx['pair'].iloc[i]}, {fx['year'].iloc[i]}) has rate {float(rates[i])!r}; "
                         "an exchange rate must be positive and finite")
    pair = fx["pair"].astype(object)
    malformed = ~pair.map(lambda p: isinstance(p, str) and re.fullmatch(r"[A-Z]{3}/[A-Z]{3}", p) is not None)
    if malformed.any():
        i = int(np.flatnonzero(malformed.to_numpy())[0])
        raise ValueError(f"fx: row {i} has pair {pair.iloc[i]!r}; a pair is two currency codes, 'CNY/USD' (yuan "
                         "per dollar)")
    years, _ = as_float_array(fx["year"], "fx column 'year'")
    if not (years == np.round(years)).all():
        i = int(np.flatnonzero(years != np.round(years))[0])
        raise ValueError(f"fx: row {i} ({pair.iloc[i]}) has year {float(years[i]):g}; a rate is of a whole year")
    outside = ~((years >= FX_YEARS[0]) & (years <= FX_YEARS[1]))
    if outside.any():
        i = int(np.flatnonzero(outside)[0])
        raise ValueError(f"fx: row {i} ({pair.iloc[i]}) has year {float(years[i]):g}; a rate's year lies within "
                         f"{FX_YEARS[0]} to {FX_YEARS[1]}, as in the fx resource's schema")
    same = duplicate_rows(fx, ["pair", "year"])
    if same:
        raise ValueError(f"fx: duplicate rows {same} for {fx['pair'].iloc[same[0]]} in {fx['year'].iloc[same[0]]}; "
                         "give one rate per pair and year")
    table = pd.Series(rates, index=pd.MultiIndex.from_arrays([pair, years.astype(int)], names=["pair", "year"]))
    flipped = table.copy()
    flipped.index = pd.MultiIndex.from_arrays([pair.map(_inverse), years.astype(int)])
    both = table.index.intersection(flipped.index)
    a, b = table[both].to_numpy(), flipped[both].to_numpy()
    # each rate printed to its last digit: their product may miss 1 by half a step of each, relatively
    slack = 0.5 * (printed_steps(a) / a + printed_steps(b) / b) + 1e-9
    off = np.abs(a * b - 1.0) > slack * 1.001
    if off.any():
        p, y = both[int(np.flatnonzero(off)[0])]
        inverse = _inverse(p)
        raise ValueError(f"fx: {p} {table[(p, y)]:g} and {inverse} {table[(inverse, y)]:g} are both given for {y} and "
                         f"disagree (their product is {table[(p, y)] * table[(inverse, y)]:g}, not 1); give one of them")
    return table


def _fx_factor(from_ccy: str, to_ccy: str, years: np.ndarray, table: pd.Series, fx_year, used: set) -> np.ndarray:
    """Multiply an amount in from_ccy by this to get to_ccy, per year (``table``: the rates of :func:`_fx_table`)."""
    pairs = (f"{from_ccy}/{to_ccy}", f"{to_ccy}/{from_ccy}")
    have = sorted({int(y) for p, y in table.index if p in pairs})
    out = np.empty(len(years))
    for k, year in enumerate(years):
        if fx_year == "nearest" and have:
            year = nearest_year(have, year)
        elif fx_year is not None and fx_year != "nearest":
            year = fx_year
        used.add((pairs[0], int(year)))
        direct, inverse = (pairs[0], int(year)), (pairs[1], int(year))
        if direct in table.index:  # from_ccy per to_ccy
            out[k] = 1.0 / table[direct]
        elif inverse in table.index:
            out[k] = table[inverse]
        else:
            raise ValueError(f"fx: no {from_ccy}/{to_ccy} rate for year {int(year)}; rates exist for {have or 'no year'}"
                             " (pass fx_year='nearest' or a year to use another year's rate)")
    return out


def _no_infinity(values: np.ndarray, name: str) -> None:
    """A wide frame's empty cells (an item with no value in a year) stay empty (nan) through a conversion; an
    infinite value is refused. A tidy frame has no empty cells: each row is a value, and nan is refused."""
    if np.isinf(values).any():
        at = tuple(int(i) for i in np.argwhere(np.isinf(values))[0])
        raise ValueError(f"{name} must be finite, got {float(values[at])!r} at position {at[0] if len(at) == 1 else at}")


def _check_whole_years(ys: np.ndarray) -> None:
    """Finite years are whole and within +/-1,000,000 (the range the growth functions take)."""
    if (ys != np.round(ys)).any():
        raise ValueError(f"year must be a whole year, got {float(ys[ys != np.round(ys)][0])!r}")
    if (np.abs(ys) > 1e6).any():
        raise ValueError(f"year must lie within +/-1,000,000, got {float(ys[np.abs(ys) > 1e6][0])!r}")


def convert(data, to_unit: str, *, from_unit: str | None = None, year=None, fx: pd.DataFrame | None = None,
            fx_year: int | str | None = None, package: Package | None = None):
    """Convert values between units and currencies, explicitly.

    Parameters
    ----------
    data : DataFrame, Series, array_like or scalar
        A tidy frame with ``value``, ``unit`` and ``year`` columns (as from
        :func:`load`; a claims frame uses ``end_year``), a wide frame from
        ``load(..., wide=True)``, or plain values with ``from_unit``. Values
        are finite; only a wide frame's empty cells (nan) stay empty.
    to_unit : str
        Target unit, e.g. ``"USD 100 million"``.
    from_unit : str, optional
        Unit of plain values (ignored for frames, which carry their unit).
    year : int or array_like, optional
        Year of each plain value (whole years), needed to change currency;
        checked whenever given. Frames carry their own years (the ``year``
        column, or a wide frame's columns) and refuse ``year``: ``fx_year``
        picks another year's rate for them.
    fx : DataFrame, optional
        Exchange rates with columns ``pair`` (``"CNY/USD"`` = yuan per dollar),
        ``year``, ``rate``; the bundled, sourced table by default.
    fx_year : int or "nearest", optional
        Which year's rate converts each value. By default each value's own
        year, and a year with no rate raises. ``"nearest"`` takes the closest
        year with a rate (for forecasts past the last published rate); an int
        uses that year's rate for every value. Frames record the rates used in
        ``attrs["fx"]``.

    Returns
    -------
    Same type as ``data``; a frame comes back as a copy with ``unit`` replaced.

    Raises
    ------
    ValueError
        Unknown unit, a quantity mismatch (money to percent), a currency
        pair and year with no rate, an ``fx`` row whose year is not a whole
        year from 1900 to 2100, or a Series of values and a Series of years
        with different labels.

    Examples
    --------
    >>> import aimarket as am
    >>> round(am.convert(2058, "USD 100 million", from_unit="CNY 100 million", year=2022), 2)
    305.84
    >>> usd = am.convert(am.load("china_ai"), "USD 100 million", fx_year="nearest")
    >>> usd.unit.unique().tolist()
    ['USD 100 million']
    """
    pkg = resolve_package(package)
    table = pkg.units
    fx = pkg.fx if fx is None else fx
    if not isinstance(fx, pd.DataFrame) or not {"pair", "year", "rate"} <= set(fx.columns):
        raise TypeError("fx must be a DataFrame with columns pair, year, rate")
    target = _unit_row(to_unit, table, "to_unit")
    if not (fx_year is None or (isinstance(fx_year, str) and fx_year == "nearest")
            or (isinstance(fx_year, (int, np.integer)) and not isinstance(fx_year, bool))):
        raise TypeError(f"fx_year must be None, 'nearest' or an integer year, got {fx_year!r}")
    used: set = set()
    rates = functools.cache(lambda: _fx_table(fx))  # checked and built once, where a value changes currency

    def factors(units_, years_):
        units_ = np.asarray(units_, dtype=object)
        years_ = np.broadcast_to(np.asarray(years_, dtype=object), units_.shape) if years_ is not None else None
        out = np.empty(units_.shape, dtype=float)
        for u in set(units_.ravel().tolist()):
            src = _unit_row(u, table, "from_unit")
            if src["quantity"] != target["quantity"]:
                raise ValueError(f"to_unit: cannot convert {u!r} ({src['quantity']}) to {to_unit!r} ({target['quantity']})")
            mask = units_ == u
            f = float(src["scale"]) / float(target["scale"])
            if src["quantity"] == "money" and src["currency"] != target["currency"]:
                if years_ is None:
                    raise ValueError(f"year: converting {src['currency']} to {target['currency']} needs the year of each value")
                ys, _ = as_float_array(years_[mask], "year")
                if not np.isfinite(ys).all():
                    raise ValueError(f"year: a value in {u!r} has no year, so it cannot be converted to {target['currency']}")
                _check_whole_years(ys)
                out[mask] = f * _fx_factor(src["currency"], target["currency"], ys.astype(int), rates(), fx_year, used)
            else:
                out[mask] = f
        return out

    if year is not None:
        if isinstance(data, pd.DataFrame):
            raise TypeError(f"year: a frame carries the year of each value (its 'year' column, or its columns when "
                            f"wide), so year={_describe(year)} is not taken; to convert every value at one year's rate, "
                            "pass fx_year instead, e.g. fx_year=2022")
        ys, _ = as_float_array(year, "year")
        check_finite(ys, "year")
        _check_whole_years(ys)
    if isinstance(data, pd.DataFrame):
        df = data.copy(deep=True)
        if "unit" in df.columns and "value" in df.columns:
            ycol = "year" if "year" in df.columns else ("end_year" if "end_year" in df.columns else None)
            years_ = df[ycol].to_numpy(dtype=object) if ycol else None
            values, _ = as_float_array(df["value"], "data column 'value'")
            check_finite(values, "data column 'value'")
            df["value"] = _times(values, factors(df["unit"].to_numpy(dtype=object), years_), to_unit)
            df["unit"] = to_unit
            if used:
                df.attrs = {**data.attrs, "fx": sorted(used)}
            return df
        unit = df.attrs.get("unit")
        if unit is None:
            raise ValueError("data: a frame needs 'value' and 'unit' columns, or a wide frame with attrs['unit']")
        f = factors(np.full(len(df.columns), unit, dtype=object), np.asarray(df.columns, dtype=object))
        values, _ = as_float_array(df, "data")
        _no_infinity(values, "data")
        df = pd.DataFrame(_times(values, np.broadcast_to(f, values.shape), to_unit), index=df.index,
                          columns=df.columns)
        df.attrs = {**data.attrs, "unit": to_unit, **({"fx": sorted(used)} if used else {})}
        return df
    if from_unit is None:
        raise ValueError("from_unit: plain values need the unit they are in")
    arr, wrap = as_float_array(data, "data")
    check_finite(arr, "data")
    shape = np.shape(arr)
    if year is not None and not isinstance(data, pd.Series):  # plain values broadcast against their years
        ys = np.shape(as_float_array(year, "year")[0])
        try:
            shape = np.broadcast_shapes(shape, ys)
        except ValueError:
            shape = None
        if shape not in (np.shape(arr), ys):  # one year for all, one value for all, or one year per value
            raise ValueError(f"data and year: shapes {np.shape(arr)} and {ys} do not match; give one year, or one "
                             "per value") from None
        arr = np.broadcast_to(arr, shape)
    elif isinstance(year, (pd.Series, pd.DataFrame)):  # paired by label, as cagr pairs its arguments
        _check_aligned(data, year, "data", "year")
    elif year is not None and np.ndim(year) and np.shape(year) != shape:
        raise ValueError(f"year: {np.shape(year)[0]} years for a Series of {len(data)} values; give one year or "
                         "one per value")
    f = factors(np.full(shape, from_unit, dtype=object), year)
    return wrap(_times(arr, f, to_unit))


def _times(values: np.ndarray, factors: np.ndarray, to_unit: str) -> np.ndarray:
    """Values times their conversion factors; one that leaves the float range (1e308 USD trillion in USD
    thousand) or falls below it to nil is a ``ValueError``, never inf or 0 with a warning."""
    with np.errstate(over="ignore", under="ignore"):
        out = values * factors
    bad = (np.isinf(out) & np.isfinite(values)) | ((out == 0) & (values != 0))
    if bad.any():
        i = np.flatnonzero(bad.ravel())[0]
        raise ValueError(f"data: {float(values.ravel()[i])!r} in {to_unit!r} leaves the range of floating-point "
                         "numbers")
    return out
