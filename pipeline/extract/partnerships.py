"""Component `partnership_extractor`: which Chinese institution cooperates with which foreign one.

A sentence that names both sides and a trigger word ("signed", "MoU", 签署, 备忘录)
gives one partnership per pair: "between A and B, and between C and D" pairs inside
each "between"; "A signed agreements with B, C and D" pairs the one Chinese side with
every foreign one; otherwise each foreign side pairs with the nearest Chinese side
before it. The kind is the most specific trigger; the date is the sentence's setting.
A joint institute linked in the gazetteer supplies its own pair (`inferred: true`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.extract.spans import (
    Facts,
    evidence,
    facts,
    find_phrases,
    institution_ref,
    institution_spans,
    institutions_in,
    same_institution,
    sentences,
)
from pipeline.link.gazetteer import load_gazetteer
from pipeline.nlp.extensions import doc_text, register_extensions
from pipeline.rules import word_list, word_table
from schemas import InstitutionRef, Partnership

# The strongest kind first (corpus/GUIDE.md): a signed agreement on a programme is an agreement.
KIND_PRIORITY = ("joint_institute", "agreement", "joint_program", "mou", "other", "talks")
SIDE_KINDS = {"university", "college", "school", "research_institute", "company", "government", "other"}
CHINESE = {"CN"}
NOT_FOREIGN = {"CN"}  # Hong Kong, Macao and Taiwan partners count as the other side
_BETWEEN = {"en": re.compile(r"\bbetween\b", re.IGNORECASE), "zh": re.compile(r"(?!)")}


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a partnership: its reference and country."""

    ref: InstitutionRef
    country: str | None

    @classmethod
    def of(cls, span: Span) -> Side:
        return cls(institution_ref(span), span._.country)

    @classmethod
    def publisher(cls, doc: Doc) -> Side | None:
        key = "_publisher_side"
        if key not in doc.user_data:
            publisher = doc._.publisher
            chinese = publisher is not None and publisher.country == "CN"
            doc.user_data[key] = cls(publisher.ref(), "CN") if chinese else None
        return doc.user_data[key]


