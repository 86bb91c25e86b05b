"""Rules, session 17: a person met by name (`_people_met`), no trip for talks by video
(`_not_travelled`), the party a visit's delegation is of (`_travellers_reader`, `_other_travellers`),
a person's trip (`event_personal_trips.txt`), extra trigger hits (`_with_hits`); in partnerships, a
relative clauses (`_document_outside`); the signing whose
document the page never names is probed in test_partnerships_s17_probes.py."""

import pytest

from pipeline.extract.clauses import relative_clauses, within_any
from pipeline.extract.events import (
    _delegation_words,
    _draft,
    _not_travelled,
    _other_travellers,
    _with_hits,
)
from pipeline.extract.partnerships import _document_outside
from pipeline.extract.spans import Hit
from pipeline.rules import word_list


def _visit(start: int, end: int):
    return _draft(("visit", None, None, None, None, {"start": start, "end": end, "text": ""}, False, False, False))


@pytest.mark.parametrize(
    ("first", "later", "two_trips"),
    [
        ("University of Dundee", "Nanchang University", True),  # the other way
        ("University of Dundee", "Kazan Federal University", True),  # two delegations
        ("University of Dundee", "University of Dundee", False),  # one party: more of one trip
        ("University of Dundee", None, False),  # "the delegation also visited ...": may be more of it
        (None, "University of Dundee", False),
    ],
)
def test_visits_of_two_travelling_parties_are_two_trips(first, later, two_trips):
    a, b = _visit(0, 10), _visit(20, 30)
    travellers = {0: first, 20: later}
    assert _other_travellers(a, b, lambda d: travellers[d.evidence["start"]]) is two_trips


def test_only_visits_are_told_apart_by_their_travellers():
    signing = _draft(("signing", None, None, None, None, {"start": 0, "end": 1, "text": ""}, False, False, False))
    assert not _other_travellers(signing, _visit(20, 30), lambda d: "A" if d.evidence["start"] == 0 else "B")


@pytest.mark.parametrize("language", ["en", "zh"])
def test_delegation_words_are_read_by_where_they_stand(language):
    following, preceding, leading = _delegation_words(language)
    assert following  # ("delegation", 代表团)
    assert all(w == w.lower() for w in (*following, *preceding, *leading))
    if language == "en":
        assert "delegation from" in preceding
    else:
        assert "率团" in leading


def test_talks_held_online_are_no_trip():
    signing = _draft(("signing", None, None, None, None, {"start": 0, "end": 1, "text": ""}, False, False, False))
    assert _not_travelled([_visit(0, 1), signing]) == [signing]


def test_extra_hits_join_the_finders_in_their_range_in_order():
    base = [Hit(10, 15, "visited", "visit")]
    met = [Hit(3, 6, "met", "visit"), Hit(40, 43, "met", "visit")]
    find = _with_hits(lambda start, end: [h for h in base if start <= h.start and h.end <= end], met)
    assert find(0, 20) == [met[0], base[0]]
    assert find(30, 50) == [met[1]]
    assert find(16, 30) == []


def test_no_person_word_lists_hold_the_months():
    words = set(word_list("en", "event_met_not_people.txt"))
    assert {"September", "Monday"} <= words
    assert "met" not in words


def test_a_persons_trip_words_are_possessive():
    assert all("'s " in w or "’s " in w for w in word_list("en", "event_personal_trips.txt"))


@pytest.mark.parametrize(
    ("hits", "clauses", "outside"),
    [
        ([Hit(30, 33, "MoU", "mou")], [(20, 50)], False),  # ", which signed an MoU in 2019,"
        ([Hit(60, 63, "MoU", "mou")], [(20, 50)], True),  # in the main clause
        ([Hit(30, 33, "MoU", "mou"), Hit(70, 79, "agreement", "agreement")], [(20, 50)], True),
        ([Hit(30, 42, "joint degree", "joint_program")], [], False),  # no document at all
    ],
)
def test_a_document_outside_relative_clauses(hits, clauses, outside):
    assert _document_outside(hits, clauses) is outside


def test_within_any_is_half_open():
    assert within_any(20, [(20, 50)]) and not within_any(50, [(20, 50)])


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        ("A and B, which signed an MoU in 2019, launched a programme.", [", which signed an MoU in 2019"]),
        (
            "A, whose memorandum with B dates from 2019, launched a programme.",
            [", whose memorandum with B dates from 2019"],
        ),
        ("Professor Li, who led the delegation, met the rector", [", who led the delegation"]),
        ("A signed an MoU with B, which is in Dundee.", [", which is in Dundee."]),  # to the sentence's end
        ("A signed an MoU with B in 2019.", []),
        ("Which universities signed, and when?", []),  # no comma before it
    ],
)
def test_relative_clauses_run_from_their_opening_to_the_next_comma(text, clauses):
    assert [text[a:b] for a, b in relative_clauses(text)] == clauses


def test_relative_clauses_are_offset_to_the_sentence():
    assert relative_clauses("X, which Y, Z", 100) == [(101, 110)]
