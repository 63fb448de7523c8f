"""Read a report (text, Markdown, HTML or PDF; English or Chinese) into a draft data package.

The draft has the bundled schema, so :func:`aimarket.audit`, the tables,
curves, scenarios and the report all run on it; every figure carries the
locator of the line it stands on and the step of its last printed digit,
and every guess the extractor made is listed in ``package.descriptor["notes"]``
for an analyst to correct.
"""

from __future__ import annotations

import re
from pathlib import Path

from .._validate import check_str

__all__ = ["extract", "extract_text", "SUFFIXES"]

#: the files :func:`extract` reads (the readers and their patterns load on first use, not on ``import aimarket``)
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf")


def extract_text(text: str, *, name: str = "text"):
    """A draft package of the figures and claims stated in ``text``.

    Parameters
    ----------
    text : str
        The report's text; lines are counted as given (``name:line`` locators).
    name : str, default "text"
        The document name used in locators and as the source's title.

    Returns
    -------
    Package
        Observations (figures with a year), claims (rates, shares, multiples,
        totals, restated figures), series (one per table and per subject),
        sources, the units the text uses; ``descriptor["notes"]`` lists the
        guesses.

    Examples
    --------
    >>> import aimarket as am
    >>> pkg = am.extract_text("2022年中国人工智能市场规模达到2058亿元，预计2027年将达到7119亿元。")
    >>> pkg.observations[["year", "value", "unit", "status"]].values.tolist()
    [[2022, 2058.0, 'CNY 100 million', 'actual'], [2027, 7119.0, 'CNY 100 million', 'estimate']]
    """
    from .documents import from_text
    from .draft import draft_package  # its patterns compile on first use, not on import aimarket

    return draft_package(from_text(text, _document_name(name)))


def _document_name(name) -> str:
    name = check_str(name, "name")
    if not name.strip() or ":" in name or re.search(r"[\ud800-\udfff\x00-\x1f]", name):
        raise ValueError(f"name must be a non-empty document name without ':', control characters or lone "
                         f"surrogates, got {name!r}")
    return name


def extract(path, *, name: str | None = None):
    """A draft package of the figures and claims in a report file.

    Parameters
    ----------
    path : str or pathlib.Path
        A ``.txt``, ``.md``, ``.html`` or ``.pdf`` file. PDF text is read
        with pypdf (the ``pdf`` extra); locators are then ``name:page:line``.
    name : str, optional
        The document name in locators; the file name by default.

    Returns
    -------
    Package
        As :func:`extract_text`.

    Raises
    ------
    ValueError
        An unknown extension, an empty or binary file, a PDF without text;
        the message names the file.
    LookupError
        A missing file: :class:`~aimarket.errors.MissingFileError`, also a
        ``FileNotFoundError``.

    Examples
    --------
    >>> import tempfile, pathlib, aimarket as am
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     p = pathlib.Path(tmp, "note.md")
    ...     _ = p.write_text("The AI market reached $40 billion in 2022.", encoding="utf-8")
    ...     pkg = am.extract(p)
    >>> pkg.observations["locator"].tolist()
    ['note.md:1']
    """
    from .draft import draft_package

    return draft_package(read_file(path, name=name))


def read_file(path, *, name: str | None = None):
    """The document a report file holds, its lines by page, named as :func:`extract` names it.

    Part of the library's internal API: what :func:`extract` drafts from, for callers that also read the
    document's text (the stack reads its publisher and edition from it).
    """
    if not isinstance(path, (str, Path)):
        raise TypeError(f"path must be a str or pathlib.Path, got {type(path).__name__}")
    path = Path(path)
    if name is None:  # a file's own name, made a valid document name
        name = re.sub(r"[\ud800-\udfff\x00-\x1f:]", "_", path.name)
    from .documents import read_document

    return read_document(path, _document_name(name))
