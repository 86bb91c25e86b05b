"""Emit stage: an annotated Doc -> `schemas.BulletinRecord` -> one JSON line.

Lines are UTF-8 with Chinese as characters, keys in schema order, lists ordered by
where their first evidence starts, so the same input gives byte-identical output.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from spacy.tokens import Doc, Span

from pipeline.bulletin import Bulletin
from pipeline.extract.spans import Facts, evidence_fields, facts, institution_ref
from schemas import BulletinRecord, Document, Evidence, Institution


def build_record(doc: Doc) -> BulletinRecord:
    bulletin: Bulletin = doc._.bulletin
    return BulletinRecord(
        document=build_document(bulletin, doc),
        institutions=build_institutions(doc),
        partnerships=doc._.partnerships or [],
        roles=doc._.roles or [],
        role_counts=doc._.role_counts or [],
        events=doc._.events or [],
        people=doc._.people or [],
        warnings=doc._.warnings or [],
    )


def build_document(bulletin: Bulletin, doc: Doc) -> Document:
    publisher = doc._.publisher
    published = bulletin.publication_date()
    return Document(
        id=bulletin.stable_id(),
        url=bulletin.url,
        source=bulletin.source,
        language=doc.lang_,
        title=bulletin.title,
        published=published.isoformat() if published else None,
        published_at=bulletin.published_at.isoformat() if bulletin.published_at else None,
        credited_source=bulletin.credited_source,
        editor=bulletin.editor,
        text=bulletin.text,
        channel=list(bulletin.channel) or None,
        publisher=publisher.ref() if publisher else None,
    )


def _identity(known: Facts) -> str:
    return known.entry.id if known.entry is not None else (known.display_name or known.text).casefold()


def build_institutions(doc: Doc) -> list[Institution]:
    """One Institution per linked entry (or per name, unlinked), with every mention.

    Each mention's facts are read once (the SpanGroup makes new Span objects on every read, so
    the per-span cache in `facts` would be looked up several times per span otherwise).
    """
    grouped: dict[str, list[tuple[Span, Facts]]] = {}
    for span in doc.spans.get("institutions_all", []):
        known = facts(span)
        grouped.setdefault(_identity(known), []).append((span, known))
    institutions = [_institution(doc, mentions) for mentions in grouped.values()]
    institutions = _with_credited_source(doc, institutions)
    return sorted(institutions, key=lambda i: (i.mentions[0].field is None, i.mentions[0].start))


def _institution(doc: Doc, mentions: list[tuple[Span, Facts]]) -> Institution:
    mentions.sort(key=lambda mention: mention[0].start_char)
    first, first_facts = mentions[0]
    # prefer a written full name
    named = next((span for span, known in mentions if known.display_name == known.text), first)
    entry = first_facts.entry
    ref = institution_ref(named)
    # One dict validated as a whole (mentions included): `Model(**fields)` validates the
    # same, through a slower keyword-argument call.
    return Institution.model_validate(
        {
            "name": ref.name,
            "canonical_id": ref.canonical_id,
            "canonical_name": ref.canonical_name,
            "kind": first_facts.kind or "other",
            "country": next((known.country for _, known in mentions if known.country), None),
            "name_en": entry.name_en if entry else None,
            "name_zh": entry.name_zh if entry else None,
            "mentions": [evidence_fields(doc, span.start_char, span.end_char) for span, _ in mentions],
        }
    )


def _with_credited_source(doc: Doc, institutions: list[Institution]) -> list[Institution]:
    """The institution on the `来源:` / "Source:" line, when the gazetteer knows it.

    Its mention points into `document.credited_source` (Evidence.field), not the text.
    """
    from pipeline.link.gazetteer import load_gazetteer

    credited = doc._.bulletin.credited_source
    entry = load_gazetteer().lookup(credited) if credited else None
    if entry is None:
        return institutions
    mention = Evidence(start=0, end=len(credited), text=credited, field="credited_source")
    for index, institution in enumerate(institutions):
        if institution.canonical_id == entry.id:
            institutions[index] = institution.model_copy(update={"mentions": [*institution.mentions, mention]})
            return institutions
    language = doc.lang_
    return [
        *institutions,
        Institution(
            name=credited,
            canonical_id=entry.id,
            canonical_name=entry.canonical_name(language),
            kind=entry.kind,
            country=entry.country,
            name_en=entry.name_en,
            name_zh=entry.name_zh,
            mentions=[mention],
        ),
    ]


def record_line(record: BulletinRecord) -> str:
    """The record as one compact JSON line, Chinese as characters.

    pydantic's serializer writes the same bytes as `json.dumps(record.model_dump(mode="json"),
    ensure_ascii=False, separators=(",", ":"))` in a third of the time: no intermediate dicts.
    The record is not validated again here; it was validated once, when it was built.
    """
    return record.model_dump_json() + "\n"


@contextmanager
def atomic_output(path: str | Path) -> Iterator[IO[str]]:
    """Write to a temporary file beside `path` and move it into place only when done.

    `-` is stdout. An interrupted run leaves the previous file untouched.
    """
    if str(path) == "-":
        import sys

        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, then moved into place
        "w", encoding="utf-8", newline="\n", dir=target.parent, prefix=f".{target.name}.", delete=False
    )
    try:
        with handle:
            yield handle
        os.replace(handle.name, target)
    except BaseException:
        os.unlink(handle.name)
        raise


@contextmanager
def appending_output(path: str | Path) -> Iterator[IO[str]]:
    """Collect lines in a temporary file, then append them to `path` in one write.

    A run that stops half-way adds nothing, so the daily file never holds half a batch.
    """
    target = Path(path)
    with atomic_output(target.with_name(f".{target.name}.batch")) as batch:
        yield batch
    staged = target.with_name(f".{target.name}.batch")
    with target.open("ab") as daily:
        daily.write(staged.read_bytes())
        daily.flush()
        os.fsync(daily.fileno())
    staged.unlink()


def write_json_schemas(folder: Path) -> list[Path]:
    """JSON Schema of the output record (and its document), generated from the models."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for model, name in ((BulletinRecord, "bulletin_record.schema.json"),):
        path = folder / name
        path.write_text(json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(path)
    return written
