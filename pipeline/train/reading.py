"""The hot code of `institution_model` (`pipeline.train.component`, whose docstring tells what it does):
where the NER reads, its calls, and what is kept of what it finds.

Apart from the component's factory so that it can be compiled (setup.py's COMPILED: a compiled
spaCy factory cannot be registered twice in one process, a plain module can).
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Callable, Iterable, Iterator

import numpy as np
from ahocorasick_rs import AhoCorasick, MatchKind
from spacy.attrs import NORM
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import minibatch

from pipeline.dates import FOLDS_TO_ASCII
from pipeline.extract.spans import matching_text
from pipeline.language import to_simplified
from pipeline.nlp.extensions import doc_text, read_rows
from pipeline.nlp.sentences import sentence_starts_of
from pipeline.rules import word_list, word_table
from pipeline.train.greedy import greedy_decoder

INSTITUTION_KEY = "inst_model"
OTHER_KEYS = {"PERSON": "model_person", "GPE": "model_gpe", "DATE": "model_date"}
RULE_KEYS = ("inst_gazetteer", "inst_patterns")
TRIGGER_TABLES = ("partnership_triggers.tsv", "roles.tsv", "event_triggers.tsv")
HEADS_TABLE = "institution_heads.tsv"
POSSESSIVES = frozenset({"'s", "’s"})
_NO_WORD_BEFORE = r"(?<!\w)"
# Tokens the NER reads (before, after) a head word, when an ORG needs one (`require_head`). A name
# ends at or near its head (Chinese: 大学, 学院 ... end it; English: "X University", "University of
# Sri Lanka", so a few more after), and the model looks a few tokens to each side (tok2vec window 1:
# depth 2 in English, 4 in Chinese), so beyond the name a few tokens of context keep its answer what
# the whole sentence gives. Kept as they were with English at depth 4: the "before" side is for the
# name's length, not the model's context (models/README.md, "Architecture").
WINDOW_TOKENS = {"en": (12, 6), "zh": (16, 3)}


class Cues:
    """Where in a text a fact can be: trigger words, and (without the rules) institution head words."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._trigger_phrases = {phrase for table in TRIGGER_TABLES for phrase in word_table(language, table)}
        head_words = sorted(word_table(language, HEADS_TABLE))
        self._head_words = set(head_words)
        # Head words in one pass. Without word boundaries (Chinese) its matches are Aho-Corasick's leftmost
        # longest; English needs every place a head word stands, to pick the whole words from.
        self._whole_words = language == "en"
        kind = MatchKind.Standard if self._whole_words else MatchKind.LeftmostLongest
        self._head_finder = AhoCorasick(head_words, matchkind=kind)
        self.ascii_triggers = all(p.isascii() for p in self._trigger_phrases)
        self.longest_trigger = max(map(len, self._trigger_phrases), default=0)
        # A case-insensitive regex cannot skip ahead to its first letters, and is the costlier to
        # compile: ASCII triggers are looked for in the text lowered, by a case-sensitive regex of
        # the triggers lowered, which finds what `triggers` finds in the text where lowering keeps
        # every offset and no character folds onto an ASCII letter (`_lowered_alike`): then a
        # character matches a trigger's letter case aside just when its lower case is that letter,
        # and lowering changes no character's being a word character (`\w`). `triggers` is compiled
        # only for a text where that fails (or for non-ASCII triggers).
        lowered = {p.lower() for p in self._trigger_phrases}
        self.lower_triggers = _phrase_pattern(lowered, language, ignore_case=False) if self.ascii_triggers else None

    @functools.cached_property
    def triggers(self) -> re.Pattern[str]:
        """The trigger words, letter case aside (English: as whole words), longest first."""
        return _phrase_pattern(self._trigger_phrases, self.language, ignore_case=True)

    @functools.cached_property
    def heads(self) -> re.Pattern[str]:
        """The head words as one regex: what `head_spans` finds (which runs no regex), compiled only when asked."""
        return _phrase_pattern(self._head_words, self.language, ignore_case=False)

    def find(self, text: str, view: str | None = None) -> tuple[list[int], list[tuple[int, int]]]:
        """Where trigger words begin, and where head words stand (start, end), in `text`.
        `view`: the text's simplified form (Chinese), when the caller has it."""
        if self.language != "zh":
            view = text
        elif view is None:
            view = to_simplified(text)
        triggers = [m.start() for m in self._triggers_in(view)]
        return triggers, self.head_spans(view)

    def head_spans(self, view: str, outside: Callable[[int, int], bool] | None = None) -> list[tuple[int, int]]:
        """(start, end) of each head word in `view`, as `self.heads.finditer` gives them: from left
        to right, at the first place where one stands (English: as a whole word), the longest there.
        `outside`: a test of (start, end); the head words it holds are left out."""
        if not self._whole_words:
            matches = self._head_finder.find_matches_as_indexes(view)
            if outside is None:
                return [(start, end) for _, start, end in matches]
            return [(start, end) for _, start, end in matches if not outside(start, end)]
        longest: dict[int, int] = {}
        last = len(view)
        # (the whole-word test, `_is_word_character`, inlined: ~50 matches a page, two calls each cost more)
        for _, start, end in self._head_finder.find_matches_as_indexes(view, overlapping=True):
            if end <= longest.get(start, start):
                continue
            if start and (view[start - 1].isalnum() or view[start - 1] == "_"):
                continue
            if end < last and (view[end].isalnum() or view[end] == "_"):
                continue
            longest[start] = end
        spans, at = [], 0
        for start in sorted(longest):
            if start >= at:
                at = longest[start]
                spans.append((start, at))
        return spans if outside is None else [(start, end) for start, end in spans if not outside(start, end)]

    def begins_in(self, view: str, start: int, end: int) -> bool:
        """Whether a trigger word begins in view[start:end], as `triggers.search` from `start` finds it."""
        stop = min(len(view), end + self.longest_trigger)
        if self.lower_triggers is not None:
            # The text lowered from the character before `start` (the look-behind's), up to `stop`.
            first = max(start - 1, 0)
            part = view[first:stop]
            lowered = part.lower()
            if _lowered_alike(part, lowered):
                found = self.lower_triggers.search(lowered, start - first)
                return found is not None and first + found.start() < end
        found = self.triggers.search(view, start, stop)
        return found is not None and found.start() < end

    def _triggers_in(self, view: str) -> Iterator[re.Match[str]]:
        if self.lower_triggers is not None:
            lowered = view.lower()
            if _lowered_alike(view, lowered):
                return self.lower_triggers.finditer(lowered)
        return self.triggers.finditer(view)


