"""`_Endings.first` (the words bucketed by their last characters) is `_first_ending` over the words in order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.roles import _Endings, _first_ending

_PIECES = ["as ", "elected as ", "is ", "its ", "the alliance's ", "new ", "s ", " ", "a", "x", "won a seat on "]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=6, unique=True),
    st.lists(st.sampled_from(_PIECES), max_size=6).map("".join),
    st.data(),
)
def test_endings_take_the_first_word_the_text_ends_with(words: list[str], text: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(text)))
    assert _Endings(tuple(words)).first(text, at) == _first_ending(tuple(words), text, at)


def test_a_word_shorter_than_the_others_is_still_found() -> None:
    endings = _Endings(("elected as ", "is "))
    assert endings.first("it is chair", 6) == "is "
    assert endings.first("was elected as chair", 15) == "elected as "
    assert endings.first("is", 2) is None
