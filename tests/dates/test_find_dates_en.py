"""find_dates on English text."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.dates import find_dates

from .conftest import PUBLISHED, only, texts

D = dt.date


@pytest.mark.parametrize(
    ("sentence", "written", "date"),
    [
        ("On November 18, the alliance was inaugurated.", "November 18", D(2025, 11, 18)),
        ("It was held in Nanchang on November 17.", "November 17", D(2025, 11, 17)),
        ("Signed Nov. 17 in Nanchang.", "Nov. 17", D(2025, 11, 17)),
        ("Signed Nov 17 in Nanchang.", "Nov 17", D(2025, 11, 17)),
        ("Signed Sept. 3 in Nanchang.", "Sept. 3", D(2025, 9, 3)),
        ("Opened on November 17th.", "November 17th", D(2025, 11, 17)),
        ("Opened on 17 November.", "17 November", D(2025, 11, 17)),
        ("Opened on the 17th of November.", "the 17th of November", D(2025, 11, 17)),
        ("NOVEMBER 17 was the day.", "NOVEMBER 17", D(2025, 11, 17)),
    ],
)
def test_day_without_year_takes_the_publication_year(sentence: str, written: str, date: dt.date) -> None:
    mention = only(sentence, "en")
    assert (mention.text, mention.date, mention.kind, mention.year_explicit) == (written, date, "day", False)


@pytest.mark.parametrize(
    ("sentence", "written", "date"),
    [
        ("The forum opened on November 17, 2024 in Beijing.", "November 17, 2024", D(2024, 11, 17)),
        ("The forum opened on November 17,2024.", "November 17,2024", D(2024, 11, 17)),
        ("The forum opened on 17 November 2024.", "17 November 2024", D(2024, 11, 17)),
        ("The forum opened on 2024-11-17.", "2024-11-17", D(2024, 11, 17)),
        ("The forum opened on 2024/11/17.", "2024/11/17", D(2024, 11, 17)),
        ("The forum opened on 17.11.2024.", "17.11.2024", D(2024, 11, 17)),
        ("Wednesday, November 19, 2025 was busy.", "Wednesday, November 19, 2025", D(2025, 11, 19)),
    ],
)
def test_explicit_year_wins(sentence: str, written: str, date: dt.date) -> None:
    mention = only(sentence, "en")
    assert (mention.text, mention.date, mention.year_explicit) == (written, date, True)


@pytest.mark.parametrize(
    ("sentence", "written", "first", "last"),
    [
        ("From May 7th to 15th, 2023, the fair ran.", "May 7th to 15th, 2023", D(2023, 5, 7), D(2023, 5, 15)),
        ("The fair ran May 7-15.", "May 7-15", D(2025, 5, 7), D(2025, 5, 15)),
        ("The fair ran May 7–15, 2024.", "May 7–15, 2024", D(2024, 5, 7), D(2024, 5, 15)),
        ("The fair ran 7-15 May 2023.", "7-15 May 2023", D(2023, 5, 7), D(2023, 5, 15)),
        ("It ran November 30 to December 2.", "November 30 to December 2", D(2025, 11, 30), D(2025, 12, 2)),
        ("It ran 30 November - 2 December 2025.", "30 November - 2 December 2025", D(2025, 11, 30), D(2025, 12, 2)),
        ("It ran May 7 through May 9.", "May 7 through May 9", D(2025, 5, 7), D(2025, 5, 9)),
        ("It was held on 9 and 10 October.", "9 and 10 October", D(2025, 10, 9), D(2025, 10, 10)),
        ("It was held on October 9 and 10.", "October 9 and 10", D(2025, 10, 9), D(2025, 10, 10)),
    ],
)
def test_range_gives_first_and_last_day(sentence: str, written: str, first: dt.date, last: dt.date) -> None:
    mention = only(sentence, "en")
    assert (mention.text, mention.kind, mention.date, mention.end_date) == (written, "range", first, last)


def test_range_across_new_year_with_year_at_the_end() -> None:
    mention = only("It ran December 30 to January 2, 2026.", "en")
    assert (mention.date, mention.end_date, mention.year_explicit) == (D(2025, 12, 30), D(2026, 1, 2), True)


def test_range_across_new_year_without_year() -> None:
    mention = only("It ran December 30 to January 2.", "en", D(2026, 1, 5))
    assert (mention.date, mention.end_date) == (D(2025, 12, 30), D(2026, 1, 2))


def test_range_whose_end_is_before_its_start_keeps_only_the_start() -> None:
    mention = only("It ran May 15-7.", "en")
    assert (mention.date, mention.end_date) == (D(2025, 5, 15), None)


def test_day_only_after_on_takes_month_from_publication() -> None:
    mention = only("The alliance met on the 17th.", "en")
    assert (mention.text, mention.date) == ("the 17th", D(2025, 12, 17))


def test_day_only_after_the_publication_day_is_last_month() -> None:
    assert only("The alliance met on the 20th.", "en").date == D(2025, 11, 20)


def test_day_only_reads_after_an_earlier_date_in_the_text() -> None:
    mentions = find_dates("Delegates arrived on November 3 and left on the 7th.", "en", PUBLISHED)
    assert [m.date for m in mentions] == [D(2025, 11, 3), D(2025, 11, 7)]


@pytest.mark.parametrize(
    "sentence",
    [
        "the 17th International Conference on Education",
        "It ranked the 5th in China.",
        "on the 5th floor of the library",
        "The 2025 International Conference was held.",
        "In 2024, the university grew.",
        "Students may apply.",
        "They march in the rain.",
        "The Sun rose; Sat down.",
        "Over 1200 students came.",
        "Version 1.2.3 and room 305",
        "Call 0791-88888888.",
    ],
)
def test_not_a_date(sentence: str) -> None:
    assert find_dates(sentence, "en", PUBLISHED) == []


def test_bare_may_without_preposition_is_not_a_date() -> None:
    assert find_dates("May the best team win.", "en", PUBLISHED) == []


def test_month_after_a_preposition_is_a_month() -> None:
    mention = only("The programme starts in May.", "en")
    assert (mention.text, mention.kind) == ("May", "month")
    assert (mention.date, mention.end_date) == (D(2025, 5, 1), D(2025, 5, 31))


def test_month_with_year_is_the_whole_month() -> None:
    mention = only("It was approved in March 2024.", "en")
    assert (mention.text, mention.kind, mention.date, mention.end_date) == (
        "March 2024",
        "month",
        D(2024, 3, 1),
        D(2024, 3, 31),
    )
    assert mention.year_explicit


def test_month_not_yet_begun_is_last_year() -> None:
    assert only("It was approved in March.", "en", D(2026, 2, 10)).date == D(2025, 3, 1)


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("It opens in early March 2024.", D(2024, 3, 1), D(2024, 3, 10)),
        ("It opens in mid-March 2024.", D(2024, 3, 11), D(2024, 3, 20)),
        ("It opens in late February 2024.", D(2024, 2, 21), D(2024, 2, 29)),
    ],
)
def test_part_of_a_month(sentence: str, first: dt.date, last: dt.date) -> None:
    mention = only(sentence, "en")
    assert (mention.kind, mention.date, mention.end_date) == ("month", first, last)


@pytest.mark.parametrize(
    ("sentence", "written", "date"),
    [
        ("The team met on Wednesday.", "Wednesday", D(2025, 12, 17)),
        ("The team met on Thursday.", "Thursday", D(2025, 12, 18)),  # the publication day itself
        ("The team met on Friday.", "Friday", D(2025, 12, 12)),
        ("The team met last Friday.", "last Friday", D(2025, 12, 12)),
        ("The team met last Tuesday.", "last Tuesday", D(2025, 12, 16)),
        ("The team meets this Monday.", "this Monday", D(2025, 12, 15)),
        ("The team met this Saturday.", "this Saturday", D(2025, 12, 13)),
        ("The team meets next Monday.", "next Monday", D(2025, 12, 22)),
        ("Last Friday the team met.", "Last Friday", D(2025, 12, 12)),
        ("The team met yesterday.", "yesterday", D(2025, 12, 17)),
    ],
)
def test_relative_to_publication(sentence: str, written: str, date: dt.date) -> None:
    mention = only(sentence, "en")
    assert (mention.text, mention.kind, mention.date) == (written, "relative", date)


@pytest.mark.parametrize(
    ("published", "sentence", "date"),
    [
        (D(2025, 12, 20), "The team met last Friday.", D(2025, 12, 19)),  # Saturday page: yesterday
        (D(2025, 12, 19), "The team met last Friday.", D(2025, 12, 12)),  # Friday page: a week ago
        (D(2025, 12, 19), "The team met on Friday.", D(2025, 12, 19)),  # Friday page: that day
        (D(2025, 12, 21), "The team meets next Monday.", D(2025, 12, 22)),  # Sunday page
    ],
)
def test_weekday_counting_around_the_publication_day(published: dt.date, sentence: str, date: dt.date) -> None:
    assert only(sentence, "en", published).date == date


def test_weekday_without_publication_date_is_kept_without_date() -> None:
    mention = only("The team met on Wednesday.", "en", None)
    assert (mention.text, mention.date, mention.kind) == ("Wednesday", None, "relative")


def test_yesterday_without_publication_date_is_not_reported() -> None:
    assert find_dates("The team met yesterday.", "en", None) == []


def test_day_without_year_or_publication_keeps_the_words() -> None:
    mention = only("On November 18, the alliance was inaugurated.", "en", None)
    assert (mention.text, mention.date, mention.year_explicit) == ("November 18", None, False)


def test_explicit_year_needs_no_publication_date() -> None:
    assert only("On November 18, 2025, it opened.", "en", None).date == D(2025, 11, 18)


def test_impossible_day_is_garbled() -> None:
    mention = only("It opened on February 30, 2025.", "en")
    assert (mention.date, mention.kind) == (None, "garbled")


@pytest.mark.parametrize(("written", "date"), [("11/18/2025", D(2025, 11, 18)), ("18/11/2025", D(2025, 11, 18))])
def test_slashed_day_is_read_when_unambiguous(written: str, date: dt.date) -> None:
    assert only(f"Opened {written}.", "en").date == date


def test_slashed_day_that_could_be_either_order_is_kept_without_date() -> None:
    mention = only("Opened 04/05/2025.", "en")
    assert (mention.text, mention.date, mention.year_explicit) == ("04/05/2025", None, True)


def test_mentions_come_in_text_order() -> None:
    text = "Held on November 17 and closed on November 18, 2025; reported last Friday."
    assert texts(text, "en") == ["November 17", "November 18, 2025", "last Friday"]


def test_seed_sentence_dates() -> None:
    text = (
        "To further strengthen international educational cooperation, the 2025 International Conference "
        "on Industry-University-Research Cooperation in Jiangxi and the Education International "
        "Cooperation & Exchange Conference were held in Nanchang on November 17."
    )
    mention = only(text, "en")
    assert (mention.text, mention.date) == ("November 17", D(2025, 11, 17))


def test_publication_datetime_is_accepted() -> None:
    published = dt.datetime(2025, 12, 18, 10, 25, tzinfo=dt.UTC)
    assert find_dates("On November 18, it opened.", "en", published)[0].date == D(2025, 11, 18)


def test_a_month_first_day_and_a_bare_number_joined_by_and_are_the_day_alone() -> None:
    mention = only("On May 5 and 12 students came.", "en")
    assert (mention.text, mention.kind, mention.date, mention.end_date) == ("May 5 and 12", "day", D(2025, 5, 5), None)


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("They met on 3 May and 4 June.", [("3 May", D(2025, 5, 3)), ("4 June", D(2025, 6, 4))]),
        ("They met on 3 and 9 December 2024.", [("3", D(2024, 12, 3)), ("9 December 2024", D(2024, 12, 9))]),
        (
            "They met on December 3 and December 9, 2024.",
            [("December 3", D(2024, 12, 3)), ("December 9, 2024", D(2024, 12, 9))],
        ),
    ],
)
def test_two_days_joined_by_and_that_do_not_follow_each_other_are_two_days(
    sentence: str, written: list[tuple[str, dt.date]]
) -> None:
    mentions = find_dates(sentence, "en", PUBLISHED)
    assert [(m.text, m.date, m.kind, m.end_date) for m in mentions] == [(t, d, "day", None) for t, d in written]
