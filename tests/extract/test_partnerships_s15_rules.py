"""Rules of session 15 for partnerships, one test each: documents "with" several Chinese sides on a
foreign university's own page (`partnership_publisher_with_words.txt`), each pair's document before
"between" (`partnership_between_words.txt`), the foreign publisher as the other of "the two
universities", "strengthens ties with" (`partnership_triggers.tsv`), 达成合作意向 as talks
(`partnership_trigger_phrases.tsv`) and "Separately" as no day (`partnership_undated_extra.txt`).
The page is dated Thursday 2025-12-18 (`extract`)."""

from __future__ import annotations

from pathlib import Path

import pytest

RULES = Path(__file__).resolve().parents[2] / "pipeline" / "resources" / "rules"
OTAGO = "https://www.otago.ac.nz/news/newsroom/1.html"


def _pairs(record) -> set[tuple[str, str, str, str | None]]:
    return {(p.chinese.name, p.foreign.name, p.kind, p.date) for p in record.partnerships}


def _entries(language: str, name: str) -> list[str]:
    lines = (RULES / language / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t")[0] for line in lines if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("name", ["partnership_publisher_with_words.txt", "partnership_between_words.txt"])
def test_new_word_lists_exist_in_both_languages(name: str) -> None:
    assert _entries("en", name)
    assert (RULES / "zh" / name).is_file()  # (read by the extractor in both languages)


def test_documents_with_several_chinese_sides_are_the_foreign_publishers(extract) -> None:
    record = extract(
        "Outcomes of the visit include an MoU with Nanchang University and an exchange agreement with Hunan"
        " University.",
        "en",
        url=OTAGO,
    )
    publisher = record.document.publisher
    assert publisher is not None
    assert _pairs(record) == {
        ("Nanchang University", publisher.name, "mou", None),
        ("Hunan University", publisher.name, "agreement", None),
    }


def test_chinese_sides_dealing_with_each_other_are_not_the_publishers(extract) -> None:
    record = extract("Nanchang University signed an MoU with Hunan University on Monday.", "en", url=OTAGO)
    assert record.partnerships == []


def test_each_pair_takes_the_document_before_between(extract) -> None:
    record = extract(
        "The deals include a letter of intent between Anhui University and Monash University and a"
        " cooperation agreement between Anqing Normal University and Chiang Mai University.",
        "en",
    )
    assert {(c, f, kind) for c, f, kind, _ in _pairs(record)} == {
        ("Anhui University", "Monash University", "mou"),
        ("Anqing Normal University", "Chiang Mai University", "agreement"),
    }


def test_the_two_universities_on_a_foreign_page_naming_itself_short(extract) -> None:
    record = extract(
        "Otago strengthens ties with Jiangxi Normal University. The two universities signed a letter of"
        " intent on 11 December.",
        "en",
        url=OTAGO,
    )
    publisher = record.document.publisher
    assert publisher is not None
    assert _pairs(record) == {("Jiangxi Normal University", publisher.name, "mou", "2025-12-11")}


def test_strengthens_ties_with_is_cooperation(extract) -> None:
    assert "strengthens ties with" in _entries("en", "partnership_triggers.tsv")
    record = extract("Hunan University strengthens ties with the University of Leeds.", "en")
    assert _pairs(record) == {("Hunan University", "University of Leeds", "other", None)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("12月10日，南昌大学与邓迪大学就联合培养研究生达成合作意向。", "talks"),
        ("12月10日，南昌大学与邓迪大学签署合作意向书。", "mou"),
    ],
)
def test_reaching_an_intent_is_talks_a_letter_of_intent_an_mou(extract, text: str, kind: str) -> None:
    assert {p.kind for p in extract(text, "zh").partnerships} == {kind}


def test_separately_takes_no_day_from_before(extract) -> None:
    assert "separately" in _entries("en", "partnership_undated_extra.txt")
    record = extract(
        "On December 3, Hunan University signed an MoU with the University of Leeds. Separately, Jiangxi"
        " Normal University has signed an agreement with the University of Dundee.",
        "en",
    )
    assert _pairs(record) == {
        ("Hunan University", "University of Leeds", "mou", "2025-12-03"),
        ("Jiangxi Normal University", "University of Dundee", "agreement", None),
    }


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "12月11日，南昌大学与英国邓迪大学签订了学生交流协议，并与澳大利亚卧龙岗大学续签了合作备忘录。",
            {"邓迪大学": "agreement", "卧龙岗大学": "mou"},
        ),
        (
            "12月11日，南昌大学与英国邓迪大学签署合作备忘录，并与澳大利亚卧龙岗大学签订了学生交流协议。",
            {"邓迪大学": "mou", "卧龙岗大学": "agreement"},
        ),
    ],
)
def test_chinese_document_follows_its_side(extract, text: str, kinds: dict[str, str]) -> None:
    # 与B签订X，并与C续签Y: X (between B and C) is B's, Y is C's
    assert {p.foreign.name: p.kind for p in extract(text, "zh").partnerships} == kinds


def test_english_document_before_its_side(extract) -> None:
    # "signed an agreement with B, and an MoU with C": what stands between B and C is C's
    record = extract(
        "On December 11, Nanchang University signed an agreement with the University of Dundee, and an MoU"
        " with the University of Wollongong.",
        "en",
    )
    assert {p.foreign.name: p.kind for p in record.partnerships} == {
        "University of Dundee": "agreement",
        "University of Wollongong": "mou",
    }


def test_chinese_list_after_a_clause_mark_is_a_list_of_its_own(extract) -> None:
    # 与B签署X，与C、D签署Y: C and D share Y, not B's X
    record = extract(
        "12月11日，南昌大学与英国邓迪大学签署合作协议，与利兹大学、格拉斯哥大学签署合作备忘录。",
        "zh",
    )
    assert {p.foreign.name: p.kind for p in record.partnerships} == {
        "邓迪大学": "agreement",
        "利兹大学": "mou",
        "格拉斯哥大学": "mou",
    }
