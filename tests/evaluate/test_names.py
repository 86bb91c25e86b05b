"""When two names are the same name: folding, script, gazetteer ids."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from pipeline.evaluate.names import NameMatcher, fold_name, names_of, to_simplified


@pytest.mark.parametrize(
    ("written", "other"),
    [
        ("Nanchang University", "NANCHANG  UNIVERSITY"),
        ("the University of Leeds", "University of Leeds"),
        ("The University of Leeds", "university of leeds"),
        ("Jiangxi University of Finance & Economics", "Jiangxi University of Finance and Economics"),
        ("Sino-Foreign Cooperative Education", "Sino Foreign Cooperative Education"),
        ("Queen Mary College, Nanchang University", "Queen Mary College Nanchang University"),
        ("ＡＢＣ　University", "ABC University"),  # full-width letters and space (NFKC)
        ("《中外合作办学》联盟", "中外合作办学联盟"),
        ("國立臺灣大學", "国立台湾大学"),  # traditional and simplified script
        ("江西省中外合作辦學聯盟", "江西省中外合作办学联盟"),
        ("裏為僞", "里为伪"),  # variant forms fold as well
    ],
)
def test_names_that_fold_equal(written: str, other: str) -> None:
    assert fold_name(written) == fold_name(other)


@pytest.mark.parametrize(
    ("written", "other"),
    [
        ("Nanchang University", "Nanchang Hangkong University"),
        ("Theodore University", "odore University"),  # only a leading "the" word is dropped
        ("Jiangxi Normal University", "Jiangxi Normal Universit"),  # no fuzzy matching
        ("南昌大学", "南昌"),
    ],
)
def test_names_that_stay_different(written: str, other: str) -> None:
    assert fold_name(written) != fold_name(other)


def test_to_simplified_leaves_simplified_and_latin_text_alone() -> None:
    assert to_simplified("江西财经大学 JXUFE") == "江西财经大学 JXUFE"
    assert to_simplified("江西財經大學") == "江西财经大学"


def test_names_of_a_reference_offers_every_name_field() -> None:
    ref = {"name": "昌大", "canonical_id": "cn-ncu", "canonical_name": "南昌大学", "name_en": "Nanchang U"}
    assert names_of(ref) == ["昌大", "南昌大学", "Nanchang U"]
    assert names_of("Nanchang University") == ["Nanchang University"]
    assert names_of(None) == []


def test_a_prediction_matches_through_its_canonical_or_english_name() -> None:
    matcher = NameMatcher()
    predicted = {"name": "昌大", "canonical_name": "南昌大學", "name_en": "Nanchang University"}
    assert matcher.same_name("南昌大学", predicted)
    assert matcher.same_name("the Nanchang University", predicted)
    assert not matcher.same_name("Jiangxi Normal University", predicted)


@dataclass(frozen=True)
class Entry:
    id: str


class TinyGazetteer:
    """Two entries, each with an English name, a Chinese name and an abbreviation."""

    def __init__(self) -> None:
        self.entries = {
            "cn-ncu": ("Nanchang University", "南昌大学", "NCU"),
            "au-uts": ("University of Technology Sydney", "悉尼科技大学", "UTS"),
        }
        self.asked: list[str] = []

    def lookup(self, name: str) -> Entry | None:
        self.asked.append(name)
        for entry_id, names in self.entries.items():
            if fold_name(name) in {fold_name(known) for known in names}:
                return Entry(entry_id)
        return None


def test_names_linking_to_the_same_gazetteer_id_match() -> None:
    matcher = NameMatcher(TinyGazetteer())
    assert matcher.same_name("University of Technology Sydney", {"name": "悉尼科技大学"})
    assert matcher.same_name("Nanchang University", "NCU")
    assert not matcher.same_name("Nanchang University", {"name": "UTS"})
    assert not matcher.same_name("Unknown College", {"name": "Unknown Institute"})


def test_a_predicted_canonical_id_links_without_a_lookup_of_its_names() -> None:
    matcher = NameMatcher(TinyGazetteer())
    assert matcher.same_name("南昌大学", {"name": "the university", "canonical_id": "cn-ncu"})


def test_folding_beats_a_gazetteer_link_in_agreement() -> None:
    matcher = NameMatcher(TinyGazetteer())
    assert matcher.name_agreement("Nanchang University", "nanchang university") == 2
    assert matcher.name_agreement("Nanchang University", "南昌大学") == 1
    assert matcher.name_agreement("Nanchang University", "UTS") == 0


def test_gazetteer_lookups_are_remembered() -> None:
    gazetteer = TinyGazetteer()
    matcher = NameMatcher(gazetteer)
    for _ in range(3):
        matcher.same_name("Nanchang University", "NCU")
    assert gazetteer.asked.count("Nanchang University") == 1


def test_without_a_gazetteer_only_folding_matches() -> None:
    matcher = NameMatcher(None)
    assert not matcher.same_name("Nanchang University", "南昌大学")
    assert matcher.same_name("Nanchang University", "nanchang university")


def test_the_project_gazetteer_is_used_when_it_exists() -> None:
    from pipeline.evaluate.names import load_default_gazetteer

    try:
        import pipeline.link.gazetteer  # noqa: F401
    except ImportError:
        assert load_default_gazetteer() is None
    else:
        assert hasattr(load_default_gazetteer(), "lookup")
