"""Dates: find date expressions in bulletin text and normalise them (CONTRACT.md "Dates").

A day without a year takes its year from the publication date: the latest such day
not after publication. No publication date and no year: the date stays None and the
words are kept. Garbled dates ("114日" for "11月4日") stay None: never guess.

The words (month names, weekdays, relative words, range connectors) live in
`pipeline/resources/rules/dates_en.tsv` and `dates_zh.tsv`, read once at import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

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


def _lookup(pairs: list[tuple[str, str]], *, fold: bool = False) -> dict[str, str]:
    return {(w.lower() if fold else w): v for w, v in pairs}


EN_RULES = read_rules(RULES_DIR / "dates_en.tsv")
ZH_RULES = read_rules(RULES_DIR / "dates_zh.tsv")
EN_MONTHS = {w.lower(): int(v) for w, v in EN_RULES["month"]}

# Full-width digits and punctuation to ASCII, one character for one so offsets hold.
_WIDTH_FOLD = str.maketrans("０１２３４５６７８９：－／．，　", "0123456789:-/., ")


def fold_width(text: str) -> str:
    """`text` with full-width digits and date punctuation made ASCII (same length)."""
    return text.translate(_WIDTH_FOLD)


# ---------------------------------------------------------------------------
# Publication stamps

_TIME = (
    r"(?:\s*(?:,|at|T)?\s*(?P<H>\d{1,2})\s*[:时時]\s*(?P<M>\d{2})(?:\s*[:分]\s*(?P<S>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<ampm>[AaPp]\.?[Mm]\b\.?)?\s*(?P<zone>Z\b|[+-]\d{2}:?\d{2}\b|UTC\b|GMT\b)?)?"
)
_EN_MONTH_NAMES = _alternation([w for w, _ in EN_RULES["month"]])
_ORDINAL = r"(?:st|nd|rd|th)?"
_STAMP_YEAR = r"(?P<y>\d{4})(?!\d)"
_STAMP_MONTH = rf"(?P<mon>{_EN_MONTH_NAMES})\.?"
_STAMP_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (order, re.compile(pattern + _TIME, re.IGNORECASE if "mon" in order else 0))
    for order, pattern in (
        # 2025-11-18, 2025/11/18, 2025.11.18, 2025年11月18日, 2025 12/18
        ("ymd", r"(?<!\d)(?P<y>\d{4})\s*(?:[-/.年]|\s)\s*(?P<m>\d{1,2})\s*[-/.月]\s*"
         r"(?P<d>\d{1,2})(?!\d)\s*日?"),
        # 02.04.2022: dotted stamps are day first
        ("dmy", r"(?<!\d)(?P<d>\d{1,2})\.(?P<m>\d{1,2})\." + _STAMP_YEAR),
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
    if text.upper() in {"Z", "UTC", "GMT"}:
        return dt.UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def parse_published(value: str) -> dt.datetime | None:
    """A page's publication stamp ('2025 12/18 10:25:15', '2025-11-18 16:20:51',
    '2025年11月18日', '02.04.2022 14:30', 'Dec 18, 2025') as an aware datetime
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
        return None
    return min(candidates, key=lambda c: (c[0], c[1]))[2]


# ---------------------------------------------------------------------------
# Calendar helpers


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (2月30日) or is out of range."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# ---------------------------------------------------------------------------
# Date expressions in text


def find_dates(text: str, language: str, published: dt.date | None = None) -> list[DateMention]:
    """Every date expression in `text`, in order of position."""
    raise NotImplementedError
