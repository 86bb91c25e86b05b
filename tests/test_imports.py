"""Every stage module can be the first one a program imports (no import cycle depends on the order)."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STAGE_MODULES = sorted(
    ".".join(path.relative_to(ROOT).with_suffix("").parts)
    for folder in ("extract", "link", "nlp", "parse")
    for path in (ROOT / "pipeline" / folder).glob("*.py")
    if path.name != "__init__.py"
)


@pytest.mark.parametrize("module", STAGE_MODULES)
def test_a_stage_module_imports_first_in_a_fresh_interpreter(module: str) -> None:
    result = subprocess.run([sys.executable, "-c", f"import {module}"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
