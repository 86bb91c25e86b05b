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
    """No usable gold bulletin in the requested gold and split."""


@dataclass
class Evaluation:
    gold_dir: Path  # the gold folder or file
    split: str
    scores: list[BulletinScore]
    problems: list[dict[str, str]] = field(default_factory=list)
    unsplit: list[str] = field(default_factory=list)  # bulletin ids no split file names


def gold_for_split(gold: Path, split: str) -> tuple[list[GoldBulletin], list[dict[str, str]], list[str]]:
    """The split's gold bulletins, the unusable gold files, and the bulletins without a split.
    `gold` is a folder, a seed-shaped gold file or a review export."""
    if not gold.is_dir() and not gold.is_file():
        raise NothingToScore(f"{gold} is neither a folder nor a file")
    found = load_gold(gold)
    chosen = select_split(found.bulletins, split)
    if not chosen:
        reasons = "".join(f"; {problem['file']}: {problem['reason']}" for problem in found.problems[:3])
        raise NothingToScore(f"no gold bulletin of split {split!r} in {gold}{reasons}")
    # Without any split file, no bulletin is missing from one.
    unsplit = [bulletin.id for bulletin in found.bulletins if bulletin.split is None and found.split_files]
    return chosen, found.problems, unsplit


def _with_records(bulletins: list[GoldBulletin]) -> str:
    names = sorted({bulletin.review.records for bulletin in bulletins if bulletin.review and bulletin.review.records})
    return f"score the records that were reviewed with --pred {' or '.join(names) or 'RECORDS.jsonl'}"


def runnable(bulletins: list[GoldBulletin]) -> tuple[list[GoldBulletin], list[GoldBulletin]]:
    """The bulletins the extractor can run on, and the review-gold bulletins that name no
    file (only a document id): those need the records that were reviewed."""
    return [b for b in bulletins if b.path is not None], [b for b in bulletins if b.path is None]


def _unrunnable_problem(bulletin: GoldBulletin) -> dict[str, str]:
    reason = "names no bulletin file to run the extractor on; " + _with_records([bulletin])
    return {"file": f"{bulletin.expected_path}#{bulletin.id}", "reason": reason}


def predict(
    bulletins: list[GoldBulletin], records: list[dict[str, Any]] | None, mode: str | None
) -> dict[GoldBulletin, Prediction]:
    """Predictions from `records` when given, else from the extractor run in-process."""
    if records is not None:
        return pair_records(bulletins, records)
    by_path = extract_in_process([bulletin.path for bulletin in bulletins if bulletin.path], mode=mode)
    return {bulletin: by_path[bulletin.path] for bulletin in bulletins if bulletin.path}


def evaluate(
    gold_dir: Path,
    split: str = "all",
    *,
    records: list[dict[str, Any]] | None = None,
    mode: str | None = None,
    matcher: NameMatcher | None = None,
) -> Evaluation:
    """Score the gold bulletins of `split` in `gold_dir` (a folder, a gold file or a review export).

    `records`: predicted records (e.g. read from a JSONL file); None runs the extractor
    (`mode` picks rules, model or both) on the bulletins whose files the gold names.
    Raises NothingToScore, and ImportError when the extractor is needed but does not exist.
    """
    bulletins, problems, unsplit = gold_for_split(gold_dir, split)
    if records is None:
        bulletins, unrunnable = runnable(bulletins)
        problems = [*problems, *(_unrunnable_problem(bulletin) for bulletin in unrunnable)]
        if not bulletins:
            raise NothingToScore(
                f"no gold bulletin in {gold_dir} names a file to run the extractor on: " + _with_records(unrunnable)
            )
    predictions = predict(bulletins, records, mode)
    matcher = matcher or NameMatcher()
    scores = [score_bulletin(bulletin, predictions[bulletin], matcher) for bulletin in bulletins]
    return Evaluation(gold_dir=gold_dir, split=split, scores=scores, problems=problems, unsplit=unsplit)
