"""The resolver's session-21 speed readings against the plain readings they replace."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.language import to_simplified
from pipeline.nlp.institutions import _by_end, _Mention, _written_at_any

_MENTIONS = st.lists(
    st.tuples(st.integers(0, 20), st.integers(0, 5), st.sampled_from(["", "Q1"])).map(
        lambda t: _Mention(t[0], t[0] + t[1], 2 * t[0], 2 * (t[0] + t[1]), "university", t[2], 0, "x" * t[1])
    ),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(_MENTIONS, st.sets(st.integers(0, 26), max_size=8))
def test_mentions_by_end_are_the_full_grouping_at_the_tokens_asked_about(mentions, ends):
    everything: dict[int, list[_Mention]] = {}
    for mention in mentions:
        everything.setdefault(mention.end, []).append(mention)
    asked = _by_end(mentions, ends)
    assert set(asked) == set(everything) & ends
    for end, found in asked.items():
        assert found == everything[end]  # the same mentions, in their order


# Traditional and simplified characters, and the pieces a joint institute's prefix is made of
_HAN_PIECES = ["乌拉尔", "烏拉爾", "学院", "學院", "大学", "大學", "联邦", "聯邦", "中", "，", " "]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_HAN_PIECES), max_size=10).map("".join),
    st.sampled_from(["乌拉尔", "联邦大学", "中", "学院"]),
    st.lists(st.integers(0, 40), max_size=6),
)
def test_a_prefix_is_written_where_the_text_at_an_offset_simplifies_to_it(text, simplified, starts):
    plain = any(to_simplified(text[start : start + len(simplified)]) == simplified for start in starts)
    assert _written_at_any(to_simplified(text), simplified, starts) == plain
