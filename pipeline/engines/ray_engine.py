"""`extract --engine ray`: the same stages on Ray Data, for archives bigger than one machine.

The driver lists the input files (paths, folders, globs, object-storage URIs) in the order
a local run reads them and cuts that list into shards of consecutive files. Ray Data sends
the shards to a pool of actors; each actor builds the pipelines once, then for each shard
reads its files (WARC, JSONL, HTML, TXT, as `pipeline.inputs` does), extracts every
bulletin and streams the JSON lines into one part, `part-NNNNN.jsonl` under `out`. Parts
are numbered in input order, so concatenated they are the local run's output, byte for byte.

    run_ray(["s3://bucket/crawl/*.warc.gz"], "s3://bucket/records", address="ray://head:10001")

Without an address a Ray cluster of this machine alone is started, on 127.0.0.1 (Ray would
otherwise pick the machine's network address, which a sandbox or CI runner may not route),
whatever RAY_ADDRESS says. Starting or reaching the cluster is given `connect_timeout`
seconds: past that, `RayUnavailable` says which cluster could not be started or reached,
instead of the minutes Ray spends retrying.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sys
import tempfile
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from pipeline.batch import Mode
from pipeline.bulletin import Failure
from pipeline.engines.listing import InputFile, is_uri, list_inputs

PART_NAME = "part-{:05d}.jsonl"
PART_PATTERN = re.compile(r"^part-\d{5}\.jsonl$")
SHARD_BYTES = 64 * 1024 * 1024  # at most this much input per shard (one big WARC stays whole)
SHARDS_PER_WORKER = 4  # enough shards that a slow one does not leave the other actors idle
CONNECT_TIMEOUT = 60.0  # seconds to start a local cluster or reach a running one
LOOPBACK_SWITCH = "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"  # "0": Ray keeps to 127.0.0.1


_release = threading.Event()  # lets the thread that ran ray.init end, after ray.shutdown


class RayUnavailable(RuntimeError):
    """The Ray cluster could not be started or reached (in time)."""


def run_ray(
    inputs: list[str],
    out: str,
    *,
    mode: Mode = "both",
    address: str | None = None,
    workers: int | None = None,
    connect_timeout: float = CONNECT_TIMEOUT,
) -> tuple[int, int]:
    """Extract `inputs` on a Ray cluster into JSONL parts under the folder `out`.

    `address`: a running cluster (`ray://head:10001`, `head:6379`, `auto`); None starts a
    local one on 127.0.0.1. `workers`: actors in the pool (default: the cluster's CPUs).
    Returns (records written, failures); each failure is printed on stderr with its reason,
    in input order. Raises RayUnavailable when no cluster is up within `connect_timeout` s.
    """
    files = list_inputs(inputs)
    out = out if is_uri(out) else os.path.abspath(out)  # actors run in folders of their own
    missing = [f for f in files if not f.exists and is_uri(f.location)]
    readable = [f for f in files if f not in missing]
    started_here = connect(address, connect_timeout)
    import ray

    try:
        workers = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        shards = plan_shards(readable, workers)
        _clear_parts(out)
        summaries = _extract_shards(shards, out, mode, workers)
    finally:
        if started_here:
            shutdown()
    failures = [f"{f.shown}: no such file or folder" for f in missing]
    for summary in sorted(summaries, key=lambda s: s["part"]):
        failures.extend(json.loads(summary["failures"]))
    for failure in failures:
        print(failure, file=sys.stderr)
    return sum(int(s["written"]) for s in summaries), len(failures)


def plan_shards(files: list[InputFile], workers: int) -> list[list[InputFile]]:
    """Consecutive files, cut so that each shard holds about total/(workers*4) bytes."""
    total = sum(f.size for f in files)
    target = max(1, min(SHARD_BYTES, total // (workers * SHARDS_PER_WORKER)))
    shards: list[list[InputFile]] = []
    current: list[InputFile] = []
    size = 0
    for file in files:
        current.append(file)
        size += file.size
        if size >= target:
            shards.append(current)
            current, size = [], 0
    if current:
        shards.append(current)
    return shards


def connect(address: str | None = None, timeout: float = CONNECT_TIMEOUT) -> bool:
    """Join the cluster at `address`, or start one on this machine (on 127.0.0.1) when None.

    True when this call initialised Ray (the caller shuts it down); False when this process
    was already connected. Raises RayUnavailable when that takes longer than `timeout` s.
    """
    if _on_this_machine(address):
        _loopback_only()
    import ray
    from ray.data import DataContext

    if ray.is_initialized():
        return False

    _init_within(ray, _init_arguments(address), address, timeout)
    logging.getLogger("ray.data").setLevel(logging.WARNING)  # stderr is for our failures
    DataContext.get_current().enable_progress_bars = False
    return True


def _on_this_machine(address: str | None) -> bool:
    host = (address or "127.0.0.1").removeprefix("ray://").rsplit(":", 1)[0]
    return host in {"127.0.0.1", "localhost"}


def _loopback_only() -> None:
    """Keep a cluster of this machine on 127.0.0.1.

    On Linux Ray swaps 127.0.0.1 (even `_node_ip_address="127.0.0.1"`) for the address of
    the machine's network interface, which a sandbox or CI runner may not route; Ray's own
    switch for the loopback interface is read from the environment when `ray` is imported
    (here and in every process the cluster starts), and from its constants afterwards.
    """
    os.environ[LOOPBACK_SWITCH] = "0"
    if "ray" in sys.modules:
        from ray._private import ray_constants

        ray_constants.ENABLE_RAY_CLUSTER = False


def _init_arguments(address: str | None) -> dict:
    arguments: dict = {"logging_level": "WARNING", "log_to_driver": False}
    if address is None:
        # A cluster of this machine alone, on the loopback interface: "local" ignores
        # RAY_ADDRESS, and the node address is fixed rather than guessed from the network.
        return {**arguments, "address": "local", "include_dashboard": False, "_node_ip_address": "127.0.0.1"}
    if address.startswith("ray://"):
        # A remote cluster gets this checkout's code; its image must have the dependencies.
        import pipeline
        import schemas

        modules = [os.path.dirname(pipeline.__file__), os.path.dirname(schemas.__file__)]
        arguments["runtime_env"] = {"py_modules": modules}
    return {**arguments, "address": address}


def _init_within(ray, arguments: dict, address: str | None, timeout: float) -> None:
    """`ray.init(**arguments)`, or RayUnavailable when it fails or has not returned in `timeout` s.

    Ray retries an unreachable address for minutes and can wait forever for a local node
    that registered under an address it cannot reach, so the call runs in a daemon thread:
    giving up on it leaves nothing that keeps this process alive. The thread then stays,
    parked, until `shutdown`: the cluster processes it starts are tied to it by Linux's
    PR_SET_PDEATHSIG, which kills them as soon as the *thread* that started them ends.
    """
    outcome: list[BaseException | None] = []
    returned = threading.Event()
    _release.clear()

    def init() -> None:
        try:
            ray.init(**arguments)
            outcome.append(None)
        except BaseException as error:  # handed to the caller's thread
            outcome.append(error)
        returned.set()
        if outcome == [None]:
            _release.wait()

    threading.Thread(target=init, name="ray-init", daemon=True).start()
    in_time = returned.wait(timeout)
    what = f"reach the Ray cluster at {address}" if address else "start a local Ray cluster on 127.0.0.1"
    if not in_time:
        raise RayUnavailable(f"could not {what} within {timeout:g} s")
    if outcome[0] is not None:
        error = outcome[0]
        raise RayUnavailable(f"could not {what}: {type(error).__name__}: {error}") from error


def shutdown() -> None:
    """Leave the cluster (and stop it, if `connect` started it here)."""
    import ray

    ray.shutdown()
    _release.set()


def _extract_shards(shards: list[list[InputFile]], out: str, mode: Mode, workers: int) -> list[dict]:
    import ray.data

    if not shards:
        return []
    rows = [{"part": index, "files": json.dumps([f.__dict__ for f in shard])} for index, shard in enumerate(shards)]
    dataset = ray.data.from_items(rows, override_num_blocks=len(rows))
    results = dataset.map_batches(
        ShardExtractor,
        fn_constructor_kwargs={"out": out, "mode": mode},
        batch_size=1,
        compute=ray.data.ActorPoolStrategy(size=min(workers, len(shards))),
        num_cpus=1,
    )
    return results.take_all()


class ShardExtractor:
    """A Ray Data actor: the pipelines, loaded once, and shards of files -> one part each."""

    def __init__(self, out: str, mode: Mode) -> None:
        from pipeline.nlp import load_pipeline

        for language in ("en", "zh"):
            load_pipeline(language)
        self.out = out
        self.mode = mode

    def __call__(self, batch: dict) -> dict:
        parts, written, failures = [], [], []
        for part, files in zip(batch["part"], batch["files"], strict=True):
            count, failed = self.extract_shard(int(part), [InputFile(**f) for f in json.loads(files)])
            parts.append(int(part))
            written.append(count)
            failures.append(json.dumps(failed, ensure_ascii=False))
        return {"part": parts, "written": written, "failures": failures}

    def extract_shard(self, part: int, files: list[InputFile]) -> tuple[int, list[str]]:
        """Every document of `files` into part `part`; (records written, failure lines).

        The documents of all the shard's files go through `extract_items` as one stream, so
        that pages of many small files are still extracted a batch at a time."""
        from pipeline.batch import extract_items
        from pipeline.emit import record_bytes

        written, failures = 0, []
        sources: deque[tuple[str, str]] = deque()  # (local path, path shown) of each document read
        with _part_writer(self.out, part) as sink:
            for result in extract_items(_documents_of(files, sources), self.mode):
                local, shown = sources.popleft()  # results come out in input order, one per document
                if isinstance(result, Failure):
                    failures.append(str(_named_as_given(result, local, shown)))
                    continue
                try:
                    data = record_bytes(result)
                except Exception as error:  # a record that cannot be written must not stop the shard
                    failures.append(f"{shown}: record not written: {type(error).__name__}: {error}")
                    continue
                sink.write(data)
                written += 1
        return written, failures


def _documents_of(files: list[InputFile], sources: deque[tuple[str, str]]) -> Iterator:
    """The documents (Bulletins or Failures) of `files` in order, each noted in `sources` as it is
    read. A file's local copy is kept until its last document is read (they are parsed by then)."""
    from pipeline.inputs import read_inputs

    for file in files:
        with _local_copy(file) as local:
            for item in read_inputs([Path(local)]):
                sources.append((local, file.shown))
                yield item


def _named_as_given(failure: Failure, local: str, shown: str) -> Failure:
    """The failure named by the path the user gave, not by the local copy read."""
    if not failure.origin.startswith(local):
        return failure
    return Failure(origin=shown + failure.origin[len(local) :], reason=failure.reason)


@contextmanager
def _local_copy(file: InputFile) -> Iterator[str]:
    """A local path for the file: itself, or a temporary download of an object-storage file."""
    if not is_uri(file.location):
        yield file.location
        return
    from pyarrow import fs

    filesystem, path = fs.FileSystem.from_uri(file.location)
    with tempfile.TemporaryDirectory(prefix="edu-ray-") as folder:
        local = os.path.join(folder, os.path.basename(path))  # keeps the suffix the reader needs
        with filesystem.open_input_stream(path) as source, open(local, "wb") as target:
            shutil.copyfileobj(source, target, length=1024 * 1024)
        yield local


@contextmanager
def _part_writer(out: str, part: int) -> Iterator[IO[bytes]]:
    """Streams into `.part-NNNNN.jsonl.tmp`, moved to `part-NNNNN.jsonl` once complete."""
    filesystem, folder = _filesystem(out)
    final = f"{folder}/{PART_NAME.format(part)}"
    staging = f"{folder}/.{PART_NAME.format(part)}.tmp"
    filesystem.create_dir(folder, recursive=True)
    try:
        with filesystem.open_output_stream(staging) as stream:
            yield stream
    except BaseException:
        filesystem.delete_file(staging)
        raise
    filesystem.move(staging, final)


def _filesystem(out: str):
    from pyarrow import fs

    if is_uri(out):
        return fs.FileSystem.from_uri(out)
    return fs.LocalFileSystem(), os.path.abspath(out)


def _clear_parts(out: str) -> None:
    """Parts of an earlier run would be read as this run's: remove them (and nothing else)."""
    from pyarrow import fs

    filesystem, folder = _filesystem(out)
    if filesystem.get_file_info(folder).type != fs.FileType.Directory:
        return
    for info in filesystem.get_file_info(fs.FileSelector(folder)):
        if PART_PATTERN.match(os.path.basename(info.path)):
            filesystem.delete_file(info.path)
