"""The notebooks run from top to bottom without an error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


def test_there_are_at_least_three_notebooks():
    assert len(NOTEBOOKS) >= 3


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_executes(path, tmp_path, tmp_path_factory, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    book = nbformat.read(path, as_version=4)
    if "press-releases" in path.read_text(encoding="utf-8"):    # a notebook that reads a folder of press releases
        shutil.copytree(path.parents[1] / "tests" / "fixtures" / "stack", tmp_path / "press-releases")
    assert any(c.cell_type == "markdown" for c in book.cells) and any(c.get("outputs") for c in book.cells)
    monkeypatch.setenv("TMPDIR", str(tmp_path_factory.mktemp("scratch")))   # the kernel's scratch folders go with the test's
    nbclient.NotebookClient(book, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(tmp_path)}}).execute()
    errors = [o for c in book.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert errors == []
    if path.stem[:2] in ("01", "02", "03", "04"):     # what they write goes to a scratch folder
        assert sorted(p.name for p in tmp_path.iterdir()) == [], "the notebook wrote into the folder it runs in"
    assert sum(1 for c in book.cells if c.cell_type == "code" for o in c.outputs if "image/png" in o.get("data", {})) >= 1
