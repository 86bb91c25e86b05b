"""Component `institution_model`: the trained NER, run only on sentences where a fact can be.

A trained NER costs more than every rule together, and most sentences of a bulletin
hold no fact, so it reads only sentences with a cue: an institution candidate found by
the rules (`doc.spans["inst_gazetteer"]`, `["inst_patterns"]`) or a trigger word
(partnership, role and event triggers from `pipeline/resources/rules/<lang>/`). When
the rules are switched off (mode "model"), an institution head word (University, 大学,
教育厅 ...) is a cue too, since there are no candidates to go by. When its ORGs are
only used where the rules found nothing (the settings the project runs with, see
models/README.md), it reads of those sentences only the ones where a head word stands
outside every rule candidate: elsewhere nothing it finds would be kept.

It writes ORG entities to `doc.spans["inst_model"]` (label: the kind the head word
suggests, else "other"), which the institution resolver merges with the rules'
candidates, and PERSON, GPE and DATE entities to `doc.spans["model_person"]`,
`["model_gpe"]` and `["model_date"]` for later use (found in the sentences read only).

The trained pipeline (`models/<lang>_ner/`, path relative to the repository) is loaded
once per process. When it is missing the component warns once and adds nothing, so
the rules run as before.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import logging
import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.dates import FOLDS_TO_ASCII
from pipeline.extract.spans import Spans, finditer_near, matching_text
from pipeline.language import to_simplified
from pipeline.nlp.extensions import doc_text
from pipeline.rules import word_list, word_table
from pipeline.train import REPO

log = logging.getLogger(__name__)

INSTITUTION_KEY = "inst_model"
OTHER_KEYS = {"PERSON": "model_person", "GPE": "model_gpe", "DATE": "model_date"}
RULE_KEYS = ("inst_gazetteer", "inst_patterns")
TRIGGER_TABLES = ("partnership_triggers.tsv", "roles.tsv", "event_triggers.tsv")
HEADS_TABLE = "institution_heads.tsv"
POSSESSIVES = frozenset({"'s", "’s"})


def resolve_model_path(model: str) -> Path:
    """A configured path: absolute as given, else relative to the repository root."""
    path = Path(model)
    return path if path.is_absolute() else REPO / path


@functools.cache
def load_trained(path: Path) -> Language | None:
    """The trained pipeline at `path`, loaded once per process; None (and one warning) when absent."""
    if not (path / "meta.json").is_file():
        log.warning("institution_model: no trained pipeline at %s; the rules run alone (`make train` builds it)", path)
        return None
    import spacy

    from pipeline.nlp import tokenizer_zh  # noqa: F401  (the Chinese model names the project's tokenizer)

    return spacy.load(path)


class Cues:
    """Where in a text a fact can be: trigger words, and (without the rules) institution head words."""

    def __init__(self, language: str) -> None:
        self.language = language
        triggers = {phrase for table in TRIGGER_TABLES for phrase in word_table(language, table)}
        self.triggers = _phrase_pattern(triggers, language, ignore_case=True)
        self.heads = _phrase_pattern(set(word_table(language, HEADS_TABLE)), language, ignore_case=False)
        # A case-insensitive regex cannot skip ahead to its first letters: the triggers are first
        # looked for in lower case (as written, no boundaries), and the regex reads only there.
        lowered = sorted({p.lower() for p in triggers}, key=len, reverse=True)
        boundary = "(?<!\\w)" if language == "en" else ""
        self.lower_triggers = re.compile(f"{boundary}(?:" + "|".join(re.escape(p) for p in lowered) + ")")
        self.ascii_triggers = all(p.isascii() for p in triggers)

    def find(self, text: str, view: str | None = None) -> tuple[list[int], list[tuple[int, int]]]:
        """Where trigger words begin, and where head words stand (start, end), in `text`.
        `view`: the text's simplified form (Chinese), when the caller has it."""
        if self.language != "zh":
            view = text
        elif view is None:
            view = to_simplified(text)
        triggers = [m.start() for m in self._triggers_in(view)]
        heads = [(m.start(), m.end()) for m in self.heads.finditer(view)]
        return triggers, heads

    def _triggers_in(self, view: str):
        lowered = view.lower() if self.ascii_triggers else ""
        # Lower case matches as the case-insensitive regex does only when it keeps every offset and
        # the text has none of the letters that regex also takes for A-Z (see `pipeline.dates`).
        if len(lowered) != len(view) or any(c in view for c in FOLDS_TO_ASCII):
            return self.triggers.finditer(view)
        near = Spans.of(m.span() for m in self.lower_triggers.finditer(lowered))
        return finditer_near(self.triggers, view, 0, len(view), near)


