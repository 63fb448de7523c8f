"""Reading a report into pages of lines: plain text, Markdown, HTML and PDF.

A locator counts lines of the text as given (``name:line``), or lines of a
page's extracted text for a PDF (``name:page:line``).
"""

from __future__ import annotations

import codecs
import html
import itertools
import logging
import re
from contextlib import contextmanager
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from ..errors import MissingFileError
from . import SUFFIXES, vocabulary
from .charts import pairs_as_rows, pipe_table as _pipe_table
from .numbers import _BREAK
from .vocabulary import words as _words_of

__all__ = ["Document", "read_document", "from_text", "SUFFIXES", "MAX_BYTES"]

_SURROGATE = re.compile(r"[\ud800-\udfff]")
#: the largest file read (a report of a few hundred pages is far below this)
MAX_BYTES = 200_000_000


@dataclass(frozen=True)
class Document:
    """A report's text: pages of lines, and how to name a place in it."""

    name: str
    pages: tuple  # of tuples of lines
    paged: bool = False
    #: per page, the line (as ``grep -n`` counts it) each of its lines stands on, where a line is broken into
    #: several at a vertical tab, form feed, U+0085 or U+2028 ("" for a page whose lines are all its own)
    numbers: tuple = ()
    #: what reading the file had to guess (its encoding), for the draft's notes
    notes: tuple = ()
    #: the (year, month) a web page's markup says it was published (a meta tag, its structured data, a <time>), or
    #: None: the date its text does not print
    published: tuple | None = None

    def locator(self, page: int, line: int) -> str:
        """``name:line`` or, for a paged document, ``name:page:line`` (both 1-based)."""
        if page <= len(self.numbers) and self.numbers[page - 1]:
            line = self.numbers[page - 1][line - 1]
        return f"{self.name}:{page}:{line}" if self.paged else f"{self.name}:{line}"


def from_text(text: str, name: str, notes: tuple = (), published: tuple | None = None) -> Document:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if not text.strip():
        raise ValueError(f"{name}: the text is empty")
    if "\x00" in text:
        raise ValueError(f"{name}: the text holds NUL bytes; is it a binary file?")
    if sum(1 for _ in itertools.islice(_MARKUP.finditer(text, 0, 200_000), 5)) == 5:  # HTML source as text
        (text, published), notes = html_page(text), (*notes, f"{name}: the text is HTML markup; read as the page it "
                                                             "makes (its lines are the page's, not the markup's)")
    lines, numbers = _lines(_readable(text))
    for step in (_box_drawn, _answers_after_questions, _labelled_pairs, _amounts_over_lines, _inline_bullets,
                 pairs_as_rows, _parts_over_lines, _header_over_lines, _bar_lines_as_rows, _cells_as_rows,
                 _bare_cells_as_rows, _spaced_rows):
        lines, numbers = step(lines, numbers)  # each a reading of lines as a page sets them out, in this order
    return Document(name, (lines,), numbers=(numbers,), notes=tuple(notes), published=published)


#: the box-drawing characters a terminal or a PDF draws a table's rules with, as the pipes and rules of a Markdown
#: table: "│" a cell's bar, "─" and "═" a rule, "┼", "┬", "└" and the other joints bars
_BOX = str.maketrans({**{c: "|" for c in "│┃║╎╏┆┇┊┋┼╋╬╪╫├┤┬┴┌┐└┘┣┫┳┻┏┓┗┛╠╣╦╩╔╗╚╝╞╡╤╧╒╕╘╛╟╢╥╨╓╖╙╜"},
                      **{c: "-" for c in "─━═╌╍┄┅┈┉"}})


def _box_drawn(lines: tuple, numbers: tuple) -> tuple[tuple, tuple]:
    """Lines of a table drawn with box-drawing characters ("細分市場 │ 2023 │ 2024", "────┼────") as a Markdown
    table's, with "|" and "-"; a page without them as it is."""
    if not any(re.search(r"[\u2500-\u257f]", line) for line in lines):
        return lines, numbers
    return tuple(line.translate(_BOX) for line in lines), numbers


#: a question's line and its answer's, as a FAQ or an interview prints them: "Q: Where will it be by 2030?" over "A: We
#: forecast €118 million.", "问：…" over "答：…"
_QUESTION = re.compile(r"\s*\**\s*(?:Q|Question|问|問)\s*\d{0,2}\s*\**\s*[:：.]\s*\**\s*\S")
_ANSWER = re.compile(r"\s*\**\s*(?:A|Answer|答)\s*\d{0,2}\s*\**\s*[:：.]\s*\**\s*\S")


def _answers_after_questions(lines: tuple, numbers: tuple) -> tuple[tuple, tuple]:
    """An answer read on one line with the question it answers, which may name its year or its market ("Q: Where will
    it be by 2030?" / "A: We forecast €118 million." as "Q: Where will it be by 2030? A: We forecast €118 million.");
    the pair keeps the question's line number. A page with no such pair as it is."""
    pairs = [k for k in range(len(lines) - 1) if _QUESTION.match(lines[k]) and _ANSWER.match(lines[k + 1])]
    if not pairs:
        return lines, numbers
    numbers = numbers or tuple(range(1, len(lines) + 1))
    out, at, skip = [], [], set(k + 1 for k in pairs)
    for k, line in enumerate(lines):
        if k in skip:
            continue
        out.append(f"{line.rstrip()} {lines[k + 1].strip()}" if k + 1 in skip else line)
        at.append(numbers[k])
    return tuple(out), tuple(at)


#: an HTML tag of a page's blocks or table cells: "<td>", "</tr>", "<p class=…>" (not "<br>", which a Markdown
#: table's cell may hold)
_MARKUP = re.compile(r"</?(?:table|tbody|thead|tr|td|th|p|div|li|ul|ol|h[1-6])\b[^<>]{0,400}>", re.IGNORECASE)


#: a cell that holds a figure: "$10,569M", "177.0%", "-4.1%", "(5.2)", "—"
_FIGURE_CELL = re.compile(r"[-−+(]?(?:US)?[$€£¥]?\s?\d[\d.,]*\s?(?:%|[KMBT]|bn|mn)?\)?|[—–-]|n/?a", re.IGNORECASE)


#: a bullet run into the line before it after that one's note mark: "…增加6.0%[3] - 毛利为266,153千港元"
_RUN_IN_BULLET = re.compile(r"(?<=\])\s+-\s+(?=\S)")
#: a heading run into a line after a note mark, and the bullet it heads: "[8] 资产负债情况 - 現金…", "财务表现 - 收入为…"
_RUN_IN_HEADING = re.compile(r"(?:^|(?<=\]))\s*(?P<head>[^\s\d\[\]-][^\d\[\]]{1,15}?)\s+-\s+(?=\S)")


