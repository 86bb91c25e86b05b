"""The Chinese patterns' pre-checks find what the full reads they stand in front of find."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.nlp.institution_patterns import (
    _any_within,
    _joint_research_heads_in,
    _positions,
    _Slots,
    _SortedIds,
    proper_part_zh,
)
from pipeline.rules import word_list

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


def _heads_at_each_opening(text: str) -> list[tuple[int, int]]:
    """The plain read `_joint_research_heads_in` stands for: at each 联合, the longest head there."""
    heads = sorted(word_list("zh", "joint_research_heads.txt"), key=len, reverse=True)
    found = []
    for at in range(len(text)):
        head = next((h for h in heads if text.startswith(h, at)), None)
        if head is not None and text.startswith("联合", at):
            found.append((at, at + len(head)))
    return found


_JOINT_PIECES = ["联合", "实验室", "研究", "中心", "研究院", "所", "创新", "举办", "培养", "大学", "与", "，", " "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_JOINT_PIECES), max_size=12).map("".join))
def test_joint_research_heads_are_those_written_at_each_opening(text):
    # (one pattern over the page stands for a look at each 联合 written: 联合举办, 联合研究中心)
    assert _joint_research_heads_in(text) == _heads_at_each_opening(text)


def test_joint_research_heads_in_a_page_without_one():
    assert _joint_research_heads_in("南昌大学与利兹大学联合举办的研究中心揭牌。") == []
    text = "双方共建联合研究中心和中俄联合实验室。"
    assert [text[a:b] for a, b in _joint_research_heads_in(text)] == ["联合研究中心", "联合实验室"]


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(0, 2**64 - 1), max_size=60, unique=True), st.lists(st.integers(0, 2**64 - 1), max_size=40))
def test_the_lexicon_s_slot_table_finds_what_its_sorted_ids_find(known: list[int], others: list[int]):
    """`_Slots` (ids by their low bits) gives each held id its value and sends every other id to the
    binary search: ids sharing a slot (low bits alike), ids equal to an empty slot's filler, unknown ids."""
    ids = np.array(sorted(known), dtype=np.uint64)
    sorted_ids = _SortedIds(ids, np.arange(1, len(ids) + 1, dtype=np.int64))
    slots = _Slots(sorted_ids, bits=3)  # (8 slots: most ids share one)
    near = [k ^ 1 for k in known] + list(range(8)) + [k ^ (1 << 3) for k in known]
    wanted = np.array(known + others + near, dtype=np.uint64)
    values, missing = slots.lookup(wanted)
    held = np.setdiff1d(np.arange(len(wanted)), missing)
    expected, _ = sorted_ids.lookup(wanted)
    assert (values[held] == expected[held]).all() and (values[missing] == 0).all()
    assert set(wanted[held].tolist()) <= set(known)
    assert len(set(wanted[held].tolist())) == len({k & 7 for k in known})  # (one id a slot taken)
