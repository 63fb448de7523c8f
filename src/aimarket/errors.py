"""Exceptions raised by aimarket.

Every error is a subclass of a builtin (``ValueError``, ``TypeError`` or
``LookupError``) so that callers can catch it with the builtin they expect.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = ["UnknownIdError", "DataError", "FitError", "MissingFileError", "unknown"]


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
