"""Session 20 (q4): on a university's own page, a foreign guest's words at a forum about the cooperation of
groups (a province's universities with a country's, an alliance's member universities) make the guest's
body no partner of the publisher; the same guest's words about the publisher itself (我校, "our
university") still do."""

from __future__ import annotations

import pytest

NCU = "https://news.ncu.edu.cn/info/1001/2026.htm"
JUFE = "https://english.jxufe.edu.cn/info/1001/2026.htm"
FORUM_ZH = "10月9日，第三届赣澳高等教育合作论坛在我校举行。\n\n"
FORUM_EN = "On October 9, the Third Jiangxi-Australia Higher Education Forum was held at the university.\n\n"


def _pairs(record) -> set[tuple[str, str]]:
    return {(p.chinese.name, p.foreign.name) for p in record.partnerships}


@pytest.mark.parametrize(
    "words",
    [
        "墨尔本大学副校长Anna Lee在致辞中表示，江西高校与澳大利亚高校的合作已拓展到合作办学、联合科研。",
        "墨尔本大学副校长Anna Lee代表理事单位发言，希望成员高校在新能源领域开展联合培养。",
    ],
)
def test_a_guest_on_groups_cooperating_is_no_partner_zh(extract, words):
    record = extract(FORUM_ZH + words, "zh", url=NCU)
    assert not any("墨尔本" in foreign for _, foreign in _pairs(record))


def test_a_guest_on_the_publisher_is_its_partner_zh(extract):
    record = extract(
        FORUM_ZH + "墨尔本大学副校长Anna Lee在致辞中表示，希望与我校在联合培养方面深化合作。", "zh", url=NCU
    )
    assert any("墨尔本" in foreign for _, foreign in _pairs(record))


def test_a_guest_on_member_universities_is_no_partner_en(extract):
    words = (
        "Professor Anna Lee, Deputy Vice-Chancellor of the University of Melbourne, said that joint training "
        "among member universities would deepen cooperation."
    )
    record = extract(FORUM_EN + words, "en", url=JUFE)
    assert not any("Melbourne" in foreign for _, foreign in _pairs(record))


def test_a_guest_on_our_university_is_its_partner_en(extract):
    words = (
        "Professor Anna Lee, Deputy Vice-Chancellor of the University of Melbourne, said that joint training "
        "with our university and its member universities would deepen cooperation."
    )
    record = extract(FORUM_EN + words, "en", url=JUFE)
    assert any("Melbourne" in foreign for _, foreign in _pairs(record))


# A sentence of two clauses, each with its own subject: the foreign side pairs with the subject of its
# clause only; a list's ", and" is no clause's end.
@pytest.mark.parametrize(
    ("language", "text", "pairs"),
    [
        (
            "en",
            "At the meeting, Nanchang University joined the alliance as a new member, and Jiangxi Normal "
            "University signed an agreement with the University of Melbourne.",
            {("Jiangxi Normal University", "University of Melbourne")},
        ),
        (
            "en",
            "Nanchang University, Jiangxi Normal University, and Jiangxi Agricultural University signed "
            "agreements with the University of Melbourne.",
            {
                ("Nanchang University", "University of Melbourne"),
                ("Jiangxi Normal University", "University of Melbourne"),
                ("Jiangxi Agricultural University", "University of Melbourne"),
            },
        ),
        (
            "zh",
            "会上，南昌大学加入联盟成为新成员；江西师范大学与墨尔本大学签署合作协议。",
            {("江西师范大学", "墨尔本大学")},
        ),
    ],
)
def test_the_foreign_side_pairs_within_its_clause(extract, language, text, pairs):
    assert _pairs(extract(text, language)) == pairs
