"""`schema`: write the JSON Schema files generated from `schemas/`."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("schema", help="write the JSON Schema of the output records")
    parser.add_argument("--out", type=Path, default=Path("schemas"), help="folder to write into")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pipeline.emit import write_json_schemas

    for path in write_json_schemas(args.out):
        print(path)
    return 0
