"""The Excel workbook, recalculated by real LibreOffice: every formula gives the library's number."""

from __future__ import annotations

import math
import shutil
import subprocess
from pathlib import Path

import pytest

import aimarket as am
from aimarket.workbook import write_workbook

openpyxl = pytest.importorskip("openpyxl")
CLOUD = Path(__file__).parent / "fixtures" / "cloud_package"


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    """The workbook of the bundled package and of the test report, as written."""
    folder = tmp_path_factory.mktemp("books")
    out = {}
    for name, pkg in (("bundled", am.datapackage._bundled_package()), ("cloud", am.read_package(CLOUD))):
        out[name] = write_workbook(folder / f"{name}.xlsx", pkg, {"audit": am.audit(package=pkg)},
                                   audit=am.audit(package=pkg))
    return out


def _recalculated(path: Path, folder: Path) -> Path:
    """The workbook as LibreOffice computes it: cached values stripped (openpyxl keeps only the formulas),
    then converted headless, which recalculates every formula."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (.ci/run installs Debian's libreoffice-calc-nogui where it can)")
    stripped = folder / f"stripped-{path.name}"
    openpyxl.load_workbook(path).save(stripped)
    profile = (folder / "lo-profile").as_uri()
    result = subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to",
                             "xlsx", "--outdir", str(folder / "out"), str(stripped)],
                            capture_output=True, text=True, timeout=300)
    converted = folder / "out" / stripped.name
    assert converted.is_file(), result.stderr
    return converted


@pytest.mark.slow
@pytest.mark.parametrize("name", ["bundled", "cloud"])
def test_every_formula_recalculates_to_the_librarys_value(books, tmp_path, name):
    path = books[name]
    formulas = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    computed = openpyxl.load_workbook(_recalculated(path, tmp_path), data_only=True)
    checked = 0
    for sheet in formulas.sheetnames:
        for row in formulas[sheet].iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    want = cached[sheet][cell.coordinate].value
                    got = computed[sheet][cell.coordinate].value
                    assert isinstance(got, (int, float)), (sheet, cell.coordinate, cell.value, got)
                    assert math.isclose(got, want, rel_tol=1e-12, abs_tol=1e-12), (sheet, cell.coordinate, got, want)
                    checked += 1
    assert checked > (30 if name == "bundled" else 10)


def test_cached_values_are_the_librarys(books):
    book = openpyxl.load_workbook(books["bundled"], data_only=True)
    ws = book["bloomberg_genai"]
    header = [c.value for c in ws[4]]
    rows = {r[0].value: {h: c.value for h, c in zip(header, r)} for r in ws.iter_rows(min_row=5)}
    a = am.audit("bloomberg_genai")
    rates = a[a["check"] == "cagr"].set_index("item")
    # the recomputed rate of every row with a stated rate is the audit's
    for item, row in rates.iterrows():
        if isinstance(row["claim"], str) and row["claim"].startswith("bbg_cagr"):
            assert rows[item]["Recomputed CAGR 2022-2032"] == pytest.approx(row["recomputed"] / 100, rel=1e-12)
    # the children's sums are the audit's hierarchy sums: Hardware 2032 is 641,738 against 641,737 printed
    h = a[a["check"] == "hierarchy"].set_index(["item", "year"])
    assert rows["Hardware"]["Sum of children 2032 (USD million)"] == h.loc[("Hardware", 2032), "recomputed"] == 641_738
    assert rows["Hardware"]["2032E (USD million)"] == 641_737
    assert rows["Total"]["Stated CAGR 2022-2032"] == pytest.approx(0.42)


def test_numbers_are_numbers_and_sources_have_locators(books):
    book = openpyxl.load_workbook(books["cloud"])
    ws = book["cloud_ai"]
    assert ws["C5"].value == 120 and ws["C5"].number_format == "#,##0.0"
    assert [c.value for c in ws[4]][2] == "2023 (USD billion)"
    src = book["Sources"]
    values = [[c.value for c in r] for r in src.iter_rows(min_row=2)]
    assert any("cloud-outlook-2024.pdf:3:14" in (row[-1] or "") for row in values)


def test_text_that_looks_like_a_formula_stays_text(tmp_path, monkeypatch):
    import aimarket.report as report_module

    pkg_dir = tmp_path / "evil"
    shutil.copytree(CLOUD, pkg_dir)
    obs = (pkg_dir / "observations.csv").read_text().replace("Services", '=HYPERLINK("http://x";"y")')
    (pkg_dir / "observations.csv").write_text(obs)
    (pkg_dir / "claims.csv").write_text((pkg_dir / "claims.csv").read_text().replace("cloud_ai,Services", "cloud_ai,Total"))
    pkg = am.read_package(pkg_dir)
    path = write_workbook(tmp_path / "evil.xlsx", pkg, {})
    ws = openpyxl.load_workbook(path)["cloud_ai"]
    cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and "HYPERLINK" in c.value]
    assert cells and all(c.data_type == "s" and c.quotePrefix for c in cells)
    monkeypatch.setattr(report_module, "SECTIONS", tuple((n, f) for n, f in report_module.SECTIONS if n == "tables"))
    r = am.build_report(tmp_path / "rep", n_paths=200, package=pkg)
    csv = (r.out / "tables" / "cloud_ai.csv").read_text()
    assert "'=HYPERLINK" in csv and "\n=HYPERLINK" not in csv
