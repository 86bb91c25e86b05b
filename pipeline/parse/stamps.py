"""Where a publication stamp sits in a byline, and what moment it names.

Pages print stamps as '2025 12/18 10:25:15', '2025年11月18日 09:30', '02.04.2022 14:30'
and '16-01-2025' (day first), 'Dec 18, 2025' ('Dec 18, 2025, 10:15', '… at 10:15 am'),
'2025-11-18T16:20:51+08:00', often glued to other fields
('2025-03-02 09:15:07来源:…'). Reading a stamp is `pipeline.dates.parse_published`'s
job; this module only *locates* stamps (so a byline can be cut into its fields) and
tells a stamp with a time of day from a bare day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pipeline.dates import ZONE_NAMES, fold_width, parse_published

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
# The lookahead on the names' first letters spares most places in a line the branches.
_MONTH = (
    "(?=[" + "".join(sorted({name[0] for name in _MONTHS})) + "])"
    r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
)
# How far a stamp reaches: its time of day, AM/PM and zone, when it has them. The time may
# stand after a dash ('11/25/2026 - 15:40'), a bar ('November 18, 2026 | 10:32') or the
# day of the week ('2026年11月18日 星期三 09:30').
_TIME = (
    r"(?:(?:\s*|T|,\s*|\s+at\s+|(?P<apart>\s+[-–]\s+|\s*[|｜]\s*|\s*[(（]?(?:星期|周)[一二三四五六日天][)）]?\s*)"
    r"|\s*(?P<half>上午|下午|中午|晚上|早上|凌晨)\s*)(?P<hh>\d{1,2})(?::|时|點|点)\d{2}(?:(?::|分)\d{2}(?:\.\d+)?秒?)?分?"
    r"(?:\s*[AaPp]\.?[Mm]\.?)?"
    r"(?:\s*(?:Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?"
    r"|\(?(?:Beijing|BJT|CST)(?: Time)?\)?" + (rf"|(?:{ZONE_NAMES})\b" if ZONE_NAMES else "") + r"))?)?"
)
_YMD = r"(?P<y>(?:19|20)\d{2})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})(?:\s*日|号)?"
_Y_SPACE_MD = r"(?P<y>(?:19|20)\d{2})\s+(?P<m>\d{1,2})/(?P<d>\d{1,2})"  # '2025 12/18' (Xinhua)
_DMY = r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>(?:19|20)\d{2})"  # '02.04.2022' is 2 April
# '16-01-2025' (English pages of Chinese and European sites): day first, as with dots.
_DMY_DASHES = r"(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>(?:19|20)\d{2})"
# '11/25/2026 - 15:40' (Drupal's default format): month first with slashes, read where the
# day-first reading above names no day (a "month" past 12); where both can, day first wins, but
# for Drupal's own 'm/d/Y - H:i' (a time after a dash), which is month first.
# With dashes too ('11-25-2026' of US sites), read only where the day-first reading names no day.
_MDY_SLASHES = r"(?P<m>\d{1,2})(?P<sep>[/-])(?P<d>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})"
_MDY_WORDS = _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})"
# '18 November 2025', '18th Nov. 2025', '18-Nov-2025'
_DMY_WORDS = r"(?P<d>\d{1,2})(?:(?:st|nd|rd|th)?\s+|-)" + _MONTH + r"(?:,?\s+|-)(?P<y>(?:19|20)\d{2})"

# A day ends where no digit follows, or with 日, or right before a time of day: a time may be glued to
# it ('2026年11月16日10:12' of People's Daily; '25 November 202610:20' from a date's and a time's spans).
_STAMPS = [
    re.compile(r"(?<!\d)" + body + r"(?:(?<=日)|(?!\d)|(?=\d{1,2}:\d{2}))" + _TIME, re.IGNORECASE)
    for body in (_YMD, _Y_SPACE_MD, _DMY, _DMY_DASHES, _MDY_WORDS, _DMY_WORDS)
]


# The two regexes below are compiled when first needed (most pages need neither).
@cache
def _month_first_pattern() -> re.Pattern[str]:
    return re.compile(r"(?<!\d)" + _MDY_SLASHES + r"(?!\d)" + _TIME, re.IGNORECASE)


@cache
def _time_before_pattern() -> re.Pattern[str]:
    """A time of day right before a stamp's day ('09:41, November 19, 2026'), up to the stamp."""
    return re.compile(r"(?<![\d:])(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?),?\s*$")


_AFTERNOON = frozenset({"下午", "中午", "晚上"})  # the half-day words of `_TIME` that put an hour after noon
_NOON, _NOON_HOURS_FROM = 12, 11  # '中午11:30' is before noon, '中午1:00' after
_TIME_BEFORE_REACH = 16
_SHORTEST_TIME = 5  # '9:41 ' before the day
# Every stamp above has a year in it: text without one is passed over in one scan.
_YEAR = re.compile(r"(?:19|20)\d{2}")
# How every stamp above begins (regex, case-insensitive): a digit or a month's name and
# its day.
MONTH_NAMES = tuple(sorted(_MONTHS, key=len, reverse=True))
STAMP_OPENING = rf"\d|(?:{'|'.join(MONTH_NAMES)})\.?\s+\d"
# How a stamp above that begins with a digit begins: its year, or a day and the separator
# or suffix after it ('02.04.2022', '16-01-2025', '18th May 2025', '18 May 2025').
STAMP_DIGIT_HEAD = r"(?:19|20)\d{2}|\d{1,2}(?:[./\s-]|st|nd|rd|th)"


