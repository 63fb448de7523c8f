"""reproduce() against the printed table, render() in every format, and the audit plot."""

from __future__ import annotations

import pytest

import aimarket as am
from test_catalog import ROWS

# The printed table (004_f39dbdfe66606f1e.txt:185-205), cell for cell.
HEADER = ["Generative AI Revenue Projections", "2022", "2027E", "2032E", "2022-32E CAGR"]


def _printed(row):
    item, v22, v27, v32, rate, _parent = row
    return [item, f"${int(v22):,}", f"${int(v27):,}", f"${int(v32):,}", f"{rate}%"]


def test_bloomberg_table_cell_for_cell():
    t = am.reproduce("bloomberg_genai")
    assert list(t.columns) == HEADER
    assert t.values.tolist() == [_printed(r) for r in ROWS]
    # spot-check the transcription helper against literal cells as printed
    assert t.iloc[0].tolist() == ["Hardware", "$37,973", "$223,615", "$641,737", "33%"]
    assert t.iloc[-1].tolist() == ["Total", "$39,834", "$399,345", "$1,303,551", "42%"]
    assert t.attrs["unit"].startswith("USD million") and "Bloomberg Intelligence" in t.attrs["source"]


def test_bloomberg_table_with_audit_columns():
    t = am.reproduce("bloomberg_genai", audit=True).set_index("Generative AI Revenue Projections")
    assert list(t.columns[-2:]) == ["Recomputed CAGR", "Verdict"]
    # 28,343 / 14 over ten years: 114.1% against 113% printed
    assert t.loc["Generative AI Drug Discovery Software", ["Recomputed CAGR", "Verdict"]].tolist() == ["114.1%", "rounding"]
    assert t.loc["Total", ["Recomputed CAGR", "Verdict"]].tolist() == ["41.7%", "exact"]


def test_market_summaries():
    china = am.reproduce("china_ai")
    assert china.values.tolist() == [["2022", "2,058", "actual", "305.8"], ["2027E", "7,119", "estimate", "1,005.4"]]
    assert "Stated CAGR 2023-2027: 28.2%" in china.attrs["source"]
    world = am.reproduce("global_ai")
    assert world.values.tolist() == [["2023", "2,079", "actual"], ["2030E", "18,475", "estimate"]]
    # (18,475 / 2,079) ** (1/7) = 1.3662
    assert "36.6%" in world.attrs["source"]
    assert "period" in am.reproduce("china_ai", audit=True).attrs["source"]


@pytest.mark.parametrize("fmt, must", [
    ("markdown", ["**Generative AI Revenue Projections**", "| Hardware | $37,973 |", "|:---|---:|", "Source: Bloomberg"]),
    ("html", ["<table", "Generative AI Revenue Projections", "$1,303,551", "Source: Bloomberg", "USD million"]),
    ("latex", ["\\begin{tabular", "\\$1,303,551", "Source: Bloomberg", "USD million"]),
])
def test_render_formats(fmt, must):
    text = am.render(am.reproduce("bloomberg_genai"), fmt)
    for piece in must:
        assert piece in text, piece
    assert text.count("Coding, DevOps and Generative AI Workflows") == 1


def test_render_accepts_an_id_and_rejects_bad_input():
    assert am.render("global_ai", "markdown").startswith("**Global AI market size**")
    with pytest.raises(LookupError, match="fmt"):
        am.render("global_ai", "pdf")
    with pytest.raises(TypeError, match="table"):
        am.render(42, "html")


def test_unknown_table():
    with pytest.raises(LookupError, match="'bloomberg_genai'"):
        am.reproduce("bloomberg")


def test_plot_audit():
    ax = am.plots.plot_audit(am.audit())
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert any(label.startswith("Total (china_ai)") for label in labels)
    red = [t.get_text() for t in ax.get_yticklabels() if t.get_color() == am.plots.VERDICT_COLOURS["inconsistent"]]
    assert red == []  # no stated CAGR in percent is inconsistent; the problems are narrative figures
    assert ax.get_title() and ax.get_xlabel().endswith("(%)")
    assert any("Source" in t.get_text() for t in ax.texts)
    with pytest.raises(ValueError, match="no growth-rate checks"):
        am.plots.plot_audit(am.audit("sensetime_losses"))
    with pytest.raises(TypeError):
        am.plots.plot_audit("audit")


def test_plot_audit_highlights_inconsistent_rates():
    a = am.audit(package=am.read_package(__import__("pathlib").Path(__file__).parent / "fixtures" / "mini_package"))
    ax = am.plots.plot_audit(a)
    red = [t.get_text() for t in ax.get_yticklabels() if t.get_color() == am.plots.VERDICT_COLOURS["inconsistent"]]
    assert red == ["Service"]


