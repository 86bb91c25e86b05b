"""`bench/RESULTS.md`: the machine, the versions and every figure the bench measured.

The analysis (where time goes, what was done, what is left) is written by people in
`bench/ANALYSIS.md` and copied in below the figures, so a new run keeps it.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from pipeline.bench.profile import FunctionShare
from pipeline.bench.rounds import END_TO_END, STACK_PARTS
from pipeline.bench.scale import MemoryRun, WorkersRun, speedups, workers_table
from pipeline.bench.stack import StackFigures
from pipeline.bench.stages import STAGES, LanguageFigures
from pipeline.bench.timing import Timing

PACKAGES = ("spacy", "jieba", "lxml", "trafilatura", "pydantic", "ray", "py-spy")
TARGET_EN_FLOOR = 0.25
TARGET_ZH_JIEBA = 0.75
TARGET_STACK = 5.0
TARGET_WORKERS = 1.8


@dataclass
class BenchResults:
    command: str
    corpus: str
    rounds: int = 0  # interleaved rounds of end to end, floors and stack per language
    languages: dict[str, LanguageFigures] = field(default_factory=dict)
    stacks: dict[str, StackFigures] = field(default_factory=dict)
    peak_rss: dict[str, int] = field(default_factory=dict)  # language -> bytes, one `extract` process
    profiles: dict[str, tuple[list[FunctionShare], int]] = field(default_factory=dict)
    workers: list[WorkersRun] = field(default_factory=list)
    memory: list[MemoryRun] = field(default_factory=list)


def render(results: BenchResults, analysis: str = "") -> str:
    parts = [_header(results), _targets(results)]
    for language, figures in results.languages.items():
        parts.append(_language_section(figures, results.stacks.get(language), results.peak_rss.get(language)))
    parts += [_workers_section(results.workers), _memory_section(results.memory)]
    for language, (shares, samples) in results.profiles.items():
        parts.append(_profile_section(language, shares, samples))
    if analysis:
        parts.append(analysis.strip() + "\n")
    return "\n".join(part for part in parts if part)


def _header(results: BenchResults) -> str:
    versions = ", ".join(f"{name} {_version(name)}" for name in PACKAGES)
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"""# Bench results

