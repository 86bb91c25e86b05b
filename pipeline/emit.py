"""Emit stage: an annotated Doc -> `schemas.BulletinRecord` -> one JSON line.

Lines are UTF-8 with Chinese as characters, keys in schema order, lists ordered by
where their first evidence starts, so the same input gives byte-identical output.
"""

from __future__ import annotations

import functools
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from operator import itemgetter
from pathlib import Path
from typing import IO, Any

from spacy.tokens import Doc, Span, SpanGroup
from spacy.vocab import Vocab

from pipeline.bulletin import Bulletin
from pipeline.extract.spans import institution_spans
from pipeline.nlp.extensions import doc_text, register_extensions
from schemas import BulletinRecord


def build_record(doc: Doc) -> BulletinRecord:
    """The Doc's record, validated once as a whole.

    The document and the institutions are handed over as plain dicts: pydantic-core validates
    nested dicts in one call, where a model built per institution or per mention costs a call
    each (the extractors' facts are already models and are taken as they are).
    """
    found = doc._  # one accessor object for the eight reads
    return BulletinRecord.model_validate(
        {
            "document": document_fields(found.bulletin, doc),
            "institutions": institution_fields(doc),
            "partnerships": found.partnerships or [],
            "roles": found.roles or [],
            "role_counts": found.role_counts or [],
            "events": found.events or [],
            "people": found.people or [],
            "warnings": found.warnings or [],
        }
    )


def document_fields(bulletin: Bulletin, doc: Doc) -> dict[str, Any]:
    """`Document`'s fields, unvalidated (the record validates them)."""
    publisher = doc._.publisher
    published = bulletin.publication_date()
    return {
        "id": bulletin.stable_id(),
        "url": bulletin.url,
        "source": bulletin.source,
        "language": doc.lang_,
        "title": bulletin.title,
        "published": published.isoformat() if published else None,
        "published_at": bulletin.published_at.isoformat() if bulletin.published_at else None,
        "credited_source": bulletin.credited_source,
        "editor": bulletin.editor,
        "text": bulletin.text,
        "channel": list(bulletin.channel) or None,
        "publisher": publisher.ref() if publisher else None,
    }


# An institution mention: its span's start and end characters, the gazetteer entry and display
# name the resolver gave the span, the text as written and its evidence fields. Plain tuples:
# made ~90 times a page.
Mention = tuple[int, int, Any, str | None, str, dict[str, Any]]
Extensions = Callable[[tuple[str, str, int, int]], Any]


def institution_fields(doc: Doc) -> list[dict[str, Any]]:
    """One institution per linked entry (or per name, unlinked) with every mention, as
    `Institution` fields (unvalidated: the record validates them), in order of first mention
    (one named only on the credited-source line first)."""
    text = doc_text(doc)
    language = doc.lang_ if doc.lang_ in {"en", "zh"} else "en"
    spans = _mention_spans(doc)
    extension = _extensions(doc, spans)
    grouped: dict[str, list[Mention]] = {}
    for mention in _mentions(spans, text, extension):
        entry = mention[2]
        identity = entry.id if entry is not None else (mention[3] or mention[4]).casefold()
        group = grouped.get(identity)
        if group is None:
            grouped[identity] = [mention]
        else:
            group.append(mention)
    institutions = [_institution(group, extension, language) for group in grouped.values()]
    _add_credited_source(doc, institutions)
    # One read from the credited-source line only (field set, start 0) first.
    institutions.sort(key=lambda i: (i["mentions"][0].get("field") is None, i["mentions"][0]["start"]))
    return institutions


def _mention_spans(doc: Doc) -> list[Span] | SpanGroup:
    """`institutions_all` (nested parents included), as the list of top-level spans the
    extractors share when there are no nested ones (then both hold the same spans): a
    SpanGroup read makes new Span objects."""
    every = doc.spans.get("institutions_all")
    if every is None:
        return []
    spans = institution_spans(doc)
    return spans if len(every) == len(spans) else every


