"""Scenario projections: anchors, coherence, ordering, seeding, quantiles, constraints, scenario files."""

from __future__ import annotations

import io
import math

import numpy as np
import pandas as pd
import pytest

import aimarket as am


@pytest.fixture(scope="module")
def projection():
    return am.project("bloomberg_genai", until=2035)


def _incoherence(frame):
    worst = 0.0
    for _, g in frame.groupby("scenario"):
        wide = g.pivot(index="item", columns="year", values="value")
        parents = g.drop_duplicates("item").set_index("item")["parent"]
        for p in parents.dropna().unique():
            kids = parents[parents == p].index
            worst = max(worst, float((wide.loc[p] - wide.loc[kids].sum()).abs().max() / wide.loc[p].max()))
    return worst


def test_every_parent_is_the_sum_of_its_children(projection):
    assert _incoherence(projection) < 1e-12
    assert set(projection.scenario) == {"bear", "base", "bull"}
    assert projection.year.min() == 2022 and projection.year.max() == 2035


def test_base_passes_through_every_anchor_within_its_rounding(projection):
    base = projection[projection.scenario == "base"].set_index(["item", "year"])
    for row in am.load("bloomberg_genai").itertuples():
        assert abs(base.loc[(row.item, row.year), "value"] - row.value) <= 0.5, (row.item, row.year)
        assert base.loc[(row.item, row.year), "kind"] == "reported"
    kinds = base.xs("Total").kind
    assert kinds[2023] == "derived" and kinds[2033] == "projected"


def test_totals_rank_bear_base_bull(projection):
    total = projection[(projection.item == "Total") & (projection.year == 2035)].set_index("scenario").value
    assert total["bear"] < total["base"] < total["bull"]


def test_reconciliation_is_not_just_summing_leaves():
    """Between anchors the segments are the total's own path times their interpolated shares, so every
    reconciliation keeps the total's own path in 2023; the segments' own paths would sum to far less."""
    def total_2023(method):
        p = am.project("bloomberg_genai", "base", 2032, reconciliation=method)
        return p.query("item == 'Total' and year == 2023").value.item()

    geometric = 39834 * (399345 / 39834) ** 0.2   # 63,164: the total's log-linear path
    assert geometric == pytest.approx(63164, abs=1)
    bottom, mint, ols = total_2023("bottom_up"), total_2023("mint_scaled"), total_2023("ols")
    assert bottom == pytest.approx(mint, rel=1e-9) and ols == pytest.approx(mint, rel=1e-9)
    assert 0.97 * geometric < mint < 1.05 * geometric


def test_reconcile_public_function():
    df = am.load("bloomberg_genai")
    r = am.reconcile(df)
    assert _incoherence(r.assign(scenario="x")) < 1e-12
    assert (r.value - df.value).abs().max() <= 0.5  # only rounding moves
    with pytest.raises(LookupError):
        am.reconcile(df, reconciliation="magic")


def test_single_item_series_and_until():
    p = am.project("china_ai", "base", until=2030)
    base = p.set_index("year").value
    assert base[2022] == 2058 and base[2027] == pytest.approx(7119)
    # growth after 2027 starts from the 2022-27 rate, 28.17%, and fades towards 6%
    assert 1.06 < base[2028] / base[2027] < 1.2817
    with pytest.raises(ValueError, match="until \\(2025\\) is before the data's last year \\(2027\\)"):
        am.project("china_ai", until=2025)
    with pytest.raises(TypeError, match="until"):
        am.project("china_ai", until=2030.5)
    with pytest.raises(LookupError, match="bear"):
        am.project("china_ai", scenarios=["bare"])
    with pytest.raises(ValueError, match="claims only"):
        am.project("nvidia_quarter")


def test_simulate_seeding_quantiles_and_coherence():
    a = am.simulate("bloomberg_genai", n=3000, seed=42, until=2035)
    b = am.simulate("bloomberg_genai", n=3000, seed=42, until=2035)
    c = am.simulate("bloomberg_genai", n=3000, seed=43, until=2035)
    pd.testing.assert_frame_equal(a, b)
    assert not a.equals(c)
    q = a[[c for c in a.columns if c.startswith("q")]].to_numpy()
    assert (np.diff(q, axis=1) >= 0).all()
    assert a.attrs["seed"] == 42 and a.attrs["version"] == am.__version__ and a.attrs["n"] == 3000
    # 2022 is actual: no uncertainty there
    first = a[a.year == 2022]
    assert np.allclose(first.q025, first.q975)
    # every quantile is a quantile of coherent paths: medians of parents are close to sums of medians
    wide = a.pivot(index="item", columns="year", values="q50")
    assert wide.loc["Total", 2035] > 0
    # the paths of a smaller run are the first paths of a larger one (blocks have their own streams)
    small = am.simulate("bloomberg_genai", n=1, seed=42, until=2035)
    big = am.simulate("bloomberg_genai", n=1, seed=42, until=2036)
    assert small.q50.iloc[0] == big.q50.iloc[0]


def test_simulated_paths_are_coherent():
    """With one path the quantiles are the path itself, which must add up."""
    one = am.simulate("bloomberg_genai", n=1, seed=5, until=2035).assign(scenario="x", value=lambda f: f.q50)
    parents = am.load("bloomberg_genai").drop_duplicates("item").set_index("item").parent
    one = one.assign(parent=one.item.map(parents))
    assert _incoherence(one) < 1e-12


@pytest.mark.parametrize("seed", [1, 7])
def test_a_wide_fan_keeps_every_path_positive_and_coherent(seed):
    """With sigma 0.5 the reconciliation carried small items' paths below zero (a q025 of -1.1e4 for a segment of a
    positive market); such a path-year is summed from its leaves instead: one path stays coherent, and no quantile
    of any item is zero or below."""
    fan = am.simulate("bloomberg_genai", sigma=0.5, n=2000, seed=seed, until=2032)
    assert (fan[[c for c in fan.columns if c.startswith("q")]] > 0).all().all()
    one = am.simulate("bloomberg_genai", sigma=0.5, n=1, seed=seed, until=2032).assign(scenario="x",
                                                                                        value=lambda f: f.q50)
    parents = am.load("bloomberg_genai").drop_duplicates("item").set_index("item").parent
    assert _incoherence(one.assign(parent=one.item.map(parents))) < 1e-9