class PartnershipExtractor:
    def __init__(self, language: str) -> None:
        register_extensions()
        self.language = language
        self.triggers = word_table(language, "partnership_triggers.tsv")
        self.events = word_table(language, "event_triggers.tsv")
        self.anaphors = {phrase: "pair" for phrase in word_list(language, "pair_anaphors.txt")}

    def __call__(self, doc: Doc) -> Doc:
        found: list[Partnership] = []
        list_kinds: set[str] = set()
        previous_kinds: set[str] = set()
        context: dict[str, Span] = {}  # the last Chinese and foreign side named
        text = doc_text(doc)
        for sent in sentences(doc).spans:
            sentence = text[sent.start_char : sent.end_char]
            if not sentence.strip():
                continue
            kinds = self._kinds(doc, sent)
            chinese, foreign = self._sides(doc, sent)
            pairs = self._pairs_in(doc, sent, chinese, foreign) if (kinds or list_kinds) else []
            if not pairs and kinds:
                pairs = self._pairs_from_context(doc, sent, chinese, foreign, context)
            found.extend(self._partnerships(doc, sent, pairs, kinds or list_kinds))
            if sentence.rstrip().endswith((":", "：")):
                # "They are:" - the list lines that follow are the partnerships it announces.
                list_kinds = kinds or previous_kinds
            elif not pairs:
                list_kinds = set()
            previous_kinds = kinds
            if chinese:
                context["chinese"] = chinese[-1]
            if foreign:
                context["foreign"] = foreign[-1]
        found.extend(self._from_joint_institutes(doc, found))
        doc._.partnerships = _unique_pairs(found)
        return doc

    def _kinds(self, doc: Doc, sent: Span) -> set[str]:
        return {h.value for h in find_phrases(doc, sent.start_char, sent.end_char, self.triggers)}

    def _sides(self, doc: Doc, sent: Span) -> tuple[list[Span], list[Span]]:
        sides = [s for s in institutions_in(doc, sent.start_char, sent.end_char) if facts(s).kind in SIDE_KINDS]
        if not sides:
            return [], []
        if self._reports_approval(doc, sent):
            sides = [s for s in sides if facts(s).kind != "government"]  # the approver is no partner
        chinese = [s for s in sides if facts(s).country in CHINESE]
        # An unlisted university with no country cue, beside a known Chinese one, is the other side:
        # unlisted Chinese universities carry a Chinese place in their names.
        foreign = [s for s in sides if _may_be_foreign(facts(s))]
        return _parties(chinese), _parties(foreign)

    def _pairs_in(self, doc: Doc, sent: Span, chinese: list[Span], foreign: list[Span]) -> list[tuple[Side, Side]]:
        if not chinese or not foreign:
            return []
        pairs = self._pairs(doc, sent, chinese, foreign)
        return [(Side.of(c), Side.of(f)) for c, f in pairs if not same_institution(c, f)]

    def _pairs_from_context(
        self, doc: Doc, sent: Span, chinese: list[Span], foreign: list[Span], context: dict[str, Span]
    ) -> list[tuple[Side, Side]]:
        """'The two sides signed...' (双方签署): the pair named before. On a university's own page
        a foreign side with no Chinese one beside it cooperates with the publisher."""
        publisher = Side.publisher(doc)
        if foreign and not chinese and publisher is not None:
            return [(publisher, Side.of(f)) for f in _distinct(foreign)]
        if not find_phrases(doc, sent.start_char, sent.end_char, self.anaphors):
            return []
        cn = Side.of(chinese[0]) if chinese else _side_of(context.get("chinese")) or publisher
        other = Side.of(foreign[0]) if foreign else _side_of(context.get("foreign"))
        return [(cn, other)] if cn is not None and other is not None else []

    def _partnerships(self, doc: Doc, sent: Span, pairs: list[tuple[Side, Side]], kinds: set[str]) -> list[Partnership]:
        if not pairs or not kinds:
            return []
        kind = next(k for k in KIND_PRIORITY if k in kinds)
        setting = (doc._.settings or {}).get(sent.start)
        date = setting.date.isoformat() if setting and setting.date else None
        where = evidence(doc, sent.start_char, sent.end_char)
        return [
            Partnership(
                chinese=c.ref,
                foreign=f.ref,
                foreign_country=f.country,
                kind=kind,
                date=date,
                inferred=False,
                evidence=where,
            )
            for c, f in pairs
        ]

    def _reports_approval(self, doc: Doc, sent: Span) -> bool:
        return any(h.value == "approval" for h in find_phrases(doc, sent.start_char, sent.end_char, self.events))

    def _pairs(self, doc: Doc, sent: Span, chinese: list[Span], foreign: list[Span]) -> list[tuple[Span, Span]]:
        segments = self._between_segments(doc, sent)
        if len(segments) > 1:
            pairs = []
            for start, end in segments:
                inner_c = [c for c in chinese if start <= c.start_char < end]
                inner_f = [f for f in foreign if start <= f.start_char < end]
                pairs.extend(self._pairs_by_position(inner_c, inner_f))
            return pairs
        return self._pairs_by_position(chinese, foreign)

    def _between_segments(self, doc: Doc, sent: Span) -> list[tuple[int, int]]:
        starts = [m.start() for m in _BETWEEN[self.language].finditer(doc_text(doc), sent.start_char, sent.end_char)]
        if len(starts) < 2:
            return [(sent.start_char, sent.end_char)]
        bounds = [*starts, sent.end_char]
        return [(sent.start_char if i == 0 else bounds[i], bounds[i + 1]) for i in range(len(starts))]

    @staticmethod
    def _pairs_by_position(chinese: list[Span], foreign: list[Span]) -> list[tuple[Span, Span]]:
        distinct_chinese = _distinct(chinese)
        if len(distinct_chinese) == 1:
            return [(distinct_chinese[0], f) for f in _distinct(foreign)]
        distinct_foreign = _distinct(foreign)
        if len(distinct_foreign) == 1:
            return [(c, distinct_foreign[0]) for c in distinct_chinese]
        pairs = []
        for f in distinct_foreign:
            before = [c for c in chinese if c.start < f.start]
            partner = before[-1] if before else min(chinese, key=lambda c: abs(c.start - f.start))
            pairs.append((partner, f))
        return pairs

    def _from_joint_institutes(self, doc: Doc, found: list[Partnership]) -> list[Partnership]:
        gazetteer = load_gazetteer()
        inferred = []
        settings = doc._.settings or {}
        for span in institution_spans(doc):
            entry = span._.entry
            if entry is None or entry.kind != "joint_institute" or not entry.parent or not entry.partners:
                continue
            parent = gazetteer.get(entry.parent)
            setting = settings.get(span.sent.start)
            for partner_id in entry.partners:
                partner = gazetteer.get(partner_id)
                if parent is None or partner is None:
                    continue
                inferred.append(
                    Partnership(
                        chinese=_entry_ref(parent, self.language),
                        foreign=_entry_ref(partner, self.language),
                        foreign_country=partner.country,
                        kind="joint_institute",
                        date=setting.date.isoformat() if setting and setting.date else None,
                        inferred=True,
                        evidence=evidence(doc, span.start_char, span.end_char),
                    )
                )
        return inferred


def _side_of(span: Span | None) -> Side | None:
    return Side.of(span) if span is not None else None


def _entry_ref(entry, language: str) -> InstitutionRef:
    name = entry.canonical_name(language)
    return InstitutionRef(name=name, canonical_id=entry.id, canonical_name=name)


def _distinct(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in spans:
        if not any(same_institution(span, k) for k in kept):
            kept.append(span)
    return kept


def _may_be_foreign(side: Facts) -> bool:
    return bool(side.country and side.country not in NOT_FOREIGN) or (
        side.country is None and side.kind == "university"
    )


def _parties(sides: list[Span]) -> list[Span]:
    """Beside a university, an embassy or a ministry witnesses or approves; it signs only alone."""
    institutions = [s for s in sides if facts(s).kind != "government"]
    return institutions or sides


def _pair_key(p: Partnership) -> tuple[str, str]:
    return (p.chinese.canonical_id or p.chinese.name, p.foreign.canonical_id or p.foreign.name)


def _unique_pairs(found: list[Partnership]) -> list[Partnership]:
    """One partnership per pair (corpus/GUIDE.md): its strongest kind, its latest date.

    A stated pair beats an inferred one; the evidence is the pair's first stated mention.
    """
    kept: dict[tuple[str, str], Partnership] = {}
    for partnership in sorted(found, key=lambda p: (p.inferred, p.evidence.start)):
        key = _pair_key(partnership)
        first = kept.get(key)
        if first is None:
            kept[key] = partnership
        elif not partnership.inferred or first.inferred:
            strongest = min(first.kind, partnership.kind, key=KIND_PRIORITY.index)
            dates = [d for d in (first.date, partnership.date) if d]
            kept[key] = first.model_copy(update={"kind": strongest, "date": max(dates) if dates else None})
    return sorted(kept.values(), key=lambda p: p.evidence.start)


@Language.factory("partnership_extractor", default_config={})
def make_partnership_extractor(nlp: Language, name: str) -> PartnershipExtractor:
    return PartnershipExtractor(nlp.lang)
