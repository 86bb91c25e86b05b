"""Turning spans on the Doc into the contract's pieces: refs, evidence, phrase hits."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from pipeline.language import to_simplified
from pipeline.nlp.extensions import doc_text
from schemas import Evidence, InstitutionRef


def evidence(doc: Doc, start: int, end: int) -> Evidence:
    """Evidence for doc_text(doc)[start:end], trimmed of surrounding whitespace."""
    text = doc_text(doc)[start:end]
    stripped = text.strip()
    start += len(text) - len(text.lstrip())
    return Evidence(start=start, end=start + len(stripped), text=stripped)


def institution_ref(span: Span) -> InstitutionRef:
    """The span's reference, made once per span and Doc (records share it; nothing mutates one)."""
    cache = span.doc.user_data.setdefault("_institution_refs", {})
    key = (span.start, span.end, span.label)
    ref = cache.get(key)
    if ref is None:
        ref = cache[key] = _new_institution_ref(span)
    return ref


def _new_institution_ref(span: Span) -> InstitutionRef:
    entry = span._.entry
    return InstitutionRef(
        name=span._.display_name or span.text,
        canonical_id=entry.id if entry else None,
        canonical_name=entry.canonical_name(_language(span.doc)) if entry else None,
    )


def _language(doc: Doc) -> str:
    return doc.lang_ if doc.lang_ in {"en", "zh"} else "en"


def matching_text(doc: Doc) -> str:
    """The text rules match against: lower case (English) or simplified script (Chinese)."""
    key = "_matching_text"
    if key not in doc.user_data:
        doc.user_data[key] = to_simplified(doc_text(doc)) if doc.lang_ == "zh" else doc_text(doc).lower()
    return doc.user_data[key]


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule phrase found in the text, with the value its table gives it."""

    start: int
    end: int
    phrase: str
    value: str


@functools.cache
def phrase_pattern(phrases: tuple[str, ...], english: bool) -> re.Pattern[str]:
    """One regex for a vocabulary, longest phrases first, whole words in English."""
    body = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    if english:
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")
    return re.compile(f"(?:{body})")


@functools.cache
def _scan_pattern(phrases: tuple[str, ...], english: bool) -> re.Pattern[str]:
    """`phrase_pattern` without what it checks after a phrase: run over the whole text, it finds
    a phrase overlapping every one `phrase_pattern` can find inside any stretch of it."""
    body = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})" if english else f"(?:{body})")


def find_phrases(doc: Doc, start: int, end: int, table: dict[str, str]) -> list[Hit]:
    """Non-overlapping vocabulary hits inside doc_text(doc)[start:end]."""
    if not table:
        return []
    vocabulary = _vocabulary(table, doc.lang_ != "zh")
    lookup = vocabulary.lookup
    matches = finditer_near(vocabulary.pattern, matching_text(doc), start, end, _phrase_spans(doc, vocabulary.scan))
    return [Hit(m.start(), m.end(), m.group(0), lookup[m.group(0)]) for m in matches]


def finditer_near(pattern: re.Pattern[str], text: str, start: int, end: int, near: Spans) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, start, end)`, when no match of `pattern` can start outside the
    ranges `near`: each search skips ahead to the next range, so the text between them is never read."""
    index = bisect.bisect_right(near.ends, start)  # the first range ending after `start`
    position = start
    while index < len(near.starts) and near.starts[index] < end:
        match = pattern.search(text, max(position, near.starts[index]), end)
        if match is None:
            return
        yield match
        position = match.end() if match.end() > match.start() else match.end() + 1
        index = bisect.bisect_right(near.ends, position, lo=index)


def phrase_spans(doc: Doc, table: dict[str, str]) -> Spans:
    """Where the vocabulary's phrases stand in the matching text, found once per Doc: a stretch
    that overlaps none of them holds no hit (see `_scan_pattern`)."""
    return _phrase_spans(doc, _vocabulary(table, doc.lang_ != "zh").scan)


def word_spans(doc: Doc, words: tuple[str, ...]) -> Spans:
    """Where `words` stand in the matching text (as plain strings, nothing around them checked),
    found once per Doc: a stretch overlapping none holds none of them."""
    if not words:
        return Spans([], [])
    return _phrase_spans(doc, _word_pattern(words))


@functools.cache
def _word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    table: dict[str, str]
    size: int
    pattern: re.Pattern[str]
    scan: re.Pattern[str]
    lookup: dict[str, str]


_VOCABULARIES: dict[tuple[int, bool], _Vocabulary] = {}


