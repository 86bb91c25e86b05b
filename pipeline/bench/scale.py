"""Every core and a growing input: `extract --workers N` against one worker, memory against size.

Speed-up: the real CLI in a subprocess over the bench pages (>= 2,000 bulletins), one
worker then N, wall time, with the outputs compared byte for byte. Memory: a subprocess
streams N bulletins from a generator (the corpus bulletins, cycled, each with its own
id) through `extract_parallel` into /dev/null while this process samples the RSS of its
whole process tree; 1,000 and 100,000 bulletins are compared.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.bench.timing import MemoryWatch, load_average

REPO = Path(__file__).resolve().parents[2]


@dataclass
class WorkersRun:
    workers: int
    docs: int
    seconds: float
    load_before: float
    identical: bool = True

    @property
    def per_second(self) -> float:
        return self.docs / self.seconds


@dataclass
class MemoryRun:
    docs: int
    workers: int
    seconds: float
    peak_bytes: int
    processes: int
    after_first_thousand: int  # RSS of the tree once about 1,000 bulletins were through


def measure_workers(inputs: list[Path], docs: int, counts: tuple[int, ...] = (1, 2)) -> list[WorkersRun]:
    """`python -m pipeline extract INPUTS --workers N` for each N; outputs must be identical."""
    runs, outputs = [], []
    with tempfile.TemporaryDirectory(prefix="bench-workers-") as scratch:
        for workers in counts:
            out = Path(scratch) / f"records-{workers}.jsonl"
            load = load_average()
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "pipeline", "extract", *map(str, inputs), "--out", str(out),
                 "--workers", str(workers), "--quiet"],
                check=False, cwd=REPO, stderr=subprocess.DEVNULL,
            )
            runs.append(WorkersRun(workers, docs, time.perf_counter() - started, load))
            outputs.append(out.read_bytes() if out.exists() else b"")
    for run, output in zip(runs, outputs, strict=True):
        run.identical = output == outputs[0] and output.count(b"\n") > 0
    return runs


def measure_memory(docs: int, workers: int) -> MemoryRun:
    """Peak RSS of the whole process tree while `docs` bulletins stream through `workers`."""
    command = [sys.executable, "-m", "pipeline.bench.scale", "stream", str(docs), str(workers)]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, text=True)
    with MemoryWatch(process.pid) as watch:
        first_thousand = 0
        for line in process.stdout:  # the child says when 1,000 bulletins are through
            if line.startswith("1000") and not first_thousand and watch.samples:
                first_thousand = watch.samples[-1][1]
        process.wait()
    return MemoryRun(docs, workers, time.perf_counter() - started, watch.peak, watch.peak_processes, first_thousand)


def synthetic_bulletins(docs: int) -> Iterator:
    """`docs` bulletins: the corpus's, cycled, each with an id and URL of its own."""
    from pipeline.bulletin import Bulletin
    from pipeline.inputs import read_inputs

    corpus = [item for item in read_inputs([REPO / "corpus" / "bulletins"]) if isinstance(item, Bulletin)]
    for number, bulletin in zip(range(docs), itertools.cycle(corpus)):
        yield bulletin.model_copy(
            update={"id": f"bench-{number}", "url": f"https://bench.example.cn/{number}.html", "origin": f"#{number}"}
        )


def stream(docs: int, workers: int) -> None:
    """The memory run's child: bulletins from a generator, records to /dev/null."""
    from pipeline.bulletin import Failure
    from pipeline.emit import record_line
    from pipeline.parallel import extract_parallel

    with open(os.devnull, "w", encoding="utf-8") as sink:
        for count, result in enumerate(extract_parallel(synthetic_bulletins(docs), workers=workers), start=1):
            if not isinstance(result, Failure):
                sink.write(record_line(result))
            if count % 1000 == 0:
                print(count, flush=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["stream"]:
        stream(int(sys.argv[2]), int(sys.argv[3]))
