"""The English tokenizer's chunk-cache filler (`pipeline.nlp.tokenizer_en`): which chunks it hands to
spaCy's tokenizer, and in what order. A speed change (s28-zt) rewrote how it finds the new chunks; what
it tokenises must stay the same, so that spaCy's cache fills alike and the Docs are the same."""

from __future__ import annotations

import spacy

from pipeline.nlp.tokenizer_en import ChunkCacheFiller


class _Recording:
    """spaCy's tokenizer, each text it is given noted."""

    def __init__(self) -> None:
        self.tokenizer = spacy.blank("en").tokenizer
        self.max_cache_size = self.tokenizer.max_cache_size
        self.seen: list[str] = []

    def __call__(self, text: str):
        self.seen.append(text)
        return self.tokenizer(text)


def test_new_chunks_are_tokenised_once_each_in_the_order_of_the_text() -> None:
    recording = _Recording()
    filler = ChunkCacheFiller(recording)  # type: ignore[arg-type]
    filler("The delegation visited Lakeside Polytechnic.\nThe talks ended; the delegation left.")
    assert recording.seen == [
        "The", "delegation", "visited", "Lakeside", "Polytechnic.", "talks", "ended;", "the", "left.",
    ]


def test_a_page_of_chunks_seen_before_tokenises_nothing_and_a_new_one_only_its_own() -> None:
    recording = _Recording()
    filler = ChunkCacheFiller(recording)  # type: ignore[arg-type]
    filler("Rectors met in Tartu on Monday.")
    recording.seen.clear()
    filler("Rectors met in Tartu on Monday.")
    assert recording.seen == []
    filler("Deans met in  Tartu\ton Friday, Monday.")
    assert recording.seen == ["Deans", "Friday,"]


def test_the_filler_stops_once_it_has_seen_as_many_chunks_as_the_cache_holds() -> None:
    recording = _Recording()
    recording.max_cache_size = 3
    filler = ChunkCacheFiller(recording)  # type: ignore[arg-type]
    filler("one two three four")
    assert recording.seen == ["one", "two", "three", "four"]
    filler("five six")
    assert recording.seen == ["one", "two", "three", "four"]
