# ruff: noqa: E501  (probe passages are kept whole, one string each)
"""Date probes (session 14): how bulletins write their days beside the plain "11月18日" and
"November 18" (corpus/GUIDE.md "Dates"): Chinese numerals (二〇二六年十一月五日, 廿五日, 九日上午),
full-width digits, ranges (至, —, "Nov. 5-7", "5 to 7 November", "between 5 and 7 November"),
weekdays beside their day ("Thursday (Nov 5)", "November 5 (Thursday)", 周四（11月5日）,
11月5日至7日（周四至周六）), "the 5th", "the 5th of November", abbreviations with and without dots,
month parts (中旬, "mid-November": no day), and days counted from the last one named (当晚, 是日,
次日, "the following morning", "that evening"), never from a month.

Finder probes: (language, publication date, text, [(mention text, first day, last day or None)]),
every mention the finder reports, in order. Record probes run the whole extractor.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.dates import find_dates

Found = tuple[str, str | None, str | None]
FinderProbe = tuple[str, str, str, list[Found]]

PUBLISHED = "2026-11-12"  # a Thursday

FINDER: list[FinderProbe] = [
    # Chinese numerals and full-width digits
    ("zh", PUBLISHED, "二〇二六年十一月五日，两校签署协议。", [("二〇二六年十一月五日", "2026-11-05", None)]),
    ("zh", PUBLISHED, "二零二六年十一月五日，大会召开。", [("二零二六年十一月五日", "2026-11-05", None)]),
    ("zh", PUBLISHED, "十一月五日，代表团到访。", [("十一月五日", "2026-11-05", None)]),
    ("zh", PUBLISHED, "十月廿五日，代表团到访。", [("十月廿五日", "2026-10-25", None)]),
    ("zh", PUBLISHED, "十月卅一日，代表团到访。", [("十月卅一日", "2026-10-31", None)]),
    ("zh", PUBLISHED, "２０２６年１１月５日，双方签约。", [("２０２６年１１月５日", "2026-11-05", None)]),
    ("zh", PUBLISHED, "１１月５日至７日，大会召开。", [("１１月５日至７日", "2026-11-05", "2026-11-07")]),
    # a day in Chinese numerals without its month counts from the day before it
    (
        "zh",
        PUBLISHED,
        "十一月二日至六日，代表团访问英国。三日上午，双方签约。",
        [("十一月二日至六日", "2026-11-02", "2026-11-06"), ("三日上午", "2026-11-03", None)],
    ),
    ("zh", PUBLISHED, "十一日至十三日，论坛举行。", [("十一日至十三日", "2026-11-11", "2026-11-13")]),
    (
        "zh",
        PUBLISHED,
        "11月2日，代表团抵达。廿日（周五），双方签约。",
        [("11月2日", "2026-11-02", None), ("廿日（周五）", "2026-11-20", None)],
    ),
    # ... but not a count of days
    ("zh", PUBLISHED, "培训为期七日，学员来自五所高校。", []),
    ("zh", PUBLISHED, "近三日，学员陆续抵达。", []),
    ("zh", PUBLISHED, "学员一日三餐由学校安排。", []),
    ("zh", PUBLISHED, "五日游线路由学校安排。", []),
    # ranges
    ("zh", PUBLISHED, "11月5日至7日，论坛在南昌举行。", [("11月5日至7日", "2026-11-05", "2026-11-07")]),
    ("zh", PUBLISHED, "11月5—7日，论坛在南昌举行。", [("11月5—7日", "2026-11-05", "2026-11-07")]),
    ("zh", PUBLISHED, "11月5日—11月7日，论坛在南昌举行。", [("11月5日—11月7日", "2026-11-05", "2026-11-07")]),
    ("zh", PUBLISHED, "11月5日到7日，论坛在南昌举行。", [("11月5日到7日", "2026-11-05", "2026-11-07")]),
    ("zh", PUBLISHED, "10月30日至11月2日，论坛在南昌举行。", [("10月30日至11月2日", "2026-10-30", "2026-11-02")]),
    # weekdays beside their day
    ("zh", PUBLISHED, "11月5日（星期四），代表团到访。", [("11月5日（星期四）", "2026-11-05", None)]),
    ("zh", PUBLISHED, "11月5日(周四)上午，代表团到访。", [("11月5日(周四)上午", "2026-11-05", None)]),
    ("zh", PUBLISHED, "周四（11月5日），代表团到访。", [("周四（11月5日）", "2026-11-05", None)]),
    ("zh", PUBLISHED, "星期四(11月5日)上午，代表团到访。", [("星期四(11月5日)上午", "2026-11-05", None)]),
    ("zh", PUBLISHED, "上周三（11月4日），代表团到访。", [("上周三（11月4日）", "2026-11-04", None)]),
    (
        "zh",
        PUBLISHED,
        "11月2日至6日（周一至周五），代表团访问英国。",
        [("11月2日至6日（周一至周五）", "2026-11-02", "2026-11-06")],
    ),
    ("zh", PUBLISHED, "周四，代表团到访。", [("周四", "2026-11-12", None)]),
    # month parts: no day
    ("zh", PUBLISHED, "11月上旬，双方签署协议。", [("11月上旬", "2026-11-01", "2026-11-10")]),
    ("zh", PUBLISHED, "二〇二六年十月中旬，双方签署协议。", [("二〇二六年十月中旬", "2026-10-11", "2026-10-20")]),
    ("zh", PUBLISHED, "十月下旬，双方签署协议。", [("十月下旬", "2026-10-21", "2026-10-31")]),
    # days counted from the last day named
    (
        "zh",
        PUBLISHED,
        "11月5日，代表团抵达。当晚，双方举行欢迎宴会。",
        [("11月5日", "2026-11-05", None), ("当晚", "2026-11-05", None)],
    ),
    (
        "zh",
        PUBLISHED,
        "11月5日，代表团抵达。是日下午，双方签约。",
        [("11月5日", "2026-11-05", None), ("是日下午", "2026-11-05", None)],
    ),
    (
        "zh",
        PUBLISHED,
        "11月5日，代表团抵达。同一日，双方签约。",
        [("11月5日", "2026-11-05", None), ("同一日", "2026-11-05", None)],
    ),
    (
        "zh",
        PUBLISHED,
        "11月5日，代表团抵达。隔天，双方签约。",
        [("11月5日", "2026-11-05", None), ("隔天", "2026-11-06", None)],
    ),
    (
        "zh",
        PUBLISHED,
        "11月5日，代表团抵达。两天后，双方签约。",
        [("11月5日", "2026-11-05", None), ("两天后", "2026-11-07", None)],
    ),
    (
        "zh",
        PUBLISHED,
        "11月5日，代表团抵达。次日（6日），双方签约。",
        [("11月5日", "2026-11-05", None), ("次日", "2026-11-06", None), ("6日", "2026-11-06", None)],
    ),
    ("zh", PUBLISHED, "双方于2019年9月签署协议。次日，代表团返程。", [("2019年9月", "2019-09-01", "2019-09-30")]),
    # page chrome
    ("zh", PUBLISHED, "发布时间：2026-11-05 09:30:00 浏览次数：12", [("2026-11-05", "2026-11-05", None)]),
    ("zh", PUBLISHED, "发布日期：２０２６－１１－０５", [("２０２６－１１－０５", "2026-11-05", None)]),
    # English: abbreviations with and without dots, US and UK orders
    (
        "en",
        PUBLISHED,
        "The visit began on Sept. 5 and ended Sep 7.",
        [("Sept. 5", "2026-09-05", None), ("Sep 7", "2026-09-07", None)],
    ),
    ("en", PUBLISHED, "They met on Nov.5 in Nanchang.", [("Nov.5", "2026-11-05", None)]),
    ("en", PUBLISHED, "The agreement was signed on SEPT. 5, 2026.", [("SEPT. 5, 2026", "2026-09-05", None)]),
    ("en", PUBLISHED, "The ceremony took place on 5 Nov. 2026.", [("5 Nov. 2026", "2026-11-05", None)]),
    ("en", PUBLISHED, "The agreement was signed on November 5th, 2026.", [("November 5th, 2026", "2026-11-05", None)]),
    ("en", PUBLISHED, "They signed on the 5th of November.", [("the 5th of November", "2026-11-05", None)]),
    # ranges
    ("en", PUBLISHED, "The forum was held from Nov. 5-7 in Nanchang.", [("Nov. 5-7", "2026-11-05", "2026-11-07")]),
    ("en", PUBLISHED, "It ran 5 to 7 November in Perth.", [("5 to 7 November", "2026-11-05", "2026-11-07")]),
    (
        "en",
        PUBLISHED,
        "The fair ran 30 Oct - 2 Nov 2026 in Nanchang.",
        [("30 Oct - 2 Nov 2026", "2026-10-30", "2026-11-02")],
    ),
    (
        "en",
        PUBLISHED,
        "The conference, which ran from the 5th to the 7th of November, drew 300 people.",
        [("the 5th to the 7th of November", "2026-11-05", "2026-11-07")],
    ),
    ("en", PUBLISHED, "The talks took place between 5 and 7 November.", [("5 and 7 November", "2026-11-05", "2026-11-07")]),
    # weekdays beside their day
    ("en", PUBLISHED, "On Thursday (Nov 5), the delegation arrived.", [("Thursday (Nov 5)", "2026-11-05", None)]),
    (
        "en",
        PUBLISHED,
        "On Thursday (5 November), the delegation arrived.",
        [("Thursday (5 November)", "2026-11-05", None)],
    ),
    (
        "en",
        PUBLISHED,
        "On Thursday (November 5, 2026), the delegation arrived.",
        [("Thursday (November 5, 2026)", "2026-11-05", None)],
    ),
    (
        "en",
        PUBLISHED,
        "The delegation arrived on November 5 (Thursday).",
        [("November 5 (Thursday)", "2026-11-05", None)],
    ),
    (
        "en",
        PUBLISHED,
        "The fair ran Nov. 5-7 (Thursday-Saturday).",
        [("Nov. 5-7 (Thursday-Saturday)", "2026-11-05", "2026-11-07")],
    ),
    (
        "en",
        PUBLISHED,
        "They were in Chengdu from Tuesday (3 November) to Saturday (7 November).",
        [("Tuesday (3 November) to Saturday (7 November)", "2026-11-03", "2026-11-07")],
    ),
    (
        "en",
        PUBLISHED,
        "They were in Chengdu from Monday (Nov. 2) to Friday (Nov. 6).",
        [("Monday (Nov. 2) to Friday (Nov. 6)", "2026-11-02", "2026-11-06")],
    ),
    ("en", PUBLISHED, "They met last Wednesday (Nov. 4).", [("last Wednesday (Nov. 4)", "2026-11-04", None)]),
    ("en", PUBLISHED, "The delegation arrived on Thursday, Nov. 5.", [("Thursday, Nov. 5", "2026-11-05", None)]),
    ("en", PUBLISHED, "On Thursday the delegation arrived.", [("Thursday", "2026-11-12", None)]),
    # month parts: no day
    ("en", PUBLISHED, "The MoU was signed in mid-November.", [("mid-November", "2026-11-11", "2026-11-20")]),
    ("en", PUBLISHED, "The MoU was signed in late October 2026.", [("late October 2026", "2026-10-21", "2026-10-31")]),
    # days counted from the last day named, never from a month
    (
        "en",
        PUBLISHED,
        "Delegates arrived on November 5. That evening, a banquet was held.",
        [("November 5", "2026-11-05", None), ("That evening", "2026-11-05", None)],
    ),
    (
        "en",
        PUBLISHED,
        "Delegates arrived on November 5. The following morning, they signed an MoU.",
        [("November 5", "2026-11-05", None), ("The following morning", "2026-11-06", None)],
    ),
    (
        "en",
        PUBLISHED,
        "Delegates arrived on November 5. The next morning, they signed an MoU.",
        [("November 5", "2026-11-05", None), ("The next morning", "2026-11-06", None)],
    ),
    (
        "en",
        PUBLISHED,
        "Delegates arrived on November 5. That night, a banquet was held.",
        [("November 5", "2026-11-05", None), ("That night", "2026-11-05", None)],
    ),
    (
        "en",
        PUBLISHED,
        "They met on November 3; the agreement was first signed in Sept. 2019. The following morning they toured the campus.",
        [
            ("November 3", "2026-11-03", None),
            ("Sept. 2019", "2019-09-01", "2019-09-30"),
            ("The following morning", "2026-11-04", None),
        ],
    ),
    (
        "en",
        PUBLISHED,
        "The agreement was first signed in Sept. 2019. The next day, the students arrived.",
        [("Sept. 2019", "2019-09-01", "2019-09-30")],
    ),
    # page chrome
    ("en", PUBLISHED, "Posted 2026-11-05 | Views 12", [("2026-11-05", "2026-11-05", None)]),
    (
        "en",
        PUBLISHED,
        "Published: 05 Nov 2026 | Updated: 06 Nov 2026",
        [("05 Nov 2026", "2026-11-05", None), ("06 Nov 2026", "2026-11-06", None)],
    ),
]


@pytest.mark.parametrize("probe", FINDER, ids=[f"{p[0]}-{i}" for i, p in enumerate(FINDER)])
def test_finder_probe(probe: FinderProbe) -> None:
    language, published, text, expected = probe
    found = find_dates(text, language, dt.date.fromisoformat(published))
    got = [(m.text, m.date and m.date.isoformat(), m.end_date and m.end_date.isoformat()) for m in found]
    assert got == expected


RecordProbe = tuple[str, str | None, str, str | None, tuple[str, str | None]]

# (language, publication date, text, the date of every partnership, an (event kind, date) the events hold)
RECORD: list[RecordProbe] = [
    (
        "en",
        "2026-11-14",
        "On Wednesday (4 November), Sichuan University and the University of Adelaide signed a memorandum of understanding in Chengdu.",
        "2026-11-04",
        ("signing", "2026-11-04"),
    ),
    (
        "en",
        "2026-11-14",
        "On Wednesday, 4th November, Sichuan University and the University of Adelaide signed a memorandum of understanding in Chengdu.",
        "2026-11-04",
        ("signing", "2026-11-04"),
    ),
    (
        "en",
        "2026-11-14",
        "Sichuan University and the University of Adelaide signed a memorandum of understanding on November 4 (Wednesday).",
        "2026-11-04",
        ("signing", "2026-11-04"),
    ),
    (
        "en",
        "2026-11-14",
        "A delegation from Sichuan University visited the University of Adelaide from Monday (Nov. 2) to Friday (Nov. 6).",
        "2026-11-02",
        ("visit", "2026-11-02"),
    ),
    (
        "en",
        "2026-11-14",
        "The delegation arrived in Adelaide on November 2. The following morning, Sichuan University and the University of Adelaide signed a memorandum of understanding.",
        "2026-11-03",
        ("signing", "2026-11-03"),
    ),
    (
        "en",
        None,
        "Saturday 14 November 2026 | 4 minute read\nOn Wednesday, 4th November, Sichuan University and the University of Adelaide signed a memorandum of understanding in Chengdu.",
        "2026-11-04",
        ("signing", "2026-11-04"),
    ),
    (
        "zh",
        "2026-11-15",
        "周一（11月9日），江西师范大学与格拉斯哥大学续签合作协议。",
        "2026-11-09",
        ("signing", "2026-11-09"),
    ),
    (
        "zh",
        "2026-11-15",
        "十一月九日，江西师范大学与格拉斯哥大学续签合作协议。",
        "2026-11-09",
        ("signing", "2026-11-09"),
    ),
    (
        "zh",
        "2026-11-15",
        "二〇二六年十一月九日，江西师范大学与格拉斯哥大学续签合作协议。",
        "2026-11-09",
        ("signing", "2026-11-09"),
    ),
    (
        "zh",
        "2026-11-15",
        "１１月９日，江西师范大学与格拉斯哥大学续签合作协议。",
        "2026-11-09",
        ("signing", "2026-11-09"),
    ),
    (
        "zh",
        "2026-11-15",
        "十一月九日至十三日（周一至周五），江西师范大学代表团访问英国。十日上午，江西师范大学与格拉斯哥大学续签合作协议。",
        "2026-11-10",
        ("signing", "2026-11-10"),
    ),
    (
        "zh",
        "2026-11-15",
        "11月9日，江西师范大学代表团抵达英国。次日（10日），江西师范大学与格拉斯哥大学续签合作协议。",
        "2026-11-10",
        ("signing", "2026-11-10"),
    ),
]


@pytest.mark.parametrize("probe", RECORD, ids=[f"{p[0]}-{i}" for i, p in enumerate(RECORD)])
def test_record_probe(extract, probe: RecordProbe) -> None:
    language, published, text, pair_date, event = probe
    record = extract(text, language, published=published)
    assert record.partnerships, "the probe's pair is found"
    assert [p.date for p in record.partnerships] == [pair_date] * len(record.partnerships)
    assert event in [(e.kind, e.date) for e in record.events]
