"""Batches: inputs -> records, one document at a time, failures as values.

`extract_files` is the Python API under `python -m pipeline extract`: it reads every
input, detects the language where the input does not say, runs that language's
pipeline and yields a record or a `Failure` per document. One broken page never
stops a batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

from pipeline.bulletin import Bulletin, Failure
from pipeline.inputs import read_inputs
from pipeline.language import detect_language
from schemas import BulletinRecord

Mode = Literal["rules", "model", "both"]


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


def extract_items(items: Iterable[Bulletin | Failure], mode: Mode = "both") -> Iterator[BulletinRecord | Failure]:
    for item in items:
        yield item if isinstance(item, Failure) else extract_or_fail(item, mode)


def extract_files(paths: Iterable[Path], mode: Mode = "both") -> Iterator[tuple[Path, BulletinRecord | Failure]]:
    """(input file, record or failure) for every document under `paths`, in input order."""
    for item in read_inputs(paths):
        result = item if isinstance(item, Failure) else extract_or_fail(item, mode)
        yield Path(item.origin.split("#", 1)[0]), result
