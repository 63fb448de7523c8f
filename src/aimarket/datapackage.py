"""Reading and validating a data package of report figures.

The bundled figures live in a Frictionless Data Package (``datapackage.json``
plus CSV files) that ships inside the wheel. An analyst can encode another
report in the same shape and read it with :func:`read_package`; it goes through
the same validation as the bundled data.
"""

from __future__ import annotations

import copy
import difflib
import io
import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path, PurePosixPath

import numpy as np
import pandas as pd

from ._validate import plain
from .errors import DataError

__all__ = ["Package", "read_package", "write_package", "bundled_path", "inside_bundled"]

#: resources every package must have; the rest fall back to the bundled ones
REQUIRED = ("observations",)
#: resources whose bundled rows a user's package extends (its own rows win on the same key)
BORROWED = ("units", "fx", "sources", "markets")
#: every resource a package may hold, in reading order
RESOURCES = ("observations", "claims", "series", "sources", "units", "fx", "constraints", "markets")
#: the largest ratio (either way) between a package's exchange rate and the bundled one for the same pair and year
#: that passes: two sources' annual averages differ by a few percent, a rate read the other way round by its square
FX_SPREAD = 1.1
#: the largest datapackage.json read
MAX_DESCRIPTOR_BYTES = 1_000_000
#: characters no text cell may hold: the C0 controls but tab, newline and carriage return, and DEL
_CONTROL_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: a number as a CSV cell may print it, and a column of them joined by NUL (which no checked cell holds)
_NUMBER = r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?"  # one way to match a number: no backtracking
_NUMBER_TEXT = re.compile(_NUMBER, re.ASCII)
_NUMBERS_TEXT = re.compile(f"(?:{_NUMBER}(?:\x00{_NUMBER})*)?", re.ASCII)


def inside_bundled(path: str | Path) -> bool:
    """Whether ``path`` is the bundled package's folder or lies within it (where nothing is written)."""
    here, there = bundled_path().resolve(), Path(path).resolve()
    return there == here or here in there.parents


def bundled_path() -> Path:
    """Directory holding the bundled ``datapackage.json``.

    Inside an installed wheel the data sit at ``aimarket/data``; in a source
    checkout they sit at the repository's top-level ``data/``.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / "data", here.parent.parent / "data"):
        if (candidate / "datapackage.json").is_file():
            return candidate
    raise FileNotFoundError(f"the bundled data package is missing (looked in {here / 'data'})")


@dataclass(frozen=True)
class Package:
    """A validated data package: one DataFrame per resource.

    Frames are private to the package; :mod:`aimarket.catalog` hands out copies.
    Observations are kept grouped by series and item (each in the order it
    first appears) with years ascending within an item, whatever order they
    were given in.
    """

    path: Path
    observations: pd.DataFrame
    claims: pd.DataFrame
    series: pd.DataFrame
    sources: pd.DataFrame
    units: pd.DataFrame
    fx: pd.DataFrame
    constraints: pd.DataFrame = field(default=None, repr=False)
    markets: pd.DataFrame = field(default=None, repr=False)
    descriptor: dict = field(repr=False, default_factory=dict)

    def __post_init__(self):
        if not isinstance(self.path, (str, Path)):
            raise TypeError(f"path must be a pathlib.Path, got {self.path!r}")
        schemas = resource_schemas()
        for name in ("constraints", "markets"):
            if getattr(self, name) is None:
                object.__setattr__(self, name, _empty(schemas[name]))
        for name in RESOURCES:
            frame = object.__getattribute__(self, name)  # as given: its values are checked where they are used
            if not isinstance(frame, pd.DataFrame):
                raise TypeError(f"{name} must be a DataFrame (use read_package to build a Package), got {type(frame).__name__}")
            missing = [f["name"] for f in schemas[name]["fields"] if f["name"] not in frame.columns]
            if missing:
                raise ValueError(f"{name} is missing column(s) {missing} (use read_package to build a Package)")
        if not isinstance(self.descriptor, dict):
            raise TypeError(f"descriptor must be a dict, got {type(self.descriptor).__name__}")
        obs = _in_order(object.__getattribute__(self, "observations"))
        twice = obs.duplicated(["series", "item", "year"]).to_numpy()
        if twice.any():  # load, audit and project read one value per series, item and year
            row = obs.iloc[_first(twice)]
            raise ValueError(f"observations: {plain(row['series'])!r} {plain(row['item'])!r} {plain(row['year'])} is given "
                             "twice; a package holds one value per series, item and year")
        object.__setattr__(self, "observations", obs)

    def __getattribute__(self, name):
        value = object.__getattribute__(self, name)
        if name == "observations":  # a frame edited in a notebook is checked where it is used, naming the row
            _check_edited(value)
        elif name == "descriptor":  # a copy: the package's own descriptor stays as it was read
            return copy.deepcopy(value)
        return value


def _check_edited(obs: pd.DataFrame) -> None:
    """The values and years of a package's observations as read_package left them: positive finite values and
    whole years. Two reductions in the usual case (a few microseconds on every use of the frame); a failing row
    is named by its series, item and year."""
    for column, holds, what in (("value", lambda v: v > 0, "a positive finite number"),
                                ("year", lambda y: y == np.round(y), "a whole year")):
        if column not in obs.columns:
            continue  # Package names a missing column itself
        values = obs[column].to_numpy()
        if values.dtype.kind in "iu" or (column == "value" and values.dtype.kind == "f"
                                         and (not values.size or (values.min() > 0 and values.max() < np.inf))):
            continue
        numbers = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").to_numpy(dtype=float)
        with np.errstate(invalid="ignore"):
            bad = ~(np.isfinite(numbers) & holds(numbers))
        if bad.any():
            i = _first(bad)
            row = obs.iloc[i]
            raise DataError(f"observations, row {plain(obs.index[i])!r} (series {row['series']!r}, item "
                            f"{row['item']!r}, year {plain(row['year'])!r}), column {column!r}: {plain(values[i])!r} is "
                            f"not {what}; the package's frames were changed after read_package checked them")


@lru_cache(maxsize=1)
def _bundled_descriptor() -> dict:
    return json.loads((bundled_path() / "datapackage.json").read_text(encoding="utf-8"))


def resource_schemas() -> dict[str, dict]:
    """The table schema of every bundled resource, by resource name: what a user's package is checked against."""
    return {r["name"]: r["schema"] for r in _bundled_descriptor()["resources"]}


