"""`extract --workers N`: the batch spread over N worker processes, results in input order.

Each worker builds the pipelines it needs once (`load_pipeline` is cached per process) and
then takes chunks of bulletins for as long as the batch lasts. Only a few chunks per
worker are ever in flight, so memory stays flat however long the input stream is. A
document that raises is a `Failure` (as in `batch.extract_items`); a document that kills
its worker outright (a segfault, the OOM killer) costs a new pool and is reported as a
`Failure` too, while every other document of the batch is still extracted.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from pipeline.batch import Mode, extract_items, extract_or_fail
from pipeline.bulletin import Bulletin, Failure
from schemas import BulletinRecord

Item = Bulletin | Failure
Result = BulletinRecord | Failure

CHUNK_SIZE = 8  # bulletins per task: large enough to hide the round trip, small enough to balance
CHUNKS_IN_FLIGHT_PER_WORKER = 3  # keeps every worker busy while the parent writes results
PRELOAD = ["pipeline.batch", "pipeline.nlp", "pipeline.emit"]
CRASH_REASON = "extraction failed: the worker process died (crash or out of memory)"


def extract_parallel(items: Iterable[Item], *, workers: int, mode: Mode = "both") -> Iterator[Result]:
    """A record or a Failure per item, in input order, computed by `workers` processes.

    Failures among the items are passed through untouched; workers=1 is `extract_items`.
    """
    if workers <= 1:
        yield from extract_items(items, mode)
        return
    stream = iter(items)
    limit = workers * CHUNKS_IN_FLIGHT_PER_WORKER
    pool = _new_pool(workers)
    pending: deque[tuple[list[Item], Future[list[Result]]]] = deque()
    try:
        while True:
            while len(pending) < limit and (chunk := list(islice(stream, CHUNK_SIZE))):
                pending.append((chunk, pool.submit(_extract_chunk, chunk, mode)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # The pool is gone and every chunk in flight with it: redo them one
                # document at a time to find the one that kills a worker.
                pool.shutdown(wait=False, cancel_futures=True)
                chunks = [chunk, *(waiting for waiting, _ in pending)]
                pending.clear()
                pool = _new_pool(workers)
                for lost in chunks:
                    for item in lost:
                        result, pool = _isolated(item, mode, pool, workers)
                        yield result
                continue
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _new_pool(workers: int) -> ProcessPoolExecutor:
    # forkserver: workers never inherit a lock held by a thread of the parent (the
    # parent may run threads: a progress bar, a memory sampler, a Ray client).
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)  # imported once, before the first worker forks
    else:
        context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context)


def _extract_chunk(chunk: list[Item], mode: Mode) -> list[Result]:
    """Runs in a worker. The pipelines load on first use and stay for the worker's life."""
    return list(extract_items(chunk, mode))


def _isolated(item: Item, mode: Mode, pool: ProcessPoolExecutor, workers: int) -> tuple[Result, ProcessPoolExecutor]:
    """One document alone in the pool: its result, or a Failure when it kills the worker."""
    if isinstance(item, Failure):
        return item, pool
    try:
        return pool.submit(extract_or_fail, item, mode).result(), pool
    except BrokenProcessPool:
        pool.shutdown(wait=False, cancel_futures=True)
        return Failure(origin=item.origin, reason=CRASH_REASON), _new_pool(workers)
