# ruff: noqa: E501  (probes are whole sentences, one a line)
"""People, session 20 (q3): made-up sentences in the genre's ways, each with the people read
(name, title, organisation). Pages are dated Thursday 20 November 2025."""

import pytest

PUBLISHED = "2025-11-20"

ENGLISH = [
    # an office with its area, then an honorific, then the name: the honorific is neither area nor name
    (
        "On November 12, the delegation visited Ruritania State University, where President Li Wei held talks with Vice-President for Research and Innovation Dr. Anna Kowalska.",
        ("Anna Kowalska", "Vice-President for Research and Innovation", "Ruritania State University"),
    ),
    (
        "Westmoor University was represented by Pro-Vice-Chancellor for Global Engagement Professor Thomas Reed Hall.",
        ("Thomas Reed Hall", "Pro-Vice-Chancellor for Global Engagement", "Westmoor University"),
    ),
    # near-miss: an area of capitalised words with no honorific stays the office's
    (
        "Vice-Rector for Studies and International Affairs Jana Novakova of Ruritania State University welcomed the guests.",
        ("Jana Novakova", "Vice-Rector for Studies and International Affairs", "Ruritania State University"),
    ),
    # a person met in the clause after a visited institution's ", where" is that institution's
    (
        "On November 12, the delegation visited Ruritania State University in Ruritania, where it was received by Dean Tom Barker.",
        ("Tom Barker", "Dean", "Ruritania State University"),
    ),
]

CHINESE = [
    # a Chinese name, 与, then a transliterated one: the title's person is the Chinese name alone
    (
        "11月14日，江西理工大学党委副书记、校长王志强与约翰·史密斯代表双方签字。",
        ("王志强", "党委副书记", "江西理工大学"),
    ),
    (
        "11月14日，哈洛大学副校长简·多伊及安娜·伊万诺娃出席签约仪式。",
        ("简·多伊", "副校长", "哈洛大学"),
    ),
    # near-miss: a transliterated name after its title, with no joining word, is read whole
    (
        "11月14日，哈洛大学副校长穆罕默德·阿勒·哈桑出席签约仪式。",
        ("穆罕默德·阿勒·哈桑", "副校长", "哈洛大学"),
    ),
]

# near-miss: a person met after another clause of the sentence is not placed at the institution visited
NOT_AT_THE_VISITED = (
    "On November 12, the delegation visited Ruritania State University, where it toured the laboratories, and later met Professor Tom Barker."
)


def _people(record):
    return [(p.name, p.title, p.organization.name if p.organization else None) for p in record.people]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_person(extract, text, expected):
    assert expected in _people(extract(text, "en", published=PUBLISHED))


def test_a_person_met_after_another_clause_is_not_the_visited_institutions(extract):
    people = _people(extract(NOT_AT_THE_VISITED, "en", published=PUBLISHED))
    assert [p for p in people if p[0] == "Tom Barker"] == [("Tom Barker", "Professor", None)]


@pytest.mark.parametrize(("text", "expected"), CHINESE)
def test_chinese_person(extract, text, expected):
    assert expected in _people(extract(text, "zh", published=PUBLISHED))