def _where(file: str, row: int | None = None, column: str | None = None) -> str:
    out = file
    if row is not None:
        out += f", row {row}"
    if column is not None:
        out += f", column {column!r}"
    return out


def _read_csv(path: Path, schema: dict, file: str) -> dict[str, pd.Series]:
    """One CSV file's cells as text, column by column, before any check."""
    try:
        data = path.read_bytes()
        _check_separator(data, file)
        # pandas' C parser ends a cell at a NUL byte ('To\x00tal' read as 'To'); the Python one keeps it, to refuse
        raw = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, encoding="utf-8",
                          engine="python" if b"\x00" in data else "c")
    except pd.errors.EmptyDataError:
        names = [f["name"] for f in schema["fields"]]
        raise DataError(f"{file}: the file is empty; it needs a header row naming the columns {names}") from None
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise DataError(f"{file}: cannot be read as UTF-8 CSV ({exc})") from None
    return {name: _unescaped(raw[name]) for name in raw.columns}


def _unescaped(cells: pd.Series) -> pd.Series:
    """Text as printed, where :func:`safe_text` wrote an apostrophe before it for a spreadsheet ("'+5G robots")."""
    if not cells.str.startswith("'").any():
        return cells
    return cells.str.replace(r"^'(?='*[=+\-@\t\r])", "", regex=True)


def _check_separator(data: bytes, file: str) -> None:
    """Refuse a file (``data``, its bytes) whose header separates its columns with something other than commas (a
    spreadsheet's export in a language that writes decimal commas uses ';'): its numbers are not to be guessed at."""
    header = re.split(r"\r\n|\r|\n", data[:100_000].decode("utf-8", errors="replace"), maxsplit=1)[0]
    for sep, label in ((";", "';'"), ("\t", "tabs"), ("|", "'|'")):
        if header.count(sep) > header.count(","):
            raise DataError(f"{file}: the header's columns are separated by {label}, not commas (as a spreadsheet "
                            "exports CSV where a comma is the decimal mark); save the file with commas between columns "
                            "and a decimal point in numbers (120.5, not 120,5)")


def _header_names(found: list, names: list[str], missing: list[str], file: str) -> str:
    """The message for a header that lacks required columns: the names found, and the ones meant where a found
    name differs from an expected one only in case and spaces, or is close to it."""
    found = [str(n) for n in found]
    meant = []
    for name in missing:
        same = [f for f in found if f.strip().casefold() == name.casefold()]
        close = same or difflib.get_close_matches(name, [f for f in found if f not in names], n=1, cutoff=0.75)
        if close:
            meant.append(f"{close[0]!r} to {name!r}")
    hint = f"; rename {', '.join(meant)} (names are lower case, as the schema writes them)" if meant else ""
    return (f"{file}: missing column(s) {', '.join(map(repr, missing))}; the header names {found}; expected "
            f"{names}{hint}")


def _as_text(frame: pd.DataFrame) -> dict[str, np.ndarray]:
    """A frame's cells as its CSV file would hold them: text, and ``""`` where a value is missing (str of a float
    is the shortest text that reads back as the same float)."""
    out = {}
    for name in frame.columns:
        col = frame[name]
        if pd.api.types.is_numeric_dtype(col.dtype):  # numbers print in a few characters: one fixed-width array
            out[name] = col.to_numpy(dtype=object, na_value="").astype(str).astype(object)
        else:
            text = col.to_numpy(dtype=object, na_value="")
            if pd.api.types.infer_dtype(text, skipna=False) not in ("string", "empty"):  # numbers among the text
                text = col.astype(str).to_numpy(dtype=object)
                text[col.isna().to_numpy()] = ""
            out[name] = text
    return out


def _first(mask: np.ndarray) -> int:
    return int(np.flatnonzero(mask)[0])


