"""The small helpers every extractor calls many times a page are compiled with the extractors
(setup.py's COMPILED): a call from a compiled module into a pure one costs a Python frame, and
`doc_text` alone is called ~280 times a Chinese page, `may_deny` ~15 times."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _compiled_list() -> list[str]:
    sys.path.insert(0, str(ROOT))
    try:
        from setup import COMPILED
    finally:
        sys.path.remove(str(ROOT))
    return COMPILED


def test_the_doc_extensions_module_is_compiled_with_the_extractors() -> None:
    assert "pipeline/nlp/extensions.py" in _compiled_list()


def test_the_clause_readers_are_compiled_with_the_extractors() -> None:
    assert "pipeline/extract/clauses.py" in _compiled_list()