def _lowered_alike(text: str, lowered: str) -> bool:
    """Whether `lowered` (`text.lower()`) is matched as `text` is by a case-insensitive regex of ASCII
    phrases: each character lowered to one (offsets kept), none of the letters that regex also takes
    for A-Z (see `pipeline.dates`)."""
    return len(lowered) == len(text) and not any(c in text for c in FOLDS_TO_ASCII)


def _is_word_character(character: str) -> bool:
    """Whether `character` (one, or none: False) is what the regex `\\w` matches in a str pattern:
    a letter, a digit or other numeric character, or "_" (a string method costs less than a regex)."""
    return character.isalnum() or character == "_"


Entity = tuple[int, int, str]  # an entity found: (start, end, label), tokens of the Doc read


def _runs_into_a_cut(window: tuple[int, int], sentence: tuple[int, int], entities: list[Entity]) -> bool:
    """Whether an ORG found in a window (tokens start:end) touches an edge where the window cut its
    sentence (first:last): the name may go on beyond it ("Ministry of Higher Education, Science and
    | Innovation of ..."). Only ORGs: the other labels (`OTHER_KEYS`) feed nothing yet, and reading
    again costs."""
    (start, end), (first, last) = window, sentence
    cut_start = start if start > first else None
    cut_end = end if end < last else None
    return any(label == "ORG" and (s == cut_start or e == cut_end) for s, e, label in entities)


_START = operator.itemgetter(0)
_CHARS = operator.itemgetter(2, 3)  # a `SpanRow`'s (start_char, end_char), read in C


