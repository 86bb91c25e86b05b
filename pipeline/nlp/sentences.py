"""Sentence boundaries for bulletins: sentence-final punctuation and line breaks.

spaCy's sentencizer knows punctuation only; bulletin paragraphs, captions and list
lines end at a line break with no full stop, so a newline ends a sentence too.

A sentence starts at the first token and after
- a whitespace token holding a line break;
- a final punctuation mark, unless a closer (quote, bracket) follows it;
- a closer that follows a final punctuation mark;
except the full stop of an abbreviation before a number ("No. 96") or before a comma ("on Tues.,
Nov. 18") and a full stop written between digits with no space ("2025.11.18", "3.5"), which end nothing.
Whether a token is one of these three kinds is a property of the word, so it is kept
as one lexeme flag in the vocabulary (computed once per distinct word). A document
reads that one column; only the flagged tokens (a few per sentence) are looked at one
by one for their kind, cached per word, and the boundaries are a few array operations.
The sentences' first tokens are left on the Doc for the components that walk sentences
(`sentence_starts_of`), so that none reads the SENT_START column again.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from pipeline.nlp.batchwise import Batchwise
from pipeline.rules import word_list

FINAL_PUNCT = frozenset({".", "!", "?", "。", "！", "？", "；", ";", "…", "……"})
CLOSERS = frozenset({'"', "'", "”", "’", "」", "』", ")", "）"})
# Abbreviations written before a number ("Approval No. 96", "Vol. 2"): their full stop ends
# no sentence when a number follows (rules/en/number_abbreviations.txt; Latin script, so
# the list serves Chinese pages' English too).
NUMBER_ABBREVIATIONS = frozenset(word_list("en", "number_abbreviations.txt"))
# Abbreviations inside a sentence whose full stop the tokenizer cuts off ("Chargé d'affaires a.i. Wang"):
# it ends no sentence (rules/en/inner_abbreviations.txt).
INNER_ABBREVIATIONS = frozenset(word_list("en", "inner_abbreviations.txt"))

# Bits below this one are spaCy's own lexeme attributes (IS_ALPHA ... IS_CURRENCY).
_FIRST_FREE_FLAG = 19


# Module-level functions, not lambdas: a pickled Vocab carries its flag getters.
def is_final_punct(word: str) -> bool:
    return word in FINAL_PUNCT


def is_closer(word: str) -> bool:
    return word in CLOSERS


def is_line_break(word: str) -> bool:
    return word.isspace() and "\n" in word


def may_bound_a_sentence(word: str) -> bool:
    """Final punctuation, a closer or a line break: a word the rule looks at."""
    return is_final_punct(word) or is_closer(word) or is_line_break(word)


def lexeme_flag(vocab: Vocab, getter: Callable[[str], bool]) -> int:
    """The vocabulary's flag bit for `getter`, added on first use (once per vocab)."""
    for flag_id, known in vocab.lex_attr_getters.items():
        if known is getter:
            return flag_id
    free = next(bit for bit in range(_FIRST_FREE_FLAG, 64) if bit not in vocab.lex_attr_getters)
    return vocab.add_flag(getter, flag_id=free)


def sentence_starts(final: np.ndarray, closer: np.ndarray, line_break: np.ndarray) -> np.ndarray:
    """SENT_START values (1 starts a sentence, -1 does not) from per-token booleans.

    The three kinds of token are disjoint, so the rules above are a plain OR.
    """
    starts = np.empty(len(final), dtype=bool)
    if len(starts) == 0:
        return starts.astype(np.int64)
    starts[0] = True
    ends_after = line_break[:-1] | (final[:-1] & ~closer[1:])
    ends_after[1:] |= closer[1:-1] & final[:-2]
    starts[1:] = ends_after
    return np.where(starts, 1, -1).astype(np.int64)


# A flagged word's kind: which of the three arrays of `sentence_starts` it marks.
_FINAL, _CLOSER, _LINE_BREAK = 0, 1, 2


