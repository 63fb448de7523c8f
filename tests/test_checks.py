"""The audit: every verdict it reaches on the bundled data, with the arithmetic written out; periods read every way
their text allows; the laws its verdicts obey."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import aimarket as am
from aimarket.checks import AUDIT_COLUMNS, CHECKS, VERDICTS

FIXTURE = Path(__file__).parent / "fixtures" / "mini_package"

#: each example drafts and audits whole packages: a third of the profile's examples, at least ten
AUDITS = settings(deadline=None, max_examples=max(10, settings().max_examples // 3))


@pytest.fixture(scope="module")
def audit():
    return am.audit()


def verdict(audit, claim, check=None):
    rows = audit[audit.claim == claim]
    if check:
        rows = rows[rows.check == check]
    assert len(rows) == 1, (claim, check, rows)
    return rows.iloc[0]


def test_columns_and_vocabularies(audit):
    assert list(audit.columns) == AUDIT_COLUMNS
    assert set(audit.check) <= set(CHECKS) and set(audit.verdict) <= set(VERDICTS)
    assert set(CHECKS) == set(audit.check)  # every kind of check is exercised by the bundled data
    assert audit.locator.notna().all()


def test_every_claim_is_audited(audit):
    # levels that other claims build on (NVIDIA's quarter, OpenAI's revenue) are audited through those claims
    inputs = {"nvidia_revenue", "nvidia_datacenter", "openai_arr", "mckinsey_ai_high", "mckinsey_marketing_high",
              "mckinsey_hightech_high", "mckinsey_hightech_low", "llm_enterprise", "llm_academic", "llm_joint",
              "framework_tensorflow", "framework_mindspore"}
    audited = set(audit.claim.dropna())
    assert set(am.claims().claim) - audited == inputs - audited


# Bloomberg CAGRs over ten years from the printed 2022 and 2032 values.
# (e / s) ** 0.1 - 1, then whether it rounds to the printed whole percent:
EXACT_CAGRS = {
    "Hardware": (37_973, 641_737, 33),                 # 16.8999 ** 0.1 = 1.32675 -> 33%
    "Devices (Inference)": (4_128, 168_233, 45),       # 40.7541 ** 0.1 = 1.44883 -> 45%
    "Computer Vision AI Products": (1_032, 60_564, 50),  # 58.6860 ** 0.1 = 1.50263 -> 50%
    "Conversational AI Products": (3_096, 107_669, 43),  # 34.7768 ** 0.1 = 1.42603 -> 43%
    "Infrastructure (Training)": (33_845, 473_505, 30),  # 13.9904 ** 0.1 = 1.30192 -> 30%
    "AI Server": (22_563, 133_817, 19),                # 5.93082 ** 0.1 = 1.19484 -> 19%
    "AI Storage": (9_025, 92_642, 26),                 # 10.2650 ** 0.1 = 1.26222 -> 26%
    "Generative AI Infrastructure as a Service": (2_256, 247_046, 60),  # 109.506 ** 0.1 = 1.59935 -> 60%
    "Software": (1_493, 279_899, 69),                  # 187.474 ** 0.1 = 1.68770 -> 69%
    "Specialized Generative AI Assistants": (447, 89_035, 70),        # 199.183 ** 0.1 = 1.69795 -> 70%
    "Coding, DevOps and Generative AI Workflows": (213, 50_430, 73),  # 236.761 ** 0.1 = 1.72755 -> 73%
    "Generative AI Workload Infrastructure Software": (439, 71_645, 66),  # 163.200 ** 0.1 = 1.66446 -> 66%
    "Generative AI Education Spending": (370, 26_500, 53),            # 71.6216 ** 0.1 = 1.53287 -> 53%
    "Generative AI Based Gaming Spending": (190, 69_414, 80),         # 365.337 ** 0.1 = 1.80414 -> 80%
    "Generative AI Driven Ad Spending": (57, 192_492, 125),           # 3377.05 ** 0.1 = 2.25348 -> 125%
    "Generative AI Focused IT Services": (83, 85_871, 100),           # 1034.59 ** 0.1 = 2.00206 -> 100%
    "Generative AI Based Business Services": (38, 34_138, 97),        # 898.368 ** 0.1 = 1.97399 -> 97%
    "Total": (39_834, 1_303_551, 42),                                 # 32.7246 ** 0.1 = 1.41738 -> 42%
}


@pytest.mark.parametrize("item", sorted(EXACT_CAGRS))
def test_bloomberg_cagrs_that_hold_as_printed(audit, item):
    s, e, printed = EXACT_CAGRS[item]
    row = audit[(audit.check == "cagr") & (audit.item == item) & audit.claim.str.startswith("bbg_cagr_")].iloc[0]
    assert row.verdict == "exact"
    assert row.recomputed == pytest.approx(100 * ((e / s) ** 0.1 - 1))
    assert round(row.recomputed) == printed


def test_bloomberg_cagrs_that_hold_only_through_rounding(audit):
    # Drug discovery: 28,343 / 14 = 2024.5; ** 0.1 = 2.14107 -> 114.1%, printed 113%.
    # Lowest rate the rounding allows: 28,342.5 / 14.5 = 1954.66; ** 0.1 = 2.13357 -> 113.36%, which prints as 113%.
    row = verdict(audit, "bbg_cagr_generative_ai_drug_discovery_software")
    assert row.verdict == "rounding"
    assert row.recomputed == pytest.approx(114.107, abs=1e-3) and row.low == pytest.approx(113.357, abs=1e-3)
    # Cybersecurity: 13,946 / 9 = 1549.6; ** 0.1 = 2.08459 -> 108.46%, printed 109%.
    # Highest: 13,946.5 / 8.5 = 1640.8; ** 0.1 = 2.09655 -> 109.65%, which prints as 110%, so 109% lies inside.
    row = verdict(audit, "bbg_cagr_generative_ai_based_cybersecurity_spending")
    assert row.verdict == "rounding"
    assert row.recomputed == pytest.approx(108.459, abs=1e-3) and row.high == pytest.approx(109.655, abs=1e-3)


def test_hierarchy_sums(audit):
    h = audit[audit.check == "hierarchy"].set_index(["item", "year"])
    assert len(h) == 15  # five parents, three years
    # Parents whose children sum to one more or less than printed: allowed by the rounding of the printed values.
    # Hardware 2032: 168,233 + 473,505 = 641,738 vs 641,737
    # Infrastructure (Training) 2022: 22,563 + 9,025 + 2,256 = 33,844 vs 33,845
    # Software 2022: 447 + 213 + 439 + 14 + 9 + 370 = 1,492 vs 1,493
    # Software 2027: 20,864 + 12,617 + 13,468 + 4,042 + 3,165 + 4,669 = 58,825 vs 58,826
    rounding = {("Hardware", 2032): 641_738, ("Infrastructure (Training)", 2022): 33_844,
                ("Software", 2022): 1_492, ("Software", 2027): 58_825}
    for key, total in rounding.items():
        assert h.loc[key, "verdict"] == "rounding" and h.loc[key, "recomputed"] == total
    # Total 2022: 37,973 + 1,493 + 190 + 57 + 83 + 38 = 39,834, exactly as printed; likewise the other ten
    assert h.loc[("Total", 2022), "recomputed"] == 39_834
    assert (h.drop(list(rounding)).verdict == "exact").all()


def test_narrative_against_the_table(audit):
    # 1.3 trillion: 1,303,551 USD million = 1.303551 USD trillion -> 1.3
    assert verdict(audit, "bbg_text_end_value").verdict == "exact"
    # the 42% in the text is the table's total rate
    assert verdict(audit, "bbg_text_cagr").verdict == "exact"
    # 2032 segments in USD 100 million at a step of 10:
    # IaaS 247,046 -> 2,470.46 -> 2,470; ads 192,492 -> 1,924.92 -> 1,920; assistants 89,035 -> 890.35 -> 890;
    # storage 92,642 -> 926.42 -> 930; vision 60,564 -> 605.64 -> 610; conversational 107,669 -> 1,076.69 -> 1,080
    for claim in ("generative_ai_infrastructure_as_a_service", "generative_ai_driven_ad_spending",
                  "specialized_generative_ai_assistants", "ai_storage", "computer_vision_ai_products",
                  "conversational_ai_products"):
        assert verdict(audit, f"bbg_text_{claim}").verdict == "exact", claim
    # AI servers: 133,817 USD million = 1,338.17 USD 100 million, which rounds to 1,340, not the 1,320 in the text;
    # even 133,817.5 would give only 1,338.175, outside [1,315, 1,325]
    row = verdict(audit, "bbg_text_ai_server")
    assert row.verdict == "inconsistent" and row.recomputed == pytest.approx(1338.17)


def test_narrative_years(audit):
    # The text starts from 400 (USD 100 million) in 2019; the table has no 2019, and its 2022 value,
    # 39,834 USD million = 398.34, is the one that rounds to 400.
    row = verdict(audit, "bbg_text_base_value")
    assert row.verdict == "inconsistent" and row.recomputed == pytest.approx(398.34) and "2022" in row.note
    # "within ten years" of 2019 is 2029; the table's ten years run 2022-2032 (13 years after 2019)
    row = verdict(audit, "bbg_text_span")
    assert row.verdict == "inconsistent" and row.recomputed == 13 and "2029" in row.note


def test_china_stated_period(audit):
    # 7,119 / 2,058 = 3.45918; ** (1/5) = 1.28172 -> 28.2% over five periods (2022 base);
    # ** (1/4) = 1.36378 -> 36.4% over the four periods "2023-2027" names literally
    row = verdict(audit, "china_cagr")
    assert row.check == "period" and row.verdict == "exact"
    assert row.recomputed == pytest.approx(28.172, abs=1e-3)
    assert "Period counts for which 28.2% holds: 5." in row.note and "36.4%" in row.note


def test_secondary_arithmetic(audit):
    # SenseTime: 34.33 + 49.68 + 121.58 + 171.77 + 60.9 = 438.26, as stated
    row = verdict(audit, "sensetime_total")
    assert row.verdict == "exact" and row.recomputed == pytest.approx(438.26)
    # Models over a billion parameters: 36 + 29 + 14 = 79; 36/79 = 45.57%, 29/79 = 36.71%, 14/79 = 17.72%
    assert verdict(audit, "llm_total").verdict == "exact"
    for claim, pct in (("llm_enterprise_share", 45.5696), ("llm_academic_share", 36.7089), ("llm_joint_share", 17.7215)):
        row = verdict(audit, claim)
        assert row.verdict == "exact" and row.recomputed == pytest.approx(pct, abs=1e-4)
    # Framework shares of one whole do not exceed 100%: 34 + 30 = 64 (worldwide), 12 + 12 = 24 (China)
    fw = audit[(audit.series == "framework_usage") & (audit.check == "arithmetic")]
    assert sorted(fw.recomputed) == [24, 64] and (fw.verdict == "exact").all()


def test_growth_that_implies_earlier_values(audit):
    # NVIDIA: 181.2 / 3.06 = 59.216 a year earlier; 181.2 / 1.34 = 135.22 a quarter earlier;
    # data centre 145.1 / 1.41 = 102.91 and 145.1 / 3.79 = 38.285. None is in the reports.
    expected = {"nvidia_revenue_yoy": 59.216, "nvidia_revenue_qoq": 135.224,
                "nvidia_datacenter_qoq": 102.908, "nvidia_datacenter_yoy": 38.285}
    for claim, value in expected.items():
        row = verdict(audit, claim, "implied")
        assert row.verdict == "unverifiable"
        assert row.recomputed == pytest.approx(value, abs=1e-3) and row.low < value < row.high
    # Data-centre revenue within revenue: 145.1 / 181.2 = 80.1% now; a quarter earlier 102.9 of 135.2 (76.1%);
    # a year earlier 38.28 of 59.22 (64.7%): the stated rates are consistent with the part staying below the whole
    nv = audit[(audit.series == "nvidia_quarter") & (audit.check == "arithmetic")].set_index("claim")
    assert (nv.verdict == "exact").all() and len(nv) == 3
    assert "80.1%" in nv.loc["nvidia_datacenter", "note"]
    assert nv.loc["nvidia_datacenter_qoq", "reported"] == pytest.approx(145.1 / 1.41)
    assert nv.loc["nvidia_datacenter_yoy", "recomputed"] == pytest.approx(181.2 / 3.06)
    # OpenAI: 16 / 56 = 0.2857 (x56) or 16 / 57 = 0.2807 (x57) USD 100 million in 2022; both readings shown
    row = verdict(audit, "openai_arr_multiple")
    assert row.verdict == "unverifiable" and row.recomputed == pytest.approx(16 / 56)
    assert "x56" in row.note and "x57" in row.note and "0.2807" in row.note


def test_parameter_growth_claims(audit):
    # GPT-3 (2020) / ResNet-50 (2016) = 1,750 / 0.2 = 8,750 in four years:
    # 8,750 ** (1.5 / 4) = 30.08 per 18 months, far from 40 (or 41); 8,750 ** (1/4) = 9.67 a year, which rounds to 10.
    row = verdict(audit, "params_40x_18m", "cagr")
    assert row.verdict == "inconsistent" and row.recomputed == pytest.approx(8750 ** 0.375)
    row = verdict(audit, "params_10x_year", "cagr")
    assert row.verdict == "exact" and row.recomputed == pytest.approx(8750 ** 0.25)
    # 40 per 18 months is 40 ** (2/3) = 11.70 a year (41 ** (2/3) = 11.89); 10 a year is 10 ** 1.5 = 31.6 per 18 months
    row = verdict(audit, "params_40x_18m", "cross-source")
    assert row.verdict == "inconsistent" and row.recomputed == pytest.approx(10 ** 1.5)
    assert "x11.70 a year" in row.note


def test_mckinsey_ranges(audit):
    m = audit[audit.series == "mckinsey_impact"]
    # 2,400 / 4.8% = 50,000 and 4,600 / 9.3% = 49,462 USD 100 million of high-tech revenue:
    # with rounding [48,454, 51,579] and [48,663, 50,270] overlap, so the two ends of the range agree
    agree = m[(m.check == "arithmetic") & (m.item == "High tech (High tech revenue)")].iloc[0]
    assert agree.verdict == "rounding" and agree.low == pytest.approx(48663.1, abs=0.1)
    assert verdict(audit, "mckinsey_hightech_share_low", "implied").recomputed == pytest.approx(50_000)
    # 'up to 25.6 trillion' is the top of the 17.1-25.6 range; generative AI's 7.9 is 30.9% of it
    assert verdict(audit, "mckinsey_ai_upper").verdict == "exact"
    row = verdict(audit, "mckinsey_genai_upper")
    assert row.verdict == "exact" and "30.9%" in row.note
    for claim in ("mckinsey_ai_low", "mckinsey_marketing_low", "mckinsey_hightech_low"):
        assert verdict(audit, claim).verdict == "exact"


def test_figures_with_nothing_to_check_against(audit):
    for claim in ("sensetime_funding", "sensetime_rounds", "openai_valuation", "chatgpt_mau", "chatgpt_wau",
                  "openai_api_developers", "openai_fortune500", "bbg_text_share_2022", "bbg_text_share_2032"):
        assert verdict(audit, claim).verdict == "unverifiable", claim
    # the 2032 share implies 1,303,551 / 0.10 = 13,035,510 USD million of IT spending
    assert verdict(audit, "bbg_text_share_2032").recomputed == pytest.approx(13_035_510)


def test_cross_source_constraints(audit):
    x = audit[audit.check == "cross-source"]
    genai = x[x.series == "bloomberg_genai"].set_index("year")
    # 2023: 39,834 * (399,345 / 39,834) ** (1/5) = 63,164 USD million = 631.6 USD 100 million (derived) vs 2,079
    assert genai.loc[2023, "reported"] == pytest.approx(631.645, abs=1e-3)
    assert genai.loc[2023, "recomputed"] == 2079
    # 2030: global 2,079 * (18,475 / 2,079) ** (4/7) = 7,244 in 2027; generative AI is 3,993.45 (55%)
    assert genai.loc[2027, "recomputed"] == pytest.approx(7244.12, abs=0.01)
    assert (genai.verdict == "within").all() and list(genai.index) == [2023, 2027, 2030]
    china = x[x.series == "china_ai"].set_index("year")
    # 2023: 2,058 * (7,119 / 2,058) ** (1/5) = 2,637.8 CNY 100 million / 7.0809 = 372.5 USD 100 million, 17.9% of 2,079
    assert china.loc[2023, "reported"] == pytest.approx(2637.79 / 7.0809, abs=0.01)
    assert "17.9%" in china.loc[2023, "note"] and (china.verdict == "within").all()


def test_every_verdict_of_the_bundled_audit(audit):
    # as before the checks were separate functions: 59 exact, 16 unverifiable, 7 rounding, 5 inconsistent in 87
    # rows, except that the five rows of the two constraints say 'within' rather than 'exact'
    assert len(audit) == 87
    assert audit.verdict.value_counts().to_dict() == {"exact": 54, "unverifiable": 16, "rounding": 7, "within": 5,
                                                      "inconsistent": 5}


def test_problems_found(audit):
    problems = audit[audit.verdict == "inconsistent"]
    assert sorted(problems.claim) == ["bbg_text_ai_server", "bbg_text_base_value", "bbg_text_span",
                                      "params_40x_18m", "params_40x_18m"]


def test_audit_of_one_series_and_of_a_user_package():
    one = am.audit("china_ai")
    assert set(one.series) == {"china_ai"}
    pkg = am.read_package(FIXTURE)
    a = am.audit(package=pkg).set_index("claim")
    # 480 / 120 = 4; 4 ** (1/7) = 1.2190 -> 22%: exact. Service 280 / 40 = 7; 7 ** (1/7) = 1.3205 -> 32%, not 40%
    assert a.loc["robots_cagr", "verdict"] == "exact"
    assert a.loc["robots_service_cagr", "verdict"] == "inconsistent"


def test_user_package_without_claims_gives_an_empty_audit(tmp_path):
    import shutil

    target = tmp_path / "pkg"
    shutil.copytree(FIXTURE, target)
    (target / "observations.csv").write_text(
        "series,item,parent,year,value,unit,status,source,locator\n"
        "solo,Total,,2023,10,USD million,actual,robots_2024,000_0000000000000000.txt:1\n")
    (target / "claims.csv").unlink()
    import json

    desc = json.loads((target / "datapackage.json").read_text())
    desc["resources"] = [r for r in desc["resources"] if r["name"] != "claims"]
    (target / "datapackage.json").write_text(json.dumps(desc))
    a = am.audit(package=am.read_package(target))
    assert a.empty and list(a.columns) == AUDIT_COLUMNS


def test_unknown_series():
    with pytest.raises(LookupError, match="china_ai"):
        am.audit("china")


# ---------------------------------------------------------------------------- packages made from a sentence
def _draft(text, **claim_columns):
    """A draft package of one sentence, with columns set on its claims (e.g. ``period="inferred"``)."""
    pkg = am.extract_text(text)
    return replace(pkg, claims=pkg.claims.assign(**claim_columns)) if claim_columns else pkg


def _rate_row(pkg):
    a = am.audit(package=pkg)
    rows = a[a.unit == "percent"]
    assert len(rows) == 1, a
    return rows.iloc[0]


GROW = "The AI market is projected to grow from USD 24.9 billion in 2024 to USD 66.5 billion by 2030, at a CAGR of {}%."


def test_an_inferred_period_is_read_every_way_the_text_allows():
    # Over 2024-2030, six periods: (66.5 / 24.9) ** (1/6) = 2.670683 ** 0.16667 = 1.17789 -> 17.8%, not 21.7%.
    # Over five (the 2025-2030 reading, 2024 as the base): 2.670683 ** 0.2 = 1.21709 -> 21.7%.
    stated = _rate_row(_draft(GROW.format(21.7), period="stated"))
    assert stated.verdict == "inconsistent" and stated.recomputed == pytest.approx(17.789, abs=1e-3)
    row = _rate_row(_draft(GROW.format(21.7), period="inferred"))
    assert row.check == "cagr" and row.verdict == "exact"
    assert row.recomputed == pytest.approx(21.709, abs=1e-3)
    assert "2024-2030 (6 periods)" in row.note and "2025-2030 (5 periods)" in row.note
    assert "holds in the 2025-2030 reading" in row.note


def test_an_inferred_period_is_inconsistent_only_when_no_reading_holds():
    # 30% holds neither over six periods (17.8%) nor over five (21.7%)
    row = _rate_row(_draft(GROW.format(30), period="inferred"))
    assert row.verdict == "inconsistent" and "holds in no reading" in row.note
    assert "17.789%" in row.note and "21.709%" in row.note
    # a stated period_years is a reading too: 2.670683 ** (1/4) = 1.27837 -> 27.8% over four periods
    row = _rate_row(_draft(GROW.format(27.8), period="inferred", period_years=4.0))
    assert row.verdict == "exact" and row.recomputed == pytest.approx(27.837, abs=1e-3)
    assert "4 periods from 2024" in row.note


def test_an_empty_period_is_stated_and_a_bad_one_is_named():
    assert _rate_row(_draft(GROW.format(21.7), period=None)).verdict == "inconsistent"
    assert _rate_row(_draft(GROW.format(21.7), period="")).verdict == "inconsistent"
    with pytest.raises(ValueError, match=r"claim 'r' has period 'guessed'.*stated.*inferred"):
        am.audit(package=_with_claim(claim="r", kind="value", end_year=2026, value=20.0, unit="USD billion",
                                     period="guessed"))


def test_a_rate_without_a_first_year_runs_from_the_latest_history_and_every_reading_is_tried():
    text = "In 2021 the market was worth 10.5 billion dollars; by 2026 it will reach 21.3 billion dollars (CAGR {}%)."
    # (21.3 / 10.5) ** (1/5) = 2.028571 ** 0.2 = 1.15196 -> 15.2% from 2021; ** (1/4) = 1.19343 -> 19.3%
    row = _rate_row(_draft(text.format(15.2)))
    assert row.check == "cagr" and row.verdict == "exact" and row.recomputed == pytest.approx(15.196, abs=1e-3)
    assert "the period 2021-2026 is inferred, so every reading is tried" in row.note
    # 9% holds from neither year, 2021 or 2022: the text's own figures contradict it
    row = _rate_row(_draft(text.format(9)))
    assert row.verdict == "inconsistent" and "holds in no reading" in row.note and "no value for" not in row.note
    # a rate with no history before it in its series names no first year: the years before it are tried
    row = _rate_row(_draft("By 2026 the market will reach 21.3 billion dollars (CAGR 15.2%)."))
    assert row.verdict == "unverifiable" and "names no first year" in row.note


def test_a_rate_on_another_name_of_a_series_only_item_uses_its_values():
    pkg = _draft(GROW.format(17.8))
    pkg = replace(pkg, claims=pkg.claims.assign(item="Artificial intelligence"))
    row = _rate_row(pkg)
    assert row.verdict == "exact" and row.recomputed == pytest.approx(17.789, abs=1e-3)
    assert row.note.startswith("checked against Total, the series' only item")
    # a rate that does not hold on values of another name may be about something else: no contradiction claimed
    pkg = replace(pkg, claims=pkg.claims.assign(value=30.0))
    row = _rate_row(pkg)
    assert row.verdict == "unverifiable" and "no contradiction" in row.note
    # a figure of another name is not checked against the series' values, and its note says what the series holds
    a = _audit_of_claim(claim="funding", item="Funding", kind="value", end_year=2021, value=3.0, unit="USD billion",
                        precision=1.0)
    assert a.verdict == "unverifiable" and "the series holds Total" in a.note


def _with_claim(values=None, step=1.0, **fields):
    """A one-market draft holding ``values`` ({year: USD billion}; 10 in 2021 and 20 in 2026 by default, as
    printed, to ``step``) and one claim with ``fields``."""
    pkg = am.extract_text("The market was worth $10 billion in 2021 and will reach $20 billion in 2026.")
    values = values or {2021: 10.0, 2026: 20.0}
    obs = pkg.observations.iloc[[0] * len(values)].assign(year=list(values), value=list(values.values()),
                                                           precision=step)
    row = {c: None for c in pkg.claims.columns}
    row.update(series=obs["series"].iloc[0], item="Total", source=obs["source"].iloc[0], locator="text:1")
    row.update(fields)
    return replace(pkg, observations=obs.reset_index(drop=True), claims=pd.DataFrame([row]))


def _audit_of_claim(**fields):
    """The audit row of one claim added to a draft holding 10 (2021) and 20 (2026) USD billion of one market."""
    a = am.audit(package=_with_claim(**fields))
    rows = a[a.claim == fields["claim"]]
    assert len(rows) == 1, a
    return rows.iloc[0]


def test_notes_name_no_missing_year():
    # 'grew 5 times' to 20 in 2026 with no first year: 20 / 5 = 4 or 20 / 6 = 3.333, at a start the text does not name
    row = _audit_of_claim(claim="x5", kind="multiple", end_year=2026, value=5.0, unit="multiple", precision=1.0)
    assert row.verdict == "unverifiable" and row.recomputed == pytest.approx(4.0)
    assert "None" not in row.note and "names no first year" in row.note


def test_notes_carry_no_float_noise():
    # 0.1 + 0.2 is 0.30000000000000004 in floating point; the printed parent 0.3 equals the sum of its parts
    pkg = am.extract_text("The market was $40 billion in 2022.")
    obs = pd.DataFrame({"series": "s", "item": ["All", "A", "B"], "parent": [None, "All", "All"], "year": 2022,
                        "value": [0.3, 0.1, 0.2], "unit": "USD billion", "status": "actual",
                        "source": pkg.observations["source"].iloc[0], "locator": ["text:1", "text:2", "text:3"],
                        "precision": None})
    series = pkg.series.assign(series="s")
    a = am.audit(package=replace(pkg, observations=obs, series=series, claims=pkg.claims.iloc[:0]))
    row = a[a.check == "hierarchy"].iloc[0]
    assert row.verdict == "exact" and "difference +0;" in row.note and "e-" not in row.note


def test_constraints_read_within_not_exact(audit):
    x = audit[(audit.check == "cross-source") & audit.claim.isin(am.datapackage.bundled_package().constraints.constraint)]
    assert len(x) == 5 and set(x.verdict) == {"within"} and "within" in VERDICTS


def test_a_claim_of_an_unknown_kind_is_named():
    with pytest.raises(ValueError, match=r"'r' is of kind 'forecast'"):
        am.audit(package=_with_claim(claim="r", kind="forecast", end_year=2026, value=1.0, unit="percent"))


def test_a_new_kind_of_check_is_one_registered_function():
    from aimarket.checks import SERIES_CHECKS, series_check

    @series_check
    def values_are_positive(ctx, s):
        v = ctx.values(s.series, "Total")
        ctx.add(None, series=s.series, check="arithmetic", item="Total", verdict="exact" if (v > 0).all() else
                "inconsistent", note=f"{len(v)} values", locator="text:1")

    try:
        a = am.audit(package=_draft(GROW.format(21.7)))
    finally:
        SERIES_CHECKS.remove(values_are_positive)
    assert a[a.check == "arithmetic"].note.tolist() == ["2 values"]


# ---------------------------------------------------------------------------- laws
def _rate_tenths(s, e, years, near, nudge, free):
    """A printed rate in tenths of a percent: near one reading of the values (over ``years - near`` periods,
    nudged by ``nudge`` tenths) so that every verdict comes up, or ``free`` when ``near`` is None."""
    if near is None:
        return free
    return max(1, round(1000 * ((e / s) ** (1 / (years - near)) - 1)) + nudge)


def _cagr_claim(rate, years, period):
    """A stated CAGR over 2024 to ``2024 + years`` printed to a tenth (built directly, whatever its size, rather
    than read from a sentence)."""
    return dict(claim="r", kind="cagr", start_year=2024, end_year=2024 + years, value=rate, unit="percent",
                precision=0.1, period=period)


RATES = dict(start=st.integers(10, 100_000), ratio=st.floats(1.05, 40), years=st.integers(2, 12),
             near=st.sampled_from([None, 0, 1]), nudge=st.sampled_from([-2, -1, 0, 1, 2]), free=st.integers(5, 1500))


@AUDITS
@given(scale=st.sampled_from([("USD billion", "USD million", 1000.0), ("USD trillion", "USD billion", 1000.0),
                              ("USD billion", "USD 100 million", 10.0)]),
       period=st.sampled_from(["stated", "inferred"]), **RATES)
def test_verdicts_do_not_change_with_the_unit(scale, period, start, ratio, years, near, nudge, free):
    """A rate's verdict does not change when the values are scaled by a constant and the unit with them."""
    big, small, factor = scale
    s = start / 10
    e = round(s * ratio, 1)
    rate = _rate_tenths(s, e, years, near, nudge, free) / 10
    pkg = _with_claim({2024: s, 2024 + years: e}, 0.1, **_cagr_claim(rate, years, period))

    def with_unit(unit, k):
        obs = pkg.observations.assign(value=[s * k, e * k], year=[2024, 2024 + years], unit=unit, precision=0.1 * k)
        return am.audit(package=replace(pkg, observations=obs, series=pkg.series.assign(unit=unit)))

    a, b = with_unit(big, 1.0), with_unit(small, factor)
    assert a.verdict.tolist() == b.verdict.tolist() and len(a) == 1
    assert a.recomputed.to_numpy() == pytest.approx(b.recomputed.to_numpy(), rel=1e-9)