def _parts_over_lines(lines: tuple, numbers: tuple) -> tuple[tuple, tuple]:
    """A header whose cells a page broke at the space between a part of a year and its year ("品牌 第三季", "2020",
    "第四季度", "2020", "第一季度", "2021", …), joined into one line of "2020第三季 2020第四季度 2021第一季度 …" (three
    cells at least) on its first line's number."""
    out, at = list(lines), list(numbers or range(1, len(lines) + 1))
    k = 0
    while k < len(out):
        words = out[k].split()
        if not words or not _PART_ALONE.fullmatch(words[-1]):
            k += 1
            continue
        cells, part, j = [], words[-1], k + 1
        while j + 1 < len(out) and _YEAR_WORD.fullmatch(out[j].strip()) and _PART_ALONE.fullmatch(out[j + 1].strip()):
            cells.append(out[j].strip() + part)
            part, j = out[j + 1].strip(), j + 2
        if j < len(out) and _YEAR_WORD.fullmatch(out[j].strip()):
            cells.append(out[j].strip() + part)
            j += 1
        if len(cells) >= 3:
            out[k:j], at[k:j] = [" ".join(words[:-1] + cells)], [at[k]]
        k += 1
    return (tuple(out), tuple(at)) if out != list(lines) else (lines, numbers)


#: a Markdown table's separator row: "|---|---|", "| :--- | ---: |"
_SEPARATOR_ROW = re.compile(r"\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$")


def _header_over_lines(lines: tuple, numbers: tuple) -> tuple[tuple, tuple]:
    """A Markdown table's header whose cells a page broke over lines ("| February 2023 |", "January 2024r |",
    "February 2024p |" over "|---|---|---|---|"), joined into one line on its first line's number; a header one cell
    short at its start, its last cell empty, where the rows open with a label ("| February 2023 | … | |" over "| Food
    retailers | 12,597 | …"), set one cell on so the labels' column has its own."""
    out, at = list(lines), list(numbers or range(1, len(lines) + 1))
    k = 1
    while k < len(out):
        j = k - 1
        if _SEPARATOR_ROW.fullmatch(out[k]):
            while j > 0 and k - j < 12 and not out[j].lstrip().startswith("|") and out[j].rstrip().endswith("|"):
                j -= 1
        if j < k - 1 and out[j].lstrip().startswith("|"):
            out[j:k], at[j:k] = [" ".join(line.strip() for line in out[j:k])], [at[j]]
            k = j + 1
        if _SEPARATOR_ROW.fullmatch(out[k]) and k + 1 < len(out):
            cells = [c.strip() for c in out[k - 1].strip().strip("|").split("|")]
            body = [c.strip() for c in out[k + 1].strip().strip("|").split("|")]
            if out[k - 1].lstrip().startswith("|") and len(cells) == len(body) > 1 and cells[0] and not cells[-1] \
                    and body[0] and not _FIGURE_CELL.fullmatch(body[0]) and _YEAR_WORD.search(cells[0]):
                out[k - 1] = "| | " + " | ".join(cells[:-1]) + " |"
        k += 1
    return (tuple(out), tuple(at)) if out != list(lines) else (lines, numbers)


#: a label and its value, one of several a line sets apart with semicolons: "Market size 2032: USD 6.93 billion"
_LABELLED_PAIR = re.compile(r"[A-Za-z][^:;|\t]{0,40}?:\s*\S[^;|\t]*")


def _labelled_pairs(lines: tuple, numbers: tuple) -> tuple[tuple, tuple]:
    """A line of labels and their values set apart by semicolons, as a report's listing prints its key facts
    ("Market size 2024: USD 1.84 billion; Market size 2032: USD 6.93 billion; CAGR (2025-2032): 18.1%"), read as a
    line for each pair, each on the line's number, so that each figure has the year its own label names."""
    if not any(line.count(";") >= 1 and ":" in line for line in lines):
        return lines, numbers
    out, at = [], []
    for k, line in enumerate(lines):
        n = numbers[k] if numbers else k + 1
        pieces = re.split(r"\s*;\s+", line.strip().rstrip(".;"))
        if len(pieces) >= 2 and all(_LABELLED_PAIR.fullmatch(p) for p in pieces) \
                and sum(bool(re.search(r":[^\d]{0,12}\d", p)) for p in pieces) >= 2:
            out += pieces
            at += [n] * len(pieces)
        else:
            out.append(line)
            at.append(n)
    return (tuple(out), tuple(at)) if len(out) != len(lines) else (lines, numbers)


#: an amount or a rate, as a listicle's or a slide's heading prints it alone: "$264 million", "€1.2bn", "约8.6亿元",
#: "22.4%"
_AMOUNT = (r"(?P<amount>(?:" + _words_of([c for c in vocabulary.PREFIX_CURRENCIES if not c.isalpha() or c.isupper()])
           + r")\s?\d[\d,]*(?:\.\d+)?\s*(?:" + _words_of([w for w in vocabulary.SCALES if w.isascii()])
           + r")?|(?:约|約|近|超过|超過)?\d[\d,]*(?:\.\d+)?\s*(?:万亿|萬億|亿|億|万|萬)(?:元|美元|港元|日元)"
           r"|[-+]?\d{1,3}(?:\.\d+)?\s*%(?:\s+a\s+year)?)")  # "22% a year"
#: a line that is an amount alone, perhaps numbered as a list's heading: "1. $264 million", "#3 €1.2bn"
_AMOUNT_ALONE = re.compile(r"\s*(?:\d{1,2}[.)]\s+|#\d{1,2}[.:]?\s+)?" + _AMOUNT + r"\s*[.。]?\s*$", re.IGNORECASE)
#: a line that opens on an amount alone, a sentence of its own, after a slide's or a post's number or before words that
#: point back to it: "Slide 2/8: €186 million. That's what German garages spent on AI in 2024."
_AMOUNT_OPENS = re.compile(r"(?P<lead>\s*(?:(?:slide|page|post)\s+\d{1,2}\s*/\s*\d{1,2}\s*[:.]\s*"
                           r"|\d{1,2}\s*/\s*(?:\d{1,2})?\s+)?)" + _AMOUNT + r"\.\s+(?P<words>[A-Z].*)", re.IGNORECASE)
#: a line that opens on a sum of money, bold or after a bullet, then a colon and the words that say what it is, as a
#: listicle's or a release's key findings print them: "**$2.35B**: global spending on AI lift maintenance in 2024"
_AMOUNT_LABELLED = re.compile(r"(?P<lead>\s*(?:[-*•·▪]\s+)?)(?:\*\*|__)?" + _AMOUNT + r"(?:\*\*|__)?\s*:\s*"
                              r"(?P<words>[A-Za-z\u4e00-\u9fff].*)", re.IGNORECASE)
#: words that point back to the amount before them: "That is what …", "That's what …", "This was …"
_POINTS_BACK = re.compile(r"(?:That|This|It)(?:['’]s|\s+is|\s+was)\s", re.IGNORECASE)
#: where the first sentence of a line ends: "What US firms spent on AI in 2024, a survey found. Apps did the rest."
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\u4e00-\u9fff])|[。！？]|[.!?]?\s*$")


