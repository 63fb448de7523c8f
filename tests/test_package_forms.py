"""The forms an analyst's own package arrives in (spreadsheet exports, Notepad files, a notebook's edits): each is
read, or refused with a message naming the file, row and column and saying what to do."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import aimarket as am
from aimarket.errors import DataError

HEADER = "series,item,parent,year,value,unit,status,source,locator\n"
ROBOTS = "r,Total,,2023,120,USD billion,actual,s,o:1\nr,Total,,2030,480,USD billion,estimate,s,o:2\n"


def _write(folder: Path, observations: str = HEADER + ROBOTS, *, encoding: str = "utf-8", **more: str) -> Path:
    """A package as README's "Encode a new report" describes it: observations, sources and the CSVs in ``more``."""
    folder.mkdir(exist_ok=True)
    names = ["observations", "sources", *more]
    descriptor = {"name": "p", "resources": [{"name": n, "path": f"{n}.csv"} for n in names]}
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding=encoding)
    (folder / "sources.csv").write_text("source,publisher,title\ns,Example Research,Outlook\n")
    (folder / "observations.csv").write_text(observations)
    for name, text in more.items():
        (folder / f"{name}.csv").write_text(text)
    return folder


# --- the descriptor ------------------------------------------------------------------------------------------------
def test_a_descriptor_with_a_byte_order_mark_is_read(tmp_path):
    pkg = am.read_package(_write(tmp_path / "p", encoding="utf-8-sig"))
    assert (tmp_path / "p" / "datapackage.json").read_bytes().startswith(b"\xef\xbb\xbf")
    assert am.load("r", package=pkg)["value"].tolist() == [120.0, 480.0]


def test_a_csv_given_for_its_folder_is_answered_with_the_folder(tmp_path):
    folder = _write(tmp_path / "p")
    with pytest.raises(DataError, match=r"path: 'observations\.csv' is a file, not a package descriptor; give the "
                                        r"package folder \(the one holding datapackage\.json\)"):
        am.read_package(folder / "observations.csv")
    assert len(am.read_package(folder / "datapackage.json").observations) == 2  # the descriptor itself still reads


# --- messages speak in plain values ----------------------------------------------------------------------------------
def test_a_duplicate_key_is_named_in_plain_values(tmp_path):
    twice = HEADER + "r,Total,,2023,120,USD billion,actual,s,o:1\nr,Total,,2023,121,USD billion,actual,s,o:2\n"
    with pytest.raises(DataError, match=r"observations\.csv, row 3: duplicate key "
                                        r"\(series='r', item='Total', year=2023\)$"):
        am.read_package(_write(tmp_path / "p", twice))


@pytest.mark.parametrize("call, message", [
    (lambda: am.fit([2020, 2021, 2022], [1, 2, 3], "exponential").predict([2030, "2031"]),
     r"^years must hold only numbers; position 1 is '2031'$"),
    (lambda: am.cagr(np.bool_(True), 2.0, 1), r"^start must be a number, got the boolean True$"),
    (lambda: am.cagr(pd.DataFrame({np.int64(2023): ["a"]}), 2.0, 1), r"^start column 2023 must hold only numbers"),
])
def test_argument_checks_name_plain_values(call, message):
    with pytest.raises((TypeError, ValueError), match=message) as caught:
        call()
    assert "np." not in str(caught.value) and "dtype" not in str(caught.value)


# --- series.csv describes the observations' series -------------------------------------------------------------------
def test_a_unit_in_series_csv_must_be_its_observations_unit(tmp_path):
    series = "series,title,unit,source,kind\nr,Service robots,USD million,s,market\n"
    with pytest.raises(DataError, match=r"^series\.csv, row 2, column 'unit': series 'r' is in 'USD million' here, but "
                                        r"its observations are in 'USD billion' \(observations\.csv, row 2\); one "
                                        r"series uses one unit$"):
        am.read_package(_write(tmp_path / "p", series=series))
    agreed = am.read_package(_write(tmp_path / "q", series=series.replace("USD million", "USD billion")))
    assert am.list_series(package=agreed)["unit"].tolist() == am.load("r", package=agreed)["unit"].unique().tolist()


