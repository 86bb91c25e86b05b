"""Shared paths of the hand-written evaluation fixtures.

fixtures/corpus: three gold bulletins (alpha: en/test, beta: en/train, gamma: zh/test,
gold in traditional script) with split files; fixtures/predictions.jsonl: records for
alpha (paired by document.id) and gamma (paired by a `file` field, simplified script);
beta has none.
"""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def gold_dir() -> Path:
    return FIXTURES / "corpus" / "bulletins"


@pytest.fixture
def predictions_path() -> Path:
    return FIXTURES / "predictions.jsonl"
