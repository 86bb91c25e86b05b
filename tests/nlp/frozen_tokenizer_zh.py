"""The Chinese tokenizer as it was before session 6 (main at dc8d779), frozen: the reference
its faster successor must give the same Docs as (see test_tokenizer_zh.py). Only what makes
a Doc is kept; do not edit, except to delete this file when it is no longer needed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from itertools import repeat
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
from spacy.attrs import NORM
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.language import code_points, from_code_points, simplified_code_points

if TYPE_CHECKING:
    import rjieba

# A high frequency makes a whole name beat any split of it.
USER_WORD_FREQ = 2_000_000

# jieba's own patterns (jieba/__init__.py and jieba/finalseg/__init__.py, 0.42.1).
_JIEBA_HAN_BLOCK = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+)")
_JIEBA_SKIP = re.compile(r"(\r\n|\s)")
_JIEBA_HMM_LATIN = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
# Characters that jieba-rs reads as Han and jieba does not (CJK extensions A to F,
# compatibility ideographs): measured over every code point.
_NOT_JIEBA_HAN = re.compile(r"[\u3400-\u4DBF\u9FD6-\u9FFF\uF900-\uFAFF\U00020000-\U0002FA1F]")

# What the segmenter needs to know of a character, one code per character (see `char_kinds`):
# a Latin letter or digit, a symbol of jieba's Han blocks (where the two meet, a joined word
# may be), and a character that may be Han to jieba-rs only (any beyond the BMP is checked).
LATIN, JOINING, MAYBE_NOT_JIEBA_HAN = 1, 2, 4
_BEYOND_BMP = 0x10000
# Past this many distinct words the tokenizer's word table starts again (memory stays flat).
MAX_CACHED_WORDS = 1 << 18
# The Doc's simplified view is left where `pipeline.extract.spans.matching_text` caches it.
MATCHING_TEXT_KEY = "_matching_text"


@functools.cache
def _kind_table() -> np.ndarray:
    table = np.zeros(_BEYOND_BMP + 1, dtype=np.uint8)
    table[[ord(c) for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"]] = LATIN
    table[[ord(c) for c in "+#&._%-"]] = JOINING
    for first, last in ((0x3400, 0x4DBF), (0x9FD6, 0x9FFF), (0xF900, 0xFAFF)):
        table[first : last + 1] = MAYBE_NOT_JIEBA_HAN
    table[_BEYOND_BMP] = MAYBE_NOT_JIEBA_HAN
    return table


def char_kinds(codes: np.ndarray) -> np.ndarray:
    """LATIN, JOINING, MAYBE_NOT_JIEBA_HAN or 0 for each code point, in one array lookup."""
    return _kind_table()[np.minimum(codes, _BEYOND_BMP)]


class WordTable:
    """A row per distinct word seen, and per row what the tokenizer reads of the word as
    arrays: its length, whether it is whitespace (jieba cuts whitespace from everything
    else, so its first character tells) and, for a vocabulary's strings, its string id.

    One dict lookup per piece replaces measuring, classifying and hashing every piece:
    words recur across texts, so new rows are few once a run is under way.
    """

    def __init__(self, strings: StringStore | None = None) -> None:
        self.strings = strings
        self.clear()

    def clear(self) -> None:
        self._rows: dict[str, int] = {}
        self.length = np.zeros(1024, dtype=np.int64)
        self.space = np.zeros(1024, dtype=bool)
        self.orth = np.zeros(1024, dtype=np.uint64)

    def __len__(self) -> int:
        return len(self._rows)

    def rows(self, words: list[str]) -> np.ndarray:
        """The row of each word, new words added."""
        rows = np.fromiter(map(self._rows.get, words, repeat(-1)), dtype=np.int64, count=len(words))
        missing = np.flatnonzero(rows < 0)
        if len(missing):
            unknown = [words[i] for i in missing.tolist()]
            self._add(list(dict.fromkeys(unknown)))  # a new word may occur twice in one text
            rows[missing] = list(map(self._rows.__getitem__, unknown))
        return rows

    def _add(self, words: list[str]) -> None:
        first, count = len(self._rows), len(words)
        self._rows.update(zip(words, range(first, first + count), strict=True))
        if first + count > len(self.length):
            size = 2 * (first + count)
            self.length, self.space, self.orth = (np.resize(a, size) for a in (self.length, self.space, self.orth))
        self.length[first : first + count] = list(map(len, words))
        self.space[first : first + count] = [word[:1].isspace() for word in words]
        if self.strings is not None:
            self.orth[first : first + count] = list(map(self.strings.add, words))


class Segmentation(NamedTuple):
    pieces: list[str]  # consecutive slices of the text
    rows: np.ndarray  # each piece's row in the word table
    ends: np.ndarray  # where each piece ends in the text


class JiebaSegmenter:
    """jieba's default `cut` with extra words, run by jieba-rs."""

    def __init__(self, words: Iterable[str]) -> None:
        self.rust = _jieba_with_its_dictionary()
        for word in words:
            self.rust.add_word(word, USER_WORD_FREQ, None)
        self._table = WordTable()

    def cut(self, text: str) -> list[str]:
        """The pieces jieba.cut(text, HMM=True) yields: consecutive slices of `text`."""
        if len(self._table) > MAX_CACHED_WORDS:
            self._table.clear()
        return self.segment(text, char_kinds(code_points(text)), self._table).pieces

    def segment(self, text: str, kinds: np.ndarray, table: WordTable) -> Segmentation:
        """`cut(text)` with the pieces' rows in `table` and their ends; `kinds` are the
        `char_kinds` of the text's code points."""
        if (kinds == MAYBE_NOT_JIEBA_HAN).any() and _NOT_JIEBA_HAN.search(text):
            pieces = self._cut_by_blocks(text)
        else:
            pieces = self.rust.cut(text, True)
            rows = table.rows(pieces)
            ends = np.cumsum(table.length[rows])
            joints = _latin_joints(kinds)
            split = self._split_joined_latin(pieces, joints, ends) if len(joints) else pieces
            if split is pieces:
                return Segmentation(pieces, rows, ends)
            pieces = split
        rows = table.rows(pieces)
        return Segmentation(pieces, rows, np.cumsum(table.length[rows]))

    def _cut_by_blocks(self, text: str) -> list[str]:
        """jieba's own loop: Han blocks segmented, any other character a piece of its own."""
        pieces: list[str] = []
        for block in _JIEBA_HAN_BLOCK.split(text):
            if not block:
                continue
            if _JIEBA_HAN_BLOCK.match(block):
                cut = self.rust.cut(block, True)
                joints = _latin_joints(char_kinds(code_points(block)))
                pieces += self._split_joined_latin(cut, joints, _ends(cut))
                continue
            for part in _JIEBA_SKIP.split(block):
                if _JIEBA_SKIP.match(part):
                    pieces.append(part)
                else:
                    pieces += part
        return pieces

    def _split_joined_latin(self, pieces: list[str], joints: np.ndarray, ends: np.ndarray) -> list[str]:
        """Latin words joined by symbols cut as jieba's HMM step cuts them ("1.5" stays).

        `joints`: where in the text a Latin character meets a joining symbol (see
        `_latin_joints`); `ends`: where each piece ends. Only the pieces holding a joint
        are looked at, not every piece. Returns `pieces` itself when nothing is cut.
        """
        if len(joints) == 0:
            return pieces
        holders = np.searchsorted(ends, joints, side="right")
        # A piece holds the joint when it holds both of its characters.
        joined = np.unique(holders[ends[holders] > joints + 1])
        out: list[str] = []
        done = 0
        for i in joined.tolist():
            piece = pieces[i]
            if piece.isascii() and not self.rust.has_word(piece):
                out += pieces[done:i]
                out += (part for part in _JIEBA_HMM_LATIN.split(piece) if part)
                done = i + 1
        return out + pieces[done:] if done else pieces


