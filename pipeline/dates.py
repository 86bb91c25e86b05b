"""Dates: find date expressions in bulletin text and normalise them (CONTRACT.md "Dates").

Conventions (each is pinned by a test in tests/dates/):
- A day without a year ("On November 18", "11月18日") is the latest such day not after
  publication. An explicit year wins (`year_explicit`). No publication date and no
  year: `date` is None and the words are kept.
- A range ("May 7-15", "5月7日至15日", "11月30日至12月2日") has `date` = its first day and
  `end_date` = its last; an end before the start is not guessed (`end_date` None).
- A month ("in March 2024", "2024年5月", "11月中旬", "late March") is kind "month":
  `date` = its first day, `end_date` = its last. Without a year, the latest such month
  that began by publication. A year alone ("2025", "2025年") is not a date.
- A day without a month ("the 17th", "18日") is the first such day on or after the
  date mentioned just before it (in the text, or the caller's `anchor`); with none,
  the latest such day not after publication. "The next day", 次日, 当天 count from that
  date too, and are only reported when there is one.
- Weekdays and relative days are kind "relative", counted from publication as the
  corpus guide does: a weekday alone or with "this"/本周 ("on Wednesday", 本周三) is the
  latest one on or before publication; "last"/上周 the latest one strictly before it;
  "next"/下周 that day in the Monday-Sunday week after the publication's.
  "yesterday"/昨天 are only reported when the page has a date.
- Garbled copies ("114日" for "11月4日", "13月5日", "2月30日") are kind "garbled" with
  `date` None: never guessed.

The words (month names, weekdays, relative words, range connectors, words that make
a number something else) live in `pipeline/resources/rules/dates_en.tsv` and
`dates_zh.tsv`, read once at import; every pattern is compiled once.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
import re._constants as _re_constants  # regex parse trees, to bound how far a pattern reads
import re._parser as _re_parser
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ahocorasick_rs import AhoCorasick, Implementation, MatchKind

# Automata always a DFA: past 100 words the library would pick an NFA, 1.3-1.9x slower a pass.
_DFA = Implementation.DFA

BEIJING = dt.timezone(dt.timedelta(hours=8))
RULES_DIR = Path(__file__).resolve().parent / "resources" / "rules"


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


# ---------------------------------------------------------------------------
# Rule files


def read_rules(path: Path) -> dict[str, list[tuple[str, str]]]:
    """`category -> [(word, value)]` from a `category<TAB>word<TAB>value` file, in file order."""
    rules: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        category, word, *value = line.split("\t")
        rules[category.strip()].append((word.strip(), value[0].strip() if value else ""))
    return dict(rules)


def _alternation(words: list[str]) -> str:
    """A regex alternation of `words`, longest first so "上个" wins over "上"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


EN_RULES = read_rules(RULES_DIR / "dates_en.tsv")
ZH_RULES = read_rules(RULES_DIR / "dates_zh.tsv")
EN_MONTHS = {w.lower(): int(v) for w, v in EN_RULES["month"]}
# Time zones by their abbreviation ('10:15 AM EST'), as UTC offsets ('-05:00'); 'CST' is Beijing's.
ZONE_OFFSETS = {w.upper(): v for w, v in EN_RULES.get("zone", [])}
ZONE_NAMES = _alternation(list(ZONE_OFFSETS))
# A dateline ("新华社南昌8月29日电", "NANCHANG, Aug. 29 (Xinhua) --") is when the story was
# filed: what it reports happened on or before it, so a later day without month looks back.
_DATELINE_AFTER = re.compile(
    r"\s*(?:"
    + _alternation([w for rules in (EN_RULES, ZH_RULES) for w, _ in rules.get("dateline_marker", [])])
    + r")(?:(?![\u4e00-\u9fff])|(?=记者))"  # 电 then a space, （ or 记者; 电话, 电视 are words
)

# Full-width digits and punctuation to ASCII, one character for one so offsets hold.
_WIDTH_FOLD = str.maketrans("０１２３４５６７８９：－／．，　", "0123456789:-/., ")


_WIDE_PAIRS = tuple((chr(wide), chr(narrow)) for wide, narrow in _WIDTH_FOLD.items())


def fold_width(text: str) -> str:
    """`text` with full-width digits and date punctuation made ASCII (same length).

    One `str.replace` per character present: every Chinese text holds a "，", and `translate`
    looks each character of the text up in a dict (20 times slower). The replacements are
    ASCII, so none makes another character to replace: the result is `translate`'s."""
    for wide, narrow in _WIDE_PAIRS:
        if wide in text:
            text = text.replace(wide, narrow)
    return text


# ---------------------------------------------------------------------------
# Publication stamps

_TIME = (
    r"(?:\s*(?:,|at|T)?\s*(?P<H>\d{1,2})\s*[:时時点點]\s*(?P<M>\d{2})(?:\s*[:分]\s*(?P<S>\d{2})(?:\.\d+)?秒?)?分?"
    r"\s*(?P<ampm>[AaPp]\.?[Mm]\b\.?)?\s*(?P<zone>Z\b|[+-]\d{2}:?\d{2}\b"
    r"|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?\b|\(?(?:Beijing|BJT|CST)(?:\s+Time)?\)?"
    + (rf"|(?:{ZONE_NAMES})\b" if ZONE_NAMES else "")
    + r")?)?"
)
_EN_MONTH_NAMES = _alternation([w for w, _ in EN_RULES["month"]])
_ORDINAL = r"(?:st|nd|rd|th)?"
_STAMP_YEAR = r"(?P<y>\d{4})(?!\d)"
_STAMP_MONTH = rf"(?P<mon>{_EN_MONTH_NAMES})\.?"
_STAMP_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (order, re.compile(pattern + _TIME, re.IGNORECASE if "mon" in order else 0))
    for order, pattern in (
        # 2025-11-18, 2025/11/18, 2025.11.18, 2025年11月18日, 2025 12/18
        (
            "ymd",
            r"(?<!\d)(?P<y>\d{4})\s*(?:[-/.年]|\s)\s*(?P<m>\d{1,2})\s*[-/.月]\s*"
            r"(?P<d>\d{1,2})(?!\d)\s*日?",
        ),
        # 02.04.2022, 16-01-2025: a year last after dots or dashes is day first (one separator twice)
        ("dmy", r"(?<!\d)(?P<d>\d{1,2})(?P<sep>[.-])(?P<m>\d{1,2})(?P=sep)" + _STAMP_YEAR),
        # 18/12/2025 or 12/18/2025: read only when one side cannot be a month
        ("slash", r"(?<!\d)(?P<a>\d{1,2})/(?P<b>\d{1,2})/" + _STAMP_YEAR),
        # Dec 18, 2025; December 18, 2025 10:02
        ("mon-d-y", rf"\b{_STAMP_MONTH}\s+(?P<d>\d{{1,2}}){_ORDINAL},?\s+{_STAMP_YEAR}"),
        # 18 December 2025
        ("d-mon-y", rf"(?<!\d)(?P<d>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?{_STAMP_MONTH},?\s+{_STAMP_YEAR}"),
    )
)


def _stamp_day(order: str, match: re.Match[str]) -> dt.date | None:
    """The calendar day a stamp match names, or None when it is not a real or certain day."""
    year = int(match["y"])
    if order == "slash":
        first, second = int(match["a"]), int(match["b"])
        if first > 12 >= second:
            month, day = second, first
        elif second > 12 >= first:
            month, day = first, second
        else:
            return None  # 04/05/2025: day-first and month-first both possible, never guess
    elif "mon" in order:
        month, day = EN_MONTHS[match["mon"].lower()], int(match["d"])
    else:
        month, day = int(match["m"]), int(match["d"])
    return safe_date(year, month, day)


def _stamp_time(match: re.Match[str]) -> tuple[dt.time, dt.tzinfo]:
    """Time of day and zone of a stamp match: midnight and Beijing time when it gives none."""
    zone = _zone(match["zone"]) if match["zone"] else BEIJING
    if match["H"] is None:
        return dt.time(0, 0), zone
    hour, minute, second = int(match["H"]), int(match["M"]), int(match["S"] or 0)
    if match["ampm"]:
        pm = match["ampm"][0] in "Pp"
        hour = hour % 12 + (12 if pm else 0)
    if hour > 23 or minute > 59 or second > 59:
        return dt.time(0, 0), zone  # a broken time does not spoil the day
    return dt.time(hour, minute, second), zone


def _zone(text: str) -> dt.tzinfo:
    """'Z', 'UTC', 'GMT+8', '+0800', '-05:00', 'Beijing Time', 'CST' (China Standard Time)."""
    upper = text.strip("()").upper()
    if upper.startswith(("BEIJING", "BJT", "CST")):
        return BEIJING
    if upper in ZONE_OFFSETS:  # 'EST' -> '-05:00'
        upper = ZONE_OFFSETS[upper]
    offset = upper.removeprefix("UTC").removeprefix("GMT")
    if offset in {"", "Z"}:
        return dt.UTC
    sign = -1 if offset[0] == "-" else 1
    hours, _, minutes = offset[1:].partition(":")
    if not minutes and len(hours) > 2:
        hours, minutes = hours[:-2], hours[-2:]
    delta = dt.timedelta(hours=int(hours), minutes=int(minutes or 0))
    return dt.timezone(sign * delta) if delta < dt.timedelta(hours=24) else BEIJING


def parse_published(value: str) -> dt.datetime | None:
    """A page's publication stamp ('2025 12/18 10:25:15', '2025-11-18 16:20:51',
    '2025年11月18日', '02.04.2022 14:30', '16-01-2025 10:30', 'Dec 18, 2025') as an aware datetime
    (Beijing time when the stamp gives no zone), or None.

    Words around the stamp are ignored ('发布时间:2023-10-09浏览次数:128'); when the
    value holds several stamps the first readable one wins.
    """
    if not value:
        return None
    text = fold_width(value)
    candidates: list[tuple[int, int, dt.datetime]] = []
    for order, pattern in _STAMP_PATTERNS:
        for match in pattern.finditer(text):
            day = _stamp_day(order, match)
            if day is None:
                continue
            time, zone = _stamp_time(match)
            stamp = dt.datetime.combine(day, time, tzinfo=zone)
            candidates.append((match.start(), -(match.end() - match.start()), stamp))
            break
    if not candidates:
        return _chinese_numeral_stamp(text)
    return min(candidates, key=lambda c: (c[0], c[1]))[2]


