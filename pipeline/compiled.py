"""Compiled modules (setup.py) run only while they are as new as their source.

Python imports an extension module beside a .py in preference to it, so after a pull or an edit a
module compiled earlier would silently run old code. This finder, first on `sys.meta_path`, loads
the .py instead when it is newer than its compiled module, and says once which modules to rebuild
(`make compiled`). With PIPELINE_PURE set (to profile by function, or to compare), every
`pipeline` module is loaded from its source. It costs a few `stat` calls per `pipeline` import,
nothing per page.
"""

import importlib.machinery
import importlib.util
import os
import sys
from importlib.machinery import ModuleSpec
from pathlib import Path

_warned: set[str] = set()


def _compiled_beside(source: Path) -> Path | None:
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        compiled = source.with_suffix(suffix)
        if compiled.exists():
            return compiled
    return None


def _stale_extension(source: Path) -> Path | None:
    """The compiled module beside `source` if it is older than it."""
    compiled = _compiled_beside(source)
    return compiled if compiled and compiled.stat().st_mtime < source.stat().st_mtime else None


class FreshSourceFinder:
    """Finds `pipeline.*` modules whose compiled build is stale (any, with PIPELINE_PURE set), and
    loads their source."""

    @staticmethod
    def find_spec(name: str, path: list[str] | None = None, target: object = None) -> ModuleSpec | None:
        if not name.startswith("pipeline.") or not path:
            return None
        source = Path(path[0]) / f"{name.rpartition('.')[2]}.py"
        if not source.is_file():
            return None
        if os.environ.get("PIPELINE_PURE"):
            return importlib.util.spec_from_file_location(name, source) if _compiled_beside(source) else None
        if _stale_extension(source) is None:
            return None
        if name not in _warned:
            _warned.add(name)
            print(f"pipeline: {source} is newer than its compiled module; using the source "
                  "(run `make compiled` to rebuild)", file=sys.stderr)
        return importlib.util.spec_from_file_location(name, source)


def install() -> None:
    if FreshSourceFinder not in sys.meta_path:
        sys.meta_path.insert(0, FreshSourceFinder)
