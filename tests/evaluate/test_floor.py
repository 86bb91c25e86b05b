"""CI's floor check: the extractor on the corpus `test` split is not below corpus/floor.json.

Runs the evaluation in-process, as `python -m pipeline evaluate --gold
corpus/bulletins --split test --floor corpus/floor.json` does.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from pipeline.evaluate.evaluation import evaluate
from pipeline.evaluate.floor import FLOOR_SPLIT, check_floor, load_floor
from pipeline.evaluate.names import NameMatcher, load_default_gazetteer
from pipeline.evaluate.report import split_figures

REPO = Path(__file__).resolve().parents[2]
FLOOR = REPO / "corpus" / "floor.json"
GOLD = REPO / "corpus" / "bulletins"

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("pipeline.batch") is None,
    reason="pipeline.batch (the extractor) does not exist yet; the floor check runs once it does",
)


def test_test_split_figures_are_not_below_the_floor() -> None:
    floor = load_floor(FLOOR)
    evaluation = evaluate(GOLD, FLOOR_SPLIT, matcher=NameMatcher(load_default_gazetteer()))
    figures = split_figures(evaluation.scores, FLOOR_SPLIT)[FLOOR_SPLIT]
    assert figures["en"]["bulletins"] > 0 and figures["zh"]["bulletins"] > 0, (
        "the test split needs both languages"
    )
    failures = check_floor(figures, floor)
    # Name what fell, not its figure: whoever writes rules runs this test too, and the test
    # split's scores are the lead's to read (`evaluate --split test --floor corpus/floor.json`).
    fallen = ", ".join(f"{failure.kind} ({failure.language})" for failure in failures)
    assert not failures, f"below the floor on the test split: {fallen}"