def _mentions(spans: list[Span] | SpanGroup, text: str, extension: Extensions) -> list[Mention]:
    """The spans' mentions, in order of start."""
    offsets = [(span.start_char, span.end_char) for span in spans]
    offsets.sort(key=itemgetter(0))  # stable: mentions starting together keep the group's order
    return [
        (
            start,
            end,
            extension(("._.", "entry", start, end)),
            extension(("._.", "display_name", start, end)),
            written := text[start:end],
            _evidence(start, end, written),
        )
        for start, end in offsets
    ]


def _extensions(doc: Doc, spans: list[Span] | SpanGroup) -> Extensions:
    """A reader of the spans' extensions (`span._.kind` ...) by spaCy's key, ("._.", name,
    start char, end char): `doc.user_data.get` itself where spaCy keeps them there, which
    spares an accessor object per span and read (`span._`)."""
    if _extensions_keyed_by_offsets():
        return doc.user_data.get
    values = {}
    for span in spans:
        for name in ("entry", "display_name", "kind", "country"):
            values["._.", name, span.start_char, span.end_char] = getattr(span._, name)
    return values.get


@functools.cache
def _extensions_keyed_by_offsets() -> bool:
    """Whether spaCy keeps `span._.<name>` in `doc.user_data` under ("._.", name, start char,
    end char), as `spacy.tokens.underscore.Underscore._get_key` does (an internal format,
    checked once per process)."""
    register_extensions()
    doc = Doc(Vocab(), words=["a", "b"], spaces=[True, False])
    span = doc[1:2]
    span._.kind = "probe"
    return doc.user_data.get(("._.", "kind", span.start_char, span.end_char)) == "probe"


def _institution(group: list[Mention], extension: Extensions, language: str) -> dict[str, Any]:
    first = group[0]
    # prefer a written full name (the first mention's, most often: no generator for it)
    named = first if first[3] == first[4] else next((m for m in group if m[3] == m[4]), first)
    entry, named_entry = first[2], named[2]
    country = extension(("._.", "country", first[0], first[1]))
    if not country and len(group) > 1:  # the first mention's with one
        country = next((c for m in group if (c := extension(("._.", "country", m[0], m[1])))), None)
    return {
        "name": named[3] or named[4],
        "canonical_id": named_entry.id if named_entry else None,
        "canonical_name": named_entry.canonical_name(language) if named_entry else None,
        "kind": extension(("._.", "kind", first[0], first[1])) or "other",
        "country": country or None,
        "name_en": entry.name_en if entry else None,
        "name_zh": entry.name_zh if entry else None,
        "mentions": [m[5] for m in group],
    }


def _evidence(start: int, end: int, written: str) -> dict[str, Any]:
    """`pipeline.extract.spans.evidence_fields` of a mention: its text, stripped."""
    stripped = written.strip()
    if len(stripped) == len(written):
        return {"start": start, "end": end, "text": written}
    start += len(written) - len(written.lstrip())
    return {"start": start, "end": start + len(stripped), "text": stripped}


def _add_credited_source(doc: Doc, institutions: list[dict[str, Any]]) -> None:
    """The institution on the `来源:` / "Source:" line, when the gazetteer knows it.

    Its mention points into `document.credited_source` (Evidence.field), not the text.
    """
    from pipeline.link.gazetteer import load_gazetteer

    credited = doc._.bulletin.credited_source
    entry = load_gazetteer().lookup(credited) if credited else None
    if entry is None:
        return
    mention = {"start": 0, "end": len(credited), "text": credited, "field": "credited_source"}
    for institution in institutions:
        if institution["canonical_id"] == entry.id:
            institution["mentions"].append(mention)
            return
    institutions.append(
        {
            "name": credited,
            "canonical_id": entry.id,
            "canonical_name": entry.canonical_name(doc.lang_),
            "kind": entry.kind,
            "country": entry.country,
            "name_en": entry.name_en,
            "name_zh": entry.name_zh,
            "mentions": [mention],
        }
    )


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
