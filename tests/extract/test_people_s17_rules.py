"""Rules of session 17 for people, one test each: words read as a name that end in a body's head are no
name (English and Chinese); a unit named by fields listed with 、 is one unit (not a chain of offices);
a school named after a list of fields right after its university is a unit of it."""

from __future__ import annotations

import pytest

from pipeline.extract.people import _first_of_chain, _names_a_body, _names_a_body_zh, _unit_listing_fields
from pipeline.nlp.institutions import _fields_listed


@pytest.mark.parametrize("name", ["Medical College", "Business School", "Confucius Institute", "Graduate School"])
def test_words_ending_in_a_bodys_head_name_no_person(name):
    assert _names_a_body(name)


@pytest.mark.parametrize("name", ["Chen Jianguo", "Helen Byrne", "Mark Collegeman", "Li"])
def test_a_persons_name_is_a_name(name):
    assert not _names_a_body(name)


def test_chinese_words_ending_in_a_head_name_no_person():
    assert _names_a_body_zh("商学院")
    assert _names_a_body_zh("计算中心")
    assert not _names_a_body_zh("王明")
    assert not _names_a_body_zh("安娜·伊万诺娃")


def test_a_unit_named_by_fields_listed_with_a_mark():
    assert _unit_listing_fields("工程、环境与计算学院")
    assert _unit_listing_fields("艺术、人文与文化学院")
    assert not _unit_listing_fields("副校长王明、国际处")  # another person's words: no fields
    assert not _unit_listing_fields("国际处")  # no mark


def test_the_first_office_of_a_chain_but_a_units_fields_kept_whole():
    assert _first_of_chain("工程、环境与计算学院院长") == "工程、环境与计算学院院长"
    assert _first_of_chain("党组成员、副厅长") == "党组成员"
    assert _first_of_chain("副校长、教务处处长") == "副校长"
    assert _first_of_chain("常务副校长兼教务长") == "常务副校长"


def test_fields_listed_before_a_school():
    assert _fields_listed("工程、环境")
    assert _fields_listed("艺术")
    assert not _fields_listed("副校长王明")
    assert not _fields_listed("")
