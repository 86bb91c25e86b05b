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

When the rules ran and an ORG must have a head word to count (`require_head`, as the
project runs it), it does not read those sentences whole either, but only a window of
tokens around each such head word (`WINDOW_TOKENS`): the NER's cost is per word read,
and a name ends at or near its head. Where an entity found runs into a cut edge of its
window, that window's whole sentence is read again, so a long name ("Ministry of Higher
Education, Science and Innovation of the Republic of Uzbekistan") is not cut short.

The NER also costs ~2 ms a call, however little it reads, so `nlp.pipe` (through the
component's `pipe`) reads the windows of a whole batch of Docs in one call, where
`nlp(doc)` makes one call per Doc; the entities found are the same.

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
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import minibatch

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
_NO_WORD_BEFORE = r"(?<!\w)"
_WORD = re.compile(r"\w")
# Tokens the NER reads (before, after) a head word, when an ORG needs one (`require_head`). A name
# ends at or near its head (Chinese: 大学, 学院 ... end it; English: "X University", "University of
# Sri Lanka", so a few more after), and the model looks a few tokens to each side (tok2vec window 1:
# depth 2 in English, 4 in Chinese), so beyond the name a few tokens of context keep its answer what
# the whole sentence gives. Kept as they were with English at depth 4: the "before" side is for the
# name's length, not the model's context (models/README.md, "Architecture").
WINDOW_TOKENS = {"en": (12, 6), "zh": (16, 3)}


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
        # The same without its leading "(?<!\w)": a pattern that opens on an alternation of words
        # lets the regex engine skip to their first letters; the word start is checked after.
        self._heads_scan = re.compile(self.heads.pattern.removeprefix(_NO_WORD_BEFORE))
        self._word_start = self.heads.pattern.startswith(_NO_WORD_BEFORE)  # English: whole words only
        # A case-insensitive regex cannot skip ahead to its first letters: the triggers are first
        # looked for in lower case (as written, no boundaries), and the regex reads only there.
        lowered = sorted({p.lower() for p in triggers}, key=len, reverse=True)
        boundary = "(?<!\\w)" if language == "en" else ""
        self.lower_triggers = re.compile(f"{boundary}(?:" + "|".join(re.escape(p) for p in lowered) + ")")
        self.ascii_triggers = all(p.isascii() for p in triggers)
        self.longest_trigger = max(map(len, triggers), default=0)

    def find(self, text: str, view: str | None = None) -> tuple[list[int], list[tuple[int, int]]]:
        """Where trigger words begin, and where head words stand (start, end), in `text`.
        `view`: the text's simplified form (Chinese), when the caller has it."""
        if self.language != "zh":
            view = text
        elif view is None:
            view = to_simplified(text)
        triggers = [m.start() for m in self._triggers_in(view)]
        return triggers, self.head_spans(view)

    def head_spans(self, view: str) -> list[tuple[int, int]]:
        """(start, end) of each head word in `view`, as `self.heads.finditer` gives them."""
        spans, at = [], 0
        while found := self._heads_scan.search(view, at):
            start = found.start()
            if self._word_start and start and _WORD.match(view, start - 1):
                at = start + 1  # inside a word: look again one character on
                continue
            spans.append((start, found.end()))
            at = found.end()
        return spans

    def _triggers_in(self, view: str):
        lowered = view.lower() if self.ascii_triggers else ""
        # Lower case matches as the case-insensitive regex does only when it keeps every offset and
        # the text has none of the letters that regex also takes for A-Z (see `pipeline.dates`).
        if len(lowered) != len(view) or any(c in view for c in FOLDS_TO_ASCII):
            return self.triggers.finditer(view)
        near = Spans.of(m.span() for m in self.lower_triggers.finditer(lowered))
        return finditer_near(self.triggers, view, 0, len(view), near)


def _sentence_starts(doc: Doc) -> list[int]:
    """The first token of every sentence, then len(doc)."""
    if not doc.has_annotation("SENT_START"):
        return [0, len(doc)]
    starts = (doc.to_array("SENT_START") == 1).nonzero()[0].tolist()
    return [0, *starts[1:], len(doc)] if starts and starts[0] == 0 else [0, *starts, len(doc)]


def _runs_into_a_cut(window: Span, entities: list[Span]) -> bool:
    """Whether an ORG found in a window touches an edge where the window cut its sentence: the
    name may go on beyond it ("Ministry of Higher Education, Science and | Innovation of ...").
    Only ORGs: the other labels (`OTHER_KEYS`) feed nothing yet, and reading again costs."""
    sentence = _sentence_of(window)
    cut_start = window.start if window.start > sentence.start else None
    cut_end = window.end if window.end < sentence.end else None
    return any(e.label_ == "ORG" and (e.start == cut_start or e.end == cut_end) for e in entities)


def _sentence_of(span: Span) -> Span:
    """The sentence holding `span`; the whole Doc when it has no sentence boundaries."""
    return span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]