Measured {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC with `{results.command}`.
Machine: {_cpu()}, {os.cpu_count()} cores, {memory:.0f} GiB RAM, load average {os.getloadavg()[0]:.2f} at the end
(the machine is shared: per-core figures are CPU time of one process, so a neighbour's load does not count
against them; the workers figures are wall time). Python {platform.python_version()}; {versions}.
Corpus: {results.corpus}.
{_rounds_sentence(results.rounds)}"""


def _rounds_sentence(rounds: int) -> str:
    if not rounds:
        return ""
    return (f"End to end, the floors and the common stack are timed in {rounds} rounds per language, each round "
            "running every one of them once over the same pages, interleaved batch by batch in a turning order, so "
            "that both sides of a ratio share the moments of a machine whose speed moves; each ratio is taken "
            "within a round, and the figure given is its median over the rounds (the rounds' values in brackets, "
            "in round order).\n")


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def _targets(results: BenchResults) -> str:
    rows = []
    en, zh = results.languages.get("en"), results.languages.get("zh")
    if en and en.ratios(en.floor_parts):
        rows.append(_rounds_target_row("English end to end vs floor (lxml parse + spaCy tokenizer)",
                                       en.ratios(en.floor_parts), TARGET_EN_FLOOR))
    if zh and zh.ratios(zh.floor_parts):
        rows.append(_rounds_target_row("Chinese end to end vs jieba's own segmentation",
                                       zh.ratios(zh.floor_parts), TARGET_ZH_JIEBA))
    for language, figures in results.languages.items():
        if figures.ratios(STACK_PARTS):
            rows.append(_rounds_target_row(f"{_name(language)} end to end vs the common stack",
                                           figures.ratios(STACK_PARTS), TARGET_STACK))
    speedup = _speedup(results.workers)
    if speedup:
        what = (f"`--workers {speedup[0]}` vs one worker, {results.workers[0].docs} bulletins "
                "(median run, against the single runs around it)")
        rows.append(_target_row(what, speedup[1], TARGET_WORKERS))
    if len(results.memory) >= 2:
        small, large = results.memory[0], results.memory[-1]
        ratio = large.peak_bytes / small.peak_bytes
        rows.append(f"| peak memory, {large.docs:,} vs {small.docs:,} bulletins streamed | {ratio:.2f}x | "
                    f"at most 1x (flat) | {'met' if ratio <= 1.05 else 'NOT met'} |")
    if not rows:
        return ""
    return "## Targets\n\n| what | measured | target | |\n| --- | --- | --- | --- |\n" + "\n".join(rows) + "\n"


def _target_row(what: str, ratio: float, target: float, detail: str = "") -> str:
    return f"| {what} | {ratio:.3g}x{detail} | >= {target:g}x | {'met' if ratio >= target else 'NOT met'} |"


def _rounds_target_row(what: str, ratios: list[float], target: float) -> str:
    """The median of the per-round ratios counts; the rounds' values follow it, in round order."""
    return _target_row(what, statistics.median(ratios), target, _per_round(ratios))


def _per_round(ratios: list[float], form: str = ".3g") -> str:
    return f" ({' / '.join(format(ratio, form) for ratio in ratios)})" if len(ratios) > 1 else ""


def _median_ratio(ratios: list[float]) -> str:
    return f"{statistics.median(ratios):.3f}{_per_round(ratios, '.3f')}" if ratios else ""


def _name(language: str) -> str:
    return {"en": "English", "zh": "Chinese"}[language]


def _language_section(figures: LanguageFigures, stack: StackFigures | None, peak: int | None) -> str:
    model = {"config": "in the pipeline config", "attached": "attached by the bench (`pipeline.train.attach`)",
             "": "absent (rules only)"}[figures.model_in_use]
    lines = [
        f"## {_name(figures.language)}: {figures.docs} pages, {figures.page_bytes / figures.docs / 1000:.1f} KB "
        f"a page, {figures.text_chars / figures.docs:,.0f} characters of article text a page",
        "",
        f"Trained model (`institution_model`): {model}. Bulletins/s and MB/s of pages per core (CPU time, one "
        "process, warm); share: of the stages' summed time. The stages and components are a breakdown measured "
        f"once, before the rounds; end to end, the floors and the stack are the median of the {len(figures.rounds)} "
        "rounds, and their ratios the median of the per-round ratios (round values in brackets).",
        "",
        "| stage | bulletins/s | MB/s | share |",
        "| --- | ---: | ---: | ---: |",
    ]
    total = sum(figures.stages[s].cpu for s in STAGES if s in figures.stages)
    for stage in STAGES:
        if stage in figures.stages:
            lines.append(_rate_row(stage, figures.stages[stage], figures.stages[stage].cpu / total))
    e2e = figures.end_to_end
    if e2e:
        lines.append(f"| **end to end** (files in, JSON lines out) | **{e2e.per_second:.1f}** | "
                     f"**{e2e.mb_per_second:.2f}** | |")
    lines += _floor_lines(figures)
    with_stack = bool(stack and figures.ratios(STACK_PARTS))
    if stack and with_stack:
        lines += _stack_lines(figures, stack)
    lines += ["", _rounds_table(figures, with_stack)]
    lines += ["", "Components (pipeline order, measured once; the NLP, linking and extractor stages above are their "
              "sums):", "", "| component | bulletins/s | share |", "| --- | ---: | ---: |"]
    for name, timing in figures.components.items():
        if timing.cpu <= 0:  # a difference of two timings, below what the clock resolves
            lines.append(f"| {name} | too fast to time | 0% |")
        else:
            lines.append(f"| {name} | {timing.per_second:,.1f} | {timing.cpu / total:.1%} |")
    if peak:
        lines += ["", f"Peak memory of one `extract` process over these pages: {peak / 2**20:.0f} MiB."]
    return "\n".join(lines) + "\n"


def _floor_lines(figures: LanguageFigures) -> list[str]:
    lines = ["", "| floor, same pages, same rounds | bulletins/s | MB/s | end to end / floor |",
             "| --- | ---: | ---: | ---: |"]
    rows = [(name, (name,)) for name in figures.floors]
    if len(figures.floor_parts) > 1:
        rows.append(("parse + tokenise (the English floor)", figures.floor_parts))
    return lines + [_median_row(figures, name, parts) for name, parts in rows]


def _stack_lines(figures: LanguageFigures, stack: StackFigures) -> list[str]:
    ner = figures.median(STACK_PARTS[1:])
    words = stack.words / ner.cpu if ner and ner.cpu else float("inf")
    lines = ["", f"Common stack (trafilatura with metadata, then the trained NER `{stack.model}` over the whole "
             f"text, {words:,.0f} words/s):", "",
             "| common stack | bulletins/s | MB/s | end to end / it |", "| --- | ---: | ---: | ---: |"]
    for name, parts in (("trafilatura", STACK_PARTS[:1]), ("spaCy NER", STACK_PARTS[1:]), ("both", STACK_PARTS)):
        lines.append(_median_row(figures, name, parts))
    return lines


def _median_row(figures: LanguageFigures, name: str, parts: tuple[str, ...]) -> str:
    """A measurement (or the sum of several) in its median round, and end to end's median ratio to it."""
    timing = figures.median(parts)
    if timing is None:
        return f"| {name} | | | |"
    return (f"| {name} | {timing.per_second:.1f} | {timing.mb_per_second:.2f} | "
            f"{_median_ratio(figures.ratios(parts))} |")


def _rounds_table(figures: LanguageFigures, with_stack: bool) -> str:
    """Each round: the order it ran in, its speeds and ratios, the load average before and after."""
    stack_head = " stack | end to end / stack |" if with_stack else ""
    lines = ["The rounds (bulletins/s, CPU time; order: of the round's first batch of pages, turned by one at "
             "each next batch; load: 1-minute load average before / after the round):", "",
             f"| round | order | end to end | floor | end to end / floor |{stack_head} load |",
             "| ---: | --- | ---: | ---: | ---: |" + (" ---: | ---: |" if with_stack else "") + " --- |"]
    for number, round_ in enumerate(figures.rounds, 1):
        e2e, floor = round_.total((END_TO_END,)), round_.total(figures.floor_parts)
        cells = [str(number), ", ".join(round_.order), _speed(e2e), _speed(floor), _speed_ratio(e2e, floor)]
        if with_stack:
            stack = round_.total(STACK_PARTS)
            cells += [_speed(stack), _speed_ratio(e2e, stack)]
        cells.append(f"{round_.load_before:.2f} / {round_.load_after:.2f}")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _speed(timing: Timing | None) -> str:
    return f"{timing.per_second:.1f}" if timing else ""


def _speed_ratio(numerator: Timing | None, denominator: Timing | None) -> str:
    return f"{numerator.per_second / denominator.per_second:.3f}" if numerator and denominator else ""


def _rate_row(name: str, timing: Timing, share: float) -> str:
    return f"| {name} | {timing.per_second:,.1f} | {timing.mb_per_second:.2f} | {share:.1%} |"


def _speedup(runs: list[WorkersRun]) -> tuple[int, float] | None:
    """N and the median speed-up of the N-worker runs, each against the single runs around it."""
    found = speedups(runs)
    if not found:
        return None
    return next(run.workers for run in runs if run.workers > 1), statistics.median(found)


def _workers_section(runs: list[WorkersRun]) -> str:
    if not runs:
        return ""
    lines = [f"## `extract --workers N` on {runs[0].docs:,} bulletins (the bench pages, both languages)", "",
             "Wall time of `python -m pipeline extract bench/corpus/en bench/corpus/zh --workers N`, "
             "start-up included, runs interleaved (1, N, 1, N ..., 1), each N compared with the mean of the "
             "one-worker runs before and after it (the machine's speed drifts from minute to minute). "
             "CPU s: all processes of the run, and those that extract (the parent itself with one "
             "worker); cores used: the extracting processes' CPU over wall time; cores wanted: the same "
             "plus the time they were runnable but had no core (a neighbour held it); others' cores: the CPU "
             "the rest of the machine used during the run over its wall time (a neighbour's load costs the "
             "N-worker run, which needs every core, more than the single one, which leaves one free).",
             "", workers_table(runs)]
    return "\n".join(lines) + "\n"


def _memory_section(runs: list[MemoryRun]) -> str:
    if not runs:
        return ""
    lines = ["## Memory as the input grows", "",
             "Bulletins streamed from a generator (the corpus bulletins cycled, each with its own id) through "
             "`extract_parallel` into /dev/null; RSS of the whole process tree (parent, fork server, workers) "
             "sampled every 0.25 s.", "",
             "| bulletins | workers | seconds | peak RSS, all processes | processes | RSS after 1,000 |",
             "| ---: | ---: | ---: | ---: | ---: | ---: |"]
    for run in runs:
        first = f"{run.after_first_thousand / 2**20:.0f} MiB" if run.after_first_thousand else ""
        lines.append(f"| {run.docs:,} | {run.workers} | {run.seconds:.0f} | {run.peak_bytes / 2**20:.0f} MiB | "
                     f"{run.processes} | {first} |")
    return "\n".join(lines) + "\n"


def _profile_section(language: str, shares: list[FunctionShare], samples: int, top: int = 20) -> str:
    lines = [f"## Profile, {_name(language)} (py-spy, {samples} samples of an end-to-end run)", "",
             "Inclusive: share of samples with the function on the stack; own: on top (spaCy's Cython work, "
             "such as building `Token` objects for `doc.text`, counts as the caller's own).", "",
             "| function | inclusive | own |", "| --- | ---: | ---: |"]
    for share in shares[:top]:
        lines.append(f"| `{share.function}` | {share.inclusive:.1%} | {share.own:.1%} |")
    return "\n".join(lines) + "\n"
