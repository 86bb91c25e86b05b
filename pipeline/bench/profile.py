"""Where the time goes: py-spy samples of an end-to-end run, summed per function.

py-spy sees through spaCy's Cython (Token objects made by `doc.text`, `doc.sents`), where
a pure-Python profiler charges the time to whoever happens to be on the stack. The run
profiled is `python -m pipeline.bench.profile run PAGES...`: parse, extract and JSON out
of those pages, after one warm-up page, so loading is not what the profile shows.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
_FRAME = re.compile(r"^(?P<function>.*) \((?P<file>.*?):\d+\)$")


@dataclass
class FunctionShare:
    function: str
    inclusive: float  # share of samples with the function on the stack
    own: float  # share of samples with the function on top


def profile_pages(pages: list[Path], language: str) -> tuple[list[FunctionShare], int] | None:
    """Per-function shares of an end-to-end run over `pages`; None when py-spy is not installed."""
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(spy).exists():
        return None
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as scratch:
        raw = Path(scratch) / "samples.txt"
        command = [spy, "record", "--rate", "250", "--format", "raw", "--output", str(raw), "--",
                   sys.executable, "-m", "pipeline.bench.profile", "run", language, *map(str, pages)]
        subprocess.run(command, cwd=REPO, check=False, capture_output=True)
        if not raw.exists():
            return None
        return summarise(raw.read_text(encoding="utf-8"))


def summarise(collapsed: str, *, keep: str = "pipeline/") -> tuple[list[FunctionShare], int]:
    """Function shares from py-spy's collapsed stacks, the project's functions only, after warm-up."""
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    total = 0
    for line in collapsed.splitlines():
        stack, _, count = line.rpartition(" ")
        if "timed_run" not in stack:
            continue  # imports, loading and warm-up
        samples = int(count)
        total += samples
        names = [_name(frame) for frame in stack.split(";")]
        for name in set(names):
            inclusive[name] += samples
        own[names[-1]] += samples
    shares = [
        FunctionShare(name, inclusive[name] / total, own[name] / total)
        for name, _ in inclusive.most_common()
        if keep in name and "pipeline/bench/" not in name
    ]
    return shares, total


def _name(frame: str) -> str:
    match = _FRAME.match(frame)
    if not match:
        return frame
    file = match["file"].split("site-packages/")[-1].replace(str(REPO) + "/", "")
    return f"{file}:{match['function']}"


def timed_run(pages: list[Path]) -> None:
    """The profiled part (its name marks the samples that count)."""
    from pipeline.batch import extract_items
    from pipeline.bulletin import Failure
    from pipeline.emit import record_line
    from pipeline.inputs import read_inputs

    for result in extract_items(read_inputs(pages)):
        if not isinstance(result, Failure):
            record_line(result)


def _run(language: str, pages: list[Path]) -> None:
    from pipeline.batch import extract_items
    from pipeline.bench.stages import use_trained_model
    from pipeline.inputs import read_inputs

    use_trained_model(language)
    list(extract_items(read_inputs(pages[:1])))  # warm-up: pipelines, models, dictionaries
    timed_run(pages[1:])


if __name__ == "__main__":
    if sys.argv[1:2] == ["run"]:
        _run(sys.argv[2], [Path(p) for p in sys.argv[3:]])
