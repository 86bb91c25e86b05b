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
from functools import lru_cache

from pipeline.dates import fold_width, parse_published

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
# How far a stamp reaches: its time of day, AM/PM and zone, when it has them.
_TIME = (
    r"(?:(?:\s*|T|,\s*|\s+at\s+)(?P<hh>\d{1,2})(?::|时|點|点)\d{2}(?:(?::|分)\d{2}(?:\.\d+)?秒?)?分?"
    r"(?:\s*[AaPp]\.?[Mm]\.?)?"
    r"(?:\s*(?:Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?"
    r"|\(?(?:Beijing|BJT|CST)(?: Time)?\)?))?)?"
)
_YMD = r"(?P<y>(?:19|20)\d{2})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})(?:\s*日|号)?"
_Y_SPACE_MD = r"(?P<y>(?:19|20)\d{2})\s+(?P<m>\d{1,2})/(?P<d>\d{1,2})"  # '2025 12/18' (Xinhua)
_DMY = r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>(?:19|20)\d{2})"  # '02.04.2022' is 2 April
# '16-01-2025' (English pages of Chinese and European sites): day first, as with dots.
_DMY_DASHES = r"(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>(?:19|20)\d{2})"
_MDY_WORDS = _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})"
_DMY_WORDS = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<y>(?:19|20)\d{2})"

_STAMPS = [
    re.compile(r"(?<!\d)" + body + r"(?!\d)" + _TIME, re.IGNORECASE)
    for body in (_YMD, _Y_SPACE_MD, _DMY, _DMY_DASHES, _MDY_WORDS, _DMY_WORDS)
]
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
    if moment is None and parts.get("hh") is not None:
        # '02/07/2025 16:20': a day first with slashes, which the parser leaves alone as
        # ambiguous; read here as every day-first stamp, its time read after the day.
        moment = parse_published(day.isoformat() + match.string[_day_end(match) : match.end()])
    if moment is None or parts.get("hh") is None:
        return Stamp(day=day, moment=None, start=match.start(), end=match.end())
    return Stamp(day=moment.date(), moment=moment, start=match.start(), end=match.end())


def _day_end(match: re.Match[str]) -> int:
    """Where the day's part of a stamp ends (its last number or month name), the time after it."""
    return max(match.end(name) for name in ("y", "m", "d", "mon") if match.groupdict().get(name) is not None)