def _amounts_over_lines(lines: tuple, numbers: tuple) -> tuple[tuple, tuple]:
    """An amount (or a rate) on a line of its own over the words that say what it is, as a listicle or a slide prints
    it ("1. $264 million" over "What US tire dealers spent on AI inspection in 2024, by one estimate."), read as one
    line: the first sentence of the words, then the amount ("What US tire dealers spent on AI inspection in 2024, by
    one estimate: $264 million."), on the amount's line number; so is an amount that is a sentence of its own before
    them on one line ("Slide 2/8: €186 million. That's what German garages spent on AI in 2024."), and one before
    a colon and its words ("$2.1 billion: the size of the market in 2024.")."""
    out, at = list(lines), list(numbers or range(1, len(lines) + 1))
    k = 0
    while k < len(out):
        m = _AMOUNT_ALONE.fullmatch(out[k])
        words = out[k + 1].strip() if k + 1 < len(out) else ""
        if m and len(words) >= 20 and re.match(r"[A-Za-z\u4e00-\u9fff]", words) and not re.search(r"[|\t]", words) \
                and not _AMOUNT_ALONE.fullmatch(words):
            out[k:k + 2], at[k:k + 2] = [_said_of(m["amount"], words)], [at[k]]
        elif (m := _AMOUNT_OPENS.fullmatch(out[k])) and len(m["words"]) >= 20 and "|" not in out[k] \
                and (m["lead"].strip() or _POINTS_BACK.match(m["words"])):
            out[k] = m["lead"] + _said_of(m["amount"], m["words"])
        elif (m := _AMOUNT_LABELLED.fullmatch(out[k])) and "%" not in m["amount"] and len(m["words"]) >= 20 \
                and "|" not in out[k] and "\t" not in out[k]:
            out[k] = m["lead"] + _said_of(m["amount"], m["words"])
        k += 1
    return (tuple(out), tuple(at)) if out != list(lines) else (lines, numbers)


def _said_of(amount: str, words: str) -> str:
    """The first sentence of ``words``, then ``amount`` after a colon, then the rest of ``words``."""
    end = _SENTENCE_END.search(words)
    first, stop, rest = words[:end.start()], end.group().strip(), words[end.end():]
    han = bool(re.search(r"[\u4e00-\u9fff]", first))
    return f"{first}{'：' if han else ': '}{amount.strip()}{stop or ('。' if han else '.')}{rest}"


def _inline_bullets(lines: tuple, numbers: tuple) -> tuple[tuple, tuple]:
    """Bullets a page ran into one line, each after the note mark that closes the one before ("财务表现 - 收入为…[3] -
    毛利为…[5] - 期內虧損為…[5] 资产负债情况 - 現金…[7]"), set on lines of their own with their headings; each keeps
    the line's number. A line with fewer than three such marks is left as it is."""
    if not any(len(_RUN_IN_BULLET.findall(line)) >= 3 for line in lines):
        return lines, numbers
    out, at = [], []
    for k, line in enumerate(lines):
        n = numbers[k] if numbers else k + 1
        if len(_RUN_IN_BULLET.findall(line)) < 3:
            out.append(line)
            at.append(n)
            continue
        marked = _RUN_IN_HEADING.sub(lambda m: "\n" + m["head"] + "\n- ", line)
        for piece in _RUN_IN_BULLET.sub("\n- ", marked).split("\n"):
            if piece.strip():
                out.append(piece.strip())
                at.append(n)
    return tuple(out), tuple(at)


def _cell_line(line: str) -> str | None:
    """The cell of a line that is one table cell with its closing bar, as some web pages copy a table ("Services |",
    "$10,569M |"), stripped; a blank cell is one space. None for any other line. (A plain scan: a pattern's spaces on
    either side of the cell would be tried against each other along a long run of blanks.)"""
    body = line.rstrip()
    if not body.endswith("|") or "|" in body[:-1]:
        return None
    cell = body[:-1].strip()
    return cell if cell else (" " if body[:-1] else None)


def _cells_as_rows(lines: tuple, numbers: tuple) -> tuple[tuple, tuple]:
    """A table copied one cell a line ("Market Segment |", "2024 Spending |", …, "Services |", "$10,569M |", …) as the
    pipe table it is: its header is the cells before the first figure's row label, its rows as many cells each; each
    row stands on the line of its first cell. A header a cell a line over rows a line each ("2024 Rank |", "Vendor |",
    …, then "1 | 3 | NVIDIA | 76,692 | …") is joined into one header line. Other lines are kept as they are."""
    out, at, k = [], [], 0
    given, numbers = numbers, numbers or tuple(range(1, len(lines) + 1))
    while k < len(lines):
        run, cells = k, []
        while run < len(lines) and (cell := _cell_line(lines[run])) is not None:
            cells.append(cell)
            run += 1
        first = next((i for i, c in enumerate(cells) if _FIGURE_CELL.fullmatch(c)), None)
        if first is None and len(cells) >= 3 and run < len(lines) and lines[run].count("|") >= len(cells) \
                and len([c for c in lines[run].split("|") if c.strip()]) == len(cells):
            out += _pipe_table(cells, [])  # a header a cell a line over rows on a line each ("2024 Rank |", …)
            at += [numbers[k], numbers[k]]
            k = run
            continue
        width = first - 1 if first is not None else 0  # the header's cells, less the first row's label
        rows = []
        for r in range(width, len(cells) - width + 1, width) if width >= 2 else ():
            row = cells[r:r + width]
            if _FIGURE_CELL.fullmatch(row[0]) or not all(_FIGURE_CELL.fullmatch(c) for c in row[1:]):
                break
            rows.append(r)
        if len(rows) < 2:  # no table: the line, or the whole run of bar-ended lines, as it is (each line read once)
            end = max(run, k + 1)
            out += lines[k:end]
            at += numbers[k:end]
            k = end
            continue
        out += _pipe_table(cells[:width], [cells[r:r + width] for r in rows])
        at += [numbers[k], numbers[k]] + [numbers[k + r] for r in rows]
        k += rows[-1] + width
    return (tuple(out), tuple(at)) if len(out) < len(lines) else (lines, given)  # a table takes fewer lines than cells


def _bar_lines_as_rows(lines: tuple, numbers: tuple) -> tuple[tuple, tuple]:
    """A table row copied a cell a line with a lone bar between its cells ("指标", "|", "2025E", "|", "2026E", "| 2027E
    |") as the pipe row it is, on the line of its first cell. Other lines are kept as they are."""
    if not any(line.strip() == "|" for line in lines):
        return lines, numbers
    out, at = [], []
    given, numbers = numbers, numbers or tuple(range(1, len(lines) + 1))
    k = 0
    while k < len(lines):
        cells, j = [lines[k].strip()], k + 1
        while j + 1 < len(lines) and lines[j].strip() == "|" and "|" not in lines[j + 1].strip()[:-1]:
            cells.append(lines[j + 1].strip().rstrip("|").strip())
            j += 2
        if j < len(lines) and len(cells) > 1 and re.fullmatch(r"\|[^|]+\|", last := lines[j].strip()):
            cells.append(last.strip("|").strip())  # "| 2028E |": the row's last cell
            j += 1
        if len(cells) < 3 or "|" in cells[0]:
            out.append(lines[k])
            at.append(numbers[k])
            k += 1
            continue
        out.append("| " + " | ".join(cells) + " |")
        at.append(numbers[k])
        k = j
    return (tuple(out), tuple(at)) if len(out) < len(lines) else (lines, given)


#: a line that is a table's year cell alone: "2024", "2025E", "FY2025", "2024年"
_YEAR_LINE = re.compile(r"\s*(?:FY)?(?:19|20)\d\d\s*(?:[EFP]|\([EFP]\)|年度?)?\s*")
#: a line that can be a row's label: words, no figure of its own, no sentence
_LABEL_LINE = re.compile(r"\s*(?=[^\d]*[^\W\d_])[^|\t]{1,80}?(?<![.。:：;；,，])\s*")


