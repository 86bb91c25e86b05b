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
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import get_words_and_spaces, registry
from spacy.vocab import Vocab

from pipeline.language import to_simplified

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
        pieces, offset = [], 0
        for piece in self.segmenter.cut(simplified, HMM=True):
            pieces.append(text[offset : offset + len(piece)])
            offset += len(piece)
        words, spaces = get_words_and_spaces([p for p in pieces if p], text)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        for token in doc:
            norm = simplified[token.idx : token.idx + len(token.text)]
            if norm != token.text:
                token.norm_ = norm
        return doc

    # spaCy serialises tokenizers with the pipeline; this one is rebuilt from config.
    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> JiebaTokenizer:
        return self


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
