"""The vocabulary of figures in report text: numbers, units, years, percentages and multiples.

Text is normalised with Unicode NFKC first, so full-width digits and
punctuation (``２０２３``, ``％``, ``，``) read as their ASCII forms. Every
pattern here works on one normalised string and returns spans into it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from .vocabulary import (COUNT_NOUNS, CURRENCIES, DOLLAR_SOURCES, MULTIPLE_WORDS, PREFIX_CURRENCIES, SCALES, YEN_CUES,
                         YUAN_PLACES, words)

__all__ = ["normalise", "NUMBER", "Number", "parse_number", "step_of", "CURRENCIES", "SCALES", "unit_name", "count_noun",
           "chinese_int", "yuan_of_text", "dollar_of_text"]

_CJK_NUMERALS = "零〇一二两三四五六七八九十百千"
_SURROGATE = re.compile(r"[\ud800-\udfff]")
#: characters that print nothing, which text copied from a web page or a PDF carries inside words and numbers: format
#: characters (zero-width space and joiners, soft hyphen, byte-order mark, direction marks, Unicode category Cf) and
#: controls other than the tab and line ends ("USD 100\u200d billion" is USD 100 billion, "1\u00ad000" is 1000)
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891"
                        "\u08e2\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
                        "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
                        "\U000e0001\U000e0020-\U000e007f]")
#: characters that break a line or a page in some conventions but not in the lines a locator counts (form feed,
#: vertical tab, the file, group, record and unit separators, next line, line and paragraph separators): a space
_BREAK = re.compile("[\x0b\x0c\x1c-\x1f\x85\u2028\u2029]")
#: a digit of another script ("٢٠٢٣", "२०२३"): NFKC keeps it, so it is made ASCII, as full-width digits are
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
#: a vulgar fraction, after the whole number it belongs to or alone ("1½", "¾"); NFKC would write "1½" as "11⁄2"
_VULGAR = {"½": "5", "¼": "25", "¾": "75", "⅕": "2", "⅖": "4", "⅗": "6", "⅘": "8", "⅛": "125", "⅜": "375",
           "⅝": "625", "⅞": "875", "⅒": "1", "⅓": "333333333", "⅔": "666666667", "⅙": "166666667",
           "⅚": "833333333", "⅐": "142857143", "⅑": "111111111"}
#: a whole number in comma groups, or printed with a space before its fraction ("1,250½", "3 ¾"), keeps its fraction
_FRACTION = re.compile(r"(?<![\d.,])(?:(?P<whole>\d{1,3}(?:,\d{3})+|\d{1,15})"
                       r"|(?<![\d.,] )(?P<apart>\d{1,3})[ \u00a0\u2009\u202f])?(?P<frac>[" + "".join(_VULGAR) + "])")
#: thousands groups set apart by a no-break, figure, thin or narrow no-break space, or an apostrophe as Swiss reports
#: print them ("1\u202f000", "184'250"): groups of exactly three digits after the first, none of them a cell's gap
_GROUP_SEP = "\u00a0\u2007\u2009\u202f'\u2019\u066c"
_GROUPED = re.compile(r"(?<![\dA-Za-z.,'\u2019])(?<!\d[ " + _GROUP_SEP + r"])\d{1,3}(?:[" + _GROUP_SEP + r"]\d{3})++"
                      r"(?!\d|[" + _GROUP_SEP + r"]\d)")
#: superscript digits are footnote marks ("in 2025.¹"), which NFKC would make digits of the number before them
_FOOTNOTE_MARK = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079\u2460-\u2473]+")  # superscripts, circled ①-⑳
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
#: a clause that opens on 当中 / 當中 ("of these", as Hong Kong and Taiwan write 其中): "…8.64億港元；當中，住宅屋苑…"
_AMONG_THESE = re.compile(r"(?:(?<=^)|(?<=[，,；;。：:]))(\s*)(?:当中|當中)(?=\s*[，,]|[^，,国國华華包有的])")  # not "當中國…", "當中包括"
#: a footnote's number glued to the stop after a year or a word, as a PDF's superscript comes out of its text:
#: "in 2023.7 A widely ...", "$5.92 billion.8 That", "AI tools,10 and": the number is left out
_FOOTNOTE_GLUED = re.compile(r"[.,]\d{1,2}(?=\s+[A-Za-z]|\s*$)")
#: what stands before a glued footnote number: a year, or a word of three letters or more
_BEFORE_GLUED = re.compile(r"(?:(?<![\d.,])(?:19|20)\d{2}|[a-z]{3})$")


def _glued(m: re.Match) -> str:
    """The stop of :data:`_FOOTNOTE_GLUED` without its number where a year or a word stands before it (a period
    before a capital or the line's end, a comma before a word in lower case), else the match as it is."""
    text, at, stop = m.string, m.start(), m.group(0)[0]
    after = text[m.end():m.end() + 2].lstrip()[:1]
    fits = (stop == "." and (not after or after.isupper())) or (stop == "," and after.islower() and after.isascii())
    before = _BEFORE_GLUED.search(text, max(0, at - 4), at)
    if not fits or before is None or (stop == "," and before.group(0)[0].isdigit()):
        return m.group(0)
    return stop


#: a note's number in brackets glued to an amount or a rate, as a filing marks its sources: "$2.4 billion(1)", "46%(2)"
_NOTE_AFTER_AMOUNT = re.compile(r"(\d\s?(?:[bm]illion|trillion|bn|mn|tn|%))\(\d{1,2}\)(?![\d%])", re.IGNORECASE)
#: a footnote's mark in brackets right after a figure, a word or a stop: "42.1%[3]", "revenue[a]", "in 2023,[12]" (not a
#: Markdown link)
FOOTNOTE_REF = re.compile(r"(?<=[\w%).,;:])\[(?:\d{1,2}|[a-z])\](?!\()")


_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
         "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_WORD_VALUE = {w: k for k, w in enumerate(_ONES, start=1)} | {w: 10 * k for k, w in enumerate(_TENS, start=2)}
_BELOW_100 = (r"(?:(?:" + "|".join(_TENS) + r")(?:-(?:" + "|".join(_ONES[:9]) + r"))?|(?:"
              + "|".join(sorted(_ONES, key=len, reverse=True)) + r"))")
#: a number in words before a scale: "two billion", "forty-five million", "three hundred million", "one hundred and
#: twenty billion", "nine point eight billion", "one and a half trillion" (not "a billion-dollar market": a hyphen
#: after the scale makes it an adjective), or before "per cent": "twelve per cent", "nineteen percent"
_NUMBER_WORDS = re.compile(
    r"(?<![\w-])" + _BELOW_100 + r"(?:\s+hundred(?:\s+(?:and\s+)?" + _BELOW_100 + r")?)?"
    r"(?:\s+point(?:\s+(?:zero|oh|" + "|".join(_ONES[:9]) + r"))+)?(?:\s+and\s+a\s+half)?"
    r"(?=\s+(?:thousand|million|billion|trillion)\b(?!-)|\s+(?:per\s*cent|percent)\b)", re.IGNORECASE)
_DIGIT_WORDS = {w: str(k) for k, w in enumerate(("zero",) + _ONES[:9])} | {"oh": "0"}


#: a change by a fraction in words, after a verb of change: "grew by half", "fell by a third", "rose by about a
#: quarter", "up by a fifth"; or before a comparison: "a fifth larger than", "a quarter higher"
_FRACTION_PARTS = r"(?:a|one)[ -](?:third|quarter|fifth|tenth)|two[ -]thirds|three[ -]quarters"  # "larger" takes these
_FRACTION_WORDS = r"(?:(?:a |one[ -])?half|" + _FRACTION_PARTS + r")"
_FRACTION_CHANGE = re.compile(
    r"\b(?P<verb>(?:grew|rose|increased|expanded|jumped|climbed|surged|gained|swelled|fell|declined|dropped|shrank|"
    r"decreased|contracted|up|down) by )(?P<adv>(?:about|nearly|almost|roughly|around|some|more than|over) )?"
    r"(?P<frac>" + _FRACTION_WORDS + r")\b(?! of)"
    r"|(?<![\w-])(?P<verb2>)(?P<adv2>)(?P<frac2>" + _FRACTION_PARTS + r")"
    r"(?=\s+(?:larger|bigger|higher|greater|smaller|lower)\b)", re.IGNORECASE)
_FRACTION_PERCENT = {"half": "50%", "third": "33.3%", "quarter": "25%", "fifth": "20%", "tenth": "10%", "thirds": "66.7%",
                     "quarters": "75%"}
#: a change in tenths, as Taiwan's press writes it: "成長3成" (grew 30%), "年減近2成" (down nearly 20%); not a share in
#: tenths ("約占四成"), a fraction in words that no figure is expected of
_TENTHS_CHANGE = re.compile(r"(?P<verb>成長|成长|增長|增长|增加|年增|提升|上升|下滑|下跌|衰退|減少|减少|下降|年減|年减)"
                            r"(?P<adv>近|約|约|逾|超過|超过|將近|将近)?(?P<n>[1-9]|[一二三四五六七八九兩两])成"
                            r"(?![長长功為为本交立熟型])")
#: a fraction of a scale in words: "half a trillion", "a quarter of a billion", "three quarters of a million"
_FRACTION_OF_SCALE = re.compile(r"(?<![\w-])(?:half\s+an?|(?:a|one)\s+(?P<q>quarter)\s+of\s+an?|three[ -](?P<qs>quarters)"
                                r"\s+of\s+an?)\s+(?=(?:thousand|million|billion|trillion)\b(?!-))", re.IGNORECASE)
#: a multiple and a half in words: "two-and-a-half times", "three and a half-fold"
_AND_A_HALF_TIMES = re.compile(r"(?<![\w-])(?P<n>" + "|".join(_ONES[:10]) + r")[ -]and[ -]a[ -]half(?=[ -](?:times|fold)\b)",
                               re.IGNORECASE)


#: an amount hyphenated as an adjective: "the $3.2-billion market", "a $640-million segment", "one-and-a-half billion"
_HYPHENED_AMOUNT = re.compile(r"(?<=\d)-(?=(?:thousand|million|billion|trillion)\b)"
                              r"|(?<![\w-])(?P<n>" + "|".join(_ONES[:10])
                              + r")-and-a-half(?=\s+(?:thousand|million|billion|trillion)\b)", re.IGNORECASE)


def _fraction_percent(m: re.Match) -> str:
    """The percentage a fraction in words states, to a tenth of a point where it is no whole number: "a third" ->
    "33.3%"."""
    frac = m.group("frac") or m.group("frac2")
    return (m.group("verb") or "") + (m.group("adv") or "") + _FRACTION_PERCENT[re.split(r"[ -]", frac.lower())[-1]]


def _digits(m: re.Match) -> str:
    """The number a match of :data:`_NUMBER_WORDS` writes in words, in digits as printed: "9.8", "120", "2.5"."""
    whole, _, rest = m.group(0).lower().partition(" point ")
    value = 0
    for w in re.findall(r"[a-z]+", whole.replace("and a half", "")):
        value = value * 100 if w == "hundred" else value + _WORD_VALUE.get(w, 0)
    if rest:
        return f"{value}." + "".join(_DIGIT_WORDS[w] for w in re.findall(r"[a-z]+", rest))
    return f"{value + (0.5 if 'and a half' in whole else 0):g}"


#: an amount in Chinese numerals before a scale and a currency or a unit counted: "八百亿元", "两千亿美元", "一万亿元",
#: "三千万台" (not "数十亿元", "几百亿", "上千亿": no number; nor "百亿元" alone, read with its cue as a threshold)
_CJK_DIGITS = dict(zip("零〇一二两三四五六七八九", "001223456789"))
#: a number in Chinese numerals, a decimal point and its digits after it; a letter O among them is a zero ("二五O億")
_CJK_NUMBER = (r"[一二两兩三四五六七八九十](?:[" + _CJK_NUMERALS + r"兩]|[○OＯ](?=[" + _CJK_NUMERALS
               + r"○OＯ.点點‧・億亿萬万兆%]))*(?:[.点點‧・][" + "".join(_CJK_DIGITS) + r"○OＯ]+)?")
#: where an amount in Chinese numerals may start: not after a word of an inexact count ("数十亿", "上百亿"), nor inside
#: another number (a start inside a long run of numerals would be tried against the whole rest of the run)
_CJK_NUMBER_START = "(?<![\\d.])(?<![数數几幾上成好余餘" + _CJK_NUMERALS + "兩])(?<!(?<!差不)多)"  # "差不多七十亿": about 70亿
#: a month after a year, or a day after a month, in Chinese numerals: "2025年六月十二日"
_CJK_MONTH_DAY = (re.compile(r"(?<=\d年)(?:十[一二]?|[一二三四五六七八九])(?=月)"),
                  re.compile(r"(?<=\d月)(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?=日)"))
#: the twelve months of a year, which are the whole year: "1-12月", "1至12月", "1月—12月份" ("全年"); "January-December",
#: "Jan. to Dec." ("full year")
_ALL_MONTHS_CJK = re.compile(r"(?<![\d.])1\s*月?\s*[-–—~至到]\s*12\s*月份?(?!\s*\d{1,2}\s*日)")
_ALL_MONTHS = re.compile(r"\bJan(?:uary|\.)?\s*(?:-|–|—|to|through|thru)\s*Dec(?:ember|\.)?(?![a-z])", re.IGNORECASE)
#: a year in Chinese numerals, digit by digit, zero written as 〇, ○ or a letter O: "二O二三年", "一九九八年"
_CJK_YEAR = re.compile(r"(?:一九|二[〇○OＯ零])[〇○OＯ零一二三四五六七八九]{2}(?=\s*年)")
#: an amount, or a percentage, in Chinese numerals: "八百亿元", "二．五二兆美元", "四十四％", "百分之二十五"
_CJK_CURRENCY = r"(?:元|美元|人民币|人民幣|日元|日圓|港元|港幣|欧元|歐元|台|部|辆|輛|件|套)"
CJK_AMOUNT = re.compile(_CJK_NUMBER_START + r"(?:" + _CJK_NUMBER
                         + r"(?=(?:万亿|萬億|亿|億|万|萬|兆)" + _CJK_CURRENCY + r"|%)"
                         + r"|百分之" + _CJK_NUMBER + ")")
#: hundreds of millions and tens of thousands in one amount: "九十七億七千萬美元" (97.77億美元)
_CJK_YI_WAN = re.compile(_CJK_NUMBER_START + r"(?P<yi>" + _CJK_NUMBER + r")(?P<unit>亿|億)(?P<wan>" + _CJK_NUMBER
                         + r")(?:万|萬)(?=" + _CJK_CURRENCY + ")")
#: a year of the Republic of China, as Taiwan's statistics print it (1911 before the Gregorian): "民國114年", and a
#: year of three digits before a part of it, a month or a verb of its figure ("114年第4季", "113年全年", "114年1-9月",
#: "108年升至"), which counts no years
_ROC_YEAR = re.compile(r"(?:民國|民国)\s*(?P<roc>\d{2,3})(?=\s*年)"
                       r"|(?<![\d.])(?<!\d,)(?P<bare>1[0-3]\d)(?=\s*年\s*(?:度|第|全年|上半年|下半年|底|初|中|前(?:\d|[一二三四五六七八九十])"
                       r"|\d|[一二三四五六七八九十]+月|起|至|升|增|達|达|成長|成长|衰退|產值|产值|營收|营收|規模|规模|將|将|預估|预估|可望))")
#: a text of Taiwan's, whose years may be the Republic's in any place: its era or its currency named
_TAIWAN = re.compile(r"民國|民国|新臺幣|新台幣|新台币|NT\$")
#: in such a text, a year of three digits before 年 whatever follows ("發布113年資訊服務業營運概況"), unless the words
#: around it make it a length of time ("長達110年", "113年來", "百年歷史")
_ROC_BARE = re.compile(r"(?<![\d.])(?<!\d,)(?<!長達)(?<!长达)(?<!近)(?<!逾)(?<!約)(?<!约)(?<!超過)(?<!超过)(?<!第)(?<!歷經)(?<!历经)"
                       r"(?P<bare>1[0-3]\d)(?=\s*年)(?!\s*年\s*(?:來|来|間|间|之久|歷史|历史|以來|以来|前|後|后|代))")
#: a percentage set as LaTeX, as some pages print it: "$50\%$", "\(5.2\%\)"
_LATEX_PERCENT = re.compile(r"(?:\$|\\\()\s*(?P<num>[-+]?\d[\d.,]*)\s*\\%\s*(?:\$|\\\))")


def _cjk_yi_wan(m: re.Match) -> str:
    """"九十七億七千萬" -> "97.77億": the ten thousands as a fraction of the hundred millions, printed to their step."""
    import cn2an

    try:
        yi, wan = int(cn2an.cn2an(m.group("yi"), "smart")), int(cn2an.cn2an(m.group("wan"), "smart"))
    except ValueError:
        return m.group(0)
    if not 0 < wan < 10_000:
        return m.group(0)
    return f"{yi}.{wan:04d}".rstrip("0") + m.group("unit")


def _cjk_digits(m: re.Match) -> str:
    """The number a match of :data:`CJK_AMOUNT` writes in Chinese numerals, in digits: "八百" -> "800", "二．五二"
    -> "2.52", "百分之二十五" -> "25%"."""
    import cn2an

    text = re.sub("[○OＯ]", "〇", m.group(0).replace("兩", "两"))
    percent = text.startswith("百分之")
    whole, _, decimals = re.sub(r"[点點‧・]", ".", text.removeprefix("百分之")).partition(".")
    try:
        number = str(int(cn2an.cn2an(whole, "smart")))
        if decimals:  # "二．五二" -> "2.52": the digits after the point are read one by one
            number += "." + "".join(_CJK_DIGITS[d] for d in decimals)
    except (ValueError, KeyError):  # not a number cn2an reads ("十十"): left as printed
        return m.group(0)
    return number + "%" if percent else number


def _fraction(m: re.Match) -> str:
    """A number with a vulgar fraction in decimals: "1½" -> "1.5", "¾" -> "0.75", "2⅓" -> "2.333333333" (a third to
    nine places, within the step that states)."""
    return f"{m.group('whole') or m.group('apart') or 0}.{_VULGAR[m.group('frac')]}"


def _visible(text: str) -> str:
    """The text without the characters that print nothing (:data:`_INVISIBLE`), with a space for a character that
    breaks a line elsewhere (:data:`_BREAK`), other scripts' digits in ASCII, vulgar fractions in decimals and
    thousands groups set apart by odd spaces or apostrophes joined: "1\u202f000" -> "1000"."""
    if text.isascii() and "'" not in text and text.isprintable():
        return text
    text = _BREAK.sub(" ", _INVISIBLE.sub("", text))
    if not text.isascii():
        text = _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group(0))), text)
        text = text.replace("\u066b", ".") if "\u066b" in text else text  # the Arabic decimal separator
        text = text.replace("\u066a", "%") if "\u066a" in text else text  # and percent sign
        text = _FRACTION.sub(_fraction, text)
    return _GROUPED.sub(lambda m: re.sub(r"\D", "", m.group(0)), text)


