"""A report of the analyst's own through every layer and every command-line verb.

The fixture ``cloud_package`` is a made-up report: a two-level hierarchy in USD billion whose locators
point into a PDF (``document:page:line``), a sources table with a URL and no seed or date, and a
constraint between its two series. Expected values are worked by hand in the comments.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pandas as pd
import pytest

import aimarket as am
from aimarket.cli import main

CLOUD = Path(__file__).parent / "fixtures" / "cloud_package"


@pytest.fixture(scope="module")
def pkg():
    return am.read_package(CLOUD)


def test_the_package_reads_as_written(pkg):
    s = am.list_series(package=pkg).set_index("series")
    assert list(s.index) == ["cloud_ai", "genai_cloud"]
    assert s.loc["cloud_ai", "years"] == (2023, 2026, 2030) and s.loc["cloud_ai", "unit"] == "USD billion"
    assert s.loc["cloud_ai", "publisher"] == "Example Analytics"
    info = am.series_info("cloud_ai", package=pkg)
    assert info["report"] == "Cloud AI outlook 2024" and info["via"] is None
    assert am.load("cloud_ai", package=pkg)["locator"].iloc[0] == "cloud-outlook-2024.pdf:3:14"
    assert am.top_item("cloud_ai", package=pkg) == "Total"
    assert am.constraints(package=pkg)["label"].tolist() == ["generative AI within cloud AI"]
    # units the package does not define come from the built-in table: 120 USD billion = 120,000 USD million
    assert am.convert(am.load("cloud_ai", package=pkg), "USD million", package=pkg)["value"].iloc[0] == 120_000
    # the bundled package is untouched by reading this one
    assert "cloud_ai" not in set(am.list_series()["series"])


def test_the_audit_of_the_package(pkg):
    a = am.audit(package=pkg).set_index("claim", drop=False)
    # (512 / 120) ** (1/7) - 1 = 23.03%: the stated 23% holds
    assert a.loc["cloud_cagr_total", "verdict"] == "exact"
    assert a.loc["cloud_cagr_total", "recomputed"] == pytest.approx(23.0305, abs=1e-4)
    # (181.4 / 40) ** (1/7) - 1 = 24.11%: the stated 25% does not, even with the values' rounding (the package
    # states that 40 is printed to the unit: precision 1)
    assert a.loc["cloud_cagr_services", "verdict"] == "inconsistent"
    assert a.loc["cloud_cagr_services", "recomputed"] == pytest.approx(24.1071, abs=1e-4)
    # "2024-2030" 23% holds from a 2023 base: (231 / 55.5) ** (1/7) - 1 = 22.60%; over six periods it would be 26.8%
    row = a.loc["cloud_cagr_compute"]
    assert row["check"] == "period" and row["verdict"] == "exact" and "26.8%" in row["note"]
    # 512 USD billion = 0.512 USD trillion, which rounds to the text's 0.5
    assert a.loc["cloud_total_2030_text", "verdict"] == "exact"
    h = a[a["check"] == "hierarchy"].set_index(["item", "year"])
    # 330.5 + 181.4 = 511.9 against 512 printed: within the rounding of three printed values
    assert h.loc[("Total", 2030), "verdict"] == "rounding" and h.loc[("Total", 2030), "recomputed"] == pytest.approx(511.9)
    assert h.loc[("Infrastructure", 2026), "verdict"] == "exact"   # 104.1 + 46.1 = 150.2
    x = a[a["check"] == "cross-source"]
    assert len(x) == 3 and (x["verdict"] == "within").all()         # 18 < 120, 150 < 512, and 2026 in between


def test_tables_in_the_package_layout(pkg):
    t = am.reproduce("cloud_ai", audit=True, package=pkg)
    assert list(t.columns) == ["Cloud AI market", "2023", "2026E", "2030E", "2023-30E CAGR", "Recomputed CAGR", "Verdict"]
    assert t.iloc[0].tolist() == ["Total", "120.0", "228.4", "512.0", "23%", "23.0%", "exact"]
    assert t.iloc[4].tolist() == ["Services", "40.0", "78.2", "181.4", "25%", "24.1%", "inconsistent"]
    assert t.iloc[2, 4] == ""                                     # no stated rate for Compute over these years
    assert "cloud-outlook-2024.pdf:3:14-3:18" in t.attrs["source"]
    md = am.render(t, "markdown")
    assert "| Services | 40.0 | 78.2 | 181.4 | 25% | 24.1% | inconsistent |" in md
    assert "\\begin{tabular" in am.render("genai_cloud", "latex", package=pkg)
    one = am.reproduce("genai_cloud", package=pkg)
    assert one["Market size (USD billion)"].tolist() == ["18.0", "150.0"]


def test_curves_scenarios_and_fans(pkg):
    f = am.fit_series("cloud_ai", family="logistic", package=pkg)
    assert f.exact and f.label == am.series_info("cloud_ai", package=pkg)["title"] and f.unit == "USD billion"
    assert f.source == "Source: Example Analytics; aimarket."
    assert am.compare(f.years, f.values)["family"].iloc[0] in am.FAMILIES
    p = am.project("cloud_ai", until=2035, package=pkg)
    base = p[p["scenario"] == "base"].pivot(index="year", columns="item", values="value")
    # coherent: the total is the sum of the top-level segments in every year
    assert (base["Total"] - base["Infrastructure"] - base["Services"]).abs().max() < 1e-6 * base["Total"].max()
    s = am.simulate("cloud_ai", n=500, seed=3, until=2035, package=pkg)
    assert (s["q05"] <= s["q95"]).all()
    sens = am.sensitivity("cloud_ai", 2035, package=pkg)
    assert set(sens["item"]) == {"Compute", "Storage", "Services"}
    x = am.cross_check(until=2035, package=pkg)
    assert set(x["constraint"]) == {"generative AI within cloud AI"} and x.attrs["unit"] == "USD billion"


def test_plots_carry_the_package_source(pkg):
    import matplotlib.pyplot as plt

    ax = am.plots.plot_scenarios(am.project("cloud_ai", package=pkg), package=pkg)
    notes = " ".join(t.get_text() for t in ax.texts)
    assert "Example Analytics" in notes
    assert ax.get_title().startswith("Cloud AI market: scenarios")   # the market's name, not its top item's
    s = am.simulate("genai_cloud", n=200, package=pkg)                # one item, no seed
    ax = am.plots.plot_fan(s, package=pkg)
    note = " ".join(t.get_text() for t in ax.texts)
    assert ax.get_title().startswith("Generative AI cloud services: Monte Carlo fan")
    assert "Seed None" not in note and "Unseeded" in note and "correlation 1.00" not in note
    plt.close("all")


@pytest.mark.slow
def test_a_report_on_the_package_alone(cloud_report):
    out, status, _ = cloud_report
    assert status == 0
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "Cloud AI outlook (a test report)" in page
    assert "cloud-outlook-2024.pdf:3:14" in page and "https://example.org/cloud-ai-outlook-2024.pdf" in page
    assert "bloomberg" not in page.lower() and "Statista" not in page
    names = {p.name for p in (out / "figures").glob("*.png")}
    assert {"audit_rates.png", "markets_usd.png", "fit_total.png", "fit_segments.png", "scenarios_total.png",
            "fan_total.png", "tornado.png"} <= names
    assert "scenarios_total_genai_cloud.png" in names


def test_every_verb_takes_the_package(tmp_path, capsys):
    p = str(CLOUD)
    assert main(["list", "--package", p]) == 0
    assert "cloud_ai" in capsys.readouterr().out
    assert main(["show", "cloud_ai", "--package", p]) == 0
    assert "512" in capsys.readouterr().out
    assert main(["table", "cloud_ai", "--package", p, "--audit"]) == 0
    assert "| Services | 40.0 | 78.2 | 181.4 | 25% | 24.1% | inconsistent |" in capsys.readouterr().out
    assert main(["audit", "--package", p, "--only-problems"]) == 0
    assert "cloud_cagr_services" in capsys.readouterr().out
    assert main(["fit", "cloud_ai", "--package", p]) == 0
    assert "logistic fit to 3 points" in capsys.readouterr().out
    assert main(["project", "cloud_ai", "--package", p, "--until", "2032", "--item", "Total"]) == 0
    assert "base" in capsys.readouterr().out
    capsys.readouterr()
    assert main(["show", "bloomberg_genai", "--package", p]) == 2
    assert "unknown series_id 'bloomberg_genai'" in capsys.readouterr().err
    assert main(["list", "--package", str(tmp_path / "nowhere")]) == 2
    assert "no datapackage.json" in capsys.readouterr().err


def test_the_package_help_lists_its_own_series(capsys):
    with pytest.raises(SystemExit):
        main(["show", "--help", "--package", str(CLOUD)])
    out = capsys.readouterr().out
    assert "cloud_ai" in out and "bloomberg_genai" not in out


# --- the code names no bundled series or unit --------------------------------------------------

#: the schema's own vocabulary: the units of rates, growth multiples, spans and counts that claims are stated in
VOCABULARY = {"percent", "multiple", "years", "count", "Total"}


def _bundled_names() -> set[str]:
    data = am.datapackage.bundled_path()
    series = set(pd.read_csv(data / "series.csv")["series"])
    units = set(pd.read_csv(data / "units.csv")["unit"])
    items = set(pd.read_csv(data / "observations.csv")["item"])
    return (series | units | items) - VOCABULARY


def test_no_bundled_series_item_or_unit_in_the_code():
    names = _bundled_names()
    src = Path(am.__file__).parent
    found = []
    for path in sorted(src.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = set()
        for node in ast.walk(tree):
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
                first = node.body[0]
                if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                    docstrings.add(id(first.value))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                if node.value in names:
                    found.append(f"{path.name}:{node.lineno}: {node.value!r}")
    assert found == []


def test_without_a_stated_precision_a_two_figure_value_is_read_as_printed(tmp_path):
    """Without ``precision``, 40 is read as printed, 39.5-40.5, not as rounded to one figure (35-45, which would
    let (181.45 / 35) ** (1/7) - 1 = 26.5% pass the stated 25%): the services rate is "inconsistent", as with
    the precision stated."""
    import shutil

    folder = tmp_path / "cloud"
    shutil.copytree(CLOUD, folder)
    obs = pd.read_csv(folder / "observations.csv", dtype=str, keep_default_na=False).drop(columns="precision")
    obs.to_csv(folder / "observations.csv", index=False)
    a = am.audit(package=am.read_package(folder)).set_index("claim", drop=False)
    assert a.loc["cloud_cagr_services", "verdict"] == "inconsistent"
