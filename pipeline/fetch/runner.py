"""Run a crawl in a child process: Twisted's reactor starts once per process, and a
crawl must be repeatable from one program (the CLI, the demo, the tests).

`run_crawl(sources, config)` starts `python -m pipeline.fetch.runner JOB.json`, waits,
and returns the summary the child wrote. The child holds a lock on the state, cuts the
archive back to what the state knows (a killed run's tail), then runs one Scrapy
crawler per source in one CrawlerProcess.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import signal
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.fetch.recorder import COUNTS
from pipeline.fetch.settings import CrawlConfig
from pipeline.fetch.sources import Source


class CrawlLocked(RuntimeError):
    """Another crawl holds the state."""


@dataclass(frozen=True)
class CrawlSummary:
    """What one crawl run did, per source and in total."""

    exit_code: int
    per_source: dict[str, dict[str, int]] = field(default_factory=dict)
    failures: list[tuple[str, str]] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=dict)

    @property
    def total(self) -> dict[str, int]:
        total: Counter = Counter()
        for counts in self.per_source.values():
            total.update(counts)
        return {key: total[key] for key in COUNTS}

    def line(self) -> str:
        return ", ".join(f"{value} {key}" for key, value in self.total.items())


def job_file(sources: list[Source], config: CrawlConfig, folder: Path) -> Path:
    path = Path(folder) / "crawl-job.json"
    job = {"config": config.to_dict(), "sources": [source.to_dict() for source in sources]}
    path.write_text(json.dumps(job, ensure_ascii=False), encoding="utf-8")
    return path


def child_command(job: Path) -> list[str]:
    return [sys.executable, "-m", "pipeline.fetch.runner", str(job)]


def run_crawl(sources: list[Source], config: CrawlConfig) -> CrawlSummary:
    """Crawl the sources in a child process; Ctrl-C stops it gracefully (twice: at once)."""
    with tempfile.TemporaryDirectory(prefix="crawl-") as folder:
        config = replace(config, summary_path=config.summary_path or str(Path(folder) / "summary.json"))
        child = subprocess.Popen(child_command(job_file(sources, config, Path(folder))))
        try:
            code = child.wait()
        except KeyboardInterrupt:
            child.send_signal(signal.SIGINT)
            code = child.wait()
        return read_summary(Path(config.summary_path), code)


def read_summary(path: Path, exit_code: int) -> CrawlSummary:
    if not path.exists():
        return CrawlSummary(exit_code=exit_code or 1)
    data = json.loads(path.read_text(encoding="utf-8"))
    return CrawlSummary(
        exit_code=exit_code,
        per_source=data["per_source"],
        failures=[tuple(pair) for pair in data["failures"]],
        reasons=data["reasons"],
    )


# -- the child


class TqdmProgress:
    """One bar for all sources: pages fetched, with new/unchanged/skipped/failed beside it."""

    def __init__(self):
        from tqdm import tqdm

        self._bar = tqdm(unit=" pages", desc="crawl", dynamic_ncols=True)
        self._counts: dict[str, Counter] = {}

    def show(self, source: str, counts: Counter) -> None:
        self._counts[source] = counts
        total: Counter = sum(self._counts.values(), Counter())
        self._bar.n = total["fetched"]
        self._bar.set_postfix(
            new=total["new"] + total["changed"],
            unchanged=total["unchanged"],
            skipped=total["skipped"] + total["duplicate"],
            failed=total["failed"],
            refresh=False,
        )
        self._bar.refresh()

    def close(self) -> None:
        self._bar.close()


@contextlib.contextmanager
def state_lock(state_path: Path):
    """Hold the state for one crawl at a time; extract may read it meanwhile."""
    state_path.parent.mkdir(parents=True, exist_ok=True)
    with open(f"{state_path}.lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise CrawlLocked(f"another crawl is using {state_path}") from None
        yield


def crawl_here(sources: list[Source], config: CrawlConfig) -> dict:
    """Run the crawl in this process (once per process); returns the summary as a dict."""
    from scrapy.crawler import CrawlerProcess

    from pipeline.fetch.settings import process_settings, source_settings
    from pipeline.fetch.spider import SourceSpider
    from pipeline.fetch.state import CrawlState

    with CrawlState.open(config.state_path) as state:
        state.recover_archives()
    progress = TqdmProgress() if config.progress else None
    process = CrawlerProcess(process_settings(config))
    crawlers = []
    for source in sources:
        spider_class = type(
            f"{source.name}_spider",
            (SourceSpider,),
            {"name": source.name, "custom_settings": source_settings(source, config)},
        )
        crawler = process.create_crawler(spider_class)
        crawlers.append(crawler)
        process.crawl(crawler, source=source.to_dict(), config=config.to_dict(), progress=progress)
    process.start()
    if progress is not None:
        progress.close()
    summary: dict = {"per_source": {}, "failures": [], "reasons": {}}
    for crawler in crawlers:
        recorder = getattr(crawler.spider, "recorder", None)
        if recorder is not None:
            summary["per_source"][recorder.source.name] = {key: recorder.counts[key] for key in COUNTS}
            summary["failures"].extend(recorder.failures)
            summary["reasons"][recorder.source.name] = recorder.reason
    return summary


def main(argv: list[str]) -> int:
    job = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    config = CrawlConfig(**job["config"])
    sources = [Source.from_dict(data) for data in job["sources"]]
    try:
        with state_lock(Path(config.state_path)):
            summary = crawl_here(sources, config)
    except CrawlLocked as error:
        print(f"crawl: {error}", file=sys.stderr)
        return 3
    if config.summary_path:
        Path(config.summary_path).write_text(json.dumps(summary, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