#: a character's reading in pinyin after it, as some web pages print it ("業(yè)務(wù)收入"): no part of the text
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\((?=[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}\)")


#: pictographs ("🔥", "📈", "✅"), with a variation selector after them
_EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?")
#: pictographs that open a line, before its bullet or its words: "📈 • Singapore's market …", "🔥AI试戴火了"
_EMOJI_LEAD = re.compile(r"^[ \t]*(?:" + _EMOJI.pattern + r"\s*)+(?=\S)", re.MULTILINE)
#: pictographs that end a clause of Chinese, before the next one: "较2022年翻了一番🔥 沐川预计，2027年…" (a post's
#: sentences end on them rather than on 。)
_EMOJI_STOP = re.compile(r"(?<=[\u4e00-\u9fff%)）])\s*(?:" + _EMOJI.pattern + r")+\s*(?=[\u4e00-\u9fff])")


#: a year's level as a percentage of the year before's, as Japanese research houses print it: "108.5% of the previous
#: fiscal year('s)", "前年比108.5%", "前年度比95.2%" (no word of a rise after it, as "前年比5%増" has)
_INDEX_OF_YEAR_BEFORE = re.compile(
    r"(?<![\d.])(?P<n>(?:[5-9]\d|1\d\d)(?:\.\d+)?)\s?%\s+of\s+(?P<what>(?:the\s+)?(?:previous|prior|preceding)\s+"
    r"(?:fiscal\s+)?year(?:'s|’s)?|(?:the\s+)?year\s+before)"
    r"|(?:前年度?比|前年同期比|前期比)\s*(?P<zh>(?:[5-9]\d|1\d\d)(?:\.\d+)?)\s?%(?!\s*(?:增|増|減|减|上升|下降|成长|成長))",
    re.IGNORECASE)


def _index_as_change(m: re.Match) -> str:
    """"108.5% of the previous year" -> "up 8.5% from the previous year", "前年比95.2%" -> "同比下降4.8%": the change,
    to the digits printed."""
    n = m["n"] or m["zh"]
    change = float(n) - 100
    digits = f"{abs(change):.{len(n.partition('.')[2])}f}"
    if m["zh"]:
        return f"同比{'增长' if change >= 0 else '下降'}{digits}%"
    return f"{'up' if change >= 0 else 'down'} {digits}% from {m['what']}"


#: markdown's strong emphasis around words: "**$14.6B**", "__Total__"
_MARKDOWN_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


#: an ellipsis right before a figure ("……2023年", "...86.4"), whose dots are no decimal point of it
_ELLIPSIS_BEFORE_DIGIT = re.compile(r"(?<!\.)\.{3,}(?=\d)")


def normalise(text: str) -> str:
    """NFKC (full-width to ASCII), markdown-escaped ``\\$`` to ``$`` and bold marks left out (``**$4.2B**``), odd
    spaces to plain ones, footnote marks after figures left out ("42.1%[3]", "$4.2 billion¹", "$2.4 billion(1)"), a
    number written in words before a scale or "per cent" in digits ("two billion" -> "2 billion", "twelve per cent"
    -> "12 per cent", "half a trillion" -> "0.5 trillion",
    "two-and-a-half times" -> "2.5 times"), a change by a fraction in words as a percentage ("grew by a third" ->
    "grew by 33.3%", "a fifth larger" -> "20% larger"), an amount, a percentage or a year in Chinese numerals in
    digits ("八百亿元" -> "800亿元", "二O二三年" -> "2023年"). Before that, characters that print nothing (a zero-width space,
    a soft hyphen) are left out, controls that break a line elsewhere (a form feed) are spaces, digits of other
    scripts ASCII, vulgar fractions decimals ("1½" -> "1.5") and thousands groups set apart by a no-break or thin
    space or an apostrophe one number ("184'250" -> "184250"); a Chinese character's pinyin after it is left out
    ("業(yè)務(wù)" -> "業務"), and a clause that opens on 當中 ("of these") reads as one that opens on 其中; the twelve
    months of a year are the whole year ("1-12月" -> "全年", "January-December" -> "full year"); a change in tenths
    in prose a percentage ("成長3成" -> "成長30%"); pictographs that open a line are left out, and pictographs between
    two clauses of Chinese end the first, as 。 does; an ellipsis right before a figure is set apart from it
    ("……2023年" -> "...... 2023年"); a sentence that only asks of a year leads into its answer ("This year? Most
    estimates land around $1.45B" -> "This year: Most …"); a rise from an amount in brackets is the clause it stands
    for ("$184m in 2024 (up 18% from $156m)" -> "$184m in 2024, up 18% from $156m"); a fiscal year in two digits
    is written whole ("fiscal '24" -> "fiscal 2024", "FY3/2025" -> "FY2025"), an amount's scale and sign after it
    as its sign and scale before it ("2.48 bn€" -> "€2.48 billion", "USD mn 640" -> "USD 640 million", "640 (US$ m)"
    -> "US$640 million"), a year in two digits in brackets whole ("('24)" -> "(2024)"), a bare amount after a
    statement of its unit in that unit ("in US$ billions … from 2.31 in 2022" -> "… from US$2.31 billion in 2022",
    "单位：亿元。…规模为34.9" -> "…规模为34.9亿元", "38.6（亿元）" -> "38.6亿元"),
    and a financial year of two calendar years after a word
    that dates a figure is its end's ("in 2023-24" -> "in FY2024"); hundreds of millions of yuan as one says them
    are written as a table prints them ("3.5个亿" -> "3.5亿元"), and thousands of them in 亿 ("1.92千亿元" ->
    "1920亿元"); a numbered paragraph's number that opens a line is left
    out ("4.12 Our study" -> "Our study").

    Examples
    --------
    >>> normalise("Sales reached two and a half billion dollars[2], up from ＄１.８ billion¹.")
    'Sales reached 2.5 billion dollars, up from $1.8 billion.'
    >>> normalise("USD 1\u202f000 billion, CHF 184'250, USD 1½ trillion, USD 1\u00ad000 billion")
    'USD 1000 billion, CHF 184250, USD 1.5 trillion, USD 1000 billion'
    >>> normalise("軟件業(yè)務(wù)收入28020億元,同比增長(cháng)11.9%")
    '軟件業務收入28020億元,同比增長11.9%'
    >>> normalise("$2.4 billion(1) in fiscal '24 (up 18% from $2.0 billion).")
    '$2.4 billion in fiscal 2024, up 18% from $2.0 billion.'
    >>> normalise("2.48 bn€ in 2028, after 42 M€, USD mn 640 and 538 (US$ m) ('23)")
    '€2.48 billion in 2028, after €42 million, USD 640 million and US$538 million (2023)'
    >>> normalise("All amounts are in US$ billions. Spending rose from 2.31 in 2022 to 2.84 in 2023, up 22.9%.")
    'All amounts are in US$ billions. Spending rose from US$2.31 billion in 2022 to US$2.84 billion in 2023, up 22.9%.'
    """
    text = unicodedata.normalize("NFKC", _FOOTNOTE_MARK.sub("", _visible(_SURROGATE.sub("\ufffd", text))))
    text = FOOTNOTE_REF.sub("", text) if "[" in text else text
    text = _PINYIN.sub("", _NOTE_AFTER_AMOUNT.sub(r"\g<1>", text)) if "(" in text else text
    text = _FOOTNOTE_GLUED.sub(_glued, text)
    text = _LATEX_PERCENT.sub(r"\g<num>%", text) if "\\%" in text else text
    text = text.replace("\\$", "$").replace("\u00a0", " ").replace("\u3000", " ")
    text = _ELLIPSIS_BEFORE_DIGIT.sub(r"\g<0> ", text) if "..." in text else text
    text = _YEAR_QUESTION.sub(r"\g<1>:", text) if "?" in text else text
    text = _MARKDOWN_STRONG.sub(r"\g<2>", text) if "**" in text or "__" in text else text
    text = _FISCAL_SHORT.sub(r"\g<1>20\g<2>", text) if "'" in text or "’" in text else text
    text = _FISCAL_MONTH_FIRST.sub(r"FY\g<y>", text) if "FY" in text else text
    text = _SCALE_BEFORE_SIGN.sub(_sign_first, text) if "€" in text or "$" in text or "£" in text else text
    text = _SCALE_BEFORE_NUMBER.sub(_scale_after, text) if "n " in text else text
    text = _CODE_BEFORE_SCALE.sub(_scale_after, text)
    if "(" in text:
        text = _UNIT_BRACKETED_AFTER.sub(_unit_before, _BRACKETED_SHORT_YEAR.sub(r"(20\g<y>\g<e>)", text))
    text = _in_the_stated_unit(text) if "in " in text else text
    if "单位" in text or "(" in text:
        text = _in_the_stated_unit_zh(_UNIT_BRACKETED_AFTER_ZH.sub(r"\g<u>", text))
    text = _FINANCIAL_YEAR.sub(_financial_year, text) if "-" in text or "/" in text or "–" in text else text
    text = _SECTION_NUMBER.sub("", text) if text[:1].isdigit() or text[:1].isspace() else text
    if "(" in text and "from" in text and "|" not in text and "\t" not in text:
        text = _RISE_FROM_BRACKETED.sub(lambda m: f", {m['rise']}" + ("" if re.match(r"\s*[.,;:]", text[m.end():])
                                                                     else ","), text)
    low = text.lower()
    if "-" in text and ("illion" in low or "thousand" in low):
        text = _HYPHENED_AMOUNT.sub(lambda m: f"{m['n']} and a half" if m["n"] else " ", text)
    text = _NUMBER_WORDS.sub(_digits, text) if "illion" in low or "thousand" in low or "cent" in low else text
    text = _FRACTION_CHANGE.sub(_fraction_percent, text) if re.search(r" by |fifth|third|quarter|tenth", low) else text
    if "%" in text and ("前" in text or " of the " in low or "year before" in low):
        text = _INDEX_OF_YEAR_BEFORE.sub(_index_as_change, text)
    if "half" in low or "quarter" in low:
        text = _FRACTION_OF_SCALE.sub(lambda m: "0.75 " if m["qs"] else "0.25 " if m["q"] else "0.5 ", text)
        text = _AND_A_HALF_TIMES.sub(lambda m: f"{_WORD_VALUE[m['n'].lower()]}.5", text)
    text = _CJK_YEAR.sub(lambda m: "".join(_CJK_DIGITS.get(c, "0") for c in m.group(0)), text)
    if "年" in text:
        text = _ROC_YEAR.sub(_gregorian, text)
        text = _ROC_BARE.sub(_gregorian, text) if _TAIWAN.search(text) else text  # the era's were read just above
        text = _YEAR_TWICE.sub(r"\g<y>", text)  # "2024（民國113年）", now "2024(2024年)": the year once
    for pattern in _CJK_MONTH_DAY:  # the month first, so that its day follows a digit
        text = pattern.sub(_cjk_digits, text)
    text = _COLLOQUIAL_YI.sub("亿元", text) if "个亿" in text or "個億" in text else text
    text = _HUNDREDS_OF_YI.sub(_in_yi, text) if "百" in text or "千" in text else text
    text = CJK_AMOUNT.sub(_cjk_digits, _CJK_YI_WAN.sub(_cjk_yi_wan, text))
    if "成" in text and "\t" not in text and "|" not in text:  # prose's, not a table cell's ("增长近三成" beside rates)
        text = _TENTHS_CHANGE.sub(lambda m: f"{m['verb']}{m['adv'] or ''}{10 * chinese_int(m['n'])}%", text)
    text = _ALL_MONTHS_CJK.sub("全年", text) if "12" in text else text
    text = _ALL_MONTHS.sub("full year", text) if "Dec" in text or "dec" in text else text
    text = _AMONG_THESE.sub(r"\1其中", text) if "中" in text else text
    if _EMOJI.search(text):
        text = _EMOJI_STOP.sub("。", _EMOJI_LEAD.sub("", text))
    text = counted_on(text) if _COUNTED_ON.search(text) else text
    return _CJK_GAP.sub("", text)  # "公 司 估 值": characters a PDF spread apart


#: an amount with its scale and then its currency's sign, as French and other European texts print it: "2.48 bn€",
#: "42 M€", "3,1 Md€", "850 k€" (read as "€2.48 billion", "€42 million", "€3,1 billion", "€850 thousand")
_SCALE_BEFORE_SIGN = re.compile(r"(?<![\w.,])(?P<num>\d(?:[\d.,]*\d)?)\s?(?P<scale>bn|Mrd|Md|Mds|mn|M|Mio|k|K)\.?\s?"
                                r"(?P<sign>[€$£])(?![\w$€£])")
#: a scale's short forms, and the word each stands for (:data:`SCALES`'s, and the French "Md", "Mds" for milliards)
_SCALE_WORD = {w: name for w, (_, name) in SCALES.items() if w.isascii()} | {"md": "billion", "mds": "billion"}


#: a unit a text states once for the bare numbers after it, as statistical agencies write: "All amounts in this section
#: are in US$ billions", "The estimates, in US$ billions, constant 2023 prices, show …", "in ¥ bn, at 4.8 in …"
_STATED_UNIT = re.compile(r"\bin\s+(?P<cur>US\$|USD|EUR|€|£|GBP|¥|JPY)\s?"
                          r"(?P<scale>(?:billion|million|trillion)s|bn|mn|tn|m|b)\b")
#: a bare number with a decimal point where a sentence puts an amount: "rose from 2.31 in 2022 to 2.84 in 2023",
#: "projects it at 6.10 by 2030", "accounted for 1.12 of the 2023 total" (not "6.8%", "2.5 times", "1.1 billion people")
_BARE_AMOUNT = re.compile(r"\b(?P<cue>(?:from|to|at|of|reach|reached|reaching|was|were|totalled|totaled|for|"
                          r"and(?=\s\d{1,4}\.\d{1,3}\s+(?:in|by)\s))\s)"
                          r"(?P<num>\d{1,4}\.\d{1,3})(?![\d.,%]|\s*(?:%|(?:per\s?cent|percent|points?|pp|times|fold|x|"
                          r"thousand|million|billion|trillion|bn|mn|years?|months?|people|persons|units)\b))",
                          re.IGNORECASE)


def _in_the_stated_unit(text: str) -> str:
    """The bare amounts of ``text`` after a statement of their unit (:data:`_STATED_UNIT`) written in it: "All
    amounts are in US$ billions. Spending rose from 2.31 in 2022" -> "… rose from US$2.31 billion in 2022", "(in € m):
    2023: 412; 2024: 486" -> "(in € m): 2023: €412 million; 2024: €486 million"."""
    stated = _STATED_UNIT.search(text)
    if stated is None:
        return text
    sign, scale = stated["cur"], _SCALE_WORD.get(stated["scale"], stated["scale"].rstrip("s"))

    def in_unit(m: re.Match) -> str:
        return f"{m['cue']}{sign}{m['num']} {scale}"

    return text[:stated.end()] + _YEARS_BARE_AMOUNT.sub(in_unit, _BARE_AMOUNT.sub(in_unit, text[stated.end():]))


#: a year and a bare number after its colon, as a list of the years' amounts prints them: "2023: 412; 2024: 486"
_YEARS_BARE_AMOUNT = re.compile(r"(?P<cue>(?<![\d.])(?:19|20)\d{2}[EFP]?:\s?)(?P<num>\d[\d,]*(?:\.\d+)?)"
                                r"(?!\d|[.,]\d|\s*(?:%|[A-Za-z]))")


#: a Chinese statement of the unit of the bare amounts after it: "本章金额单位：亿元。", "市场规模（亿元）", or a unit in
#: brackets right before a year: "饼干产线检测（亿元）2024年14.6"
_STATED_UNIT_ZH = re.compile(r"(?:金额)?单位\s*[:：]\s*(?P<u>(?:亿|億|万|萬)(?:元|美元|港元|日元|日圓)|元)(?=\s*[。；;，,)）]|$)"
                             r"|(?:规模|規模|收入|营收|營收|销售额|銷售額|产值|產值|(?<=[\u4e00-\u9fff])(?=[(（][^()（）]{2,4}[)）]\s*"
                             r"(?:19|20)\d{2}\s*年))\s*[(（]\s*(?P<v>(?:亿|億|万|萬)(?:元|美元|港元))\s*[)）]")
#: a bare number where a Chinese sentence puts an amount: after "为", "达", "至" or a year ("2023年30.2"), not a
#: percentage, a count, a multiple or a number with a unit of its own
_BARE_AMOUNT_ZH = re.compile(r"(?P<cue>(?:为|為|达到|達到|达|達|至|(?<![\d.])(?:19|20)\d{2}\s*年(?:[EFP]|预计|預計)?)\s*"
                             r"(?:约|約)?\s*)(?P<num>\d[\d,]*(?:\.\d+)?)"
                             r"(?!\d|\.\d|,\d{3}(?!\d)|\s*(?:%|％|[\u4e00-\u9fff]|[A-Za-z$]))")  # "34.9,2024年": a stop


#: a Chinese unit in brackets right after a bare number, as a broker's note prints it: "38.6（亿元）", "8.2(亿元)"
_UNIT_BRACKETED_AFTER_ZH = re.compile(r"(?<=\d)\s*[(（]\s*(?P<u>(?:亿|億|万|萬)(?:元|美元|港元|日元|日圓))\s*[)）]")


def in_the_unit_stated_before(line: str, unit: str | None) -> tuple[str, str | None]:
    """A Chinese ``line``'s bare amounts in the ``unit`` a line before it stated, where it states none of its own
    ("分领域看，发动机预测性维护为24.6，占比59.6%" under "本章所列金额单位：亿元" -> "…为24.6亿元，…"), and the unit for the lines after
    it: the one it states for them ("本章所列金额单位：亿元。"), else ``unit``."""
    stated = _STATED_UNIT_ZH.search(line)
    if stated is not None:
        return line, stated["u"] or unit
    return (line if unit is None else _in_unit_zh(line, unit)), unit


def _in_unit_zh(text: str, unit: str) -> str:
    """The bare amounts of a Chinese ``text`` (:data:`_BARE_AMOUNT_ZH`) in ``unit``."""
    return _BARE_AMOUNT_ZH.sub(lambda m: f"{m['cue']}{m['num']}{unit}", text)


def _in_the_stated_unit_zh(text: str) -> str:
    """The bare amounts of a Chinese ``text`` after a statement of their unit (:data:`_STATED_UNIT_ZH`) written in
    it: "本章金额单位：亿元。2023年…规模为34.9，2024年规模为41.3" -> "…规模为34.9亿元，…规模为41.3亿元", "市场规模（亿元）2023年30.2，
    2024年38.5" -> "…2023年30.2亿元，2024年38.5亿元"."""
    stated = _STATED_UNIT_ZH.search(text)
    if stated is None:
        return text
    return text[:stated.end()] + _in_unit_zh(text[stated.end():], stated["u"] or stated["v"])


#: a currency's code and its scale before the number, as some summaries print them: "USD mn 640", "USD bn 2.1", "EUR
#: mn 85" (read as "USD 640 million")
_SCALE_BEFORE_NUMBER = re.compile(r"\b(?P<cur>USD|US\$|EUR|GBP|JPY|CNY|RMB|HKD|TWD)\s?(?P<scale>mn|bn|tn)\s"
                                  r"(?P<num>\d(?:[\d,]*\d)?(?:\.\d+)?)"
                                  r"(?![\d.,]*\s*(?:mn|bn|tn|million|billion|trillion)\b)")

#: a currency's code between a number and its scale, as think-tank papers print them: "2.1 EUR bn", "870 EUR m",
#: "3.4 USD bn" (read as "EUR 2.1 billion")
_CODE_BEFORE_SCALE = re.compile(r"(?<![\w.,])(?P<num>\d(?:[\d,]*\d)?(?:\.\d+)?)\s?"
                                r"(?P<cur>USD|EUR|GBP|JPY|CNY|RMB|HKD|TWD)"
                                r"\s?(?P<scale>mn|bn|tn|mln|bln|m|b|k|million|billion|trillion)\b")


#: a year in two digits after an apostrophe, in brackets after an amount: "$1.4bn ('24)" (read as "(2024)")
_BRACKETED_SHORT_YEAR = re.compile(r"\(\s*['’](?P<y>[0-4]\d)(?P<e>[EF]?)\s*\)")
#: an amount with its unit in brackets after it, as a PDF's prose copies a table's: "640 (US$ m)", "8,900 (US$ m)",
#: "1.2 (€ bn)" (read as "US$640 million")
#: (after a word that leads to an amount, and no year: not "Sales by segment, 2025 (USD billion)", "Table 3 (US$ m)")
_UNIT_BRACKETED_AFTER = re.compile(r"\b(?P<cue>(?:reached|reaching|reach|of|at|was|were|to|from|the|totalled|totaled|"
                                   r"and|for|by)\s)(?!(?:19|20)\d{2}\b)(?P<num>\d(?:[\d,]*\d)?(?:\.\d+)?)\s*\(\s*"
                                   r"(?P<cur>US\$|USD|EUR|€|GBP|£)\s?"
                                   r"(?P<scale>m|mn|bn|b|k|million|billion|thousand)\s*\)")


def _unit_before(m: re.Match) -> str:
    """The amount of a match of :data:`_UNIT_BRACKETED_AFTER` with its currency before it and its scale in a word."""
    return f"{m['cue']}{m['cur']}{m['num']} {_SCALE_WORD.get(m['scale'], m['scale'])}"


def _scale_after(m: re.Match) -> str:
    """The amount of a match of :data:`_SCALE_BEFORE_NUMBER` with its scale after its number, in a word."""
    return f"{m['cur']} {m['num']} {_SCALE_WORD[m['scale']]}"


def _sign_first(m: re.Match) -> str:
    """The amount of a match of :data:`_SCALE_BEFORE_SIGN` with its sign first and its scale in a word."""
    return f"{m['sign']}{m['num']} {_SCALE_WORD[m['scale'].lower()]}"


#: a fiscal year named by the month it ends in and its year, as Japanese companies print it: "FY3/2025" (the year to
#: March 2025: "FY2025")
_FISCAL_MONTH_FIRST = re.compile(r"\bFY\s?(?:0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d{2})\b")
#: a fiscal year in two digits after an apostrophe: "fiscal '24", "FY'25" (as "fiscal 2024", "FY2025")
_FISCAL_SHORT = re.compile(r"\b((?:fiscal|financial)(?:\s+year)?\s+|FY\s?)['’](\d{2})\b(?!['’]?s\b)", re.IGNORECASE)
#: hundreds of millions of yuan said as one speaks: "3.5个亿", "一百个亿" (3.5亿元, 100亿元)
_COLLOQUIAL_YI = re.compile(r"(?<=[\d一二两兩三四五六七八九十百千几幾多])\s?(?:个亿|個億)元?(?![美港日欧歐英韩韓])")
#: a number in thousands or hundreds of 亿, as some texts print it: "1.92千亿元", "3.5百億美元" (1920亿元, 350億美元)
_HUNDREDS_OF_YI = re.compile(r"(?<![\d.,])(?P<n>\d{1,3}(?:\.\d{1,4})?)\s?(?P<m>千|百)(?P<yi>亿|億)")


def _in_yi(m: re.Match) -> str:
    """An amount in thousands or hundreds of 亿 (:data:`_HUNDREDS_OF_YI`) in 亿, exactly: "1.92千亿" as "1920亿"."""
    value = Decimal(m["n"]) * (1000 if m["m"] == "千" else 100)
    return f"{value.normalize():f}{m['yi']}"


#: a numbered paragraph's or section's number that opens a line, no figure: "4.12 Our market study estimates",
#: "2.1 总体规模" (not an amount: "2.5 亿元", "4.12 GW")
_SECTION_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){1,3}\s+(?=(?!(?:Billion|Million|Trillion|Thousand|Per)\b)[A-Z][a-z]"
                             r"|(?![亿億万萬元千百兆美港台])[\u4e00-\u9fff])")
