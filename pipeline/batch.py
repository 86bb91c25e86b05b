"""Batches: inputs -> records, one document at a time, failures as values.

`extract_files` is the Python API under `python -m pipeline extract`: it reads every
input, detects the language where the input does not say, runs that language's
pipeline and yields a record or a `Failure` per document. One broken page never
stops a batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pipeline.bulletin import Bulletin, Failure
from pipeline.inputs import Raw, parse_raw, read_inputs
from pipeline.language import detect_language
from schemas import BulletinRecord

Mode = Literal["rules", "model", "both"]
FACT_KINDS = ("institutions", "partnerships", "roles", "role_counts", "events", "people")


@dataclass(frozen=True, slots=True)
class Written:
    """A record as a batch writes it: its JSON line, the document's key and its facts counted.

    A worker process sends this back rather than the record: a string and a few numbers
    cost the parent next to nothing to receive, a record costs a pydantic model rebuilt.
    """

    line: str
    key: str | None  # the document's URL, else its id (the crawl state marks it done)
    facts: dict[str, int]  # how many of each of FACT_KINDS


def written(record: BulletinRecord) -> Written:
    from pipeline.emit import record_line

    facts = {kind: len(getattr(record, kind)) for kind in FACT_KINDS}
    return Written(record_line(record), record.document.url or record.document.id, facts)


def extract_bulletin(bulletin: Bulletin, mode: Mode = "both") -> BulletinRecord:
    """One bulletin through its language's pipeline. Raises on a bug, never on odd text."""
    from pipeline.emit import build_record
    from pipeline.nlp import load_pipeline, make_doc

    language = bulletin.language or detect_language(bulletin.text)
    nlp = load_pipeline(language)
    doc = make_doc(nlp, bulletin)
    with nlp.select_pipes(disable=_disabled(nlp, mode)):
        doc = nlp(doc)
    return build_record(doc)


def _disabled(nlp, mode: Mode) -> list[str]:
    rules = {"institution_gazetteer", "institution_patterns"}
    model = {"ner", "institution_model"}
    unwanted = model if mode == "rules" else rules if mode == "model" else set()
    return [name for name in nlp.pipe_names if name in unwanted]


def extract_or_fail(bulletin: Bulletin, mode: Mode = "both") -> BulletinRecord | Failure:
    try:
        return extract_bulletin(bulletin, mode)
    except Exception as error:
        return Failure(origin=bulletin.origin, reason=f"extraction failed: {type(error).__name__}: {error}")


def extract_items(items: Iterable[Raw | Bulletin | Failure], mode: Mode = "both") -> Iterator[BulletinRecord | Failure]:
    """A record or a Failure per item; raw documents (`pipeline.inputs.read_raw`) are parsed first."""
    for item in items:
        yield extract_item(item, mode)


def extract_item(item: Raw | Bulletin | Failure, mode: Mode = "both") -> BulletinRecord | Failure:
    parsed = parse_raw(item)
    return parsed if isinstance(parsed, Failure) else extract_or_fail(parsed, mode)


def extract_files(paths: Iterable[Path], mode: Mode = "both") -> Iterator[tuple[Path, BulletinRecord | Failure]]:
    """(input file, record or failure) for every document under `paths`, in input order."""
    for item in read_inputs(paths):
        result = item if isinstance(item, Failure) else extract_or_fail(item, mode)
        yield Path(item.origin.split("#", 1)[0]), result
