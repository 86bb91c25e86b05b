"""Rules of session 14 for partnerships, one test each: one list of no-day words for both extractors
(`undated.txt`), each pair its own day when a sentence tells one a pair in order (`_days_in_order`),
and the words added to `partnership_triggers.tsv` / `partnership_standing.txt`. The page is dated
Thursday 2025-12-18 (`extract`)."""

from __future__ import annotations

from pathlib import Path

import pytest

RULES = Path(__file__).resolve().parents[2] / "pipeline" / "resources" / "rules"


def _pairs(record) -> set[tuple[str, str, str, str | None]]:
    return {(p.chinese.name, p.foreign.name, p.kind, p.date) for p in record.partnerships}


def _words(path: Path) -> set[str]:
    return {line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_one_undated_list_per_language(language: str) -> None:
    folder = RULES / language
    names = sorted(path.name for path in folder.glob("*undated*.txt"))
    assert names == ["partnership_undated_extra.txt", "undated.txt"]
    # the extractor's own file holds only the words the other does not read: none written twice
    assert not _words(folder / "undated.txt") & _words(folder / "partnership_undated_extra.txt")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh", "12月2日，南昌大学举办国际文化节。今年初，南昌大学代表团访问邓迪大学并签署合作协议。"),
        ("zh", "12月2日，南昌大学举办国际文化节。11月中旬，南昌大学代表团访问邓迪大学并签署合作协议。"),
        (
            "en",
            "On December 2, Nanchang University held its international week. So far this year, a delegation"
            " from the university visited the University of Dundee and signed an agreement.",
        ),
    ],
)
def test_no_day_words_stop_the_day_before_for_events_and_pairs(extract, language: str, text: str) -> None:
    record = extract(text, language)
    assert {p.date for p in record.partnerships} == {None}
    assert [e.date for e in record.events if e.kind in {"visit", "signing"}] == [None] * len(
        [e for e in record.events if e.kind in {"visit", "signing"}]
    )
    assert any(e.kind in {"visit", "signing"} for e in record.events)


def test_days_in_order_go_to_the_pairs_in_order(extract) -> None:
    record = extract(
        "On December 3, Central South University signed an agreement with Ural Federal University, and on"
        " December 9, a memorandum of understanding with Kazan Federal University.",
        "en",
    )
    assert _pairs(record) == {
        ("Central South University", "Ural Federal University", "agreement", "2025-12-03"),
        ("Central South University", "Kazan Federal University", "mou", "2025-12-09"),
    }


def test_days_in_order_in_chinese(extract) -> None:
    record = extract("中南大学分别于12月3日和12月9日与乌拉尔联邦大学、喀山联邦大学签署合作协议。", "zh")
    assert _pairs(record) == {
        ("中南大学", "乌拉尔联邦大学", "agreement", "2025-12-03"),
        ("中南大学", "喀山联邦大学", "agreement", "2025-12-09"),
    }


def test_two_pairs_one_day_share_it(extract) -> None:
    record = extract(
        "On December 3, Central South University signed agreements with Ural Federal University and Kazan"
        " Federal University, which it first visited on May 5, 2019.",
        "en",
    )
    assert {p.date for p in record.partnerships} == {"2025-12-03"}


def test_days_after_the_page_are_not_handed_out(extract) -> None:
    # a plan's day is no pair's: the order rule does not give it to the second pair
    record = extract(
        "On December 3, Central South University signed an agreement with Ural Federal University, and on"
        " December 29, it will sign one with Kazan Federal University.",
        "en",
    )
    dates = {p.foreign.name: p.date for p in record.partnerships}
    assert dates.get("Kazan Federal University") != "2025-12-29"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Nanchang University and the University of Dundee sign a student exchange pact.", "agreement"),
        ("Hunan University has struck a deal with Kazan Federal University on student exchange.", "agreement"),
        (
            "On Monday, Zhejiang University and the University of Edinburgh put pen to paper on a new partnership.",
            "other",
        ),
    ],
)
def test_document_words(extract, text: str, kind: str) -> None:
    assert {p.kind for p in extract(text, "en").partnerships} == {kind}


def test_have_cooperated_is_a_standing_pair_without_the_day(extract) -> None:
    record = extract(
        "On December 2, Nanchang University held its international week. Nanchang University and the University"
        " of Dundee have cooperated since 2012.",
        "en",
    )
    assert _pairs(record) == {("Nanchang University", "University of Dundee", "other", None)}