def _jieba_with_its_dictionary() -> rjieba.Jieba:
    """A jieba-rs segmenter with jieba's dictionary, its own instance."""
    import rjieba

    return rjieba.Jieba()


def _ends(pieces: list[str]) -> np.ndarray:
    """Where each of consecutive pieces ends."""
    return np.cumsum(np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces)))


def _latin_joints(kinds: np.ndarray) -> np.ndarray:
    """Every offset p where characters p and p + 1 are a Latin letter or digit and a joining
    symbol, in either order (overlapping joints all found). Of the kinds' products only
    LATIN * JOINING is 2 (the kinds are 0, 1, 2 and 4)."""
    return np.flatnonzero(kinds[:-1] * kinds[1:] == LATIN * JOINING)


@functools.cache
def build_segmenter(words: tuple[str, ...]) -> JiebaSegmenter:
    """A segmenter knowing jieba's dictionary and `words` (one per word list and process)."""
    return JiebaSegmenter(words)


class JiebaTokenizer:
    """The Doc of a text: jieba's words over the simplified view, as written.

    The text's code points are read once: the simplified view, the traditional characters
    and the segmenter's character kinds all come from them. Each piece is looked up once
    in a word table kept across texts, which gives its length, whether it is whitespace and
    its string id (spaCy would hash every word again); words, spaces and the simplified norms
    of traditional words are then array operations over the pieces. The simplified view is
    left in `doc.user_data` for the components that match on it.
    """

    def __init__(self, vocab: Vocab, user_words: Iterable[str]) -> None:
        self.vocab = vocab
        self.segmenter = build_segmenter(tuple(sorted(set(user_words))))
        self.table = WordTable(vocab.strings)

    def __call__(self, text: str) -> Doc:
        if len(self.table) > MAX_CACHED_WORDS:
            self.table.clear()
        codes = code_points(text)
        simple_codes = simplified_code_points(codes)
        simplified = text if simple_codes is codes else from_code_points(simple_codes)
        _, rows, ends = self.segmenter.segment(simplified, char_kinds(simple_codes), self.table)
        orths = self.table.orth[rows]
        norms = None
        if simple_codes is not codes:
            norms = self._restore_traditional(orths, rows, ends, text, np.flatnonzero(codes != simple_codes))
        orths, spaces, kept = self._merge_whitespace(orths, self.table.space[rows], ends, text, codes)
        doc = Doc(self.vocab, words=orths.tolist(), spaces=spaces.tolist())
        if norms is not None:
            doc.from_array([NORM], norms if kept is None else norms[kept])
        doc.user_data[MATCHING_TEXT_KEY] = simplified
        return doc

    def _restore_traditional(
        self, orths: np.ndarray, rows: np.ndarray, ends: np.ndarray, text: str, changed: np.ndarray
    ) -> np.ndarray:
        """Give the pieces holding a `changed` character (cut from the simplified view) their
        words as written in `text`, in `orths`; returns the NORM column: the simplified word's
        id for those, 0 (the word's own norm) for the others. Whitespace is the same in both
        scripts, so the changed pieces are words."""
        indices = np.unique(np.searchsorted(ends, changed, side="right"))
        norms = np.zeros(len(orths), dtype=np.uint64)
        norms[indices] = orths[indices]
        stops = ends[indices]
        starts = stops - self.table.length[rows[indices]]
        written = [text[a:b] for a, b in zip(starts.tolist(), stops.tolist(), strict=True)]
        rows_written = self.table.rows(written)  # first: adding words may replace the table's arrays
        orths[indices] = self.table.orth[rows_written]
        return norms

    def _merge_whitespace(
        self, orths: np.ndarray, space: np.ndarray, ends: np.ndarray, text: str, codes: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """spaCy's words and spaces from the pieces (what `spacy.util.get_words_and_spaces` makes
        of the non-space pieces, without its search of the text for every word): one " " after a
        word is that word's trailing space, the rest of a run of whitespace pieces one token.

        Returns the tokens' string ids, their trailing spaces and which pieces give a token
        (None: all). A run's token takes the place of its first piece.
        """
        trailing = np.zeros(len(orths), dtype=bool)
        if not space.any():
            return orths, trailing, None
        # Runs of whitespace pieces: their first and last pieces, where they start and stop.
        before, after = np.zeros_like(space), np.zeros_like(space)
        before[1:], after[:-1] = space[:-1], space[1:]
        firsts, lasts = np.flatnonzero(space & ~before), np.flatnonzero(space & ~after)
        starts, stops = np.where(firsts > 0, ends[firsts - 1], 0), ends[lasts]
        joins_word = (firsts > 0) & (codes[starts] == ord(" "))
        trailing[firsts[joins_word] - 1] = True
        starts += joins_word
        rest = starts < stops
        tokens = firsts[rest]
        runs = [text[a:b] for a, b in zip(starts[rest].tolist(), stops[rest].tolist(), strict=True)]
        run_rows = self.table.rows(runs)  # first: adding words may replace the table's arrays
        orths[tokens] = self.table.orth[run_rows]
        kept = ~space
        kept[tokens] = True
        return orths[kept], trailing[kept], kept
