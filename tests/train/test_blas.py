"""The trained `ner`'s products through numpy (`pipeline.train.blas`): the same products as BLIS's, one thread."""

from __future__ import annotations

import numpy as np
import pytest
from thinc.api import Linear, Maxout, NumpyOps, chain

from pipeline.train.blas import PRODUCTS, NumpyGemmOps, is_place_free, product_weights, use_numpy_gemm


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


def layer_products() -> list[tuple[str, np.ndarray]]:
    """The weights of every product the committed trained models make, as their layers multiply by them
    (`W` flattened to (outputs, inputs): maxout, linear, the parser's precomputed lower layer)."""
    from pipeline.train import model_dir
    from pipeline.train.component import load_trained

    products = []
    for language in ("en", "zh"):
        for _, pipe in load_trained(model_dir(language)).pipeline:
            for node in pipe.model.walk():
                if node.has_param("W"):
                    weights = node.get_param("W")
                    inputs = weights.shape[-1]
                    products.append((f"{language} {node.name}", weights.reshape(-1, inputs)))
    return products


def test_the_models_make_the_products_of_the_shapes_tested() -> None:
    names = [name for name, _ in layer_products()]
    assert {"en maxout", "en linear", "en precomputable_affine", "zh maxout", "zh precomputable_affine"} <= set(names)


@pytest.mark.parametrize("product", PRODUCTS, ids=[product.__name__ for product in PRODUCTS])
@pytest.mark.parametrize("weights", [w for _, w in layer_products()], ids=[name for name, _ in layer_products()])
def test_a_rows_product_is_the_same_bits_whatever_rows_it_is_multiplied_with(weights: np.ndarray, product) -> None:
    """Rows of random inputs, each multiplied alone, then inside batches of 1..200 rows at several offsets
    (so at every place of a block, and across blocks) and in a few long ones (a batch of pages' windows):
    bitwise the same rows of the product."""
    pytest.importorskip("threadpoolctl")
    if not is_place_free(weights, product):  # the models use another product, or BLIS (the tests below)
        pytest.skip(f"this machine's OpenBLAS rounds a row by its place in {product.__name__}: unused")
    rng = np.random.default_rng(len(weights))
    x = rng.standard_normal((3000, weights.shape[1])).astype(np.float32)
    ops = NumpyGemmOps(product)
    alone = [ops.gemm(x[i : i + 1], weights, trans2=True).tobytes() for i in range(len(x))]
    batches = [(rows, offset) for rows in range(1, 201) for offset in (0, 1, 5, 16, 33, 59)]
    for rows, offset in [*batches, (1000, 7), (1717, 0), (2999, 1)]:
        got = ops.gemm(x[offset : offset + rows], weights, trans2=True)
        assert got.dtype == np.float32 and got.shape == (rows, len(weights))
        assert [row.tobytes() for row in got] == alone[offset : offset + rows], (rows, offset)


def test_a_product_whose_bits_depend_on_a_rows_place_is_refused() -> None:
    """The load-time check fails on a product that rounds a row by its place (as OpenBLAS's plain `np.dot`
    does on some kernels), and passes on one that does not."""
    weights = np.random.default_rng(3).standard_normal((12, 20)).astype(np.float32)

    def by_place(x: np.ndarray, y: np.ndarray) -> np.ndarray:
        product = np.asarray([row @ y for row in x], dtype=np.float32)
        return product + np.float32(1e-6) * np.arange(len(x), dtype=np.float32)[:, None]

    assert not is_place_free(weights, product=by_place)
    assert is_place_free(weights, product=lambda x, y: np.asarray([row @ y for row in x], dtype=np.float32))


def test_a_model_keeps_blis_where_this_machines_kernels_would_round_by_place(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("threadpoolctl")
    model = chain(Maxout(4, 6, nP=3), Linear(2, 4))
    model.initialize(X=np.ones((3, 6), dtype=np.float32))
    monkeypatch.setattr("pipeline.train.blas.is_place_free", lambda weights, product: False)
    assert use_numpy_gemm(model) is False
    assert not any(isinstance(node.ops, NumpyGemmOps) for node in model.walk())


def test_a_model_takes_the_first_product_that_is_place_free(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("threadpoolctl")
    model = chain(Maxout(4, 6, nP=3), Linear(2, 4))
    model.initialize(X=np.ones((3, 6), dtype=np.float32))
    second = PRODUCTS[1]
    monkeypatch.setattr("pipeline.train.blas.is_place_free", lambda weights, product: product is second)
    assert use_numpy_gemm(model) is True
    assert {node.ops.product for node in model.walk()} == {second}


def test_the_trained_models_multiply_through_numpy_exactly_where_a_product_is_place_free() -> None:
    pytest.importorskip("threadpoolctl")
    from pipeline.train import model_dir
    from pipeline.train.component import load_trained

    for language in ("en", "zh"):
        for _, pipe in load_trained(model_dir(language)).pipeline:
            weights = product_weights(pipe.model)
            free = [product for product in PRODUCTS if all(is_place_free(w, product) for w in weights)]
            uses_numpy = all(isinstance(node.ops, NumpyGemmOps) for node in pipe.model.walk())
            assert uses_numpy == bool(free), (language, free)
            if free:
                assert {node.ops.product for node in pipe.model.walk()} == {free[0]}


def test_both_products_are_the_product() -> None:
    rng = np.random.default_rng(4)
    for rows in (0, 1, 63, 64, 65, 300):
        x = rng.standard_normal((rows, 9)).astype(np.float32)
        y = rng.standard_normal((9, 5)).astype(np.float32)
        for product in PRODUCTS:
            got = product(x, y)
            assert got.shape == (rows, 5) and got.dtype == np.float32
            np.testing.assert_allclose(got, x @ y, rtol=1e-5, atol=1e-5)


def test_gemm_writes_into_a_strided_out() -> None:
    rng = np.random.default_rng(2)
    x = rng.standard_normal((70, 5)).astype(np.float32)
    y = rng.standard_normal((5, 3)).astype(np.float32)
    out = np.zeros((3, 70), dtype=np.float32).T  # not C-contiguous
    assert NumpyGemmOps().gemm(x, y, out=out) is out
    np.testing.assert_allclose(out, x @ y, rtol=1e-5, atol=1e-5)
