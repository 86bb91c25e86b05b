"""The Chinese patterns' pre-checks find what the full reads they stand in front of find."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.nlp.institution_patterns import _any_within, _positions, proper_part_zh

_IDS = st.integers(min_value=0, max_value=2**64 - 1)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([1, 7, 2**63 + 5, 2**64 - 1, 0]), max_size=30),
    st.sets(_IDS | st.sampled_from([7, 2**63 + 5]), max_size=3),
)
def test_positions_are_where_the_ids_are(ids, wanted):
    array = np.array(ids, dtype=np.uint64)
    assert _positions(array, wanted) == [i for i, value in enumerate(ids) if value in wanted]


@given(st.lists(st.integers(0, 50), unique=True).map(sorted), st.integers(0, 50), st.integers(0, 50))
def test_any_within_is_a_position_in_the_range(positions, start, end):
    assert _any_within(positions, start, end) == any(start <= p < end for p in positions)


def test_proper_part_of_a_chinese_name_is_worked_out_once_per_name():
    # (asked of every name the patterns and the resolver read, a walk of every head: the same names
    # recur on every page; its cache once slid onto another function)
    proper_part_zh.cache_clear()
    assert [proper_part_zh("悉尼科技大学") for _ in range(3)] == ["悉尼"] * 3
    assert proper_part_zh.cache_info().misses == 1