def _kind(word: str) -> int:
    return _FINAL if is_final_punct(word) else _CLOSER if is_closer(word) else _LINE_BREAK


# A word's part in the rule, as a tokenizer may hand it on per token (`ROLES_KEY`): none, one of
# the three kinds, or a full stop (final, unless the tokens around it make it no end).
NO_ROLE, STOP = -1, 3


def sentence_role(word: str) -> int:
    """NO_ROLE, _FINAL, _CLOSER, _LINE_BREAK or STOP: what the rule makes of `word` alone."""
    if not may_bound_a_sentence(word):
        return NO_ROLE
    return STOP if word == "." else _kind(word)


# Where a tokenizer that knows each word's `sentence_role` (the Chinese one: per distinct word,
# in its word table) leaves the roles of a Doc's tokens: (number of tokens, int8 array).
ROLES_KEY = "_sentence_roles"


def _ends_an_inner_abbreviation(doc: Doc, i: int, abbreviations: frozenset[int]) -> bool:
    """Whether the full stop at `i` closes an abbreviation of `abbreviations` (their string ids) written
    inside a sentence, a capitalised word after it ("Chargé d'affaires a.i. Wang Zhiyong")."""
    if i == 0 or i + 1 >= len(doc):
        return False
    return doc[i - 1].orth in abbreviations and doc[i + 1].text[:1].isupper()


def _abbreviates_number(doc: Doc, i: int, abbreviations: frozenset[int]) -> bool:
    """Whether the "." at `i` is the stop of "No. 96": written right after one of
    `abbreviations` (their string ids) with a number after it."""
    if i == 0 or i + 1 >= len(doc):
        return False
    before = doc[i - 1]
    return before.orth in abbreviations and not before.whitespace_ and doc[i + 1].text[:1].isdigit()


def _before_a_comma(doc: Doc, i: int) -> bool:
    """Whether the "." at `i` has a comma right after it ("on Tues., Nov. 18", "Co., Ltd."): an
    abbreviation's stop, as no sentence ends in ".,"."""
    return i + 1 < len(doc) and doc[i + 1].orth_ in _COMMAS


_COMMAS = frozenset({",", "，"})


def _between_digits(doc: Doc, i: int) -> bool:
    """Whether the "." at `i` stands between digits with no space ("2025.11.18", 3.5万): a date's
    dot or a decimal point, no sentence's end."""
    if i == 0 or i + 1 >= len(doc) or doc[i].whitespace_:
        return False
    before = doc[i - 1]
    return not before.whitespace_ and before.text[-1:].isdigit() and doc[i + 1].text[:1].isdigit()


