"""Every core and a growing input: `extract --workers N` against one worker, memory against size.

Speed-up: the real CLI in a subprocess over the bench pages (>= 2,000 bulletins), one
worker then N, repeated and closed by one more single run (1, N, 1, N, ..., 1), wall time,
with the outputs compared byte for byte. Each N-worker run is set against the mean of the
single runs on either side of it: this machine's speed drifts by a quarter from minute to
minute (the same one-worker run took 37 to 46 CPU seconds), and a run compared with one
neighbour only carries that drift into its speed-up. Beside the wall time, the CPU time of every
process of the run and the time its workers spent runnable but waiting for a core
(`/proc/PID/task/*/schedstat`): on a shared machine a run that falls short shows whether
the workers lacked work (the design) or lacked cores (the neighbours). And the CPU the rest of
the machine used meanwhile (`/proc/stat`'s busy time less the run's own): a neighbour's load is
not neutral here, it costs the N-worker run more than the single one, which leaves a core free
for it; the column says which runs met one. Memory: a subprocess
streams N bulletins from a generator (the corpus bulletins, cycled, each with its own
id) through `extract_parallel` into /dev/null while this process samples the RSS of its
whole process tree; 1,000 and 100,000 bulletins are compared.
"""

from __future__ import annotations

import argparse
import itertools
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
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
    cpu: float = 0.0  # CPU seconds of every process of the run (parent, fork server, workers)
    workers_cpu: float = 0.0  # of the processes that extract (the parent itself with one worker)
    workers_waiting: float = 0.0  # seconds the workers were runnable but had no core
    load_after: float = 0.0
    others_cpu: float = 0.0  # CPU seconds the machine spent on other processes during the run

    @property
    def per_second(self) -> float:
        return self.docs / self.seconds

    @property
    def cores_used(self) -> float:
        """Cores the workers kept busy: their CPU seconds over the wall time."""
        return self.workers_cpu / self.seconds

    @property
    def cores_wanted(self) -> float:
        """Cores the workers could have used: running or waiting to run, over the wall time."""
        return (self.workers_cpu + self.workers_waiting) / self.seconds

    @property
    def others_cores(self) -> float:
        """Cores the rest of the machine kept busy meanwhile (neighbours, this bench's sampling)."""
        return self.others_cpu / self.seconds


def busy_cpu_seconds(stat: str | None = None) -> float:
    """CPU seconds all cores have spent busy since boot: `/proc/stat`'s first line, all but idle
    and iowait (steal counts: the host gave the core to someone else)."""
    line = (stat if stat is not None else Path("/proc/stat").read_text()).split("\n", 1)[0].split()
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(value) for value in line[1:9])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


@dataclass
class _Clock:
    role: str  # parent, helper (the fork server) or worker
    cpu: float = 0.0
    waiting: float = 0.0


@dataclass
class CpuWatch:
    """Samples the CPU and run-queue time of every process of a tree until stopped.

    The last sample of each process stands for it, so a process's final interval is
    missed: a fraction of a second in runs of minutes.
    """

    pid: int
    interval: float = 0.2
    clocks: dict[int, _Clock] = field(default_factory=dict)

    def __enter__(self) -> CpuWatch:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            for pid, depth in _tree(self.pid):
                clock = _clock_of(pid, depth)
                if clock is not None:
                    self.clocks[pid] = clock

    def total(self, *roles: str) -> tuple[float, float]:
        """(CPU seconds, waiting seconds) of the processes in `roles` (all when none)."""
        chosen = [c for c in self.clocks.values() if not roles or c.role in roles]
        return sum(c.cpu for c in chosen), sum(c.waiting for c in chosen)


def _tree(pid: int) -> list[tuple[int, int]]:
    """(pid, depth) of the process and its descendants: 0 the parent, 1 the fork server and
    multiprocessing's helpers, 2 the workers (forked from the fork server)."""
    found, pending = [], [(pid, 0)]
    while pending:
        current, depth = pending.pop()
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        found.append((current, depth))
        pending.extend((int(child), depth + 1) for child in children)
    return found


def _clock_of(pid: int, depth: int) -> _Clock | None:
    """CPU and run-queue seconds summed over the process's threads (schedstat: ns)."""
    try:
        stats = [(task / "schedstat").read_text().split() for task in Path(f"/proc/{pid}/task").iterdir()]
    except OSError:
        return None
    role = ("parent", "helper", "worker")[min(depth, 2)]
    return _Clock(role, sum(int(s[0]) for s in stats) / 1e9, sum(int(s[1]) for s in stats) / 1e9)


@dataclass
class MemoryRun:
    docs: int
    workers: int
    seconds: float
    peak_bytes: int
    processes: int
    after_first_thousand: int  # RSS of the tree once about 1,000 bulletins were through


