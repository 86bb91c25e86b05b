"""Language stage: which language a text is in, and its simplified-script view."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.bulletin import Bulletin
from pipeline.inputs import read_inputs
from pipeline.language import (
    _traditional_to_simplified,
    code_points,
    detect_language,
    from_code_points,
    simplified_code_points,
    to_simplified,
)

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "bulletins"

TRADITIONAL = "江西財經大學與南昌航空大學簽署合作辦學協議，雙方將聯合培養國際化人才。"
SIMPLIFIED = "江西财经大学与南昌航空大学签署合作办学协议，双方将联合培养国际化人才。"


@pytest.mark.parametrize("repeat", [1, 10])  # short and long texts take different routes
def test_traditional_becomes_simplified_with_the_same_offsets(repeat):
    assert to_simplified(TRADITIONAL * repeat) == SIMPLIFIED * repeat


def test_simplified_and_latin_text_is_unchanged():
    text = "Nanchang University 与 Zorvath State University 签署协议。" * 5
    assert to_simplified(text) == text


def test_characters_beyond_the_basic_plane_are_mapped_too():
    astral = next(chr(code) for code in sorted(_traditional_to_simplified()) if code >= 0x10000)
    text = TRADITIONAL * 3 + astral + "\U0001f600"
    expected = SIMPLIFIED * 3 + _traditional_to_simplified()[ord(astral)] + "\U0001f600"
    assert to_simplified(text) == expected


def test_lone_surrogates_pass_through():
    text = TRADITIONAL * 3 + "\udc8f"
    assert to_simplified(text) == SIMPLIFIED * 3 + "\udc8f"


def test_every_corpus_bulletin_maps_character_for_character():
    table = _traditional_to_simplified()
    bulletins = [b for b in read_inputs([CORPUS]) if isinstance(b, Bulletin)]
    assert len(bulletins) > 100
    for bulletin in bulletins:
        assert to_simplified(bulletin.text) == bulletin.text.translate(table)


def test_chinese_with_english_names_is_chinese():
    assert detect_language("江西财经大学与 Zorvath State University 签署协议") == "zh"


def test_english_quoting_a_chinese_name_is_english():
    assert detect_language("Nanchang University (南昌大学) signed an agreement with Kelmont University.") == "en"


def test_text_without_han_or_letters_is_english():
    assert detect_language("2024-05-01 12:00") == "en"
    assert detect_language("") == "en"


def test_a_han_character_weighs_four_latin_letters():
    assert detect_language("学" + "abcd") == "zh"
    assert detect_language("学" + "abcde") == "en"
    assert detect_language("學ＡＢＣＤＥ") == "zh"  # full-width letters are not Latin A-Z


def test_simplified_code_points_are_the_same_array_when_nothing_changes():
    simplified = code_points(SIMPLIFIED * 3 + "\U0001f600")
    assert simplified_code_points(simplified) is simplified
    traditional = code_points(TRADITIONAL * 3 + "\U0001f600")
    changed = simplified_code_points(traditional)
    assert changed is not traditional
    assert from_code_points(changed) == to_simplified(TRADITIONAL * 3 + "\U0001f600")
