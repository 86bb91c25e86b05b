"""`pipeline.nlp.batchwise`: each component over a whole batch before the next one starts."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp import load_pipeline
from pipeline.nlp.batchwise import Batchwise


class Recorder:
    """Notes which component saw which page, in the order the calls came."""

    def __init__(self, name: str, calls: list[tuple[str, str]]) -> None:
        self.name, self.calls = name, calls

    def __call__(self, doc: Doc) -> Doc:
        self.calls.append((self.name, doc.text))
        return doc


class BatchwiseRecorder(Batchwise, Recorder):
    pass


def calls_through(component: type[Recorder], texts: list[str], batch_size: int) -> list[tuple[str, str]]:
    calls: list[tuple[str, str]] = []
    factory = f"test_batchwise_{component.__name__.lower()}"
    if not Language.has_factory(factory):
        Language.factory(factory, func=lambda nlp, name: component(name, []))
    nlp = spacy.blank("en")
    for name in ("first", "second"):
        nlp.add_pipe(factory, name=name).calls = calls
    list(nlp.pipe(texts, batch_size=batch_size))
    return calls


def test_each_component_reads_the_whole_batch_before_the_next_starts() -> None:
    texts = ["a", "b", "c", "d", "e"]
    calls = calls_through(BatchwiseRecorder, texts, batch_size=3)
    assert calls == [
        *(("first", t) for t in "abc"),
        *(("second", t) for t in "abc"),
        *(("first", t) for t in "de"),
        *(("second", t) for t in "de"),
    ]


def test_without_it_spacy_takes_each_page_through_every_component_in_turn() -> None:
    """What `Batchwise` is for: a component with no `pipe` of its own is called Doc by Doc."""
    calls = calls_through(Recorder, ["a", "b"], batch_size=3)
    assert calls == [("first", "a"), ("second", "a"), ("first", "b"), ("second", "b")]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_component_of_our_pipelines_reads_a_batch_at_a_time(language: str) -> None:
    """The trained model reads a batch's windows in one call (its own `pipe`); the rules are `Batchwise`."""
    nlp = load_pipeline(language)
    one_at_a_time = [name for name, component in nlp.pipeline if not hasattr(component, "pipe")]
    assert one_at_a_time == []
    rules = [name for name, component in nlp.pipeline if name != "institution_model"]
    assert all(isinstance(nlp.get_pipe(name), Batchwise) for name in rules)
