"""`extract`: bulletins in (HTML, WARC, TXT, JSONL, folders), one JSON record per line out."""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="extract facts from bulletins into JSONL records",
        description="Read bulletins (files or folders: .html/.htm in any charset, .warc/.warc.gz, .txt, "
        ".jsonl) and write one BulletinRecord per line. With --new, read the bulletins the crawler "
        "archived since the last extract and append them to a dated file. Exit 0 when every document "
        "was processed, 1 when some failed (each named on stderr), 2 on a usage error or when the Ray "
        "cluster cannot be started or reached.",
    )
    parser.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders (recursive)")
    parser.add_argument(
        "--out",
        help="output JSONL file, replaced atomically; '-' for stdout. With --new: "
        "the file to append to (default out/records-YYYY-MM-DD.jsonl). With --engine ray: a folder",
    )
    parser.add_argument("--new", action="store_true", help="the crawler's new bulletins (see `crawl`)")
    parser.add_argument("--state", type=Path, help="crawl state file for --new (default: crawl/state.sqlite)")
    parser.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument(
        "--engine",
        choices=("local", "ray"),
        default="local",
        help="local processes, or Ray Data (inputs may be globs or object-storage paths)",
    )
    parser.add_argument(
        "--ray-address", help="Ray cluster address, e.g. ray://head:10001 or auto (default: a local cluster)"
    )
    parser.add_argument(
        "--ray-timeout",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="give up when the Ray cluster is not started or reached within this (default 60)",
    )
    parser.add_argument(
        "--mode", choices=("rules", "model", "both"), default="both", help="institution finders to use (default: both)"
    )
    parser.add_argument("--quiet", action="store_true", help="no summary on stderr")
    parser.set_defaults(run=run)


def _usage_problem(args: argparse.Namespace) -> str | None:
    if args.new and args.inputs:
        return "give INPUT files or --new, not both"
    if not args.new and not args.inputs:
        return "give at least one INPUT file or folder (or --new)"
    if not args.new and not args.out:
        return "--out FILE is required (use - for stdout)"
    if args.workers < 1:
        return "--workers must be at least 1"
    if args.engine == "ray" and (args.new or not args.out or args.out == "-"):
        return "--engine ray needs INPUT paths and --out FOLDER"
    if args.engine != "ray" and args.out and args.out != "-" and Path(args.out).is_dir():
        return f"--out {args.out} is a folder: give the file to write"
    return None


def run(args: argparse.Namespace) -> int:
    problem = _usage_problem(args)
    if problem:
        print(f"extract: {problem}", file=sys.stderr)
        return 2
    if args.engine == "ray":
        return _run_ray(args)
    if args.new:
        return _run_new(args)
    _start_workers(args)
    from pipeline.emit import atomic_output
    from pipeline.inputs import read_raw

    items = read_raw(Path(p) for p in args.inputs)  # parsed where they are extracted
    try:
        with atomic_output(args.out, binary=True) as out:
            summary = _write(_extract(items, args), out)
    except OSError as error:  # the inputs' own errors are Failures: this is the output's
        print(f"extract: cannot write {args.out}: {error.strerror or error}", file=sys.stderr)
        return 2
    return _report(summary, args, args.out)


def _run_new(args: argparse.Namespace) -> int:
    """The crawler's archived bulletins not yet extracted, appended to the day's file."""
    from pipeline.emit import appending_output
    from pipeline.fetch.state import CrawlState, dated_records_path, default_state_path
    from pipeline.inputs import read_archived_raw

    state_path = args.state or default_state_path()
    if not Path(state_path).exists():
        print(f"extract: no crawl state at {state_path}: run `python -m pipeline crawl` first", file=sys.stderr)
        return 2
    out_path = Path(args.out) if args.out else dated_records_path()
    with CrawlState.open(state_path) as state:
        pending = list(state.pending_extraction())
        if not pending:
            if not args.quiet:
                print("extract: nothing new since the last run", file=sys.stderr)
            return 0
        _start_workers(args)
        with appending_output(out_path, binary=True) as out:
            summary = _write(_extract(read_archived_raw(pending), args), out)
        state.mark_extracted(summary.done)
    return _report(summary, args, str(out_path))


def _run_ray(args: argparse.Namespace) -> int:
    from pipeline.engines.ray_engine import RayUnavailable, run_ray

    try:
        written, failed = run_ray(
            list(args.inputs),
            args.out,
            mode=args.mode,
            address=args.ray_address,
            workers=args.workers,
            connect_timeout=args.ray_timeout,
        )
    except RayUnavailable as error:
        print(f"extract: {error}", file=sys.stderr)
        return 2
    if not args.quiet:
        print(f"extract: {written} bulletins written to {args.out}, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


def _start_workers(args: argparse.Namespace) -> None:
    """With --workers, the workers' server starts building the pipelines before this process
    imports anything of its own: the two run side by side instead of one after the other."""
    if args.workers > 1:
        from pipeline.parallel import start_workers

        start_workers()


def _extract(items: Iterable, args: argparse.Namespace) -> Iterator:
    """A `Written` record or a Failure per item, in input order (one process, or --workers)."""
    from pipeline.batch import written
    from pipeline.parallel import extract_parallel

    return extract_parallel(items, workers=args.workers, mode=args.mode, finish=written)


class _Summary:
    def __init__(self) -> None:
        self.facts: Counter[str] = Counter()
        self.read = 0
        self.failed = 0
        self.done: list[str] = []  # document urls or ids written, for the crawl state


def _write(results: Iterable, out: IO[bytes]) -> _Summary:
    from pipeline.bulletin import Failure

    summary = _Summary()
    for result in _progress(results):
        if isinstance(result, Failure):
            summary.failed += 1
            print(str(result), file=sys.stderr)
            continue
        summary.read += 1
        out.write(result.data)  # the serializer's UTF-8 bytes, as they are
        summary.done.append(result.key)
        summary.facts.update(result.facts)  # adds the counts
    return summary


def _report(summary: _Summary, args: argparse.Namespace, out: str) -> int:
    if not args.quiet:
        from pipeline.batch import FACT_KINDS

        facts = ", ".join(f"{kind} {summary.facts[kind]}" for kind in FACT_KINDS)
        print(f"extract: {summary.read} bulletins read, {summary.failed} failed; facts: {facts}", file=sys.stderr)
        if out != "-":
            print(f"extract: records in {out}", file=sys.stderr)
    return 1 if summary.failed else 0


def _progress(results: Iterable) -> Iterable:
    """A progress bar on a terminal, none in CI or when piped."""
    if not sys.stderr.isatty() or os.environ.get("CI"):
        return results
    from tqdm import tqdm

    return tqdm(results, unit=" bulletins", file=sys.stderr, leave=False)