@pytest.mark.parametrize("wide", [False, True])
def test_render_of_a_loaded_frame_carries_its_series_title_unit_and_source(wide):
    """A frame from load names its series; render gives it the series' title, unit and source line, as it does a
    table from reproduce, and leaves the caller's frame as it was."""
    frame = am.load("china_ai", wide=wide)
    before = dict(frame.attrs)
    md = am.render(frame, "markdown").splitlines()
    assert md[:4] == ["**China AI market size**", "", "*CNY 100 million*", ""]
    assert md[-1] == "Source: Gewu Zhisheng via Guoyuan Securities research; aimarket."
    assert ("| item | 2022 | 2027 |" if wide else "| series | item | parent | year | value |") in "\n".join(md)
    html = am.render(frame, "html")
    assert "China AI market size" in html and "CNY 100 million" in html and "Gewu Zhisheng" in html
    assert frame.attrs == before


def test_render_refuses_a_frame_that_names_no_title_or_series():
    import pandas as pd

    with pytest.raises(ValueError, match=r"render takes a table from reproduce\(\) or load\(\), or a series id"):
        am.render(pd.DataFrame({"year": [2023], "value": [1.0]}), "markdown")


@pytest.mark.parametrize("mark", ["*", "†", "‡", "§", "**"])
def test_a_footnote_mark_on_a_table_figure_keeps_the_row(mark):
    """'660†' over a footnote ('† Includes audio.') is 660: the row and the rows after it are read, and the parts
    add up to the total row (240 + 660 = 900; 300 + 780 = 1,080: exact)."""
    text = (f"AI ad spend by channel (US$ M)\n| Channel | 2023 | 2024 |\n|---|---|---|\n| Search | 260 | 300 |\n"
            f"| Video | 240{mark} | 780 |\n| Total | 500 | 1,080{mark} |\n{mark} Includes audio.\n")
    pkg = am.extract_text(text, name="ads")
    assert pkg.observations[["item", "year", "value"]].values.tolist() == [
        ["Search", 2023, 260.0], ["Search", 2024, 300.0], ["Video", 2023, 240.0], ["Video", 2024, 780.0],
        ["Total", 2023, 500.0], ["Total", 2024, 1080.0]]
    assert am.audit(package=pkg).query("check == 'hierarchy'")["verdict"].tolist() == ["exact", "exact"]


def test_year_columns_this_year_first_as_an_annual_report_prints_them():
    """'业务  2024年  2023年  同比增减': both years are read (the second was dropped as a column of nothing), the change
    column is 2024's over 2023 (86,420 / 31,750 - 1 = 172.19%: 172.2% exact) and the parts add up to the total
    (86,420 + 52,380 = 138,800; 31,750 + 40,120 = 71,870: exact)."""
    text = ("单位：万元\n业务\t2024年\t2023年\t同比增减\n大模型一体机\t86,420\t31,750\t172.2%\n算力租赁\t52,380\t40,120\t30.6%\n"
            "合计\t138,800\t71,870\t93.1%\n")
    pkg = am.extract_text(text, name="segments")
    assert pkg.observations.query("item == '合计'")[["year", "value"]].values.tolist() == [[2023, 71870.0],
                                                                                          [2024, 138800.0]]
    growth = pkg.claims.query("kind == 'growth'")
    assert growth[["item", "start_year", "end_year"]].values.tolist()[0] == ["大模型一体机", 2023, 2024]
    audit = am.audit(package=pkg)
    assert audit["verdict"].tolist() == ["exact"] * len(audit) and len(audit) == 5


def test_a_row_of_changes_under_falling_years_is_each_columns_change_over_the_next():
    """'YoY  50.0%  100.0%  -' under '2025E  2024  2023': 300 / 200 = 1.5 is 2025's, 200 / 100 = 2 is 2024's."""
    pkg = am.extract_text("Revenue (USD million)\nYear    2025E   2024   2023\nAI chips   300   200   100\n"
                          "YoY   50.0%   100.0%   -\n", name="chips")
    assert sorted(pkg.claims[["value", "start_year", "end_year"]].values.tolist()) == [[50.0, 2024, 2025],
                                                                                      [100.0, 2023, 2024]]
    assert am.audit(package=pkg)["verdict"].tolist() == ["exact", "exact"]


@pytest.mark.parametrize("header", ["Share, 2025E", "占营业收入比重"])
def test_a_share_column_named_with_its_year_after_a_comma_or_with_its_whole(header):
    """'Share, 2025E' and '占营业收入比重' (share of revenue) head share columns: 1,240 / 4,000 = 31.0% exact."""
    text = (f"AI security spending (USD million)\n| Segment | 2024 | 2025E | {header} |\n|---|---|---|---|\n"
            "| A | 880 | 1,240 | 31.0% |\n| B | 1,390 | 2,760 | 69.0% |\n| Total | 2,270 | 4,000 | 100.0% |\n")
    pkg = am.extract_text(text, name="security")
    assert pkg.claims.query("kind == 'share'")[["item", "value", "end_year"]].values.tolist() == [
        ["A", 31.0, 2025], ["B", 69.0, 2025]]
    audit = am.audit(package=pkg)
    assert audit.query("check == 'arithmetic'")["verdict"].tolist() == ["exact", "exact"]


