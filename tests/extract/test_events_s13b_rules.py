"""Rules of session 13 (wave 2) for events, one test each: words that give no day (event_undated.txt,
not 日前 after a number), a country named for a happening (event_country_verbs.txt), a visited
country over the city of a forum attended on the trip."""

import pytest

from pipeline.extract.events import _day_and_before

PUBLISHED = "2025-11-20"


def _events(record):
    return sorted(((e.kind, e.date, e.name, e.location) for e in record.events), key=str)


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        ("11月14日，南昌大学与邓迪大学在英国签署合作协议。", "zh", "英国"),
        ("11月14日，南昌大学与邓迪大学于英国正式签署合作协议。", "zh", "英国"),
        ("11月14日，曾在英国留学的校友见证南昌大学与邓迪大学签署合作协议。", "zh", None),  # no verb after it
        (
            "On November 12, the agreement between Hunan University and the University of Leeds was signed in the UK.",
            "en",
            "UK",
        ),
        (
            "On November 12, Hunan University and the University of Leeds signed an agreement in the United Kingdom.",
            "en",
            "United Kingdom",
        ),
        (
            "On November 12, Hunan University signed an agreement with Leeds, one of the best in the UK.",
            "en",
            None,
        ),
    ],
)
def test_country_named_for_a_happening(extract, text, language, country):
    signings = [e for e in _events(extract(text, language, published=PUBLISHED)) if e[0] == "signing"]
    assert [e[3] for e in signings] == [country]


@pytest.mark.parametrize(
    ("text", "day_and_before"),
    [
        ("请于3月31日前报送", True),
        ("代表团次日前往南昌", True),
        ("双方当日前来", True),
        ("日前，两校签署协议", False),
        ("，日前两校", False),
    ],
)
def test_a_day_and_before_is_no_word_of_no_day(text, day_and_before):
    at = text.index("日前")
    assert _day_and_before(text, at, at + 2) is day_and_before


def test_the_next_day_going_on_keeps_the_day(extract):
    text = "11月17日，邓迪大学代表团来访南昌大学，双方签署合作协议。次日前往江西师范大学，两校签署合作备忘录。"
    dates = [e[1] for e in _events(extract(text, "zh", published=PUBLISHED))]
    assert len(dates) == 3 and None not in dates  # (次日: 18 November)


def test_a_word_of_no_day_stops_the_day_for_the_sentences_after(extract):
    text = (
        "On November 17, a delegation from the University of Dundee visited Nanchang University. "
        "Earlier this month, a team from Nanchang University visited Kazan Federal University. "
        "The team also signed an agreement with Kazan Federal University."
    )
    assert _events(extract(text, "en", published=PUBLISHED)) == sorted(
        [("visit", "2025-11-17", None, None), ("visit", None, None, None), ("signing", None, None, None)], key=str
    )


def test_a_country_visited_over_the_city_of_a_forum(extract):
    text = "11月12日至18日，南昌大学副校长率团出访英国，其间出席了在伦敦举行的2025中英高等教育合作论坛。"
    visits = [e for e in _events(extract(text, "zh", published=PUBLISHED)) if e[0] == "visit"]
    assert visits == [("visit", "2025-11-12", None, "英国")]