class _Covers:
    """Whether any of some character ranges holds start:end, by `bisect` (ranges sorted by start,
    with the furthest end reached so far)."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        ranges = sorted(ranges)
        self.starts = [start for start, _ in ranges]
        self.reach = list(itertools.accumulate((end for _, end in ranges), max))

    def __call__(self, start: int, end: int) -> bool:
        last = bisect.bisect_right(self.starts, start) - 1  # the ranges starting at or before `start`
        return last >= 0 and self.reach[last] >= end


def _phrase_pattern(phrases: set[str], language: str, *, ignore_case: bool) -> re.Pattern[str]:
    """One alternation, longest first; English phrases must stand as whole words."""
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    if language == "en":
        alternation = rf"(?<!\w)(?:{alternation})(?!\w)"
    return re.compile(alternation, re.IGNORECASE if ignore_case else 0)


class HeadKinds:
    """The kind an entity's head word suggests (`institution_heads.tsv`), as the pattern rules read it."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.kinds = word_table(language, HEADS_TABLE)
        self.suffixes = sorted(self.kinds, key=len, reverse=True)
        self.connectors = frozenset(word_list("en", "name_connectors.txt")) if language == "en" else frozenset()

    def head(self, span: Span) -> str | None:
        """The head word: English, the last head before the first connector ('University of X',
        'X University Alliance'); Chinese, the longest head the name ends with."""
        if self.language == "zh":
            name = to_simplified(span.text)
            return next((s for s in self.suffixes if name.endswith(s) and len(name) > len(s)), None)
        heads = [t.text for t in span if t.text in self.kinds]
        if not heads:
            return None
        first_connector = next((t.i for t in span if t.lower_ in self.connectors), span.end)
        before = [t.text for t in span if t.i < first_connector and t.text in self.kinds]
        return before[-1] if before else heads[0]

    def kind(self, span: Span) -> str:
        head = self.head(span)
        return self.kinds[head] if head else "other"


class PlaceWords:
    """Countries (names and adjectives) and places of `resources/geo`."""

    def __init__(self) -> None:
        from pipeline.link.countries import load_countries
        from pipeline.link.places import load_places

        self.words = frozenset(load_countries().by_word) | frozenset(load_places().country_of)

    def is_place(self, text: str) -> bool:
        return text in self.words or text.removeprefix("the ") in self.words


