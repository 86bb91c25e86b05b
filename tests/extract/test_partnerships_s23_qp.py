"""Session 23 (qp): partnerships read as bulletins write them, on sentences written for the tests."""

from support import pairs


def _facts(record) -> set[tuple[str, str, str, str | None]]:
    return {(p.chinese.name, p.foreign.name, p.kind, p.date) for p in record.partnerships}


def test_an_institute_named_for_both_parents_makes_their_pair_on_its_opening_day(extract):
    record = extract(
        "On Monday, the Hefei Forestry University-Orlov State Technical University Joint Institute was inaugurated"
        " in Hefei. Orlov State Technical University, Russia, will send 20 professors to the institute, and Hefei"
        " Forestry University will admit its first 120 students.",
        "en",
    )
    assert _facts(record) == {
        ("Hefei Forestry University", "Orlov State Technical University", "joint_institute", "2025-12-15")
    }


def test_an_institute_named_for_both_parents_lifts_the_pair_the_page_states(extract):
    record = extract(
        "The Hefei Forestry University-Orlov State Technical University Joint Institute was inaugurated on"
        " December 15. The institute is run jointly by Hefei Forestry University and Orlov State Technical"
        " University (Russia).",
        "en",
    )
    assert _facts(record) == {
        ("Hefei Forestry University", "Orlov State Technical University", "joint_institute", "2025-12-15")
    }


def test_an_institute_only_mentioned_makes_no_pair_of_its_own(extract):
    record = extract(
        "On Monday, students of the Hefei Forestry University-Orlov State Technical University Joint Institute"
        " won a robotics prize. Orlov State Technical University, Russia, congratulated them.",
        "en",
    )
    assert pairs(record) == set()


def test_an_institute_mentioned_lifts_a_stated_pair_without_giving_it_a_day(extract):
    record = extract(
        "On Monday, students of the Hefei Forestry University-Orlov State Technical University Joint Institute"
        " won a robotics prize. Hefei Forestry University and Orlov State Technical University (Russia) have"
        " cooperated since 2012.",
        "en",
    )
    assert _facts(record) == {
        ("Hefei Forestry University", "Orlov State Technical University", "joint_institute", None)
    }


def test_an_institute_naming_one_parent_makes_no_pair_from_its_name(extract):
    # (the Russian university's name is not in the institute's: nothing says it is the partner)
    record = extract(
        "On Monday, the Orlov Aviation College at Hefei Forestry University was inaugurated. Orlov State"
        " Technical University, Russia, sent a delegation to the ceremony.",
        "en",
    )
    assert ("Hefei Forestry University", "Orlov State Technical University") not in {
        (c, f) for c, f, kind, _ in _facts(record) if kind == "joint_institute"
    }


_VISIT = (
    "On November 3, a delegation led by Professor Ana Ruiz, Vice-Rector of Universidad de Valtierra, Chile,"
    " visited Hefei Forestry University and signed an exchange agreement. {filler} On Tuesday, the {adjective}"
    " delegation travelled to the Anhui Institute of Soil Science, where it held talks on joint field research."
)
_FILLER = " ".join(f"The guests toured laboratory number {n}." for n in range(1, 15))


def test_the_country_adjective_delegation_is_the_visit_told_of_before_however_far(extract):
    record = extract(_VISIT.format(filler=_FILLER, adjective="Chilean"), "en", published="2025-11-06")
    assert ("Anhui Institute of Soil Science", "Universidad de Valtierra", "talks", "2025-11-04") in _facts(record)


def test_a_delegation_of_another_country_is_not_the_visit_told_of_before(extract):
    record = extract(_VISIT.format(filler=_FILLER, adjective="Peruvian"), "en", published="2025-11-06")
    assert ("Anhui Institute of Soil Science", "Universidad de Valtierra") not in pairs(record)


_DESCRIBED = (
    "The University of Valletta has signed a memorandum of understanding with Hefei Forestry University. It"
    " crowned a visit to Malta by a six-member delegation from the {adjective} university. On Thursday the"
    " delegation called at Gozo Maritime University, where it held talks on seafarer training."
)


def test_a_delegation_from_the_chinese_university_is_the_chinese_university_named_before(extract):
    record = extract(_DESCRIBED.format(adjective="Chinese"), "en", published="2025-11-22")
    assert ("Hefei Forestry University", "Gozo Maritime University", "talks", "2025-11-20") in _facts(record)


def test_a_delegation_from_a_university_of_no_country_named_is_no_side(extract):
    record = extract(_DESCRIBED.format(adjective="Peruvian"), "en", published="2025-11-22")
    assert ("Hefei Forestry University", "Gozo Maritime University") not in pairs(record)
