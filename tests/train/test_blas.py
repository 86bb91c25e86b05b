"""The trained `ner`'s products through numpy (`pipeline.train.blas`): the same products as BLIS's, one thread."""

from __future__ import annotations

import numpy as np
import pytest
from thinc.api import Linear, Maxout, NumpyOps, chain

from pipeline.train.blas import NumpyGemmOps, use_numpy_gemm


@pytest.mark.parametrize("trans1", [False, True])
@pytest.mark.parametrize("trans2", [False, True])
def test_gemm_matches_blis(trans1: bool, trans2: bool) -> None:
    rng = np.random.default_rng(0)
    x = rng.standard_normal((7, 5) if not trans1 else (5, 7)).astype(np.float32)
    y = rng.standard_normal((5, 3) if not trans2 else (3, 5)).astype(np.float32)
    expected = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    got = NumpyGemmOps().gemm(x, y, trans1=trans1, trans2=trans2)
    assert got.shape == expected.shape == (7, 3)
    np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-5)
    out = np.zeros((7, 3), dtype=np.float32)
    assert NumpyGemmOps().gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    np.testing.assert_allclose(out, expected, rtol=1e-5, atol=1e-5)


def test_use_numpy_gemm_switches_every_layer_and_keeps_outputs() -> None:
    threadpoolctl = pytest.importorskip("threadpoolctl")  # without it the model keeps BLIS
    model = chain(Maxout(4, 6, nP=3), Linear(2, 4))
    model.initialize(X=np.ones((3, 6), dtype=np.float32))
    other = Linear(2, 4)
    x = np.random.default_rng(1).standard_normal((3, 6)).astype(np.float32)
    before = model.predict(x)
    use_numpy_gemm(model)
    assert all(isinstance(node.ops, NumpyGemmOps) for node in model.walk())
    assert not isinstance(other.ops, NumpyGemmOps)  # a model not handed over keeps its ops
    np.testing.assert_allclose(model.predict(x), before, rtol=1e-5, atol=1e-5)
    assert all(pool["num_threads"] == 1 for pool in threadpoolctl.threadpool_info() if pool["user_api"] == "blas")