def test_a_typo_in_series_csv_is_named_in_series_csv(tmp_path):
    observations = HEADER + ROBOTS.replace("r,", "robots,")
    series = "series,title,unit,source,kind\nrobot,Service robots,USD billion,s,market\n"
    with pytest.raises(DataError, match=r"^series\.csv, row 2, column 'series': 'robot' is no series of "
                                        r"observations\.csv; did you mean 'robots'\?$"):
        am.read_package(_write(tmp_path / "p", observations, series=series))
    unlike = series.replace("robot,", "drones,")  # nothing close: the observation's series is the one unknown
    with pytest.raises(DataError, match=r"^observations\.csv, row 2, column 'series': unknown series 'robots'"):
        am.read_package(_write(tmp_path / "q", observations, series=unlike))


# --- spreadsheet exports ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sep, label", [(";", "';'"), ("\t", "tabs")])
def test_a_header_separated_by_semicolons_or_tabs_is_named(tmp_path, sep, label):
    european = (HEADER + "r,Total,,2023,120.5,USD billion,actual,s,o:1\n").replace(",", sep).replace(".5", ",5")
    with pytest.raises(DataError, match=rf"^observations\.csv: the header's columns are separated by {label}, not "
                                        r"commas .*save the file with commas between columns and a decimal point"):
        am.read_package(_write(tmp_path / "p", european))


def test_decimal_commas_are_not_read_as_numbers(tmp_path):
    quoted = HEADER + 'r,Total,,2023,"120,5",USD billion,actual,s,o:1\n'
    with pytest.raises(DataError, match=r"observations\.csv, row 2, column 'value': '120,5' is not a number"):
        am.read_package(_write(tmp_path / "p", quoted))


def test_a_capitalised_header_is_answered_with_the_names_meant(tmp_path):
    title_case = HEADER.title().replace("Series", " Series ") + ROBOTS
    with pytest.raises(DataError) as caught:
        am.read_package(_write(tmp_path / "p", title_case))
    message = str(caught.value)
    assert message.startswith("observations.csv: missing column(s) 'series', 'item', 'parent', 'year', 'value', "
                              "'unit', 'status', 'source', 'locator'; the header names [' Series ', 'Item', 'Parent',")
    assert "rename ' Series ' to 'series', 'Item' to 'item', 'Parent' to 'parent', 'Year' to 'year'" in message
    assert "'Locator' to 'locator' (names are lower case" in message


def test_an_optional_column_in_capitals_is_not_left_out(tmp_path):
    with pytest.raises(DataError, match=r"missing column\(s\) 'parent'; .*rename 'Parent' to 'parent'"):
        am.read_package(_write(tmp_path / "p", HEADER.replace("parent", "Parent") + ROBOTS))


def test_a_misspelt_column_is_answered_with_the_name_meant(tmp_path):
    with pytest.raises(DataError, match=r"missing column\(s\) 'locator'; .*rename 'locater' to 'locator'"):
        am.read_package(_write(tmp_path / "p", HEADER.replace("locator", "locater") + ROBOTS))


# --- exchange rates: a pair A/B gives A per one B ----------------------------------------------------------------------
def _bundled_rate(pair: str, year: int) -> float:
    fx = am.fx_rates()
    return float(fx.loc[(fx["pair"] == pair) & (fx["year"] == year), "rate"].item())


def _with_fx(tmp_path, rows: str):
    return am.read_package(_write(tmp_path / "p", fx="pair,year,rate,source,note\n" + rows))


def test_a_rate_written_as_a_market_quote_is_refused_with_both_readings(tmp_path):
    per_dollar = _bundled_rate("CNY/USD", 2023)  # yuan per dollar, as the bundled table holds it
    quoted = f"USD/CNY,2023,{per_dollar},s,market quote\n"  # 1 USD = 7.08 CNY, written as the market writes it
    with pytest.raises(DataError, match=rf"^fx\.csv, row 2, column 'rate': USD/CNY {per_dollar:g} in 2023 reads as "
                                        rf"1 CNY = {per_dollar:g} USD \(USD per CNY; a market quote reads it as "
                                        rf"1 USD = {per_dollar:g} CNY\); the bundled table \(fed_g5a\) has 1 CNY = "
                                        rf"{1 / per_dollar:.4g} USD: the rate is the other way round; write CNY/USD "
                                        rf"{per_dollar:g} \(or USD/CNY {1 / per_dollar:.4g}\)$"):
        _with_fx(tmp_path, quoted)
    dollars_per_yuan = f"CNY/USD,2023,{1 / per_dollar:.4f},s,dollars per yuan\n"
    with pytest.raises(DataError, match=r"fx\.csv, row 2, column 'rate': CNY/USD 0\.1412 in 2023 .*the other way round"):
        _with_fx(tmp_path, dollars_per_yuan)


