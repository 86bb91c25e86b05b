"""Session 22 (qr): an event's bodies on label lines after its report ("Sponsor: A" / "Organized by: B, C" /
"Co-organizers: D"), read as the same words in a sentence are (GUIDE: hosted by -> organizer, organized
by beside a host -> host); "with X as a supporter". Every sentence and name is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin

_FORUM = "2026 Glenmoor Forum on Vocational Education"
_REPORT = f"The {_FORUM} was held in Nanchang on May 8, with 300 participants.\n\n"


def _roles(text: str) -> set[tuple[str, str]]:
    bulletin = Bulletin(text=text, language="en", published=dt.date(2026, 5, 10), origin="test")
    record = extract_bulletin(bulletin)
    return {(r.member.name, r.role) for r in record.roles if r.organization.name == _FORUM}


@pytest.mark.parametrize(
    "labels",
    [
        "Sponsor: Jiangxi Provincial Department of Education\nOrganizer: Nanchang University\n",
        "Hosted by: Jiangxi Provincial Department of Education\nOrganized by: Nanchang University\n",
        "Sponsors: Jiangxi Provincial Department of Education\n\nOrganizers: Nanchang University\n",
    ],
)
def test_an_organizer_label_beside_a_host_label_names_the_host(labels: str) -> None:
    roles = _roles(_REPORT + labels)
    assert ("Jiangxi Provincial Department of Education", "organizer") in roles
    assert ("Nanchang University", "host") in roles
    assert ("Nanchang University", "organizer") not in roles


def test_an_organizer_label_with_no_host_label_names_the_organizer() -> None:
    roles = _roles(_REPORT + "Organizers: Nanchang University\nCo-organizers: Jiujiang University\n")
    assert ("Nanchang University", "organizer") in roles
    assert ("Jiujiang University", "co_organizer") in roles


def test_a_host_label_reads_as_hosted_by_and_the_organizer_beside_it_is_the_host() -> None:
    # (GUIDE, session 23: label lines read as their verbs; "Host: A" is "hosted by A", 主办单位)
    roles = _roles(_REPORT + "Host: Jiujiang University\nOrganizer: Nanchang University\n")
    assert ("Jiujiang University", "organizer") in roles
    assert ("Nanchang University", "host") in roles


def test_a_host_label_far_from_the_organizer_label_does_not_make_it_the_host() -> None:
    filler = "The participants discussed curricula, teacher training and internships at length. " * 8
    sponsor = "Sponsored by: Jiujiang University\n"
    roles = _roles(_REPORT + "Organized by: Nanchang University\n\n" + filler + "\n\n" + sponsor)
    assert ("Nanchang University", "organizer") in roles


def test_a_list_after_a_label_s_colon_runs_to_the_line_s_end() -> None:
    roles = _roles(_REPORT + "Organized by: Nanchang University, Jiangxi Normal University\n")
    assert {("Nanchang University", "organizer"), ("Jiangxi Normal University", "organizer")} <= roles


def test_names_after_commas_in_a_sentence_are_no_list_without_and() -> None:
    roles = _roles(f"The {_FORUM} was organized by Nanchang University, Jiangxi Normal University said on May 9.")
    assert ("Jiangxi Normal University", "organizer") not in roles


def test_a_supporter_named_with_as() -> None:
    roles = _roles(
        f"The {_FORUM} was hosted by Nanchang University on May 8, with Jiujiang University as a co-organizer "
        "and the British Council as a supporter."
    )
    assert ("British Council", "other") in roles
    assert ("Jiujiang University", "co_organizer") in roles


_ALLIANCE = "Glenmoor-China University Alliance"
_FOUNDED = f"On May 8, the {_ALLIANCE} was founded in Nanchang by 20 universities. "


def _alliance_roles(text: str) -> set[tuple[str, str]]:
    bulletin = Bulletin(text=text, language="en", published=dt.date(2026, 5, 10), origin="test")
    record = extract_bulletin(bulletin)
    return {(r.member.name, r.role) for r in record.roles if r.organization.name == _ALLIANCE}


def test_seats_after_as_go_to_the_names_right_before() -> None:
    roles = _alliance_roles(
        _FOUNDED + "The meeting elected Nanchang University as chair and Jiangxi Normal University as vice-chair."
    )
    assert {("Nanchang University", "chair"), ("Jiangxi Normal University", "vice_chair")} <= roles


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting elected Professor Li Hua of Nanchang University as chair.",
        "Nanchang University hosted the meeting, which elected Li Hua as chair.",
    ],
)
def test_a_person_s_seat_after_as_is_no_institution_s(sentence: str) -> None:
    assert ("Nanchang University", "chair") not in _alliance_roles(_FOUNDED + sentence)


def test_a_body_that_supported_the_event() -> None:
    assert ("British Council", "other") in _roles(_REPORT + "The British Council supported the event.")


def test_supporting_something_else_at_the_event_is_no_role() -> None:
    text = _REPORT + "At the forum, the British Council said it supported the exchange of students."
    assert ("British Council", "other") not in _roles(text)
