"""The bundled data package and the catalog API."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import aimarket as am
from aimarket.datapackage import bundled_path

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE = FIXTURES / "mini_package"

# The Bloomberg Intelligence table as printed (004_f39dbdfe66606f1e.txt:185-205),
# typed out again here: item, 2022, 2027E, 2032E, 2022-32E CAGR (%), parent.
BLOOMBERG = """
Hardware|37973|223615|641737|33|Total
Devices (Inference)|4128|82965|168233|45|Hardware
Computer Vision AI Products|1032|22124|60564|50|Devices (Inference)
Conversational AI Products|3096|60841|107669|43|Devices (Inference)
Infrastructure (Training)|33845|140650|473505|30|Hardware
AI Server|22563|49641|133817|19|Infrastructure (Training)
AI Storage|9025|33094|92642|26|Infrastructure (Training)
Generative AI Infrastructure as a Service|2256|57915|247046|60|Infrastructure (Training)
Software|1493|58826|279899|69|Total
Specialized Generative AI Assistants|447|20864|89035|70|Software
Coding, DevOps and Generative AI Workflows|213|12617|50430|73|Software
Generative AI Workload Infrastructure Software|439|13468|71645|66|Software
Generative AI Drug Discovery Software|14|4042|28343|113|Software
Generative AI Based Cybersecurity Spending|9|3165|13946|109|Software
Generative AI Education Spending|370|4669|26500|53|Software
Generative AI Based Gaming Spending|190|20668|69414|80|Total
Generative AI Driven Ad Spending|57|64358|192492|125|Total
Generative AI Focused IT Services|83|21690|85871|100|Total
Generative AI Based Business Services|38|10188|34138|97|Total
Total|39834|399345|1303551|42|
"""
ROWS = [line.split("|") for line in BLOOMBERG.strip().splitlines()]


def test_frictionless_validates_the_bundled_package():
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(bundled_path() / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_all_sixty_bloomberg_values_as_printed():
    wide = am.load("bloomberg_genai", wide=True)
    assert list(wide.index) == [r[0] for r in ROWS]  # the printed row order
    expected = np.array([[float(v) for v in r[1:4]] for r in ROWS])
    np.testing.assert_array_equal(wide[[2022, 2027, 2032]].to_numpy(), expected)
    assert am.load("bloomberg_genai").shape == (60, 9)


def test_bloomberg_status_units_parents_locators():
    df = am.load("bloomberg_genai")
    assert dict(df.groupby("year")["status"].unique().map(tuple)) == {
        2022: ("actual",), 2027: ("estimate",), 2032: ("estimate",)}
    assert set(df["unit"]) == {"USD million"}
    parents = df.drop_duplicates("item").set_index("item")["parent"]
    for item, *_, parent in ROWS:
        assert (parents[item] if parents[item] is not None else "") == parent
    lines = df.drop_duplicates("item").set_index("item")["locator"]
    for k, (item, *_) in enumerate(ROWS):
        assert lines[item] == f"004_f39dbdfe66606f1e.txt:{186 + k}"


def test_the_twenty_printed_cagrs():
    c = am.claims("bloomberg_genai")
    table = c[(c.kind == "cagr") & (c.source == "bloomberg_intelligence")].set_index("item")
    assert len(table) == 20
    for item, *_, rate, _parent in ROWS:
        row = table.loc[item]
        assert (row.value, row.unit, row.precision, row.start_year, row.end_year) == (float(rate), "percent", 1.0, 2022, 2032)


def test_primary_and_secondary_series_are_present():
    ids = set(am.list_series().series)
    assert {"bloomberg_genai", "china_ai", "global_ai", "sensetime_losses", "model_parameters", "nvidia_quarter",
            "openai", "mckinsey_impact", "chatgpt_usage", "framework_usage", "china_llm_developers"} <= ids
    china = am.load("china_ai")
    assert china[["year", "value", "status"]].values.tolist() == [[2022, 2058.0, "actual"], [2027, 7119.0, "estimate"]]
    world = am.load("global_ai")
    assert world[["year", "value"]].values.tolist() == [[2023, 2079.0], [2030, 18475.0]]
    assert world.unit.unique().tolist() == ["USD 100 million"] and china.unit.unique().tolist() == ["CNY 100 million"]
    china_claim = am.claims("china_ai").iloc[0]
    assert (china_claim.value, china_claim.start_year, china_claim.end_year, china_claim.precision) == (28.2, 2023, 2027, 0.1)
    losses = am.load("sensetime_losses").value.tolist()
    assert losses == [34.33, 49.68, 121.58, 171.77, 60.9]


def test_narrative_claims_are_encoded():
    c = am.claims("bloomberg_genai").set_index("claim")
    assert c.loc["bbg_text_base_value", ["value", "end_year", "unit"]].tolist() == [400, 2019, "USD 100 million"]
    assert c.loc["bbg_text_end_value", ["value", "unit"]].tolist() == [1.3, "USD trillion"]
    assert c.loc["bbg_text_cagr", "value"] == 42
    assert c.loc["bbg_text_share_2032", "value"] == 10
    seg = c[c.index.str.startswith("bbg_text_") & (c.unit == "USD 100 million") & (c.end_year == 2032)]
    assert sorted(seg.value) == [610, 890, 930, 1080, 1320, 1920, 2470]


def _printed_forms(value: float) -> set[str]:
    forms = {f"{value:g}", f"{value:,.0f}" if float(value).is_integer() else f"{value:g}"}
    if float(value).is_integer():
        forms.add(str(int(value)))
    return forms


# Figures printed in another scale than the one they are kept in: value -> how the line shows it.
REWRITTEN = {("model_parameters", "ResNet-50"): "2000万"}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed reports are not beside this checkout")
@pytest.mark.parametrize("table", ["observations", "claims"])
def test_every_value_is_on_its_locator_line(table):
    pkg = am.read_package(bundled_path())
    frame = getattr(pkg, table)
    cache: dict[str, list[str]] = {}
    for row in frame.itertuples():
        file, line = row.locator.rsplit(":", 1)
        lines = cache.setdefault(file, (SEEDS / file).read_text(encoding="utf-8").splitlines())
        text = lines[int(line) - 1].replace("\\$", "")
        squeezed = re.sub(r"\s+", "", text)
        wanted = REWRITTEN.get((row.series, row.item))
        forms = {wanted} if wanted else _printed_forms(row.value)
        assert any(f in text or f in squeezed for f in forms), (row.series, row.item, row.value, row.locator)


def test_loaded_frames_are_copies():
    first = am.load("bloomberg_genai")
    first.loc[:, "value"] = -1.0
    first.loc[0, "item"] = "changed"
    wide = am.load("bloomberg_genai", wide=True)
    wide.iloc[:, :] = 0
    c = am.claims()
    c.loc[:, "value"] = 0
    fx = am.fx_rates()
    fx.loc[:, "rate"] = 0
    again = am.load("bloomberg_genai")
    assert again.value.min() > 0 and "changed" not in set(again.item)
    assert am.claims().value.abs().sum() > 0
    assert am.fx_rates().rate.min() > 6


@pytest.mark.parametrize("bad, suggestion", [("bloomberg", "bloomberg_genai"), ("china-ai", "china_ai"), ("globl_ai", "global_ai")])
def test_unknown_series_suggests_close_ids(bad, suggestion):
    with pytest.raises(LookupError, match=re.escape(repr(suggestion))) as info:
        am.load(bad)
    assert isinstance(info.value, ValueError)
    with pytest.raises(LookupError):
        am.claims(bad)


@pytest.mark.parametrize("bad", [None, 3, ["china_ai"]])
def test_non_string_series_id(bad):
    with pytest.raises(TypeError, match="series_id"):
        am.load(bad)


def test_a_package_passed_for_the_series_id_is_named_shortly():
    pkg = am.extract_text("The AI market will reach $1.2 trillion in 2030.")
    for call in (am.audit, am.load, am.claims):
        with pytest.raises(TypeError, match=r"series_id must be a string, got a Package: pass a package as package=") \
                as info:
            call(pkg)
        assert len(str(info.value)) < 100
    with pytest.raises(TypeError, match=r"got 'xxx+\.\.\. \(str\)|got \['xxx+\.\.\. \(list\)"):
        am.load(["x" * 500])


def test_import_is_light():
    """No heavy engine loads on ``import aimarket``, nor the extractor's readers, whose patterns compile on first use."""
    heavy = ("scipy", "statsmodels", "matplotlib", "aimarket.extract.documents", "aimarket.extract.numbers",
             "aimarket.extract.tables", "aimarket.extract.prose")
    code = f"import sys, aimarket; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# --- conversion ---------------------------------------------------------------

