"""The event extractor's shortcuts give what the general lookups give."""

import random

import numpy as np
import spacy

from pipeline.extract.events import _overlapped, _tokens_overlapping
from pipeline.extract.spans import Sentences, Spans


def _ranges(rng: random.Random, size: int, count: int, ordered: bool) -> Spans:
    """`count` ranges in a text of `size` characters: in order and apart, or (as two year cues'
    matches) in any order and overlapping."""
    if ordered:
        points = sorted(rng.sample(range(size), 2 * count))
        return Spans(points[0::2], [end + 1 for end in points[1::2]])
    starts = [rng.randrange(size - 1) for _ in range(count)]
    return Spans(starts, [start + rng.randint(1, min(30, size - start)) for start in starts])


def test_overlapped_sentences_are_those_of_sentences_overlapping() -> None:
    rng = random.Random(5)
    for _ in range(300):
        size = rng.randint(40, 400)
        starts = sorted({0, *rng.sample(range(1, size), rng.randint(0, 30))})
        sents = Sentences(spans=[], starts=starts, start_array=np.array(starts), tokens=[])
        for count in (1, 3, 19, 25, 60):  # (both of `overlapping`'s ways: a loop, array operations)
            for ordered in (True, False):
                if 2 * count <= size:
                    ranges = _ranges(rng, size, count, ordered)
                    assert _overlapped(starts, ranges) == sents.overlapping(ranges)


def _by_char_spans(doc, matches) -> list[int]:
    """What `_tokens_overlapping` stands for: the tokens of each match's expanded `char_span`."""
    found: list[int] = []
    for _, start, end in matches:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                if not found or i > found[-1]:
                    found.append(i)
    return found


def test_tokens_overlapping_are_those_of_expanded_char_spans() -> None:
    rng = random.Random(9)
    nlp = spacy.blank("en")
    for _ in range(200):
        vocabulary = ["Forum", "the", "2025", "Expo", "a", "Summit", ",", "-", "  "]
        words = [rng.choice(vocabulary) for _ in range(rng.randint(1, 25))]
        doc = nlp(" ".join(words) if rng.random() < 0.5 else "".join(words))
        text = doc.text
        # (matches open on a character that is no space, as a head word's do)
        opens = [i for i, ch in enumerate(text) if not ch.isspace()]
        starts = sorted(rng.sample(opens, min(len(opens), rng.randint(0, 6))))
        matches = [(0, start, rng.randint(start + 1, len(text))) for start in starts]
        assert _tokens_overlapping(doc, matches) == _by_char_spans(doc, matches)


def _people_met_by_loop(text: str, not_met: frozenset[str]) -> list[int]:
    """What `_people_met`'s one regex stands for: each "met " after no letter or digit, before a
    capitalised word that is not in `not_met` (a loop over `str.find`), on a page holding " met "."""
    import re

    if " met " not in text.lower():
        return []
    found, at = [], text.find("met ")
    while at != -1:
        if (at == 0 or not text[at - 1].isalnum()) and text[at + 4 : at + 5].isupper():
            word = re.compile(r"[A-Z][\w-]*").match(text, at + 4)
            if word is not None and word.group(0) not in not_met:
                found.append(at)
        at = text.find("met ", at + 4)
    return found


def test_people_met_regex_finds_what_the_loop_finds() -> None:
    from pipeline.extract.events import EventExtractor

    extractor = EventExtractor("en")
    nlp = spacy.blank("en")
    rng = random.Random(7)
    pieces = ["met ", "Met ", "helmet ", "met with ", "Liu", "Élodie", "(met ", "On", "met  Li", "X-Y", " ", ", "]
    for _ in range(400):
        text = " " + "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        hits = extractor._people_met(nlp.make_doc(text))
        assert [h.start for h in hits] == _people_met_by_loop(text, extractor.not_met)
