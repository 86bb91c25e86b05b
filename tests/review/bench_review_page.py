"""Benchmark the review page at scale in Debian's headless chromium (not a test: it measures).

    .venv/bin/python tests/review/bench_review_page.py [BULLETINS=5000] [REPEATS=3]

Prints the median of each step: building the page, opening it from disk until the list is
drawn, filtering, opening a bulletin, drawing the summary charts.
"""

from __future__ import annotations

import importlib.util
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[1]))

from pipeline.review import build_review  # noqa: E402

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _generator():
    spec = importlib.util.spec_from_file_location("make_records", HERE / "make_records.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _timed(action) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def measure_once(page, html: Path) -> dict[str, float]:
    result: dict[str, float] = {}
    result["open until list drawn (wall)"] = _timed(
        lambda: (page.goto(html.as_uri()), page.wait_for_selector("html[data-ready=true]", timeout=60_000))
    )
    inside = json.loads(page.evaluate("JSON.stringify(window.__review)"))
    result["  navigation start -> ready (in page)"] = inside["readyAt"]
    result["  JSON.parse of the data"] = inside["parseMs"]
    result["filter by language"] = _timed(
        lambda: (page.select_option("#filter-language", "zh"), page.wait_for_selector(".row"))
    )
    page.select_option("#filter-language", "")
    result["search (incl. 150 ms debounce)"] = _timed(
        lambda: (page.fill("#search", "number 4321"), page.wait_for_selector(".row >> text=number 4321"))
    )
    page.fill("#search", "")
    result["open a bulletin"] = _timed(lambda: (page.click(".row >> nth=2"), page.wait_for_selector(".doc-text mark")))
    result["summary charts (all bulletins)"] = _timed(
        lambda: (page.click("#tab-summary"), page.wait_for_selector("#chart-network"))
    )
    return result


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    work = Path(tempfile.mkdtemp(prefix="review-bench-"))
    records = _generator().write_records(work / "records.jsonl", count)
    started = time.perf_counter()
    html = build_review(records, work / "review").page
    build_ms = (time.perf_counter() - started) * 1000
    sizes = f"records {records.stat().st_size / 1e6:.1f} MB, page {html.stat().st_size / 1e6:.1f} MB"
    print(f"{count} bulletins: {sizes}")
    print(f"{'build the page (python)':40s} {build_ms:8.0f} ms")
    runs: list[dict[str, float]] = []
    with sync_playwright() as playwright:
        for _ in range(repeats):
            context = playwright.chromium.launch_persistent_context(
                tempfile.mkdtemp(prefix="review-bench-profile-"),
                executable_path="/usr/bin/chromium",
                headless=True,
                args=ARGS,
                viewport={"width": 1440, "height": 900},
            )
            page = context.pages[0] if context.pages else context.new_page()
            runs.append(measure_once(page, html))
            context.close()
    for step in runs[0]:
        values = [run[step] for run in runs]
        spread = f"(min {min(values):.0f}, max {max(values):.0f})"
        print(f"{step:40s} {statistics.median(values):8.0f} ms   {spread}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
