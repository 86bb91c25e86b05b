"""The numpy decoder of the trained `ner` (`pipeline.train.greedy`) finds exactly what `ner.pipe` does."""

from __future__ import annotations

import functools
import itertools
from pathlib import Path

import numpy as np
import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.bulletin import Bulletin
from pipeline.inputs import read_inputs
from pipeline.nlp import make_doc
from pipeline.train import model_dir
from pipeline.train.attach import add_model
from pipeline.train.component import InstitutionModel, load_trained
from pipeline.train.greedy import GreedyNER, greedy_decoder

from .conftest import fresh_pipeline

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "bulletins"
SPACES = [" ", "\n", "\n\n", "\t", "  "]


@functools.cache
def project(language: str) -> Language:
    """A project pipeline with `institution_model`, as the project runs it."""
    return add_model(fresh_pipeline(language))


def component(language: str) -> InstitutionModel:
    return project(language).get_pipe("institution_model")


@functools.cache
def corpus_docs(language: str) -> tuple[Doc, ...]:
    """The corpus bulletins through the project pipeline (rules, sentences), the component included."""
    nlp = project(language)
    bulletins = [b for b in read_inputs([CORPUS / language]) if isinstance(b, Bulletin)]
    return tuple(nlp.pipe(make_doc(nlp, bulletin) for bulletin in bulletins))


def entities_of_pipe(ner: Language, docs: list[Doc]) -> list[list[tuple[int, int, str]]]:
    """What spaCy's own decoding finds (on fresh copies: `pipe` writes entities into its Docs)."""
    return [[(e.start, e.end, e.label_) for e in doc.ents] for doc in ner.pipe([d.copy() for d in docs])]


def assert_same_entities(ner: Language, docs: list[Doc]) -> int:
    """Both decoders agree on every Doc; the number of entities found, so a test can tell that
    there was something to disagree on."""
    expected = entities_of_pipe(ner, docs)
    assert GreedyNER(ner)(docs) == expected
    return sum(map(len, expected))


def model_doc(ner: Language, words: list[str], spaces: list[bool] | None = None) -> Doc:
    return Doc(ner.vocab, words=words, spaces=spaces)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_committed_models_are_decoded_in_numpy(language):
    assert isinstance(greedy_decoder(component(language).ner), GreedyNER)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_windows_the_component_reads_get_the_entities_ner_pipe_gives(language):
    model = component(language)
    windows = [model._copy(doc, s.start, s.end) for doc in corpus_docs(language) for s in model.spans_to_read(doc)]
    assert len(windows) > 20
    assert assert_same_entities(model.ner, windows) > 10


@pytest.mark.parametrize("language", ["en", "zh"])
def test_whole_sentences_get_the_entities_ner_pipe_gives(language):
    model = component(language)
    sentences = [model._copy(doc, s.start, s.end) for doc in corpus_docs(language) for s in doc.sents]
    assert assert_same_entities(model.ner, sentences) > 50


@pytest.mark.parametrize("language", ["en", "zh"])
def test_what_a_doc_gets_does_not_depend_on_the_docs_read_with_it(language):
    model = component(language)
    sentences = [model._copy(doc, s.start, s.end) for doc in corpus_docs(language)[:3] for s in doc.sents]
    decode = GreedyNER(model.ner)
    together = decode(sentences)
    alone = []
    for sentence in sentences:
        decode.known.clear()  # read again, not looked up
        alone.append(decode([sentence])[0])
    assert together == alone


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_columns_sliced_from_the_project_doc_are_those_of_the_copy_the_model_would_read(language):
    model = component(language)
    columns = greedy_decoder(model.ner).columns
    windows = [(doc, s.start, s.end) for doc in corpus_docs(language) for s in model.spans_to_read(doc)]
    windows += [(doc, s.start, s.end) for doc in corpus_docs(language)[:5] for s in doc.sents]
    for doc, start, end in windows:
        copy = model._copy(doc, start, end)
        assert (doc.to_array(columns)[start:end] == copy.to_array(columns)).all()


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("alone", [0, 5, 1 << 20])  # always Token by Token; as run; always the whole array
def test_the_columns_read_token_by_token_are_those_of_the_whole_docs_array(language, alone, monkeypatch):
    monkeypatch.setattr("pipeline.train.greedy.TOKENS_READ_ALONE", alone)
    model = component(language)
    decode = greedy_decoder(model.ner)
    assert decode.token_columns is not None
    checked = 0
    for doc in corpus_docs(language):
        stretches = [(s.start, s.end) for s in model.spans_to_read(doc)] + [(s.start, s.end) for s in doc.sents][:3]
        stretches += [(0, 0), (len(doc) - 1, len(doc))]
        whole = doc.to_array(decode.columns)
        for (start, end), window in zip(stretches, decode.columns_of(doc, stretches), strict=True):
            assert window.dtype == whole.dtype and window.tobytes() == whole[start:end].tobytes()
            checked += end - start
    assert checked > 1000


