"""CONTRACT "Dates": a day without a year takes the latest such day not after publication."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from pipeline.dates import find_dates, parse_published

from .conftest import only

D = dt.date
SEEDS = Path(__file__).parent / "fixtures"  # copies of /work/shared/seeds


@pytest.mark.parametrize(
    ("sentence", "language", "published", "date"),
    [
        ("On December 30, it opened.", "en", D(2026, 1, 2), D(2025, 12, 30)),
        ("12月30日，会议举行。", "zh", D(2026, 1, 2), D(2025, 12, 30)),
        ("On January 2, it opened.", "en", D(2026, 1, 2), D(2026, 1, 2)),
        ("On January 3, it opened.", "en", D(2026, 1, 2), D(2025, 1, 3)),
        ("2月29日，会议举行。", "zh", D(2026, 3, 1), D(2024, 2, 29)),
        ("On the 31st, it opened.", "en", D(2025, 12, 18), D(2025, 10, 31)),
        ("31日，会议举行。", "zh", D(2025, 3, 5), D(2025, 1, 31)),
    ],
)
def test_latest_such_day_not_after_publication(sentence: str, language: str, published: dt.date,
                                                date: dt.date) -> None:
    assert only(sentence, language, published).date == date


def test_explicit_year_after_publication_is_kept() -> None:
    mention = only("2026年3月1日，学院将揭牌。", "zh", D(2025, 12, 18))
    assert (mention.date, mention.year_explicit) == (D(2026, 3, 1), True)


def test_weekday_on_a_monday_page() -> None:
    monday = D(2025, 12, 15)
    assert only("On Monday, it opened.", "en", monday).date == monday
    assert only("上周一，会议举行。", "zh", monday).date == D(2025, 12, 8)
    assert only("本周日，论坛闭幕。", "zh", monday).date == D(2025, 12, 14)
    assert only("下周日，论坛闭幕。", "zh", monday).date == D(2025, 12, 28)


def _seed_cases() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.mark.parametrize("path", _seed_cases(), ids=lambda p: p.name)
def test_seed_event_dates_are_found(path: Path) -> None:
    """Every event date a careful reader gives in the seed is among the dates found in its
    text, read with the publication stamp of the page's own date line."""
    expected = json.loads(path.with_suffix("").with_suffix(".expected.json").read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    stamp_line = next(line for line in text.splitlines() if re.search(r"\d{4}", line))
    published = parse_published(stamp_line)
    assert published is not None
    assert published.isoformat() == expected["document"]["published_at"]
    found = {m.date.isoformat() for m in find_dates(text, expected["document"]["language"], published.date())
             if m.date is not None}
    wanted = {event["date"] for event in expected["events"] if event["date"]}
    assert wanted and wanted <= found


def test_the_next_day_counts_from_the_date_just_mentioned() -> None:
    text = "On November 17, they signed. The next day, the alliance was inaugurated. The following day they left."
    assert [m.date for m in find_dates(text, "en", D(2025, 11, 21))] == [D(2025, 11, 17), D(2025, 11, 18),
                                                                         D(2025, 11, 19)]


def test_next_day_words_need_a_date_to_count_from() -> None:
    assert find_dates("次日，联盟成立。", "zh", D(2025, 11, 21)) == []
    assert find_dates("The next day, it opened.", "en", D(2025, 11, 21)) == []


def test_next_day_words_count_from_the_given_anchor() -> None:
    [mention] = find_dates("次日上午，联盟成立。", "zh", D(2025, 11, 21), anchor=D(2025, 11, 17))
    assert (mention.text, mention.date) == ("次日上午", D(2025, 11, 18))
