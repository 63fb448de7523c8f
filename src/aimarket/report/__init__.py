"""The whole job in one call: tables, audit, curves, scenarios and fans as an HTML report.

:func:`build_report` writes ``index.html`` with the figures as PNG and SVG files
(``figures/``), the tables as CSV files (``tables/``) and an Excel workbook beside it.
The report is a list of sections (:data:`SECTIONS`, in :mod:`.sections`); each is one
function of the run's context that returns a title and typed blocks (:mod:`.blocks`),
and :mod:`.html` is the one renderer that writes them as a page. Everything is
built in a fresh folder beside ``out`` and moved into place at the end: a
failed run leaves the previous report as it was, and nothing is written
through a link.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path


from .._validate import check_int, check_path
from ..datapackage import Package, inside_bundled
from ..scenarios import MAX_PATHS
from .blocks import Figure, Heading, Items, Section, Span, Table, Text
from .context import Context
from .sections import SECTIONS, WORKBOOK

__all__ = ["build_report", "Report", "SECTIONS", "Section", "Text", "Items", "Heading", "Figure", "Table", "Span",
           "Context", "WORKBOOK"]


@dataclass(frozen=True)
class Report:
    """Where the report went and what it holds."""

    out: Path
    index: Path
    figures: tuple
    tables: tuple
    seconds: float
    timings: dict = field(default_factory=dict)


#: what a report writes in its folder: its page, workbook, figures and tables, and the mark that says they are a
#: report's, so that a later report replaces them and nothing else
ENTRIES = ("index.html", "aimarket-report.xlsx", "figures", "tables")
MARK = ".aimarket-report"


def _prepare_out(out: Path) -> None:
    """Refuse an output folder that a report must not write into: a link, a file, the bundled package's folder, or
    one holding entries of a report's names ("figures", "index.html" ...) that no report wrote, which it would
    replace."""
    if out.is_symlink():
        raise ValueError(f"out: {str(out)!r} is a symbolic link; give the report a real folder")
    if out.exists() and not out.is_dir():
        raise ValueError(f"out: {str(out)!r} exists and is not a folder")
    if inside_bundled(out):
        raise ValueError(f"out: {str(out)!r} is the bundled package's folder or within it, which is not written to")
    taken = [name for name in ENTRIES if (out / name).exists() or (out / name).is_symlink()]
    if taken and not (out / MARK).is_file():
        raise ValueError(f"out: {str(out)!r} holds {', '.join(taken)}, which no aimarket report wrote and a report "
                         "would replace; give an empty folder, a new one, or an earlier report's")
    if taken:  # an earlier report's folder: files added to its entries since are the user's, never replaced
        wrote = set((out / MARK).read_text(encoding="utf-8", errors="replace").splitlines()[1:])
        added = sorted(rel for rel in _files(out, taken) if rel not in wrote)
        if wrote and added:
            raise ValueError(f"out: {str(out)!r} holds {', '.join(added[:3])}{' ...' if len(added) > 3 else ''}, "
                             "which the earlier report there did not write and a report would replace; move them "
                             "out or give another folder")


def _files(folder: Path, entries) -> list[str]:
    """The files (and links) within ``entries`` of ``folder``, as paths relative to it; an entry that is a link is
    none of them (it is moved aside, never followed, and what it points to is left alone)."""
    out = []
    for name in entries:
        entry = folder / name
        if entry.is_symlink():
            continue
        inside = [entry] if not entry.is_dir() else [p for p in entry.rglob("*") if p.is_file() or p.is_symlink()]
        out += [p.relative_to(folder).as_posix() for p in inside]
    return out


def _move_into_place(built: Path, out: Path) -> None:
    """Put the finished report's entries (index.html, figures/, tables/ ...) in place of the old ones.

    Each entry moves by one rename, so a reader sees the old entry or the new one, never half of
    either; an old entry, or a link standing where a new one goes, is moved aside first (so nothing
    is written through a link), and other files in ``out`` are left alone.
    """
    out.mkdir(exist_ok=True)
    aside = Path(tempfile.mkdtemp(prefix=f".{out.name}-previous-", dir=out.absolute().parent))
    try:
        for entry in sorted(built.iterdir()):
            target = out / entry.name
            if target.exists() or target.is_symlink():
                os.rename(target, aside / entry.name)
            os.rename(entry, target)
    finally:
        shutil.rmtree(aside, ignore_errors=True)
        shutil.rmtree(built, ignore_errors=True)


def build_report(out: str | Path = "aimarket-report", *, until: int = 2035, n_paths: int = 10_000, seed: int = 2024,
                 progress=None, package: Package | None = None) -> Report:
    """Write the full report to ``out``.

    Parameters
    ----------
    out : str or Path, default "aimarket-report"
        Output folder, created if needed. The report is built beside it and
        its files replace the old report's only once all are written; other
        files in the folder are left alone. A folder holding an ``index.html``,
        ``figures``, ``tables`` or workbook that no report wrote is refused, as
        is the bundled package's folder.
    until : int, default 2035
        Projection horizon.
    n_paths : int, default 10000
        Monte Carlo paths for the fan.
    seed : int, default 2024
        Seed of the Monte Carlo (the same seed gives the same report).
    progress : callable, optional
        Called with one line of text as each step starts and ends.
    package : Package, optional
        Report on this package (from :func:`aimarket.read_package`); the bundled one by default.

    Returns
    -------
    Report

    Raises
    ------
    ValueError or TypeError
        A bad argument, or an ``out`` that is a link or a file; checked
        before anything is written.

    Examples
    --------
    >>> import aimarket as am
    >>> pkg = am.extract_text("The AI market was $40 billion in 2022 and will be $90 billion in 2026.")
    >>> r = am.build_report("example-report", n_paths=500, package=pkg)
    >>> r.index.name, [p.name for p in r.figures][:2]
    ('index.html', ['fit_total.png', 'scenarios_total.png'])

    ``am.build_report()`` with no package reports on the bundled reports.
    """
    from .._version import __version__
    from ..catalog import resolve_package
    from ..plots import cjk_fallback
    from .html import render_page

    out = check_path(out, "out")
    check_int(until, "until", low=1900, high=2300)
    check_int(n_paths, "n_paths", low=1, high=MAX_PATHS)
    if seed is not None:
        check_int(seed, "seed", low=0)
    if progress is not None and not callable(progress):
        raise TypeError(f"progress must be a function of one line of text, got {progress!r}")
    pkg = resolve_package(package)
    _prepare_out(out)
    parent = out.absolute().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=parent))
    except OSError as exc:
        raise ValueError(f"out: cannot write to {str(out)!r} ({exc.strerror or exc})") from None
    say = progress or (lambda line: None)
    timings, sections = {}, []
    t_all = time.perf_counter()
    try:
        (folder / "figures").mkdir()
        (folder / "tables").mkdir()
        ctx = Context(pkg, folder, until, n_paths, seed)
        with cjk_fallback():   # Chinese titles and publisher names draw as text, not boxes, where a font has them
            for k, (name, fn) in enumerate(SECTIONS, start=1):
                say(f"[{k}/{len(SECTIONS)}] {name} ...")
                t0 = time.perf_counter()
                section = fn(ctx)
                timings[name] = time.perf_counter() - t0
                if section is not None:
                    sections.append(section)
                say(f"[{k}/{len(SECTIONS)}] {name} done in {timings[name]:.1f} s")
        seconds = time.perf_counter() - t_all
        title = pkg.descriptor.get("title") if isinstance(pkg.descriptor.get("title"), str) else None
        page = render_page(sections, title=title or "AI market forecasts", version=__version__, seconds=seconds, until=until)
        (folder / "index.html").write_text(page, encoding="utf-8")
        wrote = _files(folder, [p.name for p in folder.iterdir()])  # listed, so a later report replaces only these
        (folder / MARK).write_text(f"aimarket {__version__} report\n" + "".join(f"{rel}\n" for rel in sorted(wrote)),
                                   encoding="utf-8")
        _move_into_place(folder, out)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    final = out.absolute()
    moved = [final / p.relative_to(folder) for p in ctx.files]
    return Report(final, final / "index.html", tuple(p for p in moved if p.suffix == ".png"),
                  tuple(p for p in moved if p.suffix == ".csv"), seconds, timings)