def test_simulate_bad_input():
    with pytest.raises(ValueError, match="n must be at least 1"):
        am.simulate("china_ai", n=0)
    with pytest.raises(TypeError, match="n must be an integer"):
        am.simulate("china_ai", n=10.5)
    with pytest.raises(ValueError, match="until"):
        am.simulate("china_ai", until=2020)
    with pytest.raises(ValueError, match="rho"):
        am.simulate("china_ai", rho=2)


def test_sensitivity():
    s = am.sensitivity("bloomberg_genai", 2035, delta=0.2)
    assert len(s) == 15 and (s.low < s.base).all() and (s.base < s.high).all()
    assert (np.diff(s.swing) <= 0).all()
    base_total = am.project("bloomberg_genai", "base", 2035).query("item == 'Total' and year == 2035").value.item()
    assert s.base.iloc[0] == pytest.approx(base_total)
    with pytest.raises(ValueError, match="delta"):
        am.sensitivity("bloomberg_genai", 2035, delta=1.5)
    with pytest.raises(ValueError, match="before the data"):
        am.sensitivity("bloomberg_genai", 2000)


def test_cross_check_flags_broken_constraints():
    c = am.cross_check(until=2035)
    assert not c.breaks.any()
    china_2023 = c[(c.scenario == "base") & (c.year == 2023) & (c.constraint == "China within the world")].iloc[0]
    # 2,058 * (7,119 / 2,058) ** (1/5) = 2,637.8 CNY 100 million at 7.0809 = 372.5 USD 100 million of 2,079
    assert china_2023.part == pytest.approx(2637.79 / 7.0809, abs=0.01) and china_2023.share == pytest.approx(0.179, abs=1e-3)
    assert china_2023.fx_year == 2023
    # a scenario that makes China explode breaks the constraint and is reported
    wild = am.Scenario("wild", "China alone grows 150% a year").with_item("china_ai:Total", rate_override=1.5,
                                                                         fade_years=50, terminal_rate=1.5)
    broken = am.cross_check([wild], until=2035)
    assert broken.breaks.any()
    first = broken[broken.breaks & (broken.constraint == "China within the world")].year.min()
    assert 2028 <= first <= 2035


def test_scenario_objects_and_files(tmp_path):
    s = am.SCENARIOS["base"].with_item("AI Server", terminal_rate=0.02)
    assert s.for_item("AI Server").terminal_rate == 0.02 and am.SCENARIOS["base"].for_item("AI Server").terminal_rate == 0.06
    toml = tmp_path / "mine.toml"
    toml.write_text('[scenario.cautious]\ndescription = "slower"\nterminal_rate = 0.04\nrate_multiplier = 0.8\n'
                    '[scenario.cautious.items."AI Server"]\nrate_override = 0.1\n')
    loaded = am.load_scenarios(toml)["cautious"]
    assert loaded.default.rate_multiplier == 0.8 and loaded.for_item("AI Server").rate_override == 0.1
    p = am.project("bloomberg_genai", [loaded, "base"], 2035)
    assert set(p.scenario) == {"cautious", "base"}
    bad = tmp_path / "bad.toml"
    bad.write_text('[scenario.x]\nterminal_rat = 0.04\n')
    with pytest.raises(ValueError, match=r"bad\.toml.*unknown key\(s\) \['terminal_rat'\]"):
        am.load_scenarios(bad)
    bad.write_text('[scenario.x]\nterminal_rate = "fast"\n')
    with pytest.raises(TypeError, match=r"bad\.toml.*terminal_rate must be a number"):
        am.load_scenarios(bad)
    bad.write_text('[scenario.x.items."AI Server"]\nspeed = 1\n')
    with pytest.raises(ValueError, match=r"items.*speed"):
        am.load_scenarios(bad)
    with pytest.raises(ValueError, match="terminal_rate"):
        am.Assumptions(terminal_rate=-2)


@pytest.mark.parametrize("body, message", [("rate_multiplier = nan", "rate_multiplier must be a finite number"),
                                           ("fade_years = -1", "fade_years must be a finite number"),
                                           ('family = "nope"', "unknown family 'nope'")])
def test_a_value_a_scenario_refuses_is_named_with_its_file_and_scenario(tmp_path, body, message):
    """The assumptions' own refusals named neither the file nor the scenario the value stood in."""
    bad = tmp_path / "mine.toml"
    bad.write_text(f"[scenario.calm]\n{body}\n")
    with pytest.raises(ValueError, match=r"path .*mine\.toml', scenario\.calm: " + message):
        am.load_scenarios(bad)


@pytest.mark.parametrize("content, message", [
    ("a = " + "[" * 5000 + "]" * 5000 + "\n", "not valid TOML \\(nested too deeply\\)"),
    ("a = " + "9" * 5000 + "\n", "not valid TOML .*digits"),
    ("x = 1\n" * 200_000, "more than a file of scenarios"),
])
def test_a_scenario_file_too_deep_too_long_or_no_file_is_refused_naming_it(tmp_path, content, message):
    """A file nested past the parser's depth gave a RecursionError (the command line printed its traceback), a file
    of any size was read whole (/dev/zero until memory ran out); each is now a ValueError naming the path."""
    bad = tmp_path / "bad.toml"
    bad.write_text(content)
    with pytest.raises(ValueError, match="path: .*bad.toml.* " + message):
        am.load_scenarios(bad)
    with pytest.raises(ValueError, match="is no file of scenarios"):
        am.load_scenarios(tmp_path)
    bom = tmp_path / "bom.toml"
    bom.write_text("\ufeff[scenario.calm]\nterminal_rate = 0.03\n", encoding="utf-8")
    assert am.load_scenarios(bom)["calm"].default.terminal_rate == 0.03


def test_family_assumption_follows_a_curve():
    sc = am.Scenario("curve", "Gompertz after the horizon", am.Assumptions(family="gompertz"))
    proj = am.project("bloomberg_genai", [sc], 2040)
    p = proj.query("item == 'Total'").set_index("year").value
    cap = am.fit([2022, 2027, 2032], [39834, 399345, 1303551], "gompertz").ceiling
    assert p[2040] < cap and p[2040] > p[2032]
    # AI servers accelerate between the anchors: no Gompertz curve, and the projection says so
    assert any(n.startswith("curve: AI Server: no gompertz curve") for n in proj.attrs["notes"])