@dataclass(frozen=True, slots=True)
class Stamp:
    """A page's publication stamp: the day, and the moment when the page gives a time."""

    day: dt.date
    moment: dt.datetime | None  # timezone-aware; None when the stamp has no time of day
    start: int = 0  # where the stamp sits in the string it was found in
    end: int = 0


@lru_cache(maxsize=1024)  # a byline's values are read for a stamp several times over
def find_stamp(value: str) -> Stamp | None:
    """The earliest stamp inside `value` that names a real day, or None:
    'Updated: 2025-06-03 09:12' -> 2025-06-03 09:12+08:00 at [9, 25). Full-width digits
    ('发布时间：２０２６年１１月１５日') are read as ASCII ones (one for one: offsets hold)."""
    value = fold_width(value)
    if not might_hold_stamp(value):
        return None
    best: Stamp | None = None
    for pattern in _STAMPS:
        for match in pattern.finditer(value):
            stamp = _read_match(match)
            if stamp is not None:
                if best is None or stamp.start < best.start:
                    best = stamp
                break
    # month first: only where a slash is (most stamps hold none), or a dash where nothing else reads
    if "/" in value or (best is None and "-" in value):
        best = _month_first(value, best)
    if best is not None and best.moment is None and best.start >= _SHORTEST_TIME:
        return _with_time_before(value, best)
    return best


def _with_time_before(value: str, stamp: Stamp) -> Stamp:
    """A day with the time of day printed before it ('09:41, November 19, 2026' of People's
    Daily, 'Updated 21:46, 19-Nov-2026' of CGTN): the stamp from the time on."""
    reach = max(0, stamp.start - _TIME_BEFORE_REACH)
    if ":" not in value[reach : stamp.start]:  # no time there (most stamps): no regex run
        return stamp
    before = _time_before_pattern().search(value, reach, stamp.start)
    if before is None:
        return stamp
    moment = parse_published(f"{stamp.day.isoformat()} {before.group('time')}")
    if moment is None or (moment.time() == dt.time(0, 0) and not before.group("time").startswith(("0:", "00:"))):
        return stamp
    return Stamp(day=stamp.day, moment=moment, start=before.start(), end=stamp.end)


def _month_first(value: str, best: Stamp | None) -> Stamp | None:
    """`best`, or the month-first stamp in `value` when it starts earlier, or at the same place
    with its time after a dash (Drupal's 'Wed, 11/05/2025 - 15:40' is 5 November)."""
    for match in _month_first_pattern().finditer(value):
        stamp = _read_match(match)
        if stamp is None:
            continue
        if best is None or stamp.start < best.start:
            return stamp
        dashed = "-" in (match.group("apart") or "")
        return stamp if dashed and stamp.start == best.start else best
    return best


def might_hold_stamp(value: str) -> bool:
    """False when `value` holds no stamp: it has no year."""
    return _YEAR.search(value) is not None


def _read_match(match: re.Match[str]) -> Stamp | None:
    parts = match.groupdict()
    month = _MONTHS[parts["mon"].lower()] if parts.get("mon") else int(parts["m"])
    try:
        day = dt.date(int(parts["y"]), month, int(parts["d"]))
    except ValueError:
        return None
    # The project's date parser reads the moment; a bare day ('Dec 18, 2025') has none.
    moment = parse_published(match.group(0))
    if parts.get("apart") is not None or parts.get("half") is not None:
        moment = None  # the parser reads no time after a dash, bar, weekday or 下午: read it after the day below
    elif moment is not None and parts.get("hh") is not None and moment.hour % 12 != int(parts["hh"]) % 12:
        moment = None  # the parser missed the time glued after the day ('2026年11月16号10:12'): read below
    if moment is None and parts.get("hh") is not None:
        # '02/07/2025 16:20': a day first with slashes, which the parser leaves alone as
        # ambiguous; read here as every day-first stamp, its time read after the day.
        moment = parse_published(day.isoformat() + " " + match.string[match.start("hh") : match.end()])
    if moment is not None and parts.get("half") is not None:
        moment = _in_half_of_day(moment, parts["half"])
    if moment is None or parts.get("hh") is None:
        return Stamp(day=day, moment=None, start=match.start(), end=match.end())
    return Stamp(day=moment.date(), moment=moment, start=match.start(), end=match.end())


def _in_half_of_day(moment: dt.datetime, half: str) -> dt.datetime:
    """'2026-11-03 下午3:20' is 15:20: a time on the twelve-hour clock after 下午/晚上 (and 中午 but for
    noon's own hours) is after noon; 12 after 上午/早上/凌晨 is midnight's hour."""
    hour = moment.hour
    if half in _AFTERNOON and hour < _NOON and not (half == "中午" and hour >= _NOON_HOURS_FROM):
        hour += _NOON
    elif half not in _AFTERNOON and hour == _NOON:
        hour = 0
    return moment.replace(hour=hour)


def _day_end(match: re.Match[str]) -> int:
    """Where the day's part of a stamp ends (its last number or month name), the time after it."""
    return max(match.end(name) for name in ("y", "m", "d", "mon") if match.groupdict().get(name) is not None)