@pytest.mark.parametrize("units", ["(RMB billion)", "RMB bn"])
def test_a_row_of_units_under_the_header_gives_the_tables_unit(units):
    """'| | (RMB billion) | (RMB billion) |' under the years: the rows below are read in that unit (the table was
    dropped whole), and they add up (0.82 + 1.06 = 1.88; 1.15 + 1.52 = 2.67: exact)."""
    text = (f"Table 4: AI drug discovery by service\n| Service | 2023 | 2024 |\n|---|---|---|\n| | {units} | {units} |\n"
            "| Target discovery | 0.82 | 1.15 |\n| Molecule design | 1.06 | 1.52 |\n| Total | 1.88 | 2.67 |\n")
    pkg = am.extract_text(text, name="drugs")
    assert set(pkg.observations["unit"]) == {"CNY billion"} and len(pkg.observations) == 6
    assert am.audit(package=pkg)["verdict"].tolist() == ["exact", "exact"]


@pytest.mark.parametrize("header", ["Notes", "Remarks", "备注"])
def test_a_last_column_of_notes_is_no_figure(header):
    """A tab-separated export with a notes column: its words ('2024 revised from 1.4') are left out, not the row
    (4.1 + 1.2 = 5.3; 5.3 + 1.5 = 6.8: exact)."""
    text = (f"AI in finance spending (USD billion)\nSegment\t2023\t2024\t{header}\nFraud detection\t4.1\t5.3\tincl. AML\n"
            "Robo-advice\t1.2\t1.5\t2024 revised from 1.4\nTotal\t5.3\t6.8\t\n")
    pkg = am.extract_text(text, name="finance")
    assert pkg.observations[["item", "year", "value"]].values.tolist() == [
        ["Fraud detection", 2023, 4.1], ["Fraud detection", 2024, 5.3], ["Robo-advice", 2023, 1.2],
        ["Robo-advice", 2024, 1.5], ["Total", 2023, 5.3], ["Total", 2024, 6.8]]
    assert am.audit(package=pkg)["verdict"].tolist() == ["exact", "exact"]


def test_two_cagr_columns_each_of_its_own_years():
    """A prospectus table: 'CAGR 2020-2024 | CAGR 2024-2029E' each give the row a CAGR of their years: (8.3 / 2.1)
    ** (1 / 4) - 1 = 41.0% and (30.5 / 8.3) ** (1 / 5) - 1 = 29.7%, both exact (the second column was dropped)."""
    text = ("Conversational AI in China (RMB billion)\n| | 2020 | 2024 | 2029E | CAGR 2020-2024 | CAGR 2024-2029E |\n"
            "|---|---|---|---|---|---|\n| Public cloud | 2.1 | 8.3 | 30.5 | 41.0% | 29.7% |\n")
    pkg = am.extract_text(text, name="chat")
    assert pkg.claims[["value", "start_year", "end_year"]].values.tolist() == [[41.0, 2020, 2024], [29.7, 2024, 2029]]
    assert am.audit(package=pkg)["verdict"].tolist() == ["exact", "exact"]


def test_change_columns_between_the_years_are_each_years_own():
    """'| 品类 | 2023年 | 同比 | 2024年 | 同比 |': the first 同比 is 2023's over 2022, the second 2024's over 2023
    (296.4 / 238.6 - 1 = 24.22%: 24.2% exact); the 2024 column was dropped."""
    text = ("表5 AI教育硬件零售额（亿元）\n| 品类 | 2023年 | 同比 | 2024年 | 同比 |\n|---|---|---|---|---|\n"
            "| 学习机 | 238.6 | 18.2% | 296.4 | 24.2% |\n")
    pkg = am.extract_text(text, name="edu")
    assert pkg.observations[["year", "value"]].values.tolist() == [[2023, 238.6], [2024, 296.4]]
    assert sorted(pkg.claims[["value", "start_year", "end_year"]].values.tolist()) == [[18.2, 2022, 2023],
                                                                                      [24.2, 2023, 2024]]
    assert am.audit(package=pkg).query("check == 'cagr'")["verdict"].tolist() == ["exact"]


@pytest.mark.parametrize("sep", [" ", "  ", "\t"])
def test_a_charts_data_a_line_of_years_over_a_line_of_figures_is_the_markets(sep):
    """A chart's data printed under its caption, years on one line and figures on the next, no label: the
    market's Total in the caption's unit (亿元), E years estimates; the caption's 'Chart:' names no series."""
    years = ["2021", "2022", "2023", "2024E", "2025E"]
    values = ["32.7", "45.1", "63.2", "86.4", "118.9"]
    text = f"图表：2021-2025年中国AI医疗影像市场规模（单位：亿元）\n{sep.join(years)}\n{sep.join(values)}\n"
    pkg = am.extract_text(text, name="chart")
    obs = pkg.observations
    assert obs[["item", "year", "value"]].values.tolist() == [
        ["Total", 2021, 32.7], ["Total", 2022, 45.1], ["Total", 2023, 63.2], ["Total", 2024, 86.4],
        ["Total", 2025, 118.9]]
    assert set(obs["unit"]) == {"CNY 100 million"}
    assert obs["status"].tolist() == ["actual"] * 3 + ["estimate"] * 2
    assert not pkg.observations["series"].iloc[0].startswith("tubiao")