def test_plots_on_agg(projection):
    sim = am.simulate("bloomberg_genai", n=500, seed=0)
    ax = am.plots.plot_fan(sim)
    assert ax.get_title().startswith(am.series_info("bloomberg_genai")["title"])   # the market, not "Total"
    assert any("Seed 0" in t.get_text() for t in ax.texts)
    few = am.simulate("china_ai", n=500, seed=0, until=2027).query("year <= 2025")
    ax = am.plots.plot_fan(few)   # fewer than five horizons: interval bars
    assert any(lab.get_text() == "80% interval" for lab in ax.get_legend().get_texts())
    ax = am.plots.plot_scenarios(projection)
    assert "USD billion" in ax.get_ylabel()
    ax = am.plots.plot_tornado(am.sensitivity("bloomberg_genai", 2035))
    assert "2035" in ax.get_xlabel()
    ax = am.plots.plot_segments(projection)
    assert ax.get_ylabel() == "USD billion" and len(ax.get_legend().get_texts()) == 6
    with pytest.raises(LookupError, match="item"):
        am.plots.plot_scenarios(projection, item="Nope")
    with pytest.raises(TypeError):
        am.plots.plot_fan("sim")


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=50)
@given(st.lists(st.floats(min_value=1, max_value=1e5), min_size=6, max_size=6),
       st.sampled_from(["mint_scaled", "ols", "wls_struct", "bottom_up"]))
def test_reconciliation_laws(values, method):
    """Any values on the robots hierarchy (Total = Industrial + Service, two years) come back coherent;
    reconciling again changes nothing; coherent input is left as it is. Equal weights may spread a
    discrepancy onto a small segment until it is zero or below: such a frame is no market reconcile takes,
    and it says so rather than reconciling it again."""
    items = ["Total", "Industrial", "Service"]
    frame = pd.DataFrame({"item": np.repeat(items, 2), "parent": np.repeat([None, "Total", "Total"], 2),
                          "year": [2023, 2030] * 3, "value": values, "kind": "projected"})
    once = am.reconcile(frame, reconciliation=method)
    w = once.pivot(index="item", columns="year", values="value")
    assert np.allclose(w.loc["Total"], w.loc["Industrial"] + w.loc["Service"], rtol=1e-9)
    if not (once.value >= 1e-120).all():
        with pytest.raises(ValueError, match=r"frame: item '\w+', 20[23]\d: the value .* is outside the range"):
            am.reconcile(once, reconciliation=method)
        return
    twice = am.reconcile(once, reconciliation=method)
    assert np.allclose(twice.value, once.value, rtol=1e-9)


def test_reconcile_refuses_several_scenarios(projection):
    with pytest.raises(ValueError, match="one scenario at a time"):
        am.reconcile(projection)


def test_simulation_shocks_follow_rho_in_every_block():
    """Own shocks are present whatever rho and weigh the same in every block of paths."""
    def spread(**kw):
        row = am.simulate("china_ai", seed=3, until=2030, **kw).query("year == 2030").iloc[0]
        return row.q95 / row.q05

    # a single series has one item, so its shock is common + own with unit total variance for any rho
    assert spread(n=4000, rho=0.0) == pytest.approx(spread(n=4000, rho=1.0), rel=0.1)
    assert spread(n=4000, rho=0.0) > 1.2
    # the first block and a run of many blocks draw from the same distribution
    block = am.scenarios.BLOCK
    assert spread(n=block, rho=0.3) == pytest.approx(spread(n=4 * block, rho=0.3), rel=0.05)


# ------------------------------------------------------------------------------------ honest paths
@pytest.mark.parametrize("series_id", ["bloomberg_genai", "china_ai", "global_ai", "sensetime_losses"])
def test_reported_rows_stay_within_half_their_printed_step(series_id):
    p = am.project(series_id, until=2035)
    r = p[p["kind"] == "reported"]
    assert len(r) and r["printed"].notna().all()
    steps = np.array([am.printed_step(v) for v in r["printed"]])
    assert (np.abs(r["value"] - r["printed"]) <= steps / 2 + 1e-9).all()
    assert p.loc[p["kind"] != "reported", "printed"].isna().all()
    # Cybersecurity 2022 is printed as 9: it moves (to make Software add up) by less than 0.5
    if series_id == "bloomberg_genai":
        cyber = r[(r["item"] == "Generative AI Based Cybersecurity Spending") & (r["year"] == 2022)].iloc[0]
        assert cyber["printed"] == 9 and abs(cyber["value"] - 9) < 0.5


def test_figures_that_do_not_add_up_are_marked_adjusted(tmp_path):
    """40 + 40 printed against 100: no coherent values lie within half a unit of all three."""
    folder = tmp_path / "bad"
    folder.mkdir()
    pd.DataFrame({"series": "s", "item": ["T", "A", "B"] * 2, "parent": [None, "T", "T"] * 2,
                  "year": [2020] * 3 + [2025] * 3, "value": [100, 40, 40, 200, 100, 100], "unit": "USD million",
                  "status": "actual", "source": "statista", "locator": "r.txt:1"}).to_csv(folder / "observations.csv",
                                                                                    index=False)
    (folder / "datapackage.json").write_text('{"resources": [{"name": "observations", "path": "observations.csv"}]}')
    p = am.project("s", "base", until=2027, package=am.read_package(folder))
    assert set(p.loc[p["year"] == 2020, "kind"]) == {"adjusted"}
    assert set(p.loc[p["year"] == 2025, "kind"]) == {"reported"}
    assert any("adjusted" in n for n in p.attrs["notes"])


