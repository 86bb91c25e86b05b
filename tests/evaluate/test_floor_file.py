"""The floor file: its shape, and the committed one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluate.facts import KIND_NAMES
from pipeline.evaluate.floor import check_floor, load_floor, raised_floor

REPO = Path(__file__).resolve().parents[2]


def test_the_committed_floor_covers_every_kind_and_language() -> None:
    floor = load_floor(REPO / "corpus" / "floor.json")
    assert sorted(floor) == ["all", "en", "zh"]
    for kinds in floor.values():
        assert sorted(kinds) == sorted(KIND_NAMES)


@pytest.mark.parametrize(
    "content",
    [
        {"split": "dev", "f1": {}},
        {"split": "test"},
        {"split": "test", "f1": {"fr": {"institutions": 0.5}}},
        {"split": "test", "f1": {"en": {"institutes": 0.5}}},
        {"split": "test", "f1": {"en": {"institutions": 1.5}}},
        {"split": "test", "f1": {"en": {"institutions": "high"}}},
    ],
)
def test_a_malformed_floor_is_refused(tmp_path: Path, content: dict) -> None:
    path = tmp_path / "floor.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(ValueError):
        load_floor(path)


def _figures(**f1: float | None) -> dict:
    return {"en": {"facts": {kind: {"f1": value} for kind, value in f1.items()}}}


def test_check_floor_compares_each_floored_figure() -> None:
    floor = {"en": {"institutions": 0.5, "people": 0.5, "roles": 0.0}}
    failures = check_floor(_figures(institutions=0.5, people=0.4999, roles=None), floor)
    assert [(f.language, f.kind) for f in failures] == [("en", "people")]


def test_raised_floor_rounds_measurements_down_and_keeps_higher_floors() -> None:
    floor = {"en": {"institutions": 0.9, "people": 0.1}}
    raised = raised_floor(floor, _figures(institutions=0.8, people=0.4567, roles=1.0))
    assert raised["en"]["institutions"] == 0.9
    assert raised["en"]["people"] == 0.45
    assert raised["en"]["roles"] == 1.0
    assert raised["zh"]["roles"] == 0.0