def test_a_labelled_table_keeps_needing_its_labels():
    """A row of figures with no label under a header that has a label column is no row (the rule above is for
    a header of years alone)."""
    pkg = am.extract_text("Segment  2023  2024\nCloud  10.5  12.0\n  7.0  8.0\n", name="t")
    assert sorted(set(pkg.observations["item"])) == ["Cloud"]


def test_growth_columns_named_with_their_year_between_the_years_and_a_year_the_text_forecasts():
    """'| 2024 | Growth 2024 | 2025 | Growth 2025 |': each growth column is the rate of the year before it, and the
    2025 column is read (it was lost behind the first growth column). The text, dated 2025, says the total 'will
    reach $264.1 billion in 2025': that year's column is a forecast. 131.2 / 98.4 - 1 = 33.33%, printed 33.3%."""
    text = ("March 4, 2025\nWorldwide spending on AI will reach $264.1 billion in 2025, a guide says.\n"
            "Worldwide AI spending by technology ($B)\n| Technology | 2024 | Growth 2024 | 2025 | Growth 2025 |\n"
            "|---|---|---|---|---|\n| Software | 98.4 | 34.1% | 131.2 | 33.3% |\n| Hardware | 101.5 | 40.0% | "
            "132.9 | 30.9% |\n| Total | 199.9 | 37.0% | 264.1 | 32.1% |\n")
    pkg = am.extract_text(text, name="guide")
    obs = pkg.observations.set_index(["item", "year"])
    assert obs.loc[("Software", 2025), "value"] == 131.2
    assert obs.xs(2025, level="year")["status"].eq("estimate").all()
    assert obs.xs(2024, level="year")["status"].eq("actual").all()
    growth = pkg.claims.query("kind == 'growth' and item == 'Software'")
    assert sorted(growth[["start_year", "end_year", "value"]].itertuples(index=False, name=None)) == [
        (2023, 2024, 34.1), (2024, 2025, 33.3)]
    audit = am.audit(package=pkg)
    assert audit.query("check == 'cagr' and item == 'Software'")["verdict"].tolist() == ["exact"]


@pytest.mark.parametrize("label", ["Inference, % of total", "Inference share", "Inference (% of total)"])
def test_a_row_of_shares_under_the_amounts_is_the_shares_of_the_row_it_names(label):
    """'Inference, % of total' under the rows: shares of 'Inference servers' in its whole, each year's checked
    against the amounts: 16.3 / 54.8 = 29.74% (printed 29.7, exact); 62.5 / 158.5 = 39.43% (printed 39.5: only
    62.55 / 158.45 = 39.48% at the bounds reaches 39.45, so rounding)."""
    text = ("Global AI server revenue\n| US$ billion | 2023 | 2025F |\n|---|---|---|\n| Training servers | 38.5 | 96.0 |"
            f"\n| Inference servers | 16.3 | 62.5 |\n| Total | 54.8 | 158.5 |\n| {label} | 29.7% | 39.5% |\n")
    pkg = am.extract_text(text, name="servers")
    shares = pkg.claims.query("kind == 'share'")
    assert shares[["item", "end_year", "value"]].values.tolist() == [
        ["Inference servers", 2023, 29.7], ["Inference servers", 2025, 39.5]]
    audit = am.audit(package=pkg).query("check == 'arithmetic'")
    assert audit["verdict"].tolist() == ["exact", "rounding"]


def test_a_row_of_percents_that_names_no_row_stays_unread():
    """'Gross margin' percents under amounts name no row: not shares."""
    text = ("| US$ billion | 2023 | 2024 |\n|---|---|---|\n| Revenue | 10.0 | 12.0 |\n| Gross margin | 41% | 43% |\n")
    assert am.extract_text(text, name="m").claims.query("kind == 'share'").empty


def test_a_change_column_headed_with_its_year_and_a_word_that_starts_with_nian():
    """'2025年增率' is the change of 2025 (its 年 belongs to 年增率): 862 / 584 - 1 = 47.60%, printed 47.6%."""
    text = ("台灣伺服器產值（單位：億美元）\n| 產品 | 2024年 | 2025年(預估) | 2025年增率 |\n|---|---|---|---|\n"
            "| AI伺服器 | 584 | 862 | 47.6% |\n")
    pkg = am.extract_text(text, name="tw")
    growth = pkg.claims.query("kind == 'growth'")
    assert growth[["start_year", "end_year", "value"]].values.tolist() == [[2024, 2025, 47.6]]
    assert am.audit(package=pkg).query("check == 'cagr'")["verdict"].tolist() == ["exact"]