@AUDITS
@given(**RATES)
def test_an_inferred_period_is_never_judged_harsher_than_a_stated_one(start, ratio, years, near, nudge, free):
    """Reading the period every way the text allows can only find more that holds, never less; and it says
    inconsistent exactly when neither the base-year nor the year-after reading holds (by growth.reconcile_rate)."""
    s, e = start / 10, round(start / 10 * ratio, 1)
    tenths = _rate_tenths(s, e, years, near, nudge, free)
    pkg = _with_claim({2024: s, 2024 + years: e}, 0.1, **_cagr_claim(tenths / 10, years, "stated"))
    stated = _rate_row(pkg).verdict
    inferred = _rate_row(replace(pkg, claims=pkg.claims.assign(period="inferred"))).verdict
    assert VERDICTS.index(inferred) <= VERDICTS.index(stated)
    holds = [am.reconcile_rate(tenths / 1000, s, e, n, rate_step=0.001, start_step=0.1, end_step=0.1) != "inconsistent"
             for n in (years, years - 1)]
    assert (inferred == "inconsistent") == (not any(holds))


def _forecast_from(pkg, year: int):
    """``pkg`` with its values from ``year`` on marked as estimates (the rest stay actual)."""
    obs = pkg.observations
    return replace(pkg, observations=obs.assign(status=obs["status"].where(obs["year"] < year, "estimate")))


