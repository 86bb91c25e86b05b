"""The resolver's lookups that stand in for scans find what the scans find."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.nlp.institutions import InstitutionResolver

_RESOLVER = InstitutionResolver("zh")
_PLACES = sorted(_RESOLVER._han_places)
# Whole places, their halves (a place cut short is none), and characters that are no place.
_PIECES = [*_PLACES[::7], *(place[: len(place) // 2] for place in _PLACES[::11]), "省", "我", "的", "，", " "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=5).map("".join))
def test_a_text_ends_in_a_place_as_the_scan_of_every_place_says(text):
    assert _RESOLVER._ends_in_place(text) == text.endswith(tuple(_PLACES))


def test_every_place_and_only_a_whole_one_ends_a_text():
    longest = max(_PLACES, key=len)
    assert all(_RESOLVER._ends_in_place(f"在{place}") for place in _PLACES)
    assert not _RESOLVER._ends_in_place("")
    assert _RESOLVER._ends_in_place(longest) and not _RESOLVER._ends_in_place(f"{longest}的")