def _chinese_numeral_stamp(text: str) -> dt.datetime | None:
    """'二〇二五年十一月十八日': the first day written with its year, at midnight Beijing time."""
    if "年" not in text:
        return None
    for mention in find_dates(text, "zh"):
        if mention.date is not None and mention.year_explicit and mention.kind == "day":
            return dt.datetime.combine(mention.date, dt.time(0, 0), tzinfo=BEIJING)
    return None


# ---------------------------------------------------------------------------
# Calendar: from the pieces a text gives to days

Kind = Literal["day", "range", "month", "relative", "garbled"]


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (2月30日) or is out of range."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_length(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def add_days(day: dt.date, days: int) -> dt.date | None:
    """`day` moved by `days`, or None past the calendar's ends."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def _latest_year(month: int, day: int, published: dt.date) -> int | None:
    """Year of the latest `month`/`day` not after `published` (29 February looks back further)."""
    for year in range(published.year, published.year - 9, -1):
        candidate = safe_date(year, month, day)
        if candidate is not None and candidate <= published:
            return year
    return None


def _latest_day_of_month(day: int, published: dt.date) -> dt.date | None:
    """The latest date whose day of month is `day` and that is not after `published`."""
    year, month = published.year, published.month
    for _ in range(13):
        candidate = safe_date(year, month, day)
        if candidate is not None and candidate <= published:
            return candidate
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return None


def _shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


@dataclass(slots=True)
class _Parts:
    """The pieces of one written day or range, before the calendar is consulted."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    year_explicit: bool = False
    is_range: bool = False


# Not frozen: a frozen dataclass's __init__ (interpreted even when compiled) sets each field through
# object.__setattr__, and a reading is made for every candidate; none is changed after it is made.
@dataclass(slots=True)
class _Reading:
    date: dt.date | None
    end_date: dt.date | None = None
    year_explicit: bool = False
    kind: Kind = "day"
    month_less: _Parts | None = None  # a day without month ("18日"), to re-read after an anchor
    from_anchor: int | None = None  # days after the anchor ("the next day" 1, 当天 0)
    # two days named together that are no range ("on 3 and 9 December"): where the first one's
    # words end, where the second's begin, and the second's reading; the first is this reading
    second: tuple[int, int, _Reading] | None = None
    weekday: int | None = None  # a weekday named alone ("on Monday"), which a dated one may fix


def _plausible(parts: _Parts) -> bool:
    """Month and day numbers a calendar could have; anything else is a garbled copy."""
    # (each named: compiled, all() of a generator would build one for every date)
    months_ok = _up_to(parts.month, 12) and _up_to(parts.end_month, 12)
    days_ok = _up_to(parts.day, 31) and _up_to(parts.end_day, 31)
    ends_ok = not parts.is_range or parts.end_day is not None
    return months_ok and days_ok and ends_ok and parts.day is not None


def _up_to(value: int | None, top: int) -> bool:
    """Whether `value` is missing or one of 1..`top`."""
    return value is None or 1 <= value <= top


def _start_year(parts: _Parts, published: dt.date | None) -> int | None:
    if parts.year is not None:
        return parts.year
    if parts.end_year is not None and parts.month is not None:
        # "December 30 to January 2, 2026": the start is in the year before the end
        wraps = parts.end_month is not None and parts.end_month < parts.month
        return parts.end_year - 1 if wraps else parts.end_year
    if published is not None and parts.month is not None and parts.day is not None:
        return _latest_year(parts.month, parts.day, published)
    return None


def _range_end(parts: _Parts, start: dt.date) -> dt.date | None:
    """Last day of a range: the first such day on or after the start (never guessed)."""
    assert parts.end_day is not None
    month = parts.end_month or start.month
    if parts.end_year is not None:
        year = parts.end_year
    elif (month, parts.end_day) >= (start.month, start.day):
        year = start.year
    elif parts.end_month is not None:
        year = start.year + 1  # 12月30日至1月2日
    else:
        return None  # 5月15日至7日: the end is before the start, a copy error
    end = safe_date(year, month, parts.end_day)
    return end if end is not None and end >= start else None


def _read_day(parts: _Parts, published: dt.date | None) -> _Reading:
    """A day or range of days: the explicit year wins, else the latest one not after publication."""
    if not _plausible(parts):
        return _Reading(None, year_explicit=parts.year_explicit, kind="garbled")
    if parts.month is None:
        return _read_month_less_day(parts, published)
    assert parts.day is not None
    kind: Kind = "range" if parts.is_range else "day"
    if safe_date(2000, parts.month, parts.day) is None:  # 2月30日 exists in no year (2000 is leap)
        return _Reading(None, year_explicit=parts.year_explicit, kind="garbled")
    year = _start_year(parts, published)
    if year is None:
        return _Reading(None, kind=kind)
    start = safe_date(year, parts.month, parts.day)
    if start is None:  # 2025年2月29日
        return _Reading(None, year_explicit=parts.year_explicit, kind="garbled")
    end = _range_end(parts, start) if parts.is_range else None
    return _Reading(start, end, parts.year_explicit, kind)


def _read_month_less_day(parts: _Parts, published: dt.date | None) -> _Reading:
    """A day without month ("18日", "the 17th") before any anchor: the latest such day not
    after publication.
    The parts ride along so that `find_dates` can re-read them after an earlier date."""
    assert parts.day is not None
    kind: Kind = "range" if parts.is_range else "day"
    start = _latest_day_of_month(parts.day, published) if published else None
    if start is None:
        return _Reading(None, kind=kind, month_less=parts)
    end = _range_end(parts, start) if parts.is_range else None
    return _Reading(start, end, kind=kind, month_less=parts)


def _read_day_after(parts: _Parts, anchor: dt.date) -> _Reading:
    """A day without month ("18日", "the 17th") read after the date the text was just about:
    the first such day on or after `anchor` (prose moves forward: 11月30日开幕，2日闭幕)."""
    assert parts.day is not None
    year, month = anchor.year, anchor.month
    start = None
    for _ in range(13):
        start = safe_date(year, month, parts.day)
        if start is not None and start >= anchor:
            break
        year, month = _shift_month(year, month, 1)
    kind: Kind = "range" if parts.is_range else "day"
    if start is None:  # only at the calendar's end
        return _Reading(None, kind=kind)
    end = _range_end(parts, start) if parts.is_range else None
    return _Reading(start, end, kind=kind, month_less=parts)


def _read_month(
    year: int | None, month: int, span: tuple[int, int | None], published: dt.date | None, explicit: bool
) -> _Reading | None:
    """A month (or part of it: 上旬, "late March"): its first day, and its last as `end_date`.

    Without a year it is the latest such month that began by publication.
    """
    if not 1 <= month <= 12:
        return None
    if year is None and published is not None:
        year = published.year if month <= published.month else published.year - 1
    if year is None or not dt.MINYEAR <= year <= dt.MAXYEAR:
        return _Reading(None, kind="month")
    first, last = span
    last = min(last or 31, _month_length(year, month))
    start, end = safe_date(year, month, first), safe_date(year, month, last)
    if start is None:
        return None
    return _Reading(start, end, explicit, "month")


WeekCount = Literal["before", "not_after", "next_week", "last_week"]
WEEK_COUNTS: tuple[WeekCount, ...] = ("before", "not_after", "next_week", "last_week")


def _read_weekday(weekday: int, count: WeekCount, published: dt.date | None, alone: bool = False) -> _Reading:
    """A weekday counted from publication (see the `week_relative` rows of the rule files):
    "before" is the latest one strictly before it ("last Friday", 上周五), "not_after" the
    latest one on or before it ("on Wednesday", 本周三), "next_week" that day in the
    Monday-Sunday week after the publication's ("next Monday", 下周一), "last_week" that day in
    the week before it (上周三 on a Thursday: eight days back, not the day before). `alone`: named without
    a word before it ("on Monday", 周一), so that `find_dates` may read it in the week of a day
    the text dates (`_weekday_near_day`)."""
    named = weekday if alone else None
    if published is None:
        return _Reading(None, kind="relative", weekday=named)
    if count in ("next_week", "last_week"):
        week = 7 if count == "next_week" else -7
        return _Reading(add_days(published, week + weekday - published.isoweekday()), kind="relative", weekday=named)
    back = (published.isoweekday() - weekday) % 7
    if count == "before" and back == 0:
        back = 7
    return _Reading(add_days(published, -back), kind="relative", weekday=named)


def parse_week_counts(pairs: list[tuple[str, str]], *, fold: bool) -> dict[str, WeekCount]:
    """`week_relative` rows as word -> count; an unknown count is an error in the rule file."""
    counts: dict[str, WeekCount] = {}
    for word, value in pairs:
        if value not in WEEK_COUNTS:
            raise ValueError(f"week_relative {word!r}: {value!r} is not one of {WEEK_COUNTS}")
        counts[word.lower() if fold else word] = value  # type: ignore[assignment]
    return counts


def _parse_span(value: str) -> tuple[int, int | None]:
    """'21-end' -> (21, None): the first and last day of a part of a month."""
    first, last = value.split("-")
    return int(first), None if last == "end" else int(last)


# ---------------------------------------------------------------------------
# Numbers (ASCII after `fold_width`, or Chinese numerals)

_CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_TENS = {"十": 1, "廿": 2, "卅": 3}


def number(text: str) -> int | None:
    """'18' -> 18, '十八' -> 18, '二十三' -> 23, '廿三' -> 23, '二〇二五' -> 2025; else None."""
    if text.isdecimal():  # [0-9]+, and any other script's digits the patterns' \d matched ('٣')
        return int(text)
    if not text:
        return None
    for c in text:  # (a loop: compiled, any() of a generator would build one for every number)
        if c not in _CN_DIGITS and c not in _CN_TENS:
            return None
    tens_at = [i for i, c in enumerate(text) if c in _CN_TENS]
    if not tens_at:
        return int("".join([str(_CN_DIGITS[c]) for c in text]))  # digit by digit: 二〇二五
    if len(tens_at) > 1 or len(text) > 3:
        return None
    i = tens_at[0]
    head, ten, tail = text[:i], text[i], text[i + 1 :]
    if len(head) > 1 or len(tail) > 1 or (head and ten != "十"):
        return None
    tens = _CN_DIGITS[head] if head else _CN_TENS[ten]
    return tens * 10 + (_CN_DIGITS[tail] if tail else 0)


