"""Shared fixtures: the fixture files, and site rules read from the fixture folder so
that tests do not depend on the crawler's live source files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.parse import site_rules

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def fixture_site_rules(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(site_rules, "SOURCES", FIXTURES / "sources")
    site_rules._default_rules.cache_clear()
    yield
    site_rules._default_rules.cache_clear()


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
