"""Session 29 (events): whole bulletins written for these tests (tests/extract/fixtures/s29_ev, in the styles of
/work/shared/GENRE.md: Xinhua, education departments, university news), rich in events, each beside its gold
events by corpus/GUIDE.md and GUIDE-zh.md (`<name>.events.json`). Every sentence is made up; the institutions
are real. A fixture opens with `#published=YYYY-MM-DD` and, for a university's own page, a `#url=...` line."""

import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "s29_ev"


def _read(name: str, extract):
    lines = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    meta = {}
    while lines and lines[0].startswith("#"):
        key, _, value = lines.pop(0)[1:].partition("=")
        meta[key.strip()] = value.strip()
    language = "zh" if name.startswith("zh-") else "en"
    return extract("\n".join(lines).strip(), language, published=meta["published"], url=meta.get("url"))


def _events(record) -> list[tuple]:
    return sorted((e.kind, e.name or "", e.date or "", e.location or "") for e in record.events)


def _gold(name: str) -> list[tuple]:
    gold = json.loads((FIXTURES / f"{name}.events.json").read_text(encoding="utf-8"))
    return sorted((e["kind"], e["name"] or "", e["date"] or "", e["location"] or "") for e in gold)


@pytest.mark.parametrize(
    "name",
    [
        "en-forum-sidelines",
        "en-visit-talks-signing",
        "en-approval-unveiling",
        "en-online-signings",
        "en-alliance-meeting",
        "zh-forum-sidelines",
        "zh-visit-signing-unveiling",
        "zh-approval-founding",
        "zh-cloud-signing",
        "zh-trip-planned",
        "en-retold-signing",
        "zh-moe-approval-list",
    ],
)
def test_a_bulletin_s_events_are_its_gold(name, extract):
    assert _events(_read(name, extract)) == _gold(name)


def test_signings_in_two_cities_told_in_one_sentence_are_two(extract):
    record = _read("en-online-signings", extract)
    assert [(e.date, e.location) for e in record.events if e.kind == "signing"] == [
        ("2026-06-24", None),
        ("2026-06-24", "Kazan"),
        ("2026-06-24", "Moscow"),
    ]


def test_pairs_signing_at_one_forum_in_one_sentence_are_one_signing(extract):
    record = _read("en-forum-sidelines", extract)
    assert [(e.date, e.location) for e in record.events if e.kind == "signing"] == [
        ("2026-09-16", "Kunming"),
        (None, None),
    ]


def test_the_next_meeting_told_as_a_plan_without_a_day_is_no_event(extract):
    english = _read("en-alliance-meeting", extract)
    assert [e.kind for e in english.events].count("conference") == 1
    chinese = _read("zh-forum-sidelines", extract)
    assert [e.name for e in chinese.events if e.kind == "conference"] == ["2026中国—东盟职业教育合作论坛"]


def test_a_meeting_to_come_on_a_day_is_still_told(extract):
    record = extract(
        "The 2027 China-Central Asia Rectors' Forum will be held in Urumqi on March 3, the Xinjiang "
        "Uygur Autonomous Region Department of Education said on Monday.",
        "en",
        published="2026-12-01",
    )
    assert [(e.kind, e.date, e.location) for e in record.events] == [("conference", "2027-03-03", "Urumqi")]


def test_a_signing_first_signed_in_a_year_is_not_one_during_the_forum(extract):
    record = _read("zh-forum-sidelines", extract)
    assert [(e.date, e.location) for e in record.events if e.kind == "signing"] == [(None, "南昌"), (None, None)]


def test_a_centre_unveiled_with_the_signing_takes_its_day(extract):
    record = _read("zh-visit-signing-unveiling", extract)
    assert [(e.name, e.date) for e in record.events if e.kind == "establishment"] == [
        ("中白数字教育联合研究中心", "2026-04-16")
    ]


def test_a_centre_the_alliance_launched_is_the_body_founded(extract):
    record = _read("en-alliance-meeting", extract)
    assert [e.name for e in record.events if e.kind == "establishment"] == [
        "University Alliance of the Silk Road",
        "Center for Silk Road Engineering Education",
    ]


def test_a_founded_body_s_name_stops_before_on_a_day(extract):
    record = extract(
        "The alliance inaugurated the Center for Marine Ecology Education on November 25.",
        "en",
        published="2025-11-28",
    )
    assert [(e.kind, e.name, e.date) for e in record.events] == [
        ("establishment", "Center for Marine Ecology Education", "2025-11-25")
    ]


def test_a_signing_told_again_with_its_place_is_there(extract):
    record = _read("en-retold-signing", extract)
    assert [(e.date, e.location) for e in record.events if e.kind == "signing"] == [
        ("2026-10-13", "Hangzhou"),
        (None, None),
    ]


def test_a_visit_of_three_days_framing_a_signing_has_no_day(extract):
    record = _read("en-retold-signing", extract)
    assert [(e.date, e.location) for e in record.events if e.kind == "visit"] == [(None, "China")]


def test_the_day_a_department_reports_on_is_not_the_approval_s(extract):
    record = _read("zh-moe-approval-list", extract)
    assert [(e.kind, e.date) for e in record.events] == [("approval", None), ("signing", None)]


def test_signings_in_two_cities_in_one_chinese_sentence_are_two(extract):
    record = extract(
        "7月8日，南昌大学与英国卡迪夫大学在南昌签署合作备忘录，江西师范大学与新西兰奥克兰大学在奥克兰签署学生交流协议。",
        "zh",
        published="2026-07-09",
    )
    assert [(e.kind, e.date, e.location) for e in record.events] == [
        ("signing", "2026-07-08", "南昌"),
        ("signing", "2026-07-08", "奥克兰"),
    ]
