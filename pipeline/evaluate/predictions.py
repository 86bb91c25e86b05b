"""Predicted records for gold bulletins: read from a JSONL file or made in-process.

A record from a file is paired with its bulletin by an identifier it carries (a
`file`/`path`/`origin` field, `document.id` or `document.url`) equal to the
bulletin's path, file name, id (a review export's `file`, the record's document id) or
gold URL; failing that, by the id the project's parser gives the bulletin (what
`extract` writes), and last by a title that only it and the gold share. A bulletin with
no record scores as if nothing was found in it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from pipeline.evaluate.gold import GoldBulletin
from pipeline.evaluate.names import fold_name

_IDENTIFIER_FIELDS = ("file", "path", "origin")


@dataclass(frozen=True)
class Prediction:
    """The extractor's record for one bulletin, or why there is none."""

    record: dict[str, Any] | None
    failure: str | None = None


def read_records(path: Path) -> list[dict[str, Any]]:
    """The records of a JSONL file; a line that is not a JSON object is an error."""
    records = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not JSON ({error.msg})") from error
            if not isinstance(record, dict):
                raise ValueError(f"{path}:{number}: not a JSON object")
            records.append(record)
    return records


def _identifier_forms(identifier: str) -> set[str]:
    """An identifier as given, its last path (or URL) segment, and that without extension."""
    bare = identifier.split("#", 1)[0].split("?", 1)[0].replace("\\", "/").rstrip("/")
    name = PurePosixPath(bare).name
    forms = {identifier, bare, name, name.split(".", 1)[0]}
    return {form for form in forms if form}


def _record_identifiers(record: dict[str, Any]) -> set[str]:
    document = record.get("document") or {}
    values = [record.get(field) for field in _IDENTIFIER_FIELDS] + [document.get("id"), document.get("url")]
    forms: set[str] = set()
    for value in values:
        if isinstance(value, str) and value:
            forms |= _identifier_forms(value)
    return forms


def _bulletin_identifiers(bulletin: GoldBulletin) -> list[str]:
    """Most specific first, so a full path wins over a bare id; a reviewed record's own
    document id comes before any path."""
    paths = [str(bulletin.path), str(bulletin.path.resolve()), bulletin.path.name] if bulletin.path else []
    identifiers = [bulletin.id, *paths] if bulletin.from_review else [*paths, bulletin.id]
    return [*identifiers, bulletin.url] if bulletin.url else identifiers


def parsed_document_id(path: Path) -> str | None:
    """The `document.id` that `extract` gives this file: its parser's stable id."""
    try:
        from pipeline.inputs import read_inputs
    except ImportError:
        return None
    for item in read_inputs([path]):
        return item.stable_id() if hasattr(item, "stable_id") else None
    return None


def pair_records(bulletins: Iterable[GoldBulletin], records: list[dict[str, Any]]) -> dict[GoldBulletin, Prediction]:
    """Each bulletin's record from `records`; each record is used at most once."""
    by_identifier: dict[str, list[int]] = {}
    for index, record in enumerate(records):
        for form in _record_identifiers(record):
            by_identifier.setdefault(form, []).append(index)
    used: set[int] = set()
    paired: dict[GoldBulletin, Prediction] = {}
    pending: list[GoldBulletin] = []
    for bulletin in bulletins:
        index = _first_free(by_identifier, _bulletin_identifiers(bulletin), used)
        if index is None:
            pending.append(bulletin)
            continue
        used.add(index)
        paired[bulletin] = Prediction(records[index])
    for bulletin in pending:
        document_id = parsed_document_id(bulletin.path) if bulletin.path else None
        index = _first_free(by_identifier, [document_id] if document_id else [], used)
        if index is None:
            index = _only_record_with_title(bulletin, records, used)
        if index is not None:
            used.add(index)
        record = records[index] if index is not None else None
        paired[bulletin] = Prediction(record, None if record else "no record for it in the predictions")
    return paired


def _first_free(by_identifier: dict[str, list[int]], identifiers: list[str], used: set[int]) -> int | None:
    for identifier in identifiers:
        free = [index for index in by_identifier.get(identifier, []) if index not in used]
        if len(free) == 1:
            return free[0]
    return None


def _only_record_with_title(bulletin: GoldBulletin, records: list[dict[str, Any]], used: set[int]) -> int | None:
    title = fold_name((bulletin.gold.get("document") or {}).get("title"))
    if not title:
        return None
    same = [
        index
        for index, record in enumerate(records)
        if index not in used and fold_name((record.get("document") or {}).get("title")) == title
    ]
    return same[0] if len(same) == 1 else None


def _as_prediction(outcome: Any) -> Prediction:
    """A record (pydantic model or dict) or a Failure-like value (`reason`)."""
    if isinstance(outcome, dict):
        return Prediction(outcome)
    if hasattr(outcome, "reason") and not hasattr(outcome, "document"):
        return Prediction(None, str(outcome.reason))
    return Prediction(outcome.model_dump(mode="json"))


def extract_in_process(paths: list[Path], mode: str | None = None) -> dict[Path, Prediction]:
    """Run `pipeline.batch.extract_files` over `paths` (in one batch) and pair by path.

    Raises ImportError while the extractor does not exist. `mode` ("rules", "model",
    "both") is passed only when given, so the default extractor is what runs otherwise.
    """
    from pipeline.batch import extract_files

    outcomes = extract_files(paths) if mode is None else extract_files(paths, mode=mode)
    by_path: dict[Path, Prediction] = {}
    for path, outcome in outcomes:
        key = Path(path).resolve()
        if by_path.get(key, Prediction(None)).record is None:  # one record a bulletin: keep the first
            by_path[key] = _as_prediction(outcome)
    missing = Prediction(None, "the extractor returned nothing for it")
    return {path: by_path.get(path.resolve(), missing) for path in paths}
