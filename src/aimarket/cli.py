"""The ``aimarket`` command: list, show, table, audit, fit, project, report, extract, check, consensus.

Errors print one line and exit with status 2; ``check --strict`` exits 1 when a claim is inconsistent.
"""

from __future__ import annotations

import argparse
import os
import sys

import pandas as pd

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but an error is one line on stderr and exit status 2."""

    def error(self, message):
        raise _UsageError(f"{self.prog}: {message} (see '{self.prog} --help')")


class _UsageError(Exception):
    pass


#: the output formats of list, show, audit and project
FRAME_FORMATS = ("table", "csv", "json", "markdown")
#: columns that wrap first when a table is wider than the terminal
_SHRINKABLE = ("note", "description", "title", "locator", "publisher", "report", "source", "claim", "item")


def _shown(text: str) -> int:
    """How many terminal columns a text takes (wide East Asian characters take two)."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool) -> str:
    fill = " " * max(0, width - _shown(text))
    return fill + text if right else text + fill


def _widths(text: pd.DataFrame) -> dict:
    return {c: max([_shown(str(c))] + [_shown(v) for v in text[c]]) for c in text.columns}


def _narrowest(text: pd.DataFrame, col) -> int:
    """How narrow a wrapping column may get: its heading, its longest word (up to 24), and at least 12."""
    words = max([_shown(w) for v in text[col] for w in v.split()] + [0])
    return max(_shown(str(col)), 12, min(words, 24))


def _fit_widths(text: pd.DataFrame, width: int) -> dict:
    """Column widths that fit the terminal: the widest text columns narrow (their text will wrap) until the
    table fits or they are as narrow as they may get."""
    widths = _widths(text)
    floor = {c: _narrowest(text, c) for c in text.columns if c in _SHRINKABLE}
    while True:
        total = sum(widths.values()) + 2 * (len(widths) - 1)
        cols = [c for c in floor if widths[c] > floor[c]]
        if total <= width or not cols:
            return widths
        col = max(cols, key=lambda c: widths[c])
        widths[col] = max(floor[col], widths[col] - (total - width))


def _column_groups(widths: dict, columns: list, width: int, keys: int) -> list[list]:
    """Columns in groups that each fit the width, every group led by the first ``keys`` columns."""
    lead, rest = list(columns[:keys]), list(columns[keys:])
    groups, current = [], []
    used = sum(widths[c] + 2 for c in lead)
    for c in rest:
        if current and used + widths[c] > width:
            groups.append(lead + current)
            current, used = [], sum(widths[c2] + 2 for c2 in lead)
        current.append(c)
        used += widths[c] + 2
    return groups + [lead + current]


def _cell_lines(value: str, width: int) -> list[str]:
    """A cell's text wrapped by words to its column's width on screen, every character kept (a word longer than
    the column is split across lines)."""
    if _shown(value) <= width:
        return [value]
    lines, line = [], ""
    for word in value.split():
        while _shown(word) > width:
            if line:
                lines.append(line)
                line = ""
            k = 1
            while k < len(word) and _shown(word[:k + 1]) <= width:
                k += 1
            lines.append(word[:k])
            word = word[k:]
        if not word:
            continue
        if line and _shown(line) + 1 + _shown(word) <= width:
            line += " " + word
        else:
            if line:
                lines.append(line)
            line = word
    return lines + [line] if line else lines or [""]


