"""The English tokenizer's chunk cache, filled before a page (`pipeline.nlp.tokenizer_en`): same tokens."""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.bulletin import Bulletin
from pipeline.nlp import _chunk_cache_filler, load_pipeline, make_doc
from pipeline.nlp.tokenizer_en import ChunkCacheFiller

# Special cases (single and across chunks), affixes, infixes, numbers, URLs, and plain words.
WORDS = ["Dr.", "Smith's", "don't", "a.m.", "U.S.", ":)", "e.g.", "(University", "Ltd.,", "2025.11.18", "-", "—",
         "Jiaotong-Liverpool", "No.", "96", "MoU,", "\"Belt", "Road\"", "http://www.edu.cn/a.html", "C++", "Co.,",
         "students.", "signed", "the", "Yunnan", "University's", "it's", "can't", "'s", "3.5%", "(ISO)", "vs.", "Mr."]
SPACES = [" ", " ", " ", "  ", "\n", "\n\n", "\t", " \n "]


def tokens(doc) -> list[tuple[str, str, str, int]]:
    return [(t.text, t.whitespace_, t.norm_, t.idx) for t in doc]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SPACES)), min_size=1, max_size=40))
def test_a_filled_cache_gives_the_tokens_spacy_gives(pieces):
    text = "".join(word + space for word, space in pieces)
    plain, filled = spacy.blank("en").tokenizer, spacy.blank("en").tokenizer
    fill = ChunkCacheFiller(filled)
    fill(text)
    assert tokens(filled(text)) == tokens(plain(text))
    fill(text + " Dr. Smith's new-words")  # (some chunks seen, some new)
    assert tokens(filled(text)) == tokens(plain(text))


def test_the_filler_stops_at_the_size_of_the_cache():
    tokenizer = spacy.blank("en").tokenizer
    tokenizer.max_cache_size = 5
    fill = ChunkCacheFiller(tokenizer)
    fill("one two three")
    assert fill._seen == {"one", "two", "three"}
    fill("four five six")
    assert fill._seen is None  # (the cache holds no more: nothing is remembered either)
    fill("seven")


def test_pages_of_the_english_pipeline_fill_the_cache_and_chinese_ones_not():
    en, zh = load_pipeline("en"), load_pipeline("zh")
    assert isinstance(_chunk_cache_filler(en), ChunkCacheFiller)
    assert _chunk_cache_filler(en) is _chunk_cache_filler(en)
    assert _chunk_cache_filler(zh) is None
    text = "Dr. Smith's visit: the U.S. delegation signed an MoU with Yunnan University on 3 May."
    bulletin = Bulletin(text=text, origin="test", language="en")
    assert tokens(make_doc(en, bulletin)) == tokens(spacy.blank("en").tokenizer(text))


def test_the_filler_tokenises_each_new_chunk_once_in_the_text_order():
    asked: list[str] = []

    class Recording:
        max_cache_size = 100

        def __call__(self, chunk: str) -> None:
            asked.append(chunk)

    fill = ChunkCacheFiller(Recording())
    fill("b a b c a")
    assert asked == ["b", "a", "c"]
    fill("a d c e d a")  # (only the new ones, in order, each once; the loop stops after the last)
    assert asked == ["b", "a", "c", "d", "e"]
    assert fill._seen == {"a", "b", "c", "d", "e"}