def test_a_rate_far_from_the_bundled_one_is_questioned(tmp_path):
    with pytest.raises(DataError, match=r"fx\.csv, row 3, column 'rate': CNY/USD 9 in 2023 .* and 9 is 1\.27 times "
                                        r"that: check the rate and its year$"):
        _with_fx(tmp_path, "CNY/USD,2022,6.8,s,another source\nCNY/USD,2023,9,s,a typo\n")


def test_rates_that_agree_or_that_the_bundled_table_lacks_are_read(tmp_path):
    mine = _with_fx(tmp_path, "CNY/USD,2023,7.1,s,another source\nUSD/CNY,2022,0.149,s,inverse\n"
                              "USD/EUR,2023,1.08,s,1 EUR = 1.08 USD\n")
    fx = mine.fx.set_index(["pair", "year"])["rate"]
    assert fx[("CNY/USD", 2023)] == 7.1 and fx[("USD/EUR", 2023)] == 1.08  # the package's own rows win
    euros = am.convert(am.load("r", package=mine), "EUR billion", fx_year=2023, package=mine)["value"].tolist()
    assert euros == pytest.approx([120 / 1.08, 480 / 1.08])  # USD 120 billion at 1.08 dollars a euro
    assert am.fx_rates()["rate"].tolist()[:4] == [6.9042, 6.4508, 6.729, 7.0809]  # the bundled table unchanged


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(year=st.sampled_from([2020, 2021, 2022, 2023]), factor=st.floats(1 / 1.09, 1.09), flip=st.booleans())
def test_a_rate_reads_the_same_either_way_round_and_its_inverse_never(tmp_path_factory, year, factor, flip):
    rate = _bundled_rate("CNY/USD", year) * factor
    row = f"USD/CNY,{year},{1 / rate!r},s,x\n" if flip else f"CNY/USD,{year},{rate!r},s,x\n"
    _with_fx(tmp_path_factory.mktemp("fx"), row)  # within the spread of the bundled rate, written either way: read
    inverse = f"CNY/USD,{year},{1 / rate!r},s,x\n" if flip else f"USD/CNY,{year},{rate!r},s,x\n"
    with pytest.raises(DataError, match="the rate is the other way round"):
        _with_fx(tmp_path_factory.mktemp("fx"), inverse)


# --- a package edited in a notebook ------------------------------------------------------------------------------------
CLAIMS = ("claim,series,item,kind,start_year,end_year,value,unit,precision,source,locator\n"
          "c1,r,Total,cagr,2023,2030,22,percent,1,s,o:3\n")


def _set(column, value):
    def edit(frame):
        frame.loc[0, column] = value
    return edit


def _shift_years(frame):
    frame["year"] = frame["year"] + 0.5  # pandas refuses a fraction in the integer column itself; a new column is not


@pytest.mark.parametrize("edit, where, message", [
    (_set("value", -120), "year 2023), column 'value'", "-120.0 is not a positive finite number"),
    (_set("value", np.nan), "year 2023), column 'value'", "nan is not a positive finite number"),
    (_shift_years, "year 2023.5), column 'year'", "2023.5 is not a whole year"),
])
def test_an_edit_in_a_notebook_is_named_where_the_package_is_used(tmp_path, edit, where, message):
    p = am.read_package(_write(tmp_path / "p", claims=CLAIMS))
    assert am.audit(package=p)["verdict"].tolist() == ["exact"]  # 120 to 480 in 7 years: 21.90%, printed 22%
    edit(p.observations)
    expected = (rf"^observations, row 0 \(series 'r', item 'Total', {re.escape(where)}: {re.escape(message)}; the "
                r"package's frames were changed after read_package checked them$")
    for use in (lambda: am.audit(package=p), lambda: am.load("r", package=p), lambda: am.project("r", package=p)):
        with pytest.raises(DataError, match=expected):
            use()


def test_an_edit_that_keeps_the_package_valid_is_used():
    p = am.read_package(Path(__file__).parent / "fixtures" / "mini_package")
    p.observations.loc[p.observations["year"] == 2030, "value"] *= 2  # every 2030 figure doubled
    assert am.load("robots", package=p).query("year == 2030")["value"].tolist() == [960.0, 400.0, 560.0]
    stated = am.audit(package=p).query("check == 'cagr' and item == 'Total'")
    assert stated["verdict"].tolist() == ["inconsistent"]  # 120 to 960 in 7 years is 34.6% a year, not the 22% stated
