"""Loading a pipeline: once per process, and out of the garbage collector's way."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from pipeline.nlp import load_pipeline

ROOT = Path(__file__).resolve().parents[2]


def test_a_loaded_pipeline_is_frozen_out_of_the_collectors_walks() -> None:
    nlp = load_pipeline("en")
    assert load_pipeline("en") is nlp
    # The pipeline's own objects are in the permanent generation, not walked by gc.collect().
    assert gc.get_freeze_count() > 10_000
    assert not any(obj is nlp._components for obj in gc.get_objects())


def _run_fresh(code: str) -> str:
    """What `code` prints in a new interpreter (this one may have imported spaCy already)."""
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_spacy_comes_without_its_command_line_and_the_command_line_still_imports() -> None:
    out = _run_fresh(
        "import sys, pipeline.nlp, spacy\n"
        "print('spacy.cli' in sys.modules, 'spacy.cli.info' in sys.modules, 'typer' in sys.modules)\n"
        "print(spacy.info()['spacy_version'] == spacy.__version__)\n"
        "from spacy.cli import info\n"
        "print(info is sys.modules['spacy.cli.info'].info, callable(sys.modules['spacy.cli'].init_config))"
    )
    assert out.split("\n") == ["False False False", "True", "True True"]


def test_entry_points_grouped_are_those_catalogue_found() -> None:
    out = _run_fresh(
        "import catalogue, pipeline.nlp\n"
        "found = catalogue.AVAILABLE_ENTRY_POINTS\n"
        "before = {g: [(e.name, e.value) for e in found.select(group=g)] for g in found.groups}\n"
        "pipeline.nlp._entry_points_grouped()\n"
        "grouped = catalogue.AVAILABLE_ENTRY_POINTS\n"
        "after = {g: [(e.name, e.value) for e in grouped.get(g, [])] for g in before}\n"
        "print(not hasattr(grouped, 'select'), before == after)\n"
        "import srsly\n"
        "print('numpy' in srsly.msgpack.msgpack_decoders.get_all())"
    )
    assert out.split("\n") == ["True True", "True"]
