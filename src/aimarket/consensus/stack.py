"""A stack of documents as one package: each keeps its series and its source, with publisher, edition and market.

Files are read with :func:`aimarket.extract`; packages come as they are. A draft's source gets the
publisher and edition its text states (else a note says they are not stated); every series gets the
market its title names in the ``markets`` vocabulary (else a note reports it, and it stays unplaced).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd

from ..datapackage import (BORROWED, RESOURCES, Package, _as_text, _typed, bundled_package, package_from_frames,
                           read_package, resource_schemas)
from .markets import match_markets
from .publishers import detect_edition, detect_publisher

__all__ = ["stack"]

#: the publisher of a draft whose text names none
UNKNOWN = "unknown (extracted draft)"


def _documents(items) -> list:
    """Every item as a file or a package, folders opened (a package folder, else the documents in it)."""
    from ..extract import SUFFIXES

    if isinstance(items, (str, Path, Package)):
        items = [items]
    try:
        items = list(items)
    except TypeError:
        raise TypeError(f"items must be files, folders or packages, got {type(items).__name__}") from None
    out = []
    for k, item in enumerate(items):
        if isinstance(item, Package):
            out.append(item)
            continue
        if not isinstance(item, (str, Path)):
            raise TypeError(f"items[{k}] must be a file, a folder or a Package, got {type(item).__name__}")
        path = Path(item)
        if path.is_dir() and not (path / "datapackage.json").is_file():
            files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files:
                raise ValueError(f"items[{k}]: folder {str(path)!r} holds no document aimarket reads "
                                 f"({', '.join(SUFFIXES)}) and no datapackage.json")
            out += files
        elif path.is_dir() or path.name == "datapackage.json":
            out.append(read_package(path))
        else:
            out.append(path)
    if not out:
        raise ValueError("items: the stack is empty; give files, folders or packages")
    return out


def _draft(path: Path, notes: list) -> Package:
    """A file's draft, its source named for the publisher and edition its text states."""
    from ..extract import read_file
    from ..extract.draft import draft_package

    doc = read_file(path)
    pkg = draft_package(doc)
    lines = [line for page in doc.pages for line in page]
    publisher, p_line = detect_publisher(lines)
    edition, e_line = detect_edition(lines)
    own = set(_own_sources(pkg)) | set(pkg.series["source"])
    sources = pkg.sources.copy()
    mine = sources["source"].isin(own) & (sources["publisher"] == UNKNOWN)
    if publisher is None:
        notes.append(f"{path.name}: no publisher stated (as 'According to X', 'X estimates', '据X预测'); the source "
                     "keeps the file's name; set its publisher in the sources table")
    else:
        sources.loc[mine, "publisher"] = publisher
        notes.append(f"{path.name}:{p_line}: publisher read as {publisher!r}")
    if edition is None:
        notes.append(f"{path.name}: no edition (publication date or year) stated; revisions cannot place this source "
                     "among its publisher's editions; set its date in the sources table")
    else:
        sources.loc[mine, "date"] = edition
        notes.append(f"{path.name}:{e_line}: edition read as {edition}")
    sources.loc[mine, "seed"] = path.name
    notes += list(pkg.descriptor.get("notes", []))
    return replace(pkg, sources=sources)


def _own_sources(pkg: Package) -> list[str]:
    return sorted(set(pkg.observations["source"]) | set(pkg.claims["source"]))


def _unstated(pkg: Package, name: str, notes: list) -> None:
    """Notes on a package's sources that name no publisher or edition."""
    own = _own_sources(pkg)
    src = pkg.sources.set_index("source").reindex(own)
    for s, publisher, date in zip(own, src["publisher"], src["date"]):
        if not isinstance(publisher, str) or publisher == UNKNOWN:
            notes.append(f"{name}: source {s!r} names no publisher; set it in the sources table")
        if not isinstance(date, str):
            notes.append(f"{name}: source {s!r} has no edition (date); set it in the sources table")


def _own_rows(frame: pd.DataFrame, bundled: pd.DataFrame) -> pd.DataFrame:
    """The rows of a borrowed table that are not the bundled package's own."""
    def keys(f):
        f = f[list(bundled.columns)].astype(object)
        return pd.MultiIndex.from_frame(f.where(f.notna(), "").astype(str))

    return frame[~keys(frame).isin(keys(bundled))]


def _shared(columns) -> set:
    """The ids that more than one item holds."""
    counts = pd.Series([v for col in columns for v in set(col)], dtype=object).value_counts()
    return set(counts[counts > 1].index)


