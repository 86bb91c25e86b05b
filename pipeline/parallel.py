"""`extract --workers N`: the batch spread over N worker processes, results in input order.

The parent mostly reads: it walks the inputs and ships raw documents (`pipeline.inputs.read_raw`:
a file's path, a WARC record's bytes, a JSONL line) to the workers, which parse them, run
the pipelines and, given `finish`, serialise the record too. So the parent's share of the
work is small and N workers keep N cores busy. Each worker builds the pipelines it needs
once (`load_pipeline` is cached per process) and takes chunks of documents for as long as
the batch lasts, each chunk run through the pipelines together (`batch.extract_items`).
Only a few chunks per worker are in flight and a bounded number of documents is read
ahead, so memory stays flat however long the input stream is; once the input is
exhausted, the chunks shrink with what is left, down to single documents, so that no
worker waits idle at the end while another works through a whole chunk.

Start-up is paid once, not once per worker, and not after the parent's: workers are forked
from a fork server that imports the stages, builds both pipelines and runs a sample page of
each language through them before its first fork (`PRELOAD`, `pipeline.nlp.prebuilt`), so
every worker starts with them and with what a first page makes (patterns compiled on first
use, caches; copy-on-write, as after a crash does its replacement). `start_workers()` starts
that server at once, so that it builds while the parent imports what it reads with (no
parser, no pipeline: `pipeline.inputs`, `pipeline.batch` import them where they run). The
build takes seconds of one core; the parent's core would idle meanwhile, so until the
workers answer the parent parses the first documents itself (at most START_AHEAD: bounded
memory), and the workers, given them parsed, start further along.

A document that raises is a `Failure` (as in `batch.extract_items`); a document that kills
its worker outright (a segfault, the OOM killer) costs a new pool and is reported as a
`Failure` naming it (the file, `file#record` or `file:line`), while every other document
of the batch is still extracted.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import threading
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

# Documents per task: `pipeline.batch.BATCH_SIZE` (not imported: importing it loads pydantic),
# so that a chunk is one `nlp.pipe` batch of the size one process runs. Each batch pays a fixed
# ~3.5 ms (the trained NER's call, the components' per-batch set-up): chunks of 16 paid it twice
# as often as one process, +1.5-3.5% CPU a page. Balance at the end comes from the shrinking tail.
CHUNK_SIZE = 32
CHUNKS_IN_FLIGHT_PER_WORKER = 3  # keeps every worker busy while the parent writes results
READ_AHEAD_CHUNKS_PER_WORKER = 2  # read, not yet sent: the tail sent in shrinking chunks at the end
TAIL_SHARES_PER_WORKER = 2  # at the end, a chunk is this fraction of what is left per worker
# Documents the parent may parse (and hold: ~12 KiB each) while the fork server builds the
# pipelines: ~2 s of its core, otherwise idle, at 2-3 ms a page.
START_AHEAD = 1024
# What the fork server imports before its first fork; the last builds and runs the pipelines.
PRELOAD = ["pipeline.batch", "pipeline.inputs", "pipeline.emit", "pipeline.nlp.prebuilt"]
# An idle pool's workers exit within a second of shutdown; past this they are terminated (`_close`).
SHUTDOWN_GRACE_SECONDS = 10
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
    feed = _Feed(iter(items), workers)
    limit = workers * CHUNKS_IN_FLIGHT_PER_WORKER
    pending: deque[tuple[list[Item], Future[list[T | Failure]]]] = deque()
    pool = _new_pool(workers)
    try:
        _start(pool, feed)
        while True:
            while len(pending) < limit and (chunk := feed.next_chunk()):
                pending.append((chunk, _submitted(pool, chunk, mode, finish)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # The pool is gone and every chunk in flight with it: redo them one
                # document at a time to find the one that kills a worker.
                _close(pool)
                lost = [chunk, *(waiting for waiting, _ in pending)]
                pending.clear()
                pool = _new_pool(workers)
                for item in (item for chunk in lost for item in chunk):
                    result, pool = _isolated(item, mode, finish, pool, workers)
                    yield result
                continue
            yield from results
    finally:
        _close(pool)


class _Feed:
    """The input read ahead, a bounded number of documents at a time, cut into chunks.

    Chunks are CHUNK_SIZE documents until the input is exhausted; then they shrink with what
    is left (a share of it per worker, down to single documents), so that both workers end
    together: on 2 cores a last chunk of 16 long pages would otherwise keep one worker busy
    for a second while the other has nothing to do. A few chunks' worth is read ahead so that
    the end is seen while that much is left.
    """

    def __init__(self, stream: Iterator[Item], workers: int) -> None:
        self._stream = stream
        self._workers = workers
        self._ahead: deque[Item] = deque()
        self._parsed = 0  # the first documents ahead, parsed here (`parse_one`)
        self._exhausted = False
        self._read_ahead = workers * READ_AHEAD_CHUNKS_PER_WORKER * CHUNK_SIZE

    def parse_one(self) -> bool:
        """Parses the next document ahead in this process (`pipeline.inputs.parse_raw`); False,
        doing nothing, once START_AHEAD documents are parsed, the input is exhausted or it is
        a Bulletin (a stream of parsed documents: nothing to do here)."""
        from pipeline.bulletin import Bulletin
        from pipeline.inputs import parse_raw

        if self._parsed >= START_AHEAD or (self._parsed == len(self._ahead) and not self._read_one()):
            return False
        item = self._ahead[self._parsed]
        if isinstance(item, Bulletin):
            return False
        self._ahead[self._parsed] = parse_raw(item)  # a Failure stays as it is
        self._parsed += 1
        return True

    def next_chunk(self) -> list[Item]:
        """The next documents for a worker, in input order; empty at the end."""
        while len(self._ahead) < self._read_ahead and self._read_one():
            pass
        size = CHUNK_SIZE if not self._exhausted else len(self._ahead) // (TAIL_SHARES_PER_WORKER * self._workers)
        chunk = [self._ahead.popleft() for _ in range(min(max(size, 1), CHUNK_SIZE, len(self._ahead)))]
        self._parsed = max(self._parsed - len(chunk), 0)
        return chunk

    def _read_one(self) -> bool:
        if not self._exhausted:
            item = next(self._stream, None)
            if item is None:
                self._exhausted = True
            else:
                self._ahead.append(item)
        return not self._exhausted


def _start(pool: ProcessPoolExecutor, feed: _Feed) -> None:
    """Returns once the pool's workers are up. The fork server may still be building the
    pipelines: until the workers answer, this process's core would be idle, so it parses the
    first pages itself meanwhile (work the workers then skip), START_AHEAD at most."""
    started = _start_in_background(pool)
    while not started.is_set() and feed.parse_one():
        pass
    started.wait()


def _start_in_background(pool: ProcessPoolExecutor) -> threading.Event:
    """Set once the pool's workers are up: its first task forks them from the fork server, which
    answers when it has built the pipelines (seconds). A pool that cannot start is met again,
    and dealt with, by the first chunk."""
    started = threading.Event()

    def start() -> None:
        with contextlib.suppress(Exception):
            pool.submit(_ready).result()
        started.set()

    threading.Thread(target=start, name="workers-start", daemon=True).start()
    return started


def _ready() -> None:
    """The task that tells a worker is up."""


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
    from pipeline.batch import extract_with_origins
    from pipeline.bulletin import Failure

    for origin, result in extract_with_origins(items, mode):
        if not isinstance(result, Failure):
            try:
                result = finish(result)
            except Exception as error:  # a record that cannot be written must not stop the batch
                result = Failure(origin=origin, reason=f"record not written: {type(error).__name__}: {error}")
        yield result


def _extract_chunk(chunk: list[Item], mode: Mode, finish: Callable[[BulletinRecord], T]) -> list[T | Failure]:
    """Runs in a worker. The pipelines load on first use and stay for the worker's life."""
    return list(_finished(chunk, mode, finish))


