# ruff: noqa: E501  (probe passages are kept whole, one string each)
"""Date probes (session 15): ways bulletins write days that the finder used to misread
(corpus/GUIDE.md "Dates"): two days with one month ("on 3 and 9 December", 12月3日和9日, 3日、9日),
two dated days joined by "and" ("December 3 and December 9"), "between 5 and 7 November" (a
range), ranges across months ("28 November to 2 December", 11月28日至12月2日), a weekday named
alone after a dated one ("On Monday, November 2 ... from Monday to Wednesday"), "last Friday",
"this Tuesday", 本周一 and 上周五 counted from publication, days with an hour ("at 9:30 a.m. on 5
May", 5月5日9时30分), a year before an English month ("2026 May 5"), headlines and datelines
("NANCHANG, May 5 (Xinhua) --", 新华社南昌5月5日电), and 日前/近日/前不久/"recently" (no day).

Finder probes: (language, publication date, text, [(mention text, first day, last day or None)]),
every mention the finder reports, in order. Record probes run the whole extractor.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.dates import find_dates

Found = tuple[str, str | None, str | None]
FinderProbe = tuple[str, str, str, list[Found]]

PUBLISHED = "2026-11-14"  # a Saturday

FINDER: list[FinderProbe] = [
    # two days with one month: each its own day (the second's month and year are the first's too)
    (
        "en",
        PUBLISHED,
        "The delegation visited on 3 and 9 November.",
        [("3", "2026-11-03", None), ("9 November", "2026-11-09", None)],
    ),
    (
        "en",
        PUBLISHED,
        "Talks were held on 3 and 9 December 2025.",
        [("3", "2025-12-03", None), ("9 December 2025", "2025-12-09", None)],
    ),
    (
        "en",
        PUBLISHED,
        "Talks were held on the 3rd and 9th of November.",
        [("the 3rd", "2026-11-03", None), ("9th of November", "2026-11-09", None)],
    ),
    (
        "en",
        PUBLISHED,
        "Talks were held on December 3 and December 9, 2025.",
        [("December 3", "2025-12-03", None), ("December 9, 2025", "2025-12-09", None)],
    ),
    (
        "en",
        PUBLISHED,
        "Talks were held on Nov. 3 and Nov. 9.",
        [("Nov. 3", "2026-11-03", None), ("Nov. 9", "2026-11-09", None)],
    ),
    (
        "en",
        PUBLISHED,
        "The two sides met on December 30, 2025 and January 2, 2026.",
        [("December 30, 2025", "2025-12-30", None), ("January 2, 2026", "2026-01-02", None)],
    ),
    (
        "en",
        PUBLISHED,
        "They met on 28 October and 3 November.",
        [("28 October", "2026-10-28", None), ("3 November", "2026-11-03", None)],
    ),
    ("en", PUBLISHED, "They met on 9 and 10 November.", [("9 and 10 November", "2026-11-09", "2026-11-10")]),
    # a bare number after a month-first day is no day ("May 5 and 12 students")
    ("en", PUBLISHED, "On November 5 and 12 students arrived.", [("November 5 and 12", "2026-11-05", None)]),
    (
        "zh",
        PUBLISHED,
        "代表团于11月3日和9日先后访问两校。",
        [("11月3日", "2026-11-03", None), ("9日", "2026-11-09", None)],
    ),
    (
        "zh",
        PUBLISHED,
        "代表团于11月3日、9日先后访问两校。",
        [("11月3日", "2026-11-03", None), ("9日", "2026-11-09", None)],
    ),
    (
        "zh",
        PUBLISHED,
        "代表团于10月3日与11月9日先后访问两校。",
        [("10月3日", "2026-10-03", None), ("11月9日", "2026-11-09", None)],
    ),
    (
        "zh",
        PUBLISHED,
        "代表团于11月3日及9日先后访问两校。",
        [("11月3日", "2026-11-03", None), ("9日", "2026-11-09", None)],
    ),
    (
        "zh",
        PUBLISHED,
        "11月2日，代表团抵达。3日、9日，代表团先后访问两校。",
        [("11月2日", "2026-11-02", None), ("3日", "2026-11-03", None), ("9日", "2026-11-09", None)],
    ),
    # a list of days with one month: each its own day
    (
        "en",
        PUBLISHED,
        "They met on 3, 5 and 9 November.",
        [("3", "2026-11-03", None), ("5", "2026-11-05", None), ("9 November", "2026-11-09", None)],
    ),
    (
        "en",
        PUBLISHED,
        "They met on 3, 5, and 9 November 2025.",
        [("3", "2025-11-03", None), ("5", "2025-11-05", None), ("9 November 2025", "2025-11-09", None)],
    ),
    (
        "en",
        PUBLISHED,
        "Rooms 12, 5 and 9 November were booked.",
        [("5", "2026-11-05", None), ("9 November", "2026-11-09", None)],
    ),
    # a range's first day with its weekday in brackets
    (
        "zh",
        PUBLISHED,
        "11月5日（周四）至7日（周六），博览会举行。",
        [("11月5日（周四）至7日（周六）", "2026-11-05", "2026-11-07")],
    ),
    # "between ... and" is a range, consecutive days or not
    ("en", PUBLISHED, "The fair ran between 5 and 7 November.", [("5 and 7 November", "2026-11-05", "2026-11-07")]),
    (
        "en",
        PUBLISHED,
        "The fair was held between November 5 and 7.",
        [("November 5 and 7", "2026-11-05", "2026-11-07")],
    ),
    (
        "en",
        PUBLISHED,
        "Between 5th and 7th November, the fair was held.",
        [("5th and 7th November", "2026-11-05", "2026-11-07")],
    ),
    (
        "en",
        PUBLISHED,
        "The fair took place between 28 October and 2 November.",
        [("28 October and 2 November", "2026-10-28", "2026-11-02")],
    ),
    # ranges across months
    (
        "en",
        PUBLISHED,
        "The fair ran from 28 October to 2 November.",
        [("28 October to 2 November", "2026-10-28", "2026-11-02")],
    ),
    (
        "en",
        PUBLISHED,
        "The fair ran from October 28 to November 2, 2025.",
        [("October 28 to November 2, 2025", "2025-10-28", "2025-11-02")],
    ),
    ("en", PUBLISHED, "The fair ran Oct. 28-Nov. 2.", [("Oct. 28-Nov. 2", "2026-10-28", "2026-11-02")]),
    (
        "en",
        PUBLISHED,
        "The fair ran from 30 December 2025 to 2 January 2026.",
        [("30 December 2025 to 2 January 2026", "2025-12-30", "2026-01-02")],
    ),
    ("zh", PUBLISHED, "博览会于10月28日至11月2日举行。", [("10月28日至11月2日", "2026-10-28", "2026-11-02")]),
    ("zh", PUBLISHED, "博览会于10月28日—11月2日举行。", [("10月28日—11月2日", "2026-10-28", "2026-11-02")]),
    (
        "zh",
        PUBLISHED,
        "博览会于2025年12月30日至2026年1月2日举行。",
        [("2025年12月30日至2026年1月2日", "2025-12-30", "2026-01-02")],
    ),
    # a weekday named alone after a dated one
    (
        "en",
        PUBLISHED,
        "On Monday, November 2, the delegation arrived. From Monday to Wednesday it toured three campuses.",
        [("Monday, November 2", "2026-11-02", None), ("Monday", "2026-11-02", None), ("Wednesday", "2026-11-04", None)],
    ),
    (
        "en",
        PUBLISHED,
        "The fair ran from Monday, November 2, to Wednesday.",
        [("Monday, November 2", "2026-11-02", None), ("Wednesday", "2026-11-04", None)],
    ),
    (
        "zh",
        PUBLISHED,
        "11月2日（周一），代表团抵达长沙。周一至周三，代表团访问了三所大学。",
        [("11月2日（周一）", "2026-11-02", None), ("周一", "2026-11-02", None), ("周三", "2026-11-04", None)],
    ),
    # a day that gives its weekday sets the week of the weekdays after it
    (
        "zh",
        PUBLISHED,
        "11月2日（周一）抵达，周二至周四访问三所大学。",
        [("11月2日（周一）", "2026-11-02", None), ("周二", "2026-11-03", None), ("周四", "2026-11-05", None)],
    ),
    (
        "en",
        PUBLISHED,
        "The delegation arrived on Monday, November 2. On Wednesday it visited Hunan University.",
        [("Monday, November 2", "2026-11-02", None), ("Wednesday", "2026-11-04", None)],
    ),
    # (上周: the Monday-Sunday week before the page's, GUIDE-zh: Nov 2-8 on Saturday Nov 14)
    ("zh", PUBLISHED, "上周二至周四，代表团访问英国。", [("上周二", "2026-11-03", None), ("周四", "2026-11-05", None)]),
    # a weekday alone after a day of another weekday is counted from publication
    (
        "en",
        PUBLISHED,
        "On November 3, the MoU was signed. On Wednesday the delegation visited Hunan University.",
        [("November 3", "2026-11-03", None), ("Wednesday", "2026-11-11", None)],
    ),
    (
        "zh",
        PUBLISHED,
        "11月3日，双方签署备忘录。周三，代表团访问湖南大学。",
        [("11月3日", "2026-11-03", None), ("周三", "2026-11-11", None)],
    ),
    # weekdays counted from publication (a Saturday)
    ("en", PUBLISHED, "The agreement was signed last Friday.", [("last Friday", "2026-11-13", None)]),
    ("en", PUBLISHED, "The agreement was signed this Tuesday.", [("this Tuesday", "2026-11-10", None)]),
    ("en", PUBLISHED, "The agreement was signed on Saturday.", [("Saturday", "2026-11-14", None)]),
    ("en", PUBLISHED, "The forum opens next Monday.", [("next Monday", "2026-11-16", None)]),
    ("zh", PUBLISHED, "本周一，两校签署合作协议。", [("本周一", "2026-11-09", None)]),
    (
        "zh",
        PUBLISHED,
        "上周五，两校签署合作协议。",
        [("上周五", "2026-11-06", None)],
    ),  # the Friday of the week before publication's (GUIDE-zh); 周五 alone is this week's
    ("zh", PUBLISHED, "周五，两校签署合作协议。", [("周五", "2026-11-13", None)]),
    # days with an hour
    ("en", PUBLISHED, "The agreement was signed at 9:30 a.m. on 5 November.", [("5 November", "2026-11-05", None)]),
    (
        "en",
        PUBLISHED,
        "The agreement was signed at 10:00 on November 5, 2026.",
        [("November 5, 2026", "2026-11-05", None)],
    ),
    ("en", PUBLISHED, "The memorandum was signed on 5 November at 3 pm.", [("5 November", "2026-11-05", None)]),
    ("zh", PUBLISHED, "签约仪式于11月5日9时30分举行。", [("11月5日", "2026-11-05", None)]),
    ("zh", PUBLISHED, "签约仪式于11月5日上午9:30举行。", [("11月5日上午", "2026-11-05", None)]),
    ("zh", PUBLISHED, "2026年11月5日14时，签约仪式举行。", [("2026年11月5日", "2026-11-05", None)]),
    # a year before an English month (the mention is the month and day, its year explicit)
    ("en", PUBLISHED, "The agreement was signed on 2026 November 5.", [("November 5", "2026-11-05", None)]),
    (
        "en",
        PUBLISHED,
        "Date: 2025 Nov 5\nThe two universities signed an agreement.",
        [("Nov 5", "2025-11-05", None)],
    ),
    ("en", PUBLISHED, "The approval came on 2025, December 1.", [("December 1", "2025-12-01", None)]),
    # headlines and datelines
    ("en", PUBLISHED, "NANCHANG, Nov. 5 (Xinhua) -- The university signed an MoU.", [("Nov. 5", "2026-11-05", None)]),
    ("en", PUBLISHED, "Hunan University signs MoU with Monash on Nov 5", [("Nov 5", "2026-11-05", None)]),
    ("zh", PUBLISHED, "新华社南昌11月5日电 两校签署合作协议。", [("11月5日", "2026-11-05", None)]),
    # no day
    ("zh", PUBLISHED, "日前，两校签署合作协议。", []),
    ("zh", PUBLISHED, "近日，两校签署合作协议。", []),
    ("zh", PUBLISHED, "前不久，两校签署合作协议。", []),
    ("en", PUBLISHED, "The two universities recently signed an agreement.", []),
    ("en", PUBLISHED, "The visit took place earlier this month.", []),
]


@pytest.mark.parametrize("probe", FINDER, ids=[f"{p[0]}-{i}" for i, p in enumerate(FINDER)])
def test_finder_probe(probe: FinderProbe) -> None:
    language, published, text, expected = probe
    found = find_dates(text, language, dt.date.fromisoformat(published))
    got = [(m.text, m.date and m.date.isoformat(), m.end_date and m.end_date.isoformat()) for m in found]
    assert got == expected


RecordProbe = tuple[str, str | None, str, str | None, tuple[str, str | None]]

# (language, publication date, text, the date of every partnership, an (event kind, date) the events hold)
# A pair's date is the latest day of its happenings (GUIDE): of two days of one sentence ("on 3 and 9
# November") the pair takes the later one (the events keep the first, a visit's first day).
LATEST_DAY: list[RecordProbe] = [
    (
        "en",
        PUBLISHED,
        "Delegations from Monash University visited Hunan University on 3 and 9 November, and the two universities signed a memorandum of understanding.",
        "2026-11-09",
        ("visit", "2026-11-03"),
    ),
    (
        "en",
        PUBLISHED,
        "A Monash University delegation visited Hunan University on December 3 and December 9, 2025.",
        "2025-12-09",
        ("visit", "2025-12-03"),
    ),
    (
        "zh",
        PUBLISHED,
        "11月3日和9日，莫纳什大学代表团两次访问湖南大学，双方签署合作备忘录。",
        "2026-11-09",
        ("visit", "2026-11-03"),
    ),
]

RECORD: list[RecordProbe] = [
    (
        "en",
        PUBLISHED,
        "Between 5 and 7 November, a delegation from the University of Nottingham visited Hunan Normal University.",
        "2026-11-05",
        ("visit", "2026-11-05"),
    ),
    (
        "en",
        PUBLISHED,
        "Hunan University and Monash University signed a memorandum of understanding at 9:30 a.m. on 5 November.",
        "2026-11-05",
        ("signing", "2026-11-05"),
    ),
    (
        "en",
        PUBLISHED,
        "Hunan University and Monash University signed a memorandum of understanding on 2026 November 5.",
        "2026-11-05",
        ("signing", "2026-11-05"),
    ),
    (
        "en",
        PUBLISHED,
        "CHANGSHA, Nov. 13 (Xinhua) -- Hunan University and Monash University signed a memorandum of understanding last Friday.",
        "2026-11-13",
        ("signing", "2026-11-13"),
    ),
    (
        "zh",
        PUBLISHED,
        "湖南大学与莫纳什大学于11月5日9时30分签署合作备忘录。",
        "2026-11-05",
        ("signing", "2026-11-05"),
    ),
    (
        "zh",
        PUBLISHED,
        "10月28日至11月2日，湖南大学代表团访问莫纳什大学。",
        "2026-10-28",
        ("visit", "2026-10-28"),
    ),
    (
        "zh",
        PUBLISHED,
        "本周一，湖南大学与新加坡国立大学签署合作协议。",
        "2026-11-09",
        ("signing", "2026-11-09"),
    ),
    (
        "zh",
        PUBLISHED,
        "近日，湖南大学与新加坡国立大学签署合作协议。",
        None,
        ("signing", None),
    ),
]


@pytest.mark.parametrize(
    "probe",
    [*RECORD, *LATEST_DAY],
    ids=[*(f"{p[0]}-{i}" for i, p in enumerate(RECORD)), *(f"latest-{p[0]}-{i}" for i, p in enumerate(LATEST_DAY))],
)
def test_record_probe(extract, probe: RecordProbe) -> None:
    language, published, text, pair_date, event = probe
    record = extract(text, language, published=published)
    assert record.partnerships, "the probe's pair is found"
    assert [p.date for p in record.partnerships] == [pair_date] * len(record.partnerships)
    assert event in [(e.kind, e.date) for e in record.events]
