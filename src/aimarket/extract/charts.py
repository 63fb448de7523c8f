"""A chart's or a slide's data as the table it is.

A chart copied out of a PDF or a slide deck prints its figures as pairs of a year
and a value under a title, a unit line or a source note that states the unit
once: "2022: 148 2023: 191 2024: 257 2025F: 322", "• 2023 actual: 412",
"FY2023 312 → FY2024 468 → FY2027E 1,150", "2023年：86.2；2024年：112.7",
"$1.2B (2023) → $1.6B (2024)", a caption whose data labels run on after it
over a line of the years, or rows each after its label ("Speech: 2023 0.64,
2024 0.81"); a pie chart's labels, a part and its share a line, adding to 100%
("GPU：68.5%", "ASIC：18.2%", …). Each is rewritten as the pipe table it is, so the table reader
dates, states and audits its values (a total row's parts too) and finds its unit
where a table's unit is found (the title, a unit line above, a note below).
"""

from __future__ import annotations

import re

from . import vocabulary

__all__ = ["pipe_table", "pairs_as_rows"]


def pipe_table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A Markdown pipe table's lines: its header, the rule under it and its rows."""
    out = ["| " + " | ".join(cells) + " |" for cells in [header, *rows]]
    out.insert(1, "|" + "---|" * len(header))
    return out


_BULLET = "[" + re.escape("".join(vocabulary.BULLETS)) + r"]|[-*]\s"
#: a year as a chart labels it: "2024", "2025E", "2025 (F)", "FY2024", "FY24E", "2024年", "2025年(F)", "2026年E"
_YEAR = (r"(?P<y>(?:FY\s?)?(?:19|20)\d{2}|FY\s?'?\d{2})(?P<mark>\s?[AEFP](?![A-Za-z])|\s?[(（][AEFP][)）]|年度?"
         r"(?:\s?[(（]?[AEFP][)）]?(?![A-Za-z]))?)?")
#: how a chart says whether a year is history or forecast, after the year: "2023 actual", "2025 forecast", "2024年预测"
_STATUS = (r"(?:\s*[(（]?(?P<status>actual|act\.|forecast|fcst|f'cast|estimated?|est\.|projected|proj\.|expected|"
           r"预测|預測|预计|預計|预估|預估|估计|估計|实际|實際)[)）]?)?")