class InstitutionModel:
    def __init__(self, nlp: Language, model: str, require_head: bool, only_new: bool) -> None:
        self.language = nlp.lang
        self.path = resolve_model_path(model)
        self.ner = load_trained(self.path)
        self.cues = Cues(nlp.lang)
        self.head_kinds = HeadKinds(nlp.lang)
        self.places = PlaceWords()
        self.boundaries = frozenset(word_list("zh", "name_boundaries.txt")) if nlp.lang == "zh" else frozenset()
        self.require_head = require_head  # an ORG without an institution head word is not a candidate
        self.only_new = only_new  # an ORG overlapping a rule candidate is left to the rules

    def __call__(self, doc: Doc) -> Doc:
        found: dict[str, list[Span]] = {INSTITUTION_KEY: [], **{key: [] for key in OTHER_KEYS.values()}}
        if self.ner is not None and len(doc):
            for span in self.entities(doc):
                key = OTHER_KEYS.get(span.label_)
                if key is not None:
                    found[key].append(span)
                elif span.label_ == "ORG":
                    span = self._without_place_possessive(doc, span)
                    if self._is_candidate(doc, span):
                        found[INSTITUTION_KEY].append(Span(doc, span.start, span.end, label=self.head_kinds.kind(span)))
        for key, spans in found.items():
            doc.spans[key] = spans
        return doc

    def entities(self, doc: Doc) -> list[Span]:
        """The NER's entities on the sentences worth reading, as spans of `doc`."""
        sentences = self.sentences_to_read(doc)
        if not sentences:
            return []
        copies = (self._copy(sentence) for sentence in sentences)
        entities: list[Span] = []
        for sentence, parsed in zip(sentences, self.ner.pipe(copies), strict=True):
            entities.extend(
                Span(doc, sentence.start + e.start, sentence.start + e.end, label=e.label_) for e in parsed.ents
            )
        return entities

    def sentences_to_read(self, doc: Doc) -> list[Span]:
        """Sentences holding a rule candidate or a trigger word (or, with the rules off, a head word).

        With the rules on, an ORG is kept only when it has a head word and overlaps no rule
        candidate (`require_head`, `only_new`), so only sentences where a head word stands
        outside every candidate can give one: the others are not read at all.
        """
        sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        starts = [s.start_char for s in sentences]

        def sentence_of(offset: int) -> int:
            return bisect.bisect_right(starts, offset) - 1

        candidates = [span for key in RULE_KEYS for span in doc.spans.get(key, [])]
        triggers, heads = self.cues.find(doc_text(doc), matching_text(doc) if self.language == "zh" else None)
        chosen = {sentence_of(offset) for offset in triggers}
        chosen |= {sentence_of(span.start_char) for span in candidates}
        if not any(key in doc.spans for key in RULE_KEYS):
            chosen |= {sentence_of(start) for start, _ in heads}
        elif self.require_head and self.only_new:
            covers = _Covers([(span.start_char, span.end_char) for span in candidates])
            uncovered = {sentence_of(a) for a, b in heads if not covers(a, b) and self._may_end_a_name(doc, a, b)}
            chosen &= uncovered
        return [sentences[i] for i in sorted(chosen) if i >= 0]

    def _may_end_a_name(self, doc: Doc, start: int, end: int) -> bool:
        """A head word at start:end could end a name; in Chinese not a bare 学校 / 联盟 standing for
        an institution named before ("，联盟秘书处设在…"): a head token after a boundary word or punctuation."""
        if self.language != "zh":
            return True
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) != 1 or len(span.text) != end - start or span.start == 0:
            return True
        before = doc[span.start - 1]
        return not (before.is_punct or before.is_space or before.norm_ in self.boundaries)

    def _copy(self, sentence: Span) -> Doc:
        """The sentence as a Doc of the trained pipeline, with the project tokenizer's tokens and norms."""
        words = [t.text for t in sentence]
        spaces = [bool(t.whitespace_) for t in sentence]
        copy = Doc(self.ner.vocab, words=words, spaces=spaces)
        for original, token in zip(sentence, copy, strict=True):
            if original.norm_ != token.norm_:
                token.norm_ = original.norm_
        return copy

    def _without_place_possessive(self, doc: Doc, span: Span) -> Span:
        """ "New Zealand's Massey University" -> "Massey University": a place's possessive is no part
        of the name (while "King's College" keeps its own)."""
        for token in span[:-1]:
            if (
                token.text in POSSESSIVES
                and token.i > span.start
                and self.places.is_place(doc[span.start : token.i].text)
            ):
                return doc[token.i + 1 : span.end]
        return span

    def _is_candidate(self, doc: Doc, span: Span) -> bool:
        if self.require_head and self.head_kinds.head(span) is None:
            return False
        if self.only_new:
            rule_tokens = {i for key in RULE_KEYS for s in doc.spans.get(key, []) for i in range(s.start, s.end)}
            return rule_tokens.isdisjoint(range(span.start, span.end))
        return True


@Language.factory(
    "institution_model",
    default_config={"model": "", "require_head": False, "only_new": False},
)
def make_institution_model(
    nlp: Language, name: str, model: str, require_head: bool, only_new: bool
) -> InstitutionModel:
    """`model`: the trained pipeline's folder, relative to the repository root; empty: models/<lang>_ner."""
    return InstitutionModel(nlp, model or f"models/{nlp.lang}_ner", require_head, only_new)
