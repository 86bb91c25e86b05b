"""`review`: write the static review page for a records JSONL file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "review",
        help="write a self-contained review page (DIR/index.html) for extracted records",
        description=(
            "Write DIR/index.html: one static page, opened from disk, where a reviewer checks each "
            "fact against its words, marks it correct or wrong, adds missed facts and exports them "
            "as gold facts (review-gold.json). Bad input lines are reported as FILE:LINE and skipped; "
            "exit status 1 when any was skipped."
        ),
    )
    parser.add_argument("records", type=Path, metavar="RECORDS.jsonl", help="output of `extract`")
    parser.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder to write the page into")
    parser.add_argument(
        "--label-studio",
        action="store_true",
        help="also write DIR/label-studio/tasks.json (text plus pre-annotated spans) and config.xml",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pipeline.review import build_review

    if not args.records.is_file():
        print(f"review: {args.records}: no such file", file=sys.stderr)
        return 2
    report = build_review(args.records, args.out, label_studio=args.label_studio)
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(f"{report.page} ({report.bulletins} bulletins)")
    for path in report.label_studio:
        print(path)
    return 1 if report.skipped else 0
