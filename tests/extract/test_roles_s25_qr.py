# ruff: noqa: E501  (probes are whole sentences, one a line)
"""Session 25 (qr): the lead of an alliance is a member (GUIDE-zh: 牵头(发起)单位 -> member), told with a verb
too: '联盟由X牵头', "The alliance, led by X, ...", "the alliance is led by X"; only with the alliance as what is
led ('会议由X牵头', 'X牵头制定了章程', "a delegation led by X", "led by President Y of X" give no seat). Every
sentence and name is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin

PUBLISHED = dt.date(2025, 11, 20)


def _roles(text: str, language: str) -> set[tuple[str, str, str]]:
    record = extract_bulletin(Bulletin(text=text, language=language, published=PUBLISHED, origin="test"))
    return {(r.member.name, r.role, r.organization.name) for r in record.roles}


@pytest.mark.parametrize(
    "text",
    [
        "11月3日，赣鄱职业教育联盟在南昌成立。联盟由江西师范大学牵头，秘书处设在南昌大学。",
        "11月3日，赣鄱职业教育联盟在南昌成立。该联盟由江西师范大学牵头，联合南昌大学等高校组建。",
        "11月3日，赣鄱职业教育联盟在南昌成立，联盟由江西师范大学牵头。",
    ],
)
def test_zh_an_alliance_led_by_a_university_has_it_as_member(text: str) -> None:
    assert ("江西师范大学", "member", "赣鄱职业教育联盟") in _roles(text, "zh")


@pytest.mark.parametrize(
    "text",
    [
        "11月3日，赣鄱职业教育联盟理事会在南昌召开。会议由江西师范大学牵头，南昌大学承办。",
        "11月3日，赣鄱职业教育联盟在南昌成立。江西师范大学牵头制定了联盟章程。",
        "11月3日，赣鄱职业教育联盟在南昌成立。联盟工作由江西师范大学校长王明牵头负责。",
    ],
)
def test_zh_what_else_a_university_leads_gives_no_seat(text: str) -> None:
    assert not {r for r in _roles(text, "zh") if r[0] == "江西师范大学" and r[1] == "member"}


@pytest.mark.parametrize(
    "text",
    [
        "The Poyang Lake Vocational Education Alliance, led by Jiangxi Normal University, held its annual meeting in Nanchang on November 3.",
        "The Poyang Lake Vocational Education Alliance was launched in Nanchang on November 3. The alliance is led by Jiangxi Normal University.",
    ],
)
def test_en_an_alliance_led_by_a_university_has_it_as_member(text: str) -> None:
    assert ("Jiangxi Normal University", "member", "Poyang Lake Vocational Education Alliance") in _roles(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The Poyang Lake Vocational Education Alliance held its council meeting in Nanchang on November 3. A delegation led by Jiangxi Normal University attended the meeting.",
        "The Poyang Lake Vocational Education Alliance held its council meeting in Nanchang on November 3, led by President Wang Ming of Jiangxi Normal University.",
        "The alliance's delegation, led by Jiangxi Normal University, visited Ruritania State University on November 3.",
    ],
)
def test_en_a_delegation_or_a_person_led_by_gives_no_seat(text: str) -> None:
    assert not {r for r in _roles(text, "en") if r[0] == "Jiangxi Normal University"}


@pytest.mark.parametrize(
    "text",
    [
        "The Poyang Lake Vocational Education Alliance held its annual meeting in Nanchang on November 3. Jiangxi Normal University and Nanchang University are among its initiating institutions.",
        "The Poyang Lake Vocational Education Alliance was launched in Nanchang on November 3. Its initiating institutions include Jiangxi Normal University and Nanchang University.",
    ],
)
def test_en_initiating_institutions_are_members(text: str) -> None:
    roles = _roles(text, "en")
    assert ("Jiangxi Normal University", "member", "Poyang Lake Vocational Education Alliance") in roles
    assert ("Nanchang University", "member", "Poyang Lake Vocational Education Alliance") in roles


@pytest.mark.parametrize(
    "apposition",
    [
        "a founding member of the Poyang Lake Vocational Education Alliance",
        "the oldest university in the province",
        "one of the initiating institutions of the Poyang Lake Vocational Education Alliance",
    ],
)
def test_en_the_subject_before_an_apposition_holds_the_verbs_role(apposition: str) -> None:
    text = f"The 2025 Ganjiang Education Forum opened in Nanchang on November 12. Jiangxi Normal University, {apposition}, hosted the forum."
    assert ("Jiangxi Normal University", "organizer", "2025 Ganjiang Education Forum") in _roles(text, "en")


def test_en_a_person_before_an_apposition_gives_no_role_to_the_body_inside_it() -> None:
    text = "The 2025 Ganjiang Education Forum opened in Nanchang on November 12. Its keynote speaker, a professor of Nanchang University, praised the forum."
    assert not _roles(text, "en")