#: a year with the same year in brackets after it, as a Taiwanese table gives the era's beside it: "2024(2024年)"
_YEAR_TWICE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*[(（](?P=y)\s*年?[)）]")
#: a financial year of two calendar years after a word that dates a figure: "in 2023-24", "by 2029/30", "in the
#: 2024-25 school year" (read as the fiscal year of its end: "in FY2024", "in the FY2025 school year"); not a span of
#: more years, nor one a fiscal year's name opens ("FY2024/25" is FY2024, as its number says)
_FINANCIAL_YEAR = re.compile(r"\b(?P<pre>(?:in|for|during|of|by|to|from|until|through|between|and|over)\s+(?:the\s+)?)"
                             r"(?P<a>(?:19|20)\d{2})\s?[-–/]\s?(?P<b>\d{2})\b(?!\s*(?:%|[-–/]\s*\d))", re.IGNORECASE)


def _financial_year(m: re.Match) -> str:
    """A financial year of two calendar years (:data:`_FINANCIAL_YEAR`) as the fiscal year of its end."""
    a, b = int(m["a"]), int(m["b"])
    return f"{m['pre']}FY{a + 1}" if b == (a + 1) % 100 else m.group(0)


#: a rise from an amount in brackets after the amount it rose to: " (up 18% y/y from £156m)", read as the clause it
#: stands for (", up 18% y/y from £156m")
_RISE_FROM_BRACKETED = re.compile(r"\s*\((?P<rise>(?:up|down|rising|falling|growing"
                                  r"|an?\s+(?:increase|rise|decline|drop)\s+of)\s+[+-]?\d[\d.]*\s?%[^()]{0,30}?"
                                  r"\bfrom\s+[^()]{0,20}?\d[^()]{0,30})\)",
                                  re.IGNORECASE)


