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


def roles(record) -> set[tuple[str, str, str]]:
    return {(r.organization.name, r.member.name, r.role) for r in record.roles}


# "X held the <event>": the body that holds a named event organises it (GUIDE: "held by" a body ->
# organizer), unless another body is said to host it; "held talks" names no event
HELD_EVENTS = [
    (
        "On November 18, the Department of Education of Jiangxi Province held the 2026 Jiangxi Sino-Foreign "
        "Cooperative Education Work Conference in Nanchang.",
        {
            (
                "2026 Jiangxi Sino-Foreign Cooperative Education Work Conference",
                "Department of Education of Jiangxi Province",
                "organizer",
            )
        },
    ),
    (
        "The Poyang Lake Universities Alliance held its 2026 Council Meeting in Nanchang on 21 October. The "
        "meeting was hosted by the Jiangxi Provincial Department of Education.",
        {("2026 Council Meeting", "Jiangxi Provincial Department of Education", "organizer")},
    ),
    ("Nanchang University held talks with the University of Leeds on 3 May.", set()),
]


@pytest.mark.parametrize(("text", "expected"), HELD_EVENTS)
def test_body_holding_a_named_event_organises_it_s21_qa(extract, text, expected):
    assert roles(extract(text, "en")) == expected
