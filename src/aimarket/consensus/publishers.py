"""Who published a document and when: its publisher and edition, where the text states them.

A publisher is the name the text attributes its figures to ("According to X", "X estimates",
"X's report", "据X预测", "X数据显示"); the one named most often wins, the first on a tie. An edition
is a publication date or year on a line that says so ("Published 2024-07-12", "发布日期：2024年3月",
"2024 edition") or a dateline at the top of the document. What the text does not state is left empty.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from functools import lru_cache

__all__ = ["detect_publisher", "detect_edition", "publisher_key", "edition_date"]

_NAME = r"((?:[A-Z][\w&.-]*)(?:\s+(?:[A-Z][\w&.-]*|&|and|of|for))*)"
#: words the patterns above catch that are not publishers
_NOT_NAMES = {"the", "this", "that", "it", "we", "our", "they", "he", "she", "analysts", "report", "the report",
              "research", "a", "an", "experts", "industry", "market", "global", "its", "these", "such", "many",
              "some", "most", "ai", "annual", "new", "latest", "data", "source", "sources",
              "我们", "报告", "数据", "机构", "研究", "行业", "市场", "专家", "业内", "分析师", "公司", "本报告", "该报告",
              "调查", "统计", "相关机构", "多家机构", "研究机构", "有机构", "业界", "中国", "全球"}
_LEAD = re.compile(r"^(?:The|A|An|By|From|Of|In)\s+")
_SUFFIX = re.compile(r"(?:,?\s+(?:inc|ltd|llc|plc|corp|co|gmbh|limited|incorporated|corporation)\.?)+$", re.I)

_MONTHS = {m: k for k, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                        "september", "october", "november", "december"), start=1)}
_MON = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|" \
       r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
@lru_cache(maxsize=1)
def _date_patterns() -> tuple:
    """(dates with the fields they hold, what a publication date follows, what it precedes, a dateline), compiled on
    first use."""
    dates = (
        (re.compile(r"\b((?:19|20)\d\d)[-/.](\d{1,2})(?:[-/.](\d{1,2}))?\b"), ("y", "m", "d")),
        (re.compile(_MON + r"\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b", re.I), ("mon", "d", "y")),
        (re.compile(r"\b(\d{1,2})\s+" + _MON + r",?\s+((?:19|20)\d\d)\b", re.I), ("d", "mon", "y")),
        (re.compile(_MON + r",?\s+((?:19|20)\d\d)\b", re.I), ("mon", "y")),
        (re.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?"), ("y", "m", "d")),
        (re.compile(r"((?:19|20)\d\d)\s*(?:年版|年度版|版|edition|年发布)", re.I), ("y",)),
        (re.compile(r"(?:edition|published in|released in|issued in|updated in)\s*[:：]?\s*((?:19|20)\d\d)\b", re.I),
         ("y",)),
    )
    # "released", "issued", "date" only open a line ("Released: April 2023"); mid-line they tell of other things
    before = re.compile(r"(?:^\W*(?:released|release date|issued|date|dated|posted|edition)|published|publication date|"
                        r"updated|发布日期|发布时间|发布于|日期|更新于|更新时间|出版)\s*(?:on|in|:|：|-|—)?\s*$", re.I)
    after = re.compile(r"\s*(?:年)?(?:发布|发表|出版|版|年版|年度版|edition\b)", re.I)
    dateline = re.compile(r"^\W*(?:[A-Z][A-Za-z .,'-]{0,40},\s*)?(?:" + _MON + r"|\d|(?:19|20)\d\d)", re.I)
    return dates, before, after, dateline


@lru_cache(maxsize=1)
def _publisher_patterns() -> tuple:
    """The patterns that name a publisher, compiled on first use (so that importing aimarket stays fast)."""
    en = (
        re.compile(r"\b[Aa]ccording to (?:(?:a|an|the|new|latest|recent)\s+)*(?:(?:report|study|analysis|research|"
                   r"forecast|forecasts|data|estimates|figures|survey)\s+(?:by|from|of)\s+)?" + _NAME),
        re.compile(_NAME + r"(?:’s|'s)?\s+(?:now\s+|also\s+)?(?:estimates|estimated|projects|projected|forecasts|"
                   r"forecast|predicts|predicted|expects|expected|says|said|reports|reported|finds|found|believes|"
                   r"sees|puts|values|valued|calculates|anticipates)\b"),
        re.compile(_NAME + r"(?:’s|'s)\s+(?i:(?:latest|new|recent|annual)\s+)*(?i:report|forecast|outlook|estimate|"
                   r"estimates|analysis|data|study|survey|research|market)"),
        re.compile(r"\b(?:published|released|issued|compiled|report|study|analysis|research|data) by\s+" + _NAME),
        re.compile(r"^\s*(?:Source|Publisher|Data)\s*[:：]\s*" + _NAME, re.MULTILINE),
        re.compile(r"\b(?:research|consulting|consultancy|analyst|advisory|analytics|data) (?:firm|company|house|"
                   r"provider|group)\s+" + _NAME),
        re.compile(_NAME + r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:firm|company|provider|consultancy|agency)\b"),
    )
    zh_name = r"([A-Za-z][A-Za-z&.\- ]{0,40}?[A-Za-z.]|[\u4e00-\u9fff]{2,12}?|[A-Za-z][A-Za-z&.\-]*[\u4e00-\u9fff]{1,8}?)"
    zh = (
        re.compile(r"(?:据|根据|来自)\s*" + zh_name + r"\s*(?:的)?(?:最新)?(?:预测|统计|数据|测算|估计|估算|报告|研究|"
                   r"调查|调研|显示|发布)"),
        re.compile(zh_name + r"\s*(?:预测|预计|数据显示|统计显示|报告显示|研究显示|测算|认为|(?:最新|近日|日前)?发布的?)"),
        re.compile(r"(?:来源|出处|发布机构)\s*[:：]\s*" + zh_name + r"\s*(?:$|[。，,;；\s])", re.MULTILINE),
    )
    return en + zh


def _clean(name: str) -> str | None:
    name = _LEAD.sub("", name.strip(" .,;:’'\"")).strip()
    name = re.sub(r"\s+(?:and|of|for|&)$", "", name)
    name = re.sub(r"(?:’s|'s)$", "", name).strip()
    if len(name) < 2 or name.lower() in _NOT_NAMES or not re.search(r"[A-Za-z\u4e00-\u9fff]", name):
        return None
    return name


def detect_publisher(lines) -> tuple[str | None, int | None]:
    """The publisher a document attributes its figures to, and the line (1-based) it is first named on.

    Parameters
    ----------
    lines : sequence of str
        The document's lines.

    Returns
    -------
    (str or None, int or None)
        The name as first written and its line; ``(None, None)`` when the text names none.

    Examples
    --------
    >>> from aimarket.consensus import detect_publisher
    >>> detect_publisher(["Fortune Business Insights estimates the global AI market at USD 515 billion."])
    ('Fortune Business Insights', 1)
    >>> detect_publisher(["据IDC预测，2027年中国人工智能总投资规模将达到381亿美元。"])
    ('IDC', 1)
    >>> detect_publisher(["The market grew."])
    (None, None)
    """
    found: list[tuple[str, int, int]] = []
    for i, line in enumerate(lines, start=1):
        for pattern in _publisher_patterns():
            for m in pattern.finditer(line):
                name = _clean(m.group(1))
                if name is not None:
                    found.append((name, i, m.start(1)))
    if not found:
        return None, None
    found.sort(key=lambda f: (f[1], f[2]))
    counts = Counter(publisher_key(n) for n, _, _ in found)
    best = max(counts.values())
    name, line, _ = next(f for f in found if counts[publisher_key(f[0])] == best)
    return name, line


def publisher_key(name: object) -> str:
    """One key for the ways a publisher's name is written (case, punctuation, Inc./Ltd.).

    Examples
    --------
    >>> from aimarket.consensus import publisher_key
    >>> publisher_key("MarketsandMarkets Inc.") == publisher_key("marketsandmarkets")
    True
    """
    if not isinstance(name, str):
        return ""
    name = re.sub(r"\s*\([^)]*\)", "", name)   # a parenthetical in another script
    return re.sub(r"[^0-9a-z\u4e00-\u9fff]+", "", _SUFFIX.sub("", name.strip()).lower())


_EDITION = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def _calendar(year: int, month: int | None, day: int | None) -> bool:
    """Whether the year, month and day (either may be absent) are a day of the calendar: no 2024-02-31, and a
    month or day 0 is none (absent is ``None``)."""
    try:
        datetime.date(year, 1 if month is None else month, 1 if day is None else day)
    except ValueError:
        return False
    return True


def edition_date(text: object) -> tuple[int, int, int] | None:
    """A source's date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) as ``(year, month, day)`` to order editions by,
    a part not stated as 0 (so ``2024`` comes before ``2024-03``); ``None`` for text that is no such date,
    or a day the calendar lacks.

    Examples
    --------
    >>> from aimarket.consensus import edition_date
    >>> edition_date("2024-9-30") < edition_date("2024-10-15"), edition_date("2024")
    (True, (2024, 0, 0))
    >>> edition_date("2024-02-31"), edition_date("2024-00-10"), edition_date("March 2024")
    (None, None, None)
    """
    m = _EDITION.fullmatch(text.strip()) if isinstance(text, str) else None
    if m is None:
        return None
    year, month, day = (int(g) if g else None for g in m.groups())
    if not _calendar(year, month, day):
        return None
    return year, month or 0, day or 0


def _date(m: re.Match, fields: tuple) -> str | None:
    parts = dict(zip(fields, m.groups()))
    year = int(parts["y"])
    month = _MONTHS.get(next((k for k in _MONTHS if parts["mon"].lower().startswith(k[:3])), ""), None) \
        if parts.get("mon") else (int(parts["m"]) if parts.get("m") else None)
    day = int(parts["d"]) if parts.get("d") else None
    if not _calendar(year, month, day):   # a month 13 or a 31 February is no date
        return None
    return f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if month and day else "")


def _dates(line: str) -> list[tuple[int, int, str]]:
    """Every date on a line: (start, end, date), a fuller reading first where two start together."""
    hits = []
    for pattern, fields in _date_patterns()[0]:
        for m in pattern.finditer(line):
            d = _date(m, fields)
            if d is not None:
                hits.append((m.start(), -len(d), m.end(), d if fields != ("y",) else d + "!"))   # "2023年版": stated
    hits.sort()
    out, end = [], -1
    for start, _, stop, d in hits:
        if start >= end:
            out.append((start, stop, d))
            end = stop
    return out


def detect_edition(lines) -> tuple[str | None, int | None]:
    """A document's edition: a date that says it is the publication date, else a dateline on top.

    A date says so when a word of publishing stands right before it ("Published: July 12, 2024",
    "Date: 2024-03-05", "发布日期：2024年3月", "updated on ...") or right after it ("2023年8月发布",
    "2023年版", "2024 edition"); a date elsewhere on such a line (the launch of a product) does not.

    Returns
    -------
    (str or None, int or None)
        ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` and its line; ``(None, None)`` when the text states none. A
        date the calendar lacks ("Published: 2024-02-31") is no edition.

    Examples
    --------
    >>> from aimarket.consensus import detect_edition
    >>> detect_edition(["# AI to grow", "Published: July 12, 2024", "In 2023 the market ..."])
    ('2024-07-12', 2)
    >>> detect_edition(["发布日期：2024年3月", "2023年市场规模..."])
    ('2024-03', 1)
    >>> detect_edition(["Since ChatGPT was launched in November 2022, the market grew."])
    (None, None)
    """
    before, after, dateline = _date_patterns()[1:]
    lines = list(lines)
    for i, line in enumerate(lines, start=1):
        for start, stop, d in _dates(line):
            if d.endswith("!") or before.search(line[:start]) or after.match(line[stop:]):
                return d.rstrip("!"), i
    for i, line in enumerate(lines[:3], start=1):   # a dateline: "NEW YORK, March 5, 2024 /PRNewswire/ --"
        if dateline.match(line):
            found = [d for start, _, d in _dates(line) if start < 60 and len(d) > 4 and not d.endswith("!")]
            if found:
                return found[0], i
    return None, None
