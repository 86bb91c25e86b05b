# ruff: noqa: E501  (passages are whole sentences)
"""Rules of session 14 for events, one test each: "launched the" (en/event_triggers.tsv), a webinar
(en/event_heads.txt, "a webinar" in en/event_triggers.tsv), 见面会 (zh/event_heads.txt), 开班仪式 (zh/event_triggers.tsv, kind
"ceremony"), 云/线上 before a head make no name (zh/event_generic_words.txt), and signings of other
parties without a day kept apart (`_between_others`)."""

import pytest

from pipeline.extract.events import _between_others, _draft

PUBLISHED = "2025-11-20"


def _events(record):
    return sorted(((e.kind, e.date, e.name, e.location) for e in record.events), key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 2025 China-ASEAN Vocational Education Webinar took place on November 12.",
            [("conference", "2025-11-12", "2025 China-ASEAN Vocational Education Webinar", None)],
        ),
        (
            "On November 12, Nanchang University hosted a webinar on joint programmes.",
            [("conference", "2025-11-12", None, None)],
        ),
        # a webinar neither held nor attended is no happening
        ("Students can register for a webinar on the joint programmes.", []),
    ],
)
def test_webinar(extract, text, expected):
    assert _events(extract(text, "en", published=PUBLISHED)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On November 12, Nanchang University and the University of Poitiers launched the Sino-French Institute of Engineering.",
            [("establishment", "2025-11-12", "Sino-French Institute of Engineering", None)],
        ),
        (
            "On November 12, the Jiangxi Provincial Department of Education launched the Jiangxi-Africa Vocational Education Alliance in Nanchang.",
            [("establishment", "2025-11-12", "Jiangxi-Africa Vocational Education Alliance", "Nanchang")],
        ),
        # a programme or a website launched founds no body
        (
            "Nanchang University launched the joint programme in nursing with the University of Leeds on November 12.",
            [],
        ),
        ("On November 12, the university launched the new admissions website for international students.", []),
    ],
)
def test_launched_the(extract, text, expected):
    assert _events(extract(text, "en", published=PUBLISHED)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "11月12日，2025中外合作办学项目招生见面会在南昌举行。",
            [("conference", "2025-11-12", "2025中外合作办学项目招生见面会", "南昌")],
        ),
    ],
)
def test_meeting_head(extract, text, expected):
    assert _events(extract(text, "zh", published=PUBLISHED)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (session 22: a name ending 研修班/培训班 names the course, as the gold does)
        (
            "11月17日，南昌大学—邓迪大学联合培养项目研修班举行开班仪式。",
            [("other", "2025-11-17", "南昌大学—邓迪大学联合培养项目研修班", None)],
        ),
        # on the day given before (同日)
        (
            "11月17日，南昌大学与邓迪大学签署合作协议。同日，两校联合培养项目首期研修班开班仪式举行。",
            [("other", "2025-11-17", "联合培养项目首期研修班", None), ("signing", "2025-11-17", None, None)],
        ),
        # no day told: the course named, on no day
        (
            "南昌大学—邓迪大学联合培养项目研修班开班仪式上，双方代表致辞。",
            [("other", None, "南昌大学—邓迪大学联合培养项目研修班", None)],
        ),
    ],
)
def test_class_opening_ceremony(extract, text, expected):
    assert _events(extract(text, "zh", published=PUBLISHED)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "11月12日，南昌大学与利兹大学举行云签约仪式。",
        "11月12日，南昌大学与利兹大学举行线上签约仪式。",
    ],
)
def test_online_ceremony_is_no_name(extract, text):
    assert _events(extract(text, "zh", published=PUBLISHED)) == [("signing", "2025-11-12", None, None)]


def _signing(date: str | None, start: int) -> object:
    evidence = {"start": start, "end": start + 10, "text": "x"}
    return _draft(("signing", None, date, None, None, evidence, False, False, False))


@pytest.mark.parametrize(
    ("first", "later", "dates", "apart"),
    [
        ({"A", "B"}, {"C", "D"}, ("2025-11-12", None), True),
        ({"A", "B"}, {"A", "C"}, (None, "2025-11-12"), True),
        ({"A", "B"}, {"C", "D"}, (None, None), False),  # neither has a day: one ceremony, as in the corpus
        ({"A", "B"}, {"A", "B"}, ("2025-11-12", None), False),  # the same parties: retold
        ({"A", "B"}, {"B"}, (None, "2025-11-12"), False),  # fewer: retold
        ({"A", "B"}, set(), ("2025-11-12", None), False),  # none named: may be retold
        ({"A", "B"}, {"C", "D"}, ("2025-11-12", "2025-11-12"), False),  # both dated: the day decides
    ],
)
def test_signings_of_other_parties(first, later, dates, apart):
    a, b = _signing(dates[0], 0), _signing(dates[1], 50)
    named = {0: frozenset(first), 50: frozenset(later)}
    assert _between_others(a, b, lambda draft: named[draft.evidence["start"]]) is apart
