"""Session 22's partnership shortcuts give what the plain readings give."""

import bisect
import datetime as dt
import random

from pipeline.extract.events import Setting
from pipeline.extract.partnerships import _day_of, _overlapped_sentences, _range_within, _written_day
from pipeline.extract.spans import Spans


def _sentence_of(starts: list[int], at: int) -> int:
    return max(bisect.bisect_right(starts, at) - 1, 0)


def _overlapped_one_by_one(starts: list[int], ranges: Spans) -> set[int]:
    """Each range's sentences, from the one holding its first character to the one holding its last."""
    found: set[int] = set()
    for start, end in zip(ranges.starts, ranges.ends, strict=True):
        found.update(range(_sentence_of(starts, start), _sentence_of(starts, end - 1) + 1))
    return found


def test_overlapped_sentences_of_ranges_sharing_sentences_or_overlapping() -> None:
    rng = random.Random(22)
    for _ in range(400):
        size = rng.randint(20, 300)
        starts = sorted({0, *rng.sample(range(1, size), rng.randint(0, 12))})
        # (ranges in order of their starts, many in one sentence, some nested or overlapping, some long)
        bounds = sorted((a, a + rng.choice((1, 2, 3, 8, 40))) for a in rng.choices(range(size), k=rng.randint(1, 40)))
        ranges = Spans([a for a, _ in bounds], [b for _, b in bounds])
        assert _overlapped_sentences(starts, ranges) == _overlapped_one_by_one(starts, ranges)


def test_a_written_day_is_its_iso_form_made_once_a_page() -> None:
    written: dict[dt.date, str] = {}
    days = [dt.date(2024, 1, 2), dt.date(2019, 12, 31), dt.date(2024, 1, 2)]
    assert [_written_day(day, written) for day in days] == [day.isoformat() for day in days]
    assert written == {days[0]: "2024-01-02", days[1]: "2019-12-31"}


def test_a_pairs_day_keeps_its_settings_rules() -> None:
    day = dt.date(2025, 3, 4)
    plain = Setting(day, "3月4日", None)
    stretch = Setting(day, "3月4日至6日", None, several_days=True, until=dt.date(2025, 3, 6))
    planned = Setting(day, "3月4日", None, planned=True)
    written: dict[dt.date, str] = {}
    assert _day_of(plain, "agreement", written) == "2025-03-04"
    assert _day_of(stretch, "talks", written) == "2025-03-04"  # (talks start on a stretch's first day)
    assert _day_of(stretch, "agreement", written) is None
    assert _day_of(planned, "talks", written) is None
    assert _day_of(None, "talks", written) is None


def test_range_within_is_the_first_range_from_start_ending_by_end() -> None:
    rng = random.Random(5)
    for _ in range(300):
        points = sorted(rng.sample(range(200), 2 * rng.randint(0, 8)))
        starts, ends = points[0::2], points[1::2]
        start = rng.randint(0, 200)
        end = rng.randint(start, 210)
        following = [(s, e) for s, e in zip(starts, ends, strict=True) if s >= start]
        expected = bool(following) and following[0][0] < end and following[0][1] <= end
        assert _range_within(starts, ends, start, end) == expected
