"""Chinese tokenizer: jieba over the simplified view, institution names kept whole.

Segmenting the simplified view lets one dictionary serve traditional-script text too;
tokens keep the characters as written and carry the simplified form as `norm_`, which
the phrase matchers read. The user dictionary is generated from the gazetteer and the
rule vocabularies, so 江西财经大学 or 副理事长单位 is never cut in two.

The segmentation is jieba's default (accurate mode, HMM on, jieba's dictionary plus
ours), computed by jieba-rs (`rjieba`), the Rust port, about ten times faster. The two
differ in two places, both put back here: what counts as Han (texts with rarer Han
characters are cut block by block as jieba does), and Latin words joined by a hyphen
or a dot, which jieba's HMM step cuts apart ("Jean-Claude" -> "Jean", "-", "Claude").
tests/nlp/test_tokenizer_zh.py holds the result to jieba's own.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterable

import numpy as np
import rjieba
from spacy.attrs import NORM
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from pipeline.language import code_points, to_simplified

# A high frequency makes a whole name beat any split of it.
USER_WORD_FREQ = 2_000_000

# jieba's own patterns (jieba/__init__.py and jieba/finalseg/__init__.py, 0.42.1).
_JIEBA_HAN_BLOCK = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+)")
_JIEBA_SKIP = re.compile(r"(\r\n|\s)")
_JIEBA_HMM_LATIN = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
# Characters that jieba-rs reads as Han and jieba does not (CJK extensions A to F,
# compatibility ideographs): measured over every code point.
_NOT_JIEBA_HAN = re.compile(r"[\u3400-\u4DBF\u9FD6-\u9FFF\uF900-\uFAFF\U00020000-\U0002FA1F]")
# Per ASCII code (and one more slot for every other character): a Latin letter or digit, and
# a symbol of jieba's Han blocks. Where one meets the other, a joined word may be.
_LATIN = np.zeros(129, dtype=bool)
_LATIN[[ord(c) for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"]] = True
_JOINING = np.zeros(129, dtype=bool)
_JOINING[[ord(c) for c in "+#&._%-"]] = True
# Past this many distinct words the tokenizer's word -> string id table starts again (memory stays flat).
MAX_CACHED_WORDS = 1 << 18


class JiebaSegmenter:
    """jieba's default `cut` with extra words, run by jieba-rs."""

    def __init__(self, words: Iterable[str]) -> None:
        self.rust = rjieba.Jieba()
        for word in words:
            self.rust.add_word(word, USER_WORD_FREQ, None)

    def cut(self, text: str) -> list[str]:
        """The pieces jieba.cut(text, HMM=True) yields: consecutive slices of `text`."""
        return self.cut_with_ends(text)[0]

    def cut_with_ends(self, text: str) -> tuple[list[str], np.ndarray]:
        """`cut(text)` and where each piece ends in `text` (what the tokenizer needs next)."""
        if _NOT_JIEBA_HAN.search(text):
            pieces = self._cut_by_blocks(text)
            return pieces, _ends(pieces)
        pieces = self.rust.cut(text, True)
        ends = _ends(pieces)
        joints = _latin_joints(text)
        if len(joints) == 0:
            return pieces, ends
        split = self._split_joined_latin(pieces, joints, ends)
        return split, (ends if split is pieces else _ends(split))

    def _cut_by_blocks(self, text: str) -> list[str]:
        """jieba's own loop: Han blocks segmented, any other character a piece of its own."""
        pieces: list[str] = []
        for block in _JIEBA_HAN_BLOCK.split(text):
            if not block:
                continue
            if _JIEBA_HAN_BLOCK.match(block):
                cut = self.rust.cut(block, True)
                pieces += self._split_joined_latin(cut, _latin_joints(block), _ends(cut))
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


def _ends(pieces: list[str]) -> np.ndarray:
    """Where each of consecutive pieces ends."""
    return np.cumsum(np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces)))


