"""Helpers shared by tests of several stages."""

from __future__ import annotations

import io
import itertools
from collections.abc import Iterator
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.bulletin import Bulletin
from schemas import BulletinRecord


def write_warc(path: Path, pages: list[Path]) -> None:
    """A gzipped WARC of `pages` as HTTP responses, in order (URLs .../0.html, .../1.html ...)."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for number, page in enumerate(pages):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            url = f"https://news.example.edu.cn/{number}.html"
            body = io.BytesIO(page.read_bytes())
            writer.write_record(writer.create_warc_record(url, "response", payload=body, http_headers=headers))


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


class EndlessCopies:
    """An endless stream of copies of `template` (ids doc-0, doc-1 ...) that counts what was drawn."""

    def __init__(self, template: Bulletin) -> None:
        self.template = template
        self.drawn = 0

    def __iter__(self) -> Iterator[Bulletin]:
        for number in itertools.count():
            self.drawn += 1
            yield self.template.model_copy(update={"id": f"doc-{number}"})


def check_people(record: BulletinRecord, expected: list[tuple[str, str | None, str | None]]) -> None:
    """The record's people are exactly `expected` (name, title, organisation); an organisation matches
    by its name or its canonical name."""
    people = {person.name: person for person in record.people}
    assert set(people) == {name for name, _, _ in expected}
    for name, title, organisation in expected:
        person = people[name]
        assert person.title == title, name
        if organisation is None:
            assert person.organization is None, name
        else:
            held = person.organization
            assert held is not None and organisation in {held.name, held.canonical_name}, name
