"""Turning spans on the Doc into the contract's pieces: refs, evidence, phrase hits."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

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


def find_phrases(doc: Doc, start: int, end: int, table: dict[str, str]) -> list[Hit]:
    """Non-overlapping vocabulary hits inside doc_text(doc)[start:end]."""
    if not table:
        return []
    english = doc.lang_ != "zh"
    pattern = phrase_pattern(tuple(table), english)
    text = matching_text(doc)
    lookup = {k.lower(): v for k, v in table.items()} if english else table
    return [Hit(m.start(), m.end(), m.group(0), lookup[m.group(0)]) for m in pattern.finditer(text, start, end)]


def institutions_in(doc: Doc, start_char: int, end_char: int) -> list[Span]:
    """Top-level institution spans inside a character range, in order."""
    return [s for s in institution_spans(doc) if s.start_char >= start_char and s.end_char <= end_char]


def institution_spans(doc: Doc) -> list[Span]:
    """The resolver's institutions, read once: every read of a SpanGroup makes new Span objects."""
    spans = doc.user_data.get("institution_spans")
    if spans is None:
        spans = doc.user_data["institution_spans"] = list(doc.spans.get("institutions", []))
    return spans


def same_institution(a: Span, b: Span) -> bool:
    if a._.entry is not None and b._.entry is not None:
        return a._.entry.id == b._.entry.id
    return (a._.display_name or a.text) == (b._.display_name or b.text)