def test_convert_cny_to_usd_uses_the_sourced_rate():
    fx = am.fx_rates().set_index("year")
    assert fx.loc[2022, "source"] == "fed_g5a"
    usd = am.convert(am.load("china_ai").query("year == 2022"), "USD 100 million")
    assert usd.value.item() == pytest.approx(2058 / fx.loc[2022, "rate"])
    assert usd.attrs["fx"] == [("CNY/USD", 2022)]
    # scale only
    assert am.convert(1.3, "USD million", from_unit="USD trillion") == pytest.approx(1_300_000)
    wide = am.convert(am.load("bloomberg_genai", wide=True), "USD 100 million")
    assert wide.loc["Total", 2022] == pytest.approx(398.34) and wide.attrs["unit"] == "USD 100 million"


def test_convert_forecast_years_need_an_explicit_fx_rule():
    with pytest.raises(ValueError, match=r"no CNY/USD rate for year 2027"):
        am.convert(am.load("china_ai"), "USD 100 million")
    usd = am.convert(am.load("china_ai"), "USD 100 million", fx_year="nearest")
    rate_2023 = am.fx_rates().set_index("year").loc[2023, "rate"]
    assert usd.value.iloc[1] == pytest.approx(7119 / rate_2023)
    assert usd.attrs["fx"] == [("CNY/USD", 2022), ("CNY/USD", 2023)]
    fixed = am.convert(am.load("china_ai"), "USD 100 million", fx_year=2022)
    assert fixed.value.iloc[1] == pytest.approx(7119 / 6.729)


