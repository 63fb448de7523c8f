"""Tables in report text: a header of years, rows of a label and numeric cells, and the hierarchy the sums imply.

A header is a line with two or more year cells ("2022", "2027E", "FY2024",
"2023年", "2025(F)"), or one in a line laid out in cells, optionally with a
rate column before or after them ("2022-32E CAGR", "'23-'28 CAGR"); a table
whose rows are years ("Year | Revenue | Growth") is read as one whose
columns are. A page footer inside a table does not end it. The rows under
it have a label and one cell per column, separated by tabs or spaces;
cells may carry a currency symbol, thousands separators, a percent sign or
an accounting negative ``(33)%``. A repeated header (a new PDF page) is
skipped, and a table that runs to the foot of a PDF page goes on with the
rows at the top of the next (past a running header, or its caption and
header again). A row that equals, within the rounding of the printed numbers,
the sum of a contiguous block of rows next to it in every year column
becomes their parent.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from . import vocabulary
from .asides import months_of, part_label, slide_label_end
from .subjects import is_specific
from .numbers import CURRENCIES, NUMBER, SCALES, count_noun, normalise, parse_number, unit_name, yen_of_text
from .vocabulary import words

__all__ = ["Table", "find_tables", "runs_to_the_foot", "infer_parents", "OverBudget", "HIERARCHY_BUDGET", "TOTAL_LABEL"]

#: the most rows one parent is looked for over
MAX_BLOCK = 60
#: the most block sums the hierarchy of one table may try; beyond it the table is kept flat, with a note (a
#: printed table of a few dozen rows needs far fewer)
HIERARCHY_BUDGET = 200_000


class OverBudget(ValueError):
    """Inferring a table's hierarchy would take more than :data:`HIERARCHY_BUDGET` block sums."""

#: the mark of a fiscal or a broker's calendar year before its number: "FY2024", "FY 24", "CY2025"
_YEAR_MARK = r"(?:[FC]Y\s?)?"
#: a year column: "2024", "2025E", "FY2024", "FY24" (a fiscal year may print two digits), "CY2024" (a calendar
#: year), "2023年", "2025(F)", "2025年預測", "2025年度(預估)", "2027P" (projected), "FY2025 (plan)", "2027T" and
#: "2027年目标" (a plan's target), "2023 (actual)", "2024年基数" (a plan's base), "2022r" (revised: history), "Jan-Dec
#: 2024" and "2024年1-12月" (the whole year)
_YEAR_CELL = re.compile(r"^(?:(?:full[- ]year|全年)\s*)?" + _YEAR_MARK
                        + r"(?P<year>(?:19|20)\d{2}|(?<=[FC]Y)\d{2}|(?<=[FC]Y )\d{2})\s*"
                        r"(?P<e>\(?[EFAPT]\)?|(?-i:r)|年度?\s*\(?[EFA]?\)?|年年[报報]|年?\s*全年"
                        r"|(?:年度?)?\s*[(（]?(?:预估|預估|预测|預測|预计|預計|估计|估計|估|目标|目標|规划|規劃|基数|基數|实际|實際)(?:值|数|數)?[)）]?"
                        r"|[(（]?(?:plan|planned|budget|target|forecast|fcst|est\.?|estimated?|projected|proj\.?|guidance|"
                        r"outlook|actual|base)[)）]?)?[*†‡]{0,2}$", re.IGNORECASE)  # "2025E*": a footnote mark after the year
_SPAN = (_YEAR_MARK + r"(?P<a>(?:19|20)\d{2}|'\d{2}|(?<=[FC]Y)\d{2}|(?<=[FC]Y )\d{2}"
         r"|(?<![\d.,])[0-3]\d(?=[AEFP]?\s*(?:[-–]|→|->)\s*" + _YEAR_MARK + r"[0-3]\d(?!\d)))\s*[AEFP]?\s*年?\s*"
         r"(?:-|–|—|~|至|到|→|->)\s*" + _YEAR_MARK
         + r"(?P<b>(?:19|20)?\d{2}|'\d{2})\s*[EFP]?\s*年?\s*[EFP]?")  # "2024-2029年E复合年增长率"
#: a year's column of a forecast a newer column replaces, left out: "2025E previous", "2025E (prior forecast)",
#: "2025E（调整前）", "2025年原预测", "Previous 2025E"
_REPLACED_YEAR_CELL = re.compile(
    r"^" + _YEAR_MARK + r"(?:19|20)\d{2}\s*[EFP]?\s*年?\s*[(（]?\s*(?:(?:previous|prior|old|original|earlier|former)"
    r"(?:\s+(?:forecast|"
    r"estimate|view|fcst|est\.?|outlook))?|调整前|調整前|修正前|修订前|修訂前|(?:原|前次|上次|此前)(?:预测|預測|预估|預估|预计|預計)?)"
    r"\s*[)）]?$|^(?:previous|prior|old|original|earlier)\s+(?:forecast\s+|estimate\s+)?" + _YEAR_MARK
    + r"(?:19|20)\d{2}\s*[EFP]?$",
    re.IGNORECASE)
#: a CAGR column: "2022-32E CAGR", "CAGR 2024-2030", "CAGR (2024-2030)", "CAGR 2024-30", "CAGR FY22-25", "CAGR 24-27E",
#: "2024-2030年复合增长率", "2023年至2028年估計複合年增長率"
_RATE_CELL = re.compile(r"(?:" + _SPAN + r"\s*(?:估计|估計|预测|預測|预计|預計|预估|預估)?\s*(?:" + words(vocabulary.CAGR)
                        + r")|(?:" + words(vocabulary.CAGR)
                        + r")\s*[(（]?\s*" + _SPAN.replace("?P<a>", "?P<a2>").replace("?P<b>", "?P<b2>") + r"\s*[)）]?)",
                        re.IGNORECASE)
#: a CAGR column's header that names no years ("CAGR", "CAGR (%)", "复合增长率")
_BARE_RATE_CELL = re.compile(r"^(?:\d{1,2}[- ]?(?:yr|year|y)s?\.?\s*|[二三四五六七八九十]年)?(?:" + words(vocabulary.CAGR)
                             + r")\s*(?:[(（]\s*%\s*[)）])?$", re.IGNORECASE)  # and its length alone: "3-yr CAGR"
#: a year in a table's caption: "…by chip type, 2024 (USD billion)"
_CAPTION_YEAR = re.compile(r"(?<![\d.])(?:19|20)\d{2}(?![\d.%])(?!\s*[-/年]\s*\d{1,2}\s*[-/月])")  # no date's
#: a sum of money or a count in a line ("EUR 20 billion", "1,843 million", "23.4%。"): a sentence, not a unit note
_STATES_AN_AMOUNT = re.compile(r"\d\s*(?:" + words([w for w in vocabulary.SCALES if len(w) > 1 or not w.isascii()])
                               + r")s?(?![A-Za-z])", re.IGNORECASE)
#: a sentence that states a figure: no table's caption ("2021—2026年…年复合增长率预计为23.4%。")
_A_SENTENCE = re.compile(r"\d[^.。]*[.。]$|" + _STATES_AN_AMOUNT.pattern, re.IGNORECASE)
#: a note under a table that may state its unit: "Note: figures in EUR billion", "单位：亿元", "(USD million)"
_UNIT_BELOW = re.compile(r"\s*(?:notes?|source|figures|all figures|values|单位|單位|注|註|\()", re.IGNORECASE)
#: a column of shares of the table's total: "Share", "% of total", "占比", "Market share", "市场份额", "Share of spending"
_SHARE_CELL = re.compile(r"^(?:[A-Za-z]+\s+|[\u4e00-\u9fff]{1,8})?(?:" + words(vocabulary.SHARE_HEADERS) + r")"
                         r"(?:\s+of(?:\s+[A-Za-z ]{1,24})?)?(?:\s*\(?%\)?)?$", re.IGNORECASE)  # "Share of (%)"
#: a last column of words about each row: "Notes", "Remarks", "Status", "Source", "备注", "指标属性" (a plan's 预期性 or 约束性)
_NOTES_CELL = re.compile(r"^(?:notes?|remarks?|comments?|status|sources?|basis|备注|備註|说明|說明|注释|註釋|(?:数据|數據|資料)?(?:来源|來源)"
                         r"|出处|出處|(?:指标|指標)?(?:属性|屬性|性质|性質)|状态|狀態)$", re.IGNORECASE)
#: "not available" or "not meaningful" in a cell: "n/a", "n.a.", "n.m."
_NOT_AVAILABLE = r"n/?a|n\.a\.?|n\.m\.?"
#: a cell a column after the values leaves empty: "—", "-", "n/a"
_BLANK_CELL = re.compile(r"[-–—−]+|" + _NOT_AVAILABLE + r"|NA|…", re.IGNORECASE)
#: the year a column after the values states of itself: "2024 share", "Share of 2028 spending", "2024年占比"
_COLUMN_YEAR = re.compile(r"(?<!\d)" + _YEAR_MARK + r"(?P<year>(?:19|20)\d{2})\s*(?:年|E|F)?(?!\d)")
#: a column of changes over the year column before it: "Change", "y/y", "YoY", "同比"
_CHANGE_CELL = re.compile(r"^(?:%\s*)?(?:累计|累計)?(?:(?:" + words(vocabulary.CHANGE_HEADERS) + r")\s*){1,3}(?:\s*[(（]?%[)）]?)?$",
                          re.IGNORECASE)
#: a numeric cell: "$53.7B", "(33)", "12.3亿元", "1.21万亿元", "$1.02 tn", "~$45B", "约1,650亿" and "超900亿" (the figure
#: said roughly or as a bound), "2x" and "1.5倍" (a multiple, in a change column)
_NUM_CELL = re.compile(r"^(?:(?P<about>~|≈|约|約|近|超过|超過|超|逾|c\.|ca\.|approx\.)\s?)?"
                       r"(?P<cur>US\$|HK\$|NT\$|\$|€|¥|£|USD|EUR|GBP|CNY|RMB|JPY|TWD|HKD|人民币|人民幣|新台币|新台幣|新臺幣|港币|港幣)?"
                       r"\s?(?P<neg>\()?[-−+]?(?P<num>" + NUMBER + r")\)?"
                       r"\s?(?P<pct>%)?\)?\s?(?P<sc>[BMKT]|[bBmMtT]n|trn|bln|mln|billion|million|trillion|(?(cur)[mk]|(?!)))?"
                       r"(?:\s?(?P<cjk>万亿|萬億|亿|億|万|萬)(?P<yuan>美元|元)?)?"  # "12.3亿元" in every cell
                       r"(?P<times>\s?[x×]|倍)?"
                       r"\s?(?:[*†‡§]{1,3}|[a-h])?$")  # a footnote's mark after the figure: "660†", "33.6*", "1,204a"
#: a change said in words in a cell: "翻倍", "翻一番" (two times), "翻两番" (four times)
_DOUBLED_CELL = re.compile(r"^翻了?(?:一?[倍番]|(?P<twice>[两兩二]番))$")
_CURRENCY_WORDS = words(vocabulary.CURRENCIES)
_SCALE_WORDS = words([w for w in vocabulary.SCALES if len(w) > 1 or not w.isascii()]
                     + ["thousands", "millions", "billions", "trillions"])
#: a unit in a caption or note: "USD billion", "亿元", "in millions of U.S. dollars", "($ in billions)"
_UNIT_NOTE = re.compile(r"(?P<cur>" + _CURRENCY_WORDS + r")?\s*(?:(?<=[^\sA-Za-z]\s)in\s+)?(?<![A-Za-z])(?P<scale>" + _SCALE_WORDS + r")(?![a-z])\s*"
                        r"(?:(?:of\s+)?(?:U\.S\.\s?|US\s)?(?P<cur2>" + _CURRENCY_WORDS + r"))?", re.IGNORECASE)
#: a unit in brackets in its short form: "(£m)", "($bn)", "(US$ bn)", "(EUR mn)", or after a comma that ends a caption:
#: "…by segment, £m"
_SHORT_UNIT = r"(?P<cur>US\$|HK\$|NT\$|S\$|A\$|C\$|\$|€|£|¥|₩|₹|[A-Z]{3})\s?(?P<scale>k|m|mn|mln|b|bn|bln|tn|trn)"
_UNIT_SHORT = re.compile(r"(?:(?P<open>[(（])|[,，])\s*" + _SHORT_UNIT + r"\s*(?(open)[)）]|$)", re.IGNORECASE)
#: a header cell that is a unit in its short form alone: "EUR m", "€m", "US$ bn"
_UNIT_CELL = re.compile(_SHORT_UNIT, re.IGNORECASE)
#: what sets a laid-out line's cells apart: a pipe, a tab, a run of spaces
_CELL_BREAK = re.compile(r"\s*(?:[|｜\t]|\s{2,})\s*")
#: a unit in brackets after a header cell's year or a row's label: "2024 (USD billion)", "Revenue (USD million)"
_UNIT_AFTER = re.compile(r"\s*[(（][^()（）\d]*[)）]\s*$")
_SEPARATOR = re.compile(r"^:?-{2,}:?$")
#: a line that is a rule drawn across a table: dashes, equals signs or box-drawing lines
_RULE_LINE = re.compile(r"[-=_─━—–+\s]{5,}")
#: a rule of a table framed in a grid, as reStructuredText draws one: "+-------+-----+", "+=======+=====+"
_GRID_RULE = re.compile(r"\s*\+(?:[-=:]+\+)+\s*")
#: a part of a year and its year: "Q4 2024", "4Q24", "H1 2025", "2024Q4", "2024年第四季度", "2025年上半年", "3Q25E"
_PART_AND_YEAR = (r"(?:(?P<p1>" + vocabulary.PARTS_OF_YEAR + r")\s*'?(?P<y1>(?:19|20)\d{2}|\d{2})"
                  r"|(?P<y2>(?:19|20)\d{2})\s*年?\s*(?P<p2>" + vocabulary.PARTS_OF_YEAR + r")"
                  # a month and its year: "February 2024", "Feb. 2024p" (preliminary), "2024年2月"
                  r"|(?P<p3>" + vocabulary.MONTH + r")\s*'?(?P<y3>(?:19|20)\d{2})(?:[rp](?![A-Za-z]))?"
                  r"|(?P<y4>(?:19|20)\d{2})\s*年\s*(?P<p4>(?:1[0-2]|[1-9])\s*月份?))(?P<e>[EF])?")
#: a column of a part of a year among the years (left out of a table of years)
_PART_OF_YEAR_CELL = re.compile(r"^" + _PART_AND_YEAR + r"$", re.IGNORECASE)
#: a row label naming a table's whole: "Total", "Grand total", "Market total", "合计", "总计（亿元）", "總體"
TOTAL_LABEL = re.compile(vocabulary.TOTAL_LABEL, re.IGNORECASE)


#: a caption or header whose unit is the percent: "Share of revenue by region (%)", "各地区占比（%）", "单位：%"
_PERCENT_UNIT = re.compile(r"[(（]\s*%\s*[)）]|[(（]\s*(?:in\s+)?per\s?cent\s*[)）]|(?:单位|單位|unit)\s*[:：]\s*%", re.IGNORECASE)

#: a caption's unit that names percent beside another, for the rows of changes: "（单位：亿元，%）", "(US$ bn, %)"
_PERCENT_BESIDE = re.compile(r"[(（][^()（）]{1,30}[,，、/;；]\s*%\s*[)）]")


#: a row label that says its figures are percents though its cells print no sign: "Percent share of the economy",
#: "Growth (%)", "占比（%）"
_PERCENT_ROW = re.compile(r"^\s*(?:per\s?cent(?:age)?|%)(?![A-Za-z])|[(（]\s*%\s*[)）]\s*$", re.IGNORECASE)


