"""`pipeline.batch`: documents through `nlp.pipe` a batch at a time, with the records of one at a time."""

from __future__ import annotations

import gc
import itertools
import shutil
from pathlib import Path

import pytest
from support import EndlessCopies, write_warc

import pipeline.batch
from pipeline.batch import extract_files, extract_item, extract_items
from pipeline.bulletin import Bulletin, Failure
from pipeline.emit import record_line
from pipeline.inputs import read_inputs, read_raw
from pipeline.train.component import InstitutionModel

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "bulletins"
SMALL_BATCH = 4  # so that a dozen documents make several batches, one of them short


def lines(results) -> list[str]:
    return [str(r) if isinstance(r, Failure) else record_line(r) for r in results]


def one_at_a_time(items, mode: str = "both") -> list[str]:
    return lines(extract_item(item, mode) for item in items)


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline.batch, "BATCH_SIZE", SMALL_BATCH)


@pytest.fixture
def mixed_inputs(tmp_path: Path) -> Path:
    """Loose pages of both languages, an archive of both, and an empty page (a Failure)."""
    english, chinese = sorted(CORPUS.glob("en/*.html"))[:5], sorted(CORPUS.glob("zh/*.html"))[:5]
    for page in english[:3] + chinese[:3]:
        shutil.copy(page, tmp_path / page.name)
    write_warc(tmp_path / "crawl.warc.gz", [english[3], chinese[3], english[4], chinese[4]])
    (tmp_path / "empty.html").write_bytes(b"")
    return tmp_path


def interleaved(count: int) -> list[Bulletin | Failure]:
    english = itertools.islice(read_inputs([CORPUS / "en"]), count)
    chinese = itertools.islice(read_inputs([CORPUS / "zh"]), count)
    return [item for pair in zip(english, chinese, strict=True) for item in pair]


@pytest.mark.usefixtures("small_batches")
def test_batches_give_the_records_of_one_document_at_a_time_in_input_order(mixed_inputs: Path) -> None:
    raws = list(read_raw([mixed_inputs]))
    assert len(raws) > 2 * SMALL_BATCH
    expected = one_at_a_time(raws)
    assert sum(line.startswith("{") for line in expected) == 10
    assert lines(extract_items(raws)) == expected


@pytest.mark.usefixtures("small_batches")
@pytest.mark.parametrize(("mode", "model_runs"), [("rules", False), ("model", True), ("both", True)])
def test_a_batch_runs_the_components_of_its_mode(mode: str, model_runs: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    items = interleaved(3)
    expected = one_at_a_time(items, mode)
    batches_read = []
    batched = InstitutionModel.pipe

    def spy(self, docs, batch_size=32):
        batches_read.append(batch_size)
        yield from batched(self, docs, batch_size)

    monkeypatch.setattr(InstitutionModel, "pipe", spy)
    assert lines(extract_items(items, mode)) == expected
    assert bool(batches_read) == model_runs
    if mode == "model":  # the rules' candidates are gone
        assert expected != one_at_a_time(items, "both")


@pytest.mark.usefixtures("small_batches")
def test_extract_files_names_the_file_of_every_document(mixed_inputs: Path) -> None:
    results = list(extract_files([mixed_inputs]))
    assert [path.name for path, _ in results].count("crawl.warc.gz") == 4
    assert lines(result for _, result in results) == one_at_a_time(read_raw([mixed_inputs]))


@pytest.mark.usefixtures("small_batches")
@pytest.mark.parametrize("where", ["model", "extractor"])
def test_a_page_that_raises_in_a_batch_is_a_failure_naming_it_and_the_others_come_out(
    where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = interleaved(3)
    poison = items[2].model_copy(update={"origin": "poison.html"})

    def breaks_on_poison(original):
        def run(self, doc, *args, **kwargs):
            if doc._.bulletin.origin == "poison.html":
                raise RuntimeError("broken on purpose")
            return original(self, doc, *args, **kwargs)

        return run

    if where == "model":  # inside the batched component, where one NER call reads the whole batch
        monkeypatch.setattr(InstitutionModel, "spans_to_read", breaks_on_poison(InstitutionModel.spans_to_read))
    else:
        from pipeline.extract.events import EventExtractor

        monkeypatch.setattr(EventExtractor, "__call__", breaks_on_poison(EventExtractor.__call__))
    results = list(extract_items([*items[:3], poison, *items[3:]]))
    assert results[3] == Failure(origin="poison.html", reason="extraction failed: RuntimeError: broken on purpose")
    assert lines(results[:3] + results[4:]) == one_at_a_time(items)


def test_input_is_read_a_batch_at_a_time_never_whole() -> None:
    template = next(item for item in interleaved(1) if isinstance(item, Bulletin))
    stream = EndlessCopies(template)
    results = extract_items(iter(stream))
    first = [next(results) for _ in range(3)]
    results.close()
    assert [r.document.id for r in first] == ["doc-0", "doc-1", "doc-2"]
    assert stream.drawn == pipeline.batch.BATCH_SIZE


@pytest.mark.usefixtures("small_batches")
@pytest.mark.parametrize("batched", [True, False])
def test_a_finished_doc_is_freed_without_the_garbage_collector(batched: bool) -> None:
    """Spans kept on a Doc point back to it: a Doc left so waits for a full collection."""
    from spacy.tokens import Doc

    items = interleaved(3)
    list(extract_items(items[:2]))  # pipelines loaded
    gc.collect()
    # Docs other tests of the session still hold (a fixture's, a module's) are not this batch's.
    before = {id(o) for o in gc.get_objects() if isinstance(o, Doc)}
    gc.disable()
    try:
        if batched:
            list(extract_items(items))
        else:
            [extract_item(item) for item in items]
        alive = [o for o in gc.get_objects() if isinstance(o, Doc) and id(o) not in before]
    finally:
        gc.enable()
    assert alive == []