def test_convert_bad_input():
    with pytest.raises(LookupError, match="to_unit"):
        am.convert(1.0, "ZAR million", from_unit="USD million")
    # a built-in unit whose exchange rate the package does not hold: the pair and year are named
    with pytest.raises(ValueError, match=r"no USD/EUR rate for year 2022"):
        am.convert(1.0, "EUR million", from_unit="USD million", year=2022)
    with pytest.raises(ValueError, match="cannot convert"):
        am.convert(1.0, "percent", from_unit="USD million")
    with pytest.raises(ValueError, match="year"):
        am.convert(1.0, "USD million", from_unit="CNY 100 million")
    with pytest.raises(ValueError, match="from_unit"):
        am.convert([1.0], "USD million")
    with pytest.raises(TypeError, match="fx_year"):
        am.convert(am.load("china_ai"), "USD 100 million", fx_year="latest")
    custom = pd.DataFrame({"pair": ["CNY/USD"], "year": [2022], "rate": [7.0]})
    assert am.convert(700, "USD 100 million", from_unit="CNY 100 million", year=2022, fx=custom) == pytest.approx(100)
    assert am.convert(100, "CNY 100 million", from_unit="USD 100 million", year=2022, fx=custom) == pytest.approx(700)


def test_a_tidy_frame_with_nan_values_is_refused_as_inf_is_while_a_wide_frames_empty_cells_stay_empty():
    """A nan value in a tidy frame came back nan after conversion, unremarked, where inf was refused; each tidy
    row is a value, so nan is refused with the same message. A wide frame's empty cells are items without a
    value that year, and stay empty."""
    china = am.load("china_ai")
    for frame in (china.assign(value=np.nan), am.load("global_ai").assign(value=[12.0, np.nan])):
        with pytest.raises(ValueError, match=r"data column 'value' must be finite, got nan at position \d"):
            am.convert(frame, "USD billion", fx_year=2022)
    wide = am.load("bloomberg_genai", wide=True)
    wide.loc["Hardware", 2027] = np.nan
    out = am.convert(wide, "USD billion")
    assert np.isnan(out.loc["Hardware", 2027]) and out.loc["Hardware", 2022] == pytest.approx(37.973)
    # 2,058 hundred million yuan at 6.729 yuan a dollar is 30.584 billion dollars
    assert am.convert(china, "USD billion", fx_year=2022).value.iloc[0] == pytest.approx(2058 / 10 / 6.729)


@pytest.mark.parametrize("data", [lambda: am.load("china_ai"), lambda: am.load("china_ai", wide=True),
                                  lambda: am.load("global_ai")])
def test_a_frame_refuses_year_and_points_to_fx_year(data):
    """year= with a tidy frame replaced every row's year (2027's value at 2022's rate), with a wide frame it was
    ignored, and with no currency to change it was never read ('x' passed). A frame carries its own years, so
    year= is refused and fx_year is named, which converts every value at one year's rate."""
    with pytest.raises(TypeError, match=r"year: a frame carries the year of each value .* pass fx_year instead"):
        am.convert(data(), "USD billion", year=2022)
    # what year=2022 did to the tidy frame, fx_year=2022 does: 7,119 hundred million yuan at 6.729 a dollar
    assert am.convert(am.load("china_ai"), "USD billion", fx_year=2022).value.iloc[1] == pytest.approx(711.9 / 6.729)