#: a line that can be a cell of a table copied a cell a line: short, no sentence
_CELL_ALONE = re.compile(r"\s*[^|\t]{1,40}?(?<![.。；;])\s*")
#: the most columns of a table copied a cell a line whose header is words
_MOST_COLUMNS = 8


class _Cells:
    """A text's lines as a table copied a cell a line sees them, read once: the lines that hold words (not blank),
    whether each can be a cell, and whether it is a figure."""

    def __init__(self, lines: tuple):
        self.lines = lines
        self.filled = [j for j, line in enumerate(lines) if line.strip()]
        self.rank = {j: n for n, j in enumerate(self.filled)}
        cell = [bool(_CELL_ALONE.fullmatch(lines[j])) for j in self.filled]
        self.figure = [bool(_FIGURE_CELL.fullmatch(lines[j].strip())) for j in self.filled]
        self.run_end = [0] * len(self.filled)  # where the run of cells from each filled line ends (its rank)
        end = len(self.filled)
        for n in range(len(self.filled) - 1, -1, -1):
            end = end if cell[n] else n
            self.run_end[n] = end

    def worded(self, k: int) -> tuple[list[int], int] | None:
        """A table copied one cell a line, blank lines between them or not, whose header is words ("指標名稱", "單位",
        "本期累計", "同比增減%", then "軟件業務收入合計", "億元", "137276", "10.0", …), starting at line ``k``: the lines
        of its cells, header first, and its width; None where no such table starts there. Its width is the one whose
        rows (two at least) each open with a label and print figures in the same cells, the last one's among them."""
        first = self.rank.get(k)
        if first is None:
            return None
        end, figure = self.run_end[first], self.figure
        best = None
        for width in range(3, _MOST_COLUMNS + 1):
            if first + 3 * width > end or any(figure[first:first + width]):
                continue
            mask = figure[first + width:first + 2 * width]
            if mask[0] or not mask[-1]:
                continue
            rows = 1
            while first + (rows + 2) * width <= end and \
                    figure[first + (rows + 1) * width:first + (rows + 2) * width] == mask:
                rows += 1
            if rows >= 2 and (best is None or rows * width > best[0] * best[1]):
                best = (rows, width)
        if best is None:
            return None
        return self.filled[first:first + (best[0] + 1) * best[1]], best[1]


def _bare_cells_as_rows(lines: tuple, numbers: tuple) -> tuple[tuple, tuple]:
    """A table copied one cell a line with nothing to mark its cells ("Industry", "1992", "1995", "Total all IT
    industries", "371,080", "491,292", "Hardware", …) as the pipe table it is: two or more lines of a year alone
    (under the row labels' header, if a line of words stands right above them) head it, and each row is a line of
    words and as many lines of a figure; two rows at least; or a header of words, each row a label and as many cells
    (:meth:`_Cells.worded`). Each row stands on the line of its label."""
    out, at = [], []
    given, numbers = numbers, numbers or tuple(range(1, len(lines) + 1))
    k = 0
    cells_of = _Cells(lines)
    while k < len(lines):
        worded = cells_of.worded(k) if not _YEAR_LINE.fullmatch(lines[k]) else None
        if worded is not None:
            cells, width = worded
            text = [lines[c].strip() for c in cells]
            out += _pipe_table(text[:width], [text[r:r + width] for r in range(width, len(text), width)])
            at += [numbers[k], numbers[k]] + [numbers[cells[r]] for r in range(width, len(cells), width)]
            k = cells[-1] + 1
            continue
        width = 0
        while k + width < len(lines) and _YEAR_LINE.fullmatch(lines[k + width]):
            width += 1
        rows, j = [], k + width
        while width >= 2 and j + width < len(lines) and _LABEL_LINE.fullmatch(lines[j]) \
                and not _VALUE_WORD.fullmatch(lines[j].strip()) \
                and all(_FIGURE_CELL.fullmatch(c.strip()) for c in lines[j + 1:j + width + 1]):
            rows.append(j)
            j += width + 1
        if len(rows) < 2:
            out.append(lines[k])
            at.append(numbers[k])
            k += 1
            continue
        label = out[-1] if out and _LABEL_LINE.fullmatch(out[-1]) and not _YEAR_WORD.search(out[-1]) else ""
        if label:  # the row labels' header: "Industry", "Segment"
            out.pop()
            at.pop()
        out += _pipe_table([label.strip(), *(c.strip() for c in lines[k:k + width])],
                           [[c.strip() for c in lines[r:r + width + 1]] for r in rows])
        at += [numbers[k], numbers[k]] + [numbers[r] for r in rows]
        k = j
    return (tuple(out), tuple(at)) if len(out) < len(lines) else (lines, given)


#: a value in a table that lost its separators: "1,244,308", "46.8", "-4.1%", "$5.2", "—", "n/a"
_VALUE_WORD = re.compile(r"[-−+]?[$€£¥₹]?(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(?:\.\d+)?%?|[—–-]|n/?a",
                         re.IGNORECASE)
#: a header word that starts with a year: "2025", "2026E", "FY2025", "2024年规模（亿元）"
_YEAR_WORD = re.compile(r"(?:FY)?(?:19|20)\d\d(?![\d,.])")
#: a part of a year as one word, before its year: "2Q", "Q4", "H1", "1H"
_PART_WORD = re.compile(r"[1-4]Q|Q[1-4]|[12]H|H[12]", re.IGNORECASE)
#: a part of a year alone on a line or closing one, as a header broken a cell a line gives it: "第三季", "第四季度",
#: "Q3", "2H"
_PART_ALONE = re.compile(r"第?[一二三四1-4]季度?|[上下]半年|" + _PART_WORD.pattern, re.IGNORECASE)
#: a part of a year and its year as one word: "1Q2023", "3Q25", "2025Q2", "1H24"
_PART_AND_YEAR = re.compile(r"(?:[1-4]Q|Q[1-4]|[12]H|H[12])'?(?:(?:19|20)\d\d|\d\d)|(?:19|20)\d\d(?:Q[1-4]|H[12])",
                            re.IGNORECASE)
#: the word between the two periods a change column compares: "3Q2020 / 3Q2019", "2024 vs 2023"
_VERSUS = re.compile(r"/|vs\.?|versus|v\.", re.IGNORECASE)
#: a year span as one word: "2025-2030", "(2024–2030)"
_SPAN_WORD = re.compile(r"\(?(?:19|20)\d\d\s*[-–~至]\s*(?:19|20)?\d\d\)?")


def _words(line: str) -> list[str]:
    """A line's words, a bracketed word joined to the one before it ("Growth (%)", "2024年规模 （亿元）"), and a lone
    percent sign to the figure before it ("-5 %": one cell, "-5%"), or to the word after it in a header ("% Change")."""
    words = []
    for word in line.split():
        if words and word[0] in "(（[" and not _SPAN_WORD.fullmatch(word):
            words[-1] += " " + word
        elif word == "%" and words and _VALUE_WORD.fullmatch(words[-1]) and not _YEAR_WORD.fullmatch(words[-1]):
            words[-1] += "%"
        elif words and words[-1] == "%":
            words[-1] += " " + word
        else:
            words.append(word)
    return words


def _head_length(words: list[str]) -> int:
    """How many of a header cell's words name its year: two for a part and its year ("2Q 2023"), else one."""
    return 1 + (len(words) > 1 and bool(_PART_WORD.fullmatch(words[0])) and bool(_YEAR_WORD.match(words[1])))