def test_paths_are_smooth_in_log_space_and_monotone_between_anchors():
    from aimarket.paths import log_hermite as _log_hermite

    ay, av = np.array([2022, 2027, 2032]), np.array([39_834.0, 399_345, 1_303_551])
    eps = 1e-5
    for a in ay[1:-1].astype(float):  # the slope of the log path from both sides of an interior anchor
        left = (np.log(_log_hermite(ay, av, np.array([a]))) - np.log(_log_hermite(ay, av, np.array([a - eps])))) / eps
        right = (np.log(_log_hermite(ay, av, np.array([a + eps]))) - np.log(_log_hermite(ay, av, np.array([a])))) / eps
        assert left == pytest.approx(right, rel=1e-3)
    p = am.project("bloomberg_genai", "base", until=2035)
    w = p.pivot(index="item", columns="year", values="value").loc[:, 2022:2032]
    assert (np.diff(np.log(w.to_numpy()), axis=1) > 0).all()


@given(st.lists(st.floats(0.1, 1e6), min_size=2, max_size=6))
def test_log_hermite_passes_through_anchors_and_keeps_their_order(values):
    from aimarket.paths import log_hermite as _log_hermite

    ay = np.arange(2020, 2020 + 3 * len(values), 3)
    av = np.array(values)
    np.testing.assert_allclose(_log_hermite(ay, av, ay.astype(float)), av, rtol=1e-12)
    fine = np.linspace(ay[0], ay[-1], 200)
    path = _log_hermite(ay, av, fine)
    for a, b, va, vb in zip(ay[:-1], ay[1:], av[:-1], av[1:]):
        seg = path[(fine >= a) & (fine <= b)]
        assert seg.min() >= min(va, vb) * (1 - 1e-9) and seg.max() <= max(va, vb) * (1 + 1e-9)


def test_the_2023_total_keeps_its_own_path():
    """Before: summing the segments' own paths gave 56 bn in 2023; the total's own path gives 64.7 bn."""
    from aimarket.paths import log_hermite as _log_hermite
    from aimarket.scenarios import SCENARIOS

    own = float(_log_hermite(np.array([2022, 2027, 2032]), np.array([39_834.0, 399_345, 1_303_551]),
                             np.array([2023.0]))[0])
    p = am.project("bloomberg_genai", "base", until=2035)
    total = p[(p["item"] == "Total") & (p["year"] == 2023)]["value"].iloc[0]
    assert 63_000 < total < 66_000 and total == pytest.approx(own, rel=1e-6)
    leaves = am.load("bloomberg_genai").query("item not in parent.values")
    naive = sum(float(np.exp(np.interp(2023, g["year"], np.log(g["value"])))) for _, g in leaves.groupby("item"))
    assert naive < 57_000  # what summing the leaves' geometric paths gives
    del SCENARIOS


def test_volatility_and_correlation_come_from_the_scenario_spread():
    s = am.simulate("bloomberg_genai", n=4000, seed=2, until=2035)
    assert "scenario spread" in s.attrs["method"] and 0 <= s.attrs["rho"] <= 1
    p = am.project("bloomberg_genai", until=2035)
    h = 2035 - 2022  # uncertain years: from the last actual year
    for item in ("Total", "AI Server"):
        bear, bull = (p[(p.item == item) & (p.year == 2035) & (p.scenario == k)]["value"].iloc[0] for k in ("bear", "bull"))
        # bear and bull at the horizon as the 10th and 90th percentiles of a normal in log space
        want = math.log(bull / bear) / (2 * 1.2815515655446004 * math.sqrt(h))
        assert s.attrs["volatility"][item] == pytest.approx(want, rel=1e-9)
    row = s[(s.item == "Total") & (s.year == 2035)].iloc[0]
    bear, bull = (p[(p.item == "Total") & (p.year == 2035) & (p.scenario == k)]["value"].iloc[0] for k in ("bear", "bull"))
    assert row.q10 == pytest.approx(row.q50 * math.sqrt(bear / bull), rel=0.1)
    # given numbers are still used as given, and the same seed gives the same fan
    given_ = am.simulate("bloomberg_genai", n=500, seed=2, until=2034, sigma=0.3, rho=0.6)
    assert given_.attrs["rho"] == 0.6 and "sigma 0.3" in given_.attrs["method"]
    again = am.simulate("bloomberg_genai", n=500, seed=2, until=2034)
    pd.testing.assert_frame_equal(again, am.simulate("bloomberg_genai", n=500, seed=2, until=2034))


# ------------------------------------------------------------------------------------ reconciliation methods
def _tiny(values):
    return pd.DataFrame({"item": ["T", "A", "B"], "parent": [None, "T", "T"], "year": 2020, "value": values,
                         "kind": "derived"})


@pytest.mark.parametrize("method, expected", [
    # by hand: OLS solves (S'S) b = S'y with S'S = [[2, 1], [1, 2]] and S'y = [14, 15]: b = [13/3, 16/3]
    ("ols", [29 / 3, 13 / 3, 16 / 3]),
    # structural weights W = diag(2, 1, 1): S'W^-1 S = [[1.5, .5], [.5, 1.5]], S'W^-1 y = [9, 10]: b = [4.25, 5.25]
    ("wls_struct", [9.5, 4.25, 5.25]),
    ("bottom_up", [9.0, 4.0, 5.0]),
])
def test_reconciliation_methods_by_hand(method, expected):
    out = am.reconcile(_tiny([10.0, 4.0, 5.0]), reconciliation=method)
    np.testing.assert_allclose(out["value"], expected, rtol=1e-12)
    # the method object is the same choice as its name
    from aimarket.hierarchy import METHODS
    np.testing.assert_allclose(am.reconcile(_tiny([10.0, 4.0, 5.0]), reconciliation=METHODS[method]())["value"], expected,
                               rtol=1e-12)


def test_the_summing_matrix_is_built_once_and_applied_to_any_paths():
    from aimarket.hierarchy import Hierarchy, OLS

    h = Hierarchy.from_frame(_tiny([10.0, 4.0, 5.0]))
    assert h.S.tolist() == [[1.0, 1.0], [1.0, 0.0], [0.0, 1.0]] and h.top == 0 and h.children == {0: [1, 2]}
    coherent = OLS().projection(h, np.ones((2, 3)))
    Y = np.random.default_rng(0).uniform(1, 10, (7, 2, 3))
    out = coherent(Y)
    np.testing.assert_allclose(out[..., 0], out[..., 1] + out[..., 2], rtol=1e-12)
    np.testing.assert_allclose(coherent(out), out, rtol=1e-12)        # a projection: once is enough


