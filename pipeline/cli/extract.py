"""`extract`: bulletins in (HTML, WARC, TXT, JSONL, folders), one JSON record per line out."""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

FACT_KINDS = ("institutions", "partnerships", "roles", "role_counts", "events", "people")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="extract facts from bulletins into JSONL records",
        description="Read bulletins (files or folders: .html/.htm in any charset, .warc/.warc.gz, .txt, "
        ".jsonl) and write one BulletinRecord per line. Exit 0 when every document was processed, "
        "1 when some failed (each named on stderr), 2 on a usage error.",
    )
    parser.add_argument("inputs", nargs="*", type=Path, metavar="INPUT", help="files or folders (recursive)")
    parser.add_argument("--out", required=True, help="output JSONL file, replaced atomically; '-' for stdout")
    parser.add_argument(
        "--mode", choices=("rules", "model", "both"), default="both", help="institution finders to use (default: both)"
    )
    parser.add_argument("--quiet", action="store_true", help="no summary on stderr")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.inputs:
        print("extract: give at least one INPUT file or folder", file=sys.stderr)
        return 2
    from pipeline.batch import extract_files
    from pipeline.bulletin import Failure
    from pipeline.emit import atomic_output, record_line

    facts: Counter[str] = Counter()
    read = failed = 0
    missing = [p for p in args.inputs if not p.exists()]
    for path in missing:
        print(f"{path}: no such file or folder", file=sys.stderr)
    results = extract_files([p for p in args.inputs if p.exists()], mode=args.mode)
    with atomic_output(args.out) as out:
        for _path, result in _progress(results):
            if isinstance(result, Failure):
                failed += 1
                print(str(result), file=sys.stderr)
                continue
            read += 1
            out.write(record_line(result))
            for kind in FACT_KINDS:
                facts[kind] += len(getattr(result, kind))
    if not args.quiet:
        summary = ", ".join(f"{kind} {facts[kind]}" for kind in FACT_KINDS)
        print(f"extract: {read} bulletins read, {failed + len(missing)} failed; facts: {summary}", file=sys.stderr)
        if args.out != "-":
            print(f"extract: records in {args.out}", file=sys.stderr)
    return 1 if failed or missing else 0


def _progress(results):
    """A progress bar on a terminal, none in CI or when piped."""
    if not sys.stderr.isatty() or os.environ.get("CI"):
        return results
    from tqdm import tqdm

    return tqdm(results, unit=" bulletins", file=sys.stderr, leave=False)
