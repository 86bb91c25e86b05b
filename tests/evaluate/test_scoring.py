"""Scoring arithmetic: counts, micro-averages, field accuracy, document fields."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluate.evaluation import evaluate
from pipeline.evaluate.gold import GoldBulletin
from pipeline.evaluate.names import NameMatcher
from pipeline.evaluate.predictions import Prediction, read_records
from pipeline.evaluate.scoring import Counts, Tally, figures_by_language, score_bulletin


def test_precision_recall_f1_from_counts() -> None:
    counts = Counts(tp=3, fp=1, fn=2)
    assert counts.precision == 0.75
    assert counts.recall == 0.6
    assert counts.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35, abs=1e-4)
    assert counts.as_dict()["gold"] == 5
    assert counts.as_dict()["predicted"] == 4


def test_figures_with_nothing_to_measure_are_none() -> None:
    assert Counts().f1 is None
    assert Counts(fn=2).precision is None
    assert Counts(fn=2).f1 == 0.0
    assert Counts(fp=2).recall is None
    assert Counts(fp=2).f1 == 0.0
    assert Tally().accuracy is None


def test_averages_are_micro_sums_of_counts() -> None:
    total = Counts(tp=1, fp=0, fn=0)
    total.add(Counts(tp=0, fp=0, fn=3))
    # Macro (mean of per-bulletin F1 1.0 and 0.0) would be 0.5; micro is 2/5.
    assert total.f1 == 0.4


def _gold(language: str, gold: dict) -> GoldBulletin:
    return GoldBulletin(
        path=Path(f"{language}.txt"),
        expected_path=Path(f"{language}.expected.json"),
        language=language,
        gold=gold,
        split="test",
    )


def test_languages_are_averaged_separately_and_together() -> None:
    matcher = NameMatcher()
    english = score_bulletin(
        _gold("en", {"institutions": [{"name": "Hunan University"}, {"name": "University of Leeds"}]}),
        Prediction({"institutions": [{"name": "Hunan University"}]}),
        matcher,
    )
    chinese = score_bulletin(
        _gold("zh", {"institutions": [{"name": "南昌大學"}]}),
        Prediction({"institutions": [{"name": "南昌大学"}, {"name": "南昌"}]}),
        matcher,
    )
    figures = figures_by_language([english, chinese])
    assert figures["en"].facts["institutions"] == Counts(tp=1, fp=0, fn=1)
    assert figures["zh"].facts["institutions"] == Counts(tp=1, fp=1, fn=0)
    assert figures["all"].facts["institutions"] == Counts(tp=2, fp=1, fn=1)
    assert figures["all"].as_dict()["facts"]["institutions"]["f1"] == pytest.approx(2 / 3, abs=1e-4)


def test_no_record_means_every_gold_fact_and_document_field_is_missed() -> None:
    gold = _gold(
        "en",
        {
            "document": {"title": "A", "editor": None},
            "institutions": [{"name": "Hunan University"}],
            "events": [{"kind": "visit", "name": None, "date": None}],
        },
    )
    score = score_bulletin(gold, Prediction(None, "the extractor failed"), NameMatcher())
    assert score.status == "failed"
    assert score.facts["institutions"] == Counts(fn=1)
    assert score.facts["events"] == Counts(fn=1)
    assert {name: tally.correct for name, tally in score.document.items()} == {"title": 0, "editor": 0}


def test_fields_of_matched_facts_are_scored_where_the_gold_states_them() -> None:
    gold = _gold(
        "en",
        {
            "institutions": [
                {"name": "Hunan University", "kind": "university", "country": "CN"},
                {"name": "University of Leeds", "kind": "university"},
            ]
        },
    )
    predicted = {
        "institutions": [
            {"name": "Hunan University", "kind": "college", "country": "CN"},
            {"name": "University of Leeds", "kind": "university", "country": "GB"},
        ]
    }
    score = score_bulletin(gold, Prediction(predicted), NameMatcher())
    assert score.attributes["institutions.kind"] == Tally(correct=1, total=2)
    assert score.attributes["institutions.country"] == Tally(correct=1, total=1)
    assert score.attributes["kinds"] == Tally(correct=1, total=2)
    [wrong] = score.mismatches
    assert (wrong["field"], wrong["gold"], wrong["predicted"]) == ("kind", "university", "college")


def test_a_pair_inferred_from_the_gazetteer_is_unjudged_unless_the_gold_names_it() -> None:
    def pair(foreign: str, inferred: bool) -> dict:
        return {
            "chinese": {"name": "南昌大学"},
            "foreign": {"name": foreign},
            "kind": "joint_institute",
            "inferred": inferred,
        }

    gold = _gold("zh", {"partnerships": [{"chinese": "南昌大学", "foreign": "莫纳什大学", "kind": "joint_institute"}]})
    predicted = {"partnerships": [pair("莫纳什大学", True), pair("伦敦大学", True), pair("悉尼大学", False)]}
    score = score_bulletin(gold, Prediction(predicted), NameMatcher())
    assert score.facts["partnerships"] == Counts(tp=1, fp=1, fn=0)
    assert [u["predicted"]["foreign"]["name"] for u in score.unjudged] == ["伦敦大学"]


def test_document_fields_compare_instants_and_folded_text() -> None:
    gold = _gold(
        "en",
        {
            "publisher": "Hunan University",
            "document": {
                "title": "The Title",
                "published_at": "2025-01-02T09:00:00+08:00",
                "editor": None,
                "credited_source": "Xinhua",
            },
        },
    )
    predicted = {
        "document": {
            "title": "the  title",
            "published_at": "2025-01-02T01:00:00+00:00",
            "editor": "X",
            "credited_source": "新华社",
            "publisher": {"name": "HUNAN UNIVERSITY"},
        }
    }
    score = score_bulletin(gold, Prediction(predicted), NameMatcher())
    right = {name: tally.correct for name, tally in score.document.items()}
    assert right == {"title": 1, "published_at": 1, "editor": 0, "credited_source": 0, "publisher": 1}


def test_the_fixture_corpus_test_split_figures(gold_dir: Path, predictions_path: Path) -> None:
    evaluation = evaluate(gold_dir, "test", records=read_records(predictions_path), matcher=NameMatcher())
    figures = figures_by_language(evaluation.scores)
    # alpha (en): Department missed, "Changsha" extra; gamma (zh): every institution found
    # across traditional/simplified script.
    assert figures["en"].facts["institutions"] == Counts(tp=2, fp=1, fn=1)
    assert figures["zh"].facts["institutions"] == Counts(tp=3, fp=0, fn=0)
    assert figures["zh"].facts["roles"] == Counts(tp=1, fp=1, fn=0)
    assert figures["zh"].facts["role_counts"] == Counts(tp=0, fp=1, fn=1)
    assert figures["all"].facts["events"] == Counts(tp=2)
    assert figures["all"].facts["people"] == Counts(tp=1, fp=1)
    assert figures["all"].overall() == Counts(tp=10, fp=4, fn=2)
    assert figures["en"].attributes["partnerships.kind"] == Tally(0, 1)
    assert figures["en"].attributes["partnerships.date"] == Tally(1, 1)
    assert figures["all"].attributes["events.location"] == Tally(1, 2)
    assert figures["en"].document["published_at"] == Tally(1, 1)
    assert figures["en"].document["editor"] == Tally(0, 1)
