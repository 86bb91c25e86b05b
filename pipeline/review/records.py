"""Read a records JSONL file for review: validate each line, report bad ones, keep the rest."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from schemas.records import BulletinRecord, Evidence


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input line; `skipped` when the line was dropped."""

    path: Path
    line: int
    message: str
    skipped: bool

    def __str__(self) -> str:
        what = "skipped" if self.skipped else "warning"
        return f"{self.path}:{self.line}: {what}: {self.message}"


@dataclass
class LoadedRecords:
    records: list[BulletinRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # Record index -> messages the page shows beside that bulletin.
    notes: dict[int, list[str]] = field(default_factory=dict)

    @property
    def skipped(self) -> int:
        return sum(problem.skipped for problem in self.problems)


def load_records(path: Path) -> LoadedRecords:
    """Validate every non-blank line of `path` as a `BulletinRecord`; bad lines are reported and skipped."""
    loaded = LoadedRecords()
    seen_ids: set[str] = set()
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            record = _parse_line(raw, path, number, loaded)
            if record is None:
                continue
            messages = _evidence_mismatches(record)
            if record.document.id in seen_ids:
                messages.append(f"document id {record.document.id!r} appears more than once")
            seen_ids.add(record.document.id)
            for message in messages:
                loaded.problems.append(Problem(path, number, message, skipped=False))
            if messages:
                loaded.notes[len(loaded.records)] = messages
            loaded.records.append(record)
    return loaded


def _parse_line(raw: bytes, path: Path, number: int, loaded: LoadedRecords) -> BulletinRecord | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        loaded.problems.append(Problem(path, number, f"not UTF-8 ({error.reason})", skipped=True))
        return None
    try:
        return BulletinRecord.model_validate_json(text)
    except ValidationError as error:
        loaded.problems.append(Problem(path, number, _summarise(error), skipped=True))
        return None


def _summarise(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "JSON"
    more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return f"not a BulletinRecord: {where}: {first['msg']}{more}"


def _evidence_mismatches(record: BulletinRecord) -> list[str]:
    """Spans whose text is not at their offsets: the page would highlight the wrong words."""
    messages = []
    for span in _all_evidence(record):
        where = span.field or "text"
        base = getattr(record.document, where) or ""
        if base[span.start : span.end] != span.text:
            messages.append(
                f"evidence [{span.start}, {span.end}) is {span.text!r} "
                f"but document.{where} there is {base[span.start : span.end]!r}"
            )
    return messages


def _all_evidence(record: BulletinRecord) -> list[Evidence]:
    spans = [mention for institution in record.institutions for mention in institution.mentions]
    for facts in (record.partnerships, record.roles, record.role_counts, record.events, record.people):
        spans.extend(fact.evidence for fact in facts)
    return spans
