"""Emit stage: an annotated Doc -> `schemas.BulletinRecord` -> one JSON line.

Lines are UTF-8 with Chinese as characters, keys in schema order, lists ordered by
where their first evidence starts, so the same input gives byte-identical output.

spaCy and the extractors' helpers are imported where a record is built, not with the module:
the parent of `extract --workers N` takes only the output files from here, and importing
spaCy there would cost it about a second of CPU for nothing.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from operator import itemgetter
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from pipeline.bulletin import Bulletin
from schemas import BulletinRecord

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from pipeline.extract.spans import Facts
    from pipeline.link.publisher import Publisher


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


# An institution mention: its start and end characters and what the resolver wrote on its span
# (kind, country, entry, display name, text as written). Plain tuples: made ~90 times a page.
Mention = tuple[int, int, "Facts"]


def institution_fields(doc: Doc) -> list[dict[str, Any]]:
    """One institution per linked entry (or per name, unlinked) with every mention, as
    `Institution` fields (unvalidated: the record validates them), in order of first mention
    (one named only on the credited-source line first)."""
    language = doc.lang_ if doc.lang_ in {"en", "zh"} else "en"
    grouped: dict[str, list[Mention]] = {}
    for mention in _mentions(doc):
        known = mention[2]
        identity = known.entry.id if known.entry is not None else (known.display_name or known.text).casefold()
        group = grouped.get(identity)
        if group is None:
            grouped[identity] = [mention]
        else:
            group.append(mention)
    # The mentions come in order of start, so the groups come in order of first mention.
    institutions = [_institution(group, language) for group in grouped.values()]
    _add_credited_source(doc, institutions)
    _add_unnamed_publisher(doc, institutions)
    return institutions


def _mentions(doc: Doc) -> list[Mention]:
    """Every span of `institutions_all` (nested parents included) with its facts, in order of start.

    The facts are those the resolver handed on beside the group; when the group was written anew
    since, they are read from its spans (and, when no parent is nested, it holds the extractors'
    own spans: their facts are then the list the extractors already read, `institution_facts`).
    """
    from pipeline.extract.spans import facts, institution_facts, institution_spans
    from pipeline.nlp.extensions import read_facts, read_spans

    every = doc.spans.get("institutions_all")
    if every is None:
        return []
    known = read_facts(doc, "institutions_all")
    if known is not None:
        spans = read_spans(doc, "institutions_all")  # the objects written beside the facts
    else:
        spans = institution_spans(doc)
        if len(every) == len(spans):
            known = institution_facts(doc)
        else:
            spans = list(every)  # a SpanGroup read makes new Span objects: once
            known = [facts(span) for span in spans]
    mentions = [(span.start_char, span.end_char, fact) for span, fact in zip(spans, known, strict=True)]
    mentions.sort(key=itemgetter(0))  # stable: mentions starting together keep the group's order
    return mentions


def _institution(group: list[Mention], language: str) -> dict[str, Any]:
    first = group[0][2]
    # prefer a written full name (the first mention's, most often: no generator for it)
    named = (
        first
        if first.display_name == first.text
        else next((known for _, _, known in group if known.display_name == known.text), first)
    )
    entry, named_entry = first.entry, named.entry
    # the first mention's country, else the first one given
    country = first.country or next((known.country for _, _, known in group if known.country), None)
    return {
        "name": named.display_name or named.text,
        "canonical_id": named_entry.id if named_entry else None,
        "canonical_name": named_entry.canonical_name(language) if named_entry else None,
        "kind": first.kind or "other",
        "country": country,
        "name_en": entry.name_en if entry else None,
        "name_zh": entry.name_zh if entry else None,
        "mentions": _evidence_of(group),
    }


def _evidence_of(group: list[Mention]) -> list[dict[str, Any]]:
    """`_evidence` of each mention, made here, without a call, for a mention with nothing to strip
    (nearly all: a span is whole tokens, and a token is a blank only between blank lines)."""
    return [
        {"start": start, "end": end, "text": known.text}
        if len(known.text.strip()) == len(known.text)
        else _evidence(start, end, known.text)
        for start, end, known in group
    ]


def _evidence(start: int, end: int, written: str) -> dict[str, Any]:
    """`pipeline.extract.spans.evidence_fields` of a mention: its text, stripped."""
    stripped = written.strip()
    if len(stripped) == len(written):
        return {"start": start, "end": end, "text": written}
    start += len(written) - len(written.lstrip())
    return {"start": start, "end": start + len(stripped), "text": stripped}


def _add_credited_source(doc: Doc, institutions: list[dict[str, Any]]) -> None:
    """The institution on the `来源:` / "Source:" line, when the gazetteer knows it: its mention
    last in its group, or, named only there, the group first (`institutions` are in order of
    first mention, and the credited-source line comes before the text).

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
    institutions.insert(
        0,
        {
            "name": credited,
            "canonical_id": entry.id,
            "canonical_name": entry.canonical_name(doc.lang_),
            "kind": entry.kind,
            "country": entry.country,
            "name_en": entry.name_en,
            "name_zh": entry.name_zh,
            "mentions": [mention],
        },
    )


