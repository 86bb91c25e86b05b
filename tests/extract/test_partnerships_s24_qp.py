"""Session 24 (qp): English partnerships read as bulletins write them, on sentences written for the tests."""

import pytest


def _facts(record) -> set[tuple[str, str, str, str | None]]:
    return {(p.chinese.name, p.foreign.name, p.kind, p.date) for p in record.partnerships}


def _kinds(record) -> dict[tuple[str, str], str]:
    return {(p.chinese.name, p.foreign.name): p.kind for p in record.partnerships}


_HOSTED = (
    "Hefei Forestry University (HFU) hosted a delegation from Orlov State Technical University (OSTU), Russia,"
    " on December 10. {second}"
)


@pytest.mark.parametrize(
    "second",
    [
        "HFU and OSTU signed a cooperation agreement on joint research.",
        "OSTU and HFU signed a cooperation agreement on joint research.",
        "HFU signed a cooperation agreement with OSTU on joint research.",
    ],
)
def test_acronyms_of_both_sides_sign_as_the_sides_they_stand_for(extract, second):
    # (the later "HFU" is the Chinese university the page named, whatever country the visit tells)
    record = extract(_HOSTED.format(second=second), "en")
    assert _facts(record) == {
        ("Hefei Forestry University", "Orlov State Technical University", "agreement", "2025-12-10")
    }


def test_acronyms_that_only_meet_stay_talks(extract):
    record = extract(_HOSTED.format(second="HFU and OSTU discussed student exchange."), "en")
    assert _kinds(record) == {("Hefei Forestry University", "Orlov State Technical University"): "talks"}


@pytest.mark.parametrize(
    "text",
    [
        "Eight colleges in Anhui signed cooperation agreements with universities from Russia on Monday. Among"
        " them, Hefei Forestry University signed with Orlov State Technical University, Anhui Normal College with"
        " Kursk Agrarian University, and Huainan Medical University with Tver Medical Academy.",
        "On Monday, Hefei Forestry University signed a cooperation agreement with Orlov State Technical"
        " University, Anhui Normal College with Kursk Agrarian University and Huainan Medical University with"
        " Russia's Tver Medical Academy.",
    ],
)
def test_a_gapped_clause_signs_what_the_clause_before_signed(extract, text):
    record = extract(text, "en")
    assert _kinds(record) == {
        ("Hefei Forestry University", "Orlov State Technical University"): "agreement",
        ("Anhui Normal College", "Kursk Agrarian University"): "agreement",
        ("Huainan Medical University", "Tver Medical Academy"): "agreement",
    }


def test_a_gapped_clause_after_a_memorandum_is_a_memorandum(extract):
    record = extract(
        "On December 10, Hefei Forestry University signed a memorandum of understanding with Orlov State"
        " Technical University, and Anhui Normal College with Kursk Agrarian University.",
        "en",
    )
    assert _kinds(record) == {
        ("Hefei Forestry University", "Orlov State Technical University"): "mou",
        ("Anhui Normal College", "Kursk Agrarian University"): "mou",
    }


def test_a_clause_with_its_own_verb_is_no_gapped_clause(extract):
    # (the second clause says what its pair did: the first clause's document is not its)
    record = extract(
        "On December 10, Hefei Forestry University signed a memorandum of understanding with Orlov State"
        " Technical University, and Anhui Normal College, which has trained foresters since 1958, held talks"
        " with Kursk Agrarian University.",
        "en",
    )
    assert _kinds(record)[("Anhui Normal College", "Kursk Agrarian University")] == "talks"


def test_bare_signings_after_a_count_of_agreements_sign_agreements(extract):
    record = extract(
        "On December 10, a total of 12 agreements were signed at the forum. Hefei Forestry University signed"
        " with Orlov State Technical University; Anhui Normal College signed with Kursk Agrarian University.",
        "en",
    )
    assert _kinds(record) == {
        ("Hefei Forestry University", "Orlov State Technical University"): "agreement",
        ("Anhui Normal College", "Kursk Agrarian University"): "agreement",
    }


