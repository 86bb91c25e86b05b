"""The optional Cython build (setup.py): which path runs, and that both give the same records."""

import importlib
import importlib.machinery
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
    for name, code in (("compiled", _RUN), ("pure", _RUN_PURE)):
        out = tmp_path / f"{name}.jsonl"
        subprocess.run([sys.executable, "-c", code, str(out), *map(str, bulletins)], check=True, cwd=ROOT)
        outputs[name] = out.read_bytes()
    assert outputs["compiled"] and outputs["compiled"] == outputs["pure"]


# Run `pipeline extract` in-process; the pure variant first puts a finder ahead of the others that
# loads every module of the package from its .py file, so no compiled module is used.
_RUN = (
    "import sys; from pipeline.cli import main\n"
    "sys.exit(main(['extract', *sys.argv[2:], '--out', sys.argv[1], '--quiet']))"
)
_RUN_PURE = """
import importlib.machinery as m, importlib.util as u, pathlib, sys
class Pure:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if not name.startswith("pipeline.") or not path:
            return None
        source = pathlib.Path(path[0]) / (name.rpartition(".")[2] + ".py")
        return u.spec_from_file_location(name, source) if source.is_file() else None
sys.meta_path.insert(0, Pure)
import pipeline.extract.partnerships as p
assert not isinstance(p.__spec__.loader, m.ExtensionFileLoader)
""" + _RUN
