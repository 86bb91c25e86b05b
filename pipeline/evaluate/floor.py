"""The committed floor: the least F1 per fact kind and language on the `test` split.

CI fails when a figure drops below it; raising it (only ever from a measurement)
is how progress is kept. The file:
    {"about": "...", "split": "test",
     "f1": {"en": {"institutions": 0.8, ...}, "zh": {...}, "all": {...}}}
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.evaluate.facts import KIND_NAMES
from pipeline.evaluate.scoring import LANGUAGES

FLOOR_SPLIT = "test"
_ABOUT = (
    "Minimum F1 per fact kind and language on the test split. `python -m pipeline evaluate "
    "--split test --floor corpus/floor.json` exits 1 when a figure falls below it. Raise it only "
    "from a measurement: `... --floor corpus/floor.json --raise-floor`."
)


@dataclass(frozen=True)
class FloorFailure:
    language: str
    kind: str
    f1: float | None
    floor: float

    def __str__(self) -> str:
        measured = "nothing to measure" if self.f1 is None else f"{self.f1:.4f}"
        return f"{self.kind} ({self.language}): F1 {measured} is below the floor {self.floor:.4f}"

    def as_dict(self) -> dict[str, Any]:
        return {"language": self.language, "kind": self.kind, "f1": self.f1, "floor": self.floor}


def load_floor(path: Path) -> dict[str, dict[str, float]]:
    """Language -> kind -> least F1. Raises ValueError for a malformed file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("split", FLOOR_SPLIT) != FLOOR_SPLIT:
        raise ValueError(f"{path}: a floor is kept for the {FLOOR_SPLIT} split only")
    floors = data.get("f1")
    if not isinstance(floors, dict):
        raise ValueError(f"{path}: no `f1` object")
    checked: dict[str, dict[str, float]] = {}
    for language, kinds in floors.items():
        if language not in LANGUAGES or not isinstance(kinds, dict):
            raise ValueError(f"{path}: unknown language {language!r}")
        for kind, value in kinds.items():
            if kind not in (*KIND_NAMES, "all") or not isinstance(value, int | float) or not 0 <= value <= 1:
                raise ValueError(f"{path}: bad floor {language}.{kind} = {value!r}")
        checked[language] = {kind: float(value) for kind, value in kinds.items()}
    return checked


def measured_f1(figures: dict[str, dict[str, Any]], language: str, kind: str) -> float | None:
    """F1 of one kind and language in a split's figures (as in the JSON report)."""
    return figures.get(language, {}).get("facts", {}).get(kind, {}).get("f1")


def check_floor(figures: dict[str, dict[str, Any]], floor: dict[str, dict[str, float]]) -> list[FloorFailure]:
    """Every figure below its floor. A figure with nothing to measure fails a floor above 0."""
    failures = []
    for language, kinds in floor.items():
        for kind, least in kinds.items():
            f1 = measured_f1(figures, language, kind)
            if (f1 is None and least > 0) or (f1 is not None and f1 < least):
                failures.append(FloorFailure(language, kind, f1, least))
    return failures


def raised_floor(floor: dict[str, dict[str, float]], figures: dict[str, dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Each floor lifted to the measured F1 (rounded down to 0.01), never lowered."""
    raised: dict[str, dict[str, float]] = {}
    for language in LANGUAGES:
        raised[language] = {}
        for kind in KIND_NAMES:
            least = floor.get(language, {}).get(kind, 0.0)
            f1 = measured_f1(figures, language, kind)
            measured = math.floor(f1 * 100 + 1e-9) / 100 if f1 is not None else 0.0
            raised[language][kind] = max(least, measured)
    return raised


def write_floor(path: Path, floor: dict[str, dict[str, float]]) -> None:
    data = {"about": _ABOUT, "split": FLOOR_SPLIT, "f1": floor}
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