def _two_periods(word: str) -> bool:
    """Whether a word is two periods a change column compares: "3Q18/3Q17", "2024/2023"."""
    periods = word.split("/")
    return len(periods) == 2 and all(_PART_AND_YEAR.fullmatch(p) or _YEAR_WORD.fullmatch(p) for p in periods)


def _header_cells(words: list[str], width: int) -> list[str] | None:
    """A header's cells from its words, the row labels' first ("" where it names none), then ``width`` more, or None:
    a cell starts at each year or part of a year ("2025 Spending 2025 Growth (%)" is two cells, "Segment 2023 2024"
    two after the row labels' header "Segment", "Region 2Q 2023 1Q2023" two); where that makes too few, a cell that
    is a year and words splits after its year, the last first ("2030 CAGR (2025-2030)": "2030", "CAGR …")."""
    starts = [i - 1 if i and _PART_WORD.fullmatch(words[i - 1]) and _YEAR_WORD.match(w) else i  # "2Q 2023"
              for i, w in enumerate(words)
              if (_PART_AND_YEAR.fullmatch(w) or _YEAR_WORD.match(w) and not (i and _SPAN_WORD.match(w))
                  or _two_periods(w))  # "3Q18/3Q17 Change"
              and not (i and _VERSUS.fullmatch(words[i - 1]))]  # "3Q2020 / 3Q2019" is one cell
    if len(starts) < 2 or len(starts) > width:
        return None
    cells = [words[a:b] for a, b in zip(starts, starts[1:] + [len(words)])]
    k = len(cells) - 1
    while len(cells) < width and k >= 0:
        head = _head_length(cells[k])  # "2Q 2022 2Q (YoY)": "2Q 2022" and the rest
        if len(cells[k]) > head and not _VERSUS.fullmatch(cells[k][head]):  # not "3Q2020" from "/ 2Q2020"
            cells[k:k + 1] = [cells[k][:head], cells[k][head:]]
            k += 1  # the words split off may split again
        else:
            k -= 1
    return [" ".join(c) for c in [words[:starts[0]]] + cells] if len(cells) == width else None


def _row_of(words: list[str]) -> tuple[str, list[str]] | None:
    """A row of a table that lost its separators: its label (words, the first no value) and its values after it."""
    k = len(words)
    while k and _VALUE_WORD.fullmatch(words[k - 1]):
        k -= 1
    if k == 0 or k == len(words) or not any(c.isalpha() for c in " ".join(words[:k])):
        return None
    return " ".join(words[:k]), words[k:]


#: the word that opens a table's source or note line: "Source:", "Notes:", "资料来源：", "注："
_FOOT_WORD = re.compile(r"(?:sources?|notes?|资料来源|資料來源|数据来源|數據來源|来源|來源|注|註)\s*[:：]", re.IGNORECASE)


#: a header's last cell that heads a column of rates: "Change (%)", "Growth 2024-25 (%)", "YoY", "CAGR 2025-2030"
_RATE_HEAD = re.compile(r"(?:" + _PART_WORD.pattern + r")?\s*[(（]?(?:" + _words_of(vocabulary.CHANGE_HEADERS + vocabulary.QOQ
                        + vocabulary.CAGR) + r")(?:[)）]|\s.{0,24})?", re.IGNORECASE)


def _rows_on_one_line(words: list[str]) -> tuple[list[str], list[tuple], str] | None:
    """A whole table on one line ("2025 Spending 2025 Growth (%) Data Centre Systems 496,231 48.9 Devices 788,335
    9.1 …"): three or more runs of as many values, each after its label, to the line's end or to its source, note or
    caption ("… Overall IT 5,259,784 7.2 Source: Gartner (October 2024)", "… Total 107.64 102.64 5 % Annual billings by
    region", returned as the third item); the header before the
    first label, of years alone ("2024 2025 Cloud 12 14 …") or with its last cell's words those of an earlier cell
    (where "… 2025 Growth (%)" ends and "Data Centre Systems" begins)."""
    foot = next((i for i, w in enumerate(words) if i and _FOOT_WORD.match(w) and _VALUE_WORD.fullmatch(words[i - 1])),
                len(words))
    last = max((i for i, w in enumerate(words) if _VALUE_WORD.fullmatch(w)), default=len(words))
    if foot == len(words) and 0 < len(words) - last - 1 <= 15:  # a caption after the last row, no figure in it:
        foot = last + 1  # "… Total 107.64 102.64 5% Annual billings by region in billions of USD with YoY change"
    words, foot = words[:foot], " ".join(words[foot:])
    runs, k = [], len(words)  # (label start, value start, end), last first
    while k:
        end = k
        while k and _VALUE_WORD.fullmatch(words[k - 1]) and not _YEAR_WORD.fullmatch(words[k - 1]):
            k -= 1
        if k == end or not k:
            break
        label = k
        while label and not _VALUE_WORD.fullmatch(words[label - 1]):
            label -= 1
        runs.append((label, k, end))
        k = label
    runs = runs[::-1]
    widths = {end - k for _, k, end in runs}
    if len(runs) < 3 or len(widths) != 1 or runs[-1][2] != len(words):
        return None
    width = widths.pop()
    first, body, _ = runs[0]
    for cut in range(max(first, body - 12, 1), body):  # the header's end, then the first row's label (a few words)
        if _YEAR_WORD.match(words[cut]) or _PART_AND_YEAR.fullmatch(words[cut]) or _VERSUS.fullmatch(words[cut]):
            # no label starts with a year or a part of one: "Growth 2024-25 (%)", "2Q2020" head columns
            continue
        cells = _header_cells(words[:cut], width)
        said = [c.split()[_head_length(c.split()):] for c in cells[1:]] if cells else []  # words after the year
        if cells and (not any(said) or said[-1] and said[-1] in said[:-1] or _RATE_HEAD.fullmatch(cells[-1])
                      or said[-1][:1] and _VERSUS.fullmatch(said[-1][0])):  # "… 3Q2020 / 3Q2019", a change column
            rows = [(" ".join(words[cut:body]), words[body:runs[0][2]])]
            rows += [(" ".join(words[a:b]), words[b:c]) for a, b, c in runs[1:]]
            return cells, rows, foot
    return None


#: a header's cells run together where a year follows a word's last letter or a bracket: "Spending2023", "(%)2024"
_GLUED_YEAR = re.compile(r"(?<=[a-z)%])(?=(?:19|20)\d{2}(?!\d))")


def _is_header(words: list[str]) -> bool:
    """Words that can head a table of years: two or more start with a year or are a part of one ("3Q18"), and none is
    a value but a year."""
    return sum(bool(_YEAR_WORD.match(w) or _PART_AND_YEAR.fullmatch(w)) for w in words) >= 2 and all(
        _YEAR_WORD.match(w) or not _VALUE_WORD.fullmatch(w) for w in words)


