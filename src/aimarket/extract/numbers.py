"""The vocabulary of figures in report text: numbers, units, years, percentages and multiples.

Text is normalised with Unicode NFKC first, so full-width digits and
punctuation (``２０２３``, ``％``, ``，``) read as their ASCII forms. Every
pattern here works on one normalised string and returns spans into it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["normalise", "Number", "parse_number", "step_of", "CURRENCIES", "SCALES", "unit_name",
           "chinese_int"]

#: currency words and symbols -> ISO code
CURRENCIES = {
    "US$": "USD", "$": "USD", "USD": "USD", "dollar": "USD", "dollars": "USD", "美元": "USD",
    "€": "EUR", "EUR": "EUR", "euro": "EUR", "euros": "EUR", "欧元": "EUR",
    "RMB": "CNY", "CNY": "CNY", "¥": "CNY", "yuan": "CNY", "元": "CNY", "人民币": "CNY",
    "£": "GBP", "GBP": "GBP", "英镑": "GBP", "JPY": "JPY", "日元": "JPY",
}
#: scale words -> (factor, the name used in unit names)
SCALES = {
    "thousand": (1e3, "thousand"), "k": (1e3, "thousand"), "千": (1e3, "thousand"),
    "万": (1e4, "10 thousand"),
    "million": (1e6, "million"), "mn": (1e6, "million"), "m": (1e6, "million"), "百万": (1e6, "million"),
    "亿": (1e8, "100 million"),
    "billion": (1e9, "billion"), "bn": (1e9, "billion"), "b": (1e9, "billion"), "十亿": (1e9, "billion"),
    "trillion": (1e12, "trillion"), "tn": (1e12, "trillion"), "万亿": (1e12, "trillion"),
}
_CJK_NUMERALS = "零〇一二两三四五六七八九十百千"
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


def normalise(text: str) -> str:
    """NFKC (full-width to ASCII), markdown-escaped ``\\$`` to ``$``, odd spaces to plain ones."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\\$", "$").replace("\u00a0", " ").replace("\u3000", " ")
    return _CJK_GAP.sub("", text)  # "公 司 估 值": characters a PDF spread apart


def _spaced(word: str) -> str:
    """A Chinese word whose characters PDF extraction may have spread apart: 美 元."""
    if word.isascii():
        return re.escape(word)
    return r"\s*".join(map(re.escape, word))


def _alternation(words) -> str:
    return "|".join(_spaced(w) for w in sorted(words, key=len, reverse=True))


NUMBER = r"(?<![\d.])(?<!\d,)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])"
_PRE = r"(?P<pre>US\$|\$|€|¥|£|(?:USD|EUR|RMB|CNY|GBP|JPY)(?=\s?\d))"
_SCALE_WORDS = [w for w in SCALES if not w.isascii()]
_SCALE_EN = [w for w in SCALES if w.isascii()]
_POST_WORDS = [w for w in CURRENCIES if not (len(w) == 1 and not w.isalpha())]
MONEY = re.compile(
    _PRE + r"?\s?(?P<num>" + NUMBER + r")\s*"
    r"(?P<scale>" + _alternation(_SCALE_WORDS) + r"|(?:" + "|".join(sorted(_SCALE_EN, key=len, reverse=True))
    + r")\b)?\s*(?P<post>" + _alternation([w for w in _POST_WORDS if not w.isascii()]) + r"|(?:USD|EUR|RMB|CNY|GBP|JPY"
    r"|dollars?|euros?|yuan)\b)?", re.IGNORECASE)
PERCENT = re.compile(r"(?P<neg>[-−]|\()?\s?(?P<num>" + NUMBER + r")\s?\)?\s?(?:%|percent\b|per cent\b)", re.IGNORECASE)
MULTIPLE = re.compile(r"(?P<num>" + NUMBER + r"|[" + _CJK_NUMERALS + r"]+)\s*(?:倍|times\b|x\b|-fold\b|fold\b)",
                      re.IGNORECASE)
YEAR = re.compile(r"(?<![\d.])(?<!\d,)(?:FY\s?)?(?P<year>(?:19|20)\d{2})(?P<e>\s?[EF]\b|E(?=[^a-zA-Z]|$))?"
                  r"(?!\d|\s?(?:%|倍|亿|万|千|个|家|人|元|美元|million|billion|trillion|bn|mn))")
SHORT_YEAR = re.compile(r"(?<![\d.])(?P<year>[0-3]\d)年(?=\d{1,2}月)")
RANGE = re.compile(r"(?<![\d.])(?<!\d,)(?:FY\s?)?(?P<a>(?:19|20)\d{2})\s?(?:年)?\s?(?:-|–|—|~|至|到|to|through)\s?(?:FY\s?)?"
                   r"(?P<b>(?:19|20)\d{2}|\d{2})(?!\d)(?P<e>E)?")
FROM_TO = re.compile(r"(?:from|between|从)\s?(?P<a>(?:19|20)\d{2})\s?年?.{0,12}?(?:to|and|至|到)\s?(?P<b>(?:19|20)\d{2})(?!\d)")
COUNT = re.compile(r"(?P<num>" + NUMBER + r")\s*(?P<scale>万亿|亿|万)?\s*(?P<word>个(?!月)|家|轮|款|项|名|位|人|companies\b|models\b|rounds\b)")
DURATION = re.compile(r"(?:未来|next|over the next|over|in the next)\s*(?P<num>\d+|[" + _CJK_NUMERALS + r"]+|two|three|four|five|six|"
                      r"seven|eight|nine|ten)\s*(?:年|years?\b)", re.IGNORECASE)
_EN_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


@dataclass(frozen=True)
class Number:
    """A number as printed: its value and the step of its last digit."""

    value: float
    step: float
    text: str


def parse_number(text: str) -> Number:
    """A printed number with thousands separators: its value and printed step.

    Examples
    --------
    >>> from aimarket.extract.numbers import parse_number
    >>> parse_number("1,303,551"), parse_number("28.20").step
    (Number(value=1303551.0, step=1.0, text='1,303,551'), 0.01)
    """
    digits = text.replace(",", "")
    return Number(float(digits), step_of(digits), text)


def step_of(digits: str) -> float:
    """The step of the last printed digit: ``"28.2"`` -> 0.1, ``"120.0"`` -> 0.1, ``"9750"`` -> 1."""
    if "." in digits:
        return 10.0 ** -len(digits.split(".")[1])
    return 1.0


def chinese_int(text: str) -> int:
    """An integer written in digits, Chinese numerals (``五``, ``十八``) or English words (``four``)."""
    if text.isdigit():
        return int(text)
    if text.lower() in _EN_NUMBERS:
        return _EN_NUMBERS[text.lower()]
    import cn2an

    return int(cn2an.cn2an(text, "smart"))


def unit_name(currency: str | None, scale: str | None, noun: str = "count") -> str:
    """The unit name used in packages: ``USD million``, ``CNY 100 million``, ``people 10 thousand``."""
    head = currency or noun
    return head if scale is None else f"{head} {SCALES[scale][1]}"


def scale_key(word: str | None) -> str | None:
    """The SCALES key of a matched scale word (case and inner spaces ignored)."""
    if word is None:
        return None
    w = re.sub(r"\s+", "", word)
    return w if w in SCALES else w.lower()


def currency_of(word: str | None) -> str | None:
    if word is None:
        return None
    w = re.sub(r"\s+", "", word)
    return CURRENCIES.get(w) or CURRENCIES.get(w.upper()) or CURRENCIES.get(w.lower())
