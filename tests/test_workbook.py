"""The Excel workbook, recalculated by real LibreOffice: every formula gives the library's number."""

from __future__ import annotations

import math
import re
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
    for name, pkg in (("bundled", am.datapackage.bundled_package()), ("cloud", am.read_package(CLOUD))):
        out[name] = write_workbook(folder / f"{name}.xlsx", pkg, {"audit": am.audit(package=pkg)})
    return out


def _libreoffice(path: Path, folder: Path, to: str) -> Path:
    """The file converted by headless LibreOffice (which recalculates every formula on the way)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (.ci/run installs Debian's libreoffice-calc-nogui where it can)")
    profile = (folder / "lo-profile").as_uri()
    result = subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to",
                             to, "--outdir", str(folder / "out"), str(path)], capture_output=True, text=True, timeout=300)
    converted = folder / "out" / f"{path.stem}.{to}"
    assert converted.is_file(), result.stderr
    return converted


def _recalculated(path: Path, folder: Path, edit=None) -> Path:
    """The workbook as LibreOffice computes it: cached values stripped (openpyxl keeps only the formulas), an
    optional edit made, then converted headless, which recalculates every formula."""
    stripped = folder / f"stripped-{path.name}"
    book = openpyxl.load_workbook(path)
    if edit:
        edit(book)
    book.save(stripped)
    return _libreoffice(stripped, folder, "xlsx")


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
                    if isinstance(want, str):     # a verdict: LibreOffice's is the library's
                        assert got == want, (sheet, cell.coordinate, cell.value, got, want)
                    else:
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


def _rows(ws, header_row: int) -> dict:
    header = [c.value for c in ws[header_row]]
    return {r[0].value: {h: c for h, c in zip(header, r)} for r in ws.iter_rows(min_row=header_row + 1) if r[0].value}


def test_verdicts_are_formulas_with_the_audits_verdicts_cached(books):
    """Every stated rate's verdict is a formula over the row's cells whose cached result is the audit's verdict; a
    rate stated for 2023-2027 over a table from 2022 fills the stated column too."""
    formulas = openpyxl.load_workbook(books["bundled"])
    cached = openpyxl.load_workbook(books["bundled"], data_only=True)
    a = am.audit()
    rates = a[a["check"].isin(["cagr", "period"])].drop_duplicates(["series", "item"])
    seen = 0
    for sid in ("bloomberg_genai", "china_ai"):
        rows, values = _rows(formulas[sid], 4), _rows(cached[sid], 4)
        for r in rates[rates["series"] == sid].itertuples():
            verdict = rows[r.item]["Verdict"]
            assert isinstance(verdict.value, str) and verdict.value.startswith("=IF("), (sid, r.item, verdict.value)
            assert values[r.item]["Verdict"].value == r.verdict, (sid, r.item)
            seen += 1
    china = _rows(cached["china_ai"], 4)["Total"]
    assert china["Stated CAGR 2022-2027"].value == pytest.approx(0.282)        # stated for 2023-2027, 28.2%
    assert seen >= 20


def test_every_sheet_is_set_up_to_print(books):
    """Landscape, one page wide, the header row repeated on every page and tall enough for its wrapped text,
    panes frozen under it; a publication year is a number."""
    book = openpyxl.load_workbook(books["bundled"])
    for ws in book.worksheets:
        header = 4 if ws.title in set(am.list_series()["series"]) else 1
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage and (ws.page_setup.fitToWidth or 1) == 1, ws.title   # 1 by default
        assert ws.page_setup.fitToHeight == 0, ws.title
        assert ws.print_title_rows == f"${header}:${header}", (ws.title, ws.print_title_rows)
        assert ws.freeze_panes in (f"A{header + 1}", f"B{header + 1}"), (ws.title, ws.freeze_panes)
        texts = [str(c.value) for c in ws[header] if c.value]
        def width(col):
            return next((d.width for d in ws.column_dimensions.values() if d.min and d.min <= col <= d.max), 8.43)

        longest = max(len(t) / width(c.column) for t, c in zip(texts, ws[header]))
        assert (ws.row_dimensions[header].height or 15) >= 15 * math.ceil(longest) - 1e-9, ws.title   # 15: one line
    src = _rows(book["Sources"], 1)
    assert src["bloomberg_intelligence"]["date"].value == 2023 and src["bloomberg_intelligence"]["date"].data_type == "n"


@pytest.mark.slow
def test_libreoffice_prints_every_sheet_one_page_wide(built_report, tmp_path):
    """The report's workbook as LibreOffice prints it: each page's footer names its sheet, and every page of a
    sheet shows the sheet's first column heading (a sheet split across pages sideways would leave it off the
    pages to the right); long tidy tables print wide, so the whole book stays a meeting's handout."""
    pypdf = pytest.importorskip("pypdf")
    path = built_report[0].out / "aimarket-report.xlsx"
    pdf = _libreoffice(path, tmp_path, "pdf")
    pages = [p.extract_text() for p in pypdf.PdfReader(pdf).pages]
    book = openpyxl.load_workbook(path)
    first = {ws.title: next(c.value for c in ws[4 if ws["A4"].value == "Item" else 1] if c.value) for ws in book.worksheets}
    seen = set()
    for k, text in enumerate(pages):
        sheet = next(name for name in first if re.search(rf"(?:^|\s){re.escape(name)} Page {k + 1} of {len(pages)}", text))
        assert first[sheet] in text.split(), (k + 1, sheet, first[sheet])
        seen.add(sheet)
    assert seen == set(first)
    assert len(pages) <= 2 * len(first), len(pages)


