"""Smoke tests of the bench's tools (benchmarks themselves are never timed tests)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from pipeline.bench.corpus import PAGE_BYTES, build_corpus, source_bulletins
from pipeline.bench.profile import summarise
from pipeline.bench.rounds import Round, run_rounds, slices
from pipeline.bench.stack import StackFigures
from pipeline.bench.stages import LanguageFigures
from pipeline.bench.timing import Timing
from pipeline.parse.html import parse_html

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "corpus" / "bulletins"


def test_bench_pages_are_full_pages_that_parse_back_to_their_bulletin(tmp_path: Path) -> None:
    pages = build_corpus(tmp_path, 6, source=CORPUS)
    leads = source_bulletins(CORPUS)
    charsets = set()
    for language in ("en", "zh"):
        assert len(pages[language]) == 6
        for number, page in enumerate(pages[language]):
            data = page.read_bytes()
            assert PAGE_BYTES[0] <= len(data) <= PAGE_BYTES[1] + 4_000
            assert b"<script" in data and any(nav in data for nav in (b"<nav", b'class="nav"', b"navtable"))
            charsets.add("gbk" if b"charset=gbk" in data else "utf-8")
            bulletin = parse_html(data, origin=str(page))
            lead = leads[language][number % len(leads[language])]
            assert bulletin.language == language
            assert lead.text.split("\n")[0].strip() in bulletin.text  # the article, not the chrome
            assert bulletin.publication_date() == lead.publication_date()
    assert charsets == {"gbk", "utf-8"}


def test_the_corpus_is_deterministic_and_reused_when_built_alike(tmp_path: Path) -> None:
    first = build_corpus(tmp_path / "a", 2, source=CORPUS)
    second = build_corpus(tmp_path / "b", 2, source=CORPUS)
    assert [p.read_bytes() for p in first["zh"]] == [p.read_bytes() for p in second["zh"]]
    stamp = first["en"][0].stat().st_mtime_ns
    build_corpus(tmp_path / "a", 2, source=CORPUS)
    assert first["en"][0].stat().st_mtime_ns == stamp


def test_profile_counts_only_the_timed_run_and_the_projects_functions() -> None:
    collapsed = "\n".join([
        "<module> (x.py:1);load_pipeline (/r/pipeline/nlp/__init__.py:3) 50",
        "_run (/r/pipeline/bench/profile.py:9);timed_run (/r/pipeline/bench/profile.py:2);"
        "extract_bulletin (/r/pipeline/batch.py:23);evidence (/r/pipeline/extract/spans.py:15) 30",
        "_run (/r/pipeline/bench/profile.py:9);timed_run (/r/pipeline/bench/profile.py:2);"
        "extract_bulletin (/r/pipeline/batch.py:23) 10",
    ])
    shares, total = summarise(collapsed)
    assert total == 40
    by_name = {s.function.split("pipeline/", 1)[1]: s for s in shares}
    assert by_name["batch.py:extract_bulletin"].inclusive == 1.0
    assert by_name["extract/spans.py:evidence"].own == 0.75
    assert not any("bench/" in name for name in by_name)


def test_bench_command_writes_results_with_figures_and_targets(tmp_path: Path) -> None:
    out = tmp_path / "RESULTS.md"
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "bench", "--quick", "--pages", "2", "--sample", "2",
         "--skip", "rss", "--corpus", str(tmp_path / "corpus"), "--out", str(out)],
        capture_output=True, text=True, timeout=300, cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    report = out.read_text(encoding="utf-8")
    for heading in ("## Targets", "## English: 2 pages", "## Chinese: 2 pages", "| decode+parse |",
                    "| jieba segmentation |", "| parse + tokenise (the English floor) |", "| institution_resolver |",
                    "| trafilatura |", "| both |", "timed in 2 rounds per language"):
        assert heading in report
    targets = [line for line in report.splitlines() if line.startswith("| English end to end vs")]
    assert len(targets) == 2 and all(re.search(r"\| [\d.]+x \([\d.e+-]+ / [\d.e+-]+\) \|", row) for row in targets)
    assert re.search(r"^\| 2 \| spaCy tokenizer, trafilatura, spaCy NER, end to end, lxml parse \|", report, re.M)


def _round(order: tuple[str, ...], cpu: dict[str, float]) -> Round:
    return Round(order, {name: Timing(10, 600_000, seconds, seconds) for name, seconds in cpu.items()}, 1.0, 1.5)


def test_targets_are_the_median_of_the_per_round_ratios_not_the_ratio_of_medians() -> None:
    from pipeline.bench.report import BenchResults, render

    names = ("end to end", "lxml parse", "spaCy tokenizer", "trafilatura", "spaCy NER")
    rounds = [_round(names, dict(zip(names, cpu, strict=True))) for cpu in
              ((1.0, 0.1, 0.1, 1.0, 4.0), (2.0, 0.1, 0.2, 1.0, 8.0), (4.0, 0.4, 0.8, 2.0, 10.0))]
    figures = LanguageFigures("en", 10, 600_000, 5_000, rounds=rounds)
    report = render(BenchResults("bench", "corpus", rounds=3, languages={"en": figures},
                                 stacks={"en": StackFigures("en", "models/en_ner", 50_000)}))
    # floor / end to end per round: 0.2, 0.15, 0.3 (median 0.2); medians alone would give 0.3 / 2 = 0.15
    assert "| English end to end vs floor (lxml parse + spaCy tokenizer) | 0.2x (0.2 / 0.15 / 0.3) |" in report
    # stack / end to end per round: 5, 4.5, 3 (median 4.5), which misses 5x
    assert "| English end to end vs the common stack | 4.5x (5 / 4.5 / 3) | >= 5x | NOT met |" in report
    assert "| **end to end** (files in, JSON lines out) | **5.0** |" in report  # 10 pages, median 2 s
    assert "| 3 | end to end, lxml parse, spaCy tokenizer, trafilatura, spaCy NER | 2.5 | 8.3 | 0.300 |" in report


def test_rounds_time_every_measurement_once_a_slice_in_a_turning_order() -> None:
    calls: list[tuple[str, int]] = []

    def measure(name: str):
        def timed(part: slice) -> Timing:
            calls.append((name, part.start))
            return Timing(part.stop - part.start, 100 * (part.stop - part.start), 0.5, 0.5)
        return timed

    names = ("end to end", "lxml parse", "jieba segmentation", "trafilatura", "spaCy NER")
    parts = slices(70, 32)
    assert parts == [slice(0, 32), slice(32, 64), slice(64, 70)]
    done = run_rounds({name: measure(name) for name in names}, 3, parts)
    assert len(calls) == 3 * 3 * 5
    batches = [calls[start : start + 5] for start in range(0, len(calls), 5)]
    assert all(sorted(name for name, _ in batch) == sorted(names) for batch in batches)
    assert all(len({start for _, start in batch}) == 1 for batch in batches)  # a slice through all, then the next
    firsts = [batch[0][0] for batch in batches]
    assert set(firsts) == set(names)  # no measurement always first
    assert len({round_.order for round_ in done}) == 3
    for round_ in done:
        assert {name: (t.docs, t.page_bytes, t.cpu) for name, t in round_.timings.items()} == {
            name: (70, 7_000, 1.5) for name in names}


def test_workers_section_sets_each_run_against_the_single_worker_runs_around_it() -> None:
    from pipeline.bench.report import BenchResults, render
    from pipeline.bench.scale import WorkersRun

    def run(workers: int, seconds: float) -> WorkersRun:
        return WorkersRun(workers, 2000, seconds, 0.1, cpu=seconds * workers, workers_cpu=seconds * workers)

    runs = [run(1, 100), run(2, 50), run(1, 80), run(2, 60), run(1, 110), run(2, 58), run(1, 122)]
    results = BenchResults("bench", "corpus", workers=runs)
    report = render(results)
    # against the mean of the singles on either side: 90/50 = 1.8, 95/60 = 1.583, 116/58 = 2.0;
    # the median run counts, not the best (against the single before only: 2.0, 1.33, 1.897)
    assert "2000 bulletins (median run, against the single runs around it) | 1.8x | >= 1.8x | met |" in report
    assert "| 4 | 2 | 60.0 | 33.33 | 1.58x |" in report
    assert "| 7 | 1 | 122.0 | 16.39 | 1.00x |" in report
    assert "cores wanted" in report


def test_the_workers_table_shows_the_cores_the_rest_of_the_machine_used_during_each_run() -> None:
    import os

    from pipeline.bench.scale import WorkersRun, busy_cpu_seconds, workers_table

    ticks = os.sysconf("SC_CLK_TCK")
    # user nice system idle iowait irq softirq steal guest guest_nice: idle and iowait are not busy
    stat = f"cpu  {10 * ticks} {ticks} {3 * ticks} {500 * ticks} {7 * ticks} 0 {ticks} {2 * ticks} 0 0\ncpu0 1 2 3"
    assert busy_cpu_seconds(stat) == 17.0
    assert busy_cpu_seconds() > 0  # this machine's own
    quiet = WorkersRun(1, 2000, 40.0, 0.1, cpu=40.0, workers_cpu=40.0)
    shared = WorkersRun(2, 2000, 25.0, 0.1, cpu=44.0, workers_cpu=40.0, workers_waiting=5.0, others_cpu=10.0)
    rows = workers_table([quiet, shared, quiet]).splitlines()
    assert "others' cores" in rows[0]
    assert "| 0.00 |" in rows[2]
    assert "| 1.60x | 44 | 40 | 1.60 | 1.80 | 0.40 |" in rows[3]
