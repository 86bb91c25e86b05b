"""Results live on the Doc: the extensions every component reads and writes."""

from __future__ import annotations

import itertools
from typing import Any, NamedTuple

from spacy.tokens import Doc, Span


def register_extensions() -> None:
    """Idempotent: safe to call from every component factory."""
    doc_fields = {
        "bulletin": None,  # pipeline.bulletin.Bulletin, set before the pipeline runs
        "publisher": None,  # GazetteerEntry of the publishing institution, if known
        "dates": None,  # list[pipeline.dates.DateMention]
        "settings": None,  # {sentence start token: extract.events.Setting}: when and where it happened
        "events": None,  # list[schemas.Event]
        "partnerships": None,  # list[schemas.Partnership]
        "roles": None,  # list[schemas.Role]
        "role_counts": None,  # list[schemas.RoleCount]
        "people": None,  # list[schemas.Person]
        "warnings": None,  # list[str]
    }
    for name, default in doc_fields.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    span_fields = {
        "entry": None,  # GazetteerEntry when the name links
        "kind": None,  # InstitutionKind
        "country": None,  # ISO alpha-2
        "display_name": None,  # the name to report (the publisher's for 我校 / "our university")
    }
    for name, default in span_fields.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


def doc_list(doc: Doc, name: str) -> list:
    """A list-valued Doc extension, created empty on first use."""
    value = getattr(doc._, name)
    if value is None:
        value = []
        setattr(doc._, name, value)
    return value


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once: spaCy joins every token on each access, and the extractors
    slice the text thousands of times per bulletin."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


class SpanRow(NamedTuple):
    """A span as the numbers and strings a SpanGroup keeps for it. Reading a Span out of a
    group builds a Span and, inside spaCy, two Tokens (~2 µs); a row is a tuple. The
    institution finders hand their spans on as rows, and the resolver works on rows."""

    start: int
    end: int
    start_char: int
    end_char: int
    label: str
    kb_id: str
    span_id: int

    def span(self, doc: Doc) -> Span:
        return Span(doc, self.start, self.end, label=self.label, kb_id=self.kb_id, span_id=self.span_id)


class Facts(NamedTuple):
    """What the resolver wrote on an institution span (its `span._` extensions; a tuple: one is
    made for every institution of every Doc, and a frozen dataclass costs several times more)."""

    kind: str | None
    country: str | None
    entry: Any
    display_name: str | None
    text: str


_ROWS = "_span_rows"  # the stamp in a group's attrs; ("_span_rows", key) in doc.user_data
_SPANS = "_span_objects"  # ("_span_objects", key) in doc.user_data
_FACTS = "_span_facts_written"  # ("_span_facts_written", key) in doc.user_data
_stamps = itertools.count(1)


def write_rows(doc: Doc, key: str, rows: list[SpanRow], spans: list[Span] | None = None) -> None:
    """`doc.spans[key]` from rows (or their `spans`, when made already), the rows kept beside it
    for `read_rows`."""
    doc.spans[key] = spans_of_rows(doc, rows) if spans is None else spans
    doc.user_data[(_ROWS, key)] = (_stamp(doc, key), rows)


def spans_of_rows(doc: Doc, rows: list[SpanRow]) -> list[Span]:
    """`row.span(doc)` for each row, each distinct label and kb_id given to the vocabulary once
    (a Span made with a string hashes it again: ~40% of making the Span)."""
    add = doc.vocab.strings.add
    ids: dict[str, int] = {}

    def id_of(text: str) -> int:
        found = ids.get(text)
        if found is None:
            found = ids[text] = add(text)
        return found

    return [Span(doc, r.start, r.end, label=id_of(r.label), kb_id=id_of(r.kb_id), span_id=r.span_id) for r in rows]


def read_rows(doc: Doc, key: str) -> list[SpanRow]:
    """The spans of `doc.spans[key]` as rows (empty without the group): those written or read
    before, while the group is still that one (same stamp, same length), else read once."""
    group = doc.spans.get(key)
    if group is None:
        return []
    kept = _kept(doc, _ROWS, key)
    if kept is not None:
        return kept
    rows = [SpanRow(s.start, s.end, s.start_char, s.end_char, s.label_, s.kb_id_, s.id) for s in group]
    doc.user_data[(_ROWS, key)] = (_stamp(doc, key), rows)
    return rows


class _DocSpans(list):
    """Span objects kept in `doc.user_data` for one Doc. Spans neither copy nor pickle, so a copy
    (`Doc.copy`, pickling the Doc) keeps none, and `read_spans` reads the copy's group again."""

    def __deepcopy__(self, memo: dict) -> _DocSpans:
        return _DocSpans()

    def __reduce__(self) -> tuple[type, tuple]:
        return _DocSpans, ()


def write_spans(doc: Doc, key: str, spans: list[Span], facts: list[Facts] | None = None) -> None:
    """`doc.spans[key] = spans`, the Span objects kept beside the group for `read_spans`, and the
    `facts` written on them (one per span, in order), when given, for `read_facts`."""
    doc.spans[key] = spans
    stamp = _stamp(doc, key)
    doc.user_data[(_SPANS, key)] = (stamp, _DocSpans(spans))
    if facts is not None:
        doc.user_data[(_FACTS, key)] = (stamp, facts)


def read_spans(doc: Doc, key: str) -> list[Span]:
    """The spans of `doc.spans[key]` (empty without the group): the objects written or read before,
    while the group is still that one (same stamp, same length) on this Doc, else read once (every
    read of a SpanGroup makes new Span objects)."""
    group = doc.spans.get(key)
    if group is None:
        return []
    kept = _kept(doc, _SPANS, key)
    if kept is not None:
        return kept
    spans = _DocSpans(group)
    doc.user_data[(_SPANS, key)] = (_stamp(doc, key), spans)
    return spans


def read_facts(doc: Doc, key: str) -> list[Facts] | None:
    """The facts `write_spans` kept beside `doc.spans[key]`, one per span of the group, in order,
    while the group is still the one written (same stamp, same length); None otherwise (then they
    are read from the spans' extensions). They are the values the writer gave the extensions, so
    a span extension set again later on (no component does) is not seen here."""
    if doc.spans.get(key) is None:
        return None
    return _kept(doc, _FACTS, key)


def _kept(doc: Doc, kind: str, key: str) -> list | None:
    """What was kept of `kind` (`_ROWS`, `_SPANS`, `_FACTS`) beside `doc.spans[key]`, while the group is still
    the one it was kept for (same stamp, same length); None otherwise."""
    kept = doc.user_data.get((kind, key))
    group = doc.spans[key]
    if kept is not None and kept[0] == group.attrs.get(_ROWS) and len(kept[1]) == len(group):
        return kept[1]
    return None


def _stamp(doc: Doc, key: str) -> int:
    """The stamp of `doc.spans[key]`, given on first use: a stamp in the group's attrs (which go
    wherever the group goes) ties what is kept beside it to this group, as a group written anew
    under the key has no stamp, or another one."""
    attrs = doc.spans[key].attrs
    stamp = attrs.get(_ROWS)
    if stamp is None:
        stamp = attrs[_ROWS] = next(_stamps)
    return stamp