def _int(match: re.Match[str], group: str) -> int | None:
    value = match.group(group)
    return number(value.strip()) if value else None


# ---------------------------------------------------------------------------
# Patterns


def _words(pairs: list[tuple[str, str]]) -> str:
    """Alternation of rule words; a space in a word matches one to three blanks."""
    return _alternation([w for w, _ in pairs]).replace(r"\ ", r"\s{1,3}").replace(" ", r"\s{1,3}")


def _capitalised(pairs: list[tuple[str, str]]) -> str:
    """Alternation of names as written capitalised or in capitals ("May", "MAY", never "may")."""
    return _alternation([form for w, _ in pairs for form in (w, w.upper())])


# Spaces inside a date: bounded, so a run of blanks never makes a pattern slow.
_S = r"\s{0,3}"
_S1 = r"\s{1,3}"
_YEAR = r"(?:19|20)\d{2}(?!\d)"
_CN_NUM = "〇零○一二三四五六七八九十廿卅两兩"
_ZH_YEAR = r"(?:(?:19|20)\d{2}(?!\d)|[〇零○一二][〇零○一二三四五六七八九]{3})"
_ZH_MONTH = r"(?:\d{1,2}(?!\d)|十[一二]?|[一二三四五六七八九])"
_ZH_DAY = (
    r"(?:\d{1,2}(?!\d)|[一二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?"
    r"|[一二三四五六七八九])"
)


def _month_names(pairs: list[tuple[str, str]]) -> str:
    """Month names; an abbreviation (a name shortening another of its month: "Nov") may take
    a dot, a full name may not (the dot after "17 November." ends the sentence)."""
    abbreviations = [(w, v) for w, v in pairs if any(o != w and o.startswith(w) and u == v for o, u in pairs)]
    full = [(w, v) for w, v in pairs if (w, v) not in abbreviations]
    return rf"(?:(?:{_capitalised(full)})\b|(?:{_capitalised(abbreviations)})(?:\.|\b))"


@dataclass(frozen=True, slots=True, eq=False)
class _Key:
    """Words (or a short regex) every match of a pattern holds: the pattern is run only near them.
    Patterns that share a key share the object (keys compare and hash by identity: cheap).

    `regex` finds them; with `fold`, in the lower-cased text (a case-insensitive regex
    cannot skip ahead to its first letter, and costs as much as the pattern itself).
    `words`, when the key is plain words, finds the same in one Aho-Corasick pass.
    """

    regex: re.Pattern[str]
    fold: bool = False
    caseless: re.Pattern[str] | None = None  # the same words, case-insensitive: for texts `lower` would shift
    words: AhoCorasick | None = None
    spelled: int | None = None  # words past this index are digits that send the text to `regex`
    plain_words: tuple[str, ...] = ()  # `words` as written, when they are plain words found as written
    spelled_words: tuple[str, ...] = ()  # a spelled key's words (before the digits), found as written
    near: _Pattern | None = None  # `caseless` searched near a piece of each word (see `_near_pieces`)


@dataclass(frozen=True, slots=True)
class _Gate:
    """What every match of a pattern reads right next to the key word it holds: checked at each
    key word before the pattern runs near it, so that the pattern runs only where it can match.

    `after` must match where the key word ends, `before` must end where it starts (it is
    searched over the `before_width` characters in front of the key word: its longest match).
    Each is a piece of the pattern itself, written beside it: a necessary condition, never
    a sufficient one (tests/dates/test_gated_search.py checks the gated finder against the
    plain one).
    """

    after: re.Pattern[str] | None = None
    before: re.Pattern[str] | None = None
    before_width: int = 0

    def admits(self, text: str, start: int, end: int) -> bool:
        if self.after is not None and self.after.match(text, end) is None:
            return False
        return self.before is None or self.before.search(text, max(0, start - self.before_width), start) is not None


def _gate(*, after: str | None = None, before: str | None = None) -> _Gate:
    """A gate from the regex pieces a match reads right after and right before its key word."""
    before_width = 0
    if before is not None:
        before_width = _re_parser.parse(before).getwidth()[1]
        if before_width >= _re_constants.MAXREPEAT:
            raise ValueError(f"a gate's piece before the key must have a bounded width: {before!r}")
    return _Gate(
        re.compile(after) if after is not None else None,
        re.compile(rf"(?:{before})\Z") if before is not None else None,
        before_width,
    )


@dataclass(frozen=True, slots=True)
class _Pattern:
    """A regex and the function that reads its match; a `lead` group is matched, not kept.

    With a `key` (see `_matches`), `lead` bounds how far before a key word a match can
    start and `reach` how far past its start the regex reads (its longest match, widest
    lookahead and one character for a word boundary). With a `gate`, only the key words it
    admits are searched near. `starts` finds the characters a match can begin with (see
    `_finditer`).
    """

    regex: re.Pattern[str]
    read: Callable[[re.Match[str], dt.date | None], _Reading | None]
    key: _Key | None = None
    lead: int = 0
    reach: int = 0
    gate: _Gate | None = None
    starts: re.Pattern[str] | None = None


def _keyed(
    regex: str,
    read: Callable[..., _Reading | None],
    key: _Key,
    firsts: str | None = None,
    within: str | None = None,
    gate: _Gate | None = None,
) -> _Pattern:
    """A pattern read near its key. `firsts`: the characters the key's words begin with, when
    the regex matches them as written (a match may then start only as far before a key word
    as the regex reads such a character; with `within`, the group every match reads a key
    word in, as far as it reads one in that group); else a match starts within `reach`."""
    compiled = re.compile(regex)
    parsed = _re_parser.parse(compiled.pattern, compiled.flags)
    shortest, longest = parsed.getwidth()
    if longest >= _re_constants.MAXREPEAT or shortest == 0:
        return _Pattern(compiled, read)
    reach = longest + _widest_lookahead(parsed) + 1
    group = compiled.groupindex[within] if within else None
    lead = _lead(parsed, frozenset(firsts.lower()), group, inside=group is None) if firsts else reach
    if lead is None:
        raise ValueError(f"no word of the key {key.regex.pattern!r} is written in {regex!r}")
    return _Pattern(compiled, read, key, min(lead, reach), reach, gate, _starts(parsed, compiled.flags))


def _starts(parsed, flags: int) -> re.Pattern[str] | None:
    """A character class of every character a match of a parsed regex can begin with (a lookaround
    reads none of its own; a group or repeat that can be empty lets what follows begin it), or
    None when that is not told by literal characters, ranges and `\\d`, `\\s`, `\\w`."""
    if flags & re.IGNORECASE:
        return None
    found = _first_characters(parsed)
    if found is None or found[1] or not found[0]:
        return None
    return re.compile("[" + "".join(dict.fromkeys(found[0])) + "]", flags)


def _first_characters(parsed) -> tuple[list[str], bool] | None:
    """The class items a sequence of regex items can begin with, and whether it can match empty."""
    items: list[str] = []
    for op, av in parsed:
        found = _first_of(op, av)
        if found is None:
            return None
        items += found[0]
        if not found[1]:
            return items, False
    return items, True


def _first_of(op, av) -> tuple[list[str], bool] | None:
    if op is _re_constants.LITERAL:
        return [_class_character(av)], False
    if op is _re_constants.IN:
        return _class_items(av)
    if op in (_re_constants.AT, _re_constants.ASSERT, _re_constants.ASSERT_NOT):
        return [], True  # (reads no character of the match)
    if op is _re_constants.SUBPATTERN:
        _, add_flags, del_flags, inner = av
        return None if add_flags or del_flags else _first_characters(inner)
    if op is _re_constants.BRANCH:
        branches = [_first_characters(branch) for branch in av[1]]
        if any(found is None for found in branches):
            return None
        return [i for found in branches for i in found[0]], any(found[1] for found in branches)
    if op in _REPEATS:
        low, _, inner = av
        found = _first_characters(inner)
        return None if found is None else (found[0], low == 0 or found[1])
    return None


_CLASS_CATEGORIES = {
    _re_constants.CATEGORY_DIGIT: r"\d",
    _re_constants.CATEGORY_SPACE: r"\s",
    _re_constants.CATEGORY_WORD: r"\w",
}


def _class_items(av) -> tuple[list[str], bool] | None:
    items = []
    for item, value in av:
        if item is _re_constants.LITERAL:
            items.append(_class_character(value))
        elif item is _re_constants.RANGE:
            items.append(f"{_class_character(value[0])}-{_class_character(value[1])}")
        elif item is _re_constants.CATEGORY and value in _CLASS_CATEGORIES:
            items.append(_CLASS_CATEGORIES[value])
        else:
            return None  # (a negated class, or a category not listed)
    return items, False


def _class_character(code: int) -> str:
    return re.escape(chr(code))


def _word_key(words: list[str], *, fold: bool = False) -> tuple[_Key, str]:
    """A key of rule words (a space matches one to three blanks), and their first characters."""
    pairs = [(w, "") for w in words]
    firsts = "".join(w[0] for w in words)
    found = [w.lower() for w in words] if fold else words
    # `regex` alternates the words longest first: its matches are the automaton's leftmost-longest
    # ones, unless a word holds a space (which the regex lets stand for one to three blanks).
    automaton = (
        None
        if any(c.isspace() for w in found for c in w)
        else AhoCorasick(sorted(set(found)), _LONGEST, implementation=_DFA)
    )
    if not fold:
        plain = tuple(sorted(set(found))) if automaton is not None else ()
        return _Key(re.compile(_words(pairs)), words=automaton, plain_words=plain), firsts
    lowered = [(w, "") for w in found]
    caseless = re.compile(f"(?i:{_words(pairs)})")
    near = _near_pieces(caseless, found)
    return _Key(re.compile(_words(lowered)), True, caseless, automaton, near=near), firsts