def _typed(raw: dict[str, pd.Series | np.ndarray], schema: dict, file: str, first: int = 2) -> pd.DataFrame:
    """Check a resource's text cells (by column) against its Table Schema (types, required, enum, pattern,
    bounds, keys) and type them. The checks run over whole columns; only a failing one looks for its first bad
    cell, named as row ``first`` for the first (2 in a CSV file, under its header; 0 in a frame)."""
    names = [f["name"] for f in schema["fields"]]
    absent = [n for n in names if n not in raw]
    misnamed = {str(f).strip().casefold() for f in raw if f not in names} & set(absent)  # 'Parent' is 'parent'
    missing = [n for n in absent if _required(schema, n) or n in misnamed]
    if missing:
        raise DataError(_header_names(list(raw), names, missing, file))
    rows = len(next(iter(raw.values()))) if raw else 0
    cells = {n: _strip(np.asarray(raw[n], dtype=object)) for n in names if n in raw}
    if cells and _CONTROL_TEXT.search("\n".join(np.concatenate(list(cells.values())))):
        for name, col in cells.items():
            for i, value in enumerate(col):
                if _CONTROL_TEXT.search(value):
                    raise DataError(f"{_where(file, i + first, name)}: {value!r} holds a control character (such as a "
                                    "NUL byte); text cells hold printable text only")
    out = {}
    for f in schema["fields"]:
        name = f["name"]
        col = cells[name] if name in cells else np.full(rows, "", dtype=object)  # a missing column is an empty one
        empty = col == ""
        c = f.get("constraints", {})
        if c.get("required") and empty.any():
            raise DataError(f"{_where(file, _first(empty) + first, name)}: a value is required")
        if f["type"] in ("integer", "number"):
            out[name] = _numbers(col, empty, f, file, first)
            continue
        if "enum" in c and not empty.all():
            viol = ~empty & (_enum_index(tuple(c["enum"])).get_indexer(col) < 0)
            if viol.any():
                i = _first(viol)
                raise DataError(f"{_where(file, i + first, name)}: {col[i]!r} must be one of {c['enum']}")
        if "pattern" in c and not empty.all():
            viol = ~empty & ~pd.Series(np.where(empty, "", col), dtype=object).str.fullmatch(c["pattern"]).to_numpy(
                dtype=bool)
            if viol.any():
                i = _first(viol)
                raise DataError(f"{_where(file, i + first, name)}: {col[i]!r} does not match {c['pattern']!r}")
        out[name] = np.where(empty, None, col)
    frame = _frame_of(out, names, rows)
    for key in [schema.get("primaryKey", [])] + schema.get("uniqueKeys", []):
        key = [key] if isinstance(key, str) else list(key)
        if not key or len(frame) < 2:
            continue
        dup = frame.duplicated(key, keep="first").to_numpy()
        if dup.any():
            i = _first(dup)
            vals = ", ".join(f"{k}={plain(frame[k].iloc[i])!r}" for k in key)
            raise DataError(f"{_where(file, i + first)}: duplicate key ({vals})")
    return frame


def _frame_of(columns: dict, names: list, rows: int) -> pd.DataFrame:
    """A frame of typed columns, in the order of ``names``: the text columns (object arrays) as one block of objects
    (pandas 3 would infer str of each), the numbers inserted after."""
    text = [n for n in names if isinstance(columns[n], np.ndarray) and columns[n].dtype == object]
    block = np.empty((rows, len(text)), dtype=object)
    for k, n in enumerate(text):
        block[:, k] = columns[n]
    frame = pd.DataFrame(block, columns=text, dtype=object)
    for k, n in enumerate(names):
        if n not in text:
            frame.insert(k, n, columns[n])
    return frame


@lru_cache(maxsize=None)
def _enum_index(values: tuple) -> pd.Index:
    """The allowed values of an enum field, as an index to look cells up in (built once a field)."""
    return pd.Index(values)


#: the text of each cell of an array of text, without blanks around it (the array's own shape, of objects)
_strip = np.frompyfunc(str.strip, 1, 1)


def _numbers(col: np.ndarray, empty: np.ndarray, field: dict, file: str, first: int = 2):
    """A column of numbers or integers read from its text, within the field's bounds."""
    name, integer = field["name"], field["type"] == "integer"
    filled = col[~empty]
    if not _NUMBERS_TEXT.fullmatch("\x00".join(filled)):  # one scan of the column (NUL joins: no cell holds one)
        i = next(i for i, v in enumerate(col) if v and not _NUMBER_TEXT.fullmatch(v))
        raise DataError(f"{_where(file, i + first, name)}: {col[i]!r} is not {'an integer' if integer else 'a number'}")
    values = np.full(len(col), np.nan)
    values[~empty] = filled.astype(float)
    if np.isinf(values).any():
        i = _first(np.isinf(values))
        raise DataError(f"{_where(file, i + first, name)}: {col[i]!r} is not finite")
    if integer:
        fraction = ~empty & ((values != np.floor(values)) | (np.abs(np.nan_to_num(values)) >= 2.0 ** 53))
        if fraction.any():
            i = _first(fraction)
            raise DataError(f"{_where(file, i + first, name)}: {col[i]!r} is not an integer (or too large to be held as one)")
    c = field.get("constraints", {})
    for key, op, word in (("exclusiveMinimum", np.less_equal, "greater than"), ("minimum", np.less, "at least"),
                          ("maximum", np.greater, "at most")):
        if key in c:
            viol = op(values, c[key])  # False for empty cells
            if viol.any():
                i = _first(viol)
                raise DataError(f"{_where(file, i + first, name)}: {col[i]} must be {word} {c[key]}")
    return pd.array(values, dtype="Int64") if integer else values


def _required(schema: dict, name: str) -> bool:
    return any(f["name"] == name and f.get("constraints", {}).get("required") for f in schema["fields"])