class _Ranges:
    """Whether any of some character ranges holds start:end (`covers`) or overlaps it (`overlaps`), by
    `bisect`: the ranges sorted by start, with the furthest end reached so far. One sort serves both
    questions."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        # By start alone (comparing ints, not tuples: ~2x faster): both questions read the reach at the
        # last range of a start, which holds the ends of all ranges of that start, in any order.
        ranges = sorted(ranges, key=_START)
        self.starts = [start for start, _ in ranges]
        # The running maximum of the ends, in one plain loop (compiled: cheaper than numpy's fixed cost
        # on the ~100 ranges of a page, or `accumulate(ends, max)`'s call per range).
        self.reach: list[int] = []
        furthest = None
        empty = False
        for start, end in ranges:
            if furthest is None or end > furthest:
                furthest = end
            self.reach.append(furthest)
            if start >= end:
                empty = True
        # an empty range overlaps nothing (rules never give one: then no second sort)
        self._nonempty = _Ranges([(a, b) for a, b in ranges if b > a]) if empty else None  # (no cycle to self)

    def covers(self, start: int, end: int) -> bool:
        last = bisect.bisect_right(self.starts, start) - 1  # the ranges starting at or before `start`
        return last >= 0 and self.reach[last] >= end

    def uncovered(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The spans (start, end), sorted by start, that no range covers (`covers`): one walk along both
        lists, not a search per span (a Chinese page has ~100 head words, most inside a candidate)."""
        starts, reach = self.starts, self.reach
        kept, passed, count = [], 0, len(starts)  # passed: the ranges starting at or before the span
        for start, end in spans:
            while passed < count and starts[passed] <= start:
                passed += 1
            if not (passed and reach[passed - 1] >= end):
                kept.append((start, end))
        return kept

    def overlaps(self, start: int, end: int) -> bool:
        ranges = self._nonempty or self
        last = bisect.bisect_left(ranges.starts, end) - 1  # the ranges starting before `end`
        return last >= 0 and ranges.reach[last] > start


