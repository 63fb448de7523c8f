"""Broken and malicious data packages: each gets a clear error, and nothing outside the package is read."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, strategies as st

import aimarket as am
from aimarket.datapackage import package_from_frames
from aimarket.errors import DataError

FIXTURE = Path(__file__).parent / "fixtures" / "mini_package"
SECRET = "TOP-SECRET-CELL"

_opened: list[str] | None = None


def _hook(event, args):
    if _opened is not None and event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
        _opened.append(os.fsdecode(args[0]))


sys.addaudithook(_hook)


@pytest.fixture()
def opened():
    """Every file opened while the test runs (an audit hook, which sees pandas' and json's reads alike)."""
    global _opened
    _opened = []
    yield _opened
    _opened = None


@pytest.fixture()
def secret(tmp_path):
    """A CSV outside the package, shaped like observations, holding a value no error may echo."""
    path = tmp_path / "outside" / "observations.csv"
    path.parent.mkdir()
    path.write_text("series,item,parent,year,value,unit,status,source,locator\n"
                    f"{SECRET},Total,,2023,1,USD million,actual,robots_2024,x.txt:1\n")
    return path


def _package(tmp_path, observations_path=None, descriptor=None):
    target = tmp_path / "pkg"
    shutil.copytree(FIXTURE, target)
    if descriptor is None:
        descriptor = json.loads((target / "datapackage.json").read_text())
        for r in descriptor["resources"]:
            if r["name"] == "observations" and observations_path is not None:
                r["path"] = observations_path
    (target / "datapackage.json").write_text(descriptor if isinstance(descriptor, str) else json.dumps(descriptor))
    return target


def _outside_reads(opened, root: Path) -> list[str]:
    root = str(root.resolve())
    data = str(am.datapackage.bundled_path().resolve())
    return [p for p in opened if p.endswith((".csv", ".json")) and not os.path.realpath(p).startswith((root, data))]


@pytest.mark.parametrize("rel, message", [
    ("../outside/observations.csv", "must be a relative path inside the package"),
    ("sub/../../outside/observations.csv", "must be a relative path inside the package"),
    ("file:///etc/passwd", "must be a relative path inside the package"),
    ("https://example.org/observations.csv", "must be a relative path inside the package"),
    ("~/observations.csv", "must be a relative path inside the package"),
    ("C:\\data\\observations.csv", "must be a relative path inside the package"),
    ("", "needs a 'path'"),
    ("missing.csv", "missing file 'missing.csv'"),
])
def test_resource_paths_stay_inside_the_package(tmp_path, secret, opened, rel, message):
    pkg = _package(tmp_path, rel)
    opened.clear()
    with pytest.raises(DataError, match=message) as err:
        am.read_package(pkg)
    assert SECRET not in str(err.value)
    assert _outside_reads(opened, pkg) == []


def test_an_absolute_path_is_refused(tmp_path, secret, opened):
    pkg = _package(tmp_path, str(secret))
    opened.clear()
    with pytest.raises(DataError, match="relative path inside the package"):
        am.read_package(pkg)
    assert str(secret) not in opened


def test_a_link_out_of_the_package_is_refused(tmp_path, secret, opened):
    pkg = _package(tmp_path, "linked.csv")
    (pkg / "linked.csv").symlink_to(secret)
    opened.clear()
    with pytest.raises(DataError, match="leads outside the package folder") as err:
        am.read_package(pkg)
    assert SECRET not in str(err.value)
    assert _outside_reads(opened, pkg) == []


def test_a_link_inside_the_package_is_followed(tmp_path):
    pkg = _package(tmp_path, "linked.csv")
    (pkg / "linked.csv").symlink_to(pkg / "observations.csv")
    assert len(am.read_package(pkg).observations) == 6


def test_a_descriptor_that_links_out_is_refused(tmp_path, secret):
    pkg = _package(tmp_path)
    real = tmp_path / "outside" / "datapackage.json"
    shutil.move(pkg / "datapackage.json", real)
    (pkg / "datapackage.json").symlink_to(real)
    with pytest.raises(DataError, match="outside the package folder"):
        am.read_package(pkg)


@pytest.mark.parametrize("descriptor, message", [
    ("[]", "must hold a JSON object, got list"),
    ('"observations"', "must hold a JSON object, got str"),
    ("5", "must hold a JSON object, got int"),
    ("{", "not valid UTF-8 JSON"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply|must hold a JSON object"),
    ('{"resources": 5}', "'resources' must be a list of objects"),
    ('{"resources": ["observations"]}', "'resources' must be a list of objects"),
    ('{"resources": [{"name": "observations", "path": 5}]}', "needs a 'path'"),
    ('{"resources": [{"name": "observations"}]}', "needs a 'path'"),
])
def test_broken_descriptors(tmp_path, descriptor, message):
    with pytest.raises(DataError, match=message):
        am.read_package(_package(tmp_path, descriptor=descriptor))


def test_binary_and_non_utf8_files(tmp_path):
    pkg = _package(tmp_path)
    (pkg / "observations.csv").write_bytes(b"\xff\xfe\x00\x01" * 50)
    with pytest.raises(DataError, match="observations.csv"):
        am.read_package(pkg)
    (pkg / "datapackage.json").write_bytes(b"\xff\xfe{}")
    with pytest.raises(DataError, match="datapackage.json"):
        am.read_package(pkg)


def test_a_series_uses_one_unit(tmp_path):
    pkg = _package(tmp_path)
    text = (pkg / "observations.csv").read_text().splitlines()
    text[2] = text[2].replace("USD million", "CNY 100 million")
    (pkg / "observations.csv").write_text("\n".join(text) + "\n")
    with pytest.raises(DataError, match=r"observations.csv, row 3, column 'unit': series 'robots' mixes units"):
        am.read_package(pkg)


def test_cycles_and_deep_hierarchies(tmp_path):
    pkg = _package(tmp_path)
    rows = ["series,item,parent,year,value,unit,status,source,locator"]
    rows += [f"deep,L{k},{'' if k == 0 else f'L{k - 1}'},{y},{1 + (y - 2023)},USD million,actual,robots_2024,d.txt:{k + 1}"
             for k in range(3000) for y in (2023, 2024)]
    (pkg / "observations.csv").write_text("\n".join(rows) + "\n")
    (pkg / "claims.csv").write_text((pkg / "claims.csv").read_text().splitlines()[0] + "\n")
    deep = am.read_package(pkg)
    assert len(am.load("deep", package=deep)) == 6000
    rows[1] = rows[1].replace(",L0,,", ",L0,L2999,")
    rows[2] = rows[2].replace(",L0,,", ",L0,L2999,")
    (pkg / "observations.csv").write_text("\n".join(rows) + "\n")
    with pytest.raises(DataError, match="cycle"):
        am.read_package(pkg)


def test_reconcile_refuses_cycles_in_a_frame():
    frame = pd.DataFrame({"item": ["A", "B", "T"], "parent": ["B", "A", None], "year": [2023] * 3,
                          "value": [1.0, 1.0, 2.0]})
    with pytest.raises(ValueError, match="cycle"):
        am.reconcile(frame)
    frame["parent"] = ["T", "Q", None]
    with pytest.raises(ValueError, match="parent 'Q' of 'B' is not an item"):
        am.reconcile(frame)


def test_user_tables_extend_the_bundled_ones_as_copies(tmp_path):
    pkg = _package(tmp_path)
    (pkg / "units.csv").write_text("unit,quantity,currency,scale,description\n"
                                   "USD million,money,USD,1000000,mine\nrobot units,count,,1,robots\n")
    desc = json.loads((pkg / "datapackage.json").read_text())
    desc["resources"].append({"name": "units", "path": "units.csv"})
    (pkg / "datapackage.json").write_text(json.dumps(desc))
    before = am.units()
    user = am.read_package(pkg)
    u = user.units.set_index("unit")
    assert u.loc["USD million", "description"] == "mine"            # the user's row wins
    assert "robot units" in u.index and "CNY 100 million" in u.index  # and the bundled rows stay
    user.units.loc[:, "scale"] = 1.0                                  # vandalise the user's copy
    user.fx.loc[:, "rate"] = 1.0
    user.sources.loc[:, "publisher"] = "x"
    assert am.units().equals(before)
    assert am.fx_rates()["rate"].gt(6).all()
    assert "x" not in set(am.sources()["publisher"])


# --- packages built in memory ------------------------------------------------------------------------------------
def _edited(tmp_path, edit) -> Path:
    """A copy of the fixture package with ``edit`` applied to the text of its observations."""
    folder = tmp_path / "p"
    shutil.copytree(FIXTURE, folder)
    (folder / "observations.csv").write_text(edit((folder / "observations.csv").read_text()))
    return folder


def _frames_of(folder: Path) -> dict:
    return {p.stem: pd.read_csv(p, dtype=str, keep_default_na=False) for p in folder.glob("*.csv")}


@pytest.mark.parametrize("edit, message", [
    (lambda t: t.replace("480,USD", "abc,USD"), r"observations\.csv, row 3, column 'value': 'abc' is not a number"),
    (lambda t: t.replace("Total,,2030", "Total,,2030.5"), r"observations\.csv, row 3, column 'year'.*not an integer"),
    (lambda t: t.replace("480,USD million,estimate", "480,USD million,forecast"),
     r"observations\.csv, row 3, column 'status'.*must be one of"),
    (lambda t: t.replace("Industrial,Total,2023", "Industrial,To\x01tal,2023"), r"row 4, column 'parent'.*control"),
])
def test_frames_built_in_memory_are_checked_as_their_files_are(tmp_path, edit, message):
    folder = _edited(tmp_path, edit)
    with pytest.raises(DataError, match=message):
        am.read_package(folder)
    with pytest.raises(DataError, match=message):
        package_from_frames(_frames_of(folder), {}, folder)


def test_frames_built_in_memory_read_as_their_files_do():
    from_files = am.read_package(FIXTURE)
    files = [p.stem for p in FIXTURE.glob("*.csv")]
    from_frames = package_from_frames({name: getattr(from_files, name) for name in files}, {}, FIXTURE)
    for name in ("observations", "claims", "series", "sources", "units", "fx"):
        pd.testing.assert_frame_equal(getattr(from_frames, name), getattr(from_files, name))


@given(st.lists(st.floats(min_value=1e-300, max_value=1e300, allow_nan=False), min_size=1, max_size=20))
def test_any_positive_value_survives_a_package_built_in_memory_exactly(values):
    obs = pd.DataFrame({"series": "s", "item": [f"i{k}" for k in range(len(values))], "parent": None, "year": 2024,
                        "value": values, "unit": "USD million", "status": "actual", "source": "x", "locator": "x:1",
                        "precision": None})
    pkg = package_from_frames({"observations": obs, "sources": pd.DataFrame({"source": ["x"], "publisher": ["p"],
                                                                             "title": ["t"]})}, {}, Path("mem"))
    assert pkg.observations["value"].tolist() == values


def test_one_long_cell_among_many_rows_costs_its_own_length(tmp_path):
    """Memory in proportion to the file: a 200,000-character note among 20,000 rows is no 20,000 x 200,000 array."""
    import tracemalloc

    folder = tmp_path / "p"
    shutil.copytree(FIXTURE, folder)
    header = (FIXTURE / "observations.csv").read_text().splitlines()[0]
    rows = [f"s,item{k},,2024,1,USD million,actual,{'x' * (200_000 if k == 7 else 3)},x:{k}" for k in range(20_000)]
    (folder / "observations.csv").write_text("\n".join([header] + rows) + "\n")
    desc = json.loads((folder / "datapackage.json").read_text())
    desc["resources"] = [r for r in desc["resources"] if r["name"] != "claims"]
    (folder / "datapackage.json").write_text(json.dumps(desc))
    (folder / "sources.csv").write_text("source,publisher,title\n" + "\n".join(
        ["x" * n + ",p,t" for n in (3, 200_000)]) + "\n")
    size = sum(p.stat().st_size for p in folder.glob("*.csv"))
    tracemalloc.start()
    try:
        pkg = am.read_package(folder)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(pkg.observations) == 20_000
    assert peak < 100 * size, f"{peak:,} bytes at the peak for {size:,} bytes of files"


@pytest.mark.parametrize("edit, message", [
    (lambda t: t.replace("2030,480", '2030,"4\n80"'), r"row 3, column 'value': '4\\n80' is not a number"),
    (lambda t: t.replace("Total,,2030", "Total,,99999999999999999999"), r"row 3, column 'year'.*not an integer"),
])
def test_odd_numbers_name_their_cell(tmp_path, edit, message):
    """A number cell with a line break inside its quotes, a year too large to hold: the file, row and column."""
    with pytest.raises(DataError, match=message):
        am.read_package(_edited(tmp_path, edit))


def test_frames_without_observations_are_refused():
    with pytest.raises(DataError, match="no 'observations' resource"):
        package_from_frames({"sources": am.read_package(FIXTURE).sources}, {}, Path("mem"))


def test_a_package_refuses_a_value_given_twice_naming_it():
    """Observations holding one series, item and year twice broke load(wide=True), audit and project deep inside
    pandas and scipy (with a RuntimeWarning); the package refuses them where it is made."""
    from dataclasses import replace

    pkg = am.read_package(am.datapackage.bundled_path())
    first = pkg.observations.iloc[0]
    with pytest.raises(ValueError, match=rf"observations: {first['series']!r} {first['item']!r} {first['year']} is "
                                         "given twice"):
        replace(pkg, observations=pd.concat([pkg.observations, pkg.observations.iloc[:1]]))


@pytest.mark.parametrize("edit, message", [
    (lambda d: d["resources"][0].update(name=["observations"]), "resource 0 must have a 'name' that is a string"),
    (lambda d: d["resources"][0].update(path=d["resources"][0]["path"] + "\0"), "resource .observations. path .* must be a relative path inside"),
])
def test_a_descriptor_with_a_malformed_resource_is_refused_naming_it(tmp_path, edit, message):
    """A list as a resource's name gave "unhashable type: 'list'" (the command line printed just that) and a NUL
    byte in its path "embedded null byte": each names the descriptor and the resource now."""
    folder = tmp_path / "pkg"
    shutil.copytree(am.datapackage.bundled_path(), folder)
    descriptor = json.loads((folder / "datapackage.json").read_text())
    edit(descriptor)
    (folder / "datapackage.json").write_text(json.dumps(descriptor))
    with pytest.raises(am.DataError, match="datapackage.json: " + message):
        am.read_package(folder)
    (folder / "datapackage.json").write_text('{"x": ' + "1" * 5000 + "}")
    with pytest.raises(am.DataError, match="datapackage.json: not a data package descriptor"):
        am.read_package(folder)
    with pytest.raises(am.DataError, match="path: .* cannot be read"):
        am.read_package(tmp_path / ("a" * 5000))


@pytest.mark.parametrize("edit, message", [
    ({"end_year": "99999"}, "column 'end_year': 99999.* must be at most 2100"),
    ({"start_year": "2031", "end_year": "2030"}, "column 'start_year': 2031 comes after the end_year 2030"),
    ({"source": "nowhere"}, "column 'source': unknown source 'nowhere'")])
def test_a_claim_out_of_the_years_backwards_or_of_no_known_source_is_refused_naming_its_cell(tmp_path, edit, message):
    """A claim's end year 99999 was read, and its audit then failed as a whole; a span running backwards and a
    source the package does not list were read silently (the schema declares both)."""
    folder = tmp_path / "pkg"
    shutil.copytree(am.datapackage.bundled_path(), folder)
    claims = pd.read_csv(folder / "claims.csv", dtype=str, keep_default_na=False)
    row = claims.index[(claims["start_year"] != "") & (claims["end_year"] != "")][0]
    for column, value in edit.items():
        claims.loc[row, column] = value
    claims.to_csv(folder / "claims.csv", index=False)
    with pytest.raises(am.DataError, match=f"claims.csv, row {row + 2}, " + message):
        am.read_package(folder)


@pytest.mark.parametrize("item", ["  spaced  ", "\tTabbed"])
def test_write_package_refuses_text_read_package_would_strip(tmp_path, item):
    """read_package strips every cell, so an item '  spaced  ' came back as 'spaced' (and two items differing only
    in blanks as one duplicated key): write_package refuses it before writing anything."""
    from dataclasses import replace

    pkg = am.extract_text("The AI market was $10 billion in 2022 and $15 billion in 2023.", name="x")
    obs = pkg.observations.copy()
    obs.loc[0, "item"] = item
    with pytest.raises(ValueError, match=r"observations row 0, column 'item': .* begins or ends with blanks"):
        am.write_package(replace(pkg, observations=obs), tmp_path / "out")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("within", ["china_ai", "global_ai"])
def test_markets_within_each_other_or_within_themselves_are_refused(tmp_path, within):
    """'global_ai' within 'china_ai' while 'china_ai' is within 'global_ai' (or 'global_ai' within itself) was read
    silently: a loop of markets is refused naming the file, row and the loop."""
    folder = tmp_path / "pkg"
    shutil.copytree(am.datapackage.bundled_path(), folder)
    markets = pd.read_csv(folder / "markets.csv", dtype=str, keep_default_na=False)
    row = markets.index[markets["market"] == "global_ai"][0]
    markets.loc[row, "within"] = within
    markets.to_csv(folder / "markets.csv", index=False)
    with pytest.raises(am.DataError, match=rf"markets.csv, row {row + 2}, column 'within': 'global_ai' within .*"
                                           "cannot lie within itself"):
        am.read_package(folder)


def test_a_descriptor_naming_a_resource_twice_is_refused(tmp_path):
    """Two resources named 'observations' were read with the last one winning."""
    folder = tmp_path / "pkg"
    shutil.copytree(am.datapackage.bundled_path(), folder)
    descriptor = json.loads((folder / "datapackage.json").read_text())
    descriptor["resources"].append(dict(descriptor["resources"][0]))
    (folder / "datapackage.json").write_text(json.dumps(descriptor))
    with pytest.raises(am.DataError, match=r"resource \d+ is named .*, as an earlier one is"):
        am.read_package(folder)


def _append(folder, file, row):
    """Append one row, given as column: value, to a package's CSV file."""
    frame = pd.read_csv(folder / file, dtype=str, keep_default_na=False)
    frame = pd.concat([frame, pd.DataFrame([row])], ignore_index=True).fillna("")
    frame.to_csv(folder / file, index=False)
    return len(frame) + 1  # the new row's line in the file


