"""Batches: inputs -> records, a few dozen documents at a time, failures as values.

`extract_files` is the Python API under `python -m pipeline extract`: it reads every
input, detects the language where the input does not say, runs that language's
pipeline and yields a record or a `Failure` per document, in input order. One broken
page never stops a batch.

Documents go through the pipelines `BATCH_SIZE` at a time, by `nlp.pipe`: the trained
NER (`institution_model`) then reads the windows of all of them in one call instead of
one call per page. Only one such batch is held at a time, so memory stays flat however
long the input stream is.

Importing this module loads no stage (the parser, language detection, the pipelines are
imported where they run): the parent of `extract --workers N` imports it for `written` and
`Mode` only, while its fork server builds the pipelines.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pipeline.bulletin import Bulletin, Failure
from pipeline.inputs import Raw, parse_raw, read_inputs
from schemas import BulletinRecord

if TYPE_CHECKING:
    from spacy.tokens import Doc

Mode = Literal["rules", "model", "both"]
FACT_KINDS = ("institutions", "partnerships", "roles", "role_counts", "events", "people")
Item = Raw | Bulletin | Failure
# Documents run through `nlp.pipe` together. The trained NER's ~2 ms a call is shared by
# the batch; beyond a few dozen pages there is little left to share, and more only holds
# more pages in memory.
BATCH_SIZE = 32
# The longest text a document may have: spaCy's `Language.max_length`, which the pipelines keep.
# A longer one is a Failure saying so before any work (the tokenizer would read all of it, ~2 us
# a character, before spaCy refused it).
MAX_TEXT_CHARS = 1_000_000


@dataclass(frozen=True, slots=True)
class Written:
    """A record as a batch writes it: its JSON line, the document's key and its facts counted.

    A worker process sends this back rather than the record: bytes and a few numbers cost the
    parent next to nothing to receive, a record costs a pydantic model rebuilt. The line is
    kept as the serializer's UTF-8 bytes: pickling a str would encode it and unpickling decode it.
    """

    data: bytes  # the JSON line (`pipeline.emit.record_bytes`), for a binary file
    key: str | None  # the document's URL, else its id (the crawl state marks it done)
    facts: dict[str, int]  # how many of each of FACT_KINDS

    @property
    def line(self) -> str:
        """The JSON line as text (`data` decoded: for a text file, where it is encoded again)."""
        return self.data.decode()


def written(record: BulletinRecord) -> Written:
    from pipeline.emit import record_bytes

    facts = {kind: len(getattr(record, kind)) for kind in FACT_KINDS}
    return Written(record_bytes(record), record.document.url or record.document.id, facts)


def extract_bulletin(bulletin: Bulletin, mode: Mode = "both") -> BulletinRecord:
    """One bulletin through its language's pipeline. Raises on a bug, never on odd text."""
    from pipeline.emit import build_record
    from pipeline.language import detect_language
    from pipeline.nlp import load_pipeline, make_doc

    language = bulletin.language or detect_language(bulletin.text)
    nlp = load_pipeline(language)
    doc = make_doc(nlp, bulletin)
    try:
        with nlp.select_pipes(disable=_disabled(nlp, mode)):
            doc = nlp(doc)
        return build_record(doc)
    finally:
        release(doc)


def release(doc: Doc) -> None:
    """Drop what the pipeline kept on a Doc whose record is built.

    Spans and facts kept in `doc.user_data` point back to their Doc: a reference cycle, so a
    finished Doc (its spans and facts: ~900 objects a page) would wait for the garbage
    collector's full walk (~50 ms, every 50-100 pages) instead of going when its batch ends.
    """
    doc.user_data.clear()


def _disabled(nlp, mode: Mode) -> list[str]:
    rules = {"institution_gazetteer", "institution_patterns"}
    model = {"ner", "institution_model"}
    unwanted = model if mode == "rules" else rules if mode == "model" else set()
    return [name for name in nlp.pipe_names if name in unwanted]


def extract_or_fail(bulletin: Bulletin, mode: Mode = "both") -> BulletinRecord | Failure:
    if too_long := _too_long(bulletin):
        return too_long
    try:
        return extract_bulletin(bulletin, mode)
    except Exception as error:
        return _failure(bulletin, error)


