"""`evaluate`: score the extractor against gold bulletins, per fact kind, language and split.

Gold is a folder (its `*.expected.json` and `*review-gold*.json`), one seed-shaped gold
file, or one export of the review page (`pipeline/review/EXPORT.md`).

Exit status: 0 when scored (and no figure is below the floor), 1 when a figure is
below the floor given with --floor, 2 for a usage error (no gold, unreadable
predictions, no extractor to run).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.evaluate import Evaluation, NameMatcher

_REPO = Path(__file__).resolve().parents[2]
DEFAULT_SEEDS = _REPO.parent / "shared" / "seeds"


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "evaluate",
        help="score extraction against gold facts (precision, recall, F1, misses, extras)",
        description=(
            "Find the gold in --gold (a folder searched for *.expected.json and review-page exports "
            "*review-gold*.json, or one such file), keep the bulletins of --split (from split-*.tsv "
            "files in the gold folder or its parents up to corpus/), get predictions (--pred, or the "
            "extractor run in-process) and print precision, recall and F1 per fact kind and language, "
            "field accuracy on matched facts, and every miss and extra. Reviewed bulletins pair with "
            "their records by document id; a partly reviewed one counts as false positives only the "
            "facts the reviewer marked wrong."
        ),
    )
    parser.add_argument(
        "--gold",
        type=Path,
        required=True,
        metavar="FILE_OR_DIR",
        help="folder searched for *.expected.json and *review-gold*.json, or one gold file or review export",
    )
    parser.add_argument("--split", choices=("train", "dev", "dev2", "test", "all"), default="all")
    parser.add_argument("--pred", type=Path, help="records (JSONL) to score instead of running the extractor")
    parser.add_argument("--json", type=Path, dest="json_out", metavar="OUT.json", help="write a JSON report")
    parser.add_argument("--floor", type=Path, help="exit 1 when a test-split F1 is below this floor file")
    parser.add_argument(
        "--raise-floor", action="store_true", help="lift the --floor file to the measured F1 (never lower)"
    )
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="worked examples also scored")
    parser.add_argument("--no-seeds", action="store_true", help="do not score the worked examples")
    parser.add_argument("--ablation", action="store_true", help="also score rules alone, model alone, both")
    parser.add_argument("--summary", action="store_true", help="print figures only, not every miss and extra")
    parser.set_defaults(run=run)


def _usage_problem(args: argparse.Namespace) -> str | None:
    if not args.gold.is_dir() and not args.gold.is_file():
        return f"--gold {args.gold} is neither a folder nor a file"
    if args.pred is not None and not args.pred.is_file():
        return f"--pred {args.pred} is not a file"
    if args.ablation and args.pred is not None:
        return "--ablation runs the extractor in each mode; it cannot score --pred records"
    if args.raise_floor and args.floor is None:
        return "--raise-floor needs --floor FILE"
    if args.floor is not None and args.split not in ("test", "all"):
        return "the floor is kept for the test split: use --split test (or all) with --floor"
    if args.floor is not None and not args.raise_floor and not args.floor.is_file():
        return f"--floor {args.floor} is not a file"
    return None


def _error(message: str) -> int:
    print(f"evaluate: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    from pipeline.evaluate import ABLATION_MODES, NameMatcher, NothingToScore, evaluate
    from pipeline.evaluate.floor import FLOOR_SPLIT, check_floor, load_floor, raised_floor, write_floor
    from pipeline.evaluate.names import load_default_gazetteer
    from pipeline.evaluate.predictions import read_records
    from pipeline.evaluate.report import build_report, run_metadata
    from pipeline.evaluate.table import render_report

    problem = _usage_problem(args)
    if problem:
        return _error(problem)
    try:
        records = read_records(args.pred) if args.pred else None
        floor = load_floor(args.floor) if args.floor and args.floor.is_file() else {}
    except (OSError, ValueError) as error:
        return _error(str(error))

    matcher = NameMatcher(load_default_gazetteer())
    modes = ABLATION_MODES if args.ablation else (None,)
    try:
        runs = {mode: evaluate(args.gold, args.split, records=records, mode=mode, matcher=matcher) for mode in modes}
        seeds = _evaluate_seeds(args, records, matcher)
    except NothingToScore as error:
        return _error(str(error))
    except ImportError as error:
        return _error(f"the extractor cannot run ({error}); score existing records with --pred RECORDS.jsonl")
    main = runs[modes[-1]]
    run_info = run_metadata(
        gold=str(args.gold),
        split=args.split,
        predictions=str(args.pred) if args.pred else "extractor",
        mode="both" if args.ablation else None,
        gazetteer=matcher.gazetteer is not None,
    )
    report = build_report(main, run_info, seeds=seeds, ablation=runs if args.ablation else None)

    failures = []
    if args.floor is not None:
        figures = report["splits"].get(FLOOR_SPLIT)
        if figures is None:
            return _error(f"no {FLOOR_SPLIT} bulletin was scored, so the floor cannot be checked")
        failures = check_floor(figures, floor)
        report["floor"] = {
            "file": str(args.floor),
            "split": FLOOR_SPLIT,
            "passed": not failures,
            "failures": [failure.as_dict() for failure in failures],
        }
        if args.raise_floor:
            write_floor(args.floor, raised_floor(floor, figures))

    if args.json_out:
        args.json_out.parent.mkdir(parents=True, exist_ok=True)
        args.json_out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    sys.stdout.write(render_report(report, listing=not args.summary))
    for failure in failures:
        print(f"evaluate: below the floor: {failure}", file=sys.stderr)
    return 1 if failures else 0


def _evaluate_seeds(
    args: argparse.Namespace, records: list[dict[str, Any]] | None, matcher: NameMatcher
) -> Evaluation | None:
    """The worked examples, when their folder exists; with --pred, only if it has their records."""
    from pipeline.evaluate import NothingToScore, evaluate

    if args.no_seeds or not args.seeds.is_dir():
        return None
    try:
        seeds = evaluate(args.seeds, "all", records=records, matcher=matcher)
    except NothingToScore:
        return None
    if records is not None and all(score.status != "ok" for score in seeds.scores):
        return None
    return seeds
