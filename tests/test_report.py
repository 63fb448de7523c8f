"""The HTML report: its content, and a real browser that loads it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import aimarket as am
from aimarket.report.sections import SECTIONS


@pytest.fixture
def report(built_report):
    return built_report


@pytest.mark.slow
def test_report_files_and_sections(report):
    r, lines = report
    page = r.index.read_text(encoding="utf-8")
    assert len(r.figures) >= 6 and all(p.stat().st_size > 5000 for p in r.figures)
    for fig in r.figures:
        assert f'src="figures/{fig.name}"' in page
    for heading in ("The reports' tables", "Audit of every stated figure", "The series in one currency",
                    "Growth curves", "Scenarios past the reports' horizon", "Monte Carlo fan", "Which segments matter",
                    "Sources"):
        assert heading in page
    assert "$1,303,551" in page and "bbg_text_ai_server" in page
    assert "004_f39dbdfe66606f1e.txt:186" in page and "Federal Reserve" in page
    n = len(SECTIONS)
    assert len(lines) == 2 * n and lines[-1].startswith(f"[{n}/{n}] downloads done")
    # the count above the constraints' table speaks of the rows the table shows
    x = am.cross_check(until=2035)
    counted = re.search(r"(\d+) of ([\d,]+) scenario-years to 2035 break a constraint\. The table shows ([\d,]+) rows",
                        page)
    assert counted and int(counted.group(1)) == int(x["breaks"].sum()) and int(counted.group(2)) == len(x)
    assert f"Show all {counted.group(3)} rows of the years shown" in page


@pytest.mark.slow
def test_report_is_self_contained(report):
    r, _ = report
    page = r.index.read_text(encoding="utf-8")
    for src in re.findall(r'(?:src|href)="([^"#]+)"', page):
        if src.startswith(("http://", "https://")):
            continue
        assert (r.out / src).is_file(), src


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


#: in the page: every table cell's words (a line may break at a space or after a hyphen), each of which must sit on one line, and numeric cells (the report's
#: own tables mark them ``num``; the printed tables right-align them) whose whole text must be one line
SPLIT_WORDS = """(() => {
  const lines = (range) => new Set(Array.from(range.getClientRects()).filter(b => b.width > 0)
                                   .map(b => Math.round(b.top))).size;
  const out = {cells: 0, numbers: [], words: []};
  for (const cell of document.querySelectorAll('td, th')) {
    out.cells += 1;
    const whole = document.createRange();
    whole.selectNodeContents(cell);
    const text = cell.textContent.trim();
    const numeric = cell.classList.contains('num') || cell.classList.contains('gt_right');
    if (numeric && text && lines(whole) > 1) out.numbers.push(text);
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.data.matchAll(/[^\\s\\-\u2013]+/g)) {
        const r = document.createRange();
        r.setStart(node, m.index);
        r.setEnd(node, m.index + m[0].length);
        if (lines(r) > 1) out.words.push(m[0]);
      }
    }
  }
  return out;
})()"""


@pytest.mark.slow
@pytest.mark.parametrize("width, phone", [(1400, False), (390, True)], ids=["desktop", "phone"])
def test_a_real_browser_renders_the_report_on_desktop_and_phone(report, tmp_path, width, phone):
    browser_path = _chromium()
    if browser_path is None:
        pytest.skip("no Chromium on this machine (.ci/run installs Debian's chromium package where it can)")
    sync_api = pytest.importorskip("playwright.sync_api")
    r, _ = report
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=browser_path, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        try:
            page = browser.new_page(viewport={"width": width, "height": 900}, is_mobile=phone, has_touch=phone)
            page.goto(r.index.resolve().as_uri())
            page.wait_for_load_state("load")
            images = page.evaluate("Array.from(document.images).map(i => [i.getAttribute('src'), i.complete, i.naturalWidth])")
            tables = page.evaluate("Array.from(document.querySelectorAll('table')).map(t => t.rows.length)")
            scroll = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
            body = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
            smallest = page.evaluate("Math.min(...Array.from(document.querySelectorAll('p, li')).map("
                                     "e => parseFloat(getComputedStyle(e).fontSize)))")
            page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
            split = page.evaluate(SPLIT_WORDS)
            shot = tmp_path / "report.png"
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    assert len(images) == len(r.figures)
    assert all(done and width > 0 for _, done, width in images), images
    assert len(tables) >= 8 and all(rows >= 2 for rows in tables)
    assert scroll[0] <= scroll[1], f"the page scrolls sideways: {scroll[0]} px wide in a {scroll[1]} px window"
    assert body >= 14 and smallest >= 14
    assert shot.stat().st_size > 50_000
    assert split["cells"] > 500
    assert split["numbers"] == [], f"numeric cells on more than one line: {split['numbers'][:10]}"
    assert split["words"] == [], f"words broken across lines: {split['words'][:10]}"


@pytest.mark.slow
def test_every_figure_keeps_its_whole_source_line(report):
    """No text in the last rows of any PNG (the tight save keeps a white margin under the source line)."""
    from matplotlib.image import imread

    r, _ = report
    for path in r.figures:
        pixels = imread(path)[..., :3]
        assert pixels[-3:].min() > 0.9, f"{path.name}: something is drawn in its last rows"
        assert path.with_suffix(".svg").is_file()


@pytest.mark.parametrize("draw", [
    lambda: am.plots.plot_fan(am.simulate("bloomberg_genai", n=300, seed=0)),
    lambda: am.plots.plot_fan(am.simulate("china_ai", n=300, seed=0)),
    lambda: am.plots.plot_tornado(am.sensitivity("bloomberg_genai", 2035)),
    lambda: am.plots.plot_scenarios(am.project("china_ai")),
    lambda: am.plots.plot_segments(am.project("bloomberg_genai", "base")),
    lambda: am.plots.plot_audit(am.audit()),
    lambda: am.fit_series("bloomberg_genai", "Total", "gompertz").plot(),
], ids=["fan", "fan-one-item", "tornado", "scenarios", "segments", "audit", "fit"])
def test_the_source_line_lies_inside_a_new_figure(draw):
    ax = draw()
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    notes = [t for t in ax.texts if t.get_text().startswith(("Source", "Sources"))]
    assert notes, "no source line"
    box = notes[0].get_window_extent(renderer)
    assert box.x0 >= 0 and box.y0 >= 0 and box.x1 <= fig.bbox.width + 1 and box.y1 <= fig.bbox.height
    ticks = [t.get_text() for t in ax.get_yticklabels() + ax.get_xticklabels()]
    assert not any("e+" in t or "10^" in t or "times" in t for t in ticks), ticks
    # the value axis' labels, major and minor, do not crowd into each other
    shown = sorted((t.get_window_extent(renderer) for t in ax.get_yticklabels() + ax.get_yticklabels(minor=True)
                    if t.get_text() and t.get_visible()), key=lambda b: b.y0)
    for below, above in zip(shown, shown[1:]):
        assert above.y0 >= below.y1 - 1, "tick labels overlap"
    assert not ax.yaxis.get_offset_text().get_text() and not ax.xaxis.get_offset_text().get_text()


# --- output that is safe to rerun -------------------------------------------------------------------

def _snapshot(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def cheap_sections(monkeypatch):
    """A report of two quick sections: what is tested here is where the files go, not what they hold."""
    import aimarket.report as report_module

    cheap = tuple((name, fn) for name, fn in report_module.SECTIONS if name in ("sources", "downloads"))
    monkeypatch.setattr(report_module, "SECTIONS", cheap)
    return report_module


def test_a_failed_report_leaves_the_previous_one_intact(tmp_path, monkeypatch, cheap_sections):
    out = tmp_path / "out"
    am.build_report(out, n_paths=200)
    before = _snapshot(out)
    assert (out / "index.html").is_file() and any((out / "tables").glob("*.csv"))

    def broken(ctx):
        (ctx.folder / "figures" / "half-written.png").write_bytes(b"x")
        raise ValueError("a section failed")

    monkeypatch.setattr(cheap_sections, "SECTIONS", cheap_sections.SECTIONS[:1] + (("broken", broken),))
    with pytest.raises(ValueError, match="a section failed"):
        am.build_report(out, n_paths=200)
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]      # no scratch folder left behind


def test_the_report_never_writes_through_a_link(tmp_path, cheap_sections):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "precious.txt").write_text("keep")
    out = tmp_path / "out"
    am.build_report(out, n_paths=200)  # an earlier report, whose figures folder became a link
    shutil.rmtree(out / "figures")
    (out / "figures").symlink_to(elsewhere, target_is_directory=True)
    (out / "notes.txt").write_text("mine")
    am.build_report(out, n_paths=200)
    assert sorted(p.name for p in elsewhere.iterdir()) == ["precious.txt"]
    assert not (out / "figures").is_symlink() and any((out / "tables").glob("*.csv"))
    assert (out / "notes.txt").read_text() == "mine"
    link = tmp_path / "link"
    link.symlink_to(out, target_is_directory=True)
    with pytest.raises(ValueError, match="out: .* is a symbolic link"):
        am.build_report(link, n_paths=200)


def test_the_report_replaces_only_a_reports_own_entries(tmp_path, cheap_sections):
    """A folder whose figures/, tables/ or index.html no report wrote is refused, its files untouched (they were
    replaced, and a user's chart inside figures/ deleted); so is the bundled package's folder, and any inside it."""
    out = tmp_path / "site"
    (out / "figures").mkdir(parents=True)
    (out / "figures" / "my_chart.png").write_bytes(b"mine")
    (out / "index.html").write_text("<h1>my site</h1>")
    with pytest.raises(ValueError, match="out: .* holds index.html, figures, which no aimarket report wrote"):
        am.build_report(out, n_paths=200)
    assert (out / "figures" / "my_chart.png").read_bytes() == b"mine"
    assert (out / "index.html").read_text() == "<h1>my site</h1>"
    bundled = am.datapackage.bundled_path()
    for place in (bundled, bundled / "sub"):
        with pytest.raises(ValueError, match="bundled package's folder or within it"):
            am.build_report(place, n_paths=200)
        with pytest.raises(ValueError, match="bundled package's folder or within it"):
            am.write_package(am.read_package(bundled), place)
    assert not (bundled / "sub").exists() and not (bundled / "index.html").exists()


def test_a_second_report_keeps_files_added_to_the_first_ones_entries(tmp_path, cheap_sections):
    """A chart a user put in an earlier report's figures/ was deleted with the old entries: the mark lists what a
    report wrote, and a later one into the same folder is refused while anything else stands in its entries."""
    out = tmp_path / "site"
    am.build_report(out, n_paths=200)
    written = (out / ".aimarket-report").read_text().splitlines()[1:]
    assert "index.html" in written and any(w.startswith("tables/") for w in written)
    am.build_report(out, n_paths=200)  # the report's own files alone: replaced
    (out / "tables" / "my_table.csv").write_text("mine")
    with pytest.raises(ValueError, match="out: .* holds tables/my_table.csv, which the earlier report there did not "
                                         "write"):
        am.build_report(out, n_paths=200)
    assert (out / "tables" / "my_table.csv").read_text() == "mine"


@pytest.mark.parametrize("kwargs, message", [
    ({"n_paths": 0}, "n_paths must be from 1"),
    ({"until": "2035"}, "until must be an integer"),
    ({"seed": -1}, "seed must be at least 0"),
    ({"out": ""}, "out must be a non-empty path"),
    ({"package": "data"}, "package must be an aimarket Package"),
])
def test_bad_arguments_are_refused_before_anything_is_written(tmp_path, kwargs, message):
    out = tmp_path / "never"
    with pytest.raises((ValueError, TypeError), match=message):
        am.build_report(kwargs.pop("out", out), **kwargs)
    assert not out.exists() and list(tmp_path.iterdir()) == []


# --- every figure's text in its axis' unit ----------------------------------------------------------

def _number(text: str) -> float:
    return float(text.replace(",", "").replace("\u2212", "-"))


def _fits():
    """Saturating fits to items of very different sizes (a total in the millions, segments in the hundreds):
    the figures whose legends state a ceiling."""
    obs = am.load("bloomberg_genai")
    sizes = obs[obs["year"] == obs["year"].max()].sort_values("value")["item"].tolist()
    for item in sizes[:2] + sizes[len(sizes) // 2:len(sizes) // 2 + 1] + sizes[-2:]:
        for family in ("logistic", "gompertz"):
            try:
                yield am.fit_series("bloomberg_genai", item, family)
            except ValueError:
                continue


def test_a_fits_legend_speaks_in_its_axis_unit():
    """The ceiling in the legend, read back through the axis' own tick scale, is the fit's ceiling, in the unit
    the axis is labelled in; the inflection year lies on the year axis."""
    import matplotlib.pyplot as plt

    checked = 0
    for f in _fits():
        ax = f.plot()
        ax.figure.canvas.draw()
        ticks = [(loc, t.get_text()) for loc, t in zip(ax.get_yticks(), ax.get_yticklabels()) if t.get_text() not in ("", "0")]
        factor = ticks[-1][0] / _number(ticks[-1][1])          # what one unit on the labels is in the fit's unit
        legend = [t.get_text() for t in ax.get_legend().get_texts()]
        ceiling = [t for t in legend if t.startswith("ceiling ")]
        assert len(ceiling) == 1, legend
        number, unit = re.fullmatch(r"ceiling ([\d,.]+) (.+)", ceiling[0]).groups()
        assert unit == ax.get_ylabel(), (f.label, ceiling, ax.get_ylabel())
        assert _number(number) * factor == pytest.approx(f.ceiling, rel=0.01), (f.label, ceiling, f.ceiling)
        assert ax.get_ylim()[0] <= _number(number) * factor <= ax.get_ylim()[1]
        plt.close(ax.figure)
        checked += 1
    assert checked >= 5


def _svg_axes(path):
    """Each axes of a figure saved as SVG with its text kept: (x tick texts, y tick texts and label, legend)."""
    import xml.etree.ElementTree as ET

    svg = "{http://www.w3.org/2000/svg}"
    for g in ET.parse(path).getroot().iter(f"{svg}g"):
        if not g.get("id", "").startswith("axes_"):
            continue
        axes = [[("".join(t.itertext())) for t in sub.iter(f"{svg}text")] for sub in g
                if sub.get("id", "").startswith("matplotlib.axis_")]
        legend = [["".join(t.itertext()) for t in sub.iter(f"{svg}text")] for sub in g
                  if sub.get("id", "").startswith("legend_")]
        if len(axes) == 2:
            yield axes[0], axes[1], legend[0] if legend else []


@pytest.mark.slow
def test_every_report_figure_speaks_in_its_axis_unit(report):
    """Read from the SVG of every report figure: a number in a legend is in the unit the value axis is labelled
    in and within the axis' tick range; an inflection year lies within the year axis."""
    r, _ = report
    seen = 0
    for png in r.figures:
        for xs, ys, legend in _svg_axes(png.with_suffix(".svg")):
            for entry in legend:
                m = re.fullmatch(r"ceiling ([\d,.]+) (.+)", entry)
                if m:
                    label = ys[-1].removesuffix(" (log scale)")
                    ticks = [_number(t) for t in ys[:-1] if re.fullmatch(r"[\d,.]+", t)]
                    assert m.group(2) == label, (png.name, entry, label)
                    assert 0 < _number(m.group(1)) <= 1.5 * max(ticks), (png.name, entry, ticks)
                    seen += 1
                m = re.fullmatch(r"inflection ([\d.]+)", entry)
                if m:
                    years = [_number(t) for t in xs if re.fullmatch(r"\d{4}", t)]
                    assert min(years) - 5 <= _number(m.group(1)) <= max(years) + 5, (png.name, entry, years)
    assert seen >= 3


# --- findings an analyst can quote ----------------------------------------------------------------

def _findings(page: str) -> list[str]:
    """The items under "... do(es) not hold" in the Key findings section, as text, each with its links."""
    section = page[page.index("<h2>Key findings</h2>"):]
    section = section[:section.index("</section>")]
    block = re.search(r"not hold</h3>\s*<ul[^>]*>(.*?)</ul>", section, flags=re.S)
    return re.findall(r"<li>(.*?)</li>", block.group(1), flags=re.S) if block else []


def _text(fragment: str) -> str:
    import html

    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


@pytest.mark.slow
def test_findings_read_as_sentences_each_once_with_its_locator(report):
    r, _ = report
    items = _findings(r.index.read_text(encoding="utf-8"))
    a = am.audit()
    bad = a[a["verdict"] == "inconsistent"]
    assert len(items) == bad["claim"].nunique()            # a claim that fails two checks is one finding
    titles = set(am.list_series()["title"])
    for item, (claim, rows) in zip(items, bad.groupby("claim", sort=False)):
        text = _text(item)
        words = text.replace(rows["locator"].iloc[0], "")
        assert claim not in words and not re.search(r"\b\w+_\w+\b", words), text     # no ids
        assert any(text.startswith(t) for t in titles), text                           # the market's name
        assert "the report states" in text and "its own figures give" in text, text
        assert rows["locator"].iloc[0] in text, text


@pytest.mark.slow
def test_a_locator_links_to_its_sources_url(cloud_report):
    out, _, _ = cloud_report
    items = _findings((out / "index.html").read_text(encoding="utf-8"))
    assert items and all('href="https://example.org/cloud-ai-outlook-2024.pdf"' in i for i in items), items
    assert "Services" in _text(items[0]) and "growth of 25% a year over 2023-2030" in _text(items[0])


def test_a_drafts_findings_read_as_sentences(tmp_path, monkeypatch):
    """A press release through the extractor: the rate it states, 25.5% a year over 2023-2030, does not follow
    from its own figures, (15.1 / 4.7) ** (1/7) - 1 = 18.1%; the finding says so in words."""
    import aimarket.report as report_module

    text = ("Acme Research today released its Warehouse Robotics Outlook 2024.\n"
            "The global warehouse robotics market was valued at USD 4.7 billion in 2023 and is expected to reach "
            "USD 15.1 billion by 2030, growing at a CAGR of 25.5% from 2023 to 2030.\n")
    pkg = am.extract_text(text, name="press.txt")
    monkeypatch.setattr(report_module, "SECTIONS", tuple((n, f) for n, f in report_module.SECTIONS if n == "findings"))
    r = am.build_report(tmp_path / "rep", n_paths=200, package=pkg)
    items = [_text(i) for i in _findings(r.index.read_text(encoding="utf-8"))]
    assert len(items) == 1, items
    assert "growth of 25.5% a year over 2023-2030" in items[0] and "18.1" in items[0] and "press.txt:2" in items[0]
    assert items[0][0].isupper() and not re.search(r"\b\w+_\w+\b", items[0]), items[0]


def test_a_log_axis_labels_only_2_3_and_5_between_its_decades():
    """China's fan spans about one decade: between 1,000 and 10,000 only 2,000, 3,000 and 5,000 are labelled,
    not 9,000 / 8,000 / 7,000 ... (a span of a decade or more labels only 2 and 5)."""
    import math

    ax = am.plots.plot_fan(am.simulate("china_ai", n=300, seed=0))
    ax.figure.canvas.draw()
    low, high = ax.get_ylim()
    labelled = [loc for loc, t in zip(ax.yaxis.get_minorticklocs(), ax.get_yticklabels(minor=True)) if t.get_text()]
    mantissas = {round(loc / 10 ** math.floor(math.log10(loc)), 6) for loc in labelled}
    assert labelled and mantissas <= ({2, 3, 5} if high / low < 10 else {2, 5}), mantissas


def test_the_forecast_is_described_by_what_it_says_of_itself():
    """What the forecast's attrs hold is what the report says: the method and its members when given, its
    backtest error and interval coverage when measured; the members' median otherwise."""
    from aimarket.report.sections import _forecast_words

    assert _forecast_words({"method": "combination", "members": ["gompertz", "theta"], "backtest_mape": 4.12,
                            "coverage": 0.83}) == ("method combination over gompertz, theta; backtest error 4.1% MAPE; "
                                                   "intervals covered 83% of held-out points")
    assert _forecast_words({"pool": ["exponential", "logistic"]}) == (
        "the median of the exponential, logistic curves through the anchors")
    fc = am.forecast([2020, 2021, 2022, 2023], [10, 13, 17, 21], until=2026)
    words = _forecast_words(fc.attrs)
    assert words and "nan" not in words and "None" not in words
    # a long history: the rule the forecast took, in its own words, and its members
    fc = am.forecast(range(2000, 2014), 100 * 1.08 ** np.arange(14) * (1 + 0.03 * np.sin(np.arange(14))), until=2018)
    words = _forecast_words(fc.attrs)
    assert words.startswith(f"{fc.attrs['combination']} ({', '.join(fc.attrs['members'])}); backtest error"), words
    assert f"backtest error {fc.attrs['backtest_mape']:.1f}% MAPE" in words and fc.attrs["backtest_mape"] > 1  # percent


@pytest.mark.parametrize("locators, expected", [
    (["a.txt:186", "a.txt:187", "a.txt:188", "a.txt:190", "b.txt:3"], "a.txt lines 186-188, 190; b.txt line 3"),
    (["o.pdf:3:14", "o.pdf:3:15", "o.pdf:4:2"], "o.pdf page 3 lines 14-15; page 4 line 2"),
    (["a.txt:5"], "a.txt line 5"),
])
def test_a_sources_places_read_as_documents_and_line_runs(locators, expected):
    from aimarket.report.sections import _places

    assert _places(locators) == expected


def _expand(place: str) -> set:
    """Back from ``doc lines 3-5, 9`` to the line numbers it names."""
    out = set()
    for part in place.split(" ", 2)[2].split(", "):
        a, _, b = part.partition("-")
        out |= set(range(int(a), int(b or a) + 1))
    return out


@given(st.sets(st.integers(1, 400), min_size=1, max_size=40))
def test_line_runs_name_exactly_the_lines_read(lines):
    """Whatever lines were read, the runs name each of them and no other."""
    from aimarket.report.sections import _places

    place = _places([f"doc.txt:{n}" for n in sorted(lines, key=str)])
    assert place.startswith("doc.txt line") and _expand(place) == lines


def test_chinese_text_in_a_figure_draws_with_a_cjk_font_where_one_is_installed():
    import warnings

    import matplotlib.pyplot as plt

    with am.plots.cjk_fallback():
        import matplotlib

        families = list(matplotlib.rcParams["font.family"])
        fallbacks = [f for f in families if f in am.plots.CJK_FONTS]
        if not fallbacks:
            pytest.skip("no CJK font is installed here (Debian: fonts-wqy-microhei); figures would draw boxes")
        fig, ax = plt.subplots()
        ax.set_title("中国人工智能市场")
        with warnings.catch_warnings():
            warnings.simplefilter("error")          # matplotlib warns of each glyph its fonts lack
            fig.canvas.draw()
    assert matplotlib.rcParams["font.family"] != families   # the user's settings are back as they were


def test_series_of_one_title_are_told_apart_by_their_source():
    """A stack holds one market from several publishers: the report names each series with its publisher and
    date, and with its id where those tie too; a title of its own is left as printed."""
    from aimarket.report.context import Context

    text = "{} estimates the global AI market at USD {} billion in 2024 and USD {} billion in 2030."
    docs = [am.extract_text("Acme Research, 12 May 2024.\n" + text.format("Acme", 100, 400), name="a.txt"),
            am.extract_text("Beta Insights, 3 June 2024.\n" + text.format("Beta", 150, 500)
                            + "\nThe China robotics market was CNY 90 billion in 2024.", name="b.txt")]
    pkg = am.stack(docs)
    ctx = Context(pkg, Path("."), 2035, 10, 1)
    titles = {ctx.title(s) for s in pkg.series["series"]}
    publishers = dict(zip(pkg.sources["source"], pkg.sources["publisher"]))
    for sid, title, source in zip(pkg.series["series"], pkg.series["title"], pkg.series["source"]):
        if title.casefold() == "global ai market":
            assert ctx.title(sid).startswith(f"{title} ({publishers[source]}"), ctx.title(sid)
        else:
            assert ctx.title(sid) == title
    assert len(titles) == len(pkg.series)
    bundled = Context(am.datapackage.bundled_package(), Path("."), 2035, 10, 1)
    assert [bundled.title(s) for s in bundled.focus] == list(
        bundled.pkg.series.set_index("series").loc[bundled.focus, "title"])


# --- a package in two currencies and no exchange rate between them ----------------------------------

def _two_currencies(folder: Path, fx: str | None = None, constraint: bool = False) -> Path:
    """A package of one EUR and one USD series, an fx.csv only when ``fx`` is given, and a constraint (the USD
    series within the EUR one) only when asked."""
    import json

    folder.mkdir()
    resources = ["observations", "sources"] + (["constraints"] if constraint else []) + (["fx"] if fx else [])
    (folder / "datapackage.json").write_text(json.dumps({"name": "p", "resources": [
        {"name": r, "path": f"{r}.csv"} for r in resources]}))
    (folder / "sources.csv").write_text("source,publisher,title\ns,Example Research,Outlook\n")
    (folder / "observations.csv").write_text(
        "series,item,parent,year,value,unit,status,source,locator\n"
        "eu,Total,,2023,15,EUR billion,actual,s,r.pdf:1:1\neu,Total,,2024,19,EUR billion,actual,s,r.pdf:1:2\n"
        "us,Total,,2023,120,USD billion,actual,s,r.pdf:2:1\nus,Total,,2030,480,USD billion,estimate,s,r.pdf:2:2\n")
    if constraint:
        (folder / "constraints.csv").write_text("constraint,part,whole,label,rationale,source\n"
                                                "us_in_eu,us,eu,US within EU,a part within its whole,s\n")
    if fx:
        (folder / "fx.csv").write_text("pair,year,rate,source\n" + fx)
    return folder


@pytest.fixture
def currency_sections(monkeypatch):
    import aimarket.report as report_module

    monkeypatch.setattr(report_module, "SECTIONS", tuple(
        (n, f) for n, f in report_module.SECTIONS if n in ("findings", "markets")))


def test_a_series_without_an_exchange_rate_is_left_out_of_the_one_currency_section(tmp_path, capsys,
                                                                                   currency_sections):
    """`aimarket report --package` on a EUR and a USD series with no rate between them builds the report: the
    one-currency section shows the EUR series, says the USD one is left out and which row of fx.csv converts it."""
    from aimarket.cli import main

    pkg = _two_currencies(tmp_path / "eurusd")
    out = tmp_path / "rep"
    assert main(["report", "--package", str(pkg), "--out", str(out), "--paths", "200"]) == 0, capsys.readouterr().err
    page = _text(out.joinpath("index.html").read_text(encoding="utf-8"))
    assert "Left out: us (in USD): the package has no USD/EUR exchange rate; add a row to its fx.csv with pair " \
           "USD/EUR, year, rate (USD per one EUR) and source." in page
    shown = pd.read_csv(out / "tables" / "markets_usd.csv")
    assert set(shown["series"]) == {"eu"} and shown["value"].tolist() == [15, 19]


def test_the_row_the_report_asks_for_converts_the_series(tmp_path, capsys, currency_sections):
    """With the advised USD/EUR row (1.08 US dollars per euro), 120 USD billion is 120 / 1.08 = 111.11 EUR billion
    and 480 (a forecast year, at the latest rate) is 444.44."""
    from aimarket.cli import main

    pkg = _two_currencies(tmp_path / "eurusd", fx="USD/EUR,2023,1.08,s\n")
    out = tmp_path / "rep"
    assert main(["report", "--package", str(pkg), "--out", str(out), "--paths", "200"]) == 0, capsys.readouterr().err
    assert "Left out" not in out.joinpath("index.html").read_text(encoding="utf-8")
    us = pd.read_csv(out / "tables" / "markets_usd.csv").query("series == 'us'")
    assert us["value"].tolist() == pytest.approx([111.111111, 444.444444])


def test_a_constraint_across_two_currencies_without_a_rate_is_not_checked_and_says_so(tmp_path):
    from aimarket.report.context import Context
    from aimarket.report.sections import markets_section

    pkg = am.read_package(_two_currencies(tmp_path / "eurusd", constraint=True))
    (tmp_path / "out" / "figures").mkdir(parents=True)
    (tmp_path / "out" / "tables").mkdir()
    section = markets_section(Context(pkg, tmp_path / "out", 2030, 200, 1))
    words = " ".join(str(p.text if hasattr(p, "text") else p) for b in section.blocks if hasattr(b, "parts")
                     for p in b.parts)
    assert "Left out: " in words and "us (in USD)" in words
    assert "Not checked: 1 constraint (US within EU) join two currencies" in words


def test_the_audit_of_a_constraint_across_two_currencies_without_a_rate_is_unverifiable(tmp_path):
    """The audit runs: the part-within-whole check of two currencies with no rate between them is unverifiable,
    with the fx.csv row that would check it (before, the whole audit stopped at the missing rate)."""
    pkg = am.read_package(_two_currencies(tmp_path / "eurusd", constraint=True))
    audit = am.audit(package=pkg)
    rows = audit[audit["check"] == "cross-source"]
    assert len(rows) and set(rows["verdict"]) == {"unverifiable"}
    assert all("fx.csv (pair EUR/USD: EUR per one USD" in n for n in rows["note"])


@pytest.mark.slow
def test_the_whole_report_builds_on_two_currencies_without_a_rate(tmp_path, capsys):
    from aimarket.cli import main

    out = tmp_path / "rep"
    assert main(["report", "--package", str(_two_currencies(tmp_path / "eurusd")), "--out", str(out),
                 "--paths", "200"]) == 0, capsys.readouterr().err
    page = _text(out.joinpath("index.html").read_text(encoding="utf-8"))
    assert "Left out: us (in USD)" in page and "fit_total.png" in " ".join(p.name for p in (out / "figures").iterdir())


# --- figure titles name the market ------------------------------------------------------------------

def _title_of(sid: str) -> str:
    return am.list_series().set_index("series").loc[sid, "title"]


@pytest.mark.parametrize("sid, draw", [
    ("china_ai", lambda: am.plots.plot_tornado(am.sensitivity("china_ai", 2035))),
    ("bloomberg_genai", lambda: am.plots.plot_tornado(am.sensitivity("bloomberg_genai", 2035))),
    ("bloomberg_genai", lambda: am.plots.plot_audit(am.audit("bloomberg_genai"))),
    ("china_ai", lambda: am.plots.plot_scenarios(am.project("china_ai"))),
    ("china_ai", lambda: am.plots.plot_fan(am.simulate("china_ai", n=300, seed=0))),
    ("bloomberg_genai", lambda: am.plots.plot_segments(am.project("bloomberg_genai", "base"))),
], ids=["tornado", "tornado-segments", "audit", "scenarios", "fan", "segments"])
def test_every_figure_s_title_names_its_market(sid, draw):
    """On a package of several series, a figure says which market it shows: 'China AI market: ...', as the
    README's figures do."""
    title = draw().get_title()
    assert title.startswith(f"{_title_of(sid)}: "), title


def test_a_figure_of_several_series_has_no_one_market_in_its_title():
    assert am.plots.plot_audit(am.audit()).get_title() == "Printed growth rates against the printed values"


def test_plot_segments_of_a_series_without_segments_says_so_and_what_to_draw():
    p = am.project("china_ai")
    assert p["parent"].isna().all()          # the series is one total
    with pytest.raises(ValueError, match=r"^projection: China AI market size \(china_ai\) has no segments to plot "
                                         r".*; plot_scenarios draws its total$"):
        am.plots.plot_segments(p)
    assert am.plots.plot_scenarios(p).get_title().startswith("China AI market size: ")


def test_plot_segments_of_a_leaf_names_the_parents_it_can_draw():
    p = am.project("bloomberg_genai", "base")
    leaf = next(i for i in p["item"].unique() if i not in set(p["parent"].dropna()))
    with pytest.raises(ValueError, match=f"parent: '{re.escape(leaf)}' has no segments; plot_segments draws the "
                                         "segments of 'Total'"):
        am.plots.plot_segments(p, leaf)


# --- a fit's figure stays readable when its band is not ---------------------------------------------

def test_a_band_a_fit_cannot_bound_is_cut_in_the_figure_and_the_legend_says_so():
    """Four points leave a logistic's ceiling on its bound and a 95% band reaching 1e29: the figure cuts the band
    at 3x the largest value of data and curve, names the off-scale ceiling in the legend without drawing it, and
    the fit's own numbers stay as they were."""
    f = am.fit([2021, 2022, 2023, 2024], [10, 12, 15, 19], "logistic")
    grid = np.linspace(2021, 2034, 200)
    band_before, params_before = f.band(grid, 0.95), dict(f.params)
    assert np.nanmax(band_before[1]) > 1e20                      # the band the fit states
    ax = f.plot()
    largest = max(19.0, float(f.predict(np.array([2034.0]))[0]))
    bottom, top = ax.get_ylim()
    assert top <= 3 * largest * 1.1 and bottom >= -0.1 * 3 * largest
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "95% band (cut at 3x the largest value drawn)" in legend
    assert any(t.startswith("ceiling 190,000") and t.endswith("(above the figure)") for t in legend), legend
    assert f.params == params_before and np.array_equal(f.band(grid, 0.95)[1], band_before[1])


def test_a_band_within_reach_is_drawn_whole():
    """Five points on a straight exponential path, 10 * 1.2 ** t with small noise: the band stays near the curve,
    is not cut and the legend says nothing of a cut."""
    years = np.arange(2019, 2024)
    f = am.fit(years, 10 * 1.2 ** (years - 2019) * np.array([1.0, 1.01, 0.99, 1.01, 1.0]), "exponential")
    legend = [t.get_text() for t in f.plot().get_legend().get_texts()]
    assert "95% band" in legend and not any("cut at" in t for t in legend)
