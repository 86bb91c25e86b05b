"""The whole bench, in the order that keeps the figures clean: one-process timings first (this
process: per language the stage breakdown once, then the interleaved rounds of end to end,
floors and stack), then the subprocess runs (peak memory, profile, workers, memory growth)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

from pipeline.bench.corpus import GBK_SLOTS, PAGE_BYTES, build_corpus
from pipeline.bench.report import BenchResults, render
from pipeline.bench.rounds import Round, run_rounds, slices
from pipeline.bench.stack import StackFigures
from pipeline.bench.stages import LanguageFigures

REPO = Path(__file__).resolve().parents[2]
ANALYSIS = REPO / "bench" / "ANALYSIS.md"
PROFILE_PAGES = 30  # pages a language's py-spy profile runs over (about 200 samples)
STARTED = time.monotonic()


def run_bench(args: argparse.Namespace, *, command: str) -> BenchResults:
    from pipeline.bench import profile, scale

    warnings.filterwarnings("ignore", category=UserWarning)  # spaCy's alignment notes while training
    _say(f"corpus: {args.pages} pages per language under {args.corpus}")
    pages = build_corpus(args.corpus, args.pages, source=REPO / "corpus" / "bulletins")
    results = BenchResults(command=command, corpus=_describe_corpus(args, pages), rounds=args.rounds)
    for language in ("en", "zh"):
        sample = pages[language][: args.sample]
        results.languages[language] = _measure_language(language, sample, args, results.stacks)
        if "rss" not in args.skip:
            results.peak_rss[language] = peak_rss_of_extract(sample)
    if "profile" not in args.skip:
        for language in ("en", "zh"):
            _say(f"{language}: profile")
            found = profile.profile_pages(pages[language][:PROFILE_PAGES], language)
            if found:
                results.profiles[language] = found
    if "workers" not in args.skip:
        _say(f"workers: 1 and {args.workers} over {2 * args.pages} bulletins, {args.workers_repeats} times")
        folders = [args.corpus / "en", args.corpus / "zh"]
        results.workers = scale.measure_workers(
            folders, 2 * args.pages, (1, args.workers), repeats=args.workers_repeats
        )
    if "memory" not in args.skip:
        for docs in args.memory:
            _say(f"memory: {docs} bulletins streamed through {args.workers} workers")
            results.memory.append(scale.measure_memory(docs, args.workers))
    analysis = ANALYSIS.read_text(encoding="utf-8") if ANALYSIS.exists() else ""
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(results, analysis), encoding="utf-8")
    return results


def _measure_language(language: str, sample: list[Path], args: argparse.Namespace,
                      stacks: dict[str, StackFigures]) -> LanguageFigures:
    """The stage breakdown (once), then `args.rounds` interleaved rounds of end to end, floors and
    the stack over the same pages, each measurement run once before them (warm). The rounds go
    slice by slice of `extract`'s batch size, so end to end batches the pages as a whole run does."""
    from pipeline.batch import BATCH_SIZE
    from pipeline.bench import stack, stages

    _say(f"{language}: stages over {len(sample)} pages (once)")
    figures, loaded = stages.measure_language(language, sample)
    measures = stages.round_measures(loaded)
    if "stack" not in args.skip:
        _say(f"{language}: loading the common stack")
        common = stack.prepare_stack(language, sample, args.corpus / "models")
        stacks[language] = common.figures
        measures |= stack.stack_measures(common)
    _say(f"{language}: {args.rounds} rounds of {', '.join(measures)}")
    figures.rounds = run_rounds(measures, args.rounds, slices(len(sample), BATCH_SIZE), on_round=_say_round)
    return figures


# The child reports its own high-water mark: the kernel carries a parent's peak RSS over fork and exec
# into the child's rusage (`ru_maxrss`), so a child of this (large) bench process would report the bench's.
_REPORT_OWN_PEAK = """
import atexit, runpy, sys
def report():
    with open("/proc/self/status") as status:
        sys.stderr.write(next(line for line in status if line.startswith("VmHWM:")))
atexit.register(report)
sys.argv[0] = "pipeline"
runpy.run_module("pipeline", run_name="__main__", alter_sys=True)
"""


def peak_rss_of_extract(pages: list[Path]) -> int:
    """Peak RSS (bytes) of one `python -m pipeline extract PAGES` process, as the process itself
    reads it (`VmHWM`)."""
    with tempfile.TemporaryDirectory(prefix="bench-rss-") as scratch:
        command = [sys.executable, "-c", _REPORT_OWN_PEAK, "extract", *map(str, pages), "--out",
                   str(Path(scratch) / "records.jsonl"), "--quiet"]
        done = subprocess.run(command, cwd=REPO, stderr=subprocess.PIPE, text=True, check=False)
    peak = [line for line in done.stderr.splitlines() if line.startswith("VmHWM:")]
    if not peak:
        raise RuntimeError(f"extract reported no peak memory (exit {done.returncode}): {done.stderr[-500:]}")
    return int(peak[-1].split()[1]) * 1024  # kB


def _describe_corpus(args: argparse.Namespace, pages: dict[str, list[Path]]) -> str:
    low, high = PAGE_BYTES
    return (f"{len(pages['en'])} English and {len(pages['zh'])} Chinese pages built by `pipeline/bench/corpus.py` "
            f"from `corpus/bulletins/` into `{os.path.relpath(args.corpus, REPO)}/` (gitignored): full pages of "
            f"{low // 1000}-{high // 1000} KB with navigation, breadcrumbs, sidebars, inline scripts and styles, three "
            f"layouts, {len(GBK_SLOTS)} Chinese pages in 5 in GBK; stage timings on the first {args.sample} "
            f"pages of each language")


def _say_round(done: Round) -> None:
    figures = ", ".join(f"{name} {timing.cpu:.2f}" for name, timing in done.timings.items())
    _say(f"  round: {figures} (CPU s); load {done.load_before:.2f} -> {done.load_after:.2f}")


def _say(message: str) -> None:
    minutes, seconds = divmod(int(time.monotonic() - STARTED), 60)
    print(f"bench [{minutes}:{seconds:02d}]: {message}", file=sys.stderr, flush=True)