def _check_nesting(frame: pd.DataFrame, key: str, up: str, file: str, what: str) -> None:
    """Rows that point to others of their table through ``up`` (a market ``within`` a market, a source cited
    ``via`` a source) form no loop: following ``up`` from any row ends at one that points nowhere."""
    parent = dict(zip(frame[key], frame[up].where(frame[up].notna(), None)))
    for i, start in enumerate(frame[key]):
        seen, m = [start], parent.get(start)
        while m is not None:
            if m in seen:
                raise DataError(f"{_where(file, i + 2, up)}: {f' {up} '.join(map(repr, seen + [m]))}: {what}")
            seen.append(m)
            m = parent.get(m)


def _check_refs(frame: pd.DataFrame, column: str, allowed, file: str, what: str) -> None:
    vals = frame[column]
    bad = vals.notna() & ~vals.isin(list(allowed))
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise DataError(f"{_where(file, i + 2, column)}: unknown {what} {vals.iloc[i]!r}; known: {sorted(allowed)}")


def _check_ids(frame: pd.DataFrame, column: str, schema: dict, file: str) -> None:
    """Ids in ``column`` follow the pattern the resource that defines them gives (series ids name files and
    command-line arguments, so no '/', space or capital)."""
    pattern = next(f for f in schema["fields"] if f["name"] == column).get("constraints", {}).get("pattern")
    if pattern is None:
        return
    ids = frame[column].astype(str)
    wrong = [v for v in ids.unique() if not re.fullmatch(pattern, v)]  # each id once: a series has many rows
    if wrong:
        i = int(np.flatnonzero(ids.isin(wrong).to_numpy())[0])
        raise DataError(f"{_where(file, i + 2, column)}: the id {frame[column].iloc[i]!r} does not match {pattern!r} "
                        "(an id names files and command-line arguments)")


def _check_hierarchy(obs: pd.DataFrame, file: str) -> None:
    items = set(zip(obs["series"], obs["item"]))
    first_parent: dict = {}  # each item's parent in its first row, which its other years must repeat
    for i, (s, item, parent) in enumerate(zip(obs["series"], obs["item"], obs["parent"])):
        if first_parent.setdefault((s, item), parent) != parent:
            raise DataError(f"{file}: item {item!r} of series {s!r} has different parents in different years")
        if parent is None:
            continue
        if (s, parent) not in items:
            raise DataError(f"{_where(file, i + 2, 'parent')}: unknown parent {parent!r} of {item!r} in series {s!r}")
        if parent == item:
            raise DataError(f"{_where(file, i + 2, 'parent')}: {item!r} is its own parent")
    # cycles: walk up from every item
    up = dict(((s, i), (s, p)) for s, i, p in zip(obs["series"], obs["item"], obs["parent"]) if p is not None)
    done: set = set()
    for start in up:
        path, node = set(), start
        while node in up and node not in done:
            if node in path:
                raise DataError(f"{file}: the hierarchy of series {start[0]!r} has a cycle through {node[1]!r}")
            path.add(node)
            node = up[node]
        done |= path


def _empty(schema: dict) -> pd.DataFrame:
    return _empty_of(tuple(f["name"] for f in schema["fields"])).copy()


def bundled_values(resource: str, column: str) -> list:
    """One column of a bundled resource as a list (``bundled_values("units", "unit")``), without copying the
    package's frames."""
    return object.__getattribute__(_bundled_once()[0], resource)[column].tolist()


@lru_cache(maxsize=None)
def _empty_of(names: tuple[str, ...]) -> pd.DataFrame:
    return pd.DataFrame(columns=list(names), dtype=object)


def _confined(rel, name: str, base: Path, descriptor: str) -> Path:
    """The file of a resource, which must lie inside the package folder.

    As the Frictionless rules ask: a relative POSIX path, no ``..``, no
    absolute path, no URL; and no link that leads out of the folder.
    """
    if not isinstance(rel, str) or not rel.strip():
        raise DataError(f"{descriptor}: resource {name!r} needs a 'path' naming a file in the package folder")
    pure = PurePosixPath(rel)
    if "://" in rel or rel.startswith(("/", "\\", "~")) or pure.is_absolute() or ".." in pure.parts \
            or "\\" in rel or "\0" in rel or not pure.parts or ":" in pure.parts[0]:
        raise DataError(f"{descriptor}: resource {name!r} path {rel!r} must be a relative path inside the package "
                        "folder (no '..', no absolute path, no URL)")
    file = base / pure
    root = base.resolve()
    try:
        resolved = file.resolve()
    except (OSError, RuntimeError):
        raise DataError(f"{descriptor}: resource {name!r} path {rel!r} cannot be resolved") from None
    if root not in resolved.parents:
        raise DataError(f"{descriptor}: resource {name!r} path {rel!r} leads outside the package folder")
    if not resolved.is_file():
        raise DataError(f"{descriptor}: resource {name!r} points to missing file {rel!r}")
    return resolved


def _check_one_unit(obs: pd.DataFrame, file: str) -> None:
    units = obs.groupby("series", sort=False)["unit"].nunique()
    if (units > 1).any():
        sid = units[units > 1].index[0]
        rows = obs.index[obs["series"] == sid]
        first = obs.loc[rows[0], "unit"]
        other = rows[obs.loc[rows, "unit"] != first]
        raise DataError(f"{file}, row {int(other[0]) + 2}, column 'unit': series {sid!r} mixes units "
                        f"({obs.loc[other[0], 'unit']!r} here, {first!r} in row {int(rows[0]) + 2}); one series uses "
                        "one unit")


