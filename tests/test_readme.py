"""README's Python blocks run as written, in a scratch folder with the repository's test fixtures beside them."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import matplotlib
import pytest

ROOT = Path(__file__).resolve().parents[1]
BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), flags=re.S)


def test_readme_has_python_blocks():
    assert len(BLOCKS) >= 2


@pytest.mark.parametrize("block", range(len(BLOCKS)))
def test_readme_block_runs(block, tmp_path, monkeypatch):
    import matplotlib.pyplot as plt

    matplotlib.use("Agg")
    shutil.copytree(ROOT / "tests" / "fixtures", tmp_path / "tests" / "fixtures")
    monkeypatch.chdir(tmp_path)
    code = BLOCKS[block].replace("n=10_000", "n=1_000")   # the same calls, fewer Monte Carlo paths
    exec(compile(code, f"README.md block {block + 1}", "exec"), {"__name__": "readme"})
    plt.close("all")
