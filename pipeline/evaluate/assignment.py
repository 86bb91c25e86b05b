"""One-to-one pairing of gold and predicted facts: a maximum-weight bipartite matching.

Pairs that may match come with a weight. The graph is split into connected parts,
which are nearly always one gold fact against one prediction; a larger part is
solved exactly by the Hungarian method, or greedily (best weight first) when it is
too big for that to stay fast.
"""

from __future__ import annotations

from collections import defaultdict

Pair = tuple[int, int]
_HUNGARIAN_LIMIT = 80  # rows and columns; above it, greedy


def best_assignment(weights: dict[Pair, float]) -> list[Pair]:
    """The (gold, predicted) pairs, each index used at most once, of greatest total weight."""
    chosen: list[Pair] = []
    for part in _connected_parts(weights):
        if len(part) == 1:
            chosen.extend(part)
            continue
        rows = sorted({row for row, _ in part})
        cols = sorted({col for _, col in part})
        if max(len(rows), len(cols)) > _HUNGARIAN_LIMIT:
            chosen.extend(_greedy(part, weights))
        else:
            chosen.extend(_hungarian_pairs(rows, cols, weights))
    return sorted(chosen)


def _connected_parts(weights: dict[Pair, float]) -> list[list[Pair]]:
    """Edges grouped by connected component (union-find over gold and predicted nodes)."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def root(node: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for row, col in weights:
        parent[root(("g", row))] = root(("p", col))
    parts: dict[tuple[str, int], list[Pair]] = defaultdict(list)
    for edge in sorted(weights):
        parts[root(("g", edge[0]))].append(edge)
    return list(parts.values())


def _greedy(part: list[Pair], weights: dict[Pair, float]) -> list[Pair]:
    taken_rows: set[int] = set()
    taken_cols: set[int] = set()
    chosen = []
    for row, col in sorted(part, key=lambda edge: (-weights[edge], edge)):
        if row not in taken_rows and col not in taken_cols:
            taken_rows.add(row)
            taken_cols.add(col)
            chosen.append((row, col))
    return chosen


def _hungarian_pairs(rows: list[int], cols: list[int], weights: dict[Pair, float]) -> list[Pair]:
    transposed = len(rows) > len(cols)
    if transposed:
        rows, cols = cols, rows
    cost = [[-weights.get((col, row) if transposed else (row, col), 0.0) for col in cols] for row in rows]
    chosen = []
    for row_index, col_index in enumerate(minimum_cost_assignment(cost)):
        row, col = rows[row_index], cols[col_index]
        edge = (col, row) if transposed else (row, col)
        if edge in weights:  # a zero-cost filler is no pair
            chosen.append(edge)
    return chosen


def minimum_cost_assignment(cost: list[list[float]]) -> list[int]:
    """For an n x m cost matrix with n <= m, the column of each row that minimises the
    total cost (Hungarian method with potentials, O(n^2 m))."""
    n, m = len(cost), len(cost[0])
    infinity = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    owner, way = [0] * (m + 1), [0] * (m + 1)  # owner[j]: row holding column j (1-based)
    for row in range(1, n + 1):
        owner[0], col0 = row, 0
        slack, used = [infinity] * (m + 1), [False] * (m + 1)
        while True:
            used[col0] = True
            row0, delta, col1 = owner[col0], infinity, 0
            for col in range(1, m + 1):
                if used[col]:
                    continue
                reduced = cost[row0 - 1][col - 1] - u[row0] - v[col]
                if reduced < slack[col]:
                    slack[col], way[col] = reduced, col0
                if slack[col] < delta:
                    delta, col1 = slack[col], col
            for col in range(m + 1):
                if used[col]:
                    u[owner[col]] += delta
                    v[col] -= delta
                else:
                    slack[col] -= delta
            col0 = col1
            if owner[col0] == 0:
                break
        while col0:
            col1 = way[col0]
            owner[col0] = owner[col1]
            col0 = col1
    assignment = [-1] * n
    for col in range(1, m + 1):
        if owner[col]:
            assignment[owner[col] - 1] = col - 1
    return assignment