def test_a_stated_label_may_name_the_years_of_growth_from_the_year_before():
    values = {2022: 100.0, 2023: 130.0, 2027: 250.0}
    claim = dict(claim="r", kind="cagr", start_year=2023, end_year=2027, unit="percent", precision=0.1)
    # literally 2023-2027: (250 / 130) ** (1/4) = 1.92308 ** 0.25 = 1.17760 -> 17.8%, not 20.1%;
    # from the 2022 base over five periods: 2.5 ** 0.2 = 1.20112 -> 20.1%
    row = _rate_row(_forecast_from(_with_claim(values, value=20.1, **claim), 2023))
    assert row.check == "cagr" and row.verdict == "exact" and row.recomputed == pytest.approx(20.112, abs=1e-3)
    assert "17.760%" in row.note and "holds in the 2022-2027 reading" in row.note
    # 25% holds under neither reading
    row = _rate_row(_forecast_from(_with_claim(values, value=25.0, **claim), 2023))
    assert row.verdict == "inconsistent" and "holds in no reading" in row.note


def test_a_label_that_opens_on_a_year_of_history_names_its_base():
    # "a 20.1% CAGR over 2023-2027" where 2023 is a reported actual: the label opens on the base, so the literal
    # reading (17.8%, above) is the only one, and the 2022-base reading that 20.1% would fit is not tried
    values = {2022: 100.0, 2023: 130.0, 2027: 250.0}
    claim = dict(claim="r", kind="cagr", start_year=2023, end_year=2027, unit="percent", precision=0.1)
    row = _rate_row(_forecast_from(_with_claim(values, value=20.1, **claim), 2024))
    assert row.verdict == "inconsistent" and row.recomputed == pytest.approx(17.760, abs=1e-3)


