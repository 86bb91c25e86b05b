"""One evaluation run: gold of a split, predictions for it, and every bulletin scored."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.evaluate.gold import GoldBulletin, load_gold, select_split
from pipeline.evaluate.names import NameMatcher
from pipeline.evaluate.predictions import Prediction, extract_in_process, pair_records
from pipeline.evaluate.scoring import BulletinScore, score_bulletin

ABLATION_MODES = ("rules", "model", "both")


class NothingToScore(ValueError):
    """No usable gold bulletin in the requested folder and split."""


@dataclass
class Evaluation:
    gold_dir: Path
    split: str
    scores: list[BulletinScore]
    problems: list[dict[str, str]] = field(default_factory=list)
    unsplit: list[str] = field(default_factory=list)  # bulletin ids no split file names


def gold_for_split(gold_dir: Path, split: str) -> tuple[list[GoldBulletin], list[dict[str, str]], list[str]]:
    """The split's gold bulletins, the unusable gold files, and the bulletins without a split."""
    if not gold_dir.is_dir():
        raise NothingToScore(f"{gold_dir} is not a folder")
    found = load_gold(gold_dir)
    chosen = select_split(found.bulletins, split)
    if not chosen:
        raise NothingToScore(f"no gold bulletin of split {split!r} under {gold_dir}")
    # Without any split file, no bulletin is missing from one.
    unsplit = [bulletin.id for bulletin in found.bulletins if bulletin.split is None and found.split_files]
    return chosen, found.problems, unsplit


def predict(
    bulletins: list[GoldBulletin], records: list[dict[str, Any]] | None, mode: str | None
) -> dict[Path, Prediction]:
    """Predictions from `records` when given, else from the extractor run in-process."""
    if records is not None:
        return pair_records(bulletins, records)
    return extract_in_process([bulletin.path for bulletin in bulletins], mode=mode)


def evaluate(
    gold_dir: Path,
    split: str = "all",
    *,
    records: list[dict[str, Any]] | None = None,
    mode: str | None = None,
    matcher: NameMatcher | None = None,
) -> Evaluation:
    """Score the gold bulletins of `split` under `gold_dir`.

    `records`: predicted records (e.g. read from a JSONL file); None runs the extractor
    (`mode` picks rules, model or both). Raises NothingToScore, and ImportError when the
    extractor is needed but does not exist.
    """
    bulletins, problems, unsplit = gold_for_split(gold_dir, split)
    predictions = predict(bulletins, records, mode)
    matcher = matcher or NameMatcher()
    scores = [score_bulletin(bulletin, predictions[bulletin.path], matcher) for bulletin in bulletins]
    return Evaluation(gold_dir=gold_dir, split=split, scores=scores, problems=problems, unsplit=unsplit)
