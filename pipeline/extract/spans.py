"""Turning spans on the Doc into the contract's pieces: refs, evidence, phrase hits."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
from ahocorasick_rs import AhoCorasick, Implementation, MatchKind
from spacy.tokens import Doc, Span

from pipeline.language import to_simplified
from pipeline.nlp.extensions import Facts, doc_text, read_facts, read_spans, register_extensions
from pipeline.nlp.sentences import sentence_starts_of
from schemas import Evidence, InstitutionRef


def holds_any(text: str, words: Iterable[str]) -> bool:
    """Whether one of `words` stands in `text`. (A loop, not `any` of a generator expression: a
    compiled module makes a generator object on every call, and extractors ask this per sentence.)"""
    for word in words:  # noqa: SIM110
        if word in text:
            return True
    return False


def evidence(doc: Doc, start: int, end: int) -> Evidence:
    """Evidence for doc_text(doc)[start:end], trimmed of surrounding whitespace."""
    # (the model's validator on the fields, as `Evidence(**fields)` does, without pydantic's `__init__`)
    return Evidence.__pydantic_validator__.validate_python(evidence_fields(doc, start, end))


def evidence_fields(doc: Doc, start: int, end: int) -> dict[str, Any]:
    """`evidence`'s fields, for a record that validates its evidence as part of itself: an
    `Evidence` instance handed to a record is checked again by its validator, a dict only once."""
    text = doc_text(doc)[start:end]
    stripped = text.strip()
    if len(stripped) != len(text):
        start += len(text) - len(text.lstrip())
    return {"start": start, "end": start + len(stripped), "text": stripped}


def institution_ref(span: Span, known: Facts | None = None) -> InstitutionRef:
    """The span's reference, shared by every mention of the institution in the process (records
    share it; nothing mutates one). `known`: the span's facts, when the caller holds them."""
    return _shared_ref(_language(span.doc), facts(span) if known is None else known)


# References made so far in the process, by language, name and entry (`_shared_ref`).
_REFS: dict[tuple[str, str, int], tuple[Any, InstitutionRef]] = {}
_MAX_REFS = 1 << 16  # cleared past this many (a crawl names ever new institutions)


def _shared_ref(language: str, known: Facts) -> InstitutionRef:
    """The reference of an institution named `known`, made once per process, not once per Doc:
    it depends on the name, the entry and the language alone, and pages name the same
    institutions again and again (most a page's references were made for an earlier page),
    while a reference costs a pydantic validation."""
    entry = known.entry
    name = known.display_name or known.text
    key = (language, name, id(entry))
    kept = _REFS.get(key)
    if kept is not None and kept[0] is entry:
        return kept[1]
    if len(_REFS) >= _MAX_REFS:
        _REFS.clear()
    ref = InstitutionRef(
        name=name,
        canonical_id=entry.id if entry else None,
        canonical_name=entry.canonical_name(language) if entry else None,
    )
    _REFS[key] = (entry, ref)  # (the entry is kept so that its id is not reused)
    return ref


def _language(doc: Doc) -> str:
    """The language references are named in, read once per Doc (`doc.lang_` asks the vocab's
    language getter each time, ~1 µs, and a page makes a few hundred references)."""
    language = doc.user_data.get("_ref_language")
    if language is None:
        language = doc.user_data["_ref_language"] = doc.lang_ if doc.lang_ in {"en", "zh"} else "en"
    return language


def matching_text(doc: Doc) -> str:
    """The text rules match against: lower case (English) or simplified script (Chinese)."""
    key = "_matching_text"
    if key not in doc.user_data:
        doc.user_data[key] = to_simplified(doc_text(doc)) if doc.lang_ == "zh" else doc_text(doc).lower()
    return doc.user_data[key]


class Hit(NamedTuple):
    """A rule phrase found in the text, with the value its table gives it (a tuple: made by the
    hundred per Doc, and a frozen dataclass costs several times more to make)."""

    start: int
    end: int
    phrase: str
    value: str