def _spaced_rows(lines: tuple, numbers: tuple) -> tuple[tuple, tuple]:
    """A table that lost its separators, as a web page copies it: a header of years ("2025 Spending 2025 Growth (%)
    2026 Spending 2026 Growth (%)") over rows of a label and as many values, one a line with single spaces between
    ("Devices 783,157 8.4 836,275 6.8") or all on the header's line; rebuilt as the pipe table it is, each row on its
    own line's number. A line with a tab or a wide gap is left to the reader of aligned columns, and a header whose
    cells run together ("2023 Spending2023 Growth (%)2024 Spending…") is set apart with wide gaps for it."""
    if not any(_YEAR_WORD.search(line) or _PART_AND_YEAR.search(line) for line in lines):
        return lines, numbers
    out, at = [], []
    given, numbers = numbers, numbers or tuple(range(1, len(lines) + 1))
    k = 0
    while k < len(lines):
        kept, line = lines[k], lines[k].strip()
        table, foot = None, ""
        if _GLUED_YEAR.search(line) and _is_header(_words(apart := _GLUED_YEAR.sub("  ", line))):
            kept = line = apart  # "2023 Spending2023 Growth (%)2024 Spending…"
        below = 1  # the header's lines
        if k + 1 < len(lines) and (merged := _years_over_labels(line, lines[k + 1].strip())):
            line, below = merged, 2  # "2013 2013 2014 2014" over "Spending Growth(%) Spending Growth(%)"
        if "\t" not in line and "  " not in line and (_YEAR_WORD.search(line) or _PART_AND_YEAR.search(line)):
            words = _words(line)
            if (whole := _rows_on_one_line(words)) is not None:
                table = whole[0], [(r, numbers[k]) for r in whole[1]], k + 1, numbers[k]
                foot = whole[2]
            elif _is_header(words):
                rows, j = [], k + below
                while j < len(lines) and "\t" not in lines[j].strip() and "  " not in lines[j].strip() and (
                        row := _row_of(_words(lines[j]))) and (not rows or len(row[1]) == len(rows[0][0][1])):
                    rows.append((row, numbers[j]))
                    j += 1
                cells = _header_cells(words, len(rows[0][0][1])) if len(rows) >= 2 else None
                if cells:
                    table = cells, rows, j, numbers[k]
        if table is None:
            out.append(kept)
            at.append(numbers[k])
            k += 1
            continue
        cells, rows, k, head = table
        out += _pipe_table(cells, [[label, *values] for (label, values), _ in rows])
        at += [head, head] + [n for _, n in rows]
        if foot:  # the source or note after the table's last row, a line of its own on the table's line
            out.append(foot)
            at.append(head)
        if below == 2:  # the labels' line, kept empty so that the lines after it keep their numbers
            out.insert(len(out) - len(rows), "")
            at.insert(len(at) - len(rows), numbers[k - len(rows) - 1])
    return (tuple(out), tuple(at)) if out != list(lines) else (lines, given)


def _years_over_labels(years: str, labels: str) -> str | None:
    """One header of a line of years alone over a line of as many labels, or as many groups of words alike ("2013
    2013 2014 2014" over "Spending Growth(%) Spending Growth(%)" is "2013 Spending 2013 Growth(%) 2014 Spending 2014
    Growth(%)"), else ``None``."""
    ys = years.split()
    if len(ys) < 2 or not all(_YEAR_WORD.fullmatch(y) for y in ys) or "\t" in labels or "  " in labels:
        return None
    words = _words(labels)
    if not words or len(words) % len(ys) or any(_VALUE_WORD.fullmatch(w) or _YEAR_WORD.match(w) for w in words):
        return None
    n = len(words) // len(ys)
    return " ".join(f"{y} {' '.join(words[i * n:(i + 1) * n])}" for i, y in enumerate(ys))


def _readable(text: str) -> str:
    """Text with lone surrogates (halves of a character, from a broken decoder) replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


_LINE_END = re.compile(r"\r\n|\r|\n")


def _lines(text: str) -> tuple[tuple, tuple]:
    """The lines of a text, and the line each stands on as an editor and ``grep -n`` count them: split at ``\\n``,
    ``\\r\\n`` and ``\\r``; a line broken at a form feed, a vertical tab, U+001C-U+001F, U+0085 or U+2028-U+2029
    (Word's soft line break, some web exports' only one) is read as lines that all keep its number, so a table set
    with them is read and the locators after a page's form feed are not one line on; so is a line that runs a slide's
    bullets together. The numbers are () when every line is its own."""
    lines = _LINE_END.split(text)
    if lines[-1] == "":  # the line end of the last line starts no line
        lines.pop()
    if not any(_BREAK.search(line) or _bulleted(line) for line in lines):
        return tuple(lines), ()
    parts = [(k, bullet) for k, line in enumerate(lines, 1) for part in _BREAK.split(line)
             for bullet in (_INLINE_BULLET.split(part) if _bulleted(part) else (part,))]
    return tuple(part for _, part in parts), tuple(k for k, _ in parts)


#: the space before a bullet inside a line: a slide's bullets run together on one line ("… opportunity. • TAM: $31B
#: (2024) • ~23% CAGR • Speech-to-text: $9.4B"), each of which is a line of its own
_INLINE_BULLET = re.compile(r"\s+(?=[•●▪]\s)")


def _bulleted(line: str) -> bool:
    """Whether ``line`` runs two bullets or more together (:data:`_INLINE_BULLET`)."""
    return sum(map(line.count, "•●▪")) >= 2 and _INLINE_BULLET.search(line) is not None


def read_document(path: Path, name: str) -> Document:
    """Read ``path`` by its extension; errors name the file."""
    suffix = path.suffix.lower()
    if path.is_dir():
        raise ValueError(f"path {str(path)!r} is a folder, not a report file; give one .txt, .md, .html or .pdf file")
    if suffix not in SUFFIXES:
        raise ValueError(f"path {str(path)!r}: unknown extension {suffix or '(none)'!r}; aimarket reads {', '.join(SUFFIXES)}")
    if not path.is_file():
        raise MissingFileError(f"path {str(path)!r}: no such file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ValueError(f"path {str(path)!r}: {size:,} bytes is more than a report aimarket reads ({MAX_BYTES:,})")
    if suffix == ".pdf":
        return _read_pdf(path, name)
    raw = path.read_bytes()
    bom = _wide_bom(raw)
    if bom is None and b"\x00" in raw[:8192]:
        bom = _wide_without_bom(raw)
        if bom is None:
            raise ValueError(f"path {str(path)!r}: looks like a binary file, not {suffix} text")
    text, note = _decode(raw, path, bom, _declared(raw) if suffix in (".html", ".htm") else None)
    published = None
    if suffix in (".html", ".htm"):
        text, published = html_page(text)
    try:
        return from_text(text, name, (f"{name}: {note}",) if note else (), published)
    except ValueError as exc:
        raise ValueError(f"path {str(path)!r}: {str(exc).split(': ', 1)[-1]}") from None


#: byte-order marks of the wide Unicode encodings (Windows Notepad's "Unicode" is UTF-16 LE), longest first:
#: the UTF-32 LE mark begins with the UTF-16 LE one
_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
              (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _wide_bom(raw: bytes) -> str | None:
    """The encoding a UTF-16 or UTF-32 byte-order mark at the start of ``raw`` names, or None."""
    return next((encoding for bom, encoding in _WIDE_BOMS if raw.startswith(bom)), None)


def _wide_without_bom(raw: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for text in UTF-16 with no byte-order mark (every other byte a NUL where the text
    is ASCII, as its digits and spaces are, and the whole read as text), else None: a binary file."""
    head = raw[:8192]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if len(raw) % 2 or len(head) < 4:
        return None
    encoding = "utf-16-le" if odd >= len(head) // 8 and even == 0 else \
        "utf-16-be" if even >= len(head) // 8 and odd == 0 else None
    try:
        return encoding if encoding and _not_text(raw.decode(encoding)) <= 0.01 else None
    except UnicodeDecodeError:
        return None


