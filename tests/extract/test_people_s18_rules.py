"""Unit tests of the session-18 people rules: the transliteration characters (data) and the readings
they make, and the office of a body (or of a unit of it) before an honorific."""

import re

import pytest

from pipeline.extract import people
from pipeline.rules import word_list


def test_transliteration_characters_are_single_han_characters():
    characters = word_list("zh", "person_transliteration_characters.txt", split_spaces=True)
    assert characters and all(re.fullmatch(r"[\u4e00-\u9fff]", c) for c in characters)
    # the characters of common Chinese words after a title stay out (a title before them names no one)
    assert not {"大", "国", "学", "理", "山", "京", "一", "出", "表", "带"} & set(characters)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("校长史蒂文斯一行", "史蒂文斯"),
        ("主任伊万诺夫出席", "伊万诺夫"),
        ("参赞布鲁诺，", "布鲁诺"),
        ("处长科瓦廖夫博士", "科瓦廖夫"),
    ],
)
def test_transliterated_name_after_a_title(text, name):
    match = people._zh_pattern().match(text)
    assert match is not None and match.group("name") == name


@pytest.mark.parametrize("text", ["校长一行访问", "副校长带领代表团", "主任委员会"])
def test_no_transliterated_name_of_common_words(text):
    match = people._zh_pattern().match(text)
    assert match is None or not re.fullmatch(people._transliterated_name(), match.group("name"))


@pytest.mark.parametrize(("words", "only"), [("", True), (" Professor", True), (" Dr.", True), (" Hall", False)])
def test_nothing_but_honorifics(words, only):
    assert people._nothing_but_honorifics(words) is only


@pytest.mark.parametrize(
    ("before", "title"),
    [
        ("received by Dean of Tongji Medical College of ", "Dean of Tongji Medical College"),
        ("President of the ", "President"),
        ("Director of the Confucius Institute at ", "Director of the Confucius Institute"),
        ("Dean of the School of Foreign Languages of ", "Dean of the School of Foreign Languages"),
    ],
)
def test_office_of_unit_before_body(before, title):
    match = people._office_of_unit_before_body().search(before)
    assert match is not None and match.group("title") == title


def test_no_office_before_body_of_plain_words():
    assert people._office_of_unit_before_body().search("the talks with ") is None