def test_cells_that_print_their_unit_or_a_footnote_letter():
    """'12.3亿元' in every cell gives the table its unit (CNY 100 million), and the header's first cell
    '应用场景' names the rows, not the table: the caption does. 5.6 + 3.2 + 2.9 = 11.7, the 合计 row."""
    text = ("2023-2025年中国人形机器人市场规模（按应用场景）\n| 应用场景 | 2023年 | 2025年E |\n| --- | --- | --- |\n"
            "| 工业制造 | 5.6亿元 | 31.8亿元 |\n| 商业服务 | 3.2亿元 | 22.4亿元 |\n| 科研教育 | 2.9亿元 | 11.5亿元 |\n"
            "| 合计 | 11.7亿元 | 65.7亿元 |\n")
    pkg = am.extract_text(text, name="robots")
    assert set(pkg.observations["unit"]) == {"CNY 100 million"}
    assert "人形机器人" in pkg.series["title"].iloc[0]
    assert set(am.audit(package=pkg).query("check == 'hierarchy'")["verdict"]) == {"exact"}
    text = ("AI data-labelling revenue by region, US$ million\nRegion          2022      2024\n"
            "North America  1,204a    1,822\nEurope           563       874b\nTotal          1,767     2,696\n"
            "a Includes Canada.  b Excludes Russia.\n")
    obs = am.extract_text(text, name="labels").observations
    assert obs.query("item == 'North America' and year == 2022")["value"].item() == 1204.0
    assert obs.query("item == 'Europe' and year == 2024")["value"].item() == 874.0


def test_a_table_of_shares_only_gives_shares_not_counts(tmp_path):
    """Every cell a percent ('市场份额（按收入计）'): each row's share of each year, the 100% 合计 row no claim; they were
    read as counts of 31.2 and 28.4. The draft writes and reads back as a package."""
    text = ("2023-2024年中国企业级智能体市场份额（按收入计）\n厂商\t2023年\t2024年\n云启智能\t31.2%\t28.4%\n星衡科技\t22.5%\t24.9%\n"
            "其他\t46.3%\t46.7%\n合计\t100%\t100%\n")
    pkg = am.extract_text(text, name="shares")
    assert pkg.observations.empty
    got = sorted(pkg.claims[["item", "end_year", "value"]].itertuples(index=False, name=None))
    assert got == [("云启智能", 2023, 31.2), ("云启智能", 2024, 28.4), ("其他", 2023, 46.3), ("其他", 2024, 46.7),
                   ("星衡科技", 2023, 22.5), ("星衡科技", 2024, 24.9)]
    assert set(pkg.claims["kind"]) == {"share"}
    back = am.read_package(am.write_package(pkg, tmp_path / "draft"))
    assert len(back.claims) == 6 and len(am.audit(package=back)) == 6


def test_a_column_of_units_after_the_labels_gives_each_row_its_unit():
    """'Indicator | Unit | 2023 | 2024 | 2025E' with 'US$ million', 'million', 'thousand' in the units column: each
    row its own series in its own unit (the unit was read into the label, and every row counted plain numbers);
    the caption names the table, and 'United States' keeps its letters."""
    text = ("Robotaxi market indicators, United States\nIndicator\tUnit\t2023\t2024\t2025E\n"
            "Fare revenue\tUS$ million\t225\t640\t1,180\nPaid rides\tmillion\t4.3\t12.1\t21.6\n"
            "Vehicles in service\tthousand\t2.4\t5.1\t8.7\n")
    obs = am.extract_text(text, name="units").observations
    units = obs.drop_duplicates("item").set_index("item")["unit"].to_dict()
    assert units == {"Fare revenue": "USD million", "Paid rides": "count million", "Vehicles in service": "count thousand"}
    assert all(s.startswith("robotaxi_market_indi") for s in obs["series"])  # the caption, cut short ...
    assert set(obs["series"].str.rsplit("_", n=2).str[-2:].str.join("_")) == {"fare_revenue", "paid_rides", "in_service"}
    titles = am.extract_text(text, name="units").series["title"]  # ... before each row's label, kept whole
    assert set(titles) == {f"Robotaxi market indicators, United States: {r}"
                           for r in ("Fare revenue", "Paid rides", "Vehicles in service")}


def test_a_cagr_row_under_a_table_with_one_figure_is_the_cagr_of_the_row_above():
    """'| CAGR 2024-2028E | | | 29.8% |' under the total: the total's stated CAGR, (19.3 / 6.8) ** (1 / 4) - 1 =
    29.80%; it was left out as 'percents among amounts'."""
    text = ("AI in insurance (US$ billion)\n| Line | 2024 | 2026E | 2028E |\n|---|---|---|---|\n| P&C | 3.9 | 6.4 | 10.4 |\n"
            "| Life | 2.9 | 5.2 | 8.9 |\n| Total | 6.8 | 11.6 | 19.3 |\n| CAGR 2024-2028E | | | 29.8% |\n")
    pkg = am.extract_text(text, name="ins")
    cagr = pkg.claims.query("kind == 'cagr'")
    assert cagr[["item", "start_year", "end_year", "value"]].values.tolist() == [["Total", 2024, 2028, 29.8]]
    assert am.audit(package=pkg).query("check == 'cagr'")["verdict"].tolist() == ["exact"]


