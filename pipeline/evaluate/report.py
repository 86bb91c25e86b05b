"""The evaluation report as a JSON object: figures per split and language, every miss,
extra and wrong field, and run metadata (table.py renders it as text)."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections import defaultdict
from pathlib import Path
from typing import Any

from pipeline.evaluate.evaluation import Evaluation
from pipeline.evaluate.gold import SPLITS
from pipeline.evaluate.scoring import LANGUAGES, BulletinScore, bulletin_label, display_path, figures_by_language

REPORT_VERSION = 1
_REPO = Path(__file__).resolve().parents[2]
_UNSPLIT = "unsplit"


def _git(*arguments: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", "-C", str(_REPO), *arguments], capture_output=True, text=True, timeout=20, check=True
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip()


def run_metadata(**details: Any) -> dict[str, Any]:
    """When and on what code the figures were measured, plus the run's own `details`."""
    changes = _git("status", "--porcelain", "--untracked-files=no")
    return {
        "commit": _git("rev-parse", "HEAD"),
        "dirty": bool(changes) if changes is not None else None,
        "date": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        **details,
    }


def split_figures(scores: list[BulletinScore], selection: str) -> dict[str, dict[str, Any]]:
    """Split -> language -> figures; with `all` selected, every split and their union
    (only the union when the bulletins are all of one split, or of none)."""
    by_split: dict[str, list[BulletinScore]] = defaultdict(list)
    for score in scores:
        by_split[score.bulletin.split or _UNSPLIT].append(score)
    order = [*SPLITS, _UNSPLIT]
    figures = {split: _as_dicts(figures_by_language(by_split[split])) for split in order if split in by_split}
    if selection == "all":
        if len(figures) == 1:
            figures.clear()
        figures["all"] = _as_dicts(figures_by_language(scores))
    return figures


def _as_dicts(figures: dict[str, Any]) -> dict[str, Any]:
    return {language: figures[language].as_dict() for language in LANGUAGES}


def _bulletin_entry(score: BulletinScore) -> dict[str, Any]:
    bulletin = score.bulletin
    entry = {
        "file": bulletin_label(bulletin),
        "id": bulletin.id,
        "split": bulletin.split,
        "language": bulletin.language,
        "status": score.status,
        "reason": score.reason,
        "facts": {name: counts.as_dict() for name, counts in score.facts.items()},
    }
    if bulletin.review:
        entry["gold"] = display_path(bulletin.expected_path)
        entry["review"] = {"complete": bulletin.complete, "unjudged": len(score.unjudged)}
    return entry


def evaluation_section(evaluation: Evaluation) -> dict[str, Any]:
    """Figures, bulletins and every miss, extra and wrong field of one evaluation."""
    scores = evaluation.scores
    return {
        "gold": display_path(evaluation.gold_dir),
        "split": evaluation.split,
        "splits": split_figures(scores, evaluation.split),
        "bulletins": [_bulletin_entry(score) for score in scores],
        "misses": [miss for score in scores for miss in score.misses],
        "extras": [extra for score in scores for extra in score.extras],
        "mismatches": [mismatch for score in scores for mismatch in score.mismatches],
        "unjudged": [prediction for score in scores for prediction in score.unjudged],
        "problems": evaluation.problems,
        "unsplit": evaluation.unsplit,
    }


def build_report(
    main: Evaluation,
    run: dict[str, Any],
    *,
    seeds: Evaluation | None = None,
    ablation: dict[str, Evaluation] | None = None,
) -> dict[str, Any]:
    report: dict[str, Any] = {"report_version": REPORT_VERSION, "run": run}
    report.update(evaluation_section(main))
    report["seeds"] = evaluation_section(seeds) if seeds else None
    report["ablation"] = (
        {mode: split_figures(evaluation.scores, evaluation.split) for mode, evaluation in ablation.items()}
        if ablation
        else None
    )
    report["floor"] = None
    return report