@pytest.mark.parametrize("method", ["mint_scaled", "ols", "wls_struct", "bottom_up"])
def test_one_argument_chooses_the_method_everywhere(method):
    p = am.project("bloomberg_genai", "base", 2034, reconciliation=method)
    assert _incoherence(p) < 1e-12 and p.attrs["reconciliation"] == method
    s = am.sensitivity("bloomberg_genai", 2034, reconciliation=method)
    total = p.query("item == 'Total' and year == 2034")["value"].item()
    assert s["base"].iloc[0] == pytest.approx(total, rel=1e-12) and s.attrs["reconciliation"] == method
    f = am.simulate("bloomberg_genai", n=300, seed=2, until=2034, reconciliation=method)
    assert f.attrs["reconciliation"] == method
    r = am.reconcile(am.load("bloomberg_genai"), reconciliation=method)
    assert _incoherence(r.assign(scenario="x")) < 1e-12


def test_reconcile_takes_the_name_the_others_take_and_the_old_one_with_a_warning():
    """README says the method is one argument everywhere: project(reconciliation=...) and reconcile(method=...)
    were two names for it; reconcile's old name still works, and says it is old."""
    df = _tiny([10.0, 4.0, 5.0])                       # a total of 10 over parts of 4 and 5
    new = am.reconcile(df, reconciliation="bottom_up")
    with pytest.warns(DeprecationWarning, match=r"reconcile\(method=\.\.\.\) is now reconcile\(reconciliation=\.\.\.\)"):
        old = am.reconcile(df, method="bottom_up")
    pd.testing.assert_frame_equal(old, new)
    assert new["value"].tolist() == [9.0, 4.0, 5.0]     # bottom-up: the parts kept, the total their sum
    with pytest.raises(TypeError, match="not both"):
        am.reconcile(df, reconciliation="ols", method="bottom_up")
    with pytest.raises(TypeError, match="unexpected keyword argument 'method'"):
        am.project("bloomberg_genai", ["base"], method="ols")


def test_the_fan_is_as_wide_as_the_scenarios_passed():
    def width(**kw):
        row = am.simulate("china_ai", n=2000, seed=5, until=2032, **kw).query("year == 2032").iloc[0]
        return math.log(row.q90 / row.q10)

    narrow = am.SCENARIOS["base"].with_item("Total", terminal_rate=0.07)
    default, mine = width(), width(fan=("base", narrow))
    assert width(fan=("bear", "bull")) == default
    assert 0 < mine < default / 5
    same = am.simulate("china_ai", n=200, seed=5, until=2032, fan=["base", "base"]).query("year == 2032")
    assert (same["q05"] == same["q95"]).all()              # scenarios that agree leave no spread
    with pytest.raises(ValueError, match="fan must name at least two scenarios"):
        am.simulate("china_ai", n=10, fan=("base",))
    with pytest.raises(LookupError, match="unknown scenario 'bulll'"):
        am.simulate("china_ai", n=10, fan=("bear", "bulll"))


# ------------------------------------------------------------------------------------ numbers a projection cannot carry
@pytest.mark.parametrize("kw, message", [
    ({"terminal_rate": 1.7976931348623157e308}, r"terminal_rate must be a finite number above -1 up to 10"),
    ({"terminal_rate": 10879}, r"terminal_rate .* up to 10 .*got 10879"),
    ({"terminal_rate": 10 ** 400}, r"terminal_rate .* up to 10"),
    ({"terminal_rate": 1e300}, r"terminal_rate .* up to 10"),
    ({"fade_years": 5e-324}, r"fade_years must be 0 \(no fade\) or from 0.001 up to 1000 years, got 5e-324"),
    ({"fade_years": 1e-320}, r"fade_years must be 0 \(no fade\) or from 0.001"),
    ({"estimate_scale": 1e300}, r"estimate_scale must be a finite number from 0.001 up to 1000"),
    ({"rate_multiplier": 10 ** 400}, r"rate_multiplier .* up to 100"),
    ({"cap": 10 ** 400}, r"cap must be a finite number above 0"),
])
def test_assumptions_outside_the_float_range_are_refused_with_the_range(kw, message):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ValueError, match=message):
            am.Assumptions(**kw)


def test_a_path_that_leaves_the_float_range_is_refused_before_reconciling():
    import warnings

    fast = am.Scenario("fast", default=am.Assumptions(terminal_rate=10.0, rate_multiplier=100.0, fade_years=1000.0))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ValueError, match=r"item '.*': under scenario 'fast' its path leaves the range .* 1e\+120"):
            am.project("china_ai", fast, until=2200)
    # the largest allowed assumptions over a short horizon are carried
    assert np.isfinite(am.project("china_ai", fast, until=2030)["value"]).all()


def _chain(folder, depth: int, ratio: float):
    """A package of one series whose items form a chain ``depth`` deep, each ``ratio`` of its parent."""
    folder.mkdir()
    items = [f"i{k}" for k in range(depth)]
    rows = [{"series": "s", "item": it, "parent": par, "year": y, "value": 100.0 * scale * ratio ** k,
             "unit": "USD million", "status": "actual", "source": "statista", "locator": "r.txt:1"}
            for y, scale in ((2020, 1.0), (2025, 2.0)) for k, (it, par) in enumerate(zip(items, [None] + items[:-1]))]
    pd.DataFrame(rows).to_csv(folder / "observations.csv", index=False)
    (folder / "datapackage.json").write_text('{"resources": [{"name": "observations", "path": "observations.csv"}]}')
    return am.read_package(folder)