#: a charset an HTML page declares: ``<meta charset="...">``, ``<meta http-equiv="Content-Type" content="text/html;
#: charset=...">`` or ``<?xml ... encoding="..."?>``
_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*(?P<meta>[A-Za-z0-9_.:-]+)"
                      rb"|<\?xml[^>]*?encoding\s*=\s*[\"'](?P<xml>[A-Za-z0-9_.:-]+)", re.IGNORECASE)
#: the codecs browsers read some labels with (the WHATWG Encoding Standard): Latin-1 and ASCII as windows-1252, GB2312
#: and GBK as GB18030, Shift_JIS as Windows-31J, Big5 with the HKSCS extension, EUC-KR as its Windows superset
_LABELS = {"iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "l1": "cp1252",
           "ascii": "cp1252", "us-ascii": "cp1252", "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030",
           "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "ms_kanji": "cp932",
           "big5": "big5hkscs", "euc-kr": "cp949"}


def _declared(raw: bytes) -> str | None:
    """The codec of the charset an HTML page declares in its first 4,096 bytes, or None (none, or one Python does
    not know)."""
    m = _CHARSET.search(raw[:4096])
    if m is None:
        return None
    label = (m.group("meta") or m.group("xml")).decode("ascii").lower()
    try:
        return codecs.lookup(_LABELS.get(label, label)).name
    except LookupError:
        return None


#: the encodings a report that is not UTF-8 is tried in, in order: Simplified Chinese, Traditional Chinese, Japanese
_LEGACY = ("gb18030", "big5hkscs", "cp932")
#: the codecs of the Western European labels a CMS template declares whatever its page is written in
_WESTERN = ("cp1252", "iso8859-1", "iso8859-15")
#: the share of bytes outside ASCII up to which a file that is not UTF-8 may be English with a few Latin-1 letters
_STRAY = 0.05


def _common(text: str, encoding: str) -> tuple[int, int, int]:
    """How many of a decoded text's first 4,096 non-ASCII characters are common in that encoding, how many are valid
    in it, and how many there are. Common: those of GB2312 for GB18030, Big5's symbols and frequent characters for
    Big5, the kana and JIS level 1 for Shift-JIS. Valid: the common ones, and GBK's extension for GB18030 (traditional
    and rarer characters: '鍵盤', '軟體'). Bytes in another encoding read as one of these give mostly rare characters
    (Shift-JIS read as GB18030 gives '擔杮偺AI巗応婯柾偼'), or private-use ones."""
    common = valid = wide = 0
    for ch in itertools.islice((ch for ch in text if not ch.isascii()), 4096):
        wide += 1
        try:
            b = ch.encode(encoding)
        except UnicodeEncodeError:
            continue
        if len(b) != 2:
            continue
        if encoding == "gb18030":
            user = 0xAA <= b[0] <= 0xAF or b[0] >= 0xF8   # GB18030's private-use rows (trail byte 0xA1 or more)
            common += 0xA1 <= b[0] and not user and b[1] >= 0xA1
            valid += not user or b[1] < 0xA1
        elif encoding == "big5hkscs":
            common += 0xA1 <= b[0] <= 0xC6
        else:
            common += 0x81 <= b[0] <= 0x84 or 0x88 <= b[0] <= 0x9F
    return common, max(valid, common), wide


def _not_text(text: str) -> float:
    """The share of a text's first 4,096 characters that no text holds: controls other than whitespace, format
    characters, unassigned code points, private use and surrogates (bytes read in the wrong encoding)."""
    import unicodedata

    head = text[:4096]
    bad = sum(unicodedata.category(ch) in ("Cc", "Cf", "Cn", "Co", "Cs") and ch not in "\t\n\r\f\v" for ch in head)
    return bad / max(len(head), 1)


def _readings(raw: bytes) -> list[tuple[float, float, int, str, str, float]]:
    """The readings of bytes that are not UTF-8 in each of GB18030, Big5 and Shift-JIS that decodes them, as (score,
    share of common characters, rare characters, encoding, text, lead). GB18030 scores the mean of its shares of valid
    and of common characters (Big5 read as GB18030 is all valid, half of it common), the others their share of common
    ones; a reading with unreadable characters scores 0. GB18030 (the default of most reports that are not UTF-8)
    leads the others by the lead, so it keeps a near tie, the nearer the fewer characters there are to count (two
    characters cannot tell GBK's '網路' from Big5's '鋒繚')."""
    read = []
    for encoding in _LEGACY:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        common, valid, wide = _common(text, encoding)
        ok = _not_text(text) <= 0.01
        share = common / max(wide, 1) if ok else 0.0
        score = (share + valid / max(wide, 1)) / 2 if encoding == "gb18030" and ok else share
        lead = max(0.1, max(wide, 1) ** -0.5) if encoding == "gb18030" else 0.0
        read.append((score, share, wide - valid, encoding, text, lead))
    return read


def _common_reading(read: list) -> bool:
    """Whether one of :func:`_readings` gives mostly common characters."""
    return any(r[1] >= 0.5 for r in read)


def _decode(raw: bytes, path: Path, bom: str | None = None, declared: str | None = None) -> tuple[str, str | None]:
    """The text of a file's bytes, and a note on what was guessed (or None): by its byte-order mark (or UTF-16 with
    none), as UTF-8, in the charset an HTML page declares, else in the one of GB18030, Big5 and Shift-JIS that decodes
    it into common characters, or as windows-1252 when it is ASCII but for a few bytes; a file none of them reads is
    refused, naming it. A declared charset is a hint: a page it cannot decode, or a CJK page labelled Latin-1 or
    windows-1252 (a CMS template's default) that it would read as 'ÄêÖÐ¹ú', is read as if it declared none."""
    if bom is not None:
        name = bom.upper()
        said = (f"starts with a {name} byte-order mark but" if _wide_bom(raw)
                else f"looks like {name} text (no byte-order mark) but")
        try:
            text = raw.decode(bom)      # the codec reads the mark and drops it
        except UnicodeDecodeError as exc:
            raise ValueError(f"path {str(path)!r}: {said} cannot be decoded as {name} text ({exc.reason} at byte "
                             f"{exc.start})") from None
        if _not_text(text) > 0.01:
            raise ValueError(f"path {str(path)!r}: {said} cannot be decoded as {name} text (it reads as control and "
                             "unassigned characters)")
        return text, None
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    if declared is not None:
        read: list = []  # the CJK readings, made where they are needed
        try:
            text = raw.decode(declared)
        except UnicodeDecodeError as exc:
            why = f"cannot be decoded in it ({exc.reason} at byte {exc.start})"
        else:
            if declared not in _WESTERN:
                return text, None
            # GB2312's characters take two bytes from 0xA1 up, which Latin text seldom puts side by side (a smart
            # quote before a letter reads in Shift-JIS as a kanji, so only GB18030 is asked)
            read = _readings(raw)
            if not _common_reading([r for r in read if r[3] == "gb18030"]):
                return text, None
            why = "reads in it as letters with accents where a CJK encoding reads common characters"
        read = read or _readings(raw)
        try:
            text, encoding = _undeclared(raw, path, read)
        except ValueError:
            if not any(r[3] == "gb18030" for r in read):
                raise ValueError(f"path {str(path)!r}: declares the charset {declared!r} but {why}, and it cannot be "
                                 "decoded as GB18030, Big5 or Shift-JIS either; save it as UTF-8") from None
            text, encoding = raw.decode("gb18030"), "gb18030"   # as every page GB18030 decodes was read
        return text, f"the page declares the charset {declared!r} but {why}; read as {encoding}"
    text, encoding = _undeclared(raw, path, _readings(raw))
    return text, (f"not UTF-8; read as windows-1252, as it is ASCII but for a few bytes: check its non-ASCII letters"
                  if encoding == "cp1252" else None)