def _near_pieces(caseless: re.Pattern[str], words: list[str]) -> _Pattern | None:
    """`caseless` as a pattern keyed by a piece of each of its `words` in every case it can be
    read in (the first four letters of the word's longest part between spaces): found as plain
    words in the shared pass, they spare the text's lower-casing and a case-insensitive search of
    it all (a case-insensitive regex cannot skip ahead to its first letters). None when a word is
    not ASCII letters and spaces."""
    if not all(w.replace(" ", "").isascii() and w.replace(" ", "").isalpha() for w in words):
        return None
    pieces = {max(w.split(), key=len)[:4] for w in words}
    variants = sorted({"".join(chars) for piece in pieces for chars in itertools.product(*map(_cased, piece))})
    automaton = AhoCorasick(variants, _LONGEST, implementation=_DFA)
    key = _Key(re.compile(_alternation(variants)), words=automaton, plain_words=tuple(variants))
    pattern = _keyed(caseless.pattern, _never_read, key)
    return pattern if pattern.key is not None else None


def _cased(letter: str) -> list[str]:
    """Every character a case-insensitive regex reads as the ASCII letter `letter`."""
    found = {letter.lower(), letter.upper(), *(c for c in FOLDS_TO_ASCII if re.fullmatch(f"(?i:{letter})", c))}
    return sorted(found)


def _never_read(match: re.Match[str], published: dt.date | None) -> None:
    raise AssertionError("a key's own search is not read as a date")


def _spelled_key(regex: str, words: list[str]) -> _Key:
    """A key given as a short regex and, spelled out, the words it matches with ASCII digits:
    all of one length, so the automaton's leftmost-longest matches are the regex's (at a
    quarter of its cost). `\\d` also reads other scripts' digits: the automaton finds those
    too (`spelled` tells them apart), and a text holding one is left to the regex."""
    compiled = re.compile(regex)
    if len({len(w) for w in words}) != 1 or not all(w.isascii() and compiled.fullmatch(w) for w in words):
        raise ValueError(f"the words of key {regex!r} must be ASCII, of one length and match it")
    automaton = AhoCorasick(words + list(NON_ASCII_DIGITS), _LONGEST, implementation=_DFA)
    return _Key(compiled, words=automaton, spelled=len(words), spelled_words=tuple(words))


# The characters besides 0-9 that `\d` reads (Unicode's decimal digits, all in planes 0 and 1:
# planes 2 and 3 are for ideographs, the others hold no digits).
NON_ASCII_DIGITS = "".join(filter(str.isdecimal, map(chr, range(0x80, 0x20000))))


_LONGEST = MatchKind.LeftmostLongest


# The characters besides A-Z and a-z that a case-insensitive regex takes for an ASCII letter.
FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def _widest_lookahead(parsed) -> int:
    """The widest lookahead anywhere in a parsed regex (a tree of `re._parser.SubPattern`)."""
    widest = 0
    for op, av in parsed:
        if op in (_re_constants.ASSERT, _re_constants.ASSERT_NOT):
            direction, inner = av
            inner_width = inner.getwidth()[1] if direction == 1 else 0
            widest = max(widest, inner_width + _widest_lookahead(inner))
        else:
            for inner in _subpatterns(op, av):
                widest = max(widest, _widest_lookahead(inner))
    return widest


def _subpatterns(op, av) -> list:
    if op is _re_constants.SUBPATTERN:
        return [av[3]]
    if op is _re_constants.BRANCH:
        return list(av[1])
    if op in _REPEATS:
        return [av[2]]
    if op is _re_constants.ATOMIC_GROUP:
        return [av]
    if op is _re_constants.GROUPREF_EXISTS:
        return [p for p in av[1:] if p is not None]
    return []


_REPEATS = (_re_constants.MAX_REPEAT, _re_constants.MIN_REPEAT, _re_constants.POSSESSIVE_REPEAT)


def _lead(parsed, firsts: frozenset[str], group: int | None, *, inside: bool) -> int | None:
    """The furthest from its start a parsed regex can read a character of `firsts` (compared in
    lower case), in its match or a lookahead, inside group number `group` if not yet `inside`
    it; None when it never can."""
    furthest, offset = None, 0
    for op, av in parsed:
        inner = _lead_in(op, av, firsts, group, inside)
        if inner is not None:
            furthest = max(furthest or 0, offset + inner)
        offset += _re_parser.SubPattern(parsed.state, [(op, av)]).getwidth()[1]
    return furthest


def _lead_in(op, av, firsts: frozenset[str], group: int | None, inside: bool) -> int | None:
    if op is _re_constants.LITERAL:
        return 0 if inside and chr(av).lower() in firsts else None
    if op in (_re_constants.IN, _re_constants.NOT_LITERAL, _re_constants.ANY, _re_constants.GROUPREF):
        return 0 if inside and _may_read(op, av, firsts) else None
    if op is _re_constants.SUBPATTERN:
        return _lead(av[3], firsts, group, inside=inside or av[0] == group)
    if op is _re_constants.ASSERT:
        direction, inner = av
        if direction == 1:
            return _lead(inner, firsts, group, inside=inside)
        if _lead(inner, firsts, group, inside=True) is not None:
            raise ValueError("a key word in a lookbehind is not supported")
        return None
    if op is _re_constants.ASSERT_NOT or op is _re_constants.AT:
        return None  # a negative assertion never requires a word; a boundary reads none
    if op in _REPEATS:
        _, high, inner = av
        found = _lead(inner, firsts, group, inside=inside)
        return None if found is None or high == 0 else (high - 1) * inner.getwidth()[1] + found
    if op is _re_constants.GROUPREF_EXISTS:
        raise ValueError("conditional groups are not supported")
    leads = [
        found for inner in _subpatterns(op, av) if (found := _lead(inner, firsts, group, inside=inside)) is not None
    ]
    return max(leads) if leads else None


def _may_read(op, av, firsts: frozenset[str]) -> bool:
    """Whether a one-character item may read one of `firsts`; when unsure, yes."""
    if op is _re_constants.NOT_LITERAL:
        return any(chr(av).lower() != c for c in firsts)
    if op is not _re_constants.IN:
        return True
    for item, value in av:
        if item is _re_constants.NEGATE:
            return True
        if item is _re_constants.LITERAL and chr(value).lower() in firsts:
            return True
        if item is _re_constants.RANGE and any(value[0] <= ord(c) <= value[1] for c in _cases(firsts)):
            return True
        if item is _re_constants.CATEGORY and not _category_excludes(value, firsts):
            return True
    return False


def _cases(chars: frozenset[str]) -> set[str]:
    return {variant for c in chars for variant in (c, c.upper(), c.lower())}


def _category_excludes(category, firsts: frozenset[str]) -> bool:
    """Whether a `\\d` or `\\s` class surely reads none of `firsts`."""
    if category is _re_constants.CATEGORY_DIGIT:
        return not any(c.isdigit() for c in _cases(firsts))
    if category is _re_constants.CATEGORY_SPACE:
        return not any(c.isspace() for c in _cases(firsts))
    return False


def _numeric_patterns() -> list[_Pattern]:
    """2025-11-17, 2025/11/17, 2025.11.17, 17.11.2025 (dotted is day first), 11/17/2025."""

    def read_ymd(m: re.Match[str], published: dt.date | None) -> _Reading:
        parts = _Parts(int(m["y"]), int(m["m"]), int(m["d"]), year_explicit=True)
        return _read_day(parts, published)

    def read_slash(m: re.Match[str], published: dt.date | None) -> _Reading:
        first, second, year = int(m["a"]), int(m["b"]), int(m["y"])
        if first > 12 >= second:
            return _read_day(_Parts(year, second, first, year_explicit=True), published)
        if second > 12 >= first or first == second:
            return _read_day(_Parts(year, first, second, year_explicit=True), published)
        if first > 12 and second > 12:
            return _Reading(None, year_explicit=True, kind="garbled")
        return _Reading(None, year_explicit=True)  # 04/05/2025: either order is possible

    # The key is the year, which no digit precedes in a match: a key found there is that year.
    year_key = _spelled_key(r"(?:19|20)\d\d", [f"{century}{year:02d}" for century in (19, 20) for year in range(100)])
    return [
        _keyed(
            rf"(?<![\d.\-/])(?P<y>{_YEAR})(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?![\d])",
            read_ymd,
            year_key,
            gate=_gate(after=r"[-/.]\d"),
        ),
        _keyed(
            rf"(?<![\d.])(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>{_YEAR})",
            read_ymd,
            year_key,
            gate=_gate(before=r"\d\."),
        ),
        _keyed(
            rf"(?<![\d/])(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>{_YEAR})",
            read_slash,
            year_key,
            gate=_gate(before=r"\d/"),
        ),
    ]


_ORDINAL_AT = re.compile(r"(?:st|nd|rd|th)\b")
_YEAR_BEFORE = re.compile(rf"(?<![\d.,/-])({_YEAR}),?{_S1}\Z")
_YEAR_WIDTH = 8  # characters: a year, a comma and three blanks


def _year_before(text: str, start: int) -> int | None:
    """The year written right before a month-first day ("2026 May 5"), or None."""
    at = start - 1
    while at >= 0 and start - at <= 4 and text[at] in " ,\t\n":
        at -= 1  # (a loop: only a digit before the blanks sends the text to the regex)
    if at < 3 or not text[at].isdigit():
        return None
    found = _YEAR_BEFORE.search(text, max(0, start - _YEAR_WIDTH), start)
    return int(found[1]) if found is not None else None


def _past_ordinal(text: str, end: int) -> int:
    """Where a day's number ending at `end` ends with its ordinal letters ("3rd")."""
    found = _ORDINAL_AT.match(text, end)
    return found.end() if found is not None else end