@pytest.mark.parametrize("file, row, message", [
    ("series.csv", dict(series="spare", title="Spare", unit="parsecs", source="statista", kind="market"),
     "column 'unit': unknown unit 'parsecs'"),
    ("series.csv", dict(series="spare", title="Spare", unit="USD billion", source="nowhere", kind="market"),
     "column 'source': unknown source 'nowhere'"),
    ("fx.csv", dict(pair="EUR/USD", year="2031", rate="0.9", source="nowhere"), "column 'source': unknown source"),
    ("fx.csv", dict(pair="USD/USD", year="2031", rate="1", source="statista"),
     "column 'pair': 'USD/USD' converts a currency into itself"),
    ("sources.csv", dict(source="memo", publisher="P", title="T", via="nowhere"), "column 'via': unknown source"),
    ("sources.csv", dict(source="memo", publisher="P", title="T", via="memo"),
     "column 'via': 'memo' via 'memo': a report cannot cite itself"),
    ("constraints.csv", dict(constraint="self", part="china_ai", whole="china_ai", label="L", rationale="R",
                             source="statista"), "column 'whole': 'china_ai' is also the part"),
])
def test_references_the_schema_declares_are_checked_in_every_resource(tmp_path, file, row, message):
    """A series without observations took any unit and source, an exchange rate any source (or USD/USD), a source
    any citing report (itself too), and a constraint a series as its own whole: each is refused naming its cell."""
    folder = tmp_path / "pkg"
    shutil.copytree(am.datapackage.bundled_path(), folder)
    line = _append(folder, file, row)
    with pytest.raises(am.DataError, match=f"{file}, row {line}, " + message):
        am.read_package(folder)


