"""Helpers shared by tests of several stages."""

from __future__ import annotations

from schemas import BulletinRecord


def check_evidence(record: BulletinRecord) -> None:
    """Every evidence offset points at its words (in the text, or the field it names)."""
    document = record.document
    evidences = [m for i in record.institutions for m in i.mentions]
    for kind in ("partnerships", "roles", "role_counts", "events", "people"):
        evidences += [fact.evidence for fact in getattr(record, kind)]
    for ev in evidences:
        source = getattr(document, ev.field) if ev.field else document.text
        assert source[ev.start : ev.end] == ev.text, ev


def names(facts) -> list[str]:
    return [f.name for f in facts]


def pairs(record: BulletinRecord) -> set[tuple[str, str]]:
    return {(p.chinese.name, p.foreign.name) for p in record.partnerships}