#: a sentence that only asks of a year, before its answer: "This year? ", "And next year? ", "And 2026? "
_YEAR_QUESTION = re.compile(r"((?:^|(?<=[.!?]\s))(?:(?:and|so|what\s+about)\s+)?(?:(?:this|next|last)\s+year|(?:in\s+)?"
                            r"(?:19|20)\d{2}))\?(?=\s+(?-i:[A-Z]))", re.IGNORECASE)


_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10}
#: a year counted from the one named before it: "A year later", "two years after that", "A decade earlier", "three years
#: on", "the following year" (not "a year earlier", a base's words, nor "a year on", which may be "per year on")
_COUNTED_ON = re.compile(r"\b(?:(?P<n>(?:an?|one)(?=\s+year\s+(?:later|after))|an?(?=\s+decade)|two|three|four|five|six|seven|"
                         r"eight|nine|ten|\d{1,2})\s+(?P<unit>years?|decades?)\s+(?P<dir>later|on|after\s+that|afterwards|"
                         r"earlier|before\s+that)|the\s+following\s+year)\b", re.IGNORECASE)
#: a year, and words counted from the text's own year that stand between it and the words counted on from it
_NAMED_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?![\d.,]?\d)")
_NOW_WORDS = re.compile(r"\b(?:last|this|next)\s+year\b|\btoday\b", re.IGNORECASE)
#: where a sentence ends
SENTENCE_STOP = re.compile(r"[;。；!?！？]|\.(?!\d)")


