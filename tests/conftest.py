"""Shared test settings: figures render off-screen; hypothesis runs a quick profile while developing
and a thorough one in continuous integration (``CI`` set) or when ``HYPOTHESIS_PROFILE`` names it."""

from __future__ import annotations

import os

import matplotlib
import pytest
from hypothesis import HealthCheck, settings

matplotlib.use("Agg")
os.environ.setdefault("MPLBACKEND", "Agg")

settings.register_profile("ci", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    import matplotlib.pyplot as plt

    plt.close("all")


# --- the report, built once per test run and shared by the report, workbook, browser and CLI tests --------
FIXTURES = os.path.join(os.path.dirname(__file__), "fixtures")


@pytest.fixture(scope="session")
def built_report(tmp_path_factory):
    """The bundled package's report, with the progress lines it printed: ``(Report, lines)``."""
    import aimarket as am

    lines = []
    r = am.build_report(tmp_path_factory.mktemp("report") / "out", n_paths=2000, progress=lines.append)
    return r, lines


@pytest.fixture(scope="session")
def cloud_report(tmp_path_factory):
    """The test package's report, written by ``aimarket report`` in-process into a folder that already holds a
    file of the user's: ``(folder, exit status, what it printed)``."""
    import contextlib
    import io

    from aimarket.cli import main

    out = tmp_path_factory.mktemp("cloud") / "rep"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        status = main(["report", "--package", os.path.join(FIXTURES, "cloud_package"), "--out", str(out),
                       "--paths", "300"])
    return out, status, printed.getvalue()
