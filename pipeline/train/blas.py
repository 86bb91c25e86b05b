"""Matrix products of the trained `ner` (institution_model's own) through numpy's BLAS, on one thread.

thinc's `NumpyOps.gemm` goes through BLIS, which on some processors (this AMD EPYC) runs its generic
reference kernel: numpy's OpenBLAS does the same product ~3x faster. Only the models loaded by
`pipeline.train.component.load_trained` are switched (`use_numpy_gemm`); spaCy's own pipelines keep
their ops. OpenBLAS is held to one thread (`threadpoolctl`) in every process that loads the model, since
CPU time per page is what counts and the matrices are small: threads would only add their overhead.
"""

from __future__ import annotations

import functools
from typing import Any

import numpy as np
from thinc.api import Model, NumpyOps


class NumpyGemmOps(NumpyOps):
    """`NumpyOps` whose `gemm` is numpy's (OpenBLAS) instead of BLIS."""

    name = "numpy_gemm"

    def gemm(self, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
        if trans1:
            x = x.T
        if trans2:
            y = y.T
        if out is None:
            return np.dot(x, y)
        np.dot(x, y, out=out)
        return out


@functools.cache
def _one_blas_thread() -> bool:
    """Limit numpy's BLAS to one thread, once per process; False without threadpoolctl."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return False
    threadpool_limits(limits=1, user_api="blas")
    return True


def use_numpy_gemm(model: Model) -> None:
    """Make every layer of `model` multiply through numpy, on one BLAS thread. Without threadpoolctl the
    model keeps BLIS: OpenBLAS's own threads cost far more CPU than they save on these small products
    (a 60x288 product: 0.4 ms of CPU on one thread, 7-16 ms on two, on this loaded 2-core machine)."""
    if not _one_blas_thread():
        return
    ops = NumpyGemmOps()
    for node in model.walk():
        node.ops = ops
