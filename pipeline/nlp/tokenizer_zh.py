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
from collections.abc import Callable, Iterable

import numpy as np
import rjieba
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
# Every position where a Latin letter or digit meets a symbol of jieba's Han blocks
# (zero-width, so overlapping joints are all found): a joined word may be there.
_LATIN_JOINT = re.compile(r"(?=[a-zA-Z0-9][+#&._%\-]|[+#&._%\-][a-zA-Z0-9])")


class JiebaSegmenter:
    """jieba's default `cut` with extra words, run by jieba-rs."""

    def __init__(self, words: Iterable[str]) -> None:
        self.rust = rjieba.Jieba()
        for word in words:
            self.rust.add_word(word, USER_WORD_FREQ, None)

    def cut(self, text: str) -> list[str]:
        """The pieces jieba.cut(text, HMM=True) yields: consecutive slices of `text`."""
        if _NOT_JIEBA_HAN.search(text):
            return self._cut_by_blocks(text)
        return self._split_joined_latin(self.rust.cut(text, True), text)

    def _cut_by_blocks(self, text: str) -> list[str]:
        """jieba's own loop: Han blocks segmented, any other character a piece of its own."""
        pieces: list[str] = []
        for block in _JIEBA_HAN_BLOCK.split(text):
            if not block:
                continue
            if _JIEBA_HAN_BLOCK.match(block):
                pieces += self._split_joined_latin(self.rust.cut(block, True), block)
                continue
            for part in _JIEBA_SKIP.split(block):
                if _JIEBA_SKIP.match(part):
                    pieces.append(part)
                else:
                    pieces += part
        return pieces

    def _split_joined_latin(self, pieces: list[str], text: str) -> list[str]:
        """Latin words joined by symbols cut as jieba's HMM step cuts them ("1.5" stays).

        Only the pieces holding a joint of the text are looked at, not every piece.
        """
        joints = np.fromiter((m.start() for m in _LATIN_JOINT.finditer(text)), dtype=np.int64)
        if len(joints) == 0:
            return pieces
        ends = np.cumsum(np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces)))
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


@functools.cache
def build_segmenter(words: tuple[str, ...]) -> JiebaSegmenter:
    """A segmenter knowing jieba's dictionary and `words` (one per word list and process)."""
    return JiebaSegmenter(words)


class JiebaTokenizer:
    def __init__(self, vocab: Vocab, user_words: Iterable[str]) -> None:
        self.vocab = vocab
        self.segmenter = build_segmenter(tuple(sorted(set(user_words))))

    def __call__(self, text: str) -> Doc:
        simplified = to_simplified(text)
        words, spaces = words_and_spaces(self.segmenter.cut(simplified), simplified)
        norms = _restore_traditional(words, spaces, text, simplified) if simplified != text else []
        doc = Doc(self.vocab, words=words, spaces=spaces)
        for i, norm in norms:
            doc[i].norm_ = norm
        return doc

    # spaCy serialises tokenizers with the pipeline; this one is rebuilt from config.
    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> JiebaTokenizer:
        return self


def words_and_spaces(pieces: list[str], text: str) -> tuple[list[str], list[bool]]:
    """spaCy's words and spaces for `text` from its segmentation.

    `pieces` are consecutive slices of `text` (or of a view with the same offsets);
    whitespace comes as pieces of its own. The result is what
    `spacy.util.get_words_and_spaces` makes of the non-space pieces, without its
    search of the text for every word: one space after a word is that word's
    trailing space, any other run of whitespace is a token. Words between runs are
    copied as slices of `pieces`, so the Python work is per run of whitespace.
    """
    count = len(pieces)
    is_space = np.fromiter(map(str.isspace, pieces), dtype=bool, count=count)
    if not is_space.any():
        return pieces, [False] * count
    ends = np.cumsum(np.fromiter(map(len, pieces), dtype=np.int64, count=count))
    words: list[str] = []
    spaces: list[bool] = []
    done = 0
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
    words += pieces[done:]
    spaces += [False] * (count - done)
    return words, spaces


def _runs(indices: np.ndarray) -> list[tuple[int, int]]:
    """(first, last) of each run of consecutive integers in sorted `indices`."""
    breaks = np.flatnonzero(np.diff(indices) != 1)
    firsts = np.concatenate(([indices[0]], indices[breaks + 1]))
    lasts = np.concatenate((indices[breaks], [indices[-1]]))
    return list(zip(firsts.tolist(), lasts.tolist(), strict=True))


def _restore_traditional(words: list[str], spaces: list[bool], text: str, simplified: str) -> list[tuple[int, str]]:
    """Put back, in `words` cut from `simplified`, the characters as written in `text`.

    Returns (index, simplified form) of the words that changed: their `norm_`.
    """
    changed = np.flatnonzero(code_points(text) != code_points(simplified))
    widths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    steps = widths + np.array(spaces, dtype=np.int64)
    starts = np.cumsum(steps) - steps
    norms = []
    for i in np.unique(np.searchsorted(starts, changed, side="right") - 1).tolist():
        norms.append((i, words[i]))
        words[i] = text[starts[i] : starts[i] + widths[i]]
    return norms


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
