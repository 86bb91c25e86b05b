"""Session 23 (qr): how roles are written. Label lines read as their verbs (GUIDE 0cc8186: "Host: A" is
"hosted by A"); event verbs in the present and future ("X will host the Forum", "the Forum, which X will
host"); seats given in one election sentence ("A as chair, B and C as vice-chairs"); an alliance that runs
its own meeting stays the owner of the seats after it; "It brings together 23 universities" after a
sentence about the alliance; long number words before a seat ("Twenty-eight universities became founding
members"); Chinese: a university named before its president's office holds no seat the next clause gives.
Every sentence and name is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin
from schemas import BulletinRecord

_FORUM = "2026 Glenmoor Rectors' Forum"
_ALLIANCE = "Sino-Glenmoor University Alliance"
_FOUNDED = f"The {_ALLIANCE} was founded in Nanchang on May 8. "
_ZH_ALLIANCE = "赣鄱中外合作办学联盟"
_ZH_FOUNDED = f"5月8日，{_ZH_ALLIANCE}在南昌成立。"


def _record(text: str, language: str = "en") -> BulletinRecord:
    bulletin = Bulletin(text=text, language=language, published=dt.date(2026, 5, 10), origin="test")
    return extract_bulletin(bulletin)


def _roles(text: str, owner: str, language: str = "en") -> set[tuple[str, str]]:
    return {(r.member.name, r.role) for r in _record(text, language).roles if r.organization.name == owner}


def _counts(text: str, owner: str, language: str = "en") -> set[tuple[str, int]]:
    return {(c.role, c.count) for c in _record(text, language).role_counts if c.organization.name == owner}


_REPORT = f"The {_FORUM} was held in Nanchang on May 8.\n\n"


def test_a_host_label_alone_names_the_organizer() -> None:
    roles = _roles(_REPORT + "Host: Harlow University\nCo-organizers: Jiujiang University\n", _FORUM)
    assert roles == {("Harlow University", "organizer"), ("Jiujiang University", "co_organizer")}


def test_a_hosts_label_lists_organizers() -> None:
    roles = _roles(
        _REPORT + "Hosts: Harlow University, Nanchang University\nSupported by: Kestrel Foundation\n", _FORUM
    )
    assert {("Harlow University", "organizer"), ("Nanchang University", "organizer")} <= roles
    assert ("Harlow University", "host") not in roles


def test_a_co_host_label_is_no_host_label() -> None:
    # ("Co-host:" is co-organized; beside it an "Organizer:" line still names the organizer)
    roles = _roles(_REPORT + "Co-host: Jiujiang University\nOrganizer: Nanchang University\n", _FORUM)
    assert ("Nanchang University", "organizer") in roles
    assert ("Jiujiang University", "co_organizer") in roles


@pytest.mark.parametrize(
    "sentence",
    [
        f"Harlow University will host the {_FORUM} in Nanchang on 20 November.",
        f"Harlow University hosts the {_FORUM} this week.",
        f"Harlow University is hosting the {_FORUM} this week.",
        f"The guests will take part in the {_FORUM}, which Harlow University will host on 20 November.",
        f"The guests took part in the {_FORUM}, which Harlow University hosted on May 8.",
    ],
)
def test_a_host_in_any_tense_organizes_the_event(sentence: str) -> None:
    assert ("Harlow University", "organizer") in _roles(sentence, _FORUM)


def test_co_hosts_in_the_future_are_co_organizers() -> None:
    roles = _roles(f"Harlow University and Nanchang University will co-host the {_FORUM} in November.", _FORUM)
    assert roles == {("Harlow University", "co_organizer"), ("Nanchang University", "co_organizer")}


def test_hosting_no_event_gives_no_role() -> None:
    assert not _record("Harlow University will host a delegation from Nanchang University on May 8.").roles


def test_which_after_another_noun_is_no_hosting_of_the_event() -> None:
    text = f"The {_FORUM} opened on May 8 at Harlow University, which hosts a delegation every year."
    assert ("Harlow University", "organizer") not in _roles(text, _FORUM)


def test_seats_given_with_as_in_one_election_sentence() -> None:
    text = (
        _FOUNDED + "The founding meeting elected Nanchang University as chair, Jiujiang University and Harlow "
        "University as vice-chairs, and Gannan Normal University as secretary-general institution."
    )
    assert _roles(text, _ALLIANCE) == {
        ("Nanchang University", "chair"),
        ("Jiujiang University", "vice_chair"),
        ("Harlow University", "vice_chair"),
        ("Gannan Normal University", "secretariat"),
    }


def test_a_person_of_an_institution_before_as_gives_it_no_seat() -> None:
    text = _FOUNDED + "The meeting elected Professor Li Ming of Nanchang University as chair."
    assert ("Nanchang University", "chair") not in _roles(text, _ALLIANCE)


def test_an_alliance_running_its_own_meeting_owns_the_seats_after_it() -> None:
    text = (
        f"On May 8, the {_ALLIANCE} held its 2026 Council Meeting in Nanchang. "
        "Jiujiang University was elected a vice-chair institution."
    )
    assert ("Jiujiang University", "vice_chair") in _roles(text, _ALLIANCE)


def test_zh_an_alliance_convening_its_meeting_owns_the_seats_after_it() -> None:
    text = f"5月8日，{_ZH_ALLIANCE}在南昌召开2026年理事会会议。会议选举九江学院为联盟副理事长单位。"
    assert ("九江学院", "vice_chair") in _roles(text, _ZH_ALLIANCE, "zh")


def test_a_body_guiding_another_s_forum_owns_no_seats() -> None:
    text = "5月8日，2026年赣鄱国际教育论坛在南昌举行。论坛由中国教育国际交流协会指导。九江学院当选副理事长单位。"
    assert not [r for r in _record(text, "zh").roles if r.role == "vice_chair"]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("It brings together 23 universities from both countries.", 23),
        ("Twenty-eight universities became founding members of the alliance.", 28),
    ],
)
def test_a_count_of_members(sentence: str, count: int) -> None:
    assert ("member", count) in _counts(_FOUNDED + sentence, _ALLIANCE)


def test_it_after_a_sentence_about_a_forum_gives_no_count() -> None:
    text = f"The {_FORUM} opened on May 8. It brought together 40 universities from 12 countries."
    assert not _record(text).role_counts


def test_delegates_from_universities_are_no_count() -> None:
    text = _FOUNDED + "Some 120 delegates from 31 universities attended the ceremony."
    assert not _counts(text, _ALLIANCE)


def test_founders_that_launched_the_alliance_are_members() -> None:
    text = f"On May 8, Nanchang University and Harlow University jointly launched the {_ALLIANCE} in Nanchang."
    assert _roles(text, _ALLIANCE) == {("Nanchang University", "member"), ("Harlow University", "member")}


def test_launching_an_event_is_no_membership() -> None:
    assert not _record(f"On May 8, Nanchang University launched the {_FORUM} in Nanchang.").roles


def test_a_secretariat_set_up_at_an_institution() -> None:
    text = _FOUNDED + "The secretariat will be set up at Jiangxi Normal University."
    assert ("Jiangxi Normal University", "secretariat") in _roles(text, _ALLIANCE)


def test_zh_a_university_before_its_president_holds_no_seat_of_the_next_clause() -> None:
    text = _ZH_FOUNDED + "会上，南昌大学校长张华当选为联盟首任理事长，江西财经大学当选为秘书长单位。"
    roles = _roles(text, _ZH_ALLIANCE, "zh")
    assert ("江西财经大学", "secretariat") in roles
    assert ("南昌大学", "secretariat") not in roles


def test_zh_a_university_before_a_seat_still_holds_it() -> None:
    text = _ZH_FOUNDED + "南昌大学理事长单位代表、九江学院当选为副理事长单位。"
    assert ("九江学院", "vice_chair") in _roles(text, _ZH_ALLIANCE, "zh")


@pytest.mark.parametrize(
    ("sentence", "count"),
    [("目前，联盟成员单位已发展到45家。", 45), ("联盟成员单位由12家增长到40家。", 40)],
)
def test_zh_a_count_grown_to(sentence: str, count: int) -> None:
    assert ("member", count) in _counts(_ZH_FOUNDED + sentence, _ZH_ALLIANCE, "zh")


def test_zh_becoming_members() -> None:
    roles = _roles(_ZH_FOUNDED + "南昌大学、九江学院成为联盟成员。", _ZH_ALLIANCE, "zh")
    assert roles == {("南昌大学", "member"), ("九江学院", "member")}


def test_zh_members_of_a_delegation_are_no_members() -> None:
    assert not _record(_ZH_FOUNDED + "南昌大学代表团成员参加了会议。", "zh").roles
