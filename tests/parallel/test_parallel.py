"""`extract_parallel`: the same records as one process, in input order, whatever happens to a worker."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

from pipeline.batch import extract_items
from pipeline.bulletin import Bulletin, Failure
from pipeline.emit import record_line
from pipeline.inputs import read_inputs
from pipeline.parallel import CHUNK_SIZE, CHUNKS_IN_FLIGHT_PER_WORKER, CRASH_REASON, extract_parallel

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "bulletins"


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


def test_two_workers_give_the_records_of_one_process_in_input_order() -> None:
    items = sample_items()
    assert len(items) > CHUNK_SIZE  # more than one chunk, so order across chunks is at stake
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


def test_input_is_read_lazily_so_memory_stays_bounded() -> None:
    template = next(item for item in sample_items(1) if isinstance(item, Bulletin))
    drawn = 0

    def endless():
        nonlocal drawn
        for number in itertools.count():
            drawn += 1
            yield template.model_copy(update={"id": f"doc-{number}"})

    results = extract_parallel(endless(), workers=2)
    first = [next(results) for _ in range(3)]
    results.close()
    assert [r.document.id for r in first] == ["doc-0", "doc-1", "doc-2"]
    assert drawn <= (2 * CHUNKS_IN_FLIGHT_PER_WORKER + 1) * CHUNK_SIZE