def _print_frame(df: pd.DataFrame, fmt: str = "table") -> None:
    """A frame for a terminal (formatted, long text wrapped inside its column, never cut), or as CSV, JSON or
    markdown."""
    import shutil

    from .display import format_frame, plain_text

    if fmt == "csv":
        sys.stdout.write(plain_text(df).to_csv(index=False))
        return
    if fmt == "json":
        sys.stdout.write(df.to_json(orient="records", indent=1, force_ascii=False, default_handler=str) + "\n")
        return
    text = format_frame(df.reset_index(drop=True))
    if fmt == "markdown":
        numeric = [pd.api.types.is_numeric_dtype(df[c].dtype) for c in df.columns]
        print("| " + " | ".join(str(c).replace("|", "\\|") for c in text.columns) + " |")
        print("|" + "|".join("---:" if n else ":---" for n in numeric) + "|")
        for row in text.itertuples(index=False):
            print("| " + " | ".join(str(v).replace("|", "\\|") for v in row) + " |")
        return
    numeric = {c: pd.api.types.is_numeric_dtype(df[c].dtype) for c in df.columns}
    widths = _widths(text)
    groups, width = [list(text.columns)], None
    if sys.stdout.isatty() or "COLUMNS" in os.environ:   # a pipe or file gets every row on one line
        width = shutil.get_terminal_size((120, 24)).columns
        narrowest = {c: _narrowest(text, c) if c in _SHRINKABLE else widths[c] for c in text.columns}
        keys = next((k for k, c in enumerate(df.columns) if numeric[c]), 1) or 1
        groups = _column_groups(narrowest, list(text.columns), width, min(keys, 2))

    def line(cells: dict) -> str:
        return "  ".join(_pad(cells[c], widths[c], numeric[c]) for c in cells).rstrip()

    for k, cols in enumerate(groups):
        if width is not None:      # each group's wrapping columns take the room the group leaves
            widths = _fit_widths(text[cols], width)
        if k:
            print()
        print(line({c: str(c) for c in cols}))
        for _, row in text[cols].iterrows():
            wrapped = {c: [row[c]] if numeric[c] else _cell_lines(row[c], widths[c]) for c in cols}
            for n in range(max(len(v) for v in wrapped.values())):
                print(line({c: v[n] if n < len(v) else "" for c, v in wrapped.items()}))


def _package(args):
    """The package a verb works on: --package DIR, or the bundled one."""
    if getattr(args, "package", None) is None:
        return None
    from .datapackage import read_package

    return read_package(args.package)


def _cmd_list(args):
    import aimarket as am

    _print_frame(am.list_series(package=_package(args)), args.format)


def _cmd_show(args):
    import aimarket as am

    pkg = _package(args)
    info = am.series_info(args.id, package=pkg)
    df = am.load(args.id, wide=True, package=pkg)
    if args.format == "table":
        print(f"{info['title']} ({args.id}) - {info['unit']}; source: {info['publisher']}")
    if df.empty:
        if args.format == "table":
            print("No tabulated values; the reports' claims about this series:")
        _print_frame(am.claims(args.id, package=pkg)[["claim", "item", "kind", "value", "unit", "locator"]], args.format)
    else:
        status = df.attrs["status"]
        table = df.reset_index()
        table.columns = ["item"] + [f"{y}{'E' if status[y] == 'estimate' else ''} ({df.attrs['unit']})" for y in df.columns]
        _print_frame(table, args.format)


def _cmd_table(args):
    import aimarket as am

    t = am.reproduce(args.id, audit=args.audit, package=_package(args))
    if args.format == "csv":
        from .display import plain_text

        sys.stdout.write(plain_text(t).to_csv(index=False))
    else:
        sys.stdout.write(am.render(t, args.format))


def _cmd_audit(args):
    import aimarket as am

    a = am.audit(args.id, package=_package(args))
    if args.only_problems:
        a = a[a["verdict"] == "inconsistent"]
    _print_frame(a[["series", "check", "claim", "item", "year", "reported", "recomputed", "unit", "verdict", "note"]],
                 args.format)


#: advice naming a Python argument the command line has no option for, in the command line's words
_NO_OPTION = {"fx_year": "add a row of that pair to the package's fx.csv: pair, year, rate, source"}


def _command_line_advice(message: str, args=None) -> str:
    """An error's advice in the words of the command line: ``pass overwrite=True`` is ``add --overwrite``,
    ``pass unit=`` is ``add --unit VALUE``, a fit's ``cap=...`` is ``--cap VALUE`` and ``fixed={'k': ...}`` is
    ``--fixed k=VALUE``; an argument the verb has no option for is marked as Python's, or replaced by what a
    user of the command line does instead.

    ``args`` is the parsed command line: an argument is an option of the verb when it is one of its fields.
    """
    import re
    import shlex

    message = re.sub(r"fixed=\{([^}]*)\}", lambda m: " ".join(
        f"--fixed {name}=VALUE" for name in re.findall(r"'(\w+)': \.\.\.", m.group(1))), message)
    message = re.sub(r"\bcap=\.\.\.", "--cap VALUE", message)
    message = re.sub(r"\bbounds=", "bounds (not on the command line)", message)
    message = message.replace("use the exponential family", "--family exponential")

    def option(m):
        verb, name, value = m.groups()
        value, tail = re.fullmatch(r"(.*?)([.:]*)", value).groups()     # a sentence's full stop is not the value's
        flag = "--" + name.replace("_", "-")
        if name in _NO_OPTION:
            return _NO_OPTION[name] + tail
        if args is None or not hasattr(args, name):
            return f"{verb} {name}={value} (in Python; the command line has no {flag}){tail}"
        if value == "True":
            return f"add {flag}{tail}"
        value = shlex.quote(value.strip("'")) if value.strip("'") and value not in ("...", "None") else "VALUE"
        return f"add {flag} {value}{tail}"

    # "(pass fx_year='nearest' or a year to use ...)": the whole aside when the argument has no option
    message = re.sub(r"\(pass (\w+)=[^)]*\)", lambda m: f"({_NO_OPTION[m.group(1)]})" if m.group(1) in _NO_OPTION
                     else m.group(0), message)
    return re.sub(r"\b(pass|use|give|set) (\w+)=((?:'[^']*'|[^\s),;])*)", option, message)