def _rule_tokens(doc: Doc) -> set[int]:
    return {i for key in RULE_KEYS for span in doc.spans.get(key, []) for i in range(span.start, span.end)}


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
        alternation = rf"{_NO_WORD_BEFORE}(?:{alternation})(?!\w)"
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
        heads = [t.text for t in span if t.text in self.kinds and not _hyphen_bound(t)]
        if not heads:
            return None
        first_connector = next((t.i for t in span if t.lower_ in self.connectors), span.end)
        before = [t.text for t in span if t.i < first_connector and t.text in self.kinds and not _hyphen_bound(t)]
        return before[-1] if before else heads[0]

    def kind(self, span: Span) -> str:
        head = self.head(span)
        return self.kinds[head] if head else "other"


def _hyphen_bound(token: Token) -> bool:
    """A word glued by hyphens into a modifier ('Industry-University-Research Forum') heads no name."""
    doc = token.doc
    before = token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
    after = token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_
    return before or after


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
        self._write(doc, self.entities(doc))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """The Docs, `batch_size` at a time, with the windows of a whole batch read in one NER call
        (what `nlp.pipe` calls): the NER costs ~2 ms a call besides its cost per word, and a page
        has a handful of short windows, so reading them page by page spent most of it on calls."""
        for batch in minibatch(docs, size=batch_size):
            for doc, entities in zip(batch, self.entities_of(batch), strict=True):
                self._write(doc, entities)
            yield from batch

    def _write(self, doc: Doc, entities: list[Span]) -> None:
        """The kept ORGs to `doc.spans["inst_model"]`, the other labels to theirs (`OTHER_KEYS`)."""
        found: dict[str, list[Span]] = {INSTITUTION_KEY: [], **{key: [] for key in OTHER_KEYS.values()}}
        rule_tokens: set[int] | None = None  # built once, only when an ORG is found
        for span in entities:
            key = OTHER_KEYS.get(span.label_)
            if key is not None:
                found[key].append(span)
            elif span.label_ == "ORG":
                span = self._without_place_possessive(doc, span)
                if rule_tokens is None:
                    rule_tokens = _rule_tokens(doc)
                if self._is_candidate(span, rule_tokens):
                    found[INSTITUTION_KEY].append(Span(doc, span.start, span.end, label=self.head_kinds.kind(span)))
        for key, spans in found.items():
            doc.spans[key] = spans

    def entities(self, doc: Doc) -> list[Span]:
        """The NER's entities on the stretches of `doc` worth reading, as spans of `doc`."""
        return self.entities_of([doc])[0]

    def entities_of(self, docs: list[Doc]) -> list[list[Span]]:
        """The NER's entities on the stretches worth reading (`spans_to_read`) of each Doc, as spans of
        it: one NER call for all the Docs, and a second, rare one for the windows where an entity runs
        into a cut edge (their whole sentences)."""
        if self.ner is None:
            return [[] for _ in docs]
        stretches = [stretch for doc in docs if len(doc) for stretch in self.spans_to_read(doc)]
        found = self._read(stretches)
        if self.require_head:
            cut = [i for i, stretch in enumerate(stretches) if _runs_into_a_cut(stretch, found[i])]
            widened = self._read([_sentence_of(stretches[i]) for i in cut])
            for i, entities in zip(cut, widened, strict=True):
                found[i] = entities
        by_doc: dict[int, list[Span]] = {id(doc): [] for doc in docs}
        for stretch, entities in zip(stretches, found, strict=True):
            by_doc[id(stretch.doc)].extend(entities)
        return [by_doc[id(doc)] for doc in docs]

    def _read(self, stretches: list[Span]) -> list[list[Span]]:
        """The NER's entities on each stretch, as spans of the stretch's Doc, in one `pipe` call."""
        if not stretches:
            return []
        copies = (self._copy(stretch) for stretch in stretches)
        return [
            [Span(stretch.doc, stretch.start + e.start, stretch.start + e.end, label=e.label_) for e in parsed.ents]
            for stretch, parsed in zip(stretches, self.ner.pipe(copies), strict=True)
        ]

    def spans_to_read(self, doc: Doc) -> list[Span]:
        """What the NER reads: the cue sentences (`sentences_to_read`), or, when the rules ran and an
        ORG needs a head word to count (`require_head`, the project's setting), a window of tokens
        around each head word an ORG found there could have.

        A name ends at or near its head word, so the window (`WINDOW_TOKENS`) holds it; reading a
        few dozen tokens instead of whole sentences is what keeps the NER cheap. With `only_new`
        the heads inside a rule candidate get no window (nothing found there would be kept), and
        the text is searched for trigger words only in the sentences of the heads left, not whole.
        Windows stay inside their sentence, and overlapping ones are read as one.
        """
        rules_ran = any(key in doc.spans for key in RULE_KEYS)
        if not self.require_head or not rules_ran:
            # With the rules off (mode "model") the model alone finds every name, and whole
            # sentences give it more than windows do (dev, --ablation: institutions en F1 0.861
            # whole, 0.852 windowed); that mode is for comparison, not for speed.
            return self.sentences_to_read(doc)
        view = matching_text(doc) if self.language == "zh" else doc_text(doc)
        heads = self.cues.head_spans(view)
        candidates = sorted((span.start_char, span.end_char) for key in RULE_KEYS for span in doc.spans.get(key, []))
        if self.only_new:
            covers = _Covers(candidates)
            heads = [(a, b) for a, b in heads if not covers(a, b) and self._may_end_a_name(doc, a, b)]
        if not heads:
            return []
        token_starts = doc.to_array("IDX").tolist()
        sentence_starts = _sentence_starts(doc)
        candidate_starts = [start for start, _ in candidates]
        before, after = WINDOW_TOKENS[self.language]
        windows: list[tuple[int, int]] = []
        for head_start_char, head_end_char in heads:
            head_start = bisect.bisect_right(token_starts, head_start_char) - 1
            head_end = bisect.bisect_left(token_starts, head_end_char)
            which = bisect.bisect_right(sentence_starts, head_start) - 1
            first, last = sentence_starts[which], sentence_starts[which + 1]
            if not self._has_cue(view, token_starts, candidate_starts, first, last):
                continue
            start, end = max(first, head_start - before), min(last, head_end + after)
            if windows and windows[-1][0] >= first and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(windows[-1][1], end))
            else:
                windows.append((start, end))
        return [doc[start:end] for start, end in windows]

    def _has_cue(self, view: str, token_starts: list[int], candidate_starts: list[int], first: int, last: int) -> bool:
        """Whether tokens first:last (a sentence) hold the start of a rule candidate or a trigger word."""
        start = token_starts[first]
        end = token_starts[last] if last < len(token_starts) else len(view)
        at = bisect.bisect_left(candidate_starts, start)
        if at < len(candidate_starts) and candidate_starts[at] < end:
            return True
        found = self.cues.triggers.search(view, start, min(len(view), end + self.cues.longest_trigger))
        return found is not None and found.start() < end

    def sentences_to_read(self, doc: Doc) -> list[Span]:
        """Sentences holding a rule candidate or a trigger word (or, with the rules off, a head word).

        With the rules on, an ORG is kept only when it has a head word and overlaps no rule
        candidate (`require_head`, `only_new`), so only sentences where a head word stands
        outside every candidate can give one: the others are not read at all.
        """
        return self._cue_sentences(doc)[0]

    def _cue_sentences(self, doc: Doc) -> tuple[list[Span], list[tuple[int, int]]]:
        """The sentences to read (see `sentences_to_read`), and the head words (character ranges, in
        text order) an ORG found there may have: with `only_new`, those outside every rule candidate."""
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
            heads = [(a, b) for a, b in heads if not covers(a, b) and self._may_end_a_name(doc, a, b)]
            chosen &= {sentence_of(a) for a, _ in heads}
        return [sentences[i] for i in sorted(chosen) if i >= 0], heads

    def _may_end_a_name(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a head word at start:end could end a name the rules left alone. In Chinese a name
        ends with its head word, as a word of its own, so not a head that
        - ends inside a token: an entity ends where a token does ("北师大|学习", "境外|办学");
        - only ends a longer word the segmenter knows (孔子学院, 中小学, 外国语学院, 师范大学): when a
          name stands before such a word the pattern rules take the word as the name's end
          (青岚湖师范大学), so one they leave names a kind of institution ("设立孔子学院", "两地中小学");
        - is a bare 学校 / 联盟 standing for an institution named before ("，联盟秘书处设在…"): a head
          token after a boundary word or punctuation.
        """
        if self.language != "zh":
            return True
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return True
        if span.end_char != end or (len(span) == 1 and span.start_char != start):
            return False
        if len(span) != 1 or span.start == 0:
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

    def _is_candidate(self, span: Span, rule_tokens: set[int]) -> bool:
        """`rule_tokens`: the tokens of the rule candidates."""
        if self.require_head and self.head_kinds.head(span) is None:
            return False
        if self.only_new:
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