def test_sources_citing_each_other_in_a_loop_are_refused(tmp_path):
    folder = tmp_path / "pkg"
    shutil.copytree(am.datapackage.bundled_path(), folder)
    _append(folder, "sources.csv", dict(source="memo_a", publisher="P", title="T", via="memo_b"))
    line = _append(folder, "sources.csv", dict(source="memo_b", publisher="P", title="T", via="memo_a"))
    with pytest.raises(am.DataError, match=f"sources.csv, row {line - 1}, column 'via': 'memo_a' via 'memo_b' via "
                                           "'memo_a'"):
        am.read_package(folder)


def test_write_package_never_replaces_a_users_files_unasked(tmp_path):
    """A folder holding the user's own observations.csv (and no datapackage.json) had it replaced without a word: any
    file of the names a package writes is refused before anything is written, unless overwrite=True."""
    pkg = am.extract_text("The AI market was $40 billion in 2022.", name="note")
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "observations.csv").write_text("my,own,data\n1,2,3\n")
    with pytest.raises(FileExistsError, match="observations.csv' exists; pass overwrite=True"):
        am.write_package(pkg, folder)
    assert (folder / "observations.csv").read_text() == "my,own,data\n1,2,3\n"
    assert sorted(p.name for p in folder.iterdir()) == ["observations.csv"]
    am.write_package(pkg, folder, overwrite=True)
    assert am.read_package(folder).observations["value"].tolist() == [40.0]