def _check_described(series: pd.DataFrame, obs: pd.DataFrame, file: str, obs_file: str) -> None:
    """series.csv describes the observations' series: an id of series.csv that no observation has, close to an
    observations id that series.csv lacks, is a typo in series.csv (and is named there, with the id it meant)."""
    lacking = obs["series"][~obs["series"].isin(series["series"])].drop_duplicates()
    unused = series["series"][~series["series"].isin(obs["series"])]
    for sid in lacking:
        close = difflib.get_close_matches(sid, unused.tolist(), n=1, cutoff=0.6)
        if close:
            i = _first((series["series"] == close[0]).to_numpy())
            raise DataError(f"{_where(file, i + 2, 'series')}: {close[0]!r} is no series of {obs_file}; did you mean "
                            f"{sid!r}?")


def _check_fx_direction(fx: pd.DataFrame, bundled: pd.DataFrame, file: str) -> None:
    """A package's rate for a pair and year that the bundled table also holds (either way round) agrees with it
    within :data:`FX_SPREAD`: a pair ``A/B`` reads as A per one B, the other way round from a market quote
    ("EUR/USD 1.08" for 1 EUR = 1.08 USD), and a rate written as quoted is caught here."""
    columns = (bundled[c] for c in ("pair", "year", "rate", "source"))
    known = {(*p.split("/"), int(y)): (float(r), s) for p, y, r, s in zip(*columns)}
    known.update({(b, a, y): (1 / r, s) for (a, b, y), (r, s) in list(known.items())})
    pairs = fx["pair"].str.split("/")
    ref = np.array([known.get((a, b, int(y)), (np.nan,))[0] for (a, b), y in zip(pairs, fx["year"])])
    rate = fx["rate"].to_numpy(dtype=float)
    with np.errstate(invalid="ignore"):
        bad = np.abs(np.log(rate / ref)) > np.log(FX_SPREAD)  # False where the bundled table has no rate
    if not bad.any():
        return
    i = _first(bad)
    (a, b), year, r = pairs.iloc[i], int(fx["year"].iloc[i]), float(rate[i])
    source = known[(a, b, year)][1]
    message = (f"{_where(file, i + 2, 'rate')}: {a}/{b} {r:g} in {year} reads as 1 {b} = {r:g} {a} ({a} per {b}; a "
               f"market quote reads it as 1 {a} = {r:g} {b}); the bundled table ({source}) has 1 {b} = {ref[i]:.4g} {a}")
    if abs(np.log(r * ref[i])) <= np.log(FX_SPREAD):
        raise DataError(f"{message}: the rate is the other way round; write {b}/{a} {r:g} (or {a}/{b} {1 / r:.4g})")
    raise DataError(f"{message}, and {r:g} is {r / ref[i]:.3g} times that: check the rate and its year")


def _check_fx_pairs(fx: pd.DataFrame, file: str) -> None:
    """A pair converts between two currencies: ``USD/USD`` is no rate."""
    base, quote = fx["pair"].str[:3], fx["pair"].str[4:]
    same = (base == quote).to_numpy()
    if same.any():
        i = _first(same)
        raise DataError(f"{_where(file, i + 2, 'pair')}: {fx['pair'].iloc[i]!r} converts a currency into itself")


def _check_series_units(series: pd.DataFrame, obs: pd.DataFrame, file: str, obs_file: str) -> None:
    """A series' unit in series.csv is the unit of its observations (one series, one unit)."""
    first = obs.drop_duplicates("series")
    row = pd.Series(first.index, index=first["series"])
    unit = series["series"].map(pd.Series(first["unit"].to_numpy(), index=first["series"]))
    bad = (unit.notna() & (unit != series["unit"])).to_numpy()
    if bad.any():
        i = _first(bad)
        sid = series["series"].iloc[i]
        raise DataError(f"{_where(file, i + 2, 'unit')}: series {sid!r} is in {series['unit'].iloc[i]!r} here, but its "
                        f"observations are in {unit.iloc[i]!r} ({obs_file}, row {int(row[sid]) + 2}); one series uses "
                        "one unit")


def _in_order(obs: pd.DataFrame) -> pd.DataFrame:
    """Observations grouped by series, then by item, each in the order it first appears, with years ascending
    within an item: every layer sees increasing years whatever order the file's rows came in."""
    series = pd.factorize(obs["series"], use_na_sentinel=False)[0]  # codes in the order of first appearance
    items = pd.factorize(obs["item"], use_na_sentinel=False)[0]
    pairs = pd.factorize(series * (items.max(initial=0) + 1) + items)[0]
    order = np.lexsort((obs["year"].to_numpy(), pairs, series))  # lexsort is stable: ties keep the file's order
    if (order == np.arange(len(obs))).all():
        return obs
    return obs.iloc[order].reset_index(drop=True)