@pytest.mark.parametrize("year, error, message", [
    ("x", TypeError, r"year must be a number, got 'x'"),
    (True, TypeError, r"year must be a number, got the boolean True"),
    (np.nan, ValueError, r"year must be finite, got nan"),
    (2022.5, ValueError, r"year must be a whole year, got 2022\.5"),
    ([2022, 1e7], ValueError, r"year must lie within \+/-1,000,000, got 10000000\.0"),
])
def test_year_is_checked_even_when_no_currency_changes(year, error, message):
    """A year was read only to look up an exchange rate, so billions to millions of one currency took any year;
    it is now checked whenever it is given."""
    with pytest.raises(error, match=message):
        am.convert(5.0, "USD million", from_unit="USD billion", year=year)
    assert am.convert(5.0, "USD million", from_unit="USD billion", year=2022) == 5000.0


# --- bring your own report ------------------------------------------------------

def test_read_a_user_package():
    pkg = am.read_package(FIXTURE)
    df = am.load("robots", package=pkg)
    assert df.shape == (6, 9)
    assert am.list_series(package=pkg).series.tolist() == ["robots"]
    assert len(am.claims(package=pkg)) == 2
    assert am.convert(df, "USD 100 million", package=pkg).value.iloc[0] == pytest.approx(1.2)


def _broken(tmp_path, edit):
    target = tmp_path / "pkg"
    shutil.copytree(FIXTURE, target)
    text = (target / "observations.csv").read_text()
    (target / "observations.csv").write_text(edit(text))
    return target


@pytest.mark.parametrize("edit, message", [
    (lambda t: t.replace("status,", "").replace(",actual,", ",").replace(",estimate,", ","), r"missing column\(s\) 'status'"),
    (lambda t: t + "robots,Total,,2023,121,USD million,actual,robots_2024,000_0000000000000000.txt:3\n", r"row 8: duplicate key"),
    (lambda t: t.replace("2030,480", "2030,-480"), r"row 3, column 'value'.*greater than 0"),
    (lambda t: t.replace("2030,480", "2030,0"), r"row 3, column 'value'"),
    (lambda t: t.replace("Industrial,Total,2023", "Industrial,Totl,2023"), r"row 4, column 'parent': unknown parent 'Totl'"),
    (lambda t: t.replace("Total,,2030", "Total,,2030.5"), r"row 3, column 'year'.*not an integer"),
    (lambda t: t.replace("480,USD million,estimate", "480,USD million,forecast"), r"row 3, column 'status'.*must be one of"),
    (lambda t: t.replace("480,USD million", "480,ZAR million"), r"row 3, column 'unit': unknown unit 'ZAR million'"),
    (lambda t: t.replace("480,USD million", "480,EUR million"), r"row 3, column 'unit': series 'robots' mixes units"),
    (lambda t: t.replace("480,USD", "abc,USD"), r"row 3, column 'value': 'abc' is not a number"),
    (lambda t: t.replace("480,USD", "nan,USD"), r"row 3, column 'value': 'nan' is not a number"),
    (lambda t: t.replace("480,USD", "4_80,USD"), r"row 3, column 'value': '4_80' is not a number"),
    (lambda t: t.replace("480,USD", "\u0664\u0668\u0660,USD"), r"row 3, column 'value': '\u0664\u0668\u0660' is not a number"),
    (lambda t: t.replace("480,USD", "1e400,USD"), r"row 3, column 'value': '1e400' is not finite"),
])
def test_bad_user_packages_name_file_row_and_column(tmp_path, edit, message):
    with pytest.raises(ValueError, match=r"observations\.csv.*" + message):
        am.read_package(_broken(tmp_path, edit))


def test_read_package_bad_paths(tmp_path):
    with pytest.raises(ValueError, match="no datapackage.json"):
        am.read_package(tmp_path)
    with pytest.raises(TypeError, match="path"):
        am.read_package(42)
    (tmp_path / "datapackage.json").write_text('{"resources": []}')
    with pytest.raises(ValueError, match="no 'observations' resource"):
        am.read_package(tmp_path)