@pytest.mark.slow
def test_editing_a_value_in_libreoffice_moves_the_verdict(books, tmp_path):
    """Hardware's 2032 value made 10% larger: (705,911 / 37,973) ** (1/10) - 1 = 33.9%, which no longer rounds to
    the stated 33%, and no values within their rounding give 33% either, so LibreOffice's verdict turns."""
    def edit(book):
        ws = book["bloomberg_genai"]
        cell = _rows(ws, 4)["Hardware"]["2032E (USD million)"]
        cell.value = round(cell.value * 1.1)

    before = _rows(openpyxl.load_workbook(books["bundled"], data_only=True)["bloomberg_genai"], 4)["Hardware"]
    after = _rows(openpyxl.load_workbook(_recalculated(books["bundled"], tmp_path, edit), data_only=True)
                  ["bloomberg_genai"], 4)["Hardware"]
    assert before["Verdict"].value == "exact"
    assert after["Recomputed CAGR 2022-2032"].value == pytest.approx((round(641_737 * 1.1) / 37_973) ** 0.1 - 1)
    assert after["Verdict"].value == "inconsistent"


def test_a_series_named_history_gets_a_sheet_excel_takes(tmp_path):
    """A series id 'history' (a valid id) became a sheet named 'history', a name Excel keeps for itself in any
    case; such a sheet is renamed 'history~2', and the names stay distinct."""
    from aimarket.workbook import _sheet_name

    taken: set = set()
    assert [_sheet_name(n, taken) for n in ("History", "history", "HISTORY~2", "histories")] == \
        ["History~2", "history~3", "HISTORY~2~2", "histories"]
    pkg_dir = tmp_path / "hist"
    shutil.copytree(CLOUD, pkg_dir)
    for f in pkg_dir.glob("*.csv"):
        f.write_text(f.read_text(encoding="utf-8").replace("cloud_ai", "history"), encoding="utf-8")
    path = write_workbook(tmp_path / "hist.xlsx", am.read_package(pkg_dir), {})
    names = openpyxl.load_workbook(path).sheetnames
    assert "history~2" in names and not any(n.lower() == "history" for n in names)
