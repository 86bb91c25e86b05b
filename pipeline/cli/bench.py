"""`bench`: speed per stage against the floors and the common stack, workers, memory -> bench/RESULTS.md."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "bench",
        help="benchmark every stage against the floors and the common stack; workers; memory",
        description="Build (or reuse) the bench corpus of full pages under bench/corpus/, time each stage per "
        "language, and end to end against the floors (lxml parse, spaCy tokenizer, jieba) and the common stack "
        "(trafilatura + a trained spaCy NER) in interleaved rounds on the same pages, time `extract --workers N`, "
        "watch memory as the input grows, profile, and write bench/RESULTS.md. Takes minutes with the defaults; "
        "--quick for a smoke run.",
    )
    parser.add_argument("--pages", type=int, default=1000, help="bench pages per language (default 1000)")
    parser.add_argument("--sample", type=int, default=96,
                        help="pages per language timed stage by stage and in the rounds (default 96: three batches)")
    parser.add_argument("--rounds", type=int, default=9, metavar="N",
                        help="interleaved rounds of end to end, floors and stack per language; the ratios are "
                        "taken per round and their median reported (default 9: a shared machine's speed moves by up to "
                        "1.6x between rounds, and one run's 5 rounds of a ratio spread over 3.7-5.8; a round costs "
                        "about 25 s for both languages)")
    parser.add_argument("--workers", type=int, default=2, help="workers to compare with one (default 2)")
    parser.add_argument("--workers-repeats", type=int, default=6, metavar="N",
                        help="N-worker runs, each between two one-worker runs (1, N, 1, ..., 1); the median "
                             "speed-up counts (default 6: on a shared machine a neighbour's load costs the "
                             "2-worker run more than the single one, so a few more pairs)")
    parser.add_argument("--memory", type=int, nargs="*", default=[1000, 100_000], metavar="N",
                        help="bulletins to stream for the memory runs (default 1000 100000; none to skip)")
    parser.add_argument("--corpus", type=Path, default=REPO / "bench" / "corpus", help="bench corpus folder")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "RESULTS.md", help="report (Markdown)")
    parser.add_argument("--skip", nargs="*", default=[], choices=("stack", "rss", "profile", "workers", "memory"),
                        help="parts to leave out")
    parser.add_argument("--quick", action="store_true",
                        help="a smoke run: at most 12 pages, 2 rounds, no workers/memory/profile")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pipeline.bench.run import run_bench

    if args.quick:
        args.pages, args.sample, args.memory = min(args.pages, 12), min(args.sample, 6), []
        args.rounds = min(args.rounds, 2)
        args.skip = sorted({*args.skip, "workers", "profile"})
    command = "python -m pipeline bench " + " ".join(sys.argv[2:]) if sys.argv[1:2] == ["bench"] else "bench"
    run_bench(args, command=command.strip())
    print(f"bench: results in {args.out}", file=sys.stderr)
    return 0
