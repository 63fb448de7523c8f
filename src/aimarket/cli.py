"""The ``aimarket`` command: list, show, table, audit, fit, project, report.

Errors print one line and exit with status 2.
"""

from __future__ import annotations

import argparse
import sys

import pandas as pd

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but an error is one line on stderr and exit status 2."""

    def error(self, message):
        raise _UsageError(f"{self.prog}: {message} (see '{self.prog} --help')")


class _UsageError(Exception):
    pass


def _print_frame(df: pd.DataFrame) -> None:
    with pd.option_context("display.max_rows", 500, "display.max_columns", 50, "display.width", 200,
                           "display.max_colwidth", 80):
        print(df.to_string(index=False))


def _package(args):
    """The package a verb works on: --package DIR, or the bundled one."""
    if getattr(args, "package", None) is None:
        return None
    from .datapackage import read_package

    return read_package(args.package)


def _cmd_list(args):
    import aimarket as am

    _print_frame(am.list_series(package=_package(args)))


def _cmd_show(args):
    import aimarket as am

    pkg = _package(args)
    info = am.series_info(args.id, package=pkg)
    print(f"{info['title']} ({args.id}) - {info['unit']}; source: {info['publisher']}")
    df = am.load(args.id, wide=True, package=pkg)
    if df.empty:
        print("No tabulated values; the reports' claims about this series:")
        _print_frame(am.claims(args.id, package=pkg)[["claim", "item", "kind", "value", "unit", "locator"]])
    else:
        with pd.option_context("display.width", 200, "display.max_rows", 200):
            print(df.to_string())


def _cmd_table(args):
    import aimarket as am

    t = am.reproduce(args.id, audit=args.audit, package=_package(args))
    if args.format == "csv":
        sys.stdout.write(t.to_csv(index=False))
    else:
        sys.stdout.write(am.render(t, args.format))


def _cmd_audit(args):
    import aimarket as am

    a = am.audit(args.id, package=_package(args))
    if args.only_problems:
        a = a[a["verdict"] == "inconsistent"]
    _print_frame(a[["series", "check", "claim", "item", "year", "reported", "recomputed", "verdict", "note"]])


def _cmd_fit(args):
    import aimarket as am

    f = am.fit_series(args.id, args.item, args.family, package=_package(args),
                      **({"cap": args.cap} if args.cap is not None else {}))
    print(f)
    print(f"ceiling: {f.ceiling:,.6g}; inflection year: "
          f"{'none' if f.inflection_year is None else f'{f.inflection_year:.1f}'}")
    if args.plot:
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
    _print_frame(rows.pivot_table(index=["scenario", "item"], columns="year", values="value", sort=False)
                 .round(1).reset_index())
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


def _year(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole year") from None


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

    verb("list", "every series with its unit, years and source", _cmd_list)

    s = verb("show", "one series, items by years", _cmd_show)
    s.add_argument("id", help=f"series id ({ids})")

    s = verb("table", "a series' table as printed", _cmd_table)
    s.add_argument("id", help=f"series id ({ids})")
    s.add_argument("--format", choices=["markdown", "csv", "html", "latex"], default="markdown")
    s.add_argument("--audit", action="store_true", help="add the recomputed rate and the verdict")

    s = verb("audit", "check every stated figure against the printed values", _cmd_audit)
    s.add_argument("id", nargs="?", help="one series (all by default)")
    s.add_argument("--only-problems", action="store_true", help="only the checks that do not hold")

    s = verb("fit", "fit a growth curve to one item", _cmd_fit)
    s.add_argument("id", help=f"series id ({ids})")
    s.add_argument("item", nargs="?", help="item as printed (the series' total by default)")
    s.add_argument("--family", default="logistic", choices=list(FAMILIES),
                   help="curve family (default logistic, as in aimarket.fit)")
    s.add_argument("--cap", type=float, help="a saturation level from elsewhere")
    s.add_argument("--plot", metavar="FILE", help="save the figure (PNG, SVG, PDF)")

    s = verb("project", "scenario projections past the reports' horizon", _cmd_project)
    s.add_argument("id", help=f"series id ({ids})")
    s.add_argument("--scenario", action="append", help="bear, base, bull or one from --scenario-file (repeatable)")
    s.add_argument("--scenario-file", metavar="TOML", help="scenarios defined in a TOML file")
    s.add_argument("--until", type=_year, default=2035, help="last year (default 2035)")
    s.add_argument("--item", help="only this item")
    s.add_argument("--plot", metavar="FILE", help="save the scenario figure")

    s = verb("report", "the whole job: an HTML report with figures and CSV tables", _cmd_report)
    s.add_argument("--out", default="aimarket-report", help="output directory (default ./aimarket-report)")
    s.add_argument("--until", type=_year, default=2035, help="projection horizon (default 2035)")
    s.add_argument("--paths", type=int, default=10_000, help="Monte Carlo paths (default 10000)")
    s.add_argument("--seed", type=int, default=2024, help="Monte Carlo seed (default 2024)")
    return p


def main(argv=None) -> int:
    """Run the command line; returns the exit status."""
    try:
        argv = sys.argv[1:] if argv is None else list(argv)
        parser = build_parser(argv)
        args = parser.parse_args(argv)
        args.run(args)
    except _UsageError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    except (ValueError, TypeError, LookupError, OSError) as exc:
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        print(f"aimarket: error: {message}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("aimarket: interrupted", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