def test_a_table_of_comma_separated_values_is_read_cell_by_cell():
    """A spreadsheet's export, figures quoted for their thousands separators: 2,310.4 + 980.6 = 3,291.0 and
    2,905.0 + 1,402.5 = 4,307.5, its Total row. A sentence's commas make no cells."""
    text = ("Exhibit 4: AI chip sales by buyer, EUR million\nbuyer, 2024, 2025e\n\"Cloud providers\", \"2,310.4\", "
            "\"2,905.0\"\n\"Enterprises\", \"980.6\", \"1,402.5\"\n\"Total\", \"3,291.0\", \"4,307.5\"\n")
    pkg = am.extract_text(text, name="csv")
    got = pkg.observations[["item", "year", "value", "unit", "status"]].values.tolist()
    assert got == [["Cloud providers", 2024, 2310.4, "EUR million", "actual"],
                   ["Cloud providers", 2025, 2905.0, "EUR million", "estimate"],
                   ["Enterprises", 2024, 980.6, "EUR million", "actual"], ["Enterprises", 2025, 1402.5, "EUR million", "estimate"],
                   ["Total", 2024, 3291.0, "EUR million", "actual"], ["Total", 2025, 4307.5, "EUR million", "estimate"]]
    assert set(am.audit(package=pkg).query("check == 'hierarchy'")["verdict"]) == {"exact"}
    prose = am.extract_text("In 2024, 2025 and 2026, sales of AI chips rose, fell, and rose again to EUR 4.3 billion.")
    assert prose.observations[["year", "value"]].values.tolist() == [[2026, 4.3]]


def test_a_header_split_over_two_lines_gives_units_a_cagr_span_and_the_rows_name():
    """Years over their unit ("US$ mn"), a lone "CAGR" over its span "2024-27E", the rows' name under the blank
    corner: (212 / 88) ** (1 / 3) - 1 = 34.06% (printed 34.1%) and (95 / 51) ** (1 / 3) - 1 = 23.04% (23.0%)."""
    text = ("AI tutoring revenue by channel\n"
            "                  2024       2025E      2027E      CAGR\n"
            "Channel           US$ mn     US$ mn     US$ mn     2024-27E\n"
            "Consumer apps     88         131        212        34.1%\n"
            "Schools           51         66         95         23.0%\n")
    pkg = am.extract_text(text, name="tutor")
    obs = pkg.observations
    assert set(obs["unit"]) == {"USD million"} and len(obs) == 6
    assert obs.query("item == 'Schools' and year == 2027")[["value", "status"]].values.tolist() == [[95.0, "estimate"]]
    cagr = pkg.claims.query("kind == 'cagr'")
    assert cagr[["item", "start_year", "end_year", "value"]].values.tolist() == [
        ["Consumer apps", 2024, 2027, 34.1], ["Schools", 2024, 2027, 23.0]]
    assert am.audit(package=pkg).query("check == 'cagr'")["verdict"].tolist() == ["exact", "exact"]


def test_a_cagr_row_under_a_table_whose_rows_are_years_gives_each_column_its_cagr():
    """'| CAGR 2022-25 | 26.0% | 40.0% |' under years as rows: each value column's CAGR, (50.4 / 25.2) ** (1 / 3)
    - 1 = 25.99% (exact) and (110.0 / 37.5) ** (1 / 3) - 1 = 43.14%, against a printed 40.0% (inconsistent)."""
    text = ("Smart-home AI by device, US$ billion\n| Year | Speakers | Cameras |\n|---|---|---|\n| 2022 | 25.2 | 37.5 |\n"
            "| 2023 | 31.0 | 52.0 |\n| 2024E | 39.9 | 76.1 |\n| 2025E | 50.4 | 110.0 |\n| CAGR 2022-25 | 26.0% | 40.0% |\n")
    pkg = am.extract_text(text, name="home")
    cagr = pkg.claims.query("kind == 'cagr'")
    assert cagr[["item", "start_year", "end_year", "value"]].values.tolist() == [
        ["Speakers", 2022, 2025, 26.0], ["Cameras", 2022, 2025, 40.0]]
    assert am.audit(package=pkg).query("check == 'cagr'")["verdict"].tolist() == ["exact", "inconsistent"]
    assert len(pkg.observations) == 8



@pytest.mark.parametrize("spec, shown", [("#,##0.000000", "2,079.000000"), ("$#,##0.00", "$2,079.00"),
                                         ("#,##0.0000000", None), ("#,##0." + "0" * 38, None)])