def _submitted(
    pool: ProcessPoolExecutor, chunk: list[Item], mode: Mode, finish: Callable[[BulletinRecord], T]
) -> Future[list[T | Failure]]:
    """The chunk's future; if the pool broke since the last submit (a page killed its worker), a
    future holding that error, met in turn like those of the chunks in flight."""
    try:
        return pool.submit(_extract_chunk, chunk, mode, finish)
    except BrokenProcessPool as broken:
        future: Future[list[T | Failure]] = Future()
        future.set_exception(broken)
        return future


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
        _close(pool)
        return Failure(origin=item.origin, reason=CRASH_REASON), _new_pool(workers)


def _close(pool: ProcessPoolExecutor) -> None:
    """Shuts the pool down and ends its workers, never waiting for ever.

    CPython's pool (3.11) can hang at shutdown: when a worker dies while another is being forked
    for a submit, the pool's manager terminates the workers it knows of, then joins all of them,
    the new one included, which waits on the task queue for ever (seen in a test whose page kills
    its worker). Workers still alive after a grace period are terminated, so the join returns.
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())  # all forked: submits are ours
    pool.shutdown(wait=False, cancel_futures=True)
    manager = getattr(pool, "_executor_manager_thread", None)
    if manager is not None:
        manager.join(SHUTDOWN_GRACE_SECONDS)
    for process in processes:
        if process.is_alive():
            process.terminate()
    if manager is not None:
        manager.join()