@pytest.mark.parametrize("language", ["en", "zh"])
def test_windows_read_before_are_looked_up_with_the_entities_ner_pipe_gives(language, monkeypatch):
    monkeypatch.setattr("pipeline.train.greedy.MAX_KNOWN_WINDOWS", 1 << 12)  # a table across calls
    model = component(language)
    windows = [model._copy(doc, s.start, s.end) for doc in corpus_docs(language) for s in model.spans_to_read(doc)]
    assert len(windows) > 20
    decode = GreedyNER(model.ner)
    first = decode(windows)
    assert any(first)
    read: list[int] = []
    entities = decode._entities
    monkeypatch.setattr(decode, "_entities", lambda new: read.append(len(new)) or entities(new))
    twice = windows[::-1] + windows
    assert decode(twice) == first[::-1] + first == entities_of_pipe(model.ner, twice)
    assert read == []  # every window known
    monkeypatch.setattr("pipeline.train.greedy.MAX_KNOWN_WINDOWS", 1)
    assert decode(windows) == first  # past the bound, read again (each distinct window once)
    assert read == [len({w.to_array(decode.columns).tobytes() for w in windows})]
    assert len(decode.known) == read[0]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_by_default_a_window_is_read_once_per_call_and_again_in_the_next(language, monkeypatch):
    model = component(language)
    windows = [model._copy(doc, s.start, s.end) for doc in corpus_docs(language) for s in model.spans_to_read(doc)]
    decode = GreedyNER(model.ner)
    read: list[int] = []
    entities = decode._entities
    monkeypatch.setattr(decode, "_entities", lambda new: read.append(len(new)) or entities(new))
    distinct = len({w.to_array(decode.columns).tobytes() for w in windows})
    assert decode(windows + windows) == decode(windows) * 2 == entities_of_pipe(model.ner, windows) * 2
    assert read == [distinct, distinct]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_one_token_docs_empty_docs_and_whitespace_tokens(language):
    ner = component(language).ner
    words = [t.text for t in corpus_docs(language)[0][:40] if not t.is_space]
    docs = [model_doc(ner, [word]) for word in words[:10]]
    docs += [model_doc(ner, []), model_doc(ner, [" "]), model_doc(ner, ["\n"]), model_doc(ner, [])]
    # Whitespace tokens in names and between them: no entity may begin or be one there.
    spaced = zip(words, itertools.cycle(SPACES))
    docs += [model_doc(ner, [word, space, *words[i : i + 4]]) for i, (word, space) in enumerate(spaced)]
    runs = [words[i : i + 6] for i in range(0, 30, 3)]
    docs += [model_doc(ner, run, [i % 2 == 0 for i in range(len(run))]) for run in runs]
    assert_same_entities(ner, docs)


@st.composite
def token_runs(draw, language: str) -> list[Doc]:
    """Runs of corpus tokens: taken as written, shuffled, or with whitespace tokens put in."""
    model = component(language)
    tokens = [t for doc in corpus_docs(language) for t in doc]
    docs = []
    for _ in range(draw(st.integers(1, 12))):
        start = draw(st.integers(0, len(tokens) - 1))
        run = tokens[start : start + draw(st.integers(1, 40))]
        words = [t.text for t in run]
        how = draw(st.sampled_from(["as written", "shuffled", "spaces"]))
        if how == "shuffled":
            words = draw(st.permutations(words))
        elif how == "spaces":
            for _ in range(draw(st.integers(1, 4))):
                words.insert(draw(st.integers(0, len(words))), draw(st.sampled_from(SPACES)))
        docs.append(model_doc(model.ner, list(words), [draw(st.booleans()) for _ in words]))
    return docs


