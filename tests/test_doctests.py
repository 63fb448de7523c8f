"""Every docstring example in the package runs and gives what it shows."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import aimarket

MODULES = sorted(m.name for m in pkgutil.walk_packages(aimarket.__path__, "aimarket.") if m.name != "aimarket.__main__")


@pytest.mark.parametrize("name", ["aimarket"] + MODULES)
def test_docstring_examples(name, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # examples that write files write here
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS, verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"


def test_every_public_function_has_an_example():
    missing = [name for name in aimarket.__all__
               if callable(getattr(aimarket, name)) and not isinstance(getattr(aimarket, name), type)
               and ">>>" not in (getattr(aimarket, name).__doc__ or "")]
    assert missing == []
