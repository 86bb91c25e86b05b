"""Records do not depend on how pages are batched: the trained NER reads the windows of a whole batch
in one call, so a page's entities must not depend on the pages read with it (`pipeline.train.blas`)."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from pipeline.batch import extract_items, written
from pipeline.bulletin import Bulletin
from pipeline.inputs import read_inputs
from pipeline.nlp import load_pipeline
from pipeline.parallel import _context, _new_pool, extract_parallel
from pipeline.train.greedy import greedy_decoder

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
PAGES_PER_LANGUAGE = 16


@functools.cache
def train_pages() -> tuple[Bulletin, ...]:
    """The first training bulletins of each language (never held-out ones), interleaved."""
    by_language = []
    for language in ("en", "zh"):
        split = (CORPUS / f"split-{language}.tsv").read_text(encoding="utf-8").splitlines()
        ids = sorted(line.split("\t")[0] for line in split if line.endswith("\ttrain"))[:PAGES_PER_LANGUAGE]
        folder = CORPUS / "bulletins" / language
        files = [next(f for f in sorted(folder.glob(f"{i}.*")) if not f.name.endswith(".expected.json")) for i in ids]
        by_language.append(list(read_inputs(files)))
    return tuple(page for pair in zip(*by_language, strict=True) for page in pair)


def forget_read_tokens() -> None:
    """Drop what each language's decoder kept of earlier calls (token embeddings, windows), so that each
    run computes its own as a fresh process would, in its own batches."""
    for language in ("en", "zh"):
        decoder = greedy_decoder(load_pipeline(language).get_pipe("institution_model").ner)
        decoder.embedded.clear()
        decoder.known.clear()


def records(results) -> list[bytes]:
    return [written(result).data for result in results]


def test_records_are_the_same_whatever_the_batch_size(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = list(train_pages())
    assert len(pages) == 2 * PAGES_PER_LANGUAGE and all(isinstance(page, Bulletin) for page in pages)
    by_size = {}
    for size in (32, 1, 7):
        monkeypatch.setattr("pipeline.batch.BATCH_SIZE", size)
        forget_read_tokens()
        by_size[size] = records(extract_items(pages))
    assert by_size[1] == by_size[7] == by_size[32]


@pytest.mark.skipif(_context().get_start_method() != "forkserver", reason="workers forked from a fork server")
def test_two_workers_give_the_records_of_one_and_run_one_blas_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    threadpoolctl = pytest.importorskip("threadpoolctl")
    monkeypatch.setattr("pipeline.parallel.CHUNK_SIZE", 3)  # pages of a batch go to different workers
    pages = list(train_pages())
    forget_read_tokens()
    assert list(extract_parallel(pages, workers=2, finish=written)) == [written(r) for r in extract_items(pages)]
    pool = _new_pool(2)
    try:
        pools = [pool.submit(threadpoolctl.threadpool_info).result() for _ in range(4)]
    finally:
        pool.shutdown()
    blas = [p for info in pools for p in info if p["user_api"] == "blas"]
    assert blas and all(p["num_threads"] == 1 for p in blas)  # the limit set where the model loaded holds after fork
