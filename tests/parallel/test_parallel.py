"""`extract_parallel`: the same records as one process, in input order, whatever happens to a worker."""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
import threading
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest
from support import EndlessCopies, write_warc

import pipeline.inputs
from pipeline.batch import extract_items, written
from pipeline.bulletin import Bulletin, Failure
from pipeline.emit import record_line
from pipeline.inputs import RawFile, read_inputs, read_raw
from pipeline.parallel import (
    CHUNK_SIZE,
    CHUNKS_IN_FLIGHT_PER_WORKER,
    CRASH_REASON,
    READ_AHEAD_CHUNKS_PER_WORKER,
    TAIL_SHARES_PER_WORKER,
    _Feed,
    _new_pool,
    _ready,
    _submitted,
    as_record,
    extract_parallel,
)

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "bulletins"
JSONL = Path(__file__).resolve().parents[1] / "parse" / "fixtures" / "documents.jsonl"


def sample_items(per_language: int = 5) -> list[Bulletin | Failure]:
    """Real corpus pages of both languages, interleaved, with a broken input among them."""
    english = list(itertools.islice(read_inputs([CORPUS / "en"]), per_language))
    chinese = list(itertools.islice(read_inputs([CORPUS / "zh"]), per_language))
    mixed: list[Bulletin | Failure] = [item for pair in zip(english, chinese, strict=True) for item in pair]
    mixed.insert(3, Failure(origin="broken.html", reason="empty page"))
    return mixed


def lines(results) -> list[str]:
    return [str(r) if isinstance(r, Failure) else record_line(r) for r in results]


class KillsItsWorker(Bulletin):
    """A bulletin whose unpickling ends the process that receives it, like a segfault would."""

    def __reduce__(self):
        return (os._exit, (70,))


class RawKillsItsWorker(RawFile):
    """A raw page that ends the worker process that receives it."""

    def __reduce__(self):
        return (os._exit, (70,))


@pytest.fixture
def mixed_inputs(tmp_path: Path) -> Path:
    """Every kind of input: loose pages of both languages, an archive, a JSONL export with bad lines."""
    english, chinese = sorted(CORPUS.glob("en/*.html"))[:6], sorted(CORPUS.glob("zh/*.html"))[:6]
    for page in english[:3] + chinese[:3]:
        shutil.copy(page, tmp_path / page.name)
    write_warc(tmp_path / "crawl.warc.gz", english[3:] + chinese[3:])
    shutil.copy(JSONL, tmp_path / "export.jsonl")
    (tmp_path / "empty.html").write_bytes(b"")
    return tmp_path


def test_two_workers_give_the_records_of_one_process_in_input_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pipeline.parallel.CHUNK_SIZE", 4)  # chunks are cut in this process
    items = sample_items()
    assert len(items) > 2 * 4  # several chunks, so order across chunks is at stake
    expected = lines(extract_items(items))
    assert lines(extract_parallel(items, workers=2)) == expected
    assert expected[3] == "broken.html: empty page"  # a failure in the input stays in its place


def test_a_document_that_kills_its_worker_is_a_failure_and_the_batch_goes_on() -> None:
    items = sample_items(per_language=2)
    poison = KillsItsWorker(text="x", origin="poison.html")
    with_poison = [items[0], poison, *items[1:]]
    results = list(extract_parallel(with_poison, workers=2))
    assert results[1] == Failure(origin="poison.html", reason=CRASH_REASON)
    assert lines(results[:1] + results[2:]) == lines(extract_items(items))


def test_raw_documents_of_every_kind_give_the_records_of_one_process(mixed_inputs: Path) -> None:
    expected = lines(extract_items(read_inputs([mixed_inputs])))
    assert sum(line.startswith("{") for line in expected) >= 12
    assert any(not line.startswith("{") for line in expected)  # failures too, in their places
    assert lines(extract_parallel(read_raw([mixed_inputs]), workers=2)) == expected


def test_workers_can_send_back_written_lines_instead_of_records(mixed_inputs: Path) -> None:
    expected = [written(r) if not isinstance(r, Failure) else r for r in extract_items(read_inputs([mixed_inputs]))]
    assert list(extract_parallel(read_raw([mixed_inputs]), workers=2, finish=written)) == expected


