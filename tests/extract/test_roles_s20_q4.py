"""Session 20 (q4): roles of one of two events a sentence names together ('A暨B', "A and B"): the
sentence after it says which one it speaks of by the event's head word ('论坛由…主办', "The forum was
hosted by"), and that one holds the roles; a sentence that says nothing of which keeps the first."""

from __future__ import annotations

import pytest

ZH_EVENTS = "6月3日，珠江高校联盟第二届理事会会议暨2026珠江教育开放论坛在广州举行。"
EN_EVENTS = (
    "On June 3, the Second Council Meeting of the Pearl River Universities Alliance and the "
    "2026 Pearl River Education Opening Forum were held in Guangzhou."
)


@pytest.mark.parametrize(
    ("language", "text", "owner"),
    [
        ("zh", ZH_EVENTS + "论坛由广东省教育厅指导，暨南大学主办，深圳大学协办。", "2026珠江教育开放论坛"),
        ("zh", ZH_EVENTS + "本次论坛由暨南大学主办，深圳大学协办。", "2026珠江教育开放论坛"),
        ("zh", ZH_EVENTS + "会议由暨南大学主办，深圳大学协办。", "珠江高校联盟第二届理事会会议"),
        (
            "en",
            EN_EVENTS + " The forum was hosted by Jinan University and co-organized by Shenzhen University.",
            "2026 Pearl River Education Opening Forum",
        ),
    ],
)
def test_the_event_the_role_sentence_names_by_its_head_word_holds_the_roles(extract, language, text, owner):
    record = extract(text, language)
    organizers = [r for r in record.roles if r.role == "organizer"]
    assert organizers, "the organizer is read"
    assert {r.organization.name for r in organizers} == {owner}


def test_a_role_sentence_naming_neither_event_keeps_the_first(extract):
    record = extract(ZH_EVENTS + "活动由暨南大学主办。", "zh")
    assert {r.organization.name for r in record.roles if r.role == "organizer"} <= {"珠江高校联盟第二届理事会会议"}
