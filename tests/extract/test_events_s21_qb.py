# ruff: noqa: E501  (probes are whole sentences, one a line)
"""Events, session 21 (qb): made-up passages in the genre's ways, each with the events a careful reader
takes from them (kind, date, name, location)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin


def _events(text: str, language: str, published: dt.date) -> list[tuple[str, str | None, str | None, str | None]]:
    bulletin = Bulletin(text=text, language=language, published=published, origin="test")
    return [(e.kind, e.date, e.name, e.location) for e in extract_bulletin(bulletin).events]


def _named(events: list[tuple[str, str | None, str | None, str | None]], name: str) -> tuple[str | None, str | None]:
    found = [(date, place) for _, date, n, place in events if n == name]
    assert len(found) == 1, events
    return found[0]


# a conference a delegation attended: the days told after its name ("held Nov. 5-6") are its own
@pytest.mark.parametrize(
    "text",
    [
        "The delegation then attended the 2026 Sino-Nordic Rectors' Dialogue, held Nov. 5-6 in Kunming.",
        "Afterwards the delegation attended the 2026 Sino-Nordic Rectors' Dialogue, held from 5 to 6 November in Kunming.",
    ],
)
def test_days_told_after_an_attended_conference_are_its_own(text: str) -> None:
    events = _events(text, "en", dt.date(2026, 11, 14))
    assert _named(events, "2026 Sino-Nordic Rectors' Dialogue") == ("2026-11-05", "Kunming")


# near-miss: a trip's days told before the conference are the trip's, not the conference's
def test_a_trips_days_told_before_an_attended_conference_stay_the_trips() -> None:
    text = "From Nov. 3 to 7, the delegation visited Norway and attended the 2026 Sino-Nordic Rectors' Dialogue in Oslo."
    events = _events(text, "en", dt.date(2026, 11, 14))
    assert _named(events, "2026 Sino-Nordic Rectors' Dialogue") == (None, "Oslo")


def test_a_trips_days_told_before_an_attended_forum_stay_the_trips_zh() -> None:
    text = "11月3日至7日，校长李明率团赴挪威访问，并出席了在奥斯陆举办的2026中北高校校长对话会。"
    events = _events(text, "zh", dt.date(2026, 11, 14))
    assert _named(events, "2026中北高校校长对话会") == (None, "奥斯陆")


# a delegation led by a person it names is a travelling party: its visit is told though no
# institution is named in the sentence
def test_a_delegation_led_by_a_named_person_tells_a_visit() -> None:
    text = (
        "A delegation led by Pro-Vice-Chancellor Professor Ruth Hale began a week-long visit to China in "
        "Kunming on 28 September."
    )
    events = _events(text, "en", dt.date(2026, 10, 9))
    assert ("visit", "2026-09-28", None, "Kunming") in events


# near-miss: a delegation named by no leader and no institution tells no visit of its own
def test_a_delegation_alone_attending_tells_no_visit() -> None:
    events = _events("On 28 September, the delegation also attended a banquet.", "en", dt.date(2026, 10, 9))
    assert not [e for e in events if e[0] == "visit"]


# a signing told by the signers' names or pen put to an agreement, or a partnership made formal with
# one; a verb of these with no agreement word in its clause tells none
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On 3 March, Hunan University and the University of Glenmoor put their names to a memorandum.", "en"),
        ("On 3 March, Hunan University and the University of Glenmoor put pen to paper on an exchange agreement.", "en"),
        ("On 3 March, Hunan University formalised its partnership with the University of Glenmoor in an MoU.", "en"),
        ("3月3日，湖南大学与格伦莫尔大学草签合作备忘录。", "zh"),
        ("3月3日，湖南大学与格伦莫尔大学签下学生交流协议。", "zh"),
    ],
)
def test_other_ways_of_telling_a_signing(text: str, language: str) -> None:
    assert ("signing", "2026-03-03", None, None) in _events(text, language, dt.date(2026, 3, 9))


def test_formalised_plans_without_an_agreement_are_no_signing() -> None:
    text = "On 3 March, Hunan University and the University of Glenmoor formalised plans for a joint laboratory."
    assert not [e for e in _events(text, "en", dt.date(2026, 3, 9)) if e[0] == "signing"]


# a Chinese event name opening a dispatch: the dispatch's day and the reporters' credit in brackets
# are no part of it; a modifier 新 inside a name is (陆海新通道, 新工科)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("新华社昆明3月2日电（记者 李青 王岚）2026澜湄新工科教育论坛2日在昆明开幕。", "2026澜湄新工科教育论坛"),
        ("新华社昆明3月2日电（记者李青）第五届中国—南亚大学校长论坛2日在昆明开幕。", "第五届中国—南亚大学校长论坛"),
        ("新华社昆明3月2日电 第五届中国—南亚大学校长论坛2日在昆明开幕。", "第五届中国—南亚大学校长论坛"),
        ("3月2日，2026西部陆海新通道职业教育合作论坛在昆明开幕。", "2026西部陆海新通道职业教育合作论坛"),
    ],
)
def test_a_dispatch_opening_with_an_event_name(text: str, name: str) -> None:
    events = _events(text, "zh", dt.date(2026, 3, 3))
    assert _named(events, name) == ("2026-03-02", "昆明")


# near-miss: brackets inside a name stay in it
def test_a_bracket_inside_an_event_name_stays() -> None:
    events = _events("3月2日，中国（云南）—南亚职业教育周在昆明开幕。", "zh", dt.date(2026, 3, 3))
    assert _named(events, "中国（云南）—南亚职业教育周") == ("2026-03-02", "昆明")


# the day a reporter learned the news (记者20日从…获悉) is no day of the happening it tells
def test_a_reporters_day_is_no_happenings_day() -> None:
    text = "记者20日从云南大学获悉，老挝国立大学代表团于17日至18日访问该校，两校签署合作备忘录。"
    events = _events(text, "zh", dt.date(2026, 3, 21))
    assert ("visit", "2026-03-17", None, None) in events
    assert not [e for e in events if e[1] == "2026-03-20"]


# a signing denied in its clause is no signing; a denial elsewhere in the sentence denies nothing
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On Tuesday the delegation met Glenmoor University. No agreement has been signed yet.", "en"),
        ("On Tuesday, the two universities haven't signed an agreement.", "en"),
        ("On Tuesday, Hunan University has not yet signed the memorandum with Glenmoor University.", "en"),
        ("3月3日，代表团访问格伦莫尔大学，双方尚未签署合作协议。", "zh"),
        ("3月3日，双方未签订协议，但同意继续磋商。", "zh"),
    ],
)
def test_a_denied_signing_is_no_signing(text: str, language: str) -> None:
    assert not [e for e in _events(text, language, dt.date(2026, 3, 5)) if e[0] == "signing"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On Tuesday, Hunan University not only signed an agreement with Glenmoor University but opened a lab.", "en"),
        ("On Tuesday, although no plan was set, Hunan University signed an agreement with Glenmoor University.", "en"),
        ("3月3日，双方签署合作协议，不再续签旧协议。", "zh"),
    ],
)
def test_a_denial_outside_the_signings_clause_denies_nothing(text: str, language: str) -> None:
    assert [e for e in _events(text, language, dt.date(2026, 3, 5)) if e[0] == "signing"]


# a founding told in a clause after the name: background, with no day
def test_a_founding_told_after_the_name_is_an_establishment() -> None:
    text = (
        "In the same round, the Harlow-Hunan Joint Institute, established by Hunan University and "
        "Harlow University, passed the ministry's evaluation."
    )
    assert ("establishment", None, "Harlow-Hunan Joint Institute", None) in _events(text, "en", dt.date(2026, 3, 5))


# an approval told in the passive right after the sentence naming the body that approves
def test_an_approval_after_the_ministry_named_before() -> None:
    text = "Recently, the Ministry of Education announced the results of its review. Three new programmes were approved."
    assert ("approval", None, None, None) in _events(text, "en", dt.date(2026, 3, 5))


# near-miss: a ministry in the paragraph before approves nothing told in this one
def test_no_approval_from_a_ministry_of_another_paragraph() -> None:
    text = "The Ministry of Education sent officials.\n\nThe students' projects were approved by their tutors."
    assert not [e for e in _events(text, "en", dt.date(2026, 3, 5)) if e[0] == "approval"]


# "during the forum" inside the first clause continues the forum told before: a forum of two days
# gives a signing during it no one day, but its place
def test_an_anaphor_inside_the_first_clause_continues_the_event() -> None:
    text = (
        "The 2026 Sino-Nordic Rectors' Forum opened on Thursday in Hohhot. The two-day forum was hosted by "
        "Inner Mongolia University. At a signing ceremony during the forum, Inner Mongolia University and "
        "Lund University signed an agreement."
    )
    assert ("signing", None, None, "Hohhot") in _events(text, "en", dt.date(2026, 11, 28))


# university towns of partner countries are places: a signing there took place there
def test_a_signing_in_a_partner_countrys_university_town() -> None:
    text = "3月11日，湖南大学与格伦莫尔大学在约恩苏签署学生交流协议。"
    assert ("signing", "2026-03-11", None, "约恩苏") in _events(text, "zh", dt.date(2026, 3, 12))