def _english_patterns(rules: dict[str, list[tuple[str, str]]]) -> list[_Pattern]:
    months = {w.lower(): int(v) for w, v in rules["month"]}
    weekdays = {w.lower(): int(v) for w, v in rules["weekday"]}
    week_counts = parse_week_counts(rules["week_relative"], fold=True)
    day_offsets = {w.lower(): int(v) for w, v in rules["day_relative"]}
    month_parts = {w.lower().rstrip("-"): _parse_span(v) for w, v in rules["month_part"]}
    connectors = [*rules["range_connector"], *rules.get("day_pair_connector", [])]
    pair = re.compile(rf"\s(?:{_words(rules['day_pair_connector'])})\s") if rules.get("day_pair_connector") else None
    # "between 5 and 7 November": the pair is a range (searched over the 16 characters before a match)
    opener = (
        re.compile(rf"\b(?i:{_words(rules['range_opener'])}){_S1}(?:the{_S1})?\Z")
        if rules.get("range_opener")
        else None
    )
    symbols = [(w, v) for w, v in connectors if not w.isalpha()]
    conn_words = [(w, v) for w, v in connectors if w.isalpha()]
    # (a comma may stand before a word: "3, 5, and 9 November", a list's last comma)
    conn = rf"(?:{_S}(?:{_words(symbols)}){_S}|,?{_S1}(?:{_words(conn_words)}){_S1})"
    mon = _month_names(rules["month"])
    weekday = rf"\b(?:{_capitalised(rules['weekday'])})\b"
    ordinal = r"(?:st|nd|rd|th)?\b"

    def year(group: str) -> str:
        return rf",?{_S}(?P<{group}>{_YEAR})"

    mpart = rf"(?:\b(?P<mpart>(?i:{_words(rules['month_part'])})){_S})"

    def month_of(m: re.Match[str], group: str) -> int | None:
        name = m.group(group)
        return months[name.rstrip(".").lower()] if name else None

    def span_of(m: re.Match[str]) -> tuple[int, int | None]:
        return month_parts[m["mpart"].lower().rstrip("-")] if m["mpart"] else (1, None)

    def read_dated(m: re.Match[str], published: dt.date | None, split: str = "") -> _Reading:
        """A day or range; two days joined by "and" are a range only when one follows the other
        ("9 and 10 October") or "between" opens them; else, with `split` ("dmy", "mdy") and the
        second day's own month after it, two days ("3 and 9 December", "December 3 and December
        9"); else the first day ("on May 5 and 12 students ...")."""
        end_day = _int(m, "d2") if m["d2"] else _int(m, "d3") if "d3" in m.re.groupindex else None
        apart = end_day is not None and (m["m2"] or end_day != _int(m, "d") + 1)
        if apart and pair and pair.search(m.group(0)) and not _opens_range(m):
            pair_of_days = _two_days(m, split, published) if split else None
            if pair_of_days is not None:
                return pair_of_days
            end_day = None
        # "2026 May 5", "2026 Nov 5": a year right before the month (a date line, a notice's heading)
        first_year = _int(m, "y") or (_year_before(m.string, m.start()) if split == "mdy" else None)
        parts = _Parts(
            year=first_year or (_int(m, "y2") if not m["m2"] else None),
            month=month_of(m, "m"),
            day=_int(m, "d"),
            end_year=_int(m, "y2"),
            end_month=month_of(m, "m2"),
            end_day=end_day,
            year_explicit=bool(first_year or m["y2"]),
            is_range=end_day is not None,
        )
        return _read_day(parts, published)

    def _opens_range(m: re.Match[str]) -> bool:
        """Whether a range opener ("between") stands right before the match."""
        return opener is not None and opener.search(m.string, max(0, m.start() - 16), m.start()) is not None

    def _two_days(m: re.Match[str], split: str, published: dt.date | None) -> _Reading | None:
        """The first of two days named together with its words' end, and the second with its
        start: "3 and 9 December 2025" (the month and year after the second are the first's
        too), "3 May and 4 June", "December 3 and December 9, 2025"."""
        if split == "dmy" and m["d3"] is None:  # 3 and 9 December (2025)
            first_end, second_start = _past_ordinal(m.string, m.end("d")), m.start("d2")
            first = _Parts(_int(m, "y"), month_of(m, "m"), _int(m, "d"), year_explicit=bool(m["y"]))
            second = _Parts(_int(m, "y"), month_of(m, "m"), _int(m, "d2"), year_explicit=bool(m["y"]))
        elif (split == "dmy" and m["d2"] is None) or (split == "mdy" and m["m2"]):
            # 3 May (2025) and 4 June 2026; December 3 (2025) and December 9, 2025
            day2, first_end = ("d3", m.end("m")) if split == "dmy" else ("d2", _past_ordinal(m.string, m.end("d")))
            first_end = m.end("y") if m["y"] else first_end
            second_start = m.start(day2) if split == "dmy" else m.start("m2")
            month, month2, explicit = month_of(m, "m"), month_of(m, "m2"), bool(m["y"] or m["y2"])
            first = _Parts(_int(m, "y"), month, _int(m, "d"), _int(m, "y2"), month2, year_explicit=explicit)
            second = _Parts(_second_year(m, month, month2), month2, _int(m, day2), year_explicit=explicit)
        else:
            return None
        reading, second_reading = _read_day(first, published), _read_day(second, published)
        return _Reading(
            reading.date,
            None,
            reading.year_explicit,
            reading.kind,
            second=(first_end, second_start, second_reading),
        )

    def _second_year(m: re.Match[str], month: int | None, month2: int | None) -> int | None:
        """The second day's year: its own, else the first's (the next when its month is earlier)."""
        if m["y2"] or not m["y"]:
            return _int(m, "y2")
        return int(m["y"]) + (1 if month and month2 and month2 < month else 0)

    def read_month_first(m: re.Match[str], published: dt.date | None) -> _Reading:
        return read_dated(m, published, "mdy")

    def read_day_first(m: re.Match[str], published: dt.date | None) -> _Reading:
        return read_dated(m, published, "dmy")

    def read_month(m: re.Match[str], published: dt.date | None) -> _Reading | None:
        explicit = "y" in m.re.groupindex and m["y"] is not None
        month = month_of(m, "m")
        assert month is not None
        return _read_month(_int(m, "y") if explicit else None, month, span_of(m), published, explicit)

    def read_day_only(m: re.Match[str], published: dt.date | None) -> _Reading:
        return _read_day(_Parts(day=_int(m, "d")), published)

    def read_weekday(m: re.Match[str], published: dt.date | None) -> _Reading:
        count = week_counts[m["rel"].lower()] if m["rel"] else "not_after"
        day = weekdays[m["wd"].lower()]
        return _read_weekday(day, count, published, alone=not m["rel"])

    def read_relative_day(m: re.Match[str], published: dt.date | None) -> _Reading | None:
        if published is None:
            return None  # "yesterday" on a page without a date says nothing
        return _Reading(add_days(published, day_offsets[m["drel"].lower()]), kind="relative")

    prefix_day = rf"(?:{weekday},?{_S1})?"
    # "November 5 (Thursday)", "Nov. 5-7 (Thursday-Saturday)": the weekday confirms the day
    weekday_after = rf"(?:{_S}\({_S}{weekday}(?:{conn}{weekday})?{_S}\))?"
    mdy = (
        rf"{prefix_day}\b(?P<m>{mon}){_S}(?P<d>\d{{1,2}}){ordinal}(?:{year('y')})?"
        rf"(?:{conn}(?:(?P<m2>{mon}){_S})?(?P<d2>\d{{1,2}}){ordinal}(?:{year('y2')})?)?{weekday_after}"
    )
    dmy = (
        rf"{prefix_day}(?:\bthe{_S1})?\b(?P<d>\d{{1,2}}){ordinal}"
        rf"(?:{conn}(?:the{_S1})?(?P<d2>\d{{1,2}}){ordinal})?"
        rf"{_S1}(?:of{_S1})?(?P<m>{mon})(?:{year('y')})?"
        rf"(?:{conn}(?:the{_S1})?(?P<d3>\d{{1,2}}){ordinal}{_S1}(?:of{_S1})?(?P<m2>{mon})(?:{year('y2')})?)?"
        rf"{weekday_after}"
    )
    # "Thursday (5 November)", "from Tuesday (Nov. 3) to Saturday (Nov. 7)", "last Friday (Nov 6)":
    # a weekday with its day in brackets is that day, not the weekday counted from publication
    weekday_open = rf"(?:\b(?i:{_words(rules['week_relative'])}){_S1})?(?P<wd>{weekday}){_S}\({_S}"
    weekday_then = rf"{conn}{weekday}{_S}\({_S}"
    close = rf"{_S}\)"
    md_bracketed = (
        rf"{weekday_open}(?P<m>{mon}){_S}(?P<d>\d{{1,2}}){ordinal}(?:{year('y')})?{close}"
        rf"(?:{weekday_then}(?:(?P<m2>{mon}){_S})?(?P<d2>\d{{1,2}}){ordinal}(?:{year('y2')})?{close})?"
    )
    dm_bracketed = (
        rf"{weekday_open}(?P<d>\d{{1,2}}){ordinal}{_S1}(?:of{_S1})?(?P<m>{mon})(?:{year('y')})?{close}"
        rf"(?:{weekday_then}(?P<d2>\d{{1,2}}){ordinal}{_S1}(?:of{_S1})?(?P<m2>{mon})(?:{year('y2')})?{close})?"
    )
    month_year = rf"{mpart}?\b(?P<m>{mon}),?{_S}(?P<y>{_YEAR})"
    month_alone = (
        rf"\b(?P<lead>(?i:{_words(rules['month_prefix'])}){_S1}(?:the{_S1})?)"
        rf"{mpart}?(?P<m>{mon})(?!\.?{_S}\d)"
    )
    day_alone = (
        rf"\b(?P<lead>(?i:{_words(rules['day_prefix'])}){_S1})the{_S1}(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b"
        rf"(?={_S}[,.;:!?)]|{_S}$|{_S1}(?:{_words(rules['day_follower'])})\b)"
    )
    relative_weekday = rf"\b(?:(?P<rel>(?i:{_words(rules['week_relative'])})){_S1})?(?P<wd>{weekday})"
    relative_day = rf"\b(?P<drel>(?i:{_words(rules['day_relative'])}))\b"
    # ("the day after" / "the day before" is a day only where its clause ends: "The day after, ..."; "the
    # day after the forum opened" counts from the forum, not from the day last named)
    anchored_day = (
        rf"\b(?P<arel>(?i:{_words(rules['anchor_relative'])}))\b"
        rf"(?:(?<![Aa]fter)(?<![Bb]efore)|(?={_S}[,.;:!?)]|{_S}$))"
    )
    # "That evening", "the following morning": keyed by the part of the day, as written
    part_words = [form for w, _ in rules.get("part_of_day", []) for form in (w, w.capitalize(), w.upper())]
    part_offsets = {w.lower(): int(v) for w, v in rules.get("anchor_part_lead", [])}
    anchored_part = (
        rf"\b(?P<plead>(?i:{_words(rules.get('anchor_part_lead', []))})){_S1}"
        rf"(?P<part>{_alternation(part_words)})\b"
    )

    def read_anchored_part(m: re.Match[str], published: dt.date | None) -> _Reading:
        return _Reading(None, kind="relative", from_anchor=part_offsets[" ".join(m["plead"].lower().split())])

    # The words each pattern cannot match without (see `_Pattern.key`).
    month_key = _word_key([form for w, _ in rules["month"] for form in (w, w.upper())])
    weekday_key = _word_key([form for w, _ in rules["weekday"] for form in (w, w.upper())])
    ordinal_key = _spelled_key(
        r"\d(?:st|nd|rd|th)", [f"{n}{end}" for n in range(10) for end in ("st", "nd", "rd", "th")]
    )
    # What each pattern reads right beside its month (group m, whose name is the key word found
    # there: a name stands between word boundaries, or ends at an abbreviation's dot):
    # a day after it, a day before it, a year after it, no day after it.
    day_after = rf"\.?{_S}\d"
    return [
        _keyed(mdy, read_month_first, *month_key, within="m", gate=_gate(after=day_after)),
        _keyed(dmy, read_day_first, *month_key, within="m", gate=_gate(before=rf"\d{ordinal}{_S1}(?:of{_S1})?")),
        _keyed(month_year, read_month, *month_key, within="m", gate=_gate(after=rf"\.?,?{_S}{_YEAR}")),
        _keyed(month_alone, read_month, *month_key, within="m", gate=_gate(after=f"(?!{day_after})")),
        _keyed(day_alone, read_day_only, ordinal_key),
        _keyed(md_bracketed, read_dated, *weekday_key, within="wd", gate=_gate(after=rf"{_S}\(")),
        _keyed(dm_bracketed, read_dated, *weekday_key, within="wd", gate=_gate(after=rf"{_S}\(")),
        _keyed(relative_weekday, read_weekday, *weekday_key, within="wd"),
        _keyed(
            relative_day,
            read_relative_day,
            *_word_key([w for w, _ in rules["day_relative"]], fold=True),
            within="drel",
        ),
        _keyed(
            anchored_day,
            _anchored_reader(rules["anchor_relative"], fold=True),
            *_word_key([w for w, _ in rules["anchor_relative"]], fold=True),
            within="arel",
        ),
        *([_keyed(anchored_part, read_anchored_part, *_word_key(part_words), within="part")] if part_words else []),
    ]


