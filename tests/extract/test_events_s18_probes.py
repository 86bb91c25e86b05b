# ruff: noqa: E501  (probes are whole sentences, one a line)
"""Probes, session 18: past happenings inside clauses. A visit told in a relative clause placed in a
year (", who visited Nanchang University in 2019,") is background, with no day, not the sentence's;
an event named in a clause of an earlier time (", two years after they first met at the 2023 ...
Congress in Milan") gives the sentence neither its year nor its place. Made-up passages in the
genre's ways; each with the events (kind, date, name, location). Pages are dated Thursday
20 November 2025."""

import pytest

PUBLISHED = "2025-11-20"

ENGLISH = [
    # a visit in a relative clause placed in a year: background, besides the sentence's signing
    (
        "On November 17, Professor Alan Reid, who visited Nanchang University in 2019, signed an agreement with Jiangxi Normal University on behalf of the University of Dundee.",
        [("signing", "2025-11-17", None, None), ("visit", None, None, None)],
    ),
    (
        "On November 17, Jiangxi Normal University signed an agreement with the University of Dundee, whose delegation visited it in March 2024.",
        [("signing", "2025-11-17", None, None), ("visit", None, None, None)],
    ),
    # a visit of the main clause and one in the clause: two happenings
    (
        "On November 17, Nanchang University received Professor Alan Reid of the University of Dundee, who had visited the university in 2019.",
        [("visit", "2025-11-17", None, None), ("visit", None, None, None)],
    ),
    # near-miss: a relative clause with no year tells no earlier time: the sentence's day
    (
        "On November 17, Professor Alan Reid, who visited Nanchang University with a delegation, signed an agreement with Jiangxi Normal University on behalf of the University of Dundee.",
        [("signing", "2025-11-17", None, None), ("visit", "2025-11-17", None, None)],
    ),
    # near-miss: the year in the main clause, not in a relative one
    (
        "On November 17, a delegation from the University of Dundee, which is ranked among the top 30 in the UK, visited Nanchang University.",
        [("visit", "2025-11-17", None, None)],
    ),
    # an event named in a clause of an earlier time
    (
        "On November 17, the two universities signed a memorandum, two years after their scientists first met at the 2023 World Dryland Congress in Milan.",
        [("signing", "2025-11-17", None, None), ("conference", None, "2023 World Dryland Congress", "Milan")],
    ),
    (
        "On November 17, the two universities renewed their agreement, a year after their presidents first met at the 2024 China-UK Education Forum in London.",
        [("signing", "2025-11-17", None, None), ("conference", None, "2024 China-UK Education Forum", "London")],
    ),
    (
        "On November 12, Nanchang University and Kazan Federal University launched a joint laboratory, three years after the 2022 Sino-Russian University Rectors' Forum in Kazan.",
        # (the joint laboratory launched that day is an establishment with no name, as corpus/GUIDE.md
        # reads "opened a joint laboratory ... in Harbin"; the forum's place is not its own)
        [
            ("conference", None, "2022 Sino-Russian University Rectors' Forum", "Kazan"),
            ("establishment", "2025-11-12", None, None),
        ],
    ),
    # near-miss: the event of the main clause keeps its day, year and place
    (
        "On November 17, Nanchang University and the University of Dundee signed a memorandum at the 2025 World Dryland Congress in Milan.",
        [("signing", "2025-11-17", None, "Milan"), ("conference", "2025-11-17", "2025 World Dryland Congress", "Milan")],
    ),
]


def _events(record):
    return sorted(((e.kind, e.date, e.name, e.location) for e in record.events), key=str)


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_probe(extract, text, expected):
    assert _events(extract(text, "en", published=PUBLISHED)) == sorted(expected, key=str)
