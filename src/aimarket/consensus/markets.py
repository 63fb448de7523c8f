"""Which market a series measures: its subject's noun phrase, normalised, looked up in the markets' names.

The names live in the package's ``markets`` resource (one row per market, names in each language);
this module holds only the generic words of such phrases: articles, years, units, "market size", and
the synonyms one language has for one word (worldwide/global, artificial intelligence/AI, 全球/世界,
人工智能/AI). A subject whose normalised phrase is no market's name is left unplaced and reported; an English
subject without a region is read as worldwide when that is a market's name, and says so.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

import pandas as pd

__all__ = ["normalise", "market_names", "match_markets", "place"]

#: one word for the several a language has for it (longest first when applied)
SYNONYMS = {
    "artificial intelligence": "ai", "a.i.": "ai", "人工智能": " ai ",
    "worldwide": "global", "world": "global", "world's": "global", "international": "global",
    "全世界": " 全球 ", "世界": " 全球 ", "海外": " 海外 ",
    "genai": "generative ai", "gen ai": "generative ai", "gen-ai": "generative ai",
    "生成式": " 生成式 ",
}
#: words that say what is measured or when, not which market (English: whole words)
STOP_EN = {"the", "a", "an", "of", "in", "for", "its", "this", "that", "total", "overall", "entire", "market",
           "markets", "size", "sizes", "value", "valuation", "revenue", "revenues", "sales", "industry", "sector",
           "space", "year", "years", "fiscal", "calendar",
           "usd", "dollars", "dollar", "billion", "million", "trillion", "bn", "mn", "tn", "cny", "rmb",
           "yuan", "eur", "euros", "gbp", "jpy", "yen", "percent"}
#: words after which a headline says what the market does, not what it is ("Global AI market to pass $1 trillion")
VERBS = {"to", "will", "would", "could", "should", "may", "might", "is", "are", "was", "were", "be", "set",
         "poised", "grow", "grows", "grew", "reach", "reaches", "reached", "hit", "hits", "pass", "passes", "worth",
         "valued", "expected", "projected", "estimated", "forecast", "surge", "surges", "soar", "soars", "tops"}
#: the same in Chinese (substrings, longest first)
STOP_ZH = ("市场规模", "产业规模", "行业规模", "市场", "规模", "产业", "行业", "总体", "整体", "的", "年度", "年",
           "预计", "将", "达到", "亿美元", "亿元", "万亿", "万元", "美元", "亿", "约")
_BY = re.compile(r"\bby (?:segment|region|type|component|application|country|vertical|end[- ]use[a-z]*|"
                 r"technology|function|offering|deployment|industry)\b.*$")
_YEARS = re.compile(r"(?:fy)?(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?\s*年?|\d+(?:[.,]\d+)*\s*%?")
_CJK = r"\u3400-\u9fff"


def normalise(phrase: object) -> str:
    """A subject's noun phrase as a key: lower case, no articles, years, units or "market size", one word per synonym.

    Parameters
    ----------
    phrase : str
        A series title or a market's name, in English or Chinese.

    Returns
    -------
    str
        Space-separated words; "" when nothing names a market.

    Examples
    --------
    >>> from aimarket.consensus import normalise
    >>> normalise("The worldwide artificial intelligence (AI) market size, 2023")
    'global ai'
    >>> normalise("全球人工智能市场规模") == normalise("Global AI market")
    False
    >>> normalise("全球人工智能市场规模")
    '全球 ai'
    """
    if not isinstance(phrase, str):
        return ""
    text = unicodedata.normalize("NFKC", phrase).lower()
    text = re.sub(rf"(?<=[{_CJK}])(?=[a-z0-9])|(?<=[a-z0-9])(?=[{_CJK}])", " ", text)   # 中国AIGC -> 中国 aigc
    text = re.sub(r"\(([^()]*)\)", r" \1 ", text)
    text = _BY.sub(" ", text)
    for word in sorted(SYNONYMS, key=len, reverse=True):
        if re.fullmatch(r"[a-z .'-]+", word):
            text = re.sub(rf"(?<![a-z]){re.escape(word)}(?![a-z])", SYNONYMS[word], text)
        else:
            text = text.replace(word, SYNONYMS[word])
    text = _YEARS.sub(" ", text)
    for word in STOP_ZH:
        text = text.replace(word, " ")
    text = re.sub(rf"[^a-z0-9{_CJK}]+", " ", text)
    words = text.split()
    while words and (words[0] in VERBS or words[0] in STOP_EN):   # "Estimated global AI market"
        words = words[1:]
    cut = next((k for k, w in enumerate(words) if w in VERBS), len(words))   # a headline: "X market to pass ..."
    words = [_singular(w) for w in words[:cut] if w not in STOP_EN]
    out = [w for k, w in enumerate(words) if k == 0 or w != words[k - 1]]   # "ai (ai)" -> "ai"
    return " ".join(out)


def _singular(word: str) -> str:
    """chips -> chip, services -> service (both sides of a match are normalised alike)."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def market_names(markets: pd.DataFrame) -> dict[str, str]:
    """Every normalised name of every market: ``{key: market}``; a name two markets share raises.

    Examples
    --------
    >>> import aimarket as am
    >>> from aimarket.consensus import market_names
    >>> market_names(am.read_package(am.datapackage.bundled_path()).markets)["global ai"]
    'global_ai'
    """
    out: dict[str, str] = {}
    cols = [c for c in markets.columns if c.startswith("names") or c in ("market", "label")]
    for row in markets[cols].itertuples(index=False):
        row = row._asdict()
        names = [row["market"].replace("_", " "), row["label"]]
        for col in cols:
            if col.startswith("names") and isinstance(row[col], str):
                names += row[col].split("|")
        for name in names:
            key = normalise(name)
            if not key:
                continue
            if out.get(key, row["market"]) != row["market"]:
                raise ValueError(f"markets: the name {name!r} ({key!r}) belongs to both {out[key]!r} and "
                                 f"{row['market']!r}; give it to one of them")
            out[key] = row["market"]
    return out


