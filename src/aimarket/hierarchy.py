"""A series' items as one summing matrix, and the reconciliation methods that make values coherent over it.

A :class:`Hierarchy` is built once per series from the items' parents: its summing matrix ``S`` (nodes x
leaves) maps leaf values to every node. A reconciliation method is a small class, as in
hierarchicalforecast: it says how uncertain each value is (the diagonal of a covariance ``W``, years x
nodes), and :meth:`Reconciliation.projection` turns that into the per-year map
``S (S' W^-1 S)^-1 S' W^-1`` from incoherent to coherent values, built once and applied to any number of
paths. :data:`METHODS` holds every registered method by name; a new one is one class calling
:func:`register_method`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType

import numpy as np
import pandas as pd

from .errors import unknown

__all__ = ["Hierarchy", "Reconciliation", "Projection", "BottomUp", "OLS", "WLSStructural", "MinTScaled",
           "METHODS", "RECONCILIATIONS", "register_method", "method_of", "MAX_RECONCILE_BYTES", "DENSE_BYTES"]

#: the most memory the reconciliation matrices of one projection may take
MAX_RECONCILE_BYTES = 2 * 2**30


@dataclass(frozen=True)
class Hierarchy:
    """The items of one series, their parents and the summing matrix, built once.

    Attributes
    ----------
    items : tuple of str
        Every node, in the report's order.
    leaves : tuple of str
        The nodes without children.
    S : ndarray
        Summing matrix, nodes x leaves: ``S @ leaf_values`` gives every node.
    parent : dict
        Each item's parent (None for a root).

    Examples
    --------
    >>> import pandas as pd
    >>> from aimarket.hierarchy import Hierarchy
    >>> h = Hierarchy.from_frame(pd.DataFrame({"item": ["T", "a", "b"], "parent": [None, "T", "T"]}))
    >>> h.S.tolist(), h.leaves
    ([[1.0, 1.0], [1.0, 0.0], [0.0, 1.0]], ('a', 'b'))
    """

    items: tuple
    leaves: tuple
    S: np.ndarray = field(repr=False)
    parent: dict = field(repr=False)

    @classmethod
    def from_frame(cls, obs: pd.DataFrame) -> Hierarchy:
        """The hierarchy of a frame with ``item`` and ``parent`` columns, by an iterative walk that refuses
        cycles and unknown parents."""
        order = list(dict.fromkeys(obs["item"]))
        parent = dict(obs.drop_duplicates("item").set_index("item")["parent"])
        parent = {i: parent_of(p) for i, p in parent.items()}
        index = {item: r for r, item in enumerate(order)}
        for item, p in parent.items():
            if p is not None and p not in index:
                raise ValueError(f"frame: the parent {p!r} of {item!r} is not an item of the frame")
        has_child = {p for p in parent.values() if p is not None}
        leaves = [i for i in order if i not in has_child]
        done: set = set()
        for start in order:  # every node reaches a root: no cycles
            node, path = start, set()
            while node is not None and node not in done:
                if node in path:
                    raise ValueError(f"frame: the hierarchy has a cycle through {node!r}")
                path.add(node)
                node = parent[node]
            done |= path
        S = np.zeros((len(order), len(leaves)))
        for k, leaf in enumerate(leaves):
            node = leaf
            while node is not None:
                S[index[node], k] = 1.0
                node = parent[node]
        return cls(tuple(order), tuple(leaves), S, parent)

    @cached_property
    def top(self) -> int:
        """Index of the first item without a parent (the total)."""
        return next(r for r, item in enumerate(self.items) if self.parent.get(item) is None)

    @cached_property
    def leaf_index(self) -> np.ndarray:
        """The node index of each leaf, in the order of ``S``'s columns."""
        index = {item: r for r, item in enumerate(self.items)}
        return np.array([index[x] for x in self.leaves], dtype=int)

    @cached_property
    def children(self) -> dict:
        """Node index -> the node indices of its children."""
        index = {item: r for r, item in enumerate(self.items)}
        out: dict = {}
        for item, p in self.parent.items():
            if p is not None:
                out.setdefault(index[p], []).append(index[item])
        return out


#: the largest per-year maps (years x nodes x nodes) formed densely to apply to many paths at once
DENSE_BYTES = 256 * 2**20


@dataclass(frozen=True)
class Projection:
    """The map of one reconciliation from incoherent to coherent values, built once: ``S @ G[year]``.

    ``G`` is years x leaves x nodes (the leaf values each year's values imply). Many paths go through the
    dense map ``S @ G`` (one product per path and year, formed on first use); a few paths over a large
    hierarchy go through ``G`` and then ``S``, which never forms a nodes x nodes matrix.
    """

    S: np.ndarray
    G: np.ndarray

    @cached_property
    def dense(self) -> np.ndarray:
        """The per-year map, years x nodes x nodes."""
        return np.einsum("nm,ymk->ynk", self.S, self.G)

    def __call__(self, Y: np.ndarray) -> np.ndarray:
        """``Y``: paths x years x nodes -> the same shape, every parent the sum of its children."""
        T, n = self.G.shape[0], self.S.shape[0]
        if Y.shape[0] >= n and T * n * n * 8 <= DENSE_BYTES:
            return np.einsum("ynk,pyk->pyn", self.dense, Y)
        return np.einsum("nm,pym->pyn", self.S, np.einsum("ymk,pyk->pym", self.G, Y))