def _too_long(bulletin: Bulletin) -> Failure | None:
    if len(bulletin.text) <= MAX_TEXT_CHARS:
        return None
    reason = f"text too long: {len(bulletin.text)} characters, more than the {MAX_TEXT_CHARS} a document may have"
    return Failure(origin=bulletin.origin, reason=reason)


def _failure(bulletin: Bulletin, error: Exception) -> Failure:
    return Failure(origin=bulletin.origin, reason=f"extraction failed: {type(error).__name__}: {error}")


def extract_items(items: Iterable[Item], mode: Mode = "both") -> Iterator[BulletinRecord | Failure]:
    """A record or a Failure per item, in order; raw documents (`pipeline.inputs.read_raw`) are
    parsed first. Items are read `BATCH_SIZE` at a time, never all at once."""
    for _, result in extract_with_origins(items, mode):
        yield result


def extract_with_origins(items: Iterable[Item], mode: Mode = "both") -> Iterator[tuple[str, BulletinRecord | Failure]]:
    """(where the item was read, its record or a Failure) per item, in order, as `extract_items`."""
    for batch in _batches(items):
        for item, result in zip(batch, extract_batch(batch, mode), strict=True):
            yield item.origin, result


def extract_item(item: Item, mode: Mode = "both") -> BulletinRecord | Failure:
    """One item alone (`nlp(doc)`, no batch)."""
    parsed = parse_raw(item)
    return parsed if isinstance(parsed, Failure) else extract_or_fail(parsed, mode)


def extract_files(paths: Iterable[Path], mode: Mode = "both") -> Iterator[tuple[Path, BulletinRecord | Failure]]:
    """(input file, record or failure) for every document under `paths`, in input order."""
    for batch in _batches(read_inputs(paths)):
        for item, result in zip(batch, extract_batch(batch, mode), strict=True):
            yield Path(item.origin.split("#", 1)[0]), result


def extract_batch(items: list[Item], mode: Mode = "both") -> list[BulletinRecord | Failure]:
    """A record or a Failure per item, in order: the documents of each language through its
    pipeline's `nlp.pipe` together."""
    from pipeline.language import detect_language

    results: list[BulletinRecord | Failure | Bulletin] = [parse_raw(item) for item in items]
    by_language: dict[str, list[int]] = defaultdict(list)
    for index, bulletin in enumerate(results):
        if isinstance(bulletin, Bulletin) and (too_long := _too_long(bulletin)):
            results[index] = too_long
        elif isinstance(bulletin, Bulletin):
            try:
                by_language[bulletin.language or detect_language(bulletin.text)].append(index)
            except Exception as error:
                results[index] = _failure(bulletin, error)
    for language, indices in by_language.items():
        bulletins = [results[index] for index in indices]
        for index, result in zip(indices, _extract_together(bulletins, language, mode), strict=True):
            results[index] = result
    return results


def _extract_together(bulletins: list[Bulletin], language: str, mode: Mode) -> list[BulletinRecord | Failure]:
    """Bulletins of one language through one `nlp.pipe`. When a page raises there, which one did is
    not known: each page of the batch is run again alone, so that the one that raises becomes a
    Failure naming it and the others their records (pages raise on bugs only, so this is rare)."""
    from pipeline.emit import build_record
    from pipeline.nlp import load_pipeline, make_doc

    try:
        nlp = load_pipeline(language)
        docs = [make_doc(nlp, bulletin) for bulletin in bulletins]
        with nlp.select_pipes(disable=_disabled(nlp, mode)):
            docs = list(nlp.pipe(docs, batch_size=len(docs)))
    except Exception:
        return [extract_or_fail(bulletin, mode) for bulletin in bulletins]
    results: list[BulletinRecord | Failure] = []
    for bulletin, doc in zip(bulletins, docs, strict=True):
        try:
            results.append(build_record(doc))
        except Exception as error:
            results.append(_failure(bulletin, error))
        finally:
            release(doc)
    return results


def _batches(items: Iterable[Item]) -> Iterator[list[Item]]:
    stream = iter(items)
    while batch := list(itertools.islice(stream, BATCH_SIZE)):
        yield batch