def trimmed_end(text: str, end: int, floor: int = 0) -> int:
    """Where the text before ``end`` ends without the blanks at its end, not before ``floor`` (walked back from
    ``end``, so a long run of blanks is read once; the text is not copied).

    Examples
    --------
    >>> trimmed_end("$4.2 billion   in 2024", 15)
    12
    """
    while end > floor and text[end - 1].isspace():
        end -= 1
    return end


def counted_on(line: str) -> str:
    """A line with each year counted from the year named before it written as that year: a history told in order
    ("Revenue was $0.7 billion in 2019. A year later it had reached $0.9 billion, and two years after that $1.8
    billion" -> "… In 2020 it had reached $0.9 billion, and in 2022 $1.8 billion"). Words with no year before them
    on the line, with words counted from the text's own year ("last year") between, or in a sentence that names its own
    year after them, are left as they are.

    Examples
    --------
    >>> counted_on("It was $0.7 billion in 2019. A year later it was $0.9 billion, and two years after that $1.8 billion.")
    'It was $0.7 billion in 2019. In 2020 it was $0.9 billion, and in 2022 $1.8 billion.'
    >>> counted_on("It was worth $6.9 billion in 2024. A decade earlier the market was worth $2.3 billion.")
    'It was worth $6.9 billion in 2024. In 2014 the market was worth $2.3 billion.'
    """
    out, at, year = [], 0, None
    for m in _COUNTED_ON.finditer(line):
        named = list(_NAMED_YEAR.finditer(line, at, m.start()))
        if named:
            year, since = int(named[-1].group(1)), named[-1].end()
        else:
            since = at
        stop = SENTENCE_STOP.search(line, m.end())
        if year is None or _NOW_WORDS.search(line, since, m.start()) \
                or _NAMED_YEAR.search(line, m.end(), stop.start() if stop else len(line)):
            continue  # no year to count from, or its sentence names its own ("Two years later, … to $208 billion in 2023")
        if m.group("n"):
            n = _COUNT_WORDS.get(m.group("n").lower()) or int(m.group("n"))
            n *= 10 if m.group("unit").lower().startswith("decade") else 1
            n = -n if m.group("dir").lower().startswith(("earlier", "before")) else n
        else:
            n = 1
        year += n
        said = f"in {year}"
        out += [line[at:m.start()], said[0].upper() + said[1:] if m.group(0)[0].isupper() else said]
        at = m.end()
    return "".join(out) + line[at:] if out else line