def _anchored_reader(pairs: list[tuple[str, str]], *, fold: bool) -> Callable[..., _Reading]:
    """Reader of `anchor_relative` words ("the next day", 次日): resolved in `find_dates`."""
    offsets = {(w.lower() if fold else w): int(v) for w, v in pairs}
    spaces = re.compile(r"\s+")

    def read(m: re.Match[str], published: dt.date | None) -> _Reading:
        word = spaces.sub(" ", m["arel"])
        return _Reading(None, kind="relative", from_anchor=offsets[word.lower() if fold else word])

    return read


def _chinese_patterns(rules: dict[str, list[tuple[str, str]]]) -> list[_Pattern]:
    weekdays = {w: int(v) for w, v in rules["weekday"]}
    week_counts = parse_week_counts(rules["week_relative"], fold=False)
    day_offsets = {w: int(v) for w, v in rules["day_relative"]}
    year_offsets = {w: int(v) for w, v in rules["year_relative"]}
    month_offsets = {w: int(v) for w, v in rules["month_relative"]}
    month_parts = {w: _parse_span(v) for w, v in rules["month_part"]}
    conn = rf"{_S}(?:{_words(rules['range_connector'])}){_S}"
    suffix = rf"(?:{_words(rules['day_suffix'])})"
    only_suffix = rf"(?:{_words(rules['day_only_suffix'])})"
    not_day = rf"(?!{_words(rules['day_not_followed_by'])})"
    not_month = rf"(?!{_words(rules['month_not_followed_by'])})"
    not_weekday = rf"(?!{_words(rules['weekday_not_followed_by'])})"
    not_relative_day = rf"(?!{_words(rules['day_relative_not_followed_by'])})"
    listed = rf"{_S}(?:{_words(rules['list_connector'])}){_S}\d"
    pod = rf"(?:{_S}(?:{_words(rules['part_of_day'])}))?"
    week_word = rf"(?:{_words(rules['weekday_word'])})"
    weekday_chars = "".join(w for w, _ in rules["weekday"])
    not_after = "".join(re.escape(w) for w, _ in rules["weekday_not_after"])
    # 11月18日(星期二), 11月18日周二: the weekday confirms the day and stays in its text
    weekday_name = rf"{week_word}[{weekday_chars}]"
    # 11月9日至13日（周一至周五): a range's weekdays too
    named_weekday = rf"(?:{_S}[（(]{_S}{weekday_name}(?:{conn}{weekday_name})?{_S}[）)]|{_S}{weekday_name})?"
    # a range's first day may give its weekday in brackets: 11月5日（周四）至7日（周六）
    bracketed_weekday = rf"[（(]{_S}{weekday_name}{_S}[）)]"
    year = rf"(?:(?P<y>{_ZH_YEAR}){_S}年{_S}|(?P<yrel>{_words(rules['year_relative'])}){_S})"
    starts_number = rf"(?<![\d{_CN_NUM}])"

    def year_of(m: re.Match[str], published: dt.date | None) -> tuple[int | None, bool]:
        if m["y"]:
            return _int(m, "y"), True
        if m["yrel"] and published is not None:
            return published.year + year_offsets[m["yrel"]], False
        return None, False

    def read_dated(m: re.Match[str], published: dt.date | None) -> _Reading | None:
        if m["dsuf"] is None and m["d2"] is None and m["listed"] is None:
            return None  # "11月18" with neither 日 nor a range nor a list (11月17、18日)
        if m["yrel"] and published is None:
            return _Reading(None, kind="range" if m["d2"] else "day")
        year, explicit = year_of(m, published)
        month = _int(m, "m")
        if m["mrel"]:
            if published is None:
                return _Reading(None, kind="range" if m["d2"] else "day")
            year, month = _shift_month(published.year, published.month, month_offsets[m["mrel"]])
        parts = _Parts(
            year=year,
            month=month,
            day=_int(m, "d"),
            end_year=_int(m, "y2"),
            end_month=_int(m, "m2"),
            end_day=_int(m, "d2"),
            year_explicit=explicit or bool(m["y2"]),
            is_range=m["d2"] is not None,
        )
        return _read_day(parts, published)

    def read_month(m: re.Match[str], published: dt.date | None) -> _Reading | None:
        month = _int(m, "m")
        if month is None or (m["yrel"] and published is None):
            return None if month is None else _Reading(None, kind="month")
        year, explicit = year_of(m, published)
        span = month_parts[m["mpart"]] if m["mpart"] else (1, None)
        return _read_month(year, month, span, published, explicit)

    def read_day_only(m: re.Match[str], published: dt.date | None) -> _Reading | None:
        if m["dsuf"] is None and m["d2"] is None:
            return None
        if m["y"]:
            return _Reading(None, year_explicit=True, kind="garbled")  # 2025年18日: the month is lost
        parts = _Parts(day=_int(m, "d"), end_day=_int(m, "d2"), is_range=m["d2"] is not None)
        return _read_day(parts, published)

    # what a Chinese-numeral day may not follow (checked by its reader: a lookbehind may not read
    # the numerals its key starts with)
    not_before_cn_day = frozenset(f"{_CN_NUM}第月期近数數几幾每连連共满滿逾余餘历歷用前后後同")
    # its key: the numeral ending the day and 日 (九日, 十日, 廿日)
    cn_day_key = _word_key([c + w for c in "一二三四五六七八九十廿卅" for w, _ in rules["day_only_suffix"]])

    def read_cn_day_only(m: re.Match[str], published: dt.date | None) -> _Reading | None:
        if m.start() > 0 and m.string[m.start() - 1] in not_before_cn_day:
            return None  # 为期七日, 第三日, 同一日: a count or an ordinal
        parts = _Parts(day=_int(m, "d"), end_day=_int(m, "d2"), is_range=m["d2"] is not None)
        return _read_day(parts, published)

    def read_weekday(m: re.Match[str], published: dt.date | None) -> _Reading:
        count = week_counts[m["rel"]] if m["rel"] else "not_after"
        day = weekdays[m["wd"]]
        return _read_weekday(day, count, published, alone=not m["rel"])

    def read_relative_day(m: re.Match[str], published: dt.date | None) -> _Reading | None:
        if published is None:
            return None  # 昨天 on a page without a date says nothing
        return _Reading(add_days(published, day_offsets[m["drel"]]), kind="relative")

    month_or_relative = rf"(?P<month_words>(?P<m>{_ZH_MONTH}){_S}月|(?P<mrel>{_words(rules['month_relative'])}))"
    end_month = rf"(?:(?:(?P<y2>{_ZH_YEAR}){_S}年{_S})?(?P<m2>{_ZH_MONTH}){_S}月{_S})"
    range_end = rf"(?:{conn}{end_month}?(?P<d2>{_ZH_DAY}){_S}{suffix})"
    dated_day = (
        rf"{starts_number}{year}?{month_or_relative}{_S}(?P<d>{_ZH_DAY}){_S}"
        rf"(?:(?P<dsuf>{suffix})(?:{bracketed_weekday}(?={conn}))?|(?={conn})|(?P<listed>(?={listed})))"
        rf"(?:{range_end})?"
    )  # (a range's first day may give its weekday: 11月5日（周四）至7日（周六）)
    dated = rf"{dated_day}{named_weekday}{pod}"
    # 周四（11月5日）, 上周五(11月6日)上午: a weekday with its day in brackets is that day
    weekday_dated = (
        rf"(?<![{not_after}])(?:{_words(rules['week_relative'])})?{weekday_name}[（(]{_S}"
        rf"{dated_day}{_S}[）)]{pod}"
    )
    # its key: the weekday and its bracket (周四（, 星期四(), found with the page's other words
    weekday_bracket_key = _word_key([w + c + b for w, _ in rules["weekday_word"] for c in weekday_chars for b in "（("])
    # 九日上午, 十一日至十三日: a day in Chinese numerals without its month, only where a day stands
    # (before a part of the day, punctuation or a range's end; not after 为期, 近, 数, 每: 为期七日)
    cn_day = r"(?:[一二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])"
    cn_day_only = (
        rf"(?P<d>{cn_day})(?P<day_end>{only_suffix})"
        rf"(?:{conn}(?P<d2>{cn_day}|\d{{1,2}}){_S}{only_suffix})?"
        rf"(?=[，,。；;、：:（()）\s]|{_words(rules['part_of_day'])}|{_words(rules['range_connector'])}|$)"
        rf"{named_weekday}{pod}"
    )
    month = (
        rf"{starts_number}{year}?(?P<month_words>(?P<m>{_ZH_MONTH}){_S}月){not_month}(?:份)?"
        rf"(?P<mpart>{_words(rules['month_part'])})?"
    )
    day_only = (
        rf"(?<![\d{_CN_NUM}第月])(?:(?P<y>{_ZH_YEAR}){_S}年{_S})?(?P<d>\d{{1,4}}){_S}"
        rf"(?P<day_end>(?P<dsuf>{only_suffix}){not_day}|(?={conn}))"
        rf"(?:{conn}(?P<d2>\d{{1,2}}){_S}{only_suffix}{not_day})?{named_weekday}{pod}"
    )
    weekday = (
        rf"(?<![{not_after}])(?P<rel>{_words(rules['week_relative'])})?(?!{_words(rules['weekday_not_name'])})"
        rf"{week_word}"
        rf"(?P<wd>[{weekday_chars}]){not_weekday}{pod}"
    )
    relative_day = rf"(?P<drel>{_words(rules['day_relative'])}){not_relative_day}{pod}"
    anchored_day = rf"(?P<arel>{_words(rules['anchor_relative'])}){pod}"
    # The words each pattern cannot match without (see `_Pattern.key`): 月 or a relative month,
    # a day suffix or range connector after a bare day, a weekday word, a relative day.
    month_key = _word_key(["月", *(w for w, _ in rules["month_relative"])])
    day_key = _word_key([w for category in ("day_only_suffix", "range_connector") for w, _ in rules[category]])
    return [
        _keyed(dated, read_dated, *month_key, within="month_words"),
        _keyed(month, read_month, *month_key, within="month_words"),
        # a bare day's number (not after 月, 第 or a numeral), its blanks, a range connector's blanks
        _keyed(
            day_only,
            read_day_only,
            *day_key,
            within="day_end",
            gate=_gate(before=rf"(?<![\d{_CN_NUM}第月])\d{{1,4}}{_S}{_S}"),
        ),
        _keyed(cn_day_only, read_cn_day_only, *cn_day_key),
        _keyed(weekday_dated, read_dated, *weekday_bracket_key),
        _keyed(weekday, read_weekday, *_word_key([w for w, _ in rules["weekday_word"]])),
        _keyed(relative_day, read_relative_day, *_word_key([w for w, _ in rules["day_relative"]])),
        _keyed(
            anchored_day,
            _anchored_reader(rules["anchor_relative"], fold=False),
            *_word_key([w for w, _ in rules["anchor_relative"]]),
        ),
    ]


