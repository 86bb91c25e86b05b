"""Chinese tokenizer: jieba over the simplified view, institution names kept whole.

Segmenting the simplified view lets one dictionary serve traditional-script text too;
tokens keep the characters as written and carry the simplified form as `norm_`, which
the phrase matchers read. The user dictionary is generated from the gazetteer and the
rule vocabularies, so 江西财经大学 or 副理事长单位 is never cut in two.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable

import jieba
import numpy as np
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from pipeline.language import code_points, to_simplified

jieba.setLogLevel(logging.WARNING)


@functools.cache
def build_segmenter(words: tuple[str, ...]) -> jieba.Tokenizer:
    """A jieba instance of its own (the global one stays untouched) knowing `words`."""
    segmenter = jieba.Tokenizer()
    segmenter.initialize()
    for word in words:
        # A high frequency makes the whole name beat any split of it.
        segmenter.add_word(word, freq=2_000_000)
    return segmenter


class JiebaTokenizer:
    def __init__(self, vocab: Vocab, user_words: Iterable[str]) -> None:
        self.vocab = vocab
        self.segmenter = build_segmenter(tuple(sorted(set(user_words))))

    def __call__(self, text: str) -> Doc:
        simplified = to_simplified(text)
        pieces = self.segmenter.cut(simplified, HMM=True)
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