def _latin_joints(text: str) -> np.ndarray:
    """Every offset p where text[p] and text[p + 1] are a Latin letter or digit and a joining
    symbol, in either order (overlapping joints all found), in one pass over the code points."""
    codes = np.minimum(code_points(text), 128)
    latin, joining = _LATIN[codes], _JOINING[codes]
    return np.flatnonzero((latin[:-1] & joining[1:]) | (joining[:-1] & latin[1:]))


@functools.cache
def build_segmenter(words: tuple[str, ...]) -> JiebaSegmenter:
    """A segmenter knowing jieba's dictionary and `words` (one per word list and process)."""
    return JiebaSegmenter(words)


class JiebaTokenizer:
    """The Doc of a text: jieba's words, each word's string id from a table kept across texts
    (spaCy would hash every word again), traditional words' simplified norms in one array write."""

    def __init__(self, vocab: Vocab, user_words: Iterable[str]) -> None:
        self.vocab = vocab
        self.segmenter = build_segmenter(tuple(sorted(set(user_words))))
        self._ids: dict[str, int] = {}

    def __call__(self, text: str) -> Doc:
        simplified = to_simplified(text)
        pieces, ends = self.segmenter.cut_with_ends(simplified)
        if simplified == text:
            words, spaces, _ = _words_and_spaces(pieces, text, ends)
            return Doc(self.vocab, words=self._string_ids(words), spaces=spaces)
        changed, norms = _restore_traditional(pieces, ends, text, simplified)
        words, spaces, word_index = _words_and_spaces(pieces, text, ends)
        column = np.zeros(len(words), dtype=np.uint64)  # 0: the word's own norm
        column[word_index(changed)] = np.array(self._string_ids(norms), dtype=np.uint64)
        doc = Doc(self.vocab, words=self._string_ids(words), spaces=spaces)
        doc.from_array([NORM], column)
        return doc

    def _string_ids(self, words: list[str]) -> list[int]:
        """The vocabulary's string id of each word (added to its strings when new)."""
        table = self._ids
        ids = list(map(table.get, words))
        if None in ids:
            if len(table) > MAX_CACHED_WORDS:
                table.clear()
            add = self.vocab.strings.add
            for i, (word, known) in enumerate(zip(words, ids, strict=True)):
                if known is None:
                    ids[i] = table[word] = add(word)
        return ids

    # spaCy serialises tokenizers with the pipeline; this one is rebuilt from config.
    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> JiebaTokenizer:
        # Loading a pipeline reloads its vocabulary's strings first: ids kept before may be gone.
        self._ids.clear()
        return self


def words_and_spaces(pieces: list[str], text: str) -> tuple[list[str], list[bool]]:
    """spaCy's words and spaces for `text` from its segmentation.

    `pieces` are consecutive slices of `text` (or of a view with the same offsets);
    whitespace comes as pieces of its own. The result is what
    `spacy.util.get_words_and_spaces` makes of the non-space pieces, without its
    search of the text for every word: one space after a word is that word's
    trailing space, any other run of whitespace is a token.
    """
    words, spaces, _ = _words_and_spaces(pieces, text, _ends(pieces))
    return words, spaces


