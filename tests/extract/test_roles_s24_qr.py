"""Session 24 (qr): an association's seats as English bulletins translate them (会长 "president", 副会长 "vice
president", 秘书长 "secretary-general", 常务理事 "executive director / member", 会长单位 "president unit"), bare
after a verb of naming ("was elected president of the association"), after "as a(n)", after a verb of serving
("will serve as president"), with any ending word ("vice chairman unit", "standing director units"); a seat's
place told in an apposition ("Its secretariat, located at A, ..."); "convened by", "played host to". Near
misses: a person elected to such a seat gives the body he comes from none. Every sentence and name is made up
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin
from schemas import BulletinRecord

_ALLIANCE = "Sino-Glenmoor University Alliance"
_FOUNDED = f"The {_ALLIANCE} was founded in Nanchang on May 8. "
_FORUM = "2026 Glenmoor Rectors' Forum"
_HELD = f"The {_FORUM} was held in Nanchang on May 8. "


def _record(text: str) -> BulletinRecord:
    return extract_bulletin(Bulletin(text=text, language="en", published=dt.date(2026, 5, 10), origin="test"))


def _roles(text: str, owner: str) -> set[tuple[str, str]]:
    return {(r.member.name, r.role) for r in _record(text).roles if r.organization.name == owner}


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Harlow University was elected president of the alliance.", "chair"),
        ("Harlow University was re-elected as president of the alliance.", "chair"),
        ("Harlow University was elected the alliance's first president.", "chair"),
        ("Harlow University became the alliance's first rotating president.", "chair"),
        ("Harlow University will serve as president of the alliance for the next three years.", "chair"),
        ("Harlow University was elected vice president of the alliance.", "vice_chair"),
        ("Harlow University was named as a vice-president of the alliance.", "vice_chair"),
        ("Harlow University was elected secretary-general of the alliance.", "secretariat"),
        ("Harlow University serves as the alliance's secretary general.", "secretariat"),
        ("Harlow University was elected as an executive director of the alliance.", "director"),
        ("Harlow University was elected as a standing council member of the alliance.", "director"),
        ("Harlow University was elected as a standing director of the alliance.", "director"),
    ],
)
def test_an_association_seat_after_a_verb_of_naming_or_serving(sentence: str, role: str) -> None:
    assert ("Harlow University", role) in _roles(_FOUNDED + sentence, _ALLIANCE)


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Harlow University was elected as the president unit of the alliance.", "chair"),
        ("Harlow University was elected as the vice chairman unit of the alliance.", "vice_chair"),
        ("Harlow University became a vice-president institution of the alliance.", "vice_chair"),
        ("Harlow University was elected as an executive director unit of the alliance.", "director"),
        ("Harlow University is one of the alliance's standing director units.", "director"),
    ],
)
def test_a_seat_word_with_an_ending_word_is_a_seat(sentence: str, role: str) -> None:
    assert ("Harlow University", role) in _roles(_FOUNDED + sentence, _ALLIANCE)


def test_seats_given_to_a_list_in_plural() -> None:
    roles = _roles(
        _FOUNDED + "Harlow University and Jiangxi Normal University were elected vice presidents of the alliance.",
        _ALLIANCE,
    )
    assert roles == {("Harlow University", "vice_chair"), ("Jiangxi Normal University", "vice_chair")}


def test_executive_members_hold_council_seats() -> None:
    text = _FOUNDED + "Harlow University and Jiangxi Normal University were elected executive members."
    roles = _roles(text, _ALLIANCE)
    assert roles == {("Harlow University", "director"), ("Jiangxi Normal University", "director")}


def test_the_first_rotating_chair_served_and_a_gapped_second_seat() -> None:
    roles = _roles(
        _FOUNDED
        + "Harlow University will serve as the first rotating chair, and Jiangxi Normal University as vice-chair.",
        _ALLIANCE,
    )
    assert roles == {("Harlow University", "chair"), ("Jiangxi Normal University", "vice_chair")}


def test_listed_seats_served_keep_every_holder() -> None:
    roles = _roles(
        _FOUNDED + "Harlow University will chair the alliance, while Jiangxi Normal University, Kestrel College and "
        "Nanchang University will serve as its vice-chair institutions.",
        _ALLIANCE,
    )
    assert {("Jiangxi Normal University", "vice_chair"), ("Kestrel College", "vice_chair")} <= roles
    assert ("Nanchang University", "vice_chair") in roles


@pytest.mark.parametrize(
    "sentence",
    [
        "The alliance's secretariat, located at Harlow University, will coordinate its daily work.",
        "Its secretariat, based at Harlow University, opened on Monday.",
        "The secretariat, hosted by Harlow University, will coordinate its work.",
        "The secretariat, which is housed at Harlow University, will coordinate its work.",
    ],
)
def test_a_secretariat_placed_in_an_apposition(sentence: str) -> None:
    assert ("Harlow University", "secretariat") in _roles(_FOUNDED + sentence, _ALLIANCE)


@pytest.mark.parametrize(
    "sentence",
    [
        "The newly elected president of Harlow University, Wang Ming, met the delegation of Jiangxi Normal University.",
        "Jiangxi Normal University welcomed the newly elected president of the alliance.",
        "Harlow University, whose president was elected vice-president of the alliance, sent ten delegates.",
        "Wang Ming of Harlow University was elected president of the alliance.",
        "Harlow University President Wang Ming was elected as president of the alliance.",
        "Professor Wang Ming from Harlow University serves as secretary-general of the alliance.",
        "Harlow University was represented by Wang Ming, who was elected secretary-general.",
        "Harlow University sent Wang Ming, who was named vice-president of the alliance.",
    ],
)
def test_a_person_in_an_association_seat_gives_his_body_none(sentence: str) -> None:
    assert _roles(_FOUNDED + sentence, _ALLIANCE) == set()


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("It was convened by Harlow University.", "organizer"),
        ("The forum was co-convened by Harlow University.", "co_organizer"),
        ("Harlow University played host to the forum.", "organizer"),
    ],
)
def test_convening_and_playing_host(sentence: str, role: str) -> None:
    assert ("Harlow University", role) in _roles(_HELD + sentence, _FORUM)