@pytest.mark.slow  # a stress test: 2,000 levels of one hierarchy
def test_a_hierarchy_two_thousand_levels_deep_is_projected_or_refused(tmp_path):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        p = am.project("s", "base", until=2027, package=_chain(tmp_path / "deep", 2000, 0.9))
        assert len(p) == p["item"].nunique() * 8 and np.isfinite(p["value"]).all()
        assert {f"i{k}" for k in range(2000)} <= set(p["item"])
        kids = p.dropna(subset=["parent"]).groupby(["parent", "year"])["value"].sum()
        own = p.set_index(["item", "year"])["value"].reindex(kids.index)
        assert ((own - kids).abs() <= 1e-9 * own).all()                   # every parent the sum of its children
        # a parent whose one child is 90% of it is a partial list: it keeps its printed values, the rest a segment
        top = p[p["item"] == "i0"].set_index("year")
        assert top.loc[2020, "value"] == pytest.approx(100.0, abs=0.5) and top.loc[2025, "value"] == pytest.approx(200.0, abs=0.5)
        assert p.query("item == 'i0: remainder' and year == 2020")["value"].item() == pytest.approx(10.0, abs=1)
        with pytest.raises(ValueError, match=r"item 'i\d+', 2020: the value .* is outside the range a projection can "
                                             r"carry, 1e-120 to 1e\+120"):
            am.project("s", "base", until=2027, package=_chain(tmp_path / "tiny", 2000, 0.7))


def test_a_negative_seed_and_an_empty_frame_are_refused_by_name():
    with pytest.raises(ValueError, match="seed must be a non-negative integer or None, got -1"):
        am.simulate("china_ai", n=10, seed=-1)
    with pytest.raises(ValueError, match="frame has no rows"):
        am.reconcile(am.load("china_ai").iloc[:0])


def test_a_fan_that_would_leave_the_float_range_is_refused(tmp_path):
    import warnings

    folder = tmp_path / "steep"
    folder.mkdir()
    pd.DataFrame({"series": "s", "item": "T", "parent": None, "year": [2020, 2021], "value": [1.0, 1e10],
                  "unit": "USD million", "status": "actual", "source": "statista",
                  "locator": "r.txt:1"}).to_csv(folder / "observations.csv", index=False)
    (folder / "datapackage.json").write_text('{"resources": [{"name": "observations", "path": "observations.csv"}]}')
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ValueError, match=r"sigma: a volatility of .* would carry its paths past 1e\+300"):
            # sigma 2: the fan's quantiles stay within 1e120 (checked first), ten standard deviations do not
            am.simulate("s", n=100, seed=1, until=2024, sigma=2.0, package=am.read_package(folder))


def test_a_fan_whose_quantiles_leave_the_range_a_projection_carries_is_refused_naming_item_and_year():
    """simulate returned a q975 of 6.6e129 for a path project would refuse to carry past 1e120; now the fan is
    checked against the same range before any path is drawn, and the year before the one it names still runs."""
    import re
    import warnings

    hot = am.Scenario("hot", default=am.Assumptions(terminal_rate=10, fade_years=0))
    with pytest.raises(ValueError, match=r"item '[^']+': under scenario 'hot' the fan's q975 in \d{4} is about "
                                         r"[\d.]+e\+12\d, outside the range a projection can carry, 1e-120 to 1e\+120") as err:
        am.simulate("bloomberg_genai", n=100, seed=1, until=2120, scenario=hot, sigma=5)
    year = int(re.search(r"in (\d{4})", str(err.value)).group(1))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fan = am.simulate("bloomberg_genai", n=100, seed=1, until=year - 1, scenario=hot, sigma=5)
    assert fan.filter(like="q").to_numpy().max() <= 1e120


