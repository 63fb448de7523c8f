"""Observations in any row order: a package's rows are kept in series, item and year order, so every layer
sees increasing years and the same results whatever order the file lists them in."""

from __future__ import annotations

import random
import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import aimarket as am
from aimarket.datapackage import bundled_package

CLOUD = Path(__file__).parent / "fixtures" / "cloud_package"


def keeping_first_appearances(obs: pd.DataFrame, order) -> pd.DataFrame:
    """The rows of ``obs`` in the order ``order`` (a permutation of its positions), except that a row is held
    back until every (series, item) that first appears before its own in ``obs`` has appeared: years and
    items interleave freely, while the order in which series and items first appear (the printed order) is
    kept."""
    group = pd.factorize(pd.MultiIndex.from_arrays([obs["series"], obs["item"]]))[0]
    held: dict[int, list[int]] = {}
    out, opened = [], 0
    for pos in order:
        g = group[pos]
        if g > opened:
            held.setdefault(g, []).append(pos)
            continue
        out.append(pos)
        if g == opened:
            opened += 1
            while opened in held:
                out.extend(held.pop(opened))
                opened += 1
    assert not held and len(out) == len(obs)
    return obs.iloc[out].reset_index(drop=True)


def test_the_helper_keeps_first_appearances_and_moves_rows():
    obs = bundled_package().observations
    rows = list(range(len(obs)))
    random.Random(3).shuffle(rows)
    moved = keeping_first_appearances(obs, rows)
    key = ["series", "item"]
    assert moved[key].drop_duplicates().values.tolist() == obs[key].drop_duplicates().values.tolist()
    assert not moved.equals(obs) and len(moved) == len(obs)


def test_a_package_keeps_its_rows_in_series_item_and_year_order():
    obs = bundled_package().observations
    shuffled = obs.sample(frac=1, random_state=7)
    again = replace(bundled_package(), observations=shuffled).observations
    # every item's years ascend, and each item's rows are together
    assert (again.groupby(["series", "item"], sort=False)["year"].apply(lambda y: y.is_monotonic_increasing)).all()
    runs = (again[["series", "item"]] != again[["series", "item"]].shift()).any(axis=1).sum()
    assert runs == len(again[["series", "item"]].drop_duplicates())
    # the same rows, nothing lost or changed
    cols = list(obs.columns)
    pd.testing.assert_frame_equal(again.sort_values(cols[:4]).reset_index(drop=True),
                                  obs.sort_values(cols[:4]).reset_index(drop=True))


@pytest.fixture(scope="module")
def bundled_moved():
    pkg = bundled_package()
    rows = list(range(len(pkg.observations)))
    random.Random(11).shuffle(rows)
    shuffled = keeping_first_appearances(pkg.observations, rows)
    assert not shuffled.equals(pkg.observations)  # the rows really move
    return pkg, replace(pkg, observations=shuffled)


def test_every_layer_gives_the_same_on_the_bundled_package_in_another_row_order(bundled_moved):
    pkg, moved = bundled_moved
    pd.testing.assert_frame_equal(moved.observations, pkg.observations)
    pd.testing.assert_frame_equal(am.audit(package=moved), am.audit(package=pkg))
    pd.testing.assert_frame_equal(am.list_series(package=moved), am.list_series(package=pkg))
    pd.testing.assert_frame_equal(am.claims(package=moved), am.claims(package=pkg))
    with_obs = [s for s in am.list_series(package=pkg)["series"] if (pkg.observations["series"] == s).any()]
    for sid in with_obs:
        pd.testing.assert_frame_equal(am.load(sid, package=moved), am.load(sid, package=pkg))
        pd.testing.assert_frame_equal(am.load(sid, wide=True, package=moved), am.load(sid, wide=True, package=pkg))
        for numbers in (False, True):
            pd.testing.assert_frame_equal(am.reproduce(sid, audit=True, package=moved, numbers=numbers),
                                          am.reproduce(sid, audit=True, package=pkg, numbers=numbers))


def test_fits_and_projections_are_the_same_in_another_row_order(bundled_moved):
    pkg, moved = bundled_moved
    top = pkg.observations["series"].iloc[0]
    a, b = am.fit_series(top, package=moved, family="exponential"), am.fit_series(top, package=pkg, family="exponential")
    assert a.params == b.params
    pd.testing.assert_frame_equal(am.project(top, until=2035, package=moved), am.project(top, until=2035, package=pkg))


@settings(deadline=None, max_examples=10)
@given(st.randoms(use_true_random=False), st.booleans())
def test_a_package_read_from_rows_in_any_order_audits_the_same(tmp_path_factory, rnd, keep_first):
    """Read from a CSV whose rows are shuffled, a package holds the same observations; when the order in which
    series and items first appear is kept, it audits and tabulates the same row for row, and otherwise the
    audit holds the same rows in some order."""
    target = tmp_path_factory.mktemp("pkg") / "cloud"
    shutil.copytree(CLOUD, target)
    raw = pd.read_csv(CLOUD / "observations.csv", dtype=str, keep_default_na=False)
    rows = list(range(len(raw)))
    rnd.shuffle(rows)
    raw = keeping_first_appearances(raw, rows) if keep_first else raw.iloc[rows]
    raw.to_csv(target / "observations.csv", index=False)
    pkg, moved = am.read_package(CLOUD), am.read_package(target)
    audit, again = am.audit(package=pkg), am.audit(package=moved)
    if keep_first:
        pd.testing.assert_frame_equal(moved.observations, pkg.observations)
        pd.testing.assert_frame_equal(again, audit)
        for sid in moved.series["series"]:
            pd.testing.assert_frame_equal(am.reproduce(sid, audit=True, package=moved),
                                          am.reproduce(sid, audit=True, package=pkg))
    else:
        def canonical(a):
            return a.astype(str).sort_values(list(a.columns)).reset_index(drop=True)

        pd.testing.assert_frame_equal(canonical(again), canonical(audit))
    years = moved.observations.groupby(["series", "item"], sort=False)["year"]
    assert years.apply(lambda y: bool(np.all(np.diff(y.to_numpy()) > 0))).all()


def test_a_draft_whose_text_gives_the_later_year_first():
    # "reach 12.8 in 2030, up from 4.2 in 2024": the rows come 2030 then 2024; every layer sees 2024 first
    pkg = am.extract_text("The market will reach USD 12.8 billion in 2030, up from USD 4.2 billion in 2024, "
                          "growing at a CAGR of 20.4%.")
    assert pkg.observations["year"].tolist() == [2024, 2030]
    sid = pkg.series["series"].iloc[0]
    # (12.8 / 4.2) ** (1/6) = 3.047619 ** 0.16667 = 1.20409 -> 20.4%
    assert am.audit(package=pkg)["verdict"].tolist() == ["exact"]
    fit = am.fit_series(sid, package=pkg, family="exponential")
    assert fit.params["rate"] == pytest.approx(3.047619047619 ** (1 / 6) - 1)
    p = am.project(sid, until=2032, package=pkg)
    assert p[(p.scenario == "base") & (p.year == 2030)]["value"].item() == pytest.approx(12.8)
