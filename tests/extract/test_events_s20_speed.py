"""Session 20's event extractor shortcuts give what the general lookups give: the head words' tokens
found either way (a Span a match, or two searches of every token's start), and the institutions of
each sentence grouped by a walk."""

import random

import spacy
from spacy.tokens import Doc

from pipeline.extract.events import (
    _FEW_MATCHES,
    _expanded,
    _institutions_by_sentence,
    _tokens_of_matches,
    _tokens_overlapping,
)
from pipeline.extract.spans import institutions_in, sentences

_WORDS = ["Forum", "the", "2025", "Expo", "a", "Summit", ",", "-", "  ", "论坛", "在", "南昌"]


def _random_doc(rng: random.Random, nlp: spacy.language.Language, size: int) -> Doc:
    words = [rng.choice(_WORDS) for _ in range(size)]
    return nlp(" ".join(words) if rng.random() < 0.5 else "".join(words))


def _random_matches(rng: random.Random, doc: Doc, count: int) -> list[tuple[int, int, int]]:
    """Matches as an automaton gives them, in order of start, each opening on a character that is
    no space (as a head word's do)."""
    text = doc.text
    opens = [i for i, ch in enumerate(text) if not ch.isspace()]
    starts = sorted(rng.sample(opens, min(len(opens), count)))
    return [(0, start, rng.randint(start + 1, len(text))) for start in starts]


def test_both_ways_of_finding_the_tokens_of_matches_agree() -> None:
    rng = random.Random(20)
    nlp = spacy.blank("en")
    for _ in range(200):
        doc = _random_doc(rng, nlp, rng.randint(1, 60))
        matches = _random_matches(rng, doc, rng.randint(1, 3 * _FEW_MATCHES))
        assert _tokens_of_matches(doc, matches) == [_expanded(doc, start, end) for _, start, end in matches]


def test_tokens_overlapping_many_matches_are_those_of_expanded_char_spans() -> None:
    """Past `_FEW_MATCHES` the tokens come from the searches of the tokens' starts."""
    rng = random.Random(21)
    nlp = spacy.blank("en")
    for _ in range(200):
        doc = _random_doc(rng, nlp, rng.randint(_FEW_MATCHES, 80))
        matches = _random_matches(rng, doc, rng.randint(_FEW_MATCHES + 1, 3 * _FEW_MATCHES))
        expected: list[int] = []
        for _, start, end in matches:
            span = doc.char_span(start, end, alignment_mode="expand")
            expected.extend(i for i in range(span.start, span.end) if not expected or i > expected[-1])
        assert _tokens_overlapping(doc, matches) == expected


def _doc_with_institutions(rng: random.Random, nlp: spacy.language.Language) -> Doc:
    """A Doc cut into sentences at random tokens, with random institution spans (in order of start
    or not, some across a sentence's end), where the extractors read them."""
    doc = _random_doc(rng, nlp, rng.randint(2, 60))
    for i in range(1, len(doc)):
        doc[i].is_sent_start = rng.random() < 0.2
    spans = []
    for _ in range(rng.randint(0, 25)):
        start = rng.randrange(len(doc))
        spans.append(doc[start : rng.randint(start + 1, min(len(doc), start + 4))])
    if rng.random() < 0.8:
        spans.sort(key=lambda s: (s.start_char, s.end_char))
    doc.user_data["institution_spans"] = spans
    return doc


def test_institutions_grouped_by_sentence_are_those_inside_each_sentence() -> None:
    rng = random.Random(22)
    nlp = spacy.blank("en")
    for _ in range(300):
        doc = _doc_with_institutions(rng, nlp)
        grouped, bounds = _institutions_by_sentence(doc)
        for sent in sentences(doc).spans:
            inside = institutions_in(doc, sent.start_char, sent.end_char)
            assert grouped.get(sent.start_char, []) == inside
            assert bounds.get(sent.start_char, []) == [(s.start_char, s.end_char) for s in inside]
        assert all(grouped.values()) and grouped.keys() == bounds.keys()