def test_a_period_count_holds_when_the_values_rounding_allows_it():
    # "2023-2027" at 20% with 10 in 2022 and 20 in 2027, both printed to the unit. Over the four periods the label
    # names: 2 ** (1/4) = 1.18921 -> 18.9%, but 19.5 / 10.5 = 1.85714 ** 0.25 = 1.16738 and 20.5 / 9.5 = 2.15789
    # ** 0.25 = 1.21201 bracket 20%. Over five (from the 2022 base): 13.2% to 16.6%; over three: 22.9% to 29.2%.
    row = _rate_row(_with_claim({2022: 10.0, 2027: 20.0}, claim="r", kind="cagr", start_year=2023, end_year=2027,
                                value=20.0, unit="percent", precision=1.0))
    assert row.check == "period" and row.verdict == "rounding"
    assert "Period counts for which 20% holds: 4." in row.note
    assert row.recomputed == pytest.approx(18.921, abs=1e-3) and row.low < 20 < row.high



# ---------------------------------------------------------------------------- growth and multiples between two values
GROWTH = dict(claim="g", kind="growth", start_year=2023, end_year=2024, period_years=1.0, unit="percent")


@pytest.mark.parametrize("values, step, rate, rate_step, want", [
    # 512.0 / 423.1 - 1 = 21.0116%; rounding allows 511.95 / 423.15 - 1 = 20.9855% to 512.05 / 423.05 - 1 = 21.0377%
    ({2023: 423.1, 2024: 512.0}, 0.1, 21.0, 0.1, "exact"),
    ({2023: 423.1, 2024: 512.0}, 0.1, 21.1, 0.1, "inconsistent"),  # 21.05 lies above 21.0377
    # 13 / 10 - 1 = 30%, not 25%; rounding allows 12.5 / 10.5 - 1 = 19.05% to 13.5 / 9.5 - 1 = 42.11%
    ({2023: 10.0, 2024: 13.0}, 1.0, 25.0, 1.0, "rounding"),
    # a decline: 3.4 / 4.2 - 1 = -19.048%; rounding allows 3.35 / 4.25 - 1 = -21.18% to 3.45 / 4.15 - 1 = -16.87%
    ({2023: 4.2, 2024: 3.4}, 0.1, -19.0, 0.1, "exact"),
    ({2023: 4.2, 2024: 3.4}, 0.1, -25.0, 1.0, "inconsistent"),
])
def test_a_growth_with_both_values_printed_is_checked_against_them(values, step, rate, rate_step, want):
    row = _audit_of_claim_in(values, step, value=rate, precision=rate_step, **GROWTH)
    assert row.check == "cagr" and row.verdict == want
    (s, e) = values.values()
    assert row.recomputed == pytest.approx(100 * (e / s - 1))
    assert row.low == pytest.approx(100 * ((e - step / 2) / (s + step / 2) - 1))