def _undeclared(raw: bytes, path: Path, read: list) -> tuple[str, str]:
    """The text and encoding of bytes that are not UTF-8 and declare no charset: a CJK reading that gives common
    characters or, for bytes that are ASCII but for a few (at most :data:`_STRAY` of them: an English report with a
    Latin-1 'é' or no-break space), windows-1252 with its five unused bytes as U+FFFD; else refused."""
    if not _common_reading(read) and sum(b > 0x7F for b in raw) <= _STRAY * len(raw):
        return raw.decode("cp1252", errors="replace"), "cp1252"
    if not read:
        raise ValueError(f"path {str(path)!r}: cannot be decoded as UTF-8, GB18030, Big5 or Shift-JIS text; "
                         "save it as UTF-8")
    score, _, rare, encoding, text, _ = max(read, key=lambda r: r[0] + r[5])
    if score < 0.5 and rare > 0.01 * len(text):
        raise ValueError(f"path {str(path)!r}: not UTF-8, and read as GB18030, Big5 or Shift-JIS it gives mostly rare "
                         "or unreadable characters; save it as UTF-8")
    return text, encoding


#: the name or property of a meta tag that holds a page's publication date: "article:published_time", "pubdate",
#: "publish-date", "PubDate", "pubtime", "date", "dcterms.date", "citation_publication_date", "datePublished"
_PUBLISHED_META = re.compile(r"(?:^|[:._])(?:pub(?:lish(?:ed)?)?[_-]?(?:date|time)|(?:publication[_-]?)?date|"
                             r"date[_-]?published|issued)$", re.IGNORECASE)
#: structured data's publication date in a page's script: "datePublished": "2025-03-11"
_DATE_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{4,40})"')
#: the year and month that open a machine-readable date: "2025-03-11T08:30:00Z", "2025/05/06", "2024-08-20 10:32"
_MACHINE_DATE = re.compile(r"\s*((?:19|20)\d{2})(?:[-/.](0?[1-9]|1[0-2])(?!\d))?")


class _HTMLText(HTMLParser):
    """Visible text of an HTML page, a line per block, table cells joined by tabs; and the dates its markup says it
    was published on (``declared``: meta tags and structured data; ``timed``: a ``<time datetime>``)."""

    BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article",
              "header", "footer", "caption", "title", "ul", "ol", "blockquote", "pre", "nav", "aside", "main",
              "figure", "figcaption", "dl", "dt", "dd", "hr", "address", "details", "summary", "form", "fieldset"}
    SKIP = {"script", "style", "noscript", "template", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.declared: list[str] = []
        self.timed: list[str] = []
        self.sup: list[str] | None = None  # the text of a <sup> while it lasts

    def handle_starttag(self, tag, attrs):
        named = dict(attrs)
        said = named.get("name") or named.get("property") or named.get("itemprop") or ""
        if tag == "meta" and _PUBLISHED_META.search(said) or said == "datePublished":
            self.declared.append(named.get("content") or named.get("datetime") or "")
        elif tag == "time" and named.get("datetime"):
            self.timed.append(named["datetime"])
        if tag in self.SKIP and tag != "head":
            self.skipping += 1
        elif tag == "sup":
            self.sup = []
        elif tag in ("td", "th"):
            self.parts.append("\t")
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and tag != "head":
            self.skipping = max(0, self.skipping - 1)
        elif tag == "sup" and self.sup is not None:
            self.parts.append(_superscript("".join(self.sup), next((p[-1] for p in reversed(self.parts) if p), "")))
            self.sup = None
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            (self.parts if self.sup is None else self.sup).append(re.sub(r"[ \t\r\n]+", " ", data))
        else:
            self.declared += _DATE_PUBLISHED.findall(data)

    def published(self) -> tuple | None:
        """The (year, month) of the first date the page declares it was published on, else of its first
        ``<time datetime>``; None where neither holds one."""
        for said in self.declared + self.timed[:1]:
            if m := _MACHINE_DATE.match(said):
                return int(m.group(1)), int(m.group(2)) if m.group(2) else None
        return None


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _superscript(text: str, before: str) -> str:
    """What a ``<sup>`` reads as on the page's line: its digits raised ("m<sup>2</sup>" is "m²", a footnote's
    "<sup>1</sup>" "¹", as a PDF's text prints them), an ordinal's ending after its digit ("1<sup>st</sup>"), and no
    other mark ("<sup>a</sup>", "<sup>*</sup>", "<sup>[3]</sup>": a footnote's, not part of a name or figure)."""
    text = text.strip()
    if text.isdigit():
        return text.translate(_SUPERSCRIPT)
    if before.isdigit() and text.lower() in ("st", "nd", "rd", "th"):
        return text
    return ""


def html_page(markup: str) -> tuple[str, tuple | None]:
    """The text of an HTML document with a line per block and tab-separated table cells, and the (year, month) its
    markup says it was published on (None where it says not)."""
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    lines = []
    for line in "".join(parser.parts).split("\n"):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) > 1 and not cells[0] and any(cells[2:]):  # a row of cells: an empty one is a gap ("—")
            cells = [c or "—" for c in cells[1:]]
        line = "\t".join(c for c in cells if c)
        if line:
            lines.append(html.unescape(line))
    return "\n".join(lines), parser.published()


@contextmanager
def _quiet(logger: str):
    """Hold back the log records of a library and its modules' loggers while it reads; its level is restored
    afterwards."""
    log = logging.getLogger(logger)
    level = log.level
    log.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        log.setLevel(level)


def _read_pdf(path: Path, name: str) -> Document:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError
    except ImportError:  # pragma: no cover - the pdf extra
        raise ImportError(f"path {str(path)!r}: reading PDF needs pypdf; pip install 'aimarket[pdf]'") from None
    try:
        with _quiet("pypdf"):    # its warnings on a damaged file would come before aimarket's one-line error
            reader = PdfReader(str(path))
            pages, numbers = zip(*(_lines(_readable(page.extract_text() or "")) for page in reader.pages)) \
                if reader.pages else ((), ())
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError, MemoryError) as exc:
        # PyPdfError covers a stream that inflates past pypdf's limits (LimitReachedError)
        raise ValueError(f"path {str(path)!r}: cannot be read as a PDF ({type(exc).__name__}: {exc})") from None
    if not any(line.strip() for page in pages for line in page):
        raise ValueError(f"path {str(path)!r}: the PDF has no extractable text (a scanned image needs OCR first)")
    return Document(name, pages, paged=True, numbers=numbers)
