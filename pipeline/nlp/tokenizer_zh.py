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
from spacy.attrs import IDX
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
# A Latin letter or digit beside a symbol of jieba's Han blocks: a joined word may be there.
_LATIN_JOINT_IN_TEXT = re.compile(r"[a-zA-Z0-9][+#&._%\-]|[+#&._%\-][a-zA-Z0-9]")
_LATIN_JOINT = re.compile(r"[a-zA-Z0-9][^a-zA-Z0-9]|[^a-zA-Z0-9][a-zA-Z0-9]")


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
        pieces = self.rust.cut(text, True)
        if not _LATIN_JOINT_IN_TEXT.search(text):
            return pieces
        return self._split_joined_latin(pieces)

    def _cut_by_blocks(self, text: str) -> list[str]:
        """jieba's own loop: Han blocks segmented, any other character a piece of its own."""
        pieces: list[str] = []
        for block in _JIEBA_HAN_BLOCK.split(text):
            if not block:
                continue
            if _JIEBA_HAN_BLOCK.match(block):
                pieces += self._split_joined_latin(self.rust.cut(block, True))
                continue
            for part in _JIEBA_SKIP.split(block):
                if _JIEBA_SKIP.match(part):
                    pieces.append(part)
                else:
                    pieces += part
        return pieces

    def _split_joined_latin(self, pieces: list[str]) -> list[str]:
        """Latin words joined by symbols cut as jieba's HMM step cuts them ("1.5" stays)."""
        out: list[str] = []
        for piece in pieces:
            if len(piece) > 1 and piece.isascii() and _LATIN_JOINT.search(piece) and not self.rust.has_word(piece):
                out += (part for part in _JIEBA_HMM_LATIN.split(piece) if part)
            else:
                out.append(piece)
        return out


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
        pieces = self.segmenter.cut(simplified)
        words, spaces = words_and_spaces(pieces, text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        if simplified != text:
            _set_simplified_norms(doc, text, simplified)
        return doc

    # spaCy serialises tokenizers with the pipeline; this one is rebuilt from config.
    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> JiebaTokenizer:
        return self


def words_and_spaces(pieces: Iterable[str], text: str) -> tuple[list[str], list[bool]]:
    """spaCy's words and spaces for `text` from its segmentation, in one pass.

    `pieces` are consecutive slices of `text` (or of a view with the same offsets);
    whitespace comes as pieces of its own. The result is what
    `spacy.util.get_words_and_spaces` makes of the non-space pieces, without its
    search of the text for every word: one space after a word is that word's
    trailing space, any other run of whitespace is a token.
    """
    words: list[str] = []
    spaces: list[bool] = []
    gap = -1  # start of the whitespace run being read, -1 outside one
    start = 0
    for piece in pieces:
        end = start + len(piece)
        if piece.isspace():
            if gap < 0:
                gap = start
        elif piece:
            if gap >= 0:
                _add_gap(words, spaces, text, gap, start)
                gap = -1
            words.append(text[start:end])
            spaces.append(False)
        start = end
    if gap >= 0:
        _add_gap(words, spaces, text, gap, start)
    return words, spaces


def _add_gap(words: list[str], spaces: list[bool], text: str, start: int, end: int) -> None:
    """Whitespace text[start:end]: a single space after a word is its trailing space."""
    if words and text[start] == " ":
        spaces[-1] = True
        start += 1
    if start < end:
        words.append(text[start:end])
        spaces.append(False)


def _set_simplified_norms(doc: Doc, text: str, simplified: str) -> None:
    """`norm_` is the simplified form, on the tokens written in traditional script."""
    changed = np.flatnonzero(code_points(text) != code_points(simplified))
    starts = doc.to_array(IDX).astype(np.int64)
    for i in np.unique(np.searchsorted(starts, changed, side="right") - 1):
        token = doc[int(i)]
        token.norm_ = simplified[token.idx : token.idx + len(token.text)]


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