def started_at_once(pool) -> threading.Event:
    """`_start_in_background` for a test: the workers are up before the parent reads anything."""
    pool.submit(_ready).result()
    started = threading.Event()
    started.set()
    return started


class NeverUpWhileReading(threading.Event):
    """The workers' start as a slow fork server would make it: still starting until waited for."""

    def __init__(self, pool) -> None:
        super().__init__()
        self.pool = pool

    def is_set(self) -> bool:
        return False

    def wait(self, timeout: float | None = None) -> bool:
        return started_at_once(self.pool).wait(timeout)


def test_once_the_workers_are_up_pages_are_parsed_in_the_workers_not_in_the_parent(
    mixed_inputs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = lines(extract_items(read_inputs([mixed_inputs])))

    def parent_parses(*args, **kwargs):
        raise AssertionError("the parent parsed a page")

    monkeypatch.setattr("pipeline.parallel._start_in_background", started_at_once)
    monkeypatch.setattr("pipeline.parse.html.parse_html", parent_parses)  # this process only
    monkeypatch.setattr("pipeline.parse.text.parse_text", parent_parses)
    assert lines(extract_parallel(read_raw([mixed_inputs]), workers=2)) == expected


def test_while_the_workers_start_the_parent_parses_the_first_pages_and_the_records_are_the_same(
    mixed_inputs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = lines(extract_items(read_inputs([mixed_inputs])))
    parsed_here: list[str] = []

    def parse_raw(raw):
        parsed_here.append(raw.origin)
        return original(raw)

    original = pipeline.inputs.parse_raw
    monkeypatch.setattr("pipeline.inputs.parse_raw", parse_raw)
    monkeypatch.setattr("pipeline.parallel._start_in_background", NeverUpWhileReading)
    monkeypatch.setattr("pipeline.parallel.START_AHEAD", 5)
    assert lines(extract_parallel(read_raw([mixed_inputs]), workers=2)) == expected
    assert parsed_here == [raw.origin for raw in itertools.islice(read_raw([mixed_inputs]), 5)]


def test_a_raw_page_that_kills_its_worker_is_a_failure_naming_its_file(
    mixed_inputs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("pipeline.parallel._start_in_background", started_at_once)  # all parsed in workers
    raws = list(read_raw([mixed_inputs]))
    poison = RawKillsItsWorker(origin=str(mixed_inputs / "poison.html"), kind="html")
    results = list(extract_parallel([raws[0], poison, *raws[1:]], workers=2))
    assert results[1] == Failure(origin=str(mixed_inputs / "poison.html"), reason=CRASH_REASON)
    assert lines(results[:1] + results[2:]) == lines(extract_items(raws))


def test_a_full_chunk_is_one_batch_of_the_size_one_process_runs() -> None:
    # Every `nlp.pipe` call costs a fixed part: smaller chunks would cost the workers more a page.
    from pipeline.batch import BATCH_SIZE

    assert CHUNK_SIZE == BATCH_SIZE


@pytest.mark.parametrize("total", [3, 100, 1000])
def test_once_the_input_is_exhausted_chunks_shrink_to_single_documents(total: int) -> None:
    workers = 2
    feed = _Feed(iter(range(total)), workers)
    chunks = list(iter(feed.next_chunk, []))
    assert [item for chunk in chunks for item in chunk] == list(range(total))  # input order
    sizes = [len(chunk) for chunk in chunks]
    assert sizes == sorted(sizes, reverse=True) and max(sizes) <= CHUNK_SIZE
    assert sizes[-workers:] == [1] * workers  # the last documents go out one by one
    for number, size in enumerate(sizes):  # a share of what is left for each worker, at most
        left = total - sum(sizes[:number])
        assert size <= max(1, left // (TAIL_SHARES_PER_WORKER * workers)) or size == CHUNK_SIZE
    if total > 3 * workers * READ_AHEAD_CHUNKS_PER_WORKER * CHUNK_SIZE:
        assert sizes.count(CHUNK_SIZE) >= total // CHUNK_SIZE - workers * READ_AHEAD_CHUNKS_PER_WORKER


def test_the_parent_parses_ahead_at_most_start_ahead_documents(
    mixed_inputs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("pipeline.parallel.START_AHEAD", 4)
    raws = read_raw([mixed_inputs])
    feed = _Feed(raws, workers=2)
    assert all(feed.parse_one() for _ in range(4))
    assert not feed.parse_one()  # the fifth would be held too: it is not read
    chunk = feed.next_chunk()
    assert all(isinstance(item, Bulletin | Failure) for item in chunk[:4])
    assert not any(isinstance(item, Bulletin) for item in chunk[4:])  # read, not parsed
    first = itertools.islice(read_raw([mixed_inputs]), len(chunk))
    assert [item.origin for item in chunk] == [raw.origin for raw in first]


def test_a_failure_read_while_the_workers_start_does_not_stop_the_parents_parsing(mixed_inputs: Path) -> None:
    gone = Failure(origin="gone.html", reason="no such file or folder")
    feed = _Feed(iter([gone, *read_raw([mixed_inputs])]), workers=2)
    assert feed.parse_one() and feed.parse_one()
    chunk = feed.next_chunk()
    assert chunk[0] == gone and isinstance(chunk[1], Bulletin)


def test_parsed_input_is_not_read_ahead_while_the_workers_start() -> None:
    template = next(item for item in sample_items(1) if isinstance(item, Bulletin))
    stream = EndlessCopies(template)
    feed = _Feed(iter(stream), workers=2)
    assert not feed.parse_one()  # nothing to parse in a stream of Bulletins: stop at the first
    assert stream.drawn == 1


def test_input_is_read_lazily_so_memory_stays_bounded() -> None:
    template = next(item for item in sample_items(1) if isinstance(item, Bulletin))
    stream = EndlessCopies(template)
    results = extract_parallel(iter(stream), workers=2)
    first = [next(results) for _ in range(3)]
    results.close()
    assert [r.document.id for r in first] == ["doc-0", "doc-1", "doc-2"]
    read_ahead = 2 * (CHUNKS_IN_FLIGHT_PER_WORKER + READ_AHEAD_CHUNKS_PER_WORKER) * CHUNK_SIZE
    assert stream.drawn <= read_ahead + CHUNK_SIZE


def test_the_parent_of_the_workers_does_not_import_spacy() -> None:
    """It only reads inputs and writes lines: the modules it takes those from must not pull spaCy in."""
    import subprocess
    import sys

    parent = (
        "import sys; import pipeline.cli; from pipeline.emit import atomic_output;"
        " from pipeline.inputs import read_raw; from pipeline.batch import written;"
        " from pipeline.parallel import extract_parallel; print('spacy' in sys.modules)"
    )
    repo = CORPUS.parents[1]
    shown = subprocess.run([sys.executable, "-c", parent], cwd=repo, capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "False"


def pipelines_built() -> int:
    """Run in a worker: how many pipelines it holds before doing anything."""
    from pipeline.nlp import load_pipeline

    return load_pipeline.cache_info().currsize


def test_workers_start_with_both_pipelines_already_built() -> None:
    """Built once in the fork server before it forks, not again in every worker."""
    pool = _new_pool(2)
    try:
        assert pool.submit(pipelines_built).result() == 2
    finally:
        pool.shutdown()


def test_the_reading_parent_imports_no_parser_nor_pipeline() -> None:
    # The parent of `extract --workers N` imports these while its fork server builds the
    # pipelines: a parser or spaCy imported here is start-up paid twice.
    code = (
        "import sys, pipeline.inputs, pipeline.batch, pipeline.emit, pipeline.parallel\n"
        "heavy = ('lxml', 'numpy', 'spacy', 'pipeline.dates', 'pipeline.parse.html')\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


class _BrokenPool:
    """A pool that broke since the last submit: CPython raises at the submit itself."""

    def submit(self, *args, **kwargs):
        raise BrokenProcessPool("a child process terminated abruptly")


def test_a_pool_broken_before_a_submit_gives_that_error_as_the_chunks_result() -> None:
    # A page may kill its worker while the next chunks are submitted: that chunk is then lost with
    # the chunks in flight and redone alone, not an error out of `extract_parallel`.
    future = _submitted(_BrokenPool(), [], "both", as_record)
    with pytest.raises(BrokenProcessPool):
        future.result()