def place(title: object, names: dict[str, str]) -> tuple[str | None, str]:
    """The market a title names and how it was found, or ``(None, why not)``.

    Examples
    --------
    >>> from aimarket.consensus import place
    >>> place("worldwide AI market", {"global ai": "global_ai"})
    ('global_ai', "'global ai' is a name of global_ai")
    >>> place("AI market", {"global ai": "global_ai"})[0]     # an English market without a region: worldwide
    'global_ai'
    >>> place("人工智能市场", {"global ai": "global_ai"})[0] is None
    True
    """
    key = normalise(title)
    if not key:
        return None, f"{title!r} names no market once its years, units and generic words are set aside"
    if key in names:
        return names[key], f"{key!r} is a name of {names[key]}"
    if f"global {key}" in names and not re.search(f"[{_CJK}]", str(title)):
        return names[f"global {key}"], (f"{key!r} names no region: read as worldwide, {names['global ' + key]} "
                                         f"({'global ' + key!r}), as an English report's market without a region is")
    close = difflib.get_close_matches(key, list(names), n=2, cutoff=0.5)
    hint = "; closest: " + ", ".join(f"{names[c]} ({c!r})" for c in close) if close else ""
    return None, f"{key!r} is no market's name{hint}; add it to a market's names or set the series' market"


def match_markets(package) -> pd.DataFrame:
    """The market of every series in a package: the one its ``market`` column sets, else the one its title names.

    Parameters
    ----------
    package : Package
        Any package; its ``markets`` resource (the bundled names, extended by its own) is the vocabulary.

    Returns
    -------
    pandas.DataFrame
        One row per series: ``series``, ``title``, ``kind``, ``source``, ``key`` (the normalised title),
        ``market`` (None where no market is placed) and ``how`` (set in the package, matched, or why not).

    Examples
    --------
    >>> import aimarket as am
    >>> m = am.match_markets(am.read_package(am.datapackage.bundled_path())).set_index("series")
    >>> m.loc["china_ai", "market"]
    'china_ai'
    """
    from ..catalog import resolve_package

    pkg = resolve_package(package)
    names = market_names(pkg.markets)
    rows = []
    for s in pkg.series.itertuples(index=False):
        set_by_user = isinstance(s.market, str) and s.market
        market, how = (s.market, "set in the package") if set_by_user else place(s.title, names)
        rows.append({"series": s.series, "title": s.title, "kind": s.kind, "source": s.source,
                     "key": normalise(s.title), "market": market, "how": how})
    return pd.DataFrame(rows, columns=["series", "title", "kind", "source", "key", "market", "how"])
