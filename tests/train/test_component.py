"""The `institution_model` component: the committed models, where they run, and life without them."""

from __future__ import annotations

import datetime as dt
import logging

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.bulletin import Bulletin
from pipeline.language import to_simplified
from pipeline.nlp import make_doc
from pipeline.train import model_dir
from pipeline.train.component import Cues, HeadKinds

RULES = ["institution_gazetteer", "institution_patterns"]


def run(nlp: Language, text: str, language: str, disable: list[str] = ()) -> Doc:
    bulletin = Bulletin(text=text, language=language, published=dt.date(2025, 6, 10), origin="test")
    with nlp.select_pipes(disable=list(disable)):
        return nlp(make_doc(nlp, bulletin))


def texts(doc: Doc, key: str) -> list[str]:
    return [span.text for span in doc.spans[key]]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_committed_models_are_small_and_load(language):
    path = model_dir(language)
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    assert (path / "meta.json").is_file() and size < 10_000_000


def test_the_english_model_finds_an_institution_it_has_never_seen(project_pipeline):
    nlp = project_pipeline("en")
    text = "Delegates from Brackenfield University visited Nanchang on June 5 and signed a memorandum of understanding."
    doc = run(nlp, text, "en", disable=RULES)  # the model alone
    assert "Brackenfield University" in texts(doc, "inst_model")
    assert doc.spans["inst_model"][0].label_ == "university"
    assert "Brackenfield University" in texts(doc, "institutions")
    assert "June 5" in texts(doc, "model_date")


def test_the_chinese_model_finds_an_institution_it_has_never_seen(project_pipeline):
    nlp = project_pipeline("zh")
    doc = run(nlp, "6月5日，青岚湖师范大学与英国索恩伯里大学签署合作备忘录。", "zh", disable=RULES)
    found = set(texts(doc, "inst_model"))
    assert found & {"青岚湖师范大学", "索恩伯里大学"}
    assert {span.label_ for span in doc.spans["inst_model"]} == {"university"}


TEXT = (
    "Brackenfield University has a large campus.\n"
    "The weather was mild all week.\n"
    "Its Department is new.\n"
    "The two sides signed an agreement.\n"
    "Qilu Lakeside University and the Harwick Foundation University Trust signed a memorandum."
)


def read(nlp: Language, disable: list[str] = ()) -> list[str]:
    doc = run(nlp, TEXT, "en", disable=disable)
    return [s.text for s in nlp.get_pipe("institution_model").sentences_to_read(doc)]


def test_only_sentences_with_a_candidate_or_a_trigger_are_read(project_pipeline):
    nlp = project_pipeline("en", require_head=False, only_new=False)
    assert read(nlp) == [
        "Brackenfield University has a large campus.",  # a rule candidate
        "The two sides signed an agreement.",  # a trigger word
        "Qilu Lakeside University and the Harwick Foundation University Trust signed a memorandum.",
    ]
    assert read(nlp, disable=RULES) == [
        "Brackenfield University has a large campus.",
        "Its Department is new.",  # without the rules, a head word is a cue
        "The two sides signed an agreement.",
        "Qilu Lakeside University and the Harwick Foundation University Trust signed a memorandum.",
    ]


def test_when_only_new_names_count_only_sentences_with_a_head_outside_the_candidates_are_read(project_pipeline):
    nlp = project_pipeline("en", require_head=True, only_new=True)
    text = TEXT + "\nIts Department signed a memorandum."
    doc = run(nlp, text, "en")
    candidates = [s.text for key in ("inst_gazetteer", "inst_patterns") for s in doc.spans[key]]
    assert not any("Department" in c for c in candidates)  # the one head word the rules leave alone
    read_now = [s.text for s in nlp.get_pipe("institution_model").sentences_to_read(doc)]
    assert read_now == ["Its Department signed a memorandum."]


def test_a_missing_model_folder_warns_once_and_leaves_the_rules_alone(project_pipeline, tmp_path, caplog):
    text = "Qilu Lakeside University signed an agreement with Aldermoor Technical University in Leeds."
    with caplog.at_level(logging.WARNING, logger="pipeline.train.component"):
        nlp = project_pipeline("en", model=str(tmp_path / "no_model"))
        project_pipeline("en", model=str(tmp_path / "no_model"))
    assert len([r for r in caplog.records if "no trained pipeline" in r.getMessage()]) == 1
    doc = run(nlp, text, "en")
    assert texts(doc, "inst_model") == [] and texts(doc, "model_person") == []
    rules_only = run(project_pipeline("en", with_model=False), text, "en")
    assert texts(doc, "institutions") == texts(rules_only, "institutions") != []


def test_the_trained_pipeline_is_loaded_once_per_process(project_pipeline):
    first = project_pipeline("en").get_pipe("institution_model")
    second = project_pipeline("en").get_pipe("institution_model")
    assert first.ner is not None and first.ner is second.ner


@pytest.mark.parametrize(
    ("language", "name", "kind"),
    [
        ("en", "University of Leeds", "university"),
        ("en", "Jiangxi Provincial Department of Education", "government"),
        ("en", "Silk Road University Alliance", "alliance"),
        ("en", "Brackenfield Trust", "other"),
        ("zh", "索恩伯里大学", "university"),
        ("zh", "赣北理工学院", "college"),
        ("zh", "江西省教育厅", "government"),
        ("zh", "丝路合作组委会", "other"),
    ],
)
def test_an_institution_takes_the_kind_its_head_word_suggests(project_pipeline, language, name, kind):
    doc = project_pipeline(language, with_model=False).make_doc(name)
    assert HeadKinds(language).kind(doc[:]) == kind


@pytest.mark.parametrize(
    "text",
    [
        "The two universities Signed a MEMORANDUM of understanding; the forum was co-organized by Nanchang University.",
        "Hosted by the Kelvin-sign \u212aollege and the long-s \u017figned agreement, then signed again.",
        "İstanbul University signed an agreement.",
        "南昌大学与英国伦敦大学签署合作协议，双方将联合举办论坛。",
    ],
)
def test_cues_find_the_trigger_words_a_case_insensitive_search_of_the_whole_text_finds(text):
    for language in ("en", "zh"):
        cues = Cues(language)
        view = to_simplified(text) if language == "zh" else text
        expected = [m.start() for m in cues.triggers.finditer(view)]
        assert cues.find(text)[0] == expected