def _fixed(text: str) -> tuple[str, float]:
    name, sep, value = text.partition("=")
    try:
        if not sep or not name.strip():
            raise ValueError
        return name.strip(), float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not NAME=VALUE (for example k=0.3)") from None


def _cmd_fit(args):
    import aimarket as am

    options = {"cap": args.cap} if args.cap is not None else {}
    if args.fixed:
        options["fixed"] = dict(args.fixed)
    pkg = _package(args)
    f = am.fit_series(args.id, args.item, args.family, package=pkg, **options)
    from .display import format_number

    print(f)                     # without --family, its note says which family was chosen and why
    print(f"ceiling: {format_number(f.ceiling)} {f.unit}; inflection year: "
          f"{'none' if f.inflection_year is None else f'{f.inflection_year:.1f}'}")
    if args.plot:     # the figure names the market, and the item unless it is the series' total
        _save(f.plot(), args.plot)


def _cmd_project(args):
    import aimarket as am

    scenarios = args.scenario or ["bear", "base", "bull"]
    if args.scenario_file:
        loaded = am.load_scenarios(args.scenario_file)
        scenarios = [loaded.get(s, s) for s in scenarios] if args.scenario else list(loaded.values())
    pkg = _package(args)
    p = am.project(args.id, scenarios, until=args.until, package=pkg)
    rows = p[p["item"] == args.item] if args.item else p
    if rows.empty:
        raise LookupError(f"item {args.item!r} is not in {args.id}")
    if args.format == "table":   # years across, in a unit that keeps the numbers short
        from .display import scale_for

        factor, unit = scale_for(p["unit"].iloc[0], float(rows["value"].abs().max()))
        wide = rows.assign(value=rows["value"] / factor).pivot_table(index=["scenario", "item"], columns="year",
                                                                     values="value", sort=False).reset_index()
        wide.columns = ["scenario", f"item ({unit})"] + [str(c) for c in wide.columns[2:]]
        _print_frame(wide, "table")
    else:
        _print_frame(rows[["scenario", "item", "parent", "year", "value", "unit", "kind"]], args.format)
    for note in p.attrs.get("notes", []):  # an assumption the projection could not use, and what it did instead
        print(f"note: {note}", file=sys.stderr)
    if args.plot:
        _save(am.plots.plot_scenarios(p, item=args.item), args.plot)


def _save(ax, path):
    try:
        ax.figure.savefig(path, dpi=110, bbox_inches="tight")
        import matplotlib.pyplot as plt

        plt.close(ax.figure)
    except OSError as exc:
        raise ValueError(f"--plot: cannot write {path!r} ({exc.strerror or exc})") from None
    print(f"figure written to {path}")


def _cmd_report(args):
    from .report import build_report

    r = build_report(args.out, until=args.until, n_paths=args.paths, seed=args.seed, package=_package(args),
                     progress=lambda line: print(line, flush=True))
    print(f"report written to {r.index.resolve()} ({len(r.figures)} figures, {len(r.tables)} CSV tables, "
          f"{r.seconds:.1f} s)")


def _print_per_file(frames: list[tuple[str, pd.DataFrame]], fmt: str) -> None:
    """Each file's frame in a machine format as one document for all files (one JSON array, one CSV header), the
    file named in a first column ``file`` (one file or several: one shape)."""
    if frames:
        _print_frame(pd.concat([f.assign(file=name)[["file", *f.columns]] for name, f in frames], ignore_index=True),
                     fmt)