def _mutate(obj, seen=None):
    """Change, in place, every frame, series, array, dict and list reachable from ``obj``; return how many."""
    import dataclasses
    from types import MappingProxyType

    seen = set() if seen is None else seen
    if id(obj) in seen or isinstance(obj, (str, bytes, int, float, type, MappingProxyType)) or obj is None:
        return 0
    seen.add(id(obj))
    n = 0
    if isinstance(obj, (pd.DataFrame, pd.Series)):
        n += _mutate(obj.attrs, seen)
        obj.attrs["mutated"] = True
        frame = obj.to_frame() if isinstance(obj, pd.Series) else obj
        for j, dtype in enumerate(frame.dtypes if len(obj) else []):
            new = False if dtype.kind == "b" else (-12345 if dtype.kind in "iuf" else "mutated")
            if isinstance(obj, pd.Series):
                obj.iloc[0] = new  # in place: a frame shared with the package would show it
            else:
                obj.iloc[0, j] = new
        if isinstance(obj, pd.DataFrame) and len(obj.columns):
            obj.drop(columns=obj.columns[:1], inplace=True)
        return n + 1
    if isinstance(obj, np.ndarray):
        if obj.flags.writeable and obj.size:
            obj.reshape(-1)[:1] = obj.reshape(-1)[-1:] * 0 if obj.dtype.kind in "iuf" else obj.reshape(-1)[-1:]
        return n + 1
    if isinstance(obj, dict):
        for v in list(obj.values()):
            n += _mutate(v, seen)
        obj.clear()
        return n + 1
    if isinstance(obj, list):
        for v in obj:
            n += _mutate(v, seen)
        obj.clear()
        return n + 1
    if isinstance(obj, tuple):
        return sum(_mutate(v, seen) for v in obj)
    if dataclasses.is_dataclass(obj):
        return sum(_mutate(getattr(obj, f.name), seen) for f in dataclasses.fields(obj))
    return 0


def test_nothing_a_function_returns_reaches_the_bundled_data(tmp_path):
    """Every result of every function that reads the bundled package is edited in place, and the next load,
    claims, list_series and audit are unchanged."""
    import inspect
    import warnings

    from aimarket.datapackage import bundled_package, bundled_path

    def snapshot():
        return {"load": {s: am.load(s) for s in am.list_series()["series"]}, "wide": am.load("china_ai", wide=True),
                "claims": am.claims(), "list": am.list_series(), "audit": am.audit(), "fx": am.fx_rates(),
                "units": am.units(), "sources": am.sources(), "constraints": am.constraints()}

    before = snapshot()
    calls = {
        "list_series": lambda: am.list_series(), "load": lambda: am.load("bloomberg_genai"),
        "load wide": lambda: am.load("bloomberg_genai", wide=True), "claims": lambda: am.claims(),
        "claims of one": lambda: am.claims("china_ai"), "sources": lambda: am.sources(), "units": lambda: am.units(),
        "fx_rates": lambda: am.fx_rates(), "constraints": lambda: am.constraints(),
        "series_info": lambda: am.series_info("china_ai"), "top_item": lambda: am.top_item("china_ai"),
        "source_line": lambda: am.source_line("china_ai"),
        "source_locators": lambda: am.catalog.source_locators(),
        "convert": lambda: am.convert(am.load("china_ai"), "USD 100 million", fx_year="nearest"),
        "convert wide": lambda: am.convert(am.load("china_ai", wide=True), "USD 100 million", fx_year="nearest"),
        "audit": lambda: am.audit(), "reproduce": lambda: am.reproduce("bloomberg_genai", audit=True),
        "render": lambda: am.render(am.reproduce("china_ai"), "markdown"),
        "project": lambda: am.project("bloomberg_genai", "base", until=2034),
        "simulate": lambda: am.simulate("bloomberg_genai", n=200, seed=0, until=2034),
        "sensitivity": lambda: am.sensitivity("bloomberg_genai", 2034),
        "cross_check": lambda: am.cross_check(("base",), until=2034),
        "reconcile": lambda: am.reconcile(am.project("bloomberg_genai", "base", until=2034)),
        "fit_series": lambda: am.fit_series("bloomberg_genai", "Total", "gompertz"),
        "contributions": lambda: am.contributions(am.load("bloomberg_genai"), 2022, 2032),
        "read_package": lambda: am.read_package(bundled_path()),
        "write_package": lambda: am.write_package(bundled_package(), tmp_path / "copy"),
        "the shared package": lambda: bundled_package(),
        "extract_text": lambda: am.extract_text("The AI market was $40 billion in 2022."),
        "stack": lambda: am.stack([bundled_package(), FIXTURES / "stack" / "fortune_ai.txt"]),
        "consensus": lambda: am.consensus(am.stack([bundled_package(), FIXTURES / "stack" / "fortune_ai.txt"])),
        "revisions": lambda: am.revisions(bundled_package()),
        "market_constraints": lambda: am.market_constraints(bundled_package()),
        "match_markets": lambda: am.match_markets(bundled_package()),
    }
    readers = {n for n in am.__all__ if inspect.isfunction(getattr(am, n)) and n != "build_report"
               and "package" in inspect.signature(getattr(am, n)).parameters}
    assert readers <= set(calls), f"add these readers of the package to the test: {sorted(readers - set(calls))}"
    touched = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # pandas' notice about inplace=
        for name, call in calls.items():
            touched += _mutate(call())
    assert touched > 40
    after = snapshot()
    for key, frame in before.items():
        if isinstance(frame, dict):
            for sid in frame:
                pd.testing.assert_frame_equal(after[key][sid], frame[sid])
                assert after[key][sid].attrs == frame[sid].attrs, (key, sid)
        else:
            pd.testing.assert_frame_equal(after[key], frame, obj=key)
            assert after[key].attrs == frame.attrs, key


