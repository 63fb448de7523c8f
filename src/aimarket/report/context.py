"""What every report section shares: the package, the settings, cached results, and the writers of files."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..datapackage import Package
from .blocks import Figure, Span

__all__ = ["Context"]


class Context:
    """The run's package and settings, the results several sections use (computed once), and the files written."""

    def __init__(self, pkg: Package, folder: Path, until: int, n_paths: int, seed: int | None):
        from ..catalog import list_series

        self.pkg, self.folder, self.until, self.n_paths, self.seed = pkg, folder, until, n_paths, seed
        series = list_series(package=pkg)
        self.series = series[series["years"].map(len) > 0]                 # series with observations
        anchors = pkg.observations.groupby(["series", "item"])["year"].nunique().groupby("series").min()
        projectable = self.series[self.series["series"].map(anchors).fillna(0) >= 2]   # every item has two years
        markets = projectable[projectable["kind"] == "market"]
        #: the series that get curves, scenarios and fans: the markets (every series, if none is a market)
        self.focus = list((markets if len(markets) else projectable)["series"])
        self.sheets: dict[str, pd.DataFrame] = {}    # every table written, for the workbook
        self.files: list[Path] = []                  # every file written, in order
        self._cache: dict = {}

    def _cached(self, key, make):
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    def audit(self) -> pd.DataFrame:
        from ..checks import audit

        return self._cached("audit", lambda: audit(package=self.pkg))

    def project(self, sid: str) -> pd.DataFrame:
        from ..scenarios import project

        return self._cached(("project", sid), lambda: project(sid, until=self.until, package=self.pkg))

    def simulate(self, sid: str) -> pd.DataFrame:
        from ..scenarios import simulate

        return self._cached(("simulate", sid), lambda: simulate(sid, n=self.n_paths, seed=self.seed,
                                                                 until=self.until, package=self.pkg))

    def cross_check(self) -> pd.DataFrame:
        from ..scenarios import cross_check

        return self._cached("cross_check", lambda: cross_check(until=self.until, package=self.pkg))

    # ------------------------------------------------------------------------------- words for a reader
    def title(self, sid: str) -> str:
        """The series' title, as its report names the market; where several series share a title (a stack of
        reports on one market), followed by the publisher and date of its source, and its id if they tie too."""
        return self._cached("titles", self._titles).get(sid, sid)

    def _titles(self) -> dict:
        series = self.pkg.series
        own = {sid: t if isinstance(t, str) and t.strip() else sid for sid, t in zip(series["series"], series["title"])}
        sources = self.pkg.sources.drop_duplicates("source").set_index("source")

        def who(source) -> str:
            if source not in sources.index:
                return str(source)
            row = sources.loc[source]
            said = [str(row[c]) for c in ("publisher", "date") if isinstance(row[c], str) and row[c].strip()]
            return ", ".join(said) or str(source)

        def shared(names: dict) -> set:
            folded = pd.Series(names).str.casefold()
            return set(folded[folded.duplicated(keep=False)].index)

        source_of = dict(zip(series["series"], series["source"]))
        told = {sid: [] for sid in own}  # what tells each series from another of its title: source, then id
        for sid in shared(own):
            told[sid].append(who(source_of[sid]))
        for sid in shared({sid: f"{own[sid]} {told[sid]}" for sid in own}):
            told[sid].append(sid)
        return {sid: f"{own[sid]} ({'; '.join(told[sid])})" if told[sid] else own[sid] for sid in own}

    def subject(self, sid: str, item: str) -> str:
        """What a figure or finding is about: the series' title, and the item unless it is the series' top."""
        from ..catalog import top_item

        return self.title(sid) if item == top_item(sid, package=self.pkg) else f"{self.title(sid)}, {item}"

    def source_line(self, sid: str) -> str:
        from ..catalog import source_line

        return source_line(sid, package=self.pkg)

    def where(self, locator, source: str | None) -> Span | None:
        """A locator as a reader can follow it: the publisher and the place, linked to the source's URL if it has one."""
        if not isinstance(locator, str) or not locator:
            return None
        src = self.pkg.sources.set_index("source")
        if source not in src.index:
            return Span(locator, small=True)
        row = src.loc[source]
        url = row.get("url")
        href = url if isinstance(url, str) and url.startswith(("http://", "https://")) else None
        return Span(f"{row['publisher']}, {locator}", small=True, href=href)

    def name(self, base: str, series_id: str) -> str:
        """A file name: the first focus series' files keep the plain name, the others add their id."""
        return base if series_id == self.focus[0] else f"{base}_{series_id}"

    # ------------------------------------------------------------------------------------------- files
    @staticmethod
    def figure(figsize, rows: int = 1, cols: int = 1):
        """A figure on its own Agg canvas: the user's pyplot backend and state are never touched."""
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure as MplFigure

        fig = MplFigure(figsize=figsize, layout="constrained")
        FigureCanvasAgg(fig)
        return fig, fig.subplots(rows, cols, squeeze=True)

    def save_fig(self, fig, name: str, caption: str, source: str) -> Figure:
        """The figure as PNG (for the page and slides) and SVG (for print and editing, its text kept as text)."""
        import matplotlib

        png, svg = self.folder / "figures" / f"{name}.png", self.folder / "figures" / f"{name}.svg"
        fig.savefig(png, dpi=110, bbox_inches="tight")
        with matplotlib.rc_context({"svg.fonttype": "none"}):
            fig.savefig(svg, bbox_inches="tight")
        self.files += [png, svg]
        return Figure(name, caption, source)

    def save_csv(self, df: pd.DataFrame, name: str, *, sheet: pd.DataFrame | None = None) -> str:
        """The table as numbers in a CSV file (text a spreadsheet would take for a formula is escaped); the
        workbook gets ``sheet`` instead where a tidy file is long and its wide form prints better."""
        from ..display import plain_text

        path = self.folder / "tables" / f"{name}.csv"
        plain_text(df).to_csv(path, index=False)
        self.sheets[name] = df if sheet is None else sheet
        self.files.append(path)
        return name
