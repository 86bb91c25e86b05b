"""The partnership extractor's shortcuts give what the general lookups give."""

import random

import numpy as np
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.extract.partnerships import (
    PartnershipExtractor,
    _any_value,
    _literal_starts,
    _overlapped_sentences,
    _PageWords,
    _places_of,
    _starts_within,
)
from pipeline.extract.spans import Sentences, Spans, phrase_finder


def _ranges_in_order(rng: random.Random, size: int, count: int) -> Spans:
    points = sorted(rng.sample(range(size), 2 * count))
    return Spans(points[0::2], [end + 1 for end in points[1::2]])


def test_overlapped_sentences_are_those_of_sentences_overlapping() -> None:
    rng = random.Random(7)
    for _ in range(300):
        size = rng.randint(40, 400)
        starts = sorted({0, *rng.sample(range(1, size), rng.randint(0, 30))})
        sents = Sentences(spans=[], starts=starts, start_array=np.array(starts), tokens=[])
        for count in (1, 3, 19, 25, 60):  # (both of `overlapping`'s ways: a loop, array operations)
            if 2 * count <= size:
                ranges = _ranges_in_order(rng, size, count)
                assert _overlapped_sentences(starts, ranges) == sents.overlapping(ranges)


def test_literal_starts_hold_every_place_found_in_a_slice() -> None:
    text = "该校代表团一行访问该校。The delegation met the visitors; delegations-delegation."
    words = ("代表团", "一行", "该校", "delegation", "visitors")
    starts = _literal_starts(text, words)
    for begin in range(len(text)):
        for end in range(begin, len(text) + 1):
            found = any(_places_of(text[begin:end], word) for word in words)
            assert not found or _starts_within(starts, begin, end)


def test_page_words_find_what_a_scan_of_each_word_finds() -> None:
    rng = random.Random(11)
    vocab = Vocab()
    lists = (("ab", "aba", "b"), ("该校", "校", "该"), ("ba", "ab", "a b", "zz"))  # (overlapping, shared, absent)
    page_words = _PageWords()
    for words in lists:
        assert page_words.add(iter(words)) == words
    for _ in range(200):
        text = "".join(rng.choice("ab 该校。") for _ in range(rng.randint(0, 60)))
        doc = Doc(vocab, words=[text] if text else [], spaces=[False] if text else [])
        assert doc.text == text
        for words in (*lists, lists[0] + lists[2]):  # (a word of two lists: its places twice, as a scan gives)
            assert page_words.present(doc, words) == tuple(word for word in words if word in text)
            assert page_words.starts_of(doc, words) == _literal_starts(text, words)


def test_approval_prefilter_misses_no_approval_word() -> None:
    """`_names_approval` looks only where an approval word starts in the matching text (lower case
    in English): it answers as the event table's whole lookup does, capitals and hyphens included."""
    texts = {
        "en": "The programme was Approved by the ministry. It got the go-ahead. The pre-approved plan "
        "waits. A and B met. The approvals came later; approval was received.",
        "zh": "教育部批准设立该学院。双方举行会谈。项目已获批。审批中的项目。",
    }
    for language, text in texts.items():
        extractor = PartnershipExtractor(language)
        assert all(word == word.lower() for word in extractor.approval_words)  # (what the prefilter relies on)
        doc = spacy.blank(language)(text)
        answers = set()
        for start in range(len(doc)):
            for end in range(start + 1, min(len(doc), start + 12) + 1):
                sent = doc[start:end]
                whole = _any_value(phrase_finder(doc, extractor.events)(sent.start_char, sent.end_char), "approval")
                assert extractor._names_approval(doc, sent) == whole, (language, sent.text)
                answers.add(whole)
        assert answers == {True, False}