def _series_from_observations(obs: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    first = obs.drop_duplicates("series")
    return pd.DataFrame(
        {
            "series": first["series"].to_numpy(),
            "title": first["series"].to_numpy(),
            "unit": first["unit"].to_numpy(),
            "source": first["source"].to_numpy(),
            "kind": "market",
            "description": None,
            "table_title": None,
            "table_note": None,
            "value_format": None,
            "market": None,
        }
    )


def read_package(path: str | Path) -> Package:
    """Read and validate a data package of report figures.

    Parameters
    ----------
    path : str or pathlib.Path
        A ``datapackage.json`` file or the directory holding it. The package
        needs an ``observations`` resource in the bundled schema; ``claims``,
        ``series``, ``sources``, ``units`` and ``fx`` are optional (units, FX
        rates and sources missing from it are taken from the bundled package).
        An FX pair ``A/B`` gives A per one B (``CNY/USD 7.08``: 1 USD = 7.08
        CNY), the other way round from a market quote, which writes 1 EUR =
        1.08 USD as ``EUR/USD 1.08``; here that is ``USD/EUR 1.08``. A rate
        that the bundled table also holds for its pair and year (either way
        round) must agree with it within :data:`FX_SPREAD`.

    Returns
    -------
    Package
        Validated frames, one per resource.

    Raises
    ------
    DataError
        A ``ValueError`` naming the file, row and column of the first problem:
        a missing column, a duplicate key, a non-positive value, an unknown
        parent, unit, source or status, a non-integer year, a unit in
        series.csv that is not its observations' unit, an FX rate written
        the other way round. A source's date is text as known ("2024-03",
        "Q3 2024"); one that is not ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``
        orders no editions (``consensus`` notes it as undated).

    Examples
    --------
    >>> import aimarket as am
    >>> pkg = am.read_package(am.datapackage.bundled_path())
    >>> len(pkg.observations[pkg.observations.series == "bloomberg_genai"])
    60
    """
    if not isinstance(path, (str, Path)):
        raise TypeError(f"path must be a str or pathlib.Path, got {type(path).__name__}")
    path = Path(path)
    try:
        desc_file = path / "datapackage.json" if path.is_dir() else path
        found = desc_file.is_file()
    except (OSError, ValueError) as exc:  # a name too long, a NUL byte, no permission
        raise DataError(f"path: {str(path)[:200]!r} cannot be read ({getattr(exc, 'strerror', None) or exc})") from None
    if not found:
        raise DataError(f"path: no datapackage.json at {str(path)!r}")
    if desc_file.suffix.lower() != ".json":  # a package's CSV, say: its folder is what was meant
        raise DataError(f"path: {path.name!r} is a file, not a package descriptor; give the package folder (the one "
                        "holding datapackage.json) or its datapackage.json")
    base = desc_file.parent
    root = base.resolve()
    if desc_file.resolve().parent != root:
        raise DataError(f"{desc_file.name}: a link to a file outside the package folder {str(base)!r}")
    if desc_file.stat().st_size > MAX_DESCRIPTOR_BYTES:
        raise DataError(f"{desc_file.name}: {desc_file.stat().st_size:,} bytes is more than a descriptor may hold "
                        f"({MAX_DESCRIPTOR_BYTES:,})")
    try:
        descriptor = json.loads(desc_file.read_text(encoding="utf-8-sig"))  # a byte-order mark, as Notepad writes
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise DataError(f"{desc_file.name}: not valid UTF-8 JSON ({exc})") from None
    except OSError as exc:
        raise DataError(f"{desc_file.name}: cannot be read ({exc.strerror or exc})") from None
    except ValueError as exc:  # an integer of thousands of digits
        raise DataError(f"{desc_file.name}: not a data package descriptor ({exc})") from None
    except RecursionError:
        raise DataError(f"{desc_file.name}: nested too deeply to be a data package descriptor") from None
    if not isinstance(descriptor, dict):
        raise DataError(f"{desc_file.name}: must hold a JSON object, got {type(descriptor).__name__}")
    listed = descriptor.get("resources", [])
    if not isinstance(listed, list) or not all(isinstance(r, dict) for r in listed):
        raise DataError(f"{desc_file.name}: 'resources' must be a list of objects")
    for k, r in enumerate(listed):
        if not isinstance(r.get("name"), str):
            raise DataError(f"{desc_file.name}: resource {k} must have a 'name' that is a string, got {r.get('name')!r}")
        if any(r["name"] == other.get("name") for other in listed[:k]):
            raise DataError(f"{desc_file.name}: resource {k} is named {r['name']!r}, as an earlier one is; name each "
                            "resource once")
    resources = {r["name"]: r for r in listed}
    schemas = resource_schemas()
    raw, files = {}, {}
    for name in RESOURCES:
        if name in resources:
            file = _confined(resources[name].get("path"), name, base, desc_file.name)
            files[name] = resources[name]["path"]
            raw[name] = _read_csv(file, schemas[name], files[name])
    return _assemble(raw, files, descriptor, base, desc_file.name, borrow=root != bundled_path().resolve())


def package_from_frames(frames: dict[str, pd.DataFrame], descriptor: dict, path: Path) -> Package:
    """A package of frames built in memory, checked exactly as :func:`read_package` checks the same frames
    written as CSV files (the cells are taken as their text).

    Part of the library's internal API: the extractor's drafts and the stack of documents are built this way.
    ``frames`` maps resource names to frames (missing resources are empty or borrowed from the bundled
    package, as in a file); errors name the resource as ``NAME.csv``, as the descriptor's resources list it.
    """
    files = {name: f"{name}.csv" for name in frames}
    raw = {name: _as_text(frame) for name, frame in frames.items()}
    descriptor = {**descriptor, "resources": [{"name": n, "path": f} for n, f in files.items()]}
    return _assemble(raw, files, descriptor, Path(path), "frames", borrow=True)


def _assemble(raw: dict, files: dict, descriptor: dict, base: Path, origin: str, *, borrow: bool) -> Package:
    """Type and check each resource's text cells, extend the borrowed resources with the bundled rows (when
    ``borrow``), and check the references between resources; ``origin`` names the package in errors."""
    for name in REQUIRED:
        if name not in raw:
            raise DataError(f"{origin}: no {name!r} resource")
    schemas = resource_schemas()
    bundled = _bundled_once()[0] if borrow else None  # read only: its rows are copied into new frames below
    frames = {}
    for name in RESOURCES:
        if name in raw:
            frames[name] = _typed(raw[name], schemas[name], files[name])
        else:
            frames[name] = _empty(schemas[name])
        if bundled is not None and name == "fx" and len(frames["fx"]):
            _check_fx_direction(frames["fx"], object.__getattribute__(bundled, "fx"), files["fx"])
        if bundled is not None and name in BORROWED:  # the user's rows extend the bundled table, and win
            key = schemas[name]["primaryKey"]
            parts = [f for f in (frames[name], object.__getattribute__(bundled, name)) if len(f)] or [frames[name]]
            if len(parts) == 1:  # one of the two is empty: the other's rows, whose keys are unique already
                frames[name] = parts[0].copy()  # a new frame, never the bundled one's arrays
                continue
            both = pd.concat(parts, ignore_index=True).copy()
            frames[name] = both.drop_duplicates([key] if isinstance(key, str) else key, keep="first")

    obs_file = files["observations"]
    obs = frames["observations"]
    _check_ids(obs, "series", schemas["series"], obs_file)
    _check_refs(obs, "unit", set(frames["units"]["unit"]), obs_file, "unit")
    if len(frames["sources"]):
        _check_refs(obs, "source", set(frames["sources"]["source"]), obs_file, "source")
    _check_hierarchy(obs, obs_file)
    _check_one_unit(obs, obs_file)
    obs["year"] = obs["year"].astype("int64")
    if not len(frames["series"]):
        frames["series"] = _series_from_observations(obs, frames["sources"])
    else:  # series.csv describes the observations' series
        _check_described(frames["series"], obs, files["series"], obs_file)
        _check_series_units(frames["series"], obs, files["series"], obs_file)
    known_series = set(frames["series"]["series"])
    _check_refs(obs, "series", known_series, obs_file, "series")
    if len(frames["claims"]):
        cfile = files["claims"]
        _check_refs(frames["claims"], "unit", set(frames["units"]["unit"]), cfile, "unit")
        _check_refs(frames["claims"], "series", known_series, cfile, "series")
        if len(frames["sources"]):
            _check_refs(frames["claims"], "source", set(frames["sources"]["source"]), cfile, "source")
        cl = frames["claims"]
        first = pd.to_numeric(cl["start_year"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        last = pd.to_numeric(cl["end_year"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        with np.errstate(invalid="ignore"):
            backwards = first > last  # NaN against anything is False: a claim of one end only
        if backwards.any():
            i = int(np.flatnonzero(backwards)[0])
            raise DataError(f"{_where(cfile, i + 2, 'start_year')}: {plain(cl['start_year'].iloc[i])} comes after the "
                            f"end_year {plain(cl['end_year'].iloc[i])}")
    sources = set(frames["sources"]["source"])
    series_file = files.get("series", "series")
    _check_refs(frames["series"], "unit", set(frames["units"]["unit"]), series_file, "unit")
    if sources:
        _check_refs(frames["series"], "source", sources, series_file, "source")
        _check_refs(frames["fx"], "source", sources, files.get("fx", "fx"), "source")
        sources_file = files.get("sources", "sources")
        _check_refs(frames["sources"], "via", sources, sources_file, "source")
        _check_nesting(frames["sources"], "source", "via", sources_file, "a report cannot cite itself")
    if len(frames["fx"]):
        _check_fx_pairs(frames["fx"], files.get("fx", "fx"))
        frames["fx"]["year"] = frames["fx"]["year"].astype("int64")
    if len(frames["constraints"]):
        kfile = files["constraints"]
        for col in ("part", "whole"):
            _check_refs(frames["constraints"], col, known_series, kfile, "series")
        _check_refs(frames["constraints"], "source", sources, kfile, "source")
        same = (frames["constraints"]["part"] == frames["constraints"]["whole"]).to_numpy()
        if same.any():
            i = _first(same)
            raise DataError(f"{_where(kfile, i + 2, 'whole')}: {frames['constraints']['whole'].iloc[i]!r} is also the "
                            "part: a constraint bounds one series by another")
    markets = set(frames["markets"]["market"])
    if frames["series"]["market"].notna().any():
        _check_refs(frames["series"], "market", markets, series_file, "market")
    if len(frames["markets"]):
        markets_file = files.get("markets", "markets")
        _check_refs(frames["markets"], "within", markets, markets_file, "market")
        _check_nesting(frames["markets"], "market", "within", markets_file, "a market cannot lie within itself")
    return Package(path=base, descriptor=descriptor, **frames)


@lru_cache(maxsize=1)
def _bundled_once() -> tuple[Package, str]:
    pkg = read_package(bundled_path())
    return pkg, json.dumps(pkg.descriptor)


#: what a spreadsheet reads as the start of a formula
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_text(value):
    """Text a spreadsheet shows as text: a leading ``=``, ``+``, ``-`` or ``@`` (after any apostrophes) gets an
    apostrophe before it.

    Numbers pass through unchanged. :func:`write_package` writes text so, and :func:`read_package` reads it
    back as printed.

    Examples
    --------
    >>> from aimarket.datapackage import safe_text
    >>> safe_text("=HYPERLINK(1)"), safe_text("Total"), safe_text(-3.5)
    ("'=HYPERLINK(1)", 'Total', -3.5)
    """
    if isinstance(value, str) and value.lstrip("'").startswith(FORMULA_STARTS):
        return "'" + value  # "'=x" too, as "''=x", so that reading back strips one apostrophe and gives it as printed
    return value


def bundled_package() -> Package:
    """The bundled package, read once and shared read-only.

    Each call gets its own frames, so a frame edited in place, even one
    reached through the package itself, never changes what the next call
    sees. Where pandas copies on write (pandas 3, or the option set), the
    frames share the data until one is edited; otherwise they are copies.
    """
    pkg, descriptor = _bundled_once()
    # without copy on write, a shallow copy shares its arrays with the next call's (the option is gone in pandas 3)
    deep = int(pd.__version__.split(".")[0]) < 3 and pd.options.mode.copy_on_write is not True
    return replace(pkg, descriptor=json.loads(descriptor),
                   **{name: getattr(pkg, name).copy(deep=deep) for name in RESOURCES})


def _is_bundled(package: Package) -> bool:
    return Path(package.path).resolve() == bundled_path().resolve()


def _check_no_blanks_around(package: Package) -> None:
    """Refuse text that begins or ends with blanks (spaces, tabs), which read_package strips from every cell: the
    package read back would differ from the one written."""
    for name in RESOURCES:
        frame = getattr(package, name)
        for column in frame.columns:
            if not (frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column].dtype)):
                continue
            text = frame[column].map(lambda v: v if isinstance(v, str) else "")
            padded = (text != text.str.strip()).to_numpy()
            if padded.any():
                i = int(np.flatnonzero(padded)[0])
                raise ValueError(f"package: {name} row {i}, column {column!r}: {text.iloc[i]!r} begins or ends with "
                                 "blanks, which read_package strips from every cell; strip them before writing")


def write_package(package: Package, path: str | Path, *, overwrite: bool = False) -> Path:
    """Write a package as a data-package folder that :func:`read_package` reads back unchanged.

    Units, FX rates and sources that the bundled package already holds are
    not written again (reading extends the package with them).

    Parameters
    ----------
    package : Package
    path : str or pathlib.Path
        The folder to write (made if missing).
    overwrite : bool, default False
        Replace the files of the same names already there (``datapackage.json`` and the resources' CSV files);
        without it, any one of them there is refused before anything is written.

    Returns
    -------
    pathlib.Path
        The folder.

    Examples
    --------
    >>> import tempfile, aimarket as am
    >>> pkg = am.extract_text("The AI market was $40 billion in 2022.", name="note")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     back = am.read_package(am.write_package(pkg, tmp + "/draft"))
    >>> back.observations["value"].tolist()
    [40.0]
    """
    if not isinstance(package, Package):
        raise TypeError(f"package must be a Package, got {type(package).__name__}")
    if not isinstance(path, (str, Path)):
        raise TypeError(f"path must be a str or pathlib.Path, got {type(path).__name__}")
    if not isinstance(overwrite, bool):
        raise TypeError(f"overwrite must be True or False, got {overwrite!r}")
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise ValueError(f"path: {str(path)!r} is a file, not a folder")
    if inside_bundled(path):
        raise ValueError(f"path: {str(path)!r} is the bundled package's folder or within it, which is not written to")
    _check_no_blanks_around(package)
    schemas = resource_schemas()
    bundled = bundled_package()
    frames = {}
    for name in RESOURCES:
        frame = getattr(package, name)
        columns = [f["name"] for f in schemas[name]["fields"]]
        frame = frame[columns]
        if name in BORROWED and not _is_bundled(package):
            mine = frame.astype(object).where(frame.notna(), None)
            theirs = getattr(bundled, name)[columns].astype(object)
            theirs = theirs.where(theirs.notna(), None)
            keep = ~mine.apply(tuple, axis=1).isin(set(theirs.apply(tuple, axis=1)))
            frame = frame[keep.to_numpy()]
        if not len(frame) and name not in REQUIRED:
            continue
        text = [c for c in frame.columns if frame[c].dtype == object or pd.api.types.is_string_dtype(frame[c].dtype)]
        frames[name] = frame.assign(**{c: frame[c].map(safe_text) for c in text})  # no formula runs in a spreadsheet
    descriptor = {k: v for k, v in package.descriptor.items() if k != "resources"}
    descriptor.setdefault("name", path.name.lower() or "package")
    descriptor["resources"] = [{"name": n, "path": f"{n}.csv", "format": "csv", "encoding": "utf-8"} for n in frames]
    for key, value in descriptor.items():  # what JSON cannot hold is refused before anything is written
        try:
            json.dumps(value, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"package: descriptor[{key!r}] cannot be written as JSON ({exc})") from None
    if not overwrite:  # a user's own files of the same names are never replaced unasked
        for file in ["datapackage.json", *(f"{n}.csv" for n in frames)]:
            if (path / file).exists():
                raise FileExistsError(f"path: {str(path / file)!r} exists; pass overwrite=True to replace it")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a file on the way ("/etc/passwd/x"), no permission
        raise ValueError(f"path: cannot make the folder {str(path)!r}: {exc.strerror or exc}") from None
    for name, frame in frames.items():
        frame.to_csv(path / f"{name}.csv", index=False, encoding="utf-8")
    (path / "datapackage.json").write_text(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n",
                                           encoding="utf-8")
    return path
