"""Shared test helpers: run the real pipeline on a bulletin written in the test."""

from __future__ import annotations

import datetime as dt

import pytest
from support import check_evidence

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin
from schemas import BulletinRecord


@pytest.fixture
def extract():
    """extract(text, language=None, published="2025-12-18", url=None, credited_source=None) -> record."""

    def run(
        text: str,
        language: str | None = None,
        published: str | None = "2025-12-18",
        url: str | None = None,
        credited_source: str | None = None,
    ) -> BulletinRecord:
        bulletin = Bulletin(
            text=text,
            language=language,
            url=url,
            credited_source=credited_source,
            published=dt.date.fromisoformat(published) if published else None,
            origin="test",
        )
        record = extract_bulletin(bulletin)
        check_evidence(record)
        return record

    return run
