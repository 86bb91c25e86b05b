"""Smoke tests of the bench's tools (benchmarks themselves are never timed tests)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pipeline.bench.corpus import PAGE_BYTES, build_corpus, source_bulletins
from pipeline.bench.profile import summarise
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
         "--skip", "stack", "rss", "--corpus", str(tmp_path / "corpus"), "--out", str(out)],
        capture_output=True, text=True, timeout=300, cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    report = out.read_text(encoding="utf-8")
    for heading in ("## Targets", "## English: 2 pages", "## Chinese: 2 pages", "| decode+parse |",
                    "| jieba segmentation |", "| parse + tokenise (the English floor) |", "| institution_resolver |"):
        assert heading in report


def test_workers_section_pairs_each_run_with_the_single_worker_run_before_it() -> None:
    from pipeline.bench.report import BenchResults, render
    from pipeline.bench.scale import WorkersRun

    def run(workers: int, seconds: float) -> WorkersRun:
        return WorkersRun(workers, 2000, seconds, 0.1, cpu=seconds * workers, workers_cpu=seconds * workers)

    runs = [run(1, 100), run(2, 50), run(1, 90), run(2, 60), run(1, 110), run(2, 58)]
    results = BenchResults("bench", "corpus", workers=runs)
    report = render(results)
    # speed-ups 2.0, 1.5 and 1.897: the median pair counts, not the best
    assert "| `--workers 2` vs one worker, 2000 bulletins (median pair) | 1.9x | >= 1.8x | met |" in report
    assert "| 4 | 2 | 60.0 | 33.33 | 1.50x |" in report
    assert "cores wanted" in report
