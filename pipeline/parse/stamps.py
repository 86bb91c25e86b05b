"""Publication stamps as pages print them: '2025 12/18 10:25:15', '2025年11月18日 09:30',
'02.04.2022 14:30' (day first), 'Dec 18, 2025', '2025-11-18T16:20:51+08:00'.

`pipeline.dates.parse_published` is the project's parser for these; until it is
implemented this module's own small parser stands in (see `read_stamp`). The regexes
here also find *where* a stamp sits inside a glued byline, which the dates stage
does not do.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

BEIJING = dt.timezone(dt.timedelta(hours=8))

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_TIME = (
    r"(?:(?:\s*|T)(?P<hh>\d{1,2})(?::|时|點|点)(?P<mm>\d{2})(?:(?::|分)(?P<ss>\d{2})(?:\.\d+)?秒?)?分?"
    r"\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?"
    r"\s*(?P<zone>Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?"
    r"|\(?(?:Beijing|BJT|CST)(?: Time)?\)?)?)?"
)
_YMD = r"(?P<y>(?:19|20)\d{2})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})(?:\s*日|号)?"
_Y_SPACE_MD = r"(?P<y>(?:19|20)\d{2})\s+(?P<m>\d{1,2})/(?P<d>\d{1,2})"  # '2025 12/18' (Xinhua)
_DMY = r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>(?:19|20)\d{2})"  # '02.04.2022' is 2 April
_MDY_WORDS = _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})"
_DMY_WORDS = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<y>(?:19|20)\d{2})"

_STAMPS = [
    re.compile(r"(?<!\d)" + body + r"(?!\d)" + _TIME, re.IGNORECASE)
    for body in (_YMD, _Y_SPACE_MD, _DMY, _MDY_WORDS, _DMY_WORDS)
]
_HAS_TIME = re.compile(r"\d{1,2}\s*(?::|时|點|点)\s*\d{2}")


@dataclass(frozen=True, slots=True)
class Stamp:
    """A page's publication stamp: the day, and the moment when the page gives a time."""

    day: dt.date
    moment: dt.datetime | None  # timezone-aware; None when the stamp has no time of day
    start: int = 0  # where the stamp sits in the string it was found in
    end: int = 0


def find_stamp(value: str) -> Stamp | None:
    """The earliest well-formed publication stamp inside `value`, or None."""
    best: Stamp | None = None
    for pattern in _STAMPS:
        for match in pattern.finditer(value):
            stamp = _stamp_from_match(match)
            if stamp is not None:
                if best is None or stamp.start < best.start:
                    best = stamp
                break
    return best


def read_stamp(value: str) -> Stamp | None:
    """The stamp a whole byline value gives: the project's date parser first, ours
    while that is not implemented (or finds nothing)."""
    stamp = find_stamp(value)
    theirs = _project_parse_published(value)
    if theirs is None:
        return stamp
    moment = theirs if _HAS_TIME.search(value) else None
    start, end = (stamp.start, stamp.end) if stamp else (0, len(value))
    return Stamp(day=theirs.date(), moment=moment, start=start, end=end)


def _project_parse_published(value: str) -> dt.datetime | None:
    from pipeline import dates

    try:
        found = dates.parse_published(value)
    except NotImplementedError:
        return None
    except (ValueError, OverflowError):
        return None
    if found is not None and found.tzinfo is None:
        found = found.replace(tzinfo=BEIJING)
    return found


def _stamp_from_match(match: re.Match[str]) -> Stamp | None:
    parts = match.groupdict()
    month = _MONTHS[parts["mon"].lower()] if parts.get("mon") else int(parts["m"])
    try:
        day = dt.date(int(parts["y"]), month, int(parts["d"]))
    except ValueError:
        return None
    end = match.end()
    moment = None
    if parts.get("hh") is not None:
        moment = _moment(day, parts)
        if moment is None:  # '25:99' is not a time: keep the day only
            end = match.start("hh")
    return Stamp(day=day, moment=moment, start=match.start(), end=end)


def _moment(day: dt.date, parts: dict[str, str | None]) -> dt.datetime | None:
    hour = int(parts["hh"] or 0)
    ampm = (parts.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        clock = dt.time(hour, int(parts["mm"] or 0), int(parts["ss"] or 0))
    except ValueError:
        return None
    return dt.datetime.combine(day, clock, tzinfo=_zone(parts.get("zone")))


def _zone(label: str | None) -> dt.tzinfo:
    """The stamp's zone; Beijing time when it gives none (or names Beijing/CST)."""
    if not label:
        return BEIJING
    label = label.strip("() ").upper()
    if label in {"Z", "UTC", "GMT"}:
        return dt.UTC
    offset = re.search(r"([+-])(\d{1,2}):?(\d{2})?$", label)
    if not offset:
        return BEIJING
    sign = -1 if offset.group(1) == "-" else 1
    hours, minutes = int(offset.group(2)), int(offset.group(3) or 0)
    if hours > 14 or minutes > 59:
        return BEIJING
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
