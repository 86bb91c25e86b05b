"""Dates: find date expressions in bulletin text and normalise them (CONTRACT.md "Dates").

A day without a year takes its year from the publication date: the latest such day
not after publication. No publication date and no year: the date stays None and the
words are kept. Garbled dates ("114日" for "11月4日") stay None: never guess.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

BEIJING = dt.timezone(dt.timedelta(hours=8))


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression in a text; offsets point into that text."""

    start: int
    end: int
    text: str
    date: dt.date | None  # the first day (of a range); None when it cannot be known
    end_date: dt.date | None = None  # last day of a range
    year_explicit: bool = False  # the text itself gives the year
    kind: Literal["day", "range", "month", "relative", "garbled"] = "day"


def find_dates(text: str, language: str, published: dt.date | None = None) -> list[DateMention]:
    """Every date expression in `text`, in order of position."""
    raise NotImplementedError


def parse_published(value: str) -> dt.datetime | None:
    """A page's publication stamp ('2025 12/18 10:25:15', '2025-11-18 16:20:51',
    '2025年11月18日', '02.04.2022 14:30', 'Dec 18, 2025') as an aware datetime
    (Beijing time when the stamp gives no zone), or None."""
    raise NotImplementedError
