"""Many reports side by side: a stack of documents as one package, markets matched across them, and one
market's forecasts compared across publishers and editions.

:func:`stack` reads files (anything :func:`aimarket.extract` reads) and packages into one package, each
document keeping its series and its source, with the publisher and edition its text states;
:func:`match_markets` places each series in a market of the ``markets`` vocabulary by its title;
:func:`consensus` puts one market's sources in one unit at a common year, with the median, range,
spread and outliers; :func:`revisions` follows one publisher's editions; :func:`market_constraints`
checks a part market against its whole across sources.
"""

from __future__ import annotations

from .markets import market_names, match_markets, normalise, place
from .publishers import detect_edition, detect_publisher, edition_date, publisher_key
from .stack import stack
from .table import OUTLIER_FACTOR, consensus, market_constraints, revisions

__all__ = ["stack", "consensus", "revisions", "market_constraints", "match_markets", "normalise", "place",
           "market_names", "detect_publisher", "detect_edition", "edition_date", "publisher_key", "OUTLIER_FACTOR"]