class BulletinSentencizer(Batchwise):
    def __init__(self, vocab: Vocab) -> None:
        self.flag = lexeme_flag(vocab, may_bound_a_sentence)
        self._kinds: dict[int, int] = {}  # string id of a flagged word -> its kind
        self._stop = vocab.strings.add(".")
        self._abbreviations = frozenset(vocab.strings.add(word) for word in NUMBER_ABBREVIATIONS)
        self._inner = frozenset(vocab.strings.add(word) for word in INNER_ABBREVIATIONS)

    def __call__(self, doc: Doc) -> Doc:
        roles = doc.user_data.pop(ROLES_KEY, None)  # (read once: not kept with the Doc)
        if len(doc) == 0:
            return doc
        if roles is not None and roles[0] == len(doc):
            kinds = self._kinds_from_roles(doc, roles[1])
        else:
            kinds = self._kinds_of_flagged(doc)
        starts = sentence_starts(kinds[_FINAL], kinds[_CLOSER], kinds[_LINE_BREAK])
        # from_array reads raw uint64 values; -1 wraps and is read back as -1.
        doc.from_array([SENT_START], starts.view(np.uint64))
        doc.user_data[_STARTS_KEY] = (len(doc), np.flatnonzero(starts == 1).tolist())
        return doc

    def _kinds_from_roles(self, doc: Doc, roles: np.ndarray) -> np.ndarray:
        """The three kinds of `sentence_starts` from the tokens' roles the tokenizer handed on:
        array operations, with only full stops looked at one by one (none on most Chinese pages)."""
        kinds = np.zeros((3, len(doc)), dtype=bool)
        marked = np.flatnonzero((roles >= 0) & (roles != STOP))
        kinds[roles[marked], marked] = True
        for i in np.flatnonzero(roles == STOP).tolist():
            kinds[_FINAL, i] = not self._stop_ends_nothing(doc, i, doc[i])
        return kinds

    def _kinds_of_flagged(self, doc: Doc) -> np.ndarray:
        """The three kinds of `sentence_starts`, from the lexeme flag column and each flagged token."""
        flagged = np.flatnonzero(doc.to_array(self.flag)).tolist()
        kinds = np.zeros((3, len(doc)), dtype=bool)
        rows, columns = [], []  # (set in one array operation: a numpy item set per token costs more)
        known, stop = self._kinds, self._stop
        for i in flagged:
            token = doc[i]
            orth = token.orth
            kind = known.get(orth)
            if kind is None:
                kind = known[orth] = _kind(token.text)
            if orth != stop or not self._stop_ends_nothing(doc, i, token):
                rows.append(kind)
                columns.append(i)
        kinds[rows, columns] = True
        return kinds

    def _stop_ends_nothing(self, doc: Doc, i: int, token: Token) -> bool:
        """`_ends_nothing` of the full stop `token` (at `i`), each token around it made once, not once
        per check (a Token made from a Doc costs ~0.2 us; ~40 stops a page)."""
        if i + 1 >= len(doc):
            return False  # (every check needs a token after the stop)
        after_text = doc[i + 1].text
        if i and after_text[:1].isdigit():  # (the first two checks need a token before it too)
            before = doc[i - 1]
            if before.whitespace_:
                return after_text in _COMMAS
            if before.orth in self._abbreviations:
                return True  # (`_abbreviates_number`)
            if not token.whitespace_ and before.text[-1:].isdigit():
                return True  # (`_between_digits`)
        elif i and after_text[:1].isupper() and doc[i - 1].orth in self._inner:
            return True  # (`_ends_an_inner_abbreviation`: "a.i. Wang", the name goes on the sentence)
        return after_text in _COMMAS  # (`_before_a_comma`)

    def _ends_nothing(self, doc: Doc, i: int) -> bool:
        """Whether the full stop at `i` belongs to an abbreviation or a number, not a sentence's end."""
        return (
            _abbreviates_number(doc, i, self._abbreviations)
            or _between_digits(doc, i)
            or _before_a_comma(doc, i)
            or _ends_an_inner_abbreviation(doc, i, self._inner)
        )


# Where the sentencizer leaves the first token of every sentence, for `sentence_starts_of`.
_STARTS_KEY = "_sentence_starts"


def sentence_starts_of(doc: Doc) -> list[int]:
    """The first token of every sentence of `doc.sents`, in order: as the sentencizer left them
    (no component after it sets sentence boundaries), else read from the Doc's SENT_START column.
    Reading a column costs ~0.1 us a token (spaCy's `to_array` loops in Python integers)."""
    kept = doc.user_data.get(_STARTS_KEY)
    if kept is not None and kept[0] == len(doc):
        return kept[1]
    return read_sentence_starts(doc)


def read_sentence_starts(doc: Doc) -> list[int]:
    """The first token of every sentence of `doc.sents`, from the SENT_START column: token 0,
    then every token flagged as a start."""
    if len(doc) == 0:
        return [0]
    flags = doc.to_array(SENT_START)
    return [0, *(np.flatnonzero(flags[1:] == 1) + 1).tolist()]


@Language.factory("bulletin_sentencizer")
def make_bulletin_sentencizer(nlp: Language, name: str) -> BulletinSentencizer:
    return BulletinSentencizer(nlp.vocab)