class _Page:
    """What the component reads of one Doc besides the NER's windows, each read once, when first
    needed: every read of a SpanGroup or of `doc.sents` makes new Span objects."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.rules_ran = any(key in doc.spans for key in RULE_KEYS)

    def sentence_bounds(self, start: int, end: int) -> tuple[int, int]:
        """First and end token of the sentence holding tokens start:end, as `Span.sent` gives it: the
        sentence of its first token; the whole Doc when it has no boundaries. Found in the
        sentences' first tokens, which the sentencizer left on the Doc, not by walking the
        tokens as `Span.sent` does."""
        starts = self.sentence_starts
        after = bisect.bisect_right(starts, start)
        return starts[after - 1], starts[after] if after < len(starts) else len(self.doc)

    @functools.cached_property
    def sentence_starts(self) -> list[int]:
        """The first token of every sentence, in order ([0] without boundaries)."""
        return sentence_starts_of(self.doc) if self.doc.has_annotation("SENT_START") else [0]

    @functools.cached_property
    def rule_ranges(self) -> _Ranges:
        """The rule candidates' character ranges: whether one holds a range of characters, or
        overlaps one (a token range overlaps a candidate's tokens just when their characters do)."""
        return _Ranges([chars for key in RULE_KEYS for chars in map(_CHARS, read_rows(self.doc, key))])

    def start_char(self, token: int) -> int:
        """Where token `token` starts in the text; the text's length for the end of the Doc (so a
        sentence's text, its trailing whitespace included, is start_char(first):start_char(end))."""
        return self.doc[token].idx if token < len(self.doc) else len(doc_text(self.doc))


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
        self.ids = frozenset(get_string_id(word) for word in self.kinds)  # as `Token.orth`

    def head(self, span: Span) -> str | None:
        """The head word: English, the last head before the first connector ('University of X',
        'X University Alliance'); Chinese, the longest head the name ends with."""
        if self.language == "zh":
            name = to_simplified(span.text)
            return next((s for s in self.suffixes if name.endswith(s) and len(name) > len(s)), None)
        heads = [t.text for t in span if t.text in self.kinds and not _hyphen_bound(t)]
        if not heads:
            return None
        # (a connector before the first head ends nothing: 'South and Southeast Asian University Network')
        first_head = next(t.i for t in span if t.text in self.kinds and not _hyphen_bound(t))
        first_connector = next((t.i for t in span if t.i > first_head and t.lower_ in self.connectors), span.end)
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

        self.countries = frozenset(load_countries().by_word)
        self.words = self.countries | frozenset(load_places().country_of)

    def is_place(self, text: str) -> bool:
        return text in self.words or text.removeprefix("the ") in self.words

    def is_country(self, text: str) -> bool:
        return text in self.countries or text.removeprefix("the ") in self.countries


_SCHOOL_KINDS = frozenset({"university", "college", "school"})  # (head kinds a country after "in" only places)
_UNIT_NAME_GLUE = frozenset({"the", "and", "&"})  # "the Art and Design Department"


class NameReader:
    """`institution_model` but for loading the trained pipeline (`ner`: None when there is none)."""

    def __init__(self, nlp: Language, ner: Language | None, require_head: bool, only_new: bool) -> None:
        self.language = nlp.lang
        self.ner = ner
        self.cues = Cues(nlp.lang)
        self.head_kinds = HeadKinds(nlp.lang)
        self.places = PlaceWords()
        self.boundaries = frozenset(word_list("zh", "name_boundaries.txt")) if nlp.lang == "zh" else frozenset()
        self.unit_heads = frozenset(word_list("en", "unit_heads.txt")) if nlp.lang == "en" else frozenset()
        self.not_bodies = tuple(word_list("zh", "not_bodies.txt")) if nlp.lang == "zh" else ()
        english = nlp.lang == "en"
        self.fields = frozenset(word_list("en", "field_words.txt", split_spaces=True)) if english else frozenset()
        self.event_inner = frozenset(word_list(nlp.lang, "event_name_inner_words.txt"))
        self.event_heads = frozenset(word_list(nlp.lang, "event_heads.txt"))
        self.building_words = frozenset(word_list("en", "building_words.txt")) if english else frozenset()
        self.require_head = require_head  # an ORG without an institution head word is not a candidate
        self.only_new = only_new  # an ORG overlapping a rule candidate is left to the rules

    def __call__(self, doc: Doc) -> Doc:
        page = _Page(doc)
        self._write(page, self._entities_of([page])[0])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """The Docs, `batch_size` at a time, with the windows of a whole batch read in one NER call
        (what `nlp.pipe` calls): the NER costs ~2 ms a call besides its cost per word, and a page
        has a handful of short windows, so reading them page by page spent most of it on calls."""
        for batch in minibatch(docs, size=batch_size):
            pages = [_Page(doc) for doc in batch]
            for page, entities in zip(pages, self._entities_of(pages), strict=True):
                self._write(page, entities)
            yield from batch

    def _write(self, page: _Page, entities: list[Entity]) -> None:
        """The kept ORGs to `doc.spans["inst_model"]`, the other labels to theirs (`OTHER_KEYS`)."""
        doc = page.doc
        found: dict[str, list[Span]] = {INSTITUTION_KEY: [], **{key: [] for key in OTHER_KEYS.values()}}
        for start, end, label in entities:
            key = OTHER_KEYS.get(label)
            if key is not None:
                found[key].append(Span(doc, start, end, label=label))
            elif label == "ORG" and (kept := self._kept_name(page, doc[start:end])) is not None:
                found[INSTITUTION_KEY].append(kept)
        for key, spans in found.items():
            doc.spans[key] = spans

    def _kept_name(self, page: _Page, span: Span) -> Span | None:
        """An ORG as `inst_model` keeps it (labelled with its head word's kind), or None: without a
        head word when one is required (`require_head`), or overlapping a rule candidate (`only_new`)."""
        span = self._without_place_possessive(page.doc, span)
        if self.language == "en":
            span = self._without_country_after_in(page.doc, span)
        if self.boundaries and self._opens_with_a_boundary(page.doc, span):
            return None
        if self.only_new and page.rule_ranges.overlaps(span.start_char, span.end_char):
            return None
        if self.unit_heads and self._names_a_unit(span):
            return None
        if self.not_bodies and to_simplified(span.text).endswith(self.not_bodies):
            return None  # 中国—东盟命运共同体: a slogan ending in a head, as the rules read it
        if self.event_heads and self._runs_into_an_event_name(page.doc, span):
            return None
        if span.end < len(page.doc) and page.doc[span.end].text in self.building_words:
            return None  # "the Old University Building": a building's name, as the rules read it
        head = self.head_kinds.head(span)
        if self.require_head and head is None:
            return None
        return Span(page.doc, span.start, span.end, label=self.head_kinds.kinds[head] if head else "other")

    def entities(self, doc: Doc) -> list[Span]:
        """The NER's entities on the stretches of `doc` worth reading, as spans of `doc`."""
        return self.entities_of([doc])[0]

    def entities_of(self, docs: list[Doc]) -> list[list[Span]]:
        """The NER's entities on the stretches worth reading (`spans_to_read`) of each Doc, as spans of it."""
        found = self._entities_of([_Page(doc) for doc in docs])
        return [[Span(doc, *entity) for entity in entities] for doc, entities in zip(docs, found, strict=True)]

    def _entities_of(self, pages: list[_Page]) -> list[list[Entity]]:
        """The NER's entities on the stretches worth reading of each page: one NER call for all the
        pages, and a second, rare one for the windows where an ORG runs into a cut edge (their whole
        sentences)."""
        if self.ner is None:
            return [[] for _ in pages]
        stretches = [
            (page, span.start, span.end)
            for page in pages
            if len(page.doc)
            for span in self.spans_to_read(page.doc, page)
        ]
        found = self._read([(page.doc, start, end) for page, start, end in stretches])
        if self.require_head:
            sentences_of = [page.sentence_bounds(start, end) for page, start, end in stretches]
            cut = [
                i
                for i, (_, start, end) in enumerate(stretches)
                if _runs_into_a_cut((start, end), sentences_of[i], found[i])
            ]
            widened = self._read([(stretches[i][0].doc, *sentences_of[i]) for i in cut])
            for i, entities in zip(cut, widened, strict=True):
                found[i] = entities
        by_page: dict[int, list[Entity]] = {id(page): [] for page in pages}
        for (page, _, _), entities in zip(stretches, found, strict=True):
            by_page[id(page)].extend(entities)
        return [by_page[id(page)] for page in pages]

    def _read(self, stretches: list[tuple[Doc, int, int]]) -> list[list[Entity]]:
        """The NER's entities on each stretch (Doc, start, end), in tokens of that Doc, in one call: of
        the numpy decoder (`pipeline.train.greedy`) where the trained pipeline has its shape, fed
        the stretches' tokens' columns read from each Doc (`GreedyNER.columns_of`), else of `pipe`,
        fed copies (`_copy`)."""
        if not stretches:
            return []
        decode = greedy_decoder(self.ner)
        if decode is not None:
            by_doc: dict[int, list[int]] = {}  # the stretches of each Doc, read together
            for i, (doc, _, _) in enumerate(stretches):
                by_doc.setdefault(id(doc), []).append(i)
            windows: list[np.ndarray] = [np.empty(0)] * len(stretches)
            for indices in by_doc.values():
                doc = stretches[indices[0]][0]
                read = decode.columns_of(doc, [stretches[i][1:] for i in indices])
                for i, window in zip(indices, read, strict=True):
                    windows[i] = window
            found = decode.read(windows)
        else:
            copies = [self._copy(doc, start, end) for doc, start, end in stretches]
            found = [[(e.start, e.end, e.label_) for e in parsed.ents] for parsed in self.ner.pipe(copies)]
        return [
            [(start + s, start + e, label) for s, e, label in entities]
            for (_, start, _), entities in zip(stretches, found, strict=True)
        ]

    def spans_to_read(self, doc: Doc, page: _Page | None = None) -> list[Span]:
        """What the NER reads: the cue sentences (`sentences_to_read`), or, when the rules ran and an
        ORG needs a head word to count (`require_head`, the project's setting), a window of tokens
        around each head word an ORG found there could have.

        A name ends at or near its head word, so the window (`WINDOW_TOKENS`) holds it; reading a
        few dozen tokens instead of whole sentences is what keeps the NER cheap. With `only_new`
        the heads inside a rule candidate get no window (nothing found there would be kept), and
        the text is searched for trigger words only in the sentences of the heads left, not whole.
        Windows stay inside their sentence, and overlapping ones are read as one. A sentence where
        no word could head a kept name (`_may_hold_a_name`) is not read at all.
        `page`: what was read of the Doc already (`_Page`), when the caller has it.
        """
        page = page or _Page(doc)
        if not self.require_head or not page.rules_ran:
            # With the rules off (mode "model") the model alone finds every name, and whole
            # sentences give it more than windows do (dev, --ablation: institutions en F1 0.861
            # whole, 0.852 windowed); that mode is for comparison, not for speed.
            return self.sentences_to_read(doc)
        view = matching_text(doc) if self.language == "zh" else doc_text(doc)
        heads = self.cues.head_spans(view)  # (in text order)
        if self.only_new:  # (most head words stand inside a candidate)
            heads = page.rule_ranges.uncovered(heads)
        before, after = WINDOW_TOKENS[self.language]
        worth_reading: dict[int, bool] = {}  # by sentence
        windows: list[tuple[int, int, int, int]] = []  # tokens read, then their sentence's
        for head_start_char, head_end_char in heads:
            head = doc.char_span(head_start_char, head_end_char, alignment_mode="expand")
            if head is None or (self.only_new and not self._may_end_a_name(doc, head_start_char, head_end_char, head)):
                continue
            first, last = page.sentence_bounds(head.start, head.end)
            if first not in worth_reading:
                worth_reading[first] = self._has_cue(view, page, first, last) and self._may_hold_a_name(
                    page, first, last, head
                )
            if not worth_reading[first]:
                continue
            start, end = max(first, head.start - before), min(last, head.end + after)
            if windows and windows[-1][0] >= first and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(windows[-1][1], end), first, last)
            else:
                windows.append((start, end, first, last))
        return [doc[start:end] for start, end, _, _ in windows]

    def _has_cue(self, view: str, page: _Page, first: int, last: int) -> bool:
        """Whether the sentence (tokens first:last) holds the start of a rule candidate or a trigger word."""
        start, end = page.start_char(first), page.start_char(last)
        candidate_starts = page.rule_ranges.starts
        at = bisect.bisect_left(candidate_starts, start)
        if at < len(candidate_starts) and candidate_starts[at] < end:
            return True
        return self.cues.begins_in(view, start, end)

    def _may_hold_a_name(self, page: _Page, first: int, last: int, head: Span) -> bool:
        """Whether the sentence (tokens first:last) holds a word that could head a kept ORG: in English a head word as
        `HeadKinds.head` takes one (not glued by hyphens, so not the words of "Consulate-General"),
        outside every rule candidate (with `only_new`). Where there is none, nothing the NER finds
        in the sentence, window or whole, would be kept. `head`: the head word found there, most
        often one. Chinese sentences are not checked: there a window's own head word ends a
        token, as a kept name's does."""
        if self.language != "en":
            return True
        # (plain loops: compiled, `any(<generator>)` stays a generator object and a call per token)
        for token in head:
            if self._may_head(page, token):
                return True
        doc = page.doc
        for i in range(first, last):  # noqa: SIM110
            if self._may_head(page, doc[i]):
                return True
        return False

    def _may_head(self, page: _Page, token: Token) -> bool:
        return (
            token.orth in self.head_kinds.ids
            and not _hyphen_bound(token)
            and not (self.only_new and page.rule_ranges.covers(token.idx, token.idx + len(token)))
        )

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

        candidates = [row for key in RULE_KEYS for row in read_rows(doc, key)]  # the rules' rows, as handed on
        triggers, heads = self.cues.find(doc_text(doc), matching_text(doc) if self.language == "zh" else None)
        chosen = {sentence_of(offset) for offset in triggers}
        chosen |= {sentence_of(row.start_char) for row in candidates}
        if not any(key in doc.spans for key in RULE_KEYS):
            chosen |= {sentence_of(start) for start, _ in heads}
        elif self.require_head and self.only_new:
            covers = _Ranges([(row.start_char, row.end_char) for row in candidates]).covers
            heads = [(a, b) for a, b in heads if not covers(a, b) and self._may_end_a_name(doc, a, b)]
            chosen &= {sentence_of(a) for a, _ in heads}
        return [sentences[i] for i in sorted(chosen) if i >= 0], heads

    def _may_end_a_name(self, doc: Doc, start: int, end: int, span: Span | None = None) -> bool:
        """Whether a head word at start:end could end a name the rules left alone. In Chinese a name
        ends with its head word, as a word of its own, so not a head that
        - ends inside a token: an entity ends where a token does ("北师大|学习", "境外|办学");
        - only ends a longer word the segmenter knows (孔子学院, 中小学, 外国语学院, 师范大学): when a
          name stands before such a word the pattern rules take the word as the name's end
          (青岚湖师范大学), so one they leave names a kind of institution ("设立孔子学院", "两地中小学");
        - is a bare 学校 / 联盟 standing for an institution named before ("，联盟秘书处设在…"): a head
          token after a boundary word or punctuation.
        `span`: the head's tokens (`doc.char_span(start, end, alignment_mode="expand")`), when known.
        """
        if self.language != "zh":
            return True
        span = span or doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return True
        if span.end_char != end or (len(span) == 1 and span.start_char != start):
            return False
        if len(span) != 1 or span.start == 0:
            return True
        before = doc[span.start - 1]
        return not (before.is_punct or before.is_space or before.norm_ in self.boundaries)

    def _names_a_unit(self, span: Span) -> bool:
        """Whether an English ORG is field words and then a unit's head ("Music Department"): a part
        of the university the page is about (unit_heads.txt), not a body of its own."""
        words = [token.text for token in span if token.lower_ not in _UNIT_NAME_GLUE]
        return len(words) > 1 and words[-1] in self.unit_heads and all(word in self.fields for word in words[:-1])

    def _runs_into_an_event_name(self, doc: Doc, span: Span) -> bool:
        """Whether an event's words (`<lang>/event_name_inner_words.txt`) carry an ORG on into an
        event's head (`<lang>/event_heads.txt`): "... Southeast Asia University Presidents' Forum",
        首届中非大学校长对话会 are parts of the event's name, no body (a head right after it, "the X
        University Forum", keeps it). English words as written (capitalised), Chinese by simplified form."""
        words = 0
        for token in doc[span.end : min(span.end + 5, len(doc))]:
            word = token.text if self.language == "en" else token.norm_
            if words and word in self.event_heads:
                return True
            if word not in self.event_inner:
                return False
            words += token.is_alpha
        return False

    def _opens_with_a_boundary(self, doc: Doc, span: Span) -> bool:
        """Whether a Chinese ORG begins with a word a name never extends left over (name_boundaries.txt):
        担任联盟秘书处 is a verb and an office, not a body; the rules find a body the model ran into."""
        return doc[span.start].norm_ in self.boundaries

    def _copy(self, doc: Doc, start: int, end: int) -> Doc:
        """Tokens start:end of `doc` as a Doc of the trained pipeline, with the project tokenizer's
        tokens and norms (set by id: the model reads ids, and the vocabularies hash alike)."""
        words, spaces, norms = [], [], []
        for token in doc[start:end]:
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
            norms.append(token.norm)
        copy = Doc(self.ner.vocab, words=words, spaces=spaces)
        copy.from_array([NORM], np.array(norms, dtype=np.uint64))
        return copy

    def _without_country_after_in(self, doc: Doc, span: Span) -> Span:
        """ "University of Economics in Poland" -> "University of Economics": a country after a school's
        "in" says where it is, as the rules read it (a city may be part of the name: "... in Katowice")."""
        for token in span[1:-1]:
            if token.lower_ == "in" and self.places.is_country(doc[token.i + 1 : span.end].text):
                named = doc[span.start : token.i]
                return named if self.head_kinds.kind(named) in _SCHOOL_KINDS else span
        return span

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