@dataclass
class Table:
    """A table found in the text: its columns, rows and where each row stands."""

    title: str
    header_line: int
    page: int
    years: list  # (year, estimate) per year column
    rate: tuple | None  # (start, end) of a CAGR column
    rows: list = field(default_factory=list)  # dicts: label, line, values, steps, rate, rate_step
    currency: str | None = None
    scale: str | None = None
    parents: dict = field(default_factory=dict)
    notes: list = field(default_factory=list)
    lines: list = field(default_factory=list)  # (page, line) of its lines that hold no row of their own
    layout: tuple = ()  # (cells a row has, the kind of each extra column, whether the CAGR column comes first, title)
    gone: tuple = ()  # columns of a part of a year ("Q4 2024"), counted from the end of a row: left out of every row
    moved: tuple = ()  # change columns between the years, counted from the end of a row: read after the years
    end: int = 0  # the index of the line after its last row
    ranks: tuple = ()  # the label cells of its header that are ranks ("2023 Rank", "2022 年排名"): no part of a name
    quantities: tuple = ()  # the label cells of its header of a physical quantity or a count ("Capacity (MW)"): neither
    noun: str = "count"  # what its values count, where they are no money: "people" under "Users (million)", "percent"
    label_cells: int = 1  # the header's cells before its value columns that name no number: a row's label spans as many
    parts: tuple = ()  # the part of a year ("Q2", "H1") of each year column, where they are parts: a series of each
    extra_parts: tuple = ()  # the part of a year a column after the values names ("3Q24 Market share"), or None
    percent_beside: bool = False  # its caption names percent beside its unit ("（单位：亿元，%）"): a change row's unit
    named_currency: str | None = None  # a currency its caption names alone ("市场规模（人民币）"), for cells of a scale

    @property
    def unit(self) -> str:
        return unit_name(self.currency, self.scale, self.noun)

    def by_part(self) -> list[Table]:
        """The table as one table of each part of a year its columns hold ("Q2": its 2Q 2024 and 2Q 2023 columns;
        "Q1": its 1Q 2024 column), the change and share columns the latest part's (a "YoY" beside "2Q 2024" is Q2's
        rise over a year); itself where its columns are whole years."""
        if not self.parts:
            return [self]
        latest = self.parts[max(range(len(self.years)), key=lambda k: (self.years[k][0], _part_order(self.parts[k])))]
        labels = list(dict.fromkeys(self.parts))
        note = (f"its columns are parts of years: a series of each ({', '.join(labels)}); a change column is {latest}'s "
                "over a year before, a change over the part before (QoQ, 环比) is not read")
        out = []
        for label in labels:
            cols = [k for k, p in enumerate(self.parts) if p == label]
            rows = [{**r, "values": [r["values"][k] for k in cols], "steps": [r["steps"][k] for k in cols],
                     "changes": r["changes"] if label == latest else [],
                     "shares": [v for v, of in zip(r["shares"], r["share_parts"]) if of == label
                                or of is None and label == latest]} for r in self.rows]
            out.append(replace(self, years=[self.years[k] for k in cols], rows=rows, parts=(label,) * len(cols),
                               notes=[] if out else [*self.notes, note]))
        return out


def _laid_out(line: str) -> bool:
    """The line's cells are set apart by tabs, pipes, runs of spaces or commas, as a table's are."""
    if "\t" in line or re.search(r"\S\s{2,}\S", line.strip()):
        return True
    text = normalise(line)
    return _pipes(text) >= 2 or _comma_cells(text) is not None


#: a pipe that sets a Markdown table's cells apart: not one escaped as "\|", which is a pipe within a cell
_PIPE = re.compile(r"(?<!\\)\|")


def _pipes(text: str) -> int:
    """How many pipes set cells apart in ``text``."""
    return len(_PIPE.findall(text)) if "|" in text else 0


#: a physical unit in brackets or a cell of its own in a header or caption: "装车量(GWh)", "Installed capacity (GW)",
#: "EV battery installations | GWh |"
_PHYSICAL_UNIT = re.compile(r"(?:[(（|]|^)\s*(?P<unit>[kMGT]Wh?|[PEZ]B)\s*(?:[)）|]|$)", re.MULTILINE)
#: a cell's decimal point with a space after it, as some pages are copied: "80. 51", "52. 1%"
_BROKEN_DECIMAL = re.compile(r"^([-+]?\d{1,3}(?:,\d{3})*)\.\s(\d+\s?%?)$")


def _pipe_cells(text: str) -> list[str]:
    """The cells of a Markdown pipe table's line, an escaped pipe kept in its cell as a pipe: "| Hard\\|ware | 100 |"
    -> ["Hard|ware", "100"], a decimal broken by a space joined ("80. 51")."""
    text = re.sub(r"^\||(?<!\\)\|$", "", text.strip())
    return [_BROKEN_DECIMAL.sub(r"\1.\2", c.strip().replace("\\|", "|")) for c in _PIPE.split(text)]


def _positional(line: str) -> bool:
    """The line's cells are set apart by pipes or tabs, so that a cell stands in its column, an empty one too."""
    text = normalise(line)
    return "\t" in text or _pipes(text) >= 2


def _comma_cells(text: str) -> list[str] | None:
    """The cells of a line of comma-separated values (a spreadsheet's export: 'modality, 2023, 2024' over
    '"Small molecules", "1,234.5", "1,618.2"'), or None: a label (blank over a header's years) and two cells or more
    after it, each a figure, a year, a CAGR's span or blank ("2018,1.92,n.a."), or a header's short cells of words
    naming a column's unit, change, share or period ("Year,USD bn,YoY (%)", "Segment,Actual,,,Forecast"), so that no
    sentence's commas are read as cells."""
    tail = text.rstrip()
    if "," not in text or "\t" in text or _pipes(text) >= 2 or len(tail) - tail.rfind(",") > 32:
        return None  # a last cell no figure is that long
    stop = tail.endswith((".", "!", "?", ";", "。", "；"))
    if stop and not _PLACEHOLDER.match(tail[tail.rfind(",") + 1:].strip()):
        return None  # a sentence, not a row ending on "n.a."
    import csv

    cells = [c.strip() for c in next(csv.reader([text.strip()], skipinitialspace=True))]
    rest = cells[1:]
    cell_of_a_table = (lambda c: not c or _NUM_CELL.match(c) or _YEAR_CELL.match(c) or _RATE_CELL.search(c)
                       or _PLACEHOLDER.match(c))
    figures = len(rest) >= 2 and all(cell_of_a_table(c) for c in rest)
    if stop and not figures:
        return None
    if figures and (cells[0] or all(_YEAR_CELL.match(c) for c in rest if c)):
        return cells
    named = [c for c in rest if c]
    if len(cells) >= 3 and len(named) >= 2 and cells[0] and all(len(c) <= 32 and len(c.split()) <= 4 for c in cells) \
            and all(_YEAR_CELL.match(c) or _is_rate_column(c) or _column_kind(c)[0] or _BAND.fullmatch(c)
                    or _UNIT_CELL.fullmatch(re.sub(r"[(（)）]", "", c).strip()) for c in named):
        return cells
    return None


def _head(line: str):
    """:func:`_header` of one line of text."""
    return _header(_cells(line), _laid_out(line))


def _cells(line: str) -> list[str]:
    return [_said(c) for c in _split(line)]


def _said(cell: str) -> str:
    """A cell as a number where it says one in words: "翻倍" -> "2倍", "翻两番" -> "4倍", "逾百亿" -> "逾100亿"."""
    m = _DOUBLED_CELL.match(cell)
    if m is not None:
        return "4倍" if m["twice"] else "2倍"
    return _HUNDREDS_CELL.sub(lambda h: (h["about"] or "") + {"百": "100", "千": "1000"}[h["n"]], cell)


#: a hundred or a thousand of a scale in a cell, in a word: "逾百亿", "约千亿元"
_HUNDREDS_CELL = re.compile(r"^(?P<about>~|≈|约|約|近|超过|超過|超|逾)?(?P<n>[百千])(?=亿|億|万|萬)")


def _split(line: str) -> list[str]:
    line = normalise(line).strip()
    if _RULE_LINE.fullmatch(line):  # a rule drawn under a header or a total ("-------", "======"): no row
        return []
    if (comma := _comma_cells(line)) is not None:
        return [c for c in comma if c]
    if _pipes(line) >= 2:  # a Markdown pipe table; its |---|---| rule is no row
        cells = _pipe_cells(line)
        return [] if all(_SEPARATOR.match(c) or not c for c in cells) else [c for c in cells if c]
    if "\t" in line or re.search(r"\S\s{2,}\S", line):
        return [c.strip() for c in re.split(r"\t+|\s{2,}", line) if c.strip()]
    return line.split()


#: a header cell that names its measure before its year or part of a year: "Revenue 4Q24", "Market share 2024",
#: "Revenue QoQ" (read as "4Q24 Revenue", "2024 Market share", "QoQ")
_MEASURE_WORD = re.compile(words([w for w in vocabulary.MEASURES if w.isascii()]) + r"|volumes?|value|units",
                           re.IGNORECASE)
_MEASURE_FIRST = re.compile(r"^(?P<measure>[A-Za-z][A-Za-z ]{0,24}?)\s+(?:(?P<part>" + _PART_AND_YEAR
                            + r")|(?P<year>" + _YEAR_MARK + r"(?:19|20)\d{2}\s*[EFAP]?))"
                            r"(?P<unit>\s*[(（][^()（）\d]*[)）])?$",
                            re.IGNORECASE)


def _when_first(cell: str) -> str:
    """A header cell with its part of a year before its measure ("Revenue 4Q24" -> "4Q24 Revenue", "Market share 3Q24"
    -> "3Q24 Market share"), its year before a measure that is no change or share ("Revenue 2023" -> "2023 Revenue"),
    and a change column without the measure it is of ("Revenue QoQ" -> "QoQ"); :data:`_MEASURE_FIRST`."""
    m = _MEASURE_FIRST.match(cell.strip())
    measure = m and (_MEASURE_WORD.fullmatch(m["measure"].split()[-1]) or _SHARE_CELL.match(m["measure"]))
    if measure and not _RATE_CELL.search(cell) and (m["part"] or _column_kind(m["measure"])[0] is None):
        return f"{m['part'] or m['year']} {m['measure']}{m['unit'] or ''}"
    words = cell.split()
    if len(words) > 1 and _MEASURE_WORD.fullmatch(words[0]) and _CHANGE_CELL.match(" ".join(words[1:])):
        return " ".join(words[1:])
    return cell


def _header(cells: list[str], laid_out: bool = False):
    """Title, year columns, a CAGR column's years, the kinds of the other columns after them and where the CAGR
    column stands among the columns after the label (None: no header); ``laid_out``: the line's cells are set apart
    by tabs, pipes or runs of spaces, so that one year column is enough."""
    years, rate, title, extra = [], None, [], []
    cells = cells[:1] + [_when_first(c) for c in cells[1:]]
    rate_at = None  # where the CAGR column stands among the columns after the label
    if not any(_year_column(c) for c in cells) and (parted := _parts_header(cells)) is not None:
        return parted
    # a label is none; nor, beside years, a quarter that names no year ("Segment | Q1 | Q2 | Q3 | Q4 | FY2025")
    dated = any(_year_column(c) for c in cells[1:])
    gone = tuple(len(cells) - 1 - k for k, c in enumerate(cells)
                 if _PART_OF_YEAR_CELL.match(c) or k and (_REPLACED_YEAR_CELL.match(c.strip())
                                                          or _CODE_HEADER.fullmatch(c.strip()) or _of_a_part(c)
                                                          or dated and _of_a_part_alone(c))) \
        + _other_units(cells)
    cells = _left_out(cells, gone)
    kinds = {k: _column_kind(c) for k, c in enumerate(cells) if k}
    shares = {k: year for k, (kind, year) in kinds.items() if kind == "share" and year is not None}
    if len(shares) >= 2 and not any(_year_column(c) for c in cells):  # "Company | 2023 share | 2024 share": a table
        cells = [str(shares[k]) if k in shares else c for k, c in enumerate(cells)]  # of shares, by year
    moved = _changes_between_years(cells)
    if moved:  # read after the years, each named with its year: "2023年 | 同比 | 2024年" as "2023年 | 2024年 | 2023 同比"
        cells = _moved(cells, tuple(k for k, _ in moved))
        cells[len(cells) - len(moved):] = [c if _COLUMN_YEAR.search(c) else f"{y} {c}"
                                           for (_, y), c in zip(moved, cells[len(cells) - len(moved):])]
    for c in cells:
        m = _year_column(c)
        r = _RATE_CELL.search(c)
        if m and not extra and (rate is None or rate_at == 0) and _in_order(years, _year_cell(m)[0]):
            years.append(_year_cell(m))
        elif (r or years and _BARE_RATE_CELL.match(c)) and rate is None and (years or not extra):
            rate = _rate_years(r) if r else (None, None)  # before the years, after them, or after a share column;
            rate_at = len(years) + len(extra)  # "CAGR" alone: its span is read from the series (draft)
        elif r and years:  # a second CAGR column, of other years: "CAGR 2020-2024 | CAGR 2024-2029E"
            extra.append(("cagr", _rate_years(r)))
        elif not years:
            title.append(c if not _RANK.fullmatch(c.strip()) else "")  # "2023 Rank" names no table
        elif len(c) <= 24 and not re.search(r"\d{3}", _UNIT_AFTER_SCALE.sub("", _COLUMN_YEAR.sub("", c))):
            extra.append(_column_kind(c))  # a column of another measure, its scale in brackets: "Outlets ('000)"
        else:
            return None
    if len(years) < 2 and not (years and title and laid_out):  # one year column only in cells: "Segment\t2024"
        return None
    return " ".join(t for t in title if t).strip(), years, rate, extra, rate_at, gone, tuple(k for k, _ in moved), (), ()


#: a header cell's scale in brackets: "('000)", "(000s)", "(千)"
_UNIT_AFTER_SCALE = re.compile(r"\s*[(（]\s*['’]?0{3}s?\s*[)）]")


#: a header cell over a column of codes, which name no figure nor part of a row's name: "NACE Rev. 2", "NAICS",
#: "ISIC code", "Code", "行业代码", "代碼"
_CODE_HEADER = re.compile(r"(?:(?:NACE|NAICS|ISIC|SIC|KSIC|JSIC|ANZSIC|HS|CPC)(?:\s*(?:Rev\.?\s*\d(?:\.\d)?|\d{4}))?"
                          r"(?:\s*codes?)?|(?:industry\s+|product\s+)?codes?|(?:行业|行業|产品|產品|国民经济行业)?(?:代码|代碼|编码|編碼))",
                          re.IGNORECASE)


def _of_a_part(cell: str) -> bool:
    """Whether a header cell is a share or change of a part of a year, where whole years stand beside it ("Q4 share",
    "2Q24 YoY" beside "2024 | 2024 share"): left out with the part's own column."""
    m = _PART_PREFIX.match(cell.strip())
    return bool(m and m["p1"] and _column_kind(cell.strip()[m.end():])[0] in ("share", "change"))


def _other_units(cells: list[str]) -> tuple:
    """The year columns of a header whose cells print units of their own, where they print two or more ("FY2024 (₹
    crore) | FY2024 (US$ million) | FY2029F (US$ million)"): those not in the unit most of them print (the first of
    those printed as often), counted from the end of the row. A table holds one unit; a column of another currency
    or scale (a conversion of the same years) is left out."""
    units = {}
    for k, c in enumerate(cells[1:], start=1):
        bracket = _UNIT_AFTER.search(c)
        if bracket and _year_column(c) and (unit := _unit_from([bracket.group(0)])) != (None, None):
            units[k] = unit
    if len(set(units.values())) < 2:
        return ()
    counts = Counter(units.values())
    kept = max(counts, key=lambda u: (counts[u], -min(k for k, v in units.items() if v == u)))
    return tuple(len(cells) - 1 - k for k, u in units.items() if u != kept)


#: a column of a part of a year, with the measure it holds after it: "2Q 2024", "1Q2023", "3Q25 Shipments", "H1
#: 2025", "2025Q2", "2024年上半年", "2024年一季度"
_PART_COLUMN = re.compile(r"^" + _PART_AND_YEAR + r"(?:\s*(?P<measure>[A-Za-z][A-Za-z ]{0,24}|[\u4e00-\u9fff]{1,6}))?"
                          r"\s*(?:[(（][^()（）\d]*[)）])?$", re.IGNORECASE)


def _part_order(label: str) -> tuple[int, str]:
    """Where a part of a year's label falls in its year: by its last month ("Feb" before "Jan-Sep", "Q1" before "Q2"),
    then by its name."""
    months = months_of(label)
    return (months[1] if months else 0), label


def _full_year(digits: str) -> int:
    """A year printed in four digits or two ("25" of "3Q25" is 2025)."""
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def _part_column(cell: str) -> tuple[int, bool, str] | None:
    """The year, whether it is an estimate, and the label ("Q2", "H1") of a column of a part of a year ("2Q 2024",
    "3Q25 Shipments", "2025年上半年"), or None: a column of changes ("2Q (YoY)") or of shares names no part's
    figures."""
    m = _PART_COLUMN.match(cell.strip())
    if m is None or m["measure"] and _column_kind(m["measure"])[0] is not None:
        return None
    label = part_label(m["p1"] or m["p2"] or m["p3"] or m["p4"])
    year = m["y1"] or m["y2"] or m["y3"] or m["y4"]
    return (_full_year(year), bool(m["e"]), label) if label else None


def _parts_header(cells: list[str]):
    """A header whose value columns are parts of years ("Region | 2Q 2023 | 1Q 2023 | 2Q 2022 | QoQ | YoY", "项目 |
    2024年上半年 | 2025年上半年 | 同比"): the columns of parts, none printed twice, then columns of changes, shares or
    notes; a column among the parts ("3Q25 Shipments | 3Q25 Market Share | 3Q24 Shipments", "2025Q2 | 2025Q1 | 环比
    | 2024Q2") is read after them (``moved``), a share as of the year of the part before it. Each part is a series
    of its own (``draft``). ``None`` where fewer than two columns are parts."""
    parts = dict((k, p) for k, c in enumerate(cells) if (p := _part_column(c)) is not None)
    if len(parts) < 2 or len(set(parts.values())) < len(parts):
        return None
    first, last = min(parts), max(parts)
    between = [k for k in range(first, last) if k not in parts]
    extra = [_column_kind(c) for c in cells[last + 1:]]
    for k in between:  # a share named with the part before it is that part's year's
        kind, year = _column_kind(cells[k])
        extra.append((kind, year or parts[max(j for j in parts if j < k)][0] if kind == "share" else year))
    named = [_PART_PREFIX.match(c) for c in cells[last + 1:]] + [_PART_PREFIX.match(cells[k]) for k in between]
    return (" ".join(cells[:first]).strip(), [parts[k][:2] for k in sorted(parts)], None, extra, None, (),
            tuple(len(cells) - 1 - k for k in between), tuple(parts[k][2] for k in sorted(parts)),
            tuple(part_label(m["p1"] or m["p2"] or "") or None if m else None for m in named))