@pytest.mark.parametrize("language", ["en", "zh"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_runs_of_corpus_tokens_get_the_entities_ner_pipe_gives(language, data):
    docs = data.draw(token_runs(language))
    assert_same_entities(component(language).ner, docs)


def test_any_other_shape_of_model_is_left_to_ner_pipe():
    beam = spacy.blank("en")
    beam.add_pipe("tok2vec")
    beam.add_pipe("beam_ner", name="ner")
    assert GreedyNER.of(beam) is None
    no_tok2vec = spacy.blank("en")
    no_tok2vec.add_pipe("ner")
    assert GreedyNER.of(no_tok2vec) is None
    assert GreedyNER.of(object()) is None
    assert GreedyNER.of(load_trained(model_dir("en"))) is not None


@pytest.mark.parametrize("language", ["en", "zh"])
def test_token_vectors_known_from_other_windows_are_those_the_tok2vec_computes(language, monkeypatch):
    model = component(language)
    decode = GreedyNER(model.ner)
    sentences = [model._copy(doc, s.start, s.end) for doc in corpus_docs(language) for s in doc.sents]
    earlier, later = sentences[::2], sentences[1::2]  # `later` shares most of its words with `earlier`
    decode.embedded([sentence.to_array(decode.columns[:-1]) for sentence in earlier])
    known = len(decode.embedded.rows)
    features = [sentence.to_array(decode.columns[:-1]) for sentence in later]
    expected = model.ner.get_pipe("tok2vec").predict(later)
    got = decode.encoder.predict(decode.embedded(features))
    assert len(decode.embedded.rows) < known + sum(map(len, later)) / 2  # most of them known
    # Bitwise: a row's product does not depend on the rows multiplied with it (`pipeline.train.blas`).
    assert all(a.tobytes() == b.tobytes() for a, b in zip(got, expected, strict=True))
    monkeypatch.setattr("pipeline.train.greedy.MAX_KNOWN_TOKENS", 10)
    again = decode.encoder.predict(decode.embedded(features))  # past the bound: embedded anew
    assert len(decode.embedded.rows) == len({row.tobytes() for f in features for row in f})  # those of `later` only
    assert all(a.tobytes() == b.tobytes() for a, b in zip(again, expected, strict=True))


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_entities_of_a_window_do_not_depend_on_the_windows_read_with_it(language):
    model = component(language)
    sentences = [model._copy(doc, s.start, s.end) for doc in corpus_docs(language)[:60] for s in doc.sents]
    together = GreedyNER(model.ner)(sentences)
    alone = GreedyNER(model.ner)
    one_by_one = []
    for sentence in sentences:
        alone.known.clear()  # nothing remembered from the sentences read before
        alone.embedded.clear()
        one_by_one.extend(alone([sentence]))
    assert one_by_one == together
    assert sum(map(len, together)) > 50


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_scores_of_a_window_are_the_same_bits_whatever_windows_are_read_with_it(language):
    """The NER's precomputed hidden layer for each token of a window, and the scores of every move, read
    with all the others in one call or alone (its embeddings computed anew): bitwise the same, so that no
    near tie can be decided another way under another batch size, chunk or worker count."""
    model = component(language)
    sentences = [model._copy(doc, s.start, s.end) for doc in corpus_docs(language)[:30] for s in doc.sents]
    windows = [sentence.to_array(GreedyNER(model.ner).columns) for sentence in sentences if len(sentence)]
    decode = GreedyNER(model.ner)
    together = decode._precomputed([window[:, :-1] for window in windows])
    assert len(together) > 1000
    row = 1  # row 0 is the padding
    for window in windows:
        decode.embedded.clear()
        alone = decode._precomputed([window[:, :-1]])
        assert alone[1:].tobytes() == together[row : row + len(window)].tobytes()
        tokens = np.arange(1, len(alone))
        no_token = np.zeros(len(tokens), dtype=np.int64)
        scores_alone = decode._scores(alone, tokens, no_token, np.zeros(len(tokens), dtype=bool))
        scores_together = decode._scores(together, tokens + row - 1, no_token, np.zeros(len(tokens), dtype=bool))
        assert scores_alone.tobytes() == scores_together.tobytes()
        row += len(window)
