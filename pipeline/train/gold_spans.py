"""Entity spans from gold facts: where each gold name, person, place and date is written.

ORG: every occurrence of every gold institution name as written. PERSON: every
occurrence of a gold person's name. GPE: event locations, country names (not the
adjectives: "Australian" is no place) and the places of `resources/geo`, so that a
city is labelled the same way wherever it stands. DATE: the expressions
`pipeline.dates.find_dates` reads. Occurrences are searched in the simplified view (a
traditional-script text meets its names at the same offsets); English ones must stand
as whole words. Where candidates overlap the longest wins, then ORG > PERSON > GPE > DATE.

A span that does not fall on token boundaries of the project's tokenizer is not
guessed: it is counted, and its tokens are marked missing (neither entity nor
outside), so the model is not taught that a real name is "no entity".
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from pipeline.dates import find_dates
from pipeline.language import to_simplified
from pipeline.link.countries import COUNTRIES_FILE
from pipeline.link.places import load_places

PRIORITY = {"ORG": 0, "PERSON": 1, "GPE": 2, "DATE": 3}
MIN_PLACE_CHARS = 2  # a one-character abbreviation (京) is not searched on its own
_COUNTRY_NAME_COLUMNS = ("name_en", "aliases_en", "name_zh", "aliases_zh")


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entity as characters of the text, before it is put on tokens."""

    start: int
    end: int
    label: str


@dataclass
class DerivedSpans:
    """One bulletin's entities on its tokens, and what could not be placed."""

    entities: list[Span] = field(default_factory=list)
    missing: list[Span] = field(default_factory=list)  # tokens whose tag nobody knows
    unaligned: list[Candidate] = field(default_factory=list)  # candidates off token boundaries
    not_found: list[tuple[str, str]] = field(default_factory=list)  # (label, gold name) never written


def gold_names(gold: dict[str, Any]) -> dict[str, set[str]]:
    """Institution and person names a gold file gives, by label."""
    orgs = {item["name"] for item in gold.get("institutions", []) if item.get("name")}
    people = {item["name"] for item in gold.get("people", []) if item.get("name")}
    places = {
        item["location"]
        for item in gold.get("events", [])
        if item.get("location") and len(item["location"]) >= MIN_PLACE_CHARS
    }
    return {"ORG": orgs, "PERSON": people, "GPE": places}


@functools.cache
def country_names() -> frozenset[str]:
    """Country names and aliases in both languages, adjectives left out."""
    names: set[str] = set()
    with COUNTRIES_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            for column in _COUNTRY_NAME_COLUMNS:
                names.update(w.strip() for w in (row.get(column) or "").split("|") if w.strip())
    return frozenset(names)


@functools.cache
def place_names() -> frozenset[str]:
    return frozenset(name for name in load_places().country_of if len(name) >= MIN_PLACE_CHARS)


def occurrences(text: str, phrase: str, *, whole_words: bool) -> Iterator[tuple[int, int]]:
    """(start, end) of every occurrence of `phrase` in `text`; both already in one script."""
    start = text.find(phrase)
    while start != -1 and phrase:
        end = start + len(phrase)
        if not whole_words or _stands_alone(text, start, end):
            yield start, end
        start = text.find(phrase, start + 1)


def _stands_alone(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def find_candidates(text: str, gold: dict[str, Any], language: str, published: dt.date | None) -> list[Candidate]:
    """Every candidate entity in `text` (overlapping ones included)."""
    view = to_simplified(text)
    whole_words = language == "en"
    phrases = gold_names(gold)
    phrases["GPE"] = phrases["GPE"] | country_names() | place_names()
    found = {
        Candidate(start, end, label)
        for label, names in phrases.items()
        for name in names
        for start, end in occurrences(view, to_simplified(name), whole_words=whole_words)
    }
    found |= {Candidate(m.start, m.end, "DATE") for m in find_dates(text, language, published)}
    return sorted(found, key=lambda c: (c.start, c.end, c.label))


def longest_first(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then by label priority, then earliest."""
    ordered = sorted(candidates, key=lambda c: (-(c.end - c.start), PRIORITY[c.label], c.start))
    kept: list[Candidate] = []
    for candidate in ordered:
        if all(candidate.end <= k.start or k.end <= candidate.start for k in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda c: c.start)


def names_not_written(text: str, gold: dict[str, Any], language: str) -> list[tuple[str, str]]:
    """Gold institution and person names that never occur in the text (e.g. the publisher of 我校)."""
    view = to_simplified(text)
    names = gold_names(gold)
    return sorted(
        (label, name)
        for label in ("ORG", "PERSON")
        for name in names[label]
        if next(occurrences(view, to_simplified(name), whole_words=language == "en"), None) is None
    )


def derive_spans(doc: Doc, gold: dict[str, Any], language: str, published: dt.date | None) -> DerivedSpans:
    """The gold's entities on `doc`'s tokens (doc made by the project's tokenizer from the text)."""
    derived = DerivedSpans(not_found=names_not_written(doc.text, gold, language))
    off_tokens: list[Candidate] = []
    for candidate in longest_first(find_candidates(doc.text, gold, language, published)):
        span = doc.char_span(candidate.start, candidate.end, label=candidate.label, alignment_mode="contract")
        if span is not None and (span.start_char, span.end_char) == (candidate.start, candidate.end):
            derived.entities.append(span)
        else:
            off_tokens.append(candidate)
    derived.unaligned = off_tokens
    derived.missing = _missing_runs(doc, off_tokens, derived.entities)
    return derived


def _missing_runs(doc: Doc, off_tokens: list[Candidate], entities: list[Span]) -> list[Span]:
    """Tokens under unaligned candidates, minus entity tokens, as contiguous spans."""
    taken = {i for span in entities for i in range(span.start, span.end)}
    unknown: set[int] = set()
    for candidate in off_tokens:
        span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        if span is not None:
            unknown.update(i for i in range(span.start, span.end) if i not in taken)
    runs: list[Span] = []
    for i in sorted(unknown):
        if runs and runs[-1].end == i:
            runs[-1] = doc[runs[-1].start : i + 1]
        else:
            runs.append(doc[i : i + 1])
    return runs


def annotate(doc: Doc, derived: DerivedSpans) -> Doc:
    """`doc` with the derived entities set, unknown tokens missing, every other token outside."""
    doc.set_ents(derived.entities, missing=derived.missing, default="outside")
    return doc