class _ByLanguage(dict):
    """What a language's finding needs, made when first asked for: compiling one language's patterns
    is the largest start-up cost of this module (~0.1 CPU s), and a run over pages of one language
    never needs the other's."""

    def __init__(self, make: Callable[[str], object]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, language: str) -> object:
        made = self[language] = self.make(language)
        return made


_LANGUAGES = ("en", "zh")
_NUMERIC = _numeric_patterns()
_PATTERNS: dict[str, list[_Pattern]] = _ByLanguage(
    lambda language: _NUMERIC + (_english_patterns(EN_RULES) if language == "en" else _chinese_patterns(ZH_RULES))
)


# ---------------------------------------------------------------------------
# Finding


Candidate = tuple[int, int, int, re.Match[str], _Pattern]


def _candidates(scan: str, patterns: list[_Pattern], shared: _SharedWords | None = None) -> list[Candidate]:
    """Every pattern match as (start, end, rank, match, pattern), sorted so that the earliest,
    then longest, then first-listed pattern comes first; a `lead` group is not kept."""
    found: list[Candidate] = []
    keys = _KeyWords(scan, shared)
    for rank, pattern in enumerate(patterns):
        has_lead = "lead" in pattern.regex.groupindex
        for match in _matches(pattern, scan, keys):
            start = match.end("lead") if has_lead else match.start()
            if match.end() > start:
                found.append((start, match.end(), rank, match, pattern))
    return sorted(found, key=lambda c: (c[0], -c[1], c[2]))


@dataclass(frozen=True, slots=True)
class _SharedWords:
    """The plain-word and spelled keys of a list of patterns, to be found together in one pass
    (one pass over the text, not one per key): every occurrence of every word, from which each
    key keeps its own leftmost-longest ones. The non-ASCII digits are words of the pass too: a
    text holding one sends the spelled keys to their regex, as their own automata do."""

    automaton: AhoCorasick
    owners: tuple[tuple[_Key, ...], ...]  # by word index: the keys holding that word
    keys: frozenset[_Key]
    digits: frozenset[int]  # the indices of the non-ASCII digits


def _shared_words(patterns: list[_Pattern]) -> _SharedWords | None:
    keys = [p.key for p in patterns if p.key is not None]
    keys += [key.near.key for key in keys if key.near is not None and key.near.key is not None]
    keys = list(dict.fromkeys(key for key in keys if key.plain_words or key.spelled_words))
    owners: dict[str, list[_Key]] = defaultdict(list)
    for key in keys:
        for word in key.plain_words or key.spelled_words:
            owners[word].append(key)
    if not owners:
        return None
    if any(key.spelled_words for key in keys):
        for digit in NON_ASCII_DIGITS:
            owners.setdefault(digit, [])  # (a word of the pass: it makes no key's occurrence)
    words = list(owners)
    digits = frozenset(i for i, word in enumerate(words) if word in NON_ASCII_DIGITS)
    automaton = AhoCorasick(words, MatchKind.Standard, implementation=_DFA)
    return _SharedWords(automaton, tuple(tuple(k) for k in owners.values()), frozenset(keys), digits)


# (None for a language whose patterns have no plain-word key)
_SHARED_WORDS: dict[str, _SharedWords | None] = _ByLanguage(lambda language: _shared_words(_PATTERNS[language]))


