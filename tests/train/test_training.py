"""Training runs end to end on a tiny dataset (a pass or two: it checks the machinery, not the model)."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.tokens import DocBin
from spacy.util import load_config

from pipeline.nlp import load_pipeline
from pipeline.train import LANGUAGES, model_dir
from pipeline.train.gold_spans import annotate, derive_spans
from pipeline.train.training import config_path, train_language

SENTENCES = [
    ("青岚湖师范大学与英国索恩伯里大学于5月7日在南昌签署合作协议。", ["青岚湖师范大学", "索恩伯里大学"], []),
    ("江西省教育厅副厅长李明出席了赣北理工学院的签约仪式。", ["江西省教育厅", "赣北理工学院"], ["李明"]),
]


def write_tiny_corpus(path) -> None:
    nlp = load_pipeline("zh")
    doc_bin = DocBin()
    for text, orgs, people in SENTENCES:
        gold = {
            "institutions": [{"name": n} for n in orgs],
            "people": [{"name": n} for n in people],
            "events": [],
        }
        doc = nlp.make_doc(text)
        doc_bin.add(annotate(doc, derive_spans(doc, gold, "zh", None)))
    doc_bin.to_disk(path)


def tiny_training(corpus) -> dict:
    """Config overrides for a pass or two over a tiny corpus: the machinery, not the model."""
    return {
        "paths.train": str(corpus),
        "paths.dev": str(corpus),
        "training.max_epochs": 2,
        "training.eval_frequency": 2,
        "components.tok2vec.model.embed.rows": [500, 100, 250, 250],
    }


def test_the_chinese_config_trains_with_the_project_tokenizer_and_augmenter(tmp_path):
    corpus = tmp_path / "tiny.spacy"
    write_tiny_corpus(corpus)
    overrides = tiny_training(corpus)
    output = train_language("zh", output=tmp_path / "zh_ner", overrides=overrides)

    meta = json.loads((output / "meta.json").read_text(encoding="utf-8"))
    assert meta["name"] == "zh_ner" and meta["pipeline"] == ["tok2vec", "ner"]
    nlp = spacy.load(output)
    assert set(nlp.get_pipe("ner").labels) >= {"ORG", "PERSON", "DATE"}
    doc = nlp("赣北理工学院与索恩伯里大学签署协议。")
    assert [t.text for t in doc] == [t.text for t in load_pipeline("zh").make_doc(doc.text)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_committed_model_was_trained_with_its_training_configs_architecture(language):
    # A config edited without retraining (or a model copied in from elsewhere) would leave the
    # model card and the figures describing a model that is not the one in use.
    trained = load_config(model_dir(language) / "config.cfg", interpolate=True)
    configured = load_config(config_path(language), interpolate=True)
    for component in ("tok2vec", "ner"):
        assert trained["components"][component]["model"] == configured["components"][component]["model"]
