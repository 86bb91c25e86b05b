"""The optional Cython build (setup.py): which path runs, and that both give the same records."""

import importlib
import importlib.machinery
import os
import subprocess
import sys
from pathlib import Path

import pytest

import pipeline.extract.partnerships

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from setup import COMPILED  # noqa: E402


def _compiled(module) -> bool:
    return isinstance(module.__spec__.loader, importlib.machinery.ExtensionFileLoader)


def test_report_which_path_is_in_use() -> None:
    modules = [importlib.import_module(path[:-3].replace("/", ".")) for path in COMPILED]
    compiled = [m.__name__ for m in modules if _compiled(m)]
    print(f"compiled modules in use: {len(compiled)} of {len(modules)}")
    for module in modules:  # each listed module exists as a .py, the source of truth
        assert (ROOT / module.__name__.replace(".", "/")).with_suffix(".py").is_file()


@pytest.mark.skipif(not _compiled(pipeline.extract.partnerships), reason="pure build: nothing compiled to compare")
def test_compiled_and_pure_give_the_same_records(tmp_path: Path) -> None:
    """An interpreter using the compiled modules and one reading only the .py files write the same bytes."""
    bulletins = [*sorted((ROOT / "corpus" / "bulletins" / "en").glob("*.html"))[:4],
                 *sorted((ROOT / "corpus" / "bulletins" / "zh").glob("*.html"))[:4]]
    outputs = {}
    for name, code, pure in (("compiled", _RUN, ""), ("pure", _RUN_PURE, "1")):
        out = tmp_path / f"{name}.jsonl"
        command = [sys.executable, "-c", code, str(out), *map(str, bulletins)]
        subprocess.run(command, check=True, cwd=ROOT, env={**os.environ, "PIPELINE_PURE": pure})
        outputs[name] = out.read_bytes()
    assert outputs["compiled"] and outputs["compiled"] == outputs["pure"]


# Run `pipeline extract` in-process; the pure variant runs with PIPELINE_PURE set, so that
# `pipeline.compiled` loads every module of the package from its .py file, and checks it did.
_RUN = (
    "import sys; from pipeline.cli import main\n"
    "sys.exit(main(['extract', *sys.argv[2:], '--out', sys.argv[1], '--quiet']))"
)
_RUN_PURE = (
    "import importlib.machinery as m, pipeline.extract.partnerships as p\n"
    "assert not isinstance(p.__spec__.loader, m.ExtensionFileLoader)\n"
) + _RUN


def _module_pair(directory: Path, source_age: float, compiled_age: float) -> Path:
    """`fresh.py` and a (dummy) compiled module beside it, aged by seconds before now."""
    import os
    import time

    source = directory / "fresh.py"
    source.write_text("WHERE = 'source'\n")
    compiled = source.with_suffix(importlib.machinery.EXTENSION_SUFFIXES[0])
    compiled.write_bytes(b"")
    now = time.time()
    os.utime(source, (now - source_age, now - source_age))
    os.utime(compiled, (now - compiled_age, now - compiled_age))
    return source


def test_a_source_newer_than_its_compiled_module_is_imported_instead(tmp_path: Path) -> None:
    from pipeline.compiled import FreshSourceFinder

    source = _module_pair(tmp_path, source_age=10, compiled_age=100)
    spec = FreshSourceFinder.find_spec("pipeline.fresh", [str(tmp_path)])
    assert spec is not None and spec.origin == str(source)


def test_an_up_to_date_compiled_module_is_left_to_the_normal_import(tmp_path: Path) -> None:
    from pipeline.compiled import FreshSourceFinder

    _module_pair(tmp_path, source_age=100, compiled_age=10)
    assert FreshSourceFinder.find_spec("pipeline.fresh", [str(tmp_path)]) is None
    assert FreshSourceFinder.find_spec("elsewhere.fresh", [str(tmp_path)]) is None


def test_no_compiled_module_in_use_is_older_than_its_source() -> None:
    """What the finder guards against: every compiled module imported is at least as new as its .py."""
    for path in COMPILED:
        module = importlib.import_module(path[:-3].replace("/", "."))
        if _compiled(module):
            assert Path(module.__file__).stat().st_mtime >= (ROOT / path).stat().st_mtime, path


def test_pipeline_pure_loads_the_source_of_an_up_to_date_compiled_module(tmp_path: Path, monkeypatch) -> None:
    from pipeline.compiled import FreshSourceFinder

    source = _module_pair(tmp_path, source_age=100, compiled_age=10)
    monkeypatch.setenv("PIPELINE_PURE", "1")
    spec = FreshSourceFinder.find_spec("pipeline.fresh", [str(tmp_path)])
    assert spec is not None and spec.origin == str(source)
