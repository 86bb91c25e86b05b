"""Session 21 (qa): ways bulletins write roles and role counts, in sentences made up as bulletins
write them (not copied from a bulletin), with the near-misses that must give none."""

import pytest


def counts(record) -> set[tuple[str, str, int]]:
    return {(c.organization.name, c.role, c.count) for c in record.role_counts}


# "Initiated by A and B, the X Alliance brings together N universities": a participle's clause before
# the alliance's own name as the subject still makes the number its members' count
FRONTED_ALLIANCE_NAME = [
    (
        "The Poyang Lake Universities Alliance was launched in Nanchang on Monday. Initiated by Nanchang "
        "University and the University of Leeds, the Poyang Lake Universities Alliance brings together 18 "
        "universities from China and Britain.",
        {("Poyang Lake Universities Alliance", "member", 18)},
    ),
]

# a gathering, not an alliance, after the participle's clause: who came, no members
NOT_AN_ALLIANCE = [
    "Hosted by Nanchang University, the 2025 Poyang Lake Forum brought together 40 universities from ten countries.",
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_ALLIANCE_NAME)
def test_alliance_named_after_a_fronted_participle_counts_its_members_s21_qa(extract, text, expected):
    assert counts(extract(text, "en")) == expected


@pytest.mark.parametrize("text", NOT_AN_ALLIANCE)
def test_gathering_after_a_fronted_participle_counts_no_members_s21_qa(extract, text):
    assert counts(extract(text, "en")) == set()
