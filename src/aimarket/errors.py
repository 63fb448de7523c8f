"""Exceptions raised by aimarket.

Every error is a subclass of a builtin (``ValueError``, ``TypeError`` or
``LookupError``) so that callers can catch it with the builtin they expect.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping

__all__ = ["UnknownIdError", "DataError", "FitError", "MissingFileError", "Registry", "unknown"]


class UnknownIdError(LookupError, ValueError):
    """An id (series, table, family, scenario ...) that is not known.

    It is both a ``LookupError`` and a ``ValueError``; the message lists the
    closest known ids.
    """


class MissingFileError(FileNotFoundError, LookupError):
    """A file the user named that is not there: a ``LookupError``, and the ``FileNotFoundError`` Python raises."""


class DataError(ValueError):
    """A data package that breaks the schema; the message names file, row and column."""


class FitError(ValueError):
    """A curve fit that did not converge; ``optimizer_message`` keeps the optimizer's own words."""

    def __init__(self, message: str, optimizer_message: str = ""):
        super().__init__(message + (f" (optimizer: {optimizer_message})" if optimizer_message else ""))
        self.optimizer_message = optimizer_message


def unknown(kind: str, value: object, known: Iterable[str]) -> UnknownIdError:
    """Build an :class:`UnknownIdError` that suggests the closest known ids."""
    known = sorted(map(str, known))
    if not isinstance(value, str):
        return UnknownIdError(f"{kind} must be a string id, got {value!r}; known: {', '.join(known)}")
    close = difflib.get_close_matches(value, known, n=3, cutoff=0.4)
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
    return UnknownIdError(f"unknown {kind} {value!r}{hint} Known: {', '.join(known)}")


class Registry(Mapping):
    """A read-only view of named things (curve families, scenarios) whose missing name is an
    :class:`UnknownIdError` suggesting the closest, not a bare ``KeyError``.

    Examples
    --------
    >>> import aimarket as am
    >>> "logistic" in am.FAMILIES, am.FAMILIES.get("logistc")
    (True, None)
    >>> am.FAMILIES["logistc"]
    Traceback (most recent call last):
    ...
    aimarket.errors.UnknownIdError: unknown family 'logistc'; did you mean 'logistic'? ...
    """

    def __init__(self, kind: str, data: dict):
        self._kind, self._data = kind, data

    def __getitem__(self, name):
        try:
            return self._data[name]
        except (KeyError, TypeError):
            raise unknown(self._kind, name, self._data) from None

    def __contains__(self, name) -> bool:
        try:
            return name in self._data
        except TypeError:  # an unhashable name is no name
            return False

    def get(self, name, default=None):
        return self._data[name] if name in self else default

    def __iter__(self):
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"{self._kind} registry {list(self._data)!r}"
