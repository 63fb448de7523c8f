"""What a report section says, as data: a title and typed blocks (text, lists, figures, tables).

A section builds these and never writes markup; :mod:`aimarket.report.html` is the one place
that turns them into a page. Text is plain text: the renderer escapes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

__all__ = ["Span", "Text", "Items", "Heading", "Figure", "Table", "Section"]


@dataclass(frozen=True)
class Span:
    """A run of text with a role: ``strong``, ``small``, or a link to ``href``."""

    text: str
    strong: bool = False
    small: bool = False
    href: str | None = None


@dataclass(frozen=True)
class Text:
    """A paragraph: plain strings and :class:`Span` runs, in order."""

    parts: tuple

    @classmethod
    def of(cls, *parts) -> "Text":
        return cls(tuple(parts))


@dataclass(frozen=True)
class Items:
    """A bulleted list; each item is a tuple of strings and :class:`Span` runs."""

    items: tuple
    kind: str = ""


@dataclass(frozen=True)
class Heading:
    """A heading inside a section."""

    text: str


@dataclass(frozen=True)
class Figure:
    """A figure written as PNG and SVG under ``figures/``, with its caption and the source line it shows."""

    name: str
    caption: str
    source: str


@dataclass(frozen=True)
class Table:
    """A table of numbers to show formatted (or, ``printed``, a series' table as its report printed it).

    ``csv`` names the file under ``tables/`` that holds its numbers; long tables fold away after
    ``collapse_after`` rows; ``problems`` marks a table of checks that do not hold.
    """

    frame: pd.DataFrame
    csv: str | None = None
    collapse_after: int = 15
    label: str = "rows"
    problems: bool = False
    printed: bool = False


@dataclass(frozen=True)
class Section:
    """One section of the report: a title (listed in the contents) and its blocks in order."""

    title: str
    blocks: tuple = field(default_factory=tuple)
