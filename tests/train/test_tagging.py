"""The tagging NER (`pipeline/train/tagging.py`): BILUO tags decoded into entities, invalid sequences
repaired, the best valid sequence chosen from scores, and its training config derived from the ner one."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import load_config, load_model_from_config

from pipeline.train import LABELS as ENTITY_LABELS
from pipeline.train import LANGUAGES
from pipeline.train.tagging import FACTORY, Transitions, best_tags, biluo_labels, biluo_spans, tagger_config
from pipeline.train.training import config_path, train_language
from tests.train.test_training import tiny_training, write_tiny_corpus

LABELS = biluo_labels(["ORG", "GPE"])
TRANSITIONS = Transitions(LABELS)
SCORE_ROW = st.lists(st.floats(-5, 5, width=32), min_size=len(LABELS), max_size=len(LABELS))


@pytest.mark.parametrize(
    ("tags", "entities"),
    [
        (["O", "B-ORG", "I-ORG", "L-ORG", "O", "U-GPE"], [(1, 4, "ORG"), (5, 6, "GPE")]),
        ([], []),
        (["U-ORG", "U-ORG"], [(0, 1, "ORG"), (1, 2, "ORG")]),
        # An entity left open ends where its tags stop continuing it.
        (["B-ORG", "I-ORG", "O"], [(0, 2, "ORG")]),
        (["B-ORG", "I-ORG"], [(0, 2, "ORG")]),
        (["B-ORG", "B-ORG", "L-ORG"], [(0, 1, "ORG"), (1, 3, "ORG")]),
        (["B-ORG", "L-GPE"], [(0, 1, "ORG"), (1, 2, "GPE")]),
        (["B-ORG", "U-GPE"], [(0, 1, "ORG"), (1, 2, "GPE")]),
        # An I- or L- that continues nothing begins an entity.
        (["O", "I-ORG", "L-ORG"], [(1, 3, "ORG")]),
        (["L-ORG", "O"], [(0, 1, "ORG")]),
        (["I-GPE", "I-GPE", "O", "I-ORG"], [(0, 2, "GPE"), (3, 4, "ORG")]),
    ],
)
def test_biluo_tags_are_read_into_entities_and_invalid_sequences_repaired(tags, entities):
    assert biluo_spans(tags) == entities


@given(st.lists(st.sampled_from(LABELS), max_size=12))
def test_every_tagged_token_is_in_exactly_one_entity_of_its_label(tags):
    entities = biluo_spans(tags)
    covered = [i for start, end, _ in entities for i in range(start, end)]
    assert covered == sorted(set(covered))  # in order, never overlapping
    assert set(covered) == {i for i, tag in enumerate(tags) if tag != "O"}
    for start, end, label in entities:
        assert all(tags[i].endswith("-" + label) for i in range(start, end))


def _may_follow(before: str, tag: str) -> bool:
    """BILUO: after B-X or I-X comes I-X or L-X; after O, L-, U- comes O, B- or U-."""
    if before[0] in "BI":
        return tag[0] in "IL" and tag[2:] == before[2:]
    return tag[0] in "OBU"


@given(st.lists(st.sampled_from(LABELS), max_size=8))
def test_transitions_accept_exactly_the_sequences_where_each_tag_may_follow_the_one_before(tags):
    ids = np.array([LABELS.index(tag) for tag in tags], dtype=np.intp)
    assert TRANSITIONS.valid(ids) == all(_may_follow(a, b) for a, b in itertools.pairwise(tags))


def test_a_sequence_may_begin_and_end_inside_a_name_cut_by_a_window():
    # What institution_model reads is often a window: an entity open at an edge runs into the cut,
    # and is read up to the edge, where the component reads the whole sentence again.
    tags = ["I-ORG", "L-ORG", "O", "B-ORG", "I-ORG"]
    assert TRANSITIONS.valid(np.array([LABELS.index(tag) for tag in tags]))
    assert biluo_spans(tags) == [(0, 2, "ORG"), (3, 5, "ORG")]


@settings(max_examples=60)
@given(st.lists(SCORE_ROW, min_size=1, max_size=3))
def test_best_tags_is_the_best_valid_sequence(rows):
    scores = np.array(rows, dtype="f")
    chosen = best_tags(scores, TRANSITIONS)
    assert TRANSITIONS.valid(chosen)
    assert all(_may_follow(LABELS[a], LABELS[b]) for a, b in itertools.pairwise(chosen))
    log_probs = scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))

    def total(ids) -> float:
        return float(sum(log_probs[i, tag] for i, tag in enumerate(ids)))

    valid = [ids for ids in itertools.product(range(len(LABELS)), repeat=len(rows)) if TRANSITIONS.valid(np.array(ids))]
    assert total(chosen) == pytest.approx(max(map(total, valid)), abs=1e-4)


def test_a_valid_argmax_is_kept_as_it_is():
    scores = np.full((3, len(LABELS)), -3.0, dtype="f")
    for i, tag in enumerate(["B-ORG", "L-ORG", "O"]):
        scores[i, LABELS.index(tag)] = 3.0
    assert [LABELS[i] for i in best_tags(scores, TRANSITIONS)] == ["B-ORG", "L-ORG", "O"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_tagging_config_is_the_ner_config_with_the_tagger_on_the_same_tok2vec(language):
    ner = load_config(config_path(language))
    tagging = tagger_config(ner)
    assert tagging["nlp"]["pipeline"] == ["tok2vec", FACTORY]
    assert "ner" not in tagging["components"] and "ner" in ner["components"]
    assert tagging["components"]["tok2vec"] == ner["components"]["tok2vec"]
    assert tagging["components"][FACTORY]["model"]["tok2vec"] == ner["components"]["ner"]["model"]["tok2vec"]
    for section in ("paths", "corpora", "training", "nlp"):
        if section != "nlp":
            assert tagging[section] == ner[section]
    assert tagging["nlp"]["tokenizer"] == ner["nlp"]["tokenizer"]


def test_the_tagging_ner_trains_and_writes_entities_as_a_ner_does(tmp_path):
    # A pass or two on a tiny corpus: it checks the machinery (labels, loss, decoding, saving), not the model.
    corpus = tmp_path / "tiny.spacy"
    write_tiny_corpus(corpus)
    overrides = tiny_training(corpus)
    output = train_language("zh", output=tmp_path / "zh_tagger", overrides=overrides, tagging=True)
    nlp = spacy.load(output)
    assert nlp.pipe_names == ["tok2vec", FACTORY]
    assert set(nlp.get_pipe(FACTORY).labels) >= {"O", "B-ORG", "L-ORG", "U-PERSON"}
    doc = nlp("赣北理工学院与索恩伯里大学签署协议。")
    assert doc.has_annotation("ENT_IOB")
    assert all(ent.label_ in ENTITY_LABELS for ent in doc.ents)


def test_what_the_tagger_gives_a_doc_does_not_depend_on_the_docs_read_with_it(tmp_path):
    # institution_model reads the windows of many pages in one call: a window's scores must be
    # those it gets alone (the hidden layer's window must not reach into the next Doc).
    config = tagger_config(load_config(config_path("en")))
    config["components"]["tok2vec"]["model"]["embed"]["rows"] = [500, 100, 250, 250]
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    doc = nlp.make_doc("Brackenfield University signed an agreement in Nanchang.")
    reference = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    reference.set_ents([Span(reference, 0, 2, label="ORG"), Span(reference, 7, 8, label="GPE")])
    nlp.initialize(lambda: [Example(doc, reference)])
    tagger, tok2vec = nlp.get_pipe(FACTORY), nlp.get_pipe("tok2vec")  # the tagger reads what tok2vec sets
    output_layer = tagger.model.get_ref("output_layer")  # zero at first: every score would agree
    weights = output_layer.get_param("W")
    output_layer.set_param("W", np.random.default_rng(0).normal(size=weights.shape).astype(weights.dtype))
    texts = ["Two sides met in Nanchang.", "Brackenfield University signed.", "It rained all week in June."]

    def docs(*some: str) -> list[Doc]:
        return list(tok2vec.pipe(nlp.make_doc(text) for text in some))

    together = tagger.model.predict(docs(*texts))
    for text, scores in zip(texts, together, strict=True):
        alone = tagger.model.predict(docs(text))[0]
        assert np.abs(np.asarray(alone)).sum() > 0
        assert np.allclose(np.asarray(scores), np.asarray(alone), atol=1e-5)
