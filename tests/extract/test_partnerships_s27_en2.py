"""Session 27 (en, wave 2): the stops a trip of several days makes in the very sentence that gives its
days have no day (GUIDE.md), on sentences written for the tests."""

import pytest


def _facts(record) -> set[tuple[str, str, str, str | None]]:
    return {(p.chinese.name, p.foreign.name, p.kind, p.date) for p in record.partnerships}


@pytest.mark.parametrize(
    "text",
    [
        "From May 12 to 17, a delegation from the University of Stuttgart toured Hunan, visiting Hunan University"
        " and Central South University.",
        "From May 12 to 17, Professor Karl Weber led a delegation of the University of Stuttgart to Hunan, calling"
        " on Hunan University and Central South University.",
    ],
)
def test_the_stops_told_with_the_days_of_a_trip_have_no_day(extract, text):
    assert _facts(extract(text, "en")) == {
        ("Hunan University", "University of Stuttgart", "talks", None),
        ("Central South University", "University of Stuttgart", "talks", None),
    }


def test_one_institution_visited_on_a_trip_to_a_country_is_one_stop(extract):
    text = (
        "From May 12 to 17, Li Hua, Vice President of Hunan University, led a delegation to Germany, attending a"
        " forum in Berlin and visiting the University of Stuttgart."
    )
    assert _facts(extract(text, "en")) == {("Hunan University", "University of Stuttgart", "talks", None)}


def test_a_trip_to_one_institution_is_that_visit_on_its_first_day(extract):
    text = "A delegation from the University of Stuttgart visited Hunan University from May 12 to 15."
    assert _facts(extract(text, "en")) == {("Hunan University", "University of Stuttgart", "talks", "2025-05-12")}


_TOUR = (
    "From May 12 to 17, a delegation led by Li Hua, Vice President of Hunan University, visited Germany."
    " On May 13, the delegation signed a memorandum of understanding with the University of Stuttgart. {stop}"
)


@pytest.mark.parametrize(
    "stop",
    [
        "At RWTH Aachen University, the delegation held talks on joint research in materials.",
        "The delegation also visited RWTH Aachen University and discussed joint research in materials.",
    ],
)
def test_a_new_stop_told_after_a_dated_one_does_not_take_its_day(extract, stop):
    facts = _facts(extract(_TOUR.format(stop=stop), "en"))
    assert ("Hunan University", "RWTH Aachen University", "talks", None) in facts
    assert ("Hunan University", "University of Stuttgart", "mou", "2025-05-13") in facts


def test_a_sentence_going_on_at_the_dated_stop_keeps_its_day(extract):
    stop = "In the afternoon, the delegation held talks with RWTH Aachen University on joint research."
    facts = _facts(extract(_TOUR.format(stop=stop), "en"))
    assert ("Hunan University", "RWTH Aachen University", "talks", "2025-05-13") in facts


def test_a_joint_venture_university_signing_itself_lends_no_joint_institute_kind(extract):
    # (on its own page, where it is a side: "the University")
    text = (
        "Xi'an Jiaotong-Liverpool University and the University of Liverpool signed an agreement on a dual"
        " PhD programme in architecture on May 20. The University will admit the first candidates in 2026."
    )
    facts = _facts(extract(text, "en", url="https://www.xjtlu.edu.cn/en/news/2025/05/dual-phd"))
    assert ("Xi'an Jiaotong-Liverpool University", "University of Liverpool", "agreement", "2025-05-20") in facts


def test_a_joint_institute_named_beside_its_parents_still_gives_their_kind(extract):
    text = (
        "On May 20, Nanchang University and Queen Mary University of London signed an agreement renewing"
        " the Queen Mary School of Nanchang University."
    )
    facts = _facts(extract(text, "en"))
    assert ("Nanchang University", "Queen Mary University of London", "joint_institute", "2025-05-20") in facts