def measure_workers(
    inputs: list[Path],
    docs: int,
    counts: tuple[int, ...] = (1, 2),
    repeats: int = 1,
    each: Callable[[WorkersRun], None] | None = None,
) -> list[WorkersRun]:
    """`python -m pipeline extract INPUTS --workers N` for each N, `repeats` times over, then
    the first count once more, so that every other run has one of it on either side.

    The runs are interleaved (1, N, 1, N, ..., 1); every output must equal the first. `each`
    is given every run as soon as it ends (runs of 2,000 pages take many minutes).
    """
    runs: list[WorkersRun] = []
    first: bytes | None = None
    order = [workers for _, workers in itertools.product(range(repeats), counts)] + list(counts[:1])
    with tempfile.TemporaryDirectory(prefix="bench-workers-") as scratch:
        for workers in order:
            out = Path(scratch) / "records.jsonl"
            run = _workers_run(inputs, docs, workers, out)
            output = out.read_bytes() if out.exists() else b""
            out.unlink(missing_ok=True)
            first = output if first is None else first
            run.identical = output == first and output.count(b"\n") > 0
            runs.append(run)
            if each:
                each(run)
    return runs


def _workers_run(inputs: list[Path], docs: int, workers: int, out: Path) -> WorkersRun:
    command = [
        sys.executable,
        "-m",
        "pipeline",
        "extract",
        *map(str, inputs),
        "--out",
        str(out),
        "--workers",
        str(workers),
        "--quiet",
    ]
    load = load_average()
    busy = busy_cpu_seconds()
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, stderr=subprocess.DEVNULL)
    with CpuWatch(process.pid) as watch:
        process.wait()
    seconds = time.perf_counter() - started
    busy = busy_cpu_seconds() - busy
    cpu, _ = watch.total()
    doers = ("parent",) if workers == 1 else ("worker",)
    workers_cpu, waiting = watch.total(*doers)
    return WorkersRun(
        workers,
        docs,
        seconds,
        load,
        cpu=cpu,
        workers_cpu=workers_cpu,
        workers_waiting=waiting,
        load_after=load_average(),
        others_cpu=max(busy - cpu, 0.0),
    )


TABLE_HEAD = (
    "| run | workers | seconds | bulletins/s | speed-up | CPU s, all | CPU s, workers | cores used | "
    "cores wanted | others' cores | load before/after | output |\n"
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |"
)


def single_seconds_around(runs: list[WorkersRun]) -> list[float]:
    """For each run, the one-worker wall time it is compared with: its own for a single run;
    for N workers, the mean of the nearest single runs before and after it (the one there is,
    at an end)."""
    singles = [index for index, run in enumerate(runs) if run.workers == 1]
    around = []
    for index, run in enumerate(runs):
        if run.workers == 1:
            around.append(run.seconds)
            continue
        before = [runs[i].seconds for i in singles if i < index][-1:]
        after = [runs[i].seconds for i in singles if i > index][:1]
        neighbours = before + after
        around.append(sum(neighbours) / len(neighbours) if neighbours else float("nan"))
    return around


def speedups(runs: list[WorkersRun]) -> list[float]:
    """The speed-up of every N-worker run against the single runs around it, in run order."""
    return [seconds / run.seconds for run, seconds in zip(runs, single_seconds_around(runs), strict=True)
            if run.workers > 1]


def workers_row(number: int, run: WorkersRun, single_seconds: float) -> str:
    """One run as a Markdown table row, its speed-up against a one-worker wall time."""
    same = "identical" if run.identical else "DIFFERS"
    return (
        f"| {number} | {run.workers} | {run.seconds:.1f} | {run.per_second:.2f} | "
        f"{single_seconds / run.seconds:.2f}x | {run.cpu:.0f} | {run.workers_cpu:.0f} | "
        f"{run.cores_used:.2f} | {run.cores_wanted:.2f} | {run.others_cores:.2f} | "
        f"{run.load_before:.2f} / {run.load_after:.2f} | {same} |"
    )


def workers_table(runs: list[WorkersRun]) -> str:
    """The runs as a Markdown table, each N > 1 compared with the one-worker runs around it."""
    lines = [TABLE_HEAD]
    for number, (run, seconds) in enumerate(zip(runs, single_seconds_around(runs), strict=True), start=1):
        lines.append(workers_row(number, run, seconds))
    return "\n".join(lines)


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
    from pipeline.batch import written
    from pipeline.bulletin import Failure
    from pipeline.parallel import extract_parallel

    results = extract_parallel(synthetic_bulletins(docs), workers=workers, finish=written)
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for count, result in enumerate(results, start=1):
            if not isinstance(result, Failure):
                sink.write(result.line)
            if count % 1000 == 0:
                print(count, flush=True)


def main(argv: list[str]) -> None:
    """`python -m pipeline.bench.scale workers [--repeats 4] [--workers 2] FOLDER...`: a table row per
    run as it ends (an N-worker run against the single run before it), then the whole table."""
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench.scale workers")
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=6)  # a run drifts by 10-25% with the neighbours
    args = parser.parse_args(argv)
    docs = sum(1 for folder in args.folders for _ in folder.rglob("*.html"))
    print(f"{docs} bulletins; {os.cpu_count()} cores\n\n{TABLE_HEAD}", flush=True)
    done: list[WorkersRun] = []

    def row(run: WorkersRun) -> None:
        done.append(run)
        print(workers_row(len(done), run, single_seconds_around(done)[-1]), flush=True)

    runs = measure_workers(args.folders, docs, (1, args.workers), args.repeats, each=row)
    print(f"\n{workers_table(runs)}", flush=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["stream"]:
        stream(int(sys.argv[2]), int(sys.argv[3]))
    elif sys.argv[1:2] == ["workers"]:
        main(sys.argv[2:])