@pytest.mark.parametrize("values, message", [
    ([10.0, 4.0, -5.0], r"item 'B', 2020: the value -5\.0 is outside"),
    ([0.0, 0.0, 0.0], r"item 'T', 2020: the value 0\.0 is outside"),
    ([np.inf, 4.0, 5.0], r"item 'T', 2020: the value inf is outside"),
    ([10.0, np.nan, 5.0], r"item 'A', 2020: the value nan is outside"),
    ([1e200, 4e199, 5e199], r"item 'T', 2020: the value 1e\+200 is outside"),
])
def test_reconcile_refuses_values_outside_the_range_a_projection_carries(values, message):
    """Negative and zero values came back 'reconciled' as negative and zero market sizes; inf, one negative
    among positives and 1e200 failed inside numpy's solver (the last with an overflow warning). Each is now
    refused before the system is built, naming the frame, the item and the year."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ValueError, match=r"^frame: " + message + r" the range a projection can carry, 1e-120 to 1e\+120$"):
            am.reconcile(_tiny(values))


def test_reconcile_refuses_text_values_and_an_unknown_kind():
    """Text in the value column gave a bare comparison TypeError from deep in the weights, and a kind no
    projection writes was taken silently; both are refused naming where they stand."""
    with pytest.raises(TypeError, match=r"frame column 'value' must hold only numbers; position 1 is 'a'"):
        am.reconcile(_tiny([10.0, "a", 5.0]))
    with pytest.raises(ValueError, match=r"frame: item 'A', 2020: kind 'zzz' is not one of 'reported', 'adjusted', "
                                         r"'derived', 'projected'"):
        am.reconcile(_tiny([10.0, 4.0, 5.0]).assign(kind=["derived", "zzz", "derived"]))
    # the range's own ends are inside it: 1e120 over two halves reconciles to itself
    out = am.reconcile(_tiny([1e120, 5e119, 5e119]), reconciliation="ols")
    np.testing.assert_allclose(out["value"], [1e120, 5e119, 5e119], rtol=1e-12)



def test_reconcile_refuses_an_item_its_series_lacks():
    """A frame naming its series but holding an item outside the series' hierarchy raised a bare KeyError of
    (item, year) after the item had been dropped from the sums; now the item and the series are named."""
    f = am.load("bloomberg_genai")
    extra = pd.concat([f, f[f["item"] == "Hardware"].assign(item="Extra", parent="Total")], ignore_index=True)
    with pytest.raises(LookupError, match=r"^frame: item 'Extra' is not an item of series 'bloomberg_genai'; its "
                                          r"items: 'Hardware', "):
        am.reconcile(extra)


def test_reconcile_refuses_a_parent_column_the_series_contradicts():
    """With a series column the frame's own parent column was ignored silently: 'Software' put under 'Hardware'
    was summed under the total all the same. The parent column must now agree with the series."""
    f = am.load("bloomberg_genai")
    moved = f.assign(parent=np.where(f["item"] == "Software", "Hardware", f["parent"]))
    with pytest.raises(ValueError, match=r"frame: item 'Software' has the parent 'Hardware', but in series "
                                         r"'bloomberg_genai' its parent is 'Total'"):
        am.reconcile(moved)
    # without the series column the frame's own hierarchy is the one reconciled: Software is a part of Hardware,
    # so each year Hardware's reconciled value is at least Software's
    own = am.reconcile(moved.drop(columns="series"), reconciliation="bottom_up")
    w = own.pivot(index="item", columns="year", values="value")
    assert (w.loc["Hardware"] >= w.loc["Software"]).all()


@pytest.mark.parametrize("root", ["", "  "])
def test_reconcile_takes_a_blank_parent_as_a_root(root):
    """A CSV round trip writes the root's parent as "": with a series column reconcile refused 'Total' (its parent
    '' against None), and without one the tree refused '' as an unknown parent. Blank is no parent, as NaN."""
    ps = am.project("bloomberg_genai", until=2035).assign(series="bloomberg_genai")
    ps = ps[ps["scenario"] == ps["scenario"].iloc[0]] if "scenario" in ps.columns else ps
    blank = ps.assign(parent=ps["parent"].where(ps["parent"].notna(), root))
    pd.testing.assert_frame_equal(am.reconcile(blank).drop(columns="parent"), am.reconcile(ps).drop(columns="parent"))
    back = pd.read_csv(io.StringIO(ps.to_csv(index=False)), keep_default_na=False)
    assert (back.loc[back["item"] == "Total", "parent"] == "").all()
    assert am.reconcile(back).shape == ps.shape
    # by hand, without the series: T = 10 over A = 4 and B = 5 sums bottom up to 9
    out = am.reconcile(_tiny([10.0, 4.0, 5.0]).assign(parent=[root, "T", "T"]), reconciliation="bottom_up")
    assert out["value"].tolist() == [9.0, 4.0, 5.0]


# ------------------------------------------------------------------------------------ scenario files say what was meant
@pytest.mark.parametrize("body, where, key, value", [
    ("terminal_rate = 4", r"scenario\.cautious", "terminal_rate", "4"),
    ("terminal_rate = -1", r"scenario\.cautious", "terminal_rate", "-1"),
    ("rate_override = 1.0", r"scenario\.cautious", "rate_override", "1.0"),
    ('[scenario.cautious.items."AI Server"]\nrate_override = 10', r"scenario\.cautious\.items\.'AI Server'",
     "rate_override", "10"),
])
def test_a_rate_written_as_a_percent_in_a_scenario_file_is_refused(tmp_path, body, where, key, value):
    """'terminal_rate = 4' meant 4%, not 400% a year: the file, the scenario, the key and the value are named."""
    toml = tmp_path / "cautious.toml"
    toml.write_text(f'[scenario.cautious]\ndescription = "4% a year after the horizon"\n{body}\n')
    with pytest.raises(ValueError, match=rf"cautious\.toml', {where}: {key} = {value} reads as -?\d+% a year; "
                                         r"rates are fractions \(") as err:
        am.load_scenarios(toml)
    if value == "4":
        assert "reads as 400% a year; rates are fractions (0.04 for 4%)" in str(err.value)


@settings(max_examples=30)
@given(st.floats(-0.999, 0.999), st.floats(1, 1e6) | st.floats(-1e6, -1))
def test_a_scenario_file_takes_every_fraction_and_no_rate_of_100_percent_or_more(fraction, percent_like):
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        toml = Path(folder) / "s.toml"
        toml.write_text(f"[scenario.s]\nterminal_rate = {fraction!r}\n[scenario.s.items.X]\nrate_override = {fraction!r}\n")
        s = am.load_scenarios(toml)["s"]
        assert s.default.terminal_rate == fraction and s.for_item("X").rate_override == fraction
        for key in ("terminal_rate", "rate_override"):
            toml.write_text(f"[scenario.s]\n{key} = {percent_like!r}\n")
            with pytest.raises(ValueError, match=rf"scenario\.s: {key} = .* rates are fractions"):
                am.load_scenarios(toml)


_TYPO = r"scenario 'cautious': unknown item 'AI Servr' in series 'bloomberg_genai'; did you mean 'AI Server'\?"


@pytest.mark.parametrize("call", [
    lambda s: am.project("bloomberg_genai", [s], 2035),
    lambda s: am.simulate("bloomberg_genai", n=50, seed=0, until=2035, scenario=s),
    lambda s: am.simulate("bloomberg_genai", n=50, seed=0, until=2035, fan=("base", s)),
    lambda s: am.sensitivity("bloomberg_genai", 2035, scenario=s),
], ids=["project", "simulate", "simulate-fan", "sensitivity"])
def test_a_misspelt_item_in_a_scenario_file_is_refused_where_it_meets_the_series(tmp_path, call):
    """An override for 'AI Servr' used to be ignored: the projection ran as if it were not there."""
    toml = tmp_path / "s.toml"
    toml.write_text('[scenario.cautious]\ndescription = "slow"\nterminal_rate = 0.04\n'
                    '[scenario.cautious.items."AI Servr"]\nrate_override = 0.10\n')
    with pytest.raises(LookupError, match=_TYPO):
        call(am.load_scenarios(toml)["cautious"])
    with pytest.raises(LookupError, match=r"unknown item 'bloomberg_genai:AI Servr' .* did you mean 'bloomberg_genai:AI Server'"):
        call(am.SCENARIOS["base"].with_item("bloomberg_genai:AI Servr", rate_override=0.1))


def test_an_override_spelt_right_moves_the_projection_and_one_for_another_series_is_left_to_it():
    def total(s):
        return am.project("bloomberg_genai", [s], 2035).query("item == 'Total' and year == 2035").value.item()

    base = total(am.SCENARIOS["base"])
    assert total(am.SCENARIOS["base"].with_item("AI Server", rate_override=0.10)) != pytest.approx(base, rel=1e-6)
    assert total(am.SCENARIOS["base"].with_item("bloomberg_genai:AI Server", rate_override=0.10)) != pytest.approx(base, rel=1e-6)
    # a key for another series of the package is that series' business
    assert total(am.SCENARIOS["base"].with_item("china_ai:Total", rate_override=0.10)) == pytest.approx(base, rel=1e-12)
    # cross_check meets several series: an item of any of them is known; an item of none is not
    assert not am.cross_check([am.SCENARIOS["base"].with_item("AI Server", rate_override=0.1)], until=2035).empty
    with pytest.raises(LookupError, match=r"unknown item 'AI Servr' in series .*'bloomberg_genai'.*did you mean 'AI Server'"):
        am.cross_check([am.SCENARIOS["base"].with_item("AI Servr", rate_override=0.1)], until=2035)


# ------------------------------------------------------------------------------------ segments that are a partial list
def _segments_package(folder, years, total, segments):
    """A package of one series: ``total`` by ``years`` and each of ``segments`` (name -> values) under it."""
    rows = [("r", "Total", "", y, v) for y, v in zip(years, total)]
    rows += [("r", name, "Total", y, v) for name, values in segments.items() for y, v in zip(years, values)]
    folder.mkdir()
    pd.DataFrame([{"series": s, "item": i, "parent": p, "year": y, "value": v, "unit": "USD billion",
                   "status": "actual" if y == years[0] else "estimate", "source": "statista", "locator": f"o.pdf:1:{k}"}
                  for k, (s, i, p, y, v) in enumerate(rows, 1)]).to_csv(folder / "observations.csv", index=False)
    (folder / "datapackage.json").write_text('{"resources": [{"name": "observations", "path": "observations.csv"}]}')
    return am.read_package(folder)


def test_a_total_whose_segments_are_a_partial_list_stays_as_printed(tmp_path):
    """'Of which: care robots': 20 and 90 of a total of 120 and 480. The total used to be pulled down to 70 and
    285 while the years between followed 120 -> 480, so the path rose to 393.8 in 2029 and fell to 128.4 in 2031."""
    p = am.project("r", ["base"], package=_segments_package(tmp_path / "one", [2023, 2030], [120, 480],
                                                              {"Care robots": [20, 90]}))
    total = p[p["item"] == "Total"].set_index("year")
    assert total.loc[2023, "value"] == pytest.approx(120) and total.loc[2030, "value"] == pytest.approx(480)
    assert (total.loc[[2023, 2030], "kind"] == "reported").all()
    assert (total["value"].diff().dropna() > 0).all()                 # a total that grows never falls
    # between its two figures the total runs on its own path: geometric, 120 * 4 ** (1/7) = 146.28 in 2024
    assert total.loc[2024, "value"] == pytest.approx(120 * 4 ** (1 / 7))
    rest = p[p["item"] == "Total: remainder"].set_index("year")["value"]
    assert rest[2023] == pytest.approx(100) and rest[2030] == pytest.approx(390)
    assert any("segments sum to less than them (first: Total, 20 of 120 in 2023)" in n for n in p.attrs["notes"])
    # two segments of 90 and 350: the total starts at 120, not 110, and grows 22% a year, not 33% in 2024
    p = am.project("r", ["base"], package=_segments_package(tmp_path / "two", [2023, 2030], [120, 480],
                                                              {"A": [50, 200], "B": [40, 150]}))
    total = p[p["item"] == "Total"].set_index("year")["value"]
    assert total[2023] == pytest.approx(120) and total[2024] / total[2023] == pytest.approx(4 ** (1 / 7))
    assert _incoherence(p) < 1e-12


def test_figures_that_overshoot_their_total_are_interpolated_between_the_reconciled_anchors(tmp_path):
    """Segments of 160 and 560 under a total of 120 and 480 do not add up: the reconciliation moves the anchors,
    and the years between now run between the anchors as moved, not between the printed ones."""
    p = am.project("r", ["base"], package=_segments_package(tmp_path / "over", [2023, 2030], [120, 480],
                                                              {"A": [100, 300], "B": [60, 260]}))
    total = p[p["item"] == "Total"].set_index("year")
    a, b = total.loc[2023, "value"], total.loc[2030, "value"]
    assert (total.loc[[2023, 2030], "kind"] == "adjusted").all() and 120 < a < 160 and 480 < b < 560
    for y in range(2024, 2030):        # two anchors: the path between them is geometric
        assert total.loc[y, "value"] == pytest.approx(a * (b / a) ** ((y - 2023) / 7), rel=1e-9)
    assert _incoherence(p) < 1e-12


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(2015, 2032), min_size=2, max_size=4, unique=True),
       st.floats(10, 1e4), st.lists(st.floats(1.01, 3), min_size=3, max_size=3),
       st.lists(st.lists(st.floats(0.01, 0.3), min_size=4, max_size=4), min_size=1, max_size=3))
def test_a_growing_total_with_partial_segments_passes_through_its_figures_and_never_falls(years, v0, rises, shares):
    """For any positive printed total that grows and any segments summing to less than it, the projected total
    passes through every printed total (within half its printed step) and never falls between two of them."""
    import tempfile
    from pathlib import Path

    years = sorted(years)
    total = np.round(v0 * np.cumprod([1.0, *rises[: len(years) - 1]]), 1)
    segments = {f"s{k}": np.round(np.asarray(f[: len(years)]) * total, 1).tolist() for k, f in enumerate(shares)}
    with tempfile.TemporaryDirectory() as folder:
        p = am.project("r", ["base"], years[-1] + 2,
                       package=_segments_package(Path(folder) / "p", years, total.tolist(), segments))
    path = p[p["item"] == "Total"].set_index("year")
    assert np.abs(path.loc[years, "value"].to_numpy() - total).max() <= 0.05 * (1 + 1e-9)
    assert (path.loc[years, "kind"] == "reported").all() and not (p["kind"] == "adjusted").any()
    between = path.loc[years[0]:years[-1], "value"].to_numpy()
    assert (np.diff(between) >= -1e-9 * between[1:]).all()
    assert _incoherence(p) < 1e-9


@pytest.mark.parametrize("kwargs", [{"cap": 100.0}, {"family": "exponential", "cap": 100.0}])
def test_a_cap_no_family_uses_is_refused(kwargs):
    """A cap beside no family, or beside one without a ceiling, was taken and silently unused."""
    with pytest.raises(ValueError, match="cap: 100.0 is used only with a family that has a ceiling"):
        am.Assumptions(**kwargs)
    assert am.Assumptions(family="logistic", cap=100.0).cap == 100.0
