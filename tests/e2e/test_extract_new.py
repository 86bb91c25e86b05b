"""A daily batch is two commands: `crawl` then `extract --new` (here on the offline mirror)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main
from schemas import BulletinRecord


def run(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, timeout=300, env=env, cwd=cwd
    )


@pytest.fixture
def crawled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    import os

    env = {
        **os.environ,
        "PIPELINE_CRAWL_DIR": str(tmp_path / "crawl"),
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    crawl = run("crawl", "--mirror", env=env, cwd=tmp_path)
    assert crawl.returncode == 0, crawl.stderr
    monkeypatch.setenv("PIPELINE_CRAWL_DIR", env["PIPELINE_CRAWL_DIR"])
    return env


def test_new_bulletins_are_extracted_once(
    tmp_path: Path, crawled: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "daily.jsonl"
    first = run("extract", "--new", "--out", str(out), env=crawled, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    records = [BulletinRecord.model_validate_json(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and all(r.document.url for r in records)
    assert all(r.document.source for r in records)  # the crawler's source key travels with the page

    # The sources crawled again, nothing changed: the next run must do no NLP at all, not
    # even load a pipeline or start a worker.
    again = run("crawl", "--mirror", env=crawled, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    loaded: list[str] = []

    def spy(language: str) -> None:
        loaded.append(language)
        raise AssertionError("NLP ran although nothing was new")

    def no_pool(workers: int) -> None:
        raise AssertionError("worker processes started although nothing was new")

    monkeypatch.setattr("pipeline.nlp.load_pipeline", spy)
    monkeypatch.setattr("pipeline.parallel._new_pool", no_pool)
    monkeypatch.chdir(tmp_path)
    assert main(["extract", "--new", "--out", str(out), "--workers", "2"]) == 0
    assert loaded == []
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(records)


def test_new_without_a_crawl_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PIPELINE_CRAWL_DIR", str(tmp_path / "none"))
    assert main(["extract", "--new"]) == 2
    assert main(["extract", "--new", "somefile.html", "--out", "x"]) == 2