class Reconciliation:
    """A reconciliation method: the variances of the values (years x nodes) and the projection they give.

    Subclasses set ``name`` and ``description`` and define :meth:`variances`, or override
    :meth:`projection` altogether (as bottom-up does).
    """

    name: str = ""
    description: str = ""

    def variances(self, h: Hierarchy, level: np.ndarray, printed: np.ndarray | None = None,
                  spread: np.ndarray | None = None) -> np.ndarray:  # pragma: no cover - abstract
        """The diagonal of ``W`` per year, years x nodes."""
        raise NotImplementedError

    def projection(self, h: Hierarchy, level: np.ndarray, printed: np.ndarray | None = None,
                   spread: np.ndarray | None = None) -> Projection:
        """Per year, ``G = (S' W^-1 S)^-1 S' W^-1`` for the variances of ``level`` (years x nodes).

        ``printed`` holds each printed value's rounding step (nan where the value is not printed) and
        ``spread`` the log standard deviation of every other value; methods that ignore them may.
        """
        S = h.S
        T, n, m = level.shape[0], S.shape[0], S.shape[1]
        need = T * m * (3 * n + m) * 8
        if need > MAX_RECONCILE_BYTES:
            raise ValueError(f"the hierarchy has {n:,} items over {T} years; reconciling it would take about "
                             f"{need / 2**30:,.1f} GB, more than the limit of {MAX_RECONCILE_BYTES / 2**30:g} GB "
                             "(use reconciliation='bottom_up', or fewer items)")
        winv = 1.0 / self.variances(h, level, printed, spread)       # years x n
        StW = S.T[None, :, :] * winv[:, None, :]                     # years x m x n
        A = StW @ S                                                  # years x m x m
        return Projection(S, np.linalg.solve(A, StW))

    def __repr__(self) -> str:
        return f"<{self.name} reconciliation>"


_METHODS: dict = {}
#: every registered reconciliation method by name (read-only view)
METHODS = MappingProxyType(_METHODS)


def parent_of(cell) -> str | None:
    """A parent cell as an item, or ``None`` for a root: NaN, ``None`` and blank text ("" after a CSV round trip)
    alike, as the package reader takes an empty cell."""
    return cell if isinstance(cell, str) and cell.strip() else None


def register_method(cls):
    """Add a :class:`Reconciliation` subclass to :data:`METHODS` under its ``name`` (a class decorator)."""
    if not (isinstance(cls, type) and issubclass(cls, Reconciliation)) or not cls.name:
        raise TypeError(f"register_method takes a Reconciliation subclass with a name, got {cls!r}")
    _METHODS[cls.name] = cls
    return cls


def method_of(method, name: str = "reconciliation") -> Reconciliation:
    """A reconciliation method from its name or an instance; anything else raises, naming the argument."""
    if isinstance(method, Reconciliation):
        return method
    if not isinstance(method, str) or method not in _METHODS:
        raise unknown(name, method, _METHODS)
    return _METHODS[method]()


@register_method
class MinTScaled(Reconciliation):
    """Weighted least squares in the manner of MinT with a diagonal covariance scaled to each value.

    A printed value is uncertain by its rounding: variance ``step ** 2 / 12``. Any other value is uncertain
    relative to its level: variance ``(level * spread) ** 2``, where ``spread`` is the standard deviation of
    its log (paths between anchors get the spread of a bridge across the gap, so the values hardest to
    interpolate move most). Without ``spread`` every unprinted value gets spread 1, and a year is treated as
    printed only when every value in it is.
    """

    name = "mint_scaled"
    description = "weighted least squares, variances from each value's rounding or its level and log spread"

    def variances(self, h, level, printed=None, spread=None):
        if spread is None:
            w = np.maximum(level, 1e-12) ** 2
            if printed is not None:
                full = ~np.isnan(printed).any(axis=1)
                w[full] = np.maximum(printed[full], 1e-12) ** 2 / 12
            return w
        w = (np.maximum(level, 1e-12) * spread) ** 2
        if printed is not None:
            known = ~np.isnan(printed)
            w[known] = np.maximum(printed[known], 1e-12) ** 2 / 12
        return np.maximum(w, 1e-300)


@register_method
class OLS(Reconciliation):
    """Ordinary least squares: every value equally uncertain, discrepancies spread evenly."""

    name = "ols"
    description = "ordinary least squares: equal variances"

    def variances(self, h, level, printed=None, spread=None):
        return np.ones_like(level, dtype=float)


@register_method
class WLSStructural(Reconciliation):
    """Structural scaling (MinT's ``wls_struct``): a node's variance is the number of leaves it sums."""

    name = "wls_struct"
    description = "weighted least squares, each node's variance the number of leaves under it"

    def variances(self, h, level, printed=None, spread=None):
        return np.broadcast_to(h.S.sum(axis=1), level.shape)


@register_method
class BottomUp(Reconciliation):
    """Bottom-up: the leaves keep their values and every parent becomes the sum of its leaves."""

    name = "bottom_up"
    description = "parents become the sums of their leaves"

    def projection(self, h, level, printed=None, spread=None):
        G = np.zeros((len(h.leaves), len(h.items)))
        G[np.arange(len(h.leaves)), h.leaf_index] = 1.0
        return Projection(h.S, np.broadcast_to(G, (level.shape[0],) + G.shape))


#: the names of the registered reconciliation methods
RECONCILIATIONS = tuple(_METHODS)
