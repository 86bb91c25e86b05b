"""find_dates on Chinese text (simplified and traditional)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.dates import find_dates, number

from .conftest import PUBLISHED, only, texts

D = dt.date


@pytest.mark.parametrize(
    ("sentence", "written", "date"),
    [
        ("11月18日，联盟在南昌成立。", "11月18日", D(2025, 11, 18)),
        ("12月18日，联盟在南昌成立。", "12月18日", D(2025, 12, 18)),
        ("11月17日上午，会议举行。", "11月17日上午", D(2025, 11, 17)),
        ("11月17日下午，会议举行。", "11月17日下午", D(2025, 11, 17)),
        ("11月17日晚，会议举行。", "11月17日晚", D(2025, 11, 17)),
        ("11月17号，会议举行。", "11月17号", D(2025, 11, 17)),
        ("１１月１８日，联盟成立。", "１１月１８日", D(2025, 11, 18)),
        ("十一月十八日，联盟成立。", "十一月十八日", D(2025, 11, 18)),
        ("三月廿三日，联盟成立。", "三月廿三日", D(2025, 3, 23)),
        ("11月 18日，联盟成立。", "11月 18日", D(2025, 11, 18)),
        ("11月4日(星期二)上午，会议举行。", "11月4日(星期二)上午", D(2025, 11, 4)),
        ("11月4日（周二），会议举行。", "11月4日（周二）", D(2025, 11, 4)),
        ("本月16日，会议举行。", "本月16日", D(2025, 12, 16)),
        ("上月16日，会议举行。", "上月16日", D(2025, 11, 16)),
    ],
)
def test_day_without_year_takes_the_publication_year(sentence: str, written: str, date: dt.date) -> None:
    mention = only(sentence, "zh")
    assert (mention.text, mention.date, mention.kind, mention.year_explicit) == (written, date, "day", False)


@pytest.mark.parametrize(
    ("sentence", "written", "date"),
    [
        ("2025年11月18日，联盟成立。", "2025年11月18日", D(2025, 11, 18)),
        ("2024年11月18日，联盟成立。", "2024年11月18日", D(2024, 11, 18)),
        ("２０２５年１１月１８日，联盟成立。", "２０２５年１１月１８日", D(2025, 11, 18)),
        ("二〇二五年十一月十八日，联盟成立。", "二〇二五年十一月十八日", D(2025, 11, 18)),
        ("二○二五年十一月十八日，联盟成立。", "二○二五年十一月十八日", D(2025, 11, 18)),
        ("2025-11-18，联盟成立。", "2025-11-18", D(2025, 11, 18)),
        ("2025.11.18，联盟成立。", "2025.11.18", D(2025, 11, 18)),
        ("２０２５－１１－１８，联盟成立。", "２０２５－１１－１８", D(2025, 11, 18)),
    ],
)
def test_explicit_year_wins(sentence: str, written: str, date: dt.date) -> None:
    mention = only(sentence, "zh")
    assert (mention.text, mention.date, mention.year_explicit) == (written, date, True)


@pytest.mark.parametrize(
    ("sentence", "written", "first", "last"),
    [
        ("11月18日至20日，论坛举行。", "11月18日至20日", D(2025, 11, 18), D(2025, 11, 20)),
        ("5月7日至15日，论坛举行。", "5月7日至15日", D(2025, 5, 7), D(2025, 5, 15)),
        ("11月19日—23日，论坛举行。", "11月19日—23日", D(2025, 11, 19), D(2025, 11, 23)),
        ("11月19日-23日，论坛举行。", "11月19日-23日", D(2025, 11, 19), D(2025, 11, 23)),
        ("11月19—23日，论坛举行。", "11月19—23日", D(2025, 11, 19), D(2025, 11, 23)),
        ("11月19日～23日，论坛举行。", "11月19日～23日", D(2025, 11, 19), D(2025, 11, 23)),
        ("11月30日至12月2日，论坛举行。", "11月30日至12月2日", D(2025, 11, 30), D(2025, 12, 2)),
        ("2023年5月7日至15日，论坛举行。", "2023年5月7日至15日", D(2023, 5, 7), D(2023, 5, 15)),
        ("2025年12月30日至2026年1月2日，论坛举行。", "2025年12月30日至2026年1月2日", D(2025, 12, 30), D(2026, 1, 2)),
        ("11月17日至18日上午，论坛举行。", "11月17日至18日上午", D(2025, 11, 17), D(2025, 11, 18)),
    ],
)
def test_range_gives_first_and_last_day(sentence: str, written: str, first: dt.date, last: dt.date) -> None:
    mention = only(sentence, "zh")
    assert (mention.text, mention.kind, mention.date, mention.end_date) == (written, "range", first, last)


def test_range_across_new_year_without_year() -> None:
    mention = only("12月30日至1月2日，论坛举行。", "zh", D(2026, 1, 5))
    assert (mention.date, mention.end_date) == (D(2025, 12, 30), D(2026, 1, 2))


def test_range_whose_end_is_before_its_start_keeps_only_the_start() -> None:
    mention = only("5月15日至7日，论坛举行。", "zh")
    assert (mention.date, mention.end_date) == (D(2025, 5, 15), None)


def test_day_list_shares_the_month() -> None:
    mentions = find_dates("11月17、18日，论坛举行。", "zh", PUBLISHED)
    assert [(m.text, m.date) for m in mentions] == [("11月17", D(2025, 11, 17)), ("18日", D(2025, 11, 18))]


def test_day_only_takes_month_from_publication() -> None:
    mention = only("18日上午，会议举行。", "zh")
    assert (mention.text, mention.date) == ("18日上午", D(2025, 12, 18))


def test_day_only_later_than_publication_day_is_last_month() -> None:
    assert only("25日，会议举行。", "zh").date == D(2025, 11, 25)


def test_day_only_reads_after_an_earlier_date_in_the_text() -> None:
    mentions = find_dates("11月30日开幕，2日闭幕。", "zh", PUBLISHED)
    assert [m.date for m in mentions] == [D(2025, 11, 30), D(2025, 12, 2)]


def test_day_only_skips_a_month_still_to_come() -> None:
    # a plan ("will start in September") is not where the story is: the next day keeps the earlier month
    text = "11月3日，代表团抵达。学员将于明年9月入学。5日，双方签署协议。"
    mentions = find_dates(text, "zh", PUBLISHED)
    assert [m.date for m in mentions] == [D(2025, 11, 3), D(2026, 9, 1), D(2025, 11, 5)]


def test_day_only_follows_a_month_already_begun() -> None:
    mentions = find_dates("11月，代表团出访。5日，双方签署协议。", "zh", PUBLISHED)
    assert mentions[-1].date == D(2025, 11, 5)


def test_day_only_reads_after_the_given_anchor() -> None:
    mention = find_dates("18日上午，签约仪式举行。", "zh", PUBLISHED, anchor=D(2025, 11, 17))[0]
    assert mention.date == D(2025, 11, 18)


def test_day_only_range() -> None:
    mention = only("15日至17日，会议举行。", "zh")
    assert (mention.kind, mention.date, mention.end_date) == ("range", D(2025, 12, 15), D(2025, 12, 17))


@pytest.mark.parametrize("written", ["114日", "32日", "0日", "13月5日", "2月30日", "2025年2月29日", "2025年18日"])
def test_garbled_day_is_never_guessed(written: str) -> None:
    mention = only(f"{written}，会议举行。", "zh")
    assert (mention.text, mention.date, mention.kind) == (written, None, "garbled")


@pytest.mark.parametrize(
    ("sentence", "written", "first", "last", "explicit"),
    [
        ("2024年5月，学院获批。", "2024年5月", D(2024, 5, 1), D(2024, 5, 31), True),
        ("二〇二四年五月，学院获批。", "二〇二四年五月", D(2024, 5, 1), D(2024, 5, 31), True),
        ("5月，学院获批。", "5月", D(2025, 5, 1), D(2025, 5, 31), False),
        ("11月份，学院获批。", "11月份", D(2025, 11, 1), D(2025, 11, 30), False),
        ("十二月，学院获批。", "十二月", D(2025, 12, 1), D(2025, 12, 31), False),
        ("去年11月，学院获批。", "去年11月", D(2024, 11, 1), D(2024, 11, 30), False),
        ("今年3月，学院获批。", "今年3月", D(2025, 3, 1), D(2025, 3, 31), False),
        ("11月中旬，学院获批。", "11月中旬", D(2025, 11, 11), D(2025, 11, 20), False),
        ("2024年2月下旬，学院获批。", "2024年2月下旬", D(2024, 2, 21), D(2024, 2, 29), True),
        ("11月底，学院获批。", "11月底", D(2025, 11, 21), D(2025, 11, 30), False),
    ],
)
def test_month(sentence: str, written: str, first: dt.date, last: dt.date, explicit: bool) -> None:
    mention = only(sentence, "zh")
    assert (mention.text, mention.kind, mention.date, mention.end_date, mention.year_explicit) == (
        written,
        "month",
        first,
        last,
        explicit,
    )


@pytest.mark.parametrize(
    ("sentence", "written", "date"),
    [
        ("上周五，代表团来访。", "上周五", D(2025, 12, 12)),
        ("上星期五，代表团来访。", "上星期五", D(2025, 12, 12)),
        # (published on Thursday 2025-12-18: 上周 is the week of 12-08 to 12-14, GUIDE-zh)
        ("上个星期二，代表团来访。", "上个星期二", D(2025, 12, 9)),
        ("上周三，代表团来访。", "上周三", D(2025, 12, 10)),
        ("上周日，代表团来访。", "上周日", D(2025, 12, 14)),
        ("本周三，代表团来访。", "本周三", D(2025, 12, 17)),
        ("本周六，代表团来访。", "本周六", D(2025, 12, 13)),
        ("下周一将举行。", "下周一", D(2025, 12, 22)),
        ("周三下午，代表团来访。", "周三下午", D(2025, 12, 17)),
        ("周五，代表团来访。", "周五", D(2025, 12, 12)),
        ("星期天，代表团来访。", "星期天", D(2025, 12, 14)),
        ("上週五，代表團來訪。", "上週五", D(2025, 12, 12)),
        ("本週三，代表團來訪。", "本週三", D(2025, 12, 17)),
        ("禮拜天，代表團來訪。", "禮拜天", D(2025, 12, 14)),
        ("今天，代表团来访。", "今天", D(2025, 12, 18)),
        ("昨天下午，代表团来访。", "昨天下午", D(2025, 12, 17)),
        ("昨日，代表团来访。", "昨日", D(2025, 12, 17)),
        ("前天，代表团来访。", "前天", D(2025, 12, 16)),
    ],
)
def test_relative_to_publication(sentence: str, written: str, date: dt.date) -> None:
    mention = only(sentence, "zh")
    assert (mention.text, mention.kind, mention.date) == (written, "relative", date)


def test_weekday_without_publication_date_is_kept_without_date() -> None:
    mention = only("上周五，代表团来访。", "zh", None)
    assert (mention.text, mention.date) == ("上周五", None)


def test_yesterday_without_publication_date_is_not_reported() -> None:
    assert find_dates("昨天，代表团来访。", "zh", None) == []


def test_relative_year_without_publication_date_keeps_the_words() -> None:
    mention = only("去年11月18日，学院获批。", "zh", None)
    assert (mention.text, mention.date) == ("去年11月18日", None)


def test_day_without_year_or_publication_keeps_the_words() -> None:
    mention = only("11月18日，联盟在南昌成立。", "zh", None)
    assert (mention.text, mention.date, mention.year_explicit) == ("11月18日", None, False)


@pytest.mark.parametrize(
    "sentence",
    [
        "2025年，全省新增项目。",
        "学制为5个月。",
        "3号楼二层会议室",
        "地铁1号线",
        "3日内完成报名。",
        "费用100日元。",
        "5日游",
        "每周三开展活动。",
        "四周五天的课程",
        "本周三场讲座座无虚席。",
        "本周日程安排",
        "前天津大学校长出席。",
        "第18日",
        "中秋节吃月饼",
        "联系电话0791-88888888",
    ],
)
def test_not_a_date(sentence: str) -> None:
    assert find_dates(sentence, "zh", PUBLISHED) == []


def test_ascii_punctuation_does_not_change_the_reading() -> None:
    full = [(m.text, m.date) for m in find_dates("11月17日，会议举行（南昌）。", "zh", PUBLISHED)]
    ascii_ = [(m.text, m.date) for m in find_dates("11月17日,会议举行(南昌).", "zh", PUBLISHED)]
    assert full == ascii_ == [("11月17日", D(2025, 11, 17))]


def test_mentions_come_in_text_order() -> None:
    text = "2025年11月18日，联盟成立；11月17日上午签约；上周五发布。"
    assert texts(text, "zh") == ["2025年11月18日", "11月17日上午", "上周五"]


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("18", 18),
        ("十", 10),
        ("十八", 18),
        ("二十", 20),
        ("二十三", 23),
        ("三十一", 31),
        ("廿三", 23),
        ("卅一", 31),
        ("二〇二五", 2025),
        ("二○二五", 2025),
        ("九", 9),
    ],
)
def test_number(written: str, value: int) -> None:
    assert number(written) == value


@pytest.mark.parametrize("written", ["", "十十", "二十三四", "abc", "一百"])
def test_number_rejects_what_is_not_a_day_month_or_year(written: str) -> None:
    assert number(written) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("新华社贵阳8月29日电 28日，交流周在贵阳开幕。", D(2025, 8, 28)),  # the dateline: the day before
        ("新华社贵阳8月29日电（记者张三）28日，交流周开幕。", D(2025, 8, 28)),
        ("8月29日电话会议后，30日双方签约。", D(2025, 8, 30)),  # 电话 is a word, not a dateline
        ("5月7日开幕，9日闭幕。", D(2025, 5, 9)),  # prose moves forward
    ],
)
def test_a_day_after_a_dateline_looks_back_and_after_prose_forward(text: str, day: dt.date) -> None:
    assert find_dates(text, "zh", D(2025, 8, 29))[-1].date == day