def stack(items, *, markets: pd.DataFrame | None = None) -> Package:
    """Many documents as one package: each keeps its series and its source; series are matched to markets.

    Parameters
    ----------
    items : file, folder, Package, or a sequence of them
        Reports that :func:`aimarket.extract` reads (``.txt``, ``.md``, ``.html``, ``.pdf``), folders of
        them, package folders, or packages. A folder without ``datapackage.json`` stands for the
        documents in it.
    markets : DataFrame, optional
        More markets (columns of the ``markets`` resource): they extend the bundled vocabulary and the
        packages' own, and win on the same id.

    Returns
    -------
    Package
        Observations, claims, series, sources, units, FX rates and constraints of every item. A draft's
        source holds the publisher and edition (``date``) its text states; ``series.market`` holds the
        market each title names. ``descriptor["notes"]`` says what was read, what was not stated and
        which subjects no market's name matches (they stay unplaced); ``descriptor["documents"]`` lists
        the items. Series ids two items share get their source id in front (``source__series``).

    Raises
    ------
    ValueError
        An empty stack, a folder without documents, two items holding one source id (the same
        document twice), or a markets table whose names clash; the message names them. A markets
        table's cell that breaks its schema (a missing label, an id such as ``5``) is named as
        ``markets (argument), row R, column C``, its row counted from 0 by position.

    Examples
    --------
    >>> import aimarket as am, pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     a = pathlib.Path(tmp, "a.md")
    ...     _ = a.write_text("Published: 2024-05-01\\nAccording to Acme Research, the global AI market "
    ...                      "was USD 200 billion in 2023.", encoding="utf-8")
    ...     b = pathlib.Path(tmp, "b.txt")
    ...     _ = b.write_text("据Beta预测，2030年全球人工智能市场规模将达到15000亿美元。", encoding="utf-8")
    ...     pkg = am.stack([a, b])
    >>> pkg.series[["series", "market"]].values.tolist()
    [['global_ai_market', 'global_ai'], ['quanqiu_rengong_zhineng_shichang', 'global_ai']]
    >>> pkg.sources.set_index("source").loc[["a_md", "b_txt"], ["publisher", "date"]].values.tolist()
    [['Acme Research', '2024-05-01'], ['Beta', None]]
    """
    if markets is not None and not isinstance(markets, pd.DataFrame):
        raise TypeError(f"markets must be a DataFrame with the markets resource's columns, got {type(markets).__name__}")
    notes: list[str] = []
    documents, packages = [], []
    for item in _documents(items):
        if isinstance(item, Package):
            pkg, name = item, str(item.path)
            _unstated(pkg, name, notes)
        else:
            pkg, name = _draft(item, notes), item.name
        packages.append(pkg)
        documents.append({"document": name, "sources": _own_sources(pkg)})
    bundled = bundled_package()
    schemas = resource_schemas()

    # sources: one id, one row; the same id from two items is the same document twice
    holder: dict[str, int] = {}
    for k, doc in enumerate(documents):
        for s in doc["sources"]:
            if holder.setdefault(s, k) != k:
                raise ValueError(f"items: {documents[holder[s]]['document']!r} and {doc['document']!r} both hold "
                                 f"source {s!r}; is one document given twice? Rename one file or source")
    # series and claim ids two items share are prefixed by their source
    shared = {"series": _shared([p.series["series"] for p in packages]),
              "claim": _shared([p.claims["claim"] for p in packages])}

    frames: dict[str, list] = {name: [] for name in RESOURCES}
    for pkg in packages:
        rename = {s: f"{src}__{s}" for s, src in zip(pkg.series["series"], pkg.series["source"])
                  if s in shared["series"]}
        claim_ids = {c: f"{src}__{c}" for c, src in zip(pkg.claims["claim"], pkg.claims["source"])
                     if c in shared["claim"]}
        for name in RESOURCES:
            frame = getattr(pkg, name).copy()
            for col in {"observations": ["series"], "claims": ["series"], "series": ["series"],
                        "constraints": ["part", "whole"]}.get(name, []):
                frame[col] = frame[col].replace(rename)
            if name == "claims":
                frame["claim"] = frame["claim"].replace(claim_ids)
            frames[name].append(frame)
    if markets is not None:
        missing = {"market", "label"} - set(markets.columns)
        if missing:
            raise ValueError(f"markets is missing column(s) {sorted(missing)}")
        twice = markets["market"][markets["market"].duplicated()]
        if len(twice):
            raise ValueError(f"markets: {twice.iloc[0]!r} is given twice; describe each market once")
        extra = markets.reindex(columns=[f["name"] for f in schemas["markets"]["fields"]])
        _typed(_as_text(extra), schemas["markets"], "markets (argument)", first=0)   # named as given, by position
        frames["markets"].insert(0, extra)

    stacked = {}
    for name in RESOURCES:
        cols = [f["name"] for f in schemas[name]["fields"]]
        parts = [f[cols] for f in frames[name] if len(f)]
        if not parts and name != "observations":
            continue
        frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=cols)
        if name in BORROWED:
            frame = _own_rows(frame, getattr(bundled, name))
        key = schemas[name].get("primaryKey")
        if key:
            frame = frame.drop_duplicates(key, keep="first")   # the first wins: markets= over the packages
        stacked[name] = frame
    pkg = package_from_frames(stacked, {"name": "stack"}, Path("stack"))

    placed = match_markets(pkg)
    series = pkg.series.copy()
    series["market"] = placed["market"].to_numpy()
    money = set(pkg.units.loc[pkg.units["quantity"] == "money", "unit"])
    unit_of = dict(zip(pkg.series["series"], pkg.series["unit"]))
    for row in placed.itertuples(index=False):
        if pd.isna(row.market) and (row.kind == "market" or unit_of.get(row.series) in money):
            notes.append(f"series {row.series!r} ({row.title!r}, source {row.source!r}): not placed in a market: {row.how}")
        elif "names no region" in row.how:
            notes.append(f"series {row.series!r} ({row.title!r}, source {row.source!r}): {row.how}")
    descriptor = {"name": "stack", "title": f"A stack of {len(documents)} documents", "notes": notes,
                  "documents": documents, "resources": pkg.descriptor["resources"]}
    return replace(pkg, series=series, path=Path("stack"), descriptor=descriptor)