@pytest.mark.parametrize("text", ["'=x", "''+1", "'-", "'@SUM(1)", "=x", "'plain", "''"])
def test_text_beginning_with_apostrophes_reads_back_as_written(tmp_path, text):
    """"'=x" was written as is and read back as "=x" (one apostrophe taken for the spreadsheet's escape)."""
    from dataclasses import replace

    pkg = am.extract_text("The AI market was $40 billion in 2022.", name="note")
    obs = pkg.observations.copy()
    obs.loc[0, "item"] = text
    back = am.read_package(am.write_package(replace(pkg, observations=obs), tmp_path / "out"))
    assert back.observations["item"].tolist() == [text]


@pytest.mark.parametrize("value, message", [(np.int64(5), "not JSON serializable"), (float("nan"), "Out of range")])
def test_a_descriptor_json_cannot_hold_is_refused_before_anything_is_written(tmp_path, value, message):
    """An int64 in the descriptor raised json's bare TypeError after the CSV files were written (a folder with no
    datapackage.json); a NaN was written as NaN, which is no JSON."""
    from dataclasses import replace

    pkg = am.extract_text("The AI market was $40 billion in 2022.", name="note")
    with pytest.raises(ValueError, match=f"descriptor\\['extra'\\] cannot be written as JSON .*{message}"):
        am.write_package(replace(pkg, descriptor={**pkg.descriptor, "extra": value}), tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_a_packages_descriptor_cannot_be_changed_through_it():
    """pkg.descriptor["name"] = ... changed the package, which write_package then wrote."""
    pkg = am.extract_text("The AI market was $40 billion in 2022.", name="note")
    pkg.descriptor["name"] = "changed"
    pkg.descriptor["notes"].append("added")
    assert pkg.descriptor["name"] != "changed" and "added" not in pkg.descriptor["notes"]