def test_a_value_format_asking_for_more_than_six_decimals_is_refused(tmp_path, spec, shown):
    """A value_format of 38 decimals printed 228.4 as 228.40000000000000568434188608080148696899: binary noise
    shown as printed digits. Six decimals are the most printed: the package's schema says so, and a package
    made by hand is refused where the table reads the format."""
    import dataclasses
    import shutil

    import pandas as pd

    from aimarket.datapackage import bundled_path

    pkg = am.read_package(bundled_path())
    series = pkg.series.copy()
    series.loc[series["series"] == "global_ai", "value_format"] = spec
    edited = dataclasses.replace(pkg, series=series)
    folder = tmp_path / "pkg"
    shutil.copytree(bundled_path(), folder)
    csv = pd.read_csv(folder / "series.csv", dtype=str, keep_default_na=False)
    csv.loc[csv["series"] == "global_ai", "value_format"] = spec
    csv.to_csv(folder / "series.csv", index=False)
    if shown is not None:
        assert am.reproduce("global_ai", package=edited).iloc[0, 1] == shown
        assert am.reproduce("global_ai", package=am.read_package(folder)).iloc[0, 1] == shown
        return
    with pytest.raises(ValueError, match=rf"value_format: '#,##0\.0+' asks for {len(spec) - 6} decimals; at most 6"):
        am.render(am.reproduce("global_ai", package=edited), package=edited)
    with pytest.raises(am.DataError, match=r"series\.csv, row 4, column 'value_format'"):
        am.read_package(folder)


def _rows(pkg) -> list:
    """(item, year, value, unit) of each observation."""
    o = pkg.observations
    return sorted(zip(o["item"], o["year"], o["value"], o["unit"]))


def test_cells_said_roughly_and_a_multiple_in_the_change_column():
    """"~$12B" is a figure said roughly (12, step 1), "3x" and "~2x" in the change column are multiples of the first
    year column to the last (2024 to 2028: 4 years), checked against the row's own amounts."""
    text = ("Slide 4: the opportunity\n| Layer | 2024 | 2028E | Change |\n|---|---|---|---|\n"
            "| Chips | ~$12B | ~$36B | 3x |\n| Tooling | ~$4B | ~$9B | ~2x |\n")
    pkg = am.extract_text(text, name="slide")
    assert _rows(pkg) == [("Chips", 2024, 12.0, "USD billion"), ("Chips", 2028, 36.0, "USD billion"),
                          ("Tooling", 2024, 4.0, "USD billion"), ("Tooling", 2028, 9.0, "USD billion")]
    c = pkg.claims
    assert sorted(zip(c["item"], c["kind"], c["value"], c["unit"], c["start_year"], c["end_year"])) == [
        ("Chips", "multiple", 3.0, "multiple", 2024, 2028), ("Tooling", "multiple", 2.0, "multiple", 2024, 2028)]
    audit = am.audit(package=pkg).query("check == 'cagr'")
    assert list(audit["verdict"]) == ["exact", "exact"]  # 36 / 12 = 3; 9 / 4 = 2.25, which rounds to the 2 printed


def test_cells_of_two_scales_are_read_in_the_scale_of_their_rows_first():
    """"$640 bn | $1.15 tn": the trillion is 1,150 billion, to the 10 billion its two decimals state; a row that
    opens in trillions ("$1.32 tn | $1.41 tn") stays in trillions, as printed, a series of its own unit."""
    text = ("Spending by segment\nSegment\t2024\t2025F\nHardware\t$640 bn\t$1.15 tn\nServices\t$1.32 tn\t$1.41 tn\n")
    pkg = am.extract_text(text, name="scales")
    assert _rows(pkg) == [("Hardware", 2024, 640.0, "USD billion"), ("Hardware", 2025, 1150.0, "USD billion"),
                          ("Services", 2024, 1.32, "USD trillion"), ("Services", 2025, 1.41, "USD trillion")]
    step = pkg.observations.set_index(["item", "year"])["precision"]
    assert step[("Hardware", 2025)] != step[("Hardware", 2024)]  # 1,150 is printed to 10, 640 to 1


def test_rows_of_two_scales_that_add_up_stay_one_series():
    """"| Total | $1.2 tn |" over "$700 bn" and "$500 bn": the sum ties them (0.7 + 0.5 = 1.2), so the parts are read
    in the trillions of the table's first figure with their total, one series, and the hierarchy is checked."""
    text = "| Segment | 2024 |\n|---|---|\n| Total | $1.2 tn |\n| Hardware | $700 bn |\n| Services | $500 bn |\n"
    pkg = am.extract_text(text, name="tied")
    assert _rows(pkg) == [("Hardware", 2024, 0.7, "USD trillion"), ("Services", 2024, 0.5, "USD trillion"),
                          ("Total", 2024, 1.2, "USD trillion")]
    assert set(am.audit(package=pkg).query("check == 'hierarchy'")["verdict"]) == {"exact"}


def test_a_column_of_years_whose_cells_move_from_yi_to_wan_yi():
    """"| 2023年 | 9,640亿元 |" then "| 2024年 | 1.08万亿元 |": one series in 亿元 (10,800), its changes checked."""
    text = ("我国工业软件产业规模\n| 年份 | 产业规模 | 同比增长 |\n|---|---|---|\n| 2022年 | 8,310亿元 | — |\n"
            "| 2023年 | 9,640亿元 | 16.0% |\n| 2024年 | 1.08万亿元 | 12.0% |\n")
    pkg = am.extract_text(text, name="yi")
    o = pkg.observations
    assert list(zip(o["year"], o["value"], o["unit"])) == [(2022, 8310.0, "CNY 100 million"),
                                                          (2023, 9640.0, "CNY 100 million"),
                                                          (2024, 10800.0, "CNY 100 million")]
    assert set(am.audit(package=pkg).query("check == 'cagr'")["verdict"]) == {"exact"}  # 9640/8310 = 1.160; 1.120