def _words_and_spaces(
    pieces: list[str], text: str, ends: np.ndarray
) -> tuple[list[str], list[bool], Callable[[list[int]], np.ndarray]]:
    """`words_and_spaces`, given where the pieces end, and a function turning piece indices
    (of pieces that are not whitespace) into word indices.

    A piece is whitespace when its first character is (jieba cuts whitespace apart from
    everything else), read for all pieces at once from the code points. Words between
    runs of whitespace are copied as slices of `pieces`, so the Python work is per run.
    """
    count = len(pieces)
    if count == 0:
        return [], [], lambda indices: np.asarray(indices, dtype=np.int64)
    starts = np.concatenate(([0], ends[:-1]))
    is_space = _is_space_code(code_points(text)[starts])
    if not is_space.any():
        return pieces, [False] * count, lambda indices: np.asarray(indices, dtype=np.int64)
    words: list[str] = []
    spaces: list[bool] = []
    done = 0
    # After the run ending at lasts[k], a piece's word index is its own minus dropped[k].
    lasts: list[int] = []
    dropped: list[int] = []
    for first, last in _runs(np.flatnonzero(is_space)):
        words += pieces[done:first]
        spaces += [False] * (first - done)
        start, end = int(ends[first - 1]) if first else 0, int(ends[last])
        if first and text[start] == " ":
            spaces[-1] = True
            start += 1
        if start < end:
            words.append(text[start:end])
            spaces.append(False)
        done = last + 1
        lasts.append(last)
        dropped.append(done - len(words))
    words += pieces[done:]
    spaces += [False] * (count - done)
    run_lasts, run_dropped = np.array(lasts), np.array([0, *dropped])

    def word_index(indices: list[int]) -> np.ndarray:
        at = np.asarray(indices, dtype=np.int64)
        return at - run_dropped[np.searchsorted(run_lasts, at)]

    return words, spaces, word_index


@functools.cache
def _space_table() -> np.ndarray:
    """Whether each code point is whitespace, up to the last that is; one more slot for all others."""
    codes = [c for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    table = np.zeros(max(codes) + 2, dtype=bool)
    table[codes] = True
    return table


def _is_space_code(codes: np.ndarray) -> np.ndarray:
    table = _space_table()
    return table[np.minimum(codes, len(table) - 1)]


def _runs(indices: np.ndarray) -> list[tuple[int, int]]:
    """(first, last) of each run of consecutive integers in sorted `indices`."""
    breaks = np.flatnonzero(np.diff(indices) != 1)
    firsts = np.concatenate(([indices[0]], indices[breaks + 1]))
    lasts = np.concatenate((indices[breaks], [indices[-1]]))
    return list(zip(firsts.tolist(), lasts.tolist(), strict=True))


def _restore_traditional(
    pieces: list[str], ends: np.ndarray, text: str, simplified: str
) -> tuple[list[int], list[str]]:
    """Put back, in `pieces` cut from `simplified`, the characters as written in `text`.

    Returns the indices of the pieces that changed and their simplified forms (their norms).
    Whitespace is the same in both scripts, so the changed pieces are words.
    """
    changed = np.flatnonzero(code_points(text) != code_points(simplified))
    indices = np.unique(np.searchsorted(ends, changed, side="right")).tolist()
    norms = []
    for i in indices:
        norms.append(pieces[i])
        end = int(ends[i])
        pieces[i] = text[end - len(pieces[i]) : end]
    return indices, norms


def user_dictionary() -> list[str]:
    """Chinese names from the gazetteer and multi-character words from the rule files."""
    from pipeline.link.countries import load_countries
    from pipeline.link.gazetteer import load_gazetteer
    from pipeline.rules import word_list, word_table

    words = {to_simplified(n) for e in load_gazetteer() for n in e.names if _is_han(n)}
    words |= {w for w in load_countries().by_word if _is_han(w)}
    for table in ("roles.tsv", "partnership_triggers.tsv", "event_triggers.tsv", "institution_heads.tsv"):
        words |= set(word_table("zh", table))
    for name in ("titles.txt", "event_heads.txt", "subunit_heads.txt", "first_person.txt"):
        words |= set(word_list("zh", name))
    return sorted(w for w in words if len(w) >= 2 and _is_han(w))


def _is_han(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@registry.tokenizers("pipeline.JiebaTokenizer.v1")
def create_jieba_tokenizer() -> Callable[[Language], JiebaTokenizer]:
    def make_tokenizer(nlp: Language) -> JiebaTokenizer:
        return JiebaTokenizer(nlp.vocab, user_dictionary())

    return make_tokenizer