@pytest.mark.parametrize("value, to_unit, from_unit", [(1e308, "USD thousand", "USD trillion"),
                                                        (1e-320, "USD trillion", "USD thousand")])
def test_a_conversion_past_the_float_range_is_an_error_not_inf_or_nil(value, to_unit, from_unit):
    """1e308 trillion in thousands overflowed to inf with a RuntimeWarning, 1e-320 thousand in trillions fell
    to 0.0; both are errors naming the value and the unit."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ValueError, match=re.escape(f"data: {value!r} in '{to_unit}' leaves the range")):
            am.convert(value, to_unit, from_unit=from_unit)


def test_values_and_years_of_shapes_that_only_broadcast_to_a_table_are_refused():
    """Two values against a column of two years made a 2x2 table of every value at every year."""
    with pytest.raises(ValueError, match=r"shapes \(2,\) and \(2, 1\) do not match"):
        am.convert([1, 2], "USD billion", from_unit="CNY billion", year=[[2022], [2023]])
    assert am.convert(1000, "USD billion", from_unit="CNY billion", year=[2022, 2023]).shape == (2,)
    assert am.convert([1, 2], "USD billion", from_unit="CNY billion", year=2023).shape == (2,)


@pytest.mark.parametrize("years, shown", [([1e30], "1e+30"), ([1e19, -1e19], "1e+19"), ([2023, 1899], "1899"),
                                          ([np.inf], "inf")])
def test_convert_refuses_an_fx_year_outside_the_calendar_it_keeps(years, shown):
    """A rate dated 1e30 was cast to the year -9223372036854775808 with a RuntimeWarning and used; two such years
    became one and numpy raised 'setting an array element with a sequence'. The row and year are named now."""
    fx = pd.DataFrame({"pair": "CNY/USD", "year": years, "rate": np.linspace(7.0, 1.0, len(years))})
    row = years.index(next(y for y in years if not 1900 <= y <= 2100))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ValueError, match=rf"^fx: row {row} \(CNY/USD\) has year {re.escape(shown)}; a rate's "
                                             r"year lies within 1900 to 2100"):
            am.convert(am.load("china_ai"), "USD billion", fx=fx, fx_year="nearest")


def test_convert_pairs_a_series_of_values_with_a_series_of_years_by_label():
    """Values labelled a, b and years labelled b, a were paired by position: 'a' was converted at 2022's rate
    though its year is 2023. Series with different labels are refused, as cagr refuses them; with the same
    labels in any order each value takes its own year's rate (1 / 6.729 and 1 / 7.0809 yuan per dollar)."""
    values = pd.Series([1.0, 1.0], index=["a", "b"])
    with pytest.raises(ValueError, match=r"data and year have different labels"):
        am.convert(values, "USD billion", from_unit="CNY billion", year=pd.Series([2022, 2023], index=["b", "a"]))
    out = am.convert(values, "USD billion", from_unit="CNY billion", year=pd.Series([2023, 2022], index=["a", "b"]))
    assert out.tolist() == pytest.approx([1 / 7.0809, 1 / 6.729])
