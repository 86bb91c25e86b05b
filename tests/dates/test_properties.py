"""Properties that hold for any text: no crash, offsets slice to the text, dates are real."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.dates import DateMention, find_dates, parse_published, safe_date

# Characters dates are made of, so generated text often comes close to a date.
DATE_ALPHABET = (
    "0123456789０１２３４５６７８９年月日号號至到—-–~～、,，.:/()（）上下本这這周週星期礼拜天今昨前明去"
    "旬初底末午晚〇零○一二三四五六七八九十廿卅 \u3000\n"
)
EN_WORDS = ["May", "March", "Nov.", "November", "the", "on", "to", "last", "this", "Friday",
            "17th", "2025", "-", ",", " ", "in", "mid-", "of", "yesterday", "7", "30", "12/05/2024"]

published_dates = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)))
any_published = st.one_of(published_dates, st.dates())  # the calendar's ends too
texts = st.one_of(
    st.text(max_size=80),
    st.text(alphabet=DATE_ALPHABET, max_size=60),
    st.lists(st.sampled_from(EN_WORDS), max_size=14).map(" ".join),
    st.lists(st.sampled_from(EN_WORDS), max_size=14).map("".join),
)


def check(text: str, mentions: list[DateMention], published: dt.date | None) -> None:
    previous_end = 0
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.text and previous_end <= mention.start < mention.end
        previous_end = mention.end
        for value in (mention.date, mention.end_date):
            assert value is None or type(value) is dt.date
        if mention.end_date is not None:
            assert mention.date is not None and mention.end_date >= mention.date
        if mention.kind == "garbled":
            assert mention.date is None
        if mention.kind == "month":
            assert mention.date is None or mention.end_date is not None


def dated_before(mentions: list[DateMention], index: int) -> bool:
    return any(m.date is not None for m in mentions[:index])


@settings(max_examples=400, deadline=None)
@given(text=texts, published=any_published, language=st.sampled_from(["en", "zh", "xx"]))
def test_any_text_gives_consistent_mentions(text: str, published: dt.date | None, language: str) -> None:
    mentions = find_dates(text, language, published)
    check(text, mentions, published)
    if published is None:
        # With no publication date a year only comes from the text itself.
        for index, mention in enumerate(mentions):
            if mention.date is not None and not mention.year_explicit:
                assert dated_before(mentions, index)


@settings(max_examples=300, deadline=None)
@given(day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)), published=published_dates)
def test_written_day_with_year_reads_back(day: dt.date, published: dt.date | None) -> None:
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    for text, language in [
        (f"{day.year}年{day.month}月{day.day}日", "zh"),
        (day.isoformat(), "zh"),
        (f"{months[day.month - 1]} {day.day}, {day.year}", "en"),
        (f"{day.day} {months[day.month - 1]} {day.year}", "en"),
        (f"{day.day:02d}.{day.month:02d}.{day.year}", "en"),
    ]:
        mentions = find_dates(f"会议于{text}举行" if language == "zh" else f"Held on {text} in Nanchang.",
                              language, published)
        assert [(m.date, m.year_explicit, m.text) for m in mentions] == [(day, True, text)]


@settings(max_examples=300, deadline=None)
@given(day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)),
       published=st.dates(min_value=dt.date(1991, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_day_without_year_is_the_latest_not_after_publication(day: dt.date, published: dt.date) -> None:
    for text, language in [(f"{day.month}月{day.day}日，会议举行。", "zh"),
                           (f"On {day.strftime('%B')} {day.day}, it met.", "en")]:
        [mention] = find_dates(text, language, published)
        assert mention.date is not None
        assert (mention.date.month, mention.date.day) == (day.month, day.day)
        assert mention.date <= published
        # no later year would still be on or before publication
        for later in range(mention.date.year + 1, published.year + 1):
            later_day = safe_date(later, day.month, day.day)
            assert later_day is None or later_day > published


@settings(max_examples=300, deadline=None)
@given(published=st.dates(min_value=dt.date(1991, 1, 1), max_value=dt.date(2099, 12, 31)),
       weekday=st.integers(1, 7))
def test_bare_weekday_is_within_the_week_before_publication(published: dt.date, weekday: int) -> None:
    chars = "一二三四五六日"
    [mention] = find_dates(f"星期{chars[weekday - 1]}，代表团来访。", "zh", published)
    assert mention.date is not None and mention.date.isoweekday() == weekday
    assert 0 <= (published - mention.date).days < 7


@settings(max_examples=300, deadline=None)
@given(value=st.text(max_size=60))
def test_parse_published_never_crashes_and_is_aware(value: str) -> None:
    parsed = parse_published(value)
    assert parsed is None or parsed.tzinfo is not None


@settings(max_examples=200, deadline=None)
@given(stamp=st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2099, 12, 31)))
def test_parse_published_reads_back_its_formats(stamp: dt.datetime) -> None:
    stamp = stamp.replace(microsecond=0)
    beijing = stamp.replace(tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert parse_published(stamp.strftime("%Y-%m-%d %H:%M:%S")) == beijing
    assert parse_published(stamp.strftime("%Y %m/%d %H:%M:%S")) == beijing
    assert parse_published(stamp.strftime("%d.%m.%Y %H:%M:%S")) == beijing
    assert parse_published(f"发布时间:{stamp.year}年{stamp.month}月{stamp.day}日") == beijing.replace(
        hour=0, minute=0, second=0)


def test_calendar_ends_do_not_crash() -> None:
    sentences = [("上周一，昨天，明天，下周日，去年3月，12月18日，5日，11月中旬", "zh"),
                 ("last Monday, next Sunday, yesterday, tomorrow, in March, December 18, on the 5th.", "en")]
    for published in (dt.date.min, dt.date.max):
        for text, language in sentences:
            check(text, find_dates(text, language, published), published)
