"""The HTML report: its content, and a real browser that loads it."""

from __future__ import annotations

import re
import shutil

import pytest

import aimarket as am


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    lines = []
    r = am.build_report(tmp_path_factory.mktemp("report") / "out", n_paths=2000, progress=lines.append)
    return r, lines


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
    assert len(lines) == 22 and lines[-1].startswith("[11/11] downloads done")
    assert r.seconds < 30


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


def test_a_real_browser_renders_every_image_and_table(report, tmp_path):
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
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(r.index.resolve().as_uri())
            page.wait_for_load_state("load")
            images = page.evaluate("Array.from(document.images).map(i => [i.getAttribute('src'), i.complete, i.naturalWidth])")
            tables = page.evaluate("Array.from(document.querySelectorAll('table')).map(t => t.rows.length)")
            shot = tmp_path / "report.png"
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    assert len(images) == len(r.figures)
    assert all(done and width > 0 for _, done, width in images), images
    assert len(tables) >= 8 and all(rows >= 2 for rows in tables)
    assert shot.stat().st_size > 50_000


# --- output that is safe to rerun -------------------------------------------------------------------

def _snapshot(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_failed_report_leaves_the_previous_one_intact(tmp_path, monkeypatch):
    import aimarket.report as report_module

    out = tmp_path / "out"
    am.build_report(out, n_paths=200)
    before = _snapshot(out)

    def broken(ctx):
        (ctx.folder / "figures" / "half-written.png").write_bytes(b"x")
        raise ValueError("a section failed")

    monkeypatch.setattr(report_module, "SECTIONS", report_module.SECTIONS[:2] + (("broken", broken),))
    with pytest.raises(ValueError, match="a section failed"):
        am.build_report(out, n_paths=200)
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]      # no scratch folder left behind


def test_the_report_never_writes_through_a_link(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "precious.txt").write_text("keep")
    out = tmp_path / "out"
    out.mkdir()
    (out / "figures").symlink_to(elsewhere, target_is_directory=True)
    (out / "notes.txt").write_text("mine")
    am.build_report(out, n_paths=200)
    assert sorted(p.name for p in elsewhere.iterdir()) == ["precious.txt"]
    assert not (out / "figures").is_symlink() and any((out / "figures").glob("*.png"))
    assert (out / "notes.txt").read_text() == "mine"
    link = tmp_path / "link"
    link.symlink_to(out, target_is_directory=True)
    with pytest.raises(ValueError, match="out: .* is a symbolic link"):
        am.build_report(link, n_paths=200)


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