def _audit_of_claim_in(values, step, **fields):
    a = am.audit(package=_with_claim(values, step, **fields))
    rows = a[a.claim == fields["claim"]]
    assert len(rows) == 1, a
    return rows.iloc[0]


def test_a_growth_with_one_end_missing_still_gives_the_value_it_implies():
    # 20 in 2026 up 25% on a 2025 the package lacks: 20 / 1.25 = 16 in 2025
    row = _audit_of_claim(claim="g", kind="growth", start_year=2025, end_year=2026, period_years=1.0, value=25.0,
                          unit="percent", precision=1.0)
    assert row.check == "implied" and row.verdict == "unverifiable" and row.recomputed == pytest.approx(16.0)


def test_a_results_statement_is_checked_from_its_level_and_the_prior_year():
    # the 2024 level is a stated figure, the 2023 one the table's: 512.0 / 423.1 - 1 = 21.0116% -> 21.0%
    a = am.audit(package=am.extract_text("Group revenue for 2024 increased by 21.0% to \u00a3512.0m (2023: \u00a3423.1m)."))
    row = a[a.unit == "percent"].iloc[0]
    assert row.check == "cagr" and row.verdict == "exact" and row.recomputed == pytest.approx(21.0116, abs=1e-4)
    assert "inconsistent" not in set(a.verdict)


MULTIPLE = dict(claim="m", kind="multiple", start_year=2021, end_year=2026, period_years=5.0, unit="multiple",
                precision=1.0)


def test_a_multiple_with_both_values_printed_is_checked_against_them():
    # 6.2 / 3.1 = 2 exactly; rounding allows 6.15 / 3.15 = 1.9524 to 6.25 / 3.05 = 2.0492
    a = am.audit(package=am.extract_text("Revenue from the AI segment doubled from $3.1bn in FY2022 to $6.2bn in FY2024."))
    row = a[a.unit == "multiple"].iloc[0]
    assert row.check == "cagr" and row.verdict == "exact" and row.recomputed == pytest.approx(2.0)
    assert row.low == pytest.approx(1.95238, abs=1e-5) and row.high == pytest.approx(2.04918, abs=1e-5)
    # 20 / 10 = 2 (19.5 / 10.5 = 1.857 to 20.5 / 9.5 = 2.158): 'x3' holds under neither x3 nor x4
    row = _audit_of_claim(value=3.0, **MULTIPLE)
    assert row.verdict == "inconsistent" and "read as x3: inconsistent; read as x4: inconsistent" in row.note
    # '增长1倍' (grew by one times the base) is x2: it holds in the x N+1 reading
    row = _audit_of_claim(value=1.0, **MULTIPLE)
    assert row.verdict == "exact" and "read as x2: exact" in row.note
    # 'x2 a year' over five years is not the ratio of the two ends: the first value it implies, as before
    row = _audit_of_claim(value=2.0, **{**MULTIPLE, "period_years": 1.0})
    assert row.check == "implied" and row.verdict == "unverifiable"


def test_a_rate_over_the_next_years_from_the_latest_figure():
    # "at $19.6 billion in 2024, should expand by 19.1% a year over the next five years": 2024-2029, five years.
    # Without a 2029 value: 19.6 * 1.191 ** 5 = 19.6 * 2.396397 = 46.969 in 2029, which no table gives
    rate = dict(claim="r", kind="cagr", start_year=2024, end_year=2029, period_years=5.0, value=19.1, unit="percent",
                precision=0.1)
    row = _audit_of_claim_in({2024: 19.6}, 0.1, **rate)
    assert row.check == "implied" and row.verdict == "unverifiable" and row.recomputed == pytest.approx(46.969, abs=1e-3)
    # with 47.0 in 2029: (47 / 19.6) ** (1/5) = 2.397959 ** 0.2 = 1.19116 -> 19.1% over the stated span; read
    # from the year after (four periods) it would be 24.4%, so only the five-year readings hold
    for period in ("stated", "inferred"):
        row = _audit_of_claim_in({2024: 19.6, 2029: 47.0}, 0.1, period=period, **rate)
        assert row.check == "cagr" and row.verdict == "exact" and row.recomputed == pytest.approx(19.1155, abs=1e-4)


# ---------------------------------------------------------------------------- totals and figures in drafts
def _hierarchy(text):
    a = am.audit(package=am.extract_text(text))
    return a[a.check == "hierarchy"].set_index("year")


def test_a_table_total_that_does_not_add_up_is_flagged():
    # 1,482 + 905 = 2,387 against 2,998 printed in FY2023; 2,116 + 1,164 = 3,280 against 3,982: rounding of three
    # values printed to the unit allows +/-1.5, so both years are inconsistent
    h = _hierarchy("AI segment results (US$ million)\nSegment\tFY2023\tFY2024\nHardware\t1,482\t2,116\n"
                   "Software\t905\t1,164\nTotal\t2,998\t3,982\n")
    assert h.verdict.to_dict() == {2023: "inconsistent", 2024: "inconsistent"}
    assert h.recomputed.to_dict() == {2023: 2387.0, 2024: 3280.0}
    # 合计: 512.4 + 203.6 = 716.0 against 726.0 (off by 10); 768.9 + 322.5 = 1,091.4 as printed
    h = _hierarchy("表1 市场规模（单位：亿元）\n年份\t2023\t2024\n硬件\t512.4\t768.9\n软件\t203.6\t322.5\n合计\t726.0\t1,091.4\n")
    assert h.verdict.to_dict() == {2023: "inconsistent", 2024: "exact"} and set(h.item) == {"合计"}


@pytest.mark.parametrize(("label", "item"), [("总体", "总体"), ("總體", "總體"), ("合计（亿元）", "合计"),
                                            ("Grand total", "Grand total"), ("Market total", "Market total")])
def test_a_total_row_is_read_in_each_way_tables_label_it(label, item):
    # 512.4 + 203.6 = 716.0 against 726.0 printed (off by 10); 768.9 + 322.5 = 1,091.4 as printed
    h = _hierarchy(f"表1 市场规模（单位：亿元）\n年份\t2023\t2024\n硬件\t512.4\t768.9\n软件\t203.6\t322.5\n"
                   f"{label}\t726.0\t1,091.4\n")
    assert h.verdict.to_dict() == {2023: "inconsistent", 2024: "exact"} and set(h.item) == {item}


@pytest.mark.parametrize("label", ["总体市场", "Subtotal hardware", "Totally new"])
def test_a_row_that_only_begins_like_a_total_is_a_part(label):
    h = _hierarchy(f"表1 市场规模（单位：亿元）\n年份\t2023\t2024\n硬件\t512.4\t768.9\n软件\t203.6\t322.5\n"
                   f"{label}\t726.0\t1,091.4\n")
    assert h.empty


def test_figures_of_prose_are_not_read_as_a_table_total():
    # a total and one part on one line: no table, no sum to check
    h = _hierarchy("The AI market reached $50 billion in 2024, of which software made up $20 billion.")
    assert h.empty


def test_parts_whose_stated_shares_fall_short_of_the_whole_are_not_summed_to_it():
    # bullets of a slide: two segments of a $9.0B TAM with their shares, 38% + 27% = 65% of it; the rest is
    # unnamed, so 3.4 + 2.4 = 5.8 against 9.0 proves nothing (with shares near 100% the sum would be checked)
    text = ("Slide 9 | The opportunity\n- TAM: $9.0B (2026E)\n- Utilities: $3.4B of 2026E TAM (38%)\n"
            "- Agriculture: $2.4B (27%)\n")
    h = _hierarchy(text)
    assert h.verdict.tolist() == ["unverifiable"] and "65%" in h.note.iloc[0]
    h = _hierarchy(text.replace("(27%)", "(62%)").replace("$2.4B", "$5.6B"))
    assert h.verdict.tolist() == ["exact"]
    # a third segment with no share of its own counts at its amount's: 1.0 / 9.0 = 11.1%, so 38 + 27 + 11.1 = 76.1%
    h = _hierarchy(text + "- Mining: $1.0B\n")
    assert h.verdict.tolist() == ["unverifiable"] and "76.1%" in h.note.iloc[0]