def republic_years(line: str) -> str:
    """A line of a text of Taiwan's with every three-digit year before 年 written as its Gregorian year, as
    :func:`normalise` writes one on a line that names the Republic's era or its currency (a text that names them on
    one line counts so on all).

    Examples
    --------
    >>> republic_years("112年營業額為6,831億元，長達110年"), republic_years("| 項目 | 民國111年 |")
    ('2023年營業額為6,831億元，長達110年', '| 項目 | 2022年 |')
    """
    return _ROC_BARE.sub(_gregorian, _ROC_YEAR.sub(_gregorian, line)) if "年" in line else line


def _gregorian(m: re.Match) -> str:
    """A year of the Republic of China as the Gregorian year: 113 -> 2024."""
    return str(int(m.groupdict().get("roc") or m.group("bare")) + 1911)


def _spaced(word: str) -> str:
    """A Chinese word whose characters PDF extraction may have spread apart: 美 元."""
    if word.isascii():
        return re.escape(word)
    return r"\s*".join(map(re.escape, word))


def _alternation(words) -> str:
    return "|".join(_spaced(w) for w in sorted(words, key=len, reverse=True))


#: a printed number: thousands groups ("1,303,551"), a decimal point, or a decimal comma where it cannot be a
#: thousands separator ("678,8", "2,4": one or two digits after the comma; "4.187,2" and "4 812,6", after groups
#: of thousands separated by points or spaces, as European releases print them); at most 15 digits before the point;
#: never from inside another number (".5" is no 5), but right after "c." or "ca." (circa: "a CAGR of c.19%")
NUMBER = (r"(?:(?<![\d.])|(?<=\bc\.)|(?<=\bca\.))(?<!\d,)(?<![\d.][eE])(?<![\d.][eE][-+])(?:\d{1,3}(?:\.\d{3}){1,4},\d{1,9}(?![\d,])|\d{1,3}(?: \d{3}){1,4},\d{1,2}(?![\d,])"
          r"|\d{1,2}(?:,\d{2}){1,4},\d{3}(?:\.\d{1,9})?"  # grouped in lakhs and crores: "1,42,500", "12,34,56,789"
          r"|\d{1,3}(?:,\d{3}){1,5}(?:\.\d{1,9})?|\d{1,15},\d{1,2}(?![\d,])|\d{1,15}(?:\.\d{1,9})?)"
          r"(?!\d|,\d|,,|[eE][-+]?\d)")  # not the head of a longer run of digit groups, which is read whole or
# not at all, nor either half of a number in scientific notation ("1e3"), which no report prints
_ASCII_PRE = [w for w in PREFIX_CURRENCIES if w.isalpha() and w.isascii()]
_PRE = (r"(?P<pre>" + words([w for w in PREFIX_CURRENCIES if not (w.isalpha() and w.isascii())])
        + r"|(?:" + "|".join(_ASCII_PRE) + r")(?=\s?\d))")
_SCALE_WORDS = [w for w in SCALES if not w.isascii()]
_SCALE_EN = [w for w in SCALES if w.isascii()]
#: currency codes that are English words in lower case, read as codes only in capitals ("3.4 million try-on sessions")
_CODE_WORDS = ("TRY", "PEN", "MAD")
#: a currency's code or name after an amount ("4.1 trillion won", "EUR", "US dollars"), from the vocabulary
_POST_EN = (r"(?:(?:US |U\.S\. )?(?:" + words([w for w in CURRENCIES if w.isascii() and w.isalpha()
                                                 and w not in _CODE_WORDS
                                                 and (w.islower() or len(w) == 3 and w.isupper())])
            + r"|(?-i:" + words(_CODE_WORDS) + r")))\b")
_POST = r"(?P<post>" + _alternation([w for w in CURRENCIES if not w.isascii() and len(w) > 1 or w in "元円"]) \
    + "|" + _POST_EN + ")"
_SCALE = _alternation(_SCALE_WORDS) + r"|(?:" + "|".join(sorted(_SCALE_EN, key=len, reverse=True)) + r")\b"
#: a number in thousands groups set apart by plain spaces ("1 000", "12 500 000"), as SI and French style print
#: them: read only where its currency or scale is printed with it ("USD 1 000 billion", "2 500 companies"), never in
#: a row of single-spaced cells ("100 300"), nor after a year ("in 2024 1 000": the first group has three digits at
#: most and every other exactly three); the groups are taken whole, never given back, so that a long run of
#: single-spaced numbers costs its length once
_SPACED_DIGITS = r"\d{1,3}(?: \d{3})++(?:\.\d{1,9})?(?![\d,]| \d)"
#: words a number names, as a label, before a figure: "Tier 1 250 billion", "phase 2 200 million", "Top 10 500"
_LABELS = ("tier", "phase", "stage", "level", "top", "round", "gen", "series", "class", "grade", "step", "wave", "part",
           "no.", "version")
#: where a spaced number may start: not inside a token ("Q4 150 million" is 150, "2024Q4 500亿元" 500), nor after
#: another number and a space unless that is a year ("in 2024 1 000"), nor after a label's number ("Tier 1 250")
_APART = (r"(?<![\dA-Za-z.,])(?:(?<!\d )|(?<=(?<![\d.,])(?:19|20)\d\d ))"
          + "".join(r"(?<!\b(?i:" + re.escape(w) + r") )" for w in _LABELS))
SPACED = _APART + _SPACED_DIGITS
_POST_UNNAMED = _POST.replace("?P<post>", "")  # :data:`_POST` with no group name, for the lookaheads
MONEY = re.compile(
    _PRE + r"?\s?(?P<num>(?(pre)|" + _APART + ")" + _SPACED_DIGITS + r"(?(pre)|(?=\s*(?:" + _SCALE + "|"
    + _POST_UNNAMED + r")))|" + NUMBER + r")\s*(?:-\s*(?=[^\d\s]))?(?P<scale>" + _SCALE + r")?"
    + r"(?:(?<=Mio|Mrd)\.(?=\s?" + _POST_UNNAMED + r"))?\s*"  # "41,3 Mrd. EUR", "214 Mio. Euro"
    + _POST + "?", re.IGNORECASE)
#: "1兆3,412億日圓": 兆 before 億 can only be 10^12 (兆 alone means 10^6 or 10^12 by region, so it is not read)
COMPOUND = re.compile(_PRE + r"?\s?(?P<hi>\d{1,4})\s*(?:兆|万亿|萬億)\s*(?P<lo>" + NUMBER + r")\s*(?P<scale>亿|億)\s*" + _POST + "?")
#: an amount with no numeral: "突破万亿元" (one trillion yuan), "超过千亿美元", "突破人民幣兆元"
NUMERAL_LESS = re.compile(r"(?P<cue>突破|超过|超過|超|逾|达到|達到|达|達|迈上|邁上|跨越|迈入|邁入)\s*" + _PRE
                          + r"?\s*(?P<scale>万亿|萬億|兆|千亿|千億|百亿|百億|十亿|十億)\s*"
                          + _POST)
