"""The growth laws against 60-digit decimal arithmetic, over magnitudes 1e-300..1e300 and periods up to 1,000.

Each float result must agree with the decimal one to a few units in the last place, scaled by the
condition number of the exponential it goes through (``max(1, |x|)`` for ``exp(x)``); a result that no
float can hold must raise ``ValueError`` naming the arguments, never come back as 0, -1 or inf.
"""

from __future__ import annotations

import math
import warnings
from decimal import Decimal, localcontext

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import aimarket as am

EPS = 2.0 ** -52
MAX = Decimal(str(1.7976931348623157e308))
TINY = Decimal(str(2.2250738585072014e-308))

magnitudes = st.builds(lambda m, e: m * 10.0 ** e, st.floats(1.0, 9.999), st.integers(-300, 299))
periods = st.one_of(st.integers(1, 1000), st.floats(0.25, 1000.0))
rates = st.one_of(st.floats(-0.9999, 10.0), st.builds(lambda m, e: m * 10.0 ** e, st.floats(-9.99, 9.99), st.integers(-16, -1)))
rates = rates.filter(lambda r: r > -1)


def D(x) -> Decimal:
    return Decimal(x)  # exact: every float is a decimal fraction


def expm1(x: Decimal) -> Decimal:
    """exp(x) - 1 without cancellation: the series for tiny x (60 digits hold the rest)."""
    return x + x * x / 2 + x * x * x / 6 if abs(x) < Decimal("1e-10") else x.exp() - 1


def one_plus(r: float) -> Decimal:
    """1 + r exactly (a float's decimal expansion has at most about 1,100 digits)."""
    with localcontext() as ctx:
        ctx.prec = 1200
        return 1 + D(r)


def _check(got_call, exact: Decimal, log_size: float, what: str, *, rate: bool = False):
    """exact: the true result, from 60-digit decimal arithmetic.

    A level below the smallest normal float cannot be represented; a rate that small is as good as 0,
    and is checked to an absolute error of one such float.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        if abs(exact) > MAX or (not rate and exact != 0 and abs(exact) < TINY):
            with pytest.raises(ValueError, match="cannot be represented"):
                got_call()
            return
        got = got_call()
    assert math.isfinite(got), what
    tol = 16 * EPS * max(1.0, log_size)
    if rate and abs(exact) < TINY:
        assert abs(Decimal(got) - exact) <= TINY, what
    elif exact == 0:
        assert got == 0, what
    else:
        rel = abs((Decimal(got) - exact) / exact)
        assert rel <= Decimal(tol), f"{what}: got {got!r}, exact {exact:.20e}, relative error {rel:.3e} > {tol:.3e}"


@settings(max_examples=300)
@given(magnitudes, magnitudes, periods)
def test_cagr_against_decimal(s, e, n):
    with localcontext() as ctx:
        ctx.prec = 60
        x = (D(e).ln() - D(s).ln()) / D(n)
        exact = expm1(x)
    _check(lambda: am.cagr(s, e, n), exact, abs(float(x)), f"cagr({s!r}, {e!r}, {n!r})", rate=True)


near_one = st.builds(lambda s, f: (s, s * f), magnitudes, st.one_of(st.floats(0.25, 4.0), st.floats(1 - 1e-9, 1 + 1e-9)))


@settings(max_examples=100)
@given(st.lists(st.one_of(st.tuples(magnitudes, magnitudes), near_one), min_size=2, max_size=8), periods)
def test_cagr_on_arrays_against_decimal(pairs, n):
    """Arrays take the fused path (log1p of the relative difference, by cases only where it would lose digits):
    every element against 60 digits, as a scalar is."""
    s, e = (np.array(x) for x in zip(*pairs))
    exact = []
    with localcontext() as ctx:
        ctx.prec = 60
        for si, ei in zip(s, e):
            x = (D(float(ei)).ln() - D(float(si)).ln()) / D(n)
            exact.append((x, expm1(x)))
    if any(abs(r) > MAX for _, r in exact):
        with pytest.raises(ValueError, match="cannot be represented"):
            am.cagr(s, e, n)
        return
    got = am.cagr(s, e, n)
    for k, (x, r) in enumerate(exact):
        _check(lambda: float(got[k]), r, abs(float(x)), f"cagr({s[k]!r}, {e[k]!r}, {n!r}) in an array", rate=True)


@settings(max_examples=300)
@given(magnitudes, rates, periods)
def test_compound_and_implied_start_against_decimal(s, r, n):
    with localcontext() as ctx:
        ctx.prec = 60
        g = D(n) * one_plus(r).ln()
        up, down = D(s) * g.exp(), D(s) * (-g).exp()
    size = abs(float(g)) + abs(math.log(s))
    _check(lambda: am.compound(s, r, n), up, size, f"compound({s!r}, {r!r}, {n!r})")
    _check(lambda: am.implied_start(s, r, n), down, size, f"implied_start({s!r}, {r!r}, {n!r})")


@settings(max_examples=200)
@given(rates, st.floats(0.05, 100.0), st.floats(0.05, 100.0))
def test_rescale_rate_against_decimal(r, a, b):
    with localcontext() as ctx:
        ctx.prec = 60
        x = one_plus(r).ln() * D(b) / D(a)
        exact = expm1(x)
    _check(lambda: am.rescale_rate(r, a, b), exact, abs(float(x)), f"rescale_rate({r!r}, {a!r}, {b!r})", rate=True)


def test_the_reported_extremes():
    with localcontext() as ctx:
        ctx.prec = 60
        assert am.cagr(2.76e238, 1.11e-86, 1000) == pytest.approx(
            float(((D(1.11e-86).ln() - D(2.76e238).ln()) / 1000).exp() - 1), rel=1e-14)
        assert am.cagr(1, 1 + 1e-15, 1000) == pytest.approx(float(((D(1 + 1e-15)).ln() / 1000).exp() - 1), rel=1e-12)
        assert am.compound(4.39e287, -0.9006, 487.3) == pytest.approx(
            float(D(4.39e287) * (D(487.3) * (1 + D(-0.9006)).ln()).exp()), rel=1e-12)


def test_a_printed_minus_one_hundred_percent_is_a_rate():
    # -99.96% prints as -100.0%: the printed rate is -1 at step 0.001
    assert am.reconcile_rate(-1.0, 100, 0.04, 1, rate_step=0.001) == "exact"


def test_results_outside_the_float_range_name_the_arguments():
    with pytest.raises(ValueError, match=r"start=1e\+300, rate=10, periods=100"):
        am.compound(1e300, 10, 100)
    with pytest.raises(ValueError, match="position 1"):
        am.cagr([1, 1e-300], [2, 1e300], [1, 0.5])
