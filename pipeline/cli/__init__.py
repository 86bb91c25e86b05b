"""`python -m pipeline <verb>`: a thin layer over functions that tests call directly.

Each verb lives in its own module here with `add_parser(subparsers)`; heavy imports
happen inside the verb's `run`, so `--help` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys

VERBS = ["extract", "schema", "evaluate", "train", "crawl", "demo", "review", "bench"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Turn education-cooperation news bulletins into reviewable, structured facts.",
    )
    subparsers = parser.add_subparsers(dest="verb", metavar="VERB", required=True)
    for verb in VERBS:
        try:
            module = importlib.import_module(f"pipeline.cli.{verb}")
        except ModuleNotFoundError as missing:
            if missing.name != f"pipeline.cli.{verb}":
                raise
            continue
        module.add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