#: a measure's name between a year and its value: "2024年市场规模：", "2024 revenue:", "2025年(F)產值："
_MEASURE = r"(?:\s*(?:[\u4e00-\u9fff]{1,8}|[a-z][a-z ]{1,24}?))?"
_AMOUNT = (r"(?P<v>(?:(?:" + "|".join(re.escape(c) for c in vocabulary.PREFIX_CURRENCIES) + r")\s?)?[-−]?"
           r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?(?:bn|mn|billion|million|trillion|[BMKT](?![A-Za-z])|"
           r"万亿|萬億|亿元|億元|万元|萬元|亿|億|万|萬))?)(?![\d%％])")
#: what a chart prints beside a value, in brackets or after a comma: "(+135%)", "（年增41.2%）", "，同比：+27.3%",
#: ", up 18.2% year over year", "(CAGR 29.1%)"; read by :func:`_change`
_BESIDE = (r"(?P<beside>\s*[(（][^()（）\n]{0,40}?[%％][^()（）\n]{0,24}?[)）]|"
           r"\s*[,，][^,，;；\n\d%％]{0,30}?[+＋\-−]?\d+(?:\.\d+)?\s?[%％][^,，;；\n\d]{0,30}?(?=$|[,，;；.。]))?")
_PERCENT = re.compile(r"(?P<sign>[+＋\-−])?(?P<n>\d+(?:\.\d+)?)\s?[%％]")
_CHANGE_WORD = re.compile(vocabulary.words(vocabulary.YOY + vocabulary.GROWTH), re.IGNORECASE)
_FALL_WORD = re.compile(vocabulary.words(vocabulary.DECLINE), re.IGNORECASE)
_OTHER_RATE = re.compile(vocabulary.words(vocabulary.CAGR + vocabulary.SHARE_HEADERS), re.IGNORECASE)


def _change(beside: str) -> str | None:
    """The change over the year before that ``beside`` states ("+135%", "-4.6%"), or None where it states another
    rate (a CAGR, a share) or none: a signed rate, or one with a word of change ("year over year", "up", "同比")."""
    m = _PERCENT.search(beside)
    words = beside[:m.start()] + beside[m.end():]
    if _OTHER_RATE.search(words) or not (m["sign"] or _CHANGE_WORD.search(words) or _FALL_WORD.search(words)):
        return None
    fall = m["sign"] in ("-", "−") or not m["sign"] and _FALL_WORD.search(words)
    return ("-" if fall else "+") + m["n"] + "%"


_YEAR_FIRST = _YEAR + _STATUS + _MEASURE + r"\s*[:：=]\s*" + _AMOUNT + _BESIDE
_YEAR_FIRST_LOOSE = _YEAR + _STATUS + r"(?:\s*[:：]\s*|\s+)" + _AMOUNT + _BESIDE
_VALUE_FIRST = _AMOUNT + r"\s*[(（]\s*(?:in\s+)?" + _YEAR + _STATUS + r"\s*[)）]" + _BESIDE
_ARROW = r"\s*(?:→|->|⟶|⇒|=>|»|➝|➔)\s*"
_BETWEEN = r"\s*(?:[;；,，、|/·•]\s*|(?<=\s)|" + _ARROW + r")"
_REMARK = r"(?P<rest>\s*[,，;；]\s*\S.*?)?\s*[.。;；]?\s*"


def _line(pair: str, between: str, least: str, bullet: str = "?") -> re.Pattern:
    return re.compile(r"\s*(?:(?:" + _BULLET + r")\s*)" + bullet + r"(?P<pairs>" + pair + r"(?:" + between + pair + r")"
                      + least + ")" + _REMARK, re.IGNORECASE)


def _unnamed(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def _renamed(pattern: str, k: int) -> str:
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{m[1]}{k}>", pattern)


#: a line of one or more pairs of a year and a value (a change beside each, and a remark after them, allowed); pairs
#: with no colon between year and value run with arrows ("FY2023 312 → FY2024 468") or stand one to a list's item
#: ("• FY2022 31.6")
_FORMS = ((_YEAR_FIRST, _BETWEEN, "*", "?"), (_YEAR_FIRST_LOOSE, _ARROW, "+", "?"), (_YEAR_FIRST_LOOSE, _ARROW, "*", ""),
          (_VALUE_FIRST, _BETWEEN, "*", "?"))
_LINES = tuple(_line(_unnamed(pair), between, least, bullet) for pair, between, least, bullet in _FORMS)
_PAIRS = tuple(re.compile(pair, re.IGNORECASE) for pair, *_ in _FORMS)
#: the years, then their values, each run with arrows: "2023A → 2027F: 312 → 905", "2023A→2028E：186亿元→642亿元"
_SPANS = re.compile(r"\s*(?:(?:" + _BULLET + r")\s*)?(?P<years>" + _unnamed(_YEAR) + r"(?:" + _ARROW + _unnamed(_YEAR)
                    + r")+)" + _MEASURE + r"\s*[:：]\s*(?P<values>" + _unnamed(_AMOUNT) + r"(?:" + _ARROW
                    + _unnamed(_AMOUNT) + r")+)" + _REMARK, re.IGNORECASE)
_ONE_YEAR = re.compile(_YEAR, re.IGNORECASE)
_ONE_AMOUNT = re.compile(_AMOUNT, re.IGNORECASE)
#: what a line's remark after its pairs may hold to be kept as a line of its own (a rate, a CAGR's period)
_NO_AMOUNT = re.compile(r"(?:[^\d]|\d+(?:\.\d+)?\s?[%％]|(?:19|20)\d{2}\s?[AEFP]?|年)*", re.IGNORECASE)
_ACTUAL = ("actual", "act.", "实际", "實際")


def _year_cell(p: re.Match) -> str:
    """A year as a table's header cell: "2023A" for "2023 actual", "2025E" for "2025 forecast", "2025年E" for
    "2025年(預測)"."""
    year, mark = p["y"].replace(" ", ""), (p["mark"] or "").strip()
    status = (p.groupdict().get("status") or "").lower()
    if status and not re.search(r"[AEFP]", mark, re.IGNORECASE):
        mark += "A" if status in _ACTUAL else "E"
    return year + mark


def _pairs(line: str) -> tuple[list[tuple[str, str, str]], list[str]] | None:
    """A line's pairs as (year cell, value, change) and the remarks beside and after them, or None where the line is
    not pairs."""
    if (m := _SPANS.fullmatch(line)) is not None:
        years = [_year_cell(y) for y in _ONE_YEAR.finditer(m["years"])]
        values = [v["v"].strip() for v in _ONE_AMOUNT.finditer(m["values"])]
        rest = (m["rest"] or "").strip(" ,，;；")
        if len(years) == len(values) and (not rest or _NO_AMOUNT.fullmatch(rest)):
            return [(y, v, "") for y, v in zip(years, values)], [rest] if rest else []
        return None
    for whole, pair in zip(_LINES, _PAIRS):
        m = whole.fullmatch(line)
        if m is None:
            continue
        found, rests = [], []
        for p in pair.finditer(m["pairs"]):
            beside = (p["beside"] or "").strip()
            change = _change(beside) if beside else None
            found.append((_year_cell(p), p["v"].strip(), change or ""))
            if beside and change is None:
                rests.append(beside.strip(" ,，()（）"))
        rest = (m["rest"] or "").strip(" ,，;；")
        if rest and not _NO_AMOUNT.fullmatch(rest):
            return None
        return found, rests + ([rest] if rest else [])
    return None


#: a line of years alone, as a chart prints them under its bars: "2021 2022 2023 2024E 2025E", "2020 2021 … 2025E"
_YEARS_LINE = re.compile(r"\s*(?:" + _unnamed(_YEAR) + r"\s+){1,}" + _unnamed(_YEAR) + r"\s*", re.IGNORECASE)
_ALIGNED = re.compile(r"\t|\S {3,}\S")


def _labels(line: str) -> tuple[str, list[str]]:
    """A line's caption and the data labels that end it ("Figure 6: … (US$ bn) 16.8 24.5 47.9": the caption and
    ["16.8", "24.5", "47.9"]; "$3.6B $4.9B": no caption); a year is no label."""
    words = line.split()
    k = len(words)
    while k and _ONE_AMOUNT.fullmatch(words[k - 1]) and not _YEAR_IN.fullmatch(words[k - 1]):
        k -= 1
    return " ".join(words[:k]), words[k:]


def _bare(line: str) -> bool:
    """Whether a line holds figures and nothing else: a chart's data labels or its years, set apart by spaces."""
    words = line.split()
    return len(words) >= 2 and all(_ONE_AMOUNT.fullmatch(w) or _ONE_YEAR.fullmatch(w) for w in words)


def _labels_over_years(lines: tuple, k: int) -> tuple[str, list[tuple[str, str, str]], int] | None:
    """A chart's data labels over or under a line of as many years, at line ``k``: the caption before the labels, the
    pairs, and the line after them; None where none starts there. A line of labels alone and a line of years alone
    may be set out in columns and stand a blank line or two apart, as a PDF's chart prints them ("  128     176" /
    " 2019    2020")."""
    m = k + 1
    while m < len(lines) and m <= k + 2 and not lines[m].strip() and _bare(lines[k]):
        m += 1
    if m >= len(lines):
        return None
    bare = _bare(lines[k]) and _bare(lines[m])
    if not bare and any(_ALIGNED.search(line) for line in (lines[k], lines[m])):
        return None  # a table set in columns, for the reader of aligned columns
    for years_at, labels_at in ((k, m), (m, k)):
        if not _YEARS_LINE.fullmatch(lines[years_at]):
            continue
        years = [_year_cell(y) for y in _ONE_YEAR.finditer(lines[years_at])]
        caption, values = _labels(lines[labels_at])
        if len(years) == len(values) >= 2:
            return caption, [(y, v, "") for y, v in zip(years, values)], m + 1
    return None


#: a year's change on a line after a chart: "2024 YoY: +44.5%", "Growth 2024: +18.0%", "2024 growth: +26%",
#: "51.1%（2024年）"; and the changes of the chart's years in turn: "年成長率：98.7%、47.7%", "YoY +36% +37% +34%"
_RATE = r"(?P<r>[+＋\-−]?\d+(?:\.\d+)?\s?[%％])"
_CHANGE_OF_YEAR = re.compile(r"(?<![-–—~\d'])" + _YEAR + r"\s*(?:" + vocabulary.words(vocabulary.YOY) + r"|growth)?\s*"
                             r"[:：]?\s*" + _RATE + r"|(?:" + vocabulary.words(vocabulary.YOY) + r"|growth)\s+"
                             + _renamed(_YEAR + r"\s*[:：]\s*" + _RATE, 2) + r"|"
                             + _renamed(_RATE + r"\s*[(（]\s*" + _YEAR + r"\s*[)）]", 3), re.IGNORECASE)
_CHANGES_IN_TURN = re.compile(r"\s*(?P<label>[^\d:：]{1,30}?)(?:\s*[:：]\s*|\s+)(?P<rates>(?:" + _unnamed(_RATE)
                              + r"(?:\s*[、,，/]\s*|\s+))*" + _unnamed(_RATE) + r")\s*", re.IGNORECASE)
_SPAN_OF_YEARS = re.compile(r"(?:19|20)?\d{2}\s?[AEFP]?\s?[-–—~至到]\s?(?:FY\s?)?'?(?:19|20)?\d{2}")


#: a line of rates alone, the first year's a dash where the chart starts with it: "39.6% 37.0% 38.3%", "— 51.9% 54.9%"
_RATES_ALONE = re.compile(r"\s*(?:[—–-]\s+)?(?P<rates>(?:" + _unnamed(_RATE) + r"\s+)*" + _unnamed(_RATE) + r")\s*")


def _changes_below(line: str, years: list[int], title: str = "") -> tuple[dict, str] | None:
    """The changes a line under a chart states of its years ({year: "+36%"}) and what else it says, or None where
    it states none: it names a change ("YoY", "growth", "同比", "年成長率"), and each year it dates is the chart's;
    or it is rates alone under a chart whose ``title`` names a change ("…市场规模（亿元）及增速（%）"), the last years'
    in turn."""
    if (alone := _RATES_ALONE.fullmatch(line)) is not None and _CHANGE_WORD.search(title):
        if (changes := _in_turn(alone["rates"], years)) is not None:
            return changes, ""
    if not _CHANGE_WORD.search(line) or _OTHER_RATE.search(_SPAN_OF_YEARS.sub("", line)) and not any(
            _CHANGE_WORD.search(line[:m.start()]) for m in _OTHER_RATE.finditer(line)):
        return None
    dated = [(m, _year_of(m["y"] or m["y2"] or m["y3"]), m["r"] or m["r2"] or m["r3"]) for m in _CHANGE_OF_YEAR.finditer(line)
             if not _OTHER_RATE.search(line[max(0, m.start() - 6):m.start()])]
    if dated:
        if any(y not in years for _, y, _ in dated):
            return None
        rest = line
        for m, _, _ in reversed(dated):
            rest = rest[:m.start()] + rest[m.end():]
        rest = rest.strip(" ·•,，;；、")
        return {y: _signed(r) for _, y, r in dated}, (rest if _PERCENT.search(rest) else "")
    m = _CHANGES_IN_TURN.fullmatch(line)
    if m is None or not _CHANGE_WORD.search(m["label"]):
        return None
    changes = _in_turn(m["rates"], years)
    return None if changes is None else (changes, "")


def _in_turn(rates: str, years: list[int]) -> dict | None:
    """Rates printed in turn ("98.7%、47.7%") as the changes of the last years ({2024: "+98.7%", 2025: "+47.7%"}): one
    for each year, or for each but the first; None for another count."""
    found = _PERCENT.findall(rates)
    if len(found) not in (len(years), len(years) - 1):
        return None
    return dict(zip(years[len(years) - len(found):], (_signed("".join(r) + "%") for r in found)))


def _signed(rate: str) -> str:
    rate = rate.replace(" ", "").replace("％", "%").replace("＋", "+").replace("−", "-")
    return rate if rate[0] in "+-" else "+" + rate


_DIGITS = re.compile(r"\d{2,4}")
#: an item of a list, and what in it is no figure: a span of years, a year, a rate
_ITEM = re.compile(r"\s*(?:" + _BULLET + r")")
_NO_FIGURE = re.compile(r"(?:FY\s?)?(?:19|20)?\d{2}\s?[AEFP]?\s?[-–—~至到]\s?(?:FY\s?)?(?:19|20)?\d{2}|(?<!\d)(?:19|20)\d{2}(?!\d)"
                        r"|[+＋\-−]?\d+(?:\.\d+)?\s?[%％]")
_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _lists_a_figure(line: str) -> bool:
    """Whether a line is an item of a list that gives a year and a figure ("• H1 2025: $2.2bn")."""
    return bool(_ITEM.match(line)) and bool(_YEAR_IN.search(line)) and any(
        c.isdigit() for c in _NO_FIGURE.sub("", line))


def _year_of(cell: str) -> int:
    digits = _DIGITS.search(cell.replace("FY'", "FY"))[0]
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


#: a row of a chart's pairs after its label: "Image and video: 2023 1.42, 2024 1.88", "Tabular: 2023: 0.96; 2024: 1.37"
#: a line's label before its colon, after a bullet: "• Revenue (US$ bn): ", "中国工业AI质检市场规模："
def _label(reach: int) -> str:
    """A label of up to ``reach`` characters more, no figure in it, and its colon, perhaps after a bullet."""
    return r"\s*(?:(?:" + _BULLET + r")\s*)?(?P<label>[A-Za-z\u4e00-\u9fff][^\d:：|]{0,%d}?)\s*[:：]\s*" % reach


_LABEL = _label(40)
_LABELLED = re.compile(_LABEL + r"(?P<body>.*)")
_LOOSE_BODY = re.compile(r"(?P<pairs>" + _unnamed(_YEAR_FIRST_LOOSE) + r"(?:" + _BETWEEN + _unnamed(_YEAR_FIRST_LOOSE)
                         + r")+)" + _REMARK, re.IGNORECASE)


_LOOSE_PAIR = _unnamed(_YEAR + _STATUS + r"(?:\s*[:：]\s*|\s+|(?<=年))" + _AMOUNT)
#: one line of a label and its pairs, the unit after them or in the label: "中国工业AI质检市场规模：2023A 386 / 2024E 497
#: / 2025E 641（亿元）", "Market size (US$ bn): 2023 1.42; 2024 1.88; 2025E 2.47", "规模（亿元）：2023年386，2024年497"
#: or its pairs run with arrows after a longer label, a rate in brackets after them: "- Global AI pricing for luxury
#: resale, per Harrowgate: 2024: $1.46bn → 2030: $4.1bn (CAGR 19%)."
_LABELLED_LINE = re.compile(_label(100) + r"(?P<pairs>" + _LOOSE_PAIR
                            + r"(?:(?:\s*[/|；;，,、]\s*|" + _ARROW + r")" + _LOOSE_PAIR + r")+)"
                            r"\s*(?P<unit>[(（][^()（）\d%％]{1,24}[)）])?(?:\s*[(（](?P<remark>[^()（）]*\d\s?[%％])[)）])?"
                            r"\s*[.。]?\s*", re.IGNORECASE)


def _labelled_line(lines: tuple, k: int) -> tuple[str, list, list, int] | None:
    """A line of a label and two or more pairs (:data:`_LABELLED_LINE`): the label with the unit printed after the
    pairs as the chart's caption, its pairs, the rate in brackets after them as a remark and the line after it; None
    where line ``k`` is no such line."""
    m = _LABELLED_LINE.fullmatch(lines[k])
    pairs = re.sub(_ARROW, " / ", m["pairs"]) if m else ""
    read = (_pairs(pairs) or _pairs(_as_colons(pairs))) if m else None
    if read is None or len(read[0]) < 2 or read[1]:
        return None
    return f"{m['label'].strip()}{m['unit'] or ''}", read[0], [(m["remark"], k)] if m["remark"] else [], k + 1


def _labelled_rows_at(lines: tuple, k: int) -> tuple[list, list, int] | None:
    """Two or more lines from ``k`` each a label and its pairs, the same years on each: the rows as (label, pairs),
    the remarks and the line after them; None where no such rows start there."""
    rows, rests, j = [], [], k
    while j < len(lines) and (m := _LABELLED.fullmatch(lines[j])) is not None:
        read = _pairs(m["body"])
        if read is None and (loose := _LOOSE_BODY.fullmatch(m["body"])) is not None:
            read = _pairs(_as_colons(loose["pairs"]))
        if read is None or len(read[0]) < 2 or rows and [y for y, _, _ in read[0]] != [y for y, _, _ in rows[0][1]]:
            break
        rows.append((m["label"].strip(), read[0]))
        rests += [(rest, j) for rest in read[1]]
        j += 1
    return (rows, rests, j) if len(rows) >= 2 else None


def _as_colons(pairs: str) -> str:
    """Pairs with no colon between a year and its value ("2023 1.42, 2024 1.88") with one ("2023: 1.42, 2024: 1.88")."""
    return _ONE_YEAR.sub(lambda y: y[0] + ":", pairs)


def _pairs_at(lines: tuple, k: int) -> tuple[list, list, int] | None:
    """The pairs on line ``k``, or one pair a line on the lines from ``k``, as one row of no label; or rows of a label
    and its pairs (:func:`_labelled_rows_at`): the rows as (label, pairs), the remarks (with the index of their line)
    and the line after them; None where no pairs start there."""
    if (rows := _labelled_rows_at(lines, k)) is not None:
        return rows
    run, rests, j = [], [], k
    while j < len(lines) and (read := _pairs(lines[j])) is not None:
        if run and len(read[0]) > 1:  # a line of several pairs is a chart of its own
            break
        run += read[0]
        rests += [(rest, j) for rest in read[1]]
        j += 1
        if len(read[0]) > 1:
            break
    if len(run) < 2 or len(run) == j - k and (
            k and _lists_a_figure(lines[k - 1]) or j < len(lines) and _lists_a_figure(lines[j])):
        return None  # a list whose other items give a year and a figure (a half year's, a remark's) is read as prose
    return [("", run)], rests, j


#: a part and its share, one to a line, as a pie chart's labels print them: "GPU：68.5%", "• Asia Pacific 31.2%",
#: "Cloud (44%)"
_SHARE_LINE = re.compile(r"\s*(?:(?:" + _BULLET + r")\s*)?(?P<label>[A-Za-z\u4e00-\u9fff][^\d:：|%％()（）]{0,30}?)"
                         r"\s*(?:[:：]\s*|\s+|[(（]\s*)(?P<share>\d{1,2}(?:\.\d+)?|100(?:\.0+)?)\s?[%％]\s*[)）]?"
                         r"\s*[,，;；.。]?\s*")


def _composition_at(lines: tuple, k: int) -> tuple[list, int] | None:
    """Three or more lines from ``k`` each a part and its share, the shares adding to 100% within their printed
    rounding (a pie chart's labels, a composition's list): the rows as [label, share] and the line after them;
    None where no such run starts there (a list of shares that are no whole's parts is left to prose)."""
    found, j = [], k
    while j < len(lines) and (m := _SHARE_LINE.fullmatch(lines[j])) is not None:
        found.append((m["label"].strip(), m["share"]))
        j += 1
    slack = sum(0.5 * 10.0 ** -len(v.partition(".")[2]) for _, v in found)  # each share at half its last digit
    if len(found) < 3 or abs(sum(float(v) for _, v in found) - 100) > slack + 1e-9:
        return None
    return [[label, v + "%"] for label, v in found], j


#: a compound rate printed after a chart's pairs with no years of its own: "CAGR 19%", "CAGR: ~23%", "复合增速25%"
_BARE_CAGR = re.compile(r"(?P<name>CAGR|compound annual growth(?: rate)?|复合增速|复合增长率|複合增長率|年均复合增长率)"
                        r"\s*(?:of\s*)?[:：]?\s*(?P<rate>[~≈约約]?\s?\d{1,3}(?:\.\d+)?\s?[%％])", re.IGNORECASE)


def _spanned(remark: str, years: list[int]) -> str:
    """A remark that is a compound rate with no years of its own, printed in brackets right after the chart's pairs
    ("2024: $1.2bn → 2029: $3.4bn (CAGR 23%)"): the rate of the chart's first year to its last, said with them
    ("CAGR 2024-2029: 23%"). Any other remark as it is."""
    m = _BARE_CAGR.fullmatch(remark.strip())
    return f"{m['name']} {years[0]}-{years[-1]}: {m['rate']}" if m and len(years) >= 2 else remark


def pairs_as_rows(lines: tuple, numbers: tuple) -> tuple[tuple, tuple]:
    """A chart's data as a pipe table: pairs of a year and a value on a line, or one pair a line on lines in a row
    ("• 2023 actual: 412", "• 2024 actual: 968 (+135%)", …), or data labels over or under a line of as many years,
    as one row of no label; rows each after its label (:func:`_labelled_rows_at`) as rows of those labels. Its years
    are the header, and the changes printed beside a lone row's values or on the line under the chart ("Growth
    2024: +18.0%", "年成長率：98.7%、47.7%") a row of their own ("YoY growth") under the last; a caption before the
    labels stays a line before the table, and a remark after a line's pairs ("2025-2027年CAGR：27.1%") a line after
    it. Two years at least, rising; each line of the table on the number of the line it comes from (the header on
    the first). Other lines are kept as they are.

    Examples
    --------
    >>> from aimarket.extract.charts import pairs_as_rows
    >>> pairs_as_rows(("Unit: EUR million", "2022: 148  2023: 191  2025F: 322"), ())[0]
    ('Unit: EUR million', '|  | 2022 | 2023 | 2025F |', '|---|---|---|---|', '|  | 148 | 191 | 322 |')
    """
    if not any(_DIGITS.search(line) for line in lines):
        return lines, numbers
    out, at = [], []
    given, numbers = numbers, numbers or tuple(range(1, len(lines) + 1))
    k = 0
    while k < len(lines):
        caption, rests = "", []
        if (parts := _composition_at(lines, k)) is not None:  # a whole's parts, each with its share
            rows, j = parts
            out += pipe_table(["Item", "Share"], rows)
            at += [numbers[k]] * 2 + list(numbers[k:j])
            k = j
            continue
        if (chart := _labels_over_years(lines, k)) is not None:
            caption, run, j = chart
            labelled = [("", run)]
        elif (chart := _pairs_at(lines, k)) is not None:
            labelled, rests, j = chart
            run = labelled[0][1]
        elif (chart := _labelled_line(lines, k)) is not None:
            caption, run, rests, j = chart
            labelled = [("", run)]
        years = [_year_of(y) for y, _, _ in run] if chart else []
        if not chart or any(b <= a for a, b in zip(years, years[1:])):
            out.append(lines[k])
            at.append(numbers[k])
            k += 1
            continue
        changes = {y: g for y, (_, _, g) in zip(years, run) if g} if len(labelled) == 1 else {}
        title = f"{lines[k - 1] if k else ''} {caption}"
        below = _changes_below(lines[j], years, title) if j < len(lines) else None
        if below is not None:
            changes.update(below[0])
            rests += [(below[1], j)] if below[1] else []
            j += 1
        rows = [[label, *(v for _, v, _ in pairs)] for label, pairs in labelled]
        if changes:  # the last row's, as a row of changes under a table's row is
            rows.append(["YoY growth", *(changes.get(y, "") for y in years)])
        if caption:
            out.append(caption)
            at.append(numbers[k])
        out += pipe_table(["", *(y for y, _, _ in run)], rows) + [_spanned(rest, years) for rest, _ in rests]
        at += [numbers[k]] * 2 + [numbers[min(k + r, j - 1)] for r in range(len(rows) - 1)] + [numbers[j - 1]] \
            + [numbers[n] for _, n in rests]
        k = j
    return (tuple(out), tuple(at)) if out != list(lines) else (lines, given)
