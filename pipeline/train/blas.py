"""Matrix products of the trained `ner` (institution_model's own) through numpy's BLAS, on one thread,
in blocks of a fixed number of rows, so that a row's product depends on that row alone.

thinc's `NumpyOps.gemm` goes through BLIS, which on some processors (this AMD EPYC) runs its generic
reference kernel: numpy's OpenBLAS does the same product ~3x faster. Only the models loaded by
`pipeline.train.component.load_trained` are switched (`use_numpy_gemm`); spaCy's own pipelines keep
their ops. OpenBLAS is held to one thread (`threadpoolctl`) in every process that loads the model, since
CPU time per page is what counts and the matrices are small: threads would only add their overhead. The
limit is OpenBLAS's own setting in the process, so workers forked after the model is loaded (the fork
server's, `pipeline.parallel`) keep it; a process that loads the model itself (a Ray actor) sets it anew.

Why padding: OpenBLAS may round a row's product differently with the rows multiplied with it. Measured
in session 18 (OpenBLAS 0.3.31, Haswell kernels on Zen): a product of 1 row is a `gemv` (numpy's choice);
in `x @ W.T` the rows go 12 to a tile, the first 6 and the last 6 of a tile summed in another order, and
the rows past the last full tile through other kernels; in `W @ x.T`, where a row of `x` is a column of
the product, the first 8 and last 8 of them go through another kernel than those between. Small products
go through other kernels too (here, Skylake-X kernels: fewer than ~24-80 rows, by shape). A page's windows
are read in one call with the other pages of its batch (`pipeline.train.greedy`), so its entities, near a
tie, could change with the batch size, the chunk or the worker count. So `x` is always multiplied padded:
its rows, then zeros up to a multiple of `BLOCK_ROWS`, between `EDGE_ROWS` rows of zeros on each side,
so that no row of `x` is an edge row, a tile's tail or part of a small product. Two ways, the first whose
bits this processor keeps for a row wherever it stands (`is_place_free`, checked when a model is loaded):
`padded_dot`, one product `padded @ W.T` (its rows are the product's: no copy; place-free with this
machine's kernels), else `blocked_dot`, blocks of `BLOCK_ROWS` rows as `W @ block.T` (each row a middle
column of the same product wherever it is: place-free on the Haswell kernels above, but 25-50% slower
here: a call per block and a transposed copy of each). `tests/train/test_blas.py` checks it bitwise on
the models' own shapes (rows in batches of 1..200 at several offsets, and long ones), and that numpy's
plain product fails it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import numpy as np
from thinc.api import Model, NumpyOps

# `x`'s rows are padded to a multiple of this (`blocked_dot`: multiplied this many at a time; 32, 64 and 128
# measured alike there), so that a product's last rows are never a tile's tail.
BLOCK_ROWS = 64
# Rows of zeros before and after the padded rows: the columns of `W @ block.T` that OpenBLAS (Haswell/Zen)
# makes with another kernel than the middle ones (see above).
EDGE_ROWS = 8


Product = Callable[[np.ndarray, np.ndarray], np.ndarray]


class NumpyGemmOps(NumpyOps):
    """`NumpyOps` whose `gemm` is numpy's (OpenBLAS) instead of BLIS, `x` padded (`padded_dot` or
    `blocked_dot`, whichever `use_numpy_gemm` found place-free)."""

    name = "numpy_gemm"

    def __init__(self, product: Product | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.product = product or padded_dot

    def gemm(self, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
        if trans1:
            x = x.T
        if trans2:
            y = y.T
        product = self.product(x, y)
        if out is None:
            return product
        out[...] = product
        return out


def padded_dot(x: np.ndarray, y: np.ndarray, block_rows: int = BLOCK_ROWS) -> np.ndarray:
    """`x @ y` as one product of `x`'s rows padded with zeros to a multiple of `block_rows`, between
    `EDGE_ROWS` rows of zeros; the product's rows of `x` are returned as they are (a view, C-ordered)."""
    rows, width = x.shape
    padded = np.empty((EDGE_ROWS + max(1, -(-rows // block_rows)) * block_rows + EDGE_ROWS, width), dtype=x.dtype)
    padded[:EDGE_ROWS] = 0
    padded[EDGE_ROWS : EDGE_ROWS + rows] = x
    padded[EDGE_ROWS + rows :] = 0
    return np.dot(padded, y)[EDGE_ROWS : EDGE_ROWS + rows]


def blocked_dot(x: np.ndarray, y: np.ndarray, block_rows: int = BLOCK_ROWS) -> np.ndarray:
    """`x @ y`, `x` multiplied `block_rows` rows at a time, each block between `EDGE_ROWS` rows of zeros
    (the last block padded with zeros too), so that each row of the product is the same bits whatever
    rows it is multiplied with."""
    rows, width = x.shape
    weights = y.T  # `W`: the block is multiplied as `W @ block.T`, its rows the product's columns (see above)
    out = np.empty((rows, y.shape[1]), dtype=np.result_type(x, y))
    block = np.zeros((EDGE_ROWS + block_rows + EDGE_ROWS, width), dtype=x.dtype)
    product = np.empty((y.shape[1], len(block)), dtype=out.dtype)
    inside = block[EDGE_ROWS : EDGE_ROWS + block_rows]
    for start in range(0, rows, block_rows):
        count = min(block_rows, rows - start)
        inside[:count] = x[start : start + count]
        inside[count:] = 0
        np.dot(weights, block.T, out=product)
        out[start : start + count] = product[:, EDGE_ROWS : EDGE_ROWS + count].T
    return out


# The ways to multiply, fastest first: a model takes the first place-free one (`use_numpy_gemm`).
PRODUCTS: tuple[Product, ...] = (padded_dot, blocked_dot)


@functools.cache
def _one_blas_thread() -> bool:
    """Limit numpy's BLAS to one thread, once per process; False without threadpoolctl."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return False
    threadpool_limits(limits=1, user_api="blas")
    return True


def is_place_free(weights: np.ndarray, product: Product = padded_dot) -> bool:
    """Whether `product` gives one row the same bits at every place of products of several lengths (one
    row alone, a block and a few rows, several blocks and a few rows: a last block padded with zeros)
    for these weights (`W`, outputs x inputs, as the layers pass them transposed). The same random row
    fills every place: the values do not choose the kernel or the order of the sums, the place and the
    shapes do, so equal rows here mean a row's bits never depend on its neighbours."""
    row = np.random.default_rng(len(weights)).standard_normal(weights.shape[1]).astype(weights.dtype)
    products = [product(np.tile(row, (count, 1)), weights.T) for count in PLACES_CHECKED]
    bits = np.ascontiguousarray(np.concatenate(products)).view(np.uint32)
    return bool((bits == bits[0]).all())


# How many rows the products `is_place_free` makes have: one, a block and a few, several blocks and a few.
PLACES_CHECKED = (1, BLOCK_ROWS + 3, 4 * BLOCK_ROWS + 3)


def product_weights(model: Model) -> list[np.ndarray]:
    """The weights of every product `model`'s layers make, as they multiply by them: `W` flattened to
    (outputs, inputs) (maxout, linear, the parser's precomputed lower layer)."""
    weights = []
    for node in model.walk():
        if node.has_param("W"):
            w = node.get_param("W")
            weights.append(w.reshape(-1, w.shape[-1]))
    return weights


def use_numpy_gemm(model: Model) -> bool:
    """Make every layer of `model` multiply through numpy, on one BLAS thread; True if it did. Without
    threadpoolctl the model keeps BLIS: OpenBLAS's own threads cost far more CPU than they save on these
    small products (a 60x288 product: 0.4 ms of CPU on one thread, 7-16 ms on two, on this loaded 2-core
    machine). Of `PRODUCTS` it takes the first whose bits this machine's OpenBLAS kernels keep for a row
    wherever it stands (`is_place_free`, measured on the model's own shapes when it is loaded: another
    processor has other kernels); it keeps BLIS where none does, since records must not depend on batches,
    workers or engines."""
    if not _one_blas_thread():
        return False
    weights = product_weights(model)
    product = next((p for p in PRODUCTS if all(is_place_free(w, p) for w in weights)), None)
    if product is None:
        return False
    ops = NumpyGemmOps(product)
    for node in model.walk():
        node.ops = ops
    return True
