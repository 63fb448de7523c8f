"""The forms an analyst's own package arrives in (spreadsheet exports, Notepad files, a notebook's edits): each is
read, or refused with a message naming the file, row and column and saying what to do."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

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