def _leftmost_longest(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of overlapping occurrences, the ones a leftmost-longest search keeps: at each step the
    earliest starting, the longest of those, then the next starting at or after its end."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def _any_index_in(found: list[tuple[int, int, int]], indexes: frozenset[int]) -> bool:
    """Whether an automaton's `found` (index, start, end) holds one of `indexes`."""
    for index, _, _ in found:  # noqa: SIM110 - compiled, any() of a generator would build one
        if index in indexes:
            return True
    return False


def _all_indexes_below(found: list[tuple[int, int, int]], bound: int) -> bool:
    """Whether each of an automaton's `found` (index, start, end) has an index below `bound`."""
    for index, _, _ in found:  # noqa: SIM110 - compiled, all() of a generator would build one
        if index >= bound:
            return False
    return True


class _KeyWords:
    """Where each key's words are in one text, found once for all the patterns sharing it
    (and, with `shared`, the plain-word and spelled keys of all the patterns in one pass)."""

    def __init__(self, text: str, shared: _SharedWords | None = None) -> None:
        self.text = text
        self.shared = shared
        self.found: dict[_Key, list[tuple[int, int]]] = {}
        self._lowered: str | None = None

    def spans(self, key: _Key) -> list[tuple[int, int]]:
        if key not in self.found:
            if self.shared is not None and key in self.shared.keys:
                self._find_shared(self.shared)
            else:
                self.found[key] = self._find(key)
        return self.found[key]

    def _find_shared(self, shared: _SharedWords) -> None:
        occurrences: dict[_Key, list[tuple[int, int]]] = {key: [] for key in shared.keys}
        found = shared.automaton.find_matches_as_indexes(self.text, overlapping=True)
        for index, start, end in found:
            for key in shared.owners[index]:
                occurrences[key].append((start, end))
        # A spelled key's words are ASCII, so none hides a digit: its own automaton's leftmost-longest
        # matches hold a non-ASCII digit exactly when the text does.
        digits = bool(shared.digits) and _any_index_in(found, shared.digits)
        for key, spans in occurrences.items():
            if digits and key.spelled is not None:
                self.found[key] = [m.span() for m in key.regex.finditer(self.text)]
            else:
                self.found[key] = _leftmost_longest(spans)

    def _find(self, key: _Key) -> list[tuple[int, int]]:
        text = self.text
        if key.near is not None:
            return [m.span() for m in _matches(key.near, text, self)]
        if key.fold:
            lowered = self._lower_case()
            if lowered is None:
                assert key.caseless is not None
                return [m.span() for m in key.caseless.finditer(text)]
            text = lowered
        if key.words is not None:
            found = key.words.find_matches_as_indexes(text)
            if key.spelled is None or _all_indexes_below(found, key.spelled):
                return [(start, end) for _, start, end in found]
        return [m.span() for m in key.regex.finditer(text)]

    def _lower_case(self) -> str | None:
        """The text in lower case, when that keeps every offset and case-insensitive match."""
        if self._lowered is None:
            lowered = self.text.lower()
            safe = len(lowered) == len(self.text) and not any(c in self.text for c in FOLDS_TO_ASCII)
            self._lowered = lowered if safe else ""
        return self._lowered if self._lowered or not self.text else None


def _matches(pattern: _Pattern, text: str, keys: _KeyWords) -> list[re.Match[str]]:
    """`pattern.regex.finditer(text)`, reading only near the pattern's key words (a list: compiled,
    a generator's frames cost more than the list, on every pattern of every page).

    A match holds a key word (one the pattern's gate admits), so it starts at most `lead`
    characters before one (or inside one) and reads at most `reach` characters from its
    start: the regex runs over the merged stretches where a match can start, each with
    `reach` characters of text after it, so it sees there all it would see in the whole text.
    A match starting past its stretch is left to the next stretch; each search starts where
    the last match ended, as in `finditer` (and is not made when that is past the stretch).
    """
    if pattern.key is None:
        return list(pattern.regex.finditer(text))
    spans = keys.spans(pattern.key)
    if pattern.gate is not None:
        spans = [(start, end) for start, end in spans if pattern.gate.admits(text, start, end)]
    found: list[re.Match[str]] = []
    position = 0
    for first, last in _stretches(spans, pattern.lead):
        position = _find_in_stretch(pattern, text, max(first, position), last, found, position)
    return found


def _find_in_stretch(
    pattern: _Pattern, text: str, begin: int, last: int, found: list[re.Match[str]], position: int
) -> int:
    """Append to `found` the matches starting from `begin` up to `last` (reading on `reach`
    characters past it); return where the next search starts (`position` if none was found).
    With `pattern.starts`, the regex is tried only where a match can begin: the search itself
    would try it at every position of the stretch, most of which cannot begin one (the stretch
    opens `lead` characters before the key word). A keyed pattern never matches empty: the next
    search starts where a match ends."""
    end = last + pattern.reach
    if pattern.starts is None:
        for match in pattern.regex.finditer(text, begin, end):
            if match.start() > last:
                break
            found.append(match)
            position = match.end()
            if position > last:
                break  # no later match can start in this stretch
        return position
    begins, match_at = pattern.starts.search, pattern.regex.match
    while (start := begins(text, begin, end)) is not None and start.start() <= last:
        match = match_at(text, start.start(), end)
        if match is None:
            begin = start.start() + 1
            continue
        found.append(match)
        position = begin = match.end()
        if position > last:
            break  # no later match can start in this stretch
    return position


def _stretches(spans: list[tuple[int, int]], lead: int) -> list[tuple[int, int]]:
    """Merged ranges of where a match holding one of the key words at `spans` can start."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        first = max(0, start - lead)
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((first, end))
    return merged


def _patterns_for(language: str) -> list[_Pattern]:
    if language in _LANGUAGES:
        return _PATTERNS[language]
    return _NUMERIC + [p for lang in _LANGUAGES for p in _PATTERNS[lang] if p not in _NUMERIC]


def find_dates(
    text: str, language: str, published: dt.date | None = None, anchor: dt.date | None = None
) -> list[DateMention]:
    """Every date expression in `text`, in order of position, none overlapping another.

    `language` is "en" or "zh" (anything else tries both). `published` is the page's
    publication date, which dates without a year (and weekdays, 昨天, "the 17th") need.
    `anchor` is the date the text before `text` was about (the caller's previous sentence).
    A day without month ("18日", "on the 17th") is the first such day on or after the
    latest date mentioned before it (in `text`, else `anchor`); with neither, the latest
    such day not after publication. Where expressions overlap, the one starting first
    wins, then the longest.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    mentions: list[DateMention] = []
    taken_until = 0
    after_dateline = False
    day_anchor = anchor  # the last day named: "the next day", 次日 count from a day, not a month
    previous_end = 0  # where the last mention ends
    day_start, day_end = 0, -_WEEK_REACH - 1  # where the last day named stands
    candidates = _candidates(
        fold_width(text), _patterns_for(language), _SHARED_WORDS[language] if language in _LANGUAGES else None
    )
    for start, end, _, match, pattern in candidates:
        if start < taken_until:
            continue
        reading = _in_context(pattern.read(match, published), anchor, day_anchor, looking_back=after_dateline)
        if reading is None:
            continue
        reading = _not_into_a_later_month(reading, anchor, published)
        if reading.weekday is not None and day_anchor is not None:
            gap = text[previous_end:start] if start - previous_end <= _WEEKDAY_GAP else None
            near = start - day_end <= _WEEK_REACH and "\n" not in text[day_end:start]
            week_named = near and _NAMES_WEEKDAY.search(text, day_start, day_end) is not None
            near = week_named or (near and _SENTENCE_END.search(text, day_end, start) is None)
            reading = _weekday_near_day(reading, reading.weekday, day_anchor, gap, near, week_named)
        if reading.second is not None:  # "3 and 9 December": two days, each its own mention
            first_end, second_start, second = reading.second
            mentions += _listed_before(text, start, taken_until, first_end, reading)
            mentions.append(
                DateMention(
                    start, first_end, text[start:first_end], reading.date, None, reading.year_explicit, reading.kind
                )
            )
            start, reading = second_start, second
        mentions.append(
            DateMention(
                start, end, text[start:end], reading.date, reading.end_date, reading.year_explicit, reading.kind
            )
        )
        taken_until = previous_end = end
        if reading.kind in ("day", "range") and reading.date is not None:
            day_start, day_end = start, end
        anchor = _next_anchor(reading, anchor, published)
        if reading.date is not None and reading.kind != "month":
            day_anchor = reading.date
        after_dateline = reading.date is not None and _DATELINE_AFTER.match(text, end) is not None
    return mentions


# days listed before a pair of days ("on 3, 5 and 9 November": the "3, "), read back from the pair
_LISTED_DAYS = re.compile(r"(?<![\d,.])(?:\d{1,2}(?:st|nd|rd|th)?,\s{0,3})+\Z")
_LISTED_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")
_BARE_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")
_LIST_WIDTH = 40  # characters: how far before a pair of days its list is looked for


def _listed_before(text: str, start: int, taken_until: int, first_end: int, first: _Reading) -> list[DateMention]:
    """The days listed before the first of a pair that is a bare number ("3, " of "3, 5 and 9
    November"), each a mention of the pair's month and year; none when the pair's first day
    gives its own month ("3 May and 4 June") or is not dated."""
    if first.date is None or _BARE_DAY.fullmatch(text, start, first_end) is None:
        return []
    listed = _LISTED_DAYS.search(text, max(taken_until, start - _LIST_WIDTH), start)
    if listed is None:
        return []
    found = []
    for number in _LISTED_DAY.finditer(text, listed.start(), start):
        day = safe_date(first.date.year, first.date.month, int(number[1]))
        if day is None or day >= first.date:
            return []  # a list runs forward: "12, 5 and 9" is no list of days
        found.append(DateMention(number.start(), number.end(), number[0], day, None, first.year_explicit, "day"))
    return found


# what may stand between the first and last weekday of a range ("from Monday to Wednesday", 周一至周三)
_WEEKDAY_RANGE_GAPS = frozenset(w.lower() for rules in (EN_RULES, ZH_RULES) for w, _ in rules["range_connector"])


_WEEKDAY_GAP = 12  # characters: the most that stands between a range's two weekdays (" , to ")


# a weekday's name as a day names it ("Monday, November 2", "November 2 (Monday)", 11月2日（周一）)
_NAMES_WEEKDAY = re.compile(
    rf"\b(?:{_alternation([w for w, _ in EN_RULES['weekday']])})\b"
    rf"|(?:{_alternation([w for w, _ in ZH_RULES['weekday_word']])})[{''.join(w for w, _ in ZH_RULES['weekday'])}]"
)


_WEEK_REACH = 160  # characters: how far after a day (in its paragraph) a weekday alone may be read in its week
_SENTENCE_END = re.compile(r"[.!?。！？；;]")


def _weekday_near_day(
    reading: _Reading, weekday: int, day: dt.date, gap: str | None, near: bool, week_named: bool
) -> _Reading:
    """A weekday named alone, read in the week of the day last dated rather than from publication:
    the same weekday as that day is that day ("On Monday, November 2, ... On Monday, the delegation
    ..."); a weekday closing a range opened by that day is the first such day after it ("Monday,
    November 2, to Wednesday", "from Monday to Wednesday" once Monday is dated); after a day that
    gives its weekday, the week is set: a later weekday is the first such day after it, unless
    that is after the one counted from publication (11月2日（周一）抵达，周二至周四访问…).
    Only `near` the day: in its sentence, or in its paragraph when the day gives its weekday
    (`_WEEK_REACH`); further on, the story has moved on."""
    if gap is not None and gap.strip(" ,\t\n").lower() in _WEEKDAY_RANGE_GAPS:
        return _Reading(add_days(day, (weekday - day.isoweekday()) % 7), kind="relative")
    if not near:
        return reading
    if day.isoweekday() == weekday:
        return _Reading(day, kind="relative")
    if not week_named:
        return reading
    ahead = add_days(day, (weekday - day.isoweekday()) % 7)  # (counted only here: most weekdays stop above)
    if ahead is not None and (reading.date is None or ahead <= reading.date):
        return _Reading(ahead, kind="relative")
    return reading


def _not_into_a_later_month(reading: _Reading, anchor: dt.date | None, published: dt.date | None) -> _Reading:
    """A day without month read forward from the date before it (`_read_day_after`) that runs into a
    later month past publication is one before that date: "记者15日获悉，代表团于13日至14日访问…" on
    a page of the 16th is on the 13th of the month, not of the next (a day still to come in the
    anchor's own month, "将于20日开幕", stays)."""
    parts = reading.month_less
    if parts is None or reading.date is None or anchor is None or published is None or reading.kind == "garbled":
        return reading
    if reading.date <= published or (reading.date.year, reading.date.month) == (anchor.year, anchor.month):
        return reading
    before = _read_month_less_day(parts, anchor)
    return before if before.date is not None else reading


def _next_anchor(reading: _Reading, anchor: dt.date | None, published: dt.date | None) -> dt.date | None:
    """The date the text is about after `reading`: a month still to come ("首批学生将于今年9月赴马")
    is a plan, not where the story is, so a later "17日" keeps the month before it."""
    if reading.date is None:
        return anchor
    if reading.kind == "month" and published is not None and reading.date > published:
        return anchor
    return reading.date


def _in_context(
    reading: _Reading | None, anchor: dt.date | None, day_anchor: dt.date | None, *, looking_back: bool = False
) -> _Reading | None:
    """A reading made final by the date the text was just about (`anchor`; `day_anchor`, the
    last day named, for "the next day": "in Sept. 2019 ... The following morning" is no day),
    if it needs one; `looking_back`: the anchor is a dateline, so a day without month is on or
    before it."""
    if reading is not None and reading.from_anchor is not None:
        if day_anchor is None:
            return None
        return _Reading(add_days(day_anchor, reading.from_anchor), kind="relative")
    if reading is None or anchor is None:
        return reading
    if reading.month_less is not None and reading.kind != "garbled":
        if looking_back:
            return _read_month_less_day(reading.month_less, anchor)
        return _read_day_after(reading.month_less, anchor)
    return reading
