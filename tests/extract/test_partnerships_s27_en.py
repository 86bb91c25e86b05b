"""Session 27 (en): English partnerships of GUIDE.md's rules on receptions of a delegation and on the
stops of a trip of several days, on sentences written for the tests."""

import pytest


def _facts(record) -> set[tuple[str, str, str, str | None]]:
    return {(p.chinese.name, p.foreign.name, p.kind, p.date) for p in record.partnerships}


_TRIP = "A delegation from the University of Otago visited Guangxi from June 2 to 6. {second}"


@pytest.mark.parametrize(
    "second",
    [
        "Zhou Lan, Deputy Director-General of the Guangxi Department of Education, met the delegation in Nanning"
        " on June 3.",
        "Officials of the Guangxi Department of Education received the delegation on June 3.",
        "On June 3, the Guangxi Department of Education welcomed the visitors.",
    ],
)
def test_an_official_who_receives_the_delegation_makes_a_talks_pair(extract, second):
    record = extract(_TRIP.format(second=second), "en")
    assert _facts(record) == {("Guangxi Department of Education", "University of Otago", "talks", "2025-06-03")}


def test_a_university_official_who_meets_the_delegation_makes_a_talks_pair(extract):
    text = _TRIP.format(second="On June 4, Li Ping, President of Guangxi University, met the delegation.")
    assert _facts(extract(text, "en")) == {("Guangxi University", "University of Otago", "talks", "2025-06-04")}


def test_a_foreign_governments_delegation_received_is_no_pair(extract):
    # (a courtesy call between governments: the guide's pair is an institution's delegation met)
    text = (
        "A delegation from the Government of Tasmania visited Guangxi from June 2 to 6. Zhou Lan, Director of the"
        " Guangxi Foreign Affairs Office, met the delegation in Nanning on June 3."
    )
    assert _facts(extract(text, "en")) == set()


@pytest.mark.parametrize(
    "second",
    [
        "The visitors also held talks with Guangxi Normal University on joint research.",
        "During the trip, the group visited Guangxi Normal University and discussed teacher exchanges.",
    ],
)
def test_a_stop_of_a_trip_over_several_days_has_no_day(extract, second):
    record = extract(_TRIP.format(second=second), "en")
    assert _facts(record) == {("Guangxi Normal University", "University of Otago", "talks", None)}


def test_a_stop_the_text_dates_keeps_its_day(extract):
    text = _TRIP.format(
        second="On June 4, the delegation travelled to Guilin. There the visitors held talks with"
        " Guangxi Normal University."
    )
    assert _facts(extract(text, "en")) == {("Guangxi Normal University", "University of Otago", "talks", "2025-06-04")}


def test_a_trip_of_one_day_dates_its_stops(extract):
    text = (
        "A delegation from the University of Otago visited Guilin on June 4. The visitors also held talks with"
        " Guangxi Normal University on joint research."
    )
    assert _facts(extract(text, "en")) == {("Guangxi Normal University", "University of Otago", "talks", "2025-06-04")}


@pytest.mark.parametrize(
    "second",
    [
        "On June 3, the delegation met Zhou Lan, Deputy Director-General of the Guangxi Department of Education.",
        "The visitors also met officials of the Guangxi Department of Education on June 3.",
    ],
)
def test_the_delegation_meeting_an_official_makes_a_talks_pair(extract, second):
    record = extract(_TRIP.format(second=second), "en")
    assert _facts(record) == {("Guangxi Department of Education", "University of Otago", "talks", "2025-06-03")}


def test_a_chinese_departments_delegation_meeting_a_foreign_official_pairs_no_department(extract):
    # (the department's own trip: the guide's pair is the official's body with the visitors')
    text = (
        "From June 2 to 6, a delegation of the Guangxi Department of Education visited New Zealand. On June 3,"
        " the delegation met Professor Jane Doe, Deputy Vice-Chancellor of the University of Otago."
    )
    assert _facts(extract(text, "en")) == set()


def test_an_official_meeting_a_delegation_many_sentences_after_its_lead(extract):
    lead = "A delegation from the University of Otago visited Guangxi University in Nanning on Wednesday."
    middle = " ".join(f"The two sides discussed topic number {n} of their agenda." for n in range(1, 14))
    last = "On Thursday, the delegation met Zhou Lan, Deputy Director-General of the Guangxi Department of Education."
    sides = {(p.chinese.name, p.foreign.name) for p in extract(f"{lead} {middle}\n\n{last}", "en").partnerships}
    assert ("Guangxi Department of Education", "University of Otago") in sides


def test_talks_on_the_sidelines_of_a_forum_of_several_days_have_no_day(extract):
    text = (
        "From December 8 to 9, the 2025 Silk Road Teacher Forum was held at Lanzhou University. On the sidelines"
        " of the forum, the President of Lanzhou University also met colleagues from the University of Otago."
        " The two sides discussed teacher exchanges."
    )
    assert _facts(extract(text, "en")) == {("Lanzhou University", "University of Otago", "talks", None)}


def test_talks_of_a_trips_own_sentence_keep_its_first_day(extract):
    text = "From June 2 to 6, a delegation from the University of Otago visited Guangxi University."
    assert _facts(extract(text, "en")) == {("Guangxi University", "University of Otago", "talks", "2025-06-02")}