def test_a_parent_is_checked_with_the_steps_its_package_states():
    # 842.6 + 401.2 + 355.8 = 1,599.6 against 1,600.0 printed to 0.1: off by 0.4, while four values printed to
    # 0.1 allow +/-0.2 (its digits alone, '1600', would suggest a step of 1 and +/-0.65)
    pkg = am.extract_text("The market was $40 billion in 2022.")
    obs = pd.DataFrame({"series": "s", "item": ["All", "A", "B", "C"], "parent": [None, "All", "All", "All"],
                        "year": 2022, "value": [1600.0, 842.6, 401.2, 355.8], "unit": "USD million",
                        "status": "actual", "source": pkg.observations["source"].iloc[0],
                        "locator": ["text:1", "text:2", "text:3", "text:4"], "precision": 0.1})
    a = am.audit(package=replace(pkg, observations=obs, series=pkg.series.assign(series="s"), claims=pkg.claims.iloc[:0]))
    row = a[a.check == "hierarchy"].iloc[0]
    assert row.verdict == "inconsistent" and row.recomputed == pytest.approx(1599.6) and row.high == pytest.approx(1599.8)


def test_a_figure_is_inconsistent_only_against_a_value_printed_elsewhere():
    value = dict(claim="v", kind="value", unit="USD billion", precision=1.0)
    # no year: nothing to find it in
    row = _audit_of_claim(value=12.0, **value)
    assert row.verdict == "unverifiable" and "no year" in row.note
    # a year the table lacks, matching none of its values (10 and 20): a figure the table does not print
    row = _audit_of_claim(value=14.0, end_year=2024, **value)
    assert row.verdict == "unverifiable" and "not a contradiction" in row.note
    # ... matching the 2021 value: the year in the text disagrees with the table
    assert _audit_of_claim(value=10.0, end_year=2024, **value).verdict == "inconsistent"
    # 14 against the 2026 value of 20 printed on another line, and on the same line (a misread year)
    assert _audit_of_claim(value=14.0, end_year=2026, **{**value, "locator": "text:9"}).verdict == "inconsistent"
    row = _audit_of_claim(value=14.0, end_year=2026, **value)
    assert row.verdict == "unverifiable" and "same line" in row.note


def test_a_span_past_the_tables_last_year_is_unverifiable():
    row = _audit_of_claim_in({2024: 19.6}, 0.1, claim="s", kind="span", start_year=2024, value=5.0, unit="years",
                             precision=1.0)
    assert row.verdict == "unverifiable" and row.recomputed != row.recomputed  # nothing recomputed


# ---------------------------------------------------------------------------- laws of growth and multiples
TWO_VALUES = dict(start=st.integers(10, 100_000), ratio=st.floats(0.2, 12), nudge=st.integers(-30, 30),
                  k=st.sampled_from([10.0, 100.0, 1000.0]))


def _growth_case(start, ratio, nudge):
    """Two values printed to 0.1 and a growth in tenths of a percent near their ratio (nudged so that every
    verdict comes up)."""
    s = start / 10
    e = max(0.1, round(s * ratio, 1))
    return s, e, round(1000 * (e / s - 1)) / 10 + nudge / 10


@AUDITS
@given(**TWO_VALUES)
def test_a_growths_verdict_is_a_one_period_cagrs_and_does_not_change_with_scale(start, ratio, nudge, k):
    """A growth over one year is judged as a CAGR over one period is (growth.reconcile_rate, a second
    implementation), and its verdict is unchanged when both values and their steps are scaled together."""
    s, e, g = _growth_case(start, ratio, nudge)
    claim = dict(value=g, precision=0.1, **GROWTH)
    row = _audit_of_claim_in({2023: s, 2024: e}, 0.1, **claim)
    want = am.reconcile_rate(g / 100, s, e, 1, rate_step=0.001, start_step=0.1, end_step=0.1)
    assert row.verdict == want
    assert _audit_of_claim_in({2023: s * k, 2024: e * k}, 0.1 * k, **claim).verdict == row.verdict


@AUDITS
@given(**TWO_VALUES)
def test_a_multiples_verdict_does_not_change_with_scale_and_holds_when_its_ratio_does(start, ratio, nudge, k):
    """A multiple's verdict is unchanged when both values are scaled together; a whole multiple that the printed
    ratio rounds to (or rounds to less one) is exact."""
    s = start / 10
    e = max(0.1, round(s * (1 + ratio), 1))
    n = max(1, round(e / s) + (nudge % 3) - 1)
    row = _audit_of_claim_in({2021: s, 2026: e}, 0.1, value=float(n), **{**MULTIPLE, "precision": 1.0})
    assert _audit_of_claim_in({2021: s * k, 2026: e * k}, 0.1 * k, value=float(n),
                              **{**MULTIPLE, "precision": 1.0}).verdict == row.verdict
    if abs(e / s - n) <= 0.5 - 1e-9 or abs(e / s - (n + 1)) <= 0.5 - 1e-9:
        assert row.verdict == "exact"


@AUDITS
@given(parts=st.lists(st.integers(1, 99_999), min_size=2, max_size=5), off=st.integers(-30, 30))
def test_a_labelled_total_is_judged_as_the_same_total_with_its_parts_named(parts, off):
    """A flat table's row labelled total gets the verdict the package would get naming it the parent of the
    others; the parts' order does not matter."""
    pkg = am.extract_text("The market was $40 billion in 2022.")
    values = [p / 10 for p in parts]
    total = round(sum(values) + off / 10, 1)
    assume(total > 0)  # a market's total is positive: read_package refuses anything else
    n = len(values)
    obs = pd.DataFrame({"series": "s", "item": [f"P{i}" for i in range(n)] + ["Total"], "parent": None,
                        "year": 2022, "value": values + [total], "unit": "USD million", "status": "actual",
                        "source": pkg.observations["source"].iloc[0],
                        "locator": [f"text:{i + 2}" for i in range(n + 1)], "precision": 0.1})

    def judged(o):
        a = am.audit(package=replace(pkg, observations=o, series=pkg.series.assign(series="s"),
                                     claims=pkg.claims.iloc[:0]))
        return a.loc[a.check == "hierarchy", ["verdict", "recomputed"]].values.tolist()

    flat = judged(obs)
    named = judged(obs.assign(parent=["Total"] * n + [None]))
    assert flat == named and len(flat) == 1
    backwards = judged(obs.iloc[::-1].reset_index(drop=True))
    assert backwards[0][0] == flat[0][0] and backwards[0][1] == pytest.approx(flat[0][1])
    # by hand: the total is off by off / 10, and n + 1 values printed to 0.1 allow (n + 1) * 0.05
    assert flat[0][0] == ("exact" if off == 0 else "rounding" if 2 * abs(off) <= n + 1 else "inconsistent")


def test_a_span_counted_in_years_is_read_from_the_year_after_its_unprinted_base():
    # "from $16 billion in 2023 to $143 billion in 2027, a five-year CAGR of 73.3%": the five years end in 2027, so
    # the stated base is 2022, which has no value. Over 2023-2027: 143 / 16 = 8.9375 ** 0.25 = 1.72904 -> 72.9%;
    # rounding allows 142.5 / 16.5 = 8.63636 ** 0.25 = 1.71428 to 143.5 / 15.5 = 9.25806 ** 0.25 = 1.74434
    rate = dict(claim="r", kind="cagr", start_year=2022, end_year=2027, period_years=5.0, unit="percent",
                precision=0.1)
    row = _audit_of_claim_in({2023: 16.0, 2027: 143.0}, 1.0, value=73.3, **rate)
    assert row.check == "period" and row.verdict == "rounding" and row.recomputed == pytest.approx(72.9036, abs=1e-4)
    assert row.low == pytest.approx(71.428, abs=1e-3) and row.high == pytest.approx(74.434, abs=1e-3)
    # 80% holds over no period the values allow, but the stated base is not printed: no contradiction
    row = _audit_of_claim_in({2023: 16.0, 2027: 143.0}, 1.0, value=80.0, **rate)
    assert row.verdict == "unverifiable" and "holds in no reading" in row.note


