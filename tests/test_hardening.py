"""Each defect class the fuzz found, pinned by a test of its own."""

from __future__ import annotations

import math
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

import aimarket as am
import aimarket.scenarios as scenarios_module
from aimarket.cli import main


@pytest.mark.parametrize("value", [pd.NA, Decimal("NaN"), pd.Timestamp("2020-01-01"), 10 ** 400, None, True, 1 + 1j])
def test_odd_scalars_get_a_clear_error(value):
    with pytest.raises((TypeError, ValueError), match="start"):
        am.cagr(value, 2.0, 1)


def test_decimals_and_fractions_are_numbers():
    from fractions import Fraction

    assert am.cagr(Decimal("100"), Decimal("121"), 2) == pytest.approx(0.1)
    assert am.compound(Fraction(100), Fraction(1, 10), 1) == pytest.approx(110)
    assert am.cagr(pd.Series([100, 100], dtype="Int64"), 121, 2).tolist() == pytest.approx([0.1, 0.1])
    with pytest.raises(ValueError, match=r"start must be positive and finite, got nan at position 1"):
        am.cagr(pd.Series([100, None], dtype="Int64"), 121, 2)


@pytest.mark.parametrize("call, error, message", [
    (lambda: am.Assumptions(rate_override=math.inf), ValueError, "rate_override must be a finite number"),
    (lambda: am.Scenario("x", default={"terminal_rate": 0.1}), TypeError, "default must be an Assumptions"),
    (lambda: am.Scenario("x", items={"AI": 5}), TypeError, r"items\['AI'\] must be an Assumptions"),
    (lambda: am.project("china_ai", reconciliation="mint"), LookupError, "unknown reconciliation 'mint'"),
    (lambda: am.simulate("china_ai", n=10, reconciliation=None), LookupError, "reconciliation"),
    (lambda: am.sensitivity("bloomberg_genai", 10 ** 6), ValueError, "more than 200 years"),
    (lambda: am.fit([2020, 2021, 2022], [1, 2, 3.5], "logistic", bounds=[1]), TypeError, "bounds must be a dict"),
    (lambda: am.fit([2020, 2021, 2022], [1, 2, 3.5], "logistic", bounds={"k": 1}), TypeError, "pair"),
    (lambda: am.fit([2020, 2021, 2022, 2023], [1, 2, 3.5, 5], "logistic").band([2030], level=1.5), ValueError, "level"),
    (lambda: am.convert(2058, "USD 100 million", from_unit="CNY 100 million", year=2022.7), ValueError,
     "year must be a whole year, got 2022.7"),
    (lambda: am.load("china_ai", wide=pd.NA), TypeError, "wide must be True or False"),
])
def test_nonsense_arguments_are_refused(call, error, message):
    with pytest.raises(error, match=message):
        call()


def test_contributions_need_every_parent():
    frame = am.load("bloomberg_genai")
    frame = frame[frame["item"] != "Software"]
    with pytest.raises(ValueError, match="the parent 'Software' of .* is not an item"):
        am.contributions(frame, 2022, 2032)


def test_the_monte_carlo_refuses_sizes_before_allocating():
    with pytest.raises(ValueError, match=r"n: 1,000,000,000 paths is more than the limit of 10,000,000 .* GB"):
        am.simulate("bloomberg_genai", n=10 ** 9)


def test_streamed_quantiles_equal_the_exact_ones(monkeypatch):
    exact = am.simulate("bloomberg_genai", n=3000, seed=11, until=2035)
    monkeypatch.setattr(scenarios_module, "EXACT_BYTES", 0)
    streamed = am.simulate("bloomberg_genai", n=3000, seed=11, until=2035)
    assert streamed.attrs["quantiles"] == "exact, streamed in blocks"
    q = [c for c in exact.columns if c.startswith("q")]
    np.testing.assert_allclose(streamed[q].to_numpy(), exact[q].to_numpy(), rtol=1e-12)
    again = am.simulate("bloomberg_genai", n=3000, seed=11, until=2035)
    assert again[q].equals(streamed[q])   # the same seed gives bit-identical quantiles


def test_item_names_with_mathtext_draw_literally(tmp_path):
    import matplotlib.pyplot as plt

    sens = pd.DataFrame({"item": ["$\\frac{1$", "Rest"], "low": [1.0, 2.0], "high": [3.0, 4.0], "base": [2.5, 2.5]})
    ax = am.plots.plot_tornado(sens, title="$x^")
    ax.figure.savefig(tmp_path / "t.png")   # would raise if matplotlib parsed the names as mathtext
    assert "\\$\\frac{1\\$" in [t.get_text() for t in ax.get_yticklabels()]
    plt.close("all")


def test_markdown_escapes_markup_from_a_package():
    t = am.reproduce("china_ai")
    t.attrs["title"] = "<script>alert(1)</script>"
    t.iloc[0, 2] = "<b>actual</b>"
    md = am.render(t, "markdown")
    assert "<script>" not in md and "&lt;script&gt;" in md and "&lt;b&gt;actual&lt;/b&gt;" in md
    assert "<script>" not in am.render(t, "html")
    assert "\\textless{}script" in am.render(t, "latex")


def test_command_line_misuse(tmp_path, capsys):
    toml = tmp_path / "s.toml"
    toml.write_text("[scenario.x]\nitems = 5\n")
    assert main(["project", "china_ai", "--scenario-file", str(toml)]) == 2
    assert "items must be a table" in capsys.readouterr().err
    assert main(["fit", "bloomberg_genai", "--cap", "0"]) == 2
    assert "cap: 0 is at or below the largest value" in capsys.readouterr().err
    assert main(["report", "--out", str(tmp_path / "r"), "--paths", "0"]) == 2
    assert "n_paths must be from 1" in capsys.readouterr().err and not (tmp_path / "r").exists()
