"""`extract --engine ray` on a local Ray cluster started here: the local run's records, in parts."""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import write_warc

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "corpus" / "bulletins"
FIXTURES = Path(__file__).resolve().parents[1] / "parse" / "fixtures"

pytestmark = pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="the `ray` extra is not installed")


@pytest.fixture(scope="module")
def cluster_address() -> Iterator[str]:
    """A Ray cluster of its own, started by the engine as `--engine ray` without an address
    starts one: on 127.0.0.1 only, whatever RAY_ADDRESS or the machine's network say. This
    process is its first driver; the cluster ends with the module's tests."""
    import ray

    from pipeline.engines.ray_engine import connect, shutdown

    saved = os.environ.pop("RAY_ADDRESS", None)
    assert connect(None)
    try:
        address = ray.get_runtime_context().gcs_address
        assert address.startswith("127.0.0.1:")
        yield address
    finally:
        shutdown()
        if saved is not None:
            os.environ["RAY_ADDRESS"] = saved


def corpus_pages(language: str, count: int) -> list[Path]:
    return sorted(CORPUS.glob(f"{language}/*.html"))[:count]


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """A crawl as it lands on disk: an archive, loose pages (GBK and Big5 among them) in
    nested folders, a JSONL export, and a page that cannot be read."""
    root = tmp_path / "in"
    (root / "pages" / "older").mkdir(parents=True)
    write_warc(root / "crawl.warc.gz", corpus_pages("en", 4) + corpus_pages("zh", 4))
    for page in corpus_pages("zh", 10)[4:8]:
        shutil.copy(page, root / "pages" / page.name)
    for page in corpus_pages("en", 8)[4:6]:
        shutil.copy(page, root / "pages" / "older" / page.name)
    shutil.copy(FIXTURES / "documents.jsonl", root / "export.jsonl")
    (root / "pages" / "empty.html").write_bytes(b"")
    return root


def run(*args: str, cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """The CLI of this checkout (not whichever is installed), with no RAY_ADDRESS to follow.

    The timeout only catches a hang: on 2 shared cores at load averages of 11-16 a Ray run of
    these 16 pages took 105-280 s, and once more than 240 s."""
    env = {key: value for key, value in os.environ.items() if key != "RAY_ADDRESS"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd,
        env=env,
    )


def test_ray_parts_concatenate_to_the_local_output(tmp_path: Path, inputs: Path, cluster_address: str) -> None:
    local = run("in", "--out", "local.jsonl", cwd=tmp_path)
    assert local.returncode == 1, local.stderr  # the empty page
    distributed = run(
        "in", "--engine", "ray", "--ray-address", cluster_address, "--workers", "2", "--out", "parts", cwd=tmp_path
    )
    assert distributed.returncode == 1, distributed.stderr
    failures = [line for line in local.stderr.splitlines() if not line.startswith("extract:")]
    assert any(line.startswith("in/pages/empty.html: ") for line in failures)
    assert [line for line in distributed.stderr.splitlines() if line in failures] == failures
    parts = sorted((tmp_path / "parts").glob("part-*.jsonl"))
    assert len(parts) > 1
    expected = (tmp_path / "local.jsonl").read_bytes()
    assert expected.count(b"\n") >= 15
    assert b"".join(part.read_bytes() for part in parts) == expected


def test_a_glob_reads_what_the_shell_would_pass(tmp_path: Path, inputs: Path, cluster_address: str) -> None:
    from pipeline.engines.ray_engine import run_ray

    expanded = sorted(str(p.relative_to(tmp_path)) for p in (inputs / "pages").glob("*.html"))
    local = run(*expanded, "--out", "local.jsonl", cwd=tmp_path)
    assert local.returncode == 1, local.stderr
    # This process is already a driver of the cluster: run_ray uses that connection.
    written, failed = run_ray([str(inputs / "pages" / "*.html")], str(tmp_path / "parts"), workers=2)
    assert (written, failed) == (4, 1)
    parts = sorted((tmp_path / "parts").glob("part-*.jsonl"))
    assert b"".join(part.read_bytes() for part in parts) == (tmp_path / "local.jsonl").read_bytes()


def test_a_cluster_that_cannot_be_reached_is_a_clear_error_not_a_hang(tmp_path: Path) -> None:
    """A port that accepts connections and never answers: Ray would retry for minutes."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        address = f"127.0.0.1:{silent.getsockname()[1]}"
        (tmp_path / "in").mkdir()
        shutil.copy(corpus_pages("en", 1)[0], tmp_path / "in")
        result = run(
            "in",
            "--engine",
            "ray",
            "--out",
            "parts",
            "--ray-address",
            address,
            "--ray-timeout",
            "5",
            cwd=tmp_path,
            timeout=120,
        )
    assert result.returncode == 2, result.stderr
    assert f"extract: could not reach the Ray cluster at {address} within 5 s" in result.stderr
    assert not (tmp_path / "parts").exists()


def test_a_shard_of_loose_pages_is_extracted_in_batches_across_files(
    tmp_path: Path, inputs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The actor's own work, without Ray: one stream over the shard's files, so the trained model
    reads the windows of several small files at once; failures named as the user gave the file."""
    from pipeline.batch import extract_items
    from pipeline.emit import record_line
    from pipeline.engines.listing import list_inputs
    from pipeline.engines.ray_engine import PART_NAME, ShardExtractor
    from pipeline.inputs import read_inputs
    from pipeline.train.component import InstitutionModel

    pages = sorted((inputs / "pages").rglob("*.html"))
    files = list_inputs([str(page) for page in pages])
    expected = [r for r in extract_items(read_inputs(pages))]
    batches: list[int] = []
    batched = InstitutionModel.pipe

    def counting(self, docs, batch_size=32):
        for doc in batched(self, docs, batch_size):
            batches.append(batch_size)
            yield doc

    monkeypatch.setattr(InstitutionModel, "pipe", counting)
    written, failures = ShardExtractor(str(tmp_path / "parts"), "both").extract_shard(3, files)
    assert (written, len(failures)) == (6, 1)
    assert max(batches) > 1  # pages of different files in one batch
    assert failures == [str(r) for r in expected if not hasattr(r, "document")]
    assert failures[0].startswith(str(inputs / "pages" / "empty.html"))
    lines = "".join(record_line(r) for r in expected if hasattr(r, "document"))
    assert (tmp_path / "parts" / PART_NAME.format(3)).read_text(encoding="utf-8") == lines
