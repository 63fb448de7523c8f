"""The command line: every verb, its help, and one-line errors with exit status 2."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aimarket.cli import main


def run(*args):
    """The installed console script, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "aimarket", *args], capture_output=True, text=True)


def test_list_show_table_audit(capsys, monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)  # a pipe, as capsys is: every row on one line
    assert main(["list"]) == 0
    assert "bloomberg_genai" in capsys.readouterr().out
    assert main(["show", "china_ai"]) == 0
    out = capsys.readouterr().out
    assert "2,058" in out and "CNY 100 million" in out
    assert main(["show", "openai"]) == 0
    assert "openai_arr_multiple" in capsys.readouterr().out
    assert main(["table", "bloomberg_genai"]) == 0
    assert "| Hardware | $37,973 | $223,615 | $641,737 | 33% |" in capsys.readouterr().out
    assert main(["table", "bloomberg_genai", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "Hardware,\"$37,973\",\"$223,615\",\"$641,737\",33%"
    assert main(["table", "global_ai", "--format", "latex"]) == 0
    assert "\\begin{tabular" in capsys.readouterr().out
    assert main(["audit", "--only-problems"]) == 0
    out = capsys.readouterr().out
    rows = out.strip().splitlines()[1:]
    assert len(rows) == 5 and all(" inconsistent " in row for row in rows)
    assert any("bbg_text_ai_server" in row for row in rows)


def test_fit_and_project(capsys, tmp_path):
    assert main(["fit", "bloomberg_genai", "Total", "--family", "logistic"]) == 0
    out = capsys.readouterr().out
    assert "logistic fit to 3 points (exact, log loss)" in out and "inflection year: 2029.2" in out
    png = tmp_path / "p.png"
    assert main(["project", "china_ai", "--until", "2030", "--plot", str(png)]) == 0
    out = capsys.readouterr().out
    assert "bear" in out and "bull" in out and png.stat().st_size > 1000
    toml = tmp_path / "s.toml"
    toml.write_text("[scenario.slow]\nterminal_rate = 0.02\n")
    assert main(["project", "china_ai", "--scenario-file", str(toml)]) == 0
    assert "slow" in capsys.readouterr().out


@pytest.mark.parametrize("args, message", [
    (["show", "bloomberg"], "unknown series_id 'bloomberg'; did you mean 'bloomberg_genai'"),
    (["table", "nope"], "unknown series_id 'nope'"),
    (["frobnicate"], "invalid choice: 'frobnicate'"),
    (["list", "--colour"], "unrecognized arguments: --colour"),
    (["project", "china_ai", "--until", "2020"], "until (2020) is before the data's last year (2027)"),
    (["project", "china_ai", "--until", "soon"], "'soon' is not a whole year"),
    (["project", "china_ai", "--scenario", "meh"], "unknown scenario 'meh'"),
    (["fit", "bloomberg_genai", "AI Server", "--family", "logistic"], "no logistic curve passes through"),
    (["fit", "bloomberg_genai", "Totl"], "unknown item 'Totl'"),
    (["report", "--out", "/proc/aimarket-cannot-write"], "out: cannot write"),
])
def test_errors_are_one_line_with_status_2(args, message, capsys):
    assert main(args) == 2
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], err
    assert "Traceback" not in err


@pytest.mark.slow
def test_the_console_script_runs_and_fails_in_one_line():
    """One real process: the module entry point, its exit status and its one-line error."""
    r = run("show", "bloomberg")
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "did you mean 'bloomberg_genai'" in r.stderr
    r = run("list", "--format", "csv")
    assert r.returncode == 0 and "bloomberg_genai" in r.stdout


@pytest.mark.parametrize("verb", ["list", "show", "table", "audit", "fit", "project", "report", "extract", "check",
                                  "consensus"])
def test_help_on_every_verb(verb, capsys):
    with pytest.raises(SystemExit) as done:
        main([verb, "--help"])
    assert done.value.code == 0 and "usage: aimarket " + verb in capsys.readouterr().out


@pytest.mark.slow
def test_report_command(cloud_report):
    from aimarket.report.sections import SECTIONS

    out, status, printed = cloud_report
    assert status == 0
    assert f"[2/{len(SECTIONS)}] tables ..." in printed and f"report written to {(out / 'index.html').resolve()}" in printed
    assert (out / "notes.txt").read_text() == "mine"  # only the report's own files are replaced
    assert len(list((out / "figures").glob("*.png"))) >= 6 and (out / "tables" / "audit.csv").is_file()


@pytest.mark.parametrize("verb", [["list"], ["show", "bloomberg_genai"], ["audit"], ["project", "china_ai"]])
def test_output_formats(verb, monkeypatch, capsys):
    import json

    monkeypatch.setenv("COLUMNS", "100")
    assert main([*verb]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert all(len(line) <= 100 for line in lines), max(lines, key=len)
    assert not any("e+" in line for line in lines)
    assert main([*verb, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert isinstance(rows, list) and rows
    assert main([*verb, "--format", "csv"]) == 0
    assert "," in capsys.readouterr().out.splitlines()[0]
    assert main([*verb, "--format", "markdown"]) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith("|")


def test_units_in_the_headers(monkeypatch, capsys):
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["show", "bloomberg_genai"]) == 0
    assert "2032E (USD million)" in capsys.readouterr().out
    assert main(["project", "bloomberg_genai", "--item", "Total"]) == 0
    out = capsys.readouterr().out
    assert "item (USD billion)" in out and "1,304" in out      # 1,303,551 USD million in the 2032 column


@pytest.mark.parametrize("columns", [60, 100, 200])
def test_terminal_tables_wrap_long_text_and_never_cut_it(columns, monkeypatch, capsys):
    """Every word of every note and title reaches the terminal, within its width, and nothing is elided."""
    import aimarket as am

    monkeypatch.setenv("COLUMNS", str(columns))
    assert main(["audit", "--only-problems"]) == 0
    out = capsys.readouterr().out
    a = am.audit()
    notes = a.loc[a["verdict"] == "inconsistent", "note"]
    words = out.split()
    assert all(len(line) <= columns for line in out.splitlines()), max(out.splitlines(), key=len)
    assert "…" not in out
    for note in notes:
        assert all(w in words for w in note.split()), note
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    for title in am.list_series()["title"]:
        assert " ".join(title.split()) in " ".join(out.split()) or all(w in out.split() for w in title.split()), title


def _warehouse(tmp_path):
    """A package of one accelerating series: 10, 13, 20 (growth of 30%, then 54%), which no logistic curve
    passes through (a logistic's growth only slows)."""
    import json

    folder = tmp_path / "warehouse"
    folder.mkdir()
    (folder / "observations.csv").write_text(
        "series,item,parent,year,value,unit,status,source,locator\n"
        + "".join(f"warehouse,Total,,{y},{v},USD million,actual,wh,doc.txt:{k + 1}\n"
                  for k, (y, v) in enumerate([(2020, 10), (2021, 13), (2022, 20)])))
    (folder / "sources.csv").write_text("source,publisher,title\nwh,Example,Warehouse robots\n")
    (folder / "datapackage.json").write_text(json.dumps({"name": "warehouse", "resources": [
        {"name": "observations", "path": "observations.csv"}, {"name": "sources", "path": "sources.csv"}]}))
    return str(folder)


def test_fit_without_a_family_takes_the_best_the_points_identify(tmp_path, capsys):
    import aimarket as am

    pkg = _warehouse(tmp_path)
    assert main(["fit", "warehouse", "Total", "--package", pkg]) == 0
    out = capsys.readouterr().out
    ranked = am.compare([2020, 2021, 2022], [10, 13, 20])
    best = ranked["family"].iloc[0]
    assert out.startswith(f"{best} fit to 3 points") and f"family {best}: the best of {len(ranked)}" in out
    # the user's family still wins
    assert main(["fit", "warehouse", "Total", "--package", pkg, "--family", "exponential"]) == 0
    assert capsys.readouterr().out.startswith("exponential fit to 3 points")


def test_fit_advice_names_command_line_options(tmp_path, capsys):
    pkg = _warehouse(tmp_path)
    assert main(["fit", "warehouse", "Total", "--package", pkg, "--family", "logistic"]) == 2
    err = capsys.readouterr().err
    assert "--cap VALUE" in err and "--family exponential" in err and "cap=" not in err
    assert main(["fit", "china_ai", "--family", "logistic"]) == 2
    err = capsys.readouterr().err
    assert "--cap VALUE" in err and "--fixed k=VALUE" in err and "fixed={" not in err
    # and the options it names work: k held at 0.3 leaves two parameters for two points
    assert main(["fit", "china_ai", "--family", "logistic", "--fixed", "k=0.3"]) == 0
    assert "k = 0.3  (fixed)" in capsys.readouterr().out
    assert main(["fit", "china_ai", "--fixed", "k"]) == 2
    assert "'k' is not NAME=VALUE" in capsys.readouterr().err


@given(st.text(alphabet=st.sampled_from(list("abc xyz-,.") + ["市", "場"]), max_size=200), st.integers(1, 40))
def test_a_wrapped_cell_keeps_every_word_and_fits_its_column(text, width):
    """Wrapping loses nothing: the lines hold the cell's words in order (a word longer than the column is split
    across lines, never cut), and each line fits the column unless a wide character cannot be split further."""
    from aimarket.cli import _cell_lines, _shown

    lines = _cell_lines(text, width)
    assert "".join("".join(lines).split()) == "".join(text.split())
    assert all(_shown(line) <= max(width, 2) or len(line) == 1 for line in lines) or _shown(text) <= width


# --- reading a user's files ---------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_a_unicode_text_file_with_a_byte_order_mark_is_read(encoding, tmp_path, capsys):
    """Windows saves "Unicode" text as UTF-16 with a byte-order mark; it holds NUL bytes but is text."""
    import codecs

    bom = {"utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    path = tmp_path / "u.txt"
    path.write_bytes(bom + "The global AI market was USD 100 billion in 2023.\n".encode(encoding))
    assert main(["extract", str(path), "--format", "csv"]) == 0, capsys.readouterr().err
    assert capsys.readouterr().out.splitlines()[1:] == [f"{path},global_ai_market,global AI market,USD billion,1,0"]


def test_a_damaged_utf16_file_and_a_binary_one_are_one_line_errors(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\xd8A\x00")          # a lone surrogate after the mark
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x01\x00\x02\x00binary")
    noise = tmp_path / "noise.txt"
    noise.write_bytes(b"\xff\xfe\xfa" * 10)             # the mark, then code points no text holds
    for path in (bad, noise):
        assert main(["extract", str(path)]) == 2
        err = capsys.readouterr().err
        assert "starts with a UTF-16 byte-order mark but cannot be decoded as UTF-16 text" in err, err
    assert main(["extract", str(binary)]) == 2
    assert "looks like a binary file" in capsys.readouterr().err


def test_a_corrupt_pdf_is_one_line_and_nothing_of_the_pdf_reader_s(tmp_path, capsys, caplog):
    """pypdf logs its repairs ('invalid pdf header', 'EOF marker not found'); on a file aimarket refuses, the
    user sees aimarket's one line only."""
    import logging
    import random

    pytest.importorskip("pypdf", reason="reading PDFs needs the pdf extra (pypdf)")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(bytes(random.Random(7).randrange(256) for _ in range(2000)))
    with caplog.at_level(logging.DEBUG):
        assert main(["extract", str(scan)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"aimarket: error: path {str(scan)!r}: cannot be read as a PDF")
    assert [r.getMessage() for r in caplog.records if r.name.startswith("pypdf")] == []
    assert logging.getLogger("pypdf").level == logging.NOTSET      # the reader's logger is as it was


@pytest.mark.parametrize("args, option, name", [
    (["project", "china_ai", "--plot", "china.txt"], "--plot", "china.txt"),
    (["fit", "china_ai", "--plot", "fit"], "--plot", "fit"),
    (["consensus", "tests/fixtures/stack", "--market", "global_ai", "--out", "fig.jpg2"], "--out", "fig.jpg2"),
])
def test_a_figure_file_of_no_image_format_is_refused_before_the_work(args, option, name, capsys, tmp_path,
                                                                     monkeypatch):
    """The option, the file and the extensions that work, in one line, and nothing computed or printed first."""
    import os

    args = [os.path.abspath(a) if a.startswith("tests/") else a for a in args]
    monkeypatch.chdir(tmp_path)
    assert main(args) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert f"argument {option}: {name!r} is not an image file name" in err and "use .png, .svg, .pdf" in err
    assert list(tmp_path.iterdir()) == []


# --- advice in the command line's words ---------------------------------------------------------------

def test_extract_onto_an_existing_draft_says_add_overwrite(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rel.txt").write_text("The global AI market was USD 100 billion in 2023.\n")
    assert main(["extract", "rel.txt", "--out", "draft"]) == 0
    capsys.readouterr()
    assert main(["extract", "rel.txt", "--out", "draft"]) == 2
    err = capsys.readouterr().err
    assert "'draft/datapackage.json' exists; add --overwrite to replace it" in err and "=" not in err
    assert main(["extract", "rel.txt", "--out", "draft", "--overwrite"]) == 0      # and the option it names works


def test_a_missing_exchange_rate_on_the_command_line_names_fx_csv(tmp_path, capsys):
    """The audit of a constraint between a USD and a EUR series with no rate between them: the advice is the
    row to add to the package, not a Python argument."""
    folder = tmp_path / "eurusd"
    folder.mkdir()
    (folder / "datapackage.json").write_text('{"name": "p", "resources": [{"name": "observations", "path": '
                                             '"observations.csv"}, {"name": "sources", "path": "sources.csv"}, '
                                             '{"name": "constraints", "path": "constraints.csv"}]}')
    (folder / "sources.csv").write_text("source,publisher,title\ns,Example Research,Outlook\n")
    (folder / "observations.csv").write_text(
        "series,item,parent,year,value,unit,status,source,locator\n"
        "eu,Total,,2023,150,EUR billion,actual,s,r.pdf:1:1\neu,Total,,2024,160,EUR billion,actual,s,r.pdf:1:2\n"
        "us,Total,,2023,120,USD billion,actual,s,r.pdf:2:1\nus,Total,,2024,130,USD billion,actual,s,r.pdf:2:2\n")
    (folder / "constraints.csv").write_text("constraint,part,whole,label,rationale,source\n"
                                            "us_in_eu,us,eu,US within EU,a part within its whole,s\n")
    status = main(["audit", "--package", str(folder), "--format", "csv"])
    out, err = capsys.readouterr()
    if status == 0:     # an audit that says the constraint cannot be checked, rather than stopping, is as good
        assert "US within EU" in out or "us_in_eu" in out
        assert "unverifiable" in out
        return
    assert "add a row of that pair to the package's fx.csv: pair, year, rate, source" in err, err
    assert "fx_year" not in err


@pytest.mark.parametrize("verb, message, expected", [
    (["extract", "a.txt"], "path: 'd/datapackage.json' exists; pass overwrite=True to replace it",
     "path: 'd/datapackage.json' exists; add --overwrite to replace it"),
    (["consensus", "a.txt"], "no EUR/USD rate; add one to its fx resource, or pass unit= in EUR",
     "no EUR/USD rate; add one to its fx resource, or add --unit VALUE in EUR"),
    (["consensus", "a.txt"], "give the unit: pass unit='USD billion'.", "give the unit: add --unit 'USD billion'."),
    (["audit"], "fx: no USD/EUR rate for year 2023 (pass fx_year='nearest' or a year to use another year's rate)",
     "fx: no USD/EUR rate for year 2023 (add a row of that pair to the package's fx.csv: pair, year, rate, source)"),
    (["project", "x"], "about 3 GB (use reconciliation='bottom_up', or fewer items)",
     "about 3 GB (use reconciliation='bottom_up' (in Python; the command line has no --reconciliation), or fewer "
     "items)"),
    (["fit", "x"], "give cap=... or fixed={'k': ..., 't_mid': ...}, or use the exponential family",
     "give --cap VALUE or --fixed k=VALUE --fixed t_mid=VALUE, or --family exponential"),
    (["list"], "no advice here", "no advice here"),
])
def test_python_arguments_in_advice_become_the_verb_s_options(verb, message, expected):
    """Every error the command line prints passes through one translation: an argument the verb has as an option
    is that option; one it has not is marked as Python's or replaced by what a user does instead."""
    from aimarket.cli import _command_line_advice, build_parser

    assert _command_line_advice(message, build_parser(verb).parse_args(verb)) == expected


@pytest.mark.parametrize("item, expected", [(None, "China AI market size: exponential curve"),
                                            ("Hardware", "Generative AI revenue by segment, Hardware: ")])
def test_fit_s_figure_names_the_market(item, expected, tmp_path, monkeypatch, capsys):
    import aimarket.cli as cli

    sid = "china_ai" if item is None else "bloomberg_genai"
    titles = []
    monkeypatch.setattr(cli, "_save", lambda ax, path: titles.append(ax.get_title()))
    assert main(["fit", sid, *([item] if item else []), "--plot", str(tmp_path / "f.png")]) == 0
    assert len(titles) == 1 and titles[0].startswith(expected), titles


def test_extract_out_through_a_file_names_out(tmp_path, capsys, monkeypatch):
    """'--out' under a file printed Python's '[Errno 20] Not a directory' with no word of which option."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rel.txt").write_text("The global AI market was USD 100 billion in 2023.\n")
    (tmp_path / "afile").write_text("x")
    assert main(["extract", "rel.txt", "--out", "afile/draft"]) == 2
    err = capsys.readouterr().err
    assert "aimarket: error: --out: cannot make the folder 'afile/draft': Not a directory" in err


def test_table_as_csv_escapes_what_a_spreadsheet_would_run(tmp_path, capsys):
    """`table --format csv` wrote an item '=HYPERLINK(...)' and a title '=1+1 ...' as they were, where every other
    CSV the command line writes escapes them."""
    import shutil
    from pathlib import Path

    import pandas as pd

    folder = tmp_path / "hostile"
    shutil.copytree(Path(__file__).parent / "fixtures" / "cloud_package", folder)
    obs = pd.read_csv(folder / "observations.csv", dtype=str, keep_default_na=False)
    obs = obs.replace({"item": {"Total": "=HYPERLINK(1)"}, "parent": {"Total": "=HYPERLINK(1)"}})
    obs.to_csv(folder / "observations.csv", index=False)
    assert main(["table", "cloud_ai", "--package", str(folder), "--format", "csv"]) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert "'=HYPERLINK(1)" in out and not any(line.startswith("=") for line in out.splitlines())


def test_plot_into_the_bundled_folder_is_refused(capsys):
    """`fit ... --plot data/x.png` wrote into the bundled package's folder, which report and extract refuse."""
    import aimarket as am

    target = am.datapackage.bundled_path() / "x.png"
    assert main(["fit", "china_ai", "--family", "exponential", "--plot", str(target)]) == 2
    assert "bundled package's folder" in capsys.readouterr().err and not target.exists()


def test_project_prints_the_notes_of_an_assumption_it_could_not_use(tmp_path, capsys):
    """A scenario asking for a logistic curve capped below the data was projected by faded growth, and the command
    line said nothing of it (the note was only in the frame's attrs)."""
    spec = tmp_path / "cap.toml"
    spec.write_text('[scenario.capped]\nfamily = "logistic"\ncap = 10\n')
    assert main(["project", "china_ai", "--scenario-file", str(spec), "--scenario", "capped"]) == 0
    err = capsys.readouterr().err
    assert "note: capped: Total: no logistic curve (cap: 10 is at or below the largest value" in err
    assert "faded growth used instead" in err


def _two_reports(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The global AI market was USD 100 billion in 2023 and USD 400 billion in 2030, a CAGR of 21.9%.\n",
                 encoding="utf-8")
    b.write_text("The global AI market was USD 200 billion in 2024 and USD 800 billion in 2030, a CAGR of 50%.\n",
                 encoding="utf-8")
    return str(a), str(b)


def test_check_of_several_files_writes_one_json_document(tmp_path, capsys):
    """Each file's records were written as their own JSON array, one after the other: json.loads failed with
    'Extra data'. One array holds every file's rows now, each naming its file."""
    import json

    a, b = _two_reports(tmp_path)
    assert main(["check", a, b, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["file"], r["check"]) for r in rows] == [(a, "cagr"), (b, "cagr")]
    # 400 / 100 over 7 years is 21.9% a year (exact); 800 / 200 over 6 years is 25.99%, not 50%
    assert [r["verdict"] for r in rows] == ["exact", "inconsistent"]


@pytest.mark.parametrize("verb", ["check", "extract"])
def test_several_files_in_csv_share_one_header(tmp_path, capsys, verb):
    """Each file wrote its own header line, so a CSV of two files had a header in its middle."""
    import csv
    import io

    a, b = _two_reports(tmp_path)
    assert main([verb, a, b, "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0][0] == "file" and [r[0] for r in rows[1:]] == [a, b]


@pytest.mark.parametrize("verb", ["check", "extract"])
@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_a_file_that_fails_keeps_the_other_files_output(tmp_path, capsys, verb, fmt):
    """One missing file among several discarded every good file's rows: stdout was empty. The good files are
    printed, the missing one is named on stderr, and the exit status is 2."""
    import csv
    import io
    import json

    a, b = _two_reports(tmp_path)
    missing = str(tmp_path / "missing.txt")
    assert main([verb, a, missing, b, "--format", fmt]) == 2
    out, err = capsys.readouterr()
    assert err.count("aimarket: error: ") == 1 and "missing.txt" in err
    if fmt == "json":
        assert [r["file"] for r in json.loads(out)] == [a, b]
    elif fmt == "csv":
        assert [r[0] for r in list(csv.reader(io.StringIO(out)))[1:]] == [a, b]
    else:
        assert f"{a}: " in out and f"{b}: " in out


@pytest.mark.parametrize("verb, second", [("check", "check"), ("extract", "series")])
def test_one_files_machine_output_names_its_file_too(tmp_path, capsys, verb, second):
    """The 'file' column came only with the change to one document for several files, undocumented: one file has
    it too (one shape whatever the count), and --help says so."""
    import csv
    import io

    a, _ = _two_reports(tmp_path)
    assert main([verb, a, "--format", "csv"]) == 0
    header = next(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert header[:2] == ["file", second]
    with pytest.raises(SystemExit):
        main([verb, "--help"])
    assert "first column 'file'" in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize("count", ["-5", "-1", "two"])
def test_extract_refuses_a_count_of_notes_below_zero(tmp_path, capsys, count):
    """--notes -5 was taken: no note was printed and '... and 9 more' claimed the rest were elsewhere."""
    a, _ = _two_reports(tmp_path)
    assert main(["extract", a, f"--notes={count}"]) == 2
    err = capsys.readouterr().err
    assert "argument --notes:" in err and ("must be 0 or more" in err or "is not a whole number" in err)