#: a year column headed with the measure it holds: "2024 Spending", "2025E Revenue (US$ m)", "2024年营收"
_YEAR_AND_MEASURE = re.compile(r"^(?P<year>" + _YEAR_MARK + r"(?:19|20)\d{2}\s*(?:[EFAP]\b|年)?)\s*"
                               r"(?P<measure>[A-Za-z][A-Za-z ]{1,24}?"
                               r"|[\u4e00-\u9fff]{1,6}?)\s*(?:[(（][^()（）]*[)）])?$")


def _year_column(cell: str):
    """The year a column's header cell names (a match of :data:`_YEAR_CELL`), or None: a year alone ("2025E"), with
    its unit ("2024 (USD billion)") or with the measure it holds ("2024 Spending"), not a change, share or CAGR
    column that names its year ("2024 Growth (%)", "2024 share")."""
    if _PART_COLUMN.match(cell.strip()) or _RANK.fullmatch(cell.strip()):  # "2024年一季度" is a part of 2024,
        return None  # "2023 Rank" a rank: no year column
    m = _YEAR_CELL.match(cell) or _YEAR_CELL.match(_UNIT_AFTER.sub("", cell))
    if m is None and (named := _YEAR_AND_MEASURE.match(cell)) and _column_kind(named["measure"])[0] is None \
            and not _RATE_CELL.search(cell) and not _CHANGE_CELL.match(named["measure"]):
        m = _YEAR_CELL.match(named["year"].strip())
    return m


def _changes_between_years(cells: list[str]) -> list[tuple[int, int]]:
    """Change or share columns set between year columns ("2023年 | 同比 | 2024年 | 同比", "2024 | Growth 2024 | 2025",
    "2023年 | 占比 | 2024年 | 占比"), each as its position counted from the end of the row and the year of the column
    before it; such a column after the last year stays where it is."""
    out = []
    for k in range(1, len(cells) - 1):
        m = _year_column(cells[k - 1])
        bare = _COLUMN_YEAR.sub("", cells[k]).strip()
        change = _CHANGE_CELL.match(bare) or _SHARE_CELL.match(bare)  # "同比", "Growth 2024", "占比"
        if m and change and any(_year_column(c) for c in cells[k + 1:]):
            out.append((len(cells) - 1 - k, _year_cell(m)[0]))
    return out


def _moved(cells: list[str], moved: tuple) -> list[str]:
    """A row's cells with those at ``moved`` (positions counted from the end, in order) taken to its end."""
    at = [len(cells) - 1 - k for k in moved]
    return [c for k, c in enumerate(cells) if k not in at] + [cells[k] for k in at]


