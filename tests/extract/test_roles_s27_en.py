"""Session 27 (en): alliance seats as English bulletins write them, on sentences written for the tests."""

import pytest

_FOUNDED = "The Silk Road Teacher Education Alliance was founded in Lanzhou on Monday. "
_ALLIANCE = "Silk Road Teacher Education Alliance"


def _roles(record) -> set[tuple[str, str, str]]:
    return {(r.organization.name, r.member.name, r.role) for r in record.roles}


@pytest.mark.parametrize("verb", ["host its secretariat", "also house the secretariat"])
def test_a_secretariat_hosted_after_and_is_the_chairs(extract, verb):
    record = extract(_FOUNDED + f"Lanzhou University will chair the alliance and {verb}.", "en")
    assert _roles(record) == {
        (_ALLIANCE, "Lanzhou University", "chair"),
        (_ALLIANCE, "Lanzhou University", "secretariat"),
    }


def test_a_list_after_among_them_may_open_with_its_article(extract):
    text = (
        _FOUNDED
        + "The alliance has 12 member institutions, among them the University of Nairobi and Kazan Federal University."
    )
    assert _roles(extract(text, "en")) == {
        (_ALLIANCE, "University of Nairobi", "member"),
        (_ALLIANCE, "Kazan Federal University", "member"),
    }


@pytest.mark.parametrize(
    "members",
    [
        "Founding members from China include {a} and {b}.",
        "Members from abroad include {a} and {b}.",
        "Its members from other countries are {a} and {b}.",
    ],
)
def test_members_told_by_where_they_come_from(extract, members):
    text = _FOUNDED + members.format(a="Kazan Federal University", b="the University of Nairobi")
    assert _roles(extract(text, "en")) == {
        (_ALLIANCE, "Kazan Federal University", "member"),
        (_ALLIANCE, "University of Nairobi", "member"),
    }


@pytest.mark.parametrize("verb", ["join the standing council", "joined the council"])
def test_institutions_joining_the_council_are_its_directors(extract, verb):
    text = _FOUNDED + f"Lanzhou University and Gansu Agricultural University {verb}."
    assert _roles(extract(text, "en")) == {
        (_ALLIANCE, "Lanzhou University", "director"),
        (_ALLIANCE, "Gansu Agricultural University", "director"),
    }
