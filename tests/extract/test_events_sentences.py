"""The event extractor reads only the sentences `worth_reading` (a day, a place, an event or an
opening "During the conference"); every other sentence takes the setting last given. Reading
every sentence in full gives the same events and settings."""

from __future__ import annotations

from pathlib import Path

import pytest

BULLETINS = Path(__file__).resolve().parents[2] / "corpus" / "bulletins"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_reading_every_sentence_gives_what_reading_those_worth_reading_gives(language: str, monkeypatch) -> None:
    from pipeline.batch import parse_raw
    from pipeline.bulletin import Bulletin
    from pipeline.extract import events
    from pipeline.extract.spans import sentences
    from pipeline.inputs import read_inputs
    from pipeline.nlp import load_pipeline, make_doc

    nlp = load_pipeline(language)
    names = [name for name, _ in nlp.pipeline]
    before = nlp.pipeline[: names.index("event_extractor")]
    extractor = events.EventExtractor(language)
    read = events.EventExtractor._read

    def reading_all(self, doc):
        every = set(range(len(sentences(doc).starts)))
        return read(self, doc).__class__(**{**_fields(read(self, doc)), "worth_reading": every})

    skipped = found = 0
    for item in read_inputs(sorted((BULLETINS / language).glob("*.html"))[:40]):
        bulletin = parse_raw(item)
        assert isinstance(bulletin, Bulletin)
        doc = make_doc(nlp, bulletin)
        for _, component in before:
            doc = component(doc)
        kept = dict(doc.user_data)
        extractor(doc)
        filtered = (doc._.events, doc._.settings)
        skipped += len(sentences(doc).starts) - len(read(extractor, doc).worth_reading)
        doc.user_data.clear()
        doc.user_data.update(kept)
        with monkeypatch.context() as patched:
            patched.setattr(events.EventExtractor, "_read", reading_all)
            extractor(doc)
        assert (doc._.events, doc._.settings) == filtered
        assert list(filtered[1]) == sentences(doc).tokens  # a setting for every sentence, in order
        found += len(filtered[0])
    assert skipped >= 100 and found >= 20  # sentences were skipped, and events found


def _fields(reading) -> dict:
    return {name: getattr(reading, name) for name in reading.__slots__}