def _add_unnamed_publisher(doc: Doc, institutions: list[dict[str, Any]]) -> None:
    """The publisher, when the text never names it but a body speaks as itself ("our Department",
    我厅: the publisher's voice), or a fact has it as a side, member, organisation or employer
    ("校长王华率团访问…" on the university's own site: its president, its partnership): listed as
    the guide lists a publisher met only in the first person (corpus/GUIDE.md, institutions), its
    mention those words, else the words of the first such fact."""
    publisher = doc._.publisher
    if publisher is None:
        return
    if any(_is_publisher(institution["canonical_id"], institution["name"], publisher) for institution in institutions):
        return
    evidence = _voice_of(doc, publisher) or _first_evidence_of(doc, publisher)
    if evidence is None:
        return
    entry = publisher.entry
    listed = {
        "name": publisher.name,
        "canonical_id": entry.id if entry else None,
        "canonical_name": publisher.name if entry else None,
        "kind": publisher.kind,
        "country": publisher.country,
        "name_en": entry.name_en if entry else None,
        "name_zh": entry.name_zh if entry else None,
        "mentions": [evidence],
    }
    # in order of first mention (a credited source's own mention is not in the text: it stays first)
    at = next(
        (
            i
            for i, institution in enumerate(institutions)
            if institution["mentions"][0].get("field") is None
            and institution["mentions"][0]["start"] > evidence["start"]
        ),
        len(institutions),
    )
    institutions.insert(at, listed)


def _voice_of(doc: Doc, publisher: Publisher) -> dict[str, Any] | None:
    """The words where the publisher speaks as itself, as evidence fields, or None."""
    if publisher.voice is None:
        return None
    start, end = publisher.voice
    return {"start": start, "end": end, "text": doc._.bulletin.text[start:end]}


def _first_evidence_of(doc: Doc, publisher: Publisher) -> dict[str, Any] | None:
    """The evidence (as fields) of the earliest fact that refers to the publisher, or None."""
    found = doc._
    refs = [
        *((fact.evidence, (fact.chinese, fact.foreign)) for fact in found.partnerships or []),
        *((fact.evidence, (fact.organization, fact.member)) for fact in found.roles or []),
        *((fact.evidence, (fact.organization,)) for fact in found.role_counts or []),
        *((fact.evidence, (fact.organization,)) for fact in found.people or [] if fact.organization is not None),
    ]
    starts = [
        evidence
        for evidence, sides in refs
        if evidence.field is None and any(_is_publisher(side.canonical_id, side.name, publisher) for side in sides)
    ]
    if not starts:
        return None
    first = min(starts, key=lambda evidence: evidence.start)
    return {"start": first.start, "end": first.end, "text": first.text}


def _is_publisher(canonical_id: str | None, name: str, publisher: Publisher) -> bool:
    """Whether an institution (by its gazetteer id, else its name) is the publisher."""
    if publisher.entry is not None:
        return canonical_id == publisher.entry.id
    return canonical_id is None and name == publisher.name


def record_line(record: BulletinRecord) -> str:
    """The record as one compact JSON line, Chinese as characters (`record_bytes`, decoded)."""
    return record_bytes(record).decode()


def record_bytes(record: BulletinRecord) -> bytes:
    """The record as one compact JSON line, in UTF-8, as pydantic's serializer writes it.

    It writes the same bytes as `json.dumps(record.model_dump(mode="json"), ensure_ascii=False,
    separators=(",", ":"))` in a third of the time: no intermediate dicts. Kept as bytes, the
    line is not decoded to a str only to be encoded again on its way to a file or another
    process (a Chinese line, ~45 KB, costs ~0.05 ms each way). The record is not validated
    again here; it was validated once, when it was built.
    """
    return record.__pydantic_serializer__.to_json(record) + b"\n"


@contextmanager
def atomic_output(path: str | Path, binary: bool = False) -> Iterator[IO[Any]]:
    """Write to a temporary file beside `path` and move it into place only when done.

    `-` is stdout. An interrupted run leaves the previous file untouched. `binary`: the handle
    takes bytes (`Written.data`, already UTF-8), else str (encoded to UTF-8 on the way).
    """
    if str(path) == "-":
        import sys

        sys.stdout.flush()  # what was printed before goes first
        stream = sys.stdout.buffer if binary else sys.stdout
        yield stream
        stream.flush()
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    text = {} if binary else {"encoding": "utf-8", "newline": "\n"}
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, then moved into place
        "wb" if binary else "w", dir=target.parent, prefix=f".{target.name}.", delete=False, **text
    )
    try:
        with handle:
            yield handle
        os.replace(handle.name, target)
    except BaseException:
        os.unlink(handle.name)
        raise


@contextmanager
def appending_output(path: str | Path, binary: bool = False) -> Iterator[IO[Any]]:
    """Collect lines in a temporary file, then append them to `path` in one write.

    A run that stops half-way adds nothing, so the daily file never holds half a batch.
    `binary` as for `atomic_output`.
    """
    target = Path(path)
    with atomic_output(target.with_name(f".{target.name}.batch"), binary) as batch:
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