def _print_or_keep(frames: list, file, shown: pd.DataFrame, fmt: str, heading: str) -> None:
    """A file's frame: printed under ``heading`` for a terminal, else kept in ``frames`` for
    :func:`_print_per_file`."""
    if fmt == "table":
        print(heading)
        _print_frame(shown, fmt)
    else:
        frames.append((str(file), shown))


def _error(exc: BaseException, args=None) -> None:
    """An error said on stderr in the words of the command line."""
    message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    print(f"aimarket: error: {_command_line_advice(message, args)}", file=sys.stderr)


def _extracted(args, file, then=None):
    """A file's draft package (and ``then(pkg)``), or ``None`` when the file cannot be read: the error is said on
    stderr and the other files are still read (their rows are printed; the exit status is then 2)."""
    import aimarket as am

    try:
        pkg = am.extract(file, name=args.name)
        return pkg, (then(pkg) if then else None)
    except (ValueError, TypeError, LookupError, OSError) as exc:
        _error(exc if str(file) in str(exc) else type(exc)(f"{file}: {exc}"), args)
        return None


def _cmd_extract(args):
    import aimarket as am
    from pathlib import Path

    if args.name and len(args.file) > 1:
        raise ValueError("--name: one name cannot label several files")
    frames: list = []
    broken = False
    for k, file in enumerate(args.file):
        if k and args.format == "table":
            print()
        read = _extracted(args, file)
        if read is None:
            broken = True
            continue
        pkg = read[0]
        obs, claims = pkg.observations, pkg.claims
        counts = {"observations": obs["series"].value_counts(), "claims": claims["series"].value_counts()}
        series = pkg.series.assign(**{k2: pkg.series["series"].map(v).fillna(0).astype(int) for k2, v in counts.items()})
        notes = pkg.descriptor.get("notes", [])
        _print_or_keep(frames, file, series[["series", "title", "unit", "observations", "claims"]], args.format,
                       f"{file}: {len(obs)} figures with a year, {len(claims)} claims, {len(series)} series, "
                       f"{len(notes)} notes on guesses")
        if args.format == "table" and notes:
            print("\nnotes (what the extractor guessed; check them in the draft):")
            for n in notes[: args.notes]:
                print(f"  {n}")
            if len(notes) > args.notes:
                print(f"  ... and {len(notes) - args.notes} more (all in datapackage.json)")
        if args.out:
            if Path(args.out).is_symlink():
                raise ValueError(f"--out: {args.out!r} is a symbolic link; give the draft a real folder")
            out = Path(args.out) if len(args.file) == 1 else Path(args.out) / Path(file).stem
            try:
                folder = am.write_package(pkg, out, overwrite=args.overwrite)
            except ValueError as exc:  # a file on the way, no permission: said of --out, not of a path argument
                raise ValueError(f"--out: {str(exc).removeprefix('path: ')}") from None
            print(f"draft package written to {folder.resolve()}; read it with aimarket.read_package or "
                  f"--package {out}", file=sys.stdout if args.format == "table" else sys.stderr)  # CSV/JSON alone
    _print_per_file(frames, args.format)
    return EXIT_USAGE if broken else 0


def _cmd_check(args):
    import aimarket as am

    if args.name and len(args.file) > 1:
        raise ValueError("--name: one name cannot label several files")
    failed, broken, frames = False, False, []
    for k, file in enumerate(args.file):
        if k and args.format == "table":
            print()
        read = _extracted(args, file, lambda p: am.audit(package=p))
        if read is None:
            broken = True
            continue
        pkg, a = read
        counts = a["verdict"].value_counts()
        failed |= bool((a["verdict"] == "inconsistent").any())
        if args.only_problems:
            a = a[a["verdict"] == "inconsistent"]
        shown = a[["check", "item", "year", "reported", "recomputed", "unit", "verdict", "note", "locator"]]
        _print_or_keep(frames, file, shown, args.format,
                       f"{file}: {len(pkg.claims)} claims and {len(pkg.observations)} figures checked: "
                       + ", ".join(f"{counts.get(v, 0)} {v}" for v in am.checks.VERDICTS))
    _print_per_file(frames, args.format)
    return EXIT_USAGE if broken else 1 if args.strict and failed else 0


