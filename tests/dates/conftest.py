"""Shared helpers for the date tests."""

from __future__ import annotations

import datetime as dt

from pipeline.dates import DateMention, find_dates

# A Thursday; the week runs Monday 2025-12-15 .. Sunday 2025-12-21.
PUBLISHED = dt.date(2025, 12, 18)


def only(text: str, language: str, published: dt.date | None = PUBLISHED) -> DateMention:
    """The single date mention in `text` (fails when there are none or several)."""
    mentions = find_dates(text, language, published)
    assert len(mentions) == 1, mentions
    return mentions[0]


def texts(text: str, language: str, published: dt.date | None = PUBLISHED) -> list[str]:
    return [m.text for m in find_dates(text, language, published)]
