"""README's Python blocks run as written, one after another as in one session, in a scratch folder with the
repository's test fixtures beside them."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import matplotlib
import pytest

ROOT = Path(__file__).resolve().parents[1]
BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), flags=re.S)


def test_readme_has_python_blocks():
    assert len(BLOCKS) >= 3


@pytest.mark.slow
def test_readme_blocks_run(tmp_path, monkeypatch):
    import matplotlib.pyplot as plt

    matplotlib.use("Agg")
    shutil.copytree(ROOT / "tests" / "fixtures", tmp_path / "tests" / "fixtures")
    monkeypatch.chdir(tmp_path)
    session = {"__name__": "readme"}
    for k, block in enumerate(BLOCKS, start=1):
        code = block.replace("n=10_000", "n=1_000")   # the same calls, fewer Monte Carlo paths
        if "dask" in code:
            code = code.replace("Client()", "Client(n_workers=2, threads_per_worker=1, dashboard_address=\":0\")")
        exec(compile(code, f"README.md python block {k}", "exec"), session)
        plt.close("all")