def test_a_rate_from_a_first_year_whose_value_is_not_printed_is_no_contradiction():
    # 5.4 in 2024, 50.3 in 2030, "a CAGR of 45.8% from 2025 to 2030": from 2024, 9.31481 ** (1/6) = 1.45054 -> 45.1%;
    # over five periods from 2024, 9.31481 ** 0.2 = 1.56302 -> 56.3%; neither holds, but the rate may run from a
    # 2025 value the text does not print: 50.3 / 1.458 ** 5 = 50.3 / 6.58852 = 7.6345
    row = _audit_of_claim_in({2024: 5.4, 2030: 50.3}, 0.1, claim="r", kind="cagr", start_year=2025, end_year=2030,
                             value=45.8, unit="percent", precision=0.1)
    assert row.check == "period" and row.verdict == "unverifiable"
    assert "7.6345 in 2025" in row.note and "names the years of growth" not in row.note


def test_a_rate_is_checked_against_a_level_its_text_states_beside_the_table():
    # the 2024 level is stated ("to $8.1 billion"), the 2020 one printed in parentheses; over four periods
    # 8.1 / 5.1 = 1.588235, ** 0.5 = 1.260252, ** 0.5 = 1.122610 -> 12.26%, which rounds to 12.3%
    a = am.audit(package=am.extract_text("The market grew at a CAGR of 12.3% to $8.1 billion in 2024 (2020: $5.1 billion)."))
    row = a[a.unit == "percent"].iloc[0]
    assert row.check == "cagr" and row.verdict == "exact" and row.recomputed == pytest.approx(12.2610, abs=1e-4)
    assert "inconsistent" not in set(a.verdict)


def test_a_parent_whose_children_lack_a_year_is_not_judged_on_a_short_sum():
    # A and B in 2022 (1 + 2 = 3 = All); only A in 2023, so 1 against 5 says nothing
    pkg = am.extract_text("The market was $40 billion in 2022.")
    obs = pd.DataFrame({"series": "s", "item": ["All", "A", "B", "All", "A"], "parent": [None, "All", "All", None, "All"],
                        "year": [2022, 2022, 2022, 2023, 2023], "value": [3.0, 1.0, 2.0, 5.0, 1.0],
                        "unit": "USD billion", "status": "actual", "source": pkg.observations["source"].iloc[0],
                        "locator": ["text:1", "text:2", "text:3", "text:1", "text:2"], "precision": 1.0})
    a = am.audit(package=replace(pkg, observations=obs, series=pkg.series.assign(series="s"), claims=pkg.claims.iloc[:0]))
    h = a[a.check == "hierarchy"].set_index("year")
    assert h.verdict.to_dict() == {2022: "exact", 2023: "unverifiable"} and "(B)" in h.note[2023]


@AUDITS
@given(**RATES)
def test_a_rate_is_judged_alike_on_a_tables_value_and_on_a_level_its_text_states(start, ratio, years, near, nudge, free):
    """Whether the last value of a rate is the table's or a level the text states for a year the table lacks, the
    verdict and the recomputed rate are the same."""
    s, e = start / 10, round(start / 10 * ratio, 1)
    tenths = _rate_tenths(s, e, years, near, nudge, free)
    claim = _cagr_claim(tenths / 10, years, "inferred")
    table = _with_claim({2024: s, 2024 + years: e}, 0.1, **claim)
    stated = _with_claim({2024: s}, 0.1, **claim)
    level = {**stated.claims.iloc[0].to_dict(), "claim": "level", "kind": "value", "start_year": 2024 + years,
             "end_year": 2024 + years, "period_years": None, "value": e, "unit": "USD billion", "precision": 0.1,
             "period": None}
    stated = replace(stated, claims=pd.concat([stated.claims, pd.DataFrame([level])], ignore_index=True))
    a, b = _rate_row(table), _rate_row(stated)
    assert (a.check, a.verdict) == (b.check, b.verdict) and a.recomputed == pytest.approx(b.recomputed)


def test_a_share_column_is_checked_against_the_part_and_the_whole_it_names():
    """A table's "Share" column: 12 / 20 = 60% holds; 8 / 20 = 40% against a printed 45% does not, even with
    both values at the edges of their rounding (8.05 / 19.95 = 40.35%); 7.0 / 17.0 is no share's year."""
    text = "Segment\t2023\t2024\tShare\nA\t10.0\t12.0\t60%\nB\t7.0\t8.0\t45%\nTotal\t17.0\t20.0\t100%"
    a = am.audit(package=am.extract_text(text))
    shares = a[a["check"] == "arithmetic"].set_index("item")
    assert shares["verdict"].to_dict() == {"A": "exact", "B": "inconsistent"}
    assert shares.loc["B", "recomputed"] == pytest.approx(40.0)
    assert shares.loc["B", "high"] == pytest.approx(100 * 8.05 / 19.95)
    assert (shares["year"] == 2024).all()


@given(st.integers(10, 10**9))
def test_a_round_figure_is_read_to_two_significant_figures_at_the_coarsest(n):
    """coarse_step never widens a printed integer beyond its first two figures: the reading a rate between two
    round figures is held to (100 as 95-105, never 50-150)."""
    from aimarket.growth import coarse_step

    step = coarse_step(float(n), 1.0)
    assert step <= 10 ** (len(str(n)) - 2)
    assert n % step == 0 and step in (10.0 ** k for k in range(len(str(n))))


@pytest.mark.parametrize("rate, verdict", [(35, "inconsistent"), (22, "exact"), (21.9, "exact")])
def test_a_rate_between_two_round_figures_is_held_to_them(rate, verdict):
    """100 to 400 over seven years is (400 / 100) ** (1 / 7) - 1 = 21.90% (at two figures, 395 / 105 .. 405 / 95:
    20.85% .. 23.00%): 35% does not hold, however the round figures were rounded."""
    pkg = am.extract_text(f"The global AI market was USD 100 billion in 2023 and will reach USD 400 billion by 2030, "
                          f"a CAGR of {rate}%.", name="t")
    assert am.audit(package=pkg)["verdict"].tolist() == [verdict]


@pytest.mark.parametrize("text", ["中国医学影像AI市场规模2030年有望达到近300亿元。报告预计，2030年市场规模将达到291.4亿元。",
                                  "Sales of edge AI chips reached nearly $500 million in 2024; the exact figure was "
                                  "$486.3 million in 2024."])
def test_an_approximate_figure_is_read_to_within_a_tenth_of_it(text):
    """'近300亿元', 'nearly $500 million': an approximation, read as 285-315 (475-525), so 291.4 (486.3) restates
    it."""
    pkg = am.extract_text(text, name="t")
    audit = am.audit(package=pkg)
    assert audit["verdict"].tolist() == ["exact"]
    approximate = pkg.claims[pkg.claims["note"].fillna("").str.contains("an approximation")]
    assert approximate[["value", "precision"]].values.tolist() in ([[300.0, 30.0]], [[500.0, 50.0]])


def _share_package(folder, parent: str, of: str):
    folder.mkdir()
    (folder / "datapackage.json").write_text('{"name": "p", "resources": [' + ", ".join(
        f'{{"name": "{r}", "path": "{r}.csv"}}' for r in ("observations", "sources", "claims")) + "]}")
    (folder / "sources.csv").write_text("source,publisher,title\ns,Example Research,Outlook\n")
    (folder / "observations.csv").write_text(
        "series,item,parent,year,value,unit,status,source,locator\nr,Total,,2030,480,USD billion,estimate,s,o:1\n"
        f"r,Service,{parent},2030,200,USD billion,estimate,s,o:2\nr,Other,{parent},2030,280,USD billion,estimate,s,o:3\n")
    (folder / "claims.csv").write_text("claim,series,item,kind,start_year,end_year,value,unit,precision,of,source,"
                                       f"locator\nc1,r,Service,share,2030,2030,40,percent,1,{of},s,o:4\n")
    return am.read_package(folder)


@pytest.mark.parametrize("parent, of, verdict", [("Total", "", "inconsistent"), ("Total", "Total", "inconsistent"),
                                                 ("", "", "unverifiable")])
def test_every_share_claim_has_its_row_in_the_audit(tmp_path, parent, of, verdict):
    """A share with no whole named is of its item's parent (200 / 480 = 41.67%, bounds 199.5 / 480.5 .. 200.5 /
    479.5 = 41.52% .. 41.81%: not 40% at step 1); with no parent either, it is unverifiable and says what to fill."""
    audit = am.audit(package=_share_package(tmp_path / "p", parent, of))
    row = audit[audit["claim"] == "c1"]
    assert row["verdict"].tolist() == [verdict]
    if verdict == "unverifiable":
        assert "fill the claim's 'of'" in row["note"].iloc[0]


@pytest.mark.parametrize("value, bound, verdict", [(40, "low", "exact"), (45, "low", "inconsistent"),
                                                   (45, "upper", "exact"), (41, "upper", "inconsistent"),
                                                   (42, "low", "rounding")])