#: a percentage; a minus sign right after a number or a percent joins a range ("8%-12%", "8-12%"): no sign
PERCENT = re.compile(r"(?P<neg>(?<![\d%])[-−]|\()?\s?(?P<num>" + NUMBER + r")\s?\)?\s?(?:%|percent\b|per cent\b|(?-i:pc)\b)",
                     re.IGNORECASE)  # "27pc", as some newspapers print it
#: a number in Chinese numerals alone, from its first numeral (a start inside the run would be tried to its end)
_CJK_NUMERALS_RUN = f"(?<![{_CJK_NUMERALS}])[{_CJK_NUMERALS}]+"
_EN_FOLD = "|".join(sorted(_ONES[1:] + _TENS, key=len, reverse=True)) + "|hundred"  # "nineteenfold", "thirtyfold"
MULTIPLE = re.compile(r"(?<![A-Za-z])(?P<num>" + NUMBER + r"|" + _CJK_NUMERALS_RUN + r"|" + _EN_FOLD + r")\s*(?:倍|times\b|x\b|-?\s?fold\b)"
                      # the sign first, as a slide prints it against a year: "x3.2 vs. 2019", "×2 versus 2020"
                      r"|(?<![A-Za-z\d])[x×]\s?(?P<lead>" + NUMBER + r")(?![\d.,%A-Za-z]|\s%)"
                      r"(?=\s*(?:vs\.?|versus|over|compared)\b|(?<=\.\d)|(?<=\.\d\d))"
                      # not "double-digit growth", "doubling down", "double counting"
                      r"|(?<![A-Za-z])(?P<word>" + words(MULTIPLE_WORDS) + r")"
                      r"(?![A-Za-z]|[- ](?:digits?|down|edged|count(?:ed|ing)?|click)\b)", re.IGNORECASE)
YEAR = re.compile(r"(?<![\d.])(?<!\d,)(?<![$€£¥])(?<![$€£¥]\s)(?:FY\s?)?(?P<year>(?:19|20)\d{2})(?P<e>\s?[EF]\b|[EFef](?=[^a-zA-Z]|$))?"
                  r"(?!\d|\.\d|(?:[.,]\d{1,2})?\s?(?:%|倍|亿|億|万|萬|千|个|家|人|元|美元|million|billion|trillion|bn|mn))")
SHORT_YEAR = re.compile(r"(?<![\d.])(?P<year>[0-3]\d)年(?=\d{1,2}月)")
#: words that make "¥" the yen (it is the yuan's sign too, and the yuan's by default)
YEN_CUE = re.compile(words(YEN_CUES), re.IGNORECASE)
#: a part of a year glued to its year in two digits: "4Q12", "Q3'24", "1H25"
SHORT_PART_YEAR = re.compile(r"(?<![A-Za-z\d])(?:[1-4]Q|Q[1-4]|[12]H|H[12])'?(?P<year>[12]\d)(?![\d%]|[.,]\d)", re.IGNORECASE)
#: a fiscal (or a broker's calendar) year in two digits: "FY25", "FY'28", "FY 24E", "CY25E", "FY25e"
SHORT_FY = re.compile(r"(?<![A-Za-z\d])[FC]Y\s?'?(?P<year>\d{2})(?![\d%]|[.,]\d)(?P<e>\s?[EF]\b|[ef]\b)?")
#: a small count, in digits or in words: "five", "10" (years a span or a multiple takes)
SMALL_COUNT = r"\d{1,2}|two|three|four|five|six|seven|eight|nine|ten"
#: a span named by its length and its last year: "over the five years to 2029", "in the decade through 2034"
YEARS_TO = re.compile(r"(?:over|in|during|across|for)\s+the\s+(?:past\s+|last\s+|previous\s+|next\s+|coming\s+)?"
                      r"(?:(?P<n>" + SMALL_COUNT + r")\s+years?|(?P<decade>decade))\s+"
                      r"(?:to|through|thru|until|till|ending(?:\s+in)?)\s+(?:FY\s?)?(?P<b>(?:19|20)\d{2})(?!\d)(?P<e>E)?",
                      re.IGNORECASE)
#: a year in two digits after an apostrophe, as notes and slides shorten it: "TAM '24", "'29E", "in ’25", "'24A" (an
#: actual; not "'90s")
APOSTROPHE_YEAR = re.compile(r"(?<![A-Za-z\d'’])['’](?P<year>[0-4]\d)(?:(?P<e>[EF])|A)?(?![A-Za-z\d%]|[.,]\d)")
#: a span of such years: "'24-'29E", "’24–30"
APOSTROPHE_RANGE = re.compile(r"(?<![A-Za-z\d'’])['’](?P<a>[0-4]\d)[AEFP]?\s?(?:-|–|—|~|to|→)\s?['’]?"
                              r"(?P<b>[0-4]\d)(?P<e>E)?(?![A-Za-z\d%]|[.,]\d)")
#: a span of fiscal (or calendar) years in two digits: "FY24-FY30", "FY25–28", "CY25-28E"
FY_RANGE = re.compile(r"(?<![A-Za-z\d])(?P<kind>[FC])Y\s?'?(?P<a>\d{2})(?:\s?(?:-|–|—|~|to|through)|(?<=between [FC]Y\d\d)\s+and(?=\s+[FC]Y))"
                      r"\s?(?:(?P=kind)Y\s?'?)?(?P<b>\d{2})"
                      r"(?![\d%]|[.,]\d)(?P<e>E)?")
RANGE = re.compile(r"(?<![\d.])(?<!\d,)(?:FY\s?)?(?P<a>(?:19|20)\d{2})[AEFP]?\s?(?:年)?\s?(?:-|–|—|~|至|到|to|through|→|->)\s?"
                   r"(?:FY\s?)?"
                   # two digits end a span only after a dash ("2023-25"): "in 2024 to 28.6 million" is no span
                   r"(?P<b>(?:19|20)\d{2}|(?:(?<=FY)|(?<=FY\s)|(?<![A-Za-z至到]\s)(?<![A-Za-z至到]))\d{2}(?![.,]\d))(?!\d)(?P<e>E)?")
#: a span of two-digit years right after "CAGR", as slides print it: "CAGR 24–28E", "CAGR（24-27E）", "CAGR '24-'30E"
CAGR_SHORT_RANGE = re.compile(r"(?:(?<=CAGR)|(?<=CAGR )|(?<=CAGR\()|(?<=CAGR \()|(?<=CAGR（))'?(?P<a>[0-4]\d)[AEFP]?\s?[-–—~]\s?'?"
                              r"(?P<b>[0-4]\d)(?P<e>E)?(?![\d.,%])", re.IGNORECASE)
FROM_TO = re.compile(r"(?:from|between|从|從|由)\s?(?:fiscal\s+|FY\s?)?(?P<a>(?:19|20)\d{2})\s?年?[^\d]{0,12}?"
                     r"(?:to|and|through|至|到)\s?(?:fiscal\s+|FY\s?)?(?P<b>(?:19|20)\d{2})(?!\d)", re.IGNORECASE)
COUNT = re.compile(r"(?!(?:19|20)\d{2}\s+[A-Za-z])(?P<num>" + SPACED + "|" + NUMBER + r")\s*(?P<scale>万亿|萬億|亿|億|万|萬)?\s*(?P<word>个(?!月|百分点|(?:[和、与與及或]\s*\d[\d.]*\s*个)+百分点)|家|轮|款|项|名|位|人|套|台(?![灣湾北中南东東幣币])|部|辆|輛|件|颗|顆|片|块|塊|(?:\s+(?!in\b|of\b|to\b|and\b|the\b)[A-Za-z][\w-]*){0,3}\s+(?:companies|models|rounds|deals|transactions|startups|patents|units|devices|"
                   r"vehicles|robots|servers|installations|contracts|apps|applications|data centres|data centers|cars|trucks|"
                   r"buses|EVs|BEVs|PHEVs|registrations|subscribers|users|customers|smartphones|phones|PCs|tablets|wafers|chips)\b)")
#: a quantity in a physical unit an AI market report projects over years: computing power ("414.1 EFLOPS"), power
#: ("5 GW"), energy ("120 TWh") and data ("175 ZB"); the unit as printed, its prefix kept
PHYSICAL = re.compile(r"(?P<num>" + NUMBER + r")\s?(?P<unit>[TPEZ]\s?(?:FLOPS|Flops|flops)|[MGT]Wh?|[PEZ]B)(?![A-Za-z])"
                      # and in Chinese, with a scale word before it: "9.85万亿千瓦时", "2.1太瓦时", "35吉瓦", "10.2亿吨"
                      r"|(?P<cnum>" + NUMBER + r")\s?(?P<cunit>(?:万亿|萬億|亿|億|万|萬)?(?:[太吉兆千]瓦[时時]?|吨|噸)(?!/))")
DURATION = re.compile(r"(?:(?P<pre>未来|未來|next|over the next|over|in the next|within|in|(?P<back>(?:(?:over|in|during)\s+)?"
                      r"the\s+(?:past|last|previous)|过去|過去|近))\s*)?(?<![\d.])(?P<num>\d{1,2}(?!\d)|" + _CJK_NUMERALS_RUN
                      + r"|two|three|four|five|six|seven|eight|nine|ten)\s*(?:年|years?\b)"
                      r"(?(pre)(?:来|來)?|(?:来|來))", re.IGNORECASE)  # "over the past 10 years", "10年來" (``back``, or ending in 来)