def test_a_signing_ceremony_naming_no_pair_hands_no_document_on(extract):
    # (the ceremony's sentence names no pair: the next sentence's bare signing is not given its document)
    record = extract(
        "On December 10, Hefei Forestry University signed an agreement with Orlov State Technical University,"
        " Russia. The signing ceremony was held in the main hall. Officials of Anhui Province witnessed the"
        " signing.",
        "en",
    )
    assert _kinds(record) == {("Hefei Forestry University", "Orlov State Technical University"): "agreement"}


@pytest.mark.parametrize(
    "text",
    [
        "On December 10, President Li Ming of Hefei Forestry University met Rector Ivan Petrov of Orlov State"
        " Technical University, Russia.",
        "On December 10, Hefei Forestry University President Li Ming met Orlov State Technical University Rector"
        " Ivan Petrov.",
        "On December 10, Li Ming, President of Hefei Forestry University, had a meeting with Ivan Petrov, Rector"
        " of Orlov State Technical University, Russia.",
    ],
)
def test_a_meeting_of_both_sides_people_is_talks(extract, text):
    record = extract(text, "en")
    assert _facts(record) == {
        ("Hefei Forestry University", "Orlov State Technical University", "talks", "2025-12-10")
    }


def test_an_official_meeting_a_delegation_told_of_before_makes_talks(extract):
    # (GUIDE.md since session 26: the official's body, a government's included, holds talks with the
    # delegation's; a trip of one day dates it)
    record = extract(
        "A delegation from Orlov State Technical University, Russia, visited Anhui on December 10. Wang Qing,"
        " Director of the Anhui Provincial Department of Education, met the delegation.",
        "en",
    )
    assert _facts(record) == {
        ("Anhui Provincial Department of Education", "Orlov State Technical University", "talks", "2025-12-10")
    }


@pytest.mark.parametrize(
    "between",
    [
        "The guests toured the campus and its laboratories.",
        "The guests toured the campus. They also visited the library.",
    ],
)
def test_a_signing_naming_no_side_is_the_pair_named_before_in_its_paragraph(extract, between):
    record = extract(
        "On December 10, Hefei Forestry University hosted a delegation from Orlov State Technical University,"
        f" Russia. {between} A memorandum of understanding was signed during the visit.",
        "en",
    )
    assert _kinds(record) == {("Hefei Forestry University", "Orlov State Technical University"): "mou"}


def test_a_signing_in_a_new_paragraph_is_no_pair_of_the_one_before(extract):
    record = extract(
        "On December 10, Hefei Forestry University hosted a delegation from Orlov State Technical University,"
        " Russia.\n\nA memorandum of understanding was signed in the afternoon.",
        "en",
    )
    assert _kinds(record) == {("Hefei Forestry University", "Orlov State Technical University"): "talks"}


@pytest.mark.parametrize(
    "led",
    ["President Li Ming of Hefei Forestry University", "Li Ming, President of Hefei Forestry University,"],
)
def test_a_person_of_the_chinese_side_who_signs_with_a_foreign_one_makes_the_pair(extract, led):
    record = extract(
        f"On December 10, a delegation led by {led} visited Russia. In Orlov, Li Ming signed an agreement with"
        " Orlov State Technical University on joint doctoral training.",
        "en",
    )
    assert _facts(record) == {
        ("Hefei Forestry University", "Orlov State Technical University", "agreement", "2025-12-10")
    }


def test_a_person_named_with_no_institution_makes_no_pair(extract):
    record = extract(
        "On December 10, a delegation led by Li Ming visited Russia. In Orlov, Li Ming signed an agreement with"
        " Orlov State Technical University on joint doctoral training.",
        "en",
    )
    assert record.partnerships == []