def test_cells_said_in_words_under_a_caption_naming_the_currency():
    """"约800亿", "近300亿", "超500亿", "逾千亿" and "翻倍" in columns aligned by spaces, under "（人民币）": amounts in
    亿元 (a thousand 亿 for 千), and a doubling over the two years."""
    text = ("机器人产业链细分规模（人民币）\n细分        2024年        2025年E       同比\n"
            "整机        约800亿       逾千亿        25%\n零部件      近300亿       约600亿       翻倍\n")
    pkg = am.extract_text(text, name="words")
    assert _rows(pkg) == [("整机", 2024, 800.0, "CNY 100 million"), ("整机", 2025, 1000.0, "CNY 100 million"),
                          ("零部件", 2024, 300.0, "CNY 100 million"), ("零部件", 2025, 600.0, "CNY 100 million")]
    c = pkg.claims
    assert sorted(zip(c["item"], c["kind"], c["value"])) == [("整机", "growth", 25.0), ("零部件", "multiple", 2.0)]


def test_flat_in_a_growth_column_is_no_figure_and_no_end_of_the_table():
    """"flat" among "+9%" and "+4%": the rows after it are still read; the row's change is left out."""
    text = ("Cloud spending by region (US$ billion)\nRegion           2023     2024    Growth\n"
            "Americas        210.0    228.9       +9%\nEMEA             98.2     98.4      flat\n"
            "APAC             61.5     64.0       +4%\n")
    pkg = am.extract_text(text, name="flat")
    assert [i for i, y, *_ in _rows(pkg) if y == 2024] == ["APAC", "Americas", "EMEA"]
    c = pkg.claims
    assert sorted(zip(c["item"], c["value"])) == [("APAC", 4.0), ("Americas", 9.0)]


def test_a_change_said_in_words_in_a_cell_is_no_figure():
    """"增长近三成" and "mid-teens" in a change column say a rate in words: the row's amounts are read, and no rate."""
    text = ("细分领域\t2023年\t2024年\t增速\n智算中心\t1,260亿元\t1,580亿元\t25.4%\n一体机\t60亿元\t78亿元\t增长近三成\n"
            "算力租赁\t152亿元\t320亿元\t翻倍\n")
    pkg = am.extract_text(text, name="words")
    assert [(i, y, v) for i, y, v, _ in _rows(pkg) if i == "一体机"] == [("一体机", 2023, 60.0), ("一体机", 2024, 78.0)]
    c = pkg.claims
    assert sorted(zip(c["item"], c["kind"], c["value"])) == [("智算中心", "growth", 25.4), ("算力租赁", "multiple", 2.0)]
    english = am.extract_text("| Region | 2023 | 2024 | Growth |\n|---|---|---|---|\n| Americas | $410 bn | $460 bn | "
                              "mid-teens |\n| EMEA | $210 bn | $230 bn | 9.5% |\n", name="teens")
    assert len(english.observations) == 4 and list(english.claims["value"]) == [9.5]


def test_columns_named_last_year_and_this_year_take_the_texts_years():
    """"前年 | 去年 | 今年E" under a line dated 10 July 2025 are 2023, 2024 and 2025 (an estimate), and "合计同比" under
    "合计" is that row's change over each year before (343 / 284 - 1 = 20.8%)."""
    text = ("2025年7月10日 公众号文章\n线上零售额（亿元）\n品类            前年      去年      今年E\n"
            "扫地机器人      186       212       245\n洗地机           98       131       160\n"
            "合计            284       343       405\n合计同比          —     20.8%     17.9%\n")
    pkg = am.extract_text(text, name="relative")
    o = pkg.observations.query("item == '合计'")
    assert list(zip(o["year"], o["status"])) == [(2023, "actual"), (2024, "actual"), (2025, "estimate")]
    c = pkg.claims
    assert sorted(zip(c["item"], c["value"], c["start_year"], c["end_year"])) == [("合计", 17.9, 2024, 2025),
                                                                                ("合计", 20.8, 2023, 2024)]
    assert "inconsistent" not in set(am.audit(package=pkg)["verdict"])  # 405 / 343 - 1 = 18.1% holds 17.9 by rounding


def test_a_row_of_changes_named_in_brackets_after_the_change_word():
    """"同比（合计）" under "合计" is that row's change over each year before (2,585 / 1,928 - 1 = 34.1%)."""
    text = ("储能系统出货额预测（亿元）\n项目            2024A      2025E\n国内储能        1,186      1,520\n"
            "海外储能          742      1,065\n合计            1,928      2,585\n同比（合计）       —        34.1%\n")
    pkg = am.extract_text(text, name="yoy")
    c = pkg.claims
    assert list(zip(c["item"], c["value"], c["start_year"], c["end_year"])) == [("合计", 34.1, 2024, 2025)]
    assert set(am.audit(package=pkg).query("check == 'cagr'")["verdict"]) == {"exact"}
