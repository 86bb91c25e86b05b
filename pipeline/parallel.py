"""`extract --workers N`: the batch spread over N worker processes, results in input order.

The parent only reads: it walks the inputs and ships raw documents (`pipeline.inputs.read_raw`:
a file's path, a WARC record's bytes, a JSONL line) to the workers, which parse them, run
the pipelines and, given `finish`, serialise the record too. So the parent's share of the
work is small and N workers keep N cores busy. Each worker builds the pipelines it needs
once (`load_pipeline` is cached per process) and takes chunks of documents for as long as
the batch lasts, each chunk run through the pipelines together (`batch.extract_items`).
Only a few chunks per worker are in flight and a bounded number of documents is read
ahead, so memory stays flat however long the input stream is; once the input is
exhausted, what is left goes out one document at a time, so no worker waits idle at the
end while another works through a whole chunk.

Start-up is paid once, not once per worker, and not after the parent's: workers are forked
from a fork server that imports the stages, builds both pipelines and runs a sample page of
each language through them before its first fork (`PRELOAD`, `pipeline.nlp.prebuilt`), so
every worker starts with them and with what a first page makes (patterns compiled on first
use, caches; copy-on-write, as after a crash does its replacement). `start_workers()` starts
that server at once, so that it builds while the parent imports what it reads with (no
parser, no pipeline: `pipeline.inputs`, `pipeline.batch` import them where they run) and
reads the first documents.

A document that raises is a `Failure` (as in `batch.extract_items`); a document that kills
its worker outright (a segfault, the OOM killer) costs a new pool and is reported as a
`Failure` naming it (the file, `file#record` or `file:line`), while every other document
of the batch is still extracted.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from typing import TYPE_CHECKING, TypeVar

# The stages are imported where they run: `start_workers` must come before the parent's own
# imports, so importing this module costs it nothing but the standard library's.
if TYPE_CHECKING:
    from pipeline.batch import Mode
    from pipeline.bulletin import Bulletin, Failure
    from pipeline.inputs import Raw
    from schemas import BulletinRecord

    Item = Raw | Bulletin | Failure

T = TypeVar("T")

# Documents per task: large enough to hide the round trip and to share the trained NER's cost
# per call (a chunk is one `nlp.pipe` batch, see `pipeline.batch`), small enough to balance.
CHUNK_SIZE = 16
CHUNKS_IN_FLIGHT_PER_WORKER = 3  # keeps every worker busy while the parent writes results
READ_AHEAD_CHUNKS_PER_WORKER = 2  # read, not yet sent: the tail that is sent one by one at the end
# What the fork server imports before its first fork; the last builds and runs the pipelines.
PRELOAD = ["pipeline.batch", "pipeline.inputs", "pipeline.emit", "pipeline.nlp.prebuilt"]
CRASH_REASON = "extraction failed: the worker process died (crash or out of memory)"


def as_record(record: BulletinRecord) -> BulletinRecord:
    return record


def start_workers() -> None:
    """Starts the fork server now, for a pool to come: its imports and pipeline builds run
    while this process goes on with its own (a no-op where there is no fork server)."""
    if _context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def extract_parallel(
    items: Iterable[Item],
    *,
    workers: int,
    mode: Mode = "both",
    finish: Callable[[BulletinRecord], T] = as_record,
) -> Iterator[T | Failure]:
    """`finish(record)` or a Failure per item, in input order, computed by `workers` processes.

    Items are raw documents (parsed in the workers), Bulletins or Failures (passed through).
    `finish` runs in the worker (a module-level function, so that it pickles): turning the
    record into what the caller keeps there saves the parent from unpickling whole records.
    """
    if workers <= 1:
        yield from _finished(items, mode, finish)
        return
    chunks = _chunks(iter(items), workers)
    limit = workers * CHUNKS_IN_FLIGHT_PER_WORKER
    pool = _new_pool(workers)
    pending: deque[tuple[list[Item], Future[list[T | Failure]]]] = deque()
    try:
        while True:
            while len(pending) < limit and (chunk := next(chunks, None)):
                pending.append((chunk, pool.submit(_extract_chunk, chunk, mode, finish)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # The pool is gone and every chunk in flight with it: redo them one
                # document at a time to find the one that kills a worker.
                pool.shutdown(wait=False, cancel_futures=True)
                lost = [chunk, *(waiting for waiting, _ in pending)]
                pending.clear()
                pool = _new_pool(workers)
                for item in (item for chunk in lost for item in chunk):
                    result, pool = _isolated(item, mode, finish, pool, workers)
                    yield result
                continue
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _chunks(stream: Iterator[Item], workers: int) -> Iterator[list[Item]]:
    """Chunks of CHUNK_SIZE documents, then, once the input is exhausted, single documents.

    A few chunks' worth is read ahead so that the end is seen while that much is left: on
    2 cores a last chunk of 8 long pages would otherwise keep one worker busy for seconds
    while the other has nothing to do.
    """
    ahead: deque[Item] = deque()
    read_ahead = workers * READ_AHEAD_CHUNKS_PER_WORKER * CHUNK_SIZE
    exhausted = False
    while True:
        while not exhausted and len(ahead) < read_ahead:
            item = next(stream, None)
            if item is None:
                exhausted = True
            else:
                ahead.append(item)
        if not ahead:
            return
        size = 1 if exhausted else CHUNK_SIZE
        yield [ahead.popleft() for _ in range(min(size, len(ahead)))]


def _new_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, mp_context=_context())


def _context() -> BaseContext:
    # forkserver: workers never inherit a lock held by a thread of the parent (the
    # parent may run threads: a progress bar, a memory sampler, a Ray client).
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)  # done once, before the first worker forks
        return context
    return multiprocessing.get_context("spawn")


def _finished(items: Iterable[Item], mode: Mode, finish: Callable[[BulletinRecord], T]) -> Iterator[T | Failure]:
    from pipeline.batch import extract_items
    from pipeline.bulletin import Failure

    for result in extract_items(items, mode):
        yield result if isinstance(result, Failure) else finish(result)


def _extract_chunk(chunk: list[Item], mode: Mode, finish: Callable[[BulletinRecord], T]) -> list[T | Failure]:
    """Runs in a worker. The pipelines load on first use and stay for the worker's life."""
    return list(_finished(chunk, mode, finish))


def _isolated(
    item: Item, mode: Mode, finish: Callable[[BulletinRecord], T], pool: ProcessPoolExecutor, workers: int
) -> tuple[T | Failure, ProcessPoolExecutor]:
    """One document alone in the pool: its result, or a Failure when it kills the worker."""
    from pipeline.bulletin import Failure

    if isinstance(item, Failure):
        return item, pool
    try:
        [result] = pool.submit(_extract_chunk, [item], mode, finish).result()
        return result, pool
    except BrokenProcessPool:
        pool.shutdown(wait=False, cancel_futures=True)
        return Failure(origin=item.origin, reason=CRASH_REASON), _new_pool(workers)