def _cmd_consensus(args):
    import aimarket as am

    items = list(args.file) + ([am.read_package(args.package)] if args.package else [])
    pkg = am.stack(items)
    t = am.consensus(pkg, market=args.market, year=args.year, unit=args.unit)
    cols = ["publisher", "edition", "base_year", "base_value", "target_year", "target_value", "stated_rate",
            "verdict", "year", "value", "unit", "method", "vs_median", "outlier"]
    if args.format != "table":
        _print_frame(t, args.format)
    else:
        for market, g in t.groupby("market", sort=False):
            r = g.iloc[0]
            outliers = ", ".join(g.loc[g["outlier"], "publisher"]) or "none"
            print(f"{r['label']} ({market}) in {r['year']}, {r['unit']}: median {r['median']:,.4g}, range "
                  f"{r['low']:,.4g} to {r['high']:,.4g}, spread {r['spread']:.2f}x; outliers: {outliers}")
            _print_frame(g[cols], "table")
            print()
        print(f"rule: {t.attrs['rule']}")
        r = am.revisions(pkg, market=args.market, unit=args.unit)
        if len(r):
            print("\nrevisions between a publisher's editions:")
            _print_frame(r.drop(columns=["label"]), "table")
        unplaced = [n for n in pkg.descriptor["notes"] if "not placed in a market" in n]
        if unplaced:
            print("\nsubjects no market's name matches (left out):")
            for n in unplaced:
                print(f"  {n}")
    if args.out:
        _save(am.plots.plot_consensus(pkg, market=args.market or t["market"].iloc[0], year=args.year, unit=args.unit),
              args.out)


def _year(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole year") from None


def _count(text: str) -> int:
    """A count of things to print: a whole number, 0 or more."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {n}")
    return n


#: the figure files --plot and --out write, by extension
FIGURE_SUFFIXES = (".png", ".svg", ".pdf", ".jpg", ".jpeg")


def _figure_file(text: str) -> str:
    """A figure's file name, refused at once when its extension names no image format (before any work)."""
    from pathlib import Path

    suffix = Path(text).suffix.lower()
    if suffix not in FIGURE_SUFFIXES:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an image file name ({'no extension' if not suffix else f'extension {suffix!r}'}); "
            f"use {', '.join(FIGURE_SUFFIXES[:-1])} or {FIGURE_SUFFIXES[-1]}")
    from .datapackage import inside_bundled

    if inside_bundled(Path(text).parent):
        raise argparse.ArgumentTypeError(f"{text!r} is in the bundled package's folder or within it, which is not "
                                         "written to")
    return text


def _catalog_help(argv) -> str:
    """The series ids a verb accepts, from the package named on the command line (or the bundled one)."""
    try:
        import aimarket as am

        path = None
        if argv and "--package" in argv and argv.index("--package") + 1 < len(argv):
            path = argv[argv.index("--package") + 1]
        ids = am.list_series(package=am.read_package(path) if path else None)
        ids = ids[ids["years"].map(len) > 0]["series"].tolist()
        return ", ".join(ids[:8]) + (", ..." if len(ids) > 8 else "")
    except (ValueError, TypeError, LookupError, OSError):
        return "see 'aimarket list'"