def _rate_years(r: re.Match) -> tuple[int, int]:
    """The first and last years a CAGR column's header names: "CAGR 2024-2029E", "'23-'28 CAGR"."""
    a, b = (r.group("a") or r.group("a2")).lstrip("'"), (r.group("b") or r.group("b2")).lstrip("'")
    a = _full_year(a)
    return a, int(b) if len(b) == 4 else (a // 100) * 100 + int(b)


def _in_order(years: list, year: int) -> bool:
    """Whether ``year`` goes on the header's year columns one way or the other: rising, or falling as an annual
    report prints them ("2024年  2023年": this year first)."""
    if not years:
        return True
    falling = len(years) > 1 and years[-1][0] < years[-2][0] or len(years) == 1 and year < years[0][0]
    return year < years[-1][0] if falling else year > years[-1][0]


def _kinds_from_above(lines: list[str], i: int) -> str:
    """Header line ``i`` of a pipe table with the row above it put into the cells where the two name a column of
    shares, changes or a CAGR together: under "|  | Revenue (US$ bn) |  | Share |", "| Segment | 2024 | 2030F | 2024
    |" reads its last column as 2024's share (a year again, not a third year of values); "| 2024-2027年 |" over
    "| CAGR |" is a CAGR column of those years. A Markdown rule between the two rows is passed over."""
    k = i - 1 if i >= 2 and (rule := _places(lines[i - 1])) and all(_SEPARATOR.match(c) for c in rule) else i
    above, cells = (_places(lines[k - 1]), _places(lines[i])) if k else (None, None)
    if above is None or cells is None or len(above) != len(cells):
        return lines[i]
    both = [f"{a} {c}" if a and c and (_column_kind(f"{a} {c}")[0] or _RATE_CELL.search(f"{a} {c}")) else c
            for a, c in zip(above, cells)]
    if _is_band(above):  # "Segment | Actual | | | Forecast | |" over the years: each year its period's, the band's
        band = None  # merged cells flattened to their first column
        for k, a in enumerate(above):
            band = (_BAND.fullmatch(a)["forecast"] is not None) if a and k else band
            m = _YEAR_CELL.match(both[k])
            if band is not None and m and not m["e"]:
                both[k] = f"{both[k]} ({'forecast' if band else 'actual'})"
    return "| " + " | ".join(c.replace("|", "\\|") for c in both) + " |" if both != cells else lines[i]


#: a header row's word that names the period of the year columns under it, merged over them: "Actual", "Forecast"
_BAND = re.compile(r"(?:(?P<actual>actuals?|historical|history|实际|實際|历史|歷史)|(?P<forecast>forecasts?|"
                   r"estimates?|projected|projections?|预测|預測|预估|預估|预计|預計))(?:\s*[(（][^()（）]*[)）])?",
                   re.IGNORECASE)


def _is_band(cells: list[str]) -> bool:
    """A row of period words over a header's year columns, its first cell a label or blank: "Segment, Actual,,,
    Forecast"."""
    words = [c for c in cells[1:] if c]
    return bool(words) and all(_BAND.fullmatch(c) for c in words)


def is_band_line(line: str) -> bool:
    """Whether a line is a band of period words over a table's header (no caption of the table)."""
    cells = _places(line)
    return cells is not None and _is_band(cells)


def _places(line: str) -> list[str] | None:
    """The cells of a line whose cells stand in their columns (pipes, tabs or comma-separated values), blanks kept;
    else None."""
    text = normalise(line).strip()
    if _pipes(text) >= 2:
        return _pipe_cells(text)
    if "\t" in text:
        return [c.strip() for c in text.split("\t")]
    return _comma_cells(text)


#: a row of shares named for the row they are of: "Inference, % of total", "AI servers share", "AI伺服器占比"
_SHARE_ROW = re.compile(r"^(?P<part>.+?)[,，:：]?\s*[(（]?\s*(?:%\s*of\s+(?:the\s+)?total|share(?:\s+of\s+(?:the\s+)?total)?"
                        r"|占比|佔比|份额|份額|比重|(?:in|of)\s+total\s*\(?%\)?)\s*[)）]?\s*(?:\(%\))?$", re.IGNORECASE)


#: a row of shares that names the whole they are of, not the part: "占伺服器市場比重", "占全球比例", "Share of all
#: servers", "% of global market": the shares of the row right above it
_SHARE_OF_ROW_ABOVE = re.compile(r"^(?:占|佔)[^\d%]{1,20}?(?:比重|比例|份额|份額|之比)$|^(?:share|%)\s+of\s+(?!(?:the\s+)?total\b)"
                                 r"[^\d%]{2,40}$", re.IGNORECASE)


def _share_row_part(label: str, rows: list) -> dict | None:
    """The row a row of shares is of, named in its label ("Inference, % of total" of "Inference servers"), if
    exactly one row's label is that name or starts with it; the row above it where the label names the whole the
    shares are of ("占伺服器市場比重" under "AI伺服器")."""
    if rows and _SHARE_OF_ROW_ABOVE.match(label.strip()):
        return rows[-1]
    m = _SHARE_ROW.match(label)
    if m is None:
        return None
    name = re.sub(r"['’]s$", "", m.group("part").strip().lower())  # "China's share" of "China"
    named = [r for r in rows if r["label"].lower() == name or r["label"].lower().startswith(name + " ")]
    return named[0] if len(named) == 1 else None


def _change_row_of(label: str, rows: list) -> dict | None:
    """The row a row of changes is of, named in its label before a change word ("合计同比" of "合计", "Total YoY" of
    "Total") or in brackets after it ("同比（合计）"), if exactly one row's label is that name."""
    if (m := re.fullmatch(r"(?P<change>[^()（）]+?)\s*[(（](?P<of>[^()（）]+)[)）]", label)) and _CHANGE_CELL.match(m["change"]):
        label = f"{m['of']} {m['change']}"  # "同比（合计）", "YoY (Total)"
    named = [r for r in rows if label.startswith(r["label"]) and _CHANGE_CELL.match(label[len(r["label"]):].strip())]
    return named[0] if len(named) == 1 else None


def _is_rate_column(cell: str) -> bool:
    """A header cell of rates of change: "2025 Growth (%)", "YoY", "CAGR (%)", "CAGR 2024-2030"."""
    return _column_kind(cell)[0] == "change" or bool(_RATE_CELL.search(cell) or _BARE_RATE_CELL.match(cell))


_ONE_YEAR_SPAN = re.compile(_SPAN)
#: two years a change column compares, either first: "2023/2022", "2024 vs 2023", "2024 vs. 2023", "2024/23"
_YEAR_PAIR = re.compile(r"(?P<a>(?:19|20)\d{2})\s*(?:/|vs\.?|v\.)\s*(?P<b>(?:19|20)\d{2}|\d{2})(?!\d)", re.IGNORECASE)
#: two parts of years a change column compares: "3Q2020 / 3Q2019" (a year apart), "3Q2020 / 2Q2020" (a quarter),
#: "February 2023 to February 2024"
_PARTS_PAIR = re.compile(r"(?P<a>\S+?(?:\s\d{2,4})?)\s*(?:/|vs\.?|versus|\sto\s|[-–](?=\D))\s*(?P<b>\S+(?:\s\d{2,4})?)", re.IGNORECASE)
#: a part of a year (and its year) before a column's words: "3Q24 Market Share", "2Q (YoY)", "2025年上半年 占比"
_PART_PREFIX = re.compile(r"(?:(?P<p1>" + vocabulary.PARTS_OF_YEAR + r")\s*'?(?P<y1>(?:19|20)\d{2}|\d{2})?"
                          r"|(?P<y2>(?:19|20)\d{2})\s*年?\s*(?:" + vocabulary.PARTS_OF_YEAR + r"))\s*(?=\S)",
                          re.IGNORECASE)


def _column_kind(cell: str) -> tuple[str | None, int | None]:
    """What a column after the values holds and the year it states of itself: "change" ("YoY", "Change": growth
    claims), "share" ("Share", "2024 share", "占比": shares of the row's parent), "notes" ("Notes", "备注": words, no
    figure), or None (read, not kept)."""
    pair = _PARTS_PAIR.match(cell.strip())
    rest = cell.strip()[pair.end():].strip(" ()（）") if pair else ""
    if pair and (a := _part_column(pair["a"])) and (b := _part_column(pair["b"])) and (
            not rest or _column_kind(rest)[0] == "change"):  # "3Q2020 / 3Q2019", "3Q18/3Q17 Change": a change
        return ("change", max(a[0], b[0])) if a[2] == b[2] and abs(a[0] - b[0]) == 1 else (None, None)  # over a year
    part = _PART_PREFIX.match(cell)
    if part:  # "3Q24 Market Share", "2Q (YoY)": the column of a part's year
        kind = _column_kind(cell[part.end():].strip().strip("()（）"))[0]
        year = part["y1"] or part["y2"]
        return kind, _full_year(year) if kind and year else None
    span = _ONE_YEAR_SPAN.search(cell)
    if span and abs((years := _rate_years(span))[1] - years[0]) == 1:  # "Growth 2024-25 (%)", "2024-2023 Growth (%)":
        kind = _column_kind(cell[:span.start()] + cell[span.end():])[0]  # the change into the later year
        return kind, max(years) if kind else None
    pair = _YEAR_PAIR.search(cell)
    a, b = (int(pair["a"]), _full_year(pair["b"])) if pair else (0, 0)
    if pair and abs(a - b) == 1:  # "2023/2022 Growth", "2024 vs 2023", "Change 2024/23": into the later year
        kind = _column_kind(cell[:pair.start()] + cell[pair.end():])[0]
        return kind, max(a, b) if kind else None
    year = _COLUMN_YEAR.search(cell) or _FISCAL_COLUMN.search(cell)  # "YoY FY25E": a fiscal year in two digits
    kind = None
    # "Share, 2025E", "Share of 2024"; "2025年增率", whose 年 is the header's word, not the year's
    for bare in (_FISCAL_COLUMN.sub("", _COLUMN_YEAR.sub("", cell)), re.sub(r"(?<!\d)(?:19|20)\d{2}(?!\d)", "", cell)):
        bare = re.sub(r"\s+(?:of|in|for)$", "", bare.strip().strip(",;:，；：").strip(), flags=re.IGNORECASE)  # "Share of 2024"
        kind = kind or ("change" if _CHANGE_CELL.match(bare) else "share" if _SHARE_CELL.match(bare) else
                        "notes" if _NOTES_CELL.match(bare) else None)
    return kind, _full_year(year.group("year")) if year and kind else None


#: a fiscal (or a broker's calendar) year in two digits in a column's header: "FY25E", "FY 24", "CY25E"
_FISCAL_COLUMN = re.compile(r"(?<![A-Za-z\d])[FC]Y\s?(?P<year>\d{2})\s*[EFP]?(?![\d])", re.IGNORECASE)


#: a cell of one number in thousands groups set apart by spaces ("1 000", "$12 500.5"): where pipes or tabs set the
#: cells apart, the spaces can only be the number's own
_SPACED_CELL = re.compile(r"[-−+(]?(?:US\$|\$|€|¥|£)?\s?\d{1,3}(?: \d{3})+(?:\.\d{1,9})?\)?\s?%?")


def _row_cells(line: str) -> list[str]:
    """A row's cells, an empty one between two others kept as "" where pipes or tabs mark it ("| 120 |  | 410 |"),
    a number grouped by spaces in a cell of its own joined ("| 1 000 |" -> "1000")."""
    text = normalise(line).strip()
    pipes = _pipes(text)
    if (comma := _comma_cells(text)) is not None:
        cells = comma
    elif pipes >= 2 or "\t" in text:
        cells = _pipe_cells(text) if pipes >= 2 else [c.strip() for c in text.split("\t")]
        cells = [re.sub(r"(?<=\d) (?=\d{3})", "", c) if _SPACED_CELL.fullmatch(c) else c for c in cells]
    else:
        return _cells(line)
    if all(_SEPARATOR.match(c) or not c for c in cells):
        return []
    cells = [_said(c) for c in cells]
    while cells and not cells[0]:
        cells.pop(0)
    while not pipes and cells and not cells[-1]:  # a pipe row's last cell may be empty; a tab at the end is none
        cells.pop()
    return cells


#: a note's mark after a row's label: "Total*", "Other†", "合计**"
_NOTE_MARK = re.compile(r"(?<=\S)\s?[*†‡]+$")
#: the dotted leader that runs a row's label out to its figures: "Hardware .........", "Total……", "合计······"
_LEADER = re.compile(r"\s*(?:\.{3,}|…+|·{3,}|\.(?:\s\.){2,})\s*$")


def _row(cells: list[str], width: int):
    """A label and ``width`` numeric cells, from the end of the line; a cell that prints no figure ("n/a", "—", "")
    is ``None`` among them, a row needs one figure at least; a note's mark after the label is no part of it."""
    nums = []
    for c in reversed(cells):
        m = _NUM_CELL.match(c) or (None if not c or _PLACEHOLDER.match(c) else False)
        if m is False or len(nums) == width:
            break
        nums.append(m)
    nums.reverse()
    label = " ".join(cells[: len(cells) - len(nums)]).strip()
    label = _NOTE_MARK.sub("", _LEADER.sub("", label))  # "Total*", "Total ......": the label, not its note or leader
    if len(nums) != width or not label or _NUM_CELL.match(label) or _PLACEHOLDER.match(label) or not any(nums):
        return None
    return label, nums


def _unit_from(lines: list[str]) -> tuple[str | None, str | None]:
    """The currency and scale the lines above a table (nearest first) or its header state; a unit broken across
    two lines ("(USD" / "billion)") is read whole; "¥" is the yen where the lines are of Japan's
    (:func:`~aimarket.extract.numbers.yen_of_text`: "Japan: AI spending" over "Units: ¥ billion", "(¥ billion; fiscal
    years ended March)"), else the yuan."""
    cur, scale = _stated_unit(lines)
    if cur == "CNY" and re.search(r"¥|￥", " ".join(lines)) and yen_of_text(lines) == "JPY":
        cur = "JPY"
    return cur, scale


#: a scale that English prints as a number, next to a currency or after "Unit:": "RMB 100 million", "(100 million
#: yuan)", "(¥100 million)", "(unit: 100 million yen)", "Unit: 10 thousand units", "JPY 100 mn"; read as the scale
#: word it stands for (亿, 万)
_NUMBERED_SCALE = re.compile(r"(?P<pre>(?:RMB|CNY|USD|US\$|NT\$|HK\$|TWD|HKD|JPY|(?:^|[(（]|units?\s*[:：])\s*[¥￥]|units?\s*[:：]"
                             r"|[(（])\s*)(?P<n>100|one hundred|a hundred|hundred|10|ten)\s+"
                             r"(?P<s>million|thousand|mn|mln)s?\b"
                             r"(?=\s*(?:$|[)）;；/,，]|、\s*%|of\s|yuan|RMB|CNY|dollars|USD|yen|JPY|units|people))", re.IGNORECASE)
_SCALE_OF = {name: word for word, (_, name) in vocabulary.SCALES.items() if not word.isascii()}


def _scale_word(m: re.Match) -> str:
    n = "10" if m["n"].lower() in ("10", "ten") else "100"
    scale = "million" if m["s"].lower() in ("mn", "mln") else m["s"].lower()  # "JPY 100 mn"
    return m["pre"] + _SCALE_OF.get(f"{n} {scale}", m[0][len(m["pre"]):])


#: a unit line's scale of ten of another ("单位：人民币十亿元": billions) as normalising writes it, "10亿"
_TEN_SCALE = re.compile(r"(?<=[:：(（])(?P<cur>\s*(?:" + words(vocabulary.LABEL_CURRENCIES) + r")?\s*)10\s*"
                        r"(?P<s>亿|億|万|萬)(?=\s*(?:元|美元|港元|日圓|日元|欧元|歐元)?\s*(?:$|[)）]))")  # or "（人民幣十億元）"
#: a scale before its currency, as some tables print it: "(M$)", "(Mio. €)", "(Mrd. €)", "(k€)", "Mio. EUR"
_SCALE_FIRST = re.compile(r"(?<=[(（])\s*(?P<s>[kKmMbB]|Mio\.?|Mrd\.?)\s?(?P<c>US\$|\$|€|£)\s*(?=[)）])"
                          r"|(?<![\w.])(?P<s2>Mio|Mrd)\.?\s?(?P<c2>EUR|CHF|USD|GBP|Euro|€|\$)(?![A-Za-z])")
_SCALE_FIRST_WORD = {"k": "k", "m": "m", "b": "bn", "mio": "m", "mrd": "bn"}


def _currency_first(m: re.Match) -> str:
    """A scale before its currency (:data:`_SCALE_FIRST`) written after it: "(Mio. €)" as "(€m)", "Mio. EUR" as
    "EUR million"."""
    if m["s"]:
        return m["c"] + _SCALE_FIRST_WORD[m["s"].lower().rstrip(".")]
    return ("EUR" if m["c2"] == "Euro" else m["c2"]) + " " + SCALES[m["s2"].lower()][1]


#: thousands as accounts print them: "('000 units)", "RMB'000", "HK$'000", "(£000)", "($000s)"
_THOUSANDS = re.compile(r"(?:(?<![\d,.])['’‘]|(?<=[(（$€£¥]))000s?(?![\d,.])")


#: a count's scale cut short in brackets after what it counts: "2024 units (m)", "Shipments (mn)", "Deliveries (k)"
_COUNT_SHORT = re.compile(r"\b(?P<what>units|shipments|volume|deliveries)\s*[(（]\s*(?P<s>m|mn|mln|k|bn)\s*[)）]",
                          re.IGNORECASE)


#: a unit in French, Spanish, Portuguese or Italian words: "(en millions de dollars américains)", "millions d'euros",
#: "miles de euros", "millones de dólares", "milioni di euro" (read as "(USD million)", "EUR million", …)
_UNIT_IN_WORDS = re.compile(r"\b(?P<s>milliers|milliards|millions|miles|millones|milhões|miliardi|milioni|migliaia)\s+"
                            r"(?:de\s+|d['’]\s?|di\s+)(?P<c>dollars?(?:\s+(?:américains|US|des\s+États-Unis))?|"
                            r"dólares(?:\s+(?:estadounidenses|americanos))?|euros?|livres\s+sterling|yuans?|yens?)",
                            re.IGNORECASE)
_WORDS_SCALE = {"milliers": "thousand", "miles": "thousand", "migliaia": "thousand", "millions": "million",
                "millones": "million", "milhões": "million", "milioni": "million", "milliards": "billion",
                "miliardi": "billion"}


def _unit_in_english(m: re.Match) -> str:
    """The unit of a match of :data:`_UNIT_IN_WORDS` as English prints it: "USD million"."""
    cur = m["c"].lower()
    code = "EUR" if cur.startswith("euro") else "GBP" if cur.startswith("livre") else "CNY" if cur.startswith(
        "yuan") else "JPY" if cur.startswith("yen") else "USD"
    return f"{code} {_WORDS_SCALE[m['s'].lower()]}"


def _stated_unit(lines: list[str]) -> tuple[str | None, str | None]:
    texts = [t for k in reversed(range(len(lines))) for t in (lines[k], f"{lines[k - 1]} {lines[k]}" if k else None)
             if t is not None]
    for text in texts:
        text = _NUMBERED_SCALE.sub(_scale_word, normalise(text))
        text = _UNIT_IN_WORDS.sub(_unit_in_english, text) if "mil" in text.lower() else text
        text = _SCALE_FIRST.sub(_currency_first, text)
        text = _TEN_SCALE.sub(r"\g<cur>十\g<s>", text)  # "單位：人民幣十億元", which normalising wrote as "10億元"
        text = _THOUSANDS.sub(" thousand", text)  # "('000 units)", "RMB'000", "(£000)"
        text = _COUNT_SHORT.sub(lambda m: f"{m['what']} ({SCALES[m['s'].lower()][1]})", text)  # "2024 units (m)"
        if _STATES_AN_AMOUNT.search(text):
            continue  # "…set to pass EUR 20 billion in 2029." over the table is a sentence, not its unit
        # (or a header's cell that is a unit alone: "Sector | £m | Share (%)")
        cells = _CELL_BREAK.split(text.strip())
        short = _UNIT_SHORT.search(text) or next(filter(None, map(_UNIT_CELL.fullmatch, cells)), None)
        cur = short and (short.group("cur").upper() if short.group("cur").isalpha() else short.group("cur"))
        if short and cur in CURRENCIES:
            return CURRENCIES[cur], short.group("scale").lower()
        said = re.search(r"单位|單位|unit|\(|（|in ", text, re.IGNORECASE)
        for m in _UNIT_NOTE.finditer(text):
            if m.group("scale") and (said or m.group("cur") or m.group("cur2")):
                word = m.group("scale").lower().rstrip("s") if m.group("scale").isascii() else m.group("scale")
                cur = m.group("cur") or m.group("cur2")
                return (CURRENCIES.get(cur, CURRENCIES.get(cur.lower())) if cur else None), \
                    word if word in SCALES else None  # "(Millions of U.S. Dollars)"
    return None, None


def _unit_below(lines: list[str], end: int) -> tuple[str | None, str | None]:
    """The currency and scale a note in the three lines under a table ending at line ``end`` states ("Note: figures
    in EUR billion", "单位：亿元")."""
    return _unit_from([x for x in lines[end:end + 3] if _UNIT_BELOW.match(normalise(x))
                       or _DATA_IN.search(normalise(x))])  # "Following are quarterly billings data in billions of …"


#: a sentence under a table that says what unit its data are in: "quarterly billings data in billions of U.S. dollars"
_DATA_IN = re.compile(r"\b(?:(?:data|figures|values|numbers|amounts)\s+(?:are\s+)?(?:shown\s+|given\s+|reported\s+)?|"
                      r"^[A-Za-z][\w ]{0,40}\s)in\s+(?:thousands|millions|billions|trillions)\s+of\b", re.IGNORECASE)
#: a line that states a table's unit, no caption: "Units: ¥ billion", "单位：亿元"
_UNIT_LINE = re.compile(r"^\s*(?:units?|单位|單位|currency|(?:all\s+)?figures\s+in|values\s+in)\s*[:：]", re.IGNORECASE)
#: a line of a name and a month's date after one comma, as a publisher's byline is: "Guoxin Semiconductor Research
#: Center, January 2025", "…研究院，2025年1月" (not a caption that ends on its source's: "… (USD billion), Kessler
#: Research, May 2025")
_DATED_BYLINE = re.compile(r"^[^,，(（:：]{1,60}[,，]\s*(?:(?:\d{1,2}\s+)?" + vocabulary.MONTH + r"\.?\s+(?:\d{1,2},\s+)?(?:19|20)\d{2}"
                           r"|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)\s*$")
#: brackets that close a caption: "(USD million)", "(preliminary)"
_LAST_BRACKETS = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


#: a header's first cell that ranks its rows: "Rank", "Ranking", "No.", "#", "排名"
_RANK = re.compile(r"(?:(?:19|20)\d{2}\s*年?\s*)?(?:rank(?:ing)?|no\.?|#|排名|名次)(?=\s|$)", re.IGNORECASE)
#: the rank columns a header opens with: "2023 Rank | 2022 Rank | Vendor"
_RANKS = re.compile(r"(?:" + _RANK.pattern + r"\s*)*", re.IGNORECASE)
#: a header's first cell that names what its rows are, no title: "应用场景", "细分领域", "Segment by region", "Rank Company"
_DIMENSION = re.compile(_RANKS.pattern + r"(?:(?:应用|應用)?(?:场景|場景)|(?:细分|細分)?(?:领域|領域|行业|行業|市场|市場)|(?:产品|產品)(?:类别|類別|类型|類型)?|"
                        r"(?:地区|地區|区域|區域|国家|國家)(?:分布)?|(?:segments?|regions?|categor(?:y|ies)|applications?|"
                        r"types?|products?|countr(?:y|ies)|indicators?|metrics?|items?|vendors?|compan(?:y|ies)|brands?|makers?)"
                        r"(?:\s+by\s+\w+)?|(?:指标|指標|项目|項目|品牌|厂商|廠商|公司|企业|企業)(?:名称|名稱)?)?", re.IGNORECASE)


#: a header's first cell of a kind of thing its rows are: "Service type", "Deployment model", "End market", "服务类型"
_KIND_OF = re.compile(r"(?:[A-Za-z-]+\s+){1,2}(?:segments?|types?|categor(?:y|ies)|models?|areas?|cases?|markets?|"
                      r"groups?|classes?|tiers?|sectors?|channels?)|[\u4e00-\u9fff]{1,4}(?:类型|類型|类别|類別|模式|领域|領域|场景|場景)",
                      re.IGNORECASE)


#: a source's line between a caption and its table: "Source: Fenwick Device Tracker, February 2025", "资料来源：…"
_SOURCE_LINE = re.compile(r"\s*(?:sources?|" + words(vocabulary.SOURCE_LABELS) + r")\s*[:：]", re.IGNORECASE)


def _caption(above: list[str], head: str) -> str:
    """A table's title: its header's first cell when that names it ("Generative AI Revenue Projections"), else
    the nearest line above the header, not a sentence stating a figure, when the first cell only names the column
    ("Segment", "Region") or its unit ("US$ bn")."""
    plain = _UNITS_HEADER.sub("", re.sub(r"[(（].*?[)）]", "", normalise(head)).strip()).strip()
    only_a_unit = _UNIT_CELL.fullmatch(plain) or _UNIT_NOTE.fullmatch(plain) or _DIMENSION.fullmatch(plain) or all(
        _DIMENSION.fullmatch(w) or _CURRENCY_HEADER.search(f" {w}") for w in plain.split()) \
        or _KIND_OF.fullmatch(plain)  # "Country | Currency", "Service type", "服务类型"
    if not only_a_unit and (len(plain.split()) >= 2 or len(re.findall(r"[\u4e00-\u9fff]", plain)) >= 4):
        return head
    for line in reversed(above):
        text = _LAST_BRACKETS.sub("", normalise(line[slide_label_end(line):]).strip())  # "第6頁｜", "Slide 4 — "
        if _head(line) is not None or re.search(r"\t|\d\s+[-+(]?\d[\d.,%)]*\s*$", line) or _UNIT_LINE.match(text) \
                or is_band_line(line) or _DATED_BYLINE.search(text) or _SOURCE_LINE.match(text):
            continue  # a header, a row, a line of the table's unit ("Units: ¥ billion"), a band over its years or
            # its publisher and date ("Guoxin Semiconductor Research Center, January 2025")
        if text and not _A_SENTENCE.search(text):
            return text
        first = re.match(r"(.{8,}?\S)\.\s+[A-Z]", text)  # a caption, then a sentence on its line
        if first and not _A_SENTENCE.search(first.group(1)):
            return _LAST_BRACKETS.sub("", first.group(1)).strip()
    return head


def find_tables(lines: list[str], page: int = 1, carried: Table | None = None) -> list[Table]:
    """Every table on a page: header, rows (with their lines and page) and unit. ``carried`` is a table that
    ran to the foot of the page before: rows at the top of this page (after a running header, a footer, or
    its caption and header again) go on with it, and it is returned first when they do."""
    tables, i = [], 0
    lines = framed(lines)
    if carried is not None and carried.layout:
        start = _resumes_after_footer(lines, 0, carried, new_page=True)
        if start is not None:
            before = len(carried.rows)
            i = _read_rows(carried, lines, start, page)
            if len(carried.rows) > before:
                carried.notes.append(f"the table goes on at the top of page {page}")
                _infer(carried)
                tables.append(carried)
            else:
                i = 0
    while i < len(lines):
        head = _head(_kinds_from_above(lines, i))
        headless = None if head else _rows_of_a_year(lines, i)  # rows of one year under a caption, no header
        head = head or headless or _head_of_a_year(lines, i)
        if head is None:
            t, end = _years_as_rows(lines, i, page)
            if t is None:
                t, end = _long_table(lines, i, page)
            if t is not None:
                tables.append(t)
            i = end
            continue
        below = None if headless else _header_below(lines, i, head)
        title, years, rate, extra, rate_at, gone, moved, parts, extra_parts = below or head
        t = Table(_caption(lines[max(0, i - 3):i], title), i + 1, page, years, rate, gone=gone, moved=moved,
                  parts=parts, extra_parts=extra_parts)
        t.layout = (len(years) + (rate is not None) + len(extra), extra, rate_at, title)
        header = _cells(lines[i])
        other = _other_units(header)  # "FY2024 (₹ crore) | FY2024 (US$ million) | …": the unit of the columns read
        # and not the unit of a column of another measure after them ("… | y/y % | Outlets ('000)")
        apart = extra and len(years) >= 2 and any(_year_column(c) for c in header[1:])
        kept = _left_out(header, other)
        read = [c for k, c in enumerate(kept) if not k or _year_column(c) or _RATE_CELL.search(c)] if apart else kept
        said = [title, " | ".join(read) if other or apart else lines[i]] \
            + ([lines[i + 1]] if below else [])
        t.currency, t.scale = _unit_from(lines[max(0, i - 6):i] + said)  # or "2024 (USD billion)"
        t.named_currency = _bracketed_currency(" ".join(lines[max(0, i - 3):i]))
        t.noun = count_noun(f"{t.title} {' | '.join(read) if apart else lines[i]}")
        if t.currency is None and t.scale is None and (physical := _PHYSICAL_UNIT.search(
                " ".join([t.title] + lines[max(0, i - 2):i + 1]))):
            t.noun = physical["unit"]  # "装车量(GWh)", "Capacity (GW)": the values are in the unit the header prints
        # "Share of revenue by region (%)"; a growth or CAGR column's "(%)" is that column's unit, not the table's
        t.percent_beside = bool(_PERCENT_BESIDE.search(" ".join(lines[max(0, i - 3):i] + [title])))
        percent = _PERCENT_UNIT.search(" ".join(lines[max(0, i - 3):i] + [title] + [
            c for line in said[1:] for c in _cells(line) if not _is_rate_column(c)]))
        head_cells = _cells(_kinds_from_above(lines, i))
        t.label_cells = max(1, sum(not _NUM_CELL.match(c) for c in head_cells[:len(head_cells) - t.layout[0]]))
        t.ranks = tuple(n for n, c in enumerate(head_cells[:len(head_cells) - t.layout[0]]) if _RANK.fullmatch(c.strip()))
        # "Market | Under construction (MW) | Spending 2024 (USD billion)": a column of a physical quantity or a
        # count among the labels is no part of a row's name
        t.quantities = tuple(n for n, c in enumerate(head_cells[:len(head_cells) - t.layout[0]])
                             if n and (_PHYSICAL_UNIT.search(c) or _BARE_COUNT.search(c)))
        t.notes += [f"column {head_cells[n]!r}: a quantity in no currency, not read" for n in t.quantities]
        i = _read_rows(t, lines, i + (not headless) + bool(below), page)
        _estimates_by_mark(t, lines)
        if t.currency is None and t.scale is None:
            t.currency, t.scale = _unit_below(lines, t.end)
        if t.currency is None and t.scale is None and percent:
            t.noun = "percent"  # its figures are shares
        if t.rows or t.notes and t.lines:  # a table whose rows were all left out is kept for its notes
            t.notes[:0] = _unread_columns(head_cells, t.years)
        if t.rows:
            _infer(t)
            t.lines += _unit_lines_above(lines, t.header_line - 1, page)
        if t.rows or t.notes and t.lines:
            tables.append(t)
    return tables


def framed(lines: list[str]) -> list[str]:
    """The lines with a pipe table printed without its outer pipes framed as Markdown frames it: "Year | € million"
    over "2021 | 31.5" -> "| Year | € million |" over "| 2021 | 31.5 |"; a run of two lines or more that set the same
    number of cells apart by pipes, none at a line's ends, is such a table. A run of three lines or more of short
    cells set apart by semicolons, as a spreadsheet exports where the comma is the decimal mark, is framed too, its
    numbers read with that mark where any of them prints it ("1.234,5" is 1234.5, "12,5%" is 12.5%). Any other line
    as it is.

    Examples
    --------
    >>> framed(["Sales by year", "Year | USD m", "2023 | 4.2", "2024 | 5.1"])
    ['Sales by year', '| Year | USD m |', '| 2023 | 4.2 |', '| 2024 | 5.1 |']
    >>> framed(["Region;2023;2024", "North;1.234,5;1.400,2", "South;845,0;960,3"])[1]
    '| North | 1234.5 | 1400.2 |'
    """
    if "\\" in "".join(lines):
        lines = [_latex_framed(line) for line in lines]
    inner = [0 if line.strip()[:1] == "|" or line.rstrip()[-1:] == "|" else _pipes(line) for line in lines]
    semis = [_semicolon_cells(line) for line in lines]
    out, i = list(lines), 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and inner[i] and inner[j] == inner[i]:
            j += 1
        if j - i >= 2:
            out[i:j] = [f"| {line.strip()} |" for line in lines[i:j]]
        elif semis[i] is not None:
            while j < len(lines) and semis[j] is not None and len(semis[j]) == len(semis[i]):
                j += 1
            cells = [c for row in semis[i:j] for c in row]
            if j - i >= 3 and any(_NUM_CELL.match(c) for c in cells):
                # the comma a decimal mark where a cell shows it one ("845,0", "1.234,5"), not a thousands
                # separator ("1,234.5"); "1,234" alone is no proof either way
                comma = any(_DECIMAL_COMMA.fullmatch(c) and re.search(r"\d,\d{1,2}(?!\d)|\d\.\d{3},\d", c)
                            for c in cells) and not any(re.search(r"\d,\d{3}\.\d", c) for c in cells)
                out[i:j] = ["| " + " | ".join(_decimal_point(c) if comma else c for c in row) + " |"
                            for row in semis[i:j]]
        i = j
    return out


#: a LaTeX table's row: cells set apart by "&", ended by "\\" (and perhaps a rule after it)
_LATEX_ROW = re.compile(r"\s*(?P<cells>[^&\n]*(?:&[^&\n]*)+?)\s*\\\\\s*(?:\\(?:hline|midrule|bottomrule)\s*)?")
#: a LaTeX table's line that draws or frames it and holds no row: "\hline", "\toprule", "\cline{2-4}",
#: "\begin{tabular}{l|rrr}", "\end{table}"
_LATEX_FRAME = re.compile(r"\s*(?:\\(?:hline|toprule|midrule|bottomrule|centering|small|footnotesize)|\\cline\{[^}]*\}"
                          r"|\\(?:begin|end)\{(?:tabular|table|tabularx|longtable|center)\*?\}(?:\[[^\]]*\])?"
                          r"(?:\{[^}]*\})*)+\s*")
#: a LaTeX command around a cell's words or a caption's: "\textbf{Total}", "\caption{Germany: …}",
#: "\multicolumn{3}{c}{2024}" (its words kept)
_LATEX_WORDS = re.compile(r"\\(?:textbf|textit|emph|text|mathrm|caption|multicolumn\{\d+\}\{[^}]*\})\{([^{}]*)\}")


def _latex_framed(line: str) -> str:
    """A line of a LaTeX table as a Markdown table prints it: a row "Germany & 184.6 & 212.3 \\\\" as "| Germany |
    184.6 | 212.3 |", a line that only draws or frames the table ("\\hline", "\\begin{tabular}{l|rrr}") as a rule
    ("+---+"), a command around words as its words ("\\caption{EUR million}" -> "EUR million"); any other line as it
    is."""
    if "\\" not in line:
        return line
    if _LATEX_FRAME.fullmatch(line):
        return "+---+"
    text = _LATEX_WORDS.sub(r"\1", line)
    if (m := _LATEX_ROW.fullmatch(text)) is not None:
        return "| " + " | ".join(c.strip() for c in m["cells"].split("&")) + " |"
    return text


#: a number whose decimal mark is a comma, its thousands set apart by points: "1.234,5", "845,0", "-3,2 %"
_DECIMAL_COMMA = re.compile(r"[-+(]?\d{1,3}(?:\.\d{3})*,\d+\s*%?\)?")


def _decimal_point(cell: str) -> str:
    """A cell's numbers with a decimal point for the comma, and no points between their thousands."""
    if not _DECIMAL_COMMA.fullmatch(cell) and not re.fullmatch(r"[-+(]?\d{1,3}(?:\.\d{3})+\s*%?\)?", cell):
        return cell
    return cell.replace(".", "").replace(",", ".")


def _semicolon_cells(line: str) -> list[str] | None:
    """The cells of a line of three cells or more set apart by semicolons, each short (no sentence's clauses), or
    None."""
    if line.count(";") < 2 or "|" in line or "\t" in line:
        return None
    cells = [c.strip() for c in line.strip().split(";")]
    return cells if len(cells) >= 3 and all(len(c) <= 40 for c in cells) else None


def _unit_lines_above(lines: list[str], head: int, page: int) -> list[tuple[int, int]]:
    """The lines right above a header at index ``head`` that state the table's unit ("Unit: RMB 100 million",
    "(CNY 100 million)", a unit in brackets alone): the table's own, no sentence's figure."""
    out, k = [], head - 1
    while k >= 0 and k >= head - 2 and (_UNIT_LINE.match(text := normalise(lines[k])) or (
            _LAST_BRACKETS.fullmatch(text) and _stated_unit([text]) != (None, None))):
        out.append((page, k + 1))
        k -= 1
    return out


def _unread_columns(cells: list[str], years: list) -> list[str]:
    """Notes on a header's columns whose cells are not read: a year printed a second time or out of order ("2023 |
    2023"), a number of four digits that is no year aimarket reads ("1899", "2101")."""
    left = [y for y, _ in years]
    notes = []
    for c in cells:
        m = _year_column(c)
        if m is not None and _year_cell(m)[0] in left:
            left.remove(_year_cell(m)[0])
        elif m is not None:
            notes.append(f"column {c!r} is not read: its year is printed twice or out of order (check which the "
                         "table means)")
        elif re.fullmatch(_YEAR_MARK + r"\d{4}\s*[EFAP]?", c):
            notes.append(f"column {c!r} names no year aimarket reads (1900-2099): its cells are not read")
    return notes


def _header_below(lines: list[str], i: int, head):
    """A header split over two lines: years over their units, a lone "CAGR" over its span, the rows' name under the
    blank corner ("          2024     2025E    CAGR" over "Platform  US$ bn   US$ bn   2024-25E"). The header read
    with the line below it, or None where the line below is a row or states neither a unit nor a span."""
    if i + 1 >= len(lines) or not _laid_out(lines[i + 1]):
        return None
    top, under = _cells(lines[i]), _cells(lines[i + 1])
    if len(under) < 2 or len(under) > len(top) + 1:
        return None
    spans = [bool(_RATE_CELL.search(f"CAGR {c}")) and bool(re.search(r"\d", c)) for c in under]
    if any(re.search(r"\d", c) and not span for c, span in zip(under, spans)) or not any(spans) and (
            _unit_from([" | ".join(under)]) == (None, None)):  # "| | US$m | US$m | % |": a unit a cell
        return None
    cells = list(top)
    for k in range(1, min(len(top), len(under)) + 1):  # right-aligned: a span joins the cell above it
        if spans[-k]:
            cells[-k] = f"{top[-k]} {under[-k]}"
    if len(under) == len(top) + 1 and not head[0]:  # the rows' name under the blank corner
        cells = [under[0]] + cells
    return _header(cells, True)


def _head_of_a_year(lines: list[str], i: int):
    """A table of one year its caption states ("AI chip revenue by type, 2024 (USD billion)" over "Type | Revenue |
    Share"): a header of a label and value columns, none a year, whose first value column is that year's, the
    others read as :func:`_header` reads columns after the years (changes, shares). None when line ``i`` is no such
    header."""
    cells = _cells(lines[i])
    if len(cells) < 2 or not _laid_out(lines[i]) or any(_NUM_CELL.match(c) or _YEAR_CELL.match(c) for c in cells):
        return None
    year = _caption_year(lines, i)
    if year is None:
        return None
    first = next((c for c in map(_cells, lines[i + 1:i + 3]) if c), [])  # the first row, past a Markdown rule
    if first and _YEAR_CELL.match(first[0].strip()):
        return None  # rows of years ("FY2021 | 18.4 | 9.6"): a table of many years, whatever year the caption names
    if sum(bool(_YEAR_CELL.match(c.strip())) for c in first[1:]) >= 2:
        return None  # a header of years below ("Application   2022   2023   2025e"): line ``i`` is its caption
    # "指標名稱 | 單位 | 本期累計" over "軟件業務收入 | 億元 | 137276": a column of each row's unit ("Units" over figures is none)
    ranks = next((n for n, c in enumerate(cells) if not _RANK.fullmatch(c.strip())), len(cells))  # "排名 | 企业名称"
    labels = ranks + (2 if len(cells) > ranks + 1 and _UNITS_HEADER.search(" " + cells[ranks + 1]) and len(first) > ranks + 1
                      and not _NUM_CELL.match(first[ranks + 1]) else 1)
    # "行业 | 12月 | 1-12月累计 | 累计同比增长": a month's column beside the whole year's is left out; without one, no year's
    months = [k for k in range(labels, len(cells)) if _of_a_part_alone(cells[k])]
    months += [k + 1 for k in months if k + 1 < len(cells) and k + 1 not in months and  # "12月 | 同比 | 全年累计 | 同比"
               _column_kind(cells[k + 1])[0] == "change" and not _TO_DATE_CELL.search(cells[k + 1])]
    # "行业 | 行业代码 | 营业收入（亿元）": a column of codes holds no year's figures
    codes = [k for k in range(labels, len(cells)) if _CODE_HEADER.fullmatch(cells[k].strip())]
    # "领域 | 项目数（个） | 中标金额（亿元）": a column counting things one by one beside one of money is no year's amount
    # "Segment | Units reporting AI use | Spend (US$ million) | Share of total (%)": where a column states its
    # currency, one beside it that states no unit and is no change or share is not in that currency either
    if any(_unit_from([c])[0] for c in cells[labels:]):
        codes += [k for k in range(labels, len(cells)) if _BARE_COUNT.search(cells[k])
                  or not any(_unit_from([cells[k]])) and _column_kind(cells[k])[0] is None]
    if months:
        whole = _WHOLE_YEAR_CELL if not any(_WHOLE_YEAR_CELL.search(normalise(x)) for x in lines[max(0, i - 3):i]) else \
            _TO_DATE_CELL  # under a caption of the whole year, its running total is the year's
        if not any(whole.match(cells[k].strip()) for k in range(labels, len(cells)) if k not in months + codes):
            return None
    gone = tuple(len(cells) - 1 - k for k in months + codes)
    cells, first = _left_out(cells, gone), _left_out(first, gone)
    extra = [_column_kind(c) for c in cells[labels + 1:]]
    if len(cells) <= labels or _row(first, 1 + len(extra)) is None:
        return None
    return " ".join(cells[ranks:labels]), [(year, False)], None, extra, False, gone, (), (), ()


#: a column of one month or part of a year, with no year: "12月", "本月", "Dec", "Q4", "4季度"
_A_PART_ALONE = re.compile(r"(?:(?:1[0-2]|[1-9])\s*月份?|本月|当月|當月|单月|單月|" + vocabulary.MONTH + "|"
                           + vocabulary.PARTS_OF_YEAR + r")(?![\d年])", re.IGNORECASE)


def _of_a_part_alone(cell: str) -> bool:
    """Whether a column holds one month's or one part of a year's figures or changes, naming no year: "12月",
    "本月(亿元)", "Dec", "Q4", "12月同比(%)", "当月增速"."""
    m = _A_PART_ALONE.match(cell.strip())
    if m is None:
        return False
    rest = cell.strip()[m.end():].strip()
    return not re.sub(r"[(（][^()（）]*[)）]", "", rest).strip() or _column_kind(rest)[0] == "change"


#: a column, or a caption, of the whole year ("1-12月累计" reads as "全年累计")
_WHOLE_YEAR_CELL = re.compile(r"全年|full[- ]year", re.IGNORECASE)
#: a column of the whole year, or of the year to date: the year's under a caption of the whole year
_TO_DATE_CELL = re.compile(_WHOLE_YEAR_CELL.pattern + r"|累计|累計|YTD|year[- ]to[- ]date", re.IGNORECASE)


def _left_out(cells: list, gone: tuple) -> list:
    """A row's or a header's cells without the columns ``gone`` (counted from the end of the row)."""
    return [c for k, c in enumerate(cells) if len(cells) - 1 - k not in gone]


def _rows_of_a_year(lines: list[str], i: int):
    """Rows of a label and one figure with no header, under a caption that states one year ("BY THE NUMBERS: where
    UK firms spent on AI in 2024" over "| Financial services | £3.1bn |", "| Retail | £1.4bn |", …): a table of that
    year whose rows start at line ``i``. At least three such rows, laid out as a table; None otherwise."""
    rows = [_cells(x) for x in lines[i:i + 3]]
    if i == 0 or any(len(r) != 2 or not _laid_out(x) or _NUM_CELL.match(r[0]) or _YEAR_CELL.match(r[0])
                     or not (m := _NUM_CELL.match(r[1])) or m.group("pct") for r, x in zip(rows, lines[i:i + 3])) \
            or len(rows) < 3 or _laid_out(lines[i - 1]):
        return None
    year = _caption_year(lines, i, reach=3)  # right above its first row
    return None if year is None else ("", [(year, False)], None, [], False, (), (), (), ())


#: a date, whose year is a page's, not a caption's: "3 April 2025", "April 3, 2025", "March 2025", "2025年4月3日"
_DATE = re.compile(r"\b(?:\d{1,2}\s+)?" + vocabulary.MONTH + r"\s+(?:\d{1,2},?\s+)?(?:19|20)\d{2}\b"
                   r"|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?")


#: a caption's label and number, however numbered: "Table 12.3", "Exhibit 4:", "表3-2", "图表 5"
_CAPTION_LABEL = re.compile(r"^\s*(?:表|图表|圖表|table|exhibit|figure|fig\.|chart)\s*\d{1,3}(?:[.\-]\d{1,3})*[a-z]?"
                            r"[.:：]?\s*", re.IGNORECASE)


def _caption_year(lines: list[str], i: int, reach: int = 6) -> int | None:
    """The one year a table's caption states: the nearer of the two lines above line ``i`` (past blank ones, within
    ``reach`` lines) that states a year (a date's year is no caption's), so a unit line may stand between the caption
    and the table; a sentence stating a figure above the caption says nothing of it. None where the lines state
    several years otherwise."""
    above = [x for x in lines[max(0, i - reach):i] if x.strip()][-2:]
    years = [{int(m.group(0)) for m in _CAPTION_YEAR.finditer(_DATE.sub(" ", normalise(x)))} for x in above]
    if len(above) == 2 and years[1] and _A_SENTENCE.search(normalise(above[0]).strip()) and not _laid_out(above[0]):
        years = years[1:]  # "… $26 billion in 2025." over "Share of 2025 spend by buyer:"
    if len(years) == 2 and len(years[1]) == 1 and not _laid_out(_CAPTION_LABEL.sub("", above[1], count=1)):
        years = years[1:]  # "Statistical Report 2025" over "Table 5.2: Spending by segment, 2024": the nearer line's
        # (set apart from its number by spaces, too: "Table 12.3  Spending on AI by segment, 2024")
    said = set().union(*years)
    return said.pop() if len(said) == 1 else None


def runs_to_the_foot(t: Table, lines: list[str]) -> bool:
    """The table's last row is the last line of its page but for blank lines and a footer: it may go on overleaf."""
    return bool(t.layout and t.rows) and all(not normalise(x).strip() or _FOOTER.match(normalise(x).strip())
                                             for x in lines[t.end:])


def _change_row(cells: list[str], t: Table) -> bool:
    """A row of changes under the row before ("同比增长  -  31.1%  30.8%", "y/y  n/a  12%"): each year's growth over
    the year before, added to that row's changes. Returns whether the cells were such a row."""
    marks = cells[-len(t.years):] if len(cells) > len(t.years) else []
    label = " ".join(cells[:len(cells) - len(marks)])
    if (not marks or not _CHANGE_CELL.match(label)) and len(cells) >= 2 and _CHANGE_CELL.match(cells[0]):
        label, marks = cells[0], [None] * (len(t.years) + 1 - len(cells)) + cells[1:]  # "YoY  (blank)  81%  34%"
    if not marks or not _CHANGE_CELL.match(label):
        return False
    nums = [None if c is None or _PLACEHOLDER.match(c) else _NUM_CELL.match(c) for c in marks]
    # "Growth (%)  —  22.0  23.9": the label or the caption ("单位：亿元，%") states the cells' unit
    in_percent = "%" in label or t.percent_beside
    if not all(n is None or n.group("pct") or in_percent and not n.group("cur") for n in nums) or not any(nums):
        return False
    ys = [y for y, _ in t.years]
    pairs = zip(ys, ys[1:], nums[1:]) if ys == sorted(ys) else ((b, a, m) for a, b, m in zip(ys, ys[1:], nums))
    first = (nums[0], ys[0]) if ys == sorted(ys) else (nums[-1], ys[-1])  # the earliest column's: over the year before
    pairs = [(first[1] - 1, first[1], first[0])] + list(pairs)
    for prev, year, m in pairs:  # falling years: each column's change is over the column after it
        if m is not None:
            t.rows[-1]["changes"].append((*_cell_value(m), prev, year))
    return True


def _units_row(cells: list[str], t: Table) -> bool:
    """Whether a row under the header states the columns' unit, no figure ("| | (RMB billion) | (RMB billion) |"):
    the table takes the unit where its caption gave none."""
    if not cells or any(re.search(r"\d", c) for c in cells):
        return False
    said = " ".join(dict.fromkeys(cells))  # each unit once: "(RMB billion)"
    currency, scale = _unit_from([said])
    if currency is None and scale is None:
        return False
    if t.currency is None and t.scale is None:
        t.currency, t.scale = currency, scale
        t.notes.append(f"the unit from the row under the header: {said}")
    return True


#: a header whose second cell heads a column of units: "Indicator | Unit | 2023 | 2024", "指标 | 单位 | 2023年",
#: "产品名称 | 计量单位 | 2023年"
#: a header's label cells that end on a column of each row's currency: "Country | Currency", "国家 | 币种"
_CURRENCY_HEADER = re.compile(r"\s(?:currency|币种|幣別|币别|货币|貨幣)$", re.IGNORECASE)
_UNITS_HEADER = re.compile(r"\s(?:units?(?: of measure)?|(?:计量|計量)?(?:单位|單位))$", re.IGNORECASE)


def _own_unit(label: str) -> tuple[str, tuple | None]:
    """A row label that states its row's unit ("Revenue (USD million)", "Devices (million units)"): the label
    without it, and (unit, currency); else the label and None."""
    m = _UNIT_AFTER.search(label)
    if not m:
        return label, None
    currency, scale = _unit_from([m.group(0)])
    if scale is None and _BARE_COUNT.fullmatch(m.group(0).strip()):  # "工业机器人 (套)": units, no scale
        return label[:m.start()].strip(), (unit_name(None, None, "count"), None)
    if scale is None:
        return label, None
    return label[:m.start()].strip(), (unit_name(currency, scale, "count"), currency)


#: a row's unit in brackets that counts things one by one: "(套)", "(台)", "(units)"
_BARE_COUNT = re.compile(r"[(（]\s*(?:套|台|个|個|件|块|塊|部|辆|輛|只|units?|sets?|pieces?)\s*[)）]", re.IGNORECASE)


#: what opens a row's label in a list of a whole's parts, no part of the name: "其中:", "1.", "(2)", "三、"
_ENUMERATED = re.compile(r"^\s*(?:其中\s*[:：]?\s*)?(?:[(（]?\d{1,2}[.．、)）](?!\d)\s*|[一二三四五六七八九十]{1,3}[、．.]\s*)?")


def _indent(line: str) -> int:
    """How far a row's label is set in: its leading spaces (a tab as four), or those after a pipe."""
    text = line.replace("\t", "    ")
    text = text[text.index("|") + 1:] if text.lstrip().startswith("|") else text
    return len(text) - len(text.lstrip(" \u3000"))


def _nested_by_indent(rows: list) -> dict:
    """Rows set in under a row with figures ("Europe" over "  Germany", "  France") are its parts, whatever their
    sums: {row: the nearest row above it set in less}. Only where some rows are set in by two spaces or more, each
    under a row with figures, and every row is set in by one of two depths."""
    depths = sorted({r.get("indent", 0) for r in rows})
    if len(depths) != 2 or depths[1] - depths[0] < 2 or rows[0].get("indent", 0) != depths[0]:
        return {}
    parents, head = {}, None
    for k, r in enumerate(rows):
        if r.get("indent", 0) == depths[0]:
            head = k
        else:
            parents[k] = head
    under = {p: [c for c, q in parents.items() if q == p] for p in set(parents.values())}
    if any(len(children) < 2 or not any(v is not None for v in rows[p]["values"]) for p, children in under.items()):
        return {}  # a heading over one row, or with no figures of its own, is no subtotal
    return parents


_SET_IN = "rows set in under a row with figures read as its parts"


def _infer(t: Table) -> None:
    """The table's hierarchy: rows set in under a subtotal are its parts (:func:`_nested_by_indent`), and the others'
    from their sums (again, when a page adds rows), a first or last row labelled the total the whole of the others
    where no sum ties it to them, or a note why it has none."""
    t.parents, note = {}, None
    nested = _nested_by_indent(t.rows)
    t.parents.update(nested)
    if nested and _SET_IN not in t.notes:
        t.notes.append(_SET_IN)
    units: dict = {}
    for k, r in enumerate(t.rows):
        if k in nested:
            continue  # placed by its indent
        units.setdefault(r.get("unit"), []).append(k)
    if len(units) > 1:  # rows of unlike units add up to nothing: a hierarchy within each unit's rows
        note = "its rows state units of their own; no hierarchy is read across them"
    for rows in units.values():
        try:
            found = infer_parents([t.rows[k]["values"] for k in rows], [t.rows[k]["steps"] for k in rows])
        except OverBudget as exc:
            note = f"{exc}; the table is kept flat (no parents): mark its totals by hand"
            t.parents = dict(nested)
            break
        ends = [k for k in (0, len(rows) - 1) if TOTAL_LABEL.search(t.rows[rows[k]]["label"])]
        if len(rows) >= 3 and len(ends) == 1 and ends[0] not in found.values():
            # a row labelled the total that no sum ties to is still the whole of the others, whose sums tie them to
            # one another by chance ("34 = 22 + 11" over a "Total" that misses by 6): the audit reads its miss
            found = {k: ends[0] for k in range(len(rows)) if k != ends[0]}
        t.parents.update({rows[c]: rows[p] for c, p in found.items()})
    if note and note not in t.notes:
        t.notes.append(note)


#: a header cell that names its year relative to the text's: "去年", "今年E", "Last year", "This year (F)"
_RELATIVE_YEAR_CELL = re.compile(r"(?:(?<=^)|(?<=\|)|(?<=\t)|(?<=\s\s))(?P<pad>\s*)(?P<w>前年|去年|今年|明年|后年|後年|"
                                 r"(?i:last\s+year|this\s+year|next\s+year))(?=\s*(?:[(（]?[EF][)）]?)?\s*(?:$|\||\t|\s\s))")
_RELATIVE_OFFSET = {"前年": -2, "去年": -1, "今年": 0, "明年": 1, "后年": 2, "後年": 2, "last": -1, "this": 0, "next": 1}


def dated_header(line: str, published: int | None) -> str:
    """A table's header whose columns name their years relative to the text's (``published``): "品类 前年 去年 今年E"
    in a text of 2025 -> "品类 2023年 2024年 2025年E"; any other line as it is."""
    if published is None or len(_RELATIVE_YEAR_CELL.findall(line)) < 2:
        return line

    def year(m: re.Match) -> str:
        word = m["w"].split()[0].lower()
        return m["pad"] + str(published + _RELATIVE_OFFSET.get(word, _RELATIVE_OFFSET.get(m["w"], 0))) \
            + ("年" if m["w"][0] in "前去今明后後" else "")
    return _RELATIVE_YEAR_CELL.sub(year, line)


def rows_in_their_own_scale(t: Table) -> None:
    """Each row of ``t`` whose first figure prints another scale than the table's ("| Software | $1.09 tn | $1.24 tn |"
    under "$734 bn"), and that no sum ties to the rest, in that scale, a unit of its own: its figures as printed,
    where they were read in the table's scale to infer the table's hierarchy."""
    linked = set(t.parents) | set(t.parents.values())
    for k, r in enumerate(t.rows):
        own = r.get("printed_scale")
        if own is None or own == t.scale or k in linked or r.get("unit") is not None or t.scale not in SCALES \
                or own not in SCALES:
            continue
        ratio = SCALES[t.scale][0] / SCALES[own][0]
        r["values"] = [None if v is None else _times(v, ratio) for v in r["values"]]
        r["steps"] = [None if v is None else _times(v, ratio) for v in r["steps"]]
        r["unit"] = (unit_name(t.currency, own, t.noun), t.currency)
        t.notes.append(f"row {r['label']!r} is printed in {SCALES[own][1]}, not the table's {SCALES[t.scale][1]}: "
                       f"read in its own")


#: a heading of a group of rows alone on its line, as a laid-out table prints one over the rows it holds: "Europe",
#: "Asia-Pacific", "By application:" (a few words, no figure, no sentence)
_GROUP_HEADING = re.compile(r"\s*[A-Za-z\u4e00-\u9fff][\w&/' -]{0,30}?:?\s*")


def _more_rows(lines: list[str], j: int, width: int) -> bool:
    """Whether a row of ``width`` figures comes within the next three lines from ``j``."""
    return any(_row(_row_cells(x), width) is not None for x in lines[j:j + 3])


def _line_of(t: Table, page: int, j: int) -> str:
    """Where line ``j`` of ``page`` stands, for a note of table ``t``: "line 7", or "page 3, line 7" on a page after
    the table's header."""
    return f"line {j + 1}" if page == t.page else f"page {page}, line {j + 1}"


#: a cell printed as a number that no number pattern reads: "1000000000000000000000000000000" (more than 15 digits)
_NUMBER_LIKE = re.compile(r"[-−+(]?(?:US\$|\$|€|¥|£)?\s?\d[\d\s.,']*\)?\s?%?")


def _ragged(cells: list[str], width: int, label_cells: int, positional: bool):
    """A line of a table's that is no row of ``width`` value columns: ``(cells, note)`` where a row of cells set apart
    by pipes or tabs lacks its last cells, read blank (as Markdown reads a short row); ``(None, note)`` where the row
    is left out (fewer figures than columns in a row aligned by spaces, where which columns they fill is not clear,
    or a cell printed as a number aimarket cannot read); None where the line is no row of the table."""
    label, rest = cells[:label_cells], cells[label_cells:]
    if not label or not rest or _NUM_CELL.match(label[0]) or _PLACEHOLDER.match(label[0]) \
            or not any(re.search(r"\d", c) for c in rest):
        return None
    name = " ".join(label)
    unread = [c for c in rest if c and not _NUM_CELL.match(c) and not _PLACEHOLDER.match(c)]
    tail = rest[width:]
    if positional and tail and all(tail) and set(tail) == set(unread) and not any(_NUMBER_LIKE.fullmatch(c) for c in tail):
        # "| Hardware | 8.0 | 9.0 | est. |": its figures, and a word after them that is no column of the table
        return (label + rest[:width],
                f"row {name!r}: {' '.join(tail)[:40]!r} after its {width} figure(s) is no column of the table; not read")
    if unread:
        if len(rest) > width or not all(_NUMBER_LIKE.fullmatch(c) for c in unread):
            return None
        return None, f"row {name!r}: {unread[0][:40]!r} is no number aimarket reads; the row is left out"
    if len(rest) >= width:
        return None
    if positional:
        return (cells + [""] * (width - len(rest)),
                f"row {name!r} has {len(rest)} cell(s) for {width} value column(s): read from the left, the rest blank")
    return None, (f"row {name!r} has {len(rest)} figure(s) for {width} value columns, aligned by spaces, so which "
                  "columns they fill is not clear; left out")


def _set_aside(t: Table, page: int, j: int, note: str | None = None) -> int:
    """Line ``j`` belongs to ``t`` but is no row of its own (a row of changes, of units, of shares, a CAGR row): kept
    among its lines, with ``note``; returns the next line."""
    if note:
        t.notes.append(note)
    t.lines.append((page, j + 1))
    return j + 1


#: a chart's caption that names the growth it plots beside the amounts: "市场规模及增速", "Revenue and growth (%)"
_GROWTH_CAPTION = re.compile(r"增速|增长率|增長率|同比|\bgrowth\b|\byoy\b|y/y", re.IGNORECASE)


def _chart_growth(cells: list[str], t: Table) -> bool:
    """Whether ``cells``, a line with no label under a chart's line of figures (a row ``Total`` read with no label),
    are the growth its caption names: a percent for each year but the first, which prints none or a dash."""
    width = len(t.years)
    return (len(t.rows) == 1 and t.rows[0]["label"] == "Total" and not t.layout[3] and len(cells) == width
            and bool(_GROWTH_CAPTION.search(t.title or "")) and (_PLACEHOLDER.match(cells[0]) or cells[0] == "")
            and all((m := _NUM_CELL.match(c)) is not None and m.group("pct") for c in cells[1:]))


def _sign_currency(sign: str, lines: list[str]) -> str:
    """The currency a cell's sign names: "¥" the yen on a page of Japan's, or of English prose that names no
    China (:func:`~aimarket.extract.numbers.yen_of_text`), as in the page's prose; else its currency."""
    return "JPY" if sign == "¥" and yen_of_text(lines) == "JPY" else CURRENCIES[sign]


def _read_rows(t: Table, lines: list[str], j: int, page: int) -> int:
    """The rows of ``t`` from line ``j`` on, past footers and repeated headers; returns where they stop."""
    width, extra, rate_at, _ = t.layout
    years, rate = t.years, t.rate
    ranks = len(_RANK.findall(_RANKS.match(t.layout[3] or "").group(0)))  # the rank columns its header opens with
    while j < len(lines):
        cells = _row_cells(lines[j])
        if not cells and t.rows and _GRID_RULE.fullmatch(lines[j]) and j + 1 < len(lines) \
                and lines[j + 1].lstrip()[:1] == "|":
            j += 1  # a grid table's rule between two of its rows ("+------+-----+")
            continue
        if not cells:
            resumes = _resumes_after_footer(lines, j, t) if t.rows else None
            if t.rows and resumes is None:
                break
            j = resumes if resumes is not None else j + 1
            continue
        if _same_head(lines[j], t):
            j += 1  # the header again, on a new page
            continue
        if cells and not cells[-1] and any(_NUM_CELL.match(c) for c in cells[:len(cells) - width]):
            trimmed = cells[:max(k for k, c in enumerate(cells) if c) + 1] if any(cells) else cells
            cells = trimmed if _row(trimmed, width) else cells  # "| Others | 268.853 | … | -8.8 | ||": set short
        if t.gone and len(cells) > max(t.gone) + 1:  # a quarter's cells among the years': not the year's figure
            cells = _left_out(cells, t.gone)
        moved = bool(t.moved) and len(cells) > max(t.moved) + 1
        if moved:  # its blank cells are in place: "| 294 | — | 531 |" of a 同比 column left blank
            cells = _moved(cells, t.moved)
        if t.rows and _change_row(cells, t):
            j = _set_aside(t, page, j)
            continue
        notes = bool(extra) and extra[-1][0] == "notes"  # a last column of words: each row's cell there is no figure
        if notes and len(cells) > width and not _NUM_CELL.match(cells[-1]):
            cells = cells[:-1]
        while extra and not moved and len(cells) > 1 and _BLANK_CELL.fullmatch(cells[-1]):  # "| Total | 36.46 | — |"
            cells = cells[:-1]
        row = _row(cells, width - notes) or (_row(cells, width - len(extra)) if extra else None)  # extras left blank
        if row is None and not t.rows and not t.layout[3] and len(cells) == width:
            row = _row(["Total", *cells], width)  # a chart's data: a line of years over a line of figures, no label
        if row is None and _chart_growth(cells, t):  # and a line of its growth under it: "— 51.9% 54.9% …"
            ys = [y for y, _ in years]
            t.rows[0]["changes"] += [(*_cell_value(m), ys[n - 1], ys[n]) for n, c in enumerate(cells)
                                     if n and (m := _NUM_CELL.match(c)) is not None]
            j = _set_aside(t, page, j, f"{_line_of(t, page, j)}: the growth of each year over the year before")
            continue
        if row is None and not t.rows and _units_row(cells, t):  # "| | (RMB billion) | (RMB billion) |"
            j = _set_aside(t, page, j)
            continue
        if row is None and (_pipes(lines[j]) >= 2 and len(cells) > 1 or _GROUP_HEADING.fullmatch(lines[j])) \
                and not any(_NUM_CELL.match(c) for c in cells) and _head(lines[j]) is None \
                and _more_rows(lines, j + 1, width):  # "| 报表类型 | 合并报表 |": words in a pipe table's row, or
            j = _set_aside(t, page, j)  # a group's heading alone on its line ("Europe"), before more rows
            continue
        if row is None and _laid_out(lines[j]) and not _FOOTER.match(normalise(lines[j]).strip()):
            ragged = _ragged(cells, width, t.label_cells, _positional(lines[j]))
            if ragged is not None and ragged[0] is None:
                j = _set_aside(t, page, j, f"{_line_of(t, page, j)}: {ragged[1]}")
                continue
            if ragged is not None and (row := _row(ragged[0], width)) is not None:
                cells = ragged[0]
                t.notes.append(f"{_line_of(t, page, j)}: {ragged[1]}")
        if row is None:
            resumes = _resumes_after_footer(lines, j, t)
            if resumes is None:
                break
            j = resumes
            continue
        label, nums = row
        k = len(cells) - len(nums)  # the cells of its label
        if k > 1 and _NUM_CELL.match(cells[k - 1]) and (
                k > t.label_cells if _laid_out(lines[j]) else not re.fullmatch(r"\d{1,2}", cells[k - 1])):
            more = next(n for n in range(k - 1, -1, -1) if n == 0 or not _NUM_CELL.match(cells[n - 1]))
            j = _set_aside(t, page, j, f"{_line_of(t, page, j)}: row {' '.join(cells[:more])!r} has "
                                       f"{len(cells) - more} figures for {width} value column(s); left out")
            continue
        cols = list(nums)
        rate_cell = cols.pop(rate_at) if rate is not None and rate_at < len(cols) else None
        percents = all(m.group("pct") for m in cols[:len(years)] if m is not None) or bool(_PERCENT_ROW.search(label))
        cagr_row = _RATE_CELL.search(label) if percents and t.rows else None
        printed = [m for m in cols if m is not None]
        if cagr_row is not None and len(printed) == 1:  # "| CAGR 2024-2028E | | | | 29.8% |": the row above's CAGR
            t.rows[-1]["cagrs"].append((*_cell_value(printed[0]), _rate_years(cagr_row)))
            j = _set_aside(t, page, j, f"row {label!r}: the CAGR of row {t.rows[-1]['label']!r}")
            continue
        part = _share_row_part(label, t.rows) if percents and t.rows else None
        if part is not None:  # "Inference, % of total" under the rows: the shares of the row it names
            given = [(*_cell_value(m), y) for m, (y, _) in zip(cols[:len(years)], years) if m is not None]
            part["shares"] += given
            part["share_parts"] += [None] * len(given)
            j = _set_aside(t, page, j, f"row {label!r}: the shares of row {part['label']!r} in its whole")
            continue
        if percents and (of := _change_row_of(label, t.rows)) is not None:  # "合计同比" under "合计": its changes
            of["changes"] += [(*_cell_value(m), y - 1, y) for m, (y, _) in zip(cols[:len(years)], years)
                              if m is not None]
            j = _set_aside(t, page, j, f"row {label!r}: the changes of row {of['label']!r} over each year before")
            continue
        if percents and t.rows and not any(r.get("percents") for r in t.rows):  # a margin's row under amounts
            j = _set_aside(t, page, j, f"row {label!r}: percents among amounts, a rate of its own (a margin, a share); "
                                       "not read")
            continue
        if t.layout[3] and _UNITS_HEADER.search(t.layout[3]) and len(cells) - len(nums) == 2:
            label = f"{cells[0]} ({cells[1]})"  # a column of units after the labels: "Fare revenue | US$ million"
        elif t.layout[3] and _CURRENCY_HEADER.search(t.layout[3]) and len(cells) - len(nums) == 2 \
                and cells[1].strip().upper() in CURRENCIES and t.scale is not None:
            label = f"{cells[0]} ({cells[1].strip().upper()} {t.scale})"  # "Japan | JPY" under "Country | Currency":
            # the row's own currency, in the table's scale
        if t.quantities and k == t.label_cells:  # "Northern Virginia | 3,850 | 14.6": the row's name, not its megawatts
            label = " ".join(c for n, c in enumerate(cells[:k]) if n not in t.quantities or not _NUM_CELL.match(c))
        if t.ranks and k == t.label_cells > len(t.ranks):  # "1 | 台积电 | 2" under "2023年排名 | 企业名称 | 2022年排名"
            label = " ".join(c for n, c in enumerate(cells[:k]) if n not in t.ranks)
        elif ranks and (ranked := re.match(r"(?:\d{1,3}\.?\s+){1,%d}(?=\S)" % ranks, label)):
            label = label[ranked.end():]  # "1 | 2 | Intel" under "2023 Rank | 2022 Rank | Vendor": no part of the name
        label = _ENUMERATED.sub("", label) or label  # "其中:1.軟件產品收入" -> "軟件產品收入"
        if _INDEX.search(label):
            j = _set_aside(t, page, j, f"row {label!r}: an index to a base year, no amount; not read")
            continue
        label, own = _own_unit(label)
        plain = _PRICE_UNIT.search(label) if own is None else None  # a currency with no scale
        if plain and (_PRICE_WORD.search(label) or "/" in label):  # "ASP (US$)" among the market's rows
            j = _set_aside(t, page, j, f"row {label!r}: a currency with no scale, a price per unit; not read")
            continue
        if plain:  # "营业总收入(元)": a sum in the currency's units
            currency = CURRENCIES.get(re.sub(r"[\s(（)）]", "", plain.group(0))) or t.currency
            label, own = label[:plain.start()].strip(), (unit_name(currency, None, "count"), currency)
        values, steps = [], []
        printed_scale = next((sc for m in cols[:len(years)] if m is not None and not m.group("times")
                              for sc in [_cell_scale(m)]), None)  # the scale its first figure prints, if any
        rate_value = _cell_value(rate_cell) if rate_cell is not None else None
        after = list(zip(cols[len(years):], extra))
        changed = [(m, year) for m, (kind, year) in after if kind == "change" and m is not None]
        changes = [(*_cell_value(m), *((year - 1, year) if year else ())) for m, year in changed
                   if not m.group("times")]  # a change named with its year is over the year before
        multiples = [(*_cell_value(m), *((year - 1, year) if year else ())) for m, year in changed
                     if m.group("times")]  # "2x", "翻倍" in the change column
        shares = [(*_cell_value(m), year) for m, (kind, year) in after
                  if kind == "share" and m is not None and not m.group("times")]
        share_parts = [of for (m, (kind, _)), of in zip(after, t.extra_parts or [None] * len(after))
                       if kind == "share" and m is not None and not m.group("times")]
        cagrs = [(*_cell_value(m), span) for m, (kind, span) in after
                 if kind == "cagr" and m is not None and not m.group("times")]
        for m in cols[:len(years)]:
            if m is None:  # a cell that prints no figure: no value of that year
                values.append(None)
                steps.append(None)
                continue
            if m.group("times"):  # "2x" among the amounts: a multiple, no amount of its year
                values.append(None)
                steps.append(None)
                continue
            if m.group("cur") and t.currency is None:
                t.currency = _sign_currency(m.group("cur"), lines)
            if t.scale is None and (printed := _cell_scale(m)):  # "$53.7B", "12.3亿元": the scale printed in the cell
                t.scale = printed
                t.currency = t.currency or (CURRENCIES[m.group("yuan")] if m.group("yuan") else None) \
                    or t.named_currency
            v, step = _in_scale(m, t.scale)
            values.append(v)
            steps.append(step)
        t.rows.append({"label": label, "line": j + 1, "page": page, "values": values, "steps": steps,
                       "rate": rate_value, "changes": changes, "multiples": multiples, "shares": shares,
                       "share_parts": share_parts, "printed_scale": printed_scale,
                       "cagrs": cagrs, "unit": own,
                       "percents": percents, "indent": _indent(lines[j]),
                       "marks": [_mark(m) for m in cols[:len(years)]]})
        j += 1
        t.end = j
    return j


#: a note under a table that marks its estimates: "* estimate", "† forecast", "* = projected", "*预测值"
_ESTIMATE_NOTE = re.compile(r"\s*(?P<mark>[*†‡§])\s*(?:=|:|：|-|–)?\s*(?:estimated?s?|forecasts?|projected|projections?|"
                            r"预测|預測|预估|預估|预计|預計|估计|估計)", re.IGNORECASE)


def _mark(m: re.Match | None) -> str | None:
    """The note's mark a numeric cell ends on ("12,240.8*": "*"), if any."""
    return m.group(0).rstrip()[-1] if m is not None and m.group(0).rstrip()[-1] in "*†‡§" else None


def _estimates_by_mark(t: Table, lines: list[str]) -> None:
    """A year column every figure of which carries the mark a note under the table makes an estimate's ("12,240.8*"
    over "* estimate") is a column of estimates."""
    note = next((m for line in lines[t.end:t.end + 3] if (m := _ESTIMATE_NOTE.match(line))), None)
    if note is None or not t.rows:
        return
    for k, (year, estimate) in enumerate(t.years):
        marked = [r["marks"][k] == note["mark"] for r in t.rows if k < len(r["marks"]) and r["values"][k] is not None]
        if not estimate and marked and all(marked):
            t.years[k] = (year, True)
            t.notes.append(f"column {year}: its figures carry {note['mark']!r}, which the note under the table makes "
                           "estimates")


#: scales printed in a cell after its number
_CELL_SCALES = {"K": "thousand", "M": "million", "B": "billion", "T": "trillion", "bn": "billion", "mn": "million",
                "k": "thousand", "m": "million",  # "$360m", "€45k": after a currency only
                "tn": "trillion", "trn": "trillion", "bln": "billion", "mln": "million",
                "billion": "billion", "million": "million", "trillion": "trillion"}


def _bracketed_currency(caption: str) -> str | None:
    """The currency a caption names alone in brackets, for cells that print their scale ("市场规模（人民币）" over
    "约1,650亿"), else None."""
    m = re.search(r"[(（]\s*(" + _CURRENCY_WORDS + r")\s*[)）]", caption, re.IGNORECASE)
    return m and (CURRENCIES.get(m.group(1)) or CURRENCIES.get(m.group(1).upper()))


def _cell_scale(m) -> str | None:
    """The scale a numeric cell prints after its number, a key of SCALES: "$1.02 tn" -> "trillion", "8,450亿元" -> "亿"."""
    if m.group("sc"):
        return _CELL_SCALES[m.group("sc").lower() if len(m.group("sc")) > 1 else m.group("sc")]
    return m.group("cjk")


def _in_scale(m, scale: str | None) -> tuple[float, float]:
    """A numeric cell's value and printed step in the table's ``scale`` where the cell prints another: "$1.02 tn" in
    a table of billions is 1,020 (step 10), "1.21万亿元" under "8,450亿元" is 12,100 (亿)."""
    v, step = _cell_value(m)
    own = _cell_scale(m)
    if own is None or scale is None or own == scale or own not in SCALES or scale not in SCALES:
        return v, step
    ratio = SCALES[own][0] / SCALES[scale][0]
    return _times(v, ratio), _times(step, ratio)


def _times(value: float, ratio: float) -> float:
    """``value`` in another scale, to twelve significant digits (1.02 x 1,000 is 1,020, not 1,020.0000000000001)."""
    return float(f"{value * ratio:.12g}")
#: a page's footer or header line inside a table: "Page 12", "- 12 -", "第3页", "12 / 40", a source line
_FOOTER = re.compile(r"^(?:page\s*\d+(?:\s*(?:of|/)\s*\d+)?|[-–—]?\s*\d{1,3}\s*[-–—]?|\d{1,3}\s*/\s*\d{1,3}|第\s*\d+\s*[页頁]"
                     r"(?:\s*[,，/]?\s*共\s*\d+\s*[页頁])?|(?:source|来源|來源|资料来源|資料來源)\s*[:：].{0,80}|"
                     r"(?:[^|\t]{2,60}?\s[|·•]\s+){1,3}(?:p(?:age|\.)?\s*)?\d{1,3}|"  # "Report | 37", "Outlook | page 7"
                     r"\d{1,3}(?:\s+[|·•]\s[^|\t]{3,60}){1,3}|"
                     r"\(?(?:continued|cont'?d|续|續)\)?\.?)$", re.IGNORECASE)


def _same_head(line: str, t: Table) -> bool:
    """The line is the header of ``t`` again: the same first cell and years."""
    head = _head(line)
    return head is not None and (head[0], head[1]) == (t.layout[3], t.years)


def _resumes_after_footer(lines: list[str], j: int, t: Table, new_page: bool = False) -> int | None:
    """Where table ``t``, broken by a page footer (and perhaps its caption and header again), goes on, else None;
    on a ``new_page`` the break is the page's own edge, so no footer is needed before the rows."""
    k, footer, width = j, new_page, t.layout[0]
    while k < len(lines) and k - j < 6:
        text = normalise(lines[k]).strip()
        if not text or _FOOTER.match(text):
            footer = footer or bool(text)
            k += 1
            continue
        if _head(lines[k]) is not None:  # its own header again, or another table's
            return k + 1 if (k > j or new_page) and _same_head(lines[k], t) else None
        if footer and _row(_cells(lines[k]), width) is not None:
            return k
        if (k > j or new_page) and k + 1 < len(lines) and _same_head(lines[k + 1], t):
            if _another_caption(text, t):
                return None  # a table of another unit under the same header: its own
            k += 1  # the caption repeated over the header
            continue
        if new_page and k - j < 2 and len(text) <= 80:
            k += 1  # the page's running header: "Acme Annual Report 2024"
            continue
        return None
    return None


#: the words that mark a table's caption repeated on a new page: "Table 3 (continued)", "表3（续）"
_CONTINUED = re.compile(r"\bcont(?:inued|'d|\.)|[续續](?:表|上表|前表)?\s*[)）]?\s*$|^[续續]表", re.IGNORECASE)


def _other_unit(text: str, t: Table) -> tuple | None:
    """The (currency, scale) ``text`` names, where it names one other than the table's, else None."""
    unit = _unit_from([text])
    return unit if unit not in ((None, None), (t.currency, t.scale)) else None


def _another_caption(text: str, t: Table) -> bool:
    """Whether ``text``, a line right above a header like that of ``t``, is another table's caption: it names a
    unit other than the table's ("B. Market value (USD billion)" under "A. Shipments (thousand units)") or a number
    other than the table's ("表2 …" under "表1 …"), and is not marked as the table's caption continued."""
    if _CONTINUED.search(text):
        return False
    numbers = [m["n"] if m else None for m in (_TABLE_NUMBER.match(text), _TABLE_NUMBER.match(t.title or ""))]
    return _other_unit(text, t) is not None or None not in numbers and numbers[0] != numbers[1]


#: a caption's number: "表2", "Table 3.", "Exhibit 4:", "图表5"
_TABLE_NUMBER = re.compile(r"\s*(?:表|图表|圖表|table|exhibit|figure|fig\.)\s*(?P<n>\d{1,3}(?![\d.]\d)[a-z]?)", re.IGNORECASE)


#: a cell that stands for no value: "–", "n/a", "NA", "..", or a change said in words: "flat", "增长近三成"
_PLACEHOLDER = re.compile(r"^(?:[-–—]+|" + _NOT_AVAILABLE + r"|\.\.|\*|flat|unch(?:anged|\.)?|持平|"
                          # a change said in words, no figure: "flat", "mid-teens", "double-digit", "增长近三成"
                          r"(?:low|mid|high)[- ](?:single[- ]digits?|teens|twenties)|double[- ]digits?|"
                          r"(?:同比)?(?:增长|增長|成长|成長|上升|下降|减少|減少|衰退)?了?(?:近|约|約|超过|超過|超|逾)?"
                          r"[一二两兩三四五六七八九]成(?:多|左右|以上)?)$", re.IGNORECASE)
#: the first header cell of a table whose rows are years: "Year", "年度", "年份", "年別" (Taiwan's), "Fiscal year"
_YEAR_LABEL = re.compile(r"^(?:years?|fiscal years?|fy|period|年|年度|年份|年别|年別|时间|時間)$", re.IGNORECASE)


#: a row label that names a price: "ASP", "Average selling price", "单价", "均价"
_PRICE_WORD = re.compile(r"\b(?:ASP|prices?|average|avg\.?|per|fare|rate)\b|单价|單價|均价|均價|价格|價格", re.IGNORECASE)
#: a header's unit that is a currency with no scale: a price per unit, "ASP (US$)", "均价（元）"
_PRICE_UNIT = re.compile(r"[(（]\s*(?:" + words(vocabulary.PREFIX_CURRENCIES + ("元", "美元", "dollars", "euros"))
                         + r")\s*(?:per\s+\w+|/\s*\w+)?\s*[)）]\s*$", re.IGNORECASE)


#: a count's unit alone: "Thousand units", "Million units", "Units", "万台", "千部"
_COUNT_UNIT = re.compile(r"(?:(?:thousands?|millions?|billions?|'?000s?)\s+(?:of\s+)?)?units?"  # not "Devices": a segment
                         r"|(?:万|萬|亿|億|千|百万|百萬)?(?:台|部|套|辆|輛|件|个|個|只)", re.IGNORECASE)


def _years_as_rows(lines: list[str], i: int, page: int) -> tuple[Table | None, int]:
    """A table with a column of years ("Year | Revenue (US$ m) | Growth") read as one with year columns: each value
    column becomes a row; a change column ("Growth", "YoY", "同比增速") holds each year's growth over the year before
    (never a share). Returns the table (None when line ``i`` heads none) and the line after it."""
    cells = _cells(lines[i])
    if len(cells) < 2 or not _laid_out(lines[i]) or not _YEAR_LABEL.match(cells[0]):
        return None, i + 1
    columns, years, table_rows, j = cells[1:], [], [], i + 1
    parts = []  # rows of a part of a year between the years' ("H1 2025"): no year's figures, set aside
    while j < len(lines):
        row = _cells(lines[j])
        if not row and "-" in lines[j]:  # a Markdown table's |---|---| rule
            j += 1
            continue
        if row and years and _PART_OF_YEAR_CELL.match(row[0].strip()) and j + 1 < len(lines) and _cells(lines[j + 1]) \
                and _YEAR_CELL.match(_cells(lines[j + 1])[0]):
            parts.append((j + 1, row[0].strip()))
            j += 1
            continue
        m = _YEAR_CELL.match(row[0]) if row else None
        nums = [None if _PLACEHOLDER.match(c) else _NUM_CELL.match(c) or False for c in row[1:]]
        if m is None or not any(nums) or False in nums or len(nums) > len(columns):
            break
        years.append(_year_cell(m))
        table_rows.append((j + 1, nums))
        j += 1
    if len(years) < 2 or sorted({y for y, _ in years}) != [y for y, _ in years]:
        return None, i + 1
    cagr_row = _cells(lines[j]) if j < len(lines) else []  # "| CAGR 2023-26 | 28.7% | 92.5% |": each column's CAGR
    span = _RATE_CELL.search(cagr_row[0]) if cagr_row else None
    rates = [_NUM_CELL.match(c) for c in cagr_row[1:]] if span else []
    if rates and len(rates) <= len(columns) and all(m is not None and m.group("pct") for m in rates):
        j += 1
    else:
        rates = []
    # "Total YoY" after "Total", "合計年增率" after "合計": a change column named for the column before it
    change = [bool(_CHANGE_CELL.match(c) or k and c.startswith(columns[k - 1]) and len(c) > len(columns[k - 1])
                   and (c[len(columns[k - 1])] == " " or not c.isascii())
                   and _CHANGE_CELL.match(c[len(columns[k - 1]):].strip())) for k, c in enumerate(columns)]
    # "YoY (value)" beside "Deal value" and "Deals": the change of the column its bracket names
    of_column = {}
    for c, cell in enumerate(columns):
        if (named := _CHANGE_OF.match(cell)) and _CHANGE_CELL.match(named["change"]):
            word = re.compile(r"\b" + re.escape(named["of"].strip()) + r"\b", re.IGNORECASE)
            hits = [k for k, other in enumerate(columns) if k != c and word.search(other)]
            if len(hits) == 1:
                change[c], of_column[c] = True, hits[0]
    value_cols = [k for k, c in enumerate(change) if not c]
    if not value_cols:
        return None, i + 1
    year_lines = [line for line, _ in table_rows]
    first = columns[value_cols[0]]
    named = len(value_cols) == 1 and is_specific(re.sub(r"[(（][^()（）]*[)）]", " ", first))  # not "市场规模（亿元）"
    t = Table(_caption(lines[max(0, i - 3):i], first if named else ""), i + 1, page, years, None)
    t.currency, t.scale = _unit_from(lines[max(0, i - 6):i] + [first])  # "Revenue (US$ m)": in the header cell
    t.named_currency = _bracketed_currency(" ".join(lines[max(0, i - 3):i]))
    if t.currency is None and t.scale is None:
        t.currency, t.scale = _unit_below(lines, j)
    for k in value_cols:
        cells_k = [nums[k] if k < len(nums) else None for _, nums in table_rows]
        if None in cells_k:
            continue
        label = re.sub(r"\s*[(（][^()（）]*[)）]\s*", " ", columns[k]).strip() or columns[k]
        scaled = _NUMBERED_SCALE.sub(_scale_word, label)  # "¥100 million" as "¥亿"
        if _UNIT_NOTE.fullmatch(scaled) or _UNIT_CELL.fullmatch(scaled) or len(value_cols) == 1 and _COUNT_UNIT.fullmatch(
                label):  # a column headed by its unit alone ("USD bn"; a lone "Thousand units", "万台"): the whole's
            label = "Total"
        own = _own_unit(columns[k])[1]  # "Shipments (million units)" beside "Revenue (US$ bn)": a series of its own
        if own is None and label == "Total" and len(value_cols) > 1 and (unit := _other_unit(columns[k], t)):
            own = (unit_name(*unit, "count"), unit[0])  # "Year | Tenders | EUR million": the market's, in its unit
        if own is None and _COUNT_COLUMN.match(label) and all(m.group("num") and not m.group("pct") for m in cells_k):
            own = ("count", None)  # "Deals" beside "Deal value" under "(US$ billion)": a count, in no currency
        if _INDEX.search(columns[k]):
            t.notes.append(f"column {columns[k]!r}: an index to a base year, no amount; not read")
            continue
        if own is None and _PRICE_UNIT.search(columns[k]):
            t.notes.append(f"column {columns[k]!r}: a currency with no scale, a price per unit; not read")
            continue
        if t.scale is None and (printed := next(filter(None, map(_cell_scale, cells_k)), None)):  # "8,450亿元"
            t.scale = printed
            t.currency = t.currency or next((CURRENCIES[m.group("yuan")] for m in cells_k if m.group("yuan")), None) \
                or next((_sign_currency(m.group("cur"), lines) for m in cells_k if m.group("cur")), None) \
                or t.named_currency  # "亿元", "$1.24B": the currency printed in the cell
        values = [_in_scale(m, t.scale) for m in cells_k]
        part = _share_row_part(label, t.rows) if all(m.group("pct") for m in cells_k) else None
        if part is not None:  # "China's share", "中国占比" beside "China": that column's shares of a wider one's
            part["shares"] = part.get("shares", []) + [(v, step, y) for (v, step), (y, _) in zip(values, years)]
            part["share_parts"] = part.get("share_parts", []) + [None] * len(values)
            wider = [r for r in t.rows if r is not part and all(
                a is not None and b is not None and a > b for a, b in zip(r["values"], part["values"]))]
            part["share_of"] = min(wider, key=lambda r: r["values"][-1])["label"] if wider else None
            t.notes.append(f"column {columns[k]!r}: the shares of {part['label']!r}"
                           + (f" in {part['share_of']!r}" if part["share_of"] else ""))
            continue
        changes, multiples = [], []
        after = [c for c in range(k + 1, len(columns)) if change[c] and all(change[k + 1:c + 1])
                 and of_column.get(c, k) == k]
        after += [c for c, of in of_column.items() if of == k and c not in after]  # wherever it stands
        before = [c for c in range(k) if change[c] and c not in of_column] \
            if k == value_cols[0] else []  # "Year | Growth | Revenue"
        # a yearly table's first row's change is over the year before it, which the table leaves out
        yearly = len(years) > 1 and all(b[0] - a[0] == 1 for a, b in zip(years, years[1:]))
        for c in before + after:  # the change columns right after it (and, for the first, those before it)
            for r, (_, nums) in enumerate(table_rows):
                if (r or yearly) and c < len(nums) and nums[c] is not None:
                    v, step = _cell_value(nums[c])
                    base = years[r - 1][0] if r else years[0][0] - 1
                    (multiples if nums[c].group("times") else changes).append((v, step, base, years[r][0]))
        cagrs = [(*_cell_value(rates[k]), _rate_years(span))] if k < len(rates) else []
        t.rows.append({"label": label, "line": i + 1, "page": page, "values": [v for v, _ in values],
                       "steps": [s for _, s in values], "rate": None, "changes": changes, "multiples": multiples,
                       "cagrs": cagrs, "printed_scale": _cell_scale(cells_k[0]),
                       "unit": own, "lines": year_lines})  # each value on its year's line
    t.lines = [(page, line) for line in year_lines] + [(page, j)] * bool(rates)
    t.notes += [f"row {label!r} (line {line}): a part of a year among the years, not read" for line, label in parts]
    t.end = j  # the line after its last row, where a note or a CAGR line under it stands
    if t.rows:
        _infer(t)
    return (t if t.rows else None), (j if t.rows else i + 1)


def _long_cells(line: str) -> list[str]:
    """The cells of a line of a long table, blanks kept: those of :func:`_places`, or any comma-separated values (a
    long table's names are words, which :func:`_comma_cells` takes for a sentence's)."""
    if (cells := _places(line)) is not None:
        return cells
    text = normalise(line).strip()
    import csv

    return [c.strip() for c in next(csv.reader([text], skipinitialspace=True))] if "," in text else [text]


#: a column name of a data export whose last words are its unit: "value_usd_m", "revenue eur bn"
_EXPORTED_UNIT = re.compile(r"^(?P<name>[A-Za-z][A-Za-z ]*?)[ _]+(?P<unit>[A-Za-z]{3}[ _]+[A-Za-z]{1,8})$")


def _long_table(lines: list[str], i: int, page: int) -> tuple[Table | None, int]:
    """A long table, as a data export prints one: a column of years, a column of the rows' names and a column of
    figures, one line a name and year ("year,segment,value_usd_m" over "2024,Dispatch,356.1", "| Year | Region | US$
    m |"), read as a table of a row a name and a column a year, each value on its own line. Returns the table (None
    when line ``i`` heads none) and the line after it."""
    head = [c.replace("_", " ") for c in _long_cells(lines[i])]
    at = [k for k, c in enumerate(head) if _YEAR_LABEL.match(c)]
    if len(head) < 3 or len(at) != 1 or not _laid_out(lines[i]) and "," not in lines[i]:
        return None, i + 1
    rows, j = [], i + 1
    while j < len(lines):
        cells = _long_cells(lines[j])
        if all(_SEPARATOR.match(c) or not c for c in cells) and "-" in lines[j]:  # a Markdown rule
            j += 1
            continue
        year = _YEAR_CELL.match(cells[at[0]]) if len(cells) == len(head) else None
        if year is None:
            break
        rows.append((j + 1, _year_cell(year), cells))
        j += 1
    others = [k for k in range(len(head)) if k != at[0]]
    names = [k for k in others if rows and all(c[k] and not _NUM_CELL.match(c[k]) and not _PLACEHOLDER.match(c[k])
                                               for _, _, c in rows)]
    # a column that prints one unit on every line ("year,segment,value,unit" over "2024,Vision,30.8,GBP million"):
    # the figures' unit, no name
    units = [k for k in names if len({c[k] for _, _, c in rows}) == 1 and _unit_from([rows[0][2][k]]) != (None, None)]
    names = [k for k in names if k not in units]
    figures = [k for k in others if k not in names + units and not _column_kind(head[k])[0]]
    if len(rows) < 3 or len(names) != 1 or len(figures) != 1 or not all(
            _NUM_CELL.match(c[figures[0]]) or _PLACEHOLDER.match(c[figures[0]]) for _, _, c in rows):
        return None, i + 1
    name, figure = names[0], figures[0]
    years = sorted({y for _, y, _ in rows})
    labels = list(dict.fromkeys(c[name] for _, _, c in rows))
    if len(years) < 2 or len(labels) < 2 or len({(y, c[name]) for _, y, c in rows}) < len(rows):
        return None, i + 1  # each name once a year
    column = head[figure]
    if (exported := _EXPORTED_UNIT.match(column)) and _unit_from([column]) == (None, None):
        column = f"{exported['name']} ({re.sub(r'^[a-z]{3}', lambda m: m.group(0).upper(), exported['unit'])})"
    t = Table(_caption(lines[max(0, i - 3):i], ""), i + 1, page, years, None)
    t.currency, t.scale = _unit_from(lines[max(0, i - 6):i] + [column] + [rows[0][2][k] for k in units])
    t.named_currency = _bracketed_currency(" ".join(lines[max(0, i - 3):i]))
    at_year = {(c[name], y): (line, _NUM_CELL.match(c[figure])) for line, y, c in rows}
    for label in labels:
        cells = [at_year.get((label, y), (rows[0][0], None)) for y in years]
        values = [_in_scale(m, t.scale) if m else (None, None) for _, m in cells]
        t.rows.append({"label": label, "line": cells[0][0], "page": page, "values": [v for v, _ in values],
                       "steps": [s for _, s in values], "rate": None, "changes": [], "multiples": [], "cagrs": [],
                       "printed_scale": None, "unit": None, "lines": [line for line, _ in cells]})
    t.lines = [(page, line) for line, _, _ in rows]
    t.end = j
    _infer(t)
    return t, j


#: a column or row of an index to a base year's 100: "Index (2020=100)", "指数（2020年=100）"
_INDEX = re.compile(r"(?:(?:19|20)\d{2}\s*年?\s*=\s*100)(?!\d)", re.IGNORECASE)
#: a change column that names the column it is of: "YoY (value)", "Growth (revenue)"
_CHANGE_OF = re.compile(r"^(?P<change>[^()（）]+?)\s*[(（](?P<of>[^()（）%]{2,30})[)）]$")
#: a column that counts things, no sum of money: "Deals", "Number of deals", "Transactions", "融资事件数"
_COUNT_COLUMN = re.compile(r"^(?:(?:number|no\.?|count)\s+of\s+)?(?:deals?|transactions?|rounds?|companies|firms|"
                           r"start-?ups|investors|events)(?:\s+count)?$|.*(?:事件数|事件數|笔数|筆數|家数|家數|起数)$",
                           re.IGNORECASE)


def _year_cell(m) -> tuple[int, bool]:
    """A year column's year (a fiscal "FY24" is 2024) and whether it is marked an estimate ("2025E", "2026F")."""
    year = int(m.group("year"))
    e = m.group("e") or ""
    estimate = re.search(r"[EeFfPpTt预預估目规規]|[a-z]{3}", e) and not re.search(r"actual|base|实际|實際|基数|基數", e, re.I)
    return (year if year > 99 else 2000 + year), bool(estimate)


def _cell_value(m) -> tuple[float, float]:
    """A numeric cell's value (negative when printed "(33)" or "-33") and printed step."""
    num = parse_number(m.group("num"))
    negative = m.group("neg") or m.group(0).lstrip("$€¥£ ").startswith(("-", "−"))
    return (-num.value if negative else num.value), num.step


def infer_parents(values: list, steps: list | None = None, *, budget: int = HIERARCHY_BUDGET) -> dict:
    """Parents inferred from sums: ``{child row: parent row}`` over row indices.

    A first or last row that all the others sum to is the parent of them all. Else
    a row is the parent of the longest contiguous block right below it whose
    top-level rows sum to it, within the rounding of every printed number, in
    every column (two children at least); a row is the parent of the rows
    right above it (a total line) when they sum to it likewise.

    Raises :class:`OverBudget` when that would take more than ``budget`` block sums.

    Examples
    --------
    >>> from aimarket.extract.tables import infer_parents
    >>> infer_parents([[10], [4], [6], [3], [13]])
    {1: 0, 2: 0, 0: 4, 3: 4}
    """
    n = len(values)
    if steps is None:
        steps = [[1.0] * len(v) for v in values]

    spent = [0]

    def sums_to(parent: int, kids: list[int]) -> bool:
        if len(kids) < 2:
            return False
        spent[0] += 1
        if spent[0] > budget:
            raise OverBudget(f"inferring the hierarchy of {n} rows takes more than {budget:,} block sums")
        for col in range(len(values[parent])):
            if values[parent][col] is None or any(values[k][col] is None for k in kids):
                continue  # a cell that prints no figure neither adds up nor fails to
            total = sum(values[k][col] for k in kids)
            slack = (steps[parent][col] + sum(steps[k][col] for k in kids)) / 2 + 1e-12 * abs(values[parent][col])
            if abs(total - values[parent][col]) > slack:
                return False
        return True

    @lru_cache(maxsize=None)
    def parse(lo: int, hi: int) -> tuple:
        """Top-level nodes of rows lo..hi-1 as (row, ((child, parent), ...)) pairs."""
        tops: list[int] = []
        links: list[tuple[int, int]] = []
        i = lo
        while i < hi:
            # the longest block that sums to row i: rows after a matching block may be its last row's children
            match = None
            for j in range(i + 2, min(hi, i + 1 + MAX_BLOCK)):
                kids, sub = parse(i + 1, j + 1)
                if sums_to(i, list(kids)):
                    match = (j, kids, sub)
            if match is not None:
                j, kids, sub = match
                links += [(k, i) for k in kids] + list(sub)
                tops.append(i)
                i = j + 1
                continue
            for start in range(len(tops) - 2, -1, -1):
                if sums_to(i, tops[start:]):
                    links += [(k, i) for k in tops[start:]]
                    tops = tops[:start]
                    break
            tops.append(i)
            i += 1
        return tuple(tops), tuple(links)

    # a total line that every other row sums to, flat, is the table's whole: rows that happen to sum to a row above
    # them are no parts of it then ("China 31.8" over "Japan 17.6", "South Korea 7.9" and "United Kingdom 6.2")
    for whole, rows in ((n - 1, range(n - 1)), (0, range(1, n))):
        if n >= 3 and sums_to(whole, list(rows)):
            return {k: whole for k in rows}
    _, links = parse(0, n)
    return dict(links)