def test_a_share_stated_as_a_bound_is_checked_on_its_side(tmp_path, value, bound, verdict):
    """"more than 40% of" (bound low) or "less than 45% of" (upper) against 200 / 480 = 41.67% (41.52%..41.81% within
    the amounts' rounding): met on its side, else inconsistent, unless the rounding reaches it ("more than 42%" at
    step 1 reaches down to 41.5%, and 41.81% is above that); it was skipped with no row."""
    folder = tmp_path / "p"
    _share_package(folder, "Total", "Total")
    claims = (folder / "claims.csv").read_text().replace("claim,series", "claim,bound,series")
    claims = claims.replace("\nc1,r,Service,share,2030,2030,40,", f"\nc1,{bound},r,Service,share,2030,2030,{value},")
    (folder / "claims.csv").write_text(claims)
    audit = am.audit(package=am.read_package(folder))
    assert audit.loc[audit["claim"] == "c1", "verdict"].tolist() == [verdict]


def test_a_claim_no_check_can_read_is_unverifiable_and_the_rest_are_checked():
    """A CAGR of -150% (below -100%, no rate a positive value can have) stopped the whole audit with a message that
    named no claim; it is now that claim's row, unverifiable with the reason, and the other claims are checked
    (2 / 1.8 - 1 = 11.1%, a printed 12% within the rounding of 2)."""
    pkg = am.extract_text("The AI market was $10 billion in 2022 and will reach $1 billion in 2030, a CAGR of -150%. "
                          "Chips grew 12% to $2 billion in 2023 from $1.8 billion in 2022.", name="n")
    audit = am.audit(package=pkg)
    assert audit[["reported", "verdict"]].values.tolist() == [[-150.0, "unverifiable"], [12.0, "rounding"]]
    assert "cannot be checked as printed" in audit["note"].iloc[0] and "-100%" in audit["note"].iloc[0]


def test_a_span_that_ends_with_the_table_holds_whatever_history_comes_before_its_start():
    """'The next four years' from 2024 against figures of 2020, 2024 and 2028: the span ends where the figures do,
    so it holds; it was inconsistent because the figures begin before it."""
    pkg = am.extract_text("Sales were $1.1bn in 2020 and $2.9bn in 2024. If the next four years repeat the last four, "
                          "sales will reach $7.5bn in 2028.", name="n")
    spans = am.audit(package=pkg).query("check == 'narrative'")
    assert spans[["reported", "recomputed", "verdict"]].values.tolist() == [[4.0, 4.0, "exact"]]


@given(point=st.floats(-50, 300), printed=st.floats(0.5, 200), spread=st.floats(0, 20),
       step=st.sampled_from([0.1, 1.0]))
def test_a_bound_on_a_rate_holds_on_its_side(point, printed, spread, step):
    """A lower bound is met exactly where the recomputed rate is at or above it, an upper bound where it is at or below;
    the two are never both broken, and a point a bound meets exactly it still meets within any rounding."""
    from aimarket.checks.context import bound_verdict

    lo, hi = point - spread, point + spread
    low, upper = (bound_verdict(point, lo, hi, printed, step, b) for b in ("low", "upper"))
    assert (low == "exact") == (point >= printed)
    assert (upper == "exact") == (point <= printed)
    assert not (low == "inconsistent" and upper == "inconsistent")
    assert bound_verdict(point, lo, hi, printed, step, "high") == upper  # a range's high end is an upper bound


@pytest.mark.parametrize("text, verdict", [
    ("The market grew from $4.0 billion in 2020 to $10.0 billion in 2025, a CAGR of more than 18%.", "exact"),
    ("The market will grow at least 35% a year, from $4 billion in 2024 to $25 billion in 2030.", "exact"),
    ("The market reached $12.0 billion in 2025, up more than 25% from $9.0 billion in 2024.", "exact"),
    ("The market reached $12.0 billion in 2025, up more than 40% from $9.0 billion in 2024.", "inconsistent"),
    ("2024年市场规模为120亿元，较2023年的100亿元增长不到15%。", "inconsistent"),
    ("2024年市场规模为120亿元，较2023年的100亿元增长15%以上。", "exact"),
])
def test_a_rate_stated_as_a_bound_is_audited_as_one(text, verdict):
    """(10 / 4) ** (1/5) - 1 = 20.1% is more than 18%; (25 / 4) ** (1/6) - 1 = 35.7% at least 35%; 12 / 9 - 1 = 33.3% is
    more than 25% but not 40%; 120 / 100 - 1 = 20% is not under 15%, and is 15% or more."""
    pkg = am.extract_text(text, name="x")
    assert pkg.claims["bound"].notna().all()
    assert am.audit(package=pkg)["verdict"].tolist() == [verdict]


@pytest.mark.parametrize("rng", ["8%-13%", "8-13%", "8%~13%", "8% to 13%"])
def test_a_range_of_rates_is_held_between_its_ends(rng):
    """"a CAGR of 8%-13%" is a range, not 8% and -13%: (20 / 10) ** (1/6) - 1 = 12.2% lies inside it."""
    pkg = am.extract_text(f"The market will grow from $10 billion in 2024 to $20 billion in 2030, a CAGR of {rng}.",
                          name="x")
    assert pkg.claims[["value", "bound"]].values.tolist() == [[8.0, "low"], [13.0, "high"]]
    assert am.audit(package=pkg)["verdict"].tolist() == ["exact", "exact"]


@pytest.mark.parametrize("text_value, table_value, verdict", [
    ("5.43", "5,435,555", "rounding"),   # 5.435555 cut to 5.43: truncated, within the printed digits
    ("5.44", "5,435,555", "exact"),      # rounded
    ("5.42", "5,435,555", "inconsistent"),  # below even the truncation
    ("5.43", "5,441,000", "inconsistent")])  # 5.441 is no cut of 5.43 at step 0.01 (that reaches below 5.44)
def test_a_texts_figure_that_cuts_a_finer_table_value_short_is_rounding_not_inconsistent(text_value, table_value, verdict):
    """Prose often cuts a table's value short: "$5.43 trillion" for 5,435,555 M$ (5.435555 trillion, which rounds to
    5.44). A value truncated to the text's step from a finer table value is read as such (rounding), a value below
    that is not."""
    text = (f"| Segment | 2025 Spending (M$) |\n|---|---|\n| Software | 1,232,145 |\n| Total | {table_value} |\n\n"
            f"Worldwide IT spending will total ${text_value} trillion in 2025.")
    pkg = am.extract_text(text, name="x")
    assert am.audit(package=pkg).query("check == 'narrative'")["verdict"].tolist() == [verdict]


@settings(max_examples=20, deadline=None)
@given(st.integers(1_000_000, 9_999_999))
def test_a_truncated_restatement_holds_and_one_step_below_it_does_not(millions):
    """Law: for a table value t (in M$, step 1) and a text figure in trillions at step 0.01, the text's floor(t) to
    that step is never inconsistent, and one step below the floor always is (computed here with integers). A value
    with trailing zeros may be rounded further, so the law is of values that end in a nonzero digit."""
    assume(millions % 10)
    cut = millions // 10_000  # hundredths of a trillion
    table = f"{millions:,}"
    verdicts = []
    for hundredths in (cut, cut - 1):
        text = (f"| Segment | 2025 Spending (M$) |\n|---|---|\n| Software | 1 |\n| Total | {table} |\n\n"
                f"Worldwide IT spending will total ${hundredths // 100}.{hundredths % 100:02d} trillion in 2025.")
        verdicts += am.audit(package=am.extract_text(text, name="x")).query("check == 'narrative'")["verdict"].tolist()
    assert verdicts[0] != "inconsistent" and verdicts[1] == "inconsistent"


@settings(max_examples=15, deadline=None)
@given(st.integers(1000, 4000), st.integers(105, 300), st.integers(-50, 400))
def test_a_rate_to_a_threshold_is_held_only_to_the_threshold(start, end_pct, rate_tenths):
    """"2023年该市场规模突破E亿元，同比增幅达R%" after "2022年…为S亿元": E is a floor, so the rise is at least E / S - 1. A
    printed rate at or above that floor is never inconsistent, and one clearly below it (by more than the values'
    and the rate's rounding) always is (the floor computed here in integers, apart from the code)."""
    end = start * end_pct // 100
    rate = rate_tenths / 10
    floor = 100 * (end - 0.5) / (start + 0.5) - 100  # the least rise the rounded values allow
    assume(abs(rate - floor) > 0.2)
    pkg = am.extract_text(f"2022年该市场规模为{start}亿元。2023年该市场规模突破{end}亿元，同比增幅达{rate:.1f}%。", name="x")
    verdicts = am.audit(package=pkg).query("check == 'cagr'")["verdict"].tolist()
    assert verdicts == (["inconsistent"] if rate < floor else ["exact"])
