"""Training data: entity spans derived from gold facts, on the project's own tokens."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from spacy.tokens import Doc

from pipeline.evaluate.gold import load_gold
from pipeline.language import to_simplified
from pipeline.nlp import load_pipeline
from pipeline.train import LABELS, SPLITS, data_dir
from pipeline.train.data import GOLD_DIR, annotated_doc, gold_bulletins
from pipeline.train.gold_spans import annotate, derive_spans

PUBLISHED = dt.date(2025, 3, 10)


def spans(derived) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in derived.entities]


def test_every_occurrence_of_a_gold_name_is_an_entity_and_the_longest_reading_wins():
    text = (
        "On March 3, Vice-President Li Wen of Qilu Lakeside University visited Lusaka, Zambia. "
        "The Confucius Institute at Qilu Lakeside University opened; Qilu Lakeside University said Lima was next."
    )
    gold = {
        "institutions": [
            {"name": "Qilu Lakeside University"},
            {"name": "Confucius Institute at Qilu Lakeside University"},
        ],
        "people": [{"name": "Li Wen"}],
        "events": [{"location": "Lusaka"}],
    }
    doc = load_pipeline("en").make_doc(text)
    derived = derive_spans(doc, gold, "en", PUBLISHED)
    assert spans(derived) == [
        ("March 3", "DATE"),
        ("Li Wen", "PERSON"),
        ("Qilu Lakeside University", "ORG"),
        ("Lusaka", "GPE"),
        ("Zambia", "GPE"),
        ("Confucius Institute at Qilu Lakeside University", "ORG"),
        ("Qilu Lakeside University", "ORG"),
        ("Lima", "GPE"),  # a city of the gazetteer's: a place wherever it stands
    ]
    assert not derived.unaligned  # and "Li" inside "Lima" is no person


def test_a_traditional_script_text_meets_its_names_through_the_simplified_view():
    text = "江西財經大學與澳大利亞格里菲斯大學簽署合作協議。"
    gold = {"institutions": [{"name": "江西财经大学"}, {"name": "格里菲斯大学"}], "people": [], "events": []}
    doc = load_pipeline("zh").make_doc(text)
    derived = derive_spans(doc, gold, "zh", PUBLISHED)
    assert ("江西財經大學", "ORG") in spans(derived)
    assert ("格里菲斯大學", "ORG") in spans(derived)


def test_a_name_off_token_boundaries_is_counted_and_its_tokens_left_unknown():
    vocab = load_pipeline("zh").vocab
    doc = Doc(vocab, words=["在", "江西师范大学与", "南昌大学", "签约"], spaces=[False] * 4)
    gold = {"institutions": [{"name": "江西师范大学"}, {"name": "南昌大学"}], "people": [], "events": []}
    derived = derive_spans(doc, gold, "zh", None)
    assert spans(derived) == [("南昌大学", "ORG")]
    assert [(c.start, c.end, c.label) for c in derived.unaligned] == [(1, 7, "ORG")]
    annotate(doc, derived)
    assert [t.ent_iob_ for t in doc] == ["O", "", "B", "O"]  # "" = missing: neither entity nor outside


def test_names_the_text_never_writes_are_reported():
    doc = load_pipeline("zh").make_doc("我校与英国索恩伯里大学签署协议。")
    gold = {"institutions": [{"name": "青岚湖师范大学"}, {"name": "索恩伯里大学"}], "people": [], "events": []}
    assert derive_spans(doc, gold, "zh", None).not_found == [("ORG", "青岚湖师范大学")]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_spans_derived_from_the_corpus_lie_on_tokens_without_overlap(language):
    entities = unaligned = 0
    for gold in gold_bulletins(language, "train"):
        doc, derived = annotated_doc(load_pipeline(language), gold)
        entities += len(derived.entities)
        unaligned += len(derived.unaligned)
        taken: set[int] = set()
        for span in derived.entities:
            assert doc.char_span(span.start_char, span.end_char, alignment_mode="strict") is not None
            assert taken.isdisjoint(range(span.start, span.end)), span
            taken.update(range(span.start, span.end))
    assert entities > 300
    assert unaligned / entities < 0.03


@pytest.mark.parametrize("language", ["en", "zh"])
def test_committed_data_matches_the_gold_names_and_respects_the_split(language):
    bulletins = {b.id: b for b in load_gold(GOLD_DIR).bulletins if b.language == language}
    seen: dict[str, str] = {}
    for split in SPLITS:
        lines = (data_dir(language) / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
        for line in lines:
            entry = json.loads(line)
            seen[entry["id"]] = split
            gold = bulletins[entry["id"]].gold
            orgs = {to_simplified(i["name"]) for i in gold["institutions"]}
            people = {to_simplified(p["name"]) for p in gold["people"]}
            for entity in entry["entities"]:
                assert entry["text"][entity["start"] : entity["end"]] == entity["text"]
                assert entity["label"] in LABELS
                if entity["label"] == "ORG":
                    assert to_simplified(entity["text"]) in orgs, entity
                if entity["label"] == "PERSON":
                    assert to_simplified(entity["text"]) in people, entity
    # dev2 is blind: it feeds no training data
    assert seen == {bulletin_id: b.split for bulletin_id, b in bulletins.items() if b.split in SPLITS}


def test_training_configs_name_only_the_train_and_dev_data():
    from spacy.util import load_config

    for language in ("en", "zh"):
        paths = load_config(data_dir(language) / "config.cfg", interpolate=False)["paths"]
        assert paths["train"] == f"models/training/{language}/train.spacy"
        assert paths["dev"] == f"models/training/{language}/dev.spacy"
        assert "test" not in json.dumps(paths)