# `Hit` from one tuple of its fields, without the Python-level `__new__` a NamedTuple calls
# (a quarter of making one; the pass over a Doc makes a hundred or more).
_hit = functools.partial(tuple.__new__, Hit)


def alternation(phrases: Iterable[str]) -> str:
    """A regex matching, at any position, the longest of `phrases` that starts there: the same
    matches, and the same order of retries, as `"|".join(longest first)`, written as a trie
    (common prefixes once) so the engine tests a few characters per position, not every phrase."""
    trie: dict[str, dict] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    # Longer continuations first and the phrase ending here last: the first match is the longest
    # and backtracking (a failed check after it) tries the shorter ones in order of length.
    branches = [re.escape(char) + _trie_pattern(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    grouped = body if len(branches) > 1 or len(body) == 1 else f"(?:{body})"
    return f"{grouped}?"


@functools.cache
def phrase_pattern(phrases: tuple[str, ...], english: bool) -> re.Pattern[str]:
    """One regex for a vocabulary, longest phrases first, whole words in English: the definition
    of a hit, which `_Automaton` finds in one pass (the regex serves ranges cut off mid-text)."""
    body = alternation(phrases)
    if english:
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")
    return re.compile(f"(?:{body})")


@functools.cache
def _scan_pattern(phrases: tuple[str, ...], english: bool) -> re.Pattern[str]:
    """`phrase_pattern` without what it checks after a phrase: run over the whole text, it finds
    a phrase overlapping every one `phrase_pattern` can find inside any stretch of it."""
    if not english:
        return phrase_pattern(phrases, english)  # (it checks nothing after a phrase)
    return re.compile(rf"(?<![\w-])(?:{alternation(phrases)})")


# Before and after a phrase the English patterns check for no word character (`phrase_pattern`).
_WORD_GOES_ON = re.compile(r"[\w-]")


class _Automaton:
    """A vocabulary's phrases found in one Aho-Corasick pass over a text, giving exactly what
    `finditer` of `phrase_pattern` (hits) and of `_scan_pattern` (scan) give: from the left, the
    longest phrase that starts at the first position where one fits, then on from its end.

    Without word checks (Chinese, plain words) that is the automaton's leftmost-longest search.
    In English a phrase fits only where the checks around it pass, which may be a shorter phrase
    at the same start or a phrase inside another's match: every occurrence is listed
    (overlapping) and the two greedy choices are made over those that pass."""

    def __init__(self, phrases: tuple[str, ...], english: bool) -> None:
        if "" in phrases:
            raise ValueError("a vocabulary holds an empty phrase")
        self.phrases = phrases
        self.english = english
        self.few = not english and len(phrases) <= _FEW_PHRASES  # searched by `_leftmost_longest`
        kind = MatchKind.Standard if english else MatchKind.LeftmostLongest
        # A DFA always: past 100 phrases the library would pick an NFA, 2-3x slower a pass, to save
        # memory that a vocabulary of a few hundred phrases does not need.
        self._automaton = None if self.few else AhoCorasick(phrases, matchkind=kind, implementation=Implementation.DFA)

    def find(self, text: str) -> tuple[list[int], Spans, Spans]:
        """The hits (their phrases' indices, and where they stand), and the scan's spans."""
        if not self.english:
            automaton = self._automaton
            if automaton is None:
                found = _leftmost_longest(self.phrases, text)
            else:
                found = automaton.find_matches_as_indexes(text)
            return _as_found(found)
        assert self._automaton is not None  # (English: never few)
        found = self._automaton.find_matches_as_indexes(text, overlapping=True)
        return self._whole_words([(start, -end, index) for index, start, end in found], text)

    def find_on_page(self, doc: Doc) -> tuple[list[int], Spans, Spans]:
        """`find` of the Doc's matching text: on an English page, made from the one pass of every
        vocabulary over it (`_PageScan`) when that pass covers this one; by a pass of its own
        otherwise. (A Chinese page holds three times more occurrences, mostly of two-character
        words, and sorting them out costs what the passes it saves cost: measured in the pipeline on
        the bench pages, 9 vocabularies, 394 -> 407 us a page, slower in 13 of 16 rounds.)"""
        text = matching_text(doc)
        if _language(doc) == "zh":
            return self.find(text)
        occurrences = _PAGE_SCANS[self.english].occurrences(doc, text, self)
        if occurrences is None:
            return self.find(text)
        if self.english:
            return self._whole_words(occurrences, text)
        return _as_found(_leftmost_longest_of(occurrences))

    def spans(self, text: str) -> Spans:
        """Only the scan's spans."""
        return self.find(text)[2]

    @staticmethod
    def _whole_words(occurrences: list[Occurrence], text: str) -> tuple[list[int], Spans, Spans]:
        indices: list[int] = []
        hits, scan = Spans([], []), Spans([], [])
        hit_end = scan_end = 0
        size = len(text)
        # by start, then longest first: the first that fits at or after a search's start is its match
        for start, minus_end, index in sorted(occurrences):
            end = -minus_end
            if (start < scan_end and start < hit_end) or (start and _goes_on(text[start - 1])):
                continue
            if start >= scan_end:
                scan.starts.append(start)
                scan.ends.append(end)
                scan_end = end
            if start >= hit_end and not (end < size and _goes_on(text[end])):
                indices.append(index)
                hits.starts.append(start)
                hits.ends.append(end)
                hit_end = end
        return indices, hits, scan


# Up to this many phrases a Chinese vocabulary is found by `str.find` (`_leftmost_longest`): for
# some vocabularies of a few phrases the library's automaton skips ahead by their UTF-8 bytes, which
# thousands of Chinese characters share, and stops at nearly every character (measured on the bench
# pages: `event_retold.txt`, 4 phrases, 36 us a pass, its scans 12 us). Which vocabularies suffer
# cannot be told from their words; past four phrases the scans cost more than a sound pass.
_FEW_PHRASES = 4


def _leftmost_longest(phrases: tuple[str, ...], text: str) -> list[tuple[int, int, int]]:
    """What a leftmost-longest automaton of `phrases` finds in `text`, (phrase index, start, end)
    in order: from every occurrence of each phrase, the earliest starting, the longest of
    those, then the next starting at or after its end."""
    occurrences: list[Occurrence] = []
    for index, phrase in enumerate(phrases):
        at = text.find(phrase)
        while at >= 0:
            occurrences.append((at, -at - len(phrase), index))
            at = text.find(phrase, at + 1)
    return _leftmost_longest_of(occurrences)


# An occurrence of a vocabulary's phrase: (start, -end, index of the phrase), so that plain tuple
# order is by start, then longest first (the phrases differ: no two occurrences tie).
Occurrence = tuple[int, int, int]


def _leftmost_longest_of(occurrences: list[Occurrence]) -> list[tuple[int, int, int]]:
    """From every occurrence of a vocabulary's phrases, in any order, what a leftmost-longest
    automaton finds, (phrase index, start, end): the earliest starting, the longest of those, then
    the next starting at or after its end."""
    found: list[tuple[int, int, int]] = []
    last_end = 0
    for start, minus_end, index in sorted(occurrences):
        if start >= last_end:
            last_end = -minus_end
            found.append((index, start, last_end))
    return found


def _as_found(found: list[tuple[int, int, int]]) -> tuple[list[int], Spans, Spans]:
    """`_Automaton.find`'s result from a Chinese vocabulary's hits (its hits are its scan)."""
    if not found:
        return [], Spans([], []), Spans([], [])
    indices, starts, ends = map(list, zip(*found, strict=True))  # (one pass, not three)
    spans = Spans(starts, ends)
    return indices, spans, spans


class _PageScan:
    """Every phrase of the vocabularies an English page is searched for (of one kind: whole words
    or not), found in one pass over its matching text, each occurrence handed to the vocabularies
    holding its phrase. A pass costs about as much for 300 phrases as for 5 (it reads the text), and
    an English page holds few occurrences (~80 of the ~340 phrases of 7 vocabularies, on the bench
    pages): one pass and sorting those out cost less than a pass per vocabulary (measured in the
    pipeline on the bench pages: 525 -> 426 us a page, faster in 14 of 16 rounds).

    A vocabulary joins when a page first asks for it (the next page's pass covers it), up to
    `_MAX_MEMBERS` (made-up vocabularies, in tests, would otherwise grow the pass without end)."""

    def __init__(self) -> None:
        self.members: list[_Automaton] = []
        self.joined: set[_Automaton] = set()
        self._automaton: AhoCorasick | None = None  # of every member's phrases; None: to be made
        self._owners: list[tuple[tuple[int, int], ...]] = []  # by phrase: (member's position, its index)

    def occurrences(self, doc: Doc, text: str, member: _Automaton) -> list[Occurrence] | None:
        """Every occurrence of `member`'s phrases in `text`, the Doc's matching text, in no
        particular order; None when this page's pass does not cover `member`."""
        passes = doc.user_data.get("_page_scans")
        if passes is None:
            passes = doc.user_data["_page_scans"] = {}
        found = passes.get(self)
        if found is None:
            found = passes[self] = self._scan(text)
        if member not in self.joined and len(self.members) < _MAX_MEMBERS:
            self.members.append(member)
            self.joined.add(member)
            self._automaton = None
        return found.get(member)

    def _scan(self, text: str) -> dict[_Automaton, list[Occurrence]]:
        if not self.members:
            return {}
        if self._automaton is None:
            self._build()
        assert self._automaton is not None
        found: list[list[Occurrence]] = [[] for _ in self.members]
        owners = self._owners
        for merged, start, end in self._automaton.find_matches_as_indexes(text, overlapping=True):
            for member, index in owners[merged]:
                found[member].append((start, -end, index))
        return dict(zip(self.members, found, strict=True))

    def _build(self) -> None:
        position: dict[str, int] = {}
        owners: list[list[tuple[int, int]]] = []
        for member, automaton in enumerate(self.members):
            for index, phrase in enumerate(automaton.phrases):
                at = position.setdefault(phrase, len(position))
                if at == len(owners):
                    owners.append([])
                owners[at].append((member, index))
        self._owners = [tuple(o) for o in owners]
        # Standard: every occurrence of every phrase (overlapping), from which each member's own
        # choice is made; a DFA, as for one vocabulary (`_Automaton`)
        self._automaton = AhoCorasick(list(position), matchkind=MatchKind.Standard, implementation=Implementation.DFA)


_MAX_MEMBERS = 64

# The pass of English pages for each kind of vocabulary (whole words, or plain strings: `word_spans`).
_PAGE_SCANS = {True: _PageScan(), False: _PageScan()}


def _goes_on(char: str) -> bool:
    """`_WORD_GOES_ON.match(char)` of one character (a string method costs a third of a regex call,
    and the English scans ask it twice per occurrence): `\\w` is what `str.isalnum` calls alphanumeric, and _."""
    return char.isalnum() or char == "_" or char == "-"


def find_phrases(doc: Doc, start: int, end: int, table: dict[str, str]) -> list[Hit]:
    """Non-overlapping vocabulary hits inside doc_text(doc)[start:end].

    Sliced from the hits of one pass over the whole text (`_DocHits`) when the range's edges
    cut none of them; searched in the range itself otherwise."""
    if not table:
        return []
    return phrase_finder(doc, table)(start, end)


def phrase_finder(doc: Doc, table: dict[str, str]) -> Callable[[int, int], list[Hit]]:
    """`find_phrases` of one Doc and table, as a function of the range: an extractor asking for
    every sentence looks the Doc's hits up once, not once a sentence."""
    if not table:
        return lambda start, end: []
    doc_hits = _doc_hits(doc, table)
    within = doc_hits.within
    vocabulary = doc_hits.vocabulary

    def find(start: int, end: int) -> list[Hit]:
        found = within(start, end)
        if found is not None:
            return found
        lookup = vocabulary.lookup
        near = _phrase_spans(doc, vocabulary.automaton)
        matches = finditer_near(vocabulary.pattern, matching_text(doc), start, end, near)
        return [Hit(m.start(), m.end(), m.group(0), lookup[m.group(0)]) for m in matches]

    return find


@dataclass(frozen=True, slots=True)
class _DocHits:
    """A vocabulary's hits in the whole matching text, in order (`finditer`'s)."""

    starts: list[int]
    ends: list[int]
    hits: list[Hit]
    text: str
    english: bool
    vocabulary: _Vocabulary

    def within(self, start: int, end: int) -> list[Hit] | None:
        """The hits a search of text[start:end] alone finds, or None when that search could find
        others: when a hit of the whole text crosses `start` or `end`, or (English) when a word
        goes on at `end` (the search, cut there, would take a phrase ending at `end` as whole).

        Otherwise the two agree: a phrase matched inside the range is matched with the same
        characters in the whole text, and the longest alternative that fits is chosen in both."""
        first = bisect.bisect_left(self.starts, start)
        if first and self.ends[first - 1] > start:
            return None
        last = bisect.bisect_left(self.starts, end, lo=first)
        if last > first and self.ends[last - 1] > end:
            return None
        if self.english and _WORD_GOES_ON.match(self.text, end):
            return None
        return self.hits[first:last]


def _doc_hits(doc: Doc, table: dict[str, str]) -> _DocHits:
    """`_DocHits` of a table, once per Doc (looked up by the table: `find_phrases` is called
    thousands of times per Doc). The same pass finds where the phrases stand (`phrase_spans`)."""
    cache = doc.user_data.get("_phrase_hits")
    if cache is None:
        cache = doc.user_data["_phrase_hits"] = {}
    known = cache.get(id(table))
    if known is not None and known.vocabulary.table is table and known.vocabulary.size == len(table):
        return known
    vocabulary = _vocabulary(table, doc.lang_ != "zh")
    text = matching_text(doc)
    indices, where, spans = vocabulary.automaton.find_on_page(doc)
    doc.user_data.setdefault("_phrase_spans", {}).setdefault(vocabulary.automaton, spans)
    named = vocabulary.named
    hits = [_hit((start, end, *named[i])) for i, start, end in zip(indices, where.starts, where.ends, strict=True)]
    found_hits = _DocHits(where.starts, where.ends, hits, text, vocabulary.english, vocabulary)
    cache[id(table)] = found_hits  # the table is kept (in `vocabulary`), so that its id is not reused
    return found_hits


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
    if not table:
        return Spans([], [])
    _doc_hits(doc, table)  # the pass that finds the hits keeps where the phrases stand
    return _phrase_spans(doc, _vocabulary(table, doc.lang_ != "zh").automaton)


def word_spans(doc: Doc, words: tuple[str, ...]) -> Spans:
    """Where `words` stand in the matching text (as plain strings, nothing around them checked),
    found once per Doc: a stretch overlapping none holds none of them."""
    if not words:
        return Spans([], [])
    return _phrase_spans(doc, _word_automaton(words))


@functools.cache
def _word_automaton(words: tuple[str, ...]) -> _Automaton:
    """`finditer` of `re.compile(alternation(words))`, in one pass."""
    return _Automaton(words, english=False)


@dataclass(slots=True)
class _Vocabulary:
    table: dict[str, str]
    size: int
    automaton: _Automaton  # finds `pattern`'s hits, and `_scan_pattern`'s, in the whole text
    lookup: dict[str, str]
    named: list[tuple[str, str]]  # each phrase of `automaton`, with its value
    english: bool
    _pattern: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        """`phrase_pattern` of the phrases, for a range cut off inside the text: compiled when first
        needed (a start-up cost; most ranges cut no hit, and many vocabularies are never searched so)."""
        if self._pattern is None:
            self._pattern = phrase_pattern(self.automaton.phrases, self.english)
        return self._pattern


_VOCABULARIES: dict[tuple[int, bool], _Vocabulary] = {}


def _vocabulary(table: dict[str, str], english: bool) -> _Vocabulary:
    """A table's pattern, automaton and lookup, made once per table (the tables are read once and kept)."""
    known = _VOCABULARIES.get((id(table), english))
    if known is None or known.table is not table or known.size != len(table):
        phrases = tuple(table)
        lookup = {k.lower(): v for k, v in table.items()} if english else table
        # (an English phrase with a capital never matches the lower-cased text: no value needed)
        named = [(phrase, lookup.get(phrase, "")) for phrase in phrases]
        known = _Vocabulary(table, len(table), _Automaton(phrases, english), lookup, named, english)
        _VOCABULARIES[(id(table), english)] = known
    return known


def _phrase_spans(doc: Doc, automaton: _Automaton) -> Spans:
    """Where `automaton`'s scan finds its phrases in the matching text, once per Doc."""
    cache = doc.user_data.setdefault("_phrase_spans", {})
    found = cache.get(automaton)
    if found is None:
        found = cache[automaton] = automaton.find_on_page(doc)[2]
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
    """A Doc's sentences, read once (every read of `doc.sents` makes new Span objects).

    All are made at once, by `doc.sents`: a Span made on its own (`Span(doc, start, end)`, for
    the sentences an extractor reads) costs more than one of `doc.sents`, and the extractors
    together read most sentences of a page (the partnership extractor walks every one)."""

    spans: list[Span]
    starts: list[int]  # their first characters
    start_array: np.ndarray  # the same, for `np.searchsorted`
    tokens: list[int]  # their first tokens

    def index_of(self, char: int) -> int:
        """The index of the sentence holding character `char` (-1 before the first sentence)."""
        return bisect.bisect_right(self.starts, char) - 1

    def overlapping(self, ranges: Spans) -> set[int]:
        """Indices of the sentences that overlap any of `ranges` (and maybe of one next to them):
        range i covers the sentences first[i]:last[i]. The ranges may come in any order and overlap."""
        if len(ranges.starts) <= _FEW_RANGES:
            found: set[int] = set()
            for start, end in zip(ranges.starts, ranges.ends, strict=True):
                first = max(bisect.bisect_right(self.starts, start) - 1, 0)
                found.update(range(first, max(bisect.bisect_right(self.starts, end - 1), first + 1)))
            return found
        # Many ranges: their union is read off a running count of the ranges open at each
        # sentence, with array operations instead of a Python loop per range.
        size = len(self.starts) + 2
        first = np.maximum(np.searchsorted(self.start_array, ranges.starts, "right") - 1, 0)
        last = np.maximum(np.searchsorted(self.start_array, np.subtract(ranges.ends, 1), "right"), first + 1)
        opened = np.bincount(first, minlength=size) - np.bincount(last, minlength=size)
        return set(np.flatnonzero(np.cumsum(opened) > 0).tolist())


_FEW_RANGES = 20  # below this a loop over the ranges is faster than the array operations' fixed cost


def sentences(doc: Doc) -> Sentences:
    key = "_sentences"
    if key not in doc.user_data:
        spans = list(doc.sents)
        starts = [s.start_char for s in spans]
        # (the sentencizer's first tokens are those of `doc.sents`: no Span's start read)
        tokens = sentence_starts_of(doc) if spans else []
        doc.user_data[key] = Sentences(spans, starts, np.array(starts, dtype=np.int64), tokens)
    return doc.user_data[key]


class Tokens:
    """A Doc's tokens, each read once, when first asked for: a `doc[i]` makes a Token object on
    every read, and the rules read the same few tokens around each head word many times (reading
    every token up front, as arrays, costs more than the few hundred a page the rules look at)."""

    __slots__ = ("doc", "read", "text")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.read: dict[int, tuple[int, int, str]] = {}  # index: first character, end, NORM

    def token(self, i: int) -> tuple[int, int, str]:
        known = self.read.get(i)
        if known is None:
            token = self.doc[i]
            start = token.idx
            known = self.read[i] = (start, start + len(token), token.norm_)
        return known

    def start(self, i: int) -> int:
        """`doc[i].idx`."""
        return self.token(i)[0]

    def end(self, i: int) -> int:
        """`doc[i].idx + len(doc[i])`."""
        return self.token(i)[1]

    def text_of(self, i: int) -> str:
        """`doc[i].text`."""
        start, end, _ = self.token(i)
        return self.text[start:end]

    def norm(self, i: int) -> str:
        """`doc[i].norm_`."""
        return self.token(i)[2]

    def span_text(self, start: int, end: int) -> str:
        """`doc[start:end].text`, for start < end."""
        return self.text[self.token(start)[0] : self.token(end - 1)[1]]


def tokens(doc: Doc) -> Tokens:
    """`Tokens` of the Doc, one per Doc."""
    key = "_tokens"
    if key not in doc.user_data:
        doc.user_data[key] = Tokens(doc)
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
    if first == last or max(ends[first:last]) <= end_char:
        return spans[first:last]  # (the usual case: none starting inside runs past the end)
    return [spans[i] for i in range(first, last) if ends[i] <= end_char]


def _institution_index(doc: Doc) -> tuple[list[int], list[int], list[Span]] | None:
    """`institution_bounds` and the spans, when the institutions come in order of start (then a
    range is found by `bisect`); None when they do not."""
    key = "_institution_index"
    if key not in doc.user_data:
        starts, ends = institution_bounds(doc)
        ordered = starts == sorted(starts)
        doc.user_data[key] = (starts, ends, institution_spans(doc)) if ordered else None
    return doc.user_data[key]


def institution_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """The first and end characters of every span of `institution_spans(doc)`, in its order, read
    once per Doc (a `span.start_char` is a property read; the extractors ask for them often)."""
    spans = institution_spans(doc)
    found = doc.user_data.get("_institution_bounds")
    if found is None or found[0] is not spans:  # (read again for a list put in its place)
        found = doc.user_data["_institution_bounds"] = (
            spans,
            [s.start_char for s in spans],
            [s.end_char for s in spans],
        )
    return found[1], found[2]


def institution_spans(doc: Doc) -> list[Span]:
    """The resolver's institutions, as the Span objects it wrote (`read_spans`), looked up once."""
    spans = doc.user_data.get("institution_spans")
    if spans is None:
        spans = doc.user_data["institution_spans"] = read_spans(doc, "institutions")
    return spans


def institution_facts(doc: Doc) -> list[Facts]:
    """`facts` of every span of `institution_spans(doc)`, in the same order, once per Doc: as the
    resolver handed them on beside its spans (`read_facts`) while those are the spans, else read
    from the spans."""
    key = "_institution_facts"
    if key not in doc.user_data:
        spans = institution_spans(doc)
        handed = read_facts(doc, "institutions")
        if handed is not None and spans is read_spans(doc, "institutions"):  # (the objects written beside them)
            doc.user_data[key] = _remembered(doc, spans, handed)
        else:
            doc.user_data[key] = _facts_of_all(doc, spans)
    return doc.user_data[key]


def _remembered(doc: Doc, spans: list[Span], known: list[Facts]) -> list[Facts]:
    """`known` (the facts of `spans`), kept where `facts` looks a Span object up first."""
    by_object = doc.user_data.setdefault("_span_facts_by_object", {})
    for span, fact in zip(spans, known, strict=True):
        by_object[id(span)] = (span, fact)  # the span is kept so that its id is not reused
    return known


def _facts_of_all(doc: Doc, spans: list[Span]) -> list[Facts]:
    """`facts` of each span, the lookups it makes per span (the caches, the text, the reader of
    `doc.user_data`) made once for all of them; the caches `facts` reads are filled the same way."""
    if not _keys_as_spacy_keeps_them():
        return [facts(span) for span in spans]
    user_data = doc.user_data
    by_object = user_data.setdefault("_span_facts_by_object", {})
    cache = user_data.setdefault("_span_facts", {})
    get, text = user_data.get, doc_text(doc)
    found: list[Facts] = []
    for span in spans:
        known = by_object.get(id(span))
        if known is not None:
            found.append(known[1])
            continue
        key = (span.start, span.end, span.label)
        read = cache.get(key)
        if read is None:
            read = cache[key] = _facts_at(get, text, span.start_char, span.end_char)
        by_object[id(span)] = (span, read)  # the span is kept so that its id is not reused
        found.append(read)
    return found


def facts(span: Span) -> Facts:
    """The span's extensions, read once per span and Doc (each `span._` read costs a lookup object).

    Looked up first by the Span object (cheap: the lists the extractors share hand out the same
    objects), then by its position and label (a SpanGroup makes new objects on every read).
    """
    user_data = span.doc.user_data
    by_object = user_data.get("_span_facts_by_object")
    if by_object is None:
        by_object = user_data["_span_facts_by_object"] = {}
    known = by_object.get(id(span))
    if known is not None:
        return known[1]
    cache = user_data.setdefault("_span_facts", {})
    key = (span.start, span.end, span.label)
    found = cache.get(key)
    if found is None:
        found = cache[key] = _read_facts(span)
    by_object[id(span)] = (span, found)  # the span is kept so that its id is not reused
    return found


def _read_facts(span: Span) -> Facts:
    """The extensions, read straight from `doc.user_data` where spaCy keeps them (a `span._`
    object costs more than the four reads), when that is where spaCy keeps them."""
    if not _keys_as_spacy_keeps_them():
        ext = span._
        return Facts(ext.kind, ext.country, ext.entry, ext.display_name, span.text)
    return _facts_at(span.doc.user_data.get, doc_text(span.doc), span.start_char, span.end_char)


def _facts_at(get: Callable[[Any], Any], text: str, start: int, end: int) -> Facts:
    """The facts of the span start:end from `doc.user_data.get`, its text from the Doc's (`span.text`
    without joining its tokens again)."""
    return Facts(
        get(("._.", "kind", start, end)),
        get(("._.", "country", start, end)),
        get(("._.", "entry", start, end)),
        get(("._.", "display_name", start, end)),
        text[start:end],
    )


@functools.cache
def _keys_as_spacy_keeps_them() -> bool:
    """Whether a span's extension `name` is `doc.user_data[("._.", name, start_char, end_char)]`,
    None when unset (spaCy's key format is internal; checked once on a probe Doc)."""
    from spacy.vocab import Vocab

    register_extensions()
    doc = Doc(Vocab(), words=["a", "b"], spaces=[True, False])
    span = doc[0:2]
    span._.kind = "probe"
    keys = ("._.", "kind", span.start_char, span.end_char) in doc.user_data
    return keys and span._.country is None and all(Span.get_extension(n)[1:] == (None, None, None) for n in _FIELDS)


_FIELDS = ("kind", "country", "entry", "display_name")


def same_institution(a: Span, b: Span) -> bool:
    return same_facts(facts(a), facts(b))


def same_facts(first: Facts, second: Facts) -> bool:
    """`same_institution` of two spans' facts."""
    if first.entry is not None and second.entry is not None:
        return first.entry.id == second.entry.id
    return (first.display_name or first.text) == (second.display_name or second.text)