def build_parser(argv=None) -> argparse.ArgumentParser:
    from ._version import __version__
    from .curves import FAMILIES

    p = _Parser(prog="aimarket", description="AI market-size forecasts from industry reports: sourced data, "
                                             "audited growth rates, growth curves and scenarios.")
    p.add_argument("--version", action="version", version=f"aimarket {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser, metavar="COMMAND")
    ids = _catalog_help(argv)

    def verb(name, help, run):
        s = sub.add_parser(name, help=help)
        s.add_argument("--package", metavar="DIR",
                       help="a data package folder (read_package); the bundled reports by default")
        s.set_defaults(run=run)
        return s

    def formats(s):
        s.add_argument("--format", choices=FRAME_FORMATS, default="table",
                       help="table (for a terminal), csv, json or markdown (default table)")

    formats(verb("list", "every series with its unit, years and source", _cmd_list))

    s = verb("show", "one series, items by years", _cmd_show)
    s.add_argument("id", help=f"series id ({ids})")
    formats(s)

    s = verb("table", "a series' table as printed", _cmd_table)
    s.add_argument("id", help=f"series id ({ids})")
    s.add_argument("--format", choices=["markdown", "csv", "html", "latex"], default="markdown")
    s.add_argument("--audit", action="store_true", help="add the recomputed rate and the verdict")

    s = verb("audit", "check every stated figure against the printed values", _cmd_audit)
    s.add_argument("id", nargs="?", help="one series (all by default)")
    s.add_argument("--only-problems", action="store_true", help="only the checks that do not hold")
    formats(s)

    s = verb("fit", "fit a growth curve to one item", _cmd_fit)
    s.add_argument("id", help=f"series id ({ids})")
    s.add_argument("item", nargs="?", help="item as printed (the series' total by default)")
    s.add_argument("--family", choices=list(FAMILIES),
                   help="curve family (default: the best the points identify, as aimarket.compare ranks them)")
    s.add_argument("--cap", type=float, help="a saturation level from elsewhere, in the series' unit")
    s.add_argument("--fixed", type=_fixed, action="append", metavar="NAME=VALUE",
                   help="hold a parameter at a value, e.g. --fixed k=0.3 (repeatable)")
    s.add_argument("--plot", metavar="FILE", type=_figure_file, help="save the figure (.png, .svg, .pdf, .jpg)")

    s = verb("project", "scenario projections past the reports' horizon", _cmd_project)
    s.add_argument("id", help=f"series id ({ids})")
    s.add_argument("--scenario", action="append", help="bear, base, bull or one from --scenario-file (repeatable)")
    s.add_argument("--scenario-file", metavar="TOML", help="scenarios defined in a TOML file")
    s.add_argument("--until", type=_year, default=2035, help="last year (default 2035)")
    s.add_argument("--item", help="only this item")
    s.add_argument("--plot", metavar="FILE", type=_figure_file, help="save the scenario figure (.png, .svg, .pdf, .jpg)")
    formats(s)

    s = verb("report", "the whole job: an HTML report with figures and CSV tables", _cmd_report)
    s.add_argument("--out", default="aimarket-report", help="output directory (default ./aimarket-report)")
    s.add_argument("--until", type=_year, default=2035, help="projection horizon (default 2035)")
    s.add_argument("--paths", type=int, default=10_000, help="Monte Carlo paths (default 10000)")
    s.add_argument("--seed", type=int, default=2024, help="Monte Carlo seed (default 2024)")

    def report_file(s):
        s.add_argument("file", nargs="+", help="one or more reports: .txt, .md, .html or .pdf; a file that cannot "
                                               "be read is reported on stderr, the others are still printed, and "
                                               "the exit status is 2")
        s.add_argument("--name", help="the document name in locators (default the file name)")
        s.add_argument("--format", choices=FRAME_FORMATS, default="table",
                       help="table (for a terminal), csv, json or markdown (default table); csv, json and markdown "
                            "are one document for all files, its first column 'file' naming each row's file (one "
                            "file too)")

    s = sub.add_parser("extract", help="read a report's figures and claims into a draft data package")
    s.set_defaults(run=_cmd_extract)
    report_file(s)
    s.add_argument("--out", metavar="DIR", help="write the draft package to this folder (one subfolder per file "
                                                "when there are several)")
    s.add_argument("--overwrite", action="store_true", help="replace a package already in --out")
    s.add_argument("--notes", type=_count, default=20, help="how many notes to print (0 or more, default 20)")

    s = sub.add_parser("consensus", help="one market across publishers and editions, from reports or packages")
    s.set_defaults(run=_cmd_consensus)
    s.add_argument("file", nargs="*", help="reports (.txt, .md, .html, .pdf), folders of them, or package folders")
    s.add_argument("--package", metavar="DIR", help="a data package folder to add to the stack")
    s.add_argument("--market", help="one market id (every market with two or more sources by default)")
    s.add_argument("--year", type=_year, help="the comparison year (default: the latest most sources reach)")
    s.add_argument("--unit", help="the unit of every value (default: the market's most common currency)")
    s.add_argument("--out", metavar="FILE", type=_figure_file,
                   help="save the figure of --market, else of the first market (.png, .svg, .pdf, .jpg)")
    formats(s)

    s = sub.add_parser("check", help="audit a report's stated rates and figures against each other")
    s.set_defaults(run=_cmd_check)
    report_file(s)
    s.add_argument("--strict", action="store_true", help="exit with status 1 when a claim of any file is inconsistent")
    s.add_argument("--only-problems", action="store_true", help="only the checks that do not hold")
    return p


def main(argv=None) -> int:
    """Run the command line; returns the exit status."""
    args = None
    try:
        argv = sys.argv[1:] if argv is None else list(argv)
        parser = build_parser(argv)
        args = parser.parse_args(argv)
        status = args.run(args)
    except _UsageError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # the reader (head, less) has stopped reading
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (ValueError, TypeError, LookupError, OSError) as exc:
        _error(exc, args)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("aimarket: interrupted", file=sys.stderr)
        return 130
    return status or 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