_EN_NUMBERS = _WORD_VALUE | {"hundred": 100}


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
    >>> parse_number("1,303,551"), parse_number("28.20").step, parse_number("678,8").value
    (Number(value=1303551.0, step=1.0, text='1,303,551'), 0.01, 678.8)
    >>> parse_number("4.187,2").value, parse_number("4 812,6").value, parse_number("4 812,6").step
    (4187.2, 4812.6, 0.1)
    >>> parse_number("1 000").value, parse_number("12 500.5").step, parse_number("1,42,500").value
    (1000.0, 0.1, 142500.0)
    """
    if re.fullmatch(r"\d+,\d{1,2}|\d{1,3}(?:[. ]\d{3})+,\d+", text):  # a decimal comma: "678,8", "4.187,2", "4 812,6"
        digits = text.replace(".", "").replace(" ", "").replace(",", ".")
    else:
        digits = text.replace(",", "").replace(" ", "")  # "1,303,551", "1 000"
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
    if text.lower() in MULTIPLE_WORDS:  # "Triple" and "DOUBLED" in a headline's capitals
        return MULTIPLE_WORDS[text.lower()]
    if text.lower() in _EN_NUMBERS:
        return _EN_NUMBERS[text.lower()]
    import cn2an

    return int(cn2an.cn2an(text, "smart"))


def unit_name(currency: str | None, scale: str | None, noun: str = "count") -> str:
    """The unit name used in packages: ``USD million``, ``CNY 100 million``, ``people 10 thousand``."""
    head = currency or noun
    return head if scale is None else f"{head} {SCALES[scale][1]}"


_COUNT_NOUNS = tuple((noun, re.compile(pattern, re.IGNORECASE)) for noun, pattern in COUNT_NOUNS)


def count_noun(text: str, start: int = 0, end: int | None = None) -> str:
    """What a count counts, by the words of ``text[start:end]`` (searched in place, so that neither "机器人" nor
    "无人机" is read as "人"): ``"people"``, ``"parameters"`` or ``"count"``.

    Examples
    --------
    >>> from aimarket.extract.numbers import count_noun
    >>> count_noun("Monthly active users (million)"), count_noun("人工智能企业数量"), count_noun("工业机器人")
    ('people', 'count', 'count')
    >>> count_noun("注册无人机数量"), count_noun("无人驾驶出租车用户")  # "无人": unmanned, no people
    ('count', 'people')
    """
    end = len(text) if end is None else end
    return next((noun for noun, pattern in _COUNT_NOUNS if pattern.search(text, start, end)), "count")


def scale_key(word: str | None) -> str | None:
    """The SCALES key of a matched scale word (case and inner spaces ignored)."""
    if word is None:
        return None
    w = re.sub(r"\s+", "", word)
    spaced = " ".join(word.split()).lower()  # "lakh crore": a scale of two words
    return w if w in SCALES else spaced if spaced in SCALES else w.lower()


def yuan_of_text(texts: list[str]) -> str:
    """The currency a bare 元 stands for in a text (``texts``, its lines): the New Taiwan or Hong Kong dollar where the
    text names that currency and never the renminbi ("新台幣5.28兆元" … "衝5兆元"), the New Taiwan dollar where it names
    none and counts the years of the Republic of China ("114年第4季"), or names no currency and places of Taiwan (or
    Hong Kong) only, else the yuan.

    Examples
    --------
    >>> yuan_of_text(["產值達新台幣5.28兆元", "全年衝5兆元"]), yuan_of_text(["港幣120億元", "人民幣80億元"])
    ('TWD', 'CNY')
    >>> yuan_of_text(["114年第4季營業額達1,907.1億元"]), yuan_of_text(["台北報導", "全國工廠總營收達21.9兆元"])
    ('TWD', 'TWD')
    """
    joined = " ".join(texts)
    named = {currency_of(m.group(0)) for m in _YUAN_NAMES.finditer(joined)
             if not _SHARE_PRICE_BEFORE.search(joined, max(0, m.start() - 16), m.start())}
    if not named and _ROC_YEAR.search(joined):  # a text that counts the years of the Republic of China is Taiwan's
        return "TWD"
    if not named:  # a text that names no currency and places of one only: "台北即時報導 … 台灣製造業 … 21.9兆元"
        named = {YUAN_PLACES[m.group(0)] for m in _YUAN_PLACE.finditer(joined)}
    return named.pop() if len(named) == 1 and "CNY" not in named else "CNY"


def dollar_of_text(texts: list[str]) -> str:
    """The currency a bare "$" stands for in a text (``texts``, its lines): the dollar of the country whose statistics
    office or central bank the text names (:data:`~aimarket.extract.vocabulary.DOLLAR_SOURCES`: "Statistics Canada"
    gives CAD), where it names one such country only and never the US dollar ("US$", "USD"); else the US dollar.

    Examples
    --------
    >>> dollar_of_text(["E-commerce sales reached $7.7 billion in 2012, Statistics Canada said."])
    'CAD'
    >>> dollar_of_text(["Statistics Canada: exports of US$5 billion", "$3 billion"]), dollar_of_text(["$3 billion"])
    ('USD', 'USD')
    """
    joined = " ".join(texts)
    if _US_DOLLAR.search(joined):
        return "USD"
    named = {c for name, c in DOLLAR_SOURCES.items() if name in joined}
    return named.pop() if len(named) == 1 else "USD"


def yen_of_text(texts: list[str]) -> str:
    """The currency a bare "¥" stands for in a text (``texts``, its lines): the yen where the text names Japan (or the
    yen) or counts fiscal years that end in March, as Japan's do ("¥ billion; fiscal years ended March", "3月期"),
    never China's currency, and Japan before any mention of China ("TOKYO — … orders from plants in China
    weakened"); the yen too in a text of no Chinese characters that names neither country nor the yuan (English
    writing signs the yen "¥" and the yuan "RMB" or "yuan"); else the yuan.

    Examples
    --------
    >>> yen_of_text(["Japan Robotics Association", "Sales reached ¥41.8 billion in 2024."])
    'JPY'
    >>> yen_of_text(["TOKYO — Sales fell to ¥1.2 trillion as orders from China weakened."])
    'JPY'
    >>> yen_of_text(["China and Japan", "¥41.8 billion"]), yen_of_text(["Japan", "¥4 billion, or 0.2 billion yuan"])
    ('CNY', 'CNY')
    >>> yen_of_text(["¥41.8 billion"]), yen_of_text(["市场规模达¥41.8亿元"])
    ('JPY', 'CNY')
    """
    joined = " ".join(texts)
    japan, china = YEN_CUE.search(joined) or _MARCH_YEAR_END.search(joined), _CHINA.search(joined)
    if not japan and not china and not _YUAN.search(joined) and not _CJK.search(joined):
        return "JPY"  # English prose's "¥" is the yen's sign; the yuan's is "RMB" or "yuan"
    return "JPY" if japan and not _YUAN.search(joined) and (not china or japan.start() < china.start()) else "CNY"


#: fiscal years that end in March, as Japan's do: "fiscal years ended March", "FY ending 31 March", "2025年3月期"
_MARCH_YEAR_END = re.compile(r"\b(?:fiscal\s+)?(?:years?|FY)\s+(?:ended|ending|ends|to)\s+(?:on\s+)?(?:31\s+)?March\b|3月期",
                             re.IGNORECASE)
#: a text that names China's currency: its bare "¥" may be the yuan
_YUAN = re.compile(r"人民币|人民幣|\bRMB\b|\bCNY\b|\byuan\b", re.IGNORECASE)
#: a text that names China: its bare "¥" is the yuan unless it names Japan first
_CHINA = re.compile(r"\bChin(?:a|ese)\b|中国|中國|大陆|大陸", re.IGNORECASE)


#: a Chinese character: a text that prints one is read as China's where it names no country
_CJK = re.compile(r"[\u4e00-\u9fff]")


#: a text that names the US dollar: its bare "$" is that
_US_DOLLAR = re.compile(r"US\$|\bUSD\b|U\.S\.\s+dollars?|US\s+dollars?|American\s+dollars?")


#: a place whose 元 is a currency of its own (:data:`~aimarket.extract.vocabulary.YUAN_PLACES`)
_YUAN_PLACE = re.compile(words(YUAN_PLACES))


#: the words that name a currency counted in 元: the renminbi, the New Taiwan and the Hong Kong dollar
_YUAN_NAMES = re.compile("|".join(re.escape(w) for w, c in sorted(CURRENCIES.items(), key=lambda i: -len(i[0]))
                                  if c in ("CNY", "TWD", "HKD") and w not in ("元", "¥", "yuan")), re.IGNORECASE)


#: a share's price right before a currency's name ("目标价7.8港元"): a mainland broker's note on a Hong Kong listing
#: prices the shares in Hong Kong dollars and sizes its market in yuan
_SHARE_PRICE_BEFORE = re.compile(r"(?:目标价|目標價|股价|股價|每股|收盘价|收盤價|收市价|收市價)[^\d，,。；;]{0,4}\d[\d,.]*\s*$")


def currency_of(word: str | None) -> str | None:
    if word is None:
        return None
    w = re.sub(r"\s+", "", word)
    return CURRENCIES.get(w) or CURRENCIES.get(w.upper()) or CURRENCIES.get(w.lower())
