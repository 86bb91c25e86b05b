"""The whole bench, in the order that keeps the figures clean: one-process timings first (this
process), then the subprocess runs (peak memory, profile, workers, memory growth)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

from pipeline.bench.corpus import GBK_SLOTS, PAGE_BYTES, build_corpus
from pipeline.bench.report import BenchResults, render

REPO = Path(__file__).resolve().parents[2]
ANALYSIS = REPO / "bench" / "ANALYSIS.md"


def run_bench(args: argparse.Namespace, *, command: str) -> BenchResults:
    from pipeline.bench import profile, scale, stack, stages

    warnings.filterwarnings("ignore", category=UserWarning)  # spaCy's alignment notes while training
    _say(f"corpus: {args.pages} pages per language under {args.corpus}")
    pages = build_corpus(args.corpus, args.pages, source=REPO / "corpus" / "bulletins")
    results = BenchResults(command=command, corpus=_describe_corpus(args, pages))
    for language in ("en", "zh"):
        sample = pages[language][: args.sample]
        _say(f"{language}: stages, floors and end to end over {len(sample)} pages")
        results.languages[language] = stages.measure_language(language, sample)
        if "stack" not in args.skip:
            _say(f"{language}: the common stack")
            results.stacks[language] = stack.measure_stack(language, sample, args.corpus / "models")
        if "rss" not in args.skip:
            results.peak_rss[language] = peak_rss_of_extract(sample)
    if "profile" not in args.skip:
        for language in ("en", "zh"):
            _say(f"{language}: profile")
            found = profile.profile_pages(pages[language][: max(12, args.sample // 5)], language)
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


def peak_rss_of_extract(pages: list[Path]) -> int:
    """Peak RSS (bytes) of one `python -m pipeline extract PAGES` process."""
    with tempfile.TemporaryDirectory(prefix="bench-rss-") as scratch:
        command = [sys.executable, "-m", "pipeline", "extract", *map(str, pages), "--out",
                   str(Path(scratch) / "records.jsonl"), "--quiet"]
        process = subprocess.Popen(command, cwd=REPO, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(process.pid, 0)
        process.returncode = 0  # reaped above
    return usage.ru_maxrss * 1024


def _describe_corpus(args: argparse.Namespace, pages: dict[str, list[Path]]) -> str:
    low, high = PAGE_BYTES
    return (f"{len(pages['en'])} English and {len(pages['zh'])} Chinese pages built by `pipeline/bench/corpus.py` "
            f"from `corpus/bulletins/` into `{os.path.relpath(args.corpus, REPO)}/` (gitignored): full pages of "
            f"{low // 1000}-{high // 1000} KB with navigation, breadcrumbs, sidebars, inline scripts and styles, three "
            f"layouts, {len(GBK_SLOTS)} Chinese pages in 5 in GBK; stage timings on the first {args.sample} "
            f"pages of each language")


def _say(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)
