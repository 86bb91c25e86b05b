# ruff: noqa: E501  (probes are whole sentences, one a line)
"""Events, session 22 (qe): made-up passages in the genre's ways, each with the events a careful reader
takes from them (kind, date, name, location), and near-misses the readings must not fire on."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.batch import extract_bulletin
from pipeline.bulletin import Bulletin

Found = list[tuple[str, str | None, str | None, str | None]]


def _events(text: str, language: str, published: dt.date) -> Found:
    bulletin = Bulletin(text=text, language=language, published=published, origin="test")
    return [(e.kind, e.date, e.name, e.location) for e in extract_bulletin(bulletin).events]


def _names(events: Found) -> list[str | None]:
    return [name for _, _, name, _ in events]


# a training course opened is an event of kind other, named as written
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("6月3日，由湖南省教育厅主办的“2026年湖南省高校外事干部培训班”在长沙开班。来自全省30所高校的学员参加培训。", "2026年湖南省高校外事干部培训班"),
        ("6月3日，2026年全省国际中文教师研修班开班仪式在长沙举行，为期五天。", "2026年全省国际中文教师研修班"),
    ],
)
def test_a_training_course_opened_is_an_event_of_kind_other(text: str, name: str) -> None:
    events = _events(text, "zh", dt.date(2026, 6, 8))
    assert [e for e in events if e[2] == name] == [("other", "2026-06-03", name, "长沙")]


# near-miss: a course the sides agreed to run together is the agreement's content, no happening
def test_a_course_the_sides_agreed_to_run_is_no_event() -> None:
    text = "6月3日，代表团访问格拉斯哥大学，双方签署合作协议，约定每年互派青年教师，并联合举办人工智能教育研修班。"
    events = _events(text, "zh", dt.date(2026, 6, 8))
    assert "人工智能教育研修班" not in _names(events)
    assert ("signing", "2026-06-03", None, None) in events


@pytest.mark.parametrize(
    "text",
    [
        "On June 3, the two universities signed an agreement and agreed to co-host the 2027 Sino-Scottish Forum on Teacher Education.",
        "On June 3, the delegation visited the University of Glasgow, where the two sides agreed to jointly hold a Summer Forum on Teacher Education.",
    ],
)
def test_a_forum_the_sides_agreed_to_hold_is_no_event(text: str) -> None:
    events = _events(text, "en", dt.date(2026, 6, 8))
    assert not [e for e in events if e[0] == "conference"], events


# near-miss: a forum held, reported after an agreement told in the sentence before, is an event
def test_a_forum_held_after_an_agreement_told_is_an_event() -> None:
    text = "双方约定每年互派教师。6月3日，第三届中英教师教育论坛在长沙举行。"
    events = _events(text, "zh", dt.date(2026, 6, 8))
    assert ("conference", "2026-06-03", "第三届中英教师教育论坛", "长沙") in events


# a notice in numbered sections: each section tells its own happening, no day or place carries
# from the section before; a section's heading names the happening short, its paragraph in full
_NOTICE = (
    "一、湖南大学赴泰国开展招生宣传\n\n"
    "6月1日，湖南大学在曼谷举办2027年来华留学招生说明会，当地300余名学生到场咨询。\n\n"
    "二、全省高校外事管理干部研修班开班\n\n"
    "日前，2026年全省高校外事管理干部研修班开班仪式在中南大学举行。\n\n"
    "三、全省中外合作办学工作推进会召开\n\n"
    "6月5日，2026年全省中外合作办学工作推进会在岳阳召开。"
)


def test_a_notices_sections_carry_no_day_or_place_into_each_other() -> None:
    events = _events(_NOTICE, "zh", dt.date(2026, 6, 8))
    assert ("conference", "2026-06-01", "2027年来华留学招生说明会", "曼谷") in events
    assert ("other", None, "2026年全省高校外事管理干部研修班", None) in events
    assert ("conference", "2026-06-05", "2026年全省中外合作办学工作推进会", "岳阳") in events
    assert len(events) == 3, events


# near-miss: a numbered list of items under a dated lead is no set of sections: the lead's day stays
def test_a_numbered_list_keeps_the_leads_day() -> None:
    text = (
        "6月3日，学校与三所英国高校签署合作协议，分别为：\n"
        "一、与格拉斯哥大学签署学生交流协议\n"
        "二、与利兹大学签署联合培养协议\n"
        "三、与曼彻斯特大学签署科研合作协议\n"
        "学校将与上述高校开展合作。"
    )
    events = _events(text, "zh", dt.date(2026, 6, 8))
    assert events and all(date == "2026-06-03" for _, date, _, _ in events if _ == "signing"), events


# a name told short first, then with its year: one happening, named in full
def test_a_name_told_short_then_with_its_edition_is_one_happening() -> None:
    text = "中国—东盟职业教育合作论坛开幕\n\n6月3日，第三届中国—东盟职业教育合作论坛在南宁开幕。"
    events = _events(text, "zh", dt.date(2026, 6, 8))
    assert [e for e in events if e[0] == "conference"] == [("conference", "2026-06-03", "第三届中国—东盟职业教育合作论坛", "南宁")]


# near-miss: two forums, one name ending the other's after more than a year or edition: two happenings
def test_a_longer_name_beyond_an_edition_is_another_happening() -> None:
    text = "6月3日，教育合作论坛在南宁开幕。6月5日，中国—东盟教育合作论坛在昆明开幕。"
    events = _events(text, "zh", dt.date(2026, 6, 8))
    assert len([e for e in events if e[0] == "conference"]) == 2, events


# a signing during a meeting whose length in days is told after it: on no one day (corpus/GUIDE.md)
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On Tuesday, the 2026 Sino-Nordic Rectors' Forum opened in Kunming. During the forum, Yunnan University signed an agreement with the University of Oslo. The three-day forum ends on Thursday.",
            "en",
        ),
        ("6月2日，2026中北高校校长论坛在昆明开幕。论坛期间，云南大学与奥斯陆大学签署合作协议。本次论坛为期三天。", "zh"),
    ],
)
def test_a_signing_during_a_meeting_told_as_several_days_after_it_is_undated(text: str, language: str) -> None:
    events = _events(text, language, dt.date(2026, 6, 4))
    assert [e[1] for e in events if e[0] == "signing"] == [None], events


# near-miss: the length of another meeting told later leaves a signing after a dated day as it was
def test_a_later_meetings_length_leaves_a_signing_on_the_day_before() -> None:
    text = "6月2日，代表团参观了云南大学实验室。随后举行的签约仪式上，两校签署合作协议。6月3日，2026中北高校校长论坛在昆明开幕，论坛为期两天。"
    events = _events(text, "zh", dt.date(2026, 6, 4))
    assert [e[1] for e in events if e[0] == "signing"] == ["2026-06-02"], events


# near-miss: a one-day meeting: the signing during it has its day
def test_a_signing_during_a_one_day_meeting_has_its_day() -> None:
    text = "On Tuesday, the 2026 Sino-Nordic Rectors' Forum opened in Kunming. During the forum, Yunnan University signed an agreement with the University of Oslo."
    events = _events(text, "en", dt.date(2026, 6, 4))
    assert [e[1] for e in events if e[0] == "signing"] == ["2026-06-02"], events


# a founding told of a body named before, by its word: background, no day
@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "On Monday, a delegation from Ningbo University visited the Aurora Confucius Institute. Founded in 2008, the institute has taught Chinese to 5,000 students.",
            "en",
            "Aurora Confucius Institute",
        ),
        (
            "5月18日，伦敦玛丽女王大学代表团访问了南昌大学玛丽女王学院。该院于2013年揭牌成立，已培养毕业生3000余人。",
            "zh",
            "南昌大学玛丽女王学院",
        ),
    ],
)
def test_a_founding_told_of_the_institute_named_before(text: str, language: str, name: str) -> None:
    events = _events(text, language, dt.date(2026, 5, 20))
    assert ("establishment", None, name, None) in events, events


# near-miss: a participle clause of another happening names no founding
def test_a_participle_clause_of_a_visit_names_no_founding() -> None:
    text = "On Monday, a delegation from Ningbo University visited the Aurora Confucius Institute. Welcomed by its director, the delegation toured the institute's classrooms."
    events = _events(text, "en", dt.date(2026, 5, 20))
    assert not [e for e in events if e[0] == "establishment"], events


# a meeting named before, placed by a later sentence that refers back to it
@pytest.mark.parametrize(
    ("text", "language", "name", "place"),
    [
        ("Hainan University hosted the Third China-Fiji Higher Education Forum on May 12. More than 100 delegates attended the forum, which was held in Haikou.", "en", "Third China-Fiji Higher Education Forum", "Haikou"),
        ("The Third China-Fiji Higher Education Forum opened on May 12. Held in Haikou, the forum drew 100 delegates.", "en", "Third China-Fiji Higher Education Forum", "Haikou"),
        ("5月12日，海南大学举办第三届中斐高等教育论坛。本次论坛在海口举行，来自两国的100余名代表参会。", "zh", "第三届中斐高等教育论坛", "海口"),
        ("5月12日，第三届中斐高等教育论坛开幕。论坛在海口举行，由海南大学主办。", "zh", "第三届中斐高等教育论坛", "海口"),
    ],
)
def test_a_meeting_is_placed_by_a_later_sentence_referring_to_it(text: str, language: str, name: str, place: str) -> None:
    events = _events(text, language, dt.date(2026, 5, 20))
    assert ("conference", "2026-05-12", name, place) in events, events


# near-misses: the next edition's place, and a meeting of another head word, place nothing named before
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hainan University hosted the Third China-Fiji Higher Education Forum on May 12. The next forum will be held in Suva.", "en"),
        ("5月12日，海南大学举办第三届中斐高等教育论坛。下一届论坛将在苏瓦举行。", "zh"),
        ("Hainan University hosted the Third China-Fiji Higher Education Forum on May 12. The conference on marine science was held in Sanya.", "en"),
    ],
)
def test_another_meetings_place_is_not_the_named_ones(text: str, language: str) -> None:
    events = _events(text, language, dt.date(2026, 5, 20))
    named = [e for e in events if e[2] in ("Third China-Fiji Higher Education Forum", "第三届中斐高等教育论坛")]
    assert [place for _, _, _, place in named] == [None], events


# a photo caption '图为…' names the happening after 图为, no event of its own
def test_a_photo_caption_names_no_event_of_its_own() -> None:
    text = "11月25日，第三届中斐高等教育论坛在海口开幕。\n\n图为论坛开幕式现场。新华网 李明 摄"
    events = _events(text, "zh", dt.date(2026, 11, 26))
    assert events == [("conference", "2026-11-25", "第三届中斐高等教育论坛", "海口")], events


# 来 + a city (or its one-character name) before a visit word: where the visitors came
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("11月24日，多哈大学副校长率代表团来沪访问，与复旦大学签署合作备忘录。", "沪"),
        ("11月24日，多哈大学副校长率代表团来南京访问南京大学。", "南京"),
    ],
)
def test_visitors_come_to_a_city(text: str, place: str) -> None:
    events = _events(text, "zh", dt.date(2026, 11, 27))
    assert ("visit", "2026-11-24", None, place) in events, events


# near-miss: 来自 + a city is where the visitors are from, not where they came
def test_visitors_from_a_city_are_not_placed_there() -> None:
    text = "11月24日，来自北京的中国人民大学代表团访问了多哈大学。"
    events = _events(text, "zh", dt.date(2026, 11, 27))
    assert [e[3] for e in events if e[0] == "visit"] == [None], events


# the meeting's length told before, with another sentence placed between: still on no one day
def test_a_signing_during_a_meeting_told_as_several_days_before_is_undated() -> None:
    text = (
        "On Tuesday, the 2026 Sino-Nordic Rectors' Forum opened in Kunming. The two-day forum was hosted by Yunnan University. "
        "Diplomats from the Consulate General of Norway in Kunming attended the opening. "
        "At a signing ceremony during the forum, Yunnan University signed an agreement with the University of Oslo."
    )
    events = _events(text, "en", dt.date(2026, 6, 4))
    assert [e[1] for e in events if e[0] == "signing"] == [None], events


# near-miss: one happening's report in parts under short topic headings: the lead's place carries on
def test_a_reports_topic_headings_keep_the_leads_place() -> None:
    text = (
        "11月20日至22日，2026中俄轨道交通人才培养周在南昌举行。\n\n"
        "一、开幕式\n\n20日上午，开幕式在学校图书馆报告厅举行。\n\n"
        "二、合作签约\n\n21日下午，学校与圣彼得堡国立交通大学签署合作协议。"
    )
    events = _events(text, "zh", dt.date(2026, 11, 24))
    assert ("signing", "2026-11-21", None, "南昌") in events, events