def _vocabulary(table: dict[str, str], english: bool) -> _Vocabulary:
    """A table's patterns and lookup, made once per table (the tables are read once and kept)."""
    known = _VOCABULARIES.get((id(table), english))
    if known is None or known.table is not table or known.size != len(table):
        phrases = tuple(table)
        lookup = {k.lower(): v for k, v in table.items()} if english else table
        known = _Vocabulary(
            table, len(table), phrase_pattern(phrases, english), _scan_pattern(phrases, english), lookup
        )
        _VOCABULARIES[(id(table), english)] = known
    return known


def _phrase_spans(doc: Doc, scan: re.Pattern[str]) -> Spans:
    """Where `scan` matches in the matching text, once per Doc."""
    cache = doc.user_data.setdefault("_phrase_spans", {})
    found = cache.get(scan)
    if found is None:
        found = cache[scan] = Spans.of(m.span() for m in scan.finditer(matching_text(doc)))
    return found


@dataclass(frozen=True, slots=True)
class Spans:
    """Non-overlapping character ranges in order, as parallel lists for `bisect`."""

    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, spans) -> Spans:
        pairs = list(spans)
        return cls([a for a, _ in pairs], [b for _, b in pairs])


@dataclass(frozen=True, slots=True)
class Sentences:
    """A Doc's sentences, read once (every read of `doc.sents` makes new Span objects)."""

    spans: list[Span]
    starts: list[int]  # their first characters

    def overlapping(self, ranges: Spans) -> set[int]:
        """Indices of the sentences that overlap any of `ranges` (and maybe of one next to them)."""
        found: set[int] = set()
        for start, end in zip(ranges.starts, ranges.ends, strict=True):
            first = max(bisect.bisect_right(self.starts, start) - 1, 0)
            found.update(range(first, max(bisect.bisect_right(self.starts, end - 1), first + 1)))
        return found


def sentences(doc: Doc) -> Sentences:
    key = "_sentences"
    if key not in doc.user_data:
        spans = list(doc.sents)
        doc.user_data[key] = Sentences(spans, [s.start_char for s in spans])
    return doc.user_data[key]


def overlaps(spans: Spans, start: int, end: int) -> bool:
    """Whether any of `spans` overlaps start:end."""
    first = bisect.bisect_right(spans.ends, start)  # the first range ending after `start`
    return first < len(spans.starts) and spans.starts[first] < end


def institutions_in(doc: Doc, start_char: int, end_char: int) -> list[Span]:
    """Top-level institution spans inside a character range, in order."""
    index = _institution_index(doc)
    if index is None:
        return [s for s in institution_spans(doc) if s.start_char >= start_char and s.end_char <= end_char]
    starts, ends, spans = index
    first = bisect.bisect_left(starts, start_char)
    last = bisect.bisect_right(starts, end_char, lo=first)
    return [spans[i] for i in range(first, last) if ends[i] <= end_char]


def _institution_index(doc: Doc) -> tuple[list[int], list[int], list[Span]] | None:
    """The institutions' start and end characters, once per Doc, when they come in order of
    start (then a range is found by `bisect`); None when they do not."""
    key = "_institution_index"
    if key not in doc.user_data:
        spans = institution_spans(doc)
        starts = [s.start_char for s in spans]
        ordered = starts == sorted(starts)
        doc.user_data[key] = (starts, [s.end_char for s in spans], spans) if ordered else None
    return doc.user_data[key]


def institution_spans(doc: Doc) -> list[Span]:
    """The resolver's institutions, read once: every read of a SpanGroup makes new Span objects."""
    spans = doc.user_data.get("institution_spans")
    if spans is None:
        spans = doc.user_data["institution_spans"] = list(doc.spans.get("institutions", []))
    return spans


@dataclass(frozen=True, slots=True)
class Facts:
    """What the resolver wrote on an institution span (its `span._` extensions)."""

    kind: str | None
    country: str | None
    entry: Any
    display_name: str | None
    text: str


def facts(span: Span) -> Facts:
    """The span's extensions, read once per span and Doc (each `span._` read costs a lookup object)."""
    cache = span.doc.user_data.setdefault("_span_facts", {})
    key = (span.start, span.end, span.label)
    found = cache.get(key)
    if found is None:
        ext = span._
        found = cache[key] = Facts(ext.kind, ext.country, ext.entry, ext.display_name, span.text)
    return found


def same_institution(a: Span, b: Span) -> bool:
    first, second = facts(a), facts(b)
    if first.entry is not None and second.entry is not None:
        return first.entry.id == second.entry.id
    return (first.display_name or first.text) == (second.display_name or second.text)
