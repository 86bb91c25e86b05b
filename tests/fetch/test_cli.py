"""The crawl and demo verbs as a user runs them, and the politeness they run with."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from email.utils import formatdate
from pathlib import Path

from pipeline.fetch.middlewares import retry_after_seconds
from pipeline.fetch.runner import TqdmProgress
from pipeline.fetch.settings import CrawlConfig, process_settings


def pipeline(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
    )


def test_crawl_refuses_to_reach_real_sites_unless_asked(tmp_path: Path):
    done = pipeline("crawl", cwd=tmp_path)
    assert done.returncode == 2
    assert "--online" in done.stderr
    assert not (tmp_path / "crawl").exists()


def test_crawl_names_an_unknown_source(tmp_path: Path):
    done = pipeline("crawl", "--mirror", "--source", "nope", cwd=tmp_path)
    assert done.returncode == 2
    assert "unknown source nope" in done.stderr


def test_crawl_of_the_mirror_twice_finds_nothing_new_the_second_time(tmp_path: Path):
    first = pipeline("crawl", "--mirror", cwd=tmp_path, PIPELINE_CRAWL_DIR=str(tmp_path / "c"))
    assert first.returncode == 0, first.stderr
    assert "14 new" in first.stderr
    second = pipeline("crawl", "--mirror", cwd=tmp_path, PIPELINE_CRAWL_DIR=str(tmp_path / "c"))
    assert second.returncode == 0, second.stderr
    assert " 0 new" in second.stderr and "0 duplicate" in second.stderr
    assert list((tmp_path / "c" / "warc" / "bulletins").glob("*.warc.gz"))


def test_demo_crawls_the_mirror_extracts_and_says_where_the_records_are(tmp_path: Path):
    done = pipeline("demo", "--out", str(tmp_path / "demo"), cwd=tmp_path)
    records = tmp_path / "demo" / "records.jsonl"
    assert done.returncode in (0, 1), done.stderr  # 1: extract reported some pages it could not read
    assert records.exists() and records.read_text(encoding="utf-8").count("\n") >= 10
    assert str(records) in done.stderr


def test_the_progress_bar_shows_fetched_new_unchanged_skipped_failed(capsys):
    progress = TqdmProgress()
    progress.show("a", Counter(fetched=5, new=2, unchanged=1, skipped=1, failed=1))
    progress.show("b", Counter(fetched=2, changed=1))
    progress.close()
    shown = capsys.readouterr().err
    assert "7" in shown and "new=3" in shown and "unchanged=1" in shown
    assert "skipped=1" in shown and "failed=1" in shown


def test_politeness_is_on_by_default_and_offline_means_loopback_only():
    settings = process_settings(CrawlConfig(state_path="s", archive_dir="w"))
    assert settings["ROBOTSTXT_OBEY"] and settings["AUTOTHROTTLE_ENABLED"]
    assert settings["DOWNLOAD_MAXSIZE"] == 10 * 1024 * 1024 and settings["DOWNLOAD_TIMEOUT"] == 30
    assert 429 in settings["RETRY_HTTP_CODES"]
    assert settings["USER_AGENT"].startswith("edu-bulletin-pipeline/")
    assert settings["TWISTED_DNS_RESOLVER"].endswith("LoopbackResolver")
    assert settings["HTTPPROXY_ENABLED"] is False
    online = process_settings(CrawlConfig(state_path="s", archive_dir="w", online=True))
    assert "TWISTED_DNS_RESOLVER" not in online


def test_retry_after_is_read_as_seconds_or_as_a_date():
    assert retry_after_seconds(b"7") == 7.0
    assert 29 <= retry_after_seconds(formatdate(1000030, usegmt=True), now=1000000) <= 30
    assert retry_after_seconds("soon") is None
